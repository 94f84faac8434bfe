#!/usr/bin/env python3
"""Lunette: a blind evaluation split for the request signals, organised by SMALL TRADES AND PERSONAL SERVICES.

Writes bench/data/signals/pii_lunette.jsonl and bench/data/signals/complexity_lunette.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity:
id, category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the batch brief, the first 70 lines of the delta generator (schema and label
    conventions) and the first two lines of the two delta files. Not read: the detector, its tests, the
    evaluator, the results, the policies, the docs, the README, any commit message, any other generator.
    Other generators were only scanned automatically (the FROZEN_AGAINST freeze below): every pool of
    person-name parts, street roots, towns, trading names and eponyms is filtered at run time against the
    capitalised / non-ASCII words of those files; pools are composed from invented, locale-typical parts.

Organising principle
    The world of small trades and personal services: plumbers', electricians' and gas engineers' job
    bookings, quotes and freelance invoices, beauty-salon / tattoo / aesthetics consultation and consent
    forms, driving schools, dog groomers and pet sitters, wedding planners and photographers, removals
    firms, domestic and end-of-tenancy cleaners, private tutors. Nine kinds (categories): trade_job,
    quote_invoice, salon_consent, driving_school, pet_care, wedding_photo, removals, cleaning, tutoring;
    sensitive records use ``<kind>``, benign hard negatives ``<kind>_benign``. Voices: customers' WhatsApp
    messages, job sheets, diary CSV exports, JSON from booking apps, pasted e-mails, filled-in forms,
    invoices, reviews, with typos, trade jargon and code-switching over 23 locales (Latin, Cyrillic, Greek,
    Hebrew, Arabic, Devanagari, Thai, Han, Kana and Hangul scripts).

The line drawn (what counts as personal data here)
    Many traders are sole traders trading under their own name. The line: a business's *published trading
    contact details* are not personal data for this split -- a trading name (even one containing a surname,
    e.g. "<Surname> Plumbing & Heating"), its switchboard / shop landline / freephone number, role
    mailboxes (bookings@, info@, accounts@), a registered office or shop address, company / VAT / ABN /
    SIRET / NIP / CNPJ numbers, Gas Safe / NICEIC / ADI / licence registration numbers, trade-directory and
    review-site listings, price lists, quotes without a customer, trade-association rules, blank and
    sample forms with placeholders, documentation test values (test cards, RFC 5737 addresses, the IBAN
    registry example), aggregated or anonymised statistics, pets' names, eponyms (tools, breeds, laws,
    pieces of music) and public figures in their public role. Personal data (sensitive): anything about a
    private customer or client -- name, phone, e-mail, home address, date of birth, ID numbers, health
    answers, card numbers, bank accounts, IP of a booking-form submission -- and a sole trader's OWN
    private identifiers (personal tax number / UTR / Steuer-ID / SSN, the IBAN of their personal
    account on an invoice, their date of birth). A single incidental item (a first name with a relation
    or role cue, one phone number in a long text, one birth date) is enough to make a record sensitive.

Labels
    ``entities`` is a list of {"type", "value"} dicts, computed by searching every string of the body
    (nested JSON strings parsed, base64 file parts decoded, URLs unquoted) for every value the record
    issued; ``sensitive`` is true iff ``entities`` is non-empty (asserted). Types: person, PHONE_NUMBER,
    EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, CREDIT_CARD,
    IBAN_CODE, IP_ADDRESS, ssn (US SSN only), US_BANK_NUMBER (routing and account number), MEDICAL_RECORD.
    Complexity labels: 1 = needs a strong model (short_hard, long_hard), 0 otherwise; length_adversarial
    marks short_hard and long_easy (>= 1,500 chars).

Contents (seed 20260484; the run prints all counts)
    pii_lunette.jsonl: 504 requests (9 kinds x 56: 32 sensitive + 24 benign; 288 sensitive / 216 benign,
    36 sensitive ones carry a single incidental item), 23 locales, about 10% on the completions endpoint,
    the document placed by rotation in user / system / assistant / tool messages, text and file content
    parts, tool-call arguments, tool schemas, response_format and the ``user`` field.
    Entity values: person 383, STREET_ADDRESS 234, PHONE_NUMBER 209, EMAIL_ADDRESS 77, DATE_OF_BIRTH 44,
    CREDIT_CARD 34, NATIONAL_ID 28, TAX_ID 14, IP_ADDRESS 14, IBAN_CODE 9, MEDICAL_RECORD 5, HEALTH_INSURANCE 4,
    ssn 2, US_BANK_NUMBER 2. Placements: user 75, content_parts 75, completions 51, 38 each for system,
    assistant_echo, tool_result, file_part, tool_call_args, tools_schema, response_format, user_field 37.
    complexity_lunette.jsonl: 190 chat requests (short_simple 48, long_easy 48, short_hard 48, long_hard 46),
    96 length-adversarial, 94 labelled 1, in 10 language tags.
    Freeze (about 120,000 frozen words): real single-word street names were frozen in 16 locales, so streets
    are composed from parts; only 4 of 12 candidate public figures and 14 of 27 eponyms survived; Korean and
    Chinese names are checked as whole written names; name particles (van, de, al, ...) are all frozen, so
    no name uses them.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (NHS, UTR,
    SSN, ABA routing, PPS, TFN, Steuer-ID, NIR, DNI, CURP, RFC, codice fiscale, BSN, PESEL, CPF,
    personnummer, TC Kimlik, AMKA, INN, Israeli ID, Aadhaar, PAN, Thai PIN, RRN, Chinese RIC, IBAN, Luhn
    for cards; business numbers too); every phone number is valid for its region with ``phonenumbers``;
    IPs are checked global (private users) or RFC 5737 (docs). The run aborts on an invalid value, every
    retry loop is capped, and the run aborts if a pool overlaps the frozen word set.

Command (deterministic, byte-reproducible across PYTHONHASHSEED)
    python bench/make_lunette_signal_sets.py [--seed 20260484] [--out bench/data/signals]
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
import urllib.parse

import phonenumbers
from stdnum import iban as s_iban
from stdnum import luhn
from stdnum.iso7064 import mod_11_10
from stdnum.au import abn as au_abn, tfn as au_tfn
from stdnum.br import cnpj as br_cnpj, cpf as br_cpf
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr, vat as de_vat
from stdnum.es import dni as es_dni
from stdnum.fr import nir as fr_nir, siret as fr_siret
from stdnum.gb import nhs as gb_nhs, utr as gb_utr, vat as gb_vat
from stdnum.gr import amka as gr_amka
from stdnum.ie import pps as ie_pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.it import codicefiscale as it_cf, iva as it_iva
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp, rfc as mx_rfc
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import nip as pl_nip, pesel as pl_pesel
from stdnum.ru import inn as ru_inn
from stdnum.se import personnummer as se_pnr
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.us import ein as us_ein, rtn as us_rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "lunette"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma lunette coquina").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:  # never freeze against this file itself
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


def is_frozen(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    if any(t in FROZEN for t in toks):
        return True
    return any((a + " " + b) in FROZEN for a, b in zip(toks, toks[1:]))


class Abort(RuntimeError):
    pass


def check(ok, what):
    if not ok:
        raise Abort(f"invalid generated value: {what}")


def compose_pool(rng, parts_a, parts_b, n, joiner="", extra=(), cap=4000):
    """Pool of invented names from part lists (plus optional candidate list), frozen-filtered, capped."""
    out, seen = [], set()
    for e in extra:
        if e not in seen and not is_frozen(e):
            out.append(e)
            seen.add(e)
    tries = 0
    while len(out) < n and tries < cap:
        tries += 1
        e = rng.choice(parts_a) + joiner + rng.choice(parts_b)
        if e in seen or is_frozen(e):
            continue
        seen.add(e)
        out.append(e)
    rng.shuffle(out)
    return out


# ----------------------------------------------------------------------------------------------- locales
# fa/fb: given-name parts (fx: extra candidates), sa/sb: surname parts, st: street roots parts, tw: town parts
LOC = {
    "en-GB": dict(region="GB", order="fs", sep=" ",
                  fa=["Al", "Bren", "Cal", "Dar", "El", "Fen", "Gar", "Hol", "Iv", "Jes", "Kel", "Lor", "Mer", "Nel", "Ros", "Tam", "Wil", "Bry", "Cor", "Ed"],
                  fb=["wyn", "etta", "ric", "ine", "ley", "den", "ia", "bert", "isa", "wen", "ora", "ton", "mund", "ella"],
                  sa=["Ash", "Brack", "Cold", "Dun", "Fair", "Grim", "Hart", "Lang", "Mill", "Nor", "Pem", "Rad", "Thorn", "Wex", "Yar", "Bram", "Chil", "Elm", "Gos", "Hask"],
                  sb=["bury", "combe", "ford", "hurst", "mere", "stow", "thwaite", "well", "wick", "worth", "den", "field", "holt", "ridge", "shaw", "cote", "leigh", "dale"],
                  st=(["Cress", "Lark", "Wren", "Sallow", "Pike", "Tansy", "Quill", "Hazel", "Linnet", "Sorrel", "Bracken", "Teasel"], ["more", "wood", "brook", "field", "hill", "croft", "gate", "mead"]),
                  tw=(["Brack", "Hal", "Stan", "Wend", "Ock", "Thurl", "Cran", "Ambl"], ["ington", "stead", "borough", "ham", "ley", "ford", "thorpe", "wick"])),
    "en-US": dict(region="US", order="fs", sep=" ",
                  fa=["Bray", "Cas", "Dal", "Em", "Gri", "Jal", "Kay", "Lan", "Mad", "Ry", "Shel", "Tay", "Wes", "Ari", "Bro", "Cort"],
                  fb=["den", "lyn", "son", "ley", "ton", "anne", "ette", "ric", "ridge", "elle", "tyn"],
                  sa=["Bur", "Cal", "Dor", "Hal", "Kirk", "Lock", "Mar", "Pen", "Rock", "Stan", "Ver", "Whit", "Gil", "Hol", "Brad", "Cran"],
                  sb=["dell", "hart", "ington", "ley", "more", "ridge", "ston", "wood", "field", "well", "bury", "dale", "man", "sen"],
                  st=(["Bluff", "Cedar", "Fox", "Heron", "Juniper", "Maple", "Quail", "Sumac", "Tupelo", "Willet", "Yarrow", "Alder"], ["crest", "run", "view", "hollow", "point", "brook", "side", "ridge"]),
                  tw=(["Fair", "Glen", "Maple", "Pine", "Red", "Stone", "Cedar", "Elk"], ["haven", "ton", "ville", "dale", "ford", "burg", "port", "field"])),
    "en-IE": dict(region="IE", order="fs", sep=" ",
                  fa=["Ao", "Bri", "Cia", "Dea", "Eo", "Fio", "Gra", "Lao", "Mui", "Nia", "Rói", "Tadh", "Sao", "Clo"],
                  fb=["ife", "rnan", "rán", "gh", "na", "nait", "ise", "bhe", "rtha", "lan", "ch"],
                  sa=["Mac", "Gal", "Kil", "Bal", "Dun", "Fla", "Con", "Ker", "Shan", "Tul", "Mul", "Dev"],
                  sb=["lahan", "ahy", "loran", "lery", "naghan", "nihan", "dowie", "rigan", "ravan", "cahy", "herty"],
                  st=(["Rath", "Knock", "Clon", "Bally", "Glas", "Mone", "Drum", "Carrig"], ["more", "beg", "ard", "gar", "lea", "shee", "keel", "loe"]),
                  tw=(["Bally", "Kil", "Clon", "Rath", "Dun", "Castle", "Carrick", "Ard"], ["nagh", "dreen", "macurra", "gowan", "ferris", "brack", "tober", "mullen"])),
    "en-AU": dict(region="AU", order="fs", sep=" ",
                  fa=["Bro", "Chel", "Dar", "Jar", "Kir", "Lach", "Mack", "Rhi", "Tal", "Kye", "Bay", "Kod"],
                  fb=["lan", "ley", "ra", "sey", "ton", "ah", "den", "lee", "rah", "ie", "zie"],
                  sa=["Mur", "Pad", "Tre", "Wat", "Yal", "Bun", "Cool", "Gil", "Kin", "Mel", "Nar", "Wol"],
                  sb=["doch", "ridge", "gowan", "ley", "lington", "more", "dale", "roy", "ross", "ton", "wick"],
                  st=(["Ban", "Wara", "Grev", "Kurra", "Wat", "Brol", "Yarr", "Mina"], ["ksia", "tah", "illea", "jong", "tlebank", "gala", "amundi", "nara"]),
                  tw=(["Wal", "Kur", "Bun", "Mur", "Yarra", "Toow", "Gool", "Wol"], ["lumbah", "ringa", "dalee", "rawa", "ngatta", "ondah", "goona", "landa"])),
    "de-DE": dict(region="DE", order="fs", sep=" ",
                  fa=["Jo", "Ul", "Wen", "Hil", "Ger", "Sig", "Rein", "Ott", "Bern", "Frie", "Lud", "Mech", "Her", "Adel"],
                  fb=["hild", "mar", "trud", "helm", "ward", "lind", "rike", "frid", "gund", "olf", "wig", "tild", "mut"],
                  sa=["Brun", "Eichen", "Feld", "Gries", "Hasel", "Kalt", "Moos", "Tann", "Wies", "Birk", "Holz", "Mühl", "Ried", "Stock"],
                  sb=["bacher", "berger", "brink", "huber", "kamp", "lechner", "mayr", "reuther", "wanger", "hofer", "ecker", "gruber", "hammer"],
                  st=(["Ahorn", "Distel", "Erlen", "Flieder", "Ginster", "Holunder", "Lärchen", "Mispel", "Quitten", "Schlehen", "Wachholder", "Heckenrosen"], ["weg", "straße", "gasse", "ring", "steig", "grund"]),
                  tw=(["Kalt", "Ober", "Nieder", "Wald", "Bruch", "Hasel", "Lauter", "Eschen"], ["bach", "au", "hausen", "feld", "dorf", "tal", "stetten", "rode"])),
    "fr-FR": dict(region="FR", order="fs", sep=" ",
                  fa=["Ber", "Clo", "Eu", "Fla", "Gon", "Lé", "Mau", "Oc", "Rom", "Thi", "Va", "Yo", "Aur", "Gis"],
                  fb=["ric", "tilde", "vine", "ance", "dine", "lien", "rine", "nel", "zanne", "mance", "taine", "laine", "bault"],
                  sa=["Beau", "Cham", "Fon", "Lar", "Mal", "Pel", "Ver", "Bois", "Dou", "Gre", "Lam", "Roch", "Tré", "Vau"],
                  sb=["champ", "court", "fort", "lier", "nay", "rieux", "teuil", "vallon", "mard", "chet", "bessière", "gourdin", "pinel"],
                  st=(["Cord", "Vann", "Sabot", "Tann", "Chaum", "Genêt", "Tille", "Perv"], ["elières", "iers", "ines", "eraies", "ettes", "onnières"]),
                  tw=(["Mont", "Ville", "Bois", "Val", "Roche", "Fonte", "Champ", "Belle"], ["fleury", "neuve", "morin", "brune", "lavoir", "dore", "ribaud", "sauve"])),
    "es-ES": dict(region="ES", order="fs2", sep=" ",
                  fa=["Bel", "Cris", "Dal", "Fa", "Gua", "Ile", "Mar", "Nere", "Ro", "Sal", "Ve", "Ama", "Ena", "Tel"],
                  fb=["cio", "dora", "lina", "nio", "sio", "tina", "vino", "lia", "ldo", "fina", "rio", "mina"],
                  sa=["Bar", "Cas", "Esc", "Gal", "Lar", "Mor", "Pal", "Quin", "Riv", "Ter", "Val", "Zam", "Olm", "Ur"],
                  sb=["ábal", "ados", "anca", "edo", "iego", "illa", "ueza", "onte", "ares", "erón", "uelo", "ando", "uriz"],
                  st=(["Alfar", "Curt", "Almen", "Teje", "Cerra", "Acequ", "Oliv", "Romer"], ["eros", "idores", "dral", "edores", "jeros", "ieta", "arejo", "alillo"]),
                  tw=(["Villa", "Torre", "Val", "Fuente", "Castro", "Puebla", "Alcor", "Bena"], ["rrubia", "nueva", "dehesa", "clara", "mayor", "seca", "jara", "lobos"])),
    "es-MX": dict(region="MX", order="fs2", sep=" ",
                  fa=["Xi", "Ita", "Yol", "Nay", "Ari", "Dul", "Eli", "Lup", "Mau", "Tona", "Ire", "Zoa"],
                  fb=["mena", "zel", "anda", "ely", "cio", "tzin", "ana", "ita", "lio", "dro", "tzi"],
                  sa=["Cua", "Tla", "Ocam", "Zapa", "Mend", "Barr", "Vill", "Quir", "Huer", "Sandov", "Tapi", "Olv"],
                  sb=["uhtli", "xcala", "po", "ata", "oza", "ientos", "arreal", "oga", "tado", "al", "era", "eda"],
                  st=(["Ahue", "Jacar", "Coli", "Nopa", "Mague", "Tejo", "Huiza", "Oco"], ["huete", "andas", "brí", "lera", "yal", "cotes", "chal", "tal"]),
                  tw=(["Tlal", "Xoco", "Ameca", "Cuauh", "Teoca", "Zapo", "Ixta", "Chalco"], ["pan", "titla", "meca", "tepec", "lco", "tlán", "huacán", "yuca"])),
    "it-IT": dict(region="IT", order="fs", sep=" ",
                  fa=["Ar", "Bal", "Cel", "Dar", "Fu", "Gis", "Ild", "Mau", "Nic", "Ot", "Pas", "Tul", "Ves", "Eus"],
                  fb=["aldo", "berta", "cenzo", "elia", "ilde", "ino", "mira", "ondo", "aria", "ucio", "ilia", "erio"],
                  sa=["Bel", "Cap", "Fer", "Gal", "Lom", "Pel", "Quar", "Spa", "Tor", "Ven", "Zan", "Ciam", "Brog", "Mal"],
                  sb=["accini", "amonti", "ardi", "entini", "etti", "iello", "otti", "uzzi", "occhi", "agna", "ottola", "aschi"],
                  st=(["Gels", "Carp", "Forn", "Tess", "Bott", "Cipr", "Mand", "Samb"], ["omini", "inelli", "aciai", "itori", "ai", "essini", "orlini", "uchi"]),
                  tw=(["Borgo", "Castel", "Monte", "Pieve", "Villa", "Rocca", "Colle", "Serra"], ["franco", "vetro", "lungo", "santa", "bruna", "secca", "nuova", "rotonda"])),
    "nl-NL": dict(region="NL", order="fs", sep=" ",
                  fa=["Aal", "Bre", "Ger", "Hil", "Joos", "Kee", "Maar", "Sjoer", "Wob", "Fen", "Ri", "Tje"],
                  fb=["tje", "ke", "rik", "mijn", "de", "win", "ine", "jo", "ard", "ske"],
                  sa=["Brink", "Hoeve", "Kamp", "Wiel", "Haar", "Veld", "Steeg", "Kolk", "Gaas", "Kuip", "Rijp", "Ven"],
                  sb=["man", "stra", "huis", "kers", "ink", "ma", "ens", "inga", "ers", "hof"],
                  st=(["Kievit", "Zwaluw", "Lisdodde", "Dotterbloem", "Wilgen", "Meidoorn", "Klaproos", "Boterbloem"], ["straat", "laan", "hof", "singel", "pad", "kade"]),
                  tw=(["Oost", "Wester", "Zuider", "Noord", "Hoog", "Laag", "Groot", "Klein"], ["wolde", "veen", "horst", "kerk", "dijk", "meer", "broek", "zijl"])),
    "pl-PL": dict(region="PL", order="fs", sep=" ",
                  fa=["Bo", "Cze", "Gra", "Kle", "Mie", "Prze", "Ra", "Sta", "Wie", "Zby", "Świe", "Jaro"],
                  fb=["sław", "mira", "dwiga", "mił", "nisława", "gniew", "sława", "bor", "mysł", "pełk"],
                  sa=["Bur", "Chmiel", "Dąbr", "Gaw", "Jastrz", "Kop", "Mrocz", "Pies", "Sob", "Wrób", "Zaj", "Kos"],
                  sb=["owski", "ewski", "ecki", "ański", "czak", "niak", "ała", "uch", "ocha", "ęba"],
                  st=(["Jarzęb", "Kalin", "Wrzos", "Leszczyn", "Tkac", "Garncar", "Bednar", "Głog"], ["owa", "ska", "iana", "kowa", "owska"]),
                  tw=(["Biało", "Stara", "Nowa", "Zielo", "Czarno", "Wysoko", "Sucho", "Dobro"], ["gard", "wola", "brzeg", "las", "pole", "dęby", "mosty", "lesie"])),
    "pt-BR": dict(region="BR", order="fs2", sep=" ",
                  fa=["Ara", "Cle", "Dor", "Edi", "Gra", "Jur", "Lin", "Nil", "Tai", "Val", "Iraí", "Jaci"],
                  fb=["cema", "ilda", "valdo", "neide", "oberto", "iane", "ison", "ceu", "lene", "mara"],
                  sa=["Bar", "Cav", "Fag", "Mach", "Nog", "Pim", "Quei", "Teix", "Vas", "Brit", "Sal", "Gus"],
                  sb=["ardo", "eira", "undes", "ões", "alho", "ado", "ueira", "entel", "oz", "aiva", "mão"],
                  st=(["Ipê", "Jabutic", "Sabi", "Quaresm", "Jacar", "Caju", "Pitang", "Goiab"], ["zeiros", "abeiras", "ás", "eiras", "andás", "eirinhos", "ueiras"]),
                  tw=(["Ita", "Ibi", "Jagua", "Pira", "Capi", "Arara", "Taqua", "Itaqua"], ["poranga", "tinga", "rema", "cicaba", "vari", "quara", "ritinga", "rendiba"])),
    "sv-SE": dict(region="SE", order="fs", sep=" ",
                  fa=["As", "Bir", "Dag", "Gun", "Hjal", "Ing", "Lif", "Rag", "Sig", "Ulf", "Vig", "Tyr"],
                  fb=["rid", "mar", "borg", "hild", "vor", "dis", "gerd", "frid", "stina", "vi", "hed"],
                  sa=["Ek", "Lind", "Sjö", "Ström", "Ås", "Häll", "Löv", "Myr", "Sand", "Björk", "Al", "Hag"],
                  sb=["gren", "qvist", "ström", "berg", "dahl", "lund", "mark", "blad", "vall", "holm", "sten"],
                  st=(["Ljung", "Tall", "Rönnbärs", "Hägg", "Nypon", "Vitsippe", "Lingon", "Kråkbärs"], ["vägen", "gatan", "stigen", "gränd"]),
                  tw=(["Ljus", "Björk", "Sjö", "Ek", "Tall", "Älv", "Fors", "Hag"], ["vik", "torp", "sund", "fors", "by", "hamra", "näs", "stad"])),
    "tr-TR": dict(region="TR", order="fs", sep=" ",
                  fa=["Ay", "Bar", "Dil", "Ek", "Gül", "Han", "Ner", "Oz", "Sev", "Tül", "Yağ", "Ber"],
                  fb=["şen", "kın", "nur", "can", "tan", "ay", "bike", "ser", "gin", "fer", "ra"],
                  sa=["Kara", "Ak", "Yıl", "Öz", "Tek", "Uğur", "Sarı", "Er", "Gök", "Çam", "Bal", "Kır"],
                  sb=["oğlu", "soy", "kan", "dağ", "taş", "göz", "yurt", "baş", "tepe", "ocak", "ören"],
                  st=(["Menek", "Ihla", "Zakk", "Bego", "Karan", "Çınar", "Sümb", "Ergu"], ["şe", "mur", "um", "nya", "fil", "altı", "ül", "van"]),
                  tw=(["Kar", "Ak", "Sarı", "Gök", "Yeşil", "Kırk", "Çam", "Dere"], ["yaka", "pınar", "köy", "ova", "tepe", "su", "bağ", "kent"])),
    "el-GR": dict(region="GR", order="fs", sep=" ",
                  fa=["Αγλ", "Βασ", "Ευ", "Θεο", "Κλε", "Λαμ", "Μυρ", "Ξεν", "Παν", "Σπυ", "Χαρ", "Φαι"],
                  fb=["αΐα", "ίλω", "ανθία", "δοσία", "ονίκη", "τέλης", "όφιλος", "ούλα", "ίνος", "ίδων"],
                  sa=["Αλεξ", "Βλαχ", "Δρακ", "Καραγ", "Λιακ", "Μαυρ", "Σταθ", "Τσακ", "Φωτ", "Χατζη", "Ζερβ", "Κουτ"],
                  sb=["όπουλος", "άκης", "ίδης", "άτος", "ιάδης", "έας", "ούλης", "ώτης", "ίνης"],
                  st=(["Ανεμ", "Βιολ", "Γαρδ", "Κυκλ", "Μυρτ", "Πικρ", "Ροδ", "Σχοιν"], ["ώνης", "έτας", "ένιας", "αμίνου", "ιάς", "οδάφνης", "ακινιάς", "ούσας"]),
                  tw=(["Νεο", "Παλαιο", "Άνω", "Κάτω", "Μεγαλο", "Μικρο", "Ανατολικο", "Ακρο"], ["χώρι", "κάστρο", "λίβαδο", "πηγάδι", "βρύση", "πύργος", "ποταμιά", "λιμάνι"])),
    "ru-RU": dict(region="RU", order="fs", sep=" ",
                  fa=["Ага", "Вла", "Ев", "Зла", "Ки", "Лю", "Мсти", "Ра", "Свя", "Ти", "Яро", "Фе"],
                  fb=["фья", "слав", "докия", "та", "рилл", "дмила", "слава", "дион", "хон", "полк", "врония"],
                  sa=["Бело", "Вороб", "Гриб", "Жур", "Колос", "Ляп", "Оси", "Пря", "Сне", "Чере", "Шме", "Глух"],
                  sb=["ухин", "ьёв", "анов", "инин", "ников", "овцев", "унов", "ягин", "ашов", "енков"],
                  st=(["Рябин", "Черёмух", "Клен", "Ольх", "Гончар", "Ткац", "Пасеч", "Бруснич"], ["овая", "ная", "ская", "овский", "инская"]),
                  tw=(["Верх", "Ниж", "Бел", "Крас", "Студ", "Тих", "Ольх", "Бор"], ["неозёрск", "негорск", "оярск", "ноборск", "еноград", "овка", "ецк", "ичи"])),
    "he-IL": dict(region="IL", order="fs", sep=" ",
                  fa=["אל", "גל", "דור", "הד", "זיו", "טל", "מור", "נוי", "עד", "שי", "רון", "אור"],
                  fb=["עד", "רון", "ית", "יה", "אל", "נה", "ן", "לי", "ים"],
                  sa=["בר", "גולד", "רוזנ", "שטיינ", "ליבר", "אורנ", "זילבר", "גרינ", "פרל", "ויינ", "הורנ", "קלי"],
                  sb=["מן", "ברג", "בלום", "פלד", "שטרן", "פלס", "גרטן", "זון", "בוים", "פלד", "שטוק"],
                  st=(["הר", "הג", "הש", "הת", "המ", "הצ", "הכ", "הנ"], ["קפת", "פנה", "זית", "מרון", "רמל", "בלן", "חלב", "ורד"]),
                  tw=(["גבע", "כפר", "נוו", "רמ", "מצפ", "גנ", "נאו", "בית"], ["אלונה", "שקדים", "רימונית", "הדסה", "ארזה", "ברושית", "צאלון", "אשלה"])),
    "ar-EG": dict(region="EG", order="fs", sep=" ",
                  fa=["ضح", "بلق", "مه", "ثام", "رح", "جود", "نه", "شه", "سند", "عب", "لج", "وس"],
                  fb=["ى", "يس", "اب", "ر", "اب", "ين", "ال", "د", "س", "ام"],
                  sa=["الشر", "المن", "الجز", "البح", "القل", "الدم", "السم", "الطن", "الفي", "الزر"],
                  sb=["قاوي", "شاوي", "ايري", "يني", "هوري", "نودي", "طاوي", "ومي", "قاني"],
                  st=(["الياس", "النخ", "الجم", "السن", "الصف", "الكاف", "الليم", "التو"], ["مين", "يل", "يز", "ط", "صاف", "ور", "ون", "ت"]),
                  tw=(["منيا", "كفرا", "ميتا", "عزبا", "نجعا", "ديرا", "تلا", "بنيا"], ["لورد", "لصفا", "لنخل", "لحمام", "لسرو", "لعنب", "لرمان", "لشعير"])),
    "hi-IN": dict(region="IN", order="fs", sep=" ",
                  fa=["अनु", "ऋतु", "कुंद", "गौर", "चंद्र", "तरु", "दिव्य", "नीर", "पल्ल", "रुद्र", "वसु", "मधु"],
                  fb=["राधा", "मणि", "लता", "कांत", "नाथ", "प्रिया", "शील", "वी", "रंजन", "केतु"],
                  sa=["अग्नि", "कुल", "देश", "पुर", "भट", "राज", "वर्म", "सक्", "त्रि", "बाज", "धाम", "गोड"],
                  sb=["होत्री", "श्रेष्ठ", "पांडे", "नागर", "वाल", "सेना", "वेदी", "पाठी", "बोले"],
                  st=(["गुल", "अमल", "कच", "मौल", "पारि", "कदं", "शिरी", "पला"], ["मोहर", "तास", "नार", "श्री", "जात", "ब", "ष", "श"]),
                  tw=(["राम", "सीता", "हरि", "गोविंद", "किशन", "माधव", "श्याम", "नंद"], ["गढ़", "पुरा", "नगर", "गंज", "बाग", "कोट", "पाली", "खेड़ा"])),
    "th-TH": dict(region="TH", order="fs", sep=" ",
                  fa=["สม", "วัน", "ประ", "สุ", "กิต", "พร", "ณัฐ", "ธีร", "อรุณ", "ปิย", "ชล", "รัต"],
                  fb=["ชาย", "ภา", "นันท์", "ติ", "พงษ์", "วรรณ", "ศักดิ์", "ทิพย์", "ธิดา", "กานต์"],
                  sa=["ศรี", "แสง", "ทอง", "บุญ", "วงศ์", "เพชร", "รุ่ง", "ขวัญ", "มั่น", "เกียรติ"],
                  sb=["สวัสดิ์", "อรุณ", "มณี", "ประเสริฐ", "เรือง", "สกุล", "ทวี", "ไพบูลย์", "เจริญ", "วิไล"],
                  st=(["ลำ", "ราช", "พุด", "ชง", "อินท", "ปี", "ประ", "แก้ว"], ["ดวน", "พฤกษ์", "ซ้อน", "โค", "นิล", "บ", "ดู่", "เจ้าจอม"]),
                  tw=(["บาง", "หนอง", "บ้าน", "ท่า", "ห้วย", "ดอน", "โคก", "คลอง"], ["ขนุน", "บัวทอง", "ไผ่", "มะปราง", "กระทุ่ม", "ตะเคียน", "ยาง", "หว้า"])),
    "ja-JP": dict(region="JP", order="sf", sep=" ",
                  fa=["美", "健", "翔", "真", "彩", "悠", "和", "陽", "結", "奈", "澄", "律"],
                  fb=["子", "太", "花", "斗", "希", "人", "香", "輝", "菜", "也", "乃", "吾"],
                  sa=["大", "小", "高", "北", "西", "藤", "石", "森", "竹", "松", "桜", "萩"],
                  sb=["沢", "川", "原", "野", "田", "橋", "谷", "岡", "島", "本", "瀬", "崎"],
                  st=(["桜", "柳", "梅", "椿", "楓", "榎", "栗", "桐"], ["ヶ丘", "台", "町", "坂"]),
                  tw=(["北", "南", "東", "西", "新", "白", "青", "若"], ["葉", "見", "浦", "里", "森", "沼", "倉", "坂"])),
    "ko-KR": dict(region="KR", order="sf", sep="",
                  fa=["민", "서", "지", "하", "윤", "도", "예", "주", "현", "채", "수", "태"],
                  fb=["린", "우", "은", "준", "원", "빈", "율", "온", "솔", "결", "담", "별"],
                  sa=["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오"],
                  sb=[""],
                  st=(["은행", "느티", "소나", "진달", "개나", "무궁", "해바", "목련"], ["나무로", "래길", "리로", "화길", "라기로", "숲길"]),
                  tw=(["청", "한", "송", "금", "은", "백", "녹", "동"], ["림", "호", "담", "포", "강", "산", "진", "평"])),
    "zh-CN": dict(region="CN", order="sf", sep="",
                  fa=["子", "雨", "欣", "浩", "思", "嘉", "梓", "若", "晨", "俊", "一", "沐"],
                  fb=["涵", "桐", "怡", "然", "远", "琪", "萱", "轩", "宁", "泽", "诺", "辰"],
                  sa=["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"],
                  sb=[""],
                  st=(["桂", "紫", "海", "银", "丁", "玉", "石", "梧"], ["花路", "薇街", "棠巷", "杏路", "香街", "兰路", "榴巷", "桐街"]),
                  tw=(["青", "云", "临", "安", "永", "宁", "富", "清"], ["川", "阳", "溪", "平", "泉", "山", "州", "河"])),
}

LABELS = {  # name, phone, email, address, dob, notes, date, "please summarise" (code-switch), reply
    "en": ("Name", "Phone", "Email", "Address", "DOB", "Notes", "Date"),
    "de": ("Name", "Telefon", "E-Mail", "Adresse", "Geburtsdatum", "Notizen", "Datum"),
    "fr": ("Nom", "Téléphone", "E-mail", "Adresse", "Date de naissance", "Remarques", "Date"),
    "es": ("Nombre", "Teléfono", "Correo", "Dirección", "Fecha de nacimiento", "Notas", "Fecha"),
    "it": ("Nome", "Telefono", "Email", "Indirizzo", "Data di nascita", "Note", "Data"),
    "nl": ("Naam", "Telefoon", "E-mail", "Adres", "Geboortedatum", "Opmerkingen", "Datum"),
    "pl": ("Imię i nazwisko", "Telefon", "E-mail", "Adres", "Data urodzenia", "Uwagi", "Data"),
    "pt": ("Nome", "Telefone", "E-mail", "Endereço", "Data de nascimento", "Observações", "Data"),
    "sv": ("Namn", "Telefon", "E-post", "Adress", "Födelsedatum", "Anteckningar", "Datum"),
    "tr": ("Ad Soyad", "Telefon", "E-posta", "Adres", "Doğum tarihi", "Notlar", "Tarih"),
    "el": ("Ονοματεπώνυμο", "Τηλέφωνο", "Email", "Διεύθυνση", "Ημ. γέννησης", "Σημειώσεις", "Ημερομηνία"),
    "ru": ("ФИО", "Телефон", "Эл. почта", "Адрес", "Дата рождения", "Примечания", "Дата"),
    "he": ("שם", "טלפון", "דוא\"ל", "כתובת", "תאריך לידה", "הערות", "תאריך"),
    "ar": ("الاسم", "الهاتف", "البريد", "العنوان", "تاريخ الميلاد", "ملاحظات", "التاريخ"),
    "hi": ("नाम", "फ़ोन", "ईमेल", "पता", "जन्म तिथि", "टिप्पणी", "तारीख"),
    "th": ("ชื่อ", "โทร", "อีเมล", "ที่อยู่", "วันเกิด", "หมายเหตุ", "วันที่"),
    "ja": ("氏名", "電話", "メール", "住所", "生年月日", "備考", "日付"),
    "ko": ("이름", "전화", "이메일", "주소", "생년월일", "메모", "날짜"),
    "zh": ("姓名", "电话", "邮箱", "地址", "出生日期", "备注", "日期"),
}
ASKS = {
    "en": ["can u tidy this up", "summarise pls", "write a polite reply", "turn this into a table"],
    "de": ["kannst du das zusammenfassen?", "bitte eine kurze Antwort formulieren", "mach mir eine Tabelle draus"],
    "fr": ["tu peux me résumer ça ?", "rédige une réponse polie stp", "mets ça dans un tableau"],
    "es": ["resúmemelo porfa", "escribe una respuesta educada", "pásalo a una tabla"],
    "it": ["me lo riassumi?", "scrivi una risposta gentile", "fammi una tabella"],
    "nl": ["kun je dit samenvatten?", "schrijf een nette reactie", "zet het in een tabel"],
    "pl": ["streść to proszę", "napisz uprzejmą odpowiedź", "zrób z tego tabelkę"],
    "pt": ["resume isso pra mim", "escreve uma resposta educada", "coloca numa tabela"],
    "sv": ["kan du sammanfatta?", "skriv ett trevligt svar", "gör en tabell av det"],
    "tr": ["bunu özetler misin", "kibar bir cevap yaz", "tabloya dök"],
    "el": ["μπορείς να το συνοψίσεις;", "γράψε μια ευγενική απάντηση", "κάν' το πίνακα"],
    "ru": ["сделай краткое резюме", "напиши вежливый ответ", "оформи таблицей"],
    "he": ["תסכם לי בבקשה", "תכתוב תשובה מנומסת", "תעשה מזה טבלה"],
    "ar": ["لخص هذا من فضلك", "اكتب ردا مهذبا", "حوله إلى جدول"],
    "hi": ["इसका सार लिख दो", "एक विनम्र जवाब लिखो", "इसे टेबल में बदलो"],
    "th": ["ช่วยสรุปให้หน่อย", "ช่วยเขียนตอบแบบสุภาพ", "ทำเป็นตารางให้หน่อย"],
    "ja": ["要約してください", "丁寧な返信を書いて", "表にまとめて"],
    "ko": ["요약해 주세요", "정중한 답장 써 줘", "표로 정리해 줘"],
    "zh": ["帮我总结一下", "写一个礼貌的回复", "整理成表格"],
}
CUR = {"GB": "£", "US": "$", "IE": "€", "AU": "A$", "DE": "€", "FR": "€", "ES": "€", "MX": "MX$", "IT": "€",
       "NL": "€", "PL": "zł ", "BR": "R$", "SE": "kr ", "TR": "₺", "GR": "€", "RU": "₽", "IL": "₪", "EG": "E£",
       "IN": "₹", "TH": "฿", "JP": "¥", "KR": "₩", "CN": "¥"}
MAIL_DOM = {"GB": ["gmail.com", "btinternet.com", "outlook.com"], "US": ["gmail.com", "yahoo.com", "icloud.com"],
            "IE": ["gmail.com", "eircom.net"], "AU": ["bigpond.com", "gmail.com"], "DE": ["web.de", "gmx.de"],
            "FR": ["orange.fr", "free.fr", "laposte.net"], "ES": ["gmail.com", "hotmail.es"], "MX": ["hotmail.com", "gmail.com"],
            "IT": ["libero.it", "gmail.com"], "NL": ["ziggo.nl", "hotmail.nl"], "PL": ["wp.pl", "o2.pl", "onet.pl"],
            "BR": ["uol.com.br", "gmail.com"], "SE": ["telia.com", "gmail.com"], "TR": ["hotmail.com", "yandex.com.tr"],
            "GR": ["otenet.gr", "gmail.com"], "RU": ["yandex.ru", "mail.ru"], "IL": ["walla.co.il", "gmail.com"],
            "EG": ["gmail.com", "yahoo.com"], "IN": ["rediffmail.com", "gmail.com"], "TH": ["hotmail.co.th", "gmail.com"],
            "JP": ["docomo.ne.jp", "gmail.com"], "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"]}
ROMAN = ["ka", "ri", "to", "mi", "na", "se", "lo", "vu", "den", "bo", "ra", "chi", "yu", "el", "an", "or", "ji", "su"]


def lang2(loc):
    return loc.split("-")[0]


# ----------------------------------------------------------------------------------------- identifiers
def _retry(gen, valid, what, cap=20000):
    for _ in range(cap):
        v = gen()
        if valid(v):
            return v
    raise Abort(f"could not generate {what}")


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def rand_dob(rng, lo=1948, hi=2006):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def fmt_date(d, region):
    if region == "US":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if region in ("JP", "CN", "KR", "SE", "HU"):
        return f"{d.year}-{d.month:02d}-{d.day:02d}" if region != "JP" else f"{d.year}年{d.month}月{d.day}日"
    if region in ("DE", "PL", "RU", "TR"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def cpf_digits(b):
    d1 = (sum((10 - i) * int(c) for i, c in enumerate(b)) * 10) % 11 % 10
    d2 = (sum((11 - i) * int(c) for i, c in enumerate(b + str(d1))) * 10) % 11 % 10
    return f"{d1}{d2}"


def gen_national(rng, region, dob):
    """(type, value) of the locale's personal identifier, validated."""
    y, m, d = dob.year, dob.month, dob.day
    if region == "GB":
        v = _retry(lambda: digits(rng, 10, True), gb_nhs.is_valid, "NHS")
        return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}"
    if region == "US":
        v = _retry(lambda: f"{rng.randint(100, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}", us_ssn.is_valid, "SSN")
        return "ssn", f"{v[:3]}-{v[3:5]}-{v[5:]}"
    if region == "IE":
        v = _retry(lambda: digits(rng, 7) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"), ie_pps.is_valid, "PPS")
        return "NATIONAL_ID", v
    if region == "AU":
        v = _retry(lambda: digits(rng, 9, True), au_tfn.is_valid, "TFN")
        return "TAX_ID", f"{v[:3]} {v[3:6]} {v[6:]}"
    if region == "DE":
        def g():
            ds = rng.sample("0123456789", 9)
            if ds[0] == "0":
                ds[0], ds[1] = ds[1], ds[0]
            ds.insert(rng.randint(1, 9), rng.choice(ds[1:]))
            return "".join(ds) + "0"
        v = _retry(lambda: (lambda b: b[:10] + mod_11_10.calc_check_digit(b[:10]))(g()), de_idnr.is_valid, "Steuer-ID")
        return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if region == "FR":
        def g():
            b = f"{rng.randint(1, 2)}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{rng.randint(1, 989):03d}{rng.randint(1, 999):03d}"
            return b + f"{97 - int(b) % 97:02d}"
        v = _retry(g, fr_nir.is_valid, "NIR")
        return "NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    if region == "ES":
        v = _retry(lambda: (lambda n: n + es_dni.calc_check_digit(n))(digits(rng, 8)), es_dni.is_valid, "DNI")
        return "NATIONAL_ID", v
    if region == "MX":
        def g():
            L = "BCDFGHJKLMNPRSTVZ"
            V = "AEIOU"
            b = (rng.choice(L) + rng.choice(V) + rng.choice(L) + rng.choice(L) + f"{y % 100:02d}{m:02d}{d:02d}"
                 + rng.choice("HM") + rng.choice(["DF", "JC", "NL", "PL", "VZ", "YN"]) + rng.choice(L) + rng.choice(L)
                 + rng.choice(L) + ("0" if y < 2000 else "A"))
            return b + mx_curp.calc_check_digit(b)
        return "NATIONAL_ID", _retry(g, mx_curp.is_valid, "CURP")
    if region == "IT":
        def g():
            mc = "ABCDEHLMPRST"[m - 1]
            dd = d + (40 if rng.random() < 0.5 else 0)
            b = ("".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{y % 100:02d}{mc}{dd:02d}"
                 + rng.choice("ABCDEFGHLM") + f"{rng.randint(1, 999):03d}")
            return b + it_cf.calc_check_digit(b)
        return "TAX_ID", _retry(g, it_cf.is_valid, "codice fiscale")
    if region == "NL":
        v = _retry(lambda: digits(rng, 9, True), nl_bsn.is_valid, "BSN")
        return "NATIONAL_ID", v
    if region == "PL":
        def g():
            mm = m + (20 if y >= 2000 else 0)
            b = f"{y % 100:02d}{mm:02d}{d:02d}" + digits(rng, 4)
            return b + pl_pesel.calc_check_digit(b)
        return "NATIONAL_ID", _retry(g, pl_pesel.is_valid, "PESEL")
    if region == "BR":
        v = _retry(lambda: (lambda b: b + cpf_digits(b))(digits(rng, 9, True)), br_cpf.is_valid, "CPF")
        return "TAX_ID", br_cpf.format(v)
    if region == "SE":
        def g():
            b = f"{y % 100:02d}{m:02d}{d:02d}" + digits(rng, 3)
            return b + luhn.calc_check_digit(b)
        v = _retry(g, lambda s: se_pnr.is_valid(s[:6] + "-" + s[6:]), "personnummer")
        return "NATIONAL_ID", v[:6] + "-" + v[6:]
    if region == "TR":
        v = _retry(lambda: (lambda b: b + tr_tck.calc_check_digits(b))(digits(rng, 9, True)), tr_tck.is_valid, "TCKN")
        return "NATIONAL_ID", v
    if region == "GR":
        def g():
            b = f"{d:02d}{m:02d}{y % 100:02d}" + digits(rng, 4)
            return b + luhn.calc_check_digit(b)
        return "NATIONAL_ID", _retry(g, gr_amka.is_valid, "AMKA")
    if region == "RU":
        v = _retry(lambda: (lambda b: b + ru_inn.calc_personal_check_digits(b))(f"{rng.randint(1, 89):02d}" + digits(rng, 8)), ru_inn.is_valid, "INN")
        return "TAX_ID", v
    if region == "IL":
        v = _retry(lambda: digits(rng, 9), il_idnr.is_valid, "ID")
        return "NATIONAL_ID", v
    if region == "IN":
        if rng.random() < 0.5:
            v = _retry(lambda: str(rng.randint(2, 9)) + digits(rng, 11), in_aadhaar.is_valid, "Aadhaar")
            return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"
        v = _retry(lambda: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P"
                   + rng.choice("ABCDEGJKMNPRSTV") + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), in_pan.is_valid, "PAN")
        return "TAX_ID", v
    if region == "TH":
        v = _retry(lambda: (lambda b: b + th_pin.calc_check_digit(b))(str(rng.randint(1, 8)) + digits(rng, 11)), th_pin.is_valid, "PIN")
        return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
    if region == "KR":
        def g():
            b = f"{y % 100:02d}{m:02d}{d:02d}" + str(rng.choice([1, 2]) if y < 2000 else rng.choice([3, 4])) + digits(rng, 5)
            return b + kr_rrn.calc_check_digit(b)
        v = _retry(g, kr_rrn.is_valid, "RRN")
        return "NATIONAL_ID", v[:6] + "-" + v[6:]
    if region == "CN":
        def g():
            b = rng.choice(["110105", "320102", "440304", "510107", "330106"]) + f"{y:04d}{m:02d}{d:02d}" + digits(rng, 3)
            return b + cn_ric.calc_check_digit(b)
        return "NATIONAL_ID", _retry(g, cn_ric.is_valid, "RIC")
    return None


