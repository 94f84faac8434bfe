#!/usr/bin/env python3
"""Mogote: an independent evaluation split for the request signals, organised by CHARITIES, FAITH COMMUNITIES AND VOLUNTEERING.

Writes bench/data/signals/pii_mogote.jsonl and bench/data/signals/complexity_mogote.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the first 70 lines of bench/make_delta_signal_sets.py (schema and conventions)
    and the first two lines of pii_delta.jsonl and complexity_delta.jsonl -- not the detector, its tests, the
    evaluator, results, docs, policies, other generators or data files, and no history. The earlier generators
    listed in FROZEN_AGAINST are only scanned automatically at run time: their capitalised words, non-ASCII
    words and non-ASCII word bigrams (lower-cased) form a frozen set, and every entry of this file's name and
    street pools that shares a word with it is dropped (order kept); short pools are topped up with names and
    streets COMPOSED from invented locale-typical parts, re-checked against the set (capped retries, abort).
    The frozen words are never printed.

Organising principle
    The paperwork of charities, faith communities and volunteering: donation receipts, gift-aid / tax-relief
    declarations, volunteer rosters, pastoral-care notes, food-bank referrals, congregation newsletters,
    fundraising appeals and prayer / visiting lists. Sensitive records (category ``<kind>``) hold a PRIVATE
    donor's, volunteer's, congregant's or beneficiary's data; benign ones (``<kind>_benign``) hold look-alikes
    about no private person: charities' own registered addresses, switchboards and role mailboxes, clergy,
    patrons and trustees in their public role, saints and scriptural or fictional figures, buildings and funds
    named after people, placeholders and mail-merge templates, documentation test values, aggregated and
    anonymised figures. 22 locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana,
    Hangul scripts). The document is placed by rotation in user / system / tool-result / earlier-assistant
    messages, text content parts, tool-call arguments, the ``user`` field and response_format schema
    descriptions; about a tenth use the legacy completions endpoint (``prompt``). Hard cases: a name alone with
    a weak pastoral cue, numbers split over lines or oddly spaced, values inside CSV / JSON / form fields.

Labels
    ``entities`` is computed by searching the serialised body for every value the record issued (types:
    person, EMAIL_ADDRESS, PHONE_NUMBER, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID, ssn (US SSN only),
    HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS); ``sensitive`` is true exactly when it is non-empty
    (asserted). Benign records issue no values.

Contents (seed 20260150)
    pii_mogote.jsonl: 496 requests (445 chat, 51 completions) in 22 language tags; 8 kinds x 62 (36 sensitive + 26
    benign each: 288 sensitive / 208 benign, 58%). Entity counts: person 288, STREET_ADDRESS 117, DATE_OF_BIRTH 96,
    PHONE_NUMBER 93, EMAIL_ADDRESS 53, IP_ADDRESS 52, NATIONAL_ID 35, IBAN_CODE 22, CREDIT_CARD 14, TAX_ID 13,
    HEALTH_INSURANCE 2, ssn 1. complexity_mogote.jsonl: 190 chat requests in 22 language tags: short_simple 47,
    long_easy 50 (>= 1,500 chars), short_hard 48, long_hard 45; 98 length-adversarial, 93 labelled 1.
    The run prints all counts.

Validation
    National / tax / health numbers, SSNs, IBANs and Luhn card numbers are generated and validated with
    python-stdnum; phone numbers with ``phonenumbers`` (valid for their region); home IPs with ``ipaddress``
    (global, not documentation ranges). Any invalid value aborts the run. Every retry loop is capped.

Command (deterministic for a seed; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_mogote_signal_sets.py [--seed 20260150] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import collections
import ipaddress
import json
import pathlib
import random
import re
import sys

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ssn

SEED = 20260150
FROZEN_AGAINST = tuple("""arete atlas atoll bajada bayou blind butte canyon cenote cirque cuesta delta drumlin dune
esker estuary fen fjord geyser glacier heron hoodoo inselberg isthmus kame karst kestrel lagoon lantern loess meadow
mesa moraine mosaic nunatak oxbow pingo playa polje quarry scree sealed sierra skerry steppe tafoni tarn tepui
tombolo tundra unseen ventifact wild yardang""".split())
ROOT = pathlib.Path(__file__).resolve().parent.parent
CAP = 200


class Abort(SystemExit):
    pass


def die(msg):
    raise Abort("make_mogote_signal_sets: " + msg)


# ---------------------------------------------------------------- freeze
# a word keeps its combining marks (Devanagari matras, Thai vowels, Hebrew / Arabic points), which \w alone would split off
WORD = re.compile(r"(?:\w|[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e00-\u0e7f\u3099-\u309c])+")
def frozen_words() -> set:
    out = set()
    for name in FROZEN_AGAINST:
        p = ROOT / "bench" / f"make_{name}_signal_sets.py"
        if not p.exists():
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        for w in re.findall(r"\b[A-Z][A-Za-z'\-]+", text):
            out.add(w.lower())
            for part in re.split(r"[-']", w):
                if part:
                    out.add(part.lower())
        toks = WORD.findall(text)
        prev = None
        for t in toks:
            if any(ord(c) > 127 for c in t):
                tl = t.lower()
                out.add(tl)
                if prev is not None:
                    out.add(prev + " " + tl)
                prev = tl
            else:
                prev = None
    return out


def entry_clashes(entry: str, frozen: set) -> bool:
    toks = [t.lower() for t in WORD.findall(entry) if not t.isdigit()]
    if any(t in frozen for t in toks):
        return True
    return any(f"{a} {b}" in frozen for a, b in zip(toks, toks[1:]))


# ---------------------------------------------------------------- identifiers
def brute(make, valid, what, cap=5000):
    for _ in range(cap):
        c = make()
        try:
            if valid(c):
                return c
        except Exception:
            pass
    die(f"could not generate a valid {what} in {cap} attempts")


def D(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def dob(rng):
    return (rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28))


def national_id(loc, rng, b):
    y, m, d = b
    yy = f"{y % 100:02d}"
    cc = loc["cc"]
    if cc == "GB":
        return "HEALTH_INSURANCE", nhs.format(brute(lambda: str(rng.randint(4, 7)) + D(rng, 9), nhs.is_valid, "NHS"))
    if cc == "US":
        return "ssn", brute(lambda: f"{rng.randint(101, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1001, 9899):04d}", ssn.is_valid, "SSN")
    if cc == "DE":
        return "TAX_ID", brute(lambda: str(rng.randint(1, 9)) + D(rng, 10), idnr.is_valid, "IdNr")
    if cc == "FR":
        def mk():
            body = f"{rng.randint(1, 2)}{yy}{m:02d}{rng.randint(10, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
            return body + f"{97 - int(body) % 97:02d}"
        return "NATIONAL_ID", brute(mk, nir.is_valid, "NIR")
    if cc == "ES":
        def mk():
            n = rng.randint(10000000, 79999999)
            return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
        return "NATIONAL_ID", brute(mk, dni.is_valid, "DNI")
    if cc == "IT":
        def mk():
            L = "BCDFGHLMNPRSTVZ"
            body = "".join(rng.choice(L) for _ in range(6)) + yy + "ABCDEHLMPRST"[m - 1] + f"{d + rng.choice([0, 40]):02d}" + rng.choice("ABCDEFGHL") + D(rng, 3)
            return body + codicefiscale.calc_check_digit(body)
        return "TAX_ID", brute(mk, codicefiscale.is_valid, "codice fiscale")
    if cc == "NL":
        return "NATIONAL_ID", brute(lambda: str(rng.randint(1, 6)) + D(rng, 8), bsn.is_valid, "BSN")
    if cc == "PL":
        mm = m + (20 if y >= 2000 else 0)
        return "NATIONAL_ID", brute(lambda: f"{yy}{mm:02d}{d:02d}" + D(rng, 5), pesel.is_valid, "PESEL")
    if cc == "BR":
        return "TAX_ID", cpf.format(brute(lambda: D(rng, 11), cpf.is_valid, "CPF", 20000))
    if cc == "RU":
        return "TAX_ID", brute(lambda: "77" + D(rng, 10), inn.is_valid, "INN", 20000)
    if cc == "UA":
        import datetime
        days = (datetime.date(y, m, d) - datetime.date(1899, 12, 31)).days
        return "TAX_ID", brute(lambda: f"{days:05d}" + D(rng, 5), rntrc.is_valid, "RNTRC")
    if cc == "GR":
        return "NATIONAL_ID", brute(lambda: f"{d:02d}{m:02d}{yy}" + D(rng, 5), amka.is_valid, "AMKA")
    if cc == "IL":
        return "NATIONAL_ID", brute(lambda: str(rng.randint(0, 3)) + D(rng, 8), il_idnr.is_valid, "teudat zehut")
    if cc == "IN":
        return "NATIONAL_ID", aadhaar.format(brute(lambda: str(rng.randint(2, 9)) + D(rng, 11), aadhaar.is_valid, "Aadhaar"))
    if cc == "TH":
        return "NATIONAL_ID", pin.format(brute(lambda: str(rng.randint(1, 5)) + D(rng, 12), pin.is_valid, "Thai PIN"))
    if cc == "CN":
        def mk():
            body = rng.choice(["110105", "310104", "440106", "510107", "330106"]) + f"{y}{m:02d}{d:02d}" + D(rng, 3)
            return body + ric.calc_check_digit(body)
        return "NATIONAL_ID", brute(mk, ric.is_valid, "RIC")
    if cc == "JP":
        return "NATIONAL_ID", brute(lambda: str(rng.randint(1, 9)) + D(rng, 11), jp_in.is_valid, "My Number")
    if cc == "KR":
        g = ("1" if y < 2000 else "3") if rng.random() < .5 else ("2" if y < 2000 else "4")
        return "NATIONAL_ID", brute(lambda: f"{yy}{m:02d}{d:02d}-{g}" + D(rng, 6), rrn.is_valid, "RRN")
    if cc == "TR":
        return "NATIONAL_ID", brute(lambda: str(rng.randint(1, 9)) + D(rng, 10), tckimlik.is_valid, "TC kimlik", 20000)
    if cc == "SE":
        return "NATIONAL_ID", brute(lambda: f"{yy}{m:02d}{d:02d}-" + D(rng, 4), personnummer.is_valid, "personnummer")
    if cc == "CZ":
        mm = m + rng.choice([0, 50])
        return "NATIONAL_ID", brute(lambda: f"{yy}{mm:02d}{d:02d}/" + D(rng, 4), rc.is_valid, "rodne cislo")
    return None, None


BBAN = {"GB": "aaaa" + "n" * 14, "DE": "n" * 18, "NL": "aaaa" + "n" * 10, "ES": "n" * 20, "IT": "a" + "n" * 22,
        "PL": "n" * 24, "SE": "n" * 20, "CZ": "n" * 20, "GR": "n" * 23, "TR": "n" * 5 + "0" + "n" * 16,
        "IL": "n" * 19, "UA": "n" * 25, "FR": "n" * 23, "EG": "n" * 25, "BR": "n" * 23 + "aa"}


def make_iban(cc, rng):
    pat = BBAN.get(cc)
    if not pat:
        return None

    def mk():
        bban = "".join(rng.choice("0123456789") if ch == "n" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch == "a" else ch for ch in pat)
        raw = cc + "00" + bban
        return cc + std_iban.calc_check_digits(raw) + bban
    return std_iban.format(brute(mk, std_iban.is_valid, "IBAN " + cc, 20000))


def make_card(rng):
    def mk():
        pre = rng.choice(["4", "51", "53", "55", "4"])
        body = pre + D(rng, 15 - len(pre))
        return body + luhn.calc_check_digit(body)
    num = brute(mk, lambda c: luhn.is_valid(c) and not c.startswith("4111") and len(set(c)) > 4, "card")
    return rng.choice([" ".join(num[i:i + 4] for i in range(0, 16, 4)), num, "-".join(num[i:i + 4] for i in range(0, 16, 4))])


PHONE = {"GB": lambda r: "07" + str(r.randint(4, 9)) + D(r, 8), "US": lambda r: r.choice(["212", "312", "415", "617", "503", "720"]) + str(r.randint(2, 9)) + D(r, 2) + str(r.randint(1, 9)) + D(r, 3),
         "DE": lambda r: "01" + r.choice(["51", "52", "57", "60", "70", "76"]) + D(r, 8), "FR": lambda r: "0" + r.choice("67") + D(r, 8),
         "ES": lambda r: "6" + D(r, 8), "IT": lambda r: "3" + r.choice(["20", "33", "38", "47", "49"]) + D(r, 7), "NL": lambda r: "06" + str(r.randint(1, 5)) + D(r, 7),
         "PL": lambda r: r.choice(["50", "60", "66", "69", "79", "88"]) + D(r, 7), "BR": lambda r: r.choice(["11", "21", "31", "41"]) + "9" + str(r.randint(6, 9)) + D(r, 7),
         "RU": lambda r: "9" + r.choice(["03", "16", "26", "85", "99"]) + D(r, 7), "UA": lambda r: "0" + r.choice(["67", "50", "63", "93", "97"]) + D(r, 7),
         "GR": lambda r: "69" + r.choice("4579") + D(r, 7), "EG": lambda r: "01" + r.choice("0125") + D(r, 8), "IL": lambda r: "05" + r.choice("02348") + D(r, 7),
         "IN": lambda r: r.choice("6789") + D(r, 9), "TH": lambda r: "0" + r.choice("689") + D(r, 8), "CN": lambda r: "1" + r.choice(["38", "39", "50", "86", "77"]) + D(r, 8),
         "JP": lambda r: "0" + r.choice("789") + "0" + D(r, 8), "KR": lambda r: "010" + str(r.randint(2, 9)) + D(r, 7), "TR": lambda r: "05" + r.choice(["32", "33", "42", "53", "55"]) + D(r, 7),
         "SE": lambda r: "07" + r.choice("0236") + D(r, 7), "CZ": lambda r: r.choice("67") + r.choice("0237") + D(r, 7)}
TRUNK = {"GB", "DE", "FR", "NL", "UA", "EG", "IL", "TH", "JP", "KR", "TR", "SE"}


def make_phone(cc, rng):
    for _ in range(CAP):
        nat = PHONE[cc](rng)
        try:
            num = phonenumbers.parse(nat, cc)
        except Exception:
            continue
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == cc:
            st = rng.choice(["nat", "intl", "e164", "nat"])
            if st == "e164":
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if st == "intl":
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    die("no valid phone for " + cc)


def make_ip(rng):
    for _ in range(CAP):
        a = ipaddress.ip_address(f"{rng.randint(2, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        if a.is_global and not a.is_multicast:
            return str(a)
    die("no global IP")


# ---------------------------------------------------------------- locales
# Each: tag, cc, order (w = given family, e = family+given glued, s = family given), given, family, syllables for
# composing given / family names, street stems + street types, address format, city+postcode, mail domains, labels
# (name, address, phone, date of birth, identifier, amount, one thank-you / pastoral line).
L = [
    dict(tag="en-GB", cc="GB", order="w", given="Ottilie Bronwen Lachlan Ffion Torin Maisie Rhodri Isolde Cormac Elspeth".split(),
         family="Pennock Tregarthen Abernethy Hollinrake Quarmby Fothergill Scurrah Dunmore Lissaman Cattermole".split(),
         gs="El Ro Ma Ber Fen Lin Wyn Dor Is Cal".split(), gs2="wen dric sie la ton ric ette ly".split(),
         fs="Ash Thorn Pen Hal Brad Wex Crom Stan Thwaite Gar".split(), fs2="bury ridge ford wick sall combe thorpe ley".split(),
         st="Quillet Saltings Harebell Cobbold Pennyroyal Sandpiper Lowther Greyfriars".split(), sty="Wynd Close Mews Garth Row Chase".split(),
         fmt="{n} {s} {t}", cities=[("Carlisle", "CA2 {d}{a}{a}"), ("Taunton", "TA1 {d}{a}{a}"), ("Hexham", "NE46 {d}{a}{a}")], dom=["btinternet.com", "gmail.com", "outlook.com"],
         lab=("Name", "Address", "Tel", "DOB", "NHS no.", "Gift", "Thank you so much for your kindness.")),
    dict(tag="en-US", cc="US", order="w", given="Delphine Beau Marisol Everett Tamsin Augustin Rosalind Cyrus Wren Ambrose".split(),
         family="Vanderhoek Pruitt Castellanos Blevins Oyelaran Kowalczyk Thibodeaux Easterbrook Mendenhall Quist".split(),
         gs="Ja La Bri Ken Dar Jo Sha Tre".split(), gs2="lyn den ra nell ton ette".split(), fs="Hol Stan Whit Pem Carr Lind".split(), fs2="field more worth ley ington ston".split(),
         st="Sycamore Kettering Larkspur Beaumont Tamarack Wexford Chickadee".split(), sty="Terrace Circle Trail Parkway Court".split(),
         fmt="{n} {s} {t}", cities=[("Dayton, OH", "454{d}{d}"), ("Eugene, OR", "974{d}{d}"), ("Albany, NY", "122{d}{d}")], dom=["gmail.com", "yahoo.com", "icloud.com"],
         lab=("Donor", "Home address", "Cell", "Birthdate", "SSN", "Amount", "Your generosity means the world to us.")),
    dict(tag="de-DE", cc="DE", order="w", given="Wiebke Ansgar Friederike Malte Henrike Jost Rieke Ole Swantje Bendix".split(),
         family="Brockhoff Tiedemann Wübbeler Kasselmann Oltmanns Hegemeister Reinecke Dierksen Stührmann Plöger".split(),
         gs="Ha Wi Fre Ro Lu Ger".split(), gs2="lke nno drun mke ske".split(), fs="Brink Kort Heid Meer Wes Holt".split(), fs2="kamp mann hoff meier böhmer land".split(),
         st="Drosselgrund Fliederhof Mühlbach Ginsterkamp Lerchenfeld Eschenhain Tannenwinkel".split(), sty=["weg", "ring", "stieg", "pfad"],
         fmt="{s}{t} {n}", cities=[("Oldenburg", "261{d}{d}"), ("Paderborn", "331{d}{d}"), ("Lüneburg", "213{d}{d}")], dom=["gmx.de", "web.de", "t-online.de"],
         lab=("Name", "Anschrift", "Telefon", "Geburtsdatum", "Steuer-ID", "Betrag", "Vergelt's Gott für Ihre Spende!")),
    dict(tag="fr-FR", cc="FR", order="w", given="Solène Gaspard Maëlle Aurèle Clémence Tristan Ombeline Baptiste Apolline Josselin".split(),
         family="Kerbrat Lemarchand Daubigny Vasseur Poitevin Chassagne Le Goff Marchetti Rouxel Delacourt".split(),
         gs="Ma Lo Cé Bé Éli Ro".split(), gs2="rine lie zanne nard tine".split(), fs="Beau Vil Mont Roche Champ".split(), fs2="fort lard mesnil court vaux".split(),
         st="des Glycines|du Pressoir|des Tilleuls Bleus|de la Fontaine Saint-Eutrope|des Coquelicots|du Vieux Lavoir".split("|"), sty=["impasse", "chemin", "sentier", "venelle"],
         fmt="{n} {t} {s}", cities=[("Quimper", "290{d}{d}"), ("Angers", "490{d}{d}"), ("Nancy", "540{d}{d}")], dom=["orange.fr", "laposte.net", "free.fr"],
         lab=("Nom", "Adresse", "Tél.", "Né(e) le", "N° de sécurité sociale", "Montant", "Merci de tout cœur pour votre don.")),
    dict(tag="es-ES", cc="ES", order="w", given="Itziar Fermín Nerea Anselmo Rocío Iker Maite Leandro Begoña Ulises".split(),
         family="Urquiza Casals Montoya Echeverría Villaverde Ledesma Zubiri Carrasco Olmedo Arrieta".split(),
         gs="Ai Ma Lu Jo Ca".split(), gs2="nhoa rina cio sefa".split(), fs="Val Mont Cas Torre Garci".split(), fs2="lejo ero illas ado tegui".split(),
         st="de los Almendros|del Olivar|de la Alameda Vieja|de San Telmo|de las Adelfas".split("|"), sty=["Calle", "Travesía", "Paseo", "Camino"],
         fmt="{t} {s}, {n}", cities=[("Logroño", "260{d}{d}"), ("Cáceres", "100{d}{d}"), ("Vitoria-Gasteiz", "010{d}{d}")], dom=["gmail.com", "hotmail.es", "telefonica.net"],
         lab=("Nombre", "Domicilio", "Móvil", "Fecha de nacimiento", "DNI", "Importe", "¡Gracias por tu generosidad!")),
    dict(tag="it-IT", cc="IT", order="w", given="Ottavia Corrado Letizia Remo Benedetta Ignazio Nives Tancredi Ludovica Silvano".split(),
         family="Scarpellini Abbondanza Turchetti Malvezzi Cannavò Borgognoni Pellizzari Zanardelli Cucinotta Righetti".split(),
         gs="Ar Ce Vi Gio Pa".split(), gs2="lia rio netta lio".split(), fs="Mar Fon Bel Cas Tor".split(), fs2="tinelli tana trame sarotti rini".split(),
         st="dei Gelsi|delle Mimose|del Borgo Antico|dei Mulini|delle Viole".split("|"), sty=["Via", "Vicolo", "Strada", "Largo"],
         fmt="{t} {s} {n}", cities=[("Cremona", "261{d}{d}"), ("Lecce", "731{d}{d}"), ("Trento", "381{d}{d}")], dom=["libero.it", "gmail.com", "alice.it"],
         lab=("Nome", "Indirizzo", "Cellulare", "Data di nascita", "Codice fiscale", "Importo", "Grazie di cuore per la tua offerta.")),
    dict(tag="nl-NL", cc="NL", order="w", given="Femke Joost Lieke Sjoerd Marijke Wout Anouk Tjeerd Ilse Gerben".split(),
         family="Hoekstra Brouwer Van Dalfsen Kuipers Terpstra Wijnbergen Oosterhuis Haverkamp Dijkema Tuinstra".split(),
         gs="Ma Jo Hil Ge Sy".split(), gs2="rijn ke ske brand".split(), fs="Van der Ber Ho Ter Zand".split(), fs2="gsma ekstra veld wijk stra".split(),
         st="Reigerhof Zandloper Kievitslaan Bolwerk Schelpenpad Turfmarkt".split(), sty=["", "je"],
         fmt="{s}{t} {n}", cities=[("Leeuwarden", "89{d}{d} {A}{A}"), ("Deventer", "74{d}{d} {A}{A}"), ("Zwolle", "80{d}{d} {A}{A}")], dom=["ziggo.nl", "kpnmail.nl", "gmail.com"],
         lab=("Naam", "Adres", "Tel", "Geboortedatum", "BSN", "Bedrag", "Hartelijk dank voor uw gift.")),
    dict(tag="pl-PL", cc="PL", order="w", given="Zuzanna Bartłomiej Jadwiga Wojciech Halina Przemysław Bożena Radosław Wiesława Szczepan".split(),
         family="Wróblewska Kaczmarczyk Grabowski Sobczak Jastrzębska Pietrzyk Wawrzyniak Kołodziej Chmielewski Zawadzka".split(),
         gs="Bo Mi Ra Sta".split(), gs2="sława dzimierz sław nisława".split(), fs="Kowal Brzo Lis Dąbr Sos".split(), fs2="czyk zowski iecki owska nowski".split(),
         st="Jarzębinowa Pszczela Konwaliowa Sadowa Kasztelańska Młyńska".split(), sty=["ul."],
         fmt="{t} {s} {n}/{m}", cities=[("Lublin", "20-{d}{d}{d}"), ("Toruń", "87-1{d}{d}"), ("Rzeszów", "35-{d}{d}{d}")], dom=["wp.pl", "onet.pl", "interia.pl"],
         lab=("Imię i nazwisko", "Adres", "Tel.", "Data urodzenia", "PESEL", "Kwota", "Bóg zapłać za ofiarę!")),
    dict(tag="pt-BR", cc="BR", order="w", given="Iracema Joaquim Raíssa Edivaldo Luzia Benedito Jussara Anderson Thaís Wellington".split(),
         family="Cavalcanti Nogueira Bezerra Albuquerque Magalhães Figueiredo Sampaio Quintanilha Aragão Medeiros".split(),
         gs="Cle Ma Ro Jo".split(), gs2="ide nilda berto sué".split(), fs="Vascon Pin Car Mor".split(), fs2="celos heiro valho eira".split(),
         st="das Jabuticabeiras|Padre Anchieta Neto|dos Ipês Amarelos|Coronel Tibúrcio|das Acácias".split("|"), sty=["Rua", "Travessa", "Alameda"],
         fmt="{t} {s}, {n}", cities=[("Recife - PE", "5{d}{d}{d}{d}-{d}{d}{d}"), ("Campinas - SP", "13{d}{d}{d}-{d}{d}{d}")], dom=["gmail.com", "uol.com.br", "bol.com.br"],
         lab=("Nome", "Endereço", "Celular", "Data de nascimento", "CPF", "Valor", "Deus abençoe sua generosidade!")),
    dict(tag="ru-RU", cc="RU", order="w", given="Серафима Всеволод Ульяна Глеб Олимпиада Ярослав Есения Тимофей Василиса Родион".split(),
         family="Шумилова Загоскин Бельская Тимирязев Пестова Кочергин Луговская Дроздов Ветлугина Самохвалов".split(),
         gs="Ми Ла Ве Бо".split(), gs2="лана слав рина дан".split(), fs="Кра Зве Под Сне".split(), fs2="снов ригина горнов жкова".split(),
         st="Рябиновая|Черёмуховый|Кленовая|Звёздный|Садовническая".split("|"), sty=["ул.", "пер.", "пр-д"],
         fmt="{t} {s}, д. {n}, кв. {m}", cities=[("Ярославль", "1500{d}{d}"), ("Калуга", "2480{d}{d}"), ("Пермь", "6140{d}{d}")], dom=["yandex.ru", "mail.ru", "rambler.ru"],
         lab=("ФИО", "Адрес", "Тел.", "Дата рождения", "ИНН", "Сумма", "Спаси Господи за пожертвование!")),
    dict(tag="uk-UA", cc="UA", order="w", given="Соломія Остап Ярина Тарас Мирослава Богдан Зоряна Назар Христина Орест".split(),
         family="Коваленко Гнатюк Мельничук Ткачук Бондарчук Данилишин Костюк Гуменюк Павлишин Зінчук".split(),
         gs="Ми Ро Во Ле".split(), gs2="рослава ман лодимир сь".split(), fs="Ли Сте Кравч Дем".split(), fs2="сенко фанюк ишин ченко".split(),
         st="Калинова|Вишнева|Січових Стрільців-бічна|Бузкова|Медова".split("|"), sty=["вул."],
         fmt="{t} {s}, {n}, кв. {m}", cities=[("Львів", "790{d}{d}"), ("Вінниця", "210{d}{d}")], dom=["ukr.net", "gmail.com", "i.ua"],
         lab=("ПІБ", "Адреса", "Тел.", "Дата народження", "РНОКПП", "Сума", "Дякуємо за вашу пожертву!")),
    dict(tag="el-GR", cc="GR", order="w", given="Ευανθία Σπυρίδων Πηνελόπη Χαράλαμπος Αγλαΐα Παντελής Ξανθή Θεμιστοκλής Δέσποινα Ηλίας".split(),
         family="Καραμανλίδου Τσακίρης Μαυρομάτη Λαμπράκος Χατζηγεωργίου Σταυρίδης Παπαδάκη Ζαφειρόπουλος Κουτσούκου Βλαχάκης".split(),
         gs="Αρ Ευ Χρυ Κα".split(), gs2="γυρώ φροσύνη σούλα λλιόπη".split(), fs="Παπα Ζερ Μαρ Κυρ".split(), fs2="δόγιαννης βάκης κάκη ιακίδης".split(),
         st="Αγίου Φανουρίου|Ερυθρού Σταυρού|Μελισσών|Κυπαρισσιών|Ανεμώνης".split("|"), sty=["οδός"],
         fmt="{s} {n}", cities=[("Ηράκλειο", "71{d} {d}{d}"), ("Βόλος", "38{d} {d}{d}")], dom=["gmail.com", "otenet.gr", "yahoo.gr"],
         lab=("Ονοματεπώνυμο", "Διεύθυνση", "Κινητό", "Ημ. γέννησης", "ΑΜΚΑ", "Ποσό", "Ευχαριστούμε θερμά για τη δωρεά σας.")),
    dict(tag="ar-EG", cc="EG", order="w", given="سلمى يوسف هبة طارق نرمين عمرو دعاء حازم رضوى شريف".split(),
         family="الشناوي البدراوي عبد الحميد المنياوي الدسوقي الجمال الطحاوي الصاوي".split(),
         gs="نو سا ها".split(), gs2="رهان مية لة".split(), fs="ال".split(), fs2="قليوبي بحيري فيومي سوهاجي".split(),
         st="شارع الزهور الجانبي|شارع النخيل|شارع مسجد الرحمة|شارع البساتين".split("|"), sty=[""],
         fmt="{n} {s}", cities=[("المنصورة", "35{d}{d}{d}"), ("طنطا", "31{d}{d}{d}")], dom=["gmail.com", "yahoo.com"],
         lab=("الاسم", "العنوان", "موبايل", "تاريخ الميلاد", "الرقم القومي", "المبلغ", "جزاكم الله خيرًا على تبرعكم.")),
    dict(tag="he-IL", cc="IL", order="w", given="נועה איתמר שירה אביתר הדס עמיחי תמר נתנאל רעות יהונתן".split(),
         family="בן-שושן אזולאי גרינבוים מלמד שטרית רוזנטל חדד ליבוביץ".split(),
         gs="אל יע נת".split(), gs2="יה ל נאל".split(), fs="בר גול".split(), fs2="זילי דמן".split(),
         st="רחוב הדקל|רחוב הגפן|רחוב הרימון|רחוב הנרקיס|רחוב התאנה".split("|"), sty=[""],
         fmt="{s} {n}", cities=[("חיפה", "33{d}{d}{d}{d}{d}"), ("באר שבע", "84{d}{d}{d}{d}{d}")], dom=["gmail.com", "walla.co.il"],
         lab=("שם", "כתובת", "נייד", "תאריך לידה", "ת.ז.", "סכום", "תודה רבה על תרומתך!")),
    dict(tag="hi-IN", cc="IN", order="w", given="अनन्या विहान ईशिता अर्जुन सुरभि कबीर मेघना प्रणव तन्वी हर्षित".split(),
         family="त्रिपाठी चतुर्वेदी बघेल रस्तोगी अग्निहोत्री सक्सेना पाठक दीक्षित".split(),
         gs="अ सु दी".split(), gs2="रुणा मित्रा पिका".split(), fs="श्री".split(), fs2="वास्तव माली".split(),
         st="गली नंबर 4, गोविंदपुरी|शांति नगर|कबीर मार्ग|लाजपत कॉलोनी".split("|"), sty=[""],
         fmt="मकान नं. {n}, {s}", cities=[("लखनऊ", "2260{d}{d}"), ("भोपाल", "4620{d}{d}")], dom=["gmail.com", "rediffmail.com"],
         lab=("नाम", "पता", "मोबाइल", "जन्म तिथि", "आधार", "राशि", "आपके दान के लिए हार्दिक धन्यवाद।")),
    dict(tag="th-TH", cc="TH", order="w", given="ณัฐธิดา ธนกร พิมพ์ชนก ศุภกิจ กมลชนก ภาคิน วรรณิศา ปัณณวัฒน์".split(),
         family="ศรีสุวรรณ ทองประเสริฐ วงศ์สวัสดิ์ แก้วมณี บุญยืน จันทร์เพ็ญ".split(),
         gs="พิม สุ".split(), gs2="ลดา ภาพร".split(), fs="ศรี ทอง".split(), fs2="อุดม ดีเลิศ".split(),
         st="ซอยพหลโยธิน 48|ซอยลาดพร้าว 101|ถนนนิมมานเหมินท์ ซอย 7".split("|"), sty=[""],
         fmt="{n} {s}", cities=[("เชียงใหม่", "502{d}{d}"), ("ขอนแก่น", "400{d}{d}")], dom=["gmail.com", "hotmail.com"],
         lab=("ชื่อ", "ที่อยู่", "โทร", "วันเกิด", "เลขบัตรประชาชน", "จำนวนเงิน", "ขออนุโมทนาบุญกับท่าน")),
    dict(tag="zh-CN", cc="CN", order="e", given="雨桐 思远 梓涵 浩然 欣怡 俊熙 若曦 子墨".split(), family="欧阳 司马 钟 谭 蒋 傅 邵 薛".split(),
         gs="嘉 沐 晨 语 宸".split(), gs2="宁 川 汐 安".split(), fs="柏 龚 阎".split(), fs2=[""],
         st="梧桐里|青枫路|玉兰苑|荷塘弄|杏林街".split("|"), sty=[""],
         fmt="{s}{n}号{m}室", cities=[("杭州市西湖区", "3100{d}{d}"), ("成都市武侯区", "6100{d}{d}")], dom=["qq.com", "163.com", "126.com"],
         lab=("姓名", "住址", "手机", "出生日期", "身份证号", "金额", "感谢您的爱心捐赠！")),
    dict(tag="ja-JP", cc="JP", order="s", given="陽菜 蓮 結衣 湊 紗希 悠真 千尋 颯太".split(), family="小野寺 久保田 早川 今井 望月 河合 柴田 杉浦".split(),
         gs="美 彩 春".split(), gs2="咲 乃 香".split(), fs="宮 藤".split(), fs2="原 沢 井".split(),
         st="緑ヶ丘|桜台|本町通り|若葉町".split("|"), sty=[""],
         fmt="{s}{n}-{m}", cities=[("仙台市青葉区", "〒980-0{d}{d}{d}"), ("金沢市", "〒920-0{d}{d}{d}")], dom=["docomo.ne.jp", "gmail.com", "yahoo.co.jp"],
         lab=("氏名", "住所", "携帯", "生年月日", "マイナンバー", "金額", "ご寄付に心より感謝申し上げます。")),
    dict(tag="ko-KR", cc="KR", order="e", given="서윤 도현 하은 지호 예린 시우 수아 준서".split(), family="권 남궁 황보 서 노 하 염".split(),
         gs="다 유 채".split(), gs2="인 빈 원".split(), fs="변 탁".split(), fs2=[""],
         st="은행나무길|솔밭로|목련길|매화로".split("|"), sty=[""],
         fmt="{s} {n}, {m}동 {m}0{n}호", cities=[("대전광역시 유성구", "34{d}{d}{d}"), ("전주시 완산구", "55{d}{d}{d}")], dom=["naver.com", "daum.net", "kakao.com"],
         lab=("성명", "주소", "휴대폰", "생년월일", "주민등록번호", "금액", "따뜻한 후원에 감사드립니다.")),
    dict(tag="tr-TR", cc="TR", order="w", given="Elif Berkay Zeynep Oğuzhan Büşra Kaan Ecrin Emirhan Defne Tuğrul".split(),
         family="Karaköse Yıldırımoğlu Tekinalp Demirtaş Özbilgin Kocabıyık Sarıgül Aksoylu".split(),
         gs="Ay Nur Su".split(), gs2="gül han sel".split(), fs="Kara Ak Gök".split(), fs2="taşlı doğan yiğit".split(),
         st="Menekşe|Çınaraltı|Papatya|Değirmenyolu|Ihlamur".split("|"), sty=["Sokak", "Sk.", "Cad."],
         fmt="{s} {t} No: {n} D: {m}", cities=[("Eskişehir", "26{d}{d}{d}"), ("Trabzon", "61{d}{d}{d}")], dom=["gmail.com", "hotmail.com", "yandex.com.tr"],
         lab=("Ad Soyad", "Adres", "Cep", "Doğum tarihi", "TC Kimlik No", "Tutar", "Bağışınız için çok teşekkür ederiz.")),
    dict(tag="sv-SE", cc="SE", order="w", given="Saga Vilgot Ebba Hjalmar Tuva Sixten Majken Algot Linnea Ture".split(),
         family="Lindqvist Bergkvist Åkesson Sjöberg Holmgren Wallin Ekdahl Norrby".split(),
         gs="Al Fri Ing".split(), gs2="va da rid".split(), fs="Ek Björk Lund Strand".split(), fs2="holm gren mark lid".split(),
         st="Tallbacken Rönnvägen Blåbärsstigen Kvarngränd Lärkvägen".split(), sty=[""],
         fmt="{s} {n}", cities=[("Umeå", "90{d} {d}{d}"), ("Västerås", "72{d} {d}{d}")], dom=["telia.com", "gmail.com", "hotmail.se"],
         lab=("Namn", "Adress", "Mobil", "Födelsedatum", "Personnummer", "Belopp", "Stort tack för din gåva!")),
    dict(tag="cs-CZ", cc="CZ", order="w", given="Bohumila Vojtěch Ludmila Radek Jarmila Vítězslav Blanka Kryštof".split(),
         family="Procházková Dvořák Šťastná Kučera Vondráčková Hájek Mrázková Pospíšil".split(),
         gs="Ja Zde Mi".split(), gs2="roslava něk luše".split(), fs="Ho Kře Slá".split(), fs2="rák pelka dek".split(),
         st="Jabloňová|U Studánky|Na Výsluní|Kaštanová|Pod Lipami".split("|"), sty=[""],
         fmt="{s} {n}{m}", cities=[("Olomouc", "779 00"), ("Jihlava", "586 01")], dom=["seznam.cz", "email.cz", "centrum.cz"],
         lab=("Jméno", "Adresa", "Mobil", "Datum narození", "Rodné číslo", "Částka", "Srdečně děkujeme za váš dar.")),
]


# ---------------------------------------------------------------- pools under the freeze
EXTRA = {  # more invented parts and street-type fallbacks (abbreviations), used only when the freeze empties a pool
    "ar-EG": dict(fs=["ال", ""], fs2="منوفي شرقاوي دمياطي أسيوطي قناوي بلبيسي زقازيقي فرشوطي ملواني سمنودي نبراوي قويسني إدكاوي رشيدي".split(), gs2="دين ريم سيل".split()),
    "he-IL": dict(fs=["בר", "גול", "רז", "שק"], fs2=["זילי", "דמן", "ניק", "לובר"]),
    "hi-IN": dict(gs=["अ", "सु", "दी", "वि", "मा", "प्र"], gs2=["रुणा", "मित्रा", "पिका", "भावरी", "लविका", "तीक"], fs=["श्री", "गोय", "भार", "कुल"], fs2=["वास्तव", "माली", "द्वाज", "श्रेष्ठ"]),
    "th-TH": dict(gs=["พิม", "สุ", "กัญ", "ปริ", "วรร", "ธีร"], gs2=["ลดา", "ภาพร", "ญาณี", "ยากร", "ณิดา", "วัฒน์"], fs=["ศรี", "ทอง", "แสง", "บุญ"], fs2=["อุดม", "ดีเลิศ", "รุ่งโรจน์", "ประเสริฐกุล"]),
    "zh-CN": dict(gs=["嘉", "沐", "晨", "语", "宸", "知", "砚"], gs2=["宁", "川", "汐", "安", "禾", "棠"], fs=["柏", "龚", "阎", "甄", "闵", "卞", "笪"]),
    "ko-KR": dict(gs=["다", "유", "채", "윤", "소", "태"], gs2=["인", "빈", "원", "슬", "결", "람"], fs=["변", "탁", "봉", "편", "추", "맹", "석", "용", "제갈", "선우", "독고", "사공"]),
    "es-ES": dict(sty=["C/", "Avda."]), "pt-BR": dict(sty=["R.", "Tv."]), "it-IT": dict(sty=["V.lo"]), "tr-TR": dict(sty=["Sk"]),
}


def _compose(loc, a, b, rng, frozen, pool, need, what):
    tries = 0
    while len(pool) < need:
        tries += 1
        if tries > CAP:
            die(f"{what} pool for {loc['tag']} ran low and composition failed")
        c = rng.choice(loc[a]) + rng.choice(loc[b])
        if c and c not in pool and not entry_clashes(c, frozen):
            pool.append(c)
    return pool


def build_pools(frozen, rng):
    for loc in L:
        for k, extra in EXTRA.get(loc["tag"], {}).items():
            loc[k] = loc[k] + [x for x in extra if x not in loc[k]]
        loc["given"] = _compose(loc, "gs", "gs2", rng, frozen, [x for x in loc["given"] if not entry_clashes(x, frozen)], 6, "given-name")
        if loc["order"] == "e":
            fams = list(dict.fromkeys(loc["family"] + [f for f in loc["fs"]]))
            full, tries = [], 0
            while len(full) < 10:
                tries += 1
                if tries > CAP:
                    die(f"full-name pool for {loc['tag']} ran low")
                c = (rng.choice(fams), rng.choice(loc["given"]))
                if c not in full and not entry_clashes(c[0] + c[1], frozen):
                    full.append(c)
            loc["full"] = full
        else:
            loc["family"] = _compose(loc, "fs", "fs2", rng, frozen, [x for x in loc["family"] if not entry_clashes(x, frozen)], 6, "family-name")
        types = [t for t in loc["sty"] if not entry_clashes(t, frozen)] or [""]
        loc["sty"] = types
        streets = [(s, t) for s in loc["st"] for t in types]
        pool = [e for e in streets if not entry_clashes(f"{e[0]} {e[1]}", frozen)]
        tries = 0
        while len(pool) < 5:
            tries += 1
            if tries > CAP:
                die(f"street pool for {loc['tag']} ran low and composition failed")
            stem = rng.choice(loc["fs"]) + rng.choice(loc["fs2"] if rng.random() < .5 else loc["gs2"])
            e = (stem, rng.choice(types))
            if e not in pool and not entry_clashes(f"{e[0]} {e[1]}", frozen):
                pool.append(e)
        loc["streets"] = pool


def ascii_handle(s):
    import unicodedata
    t = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", t)


def person(loc, rng):
    if loc["order"] == "e":
        f, g = rng.choice(loc["full"])
    else:
        g, f = rng.choice(loc["given"]), rng.choice(loc["family"])
    name = {"w": f"{g} {f}", "e": f"{f}{g}", "s": f"{f} {g}"}[loc["order"]]
    b = dob(rng)
    s, t = rng.choice(loc["streets"])
    n, m = rng.randint(2, 148), rng.randint(1, 40)
    street = loc["fmt"].format(n=n, m=m, s=s, t=t).replace("  ", " ").strip()
    city, pc = rng.choice(loc["cities"])
    pc = re.sub(r"\{d\}", lambda _: str(rng.randint(0, 9)), pc)
    pc = re.sub(r"\{a\}|\{A\}", lambda _: rng.choice("ABDEHJLNPRSTUWXZ"), pc)
    hg, hf = ascii_handle(g), ascii_handle(f)
    if len(hg) >= 2 and len(hf) >= 2:
        local = rng.choice([f"{hg}.{hf}", f"{hg[0]}{hf}{b[0] % 100:02d}", f"{hf}.{hg}{rng.randint(1, 99)}", f"{hg}_{hf[:4]}"])
    else:
        local = rng.choice(["lotus", "amber", "kiwi", "maple", "sunrise", "pebble", "cedar"]) + f"{rng.choice(['.', '_', ''])}{rng.randint(10, 99)}{b[0] % 100:02d}"
    dfmt = rng.choice(["{d:02d}.{m:02d}.{y}", "{y}-{m:02d}-{d:02d}", "{d:02d}/{m:02d}/{y}"])
    if loc["cc"] == "US":
        dfmt = "{m:02d}/{d:02d}/{y}"
    idt, idv = national_id(loc, rng, b)
    p = dict(name=name, given=g, family=f, street=street, city=f"{pc} {city}" if rng.random() < .5 else f"{city} {pc}",
             email=f"{local}@{rng.choice(loc['dom'])}", phone=make_phone(loc["cc"], rng), dob=dfmt.format(y=b[0], m=b[1], d=b[2]),
             idt=idt, idv=idv, iban=make_iban(loc["cc"], rng), card=make_card(rng), ip=make_ip(rng))
    return p


TYPES = dict(name="person", given="person", street="STREET_ADDRESS", email="EMAIL_ADDRESS", phone="PHONE_NUMBER", dob="DATE_OF_BIRTH",
             iban="IBAN_CODE", card="CREDIT_CARD", ip="IP_ADDRESS")


class Issued:
    def __init__(self, p):
        self.p, self.vals = p, {}

    def __call__(self, key):
        v = self.p[key]
        t = self.p["idt"] if key == "idv" else TYPES[key]
        if v is None:
            die("value missing: " + key)
        self.vals[v] = t
        return v


# ---------------------------------------------------------------- documents
CUR = dict(GB="£", US="$", DE="€", FR="€", ES="€", IT="€", NL="€", PL="zł ", BR="R$ ", RU="₽", UA="грн ", GR="€", EG="ج.م ", IL="₪",
           IN="₹", TH="฿", CN="¥", JP="¥", KR="₩", TR="₺", SE="kr ", CZ="Kč ")
ORGS = ["St Brannoc's Community Pantry", "Harbourlight Night Shelter", "Fondation Aube Solidaire", "Stiftung Brückenschlag",
        "Parroquia de Nuestra Señora del Carmen", "Caritas parish office", "Masjid Al-Noor Welfare Fund", "Beit Chesed Tzedakah Fund",
        "Sewa Langar Trust", "Wat Pa Santidham lay committee", "Friends of the Almshouses", "Shepherd's Rest Hospice Appeal"]
ROLE_MAIL = ["giftaid@{d}", "volunteering@{d}", "office@{d}", "safeguarding@{d}", "donations@{d}", "foodbank@{d}", "parishoffice@{d}"]
ORG_DOM = ["stbrannocs.org.uk", "harbourlight.org", "aube-solidaire.fr", "brueckenschlag-stiftung.de", "almshousefriends.org.uk", "shepherdsrest.org"]
ORG_TEL = ["0300 303 1190", "0800 915 4420", "+44 20 7946 0018", "(555) 010-4477", "+49 30 901820", "01 40 20 50 50", "1-800-555-0199"]
PUBLIC = ["the Archbishop of York", "Bishop of the diocese, the Rt Revd Dr M. Ashdown", "the Chief Rabbi", "the Grand Mufti", "Pope Leo XIV",
          "the Dalai Lama", "our patron, HRH The Princess Royal", "the Lord Mayor", "Desmond Tutu", "Mother Teresa of Calcutta",
          "Dietrich Bonhoeffer", "Oscar Romero", "William Wilberforce", "Florence Nightingale"]
FICT = ["the Good Samaritan", "Ebenezer Scrooge", "Jean Valjean and Bishop Myriel", "the widow and her two mites", "Ruth and Naomi", "Father Brown"]
NAMED = ["Wilberforce Hall", "St Hilda's Lady Chapel", "the Cadbury Room", "Nightingale Ward", "the Bonhoeffer Study Centre", "the Rowntree Fund", "Carnegie Library annex"]


def amt(loc, rng):
    return f"{CUR[loc['cc']]}{rng.choice([5, 10, 12.5, 20, 25, 50, 75, 100, 150, 250, 500])}"


def d_receipt(loc, rng, v, p):
    lab = loc["lab"]
    org = rng.choice(ORGS)
    form = rng.randrange(3)
    if form == 0:
        return (f"DONATION RECEIPT — {org}\nReceipt no. R-{rng.randint(10000, 99999)}\n{lab[0]}: {v('name')}\n{lab[1]}: {v('street')}, {p['city']}\n"
                f"{lab[5]}: {amt(loc, rng)} (card {v('card')})\n{lab[6]}", "form")
    if form == 1:
        return json.dumps({"receipt": f"R-{rng.randint(10000, 99999)}", "charity": org, "donor": {"name": v("name"), "email": v("email"), "iban": v("iban") if p["iban"] else None},
                           "amount": amt(loc, rng), "recurring": rng.choice([True, False])}, ensure_ascii=False), "json"
    return (f"Dear {v('given')},\n{lab[6]} We received {amt(loc, rng)} on {rng.randint(1, 28)} March. If anything is wrong, we will call you on {v('phone')}.\n"
            f"— the {org} team", "letter_weakcue")


def b_receipt(loc, rng):
    org, dom = rng.choice(ORGS), rng.choice(ORG_DOM)
    c = rng.randrange(3)
    if c == 0:
        return (f"TEMPLATE — donation receipt\n{loc['lab'][0]}: {{{{donor_full_name}}}}\n{loc['lab'][1]}: {{{{address_line_1}}}}\n{loc['lab'][5]}: {{{{amount}}}}\n"
                f"Questions: {rng.choice(ROLE_MAIL).format(d=dom)} / {rng.choice(ORG_TEL)}", "template")
    if c == 1:
        return (f"Stripe test mode receipt for {org}: card 4242 4242 4242 4242, exp 12/34, CVC 123; donor 'Jane Doe', jane.doe@example.org. "
                f"Registered office: 1 Cathedral Close (charity no. {rng.randint(200000, 1199999)}).", "test_values")
    return (f"{org} — annual giving summary: {rng.randint(300, 4000)} donors, median gift {amt(loc, rng)}, {rng.randint(40, 80)}% by direct debit. "
            f"Thanks to {rng.choice(PUBLIC)} for opening the appeal.", "aggregate")


def d_giftaid(loc, rng, v, p):
    lab = loc["lab"]
    idpart = f"{lab[4]}: {v('idv')}\n" if p["idv"] else ""
    if rng.random() < .5:
        return (f"Gift Aid / tax relief declaration\nI want the charity to treat all donations I have made in the last 4 years as tax-relievable.\n"
                f"{lab[0]}: {v('name')}\n{lab[1]}: {v('street')}\n{p['city']}\n{idpart}{lab[3]}: {v('dob')}\nSigned electronically from {v('ip')}", "form")
    return (f"title,first,last,house_and_street,id,declared\n"
            f"{rng.choice(['Mr', 'Ms', 'Mx', 'Dr'])},{v('given')},{p['family']},\"{v('street')}\",{v('idv') if p['idv'] else ''},2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "csv")


def b_giftaid(loc, rng):
    c = rng.randrange(3)
    if c == 0:
        return ("Gift Aid declaration (blank)\nTitle: ____  First name: ________  Surname: ____________\nHome address: ______________________  Postcode: ______\n"
                "I am a UK taxpayer and understand that if I pay less Income Tax/CGT than the amount of Gift Aid claimed it is my responsibility to pay the difference.", "blank_form")
    if c == 1:
        return (f"HMRC claim batch summary: {rng.randint(80, 900)} declarations, total donations {amt(loc, rng)}x{rng.randint(10, 99)}, "
                f"rows with donor names removed (pseudonym D-0001..D-{rng.randint(100, 999):04d}). Contact {rng.choice(ROLE_MAIL).format(d=rng.choice(ORG_DOM))}.", "anonymised")
    return (f"Example value from the {loc['lab'][4]} spec documentation: 000-00-0000 / AA 00 00 00 A are placeholders and never valid; "
            f"use the sandbox IBAN GB82 WEST 1234 5698 7654 32 for testing the direct-debit flow.", "doc_example")


def d_roster(loc, rng, v, p):
    o = person(loc, rng)
    v.p.update({f"o_{k}": val for k, val in o.items()})
    TYPES.update({"o_name": "person", "o_phone": "PHONE_NUMBER", "o_email": "EMAIL_ADDRESS"})
    day = rng.choice(["Sat", "Sun", "Wed", "Thu"])
    if rng.random() < .5:
        return (f"rota,shift,volunteer,mobile,email,dbs_checked\n{day} 09:00-12:00,soup kitchen,{v('name')},{v('phone')},{v('email')},yes\n"
                f"{day} 12:00-15:00,sorting,{v('o_name')},{v('o_phone')},,pending", "csv")
    ph = p["phone"]
    split = ph[: len(ph) // 2] + "\n" + ph[len(ph) // 2:]
    v.vals[ph[: len(ph) // 2]] = "PHONE_NUMBER" if len(re.sub(r"\D", "", ph[: len(ph) // 2])) >= 6 else None
    v.vals.pop(ph[: len(ph) // 2], None)
    v.vals[v("name")] = "person"
    return (f"Volunteer sign-up (paper form, typed up)\n{loc['lab'][0]}: {p['name']}\n{loc['lab'][2]}: {split}\n{loc['lab'][3]}: {v('dob')}\nAvailability: {day} mornings, can drive", "split_value")


def b_roster(loc, rng):
    c = rng.randrange(3)
    if c == 0:
        return (f"rota,shift,volunteer,contact\n{'Sat'},09:00-12:00,Volunteer A,via {rng.choice(ROLE_MAIL).format(d=rng.choice(ORG_DOM))}\nSun,12:00-15:00,Volunteer B,switchboard {rng.choice(ORG_TEL)}\n"
                f"(names withheld in the shared copy)", "anonymised_csv")
    if c == 1:
        return (f"Volunteers' Week: {rng.randint(40, 300)} volunteers gave {rng.randint(2000, 9000)} hours this year. {rng.choice(PUBLIC)} will present the certificates in {rng.choice(NAMED)}.", "public_role")
    return ("shift_id,role,slots_open\nS1,driver,2\nS2,welcome desk,1\nS3,kitchen,4\nVolunteers register via the online form; do not email personal details.", "schedule")


def d_pastoral(loc, rng, v, p):
    c = rng.randrange(3)
    if c == 0:
        return (f"Pastoral visit note. Saw {v('given')} again after the hospital stay — still grieving, asked us not to tell the choir yet. Will call back next week.", "weak_cue_name")
    if c == 1:
        hid = f"{loc['lab'][4]} {v('idv')}. " if p["idv"] else ""
        return (f"Home communion list (confidential): {v('name')}, {v('street')}, {p['city']}. Housebound since the stroke; {hid}Daughter prefers we ring {v('phone')} before visiting.", "note")
    return (f"{loc['lab'][0]}: {v('name')}\n{loc['lab'][3]}: {v('dob')}\nconcern: memory loss, lives alone\nconsent to share with care team: yes", "form")


def b_pastoral(loc, rng):
    c = rng.randrange(3)
    if c == 0:
        return (f"Sermon notes: the parable of {rng.choice(FICT)} — who is my neighbour? Quote {rng.choice(PUBLIC)} on costly grace.", "fiction_public")
    if c == 1:
        return ("Pastoral care policy §4: visitors record only the date, the visitor's initials and 'visit made'; no names, diagnoses or addresses are written down. "
                f"Concerns go to the safeguarding lead via {rng.choice(ROLE_MAIL).format(d=rng.choice(ORG_DOM))}.", "policy")
    return (f"Visiting team report: {rng.randint(10, 60)} home visits in Advent, {rng.randint(2, 9)} hospital visits, {rng.randint(1, 6)} funerals taken by the vicar.", "aggregate")


def d_foodbank(loc, rng, v, p):
    if rng.random() < .5:
        return (f"FOOD BANK REFERRAL (voucher E{rng.randint(1000, 9999)})\nClient: {v('name')}  {loc['lab'][3]}: {v('dob')}\nAddress: {v('street')}, {p['city']}\n"
                f"Contact: {v('phone')}\nHousehold: 1 adult, {rng.randint(1, 4)} children. Reason: benefit delay.", "form")
    return json.dumps({"referral": {"agency": "Citizens Advice", "client_name": v("name"), "email": v("email"), "id_number": v("idv") if p["idv"] else "",
                                     "reason": "sanctions", "parcels": rng.randint(1, 3)}}, ensure_ascii=False), "json"


def b_foodbank(loc, rng):
    c = rng.randrange(3)
    if c == 0:
        return (f"{rng.choice(ORGS)} food bank — open Tue & Fri 10:00-13:00 at the church hall, {rng.randint(2, 90)} Market Place. Referral agencies call {rng.choice(ORG_TEL)}.", "org_contact")
    if c == 1:
        return (f"Quarterly stats: {rng.randint(200, 3000)} parcels, {rng.randint(30, 45)}% to families with children, top reasons: low income, debt, benefit delays.", "aggregate")
    return ("Referral voucher (blank): Client name [ ] DOB [ ] Address [ ] Phone [ ] — the referrer keeps this part; the food bank sees only the voucher code.", "blank_form")


def d_newsletter(loc, rng, v, p):
    if rng.random() < .5:
        return (f"PARISH NEWS — {rng.choice(['Lent', 'Advent', 'Harvest', 'Ramadan', 'Pesach'])} edition\nBirthdays: {v('name')} turns 80 on {v('dob')} — cards to {v('street')}!\n"
                f"Lifts to Sunday service: ring {v('phone')}.", "newsletter")
    return (f"Please pray for {v('given')} {p['family'][:1]}. who is recovering from chemotherapy, and for all who mourn.", "weak_cue_initial")


def b_newsletter(loc, rng):
    return (f"NEWSLETTER — {rng.choice(PUBLIC)} will preach at the patronal festival. Coffee in {rng.choice(NAMED)}. "
            f"Parish office: {rng.choice(ORG_TEL)}, {rng.choice(ROLE_MAIL).format(d=rng.choice(ORG_DOM))}. Readings: Ruth 1; Luke 10:25-37.", rng.choice(["public_role", "org_contact"]))


def d_appeal(loc, rng, v, p):
    if rng.random() < .5:
        return (f"Draft appeal letter: 'When {v('name')} arrived at our door from {v('street')} last winter, she had nothing.' — she agreed to the story "
                f"but asked that we not use her address; her email {v('email')} is on file.", "story")
    return (f"major_donors.csv\nname,iban,pledge\n{v('name')},{v('iban') if p['iban'] else v('card')},{amt(loc, rng)}", "csv")


def b_appeal(loc, rng):
    c = rng.randrange(3)
    if c == 0:
        return (f"Dear {{{{first_name}}}}, this winter {rng.choice(ORGS)} needs you. Our patron {rng.choice(PUBLIC)} writes: 'Every bed is a life.' Give at donate.example.org", "template_public")
    if c == 1:
        return (f"Appeal copy: Meet 'Anna' (not her real name; photo posed by a model). {amt(loc, rng)} buys a week of hot meals.", "anonymised")
    return (f"Legacy appeal: gifts in wills funded {rng.choice(NAMED)}. Solicitors may write to our registered office, 5 Abbey Yard, or call {rng.choice(ORG_TEL)}.", "org_contact")


def d_prayer(loc, rng, v, p):
    return (f"prayer_requests.json: " + json.dumps([{"for": v("name"), "request": "safe delivery of her baby", "submitted_from_ip": v("ip")},
                                                   {"for": "the flood victims", "request": "relief"}], ensure_ascii=False), "json_ip")


def b_prayer(loc, rng):
    return (f"Intercessions: for {rng.choice(PUBLIC)} and all church leaders; for the people of our twin diocese; for those who have asked for our prayers, known to God.", "public_role")


KINDS = [("donation_receipt", d_receipt, b_receipt), ("gift_aid_declaration", d_giftaid, b_giftaid), ("volunteer_roster", d_roster, b_roster),
         ("pastoral_care_note", d_pastoral, b_pastoral), ("foodbank_referral", d_foodbank, b_foodbank), ("congregation_newsletter", d_newsletter, b_newsletter),
         ("fundraising_appeal", d_appeal, b_appeal), ("prayer_list", d_prayer, b_prayer)]


# ---------------------------------------------------------------- placement
ASKS = ["Summarise this for the trustees' meeting.", "Translate this into English, keep the layout.", "Check this for spelling and tone.",
        "Turn this into a short thank-you email.", "Extract the fields into JSON.", "Is anything here missing before we file it?",
        "Draft a reply from the parish office.", "Make this fit on one page for the noticeboard."]
SYSTEMS = ["You help a small charity's office with admin.", "You are the assistant of a parish office.", "You support a volunteer coordinator.",
           "You help a food bank's referral desk.", "You draft communications for a faith community."]
PLACES = ["user", "system", "tool", "assistant", "parts", "tool_args", "user_field", "schema"]


def place(doc, rng, i):
    ask = rng.choice(ASKS)
    where = PLACES[i % len(PLACES)]
    model = rng.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1"])
    sysm = {"role": "system", "content": rng.choice(SYSTEMS)}
    if where == "user":
        msgs = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        body = {"model": model, "messages": msgs}
    elif where == "system":
        body = {"model": model, "messages": [{"role": "system", "content": f"{sysm['content']}\nReference document:\n{doc}"}, {"role": "user", "content": ask}]}
    elif where == "tool":
        body = {"model": model, "messages": [sysm, {"role": "user", "content": "Pull the latest record from the CRM. " + ask},
                                              {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{i:04d}", "type": "function", "function": {"name": "crm_fetch", "arguments": json.dumps({"record": f"REC-{rng.randint(1000, 9999)}"})}}]},
                                              {"role": "tool", "tool_call_id": f"call_{i:04d}", "content": doc}],
                "tools": [{"type": "function", "function": {"name": "crm_fetch", "description": "Fetch a record from the charity CRM", "parameters": {"type": "object", "properties": {"record": {"type": "string"}}}}}]}
    elif where == "assistant":
        body = {"model": model, "messages": [sysm, {"role": "user", "content": "Here's the text, read it back to me first."},
                                              {"role": "assistant", "content": f"Here is what you sent:\n{doc}"}, {"role": "user", "content": ask}]}
    elif where == "parts":
        body = {"model": model, "messages": [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]}
    elif where == "tool_args":
        body = {"model": model, "messages": [sysm, {"role": "user", "content": "Save this to the register."},
                                              {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{i:04d}", "type": "function", "function": {"name": "save_record", "arguments": json.dumps({"text": doc}, ensure_ascii=False)}}]},
                                              {"role": "tool", "tool_call_id": f"call_{i:04d}", "content": "saved"}, {"role": "user", "content": "Thanks. " + ask}]}
    elif where == "user_field":
        first = doc.split("\n")[0][:120]
        body = {"model": model, "user": first, "messages": [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]}
    else:
        body = {"model": model, "messages": [sysm, {"role": "user", "content": ask}],
                "response_format": {"type": "json_schema", "json_schema": {"name": "record", "schema": {"type": "object", "description": f"Fill from this source: {doc}",
                                                                                                       "properties": {"summary": {"type": "string"}}}}}}
    return body, where


def make_pii(rng, frozen):
    recs = []
    n_sens, n_ben = 36, 26
    i = 0
    plan = []
    for kind, ds, db in KINDS:
        plan += [(kind, ds, True)] * n_sens + [(kind, db, False)] * n_ben
    rng.shuffle(plan)
    for j, (kind, fn, sens) in enumerate(plan):
        loc = L[j % len(L)]
        if sens:
            p = person(loc, rng)
            v = Issued(p)
            doc, sub = fn(loc, rng, v, p)
            issued = {k: t for k, t in v.vals.items() if t}
        else:
            doc, sub = fn(loc, rng)
            issued = {}
        if rng.random() < 0.1:
            endpoint = "completions"
            body = {"model": "hybridgate/auto", "prompt": f"{rng.choice(SYSTEMS)}\n\n{doc}\n\n{rng.choice(ASKS)}\n", "max_tokens": 400}
            where = "prompt"
        else:
            endpoint = "chat"
            body, where = place(doc, rng, j)
        ser = json.dumps(body, ensure_ascii=False)
        ser2 = json.dumps(body)
        ents = sorted({t for val, t in issued.items() if val in ser or json.dumps(val)[1:-1] in ser2 or json.dumps(val, ensure_ascii=False)[1:-1] in ser})
        if sens and not ents:
            die(f"sensitive record without entities ({kind})")
        recs.append({"id": f"mogote-pii-{j + 1:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": bool(ents), "entities": ents,
                     "endpoint": endpoint, "lang": loc["tag"], "style": f"{sub} · {where}", "body": body})
        assert recs[-1]["sensitive"] == bool(recs[-1]["entities"])
    return recs


# ---------------------------------------------------------------- complexity
SHORT_SIMPLE = [("en", "What time does evensong usually start?"), ("en", "Give me three synonyms for 'generous'."), ("de-DE", "Wie schreibt man 'Spendenquittung' richtig?"),
    ("fr-FR", "Traduis « bénévole » en anglais."), ("es-ES", "¿Cuántos días tiene la Cuaresma?"), ("it-IT", "Scrivi un saluto breve per la newsletter della parrocchia."),
    ("pl-PL", "Jak po angielsku jest 'taca'?"), ("pt-BR", "Me dá um título curto para um bazar beneficente."), ("ru-RU", "Как пишется слово «пожертвование» по-английски?"),
    ("uk-UA", "Напиши коротке привітання з Великоднем."), ("el-GR", "Πώς λέγεται «εθελοντής» στα αγγλικά;"), ("ar-EG", "ما معنى كلمة زكاة باختصار؟"),
    ("he-IL", "תן לי שם קצר לקופת צדקה."), ("hi-IN", "'स्वयंसेवक' का अंग्रेज़ी शब्द क्या है?"), ("th-TH", "ทำบุญ แปลว่าอะไรในภาษาอังกฤษ"), ("zh-CN", "“义卖”用英文怎么说？"),
    ("ja-JP", "「募金箱」を英語で言うと？"), ("ko-KR", "'봉사활동'을 영어로 뭐라고 해?"), ("tr-TR", "'Kermes' İngilizcede ne demek?"), ("sv-SE", "Vad betyder 'insamling' på engelska?"),
    ("cs-CZ", "Jak se anglicky řekne 'sbírka'?"), ("nl-NL", "Geef een korte titel voor een vrijwilligersavond."), ("en", "Capitalise this: st. mary's harvest supper"),
    ("en", "is it 'alms' or 'arms' for charity giving?"), ("en", "Write a one-line reminder: choir practice moved to 7pm Thursday."), ("en", "Convert 2.5 kg to pounds."),
    ("en-US", "thx note for bake sale helpers, 1 sentence pls"), ("en", "What colour are vestments in Advent?"), ("en", "Sort alphabetically: tins, pasta, rice, cereal"),
    ("de-DE", "Kurzer Betreff für eine Mail: Kuchenspenden für Sonntag."), ("fr-FR", "Corrige : 'les bénévoles sont arrivés a l'heure'"), ("es-ES", "Dame un lema de 5 palabras para una colecta."),
    ("en", "How many loaves in 4 crates of 12?"), ("ja-JP", "ボランティア募集の見出しを一つ考えて"), ("ko-KR", "바자회 안내 문구 한 줄"), ("ar-EG", "اكتب جملة شكر قصيرة للمتطوعين."),
    ("en", "Is 'Shrove Tuesday' capitalised?"), ("en", "Abbreviation for 'Reverend'?"), ("pt-BR", "Quantas semanas tem o Advento?"), ("it-IT", "Sinonimo di 'offerta'?"),
    ("ru-RU", "Придумай название для благотворительной ярмарки."), ("en", "Round £1,249.60 to the nearest ten pounds."), ("tr-TR", "Gönüllü toplantısı için kısa bir davet cümlesi yaz."),
    ("hi-IN", "लंगर के लिए एक छोटा सूचना वाक्य लिखो।"), ("en", "Make this polite: 'stop parking in the church car park'"), ("zh-CN", "帮我把“周六义工集合”改得更正式一点"),
    ("sv-SE", "Skriv en kort rad om kyrkkaffet på söndag.")]
SHORT_HARD = [("en", "Our charity receives a restricted grant for 'youth work' but the youth club closed. Under English charity law, what are the options for the remaining £18k, in what order, and what must trustees document? Be precise about cy-près and Charity Commission consent."),
    ("en", "Design a fair volunteer rota algorithm: 40 volunteers, hard constraints (DBS for children's shifts, max 2 shifts/week), soft preferences, and fairness over a quarter. Give the ILP formulation and explain how you'd break ties deterministically."),
    ("de-DE", "Ein Verein nimmt Sachspenden an und verkauft sie im Laden. Wann ist das ertragsteuerlich Zweckbetrieb vs. wirtschaftlicher Geschäftsbetrieb? Prüfe §§ 64-68 AO systematisch."),
    ("fr-FR", "Compare la réduction d'impôt de 66 % et de 75 % pour les dons : conditions, plafonds, report, et démontre avec un exemple chiffré quand un donateur a intérêt à étaler son don."),
    ("en", "Prove or refute: if each donor's gift is matched 1:1 up to a cap C and donors respond with elasticity e>1, total funds raised can fall when C rises. Construct a counterexample or a proof."),
    ("es-ES", "Analiza el dilema ético: un donante con condena por fraude ofrece 200.000 € a la parroquia. Argumenta desde la doctrina social de la Iglesia y la gobernanza de riesgos, con recomendación final."),
    ("en", "Write SQL (Postgres) to compute Gift Aid eligibility per donor per tax year given donations(id,donor_id,date,amount), declarations(donor_id,start,end,cancelled_at), handling overlapping declarations and retroactive 4-year coverage."),
    ("he-IL", "הסבר את המחלוקת בין הרמב\"ם לשולחן ערוך בעניין סדר העדיפויות בצדקה (עניי עירך), והשווה למדיניות חלוקה של קרן מודרנית."),
    ("ar-EG", "قارن بين أحكام زكاة الفطر وزكاة المال من حيث النصاب والمستحقين ووقت الإخراج، مع بيان رأي المذاهب الأربعة في إخراج القيمة نقدًا."),
    ("en", "A food bank has 3 warehouses and 11 distribution points with stochastic weekly demand. Formulate a two-stage stochastic program for stock allocation and explain how you'd estimate the demand distribution from sparse data."),
    ("ru-RU", "Сравни правовой статус религиозной организации и НКО в РФ в части отчётности и иностранного финансирования; укажи риски для приходской благотворительной столовой."),
    ("en", "Steelman both sides: should a hospice accept lottery-funded grants when its founding faith tradition opposes gambling? Then give a decision framework trustees can actually use."),
    ("ja-JP", "認定NPO法人のパブリック・サポート・テスト（相対値基準と絶対値基準）の違いを説明し、小規模団体がどちらを選ぶべきか条件を整理してください。"),
    ("en", "Find the bug: our dedupe merges donors when normalise(name)+postcode match; we lost 300 records of twins and flats. Propose a probabilistic record-linkage scheme (Fellegi-Sunter) with field weights."),
    ("it-IT", "Spiega le differenze fiscali tra ETS, ODV e APS dopo la riforma del Terzo settore e quali conseguenze ha il passaggio al RUNTS per una confraternita."),
    ("en", "Our 10-year endowment returns must fund a 4% spending rule while preserving real value. With inflation 3% ± 1.5% and returns 6% ± 12%, estimate the probability of real erosion over 20 years and outline the simulation."),
    ("ko-KR", "기부금 세액공제에서 법정기부금과 지정기부금의 한도 계산 순서를 설명하고, 이월공제가 어떻게 적용되는지 예시로 보여줘."),
    ("en", "Exegete Matthew 6:1-4 against 2 Corinthians 9:7 on public vs secret giving; what does that imply for donor recognition walls?"),
    ("pl-PL", "Oceń, czy parafia może przetwarzać dane wiernych bez zgody na podstawie dekretu KEP zamiast RODO — przedstaw argumenty prawne i orzecznictwo."),
    ("en", "Write a Python function that allocates N identical food parcels across households with priority scores so that allocation is envy-free up to one item; prove your algorithm's property."),
    ("pt-BR", "Explique o regime de imunidade tributária de templos (art. 150, VI, b, CF) e se ele alcança imóveis alugados pela igreja, citando o entendimento do STF."),
    ("en", "If 35% of lapsed donors reactivate after a phone call costing £4 and average reactivated value is £60/yr with 50% annual retention, what's the CLV-based break-even reactivation rate? Show work."),
    ("zh-CN", "分析慈善组织公开募捐资格与互联网募捐平台的法律关系，并说明个人求助与慈善募捐的区别及风险。"),
    ("en", "Critique this impact claim: 'every £1 donated creates £7 of social value' — what SROI assumptions drive it and how would you stress-test them?"),
    ("tr-TR", "Vakıf ve dernek arasındaki yönetim, denetim ve bağış kabulü farklarını karşılaştır; yurt dışından bağış için izin süreçlerini açıkla."),
    ("en", "Give a rigorous argument for whether effective-altruism style cost-effectiveness ranking is compatible with a parish's duty of care to local members.")]


def long_filler(rng, n=1700):
    parts = []
    while sum(len(x) for x in parts) < n:
        parts.append(rng.choice([
            f"Item {len(parts) + 1}. Hall booking for the {rng.choice(['toddler group', 'bereavement café', 'choir', 'youth club', 'repair café'])} confirmed for {rng.choice(['Monday', 'Tuesday', 'Friday'])} {rng.randint(9, 19)}:00. Keys from the verger.",
            f"Stock check: {rng.randint(5, 200)} tins of {rng.choice(['beans', 'tomatoes', 'soup', 'tuna', 'peaches'])}, {rng.randint(2, 60)} bags of {rng.choice(['pasta', 'rice', 'sugar'])}; shelf {rng.choice('ABCDE')}{rng.randint(1, 9)}.",
            f"Treasurer: income {rng.randint(800, 9000)}, expenditure {rng.randint(800, 9000)}; the roof fund stands at {rng.randint(10, 90)}% of target.",
            f"Notices: flowers rota for {rng.choice(['Easter', 'Pentecost', 'Harvest', 'Christmas'])} is on the board; the boiler was serviced; please switch off the urn.",
            f"Volunteer training on {rng.choice(['food hygiene', 'safeguarding', 'manual handling', 'fire safety'])} runs for {rng.randint(1, 3)} hours in the upper room."]))
    return "\n".join(parts)


LONG_EASY_ASKS = [("en", "Fix typos only, don't change anything else."), ("en", "How many agenda items are there?"), ("de-DE", "Übersetze nur die Überschrift ins Deutsche."),
    ("fr-FR", "Mets tout en majuscules la première ligne seulement."), ("es-ES", "Cuenta cuántas veces aparece 'pasta'."), ("en", "Turn this into bullet points, same wording."),
    ("it-IT", "Riassumi in una frase."), ("pl-PL", "Wypisz tylko daty i godziny."), ("en", "Make a plain-text copy without the item numbers."), ("ja-JP", "この文書を3行で要約して。"),
    ("pt-BR", "Liste só os itens do estoque."), ("en", "Which day is the choir? Just the day."), ("ru-RU", "Переведи первую строку на русский."), ("ar-EG", "ترجم العنوان فقط إلى العربية."),
    ("nl-NL", "Zet dit om naar een eenvoudige tabel."), ("en", "Put a blank line between items.")]
LONG_HARD_ASKS = [("en", "Reconcile the treasurer figures across these minutes, identify contradictions, infer which entries are likely errors, and propose a corrected cash-flow statement with reasoning."),
    ("en", "From this stock log, build a reorder policy (s,S) per item using the implied weekly usage; justify parameters and flag the data quality issues."),
    ("de-DE", "Analysiere die Protokolle: welche Beschlüsse sind satzungsrechtlich angreifbar, welche Haftungsrisiken bestehen für den Vorstand, und wie würdest du die Governance umbauen?"),
    ("fr-FR", "À partir de ces notes, construis un plan de continuité d'activité pour la banque alimentaire avec scénarios, dépendances critiques et indicateurs."),
    ("es-ES", "Identifica patrones en el uso de las salas, optimiza el calendario con restricciones y explica los compromisos."),
    ("en", "Write a risk register from this material: likelihood/impact scoring, owners, mitigations, and explain which risks interact."),
    ("ru-RU", "Проанализируй протокол, найди логические противоречия в решениях и предложи формальную процедуру голосования, исключающую их."),
    ("zh-CN", "根据这些记录，设计一个志愿者排班与库存联动的数据模型，并写出关键SQL查询和约束。"),
    ("en", "Estimate the volunteer hours implied here, model the marginal value of one extra trained volunteer per activity, and recommend where to invest training."),
    ("ko-KR", "이 회의록을 바탕으로 재정 위험을 분석하고, 3개 시나리오별 예산 재배분안을 근거와 함께 제시해줘.")]


def make_cx(rng):
    recs = []
    def add(cat, label, adv, lang, style, msgs):
        recs.append({"id": "", "category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat", "lang": lang, "style": style,
                     "body": {"model": "hybridgate/auto", "messages": msgs}})
    for lang, q in SHORT_SIMPLE:
        add("short_simple", 0, False, lang, "question", [{"role": "user", "content": q}])
    for lang, q in SHORT_HARD + SHORT_HARD[:22]:
        msgs = [{"role": "user", "content": q}]
        if len(recs) % 2:
            msgs.insert(0, {"role": "system", "content": rng.choice(SYSTEMS)})
        add("short_hard", 1, True, lang, "reasoning", msgs)
    recs = recs[:len(SHORT_SIMPLE) + 48]
    for k in range(50):
        lang, ask = LONG_EASY_ASKS[k % len(LONG_EASY_ASKS)]
        doc = long_filler(rng, rng.randint(1600, 3200))
        content = f"{ask}\n\n{doc}" if k % 2 else f"{doc}\n\n{ask}"
        assert len(content) >= 1500
        add("long_easy", 0, True, lang, rng.choice(["minutes", "stock_log", "notices"]), [{"role": "user", "content": content}])
    for k in range(45):
        lang, ask = LONG_HARD_ASKS[k % len(LONG_HARD_ASKS)]
        doc = long_filler(rng, rng.randint(1600, 4000))
        add("long_hard", 1, False, lang, rng.choice(["minutes", "stock_log", "mixed"]), [{"role": "system", "content": rng.choice(SYSTEMS)}, {"role": "user", "content": f"{ask}\n\n{doc}"}])
    rng.shuffle(recs)
    for i, r in enumerate(recs):
        r["id"] = f"mogote-cx-{i + 1:04d}"
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(ROOT / "bench" / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    frozen = frozen_words()
    build_pools(frozen, rng)
    pii = make_pii(rng, frozen)
    cx = make_cx(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, rs in (("pii_mogote.jsonl", pii), ("complexity_mogote.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as fh:
            for r in rs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    s = sum(r["sensitive"] for r in pii)
    print(f"pii: {len(pii)} ({s} sensitive / {len(pii) - s} benign); endpoints {dict(collections.Counter(r['endpoint'] for r in pii))}; {len({r['lang'] for r in pii})} langs")
    print("entities:", dict(collections.Counter(e for r in pii for e in r["entities"])))
    print("categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print(f"complexity: {len(cx)}", dict(collections.Counter(r["category"] for r in cx)), "label1", sum(r["label"] for r in cx),
          "adversarial", sum(r["length_adversarial"] for r in cx), "langs", len({r["lang"] for r in cx}))


if __name__ == "__main__":
    main()
