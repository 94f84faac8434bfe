#!/usr/bin/env python3
"""Kettle: a blind evaluation split for the request signals, organised by TELECOMS, ENERGY AND WATER UTILITIES.

Writes bench/data/signals/pii_kettle.jsonl and bench/data/signals/complexity_kettle.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the
    detector, its tests, the evaluator, results, policies, docs and every other generator (one slip: the first
    five one-line commit subjects were shown by a `git log | head` while checking the worktree; nothing else of
    the history was read). Other generators' sources are only scanned automatically by ``frozen_words`` and
    every name, street, company, place and mail-domain pool entry sharing a word (or non-ASCII bigram) with
    them is dropped and refilled from invented, locale-typical syllables (capped retries, re-checked).
    Pools hold the distinctive part only; generic street-type words (Road, rue, ул., 路) and brand
    suffixes (Energy, Mobile, Water) are fixed template text, not pool entries.

Organising principle and the line drawn
    The world of telecoms, energy and water utilities: mobile and broadband contracts and credit checks,
    number porting (PAC/STAC, port-out), SIM swaps and fraud checks, fault tickets and engineer visits, meter
    readings and smart-meter exports, bills/arrears/payment plans, the priority services (vulnerable customer)
    register, outage notices, regulator and ombudsman complaints -- written by call-centre agents, back-office
    clerks, field engineers, fraud analysts, customers and their relatives, in chat, e-mail, CRM JSON, CSV
    exports, pasted letters and forms, over 23 locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari,
    Thai, Han, Kana/Kanji and Hangul scripts). Nine kinds are the categories; each has sensitive records
    (``<kind>``) and benign hard negatives of the same kind (``<kind>_benign``).

    The line: personal data is what identifies or contacts a private customer, relative, carer or
    home-worker -- their name (alone if it comes with a relation or role cue), personal mobile/landline,
    personal e-mail, home address, birth date, national/tax/health numbers, bank and card numbers, the public
    IP of their home router. NOT personal data here (and never labelled): equipment and supply-point
    identifiers on their own -- MPAN/MPRN, CUPS, IMEI, ICCID, MAC addresses, meter and router serials --
    and PAC/STAC codes, account, ticket, job and invoice numbers: they are identifiers of things and
    contracts; a record carrying only them is benign, and when they sit next to a person they stay
    unlabelled while the person's own data is labelled. Also benign: utilities' own published contact data
    (freephone switchboards, role mailboxes, registered offices, the company's own collection IBAN),
    emergency numbers, executives and regulators quoted in their public role, eponyms (Ohm, Erlang, Faraday,
    Shannon), fictional/test personas and placeholders, documentation values (RFC 5737/3849 addresses,
    LAN 192.168.x.x, drama-range numbers, published test cards and test IMEIs), blank forms, and aggregated
    or already-anonymised statistics and ombudsman decisions ("Mr X").

Labels
    ``entities`` is a list of {"type", "value"} computed by searching the serialised body (file parts
    base64-decoded, tool-call arguments JSON-decoded, URLs unquoted) for every value the record issued;
    ``sensitive`` is true iff entities is non-empty (asserted, and asserted to match the category). Types:
    person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID, HEALTH_INSURANCE
    (NHS number), CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US only), US_BANK_NUMBER (routing and account
    number, each listed), MEDICAL_RECORD (hospital record number on a medical-dependency letter).
    Complexity: short_simple (0), long_easy (0, >= 1,500 chars, length-adversarial), short_hard (1,
    length-adversarial), long_hard (1).

Contents (default seed 20260611; the run prints the counts for any seed)
    pii_kettle.jsonl: 504 requests (450 chat, 54 completions), 9 kinds x 56 (33 sensitive + 23 benign): 297
    sensitive / 207 benign, 23 locales; 36 of the sensitive ones (12%) carry a single incidental item; the
    document sits by rotation in 11 request fields. Freeze: 288 pool candidates dropped and refilled
    (smallest pool 11 entries); Korean and Chinese names are checked as whole one-token names. complexity_kettle.jsonl:
    192 chat requests (48 per category), 96 length-adversarial, 96 labelled 1, 12 language tags.

Validation
    Every national/tax/health id, IBAN, card, routing number, MPAN, IMEI and ICCID is built with its check
    digits and validated (python-stdnum, Luhn, own MPAN routine); every phone number is validated with
    ``phonenumbers`` for its region; the run aborts on an invalid value. All retry loops are capped.

Command (deterministic for a given seed; --seed draws different records with the same distributions)
    python bench/make_kettle_signal_sets.py [--seed N] [--out bench/data/signals]
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
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from stdnum import iban as s_iban, imei as s_imei, luhn as s_luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn
from stdnum.gr import vat as gr_vat

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "kettle"
DEFAULT_SEED = 20260611

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
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


def _touches(entry, frozen):
    toks = [t.lower() for t in WORD.findall(entry)]
    for t in toks:
        if t in frozen:
            return True
    for a, b in zip(toks, toks[1:]):
        if (any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b)) and f"{a} {b}" in frozen:
            return True
    # hyphenated parts as well (the capitalised-word scan keeps hyphens)
    for t in re.findall(r"[A-Za-z'\-]+", entry):
        if t.lower() in frozen:
            return True
    return False


# --------------------------------------------------------------------------------------------------
# Locales: region, id generator kinds, invented name parts (native, roman)
# --------------------------------------------------------------------------------------------------
def L(parts):
    """Latin parts: native == roman (accents folded for the roman form)."""
    import unicodedata
    out = []
    for p in parts:
        r = "".join(c for c in unicodedata.normalize("NFKD", p) if not unicodedata.combining(c))
        out.append((p, r.replace("ł", "l").replace("Ł", "L").replace("ı", "i")))
    return out


EN_G = (L("Bren Cal Dar El Fen Gar Hal Jos Kel Lor Mar Nor Ros Tam Wil Ad Cor Ivo".split()),
        L("ton wyn ie a en ella ric ey ine oc is ard".split()))
EN_F = (L("Ash Brom Carr Dun Fair Gos Hart Kin Lock Mor Pen Rad Sel Thorn Whit Quil Yarr Odd".split()),
        L("ley wick ford by ridge stone well ham sey croft hurst lowe".split()))
IN_G = ([("अ", "A"), ("प्र", "Pra"), ("सु", "Su"), ("वि", "Vi"), ("मी", "Mee"), ("रा", "Ra"), ("दी", "Dee"), ("ह", "Ha"), ("कि", "Ki")],
        [("नीता", "nita"), ("काश", "kash"), ("रेश", "resh"), ("नय", "nay"), ("ना", "na"), ("जीव", "jeev"), ("पक", "pak"), ("र्षा", "rsha")])
IN_F = ([("श्री", "Shri"), ("अग्र", "Agra"), ("कुल", "Kul"), ("भा", "Bha"), ("मल", "Mal"), ("चौ", "Chau"), ("दे", "De"), ("नि", "Ni")],
        [("वास्तव", "vastav"), ("वाल", "wal"), ("कर्णी", "karni"), ("टिया", "tiya"), ("होत्रा", "hotra"), ("धरी", "dhari"), ("गम", "gam")])
ES_G = (L("Al Bea Car Dai Em Fer Gua Il Lu Mar Ro Sol Nu Xi".split()), L("ma triz nando sa ilio cia iro ela rián ana".split()))
ES_F = (L("Alc Bel Cas Cor Esp Gal Izq Mont Ped Rív Sot Val Arr Zub".split()), L("ázar ero anda illo ejo uera ón ino eda iaga".split()))

LOCALES = {
    "en-GB": dict(region="GB", iban="GB", g=EN_G, f=EN_F, order="gf", weight=4),
    "en-US": dict(region="US", iban=None, g=EN_G, f=EN_F, order="gf", weight=2),
    "en-IE": dict(region="IE", iban="IE", g=(L("Aoi Cia Dei Éa Fion Orl Sio Tad Ro".split()), L("fe ra rdre mon nnuala a bhán hg".split())),
                  f=(L("Ó Mac Ní Fitz".split()[:0] + "Brann Cull Dow Fla Gall Kea Mul Tier Quin".split()), L("igan ane ling herty agher ney lally ney ty".split())),
                  order="gf", weight=1),
    "en-IN": dict(region="IN", iban=None, g=IN_G, f=IN_F, order="gf", roman_only=True, weight=1),
    "hi-IN": dict(region="IN", iban=None, g=IN_G, f=IN_F, order="gf", weight=1),
    "de-DE": dict(region="DE", iban="DE", g=(L("Ans Bert Frie Gun Hil Jo Lu Ma Rei Ul Wal Ot".split()), L("ke mar trud helm na bert lind rik wine".split())),
                  f=(L("Ahl Brück Dreh Eck Fros Gleis Hen Kral Lütt Mens Rau Wend Zill".split()), L("mann ner er inger hoff bach ling ert meier".split())),
                  order="gf", weight=1),
    "fr-FR": dict(region="FR", iban="FR", g=(L("Am Bé Cla Do Éli Gaë Jo Lu Ma Ro Sé".split()), L("lise nie rine bert tan ric lène mond".split())),
                  f=(L("Bar Chan Del Fau Gir Lam Pel Rou Vil Trem".split()), L("ard ier eau in ot elle ac oux blay".split())), order="gf", weight=1),
    "es-ES": dict(region="ES", iban="ES", g=ES_G, f=ES_F, order="gff", weight=1),
    "es-MX": dict(region="MX", iban=None, g=ES_G, f=ES_F, order="gff", weight=1),
    "it-IT": dict(region="IT", iban="IT", g=(L("Ales Bru Cos Da Fio Gia Ilar Lo Mir Ot Ste".split()), L("ella no ria vio etta ina rio sia".split())),
                  f=(L("Bell Cap Dell Fer Gall Lom Pell Ross Sant Vis Zan".split()), L("uzzi etti ini oni acci ardi ello ato".split())), order="gf", weight=1),
    "nl-NL": dict(region="NL", iban="NL", g=(L("Ar Bas Dirk Ee Fem Ger Jo Lie Maar Wout".split()), L("je ke tje en ina ard".split())),
                  f=(L("Bos Dijk Hoek Kamp Molen Veld Wiel Zand Brink Laar".split()), L("hout man stra ink ema kes".split())), order="gf", weight=1),
    "pl-PL": dict(region="PL", iban="PL", g=(L("Bo Da Ja Kry Ma Ra Sta Wie Zbi Ur".split()), L("gna rek sia nisław lina dwiga mira".split())),
                  f=(L("Bąk Cie Dzi Gra Kow Lis Mro Paw Szcz Wój".split()), L("owski ewicz ak iński czyk ek".split())), order="gf", weight=1),
    "sv-SE": dict(region="SE", iban="SE", g=(L("Al Bir El Gu In Lin Ma Sig Tor Ul".split()), L("vi na ger rid ja gun björn".split())),
                  f=(L("Alm Berg Dahl Ek Fors Hag Lind Sjö Ström Vik".split()), L("gren qvist ström lund berg dal man".split())), order="gf", weight=1),
    "pt-BR": dict(region="BR", iban="BR", g=(L("Ad Bre Cle Dal Edi Gle Jo Lu Ri Tha Wel".split()), L("ilson nda ane son ice ara ita".split())),
                  f=(L("Ara Bor Cav Fag Gou Mach Pim Quei Tei Vas".split()), L("újo ges alcante undes veia ado entel roz xeira".split())), order="gff", weight=1),
    "tr-TR": dict(region="TR", iban="TR", g=(L("Ay Bur Can Der El Gül Ha Meh Ser Yıl".split()), L("sel ak er ya nur can dız".split())),
                  f=(L("Ak Bal Çe Dem Er Kara Öz Şa Tek Yıl".split()), L("soy kaya tepe oğlu ci han dağ".split())), order="gf", weight=1),
    "ru-RU": dict(region="RU", iban=None, g=([("Ве", "Ve"), ("Ми", "Mi"), ("Да", "Da"), ("Ро", "Ro"), ("Ки", "Ki"), ("Ла", "La"), ("Зо", "Zo"), ("Та", "Ta")],
                                             [("рослав", "roslav"), ("лена", "lena"), ("рина", "rina"), ("ман", "man"), ("дим", "dim"), ("сий", "siy"), ("тьяна", "tyana")]),
                  f=([("Бел", "Bel"), ("Вор", "Vor"), ("Гри", "Gri"), ("Жу", "Zhu"), ("Кол", "Kol"), ("Мор", "Mor"), ("Сыт", "Syt"), ("Тар", "Tar"), ("Шес", "Shes")],
                     [("ов", "ov"), ("ин", "in"), ("енко", "enko"), ("анов", "anov"), ("ицын", "itsyn"), ("яев", "yaev")]), order="fg", weight=1),
    "el-GR": dict(region="GR", iban="GR", g=([("Αγ", "Ag"), ("Δη", "Di"), ("Ελ", "El"), ("Θε", "The"), ("Κα", "Ka"), ("Λε", "Le"), ("Νι", "Ni"), ("Στα", "Sta")],
                                             [("γελική", "geliki"), ("μήτρης", "mitris"), ("ένη", "eni"), ("όδωρος", "odoros"), ("τερίνα", "terina"), ("φτέρης", "fteris")]),
                  f=([("Παπα", "Papa"), ("Καρα", "Kara"), ("Μαυρο", "Mavro"), ("Χατζη", "Chatzi"), ("Βλα", "Vla"), ("Ζερ", "Zer"), ("Λια", "Lia")],
                     [("δάκης", "dakis"), ("πούλου", "poulou"), ("γιάννης", "giannis"), ("ίδης", "idis"), ("χος", "chos"), ("λάκη", "laki")]), order="gf", weight=1),
    "ar-EG": dict(region="EG", iban="EG", g=([("مح", "Mah"), ("سل", "Sal"), ("نو", "Nou"), ("ها", "Ha"), ("عب", "Ab"), ("يا", "Ya"), ("رح", "Rah"), ("دع", "Da")],
                                             [("مود", "moud"), ("مى", "ma"), ("ران", "ran"), ("لة", "la"), ("سين", "sin"), ("ير", "ir"), ("اء", "aa")]),
                  f=([("الشا", "El-Sha"), ("البر", "El-Bar"), ("المن", "El-Man"), ("الصا", "El-Sa"), ("فر", "Far"), ("نص", "Nas"), ("الدم", "El-Dam")],
                     [("ذلي", "zly"), ("عي", "ei"), ("شاوي", "shawy"), ("غير", "ghir"), ("وان", "wan"), ("هوري", "houry")]), order="gf", weight=1),
    "he-IL": dict(region="IL", iban="IL", g=([("אב", "Av"), ("יו", "Yo"), ("נו", "No"), ("של", "Shal"), ("תמ", "Tam"), ("רו", "Ro"), ("עד", "Ad")],
                                             [("יה", "ya"), ("אל", "el"), ("עה", "a"), ("ית", "it"), ("ני", "ni"), ("רון", "ron")]),
                  f=([("בר", "Bar"), ("גול", "Gol"), ("כה", "Ka"), ("מז", "Maz"), ("שפ", "Shap"), ("רוז", "Roz"), ("אל", "El")],
                     [("דן", "dan"), ("נר", "ner"), ("ור", "or"), ("יר", "ir"), ("לב", "lev"), ("קין", "kin")]), order="gf", weight=1),
    "ja-JP": dict(region="JP", iban=None, g=([("美", "Mi"), ("健", "Ken"), ("陽", "Haru"), ("千", "Chi"), ("沙", "Sa"), ("悠", "Yu"), ("真", "Ma"), ("直", "Nao")],
                                             [("咲", "saki"), ("太", "ta"), ("奈", "na"), ("一", "ichi"), ("子", "ko"), ("翔", "sho"), ("里", "ri")]),
                  f=([("高", "Taka"), ("森", "Mori"), ("川", "Kawa"), ("石", "Ishi"), ("松", "Matsu"), ("岡", "Oka"), ("竹", "Take"), ("浜", "Hama"), ("北", "Kita")],
                     [("田", "da"), ("本", "moto"), ("村", "mura"), ("島", "shima"), ("沢", "sawa"), ("原", "hara"), ("崎", "saki")]), order="fg", weight=1),
    "ko-KR": dict(region="KR", iban=None, g=([("서", "Seo"), ("지", "Ji"), ("민", "Min"), ("하", "Ha"), ("윤", "Yun"), ("도", "Do"), ("은", "Eun"), ("태", "Tae")],
                                             [("연", "yeon"), ("훈", "hun"), ("아", "a"), ("준", "jun"), ("희", "hui"), ("빈", "bin"), ("율", "yul")]),
                  f=([("탁", "Tak"), ("편", "Pyeon"), ("옥", "Ok"), ("모", "Mo"), ("용", "Yong"), ("석", "Seok"), ("구", "Gu"), ("선", "Seon"), ("남궁", "Namgung")], [("", "")]),
                  order="fg_tight", weight=1),
    "zh-CN": dict(region="CN", iban=None, g=([("思", "Si"), ("文", "Wen"), ("雨", "Yu"), ("浩", "Hao"), ("嘉", "Jia"), ("子", "Zi"), ("一", "Yi")],
                                             [("涵", "han"), ("轩", "xuan"), ("彤", "tong"), ("然", "ran"), ("宁", "ning"), ("博", "bo"), ("瑶", "yao")]),
                  f=([("闫", "Yan"), ("芮", "Rui"), ("蔺", "Lin"), ("滕", "Teng"), ("虞", "Yu"), ("邝", "Kuang"), ("甄", "Zhen"), ("柏", "Bai"), ("冼", "Xian")], [("", "")]),
                  order="fg_tight", weight=1),
    "th-TH": dict(region="TH", iban=None, g=([("สม", "Som"), ("วร", "Won"), ("กิต", "Kit"), ("ปรี", "Pree"), ("นภ", "Nop"), ("ศิ", "Si"), ("อัญ", "An")],
                                             [("ชาย", "chai"), ("ดา", "da"), ("ติ", "ti"), ("พร", "porn"), ("วรรณ", "wan"), ("ริ", "ri")]),
                  f=([("ศรี", "Sri"), ("แก้ว", "Kaew"), ("ทอง", "Thong"), ("บุญ", "Boon"), ("จันท", "Chan"), ("สุข", "Suk")],
                     [("สวัสดิ์", "sawat"), ("มณี", "manee"), ("ประเสริฐ", "prasert"), ("เจริญ", "charoen"), ("วงศ์", "wong"), ("ใจดี", "jaidee")]), order="gf", weight=1),
}

# Localised labels: name, dob, addr, phone, email, acct, reading, amount, visit, outage, psr, hi, thanks, idl
LBL = {
    "en": "Name|Date of birth|Address|Phone|Email|Account no|Meter reading|Amount due|Engineer visit|Power cut|Needs|Hi|Thanks|ID",
    "de": "Name|Geburtsdatum|Anschrift|Telefon|E-Mail|Kundennummer|Zählerstand|Offener Betrag|Technikertermin|Stromausfall|Hinweis|Hallo|Danke|Steuer-ID",
    "fr": "Nom|Date de naissance|Adresse|Téléphone|Courriel|N° client|Relevé compteur|Montant dû|RDV technicien|Coupure|Besoins|Bonjour|Merci|N° sécu",
    "es": "Nombre|Fecha de nacimiento|Dirección|Teléfono|Correo|N.º cliente|Lectura contador|Importe pendiente|Visita técnico|Corte de luz|Necesidades|Hola|Gracias|DNI",
    "it": "Nome|Data di nascita|Indirizzo|Telefono|Email|Codice cliente|Lettura contatore|Importo dovuto|Intervento tecnico|Blackout|Esigenze|Buongiorno|Grazie|Codice fiscale",
    "nl": "Naam|Geboortedatum|Adres|Telefoon|E-mail|Klantnummer|Meterstand|Openstaand bedrag|Monteursbezoek|Stroomstoring|Bijzonderheden|Hoi|Bedankt|BSN",
    "pl": "Imię i nazwisko|Data urodzenia|Adres|Telefon|E-mail|Nr klienta|Odczyt licznika|Kwota zaległa|Wizyta technika|Awaria prądu|Potrzeby|Dzień dobry|Dzięki|PESEL",
    "sv": "Namn|Födelsedatum|Adress|Telefon|E-post|Kundnummer|Mätarställning|Att betala|Teknikerbesök|Strömavbrott|Behov|Hej|Tack|Personnummer",
    "pt": "Nome|Data de nascimento|Endereço|Telefone|E-mail|Nº cliente|Leitura do medidor|Valor em aberto|Visita técnica|Falta de energia|Necessidades|Oi|Obrigado|CPF",
    "tr": "Ad Soyad|Doğum tarihi|Adres|Telefon|E-posta|Abone no|Sayaç okuma|Borç tutarı|Teknisyen ziyareti|Elektrik kesintisi|İhtiyaçlar|Merhaba|Teşekkürler|TC Kimlik",
    "ru": "ФИО|Дата рождения|Адрес|Телефон|Эл. почта|Лицевой счёт|Показания счётчика|Задолженность|Выезд мастера|Отключение|Особые нужды|Здравствуйте|Спасибо|ИНН",
    "el": "Ονοματεπώνυμο|Ημερομηνία γέννησης|Διεύθυνση|Τηλέφωνο|Email|Αρ. παροχής|Ένδειξη μετρητή|Οφειλή|Επίσκεψη τεχνικού|Διακοπή ρεύματος|Ανάγκες|Γεια σας|Ευχαριστώ|ΑΦΜ",
    "ar": "الاسم|تاريخ الميلاد|العنوان|الهاتف|البريد الإلكتروني|رقم الحساب|قراءة العداد|المبلغ المستحق|زيارة الفني|انقطاع الكهرباء|احتياجات خاصة|مرحبا|شكرا|الرقم القومي",
    "he": "שם|תאריך לידה|כתובת|טלפון|דוא\"ל|מספר לקוח|קריאת מונה|יתרה לתשלום|ביקור טכנאי|הפסקת חשמל|צרכים מיוחדים|שלום|תודה|ת\"ז",
    "hi": "नाम|जन्म तिथि|पता|फ़ोन|ईमेल|खाता संख्या|मीटर रीडिंग|बकाया राशि|तकनीशियन विज़िट|बिजली कटौती|ज़रूरतें|नमस्ते|धन्यवाद|आधार",
    "ja": "氏名|生年月日|住所|電話番号|メール|お客さま番号|検針値|未払い額|工事訪問|停電|配慮事項|お世話になります|よろしくお願いします|マイナンバー",
    "ko": "성명|생년월일|주소|연락처|이메일|고객번호|검침값|미납액|기사 방문|정전|배려 사항|안녕하세요|감사합니다|주민등록번호",
    "zh": "姓名|出生日期|地址|电话|邮箱|户号|电表读数|欠费金额|上门维修|停电|特殊需求|你好|谢谢|身份证号",
    "th": "ชื่อ|วันเกิด|ที่อยู่|โทรศัพท์|อีเมล|เลขที่ผู้ใช้ไฟ|เลขมิเตอร์|ยอดค้างชำระ|ช่างเข้าบ้าน|ไฟดับ|ความต้องการพิเศษ|สวัสดีค่ะ|ขอบคุณค่ะ|เลขบัตรประชาชน",
}
LBL_KEYS = "name dob addr phone email acct reading amount visit outage psr hi thanks idl".split()
LBL = {k: dict(zip(LBL_KEYS, v.split("|"))) for k, v in LBL.items()}

# a local-language sentence per kind (customer voice), {g}=given name slot not used for values
LOCAL_LINE = {
    "de": "bitte dringend zurückrufen, seit Tagen kein Internet und der Router blinkt rot",
    "fr": "je conteste la facture, le relevé estimé est beaucoup trop élevé",
    "es": "me han cortado la línea sin avisar y sigo pagando la cuota",
    "it": "il tecnico non si è presentato, ho preso mezza giornata di ferie per niente",
    "nl": "mijn slimme meter geeft al twee weken geen standen door",
    "pl": "chcę przenieść numer do innej sieci, proszę o kod",
    "sv": "vi har fått en orimligt hög elräkning för januari",
    "pt": "a conta de luz veio em dobro e ninguém resolve",
    "tr": "faturamda bilmediğim bir ek paket var, iptal edilsin",
    "ru": "прошу пересчитать начисления, счётчик заменили в марте",
    "el": "έχουμε διακοπή νερού από το πρωί χωρίς ενημέρωση",
    "ar": "الكهرباء مقطوعة من امبارح ومحدش بيرد على الخط الساخن",
    "he": "ביקשתי ניוד מספר לפני שבוע ועדיין לא בוצע",
    "hi": "पिछले महीने का बिल बहुत ज़्यादा आया है, मीटर चेक करवाइए",
    "ja": "スマートメーターに替えてから請求額が急に上がりました",
    "ko": "인터넷이 계속 끊겨서 기사님 방문 요청드립니다",
    "zh": "手机号携号转网一直失败，请帮忙查一下",
    "th": "ค่าไฟเดือนนี้สูงผิดปกติ ขอให้ตรวจสอบมิเตอร์ด้วยค่ะ",
    "en": "been on hold 40 mins, third time calling about this",
}


def lang2(loc):
    return loc.split("-")[0]


# --------------------------------------------------------------------------------------------------
# Pools (frozen-filtered)
# --------------------------------------------------------------------------------------------------
STREET_FMT = {
    "en-GB": lambda r, rng, s, p: f"{rng.randint(1, 240)} {s} {rng.choice(['Road', 'Lane', 'Close', 'Avenue', 'Terrace', 'Gardens'])}, {p}, {rng.choice('BLMNSWKD')}{rng.choice('ABCEHLMNRSY')}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}",
    "en-US": lambda r, rng, s, p: f"{rng.randint(100, 9899)} {s} {rng.choice(['St', 'Ave', 'Dr', 'Blvd', 'Ct'])}, {p}, {rng.choice(['OH', 'TX', 'PA', 'GA', 'AZ', 'MN'])} {rng.randint(10000, 99950)}",
    "en-IE": lambda r, rng, s, p: f"{rng.randint(1, 120)} {s} {rng.choice(['Road', 'Park', 'Avenue', 'Grove'])}, {p}, Co. {rng.choice(['Cork', 'Galway', 'Meath', 'Kildare'])}",
    "en-IN": lambda r, rng, s, p: f"Flat {rng.randint(101, 904)}, {s} Nagar, {p} {rng.randint(110001, 700099)}",
    "hi-IN": lambda r, rng, s, p: f"मकान नं. {rng.randint(1, 300)}, {s} नगर, {p} - {rng.randint(110001, 700099)}",
    "de-DE": lambda r, rng, s, p: f"{s}{rng.choice(['straße', 'weg', 'allee', 'ring'])} {rng.randint(1, 140)}, {rng.randint(10115, 99998)} {p}",
    "fr-FR": lambda r, rng, s, p: f"{rng.randint(1, 180)} {rng.choice(['rue', 'avenue', 'allée', 'impasse'])} {s}, {rng.randint(10, 95):02d}{rng.randint(0, 999):03d} {p}",
    "es-ES": lambda r, rng, s, p: f"C/ {s} {rng.randint(1, 150)}, {rng.randint(1, 8)}º {rng.choice('ABCD')}, {rng.randint(1000, 52999):05d} {p}",
    "es-MX": lambda r, rng, s, p: f"Calle {s} {rng.randint(1, 999)}, Col. Centro, {rng.randint(1000, 99999):05d} {p}",
    "it-IT": lambda r, rng, s, p: f"Via {s} {rng.randint(1, 200)}, {rng.randint(10, 98)}{rng.randint(0, 999):03d} {p}",
    "nl-NL": lambda r, rng, s, p: f"{s}{rng.choice(['straat', 'laan', 'weg', 'gracht'])} {rng.randint(1, 220)}, {rng.randint(1011, 9999)} {rng.choice('BCDGHJKLMNPRSTVWXZ')}{rng.choice('BCDGHJKLMNPRSTVWXZ')} {p}",
    "pl-PL": lambda r, rng, s, p: f"ul. {s} {rng.randint(1, 99)}/{rng.randint(1, 60)}, {rng.randint(10, 99)}-{rng.randint(0, 999):03d} {p}",
    "sv-SE": lambda r, rng, s, p: f"{s}{rng.choice(['vägen', 'gatan', 'stigen'])} {rng.randint(1, 90)}, {rng.randint(111, 984)} {rng.randint(10, 99)} {p}",
    "pt-BR": lambda r, rng, s, p: f"Rua {s}, {rng.randint(10, 2999)} - apto {rng.randint(11, 184)}, {p} - {rng.choice(['SP', 'MG', 'RS', 'BA'])}, {rng.randint(10000, 99999)}-{rng.randint(0, 999):03d}",
    "tr-TR": lambda r, rng, s, p: f"{s} Sok. No:{rng.randint(1, 80)} D:{rng.randint(1, 24)}, {rng.randint(10000, 81999)} {p}",
    "ru-RU": lambda r, rng, s, p: f"ул. {s}, д. {rng.randint(1, 120)}, кв. {rng.randint(1, 300)}, г. {p}, {rng.randint(101000, 692999)}",
    "el-GR": lambda r, rng, s, p: f"Οδός {s} {rng.randint(1, 150)}, {rng.randint(100, 851)} {rng.randint(10, 99)} {p}",
    "ar-EG": lambda r, rng, s, p: f"{rng.randint(1, 90)} شارع {s}، {p}",
    "he-IL": lambda r, rng, s, p: f"רחוב {s} {rng.randint(1, 120)}, {p}",
    "ja-JP": lambda r, rng, s, p: f"〒{rng.randint(100, 999)}-{rng.randint(0, 9999):04d} {p}{s}{rng.randint(1, 6)}丁目{rng.randint(1, 30)}-{rng.randint(1, 20)}",
    "ko-KR": lambda r, rng, s, p: f"{p} {s}로 {rng.randint(1, 300)}, {rng.randint(101, 1505)}호",
    "zh-CN": lambda r, rng, s, p: f"{p}{s}路{rng.randint(1, 999)}号{rng.randint(1, 30)}栋{rng.randint(101, 2802)}室",
    "th-TH": lambda r, rng, s, p: f"{rng.randint(1, 999)}/{rng.randint(1, 99)} ถนน{s} {p} {rng.randint(10100, 96220)}",
}
PLACE_SUF = {"en": ["ham", "bury", "ford", "ton", "field", "mouth"], "de": ["dorf", "hausen", "feld", "berg"],
             "fr": ["ville", "court", "mont"], "es": ["ejo", "ar", "illa"], "it": ["ano", "ese", "ella"],
             "nl": ["dam", "voort", "kerk"], "pl": ["ów", "ice", "no"], "sv": ["köping", "by", "torp"],
             "pt": ["ópolis", "inha", "al"], "tr": ["köy", "pınar", "lı"], "ru": ["ск", "ово", "инск"],
             "el": ["πολη", "χώρι"], "ar": ["ية", "ان"], "he": ["יה", "ון"], "hi": ["पुर", "गढ़", "बाद"],
             "ja": ["市", "町"], "ko": ["시", "군"], "zh": ["市", "县"], "th": ["บุรี", "นคร"]}
COMPANY_A = "Vol Cor Lum Aqu Nex Tel Ven Bri Kin Sol Orb Ful Hal Zen Tri Mer Pyr Dun Cal Ost Rav Sev Hyd Ion".split()
COMPANY_B = "tara vio ex ora ia ent wick ra um ena ona ix ari eon yx al avo ston ley ica".split()
MAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "btinternet.com", "web.de",
                "gmx.de", "orange.fr", "libero.it", "wp.pl", "mail.ru", "yandex.ru", "naver.com", "qq.com",
                "163.com", "yahoo.co.jp", "uol.com.br", "telia.com", "ziggo.nl"]


class Pools:
    def __init__(self, rng, frozen):
        self.rng, self.frozen = rng, frozen
        self.dropped = collections.Counter()
        self.per = {}
        for loc in sorted(LOCALES):
            self.per[loc] = self._locale_pools(loc)
        comp = self._fill("company", lambda: rng.choice(COMPANY_A) + rng.choice(COMPANY_B), 28)
        self.companies = comp
        doms = [d for d in MAIL_DOMAINS if not _touches(d.split(".")[0], frozen)]
        self.dropped["mail_domain"] += len(MAIL_DOMAINS) - len(doms)
        extra = self._fill("mail_domain", lambda: (rng.choice(COMPANY_A) + rng.choice(COMPANY_B)).lower() + rng.choice(["mail.net", "post.com", "net.org"]), max(0, 8 - len(doms)), minimum=0)
        self.domains = doms + extra

    def _fill(self, kind, make, n, minimum=4, key=None):
        out, seen, tries = [], set(), 0
        while len(out) < n and tries < n * 40:
            tries += 1
            c = make()
            if not c or c in seen:
                continue
            seen.add(c)
            if _touches(key(c) if key else (c if isinstance(c, str) else c[0] + " " + c[1]), self.frozen):
                self.dropped[kind] += 1
                continue
            out.append(c)
        if len(out) < minimum:
            raise SystemExit(f"pool {kind}: only {len(out)} entries survive the freeze")
        return out

    def _locale_pools(self, loc):
        rng, d = self.rng, LOCALES[loc]
        ga, gb = d["g"]
        fa, fb = d["f"]
        def comp(a, b):
            x, y = rng.choice(a), rng.choice(b)
            return (x[0] + y[0], x[1] + y[1].lower() if x[1] else y[1])
        if d["order"] == "fg_tight":
            # names written as one token: the whole name is the pool entry that is checked
            full = self._fill(f"fullname:{loc}", lambda: (comp(fa, fb), comp(ga, gb)), 40, key=lambda c: c[0][0] + c[1][0])
            return dict(full=full, given=[c[1] for c in full], family=[c[0] for c in full],
                        street=self._fill(f"street:{loc}", lambda: comp(fa, gb)[0], 24),
                        place=self._fill(f"place:{loc}", lambda: rng.choice(fa)[0] + rng.choice(ga)[0] + rng.choice(PLACE_SUF[lang2(loc)]), 16))
        given = self._fill(f"given:{loc}", lambda: comp(ga, gb), 30)
        family = self._fill(f"family:{loc}", lambda: comp(fa, fb), 30)
        street = self._fill(f"street:{loc}", lambda: comp(fa, gb)[0] if loc not in ("en-IN",) else comp(fa, fb)[1], 24)
        suf = PLACE_SUF[lang2(loc)]
        place = self._fill(f"place:{loc}", lambda: (comp(fa, fb)[1] if loc == "en-IN" else rng.choice(fa)[0] + rng.choice(suf)), 16)
        return dict(given=given, family=family, street=street, place=place)


# --------------------------------------------------------------------------------------------------
# Identifier generators (validated)
# --------------------------------------------------------------------------------------------------
DIG = "0123456789"


def rdig(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def complete(rng, make_prefix, k, ok, cap=60):
    """Try random prefixes; for each, the completions of the last k digits, first valid wins (capped)."""
    for _ in range(cap):
        pre = make_prefix()
        for i in range(10 ** k):
            c = pre + f"{i:0{k}d}"
            if ok(c):
                return c
    raise SystemExit("identifier generation failed")


def must(valid, value, what):
    if not valid(value):
        raise SystemExit(f"invalid {what}")
    return value


def gen_phone(rng, region, kind=PNT.MOBILE, fmt=None):
    ex = phonenumbers.example_number_for_type(region, kind)
    nat = str(ex.national_number)
    keep = max(2, len(nat) - 7)
    for _ in range(300):
        cand = nat[:keep] + rdig(rng, len(nat) - keep)
        if cand == nat or "555" in cand[keep - 1:keep + 4]:
            continue
        pn = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) in (kind, PNT.FIXED_LINE_OR_MOBILE):
            f = fmt if fmt is not None else rng.choice([PNF.NATIONAL, PNF.NATIONAL, PNF.INTERNATIONAL, PNF.E164])
            s = phonenumbers.format_number(pn, f)
            chk = phonenumbers.parse(s, region)
            if not phonenumbers.is_valid_number(chk):
                raise SystemExit("invalid phone")
            return s
    raise SystemExit(f"phone generation failed for {region}")


def gen_card(rng):
    pre = rng.choice(["4", "51", "52", "53", "54", "55", "2221"])
    for _ in range(50):
        body = pre + rdig(rng, 15 - len(pre))
        num = body + s_luhn.calc_check_digit(body)
        if num not in ("4111111111111111", "4242424242424242", "5555555555554444"):
            must(s_luhn.is_valid, num, "card")
            return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else num
    raise SystemExit("card")


IBAN_BBAN = {"GB": "a4n14", "IE": "a4n14", "DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10",
             "PL": "n24", "SE": "n20", "TR": "n22", "GR": "n23", "IL": "n19", "BR": "n23a1c1", "EG": "n25"}


def gen_iban(rng, cc):
    spec = IBAN_BBAN[cc]
    for _ in range(3000):
        bban = ""
        for kind, n in re.findall(r"([anc])(\d+)", spec):
            for _ in range(int(n)):
                bban += rng.choice(DIG if kind == "n" else ("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "ABCDEFGHJK0123456789"))
        if cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + bban[4:]
        num = cc + s_iban.calc_check_digits(cc + "00" + bban) + bban
        if s_iban.is_valid(num):
            return " ".join(num[i:i + 4] for i in range(0, len(num), 4)) if rng.random() < 0.6 else num
    raise SystemExit(f"iban {cc}")


def gen_ip(rng):
    for _ in range(200):
        if rng.random() < 0.8:
            ip = ipaddress.ip_address(f"{rng.randint(2, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        else:
            ip = ipaddress.ip_address(f"2a0{rng.randint(0, 9)}:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0, 0xffff):x}:{rng.randint(1, 0xffff):x}::{rng.randint(1, 0xfff):x}")
        if ip.is_global and not ip.is_multicast:
            return str(ip)
    raise SystemExit("ip")


def gen_mpan_core(rng):
    primes = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    dist = rng.choice([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
    body = f"{dist}{rdig(rng, 10)}"
    chk = sum(int(d) * p for d, p in zip(body, primes)) % 11 % 10
    core = body + str(chk)
    assert sum(int(d) * p for d, p in zip(core[:12], primes)) % 11 % 10 == int(core[12])
    return core


def gen_imei(rng):
    body = rng.choice(["35", "86", "01", "35"]) + rdig(rng, 12)
    v = body + s_luhn.calc_check_digit(body)
    return must(s_imei.is_valid, v, "imei")


def gen_iccid(rng, cc="44"):
    body = "89" + cc + rdig(rng, 15)
    v = body + s_luhn.calc_check_digit(body)
    return must(s_luhn.is_valid, v, "iccid")


def gen_mac(rng):
    return ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def gen_dob(rng):
    return dt.date(1936, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 68))


def fmt_dob(loc, d, rng):
    l = lang2(loc)
    if loc == "en-US":
        return d.strftime("%m/%d/%Y")
    if l == "ja":
        return f"{d.year}年{d.month}月{d.day}日"
    if l == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    if l == "ko":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if l in ("de", "ru", "pl", "tr"):
        return d.strftime("%d.%m.%Y")
    if l in ("sv",):
        return d.isoformat()
    if l == "th" and rng.random() < 0.5:
        return f"{d.day}/{d.month}/{d.year + 543}"
    return d.strftime("%d/%m/%Y") if rng.random() < 0.8 else d.strftime("%d-%m-%Y")


def gen_national(rng, loc, d, person):
    """Return (type, value) of the locale's national / tax / health number, or None."""
    reg = LOCALES[loc]["region"]
    yy, mm, dd = d.strftime("%y"), d.strftime("%m"), d.strftime("%d")
    if reg == "GB":
        if rng.random() < 0.6:
            v = complete(rng, lambda: str(rng.randint(4, 7)) + rdig(rng, 8), 1, nhs.is_valid)
            return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}"
        for _ in range(100):
            body = rdig(rng, 9)
            for c in DIG:
                if utr.is_valid(c + body):
                    return "TAX_ID", c + body

    if reg == "US":
        for _ in range(100):
            v = f"{rng.randint(101, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
            if ssn.is_valid(v):
                return "ssn", v
    if reg == "IE":
        return "NATIONAL_ID", _pps(rng)
    if reg == "IN":
        if rng.random() < 0.6:
            for _ in range(200):
                body = str(rng.randint(2, 9)) + rdig(rng, 10)
                from stdnum import verhoeff
                v = body + verhoeff.calc_check_digit(body)
                if aadhaar.is_valid(v):
                    return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"
        for _ in range(100):
            v = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + person["fam_roman"][0].upper() + rdig(rng, 4) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            if pan.is_valid(v):
                return "TAX_ID", v
    if reg == "DE":
        for _ in range(2000):
            body = str(rng.randint(1, 9)) + rdig(rng, 9)
            for c in DIG:
                if idnr.is_valid(body + c):
                    v = body + c
                    return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if rng.random() < 0.5 else v
    if reg == "FR":
        body = f"{rng.randint(1, 2)}{yy}{mm}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        v = body + nir.calc_check_digits(body)
        must(nir.is_valid, v, "nir")
        return "NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    if reg == "ES":
        body = rdig(rng, 8)
        return "NATIONAL_ID", must(dni.is_valid, body + dni.calc_check_digit(body), "dni")
    if reg == "MX":
        fam = re.sub(r"[^A-Z]", "", person["fam_roman"].upper()) + "XX"
        giv = re.sub(r"[^A-Z]", "", person["giv_roman"].upper()) + "X"
        vow = [c for c in fam[1:] if c in "AEIOU"] or ["X"]
        cons = lambda s: ([c for c in s[1:] if c not in "AEIOU"] or ["X"])[0]
        fam2 = person.get("fam2_roman", "X").upper() or "X"
        for _ in range(50):
            sex = rng.choice("HM")
            state = rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT"])
            body = f"{fam[0]}{vow[0]}{fam2[0]}{giv[0]}{yy}{mm}{dd}{sex}{state}{cons(fam)}{cons(fam2 + 'X')}{cons(giv)}{'0' if d.year < 2000 else 'A'}"
            v = body + curp.calc_check_digit(body + "0")
            if curp.is_valid(v):
                return "NATIONAL_ID", v
        return None
    if reg == "IT":
        fam = re.sub(r"[^A-Z]", "", person["fam_roman"].upper())
        giv = re.sub(r"[^A-Z]", "", person["giv_roman"].upper())
        def code3(s):
            c = [x for x in s if x not in "AEIOU"] + [x for x in s if x in "AEIOU"] + ["X", "X", "X"]
            return "".join(c[:3])
        fem = rng.random() < 0.5
        day = d.day + (40 if fem else 0)
        body = f"{code3(fam)}{code3(giv)}{yy}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}{rng.choice('ABCDEFGHL')}{rng.randint(100, 999)}"
        v = body + codicefiscale.calc_check_digit(body)
        return "TAX_ID", must(codicefiscale.is_valid, v, "cf")
    if reg == "NL":
        v = complete(rng, lambda: str(rng.randint(1, 6)) + rdig(rng, 7), 1, bsn.is_valid)
        return "NATIONAL_ID", v
    if reg == "PL":
        m = d.month + (20 if d.year >= 2000 else 0)
        body = f"{yy}{m:02d}{dd}{rdig(rng, 4)}"
        return "NATIONAL_ID", must(pesel.is_valid, body + pesel.calc_check_digit(body), "pesel")
    if reg == "SE":
        body = f"{yy}{mm}{dd}{rdig(rng, 3)}"
        v = body + s_luhn.calc_check_digit(body)
        v = f"{v[:6]}-{v[6:]}"
        return "NATIONAL_ID", must(personnummer.is_valid, v, "personnummer")
    if reg == "BR":
        v = complete(rng, lambda: rdig(rng, 9), 2, cpf.is_valid)
        return "TAX_ID", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if reg == "TR":
        body = str(rng.randint(1, 9)) + rdig(rng, 8)
        return "NATIONAL_ID", must(tckimlik.is_valid, body + tckimlik.calc_check_digits(body), "tckimlik")
    if reg == "RU":
        body = f"{rng.randint(1, 92):02d}" + rdig(rng, 8)
        return "TAX_ID", must(inn.is_valid, body + inn.calc_personal_check_digits(body), "inn")
    if reg == "GR":
        body = "1" + rdig(rng, 7)
        return "TAX_ID", must(gr_vat.is_valid, body + gr_vat.calc_check_digit(body), "afm")
    if reg == "IL":
        v = complete(rng, lambda: str(rng.randint(0, 3)) + rdig(rng, 7), 1, il_idnr.is_valid)
        return "NATIONAL_ID", v
    if reg == "JP":
        body = str(rng.randint(1, 9)) + rdig(rng, 10)
        v = body + jp_in.calc_check_digit(body)
        must(jp_in.is_valid, v, "mynumber")
        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"
    if reg == "KR":
        s = (1 if d.year < 2000 else 3) + rng.randint(0, 1)
        body = f"{yy}{mm}{dd}{s}{rng.randint(0, 8)}{rdig(rng, 4)}"
        v = body + rrn.calc_check_digit(body)
        must(rrn.is_valid, v, "rrn")
        return "NATIONAL_ID", f"{v[:6]}-{v[6:]}"
    if reg == "CN":
        body = f"{rng.choice(['110101', '310104', '440106', '510107', '330106'])}{d.strftime('%Y%m%d')}{rdig(rng, 3)}"
        ok = [body + c for c in "0123456789X" if ric.is_valid(body + c)]
        return "NATIONAL_ID", must(ric.is_valid, ok[0] if ok else body, "ric")
    if reg == "TH":
        body = str(rng.randint(1, 8)) + rdig(rng, 11)
        v = body + th_pin.calc_check_digit(body)
        must(th_pin.is_valid, v, "th pin")
        return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
    return None


