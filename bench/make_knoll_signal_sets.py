#!/usr/bin/env python3
"""Knoll: a blind evaluation split for the request signals, set in the world of WEDDINGS, DATING, MATCHMAKING AND
EVENT PLANNING.

Writes bench/data/signals/pii_knoll.jsonl and bench/data/signals/complexity_knoll.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial, endpoint,
lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the writer's brief, the first 70 lines of bench/make_delta_signal_sets.py (schema
    and label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. The detector, the
    complexity scorer, their tests, the evaluator, the results, the policies, the docs, the commit history and the
    other generators were NOT read. The other generators (FROZEN_AGAINST) are only scanned by this script at run
    time for capitalised and non-ASCII words; every pool entry (first names, surnames, streets, cities, venues,
    firms) that collides with that word set is dropped and refilled from composed locale-typical parts.

World and organising principle
    Weddings, dating, matchmaking and event planning: wedding planners and venues, guest lists and seating charts,
    RSVP exports, caterer and florist orders, photographers' contracts, dating-app profiles and safety reports,
    matchmaking agencies, party and conference planners, officiants and registrars, gift registries. Records are
    organised by the KIND of message (intake, correspondence, scheduling, complaint, internal_note, export, notice,
    form, chat), each written in several voices (planner, venue coordinator, caterer, florist, photographer,
    dating-app trust & safety agent, matchmaker, registrar, couple, guest). The data language rotates over 23
    locales in 10 scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul) with
    English code-switching, jargon (RSVP, +1, B&B, DJ, MC, T&S, FOH, BEO, PAX) and the odd typo.
    Sensitive records use category ``<kind>``, benign hard negatives ``<kind>_benign``.

Where the line is drawn
    Personal data: private people (couples, guests, clients, dating-app users, staff named with a role cue,
    relatives), their phones (also with extensions), personal e-mails, home addresses, birth dates, national /
    tax / health numbers, hospital record numbers, bank accounts, IBANs, payment cards, a private user's public IP.
    Not personal data (benign): public figures in their public role (royal and celebrity weddings as reported),
    historical and fictional persons (Romeo and Juliet, Elizabeth Bennet), composers of wedding marches, eponyms,
    venues and streets named after people, organisations' switchboards and role mailboxes, emergency numbers,
    booking / invoice / order / licence / permit numbers, firm registration numbers, versions, timestamps,
    coordinates, hashes, ISBNs, RFC 5737 / RFC 3849 addresses, example.com, published test card numbers, blank
    forms with placeholders, anonymised texts and statistics about no one.

Labels
    ``entities`` is a list of {"type", "value"} computed by SEARCHING the serialised body (base64 file parts
    decoded, URLs unquoted) for every value the record issued; ``sensitive`` iff entities is non-empty. Types:
    PERSON, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, US_SSN, NATIONAL_ID, TAX_ID,
    HEALTH_INSURANCE, MEDICAL_RECORD, IBAN_CODE, CREDIT_CARD, US_BANK_NUMBER, IP_ADDRESS. Complexity records:
    short_simple (0), long_easy (0, >= 1,500 chars, length-adversarial), short_hard (1, length-adversarial),
    long_hard (1).

Contents
    Seed 17384029: pii_knoll.jsonl 504 requests (453 chat, 51 completions), 23 language tags in 10 scripts, 9 kinds;
    297 sensitive (59%) / 207 benign; 23 sensitive ones carry a single incidental item. Entities: PERSON 438,
    STREET_ADDRESS 192, PHONE_NUMBER 173, DATE_OF_BIRTH 74, EMAIL_ADDRESS 74, NATIONAL_ID 73, IBAN_CODE 64,
    TAX_ID 33, CREDIT_CARD 23, US_BANK_NUMBER 20, MEDICAL_RECORD 17, HEALTH_INSURANCE 7, IP_ADDRESS 7, US_SSN 7.
    complexity_knoll.jsonl 190 chat requests: short_simple 48, long_easy 48, short_hard 48, long_hard 46;
    96 length-adversarial, 94 labelled 1. Freeze: 109 generators scanned, 958 pool entries dropped, 296 refilled
    from composed parts. The run prints all counts.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (Luhn for cards and
    record numbers, mod-97 for IBANs, ABA for routing numbers); every phone number is validated with
    ``phonenumbers``; issued IPs are global. An invalid value aborts the run; every retry loop is capped. Output is
    byte-reproducible for a seed (random.Random(seed) only; Faker is seeded per locale and only feeds raw pools).

Command
    python bench/make_knoll_signal_sets.py [--seed 17384029] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import ipaddress
import json
import pathlib
import random
import re
import sys
import unicodedata
import urllib.parse

import phonenumbers
from faker import Faker
from stdnum import iban as st_iban, luhn, verhoeff
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_id
from stdnum.in_ import aadhaar, pan
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

SPLIT = "knoll"
DEFAULT_SEED = 17384029
FROZEN_AGAINST = tuple("""
arete arroyo atlas atoll bajada barchan bayou bergschrund blind bluff bornhardt butte caldera canyon caprock cenote
cirque coquina coulee cuesta cwm delta doline drumlin dune erg esker estuary felsenmeer fen fjord flysch fumarole
geyser glacier gnamma gour guyot hamada heron hogback hoodoo horst hummock inlier inselberg isthmus kame karst kestrel
kettle kipuka klint kopje lagoon lahar lantern lapiaz loess lunette maar meadow mesa mogote monadnock moraine mosaic
moulin nubbin nunatak outwash oxbow pediment pingo playa polje quarry ravine regolith ria rill sabkha sandur sastrugi
scarp scree sealed serac sierra sinter skerry solfatara steppe tafoni talus tarn tepui tinaja tombolo tor tufa tundra
tuya unseen ventifact wild yardang yazoo zeugen
""".split())
MAX_TRIES = 5000


class Abort(Exception):
    pass


# ----------------------------------------------------------------------------------------------------- freeze
GENERIC = set("""Street St Road Rd Avenue Ave Lane Way Drive Place Square Court Hall Garden Gardens House Hotel Villa
Park Rue Avenue Boulevard Chemin Straße Strasse Weg Platz Allee Calle Avenida Plaza Via Viale Piazza Corso Rua Praça
Straat Laan Plein Ulica Aleja Gatan Vägen Caddesi Sokak Sokağı Mahallesi улица проспект переулок вулиця проспект
Οδός Λεωφ شارع طريق רחוב שדרות मार्ग रोड ถนน ซอย 路 街 道 通り 丁目 로 길 GmbH AG Ltd LLC Inc SA SAS SRL BV AB Co
ул вул пров провулок бульвар ul al rue via vicolo strada calle avenida paseo rua travessa alameda chemin allée impasse
οδός Λεωφ Events Event Weddings Wedding Catering Flowers Studio Photo Photography Agency Group Venue Estate Manor Barn""".split())


def tokens(text: str) -> list:
    """Words including combining marks (Devanagari / Thai / Hebrew / Arabic vowel signs stay inside the word)."""
    out, cur = [], []
    for ch in text:
        if ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M"):
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def frozen_words(root: pathlib.Path) -> tuple[set, int]:
    words: set = set()
    scanned = 0
    for name in FROZEN_AGAINST:
        if name == SPLIT:
            continue
        p = root / f"make_{name}_signal_sets.py"
        if not p.exists():
            continue
        scanned += 1
        for w in tokens(p.read_text(encoding="utf-8")):
            if w[:1].isupper() or not w.isascii():
                if not w.isdigit():
                    words.add(w)
    return words - GENERIC, scanned


def collides(entry: str, frozen: set) -> bool:
    return any(t in frozen for t in tokens(entry) if t not in GENERIC and not t.isdigit())


class Freeze:
    def __init__(self, frozen):
        self.frozen = frozen
        self.dropped = 0
        self.refilled = 0

    def pool(self, entries, rng, want, compose=None):
        seen, out = set(), []
        for e in entries:
            if e in seen:
                continue
            seen.add(e)
            if collides(e, self.frozen):
                self.dropped += 1
            else:
                out.append(e)
        tries = 0
        src = out if len(out) >= 2 else list(dict.fromkeys(entries))
        while len(out) < want and compose and tries < MAX_TRIES:
            tries += 1
            c = compose(rng, src)
            if c and c not in seen and not collides(c, self.frozen):
                seen.add(c)
                out.append(c)
                self.refilled += 1
        if not out:
            raise Abort(f"freeze emptied a pool: {entries[:3]}")
        return out


def compose_halves(rng, pool):
    a, b = rng.choice(pool), rng.choice(pool)
    if a == b or len(a) < 2 or len(b) < 2:
        return None
    return a[: (len(a) + 1) // 2] + b[len(b) // 2:]


# ----------------------------------------------------------------------------------------------------- identifiers
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def capped(fn):
    def wrap(rng, *a):
        for _ in range(MAX_TRIES):
            v = fn(rng, *a)
            if v:
                return v
        raise Abort(f"retry cap hit in {fn.__name__}")
    return wrap


def rdate(rng, y0=1958, y1=2001):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


@capped
def g_ssn(rng):
    v = f"{rng.randint(101, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return v if ssn.is_valid(v) else None


@capped
def g_nhs(rng):
    b = str(rng.randint(4, 6)) + digits(rng, 8)
    for c in "0123456789":
        if nhs.is_valid(b + c):
            v = b + c
            return f"{v[:3]} {v[3:6]} {v[6:]}"
    return None


@capped
def g_nir(rng):
    y, m, d = rdate(rng)
    b = f"{rng.choice('12')}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    v = b + f"{97 - int(b) % 97:02d}"
    return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if nir.is_valid(v) else None


@capped
def g_dni(rng):
    b = digits(rng, 8)
    v = b + dni.calc_check_digit(b)
    return v if dni.is_valid(v) else None


@capped
def g_cf(rng):
    L = "BCDFGLMNPRSTVZ"
    y, m, d = rdate(rng)
    b = ("".join(rng.choice(L) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
         + f"{d + rng.choice([0, 40]):02d}" + rng.choice("ABCDEFGHLM") + f"{rng.randint(1, 999):03d}")
    v = b + codicefiscale.calc_check_digit(b)
    return v if codicefiscale.is_valid(v) else None


@capped
def g_cpf(rng):
    b = digits(rng, 9)
    v = b + cpf._calc_check_digits(b)
    return cpf.format(v) if cpf.is_valid(v) and len(set(v)) > 1 else None


@capped
def g_bsn(rng):
    b = str(rng.randint(1, 6)) + digits(rng, 7)
    for c in "0123456789":
        if bsn.is_valid(b + c):
            return b + c
    return None


@capped
def g_pesel(rng):
    y, m, d = rdate(rng, 1960, 2004)
    mm = m + (20 if y >= 2000 else 0)
    b = f"{y % 100:02d}{mm:02d}{d:02d}{digits(rng, 4)}"
    v = b + pesel.calc_check_digit(b)
    return v if pesel.is_valid(v) else None


@capped
def g_pnr(rng):
    y, m, d = rdate(rng)
    b = f"{y % 100:02d}{m:02d}{d:02d}-{digits(rng, 3)}"
    for c in "0123456789":
        if personnummer.is_valid(b + c):
            return b + c
    return None


@capped
def g_tck(rng):
    b = str(rng.randint(1, 9)) + digits(rng, 8)
    v = b + tckimlik.calc_check_digits(b)
    return v if tckimlik.is_valid(v) else None


@capped
def g_inn(rng):
    b = f"77{digits(rng, 8)}"
    v = b + inn.calc_personal_check_digits(b)
    return v if inn.is_valid(v) else None


@capped
def g_rntrc(rng):
    b = str(rng.randint(2, 3)) + digits(rng, 8)
    v = b + rntrc.calc_check_digit(b)
    return v if rntrc.is_valid(v) else None


@capped
def g_amka(rng):
    y, m, d = rdate(rng)
    b = f"{d:02d}{m:02d}{y % 100:02d}{digits(rng, 4)}"
    v = b + luhn.calc_check_digit(b)
    return v if amka.is_valid(v) else None


@capped
def g_ilid(rng):
    b = str(rng.randint(0, 3)) + digits(rng, 7)
    v = b + luhn.calc_check_digit(b)
    return v if il_id.is_valid(v) else None


@capped
def g_aadhaar(rng):
    b = str(rng.randint(2, 9)) + digits(rng, 10)
    v = b + verhoeff.calc_check_digit(b)
    return f"{v[:4]} {v[4:8]} {v[8:]}" if aadhaar.is_valid(v) else None


@capped
def g_pan(rng):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    v = "".join(rng.choice(A) for _ in range(3)) + "P" + rng.choice(A) + digits(rng, 4) + rng.choice(A)
    return v if pan.is_valid(v) else None


@capped
def g_ric(rng):
    y, m, d = rdate(rng)
    b = rng.choice(["110105", "310104", "440106", "510107", "330106", "420102"]) + f"{y}{m:02d}{d:02d}" + digits(rng, 3)
    v = b + ric.calc_check_digit(b)
    return v if ric.is_valid(v) else None


@capped
def g_mynum(rng):
    b = str(rng.randint(1, 9)) + digits(rng, 10)
    v = b + jp_in.calc_check_digit(b)
    return f"{v[:4]} {v[4:8]} {v[8:]}" if jp_in.is_valid(v) else None


@capped
def g_rrn(rng):
    y, m, d = rdate(rng, 1960, 1999)
    b = f"{y % 100:02d}{m:02d}{d:02d}{rng.choice('12')}{rng.randint(0, 8)}{digits(rng, 4)}"
    v = b + rrn.calc_check_digit(b)
    return f"{v[:6]}-{v[6:]}" if rrn.is_valid(v) else None


@capped
def g_thpin(rng):
    b = str(rng.randint(1, 8)) + digits(rng, 11)
    v = b + th_pin.calc_check_digit(b)
    return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}" if th_pin.is_valid(v) else None


IBAN_FMT = {"DE": "n18", "NL": "a4n10", "GB": "a4n14", "SA": "n2n18", "AE": "n19", "PL": "n24", "IL": "n19",
            "TR": "n5n1n16", "GR": "n7n16", "IT": "a1n10n12", "SE": "n20", "UA": "n6n19", "FR": "n10n11n2",
            "ES": "n20", "BR": "n8n5n10a1a1"}


@capped
def g_iban(rng, cc):
    bban = ""
    for kind, n in re.findall(r"([an])(\d+)", IBAN_FMT[cc]):
        bban += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789") for _ in range(int(n)))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    v = f"{cc}{98 - int(num) % 97:02d}{bban}"
    return st_iban.format(v) if st_iban.is_valid(v) else None


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4000056655665556", "378282246310005"}


@capped
def g_card(rng):
    b = rng.choice(["4", "51", "53", "55", "2221"])
    b += digits(rng, 15 - len(b))
    v = b + luhn.calc_check_digit(b)
    if v in TEST_CARDS or not luhn.is_valid(v):
        return None
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


@capped
def g_mrn(rng):
    b = digits(rng, 7)
    v = b + luhn.calc_check_digit(b)
    return v if luhn.is_valid(v) else None


@capped
def g_rtn(rng):
    b = rng.choice(["0", "1", "2", "3"]) + digits(rng, 7)
    for c in "0123456789":
        if rtn.is_valid(b + c):
            return b + c
    return None


@capped
def g_ip(rng):
    a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
    return str(a) if a.is_global else None


@capped
def g_phone(rng, region, ext=False):
    ex = phonenumbers.example_number_for_type(region, rng.choice([phonenumbers.PhoneNumberType.MOBILE,
                                                                  phonenumbers.PhoneNumberType.FIXED_LINE]))
    if ex is None:
        ex = phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    keep = rng.randint(2, 3)
    cand = nsn[:keep] + digits(rng, len(nsn) - keep)
    n = phonenumbers.parse(cand, region)
    if not phonenumbers.is_valid_number(n):
        return None
    fmt = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                      phonenumbers.PhoneNumberFormat.E164])
    s = phonenumbers.format_number(n, fmt)
    if not phonenumbers.is_valid_number(phonenumbers.parse(s, region)):
        return None
    if ext:
        s += rng.choice([" ext. ", " x", " доб. ", " poste ", " Durchwahl "])[: 6] + str(rng.randint(10, 4999))
    return s


# ----------------------------------------------------------------------------------------------------- locales
# lang, faker locale, phone region, family-name-first, script, labels, id generators [(type, fn, label)], iban cc
# labels: name phone email addr dob guests table diet note hi thanks wedding
LOC = [
    ("en-US", "en_US", "US", False, "Latin", "name|phone|email|address|DOB|guests|table|dietary|note|hi|thanks|wedding",
     [("US_SSN", g_ssn, "SSN")], None, ["Maple Ridge Rd", "Cedar Hollow Ln", "Quail Run Dr", "Birchwood Ave"], ["Fort Wayne", "Tulsa", "Asheville"]),
    ("en-GB", "en_GB", "GB", False, "Latin", "name|phone|email|address|DOB|guests|table|dietary|note|hiya|cheers|wedding",
     [("HEALTH_INSURANCE", g_nhs, "NHS no.")], "GB", ["Thornbury Close", "Mill Lane", "Hawthorn Crescent", "Orchard Rise"], ["Harrogate", "Swindon", "Exeter"]),
    ("de-DE", "de_DE", "DE", False, "Latin", "Name|Telefon|E-Mail|Adresse|Geburtsdatum|Gäste|Tisch|Ernährung|Notiz|Hallo|danke|Hochzeit",
     [], "DE", ["Lindenweg", "Am Mühlbach", "Kirschgartenstraße", "Birkenallee"], ["Bamberg", "Lüneburg", "Tübingen"]),
    ("fr-FR", "fr_FR", "FR", False, "Latin", "nom|tél|e-mail|adresse|date de naissance|invités|table|régime|remarque|bonjour|merci|mariage",
     [("NATIONAL_ID", g_nir, "n° sécu")], "FR", ["rue des Tilleuls", "chemin des Vignes", "allée des Glycines", "impasse du Lavoir"], ["Angers", "Colmar", "Annecy"]),
    ("es-ES", "es_ES", "ES", False, "Latin", "nombre|tel.|correo|dirección|fecha de nacimiento|invitados|mesa|dieta|nota|hola|gracias|boda",
     [("NATIONAL_ID", g_dni, "DNI")], "ES", ["calle del Almendro", "avenida de los Olivos", "calle Mayorazgo", "paseo del Rocío"], ["Cáceres", "Logroño", "Jerez"]),
    ("it-IT", "it_IT", "IT", False, "Latin", "nome|tel.|email|indirizzo|data di nascita|invitati|tavolo|dieta|nota|ciao|grazie|matrimonio",
     [("TAX_ID", g_cf, "codice fiscale")], "IT", ["via dei Glicini", "vicolo del Pozzo", "via delle Viole", "strada Campagnola"], ["Lecce", "Mantova", "Arezzo"]),
    ("pt-BR", "pt_BR", "BR", False, "Latin", "nome|tel|e-mail|endereço|nascimento|convidados|mesa|restrição|obs|oi|valeu|casamento",
     [("TAX_ID", g_cpf, "CPF")], "BR", ["Rua das Acácias", "Travessa do Ipê", "Rua Jaboticabal", "Alameda dos Sabiás"], ["Campinas", "Londrina", "Joinville"]),
    ("nl-NL", "nl_NL", "NL", False, "Latin", "naam|tel|e-mail|adres|geboortedatum|gasten|tafel|dieet|notitie|hoi|bedankt|bruiloft",
     [("NATIONAL_ID", g_bsn, "BSN")], "NL", ["Vlierbessenlaan", "Kerkpad", "Molenwerf", "Boterbloemstraat"], ["Zwolle", "Deventer", "Gouda"]),
    ("pl-PL", "pl_PL", "PL", False, "Latin", "imię i nazwisko|tel.|e-mail|adres|data urodzenia|goście|stół|dieta|uwagi|cześć|dzięki|wesele",
     [("NATIONAL_ID", g_pesel, "PESEL")], "PL", ["ul. Jaśminowa", "ul. Wrzosowa", "ul. Kasztanowa", "ul. Przylaszczki"], ["Toruń", "Rzeszów", "Opole"]),
    ("sv-SE", "sv_SE", "SE", False, "Latin", "namn|tel|e-post|adress|födelsedatum|gäster|bord|kost|anteckning|hej|tack|bröllop",
     [("NATIONAL_ID", g_pnr, "personnummer")], "SE", ["Lingonstigen", "Björkbacken", "Smedjegatan", "Ekhagsvägen"], ["Västerås", "Umeå", "Växjö"]),
    ("tr-TR", "tr_TR", "TR", False, "Latin", "ad soyad|tel|e-posta|adres|doğum tarihi|davetliler|masa|diyet|not|merhaba|teşekkürler|düğün",
     [("NATIONAL_ID", g_tck, "TC kimlik")], "TR", ["Lale Sokak", "Menekşe Caddesi", "Çınaraltı Sokak", "Gülbahçe Sokak"], ["Eskişehir", "Bursa", "Trabzon"]),
    ("ru-RU", "ru_RU", "RU", False, "Cyrillic", "ФИО|тел.|почта|адрес|дата рождения|гости|стол|питание|примечание|привет|спасибо|свадьба",
     [("TAX_ID", g_inn, "ИНН")], None, ["ул. Черёмуховая", "ул. Рябиновая", "Сиреневый бульвар", "ул. Земляничная"], ["Ярославль", "Калуга", "Тверь"]),
    ("uk-UA", "uk_UA", "UA", False, "Cyrillic", "ПІБ|тел.|пошта|адреса|дата народження|гості|стіл|харчування|примітка|привіт|дякую|весілля",
     [("TAX_ID", g_rntrc, "РНОКПП")], "UA", ["вул. Калинова", "вул. Барвінкова", "вул. Вишнева", "провулок Соняшниковий"], ["Вінниця", "Полтава", "Чернівці"]),
    ("el-GR", "el_GR", "GR", False, "Greek", "ονοματεπώνυμο|τηλ.|email|διεύθυνση|ημ. γέννησης|καλεσμένοι|τραπέζι|διατροφή|σημείωση|γεια|ευχαριστώ|γάμος",
     [("NATIONAL_ID", g_amka, "ΑΜΚΑ")], "GR", ["οδός Γαρδένιας", "οδός Κυπαρισσίων", "οδός Μυρτιάς", "οδός Αμυγδαλιάς"], ["Λάρισα", "Ιωάννινα", "Καλαμάτα"]),
    ("ar-SA", "ar_SA", "SA", False, "Arabic", "الاسم|الجوال|البريد|العنوان|تاريخ الميلاد|الضيوف|الطاولة|الحمية|ملاحظة|مرحبا|شكرا|الزفاف",
     [], "SA", ["شارع الياسمين", "شارع النخيل", "طريق الورود", "شارع السدرة"], ["الطائف", "أبها", "بريدة"]),
    ("ar-AE", "ar_SA", "AE", False, "Arabic", "الاسم|الهاتف|الإيميل|العنوان|تاريخ الميلاد|المدعوون|الطاولة|النظام الغذائي|ملاحظة|هلا|مشكور|العرس",
     [], "AE", ["شارع الغاف", "شارع اللؤلؤ", "شارع المرجان", "شارع الخزامى"], ["العين", "الشارقة", "عجمان"]),
    ("he-IL", "he_IL", "IL", False, "Hebrew", "שם|טלפון|מייל|כתובת|תאריך לידה|אורחים|שולחן|תזונה|הערה|היי|תודה|חתונה",
     [("NATIONAL_ID", g_ilid, "ת.ז.")], "IL", ["רחוב הרימון", "רחוב התאנה", "רחוב הדקל", "שדרות האלון"], ["רחובות", "נתניה", "כפר סבא"]),
    ("hi-IN", "hi_IN", "IN", False, "Devanagari", "नाम|फ़ोन|ईमेल|पता|जन्म तिथि|मेहमान|टेबल|आहार|नोट|नमस्ते|धन्यवाद|शादी",
     [("NATIONAL_ID", g_aadhaar, "आधार"), ("TAX_ID", g_pan, "PAN")], None, ["गुलमोहर मार्ग", "अशोक विहार", "नीम गली", "कमल नगर"], ["जयपुर", "लखनऊ", "इंदौर"]),
    ("th-TH", "th_TH", "TH", False, "Thai", "ชื่อ|โทร|อีเมล|ที่อยู่|วันเกิด|แขก|โต๊ะ|อาหาร|หมายเหตุ|สวัสดี|ขอบคุณ|งานแต่ง",
     [("NATIONAL_ID", g_thpin, "เลขบัตรประชาชน")], None, ["ซอยมะลิ", "ถนนราชพฤกษ์", "ซอยลีลาวดี", "ถนนชบา"], ["เชียงใหม่", "ขอนแก่น", "หัวหิน"]),
    ("zh-CN", "zh_CN", "CN", True, "Han", "姓名|电话|邮箱|地址|出生日期|宾客|桌号|饮食|备注|你好|谢谢|婚礼",
     [("NATIONAL_ID", g_ric, "身份证号")], None, ["桂花路", "梧桐街", "海棠巷", "玉兰路"], ["杭州市", "成都市", "苏州市"]),
    ("zh-TW", "zh_TW", "TW", True, "Han", "姓名|電話|信箱|地址|出生日期|賓客|桌次|飲食|備註|哈囉|感謝|婚宴",
     [], None, ["仁愛路", "桂林街", "竹圍巷", "松竹路"], ["台中市", "高雄市", "新竹市"]),
    ("ja-JP", "ja_JP", "JP", True, "Kana", "氏名|電話|メール|住所|生年月日|ゲスト|テーブル|食事制限|メモ|こんにちは|ありがとう|結婚式",
     [("NATIONAL_ID", g_mynum, "マイナンバー")], None, ["さくら通り", "若葉町", "ひばりが丘", "桜新町"], ["横浜市", "仙台市", "金沢市"]),
    ("ko-KR", "ko_KR", "KR", True, "Hangul", "이름|전화|이메일|주소|생년월일|하객|테이블|식이|메모|안녕하세요|감사합니다|결혼식",
     [("NATIONAL_ID", g_rrn, "주민번호")], None, ["벚꽃로", "은행나무길", "솔샘로", "목련길"], ["수원시", "전주시", "대구"]),
]
# invented / rare locale-typical parts, appended to the raw pools before the freeze
EXTRA_LAST = {
    "ko-KR": "변 탁 편 국 어 육 용 견 빈 옥 석 선 설 마 길 연 방 표 명 기 반 왕 금 라 인 맹 제 모".split(),
    "zh-CN": "庞 晏 闻 柏 缪 阮 甄 鲍 苗 凤 花 俞 卜 滕 殷 毕 邬 安 常 乐 时 傅 皮 卞 齐 伍".split(),
    "zh-TW": "詹 童 翟 溫 藍 歐 龔 柯 涂 甘 巫 連 凃 紀 塗 邰 鄔 賴 薛 卓 游 駱".split(),
}
EXTRA_FIRST = {
    "ko-KR": "서율 도윤 하람 윤슬 다온 새봄 가온 나래 한결 라온 시아 누리 예준 채원 은솔 별하".split(),
    "zh-CN": "子涵 思远 雨桐 若汐 嘉懿 梓萱 一诺 沐阳 语嫣 浩宇 书瑶 星辰".split(),
    "zh-TW": "詠晴 柏翰 宥廷 品妍 承恩 語彤 冠宇 芯瑜 睿哲 沛涵".split(),
}
LABELS = ["name", "phone", "email", "addr", "dob", "guests", "table", "diet", "note", "hi", "thanks", "wedding"]


class Locale:
    pass


def build_locales(rng, seed, fz: Freeze):
    out = []
    for lang, fk, region, famfirst, script, labels, ids, cc, streets, cities in LOC:
        L = Locale()
        L.lang, L.region, L.famfirst, L.script, L.ids, L.cc = lang, region, famfirst, script, ids, cc
        L.t = dict(zip(LABELS, labels.split("|")))
        f = Faker(fk)
        f.seed_instance(seed)
        firsts = [f.first_name() for _ in range(40)]
        lasts = [f.last_name() for _ in range(40)]
        firsts += EXTRA_FIRST.get(lang, [])
        lasts += EXTRA_LAST.get(lang, [])
        if fk == "ar_SA":
            lasts = [x for x in lasts if not x.isascii()] or lasts
        L.first = fz.pool(firsts, rng, 20, compose_halves)
        L.last = fz.pool(lasts, rng, 20, compose_halves)
        L.streets = fz.pool(streets, rng, 4, compose_halves)
        L.cities = fz.pool(cities, rng, 3, compose_halves)
        out.append(L)
    return out


# ----------------------------------------------------------------------------------------------------- people
class Rec:
    """Collects issued values for one record."""

    def __init__(self, rng, L):
        self.rng, self.L, self.issued = rng, L, []

    def add(self, typ, val):
        self.issued.append((typ, val))
        return val

    def name(self, first_only=False):
        r, L = self.rng, self.L
        fn, ln = r.choice(L.first), r.choice(L.last)
        if first_only:
            return self.add("PERSON", fn)
        full = f"{ln}{fn}" if L.famfirst else f"{fn} {ln}"
        return self.add("PERSON", full)

    def phone(self, ext=False):
        return self.add("PHONE_NUMBER", g_phone(self.rng, self.L.region, ext))

    def email(self, who=None):
        r = self.rng
        base = re.sub(r"[^a-z]", "", (who or "").lower()) or r.choice(["jess", "miko", "aylin", "dmitri", "noor",
                                                                        "sanjay", "lior", "wen", "kasia", "tomo"])
        v = f"{base[:10]}{r.choice(['', '.', '_'])}{r.randint(7, 99)}@{r.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'gmx.de', 'mail.ru', 'naver.com', 'icloud.com', 'proton.me'])}"
        return self.add("EMAIL_ADDRESS", v)

    def addr(self):
        r, L = self.rng, self.L
        st, city, n = r.choice(L.streets), r.choice(L.cities), r.randint(2, 188)
        if L.script in ("Han", "Kana"):
            v = f"{city}{st}{n}号" if L.script == "Han" else f"{city}{st}{r.randint(1, 5)}-{n}"
        elif L.script == "Hangul":
            v = f"{city} {st} {n}"
        elif L.lang in ("en-US", "en-GB", "fr-FR", "th-TH", "hi-IN"):
            v = f"{n} {st}, {city}"
        else:
            v = f"{st} {n}, {city}"
        return self.add("STREET_ADDRESS", v)

    def dob(self):
        y, m, d = rdate(self.rng)
        f = self.rng.choice(["%04d-%02d-%02d" % (y, m, d), "%02d.%02d.%04d" % (d, m, y), "%02d/%02d/%04d" % (d, m, y)])
        return self.add("DATE_OF_BIRTH", f)

    def natid(self):
        if not self.L.ids:
            return None, None
        typ, fn, lab = self.rng.choice(self.L.ids)
        return lab, self.add(typ, fn(self.rng))

    def iban(self):
        cc = self.L.cc or self.rng.choice(["DE", "NL", "GB"])
        return self.add("IBAN_CODE", g_iban(self.rng, cc))

    def card(self):
        return self.add("CREDIT_CARD", g_card(self.rng))

    def ip(self):
        return self.add("IP_ADDRESS", g_ip(self.rng))

    def mrn(self):
        return self.add("MEDICAL_RECORD", g_mrn(self.rng))

    def usbank(self):
        v = f"routing {g_rtn(self.rng)} acct {digits(self.rng, self.rng.randint(8, 12))}"
        return self.add("US_BANK_NUMBER", v)


# ----------------------------------------------------------------------------------------------------- sensitive docs
def typo(rng, s):
    if rng.random() < 0.25 and len(s) > 30:
        i = rng.randint(5, len(s) - 5)
        if s[i].isalpha() and s[i + 1].isalpha() and s[i].isascii():
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def s_intake(R):
    r, t = R.rng, R.L.t
    a, b = R.name(), R.name()
    lab, nid = R.natid()
    voice = r.choice(["planner", "matchmaker", "venue"])
    if voice == "matchmaker":
        lines = [f"New client intake (matchmaking, premium tier)", f"{t['name']}: {a}", f"{t['dob']}: {R.dob()}",
                 f"{t['phone']}: {R.phone()}", f"{t['email']}: {R.email(a.split()[0] if ' ' in a else '')}",
                 "Looking for: long-term, 30-40, non-smoker, wants kids", f"Referred by: {b} (cousin)"]
    else:
        lines = [f"{t['wedding']} enquiry form — {voice}", f"Couple: {a} & {b}", f"{t['phone']}: {R.phone()}",
                 f"{t['addr']}: {R.addr()}", f"Date pref: 2026-0{r.randint(5, 9)}-{r.randint(10, 28)} / PAX ~{r.randint(40, 220)}",
                 "Budget: mid, wants outdoor ceremony + B&B for family"]
    if nid:
        lines.insert(3, f"{lab}: {nid}")
    return "\n".join(lines)


def s_correspondence(R):
    r, t = R.rng, R.L.t
    a = R.name()
    role = r.choice(["florist", "photographer", "caterer", "officiant"])
    staff = R.name()
    body = (f"{t['hi']} {a.split()[0] if ' ' in a else a},\n\nthis is {staff}, your {role} for the {t['wedding']}. "
            f"Re your mail from {R.email()} — I'll deliver to {R.addr()} on the morning. "
            f"Deposit can go to my account {R.iban()}. Call me on {R.phone()} if anything changes.\n\n{t['thanks']}!")
    return typo(r, body)


def s_scheduling(R):
    r, t = R.rng, R.L.t
    rows = []
    for hh in ("10:00", "12:30", "15:00", "17:45"):
        rows.append(f"{hh} — {R.name()} ({r.choice(['hair & makeup', 'bridesmaid', 'best man', 'MC', 'DJ setup'])}) {R.phone()}")
    return f"Run sheet / timeline for Saturday ({t['wedding']})\n" + "\n".join(rows) + "\nPls shuffle so photos happen before golden hour"


def s_complaint(R):
    r, t = R.rng, R.L.t
    v = r.choice(["dating", "guest", "registry"])
    if v == "dating":
        return (f"Safety report (T&S queue). Reporter: {R.name()}, {R.email()}. Reported user's real name seems to be "
                f"{R.name()}, he messaged me from IP {R.ip()} after I blocked him and showed up at {R.addr()}. "
                "He knows where I live. Please escalate.")
    if v == "registry":
        return (f"Complaint: my gift registry order charged card {R.card()} twice!! Name on card {R.name()}. "
                f"Ship-to {R.addr()}. Fix it before the {t['wedding']} pls.")
    return (f"Complaint from a guest: {R.name()} ({t['phone']} {R.phone(ext=r.random() < 0.5)}) says she got food "
            f"poisoning at the reception, admitted to hospital, MRN {R.mrn()}. Wants refund + apology.")


def s_internal(R):
    r, t = R.rng, R.L.t
    lab, nid = R.natid()
    s = (f"internal: FOH note — {t['table']} 7 swap. Bride's mother {R.name()} must NOT sit near her ex {R.name()}. "
         f"Groom's uncle has nut allergy; epi-pen w/ his wife. ")
    if nid:
        s += f"Registrar needs {lab} {nid} for the paperwork (don't forward). "
    else:
        s += f"Registrar copy: {t['dob']} {R.dob()}. "
    return s


def s_export(R):
    r, t = R.rng, R.L.t
    sep = r.choice([",", "\t", "json"])
    rows = []
    for _ in range(r.randint(3, 5)):
        rows.append({"guest": R.name(), "rsvp": r.choice(["yes", "no", "maybe"]), "plus_one": r.choice([0, 1]),
                     t["table"]: r.randint(1, 20), "contact": r.choice([R.phone, R.email])(),
                     t["diet"]: r.choice(["veg", "halal", "kosher", "GF", "-"])})
    if sep == "json":
        return "RSVP export (json rows):\n" + "\n".join(json.dumps(x, ensure_ascii=False) for x in rows)
    keys = list(rows[0])
    return "RSVP export:\n" + sep.join(keys) + "\n" + "\n".join(sep.join(str(x[k]) for k in keys) for x in rows)


def s_notice(R):
    r, t = R.rng, R.L.t
    a, b = R.name(), R.name()
    lab, nid = R.natid()
    s = (f"NOTICE OF INTENDED MARRIAGE (registrar draft). Party 1: {a}, {t['dob']} {R.dob()}, resident at {R.addr()}. "
         f"Party 2: {b}. Objections may be lodged within 28 days.")
    if nid:
        s += f" Party 1 {lab}: {nid}."
    return s


def s_form(R):
    r, t = R.rng, R.L.t
    v = r.choice(["photo", "usbank", "card"])
    a = R.name()
    if v == "photo":
        pay = f"IBAN: {R.iban()}"
    elif v == "usbank":
        pay = f"ACH {R.usbank()}"
    else:
        pay = f"Card: {R.card()} exp 0{r.randint(1, 9)}/2{r.randint(7, 9)}"
    return (f"Photography contract — client details\nClient {t['name']}: {a}\n{t['addr']}: {R.addr()}\n"
            f"{t['phone']}: {R.phone()}\n{pay}\nPackage: 8h + 2nd shooter + album")


def s_chat(R):
    r, t = R.rng, R.L.t
    a = R.name(first_only=True)
    return typo(r, r.choice([
        f"ok so my match {a} gave me her number {R.phone()} — is it weird to text before the 2nd date?? help me write smth",
        f"my sister {a} is getting married, write a funny toast, her fiancé is a dentist lol",
        f"can u rewrite my dating bio? I'm {R.name()}, born {R.dob()}, love hiking. dont make it cringe",
    ]))


SENS = {"intake": s_intake, "correspondence": s_correspondence, "scheduling": s_scheduling, "complaint": s_complaint,
        "internal_note": s_internal, "export": s_export, "notice": s_notice, "form": s_form, "chat": s_chat}


def s_incidental(R, kind):
    r, t = R.rng, R.L.t
    filler = (f"Venue walkthrough notes: ceremony arch on the lawn, {r.randint(80, 160)} chairs, aisle runner ivory, "
              f"string quartet from 15:30, canapés at 16:15, speeches after mains, cake cut 21:00, sparkler exit 23:30. "
              f"Rain plan: marquee with side walls. Vendors load in via service gate B. ") * r.randint(1, 3)
    x = r.choice(["first", "phone", "dob"])
    if x == "first":
        item = f"My brother {R.name(first_only=True)} will bring the rings."
    elif x == "phone":
        item = f"Backup contact {R.phone()}."
    else:
        item = f"(Officiant asked: {t['dob']} {R.dob()})"
    cut = r.randint(0, len(filler) // 2)
    return filler[:cut] + item + " " + filler[cut:]


# ----------------------------------------------------------------------------------------------------- benign docs
PUBLIC = ["Prince William and Catherine Middleton", "Grace Kelly and Prince Rainier III", "Jay-Z and Beyoncé",
          "Barack and Michelle Obama", "Harry and Meghan, the Duke and Duchess of Sussex"]
FICTION = ["Romeo and Juliet", "Elizabeth Bennet and Mr Darcy", "Jane Eyre", "Anna Karenina", "Bella and Edward"]
COMPOSERS = ["Mendelssohn's Wedding March", "Wagner's Bridal Chorus", "Pachelbel's Canon in D", "Handel's Water Music"]
VENUES = ["Château Lafleur-Orangerie", "Villa Brunholde Gardens", "Hotel Kensington Orchard", "Palais Adelsried",
          "Casa Vilamar", "The Albert Boathouse", "Tolstoy Manor Estate", "Jardim Santorelli"]


def b_common(rng, L):
    t = L.t
    ref = f"BK-{rng.randint(2025, 2027)}-{rng.randint(10000, 99999)}"
    inv = f"INV/{rng.randint(100, 999)}/{rng.randint(1000, 9999)}"
    return t, ref, inv


def b_intake(rng, L, V):
    t, ref, inv = b_common(rng, L)
    return rng.choice([
        f"Blank intake template — fill before consult:\n{t['name']}: [NAME]\n{t['phone']}: [PHONE]\n{t['email']}: [EMAIL]\n{t['addr']}: [ADDRESS]\n{t['dob']}: __/__/____\nPAX: ___",
        f"Enquiry {ref}: {rng.randint(60, 180)} guests, venue {V}, date hold 2026-06-{rng.randint(10, 28)}, theme 'like {rng.choice(PUBLIC)}' but cheaper. No names yet.",
    ])


def b_correspondence(rng, L, V):
    t, ref, inv = b_common(rng, L)
    return (f"{t['hi']}, thanks for your interest in {V}. Our events desk is reachable at events@{rng.choice(['example.com', 'example.org'])} "
            f"or the switchboard +1 202-555-0{rng.randint(100, 199)} (fictional range). Quote {inv} is valid 30 days; booking ref {ref}. "
            f"Processional suggestion: {rng.choice(COMPOSERS)}. {t['thanks']}!")


def b_scheduling(rng, L, V):
    t, ref, inv = b_common(rng, L)
    slots = "\n".join(f"{h} — {x}" for h, x in zip(["14:00", "14:30", "15:15", "17:00", "19:30"],
                                                  ["ceremony", rng.choice(COMPOSERS), "group photos", "dinner service", "first dance"]))
    return f"Timeline v{rng.randint(1, 4)}.{rng.randint(0, 9)} for {ref} at {V} (lat 48.{rng.randint(1000, 9999)}, lon 2.{rng.randint(1000, 9999)}):\n{slots}"


def b_complaint(rng, L, V):
    t, ref, inv = b_common(rng, L)
    return rng.choice([
        f"Complaint ticket {ref}: the florist delivered pink peonies instead of white, order {inv}. Customer details redacted as [CUSTOMER]. Draft a polite response.",
        f"Our app's test payment with card 4242 4242 4242 4242 failed with error 402 on build {rng.randint(3, 9)}.{rng.randint(0, 20)}.1, request from 203.0.113.{rng.randint(1, 250)}. Why?",
    ])


def b_internal(rng, L, V):
    t, ref, inv = b_common(rng, L)
    return (f"internal: season stats — {rng.randint(30, 70)}% of couples chose a buffet, avg {rng.randint(90, 140)} guests, "
            f"{rng.randint(5, 20)}% no-show rate. Trend: '{rng.choice(FICTION)}' themed parties up. Venue licence no. "
            f"LIC-{rng.randint(10000, 99999)}; permit {ref}.")


def b_export(rng, L, V):
    t, ref, inv = b_common(rng, L)
    rows = [f"{t['table']}{i},seats={rng.randint(8, 12)},{t['diet']}=veg:{rng.randint(0, 4)};GF:{rng.randint(0, 2)},sha256={''.join(rng.choice('0123456789abcdef') for _ in range(16))}" for i in range(1, rng.randint(5, 8))]
    return "Seating summary export (no names):\n" + "\n".join(rows)


def b_notice(rng, L, V):
    t, ref, inv = b_common(rng, L)
    return (f"PUBLIC NOTICE: {V} closed for private event on 2026-07-{rng.randint(10, 28)}. Emergency: 112 / 911. "
            f"Operator reg. no. HRB {rng.randint(10000, 99999)}. As reported, {rng.choice(PUBLIC)} once held a reception nearby.")


def b_form(rng, L, V):
    t, ref, inv = b_common(rng, L)
    return (f"RSVP card (template)\n{t['name']}: ______\n{t['guests']}: [ ] 1  [ ] 2\n{t['diet']}: ______\nReply to rsvp@example.com by <DATE>\n"
            f"Reading at ceremony: ISBN 978-0-14-143951-8 ({rng.choice(FICTION)}).")


def b_chat(rng, L, V):
    t, ref, inv = b_common(rng, L)
    return rng.choice([
        f"what's a romantic first-date idea that isn't dinner? something like in {rng.choice(FICTION)} lol",
        f"how did {rng.choice(PUBLIC)} do their seating plan? want the same vibe for our {t['wedding']}",
        f"write a short dating app opener that references {rng.choice(COMPOSERS)}, keep it cheeky",
    ])


BEN = {"intake": b_intake, "correspondence": b_correspondence, "scheduling": b_scheduling, "complaint": b_complaint,
       "internal_note": b_internal, "export": b_export, "notice": b_notice, "form": b_form, "chat": b_chat}

SYSTEMS = ["You are an assistant for a boutique wedding planning studio.", "You help a dating app's trust & safety team.",
           "You are the concierge bot of an event venue.", "You assist a matchmaking agency's consultants.",
           "You draft documents for a civil registrar's office."]
ASKS = ["summarise this", "translate to English", "extract to JSON", "draft a reply", "tidy this up", "what's missing here?"]


# ----------------------------------------------------------------------------------------------------- placement
PLACES = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_args",
          "response_format", "user_field", "stop", "prediction", "metadata"]


def place(rng, place_name, doc, ask, lang):
    sysm = {"role": "system", "content": rng.choice(SYSTEMS)}
    model = rng.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1"])
    b = {"model": model}
    if place_name == "user":
        b["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif place_name == "system":
        b["messages"] = [{"role": "system", "content": f"{sysm['content']}\nContext:\n{doc}"}, {"role": "user", "content": ask}]
    elif place_name == "assistant":
        b["messages"] = [sysm, {"role": "user", "content": "pasting it"}, {"role": "assistant", "content": f"Received:\n{doc}"},
                         {"role": "user", "content": ask}]
    elif place_name == "tool":
        b["messages"] = [sysm, {"role": "user", "content": ask},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                          "function": {"name": "crm_lookup", "arguments": "{\"q\": \"latest\"}"}}]},
                         {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif place_name == "text_part":
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif place_name == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {
            "filename": rng.choice(["guestlist.txt", "notes.txt", "export.csv", "contract.txt"]),
            "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif place_name == "image_url":
        url = "https://cdn.photos.example.com/proof/IMG_" + str(rng.randint(1000, 9999)) + ".jpg?caption=" + urllib.parse.quote(doc)
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "image_url", "image_url": {"url": url}}]}]
    elif place_name == "tool_def":
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["tools"] = [{"type": "function", "function": {"name": "save_booking", "description": f"Saves the booking. Example input:\n{doc}",
                                                        "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}}]
    elif place_name == "tool_args":
        b["messages"] = [sysm, {"role": "user", "content": ask},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function",
                          "function": {"name": "create_record", "arguments": json.dumps({"text": doc}, ensure_ascii=False)}}]},
                         {"role": "tool", "tool_call_id": "call_7", "content": "{\"ok\": true}"}]
    elif place_name == "response_format":
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        key = rng.choice(["description", "enum", "examples"])
        prop = {"type": "string"}
        if key == "enum":
            prop["enum"] = [ln for ln in doc.split("\n") if ln.strip()][:8]
        elif key == "examples":
            prop["examples"] = [doc]
        else:
            prop["description"] = f"Fill from this source: {doc}"
        b["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {
            "type": "object", "properties": {"value": prop}}}}
    elif place_name == "user_field":
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["user"] = doc
    elif place_name == "stop":
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["stop"] = ["\n###", doc]
    elif place_name == "prediction":
        b["messages"] = [sysm, {"role": "user", "content": f"{ask} (keep the layout)"}]
        b["prediction"] = {"type": "content", "content": doc}
    elif place_name == "metadata":
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["store"] = True
        b["metadata"] = {"source_note": doc[:512], "lang": lang}
    return b


def search_text(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, json.loads(json.dumps(s))]

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "file_data" and isinstance(v, str) and "base64," in v:
                    parts.append(base64.b64decode(v.split("base64,", 1)[1]).decode("utf-8"))
                elif k == "url" and isinstance(v, str):
                    parts.append(urllib.parse.unquote(v))
                elif k == "arguments" and isinstance(v, str):
                    parts.append(v)
                    try:
                        parts.append(json.dumps(json.loads(v), ensure_ascii=False))
                        walk(json.loads(v))
                    except ValueError:
                        pass
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            parts.append(x)
    walk(body)
    return "\n".join(parts)


def validate_issued(typ, val):
    if typ == "PHONE_NUMBER":
        core = re.split(r" (ext|x|доб|poste|Durch)", val)[0]
        ok = any(phonenumbers.is_valid_number(phonenumbers.parse(core, reg)) for reg in
                 phonenumbers.SUPPORTED_REGIONS if reg in {l[2] for l in LOC}) if not core.startswith("+") else \
            phonenumbers.is_valid_number(phonenumbers.parse(core, None))
    elif typ == "IBAN_CODE":
        ok = st_iban.is_valid(val)
    elif typ == "CREDIT_CARD":
        ok = luhn.is_valid(val.replace(" ", ""))
    elif typ == "IP_ADDRESS":
        ok = ipaddress.ip_address(val).is_global
    elif typ == "MEDICAL_RECORD":
        ok = luhn.is_valid(val)
    elif typ == "US_BANK_NUMBER":
        ok = rtn.is_valid(val.split()[1])
    else:
        ok = True
    if not ok:
        raise Abort(f"invalid {typ}: {val}")


# ----------------------------------------------------------------------------------------------------- PII split
KINDS = list(SENS)


def gen_pii(rng, locs):
    recs = []
    n_total, n_sens = 504, 297
    plan = [True] * n_sens + [False] * (n_total - n_sens)
    rng.shuffle(plan)
    incidental = 0
    for i, sens in enumerate(plan):
        L = locs[i % len(locs)]
        kind = KINDS[(i // 2 + i) % len(KINDS)]
        pname = PLACES[(i * 5 + i // 14) % len(PLACES)]
        completions = (i % 10 == 3)
        R = Rec(rng, L)
        ask = rng.choice(ASKS)
        style_extra = ""
        if sens:
            if rng.random() < 0.12:
                doc = s_incidental(R, kind)
                style_extra = " · incidental"
                incidental += 1
            else:
                doc = SENS[kind](R)
        else:
            V = rng.choice(VENUES_POOL)
            doc = BEN[kind](rng, L, V)
        if completions:
            body = {"model": "hybridgate/auto", "prompt": f"{ask}:\n\n{doc}\n\n---\n", "max_tokens": 400}
            endpoint, pname = "completions", "prompt"
        else:
            body = place(rng, pname, doc, ask, L.lang)
            endpoint = "chat"
        text = search_text(body)
        ents, seen = [], set()
        for typ, val in R.issued:
            validate_issued(typ, val)
            if val in text and (typ, val) not in seen:
                seen.add((typ, val))
                ents.append({"type": typ, "value": val})
        if not sens and R.issued:
            raise Abort("benign record issued a value")
        recs.append({"id": f"{SPLIT}-pii-{i + 1:04d}", "category": kind if sens else f"{kind}_benign",
                     "sensitive": bool(ents), "entities": ents, "endpoint": endpoint, "lang": L.lang,
                     "style": f"{L.script} · {pname}{style_extra}", "body": body})
    return recs, incidental


# ----------------------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = [
    ("en", "What's a nice hashtag for a beach wedding in Tulum?"), ("en", "How many days before the wedding should RSVPs be due?"),
    ("de", "Wie lange vorher verschickt man Save-the-Date-Karten?"), ("fr", "Quelle fleur choisir pour un mariage en octobre ?"),
    ("es", "¿Qué color de corbata va con un traje azul marino para una boda?"), ("it", "Quanto costa in media un fotografo per un matrimonio?"),
    ("pt", "Qual é uma boa música para a entrada dos noivos?"), ("ja", "結婚式のご祝儀の相場はいくらですか？"),
    ("ko", "결혼식 축의금은 보통 얼마 내나요?"), ("zh", "婚礼请柬一般提前多久发？"), ("ru", "Сколько гостей обычно приглашают на свадьбу?"),
    ("ar", "ما هي أفضل ألوان لديكور حفل خطوبة؟"), ("he", "מה לכתוב בברכה לחתונה של חבר?"), ("hi", "शादी के लिए मेहंदी कितने दिन पहले लगाएं?"),
    ("th", "งานแต่งควรเชิญแขกกี่คน"), ("el", "Τι δώρο κάνουμε σε βάφτιση;"), ("tr", "Kına gecesinde hangi şarkılar çalınır?"),
    ("pl", "Ile kosztuje tort weselny na 100 osób?"), ("nl", "Wat zet je op een verjaardagsuitnodiging?"), ("sv", "Vad är en bra första dejt?"),
    ("en", "Give me 5 icebreaker questions for a speed-dating night."), ("uk", "Яку музику поставити на перший танець?"),
]
SHORT_HARD = [
    ("en", "Seat 96 guests at 8 tables of 12 so no two exes share a table, couples sit together and each table's mean age differs by <5y; formulate as an ILP and argue whether it's NP-hard."),
    ("en", "Prove or refute: in any stable-marriage instance, the men-proposing Gale–Shapley outcome is the worst stable matching for every woman."),
    ("de", "Modelliere die Buchungswahrscheinlichkeit unserer Location als Poisson-Prozess mit saisonaler Intensität und leite den MLE her."),
    ("fr", "Démontre que le problème du plan de table avec contraintes d'incompatibilité se réduit à la coloration de graphe et propose une heuristique avec garantie."),
    ("es", "Diseña un mecanismo de matching para una agencia con preferencias incompletas y empates que sea a prueba de estrategia; justifica formalmente."),
    ("ja", "マッチングアプリの推薦で人気ユーザーへの集中を防ぐ公平性制約付き最適化問題を定式化し、双対を導出して。"),
    ("zh", "证明：若婚礼座位图的冲突图是弦图，则最少桌数等于最大团大小，并给出多项式算法。"),
    ("ko", "예식장 예약 오버부킹 전략을 취소 확률 분포하에서 기대수익 최대화 문제로 세우고 최적 임계값을 유도해줘."),
    ("ru", "Сформулируй задачу расписания 30 свадеб на 4 площадки с окнами уборки как задачу потока минимальной стоимости и докажи корректность."),
    ("en", "Derive the optimal stopping threshold for a matchmaking client seeing N profiles with unknown value distribution, and compare with the 37% rule under recall allowed."),
    ("ar", "صمم خوارزمية لتوزيع الضيوف على الطاولات تقلل النزاعات العائلية مع إثبات نسبة التقريب."),
    ("hi", "डेटिंग ऐप में फर्जी प्रोफाइल पहचानने के लिए ग्राफ-आधारित मॉडल बनाओ और झूठे सकारात्मक की सीमा का विश्लेषण करो।"),
    ("it", "Dimostra che il problema di assegnare fornitori a eventi con finestre temporali e budget è NP-completo con riduzione da 3-SAT."),
    ("pt", "Construa um modelo bayesiano hierárquico para prever a taxa de comparecimento por tipo de convidado e explique a escolha dos priors."),
]
LONG_EASY_ASKS = [("en", "sort this alphabetically by item and give it back"), ("de", "zähl bitte einfach die Zeilen"),
                  ("fr", "mets tout en majuscules"), ("es", "convierte la lista a una tabla markdown"),
                  ("ja", "重複を消してください"), ("zh", "把这个清单翻译成中文"), ("ru", "просто пронумеруй заново"),
                  ("ko", "이 목록을 표로 바꿔줘"), ("it", "togli le righe duplicate"), ("ar", "رتب القائمة حسب الكمية"),
                  ("pt", "quantas linhas tem?"), ("he", "תעתיק את הרשימה כמו שהיא עם מספור")]
ITEMS = ["white peonies", "eucalyptus garland", "votive candles", "chiavari chairs", "linen napkins ivory", "champagne flutes",
         "table numbers", "place cards", "fairy lights 10m", "cake stand", "ring pillow", "confetti cones", "welcome sign",
         "guest book", "dessert plates", "charger plates gold", "ribbon satin 5cm", "buttonholes", "bouquet wrap"]
LONG_HARD_ASKS = [
    ("en", "Using the vendor list below, build a cost-minimising plan that respects each vendor's lead time, the 3 budget caps and the dependency that florals must follow the venue lock; explain the trade-offs and the critical path."),
    ("de", "Analysiere die folgenden Vertragsklauseln der Location auf Widersprüche bei Storno, Haftung und Force Majeure, leite die rechtlich stärkste Auslegung ab und schlage eine konsistente Neufassung vor."),
    ("fr", "À partir de ces données de matching, estime si l'algorithme favorise certains profils, propose un test statistique adapté, et conçois une correction qui préserve la stabilité."),
    ("ja", "以下の予約データから、季節性とキャンセル率を考慮した価格最適化モデルを設計し、仮定と感度分析も示してください。"),
    ("es", "Con estas restricciones de asientos, encuentra una asignación válida o demuestra que no existe, y explica el razonamiento paso a paso."),
    ("zh", "根据下列供应商合同条款，找出付款与违约条款之间的冲突，推导各方风险敞口，并提出一致的修改方案。"),
]
CLAUSES = ["Cancellation more than 180 days before the event forfeits the deposit only.",
           "Cancellation within 90 days makes 75% of the total fee payable.",
           "Force majeure excludes pandemics declared after signature.",
           "The Venue's liability is capped at the total fee paid.",
           "The Client shall indemnify the Venue for damage by guests and third-party vendors.",
           "Exclusive catering applies; external caterers require written consent and a 15% corkage fee.",
           "Noise curfew 23:00; breaches incur a fine per 15 minutes.",
           "Either party may terminate for material breach not cured within 14 days."]


def gen_cx(rng):
    recs = []
    plan = ["short_simple"] * 48 + ["long_easy"] * 48 + ["short_hard"] * 48 + ["long_hard"] * 46
    rng.shuffle(plan)
    for i, cat in enumerate(plan):
        if cat == "short_simple":
            lang, q = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
            msgs = [{"role": "user", "content": q}]
            style = "question/short"
        elif cat == "short_hard":
            lang, q = SHORT_HARD[i % len(SHORT_HARD)]
            msgs = [{"role": "user", "content": q}]
            style = "reasoning/short"
        elif cat == "long_easy":
            lang, ask = LONG_EASY_ASKS[i % len(LONG_EASY_ASKS)]
            lines, n = [], 0
            while len("\n".join(lines)) < 1650 and n < 200:
                n += 1
                lines.append(f"{n}. {rng.choice(ITEMS)} — qty {rng.randint(2, 300)} — supplier #{rng.randint(10, 99)} — due 2026-0{rng.randint(4, 9)}-{rng.randint(10, 28)}")
            msgs = [{"role": "user", "content": "\n".join(lines) + "\n\n" + ask}]
            style = "reformat/order_list"
        else:
            lang, ask = LONG_HARD_ASKS[i % len(LONG_HARD_ASKS)]
            ctx = []
            for k in range(rng.randint(10, 18)):
                if rng.random() < 0.5:
                    ctx.append(f"{k + 1}. {rng.choice(CLAUSES)}")
                else:
                    ctx.append(f"{k + 1}. vendor V{rng.randint(1, 30)}: lead {rng.randint(3, 120)}d, cost {rng.randint(300, 9000)} EUR, depends on V{rng.randint(1, 30)}")
            msgs = [{"role": "system", "content": rng.choice(SYSTEMS)}, {"role": "user", "content": ask + "\n\n" + "\n".join(ctx)}]
            style = "analysis/contract_vendor"
        body = {"model": "hybridgate/auto", "messages": msgs}
        if cat == "long_easy" and len(msgs[0]["content"]) < 1500:
            raise Abort("long_easy too short")
        recs.append({"id": f"{SPLIT}-cx-{i + 1:04d}", "category": cat, "label": int(cat in ("short_hard", "long_hard")),
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang,
                     "style": style, "body": body})
    return recs


VENUES_POOL: list = VENUES


def main():
    global VENUES_POOL
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default="bench/data/signals")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    here = pathlib.Path(__file__).resolve().parent
    frozen, scanned = frozen_words(here)
    fz = Freeze(frozen)
    try:
        locs = build_locales(rng, a.seed, fz)
        VENUES_POOL = fz.pool(VENUES, rng, 6, compose_halves)
        pii, inc = gen_pii(rng, locs)
        cx = gen_cx(rng)
    except Abort as e:
        print("ABORT:", e, file=sys.stderr)
        sys.exit(1)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii", pii), ("complexity", cx)):
        with open(out / f"{name}_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    comp = sum(r["endpoint"] == "completions" for r in pii)
    print(f"freeze: scanned {scanned} generators, {len(frozen)} words; dropped {fz.dropped} pool entries, refilled {fz.refilled}")
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {sens} sensitive ({sens / len(pii):.0%}), {len(pii) - sens} benign, "
          f"{comp} completions, {len({r['lang'] for r in pii})} langs, {len({l.script for l in locs})} scripts, {inc} incidental")
    ec = {}
    for r in pii:
        for e in r["entities"]:
            ec[e["type"]] = ec.get(e["type"], 0) + 1
    print("entity types:", dict(sorted(ec.items())))
    cc = {}
    for r in cx:
        cc[r["category"]] = cc.get(r["category"], 0) + 1
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records {dict(sorted(cc.items()))}, "
          f"{sum(r['length_adversarial'] for r in cx)} length-adversarial, {sum(r['label'] for r in cx)} labelled 1")


if __name__ == "__main__":
    main()