def gen_tax_extra(rng, region):
    if region == "GB":
        v = _retry(lambda: digits(rng, 10, True), gb_utr.is_valid, "UTR")
        return "TAX_ID", v
    if region == "MX":
        def g():
            return ("".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(4)) + f"{rng.randint(60, 99):02d}"
                    f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + "".join(rng.choice("ABCDEFGHJKLMN123456789") for _ in range(3)))
        return "TAX_ID", _retry(g, mx_rfc.is_valid, "RFC")
    return None


def gen_card(rng):
    pre = rng.choice(["4", "51", "53", "55", "2221", "37", "6011"])
    n = 15 if pre == "37" else 16
    b = pre + digits(rng, n - len(pre) - 1)
    v = b + luhn.calc_check_digit(b)
    check(luhn.is_valid(v), "card")
    if n == 15:
        return f"{v[:4]} {v[4:10]} {v[10:]}"
    return " ".join(v[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.7 else v


IBAN_FMT = {"GB": ("GB", lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + digits(r, 14)),
            "IE": ("IE", lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + digits(r, 14)),
            "DE": ("DE", lambda r: digits(r, 18)), "FR": ("FR", lambda r: digits(r, 23)),
            "ES": ("ES", lambda r: digits(r, 20)), "IT": ("IT", lambda r: r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 22)),
            "NL": ("NL", lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + digits(r, 10)),
            "PL": ("PL", lambda r: digits(r, 24)), "SE": ("SE", lambda r: digits(r, 20)), "TR": ("TR", lambda r: digits(r, 5) + "0" + digits(r, 16)),
            "GR": ("GR", lambda r: digits(r, 23)), "IL": ("IL", lambda r: digits(r, 19)), "BR": ("BR", lambda r: digits(r, 23) + "C1")}


def gen_iban(rng, region):
    cc, bb = IBAN_FMT[region]

    def g():
        bban = bb(rng)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        return cc + f"{98 - int(num) % 97:02d}" + bban
    v = _retry(g, s_iban.is_valid, "IBAN " + region, cap=5000)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def gen_ip(rng):
    def g():
        return str(ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF)))
    return _retry(g, lambda s: ipaddress.IPv4Address(s).is_global, "ip")