def _pps(rng):
    for _ in range(100):
        body = rdig(rng, 7)
        for c in "ABCDEFGHIJKLMNOPQRSTUVW":
            if pps.is_valid(body + c):
                return body + c
    raise SystemExit("pps")


# --------------------------------------------------------------------------------------------------
# One record's issuer of values
# --------------------------------------------------------------------------------------------------
class Rec:
    def __init__(self, rng, pools, loc, sensitive):
        self.rng, self.pools, self.loc, self.sensitive = rng, pools, loc, sensitive
        self.P = pools.per[loc]
        self.l = lang2(loc)
        self.lab = LBL.get(self.l, LBL["en"])
        self.issued = []
        self.roman_only = LOCALES[loc].get("roman_only", False)
        self._p = None

    def iss(self, typ, val):
        if not self.sensitive:
            raise AssertionError("benign record issued a value")
        self.issued.append((typ, val))
        return val

    # a fresh private person (not yet issued)
    def person(self):
        rng, P, d = self.rng, self.P, LOCALES[self.loc]
        if "full" in P:
            f, g = rng.choice(P["full"])
        else:
            g, f = rng.choice(P["given"]), rng.choice(P["family"])
        i = 0 if not self.roman_only else 1
        p = {"giv": g[i], "fam": f[i], "giv_roman": g[1], "fam_roman": f[1]}
        if d["order"] == "gff":
            f2 = rng.choice(P["family"])
            p["fam"] = f"{f[i]} {f2[i]}"
            p["fam2_roman"] = f2[1]
            p["full"] = f"{g[i]} {p['fam']}"
        elif d["order"] == "fg":
            p["full"] = f"{f[i]} {g[i]}" if self.l != "ja" or rng.random() < 0.5 else f"{f[i]}{g[i]}"
        elif d["order"] == "fg_tight":
            p["full"] = f"{f[i]}{g[i]}"
        else:
            p["full"] = f"{g[i]} {f[i]}"
        p["dob_d"] = gen_dob(rng)
        return p

    def me(self):
        if self._p is None:
            self._p = self.person()
        return self._p

    def name(self, p=None):
        return self.iss("person", (p or self.me())["full"])

    def given(self, p=None):
        return self.iss("person", (p or self.me())["giv"])

    def phone(self):
        return self.iss("PHONE_NUMBER", gen_phone(self.rng, LOCALES[self.loc]["region"]))

    def email(self, p=None):
        p = p or self.me()
        rng = self.rng
        g = re.sub(r"[^a-z]", "", p["giv_roman"].lower()) or "user"
        f = re.sub(r"[^a-z]", "", p["fam_roman"].lower()) or "home"
        h = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f[:3]}{rng.randint(1, 99)}", f"{f}.{g}{rng.choice(['', '78', '1990', '_x'])}", f"{g}_{rng.randint(100, 999)}"])
        return self.iss("EMAIL_ADDRESS", f"{h}@{rng.choice(self.pools.domains)}")

    def addr(self):
        rng = self.rng
        return self.iss("STREET_ADDRESS", STREET_FMT[self.loc](None, rng, rng.choice(self.P["street"]), rng.choice(self.P["place"])))

    def dob(self, p=None):
        return self.iss("DATE_OF_BIRTH", fmt_dob(self.loc, (p or self.me())["dob_d"], self.rng))

    def nid(self, p=None):
        p = p or self.me()
        r = gen_national(self.rng, self.loc, p["dob_d"], p)
        if r is None:
            return None
        return self.iss(*r)

    def iban(self):
        cc = LOCALES[self.loc]["iban"]
        if cc is None:
            return None
        return self.iss("IBAN_CODE", gen_iban(self.rng, cc))

    def card(self):
        return self.iss("CREDIT_CARD", gen_card(self.rng))

    def ip(self):
        return self.iss("IP_ADDRESS", gen_ip(self.rng))

    def us_bank(self):
        rng = self.rng
        for _ in range(100):
            body = f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]):02d}{rdig(rng, 6)}"
            r = body + rtn.calc_check_digit(body)
            if rtn.is_valid(r):
                break
        else:
            raise SystemExit("rtn")
        acct = str(rng.randint(1, 9)) + rdig(rng, rng.randint(7, 11))
        return self.iss("US_BANK_NUMBER", r), self.iss("US_BANK_NUMBER", acct)

    def mrn(self):
        rng = self.rng
        return self.iss("MEDICAL_RECORD", rng.choice(["RX", "MRN ", "H", "K"]) + rdig(rng, rng.choice([7, 8])))

    # a form in the locale's labels; style rotates: labelled lines / JSON / CSV / key=value
    def form(self, pairs, style=None):
        rng = self.rng
        style = style or rng.choice(["lines", "lines", "json", "csv", "kv"])
        pairs = [(k, v) for k, v in pairs if v is not None]
        lab = lambda k: self.lab.get(k, k)
        if style == "json":
            return json.dumps({lab(k): v for k, v in pairs}, ensure_ascii=False, indent=rng.choice([None, 2]))
        if style == "csv":
            return ";".join(lab(k) for k, _ in pairs) + "\n" + ";".join(str(v) for _, v in pairs)
        if style == "kv":
            return " | ".join(f"{k}={v}" for k, v in pairs)
        return "\n".join(f"{lab(k)}: {v}" for k, v in pairs)


