#!/usr/bin/env python3
"""Bayou: an independent evaluation split for the request signals, organised by the SURFACE FORM of the value.

Writes bench/data/signals/pii_bayou.jsonl and bench/data/signals/complexity_bayou.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages; the record format came from the first 70 lines of the delta generator and
    the first two lines of the delta files. The other generators were not read: their sources are only
    scanned automatically at run time for capitalised / non-ASCII words and non-ASCII bigrams, and every
    entry of this file's name / street / place / word pools that shares a word with that set is dropped
    (deterministically, order kept; the run aborts if a pool runs empty). Those words are never printed.

Organising principle
    By the SURFACE FORM in which a value is written -- how people actually type, dictate, paste or disguise
    it: digits spelled out or dictated ("oh", "double seven", in ten languages), digits grouped oddly,
    spaced, dotted or slashed, native / fullwidth digits (Arabic-Indic, Persian, Devanagari, Bengali, Thai,
    fullwidth), values split across lines, across two messages or across a table's cells, casually
    obfuscated e-mail addresses ("at"/"dot", "[at]", "(at)"), values inside URLs (query strings, mailto:,
    tel:), values with OCR confusions (O/0, l/1, S/5, B/8), values in lower / upper case or without
    separators, names surname-first / all caps / initials + surname / with honorifics / transliterated,
    addresses abbreviated or on one line, and birth dates in many formats (written-out months in other
    languages, Roman months, two-digit years, era-free CJK forms). Each kind has sensitive records
    (category ``<kind>``) and hard negatives of exactly the same surface form (``<kind>_benign``): spelled-out
    order numbers, obfuscated role mailboxes, URLs with product IDs, OCR'd public notices, public figures in
    all caps, historical birth dates, addresses of public buildings, the IBAN registry's examples, test cards.

    The text is placed in a request field chosen by rotation: user / system / earlier assistant / tool
    messages, tool-call arguments, text and file content parts (base64 text), image URLs, ``user``, and a
    share uses the legacy completions endpoint (``prompt``).

Labels
    A value is personal data if a human reading the text would recover a private person's value from it
    (a dictated, obfuscated, misspelt or split value still counts). ``entities`` is computed by searching
    every string of the body (base64 file parts decoded, URLs unquoted) for each surface string the record
    issued (for a split value: every fragment). ``ssn`` is the US SSN only; other citizen numbers are
    NATIONAL_ID, taxpayer numbers TAX_ID, NHS / social insurance numbers HEALTH_INSURANCE, a routing +
    account pair US_BANK_NUMBER, a private user's public IP IP_ADDRESS. ``sensitive`` == bool(entities).

    Word check: street-type / address boilerplate tokens (Road, rue, ul., شارع, ...) and region codes (NS, OH, ...)
    are not names and are exempt (``GENERIC``); every other capitalised or non-ASCII word counts, and a
    spaceless-script entry (Han, Kana, Hangul, Thai) is also dropped when it equals a non-ASCII bigram there.

Contents (seed 20261223)
    pii_bayou.jsonl: 495 requests (453 chat, 42 completions) in 28 language tags (27 locales + en); 11 kinds x 45
    (26 sensitive + 19 benign each: 286 sensitive / 209 benign). Entity totals: person 281, phone 113, email 76,
    DATE_OF_BIRTH 40, iban 32, STREET_ADDRESS 26, credit_card 15, NATIONAL_ID 11, IP_ADDRESS 5, TAX_ID 5, ssn 4.
    Placement: user, system, assistant echo, tool result, tool-call arguments, text parts, base64 file part,
    user + response_format, user + ``user`` field, two user messages, image_url, URL in text, completions.
    complexity_bayou.jsonl: 190 chat requests in 24 language tags: short_simple 46, long_easy 50 (>= 1,500
    chars), short_hard 50, long_hard 44; 100 (53%) length-adversarial, 94 labelled 1. Repeated questions get
    another surface form (dictated, all caps, typed on a phone). The run prints all counts.

Validation
    The underlying value of every identifier is validated before its surface form is made: python-stdnum
    (IBAN, Luhn cards, SSN, NHS, Steuer-ID, DNI, codice fiscale, BSN, CPF, PESEL, personnummer, T.C. kimlik,
    Aadhaar, PAN, RIC, RRN, INN, Thai PIN, Israeli ID, SIN, HETU, RNOKPP, ABA routing), ``phonenumbers``
    (every phone valid for its region, also the benign switchboards), ``ipaddress`` (global, outside the
    documentation ranges). Any invalid value aborts the run.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_bayou_signal_sets.py [--seed 20261223] [--out bench/data/signals]
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
from stdnum import iban as s_iban, luhn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cn import ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.gb import nhs
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild')
WORD_RE = re.compile(r"[^\W\d_][^\W_]*", re.UNICODE)


def other_words():
    """Capitalised / non-ASCII words and non-ASCII bigrams of the other generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_text(encoding='utf-8', errors='replace')
        for w in WORD_RE.findall(text):
            if not w.isascii():
                words.add(w.lower())
                for i in range(len(w) - 1):
                    if not (w[i].isascii() and w[i + 1].isascii()):
                        bigrams.add(w[i:i + 2].lower())
            elif w[0].isupper() and len(w) > 1:
                words.add(w.lower())
    return words, bigrams


OTHER, OTHER_BI = other_words()
import os
DEBUG_POOLS = os.environ.get('BAYOU_POOLS') == '1'
SPACELESS = re.compile(r'[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')


def clean(pool, what):
    out = []
    for entry in pool:
        text = ' '.join(entry) if isinstance(entry, tuple) else entry
        bad = False
        for w in WORD_RE.findall(text):
            lw = w.lower()
            if len(lw) < 2 or lw in GENERIC:
                continue
            if (w[0].isupper() or not w.isascii()) and lw in OTHER:
                bad = True
            if SPACELESS.search(w) and lw in OTHER_BI:
                bad = True
        if not bad:
            out.append(entry)
    if DEBUG_POOLS:
        print(what, len(pool), len(out))
    elif not out:
        raise SystemExit(f'pool ran empty: {what}')
    return out


# ----------------------------------------------------------------------------------------------------------
# locales: own lists (no Faker)
L = {}


def loc(tag, region, given, family, streets, cities, order='gf', **kw):
    L[tag] = dict(tag=tag, region=region, given=given, family=family, streets=streets, cities=cities,
                  order=order, **kw)


loc('en-US', 'US', ['Marlowe', 'Tamsin', 'Everett', 'Delphine', 'Ansel', 'Corinna', 'Thaddeus', 'Lorraine'],
    ['Pettigrew', 'Okafor-Lind', 'Vandermolen', 'Hasselbeck', 'Quintero', 'Brightwater', 'Mulcahy', 'Szymanik'],
    ['{n} Larkspur Lane', '{n} Wexcombe Avenue', '{n} Old Quarry Rd', '{n} Tamarack Court'],
    ['Dayton, OH 45409', 'Boise, ID 83702', 'Tulsa, OK 74104', 'Duluth, MN 55803'], abbr=[('Lane', 'Ln'), ('Avenue', 'Ave'), ('Court', 'Ct')])
loc('en-GB', 'GB', ['Imogen', 'Rhodri', 'Philippa', 'Callum', 'Ottilie', 'Ewan', 'Hermione', 'Lachlan'],
    ['Fairbrother', 'Ashdown', 'Penhaligon', 'Treloar', 'Blackstock', 'Cattermole', 'Heseltine', 'Ridgewell'],
    ['{n} Foxglove Close', '{n} Mallard Road', 'Flat {n}, Whitby House', '{n} Aldermoor Crescent'],
    ['Norwich NR2 4PD', 'Leeds LS6 2QT', 'Exeter EX4 6NB', 'Swansea SA1 8PN'], abbr=[('Road', 'Rd'), ('Crescent', 'Cres'), ('Close', 'Cl')])
loc('de-DE', 'DE', ['Wiebke', 'Torben', 'Henrike', 'Jannik', 'Friederike', 'Malte', 'Gesine', 'Eike'],
    ['Brockmöller', 'Hinrichsen', 'Wachtendorf', 'Sieverding', 'Lüttjohann', 'Oberdiek', 'Kracht', 'Tiedemann'],
    ['Lindenhofstraße {n}', 'Am Krähenberg {n}', 'Heidkampweg {n}', 'Wacholderstraße {n}'],
    ['28203 Bremen', '24103 Kiel', '49074 Osnabrück', '33602 Bielefeld'], abbr=[('straße', 'str.'), ('weg', 'wg.')])
loc('fr-FR', 'FR', ['Maëlys', 'Gaspard', 'Solène', 'Anatole', 'Clémence', 'Bastien', 'Ombeline', 'Aurélien'],
    ['Lemarchand', 'Desrosiers', 'Quéméneur', 'Fauconnet', 'Abgrall', 'Villemain', 'Chabrol', 'Morvan'],
    ['{n} rue des Glycines', '{n} avenue Pasteur-Vallery', '{n} impasse du Moulin Rouge', '{n} boulevard des Tilleuls'],
    ['35000 Rennes', '29200 Brest', '87000 Limoges', '63000 Clermont-Ferrand'], abbr=[('avenue', 'av.'), ('boulevard', 'bd'), ('impasse', 'imp.')])
loc('es-ES', 'ES', ['Ainhoa', 'Iker', 'Maialen', 'Unai', 'Nerea', 'Eneko', 'Itziar', 'Gorka'],
    ['Etxeberria', 'Villaseñor', 'Arrizabalaga', 'Montesinos', 'Zubizarreta', 'Candamo', 'Olaizola', 'Bernabéu-Ruiz'],
    ['Calle de las Adelfas {n}', 'Avenida del Cid {n}, 3º B', 'Paseo de la Alameda {n}', 'Calle Cuesta de Moyano {n}'],
    ['46002 Valencia', '48001 Bilbao', '33003 Oviedo', '50001 Zaragoza'], abbr=[('Calle', 'C/'), ('Avenida', 'Avda.'), ('Paseo', 'Pº')])
loc('it-IT', 'IT', ['Ginevra', 'Tommaso', 'Ludovica', 'Jacopo', 'Benedetta', 'Niccolò', 'Ottavia', 'Lapo'],
    ['Bonfiglioli', 'Scaramuzza', 'Lanzillotta', 'Mazzacurati', 'Fioravanti', 'Brambati', 'Sciacca', 'Quagliarella'],
    ['Via dei Glicini {n}', 'Viale Ortigara {n}', 'Piazza Sant\'Eufemia {n}', 'Vicolo del Pozzo {n}'],
    ['40126 Bologna', '37121 Verona', '90133 Palermo', '10124 Torino'], abbr=[('Viale', 'V.le'), ('Piazza', 'P.zza')])
loc('nl-NL', 'NL', ['Femke', 'Joost', 'Maartje', 'Sijmen', 'Lieke', 'Wouter', 'Jorien', 'Hidde'],
    ['Zwanenburg', 'Hoogeveen-Kok', 'Brinkhuis', 'Schermerhorn', 'Oudejans', 'Veenstra', 'Kuipers-Mol', 'Tjoelker'],
    ['Kastanjelaan {n}', 'Reigerstraat {n}-II', 'Oude Gracht {n}', 'Boterbloemweg {n}'],
    ['3581 KX Utrecht', '9712 GB Groningen', '6511 LM Nijmegen', '2512 CE Den Haag'], abbr=[('straat', 'str.'), ('laan', 'ln.')])
loc('pt-BR', 'BR', ['Luana', 'Caetano', 'Iara', 'Davi', 'Maitê', 'Heitor', 'Jussara', 'Ravi'],
    ['Albuquerque', 'Nogueira Brandão', 'Guimarães', 'Sampaio', 'Valadares', 'Figueiró', 'Bittencourt', 'Cavalcanti'],
    ['Rua das Acácias, {n}', 'Avenida Getúlio Leal, {n}, apto 302', 'Travessa do Riachuelo, {n}', 'Rua Padre Anchieta Neves, {n}'],
    ['Recife - PE, 50050-000', 'Curitiba - PR, 80010-010', 'Belém - PA, 66010-000', 'Natal - RN, 59012-300'], abbr=[('Rua', 'R.'), ('Avenida', 'Av.'), ('Travessa', 'Tv.')])
loc('pl-PL', 'PL', ['Zuzanna', 'Bartosz', 'Wiktoria', 'Szymon', 'Małgorzata', 'Jędrzej', 'Agnieszka', 'Przemysław'],
    ['Wróblewska', 'Szczepaniak', 'Kaczmarczyk', 'Żurawska', 'Chmielewski', 'Grzybowska', 'Pietrzak', 'Ostrowski'],
    ['ul. Jaśminowa {n}', 'ul. Świętokrzyska {n} m. 14', 'al. Kasztanowa {n}', 'ul. Wrzosowa {n}/3'],
    ['30-059 Kraków', '80-180 Gdańsk', '50-110 Wrocław', '90-001 Łódź'], abbr=[('ul. ', ''), ('al. ', 'al.')])
loc('sv-SE', 'SE', ['Linnéa', 'Hampus', 'Ebba', 'Vilgot', 'Sigrid', 'Ture', 'Majken', 'Alvar'],
    ['Lindqvist', 'Bergström', 'Åkesson', 'Hägglund', 'Sjöberg', 'Ekwall', 'Norrby', 'Strandell'],
    ['Björkvägen {n}', 'Sjöbrisgatan {n}', 'Lärkstigen {n} lgh 1102', 'Tallbacksgatan {n}'],
    ['413 19 Göteborg', '752 36 Uppsala', '903 26 Umeå', '582 22 Linköping'], abbr=[('gatan', 'g.'), ('vägen', 'v.')])
loc('fi-FI', 'FI', ['Aino', 'Eino', 'Venla', 'Onni', 'Iida', 'Väinö', 'Helmi', 'Arvo'],
    ['Korhonen-Salo', 'Väisänen', 'Heikkilä', 'Rantanen', 'Kettunen', 'Lehtonen', 'Ahokas', 'Salminen'],
    ['Koivukuja {n}', 'Rantatie {n} B 12', 'Pihlajakatu {n}', 'Sammalpolku {n}'],
    ['33100 Tampere', '90100 Oulu', '20100 Turku', '40100 Jyväskylä'], abbr=[('katu', 'k.'), ('tie', 't.')])
loc('tr-TR', 'TR', ['Elif', 'Kerem', 'Zeynep', 'Barış', 'Defne', 'Emir', 'Nehir', 'Tuğrul'],
    ['Karaağaç', 'Yıldırımoğlu', 'Çelebioğlu', 'Akgündüz', 'Kocabaş', 'Özdemirci', 'Tekinalp', 'Gürsoy'],
    ['Menekşe Sokak No:{n}', 'Atatürk Bulvarı No:{n} D:7', 'Leylak Caddesi No:{n}', 'Çınarlı Sk. No:{n}'],
    ['06690 Çankaya/Ankara', '35220 Konak/İzmir', '16040 Osmangazi/Bursa', '42090 Meram/Konya'], abbr=[('Sokak', 'Sk.'), ('Caddesi', 'Cad.'), ('Bulvarı', 'Blv.')])