def gen_phone(rng, region, kind="mobile"):
    for k in dict.fromkeys([kind, "fixed", "mobile"]):
        try:
            return _gen_phone(rng, region, k)
        except Abort:
            continue
    raise Abort("phone " + region)


def _gen_phone(rng, region, kind):
    t = {"mobile": phonenumbers.PhoneNumberType.MOBILE, "fixed": phonenumbers.PhoneNumberType.FIXED_LINE,
         "free": phonenumbers.PhoneNumberType.TOLL_FREE}[kind]
    ex = phonenumbers.example_number_for_type(region, t)
    if ex is None:
        ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    nsn = str(ex.national_number)
    keep = max(2, len(nsn) - 6)
    for _ in range(500):
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        p = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number_for_region(p, region) and phonenumbers.number_type(p) in (t, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            fmt = rng.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                              phonenumbers.PhoneNumberFormat.NATIONAL])
            s = phonenumbers.format_number(p, fmt)
            check(phonenumbers.is_valid_number(phonenumbers.parse(s, region)), "phone")
            return s
    raise Abort("phone " + region)


def biz_number(rng, region):
    """A business registration / VAT number (benign)."""
    if region == "GB":
        v = _retry(lambda: digits(rng, 9, True), gb_vat.is_valid, "GB VAT")
        return f"VAT reg. GB {v[:3]} {v[3:7]} {v[7:]}"
    if region == "AU":
        v = _retry(lambda: str(rng.randint(1, 9)) + digits(rng, 10), au_abn.is_valid, "ABN")
        return f"ABN {v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if region == "US":
        v = _retry(lambda: f"{rng.choice(['20', '27', '45', '46', '81', '83'])}" + digits(rng, 7), us_ein.is_valid, "EIN")
        return f"EIN {v[:2]}-{v[2:]}"
    if region == "FR":
        v = _retry(lambda: (lambda b: b + luhn.calc_check_digit(b))(digits(rng, 13, True)), fr_siret.is_valid, "SIRET")
        return f"SIRET {v[:3]} {v[3:6]} {v[6:9]} {v[9:]}"
    if region == "DE":
        v = _retry(lambda: digits(rng, 9, True), de_vat.is_valid, "USt-IdNr")
        return f"USt-IdNr. DE{v}"
    if region == "PL":
        v = _retry(lambda: digits(rng, 10, True), pl_nip.is_valid, "NIP")
        return f"NIP {v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}"
    if region == "BR":
        v = _retry(lambda: (lambda b: b + br_cnpj.calc_check_digits(b))(digits(rng, 8, True) + "0001"), br_cnpj.is_valid, "CNPJ")
        return "CNPJ " + br_cnpj.format(v)
    if region == "IT":
        v = _retry(lambda: (lambda b: b + luhn.calc_check_digit(b))(digits(rng, 7, True) + f"{rng.randint(1, 100):03d}"), it_iva.is_valid, "P.IVA")
        return f"P.IVA {v}"
    return f"Reg. no. {digits(rng, 8, True)}"