# --------------------------------------------------------------------------------------------------
# World material
# --------------------------------------------------------------------------------------------------
VOICES = ["call-centre agent", "back-office clerk", "field engineer", "fraud analyst", "customer", "customer's relative",
          "complaints handler", "team leader", "data analyst", "collections agent"]
TARIFFS = ["SIM-only 30GB 12m", "5G Unlimited 24m", "Fibre 500 / 18m", "Full Fibre 900", "Fixed Saver Dec-27", "Economy 7",
           "Standard Variable", "EV Night 7p", "Agile half-hourly", "Social tariff (Essentials)", "Water metered (RV)", "Pay As You Go"]
DEVICES = ["Pixel 8a 128GB", "iPhone 15 128GB", "Galaxy A55", "Moto g84", "Hub 6 router", "Smart Hub 2", "SMETS2 IHD"]
NEEDS = ["oxygen concentrator", "home dialysis", "stair lift", "nebuliser", "chemotherapy at home", "blind / partially sighted",
         "hearing impaired - textphone", "young children under 5", "dementia - nominee to be contacted", "fridge for insulin",
         "mental health - call before visit", "ventilator"]
EPONYMS = ["Ohm's law", "the Erlang B formula", "a Faraday cage", "the Shannon limit", "Kirchhoff's current law", "a Wheatstone bridge",
           "Dijkstra's shortest path", "a Yagi antenna", "the Nyquist rate", "the Joule heating of the cable"]
