#!/usr/bin/env python3
"""Erg: a blind evaluation split for the request signals, organised by EDUCATION AFTER SCHOOL AGE AND LEARNING.

Writes bench/data/signals/pii_erg.jsonl and bench/data/signals/complexity_erg.jsonl in the record schema of the
other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id, category, label,
length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (record schema,
    label conventions) and the first two lines of the two delta JSONL files; no detector, tests, evaluator,
    results, docs or policies. (A `git log --oneline | head -5` was run once while checking the worktree, so five
    commit subjects were seen by accident; nothing was taken from them.) Other generators were not read: at run
    time their sources are scanned automatically for capitalised and non-ASCII words (the FROZEN_AGAINST list of
    the brief, this split's own file excepted), and every pool of given names, surnames, streets, places,
    institutions, domains, eponyms and composers is filtered against that word set; the names themselves are
    composed from invented, locale-typical syllables, so they are new with every seed.

Organising principle and the line drawn
    Ten kinds of after-school education work, each a category with sensitive records and benign hard negatives
    of the same kind: admissions, student_records, extenuating_circumstances, academic_integrity, supervision,
    graduation, student_visa (language schools and study visas), tutoring_lessons (private tutoring, music
    lessons, adult evening classes), publishing_conferences (academic publishing, peer review, conference
    registration), library_mooc (libraries, online courses, proctoring). The voice is that of registry clerks,
    admissions tutors, supervisors, PhD students, tutors, parents, conference chairs, librarians and learners:
    pasted forms, CSV exports, emails, chat, mixed English and the locale's language, abbreviations and typos.
    Personal data (sensitive): any data about an identifiable private person -- applicants, students, learners,
    parents, tutors as private individuals, reviewers' home addresses, attendees' cards -- including incidental
    single items (a first name with a relation or role cue, one phone number in a long text, one birth date).
    Not personal data (benign): scholars and officials in their public role (bylines, citations, a vice-chancellor
    opening a ceremony, honorary graduates), eponyms (theorems, lemmas, composers' works), fictional and
    placeholder persons ("Student A", [NAME]), institutions' own contact data (role mailboxes, switchboards,
    registered offices), blank forms, documentation and test values, reference numbers that look like
    identifiers (application, CAS, case, DOI, ISBN, call numbers, module codes), aggregated or anonymised data.

Labels
    ``entities`` is a list of {"type", "value"} dicts for every value the record issued that is found in the
    serialised body (file parts base64-decoded, URLs unquoted); a value left out of the body is not labelled.
    ``sensitive`` is true iff ``entities`` is non-empty (asserted). Sensitive categories are ``<kind>``, benign
    ones ``<kind>_benign``. Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH,
    NATIONAL_ID (citizen / social-security numbers), TAX_ID (Steuer-ID, codice fiscale, CPF, INN, PAN, UTR, ITIN,
    Egyptian tax number), HEALTH_INSURANCE (NHS number), CREDIT_CARD, IBAN_CODE, IP_ADDRESS (public IP of a private
    learner), ssn (US only), US_BANK_NUMBER (routing + account), MEDICAL_RECORD (student health-centre record).
    Complexity: short_simple and long_easy label 0, short_hard and long_hard label 1; short_hard and long_easy
    are length-adversarial; long_easy bodies are >= 1,500 characters.

Contents (seed 20270311; the run prints these counts)
    pii_erg.jsonl: 500 requests (450 chat, 50 completions) in 20 locales (Latin, Cyrillic, Greek, Hebrew, Arabic,
    Devanagari, Han, Kana/Kanji, Hangul, Thai scripts; en-US and en-GB weigh 3x); 10 kinds x 50 (29 sensitive + 21
    benign each: 290 sensitive / 210 benign, 58%); 40 of the sensitive ones carry a single incidental item; the
    document sits by rotation in user / system / assistant / tool messages, text and file parts, image URLs,
    tool-call arguments, tool schemas, response_format, or alongside the ``user`` field.
    complexity_erg.jsonl: 190 chat requests in 18 languages: short_simple 46, long_easy 49, short_hard 50,
    long_hard 45; 99 length-adversarial, 95 labelled 1.

Validation
    Every identifier is validated with python-stdnum (SSN, ABA routing, ITIN, NHS, UTR, Steuer-ID, NIR, DNI,
    codice fiscale, BSN, PESEL, CPF, personnummer, T.C. Kimlik, INN, AMKA, Israeli ID, Aadhaar, PAN, RIC, RRN,
    My Number, Thai PIN, Egyptian TN, IBAN, Luhn for cards), phone numbers with ``phonenumbers`` (valid for their
    region), IPs with ``ipaddress`` (global, not documentation ranges), record numbers by pattern; the run aborts
    on an invalid value, and every retry loop is capped.

Command (deterministic for a seed; another --seed draws other records with the same distributions)
    python bench/make_erg_signal_sets.py [--seed 20270311] [--out bench/data/signals]
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
from stdnum import iban as std_iban, luhn, verhoeff
from stdnum.iso7064 import mod_11_10
from stdnum.us import ssn as us_ssn, rtn as us_rtn, itin as us_itin
from stdnum.gb import nhs as gb_nhs, utr as gb_utr
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.es import dni as es_dni
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.br import cpf as br_cpf
from stdnum.se import personnummer as se_pnr
from stdnum.tr import tckimlik as tr_tck
from stdnum.ru import inn as ru_inn
from stdnum.gr import amka as gr_amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.cn import ric as cn_ric
from stdnum.kr import rrn as kr_rrn
from stdnum.jp import in_ as jp_in
from stdnum.th import pin as th_pin
from stdnum.eg import tn as eg_tn

SPLIT = "erg"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 20270311

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:  # this split's own source is not frozen against itself
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
FREEZE_STATS = collections.Counter()
CURRENT_LOCALE = [""]


def is_frozen(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    if any(t in FROZEN for t in toks):
        return True
    non = [t for t in toks if any(ord(c) > 127 for c in t)]
    return any(f"{a} {b}" in FROZEN for a, b in zip(non, non[1:]))


def build_pool(rng, kind, maker, want, minimum=3, tries=600):
    pool, seen = [], set()
    for _ in range(tries):
        if len(pool) >= want:
            break
        cand = maker()
        if cand in seen:
            continue
        seen.add(cand)
        if is_frozen(cand):
            FREEZE_STATS[kind] += 1
            continue
        pool.append(cand)
    if len(pool) < minimum:
        sys.exit(f"pool {kind} too small after the freeze ({len(pool)}); {CURRENT_LOCALE[0]}")
    return pool


def filter_fixed(kind, entries):
    out = []
    for e in entries:
        if is_frozen(e):
            FREEZE_STATS[kind] += 1
        else:
            out.append(e)
    return out


def compose(rng, a, b, c=None):
    s = rng.choice(a) + rng.choice(b)
    if c:
        s += rng.choice(c)
    return s


def ascii_fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).replace("ł", "l").replace("ı", "i")


# --------------------------------------------------------------------------------------------- locales
# name/street/place parts are invented syllables; the composed entries are filtered by the freeze
LOCALES = {
    "en-US": dict(region="US", latin=True,
                  g=(["Bren", "Cal", "Dar", "Jas", "Kel", "Lor", "Nev", "Quin", "Tam", "Wyn", "Ad", "Fen"], ["ley", "den", "wyn", "elle", "ric", "na", "son", "ette", "a", "iah"]),
                  s=(["Ash", "Brack", "Dun", "Fair", "Hol", "Kend", "Marl", "Pen", "Rad", "Wex", "Stan", "Gar"], ["ford", "wick", "ridge", "more", "ham", "well", "by", "ett", "son", "ner"]),
                  c=(["Ash", "Bram", "Cold", "Elm", "Fal", "Gran", "Hart", "Lind", "Mill", "Red"], ["ville", "field", "port", "wood", "dale", "ton", "crest", "haven"]),
                  st=(["Birch", "Cedar", "Larch", "Alder", "Sumac", "Hazel", "Juniper", "Tamar", "Quarrel", "Wister"], ["", "wood", "brook", "ridge"]),
                  lab=dict(name="Name", dob="DOB", addr="Address", phone="Phone", email="Email", sid="Student ID", course="Program", note="Notes"),
                  asks=["can you draft a reply to this", "summarize this for the committee in 3 bullets", "pull this into JSON pls", "check this for errors before I send it", "rewrite this more professionally"]),
    "en-GB": dict(region="GB", latin=True,
                  g=(["Mor", "Ais", "Hol", "Rhi", "Cor", "Eff", "Gwen", "Iss", "Jos", "Tob"], ["wenna", "ling", "ly", "annon", "mac", "ie", "dolyn", "ah", "ias", "y"]),
                  s=(["Ather", "Blen", "Crom", "Dray", "Farn", "Harg", "Lock", "Pemb", "Sow", "Trel"], ["ton", "kinsop", "wood", "cott", "ley", "reaves", "hart", "erby", "erby", "awny"]),
                  c=(["Ather", "Bram", "Cheld", "Dunst", "Fairl", "Kings", "Low", "Whit"], ["ham", "bury", "cester", "mouth", "stow", "ingham", "thorpe", "wick"]),
                  st=(["Coppice", "Orchard", "Mallow", "Tansy", "Wren", "Pollard", "Yarrow", "Sorrel", "Furlong", "Chantry"], ["", "field", "hill"]),
                  lab=dict(name="Name", dob="Date of birth", addr="Term-time address", phone="Mobile", email="Email", sid="Student no.", course="Programme", note="Notes"),
                  asks=["can you draft a reply to this", "summarise this for the panel, bullet points pls", "turn this into JSON", "proofread before I send", "make this sound less blunt"]),
    "de-DE": dict(region="DE", latin=True,
                  g=(["Jor", "Hal", "Wen", "Ul", "Kat", "Len", "Ot", "Fri", "Gun", "Hei"], ["dis", "ke", "ja", "mar", "rik", "la", "win", "ne", "ta", "ko"]),
                  s=(["Kalt", "Brun", "Eck", "Hof", "Merz", "Rein", "Schall", "Wald", "Zim", "Ober"], ["bach", "mann", "ner", "hold", "ler", "inger", "feld", "meier", "ke", "horst"]),
                  c=(["Alt", "Brem", "Falk", "Hasel", "Kirch", "Linden", "Nieder", "Rott"], ["hausen", "dorf", "stadt", "heim", "au", "burg", "ingen", "felde"]),
                  st=(["Amsel", "Birken", "Holunder", "Kastanien", "Lerchen", "Mühlen", "Rosen", "Schlehen", "Ulmen", "Wachtel"], ["straße", "weg", "ring", "gasse"]),
                  lab=dict(name="Name", dob="Geburtsdatum", addr="Anschrift", phone="Tel.", email="E-Mail", sid="Matrikelnr.", course="Studiengang", note="Anmerkung"),
                  asks=["kannst du eine Antwort formulieren", "bitte kurz zusammenfassen für den Prüfungsausschuss", "bitte als JSON ausgeben", "bitte Korrektur lesen", "bitte ins Englische übersetzen"]),
    "fr-FR": dict(region="FR", latin=True,
                  g=(["Ma", "Cl", "Eli", "Gae", "Lou", "Se", "Au", "Ber", "Ju", "Ami"], ["lène", "aude", "sette", "tan", "is", "rine", "mond", "nelle", "thieu", "lie"]),
                  s=(["Bel", "Char", "Dela", "Four", "Lam", "Thi", "Vau", "Gre", "Pel", "Ques"], ["cour", "bert", "ville", "nier", "ault", "chet", "mont", "rand", "vier", "lon"]),
                  c=(["Bel", "Char", "Font", "Mont", "Roche", "Aub", "Ville", "Pré"], ["ignac", "ville", "enay", "lieu", "fort", "erre", "vaux", "mont"]),
                  st=(["des Tilleuls", "des Glycines", "du Four", "des Lavandières", "du Moulinet", "des Cordiers", "de la Source", "des Vergers"], [""]),
                  lab=dict(name="Nom", dob="Date de naissance", addr="Adresse", phone="Tél", email="Courriel", sid="N° étudiant", course="Formation", note="Remarques"),
                  asks=["tu peux rédiger une réponse", "résume pour la commission stp", "mets ça en JSON", "relis et corrige les fautes", "traduis en anglais"]),
    "es-ES": dict(region="ES", latin=True,
                  g=(["Al", "Bea", "Dul", "Es", "Ro", "Lu", "Ne", "Sal", "Ter", "Ig"], ["varo", "triz", "mela", "cinda", "teban", "ela", "sario", "cía", "rea", "ina"]),
                  s=(["Arri", "Bena", "Echa", "Gal", "Iba", "Lozo", "Ore", "Sando", "Villa", "Zamo"], ["zábal", "vides", "varría", "ndo", "rreta", "no", "ga", "llana", "val", "rra"]),
                  c=(["Alca", "Bena", "Castro", "Torre", "Villa", "Mora", "Peña", "Vega"], ["lejo", "mora", "nueva", "fría", "rrubia", "lta", "seca", "dorado"]),
                  st=(["de los Almendros", "del Olivar", "de la Alfarería", "del Tejar", "de las Eras", "del Pósito", "de la Noria", "del Cerezo"], [""]),
                  lab=dict(name="Nombre", dob="Fecha de nacimiento", addr="Domicilio", phone="Tel.", email="Correo", sid="N.º expediente", course="Titulación", note="Observaciones"),
                  asks=["¿me redactas una respuesta?", "resúmelo para la comisión", "pásalo a JSON", "revisa la ortografía porfa", "tradúcelo al inglés"]),
    "it-IT": dict(region="IT", latin=True,
                  g=(["Ales", "Bene", "Da", "Fede", "Gia", "Lo", "Ot", "Ric", "Se", "Vit"], ["ssio", "detta", "ria", "rica", "nna", "renzo", "tilde", "tavio", "cardo", "lia"]),
                  s=(["Bor", "Cala", "Della", "Fer", "Gual", "Lom", "Pisa", "Sca", "Tor", "Ziz"], ["ghetti", "brese", "ruffi", "raris", "tieri", "bardi", "chetti", "nello", "toni", "zoni"]),
                  c=(["Castel", "Monte", "Poggio", "Rocca", "Colle", "Borgo", "Serra", "Pieve"], ["franco", "rosso", "vecchio", "lungo", "fiorito", "verde", "chiaro", "secco"]),
                  st=(["dei Mulini", "delle Viole", "del Carmine", "dei Cipressi", "della Fornace", "dei Mille Orti", "del Pozzo", "delle Gualchiere"], [""]),
                  lab=dict(name="Nome", dob="Data di nascita", addr="Indirizzo", phone="Cell.", email="Email", sid="Matricola", course="Corso di laurea", note="Note"),
                  asks=["mi scrivi una risposta?", "riassumi per la commissione", "trasforma in JSON", "correggi gli errori", "traduci in inglese"]),
    "nl-NL": dict(region="NL", latin=True,
                  g=(["Jo", "Fem", "Wil", "Lie", "Sjo", "Ti", "Dor", "Hen", "Roe", "Mij"], ["ke", "ris", "lem", "ijn", "sbeth", "erd", "neke", "ien", "trude", "nte"]),
                  s=(["Berk", "Dijk", "Hoek", "Kamp", "Molen", "Wou", "Zand", "Brink", "Stee", "Vos"], ["hout", "stra", "ema", "man", "ers", "huis", "kes", "ink", "enga", "kuil"]),
                  c=(["Berk", "Hoog", "Oud", "Nieuw", "Zuid", "Klein", "Groot", "West"], ["erveen", "wolde", "kerk", "dorp", "wijk", "zande", "horst", "meer"]),
                  st=(["Pluimen", "Korenbloem", "Lijster", "Meidoorn", "Boekweit", "Hazelaar", "Vlier", "Zwaluw"], ["straat", "laan", "weg", "hof"]),
                  lab=dict(name="Naam", dob="Geboortedatum", addr="Adres", phone="Tel", email="E-mail", sid="Studentnr.", course="Opleiding", note="Opmerking"),
                  asks=["kun je een antwoord opstellen", "vat dit samen voor de examencommissie", "zet dit om naar JSON", "check op fouten aub", "vertaal naar het Engels"]),
    "pl-PL": dict(region="PL", latin=True,
                  g=(["Agn", "Bo", "Do", "Ja", "Ka", "Ra", "Sta", "Wie", "Zbi", "Ur"], ["ieszka", "gdan", "rota", "cek", "lina", "rzena", "dosław", "nisław", "sława", "szula"]),
                  s=(["Kowal", "Dąbr", "Zielin", "Szym", "Woź", "Jabł", "Krawcz", "Pawl", "Grab", "Nowic"], ["ski", "owski", "czyk", "ak", "iec", "ewicz", "ek", "niak"]),
                  c=(["Dąbro", "Lipo", "Brzezi", "Jawo", "Olsze", "Grabo", "Krzywo", "Sosno"], ["wice", "nów", "sław", "wo", "szyn", "wiec"]),
                  st=(["Jaśminowa", "Kasztanowa", "Młyńska", "Rumiankowa", "Sadowa", "Wrzosowa", "Żurawia", "Łąkowa"], [""]),
                  lab=dict(name="Imię i nazwisko", dob="Data urodzenia", addr="Adres", phone="Tel.", email="E-mail", sid="Nr albumu", course="Kierunek", note="Uwagi"),
                  asks=["napisz odpowiedź", "streść dla komisji", "przerób na JSON", "popraw błędy", "przetłumacz na angielski"]),
    "pt-BR": dict(region="BR", latin=True,
                  g=(["Ber", "Cla", "Fe", "Gil", "Jo", "Lu", "Ra", "Thi", "Vi", "Wel"], ["nardo", "rice", "lipe", "berto", "ão", "ciana", "quel", "ago", "tória", "lington"]),
                  s=(["Bar", "Car", "Fon", "Gui", "Lacer", "Mace", "Nasci", "Oli", "Quei", "Sam"], ["bosa", "valho", "seca", "marães", "da", "do", "mento", "veira", "roz", "paio"]),
                  c=(["Ita", "Para", "Guara", "Cara", "Ibi", "Jaca", "Piri", "Itu"], ["quera", "tinga", "mirim", "nópolis", "tuba", "rema", "pava", "ranga"]),
                  st=(["dos Ipês", "das Acácias", "do Cajueiro", "das Jabuticabeiras", "do Mirante", "dos Bandeirantes Novos", "da Paineira", "das Palmeiras Altas"], [""]),
                  lab=dict(name="Nome", dob="Data de nascimento", addr="Endereço", phone="Celular", email="E-mail", sid="Matrícula", course="Curso", note="Obs."),
                  asks=["pode redigir uma resposta?", "resume pra banca", "coloca em JSON", "revisa os erros por favor", "traduz pro inglês"]),
    "sv-SE": dict(region="SE", latin=True,
                  g=(["Ag", "Bir", "El", "Hil", "In", "Lin", "Ny", "Sig", "Tor", "Ul"], ["neta", "ger", "sa", "dur", "grid", "nea", "lte", "ne", "sten", "la"]),
                  s=(["Berg", "Dahl", "Ek", "Fors", "Hag", "Lund", "Sjö", "Sand", "Öst", "Ny"], ["gren", "qvist", "ström", "blad", "holm", "ling", "lind", "vall"]),
                  c=(["Ek", "Björk", "Sjö", "Lind", "Hög", "Norr", "Väster", "Ån"], ["köping", "by", "hamn", "vik", "ås", "torp", "backa", "sund"]),
                  st=(["Lönn", "Rönnbärs", "Tjäder", "Vallmo", "Smedje", "Kvarn", "Hassel", "Lärk"], ["gatan", "vägen", "stigen"]),
                  lab=dict(name="Namn", dob="Födelsedatum", addr="Adress", phone="Mobil", email="E-post", sid="Studentnr", course="Program", note="Anteckning"),
                  asks=["kan du skriva ett svar", "sammanfatta för nämnden", "gör om till JSON", "korrläs gärna", "översätt till engelska"]),
    "tr-TR": dict(region="TR", latin=True,
                  g=(["Ay", "Bur", "Ce", "El", "Gök", "Ha", "Mer", "Se", "Tu", "Yıl"], ["şe", "ak", "mre", "niz", "if", "han", "kan", "lin", "ray", "dız"]),
                  s=(["Ak", "Bay", "Çe", "Er", "Gül", "Kara", "Öz", "Şa", "Tuna", "Koç"], ["soy", "kal", "lik", "taş", "doğan", "türk", "oğlu", "han", "er", "can"]),
                  c=(["Kara", "Ak", "Yeni", "Eski", "Göl", "Dere", "Kızıl", "Sarı"], ["köy", "pınar", "hisar", "yurt", "ova", "kent", "tepe", "dere"]),
                  st=(["Ihlamur", "Menekşe", "Çınaraltı", "Güvercin", "Kiraz", "Nergis", "Zeytinlik", "Papatya"], [""]),
                  lab=dict(name="Ad Soyad", dob="Doğum tarihi", addr="Adres", phone="Tel", email="E-posta", sid="Öğrenci no", course="Bölüm", note="Not"),
                  asks=["bir cevap yazar mısın", "kurul için özetle", "JSON'a çevir", "yazım hatalarını düzelt", "İngilizceye çevir"]),
    "ru-RU": dict(region="RU", latin=False,
                  g=(["Ан", "Бо", "Ва", "Да", "Ев", "Ки", "Лю", "Ми", "Ок", "Яр"], ["астасия", "рис", "силиса", "рья", "гения", "рилл", "дмила", "хаил", "сана", "ослав"]),
                  s=(["Бел", "Вор", "Зай", "Кузн", "Лебе", "Нос", "Орл", "Сок", "Тих", "Фёд"], ["ов", "цов", "ин", "енко", "ев", "анов", "ышев", "ецкий"]),
                  c=(["Бел", "Крас", "Ново", "Старо", "Верх", "Заре", "Лес", "Озер"], ["огорск", "ноярово", "дольск", "ченск", "нево", "чинск", "озёрск", "ск"]),
                  st=(["Рябиновая", "Сиреневая", "Кленовая", "Заводская", "Черёмуховая", "Луговая", "Садовая", "Берёзовая"], [""]),
                  lab=dict(name="ФИО", dob="Дата рождения", addr="Адрес", phone="Тел.", email="E-mail", sid="№ зачётки", course="Направление", note="Примечание"),
                  asks=["составь ответ", "кратко перескажи для комиссии", "переведи в JSON", "проверь на ошибки", "переведи на английский"]),
    "el-GR": dict(region="GR", latin=False,
                  g=(["Αθ", "Γε", "Ελ", "Θε", "Κα", "Λα", "Μα", "Νι", "Σο", "Χρ"], ["ηνά", "ώργιος", "ένη", "οδώρα", "τερίνα", "μπρος", "ρίνα", "κόλας", "φία", "ιστίνα"]),
                  s=(["Αλεξ", "Βασι", "Δημη", "Καρα", "Λαμπρ", "Μαυρ", "Νικολ", "Σταυρ", "Τσακ", "Χατζη"], ["ίου", "λάκης", "όπουλος", "τρίου", "γιάννης", "ίδης", "άκης", "αίος"]),
                  c=(["Κερα", "Λευκο", "Μυρτο", "Πλατα", "Καστα", "Ελαιο", "Ροδο", "Αμπελο"], ["χώρι", "νάς", "πολη", "λάκκος", "βούνι", "κάμπος"]),
                  st=(["Ανεμώνης", "Μυρτιάς", "Ασφοδέλων", "Κυκλάμινου", "Λεμονιάς", "Βασιλικού", "Δάφνης", "Ιτιάς"], [""]),
                  lab=dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", addr="Διεύθυνση", phone="Τηλ.", email="Email", sid="ΑΜ φοιτητή", course="Τμήμα", note="Σημείωση"),
                  asks=["γράψε μια απάντηση", "σύνοψη για την επιτροπή", "κάν' το JSON", "διόρθωσε τα λάθη", "μετάφρασε στα αγγλικά"]),
    "he-IL": dict(region="IL", latin=False,
                  g=(["אב", "גל", "יע", "נו", "רו", "של", "תמ", "עד", "אור", "שי"], ["יטל", "יאל", "כל", "עה", "ני", "ומית", "ית", "רה", "נה", "לי"]),
                  s=(["בר", "גול", "לוי", "מזר", "רוז", "שפי", "אלמ", "חד", "זק", "טל"], ["דמן", "חי", "יץ", "לר", "ני", "וג", "ון", "קין"]),
                  c=(["אלונ", "שקד", "תמר", "רימונ", "שיט", "ארז", "גפנ", "צאל"], ["ים", "ית", "ה", "ון", "יה", "ות"]),
                  st=(["הדקלים", "הכלניות", "הצאלון", "החרובים", "הנרקיס", "האשל", "התאנה", "הרקפת"], [""]),
                  lab=dict(name="שם", dob="תאריך לידה", addr="כתובת", phone="טל׳", email="דוא״ל", sid="מס׳ סטודנט", course="חוג", note="הערה"),
                  asks=["תנסח תשובה", "תסכם לוועדה", "תהפוך ל-JSON", "תבדוק שגיאות", "תתרגם לאנגלית"]),
    "hi-IN": dict(region="IN", latin=False,
                  g=(["अ", "वि", "सु", "प्र", "रा", "मी", "दे", "कु", "नी", "शि"], ["निल", "क्रम", "नीता", "काश", "जेश", "रा", "वेंद्र", "सुम", "लम", "वानी"]),
                  s=(["श", "व", "अग्र", "चौ", "त्रि", "मि", "जो", "पां", "भा", "रा"], ["र्मा", "वाल", "धरी", "पाठी", "श्रा", "शी", "डे", "टिया"]),
                  c=(["राम", "देव", "सूर्य", "चंद्र", "कमल", "गंगा"], ["पुर", "गढ़", "नगर", "बाद", "गंज", "पुरम"]),
                  st=(["गुलमोहर", "अशोक विहार", "नीम", "पलाश", "कदंब", "चंपा"], [""]),
                  lab=dict(name="नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", email="ईमेल", sid="नामांकन सं.", course="पाठ्यक्रम", note="टिप्पणी"),
                  asks=["इसका जवाब लिख दो", "समिति के लिए सारांश बना दो", "इसे JSON में बदलो", "गलतियाँ ठीक करो", "अंग्रेज़ी में अनुवाद करो"]),
    "zh-CN": dict(region="CN", latin=False, cjk=True,
                  g=(["晏", "柯", "殷", "翟", "滕", "湛", "岑", "甄", "靳", "阮", "麦", "冼", "裘", "缪", "佟", "祁", "栾", "郦", "欧阳", "司徒", "上官", "闻人", "濮阳", "左丘"], ["若", "晗", "泽", "宁", "瑾", "浩", "思", "雨", "博", "澄", "珂", "岚", "屹", "芮", "淼", "煦"]),
                  s=None,
                  c=(["临", "安", "青", "嘉", "云", "宁"], ["川", "阳", "州", "溪", "台", "港"]),
                  st=(["丹桂", "梧桐", "银杏", "紫藤", "海棠", "玉兰"], [""]),
                  lab=dict(name="姓名", dob="出生日期", addr="住址", phone="手机", email="邮箱", sid="学号", course="专业", note="备注"),
                  asks=["帮我写个回复", "给评审委员会总结一下", "转成JSON", "帮我检查错别字", "翻译成英文"]),
    "ja-JP": dict(region="JP", latin=False, cjk=True,
                  g=(["陽", "結", "蒼", "湊", "美", "悠", "葵", "颯", "凛", "真", "紗", "陸"], ["翔", "菜", "太", "斗", "咲", "希", "花", "也", "奈", "人"]),
                  s=(["宮", "北", "松", "高", "中", "小", "石", "藤", "森", "西", "谷", "杉"], ["川", "原", "沢", "井", "岡", "坂", "野", "村", "田", "崎"]),
                  c=(["北", "南", "東", "西", "新", "上"], ["浜", "沢", "代", "島", "岡", "野"]),
                  st=(["桜ヶ丘", "緑が丘", "若葉", "梅ノ木", "旭", "栄"], [""]),
                  lab=dict(name="氏名", dob="生年月日", addr="住所", phone="電話", email="メール", sid="学籍番号", course="学科", note="備考"),
                  asks=["返信文を作って", "委員会向けに要約して", "JSONにして", "誤字チェックお願い", "英訳して"]),
    "ko-KR": dict(region="KR", latin=False, cjk=True,
                  g=(["구", "남", "노", "류", "명", "변", "석", "설", "소", "심", "엄", "연", "염", "옥", "육", "탁", "편", "표", "함", "허", "추", "선우", "남궁", "독고"], ["서", "민", "지", "하", "준", "도", "예", "윤", "채", "현", "우", "은", "수", "태", "린"]),
                  s=None,
                  c=(["청", "광", "금", "송", "은", "해"], ["주", "산", "천", "포", "원", "진"]),
                  st=(["느티나무", "은행나무", "해오름", "별빛", "솔숲", "매화"], [""]),
                  lab=dict(name="성명", dob="생년월일", addr="주소", phone="연락처", email="이메일", sid="학번", course="학과", note="비고"),
                  asks=["답장 초안 써줘", "위원회용으로 요약해줘", "JSON으로 바꿔줘", "맞춤법 검사해줘", "영어로 번역해줘"]),
    "th-TH": dict(region="TH", latin=False,
                  g=(["สม", "กัญ", "ธน", "พิม", "วร", "อร", "ศิริ", "ณัฐ", "ปิย", "จิร"], ["ชาย", "ญา", "พล", "วุฒิ", "อุมา", "พร", "ธิดา", "าภรณ์", "นันท์", "ดา"]),
                  s=(["ศรี", "วงศ์", "ทอง", "แสง", "บุญ", "สุข", "เพชร", "ชัย", "รัตน", "พูล"], ["สวัสดิ์", "ประเสริฐ", "อรุณ", "เจริญ", "ศักดิ์", "กุล", "พันธุ์", "สมบัติ"]),
                  c=(["บ้าน", "หนอง", "ดอน", "นา"], ["สวน", "บัว", "แก้ว", "ยาง", "ทราย", "หว้า"]),
                  st=(["ประชาร่วมใจ", "สุขสันต์", "ร่มเย็น", "นิมิตใหม่", "พัฒนาการเกษตร", "เทพารักษ์ใหม่"], [""]),
                  lab=dict(name="ชื่อ-สกุล", dob="วันเกิด", addr="ที่อยู่", phone="โทร", email="อีเมล", sid="รหัสนักศึกษา", course="สาขา", note="หมายเหตุ"),
                  asks=["ช่วยร่างคำตอบให้หน่อย", "สรุปให้คณะกรรมการ", "แปลงเป็น JSON", "ตรวจคำผิดให้หน่อย", "แปลเป็นภาษาอังกฤษ"]),
    "ar-EG": dict(region="EG", latin=False,
                  g=(["سل", "رن", "جم", "ها", "نا", "صف", "مر", "لب", "عف", "شه"], ["يم", "ا", "ال", "دي", "در", "وان", "اء", "نى", "يفة", "اب"]),
                  s=(["ال"], ["شرق", "زين", "منص", "قاس", "نجا", "سيو", "برع", "طوخ"], ["اوي", "ي", "وري", "يدي", "مي", "طي"]),
                  c=(["الور", "السنا", "النخي", "الرما", "السدر", "اليا", "القص", "المنا"], ["دية", "بلية", "لية", "نية", "ارة", "صرة"]),
                  st=(["الجميز", "النرجس", "السنديان", "البنفسج", "الفيروز", "الكروان"], [""]),
                  lab=dict(name="الاسم", dob="تاريخ الميلاد", addr="العنوان", phone="موبايل", email="البريد", sid="رقم الجلوس", course="الكلية", note="ملاحظات"),
                  asks=["اكتب لي رد", "لخصها للجنة", "حولها إلى JSON", "صحح الأخطاء", "ترجمها للإنجليزية"]),
}
LOCALE_ORDER = list(LOCALES)
LOCALE_WEIGHTS = [3 if t in ("en-US", "en-GB") else 1 for t in LOCALE_ORDER]  # English-medium universities weigh more
ID_OF = {  # locale -> list of (type, label, generator name)
    "en-US": [("ssn", "SSN", "ssn"), ("TAX_ID", "ITIN", "itin")],
    "en-GB": [("HEALTH_INSURANCE", "NHS no.", "nhs"), ("TAX_ID", "UTR", "utr")],
    "de-DE": [("TAX_ID", "Steuer-ID", "idnr")],
    "fr-FR": [("NATIONAL_ID", "N° sécu", "nir")],
    "es-ES": [("NATIONAL_ID", "DNI", "dni")],
    "it-IT": [("TAX_ID", "Codice fiscale", "cf")],
    "nl-NL": [("NATIONAL_ID", "BSN", "bsn")],
    "pl-PL": [("NATIONAL_ID", "PESEL", "pesel")],
    "pt-BR": [("TAX_ID", "CPF", "cpf")],
    "sv-SE": [("NATIONAL_ID", "Personnummer", "pnr")],
    "tr-TR": [("NATIONAL_ID", "T.C. Kimlik No", "tck")],
    "ru-RU": [("TAX_ID", "ИНН", "inn")],
    "el-GR": [("NATIONAL_ID", "ΑΜΚΑ", "amka")],
    "he-IL": [("NATIONAL_ID", "ת.ז.", "ilid")],
    "hi-IN": [("NATIONAL_ID", "आधार", "aadhaar"), ("TAX_ID", "PAN", "pan")],
    "zh-CN": [("NATIONAL_ID", "身份证号", "ric")],
    "ja-JP": [("NATIONAL_ID", "マイナンバー", "mynum")],
    "ko-KR": [("NATIONAL_ID", "주민등록번호", "rrn")],
    "th-TH": [("NATIONAL_ID", "เลขประจำตัวประชาชน", "thpin")],
    "ar-EG": [("TAX_ID", "الرقم الضريبي", "egtn")],
}
IBAN_CC = {"en-GB": "GB", "de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT", "nl-NL": "NL", "pl-PL": "PL",
           "pt-BR": "BR", "sv-SE": "SE", "tr-TR": "TR", "el-GR": "GR", "he-IL": "IL", "ar-EG": "EG"}
MAIL_PROVIDERS = {"en-US": ["gmail.com", "yahoo.com", "icloud.com"], "en-GB": ["gmail.com", "btinternet.com", "outlook.com"],
                  "de-DE": ["web.de", "gmx.de", "posteo.de"], "fr-FR": ["orange.fr", "free.fr", "laposte.net"],
                  "es-ES": ["gmail.com", "hotmail.es"], "it-IT": ["libero.it", "virgilio.it"], "nl-NL": ["ziggo.nl", "kpnmail.nl"],
                  "pl-PL": ["wp.pl", "onet.pl", "o2.pl"], "pt-BR": ["uol.com.br", "bol.com.br", "gmail.com"], "sv-SE": ["telia.com", "gmail.com"],
                  "tr-TR": ["hotmail.com", "yandex.com.tr"], "ru-RU": ["mail.ru", "yandex.ru"], "el-GR": ["otenet.gr", "gmail.com"],
                  "he-IL": ["walla.co.il", "gmail.com"], "hi-IN": ["rediffmail.com", "gmail.com"], "zh-CN": ["qq.com", "163.com"],
                  "ja-JP": ["docomo.ne.jp", "yahoo.co.jp"], "ko-KR": ["naver.com", "daum.net"], "th-TH": ["hotmail.co.th", "gmail.com"],
                  "ar-EG": ["yahoo.com", "gmail.com"]}
TLD = {"en-US": "edu", "en-GB": "ac.uk", "de-DE": "de", "fr-FR": "fr", "es-ES": "es", "it-IT": "it", "nl-NL": "nl", "pl-PL": "edu.pl",
       "pt-BR": "edu.br", "sv-SE": "se", "tr-TR": "edu.tr", "ru-RU": "ru", "el-GR": "gr", "he-IL": "ac.il", "hi-IN": "ac.in",
       "zh-CN": "edu.cn", "ja-JP": "ac.jp", "ko-KR": "ac.kr", "th-TH": "ac.th", "ar-EG": "edu.eg"}
ASCII_STEM = (["nor", "bel", "cas", "dun", "hal", "mer", "sel", "tor", "val", "wex", "ark", "lin", "ros", "ivo", "kal"],
              ["vale", "mont", "ford", "more", "wick", "sted", "lyn", "hurst", "brae", "tun", "dor", "side"])
LATIN_NICK = (["mi", "ka", "to", "ra", "su", "yo", "le", "ni", "da", "ha", "ji", "ar"], ["ko", "ra", "mi", "ta", "ni", "na", "ru", "ki", "on", "an"])


def make_pools(rng):
    pools = {}
    for tag in LOCALE_ORDER:
        CURRENT_LOCALE[0] = tag
        L = LOCALES[tag]
        P = {}
        if L.get("cjk") and L["s"] is None:  # zh, ko: one-syllable surnames + two-syllable given names
            # the pool entry is the whole name (one token in these scripts); surname syllables alone are not used
            P["giv"] = build_pool(rng, "given", lambda: rng.choice(L["g"][1]) + rng.choice(L["g"][1]), 30)
            P["full"] = build_pool(rng, "full name", lambda: rng.choice(L["g"][0]) + rng.choice(P["giv"]), 40)
            P["sur"] = sorted({f[:-2] for f in P["full"]})
        else:
            P["giv"] = build_pool(rng, "given", lambda: compose(rng, *L["g"]), 30)
            P["sur"] = build_pool(rng, "surname", lambda: compose(rng, *L["s"]), 30)
        P["city"] = build_pool(rng, "place", lambda: compose(rng, *L["c"]), 8, tries=200)
        sparts = L["s"] if L["s"] is not None else (L["g"][0], L["g"][1])

        def street():  # a fixed stem (flower, tree, trade) or an invented surname-like stem, with the local suffix
            if rng.random() < 0.4:
                return compose(rng, *L["st"])
            return compose(rng, *sparts) + rng.choice(L["st"][1])
        P["street"] = build_pool(rng, "street", street, 8, tries=400)
        P["nick"] = build_pool(rng, "nick", lambda: compose(rng, *LATIN_NICK), 20)
        P["inst"] = build_pool(rng, "institution", lambda: compose(rng, *ASCII_STEM), 10)
        pools[tag] = P
    return pools


# --------------------------------------------------------------------------------------------- identifiers
def capped(fn, check, what, tries=5000):
    for _ in range(tries):
        v = fn()
        if v is not None and check(v):
            return v
    sys.exit(f"could not make a valid {what}")


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def rand_dob(rng, lo=1968, hi=2007):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def fmt_date(tag, d, rng):
    if tag == "en-US":
        return d.strftime("%m/%d/%Y")
    if tag in ("de-DE", "pl-PL", "ru-RU", "tr-TR"):
        return d.strftime("%d.%m.%Y")
    if tag in ("zh-CN", "ja-JP"):
        return f"{d.year}年{d.month}月{d.day}日"
    if tag == "ko-KR":
        return d.strftime("%Y.%m.%d")
    if tag in ("sv-SE", "nl-NL") or rng.random() < 0.2:
        return d.isoformat() if tag != "nl-NL" else d.strftime("%d-%m-%Y")
    return d.strftime("%d/%m/%Y")


def make_id(rng, gen, dob):
    y, m, d = dob.year, dob.month, dob.day
    if gen == "ssn":
        return capped(lambda: f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}", us_ssn.is_valid, gen)
    if gen == "itin":
        return capped(lambda: f"9{digits(rng, 2)}-{rng.choice([70, 71, 75, 78, 80, 83, 88, 90, 92, 94, 97])}-{digits(rng, 4)}", us_itin.is_valid, gen)
    if gen == "nhs":
        return capped(lambda: (lambda s: f"{s[:3]} {s[3:6]} {s[6:]}")(str(rng.randint(4, 6)) + digits(rng, 9)), gb_nhs.is_valid, gen)
    if gen == "utr":
        return capped(lambda: digits(rng, 10), gb_utr.is_valid, gen)
    if gen == "idnr":
        def mk():
            ds = rng.sample("0123456789", 9)
            ds.insert(rng.randint(0, 9), rng.choice(ds))
            if ds[0] == "0":
                return None
            s = "".join(ds)
            s += mod_11_10.calc_check_digit(s)
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if rng.random() < 0.5 else s
        return capped(mk, de_idnr.is_valid, gen)
    if gen == "nir":
        def mk():
            b = f"{rng.randint(1, 2)}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
            k = 97 - int(b) % 97
            return f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {k:02d}"
        return capped(mk, fr_nir.is_valid, gen)
    if gen == "dni":
        return capped(lambda: (lambda s: s + es_dni.calc_check_digit(s))(digits(rng, 8)), es_dni.is_valid, gen)
    if gen == "cf":
        def mk():
            cons = "BCDFGHLMNPRSTVZ"
            s = "".join(rng.choice(cons) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
            s += f"{d + (40 if rng.random() < 0.5 else 0):02d}" + rng.choice("ABCDEFGHLM") + f"{rng.randint(1, 999):03d}"
            return s + it_cf.calc_check_digit(s)
        return capped(mk, it_cf.is_valid, gen)
    if gen == "bsn":
        return capped(lambda: digits(rng, 9), lambda v: v[0] != "0" and nl_bsn.is_valid(v), gen)
    if gen == "pesel":
        def mk():
            mm = m + (20 if y >= 2000 else 0)
            s = f"{y % 100:02d}{mm:02d}{d:02d}{digits(rng, 4)}"
            return s + pl_pesel.calc_check_digit(s)
        return capped(mk, pl_pesel.is_valid, gen)
    if gen == "cpf":
        def mk():
            s = digits(rng, 9)
            s += br_cpf._calc_check_digits(s)
            return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
        return capped(mk, br_cpf.is_valid, gen)
    if gen == "pnr":
        def mk():
            s = f"{y % 100:02d}{m:02d}{d:02d}{digits(rng, 3)}"
            return f"{s[:6]}-{s[6:]}" + luhn.calc_check_digit(s)
        return capped(mk, se_pnr.is_valid, gen)
    if gen == "tck":
        def mk():
            s = str(rng.randint(1, 9)) + digits(rng, 8)
            return s + tr_tck.calc_check_digits(s)
        return capped(mk, tr_tck.is_valid, gen)
    if gen == "inn":
        def mk():
            s = digits(rng, 10)
            return s + ru_inn.calc_personal_check_digits(s)
        return capped(mk, lambda v: ru_inn.is_valid(v) and len(v) == 12, gen)
    if gen == "amka":
        def mk():
            s = f"{d:02d}{m:02d}{y % 100:02d}{digits(rng, 4)}"
            return s + luhn.calc_check_digit(s)
        return capped(mk, gr_amka.is_valid, gen)
    if gen == "ilid":
        return capped(lambda: (lambda s: s + luhn.calc_check_digit(s))(digits(rng, 8)), il_idnr.is_valid, gen)
    if gen == "aadhaar":
        def mk():
            s = str(rng.randint(2, 9)) + digits(rng, 10)
            s += verhoeff.calc_check_digit(s)
            return f"{s[:4]} {s[4:8]} {s[8:]}"
        return capped(mk, in_aadhaar.is_valid, gen)
    if gen == "pan":
        A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return capped(lambda: "".join(rng.choice(A) for _ in range(3)) + "P" + rng.choice(A) + digits(rng, 4) + rng.choice(A), in_pan.is_valid, gen)
    if gen == "ric":
        def mk():
            s = rng.choice(["110105", "310104", "440106", "330106", "510107", "420102", "320102", "370202"]) + f"{y}{m:02d}{d:02d}" + digits(rng, 3)
            return s + cn_ric.calc_check_digit(s)
        return capped(mk, cn_ric.is_valid, gen)
    if gen == "rrn":
        def mk():
            g = rng.choice("12") if y < 2000 else rng.choice("34")
            s = f"{y % 100:02d}{m:02d}{d:02d}{g}{digits(rng, 1)}{rng.randint(0, 95):02d}{digits(rng, 2)}"
            s += kr_rrn.calc_check_digit(s)
            return f"{s[:6]}-{s[6:]}"
        return capped(mk, kr_rrn.is_valid, gen)
    if gen == "mynum":
        def mk():
            s = digits(rng, 11)
            s += jp_in.calc_check_digit(s)
            return f"{s[:4]} {s[4:8]} {s[8:]}"
        return capped(mk, jp_in.is_valid, gen)
    if gen == "thpin":
        def mk():
            s = str(rng.randint(1, 8)) + digits(rng, 11)
            s += th_pin.calc_check_digit(s)
            return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"
        return capped(mk, th_pin.is_valid, gen)
    if gen == "egtn":
        def mk():
            s = digits(rng, 9)
            return f"{s[:3]}-{s[3:6]}-{s[6:]}"
        return capped(mk, eg_tn.is_valid, gen)
    raise KeyError(gen)


def make_iban(rng, cc):
    spec = std_iban._ibandb.info(cc + "00")[0][1]["bban"]

    def mk():
        bban = ""
        for n, kind in re.findall(r"(\d+)!([nac])", spec):
            alpha = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}[kind]
            if kind == "c" and cc in ("FR", "GR", "TR", "IT"):
                alpha = "0123456789"
            bban += "".join(rng.choice(alpha) for _ in range(int(n)))
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        s = f"{cc}{98 - int(num) % 97:02d}{bban}"
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if rng.random() < 0.7 else s
    return capped(mk, std_iban.is_valid, "IBAN " + cc, tries=20000)


def make_card(rng):
    def mk():
        kind = rng.random()
        if kind < 0.5:
            s = "4" + digits(rng, 14)
        elif kind < 0.85:
            s = str(rng.randint(51, 55)) + digits(rng, 13)
        else:
            s = rng.choice(["34", "37"]) + digits(rng, 12)
        s += luhn.calc_check_digit(s)
        if len(s) == 16:
            return " ".join(s[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else s
        return f"{s[:4]} {s[4:10]} {s[10:]}"
    return capped(mk, lambda v: luhn.is_valid(v.replace(" ", "")) and not v.replace(" ", "").startswith("41111111"), "card")


def make_phone(rng, region, kind="mobile"):
    t = phonenumbers.PhoneNumberType.MOBILE if kind == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    nat = phonenumbers.national_significant_number(ex)
    keep = 3 if len(nat) > 8 else 2

    def mk():
        n = nat[:keep] + digits(rng, len(nat) - keep)
        p = phonenumbers.parse(n, region)
        if not phonenumbers.is_valid_number_for_region(p, region):
            return None
        if phonenumbers.number_type(p) not in (t, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return None
        f = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL])
        return phonenumbers.format_number(p, f)
    return capped(mk, lambda v: phonenumbers.is_valid_number_for_region(phonenumbers.parse(v, region), region), "phone " + region, tries=3000)


def make_ip(rng):
    def mk():
        if rng.random() < 0.85:
            return ".".join(str(rng.randint(1, 223)) if i == 0 else str(rng.randint(0, 255)) for i in range(4))
        return "2a0%d:%x:%x:%x::%x" % (rng.randint(1, 9), rng.randint(0x100, 0xffff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xffff))

    def ok(v):
        a = ipaddress.ip_address(v)
        return a.is_global and not a.is_multicast and not a.is_reserved
    return capped(mk, ok, "ip")


MRN_RE = re.compile(r"^(SHC|MRN|UHS)[- ]?\d{6,8}$")


def make_mrn(rng):
    v = rng.choice(["SHC-", "MRN ", "UHS"]) + digits(rng, rng.choice([6, 7, 8]))
    if not MRN_RE.match(v):
        sys.exit("bad MRN")
    return v


# --------------------------------------------------------------------------------------------- per-record person
class Rec:
    def __init__(self, rng, tag, pools):
        self.rng, self.tag, self.P, self.L = rng, tag, pools[tag], LOCALES[tag]
        self.issued = []
        self.inst_stem = rng.choice(self.P["inst"])
        self.inst_domain = f"{self.inst_stem}.{TLD[tag]}"

    def v(self, typ, val):
        self.issued.append((typ, val))
        return val

    def person_parts(self):
        g, s = self.rng.choice(self.P["giv"]), self.rng.choice(self.P["sur"])
        return g, s

    def full(self, g, s):
        if self.L.get("cjk") or self.tag in ("zh-CN",):
            return s + g
        if self.tag == "es-ES":
            return f"{g} {s} {self.rng.choice(self.P['sur'])}"
        if self.tag == "nl-NL" and self.rng.random() < 0.4:
            return f"{g} {self.rng.choice(['van der', 'de', 'van'])} {s}"
        if self.tag == "hu":
            return f"{s} {g}"
        return f"{g} {s}"

    def name(self):
        if "full" in self.P:
            f = self.rng.choice(self.P["full"])
            return self.v("person", f), f[-2:]
        g, s = self.person_parts()
        return self.v("person", self.full(g, s)), g

    def first(self):
        return self.v("person", self.rng.choice(self.P["giv"]))

    def email(self, g=None, student=False):
        rng = self.rng
        base = ascii_fold(g).lower() if (g and self.L["latin"]) else rng.choice(self.P["nick"])
        base = re.sub(r"[^a-z]", "", base) or rng.choice(self.P["nick"])
        if student:
            addr = f"{base}.{rng.choice(self.P['nick'])}{rng.randint(1, 99)}@student.{self.inst_domain}"
        else:
            addr = f"{base}{rng.choice(['', '.', '_'])}{rng.choice(self.P['nick'])}{rng.randint(1, 2009)}@{rng.choice(MAIL_PROVIDERS[self.tag])}"
        return self.v("EMAIL_ADDRESS", addr)

    def phone(self):
        return self.v("PHONE_NUMBER", make_phone(self.rng, self.L["region"]))

    def dob(self, lo=1968, hi=2007):
        d = rand_dob(self.rng, lo, hi)
        self._dob = d
        return self.v("DATE_OF_BIRTH", fmt_date(self.tag, d, self.rng))

    def nid(self, which=0):
        ids = ID_OF[self.tag]
        typ, label, gen = ids[min(which, len(ids) - 1)]
        d = getattr(self, "_dob", None) or rand_dob(self.rng)
        return label, self.v(typ, make_id(self.rng, gen, d))

    def iban(self):
        cc = IBAN_CC.get(self.tag)
        if cc is None:
            return None
        return self.v("IBAN_CODE", make_iban(self.rng, cc))

    def card(self):
        return self.v("CREDIT_CARD", make_card(self.rng))

    def ip(self):
        return self.v("IP_ADDRESS", make_ip(self.rng))

    def mrn(self):
        return self.v("MEDICAL_RECORD", make_mrn(self.rng))

    def usbank(self):
        r = capped(lambda: (lambda s: s + us_rtn.calc_check_digit(s))(str(rng_pick(self.rng, "0123")) + digits(self.rng, 7)), us_rtn.is_valid, "rtn")
        a = digits(self.rng, self.rng.randint(9, 12))
        return self.v("US_BANK_NUMBER", f"routing {r}, account {a}")

    def address(self):
        rng, tag, P = self.rng, self.tag, self.P
        st, city, no = rng.choice(P["street"]), rng.choice(P["city"]), rng.randint(2, 148)
        if tag == "en-US":
            a = f"{no} {st} {rng.choice(['Ave', 'St', 'Rd', 'Ln'])}, {city}, {rng.choice(['OH', 'IA', 'OR', 'NC', 'MN'])} {rng.randint(10000, 99950)}"
        elif tag == "en-GB":
            a = f"Flat {rng.randint(1, 9)}, {no} {st} {rng.choice(['Road', 'Lane', 'Close', 'Street'])}, {city} {rng.choice('BDHKLMNST')}{rng.choice('EHLNRS')}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        elif tag == "de-DE":
            a = f"{st} {no}, {rng.randint(10000, 99999)} {city}"
        elif tag == "fr-FR":
            a = f"{no} rue {st}, {rng.randint(10, 95)}{rng.randint(0, 9)}00 {city}"
        elif tag == "es-ES":
            a = f"C/ {st}, {no}, {rng.randint(1, 8)}º {rng.choice('ABCD')}, {rng.randint(10, 50)}0{rng.randint(10, 99)} {city}"
        elif tag == "it-IT":
            a = f"Via {st} {no}, {rng.randint(10, 98)}{rng.randint(100, 999)} {city}"
        elif tag == "nl-NL":
            a = f"{st} {no}, {rng.randint(1000, 9999)} {rng.choice('BCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')} {city}"
        elif tag == "pl-PL":
            a = f"ul. {st} {no}/{rng.randint(1, 40)}, {rng.randint(10, 99)}-{rng.randint(100, 999)} {city}"
        elif tag == "pt-BR":
            a = f"Rua {st}, {no}, apto {rng.randint(11, 190)}, {city} - SP, {rng.randint(10000, 19999)}-{rng.randint(100, 999)}"
        elif tag == "sv-SE":
            a = f"{st} {no}, {rng.randint(100, 989)} {rng.randint(10, 99)} {city}"
        elif tag == "tr-TR":
            a = f"{st} Sok. No:{no} D:{rng.randint(1, 20)}, {city}"
        elif tag == "ru-RU":
            a = f"ул. {st}, д. {no}, кв. {rng.randint(1, 220)}, г. {city}, {rng.randint(101000, 692999)}"
        elif tag == "el-GR":
            a = f"Οδός {st} {no}, {rng.randint(100, 849)} {rng.randint(10, 99)} {city}"
        elif tag == "he-IL":
            a = f"רחוב {st} {no}, {city}"
        elif tag == "hi-IN":
            a = f"मकान नं. {no}, {st} मार्ग, {city} - {rng.randint(110001, 855117)}"
        elif tag == "zh-CN":
            a = f"{city}市{st}路{no}号{rng.randint(1, 30)}栋{rng.randint(101, 2804)}室"
        elif tag == "ja-JP":
            a = f"〒{rng.randint(100, 999)}-{rng.randint(1000, 9999)} {city}市{st}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        elif tag == "ko-KR":
            a = f"{city}시 {st}로 {no}, {rng.randint(101, 120)}동 {rng.randint(101, 1504)}호"
        elif tag == "th-TH":
            a = f"{no}/{rng.randint(1, 99)} ถนน{st} {city} {rng.randint(10100, 96220)}"
        else:
            a = f"{no} شارع {st}، {city}"
        return self.v("STREET_ADDRESS", a)


def rng_pick(rng, s):
    return rng.choice(s)


# --------------------------------------------------------------------------------------------- world vocabulary
SUBJECTS = ["Computer Science", "Economics", "Mechanical Engineering", "Nursing", "History", "Law (LLB)", "Physics", "Psychology",
            "Music Performance", "Architecture", "Biomedical Science", "Linguistics", "Mathematics", "Business Admin (MBA)", "Chemistry"]
MODULES = ["MA2104 Linear Algebra II", "CS3310 Distributed Systems", "EC2202 Econometrics", "NU1105 Clinical Skills", "HI2340 Early Modern Europe",
           "PS2015 Research Methods", "PH3120 Quantum Mechanics", "LW2200 Contract Law", "MU1401 Aural Skills", "AR2500 Studio B",
           "BM2003 Immunology", "LN2010 Phonology", "CH2201 Organic Chemistry", "MB7100 Corporate Finance"]
EPONYMS_FIXED = ["Bayes' theorem", "the Cauchy-Schwarz inequality", "Noether's theorem", "the Hahn-Banach theorem", "Zorn's lemma",
                 "Gödel's incompleteness theorems", "the Kolmogorov-Smirnov test", "Fubini's theorem", "the Banach fixed-point theorem",
                 "Kuratowski's theorem", "the Nyquist-Shannon sampling theorem", "the Cramér-Rao bound", "the Bonferroni correction",
                 "Chebyshev's inequality", "Lagrange multipliers", "Sylow's theorems", "the Wilcoxon signed-rank test", "Arrow's impossibility theorem",
                 "the Heckscher-Ohlin model", "Dijkstra's algorithm", "the Ramsey theorem", "Cronbach's alpha", "the Mann-Whitney U test",
                 "Hilbert's basis theorem", "the Stone-Weierstrass theorem", "Kirchhoff's laws", "Bernoulli's principle", "Hardy-Weinberg equilibrium"]
COMPOSERS_FIXED = ["Bach's Two-Part Inventions", "Czerny's School of Velocity", "Clementi's Sonatinas Op. 36", "Satie's Gymnopédies",
                   "Kabalevsky's Children's Pieces", "Grieg's Lyric Pieces", "Burgmüller's 25 Études", "Telemann's Fantasias",
                   "Sor's Studies for guitar", "Kreutzer's 42 Studies", "Debussy's Arabesque No. 1", "Schumann's Album for the Young",
                   "Hanon's Virtuoso Pianist", "Fauré's Sicilienne", "Elgar's Salut d'amour", "Vivaldi's Concerto in A minor RV 356"]
FICTIONAL_FIXED = ["Hermione Granger", "Lisa Simpson", "Matilda Wormwood", "Stephen Dedalus", "Jude Fawley", "Lucky Jim Dixon",
                   "Professor Moriarty", "Dr Frankenstein", "Elizabeth Bennet", "Raskolnikov"]


# --------------------------------------------------------------------------------------------- category builders
# each builder(r, sensitive) -> (doc, ask, system, style)
def lab(r, k):
    return r.L["lab"][k]


def ask(r):
    return r.rng.choice(r.L["asks"])


def ref(rng, prefix, n=6):
    return f"{prefix}{rng.randint(10 ** (n - 1), 10 ** n - 1)}"


def org_contacts(r, unit):
    """role mailbox + switchboard of an institution (benign)"""
    rng = r.rng
    mail = f"{rng.choice([unit, unit, 'enquiries', 'info', 'office'])}@{r.inst_domain}"
    tel = make_phone(rng, r.L["region"], "fixed")
    return mail, tel


def b_admissions(r, sens):
    rng, tag = r.rng, r.tag
    subj = rng.choice(SUBJECTS)
    if sens:
        n, g = r.name()
        v = rng.randrange(4)
        if v == 0:
            lines = [f"{lab(r, 'name')}: {n}", f"{lab(r, 'dob')}: {r.dob(1986, 2008)}", f"{lab(r, 'email')}: {r.email(g)}",
                     f"{lab(r, 'phone')}: {r.phone()}", f"{lab(r, 'addr')}: {r.address()}", f"Applying for: {subj} (UG, Sept entry)",
                     f"Predicted grades: {rng.choice(['A*AA', 'AAB', '38 IB', '17.5/20', '9.1 GPA'])}", "Personal statement: attached (pdf)"]
            label, val = r.nid()
            lines.insert(2, f"{label}: {val}")
            return "\n".join(lines), ask(r), "You help a university admissions office process applications.", "application_form"
        if v == 1:
            rows = ["app_ref,name,email,dob,decision"]
            for _ in range(rng.randint(3, 6)):
                nn, gg = r.name()
                rows.append(f"APP{rng.randint(200000, 299999)},{nn},{r.email(gg)},{r.dob(1995, 2008)},{rng.choice(['offer', 'reject', 'interview', 'waitlist'])}")
            return "\n".join(rows), "sort by decision then summarise how many offers, keep the csv", "You are a data assistant for admissions.", "csv_export"
        if v == 2:
            return (f"Hi, my name is {n}, I applied to {subj} (ref APP{rng.randint(200000, 299999)}) but I haven't heard back. "
                    f"I moved so my new address is {r.address()} and my number is {r.phone()}. sorry for my english\n\nthanks"), \
                "write a polite answer from the admissions team, say decision is due in 2 weeks", "", "applicant_email"
        return (f"Interview notes - {subj}\nCandidate: {n}\nStrong on maths, weak on motivation. Mentioned she is a carer for her mum. "
                f"Contact {r.email(g)} re second round.\nPanel: Dr T. + me"), "clean up my interview notes", "", "interview_notes"
    mail, tel = org_contacts(r, "admissions")
    v = rng.randrange(4)
    if v == 0:
        return (f"Open Day {rng.randint(2026, 2027)} - {subj}\nTalks: 10:00 Great Hall, 11:30 Lab tour\nQuestions: {mail} or call the admissions "
                f"switchboard {tel} (Mon-Fri 9-5)\nCourse code {rng.choice('GHLNFC')}{rng.randint(100, 999)}, institution code {r.inst_stem.upper()[:3]}{rng.randint(10, 99)}"), \
            "turn this into a short instagram caption", "", "open_day"
    if v == 1:
        return (f"{lab(r, 'name')}: ____________\n{lab(r, 'dob')}: DD/MM/YYYY\n{lab(r, 'email')}: name@example.com\n{lab(r, 'phone')}: +XX XXX XXX XXXX\n"
                f"{lab(r, 'addr')}: ______________________\nApplication ref: APP-XXXXXX"), "is this blank form missing any field we need for UCAS-style applications?", "", "blank_form"
    if v == 2:
        apps, offers = rng.randint(900, 5000), rng.randint(200, 800)
        return (f"{subj} admissions {rng.randint(2023, 2026)}: {apps} applications, {offers} offers ({offers * 100 // apps}%), "
                f"{rng.randint(20, 45)}% international, median tariff {rng.randint(112, 160)} points. Compared to last cycle applications rose "
                f"{rng.randint(2, 15)}%. Source: admissions dashboard, aggregated, cells < 5 suppressed."), "write two sentences for the annual report", "", "aggregate_stats"
    return (f"Entry requirements {subj}: {rng.choice(['AAA', 'ABB', 'IB 36'])} incl. Maths. IELTS 6.5 (no band below 6.0). "
            f"Apply by 15 January via the portal; reference number format APP-######. Contact: {mail}."), ask(r), "", "entry_requirements"


def b_student_records(r, sens):
    rng = r.rng
    if sens:
        v = rng.randrange(4)
        n, g = r.name()
        sid = f"{rng.randint(20, 26)}{rng.randint(100000, 999999)}"
        if v == 0:
            marks = "\n".join(f"{m}: {rng.randint(38, 86)}" for m in rng.sample(MODULES, 4))
            return (f"TRANSCRIPT (unofficial)\n{lab(r, 'name')}: {n}\n{lab(r, 'sid')}: {sid}\n{lab(r, 'dob')}: {r.dob(1997, 2006)}\n{marks}\n"
                    f"Fee status: {rng.choice(['Home', 'Overseas', 'EU settled'])}" + (f"\n{'%s: %s' % r.nid()}" if rng.random() < 0.5 else "")), ask(r), "You help a university registry.", "transcript"
        if v == 1:
            label, val = r.nid()
            return (f"Change of details request\n{lab(r, 'sid')} {sid}\nOld address -> new: {r.address()}\n{label}: {val}\n"
                    f"Student: {n}, {r.email(g, student=True)}\nReason: moved out of halls"
                    + (f"\nTuition refund by direct deposit: {r.usbank()}" if r.tag == "en-US" else "")), "check this request is complete and write the confirmation email", "", "details_change"
        if v == 2:
            rows = ["student_no;name;module;mark;resit"]
            for _ in range(rng.randint(4, 7)):
                rows.append(f"{rng.randint(20, 26)}{rng.randint(100000, 999999)};{r.name()[0]};{rng.choice(MODULES)[:6]};{rng.randint(20, 39)};Y")
            return "\n".join(rows), "group these resit students by module", "", "resit_list"
        return (f"hey can u fix my record, my name is spelled wrong on the portal. correct is {n}. "
                f"student id {sid}, {lab(r, 'phone')} {r.phone()}"), "reply as the registry helpdesk", "", "helpdesk_chat"
    mail, tel = org_contacts(r, "registry")
    v = rng.randrange(3)
    if v == 0:
        rows = ["module,n,mean,sd,fail_rate"] + [f"{m[:6]},{rng.randint(40, 320)},{rng.randint(52, 68)}.{rng.randint(0, 9)},{rng.randint(8, 16)}.{rng.randint(0, 9)},{rng.randint(3, 22)}%" for m in rng.sample(MODULES, 6)]
        return "\n".join(rows), "which modules look like outliers?", "", "module_stats"
    if v == 1:
        return (f"Student numbers have 8 digits, the first two are the entry year (e.g. 24xxxxxx). Test accounts use 99000001-99000099. "
                f"Transcript requests: {mail}, Registry reception {tel}. Student ID 00000000 is the placeholder in the SITS sandbox."), ask(r), "", "registry_docs"
    return (f"{lab(r, 'sid')}: [REDACTED]\n{lab(r, 'name')}: Student A\nModule marks: {', '.join(str(rng.randint(40, 80)) for _ in range(5))}\n"
            f"Progression: {rng.choice(['pass', 'resit 1 module', 'repeat year'])}"), "is this progression decision consistent with 120 credits at 40%?", "", "anonymised_record"


def b_extenuating(r, sens):
    rng = r.rng
    if sens:
        n, g = r.name()
        v = rng.randrange(4)
        if v == 0:
            extra = f"\nHealth centre record: {r.mrn()}" if rng.random() < 0.8 else ""
            extra += "\n%s: %s" % r.nid(0)
            return (f"EXTENUATING CIRCUMSTANCES CLAIM\n{lab(r, 'name')}: {n}\n{lab(r, 'sid')}: {rng.randint(21, 26)}{rng.randint(100000, 999999)}\n"
                    f"Assessments affected: {rng.choice(MODULES)} exam\nCircumstances: {rng.choice(['hospitalised with appendicitis', 'panic attacks, under the counselling service', 'bereavement (grandmother)', 'long covid flare'])}"
                    f"{extra}\nEvidence: GP letter attached"), "summarise for the EC panel, decision options", "You support an Extenuating Circumstances panel.", "ec_form"
        if v == 1:
            return (f"Dear panel, I am writing on behalf of my son {r.first()} who could not sit his exam because he was admitted to hospital. "
                    f"His record number at the university health service is {r.mrn()}. You can reach me on {r.phone()}."), "draft a kind reply asking for the medical letter", "", "parent_letter"
        if v == 2:
            return (f"{n} ({r.email(g, student=True)}) came to see me, dyslexia + ADHD diagnosis last month, DSA not in place yet. "
                    f"Needs 25% extra time for {rng.choice(MODULES)}."), "write the reasonable adjustments request to the exams office", "", "tutor_note"
        return (f"case {rng.randint(1000, 9999)}: {n}, DOB {r.dob(1990, 2005)}, claims illness 3-14 May, evidence from "
                f"{rng.choice(['GP', 'hospital', 'counsellor'])}, {rng.choice(['upheld', 'not upheld', 'more evidence needed'])}"), "tabulate the decision", "", "panel_minutes"
    v = rng.randrange(4)
    mail, tel = org_contacts(r, "ec")
    if v == 0:
        return ("Extenuating circumstances policy (extract): A claim must be submitted within 5 working days of the assessment. Acceptable "
                "evidence includes a letter from a medical professional. Self-certification covers up to 7 days twice per year. "
                f"Submit to {mail}."), "explain this policy to a first year in plain words", "", "policy"
    if v == 1:
        return ("Training scenario: Student A misses an exam after a car accident; Student B claims a cold on the day. Which claim meets the "
                "threshold? Panel members: discuss before the session."), "give model answers for the scenario", "", "training_case"
    if v == 2:
        return (f"EC claims by faculty {rng.randint(2024, 2026)}: Arts {rng.randint(80, 300)}, Science {rng.randint(100, 400)}, Medicine {rng.randint(50, 200)}. "
                f"Upheld: {rng.randint(60, 85)}%. Top reasons: mental health ({rng.randint(30, 45)}%), illness, bereavement. No individual data."), "write an executive summary", "", "aggregate_stats"
    return (f"{lab(r, 'name')}: [NAME]\n{lab(r, 'sid')}: [ID]\nAffected assessment: ________\nDescription of circumstances: ________\n"
            f"Evidence attached: yes / no\nFor office use: Case ref EC-{rng.randint(2026, 2027)}-____"), "translate this blank form to English", "", "blank_form"


def b_integrity(r, sens):
    rng = r.rng
    if sens:
        n, g = r.name()
        v = rng.randrange(4)
        sim = rng.randint(31, 78)
        if v == 0:
            return (f"Academic misconduct referral\nStudent: {n} ({r.email(g, student=True)})\nModule: {rng.choice(MODULES)}\n"
                    f"Similarity: {sim}% (Turnitin), large unattributed passages from a paid essay site; second offence.\nHearing date: {rng.randint(2, 28)} March"), \
                "draft the invitation letter to the hearing", "You help a university academic integrity office.", "referral"
        if v == 1:
            n2, g2 = r.name()
            return (f"Both scripts identical in Q3 and Q5, incl. the same wrong sign. {n} and {n2} sat next to each other. "
                    f"{n2} says she only lent her notes. Phone of {g2}: {r.phone()}"), "summarise the evidence neutrally", "", "collusion_notes"
        if v == 2:
            return (f"Outcome letter\nDear {n},\nThe panel found that your essay for {rng.choice(MODULES)} contained plagiarism. Penalty: mark capped at 40.\n"
                    f"Your file: {lab(r, 'addr')} {r.address()}"), "check the tone, must be fair but firm", "", "outcome_letter"
        return (f"proctoring flag: candidate {n}, IP {r.ip()} switched tabs 14x, second face detected at 10:42"), "is this enough evidence for a referral?", "", "proctoring_flag"
    v = rng.randrange(4)
    epon = rng.choice(EPONYMS)
    if v == 0:
        return (f"Similarity report on the set text: matches are with the published article by {rng.choice(SCHOLARS)} ({rng.randint(1998, 2024)}), "
                f"doi:10.{rng.randint(1000, 9999)}/{r.inst_stem}.{rng.randint(100, 999)}, and with the course handbook. Quoted and referenced correctly."), "explain why this is not plagiarism", "", "cited_match"
    if v == 1:
        return (f"Guidance: paraphrasing a proof of {epon} from the textbook without citation is plagiarism even if notation changes. "
                f"Example: Student X copies the lecturer's solution. Contact integrity@{r.inst_domain}."), ask(r), "", "guidance"
    if v == 2:
        return (f"Misconduct cases {rng.randint(2024, 2026)}: {rng.randint(120, 400)} referrals, {rng.randint(40, 70)}% upheld, contract cheating {rng.randint(8, 20)}%, "
                f"AI-generated text {rng.randint(15, 40)}%. Figures are aggregated by school."), "make a chart spec in vega-lite", "", "aggregate_stats"
    return (f"In the novel the student {rng.choice(FICTIONAL)} is accused of copying. Discuss how the author frames academic honesty."), "outline an essay", "", "fiction"


def b_supervision(r, sens):
    rng = r.rng
    epon = rng.choice(EPONYMS)
    if sens:
        n, g = r.name()
        v = rng.randrange(4)
        if v == 0:
            return (f"Supervision meeting {rng.randint(1, 28)}/{rng.randint(1, 12)}\nPhD student: {n}\nProgress: chapter 3 stalled, proof of the extension of {epon} has a gap. "
                    f"Personal: {rng.choice(['going through a divorce', 'on sick leave (burnout)', 'pregnant, due in spring'])}, asked for 3 months interruption"
                    + (f", occupational health ref {r.mrn()}" if rng.random() < 0.5 else "") + f". Reach on {r.phone()}"), "turn into formal progress review minutes", "You are a doctoral school assistant.", "supervision_notes"
        if v == 1:
            return (f"Annual review - {n}\n{lab(r, 'dob')}: {r.dob(1985, 2000)}\nFunding ends Sept; visa tied to enrolment. Home: {r.address()}"), \
                "list the risks for the doctoral committee", "", "annual_review"
        if v == 2:
            return (f"my supervisor {r.first()} keeps cancelling our meetings and I am 2nd year, what should I write to the graduate school?"), \
                "help me write a complaint, polite", "", "student_chat"
        return (f"Co-supervision agreement\nCandidate: {n}, {r.email(g)}\nStipend account: {r.iban() or (r.usbank() if r.tag == 'en-US' else r.card())}\nStart: 01.10"), "check the agreement for missing clauses", "", "agreement"
    v = rng.randrange(3)
    if v == 0:
        return (f"Supervision record template\nDate: __\nAttendees: supervisor, candidate\nAgreed actions: __\nNext meeting: __\n"
                f"(see graduate school code of practice, section 4.2)"), ask(r), "", "template"
        # noqa
    if v == 1:
        return (f"Reading for next week: {rng.choice(SCHOLARS)} ({rng.randint(1990, 2023)}) on {epon}; and the survey by {rng.choice(SCHOLARS)}. "
                f"Try to generalise {epon} to the non-compact case."), "make a reading plan", "", "reading_list"
    return (f"Thesis chapter outline: 1 Intro 2 Background on {epon} 3 Method 4 Results 5 Discussion. Word limit 80,000. "
            f"Submission via thesis@{r.inst_domain}."), "suggest a timeline", "", "chapter_outline"


def b_graduation(r, sens):
    rng = r.rng
    if sens:
        v = rng.randrange(4)
        if v == 0:
            rows = [f"{i}. {r.name()[0]} - {rng.choice(['First', '2:1', '2:2', 'Merit', 'Distinction'])}" for i in range(1, rng.randint(5, 9))]
            return "Graduation list (internal, before publication consent):\n" + "\n".join(rows), "format for the ceremony booklet", "You help the graduation office.", "graduation_list"
        n, g = r.name()
        if v == 1:
            label, val = r.nid()
            return (f"Degree verification request\nGraduate: {n}\n{lab(r, 'dob')}: {r.dob(1980, 2002)}\n{label}: {val}\nDegree: {rng.choice(SUBJECTS)}, {rng.randint(2010, 2025)}\n"
                    "Requested by employer background check"), "draft the confirmation letter", "", "verification"
        if v == 2:
            return (f"Hi, I need a replacement certificate. {n}, graduated {rng.randint(2005, 2024)}. Pay with card {r.card()} exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}. "
                    f"Send to {r.address()}"), "reply and confirm the order", "", "certificate_order"
        return (f"Exam board: candidates below borderline\n{n}: 59.4 -> consider uplift (EC upheld)\n{r.name()[0]}: 69.5 -> uplift per rule 7.3"), "draft the minutes", "", "exam_board"
    v = rng.randrange(4)
    sch = rng.choice(SCHOLARS)
    if v == 0:
        return (f"Ceremony order: Procession 10:30; welcome by the Vice-Chancellor, {sch}; honorary doctorate conferred on the novelist "
                f"{rng.choice(SCHOLARS)} for services to literature; presentation of graduates by school."), "write the press release", "", "ceremony"
    if v == 1:
        return (f"Certificate template:\nThis is to certify that {{FULL_NAME}} has been awarded the degree of {{DEGREE}} with {{CLASSIFICATION}}.\n"
                f"Certificate no. {{CERT_NO}} — Registrar"), "adapt the template for a joint degree", "", "template"
    if v == 2:
        return (f"Classification distribution {rng.choice(SUBJECTS)}: First {rng.randint(20, 40)}%, 2:1 {rng.randint(35, 50)}%, 2:2 {rng.randint(10, 20)}%, Third {rng.randint(1, 5)}%. "
                f"External examiner report received. Board ref EB-{rng.randint(2025, 2026)}-{rng.randint(10, 99)}."), "compare with sector averages qualitatively", "", "aggregate_stats"
    mail, tel = org_contacts(r, "graduation")
    return (f"Tickets: 2 guests per graduate. Gowns from the hire desk. Questions: {mail}, {tel}. Venue registered office: 1 College Green."), ask(r), "", "ceremony_info"


def b_visa(r, sens):
    rng = r.rng
    if sens:
        n, g = r.name()
        v = rng.randrange(4)
        if v == 0:
            return (f"CAS details\n{lab(r, 'name')}: {n}\n{lab(r, 'dob')}: {r.dob(1990, 2007)}\nCourse: General English 24 weeks, {rng.randint(15, 25)} h/week\n"
                    f"{lab(r, 'addr')} (home country): {r.address()}\n{lab(r, 'email')}: {r.email(g)}\n" + "%s: %s" % r.nid(0)), "check this against visa rules for language students", "You support a language school's compliance officer.", "cas_details"
        if v == 1:
            iban = r.iban()
            money = f"IBAN {iban}" if iban else (r.usbank() if r.tag == "en-US" else f"card {r.card()}")
            return (f"Bank statement for visa (sponsor: father)\nAccount holder: {n}\n{money}\nBalance: {rng.randint(9000, 30000)} EUR held 28 days"), \
                "does this meet the maintenance requirement?", "", "maintenance_funds"
        if v == 2:
            label, val = r.nid()
            return (f"Student {n} ({label} {val}) missed 9 classes in a row, attendance now {rng.randint(60, 79)}%. Need to report to the Home Office?"), \
                "draft the warning letter", "", "attendance_report"
        return (f"Salam, I am {n}, I want to enrol in the intensive course. Whatsapp {r.phone()}. When is the visa letter ready?"), "reply as the language school", "", "whatsapp_enquiry"
    mail, tel = org_contacts(r, "international")
    v = rng.randrange(4)
    if v == 0:
        return (f"Visa guidance: apply no more than 6 months before the course. Your CAS number (e.g. E4G{rng.randint(1000000, 9999999)}ABCD1) is on your offer letter. "
                f"International office: {mail}, {tel}."), "simplify for students with B1 English", "", "guidance"
    if v == 1:
        return (f"Levels A1-C2 (CEFR). Intensive: 20 lessons/week. Exam prep: IELTS, TOEFL, DELE, Goethe-Zertifikat B2. School registered office: {r.inst_stem.title()} Language Academy Ltd, company no. {rng.randint(1000000, 9999999)}."), \
            "make a price table", "", "course_info"
    if v == 2:
        return (f"Placeholder for the visa letter: [STUDENT NAME], born [DD/MM/YYYY], passport [NUMBER], is enrolled at our school from [START] to [END]."), "translate the template", "", "template"
    return (f"Nationalities this term: {rng.randint(10, 30)} countries; largest groups {rng.randint(10, 30)}% / {rng.randint(5, 20)}%. Average stay {rng.randint(6, 20)} weeks. Visa refusals: {rng.randint(0, 6)}."), "summarise for the accreditation inspector", "", "aggregate_stats"


def b_tutoring(r, sens):
    rng = r.rng
    piece = rng.choice(COMPOSERS)
    if sens:
        v = rng.randrange(4)
        if v == 0:
            n, g = r.name()
            iban = r.iban()
            pay = f"IBAN {iban}" if iban else (f"Zelle / bank: {r.usbank()}" if r.tag == "en-US" else f"card on file {r.card()}")
            return (f"INVOICE {rng.randint(100, 999)}\nPrivate tuition - {rng.choice(['GCSE maths', 'piano grade 5', 'IELTS speaking', 'violin', 'A-level chemistry'])}\n"
                    f"{rng.randint(4, 10)} lessons x {rng.randint(25, 60)}\nTutor: {n}\n{lab(r, 'addr')}: {r.address()}\nPayment: {pay}"), "check the invoice maths", "", "invoice"
        if v == 1:
            return (f"Lesson notes: {r.first()} (age {rng.randint(7, 15)}) worked on {piece}, left hand still weak. Mum says she has anxiety before exams. "
                    f"Mum's number {r.phone()}"), "write a short progress report for the parent", "You help a private music teacher.", "lesson_notes"
        if v == 2:
            rows = ["name,phone,class,paid"]
            for _ in range(rng.randint(4, 7)):
                rows.append(f"{r.name()[0]},{r.phone()},{rng.choice(['Pottery Tue', 'Spanish B1 Wed', 'Bookkeeping Thu', 'Photography Mon'])},{rng.choice(['yes', 'no'])}")
            return "\n".join(rows), "who still has to pay? write reminder texts", "", "evening_class_register"
        n, g = r.name()
        label, val = r.nid(len(ID_OF[r.tag]) - 1)
        return (f"Tutor self-employment form\n{lab(r, 'name')}: {n}\n{label}: {val}\n{lab(r, 'email')}: {r.email(g)}\nSubjects: maths, physics"), "fill the missing fields as TODO", "", "tutor_onboarding"
    v = rng.randrange(4)
    if v == 0:
        return (f"Grade 4 piano syllabus: pieces from list A ({piece}), list B, list C; scales in similar motion; aural tests. "
                f"Exam board reference {rng.choice(['ABRSM', 'Trinity', 'LCM'])} {rng.randint(2025, 2027)}-{rng.randint(2026, 2028)}."), "make a 10-week practice plan", "", "syllabus"
    if v == 1:
        mail, tel = org_contacts(r, "adulted")
        return (f"Evening classes autumn term: Spanish A2 (Mon 19:00), Pottery (Tue 18:30), Excel for beginners (Thu 19:00). "
                f"Enrol at {mail} or the college reception {tel}. Concessions 50%."), ask(r), "", "timetable"
    if v == 2:
        return (f"Practice log for my student (anonymised as S1): week 1 {rng.randint(20, 60)} min, week 2 {rng.randint(20, 60)} min; "
                f"piece: {piece}. Tempo target crotchet={rng.randint(60, 120)}."), "suggest next steps", "", "practice_log"
    return (f"Tutoring rates in the city: average {rng.randint(25, 60)}/h for GCSE, {rng.randint(35, 80)}/h for A-level (survey of {rng.randint(80, 300)} tutors)."), "write a rates page for my website", "", "market_rates"


def b_publishing(r, sens):
    rng = r.rng
    epon = rng.choice(EPONYMS)
    if sens:
        n, g = r.name()
        v = rng.randrange(4)
        if v == 0:
            return (f"Registration #{rng.randint(1000, 9999)}\nAttendee: {n}\n{lab(r, 'email')}: {r.email(g)}\nCard: {r.card()} (exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)})\n"
                    f"Dietary: halal, wheelchair access needed"), "confirm registration, mask what should be masked", "You assist a conference secretariat.", "registration"
        if v == 1:
            label, val = r.nid(len(ID_OF[r.tag]) - 1)
            iban = r.iban()
            return (f"Honorarium payment form (keynote)\nPayee: {n}\nHome address: {r.address()}\n{label}: {val}\n" + (f"IBAN: {iban}\n" if iban else "")), \
                "check the form before sending to finance", "", "honorarium"
        if v == 2:
            return (f"Invitation letter for visa: {n}, {lab(r, 'dob')} {r.dob(1970, 1998)}, {lab(r, 'addr')} {r.address()}, presenting a paper on {epon}."), \
                "write the invitation letter", "", "invitation_letter"
        return (f"Reviewer 2 is {n} ({r.email(g)}), she is the author's former partner - conflict of interest not declared. Reviews attached."), \
            "draft a note to the PC chairs", "", "conflict_of_interest"
    v = rng.randrange(4)
    if v == 0:
        refs = [f"{rng.choice(SCHOLARS)} ({rng.randint(1995, 2025)}). On {epon}. J. {rng.choice(['Algebra', 'Appl. Prob.', 'Econometrics', 'Phonetics'])} {rng.randint(10, 90)}:{rng.randint(1, 400)}. doi:10.{rng.randint(1000, 9999)}/{rng.randint(10000, 99999)}" for _ in range(4)]
        return "References:\n" + "\n".join(refs), "convert to BibTeX", "", "references"
    if v == 1:
        mail, tel = org_contacts(r, "conference")
        return (f"Call for papers: {r.inst_stem.title()}Conf {rng.randint(2026, 2027)}. Deadline {rng.randint(1, 28)} Feb. Double-blind, 8 pages, ISBN of last proceedings 978-{rng.randint(0, 1)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(0, 9)}. "
                f"Contact {mail}, venue switchboard {tel}."), "shorten for a mailing list", "", "cfp"
    if v == 2:
        return (f"Keynote: Prof. {rng.choice(SCHOLARS)} ({r.inst_stem.title()} University), 'Beyond {epon}'. Chair: Prof. {rng.choice(SCHOLARS)}."), "write the programme blurb", "", "keynote"
    return (f"Review form: Paper ID {rng.randint(100, 999)}. Summary: __ Strengths: __ Weaknesses: __ Score (1-5): __ Confidence: __. "
            "Reviewers are anonymous to authors."), ask(r), "", "review_template"


def b_library(r, sens):
    rng = r.rng
    if sens:
        v = rng.randrange(4)
        n, g = r.name()
        if v == 0:
            return (f"Borrower: {n}, card no. L{rng.randint(10000000, 99999999)}, {r.email(g)}\nOverdue: 3 items, fines {rng.randint(5, 40)}.{rng.randint(10, 99)}\n"
                    f"Note: reader says she was in hospital" + (f" (discharge letter ref {r.mrn()})" if rng.random() < 0.4 else "")), "write a fine waiver reply", "You help a university library.", "borrower_record"
        if v == 1:
            rows = ["learner,email,ip,last_login,progress"]
            for _ in range(rng.randint(3, 6)):
                nn, gg = r.name()
                rows.append(f"{nn},{r.email(gg)},{r.ip()},2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)},{rng.randint(0, 100)}%")
            return "\n".join(rows), "which learners look inactive? draft nudge emails", "", "mooc_export"
        if v == 2:
            return (f"ILL request: {n}, {lab(r, 'phone')} {r.phone()}, wants a scan of ch. 4 for her dissertation, deliver to {r.address()}"), "fill the ILL form", "", "ill_request"
        return (f"MOOC certificate payment: {n}, card {r.card()}, billing address {r.address()}"), "confirm payment email", "", "certificate_payment"
    v = rng.randrange(4)
    if v == 0:
        return (f"Catalogue record\nTitle: Proofs about {rng.choice(EPONYMS)}\nAuthor: {rng.choice(SCHOLARS)}\nISBN 978-{rng.randint(0, 3)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}\n"
                f"Call no. QA{rng.randint(100, 999)}.{rng.choice('ABCDEFG')}{rng.randint(10, 99)} {rng.randint(1990, 2025)}"), "convert to MARC-ish JSON", "", "catalogue"
    if v == 1:
        mail, tel = org_contacts(r, "library")
        return (f"Library opening hours: Mon-Fri 8-22, weekends 10-18. Help desk {tel}, {mail}. Study rooms bookable via LibCal."), ask(r), "", "opening_hours"
    if v == 2:
        return (f"MOOC '{rng.choice(SUBJECTS)} basics': {rng.randint(5000, 90000)} enrolled, {rng.randint(4, 15)}% completion, median age band 25-34, "
                f"{rng.randint(60, 150)} countries. Data aggregated, no learner-level export."), "write a summary for the board", "", "aggregate_stats"
    return (f"Test learner accounts for the LMS sandbox: learner001@example.com ... learner020@example.com, password reset on 1st of month. IP of the staging server: 192.0.2.{rng.randint(1, 254)}."), "document this for new staff", "", "test_accounts"


CATEGORIES = [("admissions", b_admissions), ("student_records", b_student_records), ("extenuating_circumstances", b_extenuating),
              ("academic_integrity", b_integrity), ("supervision", b_supervision), ("graduation", b_graduation),
              ("student_visa", b_visa), ("tutoring_lessons", b_tutoring), ("publishing_conferences", b_publishing),
              ("library_mooc", b_library)]
EPONYMS: list = []
COMPOSERS: list = []
FICTIONAL: list = []
SCHOLARS: list = []


def incidental(r, cat, builder):
    """a benign doc of the kind plus ONE incidental item"""
    doc, a, system, style = builder(r, False)
    rng = r.rng
    k = rng.randrange(3)
    if k == 0:
        rel = rng.choice(["my daughter", "my husband", "my flatmate", "my sister", "my son", "my tutor", "my supervisor"])
        extra = f"(ps {rel} {r.first()} will come along too)"
    elif k == 1:
        extra = f"if anything changes text me on {r.phone()}"
    else:
        extra = f"my date of birth for the form is {r.dob(1970, 2007)}"
    filler = " ".join(rng.sample(["Thanks in advance.", "Sorry for the long message.", "Deadline is Friday.", "The portal was down again.",
                                  "I checked the handbook twice.", "Not urgent."], 3))
    return f"{doc}\n\n{filler} {extra}", a, system, style + " · incidental"


# --------------------------------------------------------------------------------------------- placement
PLACEMENTS = ["user", "system", "assistant", "tool", "parts", "file", "tool_args", "tools_schema", "response_format", "user_field", "image_url"]
MODELS = ["hybridgate/auto", "hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "claude-sonnet-4", "mistral-large"]


def place(r, doc, a, system, placement, sens):
    rng = r.rng
    body = {"model": rng.choice(MODELS)}
    msgs = []
    if system and placement != "system":
        msgs.append({"role": "system", "content": system})
    if placement == "user":
        msgs.append({"role": "user", "content": f"{a}\n\n{doc}" if rng.random() < 0.5 else f"{doc}\n\n{a}"})
    elif placement == "system":
        msgs.append({"role": "system", "content": (system + "\n\n" if system else "") + "Case file:\n" + doc})
        msgs.append({"role": "user", "content": a})
    elif placement == "assistant":
        msgs += [{"role": "user", "content": "I'll paste the text, just repeat it back first"},
                 {"role": "assistant", "content": "Sure, here it is:\n" + doc}, {"role": "user", "content": a}]
    elif placement == "tool":
        cid = f"call_{rng.randint(10 ** 8, 10 ** 9)}"
        msgs += [{"role": "user", "content": a},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "fetch_record", "arguments": json.dumps({"ref": f"REF-{rng.randint(10000, 99999)}"})}}]},
                 {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif placement == "parts":
        msgs.append({"role": "user", "content": [{"type": "text", "text": a}, {"type": "text", "text": doc}]})
    elif placement == "file":
        fn = rng.choice(["export.csv", "form.txt", "notes.txt", "letter.txt", "case.txt"])
        b64 = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        msgs.append({"role": "user", "content": [{"type": "text", "text": a}, {"type": "file", "file": {"filename": fn, "file_data": f"data:text/plain;base64,{b64}"}}]})
    elif placement == "tool_args":
        cid = f"call_{rng.randint(10 ** 8, 10 ** 9)}"
        msgs += [{"role": "user", "content": a},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "save_case", "arguments": json.dumps({"text": doc, "status": "draft"}, ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": cid, "content": "saved"}, {"role": "user", "content": "ok now do what I asked"}]
    elif placement == "tools_schema":
        msgs.append({"role": "user", "content": a})
        body["tools"] = [{"type": "function", "function": {"name": "file_case", "description": "File the case. Context:\n" + doc,
                                                           "parameters": {"type": "object", "properties": {"summary": {"type": "string"}}, "required": ["summary"]}}}]
    elif placement == "response_format":
        msgs.append({"role": "user", "content": a})
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "case", "schema": {"type": "object", "description": "Source document:\n" + doc,
                                                                                                    "properties": {"result": {"type": "string"}}}}}
    elif placement == "user_field":
        msgs.append({"role": "user", "content": f"{doc}\n\n{a}"})
        body["user"] = r.email(None) if sens else f"sess_{rng.getrandbits(48):012x}"
    elif placement == "image_url":
        q = urllib.parse.quote(doc.split("\n")[0][:120])
        msgs.append({"role": "user", "content": [{"type": "text", "text": a + "\n\n" + doc},
                                                 {"type": "image_url", "image_url": {"url": f"https://portal.{r.inst_domain}/scan.png?title={q}"}}]})
    body["messages"] = msgs
    return body


def search_text(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
    return "\n".join(parts)


def entities_of(body, issued):
    text = search_text(body)
    out, seen = [], set()
    for typ, val in issued:
        if (typ, val) in seen:
            continue
        seen.add((typ, val))
        if val in text:
            out.append({"type": typ, "value": val})
    return out


# --------------------------------------------------------------------------------------------- PII set
def build_pii(seed, pools):
    rng = random.Random(seed)
    per_cat, n_sens = 50, 29
    n_inc = 4
    records = []
    pl_i = 0
    for cat, builder in CATEGORIES:
        plan = ["inc"] * n_inc + ["sens"] * (n_sens - n_inc) + ["ben"] * (per_cat - n_sens)
        rng.shuffle(plan)
        for kind in plan:
            tag = rng.choices(LOCALE_ORDER, weights=LOCALE_WEIGHTS)[0]
            r = Rec(rng, tag, pools)
            if kind == "inc":
                doc, a, system, style = incidental(r, cat, builder)
            else:
                doc, a, system, style = builder(r, kind == "sens")
            placement = PLACEMENTS[pl_i % len(PLACEMENTS)]
            pl_i += 1
            if kind == "inc" and placement == "user_field":
                placement = "user"
            if rng.random() < 0.1:
                endpoint = "completions"
                body = {"model": rng.choice(MODELS), "prompt": (system + "\n\n" if system else "") + doc + "\n\n" + a + "\n\nAnswer:", "max_tokens": rng.choice([256, 512, 800])}
                if kind == "sens" and rng.random() < 0.3:
                    body["user"] = r.email(None)
                placement = "prompt"
            else:
                endpoint = "chat"
                body = place(r, doc, a, system, placement, kind != "ben")
            ents = entities_of(body, r.issued)
            sensitive = kind != "ben"
            if sensitive:
                assert ents, (cat, style)
            else:
                assert not r.issued and not ents, (cat, style)
            records.append({"category": cat if sensitive else cat + "_benign", "sensitive": bool(ents), "entities": ents,
                            "endpoint": endpoint, "lang": tag, "style": f"{style} · {placement}", "body": body})
    rng.shuffle(records)
    for i, rec in enumerate(records, 1):
        rec["id"] = f"{SPLIT}-pii-{i:04d}"
        assert rec["sensitive"] == bool(rec["entities"])
    return [{k: rec[k] for k in ("id", "category", "sensitive", "entities", "endpoint", "lang", "style", "body")} for rec in records]


# --------------------------------------------------------------------------------------------- complexity set
SHORT_SIMPLE = [
    ("en", "What time does the main library usually close on a Sunday during exam season?"),
    ("en", "How do I cite a website in APA 7th edition? Just the pattern please."),
    ("en", "Translate 'tuition fee waiver' into {lang_name}."),
    ("en", "What does ECTS stand for?"),
    ("en", "Give me three tips for a first {instrument} lesson with an adult beginner."),
    ("en", "write a one-line reminder that the {module} essay is due friday 5pm"),
    ("en", "Suggest a catchy title for a poster about {topic}."),
    ("en", "is it 'enrolment' or 'enrollment' in British English?"),
    ("en", "What's a polite way to ask my supervisor for an extension? one sentence"),
    ("en", "List five common abbreviations used in university timetables."),
    ("de", "Was heißt 'Matrikelnummer' auf Englisch?"),
    ("de", "Schreib eine kurze Absage für meine Sprechstunde morgen um 14 Uhr."),
    ("fr", "Comment dit-on « soutenance de mémoire » en anglais ?"),
    ("fr", "Donne-moi un synonyme de « cours du soir »."),
    ("es", "¿Qué significa TFG en una universidad española?"),
    ("es", "Escribe un saludo breve para el primer día de la clase de {topic} para adultos."),
    ("it", "Come si dice 'appello d'esame' in inglese?"),
    ("pt", "Qual a diferença entre bacharelado e licenciatura? Responde em uma frase."),
    ("pl", "Jak po angielsku jest 'praca magisterska'?"),
    ("ru", "Как по-английски «зачётная книжка»?"),
    ("ja", "「履修登録」は英語で何と言いますか？"),
    ("zh", "“学分绩点”用英文怎么说？"),
    ("ko", "'수강신청'을 영어로 뭐라고 해?"),
    ("ar", "ما معنى كلمة syllabus بالعربية؟"),
    ("hi", "'छात्रवृत्ति' को अंग्रेज़ी में क्या कहते हैं?"),
    ("tr", "'Yüksek lisans tezi' İngilizcede nasıl denir?"),
    ("nl", "Wat is het verschil tussen hbo en wo, in één zin?"),
    ("sv", "Vad betyder 'högskolepoäng' på engelska?"),
    ("el", "Πώς λέγεται «πτυχιακή εργασία» στα αγγλικά;"),
    ("he", "איך אומרים 'תואר שני' באנגלית?"),
]
SHORT_HARD = [
    ("en", "Prove that every finite integral domain is a field, and say exactly where finiteness is used. Then show the statement fails for infinite domains."),
    ("en", "Derive the MLE and its asymptotic variance for the completion rate λ of a MOOC when learners are right-censored at week {n}, assuming exponential dropout."),
    ("en", "Exam timetabling: show that deciding whether {n} exams fit into k slots with no student clash is NP-complete, then give a practical heuristic with a worst-case bound."),
    ("en", "An admissions cutoff at {n} points is used. Explain formally what a regression-discontinuity design identifies here and what breaks if applicants can retake the test to cross the cutoff."),
    ("en", "Compare Rasch and 2PL item response models for calibrating an exam bank; derive the item information function for 2PL and explain when Rasch's specific objectivity matters."),
    ("en", "Three markers double-mark scripts with a rotating design. Propose a moderation model that removes marker severity, prove it preserves within-marker rank order, and state its assumptions."),
    ("en", "Harmonise the melody C D E F G F E D C in four-part SATB in C major without parallel fifths or octaves; justify each chord and cadence."),
    ("en", "Write a Lean 4 proof that the sum of the first n odd numbers is n^2, and explain the induction step."),
    ("en", "Peer effects in randomly assigned university dorms: explain Manski's reflection problem and design an estimator that identifies the endogenous effect."),
    ("en", "Construct a sequence of continuous functions on [0,1] converging pointwise to a discontinuous limit, then prove Dini's theorem as a sufficient condition for uniform convergence."),
    ("en", "Design a plagiarism detector for code submissions robust to identifier renaming and statement reordering; analyse false-positive rates under a null model."),
    ("en", "A grading curve maps raw scores to z-scores then to letter bands. Prove whether the mapping is invariant to adding a constant to all scores in one section, and when it is unfair across sections."),
    ("en", "Show that stable matching for university admissions with couples may have no stable solution; give a minimal counterexample."),
    ("en", "Give a rigorous argument why Cronbach's alpha underestimates reliability for congeneric items, and derive omega in terms of factor loadings."),
    ("de", "Beweise, dass jede endliche Gruppe der Ordnung p² abelsch ist, und erkläre, welche Rolle das Zentrum dabei spielt."),
    ("de", "Entwirf ein faires Losverfahren für Studienplätze mit Härtefallquote und beweise, dass es strategiesicher ist."),
    ("fr", "Démontre que la série harmonique alternée converge vers ln 2, puis montre qu'un réarrangement peut converger vers n'importe quel réel."),
    ("fr", "Conçois un protocole d'évaluation par les pairs dans un MOOC qui corrige le biais des évaluateurs et analyse sa robustesse aux collusions."),
    ("es", "Demuestra que el problema de asignar tutores a alumnos con preferencias y capacidades se reduce a un flujo de coste mínimo y da su complejidad."),
    ("es", "Explica con rigor por qué un examen tipo test con penalización -1/(k-1) hace que adivinar tenga esperanza cero y cuándo deja de ser óptimo no responder."),
    ("it", "Dimostra che l'insieme dei numeri razionali è numerabile ma quello dei reali no, con l'argomento diagonale, e discuti l'uso dell'assioma della scelta."),
    ("pt", "Prove que o algoritmo de Gale-Shapley é ótimo para o lado que propõe e discuta a manipulação pelo outro lado em vestibulares."),
    ("pl", "Udowodnij, że w każdym grafie planarnym istnieje wierzchołek stopnia co najwyżej 5, i wyprowadź z tego kolorowanie 6 kolorami dla planu zajęć."),
    ("ru", "Докажите, что задача составления расписания экзаменов сводится к раскраске графа, и оцените хроматическое число через максимальную степень."),
    ("ja", "大学入試の合否判定で、共通テストと個別試験の得点を標準化して合算する方法を数式で定式化し、順位が逆転する条件を証明してください。"),
    ("zh", "证明：若一门课的成绩服从正态分布，线性调分不改变排名但会改变及格率；给出保持及格率不变的调分公式并讨论其公平性。"),
    ("ko", "수강신청 선착순 시스템과 추첨제의 효율성과 공정성을 게임이론으로 비교하고, 전략적 조작이 불가능한 메커니즘을 제시하세요."),
    ("ar", "برهن أن مسألة توزيع الطلاب على لجان المناقشة بحيث لا يتعارض المشرف مع الطالب هي مسألة تطابق في رسم ثنائي، وقدّر تعقيد الحل."),
    ("hi", "सिद्ध कीजिए कि किसी परीक्षा में बहुविकल्पीय प्रश्नों के अंक का प्रसरण प्रश्नों के बीच सहसंबंध पर कैसे निर्भर करता है, और विश्वसनीयता का सूत्र निकालिए।"),
    ("tr", "Bir sınav bankasında madde güçlük parametrelerini tahmin etmek için EM algoritmasını türetin ve yakınsama koşullarını tartışın."),
]
LONG_EASY_TASKS = [
    ("en", "sort this list alphabetically, nothing else"), ("en", "put this into a markdown table"), ("en", "count how many rows say absent"),
    ("en", "just fix the capitalisation"), ("en", "list only the module codes, one per line"),
    ("de", "bitte alphabetisch sortieren"), ("fr", "mets ça dans un tableau"), ("es", "ordena por fecha, sin más"),
    ("it", "elenca solo i codici"), ("pt", "coloca em ordem alfabética"), ("pl", "zrób z tego tabelę"), ("ru", "отсортируй по алфавиту"),
    ("ja", "表にまとめて"), ("zh", "按字母顺序排列"), ("ko", "표로 정리해줘"), ("tr", "alfabetik sırala"), ("nl", "zet dit in een tabel"),
]
LONG_HARD_TASKS = [
    ("en", "Using these marks, estimate each marker's severity with a mixed-effects model (scripts random, markers fixed), test whether the differences are significant, propose a scaling that preserves rank order within marker, and discuss the fairness trade-offs for borderline candidates."),
    ("en", "Apply the progression regulations above to every case, cite the rule used for each decision, identify where the rules conflict or are ambiguous, and propose a rewording that removes each ambiguity without changing intended outcomes."),
    ("en", "Find a clash-free assignment of these exams to the slots and rooms respecting capacities and the constraints, or prove that none exists; explain the method so it can be reused next term."),
    ("en", "There is an error in this proof. Locate the exact step, explain why it fails with a counterexample, and give a corrected proof."),
    ("en", "Review this grading script: find the bugs in weighting, rounding and missing-value handling, explain their impact on the pasted results, and write unit tests that would have caught them."),
    ("de", "Prüfe die Methodik dieser Studie kritisch: Identifikationsstrategie, Selektionseffekte, Mehrfachtests. Schlage eine Re-Analyse mit Formeln vor."),
    ("fr", "Applique le règlement à chaque cas, justifie chaque décision par l'article, signale les contradictions et propose une rédaction corrigée."),
    ("es", "Estima la severidad de cada corrector con un modelo mixto, contrasta las diferencias y propone un ajuste que conserve el orden dentro de cada corrector."),
    ("ru", "Найдите ошибку в доказательстве, приведите контрпример и исправленное доказательство."),
    ("zh", "根据上面的规定逐一判定每位学生的结果，指出规则之间的冲突和歧义，并给出修订建议。"),
    ("ja", "この採点スクリプトのバグ（重み付け・丸め・欠損値）を特定し、結果への影響を説明し、テストを書いてください。"),
    ("pt", "Encontre uma alocação de provas sem conflitos respeitando as capacidades, ou prove que não existe, e explique o método."),
]
LANG_NAMES = {"en": "Spanish", "de": "German"}
INSTRUMENTS = ["piano", "violin", "guitar", "cello", "flute", "saxophone"]
TOPICS = ["bee pollination", "medieval trade routes", "sourdough chemistry", "urban heat islands", "Spanish conversation", "pottery", "bookkeeping"]


def long_material(rng, kind):
    rows = []
    if kind == "reading":
        for i in range(rng.randint(40, 55)):
            rows.append(f"{rng.choice(['Intro to', 'Handbook of', 'Notes on', 'Essays in', 'Foundations of'])} {rng.choice(TOPICS + SUBJECTS)}, vol. {rng.randint(1, 5)}, {rng.randint(1970, 2025)}, shelf {rng.choice('ABCDEFGH')}{rng.randint(1, 40)}")
    elif kind == "timetable":
        for i in range(rng.randint(35, 50)):
            rows.append(f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {rng.randint(8, 18)}:00 | {rng.choice(MODULES)} | room {rng.choice('ABCDLS')}{rng.randint(1, 3)}.{rng.randint(10, 60)} | {rng.choice(['lecture', 'seminar', 'lab', 'tutorial'])}")
    elif kind == "attendance":
        rows.append("session,student_code,status")
        for i in range(rng.randint(60, 90)):
            rows.append(f"W{rng.randint(1, 12)},S{rng.randint(1000, 9999)},{rng.choice(['present', 'present', 'present', 'absent', 'late'])}")
    else:
        for i in range(rng.randint(30, 45)):
            rows.append(f"{rng.choice(MODULES)} — {rng.choice(['core', 'optional'])}, {rng.choice([10, 15, 20, 30])} credits, semester {rng.randint(1, 2)}, assessment: {rng.choice(['exam 100%', 'coursework 50% / exam 50%', 'portfolio', 'practical'])}")
    text = "\n".join(rows)
    while len(text) < 1600:
        text += "\n" + rng.choice(rows)
    return text


def long_hard_material(rng, which):
    if which == 0 or which == 7:
        rows = ["script,marker,mark"]
        for i in range(rng.randint(45, 70)):
            m = rng.choice("ABC")
            rows.append(f"X{rng.randint(100, 999)},{m},{max(0, min(100, int(rng.gauss(60 + {'A': -4, 'B': 0, 'C': 5}[m], 10))))}")
        return "\n".join(rows)
    if which in (1, 6, 9):
        regs = ["R1 A student passes the year with 120 credits at 40% or more.",
                "R2 Compensation: up to 20 credits between 35-39% may be compensated if the year average is at least 45%.",
                "R3 Core modules cannot be compensated.",
                "R4 A student with an upheld EC claim may resit as a first attempt (uncapped).",
                "R5 Resits are capped at 40% unless R4 applies.",
                "R6 A student failing more than 40 credits must repeat the year.",
                "R7 Where R2 and R6 both apply, the more favourable outcome is taken."]
        cases = [f"Case {i}: marks {', '.join(str(rng.randint(25, 75)) for _ in range(6))} (modules of 20 credits, module {rng.randint(1, 6)} core), EC {'upheld' if rng.random() < 0.3 else 'none'}" for i in range(1, rng.randint(14, 20))]
        return "\n".join(regs) + "\n\n" + "\n".join(cases)
    if which in (2, 11):
        ex = [f"E{i:02d} ({rng.randint(20, 240)} students) clashes with " + ", ".join(f"E{rng.randint(1, 30):02d}" for _ in range(rng.randint(1, 4))) for i in range(1, rng.randint(26, 32))]
        return "Slots: Mon AM, Mon PM, Tue AM, Tue PM, Wed AM, Wed PM\nRooms: Hall 1 (250), Hall 2 (120), Gym (300)\nConstraints: no student more than 2 exams per day; E05 must be on Monday.\n" + "\n".join(ex)
    if which in (3, 8):
        steps = [f"Step {i}: " + s for i, s in enumerate([
            "Let (a_n) be a Cauchy sequence in a normed space X.", "Then (a_n) is bounded, say ||a_n|| <= M.",
            "By Bolzano-Weierstrass, (a_n) has a convergent subsequence a_{n_k} -> a.", "A Cauchy sequence with a convergent subsequence converges to the same limit.",
            "Hence every Cauchy sequence in X converges, so X is complete.", "Therefore every normed space is a Banach space."] * 3, 1)]
        return "\n".join(steps) + "\n" + "Remark: " + " ".join(rng.choice(["We use only the triangle inequality.", "Boundedness follows from the Cauchy property with epsilon = 1.", "The subsequence argument is standard."]) for _ in range(12))
    if which in (4, 10):
        code = """def final_mark(cw, exam, weights=(0.4, 0.6)):
    if exam is None:
        exam = 0
    total = cw * weights[0] + exam * weights[1]
    return round(total)

