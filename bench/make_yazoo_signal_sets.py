#!/usr/bin/env python3
"""Yazoo: an independent, blind evaluation split for the request signals, organised by SPORT, FITNESS AND LEISURE CLUBS.

Writes bench/data/signals/pii_yazoo.jsonl and bench/data/signals/complexity_yazoo.jsonl in the record schema of the
other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id, category, label,
length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the split brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the detector,
    the complexity scorer, their tests, the evaluator, results, docs, policies, any other generator, commit
    messages. The other generators are only scanned automatically (the "freeze" below) for capitalised and
    non-ASCII words; every name, street stem, town, club and company pool entry that shares a word (or a non-ASCII
    bigram) with that set is dropped and refilled from invented, locale-typical parts (capped retries). This file
    skips itself in the freeze. Generic street-type words ("Road", "ul.", "rue") live in the address templates,
    not in the pools, and are therefore not frozen. Korean and Chinese surnames are single syllables written fused
    with the given name, so there the checked pool entry is the full fused name.

Organising principle and the line drawn
    The paperwork of sport, fitness and leisure clubs: gym / leisure-centre memberships, amateur club registrations
    and subscriptions, race and event entries (marathon, triathlon, sportive) with emergency contacts and medical
    declarations, coaching and junior safeguarding records, injury and first-aid logs, league and fixture
    administration, swimming-lesson bookings, personal trainers' client notes, tournament results and press
    coverage. Nine kinds (categories ``<kind>`` / ``<kind>_benign``), written by membership admins, club secretaries,
    race directors, welfare officers, first-aiders, league registrars, swim teachers, PTs and press officers in
    their own voice (abbreviations such as DD, PAR-Q, EC, DNF, U11s, typos, code-switching, CSV, JSON, e-mails,
    chat exports, pasted forms).
    The line: data about a private member, entrant, parent, child, coach, referee or client is personal data --
    names tied to them, their phone, e-mail, home address, birth date, national / tax / health-insurance numbers,
    bank and card details, the public IP of their login, hospital record numbers; a single first name with a
    relation cue ("my daughter X") or a lone private mobile / birth date counts too. NOT personal (benign hard
    negatives of the same kinds): professional / elite athletes named in their public sporting role (results,
    match reports), clubs' and venues' own contact data (role mailboxes, reception and switchboard numbers,
    registered office), fixture lists and league tables of teams, governing-body rulebooks and policy text, blank
    or sample forms with placeholders, aggregated statistics, anonymised logs ("Player 7", "Child A"), bib / race
    numbers, membership numbers, licence-number and booking-reference formats, payment test cards and RFC
    documentation IPs / example.com addresses, trophies and venues named after people.

Labels
    ``entities`` is a list of {"type", "value"} for every issued personal value found in the serialised body
    (file parts base64-decoded, URLs unquoted); sensitive is true iff entities is non-empty (asserted). Types:
    person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID, HEALTH_INSURANCE,
    CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US only), US_BANK_NUMBER (account of a routing+account pair),
    MEDICAL_RECORD (hospital / A&E record numbers). Complexity: short_simple / long_easy (>= 1,500 chars) label 0,
    short_hard / long_hard label 1; length_adversarial for short_hard and long_easy.

Contents (seed 20260714; the run prints the counts)
    pii_yazoo.jsonl: 504 requests, 9 kinds x 56 (32 sensitive + 24 benign): 288 sensitive / 216 benign, 36 of the
    sensitive ones carry a single incidental item; 23 locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari,
    Thai, Han, Kana, Hangul scripts); 51 completions. Entity mentions: person 429, DATE_OF_BIRTH 229, PHONE_NUMBER 161,
    EMAIL_ADDRESS 116, STREET_ADDRESS 91, NATIONAL_ID 60, CREDIT_CARD 29, TAX_ID 17, MEDICAL_RECORD 16, IBAN_CODE 11,
    IP_ADDRESS 7, HEALTH_INSURANCE 5, US_BANK_NUMBER 2, ssn 2. The freeze (117k words) dropped 925 composed pool
    candidates (first 252, last 252, street 177, town 244), all refilled.
    complexity_yazoo.jsonl: 190 chat requests: short_simple 48, long_easy 48, short_hard 48, long_hard 46; 96
    length-adversarial, 94 labelled 1; 8 language tags.

Validation
    National / tax / health numbers are built with valid check digits and validated with python-stdnum (gb.nhs,
    gb.utr, us.ssn, us.rtn, ca.sin, ca.bc_phn, au.tfn, ie.pps, de.idnr, fr.nir, es.dni, it.codicefiscale, nl.bsn,
    br.cpf, pl.pesel, se.personnummer, tr.tckimlik, gr.amka, ru.inn, in_.aadhaar, in_.pan, jp.in_, kr.rrn, cn.ric,
    th.pin, il.idnr), IBANs with stdnum.iban, cards with Luhn, phone numbers with phonenumbers (valid for their
    region). Hospital record numbers have no public checksum (format only). Every retry loop is capped; the run
    aborts on an invalid value.

Command (deterministic; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_yazoo_signal_sets.py [--seed 20260714] [--out bench/data/signals]
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
import sys
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn, verhoeff
from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.ca import bc_phn, sin
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
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
from stdnum.us import rtn, ssn

HERE = pathlib.Path(__file__).resolve().parent
SELF = pathlib.Path(__file__).resolve()

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
        p = HERE / f"make_{name}_signal_sets.py"
        if not p.exists() or p.resolve() == SELF:
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
DROPPED = collections.Counter()


def is_free(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    for t in toks:
        if t in FROZEN:
            return False
    for a, b in zip(toks, toks[1:]):
        if any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b) and f"{a} {b}" in FROZEN:
            return False
    # also the capitalised-word view (hyphenated / apostrophised entries)
    for m in re.finditer(r"\b[A-Z][A-Za-z'\-]+", entry):
        if m.group(0).lower() in FROZEN:
            return False
    return True


def fail(msg):
    raise SystemExit(f"yazoo generator aborted: {msg}")


def retry(make, ok, what, cap=20000):
    for _ in range(cap):
        c = make()
        if ok(c):
            return c
    fail(f"could not build a valid {what}")


class Pool:
    """Invented names composed from parts; every entry re-checked against the freeze."""

    def __init__(self, rng, kind, parts, joiner="", n=40):
        self.entries = []
        seen = set()
        tries = 0
        while len(self.entries) < n and tries < n * 60:
            tries += 1
            s = joiner.join(rng.choice(p) for p in parts)
            if s in seen:
                continue
            seen.add(s)
            if is_free(s):
                self.entries.append(s)
            else:
                DROPPED[kind] += 1
        if len(self.entries) < max(6, n // 4):
            fail(f"pool {kind} too small after freeze")

    def pick(self, rng):
        return rng.choice(self.entries)


# ----------------------------------------------------------------------------------------------- locales
def L(**kw):
    return kw


LOC = {
    "en-GB": L(region="GB", first=[["Bren", "Cor", "Dar", "Fen", "Hol", "Jas", "Kel", "Lor", "Perr", "Ros", "Tam", "Wen", "Isl", "Ced"], ["wyn", "issa", "ella", "ric", "ian", "eth", "a", "ine", "o", "elle"]],
               last=[["Ash", "Brack", "Coll", "Dun", "Ever", "Fal", "Grims", "Kings", "Lang", "Mer", "Pen", "Rad", "Thorn", "Yar", "Quill"], ["ley", "worth", "by", "ridge", "combe", "shaw", "mere", "stock", "thwaite", "hurst"]],
               town=[["Ash", "Brad", "Cran", "Elm", "Har", "Kel", "Mil", "Sted", "Wal", "Wyn", "Ock", "Thrip"], ["bury", "field", "ham", "wick", "cote", "dale", "stow", "ley", "borough", "mouth"]],
               dob="dmy/", iban="GB", ids=["nhs", "utr"], mail=["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"],
               lab=dict(name="Name", dob="DOB", phone="Mobile", email="Email", addr="Address", ec="Emergency contact", med="Medical conditions", sig="Signed"),
               ask=["can you tidy this up pls", "put this into a table", "draft a polite reply"], script="Latn"),
    "en-US": L(region="US", first=[["Bray", "Call", "Dax", "Emm", "Jayl", "Kay", "Mad", "Rey", "Tay", "Ash", "Kins", "Lan"], ["den", "ie", "ett", "lyn", "ton", "sley", "a", "en", "ora", "ley"]],
               last=[["Ben", "Carr", "Dell", "Hask", "Kirk", "Mc", "Ols", "Pratch", "Stov", "Whit", "Brum", "Gall"], ["ington", "ell", "ard", "ins", "enson", "ey", "agher", "erman", "ick", "ow"]],
               town=[["Cedar", "Maple", "Pine", "Oak", "Elk", "Fox", "Bridge", "Spring", "Lake", "Stone"], ["ville", "ton", " Falls", " Grove", "port", " Heights", "dale", "wood", " Junction", "field"]],
               dob="mdy/", iban=None, ids=["ssn", "usbank"], mail=["gmail.com", "yahoo.com", "icloud.com", "aol.com"],
               lab=dict(name="Name", dob="DOB", phone="Cell", email="Email", addr="Address", ec="Emergency contact", med="Medical", sig="Signature"),
               ask=["can you clean this up", "make a spreadsheet from this", "write a short reply"], script="Latn"),
    "en-AU": L(region="AU", first=[["Bod", "Cha", "Dar", "Jed", "Kyl", "Matt", "Sha", "Tay", "Bri", "Lach"], ["ie", "nelle", "cy", "a", "o", "ee", "lan", "ley", "ann", "ine"]],
               last=[["Bran", "Crai", "Dow", "Fitz", "Gow", "Kenn", "Mac", "Rid", "Strel", "Wark"], ["sley", "gie", "ney", "patrick", "ans", "edy", "quarie", "ell", "itz", "worth"]],
               town=[["Bur", "Coo", "Dar", "Gun", "Kur", "Mul", "Nar", "Tar", "Wal", "Yar"], ["ragong", "lawarra", "inda", "nedah", "rajong", "umbah", "eena", "oona", "gett", "ralla"]],
               dob="dmy/", iban=None, ids=["tfn"], mail=["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"],
               lab=dict(name="Name", dob="DOB", phone="Mob", email="Email", addr="Address", ec="Emergency contact", med="Medical", sig="Signed"),
               ask=["can ya tidy this up", "chuck this into a table", "draft a reply mate"], script="Latn"),
    "en-IE": L(region="IE", first=[["Aoi", "Cia", "Dea", "Eoi", "Fia", "Nia", "Orl", "Ròi", "Sao", "Tadh"], ["fe", "rán", "rbhla", "n", "cra", "mh", "aith", "rse", "irse", "g"]],
               last=[["Mac ", "Ó ", "Ní ", "Mc"], ["Gearailt", "Dubhghaill", "Ceallaigh", "Floinn", "Braonáin", "Donnchadha", "Grianna", "Laoghaire", "Briain", "Séaghdha"]],
               town=[["Bally", "Kil", "Carrick", "Clon", "Dun", "Rath", "Ennis", "Lis"], ["more", "kenny", "cullen", "dara", "garvan", "crony", "beg", "tubber"]],
               dob="dmy/", iban="IE", ids=["pps"], mail=["eircom.net", "gmail.com", "hotmail.com"],
               lab=dict(name="Ainm / Name", dob="DOB", phone="Mobile", email="Email", addr="Address", ec="Emergency contact", med="Medical", sig="Signed"),
               ask=["sort this out into a table there", "draft a reply", "clean this up for the committee"], script="Latn"),
    "en-CA": L(region="CA", first=[["Aub", "Bry", "Col", "Dev", "Jol", "Mack", "Rory", "Sask", "Tess", "Wyn"], ["rey", "n", "ette", "on", "ene", "enzie", "a", "ia", "ora", "ell"]],
               last=[["Beau", "Cour", "Dufr", "Gagn", "Lalib", "Mack", "Nadj", "Ouel", "Thib", "Vach"], ["chesne", "noyer", "esne", "é", "erté", "intosh", "i", "lette", "eault", "on"]],
               town=[["Beaver", "Moose", "Pine", "Otter", "Sable", "Birch", "Loon", "Spruce"], [" Creek", "ford", " Bay", " Lake", "ton", " Hills", "dale", " River"]],
               dob="ymd-", iban=None, ids=["sin", "bcphn"], mail=["gmail.com", "rogers.com", "shaw.ca", "videotron.ca"],
               lab=dict(name="Name / Nom", dob="DOB", phone="Cell", email="Email", addr="Address", ec="Emergency contact", med="Medical", sig="Signature"),
               ask=["can you format this", "make a table out of this", "draft a reply eh"], script="Latn"),
    "de-DE": L(region="DE", first=[["Han", "Jo", "Lo", "Frie", "Ger", "Wal", "Ul", "Bri", "Ka", "Me", "Ti", "Gre"], ["nja", "rike", "lde", "ko", "bert", "mar", "ke", "ra", "nes", "lin", "tje", "sken"]],
               last=[["Ber", "Dorn", "Eck", "Fries", "Gram", "Hol", "Kret", "Lamm", "Mett", "Ober", "Ries", "Schwa", "Stein", "Wend"], ["bach", "hauser", "mann", "ler", "ke", "hof", "inger", "brink", "wald", "ert"]],
               town=[["Alt", "Bu", "Eber", "Gries", "Hohen", "Lin", "Nie", "Ober", "Rott", "Wester"], ["heim", "dorf", "hausen", "feld", "stedt", "bach", "ingen", "au", "rode", "berg"]],
               dob="dmy.", iban="DE", ids=["idnr"], mail=["web.de", "gmx.de", "t-online.de", "posteo.de"],
               lab=dict(name="Name", dob="Geburtsdatum", phone="Handy", email="E-Mail", addr="Anschrift", ec="Notfallkontakt", med="Vorerkrankungen", sig="Unterschrift"),
               ask=["bitte als Tabelle", "kannst du das zusammenfassen", "bitte eine kurze Antwort formulieren"], script="Latn"),
    "fr-FR": L(region="FR", first=[["Aur", "Cla", "Ga", "Lou", "Ma", "Oc", "Sé", "Thé", "Vi", "Ro"], ["élie", "rence", "spard", "ïs", "thilde", "tave", "verine", "odore", "nce", "maine"]],
               last=[["Beau", "Char", "Dela", "Fonte", "Garni", "Lefe", "Marti", "Pey", "Roche", "Vau"], ["mont", "rier", "croix", "naud", "vre", "gnac", "ret", "lard", "chet", "zin"]],
               town=[["Saint-", "Vil", "Mont", "Bourg", "Châ", "Pont-", "Roque", "Ver"], ["aubin", "lefranche", "rouge", "lieu", "teaubriant", "sur-Loing", "fort", "neuil"]],
               dob="dmy/", iban="FR", ids=["nir"], mail=["orange.fr", "free.fr", "laposte.net", "gmail.com"],
               lab=dict(name="Nom", dob="Date de naissance", phone="Portable", email="Courriel", addr="Adresse", ec="Personne à prévenir", med="Certificat médical / antécédents", sig="Signature"),
               ask=["tu peux me mettre ça au propre ?", "fais-moi un tableau", "rédige une réponse courte"], script="Latn"),
    "es-ES": L(region="ES", first=[["Ale", "Bea", "Car", "Dol", "Ense", "Fer", "Gua", "Ima", "Lu", "Ro"], ["jandro", "triz", "mela", "ores", "nada", "mín", "dalupe", "nol", "cía", "sendo"]],
               last=[["Alba", "Bel", "Cas", "Esco", "Gal", "Igle", "Mon", "Quin", "Sal", "Val"], ["rrán", "trana", "tillo", "bar", "dós", "sias", "tero", "tanilla", "cedo", "verde"]],
               town=[["Villa", "Torre", "Alcal", "Puebla de ", "Casar", "Mon"], ["nueva del Río", "jón", "ejo", "Tajo", "rubios", "forte de Ebro"]],
               dob="dmy/", iban="ES", ids=["dni"], mail=["gmail.com", "hotmail.es", "telefonica.net"],
               lab=dict(name="Nombre y apellidos", dob="Fecha de nacimiento", phone="Móvil", email="Correo", addr="Domicilio", ec="Contacto de emergencia", med="Alergias / enfermedades", sig="Firma"),
               ask=["pásalo a tabla porfa", "hazme un resumen", "redacta una respuesta"], script="Latn"),
    "it-IT": L(region="IT", first=[["Ago", "Bene", "Cor", "Fio", "Gia", "Lu", "Ma", "Otta", "Ri", "Sil"], ["stina", "detta", "rado", "renza", "nluca", "crezia", "rcello", "viano", "ccardo", "vana"]],
               last=[["Bar", "Cal", "Del", "Fer", "Gual", "Lom", "Mar", "Pel", "Ros", "Ven"], ["ducci", "vetti", "lonardo", "rante", "tieri", "bardini", "chetti", "legrini", "sellini", "turini"]],
               town=[["Borgo ", "Castel", "Monte", "San ", "Villa", "Roc"], ["vecchio", "franco", "rosso", "Vitale", "nova", "calda"]],
               dob="dmy/", iban="IT", ids=["cf"], mail=["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
               lab=dict(name="Cognome e nome", dob="Data di nascita", phone="Cellulare", email="Email", addr="Residenza", ec="Contatto di emergenza", med="Certificato medico agonistico", sig="Firma"),
               ask=["me lo metti in tabella?", "fammi un riassunto", "scrivi una risposta breve"], script="Latn"),
    "nl-NL": L(region="NL", first=[["Ber", "Dir", "Ee", "Fem", "Ger", "Jo", "Lie", "Maar", "Sie", "Wou"], ["ber", "kje", "tje", "ke", "rit", "ost", "ke", "ten", "ne", "ter"]],
               last=[["Bak", "Dijk", "Groen", "Hoek", "Kuip", "Meu", "Ros", "Sten", "Vel", "Wiers"], ["hoven", "stra", "ema", "link", "ers", "len", "kamp", "veld", "huis", "inga"]],
               town=[["Aar", "Bre", "Dok", "Har", "Lee", "Mep", "Oud", "Win"], ["dam", "kum", "wolde", "lingen", "veen", "horst", "broek", "terp"]],
               dob="dmy-", iban="NL", ids=["bsn"], mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
               lab=dict(name="Naam", dob="Geboortedatum", phone="Mobiel", email="E-mail", addr="Adres", ec="Noodcontact", med="Medische bijzonderheden", sig="Handtekening"),
               ask=["kun je dit in een tabel zetten", "vat dit samen", "schrijf een kort antwoord"], script="Latn"),
    "pt-BR": L(region="BR", first=[["Ana", "Bru", "Cau", "Dé", "Gio", "Iara", "Ju", "Lua", "Rai", "Thi"], ["lice", "na", "ã", "bora", "vana", "ra", "ssara", "ne", "mundo", "ago"]],
               last=[["Albu", "Bar", "Can", "Fi", "Gou", "Maga", "Noguei", "Pi", "Sam", "Tei"], ["querque", "bosa", "dido", "gueira", "veia", "lhães", "ra", "menta", "paio", "xeira"]],
               town=[["Santa ", "São ", "Itapo", "Pira", "Ribei", "Capão "], ["Rita do Sul", "Bento", "ranga", "cicaba", "rão Claro", "Bonito"]],
               dob="dmy/", iban=None, ids=["cpf"], mail=["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
               lab=dict(name="Nome completo", dob="Data de nascimento", phone="Celular", email="E-mail", addr="Endereço", ec="Contato de emergência", med="Atestado médico / condições", sig="Assinatura"),
               ask=["organiza isso numa tabela pfv", "faz um resumo", "escreve uma resposta curta"], script="Latn"),
    "pl-PL": L(region="PL", first=[["Agni", "Bo", "Dami", "Ewe", "Grze", "Ja", "Ka", "Mał", "Ro", "Zu"], ["eszka", "żena", "an", "lina", "gorz", "dwiga", "zimierz", "gosia", "ksana", "zanna"]],
               last=[["Brze", "Chmiel", "Dąb", "Gra", "Kowal", "Ły", "Mazu", "Pie", "Szy", "Wró"], ["zińska", "ewski", "rowska", "bowski", "czyk", "szkiewicz", "rek", "trzak", "mańska", "blewski"]],
               town=[["Biało", "Grodzi", "Kroś", "Nowo", "Stare ", "Zgo"], ["gard", "sko", "niewice", "miasto", "Babice", "rzelec"]],
               dob="dmy.", iban="PL", ids=["pesel"], mail=["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
               lab=dict(name="Imię i nazwisko", dob="Data urodzenia", phone="Tel. kom.", email="E-mail", addr="Adres", ec="Kontakt w nagłych wypadkach", med="Choroby przewlekłe", sig="Podpis"),
               ask=["zrób z tego tabelkę", "streść to", "napisz krótką odpowiedź"], script="Latn"),
    "sv-SE": L(region="SE", first=[["Al", "Bir", "Ebb", "Gun", "Hed", "Lin", "Måns", "Sig", "Tor", "Ylv"], ["va", "git", "a", "nar", "vig", "nea", "e", "rid", "björn", "i"]],
               last=[["Berg", "Ek", "Fors", "Lind", "Ny", "Sand", "Sjö", "Ström", "Wall", "Åker"], ["qvist", "lund", "gren", "ström", "berg", "blad", "holm", "dahl", "mark", "sten"]],
               town=[["Björk", "Ek", "Gran", "Häll", "Kvarn", "Lill", "Sjö", "Väst"], ["by", "sund", "vik", "hamra", "torp", "köping", "ås", "näs"]],
               dob="ymd-", iban="SE", ids=["pnr"], mail=["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
               lab=dict(name="Namn", dob="Födelsedatum", phone="Mobil", email="E-post", addr="Adress", ec="Anhörig", med="Sjukdomar / allergier", sig="Underskrift"),
               ask=["kan du göra en tabell av det här", "sammanfatta", "skriv ett kort svar"], script="Latn"),
    "tr-TR": L(region="TR", first=[["Ay", "Bar", "Cem", "Deni", "Ece", "Gül", "Kaan", "Naz", "Oz", "Yel"], ["şe", "an", "ile", "z", "m", "tekin", "su", "can", "lem", "iz"]],
               last=[["Ak", "Bal", "Çe", "Dem", "Er", "Kara", "Öz", "Sarı", "Tun", "Yıl"], ["soy", "kaya", "tin", "irci", "doğan", "han", "türk", "gül", "çelik", "maz"]],
               town=[["Kara", "Çam", "Yeni", "Göl", "Akça", "Ova"], ["köy", "lıca", "şehir", "başı", "tepe", "pınar"]],
               dob="dmy.", iban="TR", ids=["tck"], mail=["gmail.com", "hotmail.com", "yandex.com.tr"],
               lab=dict(name="Ad Soyad", dob="Doğum tarihi", phone="Cep", email="E-posta", addr="Adres", ec="Acil durumda aranacak kişi", med="Sağlık durumu", sig="İmza"),
               ask=["bunu tabloya çevirir misin", "özetle", "kısa bir cevap yaz"], script="Latn"),
    "el-GR": L(region="GR", first=[["Αγ", "Βα", "Δη", "Ελ", "Θε", "Κα", "Λε", "Μα", "Νι", "Σο"], ["γελίνα", "σιλεία", "μοσθένης", "πίδα", "οφάνης", "λλιόπη", "ωνίδας", "ρκέλλα", "κηφόρος", "φρώνη"]],
               last=[["Αλεξ", "Βλα", "Γεωργ", "Καρ", "Μαυρ", "Νικολ", "Παπα", "Σταυρ", "Τσα", "Χατζη"], ["ίου", "χος", "ιάδης", "αλής", "ίδης", "όπουλος", "ρίδης", "κίρης", "νάκης", "γιάννης"]],
               town=[["Αμπελο", "Καστανο", "Λυγερο", "Πλατανο", "Ροδο", "Συκο", "Μυρτο"], ["χώρι", "κάμπος", "βούνι", "λάκκα", "πηγή"]],
               dob="dmy/", iban="GR", ids=["amka"], mail=["gmail.com", "yahoo.gr", "otenet.gr"],
               lab=dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", phone="Κινητό", email="Email", addr="Διεύθυνση", ec="Επαφή έκτακτης ανάγκης", med="Ιατρικό ιστορικό", sig="Υπογραφή"),
               ask=["κάν' το πίνακα", "κάνε μια περίληψη", "γράψε μια σύντομη απάντηση"], script="Grek"),
    "ru-RU": L(region="RU", first=[["Ан", "Вла", "Ев", "Ки", "Ма", "Ни", "Оль", "Поли", "Ти", "Яро"], ["тонина", "дислав", "гения", "рилл", "рьяна", "кита", "га", "на", "мур", "слава"]],
               last=[["Бело", "Вор", "Гуса", "Зуб", "Кры", "Лебе", "Моро", "Сок", "Тара", "Фила"], ["ков", "онцов", "рова", "ченко", "лов", "дева", "зов", "олова", "сенко", "тов"]],
               town=[["Ново", "Старо", "Красно", "Бело", "Верх"], ["озёрск", "горск", "речье", "лесье", "неволжск"]],
               dob="dmy.", iban=None, ids=["inn"], mail=["mail.ru", "yandex.ru", "bk.ru", "gmail.com"],
               lab=dict(name="ФИО", dob="Дата рождения", phone="Телефон", email="Эл. почта", addr="Адрес", ec="Контакт на случай ЧП", med="Медицинский допуск / заболевания", sig="Подпись"),
               ask=["сделай из этого таблицу", "кратко перескажи", "напиши короткий ответ"], script="Cyrl"),
    "hi-IN": L(region="IN", first=[["अनु", "दी", "कवि", "मनी", "प्रि", "रो", "सु", "तन", "वि", "ज्यो"], ["राधा", "पक", "ता", "षा", "यंका", "हन", "मित", "वीर", "नय", "ति"]],
               last=[["अग्र", "भट्ट", "चौ", "देश", "जो", "कुल", "मेह", "पाठ", "रस्तो", "शुक्"], ["वाल", "नागर", "धरी", "पांडे", "शी", "कर्णी", "रोत्रा", "क", "गी", "ला"]],
               town=[["राम", "शिव", "गोविंद", "लक्ष्मी", "कृष्ण"], ["पुरम", "गंज", "नगर", "बाग", "पुर"]],
               dob="dmy-", iban=None, ids=["aadhaar", "pan"], mail=["gmail.com", "rediffmail.com", "yahoo.co.in"],
               lab=dict(name="नाम", dob="जन्म तिथि", phone="मोबाइल", email="ईमेल", addr="पता", ec="आपातकालीन संपर्क", med="स्वास्थ्य संबंधी जानकारी", sig="हस्ताक्षर"),
               ask=["isko table bana do pls", "iska summary do", "ek chhota reply likho"], script="Deva"),
    "ja-JP": L(region="JP", first=[["陽", "美", "結", "翔", "彩", "悠", "真", "健", "花", "蒼"], ["菜", "斗", "衣", "太", "子", "人", "奈", "也", "音", "介"]],
               last=[["小", "大", "中", "高", "石", "松", "森", "杉", "藤", "今"], ["田", "川", "野", "村", "原", "島", "本", "井", "沢", "崎"]],
               town=[["東", "西", "南", "北", "新", "若"], ["山", "浜", "里", "丘", "台", "園"], ["市", "町"]],
               dob="ja", iban=None, ids=["mynumber"], mail=["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"],
               lab=dict(name="氏名", dob="生年月日", phone="携帯", email="メール", addr="住所", ec="緊急連絡先", med="既往歴・持病", sig="署名"),
               ask=["表にまとめてください", "要約して", "短い返信を書いて"], script="Jpan", last_first=True, sep=" "),
    "ko-KR": L(region="KR", first=[["민", "서", "지", "하", "예", "도", "수", "현"], ["윤", "준", "은", "채", "린", "율", "아", "진"]],
               last=[["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"]],
               town=[["한", "청", "신", "푸", "은"], ["빛", "솔", "마", "른", "하"], ["동", "읍"]],
               street=[["솔", "마루", "새", "별", "누리", "다온"], ["빛", "내", "들", "꽃", "샘"]],
               dob="ymd.", iban=None, ids=["rrn"], mail=["naver.com", "daum.net", "gmail.com"],
               lab=dict(name="성명", dob="생년월일", phone="휴대폰", email="이메일", addr="주소", ec="비상 연락처", med="병력 / 복용약", sig="서명"),
               ask=["표로 정리해 줘", "요약해 줘", "짧게 답장 써 줘"], script="Hang", last_first=True, sep=""),
    "zh-CN": L(region="CN", first=[["子", "梓", "浩", "宇", "欣", "怡", "晨", "俊"], ["涵", "轩", "琪", "然", "睿", "彤", "航", "瑶"]],
               last=[["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"]],
               town=[["云", "青", "金", "白", "长"], ["溪", "桥", "岭", "湾", "塘"], ["镇", "区"]],
               street=[["春", "和", "兴", "安", "华", "文"], ["园", "平", "康", "盛", "明"]],
               dob="zh", iban=None, ids=["ric"], mail=["qq.com", "163.com", "126.com"],
               lab=dict(name="姓名", dob="出生日期", phone="手机", email="邮箱", addr="地址", ec="紧急联系人", med="既往病史", sig="签名"),
               ask=["帮我整理成表格", "总结一下", "写一个简短的回复"], script="Hans", last_first=True, sep=""),
    "th-TH": L(region="TH", first=[["กมล", "ธนา", "นภ", "ปิยะ", "พิมพ์", "รัต", "ศิริ", "อร", "ภัทร", "กิตติ"], ["ชนก", "กร", "สร", "พงศ์", "ลดา", "พร", "ชาติ", "วรรณ", "ภา", "ดา"]],
               last=[["ศรี", "วงศ์", "สุข", "ทอง", "แก้ว", "บุญ", "จันทร์", "เพชร", "รุ่ง", "มณี"], ["สวัสดิ์", "สกุล", "ประเสริฐ", "เจริญ", "ทรัพย์", "รักษ์", "โชติ", "เรือง", "กุล", "ไพศาล"]],
               town=[["บาง", "หนอง", "บ้าน", "ท่า"], ["กระทิง", "ปลาดุก", "ไผ่ล้อม", "ม่วงงาม", "ตะเคียน"]],
               dob="dmy/", iban=None, ids=["thpin"], mail=["hotmail.com", "gmail.com"],
               lab=dict(name="ชื่อ-นามสกุล", dob="วันเกิด", phone="มือถือ", email="อีเมล", addr="ที่อยู่", ec="ผู้ติดต่อฉุกเฉิน", med="โรคประจำตัว", sig="ลายเซ็น"),
               ask=["ช่วยทำเป็นตารางหน่อย", "สรุปให้หน่อย", "ช่วยร่างคำตอบสั้นๆ"], script="Thai"),
    "he-IL": L(region="IL", first=[["אבי", "גל", "דנ", "יעל", "לי", "מיכ", "נוע", "רונ", "שי", "תמ"], ["גיל", "עד", "יאל", "ית", "אור", "ה", "רה", "ר", "ן", "ל"]],
               last=[["אבר", "בן", "גול", "כה", "לוי", "מז", "פר", "רוז", "שפי", "אלק"], ["הם", "דוד", "דמן", "ן", "טל", "רחי", "ץ", "נברג", "רא", "ים"]],
               town=[["אלונ", "שקד", "תמר", "ברוש", "רימונ", "ארזי"], ["ית", "יה", "ון", "ים", "ה"]],
               dob="dmy/", iban=None, ids=["ilid"], mail=["walla.co.il", "gmail.com", "bezeqint.net"],
               lab=dict(name="שם מלא", dob="תאריך לידה", phone="נייד", email="דוא\"ל", addr="כתובת", ec="איש קשר לחירום", med="מצב רפואי", sig="חתימה"),
               ask=["תסדר לי את זה בטבלה", "תסכם", "תנסח תשובה קצרה"], script="Hebr"),
    "ar-EG": L(region="EG", first=[["أم", "حس", "خا", "رح", "سل", "عم", "فا", "كر", "نو", "يا"], ["ينة", "ام", "لد", "اب", "مى", "رو", "طمة", "يم", "ر", "سين"]],
               last=[["ال", "عبد", "من", "شا", "حم", "سع", "نج", "قا", "بد", "زي"], ["شريف", "الله", "صور", "كر", "دي", "يد", "م", "سم", "وي", "دان"]],
               town=[["زهر", "نخل", "سند", "رمان", "صفص", "جميز"], ["انية", "ية", "ون", "ايا", "اوي"]],
               dob="dmy/", iban=None, ids=[], mail=["gmail.com", "yahoo.com", "hotmail.com"],
               lab=dict(name="الاسم", dob="تاريخ الميلاد", phone="الموبايل", email="البريد الإلكتروني", addr="العنوان", ec="جهة الاتصال في الطوارئ", med="الحالة الصحية", sig="التوقيع"),
               ask=["اعملها جدول لو سمحت", "لخص ده", "اكتب رد قصير"], script="Arab"),
}
LOCALES = list(LOC)


# ----------------------------------------------------------------------------------------------- identifiers
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def mk_id(rng, key, birth):
    """Return (entity_type, formatted_value, local label)."""
    y, m, d = birth
    if key == "nhs":
        v = retry(lambda: str(rng.randint(4, 7)) + digits(rng, 9), nhs.is_valid, "NHS number")
        return "HEALTH_INSURANCE", nhs.format(v), "NHS no."
    if key == "utr":
        v = retry(lambda: digits(rng, 10), utr.is_valid, "UTR")
        return "TAX_ID", v[:5] + " " + v[5:], "UTR"
    if key == "ssn":
        v = retry(lambda: f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}", ssn.is_valid, "SSN")
        return "ssn", ssn.format(v), "SSN"
    if key == "usbank":
        r = retry(lambda: digits(rng, 8), lambda c: True, "routing")
        r = retry(lambda: str(rng.choice([0, 1, 2, 3])) + digits(rng, 7), lambda c: rtn.is_valid(c + rtn.calc_check_digit(c)), "routing")
        r = r + rtn.calc_check_digit(r)
        if not rtn.is_valid(r):
            fail("routing")
        acct = str(rng.randint(1, 9)) + digits(rng, rng.randint(8, 11))
        return "US_BANK_NUMBER", acct, f"routing {r} / acct"
    if key == "sin":
        v = retry(lambda: str(rng.randint(1, 7)) + digits(rng, 8), sin.is_valid, "SIN")
        return "NATIONAL_ID", sin.format(v), "SIN"
    if key == "bcphn":
        v = retry(lambda: "9" + digits(rng, 9), bc_phn.is_valid, "BC PHN")
        return "HEALTH_INSURANCE", bc_phn.format(v), "BC PHN"
    if key == "tfn":
        v = retry(lambda: str(rng.randint(1, 9)) + digits(rng, 8), tfn.is_valid, "TFN")
        return "TAX_ID", tfn.format(v), "TFN"
    if key == "pps":
        v = retry(lambda: digits(rng, 7) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"), pps.is_valid, "PPS")
        return "NATIONAL_ID", v, "PPSN"
    if key == "idnr":
        v = retry(lambda: str(rng.randint(1, 9)) + digits(rng, 10), idnr.is_valid, "Steuer-ID")
        return "TAX_ID", idnr.format(v), "Steuer-ID"
    if key == "nir":
        def mk():
            dept = f"{rng.choice([1, 6, 13, 31, 33, 44, 59, 67, 69, 75, 92, 93]):02d}"
            body = f"{rng.randint(1, 2)}{y % 100:02d}{m:02d}{dept}{rng.randint(1, 899):03d}{rng.randint(1, 999):03d}"
            return body + f"{97 - int(body) % 97:02d}"
        v = retry(mk, nir.is_valid, "NIR")
        return "NATIONAL_ID", nir.format(v), "N° sécu"
    if key == "dni":
        b = digits(rng, 8)
        v = b + dni.calc_check_digit(b)
        if not dni.is_valid(v):
            fail("DNI")
        return "NATIONAL_ID", v, "DNI"
    if key == "cf":
        def mk():
            s = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
            day = d + rng.choice([0, 40])
            s += f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + f"{day:02d}" + rng.choice("ABCDEFGHL") + f"{rng.randint(100, 999)}"
            return s + codicefiscale.calc_check_digit(s)
        v = retry(mk, codicefiscale.is_valid, "codice fiscale")
        return "TAX_ID", v, "Codice fiscale"
    if key == "bsn":
        v = retry(lambda: str(rng.randint(1, 6)) + digits(rng, 8), bsn.is_valid, "BSN")
        return "NATIONAL_ID", v, "BSN"
    if key == "cpf":
        v = retry(lambda: str(rng.randint(1, 9)) + digits(rng, 10), cpf.is_valid, "CPF")
        return "TAX_ID", cpf.format(v), "CPF"
    if key == "pesel":
        mm = m + (20 if y >= 2000 else 0)
        b = f"{y % 100:02d}{mm:02d}{d:02d}" + digits(rng, 4)
        v = b + pesel.calc_check_digit(b)
        if not pesel.is_valid(v):
            fail("PESEL")
        return "NATIONAL_ID", v, "PESEL"
    if key == "pnr":
        b = f"{y % 100:02d}{m:02d}{d:02d}" + digits(rng, 3)
        v = b + luhn.calc_check_digit(b)
        f = v[:6] + "-" + v[6:]
        if not personnummer.is_valid(f):
            fail("personnummer")
        return "NATIONAL_ID", f, "Personnummer"
    if key == "tck":
        b = str(rng.randint(1, 9)) + digits(rng, 8)
        v = b + tckimlik.calc_check_digits(b)
        if not tckimlik.is_valid(v):
            fail("TCKN")
        return "NATIONAL_ID", v, "TC Kimlik No"
    if key == "amka":
        b = f"{d:02d}{m:02d}{y % 100:02d}" + digits(rng, 4)
        v = b + luhn.calc_check_digit(b)
        if not amka.is_valid(v):
            fail("AMKA")
        return "NATIONAL_ID", v, "ΑΜΚΑ"
    if key == "inn":
        b = f"{rng.choice([50, 77, 78, 66, 16, 54])}" + digits(rng, 8)
        v = b + inn.calc_personal_check_digits(b)
        if not inn.is_valid(v):
            fail("INN")
        return "TAX_ID", v, "ИНН"
    if key == "aadhaar":
        def mk():
            b = str(rng.randint(2, 9)) + digits(rng, 10)
            return b + verhoeff.calc_check_digit(b)
        v = retry(mk, aadhaar.is_valid, "Aadhaar")
        return "NATIONAL_ID", aadhaar.format(v), "Aadhaar"
    if key == "pan":
        v = retry(lambda: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + rng.choice("ABCDEGHJKLMNPRSTVWY") + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), pan.is_valid, "PAN")
        return "TAX_ID", v, "PAN"
    if key == "mynumber":
        b = str(rng.randint(1, 9)) + digits(rng, 10)
        v = b + jp_in.calc_check_digit(b)
        if not jp_in.is_valid(v):
            fail("my number")
        return "NATIONAL_ID", jp_in.format(v), "マイナンバー"
    if key == "rrn":
        g = (1 if y < 2000 else 3) + rng.randint(0, 1)
        b = f"{y % 100:02d}{m:02d}{d:02d}{g}{rng.randint(0, 96):02d}" + digits(rng, 3)
        v = b + rrn.calc_check_digit(b)
        if not rrn.is_valid(v):
            fail("RRN")
        return "NATIONAL_ID", rrn.format(v), "주민등록번호"
    if key == "ric":
        def mk():
            b = rng.choice(["110105", "310115", "440106", "510107", "330106", "320102", "420111"]) + f"{y:04d}{m:02d}{d:02d}" + digits(rng, 3)
            return b + ric.calc_check_digit(b)
        v = retry(mk, ric.is_valid, "RIC", cap=500)
        return "NATIONAL_ID", v, "身份证号"
    if key == "thpin":
        b = str(rng.randint(1, 8)) + digits(rng, 11)
        v = b + th_pin.calc_check_digit(b)
        if not th_pin.is_valid(v):
            fail("TH PIN")
        return "NATIONAL_ID", th_pin.format(v), "เลขบัตรประชาชน"
    if key == "ilid":
        b = digits(rng, 8)
        v = b + luhn.calc_check_digit(b)
        v = retry(lambda: (lambda b: b + luhn.calc_check_digit(b))(digits(rng, 8)), il_idnr.is_valid, "IL ID")
        return "NATIONAL_ID", v, "ת.ז."
    fail(f"unknown id {key}")


IBAN_SPEC = {"GB": [("A", 4), ("N", 14)], "DE": [("N", 18)], "FR": [("N", 10), ("C", 11), ("N", 2)], "IT": [("A", 1), ("N", 10), ("C", 12)],
             "NL": [("A", 4), ("N", 10)], "ES": [("N", 20)], "PL": [("N", 24)], "SE": [("N", 20)], "TR": [("N", 5), ("Z", 1), ("C", 16)],
             "GR": [("N", 7), ("C", 16)], "IE": [("A", 4), ("N", 14)]}


def mk_iban(rng, cc):
    def part(kind, n):
        if kind == "N":
            return digits(rng, n)
        if kind == "A":
            return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
        if kind == "Z":
            return "0" * n
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if rng.random() < 0.08 else rng.choice("0123456789") for _ in range(n))

    def mk():
        if cc == "ES":
            from stdnum.es import ccc
            bank = digits(rng, 8)
            acct = digits(rng, 10)
            bban = bank + ccc.calc_check_digits(bank + "00" + acct) + acct
        else:
            bban = "".join(part(k, n) for k, n in IBAN_SPEC[cc])
        chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
        return f"{cc}{chk:02d}{bban}"
    v = retry(mk, std_iban.is_valid, f"IBAN {cc}", cap=3000)
    return std_iban.format(v)


def luhn_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "mc", "amex"])
    if brand == "amex":
        b = rng.choice(["34", "37"]) + digits(rng, 12)
        v = b + luhn.calc_check_digit(b)
        s = f"{v[:4]} {v[4:10]} {v[10:]}"
    else:
        b = ("4" if brand == "visa" else str(rng.randint(51, 55))) + digits(rng, 14 if brand == "visa" else 13)
        v = b + luhn.calc_check_digit(b)
        s = " ".join(v[i:i + 4] for i in range(0, 16, 4))
    if not luhn.is_valid(v):
        fail("card")
    return s


_EXAMPLES = {}


def mk_phone(rng, region, kind="mobile", style=None):
    t = phonenumbers.PhoneNumberType.MOBILE if kind == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE
    key = (region, kind)
    if key not in _EXAMPLES:
        ex = phonenumbers.example_number_for_type(region, t)
        if ex is None:
            fail(f"no example {region}")
        _EXAMPLES[key] = phonenumbers.national_significant_number(ex)
    base = _EXAMPLES[key]
    keep = 3 if len(base) > 8 else 2

    def mk():
        nsn = base[:keep] + digits(rng, len(base) - keep)
        return phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn, None)

    def ok(num):
        if not phonenumbers.is_valid_number_for_region(num, region):
            return False
        nt = phonenumbers.number_type(num)
        if kind == "mobile":
            return nt in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
        return nt in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    num = retry(mk, ok, f"phone {region}", cap=2000)
    style = style or rng.choice(["nat", "intl", "nat", "e164"])
    fmt = {"nat": phonenumbers.PhoneNumberFormat.NATIONAL, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
           "e164": phonenumbers.PhoneNumberFormat.E164}[style]
    s = phonenumbers.format_number(num, fmt)
    if not phonenumbers.is_valid_number(phonenumbers.parse(s, region)):
        fail("phone reparse")
    return s


def mk_ip(rng):
    def mk():
        return ipaddress.IPv4Address(f"{rng.choice([2, 5, 31, 37, 46, 62, 78, 81, 86, 89, 94, 109, 176, 185, 212, 217])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
    return str(retry(mk, lambda a: a.is_global and not a.is_private, "ip"))


# ----------------------------------------------------------------------------------------------- people
class World:
    def __init__(self, rng):
        self.rng = rng
        self.first, self.last, self.town, self.stem = {}, {}, {}, {}
        for code, spec in LOC.items():
            self.first[code] = Pool(rng, "first", spec["first"], n=40)
            if spec.get("sep") == "":
                # single-syllable surnames are written fused with the given name: the checked entry is the full name
                self.last[code] = None
            else:
                self.last[code] = Pool(rng, "last", spec["last"], n=40)
            self.town[code] = Pool(rng, "town", spec["town"], n=16)
            self.stem[code] = Pool(rng, "street", spec.get("street", spec["last"]), n=24)
        self.club_stem = Pool(rng, "club", [["Brack", "Hollin", "Marl", "Quen", "Sorrel", "Tamber", "Vell", "Wick", "Ivel", "Corran", "Dals", "Lynd"], ["ford", "mere", "ton", "wood", "brook", "gate", "hay", "combe", "side", "stead"]], n=40)
        self.brand = Pool(rng, "company", [["Puls", "Kinet", "Strid", "Vigo", "Flexa", "Torq", "Nuvo", "Brisk", "Zest", "Gravi"], ["ora", "iq", "ahub", "ly", "ex", "ara", "ium", "on", "ix", "ana"]], n=30)

    def name(self, code, first=None):
        spec = LOC[code]
        f = first or self.first[code].pick(self.rng)
        if self.last[code] is None:
            full = retry(lambda: self.rng.choice(spec["last"][0]) + (first or self.first[code].pick(self.rng)), is_free, "fused name", cap=500)
            return full[1:], full
        la = self.last[code].pick(self.rng)
        if spec.get("last_first"):
            return f, la + spec.get("sep", " ") + f
        return f, f + " " + la

    def birth(self, lo=1950, hi=2008):
        r = self.rng
        return (r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))

    def fmt_date(self, code, ymd):
        y, m, d = ymd
        f = LOC[code]["dob"]
        if f == "ja":
            return f"{y}年{m}月{d}日"
        if f == "zh":
            return f"{y}年{m:02d}月{d:02d}日"
        order, sep = f[:3], f[3]
        parts = {"d": f"{d:02d}", "m": f"{m:02d}", "y": f"{y}"}
        return sep.join(parts[c] for c in order)

    def email(self, code, first, last):
        r = self.rng
        tr = lambda s: re.sub(r"[^a-z]", "", s.lower())
        f, la = tr(first), tr(last)
        if not f or not la:
            f = r.choice(["runner", "swim", "cyc", "fit", "goal", "tri", "kick", "hoop"]) + digits(r, 2)
            la = r.choice(["fan", "mum", "dad", "pro", "lover", "girl", "boy", "x"]) + digits(r, 3)
        user = r.choice([f"{f}.{la}", f"{f[0]}{la}{r.randint(1, 99)}", f"{la}.{f}{r.randint(70, 99)}", f"{f}_{la}"])
        return f"{user}@{r.choice(LOC[code]['mail'])}"

    def address(self, code):
        r = self.rng
        st = self.stem[code].pick(r)
        tw = self.town[code].pick(r)
        n = r.randint(1, 180)
        up = lambda k: "".join(r.choice("ABCDEFGHJKLMNPRSTUWXY") for _ in range(k))
        if code == "en-GB":
            return f"{n} {st} {r.choice(['Road', 'Close', 'Lane', 'Avenue', 'Gardens'])}, {tw} {up(2)}{r.randint(1, 19)} {r.randint(1, 9)}{up(2)}"
        if code == "en-US":
            return f"{n * 11} {st} {r.choice(['St', 'Ave', 'Dr', 'Ct'])}, {tw}, {r.choice(['OH', 'OR', 'NC', 'MN', 'TX', 'CO'])} {r.randint(10000, 99950)}"
        if code == "en-AU":
            return f"{n} {st} {r.choice(['St', 'Rd', 'Cres', 'Pde'])}, {tw} {r.choice(['NSW', 'VIC', 'QLD', 'WA'])} {r.randint(2000, 6999)}"
        if code == "en-IE":
            return f"{n} {st} {r.choice(['Park', 'Road', 'Grove', 'Heights'])}, {tw}, {up(1)}{r.randint(10, 99)} {up(1)}{r.randint(1, 9)}{up(1)}{r.randint(1, 9)}"
        if code == "en-CA":
            return f"{n * 7} {st} {r.choice(['St', 'Ave', 'Blvd'])}, {tw}, {r.choice(['ON', 'BC', 'AB', 'NS'])} {up(1)}{r.randint(1, 9)}{up(1)} {r.randint(1, 9)}{up(1)}{r.randint(1, 9)}"
        if code == "de-DE":
            return f"{st}{r.choice(['straße', 'weg', 'ring', 'allee'])} {n}, {r.randint(10000, 99999)} {tw}"
        if code == "fr-FR":
            return f"{n} {r.choice(['rue', 'avenue', 'allée', 'impasse'])} {st}, {r.randint(10000, 95999)} {tw}"
        if code == "es-ES":
            return f"C/ {st} {n}, {r.randint(1, 8)}º {r.choice('ABCD')}, {r.randint(10000, 50999):05d} {tw}"
        if code == "it-IT":
            return f"{r.choice(['Via', 'Viale', 'Piazza'])} {st} {n}, {r.randint(10010, 98100):05d} {tw}"
        if code == "nl-NL":
            return f"{st}{r.choice(['straat', 'laan', 'weg', 'plein'])} {n}, {r.randint(1000, 9999)} {up(2)} {tw}"
        if code == "pt-BR":
            return f"Rua {st}, {n * 3}, apto {r.randint(11, 304)} - {tw}, CEP {r.randint(10000, 99999)}-{r.randint(0, 999):03d}"
        if code == "pl-PL":
            return f"ul. {st} {n}/{r.randint(1, 60)}, {r.randint(10, 99)}-{r.randint(100, 999)} {tw}"
        if code == "sv-SE":
            return f"{st}{r.choice(['gatan', 'vägen', 'stigen'])} {n}, {r.randint(100, 999)} {r.randint(10, 99)} {tw}"
        if code == "tr-TR":
            return f"{st} Sok. No:{n} D:{r.randint(1, 20)}, {tw}"
        if code == "el-GR":
            return f"οδός {st} {n}, {r.randint(10000, 85999)} {tw}"
        if code == "ru-RU":
            return f"ул. {st}а, д. {n}, кв. {r.randint(1, 200)}, {tw}"
        if code == "hi-IN":
            return f"मकान नं. {n}, {st} नगर, {tw} {r.randint(110001, 855999)}"
        if code == "ja-JP":
            return f"〒{r.randint(100, 999)}-{r.randint(0, 9999):04d} {tw}{st}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}"
        if code == "ko-KR":
            return f"{tw} {st}로 {n}, {r.randint(101, 115)}동 {r.randint(101, 2204)}호"
        if code == "zh-CN":
            return f"{tw}{st}路{n}号{r.randint(1, 30)}栋{r.randint(101, 2802)}室"
        if code == "th-TH":
            return f"{n}/{r.randint(1, 99)} ซอย{st} {tw} {r.randint(10100, 96000)}"
        if code == "he-IL":
            return f"רחוב {st} {n}, {tw}"
        if code == "ar-EG":
            return f"{n} شارع {st}، {tw}"
        fail(code)

    def person(self, code, lo=1950, hi=2008):
        r = self.rng
        spec = LOC[code]
        first, full = self.name(code)
        last = full.replace(first, "").strip()
        b = self.birth(lo, hi)
        p = dict(first=first, full=full, last=last, birth=b, dob=self.fmt_date(code, b),
                 phone=mk_phone(r, spec["region"]), addr=self.address(code))
        p["email"] = self.email(code, first if spec["script"] == "Latn" else "", last if spec["script"] == "Latn" else "")
        p["ids"] = [mk_id(r, k, b) for k in spec["ids"]]
        return p

    def club(self, sport=None):
        r = self.rng
        s = self.club_stem.pick(r)
        sport = sport or r.choice(["Harriers", "Athletic Club", "Swimming Club", "Tri Club", "Wheelers", "RFC", "FC", "Hockey Club", "Netball Club", "Rowing Club"])
        name = f"{s} {sport}"
        dom = re.sub(r"[^a-z]", "", s.lower()) + r.choice(["-club.org", "sport.example.org", "-ac.org.uk", "club.de", "-sc.nl"])
        return name, dom, s


# ----------------------------------------------------------------------------------------------- records
KINDS = ["gym_membership", "club_registration", "race_entry", "safeguarding", "injury_log", "league_admin",
         "swim_lessons", "pt_notes", "results_press"]
SPORTS = ["football", "netball", "rugby", "hockey", "athletics", "swimming", "cycling", "triathlon", "rowing", "basketball", "judo", "tennis"]


class Rec:
    def __init__(self):
        self.items = []  # (type, value)

    def add(self, t, v):
        self.items.append((t, v))
        return v


def id_line(rec, p, lab_sep=": ", skip=()):
    out = []
    for t, v, lab in p["ids"]:
        if t in skip:
            continue
        out.append(f"{lab}{lab_sep}{rec.add(t, v)}")
    return out


def sens_doc(W, kind, code, variant, rec):
    """Return (writer, system, document, ask) for a sensitive record."""
    r = W.rng
    lab = LOC[code]["lab"]
    ask_local = r.choice(LOC[code]["ask"])
    p = W.person(code, 1958, 2006)
    club, dom, _ = W.club()
    A = rec.add
    mno = f"{r.choice(['LC', 'MB', 'GYM', 'M'])}-{r.randint(1000, 9999)}-{r.randint(10, 99)}"
    pay = None
    if LOC[code]["iban"]:
        pay = ("IBAN_CODE", mk_iban(r, LOC[code]["iban"]), "IBAN")
    if code == "en-US":
        pay = next(x for x in p["ids"] if x[0] == "US_BANK_NUMBER")
    if kind == "gym_membership":
        if variant == 0:
            if pay is None:
                pay = ("CREDIT_CARD", luhn_card(r), "Card")
            doc = (f"NEW MEMBER – {r.choice(['Flex', 'Off-peak', 'Family', 'Student', 'Anytime'])} package\nMember no: {mno}\n"
                   f"{lab['name']}: {A('person', p['full'])}\n{lab['dob']}: {A('DATE_OF_BIRTH', p['dob'])}\n{lab['addr']}: {A('STREET_ADDRESS', p['addr'])}\n"
                   f"{lab['phone']}: {A('PHONE_NUMBER', p['phone'])}\n{lab['email']}: {A('EMAIL_ADDRESS', p['email'])}\n"
                   f"{pay[2]}: {A(pay[0], pay[1])}\nInduction: {r.choice(['booked Tue 7pm', 'not yet', 'waived (ex-member)'])}\nPAR-Q: {r.choice(['all no', 'Q3 yes - see GP letter', 'Q6 yes (BP meds)'])}")
            return "membership admin", "You help the front desk of a leisure centre with admin.", doc, r.choice(["check the DD form is complete before I key it in", "pls draft the welcome email for this one", ask_local])
        if variant == 1:
            doc = (f"From: {A('EMAIL_ADDRESS', p['email'])}\nSubject: freeze membership {mno}\n\nHi, I need to freeze my membership from next month, "
                   f"I'm having {r.choice(['knee surgery (ACL)', 'a hernia op', 'chemo again', 'a baby in May'])} and can't train. "
                   f"Can you stop the DD? My number is {A('PHONE_NUMBER', p['phone'])} if easier to call.\nThanks, {A('person', p['full'])}")
            return "membership admin", "You draft replies for a gym chain's member services.", doc, r.choice(["reply explaining our freeze policy (max 3 months, £5/m)", "draft answer, be kind", ask_local])
        if variant == 2:
            ip = mk_ip(r)
            doc = (f"app_login_audit.csv\nts,member_no,name,email,ip,result\n2026-03-0{r.randint(1, 9)}T06:1{r.randint(0, 9)}:22Z,{mno},{A('person', p['full'])},{A('EMAIL_ADDRESS', p['email'])},{A('IP_ADDRESS', ip)},FAIL\n"
                   f"2026-03-0{r.randint(1, 9)}T06:1{r.randint(0, 9)}:40Z,{mno},{p['full']},{p['email']},{ip},OK")
            return "gym IT", "You are a support assistant for a gym booking app.", doc, "is this a credential stuffing pattern or just a member who forgot the password?"
        card = A("CREDIT_CARD", luhn_card(r))
        doc = json.dumps({"event": "payment_failed", "member": {"name": A("person", p["full"]), "email": A("EMAIL_ADDRESS", p["email"])},
                          "card": card, "amount": f"{r.randint(19, 69)}.99", "retry": r.randint(1, 3)}, ensure_ascii=False)
        return "billing admin", "You assist the billing team of a fitness club.", doc, "why would this keep failing? also write the dunning email"
    if kind == "club_registration":
        if variant == 0:
            rows = ["name,dob,mobile,email," + (p["ids"][0][2] if p["ids"] else "licence")]
            for _ in range(r.randint(2, 4)):
                q = W.person(code, 1970, 2015)
                idv = A(q["ids"][0][0], q["ids"][0][1]) if q["ids"] else f"LIC{r.randint(100000, 999999)}"
                rows.append(f"{A('person', q['full'])},{A('DATE_OF_BIRTH', q['dob'])},{A('PHONE_NUMBER', q['phone'])},{A('EMAIL_ADDRESS', q['email'])},{idv}")
            return "club secretary", f"You help the volunteer secretary of {club}.", "\n".join(rows), r.choice(["these are the new regs for the governing body upload, check the formats", "make this into the affiliation template", ask_local])
        if variant == 1:
            doc = (f"[{r.randint(10, 28)}/0{r.randint(1, 9)} 21:{r.randint(10, 59)}] Treasurer: subs list still has {A('person', p['full'])} unpaid since Sept, "
                   f"tried {A('PHONE_NUMBER', p['phone'])} twice no answer\n[21:{r.randint(10, 59)}] Chair: send the formal letter to {A('STREET_ADDRESS', p['addr'])} then\n[21:{r.randint(10, 59)}] Treasurer: ok 👍")
            return "club treasurer", None, doc, "write the formal but friendly overdue-subs letter from this chat"
        lines = [f"{lab['name']}: {A('person', p['full'])}", f"{lab['dob']}: {A('DATE_OF_BIRTH', p['dob'])}", f"{lab['addr']}: {A('STREET_ADDRESS', p['addr'])}"]
        lines += id_line(rec, p)
        lines.append(f"Previous club: {W.club()[0]}  Transfer reason: {r.choice(['moved house', 'more playing time', 'coach left'])}")
        return "registration sec", "You help club registration secretaries with governing-body forms.", "LICENCE TRANSFER\n" + "\n".join(lines), r.choice(["is anything missing for the transfer?", ask_local])
    if kind == "race_entry":
        ec = W.person(code)
        if variant == 0:
            d = {"bib": r.randint(100, 9999), "event": r.choice(["Half Marathon", "Olympic Tri", "100k Sportive", "10K"]), "entrant": {"name": A("person", p["full"]), "dob": A("DATE_OF_BIRTH", p["dob"]),
                 "email": A("EMAIL_ADDRESS", p["email"]), "phone": A("PHONE_NUMBER", p["phone"])},
                 "emergency_contact": {"name": A("person", ec["full"]), "relation": r.choice(["partner", "mother", "brother", "friend"]), "phone": A("PHONE_NUMBER", ec["phone"])},
                 "medical_declaration": r.choice(["asthma - carries inhaler", "type 1 diabetes, pump on left arm", "none", "previous SVT episode 2023", "penicillin allergy"]), "tshirt": r.choice(["S", "M", "L"])}
            return "race entries team", "You help a race organiser's entries team.", json.dumps(d, ensure_ascii=False, indent=1), r.choice(["flag anything the medical team should know", "convert to the timing company's CSV", ask_local])
        if variant == 1:
            doc = (f"hi, i entered the {r.choice(['marathon', 'sportive', 'sprint tri'])} but got injured, can i transfer my place to my mate? my details: {A('person', p['full'])}, born {A('DATE_OF_BIRTH', p['dob'])}, "
                   f"{A('PHONE_NUMBER', p['phone'])}. his name is {A('person', ec['full'])}, email {A('EMAIL_ADDRESS', ec['email'])}. cheers")
            return "race director", None, doc, "draft reply, transfers allowed until 4 weeks before for a £10 fee"
        if variant == 2:
            mrn = A("MEDICAL_RECORD", f"{r.choice(['RX', 'K', 'MRN '])}{r.randint(1000000, 9999999)}")
            doc = (f"MEDICAL TENT LOG  km {r.randint(15, 41)}\n{lab['name']}: {A('person', p['full'])}  {lab['dob']}: {A('DATE_OF_BIRTH', p['dob'])}\n"
                   + "".join(x + "\n" for x in id_line(rec, p, skip=("US_BANK_NUMBER", "TAX_ID"))) +
                   f"Presentation: {r.choice(['collapse, temp 40.1', 'EAH suspected, Na 128', 'chest pain, ECG changes'])}\nTransferred to hospital, hospital no. {mrn}\n"
                   f"{lab['ec']}: {A('PHONE_NUMBER', ec['phone'])}")
            return "race medical lead", "You help a race medical team write their post-event report.", doc, "write the incident summary for the debrief (keep clinical)"
        card = A("CREDIT_CARD", luhn_card(r))
        doc = f"refund req - {A('person', p['full'])} - entry #{r.randint(10000, 99999)} - paid with {card} exp {r.randint(1, 12):02d}/{r.randint(27, 30)} - reason: event moved date"
        return "race entries team", None, doc, "can you draft the refund confirmation"
    if kind == "safeguarding":
        child = W.person(code, 2010, 2018)
        parent = W.person(code, 1975, 1992)
        if variant == 0:
            doc = (f"CONCERN LOG – {club}\nChild: {A('person', child['full'])} ({lab['dob']} {A('DATE_OF_BIRTH', child['dob'])})\n"
                   f"Parent/carer: {A('person', parent['full'])}, {A('PHONE_NUMBER', parent['phone'])}\n"
                   f"What was seen: {r.choice(['bruising on upper arms after training, said fell off bike', 'repeatedly not collected after session, 90 min', 'disclosed being shouted at by older player', 'appears underfed, no kit for weeks'])}\nAction: logged by welfare officer, not yet referred")
            return "club welfare officer", "You support club welfare officers in sport. Follow safeguarding best practice.", doc, r.choice(["does this meet the threshold to refer to the LADO / children's services?", "help me write the referral", ask_local])
        if variant == 1:
            coach = p
            lines = [f"Coach vetting – {club}", f"{lab['name']}: {A('person', coach['full'])}", f"{lab['dob']}: {A('DATE_OF_BIRTH', coach['dob'])}",
                     f"{lab['addr']}: {A('STREET_ADDRESS', coach['addr'])}"] + id_line(rec, coach) + [f"Check: {r.choice(['enhanced DBS clear', 'disclosure shows 2011 caution', 'pending'])}"]
            return "welfare officer", None, "\n".join(lines), "what do I do with this result before he coaches the U12s?"
        doc = (f"Hi county welfare team,\nfollowing up on {A('person', child['full'])} from our U{r.choice([10, 12, 14])}s – mum ({A('person', parent['full'])}) has asked that her ex-partner is not allowed to collect. "
               f"Home address {A('STREET_ADDRESS', child['addr'])}. What paperwork do we need?\nThanks")
        return "club welfare officer", "You help draft emails for sports club volunteers.", doc, "tidy this email up before I send it"
    if kind == "injury_log":
        mrn_lab, mrn = r.choice(['A&E ref', 'Hosp no', 'MRN']), f"{r.choice(['', 'H'])}{r.randint(10000000, 99999999)}"
        if variant == 0:
            doc = (f"ACCIDENT BOOK entry {r.randint(1, 300)}\n{lab['name']}: {A('person', p['full'])}   {lab['dob']}: {A('DATE_OF_BIRTH', p['dob'])}\n{lab['phone']}: {A('PHONE_NUMBER', p['phone'])}\n"
                   f"Injury: {r.choice(['suspected broken wrist', 'head clash, HIA failed', 'dislocated shoulder', 'ankle inversion, could not weight bear'])}\nFirst aid: RICE / sling, ambulance called\n"
                   f"Hospital: {mrn_lab} {A('MEDICAL_RECORD', mrn)}")
            return "first aider", "You help a club first-aider write up incidents.", doc, r.choice(["write the RIDDOR / insurer summary", ask_local])
        if variant == 1:
            hid = [x for x in p["ids"] if x[0] in ("HEALTH_INSURANCE", "NATIONAL_ID")]
            idtxt = f"{hid[0][2]}: {A(hid[0][0], hid[0][1])}" if hid else f"{lab['phone']}: {A('PHONE_NUMBER', p['phone'])}"
            doc = (f"Physio notes – {A('person', p['full'])} ({idtxt})\nS: R hamstring pain 2/52 post sprint, 6/10\nO: SLR 55° R vs 80° L, pain on resisted knee flex\nA: grade 1-2 strain\nP: Askling L-protocol, RTP est 3-4 wks")
            return "sports physio", "You assist a sports physiotherapist.", doc, "write a return-to-play plan I can send the coach"
        rows = ["date,player,injury,days_out"]
        for _ in range(r.randint(3, 5)):
            q = W.name(code)[1]
            rows.append(f"2026-0{r.randint(1, 9)}-{r.randint(10, 28)},{A('person', q)},{r.choice(['ACL', 'concussion', 'hamstring', 'ankle', 'AC joint'])},{r.randint(3, 180)}")
        return "S&C coach", None, "\n".join(rows), "summarise injury burden by type for the committee"
    if kind == "league_admin":
        if variant == 0:
            rows = ["player,dob,id_check,email"]
            for _ in range(r.randint(2, 4)):
                q = W.person(code, 2007, 2014)
                idv = A(q["ids"][0][0], q["ids"][0][1]) if q["ids"] else "passport seen"
                rows.append(f"{A('person', q['full'])},{A('DATE_OF_BIRTH', q['dob'])},{idv},{A('EMAIL_ADDRESS', q['email'])}")
            return "league registrar", "You help a youth league registrar.", "\n".join(rows), "are any of these overage for U16 (cut-off 1 Sept)?"
        if variant == 1:
            doc = (f"Disciplinary – {A('person', p['full'])} ({W.club()[0]}), sent off {r.randint(1, 28)}/0{r.randint(1, 9)} for {r.choice(['violent conduct', 'abuse of referee', 'spitting'])}. "
                   f"Hearing letter to {A('STREET_ADDRESS', p['addr'])}, contact {A('PHONE_NUMBER', p['phone'])}.")
            return "league secretary", None, doc, "draft the hearing notice"
        if pay is None:
            pay = ("US_BANK_NUMBER", p["ids"][-1][1], p["ids"][-1][2]) if code == "en-US" else ("CREDIT_CARD", luhn_card(r), "Card for refund")
        doc = (f"Referee expenses – {A('person', p['full'])}\n{lab['addr']}: {A('STREET_ADDRESS', p['addr'])}\nMatches: {r.randint(2, 6)} x fee + mileage {r.randint(20, 140)} mi\n"
               f"{pay[2]}: {A(pay[0], pay[1])}")
        return "league treasurer", "You help a county league treasurer.", doc, "total this claim and draft the remittance advice"
    if kind == "swim_lessons":
        child = W.person(code, 2015, 2021)
        parent = W.person(code, 1980, 1995)
        if variant == 0:
            card = A("CREDIT_CARD", luhn_card(r)) if r.random() < 0.5 else None
            doc = (f"Booking – Stage {r.randint(1, 7)} {r.choice(['Mon 4:30', 'Sat 9:15', 'Wed 5:00'])}\nChild: {A('person', child['full'])}, {lab['dob']} {A('DATE_OF_BIRTH', child['dob'])}\n"
                   f"Parent: {A('person', parent['full'])}  {A('PHONE_NUMBER', parent['phone'])}  {A('EMAIL_ADDRESS', parent['email'])}\n"
                   f"{lab['med']}: {r.choice(['epilepsy – needs 1:1 spotter', 'grommets, ear plugs', 'none', 'autism – prefers lane 1, no whistles'])}" + (f"\nPaid: {card}" if card else ""))
            return "swim school admin", "You help a swim school's bookings desk.", doc, r.choice(["which class should this go into and what do I tell the teacher?", ask_local])
        if variant == 1:
            rows = []
            for _ in range(r.randint(3, 5)):
                c = W.person(code, 2015, 2021)
                rows.append(f"- {A('person', c['full'])} ({A('DATE_OF_BIRTH', c['dob'])}) – {r.choice(['10m front crawl ok', 'still needs float', 'ready to move up', 'scared of deep end'])}")
            return "swim teacher", None, "Register, " + r.choice(["Stage 2", "Stage 3", "Ducklings"]) + "\n" + "\n".join(rows), "write the end-of-term report notes for parents"
        doc = (f"Dear swim school, my son {A('person', child['first'])} was left waiting at reception 40 min after his lesson on Saturday. "
               f"Please call me on {A('PHONE_NUMBER', parent['phone'])}. {A('person', parent['full'])}, {A('STREET_ADDRESS', parent['addr'])}")
        return "swim school manager", "You help a swim school manager answer complaints.", doc, "draft a sincere reply"
    if kind == "pt_notes":
        if variant == 0:
            doc = (f"CLIENT INTAKE\n{lab['name']}: {A('person', p['full'])}\n{lab['dob']}: {A('DATE_OF_BIRTH', p['dob'])}\n{lab['phone']}: {A('PHONE_NUMBER', p['phone'])}\n"
                   + "".join(x + "\n" for x in id_line(rec, p, skip=("US_BANK_NUMBER",))) + f"PAR-Q: {r.choice(['yes to chest pain on exertion', 'on beta blockers', 'type 2 diabetic, metformin', 'pregnant 14 wks'])}\nGoal: {r.choice(['lose 10kg', 'first 10k', 'deadlift 100kg', 'back pain'])}\nWeight {r.randint(55, 120)}kg, RHR {r.randint(52, 90)}")
            return "personal trainer", "You help a self-employed personal trainer.", doc, r.choice(["is it safe to start training or do I need GP clearance?", "make a 4-week plan", ask_local])
        if variant == 1:
            doc = (f"notes {p['first']} – {A('person', p['full'])}\nwk3: squat 3x8 @ 50kg, knee fine, mood low (divorce), skipped thurs\nwk4: weighed in, -1.8kg, mentioned binge eating again\ntext reminder to {A('PHONE_NUMBER', p['phone'])}")
            return "personal trainer", None, doc, "summarise progress and suggest how to raise the eating thing sensitively"
        if pay is None:
            pay = ("CREDIT_CARD", luhn_card(r), "Card on file")
        doc = (f"INVOICE {r.randint(100, 999)}\nTo: {A('person', p['full'])}, {A('STREET_ADDRESS', p['addr'])}\n10 x PT sessions\n{pay[2]}: {A(pay[0], pay[1])}\nEmail: {A('EMAIL_ADDRESS', p['email'])}")
        return "personal trainer", "You help a personal trainer with admin.", doc, "check the invoice and write the cover email"
    # results_press
    if variant == 0:
        doc = (f"interview notes – parkrun hero story\n{A('person', p['full'])}, {r.randint(60, 84)}, ran {r.randint(100, 500)}th parkrun after {r.choice(['stroke', 'cancer treatment', 'losing 40kg'])}. "
               f"lives {A('STREET_ADDRESS', p['addr'])}. photo follow-up: {A('PHONE_NUMBER', p['phone'])}")
        return "local reporter", "You help a local newspaper sports desk.", doc, "write a 150-word feel-good piece (don't print the address obviously)"
    if variant == 1:
        doc = (f"Hi results team, my age category is wrong on the results (shows V50, I'm V45). I was born {A('DATE_OF_BIRTH', p['dob'])}. Bib {r.randint(100, 3000)}. "
               f"— {A('person', p['full'])} <{A('EMAIL_ADDRESS', p['email'])}>")
        return "results secretary", None, doc, "draft reply confirming the correction"
    rows = ["pos,name,dob,club,time"]
    for i in range(r.randint(3, 5)):
        c = W.person(code, 2012, 2016)
        rows.append(f"{i + 1},{A('person', c['full'])},{A('DATE_OF_BIRTH', c['dob'])},{W.club()[0]},{r.randint(9, 14)}:{r.randint(10, 59)}")
    return "club press officer", "You help a club press officer.", "\n".join(rows), "write the U13 cross-country report for the website"


def incidental_doc(W, kind, code, rec):
    r = W.rng
    A = rec.add
    which = r.randint(0, 2)
    if which == 0:
        f = W.first[code].pick(r)
        rel = r.choice(["my daughter", "my son", "my wife", "my husband", "my dad"])
        txt = {"swim_lessons": f"{rel} {A('person', f)} is in Stage 3 Wed, can she move to the Saturday class? what's the difference between stage 3 and 4 anyway",
               "race_entry": f"{rel} {A('person', f)} wants to do the sprint tri with me, is there a relay option for mixed ability?"}.get(
            kind, f"{rel} {A('person', f)} wants to join, what's the usual way to ask about {kind.replace('_', ' ')} stuff at a club like ours?")
        return "member", None, txt, "answer briefly"
    if which == 1:
        ph = A("PHONE_NUMBER", mk_phone(r, LOC[code]["region"]))
        fx = "\n".join(f"{r.choice(['Sat', 'Sun'])} {r.randint(1, 28)}/0{r.randint(1, 9)} {r.choice(['U9', 'U11', 'U13', '1st XI', 'Vets'])} v {W.club()[0]} {r.choice(['H', 'A'])} KO {r.randint(9, 15)}:{r.choice(['00', '30'])}" for _ in range(r.randint(8, 14)))
        return "fixture sec", None, f"{fx}\n\nIf pitch is waterlogged ring me {ph} before 8am.", "turn this into a tidy fixture list for the newsletter"
    y = r.randint(2012, 2019)
    dob = A("DATE_OF_BIRTH", W.fmt_date(code, (y, r.randint(1, 12), r.randint(1, 28))))
    return "parent", None, f"born {dob} – which age group would that be for the 2026/27 season? {r.choice(LOC[code]['ask'])}", "short answer pls"


def benign_doc(W, kind, code, variant):
    r = W.rng
    club, dom, stem = W.club()
    lab = LOC[code]["lab"]
    sw = mk_phone(r, LOC[code]["region"], "fixed")
    role = r.choice(["membership", "info", "bookings", "welfare", "secretary", "entries", "results", "press"])
    if variant == 0:  # org contact data
        txt = {"gym_membership": f"{club} Leisure – reception {sw}, {role}@{dom}. Opening: Mon–Fri 06:00–22:00, Sat–Sun 08:00–20:00. Membership enquiries: membership@{dom}.",
               "safeguarding": f"Club welfare officer role mailbox: welfare@{dom}. If a child is in immediate danger call 999 / 112. NSPCC-style helpline numbers are on the noticeboard. Club reception {sw}.",
               "race_entry": f"Race HQ: {club} Events, entries@{dom}, race-day hotline {sw} (06:00–14:00). Emergency on course: dial 112 and give your bib number."}.get(
            kind, f"{club} – registered office: Clubhouse, {W.club_stem.pick(r)} Recreation Ground. Secretary: {role}@{dom}. Tel {sw}.")
        return "club admin", txt, r.choice(["rewrite this for the website footer", "translate to " + r.choice(["French", "German", "Polish", "Spanish"]), "make it shorter"])
    if variant == 1:  # blank form
        flds = [lab["name"], lab["dob"], lab["phone"], lab["email"], lab["addr"], lab["ec"], lab["med"], lab["sig"]]
        txt = "\n".join(f"{f}: ______________" for f in flds)
        txt = f"{kind.replace('_', ' ').upper()} FORM (template v{r.randint(2, 9)}.{r.randint(0, 9)})\n{txt}\nMembership no. format: {r.choice(['AB-0000-00', 'M-######', 'CLUB/YYYY/NNNN'])}\nExample: {r.choice(['[FIRST NAME] [SURNAME]', 'Jane Doe', 'Max Mustermann'])}, [DD/MM/YYYY]"
        return "club admin", txt, r.choice(["what fields are we missing for GDPR?", "make this a Google Form", r.choice(LOC[code]["ask"])])
    if variant == 2:  # aggregated / anonymised
        if kind in ("injury_log", "safeguarding", "pt_notes"):
            lines = [f"{r.choice(['Player', 'Child', 'Client'])} {chr(65 + i)} (age band {r.choice(['U12', 'U15', '30-39', '40-49', 'U18'])}): {r.choice(['hamstring strain', 'concussion, RTP protocol', 'late collection x2', 'knee pain', 'no further action'])}" for i in range(r.randint(4, 7))]
            txt = "Anonymised season log (names removed)\n" + "\n".join(lines)
        else:
            txt = (f"Season stats {club}: members {r.randint(120, 2400)} (+{r.randint(1, 19)}%), juniors {r.randint(20, 60)}%, avg attendance {r.randint(8, 40)}/session, "
                   f"female participation {r.randint(25, 60)}%, finishers {r.randint(300, 9000)}, median time {r.randint(1, 4)}:{r.randint(10, 59)}:{r.randint(10, 59)}, DNF {r.randint(1, 9)}%.")
        return "club committee", txt, r.choice(["draft the AGM paragraph from this", "what trends should we highlight?"])
    if variant == 3:  # public athletes in public role
        pros = [W.name(code)[1] for _ in range(3)]
        txt = {"results_press": f"Elite results (official, published): 1. {pros[0]} (Olympic champion) 2:0{r.randint(5, 9)}:{r.randint(10, 59)}  2. {pros[1]} (world No. {r.randint(2, 9)}) 3. {pros[2]} (national record holder)",
               "league_admin": f"Match report: {W.club()[0]} 2–1 {W.club()[0]}. International striker {pros[0]} scored twice; the club captain {pros[1]} spoke to the press after the final whistle.",
               "pt_notes": f"Programme inspired by the published training of pro triathlete {pros[0]} (see her book, ch. 4): 3 swims, 3 bikes, 4 runs per week."}.get(
            kind, f"Guest of honour at the {club} awards night: Paralympic gold medallist {pros[0]}; the trophies are presented by the pro cyclist {pros[1]} in her role as club patron.")
        return "press officer", txt, r.choice(["write a tweet", "make a press release", "summarise for the newsletter"])
    if variant == 4:  # identifier-looking references / test data
        txt = r.choice([
            f"Bib numbers 1001–4500 = marathon, 5001–7200 = half; chip IDs like {r.choice('ABCDEFGH')}{r.randint(100000, 999999)}; booking ref YZ-{r.randint(10000000, 99999999)}.",
            f"Payment sandbox: test card 4242 4242 4242 4242, exp 12/34, CVC 123; 4000 0000 0000 0002 = decline. Webhook from 192.0.2.{r.randint(1, 254)} / 2001:db8::{r.randint(1, 99)}, user test@example.com.",
            f"Membership numbers are {r.choice(['LC', 'MB'])}-NNNN-CC where CC = mod-97 of NNNN; e.g. {r.choice(['LC', 'MB'])}-{r.randint(1000, 9999)}-{r.randint(10, 96)} (demo). Locker codes {r.randint(1000, 9999)}.",
            f"Governing-body affiliation no. {r.randint(10000000, 99999999)}, club VAT {r.choice(['GB', 'DE', 'NL'])} registration on letterhead, fixture ID {r.randint(2026000, 2026999)}, match sheet #{r.randint(1000, 9999)}."])
        return "club IT volunteer", txt, r.choice(["explain what these numbers mean for new volunteers", "write validation regexes for these", "are any of these personal data?"])
    if variant == 5:  # rulebook / policy / fixtures
        txt = {"league_admin": "\n".join(f"{r.choice(['Sat', 'Sun'])} {r.randint(1, 28)}/{r.randint(1, 12)} {W.club()[0]} v {W.club()[0]} – KO {r.randint(10, 15)}:00, {W.club_stem.pick(r)} Park pitch {r.randint(1, 6)}" for _ in range(r.randint(6, 10))),
               "swim_lessons": "Stage 1: entry, water confidence. Stage 2: 5m unaided. Stage 3: 10m front & back. Stage 4: 10m 3 strokes, push & glide. Stage 5: 25m. Ratio 1:8 (stage 1 1:6). Lessons 30 min, term 10 weeks £" + str(r.randint(60, 110)),
               "safeguarding": "Policy 4.2: No coach may transport a junior alone without written consent. 4.3: One-to-one coaching in view of others. 4.4: Concerns go to the club welfare officer within 24h; if a child is at immediate risk call the police."}.get(
            kind, f"Rule {r.randint(1, 20)}.{r.randint(1, 9)}: Competitors must wear the race number on the front, unfolded. Headphones are not permitted. Age category is determined by age on race day. Cut-off {r.randint(5, 7)}h.")
        return "club volunteer", txt, r.choice(["summarise for new members", "turn into FAQ", r.choice(LOC[code]["ask"])])
    # variant 6: eponyms / fiction / placeholders in the world
    txt = r.choice([
        f"The {W.club_stem.pick(r)} Cup (named after the club's 1890s founder) will be played at the {W.club_stem.pick(r)} Memorial Ground; the {W.brand.pick(r)} Trophy is sponsored.",
        f"Mock safeguarding scenario for training: 'Child X' (fictional) tells coach 'Sam' (role-play) something worrying. Trainees discuss what to do next.",
        f"Sample PT notes for the course handbook: Client: [NAME], Age: [AGE], Goal: [GOAL]. Example: 'Client is a 40-something office worker training for a first 10k.'",
        f"{W.brand.pick(r)} GmbH – Fitnessgeräte, Sitz {W.town[code].pick(r)}, service@{re.sub('[^a-z]', '', W.brand.pick(r).lower())}.example.com, Hotline {sw}."])
    return "coach educator", txt, r.choice(["tidy this up", "make a one-pager", "translate into English"])


# ----------------------------------------------------------------------------------------------- placement
PLACES = ["user", "system", "assistant", "tool", "parts_text", "file", "tool_args", "tools_schema", "response_format", "user_field", "image_url"]


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def place(r, where, system, doc, ask, writer, sens_items):
    msgs = []
    if system and where != "system":
        msgs.append({"role": "system", "content": system})
    body = {"model": r.choice(["hybridgate/auto", "hybridgate/auto", "gpt-4o-mini", "gpt-4.1"])}
    if where == "user":
        msgs.append({"role": "user", "content": f"{ask}\n\n{doc}" if r.random() < 0.5 else f"{doc}\n\n{ask}"})
    elif where == "system":
        msgs.append({"role": "system", "content": f"You assist a {writer}. Working document:\n{doc}"})
        msgs.append({"role": "user", "content": ask})
    elif where == "assistant":
        msgs += [{"role": "user", "content": "i'll paste it first"}, {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": ask}]
    elif where == "tool":
        cid = f"call_{r.randint(10 ** 8, 10 ** 9)}"
        msgs += [{"role": "user", "content": "pull up the record"},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "club_db_lookup", "arguments": json.dumps({"query": "latest"})}}]},
                 {"role": "tool", "tool_call_id": cid, "content": doc}, {"role": "user", "content": ask}]
    elif where == "parts_text":
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]})
    elif where == "file":
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {"filename": r.choice(["export.csv", "form.txt", "notes.txt", "entry.json"]), "file_data": "data:text/plain;base64," + b64(doc)}}]})
    elif where == "tool_args":
        cid = f"call_{r.randint(10 ** 8, 10 ** 9)}"
        msgs += [{"role": "user", "content": ask},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "save_record", "arguments": json.dumps({"text": doc}, ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": cid, "content": "{\"status\": \"saved\"}"}, {"role": "user", "content": "ok now do what I asked"}]
    elif where == "tools_schema":
        msgs.append({"role": "user", "content": ask})
        body["tools"] = [{"type": "function", "function": {"name": "file_record", "description": f"Files the record below into the club system.\n{doc}",
                                                          "parameters": {"type": "object", "properties": {"confirm": {"type": "boolean"}}}}}]
    elif where == "response_format":
        msgs.append({"role": "user", "content": ask})
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "club_output", "schema": {"type": "object", "description": f"Output for this source document:\n{doc}",
                                                                                                        "properties": {"summary": {"type": "string"}}}}}
    elif where == "user_field":
        msgs.append({"role": "user", "content": f"{doc}\n\n{ask}"})
        emails = [v for t, v in sens_items if t == "EMAIL_ADDRESS"]
        body["user"] = emails[0] if emails else f"desk-{r.randint(100, 999)}"
    elif where == "image_url":
        q = urllib.parse.quote(doc[:300], safe="")
        msgs.append({"role": "user", "content": [{"type": "text", "text": f"{ask}\n\n{doc}"}, {"type": "image_url", "image_url": {"url": f"https://uploads.clubhub.example/scan.png?caption={q}"}}]})
    body["messages"] = msgs
    return body


def to_completions(body, doc, ask, system):
    pre = (system + "\n\n") if system else ""
    return {"model": body["model"], "prompt": f"{pre}{doc}\n\n{ask}\n\nAnswer:", "max_tokens": 400}


def search_text(body):
    s = json.dumps(body, ensure_ascii=False)
    extra = []
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        extra.append(base64.b64decode(m.group(1)).decode("utf-8"))
    # tool-call arguments are JSON strings inside JSON: decode them too
    for msg in body.get("messages", []):
        for tc in msg.get("tool_calls") or []:
            try:
                extra.append(json.dumps(json.loads(tc["function"]["arguments"]), ensure_ascii=False))
                extra.append(str(json.loads(tc["function"]["arguments"])))
            except Exception:
                pass
    def deep(o):
        if isinstance(o, dict):
            for v in o.values():
                yield from deep(v)
        elif isinstance(o, list):
            for v in o:
                yield from deep(v)
        elif isinstance(o, str):
            yield o
    extra += list(deep(body))
    full = s + "\n" + "\n".join(extra)
    return full + "\n" + urllib.parse.unquote(full)


def build_pii(seed):
    W = World(random.Random(seed))
    r = W.rng
    out = []
    n_inc = 0
    idx = 0
    loc_i = 0
    for ki, kind in enumerate(KINDS):
        plan = [("s", v) for v in range(32)] + [("b", v) for v in range(24)]
        r.shuffle(plan)
        for si, (sb, v) in enumerate(plan):
            idx += 1
            code = LOCALES[(loc_i * 7 + ki) % len(LOCALES)]
            loc_i += 1
            rec = Rec()
            if sb == "s":
                if v < 4:
                    writer, system, doc, ask = incidental_doc(W, kind, code, rec)
                    style_tag = "incidental"
                    n_inc += 1
                else:
                    writer, system, doc, ask = sens_doc(W, kind, code, v % (4 if kind in ("gym_membership", "race_entry") else 3), rec)
                    style_tag = "record"
            else:
                writer, doc, ask = benign_doc(W, kind, code, v % 7)
                system = r.choice([None, f"You help volunteers at a {r.choice(SPORTS)} club."])
                style_tag = "hard_negative"
            where = PLACES[(idx * 5 + ki) % len(PLACES)]
            body = place(r, where, system, doc, ask, writer, rec.items)
            endpoint = "chat"
            if idx % 10 == 3:
                body = to_completions(body, doc, ask, system)
                endpoint, where = "completions", "prompt"
            st = search_text(body)
            ents, seen = [], set()
            for t, val in rec.items:
                if val in st and (t, val) not in seen:
                    seen.add((t, val))
                    ents.append({"type": t, "value": val})
            if sb == "s" and not ents:
                fail(f"sensitive record without entities {kind} {where}")
            sensitive = bool(ents)
            assert sensitive == (sb == "s"), (kind, where, sb)
            out.append({"id": f"yazoo-pii-{idx:04d}", "category": kind if sensitive else f"{kind}_benign", "sensitive": sensitive,
                        "entities": ents, "endpoint": endpoint, "lang": code, "style": f"{writer} · {where} · {style_tag}", "body": body})
    return out, n_inc


# ----------------------------------------------------------------------------------------------- complexity
def cx_records(seed):
    r = random.Random(seed + 1)
    W = World(random.Random(seed + 2))
    recs = []

    SS = {  # short simple
        "en": ["what time does the pool usually open on a sunday?", "how many laps of a 25m pool is 1km?", "what does DNF mean in race results?", "translate 'changing rooms' into French",
               "is a half marathon 21.1 km?", "what's RICE in first aid?", "give me 3 warm-up drills for U9 football", "what colour is a yellow card for in rugby?", "how long is a netball quarter?",
               "spell 'triathlon' backwards", "convert 5 miles to km", "what does PB stand for?"],
        "de": ["Wie viele Bahnen sind 1000 m im 25-m-Becken?", "Was heißt 'Vereinsbeitrag' auf Englisch?", "Wie lang ist ein Handballspiel?"],
        "fr": ["Combien de longueurs pour 1 km en bassin de 25 m ?", "Que veut dire 'licence FFA' ?", "Traduire 'vestiaire' en anglais."],
        "es": ["¿Cuántos km tiene una maratón?", "¿Qué significa 'dorsal' en inglés?"],
        "pl": ["Ile to jest 10 km w milach?", "Co znaczy 'składka członkowska' po angielsku?"],
        "ja": ["フルマラソンは何キロですか？", "「更衣室」を英語で言うと？"],
        "pt": ["Quantos minutos tem um jogo de futsal?", "Como se diz 'inscrição' em inglês?"],
        "it": ["Quanti metri è una vasca olimpionica?", "Come si dice 'tesseramento' in inglese?"],
    }
    SH = {  # short hard
        "en": ["Design a round-robin fixture schedule for 9 netball teams on 2 courts over 5 Saturdays such that no team plays back-to-back slots and byes are balanced; prove it's optimal or explain the bound.",
               "A runner has 5k 19:40 and 10k 41:30; derive Riegel's exponent from these, predict the marathon, and explain why the prediction is biased for low-mileage athletes.",
               "Write a Python function that computes league standings with head-to-head tiebreaks among 3+ tied teams (mini-league), handling circular ties; include tests.",
               "Explain the acute:chronic workload ratio critique (mathematical coupling) and propose an uncoupled EWMA alternative with formulas.",
               "For an Elo rating for club tennis with margin-of-victory, derive a K-factor that avoids autocorrelation inflation; show the math.",
               "Model swim-lesson pool-lane allocation as an integer program: 6 lanes, 4 stages with ratio limits, teachers with qualifications; give the formulation.",
               "GDPR: can a sports club rely on legitimate interest to publish junior results with full names? Weigh Art. 6(1)(f) and 8, and the child's rights.",
               "Prove that a single-elimination bracket with byes for 37 players needs exactly 36 matches and find the seeding that keeps top-4 apart until semis.",
               "Design a periodised 16-week plan for a sub-3 marathon for a runner with Achilles tendinopathy history; justify load progression with evidence.",
               "Compute the probability that in a 12-team league with random results at least two teams finish level on points after 22 rounds (3-1-0); outline a simulation and an analytic approximation.",
               "Derive the critical power model from two time trials (3 min @ 380 W, 12 min @ 310 W), compute W', and explain its limits for sportive pacing."],
        "de": ["Entwirf einen Spielplan für 11 Mannschaften mit Heim/Auswärts-Balance und beweise, dass Breaks minimal sind.", "Leite aus zwei Zeitfahren die Critical Power her und erkläre, warum W' nicht konstant ist."],
        "fr": ["Propose un algorithme d'attribution des couloirs de natation sous contraintes (niveaux, maîtres-nageurs, ratio) et analyse sa complexité.", "Démontre pourquoi le départage par confrontation directe peut être cyclique et propose une règle cohérente."],
        "es": ["Diseña un modelo de programación entera para asignar árbitros a partidos con incompatibilidades y distancias mínimas; justifica la formulación."],
        "pl": ["Zaprojektuj system rankingowy dla amatorskiej ligi squasha odporny na manipulację (sandbagging) i uzasadnij matematycznie."],
        "ja": ["9チームの総当たり戦で連戦を避ける日程を作り、最適性を証明してください。", "ACWRの数学的カップリング問題を説明し、代替指標を式で示して。"],
        "pt": ["Modele a alocação de raias numa escola de natação como programação inteira e discuta a complexidade."],
        "it": ["Dimostra che il sistema a punti 3-1-0 può cambiare la classifica rispetto al 2-1-0 e costruisci un controesempio minimo."],
    }

    def long_easy(lang):
        kind = r.randint(0, 3)
        if kind == 0:
            rows = "\n".join(f"{r.choice(['Sat', 'Sun'])} {r.randint(1, 28)}/{r.randint(1, 12)} | {W.club()[0]} v {W.club()[0]} | KO {r.randint(9, 15)}:{r.choice(['00', '30'])} | pitch {r.randint(1, 8)}" for _ in range(40))
            ask = {"en": "sort these fixtures by date and remove duplicates", "de": "bitte nach Datum sortieren", "fr": "trie par date stp", "es": "ordénalos por fecha",
                   "pl": "posortuj po dacie", "ja": "日付順に並べて", "pt": "ordena por data", "it": "ordina per data"}[lang]
        elif kind == 1:
            rows = "\n".join(f"Class {i + 1}: {r.choice(['Spin', 'Body Pump', 'Aqua', 'Yoga', 'HIIT', 'Pilates', 'Zumba'])} – {r.choice(['Studio 1', 'Studio 2', 'Pool', 'Hall'])} – {r.randint(6, 21)}:{r.choice(['00', '15', '30', '45'])} – {r.randint(30, 60)} min – capacity {r.randint(10, 30)}" for i in range(45))
            ask = {"en": "put this timetable into a markdown table", "de": "als Markdown-Tabelle bitte", "fr": "mets ça en tableau markdown", "es": "pásalo a tabla markdown",
                   "pl": "zrób tabelę markdown", "ja": "マークダウンの表にして", "pt": "transforma em tabela markdown", "it": "trasformalo in tabella markdown"}[lang]
        elif kind == 2:
            rows = "\n\n".join(f"{i + 1}. {t}" for i, t in enumerate(r.sample([
                "Members must swipe in at reception on every visit. Guest passes are available at the front desk.",
                "Towels can be hired for a small fee. Lockers are coin operated and must be emptied daily.",
                "Children under 8 must be accompanied in the water by an adult at all times.",
                "Please wipe down equipment after use. Spray and paper towels are provided at every station.",
                "Outdoor shoes are not allowed in the studios or on the gym floor.",
                "Classes can be booked up to 7 days in advance via the app; late cancellations count as attended.",
                "The sauna is for over-16s only. Please shower before entering the pool.",
                "Car park barrier closes 30 minutes after the centre shuts.",
                "Lost property is kept for 14 days at reception.",
                "Membership can be frozen for up to 3 months with notice.",
                "Lifeguards' instructions must be followed at all times.",
                "Photography is not permitted in changing areas or the pool hall.",
                "Drinks in plastic bottles only on the gym floor.",
                "The climbing wall requires a completed induction.",
                "Direct debits are collected on the 1st of each month."], 15) * 2))
            ask = {"en": "summarise the house rules in 3 bullets", "de": "fass die Hausordnung in 3 Punkten zusammen", "fr": "résume en 3 points", "es": "resume en 3 puntos",
                   "pl": "streść w 3 punktach", "ja": "3行で要約して", "pt": "resume em 3 tópicos", "it": "riassumi in 3 punti"}[lang]
        else:
            rows = "\n".join(f"bib {r.randint(100, 4999)}, {r.choice(['M', 'F'])}{r.choice(['SEN', 'V40', 'V50', 'V60'])}, {r.randint(0, 2)}:{r.randint(10, 59)}:{r.randint(10, 59)}" for _ in range(70))
            ask = {"en": "count how many finishers per category", "de": "zähl die Finisher pro Kategorie", "fr": "compte les arrivants par catégorie", "es": "cuenta finishers por categoría",
                   "pl": "policz finisherów w kategoriach", "ja": "カテゴリ別の完走者数を数えて", "pt": "conta concluintes por categoria", "it": "conta gli arrivati per categoria"}[lang]
        text = f"{ask}\n\n{rows}"
        while len(text) < 1500:
            text += "\n" + rows[: 400]
        return text

    def long_hard(lang):
        kind = r.randint(0, 3)
        if kind == 0:
            teams = [W.club(r.choice(["FC", "RFC", "Hockey Club"]))[0] for _ in range(6)]
            res = "\n".join(f"{a} {r.randint(0, 4)}-{r.randint(0, 4)} {b}" for a in teams for b in teams if a != b and r.random() < 0.7)
            rules = "Tiebreak order: points (3/1/0); head-to-head points among tied teams; head-to-head goal difference; overall GD; goals scored; play-off. A team fielding an ineligible player forfeits 3-0 in that match. Teams with >2 walkovers are expelled and all their results void."
            ask = {"en": f"Apply these rules exactly. {teams[2]} fielded an ineligible player in both matches vs {teams[0]}; {teams[4]} had 3 walkovers. Compute the final table step by step and justify each tiebreak.",
                   "de": f"Wende die Regeln exakt an. {teams[2]} setzte in beiden Spielen gegen {teams[0]} einen nicht spielberechtigten Spieler ein; {teams[4]} hatte 3 kampflose Niederlagen. Berechne die Tabelle Schritt für Schritt.",
                   "fr": f"Applique strictement ces règles. {teams[2]} a aligné un joueur non qualifié contre {teams[0]} (deux fois) ; {teams[4]} a 3 forfaits. Calcule le classement final en justifiant chaque départage.",
                   "es": f"Aplica las reglas. {teams[2]} alineó a un jugador indebido contra {teams[0]} dos veces; {teams[4]} tuvo 3 incomparecencias. Calcula la clasificación final justificando cada desempate.",
                   "pl": f"Zastosuj regulamin. {teams[2]} wystawił nieuprawnionego zawodnika w obu meczach z {teams[0]}; {teams[4]} miał 3 walkowery. Policz tabelę krok po kroku.",
                   "ja": f"規則を厳密に適用して。{teams[2]}は{teams[0]}戦2試合で無資格選手を出場させ、{teams[4]}は不戦敗3回。最終順位を段階的に計算し、各タイブレークを説明して。",
                   "pt": f"Aplica as regras. {teams[2]} escalou jogador irregular contra {teams[0]} nos dois jogos; {teams[4]} teve 3 W.O. Calcula a classificação final passo a passo.",
                   "it": f"Applica il regolamento. {teams[2]} ha schierato un giocatore non tesserato contro {teams[0]} due volte; {teams[4]} ha 3 rinunce. Calcola la classifica finale passo per passo."}[lang]
            return f"{rules}\n\nResults:\n{res}\n\n{ask}"
        if kind == 1:
            log = "\n".join(f"day {i + 1}: {r.choice(['easy', 'tempo', 'intervals', 'long', 'rest', 'strength'])} {r.randint(0, 25)} km, RPE {r.randint(1, 9)}, sleep {r.randint(5, 9)}h, soreness {r.randint(0, 6)}/10" for i in range(42))
            ask = {"en": "Compute weekly load (km x RPE), the EWMA acute:chronic ratio, identify spikes, and rewrite the next 4 weeks to reduce injury risk while keeping the race goal; justify each change.",
                   "de": "Berechne die Wochenlast (km x RPE), die EWMA-ACWR, finde Spitzen und plane die nächsten 4 Wochen neu mit Begründung.",
                   "fr": "Calcule la charge hebdo (km x RPE), le ratio aigu:chronique EWMA, repère les pics et réécris les 4 prochaines semaines en justifiant.",
                   "es": "Calcula la carga semanal (km x RPE), el ratio agudo:crónico EWMA, detecta picos y replanifica 4 semanas justificándolo.",
                   "pl": "Policz obciążenie tygodniowe (km x RPE), EWMA ACWR, wskaż skoki i przeplanuj 4 tygodnie z uzasadnieniem.",
                   "ja": "週ごとの負荷（km×RPE）とEWMAのACWRを計算し、急増を特定して、今後4週間の計画を根拠付きで作り直して。",
                   "pt": "Calcula a carga semanal (km x PSE), a razão aguda:crónica EWMA, identifica picos e replaneia 4 semanas com justificação.",
                   "it": "Calcola il carico settimanale (km x RPE), l'ACWR EWMA, individua i picchi e riprogramma 4 settimane motivando."}[lang]
            return f"{ask}\n\n{log}"
        if kind == 2:
            pol = "\n".join(f"{i + 1}. {t}" for i, t in enumerate([
                "Coaches may give lifts to juniors in emergencies without consent.", "No coach may ever be alone with a junior.", "Photos of juniors may be posted with verbal consent.",
                "Written parental consent is required for any image of a child.", "Concerns must be reported to the welfare officer within 24 hours.", "Coaches must report concerns directly to the police.",
                "The welfare officer decides whether to refer.", "Social media contact with juniors is allowed via club accounts.", "Coaches must not message juniors privately.",
                "Juniors over 16 may act as assistant coaches supervised.", "Volunteers need a DBS check only if coaching more than 3 times a month."] * 2))
            ask = {"en": "Find every contradiction and gap in this club safeguarding policy against standard governing-body requirements, rank them by risk, and redraft the policy consistently.",
                   "de": "Finde alle Widersprüche und Lücken dieser Kinderschutzrichtlinie, priorisiere nach Risiko und formuliere sie konsistent neu.",
                   "fr": "Trouve toutes les contradictions et lacunes de cette politique de protection de l'enfance, classe-les par risque et réécris-la de façon cohérente.",
                   "es": "Encuentra contradicciones y lagunas en esta política de protección infantil, ordénalas por riesgo y redáctala de forma coherente.",
                   "pl": "Znajdź sprzeczności i luki w tej polityce ochrony dzieci, uszereguj wg ryzyka i przeredaguj spójnie.",
                   "ja": "このクラブのセーフガーディング方針の矛盾と欠落をすべて挙げ、リスク順に並べ、一貫した方針に書き直して。",
                   "pt": "Encontra contradições e lacunas nesta política de salvaguarda, ordena por risco e reescreve de forma coerente.",
                   "it": "Trova contraddizioni e lacune in questa policy di tutela dei minori, ordinale per rischio e riscrivila in modo coerente."}[lang]
            return f"{pol}\n\n{ask}"
        pools = "\n".join(f"Lane {l}: {r.choice(['Stage 1', 'Stage 2', 'Stage 3', 'Stage 5', 'Adult improvers', 'Club squad'])}, {r.randint(4, 12)} swimmers, teacher {r.choice(['L1', 'L2', 'L2+lifeguard'])}, slot {r.randint(16, 19)}:{r.choice(['00', '30'])}" for l in range(1, 41))
        ask = {"en": "Constraints: stage 1 ratio 1:6, others 1:8 (1:12 squad), L1 teachers may only take stages 1-2 with an L2 on poolside, max 2 groups per lane. Find all violations, then produce a feasible reallocation minimising moved swimmers and prove it's minimal.",
               "de": "Nebenbedingungen: Stufe 1 1:6, sonst 1:8, L1 nur Stufen 1-2 mit L2 am Beckenrand, max. 2 Gruppen/Bahn. Finde alle Verstöße und eine minimale Umverteilung mit Beweis.",
               "fr": "Contraintes : niveau 1 ratio 1:6, autres 1:8, L1 seulement niveaux 1-2 avec un L2 au bord, 2 groupes max par couloir. Trouve les violations et une réaffectation minimale, prouve-la.",
               "es": "Restricciones: nivel 1 ratio 1:6, resto 1:8, L1 solo niveles 1-2 con un L2 presente, máx. 2 grupos por calle. Encuentra violaciones y una reasignación mínima con prueba.",
               "pl": "Ograniczenia: etap 1 1:6, pozostałe 1:8, L1 tylko etapy 1-2 z L2 przy basenie, max 2 grupy na tor. Znajdź naruszenia i minimalne przesunięcia z dowodem.",
               "ja": "制約：ステージ1は1:6、他は1:8、L1はL2同席でステージ1-2のみ、1レーン最大2グループ。違反をすべて挙げ、移動人数を最小化する再配置とその最小性の証明を示して。",
               "pt": "Restrições: estágio 1 1:6, outros 1:8, L1 só estágios 1-2 com L2 presente, máx 2 grupos por raia. Encontra violações e realocação mínima com prova.",
               "it": "Vincoli: livello 1 rapporto 1:6, altri 1:8, L1 solo livelli 1-2 con un L2 a bordo vasca, max 2 gruppi per corsia. Trova le violazioni e una riallocazione minima con prova."}[lang]
        return f"{pools}\n\n{ask}"

    langs = ["en", "en", "en", "de", "fr", "es", "pl", "ja", "pt", "it"]
    LTAG = {"en": "en", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "pl": "pl-PL", "ja": "ja-JP", "pt": "pt-BR", "it": "it-IT"}
    plan = [("short_simple", 48), ("long_easy", 48), ("short_hard", 48), ("long_hard", 46)]
    items = []
    for cat, n in plan:
        for i in range(n):
            lang = langs[i % len(langs)]
            if cat == "short_simple":
                pool = SS.get(lang) or SS["en"]
                text = pool[(i // len(langs)) % len(pool)] if lang != "en" else SS["en"][i % len(SS["en"])]
            elif cat == "short_hard":
                pool = SH.get(lang) or SH["en"]
                text = pool[(i // len(langs)) % len(pool)] if lang != "en" else SH["en"][i % len(SH["en"])]
                if i >= len(langs) * 2:
                    text = r.choice(["quick q: ", "", "coach here – ", "pls: "]) + text
            elif cat == "long_easy":
                text = long_easy(lang)
                assert len(text) >= 1500
            else:
                text = long_hard(lang)
            if cat == "short_simple" and i >= len(SS["en"]):
                text = r.choice(["hey ", "", "quick one: ", "sorry, "]) + text
            items.append((cat, lang, text))
    r.shuffle(items)
    for j, (cat, lang, text) in enumerate(items, 1):
        msgs = []
        if r.random() < 0.4:
            msgs.append({"role": "system", "content": r.choice(["You help sports club volunteers.", "You are a coaching assistant.", "You assist a leisure centre team."])})
        msgs.append({"role": "user", "content": text})
        label = 1 if cat in ("short_hard", "long_hard") else 0
        recs.append({"id": f"yazoo-cx-{j:04d}", "category": cat, "label": label, "length_adversarial": cat in ("short_hard", "long_easy"),
                     "endpoint": "chat", "lang": LTAG[lang], "style": f"sport_club/{cat}", "body": {"model": "hybridgate/auto", "messages": msgs}})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260714)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii, n_inc = build_pii(a.seed)
    cx = cx_records(a.seed)
    with open(out / "pii_yazoo.jsonl", "w", encoding="utf-8") as f:
        for x in pii:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(out / "complexity_yazoo.jsonl", "w", encoding="utf-8") as f:
        for x in cx:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    sens = sum(x["sensitive"] for x in pii)
    print(f"frozen words: {len(FROZEN)}; pool entries dropped by freeze: {dict(sorted(DROPPED.items()))}")
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, incidental {n_inc}, "
          f"locales {len(set(x['lang'] for x in pii))}, completions {sum(x['endpoint'] == 'completions' for x in pii)}")
    print("pii categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("placements:", dict(sorted(collections.Counter(x["style"].split(" · ")[1] for x in pii).items())))
    print(f"complexity: {len(cx)} records,", dict(sorted(collections.Counter(x["category"] for x in cx).items())),
          f"length_adversarial {sum(x['length_adversarial'] for x in cx)}, label1 {sum(x['label'] for x in cx)}, langs {len(set(x['lang'] for x in cx))}")


if __name__ == "__main__":
    main()
