#!/usr/bin/env python3
"""Tor: an independent, blind evaluation split for the request signals, organised by RETAIL AND E-COMMERCE.

Writes bench/data/signals/pii_tor.jsonl and bench/data/signals/complexity_tor.jsonl in the record schema of
the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the
    detector, the complexity scorer, tests, the evaluator, results, docs, policies, README, commit messages,
    and no other generator. The other generators are only scanned automatically at run time (FROZEN_AGAINST)
    for capitalised and non-ASCII words; every name, street, city, company and eponym pool entry that shares
    a word (or a non-ASCII bigram) with that set is dropped, and pools are refilled from invented,
    locale-typical parts (capped retries). This file skips itself when building the frozen set.

Organising principle
    The world of RETAIL AND E-COMMERCE, nine kinds (= categories; ``<kind>`` sensitive, ``<kind>_benign``
    benign): order_checkout (orders, checkout logs, payment errors), returns_refunds (RMA forms, refund to
    card / IBAN, returned medical devices), loyalty_account (CRM exports, account merges, age-verified
    accounts), seller_dispute (marketplace disputes, chargeback evidence, sole-trader payouts),
    delivery_exception (courier notes, exception CSVs, wrong-address chats), review_qa (product reviews,
    Q&A, moderation queues), store_incident (shoplifting / loss-prevention reports, customer injuries),
    registry_engraving (wedding / baby registries, personalised engraving), store_ops (staff onboarding,
    rotas, payroll; the retailer's own published data). Voices: customer-service agents, shoppers,
    couriers and dispatchers, marketplace sellers, loss-prevention officers, store managers, engravers,
    analysts and developers -- with typos, abbreviations, pasted JSON / CSV / e-mails / forms and
    code-switching between English and the data language over 20 locales (Latin, Cyrillic, Greek, Arabic,
    Hebrew, Devanagari, Thai, Han, Kana and Hangul scripts).

    The line drawn (what a retail privacy officer calls personal data): anything that identifies or
    contacts a private customer, courier recipient, reviewer, suspect, employee or sole-trader seller --
    their names (also a bare first name with a relation or role cue: "my husband Jonas", "cashier Dawit"),
    phone numbers, e-mails, delivery addresses, birth dates, national / tax / health-insurance numbers,
    hospital record numbers, card numbers, IBANs / US account numbers and a shopper's public IP. NOT
    personal data (benign hard negatives): the retailer's own published data (store addresses, customer
    service and toll-free lines, role mailboxes, registered office, company registration and VAT numbers of
    incorporated sellers), executives and brand founders quoted in their public role, products and dishes
    named after people, fictional characters on merchandise, PSP test card numbers and example.com /
    placeholder values, order / tracking / RMA / SKU / loyalty-member numbers, blank forms with
    placeholders, aggregated statistics and already-anonymised (masked) exports. An incorporated seller's
    company number is benign; a sole trader's personal tax number is not.

Labels
    ``entities`` lists every issued value that is found in the serialised body (JSON with ensure_ascii off,
    base64 file parts decoded, URLs unquoted); each entity is {"type", "value"}. sensitive == bool(entities)
    (asserted). ssn is the US SSN only; NIR, BSN, PESEL, personnummer, T.C. kimlik, AMKA, Teudat Zehut,
    Aadhaar, Thai PIN, My Number, RRN, resident ID card and CURP are NATIONAL_ID; Steuer-ID, UTR, CPF, codice
    fiscale, NIP, INN, AFM and PAN are TAX_ID; NHS and German KVNR numbers HEALTH_INSURANCE; hospital MRNs
    MEDICAL_RECORD; a US routing + account pair US_BANK_NUMBER (value: the account number). About 12% of the
    sensitive records carry a single incidental item (a first name with a relation / role cue, one phone
    number in a long text, one birth date). Complexity: short_simple (0), long_easy (0, >= 1,500 chars,
    length-adversarial), short_hard (1, length-adversarial), long_hard (1).

Contents (seed 20261219; the run prints all counts)
    pii_tor.jsonl: 495 requests (9 kinds x 55: 32 sensitive + 23 benign each = 288 sensitive / 207 benign,
    58.2% sensitive), 20 locales, ~10% on the completions endpoint, 36 incidental-only sensitive records;
    documents rotate over user / system / assistant / tool messages, text and file content parts, image URL
    query strings, tool-call arguments, tool schemas, response_format and the ``user`` field.
    complexity_tor.jsonl: 190 chat requests: short_simple 48, long_easy 48, short_hard 47, long_hard 47
    (95 length-adversarial, 94 labelled 1) in 15 language tags.
    --seed changes every draw (names, values, templates, locales, placements) but keeps these distributions.
    The freeze (105,583 words when written) dropped 18 of 19 real eponymous products and 7 of 8 stock cartoon
    characters; those pools are refilled with invented names ("'<name>' teapot (named after the founder's
    dog)", invented cartoon heroes). Name, street and city pools are composed from invented parts.

Validation
    Every identifier is built with valid check digits and validated with python-stdnum (us.ssn, us.rtn,
    gb.nhs, gb.utr, de.idnr, fr.nir, mx.curp, br.cpf, it.codicefiscale, nl.bsn, pl.pesel, pl.nip,
    se.personnummer, tr.tckimlik, ru.inn, gr.amka, gr.vat, il.idnr, in_.aadhaar, in_.pan, th.pin, jp.in_,
    kr.rrn, cn.ric, iban, luhn); the German KVNR and the MRNs with own check-digit routines; every phone
    number with phonenumbers.is_valid_number for its region; IPs are global and outside documentation
    ranges. The run aborts on any invalid value; every retry loop is capped.

Command (deterministic for a given seed, independent of PYTHONHASHSEED)
    python bench/make_tor_signal_sets.py [--seed 20261219] [--out bench/data/signals]
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
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka, vat as gr_vat
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "tor"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment").split()
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
FREEZE_STATS = collections.Counter()
MISSED = [0]


def is_frozen(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    for t in toks:
        if t in FROZEN:
            return True
    for m in re.finditer(r"\b[A-Z][A-Za-z'\-]+", entry):
        if m.group(0).lower() in FROZEN:
            return True
    for a, b in zip(toks, toks[1:]):
        if any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b) and f"{a} {b}" in FROZEN:
            return True
    return False


class Fail(Exception):
    pass


def draw_fresh(rng, maker, pool_name, cap=400):
    """Draw an entry from an invented-part composer that survives the freeze (capped)."""
    for _ in range(cap):
        e = maker()
        if not is_frozen(e):
            return e
        FREEZE_STATS[pool_name] += 1
    raise Fail(f"pool {pool_name} exhausted by the freeze")


# --------------------------------------------------------------------------------------------------
# Locales: invented name / place parts (composed at run time), labels, phone region, identifiers
# --------------------------------------------------------------------------------------------------
L = {
    "en-US": dict(region="US", script="latin",
                  gp=["Bray", "Cal", "Dar", "Jess", "Kay", "Lor", "Mar", "Tam", "Wil", "Bren", "Cor", "Shan", "Tre"],
                  gs=["lyn", "den", "issa", "ton", "elle", "ora", "ian", "ette", "avon", "dra"],
                  fp=["Hal", "Pem", "Brad", "Cart", "Dun", "Fair", "Ock", "Rad", "Stan", "Whit", "Ald", "Bram", "Quar"],
                  fs=["wick", "more", "cott", "ridge", "stead", "holt", "ingham", "ver", "worth", "sley"],
                  cp=["Ash", "Brook", "Cedar", "Elm", "Glen", "Maple", "Oak", "Pine", "Red", "Willow"],
                  cs=["haven", "field", "port", "dale", "ton", "crest", "burg", "ville"],
                  lab=dict(name="Name", phone="Phone", addr="Ship to", dob="DOB", email="Email", note="Note"),
                  ask=["pls summarize for the ticket", "draft a reply to the customer", "pull the fields into JSON"]),
    "en-GB": dict(region="GB", script="latin",
                  gp=["Ais", "Bry", "Ceri", "Fen", "Imo", "Lot", "Rhi", "Tal", "Wen", "Gwil", "Ros"],
                  gs=["ling", "anne", "dwen", "ric", "wyn", "ella", "ie", "iffe", "gen"],
                  fp=["Ack", "Bal", "Crans", "Dows", "Eld", "Fother", "Grims", "Hask", "Pit", "Thirl", "Wad"],
                  fs=["ington", "thorpe", "combe", "shaw", "bridge", "hurst", "field", "cote", "mere"],
                  cp=["Wex", "Dith", "Pell", "Hobb", "Sall", "Tred", "Crom", "Ebb"],
                  cs=["combe", "erby", "bury", "ington", "owfield", "mere", "moor"],
                  lab=dict(name="Name", phone="Mobile", addr="Delivery address", dob="Date of birth", email="Email", note="Note"),
                  ask=["can u summarise for the case notes", "draft a polite reply", "tidy this into a table"]),
    "de-DE": dict(region="DE", script="latin",
                  gp=["Ans", "Bert", "Frie", "Gun", "Hel", "Lie", "Rol", "Sieg", "Ul", "Wal", "Mech"],
                  gs=["hild", "mar", "ke", "run", "wig", "lind", "traud", "gard", "fried"],
                  fp=["Brem", "Dorn", "Eich", "Falk", "Grub", "Kess", "Mold", "Rott", "Schwa", "Wen", "Zirn"],
                  fs=["bach", "berger", "hauer", "ecker", "inger", "feld", "huber", "reuther", "lechner"],
                  cp=["Ober", "Nieder", "Alt", "Neu", "Bad ", "Hohen"],
                  cs=["wettbach", "kirchhain", "brunnstadt", "lohfelden", "zellingen", "amselau"],
                  lab=dict(name="Name", phone="Tel.", addr="Lieferadresse", dob="Geburtsdatum", email="E-Mail", note="Notiz"),
                  ask=["bitte kurz zusammenfassen", "antwort an den kunden formulieren, freundlich", "felder als JSON raus"]),
    "fr-FR": dict(region="FR", script="latin",
                  gp=["Aur", "Bén", "Clé", "Gis", "Lou", "Maë", "Od", "Sév", "Tif", "Yv"],
                  gs=["éline", "ence", "ette", "ane", "ilde", "ine", "aïs", "elle"],
                  fp=["Bou", "Char", "Dela", "Fau", "Gir", "Lam", "Mor", "Pel", "Rou", "Vau"],
                  fs=["chard", "doux", "lière", "quet", "rieux", "taine", "veau", "zières", "gnac"],
                  cp=["Ville", "Mont", "Châtel", "Beau", "Roche", "Bois"],
                  cs=["brévin", "lézac", "morvan", "fortel", "dulac", "nasque"],
                  lab=dict(name="Nom", phone="Tél", addr="Adresse de livraison", dob="Date de naissance", email="E-mail", note="Remarque"),
                  ask=["résume-moi ça stp", "rédige une réponse au client", "extrais les champs en JSON"]),
    "es-MX": dict(region="MX", script="latin",
                  gp=["Ana", "Dul", "Est", "Fer", "Itz", "Mar", "Rosa", "Xim", "Yar", "Abi"],
                  gs=["lía", "cinda", "ela", "ena", "iel", "ita", "uro", "andro"],
                  fp=["Alva", "Carde", "Garza", "Menchaca", "Oroz", "Quin", "Tapia", "Villa", "Zamu"],
                  fs=["rado", "nas", "lez", "rrubias", "tero", "dío", "cera", "quez"],
                  cp=["Tepe", "Ama", "Zoqui", "Tlacu", "Oco", "Jalti", "Xochi", "Cuau"],
                  cs=["xco", "tlán", "apan", "ilo", "tepec", "pa"],
                  lab=dict(name="Nombre", phone="Cel", addr="Dirección de entrega", dob="Fecha de nacimiento", email="Correo", note="Nota"),
                  ask=["hazme un resumen porfa", "redacta respuesta al cliente", "sácalo en JSON"]),
    "pt-BR": dict(region="BR", script="latin",
                  gp=["Ale", "Dja", "Gra", "Lu", "Mai", "Ro", "Tai", "Vini", "Jure", "Cle"],
                  gs=["ciane", "nilson", "cema", "dinei", "sângela", "mar", "quele", "lene"],
                  fp=["Bitten", "Cavalc", "Fagun", "Maga", "Noguei", "Prado", "Resen", "Toled", "Xavi"],
                  fs=["court", "anti", "des", "lhães", "reira", "lino", "dão", "ersz"],
                  cp=["Itapi", "Jacu", "Taqua", "Muri", "Pira", "Cana", "Ubira", "Guaja"],
                  cs=["ru", "ípe", "ral", "çoca", "petinga", "úba", "tinga"],
                  lab=dict(name="Nome", phone="Celular", addr="Endereço de entrega", dob="Data de nascimento", email="E-mail", note="Obs"),
                  ask=["resume pra mim", "escreve uma resposta pro cliente", "extrai em JSON"]),
    "it-IT": dict(region="IT", script="latin",
                  gp=["Ales", "Bene", "Car", "Fio", "Gian", "Ludo", "Ornel", "Sil", "Tizi"],
                  gs=["detta", "vana", "ella", "rina", "luca", "vica", "ano", "ena"],
                  fp=["Bar", "Capo", "Dell'", "Fran", "Lom", "Mazz", "Pacc", "Sciar", "Tor"],
                  fs=["belli", "bianco", "cino", "donio", "etti", "iardi", "occhi", "ucci"],
                  cp=["Castel", "Monte", "Roc", "Val", "Pieve"],
                  cs=["vezzano", "rotondo", "fioralto", "lusiana", "marsaglia", "tenna"],
                  lab=dict(name="Nome", phone="Cell.", addr="Indirizzo di consegna", dob="Data di nascita", email="Email", note="Nota"),
                  ask=["riassumi per favore", "scrivi una risposta al cliente", "estrai i campi in JSON"]),
    "nl-NL": dict(region="NL", script="latin",
                  gp=["Aal", "Berend", "Dier", "Fem", "Hil", "Jel", "Lieu", "Roel", "Wouter"],
                  gs=["tje", "ke", "ina", "ijn", "ske", "tina", "ard"],
                  fp=["Haaks", "Wie", "Brug", "Sloot", "Heij", "Veld", "Dijk", "Meul", "Kamp", "Ver"],
                  fs=["bergen", "link", "tman", "weg", "st", "hoek", "stal", "enaar", "huis"],
                  cp=["Dokker", "Hassel", "Briel", "Ommer", "Tessen", "Wijde"],
                  cs=["veen", "woude", "hoek", "ing", "burg", "dam"],
                  lab=dict(name="Naam", phone="Tel", addr="Afleveradres", dob="Geboortedatum", email="E-mail", note="Opmerking"),
                  ask=["vat even samen aub", "stel een antwoord op voor de klant", "zet het in JSON"]),
    "pl-PL": dict(region="PL", script="latin",
                  gp=["Bogu", "Dobro", "Grze", "Jadwi", "Mieczy", "Rado", "Sławo", "Zbi", "Wies"],
                  gs=["sława", "mir", "gniew", "ga", "sław", "mira"],
                  fp=["Brzoz", "Chmiel", "Gwiazd", "Kaczm", "Leśni", "Przyby", "Szczep", "Wróbl", "Zawad"],
                  fs=["owski", "ewska", "iński", "arczyk", "ak", "ecka", "ski"],
                  cp=["Bździ", "Kępi", "Łazi", "Prusz", "Wierzb", "Zabło", "Grodzi"],
                  cs=["ny", "ce", "ska", "no", "nik", "cie"],
                  lab=dict(name="Imię i nazwisko", phone="Tel.", addr="Adres dostawy", dob="Data urodzenia", email="E-mail", note="Uwagi"),
                  ask=["streść proszę", "napisz odpowiedź do klienta", "wyciągnij pola do JSON"]),
    "sv-SE": dict(region="SE", script="latin",
                  gp=["Ag", "Bir", "Ebb", "Gun", "Ing", "Lin", "Sig", "Tor", "Vil"],
                  gs=["nes", "gitta", "a", "vor", "rid", "nea", "hild", "mund"],
                  fp=["Ahl", "Berg", "Fors", "Hag", "Lund", "Sjö", "Ström", "Wall", "Ek"],
                  fs=["gren", "kvist", "blad", "dahl", "sten", "qvist", "mark", "stedt"],
                  cp=["Norr", "Söder", "Väster", "Öster", "Stor"],
                  cs=["backa", "by", "hult", "torp", "vik", "åsen"],
                  lab=dict(name="Namn", phone="Mobil", addr="Leveransadress", dob="Födelsedatum", email="E-post", note="Anteckning"),
                  ask=["sammanfatta tack", "skriv ett svar till kunden", "gör om till JSON"]),
    "tr-TR": dict(region="TR", script="latin",
                  gp=["Ay", "Bah", "Çağ", "Gül", "İl", "Nil", "Öz", "Ser", "Tun", "Yağ"],
                  gs=["sel", "ar", "rı", "bin", "kay", "gün", "can", "nur"],
                  fp=["Akın", "Başa", "Çelik", "Demir", "Eren", "Kara", "Öz", "Sarı", "Yıldı"],
                  fs=["soy", "oğlu", "kaya", "taş", "gül", "ak", "dağ", "türk"],
                  cp=["Yeni", "Eski", "Kara", "Ak"],
                  cs=["köy", "pınar", "ova", "tepe", "dere", "yurt"],
                  lab=dict(name="Ad Soyad", phone="Tel", addr="Teslimat adresi", dob="Doğum tarihi", email="E-posta", note="Not"),
                  ask=["kısaca özetler misin", "müşteriye cevap yaz", "JSON olarak çıkar"]),
    "ru-RU": dict(region="RU", script="cyrillic",
                  gp=["Ар", "Веле", "Гле", "Зла", "Мир", "Ост", "Рад", "Свято", "Яро", "Люд"],
                  gs=["слава", "мира", "бор", "дана", "слав", "мила"],
                  fp=["Бел", "Груш", "Кед", "Лаз", "Мох", "Руд", "Сев", "Тал", "Жур"],
                  fs=["ницкий", "енков", "овский", "ихин", "анов", "уцкий"],
                  cp=["Верхне", "Нижне", "Ново", "Старо"],
                  cs=["озёрск", "лужье", "борск", "полянск", "дубравск"],
                  lab=dict(name="ФИО", phone="Тел.", addr="Адрес доставки", dob="Дата рождения", email="Почта", note="Комментарий"),
                  ask=["кратко перескажи", "напиши ответ клиенту", "вытащи поля в JSON"]),
    "el-GR": dict(region="GR", script="greek",
                  gp=["Αγλα", "Ευτυ", "Θεο", "Καλλι", "Μυρ", "Σπυρ", "Χρυσ", "Ξανθ"],
                  gs=["ΐα", "χία", "δώρα", "όπη", "ούλα", "ίππη"],
                  fp=["Παπα", "Καρα", "Χατζη", "Μαυρο", "Αργυρο", "Τσιτσι"],
                  fs=["δάκης", "λιάκος", "ρίδης", "νίκας", "κώστας", "φάκης"],
                  cp=["Βρυσ", "Λιθαρ", "Καστρ", "Μυρτ", "Ανθ"],
                  cs=["ούλα", "ίτσα", "όπολη", "οχώρι"],
                  lab=dict(name="Ονοματεπώνυμο", phone="Τηλ.", addr="Διεύθυνση αποστολής", dob="Ημ. γέννησης", email="Email", note="Σημείωση"),
                  ask=["κάνε μου μια σύνοψη", "γράψε απάντηση στον πελάτη", "βγάλε τα πεδία σε JSON"]),
    "ar-SA": dict(region="SA", script="arabic",
                  gp=["رز", "لج", "تم", "مش", "غد", "نو", "وج", "هت", "رين", "ضا", "سد"],
                  gs=["ان", "ين", "يم", "اري", "ير", "اف", "دان", "اد"],
                  fp=["ال"],
                  fs=["بريكي", "سنيدي", "خزامي", "عوفي", "ركبي", "جهيمي", "طريفي", "مشعلي", "زعابي", "هديبي"],
                  cp=["الري", "النخي", "الوسي", "الغدي", "البدي", "الصفي"],
                  cs=["حانة", "لات", "طاء", "رة", "عة", "ية"],
                  lab=dict(name="الاسم", phone="الجوال", addr="عنوان التوصيل", dob="تاريخ الميلاد", email="البريد", note="ملاحظة"),
                  ask=["لخص لي الطلب", "اكتب رد للعميل بشكل لطيف", "طلع الحقول بصيغة JSON"]),
    "he-IL": dict(region="IL", script="hebrew",
                  gp=["נג", "של", "אל", "רות", "הד", "לי", "גפ", "צל", "על", "ינ"],
                  gs=["ה", "ית", "מוג", "ם", "ס", "אור", "ן", "יל", "מה", "אי"],
                  fp=["בר", "גולד", "זילבר", "רוזן", "שטרן"],
                  fs=["נהורי", "פלדמן", "שטוק", "צוויג", "ליכט", "גרטן", "קרוין"],
                  cp=["אלונ", "שקד", "ערב", "צאל", "רימ"],
                  cs=["ית", "ים", "ה", "ון"],
                  lab=dict(name="שם מלא", phone="טלפון", addr="כתובת למשלוח", dob="תאריך לידה", email="אימייל", note="הערה"),
                  ask=["תסכם לי בקצרה", "תנסח תשובה ללקוח", "תוציא את השדות ל-JSON"]),
    "hi-IN": dict(region="IN", script="devanagari",
                  gp=["अनि", "ऋति", "कुशा", "तन्म", "देवां", "निहा", "पार्थि", "वैदे", "मृणा"],
                  gs=["मेष", "का", "ग्र", "यी", "श", "रिका", "व", "ही", "ल"],
                  fp=["बघे", "धारी", "पुरो", "सह", "बिष्", "रावा"],
                  fs=["ल", "वाल", "हित", "गल", "ट", "नी"],
                  cp=["सराय", "मोती", "कुसुम", "बेल", "चंदन", "गुलाब"],
                  cs=["गंज", "पुरा", "खेड़ा", "नगर", "बाड़ी"],
                  lab=dict(name="नाम", phone="मोबाइल", addr="डिलीवरी पता", dob="जन्म तिथि", email="ईमेल", note="नोट"),
                  ask=["short me summary bana do", "customer ko reply likho, polite", "JSON mein nikaalo"]),
    "th-TH": dict(region="TH", script="thai",
                  gp=["ณัฐ", "ธน", "พิมพ์", "ศุภ", "กนก", "วร", "ชย", "ภูริ"],
                  gs=["วดี", "พล", "ชนก", "กร", "พร", "เมธ", "ณิชา", "ภัทร"],
                  fp=["ศรี", "ทอง", "วงศ์", "แก้ว", "บุญ", "สุข", "เรือง", "อินทร์"],
                  fs=["ประเสริฐ", "ไพบูลย์", "มณีรัตน์", "เกษม", "ฤทธิ์", "สวัสดิ์", "ธาดา", "โชติ"],
                  cp=["บ้าน", "หนอง", "ดอน"],
                  cs=["ตะแบก", "กระทุ่ม", "สะแก", "มะค่า", "จิก"],
                  lab=dict(name="ชื่อ-นามสกุล", phone="โทร", addr="ที่อยู่จัดส่ง", dob="วันเกิด", email="อีเมล", note="หมายเหตุ"),
                  ask=["สรุปให้หน่อย", "ช่วยร่างคำตอบลูกค้า", "ดึงข้อมูลเป็น JSON"]),
    "ja-JP": dict(region="JP", script="kana-han",
                  gp=["澄", "陽", "紗", "千", "悠", "柚", "灯", "湊", "律"],
                  gs=["香", "葵", "良", "景", "真", "希", "乃", "太"],
                  fp=["榊", "真", "杉", "久", "畑", "嶋", "芦", "沖", "蓮"],
                  fs=["原", "柴", "浦", "我", "中", "田", "野", "見", "沢"],
                  cp=["東", "西", "南", "北"],
                  cs=["菖蒲台", "楓ヶ丘", "白樺町", "桐生台"],
                  lab=dict(name="氏名", phone="電話", addr="お届け先", dob="生年月日", email="メール", note="備考"),
                  ask=["要約して", "お客様への返信文を作って", "JSONで項目を抜き出して"]),
    "ko-KR": dict(region="KR", script="hangul",
                  gp=["서", "윤", "하", "준", "도", "솔", "온", "채", "율", "담"],
                  gs=["린", "결", "아", "빈", "희", "우", "슬"],
                  fp=["변", "석", "탁", "편", "봉", "승", "옥", "경"],
                  fs=[""],
                  cp=["새", "한", "푸른"],
                  cs=["솔마을", "들꽃로", "별빛동", "은행골"],
                  sp=["느티", "매화", "솔빛", "달맞이", "은하", "푸름", "새솔"], ss=["나루", "마루", "뜰", "고개", "여울"],
                  lab=dict(name="이름", phone="연락처", addr="배송지", dob="생년월일", email="이메일", note="메모"),
                  ask=["요약해줘", "고객한테 답장 써줘", "JSON으로 뽑아줘"]),
    "zh-CN": dict(region="CN", script="han",
                  gp=["瑾", "澜", "昀", "舒", "晗", "朗", "沁", "霏", "砚", "祎", "桐", "芮"],
                  gs=["溪", "宁", "悦", "岚", "琦", "然", "珂", "晟"],
                  fp=["岑", "喻", "柏", "祁", "邝", "甄", "蔺", "阚", "濮", "钭"],
                  fs=[""],
                  cp=["青", "云", "澄", "枫"],
                  cs=["溪镇", "山路", "湖区", "桥街道"],
                  sp=["银杏", "丹桂", "翠竹", "秋枫", "明湖", "云栖"], ss=["北", "南", "东", "中", "西"],
                  lab=dict(name="姓名", phone="手机", addr="收货地址", dob="出生日期", email="邮箱", note="备注"),
                  ask=["帮我总结一下", "帮我写个回复给顾客", "提取成JSON"]),
}
LOCALES = list(L)

ASCII_SYL = ["ka", "lo", "mi", "ren", "tas", "vi", "zo", "bel", "dun", "fa", "gor", "hel", "jin", "ku", "mar", "nel",
             "pio", "qua", "ros", "sul", "tey", "ur", "wen", "yas"]
MAIL_DOMAINS = {"US": ["gmail.com", "yahoo.com", "icloud.com"], "GB": ["btinternet.com", "gmail.com", "outlook.com"],
                "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
                "MX": ["hotmail.com", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
                "IT": ["libero.it", "tiscali.it"], "NL": ["ziggo.nl", "kpnmail.nl"], "PL": ["wp.pl", "onet.pl", "o2.pl"],
                "SE": ["telia.com", "gmail.com"], "TR": ["hotmail.com", "yandex.com.tr"], "RU": ["mail.ru", "yandex.ru"],
                "GR": ["otenet.gr", "yahoo.gr"], "SA": ["gmail.com", "hotmail.com"], "IL": ["walla.co.il", "gmail.com"],
                "IN": ["rediffmail.com", "gmail.com"], "TH": ["hotmail.co.th", "gmail.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp"],
                "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"]}

STRIP = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüçñßøæœłśźżćńęąşğıİ", "aaaaaaeeeeiiiiooooouuuucnsoaolszzcneasgii")


# --------------------------------------------------------------------------------------------------
# Value generators (all validated)
# --------------------------------------------------------------------------------------------------
class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    # -- names, places ----------------------------------------------------------------------------
    def given(self, loc):
        d, r = L[loc], self.r
        return draw_fresh(r, lambda: r.choice(d["gp"]) + r.choice(d["gs"]), f"given:{loc}")

    def family(self, loc):
        d, r = L[loc], self.r
        if loc in ("zh-CN", "ko-KR"):  # one-syllable surname: only the composed full name (one token) is checked
            return r.choice(d["fp"])
        return draw_fresh(r, lambda: r.choice(d["fp"]) + r.choice(d["fs"]), f"family:{loc}")

    def full(self, loc):
        g, f = self.given(loc), self.family(loc)
        if loc in ("zh-CN", "ko-KR"):
            name = f + g
        elif loc == "ja-JP":
            name = f"{f} {g}"
        elif loc in ("hi-IN",):
            name = f"{g} {f}"
        else:
            name = f"{g} {f}"
        if is_frozen(name):
            FREEZE_STATS[f"full:{loc}"] += 1
            return self.full_retry(loc)
        return name, g

    def full_retry(self, loc, cap=60):
        for _ in range(cap):
            g, f = self.given(loc), self.family(loc)
            name = f + g if loc in ("zh-CN", "ko-KR") else f"{g} {f}"
            if not is_frozen(name):
                return name, g
        raise Fail("full-name retries exhausted")

    def city(self, loc):
        d, r = L[loc], self.r
        return draw_fresh(r, lambda: r.choice(d["cp"]) + r.choice(d["cs"]), f"city:{loc}")

    def street_core(self, loc):
        d, r = L[loc], self.r
        sp, ss = d.get("sp", d["fp"]), d.get("ss", d["fs"])
        return draw_fresh(r, lambda: r.choice(sp) + r.choice(ss), f"street:{loc}")

    def address(self, loc):
        r = self.r
        c, s, n = self.city(loc), self.street_core(loc), r.randint(2, 188)
        pc5 = f"{r.randint(10000, 98999)}"
        if loc == "en-US":
            return f"{n * 7 + 3} {s} {r.choice(['St', 'Ave', 'Dr', 'Ln'])}, Apt {r.randint(1, 40)}, {c}, {r.choice(['OH', 'TX', 'OR', 'GA', 'MN'])} {pc5}"
        if loc == "en-GB":
            return f"Flat {r.randint(1, 9)}, {n} {s} Road, {c}, {r.choice(['LS', 'BS', 'NG', 'CF'])}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        if loc == "de-DE":
            return f"{s}straße {n}, {pc5} {c}"
        if loc == "fr-FR":
            return f"{n} rue {s}, bât. {r.choice('ABC')}, {pc5} {c}"
        if loc == "es-MX":
            return f"Calle {s} {n}, Col. {c}, C.P. {pc5}"
        if loc == "pt-BR":
            return f"Rua {s}, {n}, apto {r.randint(11, 304)}, {c} - CEP {pc5}-{r.randint(100, 999)}"
        if loc == "it-IT":
            return f"Via {s} {n}, {pc5} {c}"
        if loc == "nl-NL":
            return f"{s}straat {n}, {r.randint(1000, 9899)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')} {c}"
        if loc == "pl-PL":
            return f"ul. {s} {n}/{r.randint(1, 60)}, {r.randint(10, 99)}-{r.randint(100, 999)} {c}"
        if loc == "sv-SE":
            return f"{s}vägen {n}, {r.randint(100, 989)} {r.randint(10, 99)} {c}"
        if loc == "tr-TR":
            return f"{s} Sok. No:{n} D:{r.randint(1, 20)}, {c} Mah., {pc5}"
        if loc == "ru-RU":
            return f"ул. {s}ая, д. {n}, кв. {r.randint(1, 220)}, г. {c}, {r.randint(100000, 699999)}"
        if loc == "el-GR":
            return f"Οδός {s} {n}, {c}, ΤΚ {r.randint(100, 859)} {r.randint(10, 99)}"
        if loc == "ar-SA":
            return f"شارع {s}، مبنى {n}، {c}، الرياض {r.randint(11000, 14999)}"
        if loc == "he-IL":
            return f"רחוב {s} {n}, דירה {r.randint(1, 30)}, {c}"
        if loc == "hi-IN":
            return f"मकान {n}, {s} मार्ग, {c}, पिन {r.randint(110001, 856999)}"
        if loc == "th-TH":
            return f"{n}/{r.randint(1, 99)} ซอย{s} ต.{c} จ.นครปฐม {r.randint(10100, 96999)}"
        if loc == "ja-JP":
            return f"〒{r.randint(100, 999)}-{r.randint(1000, 9999)} {c}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{r.randint(1, 20)} {s}ハイツ{r.randint(101, 509)}"
        if loc == "ko-KR":
            return f"{c} {s}길 {n}, {r.randint(101, 120)}동 {r.randint(101, 1904)}호"
        if loc == "zh-CN":
            return f"{c}{s}路{n}号{r.randint(1, 30)}栋{r.randint(101, 2602)}室"
        raise Fail(loc)

    def company(self):
        r = self.r
        pre = ["Vell", "Norr", "Kaldi", "Brimo", "Quill", "Tessa", "Luma", "Halv", "Zand", "Orvi", "Pim", "Sorel", "Yarro"]
        suf = ["ora", "mart", "haus", "ette", "wares", "lane", "kin", "oo", "ique", "stack"]
        return draw_fresh(r, lambda: r.choice(pre) + r.choice(suf), "company")

    # -- contact ----------------------------------------------------------------------------------
    def phone(self, loc, kind="mobile"):
        r = self.r
        region = L[loc]["region"]
        t = {"mobile": phonenumbers.PhoneNumberType.MOBILE, "fixed": phonenumbers.PhoneNumberType.FIXED_LINE,
             "toll": phonenumbers.PhoneNumberType.TOLL_FREE}[kind]
        ex = phonenumbers.example_number_for_type(region, t)
        if ex is None:
            ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
        nat = phonenumbers.national_significant_number(ex)
        for _ in range(300):
            k = min(6, len(nat) - 2)
            cand = nat[:-k] + "".join(str(r.randint(0, 9)) for _ in range(k))
            num = phonenumbers.parse("+" + str(ex.country_code) + cand, region)
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
                fmt = r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                                phonenumbers.PhoneNumberFormat.E164])
                s = phonenumbers.format_number(num, fmt)
                chk = phonenumbers.parse(s, region)
                if not phonenumbers.is_valid_number(chk):
                    raise Fail("phone")
                return s
        raise Fail(f"no valid phone for {region}")

    def email(self, loc, name=None):
        r = self.r
        region = L[loc]["region"]
        if name and L[loc]["script"] == "latin":
            parts = [p for p in re.split(r"[\s'\-]+", name.lower().translate(STRIP)) if p]
            parts = [re.sub(r"[^a-z]", "", p) for p in parts]
            handle = r.choice([".".join(parts), parts[0][0] + parts[-1], parts[-1] + str(r.randint(1, 99)),
                               parts[0] + "_" + parts[-1][:3] + str(r.randint(70, 2005))])
        else:
            handle = "".join(r.choice(ASCII_SYL) for _ in range(3)) + str(r.randint(1, 999))
        return f"{handle}@{r.choice(MAIL_DOMAINS[region])}"

    def dob_date(self):
        r = self.r
        return dt.date(1946, 1, 1) + dt.timedelta(days=r.randint(0, 60 * 365))

    def fmt_date(self, loc, d):
        if loc == "en-US":
            return d.strftime("%m/%d/%Y")
        if loc in ("en-GB", "fr-FR", "es-MX", "pt-BR", "it-IT", "el-GR", "he-IL", "hi-IN", "th-TH", "ar-SA"):
            return d.strftime("%d/%m/%Y")
        if loc in ("de-DE", "pl-PL", "ru-RU", "tr-TR"):
            return d.strftime("%d.%m.%Y")
        if loc in ("ja-JP", "zh-CN"):
            return f"{d.year}年{d.month}月{d.day}日"
        if loc == "ko-KR":
            return f"{d.year}. {d.month}. {d.day}."
        return d.isoformat()

    def ip(self):
        r = self.r
        for _ in range(200):
            if r.random() < 0.8:
                a = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
                bad = any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
            else:
                a = ipaddress.IPv6Address((0x2A02 << 112) | (r.getrandbits(96) << 16) | r.getrandbits(16))
                bad = a in ipaddress.ip_network("2001:db8::/32")
            if a.is_global and not bad:
                return str(a)
        raise Fail("ip")

    def card(self):
        r = self.r
        test = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556"}
        for _ in range(100):
            pre, ln = r.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("37", 15), ("34", 15)])
            body = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) - 1))
            n = body + luhn.calc_check_digit(body)
            if n in test or not luhn.is_valid(n):
                continue
            if ln == 15:
                return f"{n[:4]} {n[4:10]} {n[10:]}" if r.random() < 0.6 else n
            return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.6 else n
        raise Fail("card")

    def iban(self, cc):
        r = self.r
        dg = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        up = lambda k: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))
        for _ in range(3000):
            if cc == "DE":
                bban = dg(18)
            elif cc == "NL":
                bban = r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + dg(10)
            elif cc == "PL":
                bban = dg(24)
            elif cc == "TR":
                bban = dg(5) + "0" + dg(16)
            elif cc == "SA":
                bban = r.choice(["10", "15", "20", "45", "80"]) + dg(18)
            elif cc == "GB":
                bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + dg(14)
            elif cc == "IT":
                bban = up(1) + dg(10) + dg(12)
            elif cc == "FR":
                b, g, a = dg(5), dg(5), dg(11)
                key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)
                bban = b + g + a + f"{key:02d}"
            else:
                raise Fail(cc)
            chk = std_iban.calc_check_digits(cc + "00" + bban)
            n = cc + chk + bban
            if std_iban.is_valid(n):
                return std_iban.format(n) if r.random() < 0.65 else n
        raise Fail(f"iban {cc}")

    # -- national identifiers -----------------------------------------------------------------------
    def _try(self, make, valid, what, cap=5000):
        for _ in range(cap):
            v = make()
            if v is not None and valid(v):
                return v
        raise Fail(what)

    def dg(self, k, first_nonzero=False):
        s = "".join(str(self.r.randint(0, 9)) for _ in range(k))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def us_ssn(self):
        r = self.r
        return self._try(lambda: f"{r.choice([x for x in range(1, 900) if x != 666]):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}",
                         ssn.is_valid, "ssn")

    def us_bank(self):
        r = self.r

        def mk():
            base = f"{r.choice(list(range(1, 13)) + list(range(21, 33))):02d}" + self.dg(6)
            return base + rtn.calc_check_digit(base)
        routing = self._try(mk, rtn.is_valid, "rtn")
        acct = self.dg(r.randint(9, 12), True)
        return routing, acct

    def gb_nhs(self):
        def mk():
            d = self.dg(9, True)
            s = sum(int(c) * (10 - i) for i, c in enumerate(d))
            c = 11 - s % 11
            if c == 10:
                return None
            n = d + str(0 if c == 11 else c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"
        return self._try(mk, nhs.is_valid, "nhs")

    def gb_utr(self):
        def mk():
            d = self.dg(9)
            return utr.calc_check_digit(d) + d
        return self._try(mk, utr.is_valid, "utr")

    def de_idnr(self):
        return self._try(lambda: self.dg(11, True), idnr.is_valid, "idnr", cap=20000)

    def de_kvnr(self):
        r = self.r
        letter = r.choice("ABCDEFGHIJKLMNOPRSTUVWZ")
        digits = self.dg(8, True)
        return letter + digits + kvnr_check(letter + digits)

    def fr_nir(self, d):
        r = self.r

        def mk():
            dept = f"{r.choice([x for x in range(1, 96) if x != 20]):02d}"
            n = f"{r.choice('12')}{d.year % 100:02d}{d.month:02d}{dept}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
            n = n + f"{97 - int(n) % 97:02d}"
            return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
        return self._try(mk, nir.is_valid, "nir")

    def mx_curp(self, d):
        r = self.r
        up = lambda k, pool="BCDFGHJKLMNPRSTVZ": "".join(r.choice(pool) for _ in range(k))

        def mk():
            b = (up(1) + r.choice("AEIOU") + up(1) + up(1) + f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + r.choice("HM")
                 + r.choice(["DF", "JC", "NL", "PL", "VZ", "YN", "GT", "MC"]) + up(3) + ("0" if d.year < 2000 else "A"))
            return b + curp.calc_check_digit(b)
        return self._try(mk, curp.is_valid, "curp")

    def br_cpf(self):
        def mk():
            d = self.dg(9)
            return cpf.format(d + cpf._calc_check_digits(d))
        return self._try(mk, cpf.is_valid, "cpf")

    def it_cf(self, d):
        r = self.r
        months = "ABCDEHLMPRST"

        def mk():
            cons = "".join(r.choice("BCDFGLMNPRSTVZ") for _ in range(6))
            day = d.day + (40 if r.random() < 0.5 else 0)
            b = cons + f"{d.year % 100:02d}" + months[d.month - 1] + f"{day:02d}" + r.choice(["H501", "F205", "L219", "A662", "G273", "D612"])
            return b + codicefiscale.calc_check_digit(b)
        return self._try(mk, codicefiscale.is_valid, "cf")

    def nl_bsn(self):
        return self._try(lambda: self.dg(9, True), bsn.is_valid, "bsn", cap=20000)

    def pl_pesel(self, d):
        def mk():
            m = d.month + (20 if d.year >= 2000 else 0)
            b = f"{d.year % 100:02d}{m:02d}{d.day:02d}" + self.dg(4)
            return b + pesel.calc_check_digit(b)
        return self._try(mk, pesel.is_valid, "pesel")

    def pl_nip(self):
        def mk():
            n = self.dg(10, True)
            return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"
        return self._try(mk, nip.is_valid, "nip", cap=20000)

    def se_pnr(self, d):
        def mk():
            b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + self.dg(3)
            return b[:6] + "-" + b[6:] + luhn.calc_check_digit(b)
        return self._try(mk, personnummer.is_valid, "personnummer")

    def tr_tc(self):
        def mk():
            b = self.dg(9, True)
            return b + tckimlik.calc_check_digits(b)
        return self._try(mk, tckimlik.is_valid, "tckimlik")

    def ru_inn(self):
        def mk():
            b = self.dg(10, True)
            return b + inn.calc_personal_check_digits(b)
        return self._try(mk, inn.is_valid, "inn")

    def gr_amka(self, d):
        def mk():
            b = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}" + self.dg(4)
            return b + luhn.calc_check_digit(b)
        return self._try(mk, amka.is_valid, "amka")

    def gr_afm(self):
        return self._try(lambda: self.dg(9, True), gr_vat.is_valid, "afm", cap=20000)

    def il_id(self):
        def mk():
            b = self.dg(8)
            return b + luhn.calc_check_digit(b)
        return self._try(mk, il_idnr.is_valid, "il idnr")

    def in_aadhaar(self):
        def mk():
            b = str(self.r.randint(2, 9)) + self.dg(10)
            n = b + verhoeff.calc_check_digit(b)
            return f"{n[:4]} {n[4:8]} {n[8:]}"
        return self._try(mk, aadhaar.is_valid, "aadhaar")

    def in_pan(self, fam_initial="K"):
        r = self.r
        up = lambda k: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))
        return self._try(lambda: up(3) + "P" + r.choice("ABCDEGHKMNPRSTVY") + self.dg(4) + up(1), pan.is_valid, "pan")

    def th_id(self):
        def mk():
            b = str(self.r.randint(1, 8)) + self.dg(11)
            n = b + th_pin.calc_check_digit(b)
            return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"
        return self._try(mk, th_pin.is_valid, "th pin")

    def jp_mynumber(self):
        def mk():
            b = self.dg(11, True)
            n = b + jp_in.calc_check_digit(b)
            return f"{n[:4]} {n[4:8]} {n[8:]}"
        return self._try(mk, jp_in.is_valid, "my number")

    def kr_rrn(self, d):
        def mk():
            g = (1 if d.year < 2000 else 3) + self.r.randint(0, 1)
            b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g}{self.r.randint(0, 8)}{self.dg(4)}"
            n = b + rrn.calc_check_digit(b)
            return n[:6] + "-" + n[6:]
        return self._try(mk, rrn.is_valid, "rrn")

    def cn_ric(self, d):
        def mk():
            b = self.r.choice(["110101", "310104", "440305", "510107", "330106", "420102"]) + d.strftime("%Y%m%d") + self.dg(3)
            return b + ric.calc_check_digit(b)
        return self._try(mk, ric.is_valid, "ric")

    def mrn(self):
        b = self.dg(7, True)
        n = b + luhn.calc_check_digit(b)
        if not mrn_valid(n):
            raise Fail("mrn")
        return n

    # -- locale's strongest identifier for a person --------------------------------------------------
    def national(self, loc, d):
        """Return (type, value) of a locale-typical personal identifier."""
        m = {
            "en-US": lambda: ("ssn", self.us_ssn()),
            "en-GB": lambda: ("HEALTH_INSURANCE", self.gb_nhs()),
            "de-DE": lambda: ("TAX_ID", self.de_idnr()),
            "fr-FR": lambda: ("NATIONAL_ID", self.fr_nir(d)),
            "es-MX": lambda: ("NATIONAL_ID", self.mx_curp(d)),
            "pt-BR": lambda: ("TAX_ID", self.br_cpf()),
            "it-IT": lambda: ("TAX_ID", self.it_cf(d)),
            "nl-NL": lambda: ("NATIONAL_ID", self.nl_bsn()),
            "pl-PL": lambda: ("NATIONAL_ID", self.pl_pesel(d)),
            "sv-SE": lambda: ("NATIONAL_ID", self.se_pnr(d)),
            "tr-TR": lambda: ("NATIONAL_ID", self.tr_tc()),
            "ru-RU": lambda: ("TAX_ID", self.ru_inn()),
            "el-GR": lambda: ("NATIONAL_ID", self.gr_amka(d)),
            "ar-SA": lambda: ("IBAN_CODE", self.iban("SA")),
            "he-IL": lambda: ("NATIONAL_ID", self.il_id()),
            "hi-IN": lambda: ("NATIONAL_ID", self.in_aadhaar()),
            "th-TH": lambda: ("NATIONAL_ID", self.th_id()),
            "ja-JP": lambda: ("NATIONAL_ID", self.jp_mynumber()),
            "ko-KR": lambda: ("NATIONAL_ID", self.kr_rrn(d)),
            "zh-CN": lambda: ("NATIONAL_ID", self.cn_ric(d)),
        }
        return m[loc]()

    def tax(self, loc, d=None):
        """A sole trader's tax / payout identifier (seller side)."""
        m = {
            "en-US": lambda: ("ssn", self.us_ssn()),
            "en-GB": lambda: ("TAX_ID", self.gb_utr()),
            "de-DE": lambda: ("TAX_ID", self.de_idnr()),
            "pt-BR": lambda: ("TAX_ID", self.br_cpf()),
            "it-IT": lambda: ("TAX_ID", self.it_cf(d or self.dob_date())),
            "pl-PL": lambda: ("TAX_ID", self.pl_nip()),
            "ru-RU": lambda: ("TAX_ID", self.ru_inn()),
            "el-GR": lambda: ("TAX_ID", self.gr_afm()),
            "hi-IN": lambda: ("TAX_ID", self.in_pan()),
        }
        if loc in m:
            return m[loc]()
        return self.national(loc, d or self.dob_date())

    def payout(self, loc):
        cc = {"de-DE": "DE", "nl-NL": "NL", "pl-PL": "PL", "tr-TR": "TR", "ar-SA": "SA", "en-GB": "GB",
              "it-IT": "IT", "fr-FR": "FR"}.get(loc)
        if cc:
            return ("IBAN_CODE", self.iban(cc))
        if loc == "en-US":
            routing, acct = self.us_bank()
            return ("US_BANK_NUMBER", acct, routing)
        return ("CREDIT_CARD", self.card())