FICTION = ["Ebenezer Scrooge", "Mr Bean", "Homer Simpson", "Sherlock Holmes", "Bridget Jones", "Hercule Poirot"]


def agent_instr(rng, kind, lang):
    base = {
        "mobile_contract": ["summarise this for the CRM note", "does this pass the affordability policy? short answer", "draft a retention offer email", "pls check the contract end date and early termination fee"],
        "number_porting": ["why did this port fail? next steps", "write the reply to the customer about their PAC", "turn this into a ticket for the porting desk", "check the PAC/STAC is still in date"],
        "sim_swap_fraud": ["risk-score this SIM swap (low/med/high) with reasons", "summarise for the fraud team handover", "is this consistent with account takeover?", "draft the case note"],
        "fault_engineer": ["summarise the fault and book the right engineer slot", "write the appointment SMS", "what tests should the engineer run first", "extract to JSON for the job system"],
        "meter_reading": ["check these readings for anomalies", "work out the bill period consumption", "convert this export into a clean table", "is this an estimated or actual read?"],
        "billing_arrears": ["set up an affordable payment plan, explain the maths", "draft the arrears letter in plain English", "summarise the account for the collections review", "check the direct debit details are complete"],
        "priority_services": ["add this to the Priority Services Register, which needs codes apply?", "summarise for the field team before the visit", "draft the confirmation letter", "what extra support should we offer"],
        "outage_notice": ["prioritise the call list for this outage", "draft the compensation reply", "write the outage SMS", "summarise for the incident log"],
        "complaint_ombudsman": ["draft a response to the ombudsman case", "summarise the complaint and the remedy sought", "is this a deadlock case? 8 weeks?", "make a timeline from this"],
    }[kind]
    s = rng.choice(base)
    if lang != "en" and rng.random() < 0.4:
        s = s + f" (reply in {lang})"
    r = rng.random()
    if r < 0.15:
        s = s.replace("the ", "teh ", 1)
    elif r < 0.3:
        s = s.upper() if len(s) < 40 else s
    elif r < 0.45:
        s = "urgent - " + s
    return s