# -------------------------------------------------------------------------------------------- locale ctx
class Locale:
    def __init__(self, code, rng):
        self.code = code
        c = LOC[code]
        self.c = c
        self.region = c["region"]
        self.lang = lang2(code)
        self.firsts = compose_pool(rng, c["fa"], c["fb"], 40)
        if c["sep"] == "":  # Hangul / Han names are written as one word: the whole name is the pool entry
            self.fullnames = compose_pool(rng, c["sa"], self.firsts, 60)
            self.surnames = self.fullnames
        else:
            self.fullnames = None
            self.surnames = compose_pool(rng, c["sa"], c["sb"], 40)
        self.streets = compose_pool(rng, c["st"][0], c["st"][1], 24)
        self.towns = compose_pool(rng, c["tw"][0], c["tw"][1], 16)
        for nm, pool in (("firsts", self.firsts), ("surnames", self.surnames), ("streets", self.streets), ("towns", self.towns)):
            if len(pool) < 4:
                raise Abort(f"pool {nm} of {code} emptied by the freeze")
            for e in pool:
                if is_frozen(e):
                    raise Abort("frozen overlap")

    def full(self, rng, first=None):
        if self.fullnames:
            return rng.choice(self.fullnames)
        f = first or rng.choice(self.firsts)
        s = rng.choice(self.surnames)
        if self.c["order"] == "sf":
            return s + self.c["sep"] + f if self.code != "ja-JP" else s + " " + f
        if self.c["order"] == "fs2":
            s2 = rng.choice([x for x in self.surnames if x != s])
            return f"{f} {s} {s2}"
        return f"{f} {s}"

    def address(self, rng):
        st, tw, n = rng.choice(self.streets), rng.choice(self.towns), rng.randint(2, 188)
        R = self.region
        if R == "GB":
            pc = f"{rng.choice(['BH', 'LS', 'NE', 'CF', 'EX', 'SK', 'TN', 'YO'])}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            return f"{n} {st} {rng.choice(['Close', 'Lane', 'Road', 'Way', 'Gardens'])}, {tw} {pc}"
        if R == "US":
            return f"{n * 10 + 3} {st} {rng.choice(['Dr', 'Ave', 'Ct', 'Ln'])}, {tw}, {rng.choice(['OH', 'OR', 'TX', 'NC', 'MN'])} {rng.randint(10000, 99899)}"
        if R == "IE":
            return f"{n} {st}, {tw}, Co. {rng.choice(['Kerry', 'Clare', 'Laois', 'Meath'])}, {rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(10, 95)} {rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(100, 999)}"
        if R == "AU":
            return f"{rng.randint(1, 9)}/{n} {st} St, {tw} {rng.choice(['NSW 2', 'VIC 3', 'QLD 4'])}{rng.randint(100, 899)}"
        if R == "DE":
            return f"{st} {n}, {rng.randint(10000, 99998)} {tw}"
        if R == "FR":
            return f"{n} rue des {st}, {rng.randint(10, 95)}{rng.randint(100, 990)} {tw}"
        if R == "ES":
            return f"C/ {st} {n}, {rng.randint(1, 6)}º {rng.choice('ABCD')}, {rng.randint(10000, 50999)} {tw}"
        if R == "MX":
            return f"Calle {st} {n}, Col. {rng.choice(self.towns)}, C.P. {rng.randint(10000, 99999)}, {tw}"
        if R == "IT":
            return f"Via dei {st} {n}, {rng.randint(10010, 98100)} {tw}"
        if R == "NL":
            return f"{st} {n}, {rng.randint(1011, 9999)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')} {tw}"
        if R == "PL":
            return f"ul. {st} {n}/{rng.randint(1, 40)}, {rng.randint(10, 99)}-{rng.randint(100, 999)} {tw}"
        if R == "BR":
            return f"Rua dos {st}, {n}, apto {rng.randint(11, 184)}, {tw} - SP, {rng.randint(10000, 99999)}-{rng.randint(100, 999)}"
        if R == "SE":
            return f"{st} {n}, {rng.randint(100, 989)} {rng.randint(10, 99)} {tw}"
        if R == "TR":
            return f"{st} Sk. No:{n} D:{rng.randint(1, 20)}, {rng.randint(10000, 81999)} {tw}"
        if R == "GR":
            return f"Οδός {st} {n}, {rng.randint(100, 849)} {rng.randint(10, 99)} {tw}"
        if R == "RU":
            return f"ул. {st}, д. {n}, кв. {rng.randint(1, 240)}, г. {tw}, {rng.randint(101000, 692999)}"
        if R == "IL":
            return f"רחוב {st} {n}, {tw} {rng.randint(1000000, 9999999)}"
        if R == "EG":
            return f"{n} شارع {st}، {tw}"
        if R == "IN":
            return f"मकान नं. {n}, {st} मार्ग, {tw} {rng.randint(110001, 855999)}"
        if R == "TH":
            return f"{n}/{rng.randint(1, 99)} ซอย{st} ต.{tw} {rng.randint(10100, 96999)}"
        if R == "JP":
            return f"〒{rng.randint(100, 999)}-{rng.randint(1000, 9999)} {tw}市{st}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        if R == "KR":
            return f"{tw}시 {st} {n}, {rng.randint(101, 115)}동 {rng.randint(101, 2504)}호"
        if R == "CN":
            return f"{tw}市{st}{n}号{rng.randint(1, 20)}栋{rng.randint(101, 2802)}室"
        raise Abort(R)

    def email(self, rng, name):
        if all(ord(ch) < 128 for ch in name.replace(" ", "")):
            parts = name.lower().split()
            h = rng.choice([parts[0] + "." + parts[-1], parts[0][0] + parts[-1], parts[0] + str(rng.randint(70, 99)), parts[-1] + "_" + parts[0][:3]])
        else:
            h = "".join(rng.choice(ROMAN) for _ in range(rng.randint(2, 3))) + rng.choice(["", ".", "_"]) + str(rng.randint(1, 99))
        h = h.encode("ascii", "ignore").decode().replace("'", "")
        return h + "@" + rng.choice(MAIL_DOM[self.region])