def kvnr_check(b10: str) -> str:
    """German Krankenversichertennummer check digit: letter -> 01..26, weights 1,2 alternating, cross sums, mod 10."""
    digits = f"{ord(b10[0]) - 64:02d}" + b10[1:]
    tot = 0
    for i, c in enumerate(digits):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return str(tot % 10)


def kvnr_valid(v: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\d{9}", v)) and kvnr_check(v[:9]) == v[9]


def mrn_valid(v: str) -> bool:
    return bool(re.fullmatch(r"[1-9]\d{7}", v)) and luhn.is_valid(v)


# --------------------------------------------------------------------------------------------------
# Documents: each builder returns (doc, instruction, voice, issued[list of (type, value)], incidental flag)
# --------------------------------------------------------------------------------------------------
class Rec:
    def __init__(self, rng, gen, loc):
        self.r, self.g, self.loc = rng, gen, loc
        self.issued = []

    def add(self, typ, val):
        self.issued.append((typ, val))
        return val

    def person(self):
        name, given = self.g.full(self.loc)
        self.add("person", name)
        return name, given

    def lab(self, k):
        return L[self.loc]["lab"][k]

    def ask(self, english):
        return self.r.choice(L[self.loc]["ask"]) if self.r.random() < 0.45 else english


def order_no(r):
    return r.choice([f"#{r.randint(100000, 999999)}", f"ORD-{r.randint(2024, 2026)}-{r.randint(10000000, 99999999)}",
                     f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
                     f"WEB{r.randint(10 ** 9, 10 ** 10 - 1)}"])


def tracking(r):
    return r.choice([f"1Z{''.join(r.choice('0123456789ABCDEFGHJKLMNPRSTVWXY') for _ in range(16))}",
                     f"JJD{r.randint(10 ** 17, 10 ** 18 - 1)}",
                     f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}{r.randint(10 ** 8, 10 ** 9 - 1)}{r.choice(['GB', 'DE', 'NL', 'CN', 'SE'])}",
                     f"{r.randint(10 ** 11, 10 ** 12 - 1)}"])