def pac(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + rdig(rng, 6)


def stac(rng):
    return rdig(rng, 6) + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))


def ticket(rng):
    return rng.choice(["INC", "FLT", "TT", "WO", "CMP", "PSR"]) + "-" + rdig(rng, rng.choice([6, 7, 8]))


def acct_no(rng):
    return rng.choice(["", "A-", "ACC"]) + rdig(rng, rng.choice([8, 10]))


def company(rng, pools, kind=None):
    stem = rng.choice(pools.companies)
    suf = kind or rng.choice(["Energy", "Mobile", "Water", "Broadband", "Telecom", "Power", "Networks"])
    return stem, f"{stem} {suf}"


def org_phone(rng, region):
    for kind in (PNT.TOLL_FREE, PNT.FIXED_LINE):
        try:
            return gen_phone(rng, region, kind, PNF.NATIONAL)
        except SystemExit:
            continue
    return "105"


def hh_rows(rng, n, start=None):
    start = start or dt.datetime(2026, rng.randint(1, 11), rng.randint(1, 28), 0, 0)
    rows = []
    for i in range(n):
        t = start + dt.timedelta(minutes=30 * i)
        base = 0.12 + (0.6 if 17 <= t.hour < 21 else 0.0) + (1.8 if 1 <= t.hour < 4 and rng.random() < 0.5 else 0.0)
        rows.append(f"{t:%Y-%m-%d %H:%M},{base + rng.random() * 0.3:.3f},{rng.choice(['A', 'A', 'A', 'E'])}")
    return rows


