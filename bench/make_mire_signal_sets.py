#!/usr/bin/env python3
"""Mire: a blind evaluation split for the request signals, set in the world of PARKS, WILDLIFE, HUNTING AND
FISHING LICENCES, CAMPSITES AND OUTDOOR RECREATION.

Writes bench/data/signals/pii_mire.jsonl and bench/data/signals/complexity_mire.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial,
endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the writer's brief, the first 70 lines of make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of pii_delta.jsonl and complexity_delta.jsonl. The detector, its
    tests, the evaluator, the policies, the docs, the results and every other generator were not read and no
    git command was run before the commit. Other generators' sources are only scanned automatically at run
    time by the freeze below.

World and organising principle
    National and regional parks, rangers' incident logs, campsite and hut bookings, hunting and fishing licence
    applications, wildlife rehabilitation, guided tours and outfitters, trail-race entries, drone and filming
    permits, volunteer conservation days. Organised by the KIND of document the people and software of that
    world send to an LLM-backed assistant: intake, correspondence, scheduling, complaint, internal_note, export
    (CSV/TSV/JSON rows), notice, form, chat -- each in several voices (licence clerk, hut warden, ranger,
    rehabber, outfitter, race director, permit officer, volunteer coordinator, camper, hunter/angler) with the
    world's jargon (GMU, tag draw, bag limit, C&R, SAR, bivvy, pitch, hookup, DNF, Part 107, NOTAM ...), typos
    and code-switching between the data language and English. The data language rotates over 24 locales in 10
    scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul). Sensitive records use
    category ``<kind>``, benign hard negatives ``<kind>_benign``.

    The writer's document is placed by rotation over 14 places: user / system / earlier assistant / tool
    messages, text and file content parts (base64 text with a file name), image URLs with query strings, tool
    definitions, tool-call arguments, response_format json_schema (description, enum, examples), ``user``,
    ``stop``, ``prediction`` and ``metadata`` with ``store: true``; every tenth record uses the completions
    endpoint (``prompt``). Some sensitive records carry a single incidental item (a relative's first name with
    a relation cue, one phone in a long text, one birth date).

Where the line is drawn
    Personal data identifies a PRIVATE person: visitors, campers, applicants, licence holders, finders of
    injured animals, race entrants, staff named with a role cue, relatives; their phones (also with
    extensions), personal e-mails, home addresses, birth dates, national / tax / health numbers, hospital
    record numbers, IBANs, payment cards, US routing+account pairs, a private user's public IP. NOT personal
    data: public figures in their public role, historical and fictional persons, cited authors, eponyms
    (Steller's jay, Przewalski's horse), brands, venues, streets and organisations named after people,
    switchboards, role mailboxes, emergency numbers, booking / licence / permit / case / invoice numbers, firm
    registration numbers, versions, timestamps, coordinates, hashes, ISBNs, RFC 5737 / RFC 3849 addresses,
    example.com, published test cards, blank forms, anonymised texts and statistics about no one.

Labels
    ``entities`` is a list of {"type", "value"}, computed by SEARCHING the serialised body (base64 file parts
    decoded, URLs unquoted) for every value the record issued; ``sensitive`` iff entities is non-empty. Types:
    PERSON, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, US_SSN, NATIONAL_ID, TAX_ID,
    HEALTH_INSURANCE, MEDICAL_RECORD, IBAN_CODE, CREDIT_CARD, US_BANK_NUMBER, IP_ADDRESS. Complexity labels:
    short_simple 0, long_easy 0 (>= 1,500 chars), short_hard 1, long_hard 1; short_hard and long_easy are
    length_adversarial.

Contents (default seed 90615372)
    pii_mire.jsonl: 504 requests (454 chat, 50 completions), 9 kinds x 56 (33 sensitive + 23 benign each: 297
    sensitive (58.9%) / 207 benign), 24 language tags, 32 sensitive records with a single incidental item.
    complexity_mire.jsonl: 192 chat requests in 17 language tags, 48 per category (short_simple, long_easy,
    short_hard, long_hard); 96 length-adversarial, 96 labelled 1. The freeze (109 generators scanned) drops
    about 660 colliding pool entries (most given names and surnames, 13 of 14 public figures, which are then
    replaced by invented fictional figures) and refills them from composed locale-typical parts. The run prints
    all counts.

Validation
    Every identifier carries valid check digits and is validated with python-stdnum (Luhn for cards and record
    numbers, mod-97 for IBANs, ABA for routing numbers); every phone is validated with ``phonenumbers``; IPs
    are global and outside documentation ranges. An invalid value aborts the run; every retry loop is capped.
    Output is byte-reproducible for a seed (random.Random(seed) only; no set/hash-order dependence).

Command
    python bench/make_mire_signal_sets.py [--seed 90615372] [--out bench/data/signals]
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
from stdnum import iban as std_iban, luhn, isbn as std_isbn
from stdnum.gb import nhs
from stdnum.us import ssn as us_ssn, rtn as us_rtn
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.es import dni as es_dni
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.br import cpf as br_cpf
from stdnum.se import personnummer as se_pn
from stdnum.fi import hetu as fi_hetu
from stdnum.no import fodselsnummer as no_fnr
from stdnum.cz import rc as cz_rc
from stdnum.tr import tckimlik as tr_tc
from stdnum.ru import inn as ru_inn
from stdnum.ua import rntrc as ua_rntrc
from stdnum.gr import amka as gr_amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.th import pin as th_pin
from stdnum.cn import ric as cn_ric
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn

SPLIT = "mire"
DEFAULT_SEED = 90615372
FROZEN_AGAINST = tuple("""arete arroyo atlas atoll bajada barchan bayou bergschrund blind bluff bornhardt butte caldera
canyon caprock cenote cirque coquina coulee cuesta cwm delta doline drumlin dune erg esker estuary felsenmeer fen fjord
flysch fumarole geyser glacier gnamma gour guyot hamada heron hogback hoodoo horst hummock inlier inselberg isthmus
kame karst kestrel kettle kipuka klint kopje lagoon lahar lantern lapiaz loess lunette maar meadow mesa mogote
monadnock moraine mosaic moulin nubbin nunatak outwash oxbow pediment pingo playa polje quarry ravine regolith ria
rill sabkha sandur sastrugi scarp scree sealed serac sierra sinter skerry solfatara steppe tafoni talus tarn tepui
tinaja tombolo tor tufa tundra tuya unseen ventifact wild yardang yazoo zeugen""".split())

# generic street / organisation / place words exempt from the freeze
GENERIC = set("""street road lane drive avenue way row brow close court hill park lake river national regional
camp campsite hut lodge trail outfitters outfitter tours guides guided centre center visitor service services ltd
gmbh sa srl bv ab oy as sro inc llc co the of and de la le di van von der den des du el al str straße strasse weg
gasse allee rue chemin via viale calle camino ulica ul rua avenida gatan vägen tie katu veien gata cesta ulice
sokak sokağı cad caddesi mah nature reserve forest country state fen moss mire heath vale ridge flats club shop
expeditions adventures imaging rescue wildlife aerial paddle guiding fly runners rd dr ln
вул ул пер пров м г с смт пос д רחוב شارع ซอย ถนน οδός no""".split())


# a word: letters/digits plus the combining marks of Latin, Hebrew, Arabic, Devanagari and Thai
TOK = r"[\w\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0963\u0e31-\u0e4e]+"


class Abort(SystemExit):
    pass


def need(ok, what):
    if not ok:
        raise Abort(f"validation failed: {what}")


def solve(rng, make, valid, what, tries=6000):
    for _ in range(tries):
        c = make(rng)
        try:
            if valid(c):
                return c
        except Exception:
            pass
    raise Abort(f"could not generate a valid {what}")


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def rdate(rng, y0=1950, y1=2004):
    d0 = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(d0 + rng.randrange(dt.date(y1, 12, 31).toordinal() - d0))


# ----------------------------------------------------------------------------------------------- identifiers
def id_nhs(rng, d):
    return solve(rng, lambda r: r.choice("4") + digits(r, 9), nhs.is_valid, "NHS number")


def id_ssn(rng, d):
    def mk(r):
        a = r.randrange(1, 666)
        return f"{a:03d}-{r.randrange(1, 100):02d}-{r.randrange(1, 10000):04d}"
    return solve(rng, mk, us_ssn.is_valid, "SSN")


def id_idnr(rng, d):
    def mk(r):
        p = list("0123456789")
        r.shuffle(p)
        p[r.randrange(1, 10)] = p[r.randrange(0, 10)]
        if p[0] == "0":
            p[0] = "7"
        return "".join(p) + r.choice("0123456789")
    return solve(rng, mk, de_idnr.is_valid, "Steuer-ID")


def id_nir(rng, d):
    def mk(r):
        body = f"{r.choice('12')}{d.year % 100:02d}{d.month:02d}{r.choice(['05', '38', '73', '74', '09', '65'])}{r.randrange(1, 999):03d}{r.randrange(1, 999):03d}"
        return body + f"{97 - int(body) % 97:02d}"
    return solve(rng, mk, fr_nir.is_valid, "NIR")


def id_dni(rng, d):
    def mk(r):
        n = r.randrange(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    return solve(rng, mk, es_dni.is_valid, "DNI")


def id_cf(rng, d):
    def mk(r):
        cons = "BCDFGLMNPRSTVZ"
        s = "".join(r.choice(cons) for _ in range(6))
        day = d.day + (40 if r.random() < .5 else 0)
        b = s + f"{d.year % 100:02d}" + "ABCDEHLMPRST"[d.month - 1] + f"{day:02d}" + r.choice(["H501", "F205", "L219", "A944", "D969", "L378"])
        return b + it_cf.calc_check_digit(b)
    return solve(rng, mk, it_cf.is_valid, "codice fiscale")


def id_bsn(rng, d):
    return solve(rng, lambda r: r.choice("12367") + digits(r, 8), nl_bsn.is_valid, "BSN")


def id_pesel(rng, d):
    def mk(r):
        m = d.month + (20 if d.year >= 2000 else 0)
        return f"{d.year % 100:02d}{m:02d}{d.day:02d}" + digits(r, 5)
    return solve(rng, mk, pl_pesel.is_valid, "PESEL")


def id_cpf(rng, d):
    def mk(r):
        s = digits(r, 11)
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    return solve(rng, mk, br_cpf.is_valid, "CPF", 20000)


def id_se(rng, d):
    return solve(rng, lambda r: f"{d.year % 100:02d}{d.month:02d}{d.day:02d}-" + digits(r, 4), se_pn.is_valid, "personnummer")


def id_hetu(rng, d):
    sep = "-" if d.year < 2000 else "A"
    return solve(rng, lambda r: f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{sep}{r.randrange(2, 899):03d}" + r.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"), fi_hetu.is_valid, "HETU", 20000)


def id_fnr(rng, d):
    def mk(r):
        ind = r.randrange(0, 499) if d.year < 2000 else r.randrange(500, 999)
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{ind:03d}" + digits(r, 2)
    return solve(rng, mk, no_fnr.is_valid, "fodselsnummer", 20000)


def id_rc(rng, d):
    def mk(r):
        m = d.month + (50 if r.random() < .5 else 0)
        return f"{d.year % 100:02d}{m:02d}{d.day:02d}/" + digits(r, 4)
    return solve(rng, mk, cz_rc.is_valid, "rodne cislo", 20000)


def id_tc(rng, d):
    return solve(rng, lambda r: r.choice("123456789") + digits(r, 10), tr_tc.is_valid, "TC kimlik", 20000)


def id_inn(rng, d):
    return solve(rng, lambda r: r.choice(["77", "50", "66", "54", "24", "25"]) + digits(r, 10), ru_inn.is_valid, "INN", 20000)


def id_rntrc(rng, d):
    return solve(rng, lambda r: r.choice("23") + digits(r, 9), ua_rntrc.is_valid, "RNTRC")


def id_amka(rng, d):
    return solve(rng, lambda r: f"{d.day:02d}{d.month:02d}{d.year % 100:02d}" + digits(r, 5), gr_amka.is_valid, "AMKA")


def id_il(rng, d):
    return solve(rng, lambda r: r.choice("0123") + digits(r, 8), il_idnr.is_valid, "Israeli ID")


def id_aadhaar(rng, d):
    def mk(r):
        s = r.choice("23456789") + digits(r, 11)
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    return solve(rng, mk, in_aadhaar.is_valid, "Aadhaar")


def id_th(rng, d):
    def mk(r):
        s = r.choice("1358") + digits(r, 12)
        return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"
    return solve(rng, mk, th_pin.is_valid, "Thai PIN")


def id_ric(rng, d):
    def mk(r):
        return r.choice(["110101", "310104", "440305", "510107", "330106", "420102"]) + f"{d.year}{d.month:02d}{d.day:02d}" + digits(r, 3) + r.choice("0123456789X")
    return solve(rng, mk, cn_ric.is_valid, "RIC")


def id_mynumber(rng, d):
    def mk(r):
        s = r.choice("123456789") + digits(r, 11)
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    return solve(rng, mk, jp_in.is_valid, "My Number")


def id_rrn(rng, d):
    def mk(r):
        g = ("1", "2")[r.randrange(2)] if d.year < 2000 else ("3", "4")[r.randrange(2)]
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}-{g}{r.randrange(0, 90):02d}" + digits(r, 4)
    return solve(rng, mk, kr_rrn.is_valid, "RRN", 20000)


def id_pan(rng, d):
    def mk(r):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return "".join(r.choice(L) for _ in range(3)) + "P" + r.choice(L) + digits(r, 4) + r.choice(L)
    return solve(rng, mk, in_pan.is_valid, "PAN")


IBAN_BBAN = {"DE": "18n", "FR": "10n11n2n", "ES": "20n", "IT": "1a10n12n", "NL": "4a10n", "PL": "24n", "SE": "20n",
             "FI": "14n", "NO": "11n", "CZ": "20n", "TR": "5n1n16n", "GR": "7n16n", "IL": "19n"}


def mk_iban(rng, cc):
    spec = IBAN_BBAN[cc]

    def mk(r):
        b = ""
        for n, t in re.findall(r"(\d+)([an])", spec):
            b += "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if t == "a" else "0123456789") for _ in range(int(n)))
        if cc == "NL":
            b = r.choice(["ABNA", "RABO", "INGB", "TRIO"]) + b[4:]
        num = int("".join(str(int(ch, 36)) for ch in b + cc + "00"))
        v = f"{cc}{98 - num % 97:02d}{b}"
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return solve(rng, mk, std_iban.is_valid, f"IBAN {cc}", 20000)


def mk_card(rng):
    def mk(r):
        s = r.choice(["4", "51", "52", "53", "54", "55"])
        s += digits(r, 15 - len(s))
        s += luhn.calc_check_digit(s)
        return " ".join(s[i:i + 4] for i in range(0, 16, 4))
    c = solve(rng, mk, lambda c: luhn.is_valid(c.replace(" ", "")) and c.replace(" ", "") not in TEST_CARDS, "card")
    return c


TEST_CARDS = ["4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556", "5105105105105100"]


def mk_mrn(rng):
    def mk(r):
        s = digits(r, 7)
        return s + luhn.calc_check_digit(s)
    return "MRN " + solve(rng, mk, luhn.is_valid, "MRN")


def mk_aba(rng):
    def mk(r):
        return r.choice(["09", "10", "12", "03", "04"]) + digits(r, 7)
    rt = solve(rng, mk, us_rtn.is_valid, "routing")
    return f"routing {rt} / acct {digits(rng, 10)}"


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def mk_ip(rng):
    def mk(r):
        return str(ipaddress.IPv4Address(r.randrange(1 << 24, 223 << 24)))
    return solve(rng, mk, lambda s: ipaddress.ip_address(s).is_global and not any(ipaddress.ip_address(s) in n for n in DOC_NETS[:3]), "ip")


def mk_phone(rng, region, kind="mobile", fmt="intl"):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE if kind == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE)
    nsn = phonenumbers.national_significant_number(ex)
    keep = 3 if region == "US" else 2

    def mk(r):
        head = r.choice(["406", "435", "218", "307", "208"]) if region == "US" else nsn[:keep]
        s = head + digits(r, len(nsn) - len(head))
        if region == "US" and s[3:6] == "555":
            return None
        return phonenumbers.parse("+" + str(ex.country_code) + s)

    def ok(n):
        return n is not None and phonenumbers.is_valid_number(n)
    n = solve(rng, mk, ok, f"phone {region}")
    f = phonenumbers.PhoneNumberFormat.INTERNATIONAL if fmt == "intl" else phonenumbers.PhoneNumberFormat.NATIONAL
    s = phonenumbers.format_number(n, f)
    need(phonenumbers.is_valid_number(phonenumbers.parse(s, region)), s)
    return s


# ------------------------------------------------------------------------------------------------- locales
# tag, script, region, name order (gs = given-surname, sg = surname-given, sgn = no space),
# given, surnames, romanised surnames (for e-mails), given syllables, surname syllables (freeze refill),
# streets, address format, cities, labels (name, phone, address, dob, e-mail), id (type, label, fn),
# e-mail domains, dob format, world phrases (booking, licence, incident, tour)
L = []


def loc(**k):
    L.append(k)


loc(tag="en-GB", script="Latin", region="GB", order="gs",
    given="Ffion Callum Isla Rhys Morag Tamsin Ewan Bethan Lachlan Carys".split(),
    sur="Pritchard Haworth McAllister Trevelyan Dunmore Ellery Gwilliam Ashdown Blakemore Cotterill".split(), roman=[],
    gsyl="Bry Tam Ell Cad Wyn Mor Ros Kel|an wen yn ie ric a".split(), ssyl="Ash Brack Thorn Hal Pen Ruther Colt|ley wick ham den ford ridge".split(),
    streets=["Bracken Lane", "Mill Brow", "Quarry Row", "Fellside Close", "Tarnbeck Road"], afmt="{n} {street}, {city} {post}",
    cities=[("Keswick", "CA12 {d}{AA}"), ("Brecon", "LD3 {d}{AA}"), ("Aviemore", "PH22 {d}{AA}")],
    lab=("Name", "Tel", "Address", "DOB", "Email"), idt=("HEALTH_INSURANCE", "NHS no.", id_nhs), iban=None,
    dom=["btinternet.com", "gmail.com", "outlook.com"], dob="%d/%m/%Y",
    ph=("pitch booking", "rod licence", "incident report", "guided walk"))
loc(tag="en-US", script="Latin", region="US", order="gs",
    given="Brayden Kaylee Dustin Marisol Tucker Shayla Colter Jolene Wyatt Raelynn".split(),
    sur="Kowalczyk Abernathy Redhorse Dufresne Tolliver Haskins Vandermolen Birdsong Ostrander Pruitt".split(), roman=[],
    gsyl="Bray Kay Dus Jax Rae Col Ty Mack|den lee tin ton lyn son".split(), ssyl="Hol Brack Whit Ost Cul Tan|comb ridge lander berry wick ston".split(),
    streets=["Elk Ridge Rd", "Cottonwood Dr", "Spruce Hollow Ln", "Antelope Flats Rd", "Old Mill Creek Rd"], afmt="{n} {street}, {city}",
    cities=[("Bozeman, MT 59715", ""), ("Moab, UT 84532", ""), ("Ely, MN 55731", "")],
    lab=("Name", "Cell", "Address", "DOB", "Email"), idt=("US_SSN", "SSN", id_ssn), iban=None,
    dom=["gmail.com", "yahoo.com", "icloud.com"], dob="%m/%d/%Y",
    ph=("campsite reservation", "hunting license", "incident log", "guided float trip"))
loc(tag="de-DE", script="Latin", region="DE", order="gs",
    given="Jörg Annegret Malte Wiebke Henning Frauke Lasse Gesa Timo Ilka".split(),
    sur="Kröger Brettschneider Hinrichs Oltmanns Pfisterer Gehrke Wendeborn Tiedemann Rüdiger Sassenberg".split(), roman=[],
    gsyl="Hen Wie Ma Fen Til Ger Jo|ke rik ko da ne lef".split(), ssyl="Brink Hol Wen Stein Moor Lüt|mann kamp hoff bach jes berg".split(),
    streets=["Moorweg", "Heidekamp", "Am Fuchsbau", "Bruchwiesen", "Torfstich"], afmt="{street} {n}, {post} {city}",
    cities=[("Bad Wildungen", "34537"), ("Schneverdingen", "29640"), ("Berchtesgaden", "83471")],
    lab=("Name", "Tel.", "Anschrift", "Geb.-Datum", "E-Mail"), idt=("TAX_ID", "Steuer-ID", id_idnr), iban="DE",
    dom=["web.de", "gmx.de", "t-online.de"], dob="%d.%m.%Y",
    ph=("Stellplatzbuchung", "Angelschein-Antrag", "Einsatzbericht Ranger", "Führung im Nationalpark"))
loc(tag="fr-FR", script="Latin", region="FR", order="gs",
    given="Maëlle Gaëtan Solène Baptiste Apolline Erwan Léonie Yannick Clémence Tanguy".split(),
    sur="Le Gall Fauchereau Villemin Roussillon Quéméneur Barthès Delcourt Maréchaux Pinsolle Ardouin".split("  ") if False else ["Le Gall", "Fauchereau", "Villemin", "Roussillon", "Quéméneur", "Barthès", "Delcourt", "Maréchaux", "Pinsolle", "Ardouin"], roman=[],
    gsyl="Ga Mae So Lou Er Tan|ëlle wan ne guy is rine".split(), ssyl="Ker Bel Mon Roch Dau|vel mont ier ville guen".split(),
    streets=["chemin des Tourbières", "rue du Lavoir", "impasse des Genêts", "route de la Sagne", "allée des Sorbiers"], afmt="{n} {street}, {post} {city}",
    cities=[("Briançon", "05100"), ("Annecy", "74000"), ("Foix", "09000")],
    lab=("Nom", "Tél.", "Adresse", "Né(e) le", "Courriel"), idt=("NATIONAL_ID", "n° sécu", id_nir), iban="FR",
    dom=["orange.fr", "free.fr", "laposte.net"], dob="%d/%m/%Y",
    ph=("réservation d'emplacement", "carte de pêche", "main courante garde-moniteur", "sortie guidée"))
loc(tag="es-ES", script="Latin", region="ES", order="gs",
    given="Iñaki Rocío Aitor Nerea Fermín Ainhoa Telmo Maialen Casimiro Begoña".split(),
    sur="Etxeberria Arrizabalaga Gorostiza Villalobos Carretero Landeta Urquijo Bellido Sarasola Oyarzun".split(), roman=[],
    gsyl="Ai Ne Tel Ma Fer Ro|tor rea mo ia min cío".split(), ssyl="Arri Goro Lan Olaz Ech|zabal stiza deta abal egoyen".split(),
    streets=["Calle del Acebo", "Camino de la Vega", "Calle Brezales", "Travesía del Pinar", "Calle Turbera"], afmt="{street}, {n}, {post} {city}",
    cities=[("Cangas de Onís", "33550"), ("Jaca", "22700"), ("Cazorla", "23470")],
    lab=("Nombre", "Tel.", "Domicilio", "Fecha nac.", "Correo"), idt=("NATIONAL_ID", "DNI", id_dni), iban="ES",
    dom=["gmail.com", "hotmail.es", "telefonica.net"], dob="%d/%m/%Y",
    ph=("reserva de parcela", "licencia de pesca", "parte de incidencias del agente forestal", "ruta guiada"))
loc(tag="it-IT", script="Latin", region="IT", order="gs",
    given="Ottavio Ginevra Ruggero Annunziata Tommaso Loredana Gualtiero Serena Nazzareno Fiorenza".split(),
    sur="Zanardelli Pedrotti Bortolami Sciacchitano Valsecchi Ghidoni Casagrande Tessaro Fumagalli Dell'Orto".split(), roman=[],
    gsyl="Ot Gi Ru Lo Fio Gual|tavio nevra ggero redana renza tiero".split(), ssyl="Zan Ped Bor Val Ghi|ardelli rotti tolami secchi doni".split(),
    streets=["Via delle Torbiere", "Via Larici", "Vicolo del Mulino", "Via Pian di Sopra", "Strada dei Camosci"], afmt="{street} {n}, {post} {city}",
    cities=[("Cogne", "11012"), ("Pescasseroli", "67032"), ("Bormio", "23032")],
    lab=("Nome", "Cell.", "Indirizzo", "Data di nascita", "Email"), idt=("TAX_ID", "Cod. fiscale", id_cf), iban="IT",
    dom=["libero.it", "virgilio.it", "alice.it"], dob="%d/%m/%Y",
    ph=("prenotazione piazzola", "licenza di pesca", "verbale guardiaparco", "escursione guidata"))
loc(tag="nl-NL", script="Latin", region="NL", order="gs",
    given="Sjoerd Femke Wietse Marloes Tjeerd Anouk Jelmer Sietske Douwe Lieke".split(),
    sur="van der Veen Hoekstra Bosma Wijnstra de Boer-Klaassen Terpstra Zijlstra Oosterhof Kuipers Vellinga".split() if False else ["van der Veen", "Hoekstra", "Bosma", "Wijnstra", "Terpstra", "Zijlstra", "Oosterhof", "Kuipers", "Vellinga", "Dijkhuizen"], roman=[],
    gsyl="Sjo Fem Wie Jel Tjee Sie|erd ke tse mer rd tske".split(), ssyl="Hoek Bos Wijn Oost Dijk|stra ma erhof huizen inga".split(),
    streets=["Veenweg", "Heideveld", "Dwarsdijk", "Turfstekerspad", "Hooilandseweg"], afmt="{street} {n}, {post} {city}",
    cities=[("Appelscha", "8426 {d}{AA}"), ("Giethoorn", "8355 {d}{AA}"), ("Schoorl", "1871 {d}{AA}")],
    lab=("Naam", "Tel", "Adres", "Geb.datum", "E-mail"), idt=("NATIONAL_ID", "BSN", id_bsn), iban="NL",
    dom=["ziggo.nl", "kpnmail.nl", "hotmail.nl"], dob="%d-%m-%Y",
    ph=("kampeerplaatsreservering", "visvergunning", "incidentmelding boswachter", "excursie met gids"))
loc(tag="pl-PL", script="Latin", region="PL", order="gs",
    given="Grzegorz Małgorzata Wojciech Jadwiga Przemysław Bożena Radosław Halina Zdzisław Agnieszka".split(),
    sur="Wróblewski Szczepańska Kaczmarczyk Bielecka Gołębiowski Zawadzka Chmielewski Przybylska Sobczak Dąbrowska".split(), roman=[],
    gsyl="Rad Zdzi Prze Bo Mał|osław sław mysław żena gosia".split(), ssyl="Wrób Szcze Gołę Chmie Przy|lewski pańska biowski lewska bylski".split(),
    streets=["ul. Torfowa", "ul. Bagienna", "ul. Leśna Polana", "ul. Żurawia", "ul. Nad Biebrzą"], afmt="{street} {n}, {post} {city}",
    cities=[("Goniądz", "19-110"), ("Zakopane", "34-500"), ("Ustrzyki Dolne", "38-700")],
    lab=("Imię i nazwisko", "Tel.", "Adres", "Data ur.", "E-mail"), idt=("NATIONAL_ID", "PESEL", id_pesel), iban="PL",
    dom=["wp.pl", "o2.pl", "interia.pl"], dob="%d.%m.%Y",
    ph=("rezerwacja pola namiotowego", "zezwolenie na połów ryb", "notatka służbowa strażnika", "wycieczka z przewodnikiem"))
loc(tag="pt-BR", script="Latin", region="BR", order="gs",
    given="Thiago Luana Ederson Jussara Raimundo Kelly Wellington Francisca Cleiton Rosângela".split(),
    sur="Albuquerque Figueiredo Nascimento Brandão Cavalcanti Tavares Medeiros Guimarães Sampaio Queiroz".split(), roman=[],
    gsyl="Clei Wel Jus Rai Edi|ton lington sara mundo valdo".split(), ssyl="Figue Caval Medei Guima Sam|iredo canti ros rães paio".split(),
    streets=["Rua das Palmeiras", "Estrada do Guaraná", "Rua Ipê Amarelo", "Travessa do Buriti", "Rua Seringueira"], afmt="{street}, {n}, {city} - CEP {post}",
    cities=[("Bonito/MS", "79290-000"), ("Alto Paraíso de Goiás/GO", "73770-000"), ("Lençóis/BA", "46960-000")],
    lab=("Nome", "Cel", "Endereço", "Data de nasc.", "E-mail"), idt=("TAX_ID", "CPF", id_cpf), iban=None,
    dom=["gmail.com", "uol.com.br", "bol.com.br"], dob="%d/%m/%Y",
    ph=("reserva de área de camping", "licença de pesca amadora", "boletim de ocorrência do guarda-parque", "trilha guiada"))
loc(tag="sv-SE", script="Latin", region="SE", order="gs",
    given="Torbjörn Ylva Gunnar Sigrid Ragnar Märta Åke Linnea Folke Ingrid".split(),
    sur="Lindqvist Hällström Bergkvist Sjögren Åkerlund Nyström Fjällgren Holmberg Ekdahl Strandberg".split(), roman=[],
    gsyl="Tor Yl Rag Mär Fol Sig|björn va nar ta ke rid".split(), ssyl="Hall Sjö Åker Fjäll Ek|ström gren lund dahl berg".split(),
    streets=["Myrvägen", "Tjärnstigen", "Fjällgatan", "Kvarnbacken", "Ripvägen"], afmt="{street} {n}, {post} {city}",
    cities=[("Jokkmokk", "962 {dd}"), ("Åre", "837 {dd}"), ("Tärnaby", "920 {dd}")],
    lab=("Namn", "Tel", "Adress", "Född", "E-post"), idt=("NATIONAL_ID", "Personnr", id_se), iban="SE",
    dom=["telia.com", "hotmail.se", "gmail.com"], dob="%Y-%m-%d",
    ph=("stugbokning", "fiskekort", "händelserapport tillsyn", "guidad tur"))
loc(tag="fi-FI", script="Latin", region="FI", order="gs",
    given="Jouni Pirjo Tapani Sirkka Esa-Pekka Kaisu Veikko Hillevi Onni Aino".split(),
    sur="Heikkilä Rantanen Väisänen Kärkkäinen Pietikäinen Lehtola Suominen Mäkelä Hyvönen Kettunen".split(), roman=[],
    gsyl="Jou Tapa Veik Hil Kai|ni ni ko levi su".split(), ssyl="Heik Väi Kärk Pieti Suo|kilä sänen käinen käinen minen".split(),
    streets=["Suopolku", "Kelokuja", "Tunturitie", "Lapinkatu", "Kuusirinne"], afmt="{street} {n}, {post} {city}",
    cities=[("Inari", "99870"), ("Kuusamo", "93600"), ("Kolari", "95900")],
    lab=("Nimi", "Puh.", "Osoite", "Syntymäaika", "Sähköposti"), idt=("NATIONAL_ID", "Hetu", id_hetu), iban="FI",
    dom=["suomi24.fi", "kolumbus.fi", "gmail.com"], dob="%d.%m.%Y",
    ph=("autiotupavaraus", "kalastuslupa", "erätarkastajan tapahtumailmoitus", "opastettu retki"))
loc(tag="nb-NO", script="Latin", region="NO", order="gs",
    given="Eirik Solveig Tormod Ragnhild Sindre Gudrun Vegard Åshild Øystein Tuva".split(),
    sur="Haugland Rønningen Bjørnstad Fjeldheim Tveit Sætre Grønvold Lunde Brekken Myrvoll".split(), roman=[],
    gsyl="Ei Tor Sin Veg Øy|rik mod dre ard stein".split(), ssyl="Haug Rønn Bjørn Fjeld Grøn|land ingen stad heim vold".split(),
    streets=["Myrveien", "Setervegen", "Tjernstien", "Fjellgata", "Reinsletta"], afmt="{street} {n}, {post} {city}",
    cities=[("Lom", "2686"), ("Rjukan", "3660"), ("Oppdal", "7340")],
    lab=("Navn", "Tlf", "Adresse", "Fødselsdato", "E-post"), idt=("NATIONAL_ID", "Fødselsnr", id_fnr), iban="NO",
    dom=["online.no", "hotmail.no", "gmail.com"], dob="%d.%m.%Y",
    ph=("hyttebestilling", "fiskekort", "hendelseslogg oppsyn", "guidet tur"))
loc(tag="cs-CZ", script="Latin", region="CZ", order="gs",
    given="Radek Zdeňka Vojtěch Blanka Přemysl Jitka Bohumil Radka Čestmír Libuše".split(),
    sur="Procházka Kovářová Dvořáček Šťastná Vondráček Hrubá Kučera Benešová Zelinka Holubová".split(), roman=[],
    gsyl="Voj Bohu Přem Čest Lib|těch mil ysl mír uše".split(), ssyl="Vond Dvoř Hrub Zel Hol|ráček áček ý inka ub".split(),
    streets=["Rašelinná", "Pod Smrčinou", "Lesní stezka", "U Tůně", "Horská"], afmt="{street} {n}, {post} {city}",
    cities=[("Kvilda", "384 93"), ("Špindlerův Mlýn", "543 51"), ("Hřensko", "407 17")],
    lab=("Jméno", "Tel.", "Adresa", "Datum nar.", "E-mail"), idt=("NATIONAL_ID", "Rodné číslo", id_rc), iban="CZ",
    dom=["seznam.cz", "email.cz", "centrum.cz"], dob="%d. %m. %Y",
    ph=("rezervace tábořiště", "rybářský lístek", "záznam strážce", "komentovaná vycházka"))
loc(tag="tr-TR", script="Latin", region="TR", order="gs",
    given="Oğuzhan Şebnem Tuncay Gülizar Erdal Nurcan Serkan Dilek Yiğit Filiz".split(),
    sur="Karagöz Yıldırımoğlu Çelikkaya Aksoy Bozkurt Tekinalp Özdemir Kocabaş Sarıkaya Gündoğdu".split(), roman=[],
    gsyl="Oğuz Tun Ser Yi Nur|han cay kan ğit can".split(), ssyl="Kara Çelik Boz Teki Sarı|göz kaya kurt nalp soy".split(),
    streets=["Ardıç Sokağı", "Yayla Caddesi", "Çamlık Sokak", "Göl Yolu Sokağı", "Karaağaç Caddesi"], afmt="{street} No:{n}, {post} {city}",
    cities=[("Uzungöl/Trabzon", "61940"), ("Bolu", "14100"), ("Kaş/Antalya", "07580")],
    lab=("Ad Soyad", "Tel", "Adres", "Doğum tarihi", "E-posta"), idt=("NATIONAL_ID", "TC Kimlik No", id_tc), iban="TR",
    dom=["hotmail.com", "gmail.com", "yandex.com.tr"], dob="%d.%m.%Y",
    ph=("kamp alanı rezervasyonu", "amatör balıkçı belgesi", "bekçi olay tutanağı", "rehberli tur"))
loc(tag="ru-RU", script="Cyrillic", region="RU", order="sg",
    given="Всеволод Ульяна Тимофей Анфиса Ярослав Евдокия Святослав Варвара Игнат Полина".split(),
    sur="Белозёров Карпухина Шестаков Прохорова Лапшин Воронцова Зарубин Ефремова Тетерин Куприянова".split(),
    roman="belozerov karpukhina shestakov prokhorova lapshin zarubin teterin".split(),
    gsyl="Свято Яро Все Ан Ва|слав пол фиса вара".split(), ssyl="Бело Кар Шеста Лап Тете|зёров пухин ков шин рин".split(),
    streets=["ул. Болотная", "ул. Лесничества", "пер. Кедровый", "ул. Заповедная", "ул. Таёжная"], afmt="{post}, {city}, {street}, д. {n}",
    cities=[("пос. Листвянка", "664520"), ("г. Сортавала", "186790"), ("с. Эссо", "684350")],
    lab=("ФИО", "Тел.", "Адрес", "Дата рожд.", "Эл. почта"), idt=("TAX_ID", "ИНН", id_inn), iban=None,
    dom=["mail.ru", "yandex.ru", "rambler.ru"], dob="%d.%m.%Y",
    ph=("бронирование стоянки", "путёвка на охоту", "рапорт инспектора", "экскурсия с гидом"))
loc(tag="uk-UA", script="Cyrillic", region="UA", order="sg",
    given="Богдан Оксана Тарас Соломія Остап Ярина Мирослав Зоряна Василь Христина".split(),
    sur="Кравчук Гнатюк Шевчишин Лозинська Дячук Мельничук Гордієнко Савчин Бойко Тимошенко-Ворона".split()[:9] + ["Стефаник-Дуда"],
    roman="kravchuk hnatiuk shevchyshyn diachuk melnychuk savchyn".split(),
    gsyl="Бог Ос Ми Зо Хри|дан тап рослав ряна стина".split(), ssyl="Крав Гнат Мель Сав Дя|чук юк ничук чин чук".split(),
    streets=["вул. Смерекова", "вул. Полонинська", "вул. Гірська", "вул. Лісова", "пров. Потічний"], afmt="{street}, {n}, {city}, {post}",
    cities=[("смт Ворохта", "78595"), ("м. Яремче", "78500"), ("с. Синевир", "90041")],
    lab=("ПІБ", "Тел.", "Адреса", "Дата нар.", "Ел. пошта"), idt=("TAX_ID", "РНОКПП", id_rntrc), iban=None,
    dom=["ukr.net", "i.ua", "gmail.com"], dob="%d.%m.%Y",
    ph=("бронювання місця в кемпінгу", "дозвіл на рибальство", "рапорт єгеря", "екскурсія з гідом"))
loc(tag="el-GR", script="Greek", region="GR", order="gs",
    given="Σταυρούλα Παναγιώτης Ευανθία Χαράλαμπος Δέσποινα Θεμιστοκλής Αγλαΐα Σπυρίδων Ροδάνθη Λεωνίδας".split(),
    sur="Καραγιάννη Παπαθανασίου Μπουλούκος Τσιμπούκη Ζαχαράκης Κουτσογιάννη Λαμπρόπουλος Φωτεινού Σταματέλος Χατζηνικολάου".split(),
    roman="karagianni papathanasiou boulouko tsimpouki zacharakis lampropoulos".split(),
    gsyl="Σταυ Χαρα Θεμι Ρο Σπυ|ρούλα λαμπος στοκλής δάνθη ρίδων".split(), ssyl="Καρα Μπου Τσιμ Λαμ Σταμα|γιάννη λούκος πούκη πρόπουλος τέλος".split(),
    streets=["οδός Ελάτων", "οδός Βάλτου", "οδός Πλατάνων", "οδός Αγριμιών", "οδός Κρανιάς"], afmt="{street} {n}, {post} {city}",
    cities=[("Μέτσοβο", "442 00"), ("Λιτόχωρο", "602 00"), ("Ζαγόρι", "440 07")],
    lab=("Ονοματεπώνυμο", "Τηλ.", "Διεύθυνση", "Ημ. γέννησης", "Email"), idt=("NATIONAL_ID", "ΑΜΚΑ", id_amka), iban="GR",
    dom=["otenet.gr", "yahoo.gr", "gmail.com"], dob="%d/%m/%Y",
    ph=("κράτηση θέσης κατασκήνωσης", "άδεια αλιείας", "αναφορά συμβάντος δασοφύλακα", "ξενάγηση"))
loc(tag="ar-EG", script="Arabic", region="EG", order="gs",
    given="حسام شيماء عمرو ياسمين طارق نسرين مصطفى هبة كريم دعاء".split(),
    sur="الشناوي عبدالعظيم السيوفي الدمرداش الجزار البحيري القلعاوي العشماوي الفيومي الزيني".split(),
    roman="elshenawy abdelazim elsiufy eldemerdash elgazzar elbehery".split(),
    gsyl="حسا طار نسر شيم|م ق ين اء".split(), ssyl="الشن الدمر البحي القلع|اوي داش ري اوي".split(),
    streets=["شارع النخيل", "شارع البحيرة", "شارع الصيادين", "شارع المحمية", "شارع الواحة"], afmt="{n} {street}، {city} {post}",
    cities=[("الفيوم", "63511"), ("سانت كاترين", "46611"), ("مرسى علم", "84721")],
    lab=("الاسم", "موبايل", "العنوان", "تاريخ الميلاد", "البريد"), idt=("CREDIT_CARD", "بطاقة", None), iban=None,
    dom=["gmail.com", "yahoo.com", "hotmail.com"], dob="%d/%m/%Y",
    ph=("حجز مخيم", "رخصة صيد", "تقرير حادث الحارس", "رحلة بمرشد"))
loc(tag="he-IL", script="Hebrew", region="IL", order="gs",
    given="אביטל עידו שירה נועם יעל אלון מיכל גלעד תמר רועי".split(),
    sur="בן-שושן אלמוג זילברמן חדד פרידלנדר שטרנברג אזולאי ויסמן קורן מזרחי".split(),
    roman="benshushan almog zilberman hadad friedlander weissman".split(),
    gsyl="אבי עי גל שי|טל דו עד רה".split(), ssyl="זילבר פריד שטרנ וייס|מן לנדר ברג מן".split(),
    streets=["רחוב האלה", "רחוב הנחל", "רחוב הצבאים", "רחוב הברוש", "רחוב המעיין"], afmt="{street} {n}, {city} {post}",
    cities=[("מצפה רמון", "8060000"), ("ראש פינה", "1200000"), ("עין גדי", "8698000")],
    lab=("שם", "טלפון", "כתובת", "תאריך לידה", "דוא\"ל"), idt=("NATIONAL_ID", "ת\"ז", id_il), iban="IL",
    dom=["walla.co.il", "gmail.com", "012.net.il"], dob="%d/%m/%Y",
    ph=("הזמנת חניון לילה", "רישיון דיג", "דו\"ח אירוע פקח", "סיור מודרך"))
loc(tag="hi-IN", script="Devanagari", region="IN", order="gs",
    given="अनिरुद्ध सुरभि विक्रांत पल्लवी हर्षवर्धन मेघना रितेश कादम्बरी देवांश ऋचा".split(),
    sur="चतुर्वेदी भटनागर कुलश्रेष्ठ रावत बिष्ट नेगी त्रिपाठी धस्माना उनियाल पंवार".split(),
    roman="chaturvedi bhatnagar kulshreshtha rawat bisht negi".split(),
    gsyl="अनि विक्र हर्ष देव|रुद्ध ांत वर्धन ांश".split(), ssyl="धस्मा उनि कुल भट|ना याल श्रेष्ठ नागर".split(),
    streets=["वन विहार मार्ग", "देवदार लेन", "झील रोड", "पाइन हिल मार्ग", "बुरांश गली"], afmt="मकान {n}, {street}, {city} {post}",
    cities=[("रामनगर, उत्तराखंड", "244715"), ("सवाई माधोपुर, राजस्थान", "322001"), ("मनाली, हिमाचल", "175131")],
    lab=("नाम", "मोबाइल", "पता", "जन्म तिथि", "ईमेल"), idt=("NATIONAL_ID", "आधार", id_aadhaar), iban=None,
    dom=["gmail.com", "rediffmail.com", "yahoo.co.in"], dob="%d-%m-%Y",
    ph=("कैंपसाइट बुकिंग", "मछली पकड़ने का लाइसेंस", "वनरक्षक घटना रिपोर्ट", "जंगल सफारी"))
loc(tag="th-TH", script="Thai", region="TH", order="gs",
    given="ธนพล สุพัตรา วรวุฒิ กมลชนก ณัฐวุฒิ พิมพ์ชนก อนุชา รัตนาภรณ์ ชยพล ปิยะนุช".split(),
    sur="ศรีสวัสดิ์ วงศ์ไพบูลย์ ทองประเสริฐ แก้วมณี บุญเรือง สุขเจริญ จันทร์หอม พรหมสุวรรณ เพชรรัตน์ ศักดิ์ดี".split(),
    roman="srisawat wongpaiboon thongprasert kaewmanee boonrueang sukcharoen".split(),
    gsyl="ธน วร อนุ ปิยะ|พล วุฒิ ชา นุช".split(), ssyl="ทอง แก้ว บุญ เพชร|ประเสริฐ มณี เรือง รัตน์".split(),
    streets=["ซอยป่าสน", "ถนนเขาใหญ่", "ซอยน้ำตก", "ถนนดอยอินทนนท์", "ซอยบึงบัว"], afmt="{n} {street} {city} {post}",
    cities=[("อ.ปากช่อง จ.นครราชสีมา", "30130"), ("อ.จอมทอง จ.เชียงใหม่", "50160"), ("อ.ทองผาภูมิ จ.กาญจนบุรี", "71180")],
    lab=("ชื่อ", "โทร", "ที่อยู่", "วันเกิด", "อีเมล"), idt=("NATIONAL_ID", "เลขบัตรประชาชน", id_th), iban=None,
    dom=["hotmail.com", "gmail.com", "yahoo.co.th"], dob="%d/%m/%Y",
    ph=("จองลานกางเต็นท์", "ใบอนุญาตตกปลา", "บันทึกเหตุการณ์เจ้าหน้าที่อุทยาน", "ทัวร์นำเที่ยว"))
loc(tag="zh-CN", script="Han", region="CN", order="sgn",
    given="梓萱 浩然 雨桐 子轩 思琪 俊杰 晓燕 志强 佳怡 宇航".split(),
    sur="欧阳 诸葛 司马 皇甫 上官 尉迟 慕容 令狐 澹台 公孙".split(),
    roman="ouyang zhuge sima huangfu shangguan murong".split(),
    gsyl="梓 浩 雨 俊 晓|萱 然 桐 杰 燕".split(), ssyl="欧 诸 司 上|阳 葛 马 官".split(),
    streets=["林场路", "湿地公园东路", "松涛巷", "观鸟台街", "竹溪路"], afmt="{city}{street}{n}号 邮编{post}",
    cities=[("黑龙江省伊春市", "153000"), ("四川省九寨沟县", "623400"), ("云南省香格里拉市", "674400")],
    lab=("姓名", "电话", "地址", "出生日期", "邮箱"), idt=("NATIONAL_ID", "身份证号", id_ric), iban=None,
    dom=["qq.com", "163.com", "126.com"], dob="%Y年%m月%d日",
    ph=("营地预订", "垂钓许可证", "护林员事件日志", "生态导览"))
loc(tag="ja-JP", script="Kana", region="JP", order="sg",
    given="さくら ゆうと はるか そうた みゆき けんじ あおい だいき ちひろ こうへい".split(),
    sur="鷹野 榊原 御手洗 雨宮 東雲 千早 蓮見 久我 霧島 朝比奈".split(),
    roman="takano sakakibara mitarai amamiya shinonome hasumi".split(),
    gsyl="ゆう はる そう けん|と か た じ".split(), ssyl="鷹 榊 雨 霧|野 原 宮 島".split(),
    streets=["湿原通り", "山小屋坂", "白樺台", "熊笹町", "渓流通り"], afmt="〒{post} {city}{street}{n}-{m}",
    cities=[("北海道釧路郡", "088-2{ddd}"), ("長野県松本市", "390-1{ddd}"), ("鹿児島県熊毛郡屋久島町", "891-4{ddd}")],
    lab=("氏名", "電話", "住所", "生年月日", "メール"), idt=("NATIONAL_ID", "マイナンバー", id_mynumber), iban=None,
    dom=["docomo.ne.jp", "yahoo.co.jp", "gmail.com"], dob="%Y年%m月%d日",
    ph=("キャンプ場予約", "遊漁券", "レンジャー事案記録", "ガイドツアー"))
loc(tag="ko-KR", script="Hangul", region="KR", order="sgn",
    given="서윤 민준 지호 하은 도현 예린 시우 수아 건우 채원".split(),
    sur="남궁 선우 제갈 독고 황보 사공 서문 동방 어금 망절".split()[:8],
    roman="namgung sunwoo jegal dokgo hwangbo sagong".split(),
    gsyl="서 민 지 도 채|윤 준 호 현 원".split(), ssyl="남 선 황 사|궁 우 보 공".split(),
    streets=["습지로", "솔숲길", "계곡로", "산장길", "철새로"], afmt="{city} {street} {n} (우 {post})",
    cities=[("강원특별자치도 인제군", "24{ddd}"), ("전라남도 순천시", "57{ddd}"), ("제주특별자치도 서귀포시", "63{ddd}")],
    lab=("성명", "연락처", "주소", "생년월일", "이메일"), idt=("NATIONAL_ID", "주민등록번호", id_rrn), iban=None,
    dom=["naver.com", "daum.net", "hanmail.net"], dob="%Y.%m.%d",
    ph=("야영장 예약", "낚시 허가", "국립공원 사고 기록", "생태 해설 투어"))

# ------------------------------------------------------------------------------------------------- freeze
FREEZE_DROPPED = collections.Counter()


def frozen_words(root):
    words, cjk, missing = set(), [], 0
    for name in FROZEN_AGAINST:
        if name == SPLIT:
            continue
        p = root / f"make_{name}_signal_sets.py"
        if not p.exists():
            missing += 1
            continue
        t = p.read_text(encoding="utf-8", errors="replace")
        for w in re.findall(TOK, t):
            if w[0].isupper() or any(ord(c) > 127 for c in w):
                words.add(w.casefold())
        cjk.extend(re.findall(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+", t))
    return words, "\n".join(cjk), missing


def collides(entry, words, cjk):
    toks = [w.casefold() for w in re.findall(TOK, entry)]
    if any(t in words and t not in GENERIC for t in toks):
        return True
    core = re.sub(r"[\s\d{}]", "", entry)
    if re.search(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", core) and len(core) >= 2:
        for t in toks:
            if t not in GENERIC and len(t) >= 2 and t in cjk:
                return True
    return False


def recompose(rng, lc, entry, words, cjk):
    """Replace every colliding word of a street / place by an invented locale-typical compound."""
    a, b = " ".join(lc["ssyl"]).split("|")
    a, b = a.split(), b.split()
    for _ in range(200):
        out = re.sub(TOK, lambda m: (rng.choice(a) + rng.choice(b)) if (m.group(0).casefold() in words and m.group(0).casefold() not in GENERIC)
                     or (re.search(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", m.group(0)) and m.group(0) in cjk) else m.group(0), entry)
        if not collides(out, words, cjk):
            return out
    return None


def freeze(rng, root):
    words, cjk, missing = frozen_words(root)
    for lc in L:
        for key, syl in (("given", "gsyl"), ("sur", "ssyl"), ("roman", None), ("streets", None)):
            kept = [e for e in lc[key] if not collides(e, words, cjk)]
            FREEZE_DROPPED[key] += len(lc[key]) - len(kept)
            if syl and len(kept) < len(lc[key]):
                a, b = " ".join(lc[syl]).split("|")
                a, b = a.split(), b.split()
                for _ in range(400):
                    if len(kept) >= len(lc[key]):
                        break
                    c = rng.choice(a) + rng.choice(b)
                    if c not in kept and not collides(c, words, cjk):
                        kept.append(c)
            if key == "streets" and len(kept) < len(lc[key]):
                for e in lc[key]:
                    if e in kept:
                        continue
                    c = recompose(rng, lc, e, words, cjk)
                    if c and c not in kept:
                        kept.append(c)
                        FREEZE_DROPPED["streets_recomposed"] += 1
            need(len(kept) >= 2 or key == "roman", f"freeze emptied {lc['tag']} {key}")
            lc[key] = kept
        cities = []
        for c in lc["cities"]:
            if collides(c[0], words, cjk):
                FREEZE_DROPPED["places"] += 1
                nc = recompose(rng, lc, c[0], words, cjk)
                if nc:
                    cities.append((nc, c[1]))
                    FREEZE_DROPPED["places_recomposed"] += 1
            else:
                cities.append(c)
        need(len(cities) >= 1, f"freeze emptied {lc['tag']} places")
        lc["cities"] = cities
    for pool in ("OUTFITTERS", "PARKS"):
        g = globals()[pool]
        kept = []
        for e in g:
            if collides(e, words, cjk):
                FREEZE_DROPPED[pool.lower()] += 1
                c = recompose(rng, L[0], e, words, cjk)
                if c and c not in kept:
                    kept.append(c)
                    FREEZE_DROPPED[pool.lower() + "_recomposed"] += 1
            else:
                kept.append(e)
        need(len(kept) >= 3, f"freeze emptied {pool}")
        globals()[pool] = kept
    kept = [e for e in FAMOUS if not collides(e[0], words, cjk)]
    FREEZE_DROPPED["public_figures"] += len(FAMOUS) - len(kept)
    globals()["FAMOUS"] = kept if len(kept) >= 4 else FICTIONAL_FALLBACK
    return missing


# invented organisations and parks (freeze-checked)
OUTFITTERS = ["Brackwater Outfitters", "Sedgeline Guiding Co", "Fernhollow Tours", "Cranberry Flats Paddle Co",
              "Peatbog Expeditions Ltd", "Quillwort Adventures", "Lowmoss Fly Shop", "Cottongrass Trail Runners Club",
              "Bogbean Aerial Imaging GmbH", "Sundew Wildlife Rescue"]
PARKS = ["Greywater Mire National Park", "Hollin Moss Regional Park", "Sphagnum Vale Reserve", "Otterbeck Country Park",
         "Blackheath Fen Nature Reserve", "Whinmoor Forest Park", "Crowberry Ridge State Park"]
# public / historical / fictional persons and eponyms used in public role (hard negatives)
FAMOUS = [("John Muir", "founder of the Sierra Club, quoted on the trailhead board"),
          ("Theodore Roosevelt", "the Roosevelt Arch and Roosevelt elk"),
          ("Alexander von Humboldt", "Humboldt penguin and the Humboldt Current"),
          ("Georg Wilhelm Steller", "Steller's jay and Steller's sea eagle"),
          ("Nikolai Przhevalsky", "Przewalski's horse reintroduction"),
          ("Rachel Carson", "cited author of Silent Spring (1962)"),
          ("Aldo Leopold", "cited author of A Sand County Almanac"),
          ("Carl Linnaeus", "Linnaean binomials on the species list"),
          ("Beatrix Potter", "fictional Mrs. Tiggy-Winkle in the visitor centre shop"),
          ("Ranger Smith", "fictional ranger from the Yogi Bear cartoons"),
          ("Thomas Bewick", "Bewick's swan count"),
          ("Gifford Pinchot", "Gifford Pinchot National Forest"),
          ("Jane Goodall", "public lecture by the primatologist"),
          ("Robin Hood", "legendary outlaw of Sherwood Forest, the visitor trail")]
FICTIONAL_FALLBACK = [("Captain Quagmoss", "fictional mascot of the junior ranger booklet"),
                      ("Old Man of the Mire", "legend told on the night walk"),
                      ("Brother Sedgewick", "character of the medieval abbey legend"),
                      ("Lady of the Lake", "Arthurian legend on the lake trail board")]
PUBLIC_ROLES = ["the Minister for Environment", "the park superintendent (quoted in the press release)",
                "the regional governor", "the chief executive of the parks agency"]
EMERGENCY = {"GB": "999", "US": "911", "DE": "112", "FR": "112", "ES": "112", "IT": "112", "NL": "112", "PL": "112",
             "BR": "193", "SE": "112", "FI": "112", "NO": "113", "CZ": "155", "TR": "112", "RU": "112", "UA": "101",
             "GR": "112", "EG": "123", "IL": "101", "IN": "112", "TH": "1669", "CN": "120", "JP": "119", "KR": "119"}
SPECIES = ["red deer", "roe deer", "brown trout", "grayling", "pike", "mallard", "woodcock", "wild boar", "elk",
           "mule deer", "walleye", "arctic char", "capercaillie", "black grouse", "otter", "common crane"]


# ------------------------------------------------------------------------------------------------- people
def translit(s):
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def fill_post(rng, pat):
    return pat.replace("{d}", str(rng.randrange(1, 10))).replace("{AA}", "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))) \
        .replace("{dd}", f"{rng.randrange(10, 99)}").replace("{ddd}", f"{rng.randrange(100, 999)}")


def person(rng, lc):
    given, sur = rng.choice(lc["given"]), rng.choice(lc["sur"])
    name = {"gs": f"{given} {sur}", "sg": f"{sur} {given}", "sgn": f"{sur}{given}"}[lc["order"]]
    d = rdate(rng)
    city, post = rng.choice(lc["cities"])
    addr = lc["afmt"].format(n=rng.randrange(2, 140), m=rng.randrange(1, 30), street=rng.choice(lc["streets"]), city=city,
                             post=fill_post(rng, post))
    rom = translit(sur) if lc["script"] == "Latin" else (rng.choice(lc["roman"]) if lc["roman"] else "hiker")
    gi = translit(given)[:1] if lc["script"] == "Latin" else rng.choice("aeikmnst")
    local = rng.choice([f"{gi}.{rom}", f"{rom}{d.year % 100:02d}", f"{rom}.{gi}{rng.randrange(1, 99)}", f"{gi}{rom}"])
    email = f"{local}@{rng.choice(lc['dom'])}"
    need(re.fullmatch(r"[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+", email) is not None, email)
    phone = mk_phone(rng, lc["region"], "mobile", rng.choice(["intl", "intl", "nat"]))
    idtype, idlab, fn = lc["idt"]
    idval = fn(rng, d) if fn else mk_card(rng)
    dob = d.strftime(lc["dob"])
    return dict(given=given, sur=sur, name=name, dob=dob, addr=addr, email=email, phone=phone, idtype=idtype,
                idlab=idlab, id=idval)


# ------------------------------------------------------------------------------------------------- documents
def ref(rng, pfx):
    return f"{pfx}-{rng.randrange(2025, 2027)}-{rng.randrange(10000, 99999)}"


def ts(rng):
    return f"2026-{rng.randrange(4, 11):02d}-{rng.randrange(1, 29):02d} {rng.randrange(5, 22):02d}:{rng.randrange(0, 60):02d}"


def coords(rng):
    return f"{rng.uniform(35, 69):.5f}, {rng.uniform(-120, 30):.5f}"


def field_block(lc, p, rng, keys):
    lab = lc["lab"]
    out, iss = [], []
    mp = {"name": (lab[0], p["name"], "PERSON"), "phone": (lab[1], p["phone"], "PHONE_NUMBER"),
          "addr": (lab[2], p["addr"], "STREET_ADDRESS"), "dob": (lab[3], p["dob"], "DATE_OF_BIRTH"),
          "email": (lab[4], p["email"], "EMAIL_ADDRESS"), "id": (p["idlab"], p["id"], p["idtype"])}
    for k in keys:
        a, v, t = mp[k]
        out.append(f"{a}: {v}")
        iss.append((t, v))
    return out, iss


def extra_fin(rng, lc, p):
    """Optionally one financial / medical / network item."""
    r = rng.random()
    if r < .25 and lc["iban"]:
        v = mk_iban(rng, lc["iban"])
        return f"refund IBAN {v}", ("IBAN_CODE", v)
    if r < .4 and lc["region"] == "US":
        v = mk_aba(rng)
        return f"deposit refund to {v}", ("US_BANK_NUMBER", v)
    if r < .55:
        v = mk_card(rng)
        return f"card on file {v} exp {rng.randrange(1, 13):02d}/{rng.randrange(27, 31)}", ("CREDIT_CARD", v)
    if r < .7:
        v = mk_mrn(rng)
        return f"transported to district hospital, {v}", ("MEDICAL_RECORD", v)
    if r < .85:
        v = mk_ip(rng)
        return f"booked online from home IP {v}", ("IP_ADDRESS", v)
    return None, None


VOICES = {
    "intake": ["licence clerk", "hut warden", "rehab intake volunteer", "race registrar"],
    "correspondence": ["permit officer", "outfitter", "camper", "booking office"],
    "scheduling": ["tour coordinator", "volunteer coordinator", "shuttle dispatcher"],
    "complaint": ["camper", "angler", "visitor services"],
    "internal_note": ["ranger", "game warden", "SAR lead", "rehabber"],
    "export": ["booking system", "licence database", "race timing"],
    "notice": ["licensing authority", "park management", "drone permit desk"],
    "form": ["drone/filming permit", "hunting licence", "volunteer day sign-up", "wildlife rescue"],
    "chat": ["camper", "hunter", "trail runner", "birder"],
}
ASKS = ["summarise this for the duty log", "translate to English, keep the layout", "extract the fields as JSON",
        "draft a polite reply", "check what's missing before I file it", "classify urgency (low/med/high)",
        "rewrite this more formally", "turn this into a checklist", "fix typos pls", "make a 3-line handover note"]
SYSTEMS = ["You are the assistant of a national park visitor service. Be concise.",
           "You help a state wildlife agency's licensing desk. Never invent regulations.",
           "You assist rangers with reports. Use the park's incident taxonomy.",
           "You are a booking helper for huts and campsites.",
           "You support a wildlife rehabilitation centre's volunteers."]


def sens_doc(kind, voice, lc, p, rng):
    ph = lc["ph"]
    park, outf = rng.choice(PARKS), rng.choice(OUTFITTERS)
    sp = rng.choice(SPECIES)
    keys = ["name"] + rng.sample(["phone", "addr", "dob", "email", "id"], rng.randrange(2, 5))
    lines, iss = field_block(lc, p, rng, keys)
    fin, fe = extra_fin(rng, lc, p)
    if fe:
        lines.append(fin)
        iss.append(fe)
    blk = "\n".join(lines)
    bk, lic = ref(rng, "BK"), ref(rng, "LIC")
    if kind == "intake":
        doc = rng.choice([
            f"[{ph[1]}] new applicant intake, {voice}\n{blk}\nspecies/tag: {sp}, GMU {rng.randrange(100, 999)}, draw choice 1\nhunter ed cert: seen ✔ ; prev lic {lic}",
            f"{ph[0]} -- walk-in at {park} gate, {voice} on duty\n{blk}\nparty of {rng.randrange(2, 6)}, 2 tents, no hookup, dog y/n: y (on lead!)\nbooking ref {bk}",
            f"Rehab admission / {ph[2]}\nfinder details:\n{blk}\ncasualty: juvenile {sp}, found {ts(rng)} near {coords(rng)}, suspected wing/leg injury, kept in box overnight",
            f"Trail race entry (50K) -- {voice}\n{blk}\nbib tbd, ITRA pts ok, mandatory kit signed, emergency contact same as above"])
    elif kind == "correspondence":
        doc = rng.choice([
            f"Dear {p['name']},\n\nthank you for your application for a {ph[1]} ({lic}). We still need a copy of your hunter education card. "
            f"Please reply by e-mail or call us; we'd phone you back on the number you gave:\n{blk}\n\nKind regards,\n{voice}, {park}",
            f"Hi,\nI'm writing about my {ph[0]} {bk} at {park}. We arrive late (after 22:00), can someone leave the key?\n{blk}\nthanks!!",
            f"Re: filming permit -- {outf}\nHello, our client contact for the shoot is below, please put them on the permit:\n{blk}\nShoot dates 14-16 Aug, 4 crew, no drones near the heronry."])
    elif kind == "scheduling":
        doc = rng.choice([
            f"{ph[3]} roster Sat -- {voice}\n06:45 pickup at home: \n{blk}\n07:30 meet at trailhead car park, 08:00 start, RTB ~14:00\nguide: {outf}",
            f"Volunteer conservation day, {park} (ditch blocking / rhododendron pull)\nconfirmed:\n{blk}\nbring wellies, lunch provided, tools from depot",
            f"Shuttle run for DNF pickups CP3 -> finish\n{blk}\nETA 16:10, radio ch 4"])
    elif kind == "complaint":
        doc = rng.choice([
            f"Complaint via web form ({ph[0]}):\n\"Pitch 14 was flooded and nobody answered the phone. I want a full refund.\"\n{blk}\nstatus: open, {voice} to call back",
            f"angler complaint -- bailiff checked my {ph[1]} three times in one day, felt harassed. pls advise\n{blk}",
            f"Visitor says guided tour with {outf} left early and they got lost on the boardwalk.\n{blk}\nwants: apology + voucher"])
    elif kind == "internal_note":
        doc = rng.choice([
            f"{ph[2]} {ts(rng)} -- {voice}\nSAR callout, subject overdue from bivvy at {coords(rng)}. Located 19:40, mild hypothermia.\nSubject:\n{blk}\nhandover to ambulance, no further action",
            f"warden note: poaching suspicion, {sp} carcass, vehicle seen. Spoke to\n{blk}\nlicence {lic} checked, bag limit exceeded by 2. Citation issued.",
            f"Rehab log: finder called again re {sp} release, wants to attend.\n{blk}\nok'd by vet on duty"])
    elif kind == "export":
        n = rng.randrange(2, 4)
        people = [p] + [person(rng, lc) for _ in range(n - 1)]
        fmt = rng.choice(["csv", "tsv", "json"])
        iss = []
        rows = []
        for q in people:
            row = {"ref": ref(rng, "BK"), "name": q["name"], "phone": q["phone"], "email": q["email"], "dob": q["dob"], "site": f"P{rng.randrange(1, 80)}"}
            iss += [("PERSON", q["name"]), ("PHONE_NUMBER", q["phone"]), ("EMAIL_ADDRESS", q["email"]), ("DATE_OF_BIRTH", q["dob"])]
            rows.append(row)
        if fmt == "json":
            doc = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
        else:
            sep = "," if fmt == "csv" else "\t"
            doc = sep.join(rows[0]) + "\n" + "\n".join(sep.join(r.values()) for r in rows)
        doc = f"export {ph[0]} {park} ({fmt})\n" + doc
    elif kind == "notice":
        doc = rng.choice([
            f"NOTICE OF LICENCE SUSPENSION\nTo:\n{blk}\nYour {ph[1]} {lic} is suspended for 12 months following the offence of {ts(rng)[:10]}.",
            f"Notice to permit holder (drone, Part 107 / EU A2)\n{blk}\nYour permit {ref(rng, 'DRN')} is restricted: no flights within 500 m of the crane roost. NOTAM applies.",
            f"Hut booking cancelled -- refund notice\n{blk}\nbooking {bk}, refund within 14 days"])
    elif kind == "form":
        doc = rng.choice([
            f"APPLICATION -- {ph[1]} / season 2026\n{blk}\nweapon calibre: .308 ; dog: Bavarian mountain hound\nsignature: ✔",
            f"Filming & drone permit form\nOperator:\n{blk}\nUAS class C1, ops id {ref(rng, 'OPS')}, area: north heath, dates 02-04 Sep",
            f"Volunteer day registration\n{blk}\nT-shirt: M ; dietary: vegan ; first aid trained: yes"])
    else:  # chat
        doc = rng.choice([
            f"hey, quick one -- booking the {ph[0]} for me and my mate, here's my stuff:\n{blk}\ncan u check if pitch by the lake still free lol",
            f"yo so I got my {ph[1]} but the name is misspelled?? it should be:\n{blk}",
            f"ok so this is what I put on the race entry, is it fine?\n{blk}"])
    return doc, iss


def incidental_doc(kind, voice, lc, p, rng):
    park = rng.choice(PARKS)
    r = rng.randrange(3)
    long = " ".join(rng.sample([
        f"The boardwalk at {park} reopens after the beaver dam repair.", "Ticks are active; check after the walk.",
        "The lower car park fills by 09:30 on weekends.", "Bag limit for pike is 1 per day over 60 cm.",
        "Campfires only in the provided rings.", "The crane hide is closed Mar-May for nesting.",
        "Dogs on leads year-round in the bog zone.", "Water at the hut must be boiled or filtered."], 5))
    if r == 0:
        rel = rng.choice(["my sister", "my brother", "my son", "my daughter", "my wife", "my husband"])
        doc = f"{long}\nAlso {rel} {p['given']} wants to join the {lc['ph'][3]} next Saturday, is there space?"
        return doc, [("PERSON", p["given"])]
    if r == 1:
        ext = rng.choice(["", "", f" ext. {rng.randrange(10, 999)}"])
        doc = f"{long} If the warden isn't at the hut you can reach me on {p['phone']}{ext} after 6."
        return doc, [("PHONE_NUMBER", p["phone"])]
    doc = f"{long}\nfor the junior licence the kid's {lc['lab'][3]}: {p['dob']} -- does that count as under 16 for the season?"
    return doc, [("DATE_OF_BIRTH", p["dob"])]


def benign_doc(kind, voice, lc, rng):
    ph, lab = lc["ph"], lc["lab"]
    park, outf = rng.choice(PARKS), rng.choice(OUTFITTERS)
    fam, famnote = rng.choice(FAMOUS)
    slug = re.sub(r"[^a-z]", "", park.lower())[:14]
    role_mail = f"{rng.choice(['bookings', 'permits', 'licensing', 'rangers', 'volunteers', 'info'])}@{slug}.example.org"
    sw = mk_phone(rng, lc["region"], "fixed", "intl")
    em = EMERGENCY[lc["region"]]
    testip = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randrange(1, 255))
    card = rng.choice(TEST_CARDS)
    isbn = solve(rng, lambda r: "978" + r.choice("0123456789") + digits(r, 8) + r.choice("0123456789"), std_isbn.is_valid, "isbn")
    h = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    negs = [f"{fam} ({famnote})", f"switchboard {sw}", role_mail, f"emergency: {em}", f"ref {ref(rng, 'BK')}",
            f"licence {ref(rng, 'LIC')}", f"coords {coords(rng)}", f"app v{rng.randrange(2, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}",
            f"logged {ts(rng)}", f"field guide ISBN {isbn}", f"commit {h}", f"test card {card}", f"doc IP {testip}",
            f"{outf} (reg. no. HRB {rng.randrange(10000, 99999)})", f"{rng.choice(PUBLIC_ROLES)} opened the new hide"]
    pick = rng.sample(negs, rng.randrange(3, 6))
    blank = f"{lab[0]}: ________\n{lab[1]}: [PHONE]\n{lab[2]}: ________\n{lab[3]}: DD/MM/YYYY"
    anon = f"{lab[0]}: [REDACTED]\n{lab[1]}: ***\nVisitor A (age band 30-39) reported the incident; Visitor B declined."
    stats = f"2026 season: {rng.randrange(200, 9000)} {ph[1]} issued, {rng.randrange(20, 60)}% first-time, median age {rng.randrange(28, 55)}, {rng.randrange(1, 40)} citations."
    extra = "\n".join(pick)
    if kind == "intake":
        doc = rng.choice([f"[{ph[1]}] intake template v3 -- {voice}\n{blank}\n(leave blank, applicant fills in)\n{extra}",
                          f"Rehab intake summary (anonymised)\n{anon}\ncasualty: adult {rng.choice(SPECIES)}, released day 9\n{extra}"])
    elif kind == "correspondence":
        doc = rng.choice([f"Dear Sir or Madam,\n\nthe {ph[0]} season at {park} opens on 1 May. Please write to {role_mail} or call the visitor centre switchboard {sw}. "
                          f"In an emergency dial {em}.\n\nKind regards,\nVisitor Services\n{extra}",
                          f"To the editor -- re {fam}: the trail sign quoting {fam} is misattributed, see {famnote}.\n{extra}"])
    elif kind == "scheduling":
        doc = f"{ph[3]} timetable, {park}\n" + "\n".join(f"{h_:02d}:{rng.choice(['00', '30'])} {rng.choice(['Ranger A', 'Guide 2', 'Volunteer team B', 'Shuttle 1'])} -- {rng.choice(['heath loop', 'crane hide', 'boardwalk', 'visitor centre'])}" for h_ in range(8, 14)) + f"\n{extra}"
    elif kind == "complaint":
        doc = f"Complaints summary Q3 ({park}), anonymised:\n- Visitor 1: pitch flooded, refund issued (ref {ref(rng, 'BK')})\n- Visitor 2: rude outfitter staff at {outf}\n{stats}\n{extra}"
    elif kind == "internal_note":
        doc = f"{ph[2]} {ts(rng)} -- patrol note\nfence down at {coords(rng)}, 3 sheep inside the exclosure. Contractor ticket {ref(rng, 'WO')}. {fam} memorial bench vandalised.\n{extra}"
    elif kind == "export":
        rows = [(ref(rng, "BK"), f"P{rng.randrange(1, 80)}", f"2026-{rng.randrange(5, 10):02d}-{rng.randrange(1, 29):02d}", str(rng.randrange(1, 6)), rng.choice(["tent", "van", "hut bunk"])) for _ in range(rng.randrange(4, 8))]
        fmt = rng.choice(["csv", "tsv", "json"])
        if fmt == "json":
            doc = "\n".join(json.dumps(dict(zip(["ref", "pitch", "arrival", "party", "type"], r))) for r in rows)
        else:
            sep = "," if fmt == "csv" else "\t"
            doc = sep.join(["ref", "pitch", "arrival", "party", "type"]) + "\n" + "\n".join(sep.join(r) for r in rows)
        doc = f"export {ph[0]} occupancy ({fmt}, no personal fields)\n{doc}\n{extra}"
    elif kind == "notice":
        doc = f"PUBLIC NOTICE -- {park}\nClosure order {ref(rng, 'CO')}: {rng.choice(SPECIES)} nesting, north heath closed until 31 July. Drone flights prohibited (NOTAM). Enquiries {role_mail}, switchboard {sw}. Emergency {em}.\n{extra}"
    elif kind == "form":
        doc = f"{ph[1]} application form (BLANK)\n{blank}\n{lab[4]}: name@example.com\nOffice use: permit no. ______\n{extra}"
    else:
        doc = rng.choice([f"is the {ph[0]} at {park} open in october? the site says call {sw} but nobody answers lol. also who was {fam}? the trail is named after them",
                          f"what's the bag limit for {rng.choice(SPECIES)} this season? saw {stats}"]) + f"\n{extra}"
    return doc


# ------------------------------------------------------------------------------------------------- placement
PLACES = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_call_args",
          "json_schema", "user_field", "stop", "prediction", "metadata"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto", "local/qwen2.5-7b"]


def place(doc, ask, where, rng):
    sysm = {"role": "system", "content": rng.choice(SYSTEMS)}
    body = {"model": rng.choice(MODELS)}
    if where == "user":
        body["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif where == "system":
        body["messages"] = [{"role": "system", "content": f"{sysm['content']}\nCurrent record:\n{doc}"}, {"role": "user", "content": ask}]
    elif where == "assistant":
        body["messages"] = [sysm, {"role": "user", "content": "pasting the record, read it back"},
                            {"role": "assistant", "content": f"Here's what I received:\n{doc}"}, {"role": "user", "content": ask}]
    elif where == "tool":
        body["messages"] = [sysm, {"role": "user", "content": "pull the record"},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "fetch_record", "arguments": "{\"ref\": \"latest\"}"}}]},
                            {"role": "tool", "tool_call_id": "call_1", "content": doc}, {"role": "user", "content": ask}]
    elif where == "text_part":
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif where == "file_part":
        fn = rng.choice(["record.txt", "export.csv", "incident_log.txt", "booking.txt", "permit_form.txt"])
        b64 = base64.b64encode(doc.encode("utf-8")).decode()
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask},
                                                              {"type": "file", "file": {"filename": fn, "file_data": f"data:text/plain;base64,{b64}"}}]}]
    elif where == "image_url":
        q = urllib.parse.quote(doc[:1800], safe="")
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": f"{ask} (caption is in the query string)"},
                                                              {"type": "image_url", "image_url": {"url": f"https://cdn.parks-media.example.net/trailcam/img_{rng.randrange(1000, 9999)}.jpg?caption={q}"}}]}]
    elif where == "tool_def":
        body["messages"] = [sysm, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": "file_record", "description": f"Files this record:\n{doc}",
                                                           "parameters": {"type": "object", "properties": {"urgency": {"type": "string"}}}}}]
    elif where == "tool_call_args":
        body["messages"] = [sysm, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function", "function": {"name": "save_note", "arguments": json.dumps({"note": doc}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": "call_7", "content": "{\"ok\": true}"}, {"role": "user", "content": "and now " + ask}]
    elif where == "json_schema":
        lines = [x for x in doc.split("\n") if x.strip()]
        body["messages"] = [sysm, {"role": "user", "content": ask}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {
            "type": "object", "description": lines[0], "properties": {"record": {"type": "string", "enum": lines[1:3] or ["n/a"], "examples": ["\n".join(lines[3:]) or "n/a"]}}}}}
    elif where == "user_field":
        body["messages"] = [sysm, {"role": "user", "content": ask + " (record is attached to my user profile)"}]
        body["user"] = doc
    elif where == "stop":
        lines = doc.split("\n")
        k = max(1, (len(lines) + 3) // 4)
        body["messages"] = [sysm, {"role": "user", "content": ask}]
        body["stop"] = ["\n".join(lines[i:i + k]) for i in range(0, len(lines), k)][:4]
    elif where == "prediction":
        body["messages"] = [sysm, {"role": "user", "content": ask}]
        body["prediction"] = {"type": "content", "content": doc}
    else:  # metadata
        body["messages"] = [sysm, {"role": "user", "content": ask}]
        body["store"] = True
        md, chunk = {}, ""
        for i, line in enumerate(doc.split("\n")):
            md[f"line_{i:02d}"] = line[:500]
        body["metadata"] = dict(list(md.items())[:16])
    return body


def haystack(body):
    out = []

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                out.append(str(k))
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)
            m = re.match(r"data:[^;]+;base64,(.*)$", x, re.S)
            if m:
                out.append(base64.b64decode(m.group(1)).decode("utf-8"))
            if x.startswith("http"):
                out.append(urllib.parse.unquote_plus(x))
    walk(body)
    return "\n".join(out)


def label(body, issued):
    hs = haystack(body)
    ents, seen = [], set()
    for t, v in issued:
        if (t, v) not in seen and v in hs:
            seen.add((t, v))
            ents.append({"type": t, "value": v})
    return ents


# ------------------------------------------------------------------------------------------------- PII set
KINDS = ["intake", "correspondence", "scheduling", "complaint", "internal_note", "export", "notice", "form", "chat"]


def build_pii(rng):
    plan = []
    for k in KINDS:
        plan += [(k, True)] * 33 + [(k, False)] * 23
    rng.shuffle(plan)
    locs = list(range(len(L)))
    rng.shuffle(locs)
    recs, incid = [], 0
    for i, (kind, sens) in enumerate(plan):
        lc = L[locs[i % len(L)]]
        voice = VOICES[kind][i % len(VOICES[kind])]
        ask = rng.choice(ASKS)
        style = [voice]
        if sens:
            p = person(rng, lc)
            if kind != "export" and rng.random() < .13:
                doc, iss = incidental_doc(kind, voice, lc, p, rng)
                incid += 1
                style.append("incidental")
            else:
                doc, iss = sens_doc(kind, voice, lc, p, rng)
        else:
            doc, iss = benign_doc(kind, voice, lc, rng), []
        if i % 10 == 7:
            endpoint = "completions"
            body = {"model": rng.choice(MODELS), "prompt": f"{rng.choice(SYSTEMS)}\n\n### Record\n{doc}\n\n### Task\n{ask}\n", "max_tokens": 400}
            style.append("prompt")
        else:
            endpoint = "chat"
            where = PLACES[i % len(PLACES)]
            body = place(doc, ask, where, rng)
            style.append(where)
        ents = label(body, iss)
        if sens:
            need(len(ents) > 0, f"sensitive record {i} lost all its values")
            if "incidental" not in style:
                need(len(ents) >= 2, f"record {i} lost values")
        recs.append({"id": f"{SPLIT}-pii-{i + 1:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": bool(ents),
                     "entities": ents, "endpoint": endpoint, "lang": lc["tag"], "style": " · ".join(style), "body": body})
    return recs, incid


# ------------------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = [
    ("en", "What time does the visitor centre at {park} open on Sundays?"),
    ("en", "Do I need a fishing licence for catch-and-release?"),
    ("en", "is there drinking water at the campsite?"),
    ("de-DE", "Darf ich im Nationalpark mit dem Hund wandern?"),
    ("de-DE", "Wie lange ist ein Tagesangelschein gültig?"),
    ("fr-FR", "Le camping est-il ouvert en novembre ?"),
    ("es-ES", "¿Hace falta reservar para subir al refugio?"),
    ("it-IT", "Quanto costa il parcheggio all'ingresso del parco?"),
    ("pl-PL", "Czy na polu namiotowym są prysznice?"),
    ("ru-RU", "Можно ли разводить костёр на стоянке?"),
    ("ja-JP", "キャンプ場にゴミ箱はありますか？"),
    ("ko-KR", "야영장 체크인 시간이 언제예요?"),
    ("zh-CN", "公园门票多少钱？"),
    ("sv-SE", "Behöver man boka stugan i förväg?"),
    ("pt-BR", "Pode levar cachorro na trilha?"),
    ("el-GR", "Είναι ανοιχτό το καταφύγιο τον Οκτώβριο;"),
    ("ar-EG", "هل يسمح بالصيد في البحيرة؟"),
    ("hi-IN", "सफारी की बुकिंग कैसे करें?"),
    ("th-TH", "อุทยานเปิดกี่โมงครับ"),
    ("en", "what's the daily bag limit for {sp}?"),
    ("en", "Translate 'the trail is closed' into Spanish."),
    ("nl-NL", "Mag je vissen in het meer bij {park}?"),
]
SHORT_HARD = [
    ("en", "Mark-recapture on {sp}: n1={a}, n2={b}, m={c}. Give the Chapman estimate, its 95% CI, and explain how trap-happiness and a closed-population violation would bias it."),
    ("en", "We issue {a} deer tags across 3 GMUs with hunter success 0.31/0.44/0.27 and target harvest 18% of an estimated herd of {b}. Formulate the tag allocation as an LP and state what constraint makes it infeasible."),
    ("en", "Design a stratified creel survey for a lake with 4 access points and weekday/weekend strata; derive the variance estimator for total catch and how to allocate {a} interview hours optimally."),
    ("de-DE", "Beweise oder widerlege: Wenn die Besucherzahl Poisson-verteilt ist mit λ={c}, ist die Wahrscheinlichkeit einer Überbelegung von 40 Stellplätzen unter 1 % — und wie ändert sich das bei Überdispersion?"),
    ("fr-FR", "Compare juridiquement le régime des réserves naturelles et des cœurs de parc national en France pour l'interdiction du survol par drone, et identifie les conflits de normes."),
    ("es-ES", "Modela la dinámica de una población de {sp} con Leslie de 3 clases (fecundidad 0, 1.2, 1.8; supervivencia 0.4, 0.7) y decide si una cuota de caza del 15 % es sostenible."),
    ("ja-JP", "登山者の遭難確率を天候・経験・装備のベイズネットワークで推定する方法を示し、条件付き確率表の推定に必要なデータ量を論じてください。"),
    ("zh-CN", "如何用占据模型（occupancy model）区分{sp}的检测概率与真实占据率？请推导似然函数并讨论调查次数的最优设计。"),
    ("ru-RU", "Оцени оптимальное расписание патрулей для 6 егерей на 9 участках с разной вероятностью браконьерства как игру Штакельберга и объясни решение."),
    ("ko-KR", "국립공원 탐방로 수용력(carrying capacity)을 생태·사회·시설 측면에서 정량화하는 다기준 모델을 설계하고 가중치 민감도를 분석하세요."),
    ("en", "Write a Python function that reconciles overlapping hut bookings across two systems with time zones and DST, and prove it never double-books a bunk."),
    ("pl-PL", "Wyprowadź estymator Lincolna-Petersena z biasem i porównaj go z modelem Jolly-Seber dla populacji otwartej {sp}."),
    ("en", "Given GPX tracks of {a} trail-race runners, propose an algorithm that detects course-cutting robustly against GPS drift, and analyse its false-positive rate."),
    ("it-IT", "Progetta un esperimento BACI per valutare l'effetto della chiusura di un sentiero sulla nidificazione del gallo cedrone, con analisi di potenza."),
]


def build_cx(rng):
    recs = []
    cats = ["short_simple"] * 48 + ["long_easy"] * 48 + ["short_hard"] * 48 + ["long_hard"] * 48
    rng.shuffle(cats)
    for i, cat in enumerate(cats):
        park, sp = rng.choice(PARKS), rng.choice(SPECIES)
        a, b, c = rng.randrange(40, 400), rng.randrange(300, 5000), rng.randrange(8, 60)
        if cat == "short_simple":
            lang, q = rng.choice(SHORT_SIMPLE)
            q = q.format(park=park, sp=sp)
            style = "faq/visitor"
        elif cat == "short_hard":
            lang, q = rng.choice(SHORT_HARD)
            q = q.format(sp=sp, a=a, b=b, c=c)
            style = "analysis/specialist"
        elif cat == "long_easy":
            lang = "en"
            kind = rng.randrange(3)
            if kind == 0:
                rows = "\n".join(f"{j + 1}. pitch P{rng.randrange(1, 90)} -- {rng.choice(['tent', 'van', 'hut bunk', 'hammock'])} -- arrival 2026-{rng.randrange(5, 10):02d}-{rng.randrange(1, 29):02d} -- nights {rng.randrange(1, 8)}" for j in range(36))
                q = f"{rows}\n\nsort these by arrival date and count how many vans there are"
                style = "reformat/booking/occupancy"
            elif kind == 1:
                rows = "\n".join(f"{ts(rng)} trail counter {rng.choice(['north gate', 'boardwalk', 'crane hide', 'summit path'])}: {rng.randrange(3, 400)} passes" for _ in range(40))
                q = f"Here are the trail counter readings from last month:\n{rows}\n\nPlease put them in a table, one row per counter, with the total."
                style = "reformat/ranger/counters"
            else:
                paras = [f"{park} is a lowland raised bog with boardwalks, hides and a small visitor centre. ",
                         f"The main trail is {rng.randrange(3, 12)} km long and mostly flat. ",
                         "Dogs must be kept on a lead because of ground-nesting birds. ",
                         "The car park is free for members and costs a small fee otherwise. ",
                         f"The best time to see {sp} is early morning in spring. ",
                         "The café serves soup and sandwiches and closes at four. ",
                         "There are toilets at the visitor centre and at the far hide. "]
                text = "".join(rng.choice(paras) for _ in range(30))
                q = f"{text}\n\nCan you shorten this into a friendly 5-sentence welcome paragraph for our website?"
                style = "rewrite/visitor/website"
            need(len(q) >= 1500, "long_easy too short")
        else:
            lang = rng.choice(["en", "en", "de-DE", "fr-FR", "es-ES"])
            rows = "\n".join(f"unit {j + 1}: area {rng.randrange(40, 900)} ha, poaching reports {rng.randrange(0, 15)}, patrol cost {rng.randrange(80, 400)}/day, road access {rng.choice(['yes', 'no', 'seasonal'])}, sensitive habitat {rng.choice(['fen', 'heath', 'wet woodland', 'none'])}" for j in range(24))
            asks = {"en": "Using these units, design a patrol allocation for 5 rangers over 14 days that minimises expected undetected poaching under the budget, justify the model (LP vs. game-theoretic), state all assumptions, and say how you would validate it with next season's data.",
                    "de-DE": "Entwirf auf Basis dieser Einheiten einen Patrouillenplan für 5 Ranger über 14 Tage, der unentdeckte Wilderei unter dem Budget minimiert; begründe das Modell, nenne alle Annahmen und wie du es validieren würdest.",
                    "fr-FR": "À partir de ces unités, conçois un plan de patrouilles pour 5 gardes sur 14 jours minimisant le braconnage non détecté sous contrainte budgétaire ; justifie le modèle, liste les hypothèses et la validation.",
                    "es-ES": "Con estas unidades, diseña un plan de patrullas para 5 agentes durante 14 días que minimice la caza furtiva no detectada con el presupuesto; justifica el modelo, las hipótesis y la validación."}
            alt = f"Below are {a} season summaries of a {sp} population:\n" + "\n".join(f"year {2000 + j}: count {rng.randrange(100, 900)}, harvest {rng.randrange(0, 120)}, winter severity {rng.uniform(0, 1):.2f}, predator index {rng.uniform(0, 3):.1f}" for j in range(26)) + \
                "\n\nFit a state-space population model with harvest and winter covariates, explain identifiability problems, and recommend a harvest rule that keeps extinction risk under 5% over 20 years."
            q = rng.choice([f"{rows}\n\n{asks[lang]}", alt])
            style = "analysis/management/planning"
        body = {"model": "hybridgate/auto", "messages": [{"role": "user", "content": q}]}
        if rng.random() < .4:
            body["messages"].insert(0, {"role": "system", "content": rng.choice(SYSTEMS)})
        label_ = 1 if cat in ("short_hard", "long_hard") else 0
        recs.append({"id": f"{SPLIT}-cx-{i + 1:04d}", "category": cat, "label": label_,
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang,
                     "style": style, "body": body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default="bench/data/signals")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    root = pathlib.Path(__file__).resolve().parent
    missing = freeze(rng, root)
    print(f"freeze: scanned {len(FROZEN_AGAINST) - (SPLIT in FROZEN_AGAINST) - missing} generators ({missing} listed but absent); "
          f"dropped {sum(v for k, v in FREEZE_DROPPED.items() if k != 'places_kept_for_lack')} entries: {dict(sorted(FREEZE_DROPPED.items()))}")
    pii, incid = build_pii(rng)
    cx = build_cx(rng)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for fn, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / fn, "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ns = sum(r["sensitive"] for r in pii)
    ep = collections.Counter(r["endpoint"] for r in pii)
    ty = collections.Counter(e["type"] for r in pii for e in r["entities"])
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {ns} sensitive / {len(pii) - ns} benign ({ns / len(pii):.1%}), "
          f"endpoints {dict(sorted(ep.items()))}, {len(set(r['lang'] for r in pii))} language tags, {incid} incidental")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entity types:", dict(sorted(ty.items())))
    cc = collections.Counter(r["category"] for r in cx)
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records {dict(sorted(cc.items()))}, "
          f"{sum(r['length_adversarial'] for r in cx)} length-adversarial, {sum(r['label'] for r in cx)} labelled 1, "
          f"{len(set(r['lang'] for r in cx))} language tags")


if __name__ == "__main__":
    main()