def sku(r):
    return f"{r.choice(['SKU', 'ART', 'EAN'])}-{r.randint(100000, 999999)}-{r.choice(['BLK', 'WHT', 'S', 'M', 'L', 'XL', 'OAK'])}"


PRODUCTS = ["wireless earbuds", "linen duvet cover", "cast-iron skillet", "kids' rain boots", "espresso grinder",
            "yoga mat 6mm", "LED desk lamp", "ceramic planter", "trail running shoes", "robot vacuum", "wool blazer",
            "stand mixer", "phone case", "baby car seat", "smart watch", "hiking backpack 40L", "air fryer",
            "silk scarf", "gaming chair", "hearing aid charger", "CPAP mask cushion", "electric toothbrush"]
TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "3782 822463 10005",
              "4111 1111 1111 1111", "4000 0000 0000 9995"]
PLACEHOLDERS = ["{{customer.first_name}}", "{{order.shipping_address}}", "[CUSTOMER NAME]", "<email>", "{{phone}}",
                "${buyer_name}", "XXXX-XXXX", "[REDACTED]", "***", "____________"]


def ts(r):
    d = dt.datetime(2026, 1, 1) + dt.timedelta(minutes=r.randint(0, 300 * 24 * 60))
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------- order_checkout ----------------
def s_order_checkout(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    if variant == "incidental":
        lines = []
        ph = g.phone(loc)
        pos = r.randint(5, 14)
        for i in range(18):
            note = r.choice(["gift wrap pls", "no invoice in box", "deliver after 5pm", "leave at door", "—",
                             "split shipment ok", "fragile!!", "substitute if OOS", "no plastic please"])
            if i == pos:
                note = f"if buzzer broken call {x.add('PHONE_NUMBER', ph)}"
            lines.append(f"{order_no(r)};{sku(r)};{r.randint(1, 4)};{r.choice(['paid', 'paid', 'authorized', 'captured'])};{note}")
        doc = "order_id;sku;qty;status;customer_note\n" + "\n".join(lines)
        return doc, "which of these orders need special handling at the packing station? group them", "warehouse lead · csv"
    name, given = x.person()
    em = x.add("EMAIL_ADDRESS", g.email(loc, name if L[loc]["script"] == "latin" else None))
    addr = x.add("STREET_ADDRESS", g.address(loc))
    if variant == "json":
        card = x.add("CREDIT_CARD", g.card())
        ip = x.add("IP_ADDRESS", g.ip())
        o = {"order_id": order_no(r), "created_at": ts(r), "currency": r.choice(["EUR", "USD", "GBP", "BRL", "JPY", "TRY"]),
             "customer": {"name": name, "email": em}, "shipping": {"address": addr, "method": r.choice(["standard", "express", "click_collect"])},
             "payment": {"method": "card", "pan": card, "three_ds": r.choice(["failed", "challenge_timeout", "not_enrolled"])},
             "risk": {"ip": ip, "score": round(r.uniform(61, 97), 1), "rules_hit": r.sample(["velocity_24h", "bin_country_mismatch", "new_device", "addr_mismatch"], 2)},
             "lines": [{"sku": sku(r), "qty": r.randint(1, 3), "desc": r.choice(PRODUCTS)} for _ in range(r.randint(1, 3))]}
        return json.dumps(o, ensure_ascii=False, indent=r.choice([None, 2])), x.ask("why did this get flagged by fraud? should we release it"), "fraud analyst · order json"
    if variant == "log":
        ip = x.add("IP_ADDRESS", g.ip())
        card = x.add("CREDIT_CARD", g.card())
        t = ts(r)
        doc = (f"{t} INFO checkout.session start sid=cs_{r.getrandbits(40):x} ip={ip}\n"
               f"{t} DEBUG checkout.address validated addr=\"{addr}\"\n"
               f"{t} DEBUG checkout.contact email={em}\n"
               f"{t} ERROR payments.adapter decline code=05 do_not_honor raw_request={{\"holder\":\"{name}\",\"card\":\"{card}\",\"exp\":\"{r.randint(1, 12):02d}/{r.randint(27, 31)}\"}}\n"
               f"{t} WARN checkout.session abandoned after 3 retries")
        return doc, "our PSP adapter logs too much, what exactly is wrong in these lines and how do i fix the logger", "backend dev · log"
    # chat
    ph = x.add("PHONE_NUMBER", g.phone(loc))
    card = g.card()
    last4 = card.replace(" ", "")[-4:]
    doc = (f"{r.choice(['hi', 'hello', 'hey'])}, {r.choice(['i was charged twice', 'my order never got confirmed', 'checkout keeps failing'])} "
           f"for {order_no(r)} ({r.choice(PRODUCTS)}). card ending {last4}. {x.lab('name')}: {name}, {x.lab('phone')}: {ph}, "
           f"{x.lab('addr')}: {addr}, {em}. pls call me back!!")
    return doc, x.ask("write the reply from customer service and list the next steps"), "shopper · chat"


def b_order_checkout(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    co = x.g.company()
    if variant == "testcards":
        o = {"order_id": order_no(r), "env": "staging", "customer": {"name": "Test Customer", "email": f"qa+{r.randint(1, 999)}@example.com"},
             "shipping": {"address": "1 Example Street, Testville", "postcode": "00000"},
             "payment": {"pan": r.choice(TEST_CARDS), "exp": "12/34", "cvc": "123"}, "expected": r.choice(["approved", "declined_insufficient_funds", "3ds_challenge"])}
        return json.dumps(o, indent=2), "write a pytest case for this checkout fixture", "qa engineer · fixture"
    if variant == "stats":
        rows = "\n".join(f"{w},{r.randint(8000, 40000)},{r.uniform(1.2, 4.8):.2f}%,{r.uniform(55, 80):.1f}%" for w in
                         ["2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-W14", "2026-W15"])
        return "week,sessions,conversion,cart_abandonment\n" + rows, x.ask("explain the abandonment trend for the weekly report"), "analyst · aggregate csv"
    if variant == "template":
        doc = (f"Subject: Your {co} order {{{{order.number}}}} is confirmed\n\nHi {{{{customer.first_name}}}},\nThanks for shopping with {co}! "
               f"We'll ship to {{{{order.shipping_address}}}}.\nQuestions? care@{co.lower()}.com or {g.phone(loc, 'toll')} (Mon-Fri 8-20).")
        return doc, "make this confirmation email warmer and shorter, keep the placeholders", "crm marketer · template"
    doc = (f"Order {order_no(r)} | tracking {tracking(r)} | {sku(r)} x{r.randint(1, 3)} | auth {r.getrandbits(32):08x} | "
           f"status: {r.choice(['captured', 'partially_refunded', 'pending_review'])} | {ts(r)}")
    return doc, x.ask("what does this status line mean"), "cs agent · ids only"


# ---------------- returns_refunds ----------------
def s_returns(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    if variant == "incidental":
        rel = r.choice(["my husband", "my wife", "my son", "my daughter", "my flatmate", "my mum"])
        given = g.given(loc)
        x.add("person", given)
        doc = (f"Return for {order_no(r)} — {r.choice(PRODUCTS)} arrived with a cracked casing. {rel} {given} already dropped it "
               f"at the {r.choice(['post office', 'parcel locker', 'store returns desk'])} yesterday, receipt attached. when do I get the refund?")
        return doc, x.ask("classify the return reason and draft a reply"), "shopper · email"
    name, given = x.person()
    addr = x.add("STREET_ADDRESS", g.address(loc))
    if variant == "rma":
        p = g.payout(loc)
        x.add(p[0], p[1])
        extra = f"\nRouting: {p[2]}" if len(p) > 2 else ""
        doc = (f"RETURN AUTHORISATION FORM\nRMA: RMA-{r.randint(100000, 999999)}\n{x.lab('name')}: {name}\n{x.lab('addr')}: {addr}\n"
               f"Item: {r.choice(PRODUCTS)} / {sku(r)}\nReason: {r.choice(['wrong size', 'defective', 'not as described', 'changed mind'])}\n"
               f"Refund to: {p[1]}{extra}\nSignature: ______")
        return doc, x.ask("check this RMA form is complete and extract the refund fields"), "returns clerk · form"
    if variant == "medical":
        if loc == "de-DE":
            ins = x.add("HEALTH_INSURANCE", g.de_kvnr())
            if not kvnr_valid(ins):
                raise Fail("kvnr")
        elif loc == "en-GB":
            ins = x.add("HEALTH_INSURANCE", g.gb_nhs())
        else:
            t, ins = g.national(loc, g.dob_date())
            x.add(t, ins)
        dob = x.add("DATE_OF_BIRTH", g.fmt_date(loc, g.dob_date()))
        doc = (f"Return of medical device ({r.choice(['hearing aid charger', 'CPAP mask cushion', 'blood pressure monitor'])}), "
               f"prescription-funded.\nPatient: {name}, {x.lab('dob')}: {dob}\nInsurance / ID no.: {ins}\n{x.lab('addr')}: {addr}\n"
               "Device unopened, insurer needs credit note.")
        return doc, x.ask("write the credit note request to the insurer"), "online pharmacy cs · form"
    ph = x.add("PHONE_NUMBER", g.phone(loc))
    img = f"https://cdn.returns-photos.net/upload/{r.getrandbits(32):08x}.jpg?customer={urllib.parse.quote(name)}&tel={urllib.parse.quote(ph)}"
    doc = f"Damage photo from customer ({x.lab('name')}: {name}, {x.lab('phone')}: {ph}, {x.lab('addr')}: {addr}): {img}"
    return doc, "is this damage covered? customer wants a full refund incl shipping", "returns agent · photo link"


def b_returns(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    co = g.company()
    if variant == "policy":
        doc = (f"{co} Returns Policy (v{r.randint(2, 9)}.{r.randint(0, 9)})\n- 30 days from delivery, 14 for electronics\n"
               f"- Return address: {co} Returns Centre, Unit {r.randint(1, 40)}, {g.address(loc).split(',')[-1].strip()}\n"
               f"- Customer service: {g.phone(loc, 'toll')} · returns@{co.lower()}.com\n- Refunds within 5 business days to the original payment method.")
        return doc, x.ask("summarise the policy in 3 bullets for the FAQ"), "policy writer · published"
    if variant == "aggregate":
        reasons = ["size too small", "size too large", "defective", "late delivery", "not as described", "changed mind"]
        doc = "reason,count,share\n" + "\n".join(f"{k},{r.randint(40, 900)},{r.uniform(2, 30):.1f}%" for k in reasons)
        return doc, "which return reasons should product team look at first", "analyst · aggregate"
    if variant == "blank":
        doc = (f"RETURN FORM — {co}\n{x.lab('name')}: ______________\n{x.lab('addr')}: ______________\n{x.lab('phone')}: ______________\n"
               "Order no.: ______  Reason code: [ ]01 [ ]02 [ ]03\nRefund to IBAN: ____ ____ ____ ____ ____")
        return doc, x.ask("translate this blank form to English and keep the layout"), "returns clerk · blank form"
    doc = (f"Return label generated: RMA-{r.randint(100000, 999999)} · {tracking(r)} · weight {r.uniform(0.2, 9):.1f} kg · "
           f"refund ref RF{r.randint(10 ** 9, 10 ** 10 - 1)} · customer [REDACTED] · {ts(r)}")
    return doc, "is the refund already issued?", "cs agent · ids"


# ---------------- loyalty_account ----------------
def s_loyalty(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    if variant == "incidental":
        dob = x.add("DATE_OF_BIRTH", g.fmt_date(loc, g.dob_date()))
        doc = (f"member since 2019, tier {r.choice(['Silver', 'Gold', 'Platinum'])}, {r.randint(200, 9000)} pts. "
               f"birthday voucher not received, my birthday is {dob}. app version {r.randint(3, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}")
        return doc, x.ask("why might the birthday voucher not trigger? answer as support"), "loyalty member · app feedback"
    if variant == "csv":
        rows = []
        for _ in range(r.randint(3, 5)):
            name, _g = x.person()
            em = x.add("EMAIL_ADDRESS", g.email(loc, name if L[loc]["script"] == "latin" else None))
            dob = x.add("DATE_OF_BIRTH", g.fmt_date(loc, g.dob_date()))
            ph = x.add("PHONE_NUMBER", g.phone(loc))
            rows.append(f"{r.randint(10 ** 9, 10 ** 10 - 1)},{name},{dob},{em},{ph},{r.randint(0, 25000)}")
        doc = "member_no,name,dob,email,phone,points\n" + "\n".join(rows)
        return doc, x.ask("dedupe this CRM export and flag members without consent info"), "crm analyst · csv"
    name, given = x.person()
    if variant == "merge":
        e1 = x.add("EMAIL_ADDRESS", g.email(loc, name if L[loc]["script"] == "latin" else None))
        ph = x.add("PHONE_NUMBER", g.phone(loc))
        dob = x.add("DATE_OF_BIRTH", g.fmt_date(loc, g.dob_date()))
        doc = (f"Hi, I have two loyalty cards and want one account. {x.lab('name')}: {name}; {x.lab('dob')} {dob}; "
               f"old login {e1}, new phone {ph}. cards {r.randint(10 ** 12, 10 ** 13 - 1)} and {r.randint(10 ** 12, 10 ** 13 - 1)}")
        return doc, x.ask("write the merge ticket for the loyalty back office"), "shopper · web form"
    d = g.dob_date()
    t, nid = g.national(loc, d)
    x.add(t, nid)
    dob = x.add("DATE_OF_BIRTH", g.fmt_date(loc, d))
    doc = json.dumps({"account_id": f"LYL-{r.randint(10 ** 7, 10 ** 8 - 1)}", "full_name": name, "birth_date": dob,
                      "age_verification": {"method": "id_document", "id_number": nid, "verified": True},
                      "reason": "alcohol & tobacco promotions"}, ensure_ascii=False)
    return doc, "is it okay that we store this for age verification? suggest data minimisation", "compliance · account json"


def b_loyalty(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    co = g.company()
    if variant == "tc":
        doc = (f"{co} Rewards — Terms\n1. Members earn 1 point per 1.00 spent.\n2. Birthday voucher requires a date of birth in the profile.\n"
               f"3. Contact: rewards@{co.lower()}.com, {g.phone(loc, 'toll')}.\n4. Membership numbers have the form 6 digits + check letter, e.g. 204511-K.")
        return doc, x.ask("rewrite clause 2 in plain language"), "legal · published terms"
    if variant == "tiers":
        doc = "tier,members,avg_spend,churn\n" + "\n".join(f"{t},{r.randint(1000, 90000)},{r.uniform(40, 900):.2f},{r.uniform(3, 30):.1f}%"
                                                           for t in ["Basic", "Silver", "Gold", "Platinum"])
        return doc, "write two insights for the quarterly loyalty review", "analyst · aggregate"
    if variant == "masked":
        doc = "\n".join(f"member ****{r.randint(1000, 9999)} | j***@***.com | +** *** *** {r.randint(10, 99)} | points {r.randint(0, 9000)}" for _ in range(5))
        return doc, x.ask("these are already masked, can we share them with the agency?"), "crm · masked export"
    doc = (f"Dear {r.choice(PLACEHOLDERS[:3])},\nHappy birthday from all of us at {co}! Here is your voucher {r.choice(['BDAY', 'HB'])}{r.randint(1000, 9999)}-"
           f"{r.randint(10, 99)}, valid 30 days. Card no. {r.randint(10 ** 12, 10 ** 13 - 1)} is linked.")
    return doc, "A/B variant with a shorter subject line pls", "crm marketer · template"


# ---------------- seller_dispute ----------------
def s_seller(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    if variant == "incidental":
        given = g.given(loc)
        x.add("person", given)
        doc = (f"Seller response to case C-{r.randint(10 ** 6, 10 ** 7 - 1)}: the item left our workshop sealed; "
               f"{r.choice(['my daughter', 'my brother', 'my nephew', 'my wife'])} {given} packs all orders and films it. "
               f"Tracking {tracking(r)} shows delivered {ts(r)[:10]}. We ask the case to be closed in our favour.")
        return doc, x.ask("evaluate the seller's evidence as a marketplace case manager"), "marketplace seller · case reply"
    name, given = x.person()
    if variant == "soletrader":
        t = g.tax(loc)
        x.add(t[0], t[1])
        p = g.payout(loc)
        x.add(p[0], p[1])
        addr = x.add("STREET_ADDRESS", g.address(loc))
        doc = (f"Seller account (sole trader) — payout hold\nSeller: {name}\nTax no.: {t[1]}\nPayout account: {p[1]}"
               + (f" (routing {p[2]})" if len(p) > 2 else "") + f"\nBusiness address (home): {addr}\nOpen disputes: {r.randint(2, 9)}")
        return doc, x.ask("summarise why payouts are on hold and what documents the seller must send"), "seller support · account"
    if variant == "thread":
        buyer_ph = x.add("PHONE_NUMBER", g.phone(loc))
        addr = x.add("STREET_ADDRESS", g.address(loc))
        doc = (f"[Buyer] item never came, you sent it to the wrong house. I'm {name}, {addr}, tel {buyer_ph}\n"
               f"[Seller] we have proof of delivery, see photo\n[Buyer] photo shows a different door!!\n[Seller] open a claim then")
        return doc, "who is right here? write the decision note", "dispute agent · message thread"
    ip = x.add("IP_ADDRESS", g.ip())
    card = x.add("CREDIT_CARD", g.card())
    em = x.add("EMAIL_ADDRESS", g.email(loc, name if L[loc]["script"] == "latin" else None))
    doc = (f"CHARGEBACK EVIDENCE\nReason code 10.4 (fraud - card absent)\nCardholder: {name}\nCard: {card}\nEmail on order: {em}\n"
           f"Order IP: {ip}\nDevice seen on 3 prior undisputed orders. AVS: Y")
    return doc, "write the rebuttal letter to the acquirer", "payments ops · chargeback"


def b_seller(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    co = g.company()
    if variant == "company":
        vat = {"de-DE": "DE", "fr-FR": "FR", "it-IT": "IT", "nl-NL": "NL", "pl-PL": "PL"}.get(loc, "GB")
        doc = (f"Dispute C-{r.randint(10 ** 6, 10 ** 7 - 1)} against seller {co} (incorporated). Registered office: "
               f"{r.randint(1, 90)} Commerce Park, Unit {r.choice('ABCDEF')}. Company reg. no. {r.randint(10 ** 7, 10 ** 8 - 1)}, "
               f"VAT {vat}{r.randint(10 ** 8, 10 ** 9 - 1)}. Seller support line {g.phone(loc, 'fixed')}, legal@{co.lower()}.com.")
        return doc, x.ask("draft the notice to the seller's legal department"), "marketplace legal · company seller"
    if variant == "policy":
        doc = ("Marketplace Guarantee — buyers may open a claim 3 to 90 days after the estimated delivery date. "
               "Sellers have 72 hours to respond. Decisions cite the case number only; personal data is never shown to the other party.")
        return doc, x.ask("turn this into a short FAQ"), "policy · published"
    if variant == "stats":
        doc = "category,disputes,seller_won,buyer_won\n" + "\n".join(f"{c},{r.randint(50, 3000)},{r.randint(20, 60)}%,{r.randint(40, 80)}%"
                                                                     for c in ["electronics", "fashion", "home", "toys", "beauty"])
        return doc, "which category has a seller-friendly bias?", "analyst · aggregate"
    doc = (f"Case C-{r.randint(10 ** 6, 10 ** 7 - 1)}: Buyer *** claims non-delivery; Seller *** provided POD {tracking(r)}. "
           "Outcome: refund issued by marketplace, seller not charged (carrier fault).")
    return doc, "explain the outcome in one sentence", "dispute agent · anonymised"


# ---------------- delivery_exception ----------------
def s_delivery(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    if variant == "incidental":
        rows = [f"{tracking(r)}|DEPOT-{r.randint(10, 99)}|{r.choice(['NH', 'RTS', 'ADDR_INC', 'DMG', 'OK'])}|{r.randint(1, 9)} stops"
                for _ in range(22)]
        ph = g.phone(loc)
        rows.insert(r.randint(6, 18), f"{tracking(r)}|DEPOT-{r.randint(10, 99)}|NH|driver note: recipient asked to ring {x.add('PHONE_NUMBER', ph)} first")
        return "tracking|depot|code|route\n" + "\n".join(rows), "count the exceptions per code", "dispatcher · route manifest"
    name, given = x.person()
    addr = x.add("STREET_ADDRESS", g.address(loc))
    if variant == "courier":
        nb = g.given(loc)
        x.add("person", nb)
        ph = x.add("PHONE_NUMBER", g.phone(loc))
        doc = (f"driver note {ts(r)}: {name} not home, {x.lab('addr')} {addr}. left w/ neighbour {nb} (2nd floor, left). "
               f"customer tel {ph} no answer x2. photo uploaded.")
        return doc, x.ask("rewrite as a formal delivery exception entry"), "courier · driver note"
    if variant == "csv":
        ph = x.add("PHONE_NUMBER", g.phone(loc))
        doc = ("tracking,recipient,address,phone,exception\n" + f"{tracking(r)},{name},\"{addr}\",{ph},{r.choice(['ADDRESS_INCOMPLETE', 'REFUSED', 'DAMAGED'])}\n"
               + "\n".join(f"{tracking(r)},[masked],[masked],[masked],{r.choice(['NO_ACCESS', 'NOT_HOME'])}" for _ in range(3)))
        return doc, x.ask("what should the depot do with each row"), "depot supervisor · csv"
    em = x.add("EMAIL_ADDRESS", g.email(loc, name if L[loc]["script"] == "latin" else None))
    doc = (f"{r.choice(['hi', 'hello'])} my parcel {tracking(r)} says delivered but it's not here. I live at {addr}, "
           f"not the address on the label. {x.lab('name')}: {name}, {x.lab('email')}: {em}")
    return doc, "reply and open a carrier investigation", "shopper · chat"


def b_delivery(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    co = g.company()
    if variant == "codes":
        doc = "code,meaning\nNH,not home - card left\nRTS,return to sender\nADDR_INC,address incomplete\nDMG,damaged in transit\nPL,delivered to parcel locker"
        return doc, x.ask("translate the meanings for our help centre"), "help centre · reference"
    if variant == "depot":
        doc = (f"{co} Logistics — depot {r.randint(10, 99)} collection point, {g.address(loc).split(',', 1)[-1].strip()}. "
               f"Open Mon-Sat 7:00-21:00. Hotline {g.phone(loc, 'toll')}, depot{r.randint(10, 99)}@{co.lower()}-logistics.com.")
        return doc, "make a short SMS text that tells customers where to pick up", "carrier · public info"
    if variant == "rates":
        doc = "region,shipments,exceptions,rate\n" + "\n".join(f"R{i},{r.randint(10000, 90000)},{r.randint(100, 3000)},{r.uniform(0.5, 4):.2f}%" for i in range(1, 7))
        return doc, "which region is worst and why might that be?", "ops analyst · aggregate"
    doc = f"Tracking {tracking(r)} — {ts(r)} — exception ADDR_INC — recipient [REDACTED], address on file masked — reattempt scheduled."
    return doc, x.ask("what happens next?"), "cs agent · anonymised"


# ---------------- review_qa ----------------
EPONYMS = ["Margherita pizza stone", "Earl Grey loose tea", "Granny Smith apple slicer", "Caesar dressing", "Eggs Benedict pan",
           "Bloody Mary mix", "Mason jar set", "Ferris wheel playset", "Bundt cake tin", "Graham crackers", "Beef Wellington kit",
           "Pavlova nest", "Praline box", "Nachos tray", "Leotard", "Cardigan", "Sandwich press", "Saxophone reed", "Diesel jeans"]


def s_review(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    if variant == "incidental":
        given = g.given(loc)
        x.add("person", given)
        doc = (f"★★★★☆ bought this {r.choice(PRODUCTS)} for {r.choice(['my grandson', 'my granddaughter', 'my niece', 'my husband'])} {given}, "
               f"{r.choice(['works great', 'battery ok', 'size runs small', 'colour a bit off'])}. shipping took {r.randint(2, 9)} days.")
        return doc, x.ask("is this review within guidelines? extract pros and cons"), "reviewer · review"
    name, given = x.person()
    if variant == "doxx":
        ph = x.add("PHONE_NUMBER", g.phone(loc))
        addr = x.add("STREET_ADDRESS", g.address(loc))
        doc = (f"★☆☆☆☆ SCAM. seller never refunded. I'm {name}, anyone else had this pls contact me {ph}, "
               f"or come by {addr}, i have the box still")
        return doc, "moderate this review: publish, edit, or reject? give the edited text", "moderator · review"
    if variant == "qa":
        em = x.add("EMAIL_ADDRESS", g.email(loc, name if L[loc]["script"] == "latin" else None))
        doc = (f"Q: does the {r.choice(PRODUCTS)} fit a 60cm shelf?\nA (seller): yes! we sent one to {name} last week, "
               f"ask them ({em}) if you don't believe me lol")
        return doc, x.ask("rewrite the seller answer so it's professional"), "marketplace seller · Q&A"
    ip = x.add("IP_ADDRESS", g.ip())
    em = x.add("EMAIL_ADDRESS", g.email(loc, name if L[loc]["script"] == "latin" else None))
    doc = json.dumps({"review_id": f"RV{r.randint(10 ** 8, 10 ** 9 - 1)}", "rating": r.randint(1, 5), "reviewer": {"display": name, "email": em, "ip": ip},
                      "text": r.choice(["fake reviews everywhere", "arrived broken", "love it", "cheap plastic"]), "flags": ["possible_incentivised"]},
                     ensure_ascii=False)
    return doc, "is this likely an incentivised review? what signals would you check", "trust & safety · review json"


def b_review(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    co = g.company()
    if variant == "eponym":
        prods = r.sample(EPONYM_POOL, 3)
        doc = " | ".join(f"★★★★★ the {p} is exactly as pictured" for p in prods)
        return doc, x.ask("group these reviews by product"), "shopper · reviews"
    if variant == "founder":
        f, _ = g.full(loc)
        doc = (f"From the brand: \"{co} started in a garage in 2011,\" says founder and CEO {f} in the company's press kit. "
               f"Our sustainability report is at {co.lower()}.com/impact. Press: press@{co.lower()}.com")
        return doc, x.ask("turn this into an 'about the brand' blurb for the product page"), "brand manager · press kit"
    if variant == "fiction":
        ch = r.choice(FICTION_POOL)
        doc = (f"Q: is the {ch} action figure the 2025 edition?\nA ({co} Customer Care): Yes, it's the anniversary edition with the cape. "
               f"— ReviewerHandle_{r.randint(100, 9999)} · 14 people found this helpful")
        return doc, x.ask("is this Q&A answer accurate and helpful?"), "shopper · Q&A"
    doc = f"Average rating 4.{r.randint(0, 9)} from {r.randint(100, 9000)} reviews; 5★ {r.randint(40, 70)}% · 1★ {r.randint(2, 12)}%. Top words: 'sturdy', 'fits', 'late'."
    return doc, "write a one-line summary for the product page", "analyst · aggregate"


# ---------------- store_incident ----------------
def s_incident(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    if variant == "incidental":
        given = g.given(loc)
        x.add("person", given)
        doc = (f"Incident log store {r.randint(100, 999)}, {ts(r)[:10]}: tag alarm at exit 2 at {r.randint(10, 20)}:{r.randint(10, 59)}, "
               f"person left without stopping. {r.choice(['guard on shift', 'cashier', 'duty manager'])} {given} checked CCTV, "
               f"items: {r.randint(2, 6)}x {r.choice(['razor blades', 'perfume', 'headphones'])}. Est. loss {r.randint(40, 600)}.00")
        return doc, x.ask("write the weekly shrink summary line for this"), "store manager · incident log"
    name, given = x.person()
    d = g.dob_date()
    if variant == "shoplift":
        dob = x.add("DATE_OF_BIRTH", g.fmt_date(loc, d))
        addr = x.add("STREET_ADDRESS", g.address(loc))
        t, nid = g.national(loc, d)
        x.add(t, nid)
        doc = (f"LOSS PREVENTION REPORT #{r.randint(1000, 9999)}\nSubject: {name}\n{x.lab('dob')}: {dob}\nID presented: {nid}\n{x.lab('addr')}: {addr}\n"
               f"Items recovered: {r.randint(1, 5)}x {r.choice(PRODUCTS)}. Police notified, ref {r.randint(10 ** 5, 10 ** 6 - 1)}/26. Banning notice issued.")
        return doc, x.ask("draft the banning notice letter to the subject"), "loss prevention · report"
    if variant == "injury":
        m = x.add("MEDICAL_RECORD", g.mrn())
        ph = x.add("PHONE_NUMBER", g.phone(loc))
        cover = ""
        if loc == "de-DE":
            cover = f" Versichertennr. {x.add('HEALTH_INSURANCE', g.de_kvnr())}."
        elif loc == "en-GB":
            cover = f" NHS no. {x.add('HEALTH_INSURANCE', g.gb_nhs())}."
        doc = (f"Customer injury — slip near aisle {r.randint(1, 30)} (wet floor, no sign). Injured: {name}, {x.lab('phone')} {ph}. "
               f"Taken to A&E; hospital MRN {m} on the discharge note the customer sent for the claim.{cover} Insurer notified.")
        return doc, "write the report for our public liability insurer", "store manager · injury report"
    ph = x.add("PHONE_NUMBER", g.phone(loc))
    doc = (f"To: all stores in district {r.randint(1, 20)}\nRe: repeat offender\nWe believe {name} ({ph}) is returning stolen "
           f"{r.choice(PRODUCTS)} for refunds without receipt. Don't refund, call LP.")
    return doc, x.ask("is it ok to send this email to all stores? make it compliant"), "LP investigator · email"


def b_incident(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    co = g.company()
    if variant == "shrink":
        doc = "store,shrink_pct,incidents,recovered\n" + "\n".join(f"S{r.randint(100, 999)},{r.uniform(0.4, 3.5):.2f},{r.randint(3, 80)},{r.randint(0, 40)}" for _ in range(6))
        return doc, "rank stores for a security audit", "regional LP · aggregate"
    if variant == "form":
        doc = (f"{co} INCIDENT REPORT (blank)\nDate/time: ______  Store no.: ______\nPerson involved: [NAME]  DOB: [DD/MM/YYYY]\n"
               "Description: ____________________\nWitnesses: [NAME], [PHONE]\nEmergency services: 112 / 999 / 911 as applicable")
        return doc, x.ask("add a section for CCTV retention to this blank form"), "H&S officer · blank form"
    if variant == "anon":
        doc = (f"Incident {r.randint(1000, 9999)}: Subject A (adult, est. 30-40) concealed 3 items; Subject B acted as lookout. "
               "Both left before staff intervened. CCTV retained 31 days. No injuries.")
        return doc, x.ask("classify the incident type and suggest prevention"), "store manager · anonymised"
    doc = (f"Store {r.randint(100, 999)} ({co}), {g.address(loc).split(',', 1)[-1].strip()} — store phone {g.phone(loc, 'fixed')}. "
           f"Security contractor: {g.company()} Security, 24/7 control room {g.phone(loc, 'fixed')}.")
    return doc, "make a laminated card text for the staff room", "store ops · public contacts"


# ---------------- registry_engraving ----------------
def s_registry(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    if variant == "incidental":
        given = g.given(loc)
        x.add("person", given)
        doc = (f"Engraving order {order_no(r)}: 'To {given}, love always' — font Script, size 4mm, on the {r.choice(['watch case back', 'pen barrel', 'locket'])}. "
               f"{r.choice(['its for my wife', 'its for my husband', 'for my mother'])}, please double check spelling")
        return doc, "check the engraving text fits 24 characters and suggest alternatives", "shopper · engraving order"
    name, given = x.person()
    if variant == "wedding":
        n2, _ = x.person()
        addr = x.add("STREET_ADDRESS", g.address(loc))
        ph = x.add("PHONE_NUMBER", g.phone(loc))
        doc = (f"Wedding registry #{r.randint(10 ** 5, 10 ** 6 - 1)}\nCouple: {name} & {n2}\nWedding date: {ts(r)[:10]}\n"
               f"Ship gifts to: {addr}\nContact: {ph}\nItems: {', '.join(r.sample(PRODUCTS, 4))}")
        return doc, x.ask("write a thank-you card template for guests"), "registry concierge · registry"
    if variant == "engrave_dob":
        dob = x.add("DATE_OF_BIRTH", g.fmt_date(loc, g.dob_date()))
        em = x.add("EMAIL_ADDRESS", g.email(loc, name if L[loc]["script"] == "latin" else None))
        doc = json.dumps({"product": "silver bracelet", "engraving_line1": name, "engraving_line2": f"* {dob}",
                          "buyer_email": em, "proof_required": True}, ensure_ascii=False)
        return doc, x.ask("generate the proof description for the engraver"), "engraving workshop · order json"
    addr = x.add("STREET_ADDRESS", g.address(loc))
    em = x.add("EMAIL_ADDRESS", g.email(loc, name if L[loc]["script"] == "latin" else None))
    doc = (f"Baby registry for {name}, due {ts(r)[:7]}. Deliver to {addr}. Notify {em} when items are bought. "
           f"Wishlist: {', '.join(r.sample(PRODUCTS, 3))}")
    return doc, "suggest 5 missing items for a newborn list", "registry · page"


def b_registry(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    co = g.company()
    if variant == "placeholder":
        doc = "Engraving proof template: '[Name] & [Name] · [DD.MM.YYYY]' — sample shown as 'JOHN & JANE DOE · 01.01.2000'. Max 24 chars, serif or script."
        return doc, x.ask("write the product page text for the engraving option"), "ecommerce copywriter · template"
    if variant == "quote":
        doc = f"Engrave: '{r.choice(QUOTES)}' on the {r.choice(['hip flask', 'cutting board', 'compass', 'watch'])}. Font: Garamond, 3mm."
        return doc, "will this fit on a 40mm disc? estimate characters per line", "engraver · order"
    if variant == "registry_stats":
        doc = "registry_type,count,avg_items,completion\n" + "\n".join(f"{t},{r.randint(100, 5000)},{r.randint(20, 90)},{r.randint(30, 80)}%" for t in ["wedding", "baby", "housewarming", "birthday"])
        return doc, "summarise for the merchandising team", "analyst · aggregate"
    doc = (f"{co} Gift Registry help: create a list at {co.lower()}.com/registry, share the link, guests buy online or in store. "
           f"Questions: registry@{co.lower()}.com · {g.phone(loc, 'toll')}")
    return doc, x.ask("shorten this for a push notification"), "cs · published help"


QUOTES = ["Carpe diem", "Not all who wander are lost", "To infinity and beyond", "Per aspera ad astra", "Est. 2026",
          "Always & forever", "Home is where the heart is", "Adventure awaits"]


# ---------------- store_ops ----------------
def s_ops(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    if variant == "incidental":
        given = g.given(loc)
        x.add("person", given)
        doc = (f"rota wk{r.randint(1, 52)}: I swapped my Sat close with {given} ({r.choice(['my sister', 'my cousin', 'the new stockroom guy'])}), "
               f"manager said ok. tills {r.randint(1, 8)}-{r.randint(9, 12)} need float checks.")
        return doc, x.ask("update the rota summary with this swap"), "store associate · message"
    if variant == "rota":
        rows = []
        for _ in range(r.randint(3, 5)):
            nm, _g = x.person()
            ph = x.add("PHONE_NUMBER", g.phone(loc))
            rows.append(f"{nm}\t{ph}\t{r.choice(['Mon-Wed', 'Thu-Sat', 'Sun', 'Mon/Fri'])}\t{r.choice(['open', 'close', 'mid'])}")
        doc = "name\tmobile\tdays\tshift\n" + "\n".join(rows)
        return doc, "build next week's rota so nobody does more than 2 closes", "store manager · rota"
    name, given = x.person()
    d = g.dob_date()
    if variant == "onboarding":
        dob = x.add("DATE_OF_BIRTH", g.fmt_date(loc, d))
        t = g.tax(loc, d)
        x.add(t[0], t[1])
        p = g.payout(loc)
        if p[0] != "CREDIT_CARD":
            x.add(p[0], p[1])
            bank = p[1] + (f" / routing {p[2]}" if len(p) > 2 else "")
        else:
            bank = "cash card (pending)"
        addr = x.add("STREET_ADDRESS", g.address(loc))
        doc = (f"NEW STARTER — Store {r.randint(100, 999)}\n{x.lab('name')}: {name}\n{x.lab('dob')}: {dob}\nTax / ID: {t[1]}\n"
               f"Bank: {bank}\n{x.lab('addr')}: {addr}\nRole: sales associate, {r.randint(16, 40)}h")
        return doc, x.ask("check the starter form and list what's missing for payroll"), "store manager · HR form"
    if loc == "en-US":
        s = x.add("ssn", g.us_ssn())
        routing, acct = g.us_bank()
        x.add("US_BANK_NUMBER", acct)
        doc = (f"Payroll discrepancy — employee {name}, SSN {s}. Direct deposit routing {routing} acct {acct} bounced. "
               "Please re-issue the check and correct the W-4 record.")
    else:
        p = g.payout(loc)
        if p[0] == "CREDIT_CARD":
            t = g.tax(loc)
            x.add(t[0], t[1])
            ref = t[1]
        else:
            x.add(p[0], p[1])
            ref = p[1]
        doc = f"Payroll discrepancy — employee {name}. Salary payment to {ref} returned by bank. Please re-issue and update master data."
    return doc, x.ask("write the ticket for payroll"), "area manager · payroll email"


def b_ops(x: Rec, variant):
    r, g, loc = x.r, x.g, x.loc
    co = g.company()
    if variant == "directory":
        rows = [f"{co} {g.city(loc)} | {g.address(loc)} | {g.phone(loc, 'fixed')} | 9-20" for _ in range(3)]
        doc = "store | address | phone | hours\n" + "\n".join(rows)
        return doc, x.ask("format the store finder list as JSON"), "web team · store directory"
    if variant == "registration":
        doc = (f"{co} plc — registered office: {r.randint(1, 99)} Exchange Quay, registered in England and Wales no. {r.randint(10 ** 7, 10 ** 8 - 1)}, "
               f"VAT GB{r.randint(10 ** 8, 10 ** 9 - 1)}. Customer service {g.phone(loc, 'toll')} · investor.relations@{co.lower()}.com")
        return doc, "write the legal footer for our website", "legal · imprint"
    if variant == "exec":
        ceo, _ = g.full(loc)
        cfo, _ = g.full(loc)
        doc = (f"Q{r.randint(1, 4)} trading update: {co} like-for-like sales +{r.uniform(0.5, 7):.1f}%. \"We gained share in home and beauty,\" "
               f"said Chief Executive {ceo}. CFO {cfo} reiterated guidance of {r.randint(300, 900)}m operating profit.")
        return doc, x.ask("summarise the trading update for store staff"), "internal comms · press release"
    doc = f"Opening hours change from {ts(r)[:10]}: Mon-Sat 8-21, Sun 10-18. Click & collect desk closes 30 min earlier. Ref OPS-{r.randint(1000, 9999)}."
    return doc, x.ask("write the in-store poster text"), "store ops · notice"


KINDS = {
    "order_checkout": (s_order_checkout, ["json", "log", "chat"], b_order_checkout, ["testcards", "stats", "template", "ids"]),
    "returns_refunds": (s_returns, ["rma", "medical", "photo"], b_returns, ["policy", "aggregate", "blank", "ids"]),
    "loyalty_account": (s_loyalty, ["csv", "merge", "ageid"], b_loyalty, ["tc", "tiers", "masked", "template"]),
    "seller_dispute": (s_seller, ["soletrader", "thread", "chargeback"], b_seller, ["company", "policy", "stats", "anon"]),
    "delivery_exception": (s_delivery, ["courier", "csv", "chat"], b_delivery, ["codes", "depot", "rates", "anon"]),
    "review_qa": (s_review, ["doxx", "qa", "modqueue"], b_review, ["eponym", "founder", "fiction", "aggregate"]),
    "store_incident": (s_incident, ["shoplift", "injury", "email"], b_incident, ["shrink", "form", "anon", "contacts"]),
    "registry_engraving": (s_registry, ["wedding", "engrave_dob", "baby"], b_registry, ["placeholder", "quote", "registry_stats", "help"]),
    "store_ops": (s_ops, ["onboarding", "rota", "payroll"], b_ops, ["directory", "registration", "exec", "hours"]),
}
N_SENS, N_BEN, N_INCIDENTAL = 32, 23, 4
PREFER = {"medical": ["de-DE", "en-GB"], "injury": ["de-DE", "en-GB", "en-US"], "payroll": ["en-US"],
          "soletrader": ["en-US", "en-GB", "pl-PL", "hi-IN", "pt-BR"], "onboarding": ["en-US", "de-DE", "it-IT", "el-GR"]}
FICTION = ["Captain Nebula", "Princess Starla", "Detective Moonpaw", "Robo Rex", "Baron Vonklek", "Sir Puddleton",
           "Agent Zephyra", "Queen Marigold of the Dunes"]
EPONYM_POOL: list = []
FICTION_POOL: list = []

SYSTEMS = ["You are a customer-service assistant for an online retailer. Be concise.",
           "You help marketplace operations staff. Follow the case-handling policy.",
           "You assist store managers with paperwork.", "You are a helpful assistant.",
           "You support the loss-prevention team. Stay factual."]


# --------------------------------------------------------------------------------------------------
# Placement
# --------------------------------------------------------------------------------------------------
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "content_parts", "file_part", "tool_call_args",
              "tool_schema", "response_format", "user", "content_parts", "user_field", "image_url"]


def place(r, doc, instr, placement, model, issued):
    body = {"model": model}
    sysmsg = {"role": "system", "content": r.choice(SYSTEMS)}
    if placement == "completions":
        body["prompt"] = f"{instr}\n\n{doc}\n\n###\n"
        body["max_tokens"] = r.choice([256, 400, 800])
        return body
    if placement == "user":
        msgs = [sysmsg, {"role": "user", "content": f"{instr}\n\n{doc}" if r.random() < 0.6 else f"{doc}\n\n{instr}"}]
    elif placement == "system":
        msgs = [{"role": "system", "content": f"{sysmsg['content']}\n\nCase context:\n{doc}"}, {"role": "user", "content": instr}]
    elif placement == "assistant_echo":
        msgs = [sysmsg, {"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": f"Received:\n{doc}"},
                {"role": "user", "content": instr}]
    elif placement == "tool_result":
        cid = f"call_{r.getrandbits(48):012x}"
        fn = r.choice(["get_order", "fetch_case", "lookup_ticket", "get_record"])
        msgs = [sysmsg, {"role": "user", "content": instr},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": fn, "arguments": json.dumps({"ref": f"{r.randint(10 ** 6, 10 ** 7 - 1)}"})}}]},
                {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif placement == "content_parts":
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]}]
    elif placement == "file_part":
        fname = r.choice(["export.txt", "case_notes.txt", "form.txt", "ticket.txt", "data.csv"])
        b64 = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": instr},
                                                     {"type": "file", "file": {"filename": fname, "file_data": f"data:text/plain;base64,{b64}"}}]}]
    elif placement == "tool_call_args":
        cid = f"call_{r.getrandbits(48):012x}"
        msgs = [sysmsg, {"role": "user", "content": "log this in the CRM"},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                    "name": "create_ticket", "arguments": json.dumps({"queue": r.choice(["cs", "lp", "ops", "payments"]), "body": doc}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": json.dumps({"ok": True, "ticket": f"T-{r.randint(10 ** 5, 10 ** 6 - 1)}"})},
                {"role": "user", "content": instr}]
    elif placement == "tool_schema":
        msgs = [sysmsg, {"role": "user", "content": instr}]
        body["tools"] = [{"type": "function", "function": {"name": "save_record", "description": "Persist the record for the case. Example input follows.",
                                                          "parameters": {"type": "object", "properties": {"record": {"type": "string", "examples": [doc]}}, "required": ["record"]}}}]
    elif placement == "response_format":
        msgs = [sysmsg, {"role": "user", "content": instr}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "case_summary", "schema": {
            "type": "object", "description": f"Summarise the following source:\n{doc}",
            "properties": {"summary": {"type": "string"}, "next_step": {"type": "string"}}, "required": ["summary"]}}}
    elif placement == "user_field":
        msgs = [sysmsg, {"role": "user", "content": f"{instr}\n\n{doc}"}]
        em = [v for t, v in issued if t in ("EMAIL_ADDRESS", "PHONE_NUMBER")]
        body["user"] = em[0] if em else f"agent-{r.randint(100, 999)}"
    elif placement == "image_url":
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": f"{instr}\n\n{doc}"},
                                                     {"type": "image_url", "image_url": {"url": f"https://cdn.shopimg.net/p/{r.getrandbits(40):x}.jpg?w=800"}}]}]
    else:
        raise Fail(placement)
    body["messages"] = msgs
    if r.random() < 0.2:
        body["temperature"] = r.choice([0, 0.2, 0.7])
    return body


def search_text(body) -> str:
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
    return "\n".join(parts)


def entities_for(body, issued):
    text = search_text(body)
    out, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        seen.add((t, v))
        if v in text or json.dumps(v, ensure_ascii=False)[1:-1] in text:
            out.append({"type": t, "value": v})
    return out


def validate_issued(issued):
    for t, v in issued:
        c = v.replace(" ", "").replace("-", "")
        ok = True
        if t == "CREDIT_CARD":
            ok = luhn.is_valid(c)
        elif t == "IBAN_CODE":
            ok = std_iban.is_valid(v)
        elif t == "ssn":
            ok = ssn.is_valid(v)
        elif t == "MEDICAL_RECORD":
            ok = mrn_valid(v)
        elif t == "IP_ADDRESS":
            ok = ipaddress.ip_address(v).is_global
        elif t == "US_BANK_NUMBER":
            ok = c.isdigit() and 9 <= len(c) <= 12
        elif t == "HEALTH_INSURANCE":
            ok = nhs.is_valid(v) or kvnr_valid(v)
        elif t in ("NATIONAL_ID", "TAX_ID"):
            ok = any(m.is_valid(v) for m in (idnr, nir, curp, cpf, codicefiscale, bsn, pesel, nip, personnummer, tckimlik, inn,
                                              amka, gr_vat, il_idnr, aadhaar, pan, th_pin, jp_in, rrn, ric, utr, nhs))
        if not ok:
            raise Fail(f"invalid {t}")


# --------------------------------------------------------------------------------------------------
# PII split
# --------------------------------------------------------------------------------------------------
def build_pii(r: random.Random):
    g = Gen(r)
    global EPONYM_POOL, FICTION_POOL
    EPONYM_POOL = [e for e in EPONYMS if not is_frozen(e)]
    FICTION_POOL = [e for e in FICTION if not is_frozen(e)]
    FREEZE_STATS["eponym_dropped"] += len(EPONYMS) - len(EPONYM_POOL)
    FREEZE_STATS["fiction_dropped"] += len(FICTION) - len(FICTION_POOL)
    items = ["tote", "armchair", "sneaker", "teapot", "lipstick shade", "chef's knife", "sofa", "perfume"]
    whose = ["the founder's grandmother", "the designer's daughter", "the brand's first seamstress", "the founder's dog"]
    for cap in range(200):  # refill with invented eponymous products; the name part is the pool entry (re-checked)
        if len(EPONYM_POOL) >= 10:
            break
        nm = g.given(r.choice(["en-GB", "it-IT", "fr-FR", "sv-SE", "es-MX"]))
        EPONYM_POOL.append(f"'{nm}' {r.choice(items)} (named after {r.choice(whose)})")
    syl = ["zor", "bli", "mek", "qua", "tro", "ny", "vex", "pli", "dra", "mo", "kin"]
    for cap in range(200):  # invented cartoon characters, single invented token, re-checked
        if len(FICTION_POOL) >= 6:
            break
        ch = draw_fresh(r, lambda: "".join(r.choice(syl) for _ in range(3)).capitalize(), "fiction")
        FICTION_POOL.append(f"{ch} (cartoon hero)")
    models = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto", "claude-3-5-sonnet"]
    jobs = []
    for kind, (sf, sv, bf, bv) in KINDS.items():
        for i in range(N_SENS):
            v = "incidental" if i < N_INCIDENTAL else sv[(i - N_INCIDENTAL) % len(sv)]
            jobs.append((kind, True, v))
        for i in range(N_BEN):
            jobs.append((kind, False, bv[i % len(bv)]))
    r.shuffle(jobs)
    n = len(jobs)
    comp_idx = set(r.sample(range(n), round(n * 0.10)))
    loc_cycle = LOCALES[:]
    r.shuffle(loc_cycle)
    pl_offset = r.randrange(len(PLACEMENTS))
    records = []
    for k, (kind, sens, variant) in enumerate(jobs):
        loc = loc_cycle[k % len(loc_cycle)]
        if variant in PREFER and r.random() < 0.6:  # identifiers that exist only in some locales
            loc = r.choice(PREFER[variant])
        sf, sv, bf, bv = KINDS[kind]
        for attempt in range(5):
            x = Rec(r, g, loc)
            doc, instr, voice = (sf if sens else bf)(x, variant)
            placement = "completions" if k in comp_idx else PLACEMENTS[(k + pl_offset + attempt) % len(PLACEMENTS)]
            body = place(r, doc, instr, placement, r.choice(models), x.issued)
            validate_issued(x.issued)
            ents = entities_for(body, x.issued)
            if bool(ents) == sens:
                break
        else:
            raise Fail(f"could not build {kind}/{variant}")
        if not sens:
            assert not x.issued
        rec = {"id": f"{SPLIT}-pii-{k + 1:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": bool(ents),
               "entities": ents, "endpoint": "completions" if placement == "completions" else "chat", "lang": loc,
               "style": f"{voice} · {variant} · {placement}", "body": body}
        assert rec["sensitive"] == bool(rec["entities"]) == sens
        rec["_incidental"] = variant == "incidental"
        MISSED[0] += len({(t_, v_) for t_, v_ in x.issued}) - len(ents)
        records.append(rec)
    return records


# --------------------------------------------------------------------------------------------------
# Complexity split
# --------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "What does 'backordered' mean on my order page?"),
    ("en", "Write a one-line thank-you reply to a 5-star review of our {p}."),
    ("en", "Give me 3 subject lines for a summer sale email."),
    ("en", "Is an RMA number the same as a return label?"),
    ("en", "Convert 34.99 EUR to cents."),
    ("en", "Translate 'Out of stock' into Spanish."),
    ("de", "Wie schreibt man 'versandkostenfrei' richtig, zusammen oder getrennt?"),
    ("de", "Formuliere einen kurzen Satz: Ihre Bestellung ist unterwegs."),
    ("fr", "Traduis « retour gratuit sous 30 jours » en anglais."),
    ("fr", "Donne-moi un titre court pour une fiche produit: {p}."),
    ("es", "¿Qué significa 'click & collect'?"),
    ("es", "Escribe un saludo corto para el chat de atención al cliente."),
    ("pt", "Como se diz 'frete grátis' em inglês?"),
    ("it", "Scrivi un messaggio breve: il tuo reso è stato ricevuto."),
    ("nl", "Vertaal 'levering morgen' naar het Engels."),
    ("pl", "Jak po angielsku jest 'zwrot towaru'?"),
    ("tr", "'Kargoya verildi' İngilizcede nasıl söylenir?"),
    ("ru", "Как по-английски 'пункт выдачи заказов'?"),
    ("ja", "「在庫切れ」を英語にしてください。"),
    ("zh", "把“七天无理由退货”翻译成英文。"),
    ("ko", "'품절'을 영어로 뭐라고 해?"),
    ("ar", "ترجم 'الشحن مجاني' إلى الإنجليزية."),
    ("hi", "'cash on delivery' ka short Hindi matlab batao"),
    ("en", "Sort these sizes: L, XS, M, XL, S."),
    ("en", "What's 15% off {n}.00?"),
    ("sv", "Översätt 'returfrakt' till engelska."),
]
SHORT_HARD = [
    ("en", "Daily demand for a perishable {p} is Poisson(λ={lam}), shelf life 4 days, lead time 2 days, FIFO issuing. Derive an (s,S) policy minimising expected waste + lost sales at 3:1 cost ratio, and argue why the newsvendor bound is not tight here."),
    ("en", "Prove or refute: for parcel consolidation with item weights ≤ 1 and box capacity 1, first-fit-decreasing never uses more than 11/9·OPT + 6/9 boxes. Then give an ILP that handles dimensional weight."),
    ("en", "Write one SQL query (Postgres) for 90-day repeat-purchase cohorts by first-order month, netting partial refunds, converting currencies at order-date FX, and excluding orders later charged back. Explain the window frames."),
    ("en", "Design an idempotent refund service when PSP webhooks arrive out of order and may duplicate; give the state machine, the dedup key, and two race conditions your design still has."),
    ("en", "Under linear demand with a reference-price effect (loss-averse, λ={lam}), derive the optimal 4-week markdown path and show when a single deep cut beats gradual markdowns."),
    ("en", "Shared device fingerprints link {n} accounts. Give an algorithm to find fraud rings with union-find plus edge weighting that avoids merging households behind one carrier-grade NAT; state its complexity."),
    ("en", "Our marketplace ranks sellers by a Bayesian average of ratings. Show how a seller can game it with k fake 5★ reviews and design a robust estimator; prove a bound on the manipulation."),
    ("de", "Leite her, warum bei Click-&-Collect-Kapazitäten ein Zeitfenster-Auktionsmechanismus anreizkompatibel ist oder nicht, und schlage ein VCG-ähnliches Verfahren mit Budgetbalance-Diskussion vor."),
    ("fr", "Modélise l'allocation du stock entre {n} magasins et l'e-commerce comme un programme stochastique à deux étapes et explique comment la décomposition de Benders s'applique."),
    ("es", "Demuestra que el problema de rutas de reparto con ventanas de tiempo y recogidas de devoluciones es NP-difícil y propone una heurística con garantía."),
    ("pt", "Explique por que o teste A/B de frete grátis com efeito de rede no marketplace viola SUTVA e proponha um desenho por clusters com estimador não viesado."),
    ("ja", "返品率を考慮した需要予測で、返品の遅延分布が右裾の重い場合の推定バイアスを導出し、補正方法を提案してください。"),
    ("zh", "证明在多仓库库存分配中，贪心的最近仓库履约策略可能比最优解差任意倍，并给出一个带近似比的算法。"),
    ("ru", "Докажи, что задача размещения пунктов выдачи с ограничением ёмкости NP-трудна, и предложи LP-релаксацию с округлением и оценкой."),
    ("ko", "동적 가격 책정에서 경쟁사 가격을 관측할 때 발생하는 암묵적 담합 위험을 게임이론으로 분석하고 규제 관점의 탐지 지표를 제안해줘."),
    ("en", "Given conversion p≈{pr}, what sample size per arm detects a 4% relative lift at α=0.05, power 0.8, with 30% of users seeing both variants across devices? Correct for the contamination."),
    ("it", "Progetta un algoritmo di riconciliazione tra rimborsi, storni e payout ai venditori con valute multiple, garantendo che ogni centesimo sia tracciato; dimostra l'invarianza del saldo."),
]
LONG_EASY_ASKS = [
    ("en", "sort this list by price ascending and give it back"),
    ("en", "count how many rows are out of stock"),
    ("de", "bitte die Spaltenüberschriften ins Englische übersetzen, sonst nichts ändern"),
    ("fr", "mets tous les noms de produits en majuscules"),
    ("es", "quita las filas duplicadas y devuélveme la lista"),
    ("pt", "conta quantos itens são da categoria casa"),
    ("ja", "カテゴリごとに件数を数えてください"),
    ("zh", "按类别统计数量"),
    ("nl", "zet dit om naar een markdown-tabel"),
    ("pl", "posortuj alfabetycznie po nazwie produktu"),
    ("tr", "stokta olmayanları listele"),
    ("en", "extract just the SKUs, one per line"),
]
LONG_HARD_ASKS = [
    ("en", "Reconcile these refund ledger lines against the PSP settlement lines: find every mismatch, explain the likely root cause of each (partial refunds, FX, duplicate webhooks, chargebacks), and propose a fix to the ledger logic that would have prevented them."),
    ("en", "From these inventory positions and the forecast, compute an allocation across stores that minimises expected lost sales subject to transfer costs and the truck capacity; show the reasoning and check edge cases where the forecast is negative or missing."),
    ("de", "Analysiere diese Checkout-Logs: rekonstruiere den Ablauf pro Session, finde die Ursache für die Doppelbuchungen (Race Condition?), und entwirf eine idempotente Lösung mit Begründung."),
    ("fr", "À partir de ces litiges, construis un modèle de décision pour la priorisation des cas, identifie les biais entre catégories et propose des règles justifiées statistiquement."),
    ("es", "Con estas excepciones de entrega, identifica patrones por zona y transportista, estima el impacto económico y diseña un experimento para validar la causa principal."),
    ("ja", "このセール期間の価格と販売数のデータから価格弾力性を推定し、カニバリゼーションを考慮した最適な値下げ計画を理由とともに示してください。"),
    ("zh", "根据这些订单与退货记录，分析退货欺诈的可能模式，设计检测规则并评估误报对正常顾客的影响。"),
    ("en", "These are marketplace fee rules and a month of seller transactions. Recompute each seller's fees, find where the billing system diverges from the rules, and argue which rule interpretation is correct where the text is ambiguous."),
]
CATS = ["home", "electronics", "fashion", "beauty", "toys", "garden", "sports"]


def catalog_rows(r, n):
    rows = []
    for _ in range(n):
        rows.append(f"{sku(r)},{r.choice(PRODUCTS)},{r.choice(CATS)},{r.uniform(2, 400):.2f},{r.choice(['in stock', 'out of stock', 'low', 'in stock'])}")
    return "sku,name,category,price,stock\n" + "\n".join(rows)


def ledger_rows(r, n):
    out = []
    for i in range(n):
        o = order_no(r)
        amt = r.uniform(5, 500)
        kind = r.choice(["refund", "partial_refund", "chargeback", "refund_reversal"])
        out.append(f"L{i:04d} {ts(r)} {o} {kind} {amt:.2f} {r.choice(['EUR', 'USD', 'GBP'])} | PSP {r.choice(['settled', 'pending', 'missing', 'settled x2'])} {amt * r.choice([1, 1, 1, 0.5, 1.08]):.2f}")
    return "\n".join(out)


def build_complexity(r: random.Random):
    recs = []
    plan = [("short_simple", 48), ("long_easy", 48), ("short_hard", 47), ("long_hard", 47)]
    jobs = [c for c, n in plan for _ in range(n)]
    r.shuffle(jobs)
    for k, cat in enumerate(jobs):
        p = r.choice(PRODUCTS)
        fill = dict(p=p, n=r.randint(12, 400), lam=round(r.uniform(1.2, 9.5), 1), pr=round(r.uniform(0.01, 0.06), 3))
        sysmsg = {"role": "system", "content": r.choice(SYSTEMS)}
        if cat == "short_simple":
            lang, t = r.choice(SHORT_SIMPLE)
            msgs = [{"role": "user", "content": t.format(**fill)}]
            style = "retail/faq"
        elif cat == "short_hard":
            lang, t = r.choice(SHORT_HARD)
            msgs = [sysmsg, {"role": "user", "content": t.format(**fill)}] if r.random() < 0.5 else [{"role": "user", "content": t.format(**fill)}]
            style = "retail/analysis"
        elif cat == "long_easy":
            lang, ask = r.choice(LONG_EASY_ASKS)
            data = catalog_rows(r, r.randint(28, 60))
            while len(data) < 1550:
                data += "\n" + catalog_rows(r, 5).split("\n", 1)[1]
            content = f"{ask}\n\n{data}" if r.random() < 0.5 else f"{data}\n\n{ask}"
            msgs = [{"role": "user", "content": content}]
            style = "retail/reformat"
        else:
            lang, ask = r.choice(LONG_HARD_ASKS)
            data = ledger_rows(r, r.randint(18, 30)) if r.random() < 0.5 else catalog_rows(r, r.randint(20, 35))
            content = f"{ask}\n\n{data}"
            msgs = [sysmsg, {"role": "user", "content": content}]
            style = "retail/multistep"
        body = {"model": r.choice(["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto"]), "messages": msgs}
        total = sum(len(m["content"]) for m in msgs)
        if cat == "long_easy":
            assert total >= 1500
        recs.append({"id": f"{SPLIT}-cx-{k + 1:04d}", "category": cat, "label": 1 if cat in ("short_hard", "long_hard") else 0,
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang,
                     "style": style, "body": body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261219)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    global FROZEN
    FROZEN = frozen_words()
    r = random.Random(a.seed)
    pii = build_pii(r)
    cx = build_complexity(random.Random(a.seed * 7 + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    inc = sum(1 for x in pii if x.pop("_incidental") and x["sensitive"])
    with open(out / f"pii_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for x in pii:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(out / f"complexity_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for x in cx:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    sens = sum(x["sensitive"] for x in pii)
    print(f"frozen words: {len(FROZEN)}; freeze rejections by pool: {sum(FREEZE_STATS.values())} "
          f"({len(FREEZE_STATS)} pools touched; eponyms dropped {FREEZE_STATS['eponym_dropped']}/{len(EPONYMS)}, "
          f"fiction dropped {FREEZE_STATS['fiction_dropped']}/{len(FICTION)})")
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign ({sens / len(pii):.1%}), incidental {inc}, "
          f"locales {len({x['lang'] for x in pii})}, completions {sum(x['endpoint'] == 'completions' for x in pii)}")
    print(f"issued values not found in the body (left out, so not labelled): {MISSED[0]}")
    print("pii categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("placements:", dict(sorted(collections.Counter(x["style"].rsplit(" · ", 1)[-1] for x in pii).items())))
    print(f"complexity: {len(cx)} records", dict(sorted(collections.Counter(x["category"] for x in cx).items())),
          f"length_adversarial {sum(x['length_adversarial'] for x in cx)}, label1 {sum(x['label'] for x in cx)}, "
          f"langs {len({x['lang'] for x in cx})}")


if __name__ == "__main__":
    main()