# --------------------------------------------------------------------------------------------------
# Sensitive documents, per kind
# --------------------------------------------------------------------------------------------------
def sens_doc(kind, r):
    rng, lab, loc = r.rng, r.lab, r.loc
    reg = LOCALES[loc]["region"]
    _, comp = company(rng, r.pools)
    v = rng.randint(0, 3)
    if kind in ("mobile_contract", "billing_arrears") and rng.random() < 0.35:
        v = 0 if kind == "mobile_contract" else 2
    if kind == "mobile_contract":
        if v == 0:
            pay = (r.iban() or r.card()) if reg != "US" else None
            extra = []
            if reg == "US":
                ro, ac = r.us_bank()
                extra = [("routing", ro), ("account", ac)]
            return ("credit check / new contract", f"{comp} - new connection\n" + r.form([("name", r.name()), ("dob", r.dob()), ("addr", r.addr()), ("idl", r.nid()), ("email", r.email()), ("IBAN/card", pay)] + extra)
                    + f"\nPlan: {rng.choice(TARIFFS[:4])}; handset {rng.choice(DEVICES[:4])}; IMEI {gen_imei(rng)}")
        if v == 1:
            g = r.given()
            return ("upgrade chat", f"[{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}] Customer: hi its {g} here, want to upgrade the contract on {r.phone()} - can u send the offer to {r.email()}\n"
                    f"[..] Agent: thanks {g}, I can see you're on {rng.choice(TARIFFS[:4])}, contract ends {dt.date(2026, rng.randint(1, 12), 1):%d/%m/%Y}\n[..] Customer: {LOCAL_LINE.get(r.l, LOCAL_LINE['en'])}")
        if v == 2:
            return ("CRM export", json.dumps({"customer": r.name(), "msisdn": r.phone(), "dob": r.dob(), "tariff": rng.choice(TARIFFS[:4]), "contract_end": "2027-03-31",
                                              "imei": gen_imei(rng), "etf_gbp": round(rng.uniform(40, 420), 2), "address": r.addr()}, ensure_ascii=False, indent=2))
        return ("landline + broadband order", f"{lab['hi']},\n{LOCAL_LINE.get(r.l, LOCAL_LINE['en'])}.\n" + r.form([("name", r.name()), ("addr", r.addr()), ("phone", r.phone()), ("idl", r.nid())]) + f"\n{lab['thanks']}")
    if kind == "number_porting":
        if v == 0:
            return ("PAC request log", f"PAC requested via text 'PAC' to 65075\nAccount holder: {r.name()}\nMSISDN: {r.phone()}\nPAC: {pac(rng)} (valid 30 days)\nLosing provider: {comp}\nStatus: REJECTED - name mismatch")
        if v == 1:
            return ("port-out ticket", r.form([("name", r.name()), ("phone", r.phone()), ("dob", r.dob()), ("email", r.email())], "json") + f"\nICCID new SIM: {gen_iccid(rng)}\nSTAC: {stac(rng)}\nnote: port window failed twice, donor says account closed")
        if v == 2:
            return ("customer email", f"{lab['hi']}\n{LOCAL_LINE.get(r.l, LOCAL_LINE['en'])}.\nMy number is {r.phone()} and I'm at {r.addr()}.\n{r.name()}")
        return ("port history csv", "date,msisdn,holder,event\n" + "\n".join(f"2026-0{i + 1}-1{i},{r.phone()},{r.name(r.person())},{rng.choice(['PAC_ISSUED', 'PORT_FAIL', 'PORT_OK'])}" for i in range(rng.randint(2, 4))))
    if kind == "sim_swap_fraud":
        if v == 0:
            return ("fraud analyst notes", f"SIM swap requested in store {rng.randint(100, 999)} at {rng.randint(9, 18)}:{rng.randint(10, 59)}\nCustomer presented ID no. {r.nid() or 'passport'}; DOB given {r.dob()}\nNew ICCID {gen_iccid(rng)}; handset IMEI {gen_imei(rng)} (first seen)\n"
                    f"Online login 6 min earlier from {r.ip()}, password reset to {r.email()}\nAcct {acct_no(rng)} holder: {r.name()}")
        if v == 1:
            return ("event log json", json.dumps([{"ts": "2026-05-0%dT0%d:1%d:00Z" % (i + 1, i + 2, i), "event": e, "msisdn": ph, "src_ip": ip}
                                                 for i, (e, ph, ip) in enumerate([("otp_sent", r.phone(), r.ip()), ("sim_swap", "(same)", "(store)"), ("login", "(same)", r.ip())])], ensure_ascii=False))
        if v == 2:
            return ("victim complaint", f"{lab['hi']}, my bank account was emptied the day my SIM stopped working. {LOCAL_LINE.get(r.l, LOCAL_LINE['en'])}.\n"
                    + r.form([("name", r.name()), ("phone", r.phone()), ("IBAN/card", r.iban() or r.card())]))
        return ("verification script", f"Q1 full name -> {r.name()}\nQ2 date of birth -> {r.dob()}\nQ3 postcode/address -> {r.addr()}\nQ4 ID number -> {r.nid() or 'n/a'}\nQ5 last top-up -> 15.00\nOutcome: 3/4 passed, swap held")
    if kind == "fault_engineer":
        if v == 0:
            return ("fault ticket", f"{ticket(rng)} | {rng.choice(['no sync', 'intermittent drops', 'no dial tone', 'low speed 3Mb'])}\n" + r.form([("name", r.name()), ("phone", r.phone()), ("addr", r.addr())])
                    + f"\nWAN IP {r.ip()} | router MAC {gen_mac(rng)} | serial {rng.choice(['+', 'SN'])}{rdig(rng, 10)}\naccess: dog in garden, side gate")
        if v == 1:
            rows = []
            for i in range(rng.randint(3, 5)):
                p = r.person()
                rows.append(f"{8 + i}:00,{ticket(rng)},{r.name(p)},{r.addr()},{r.phone()}")
            return ("engineer day sheet csv", "slot,job,customer,address,contact\n" + "\n".join(rows))
        if v == 2:
            return ("customer email", f"{lab['hi']}, {LOCAL_LINE.get(r.l, LOCAL_LINE['en'])}.\n{lab['visit']}: any day after 2pm. {lab['addr']}: {r.addr()}. {lab['phone']}: {r.phone()}\n- {r.given()}")
        return ("engineer closing note", f"job {ticket(rng)} closed. replaced faulty master socket, line tests OK. customer {r.name()} signed, DOB confirmed {r.dob()} for account security. ONT serial {rdig(rng, 12)}")
    if kind == "meter_reading":
        if v in (0, 1):
            n = rng.randint(12, 30)
            return ("smart meter export", f"# account holder: {r.name()}\n# supply address: {r.addr()}\n# MPAN: {gen_mpan_core(rng)}  meter S/N: {rng.randint(10, 24)}P{rdig(rng, 7)}\ntimestamp,kwh,quality\n" + "\n".join(hh_rows(rng, n)))
        if v == 2:
            return ("reading submission", f"{lab['hi']}\n{lab['reading']}: {rng.randint(10000, 99999)} ({rng.choice(['day', 'E7 night', 'gas m3'])})\n" + r.form([("name", r.name()), ("addr", r.addr()), ("email", r.email())]) + f"\n{lab['thanks']}")
        return ("water meter json", json.dumps({"meter": f"WM{rdig(rng, 8)}", "read_m3": rng.randint(100, 2400), "occupier": r.name(), "contact": r.phone(), "property": r.addr()}, ensure_ascii=False))
    if kind == "billing_arrears":
        if v == 0:
            pay = r.iban() if LOCALES[loc]["iban"] else r.card()
            return ("arrears letter", f"{r.name()}\n{r.addr()}\n\n{lab['amount']}: {rng.randint(80, 2400)}.{rng.randint(0, 99):02d}\n{lab['acct']}: {acct_no(rng)}\nDirect debit from {pay} failed twice. We can set up a payment plan.")
        if v == 1:
            return ("payment plan chat", f"Customer: I can pay 25 a month, card is {r.card()} exp 0{rng.randint(1, 9)}/2{rng.randint(7, 9)}\nAgent: thanks, and the name on the card?\nCustomer: {r.name()}")
        if v == 2 and reg == "US":
            ro, ac = r.us_bank()
            return ("autopay enrolment", f"AutoPay form\nName: {r.name()}\nSSN (credit check): {r.nid()}\nRouting: {ro}\nAccount: {ac}\nService address: {r.addr()}")
        if v == 2:
            return ("direct debit mandate", f"{comp} - mandate\n" + r.form([("name", r.name()), ("addr", r.addr()), ("IBAN/card", r.iban() or r.card()), ("idl", r.nid())]))
        rows = []
        for i in range(rng.randint(3, 6)):
            p = r.person()
            rows.append(f"{acct_no(rng)},{r.name(p)},{r.phone()},{rng.randint(90, 3100)}.{rng.randint(0, 99):02d},{rng.choice(['30d', '60d', '90d+'])}")
        return ("collections csv", "acct,name,phone,balance,age\n" + "\n".join(rows))
    if kind == "priority_services":
        if v == 0:
            pairs = [("name", r.name()), ("dob", r.dob()), ("addr", r.addr()), ("phone", r.phone()), ("psr", ", ".join(rng.sample(NEEDS, 2)))]
            if reg == "GB":
                pairs.append(("NHS no", r.iss("HEALTH_INSURANCE", complete(rng, lambda: str(rng.randint(4, 7)) + rdig(rng, 8), 1, nhs.is_valid))))
            elif rng.random() < 0.5:
                pairs.append(("idl", r.nid()))
            return ("PSR registration", r.form(pairs))
        if v == 1:
            return ("hospital letter", f"To whom it may concern,\nPatient {r.name()} (DOB {r.dob()}, hospital no. {r.mrn()}{', NHS no. ' + r.iss('HEALTH_INSURANCE', complete(rng, lambda: str(rng.randint(4, 7)) + rdig(rng, 8), 1, nhs.is_valid)) if reg == 'GB' else ''}) is dependent on a mains-powered {rng.choice(['oxygen concentrator', 'home haemodialysis machine', 'ventilator'])}.\nPlease register the household at {r.addr()} for priority reconnection.")
        if v == 2:
            p = r.me()
            return ("agent note", f"son {r.given(r.person())} rang for his mum {r.name(p)}, she's 87, {rng.choice(NEEDS)}, wants us to call him not her on {r.phone()}. password set.")
        return ("carer nominee form", r.form([("name", r.name()), ("addr", r.addr()), ("psr", rng.choice(NEEDS)), ("nominee", r.name(r.person())), ("phone", r.phone())], "json"))
    if kind == "outage_notice":
        if v in (0, 1):
            rows = []
            for i in range(rng.randint(3, 5)):
                p = r.person()
                rows.append(f"{r.name(p)};{r.phone()};{rng.choice(NEEDS)}")
            return ("PSR call list for outage", f"Fault {ticket(rng)} - HV cable fault, est. restore 18:30\nCall these PSR customers:\nname;phone;need\n" + "\n".join(rows))
        if v == 2:
            return ("compensation claim", f"{lab['hi']}, we had no power for 31 hours. {LOCAL_LINE.get(r.l, LOCAL_LINE['en'])}.\n" + r.form([("name", r.name()), ("addr", r.addr()), ("email", r.email()), ("IBAN/card", r.iban() or r.card())]))
        return ("SMS dispatch log", "\n".join(f"{r.phone()} DELIVERED 'Power cut in your area, ref {ticket(rng)}'" for _ in range(rng.randint(2, 4))))
    if kind == "complaint_ombudsman":
        if v == 0:
            return ("ombudsman complaint", f"Complaint against {comp}\n" + r.form([("name", r.name()), ("addr", r.addr()), ("email", r.email()), ("phone", r.phone()), ("acct", acct_no(rng))])
                    + f"\nWhat happened: {LOCAL_LINE.get(r.l, LOCAL_LINE['en'])}. Complained 10 weeks ago, no deadlock letter.")
        if v == 1:
            return ("deadlock letter", f"Dear {r.name()},\n{r.addr()}\nYour complaint ref {ticket(rng)}: this is our final response. If you remain unhappy you may refer it to the ombudsman within 12 months.")
        if v == 2:
            return ("regulator form json", json.dumps({"complainant": {"name": r.name(), "dob": r.dob(), "email": r.email(), "id_number": r.nid()}, "provider": comp, "issue": "billing after switch", "desired_outcome": "refund + goodwill"}, ensure_ascii=False, indent=2))
        return ("escalation email", f"{lab['hi']},\n{LOCAL_LINE.get(r.l, LOCAL_LINE['en'])}.\nI am writing on behalf of my father {r.given(r.person())}. {lab['phone']}: {r.phone()}.\n{r.name()}")
    raise KeyError(kind)


# --------------------------------------------------------------------------------------------------
# Benign hard negatives, per kind
# --------------------------------------------------------------------------------------------------
def benign_doc(kind, r):
    rng, lab, loc = r.rng, r.lab, r.loc
    reg = LOCALES[loc]["region"]
    stem, comp = company(rng, r.pools)
    ceo = r.person()
    oph = org_phone(rng, reg)
    dom = stem.lower() + rng.choice([".co.uk", ".com", ".net", ".eu"])
    v = rng.randint(0, 4)
    common = [
        ("org contact", f"{comp} customer services: {oph} (free from mobiles), complaints@{dom}, registered office: {rng.randint(1, 40)} {rng.choice(r.P['street'])} House, company no. {rdig(rng, 8)}. Lines open 8am-8pm."),
        ("blank form", r.form([(k, "________") for k in ("name", "dob", "addr", "phone", "email", "acct")] + [("MPAN/IMEI", "[ ]" * 13)])),
        ("press release", f"{ceo['full']}, chief executive of {comp}, said the network investment of {rng.randint(2, 90)}m would cut faults by {rng.randint(5, 30)}% by 2028."),
    ]
    if v == 4:
        return common[rng.randint(0, 2)]
    if kind == "mobile_contract":
        return [("tariff comparison", "plan,data,price_month,term\n" + "\n".join(f"{t},{rng.choice(['10GB', '30GB', '100GB', 'Unlimited'])},{rng.randint(6, 45)}.{rng.choice(['00', '50', '99'])},{rng.choice([1, 12, 24])}m" for t in rng.sample(TARIFFS[:4] + ['Kids SIM', 'Data-only 50GB'], 5))),
                ("IMEI compatibility", f"does IMEI {gen_imei(rng)} support VoLTE + 5G SA on band n78? the unit is a {rng.choice(DEVICES[:4])}"),
                ("contract T&Cs template", f"Dear [Customer Name],\nYour {rng.choice(TARIFFS[:4])} contract with {comp} ends on [DD/MM/YYYY]. Early termination fee = remaining months x monthly charge x 0.{rng.randint(80, 97)}."),
                ("fictional persona", f"Persona for the UX test: '{rng.choice(FICTION)}', 72, prepaid, tops up in store, fears contracts. Write the journey map.")][v]
    if kind == "number_porting":
        return [("how PAC works", f"PAC format is 3 letters + 6 digits (e.g. {pac(rng)}), STAC is 6 digits + 3 letters ({stac(rng)}). Both valid 30 days; port completes next working day."),
                ("API doc test values", f"POST /v2/port-requests\n{{\"msisdn\": \"07700 900{rng.randint(100, 999)}\", \"pac\": \"{pac(rng)}\"}}\n# 07700 900xxx is the reserved drama range, safe for tests"),
                ("porting stats", f"Q{rng.randint(1, 4)} ports out: {rng.randint(10000, 90000):,} ({rng.uniform(1, 4):.1f}% failed, top reason: PAC expired). Median completion {rng.randint(1, 3)} working days."),
                ("regulator rule", f"Under the switching rules the losing provider must issue the PAC instantly by SMS and may not charge for notice beyond the switch date. {comp} porting desk: porting@{dom}")][v]
    if kind == "sim_swap_fraud":
        return [("fraud stats", f"SIM swap fraud attempts blocked: {rng.randint(200, 3000)} last month; {rng.randint(60, 95)}% flagged by the device-change rule; avg loss per successful case {rng.randint(300, 2500)}."),
                ("ICCID batch", f"Stock batch {rdig(rng, 6)}: ICCID range {gen_iccid(rng)} - (+500). Delivered to store {rng.randint(100, 999)}. Check the range for the duplicate printed on box 7."),
                ("procedure", "SIM swap procedure v4: 1) verify with one-time code to the existing SIM 2) if unavailable, in-store photo ID 3) hold outbound ports 24h 4) notify via email on file. Never read codes aloud."),
                ("scam awareness story", f"Write a short scam-awareness story: '{rng.choice(FICTION)}' gets a text saying his SIM will be cancelled unless he clicks a link...")][v]
    if kind == "fault_engineer":
        return [("router log", f"{dt.date(2026, 3, rng.randint(1, 28))} 03:1{rng.randint(0, 9)} PPP up, local 192.168.1.1, remote 198.51.100.{rng.randint(1, 254)}, DNS 2001:db8::{rng.randint(1, 99)}\nMAC {gen_mac(rng)} DHCP lease renewed\nSNR 6.{rng.randint(0, 9)} dB downstream, CRC errors {rng.randint(100, 9999)}"),
                ("cabinet job", f"{ticket(rng)} cabinet {rng.randint(1, 90)} at exchange {rng.choice(['LSMIR', 'NGHAR', 'BMKIN'])}: {rng.randint(2, 40)} lines down after vehicle strike. Jointing team + {rng.randint(2, 5)} engineers. ETA 14:00."),
                ("engineer question", f"explain how {rng.choice(EPONYMS)} applies when a copper pair picks up mains hum. engineer id E{rdig(rng, 5)}"),
                ("job template", f"Job sheet\nCustomer: [name]\nAddress: [auto-filled]\nFault: {rng.choice(['no sync', 'noisy line'])}\nTests: line test / ONT light / speed test\nSerial: {rdig(rng, 12)}")][v]
    if kind == "meter_reading":
        return [("anonymous hh export", f"# MPAN: {gen_mpan_core(rng)}  (no customer fields)\ntimestamp,kwh,quality\n" + "\n".join(hh_rows(rng, rng.randint(10, 24)))),
                ("consumption stats", f"Average domestic consumption, region {rng.randint(10, 23)}: {rng.randint(2200, 3400)} kWh elec / {rng.randint(9000, 14000)} kWh gas per year; {rng.randint(40, 70)}% of meters now smart."),
                ("meter spec", f"SMETS2 meter model {rng.choice(['E470', 'AclaraSGM', 'EDMI-ES'])}: register digits 6, pulse 1000 imp/kWh, comms hub HAN MAC {gen_mac(rng)}"),
                ("CUPS / look-alike question", f"what's the difference between an MPAN ({gen_mpan_core(rng)}) and an MPRN ({rdig(rng, 9)})? and which one is on the gas bill")][v]
    if kind == "billing_arrears":
        org_iban = gen_iban(rng, LOCALES[loc]["iban"] or "GB")
        return [("company bank details", f"Pay {comp} by bank transfer: IBAN {org_iban}, reference = your account number. Do not send cash."),
                ("payment gateway doc", f"Sandbox cards: 4242 4242 4242 4242 (success), 4000 0000 0000 9995 (insufficient funds). Use any future expiry."),
                ("arrears aggregate", f"Households in arrears: {rng.randint(300, 900)}k, average debt {rng.randint(900, 1800)}; {rng.randint(30, 60)}% on a payment plan. Source: regulator quarterly data."),
                ("bill maths", f"Unit rate {rng.uniform(20, 30):.2f}p/kWh, standing charge {rng.uniform(40, 60):.2f}p/day, {rng.randint(250, 500)} kWh over 31 days, VAT 5%. Work out the bill.")][v]
    if kind == "priority_services":
        return [("needs codes list", "PSR needs codes: 01 nebuliser/apnoea monitor, 02 heart/lung ventilator, 03 dialysis, 05 oxygen, 07 chronic illness, 12 pensionable age, 14 blind, 15 partially sighted, 18 young children, 22 hearing impaired, 33 temporary - post-hospital"),
                ("blank registration", r.form([(k, "[ ]") for k in ("name", "dob", "addr", "phone", "psr")], "lines") + "\nNominee: [ ]   Password for callers: [ ]"),
                ("PSR aggregate", f"PSR registrations by region (anonymised): North {rng.randint(200, 900)}k, Midlands {rng.randint(200, 900)}k, South {rng.randint(200, 900)}k. Data-sharing with water companies live since 2025."),
                ("charity helpline", f"Signpost customers to the energy advice charity helpline {oph} (free) or email help@{dom}. Don't give out staff direct lines.")][v]
    if kind == "outage_notice":
        return [("public outage notice", f"Power cut in postcode districts {rng.choice(['LS6', 'NG7', 'M14', 'BS3'])} / {rng.choice(['LS4', 'NG8', 'M20', 'BS4'])}: {rng.randint(300, 9000)} homes. Substation {rng.choice(r.P['street'])} Primary. Call 105 or {oph}. Est. restore 21:00."),
                ("water outage", f"Burst main: low pressure for {rng.randint(200, 4000)} properties. Bottled water stations at the leisure centre car park. Updates: @{stem}Water"),
                ("incident summary", f"INC {ticket(rng)}: 11kV feeder trip, auto-reclose failed, {rng.randint(1, 9)} PSR customers contacted, CML {rng.randint(1000, 90000)}, CI {rng.randint(100, 9000)}."),
                ("SMS template", f"{comp}: Power cut in your area (ref [REF]). We expect to restore by [TIME]. Text STOP to opt out. Medical equipment? Call 105.")][v]
    if kind == "complaint_ombudsman":
        return [("anonymised decision", f"Case {rdig(rng, 7)}: Mr X complained that {comp} back-billed him for {rng.randint(13, 30)} months. We found the supplier at fault; it must pay {rng.randint(50, 500)} goodwill and write off the back-bill beyond 12 months."),
                ("complaint stats", f"Complaints per 100k customers: {comp} {rng.uniform(5, 90):.1f}, sector avg {rng.uniform(20, 40):.1f}. Top issue: billing ({rng.randint(30, 60)}%)."),
                ("procedure", f"Complaints: write to Complaints Team, {comp}, Freepost {stem.upper()}, or complaints@{dom}. If not resolved in 8 weeks, the ombudsman can investigate free of charge."),
                ("regulator speech", f"In her speech the regulator's chief executive said suppliers must 'get the basics right'. Summarise the three asks for our board. {rng.choice(EPONYMS)} not relevant here.")][v]
    raise KeyError(kind)