loc('ru-RU', 'RU', ['Ярослава', 'Всеволод', 'Евдокия', 'Святослав', 'Милена', 'Ростислав', 'Варвара', 'Глеб'],
    ['Сухомлинова', 'Преображенский', 'Лапшина', 'Веретенников', 'Кудрявцева', 'Разумовский', 'Ширяева', 'Громыко-Лис'],
    ['ул. Рябиновая, д. {n}, кв. 17', 'пр-т Строителей, д. {n}', 'ул. Кленовая, д. {n}', 'пер. Садовый, д. {n}'],
    ['г. Казань, 420111', 'г. Самара, 443099', 'г. Пермь, 614000', 'г. Томск, 634050'], abbr=[('ул. ', ''), ('д. ', '')],
    translit={'Ярослава': 'Yaroslava', 'Всеволод': 'Vsevolod', 'Евдокия': 'Evdokiya', 'Святослав': 'Sviatoslav',
              'Милена': 'Milena', 'Ростислав': 'Rostislav', 'Варвара': 'Varvara', 'Глеб': 'Gleb',
              'Сухомлинова': 'Sukhomlinova', 'Преображенский': 'Preobrazhensky', 'Лапшина': 'Lapshina',
              'Веретенников': 'Veretennikov', 'Кудрявцева': 'Kudryavtseva', 'Разумовский': 'Razumovskiy',
              'Ширяева': 'Shiryaeva', 'Громыко-Лис': 'Gromyko-Lis'})
loc('uk-UA', 'UA', ['Соломія', 'Назар', 'Устина', 'Тарас', 'Мирослава', 'Остап', 'Злата', 'Богдан'],
    ['Гнатюк', 'Шевчишин', 'Коваленко-Бойко', 'Присяжнюк', 'Ярошенко', 'Верховинець', 'Степанків', 'Дзюбак'],
    ['вул. Калинова, {n}', 'вул. Личаківська, {n}, кв. 5', 'просп. Свободи, {n}', 'вул. Вишнева, {n}'],
    ['м. Львів, 79000', 'м. Вінниця, 21000', 'м. Полтава, 36000', 'м. Чернівці, 58000'], abbr=[('вул. ', ''), ('просп.', 'пр.')],
    translit={'Соломія': 'Solomiia', 'Назар': 'Nazar', 'Устина': 'Ustyna', 'Тарас': 'Taras', 'Мирослава': 'Myroslava',
              'Остап': 'Ostap', 'Злата': 'Zlata', 'Богдан': 'Bohdan', 'Гнатюк': 'Hnatiuk', 'Шевчишин': 'Shevchyshyn',
              'Коваленко-Бойко': 'Kovalenko-Boiko', 'Присяжнюк': 'Prysiazhniuk', 'Ярошенко': 'Yaroshenko',
              'Верховинець': 'Verkhovynets', 'Степанків': 'Stepankiv', 'Дзюбак': 'Dziubak'})
loc('el-GR', 'GR', ['Ευανθία', 'Στυλιανός', 'Χρυσούλα', 'Παναγιώτης', 'Αικατερίνη', 'Θεμιστοκλής', 'Ζωή', 'Ορέστης'],
    ['Παπαδημητρίου', 'Κωνσταντινίδου', 'Μαυρογιάννης', 'Τσακαλίδου', 'Λαμπρόπουλος', 'Χατζηγεωργίου', 'Ζερβού', 'Καραμανλάκης'],
    ['Οδός Μυρτιάς {n}', 'Λεωφ. Βασ. Όλγας {n}', 'Οδός Ερμού Νέας {n}', 'Οδός Πλατάνων {n}'],
    ['546 22 Θεσσαλονίκη', '262 21 Πάτρα', '712 02 Ηράκλειο', '451 10 Ιωάννινα'], abbr=[('Οδός ', 'Οδ. ')],
    translit={'Ευανθία': 'Evanthia', 'Στυλιανός': 'Stylianos', 'Χρυσούλα': 'Chrysoula', 'Παναγιώτης': 'Panagiotis',
              'Αικατερίνη': 'Aikaterini', 'Θεμιστοκλής': 'Themistoklis', 'Ζωή': 'Zoi', 'Ορέστης': 'Orestis',
              'Παπαδημητρίου': 'Papadimitriou', 'Κωνσταντινίδου': 'Konstantinidou', 'Μαυρογιάννης': 'Mavrogiannis',
              'Τσακαλίδου': 'Tsakalidou', 'Λαμπρόπουλος': 'Lampropoulos', 'Χατζηγεωργίου': 'Chatzigeorgiou',
              'Ζερβού': 'Zervou', 'Καραμανλάκης': 'Karamanlakis'})
loc('ar-EG', 'EG', ['ياسمين', 'مصطفى', 'رحاب', 'شريف', 'نرمين', 'حازم', 'دعاء', 'أيمن'],
    ['الشناوي', 'عبد الغفار', 'المنياوي', 'السيوفي', 'الدمرداش', 'أبو زيد', 'القليوبي', 'الحسيني'],
    ['١٤ شارع الياسمين', '٧ شارع مصدق', '٢٢ شارع النخيل', '٥ شارع الجلاء'],
    ['الدقي، الجيزة', 'مصر الجديدة، القاهرة', 'سموحة، الإسكندرية', 'المعادي، القاهرة'], order='gf', digits='arab',
    translit={'ياسمين': 'Yasmine', 'مصطفى': 'Mostafa', 'رحاب': 'Rehab', 'شريف': 'Sherif', 'نرمين': 'Nermine', 'حازم': 'Hazem',
              'دعاء': 'Doaa', 'أيمن': 'Ayman', 'الشناوي': 'El-Shennawy', 'عبد الغفار': 'Abdel-Ghaffar', 'المنياوي': 'El-Minyawi',
              'السيوفي': 'El-Seyoufi', 'الدمرداش': 'El-Demerdash', 'أبو زيد': 'Abou Zeid', 'القليوبي': 'El-Qalyoubi', 'الحسيني': 'El-Husseiny'})
loc('ar-SA', 'SA', ['رهف', 'فيصل', 'لمى', 'عبدالرحمن', 'جود', 'تركي', 'غلا', 'نواف'],
    ['العتيبي', 'القحطاني', 'الزهراني', 'الشمري', 'الغامدي', 'الدوسري', 'المطيري', 'الحربي'],
    ['حي الياسمين، شارع الورود {n}', 'حي النزهة، طريق الأمير {n}', 'حي الروضة، شارع الخزامى {n}', 'حي السليمانية، شارع الفل {n}'],
    ['الرياض ١٢٤٤٤', 'جدة ٢٣٤٤٥', 'الدمام ٣٢٢٤١', 'الخبر ٣٤٤٢٤'], digits='arab')
loc('fa-IR', 'IR', ['نگار', 'آرش', 'مهسا', 'بردیا', 'شیوا', 'کاوه', 'ترانه', 'سیاوش'],
    ['رضایی‌نژاد', 'کرمانشاهی', 'صدری', 'موسوی‌پور', 'دلاوری', 'تهرانچی', 'فرهمند', 'نیک‌بین'],
    ['خیابان نسترن، پلاک {n}', 'کوچه یاس، پلاک {n}، واحد ۳', 'بلوار ارغوان، پلاک {n}', 'خیابان لاله، پلاک {n}'],
    ['اصفهان', 'شیراز', 'تبریز', 'مشهد'], digits='pers')
loc('hi-IN', 'IN', ['अनन्या', 'विहान', 'ईशिता', 'अर्जुन', 'तनुश्री', 'कबीर', 'मृणाल', 'ऋत्विक'],
    ['चतुर्वेदी', 'भटनागर', 'श्रीवास्तव', 'त्रिपाठी', 'खंडेलवाल', 'मेहरोत्रा', 'अग्निहोत्री', 'सक्सेना'],
    ['मकान नं. {n}, गली नं. 4, शांति नगर', 'फ्लैट {n}, गुलमोहर अपार्टमेंट', 'प्लॉट {n}, सेक्टर 11', '{n}, विवेकानंद मार्ग'],
    ['जयपुर 302017', 'लखनऊ 226010', 'भोपाल 462016', 'इंदौर 452001'], digits='deva',
    translit={'अनन्या': 'Ananya', 'विहान': 'Vihaan', 'ईशिता': 'Ishita', 'अर्जुन': 'Arjun', 'तनुश्री': 'Tanushree',
              'कबीर': 'Kabir', 'मृणाल': 'Mrinal', 'ऋत्विक': 'Ritwik', 'चतुर्वेदी': 'Chaturvedi', 'भटनागर': 'Bhatnagar',
              'श्रीवास्तव': 'Srivastava', 'त्रिपाठी': 'Tripathi', 'खंडेलवाल': 'Khandelwal', 'मेहरोत्रा': 'Mehrotra',
              'अग्निहोत्री': 'Agnihotri', 'सक्सेना': 'Saxena'})
loc('bn-BD', 'BD', ['তাহমিনা', 'রাফসান', 'নুসরাত', 'ইমতিয়াজ', 'শর্মিলা', 'তানভীর', 'ফারহানা', 'সাকিব'],
    ['চৌধুরী', 'তালুকদার', 'মজুমদার', 'ভূঁইয়া', 'সরকার', 'হাওলাদার', 'খন্দকার', 'পাটোয়ারী'],
    ['বাড়ি {n}, রোড ৭, ধানমন্ডি', 'বাসা {n}, লেন ৩, উত্তরা', 'হোল্ডিং {n}, কলেজ রোড', 'বাড়ি {n}, ব্লক সি, মিরপুর'],
    ['ঢাকা ১২০৯', 'চট্টগ্রাম ৪০০০', 'সিলেট ৩১০০', 'রাজশাহী ৬০০০'], digits='beng')
loc('th-TH', 'TH', ['กนกวรรณ', 'ธนพล', 'ปิยะธิดา', 'ณัฐวุฒิ', 'สุภาวดี', 'วีรภัทร', 'พิมพ์ชนก', 'ศุภชัย'],
    ['ศรีสุวรรณ', 'วงศ์ไพบูลย์', 'ทองประเสริฐ', 'บุญมีโชค', 'แก้วมณี', 'จันทร์เพ็ญ', 'สุขสวัสดิ์', 'รัตนพันธ์'],
    ['{n}/12 ซอยลาดพร้าว 64', '{n} หมู่ 5 ถนนนิมมานเหมินท์', '{n}/3 ซอยสุขุมวิท 101', '{n} ถนนมิตรภาพ'],
    ['กรุงเทพฯ 10310', 'เชียงใหม่ 50200', 'ขอนแก่น 40000', 'ภูเก็ต 83000'], digits='thai')
loc('ja-JP', 'JP', ['陽菜', '蓮', '結衣', '湊', '紬', '樹', '芽依', '颯太'],
    ['高城', '水野', '榎本', '宇佐美', '桐谷', '柚木', '篠崎', '真鍋'],
    ['世田谷区桜丘{n}丁目4-7', '北区天神橋{n}-2-11', '中区栄{n}-5-3 メゾン栄302', '青葉区一番町{n}-8-1'],
    ['東京都', '大阪府大阪市', '愛知県名古屋市', '宮城県仙台市'], order='fg', digits='full')
loc('zh-CN', 'CN', ['思彤', '浩宇', '雨桐', '梓轩', '欣怡', '俊熙', '语嫣', '沐辰'],
    ['欧阳', '诸葛', '司马', '上官', '慕容', '东方', '夏侯', '皇甫'],
    ['朝阳区望京西路{n}号院3号楼', '浦东新区杨高南路{n}弄12号', '天河区体育东路{n}号', '武侯区玉林北路{n}号2单元'],
    ['北京市', '上海市', '广州市', '成都市'], order='fg', digits='full')
loc('ko-KR', 'KR', ['서연', '도윤', '하은', '시우', '지안', '은우', '채원', '준서'],
    ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방'],
    ['마포구 월드컵로{n}길 12', '해운대구 우동 {n}-3', '수성구 들안로 {n}', '유성구 대학로 {n}'],
    ['서울특별시', '부산광역시', '대구광역시', '대전광역시'], order='fg')
loc('vi-VN', 'VN', ['Thảo', 'Khải', 'Ngân', 'Phúc', 'Diệp', 'Quân', 'Yến', 'Tùng'],
    ['Nguyễn Phước', 'Trịnh', 'Lương', 'Đoàn', 'Tôn Nữ', 'Quách', 'Hứa', 'Khổng'],
    ['Số {n} ngõ 42 phố Hoa Sữa', '{n} đường Trần Cao Vân', '{n}/7 hẻm Bạch Đằng', 'Số {n} đường Hoa Lan'],
    ['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Huế'], order='fg')
loc('he-IL', 'IL', ['נועה', 'איתמר', 'הדס', 'עומרי', 'שירה', 'יובל', 'טליה', 'אלעד'],
    ['בן-שושן', 'אזולאי', 'רוזנבלום', 'פרידמן', 'מזרחי', 'גולדשטיין', 'אבוטבול', 'שטרנברג'],
    ['רחוב הדקל {n}', 'שדרות הרצליה {n}', 'רחוב הרימון {n} דירה 4', 'רחוב האלה {n}'],
    ['חיפה', 'באר שבע', 'רחובות', 'נתניה'])
loc('en-CA', 'CA', ['Genevieve', 'Rowan', 'Maelle', 'Declan', 'Sloane', 'Tristan', 'Josee', 'Emmett'],
    ['Tremblay-Oakes', 'Gaudreault', 'McIsaac', 'Ouellette', 'Kowalchuk', 'Arsenault', 'Fitzhenry', 'Boudreau'],
    ['{n} Spruce Hollow Dr', '{n} Chemin Sainte-Foy', '{n} Birchmount Crescent', '{n} Tidewater Road'],
    ['Halifax, NS B3H 2Y9', 'Winnipeg, MB R3T 2N2', 'Moncton, NB E1C 4B6', 'Regina, SK S4P 3Y2'], abbr=[('Road', 'Rd'), ('Crescent', 'Cres')])