def classify(avg):
    if avg > 70: return 'First'
    if avg > 60: return '2:1'
    if avg > 50: return '2:2'
    if avg > 40: return 'Third'
    return 'Fail'

def year_average(marks, credits):
    return sum(marks) / len(marks)
"""
        data = "\n".join(f"S{rng.randint(100, 999)}: cw={rng.randint(30, 90)} exam={rng.choice([None, rng.randint(20, 90)])} credits={rng.choice([10, 20, 30])}" for _ in range(rng.randint(30, 45)))
        return code + "\n# results\n" + data
    paras = [f"We surveyed {rng.randint(200, 2000)} students who chose evening classes. Those attending at least {rng.randint(60, 90)}% of sessions earned {rng.randint(5, 15)}% more after two years. "
             f"We conclude that evening classes cause higher wages. Controls: age, gender. p < 0.05 for {rng.randint(8, 20)} of {rng.randint(20, 40)} outcomes tested." for _ in range(6)]
    return "\n\n".join(paras)


def build_complexity(seed):
    rng = random.Random(seed + 1)
    recs = []

    def fill(t):
        return t.format(lang_name=rng.choice(["Spanish", "German", "Japanese", "Portuguese"]), instrument=rng.choice(INSTRUMENTS),
                        module=rng.choice(MODULES), topic=rng.choice(TOPICS), n=rng.choice([8, 12, 24, 40, 120, 600]))

    ss = SHORT_SIMPLE[:]
    rng.shuffle(ss)
    for i in range(46):
        lang, t = ss[i % len(ss)]
        text = fill(t)
        if i >= len(ss):
            text = rng.choice(["quick q: ", "hi! ", "sorry, ", ""]) + text
        recs.append(("short_simple", 0, False, lang, "question", text, None))
    sh = SHORT_HARD[:]
    rng.shuffle(sh)
    for i in range(50):
        lang, t = sh[i % len(sh)]
        text = fill(t)
        if i >= len(sh):
            text = rng.choice(["Be rigorous. ", "Exam prep: ", "For my qualifying exam: ", "PhD seminar question: "]) + text
        recs.append(("short_hard", 1, True, lang, "proof/design", text, rng.choice([None, "You are a university tutor."])))
    for i in range(49):
        lang, task = LONG_EASY_TASKS[i % len(LONG_EASY_TASKS)]
        kind = ["reading", "timetable", "attendance", "catalogue"][i % 4]
        mat = long_material(rng, kind)
        text = f"{task}\n\n{mat}" if rng.random() < 0.5 else f"{mat}\n\n{task}"
        recs.append(("long_easy", 0, True, lang, f"reformat/{kind}", text, rng.choice([None, "You help university administrators."])))
    for i in range(45):
        which = i % len(LONG_HARD_TASKS)
        lang, task = LONG_HARD_TASKS[which]
        mat = long_hard_material(rng, which)
        text = f"{mat}\n\n{task}" if rng.random() < 0.6 else f"{task}\n\n{mat}"
        recs.append(("long_hard", 1, False, lang, f"analysis/{which}", text, rng.choice([None, "You are an expert academic assistant."])))
    rng.shuffle(recs)
    out = []
    for i, (cat, label, adv, lang, style, text, system) in enumerate(recs, 1):
        if cat == "long_easy":
            assert len(text) >= 1500
        msgs = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": text}]
        out.append({"id": f"{SPLIT}-cx-{i:04d}", "category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat",
                    "lang": lang, "style": style, "body": {"model": rng.choice(MODELS), "messages": msgs}})
    return out


# --------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    args = ap.parse_args()
    FROZEN.update(frozen_words())
    rng = random.Random(args.seed)
    pools = make_pools(rng)
    latin = [t for t in LOCALE_ORDER if LOCALES[t]["latin"]]
    EPONYMS[:] = filter_fixed("eponym", EPONYMS_FIXED)
    COMPOSERS[:] = filter_fixed("composer", COMPOSERS_FIXED)
    FICTIONAL[:] = filter_fixed("fictional", FICTIONAL_FIXED)
    if len(EPONYMS) < 5:  # refill with invented eponyms
        EPONYMS.extend(f"the {rng.choice(pools[rng.choice(latin)]['sur'])} {rng.choice(['lemma', 'inequality', 'conjecture', 'bound'])}" for _ in range(12))
    if len(COMPOSERS) < 4:
        COMPOSERS.extend(f"{rng.choice(pools[rng.choice(latin)]['sur'])}'s {rng.choice(['Études', 'Sonatinas', 'Bagatelles'])} Op. {rng.randint(2, 90)}" for _ in range(8))
    if len(FICTIONAL) < 3:
        FICTIONAL.extend(f"{rng.choice(pools['en-GB']['giv'])} the scholarship boy" for _ in range(4))
    SCHOLARS[:] = sorted({f"{rng.choice(pools[t]['giv'])[0]}. {rng.choice(pools[t]['sur'])}" for t in latin for _ in range(3)})
    pii = build_pii(args.seed, pools)
    cx = build_complexity(args.seed)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    inc = sum("incidental" in r["style"] for r in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records ({collections.Counter(r['endpoint'] for r in pii)}), {len(set(r['lang'] for r in pii))} locales, "
          f"{sens} sensitive / {len(pii) - sens} benign, {inc} incidental")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[-1] for r in pii).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records, {len(set(r['lang'] for r in cx))} languages,",
          dict(sorted(collections.Counter(r["category"] for r in cx).items())),
          f"{sum(r['length_adversarial'] for r in cx)} length-adversarial, {sum(r['label'] for r in cx)} labelled 1")
    print("freeze: entries dropped per pool kind:", dict(sorted(FREEZE_STATS.items())),
          f"(eponyms kept {len(EPONYMS_FIXED) - FREEZE_STATS['eponym']}/{len(EPONYMS_FIXED)}, composers kept {len(COMPOSERS_FIXED) - FREEZE_STATS['composer']}/{len(COMPOSERS_FIXED)}, "
          f"fictional kept {len(FICTIONAL_FIXED) - FREEZE_STATS['fictional']}/{len(FICTIONAL_FIXED)})")


if __name__ == "__main__":
    main()
