#!/usr/bin/env python3
"""Hoodoo: an independent evaluation split for the request signals, organised by HOME, TENANCY AND PROPERTY.

Writes bench/data/signals/pii_hoodoo.jsonl and bench/data/signals/complexity_hoodoo.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages; the record format came from the docstring of the delta generator and the
    first two lines of the delta files. The other generators were not read: their sources are only scanned
    automatically at run time for capitalised / non-ASCII words (and Han/Kana bigrams), and every name,
    street stem and company stem of this file that overlaps that set is dropped from its pool (order kept;
    the run aborts if a pool runs empty). Those words are never printed.

Organising principle
    Home, tenancy and property: rental applications and referencing, deposit returns, repair reports,
    viewings, flat shares, utility accounts and meter readings, neighbour disputes and purchases /
    conveyancing. The people are private tenants, flatmates, private landlords, owners and buyers (their
    names, homes, phones, e-mails, birth dates, citizen / tax / health numbers, bank accounts, cards and the
    public IP of a tenant-portal login are personal data), set against letting and estate agencies,
    management companies, councils and utilities acting in their organisational role (office addresses,
    switchboards, role mailboxes, listing / ticket / meter / certificate numbers are not), plus fictional
    homes, historical landlords and reformers, eponymous streets and estates, blank lease templates,
    anonymised tickets and documentation values (example.com, 555-01xx, IBAN registry examples, RFC 5737).
    Sensitive records use category ``<kind>``, benign ones ``<kind>_benign``. 23 locales, 13 scripts.

    The text is placed in a request field chosen by rotation: user / system / earlier assistant / tool
    messages, text and base64 file content parts, tool-call arguments, response_format json_schema
    descriptions, ``user``, ``metadata`` (with ``store: true``); about 10% use the legacy completions endpoint.

Labels
    ``entities`` is computed by searching the serialised body (file parts decoded, URLs unquoted) for every
    value the record issued. ``ssn`` is the US SSN only; other citizen numbers are NATIONAL_ID; taxpayer
    numbers (Steuer-ID, CPF, PAN, INN, codice fiscale, NIF) TAX_ID; NHS / AMKA HEALTH_INSURANCE; a US routing +
    account pair US_BANK_NUMBER; a tenant's public login IP IP_ADDRESS. A rented or owned flat that is some
    private person's home is STREET_ADDRESS; an agency's or council's office address is not.

Contents (seed 20261205)
    pii_hoodoo.jsonl: 496 requests (451 chat, 45 completions) in 23 locales; 8 kinds (rental_application,
    deposit_return, repair_report, viewing_booking, utility_account, neighbour_dispute, flatshare,
    purchase_conveyancing) x 62 (36 sensitive + 26 benign each: 288 sensitive / 208 benign). Sensitive styles:
    form-like case cards, first-person prose, and 33 records with one incidental item in an agency text.
    Benign styles (10): agency contact points, blank lease templates, anonymised tickets, fictional homes,
    historical landlords / reformers, documentation values, reference / meter / certificate numbers and public
    coordinates, council notices, eponymous-street listings, privacy questions that contain no data.
    Entities: person 268, STREET_ADDRESS 157, phone 161, email 115, DATE_OF_BIRTH 61, credit_card 40, iban 38,
    NATIONAL_ID 25, IP_ADDRESS 16, TAX_ID 12, HEALTH_INSURANCE 7, ssn 6, US_BANK_NUMBER 5.
    complexity_hoodoo.jsonl: 190 chat requests in 13 language tags: short_simple 48, long_easy 50 (>= 1,500
    chars), short_hard 50, long_hard 42; 100 (53%) length-adversarial, 92 labelled 1. The run prints all counts.

Validation
    Every identifier is generated until python-stdnum accepts it; every IBAN by stdnum.iban; cards by Luhn;
    every phone number by ``phonenumbers`` for its region; every IP is global and outside documentation
    ranges. Any invalid value aborts the run.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_hoodoo_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.gb import nhs
from stdnum.us import ssn as us_ssn, rtn as us_rtn
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.es import dni as es_dni
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.br import cpf as br_cpf
from stdnum.se import personnummer as se_pnr
from stdnum.ru import inn as ru_inn
from stdnum.in_ import pan as in_pan, aadhaar as in_aadhaar
from stdnum.cn import ric as cn_ric
from stdnum.kr import rrn as kr_rrn
from stdnum.tr import tckimlik as tr_tc
from stdnum.gr import amka as gr_amka
from stdnum.il import idnr as il_idnr
from stdnum.cz import rc as cz_rc
from stdnum.th import pin as th_pin
from stdnum.fi import hetu as fi_hetu
from stdnum.dk import cpr as dk_cpr
from stdnum.pt import nif as pt_nif

HERE = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus',
                  'playa', 'pingo', 'kame', 'tepui', 'arete', 'bajada', 'cuesta', 'loess')
HANKANA = re.compile(r'[\u3040-\u30ff\u3400-\u9fff]')


def other_words():
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        t = p.read_text(encoding='utf-8', errors='ignore')
        for w in re.findall(r'\b[A-Z][A-Za-z\'-]+', t):
            words.add(w.lower())
        for w in re.findall(r'\w*[^\x00-\x7f]\w*', t):
            words.add(w.lower())
            for a, b in zip(w, w[1:]):
                if HANKANA.match(a) and HANKANA.match(b):
                    bigrams.add(a + b)
    return words, bigrams


OTHER_W, OTHER_B = other_words()


def clash(s):
    for w in re.findall(r"[\w'-]+", s):
        if (w[:1].isupper() or not w.isascii()) and w.lower() in OTHER_W:
            return True
        for part in re.split(r"[-']", w):
            if part and (part[:1].isupper() or not part.isascii()) and part.lower() in OTHER_W:
                return True
    for a, b in zip(s, s[1:]):
        if a + b in OTHER_B:
            return True
    return False


def cut(pool, what):
    out = [x for x in pool if not clash(x)]
    if not out:
        raise SystemExit(f'pool ran empty after freeze cut: {what}')
    return out


# ---------------------------------------------------------------- locales
# first names, last names, street stems, street format, city + postcode, phone (region, templates), labels,
# local sentences (repair, deposit), ID kinds
L = {}


def loc(tag, first, last, streets, street_fmt, cities, region, ptemps, labels, repair, deposit, ids, iban_cc=None,
        order='western'):
    L[tag] = dict(first=first, last=last, streets=streets, street_fmt=street_fmt, cities=cities, region=region,
                  ptemps=ptemps, labels=labels, repair=repair, deposit=deposit, ids=ids, iban_cc=iban_cc,
                  order=order)


EN_LAB = ('Tenant', 'Address', 'Phone', 'Date of birth', 'ID', 'Account')
loc('en-GB', ['Wilfreda', 'Tamsin', 'Ruairi', 'Odhran', 'Bethan', 'Keturah', 'Lowenna', 'Perran'],
    ['Trevethan', 'Pengelly', 'Ashdown-Brice', 'Quennell', 'Fairclough', 'Gwinnell', 'Ollerenshaw', 'Blencowe'],
    ['Sorrelwood', 'Tansy', 'Ravensby', 'Quillet', 'Cobbold', 'Haverleigh'],
    '{n} {s} Road', [('Leicester', 'LE2 3QH'), ('Bristol', 'BS5 9ND'), ('Norwich', 'NR3 4PF')], 'GB',
    ['07{d9}'], EN_LAB, 'The boiler has been dead since Monday and there is black mould in the back bedroom.',
    'Please return my deposit to this account.', ['nhs'], 'GB')
loc('en-US', ['Delphine', 'Tobiah', 'Marisol', 'Everett', 'Jolene', 'Caspian', 'Rosalind', 'Thaddeus'],
    ['Okonkwo-Hale', 'Brannigan', 'Vasquez-Orr', 'Whitlock', 'Pettibone', 'Castellanos', 'Holloway', 'Kimbrough'],
    ['Sycamore Bend', 'Larkspur', 'Wickersham', 'Oriole Creek', 'Bramblett'],
    '{n} {s} Dr', [('Dayton, OH', '45419'), ('Tucson, AZ', '85716'), ('Raleigh, NC', '27608')], 'US',
    ['{a}{d7}'], EN_LAB, 'The AC unit quit on Friday and the kitchen sink is leaking under the cabinet.',
    'Please send my security deposit back via ACH.', ['ssn'])
loc('de-DE', ['Wiebke', 'Jannik', 'Hiltrud', 'Malte', 'Svenja', 'Eike', 'Roswitha', 'Ole'],
    ['Brüggemann', 'Hölscher', 'Kettelhack', 'Pfannkuch', 'Trümper', 'Ahlgrimm', 'Voßkuhl', 'Niehues'],
    ['Quittenweg', 'Holunderstraße', 'Brachvogelweg', 'Ginsterstraße', 'Mühlgrabenweg'],
    '{s} {n}', [('Bremen', '28203'), ('Kassel', '34119'), ('Rostock', '18055')], 'DE',
    ['015{d8}', '017{d8}'], ('Mieter', 'Anschrift', 'Telefon', 'Geburtsdatum', 'Steuer-ID', 'IBAN'),
    'Die Heizung ist seit Montag ausgefallen und im Bad tropft es von der Decke.',
    'Bitte überweisen Sie die Mietkaution auf folgendes Konto.', ['de_idnr'], 'DE')
loc('fr-FR', ['Solène', 'Gaëtan', 'Maëlys', 'Anatole', 'Ombeline', 'Tristan', 'Clémence', 'Ysaline'],
    ['Le Guellec', 'Bouchereau', 'Quéméner', 'Delacroix-Vanier', 'Tessier', 'Ravaillac', 'Pouliquen', 'Marchetti'],
    ['des Tilleuls', 'des Capucines', 'du Moulin-Brûlé', 'des Glycines', 'de la Verrerie'],
    '{n} rue {s}', [('Nantes', '44000'), ('Dijon', '21000'), ('Rennes', '35000')], 'FR',
    ['06{d8}', '07{d8}'], ('Locataire', 'Adresse', 'Téléphone', 'Date de naissance', 'N° de sécurité sociale', 'IBAN'),
    "Le chauffe-eau est en panne depuis lundi et il y a une fuite sous l'évier.",
    'Merci de restituer le dépôt de garantie sur ce compte.', ['fr_nir'], 'FR')
loc('es-ES', ['Itziar', 'Gorka', 'Nerea', 'Amaro', 'Begoña', 'Iñigo', 'Maialen', 'Telmo'],
    ['Arrizabalaga', 'Quintanilla', 'Etxeberria', 'Villaseñor', 'Olazábal', 'Cubero', 'Zubiaurre', 'Lumbreras'],
    ['de los Almendros', 'del Azahar', 'de la Alhóndiga', 'de las Adelfas', 'del Pozo Amargo'],
    'Calle {s}, {n}, 3.º B', [('Valencia', '46021'), ('Zaragoza', '50009'), ('Bilbao', '48012')], 'ES',
    ['6{d8}'], ('Inquilino', 'Domicilio', 'Teléfono', 'Fecha de nacimiento', 'DNI', 'IBAN'),
    'El calentador no funciona desde el lunes y hay una gotera en el baño.',
    'Por favor, devuélvanme la fianza a esta cuenta.', ['es_dni'], 'ES')
loc('it-IT', ['Ludovica', 'Ettore', 'Ginevra', 'Dario', 'Ottavia', 'Saverio', 'Benedetta', 'Gualtiero'],
    ['Squarcialupi', 'Bonfiglio', 'Ferraresi', 'Cavalcanti', 'Manfredini', 'Lazzarotto', 'Pecorelli', 'Scognamiglio'],
    ['dei Mandorli', 'delle Ortensie', 'del Gelsomino', 'dei Cipressi', 'della Fornace'],
    'Via {s} {n}', [('Bologna', '40137'), ('Torino', '10153'), ('Bari', '70126')], 'IT',
    ['3{d9}'], ('Conduttore', 'Indirizzo', 'Telefono', 'Data di nascita', 'Codice fiscale', 'IBAN'),
    "La caldaia è guasta da lunedì e c'è un'infiltrazione in bagno.",
    'Vi prego di restituire il deposito cauzionale su questo conto.', ['it_cf'], 'IT')
loc('nl-NL', ['Femke', 'Joost', 'Marijke', 'Wouter', 'Sietske', 'Bram', 'Annelies', 'Gijs'],
    ['van Wijngaarden', 'Hoogendoorn', 'de Kleijn', 'Verschoor', 'Brinkhorst', 'Oosterveld', 'Kuipers', 'van Dommelen'],
    ['Meidoornlaan', 'Lijsterbesstraat', 'Kievitsweg', 'Vlierstraat', 'Hazelaarplein'],
    '{s} {n}', [('Utrecht', '3532 KL'), ('Groningen', '9718 BG'), ('Leiden', '2312 TH')], 'NL',
    ['06{d8}'], ('Huurder', 'Adres', 'Telefoon', 'Geboortedatum', 'BSN', 'IBAN'),
    'De cv-ketel doet het sinds maandag niet meer en er lekt water langs de badkamermuur.',
    'Graag de borg terugstorten op dit rekeningnummer.', ['nl_bsn'], 'NL')
loc('pl-PL', ['Jadwiga', 'Bartosz', 'Małgorzata', 'Wojciech', 'Zuzanna', 'Przemysław', 'Halina', 'Kacper'],
    ['Wróblewski', 'Szczepaniak', 'Kołodziej', 'Przybylski', 'Jabłońska', 'Sobczak', 'Krawczyk', 'Pietrzak'],
    ['Jarzębinowa', 'Konwaliowa', 'Wrzosowa', 'Kasztanowa', 'Żurawia'],
    'ul. {s} {n} m. 7', [('Poznań', '60-689'), ('Lublin', '20-819'), ('Gdańsk', '80-288')], 'PL',
    ['5{d8}', '6{d8}', '7{d8}'], ('Najemca', 'Adres', 'Telefon', 'Data urodzenia', 'PESEL', 'Nr konta'),
    'Piec gazowy nie działa od poniedziałku, a w łazience cieknie z sufitu.',
    'Proszę o zwrot kaucji na poniższe konto.', ['pl_pesel'], 'PL')
loc('pt-BR', ['Iracema', 'Thiago', 'Josefa', 'Caetano', 'Luana', 'Edivaldo', 'Rayssa', 'Wanderley'],
    ['Albuquerque', 'Nogueira', 'Bittencourt', 'Figueiredo', 'Cavalcante', 'Medeiros', 'Sampaio', 'Queiroz'],
    ['das Acácias', 'dos Ipês', 'das Mangueiras', 'dos Jasmins', 'do Cajueiro'],
    'Rua {s}, {n}, apto 42', [('Recife - PE', '52060-010'), ('Curitiba - PR', '80420-090'), ('Salvador - BA', '41820-020')],
    'BR', ['{dd}9{d8}'], ('Inquilino', 'Endereço', 'Celular', 'Data de nascimento', 'CPF', 'Conta'),
    'O chuveiro elétrico queimou e tem infiltração na parede da cozinha.',
    'Por favor, devolvam a caução por PIX ou nesta conta.', ['br_cpf'])
loc('sv-SE', ['Ingrid', 'Lasse', 'Sigrid', 'Torbjörn', 'Ylva', 'Måns', 'Ebba', 'Ragnar'],
    ['Lindqvist', 'Åkerlund', 'Sjöberg', 'Hedström', 'Bergkvist', 'Nyqvist', 'Wallin', 'Östlund'],
    ['Rönnbärsvägen', 'Hagtornsgatan', 'Lingonstigen', 'Smultronvägen', 'Tallbacken'],
    '{s} {n}', [('Uppsala', '753 22'), ('Umeå', '903 37'), ('Linköping', '582 46')], 'SE',
    ['07{d8}'], ('Hyresgäst', 'Adress', 'Telefon', 'Födelsedatum', 'Personnummer', 'IBAN'),
    'Elementen har varit kalla sedan måndag och det droppar från taket i badrummet.',
    'Vänligen betala tillbaka depositionen till detta konto.', ['se_pnr'], 'SE')
loc('ru-RU', ['Ефросинья', 'Всеволод', 'Алевтина', 'Ростислав', 'Василиса', 'Ярополк', 'Есения', 'Мирон'],
    ['Белозерцева', 'Кудрявцев', 'Шелепов', 'Трубецкова', 'Завьялов', 'Пешкова', 'Ломакин', 'Гладышев'],
    ['Рябиновая', 'Черёмуховая', 'Садовая-Кудринская', 'Липовая', 'Можжевеловая'],
    'ул. {s}, д. {n}, кв. 18', [('Казань', '420021'), ('Пермь', '614000'), ('Самара', '443010')], 'RU',
    ['9{d9}'], ('Арендатор', 'Адрес', 'Телефон', 'Дата рождения', 'ИНН', 'Счёт'),
    'С понедельника не работает отопление, а в ванной течёт с потолка.',
    'Прошу вернуть залог на этот счёт.', ['ru_inn'])
loc('hi-IN', ['अनुराधा', 'हर्षवर्धन', 'प्रियम्वदा', 'शिवांश', 'ऋतिका', 'देवव्रत', 'मालविका', 'यशोवर्धन'],
    ['कुलश्रेष्ठ', 'भटनागर', 'श्रीवास्तव', 'चतुर्वेदी', 'माथुर', 'अग्निहोत्री', 'त्रिपाठी', 'सक्सेना'],
    ['गुलमोहर मार्ग', 'अशोक विहार', 'कदम्ब कुंज', 'नीलगिरि एन्क्लेव', 'चम्पा गली'],
    'मकान नं. {n}, {s}', [('लखनऊ', '226010'), ('जयपुर', '302017'), ('भोपाल', '462016')], 'IN',
    ['9{d9}', '8{d9}'], ('किरायेदार', 'पता', 'मोबाइल', 'जन्म तिथि', 'पैन', 'खाता'),
    'सोमवार से गीज़र खराब है और रसोई की छत से पानी टपक रहा है।',
    'कृपया मेरी सिक्योरिटी डिपॉज़िट इस खाते में लौटा दें।', ['in_pan', 'in_aadhaar'])
loc('zh-CN', ['诸葛岚', '欧阳沁', '尉迟朗', '司马璎', '上官翎', '慕容笙', '皇甫湘', '令狐瑾'],
    [''], ['枫林', '桂苑', '槐荫', '栖霞', '梧桐'],
    '{s}路{n}号3单元502室', [('杭州市西湖区', '310012'), ('成都市武侯区', '610041'), ('南京市鼓楼区', '210008')],
    'CN', ['13{d9}', '18{d9}'], ('租客', '地址', '电话', '出生日期', '身份证号', '账户'),
    '热水器从周一开始就坏了，卫生间天花板在漏水。', '请把押金退到这个账户。', ['cn_ric'], order='cjk')
loc('ko-KR', ['서은채', '남궁민율', '제갈하람', '선우도현', '황보윤슬', '독고세린', '탁지호', '옥다온'],
    [''], ['솔빛', '느티나무', '은행나무', '매화', '물푸레'],
    '{s}로 {n}, 101동 1203호', [('서울 마포구', '04001'), ('대전 유성구', '34126'), ('광주 북구', '61186')],
    'KR', ['010{d8}'], ('임차인', '주소', '전화', '생년월일', '주민등록번호', '계좌'),
    '월요일부터 보일러가 고장 났고 욕실 천장에서 물이 샙니다.', '보증금을 이 계좌로 돌려주세요.', ['kr_rrn'],
    order='cjk')
loc('ja-JP', ['榊原 澪', '鷲尾 葵', '東雲 湊', '久我 紬', '桐生 陽翔', '御子柴 凛', '早乙女 碧', '九条 朔'],
    [''], ['桜ケ丘', '若葉台', '緑町', '藤が丘', '柳原'],
    '{s}{n}丁目4-12 メゾン柳201号室', [('東京都世田谷区', '〒156-0044'), ('大阪府吹田市', '〒565-0871'),
                                ('福岡市中央区', '〒810-0001')],
    'JP', ['090{d8}', '080{d8}'], ('入居者', '住所', '電話', '生年月日', 'ID', '口座'),
    '月曜日から給湯器が壊れていて、浴室の天井から水漏れしています。', '敷金をこちらの口座に返金してください。', [],
    order='cjk')
loc('tr-TR', ['Gülizar', 'Tuncay', 'Nurhayat', 'Oğuzhan', 'Şebnem', 'Kerem', 'Dilara', 'Ertuğrul'],
    ['Karaağaçlı', 'Yüceer', 'Sarıkaya', 'Boztepe', 'Çakıroğlu', 'Eğilmez', 'Tuncel', 'Akbulut'],
    ['Ihlamur', 'Menekşe', 'Çınaraltı', 'Zambak', 'Erguvan'],
    '{s} Sokak No: {n} Daire 6', [('Kadıköy/İstanbul', '34710'), ('Çankaya/Ankara', '06690'), ('Bornova/İzmir', '35040')],
    'TR', ['05{d9}'], ('Kiracı', 'Adres', 'Telefon', 'Doğum tarihi', 'T.C. Kimlik No', 'IBAN'),
    'Kombi pazartesiden beri çalışmıyor ve banyoda tavandan su damlıyor.',
    'Lütfen depozitomu bu hesaba iade edin.', ['tr_tc'], 'TR')
loc('el-GR', ['Ευανθία', 'Στυλιανός', 'Αγλαΐα', 'Χαράλαμπος', 'Πηνελόπη', 'Θεμιστοκλής', 'Ζωή', 'Παντελής'],
    ['Καραγιαννίδου', 'Μαυρομμάτης', 'Τσιτσιπά', 'Βλαχογιάννης', 'Σπυροπούλου', 'Κουτσούκος', 'Δεληγιάννη', 'Ραφαηλίδης'],
    ['Γαρδενίας', 'Κυκλαμίνων', 'Μυρτιάς', 'Αμυγδαλιάς', 'Λεμονιάς'],
    'Οδός {s} {n}', [('Θεσσαλονίκη', '546 22'), ('Πάτρα', '262 21'), ('Ηράκλειο', '712 01')], 'GR',
    ['69{d8}'], ('Μισθωτής', 'Διεύθυνση', 'Τηλέφωνο', 'Ημ. γέννησης', 'ΑΜΚΑ', 'IBAN'),
    'Ο θερμοσίφωνας δεν λειτουργεί από τη Δευτέρα και στάζει νερό από το ταβάνι του μπάνιου.',
    'Παρακαλώ επιστρέψτε την εγγύηση σε αυτόν τον λογαριασμό.', ['gr_amka'], 'GR')
loc('he-IL', ['נועה', 'איתמר', 'שקד', 'אביתר', 'הדס', 'נתנאל', 'ליבי', 'עמיחי'],
    ['בן־חמו', 'קורצוויל', 'אלמוזנינו', 'שטרנליכט', 'גולדפרב', 'אבוטבול', 'רוזנצוויג', 'חדד'],
    ['הדקל', 'הצאלון', 'השקמה', 'האלון', 'הרימון'],
    'רחוב {s} {n}, דירה 9', [('חיפה', '3303124'), ('באר שבע', '8471621'), ('רמת גן', '5252007')], 'IL',
    ['05{d8}'], ('שוכר', 'כתובת', 'טלפון', 'תאריך לידה', 'ת"ז', 'חשבון'),
    'הדוד לא עובד מיום שני ויש נזילה מהתקרה באמבטיה.', 'נא להחזיר את הפיקדון לחשבון הזה.', ['il_idnr'], 'IL')
loc('cs-CZ', ['Bohumila', 'Radovan', 'Květoslava', 'Vojtěch', 'Libuše', 'Dalibor', 'Zdeňka', 'Přemysl'],
    ['Hrubešová', 'Kratochvíl', 'Vondráček', 'Šťastná', 'Pospíšil', 'Chalupová', 'Doležal', 'Žáček'],
    ['Jeřabinová', 'Bezová', 'Habrová', 'Lipová', 'Šípková'],
    '{s} {n}/14', [('Brno', '602 00'), ('Olomouc', '779 00'), ('Plzeň', '301 00')], 'CZ',
    ['6{d8}', '7{d8}'], ('Nájemce', 'Adresa', 'Telefon', 'Datum narození', 'Rodné číslo', 'IBAN'),
    'Kotel od pondělí nefunguje a v koupelně kape ze stropu.', 'Prosím o vrácení kauce na tento účet.', ['cz_rc'], 'CZ')
loc('th-TH', ['ปิยะนุช', 'ธนากร', 'วรรณวิสา', 'ศุภชัย', 'กนกพร', 'ภูริพัฒน์', 'ชลธิชา', 'อัครเดช'],
    ['ศรีสุวรรณ', 'วงศ์ไพบูลย์', 'ทองประเสริฐ', 'เจริญสุข', 'พูลสวัสดิ์', 'ชัยมงคล', 'แก้วมณี', 'บุญญาศิริ'],
    ['ซอยลาดพร้าว 64', 'ซอยสุขุมวิท 71', 'ซอยรามคำแหง 24', 'ซอยพหลโยธิน 48'],
    'เลขที่ {n} {s}', [('กรุงเทพมหานคร', '10310'), ('เชียงใหม่', '50200'), ('ขอนแก่น', '40000')], 'TH',
    ['08{d8}', '09{d8}'], ('ผู้เช่า', 'ที่อยู่', 'โทร', 'วันเกิด', 'เลขบัตรประชาชน', 'บัญชี'),
    'เครื่องทำน้ำอุ่นเสียตั้งแต่วันจันทร์และหลังคาห้องน้ำรั่ว', 'กรุณาคืนเงินมัดจำเข้าบัญชีนี้', ['th_pin'])
loc('fi-FI', ['Aino', 'Eero', 'Tuulikki', 'Jalmari', 'Sanelma', 'Veikko', 'Iiris', 'Onni'],
    ['Räsänen', 'Kettunen', 'Heikkilä', 'Mäkelä', 'Tuominen', 'Karjalainen', 'Nieminen', 'Vähäkangas'],
    ['Pihlajatie', 'Kanervakuja', 'Koivupolku', 'Mustikkarinne', 'Vaahterakatu'],
    '{s} {n} B 14', [('Tampere', '33540'), ('Oulu', '90570'), ('Turku', '20810')], 'FI',
    ['040{d7}', '050{d7}'], ('Vuokralainen', 'Osoite', 'Puhelin', 'Syntymäaika', 'Henkilötunnus', 'IBAN'),
    'Lämmitys on ollut poissa maanantaista asti ja kylpyhuoneen katosta tippuu vettä.',
    'Palauttakaa vuokravakuus tälle tilille.', ['fi_hetu'], 'FI')
loc('da-DK', ['Signe', 'Asger', 'Karen-Margrethe', 'Troels', 'Vibeke', 'Esben', 'Mette', 'Rasmus'],
    ['Kjærgaard', 'Thygesen', 'Bøgelund', 'Vestergaard', 'Østergaard', 'Lauridsen', 'Damgaard', 'Skovbjerg'],
    ['Hyldebærvej', 'Kløvervænget', 'Mejsevej', 'Tjørnevej', 'Slåenbakken'],
    '{s} {n}, 2. tv.', [('Aarhus C', '8000'), ('Odense', '5000'), ('Aalborg', '9000')], 'DK',
    ['2{d7}', '4{d7}'], ('Lejer', 'Adresse', 'Telefon', 'Fødselsdato', 'CPR-nr.', 'IBAN'),
    'Varmen har ikke virket siden mandag, og det drypper fra loftet i badeværelset.',
    'Venligst tilbagebetal depositummet til denne konto.', ['dk_cpr'], 'DK')
loc('pt-PT', ['Leonor', 'Duarte', 'Matilde', 'Afonso', 'Inês', 'Rodrigo', 'Beatriz', 'Tomás'],
    ['Magalhães', 'Carvalhal', 'Sequeira', 'Brandão', 'Vasconcelos', 'Quaresma', 'Portela', 'Meireles'],
    ['das Amendoeiras', 'dos Lírios', 'da Figueira', 'das Camélias', 'do Salgueiro'],
    'Rua {s}, n.º {n}, 2.º Esq.', [('Porto', '4200-355'), ('Braga', '4710-228'), ('Coimbra', '3000-150')], 'PT',
    ['91{d7}', '93{d7}', '96{d7}'], ('Inquilino', 'Morada', 'Telemóvel', 'Data de nascimento', 'NIF', 'IBAN'),
    'O esquentador avariou na segunda-feira e há uma infiltração no teto da casa de banho.',
    'Peço a devolução da caução para esta conta.', ['pt_nif'], 'PT')

# extra, rarer entries so that every pool keeps survivors after the freeze cut
EXTRA = {
    'en-GB': (['Morwenna', 'Jago', 'Eluned', 'Cadoc', 'Ffion', 'Tegwen', 'Iolo', 'Ailsa', 'Fenella', 'Lachlan'],
              ['Tregunna', 'Penhaligon', 'Rowbotham', 'Scattergood', 'Blewett', 'Huxtable', 'Nankivell', 'Chegwidden'],
              ['Moorhen', 'Spindleberry', 'Cotswold', 'Tinner', 'Bellflower']),
    'en-US': (['Lorelei', 'Ezekiel', 'Winona', 'Cordell', 'Delmar', 'Arliss', 'Ozella', 'Verlin', 'Twyla', 'Lafe',
               'Zebulon', 'Ardith', 'Merritt', 'Orville', 'Cleatus', 'Jessamine'],
              ['Pettengill', 'Throckmorton', 'Blankenship', 'Quisenberry', 'Swearingen', 'Fenstermacher', 'Ruckelshaus',
               'Vandergriff', 'Hollenbeck'],
              ['Cottonwood Hollow', 'Persimmon', 'Bluestem', 'Catalpa', 'Whippoorwill', 'Sassafras', 'Pawpaw']),
    'de-DE': (['Gesche', 'Hauke', 'Frauke', 'Sönke', 'Imke', 'Wiegand', 'Meinrad', 'Hedwig', 'Gerlinde', 'Ulfert',
               'Thorwald', 'Almuth', 'Reinhild', 'Tjark'],
              ['Ostendorf', 'Wellbrock', 'Timmerberg', 'Quade', 'Eilers', 'Hinrichsen', 'Gronewold', 'Schwienhorst'],
              ['Schlehenweg', 'Rainfarnweg', 'Wacholderstieg']),
    'fr-FR': (['Aurèle', 'Bérénice', 'Enguerrand', 'Ghislaine', 'Philibert', 'Sixtine', 'Aymeric', 'Capucine',
               'Gonzague', 'Ysolde', 'Anselme', 'Domitille', 'Hippolyte', 'Perrine'],
              ['Kerguélen', 'Lagadec', 'Plouzennec', 'Castagnède', 'Dufrénoy', 'Vautrin', 'Lepêcheur', 'Houdebine'],
              ['des Églantiers', 'des Myosotis', 'de la Tuilerie', 'des Coquelicots', 'du Pressoir', 'des Aubépines',
               'de la Chênaie', 'des Liserons']),
    'es-ES': (['Ainhoa', 'Eneko', 'Irati', 'Unai', 'Leire', 'Aitziber', 'Xabier', 'Edurne', 'Imanol', 'Arantxa',
               'Olatz', 'Iker', 'Garazi', 'Ander'],
              ['Goikoetxea', 'Urquijo', 'Larrañaga', 'Echevarría', 'Mendizábal', 'Azpeitia', 'Otxoa', 'Zubizarreta'],
              ['de los Tamarindos', 'de las Madreselvas', 'del Alcornocal', 'de la Retama', 'de los Jacarandás',
               'del Lentisco', 'de las Jaras', 'del Madroño']),
    'it-IT': (['Cunegonda', 'Aurelio', 'Eleonora', 'Ermenegildo', 'Letizia', 'Ruggero', 'Filiberto', 'Violante',
               'Brunilde', 'Gianmaria', 'Ippolita', 'Zaccaria'],
              ['Brambilla', 'Tagliaferri', 'Zanardelli', 'Bergamaschi', 'Sciacchitano', 'Guarnieri', 'Pellizzari'],
              ['dei Corbezzoli', 'delle Ginestre', 'del Biancospino', 'dei Gelsi', 'delle Acacie', 'del Mirto',
               'dei Tigli', 'della Filanda', 'del Carpino']),
    'nl-NL': (['Hidde', 'Jikke', 'Sjoerd', 'Wietske', 'Auke', 'Geertje', 'Feike', 'Trijntje', 'Rintje', 'Baukje',
               'Ysbrand', 'Hylke', 'Aaltje', 'Fokke'],
              ['Bosschaart', 'Rijpkema', 'Wijnstra', 'Terpstra', 'Zijlstra', 'Hoekstra', 'Wiersma', 'Dijkhuizen'],
              ['Sleedoornstraat', 'Wilgenroosje', 'Berkenhof']),
    'pl-PL': (['Bożydar', 'Wiesława', 'Radosław', 'Bogumiła', 'Zdzisław', 'Jarosława', 'Mściwój', 'Dobrosława',
               'Lechosław', 'Wisława', 'Czesław', 'Grażyna', 'Bronisława', 'Ziemowit'],
              ['Brzęczyszczykiewicz', 'Gąsiorowski', 'Żebrowska', 'Chmielewska', 'Ciesielski', 'Szymczak',
               'Dziedzic', 'Walczak', 'Kaczmarczyk', 'Grabowska', 'Stępień', 'Pawlak'],
              ['Tarninowa', 'Bzowa', 'Głogowa', 'Kalinowa', 'Modrzewiowa', 'Jaśminowa', 'Powojowa', 'Berberysowa']),
    'pt-BR': (['Jussara', 'Raimundo', 'Cleonice', 'Genival', 'Ivonete', 'Josivaldo', 'Marinalva', 'Edileuza',
               'Creusa', 'Valdomiro', 'Rosinete', 'Aldenor', 'Lindalva', 'Erivaldo'],
              ['Magalhães Pinto', 'Brandão', 'Vasconcellos', 'Bezerra', 'Cordeiro', 'Guimarães', 'Assunção',
               'Falcão', 'Damasceno', 'Mascarenhas', 'Aragão', 'Benevides'],
              ['das Jabuticabeiras', 'dos Oitizeiros', 'das Pitangueiras', 'dos Cajazeiros', 'das Sapucaias',
               'dos Umbuzeiros', 'das Aroeiras']),
    'sv-SE': (['Gunnel', 'Sixten', 'Ingegerd', 'Gösta', 'Solveig', 'Evert', 'Ulla-Britt', 'Yngve', 'Kerstin',
               'Torsten', 'Agneta', 'Helmer', 'Birgitta', 'Sture'],
              ['Blomqvist', 'Engström', 'Fagerlund', 'Lövgren', 'Strömqvist', 'Dahlgren', 'Ekholm', 'Sundqvist'],
              ['Blåbärsstigen', 'Hasselvägen', 'Nyponvägen', 'Rönnvägen', 'Slånbärsgatan']),
    'ru-RU': (['Агафья', 'Елисей', 'Пелагея', 'Святополк', 'Евдокия', 'Потап', 'Лукерья', 'Фрол', 'Аграфена',
               'Остап', 'Серафима', 'Прохор'],
              ['Толоконников', 'Пряхина', 'Скороходов', 'Вязьмитинова', 'Ступин', 'Шерстобитов'],
              ['Брусничная', 'Калиновая', 'Облепиховая', 'Черничная', 'Ежевичная', 'Смородиновая', 'Сиреневая',
               'Кедровая']),
    'hi-IN': ([], [], ['अमलतास मार्ग', 'पलाश नगर', 'कचनार कॉलोनी', 'शिरीष विहार']),
    'ko-KR': ([], [], ['도담', '가온누리', '미리내', '다솜', '한울', '여울목', '소담', '윤슬', '마루', '새벽별']),
    'ja-JP': ([], [], ['百合ケ丘', '鶯谷', '蛍池', '雲雀丘', '鷺沼', '柊町', '椿台', '萩原']),
    'tr-TR': (['Gülbahar', 'Nurettin', 'Hatice Kübra', 'Abdulkadir', 'Sevgül', 'Remzi', 'Hülya', 'Şükrü',
               'Nazife', 'İsmet', 'Fadime', 'Cengiz', 'Saadet', 'Yıldırım'],
              ['Kuşçuoğlu', 'Dağdelen', 'Bayraktaroğlu', 'Gümüşdere', 'Yazıcıoğlu'],
              ['Begonvil', 'Karanfil', 'Nergis', 'Sümbül', 'Papatya', 'Manolya', 'Ebegümeci', 'Hanımeli']),
    'el-GR': (['Ευτέρπη', 'Παναγιώτα', 'Ανδρόνικος', 'Καλλιόπη', 'Ξενοφών', 'Ουρανία', 'Πολυχρόνης', 'Φωτεινή',
               'Αριστείδης', 'Σταυρούλα', 'Τηλέμαχος', 'Χρυσάνθη'],
              ['Παπαδημητρίου', 'Χατζηγεωργίου', 'Λαμπρόπουλος'],
              ['Βιολετών', 'Γιασεμιών', 'Πικροδάφνης', 'Ορτανσίας', 'Κρίνων', 'Τριανταφυλλιάς', 'Ροδακινιάς']),
    'he-IL': (['אלישבע', 'יהונתן', 'תהילה', 'אליקים', 'בתשבע', 'צוריאל', 'שלומית', 'אחינועם', 'הראל', 'רעות',
               'נריה', 'אביטל'],
              ['וקנין', 'אלקלעי', 'בן־שושן', 'פרלמוטר', 'טננבאום'],
              ['הכלנית', 'הנרקיס', 'הרקפת', 'האירוס', 'החצב', 'הסחלב', 'הדודאים', 'האלה']),
    'cs-CZ': (['Bohuslav', 'Ludmila', 'Svatopluk', 'Jaroslava', 'Drahomír', 'Vlastimila', 'Bořivoj', 'Miroslava',
               'Čestmír', 'Radmila', 'Kvido', 'Jindřiška', 'Slavomír', 'Blažena'],
              ['Nedbalová', 'Kopřiva', 'Vlček', 'Šindelářová', 'Koubek', 'Rybníček', 'Mlejnková', 'Štěpánek'],
              ['Hlohová', 'Trnková', 'Dřínová', 'Javorová', 'Kaštanová', 'Myslivecká', 'Ořechová', 'Bezinková']),
    'th-TH': (['สุภาวดี', 'ณัฐวุฒิ', 'พัชรินทร์', 'ธีรวัฒน์'], ['ศักดิ์ศรีงาม', 'นาคสวัสดิ์'], ['ซอยนวมินทร์ 81', 'ซอยประชาอุทิศ 33']),
    'fi-FI': (['Sulevi', 'Hilkka', 'Taisto', 'Kyllikki', 'Reino', 'Impi', 'Urho', 'Sylvi', 'Toivo', 'Lempi',
               'Väinö', 'Helmi', 'Arvo', 'Elli'],
              ['Pitkänen', 'Hyvärinen', 'Kiiskinen', 'Leinonen', 'Rautiainen', 'Turunen', 'Huttunen', 'Ylönen'],
              ['Kuusirinne', 'Tuomikuja']),
    'da-DK': (['Grethe', 'Aksel', 'Birthe', 'Valdemar', 'Inger-Lise', 'Svend', 'Ellen', 'Bjarke', 'Karen',
               'Palle', 'Lisbeth', 'Tue', 'Dorthe', 'Flemming'],
              ['Holmgaard', 'Kjeldsen', 'Bundgaard', 'Søndergaard', 'Haugaard', 'Nørgaard', 'Overgaard', 'Klitgaard',
               'Kragelund', 'Refsgaard', 'Tholstrup', 'Mølgaard'],
              ['Bøgevej', 'Rønnebærvej']),
    'pt-PT': (['Gonçalo', 'Madalena', 'Vasco', 'Francisca', 'Martim', 'Carolina', 'Salvador', 'Constança',
               'Lourenço', 'Benedita', 'Simão', 'Mafalda', 'Guilherme', 'Teresinha'],
              ['Sá Carneiro', 'Bettencourt', 'Cerqueira', 'Antunes', 'Fragoso', 'Louro', 'Rebelo', 'Pimentel',
               'Tavares', 'Gouveia'],
              ['dos Loendros', 'das Tílias', 'dos Medronheiros', 'do Rosmaninho', 'das Hortênsias', 'da Azinheira',
               'do Alecrim', 'dos Plátanos']),
}
for _t, (_f, _l, _s) in EXTRA.items():
    L[_t]['first'] += _f
    L[_t]['last'] += _l
    L[_t]['streets'] += _s


def _cjk_names(surnames, givens, sep, n):
    out = []
    for s_ in surnames:
        for g_ in givens:
            out.append(s_ + sep + g_)
    return out


L['zh-CN']['first'] = _cjk_names(['郗', '亓官', '禚', '訾', '蒯', '闾丘', '厍', '仉', '宓', '缑'],
                                 ['篁蘅', '湉珩', '昀翊', '璟沅', '霁岫', '荇蕤', '琮湛', '芷瑀'], '', 0)
L['zh-CN']['streets'] += ['蘅芜', '翠篁', '菡萏', '蓼汀', '杜若']
L['ja-JP']['first'] = _cjk_names(['小鳥遊', '月見里', '栗花落', '鴨志田', '勘解由小路', '百目鬼', '一尺八寸'],
                                 ['澪', '紬', '凪', '颯', '皐', '棗', '楓', '柚'], ' ', 0)

EXTRA2 = {"fr-FR": [["Léontine", "Eudoxie", "Gwenaëlle", "Maëlwenn", "Théophraste", "Sévérine", "Brieuc", "Corentin", "Ronan", "Goulven", "Tugdual", "Nolwenn", "Armelle", "Aliénor", "Bertille", "Clothilde", "Eulalie", "Fulbert", "Gautier", "Honorine"], [], []], "es-ES": [["Covadonga", "Pelayo", "Rocío", "Fuensanta", "Macarena", "Inmaculada", "Remedios", "Eusebio", "Leocadia", "Baltasar", "Consuelo", "Nicanor", "Jacinta", "Primitivo"], [], []], "nl-NL": [["Fenna", "Douwe", "Tjitske", "Lieuwe", "Jantina", "Harm", "Grietje", "Popke", "Minke", "Eelco", "Jelle", "Anneke", "Tjalling", "Wypkje"], [], []], "pl-PL": [["Genowefa", "Teodozja", "Sobiesław", "Wacława", "Bogusław", "Kazimiera", "Wiesław", "Stanisława", "Bolesław", "Leokadia", "Eugeniusz", "Apolonia", "Zenobia", "Tadeusz", "Bogna", "Żywia", "Świętosław", "Dobiesław", "Jagienka", "Wszebor", "Mirogniew", "Sławomira", "Gniewomir", "Racibor", "Dzierżysław", "Wojsława", "Bożena", "Jadwinia", "Ludomira", "Przybysław"], [], ["Rumiankowa", "Storczykowa", "Nasturcjowa", "Szafirowa", "Macierzankowa", "Lawendowa", "Tulipanowa", "Fiołkowa"]], "sv-SE": [["Ingeborg", "Vendela", "Alrik", "Hjalmar", "Ottilia", "Edvin", "Signhild", "Folke", "Margit", "Arvid"], [], []], "ru-RU": [["Феврония", "Добрыня", "Любава", "Ермолай", "Мелания", "Фаддей", "Ульяна", "Никифор", "Таисия", "Савва", "Евпраксия", "Ипполит", "Варвара", "Архип", "Глафира", "Емельян", "Зиновия", "Платон"], [], ["Брусничный проезд", "Черемшанская", "Клюквенная", "Малиновая", "Боярышниковая", "Жасминная", "Земляничная", "Дубравная", "Вересковая", "Хвойная"]], "tr-TR": [[], [], ["Leylak", "Gelincik", "Lale", "Ayçiçeği", "Mimoza", "Kasımpatı", "Fesleğen", "Begonya", "Ihlamuraltı", "Defne", "Akasya", "Söğüt"]], "el-GR": [["Κυριακή", "Ευστάθιος", "Αικατερίνη", "Σπυρίδων", "Βασιλική", "Ευάγγελος", "Θεοδώρα", "Αναστάσιος", "Δέσποινα", "Γεράσιμος", "Μαργαρίτα", "Λεωνίδας", "Ερμιόνη", "Σωκράτης", "Ροδάνθη", "Κλεάνθης", "Ευδοκία", "Μιλτιάδης", "Αρετή", "Περικλής"], [], []], "he-IL": [["אליאור", "הודיה", "ינון", "מעיין", "שירה", "אוריה", "נחמיה", "טליה", "ישי", "הילה", "דביר", "אושרת", "אלנתן", "שובל", "יעלי", "אחיה", "נגה", "עדיאל", "אפרת", "יהודית", "צופיה", "אלחנן"], [], ["הערבה", "השיטה", "הברוש", "התאנה", "הגפן", "הזית", "החרוב", "האשל", "הלוטם", "המורן", "הכרמל", "האגוז", "השקד", "הצבר", "הנורית", "הדולב", "האקליפטוס", "הערמון", "הפיקוס", "התמר", "הכליל", "המרווה", "הדפנה"]], "cs-CZ": [["Vratislav", "Ludmila", "Dobromila", "Soběslav", "Boleslava", "Jarmila", "Kvetoslav", "Zbyněk", "Hedvika", "Ctirad", "Božena", "Věnceslav", "Ladislava", "Oldřich"], [], []], "ja-JP": [[], [], ["鶴見台", "狐塚", "鷺宮", "雀谷", "蛍沢", "梟町", "燕沢", "鳩ケ谷"]]}
for _t, (_f, _l, _s) in EXTRA2.items():
    L[_t]['first'] += _f
    L[_t]['last'] += _l
    L[_t]['streets'] += _s
L['ja-JP']['first'] = _cjk_names(["躑躅森", "薬師寺", "饗庭", "廿楽", "纐纈", "鰐淵", "蜷川", "薄葉", "鷹嘴", "蛭子", "五百旗頭", "東海林", "四十物", "十八女", "鬼頭"], ["瑚白", "燈真", "葵衣", "朔良", "凪紗", "琥珀", "紬希", "颯汰", "ゆずは", "こはる", "みおり", "はるひ"], ' ', 0)

LANDLINES = {'en-GB': ['020{d8}', '0116{d7}', '0117{d7}'], 'en-US': ['{a}{d7}'], 'de-DE': ['0421{d7}', '0561{d7}'],
             'fr-FR': ['01{d8}', '02{d8}'], 'es-ES': ['96{d7}', '976{d6}'], 'it-IT': ['051{d7}', '011{d7}'],
             'nl-NL': ['030{d7}', '050{d7}'], 'pl-PL': ['61{d7}', '81{d7}'], 'pt-BR': ['{dd}3{d7}'],
             'sv-SE': ['018{d6}', '090{d6}'], 'ru-RU': ['843{d7}', '342{d7}'], 'hi-IN': ['522{d7}', '141{d7}'],
             'zh-CN': ['0571{d8}', '028{d8}'], 'ko-KR': ['02{d8}', '042{d7}'], 'ja-JP': ['03{d8}', '06{d8}'],
             'tr-TR': ['0216{d7}', '0312{d7}'], 'el-GR': ['2310{d6}', '2610{d6}'], 'he-IL': ['04{d7}', '08{d7}'],
             'cs-CZ': ['5{d8}', '37{d7}'], 'th-TH': ['02{d7}', '053{d6}'], 'fi-FI': ['03{d7}', '08{d7}'],
             'da-DK': ['86{d6}', '66{d6}'], 'pt-PT': ['22{d7}', '239{d6}']}

LOCALES = list(L)
ROTATION = LOCALES + ['en-GB', 'en-US', 'en-GB', 'en-US']
for _t, _d in L.items():
    _d["first"] = cut(_d['first'], _t + ' first')
    if _d['order'] != 'cjk':
        _d['last'] = cut(_d['last'], _t + ' last')
    _d['streets'] = cut(_d['streets'], _t + ' streets')

AGENCY_STEMS = cut(['Quayside Lettings', 'Brightmoor Estates', 'Harrowgate Residential', 'Pellworth Property Management',
                    'Ashcombe Homes', 'Tillyard Block Management', 'Northvale Housing Association',
                    'Kettleby Lettings', 'Wrenfield Estates', 'Thornbury Lettings', 'Lindqvist Fastighetsförvaltning',
                    'Gelderwijk Vastgoedbeheer', 'Inmobiliaria Retamar', 'Agence Tuilerie Immobilier',
                    'Hausverwaltung Quittenhof', 'Corbezzolo Immobiliare', 'Bellweather Property Services'], 'agencies')
MAILHOSTS = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'gmx.de', 'web.de', 'orange.fr',
             'libero.it', 'wp.pl', 'yandex.ru', 'naver.com', 'qq.com', 'seznam.cz', 'hotmail.com']


# ---------------------------------------------------------------- value factories
class Gen:
    def __init__(self, rng):
        self.r = rng

    def digits(self, n):
        return ''.join(self.r.choice('0123456789') for _ in range(n))

    def date(self, y0=1948, y1=2005):
        y = self.r.randint(y0, y1)
        return y, self.r.randint(1, 12), self.r.randint(1, 28)

    def retry(self, make, ok, what):
        for _ in range(20000):
            c = make()
            if ok(c):
                return c
        raise SystemExit('could not make valid ' + what)

    def phone(self, tag, office=False):
        d = L[tag]
        reg = d['region']

        def make():
            t = self.r.choice(LANDLINES[tag] if office else d['ptemps'])
            t = t.replace('{dd}', self.r.choice(['11', '21', '31', '41', '51', '61', '71', '81']))
            t = t.replace('{a}', self.r.choice(['937', '520', '919', '614', '704', '312']))
            for k in range(10, 0, -1):
                t = t.replace('{d%d}' % k, self.digits(k))
            return t

        def ok(n):
            try:
                p = phonenumbers.parse(n, reg)
            except phonenumbers.NumberParseException:
                return False
            return phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == reg
        n = self.retry(make, ok, 'phone ' + reg)
        p = phonenumbers.parse(n, reg)
        fmt = self.r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                             phonenumbers.PhoneNumberFormat.E164])
        s = phonenumbers.format_number(p, fmt)
        assert phonenumbers.is_valid_number(phonenumbers.parse(s, reg))
        return s

    def iban(self, cc):
        lens = {'GB': None, 'DE': 18, 'FR': 23, 'ES': 20, 'IT': None, 'NL': None, 'PL': 24, 'SE': 20, 'TR': None,
                'GR': 23, 'IL': 19, 'CZ': 20, 'FI': 14, 'DK': 14, 'PT': 21}

        def make():
            if cc == 'GB':
                b = self.r.choice(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + self.digits(14)
            elif cc == 'IT':
                b = self.r.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') + self.digits(22)
            elif cc == 'NL':
                b = self.r.choice(['INGB', 'ABNA', 'RABO', 'SNSB', 'TRIO']) + self.digits(10)
            elif cc == 'TR':
                b = self.digits(5) + '0' + self.digits(16)
            else:
                b = self.digits(lens[cc])
            full = cc + '00' + b
            return cc + std_iban.calc_check_digits(full) + b

        v = self.retry(make, std_iban.is_valid, 'iban ' + cc)
        if v in ('GB82WEST12345698765432', 'DE89370400440532013000'):
            raise SystemExit('documentation iban issued')
        return std_iban.format(v) if self.r.random() < 0.6 else v

    def card(self):
        def make():
            b = self.r.choice(['4', '51', '53', '55']) + self.digits(13 if True else 0)
            b = b[:15]
            return b + luhn.calc_check_digit(b)
        v = self.retry(make, lambda c: luhn.is_valid(c) and not c.startswith('4111') and not c.startswith('4242')
                       and not c.startswith('5555') and not c.startswith('4000'), 'card')
        return ' '.join(v[i:i + 4] for i in range(0, 16, 4)) if self.r.random() < 0.7 else v

    def ip(self):
        def make():
            return '.'.join(str(x) for x in (self.r.randint(1, 223), self.r.randint(0, 255), self.r.randint(0, 255),
                                              self.r.randint(1, 254)))

        def ok(s):
            a = ipaddress.ip_address(s)
            for net in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'):
                if a in ipaddress.ip_network(net):
                    return False
            return a.is_global and not a.is_multicast
        return self.retry(make, ok, 'ip')

    def ident(self, kind):
        r, dg = self.r, self.digits
        y, m, d = self.date(1950, 2004)
        if kind == 'nhs':
            v = self.retry(lambda: r.choice('456789') + dg(9), nhs.is_valid, kind)
            return 'HEALTH_INSURANCE', f'{v[:3]} {v[3:6]} {v[6:]}'
        if kind == 'ssn':
            v = self.retry(lambda: '%03d-%02d-%04d' % (r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999)),
                           us_ssn.is_valid, kind)
            return 'ssn', v
        if kind == 'de_idnr':
            v = self.retry(lambda: r.choice('123456789') + dg(10), de_idnr.is_valid, kind)
            return 'TAX_ID', f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}'
        if kind == 'fr_nir':
            def mk():
                b = '%d%02d%02d%02d%03d%03d' % (r.choice([1, 2]), y % 100, m, r.randint(1, 95), r.randint(1, 999),
                                               r.randint(1, 999))
                return b + '%02d' % (97 - int(b) % 97)
            v = self.retry(mk, fr_nir.is_valid, kind)
            return 'NATIONAL_ID', f'{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}'
        if kind == 'es_dni':
            n = r.randint(10000000, 99999999)
            v = '%08d%s' % (n, 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23])
            assert es_dni.is_valid(v)
            return 'NATIONAL_ID', v
        if kind == 'it_cf':
            def mk():
                b = ''.join(r.choice('BCDFGLMNPRSTVZ') for _ in range(6)) + '%02d' % (y % 100) + \
                    'ABCDEHLMPRST'[m - 1] + '%02d' % (d + r.choice([0, 40])) + r.choice('ADFGHLMF') + dg(3)
                return b + it_cf.calc_check_digit(b)
            return 'TAX_ID', self.retry(mk, it_cf.is_valid, kind)
        if kind == 'nl_bsn':
            return 'NATIONAL_ID', self.retry(lambda: r.choice('123456') + dg(8), nl_bsn.is_valid, kind)
        if kind == 'pl_pesel':
            mm = m + (20 if y >= 2000 else 0)
            return 'NATIONAL_ID', self.retry(lambda: '%02d%02d%02d' % (y % 100, mm, d) + dg(5), pl_pesel.is_valid, kind)
        if kind == 'br_cpf':
            v = self.retry(lambda: r.choice('123456789') + dg(10), br_cpf.is_valid, kind)
            return 'TAX_ID', br_cpf.format(v)
        if kind == 'se_pnr':
            return 'NATIONAL_ID', self.retry(lambda: '%02d%02d%02d-%s' % (y % 100, m, d, dg(4)), se_pnr.is_valid, kind)
        if kind == 'ru_inn':
            return 'TAX_ID', self.retry(lambda: r.choice(['77', '50', '16', '59', '63']) + dg(10), ru_inn.is_valid, kind)
        if kind == 'in_pan':
            v = ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + 'P' + r.choice('BCGKMNRSTV') + \
                dg(4) + r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')
            assert in_pan.is_valid(v)
            return 'TAX_ID', v
        if kind == 'in_aadhaar':
            v = self.retry(lambda: r.choice('23456789') + dg(11), in_aadhaar.is_valid, kind)
            return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}'
        if kind == 'cn_ric':
            reg = r.choice(['330106', '510107', '320106', '440305', '420111'])
            return 'NATIONAL_ID', self.retry(lambda: reg + '%04d%02d%02d' % (y, m, d) + dg(3) + r.choice('0123456789X'),
                                             cn_ric.is_valid, kind)
        if kind == 'kr_rrn':
            g = ('1', '2') if y < 2000 else ('3', '4')
            return 'NATIONAL_ID', self.retry(lambda: '%02d%02d%02d-%s' % (y % 100, m, d, r.choice(g) + dg(6)),
                                             kr_rrn.is_valid, kind)
        if kind == 'tr_tc':
            return 'NATIONAL_ID', self.retry(lambda: r.choice('123456789') + dg(10), tr_tc.is_valid, kind)
        if kind == 'gr_amka':
            return 'HEALTH_INSURANCE', self.retry(lambda: '%02d%02d%02d' % (d, m, y % 100) + dg(5), gr_amka.is_valid, kind)
        if kind == 'il_idnr':
            return 'NATIONAL_ID', self.retry(lambda: r.choice('0123') + dg(8), il_idnr.is_valid, kind)
        if kind == 'cz_rc':
            mm = m + r.choice([0, 50])
            return 'NATIONAL_ID', self.retry(lambda: '%02d%02d%02d/%s' % (y % 100, mm, d, dg(4)), cz_rc.is_valid, kind)
        if kind == 'th_pin':
            v = self.retry(lambda: r.choice('12358') + dg(12), th_pin.is_valid, kind)
            return 'NATIONAL_ID', f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}'
        if kind == 'fi_hetu':
            sep = '-' if y < 2000 else 'A'
            return 'NATIONAL_ID', self.retry(lambda: '%02d%02d%02d%s%s' % (d, m, y % 100, sep, dg(3)) +
                                             r.choice('0123456789ABCDEFHJKLMNPRSTUVWXY'), fi_hetu.is_valid, kind)
        if kind == 'dk_cpr':
            return 'NATIONAL_ID', self.retry(lambda: '%02d%02d%02d-%s' % (d, m, y % 100, dg(4)), dk_cpr.is_valid, kind)
        if kind == 'pt_nif':
            return 'TAX_ID', self.retry(lambda: r.choice('12') + dg(8), pt_nif.is_valid, kind)
        if kind == 'usbank':
            rt = self.retry(lambda: r.choice(['0', '1', '2']) + r.choice('123456789') + dg(7),
                            lambda c: us_rtn.is_valid(c) and c[:2] <= '12' and c[:2] != '00', kind)
            return 'US_BANK_NUMBER', f'routing {rt}, account {dg(r.randint(9, 12))}'
        raise KeyError(kind)


# ---------------------------------------------------------------- people
def person(g, tag):
    d = L[tag]
    f = g.r.choice(d['first'])
    if d['order'] == 'cjk':
        return f
    return f + ' ' + g.r.choice(d['last'])


def address(g, tag):
    d = L[tag]
    s = g.r.choice(d['streets'])
    city, pc = g.r.choice(d['cities'])
    line = d['street_fmt'].format(s=s, n=g.r.randint(2, 148))
    if tag in ('en-US',):
        return f'{line}, {city} {pc}'
    if tag in ('en-GB',):
        return f'Flat {g.r.randint(1, 9)}, {line}, {city} {pc}'
    if tag in ('zh-CN', 'ja-JP', 'ko-KR'):
        return f'{pc} {city}{line}' if tag != 'ko-KR' else f'{city} {line} ({pc})'
    return f'{line}, {pc} {city}'


STREET_NAME = {'en-GB': '{s} Road', 'en-US': '{s} Drive', 'fr-FR': 'rue {s}', 'es-ES': 'Calle {s}', 'it-IT': 'Via {s}',
               'pl-PL': 'ul. {s}', 'pt-BR': 'Rua {s}', 'pt-PT': 'Rua {s}', 'ru-RU': 'ул. {s}', 'he-IL': 'רחוב {s}',
               'el-GR': 'Οδός {s}', 'tr-TR': '{s} Sokak', 'zh-CN': '{s}路', 'ko-KR': '{s}로', 'ja-JP': '{s}'}


def street_name(tag, s):
    return STREET_NAME.get(tag, '{s}').format(s=s)


def email(g, name):
    name = unicodedata.normalize('NFKD', name.replace('ß', 'ss').replace('ø', 'o').replace('ł', 'l').replace('ı', 'i'))
    name = ''.join(ch for ch in name if not unicodedata.combining(ch))
    ascii_part = re.sub(r'[^a-z]', '', name.lower().replace(' ', '.').replace('-', ''))
    if len(ascii_part) < 4:
        ascii_part = g.r.choice(['tenant', 'flatmate', 'renter', 'homeowner', 'mieter', 'inquilino']) + g.digits(3)
    else:
        base = name.lower().split()
        ascii_part = ''.join(ch for ch in (base[0][:1] + '.' + base[-1]) if ch.isascii() and (ch.isalnum() or ch == '.'))
        ascii_part = ascii_part.strip('.') + g.r.choice(['', g.digits(2), '.' + g.digits(4)])
        if len(ascii_part) < 4:
            ascii_part += g.digits(4)
    return ascii_part + '@' + g.r.choice(MAILHOSTS)


KINDS = ['rental_application', 'deposit_return', 'repair_report', 'viewing_booking', 'utility_account',
         'neighbour_dispute', 'flatshare', 'purchase_conveyancing']

ASKS = {
    'rental_application': ['Check this referencing form is complete and list anything missing.',
                           'Turn this applicant info into a JSON object for our lettings CRM.',
                           'Draft a short acceptance email to the applicant based on this.'],
    'deposit_return': ['Write a polite but firm letter asking the landlord to return the deposit within 10 days.',
                       'Summarise the deduction dispute in three bullet points.',
                       'Translate this into English for the deposit protection scheme.'],
    'repair_report': ['Classify this repair request by urgency (emergency / urgent / routine) and trade.',
                      'Rewrite this as a formal disrepair notice to the landlord.',
                      'Extract: who, where, what is broken, since when. JSON please.'],
    'viewing_booking': ['Confirm the viewing slot in a friendly SMS (max 300 chars).',
                        'Add this to the viewing schedule table and flag clashes.',
                        'Reply to this buyer enquiry and propose two viewing times.'],
    'utility_account': ['Work out the consumption since the last reading and check the bill.',
                        'Write to the supplier to move the account into the new tenant\'s name.',
                        'Fill the change-of-occupier form with these details.'],
    'neighbour_dispute': ['Help me write a calm letter to my neighbour about this.',
                          'Summarise this complaint for the housing officer.',
                          'Is this a matter for the council noise team or mediation? Explain briefly.'],
    'flatshare': ['Make this flatshare ad sound friendlier and shorter.',
                  'Draft house rules for the new flatmate based on this chat.',
                  'Split the bills fairly between us based on these numbers.'],
    'purchase_conveyancing': ['Check the buyer details against the memorandum of sale and list mismatches.',
                              'Draft the cover email to the seller\'s conveyancer.',
                              'Turn this into the AML / ID-check checklist.'],
}

STORY = {
    'rental_application': 'Rental application for the two-bed flat, move-in 1st of next month, rent 1,150/month.',
    'deposit_return': 'Tenancy ended three weeks ago; landlord is keeping 420 of the deposit for "cleaning".',
    'repair_report': 'Tenant reported a repair through the portal.',
    'viewing_booking': 'New viewing request from the portal listing.',
    'utility_account': 'Meter readings on move-out: electricity 48213 kWh, gas 10932 m3 (photo attached).',
    'neighbour_dispute': 'Loud music after midnight from the flat above, four weekends in a row; rubbish left on the landing.',
    'flatshare': 'Room free in our 3-bed flat share, 640/month incl. bills, no smokers.',
    'purchase_conveyancing': 'Offer accepted at 312,000, subject to survey; buyers are first-time buyers.',
}

# which value types a kind tends to carry (beyond person)
KIND_FIELDS = {
    'rental_application': ['addr', 'phone', 'email', 'dob', 'id', 'ip'],
    'deposit_return': ['addr', 'iban', 'email', 'phone'],
    'repair_report': ['addr', 'phone', 'email', 'health'],
    'viewing_booking': ['phone', 'email', 'addr'],
    'utility_account': ['addr', 'iban', 'card', 'phone', 'dob'],
    'neighbour_dispute': ['addr', 'phone', 'neighbour'],
    'flatshare': ['phone', 'email', 'addr', 'card'],
    'purchase_conveyancing': ['addr', 'id', 'dob', 'iban', 'email'],
}


def build_sensitive(g, kind, tag, idx):
    """Return (text, issued) where issued is list of (entity, value)."""
    d = L[tag]
    lab = d['labels']
    r = g.r
    issued = []
    lines = []
    name = person(g, tag)
    incidental = idx % 9 == 4
    if incidental:
        # a single personal item in an otherwise organisational text
        what = r.choice(['phone', 'addr', 'name'])
        agency = r.choice(AGENCY_STEMS)
        if what == 'phone':
            v = g.phone(tag)
            issued.append(('phone', v))
            txt = (f'{agency} — weekly lettings report. 14 units let, 3 void, 2 gas safety certificates due. '
                   f'Block B lift inspection booked. Unit 7 tenant asked us to call her mobile {v} instead of '
                   f'the office line about the key handover. Communal cleaning contract renewed.')
        elif what == 'addr':
            v = address(g, tag)
            issued.append(('STREET_ADDRESS', v))
            txt = (f'{agency} maintenance round-up: gutters cleared on the estate, fire doors checked, bin store '
                   f'repainted. Only outstanding job is the leaking stopcock at the tenant\'s home, {v}; plumber '
                   f'booked Thursday AM.')
        else:
            issued.append(('person', name))
            txt = (f'{agency} inventory check-out notes: carpets steam-cleaned, oven degreased, two smoke alarms '
                   f'tested OK. Outgoing tenant {name} handed back 3 keys and 1 fob. No damage beyond fair wear.')
        return txt, issued, 'incidental'
    issued.append(('person', name))
    role = {'purchase_conveyancing': 'Buyer', 'viewing_booking': 'Applicant', 'flatshare': 'Posted by'}.get(kind)
    lines.append(f'{role or lab[0]}: {name}')
    fields = list(KIND_FIELDS[kind])
    r.shuffle(fields)
    fields = fields[:r.randint(1, len(fields))]
    for f in fields:
        if f == 'addr':
            v = address(g, tag)
            issued.append(('STREET_ADDRESS', v))
            lines.append(f'{lab[1]}: {v}')
        elif f == 'phone':
            v = g.phone(tag)
            issued.append(('phone', v))
            lines.append(f'{lab[2]}: {v}')
        elif f == 'email':
            v = email(g, name)
            issued.append(('email', v))
            lines.append(f'E-mail: {v}')
        elif f == 'dob':
            y, m, dd = g.date(1950, 2004)
            v = r.choice(['%04d-%02d-%02d' % (y, m, dd), '%02d.%02d.%04d' % (dd, m, y), '%02d/%02d/%04d' % (dd, m, y)])
            issued.append(('DATE_OF_BIRTH', v))
            lines.append(f'{lab[3]}: {v}')
        elif f == 'id' or (f == 'health' and d['ids']):
            if not d['ids']:
                continue
            ent, v = g.ident(r.choice(d['ids']))
            issued.append((ent, v))
            lines.append(f'{lab[4] if ent != "US_BANK_NUMBER" else "ACH"}: {v}')
        elif f == 'iban':
            if d['iban_cc']:
                v = g.iban(d['iban_cc'])
                issued.append(('iban', v))
                lines.append(f'{lab[5]}: {v}')
            elif tag == 'en-US':
                ent, v = g.ident('usbank')
                issued.append((ent, v))
                lines.append(f'ACH: {v}')
        elif f == 'card':
            v = g.card()
            issued.append(('credit_card', v))
            lines.append(f'Card for holding deposit / direct debit: {v}')
        elif f == 'ip':
            v = g.ip()
            issued.append(('IP_ADDRESS', v))
            lines.append(f'Portal login from {v} at 23:14, e-signature captured')
        elif f == 'neighbour':
            n2 = person(g, tag)
            if n2 != name:
                issued.append(('person', n2))
                lines.append(f'Neighbour: {n2} (flat above)')
    local = d['deposit'] if kind == 'deposit_return' else d['repair'] if kind == 'repair_report' else ''
    if idx % 3 == 1:
        # first-person message instead of a form: the same values, written as prose
        vals = [ln if r.random() < 0.6 or ': ' not in ln else ln.split(': ', 1)[1] for ln in lines[1:]]
        opener = {'rental_application': 'Hello, I would like to apply for the flat.',
                  'deposit_return': 'Hi, I moved out on the 30th and still have not had my deposit back.',
                  'repair_report': 'Hi, reporting a repair again because nobody came.',
                  'viewing_booking': 'Hi, saw your listing and would love to view it this week.',
                  'utility_account': 'Hello, I am the new occupier and want to open an account.',
                  'neighbour_dispute': 'I need to complain about the neighbours again.',
                  'flatshare': 'Hey all, posting for our flat share:',
                  'purchase_conveyancing': 'Dear conveyancer, please find our details for the purchase.'}[kind]
        txt = f'{opener} {local} My name is {name}.' + (' Details: ' + '; '.join(vals) + '.' if vals else '') + \
              ' Thanks!'
        return txt, issued, 'prose'
    txt = STORY[kind] + ('\n' + local if local else '') + '\n' + '\n'.join(lines)
    return txt, issued, 'card'


FICTION = [('221B Baker Street', 'Sherlock Holmes and Dr Watson', 'Mrs Hudson'),
           ('4 Privet Drive, Little Whinging', 'the Dursleys', 'Harry Potter'),
           ('742 Evergreen Terrace, Springfield', 'Homer and Marge Simpson', 'Ned Flanders'),
           ('32 Windsor Gardens', 'the Brown family', 'Paddington Bear'),
           ('124 Conch Street, Bikini Bottom', 'SpongeBob SquarePants', 'Squidward Tentacles')]
HISTORY = ['Peter Rachman, the notorious 1950s Notting Hill landlord who gave "Rachmanism" its name',
           'Octavia Hill, the Victorian housing reformer who pioneered trained rent collectors',
           'George Peabody, whose 1862 donation founded the Peabody estates',
           'Ebenezer Howard, founder of the garden city movement (Letchworth, Welwyn)',
           'Le Corbusier and his Unité d\'habitation in Marseille',
           'Friedensreich Hundertwasser, whose Vienna social-housing block is a tourist sight']
DOCVALS = ['+1 202-555-0147', 'lettings@example.com', 'GB82 WEST 1234 5698 7654 32', 'DE89 3704 0044 0532 0130 00',
           '4111 1111 1111 1111', '203.0.113.54', 'tenant@example.org', '+1 415-555-0199', '198.51.100.23']


def build_benign(g, kind, tag, idx):
    r = g.r
    d = L[tag]
    lab = d['labels']
    agency = r.choice(AGENCY_STEMS)
    dom = re.sub(r'[^a-z]', '', agency.lower().split()[0]) + r.choice(['.co.uk', '.com', '.de', '.nl', '.es', '.fr'])
    office_phone = g.phone(tag, office=True)
    street = street_name(tag, r.choice(d['streets']))
    city = r.choice(d['cities'])[0]
    v = idx % 10
    if v == 8:  # eponymous streets and buildings in a listing, no house number, no residents
        ep = r.choice(['Victor-Hugo', 'Jean-Jaurès', 'Nelson Mandela', 'Garibaldi', 'Gandhi', 'Ataturk', 'Kosciuszko',
                       'Marie Curie', 'Goethe', 'Cervantes'])
        txt = (f'{STORY[kind]}\nListing by {agency}: bright 2-bed flat in the {ep} Building, corner of '
               f'{ep} Avenue and {street}, {city}. Walk to {ep} Square and the {ep} Memorial Library. '
               f'Ref LST-{g.digits(6)}. Viewings via the agency portal only.')
        style = 'eponym_listing'
    elif v == 9:  # talking about personal data without containing any
        txt = (f'Question from a tenant about {kind.replace("_", " ")}: can the landlord or {agency} pass my phone '
               f'number, e-mail and bank details to contractors or a debt collector without asking me? How long '
               f'may they keep copies of my passport and payslips after the tenancy ends? Answer under GDPR, '
               f'briefly, no legal advice disclaimer needed.')
        style = 'privacy_question'
    elif v == 0:  # organisational contact points
        txt = (f'{STORY[kind]}\nContact the {agency} lettings desk on {office_phone} (Mon-Fri 9-17) or '
               f'lettings@{dom}; out-of-hours emergency repairs: repairs@{dom}. Office: Unit 4, Harbour Business '
               f'Park, {city}. Listing ref LT-{g.digits(6)}, EPC band C, council tax band B.')
        style = 'org_contact'
    elif v == 1:  # blank template / placeholders
        txt = (f'ASSURED SHORTHOLD TENANCY — TEMPLATE\n{lab[0]}: {{{{tenant_full_name}}}}\n{lab[1]}: '
               f'[PROPERTY ADDRESS]\n{lab[2]}: __________\n{lab[3]}: DD/MM/YYYY\n{lab[4]}: <id number>\n'
               f'{lab[5]}: [IBAN]\nDeposit: £[amount], protected with [scheme] within 30 days. Break clause after 6 months.')
        style = 'blank_template'
    elif v == 2:  # anonymised ticket
        txt = (f'Ticket #RP-{g.digits(5)} ({kind.replace("_", " ")}) — anonymised export\n{lab[0]}: [REDACTED]\n'
               f'{lab[1]}: Flat [X], [street], {city}\n{lab[2]}: ***\n{d["repair"]}\nPriority: P2, contractor '
               f'assigned, SLA 72h.')
        style = 'anonymised'
    elif v == 3:  # fiction
        a, who, other = r.choice(FICTION)
        txt = (f'For a creative-writing exercise on {kind.replace("_", " ")}: imagine {who} at {a} writing to '
               f'their landlord. {other} next door keeps complaining. Write it as a comic letter, 150 words.')
        style = 'fiction'
    elif v == 4:  # historical figures / eponyms
        h = r.choice(HISTORY)
        txt = (f'Background for our tenants\' association newsletter: a paragraph on {h}. Then relate it to '
               f'today\'s {kind.replace("_", " ")} issues on {street} (no names of residents please).')
        style = 'historical_eponym'
    elif v == 5:  # documentation values
        vals = r.sample(DOCVALS, 3)
        txt = (f'Write unit-test fixtures for our lettings app ({kind}). Use only documentation values like '
               f'{vals[0]}, {vals[1]} and {vals[2]}; tenant name "Jane Doe", address "123 Example Street".')
        style = 'doc_values'
    elif v == 6:  # reference numbers, meter serials, coordinates
        txt = (f'{STORY[kind]}\nMeter serial E{g.digits(2)}Z{g.digits(6)}, supply ref {g.digits(10)}, '
               f'deposit certificate DPC-{g.digits(8)}, title number NGL{g.digits(6)}, viewing ID VW-{g.digits(7)}. '
               f'Building entrance at 51.{g.digits(4)}, -0.{g.digits(4)} (public car park). Invoice {g.digits(9)}, '
               f'total 1,284.50 incl. VAT, tariff v2.3.1.')
        style = 'reference_numbers'
    else:  # public officials / council in public role, listing with no number
        cdom = (re.sub(r'[^a-z]', '', unicodedata.normalize('NFKD', city.lower())) or 'city') + '-council.org'
        txt = (f'{city} council housing department press note: the cabinet member for housing announced a '
               f'licensing scheme for HMOs on {street} and nearby streets. Landlords must register by March; '
               f'enquiries to the private-sector housing team, {office_phone}, hmo.licensing@{cdom}. '
               f'Listing: 2-bed flat, {street}, {city} — 950/month, available now.')
        style = 'council_public_role'
    return txt, style


# ---------------------------------------------------------------- placing into requests
SYSTEMS = ['You are a lettings assistant for a property management company.',
           'You help tenants with housing problems. Be concise and practical.',
           'You are an assistant for a block management office.',
           'You draft letters for a residents\' association.']
PLACEMENTS = ['user', 'system', 'assistant', 'tool', 'toolcall', 'parts', 'file', 'schema', 'metadata', 'user',
              'completion']


def place(g, text, ask, placement, tag):
    r = g.r
    model = r.choice(['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto'])
    sysmsg = {'role': 'system', 'content': r.choice(SYSTEMS)}
    if placement == 'completion':
        return 'completions', {'model': model, 'prompt': f'{text}\n\n### Task: {ask}\n### Answer:',
                               'max_tokens': 400, 'stop': ['###']}
    body = {'model': model}
    if placement == 'user':
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{ask}\n\n{text}'}]
    elif placement == 'system':
        body['messages'] = [{'role': 'system', 'content': sysmsg['content'] + '\nCase file:\n' + text},
                            {'role': 'user', 'content': ask}]
    elif placement == 'assistant':
        body['messages'] = [sysmsg, {'role': 'user', 'content': 'pasting the case, just read it'},
                            {'role': 'assistant', 'content': 'Received:\n' + text},
                            {'role': 'user', 'content': ask}]
    elif placement in ('tool', 'toolcall'):
        cid = 'call_' + g.digits(8)
        tools = [{'type': 'function', 'function': {
            'name': 'get_case', 'description': 'Fetch a tenancy case from the property management system.',
            'parameters': {'type': 'object', 'properties': {'case_id': {'type': 'string'}, 'note': {'type': 'string'}},
                           'required': ['case_id']}}}]
        if placement == 'tool':
            args = json.dumps({'case_id': 'C-' + g.digits(6)})
            result = json.dumps({'case': text}, ensure_ascii=False)
        else:
            args = json.dumps({'case_id': 'C-' + g.digits(6), 'note': text}, ensure_ascii=False)
            result = json.dumps({'status': 'ok'})
        body['messages'] = [sysmsg, {'role': 'user', 'content': ask},
                            {'role': 'assistant', 'content': None, 'tool_calls': [
                                {'id': cid, 'type': 'function', 'function': {'name': 'get_case', 'arguments': args}}]},
                            {'role': 'tool', 'tool_call_id': cid, 'content': result}]
        body['tools'] = tools
    elif placement == 'parts':
        body['messages'] = [sysmsg, {'role': 'user', 'content': [{'type': 'text', 'text': ask},
                                                                   {'type': 'text', 'text': text}]}]
    elif placement == 'file':
        b64 = base64.b64encode(text.encode('utf-8')).decode()
        body['messages'] = [sysmsg, {'role': 'user', 'content': [
            {'type': 'text', 'text': ask},
            {'type': 'file', 'file': {'filename': 'case_notes.txt', 'file_data': 'data:text/plain;base64,' + b64}}]}]
    elif placement == 'schema':
        body['messages'] = [sysmsg, {'role': 'user', 'content': ask + ' Use the record described in the schema.'}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {
            'name': 'case_summary', 'description': 'Source record:\n' + text,
            'schema': {'type': 'object', 'properties': {'summary': {'type': 'string'},
                                                        'urgency': {'type': 'string',
                                                                    'enum': ['low', 'medium', 'high']}},
                       'required': ['summary']}}}
    elif placement == 'metadata':
        body['messages'] = [sysmsg, {'role': 'user', 'content': ask + ' (case details are in the metadata)'}]
        body['store'] = True
        body['metadata'] = {'case_text': text[:512], 'locale': tag}
    if r.random() < 0.25:
        body['user'] = 'pm-desk-' + g.digits(4)
    if r.random() < 0.2:
        body['temperature'] = r.choice([0, 0.2, 0.7])
    return 'chat', body


def searchable(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m.group(1)).decode('utf-8'))
    # json-escaped strings inside tool args: also search the decoded form
    parts.append(s.replace('\\"', '"'))
    return '\n'.join(parts)


def make_pii(seed):
    g = Gen(random.Random(seed))
    out = []
    n_sens, n_ben = 36, 26
    i = 0
    for ki, kind in enumerate(KINDS):
        plan = ['s'] * n_sens + ['b'] * n_ben
        g.r.shuffle(plan)
        for j, sb in enumerate(plan):
            tag = ROTATION[(i * 7 + ki) % len(ROTATION)]
            placement = PLACEMENTS[(i + j) % len(PLACEMENTS)]
            ask = g.r.choice(ASKS[kind])
            if sb == 's':
                text, issued, style = build_sensitive(g, kind, tag, j)
            else:
                text, style = build_benign(g, kind, tag, j)
                issued = []
            if placement == 'metadata' and len(text) > 512:
                placement = 'user'
            endpoint, body = place(g, text, ask, placement, tag)
            hay = searchable(body)
            ents = sorted({e for e, v in issued if v in hay})
            if sb == 's' and not ents:
                raise SystemExit('sensitive record lost its values')
            i += 1
            rec = {'id': 'hoodoo-pii-%04d' % i, 'category': kind if ents else kind + '_benign',
                   'sensitive': bool(ents), 'entities': ents, 'endpoint': endpoint, 'lang': tag,
                   'style': f'{style} · {placement}', 'body': body}
            assert rec['sensitive'] == bool(rec['entities'])
            out.append(rec)
    return out


# ---------------------------------------------------------------- complexity
def make_cx(seed):
    r = random.Random(seed + 1)
    recs = []
    streets = ['Mill Lane', 'Station Road', 'Church Street', 'Park Avenue', 'High Street', 'Victoria Road']

    def listing_rows(n):
        rows = []
        for k in range(1, n + 1):
            rows.append(f'{k}. {r.randint(1, 4)}-bed {r.choice(["flat", "terrace", "maisonette", "studio", "semi"])} '
                        f'— {r.choice(streets)} — rent {r.randint(600, 2400)}/month — EPC {r.choice("ABCDEF")} — '
                        f'available {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2027 — '
                        f'{r.choice(["unfurnished", "furnished", "part-furnished"])}')
        return '\n'.join(rows)

    def meter_rows(n):
        rows, v = [], r.randint(10000, 40000)
        for k in range(n):
            v += r.randint(180, 420)
            rows.append(f'2026-{(k % 12) + 1:02d}-01 | reading {v} kWh | type {r.choice(["A", "E"])} | '
                        f'tariff {r.choice(["T1", "T2"])} | billed {r.randint(60, 190)}.{r.randint(0, 99):02d}')
        return '\n'.join(rows)

    simple = [('en', 'What does a break clause in a tenancy agreement mean? One sentence.'),
              ('en', 'Convert {a} square feet to square metres.'),
              ('es', '¿Cómo se dice "the boiler is broken" en inglés?'),
              ('de', 'Was bedeutet "Nebenkosten" auf Englisch?'),
              ('fr', 'Traduis en anglais : « le préavis est d\'un mois ».'),
              ('en', 'The rent is {a} per month. What is it per year?'),
              ('it', 'Quanti giorni ha il mese di febbraio 2027?'),
              ('nl', 'Wat is het Engelse woord voor "huurtoeslag"?'),
              ('pl', 'Przetłumacz na angielski: "kaucja zwrotna".'),
              ('en', 'Fix the spelling: "the landlod recieved the deposite".'),
              ('pt', 'Qual é a abreviatura de "apartamento"?'),
              ('ja', '「敷金」は英語で何と言いますか？'),
              ('en', 'Split a {a} electricity bill equally between 3 flatmates.'),
              ('sv', 'Vad betyder "andrahandsuthyrning" på engelska?'),
              ('tr', '"Kira sözleşmesi" İngilizcede ne demek?'),
              ('en', 'List the months in which quarterly service charges are due if the first is in March.')]
    short_hard = [
        'Three flatmates rent rooms of {a}, {b} and {c} m² for a total of {t}/month; only the largest has an en-suite. '
        'Propose an envy-free rent split, state your assumptions on valuations, and prove no one envies another.',
        'Prove that with a monotone rent-division rule, adding a shared amenity can never increase any tenant\'s '
        'envy; or give a counterexample.',
        'Our smart meter reads exactly {a} kWh higher on every estimated bill after a tariff switch. Give the most '
        'likely root causes, in order, and the single measurement that distinguishes them.',
        'Design a deposit-escrow data model that supports partial deductions, disputes, joint tenants paying unequal '
        'shares and interest accrual. Discuss the trade-offs of event sourcing vs. mutable balances.',
        'A block of {a} flats shares one heat meter. Design a fair apportionment of heating costs when some radiators '
        'have allocators and some don\'t; justify against gaming and measurement error.',
        'Landlords list {a} flats and {b} tenants rank them; show that a tenant-proposing deferred-acceptance match '
        'is stable and tenant-optimal, and say what breaks if landlords can reject after accepting.',
        'Why might a water leak detector on the 3rd floor trigger only when the flat below runs its washing machine? '
        'Reason through plumbing causes and an order of tests.',
        'Design the booking system for viewings with {a} agents, double-booking prevention and time zones; compare '
        'optimistic locking vs. slot reservation with TTL.',
        'Prove or refute: if each of n flatmates pays rent proportional to room area, the split is envy-free '
        'whenever all tenants value area linearly but with different intercepts.',
        'Our tenant portal shows deposits as paid twice for about {a}% of users after a retry storm. Hypothesise the '
        'bug (idempotency, webhooks, clocks) and design a fix that is safe to deploy mid-month.']
    hard_local = [
        ('de-DE', 'Drei Mieter teilen {t} Euro Warmmiete für Zimmer mit {a}, {b} und {c} m²; nur eines hat Balkon. '
                  'Entwirf eine neidfreie Aufteilung und beweise, dass niemand ein anderes Zimmer vorzieht.'),
        ('fr-FR', 'Le compteur d\'eau commun de {a} logements dérive de 8 % par an. Propose une méthode de répartition '
                  'équitable, analyse les biais possibles et démontre qu\'elle ne peut pas être manipulée par un seul foyer.'),
        ('es-ES', 'Diseña un sistema de reservas de visitas para {a} agentes inmobiliarios que evite dobles reservas '
                  'entre zonas horarias; compara bloqueo optimista y reservas con expiración, con sus compromisos.'),
        ('nl-NL', 'Bewijs of weerleg: bij een huurverdeling naar vloeroppervlak is er altijd een huurder die een '
                  'andere kamer verkiest zodra één kamer een eigen badkamer heeft.'),
        ('pl-PL', 'Licznik ciepła w bloku pokazuje zużycie o {a}% wyższe zimą po wymianie zaworów. Podaj możliwe '
                  'przyczyny w kolejności prawdopodobieństwa i jeden pomiar, który je rozróżni.'),
        ('it-IT', 'Progetta lo schema dati per la gestione dei depositi cauzionali con trattenute parziali, '
                  'contestazioni e più conduttori; discuti i compromessi tra event sourcing e saldi mutabili.')]
    tags_simple = ['en-GB', 'en-US', 'es-ES', 'de-DE', 'fr-FR', 'it-IT', 'nl-NL', 'pl-PL', 'pt-BR', 'ja-JP', 'sv-SE',
                   'tr-TR']
    plan = ['short_simple'] * 48 + ['long_easy'] * 50 + ['short_hard'] * 50 + ['long_hard'] * 42
    r.shuffle(plan)
    for i, cat in enumerate(plan):
        a, b, c = r.randint(9, 22), r.randint(9, 22), r.randint(9, 22)
        t = r.randint(1500, 3600)
        lang = 'en'
        if cat == 'short_simple':
            lang, q = r.choice(simple)
            q = q.format(a=r.randint(300, 2500))
            style = 'lookup/translate/trivial'
        elif cat == 'short_hard':
            if r.random() < 0.3:
                lang, q = r.choice(hard_local)
                q = q.format(a=a, b=b, c=c, t=t)
            else:
                q = r.choice(short_hard).format(a=a, b=b, c=c, t=t)
            style = 'reasoning/design/proof/root_cause'
        elif cat == 'long_easy':
            kind = r.choice(['listings', 'meters', 'rules'])
            if kind == 'listings':
                q = 'Sort these property listings by rent, lowest first, and output a markdown table.\n\n' + \
                    listing_rows(r.randint(18, 26))
            elif kind == 'meters':
                q = 'Convert this meter log to CSV with a header row. Do not change any values.\n\n' + meter_rows(
                    r.randint(24, 34))
            else:
                rules = ['Bins go out on Tuesday night.', 'Quiet hours are 23:00 to 07:00.',
                         'Bikes must be stored in the cycle shed, not the hallway.',
                         'Report repairs through the portal, not by phone.', 'No barbecues on balconies.',
                         'Keep fire doors closed at all times.', 'Pets need written permission.',
                         'Parcels are left at the concierge desk.', 'Do not prop open the main entrance.',
                         'Recycling: paper blue bin, glass green bin.']
                body = '\n'.join(f'{k + 1}. {r.choice(rules)} ' + r.choice(rules) for k in range(22))
                q = 'Translate these house rules into Spanish, keep the numbering.\n\n' + body
            while len(q) < 1500:
                q += '\n' + listing_rows(3)
            style = 'reformat/sort/translate'
        else:
            kind = r.choice(['meters', 'listings'])
            if kind == 'meters':
                q = ('The bills below were generated from these readings. Customers complain they were overcharged '
                     'after switching tariff T1→T2 mid-year and after estimated (E) readings were replaced by actual '
                     '(A) ones. Reconstruct how the billing engine must be computing consumption, identify the '
                     'defect(s) with evidence from specific rows, quantify the overcharge, and propose a corrected '
                     'algorithm with edge cases (meter rollover, back-dated reads).\n\n' + meter_rows(r.randint(20, 30)))
            else:
                q = ('We must allocate these listings to {n} households on a waiting list with priorities (medical '
                     '> overcrowded > general), each household has a max rent and needs a minimum bedroom count. '
                     'Formulate it as an optimisation problem, argue whether greedy-by-priority is optimal, give a '
                     'counterexample if not, and compute a good allocation for this data.\n\n'.format(n=r.randint(6, 12))
                     + listing_rows(r.randint(16, 24)))
            style = 'analysis/root_cause/optimisation'
        label = 1 if cat in ('short_hard', 'long_hard') else 0
        adv = cat in ('long_easy', 'short_hard')
        tag = lang if '-' in lang else 'en'
        if cat == 'short_simple':
            tag = {'en': r.choice(['en-GB', 'en-US']), 'es': 'es-ES', 'de': 'de-DE', 'fr': 'fr-FR', 'it': 'it-IT',
                   'nl': 'nl-NL', 'pl': 'pl-PL', 'pt': 'pt-BR', 'ja': 'ja-JP', 'sv': 'sv-SE', 'tr': 'tr-TR'}[lang]
        if cat == 'long_easy':
            assert len(q) >= 1500
        msgs = [{'role': 'user', 'content': q}]
        if r.random() < 0.4:
            msgs.insert(0, {'role': 'system', 'content': r.choice(SYSTEMS)})
        recs.append({'id': 'hoodoo-cx-%04d' % (i + 1), 'category': cat, 'label': label, 'length_adversarial': adv,
                     'endpoint': 'chat', 'lang': tag, 'style': style,
                     'body': {'model': 'hybridgate/auto', 'messages': msgs}})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    pii = make_pii(a.seed)
    cx = make_cx(a.seed)
    with open(out / 'pii_hoodoo.jsonl', 'w', encoding='utf-8') as f:
        for rec in pii:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(out / 'complexity_hoodoo.jsonl', 'w', encoding='utf-8') as f:
        for rec in cx:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    c = collections.Counter
    print('pii', len(pii), 'sensitive', sum(x['sensitive'] for x in pii), 'benign', sum(not x['sensitive'] for x in pii))
    print('endpoints', dict(c(x['endpoint'] for x in pii)))
    print('langs', len(c(x['lang'] for x in pii)))
    print('categories', dict(sorted(c(x['category'] for x in pii).items())))
    print('entities', dict(sorted(c(e for x in pii for e in x['entities']).items())))
    print('cx', len(cx), dict(c(x['category'] for x in cx)), 'label1', sum(x['label'] for x in cx),
          'adversarial', sum(x['length_adversarial'] for x in cx), 'langs', len(c(x['lang'] for x in cx)))


if __name__ == '__main__':
    main()