EXTRA = {  # more candidates (the run keeps those that survive the word check)
    'en-US': ("Oriel Wystan Perpetua Lysander Clemency Evander Marigold Alaric Rosalind Peregrine Honora Ambrose Isolde Cornelius Briony Leopold Verity Fenwick Seraphina Osric",
              "Ashcombe Thornbury Pellingham Wrexford Hollinshead Carrowmore Blakiston Dunstall Fernihough Gosling-Ward Hawksworth Kettleby",
              "{n} Sweetgum Hollow Road|{n} Bittersweet Lane|{n} Kestwick Drive|{n} Pawpaw Ridge Court|{n} Cattail Bend Way|{n} Mockernut Street",
              "Bemidji, MN 56601|Keokuk, IA 52632|Paducah, KY 42001|Chillicothe, OH 45601|Nacogdoches, TX 75961|Kalispell, MT 59901"),
    'en-GB': ("Oriel Wystan Perpetua Clemency Marigold Peregrine Honora Briony Verity Osric Tamsin Jolyon Araminta Crispin",
              "Merriweather Netherwood Oakenfold Langstaff Thornbury Fernihough Kettleby Pellingham",
              "{n} Sloeberry Close|{n} Wagtail Lane|{n} Brackenhurst Road|Flat {n}, Cowslip Court|{n} Hazelmere Crescent|{n} Dunnock Way",
              "Morpeth NE61 1QF|Ludlow SY8 1AB|Kendal LA9 4DL|Bideford EX39 2QS|Oban PA34 4HB|Hexham NE46 3NH"),
    'de-DE': ("Hilke Ortwin Wendelin Swantje Gunda Volkmar Hedda Reinold Almut Detlef Irmtraud Kunibert Telse Gerold Hartwig",
              "Brockhausen Wiesenthaler Kornblum Fahrenkamp Osterloh Hinterberger Schwarzkopp Tegtmeier Vogelsang Rübesamen Ellerbrock",
              "Holunderweg {n}|Am Pferdeteich {n}|Schlehenstraße {n}|Brombeerstieg {n}|Rotdornallee {n}|Ginsterweg {n}",
              "26506 Norden|37603 Holzminden|29525 Uelzen|49413 Dinklage|27432 Bremervörde|31737 Rinteln"),
    'fr-FR': ("Bérénice Anselme Eulalie Honoré Philippine Gontran Séraphine Aymeric Blandine Évariste Firmin Léontine Wandrille",
              "Kerbrat Prigent Delacourt Vauquelin Courtemanche Lagarrigue Maubourguet Rouxel Tanguy-Roux",
              "{n} rue des Capucines|{n} chemin des Aubépines|{n} allée des Mésanges|{n} rue du Lavoir|{n} impasse des Églantiers|{n} route de Kerlaz",
              "29100 Douarnenez|46100 Figeac|12100 Millau|39100 Dole|24200 Sarlat-la-Canéda|05100 Briançon"),
    'es-ES': ("Amaia Iñaki Leire Xabier Garazi Aitor Edurne Ander Begoña Koldo Arantxa Igone Fermín Nekane Ibai Ohiane Jokin Uxue Markel Irati",
              "Urrutikoetxea Goikoetxea Larrañaga Aguirrezabal Iturbide Echániz Mendizábal Ochandiano Basterretxea Villalobos-Peña",
              "Calle del Romero {n}|Calle Zumalakarregi {n}, 2º izq.|Avenida de los Almendros {n}|Calle del Tomillo {n}|Paseo de las Acacias {n}|Calle Lavanda {n}, 1º A",
              "20800 Zarautz|44001 Teruel|16001 Cuenca|42001 Soria|22700 Jaca|10600 Plasencia"),
    'it-IT': ("Ippolita Ruggero Cosima Manfredi Fiammetta Eusebio Brunella Arcangelo Teodolinda Ermanno Liberata",
              "Capobianco Pellicciotta Scognamiglio Tramontano Buonocore Finocchiaro Santangelo Mastrogiacomo Piccirillo Vozza",
              "Via delle Ginestre {n}|Via del Melograno {n}|Vicolo dei Cipressi {n}|Via dei Mandorli {n}|Viale delle Camelie {n}|Via Fontevecchia {n}",
              "06049 Spoleto|53045 Montepulciano|85100 Potenza|89900 Vibo Valentia|11100 Aosta|63100 Ascoli Piceno"),
    'nl-NL': ("Geertje Ype Marrit Wessel Reinier Tjitske Gerolf Mient Hessel Aaltje Feike",
              "Boekestijn Hoogendoorn Kamphuis Ruijgrok Uitenbroek Wijnands Zoetelief Heemskerk Bakhuizen Oosterhof",
              "Vlierbesstraat {n}|Koekoeksbloemlaan {n}|Hoefslag {n}|Distelvinkweg {n}|Meidoornsingel {n}|Lisdoddestraat {n}",
              "8861 AB Harlingen|7901 CC Hoogeveen|4301 EE Zierikzee|9501 BA Stadskanaal|6431 LA Hoensbroek|1441 RC Purmerend"),
    'pt-BR': ("Ariele Benício Cauã Iolanda Raoni Yasmim Itamar Janaína Ubirajara Cleonice Taiane Ademar",
              "Maranhão Tavares Quintela Arruda Camargo Siqueira Pimentel Bragança Furtado",
              "Rua dos Ipês, {n}|Rua Jacarandá, {n}, casa 2|Avenida das Mangueiras, {n}|Rua do Cajueiro, {n}|Travessa das Bromélias, {n}|Rua Pitangueiras, {n}, apto 51",
              "Itajubá - MG, 37500-000|Garanhuns - PE, 55290-000|Chapecó - SC, 89801-000|Marabá - PA, 68500-000|Sobral - CE, 62010-000|Dourados - MS, 79800-000"),
    'pl-PL': ("Bożena Radosław Jadwiga Wawrzyniec Bogumiła Zbigniew Halina Dobrosława Kazimierz Genowefa Ludomir",
              "Brzęczyszczyk Przybylska Wojciechowska Chrząszcz Kołodziejczyk Mroczkowska Ślusarczyk Dziedzic Gąsiorowska Pawlikowski",
              "ul. Poziomkowa {n}|ul. Jarzębinowa {n} m. 7|ul. Konwaliowa {n}|ul. Głogowa {n}/12|ul. Storczykowa {n}|ul. Rumiankowa {n}",
              "33-300 Nowy Sącz|16-400 Suwałki|82-300 Elbląg|59-220 Legnica|22-400 Zamość|78-100 Kołobrzeg"),
    'sv-SE': ("Gunnel Holger Solveig Birger Ingalill Sixten Ragnhild Folke Elvira Torgny Signe Assar",
              "Lindskog Ekstrand Hallqvist Granlund Ljungberg Rosenqvist Wahlberg Sandelin Dahlgren Fors-Ek",
              "Blåbärsstigen {n}|Hjortronvägen {n}|Lingonstigen {n} lgh 1203|Vitsippsgatan {n}|Rönnbärsvägen {n}|Ekorrstigen {n}",
              "972 31 Luleå|831 30 Östersund|621 55 Visby|371 33 Karlskrona|792 30 Mora|891 33 Örnsköldsvik"),
    'fi-FI': ("Kerttu Toivo Lempi Urho Siiri Aukusti Impi Kalervo Hilja Veikko Tyyne Reino",
              "Leinonen Tuominen Hämäläinen Koskinen Peltola Vainikka Kinnunen Pesonen Hirvonen Mäkelä-Oja",
              "Mustikkapolku {n}|Kanervatie {n} A 3|Puolukkakuja {n}|Haapakatu {n}|Pajulinnuntie {n}|Kielotie {n} C 9",
              "96100 Rovaniemi|80100 Joensuu|57100 Savonlinna|87100 Kajaani|65100 Vaasa|15110 Lahti"),
    'tr-TR': ("Şebnem Oğuzhan Dilruba Alparslan Gülizar Tarkan Nurhayat Erdinç Sevgül Kutay Feraye Yekta",
              "Karakaya Eroğlu Sarıgül Kılıçaslan Bozkurtoğlu Demirtaşlı Ünlüsoy Akyürek Tosunoğlu Gençosman",
              "Sümbül Sokak No:{n}|Ihlamur Caddesi No:{n} D:4|Kardelen Sokak No:{n}|Begonvil Sk. No:{n}|Nergis Caddesi No:{n}|Zakkum Sokak No:{n} D:2",
              "48400 Bodrum/Muğla|10200 Bandırma/Balıkesir|61030 Ortahisar/Trabzon|05100 Merkez/Amasya|20010 Pamukkale/Denizli|55060 İlkadım/Samsun"),
    'ru-RU': ("Агния Ермолай Лукерья Фрол Василиса Прохор Ульяна Тихон Серафима Елисей Фёкла Мирон",
              "Белозёрова Кочубей Полуэктов Стрешнева Нащокин Скуратова Бахметьев Тучкова Засекин Оболенцева",
              "ул. Черёмуховая, д. {n}, кв. 41|ул. Брусничная, д. {n}|ул. Земляничная, д. {n}, кв. 8|пер. Облепиховый, д. {n}|ул. Можжевеловая, д. {n}|ул. Ольховая, д. {n}, кв. 3",
              "г. Вологда, 160000|г. Кострома, 156000|г. Псков, 180000|г. Тамбов, 392000|г. Курган, 640000|г. Калуга, 248000"),
    'uk-UA': ("Мар'яна Любомир Ярина Северин Оксана-Марія Тарасик Веселка Добромир Орися Зорян",
              "Гнатюк-Лис Бандурко Перебийніс Шумейко Кривоніс Нечипорук Ґудзь Щербак-Вовк",
              "вул. Горобинова, {n}|вул. Ожинова, {n}, кв. 12|вул. Чорнобривців, {n}|вул. Бузкова, {n}|вул. Смерекова, {n}|вул. Ліщинова, {n}, кв. 3",
              "м. Ужгород, 88000|м. Тернопіль, 46000|м. Рівне, 33000|м. Луцьк, 43000|м. Житомир, 10000|м. Суми, 40000"),
    'el-GR': ("Πολυξένη Αριστείδης Ουρανία Σπυρίδων Καλλιόπη Φώτιος Ευτέρπη Λεωνίδας Ξανθή Μιλτιάδης Αγλαΐα Ευστάθιος",
              "Κουτσογιάννη Μπαλτατζής Ραφτοπούλου Σγουρός Τζαννετάκη Φιλιππίδης Ψαρράκη Αναγνωστόπουλος",
              "Οδός Κυπαρισσιών {n}|Οδός Ασφοδέλων {n}|Οδός Μανολιάς {n}|Οδός Αγιοκλήματος {n}|Οδός Βιολετών {n}|Οδός Δάφνης Νέας {n}",
              "491 00 Κέρκυρα|601 00 Κατερίνη|741 00 Ρέθυμνο|671 00 Ξάνθη|221 00 Τρίπολη|301 00 Αγρίνιο"),
    'ar-EG': ("ميرال عمرو شيماء مازن ريهام وليد نهال كريم سلمى طارق هبة عصام",
              "الجارحي البرلسي الطوخي المراغي الشرقاوي الدسوقي البنداري العشماوي",
              "١٤ شارع البنفسج|٧ شارع الفل والياسمين|٢٢ شارع الزيتون البحري|٥ شارع النرجس|٣١ شارع اللوتس|٩ شارع الريحان",
              "المنصورة، الدقهلية|طنطا، الغربية|أسيوط|المنيا|دمياط|بنها، القليوبية"),
    'ar-SA': ("شهد بندر ريما مشعل وعد سلطان دانة ماجد ديما راكان",
              "آل سعيدان البقمي السبيعي الرويلي العنزي الشهراني البلوي القرني",
              "حي الورود، شارع البنفسج {n}|حي الملقا، شارع الريحان {n}|حي الصفا، شارع الأقحوان {n}|حي المروج، شارع السوسن {n}",
              "أبها ٦٢٥٢١|تبوك ٤٧٩١٢|حائل ٥٥٤٢١|بريدة ٥٢٣٨٤|نجران ٦٦٢٤١"),
    'fa-IR': ("پگاه بهرنگ رعنا سهراب گلاره پویان ژاله کیانوش",
              "خوشنویس اسفندیاری بهبهانی قزوینی‌زاده میرزایی شاهرخی طباطبایی‌فر",
              "خیابان اقاقیا، پلاک {n}|کوچه شقایق، پلاک {n}، واحد ۲|بلوار نیلوفر، پلاک {n}|خیابان سپیدار، پلاک {n}|خیابان گلایل، پلاک {n}|کوچه ارکیده، پلاک {n}|خیابان زالزالک، پلاک {n}|کوچه بیدمشک، پلاک {n}|کوچه نارون سوم، پلاک {n}",
              "کرمان|یزد|رشت|همدان|زنجان|قزوین"),
    'hi-IN': ("अदिति सौरभ वैदेही प्रणव ऋचा देवांश कादंबरी यशवर्धन",
              "बाजपेयी दीक्षित पुरोहित माथुर रस्तोगी निगम",
              "मकान नं. {n}, कचनार गली, आदर्श नगर|फ्लैट {n}, अमलतास अपार्टमेंट|प्लॉट {n}, पलाश विहार|{n}, हरसिंगार मार्ग",
              "अजमेर 305001|उदयपुर 313001|झांसी 284001|गोरखपुर 273001|कोटा 324005"),
    'bn-BD': ("শ্রাবন্তী অনির্বাণ মৌমিতা সৌমিত্র দীপান্বিতা ঋতব্রত পাপিয়া নীলাদ্রি",
              "বিশ্বাস রায়চৌধুরী দত্তগুপ্ত সেনশর্মা গাঙ্গুলী ভট্টাচার্য",
              "বাড়ি {n}, কদম রোড, বনশ্রী|বাসা {n}, শিউলি লেন, মোহাম্মদপুর|বাড়ি {n}, জারুল সড়ক|হোল্ডিং {n}, কৃষ্ণচূড়া লেন",
              "ময়মনসিংহ ২২০০|কুমিল্লা ৩৫০০|রংপুর ৫৪০০|বরিশাল ৮২০০|যশোর ৭৪০০"),
    'th-TH': ("ชนิดา กิตติพัฒน์ วรรณพร อภิวัฒน์ นภัสสร ภาคิน รัชนีกร ธีรวัจน์",
              "ชลวิไล ธาราทิพย์ ภูประภา พนารักษ์ วารีกุล อัมพรวงศ์ ศิลาทิพย์ ปทุมรักษ์",
              "{n}/7 ซอยชัยพฤกษ์ 3|{n} หมู่ 2 ถนนราชพฤกษ์|{n}/15 ซอยทองหลาง 9|{n} ถนนพุดซ้อน",
              "นครราชสีมา 30000|อุดรธานี 41000|สงขลา 90000|ลำปาง 52000|พิษณุโลก 65000"),
    'ja-JP': ("琴音 悠真 小春 朔 栞 暖 凪 律",
              "御手洗 勅使河原 四十住 小鳥遊 百目鬼 五月女",
              "緑町{n}丁目3-9|桜木町{n}-4-2 ハイツ桜木201|梅ケ丘{n}-12-6|若葉台{n}丁目8-15",
              "秋田県秋田市|鳥取県米子市|愛媛県松山市|長野県松本市|富山県高岡市"),
    'zh-CN': ("婉清 承泽 若溪 景行 书瑶 子墨 念慈 修远",
              "郦 訾 隗 逯 蒯 仉 阙 眭",
              "鼓楼区清凉门大街{n}号|雁塔区小寨东路{n}号6栋|江北区建新北路{n}号|历下区泉城路{n}号3单元",
              "南京市|西安市|重庆市|济南市|昆明市"),
    'ko-KR': ("윤슬 다온 라온 해솔 이든 로운 온유 가람 나래 보람",
              "탁 편 봉 육 빈 옥 함 표",
              "중앙로{n}번길 7|솔샘로 {n}|매봉산로 {n}-2|은행나무길 {n}",
              "강원특별자치도 춘천시|전라남도 순천시|경상북도 안동시|충청북도 청주시"),
    'vi-VN': ("Diễm Tín Nguyệt Hưng Thư Lộc Uyên Vĩnh Kiều Toản",
              "Lã|Thân|Mạc|Châu|Tạ|Ông|Khúc|Bế|Ninh|Giáp|Mẫn|Kha|Lạc|Phó|Tăng|Âu Dương|Quản|Văn|Doãn|Nghiêm|Ứng|Yên",
              "Số {n} ngõ 17 phố Hoa Sữa|{n} đường Lê Thánh Tông|{n}/12 hẻm Cây Sung|Số {n} ngõ Cây Gạo",
              "Hải Phòng|Cần Thơ|Nha Trang|Vinh|Quy Nhơn"),
    'he-IL': ("אביגיל נריה רוני אוריאל מעיין הראל ליאור אחינועם",
              "בן-חמו טננבאום וקנין אלמוג רבינוביץ דהן-לוי",
              "רחוב הצבר {n}|רחוב הכלנית {n} דירה 7|רחוב השקמה {n}|רחוב הרקפת {n}",
              "עפולה|קריית שמונה|דימונה|נהריה|טבריה"),
    'en-CA': ("Rosalie Anatole Mireille Jasper Colette Lucien Odile Benedikt",
              "Lévesque-Brun Thibodeau Poirier-Hale MacAskill Desjardins Fougère",
              "{n} Snowberry Crescent|{n} Rue des Épinettes|{n} Loonsong Drive|{n} Saskatoon Berry Lane|{n} Tamarind Grove Road",
              "Yellowknife, NT X1A 2L9|Gander, NL A1V 1W5|Cobourg, ON K9A 2R9|Nanaimo, BC V9R 5J2|Antigonish, NS B2G 2L3|Lethbridge, AB T1J 0P6|Truro, NS B2N 1A1|Brandon, MB R7A 0A1|Kamloops, BC V2C 1A1|Rimouski, QC G5L 1A1|Sudbury, ON P3E 1A1"),
}
GENERIC = set("""lane avenue road rd court ct close cl crescent cres street st drive dr flat house way rue avenue boulevard
impasse allée chemin route calle avenida paseo via viale piazza vicolo am straße weg laan straat rua travessa casa apto
ul al gatan vägen lgh katu tie sokak caddesi bulvarı no sk cad blv ул пр-т пер вул просп кв оδός οδός λεωφ شارع حي طريق
خیابان کوچه پلاک واحد بلوار मकान गली नं फ्लैट प्लॉट सेक्टर मार्ग अपार्टमेंट বাড়ি রোড বাসা লেন হোল্ডিং ব্লক সড়ক ซอย ถนน หมู่ số ngõ
phố đường hẻm רחוב שדרות דירה rue des du de la le les del los las dei delle della di do dos das izq ridge hollow bend grove
flat ns nt nl on bc ab mb qc sk nb yt oh id ok mn ia ky tx mt pe pr pa rn mg sc ce ms""".split())
for _t, (_gv, _fm, _st, _ct) in EXTRA.items():
    _d = L[_t]
    _d['given'] = _d['given'] + [w for w in _gv.split(' ') if w not in _d['given']]
    _sep = '|' if '|' in _fm else ' '
    _d['family'] = _d['family'] + [w for w in _fm.split(_sep) if w not in _d['family']]
    _d['streets'] = _d['streets'] + _st.split('|')
    _d['cities'] = _d['cities'] + _ct.split('|')