# ---------------------------------------------------------------------------------------- record context
class Ctx:
    """Issues values for one record and remembers them (type, value)."""

    def __init__(self, rng, loc: Locale, sensitive: bool):
        self.rng, self.L, self.sensitive = rng, loc, sensitive
        self.issued = []
        self.R = loc.region
        self.lab = LABELS[loc.lang]

    def _iss(self, t, v):
        assert self.sensitive, "benign record issued a personal value"
        self.issued.append((t, v))
        return v

    def name(self):
        return self._iss("person", self.L.full(self.rng))

    def first(self):
        return self._iss("person", self.rng.choice(self.L.firsts))

    def phone(self):
        return self._iss("PHONE_NUMBER", gen_phone(self.rng, self.R))

    def email(self, nm=None):
        return self._iss("EMAIL_ADDRESS", self.L.email(self.rng, nm or self.L.full(self.rng)))

    def addr(self):
        return self._iss("STREET_ADDRESS", self.L.address(self.rng))

    def dob(self, lo=1948, hi=2006):
        d = rand_dob(self.rng, lo, hi)
        self._dob = d
        return self._iss("DATE_OF_BIRTH", fmt_date(d, self.R))

    def natid(self, dob=None):
        r = gen_national(self.rng, self.R, dob or getattr(self, "_dob", rand_dob(self.rng)))
        if r is None:
            return None
        return self._iss(*r)

    def taxid(self):
        r = gen_tax_extra(self.rng, self.R) or gen_national(self.rng, self.R, rand_dob(self.rng))
        return self._iss(*r) if r else None

    def card(self):
        return self._iss("CREDIT_CARD", gen_card(self.rng))

    def iban(self):
        return self._iss("IBAN_CODE", gen_iban(self.rng, self.R)) if self.R in IBAN_FMT else None

    def ip(self):
        return self._iss("IP_ADDRESS", gen_ip(self.rng))

    def mrn(self):
        return self._iss("MEDICAL_RECORD", f"{self.rng.choice(['MRN', 'Hosp. no.', 'K-Nr.', 'RM'])} {self.rng.choice('ABCDHKRT')}{digits(self.rng, 7)}")

    def usbank(self):
        r = _retry(lambda: digits(self.rng, 9), us_rtn.is_valid, "RTN")
        a = digits(self.rng, self.rng.randint(9, 12), True)
        self._iss("US_BANK_NUMBER", r)
        self._iss("US_BANK_NUMBER", a)
        return f"routing {r}, acct {a}"

    def money(self, lo, hi):
        return f"{CUR[self.R]}{self.rng.randint(lo, hi)}"

    # benign helpers (organisation data)
    def trading(self, trade):
        s = self.rng.choice(self.L.towns if self.L.fullnames else self.L.surnames)
        return self.rng.choice([f"{s} {trade}", f"{s} & Sons {trade}", f"{self.rng.choice(self.L.towns)} {trade}", f"{s} {trade} Ltd"])

    def switchboard(self):
        return gen_phone(self.rng, self.R, self.rng.choice(["fixed", "fixed", "free"]))


# --------------------------------------------------------------------------------------------- kinds
def ask(ctx):
    pool = ASKS[ctx.L.lang] + (ASKS["en"] if ctx.L.lang != "en" else [])
    return ctx.rng.choice(pool)


def lines(*xs):
    return "\n".join(x for x in xs if x is not None)


FILLER = {
    "trade_job": ["Combi boiler losing pressure, PRV dripping outside.", "Kitchen tap drips, needs new cartridge (35mm ceramic).",
                  "RCD trips when the kettle and toaster run together.", "Radiators cold on top, needs bleeding / maybe power flush.",
                  "Outside socket wanted for the garden, IP66, on a new RCBO.", "Blocked soil stack, rodding eye behind the shed.",
                  "CU is an old rewireable fusebox, quote for consumer unit upgrade + EICR."],
    "quote_invoice": ["Labour 6.5 hrs @ 48/hr", "Materials: 15mm copper, 2x TRV, PTFE, fittings", "Call-out fee (after 6pm)",
                      "Logo design, 3 concepts + 2 rounds of revisions", "Copywriting 2,000 words, SEO brief incl.",
                      "Payment terms: 14 days. Late payment interest per statute."],
    "salon_consent": ["Patch test 48h before any tint.", "No sunbeds 2 weeks before / after laser.", "Aftercare: thin layer of balm 3x daily, no swimming 2 weeks.",
                      "Lash lift: no water for 24h.", "Fine-line forearm piece, black only, approx 3 hrs."],
    "driving_school": ["Roundabouts and mirror-signal-manoeuvre.", "Parallel park and bay park practice.", "Mock test on the test centre routes.",
                       "Dual carriageway, joining and leaving at speed.", "Hill starts, clutch control."],
    "pet_care": ["Full groom, short summer cut, nails, ears.", "Two walks a day, 45 min, no off-lead near the road.",
                 "Feed 2x daily, 120g dry, no chicken (allergy).", "Cat: litter daily, insulin NOT needed.", "De-shed treatment, double coat."],
    "wedding_photo": ["Ceremony 13:00, drinks reception 14:00, speeches before food.", "Confetti shot after the church.",
                      "Golden hour portraits ~19:40.", "Second shooter from bridal prep.", "Album: 30 spreads, linen cover."],
    "removals": ["3-bed semi, piano (upright) on ground floor, no lift.", "Dismantle wardrobes and the bunk bed.",
                 "Parking suspension needed at the new place.", "Packing service for kitchen only.", "Storage 4 weeks, 250 cu ft."],
    "cleaning": ["End of tenancy clean, oven + carpets.", "Weekly 3 hrs, bring own products, no bleach in bathroom.",
                 "Key in key safe by the back door.", "Fridge inside, windows inside only.", "Dog friendly, he's a softie."],
    "tutoring": ["GCSE maths, higher tier, target grade 7.", "Needs help with quadratic equations and ratio.",
                 "A-level chemistry: organic mechanisms.", "Year 4 reading comprehension, 45 min sessions.", "IELTS speaking practice, band 6.5 → 7."],
}


def idline(ctx, label, prob, fresh_dob=False):
    if ctx.rng.random() >= prob:
        return None
    v = ctx.natid(rand_dob(ctx.rng) if fresh_dob else None)
    return f"{label}: {v}" if v else None


