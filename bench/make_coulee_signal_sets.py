#!/usr/bin/env python3
"""Coulee: an independent evaluation split for the request signals, organised by SPORTS, FITNESS AND COACHING.

Writes bench/data/signals/pii_coulee.jsonl and bench/data/signals/complexity_coulee.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (record
    schema and conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. No detector,
    test, evaluator, result, policy, doc or commit history was read. The earlier generators (FROZEN_AGAINST)
    are only scanned at run time for capitalised words, non-ASCII words and non-ASCII bigrams; every entry
    of this file's name, public-figure and street pools sharing a word with that set is dropped (order kept),
    and pools that run low are topped up with names composed from invented locale-typical parts (capped
    retries, abort on failure). The words are never printed.

Organising principle
    Sports, fitness and coaching: gym memberships, personal-training notes, youth-team registrations, injury
    logs, race entries and results, coaching plans, physio referrals and club rosters. Sensitive records hold a
    PRIVATE athlete's, member's or parent's data (category ``<kind>``); benign ones (``<kind>_benign``) hold
    professional athletes and officials in their public role, clubs', federations' and venues' own contact
    details, blank forms with placeholders, documentation values (test cards, RFC 5737 IPs, example.com),
    aggregated / anonymised results (bib numbers, split times, age groups) and fictional coaches.

Labels
    ``entities`` is computed by searching the serialised body (ensure_ascii=False) for every value the record
    issued; types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID,
    ssn (US SSN only), HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS. ``sensitive`` == bool(entities)
    is asserted for every record.

Contents (seed 20261231)
    pii_coulee.jsonl: 496 requests (446 chat, 50 completions) in 24 locales (Latin, Cyrillic, Greek, Arabic,
    Hebrew, Devanagari, Thai, Han, Kana/Han, Hangul); 8 kinds x 62 = 288 sensitive (58%) / 208 benign.
    Sensitive subtypes: full records, structured JSON/CSV, a given name with a weak cue only, one parent's
    phone in a note, a phone split over two lines. Entity counts: person 243, PHONE_NUMBER 233, DATE_OF_BIRTH
    195, STREET_ADDRESS 139, EMAIL_ADDRESS 93, NATIONAL_ID 81, TAX_ID 23, CREDIT_CARD 18, IP_ADDRESS 17,
    HEALTH_INSURANCE 12, IBAN_CODE 11, ssn 4. complexity_coulee.jsonl: 186 chat requests in 22 language tags:
    short_simple 42, long_easy 48 (>= 1,500 chars), short_hard 50, long_hard 46; 98 length-adversarial
    (long_easy + short_hard), 96 labelled 1.

Validation
    National IDs / tax IDs / SSN / cards / IBANs via python-stdnum (NHS numbers by their mod-11 rule), phones
    via phonenumbers (valid for their region), home IPs via ipaddress (is_global). Any invalid value aborts.

Command
    python bench/make_coulee_signal_sets.py [--seed 20261231] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import ipaddress
import json
import pathlib
import random
import re
import sys
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from stdnum import iban, luhn, verhoeff
from stdnum.iso7064.mod_11_10 import calc_check_digit as iso7064_11_10
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
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

ROOT = pathlib.Path(__file__).resolve().parent.parent
FROZEN_AGAINST = ("arete atlas atoll bajada bayou blind butte canyon cenote cirque cuesta delta drumlin dune esker "
                  "estuary fen fjord geyser glacier heron hoodoo inselberg isthmus kame karst kestrel lagoon lantern "
                  "loess meadow mesa moraine mosaic nunatak oxbow pingo playa polje quarry scree sealed sierra skerry "
                  "steppe tafoni tarn tepui tombolo tundra unseen ventifact wild yardang").split()
CAP = 200
# a word: letters/digits plus combining marks (so Devanagari / Thai / Arabic words are not cut at vowel signs)
WORD = re.compile("[\\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
                  "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
                  "\u3099\u309a]+")


def die(msg):
    sys.exit("coulee: " + msg)


def frozen_words():
    out = set()
    for name in FROZEN_AGAINST:
        p = ROOT / "bench" / f"make_{name}_signal_sets.py"
        if not p.exists():
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        out.update(w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]+\b", text))
        words = WORD.findall(text)
        na = [w.lower() for w in words if any(ord(c) > 127 for c in w)]
        out.update(na)
        for a, b in zip(words, words[1:]):
            if any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b):
                out.add(a.lower() + " " + b.lower())
    return out


FROZEN = frozen_words()


def clean(entry):
    ws = [w.lower() for w in WORD.findall(entry)]
    if any(w in FROZEN for w in ws):
        return False
    return not any(f"{a} {b}" in FROZEN for a, b in zip(ws, ws[1:]))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128).lower()


# ----------------------------------------------------------------------------------------------- locales
# per locale: given names, surnames, name parts for composition (given A+B, surname A+B), street stems,
# street format, city + postcode, phone region, id scheme, IBAN country, name order, field labels, a note.
L = {}


def loc(tag, given, sur, gparts, sparts, streets, sfmt, city, region, idk, ibanc, order, labels, note):
    L[tag] = dict(given=given, sur=sur, gparts=gparts, sparts=sparts, streets=streets, sfmt=sfmt, city=city,
                  region=region, idk=idk, ibanc=ibanc, order=order, labels=labels, note=note)


EN = ("Name", "Mobile", "Date of birth", "Home address", "Emergency contact")
loc("en-US", "Brayden Kaylee Tavion Jolene Dashiell Marisol Treyvon Annabeth".split(),
    "Wojcikowski Pettibone Halvorsen Quackenbush Delacroix Muldoon Okonkwo Vanterpool".split(),
    (["Jax", "Kay", "Bry", "Tre", "Mak"], ["lyn", "den", "son", "ley", "vin"]),
    (["Hollo", "Brack", "Stam", "Wend", "Ross"], ["way", "ford", "wick", "man", "ton"]),
    "Quillfeather Sassafras Tamarack Bittersweet Larkspur Cottonwood".split(), "{n} {s} Ave",
    ("Boise, ID 83702", ""), "US", "ssn", None, "gs", EN, "Wants to PR her 5k before the wedding.")
loc("en-GB", "Rhiannon Callum Niamh Ewan Imogen Tamsin Rory Keeley".split(),
    "Pennyfeather Thwaites Ollerenshaw Braithwaite Cholmondeley Fairbairn Heseltine Rudd".split(),
    (["Fin", "Isla", "Mor", "Cal", "Bry"], ["lay", "ven", "wen", "ley", "nan"]),
    (["Ash", "Hol", "Brock", "Whit", "Thorn"], ["croft", "thwaite", "bury", "ingham", "ley"]),
    "Plover Wagtail Marram Foxglove Hawthornden Sloe".split(), "{n} {s} Close",
    ("Harrogate HG1 4QT", ""), "GB", "nhs", "GB", "gs", EN, "Left hamstring tight after parkrun, booked in.")
loc("de-DE", "Jannik Lotta Malte Frieda Bendix Ronja Till Henrike".split(),
    "Brückmann Obermaier Kettelhack Wohlgemuth Sauerbier Pfefferkorn Dittrich Hagedorn".split(),
    (["Ben", "Lui", "Ma", "Fre", "Jo"], ["rik", "sa", "lte", "da", "nte"]),
    (["Holz", "Brun", "Kessel", "Wald", "Stein"], ["huber", "meier", "brink", "mann", "kamp"]),
    "Quittenweg Mispelstraße Schlehenring Holunderpfad Ginsterallee Wacholderstieg".split(), "{s} {n}",
    ("79098 Freiburg im Breisgau", ""), "DE", "de_idnr", "DE", "gs",
    ("Name", "Handy", "Geburtsdatum", "Anschrift", "Notfallkontakt"), "Knie re. nach Halbmarathon geschwollen.")
loc("fr-FR", "Maëlys Timéo Clémence Gaspard Solène Anatole Maïwenn Côme".split(),
    "Rouxel Lemarchand Quéméner Vasseur Bouvier Le Goff Chevrier Dufresne".split(),
    (["Ma", "Ti", "Clé", "Gas", "Sol"], ["lo", "éo", "ane", "pard", "ène"]),
    (["Beau", "Chan", "Mont", "Ville", "Roche"], ["champ", "val", "fort", "neuve", "bert"]),
    ["des Tilleuls-Argentés", "du Moulin-Brûlé", "des Glycines", "Pierre-Sémard", "des Coquelicots"],
    "{n}, rue {s}", ("44000 Nantes", ""), "FR", "fr_nir", None, "gs",
    ("Nom", "Portable", "Date de naissance", "Adresse", "Personne à prévenir"), "Entorse cheville au match de dimanche.")
loc("es-ES", "Iker Ainhoa Unai Nerea Aitor Leire Xabier Itziar".split(),
    "Etxeberria Goikoetxea Olabarria Zubizarreta Arrieta Urquiola Garmendia Lasarte".split(),
    (["Ai", "Ne", "Xa", "Un", "Ir"], ["tor", "rea", "bier", "ane", "ati"]),
    (["Etxe", "Goiko", "Olaz", "Urru", "Bide"], ["barria", "etxea", "abal", "tia", "gain"]),
    ["Pelayo Urquijo", "de los Almendros", "Sabino Arana Goiri", "de las Acacias", "Txomin Agirre"],
    "C/ {s}, {n}, 3º izda.", ("48011 Bilbao", ""), "ES", "es_dni", None, "gs",
    ("Nombre", "Móvil", "Fecha de nacimiento", "Domicilio", "Contacto de emergencia"), "Pubalgia desde la pretemporada.")
loc("it-IT", "Ludovica Tommaso Ginevra Edoardo Beatrice Leonardo Vittoria Jacopo".split(),
    "Bortolotti Zanardelli Capuozzo Lombardini Ferraresi Scognamiglio Pellegatta Tagliaferri".split(),
    (["Lu", "Tom", "Gin", "Edo", "Ja"], ["dovica", "maso", "evra", "ardo", "copo"]),
    (["Borto", "Zanar", "Capu", "Ferra", "Taglia"], ["lotti", "delli", "ozzo", "resi", "ferri"]),
    ["dei Mille", "Carlo Poerio", "delle Ginestre", "Gaetano Filangieri", "dei Cipressi"], "Via {s} {n}",
    ("80121 Napoli", ""), "IT", None, None, "gs",
    ("Nome", "Cellulare", "Data di nascita", "Indirizzo", "Contatto d'emergenza"), "Tendinite rotulea, stop due settimane.")
loc("pt-BR", "Thiago Larissa Caio Bianca Guilherme Yasmin Rafael Letícia".split(),
    "Albuquerque Nogueira Figueiredo Bittencourt Carvalhal Queiroga Sampaio Tavares".split(),
    (["Cai", "Lar", "Gui", "Yas", "Rafa"], ["o", "issa", "lherme", "min", "el"]),
    (["Albu", "Noguei", "Figuei", "Bitten", "Sam"], ["querque", "ra", "redo", "court", "paio"]),
    ["das Jabuticabeiras", "Desembargador Ermelino", "dos Ipês-Amarelos", "Coronel Tamarindo"], "Rua {s}, {n}",
    ("Belo Horizonte - MG, 30130-110", ""), "BR", "br_cpf", None, "gs",
    ("Nome", "Celular", "Data de nascimento", "Endereço", "Contato de emergência"), "Dor na canela depois do longão.")
loc("nl-NL", "Daan Fenna Thijs Sanne Bram Lieke Joost Maud".split(),
    "van Dijkhuizen Hoogendoorn Verbeek Kuipers Brouwer Meulenbelt Schoonhoven Tuinstra".split(),
    (["Da", "Fen", "Thij", "San", "Jo"], ["an", "na", "s", "ne", "ost"]),
    (["Hooge", "Meulen", "Schoon", "Tuin", "Ver"], ["doorn", "belt", "hoven", "stra", "beek"]),
    ["Kievitslaan", "Fuutstraat", "Grutto-erf", "Reigerhof", "Tureluurpad"], "{s} {n}",
    ("3511 AB Utrecht", ""), "NL", "nl_bsn", "NL", "gs",
    ("Naam", "Mobiel", "Geboortedatum", "Adres", "Noodcontact"), "Achillespees pijnlijk na intervaltraining.")
loc("pl-PL", "Szymon Zuzanna Bartosz Wiktoria Igor Natalia Kacper Julia".split(),
    "Wróblewski Szczepańska Grzybowski Kołodziej Pietrzak Zawadzka Michalak Sobczak".split(),
    (["Szy", "Bar", "Kac", "Zu", "Wik"], ["mon", "tosz", "per", "zanna", "toria"]),
    (["Grzy", "Kołod", "Pietr", "Zawadz", "Sob"], ["bowski", "ziej", "zak", "ka", "czak"]),
    ["Jarzębinowa", "Kalinowa", "Tarninowa", "Głogowa", "Modrzewiowa"], "ul. {s} {n} m. 4",
    ("30-081 Kraków", ""), "PL", "pl_pesel", "PL", "gs",
    ("Imię i nazwisko", "Tel. kom.", "Data urodzenia", "Adres", "Kontakt awaryjny"), "Ból barku po treningu siłowym.")
loc("sv-SE", "Elsa Hugo Saga Viggo Alva Ebbe Tindra Melker".split(),
    "Lindqvist Öberg Sjöholm Wallgren Dahlberg Ekström Nyqvist Forsell".split(),
    (["El", "Vig", "Sa", "Mel", "Ti"], ["sa", "go", "ga", "ker", "ndra"]),
    (["Sjö", "Wall", "Ek", "Nyq", "Fors"], ["holm", "gren", "ström", "vist", "ell"]),
    ["Hjortronvägen", "Lingonstigen", "Blåbärsgränd", "Tranbärsvägen", "Odonvägen"], "{s} {n}",
    ("752 36 Uppsala", ""), "SE", "se_pnr", "SE", "gs",
    ("Namn", "Mobil", "Födelsedatum", "Adress", "Anhörig"), "Löparknä, vila från backintervaller.")
loc("fi-FI", "Aino Eetu Venla Onni Iida Leevi Sanni Veeti".split(),
    "Korhonen Mäkelä Hämäläinen Lehtonen Heikkilä Saarinen Kettunen Nieminen".split(),
    (["Ai", "Ee", "Ven", "On", "Vee"], ["no", "tu", "la", "ni", "ti"]),
    (["Mäki", "Kettu", "Lehto", "Saari", "Heikki"], ["nen", "lä", "maa", "oja", "la"]),
    ["Katajakuja", "Puolukkatie", "Vaahterapolku", "Pihlajakatu", "Kanervatie"], "{s} {n} B 12",
    ("33100 Tampere", ""), "FI", "fi_hetu", "FI", "gs",
    ("Nimi", "Puhelin", "Syntymäaika", "Osoite", "Hätäyhteys"), "Nilkka nyrjähti salibandyssä.")
loc("cs-CZ", "Vojtěch Tereza Matyáš Adéla Šimon Eliška Dominik Kristýna".split(),
    "Dvořáček Procházková Kučera Veselá Horáček Němcová Pokorný Jelínková".split(),
    (["Vojt", "Ter", "Ma", "Adé", "Kris"], ["ěch", "eza", "tyáš", "la", "týna"]),
    (["Dvoř", "Proch", "Hor", "Pokor", "Jelín"], ["áček", "ázka", "áček", "ný", "ek"]),
    ["Jeřabinová", "Šípková", "Trnková", "Bezová", "Lísková"], "{s} {n}/12",
    ("602 00 Brno", ""), "CZ", "cz_rc", "CZ", "gs",
    ("Jméno", "Mobil", "Datum narození", "Adresa", "Nouzový kontakt"), "Po pádu na kole bolí zápěstí.")
loc("ru-RU", "Всеволод Ярослава Тимофей Милана Арсений Василиса Матвей Ульяна".split(),
    "Сухоруков Белозерова Колесников Ястребова Громов Журавлёва Лапшин Дроздова".split(),
    (["Яро", "Тимо", "Ми", "Арс", "Ва"], ["слав", "фей", "лана", "ений", "силиса"]),
    (["Сухо", "Бело", "Коле", "Гро", "Лап"], ["руков", "зеров", "сников", "мов", "шин"]),
    ["Рябиновая", "Черёмуховая", "Брусничная", "Кедровая", "Облепиховая"], "ул. {s}, д. {n}, кв. 17",
    ("620014 Екатеринбург", ""), "RU", "ru_inn", None, "sg",
    ("ФИО", "Телефон", "Дата рождения", "Адрес", "Экстренный контакт"), "Растяжение икроножной мышцы на забеге.")
loc("uk-UA", "Остап Соломія Тарас Зоряна Богдан Мирослава Назар Дарина".split(),
    "Ковальчук Мельничук Гнатюк Стасюк Бондаренко Ткачук Ярмолюк Паламарчук".split(),
    (["Ос", "Соло", "Тар", "Зоря", "На"], ["тап", "мія", "ас", "на", "зар"]),
    (["Коваль", "Гнат", "Стас", "Ярмо", "Палам"], ["чук", "юк", "енко", "люк", "арчук"]),
    ["Калинова", "Вишнева", "Грушева", "Смерекова", "Ясенова"], "вул. {s}, {n}",
    ("79000 Львів", ""), "UA", "ua_rntrc", "UA", "sg",
    ("ПІБ", "Телефон", "Дата народження", "Адреса", "Контакт у разі потреби"), "Біль у коліні після кросу.")
loc("el-GR", "Σταυρούλα Παναγιώτης Ευανθία Θεμιστοκλής Αικατερίνη Χαράλαμπος Δέσποινα Λεωνίδας".split(),
    "Καραμπέτσος Παπαδοπούλου Τσιμπίδης Βλαχογιάννη Ζαχαρόπουλος Μαυρίδου Κουτσογιάννης Λαμπράκη".split(),
    (["Σταυ", "Παν", "Ευ", "Χαρ", "Δέσ"], ["ρούλα", "αγής", "ανθία", "ίλαος", "ποινα"]),
    (["Καρα", "Τσιμ", "Βλαχο", "Μαυ", "Κουτσο"], ["μπέτσος", "πίδης", "γιάννης", "ρίδης", "γιώργος"]),
    ["Μυρτιάς", "Κυπαρισσίας", "Δάφνης", "Ροδακινιάς", "Λεμονιάς"], "Οδός {s} {n}",
    ("546 22 Θεσσαλονίκη", ""), "GR", "gr_amka", "GR", "gs",
    ("Ονοματεπώνυμο", "Κινητό", "Ημ. γέννησης", "Διεύθυνση", "Επαφή έκτακτης ανάγκης"), "Τενοντίτιδα στον αγκώνα από το τένις.")
loc("tr-TR", "Eymen Zeynep Alparslan Elif Doruk Defne Kerem Ecrin".split(),
    "Karaosmanoğlu Yıldırımtürk Çelikkol Bozkurtoğlu Akyüz Demirtaş Güleryüz Özkaya".split(),
    (["Ey", "Zey", "Dor", "Def", "Ke"], ["men", "nep", "uk", "ne", "rem"]),
    (["Kara", "Çelik", "Boz", "Ak", "Gül"], ["osmanoğlu", "kol", "kurt", "yüz", "eryüz"]),
    ["Ihlamur", "Akasya", "Erguvan", "Begonvil", "Manolya"], "{s} Sok. No: {n} D: 5",
    ("35220 Konak/İzmir", ""), "TR", "tr_tc", "TR", "gs",
    ("Ad Soyad", "Cep", "Doğum tarihi", "Adres", "Acil durum kişisi"), "Menisküs ameliyatı sonrası fizyoterapi.")
loc("ar-EG", "يوسف مريم عمرو نورهان كريم سلمى طارق هبة".split(),
    "الشناوي الجمال عبدالحميد الفقي السيوفي البدراوي الطوخي المنشاوي".split(),
    (["عبد", "نور", "سل", "كر", "طا"], ["الرحمن", "هان", "مى", "يم", "رق"]),
    (["ال", "أبو "], ["دمرداش", "قليوبي", "بهنساوي", "سمالوطي", "دسوقي", "منياوي", "فيومي", "زفتاوي", "طهطاوي", "سنباطي", "مليجي", "قويسني", "ببلاوي", "شبراوي", "إسناوي", "بلتاجي", "سرسي", "قوصي", "مطراوي", "دكروري", "برلسي", "أشموني", "فرشوطي", "بلقاسي"]),
    ["شارع الجمهورية", "شارع الترعة البولاقية", "شارع النخيل", "شارع الياسمين"], "{n} {s}",
    ("الإسكندرية", ""), "EG", None, None, "gs",
    ("الاسم", "الموبايل", "تاريخ الميلاد", "العنوان", "جهة اتصال للطوارئ"), "إصابة في الرباط الصليبي أثناء مباراة الدوري.")
loc("ar-SA", "فيصل نوف تركي ريم سلطان جود مشعل لمى".split(),
    "القحطاني العتيبي الدوسري الشمري الحربي الغامدي السبيعي المطيري".split(),
    (["فيص", "ريم", "سلط", "مش", "لم"], ["ل", "ا", "ان", "عل", "ى"]),
    (["ال", "آل "], ["سحيباني", "قريني", "مزروعي", "عجلاني", "خثلاني", "ضبيبان", "هذلول", "معيقلي", "عصيمي", "جريسي"]),
    ["طريق الأمير سعود", "شارع الورود", "شارع الريحان", "حي النرجس"], "{s}، مبنى {n}",
    ("الرياض 12345", ""), "SA", None, "SA", "gs",
    ("الاسم", "الجوال", "تاريخ الميلاد", "العنوان الوطني", "جهة اتصال للطوارئ"), "التواء في الكاحل أثناء تمرين الكروس فيت.")
loc("he-IL", "נועה איתי תמר עומרי יעל אורי שירה אלון".split(),
    "ברקוביץ שטרנברג אלמוג בן־חמו גולדפרב קציר זוהר רבינוביץ".split(),
    (["נו", "אי", "תמ", "עו", "של"], ["עה", "תי", "ר", "מרי", "ומית"]),
    (["ברק", "שטרן", "גולד", "רבינ", "קצי"], ["וביץ", "ברג", "פרב", "וביץ", "ר"]),
    ["הרימון", "הדקל", "השקד", "התאנה", "הזית"], "רחוב {s} {n}",
    ("חיפה 3303125", ""), "IL", "il_id", "IL", "gs",
    ("שם", "נייד", "תאריך לידה", "כתובת", "איש קשר לחירום"), "כאבי גב תחתון אחרי אימון דדליפט.")
loc("hi-IN", "आरव अनन्या विहान ईशा कबीर सान्वी रेयांश मीरा".split(),
    "चतुर्वेदी भटनागर रस्तोगी कुलश्रेष्ठ अग्निहोत्री श्रीवास्तव त्रिपाठी मल्होत्रा".split(),
    (["आर", "विहा", "ईश", "कबी", "रेयां"], ["व", "न", "ा", "र", "श"]),
    (["सोम", "हेम", "वेद", "धर", "गिरि", "नंद"], ["वंशी", "प्रकाश", "कांत", "लाल", "वाल", "नाथ"]),
    ["गुलमोहर मार्ग", "अशोक विहार", "नीम वाली गली", "पलाश नगर"], "मकान नं. {n}, {s}",
    ("लखनऊ 226010", ""), "IN", "in_aadhaar", None, "gs",
    ("नाम", "मोबाइल", "जन्म तिथि", "पता", "आपातकालीन संपर्क"), "क्रिकेट नेट्स के बाद कंधे में दर्द।")
loc("th-TH", "ธนากร พิมพ์ชนก ณัฐวุฒิ กนกวรรณ ภูริ ปวีณา ศุภชัย วรรณิศา".split(),
    "ศรีสมบูรณ์ วงศ์ไพบูลย์ ทองประเสริฐ เจริญสุข แก้วมณี พุ่มพวง สุขเกษม รัตนวงศ์".split(),
    (["ธนา", "พิม", "ณัฐ", "กนก", "ศุภ", "ปิ่น", "ภัท"], ["กร", "ชนก", "วุฒิ", "วรรณ", "ชัย", "ธิดา", "รดา"]),
    (["ศรี", "วงศ์", "ทอง", "แก้ว", "สุข", "บุญ", "เพชร"], ["สมบูรณ์", "ไพบูลย์", "ประเสริฐ", "มณี", "เกษม", "รักษา", "ทวีผล", "ศิริกุล"]),
    ["ซอยลาดพร้าว 71", "ซอยอารีย์ 4", "ถนนนครไชยศรี", "ซอยสุขุมวิท 101/1"], "{n} {s}",
    ("กรุงเทพฯ 10310", ""), "TH", "th_pin", None, "gs",
    ("ชื่อ", "มือถือ", "วันเกิด", "ที่อยู่", "ผู้ติดต่อฉุกเฉิน"), "ข้อเท้าพลิกตอนซ้อมมวยไทย")
loc("zh-CN", ["梓涵", "浩然", "欣怡", "子轩", "雨桐", "俊杰", "诗琪", "宇航"],
    ["欧阳", "司马", "诸葛", "上官", "皇甫", "慕容", "令狐", "宇文"],
    (["梓", "浩", "欣", "雨", "俊"], ["涵", "然", "怡", "桐", "杰"]),
    (["欧", "司", "夏", "尉", "东"], ["阳", "马", "侯", "迟", "方"]),
    ["桂林路", "枫林路", "梅岭南路", "杏园巷", "槐荫街"], "{s}{n}号3单元502室",
    ("上海市徐汇区", ""), "CN", "cn_ric", None, "sg0",
    ("姓名", "手机", "出生日期", "住址", "紧急联系人"), "半月板损伤，建议暂停篮球训练。")
loc("ja-JP", ["陽翔", "結菜", "蒼", "芽依", "湊", "陽葵", "樹", "紬"],
    ["小野寺", "長谷部", "五十嵐", "宇佐美", "東海林", "勅使河原", "四方田", "御手洗"],
    (["陽", "結", "蒼", "芽", "湊"], ["翔", "菜", "汰", "依", "斗"]),
    (["小", "長", "宇", "東", "四"], ["野寺", "谷部", "佐美", "海林", "方田"]),
    ["本町", "西新宿", "栄", "天神", "北浜"], "{s}{n}丁目4-11 メゾン桜202",
    ("〒460-0008 名古屋市中区", ""), "JP", "jp_in", None, "sg0",
    ("氏名", "携帯", "生年月日", "住所", "緊急連絡先"), "ランニング中に右膝を痛めた。")
loc("ko-KR", ["서준", "하윤", "도윤", "지유", "시우", "서아", "예준", "하린"],
    ["남궁", "선우", "제갈", "황보", "독고", "사공", "서문", "동방"],
    (["서", "하", "도", "지", "예"], ["준", "윤", "현", "유", "린"]),
    (["남", "선", "황", "독", "서"], ["궁", "우", "보", "고", "문"]),
    ["테헤란로", "올림픽로", "한강대로", "월드컵북로", "송파대로"], "{s} {n}길 8, 102동 1304호",
    ("서울특별시 송파구", ""), "KR", "kr_rrn", None, "sg0",
    ("이름", "휴대폰", "생년월일", "주소", "비상 연락처"), "축구 경기 중 햄스트링 부상.")

# ----------------------------------------------------------------------------------------------- pools


def pools(rng):
    PUBLIC[:] = [x for x in PUBLIC if clean(x)]
    FICTION[:] = [x for x in FICTION if clean(x)]
    if len(PUBLIC) < 5 or len(FICTION) < 2:
        die("public-figure / fiction pools ran low after the freeze")
    for tag, d in L.items():
        for key, parts, need in (("given", d["gparts"], 6), ("sur", d["sparts"], 6)):
            kept = [x for x in d[key] if clean(x)]
            tries = 0
            while len(kept) < need:
                tries += 1
                if tries > CAP:
                    die(f"cannot compose enough {key} names for {tag}")
                cand = rng.choice(parts[0]) + rng.choice(parts[1])
                if clean(cand) and cand not in kept:
                    kept.append(cand)
            d[key] = kept
        kept = [x for x in d["streets"] if clean(x)]
        tries = 0
        while len(kept) < 3:
            tries += 1
            if tries > CAP:
                die(f"cannot compose streets for {tag}")
            cand = rng.choice(d["sparts"][0]) + rng.choice(d["gparts"][1])
            cand = cand + ("weg" if tag == "de-DE" else "")
            if clean(cand) and cand not in kept:
                kept.append(cand)
        d["streets"] = kept


def person(rng, tag):
    d = L[tag]
    g, s = rng.choice(d["given"]), rng.choice(d["sur"])
    if d["order"] == "sg0":
        return s + g, g
    if d["order"] == "sg":
        return f"{s} {g}", g
    return f"{g} {s}", g


def address(rng, tag):
    d = L[tag]
    return d["sfmt"].format(n=rng.randint(2, 148), s=rng.choice(d["streets"])) + ", " + d["city"][0]


def phone(rng, region, kind=PNT.MOBILE, fmt=None):
    ex = phonenumbers.example_number_for_type(region, kind)
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(CAP):
        cand = nsn[:-5] + "".join(str(rng.randint(0, 9)) for _ in range(5))
        p = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            f = fmt if fmt is not None else rng.choice([PNF.INTERNATIONAL, PNF.NATIONAL, PNF.E164])
            out = phonenumbers.format_number(p, f)
            if rng.random() < 0.15:  # oddly formatted
                out = re.sub(r"[\s\-]", ".", out) if rng.random() < 0.5 else out.replace(" ", "")
            return out
    die(f"no valid phone for {region}")


def dob(rng, young=False):
    y = rng.randint(2009, 2018) if young else rng.randint(1954, 2004)
    return y, rng.randint(1, 12), rng.randint(1, 28)


def fmt_dob(rng, tag, y, m, d):
    if tag in ("en-US",):
        return f"{m:02d}/{d:02d}/{y}"
    if tag in ("zh-CN", "ja-JP"):
        return f"{y}年{m}月{d}日"
    if tag == "ko-KR":
        return f"{y}. {m}. {d}."
    return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])


def nhs_ok(n):
    s = sum(int(c) * w for c, w in zip(n[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(n[9])


def digits(rng, k, first=0):
    return str(rng.randint(max(first, 0), 9)) + "".join(str(rng.randint(0, 9)) for _ in range(k - 1))


def national(rng, tag, ymd):
    """(value, type) of a valid personal identifier for the locale, or None."""
    y, m, d = ymd
    k = L[tag]["idk"]
    for _ in range(CAP):
        try:
            if k == "ssn":
                v = f"{rng.randint(101, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
                if ssn.is_valid(v):
                    return v, "ssn"
            elif k == "nhs":
                b = digits(rng, 9, 4)
                s = sum(int(c) * w for c, w in zip(b, range(10, 1, -1)))
                c = (11 - s % 11) % 11
                if c != 10 and nhs_ok(b + str(c)):
                    v = b + str(c)
                    return f"{v[:3]} {v[3:6]} {v[6:]}", "HEALTH_INSURANCE"
            elif k == "de_idnr":
                ds = list("0123456789")
                rng.shuffle(ds)
                ds = ds[:9]
                ds.insert(rng.randint(0, 9), rng.choice(ds))
                b = "".join(ds)
                v = b + iso7064_11_10(b)
                if idnr.is_valid(v):
                    return idnr.format(v), "TAX_ID"
            elif k == "fr_nir":
                b = f"{rng.choice('12')}{y % 100:02d}{m:02d}{rng.choice(['44', '69', '75', '13', '33'])}{rng.randint(1, 300):03d}{rng.randint(1, 999):03d}"
                v = b + nir.calc_check_digits(b)
                if nir.is_valid(v):
                    return nir.format(v), "NATIONAL_ID"
            elif k == "es_dni":
                b = digits(rng, 8, 1)
                v = b + dni.calc_check_digit(b)
                if dni.is_valid(v):
                    return v, "NATIONAL_ID"
            elif k == "br_cpf":
                b = digits(rng, 9, 1)
                d1 = sum(int(c) * w for c, w in zip(b, range(10, 1, -1))) * 10 % 11 % 10
                d2 = sum(int(c) * w for c, w in zip(b + str(d1), range(11, 1, -1))) * 10 % 11 % 10
                v = f"{b}{d1}{d2}"
                if cpf.is_valid(v):
                    return cpf.format(v), "TAX_ID"
            elif k == "nl_bsn":
                v = digits(rng, 9, 1)
                if bsn.is_valid(v):
                    return v, "NATIONAL_ID"
            elif k == "pl_pesel":
                b = f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}{digits(rng, 4)}"
                v = b + pesel.calc_check_digit(b)
                if pesel.is_valid(v):
                    return v, "NATIONAL_ID"
            elif k == "se_pnr":
                b = f"{y % 100:02d}{m:02d}{d:02d}{digits(rng, 3)}"
                v = b + luhn.calc_check_digit(b)
                f = f"{v[:6]}-{v[6:]}"
                if personnummer.is_valid(f):
                    return f, "NATIONAL_ID"
            elif k == "fi_hetu":
                sep = "-" if y < 2000 else "A"
                b = f"{d:02d}{m:02d}{y % 100:02d}{sep}{rng.randint(2, 899):03d}"
                for c in "0123456789ABCDEFHJKLMNPRSTUVWXY":
                    if hetu.is_valid(b + c):
                        return b + c, "NATIONAL_ID"
            elif k == "cz_rc":
                b = f"{y % 100:02d}{m + rng.choice([0, 50]):02d}{d:02d}{digits(rng, 3)}"
                c = int(b) % 11 % 10
                v = b + str(c)
                if rc.is_valid(v):
                    return rc.format(v), "NATIONAL_ID"
            elif k == "ru_inn":
                b = f"{rng.choice(['66', '77', '78', '54'])}{digits(rng, 8)}"
                v = b + inn.calc_personal_check_digits(b)
                if inn.is_valid(v):
                    return v, "TAX_ID"
            elif k == "ua_rntrc":
                v = digits(rng, 10, 1)
                if rntrc.is_valid(v):
                    return v, "TAX_ID"
            elif k == "gr_amka":
                b = f"{d:02d}{m:02d}{y % 100:02d}{digits(rng, 4)}"
                v = b + luhn.calc_check_digit(b)
                if amka.is_valid(v):
                    return v, "HEALTH_INSURANCE"
            elif k == "tr_tc":
                b = digits(rng, 9, 1)
                v = b + tckimlik.calc_check_digits(b)
                if tckimlik.is_valid(v):
                    return v, "NATIONAL_ID"
            elif k == "il_id":
                b = digits(rng, 8)
                v = b + luhn.calc_check_digit(b)
                if il_idnr.is_valid(v):
                    return v, "NATIONAL_ID"
            elif k == "in_aadhaar":
                b = digits(rng, 11, 2)
                v = b + verhoeff.calc_check_digit(b)
                if aadhaar.is_valid(v):
                    return aadhaar.format(v), "NATIONAL_ID"
            elif k == "th_pin":
                b = digits(rng, 12, 1)
                v = b + pin.calc_check_digit(b)
                if pin.is_valid(v):
                    return pin.format(v), "NATIONAL_ID"
            elif k == "cn_ric":
                b = f"{rng.choice(['310104', '110101', '440305', '510104'])}{y}{m:02d}{d:02d}{digits(rng, 3)}"
                v = b + ric.calc_check_digit(b)
                if ric.is_valid(v):
                    return v, "NATIONAL_ID"
            elif k == "jp_in":
                b = digits(rng, 11, 1)
                v = b + jp_in.calc_check_digit(b)
                if jp_in.is_valid(v):
                    return jp_in.format(v), "NATIONAL_ID"
            elif k == "kr_rrn":
                b = f"{y % 100:02d}{m:02d}{d:02d}{(3 if y >= 2000 else 1) + rng.randint(0, 1)}{rng.randint(0, 8)}{digits(rng, 4)}"
                v = b + rrn.calc_check_digit(b)
                if rrn.is_valid(v):
                    return rrn.format(v), "NATIONAL_ID"
            else:
                return None
        except Exception:
            continue
    die(f"no valid national id for {tag}")


def make_iban(rng, cc):
    for _ in range(CAP):
        lens = {"GB": "NWBK{}".format(digits(rng, 14)), "DE": digits(rng, 18), "FR": digits(rng, 23),
                "ES": digits(rng, 20), "IT": "X" + digits(rng, 22), "NL": "INGB" + digits(rng, 10),
                "PL": digits(rng, 24), "SE": digits(rng, 20), "FI": digits(rng, 14), "CZ": digits(rng, 20),
                "UA": digits(rng, 25), "GR": digits(rng, 23), "TR": digits(rng, 22), "SA": digits(rng, 20),
                "IL": digits(rng, 19)}
        bban = lens[cc]
        num = bban + cc + "00"
        conv = "".join(str(int(c, 36)) for c in num)
        chk = 98 - int(conv) % 97
        v = f"{cc}{chk:02d}{bban}"
        if iban.is_valid(v):
            return iban.format(v) if rng.random() < 0.6 else v
    die(f"no valid IBAN for {cc}")


def card(rng):
    for _ in range(CAP):
        b = rng.choice(["4", "51", "53", "55", "2221"]) + digits(rng, 14 if False else 15)
        b = b[:15]
        v = b + luhn.calc_check_digit(b)
        if luhn.is_valid(v) and not v.startswith(("4111", "4242", "5555")):
            return " ".join(v[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.7 else v
    die("no valid card")


def home_ip(rng):
    for _ in range(CAP):
        a = ipaddress.ip_address(f"{rng.randint(24, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        if a.is_global and not a.is_multicast:
            return str(a)
    die("no global IP")


def email(rng, first):
    h = fold(first) or rng.choice(["lumi", "ksen", "taro", "yuna", "aziz"])
    h = re.sub(r"[^a-z]", "", h) or "runner"
    return f"{h}{rng.choice(['.', '_', ''])}{rng.choice(['runs', 'fit', 'trail', 'swim', 'lifts', ''])}{rng.randint(7, 99)}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'gmx.de', 'mail.ru', 'naver.com'])}"


# ----------------------------------------------------------------------------------------------- documents
KINDS = ["gym_membership", "training_notes", "youth_registration", "injury_log", "race_entry", "coaching_plan",
         "physio_referral", "club_roster"]

ASKS = {
    "gym_membership": ["Draft a friendly renewal reminder for this member.", "Is this freeze request within our 3-month policy?",
                       "Turn this sign-up form into a CRM JSON record."],
    "training_notes": ["Summarise this client's last block and suggest next week's sessions.",
                       "Rewrite these PT notes so they're readable for the client.", "What load progression would you use here?"],
    "youth_registration": ["Check the registration for missing fields before the season starts.",
                           "Write a welcome message to the parent.", "Which age group does this player go into?"],
    "injury_log": ["Classify this injury entry by body region and severity.", "Summarise the return-to-play timeline.",
                   "Translate this injury log entry to English for the club doctor."],
    "race_entry": ["Confirm this entry and list what the runner still has to send.", "Move this runner to the 10k wave C.",
                   "Extract the entry into our timing CSV columns."],
    "coaching_plan": ["Adapt this plan around the athlete's exam weeks.", "Make the taper less aggressive.",
                      "Explain this plan to the athlete in plain words."],
    "physio_referral": ["Write the referral letter to the physio clinic.", "Summarise this referral for the insurer.",
                        "What should the physio check first given these notes?"],
    "club_roster": ["Sort the roster by squad and flag expired medicals.", "Draft the group message for Saturday's away game.",
                    "Find duplicates in this roster."],
}

NOTES_EN = {
    "gym_membership": "Plan: Off-peak 12 months, direct debit on the 1st. Wants to freeze Jan-Feb (travel). Locker 114.",
    "training_notes": "Session 14: back squat 5x5 @ 72.5kg (RPE 7), RDL 3x8 @ 60kg, sled push 6x20m. Sleep poor this week.",
    "youth_registration": "U12 girls, goalkeeper. Allergies: peanuts (EpiPen in kit bag). Photo consent: NO.",
    "injury_log": "Grade II lateral ankle sprain, 2nd match half. RICE, crutches 5 days. Prior sprain same side 2024.",
    "race_entry": "Half marathon, wave B, predicted 1:47:30. T-shirt M. Club affiliation: none. Paid by card.",
    "coaching_plan": "Block 3 (build): Tue 6x1k @ 10k pace, Thu tempo 25', Sat long run 24 km, Sun easy 8 km + strides.",
    "physio_referral": "Suspected patellofemoral pain, 6 weeks, worse on stairs. No imaging yet. Please assess and treat.",
    "club_roster": "Squad: Masters W45. Medical cert expires 2026-03-31. Kit size L. Subs paid.",
}


def fields_block(rng, tag, vals, style):
    lab = L[tag]["labels"]
    items = [(lab[0], vals.get("name")), (lab[1], vals.get("phone")), (lab[2], vals.get("dob")),
             (lab[3], vals.get("addr")), ("Email", vals.get("email")), ("ID", vals.get("id")),
             ("IBAN", vals.get("iban")), ("Card", vals.get("card")), ("IP", vals.get("ip")),
             (lab[4], vals.get("emerg"))]
    items = [(k, v) for k, v in items if v]
    if style == "json":
        return json.dumps({k: v for k, v in items}, ensure_ascii=False, indent=1)
    if style == "csv":
        return ";".join(k for k, _ in items) + "\n" + ";".join(v for _, v in items)
    if style == "prose":
        return ", ".join(v for _, v in items)
    return "\n".join(f"{k}: {v}" for k, v in items)


def sensitive_doc(rng, kind, tag, i):
    """Returns (text, issued values {value: type}, subtype)."""
    d = L[tag]
    young = kind == "youth_registration"
    name, first = person(rng, tag)
    issued = {}
    sub = rng.choice(["full", "full", "structured", "weak_name", "single_phone", "split"])
    if sub == "weak_name":
        # only a given name with a weak cue in the coaching context
        txt = {"training_notes": f"{first} from the 6am group said her knee clicks on lunges again — ignore or refer?",
               "coaching_plan": f"Plan for {first} (my son, 14) — he wants to try the 800m this summer.",
               }.get(kind, f"Note from coach: {name} missed the last three sessions, mum says it's the ankle again.")
        issued[first if first in txt and name not in txt else name] = "person"
        return txt + "\n" + NOTES_EN[kind], issued, sub
    if sub == "single_phone":
        ph = phone(rng, d["region"])
        issued[ph] = "PHONE_NUMBER"
        return f"{NOTES_EN[kind]}\nIf no answer on the club line, text the parent directly on {ph}.", issued, sub
    vals = {"name": name}
    issued[name] = "person"
    y, m, dd = dob(rng, young)
    vals["dob"] = fmt_dob(rng, tag, y, m, dd)
    issued[vals["dob"]] = "DATE_OF_BIRTH"
    ph = phone(rng, d["region"])
    vals["phone"] = ph
    issued[ph] = "PHONE_NUMBER"
    if rng.random() < 0.7:
        vals["addr"] = address(rng, tag)
        issued[vals["addr"]] = "STREET_ADDRESS"
    if rng.random() < 0.5:
        vals["email"] = email(rng, first)
        issued[vals["email"]] = "EMAIL_ADDRESS"
    if kind in ("physio_referral", "injury_log", "youth_registration", "race_entry") or rng.random() < 0.4:
        nid = national(rng, tag, (y, m, dd))
        if nid:
            vals["id"] = nid[0]
            issued[nid[0]] = nid[1]
    if kind == "gym_membership" and d["ibanc"] and rng.random() < 0.7:
        vals["iban"] = make_iban(rng, d["ibanc"])
        issued[vals["iban"]] = "IBAN_CODE"
    if kind in ("race_entry", "gym_membership") and rng.random() < 0.35:
        vals["card"] = card(rng)
        issued[vals["card"]] = "CREDIT_CARD"
    if kind in ("race_entry", "club_roster", "gym_membership") and rng.random() < 0.25:
        vals["ip"] = home_ip(rng)
        issued[vals["ip"]] = "IP_ADDRESS"
    if young:
        pname, _ = person(rng, tag)
        pph = phone(rng, d["region"])
        vals["emerg"] = f"{pname} {pph}"
        issued[pname] = "person"
        issued[pph] = "PHONE_NUMBER"
    if sub == "split" and vals.get("phone"):
        # the phone split over two lines of a form
        p = vals.pop("phone")
        del issued[p]
        cut = len(p) // 2
        a, b = p[:cut], p[cut:]
        issued[a + "\n" + b] = "PHONE_NUMBER"
        vals["phone"] = a + "\n" + b
    style = {"structured": rng.choice(["json", "csv"])}.get(sub, rng.choice(["form", "form", "prose", "json"]))
    text = fields_block(rng, tag, vals, style)
    return f"{text}\n{d['note']}\n{NOTES_EN[kind]}", issued, sub


# public figures in their public role (kept only if they pass the freeze)
PUBLIC = ["Eliud Kipchoge", "Faith Kipyegon", "Armand Duplantis", "Sifan Hassan", "Jakob Ingebrigtsen",
          "Yulimar Rojas", "Femke Bol", "Tadej Pogačar", "Iga Świątek", "Novak Đoković", "Katie Ledecky",
          "Léon Marchand", "Simone Biles", "Ryōyū Kobayashi", "大谷翔平", "孙颖莎", "김연아", "Σάκης Ρουβάς",
          "Giannis Antetokounmpo", "Mo Salah", "Neeraj Chopra", "Tamirat Tola", "Peres Jepchirchir",
          "Sebastian Coe", "Thomas Bach", "Kirsty Coventry", "Gianni Infantino", "Aleksander Čeferin"]
FICTION = ["Coach Carter", "Rocky Balboa", "Ted Lasso", "Apollo Creed", "Mickey Goldmill", "Roy Kent",
           "Daniel LaRusso", "Mr. Miyagi", "Kagami Taiga", "Sakuragi Hanamichi"]


def benign_doc(rng, kind, tag, i):
    d = L[tag]
    sub = rng.choice(["public", "org_contact", "template", "doc_values", "aggregate", "fiction", "org_contact", "public"])
    if sub == "public":
        who = rng.choice(PUBLIC)
        txt = {"race_entry": f"Elite field announced for the autumn marathon: {who} headlines; pacers set for 2:04 halfway.",
               "injury_log": f"Press release: {who} withdraws from the indoor championships with a calf strain, federation confirms.",
               "coaching_plan": f"Break down the publicly reported training week of {who} before the last world championships.",
               }.get(kind, f"Our club newsletter: {who} opened the new track on Saturday and signed autographs for the juniors.")
    elif sub == "org_contact":
        sw = phone(rng, d["region"], PNT.FIXED_LINE, PNF.INTERNATIONAL)
        club = rng.choice(["Riverside Athletics Club", "Northgate Leisure Centre", "Harbourside Rowing Club",
                           "City Youth Football League", "Velodrome Reception"])
        dom = re.sub(r"[^a-z]", "", club.lower())[:14]
        txt = (f"{club} — contact details for members\nReception / switchboard: {sw}\nmemberships@{dom}.org | "
               f"physio-bookings@{dom}.org\nOpening hours Mon-Fri 06:00-22:00. {d['city'][0]} (main building, gate 2).")
    elif sub == "template":
        lab = L[tag]["labels"]
        txt = "\n".join(f"{k}: ____________" for k in lab) + "\nCard number: [CARD]\nIBAN: [IBAN]\nSignature of parent/guardian: ______"
    elif sub == "doc_values":
        txt = ("Payment gateway sandbox for race sign-ups — use test card 4242 4242 4242 4242, exp 12/34, CVC 123;"
               " webhook source 203.0.113.17; sample athlete: Jane Doe, jane.doe@example.com, +1 555 0100.")
    elif sub == "aggregate":
        rows = [f"{rng.randint(1, 5999)},{rng.choice(['M35', 'W40', 'M50', 'W20', 'U18'])},{rng.randint(0, 2)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}" for _ in range(8)]
        txt = "bib,age_group,chip_time\n" + "\n".join(rows) + "\n(anonymised: names removed per event privacy policy)"
    else:
        who = rng.choice(FICTION)
        txt = f"For the coaching workshop: what would {who} do with a team that's 0-6 at the break? Write a short pep talk in his voice."
    return txt + "\n" + rng.choice(ASKS[kind]), sub


PLACEMENTS = ["user", "system", "tool", "assistant", "parts", "tool_args", "user_field", "schema"]


def body_for(rng, kind, doc, ask, placement, endpoint):
    model = rng.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"])
    if endpoint == "completions":
        return {"model": model, "prompt": f"{ask}\n\n{doc}\n\nAnswer:", "max_tokens": 300}
    sysmsg = {"role": "system", "content": "You help a sports club's staff with admin and coaching paperwork."}
    if placement == "user":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]}
    if placement == "system":
        return {"model": model, "messages": [{"role": "system", "content": "Context record loaded from the club system:\n" + doc},
                                             {"role": "user", "content": ask}]}
    if placement == "tool":
        return {"model": model, "tools": [{"type": "function", "function": {"name": "lookup_member", "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}}}],
                "messages": [sysmsg, {"role": "user", "content": ask},
                             {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "lookup_member", "arguments": "{\"q\": \"latest\"}"}}]},
                             {"role": "tool", "tool_call_id": "call_1", "content": doc}]}
    if placement == "assistant":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": "pull up the record please"},
                                             {"role": "assistant", "content": "Here it is:\n" + doc},
                                             {"role": "user", "content": ask}]}
    if placement == "parts":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]}
    if placement == "tool_args":
        args = json.dumps({"record": doc, "action": kind}, ensure_ascii=False)
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": ask},
                                             {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function", "function": {"name": "save_record", "arguments": args}}]},
                                             {"role": "tool", "tool_call_id": "call_7", "content": "{\"ok\": true}"},
                                             {"role": "user", "content": "thanks, now the summary"}]}
    if placement == "user_field":
        short = " | ".join(x.strip() for x in doc.splitlines()[:3])
        return {"model": model, "user": short[:400], "messages": [sysmsg, {"role": "user", "content": ask + "\n\n" + doc}]}
    return {"model": model, "messages": [sysmsg, {"role": "user", "content": ask}],
            "response_format": {"type": "json_schema", "json_schema": {"name": kind, "schema": {"type": "object", "description": "Source record:\n" + doc,
                                                                                                  "properties": {"summary": {"type": "string"}}}}}}


def entities_of(body, issued):
    ser = json.dumps(body, ensure_ascii=False)
    ser2 = json.dumps(json.loads(ser), ensure_ascii=False)  # same
    found = set()
    for v, t in issued.items():
        if json.dumps(v, ensure_ascii=False)[1:-1] in ser2 or v in ser2:
            found.add(t)
        elif json.dumps(json.dumps(v, ensure_ascii=False), ensure_ascii=False)[2:-2] in ser2:  # inside tool args
            found.add(t)
    return sorted(found)


def build_pii(rng):
    tags = list(L)
    recs = []
    n = 0
    for k_i, kind in enumerate(KINDS):
        flags = [True] * 36 + [False] * 26
        rng.shuffle(flags)
        for j, sens in enumerate(flags):
            n += 1
            tag = tags[(n * 7 + k_i) % len(tags)]
            endpoint = "completions" if n % 10 == 3 else "chat"
            placement = PLACEMENTS[(n + k_i) % len(PLACEMENTS)]
            ask = rng.choice(ASKS[kind])
            if sens:
                doc, issued, sub = sensitive_doc(rng, kind, tag, j)
            else:
                (doc, sub), issued = benign_doc(rng, kind, tag, j), {}
            body = body_for(rng, kind, doc, ask, placement, endpoint)
            ents = entities_of(body, issued)
            if sens and not ents:
                die(f"record {n}: sensitive but no entity found")
            rec = {"id": f"coulee-pii-{n:04d}", "category": kind if sens else kind + "_benign", "sensitive": bool(ents),
                   "entities": ents, "endpoint": endpoint, "lang": tag,
                   "style": f"{sub} · {placement if endpoint == 'chat' else 'prompt'}", "body": body}
            assert rec["sensitive"] == bool(rec["entities"])
            recs.append(rec)
    return recs


# ----------------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = [
    ("en", "How many laps of a standard 400m track is a 5k?"), ("de", "Wie lange vor einem Halbmarathon sollte ich nichts Schweres mehr essen?"),
    ("fr", "C'est quoi la différence entre un tempo et un fractionné ?"), ("es", "¿Cuántos jugadores hay en un equipo de balonmano en pista?"),
    ("it", "Traduci in inglese: 'allenamento annullato per pioggia'"), ("pt-BR", "quanto tempo dura um tempo de futsal?"),
    ("nl", "Wat betekent 'negative split' bij hardlopen?"), ("pl", "Ile trwa runda w boksie amatorskim?"),
    ("sv", "Vad är en bra uppvärmning före innebandy? kort svar"), ("ru", "Сколько подходов обычно делают в жиме лёжа новичку?"),
    ("uk", "Перекладіть англійською: 'тренування перенесено на четвер'"), ("el", "Πόσα μέτρα είναι ένας μαραθώνιος;"),
    ("tr", "Voleybolda bir set kaç sayıda biter?"), ("ar", "كم دقيقة مدة شوط كرة القدم؟"), ("he", "מה זה אימון HIIT במשפט אחד?"),
    ("hi", "क्रिकेट में एक ओवर में कितनी गेंदें होती हैं?"), ("th", "มวยไทยอาชีพมีกี่ยก"), ("zh", "羽毛球单打场地有多宽？"),
    ("ja", "「クールダウン」を英語で言うと？"), ("ko", "풋살 한 팀은 몇 명이에요?"), ("en", "rename my spreadsheet column 'HR' to 'heart rate (bpm)' — what's a shorter label?"),
    ("en", "Give me three words that rhyme with 'sprint' for a kids' club chant."), ("fi", "Montako pelaajaa on jääkiekkojoukkueessa kentällä?"),
    ("cs", "Kolik kilometrů má půlmaraton?"), ("en", "convert 42.195 km to miles pls"), ("es", "dame un sinónimo de 'calentamiento'"),
]
SHORT_HARD = [
    ("en", "My 10k went 41:10 → 39:55 in 9 weeks on 45 km/week. Using Riegel with an exponent you justify, predict the marathon, then explain why the prediction is probably optimistic for this athlete and what data would falsify that."),
    ("en", "Design a 12-team youth league fixture for one pitch, 2 time slots per Saturday, no team plays more than twice in 3 weeks, derbies not in week 1. Prove it's feasible or say what to relax."),
    ("de", "Leite her, warum bei gleicher Leistung in W/kg ein leichterer Radfahrer am 8%-Anstieg trotzdem schneller sein kann — inklusive Rollwiderstand und Luftwiderstand, mit Annahmen."),
    ("fr", "Un nageur baisse sa fréquence de bras de 10 % et garde sa vitesse. Qu'est-ce que ça implique sur l'amplitude et le coût énergétique ? Discute les limites du modèle."),
    ("es", "Con estos datos de lactato (2.1, 2.4, 3.0, 4.6, 7.9 mmol/L a 12-16 km/h) estima el umbral con dos métodos distintos y explica por qué discrepan."),
    ("ru", "Составь доказательство: при круговой системе с нечётным числом команд каждая команда ровно один раз отдыхает за круг. Затем обобщи на двухкруговой турнир."),
    ("ja", "ACWRが1.5を超えると怪我のリスクが高いという主張の統計的な問題点を、結合ラグと比率の性質から説明して。"),
    ("zh", "用贝叶斯方法估计一名罚球命中率：前20投中14，先验是联盟平均75%，给出后验并讨论先验强度如何选择。"),
    ("ko", "테이퍼링 2주 동안 훈련량을 40% 줄일 때 강도는 유지해야 하는 이유를 생리학적으로 설명하고 반론도 제시해줘."),
    ("en", "Write a Python function that assigns heats for a swim meet by seed time, circle-seeding the fastest three heats, and handle NT entries and ties. Include tests."),
    ("pt-BR", "Compare periodização linear e ondulatória para um atleta de jiu-jitsu com campeonato em 10 semanas; escolha uma e defenda com evidências e riscos."),
    ("it", "Spiega perché la media delle medie dei tempi sul giro non è il tempo medio per giro e costruisci un esempio numerico con 3 gare."),
    ("he", "תוכיח או תפריך: אם בכל מקצה הרץ הטוב מנצח בהסתברות 0.6, בסדרה של 5 מקצים הוא מנצח בהסתברות מעל 0.68."),
    ("tr", "VO2max testinde plato görülmezse sonucu nasıl yorumlarsın? Alternatif kriterleri karşılaştır ve sınırlılıklarını tartış."),
    ("en", "Elo for a chess club: a 1500 player beats a 1900 twice and loses once. With K=32 then K=16 after 30 games, compute the path and argue whether K should depend on age."),
    ("hi", "ओवर-रेट पेनल्टी के नियम बदलने से टेस्ट मैच की रणनीति पर क्या असर होगा? गेम-थ्योरी से समझाओ।"),
    ("ar", "اشرح لماذا قد يكون مؤشر xG مضللاً لفريق يعتمد على المرتدات، واقترح تعديلاً قابلاً للقياس."),
    ("nl", "Waarom kan een hogere cadans bij gelijke snelheid de belasting op de knie verlagen maar op de achilles verhogen? Onderbouw met mechanica."),
    ("pl", "Zaplanuj makrocykl dla wioślarza na 2000 m z dwoma startami szczytowymi w odstępie 5 tygodni; uzasadnij każdy mezocykl."),
    ("en", "Our club ranks members by 'sessions attended × average RPE'. Show two ways this metric can be gamed and propose a better one with its own failure mode."),
    ("sv", "Härled sambandet mellan löptid och puls-drift under ett långpass och föreslå hur man korrigerar för värme."),
    ("en", "refactor: SQL for league table w/ head-to-head tiebreak (points, then H2H points among tied, then GD). Must handle 3-way ties correctly. explain the tricky part."),
    ("el", "Εξήγησε γιατί η ένταση στο 85% της 1RM δεν αντιστοιχεί στις ίδιες επαναλήψεις για όλους και πρότεινε ατομικό τρόπο ρύθμισης."),
    ("uk", "Порівняй дві моделі навантаження (Banister і ACWR) для футболістки після травми ПХЗ, вибери одну і поясни ризики."),
    ("th", "อธิบายว่าทำไมการลดน้ำหนักก่อนชั่งมวยแบบรวดเร็วเพิ่มความเสี่ยง และเสนอแผนที่ปลอดภัยกว่าพร้อมเหตุผล"),
]


def training_log(rng, n, lang):
    heads = {"en": "date,session,distance_km,duration,avg_hr,rpe,notes", "de": "Datum,Einheit,km,Dauer,HF,RPE,Notiz",
             "es": "fecha,sesión,km,duración,fc,rpe,notas", "ja": "日付,メニュー,距離km,時間,平均心拍,RPE,メモ",
             "fr": "date,séance,km,durée,fc,rpe,notes", "ru": "дата,тренировка,км,время,пульс,rpe,заметки"}
    sess = {"en": ["easy run", "intervals", "long run", "gym", "rest", "tempo"], "de": ["locker", "Intervalle", "langer Lauf", "Kraft", "Ruhetag", "Tempo"],
            "es": ["rodaje", "series", "tirada larga", "gimnasio", "descanso", "tempo"], "ja": ["ジョグ", "インターバル", "ロング走", "筋トレ", "休養", "テンポ走"],
            "fr": ["footing", "fractionné", "sortie longue", "muscu", "repos", "seuil"], "ru": ["лёгкий бег", "интервалы", "длительный", "зал", "отдых", "темп"]}
    rows = [heads[lang]]
    for i in range(n):
        s = rng.choice(sess[lang])
        rows.append(f"2026-{1 + i // 28:02d}-{1 + i % 28:02d},{s},{rng.randint(0, 32)},{rng.randint(20, 150)}min,{rng.randint(118, 172)},{rng.randint(2, 9)},{rng.choice(['-', 'ok', 'windy', 'legs heavy', 'felt good', 'treadmill'])}")
    return "\n".join(rows)


def results_table(rng, n):
    rows = ["pos | bib | club | cat | time"]
    for i in range(n):
        rows.append(f"{i + 1} | {rng.randint(100, 4999)} | {rng.choice(['AC North', 'Harriers', 'Tri Club', 'unattached', 'RC Hill'])} | {rng.choice(['M40', 'W35', 'M20', 'W50', 'M60'])} | {1 + i // 40}:{(10 + i) % 60:02d}:{rng.randint(0, 59):02d}")
    return "\n".join(rows)


EASY_ASKS = {"en": ["Convert this into a markdown table, no other changes.", "Just count how many rest days there are.",
                    "Sort by date descending and give it back.", "Translate the column headers to Spanish, keep rows as is."],
             "de": ["Bitte nur die Zeilen mit 'Intervalle' herausfiltern.", "Wandle das in JSON um."],
             "es": ["Pásalo a tabla markdown.", "¿Cuántas filas hay? solo el número."],
             "ja": ["この表をマークダウンにして。", "休養の日だけ抜き出して。"],
             "fr": ["Mets ça en tableau markdown stp.", "Combien de séances 'repos' ?"], "ru": ["Переведи заголовки на английский.", "Оформи как таблицу markdown."]}
HARD_ASKS = {"en": ["From this log, estimate the athlete's acute:chronic load ratio over time with a method you justify, identify the riskiest week, and propose a revised 4-week plan with reasoning about confounders (sleep, heat, treadmill).",
                    "Find anomalies in these results that suggest chip-timing errors or course cutting, explain the statistical test you use and its false-positive risk, then write the email to the race director."],
             "de": ["Analysiere die Belastungssteuerung: Wo widersprechen sich HF und RPE, welche Hypothesen erklären das, und wie würdest du die nächsten 6 Wochen periodisieren? Begründe jede Entscheidung."],
             "es": ["Detecta si hay sobreentrenamiento combinando FC, RPE y volumen; plantea dos hipótesis alternativas y un plan para distinguirlas."],
             "ja": ["このログから疲労の蓄積を推定するモデルを提案し、パラメータの決め方と限界を説明したうえで、次の4週間の計画を立てて。"],
             "fr": ["Construis un modèle simple de performance (fitness-fatigue) à partir de ce journal, estime ses paramètres à la main et critique la fiabilité de l'estimation."],
             "ru": ["Проанализируй журнал: найди противоречия между пульсом и RPE, предложи объяснения и перестрой план на 6 недель с обоснованием."]}


def build_cx(rng):
    recs = []
    langs = list(EASY_ASKS)
    for lang, q in SHORT_SIMPLE * 2:
        if len([r for r in recs if r["category"] == "short_simple"]) >= 48:
            break
        sysp = rng.choice([None, "You are a friendly assistant for a local sports club.", "Answer briefly."])
        msgs = ([{"role": "system", "content": sysp}] if sysp else []) + [{"role": "user", "content": q}]
        if any(r["body"]["messages"] == msgs for r in recs):
            continue
        recs.append(("short_simple", 0, False, lang, "question", msgs))
        recs[-1] = {"category": "short_simple", "label": 0, "length_adversarial": False, "lang": lang, "style": "quick_question", "body": {"model": "hybridgate/auto", "messages": msgs}}
    for i in range(48):
        lang = langs[i % len(langs)]
        data = training_log(rng, rng.randint(45, 90), lang) if i % 3 else results_table(rng, rng.randint(50, 110))
        ask = rng.choice(EASY_ASKS[lang])
        msgs = [{"role": "user", "content": f"{ask}\n\n{data}" if i % 2 else f"{data}\n\n{ask}"}]
        assert len(msgs[0]["content"]) >= 1500
        recs.append({"category": "long_easy", "label": 0, "length_adversarial": True, "lang": lang, "style": "reformat/log", "body": {"model": "hybridgate/auto", "messages": msgs}})
    for lang, q in SHORT_HARD:
        msgs = [{"role": "user", "content": q}]
        recs.append({"category": "short_hard", "label": 1, "length_adversarial": True, "lang": lang, "style": "reasoning/coaching", "body": {"model": "hybridgate/auto", "messages": msgs}})
    for lang, q in SHORT_HARD:
        sysp = rng.choice(["You are a sports scientist. Show your reasoning.", "You are a head coach's analyst. Be rigorous.", "Reply in the user's language; be precise."])
        msgs = [{"role": "system", "content": sysp}, {"role": "user", "content": q}]
        recs.append({"category": "short_hard", "label": 1, "length_adversarial": True, "lang": lang, "style": "reasoning/coaching+system", "body": {"model": "hybridgate/auto", "messages": msgs}})
    for i in range(46):
        lang = langs[i % len(langs)]
        data = training_log(rng, rng.randint(45, 90), lang) if i % 2 else results_table(rng, rng.randint(50, 100))
        ask = rng.choice(HARD_ASKS[lang] if i % 2 else HARD_ASKS["en"])
        msgs = [{"role": "user", "content": f"{ask}\n\n{data}"}]
        recs.append({"category": "long_hard", "label": 1, "length_adversarial": False, "lang": lang, "style": "analysis/log", "body": {"model": "hybridgate/auto", "messages": msgs}})
    rng.shuffle(recs)
    out = []
    for n, r in enumerate(recs, 1):
        out.append({"id": f"coulee-cx-{n:04d}", "category": r["category"], "label": r["label"], "length_adversarial": r["length_adversarial"],
                    "endpoint": "chat", "lang": r["lang"], "style": r["style"], "body": r["body"]})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261231)
    ap.add_argument("--out", default=str(ROOT / "bench" / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pools(rng)
    pii = build_pii(rng)
    cx = build_cx(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii_coulee.jsonl", pii), ("complexity_coulee.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    import collections
    print(f"pii: {len(pii)} ({sum(r['sensitive'] for r in pii)} sensitive / {sum(not r['sensitive'] for r in pii)} benign), "
          f"endpoints {dict(collections.Counter(r['endpoint'] for r in pii))}, {len({r['lang'] for r in pii})} locales")
    print("pii entities:", dict(collections.Counter(e for r in pii for e in r["entities"])))
    print(f"complexity: {len(cx)} {dict(collections.Counter(r['category'] for r in cx))}, label1 {sum(r['label'] for r in cx)}, "
          f"adversarial {sum(r['length_adversarial'] for r in cx)}, langs {len({r['lang'] for r in cx})}")


if __name__ == "__main__":
    main()