for _t, _d in L.items():
    _d['given'] = clean(_d['given'], _t + ' given')
    _d['family'] = clean(_d['family'], _t + ' family')
    _d['streets'] = clean(_d['streets'], _t + ' streets')
    _d['cities'] = clean(_d['cities'], _t + ' cities')

LATIN_SPELL = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'pl-PL', 'tr-TR', 'ru-RU', 'en-CA', 'sv-SE']
NATIVE_DIG = {'arab': '٠١٢٣٤٥٦٧٨٩', 'pers': '۰۱۲۳۴۵۶۷۸۹', 'deva': '०१२३४५६७८९', 'beng': '০১২৩৪৫৬৭৮৯',
              'thai': '๐๑๒๓๔๕๖๗๘๙', 'full': '０１２３４５６７８９'}
WORDS = {
    'en': 'zero one two three four five six seven eight nine'.split(),
    'de': 'null eins zwei drei vier fünf sechs sieben acht neun'.split(),
    'fr': 'zéro un deux trois quatre cinq six sept huit neuf'.split(),
    'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve'.split(),
    'it': 'zero uno due tre quattro cinque sei sette otto nove'.split(),
    'nl': 'nul een twee drie vier vijf zes zeven acht negen'.split(),
    'pt': 'zero um dois três quatro cinco seis sete oito nove'.split(),
    'pl': 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć'.split(),
    'tr': 'sıfır bir iki üç dört beş altı yedi sekiz dokuz'.split(),
    'ru': 'ноль один два три четыре пять шесть семь восемь девять'.split(),
    'sv': 'noll ett två tre fyra fem sex sju åtta nio'.split(),
}
MONTHS = {
    'en': 'January February March April May June July August September October November December'.split(),
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(),
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(),
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(),
    'ru': 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(),
    'sv': 'januari februari mars april maj juni juli augusti september oktober november december'.split(),
    'fi': 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta'.split(),
    'el': 'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου'.split(),
    'uk': 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(),
    'vi': ['tháng %d' % i for i in range(1, 13)],
}
ROMAN = 'I II III IV V VI VII VIII IX X XI XII'.split()


def lang2(tag):
    return tag.split('-')[0]


# ----------------------------------------------------------------------------------------------------------
class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def digits(self, n):
        return ''.join(self.r.choice('0123456789') for _ in range(n))

    # ---- phones
    def phone(self, region, kind=phonenumbers.PhoneNumberType.MOBILE):
        ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        nsn = phonenumbers.national_significant_number(ex)
        keep = 3 if region in ('US', 'CA') else max(2, len(nsn) - 7)
        for _ in range(5000):
            cand = nsn[:keep] + self.digits(len(nsn) - keep)
            if region in ('US', 'CA') and cand[3:6] == '555':
                continue
            if cand == nsn:
                continue
            pn = phonenumbers.parse('+%d%s' % (ex.country_code, cand))
            if phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == region \
                    and phonenumbers.number_type(pn) in (kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                return pn
        raise SystemExit('no phone for ' + region)

    @staticmethod
    def fmt(pn, how='intl'):
        f = {'intl': phonenumbers.PhoneNumberFormat.INTERNATIONAL, 'nat': phonenumbers.PhoneNumberFormat.NATIONAL,
             'e164': phonenumbers.PhoneNumberFormat.E164}[how]
        return phonenumbers.format_number(pn, f)

    # ---- identifiers (value, type, label)
    def retry(self, make, valid):
        for _ in range(200000):
            v = make()
            if valid(v):
                return v
        raise SystemExit('no valid id')

    def dob(self):
        return (self.r.randint(1948, 2004), self.r.randint(1, 12), self.r.randint(1, 28))

    def national_id(self, tag, dob=None):
        y, m, d = dob or self.dob()
        r = self.r
        if tag == 'en-US':
            v = self.retry(lambda: '%03d-%02d-%04d' % (r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999)), us_ssn.is_valid)
            return v, 'ssn', 'SSN'
        if tag == 'en-GB':
            v = self.retry(lambda: '4' + self.digits(9), nhs.is_valid)
            return '%s %s %s' % (v[:3], v[3:6], v[6:]), 'HEALTH_INSURANCE', 'NHS no.'
        if tag == 'de-DE':
            v = self.retry(lambda: str(r.randint(1, 9)) + self.digits(10), de_idnr.is_valid)
            return v, 'TAX_ID', 'Steuer-ID'
        if tag == 'es-ES':
            b = self.digits(8)
            return b + dni.calc_check_digit(b), 'NATIONAL_ID', 'DNI'
        if tag == 'it-IT':
            b = ''.join(r.choice('BCDFGLMNPRSTVZ') for _ in range(6)) + '%02d' % (y % 100) + 'ABCDEHLMPRST'[m - 1] + \
                '%02d' % (d + (40 if r.random() < .5 else 0)) + r.choice(['A944', 'L781', 'G273', 'L219'])
            v = b + codicefiscale.calc_check_digit(b)
            assert codicefiscale.is_valid(v)
            return v, 'TAX_ID', 'codice fiscale'
        if tag == 'nl-NL':
            return self.retry(lambda: str(r.randint(1, 6)) + self.digits(8), bsn.is_valid), 'NATIONAL_ID', 'BSN'
        if tag == 'pt-BR':
            v = self.retry(lambda: self.digits(11), cpf.is_valid)
            return cpf.format(v), 'TAX_ID', 'CPF'
        if tag == 'pl-PL':
            mm = m + (20 if y >= 2000 else 0)
            b = '%02d%02d%02d' % (y % 100, mm, d) + self.digits(4)
            v = b + pesel.calc_check_digit(b)
            assert pesel.is_valid(v)
            return v, 'NATIONAL_ID', 'PESEL'
        if tag == 'sv-SE':
            v = self.retry(lambda: '%02d%02d%02d-%s' % (y % 100, m, d, self.digits(4)), personnummer.is_valid)
            return v, 'NATIONAL_ID', 'personnummer'
        if tag == 'fi-FI':
            v = self.retry(lambda: '%02d%02d%02d%s%s%s' % (d, m, y % 100, '-' if y < 2000 else 'A', '%03d' % r.randint(2, 899),
                                                           r.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')), hetu.is_valid)
            return v, 'NATIONAL_ID', 'henkilötunnus'
        if tag == 'tr-TR':
            return self.retry(lambda: str(r.randint(1, 9)) + self.digits(10), tckimlik.is_valid), 'NATIONAL_ID', 'T.C. Kimlik No'
        if tag == 'ru-RU':
            return self.retry(lambda: '77' + self.digits(10), inn.is_valid), 'TAX_ID', 'ИНН'
        if tag == 'uk-UA':
            return self.retry(lambda: self.digits(10), rntrc.is_valid), 'TAX_ID', 'РНОКПП'
        if tag == 'hi-IN':
            if r.random() < .5:
                v = self.retry(lambda: str(r.randint(2, 9)) + self.digits(11), aadhaar.is_valid)
                return '%s %s %s' % (v[:4], v[4:8], v[8:]), 'NATIONAL_ID', 'आधार'
            v = self.retry(lambda: ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3)) + 'P' +
                           r.choice('ABCDEGKMRSTV') + self.digits(4) + r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ'), pan.is_valid)
            return v, 'TAX_ID', 'PAN'
        if tag == 'zh-CN':
            b = r.choice(['110105', '310115', '440106', '510107']) + '%04d%02d%02d' % (y, m, d) + self.digits(3)
            v = [b + c for c in '0123456789X' if ric.is_valid(b + c)][0]
            return v, 'NATIONAL_ID', '身份证号'
        if tag == 'ko-KR':
            v = self.retry(lambda: '%02d%02d%02d' % (y % 100, m, d) + ('1' if y < 2000 else '3') + self.digits(6), rrn.is_valid)
            return v[:6] + '-' + v[6:], 'NATIONAL_ID', '주민등록번호'
        if tag == 'th-TH':
            return self.retry(lambda: str(r.randint(1, 8)) + self.digits(12), th_pin.is_valid), 'NATIONAL_ID', 'เลขประจำตัวประชาชน'
        if tag == 'he-IL':
            return self.retry(lambda: self.digits(9), il_idnr.is_valid), 'NATIONAL_ID', 'ת.ז.'
        if tag == 'en-CA':
            v = self.retry(lambda: str(r.choice([1, 2, 4, 5, 6, 7])) + self.digits(8), sin.is_valid)
            return '%s %s %s' % (v[:3], v[3:6], v[6:]), 'HEALTH_INSURANCE', 'SIN'
        return None

    def iban(self, cc=None):
        cc = cc or self.pick(['DE', 'AT', 'GB', 'NL', 'PL', 'TR', 'SA', 'IE', 'BE', 'FI'])
        r = self.r
        bban = {'DE': lambda: self.digits(18), 'AT': lambda: self.digits(16),
                'GB': lambda: r.choice(['NWBK', 'BARC', 'LOYD', 'MIDL']) + self.digits(14),
                'NL': lambda: r.choice(['ABNA', 'RABO', 'INGB', 'SNSB']) + self.digits(10),
                'PL': lambda: self.digits(24), 'TR': lambda: self.digits(5) + '0' + self.digits(16),
                'SA': lambda: self.digits(2) + self.digits(18), 'IE': lambda: r.choice(['AIBK', 'BOFI']) + self.digits(14),
                'BE': lambda: self.digits(12), 'FI': lambda: self.digits(14)}[cc]

        def make():
            b = bban()
            return cc + s_iban.calc_check_digits(cc + '00' + b) + b
        v = self.retry(make, s_iban.is_valid)
        return v

    def card(self):
        for _ in range(1000):
            b = self.pick(['4', '51', '52', '53', '54', '55']) + self.digits(14)
            b = b[:15]
            v = b + luhn.calc_check_digit(b)
            if v not in TEST_CARDS and luhn.is_valid(v):
                return v
        raise SystemExit('card')

    def ip(self):
        for _ in range(1000):
            a = ipaddress.ip_address('%d.%d.%d.%d' % (self.r.randint(1, 223), self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254)))
            if a.is_global and not any(a in n for n in DOC_NETS):
                return str(a)
        raise SystemExit('ip')

    def aba(self):
        return self.retry(lambda: self.pick(['0', '1', '2', '3']) + self.digits(8), rtn.is_valid)


TEST_CARDS = {'4111111111111111', '4242424242424242', '5555555555554444', '4000056655665556', '5105105105105100',
              '4012888888881881', '5200828282828210'}
DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]
REGISTRY_IBANS = ['DE89370400440532013000', 'GB29NWBK60161331926819', 'NL91ABNA0417164300', 'FR1420041010050500013M02606',
                  'PL61109010140000071219812874', 'AT611904300234573201', 'FI2112345600000785']
for _v in REGISTRY_IBANS:
    assert s_iban.is_valid(_v), _v
for _v in TEST_CARDS:
    assert luhn.is_valid(_v), _v


# ----------------------------------------------------------------------------------------------------------
# surface-form helpers
import unicodedata

DOMAINS = {'en-US': ['gmail.com', 'yahoo.com', 'comcast.net'], 'en-GB': ['btinternet.com', 'gmail.com', 'outlook.com'],
           'de-DE': ['gmx.de', 'web.de', 't-online.de'], 'fr-FR': ['orange.fr', 'free.fr', 'laposte.net'],
           'es-ES': ['gmail.com', 'hotmail.es', 'telefonica.net'], 'it-IT': ['libero.it', 'virgilio.it', 'tiscali.it'],
           'nl-NL': ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl'], 'pt-BR': ['uol.com.br', 'bol.com.br', 'gmail.com'],
           'pl-PL': ['wp.pl', 'onet.pl', 'o2.pl'], 'sv-SE': ['telia.com', 'gmail.com', 'bredband.net'],
           'fi-FI': ['elisanet.fi', 'gmail.com'], 'tr-TR': ['hotmail.com', 'yandex.com.tr'], 'ru-RU': ['mail.ru', 'yandex.ru'],
           'uk-UA': ['ukr.net', 'i.ua'], 'el-GR': ['otenet.gr', 'yahoo.gr'], 'ar-EG': ['yahoo.com', 'gmail.com'],
           'ar-SA': ['hotmail.com', 'gmail.com'], 'fa-IR': ['chmail.ir', 'gmail.com'], 'hi-IN': ['rediffmail.com', 'gmail.com'],
           'bn-BD': ['gmail.com', 'yahoo.com'], 'th-TH': ['hotmail.co.th', 'gmail.com'], 'ja-JP': ['docomo.ne.jp', 'yahoo.co.jp'],
           'zh-CN': ['qq.com', '163.com', '126.com'], 'ko-KR': ['naver.com', 'daum.net'], 'vi-VN': ['gmail.com', 'yahoo.com.vn'],
           'he-IL': ['walla.co.il', 'gmail.com'], 'en-CA': ['sympatico.ca', 'shaw.ca', 'gmail.com']}