def sens_doc(kind, ctx, variant):
    """Return (doc, instruction, voice) for a sensitive record of this kind."""
    r, lb = ctx.rng, ctx.lab
    f = FILLER[kind]
    if kind == "trade_job":
        if variant == 0:
            nm = ctx.first() if ctx.L.c['order'] != 'sf' else ctx.name()
            return (f"hi its {nm} at {ctx.addr()} - {r.choice(f).lower()} "
                    f"can u come {r.choice(['thurs', 'tmrw am', 'sat', 'after 3'])}? my mob {ctx.phone()} thx",
                    "turn this whatsapp into a job card: customer, address, fault, urgency", "customer_whatsapp")
        if variant == 1:
            rows = ["job_id,customer,site_address,tel,fault,slot"]
            for i in range(r.randint(3, 5)):
                rows.append(f"J{r.randint(2000, 9999)},{ctx.name()},\"{ctx.addr()}\",{ctx.phone()},{r.choice(f).split(',')[0]},{r.choice(['08:00', '10:30', '13:00', '15:30'])}")
            return "\n".join(rows), "plan tomorrow's route for the van, order the jobs sensibly and list parts to pick up", "diary_csv"
        if variant == 2:
            return (lines(f"EICR / Minor Works draft", f"Client: {ctx.name()}", f"Installation address: {ctx.addr()}",
                          f"Contact: {ctx.phone()} / {ctx.email()}", "Circuit 4 (kitchen ring): R1+R2 0.41Ω, IR >200MΩ, Zs 0.83Ω",
                          "Observations: C2 no RCD protection on sockets; C3 no SPD."),
                    "write the observations section in plain English for the customer", "cert_draft")
        nm = ctx.name()
        return (lines(f"Job: {r.choice(f)}", f"Customer {nm}, paying deposit by card {ctx.card()} exp {r.randint(1, 12):02d}/{r.randint(26, 30)}",
                      f"Access: {ctx.addr()}, side gate"),
                "draft the booking confirmation text", "job_note_card")
    if kind == "quote_invoice":
        if variant == 0:
            trader = ctx.name()
            iban = ctx.iban()
            pay = f"IBAN {iban}" if iban else (ctx.usbank() if ctx.R == "US" else f"card on file {ctx.card()}")
            return (lines(f"INVOICE #{r.randint(100, 999)}", f"From: {trader} (sole trader)", f"Tax ref: {ctx.taxid() or '-'}",
                          f"Bill to: {ctx.name()}, {ctx.addr()}", *r.sample(f, 3), f"Total due: {ctx.money(180, 2400)}", f"Pay to: {pay}"),
                    "check the maths and make it look professional", "freelance_invoice")
        if variant == 1:
            cust = {"name": ctx.name(), "email": ctx.email(), "tel": ctx.phone()}
            tid = ctx.natid(rand_dob(r)) if r.random() < 0.8 else None
            if tid:
                cust["tax_or_id_no"] = tid
            data = {"quote_no": f"Q-{r.randint(1000, 9999)}", "customer": cust,
                    "site": ctx.addr(), "lines": [{"desc": x, "amount": r.randint(40, 900)} for x in r.sample(f, 2)], "valid_days": 30}
            return json.dumps(data, ensure_ascii=False, indent=1), "generate a friendly quote email from this json", "quote_json"
        if variant == 2:
            nm = ctx.name()
            return (f"From: {ctx.email(nm)}\nSubject: invoice query\n\nHi, I got your invoice but I'm sure we agreed {ctx.money(300, 900)} not "
                    f"{ctx.money(901, 1500)}. My address on it is wrong too, it should be {ctx.addr()}. Regards, {nm}",
                    "help me reply, stay firm but polite", "client_email")
        nm = ctx.name()
        nid = ctx.natid() or ctx.phone()
        return (lines(f"{lb[0]}: {nm}", f"ID/tax: {nid}", f"{lb[3]}: {ctx.addr()}", "Service: " + r.choice(f)),
                "fill in the invoice template fields from this", "customer_record")
    if kind == "salon_consent":
        if variant == 0:
            nm = ctx.name()
            return (lines("CLIENT CONSULTATION & CONSENT", f"{lb[0]}: {nm}", f"{lb[4]}: {ctx.dob(1960, 2006)}", f"{lb[1]}: {ctx.phone()}",
                          idline(ctx, "ID seen (age check)", 0.85),
                          f"Medical: {r.choice(['type 1 diabetic', 'on warfarin', 'epilepsy, controlled', 'pregnant 14 wks', 'eczema flare-ups'])}; "
                          f"allergies: {r.choice(['nickel', 'latex', 'PPD (hair dye)', 'none known'])}",
                          f"Treatment: {r.choice(f)}", "Signed: ✓ (client)"),
                    "is there anything on this form that means we shouldn't go ahead? answer as the studio manager", "consent_form")
        if variant == 1:
            nm = ctx.name()
            hid = ctx.natid(rand_dob(r)) if ctx.R in ("GB", "FR", "NL", "SE") else ctx.mrn()
            return (lines(f"Aesthetics client record — {nm}", f"Ref: {hid}", f"GP letter received re: filler reaction",
                          f"Home: {ctx.addr()}", r.choice(f)),
                    "summarise for the prescriber's review", "clinic_record")
        if variant == 2:
            return (f"heyy!! saw ur flash sheet 😍 can i book the little moth one, im {r.randint(18, 30)} (dob {ctx.dob(1994, 2006)}) "
                    f"deposit ok, my number {ctx.phone()} - {ctx.first()}",
                    "reply to this dm and ask for ID for age check", "instagram_dm")
        return (lines(f"{lb[0]}: {ctx.name()}", f"{lb[2]}: {ctx.email()}", f"{lb[3]}: {ctx.addr()}", f"{lb[5]}: {r.choice(f)}",
                      f"IP at signing: {ctx.ip()}"),
                "convert this e-consent export into our filing format", "econsent_export")
    if kind == "driving_school":
        if variant == 0:
            nm = ctx.name()
            return (lines(f"New pupil: {nm}", f"{lb[4]}: {ctx.dob(2004, 2008)}", f"Pick up: {ctx.addr()}", f"{lb[1]}: {ctx.phone()}",
                          idline(ctx, "ID no.", 0.85),
                          f"Parent email: {ctx.email()}", f"Level: {r.choice(f)}"),
                    "write a welcome text and suggest a lesson plan for the first 3 lessons", "enrolment")
        if variant == 1:
            rows = ["date,time,pupil,pickup,mobile,focus"]
            for i in range(r.randint(3, 5)):
                rows.append(f"2026-0{r.randint(1, 9)}-{r.randint(10, 28)},{r.randint(8, 18)}:00,{ctx.name()},\"{ctx.addr()}\",{ctx.phone()},{r.choice(f)}")
            return "\n".join(rows), "find gaps in the diary where I can fit two 2-hour lessons", "instructor_diary"
        if variant == 2:
            nm = ctx.name()
            return (f"Test booked for {nm} ({ctx.dob(2002, 2008)}), theory passed, {r.choice(['nervous on roundabouts', 'great on manoeuvres'])}. "
                    f"Mum says ring her on {ctx.phone()} not the pupil.",
                    "write a short progress report for the parent", "progress_note")
        return (lines(f"{lb[0]}: {ctx.name()}", f"{lb[3]}: {ctx.addr()}", f"Payment: block of 10 on card {ctx.card()}"),
                "draft the receipt", "payment_note")
    if kind == "pet_care":
        if variant == 0:
            return (lines(f"Pet sitting booking", f"Owner: {ctx.name()}", f"{lb[3]}: {ctx.addr()}", f"{lb[1]}: {ctx.phone()}",
                          f"Dog: {r.choice(['Biscuit', 'Pepper', 'Mochi', 'Bramble'])} ({r.choice(['cockapoo', 'greyhound', 'shih tzu'])})",
                          f"Alarm code 4{r.randint(100, 999)}, key under the blue pot", r.choice(f)),
                    "make a checklist for the sitter", "sitting_booking")
        if variant == 1:
            nm = ctx.name()
            return (f"Dear groomer, {r.choice(f).lower()} for our dog on Saturday please. Please charge the card you have: {ctx.card()}. "
                    f"Any issues email {ctx.email(nm)}. {nm}", "reply confirming and ask about matting", "owner_email")
        if variant == 2:
            data = {"owner": ctx.name(), "phone": ctx.phone(), "address": ctx.addr(), "pet": {"name": r.choice(["Luna", "Bobby", "Nala", "Toffee"]), "vaccinated": True},
                    "emergency_contact": ctx.name()}
            return json.dumps(data, ensure_ascii=False), "validate this booking record and tell me what's missing", "app_json"
        return (lines(f"{lb[0]}: {ctx.name()}", f"{lb[2]}: {ctx.email()}", f"{lb[1]}: {ctx.phone()}", f"{lb[5]}: {r.choice(f)}"),
                ask(ctx), "form_paste")
    if kind == "wedding_photo":
        if variant == 0:
            a, b = ctx.name(), ctx.name()
            return (lines("PHOTOGRAPHY CONTRACT", f"Client 1: {a}", f"Client 2: {b}", f"Correspondence address: {ctx.addr()}",
                          idline(ctx, "ID client 1", 0.7, True),
                          f"Deposit {ctx.money(300, 900)} paid by card {ctx.card()}", *r.sample(f, 2)),
                    "check this contract for anything missing (cancellation, image rights)", "contract")
        if variant == 1:
            rows = ["guest,table,dietary,mobile"]
            for i in range(r.randint(4, 6)):
                rows.append(f"{ctx.name()},{r.randint(1, 12)},{r.choice(['vegan', 'coeliac', 'nut allergy', '-', '-'])},{ctx.phone()}")
            return "\n".join(rows), "build a seating plan, keep the allergy tables near the kitchen", "guest_list"
        if variant == 2:
            return (lines("Shot list", *r.sample(f, 2), f"Must-have: bride with her grandmother {ctx.first()} (wheelchair, be quick)",
                          f"Venue contact on the day: {ctx.phone()}"),
                    "tidy this shot list into a run sheet", "shot_list")
        return (lines(f"Enquiry form — {ctx.name()}", f"{lb[2]}: {ctx.email()}", f"Date: {r.randint(1, 28)}/0{r.randint(5, 9)}/2027",
                      f"Submitted from IP {ctx.ip()}"),
                "write the first reply with our packages", "enquiry_export")
    if kind == "removals":
        if variant == 0:
            nm = ctx.name()
            return (lines("HOME SURVEY", f"Customer: {nm}", f"From: {ctx.addr()}", f"To: {ctx.addr()}", f"{lb[1]}: {ctx.phone()}",
                          idline(ctx, "ID for storage insurance", 0.5, True),
                          *r.sample(f, 2)),
                    "estimate cubic feet and crew size, then a quote", "survey_sheet")
        if variant == 1:
            nm = ctx.name()
            return (f"To whom it may concern, your men damaged my mother's dresser during the move to {ctx.addr()}. "
                    f"I want compensation. Contact me at {ctx.email(nm)} or {ctx.phone()}. {nm}",
                    "draft a response under our claims procedure", "complaint")
        if variant == 2:
            nm = ctx.name()
            nid = ctx.natid(rand_dob(r))
            return (lines("Storage agreement", f"Depositor: {nm}", f"ID: {nid or '-'}", f"{lb[3]}: {ctx.addr()}", r.choice(f)),
                    "check that this storage agreement is complete", "storage_form")
        return (lines(f"{lb[0]}: {ctx.name()}", f"{lb[3]}: {ctx.addr()}", f"{lb[6]}: {r.randint(1, 28)}/{r.randint(1, 12)}", r.choice(f)),
                ask(ctx), "booking_paste")
    if kind == "cleaning":
        if variant == 0:
            rows = ["client | address | day | key | notes"]
            for i in range(r.randint(3, 5)):
                rows.append(f"{ctx.name()} | {ctx.addr()} | {r.choice(['Mon', 'Tue', 'Wed', 'Fri'])} | {r.choice(['key safe 1' + str(r.randint(100, 999)), 'neighbour', 'client home'])} | {r.choice(f)}")
            return "\n".join(rows), "split these between two cleaners to minimise driving", "rota"
        if variant == 1:
            nm = ctx.first()
            return (f"hiya, could u do an extra 2 hrs on friday before my in-laws arrive, {nm} my partner will be in to let you in. "
                    f"cash as usual. {r.choice(f)}", "reply saying yes and confirm the price", "client_text")
        if variant == 2:
            dep = ctx.iban() if r.random() < 0.6 else None
            return (lines("END OF TENANCY — CHECKOUT", f"Tenant: {ctx.name()}", f"Property: {ctx.addr()}", f"Forwarding email: {ctx.email()}",
                          f"Deposit refund to: {dep}" if dep else None,
                          r.choice(f)),
                    "write the checkout report summary for the letting agent", "checkout_report")
        return (lines(f"{lb[0]}: {ctx.name()}", f"{lb[1]}: {ctx.phone()}", f"{lb[3]}: {ctx.addr()}", f"{lb[5]}: {r.choice(f)}"),
                ask(ctx), "form_paste")
    if kind == "tutoring":
        if variant == 0:
            child = ctx.name()
            return (lines("Enquiry", f"Student: {child}, {lb[4]} {ctx.dob(2009, 2017)}", f"Parent: {ctx.name()} / {ctx.phone()}",
                          f"Diagnosed {r.choice(['dyslexia', 'ADHD', 'dyscalculia'])}, has an EHCP", r.choice(f)),
                    "suggest how I should structure the first session", "parent_enquiry")
        if variant == 1:
            nm = ctx.name()
            iban = ctx.iban()
            return (lines(f"Invoice to {nm}", f"{ctx.addr()}", "8 x 1hr sessions", f"Total {ctx.money(200, 480)}",
                          f"Bank: {iban}" if iban else (f"ACH to my account: {ctx.usbank()}" if ctx.R == "US" else f"Pay via link, ref {r.randint(1000, 9999)}")),
                    "check the wording of this invoice", "tutor_invoice")
        if variant == 2:
            return (f"lesson notes: {ctx.first()} (year 9, my neighbour's son) struggled with {r.choice(['simultaneous equations', 'fractions', 'past tense verbs'])}, "
                    f"set homework p.{r.randint(10, 90)}", "turn these notes into a message for his mum", "lesson_notes")
        return (lines(f"{lb[0]}: {ctx.name()}", f"{lb[2]}: {ctx.email()}", f"{lb[1]}: {ctx.phone()}", r.choice(f)),
                ask(ctx), "form_paste")
    raise Abort(kind)


def incidental_doc(kind, ctx, which):
    """Long-ish text about the job with exactly one personal item."""
    r = ctx.rng
    sents = r.sample(FILLER[kind], min(4, len(FILLER[kind]))) + r.sample(FILLER[kind], 2)
    if which == 0:
        item = f"My {r.choice(['husband', 'wife', 'son', 'daughter', 'mum', 'lodger', 'carer'])} {ctx.first()} will be home to let you in."
    elif which == 1:
        item = f"If no answer ring {ctx.phone()}."
    else:
        item = f"(for the insurance form: DOB {ctx.dob()})"
    cut = r.randint(1, len(sents) - 1)
    parts = sents[:cut] + [item] + sents[cut:] + [r.choice(["Thanks!", "cheers", "Ta", "Many thanks"])]
    return " ".join(parts), "sort these notes into a to-do list", f"incidental_{['relation', 'phone', 'dob'][which]}"


EPONYM_CANDIDATES = ["Kirchhoff", "Dobermann", "Pachelbel", "Fresnel", "Faraday", "Ampère", "Coulomb", "Bunsen", "Torx", "Rawlplug",
                     "Bourdon", "Venturi", "Pitot", "Carnot", "Schrader", "Weimaraner", "Bichon", "Schnauzer", "Pomeranian",
                     "Chihuahua", "Mendelssohn", "Wagner", "Lohengrin", "Fibonacci", "Euclid", "Bernoulli", "Archimedes"]
PUBLIC_CANDIDATES = ["Kirstie Allsopp", "Nick Knowles", "Lewis Hamilton", "Kat Von D", "Mrs Hinch", "Annie Leibovitz",
                     "Nigella Lawson", "Bear Grylls", "David Attenborough", "Jamie Oliver", "Stacey Solomon", "Carol Vorderman"]


