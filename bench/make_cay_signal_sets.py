#!/usr/bin/env python3
"""Cay: a blind evaluation split for the request signals, set in the world of MOVING, REMOVALS, SELF-STORAGE
AND HOME SERVICES.

Writes bench/data/signals/pii_cay.jsonl and bench/data/signals/complexity_cay.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial, endpoint,
lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the writer's brief, the first 70 lines of the delta generator (schema and label
    conventions) and the first two lines of the two delta data files. The detector, the scorer, their tests, the
    evaluator, the policies, the docs, the results and every other generator were not read, and no git command
    was run before the final commit. The sources of the generators named in FROZEN_AGAINST are only scanned at
    run time for capitalised and non-ASCII words; every pool entry (given names, surnames, streets, companies,
    places, public figures) that collides is dropped and refilled from invented, composed locale-typical parts.

World and organising principle
    Removal firms' surveyors and quote desks, inventory lists, storage-unit rentals and gate access logs,
    cleaners, pest control, locksmiths, handyman bookings, key-holding, end-of-tenancy cleans and damage claims.
    Organised by the KIND of document the people and software of that world send to an assistant: intake,
    correspondence, scheduling, complaint, internal_note, export (CSV/TSV/JSON rows), notice, form, chat -- each
    with several voices (surveyor, crew lead, storage front desk, claims handler, cleaner, pest tech, locksmith,
    customer, letting agent, ops bot). The data language rotates over 22 locales in 10 scripts (Latin,
    Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul) with trade jargon (CBM, cu ft, 2-man
    crew, EOT clean, PCN, wardrobe cartons, shuttle van, long carry) and code-switching into English.
    Sensitive records use category ``<kind>``, benign hard negatives ``<kind>_benign``.

    The document is placed in a request field chosen by rotation over 14 chat places (user / system / earlier
    assistant / tool messages, text and base64 file content parts, image URLs with query strings, tool
    definitions, tool-call arguments, response_format json_schema, ``user``, ``stop``, ``prediction``,
    ``metadata`` with ``store: true``); about 10% use the completions endpoint (``prompt``).

Where the line is drawn
    Personal data: customers, tenants, staff named with a role cue, relatives ("my sister <Name>"), their
    phones (extensions included), personal e-mails, home addresses, birth dates, national / tax numbers, IBANs,
    payment cards, US routing + account pairs, a private customer's public IP in a storage portal log.
    Not personal data (benign hard negatives): public figures in their public role, historical and fictional
    persons, eponymous brands and streets, depots' switchboards and role mailboxes, emergency numbers, quote /
    booking / job / unit / invoice / permit numbers, firm VAT numbers, ISBNs, hashes, coordinates, timestamps,
    RFC 5737 / RFC 3849 addresses, example.com, published test card numbers, blank forms with placeholders,
    already-anonymised texts and statistics about no one.

Labels
    ``entities`` is a list of {"type", "value"}; it is computed by searching the serialised body (base64 file
    parts decoded, URLs unquoted) for every value the record issued. ``sensitive`` iff entities is non-empty.
    Types: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, US_SSN, NATIONAL_ID, TAX_ID,
    IBAN_CODE, CREDIT_CARD, US_BANK_NUMBER, IP_ADDRESS. Complexity: short_simple (0), long_easy (0, >= 1,500
    chars), short_hard (1), long_hard (1); short_hard and long_easy are length_adversarial.

Contents (seed 38150927)
    pii_cay.jsonl: 504 requests (438 chat over 14 places, 66 completions) in 22 locales / 10 scripts; 9 kinds x 56
    (33 sensitive + 23 benign: 297 sensitive = 58.9% / 207 benign); 31 sensitive ones carry a single incidental
    item (relative's first name, one phone, or one birth date). complexity_cay.jsonl: 190 chat requests in 21
    language tags: short_simple 48, long_easy 48 (>= 1,500 chars), short_hard 48, long_hard 46; 96 length-
    adversarial, 94 labelled 1. The freeze scanned 112 generators and dropped 624 pool entries (refilled with
    composed names). The run prints all counts.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (Luhn / mod-97 /
    ABA included); every phone number is validated with ``phonenumbers``; IPs are global. An invalid value
    aborts the run; every retry loop is capped. Output is byte-reproducible for a seed.

Command
    python bench/make_cay_signal_sets.py [--seed N] [--out bench/data/signals]
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
import sys
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, isbn as std_isbn, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr as de_idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import vat as gb_vat
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as jp_in
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

SPLIT = "cay"
DEFAULT_SEED = 38150927
FROZEN_AGAINST = tuple(w for w in (pathlib.Path(__file__).resolve().parents[2] / "frozen.txt").read_text().split()
                       if w != SPLIT) if (pathlib.Path(__file__).resolve().parents[2] / "frozen.txt").exists() else ()
# fixed copy (the list given to the writer), used when the file above is absent
FROZEN_AGAINST = FROZEN_AGAINST or tuple("""arete arroyo atlas atoll bajada barchan bayou bergschrund blind bluff
bornhardt butte caldera canyon caprock cenote cirque coquina coulee cuesta cwm delta doline drumlin dune erg esker
estuary felsenmeer fen fjord flysch fumarole geyser glacier gnamma gour guyot hamada heron hogback hoodoo horst
hummock inlier inselberg isthmus kame karst kestrel kettle kipuka klint knoll kopje lagoon lahar lantern lapiaz loess
lunette maar meadow mesa mire mogote monadnock moraine mosaic moulin nubbin nunatak outwash oxbow pediment pingo playa
polje quarry ravine regolith ria rill sabkha sandur sastrugi scarp scree sealed serac sierra sinter skerry solfatara
steppe tafoni talus tarn tepui tinaja tombolo tor tufa tundra tuya unseen ventifact wadi wild yardang
yazoo zeugen""".split())

MAX_TRIES = 5000


class Abort(RuntimeError):
    pass


# ----------------------------------------------------------------------------------------------- identifiers
def _solve(rng, make_base, k, alphabet, validate, fmt=lambda s: s):
    """Random base + brute-forced trailing k check characters, validated by stdnum; capped."""
    for _ in range(200):
        base = make_base(rng)
        combos = [""]
        for _ in range(k):
            combos = [c + a for c in combos for a in alphabet]
        for c in combos:
            cand = fmt(base + c)
            try:
                if validate(cand):
                    return cand
            except Exception:
                continue
    raise Abort("could not build a valid identifier")


def _digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _date(rng, y0=1948, y1=2004):
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def id_pesel(rng):
    def base(r):
        y, m, d = _date(r)
        mm = m + (20 if y >= 2000 else 0)
        return f"{y % 100:02d}{mm:02d}{d:02d}" + "".join(r.choice("0123456789") for _ in range(4))
    return _solve(rng, base, 1, "0123456789", pesel.is_valid)


def id_personnummer(rng):
    def base(r):
        y, m, d = _date(r)
        return f"{y % 100:02d}{m:02d}{d:02d}-" + "".join(r.choice("0123456789") for _ in range(3))
    return _solve(rng, base, 1, "0123456789", personnummer.is_valid)


def id_rc(rng):
    def base(r):
        y, m, d = _date(r, 1956, 2003)
        m += r.choice((0, 50))
        return f"{y % 100:02d}{m:02d}{d:02d}/" + "".join(r.choice("0123456789") for _ in range(3))
    return _solve(rng, base, 1, "0123456789", rc.is_valid)


def id_ric(rng):
    def base(r):
        y, m, d = _date(r)
        return r.choice(("110105", "310104", "440305", "510107", "330106")) + f"{y}{m:02d}{d:02d}" + \
            "".join(r.choice("0123456789") for _ in range(3))
    return _solve(rng, base, 1, "0123456789X", ric.is_valid)


def id_amka(rng):
    def base(r):
        y, m, d = _date(r)
        return f"{d:02d}{m:02d}{y % 100:02d}" + "".join(r.choice("0123456789") for _ in range(4))
    return _solve(rng, base, 1, "0123456789", amka.is_valid)


def id_nir(rng):
    for _ in range(200):
        y, m, _d = _date(rng)
        dept = rng.choice(("75", "69", "13", "33", "59", "44", "67", "31"))
        body = f"{rng.choice('12')}{y % 100:02d}{m:02d}{dept}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        cand = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
        if nir.is_valid(cand):
            return cand
    raise Abort("nir")


def id_dni(rng):
    return _solve(rng, lambda r: _digits(r, 8, "0123456789"), 1, "ABCDEFGHJKLMNPQRSTVWXYZ", dni.is_valid)


def id_bsn(rng):
    return _solve(rng, lambda r: _digits(r, 8), 1, "0123456789", bsn.is_valid)


def id_cpf(rng):
    return _solve(rng, lambda r: _digits(r, 9), 2, "0123456789", cpf.is_valid,
                  lambda s: f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if len(s) == 11 else s)


def id_inn(rng):
    return _solve(rng, lambda r: _digits(r, 10, "1234567"), 2, "0123456789", inn.is_valid)


def id_rntrc(rng):
    return _solve(rng, lambda r: _digits(r, 9, "23"), 1, "0123456789", rntrc.is_valid)


def id_tck(rng):
    return _solve(rng, lambda r: _digits(r, 9), 2, "0123456789", tckimlik.is_valid)


def id_il(rng):
    return _solve(rng, lambda r: _digits(r, 8, "0123"), 1, "0123456789", il_idnr.is_valid)


def id_aadhaar(rng):
    return _solve(rng, lambda r: _digits(r, 11, "23456789"), 1, "0123456789", aadhaar.is_valid,
                  lambda s: f"{s[:4]} {s[4:8]} {s[8:]}" if len(s) == 12 else s)


def id_pan(rng):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return _solve(rng, lambda r: "".join(r.choice(L) for _ in range(3)) + "P" + r.choice(L) +
                  _digits(r, 4, "0123456789"), 1, L, pan.is_valid)


def id_thpin(rng):
    return _solve(rng, lambda r: _digits(r, 12, "1358"), 1, "0123456789", pin.is_valid,
                  lambda s: f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12:]}" if len(s) == 13 else s)


def id_jpin(rng):
    return _solve(rng, lambda r: _digits(r, 11), 1, "0123456789", jp_in.is_valid,
                  lambda s: f"{s[:4]} {s[4:8]} {s[8:]}" if len(s) == 12 else s)


def id_deidnr(rng):
    def base(r):
        ds = list("0123456789")
        r.shuffle(ds)
        if ds[0] == "0":
            ds[0], ds[1] = ds[1], ds[0]
        picked = ds[:9]
        picked.insert(r.randint(1, 9), r.choice(picked[1:]))
        return "".join(picked)
    return _solve(rng, base, 1, "0123456789", de_idnr.is_valid)


def id_ssn(rng):
    for _ in range(MAX_TRIES):
        a = rng.randint(1, 665)
        cand = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if ssn.is_valid(cand):
            return cand
    raise Abort("ssn")


def id_card(rng):
    def base(r):
        return r.choice(("4", "51", "52", "53", "54", "55")) + "".join(r.choice("0123456789") for _ in range(14))
    while True:
        c = _solve(rng, lambda r: base(r)[:15], 1, "0123456789", lambda s: len(s) == 16 and luhn.is_valid(s))
        if c not in ("4111111111111111", "4242424242424242", "5555555555554444"):
            return " ".join(c[i:i + 4] for i in range(0, 16, 4))


def id_usbank(rng):
    routing = _solve(rng, lambda r: r.choice(("02", "03", "06", "07", "11", "12", "26")) + _digits(r, 6, "0123456789"),
                     1, "0123456789", rtn.is_valid)
    acct = _digits(rng, rng.randint(9, 12))
    return f"routing {routing} acct {acct}"


IBAN_LEN = {"DE": 18, "GB": 18, "NL": 14, "PL": 24, "SE": 20, "GR": 23, "TR": 22, "IL": 19, "AE": 19, "CZ": 20,
            "FR": 23, "ES": 20, "IT": 23, "PT": 21}


def id_iban(rng, cc):
    n = IBAN_LEN[cc]
    for _ in range(MAX_TRIES):
        if cc == "GB":
            bban = rng.choice(("NWBK", "BARC", "LOYD", "MIDL")) + _digits(rng, 14, "0123456789")
        elif cc == "NL":
            bban = rng.choice(("ABNA", "RABO", "INGB")) + _digits(rng, 10, "0123456789")
        elif cc == "IT":
            bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + _digits(rng, 22, "0123456789")
        else:
            bban = _digits(rng, n, "0123456789")
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        chk = 98 - int(num) % 97
        cand = f"{cc}{chk:02d}{bban}"
        if std_iban.is_valid(cand):
            return " ".join(cand[i:i + 4] for i in range(0, len(cand), 4))
    raise Abort("iban " + cc)


def gen_ip(rng):
    for _ in range(MAX_TRIES):
        a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global and not a.is_multicast:
            return str(a)
    raise Abort("ip")


def gen_phone(rng, region, ext=False):
    ex = phonenumbers.example_number_for_type(region, rng.choice((phonenumbers.PhoneNumberType.MOBILE,
                                                                   phonenumbers.PhoneNumberType.FIXED_LINE)))
    if ex is None:
        ex = phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for _ in range(MAX_TRIES):
        keep = max(2, len(nsn) - 6)
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        if cand == nsn:
            continue
        p = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(cand))
        if ex.italian_leading_zero:
            p.italian_leading_zero = True
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            fmt = rng.choice((phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                              phonenumbers.PhoneNumberFormat.E164))
            s = phonenumbers.format_number(p, fmt)
            if ext:
                s += rng.choice((" ext. ", " x", " доб. " if region in ("RU", "UA") else " ext ")) + \
                    str(rng.randint(10, 4999))
            chk = phonenumbers.parse(s, region)
            if not phonenumbers.is_valid_number(chk):
                raise Abort("phone " + s)
            return s
    raise Abort("phone " + region)


# ----------------------------------------------------------------------------------------------- locales
# each locale: given, surnames, syllables (for refill), streets (name part), street pattern, cities, postcode,
# phone region, ids [(type, fn)], iban cc, labels, native lines (sensitive context / benign), e-mail handles
L = {}


def loc(code, script, region, given, sur, syl, streets, spat, cities, pc, ids, cc, lab, lines, benign, handles,
        famous, sep=" ", order="gs"):
    L[code] = dict(code=code, script=script, region=region, given=given.split(), sur=sur.split(), syl=syl.split(),
                   streets=streets.split(), spat=spat, cities=cities.split(), pc=pc, ids=ids, cc=cc,
                   lab=dict(zip(("name", "phone", "addr", "date", "dob", "note", "mail"), lab.split("|"))),
                   lines=lines.split("|"), benign=benign.split("|"), handles=handles.split(), famous=famous.split("|"),
                   sep=sep, order=order)


loc("en-GB", "Latin", "GB", "Elspeth Torin Maddox Wren Corin Isolde Fenwick Lowri Ansel Merryn",
    "Ashcombe Tredgold Pennick Hollins Brayshaw Quarrie Dunstable Whitlow Ormerod Cattermole",
    "ash bry ton wick mer dell cor rin hol ley", "Larkspur Quayside Ferncliffe Tannery Colliers",
    "{n} {s} Road", "Bristol Leeds Norwich Exeter", lambda r: f"{r.choice(('BS3','LS6','NR2','EX4'))} {r.randint(1,9)}{r.choice('ABDEFG')}{r.choice('HJLNPQ')}",
    [], "GB", "Name|Tel|Address|Move date|DOB|Notes|Email",
    "2-man crew, long carry approx 30m, no parking bay suspension yet|loft not boarded, piano on ground floor",
    "parking suspension applied via council portal, permit ref PS-{ref}|the Chippendale-style sideboard goes to the depot for 6 weeks",
    "elspeth.t tmaddox wren.h corin77", "Mary Berry on her baking show|Isambard Kingdom Brunel's bridge")
loc("en-US", "Latin", "US", "Dakota Harlan Maribel Thaddeus Joelle Rowan Emmett Linnea Cass Beaumont",
    "Kowalczyk Abernathy Delacroix Pruitt Vandermeer Okafor Castellano Whitcombe Lindqvist Haskett",
    "dak har mar bel ton lyn ett ros van den", "Sycamore Juniper Birchwood Millrace Tamarack",
    "{num} {n} {s}", "Dayton Tucson Boise Albany", lambda r: f"{r.randint(10000, 99899)}",
    [("US_SSN", id_ssn), ("US_BANK_NUMBER", id_usbank)], None, "Name|Cell|Address|Pickup date|DOB|Notes|Email",
    "3rd floor walk-up, elevator reserved 8-11am, shuttle truck likely|sectional sofa, 2 dressers, 40 med boxes",
    "COI sent to building mgmt, job #{ref}|Lincoln Ave loading dock closes at 5pm",
    "dakota.h mpruitt thaddeus.v joelle88", "Abraham Lincoln's log cabin replica|Martha Stewart's packing tips")
loc("de-DE", "Latin", "DE", "Wiebke Ansgar Frauke Jorik Henrike Malte Swantje Gerwin Ottilie Rieke",
    "Brinkhaus Oltmanns Kettler Vosskamp Hinrichsen Pötter Dreesmann Schwerdtfeger Lüdemann Tiemeyer",
    "wie bke jor ans hen rik mal te ger win", "Lindenhof Kastanien Amsel Mühlgraben Eichkamp",
    "{n}straße {num}", "Bremen Kassel Münster Rostock", lambda r: f"{r.randint(10115, 99998)}",
    [("TAX_ID", id_deidnr)], "DE", "Name|Tel.|Anschrift|Umzugstermin|Geb.-Datum|Bemerkung|E-Mail",
    "Umzug 3. OG ohne Aufzug, Halteverbotszone beantragt|Küche wird abgebaut, 45 Kartons, Klavier",
    "Halteverbotszone genehmigt, Aktenzeichen HVZ-{ref}|Lagerbox 12 m³ im Depot Goethestraße",
    "wiebke.b jorik.k fraukev82 malte_t", "Goethe-Haus als Wegbeschreibung|Konrad Adenauer als Namensgeber des Flughafens")
loc("fr-FR", "Latin", "FR", "Maëlle Gatien Clémence Anatole Solène Baptistin Ysaline Aurèle Honorine Lisandre",
    "Roussillot Delaunoy Marchetti Quéméner Berthaud Lefranc Chassagne Vaugelade Peyrolle Tissandier",
    "mae lle ga tien clé mence ana tole so lène", "Tilleuls Glycines Lavandières Moulin Coquelicots",
    "{num} rue des {n}", "Rennes Dijon Nantes Limoges", lambda r: f"{r.randint(10, 95):02d}{r.randint(0, 999):03d}",
    [("NATIONAL_ID", id_nir)], "FR", "Nom|Tél.|Adresse|Date du déménagement|Né(e) le|Remarques|Courriel",
    "déménagement au 4e sans ascenseur, monte-meuble à prévoir|garde-meuble 8 m3, cartons livres",
    "autorisation de stationnement n° AS-{ref}|le buffet Louis XVI part en garde-meuble",
    "maelle.r gatien.d clemence75 anatole_q", "Victor Hugo dans la place Victor-Hugo|Napoléon Bonaparte au musée")
loc("es-ES", "Latin", "ES", "Ainhoa Iker Nerea Gorka Maialen Unai Itziar Asier Leire Oihan",
    "Garmendia Urquiza Echeverri Arrizabalaga Zubiaurre Olano Berasategi Larrañaga Irigoyen Goikoetxea",
    "ain hoa ne rea gor ka uri zu lar ra", "Almendros Jacarandas Alfareros Olivar Azahar",
    "Calle de los {n}, {num}", "Bilbao Zaragoza Murcia Vigo", lambda r: f"{r.randint(1, 52):02d}{r.randint(0, 999):03d}",
    [("NATIONAL_ID", id_dni)], "ES", "Nombre|Tel.|Dirección|Fecha mudanza|F. nac.|Observaciones|Correo",
    "mudanza a un 5º sin ascensor, elevador exterior|guardamuebles 10 m3, 30 cajas",
    "permiso de ocupación de vía n.º OV-{ref}|la cómoda isabelina va al guardamuebles",
    "ainhoa.g iker_u nerea84 gorka.z", "Cervantes y su Quijote|Antoni Gaudí en la Sagrada Familia")
loc("it-IT", "Latin", "IT", "Ottavio Ludovica Ermanno Brunella Tancredi Ginevra Ruggero Ilaria Settimio Fiammetta",
    "Cavalcanti Bortolazzi Scarpellini Mazzucato Tomasello Vianello Giacometti Pellizzari Serafini Buonocore",
    "ot ta vio lu do vi ca er man no", "Glicine Ulivi Pescatori Gelsomini Vigneto",
    "Via dei {n} {num}", "Bergamo Verona Lecce Trieste", lambda r: f"{r.randint(10, 98)}{r.randint(100, 999)}",
    [], "IT", "Nome|Cell.|Indirizzo|Data trasloco|Nato il|Note|Email",
    "trasloco al 3° piano senza ascensore, serve autoscala|deposito mobili 6 m3",
    "permesso di occupazione suolo pubblico n. OSP-{ref}|la credenza Liberty va in deposito",
    "ottavio.c ludovica_b ermanno79 brunella.m", "Giuseppe Verdi nel teatro a lui intitolato|Leonardo da Vinci all'aeroporto")
loc("nl-NL", "Latin", "NL", "Femke Joost Sanne Wiebe Lieke Thijmen Marloes Ruud Anouk Sjoerd",
    "Hoekstra Bloemendaal Veldhuizen Terpstra Kuipers Wagenaar Zwaneveld Brouwer Oosterhout Dekkers",
    "fem ke joo st san ne wie be lie ke", "Lijsterbes Meidoorn Zuivel Grachtzicht Molenwerf",
    "{n}straat {num}", "Zwolle Haarlem Breda Delft", lambda r: f"{r.randint(1011, 9999)} {r.choice('ABCDEGHJKLMN')}{r.choice('ABCDEGHJKLMN')}",
    [("NATIONAL_ID", id_bsn)], "NL", "Naam|Tel|Adres|Verhuisdatum|Geb.datum|Opmerking|Mail",
    "verhuizing 3-hoog, verhuislift nodig, smalle trap|opslagbox 9 m3, 40 dozen",
    "ontheffing verhuislift nr. OH-{ref}|de Rembrandt-reproductie gaat in de opslag",
    "femke.h joost_b sanne91 wiebe.t", "Rembrandt van Rijn in het Rijksmuseum|Willem van Oranje als straatnaam")
loc("pl-PL", "Latin", "PL", "Zdzisława Bogumił Jadwiga Radosław Wiesława Lech Grażyna Zbigniew Halina Mirosław",
    "Wróblewski Kaczmarczyk Sobczak Pietrzyk Zawadzki Głowacki Jaworski Kubiak Szczepański Wilczyńska",
    "zdzi sła bo gu mił ja dwi ra do sław", "Jarzębinowa Wrzosowa Ogrodowa Łąkowa Kasztanowa",
    "ul. {n} {num}", "Gdańsk Lublin Poznań Toruń", lambda r: f"{r.randint(10, 99)}-{r.randint(100, 999)}",
    [("NATIONAL_ID", id_pesel)], "PL", "Imię i nazwisko|Tel.|Adres|Termin przeprowadzki|Data ur.|Uwagi|E-mail",
    "przeprowadzka 4 piętro bez windy, winda meblowa|magazyn samoobsługowy 7 m3",
    "zezwolenie na zajęcie pasa drogowego nr ZPD-{ref}|kredens z czasów Chopina do magazynu",
    "zdzislawa.w bogumil_k jadwiga68 radek.s", "Fryderyk Chopin na lotnisku jego imienia|Maria Skłodowska-Curie w muzeum")
loc("pt-BR", "Latin", "BR", "Janaína Thiago Rosângela Wellington Gislaine Edivaldo Luana Cleiton Marilene Jurandir",
    "Figueiredo Albuquerque Nogueira Cavalcante Bezerra Medeiros Assunção Valadares Siqueira Macedo",
    "ja na í na thi a go ro sân ge", "Ipês Jacarandás Palmeiras Goiabeiras Cajueiros",
    "Rua das {n}, {num}", "Recife Curitiba Belém Natal", lambda r: f"{r.randint(10000, 99999)}-{r.randint(100, 999)}",
    [("TAX_ID", id_cpf)], None, "Nome|Cel.|Endereço|Data da mudança|Nasc.|Obs.|E-mail",
    "mudança para 6º andar, elevador de serviço agendado|guarda-móveis 12 m3, 50 caixas",
    "autorização do condomínio protocolo CD-{ref}|a cristaleira estilo Dom Pedro II vai pro guarda-móveis",
    "janaina.f thiago_a rosangela77 well.b", "Dom Pedro II no museu|Tom Jobim no aeroporto")
loc("ru-RU", "Cyrillic", "RU", "Всеволод Ульяна Ярослав Мирослава Тихон Злата Елисей Василиса Прохор Дарина",
    "Крылатов Берестнев Зимогоров Лазуткина Подберёзкин Старостенко Черёмухин Вяземцева Тополев Огнивцев",
    "все во лод уль я на яро слав ти хон", "Рябиновая Сиреневая Заречная Кленовая Берёзовая",
    "ул. {n}, д. {num}, кв. {apt}", "Казань Самара Тверь Пермь", lambda r: f"{r.randint(101000, 692999)}",
    [("TAX_ID", id_inn)], None, "ФИО|Тел.|Адрес|Дата переезда|Дата рожд.|Примечание|Почта",
    "переезд, 5 этаж без лифта, грузчики 3 чел.|склад индивидуального хранения 6 м3",
    "пропуск на въезд грузовика № ПР-{ref}|сервант эпохи Пушкина едет на склад",
    "vsevolod.k ulyana_b yaroslav85 miroslava.z", "Александр Пушкин в названии площади|Юрий Гагарин как имя проспекта")
loc("uk-UA", "Cyrillic", "UA", "Остап Соломія Тарас Ярина Богдан Мар'яна Любомир Оксана Святослав Христина",
    "Ковальчук Гнатюк Савчишин Кравець Мельничук Дорошенко Тимошенко Гуменюк Шевчишин Поліщук",
    "ос тап со ло мі я та рас яри на", "Каштанова Калинова Садова Лугова Вишнева",
    "вул. {n}, буд. {num}, кв. {apt}", "Львів Полтава Вінниця Ужгород", lambda r: f"{r.randint(10000, 99999)}",
    [("TAX_ID", id_rntrc)], None, "ПІБ|Тел.|Адреса|Дата переїзду|Дата нар.|Примітка|Пошта",
    "переїзд, 4 поверх без ліфта, потрібні пакувальні коробки|зберігання речей 5 м3",
    "дозвіл на паркування вантажівки № ДП-{ref}|шафа в стилі Шевченкової епохи на склад",
    "ostap.k solomiia_h taras88 yaryna.m", "Тарас Шевченко у назві проспекту|Леся Українка як назва бульвару")
loc("el-GR", "Greek", "GR", "Θεανώ Στυλιανός Ευανθία Χαράλαμπος Πολυξένη Αριστείδης Ζωγραφιά Παντελής Ξανθή Λεωνίδας",
    "Καραμπέτσος Βλαχογιάννη Ζαφειρόπουλος Λαμπράκης Σταματόπουλος Κουτσογιάννης Μαυρομμάτης Τσακίρης Ρηγοπούλου Φραγκιαδάκης",
    "θε α νώ στυ λι α νός χα ρά λαμ", "Αμυγδαλιάς Βυσσινιάς Λεμονιάς Κυπαρίσσων Ελιάς",
    "οδός {n} {num}", "Πάτρα Λάρισα Βόλος Χανιά", lambda r: f"{r.randint(100, 859)} {r.randint(10, 99)}",
    [("NATIONAL_ID", id_amka)], "GR", "Ονοματεπώνυμο|Τηλ.|Διεύθυνση|Ημ/νία μετακόμισης|Ημ. γέν.|Σημειώσεις|Email",
    "μετακόμιση 3ος όροφος χωρίς ασανσέρ, χρειάζεται γερανός|αποθήκη 6 m3, 35 κούτες",
    "άδεια στάθμευσης φορτηγού αρ. ΑΣ-{ref}|ο μπουφές τύπου Καποδίστρια πάει στην αποθήκη",
    "theano.k stylianos_v evanthia80 babis.l", "Ελευθέριος Βενιζέλος ως όνομα αεροδρομίου|ο Σωκράτης στα βιβλία φιλοσοφίας")
loc("tr-TR", "Latin", "TR", "Gülizar Tuncay Nurhan Oğuzhan Şükran Erdal Yasemin Bülent Hacer Cengiz",
    "Karabulut Akgündüz Sarıkaya Bozdoğan Tekinalp Yıldırımoğlu Özkaracan Kahveci Demirtaşlı Çelikkol",
    "gü li zar tun cay nur han oğuz şük ran", "Menekşe Akasya Nergis Çınaraltı Erguvan",
    "{n} Sok. No:{num} D:{apt}", "Eskişehir Konya Trabzon Bursa", lambda r: f"{r.randint(1, 81):02d}{r.randint(0, 999):03d}",
    [("NATIONAL_ID", id_tck)], "TR", "Ad Soyad|Tel|Adres|Taşınma tarihi|Doğum tarihi|Not|E-posta",
    "evden eve nakliyat, 5. kat asansörsüz, dış cephe asansörü lazım|eşya depolama 8 m3",
    "belediye park izni no PI-{ref}|Atatürk Bulvarı'ndaki depoya gidecek",
    "gulizar.k tuncay_a nurhan76 oguzhan.s", "Atatürk Bulvarı'ndaki anıt|Nazım Hikmet'in kitapları kolilerde")
loc("sv-SE", "Latin", "SE", "Sigrid Torvald Ylva Holger Ebba Gunnar Linnéa Arvid Majken Sixten",
    "Lindgård Ekstrand Bergkvist Wallenius Sjöholm Fagerlund Hammarsten Östling Ljungqvist Brännström",
    "sig rid tor vald yl va hol ger eb ba", "Rönnbärs Syren Kvarn Hamnbacken Björklund",
    "{n}gatan {num}", "Umeå Västerås Örebro Luleå", lambda r: f"{r.randint(100, 989)} {r.randint(10, 99)}",
    [("NATIONAL_ID", id_personnummer)], "SE", "Namn|Tel|Adress|Flyttdag|Född|Anteckning|E-post",
    "flytt 4 tr utan hiss, bärhjälp 3 pers, RUT-avdrag|förråd 7 m3, 38 flyttkartonger",
    "tillstånd för lastzon nr LZ-{ref}|Carl Larsson-tavlan ska till magasinet",
    "sigrid.l torvald_e ylva83 holger.b", "Astrid Lindgren i Junibacken|Alfred Nobel på prisutdelningen")
loc("cs-CZ", "Latin", "CZ", "Květoslava Bořivoj Radmila Vratislav Ludmila Přemysl Blažena Ctibor Drahomíra Vojtěch",
    "Kratochvíl Vondráček Šťastný Hrubeš Pospíšilová Kučera Bartoš Doležal Musilová Hájek",
    "kvě to sla va bo ři voj rad mi la", "Jasanová Hlohová Mlýnská Lipová Vřesová",
    "{n} {num}", "Brno Olomouc Plzeň Liberec", lambda r: f"{r.randint(100, 799)} {r.randint(10, 99)}",
    [("NATIONAL_ID", id_rc)], "CZ", "Jméno|Tel.|Adresa|Termín stěhování|Datum nar.|Poznámka|E-mail",
    "stěhování 4. patro bez výtahu, nosiči 3|skladový box 6 m3",
    "povolení záboru veřejného prostranství č. ZP-{ref}|secesní skříň ve stylu Muchy jde do skladu",
    "kvetoslava.k borivoj_v radmila72 vratislav.s", "Alfons Mucha v muzeu|Václav Havel na letišti")
loc("ar-AE", "Arabic", "AE", "شهد راشد موزة سلطان نورة حمدان ميثاء خليفة عفراء سيف",
    "الكعبي المزروعي الشامسي النعيمي الظاهري الطنيجي الحمادي المهيري السويدي الرميثي",
    "شه د را شد مو زة سل طان نو رة", "الياسمين النخيل الغاف السدر الريحان",
    "شارع {n}، فيلا {num}", "دبي الشارقة العين عجمان", lambda r: f"ص.ب {r.randint(1000, 99999)}",
    [], "AE", "الاسم|هاتف|العنوان|تاريخ النقل|تاريخ الميلاد|ملاحظات|بريد",
    "نقل أثاث فيلا، ٣ عمال وشاحنة ٧ طن|تخزين ذاتي وحدة ٨ م٣ مكيفة",
    "تصريح دخول الشاحنة رقم TP-{ref}|الأثاث يذهب إلى مستودع شارع الشيخ زايد",
    "shahad.k rashid_m moza88 sultan.s", "الشيخ زايد في اسم الشارع|ابن بطوطة في اسم المول")
loc("he-IL", "Hebrew", "IL", "נועה אביתר שירה יהונתן הדס עמיחי טליה אלישע מעיין נתנאל",
    "ברקוביץ שטרנברג אלמוזנינו גולדפרב רבינוביץ אוחנה בן־חמו וייסמן זילברמן אשכנזי",
    "נו עה אבי תר שי רה יהו נתן הד", "הרימון התאנה הגפן הזית האלון",
    "רחוב {n} {num}, דירה {apt}", "חיפה באר־שבע נתניה רחובות", lambda r: f"{r.randint(1000000, 9999999)}",
    [("NATIONAL_ID", id_il)], "IL", "שם|טל׳|כתובת|תאריך הובלה|ת. לידה|הערות|מייל",
    "הובלה לקומה 4 בלי מעלית, צריך מנוף|מחסן 6 מ״ק, 40 קרטונים",
    "אישור חניה למשאית מס׳ HN-{ref}|הארון נשלח למחסן ברחוב הרצל",
    "noa.b avitar_s shira85 yoni.g", "בנימין זאב הרצל בשם הרחוב|דוד בן־גוריון בשם נמל התעופה")
loc("hi-IN", "Devanagari", "IN", "अनन्या विहान तन्वी आरव इशिता कबीर मेघना रोहन सान्वी अर्जुन",
    "श्रीवास्तव चतुर्वेदी बघेल खंडेलवाल त्रिपाठी अग्रवाल निगम भटनागर सक्सेना रस्तोगी",
    "अन न्या वि हान तन वी आ रव इशि", "गुलमोहर अशोक विहार नीम कदम्ब",
    "मकान नं. {num}, {n} नगर", "लखनऊ इंदौर भोपाल जयपुर", lambda r: f"{r.randint(110001, 855999)}",
    [("NATIONAL_ID", id_aadhaar), ("TAX_ID", id_pan)], None, "नाम|मोबाइल|पता|शिफ्टिंग तारीख|जन्म तिथि|नोट|ईमेल",
    "पैकर्स एंड मूवर्स, 2BHK शिफ्टिंग, तीसरी मंज़िल बिना लिफ्ट|गोदाम स्टोरेज 5 cbm",
    "सोसाइटी NOC नं. NOC-{ref}|सामान गांधी रोड वाले गोदाम में जाएगा",
    "ananya.s vihaan_c tanvi91 aarav.b", "महात्मा गांधी के नाम पर सड़क|रवींद्रनाथ टैगोर की किताबें बक्से में")
loc("th-TH", "Thai", "TH", "กมลชนก ธนกฤต พิมพ์ชนก ณัฐวุฒิ ปวีณา ศุภชัย วรัญญา อนุชา สุภาวดี ชยพล",
    "ศรีสวัสดิ์ วงศ์ไพบูลย์ ทองประเสริฐ จันทร์หอม แก้วมณี บุญเรือง สุขเจริญ ปัญญาดี รุ่งโรจน์ ศักดิ์สิทธิ์",
    "กมล ชนก ธน กฤต พิมพ์ ณัฐ วุฒิ ปวี ณา ศุภ", "ลาดพร้าว สุขุมวิท พหลโยธิน รามคำแหง จรัญสนิทวงศ์",
    "{num} ซอย {n} {apt}", "เชียงใหม่ ขอนแก่น ภูเก็ต หาดใหญ่", lambda r: f"{r.randint(10100, 96220)}",
    [("NATIONAL_ID", id_thpin)], None, "ชื่อ|โทร|ที่อยู่|วันย้ายบ้าน|วันเกิด|หมายเหตุ|อีเมล",
    "ย้ายบ้าน คอนโดชั้น 12 ต้องจองลิฟต์ขนของ|ห้องเก็บของ 6 คิว",
    "ใบอนุญาตเข้าหมู่บ้านเลขที่ VP-{ref}|ตู้ไม้สักไปเก็บที่โกดังถนนพระราม 9",
    "kamonchanok.s thanakrit_w pim91 nattawut.k", "พระบาทสมเด็จพระเจ้าอยู่หัวรัชกาลที่ 5 ในหนังสือประวัติศาสตร์|สุนทรภู่ในตำราเรียน",
    sep="  ")
loc("zh-CN", "Han", "CN", "浩然 思彤 子墨 雨萱 俊熙 若汐 皓轩 梓涵 嘉懿 沐阳",
    "欧阳 司马 上官 诸葛 慕容 尉迟 皇甫 东方 令狐 公孙", "浩 然 思 彤 墨 萱 熙 汐 轩 涵",
    "丁香 梧桐 海棠 银杏 玉兰", "{n}路{num}号{apt}室", "杭州 成都 苏州 青岛", lambda r: f"{r.randint(100000, 850000)}",
    [("NATIONAL_ID", id_ric)], None, "姓名|电话|地址|搬家日期|出生日期|备注|邮箱",
    "搬家公司，6楼无电梯，需要3个师傅|迷你仓 5立方",
    "小区车辆临时通行证 TX-{ref}|红木家具送到中山路仓库",
    "haoran.oy sitong_sm zimo90 yuxuan.sg", "孙中山 作为中山路的名字|鲁迅 的书装进箱子", sep="", order="sg")
loc("ja-JP", "Kana", "JP", "ゆうと さくら はるき みゆ そうた ひなた りく あおい いつき こはる",
    "タカツカサ ミナセ アサギリ ユキシロ カザハヤ ツキモリ ヒイラギ サクラバ シノノメ トオヤマ",
    "ゆう と さく ら はる き そう た ひな た", "さくら通り けやき通り 青葉台 若葉町 緑ヶ丘",
    "{n}{num}-{apt}", "仙台 金沢 松山 静岡", lambda r: f"〒{r.randint(100, 999)}-{r.randint(1000, 9999)}",
    [("NATIONAL_ID", id_jpin)], None, "氏名|電話|住所|引越日|生年月日|備考|メール",
    "引越し、3階エレベーターなし、2tトラック|トランクルーム 2畳",
    "道路使用許可 番号 DK-{ref}|家具は家康通りの倉庫へ",
    "yuto.t sakura_m haruki88 miyu.a", "徳川家康 の歴史ドラマ|夏目漱石 の本を段ボールに", sep=" ", order="sg")
loc("ko-KR", "Hangul", "KR", "서윤 도윤 하은 시우 지유 예준 수아 주원 채원 건우",
    "남궁 황보 제갈 선우 독고 사공 서문 동방 어금 망절", "서 윤 도 하 은 시 우 지 유 예",
    "은행나무 벚꽃 느티 솔빛 한빛", "{n}로 {num}, {apt}호", "대전 광주 수원 전주", lambda r: f"{r.randint(10000, 63644)}",
    [], None, "이름|연락처|주소|이사 날짜|생년월일|메모|이메일",
    "포장이사, 7층 사다리차 필요|셀프스토리지 3평",
    "사다리차 작업 허가 번호 LD-{ref}|세종대로 창고로 보관 이사",
    "seoyun.ng doyun_hb haeun92 siwoo.jg", "세종대왕 동상 앞 집결|이순신 장군 동상 근처 주차", sep="", order="sg")

LOCALES = list(L)
GENERIC = set("""Road Street Lane Ave Avenue Rd St Way Close Park Square Place Drive Court Hill Gardens Ltd Limited
GmbH SARL SpA BV AB Inc LLC Removals Storage Movers Moving Cleaning Services Group Van Vans Self Store Depot
Straße Strasse Calle Via Rue Rua Umzüge Traslochi Mudanzas Déménagements Verhuizingen Flytt Nakliyat Sok""".split())

COMPANIES = ["Harbourline Removals Ltd", "Kettlewell & Daughters Moving", "BoxHaven Self Storage", "Tidewater Vans",
             "Swiftkey Locksmiths", "Brightnest Cleaning Services", "PestAway Group", "Odd Jobs Handyman Co",
             "KeyCustody Ltd", "Lumberjack Umzüge GmbH", "Mudanzas Cierzo SL", "Traslochi Maestrale Srl",
             "Flytt & Förråd AB", "Déménagements Mistral SARL", "Verhuizingen Zeewind BV", "StoreMore Depot",
             "Cargobay Nakliyat", "Blue Peony Movers LLC"]

SCRIPT_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def frozen_words():
    here = pathlib.Path(__file__).resolve().parent
    words, scanned = set(), 0
    for name in FROZEN_AGAINST:
        p = here / f"make_{name}_signal_sets.py"
        if not p.exists():
            continue
        scanned += 1
        for w in SCRIPT_RE.findall(p.read_text(encoding="utf-8", errors="replace")):
            if w[0].isupper() or not w.isascii():
                words.add(w)
    return words, scanned


def _collides(entry, frozen):
    toks = [t for t in SCRIPT_RE.findall(entry) if t not in GENERIC]
    for t in toks:
        if t in frozen:
            return True
    if not entry.isascii() and " " not in entry and len(entry) >= 2:  # unspaced scripts
        return entry in frozen
    return False


def apply_freeze(rng, frozen):
    dropped = collections.Counter()
    for code in LOCALES:
        d = L[code]
        for key in ("given", "sur", "streets", "cities", "famous"):
            kept = [e for e in d[key] if not _collides(e, frozen)]
            dropped[key] += len(d[key]) - len(kept)
            if key in ("given", "sur", "streets", "cities"):
                tries = 0
                target = len(d[key])
                while len(kept) < max(4, target) and tries < 500:
                    tries += 1
                    k = rng.randint(2, 3)
                    new = "".join(rng.choice(d["syl"]) for _ in range(k))
                    new = new[:1].upper() + new[1:]
                    if key == "streets" and code in ("de-DE", "nl-NL", "sv-SE"):
                        new = new.lower().capitalize()
                    if new not in kept and not _collides(new, frozen):
                        kept.append(new)
                if len(kept) < 4:
                    raise Abort(f"freeze emptied {code}.{key}")
            if key == "famous" and not kept:
                kept = []
            d[key] = kept
    comp = [c for c in COMPANIES if not _collides(c, frozen)]
    dropped["companies"] = len(COMPANIES) - len(comp)
    COMPANIES[:] = comp or ["Depot Services Ltd"]
    return dropped


# ----------------------------------------------------------------------------------------------- people
def person(rng, d):
    g, s = rng.choice(d["given"]), rng.choice(d["sur"])
    full = (s + d["sep"] + g) if d["order"] == "sg" else (g + d["sep"] + s)
    return g, full


def address(rng, d):
    st = d["spat"].format(n=rng.choice(d["streets"]), s=rng.choice(("Lane", "Road", "Close", "Ave", "Drive")),
                          num=rng.randint(2, 189), apt=rng.randint(1, 48))
    return f"{st}, {d['pc'](rng)} {rng.choice(d['cities'])}"


def dob(rng, d):
    y, m, dd = _date(rng, 1941, 2003)
    f = rng.choice(("%02d.%02d.%d" % (dd, m, y), "%d-%02d-%02d" % (y, m, dd), "%02d/%02d/%d" % (dd, m, y)))
    if d["code"] == "en-US":
        f = "%02d/%02d/%d" % (m, dd, y)
    if d["code"] in ("ja-JP", "zh-CN"):
        f = f"{y}年{m}月{dd}日"
    if d["code"] == "ko-KR":
        f = f"{y}년 {m}월 {dd}일"
    return f


def email(rng, d, name_handle=None):
    h = name_handle or rng.choice(d["handles"])
    return f"{h}{rng.choice(('', str(rng.randint(1, 99))))}@" + rng.choice(
        ("gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de" if d["code"] == "de-DE" else
         "hotmail.com", "yandex.ru" if d["script"] == "Cyrillic" else "mail.com", "naver.com" if d["code"] == "ko-KR"
         else "live.com"))


# ----------------------------------------------------------------------------------------------- documents
KINDS = ["intake", "correspondence", "scheduling", "complaint", "internal_note", "export", "notice", "form", "chat"]
VOICES = {
    "intake": ["surveyor", "quote_desk", "storage_front_desk", "locksmith_dispatch"],
    "correspondence": ["claims_handler", "customer", "letting_agent", "cleaner_owner"],
    "scheduling": ["ops_bot", "crew_lead", "pest_tech", "handyman"],
    "complaint": ["customer", "tenant", "landlord", "claims_handler"],
    "internal_note": ["crew_lead", "surveyor", "keyholder", "storage_manager"],
    "export": ["crm_export", "gate_log", "payments_export", "booking_sync"],
    "notice": ["storage_manager", "ops_bot", "pest_tech", "letting_agent"],
    "form": ["web_form", "claims_form", "storage_agreement", "eot_checklist"],
    "chat": ["customer", "crew_lead", "cleaner", "locksmith"],
}
ASKS = {
    "intake": ["turn this survey into a quote breakdown (CBM, crew, van size)", "extract fields to JSON pls",
               "write the quote email from this survey", "estimate volume in cu ft and flag access issues"],
    "correspondence": ["draft a polite reply", "translate this to English and keep the tone",
                       "make this sound more professional", "summarise in 3 bullets for the claims file"],
    "scheduling": ["build tomorrow's run sheet", "reorder these jobs to cut drive time",
                   "draft SMS confirmations for each slot", "find clashes in this rota"],
    "complaint": ["classify severity and draft a response", "what's our liability here? short answer",
                  "write an apology that doesn't admit fault", "summarise the complaint for the manager"],
    "internal_note": ["clean up my notes", "turn this into a handover for the next crew",
                      "fix spelling, keep abbreviations", "what did I forget to check?"],
    "export": ["convert to JSON", "dedupe these rows and sort by date", "which units are overdue?",
               "make a pivot of jobs per crew"],
    "notice": ["proofread this notice", "translate for the customer", "shorten to an SMS",
               "make it friendlier"],
    "form": ["validate this form and list missing fields", "map to our CRM schema", "fill the summary box",
             "check this form for inconsistencies"],
    "chat": ["reply to this customer", "what should I tell them?", "continue the chat", "rewrite my reply"],
}
SYSTEMS = ["You are the back-office assistant of a removals and storage firm.",
           "You help a self-storage front desk answer customers and keep records tidy.",
           "Assistant for a home-services marketplace (cleaners, pest control, locksmiths, handymen).",
           "You support claims handlers at a moving company. Be precise and neutral.",
           "You are Ops Copilot for a key-holding and end-of-tenancy cleaning company."]
JARGON = ["2-man crew + 7.5t", "approx 850 cu ft", "wardrobe cartons x4", "dismantle/reassemble bed",
          "long carry 25m", "shuttle van needed", "PBO items: TV, mirror", "EOT clean incl. oven",
          "wasp nest, 2nd visit", "lock change euro cylinder", "flat-pack x3, 2h handyman", "keys in safe",
          "storage unit C-1%02d, 50 sq ft" % 7, "inventory 1-46 tagged"]


def ref(rng, p=None):
    return (p or rng.choice(("QT", "JOB", "BK", "INV", "CLM", "UNIT"))) + "-" + str(rng.randint(2024, 2026)) + \
        "-" + str(rng.randint(1000, 99999))


class Issued:
    def __init__(self):
        self.items = []

    def add(self, t, v):
        self.items.append((t, v))
        return v


def sensitive_doc(rng, d, kind, voice, incidental):
    iss = Issued()
    lab = d["lab"]
    g, full = person(rng, d)
    r = ref(rng)
    if incidental:
        mode = rng.choice(("relative", "phone", "dob"))
        filler = " ".join(rng.sample(JARGON, 5)) + ". " + d["lines"][0] + ". " + d["lines"][1] + ". " + \
            f"Ref {r}. " + " ".join(rng.sample(JARGON, 4)) + "."
        if mode == "relative":
            rel = rng.choice(("my sister", "my mum", "my brother", "my husband", "my daughter", "my neighbour"))
            txt = f"{filler} {rel.capitalize()} {iss.add('PERSON', g)} will be there with the keys. " + d["lines"][1]
        elif mode == "phone":
            txt = f"{filler} If the crew is late call {iss.add('PHONE_NUMBER', gen_phone(rng, d['region']))}. " + \
                " ".join(rng.sample(JARGON, 4))
        else:
            txt = f"{filler} {lab['dob']}: {iss.add('DATE_OF_BIRTH', dob(rng, d))} (needed for the storage agreement)."
        return txt, iss, "incidental_" + mode
    name = iss.add("PERSON", full)
    phone = iss.add("PHONE_NUMBER", gen_phone(rng, d["region"], ext=rng.random() < 0.15))
    addr = iss.add("STREET_ADDRESS", address(rng, d))
    extra = []
    if rng.random() < 0.5:
        extra.append(f"{lab['mail']}: {iss.add('EMAIL_ADDRESS', email(rng, d))}")
    if rng.random() < 0.3:
        extra.append(f"{lab['dob']}: {iss.add('DATE_OF_BIRTH', dob(rng, d))}")
    if d["ids"] and rng.random() < 0.45:
        t, fn = rng.choice(d["ids"])
        extra.append(f"ID/{t.lower()}: {iss.add(t, fn(rng))}")
    if d["cc"] and rng.random() < 0.3:
        extra.append(f"IBAN (deposit refund): {iss.add('IBAN_CODE', id_iban(rng, d['cc']))}")
    if rng.random() < 0.12:
        extra.append(f"card on file {iss.add('CREDIT_CARD', id_card(rng))} exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}")
    staff_g, staff = person(rng, d)
    role = rng.choice(("surveyor", "crew lead", "cleaner", "locksmith", "pest tech", "storage manager"))
    staff_line = f"{role} {iss.add('PERSON', staff)}" if rng.random() < 0.4 else f"{role} on duty"
    jar = " · ".join(rng.sample(JARGON, 3))
    date = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"
    if kind == "export":
        ip = iss.add("IP_ADDRESS", gen_ip(rng)) if voice == "gate_log" else None
        sep = rng.choice((",", "\t", "json"))
        rows = []
        for i in range(rng.randint(2, 4)):
            if i == 0:
                rec = dict(ref=r, name=name, phone=phone, address=addr, date=date, unit=f"C-{rng.randint(100, 399)}")
                if ip:
                    rec["portal_ip"] = ip
            else:
                g2, f2 = person(rng, d)
                rec = dict(ref=ref(rng), name=iss.add("PERSON", f2), phone=iss.add("PHONE_NUMBER", gen_phone(rng, d["region"])),
                           address=iss.add("STREET_ADDRESS", address(rng, d)), date=date, unit=f"C-{rng.randint(100, 399)}")
                if ip:
                    rec["portal_ip"] = iss.add("IP_ADDRESS", gen_ip(rng))
            rows.append(rec)
        if sep == "json":
            body = "\n".join(json.dumps(x, ensure_ascii=False) for x in rows)
        else:
            body = sep.join(rows[0]) + "\n" + "\n".join(sep.join(str(v).replace(sep, " ") for v in x.values()) for x in rows)
        return body + ("\n" + "\n".join(extra) if extra else ""), iss, "rows_" + ("tsv" if sep == "\t" else sep.replace(",", "csv"))
    blocks = {
        "intake": f"[{voice}] {r}\n{lab['name']}: {name}\n{lab['phone']}: {phone}\n{lab['addr']}: {addr}\n"
                  f"{lab['date']}: {date}\n{lab['note']}: {d['lines'][0]}; {jar}",
        "correspondence": f"{rng.choice(('Dear team', 'Hallo', 'Hi', 'Re: ' + r))},\n{d['lines'][1]}. {jar}.\n"
                          f"Best, {name}\n{phone}\n{addr}",
        "scheduling": f"{date} 08:00 {r} | {name} | {addr} | {phone} | {jar} | {staff_line}\n"
                      f"{date} 13:30 {ref(rng)} | depot return | {rng.choice(COMPANIES)}",
        "complaint": f"{name} ({phone}) complains: {d['lines'][0]}. Damage on delivery to {addr}: "
                     f"scratched table, broken mirror (PBO). {staff_line} was on site. {lab['note']}: {jar}",
        "internal_note": f"note {date} {staff_line}: cust {name}, {addr}. {d['lines'][1]}. {jar}. tel {phone}",
        "notice": f"{rng.choice(COMPANIES)} — notice to {name}, {addr}: {d['lines'][0]}. Unit overdue, contact "
                  f"{phone}. {r}",
        "form": f"[x] {lab['name']}: {name}\n[x] {lab['addr']}: {addr}\n[x] {lab['phone']}: {phone}\n"
                f"[x] {lab['date']}: {date}\n[ ] insurance cover: std £40/m3\n{jar}",
        "chat": f"{name}: hi, {d['lines'][0]}\nagent: sure, can I take a number?\n{name}: {phone}, "
                f"{addr}\nagent: {staff_line} confirmed, {jar}",
    }
    txt = blocks[kind] + ("\n" + "\n".join(extra) if extra else "")
    return txt, iss, "full"


def benign_doc(rng, d, kind, voice):
    lab = d["lab"]
    r = ref(rng)
    comp = rng.choice(COMPANIES)
    fam = rng.choice(d["famous"]) if d["famous"] else "Isaac Newton's laws of motion"
    jar = " · ".join(rng.sample(JARGON, 3))
    vat = _solve(rng, lambda x: "GB" + _digits(x, 8), 1, "0123456789", gb_vat.is_valid)
    bk = _solve(rng, lambda x: "978" + _digits(x, 9, "0123456789"), 1, "0123456789X", std_isbn.is_valid)
    hexh = hashlib.sha256(r.encode()).hexdigest()
    negs = [
        f"{comp}, switchboard {rng.choice(('+44 20 7946 0000', '0800 123 4560', '+1 800 555 0100'))}, bookings@example.com",
        f"emergency: {rng.choice(('112', '999', '911', '110'))}; gas leak line 0800 111 999",
        f"quote {r}, invoice {ref(rng, 'INV')}, unit C-{rng.randint(100, 399)}, permit {d['benign'][0].format(ref=rng.randint(10000, 99999))}",
        f"firm VAT {vat}; packing guide ISBN {bk}",
        f"photo sha256 {hexh[:40]}; depot at 51.{rng.randint(1000, 9999)}N, -2.{rng.randint(1000, 9999)}W; "
        f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T0{rng.randint(6, 9)}:15:00Z",
        f"test card for the payment page: {rng.choice(('4111 1111 1111 1111', '4242 4242 4242 4242'))}, any CVC",
        f"portal logs: 192.0.2.{rng.randint(1, 254)}, 203.0.113.{rng.randint(1, 254)}, 2001:db8::{rng.randint(1, 999):x}",
        f"{fam}; {d['benign'][1]}",
        f"{lab['name']}: [NAME]  {lab['phone']}: {{{{phone}}}}  {lab['addr']}: ________  {lab['dob']}: __/__/____",
        f"Customer A (flat [REDACTED]) reported water damage; crew member B confirmed; tel [removed]",
        f"Q3 stats: {rng.randint(20, 60)}% of EOT cleans failed the oven check, avg {rng.randint(180, 900)} cu ft "
        f"per 2-bed move, {rng.randint(3, 19)} claims per 1,000 jobs",
        f"app v{rng.randint(2, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}, support desk support@example.org, "
        f"lock model Ultion-style 3* cylinder, {jar}",
    ]
    picked = rng.sample(negs, rng.randint(2, 4))
    head = {
        "intake": f"[{voice}] blank survey template for {comp}",
        "correspondence": f"Re: {r} — message from {comp} customer care",
        "scheduling": f"run sheet {r}: 08:00 depot load, 10:30 job at storage site, 15:00 return",
        "complaint": "anonymised complaint for training",
        "internal_note": f"note from the {voice.replace('_', ' ')} desk",
        "export": "ref,unit,status,cu_ft\n" + "\n".join(f"{ref(rng)},C-{rng.randint(100, 399)},{rng.choice(('paid', 'overdue', 'vacated'))},{rng.randint(25, 300)}" for _ in range(3)),
        "notice": f"Notice from {comp}: gate hours change, {d['lines'][1]}",
        "form": "FORM (blank)",
        "chat": "agent: how can I help?\nvisitor: what are your opening times and do you sell boxes?",
    }[kind]
    return head + "\n" + d["lines"][0] + ".\n" + "\n".join(picked), rng.choice(("switchboard", "refs", "blank_form",
                                                                                 "anonymised", "eponym", "stats"))


# ----------------------------------------------------------------------------------------------- placement
PLACES = ["user", "system", "assistant_echo", "tool_msg", "text_part", "file_part", "image_url", "tool_def",
          "tool_call_args", "response_format", "user_field", "stop", "prediction", "metadata"]


def place(rng, doc, ask, place_name, model):
    sysm = {"role": "system", "content": rng.choice(SYSTEMS)}
    b = {"model": model}
    if place_name == "user":
        b["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif place_name == "system":
        b["messages"] = [{"role": "system", "content": rng.choice(SYSTEMS) + "\nContext record:\n" + doc},
                         {"role": "user", "content": ask}]
    elif place_name == "assistant_echo":
        b["messages"] = [sysm, {"role": "user", "content": "pasting it now"},
                         {"role": "assistant", "content": "Received:\n" + doc}, {"role": "user", "content": ask}]
    elif place_name == "tool_msg":
        b["messages"] = [sysm, {"role": "user", "content": ask},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                          "function": {"name": "crm_lookup", "arguments": json.dumps({"q": "latest"})}}]},
                         {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif place_name == "text_part":
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask},
                                                            {"type": "text", "text": doc}]}]
    elif place_name == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        b["messages"] = [sysm, {"role": "user", "content": [
            {"type": "text", "text": ask},
            {"type": "file", "file": {"filename": rng.choice(("survey.txt", "inventory.csv", "claim_notes.txt",
                                                              "access_log.tsv")), "file_data": "data:text/plain;base64," + data}}]}]
    elif place_name == "image_url":
        q = urllib.parse.urlencode({"caption": doc, "w": 1024}, quote_via=urllib.parse.quote)
        b["messages"] = [sysm, {"role": "user", "content": [
            {"type": "text", "text": ask + " (see photo of the damage/inventory sheet)"},
            {"type": "image_url", "image_url": {"url": "https://img.example-cdn.net/uploads/p123.jpg?" + q}}]}]
    elif place_name == "tool_def":
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["tools"] = [{"type": "function", "function": {"name": "save_record", "description": "Saves the record:\n" + doc,
                       "parameters": {"type": "object", "properties": {"status": {"type": "string",
                                      "enum": ["new", "quoted", "booked"]}}}}}]
    elif place_name == "tool_call_args":
        b["messages"] = [sysm, {"role": "user", "content": ask},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function",
                          "function": {"name": "create_job", "arguments": json.dumps({"record": doc}, ensure_ascii=False)}}]},
                         {"role": "tool", "tool_call_id": "call_7", "content": "{\"ok\": true}"},
                         {"role": "user", "content": "now confirm it back to me"}]
    elif place_name == "response_format":
        lines = [x for x in doc.split("\n") if x.strip()]
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["response_format"] = {"type": "json_schema", "json_schema": {"name": "job", "schema": {
            "type": "object", "description": "Source: " + doc,
            "properties": {"line": {"type": "string", "enum": lines[:6]}, "note": {"type": "string", "examples": lines[-2:]}}}}}
    elif place_name == "user_field":
        b["messages"] = [sysm, {"role": "user", "content": ask + " (record attached as user tag)"}]
        b["user"] = doc
    elif place_name == "stop":
        lines = [x for x in doc.split("\n") if x.strip()]
        chunks = ["\n".join(lines[i::4]) for i in range(min(4, len(lines)))]
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["stop"] = chunks
    elif place_name == "prediction":
        b["messages"] = [sysm, {"role": "user", "content": ask + " — edit the predicted text minimally"}]
        b["prediction"] = {"type": "content", "content": doc}
    elif place_name == "metadata":
        b["messages"] = [sysm, {"role": "user", "content": ask + " (use the stored record)"}]
        b["store"] = True
        chunks = [""]
        for ln in doc.split("\n"):  # split on line boundaries so no value is cut in two
            if chunks[-1] and len(chunks[-1]) + len(ln) + 1 > 500:
                chunks.append("")
            chunks[-1] += ("\n" if chunks[-1] else "") + ln
        b["metadata"] = {f"rec_{i}": c for i, c in enumerate(chunks)}
    else:
        raise Abort(place_name)
    return b


def searchable(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
    # tool-call arguments are JSON inside JSON: decode them too
    for msg in body.get("messages", []):
        for tc in msg.get("tool_calls") or []:
            parts.append(json.dumps(json.loads(tc["function"]["arguments"]), ensure_ascii=False))
    return "\n".join(parts)


def build_pii(rng):
    recs = []
    per_kind_s, per_kind_b = 33, 23
    plan = []
    for k in KINDS:
        plan += [(k, True)] * per_kind_s + [(k, False)] * per_kind_b
    rng.shuffle(plan)
    for i, (kind, sens) in enumerate(plan):
        d = L[LOCALES[i % len(LOCALES)]]
        voice = VOICES[kind][(i // len(LOCALES)) % len(VOICES[kind])]
        ask = rng.choice(ASKS[kind])
        if rng.random() < 0.3:
            ask = rng.choice(("pls ", "quick one: ", "urgent — ", "hey, ")) + ask
        if sens:
            doc, iss, mode = sensitive_doc(rng, d, kind, voice, incidental=rng.random() < 0.13)
        else:
            doc, mode = benign_doc(rng, d, kind, voice)
            iss = Issued()
        model = rng.choice(("hybridgate/auto", "gpt-4o-mini", "hybridgate/auto", "local/llama-3.1-8b"))
        if rng.random() < 0.10:
            endpoint, pl = "completions", "prompt"
            body = {"model": model, "prompt": f"{ask}\n\n{doc}\n\nAnswer:", "max_tokens": 400}
        else:
            endpoint, pl = "chat", PLACES[i % len(PLACES)]
            body = place(rng, doc, ask, pl, model)
        text = searchable(body)
        ents, seen = [], set()
        for t, v in iss.items:
            if v in text and (t, v) not in seen:
                seen.add((t, v))
                ents.append({"type": t, "value": v})
        if sens and not ents:
            raise Abort("sensitive record lost all values")
        recs.append({"id": "", "category": kind if sens else kind + "_benign", "sensitive": bool(ents),
                     "entities": ents, "endpoint": endpoint, "lang": d["code"],
                     "style": f"{voice} · {pl} · {mode}", "body": body})
    for n, r in enumerate(recs, 1):
        r["id"] = f"{SPLIT}-pii-{n:04d}"
    return recs


# ----------------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = [
    ("en", "How many boxes do I need for a one-bed flat?"), ("en", "What does 'long carry' mean on my quote?"),
    ("en", "Is a 50 sq ft storage unit big enough for a sofa?"), ("en", "What time can I access the storage site on Sundays?"),
    ("en", "Do cleaners bring their own products for an end-of-tenancy clean?"), ("en", "Translate 'fragile' into Spanish."),
    ("de-DE", "Wie viele Umzugskartons brauche ich für eine 2-Zimmer-Wohnung?"), ("de-DE", "Was ist eine Halteverbotszone?"),
    ("fr-FR", "Combien coûte en moyenne un garde-meuble de 5 m3 ?"), ("fr-FR", "Qu'est-ce qu'un monte-meuble ?"),
    ("es-ES", "¿Cuánto tarda una mudanza de un piso de 60 m2?"), ("it-IT", "Posso mettere piante nel deposito mobili?"),
    ("nl-NL", "Wat kost een verhuislift per uur ongeveer?"), ("pl-PL", "Czy firma przeprowadzkowa pakuje naczynia?"),
    ("pt-BR", "Quantas caixas cabem num guarda-móveis de 3 m3?"), ("ru-RU", "Сколько стоит грузчик в час?"),
    ("uk-UA", "Чи можна зберігати шини на складі?"), ("el-GR", "Τι σημαίνει κυβικό μέτρο στη μετακόμιση;"),
    ("tr-TR", "Asansörlü nakliyat ne demek?"), ("sv-SE", "Hur fungerar RUT-avdrag för flyttstädning?"),
    ("ar-AE", "كم عدد العمال المطلوب لنقل شقة غرفتين؟"), ("he-IL", "כמה עולה מנוף להובלה?"),
    ("hi-IN", "2BHK शिफ्टिंग में कितने डिब्बे लगते हैं?"), ("th-TH", "ห้องเก็บของ 6 คิว ใส่โซฟาได้ไหม"),
    ("zh-CN", "迷你仓可以放冰箱吗？"), ("ja-JP", "引越しの見積もりは無料ですか？"), ("ko-KR", "포장이사와 일반이사 차이가 뭐예요?"),
    ("cs-CZ", "Kolik stojí stěhovací vůz na den?"), ("en", "What's the difference between a locksmith lockout fee and a lock change?"),
    ("en", "Spell-check: 'recieved the keys, tenancy inventroy attached'"), ("en", "Is wasp nest removal usually one visit?"),
    ("en", "Convert 850 cubic feet to cubic metres."),
]
SHORT_HARD = [
    ("en", "Three vans (7.5t, 3.5t, Luton) and 9 jobs with 2-hour windows: formulate this as a VRPTW MILP with crew-hour "
           "limits and explain which constraints make the LP relaxation weak."),
    ("en", "Our storage occupancy follows 92% peak in July, 71% in Feb. Design a dynamic pricing rule that maximises revenue "
           "subject to churn elasticity -0.4 and prove it's monotone in occupancy."),
    ("en", "A claim: antique dresser, declared £1,200, 30% pre-existing wear, carrier liability capped at £40/m3 for 1.8 m3, "
           "customer had 'full value' cover with £150 excess. Which cap applies and why? Show the computation and the edge cases."),
    ("en", "Prove or refute: first-fit-decreasing packing of inventory by volume never needs more than 11/9 OPT + 6/9 vans, "
           "and say why it fails once items have fragility stacking constraints."),
    ("de-DE", "Leite eine Formel her, wie viele Träger man bei 4. OG ohne Aufzug braucht, wenn Ermüdung pro Stockwerk "
              "exponentiell steigt, und optimiere Schichtwechsel unter Arbeitszeitgesetz-Grenzen."),
    ("fr-FR", "Modélise un planning de ménages de fin de bail avec dépendances (peintre avant ménage, état des lieux après) "
              "comme un problème d'ordonnancement RCPSP et justifie la complexité NP-difficile."),
    ("es-ES", "Diseña un algoritmo para detectar accesos anómalos en un guardamuebles a partir de logs de puerta, con "
              "estacionalidad semanal, y analiza el trade-off entre falsos positivos y latencia."),
    ("pl-PL", "Porównaj formalnie dwa modele ubezpieczenia mienia w przeprowadzce (za m3 vs. za wartość deklarowaną) pod "
              "kątem pokusy nadużycia i zaproponuj mechanizm zgodny z motywacjami."),
    ("ja-JP", "倉庫のユニット配置を、出入り頻度と台車の移動距離で最適化する二次割当問題として定式化し、近似解法を比較して。"),
    ("zh-CN", "设计一个搬家报价模型：体积、楼层、距离、季节为变量，如何用分位数回归给出报价区间并避免系统性低估？"),
    ("ru-RU", "Докажи, что задача распределения бригад грузчиков по заказам с временными окнами NP-трудна, сведя к ней задачу о рюкзаке."),
    ("ko-KR", "사다리차 대여 비용과 인건비를 고려한 이사 일정 최적화를 동적계획법으로 세우고 시간복잡도를 분석해줘."),
    ("ar-AE", "صمم نموذجاً احتمالياً لتقدير خطر التلف في نقل الأثاث حسب المسافة والحرارة والرطوبة، واشرح كيف تعاير المعاملات."),
    ("hi-IN", "कीहोल्डिंग सर्विस के लिए चाबियों की कस्टडी चेन का ऐसा प्रोटोकॉल डिज़ाइन करो जो छेड़छाड़ का पता लगा सके, और उसकी कमज़ोरियाँ बताओ।"),
    ("en", "Write a SQL window query that finds storage tenants whose gate access pattern changed >3σ week-over-week, then "
           "argue why median/MAD is safer here."),
    ("en", "Derive break-even for adding a 4th crew given Poisson job arrivals λ=11/day, service 3.2h, and £260 overtime — "
           "use an M/M/c model and state the assumptions that break."),
]
LONG_EASY_ASKS = [
    ("en", "count the boxes per room and give me the total"), ("en", "reformat this inventory as a markdown table"),
    ("de-DE", "sortiere die Liste nach Raum und zähle die Kartons"), ("fr-FR", "mets cette liste au propre, une ligne par objet"),
    ("es-ES", "ordena por habitación y suma las cajas"), ("pt-BR", "transforme em tabela com colunas cômodo/item/qtd"),
    ("pl-PL", "policz kartony i posortuj alfabetycznie"), ("nl-NL", "zet dit om naar CSV"),
    ("ja-JP", "部屋ごとに箱の数を数えて"), ("zh-CN", "按房间统计箱子数量"), ("ru-RU", "посчитай коробки по комнатам"),
    ("tr-TR", "odalara göre koli sayısını topla"),
]
LONG_HARD_ASKS = [
    ("en", "reconcile the gate log against the invoice ledger: which units were accessed while in arrears, and which lock-outs "
           "violated the 14-day notice clause? explain each conflict and propose a rule change"),
    ("en", "given this inventory with volumes and fragility, plan the van loading order across two vans with a mid-route drop, "
           "respecting stacking limits; justify the order and estimate slack"),
    ("de-DE", "prüfe die Schadensmeldungen gegen die Haftungsklauseln, berechne für jeden Fall die Entschädigung mit "
              "Zeitwertabzug und begründe Abweichungen"),
    ("fr-FR", "à partir de ces créneaux et contraintes, construis un planning optimal des équipes et explique les arbitrages"),
    ("es-ES", "analiza los registros y detecta patrones de acceso sospechosos; justifica con estadística"),
    ("ja-JP", "この作業ログから、クルーの残業と遅延の因果関係を推論し、改善策の優先順位を根拠付きで示して"),
    ("zh-CN", "根据这些订单和车辆约束，设计最优派车方案并说明每个取舍"),
    ("ru-RU", "сопоставь журнал доступа с оплатами и найди нарушения договора хранения, обоснуй каждое"),
]
ROOMS = ["kitchen", "lounge", "bed 1", "bed 2", "loft", "garage", "hall", "bathroom", "study"]
ITEMS = ["book carton", "wardrobe carton", "china carton", "lamp", "mirror (PBO)", "bike", "desk", "bed frame",
         "mattress king", "TV 55in", "plant", "rug", "chest of drawers", "dining chair", "bookcase", "fridge"]


def long_table(rng, n):
    lines = []
    for i in range(1, n + 1):
        lines.append(f"{i}. {rng.choice(ROOMS)} — {rng.choice(ITEMS)} — qty {rng.randint(1, 12)} — "
                     f"{rng.randint(1, 40) / 10:.1f} m3 — {rng.choice(('fragile', 'std', 'heavy', 'dismantle'))}")
    return "\n".join(lines)


def long_log(rng, n):
    out = ["ts,unit,event,balance_gbp,notice_sent"]
    for _ in range(n):
        out.append(f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d},"
                   f"C-{rng.randint(100, 140)},{rng.choice(('gate_in', 'gate_out', 'lock_out', 'payment', 'overlock'))},"
                   f"{rng.choice(('0.00', '-84.00', '-168.00', '42.50', '-12.00'))},{rng.choice(('y', 'n', ''))}")
    return "\n".join(out)


def build_cx(rng):
    recs = []
    def add(cat, label, adv, lang, style, content, sysmsg=None):
        msgs = ([{"role": "system", "content": sysmsg}] if sysmsg else []) + [{"role": "user", "content": content}]
        recs.append({"id": "", "category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat",
                     "lang": lang, "style": style, "body": {"model": "hybridgate/auto", "messages": msgs}})
    pre = ["", "quick q: ", "hi! ", "pls ", "sorry, basic question — "]
    for i in range(48):
        lang, q = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
        add("short_simple", 0, False, lang, "faq/customer", (pre[i // len(SHORT_SIMPLE) * 2 % 5] if i >= len(SHORT_SIMPLE) else "") + q
            + (" thanks" if i >= len(SHORT_SIMPLE) else ""))
    for i in range(48):
        lang, q = SHORT_HARD[i % len(SHORT_HARD)]
        v = i // len(SHORT_HARD)
        q2 = q if v == 0 else q + [" Keep it under 200 words.", " Give the math first, then the intuition."][v - 1]
        add("short_hard", 1, True, lang, "analysis/ops", q2)
    for i in range(48):
        lang, a = LONG_EASY_ASKS[i % len(LONG_EASY_ASKS)]
        t = long_table(rng, rng.randint(22, 40))
        while len(t) < 1600:
            t += "\n" + long_table(rng, 5)
        add("long_easy", 0, True, lang, "reformat/inventory", f"{t}\n\n{a}" if i % 2 else f"{a}:\n\n{t}")
    for i in range(46):
        lang, a = LONG_HARD_ASKS[i % len(LONG_HARD_ASKS)]
        ctx = long_log(rng, rng.randint(30, 50)) if i % 2 == 0 else long_table(rng, rng.randint(25, 40))
        clauses = ("Clause 7.2: lock-out only after 14 days' written notice. Clause 9: liability £40/m3 unless "
                   "declared value cover. Clause 11: access suspended while balance < 0 except to remove goods "
                   "under supervision.")
        add("long_hard", 1, False, lang, "analysis/claims_ops", f"{clauses}\n\n{ctx}\n\n{a}",
            sysmsg=rng.choice(SYSTEMS))
    for n, r in enumerate(recs, 1):
        r["id"] = f"{SPLIT}-cx-{n:04d}"
    order = list(range(len(recs)))
    rng.shuffle(order)
    recs = [recs[j] for j in order]
    for n, r in enumerate(recs, 1):
        r["id"] = f"{SPLIT}-cx-{n:04d}"
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(pathlib.Path(__file__).resolve().parent / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    frozen, scanned = frozen_words()
    dropped = apply_freeze(rng, frozen)
    print(f"freeze: scanned {scanned}/{len(FROZEN_AGAINST)} generators, {len(frozen)} words; dropped "
          f"{sum(dropped.values())} pool entries {dict(sorted(dropped.items()))}")
    pii = build_pii(rng)
    cx = build_cx(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for fn, rs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / fn, "w", encoding="utf-8", newline="\n") as f:
            for r in rs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    s = sum(r["sensitive"] for r in pii)
    print(f"pii_{SPLIT}: {len(pii)} records, {s} sensitive ({100 * s / len(pii):.1f}%), "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions, {len({r['lang'] for r in pii})} langs, "
          f"{len({L[r['lang']]['script'] for r in pii})} scripts")
    print("  incidental:", sum('incidental' in r['style'] for r in pii))
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  places:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    print(f"complexity_{SPLIT}: {len(cx)} records", dict(sorted(collections.Counter(r["category"] for r in cx).items())),
          f"langs {len({r['lang'] for r in cx})}, adversarial {sum(r['length_adversarial'] for r in cx)}, "
          f"label1 {sum(r['label'] for r in cx)}, min long_easy chars "
          f"{min(len(r['body']['messages'][-1]['content']) for r in cx if r['category'] == 'long_easy')}")


if __name__ == "__main__":
    try:
        main()
    except Abort as e:
        sys.exit(f"ABORT: {e}")