SPELL_LANG = {'en-US': 'en', 'en-GB': 'en', 'en-CA': 'en', 'de-DE': 'de', 'fr-FR': 'fr', 'es-ES': 'es', 'it-IT': 'it',
              'nl-NL': 'nl', 'pt-BR': 'pt', 'pl-PL': 'pl', 'tr-TR': 'tr', 'ru-RU': 'ru', 'sv-SE': 'sv'}
PLUS = {'en': 'plus', 'de': 'plus', 'fr': 'plus', 'es': 'más', 'it': 'più', 'nl': 'plus', 'pt': 'mais', 'pl': 'plus',
        'tr': 'artı', 'ru': 'плюс', 'sv': 'plus'}
SAY = {'en': ("hi it's {name},", "call me back on {v}, thanks"), 'de': ('hallo, hier ist {name},', 'ruf mich bitte zurück unter {v}, danke'),
       'fr': ("bonjour c'est {name},", 'rappelez-moi au {v}, merci'), 'es': ('hola, soy {name},', 'llámame al {v}, gracias'),
       'it': ('ciao, sono {name},', 'richiamami al {v}, grazie'), 'nl': ('hoi, met {name},', 'bel me terug op {v}, dank je'),
       'pt': ('oi, aqui é {name},', 'me liga no {v}, obrigado'), 'pl': ('dzień dobry, tu {name},', 'proszę oddzwonić pod {v}, dziękuję'),
       'tr': ('merhaba, ben {name},', 'beni {v} numarasından arar mısınız, teşekkürler'),
       'ru': ('здравствуйте, это {name},', 'перезвоните мне, пожалуйста, по номеру {v}, спасибо'),
       'sv': ('hej, det är {name},', 'ring mig på {v}, tack')}
ORDER_WORD = {'en': 'order number', 'de': 'Bestellnummer', 'fr': 'numéro de commande', 'es': 'número de pedido',
              'it': "numero d'ordine", 'nl': 'bestelnummer', 'pt': 'número do pedido', 'pl': 'numer zamówienia',
              'tr': 'sipariş numarası', 'ru': 'номер заказа', 'sv': 'ordernummer'}
DOB_CUE = {'en': 'DOB', 'de': 'geb.', 'fr': 'né(e) le', 'es': 'fecha de nacimiento:', 'it': 'nato/a il', 'nl': 'geboren',
           'pt': 'data de nascimento:', 'pl': 'ur.', 'tr': 'doğum tarihi:', 'ru': 'дата рождения:', 'sv': 'född',
           'fi': 'syntynyt', 'el': 'ημ. γέννησης:', 'uk': 'дата народження:', 'vi': 'ngày sinh:', 'ja': '生年月日：',
           'zh': '出生日期：', 'ko': '생년월일:', 'ar': 'تاريخ الميلاد:', 'fa': 'تاریخ تولد:', 'hi': 'जन्म तिथि:',
           'bn': 'জন্ম তারিখ:', 'th': 'วันเกิด:', 'he': 'תאריך לידה:'}