def benign_doc(kind, ctx, variant, extra):
    r = ctx.rng
    R = ctx.R
    trade = {"trade_job": "Plumbing & Heating", "quote_invoice": "Electrical", "salon_consent": "Tattoo Studio", "driving_school": "School of Motoring",
             "pet_care": "Dog Grooming", "wedding_photo": "Photography", "removals": "Removals", "cleaning": "Cleaning Services", "tutoring": "Tutors"}[kind]
    f = FILLER[kind]
    if variant == 0:  # directory / review-site listing with business switchboard and registration number
        firm = ctx.trading(trade)
        regline = {"trade_job": f"Gas Safe reg. {r.randint(100000, 999999)}", "quote_invoice": f"NICEIC approved contractor no. {r.randint(10000, 99999)}",
                   "driving_school": f"ADI no. {r.randint(100000, 999999)}", "salon_consent": f"Special treatments licence ST/{r.randint(2020, 2026)}/{r.randint(100, 999)}"}.get(kind, biz_number(r, R))
        return (lines(f"★★★★☆ {firm} — {r.randint(40, 400)} reviews", f"Tel: {ctx.switchboard()}", f"bookings@{re.sub(r'[^a-z]', '', firm.lower())[:14]}.example",
                      regline, f"Mon–Fri 8–6. Areas covered: {', '.join(r.sample(ctx.L.towns, 3))}", f"\"{r.choice(['Turned up on time', 'Tidy work', 'Fair price'])}\" — verified customer"),
                "is this business legit? what should I check before booking", "directory_listing")
    if variant == 1:  # price list / quote without customer
        items = "\n".join(f"- {x}: {ctx.money(20, 400)}" for x in r.sample(f, 3))
        return (f"{ctx.trading(trade)} — price list 2026\n{items}\nAll prices incl. VAT where applicable. {biz_number(r, R)}",
                "rewrite this price list so it reads well on a flyer", "price_list")
    if variant == 2:  # blank form with placeholders
        lb = ctx.lab
        return (lines(f"[{trade.upper()}] FORM", f"{lb[0]}: ____________", f"{lb[1]}: [PHONE]", f"{lb[2]}: name@example.com",
                      f"{lb[3]}: <address line 1>", f"{lb[4]}: DD/MM/YYYY", f"{lb[5]}: {r.choice(f)}"),
                "translate this blank form into English and Spanish", "blank_form")
    if variant == 3:  # trade-association / regulator rules
        rule = {"trade_job": "Members must show their Gas Safe ID card on arrival and leave a benchmark certificate.",
                "quote_invoice": "A written quotation must state whether it is a fixed price or an estimate and how long it is valid.",
                "salon_consent": "Clients must be 18+; photo ID must be seen and a record kept for 3 years; needles single use.",
                "driving_school": "Instructors must display their certificate in the windscreen during paid lessons.",
                "pet_care": "Home boarders need a local authority licence; max 3 dogs from different households.",
                "wedding_photo": "Members must deliver images within the period agreed in writing and keep two backups.",
                "removals": "Code of practice: written quotation, liability cover stated, 12-week claims window.",
                "cleaning": "COSHH: keep data sheets for all chemicals; never mix chlorine and acid products.",
                "tutoring": "Tutors working with under-18s should hold an enhanced DBS check renewed every 3 years."}[kind]
        return (f"Trade association code, section {r.randint(2, 9)}.{r.randint(1, 9)}: {rule} Enquiries: {ctx.switchboard()} (members' helpline).",
                "explain what this means for a one-person business", "association_rule")
    if variant == 4:  # aggregated / anonymised
        return (f"Q{r.randint(1, 4)} summary: {r.randint(40, 300)} bookings, {r.randint(5, 40)}% repeat customers, average ticket {ctx.money(60, 600)}, "
                f"{r.randint(1, 9)} complaints (all resolved). Customer A (postcode district only) asked for weekend slots; Customer B cancelled twice.",
                "write three insights for my business plan", "aggregated_stats")
    if variant == 5:  # eponyms / pets / public figures in public role
        ep = extra["eponym"]
        pub = extra["public"]
        pet = r.choice(["Biscuit", "Pepper", "Mochi", "Bramble", "Luna", "Toffee", "Ziggy"])
        txt = r.choice([
            f"Saw {pub} on TV talking about {r.choice(['doing up houses', 'cleaning hacks', 'wedding trends', 'tattoos'])} — can I use the idea in my marketing?",
            f"Question about the {ep} {r.choice(['rule', 'principle', 'breed', 'piece'])}: how does it apply to {r.choice(f).lower()}",
            f"{pet} the {r.choice(['cockapoo', 'spaniel', 'lurcher'])} came in matted again, 3rd time. {r.choice(f)}",
        ])
        return txt, "write a short social media post about this", "eponym_public_pet"
    if variant == 6:  # documentation / test values
        card = r.choice(["4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0566 5566 5556", "3782 822463 10005", "4111 1111 1111 1111"])
        ip = f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1, 254)}"
        field = r.choice(["deposit", "booking fee", "balance", "call-out fee"])
        doc = r.choice([
            f"{trade} booking widget docs: for the {field} use test card {card}, any future expiry, any CVC. Sandbox webhooks come from {ip}.",
            f"IBAN field validation ({field} refunds), example from the IBAN registry: GB82 WEST 1234 5698 7654 32 (example only). Reject anything failing mod-97. Staging server {ip}.",
            f"Demo data for the {trade.lower()} app — placeholder customer: Jane Doe, 123 Example Street, Anytown, tel. 555-01{r.randint(10, 99)}, jane.doe@example.com. Do not use real data.",
            f"Seed fixture: customer_name='TEST USER {r.randint(1, 99)}', phone='+44 20 7946 0{r.randint(100, 999)}' (Ofcom drama range), email='test+{r.randint(1, 99)}@example.org', card='{card}'.",
        ])
        return doc, "write unit tests for the booking form validation", "doc_test_values"
    # variant 7: business-to-business invoice from a Ltd to a Ltd with role mailboxes
    a, b = ctx.trading(trade), ctx.trading("Lettings")
    return (lines(f"INVOICE {r.randint(1000, 9999)}", f"From: {a}, registered office Unit {r.randint(1, 30)}, {r.choice(ctx.L.towns)} Trade Park", biz_number(r, R),
                  f"To: {b}, accounts@ (maintenance contract)", *r.sample(f, 2), f"Total {ctx.money(300, 3000)}"),
            "check the VAT and the payment terms", "b2b_invoice")


KINDS = ["trade_job", "quote_invoice", "salon_consent", "driving_school", "pet_care", "wedding_photo", "removals", "cleaning", "tutoring"]
SYSTEMS = {"trade_job": "You help a small plumbing and electrical firm with admin.", "quote_invoice": "You are a bookkeeping helper for freelancers and sole traders.",
           "salon_consent": "You assist a beauty salon and tattoo studio front desk.", "driving_school": "You help an independent driving instructor.",
           "pet_care": "You help a dog grooming and pet sitting business.", "wedding_photo": "You assist a wedding planner and photographer.",
           "removals": "You assist a removals and storage company's office.", "cleaning": "You help a small cleaning business with scheduling.",
           "tutoring": "You assist a private tutor with admin and parents."}
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "content_parts", "file_part", "tool_call_args", "tools_schema",
              "response_format", "user_field", "user", "content_parts"]