def incidental(kind, r):
    """A benign-looking document of the kind with one personal item."""
    rng = r.rng
    style, doc = benign_doc(kind, Rec(rng, r.pools, r.loc, False))
    w = rng.randint(0, 2)
    if w == 0:
        extra = f"\n\n(btw my {rng.choice(['daughter', 'neighbour', 'carer', 'husband', 'landlord'])} {r.given()} will be in when the engineer comes)"
    elif w == 1:
        extra = f"\n\n-- if anything's unclear ring me on {r.phone()}"
    else:
        extra = f"\n\nPS the account holder's date of birth is {r.dob()} if you need it for security"
    return style + " + incidental", doc + extra


# --------------------------------------------------------------------------------------------------
# Placement in the request
# --------------------------------------------------------------------------------------------------
MODES = ["user", "user", "system", "assistant_echo", "tool_result", "text_parts", "file_part", "tool_call_args",
         "tool_schema", "response_format", "image_url", "user_field"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4o", "hybridgate/auto", "auto"]
SYSTEMS = ["You are the assistant of a utility's customer service team. Be concise.",
           "You help telecoms fraud analysts. Follow the SIM swap policy.",
           "You assist field engineers of a broadband network.",
           "Du hilfst dem Kundenservice eines Energieversorgers.",
           "You draft replies for a water company's complaints team."]


def place(rng, r, doc, instr, mode, completions, comp_stem):
    model = rng.choice(MODELS)
    if completions:
        sep = rng.choice(["\n\n", "\n---\n", "\n\nText:\n"])
        body = {"model": model, "prompt": (instr + sep + doc) if rng.random() < 0.7 else (doc + sep + instr + "\n"), "max_tokens": rng.choice([256, 512, 800])}
        return body
    sysm = {"role": "system", "content": rng.choice(SYSTEMS)}
    msgs = [sysm] if rng.random() < 0.7 else []
    body = {"model": model}
    if mode == "user":
        msgs.append({"role": "user", "content": f"{instr}\n\n{doc}" if rng.random() < 0.6 else f"{doc}\n\n{instr}"})
    elif mode == "system":
        msgs = [{"role": "system", "content": f"{sysm['content']}\nCase context:\n{doc}"}, {"role": "user", "content": instr}]
    elif mode == "assistant_echo":
        msgs += [{"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": instr}]
    elif mode == "tool_result":
        cid = "call_" + rdig(rng, 8)
        msgs += [{"role": "user", "content": instr},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": rng.choice(["crm_lookup", "get_ticket", "meter_history"]), "arguments": json.dumps({"ref": ticket(rng)})}}]},
                 {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif mode == "text_parts":
        msgs.append({"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]})
    elif mode == "file_part":
        fname = rng.choice(["export.csv", "ticket.txt", "letter.txt", "case_notes.txt", "psr_form.txt", "readings.csv"])
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        msgs.append({"role": "user", "content": [{"type": "text", "text": instr}, {"type": "file", "file": {"filename": fname, "file_data": f"data:text/plain;base64,{data}"}}]})
    elif mode == "tool_call_args":
        cid = "call_" + rdig(rng, 8)
        msgs += [{"role": "user", "content": "log it first"},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "crm_add_note", "arguments": json.dumps({"note": doc, "channel": rng.choice(["phone", "chat", "email"])}, ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": cid, "content": "{\"ok\": true}"}, {"role": "user", "content": instr}]
    elif mode == "tool_schema":
        msgs.append({"role": "user", "content": instr})
        body["tools"] = [{"type": "function", "function": {"name": "file_case", "description": "Files a case. Example input:\n" + doc,
                                                           "parameters": {"type": "object", "properties": {"summary": {"type": "string"}, "priority": {"type": "string", "enum": ["low", "med", "high"]}}, "required": ["summary"]}}}]
    elif mode == "response_format":
        msgs.append({"role": "user", "content": instr})
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "case_extract", "schema": {"type": "object", "description": "Extract from this source:\n" + doc,
                                                                                                            "properties": {"summary": {"type": "string"}, "action": {"type": "string"}}}}}
    elif mode == "image_url":
        first = r.issued[0][1] if r.issued else ticket(rng)
        url = f"https://uploads.{comp_stem.lower()}-cdn.net/meter.jpg?ref={urllib.parse.quote(first)}&ts={rng.randint(10 ** 9, 2 * 10 ** 9)}"
        msgs.append({"role": "user", "content": [{"type": "text", "text": f"{instr}\n{doc}"}, {"type": "image_url", "image_url": {"url": url}}]})
    elif mode == "user_field":
        msgs.append({"role": "user", "content": f"{instr}\n\n{doc}"})
        body["user"] = r.email() if r.sensitive and rng.random() < 0.5 else "usr_" + "".join(rng.choice("0123456789abcdef") for _ in range(16))
    body["messages"] = msgs
    return body


def haystack(body):
    out = []

    def walk(x, key=None):
        if isinstance(x, dict):
            for k in sorted(x):
                walk(x[k], k)
        elif isinstance(x, list):
            for y in x:
                walk(y, key)
        elif isinstance(x, str):
            out.append(x)
            out.append(urllib.parse.unquote(x))
            if x.startswith("data:") and ";base64," in x:
                out.append(base64.b64decode(x.split(";base64,", 1)[1]).decode("utf-8"))
            if key == "arguments":
                try:
                    walk(json.loads(x))
                except ValueError:
                    pass
    walk(body)
    return "\n".join(out)


KINDS = ["mobile_contract", "number_porting", "sim_swap_fraud", "fault_engineer", "meter_reading", "billing_arrears",
         "priority_services", "outage_notice", "complaint_ombudsman"]
N_SENS, N_BEN = 33, 23


def build_pii(rng, pools):
    locs = sorted(LOCALES)
    wl = [LOCALES[l]["weight"] for l in locs]
    recs = []
    mode_i = rng.randrange(len(MODES))
    for kind in KINDS:
        plan = [True] * N_SENS + [False] * N_BEN
        for j, sens in enumerate(plan):
            loc = rng.choices(locs, wl)[0]
            inc = sens and j % 9 == 0
            for attempt in range(20):
                r = Rec(rng, pools, loc, sens)
                if sens:
                    style, doc = incidental(kind, r) if inc else sens_doc(kind, r)
                else:
                    style, doc = benign_doc(kind, r)
                if sens and not r.issued:
                    continue
                break
            else:
                raise SystemExit("no values issued")
            mode = MODES[mode_i % len(MODES)]
            mode_i += 1
            completions = rng.random() < 0.1
            instr = agent_instr(rng, kind, lang2(loc))
            body = place(rng, r, doc, instr, mode, completions, rng.choice(pools.companies))
            hay = haystack(body)
            ents, seen = [], set()
            for typ, val in r.issued:
                if val in hay and (typ, val) not in seen:
                    seen.add((typ, val))
                    ents.append({"type": typ, "value": val})
            assert bool(ents) == sens, (kind, sens, style)
            recs.append({"category": kind if sens else f"{kind}_benign", "sensitive": bool(ents), "entities": ents,
                         "endpoint": "completions" if completions else "chat", "lang": loc,
                         "style": f"{rng.choice(VOICES)} · {'prompt' if completions else mode} · {style}", "body": body,
                         "_incidental": inc})
    rng.shuffle(recs)
    for i, rec in enumerate(recs, 1):
        rec["id"] = f"{SPLIT}-pii-{i:04d}"
    return recs


# --------------------------------------------------------------------------------------------------
# Complexity
# --------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "what does PAC stand for when switching mobile network?"), ("en", "convert {n} kWh to megajoules"),
    ("en", "whats the number to call in a power cut in the UK"), ("en", "translate 'meter reading' into French"),
    ("en", "is my bill estimated if it says E next to the reading?"), ("en", "how many days is a PAC code valid"),
    ("en", "round {x} to two decimals"), ("en", "what is a standing charge, one sentence"),
    ("de", "Was bedeutet Abschlag auf meiner Stromrechnung?"), ("de", "Wie lese ich einen Stromzähler ab?"),
    ("fr", "Que veut dire « heures creuses » ?"), ("fr", "Combien font {n} kWh à 0,25 € le kWh ?"),
    ("es", "¿Qué es la potencia contratada?"), ("es", "¿Cuánto es {n} × 0,15?"),
    ("ja", "検針日とは何ですか？"), ("ja", "{n}kWhは何MJですか？"),
    ("pl", "Co to jest kod PAC?"), ("hi", "स्मार्ट मीटर क्या होता है?"), ("ar", "ما معنى الفاتورة التقديرية؟"),
    ("pt-BR", "O que é bandeira tarifária vermelha?"), ("tr", "Fatura son ödeme tarihi ne demek?"),
    ("zh", "什么是峰谷电价？"), ("ru", "Как передать показания счётчика?"), ("en", "spell out 'ONT' in broadband"),
]
SHORT_HARD = [
    ("en", "Day rate {a}p, night rate {b}p (7h), a {c} kWh battery at 90% round-trip efficiency and {d} kWh/day evening load: derive the break-even spread, the optimal daily charge policy, and prove it is bang-bang under these assumptions."),
    ("en", "Design an idempotent number-porting state machine that stays correct when a SIM swap races a port-out request; give the invariants, the lock order and the recovery path after a crash mid-port."),
    ("en", "Erlang B: {n} trunks at {a} Erlangs offered. Compute blocking with the stable recursion, then size the group for 0.5% GoS and explain why the recursion avoids overflow."),
    ("en", "400 V three-phase, loads {a}, {b}, {c} kW at pf 0.9 lagging on L1-L3. Compute the neutral current phasor and discuss what changes if L2 is a rectifier load with 3rd harmonics."),
    ("en", "Write a SQL query (window functions) that flags gaps in half-hourly smart-meter data across both DST transitions and imputes them by profile, and list the edge cases it gets wrong."),
    ("en", "Prove or refute: with a 12-month back-billing cap, a supplier can never gain by delaying an actual meter read. Give a counterexample if it's false."),
    ("en", "Model churn-vs-price for a broadband retention offer as a constrained optimisation; which discount maximises 24-month margin if elasticity is {x}? derive it"),
    ("de", "Leite her, wie sich zeitvariable Netzentgelte nach §14a EnWG auf die optimale Ladestrategie einer Wallbox auswirken, mit Formeln und Randfällen."),
    ("fr", "Formule comme programme linéaire l'arbitrage d'un tarif à jours rouges avec pompe à chaleur et inertie thermique du logement ; discute la convexité."),
    ("es", "Demuestra cómo la tarifa 2.0TD con tres periodos y compensación simplificada cambia el tamaño óptimo de una instalación de autoconsumo de {c} kWp."),
    ("ja", "時間帯別料金と{c}kWh蓄電池の最適充放電を線形計画として定式化し、双対変数の意味を説明してください。"),
    ("pl", "Zaprojektuj algorytm wykrywania oszustw SIM swap w strumieniu zdarzeń z gwarancją opóźnienia < 2 s i uzasadnij wybór okien czasowych."),
    ("zh", "推导阶梯电价下家庭最优负荷转移策略，并证明在凸成本假设下其最优性。"),
    ("pt-BR", "Compare, com modelagem matemática, a geração distribuída com e sem a regra de transição da Lei 14.300 para um sistema de {c} kWp."),
    ("ru", "Выведите оптимальную стратегию резервирования каналов в сети сотовой связи при пиковом трафике {a} Эрланг и докажите её устойчивость."),
    ("ar", "صمّم خوارزمية لاكتشاف سرقة الكهرباء من بيانات العدادات الذكية مع تبرير رياضي لمعدل الإنذارات الكاذبة."),
]
LONG_EASY_INSTR = [
    ("en", "add up the kwh column and tell me the total"), ("en", "make this a markdown table, nothing else"),
    ("en", "fix the typos only, keep everything else the same"), ("en", "sort these by price, cheapest first"),
    ("en", "count how many rows have quality E"), ("de", "bitte in eine Tabelle umwandeln"),
    ("fr", "corrige juste l'orthographe"), ("es", "traduce al inglés, sin cambiar el formato"),
    ("pl", "policz wiersze i podaj wynik"), ("ja", "表形式に整えてください"), ("pt-BR", "coloque em ordem alfabética"),
    ("tr", "sadece yazım hatalarını düzelt"), ("hi", "इसे तालिका में बदल दीजिए"),
]
LONG_HARD_INSTR = [
    ("en", "using these half-hourly loads and the Agile prices at the bottom, design the optimal schedule for a 9.5 kWh battery (5 kW, 92% RTE), compute the saving, and justify optimality; state where the greedy approach fails"),
    ("en", "root-cause the porting failures in this log: there is a race between the SIM swap and the port-out handler. Build the timeline, identify the exact interleaving, and propose a fix with invariants"),
    ("en", "correlate these network alarms, identify the root-cause element, explain which alarms are sympathetic and why, and propose a suppression rule that would not hide a real second fault"),
    ("en", "assess this complaint file against the regulatory rules quoted, weigh both sides, decide what an ombudsman would likely award and draft the submission with reasoning"),
    ("de", "analysiere die Messreihe, erkenne systematische Zählerfehler vs. Verbrauchsänderungen, begründe statistisch und schlage einen Korrekturalgorithmus vor"),
    ("fr", "à partir de ce journal, reconstitue la séquence d'incidents, détermine la cause racine et propose un plan de correction priorisé avec justification"),
    ("es", "diseña una tarifa de acceso que recupere costes fijos sin penalizar a hogares vulnerables; usa los datos, cuantifica los efectos distributivos y argumenta"),
    ("ja", "このログから障害の根本原因を特定し、時系列を再構成して、再発防止策を理由とともに提案してください"),
    ("zh", "根据以下数据建立负荷预测模型，比较两种方法的误差，并论证哪一种更适合需求响应调度"),
    ("pl", "na podstawie danych zaprojektuj harmonogram ładowania magazynu energii minimalizujący koszt i udowodnij jego optymalność"),
]


def long_block(rng, kind, min_len):
    out = []
    if kind == "hh":
        out = ["timestamp,kwh,quality"] + hh_rows(rng, 80)
    elif kind == "tariffs":
        out = ["plan;data;price;term"]
        while sum(len(x) for x in out) < min_len:
            out.append(f"{rng.choice(TARIFFS)};{rng.choice(['10GB', '50GB', 'Unlimited', 'n/a'])};{rng.randint(5, 70)}.{rng.choice(['00', '49', '99'])};{rng.choice([1, 12, 18, 24])}m")
    elif kind == "notes":
        frag = ["enginer attended, line tested ok", "cusotmer not home, carded", "replaced faceplate, sync restored", "ONT light red, fibre bend at skirting",
                "speed 38/9 after fix", "cabinet port swapped", "noise on line at 2kHz", "router factory reset, firmware updated"]
        while sum(len(x) for x in out) < min_len:
            out.append(f"{ticket(rng)}: {rng.choice(frag)}")
    elif kind == "alarms":
        while sum(len(x) for x in out) < min_len:
            out.append(f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T0{rng.randint(0, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z {rng.choice(['OLT-3', 'BNG-2', 'AGG-7', 'ENB-41', 'RTU-9'])} {rng.choice(['LOS', 'LINK_DOWN', 'HIGH_BER', 'POWER_FAIL', 'FAN_ALARM', 'SYNC_LOSS', 'PORT_REQ_TIMEOUT', 'SIMSWAP_EVT'])} sev={rng.randint(1, 4)}")
    elif kind == "complaint":
        paras = ["The customer says the smart meter stopped sending reads in March and the supplier then issued estimated bills.",
                 "Rule 21B: bills must be based on accurate meter reads where reasonably practicable.",
                 "The supplier says it sent three letters; the customer says none arrived.",
                 "Back-billing: charges older than 12 months cannot be recovered where the supplier is at fault.",
                 "The customer is on the Priority Services Register (pensionable age) and was threatened with a prepayment meter.",
                 "Guidance: involuntary prepayment installation is banned for households over 75."]
        while sum(len(x) for x in out) < min_len:
            out.append(rng.choice(paras))
    text = "\n".join(out)
    while len(text) < min_len:
        text += "\n" + text[: min_len]
    return text


def build_cx(rng):
    recs = []
    per = 48
    for i in range(per):
        lang, q = rng.choice(SHORT_SIMPLE)
        recs.append(("short_simple", 0, False, lang, "qa/short", q.format(n=rng.randint(2, 900), x=rng.uniform(1, 99))))
    for i in range(per):
        lang, q = rng.choice(SHORT_HARD)
        recs.append(("short_hard", 1, True, lang, "reasoning/short", q.format(a=rng.randint(8, 40), b=rng.randint(5, 14), c=rng.randint(5, 15), d=rng.randint(4, 12), n=rng.randint(4, 60), x=round(rng.uniform(-3, -0.5), 2))))
    for i in range(per):
        lang, ins = rng.choice(LONG_EASY_INSTR)
        kind = rng.choice(["hh", "tariffs", "notes"])
        doc = long_block(rng, kind, 1600)
        recs.append(("long_easy", 0, True, lang, f"reformat/{kind}", f"{ins}\n\n{doc}" if rng.random() < 0.6 else f"{doc}\n\n{ins}"))
    for i in range(per):
        lang, ins = rng.choice(LONG_HARD_INSTR)
        kind = {"battery": "hh"}.get("x", rng.choice(["hh", "alarms", "complaint", "alarms"] if "log" in ins or "alarm" in ins else ["hh", "complaint", "alarms"]))
        doc = long_block(rng, kind, 1700)
        recs.append(("long_hard", 1, False, lang, f"analysis/{kind}", f"{ins}\n\n{doc}"))
    rng.shuffle(recs)
    out = []
    for i, (cat, label, adv, lang, style, text) in enumerate(recs, 1):
        if cat == "long_easy":
            assert len(text) >= 1500
        msgs = [{"role": "user", "content": text}]
        if rng.random() < 0.4:
            msgs.insert(0, {"role": "system", "content": rng.choice(SYSTEMS)})
        out.append({"id": f"{SPLIT}-cx-{i:04d}", "category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat",
                    "lang": lang, "style": style, "body": {"model": rng.choice(MODELS), "messages": msgs}})
    return out


# --------------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    frozen = frozen_words()
    pools = Pools(rng, frozen)
    pii = build_pii(rng, pools)
    cx = build_cx(random.Random(a.seed * 7 + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    keys = ["id", "category", "sensitive", "entities", "endpoint", "lang", "style", "body"]
    with open(out / f"pii_{SPLIT}.jsonl", "w", encoding="utf-8") as fh:
        for rec in pii:
            fh.write(json.dumps({k: rec[k] for k in keys}, ensure_ascii=False) + "\n")
    with open(out / f"complexity_{SPLIT}.jsonl", "w", encoding="utf-8") as fh:
        for rec in cx:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"frozen words scanned: {len(frozen)}; pool entries dropped by the freeze: {sum(pools.dropped.values())}")
    dk = collections.Counter()
    for k, v in pools.dropped.items():
        dk[k.split(":")[0]] += v
    print("  dropped per pool kind:", dict(sorted(dk.items())))
    print("  smallest pools:", sorted(((len(v2), f"{loc}/{k2}") for loc, d in pools.per.items() for k2, v2 in d.items()))[:4])
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records ({sum(r['endpoint'] == 'chat' for r in pii)} chat, {sum(r['endpoint'] == 'completions' for r in pii)} completions), "
          f"{len({r['lang'] for r in pii})} locales; sensitive {sens} / benign {len(pii) - sens}; incidental {sum(r['_incidental'] for r in pii)}")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    print("  locales:", dict(sorted(collections.Counter(r["lang"] for r in pii).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records; " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(r['category'] for r in cx).items()))
          + f"; length-adversarial {sum(r['length_adversarial'] for r in cx)}; label 1: {sum(r['label'] for r in cx)}; {len({r['lang'] for r in cx})} language tags")


if __name__ == "__main__":
    main()