def ascii_slug(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i')
    s = re.sub(r'[^A-Za-z]+', '', s)
    return s.lower()


def agrees(tag, given, family):
    if tag == 'pl-PL':
        fem = given.endswith('a')
        return not ((family.endswith('a') and not fem) or (family.endswith('i') and fem))
    if tag == 'ru-RU':
        return given.endswith(('а', 'я')) == family.endswith('а')
    if tag == 'el-GR':
        return (given.endswith(('ς', 'ων'))) == family.endswith('ς')
    return True


class Person:
    def __init__(self, g, tag):
        d = L[tag]
        self.tag = tag
        self.given = g.pick(d['given'])
        self.family = g.pick(d['family'])
        for _ in range(40):  # gendered surnames agree with the given name (pl / ru / el)
            if agrees(tag, self.given, self.family):
                break
            self.family = g.pick(d['family'])
        self.order = d['order']
        tr = d.get('translit', {})
        gl, fl = tr.get(self.given, self.given), tr.get(self.family, self.family)
        self.latin = (gl, fl) if ascii_slug(gl) and ascii_slug(fl) else None
        self.dob = g.dob()
        self.street = g.pick(d['streets']).replace('{n}', str(g.r.randint(2, 148)))
        self.city = g.pick(d['cities'])
        if self.latin:
            base = g.pick(['{g}.{f}', '{g}{f}', '{gi}{f}', '{g}_{f}{yy}', '{f}.{g}{yy}'])
            self.local = base.format(g=ascii_slug(gl), f=ascii_slug(fl), gi=ascii_slug(gl)[0], yy='%02d' % (self.dob[0] % 100))
        else:
            self.local = g.pick(['user', 'mm', 'kk', 'hana', 'jin', 'star']) + '%d' % g.r.randint(70, 9999)
        self.domain = g.pick(DOMAINS[tag])
        self.email = self.local + '@' + self.domain

    @property
    def name(self):
        if self.order == 'fg':
            sep = ' ' if self.tag in ('vi-VN',) or re.search(r'[A-Za-z]', self.family) else ''
            return self.family + sep + self.given
        return self.given + ' ' + self.family


def spell(digits, lang, g, plus=False):
    w = WORDS[lang]
    out, i = [], 0
    while i < len(digits):
        c = digits[i]
        if lang == 'en' and i + 1 < len(digits) and digits[i + 1] == c and g.r.random() < .7:
            if i + 2 < len(digits) and digits[i + 2] == c:
                out.append('triple ' + w[int(c)]); i += 3; continue
            out.append('double ' + ('oh' if c == '0' else w[int(c)])); i += 2; continue
        out.append('oh' if (lang == 'en' and c == '0' and g.r.random() < .6) else w[int(c)])
        i += 1
    s = (PLUS[lang] + ' ' if plus else '') + ' '.join(out)
    return s


def native(s, script):
    return s.translate(str.maketrans('0123456789', NATIVE_DIG[script]))


def odd_group(s, g):
    raw = re.sub(r'[\s\-./]', '', s)
    sep = g.pick([' ', '.', '-', '/', '  ', ' - '])
    out, i = [], 0
    while i < len(raw):
        k = g.r.choice([2, 3, 3, 5, 1, 4, 6])
        out.append(raw[i:i + k]); i += k
    return sep.join(out)


OCR = {'0': 'O', '1': 'l', '5': 'S', '8': 'B', 'l': '1', 'o': '0', 'm': 'rn', 'i': 'í'}


def ocr(s, g, rate=.35):
    for _ in range(50):
        out = ''.join(OCR[c] if c in OCR and g.r.random() < rate else c for c in s)
        if out != s:
            return out
    return s + '.'


# ----------------------------------------------------------------------------------------------------------
# benign pools (cleaned against the other generators' words like the name pools)
ORGS = clean(['Stadtwerke Hollerbach', 'Bibliothèque Kerandraon', 'Cooperativa Vallescura', 'Brightfold Outfitters',
              'Kantoorboekhandel Wielinga', 'Fundación Albarracín Norte', 'Tallbacken Bygg', 'Mäntyharju Vesi',
              'Quillmere Software', 'Osterbrook Housing Trust', 'Pinecrest Dental Supplies', 'Rotherwick Parish Council',
              'Ferrovie Valdisotto', 'Zakład Wodociągów Kłodzko', 'Karaburun Belediyesi', 'Velvetine Cosmetics',
              'Harborline Ferries', 'Gemeindeverwaltung Ostwinkel', 'Wrenfield Hospice Shop', 'Ashgrove Veterinary'], 'orgs')
HISTORIC = clean([('Ada', 'Lovelace', '10 December 1815'), ('Johannes', 'Kepler', '27 December 1571'),
                  ('Marie', 'Curie', '7 November 1867'), ('Nikola', 'Tesla', '10 July 1856'),
                  ('Hildegard', 'von Bingen', '1098'), ('Carl', 'Linnaeus', '23 May 1707'),
                  ('Emmy', 'Noether', '23 March 1882'), ('Srinivasa', 'Ramanujan', '22 December 1887'),
                  ('Fryderyk', 'Chopin', '1 March 1810'), ('Leonhard', 'Euler', '15 April 1707'),
                  ('Rosalind', 'Franklin', '25 July 1920'), ('Hokusai', 'Katsushika', '31 October 1760'),
                  ('Ibn', 'Battuta', '24 February 1304'), ('Sofia', 'Kovalevskaya', '15 January 1850'),
                  ('Alexander', 'von Humboldt', '14 September 1769'), ('Mary', 'Anning', '21 May 1799'),
                  ('Gregor', 'Mendel', '20 July 1822'), ('Hypatia', 'of Alexandria', 'c. 360'),
                  ('Antoni', 'Gaudí', '25 June 1852'), ('Jean-François', 'Champollion', '23 December 1790'),
                  ('Émilie', 'du Châtelet', '17 December 1706'), ('Ignaz', 'Semmelweis', '1 July 1818'),
                  ('Kristian', 'Birkeland', '13 December 1867'), ('Wang', 'Zhenyi', '1768'), ('Tycho', 'Brahe', '14 December 1546'),
                  ('Maria Sibylla', 'Merian', '2 April 1647'), ('Jan', 'Swammerdam', '12 February 1637'),
                  ('Sophie', 'Germain', '1 April 1776'), ('Henrietta Swan', 'Leavitt', '4 July 1868'),
                  ('Laura', 'Bassi', '29 October 1711'), ('Mikhail', 'Lomonosov', '19 November 1711'),
                  ('Ole', 'Rømer', '25 September 1644'), ('Seki', 'Takakazu', 'c. 1642'), ('Dorothea', 'Erxleben', '13 November 1715'),
                  ('Maria Gaetana', 'Agnesi', '16 May 1718'), ('Benjamin', 'Banneker', '9 November 1731'),
                  ('Hertha', 'Ayrton', '28 April 1854'), ('Jöns Jacob', 'Berzelius', '20 August 1779'),
                  ('Caterina', 'Scarpellini', '29 October 1808'), ('Jagadish Chandra', 'Bose', '30 November 1858'),
                  ('Giovanni', 'Schiaparelli', '14 March 1835'), ('Tsuda', 'Umeko', '31 December 1864'),
                  ('Anandibai', 'Joshi', '31 March 1865'), ('Muhammad', 'al-Idrisi', '1100'), ('Ulugh', 'Beg', '22 March 1394'),
                  ('Piri', 'Reis', 'c. 1465'), ('Christiaan', 'Huygens', '14 April 1629'), ('Abraham', 'Ortelius', '14 April 1527'),
                  ('Gerardus', 'Mercator', '5 March 1512'), ('Ahmad', 'ibn Majid', 'c. 1432'), ('Bernardino', 'Ramazzini', '4 November 1633'),
                  ('Hasdai', 'Crescas', 'c. 1340'), ('Oda', 'Nobunaga', '23 June 1534'), ('Nasir', 'al-Din Tusi', '18 February 1201')], 'historic')
FICTION = clean([('Sherlock', 'Holmes'), ('Elizabeth', 'Bennet'), ('Jay', 'Gatsby'), ('Emma', 'Bovary'),
                 ('Anna', 'Karenina'), ('Pippi', 'Långstrump'), ('Don', 'Quijote'), ('Hercule', 'Poirot'),
                 ('Phileas', 'Fogg'), ('Atticus', 'Finch'), ('Holden', 'Caulfield'), ('Bilbo', 'Baggins'),
                 ('Ebenezer', 'Scrooge'), ('Jean', 'Valjean'), ('Huckleberry', 'Finn'), ('Mary', 'Poppins'),
                 ('Ichabod', 'Crane'), ('Tristram', 'Shandy'), ('Effi', 'Briest'), ('Tonio', 'Kröger'), ('Ilya', 'Oblomov'),
                 ('Becky', 'Sharp'), ('Natty', 'Bumppo'), ('Nils', 'Holgersson'), ('Tess', 'Durbeyfield'),
                 ('Lucien', 'de Rubempré'), ('Rodion', 'Raskolnikov'), ('Mattia', 'Pascal'), ('Zeno', 'Cosini')], 'fiction')
EPONYMS = clean(['Parkinson disease', 'Alzheimer clinic', 'Hodgkin lymphoma', 'Doppler ultrasound', 'Kaplan-Meier curve',
                 'Fibonacci heap', 'Dijkstra algorithm', 'Bunsen burner', 'Petri dish', 'Geiger counter',
                 'Fahrenheit scale', 'Braille display', 'Heimlich manoeuvre', 'Tourette syndrome', 'Nobel lecture',
                 'Gauss elimination', 'Asperger assessment', 'Pilates class', 'Diesel engine', 'Bessel filter',
                 'Babinski reflex', 'Apgar score', 'Wernicke area', 'Ménière disease', 'Guillain-Barré syndrome',
                 'Korsakoff syndrome', 'Raynaud phenomenon', 'Tinel test', 'Mohs surgery', 'Venn diagram', 'Pareto chart',
                 'Gantt chart', 'Bloom filter', 'Levenshtein distance', 'Jaccard index', 'Zamboni machine', 'Ferris wheel',
                 'Kussmaul breathing', 'Horner syndrome', 'Lisfranc injury', 'Baker cyst', 'Osgood-Schlatter disease'], 'eponyms')
PRODUCTS = clean(['trail shoe', 'espresso grinder', 'cordless drill', 'yoga mat', 'desk lamp', 'rain jacket',
                  'kettle', 'bike pump', 'headphones', 'backpack'], 'products')


def sha1ish(g):
    return ''.join(g.r.choice('0123456789abcdef') for _ in range(40))


def order_no(g, n=10):
    return g.digits(n)


INSTR = ['clean this up into JSON', 'what does this say? summarise in one line', 'extract the contact details',
         'translate to English', 'put this into a table', 'fix the formatting', 'is anything missing here?',
         'turn this into a short reply', 'normalise the numbers in this', 'log this in the CRM format']


# ----------------------------------------------------------------------------------------------------------
# one sensitive / benign maker per kind: return dict(lang, doc, issued, style[, msgs][, url][, instr])
def k_spelled(g, i, benign):
    tag = LATIN_SPELL[i % len(LATIN_SPELL)]
    lang = SPELL_LANG[tag]
    region = L[tag]['region']
    if benign:
        mode = i % 3
        if mode == 0:
            v = order_no(g, g.r.choice([8, 9, 10]))
            doc = f'[voice note transcript] {ORDER_WORD[lang]} {spell(v, lang, g)}'
            return dict(lang=tag, doc=doc, issued=[], style='voice_transcript · order_number')
        if mode == 1:
            org = g.pick(ORGS)
            pn = g.phone(region, phonenumbers.PhoneNumberType.FIXED_LINE)
            nat = re.sub(r'\D', '', g.fmt(pn, 'nat'))
            doc = f'{org} — service line / Servicenummer: {spell(nat, lang, g)} (Mo–Fr 8–18)'
            return dict(lang=tag, doc=doc, issued=[], style='dictated · org_switchboard')
        v = g.digits(6)
        doc = f'parcel locker code {spell(v, lang, g)}, locker {g.r.randint(1, 60)} at the {g.pick(["station", "supermarket", "petrol station"])}'
        return dict(lang=tag, doc=doc, issued=[], style='dictated · locker_code')
    p = Person(g, tag)
    pn = g.phone(region)
    intl = i % 2 == 0
    digits = re.sub(r'\D', '', g.fmt(pn, 'e164' if intl else 'nat'))
    v = spell(digits, lang, g, plus=intl)
    a, b = SAY[lang]
    issued = [('phone', v)]
    doc = '[voicemail, auto-transcribed] ' + a.format(name=p.name) + ' ' + b.format(v=v)
    issued.append(('person', p.name))
    if tag == 'en-US' and i % 4 == 1:
        s, _, _ = g.national_id(tag)
        sv = spell(s.replace('-', ''), 'en', g)
        doc += f'. oh and for the form my social is {sv}'
        issued.append(('ssn', sv))
    elif i % 5 == 3:
        c = g.card()
        cv = spell(c, lang, g)
        doc += f' … {cv}, expiry {g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}'
        issued.append(('credit_card', cv))
    return dict(lang=tag, doc=doc, issued=issued, style='dictated · voicemail')


def k_odd(g, i, benign):
    tag = list(L)[i % len(L)]
    if benign:
        mode = i % 4
        if mode == 0:
            v = odd_group(g.pick(REGISTRY_IBANS), g)
            doc = f'IBAN format check example (from the registry doc): {v}'
            return dict(lang='en', doc=doc, issued=[], style='odd_grouping · registry_iban')
        if mode == 1:
            v = odd_group(g.pick(sorted(TEST_CARDS)), g)
            doc = f'sandbox checkout still failing with test card {v}, exp 12/34, cvc 123'
            return dict(lang='en', doc=doc, issued=[], style='odd_grouping · test_card')
        if mode == 2:
            v = odd_group('JJD' + g.digits(18), g)
            return dict(lang=tag, doc=f'tracking: {v}', issued=[], style='odd_grouping · tracking')
        v = odd_group('978' + g.digits(9) + '5', g)
        return dict(lang=tag, doc=f'ISBN {v} / SKU {odd_group(g.digits(8), g)}', issued=[], style='odd_grouping · isbn_sku')
    p = Person(g, tag)
    issued = [('person', p.name)]
    mode = i % 4
    if mode == 0:
        v = odd_group(g.fmt(g.phone(L[tag]['region']), 'e164'), g)
        lab = 'tel'
        issued.append(('phone', v))
    elif mode == 1:
        v = odd_group(g.iban(), g)
        lab = 'IBAN'
        issued.append(('iban', v))
    elif mode == 2:
        v = odd_group(g.card(), g)
        lab = 'card'
        issued.append(('credit_card', v))
    else:
        nid = g.national_id(tag)
        if nid is None:
            v = odd_group(g.fmt(g.phone(L[tag]['region']), 'nat'), g)
            lab = 'tel'
            issued.append(('phone', v))
        else:
            v = odd_group(nid[0], g)
            lab = nid[2]
            issued.append((nid[1], v))
    doc = f'{p.name}\n{lab}: {v}'
    return dict(lang=tag, doc=doc, issued=issued, style='odd_grouping · ' + lab)


NATIVE_LOCS = ['ar-EG', 'ar-SA', 'fa-IR', 'hi-IN', 'bn-BD', 'th-TH', 'ja-JP', 'zh-CN']
NATIVE_LAB = {'ar': ('الاسم', 'الجوال', 'السعر', 'رقم الطلب'), 'fa': ('نام', 'موبایل', 'قیمت', 'شماره سفارش'),
              'hi': ('नाम', 'मोबाइल', 'कीमत', 'ऑर्डर संख्या'), 'bn': ('নাম', 'মোবাইল', 'দাম', 'অর্ডার নম্বর'),
              'th': ('ชื่อ', 'มือถือ', 'ราคา', 'เลขที่คำสั่งซื้อ'), 'ja': ('氏名', '携帯', '価格', '注文番号'),
              'zh': ('姓名', '手机', '价格', '订单号')}


def k_native(g, i, benign):
    tag = NATIVE_LOCS[i % len(NATIVE_LOCS)]
    script = L[tag]['digits']
    ln, lp, lpr, lo = NATIVE_LAB[lang2(tag)]
    if benign:
        mode = i % 3
        if mode == 0:
            doc = f'{lo}: {native(order_no(g, 9), script)}\n{lpr}: {native(str(g.r.randint(120, 9800)), script)}'
            return dict(lang=tag, doc=doc, issued=[], style='native_digits · order_price')
        if mode == 1:
            pn = g.phone(L[tag]['region'], phonenumbers.PhoneNumberType.FIXED_LINE)
            doc = f'{g.pick(ORGS)} — {native(g.fmt(pn, "nat"), script)}'
            return dict(lang=tag, doc=doc, issued=[], style='native_digits · org_switchboard')
        doc = native(f'{g.r.randint(2025, 2027)}/{g.r.randint(1, 12):02d}/{g.r.randint(1, 28):02d} — {g.r.randint(8, 20)}:{g.r.choice(["00", "30"])} — {g.r.randint(100, 999)}', script)
        return dict(lang=tag, doc=doc + ' (meeting room / slot)', issued=[], style='native_digits · schedule')
    p = Person(g, tag)
    v = native(g.fmt(g.phone(L[tag]['region']), 'nat'), script)
    issued = [('person', p.name), ('phone', v)]
    doc = f'{ln}: {p.name}\n{lp}: {v}'
    if i % 3 == 1:
        nid = g.national_id(tag)
        if nid:
            nv = native(nid[0], script)
            doc += f'\n{nid[2]}: {nv}'
            issued.append((nid[1], nv))
    if i % 3 == 2:
        y, m, d = p.dob
        dv = native(f'{d:02d}/{m:02d}/{y}', script)
        doc += f'\n{DOB_CUE[lang2(tag)]} {dv}'
        issued.append(('DATE_OF_BIRTH', dv))
    return dict(lang=tag, doc=doc, issued=issued, style='native_digits · ' + script)


def k_split(g, i, benign):
    tag = list(L)[(i * 7) % len(L)]
    mode = i % 4
    if benign:
        if mode == 0:
            t = 'JJD' + g.digits(16)
            msgs = [f'tracking is {t[:9]}', f'{t[9:]} sorry hit enter too early']
            return dict(lang='en', doc=None, msgs=msgs, issued=[], style='split · two_messages · tracking')
        if mode == 1:
            ib = g.pick(REGISTRY_IBANS)
            cells = [ib[j:j + 4] for j in range(0, len(ib), 4)]
            doc = '| ' + ' | '.join(f'g{j + 1}' for j in range(len(cells))) + ' |\n|' + '---|' * len(cells) + '\n| ' + ' | '.join(cells) + ' |'
            return dict(lang='en', doc='IBAN validator unit test fixture (registry example):\n' + doc, issued=[], style='split · table_cells · registry_iban')
        if mode == 2:
            role = g.pick(['support', 'billing', 'privacy', 'jobs'])
            dom = ascii_slug(g.pick(ORGS).split()[-1]) + g.pick(['.com', '.de', '.eu'])
            return dict(lang='en', doc=None, msgs=[f'write to {role}', f'@{dom} for the refund'], issued=[], style='split · two_messages · role_mailbox')
        sku = g.digits(12)
        doc = f'part no.\n{sku[:4]}\n{sku[4:8]}\n{sku[8:]}\n(qty 3, {g.pick(PRODUCTS)})'
        return dict(lang='en', doc=doc, issued=[], style='split · lines · part_number')
    p = Person(g, tag)
    if mode == 0:
        ph = g.fmt(g.phone(L[tag]['region']), 'nat')
        cut = len(ph) // 2
        a, b = ph[:cut], ph[cut:]
        msgs = [f'{p.name}, number is {a}', f'{b} (sorry, sent too early)']
        return dict(lang=tag, doc=None, msgs=msgs, issued=[('person', p.name), ('phone', a), ('phone', b)], split=True,
                    style='split · two_messages · phone')
    if mode == 1:
        ib = g.iban()
        cells = [ib[j:j + 4] for j in range(0, len(ib), 4)]
        doc = f'| name | {" | ".join("" for _ in cells[1:])} |\n|' + '---|' * len(cells) + f'\n| {p.name} | ' + ' | '.join(cells[1:]) + ' |\n| IBAN | ' + cells[0] + ' |'
        doc = f'payee ({p.name}):\n| ' + ' | '.join(cells) + ' |'
        issued = [('person', p.name)] + [('iban', c) for c in cells]
        return dict(lang=tag, doc=doc, issued=issued, split=True, style='split · table_cells · iban')
    if mode == 2:
        msgs = [f'reply to {p.local}', f'@{p.domain} pls — {p.name}']
        return dict(lang=tag, doc=None, msgs=msgs, issued=[('person', p.name), ('email', p.local), ('email', '@' + p.domain)],
                    split=True, style='split · two_messages · email')
    c = g.card()
    doc = f'{p.name}\n{c[:8]}\n{c[8:]}\n{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}'
    return dict(lang=tag, doc=doc, issued=[('person', p.name), ('credit_card', c[:8]), ('credit_card', c[8:])], split=True,
                style='split · lines · card')


def obfuscate(local, domain, g, j):
    host, _, tld = domain.rpartition('.')
    forms = [f'{local} at {host} dot {tld}', f'{local} [at] {host} [dot] {tld}', f'{local}(at){domain}',
             f'{local} AT {host.upper()} DOT {tld.upper()}', f'{local} {{at}} {host} {{dot}} {tld}',
             f'{local} _at_ {domain}', f'{local} ät {host} punkt {tld}', f'{local} arroba {host} punto {tld}',
             f'{local} chez {host} point {tld}', f'{local}＠{domain}', f'{local} @ {host} . {tld}',
             f'{local.replace(".", " dot ")} at {host} dot {tld}']
    return forms[j % len(forms)]


def k_obf(g, i, benign):
    tag = list(L)[(i * 5) % len(L)]
    if benign:
        org = g.pick(ORGS)
        dom = ascii_slug(org.split()[-1]) + g.pick(['.org', '.de', '.co.uk', '.fr', '.it', '.nl'])
        role = g.pick(['info', 'support', 'kontakt', 'press', 'dpo', 'noreply', 'bestellung', 'hr', 'helpdesk'])
        v = obfuscate(role, dom, g, i)
        doc = f'{org}: write to {v} (no personal addresses please, the mailbox is shared)'
        return dict(lang=tag, doc=doc, issued=[], style='obfuscated_email · role_mailbox')
    p = Person(g, tag)
    v = obfuscate(p.local, p.domain, g, i)
    doc = f'forum post signature: — {p.name}, reach me on {v} (spam-proofed)'
    if i % 3 == 0:
        doc = f'{p.name}\nmail: {v}\n(please don\'t put my address in plain text on the flyer)'
    return dict(lang=tag, doc=doc, issued=[('person', p.name), ('email', v)], style='obfuscated_email · ' + str(i % 12))


def k_url(g, i, benign):
    tag = list(L)[(i * 3) % len(L)]
    mode = i % 5
    if benign:
        if mode == 0:
            u = f'https://shop.{ascii_slug(g.pick(ORGS).split()[0])}.com/p/{g.digits(7)}?variant={g.digits(3)}&utm_source=newsletter&utm_campaign=w{g.r.randint(1, 52)}'
            return dict(lang='en', doc=None, url=u, issued=[], style='url · product_query')
        if mode == 1:
            dom = ascii_slug(g.pick(ORGS).split()[-1]) + '.org'
            return dict(lang='en', doc=f'button href: mailto:support@{dom}?subject=Order%20{g.digits(8)}', issued=[], style='url · mailto_role')
        if mode == 2:
            pn = g.phone(L[tag]['region'], phonenumbers.PhoneNumberType.FIXED_LINE)
            return dict(lang=tag, doc=f'footer: <a href="tel:{g.fmt(pn, "e164")}">Reception {g.pick(ORGS)}</a>', issued=[], style='url · tel_org')
        if mode == 3:
            ip = f'203.0.113.{g.r.randint(1, 254)}'
            return dict(lang='en', doc=None, url=f'https://status.example.com/probe?ip={ip}&port=443&ts={g.r.randint(1700000000, 1800000000)}',
                        issued=[], style='url · doc_ip')
        return dict(lang='en', doc=None, url=f'https://maps.example.org/?q=town+hall&ll={g.r.uniform(40, 55):.5f},{g.r.uniform(-3, 20):.5f}&z=17',
                    issued=[], style='url · coordinates')
    p = Person(g, tag)
    if mode == 0:
        q = urllib.parse.urlencode({'email': p.email, 'name': p.name, 'ref': 'signup'})
        return dict(lang=tag, doc=None, url=f'https://forms.{ascii_slug(g.pick(ORGS).split()[0])}.com/thanks?{q}',
                    issued=[('email', p.email), ('person', p.name)], style='url · query_email')
    if mode == 1:
        return dict(lang=tag, doc=f'my contact button isn\'t working: <a href="mailto:{p.email}?subject=Hi%20{urllib.parse.quote(p.given)}">{p.name}</a>',
                    issued=[('email', p.email), ('person', p.name)], style='url · mailto')
    if mode == 2:
        ph = g.fmt(g.phone(L[tag]['region']), 'e164')
        link = g.pick([f'tel:{ph}', f'https://wa.me/{ph[1:]}', f'sms:{ph}?body=hi'])
        return dict(lang=tag, doc=f'{p.name} — {link}', issued=[('phone', ph[1:] if 'wa.me' in link else ph), ('person', p.name)],
                    style='url · tel_wa')
    if mode == 3:
        ip = g.ip()
        return dict(lang=tag, doc=None, url=f'https://router-log.{ascii_slug(g.pick(ORGS).split()[0])}.net/view?client={ip}&user={urllib.parse.quote(p.email)}',
                    issued=[('IP_ADDRESS', ip), ('email', p.email)], style='url · ip_query')
    y, m, d = p.dob
    q = urllib.parse.urlencode({'patient': p.name, 'dob': f'{y}-{m:02d}-{d:02d}'})
    return dict(lang=tag, doc=f'why does this link 404? https://portal.{ascii_slug(g.pick(ORGS).split()[0])}.health/record?{q}',
                issued=[('person', p.name), ('DATE_OF_BIRTH', f'{y}-{m:02d}-{d:02d}')], style='url · query_dob')


def k_ocr(g, i, benign):
    tag = list(L)[(i * 11) % len(L)]
    if benign:
        org = g.pick(ORGS)
        pn = g.phone(L[tag]['region'], phonenumbers.PhoneNumberType.FIXED_LINE)
        hours = f'Mon-Fri 08:00-16:30, Sat 09:00-12:00'
        doc = ocr(f'PUBLIC NOTICE\n{org}\nOpening hours: {hours}\nSwitchboard: {g.fmt(pn, "nat")}\nRef. {g.digits(6)}/{g.r.randint(2024, 2026)}', g, .15)
        return dict(lang='en', doc='[OCR output]\n' + doc, issued=[], style='ocr · public_notice')
    p = Person(g, tag)
    ph = ocr(g.fmt(g.phone(L[tag]['region']), 'nat'), g)
    em = ocr(p.email, g, .2)
    issued = [('person', p.name), ('phone', ph), ('email', em)]
    doc = f'[OCR output, scanned form]\nName: {p.name}\nTe1: {ph}\nE-rnail: {em}'
    if i % 2:
        ib = ocr(g.iban(), g, .3)
        doc += f'\nIBAN: {ib}'
        issued.append(('iban', ib))
    nid = g.national_id(tag) if i % 3 == 0 else None
    if nid:
        nv = ocr(nid[0], g, .3)
        doc += f'\n{nid[2]}: {nv}'
        issued.append((nid[1], nv))
    if tag == 'en-US' and i % 3 == 1:
        bank = ocr(f'{g.aba()} / {g.digits(10)}', g, .3)
        doc += f'\nRouting / Acct: {bank}'
        issued.append(('US_BANK_NUMBER', bank))
    return dict(lang=tag, doc=doc, issued=issued, style='ocr · form')


def k_case(g, i, benign):
    tag = list(L)[(i * 13) % len(L)]
    mode = i % 4
    if benign:
        if mode == 0:
            return dict(lang='en', doc=f'commit {sha1ish(g)} / {sha1ish(g)[:12]} on branch release-{g.r.randint(2, 9)}.{g.r.randint(0, 20)}', issued=[], style='case · hashes')
        if mode == 1:
            return dict(lang='en', doc=f'SEND ALL INVOICES TO BILLING@{ascii_slug(g.pick(ORGS).split()[-1]).upper()}.COM NOT TO INDIVIDUALS', issued=[], style='case · role_mailbox_upper')
        if mode == 2:
            return dict(lang='en', doc=f'unit test: iban = "{g.pick(REGISTRY_IBANS).lower()}"  # registry example, lower-case input', issued=[], style='case · registry_iban_lower')
        return dict(lang='en', doc=f'sku={g.pick(PRODUCTS).replace(" ", "-").upper()}-{g.digits(6)} card={g.pick(sorted(TEST_CARDS))} (stripe test)', issued=[], style='case · sku_testcard')
    p = Person(g, tag)
    if mode == 0:
        v = g.iban().lower()
        return dict(lang=tag, doc=f'{p.name.lower()} {v}', issued=[('person', p.name.lower()), ('iban', v)], style='case · lower_iban')
    if mode == 1:
        v = p.email.upper()
        return dict(lang=tag, doc=f'CONTACT: {p.name.upper()} / {v}', issued=[('person', p.name.upper()), ('email', v)], style='case · upper_email')
    if mode == 2:
        v = g.fmt(g.phone(L[tag]['region']), 'e164')[1:]
        return dict(lang=tag, doc=f'{p.name};{v};{p.city}', issued=[('person', p.name), ('phone', v)], style='case · no_separators_phone')
    nid = g.national_id(tag)
    if nid is None:
        v = g.card()
        return dict(lang=tag, doc=f'{p.name} {v}', issued=[('person', p.name), ('credit_card', v)], style='case · no_separators_card')
    v = re.sub(r'[\s\-./]', '', nid[0]).lower()
    return dict(lang=tag, doc=f'{p.name}, {nid[2]} {v}', issued=[('person', p.name), (nid[1], v)], style='case · id_compact')


HONOR = {'en': ['Mrs', 'Mr', 'Dr', 'Ms'], 'de': ['Frau Dr.', 'Herr', 'Frau'], 'fr': ['Mme', 'M.', 'Me'], 'es': ['Sra.', 'D.', 'Dña.'],
         'it': ['Sig.ra', 'Dott.', 'Sig.'], 'nl': ['mevr.', 'dhr.'], 'pt': ['Sra.', 'Sr.', 'Dra.'], 'pl': ['Pani', 'Pan', 'dr'],
         'sv': ['fru', 'herr'], 'fi': ['rouva', 'herra'], 'tr': ['Sayın', 'Bayan'], 'ru': ['г-жа', 'г-н'], 'uk': ['пані', 'пан'],
         'el': ['κα', 'κ.'], 'ar': ['السيدة', 'السيد', 'د.'], 'fa': ['خانم', 'آقای'], 'hi': ['श्रीमती', 'श्री', 'डॉ.'],
         'bn': ['জনাব', 'বেগম'], 'th': ['นาง', 'นาย'], 'ja': ['様'], 'zh': ['先生', '女士'], 'ko': ['님'], 'vi': ['Ông', 'Bà'],
         'he': ['גב\'', 'מר']}


def k_names(g, i, benign):
    tag = list(L)[(i * 17) % len(L)]
    mode = i % 5
    if benign:
        if mode in (0, 1):
            f, l, born = g.pick(HISTORIC)
            v = f'{l.upper()}, {f}' if mode == 0 else f'{f[0]}. {l.upper()}'
            return dict(lang='en', doc=f'catalogue card: {v} ({born}) — biography, 2nd ed., shelf {g.r.randint(100, 999)}.{g.r.randint(1, 99)}', issued=[], style='names · historical_surname_first')
        if mode == 2:
            f, l = g.pick(FICTION)
            return dict(lang='en', doc=f'CHARACTER LIST: {l.upper()}, {f.upper()} — protagonist. Essay due Friday.', issued=[], style='names · fictional_caps')
        if mode == 3:
            return dict(lang='en', doc=f'referral: query {g.pick(EPONYMS)}; see also {g.pick(EPONYMS).upper()}', issued=[], style='names · eponyms')
        return dict(lang='en', doc='Dear [TITLE] [SURNAME], / Sehr geehrte/r Frau/Herr [NACHNAME], / Mme/M. [NOM] — template, fill later', issued=[], style='names · placeholder_template')
    p = Person(g, tag)
    h = g.pick(HONOR[lang2(tag)])
    if mode == 0:
        v = f'{p.family.upper()}, {p.given}' if not SPACELESS.search(p.family) else p.family + ' ' + p.given
    elif mode == 1:
        v = p.name.upper() if p.name.upper() != p.name else f'{h} {p.name}'
    elif mode == 2:
        v = f'{p.given[0]}. {p.family}' if re.match(r'[^\W\d_]', p.given) and not SPACELESS.search(p.given) else f'{p.family}{h}'
    elif mode == 3:
        v = f'{h} {p.family}' if h not in ('様', '님', '先生', '女士') else f'{p.family}{h}'
    else:
        v = f'{p.latin[0]} {p.latin[1]}' if p.latin and p.latin != (p.given, p.family) else f'{p.family.upper()} {p.given}'
    ctx = g.pick(['tenant in flat 3 complained about the heating', 'applicant for the night-shift role, interview Tue',
                  'patient missed the follow-up appointment', 'parent asked for the reading list', 'customer wants a refund for a torn jacket'])
    return dict(lang=tag, doc=f'{v} — {ctx}', issued=[('person', v)], style='names · ' + ['surname_first', 'caps_or_honorific', 'initials', 'honorific', 'transliterated'][mode])


def k_addr(g, i, benign):
    tag = list(L)[(i * 19) % len(L)]
    if benign:
        st = g.pick(L[tag]['streets']).replace('{n}', '1')
        what = g.pick(['Town hall', 'Public library', 'Railway station ticket office', 'Municipal swimming pool', 'District court', 'Pharmacy (open Sundays)'])
        return dict(lang=tag, doc=f'{what}: {st}, {g.pick(L[tag]["cities"])} — open 9-17', issued=[], style='address · public_building')
    p = Person(g, tag)
    st = p.street
    for a, b in L[tag].get('abbr', []):
        if a in st and g.r.random() < .7:
            st = st.replace(a, b)
    if i % 3 == 0:
        st = st.upper()
    doc = g.pick([f'{p.name}, {st}, {p.city}', f'ship to {p.name} {st} {p.city}', f'{p.name} / {st} / {p.city} (home)'])
    return dict(lang=tag, doc=doc, issued=[('person', p.name), ('STREET_ADDRESS', st)], style='address · one_line')


def fmt_date(y, m, d, tag, j):
    l2 = lang2(tag)
    mon = MONTHS.get(l2)
    forms = [f'{d:02d}.{m:02d}.{y}', f'{m}/{d}/{y % 100:02d}', f'{d}-{ROMAN[m - 1]}-{y}', f'{y}{m:02d}{d:02d}',
             f'{d:02d}/{m:02d}/{y}', f'{y}-{m:02d}-{d:02d}']
    if mon:
        forms += [f'{d} {mon[m - 1]} {y}', f'{d}. {mon[m - 1]} {y}' if l2 in ('de', 'fi') else f'{mon[m - 1]} {d}, {y}']
    if l2 in ('ja', 'zh'):
        forms += [f'{y}年{m}月{d}日']
    if l2 == 'ko':
        forms += [f'{y}년 {m}월 {d}일']
    return forms[j % len(forms)]


def k_dob(g, i, benign):
    tag = list(L)[(i * 23) % len(L)]
    l2 = lang2(tag)
    if benign:
        if i % 2:
            f, l, born = g.pick(HISTORIC)
            return dict(lang='en', doc=f'quiz card: {f} {l} — born {born}. Who was it?', issued=[], style='dob · historical')
        y, m, d = g.r.randint(2019, 2027), g.r.randint(1, 12), g.r.randint(1, 28)
        what = g.pick(['contract start', 'invoice date', 'warranty until', 'company founded', 'lease ends', 'product launch'])
        return dict(lang=tag, doc=f'{what}: {fmt_date(y, m, d, tag, i)}', issued=[], style='dob · other_date')
    p = Person(g, tag)
    v = fmt_date(*p.dob, tag, i)
    return dict(lang=tag, doc=f'{p.name}, {DOB_CUE.get(l2, "DOB")} {v}', issued=[('person', p.name), ('DATE_OF_BIRTH', v)],
                style='dob · format_' + str(i % 9))


KINDS = [('spelled_digits', k_spelled), ('odd_grouping', k_odd), ('native_digits', k_native), ('split_value', k_split),
         ('obfuscated_email', k_obf), ('url_embedded', k_url), ('ocr_confusion', k_ocr), ('case_separators', k_case),
         ('name_forms', k_names), ('address_forms', k_addr), ('dob_formats', k_dob)]


# ----------------------------------------------------------------------------------------------------------
# placing the text in a request
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'local/qwen2.5-7b-instruct']
SYSTEMS = ['You are a helpful assistant.', 'You help a small office with admin tasks. Be brief.',
           'You are a data-entry assistant. Output clean, normalised values.', 'Assistant for a customer-service team.']