def place(rng, placement, kind, doc, instr, ctx):
    model = rng.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"])
    sysm = {"role": "system", "content": SYSTEMS[kind]}
    if placement == "completions":
        return "completions", {"model": "gpt-3.5-turbo-instruct", "prompt": f"{doc}\n\n### Task: {instr}\n###", "max_tokens": 400}
    body = {"model": model}
    if placement == "user":
        body["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
    elif placement == "system":
        body["messages"] = [{"role": "system", "content": f"{SYSTEMS[kind]}\nContext document:\n{doc}"}, {"role": "user", "content": instr}]
    elif placement == "assistant_echo":
        body["messages"] = [sysm, {"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": f"Received:\n{doc}"},
                            {"role": "user", "content": instr}]
    elif placement == "tool_result":
        cid = f"call_{rng.randint(10**9, 10**10)}"
        body["messages"] = [sysm, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "fetch_booking", "arguments": json.dumps({"ref": f"BK{rng.randint(10000, 99999)}"})}}]},
                            {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif placement == "content_parts":
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]}]
    elif placement == "file_part":
        b64 = base64.b64encode(doc.encode("utf-8")).decode()
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr},
                                                              {"type": "file", "file": {"filename": f"{kind}_{rng.randint(100, 999)}.txt", "file_data": f"data:text/plain;base64,{b64}"}}]}]
    elif placement == "tool_call_args":
        cid = f"call_{rng.randint(10**9, 10**10)}"
        args = json.dumps({"document": doc, "action": "save"}, ensure_ascii=rng.random() < 0.5)
        body["messages"] = [sysm, {"role": "user", "content": "save it to the CRM"},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "crm_save", "arguments": args}}]},
                            {"role": "tool", "tool_call_id": cid, "content": "{\"ok\": true}"}, {"role": "user", "content": instr}]
        body["tools"] = [{"type": "function", "function": {"name": "crm_save", "parameters": {"type": "object", "properties": {"document": {"type": "string"}, "action": {"type": "string"}}}}}]
    elif placement == "tools_schema":
        body["messages"] = [sysm, {"role": "user", "content": instr}]
        body["tools"] = [{"type": "function", "function": {"name": "create_booking", "description": f"Create a booking. Example input:\n{doc}",
                                                           "parameters": {"type": "object", "properties": {"notes": {"type": "string"}}}}}]
    elif placement == "response_format":
        body["messages"] = [sysm, {"role": "user", "content": instr}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {"type": "object", "description": f"Extract from: {doc}",
                                                                                                         "properties": {"summary": {"type": "string"}}}}}
    elif placement == "user_field":
        body["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
        mails = [v for t, v in ctx.issued if t == "EMAIL_ADDRESS"]
        body["user"] = mails[0] if mails else f"{kind}-frontdesk-{rng.randint(1, 9)}"
    else:
        raise Abort(placement)
    if rng.random() < 0.3:
        body["temperature"] = rng.choice([0, 0.2, 0.7])
    return "chat", body


def haystack(obj, out):
    if isinstance(obj, dict):
        for v in obj.values():
            haystack(v, out)
    elif isinstance(obj, list):
        for v in obj:
            haystack(v, out)
    elif isinstance(obj, str):
        out.append(obj)
        out.append(urllib.parse.unquote(obj))
        m = re.match(r"data:[^;]+;base64,(.*)$", obj, re.S)
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
    hay = haystack(body, [])
    ents, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        if any(v in h for h in hay):
            ents.append({"type": t, "value": v})
            seen.add((t, v))
    return ents


def build_pii(seed, locs):
    rng = random.Random(seed)
    recs = []
    codes = list(LOC)
    pub_pool = [p for p in PUBLIC_CANDIDATES if not is_frozen(p)]
    ep_pool = [e for e in EPONYM_CANDIDATES if not is_frozen(e)]
    if not pub_pool or not ep_pool:
        raise Abort("eponym/public pools emptied by the freeze")
    plan = []
    for k in KINDS:
        for i in range(32):
            plan.append((k, True, i))
        for i in range(24):
            plan.append((k, False, i))
    rng.shuffle(plan)
    li = 0
    pi = 0
    for n, (kind, sens, i) in enumerate(plan, 1):
        loc = locs[codes[li % len(codes)]]
        li += 1
        ctx = Ctx(rng, loc, sens)
        if sens:
            if i < 4:
                doc, instr, voice = incidental_doc(kind, ctx, i % 3)
            else:
                doc, instr, voice = sens_doc(kind, ctx, i % 4)
        else:
            doc, instr, voice = benign_doc(kind, ctx, i % 8, {"eponym": rng.choice(ep_pool), "public": rng.choice(pub_pool)})
        if rng.random() < 0.35 and loc.lang != "en":
            instr = rng.choice(ASKS[loc.lang]) + " — " + instr if rng.random() < 0.5 else rng.choice(ASKS[loc.lang])
        placement = "completions" if n % 10 == 3 else PLACEMENTS[pi % len(PLACEMENTS)]
        if placement != "completions":
            pi += 1
        endpoint, body = place(rng, placement, kind, doc, instr, ctx)
        ents = entities_of(body, ctx.issued)
        if sens:
            assert ents, f"sensitive record without entities ({kind}/{voice})"
            missing = [v for t, v in ctx.issued if not any(e["value"] == v for e in ents)]
            assert not missing, f"issued value lost in placement: {kind}/{voice}/{placement} {missing}"
        assert (len(ents) > 0) == sens
        recs.append({"id": f"{SPLIT}-pii-{n:04d}", "category": kind if sens else kind + "_benign", "sensitive": bool(ents),
                     "entities": ents, "endpoint": endpoint, "lang": loc.code, "style": f"{voice} · {placement}", "body": body})
    return recs


# ------------------------------------------------------------------------------------------ complexity
SHORT_SIMPLE = [
    ("en", "whats {a}% of £{b}? for the deposit"), ("en", "give me 5 names for a dog grooming van"),
    ("en", "how many hours is 8:15 to 16:{m} minus a 30 min break"), ("en", "one line instagram caption for a fresh {thing}"),
    ("en", "spell check pls: 'recieved your enquirey, will quote tommorow'"), ("en", "convert {b} square metres to square feet"),
    ("en", "short reminder text: driving lesson tomorrow at {h}:00, meet outside"), ("en", "round £{b}.{m} to the nearest pound"),
    ("en", "is it 'colour consultation' or 'color consultation' on a UK flyer?"), ("en", "what does EICR stand for"),
    ("en", "thank-you text to a customer who left a 5 star review, 1 sentence"), ("en", "how many 30 min slots fit between 9 and {h}:00?"),
    ("de-DE", "Wie schreibt man 'Kostenvoranschlag' richtig, mit oder ohne s?"), ("de-DE", "Was sind 19 % von {b} €?"),
    ("de-DE", "Übersetze 'Termin bestätigt' ins Englische"), ("fr-FR", "Traduis « acompte non remboursable » en anglais"),
    ("fr-FR", "Combien font {a} heures à {b} € de l'heure ?"), ("es-ES", "¿Cuánto es el 21% de IVA sobre {b} euros?"),
    ("es-ES", "Escribe un SMS corto para recordar la cita de mañana a las {h}"), ("it-IT", "Come si dice 'preventivo gratuito' in inglese?"),
    ("it-IT", "Scrivi un messaggio breve per confermare l'appuntamento di sabato"), ("pl-PL", "Ile to jest 23% VAT od {b} zł?"),
    ("pl-PL", "Napisz krótkiego SMS-a z przypomnieniem o sprzątaniu w piątek"), ("pt-BR", "Quanto é 10% de {b} reais?"),
    ("pt-BR", "Escreve uma legenda curta pra foto de um cachorro tosado"), ("ja-JP", "「見積もり無料」を英語にして"),
    ("ja-JP", "{b}円の10%はいくら？"), ("tr-TR", "{b} TL'nin %20'si kaç eder?"), ("tr-TR", "Randevu hatırlatma için kısa bir mesaj yaz"),
    ("nl-NL", "Wat is 21% btw over {b} euro?"), ("nl-NL", "Vertaal 'aanbetaling niet terugbetaalbaar' naar het Engels"),
    ("en", "list 5 things to bring to a wedding shoot"),
]
SHORT_HARD = [
    ("en", "UK sole-trader plumber, turnover £{t}k, materials {p}% of sales. Flat Rate Scheme (limited cost trader 16.5%) vs standard VAT — which leaves more money? Show the working and the break-even materials share."),
    ("en", "Voltage drop: {l} m of {c} mm² T&E on a 32 A radial, 11 mV/A/m. Within 5%? If not, size it, and check Zs for a B32 with Ze 0.35 Ω and R1+R2 at 70°C."),
    ("en", "Give an ILP for assigning {n} cleaning jobs to 3 cleaners with time windows and travel times, plus a greedy heuristic and its worst case."),
    ("en", "Python: detect double bookings for a grooming salon with variable service lengths, 10-min buffers and DST in Europe/London. Include edge-case tests."),
    ("en", "Derive a pricing formula for removals from cubic feet, floors without a lift and carry distance, then explain how you'd fit it to past jobs robustly."),
    ("en", "Tattoo studio keeps consent forms with health data: lawful basis under GDPR Art. 6 and 9, retention reasoning and a DPIA outline."),
    ("en", "Driving lessons: block of 10 at £{a} vs £{b} each. With cancellation rate q and 48h policy, when is the block better? Generalise and prove it."),
    ("en", "Wedding photos: compare 3-2-1, RAID1 and cloud-only by probability of losing a wedding within 30 days given 1.5% annual drive failure; state assumptions."),
    ("en", "Two different proofs that the sum of the first n odd numbers is n², pitched for Year 10, then one diagnostic question targeting a misconception."),
    ("en", "Client cancels a wedding {d} days out; contract says deposit non-refundable and 50% due at 60 days. Under UK unfair terms law what's enforceable? Reason it through."),
    ("en", "Electrician quoting a rewire: build a Monte Carlo model for job duration with 3 uncertain tasks and tell me what P80 price to quote."),
    ("en", "My pet-sitting rota: {n} visits/day, 2 sitters, each visit 30 min, max 4 km apart. Is it a vehicle routing problem with time windows? Formulate and suggest a solver approach."),
    ("de-DE", "Kleinunternehmerregelung § 19 UStG: Vorjahr {a}.000 €, laufendes Jahr voraussichtlich {b}.000 € — darf ich sie noch nutzen? Begründe mit den Grenzen ab 2025 und rechne."),
    ("fr-FR", "Coiffeuse à domicile en micro-entreprise : compare micro-BIC et régime réel avec {a} 000 € de CA et {b} 000 € de frais, cotisations comprises, et conclus."),
    ("es-ES", "Autónomo fontanero: calcula la cuota de autónomos con rendimientos netos de {a}00 €/mes según los tramos y razona si conviene la tarifa plana."),
    ("it-IT", "Regime forfettario per un'estetista: ricavi {a}.000 €, coefficiente 67%, imposta sostitutiva 5% — calcola imposta e contributi e confronta con l'ordinario."),
    ("pl-PL", "Firma sprzątająca: zaprojektuj algorytm przydziału {n} zleceń do 4 pracowników z oknami czasowymi; podaj sformułowanie MILP i heurystykę."),
    ("pt-BR", "MEI de banho e tosa: faturamento de R$ {a}.000 no ano, passa do limite? Explique desenquadramento, impostos no Simples e quanto pagaria."),
    ("ja-JP", "引越し見積もり：荷物{a}立方メートル、3階エレベーターなし、距離{b}km。トラック台数と作業員数を最適化問題として定式化して。"),
    ("tr-TR", "Düğün fotoğrafçısı sözleşmesinde iptal, erteleme ve telif maddelerini nasıl kurmalıyım? Riskleri tek tek gerekçelendir."),
    ("nl-NL", "Zzp-schilder: reken uit of eenmanszaak of bv gunstiger is bij {a}.000 euro winst, met zelfstandigenaftrek en mkb-winstvrijstelling."),
    ("en", "SQL: from bookings(id, client_id, start, end, staff_id) find staff who are double-booked and clients with 3+ no-shows in a rolling 90 days. Explain index choices."),
    ("en", "Explain why my boiler's flow/return ΔT of {c}°C at full load points to a circulation problem, and work out the flow rate needed for 24 kW at ΔT 20."),
    ("en", "Tutor pricing: derive demand elasticity from two price points ({a}/hr→{m} students, {b}/hr→{n} students) and find revenue-maximising price, with caveats."),
]
LONG_EASY_TASKS = [("en", "sort these by date and put them in a table"), ("en", "remove the duplicates and give me the clean list"),
                   ("en", "count how many are on a Tuesday"), ("de-DE", "bitte alphabetisch sortieren"),
                   ("fr-FR", "mets ça dans un tableau propre"), ("es-ES", "ordénalo por fecha"),
                   ("it-IT", "traduci le intestazioni in inglese"), ("pl-PL", "posortuj alfabetycznie"),
                   ("pt-BR", "coloca em ordem de data"), ("nl-NL", "zet dit in een tabel"), ("ja-JP", "日付順に並べて"), ("tr-TR", "tarihe göre sırala")]
LONG_HARD_TASKS = [
    ("en", "reconcile these invoices against the bank lines: partial payments, VAT, a refund and a duplicate — list every mismatch and the corrected balance per customer ref"),
    ("en", "build next week's rota: each job has a time window and duration, cleaners have max hours and no-car constraints; minimise travel and justify trade-offs"),
    ("en", "these T&Cs contradict each other on cancellation, deposits and liability; find every conflict, say which clause prevails and redraft them"),
    ("en", "pack these inventory items into the fewest vans (capacity {cap} cu ft, 2 trips max each) respecting fragile-on-top and dismantle rules; show the packing"),
    ("en", "from these pupils' mock scores fit a simple model of improvement per hour of tuition, check for outliers and decide who needs extra sessions, with reasoning"),
    ("de-DE", "prüfe diese Stromkreise: Spannungsfall, Zs gegen die Auslösekennlinie und RCD-Pflicht; nenne jeden Mangel mit Begründung"),
    ("fr-FR", "analyse ces prestations : marge réelle par type après frais de déplacement et temps perdu, puis propose une nouvelle grille tarifaire argumentée"),
    ("es-ES", "detecta conflictos entre estas reservas (solapes, tiempos de desplazamiento imposibles) y propone una replanificación óptima"),
    ("pl-PL", "uzgodnij faktury z wyciągiem bankowym: częściowe płatności, VAT, korekty — wypisz wszystkie niezgodności"),
    ("ja-JP", "この見積もり明細の矛盾点（数量・単価・税率）をすべて指摘し、正しい合計を計算して"),
]
TRADES_ROWS = ["boiler service", "radiator swap", "EICR", "consumer unit upgrade", "full groom", "nail clip", "lash lift", "fine-line tattoo",
               "2h driving lesson", "mock test", "end of tenancy clean", "weekly clean 3h", "GCSE maths 1h", "piano move", "3-bed removal",
               "engagement shoot", "wedding full day", "dog walk 45m", "cat visit 30m", "gutter clear"]


def pad_rows(rng, kind, target):
    rows, i = [], 0
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    while sum(len(x) + 1 for x in rows) < target and i < 400:
        i += 1
        d = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        job = rng.choice(TRADES_ROWS)
        if kind == "list":
            rows.append(f"{i}. {d} ({rng.choice(days)}) — {job} — ref JB{rng.randint(1000, 9999)} — area {rng.choice(['N', 'S', 'E', 'W'])}{rng.randint(1, 20)}")
        elif kind == "ledger":
            amt = rng.randint(40, 1800)
            rows.append(f"INV-{rng.randint(1000, 9999)} | {d} | {job} | net {amt} | VAT {round(amt * 0.2, 2)} | paid {rng.choice([amt, round(amt * 1.2, 2), amt // 2, 0])} | bank ref {rng.choice(['BGC', 'FPI', 'CARD', 'CHQ'])}{rng.randint(100, 999)}")
        elif kind == "rota":
            rows.append(f"job {i}: {job}, window {rng.randint(7, 12)}:00–{rng.randint(13, 18)}:00, {rng.choice([1, 1.5, 2, 3])}h, zone {rng.choice('ABCDE')}, needs car: {rng.choice(['y', 'n'])}")
        elif kind == "terms":
            rows.append(f"{i}. " + rng.choice([
                "Deposits are non-refundable in all circumstances.", "Cancellations made more than 30 days before the date receive a full refund including the deposit.",
                "Our liability is limited to the total fee paid.", "We accept no liability for loss or damage to items packed by the customer.",
                "Balance is due 14 days before the service date.", "Balance is due on the day of the service.",
                "Either party may postpone once without charge.", "Postponement is treated as cancellation.",
                "Images are delivered within 6 weeks.", "Images are delivered within 12 weeks of the event."]))
        elif kind == "inventory":
            rows.append(f"{i}. {rng.choice(['wardrobe (dismantle)', 'sofa 3-seat', 'box books', 'box kitchen FRAGILE', 'mirror FRAGILE', 'bed frame king', 'washing machine', 'desk', 'bike', 'TV 55in FRAGILE'])} — {rng.randint(3, 60)} cu ft — room {rng.choice(['bed1', 'bed2', 'lounge', 'kitchen', 'loft'])}")
        elif kind == "scores":
            rows.append(f"pupil P{rng.randint(10, 99)}: hours {rng.randint(2, 40)}, mock1 {rng.randint(20, 80)}%, mock2 {rng.randint(25, 95)}%, attendance {rng.randint(60, 100)}%")
        else:
            rows.append(f"circuit {i}: {rng.choice(['ring', 'radial', 'lighting', 'cooker', 'shower'])} {rng.choice([6, 16, 20, 32, 40])}A B-type, {rng.choice([1.5, 2.5, 4, 6, 10])}mm², length {rng.randint(5, 45)}m, Zs {round(rng.uniform(0.2, 2.5), 2)}Ω, RCD {rng.choice(['yes', 'no'])}")
    return "\n".join(rows)


def build_complexity(seed):
    rng = random.Random(seed + 1)
    recs = []
    plan = [("short_simple", i) for i in range(48)] + [("long_easy", i) for i in range(48)] + \
           [("short_hard", i) for i in range(48)] + [("long_hard", i) for i in range(46)]
    rng.shuffle(plan)
    fill = lambda t: t.format(a=rng.randint(5, 40), b=rng.randint(30, 900), m=rng.randint(10, 59), h=rng.randint(9, 17),
                              thing=rng.choice(["cockapoo groom", "balayage", "bathroom refit", "fine-line tattoo"]),
                              t=rng.randint(60, 140), p=rng.randint(5, 45), l=rng.randint(18, 60), c=rng.choice([2.5, 4, 6, 10]),
                              n=rng.randint(8, 40), d=rng.randint(20, 75), cap=rng.choice([600, 800, 1000]))
    for n, (cat, i) in enumerate(plan, 1):
        if cat == "short_simple":
            lang, t = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
            text, style = fill(t), "short/simple"
        elif cat == "short_hard":
            lang, t = SHORT_HARD[i % len(SHORT_HARD)]
            text, style = fill(t), "short/hard"
        elif cat == "long_easy":
            lang, task = LONG_EASY_TASKS[i % len(LONG_EASY_TASKS)]
            data = pad_rows(rng, "list", rng.randint(1600, 3200))
            text, style = (f"{task}\n\n{data}" if i % 2 else f"{data}\n\n{task}"), "long/easy/list"
        else:
            lang, task = LONG_HARD_TASKS[i % len(LONG_HARD_TASKS)]
            kind = {0: "ledger", 1: "rota", 2: "terms", 3: "inventory", 4: "scores", 5: "circuits", 6: "ledger", 7: "rota", 8: "ledger", 9: "ledger"}[i % len(LONG_HARD_TASKS)]
            text, style = f"{fill(task)}\n\n{pad_rows(rng, kind, rng.randint(1400, 3600))}", f"long/hard/{kind}"
        if cat == "long_easy":
            assert len(text) >= 1500
        msgs = [{"role": "user", "content": text}]
        if rng.random() < 0.4:
            msgs.insert(0, {"role": "system", "content": rng.choice(list(SYSTEMS.values()))})
        recs.append({"id": f"{SPLIT}-cx-{n:04d}", "category": cat, "label": 1 if cat in ("short_hard", "long_hard") else 0,
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang if lang != "en" else "en",
                     "style": style, "body": {"model": "hybridgate/auto", "messages": msgs}})
    return recs


def main():
    global FROZEN
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260484)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    FROZEN = frozen_words()
    rng = random.Random(a.seed)
    locs = {c: Locale(c, rng) for c in LOC}
    pii = build_pii(a.seed, locs)
    cx = build_complexity(a.seed)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"frozen words: {len(FROZEN)}; pool sizes (first/surname/street/town) min: "
          f"{min(len(l.firsts) for l in locs.values())}/{min(len(l.surnames) for l in locs.values())}/"
          f"{min(len(l.streets) for l in locs.values())}/{min(len(l.towns) for l in locs.values())}")
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, locales {len({r['lang'] for r in pii})}, "
          f"completions {sum(r['endpoint'] == 'completions' for r in pii)}, incidental {sum('incidental' in r['style'] for r in pii)}")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[-1] for r in pii).items())))
    print(f"complexity: {len(cx)} records, categories {dict(sorted(collections.Counter(r['category'] for r in cx).items()))}, "
          f"length-adversarial {sum(r['length_adversarial'] for r in cx)}, label1 {sum(r['label'] for r in cx)}, langs {len({r['lang'] for r in cx})}")


if __name__ == "__main__":
    main()
