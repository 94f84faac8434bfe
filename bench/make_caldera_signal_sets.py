#!/usr/bin/env python3
"""Caldera: a blind evaluation split for the request signals, set in MEDIA, JOURNALISM, PUBLISHING AND ENTERTAINMENT.

Writes bench/data/signals/pii_caldera.jsonl and bench/data/signals/complexity_caldera.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

The world
    Newsrooms and freelance reporters, broadcasters and podcasts, book and magazine publishers, literary
    agents, film and TV production (casting, locations, crew call sheets), music labels, concert promoters
    and ticketing, rights and royalties, readers' and viewers' complaints and corrections. The messages are
    what the people of that world send to (or pipe through) an LLM-backed assistant: freelancers, desk
    editors, producers, 2nd ADs, casting assistants, royalty clerks, agents' assistants, box-office staff,
    readers' editors, members of the public, and the software of the trade (ticketing exports, royalty
    statement exports, call-sheet tools).

How it was written
    Blind: its author read only the brief, the first 70 lines of the delta generator (record schema, label
    conventions) and the first two lines of the two delta files; no detector, test, evaluator, result,
    policy, doc or commit message. The other generators were not read: at run time their sources are
    scanned automatically for capitalised / non-ASCII words (FROZEN_AGAINST) and every pool entry of this
    file (person names, streets, localities, organisations, historical / fictional / eponym names) that
    shares a word or a non-ASCII bigram with that set is dropped and the pool refilled from invented,
    locale-typical syllables (capped); the run prints how many were dropped. Generic street-type words,
    particles and generic trade words of organisation names (Records, Press, Studios, Verlag ...) are exempt.

Organising principle
    Nine KINDS of message of that world, each with sensitive and benign variants: pitch (freelance pitches
    and invoices), call_sheet (film/TV call sheets and location notes), casting (casting intake and
    self-tape forms), royalties (royalty / rights statement exports), complaint (readers' and viewers'
    complaints and correction requests), ticketing (box-office and ticketing support chats), newsroom_note
    (internal reporting notes), contract_form (author / agency / crew onboarding forms), guest_booking
    (podcast and broadcast guest bookings). The data rotates over 21 locales in 10 scripts (Latin,
    Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul), with the locale's labels, formats
    and code-switching between the local language and English newsroom / set jargon (1st AD, DoP, unit base,
    ISRC, recoup, stet, TK, embargo ...).

Where the line is
    Personal data (sensitive): anything identifying a PRIVATE person of that world -- the freelancer, the
    extra, the location owner, the reader who complains, the ticket buyer, a confidential source, an
    author as a payee -- names (also a first name with a relation / role cue: "my sister Mei", "the new
    runner Tomasz"), personal phone numbers (with extensions, in national / international / E.164 formats),
    personal e-mails, home addresses, birth dates, national / tax / health numbers, hospital record numbers,
    bank accounts, IBANs, card numbers, a private user's public IP.
    Not personal data (benign hard negatives of the same world): public figures and officials in their
    public role (a minister at a press conference, a named novelist promoting her book), historical and
    fictional persons (characters of the script), cited authors, eponyms and prizes, organisations'
    switchboards, box offices and role mailboxes, emergency numbers, order / booking / case / invoice /
    ticket numbers, ISRCs and ISBNs, catalogue numbers, registration / VAT numbers of companies,
    documentation values (RFC 5737 / RFC 3849 IPs, example.com), test card numbers, placeholders (Jane Doe,
    Max Mustermann, [NAME]), blank forms and already-anonymised or aggregated texts.

Labels
    ``category`` is ``<kind>`` for sensitive and ``<kind>_benign`` for benign records. ``entities`` is a
    list of {"type", "value"} computed by SEARCHING the serialised body (base64 file parts decoded, URLs
    unquoted) for every value the record issued; a value that was left out is not labelled; ``sensitive``
    is true iff ``entities`` is non-empty (asserted). Types: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, LOCATION
    (home address), DATE_TIME (birth date), ssn (US SSN only), NATIONAL_ID, TAX_ID, HEALTH_INSURANCE,
    MEDICAL_RECORD, US_BANK_NUMBER (routing + account), IBAN_CODE, CREDIT_CARD, IP_ADDRESS. About 12 % of
    the sensitive records carry a single incidental item inside an otherwise benign-looking text.
    The document is placed in a request field chosen by rotation: user / system / earlier assistant / tool
    messages, text and file content parts (base64 text files with file names), image_url URLs with query
    strings, tool definitions and tool-call arguments, response_format json_schema (description, enum,
    examples), ``user``, ``stop``, ``prediction``, and sometimes only ``metadata`` with ``store: true``;
    about 10 % use the legacy completions endpoint.

Complexity
    short_simple (0), long_easy (>= 1,500 chars, 0), short_hard (1), long_hard (1); short_hard and long_easy
    are length-adversarial. "Hard" is real reasoning, planning, analysis or expert judgement of the trade
    (recoupment scenarios, defamation / privacy risk, shooting-schedule constraints, rights chains, embargo
    conflicts); "easy" is lookup, copying, reformatting, a greeting or a one-step chore however long.

Contents (seed 31415926)
    pii_caldera.jsonl: 504 requests (454 chat, 50 completions) in 21 locales / 10 scripts; 9 kinds x 56
    (293 sensitive = 58.1 %, 211 benign); 37 sensitive records carry a single incidental item; entity
    labels: PERSON 335, LOCATION 228, PHONE_NUMBER 209, EMAIL_ADDRESS 178, DATE_TIME 125, NATIONAL_ID 124,
    IBAN_CODE 90, CREDIT_CARD 57, IP_ADDRESS 57, TAX_ID 39, MEDICAL_RECORD 29, HEALTH_INSURANCE 10,
    US_BANK_NUMBER 8, ssn 6. complexity_caldera.jsonl: 190 chat requests in 18 language tags: short_simple
    48, long_easy 48 (>= 1,500 chars), short_hard 48, long_hard 46; 96 length-adversarial, 94 labelled 1.
    378 pool entries were dropped by the freeze and refilled. The run prints all counts.

Validation
    Every identifier carries valid check digits and is validated with python-stdnum (SSN, ABA, NHS,
    Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat
    Zehut, Aadhaar, Thai PIN, RRN, Chinese RIC, My Number, IBAN, Luhn for cards); every phone number is
    valid for its region with ``phonenumbers``; personal IPs are global. The run aborts on an invalid value
    and every retry loop is capped.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_caldera_signal_sets.py [--seed 31415926] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import ipaddress
import json
import pathlib
import random
import re
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.cn import ric
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
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

SPLIT = "caldera"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 31415926

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma "
                  "lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer "
                  "zeugen solfatara bergschrund kopje outwash inlier").split()
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


# generic words exempt from the freeze: street types, particles, generic trade words of organisation names
EXEMPT = set("""street st road rd lane avenue ave way close drive court place square rue avenue allée chemin
impasse boulevard bd via viale piazza corso calle avenida plaza paseo c av straße strasse str weg allee platz
gasse ring damm ul ulica al aleja os straat laan gracht plein rua travessa praça gatan vägen väg gränd caddesi
cad sokak sk mahallesi mah ulitsa улица ул проспект пр переулок пер вулиця вул просп οδός οδ λεωφ λεωφόρος
شارع ش רחוב רח שד मार्ग रोड नगर गली ถนน ซอย 路 街 号 丁目 番地 로 길 동 de la le les du des van der den het
von zu di da del della dos das do y e et und and of the al el bin bint ben ibn le-s records press studios
studio verlag edizioni éditions editorial media pictures films film productions production music live
agency agentur books publishing radio fm tv news gmbh ltd llc inc sa sarl srl bv ab as sp zoo kg co plc
festival arena hall theatre theater kino""".split())


def entry_words(entry):
    toks = [t.lower() for t in WORD.findall(entry)]
    out = [t for t in toks if t not in EXEMPT]
    for a, b in zip(toks, toks[1:]):
        if any(ord(c) > 127 for c in a + b):
            out.append(a + " " + b)
    return out


class Freezer:
    def __init__(self):
        self.words = frozen_words()
        self.dropped = collections.Counter()

    def ok(self, entry):
        return not any(w in self.words for w in entry_words(entry))

    def pool(self, name, seed_entries, refill, size, rng):
        out, seen = [], set()
        for e in seed_entries:
            if e in seen:
                continue
            seen.add(e)
            if self.ok(e):
                out.append(e)
            else:
                self.dropped[name] += 1
        tries = 0
        while len(out) < size and tries < 4000 and refill is not None:
            tries += 1
            e = refill(rng)
            if e in seen:
                continue
            seen.add(e)
            if self.ok(e):
                out.append(e)
            else:
                self.dropped[name] += 1
        if refill is not None and len(out) < size:
            raise SystemExit(f"pool {name}: only {len(out)} entries after refill")
        return out


# ---------------------------------------------------------------------------------------------------------
# locales: name syllables, streets, localities, labels, phone region, identifiers
# ---------------------------------------------------------------------------------------------------------
def syl(a, b):
    return lambda r: r.choice(a) + r.choice(b)


LOC = {
    "en-US": dict(script="Latin", region="US", order="gs",
                  g=(["Bren", "Cal", "Dar", "Jor", "Kel", "Lor", "Mar", "Nev", "Tal", "Wyn", "Ros", "Shel"],
                     ["a", "en", "ie", "lyn", "ric", "ey", "don", "issa"]),
                  s=(["Ash", "Brack", "Cor", "Dun", "Hol", "Mer", "Pen", "Stan", "Whit", "Yar"],
                     ["ley", "worth", "ford", "ridge", "ton", "by", "well", "ham"]),
                  st=lambda r, stem: f"{r.randint(12, 9870)} {stem} {r.choice(['Ave', 'St', 'Lane', 'Drive', 'Court'])}",
                  addr=lambda r, st, city: f"{st}, Apt {r.randint(1, 40)}{r.choice('ABCD')}, {city}, {r.choice(['OR', 'OH', 'GA', 'NM', 'MN', 'VT'])} {r.randint(10000, 99950):05d}",
                  city=(["Ash", "Cedar", "Mill", "Pine", "Rock", "Fair", "Glen", "Brook"], ["ville", "field", " Falls", " Springs", "port", "dale"]),
                  lab=("Name", "Cell", "Home address", "DOB", "SSN"), ask="pls clean this up",
                  mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], dob="{m:02d}/{d:02d}/{y}"),
    "en-GB": dict(script="Latin", region="GB", order="gs",
                  g=(["Al", "Bry", "Cer", "Eil", "Fin", "Gwen", "Isl", "Rho", "Tam", "Col"], ["a", "idh", "ony", "ys", "la", "in", "sin", "wen"]),
                  s=(["Thorn", "Black", "Hart", "Kings", "Marl", "Pell", "Rad", "Sel"], ["combe", "ham", "ing", "stone", "well", "wood", "by", "thorpe"]),
                  st=lambda r, stem: f"{r.randint(1, 240)} {stem} {r.choice(['Road', 'Close', 'Terrace', 'Gardens', 'Lane'])}",
                  addr=lambda r, st, city: f"Flat {r.randint(1, 12)}, {st}, {city} {r.choice(['LS', 'BS', 'NE', 'CF', 'EH', 'M'])}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                  city=(["Ald", "Brad", "Ket", "Wor", "Sel", "Hemp"], ["bury", "wick", "ton", "ley", "minster", "stead"]),
                  lab=("Name", "Mobile", "Home address", "DOB", "NHS no."), ask="can you tidy this",
                  mail=["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk"], dob="{d:02d}/{m:02d}/{y}"),
    "de-DE": dict(script="Latin", region="DE", order="gs",
                  g=(["Jo", "Lu", "Hen", "Kar", "Fri", "Wil", "Ott", "Gre", "Me", "An"], ["na", "ke", "rik", "ja", "lin", "ko", "tje", "ndra"]),
                  s=(["Brenn", "Hal", "Kess", "Lind", "Roth", "Stei", "Wend", "Zell", "Dorn", "Pfeif"], ["mann", "ler", "hoff", "berger", "ke", "rich", "bach", "inger"]),
                  st=lambda r, stem: f"{stem}{r.choice(['straße', 'weg', 'allee', 'gasse'])} {r.randint(1, 140)}",
                  addr=lambda r, st, city: f"{st}, {r.randint(10000, 99990):05d} {city}",
                  city=(["Alt", "Neu", "Ober", "Roß", "Hohen", "Grün"], ["dorf", "hausen", "feld", "stedt", "au", "ingen"]),
                  lab=("Name", "Handy", "Anschrift", "Geb.-Datum", "Steuer-ID"), ask="bitte kurz glätten",
                  mail=["gmx.de", "web.de", "t-online.de", "posteo.de"], dob="{d:02d}.{m:02d}.{y}"),
    "fr-FR": dict(script="Latin", region="FR", order="gs",
                  g=(["Ma", "Lé", "Jo", "Clé", "Sol", "Aur", "Ga", "Noé", "Ro", "Élo"], ["rine", "on", "elle", "ment", "ène", "ëlle", "die", "mane"]),
                  s=(["Dela", "Mor", "Val", "Fon", "Gir", "Bel", "Roch", "Lav", "Char", "Bouv"], ["court", "aine", "ard", "ier", "eau", "ot", "ay", "elle"]),
                  st=lambda r, stem: f"{r.randint(1, 120)} {r.choice(['rue des', 'rue du', 'allée des', 'impasse du', 'chemin des'])} {stem}s",
                  addr=lambda r, st, city: f"{st}, {r.randint(10000, 95990):05d} {city}",
                  city=(["Saint-Al", "Mont", "Vil", "Bois", "Roche", "Font"], ["bray", "lac", "mire", "court", "ville", "enay"]),
                  lab=("Nom", "Portable", "Adresse", "Né(e) le", "N° sécu"), ask="tu peux remettre au propre",
                  mail=["orange.fr", "free.fr", "laposte.net", "gmail.com"], dob="{d:02d}/{m:02d}/{y}"),
    "es-ES": dict(script="Latin", region="ES", order="gss",
                  g=(["Ma", "Lu", "Ca", "Ro", "Ine", "Ser", "Al", "Pi", "Ire", "Nu"], ["ría", "cía", "rmen", "drigo", "gio", "ba", "lar", "ria"]),
                  s=(["Sal", "Mon", "Var", "Gal", "Rib", "Oca", "Ber", "Tor", "Azn", "Qui"], ["dívar", "tero", "gas", "iana", "era", "ña", "ceo", "rijos"]),
                  st=lambda r, stem: f"{r.choice(['Calle', 'Avenida', 'Paseo', 'Travesía'])} {stem}, {r.randint(1, 180)}, {r.randint(1, 8)}º {r.choice('ABCD')}",
                  addr=lambda r, st, city: f"{st}, {r.randint(1000, 50840):05d} {city}",
                  city=(["Villa", "Torre", "Fuente", "Castro", "Puebla", "Val"], ["rrubia", "mayor", "seca", "dejo", "llano", "verde"]),
                  lab=("Nombre", "Móvil", "Domicilio", "F. nac.", "DNI"), ask="me lo dejas limpio",
                  mail=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"], dob="{d:02d}/{m:02d}/{y}"),
    "it-IT": dict(script="Latin", region="IT", order="gs",
                  g=(["Gi", "Lo", "Ma", "Fra", "Ste", "Ri", "Ales", "Chia", "Ni", "Eli"], ["ada", "renzo", "rta", "nco", "fania", "sia", "ra", "cola"]),
                  s=(["Bel", "Cor", "Fab", "Mor", "Ros", "Val", "Ser", "Tam", "Lan", "Gua"], ["otti", "ini", "elli", "ucci", "etti", "azzi", "one", "aldi"]),
                  st=lambda r, stem: f"{r.choice(['Via', 'Viale', 'Vicolo', 'Corso'])} {stem} {r.randint(1, 220)}",
                  addr=lambda r, st, city: f"{st}, {r.randint(10010, 98100):05d} {city} ({r.choice(['MI', 'TO', 'BO', 'FI', 'NA', 'PA'])})",
                  city=(["Borgo", "Castel", "Monte", "Villa", "Poggio", "Serra"], ["franco", "rosso", "lungo", "nuovo", "vecchio", "marino"]),
                  lab=("Nome", "Cell.", "Indirizzo", "Nato/a il", "Cod. fiscale"), ask="sistemalo per favore",
                  mail=["libero.it", "gmail.com", "tiscali.it", "alice.it"], dob="{d:02d}/{m:02d}/{y}"),
    "nl-NL": dict(script="Latin", region="NL", order="gs",
                  g=(["An", "Bram", "Daan", "Ee", "Joost", "Lie", "Mir", "Wout", "Sie", "Tes"], ["s", "je", "ke", "ien", "tje", "ke", "ne", "ger"]),
                  s=(["van der Berg", "de Hol", "Kamp", "van Veld", "Mol", "van Wijk", "Brink", "de Gro"], ["hof", "stra", "man", "ink", "huis", "ema"]),
                  st=lambda r, stem: f"{stem}{r.choice(['straat', 'laan', 'gracht', 'plein', 'singel'])} {r.randint(1, 300)}{r.choice(['', '-bis', 'A', ' hs'])}",
                  addr=lambda r, st, city: f"{st}, {r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRTVWXZ')} {city}",
                  city=(["Oost", "West", "Hoog", "Nieuw", "Zuid", "Groot"], ["dijk", "veen", "zande", "broek", "wolde", "horn"]),
                  lab=("Naam", "Mobiel", "Adres", "Geb.datum", "BSN"), ask="kun je dit netjes maken",
                  mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"], dob="{d:02d}-{m:02d}-{y}"),
    "pl-PL": dict(script="Latin", region="PL", order="gs",
                  g=(["Ja", "Ma", "Zo", "Bar", "Kry", "Ag", "Tom", "Wi", "Ole", "Ja"], ["rek", "łgorzata", "sia", "tosz", "styna", "nieszka", "asz", "told"]),
                  s=(["Kowal", "Nowo", "Wiśn", "Zieliń", "Dąb", "Krawc", "Sobcz", "Grab"], ["ski", "ska", "czyk", "ak", "ewicz", "owski", "iec"]),
                  st=lambda r, stem: f"ul. {stem}owa {r.randint(1, 90)}/{r.randint(1, 60)}",
                  addr=lambda r, st, city: f"{st}, {r.randint(0, 99):02d}-{r.randint(0, 999):03d} {city}",
                  city=(["Brzo", "Sos", "Lip", "Jezior", "Piask", "Dęb"], ["owice", "nowo", "kowo", "any", "ówek", "niki"]),
                  lab=("Imię i nazwisko", "Tel. kom.", "Adres zamieszkania", "Data ur.", "PESEL"), ask="popraw to proszę",
                  mail=["wp.pl", "onet.pl", "interia.pl", "o2.pl"], dob="{d:02d}.{m:02d}.{y}"),
    "pt-BR": dict(script="Latin", region="BR", order="gss",
                  g=(["Ra", "Lu", "Ju", "Thi", "Fer", "Ga", "Bea", "Ca", "Lí", "Va"], ["fael", "ana", "liana", "ago", "nanda", "briel", "triz", "via"]),
                  s=(["Ara", "Car", "Mei", "Pe", "Sou", "Tei", "Ro", "Ba", "Fa", "Quei"], ["újo", "valho", "reles", "xoto", "zedo", "xeira", "cha", "rbosa"]),
                  st=lambda r, stem: f"{r.choice(['Rua', 'Avenida', 'Travessa', 'Alameda'])} {stem}, {r.randint(10, 3400)}, apto {r.randint(11, 1204)}",
                  addr=lambda r, st, city: f"{st}, {city} - {r.choice(['SP', 'RJ', 'MG', 'BA', 'PE', 'RS'])}, {r.randint(10000, 99999):05d}-{r.randint(0, 999):03d}",
                  city=(["Itá", "Jacu", "Pira", "Ibi", "Curi", "Caju"], ["poã", "tinga", "rema", "jaí", "ba", "aru"]),
                  lab=("Nome", "Celular", "Endereço", "Nasc.", "CPF"), ask="dá uma arrumada nisso",
                  mail=["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br"], dob="{d:02d}/{m:02d}/{y}"),
    "sv-SE": dict(script="Latin", region="SE", order="gs",
                  g=(["Al", "Bir", "El", "Fre", "Hug", "In", "Lin", "Ste", "Sig", "Tu"], ["va", "gitta", "sa", "drik", "o", "grid", "nea", "ve"]),
                  s=(["Berg", "Lund", "Sjö", "Ek", "Häll", "Dahl", "Strand", "Ny", "Fager", "Rå"], ["qvist", "ström", "gren", "holm", "berg", "lind", "man", "vall"]),
                  st=lambda r, stem: f"{stem}{r.choice(['gatan', 'vägen', 'gränd', 'stigen'])} {r.randint(1, 90)}{r.choice(['', ' lgh 1102', ' B', ' 2 tr'])}",
                  addr=lambda r, st, city: f"{st}, {r.randint(100, 989)} {r.randint(10, 99)} {city}",
                  city=(["Ham", "Gran", "Björk", "Stor", "Lill", "Öster"], ["by", "sjö", "vik", "torp", "köping", "näs"]),
                  lab=("Namn", "Mobil", "Hemadress", "Född", "Personnr"), ask="kan du snygga till det",
                  mail=["telia.com", "gmail.com", "bredband.net", "hotmail.se"], dob="{y}-{m:02d}-{d:02d}"),
    "tr-TR": dict(script="Latin", region="TR", order="gs",
                  g=(["Ay", "Bur", "Ce", "De", "El", "Gö", "Mer", "Se", "Tu", "Ze"], ["şe", "ak", "mal", "niz", "if", "khan", "ve", "rna"]),
                  s=(["Yıl", "Kara", "Ak", "Öz", "Çe", "Do", "Ka", "Er", "Gü", "Te"], ["dız", "taş", "soy", "türk", "lik", "ğan", "oğlu", "men"]),
                  st=lambda r, stem: f"{stem} {r.choice(['Sokak', 'Caddesi', 'Sk.', 'Cad.'])} No:{r.randint(1, 120)} D:{r.randint(1, 24)}",
                  addr=lambda r, st, city: f"{r.choice(['Yeni', 'Cumhuriyet', 'Bahçe', 'Çınar'])}{r.choice(['tepe', 'köy', 'dere', 'evler'])} Mah. {st}, {r.randint(1000, 81999):05d} {city}",
                  city=(["Kuş", "Gül", "Ak", "Sarı", "Yeşil", "Taş"], ["ova", "bahçe", "pınar", "yurt", "kent", "kale"]),
                  lab=("Ad Soyad", "Cep", "Ev adresi", "Doğum tarihi", "TC Kimlik No"), ask="bunu toparlar mısın",
                  mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"], dob="{d:02d}.{m:02d}.{y}"),
    "ru-RU": dict(script="Cyrillic", region="RU", order="sg",
                  g=(["Ан", "Ва", "Ми", "Ека", "Дми", "Оль", "Сер", "Ти", "Ве", "Ки"], ["на", "силий", "хаил", "терина", "трий", "га", "гей", "ра"]),
                  s=(["Кузь", "Соро", "Вол", "Бело", "Мороз", "Жур", "Кисе", "Лебе", "Гра", "Тих"], ["мин", "кин", "ков", "ов", "ев", "ёв", "дев", "нов"]),
                  st=lambda r, stem: f"ул. {stem}ская, д. {r.randint(1, 90)}, кв. {r.randint(1, 300)}",
                  addr=lambda r, st, city: f"{r.randint(101000, 690000)}, г. {city}, {st}",
                  city=(["Ново", "Красно", "Бело", "Старо", "Верхне", "Заре"], ["озёрск", "горск", "дольск", "реченск", "полье", "вск"]),
                  lab=("ФИО", "Моб.", "Адрес", "Дата рожд.", "ИНН"), ask="приведи в порядок, пж",
                  mail=["mail.ru", "yandex.ru", "bk.ru", "rambler.ru"], dob="{d:02d}.{m:02d}.{y}"),
    "uk-UA": dict(script="Cyrillic", region="UA", order="gs",
                  g=(["Ол", "Бог", "Ярос", "Окс", "Тар", "Іри", "Свя", "Да", "Со", "Ма"], ["ена", "дан", "лав", "ана", "ас", "на", "рина", "рко"]),
                  s=(["Коваль", "Шевч", "Бонд", "Ткач", "Мельн", "Грищ", "Сав", "Руд", "Гай", "Лис"], ["енко", "ук", "ар", "чук", "ик", "ишин", "овий"]),
                  st=lambda r, stem: f"вул. {stem}ська, {r.randint(1, 90)}, кв. {r.randint(1, 200)}",
                  addr=lambda r, st, city: f"{st}, м. {city}, {r.randint(1000, 99999):05d}",
                  city=(["Біло", "Старо", "Зелено", "Верхо", "Горо", "Ясно"], ["ярськ", "дубів", "поле", "вина", "док", "гірськ"]),
                  lab=("ПІБ", "Моб.", "Адреса", "Дата нар.", "РНОКПП"), ask="впорядкуй це, будь ласка",
                  mail=["ukr.net", "gmail.com", "i.ua", "meta.ua"], dob="{d:02d}.{m:02d}.{y}"),
    "el-GR": dict(script="Greek", region="GR", order="gs",
                  g=(["Γιώρ", "Ελέ", "Μαρ", "Νίκ", "Σοφ", "Δημ", "Αθη", "Ηλ", "Κατ", "Στα"], ["γος", "νη", "ία", "ος", "ήτρης", "νά", "ίας", "ρίνα"]),
                  s=(["Παπα", "Καρα", "Γεωργ", "Νικο", "Σταυ", "Μαυρ", "Χατζη", "Λαμ"], ["δόπουλος", "γιάννης", "ίου", "λάου", "ρίδης", "άκης", "πράκης"]),
                  st=lambda r, stem: f"Οδός {stem}ου {r.randint(1, 120)}",
                  addr=lambda r, st, city: f"{st}, {r.randint(100, 850)} {r.randint(10, 99)} {city}",
                  city=(["Πλατα", "Κερα", "Μηλο", "Λιβα", "Ελαιο", "Καστα"], ["νιά", "σιώτισσα", "χώρι", "δοχώρι", "ρέματα", "νούσα"]),
                  lab=("Ονοματεπώνυμο", "Κιν.", "Διεύθυνση", "Ημ. γέννησης", "ΑΜΚΑ"), ask="φτιάξ' το λίγο",
                  mail=["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"], dob="{d:02d}/{m:02d}/{y}"),
    "ar-EG": dict(script="Arabic", region="EG", order="gs",
                  g=(["سل", "را", "مي", "نا", "ها", "جو", "زي", "فر", "شا", "تا"], ["ين", "ام", "يس", "ود", "دى", "ان", "ار", "يرة"]),
                  s=(["الشر", "المن", "البد", "الحس", "العط", "الزي", "القا", "السب"], ["قاوي", "ياوي", "راوي", "يني", "ار", "دي", "ضي", "اعي"]),
                  st=lambda r, stem: f"{r.randint(1, 90)} شارع {stem}",
                  addr=lambda r, st, city: f"{st}، الدور {r.randint(1, 12)}، شقة {r.randint(1, 40)}، {city}",
                  city=(["الم", "الز", "الق", "الس", "الش", "الع"], ["نصورية", "هيرية", "رافة", "عدية", "وادية", "ناوية"]),
                  lab=("الاسم", "موبايل", "العنوان", "تاريخ الميلاد", "رقم البطاقة"), ask="ممكن ترتبها",
                  mail=["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"], dob="{d:02d}/{m:02d}/{y}"),
    "he-IL": dict(script="Hebrew", region="IL", order="gs",
                  g=(["נו", "תמ", "אל", "יו", "שי", "רו", "עד", "גל", "מי", "אור"], ["עה", "ר", "און", "אב", "רה", "ני", "ית", "לי"]),
                  s=(["בר", "שפי", "כה", "גול", "רוז", "אבו", "מז", "פרי", "זיו", "חז"], ["און", "רא", "ני", "דמן", "ים", "רחי", "ן", "קיה"]),
                  st=lambda r, stem: f"רחוב {stem} {r.randint(1, 90)}, דירה {r.randint(1, 30)}",
                  addr=lambda r, st, city: f"{st}, {city} {r.randint(1000000, 9999999)}",
                  city=(["אלונ", "שקד", "ארז", "תמר", "רימונ", "זית"], ["ייה", "ים", "ון", "ית", "ונה", "יאל"]),
                  lab=("שם", "נייד", "כתובת", "ת. לידה", "ת.ז."), ask="תסדר את זה בבקשה",
                  mail=["gmail.com", "walla.co.il", "bezeqint.net", "012.net.il"], dob="{d:02d}.{m:02d}.{y}"),
    "hi-IN": dict(script="Devanagari", region="IN", order="gs",
                  g=(["अन", "रा", "वि", "सु", "प्रि", "दी", "मो", "नी", "श्र", "का"], ["ुज", "हुल", "क्रम", "नीता", "या", "पक", "हन", "ेया"]),
                  s=(["शर", "वर", "अग", "चौ", "त्रि", "ठा", "पा", "भा", "सक", "मल"], ["्मा", "्रवाल", "हान", "पाठी", "कुर", "ंडे", "टिया", "होत्रा"]),
                  st=lambda r, stem: f"मकान नं. {r.randint(1, 400)}, {stem} मार्ग",
                  addr=lambda r, st, city: f"{st}, {city} - {r.randint(110001, 855999)}",
                  city=(["राम", "शिव", "सूर्य", "चंद्र", "गंगा"], ["पुरा", "नगर", "गढ़", "पुर", "विहार"]),
                  lab=("नाम", "मोबाइल", "पता", "जन्म तिथि", "आधार"), ask="इसे ठीक कर दो",
                  mail=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"], dob="{d:02d}/{m:02d}/{y}"),
    "th-TH": dict(script="Thai", region="TH", order="gs",
                  g=(["สม", "วิ", "ประ", "กิต", "อรุ", "นภ", "ธน", "พิม", "ชุติ", "ศศิ"], ["ชาย", "ภา", "เสริฐ", "ติ", "ณี", "กร", "พร", "มา"]),
                  s=(["ศรี", "วง", "แก้ว", "สุข", "ทอง", "บุญ", "เพชร", "จันทร์"], ["สวัสดิ์", "ศักดิ์", "มณี", "ประเสริฐ", "ดี", "รัตน์", "วงศ์"]),
                  st=lambda r, stem: f"{r.randint(1, 400)}/{r.randint(1, 90)} ซอย{stem} {r.randint(1, 30)} ถนน{stem}",
                  addr=lambda r, st, city: f"{st} แขวง{city} เขต{city} {r.randint(10100, 96000)}",
                  city=(["บาง", "ลาด", "หนอง", "ดอน"], ["พลู", "ขาม", "แก", "ยาง", "ไผ่", "ตาล"]),
                  lab=("ชื่อ", "มือถือ", "ที่อยู่", "วันเกิด", "เลขบัตรประชาชน"), ask="ช่วยจัดให้เรียบร้อยหน่อย",
                  mail=["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th"], dob="{d:02d}/{m:02d}/{y}"),
    "zh-CN": dict(script="Han", region="CN", order="sg_nospace",
                  g=(["林", "陈", "赵", "周", "吴", "郑", "冯", "韩", "孙", "曹", "谢", "邓", "蒋", "沈"],
                     ["子涵", "婉清", "浩然", "思远", "嘉怡", "宇轩", "晓彤", "明哲", "晨曦", "欣妍", "昊天", "睿泽", "雨桐", "一帆"]),
                  s=None,
                  st=lambda r, stem: f"{stem}路{r.randint(1, 900)}号{r.randint(1, 30)}栋{r.randint(101, 2805)}室",
                  addr=lambda r, st, city: f"{city}{r.choice(['东城', '西湖', '南山', '北塘'])}区{st}",
                  city=(["青", "安", "临", "清", "永", "宁"], ["川市", "阳市", "溪市", "州市", "平市", "河市"]),
                  lab=("姓名", "手机", "住址", "出生日期", "身份证号"), ask="帮我整理一下",
                  mail=["qq.com", "163.com", "126.com", "sina.com"], dob="{y}年{m}月{d}日"),
    "ja-JP": dict(script="Kana", region="JP", order="sg",
                  g=(["佐々", "高", "松", "石", "小", "中", "岡", "藤", "森", "浅"], ["木", "橋", "本", "井", "林", "村", "田", "原"]),
                  s=(["はる", "ゆう", "さく", "あお", "りん", "ひな", "みお", "そう"], ["か", "と", "ら", "い", "こ", "た", "な", "ま"]),
                  st=lambda r, stem: f"{stem}町{r.randint(1, 5)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号",
                  addr=lambda r, st, city: f"〒{r.randint(100, 999)}-{r.randint(0, 9999):04d} {city}{st} {r.choice(['ハイツ', 'コーポ', 'メゾン'])}{r.randint(101, 905)}",
                  city=(["東", "西", "南", "北", "新"], ["山市", "浜市", "川市", "野市", "岡市"]),
                  lab=("氏名", "携帯", "住所", "生年月日", "マイナンバー"), ask="ちょっと整えてください",
                  mail=["docomo.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com"], dob="{y}年{m}月{d}日"),
    "ko-KR": dict(script="Hangul", region="KR", order="sg_nospace",
                  g=(["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오"],
                     ["민서", "서준", "지현", "유나", "하준", "도윤", "수아", "예린", "시우", "은채", "태윤", "다인"]),
                  s=None,
                  st=lambda r, stem: f"{stem}로{r.randint(1, 200)}번길 {r.randint(1, 90)}, {r.randint(101, 120)}동 {r.randint(101, 2504)}호",
                  addr=lambda r, st, city: f"{city} {st} ({r.randint(10000, 63999):05d})",
                  city=(["청", "해", "금", "은", "솔", "푸른"], ["하시", "빛시", "마루시", "내시", "뜰시"]),
                  lab=("성명", "휴대폰", "주소", "생년월일", "주민등록번호"), ask="깔끔하게 정리해 줘",
                  mail=["naver.com", "daum.net", "gmail.com", "kakao.com"], dob="{y}.{m:02d}.{d:02d}"),
}
# Hangul / Han given names: built from syllables so that enough invented combinations survive the freeze
LOC["ko-KR"]["g"] = (LOC["ko-KR"]["g"][0], [a + b for a in "가나다보소주채혜규려온새" for b in "율솔담별린결슬겸희람봄"])
LOC["zh-CN"]["g"] = (LOC["zh-CN"]["g"][0], [a + b for a in "婉浩思嘉宇晓昊睿雨若芷景" for b in "涵清远怡轩彤泽桐岚舟澄霖"])
LOCALES = sorted(LOC)
ROMAN = (["ka", "lo", "mi", "ra", "te", "no", "sa", "vi", "de", "ju", "ha", "ye"], ["n", "ri", "ta", "ko", "la", "mi", "so", "ne"])
ROLES = {"en": ["the new runner", "our junior booker", "the stand-in", "my sister", "my flatmate", "the new intern",
                "my brother", "the driver", "the location owner's son", "our trainee sub-editor"]}


def make_name_pools(fz, rng):
    pools = {}
    for lc in LOCALES:
        d = LOC[lc]
        if d["s"] is None:  # Han / Hangul: surname char + given name, no space
            gen = lambda r, d=d: r.choice(d["g"][0]) + r.choice(d["g"][1])
            first = lambda r, d=d: r.choice(d["g"][1])
        else:
            gf = syl(*d["g"])
            sf = syl(*d["s"])
            if d["order"] == "gs":
                gen = lambda r, gf=gf, sf=sf: f"{gf(r)} {sf(r)}"
            elif d["order"] == "gss":
                gen = lambda r, gf=gf, sf=sf: f"{gf(r)} {sf(r)} {sf(r)}"
            else:  # ja: kanji surname + kana given; ru: surname first
                gen = lambda r, gf=gf, sf=sf: f"{gf(r)} {sf(r)}"
            first = gf if lc != "ja-JP" else sf
        pools[lc] = dict(
            person=fz.pool(f"person/{lc}", [], gen, 40, rng),
            first=fz.pool(f"first/{lc}", [], first, 12, rng),
            public=fz.pool(f"public/{lc}", [], gen, 12, rng),
            street=fz.pool(f"street/{lc}", [], (lambda r, d=d: syl(*d["city"])(r).replace(" ", "")) if True else None, 16, rng),
            city=fz.pool(f"city/{lc}", [], lambda r, d=d: syl(*d["city"])(r).strip(), 10, rng),
        )
    return pools


ORG_STEMS = (["Ember", "Quill", "Northwick", "Saltmarsh", "Copperline", "Bellwether", "Halcyon", "Ravelin", "Tessellate",
              "Marrowby", "Linnet", "Driftglass", "Corvane", "Ambergate", "Palisade", "Velvetine", "Orrery", "Larkspur",
              "Brackwater", "Sunderby", "Gallowmere", "Pennywhistle", "Stoneflower", "Umberline"],
             ["Records", "Press", "Studios", "Pictures", "FM", "Media", "Books", "Live", "Agency", "Productions",
              "Films", "Publishing"])


def make_org_pool(fz, rng):
    seed = [f"{a} {b}" for a in ORG_STEMS[0] for b in ORG_STEMS[1]]
    rng.shuffle(seed)
    refill = lambda r: r.choice(["Mor", "Tal", "Vex", "Quor", "Lum", "Bram", "Cind", "Osk"]) + r.choice(
        ["vale", "wick", "mere", "holt", "ling", "stead"]) + " " + r.choice(ORG_STEMS[1])
    return fz.pool("org", seed[:80], refill, 60, rng)


HISTORICAL = ["Hamlet", "Ophelia", "Don Quixote", "Sherlock Holmes", "Anna Karenina", "Gutenberg", "Pulitzer",
              "Lumière", "Nellie Bly", "Orson Welles", "Hitchcock", "Dickens", "Cervantes", "Molière", "Goethe",
              "Dostoevsky", "Tagore", "Murasaki", "Homer", "Sappho", "Scheherazade", "Macbeth", "Godot", "Gatsby",
              "Eisenstein", "Méliès", "Caxton", "Aldus Manutius", "Reuters", "Havas", "Baird", "Marconi"]


# ---------------------------------------------------------------------------------------------------------
# identifiers, each validated; retry loops capped
# ---------------------------------------------------------------------------------------------------------
def capped(fn, validate, what, tries=5000):
    for _ in range(tries):
        v = fn()
        if v is None:
            continue
        try:
            validate(v)
            return v
        except Exception:
            continue
    raise SystemExit(f"could not generate a valid {what}")


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def brute_last(r, head_fn, validate, alphabet="0123456789", fmt=lambda s: s, what="id"):
    for _ in range(3000):
        head = head_fn()
        for c in alphabet:
            v = fmt(head + c)
            try:
                validate(v)
                return v
            except Exception:
                pass
    raise SystemExit(f"could not generate a valid {what}")


def rand_birth(r):
    return r.randint(1952, 2004), r.randint(1, 12), r.randint(1, 28)


def gen_national(r, lc, birth):
    y, m, d = birth
    if lc == "en-US":
        return "ssn", capped(lambda: f"{r.randint(1, 899):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}", ssn.validate, "SSN")
    if lc == "en-GB":
        return "HEALTH_INSURANCE", brute_last(r, lambda: digits(r, 9).replace("0", "4", 1), nhs.validate,
                                              fmt=lambda s: f"{s[:3]} {s[3:6]} {s[6:]}", what="NHS")
    if lc == "de-DE":
        return "TAX_ID", brute_last(r, lambda: str(r.randint(1, 9)) + digits(r, 9), idnr.validate,
                                    fmt=lambda s: f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}", what="Steuer-ID")
    if lc == "fr-FR":
        def f():
            dept = r.choice(["13", "33", "35", "44", "59", "69", "75", "92"])
            base = f"{r.randint(1, 2)}{y % 100:02d}{m:02d}{dept}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
            key = 97 - int(base) % 97
            s = base + f"{key:02d}"
            return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
        return "NATIONAL_ID", capped(f, nir.validate, "NIR")
    if lc == "es-ES":
        def f():
            n = r.randint(10000000, 99999999)
            return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
        return "NATIONAL_ID", capped(f, dni.validate, "DNI")
    if lc == "it-IT":
        def f():
            cons = "BCDFGLMNPRSTVZ"
            day = d + (40 if r.random() < 0.5 else 0)
            head = ("".join(r.choice(cons) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] +
                    f"{day:02d}" + r.choice(["H501", "F205", "L219", "A944", "D612", "G273"]))
            return head + codicefiscale.calc_check_digit(head)
        return "TAX_ID", capped(f, codicefiscale.validate, "codice fiscale")
    if lc == "nl-NL":
        return "NATIONAL_ID", brute_last(r, lambda: str(r.randint(1, 9)) + digits(r, 7), bsn.validate, what="BSN")
    if lc == "pl-PL":
        def f():
            mm = m + (20 if y >= 2000 else 0)
            head = f"{y % 100:02d}{mm:02d}{d:02d}" + digits(r, 4)
            return head + str(pesel.calc_check_digit(head))
        return "NATIONAL_ID", capped(f, pesel.validate, "PESEL")
    if lc == "pt-BR":
        def f():
            for _ in range(200):
                h = digits(r, 9)
                for k in range(100):
                    s = h + f"{k:02d}"
                    if cpf.is_valid(s):
                        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
            return None
        return "TAX_ID", capped(f, cpf.validate, "CPF", tries=5)
    if lc == "sv-SE":
        return "NATIONAL_ID", brute_last(r, lambda: f"{y % 100:02d}{m:02d}{d:02d}-" + digits(r, 3), personnummer.validate,
                                         what="personnummer")
    if lc == "tr-TR":
        def f():
            for _ in range(200):
                h = str(r.randint(1, 9)) + digits(r, 8)
                for k in range(100):
                    s = h + f"{k:02d}"
                    if tckimlik.is_valid(s):
                        return s
            return None
        return "NATIONAL_ID", capped(f, tckimlik.validate, "TCKN", tries=5)
    if lc == "ru-RU":
        def f():
            for _ in range(200):
                h = r.choice(["77", "78", "50", "52", "66"]) + digits(r, 8)
                for k in range(100):
                    s = h + f"{k:02d}"
                    if inn.is_valid(s):
                        return s
            return None
        return "TAX_ID", capped(f, inn.validate, "INN", tries=5)
    if lc == "uk-UA":
        return "TAX_ID", brute_last(r, lambda: str(r.randint(2, 4)) + digits(r, 8), rntrc.validate, what="RNTRC")
    if lc == "el-GR":
        return "NATIONAL_ID", brute_last(r, lambda: f"{d:02d}{m:02d}{y % 100:02d}" + digits(r, 4), amka.validate, what="AMKA")
    if lc == "he-IL":
        return "NATIONAL_ID", brute_last(r, lambda: str(r.randint(0, 3)) + digits(r, 7), il_idnr.validate, what="Teudat Zehut")
    if lc == "hi-IN":
        return "NATIONAL_ID", brute_last(r, lambda: str(r.randint(2, 9)) + digits(r, 10), aadhaar.validate,
                                         fmt=lambda s: f"{s[:4]} {s[4:8]} {s[8:]}", what="Aadhaar")
    if lc == "th-TH":
        return "NATIONAL_ID", brute_last(r, lambda: str(r.randint(1, 8)) + digits(r, 11), th_pin.validate,
                                         fmt=lambda s: f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}", what="Thai PIN")
    if lc == "zh-CN":
        return "NATIONAL_ID", brute_last(r, lambda: r.choice(["110101", "310104", "440305", "330106"]) + f"{y}{m:02d}{d:02d}" + digits(r, 3),
                                         ric.validate, alphabet="0123456789X", what="RIC")
    if lc == "ja-JP":
        return "NATIONAL_ID", brute_last(r, lambda: digits(r, 11), jp_in.validate,
                                         fmt=lambda s: f"{s[:4]} {s[4:8]} {s[8:]}", what="My Number")
    if lc == "ko-KR":
        return "NATIONAL_ID", brute_last(r, lambda: f"{y % 100:02d}{m:02d}{d:02d}-" + str(r.choice([1, 2] if y < 2000 else [3, 4])) + digits(r, 5),
                                         rrn.validate, what="RRN")
    return None, None


IBAN_BBAN = {"de-DE": ("DE", lambda r: digits(r, 18)), "nl-NL": ("NL", lambda r: r.choice(["RABO", "INGB", "ABNA", "TRIO"]) + digits(r, 10)),
             "en-GB": ("GB", lambda r: r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + digits(r, 14)),
             "pl-PL": ("PL", lambda r: digits(r, 24)), "tr-TR": ("TR", lambda r: digits(r, 5) + "0" + digits(r, 16)),
             "it-IT": ("IT", lambda r: r.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") + digits(r, 22)), "sv-SE": ("SE", lambda r: digits(r, 20)),
             "el-GR": ("GR", lambda r: digits(r, 23)), "fr-FR": ("FR", lambda r: digits(r, 23)),
             "es-ES": ("ES", lambda r: digits(r, 20)), "uk-UA": ("UA", lambda r: digits(r, 25)),
             "he-IL": ("IL", lambda r: digits(r, 19)), "ar-EG": ("EG", lambda r: digits(r, 25)),
             "pt-BR": ("BR", lambda r: digits(r, 23) + "C1")}


def gen_iban(r, lc):
    if lc not in IBAN_BBAN:
        return None
    cc, bb = IBAN_BBAN[lc]

    def f():
        b = bb(r)
        num = "".join(str(int(c, 36)) for c in b + cc + "00")
        chk = 98 - int(num) % 97
        raw = f"{cc}{chk:02d}{b}"
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return capped(f, std_iban.validate, f"IBAN {cc}", tries=3000)


def gen_card(r):
    def f():
        pre = r.choice(["4", "51", "53", "55", "2221"])
        body = pre + digits(r, 15 - len(pre))
        s = body + luhn.calc_check_digit(body)
        if s in TEST_CARDS_RAW:
            return None
        return " ".join(s[i:i + 4] for i in range(0, 16, 4))
    return capped(f, lambda v: luhn.validate(v.replace(" ", "")), "card")


TEST_CARDS = ["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "4000 0566 5566 5556"]
TEST_CARDS_RAW = {c.replace(" ", "") for c in TEST_CARDS}


def gen_aba(r):
    rt = brute_last(r, lambda: f"{r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + digits(r, 6), rtn.validate, what="ABA")
    return rt, digits(r, r.randint(8, 12))


def gen_ip(r):
    def f():
        a = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if not a.is_global or a.is_multicast:
            return None
        for net in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"):
            if a in ipaddress.ip_network(net):
                return None
        return str(a)
    return capped(f, lambda v: None, "IP")


def gen_phone(r, region, kind="mobile", fmt=None):
    t = phonenumbers.PhoneNumberType.MOBILE if kind == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    nsn = str(ex.national_number)
    for _ in range(800):
        keep = r.randint(2, 3)
        cand = nsn[:keep] + digits(r, len(nsn) - keep)
        num = phonenumbers.parse(cand, region) if region != "IT" else phonenumbers.parse("+39" + cand, None)
        if region == "IT" and ex.italian_leading_zero:
            num = phonenumbers.parse("+390" + cand, None) if not cand.startswith("0") else phonenumbers.parse("+39" + cand, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            f = fmt or r.choice(["INTERNATIONAL", "NATIONAL", "NATIONAL", "E164"])
            s = phonenumbers.format_number(num, getattr(phonenumbers.PhoneNumberFormat, f))
            back = phonenumbers.parse(s, region)
            if not phonenumbers.is_valid_number(back):
                continue
            return s
    raise SystemExit(f"could not generate a valid phone for {region}")


def translit(r):
    return r.choice(ROMAN[0]) + r.choice(ROMAN[1]) + r.choice(["", ".", "_"]) + r.choice(ROMAN[0]) + r.choice(ROMAN[1])


# ---------------------------------------------------------------------------------------------------------
# people of the world
# ---------------------------------------------------------------------------------------------------------
class World:
    def __init__(self, rng, pools, orgs, hist):
        self.r, self.pools, self.orgs, self.hist = rng, pools, orgs, hist

    def person(self, lc):
        r, d, p = self.r, LOC[lc], self.pools[lc]
        birth = rand_birth(r)
        y, m, dd = birth
        idtype, idval = gen_national(r, lc, birth)
        street = d["st"](r, r.choice(p["street"]))
        P = dict(lc=lc, name=r.choice(p["person"]), first=r.choice(p["first"]),
                 phone=gen_phone(r, d["region"]),
                 email=f"{translit(r)}{r.randint(1, 99) if r.random() < 0.6 else ''}@{r.choice(d['mail'])}",
                 addr=d["addr"](r, street, r.choice(p["city"])),
                 dob=d["dob"].format(d=dd, m=m, y=y), idtype=idtype, idval=idval,
                 iban=gen_iban(r, lc), card=gen_card(r), ip=gen_ip(r),
                 mrn=f"MRN {r.randint(10, 99)}-{r.randint(100000, 999999)}")
        if lc == "en-US":
            P["aba"] = gen_aba(r)
        return P

    def org(self):
        return self.r.choice(self.orgs)

    def public(self, lc):
        return self.r.choice(self.pools[lc]["public"])

    def org_phone(self, lc):
        return gen_phone(self.r, LOC[lc]["region"], kind="fixed", fmt="INTERNATIONAL")


def slug(org):
    return re.sub(r"[^a-z]", "", org.lower())[:14]


EMERGENCY = {"US": "911", "GB": "999", "DE": "112", "FR": "112", "ES": "112", "IT": "112", "NL": "112", "PL": "112",
             "BR": "190", "SE": "112", "TR": "112", "RU": "112", "UA": "112", "GR": "112", "EG": "122", "IL": "101",
             "IN": "112", "TH": "191", "CN": "110", "JP": "110", "KR": "112"}
TITLES = ["The Salt Ledger", "Night Desk", "Paper Moons", "Second Unit", "Low Tide Radio", "Borrowed Light", "The Ninth Chair",
          "Copper Season", "Glass Orchard", "Static & Honey"]


# ---------------------------------------------------------------------------------------------------------
# the nine kinds: each returns (doc, instruction, system, issued[(type, value)], role)
# ---------------------------------------------------------------------------------------------------------
def lab(P, i):
    return LOC[P["lc"]]["lab"][i]


def id_line(P, issued):
    if P["idval"]:
        issued.append((P["idtype"], P["idval"]))
        return f"{lab(P, 4)}: {P['idval']}"
    return ""


def add(issued, t, v):
    issued.append((t, v))
    return v


def k_pitch(W, lc, sens):
    r, P = W.r, W.person(lc)
    org, title = W.org(), r.choice(TITLES)
    if sens:
        iss = []
        pay = (f"IBAN {add(iss, 'IBAN_CODE', P['iban'])}" if P["iban"] else
               (f"ABA {add(iss, 'US_BANK_NUMBER', P['aba'][0])} / acct {add(iss, 'US_BANK_NUMBER', P['aba'][1])}" if "aba" in P else
                f"card on file {add(iss, 'CREDIT_CARD', P['card'])}"))
        doc = (f"PITCH — '{title}' feature, ~1,800 wds, TK quotes from the ferry strike\n"
               f"From: {add(iss, 'PERSON', P['name'])} (freelance, {r.choice(['culture', 'courts', 'labour', 'climate'])} beat)\n"
               f"{lab(P, 1)}: {add(iss, 'PHONE_NUMBER', P['phone'])} · {add(iss, 'EMAIL_ADDRESS', P['email'])}\n"
               f"{lab(P, 2)}: {add(iss, 'LOCATION', P['addr'])}\n"
               f"Invoice INV-{r.randint(2024, 2026)}-{r.randint(10, 999):03d}, rate 0.{r.randint(30, 90)}/word, pay to {pay}\n"
               f"{id_line(P, iss)}\nkill fee 25% if spiked. Embargo: none.")
        return doc, r.choice(["tighten this pitch for the features desk", "draft a polite reply accepting at 1,500 words",
                              LOC[lc]["ask"]]), "You help a features desk triage freelance pitches.", iss, "freelancer"
    pub = W.public(lc)
    doc = (f"PITCH — '{title}': profile of Culture Minister {pub} ahead of the arts budget vote\n"
           f"Desk: features@{slug(org)}.example.com · switchboard {W.org_phone(lc)}\n"
           f"Ref PITCH-{r.randint(2025, 2026)}-{r.randint(100, 9999):04d}, commissioning ed. (role account), 1,800 wds, TK art\n"
           f"Angle: the minister's speech at the {r.choice(W.hist)} centenary; quotes from her press office only.\n"
           f"Invoice INV-{r.randint(2024, 2026)}-{r.randint(10, 999):03d} to accounts@{slug(org)}.example.com, VAT reg. on file.")
    return doc, r.choice(["tighten this pitch", "suggest three headlines", LOC[lc]["ask"]]), \
        "You help a features desk triage freelance pitches.", [], "commissioning_editor"


def k_call_sheet(W, lc, sens):
    r, P = W.r, W.person(lc)
    title = r.choice(TITLES)
    day = f"Day {r.randint(2, 30)}/{r.randint(31, 45)}"
    if sens:
        iss = []
        Q = W.person(lc)
        doc = (f"CALL SHEET — '{title}' {day} · unit call 06:30 · sunrise 06:12\n"
               f"LOC 1: private residence, {add(iss, 'LOCATION', P['addr'])} — owner {add(iss, 'PERSON', P['name'])}, "
               f"{lab(P, 1)} {add(iss, 'PHONE_NUMBER', P['phone'])} (don't park on the lawn!!)\n"
               f"PICK-UPS: {add(iss, 'PERSON', Q['name'])} (cast #4) 05:15 from {add(iss, 'LOCATION', Q['addr'])}, "
               f"cell {add(iss, 'PHONE_NUMBER', Q['phone'])}\n"
               f"Stunt dbl medical: {add(iss, 'MEDICAL_RECORD', Q['mrn'])}, {lab(Q, 3)} {add(iss, 'DATE_TIME', Q['dob'])}\n"
               f"1st AD: walkie ch.2 · DoP: ch.3 · nearest A&E on sheet p.2 · emergency {EMERGENCY[LOC[lc]['region']]}")
        return doc, r.choice(["turn this into a WhatsApp message for the drivers", "reformat as a table", LOC[lc]["ask"]]), \
            "You are a production-office assistant for a TV drama.", iss, "2nd_AD"
    org = W.org()
    doc = (f"CALL SHEET — '{title}' {day} · unit call 07:00 · Stage 4, {org} lot\n"
           f"SC 41 INT. NEWSROOM — NIGHT: {r.choice(W.hist)} (played by cast #1) confronts the editor (cast #2)\n"
           f"Unit base: car park B · production office {W.org_phone(lc)} · prodoffice@{slug(org)}.example.com\n"
           f"Cast listed by number only per production policy. 1st AD ch.2, DoP ch.3, catering 12:30.\n"
           f"Emergency {EMERGENCY[LOC[lc]['region']]} · Ref CS-{r.randint(1000, 9999)} · weather: 40% rain, covers on set 2")
    return doc, r.choice(["turn this into a WhatsApp message for the crew", "reformat as a table", LOC[lc]["ask"]]), \
        "You are a production-office assistant for a TV drama.", [], "production_coordinator"


def k_casting(W, lc, sens):
    r, P = W.r, W.person(lc)
    if sens:
        iss = []
        doc = (f"SELF-TAPE INTAKE — role: '{r.choice(['Dock worker', 'Night nurse', 'Juror 7', 'Radio host'])}'\n"
               f"{lab(P, 0)}: {add(iss, 'PERSON', P['name'])}\n{lab(P, 3)}: {add(iss, 'DATE_TIME', P['dob'])}\n"
               f"{lab(P, 1)}: {add(iss, 'PHONE_NUMBER', P['phone'])}\nE-mail: {add(iss, 'EMAIL_ADDRESS', P['email'])}\n"
               f"{lab(P, 2)}: {add(iss, 'LOCATION', P['addr'])}\n{id_line(P, iss)}\n"
               f"height 172 · playing age 30-40 · accents: RP, local · no agent yet")
        return doc, r.choice(["extract to JSON for the casting DB", "summarise for the casting director", LOC[lc]["ask"]]), \
            "You help a casting office process submissions.", iss, "casting_assistant"
    d = LOC[lc]
    doc = (f"CASTING BREAKDOWN — '{r.choice(TITLES)}' (ref CB-{r.randint(100, 999)})\n"
           f"[{d['lab'][0].upper()}]: ____________  [{d['lab'][3]}]: __/__/____  [{d['lab'][1]}]: ____________\n"
           f"Role: {r.choice(W.hist)}-type character, 40s, dry humour; Role: the Mayor (fictional), 60s\n"
           f"Submissions only via casting@{slug(W.org())}.example.com, placeholder example: Jane Doe / Max Mustermann\n"
           f"Self-tapes by Fri 18:00, slate name + agency only.")
    return doc, r.choice(["make this breakdown shorter", "translate the breakdown to English", LOC[lc]["ask"]]), \
        "You help a casting office process submissions.", [], "casting_director"


def k_royalties(W, lc, sens):
    r = W.r
    if sens:
        iss, rows = [], []
        for _ in range(r.randint(2, 3)):
            P = W.person(lc)
            acct = P["iban"] or (f"{P['aba'][0]}/{P['aba'][1]}" if "aba" in P else P["card"])
            t = "IBAN_CODE" if P["iban"] else ("US_BANK_NUMBER" if "aba" in P else "CREDIT_CARD")
            if t == "US_BANK_NUMBER":
                iss += [(t, P["aba"][0]), (t, P["aba"][1])]
            else:
                iss.append((t, acct))
            iss.append(("PERSON", P["name"]))
            idp = ""
            if P["idval"]:
                iss.append((P["idtype"], P["idval"]))
                idp = P["idval"]
            rows.append(f"{P['name']};{idp};{acct};{r.randint(20, 9000)}.{r.randint(0, 99):02d};ISRC QZ{r.choice('ABCDEFGH')}{r.randint(10, 99)}{r.randint(2024, 2025) % 100}{r.randint(10000, 99999)}")
        doc = "payee;tax_or_id;account;amount_net;isrc\n" + "\n".join(rows)
        return doc, r.choice(["sum per payee and flag anything odd", "convert to a clean table", LOC[lc]["ask"]]), \
            "You help a music label's royalty team.", iss, "royalty_clerk"
    rows = [f"{terr};{r.randint(1000, 90000)};{r.randint(100, 9000)}.{r.randint(0, 99):02d};CAT-{r.randint(1000, 9999)}"
            for terr in r.sample(["DE", "FR", "JP", "BR", "US", "GB", "KR", "PL", "TR", "SE"], 5)]
    doc = (f"{W.org()} — Q{r.randint(1, 4)} statement (aggregated, no payee data) · VAT reg. DE{r.randint(100000000, 999999999)}\n"
           "territory;streams;net_eur;catalogue\n" + "\n".join(rows) +
           f"\nrecoup status: unrecouped · contact royalties@{slug(W.org())}.example.com")
    return doc, r.choice(["sum the net column", "convert to a clean table", LOC[lc]["ask"]]), \
        "You help a music label's royalty team.", [], "royalty_manager"


def k_complaint(W, lc, sens):
    r, P = W.r, W.person(lc)
    if sens:
        iss = []
        doc = (f"Reader complaint (web form) — article of {r.randint(1, 28)} {r.choice(['March', 'May', 'Oct'])}\n"
               f"I am {add(iss, 'PERSON', P['name'])} and your reporter printed my {r.choice(['street', 'age', 'employer'])} without asking. "
               f"My neighbours now knock at {add(iss, 'LOCATION', P['addr'])}. Remove it or I call my lawyer.\n"
               f"Reach me: {add(iss, 'PHONE_NUMBER', P['phone'])} / {add(iss, 'EMAIL_ADDRESS', P['email'])}\n"
               f"(form metadata: ip {add(iss, 'IP_ADDRESS', P['ip'])})")
        return doc, r.choice(["draft a reply from the readers' editor", "classify: correction / privacy / abuse", LOC[lc]["ask"]]), \
            "You assist the readers' editor of a daily newspaper.", iss, "reader"
    pub = W.public(lc)
    doc = (f"Complaint ref CR-{r.randint(2025, 2026)}-{r.randint(100, 999)} (already anonymised by standards desk)\n"
           f"Complainant [NAME WITHHELD] says the segment misattributed a quote to Mayor {pub}; the quote was from the "
           f"{r.choice(W.hist)} biography. Correction drafted: 'An earlier version attributed…'\n"
           f"Form IP 198.51.100.{r.randint(2, 250)} (doc range, test env) · standards@{slug(W.org())}.example.com")
    return doc, r.choice(["draft the correction note", "classify: correction / privacy / abuse", LOC[lc]["ask"]]), \
        "You assist the readers' editor of a daily newspaper.", [], "standards_editor"


def k_ticketing(W, lc, sens):
    r, P = W.r, W.person(lc)
    order = f"TK-{r.randint(10, 99)}{r.choice('ABCDEFGH')}-{r.randint(100000, 999999)}"
    if sens:
        iss = []
        doc = (f"chat transcript — box office\n[customer] hi order {order} for {r.choice(TITLES)} tour, card got charged twice\n"
               f"[customer] card {add(iss, 'CREDIT_CARD', P['card'])} exp {r.randint(1, 12):02d}/{r.randint(27, 31)}\n"
               f"[customer] it's under {add(iss, 'PERSON', P['name'])}, {add(iss, 'EMAIL_ADDRESS', P['email'])}\n"
               f"[agent] i see a block from ip {add(iss, 'IP_ADDRESS', P['ip'])}, was that you?\n[customer] yes thats my home wifi")
        return doc, r.choice(["summarise for the refunds queue", "write the agent's next reply", LOC[lc]["ask"]]), \
            "You assist box-office agents of a concert promoter.", iss, "ticket_buyer"
    doc = (f"staging test log — checkout flow\n order {order} · test card {r.choice(TEST_CARDS)} exp 12/34 cvc 123\n"
           f" client ip 203.0.113.{r.randint(2, 250)} / 2001:db8::{r.randint(1, 99)} (RFC 5737/3849)\n"
           f" buyer: Jane Doe <jane.doe@example.com>, seat Block C row 12\n box office {W.org_phone(lc)} · emergency {EMERGENCY[LOC[lc]['region']]}")
    return doc, r.choice(["why did the 3DS step fail?", "summarise the test run", LOC[lc]["ask"]]), \
        "You assist box-office agents of a concert promoter.", [], "qa_engineer"


def k_newsroom_note(W, lc, sens):
    r, P = W.r, W.person(lc)
    if sens:
        iss = []
        doc = (f"NOTES — port tender story (NOT FOR PUBLICATION)\nsource: {add(iss, 'PERSON', P['name'])}, procurement clerk, met 19:40\n"
               f"burner {add(iss, 'PHONE_NUMBER', P['phone'])} · lives {add(iss, 'LOCATION', P['addr'])}\n"
               f"{lab(P, 3)} {add(iss, 'DATE_TIME', P['dob'])} · {id_line(P, iss)}\n"
               f"says the minister's office rewrote the spec twice; docs TK; 2nd source needed before legal")
        return doc, r.choice(["turn these notes into a story outline", "list what still needs verifying", LOC[lc]["ask"]]), \
            "You help investigative reporters organise notes.", iss, "reporter"
    pub = W.public(lc)
    doc = (f"NOTES — port tender story\nMinister {pub} at presser 11:00: 'the tender was by the book'. Spokesperson line via press office "
           f"{W.org_phone(lc)}.\nCited: {r.choice(W.hist)} (1922) on harbour concessions; register no. HRB {r.randint(10000, 99999)} for the bidder.\n"
           f"Docs ref FOI-{r.randint(2025, 2026)}-{r.randint(100, 999)}. Legal read: clean, public figure in public role.")
    return doc, r.choice(["turn these notes into a story outline", "list what still needs verifying", LOC[lc]["ask"]]), \
        "You help investigative reporters organise notes.", [], "reporter"


def k_contract_form(W, lc, sens):
    r, P = W.r, W.person(lc)
    if sens:
        iss = []
        pay = ""
        if P["iban"]:
            pay = f"IBAN: {add(iss, 'IBAN_CODE', P['iban'])}"
        elif "aba" in P:
            pay = f"Routing {add(iss, 'US_BANK_NUMBER', P['aba'][0])}, account {add(iss, 'US_BANK_NUMBER', P['aba'][1])}"
        doc = (f"AUTHOR ONBOARDING — {W.org()} (advance 1/3 on signature)\n"
               f"{lab(P, 0)}: {add(iss, 'PERSON', P['name'])} (pen name: '{r.choice(['K. Vale', 'M. Orrin', 'J. Sable'])}')\n"
               f"{lab(P, 3)}: {add(iss, 'DATE_TIME', P['dob'])}\n{lab(P, 2)}: {add(iss, 'LOCATION', P['addr'])}\n"
               f"{id_line(P, iss)}\n{pay}\nE-mail: {add(iss, 'EMAIL_ADDRESS', P['email'])}")
        return doc, r.choice(["check the form is complete", "extract to JSON for the royalty system", LOC[lc]["ask"]]), \
            "You help a publisher's contracts department.", iss, "contracts_assistant"
    doc = (f"AUTHOR ONBOARDING — TEMPLATE v{r.randint(2, 9)}.{r.randint(0, 9)} ({W.org()}, reg. no. {r.randint(10000000, 99999999)})\n"
           f"Name: [AUTHOR NAME] (e.g. Max Mustermann)\nDate of birth: [DD/MM/YYYY]\nAddress: [STREET, NO, POSTCODE]\n"
           f"IBAN: [IBAN] (example DE00 0000 0000 0000 0000 00)\nE-mail: author@example.com\n"
           f"Clause 7: moral rights asserted as per {r.choice(W.hist)} standard wording.")
    return doc, r.choice(["check the template for missing fields", "translate the template", LOC[lc]["ask"]]), \
        "You help a publisher's contracts department.", [], "contracts_manager"


def k_guest_booking(W, lc, sens):
    r, P = W.r, W.person(lc)
    show = r.choice(["Low Tide Radio", "Night Desk podcast", "Sunday Arts Hour", "The Long Read live"])
    if sens:
        iss = []
        doc = (f"GUEST BOOKING — {show}, ep {r.randint(40, 300)}\nguest: {add(iss, 'PERSON', P['name'])} (nurse who went viral, private person)\n"
               f"{lab(P, 1)}: {add(iss, 'PHONE_NUMBER', P['phone'])} · {add(iss, 'EMAIL_ADDRESS', P['email'])}\n"
               f"taxi from {add(iss, 'LOCATION', P['addr'])} at 08:10\nnote: wheelchair access, studio 2")
        return doc, r.choice(["write the confirmation e-mail", "make a run-of-show line for her slot", LOC[lc]["ask"]]), \
            "You help a podcast producer with bookings.", iss, "producer"
    pub = W.public(lc)
    doc = (f"GUEST BOOKING — {show}, ep {r.randint(40, 300)}\nguest: novelist {pub}, on tour for her new book (ISBN 978-{r.randint(0, 1)}-{r.randint(10000, 99999)}-{r.randint(100, 999)}-{r.randint(0, 9)})\n"
           f"booked via her publicist: publicity@{slug(W.org())}.example.com, {W.org_phone(lc)} (switchboard)\n"
           f"studio 2, 10:00; topics: the {r.choice(W.hist)} adaptation, festival line-up")
    return doc, r.choice(["write the confirmation e-mail", "make a run-of-show line for her slot", LOC[lc]["ask"]]), \
        "You help a podcast producer with bookings.", [], "producer"


KINDS = [("pitch", k_pitch), ("call_sheet", k_call_sheet), ("casting", k_casting), ("royalties", k_royalties),
         ("complaint", k_complaint), ("ticketing", k_ticketing), ("newsroom_note", k_newsroom_note),
         ("contract_form", k_contract_form), ("guest_booking", k_guest_booking)]


def incidental(W, lc, kind_fn):
    """A benign document of the kind with a single personal item slipped in."""
    r = W.r
    doc, instr, sysm, _, role = kind_fn(W, lc, False)
    P = W.person(lc)
    choice = r.randrange(4)
    if choice == 0:
        rel = r.choice(ROLES["en"])
        item, t = P["first"], "PERSON"
        extra = f"\n(ps {rel} {item} will bring the USB, let them in)"
    elif choice == 1:
        item, t = P["phone"], "PHONE_NUMBER"
        extra = f"\nif the office line is dead try me on {item}"
    elif choice == 2:
        item, t = P["dob"], "DATE_TIME"
        extra = f"\nfor the insurance: my {lab(P, 3)} is {item}"
    else:
        item, t = P["email"], "EMAIL_ADDRESS"
        extra = f"\ncc my private address {item} pls, work mail is down"
    return doc + extra, instr, sysm, [(t, item)], role


# ---------------------------------------------------------------------------------------------------------
# placement in the request body
# ---------------------------------------------------------------------------------------------------------
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "text_part", "file_part", "image_url", "tool_def",
              "tool_call_args", "json_schema", "user_field", "stop", "prediction", "metadata_only"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/local"]


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def place(r, placement, doc, instr, sysm, kind):
    body = {"model": r.choice(MODELS)}
    sysmsg = {"role": "system", "content": sysm}
    head, _, rest = doc.partition("\n")
    if placement == "user":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{instr}\n\n{doc}"}]
    elif placement == "system":
        body["messages"] = [{"role": "system", "content": f"{sysm}\nContext document:\n{doc}"}, {"role": "user", "content": instr}]
    elif placement == "assistant_echo":
        body["messages"] = [sysmsg, {"role": "user", "content": "pasting it now"},
                            {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": instr}]
    elif placement == "tool_result":
        cid = f"call_{r.randint(10 ** 8, 10 ** 9)}"
        body["messages"] = [sysmsg, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                                "name": f"fetch_{kind}", "arguments": json.dumps({"ref": f"{kind[:3].upper()}-{r.randint(100, 999)}"})}}]},
                            {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif placement == "text_part":
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]}]
    elif placement == "file_part":
        fname = f"{kind}_{r.randint(1, 999):03d}.{r.choice(['txt', 'csv', 'md'])}"
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "file", "file": {
            "filename": fname, "file_data": f"data:text/plain;base64,{b64(doc)}"}}]}]
    elif placement == "image_url":
        url = f"https://media.cdn.example.net/scans/{kind}.png?" + urllib.parse.urlencode({"caption": doc, "v": r.randint(1, 9)})
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": instr + " (scan caption attached)"},
                                                               {"type": "image_url", "image_url": {"url": url}}]}]
    elif placement == "tool_def":
        body["messages"] = [sysmsg, {"role": "user", "content": instr}]
        body["tools"] = [{"type": "function", "function": {"name": f"save_{kind}", "description": f"Save the record. Current record:\n{doc}",
                                                           "parameters": {"type": "object", "properties": {"note": {"type": "string"}}}}}]
    elif placement == "tool_call_args":
        cid = f"call_{r.randint(10 ** 8, 10 ** 9)}"
        body["messages"] = [sysmsg, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                                "name": f"store_{kind}", "arguments": json.dumps({"text": doc}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": cid, "content": "stored"}, {"role": "user", "content": "now do it"}]
    elif placement == "json_schema":
        lines = [l for l in doc.split("\n") if l.strip()]
        body["messages"] = [sysmsg, {"role": "user", "content": instr}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": f"{kind}_record", "schema": {
            "type": "object", "description": lines[0], "properties": {
                "line": {"type": "string", "enum": lines[1:4] or lines[:1]},
                "rest": {"type": "string", "examples": lines[4:] or lines[:1]}}}}}
    elif placement == "user_field":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{instr}\n\n{rest}"}]
        body["user"] = head[:256]
    elif placement == "stop":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{instr}\n\n{rest}"}]
        body["stop"] = ["\n###", head[:200]]
    elif placement == "prediction":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{instr} — keep the layout, only fix typos"}]
        body["prediction"] = {"type": "content", "content": doc}
    elif placement == "metadata_only":
        lines = [l for l in doc.split("\n") if l.strip()][:16]
        body["messages"] = [sysmsg, {"role": "user", "content": f"{instr} (the record is attached in metadata)"}]
        body["store"] = True
        body["metadata"] = {f"line_{i:02d}": l[:512] for i, l in enumerate(lines)}
    return body


def searchable(body):
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
            if x.startswith("data:") and ";base64," in x:
                out.append(base64.b64decode(x.split(";base64,", 1)[1]).decode("utf-8"))
            if x.startswith("http"):
                out.append(urllib.parse.unquote_plus(x))
            if x.startswith("{"):
                try:
                    walk(json.loads(x))
                except ValueError:
                    pass
    walk(body)
    return "\n".join(out)


def label(body, issued):
    text = searchable(body)
    ents, seen = [], set()
    for t, v in issued:
        if v and (t, v) not in seen and v in text:
            seen.add((t, v))
            ents.append({"type": t, "value": v})
    return ents


# ---------------------------------------------------------------------------------------------------------
# PII split
# ---------------------------------------------------------------------------------------------------------
def build_pii(W):
    r = W.r
    recs, n, sens_i = [], 0, 0
    stats = collections.Counter()
    per_kind = 56
    for ki, (kind, fn) in enumerate(KINDS):
        n_sens = 33 if ki < 5 else 32
        flags = [True] * n_sens + [False] * (per_kind - n_sens)
        r.shuffle(flags)
        for j, s in enumerate(flags):
            lc = LOCALES[n % len(LOCALES)]
            inc = False
            if s:
                sens_i += 1
                if sens_i % 8 == 3:
                    doc, instr, sysm, issued, role = incidental(W, lc, fn)
                    inc = True
                else:
                    doc, instr, sysm, issued, role = fn(W, lc, True)
            else:
                doc, instr, sysm, issued, role = fn(W, lc, False)
            placement = PLACEMENTS[(n * 3 + n // len(LOCALES)) % len(PLACEMENTS)]
            if n % 10 == 7:
                body = {"model": r.choice(MODELS), "prompt": f"### {sysm}\n### Task: {instr}\n\n{doc}\n\n### Answer:",
                        "max_tokens": 400}
                endpoint, placement = "completions", "prompt"
            else:
                body = place(r, placement, doc, instr, sysm, kind)
                endpoint = "chat"
            ents = label(body, issued)
            assert bool(ents) == s, (kind, placement, issued)
            n += 1
            style = f"{role} · {placement}" + (" · incidental" if inc else "")
            recs.append({"id": f"{SPLIT}-pii-{n:04d}", "category": kind if s else f"{kind}_benign", "sensitive": s,
                         "entities": ents, "endpoint": endpoint, "lang": lc, "style": style, "body": body})
            stats["incidental"] += inc
            stats[f"place:{placement}"] += 1
    return recs, stats


# ---------------------------------------------------------------------------------------------------------
# complexity split
# ---------------------------------------------------------------------------------------------------------
CX_LANG = {
    "en": ("hi! what time is unit call tomorrow per the sheet below?", "convert this list to CSV, same order, nothing else",
           "Our label advanced $60k; artist royalty 18% of PPD, 25% packaging deduction, cross-collateralised with the video budget of $20k. At what unit sales does the artist recoup, and how does the answer change if the video is 50% recoupable? Show the reasoning and recommend which clause to renegotiate.",
           "Read the draft and the legal notes. Assess the defamation and privacy risk of each paragraph, decide which claims need a second source, and propose a publishable rewrite with reasons."),
    "de": ("Hallo! Wie schreibt man 'Drehbuch' auf Englisch?", "formatiere diese Liste als Tabelle, Reihenfolge beibehalten",
           "Wir haben 3 Drehtage, 2 Motive, eine Schauspielerin nur Di/Mi verfügbar, Nachtdreh verboten nach 22 Uhr. Entwirf einen Drehplan, der Überstunden minimiert, und begründe die Reihenfolge.",
           "Analysiere die Verträge unten: Wer hält nach der Abtretungskette die Verfilmungsrechte, wo sind Lücken, und welche Risiken entstehen für die Ko-Produktion? Empfehlung mit Begründung."),
    "fr": ("Bonjour, c'est quoi un ISBN ?", "recopie cette liste en majuscules, sans rien changer d'autre",
           "Deux agences proposent la même exclusivité sous embargo, l'une exige la relecture des citations. Évalue les risques déontologiques et juridiques, puis recommande une stratégie.",
           "À partir du dossier ci-dessous, reconstitue la chronologie, repère les contradictions entre sources et dis ce qui est publiable en l'état, avec justification."),
    "es": ("¿Cómo se dice 'claqueta' en inglés?", "pasa esta lista a CSV con punto y coma, mismo orden",
           "La gira tiene 6 fechas, dos recintos piden exclusividad radial de 150 km y el promotor quiere añadir Zaragoza. Calcula conflictos, propone un calendario alternativo y justifica el impacto en taquilla.",
           "Analiza el contrato de coedición y la correspondencia: identifica cláusulas en conflicto sobre derechos digitales, valora quién tiene razón y redacta una propuesta de enmienda."),
    "it": ("Ciao! Che ore sono a Tokyo adesso?", "ordina questa lista in ordine alfabetico e basta",
           "Un lettore contesta un'intervista: dice di non aver mai autorizzato la pubblicazione del nome. Valuta obblighi del garante, interesse pubblico e proponi una linea di condotta per la redazione.",
           "Leggi i palinsesti qui sotto e proponi una riorganizzazione che rispetti gli obblighi di quota europea, le fasce protette per minori e massimizzi gli ascolti; motiva ogni scelta."),
    "pt": ("Oi! Qual o nome do formato de roteiro mais usado?", "copie esta lista em formato de tabela markdown",
           "A editora quer relançar um livro de 1998 em e-book, mas o contrato original não menciona formatos digitais. Analise os cenários jurídicos e recomende como negociar com o espólio.",
           "Com base no relatório de vendas abaixo, identifique tendências por território, explique as anomalias e proponha uma estratégia de tiragem para a próxima temporada."),
    "nl": ("Hoi! Wat betekent 'persembargo'?", "zet deze lijst om naar JSON, zelfde volgorde",
           "Onze podcast wil een anonieme bron laten spreken met vervormde stem. Weeg bronbescherming, verifieerbaarheid en juridische risico's af en adviseer of we uitzenden.",
           "Analyseer de kijkcijfers en de programmering hieronder en stel een nieuw zomerschema op dat de daling op dinsdag verklaart en tegengaat; onderbouw elke wijziging."),
    "pl": ("Cześć! Jak po angielsku jest 'scenopis'?", "przepisz tę listę jako CSV bez zmian",
           "Wydawnictwo ma 40 tys. zł na promocję trzech debiutów. Rozważ kanały, sezon i ryzyko, a potem zaproponuj podział budżetu z uzasadnieniem.",
           "Przeanalizuj poniższe umowy licencyjne: wskaż konflikty terytorialne i czasowe, oceń, która licencja ma pierwszeństwo, i zaproponuj rozwiązanie."),
    "ru": ("Привет! Что такое хронометраж?", "перепиши список в таблицу, порядок не меняй",
           "Концерт перенесли, часть зрителей требует возврат, площадка грозит неустойкой. Продумай план действий с учётом закона о защите прав потребителей и репутации промоутера.",
           "Проанализируй материалы ниже: сопоставь показания источников, найди противоречия и реши, что можно публиковать, а что требует дополнительной проверки; обоснуй."),
    "tr": ("Merhaba! 'Set amiri' İngilizce ne demek?", "bu listeyi alfabetik sırala, başka bir şey yapma",
           "Dizinin iki bölümü aynı hafta çekilmeli ama başrol oyuncusu sadece üç gün müsait. Kısıtları dikkate alarak bir çekim planı öner ve gerekçelendir.",
           "Aşağıdaki telif raporlarını incele: dağıtım paylarındaki tutarsızlıkları bul, hangi tarafın hesabının doğru olduğunu değerlendir ve düzeltme öner."),
    "ja": ("こんにちは！「香盤表」って英語で何？", "このリストをCSVに変換して、順番はそのまま",
           "ライブの追加公演を決めたいが、会場費・集客見込み・アーティストの体調リスクがある。判断材料を整理し、実施の是非を理由付きで提案して。",
           "以下の原稿と法務メモを読み、名誉毀損とプライバシーのリスクを段落ごとに評価し、掲載可能な修正案を理由とともに示して。"),
    "zh": ("你好！“通告单”用英语怎么说？", "把这个列表转成表格，顺序不变",
           "出版社想同时在三个平台首发电子书，但其中一家要求独家九十天。请分析利弊、测算收入差异并给出建议。",
           "请阅读下面的节目编排和收视数据，分析周二收视下滑的原因，并制定有依据的调整方案。"),
    "ko": ("안녕! '콜시트'가 뭐야?", "이 목록을 CSV로 바꿔 줘, 순서는 그대로",
           "음반사가 신인 가수에게 선급금 5천만 원을 제안했는데 인세율과 공제 조건이 불리하다. 회수 시점을 계산하고 협상 전략을 제시해 줘.",
           "아래 기사 초안과 취재 메모를 보고 명예훼손 위험을 문단별로 평가하고, 추가 확인이 필요한 주장과 수정안을 근거와 함께 제시해 줘."),
    "ar": ("مرحبا! ما معنى 'مونتاج'؟", "حوّل هذه القائمة إلى جدول بنفس الترتيب",
           "قناة تريد بث مقابلة مع مصدر مجهول الهوية في قضية فساد. وازن بين حماية المصدر والتحقق والمخاطر القانونية، وقدّم توصية مسببة.",
           "حلل عقود التوزيع أدناه، وحدد التعارضات في الأقاليم والمدد، وقرر أي عقد له الأولوية، واقترح حلاً مع التبرير."),
    "he": ("היי! מה זה 'ליהוק'?", "תעתיק את הרשימה הזאת לטבלה, בלי לשנות",
           "ההפקה צריכה לצלם בשלושה לוקיישנים ביום אחד עם מגבלת רעש אחרי 20:00. תכנן סדר צילומים שממזער מעברים ונמק.",
           "נתח את דוחות התמלוגים למטה, מצא חוסר התאמות בין הרבעונים, הסבר את הסיבה הסבירה והצע תיקון."),
    "hi": ("नमस्ते! 'प्रेस विज्ञप्ति' को अंग्रेज़ी में क्या कहते हैं?", "इस सूची को तालिका में बदल दो, क्रम वही रखो",
           "फ़िल्म की रिलीज़ दो बड़े त्योहारों के बीच है और एक प्रतिद्वंदी फ़िल्म भी आ रही है। जोखिम और कमाई का विश्लेषण करके सही तारीख़ सुझाओ।",
           "नीचे दिए गए समाचार मसौदे और नोट्स पढ़कर हर अनुच्छेद के मानहानि जोखिम का आकलन करो और सुधार सुझाओ।"),
    "el": ("Γεια! Τι σημαίνει 'γύρισμα';", "μετάτρεψε τη λίστα σε πίνακα, ίδια σειρά",
           "Ο εκδότης θέλει να μειώσει την τιμή του βιβλίου κατά 30% για έναν μήνα. Ανάλυσε τον αντίκτυπο στα δικαιώματα του συγγραφέα και πρότεινε στρατηγική.",
           "Ανάλυσε το πρόγραμμα περιοδείας παρακάτω, εντόπισε συγκρούσεις αποκλειστικότητας και πρότεινε αναθεωρημένο πρόγραμμα με αιτιολόγηση."),
    "sv": ("Hej! Vad betyder 'slutredigering'?", "gör om listan till CSV, samma ordning",
           "Två tidningar vill köpa samma frilansreportage med olika exklusivitetsvillkor. Jämför villkoren, räkna på intäkterna och rekommendera ett val.",
           "Analysera sändningsschemat nedan, hitta krockar med rättighetsfönstren och föreslå ett nytt schema med motivering."),
}
CX_LOCALE = {"en": "en", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR", "nl": "nl-NL", "pl": "pl-PL",
             "ru": "ru-RU", "tr": "tr-TR", "ja": "ja-JP", "zh": "zh-CN", "ko": "ko-KR", "ar": "ar-EG", "he": "he-IL", "hi": "hi-IN",
             "el": "el-GR", "sv": "sv-SE"}
EN_SIMPLE = ["thanks, that's perfect!", "what does 'TK' mean in copy?", "capitalise this headline: night desk blues",
             "how many characters is a tweet again?", "good morning! ready for the 9am edit meeting?",
             "spell out 'ISRC'", "what's the plural of 'erratum'?", "convert 90 minutes to hh:mm"]
EN_HARD = ["A freelance reporter was paid a kill fee but the outlet later ran a rewritten version of her story. Analyse whether the kill fee extinguished her rights, what facts matter, and how the desk should respond.",
           "We can afford either a 12-date club tour or 5 festival slots. Given a 40% no-show risk for clubs in January and festival fees capped at €8k, build the expected-value comparison and recommend.",
           "A source gives us leaked payroll data about a broadcaster. Outline a verification plan, the public-interest test, and which details must be redacted before publication, with reasons.",
           "Plan a 10-day documentary shoot across three countries with one camera kit, a crew of four, visa delays of up to 5 days in one country, and an interviewee available only on days 3-4 or 9. Justify the order."]
LONG_ROWS = ["{i}. track '{t}' — ISRC QZ{a}{y}{n} — dur 3:{s:02d} — status cleared",
             "{i}. sc {n} INT. STUDIO — pages {s}/8 — cast 1,2 — setup {a}",
             "{i}. order TK-{n} — seat block {a} row {s} — status scanned",
             "{i}. ISBN 978-3-{n}-{s:02d} — title '{t}' — print run {y}000 — warehouse {a}"]


def long_table(r, min_len=1600):
    tmpl = r.choice(LONG_ROWS)
    lines, i = [], 1
    while sum(len(x) + 1 for x in lines) < min_len:
        lines.append(tmpl.format(i=i, t=r.choice(TITLES), a=r.choice("ABCDEFG"), y=r.randint(20, 26), n=r.randint(10000, 99999), s=r.randint(1, 59)))
        i += 1
    return "\n".join(lines)


def long_draft(r, min_len=1600):
    paras = ["The council awarded the harbour contract after a single round of bidding, according to documents seen by this paper.",
             "Two former employees allege that the specification was changed to favour one bidder; the company denies this.",
             "Ticket sales for the autumn tour fell 18% year on year, while festival fees rose by a third.",
             "The broadcaster's standards code requires two independent sources for allegations of wrongdoing.",
             "The co-production agreement assigns audiovisual rights to the producer for 15 years, with a reversion clause.",
             "A spokesperson declined to comment on the timing of the decision, citing ongoing negotiations.",
             "Royalty statements for Q2 and Q3 show different deductions for packaging on identical formats."]
    out = []
    while sum(len(p) + 2 for p in out) < min_len:
        out.append(r.choice(paras) + f" ({r.randint(1, 99)})")
    return "\n\n".join(out)


def build_cx(W):
    r = W.r
    recs = []
    langs = sorted(CX_LANG)
    plan = [("short_simple", 48), ("long_easy", 48), ("short_hard", 48), ("long_hard", 46)]
    n = 0
    for cat, count in plan:
        for j in range(count):
            lg = langs[n % len(langs)]
            ss, le, sh, lh = CX_LANG[lg]
            if cat == "short_simple":
                text = r.choice(EN_SIMPLE) if (lg == "en") else ss
                if r.random() < 0.3 and lg != "en":
                    text += " " + r.choice(["thx", "🙏", "asap pls"])
                label, adv, style = 0, False, "greeting/lookup"
            elif cat == "long_easy":
                text = f"{le}\n\n{long_table(r)}"
                label, adv, style = 0, True, "reformat/copy"
            elif cat == "short_hard":
                text = r.choice(EN_HARD) if lg == "en" else sh
                label, adv, style = 1, True, "analysis/planning"
            else:
                text = f"{lh}\n\n{r.choice([long_draft(r), long_table(r, 900) + chr(10) * 2 + long_draft(r, 900)])}"
                label, adv, style = 1, False, "analysis/judgement"
            if cat.startswith("long"):
                assert len(text) >= 1500
            n += 1
            body = {"model": r.choice(MODELS), "messages": [
                {"role": "system", "content": r.choice(["You assist a newsroom.", "You assist a film production office.",
                                                        "You assist a music label.", "You assist a book publisher."])},
                {"role": "user", "content": text}]}
            recs.append({"id": f"{SPLIT}-cx-{n:04d}", "category": cat, "label": label, "length_adversarial": adv,
                         "endpoint": "chat", "lang": CX_LOCALE[lg], "style": style, "body": body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    fz = Freezer()
    pools = make_name_pools(fz, rng)
    orgs = make_org_pool(fz, rng)
    hist = fz.pool("historical", HISTORICAL, None, 0, rng)
    if len(hist) < 4:
        hist += ["the city's founding printer", "the first wireless operator", "the novel's narrator", "the title character"]
    W = World(rng, pools, orgs, hist)
    pii, stats = build_pii(W)
    cx = build_cx(W)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for fn, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / fn, "w", encoding="utf-8", newline="\n") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"frozen words: {len(fz.words)}; dropped pool entries: {sum(fz.dropped.values())} "
          f"({', '.join(f'{k}={v}' for k, v in sorted(fz.dropped.items()) if v)})")
    ns = sum(x["sensitive"] for x in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {ns} sensitive ({ns / len(pii):.1%}), {len(pii) - ns} benign, "
          f"{stats['incidental']} incidental; endpoints {dict(sorted(collections.Counter(x['endpoint'] for x in pii).items()))}; "
          f"{len({x['lang'] for x in pii})} locales, {len({LOC[x['lang']]['script'] for x in pii})} scripts")
    print("  categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("  placements:", dict(sorted((k[6:], v) for k, v in stats.items() if k.startswith("place:"))))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records, {len({x['lang'] for x in cx})} language tags; "
          f"{dict(sorted(collections.Counter(x['category'] for x in cx).items()))}; "
          f"{sum(x['length_adversarial'] for x in cx)} length-adversarial, {sum(x['label'] for x in cx)} labelled 1")


if __name__ == "__main__":
    main()