CRM_SCHEMA = {'name': 'contact', 'strict': True, 'schema': {'type': 'object', 'additionalProperties': False,
              'properties': {'summary': {'type': 'string'}, 'values': {'type': 'array', 'items': {'type': 'string'}}},
              'required': ['summary', 'values']}}
TOOLS = [{'type': 'function', 'function': {'name': 'save_note', 'description': 'Save a note to the ticket.',
                                           'parameters': {'type': 'object', 'properties': {'ticket': {'type': 'string'},
                                                                                           'text': {'type': 'string'}},
                                                          'required': ['ticket', 'text']}}}]


def place(g, n, rec):
    instr = g.pick(INSTR)
    body = {'model': g.pick(MODELS)}
    doc, msgs, url = rec.get('doc'), rec.get('msgs'), rec.get('url')
    if n % 10 == 9 and not msgs and not url:
        body['prompt'] = f'{doc}\n\n### Task: {instr}\n###'
        body['max_tokens'] = g.pick([128, 256, 512])
        body['stop'] = ['###']
        return 'completions', body, 'completions'
    sysm = {'role': 'system', 'content': g.pick(SYSTEMS)}
    if msgs:
        if n % 2:
            body['messages'] = [sysm, {'role': 'user', 'content': msgs[0]}, {'role': 'user', 'content': msgs[1]},
                                {'role': 'user', 'content': instr}]
        else:
            body['messages'] = [{'role': 'user', 'content': msgs[0]}, {'role': 'assistant', 'content': 'Go on, I\'m listening.'},
                                {'role': 'user', 'content': msgs[1] + '\n' + instr}]
        return 'chat', body, 'two_messages'
    if url:
        if n % 2:
            body['messages'] = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': 'what is this page? the preview looks broken'},
                                                                    {'type': 'image_url', 'image_url': {'url': url, 'detail': 'low'}}]}]
            return 'chat', body, 'image_url'
        body['messages'] = [sysm, {'role': 'user', 'content': f'this link came in the webhook payload:\n{url}\n\n{instr}'}]
        return 'chat', body, 'user_url'
    k = n % 9
    if k == 0:
        body['messages'] = [sysm, {'role': 'user', 'content': f'{instr}\n\n{doc}'}]
        where = 'user'
    elif k == 1:
        body['messages'] = [{'role': 'system', 'content': f'{g.pick(SYSTEMS)}\nContext for this conversation:\n{doc}'},
                            {'role': 'user', 'content': instr}]
        where = 'system'
    elif k == 2:
        body['messages'] = [sysm, {'role': 'user', 'content': 'I will paste it in a sec'},
                            {'role': 'assistant', 'content': f'Received:\n{doc}'}, {'role': 'user', 'content': instr}]
        where = 'assistant_echo'
    elif k == 3:
        cid = 'call_' + ''.join(g.r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(16))
        body['messages'] = [sysm, {'role': 'user', 'content': f'open ticket {g.digits(6)} and {instr}'},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                                'name': 'get_ticket', 'arguments': json.dumps({'id': g.digits(6)})}}]},
                            {'role': 'tool', 'tool_call_id': cid, 'content': json.dumps({'body': doc}, ensure_ascii=False)}]
        where = 'tool_result'
    elif k == 4:
        cid = 'call_' + ''.join(g.r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(16))
        body['messages'] = [sysm, {'role': 'user', 'content': 'save what I dictated to the ticket'},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                                'name': 'save_note', 'arguments': json.dumps({'ticket': g.digits(6), 'text': doc}, ensure_ascii=False)}}]},
                            {'role': 'tool', 'tool_call_id': cid, 'content': '{"ok": true}'},
                            {'role': 'user', 'content': instr}]
        body['tools'] = TOOLS
        where = 'tool_call_args'
    elif k == 5:
        body['messages'] = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': instr}, {'type': 'text', 'text': doc}]}]
        where = 'content_parts'
    elif k == 6:
        b64 = base64.b64encode(doc.encode('utf-8')).decode('ascii')
        body['messages'] = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': instr + ' (see attached)'},
                                                               {'type': 'file', 'file': {'filename': g.pick(['note.txt', 'scan_ocr.txt', 'paste.txt']),
                                                                                         'file_data': 'data:text/plain;base64,' + b64}}]}]
        where = 'file_base64'
    elif k == 7:
        body['messages'] = [sysm, {'role': 'user', 'content': f'{doc}\n\n{instr}'}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': CRM_SCHEMA}
        where = 'user+response_format'
    else:
        body['messages'] = [{'role': 'user', 'content': f'{doc}\n\n{instr}'}]
        body['user'] = 'u_' + sha1ish(g)[:12]
        body['temperature'] = 0.2
        where = 'user+user_field'
    return 'chat', body, where


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def haystack(body):
    out = []
    for s in strings(body):
        out.append(s)
        if s.startswith('data:') and ';base64,' in s:
            out.append(base64.b64decode(s.split(';base64,', 1)[1]).decode('utf-8'))
        if s.startswith('{'):
            try:
                out.extend(strings(json.loads(s)))
            except ValueError:
                pass
    out += [urllib.parse.unquote_plus(x) for x in out] + [urllib.parse.unquote(x) for x in out]
    return out


def entities_of(body, issued):
    hay = haystack(body)
    found = collections.defaultdict(list)
    for t, v in issued:
        found[t].append(any(v in h for h in hay))
    return sorted(t for t, ok in found.items() if all(ok))


def build_pii(seed):
    g = Gen(seed)
    recs = []
    n = 0
    for kind, fn in KINDS:
        plan = [False] * 26 + [True] * 19
        g.r.shuffle(plan)
        for j, benign in enumerate(plan):
            rec = fn(g, j, benign)
            endpoint, body, where = place(g, n + j, rec)
            ents = entities_of(body, rec['issued'])
            want = sorted({t for t, _ in rec['issued']})
            assert ents == want, (kind, ents, want, rec)
            assert bool(ents) == (not benign), (kind, rec)
            recs.append({'category': kind + ('_benign' if benign else ''), 'sensitive': bool(ents), 'entities': ents,
                         'endpoint': endpoint, 'lang': rec['lang'], 'style': rec['style'] + ' · ' + where, 'body': body})
        n += len(plan)
    g.r.shuffle(recs)
    return [dict({'id': 'bayou-pii-%04d' % (i + 1)}, **r) for i, r in enumerate(recs)]


# ----------------------------------------------------------------------------------------------------------
# complexity prompts (the surface twist: dictated / all-caps / oddly-digited / OCR'd inputs)
SHORT_SIMPLE = [
    ('en', 'what is {a} + {b}?'), ('en', 'convert {a} km to miles'), ('de', 'Wie viel sind {a} mal {b}?'),
    ('fr', 'Traduis « bonne nuit » en italien.'), ('es', '¿Cuál es la capital de Noruega?'), ('it', 'quanti giorni ha febbraio nel 2028?'),
    ('nl', 'zet {a} om naar Romeinse cijfers'), ('pt-BR', 'quanto é {a} dividido por 4?'), ('pl', 'przetłumacz „dziękuję” na angielski'),
    ('ru', 'сколько будет {a} минус {b}?'), ('ja', '「ありがとう」を英語にしてください'), ('zh', '把“早上好”翻译成英文'),
    ('ko', '{a} 더하기 {b}는?'), ('ar', 'ما عاصمة المغرب؟'), ('hi', '{a} में {b} जोड़ें'), ('tr', '{a} saniye kaç dakika eder?'),
    ('sv', 'vad heter "katt" på tyska?'), ('fi', 'paljonko on {a} + {b}?'), ('el', 'Μετάφρασε «καλημέρα» στα αγγλικά'),
    ('he', 'כמה זה {a} ועוד {b}?'), ('vi', '{a} nhân 2 bằng bao nhiêu?'), ('th', '{a} บวก {b} เท่ากับเท่าไร'),
    ('en', 'WHAT IS {a} TIMES {b}'), ('en', 'write the number "{w}" in digits'), ('de', 'schreib {n} in arabischen Ziffern'),
    ('en', 'is {a} even or odd?'), ('fa', '{a} به علاوه {b} چند می‌شود؟'), ('bn', '{a} আর {b} যোগ করলে কত?'), ('uk', 'скільки буде {a} плюс {b}?'),
]
SHORT_HARD = [
    ('en', 'Prove that there are infinitely many primes of the form 4k+3.'),
    ('en', 'Design a rate limiter for {a} tenants with bursty traffic across 3 regions; compare token bucket vs sliding window and justify the consistency trade-offs.'),
    ('de', 'Beweise, dass √{p} irrational ist, und erkläre, wo der Beweis für 4 scheitert.'),
    ('fr', 'Pourquoi un verrou double-vérifié sans volatile est-il cassé en Java ? Donne un entrelacement précis qui le montre.'),
    ('es', 'Demuestra que todo grafo plano es 6-coloreable y explica por qué el argumento no da 4.'),
    ('it', 'Il mio servizio perde memoria solo sotto carico con keep-alive attivo: elenca le ipotesi, come discriminarle e in che ordine.'),
    ('nl', 'Bewijs dat de som van de eerste n oneven getallen n² is, en geef daarna een bijectief bewijs.'),
    ('pt-BR', 'Projete o particionamento de uma tabela de eventos com {a} milhões de linhas/dia: chaves, hot spots e custos de reindexação.'),
    ('pl', 'Udowodnij, że problem stopu jest nierozstrzygalny, i wskaż, który krok używa przekątniowania.'),
    ('ru', 'Докажи, что в любой группе порядка {p2} есть нормальная подгруппа порядка {p}.'),
    ('ja', '分散キャッシュで書き込み後読み込み一貫性を保証する設計を、障害時の振る舞いを含めて比較してください。'),
    ('zh', '证明：任意 {a} 个整数中必有两个之差能被 {b} 整除，并推广到一般情形。'),
    ('ko', '리더 선출 없이 선형화 가능성을 보장할 수 있는가? 반례 또는 증명을 제시하라.'),
    ('ar', 'صمّم مخططاً لتكرار قاعدة بيانات بين منطقتين مع توضيح المفاضلة بين التوافر والاتساق عند انقطاع الشبكة.'),
    ('hi', 'सिद्ध कीजिए कि किसी भी वृक्ष में n शीर्ष हों तो ठीक n-1 किनारे होते हैं, और प्रेरण का आधार स्पष्ट करें।'),
    ('tr', 'Bir kuyruk tüketicisi mesajları bazen iki kez işliyor; olası kök nedenleri ve tam-bir-kez semantiğinin maliyetini tartış.'),
    ('sv', 'Visa att varje ändlig integritetsdomän är en kropp, och förklara varför ändligheten behövs.'),
    ('en', 'EXPLAIN WHY THIS DEADLOCKS: thread A locks m1 then m2, thread B locks m2 then calls a callback that locks m1 — AND GIVE TWO FIXES WITH TRADE-OFFS'),
    ('en', 'Find all integer solutions of x² − {p}y² = 1 with y < 100 and prove your method finds the fundamental one.'),
    ('en', 'p99 latency doubled after moving from {a} to {b} shards while p50 improved. Reason through the likely causes and the experiment to confirm each.'),
    ('fi', 'Todista, että jokainen jatkuva funktio suljetulla välillä saavuttaa maksiminsa, ja kerro mihin täydellisyyttä tarvitaan.'),
    ('el', 'Σχεδίασε σύστημα ουράς εργασιών με προτεραιότητες χωρίς λιμοκτονία και ανάλυσε την πολυπλοκότητα.'),
    ('he', 'הוכח שאין פונקציה רציפה f:ℝ→ℝ כך ש-f(f(x)) = -x לכל x.'),
    ('vi', 'Chứng minh rằng mọi số nguyên dương đều biểu diễn duy nhất dưới dạng tổng các số Fibonacci không liên tiếp.'),
    ('uk', 'Чому HashMap може зациклитися під час одночасного resize у старих JVM? Покажи послідовність кроків.'),
    ('en', 'Given an OCR pipeline that confuses O/0 and l/1 at ~{a}% per char, design a checksum-aware correction step for IBANs and reason about its false-correction rate.'),
]


def long_easy_doc(g, j):
    mode = j % 5
    rows = []
    if mode == 0:
        for i in range(40):
            rows.append(f'{i + 1}. {g.pick(PRODUCTS).upper()} — QTY {spell(g.digits(2), "en", g)} — BIN {g.r.choice("ABCDEF")}{g.r.randint(1, 9)}')
        return 'en', 'rewrite these spoken-stock lines with numerals instead of words, keep the order', '\n'.join(rows)
    if mode == 1:
        sc = g.pick(list(NATIVE_DIG))
        for i in range(75):
            rows.append(native(f'{i + 1:02d}  {g.r.randint(2020, 2026)}-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}  {g.r.randint(10, 9999)}.{g.r.randint(0, 99):02d}', sc))
        return 'en', 'convert all digits in this ledger to ASCII 0-9, nothing else', '\n'.join(rows)
    if mode == 2:
        txt = ('THE COMMITTEE MET AT 10:00. THE AGENDA WAS APPROVED. THE BUDGET LINE FOR PAINT WAS MOVED TO NEXT QUARTER. '
               'THE GARDEN ROTA STAYS AS IS. THE NEXT MEETING IS ON THE FIRST TUESDAY. ')
        return 'en', 'this was typed with caps lock on. convert it to normal sentence case, change nothing else', (txt * 9).strip()
    if mode == 3:
        txt = ocr('Opening hours of the municipal pool change on 1 May. Lanes 1 to 5 are reserved for clubs on weekday '
                  'evenings. The sauna closes 30 minutes before the pool. Lockers need a 1 euro coin. ', g, .1)
        return 'en', 'fix the obvious OCR mistakes (O for 0, l for 1 and similar), nothing else', '\n'.join([txt] * 8)
    langs = [('de', 'übersetze diese Liste ins Englische'), ('fr', 'traduis cette liste en anglais'), ('es', 'traduce esta lista al inglés'),
             ('it', 'traduci questa lista in inglese'), ('pl', 'przetłumacz tę listę na angielski')]
    lg, ins = langs[j % len(langs)]
    items = {'de': 'Milch, Brot, Äpfel, Käse, Tomaten, Reis, Nudeln, Zwiebeln', 'fr': 'lait, pain, pommes, fromage, tomates, riz, pâtes, oignons',
             'es': 'leche, pan, manzanas, queso, tomates, arroz, pasta, cebollas', 'it': 'latte, pane, mele, formaggio, pomodori, riso, pasta, cipolle',
             'pl': 'mleko, chleb, jabłka, ser, pomidory, ryż, makaron, cebula'}[lg].split(', ')
    for i in range(150):
        rows.append(f'- {g.pick(items)} x{g.r.randint(1, 6)}')
    return lg, ins, '\n'.join(rows)


def long_hard_doc(g, j):
    mode = j % 4
    if mode == 0:
        lines = []
        t = 0
        for i in range(55):
            t += g.r.randint(1, 40)
            lvl = g.pick(['INFO', 'INFO', 'WARN', 'DEBUG'])
            lines.append(f'12:{t // 60 % 60:02d}:{t % 60:02d}.{g.r.randint(0, 999):03d} {lvl} worker-{g.r.randint(1, 4)} '
                         f'{g.pick(["acquired lease shard-7", "released lease shard-7", "retry upload chunk", "gc pause 180ms", "commit offset", "rebalance started"])}')
        return 'en', ('Two workers both think they own shard-7 for about 4 seconds and we get duplicate writes. From this log, '
                      'work out the sequence that causes it, the root cause, and a fix that survives GC pauses. Explain the trade-offs.'), '\n'.join(lines)
    if mode == 1:
        code = '\n'.join(f'def step_{i}(state):\n    state["v"] = (state["v"] * {g.r.randint(2, 9)} + {g.r.randint(0, 9)}) % 1000003\n    return state\n' for i in range(28))
        return 'en', ('Somewhere in this pipeline the checksum of normalised IBANs differs between the Python and Go ports. '
                      'Reason step by step about where integer overflow or modular arithmetic could diverge, and design a test that pins it down.'), code
    if mode == 2:
        reqs = '\n'.join(f'R{i + 1}: {g.pick(["must accept phone numbers typed with spaces, dots or spelled-out digits", "must keep p95 under 40 ms", "must run on a 4-core edge box", "must not store raw values longer than 24h", "must support 30 scripts of digits", "must degrade gracefully if the model server is down"])}' for i in range(40))
        return 'en', ('Design the normalisation layer for these requirements. Several conflict; identify which, propose an architecture, '
                      'and justify each trade-off with rough numbers.'), reqs
    proof = ' '.join(f'Lemma {i + 1}. For every n ≥ {i + 1}, a_n ≥ a_{{n-1}} + {i % 3}.' for i in range(40))
    return 'en', 'Check this chain of lemmas for a gap. If the conclusion a_n ≥ n²/6 does not follow, give a counterexample; otherwise give a full proof.', proof


def build_cx(seed):
    g = Gen(seed + 1)
    out, seen = [], set()
    plan = [('short_simple', i) for i in range(46)] + [('short_hard', i) for i in range(50)] + \
           [('long_easy', i) for i in range(50)] + [('long_hard', i) for i in range(44)]
    for cat, i in plan:
        a, b = g.r.randint(12, 999), g.r.randint(2, 99)
        if cat == 'short_simple':
            lg, t = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
            text = t.format(a=a, b=b, w=spell(str(a), 'en', g), n=spell(str(a), 'de', g))
            if i >= len(SHORT_SIMPLE):
                text = g.pick(['[voice input] ' + text.lower(), text.upper(), 'pls: ' + text])
            label, adv, style = 0, False, 'lookup/arith'
        elif cat == 'short_hard':
            lg, t = SHORT_HARD[i % len(SHORT_HARD)]
            p = g.pick([3, 5, 7, 11, 13])
            text = t.format(a=a, b=b, p=p, p2=p * p)
            if i >= len(SHORT_HARD):  # second pass: the same question in another surface form
                text = g.pick(['[voice input, auto-transcribed] ' + text.lower().rstrip('.?'), text.upper(),
                               'quick q (typed on phone): ' + text.lower()])
            label, adv, style = 1, True, 'proof/design/debug'
        elif cat == 'long_easy':
            lg, ins, doc = long_easy_doc(g, i)
            text = f'{ins}\n\n{doc}' if i % 2 else f'{doc}\n\n{ins}'
            assert len(text) >= 1500, (i, len(text))
            label, adv, style = 0, True, 'reformat/translate'
        else:
            lg, ins, doc = long_hard_doc(g, i)
            text = f'{ins}\n\n{doc}'
            assert len(text) >= 1500, (i, len(text))
            label, adv, style = 1, False, 'root_cause/design/proof'
        base = text
        while text in seen:  # same question again: vary only its surface form
            text = g.pick(['[voice input] ', 'pls ', 'quick one: ', '(typed on phone) ', 'hey, ', '>> ']) + \
                g.pick([base, base.lower(), base.upper(), base + ' thx', base + ' ?'])
        seen.add(text)
        body = {'model': g.pick(MODELS), 'messages': [{'role': 'user', 'content': text}]}
        if i % 4 == 1:
            body['messages'].insert(0, {'role': 'system', 'content': g.pick(SYSTEMS)})
        out.append({'category': cat, 'label': label, 'length_adversarial': adv, 'endpoint': 'chat', 'lang': lg,
                    'style': style, 'body': body})
    g.r.shuffle(out)
    return [dict({'id': 'bayou-cx-%04d' % (i + 1)}, **r) for i, r in enumerate(out)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261223)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    pii, cx = build_pii(a.seed), build_cx(a.seed)
    for name, recs in (('pii_bayou.jsonl', pii), ('complexity_bayou.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_bayou.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions) in {len({r["lang"] for r in pii})} language tags; '
          f'{sens} sensitive / {len(pii) - sens} benign')
    print('  categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print(f'complexity_bayou.jsonl: {len(cx)} requests in {len({r["lang"] for r in cx})} language tags; '
          + ', '.join(f'{k} {v}' for k, v in sorted(collections.Counter(r['category'] for r in cx).items()))
          + f'; {sum(r["length_adversarial"] for r in cx)} length-adversarial, {sum(r["label"] for r in cx)} labelled 1')


if __name__ == '__main__':
    main()
