#!/usr/bin/env python3
"""Ventifact: an independent evaluation split for the request signals, organised by IT OPERATIONS AND DEVICE MANAGEMENT.

Writes bench/data/signals/pii_ventifact.jsonl and bench/data/signals/complexity_ventifact.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind, in a short time box: its author read only the first 70 lines of make_delta_signal_sets.py and the
    first two lines of the delta files, and none of the detector, its tests, the evaluator, results, policies,
    docs or history. The other generators were not read: their sources are only scanned automatically at run
    time for capitalised / non-ASCII words (and non-ASCII bigrams), and every entry of this file's name and
    street pools that shares a word with that set is dropped (deterministically, order kept); the run aborts
    if a pool runs empty. Those words are never printed.

Organising principle
    IT operations and device management: helpdesk tickets, password-reset requests, MDM enrolment records,
    VPN / access logs, asset inventories, on-call rotas, incident post-mortems, phishing reports and account
    offboarding. Private employees and end users (names, personal mobiles, home addresses for hardware
    shipping, home public IPs on VPN logs, birth dates used as reset questions, national IDs in HR offboarding,
    personal cards and IBANs in expense / phishing reports) versus the IT department, vendors and systems
    acting in their organisational role (role mailboxes, service accounts, server hostnames named after
    people, vendor switchboards, documentation IPs and example.com, RFC 1918 addresses, ticket and asset
    numbers, serials, MAC addresses, hashes, placeholders, anonymised post-mortems). Sensitive records use
    category ``<kind>``, benign ones ``<kind>_benign``.

    The document is placed in a request field by rotation: user, system, tool result (after a tool call),
    earlier assistant turn, text content parts, tool-call arguments, ``user``; ~10% use the legacy
    completions endpoint (``prompt``). 25 locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai,
    Han, Kana, Hangul scripts) with own names, streets, phone formats and IDs.

Labels
    ``entities`` is computed by searching the serialised body for every value the record issued. ``ssn`` is the
    US SSN only; DNI, BSN, PESEL, personnummer, HETU, T.C. kimlik and the Chinese resident ID are NATIONAL_ID;
    CPF is TAX_ID; NHS number and French NIR are HEALTH_INSURANCE. A home public IP of an employee is
    IP_ADDRESS. ``sensitive`` is true exactly when ``entities`` is non-empty (asserted).

Contents (seed 20261205)
    pii_ventifact.jsonl: 495 requests (445 chat, 50 completions) in 25 locales; 9 kinds x 55 (32 sensitive + 23
    benign each: 288 sensitive / 207 benign). Entities: person 288, phone 144, email 80, DATE_OF_BIRTH 56,
    IP_ADDRESS 54, STREET_ADDRESS 37, credit_card 28, iban 26, NATIONAL_ID 15, HEALTH_INSURANCE 6, TAX_ID 3, ssn 2.
    complexity_ventifact.jsonl: 190 chat requests: short_simple 46, long_easy 50 (>= 1,500 chars), short_hard 48,
    long_hard 46; 98 length-adversarial, 94 labelled 1. Where the word scan emptied a locale's given-name pool the
    person is written honorific + family name; where it emptied the family-name pool, given name only; where it
    emptied the street pool, a phone number replaces the home address. The run prints all counts.

Validation
    Identifiers are validated with python-stdnum (IBAN, Luhn cards, SSN, national IDs), phones with
    ``phonenumbers`` (valid for their region), IPs with ``ipaddress`` (global, outside documentation ranges).
    The run aborts on any invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_ventifact_signal_sets.py [--seed 20261205] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import ipaddress
import json
import pathlib
import random
import re
import sys

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.us import ssn as us_ssn
from stdnum.es import dni as es_dni
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.br import cpf as br_cpf
from stdnum.se import personnummer as se_pnr
from stdnum.fi import hetu as fi_hetu
from stdnum.tr import tckimlik as tr_tck
from stdnum.cn import ric as cn_ric
from stdnum.gb import nhs as gb_nhs
from stdnum.fr import nir as fr_nir

NAME = 'ventifact'
HERE = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus',
                  'playa', 'pingo', 'kame', 'tepui', 'arete', 'bajada', 'cuesta', 'loess',
                  'hoodoo', 'nunatak', 'polje', 'yardang')


def other_words():
    words = set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        t = p.read_text(encoding='utf-8', errors='ignore')
        for w in re.findall(r'\b[A-Z][a-zA-Z]+\b', t):
            words.add(w.lower())
        for w in re.findall(r'\w*[^\x00-\x7f]\w*', t):
            words.add(w.lower())
        for a, b in re.findall(r'(\w*[^\x00-\x7f]\w*)\s+(\w*[^\x00-\x7f]\w*)', t):
            words.add((a + ' ' + b).lower())
    return words


# locale: (region, given names, family names, streets (fmt with {n}), city line, id kind)
LOCALES = {
    'en-US': ('US', ['Tamsin', 'Dariusz', 'Keziah', 'Orrin', 'Jolene', 'Brantley'],
              ['Whitcombe', 'Pettigrew', 'Haverkamp', 'Lindqvist', 'Okonkwo-Bell', 'Stroud'],
              ['{n} Larkspur Ln', '{n} Quail Hollow Rd', '{n} Birchmont Ct'], 'Boise, ID 83704', 'ssn'),
    'en-GB': ('GB', ['Isla', 'Rhodri', 'Philippa', 'Callum', 'Niamh', 'Tobias'],
              ['Ashdown', 'Trelawney', 'Pocklington', 'Maddox', 'Felgate', 'Ruddock'],
              ['{n} Coppice Close', 'Flat {n}, Wrenfield House', '{n} Tannery Row'], 'Leeds LS6 2QH', 'nhs'),
    'de-DE': ('DE', ['Wiebke', 'Henrik', 'Gesine', 'Malte', 'Frauke', 'Jannik'],
              ['Dreesbach', 'Kühnemund', 'Pfannschmidt', 'Wöltje', 'Harkensee', 'Brockhage'],
              ['Ginsterweg {n}', 'Hagebuttenstraße {n}', 'Am Lindenhof {n}'], '49076 Osnabrück', None),
    'fr-FR': ('FR', ['Solène', 'Gaëtan', 'Maëlys', 'Corentin', 'Ombeline', 'Tanguy'],
              ['Quéméner', 'Duvignau', 'Lestrade-Piquet', 'Hervouët', 'Castagnède', 'Rouxel'],
              ['{n} rue des Capucines', '{n} allée des Tilleuls', '{n} impasse du Moulin'], '35000 Rennes', 'nir'),
    'es-ES': ('ES', ['Itziar', 'Baltasar', 'Nerea', 'Iñaki', 'Rocío', 'Fermín'],
              ['Echeverría', 'Galindo', 'Urquiza', 'Zabaleta', 'Carrasco', 'Olabarri'],
              ['C/ de la Alhóndiga, {n}, 2º B', 'Avda. de los Almendros {n}', 'C/ Ribera Baja {n}'], '50012 Zaragoza', 'dni'),
    'it-IT': ('IT', ['Ginevra', 'Ottavio', 'Benedetta', 'Ludovico', 'Annunziata', 'Ermes'],
              ['Lanfranchi', 'Scognamiglio', 'Pedrazzini', 'Tumminello', 'Bortolussi', 'Caccavale'],
              ['Via dei Glicini {n}', 'Vicolo del Pozzo {n}', 'Via Borgonuovo {n}'], '37121 Verona', None),
    'nl-NL': ('NL', ['Femke', 'Joost', 'Lieke', 'Sjoerd', 'Maartje', 'Wessel'],
              ['Brouwershaven', 'Kloosterboer', 'Huisman-Dekker', 'Wijnands', 'Terpstra', 'Oosterveld'],
              ['Dotterbloemstraat {n}', 'Zwanenkade {n}', 'Hoefslag {n}'], '8011 AB Zwolle', 'bsn'),
    'pl-PL': ('PL', ['Zuzanna', 'Bartosz', 'Grażyna', 'Przemysław', 'Jadwiga', 'Wojciech'],
              ['Szczepaniak', 'Wróblewska', 'Kaczmarczyk', 'Pietrzyk', 'Domagała', 'Jabłoński'],
              ['ul. Jaśminowa {n}/4', 'ul. Kasztanowa {n}', 'os. Leśne {n} m. 12'], '30-384 Kraków', 'pesel'),
    'pt-BR': ('BR', ['Thaís', 'Juvenal', 'Cleonice', 'Railson', 'Aparecida', 'Edvaldo'],
              ['Nogueira Brandão', 'Cavalcanti', 'Bezerra', 'Magalhães Prado', 'Sampaio', 'Tavares'],
              ['Rua das Acácias, {n}, apto 31', 'Travessa Jacarandá, {n}', 'Rua Guaraúna, {n}'], 'Curitiba - PR, 80050-350', 'cpf'),
    'sv-SE': ('SE', ['Elvira', 'Hampus', 'Ronja', 'Joar', 'Tindra', 'Viggo'],
              ['Bergqvist', 'Ljungdahl', 'Östlund', 'Hedenström', 'Sjöblom', 'Wennerholm'],
              ['Blåbärsvägen {n}', 'Ekorrstigen {n}', 'Tallgatan {n} lgh 1102'], '753 20 Uppsala', 'pnr'),
    'fi-FI': ('FI', ['Aino', 'Eetu', 'Venla', 'Onni', 'Iida', 'Lauri'],
              ['Kärkkäinen', 'Hyvönen', 'Pesonen', 'Räsänen', 'Tiihonen', 'Leppälä'],
              ['Kuusikuja {n} B 7', 'Pihlajatie {n}', 'Vaahterapolku {n}'], '33100 Tampere', 'hetu'),
    'tr-TR': ('TR', ['Elif', 'Tolga', 'Şebnem', 'Oğuzhan', 'Gülizar', 'Barış'],
              ['Karabulut', 'Erdoğdu', 'Yıldırımcan', 'Özkaya', 'Tuncel', 'Akgündüz'],
              ['Lale Sok. No:{n} D:5', 'Menekşe Cad. No:{n}', 'Ihlamur Sok. No:{n} D:2'], 'Kadıköy/İstanbul', 'tck'),
    'ru-RU': ('RU', ['Ульяна', 'Святослав', 'Ярослава', 'Всеволод', 'Милана', 'Тимофей'],
              ['Пряхина', 'Белозёров', 'Кудрявцева', 'Шестаков', 'Ладыгина', 'Мерзляков'],
              ['ул. Черёмуховая, д. {n}, кв. 17', 'пр-т Строителей, д. {n}', 'ул. Рябиновая, д. {n}'], 'Екатеринбург, 620075', None),
    'uk-UA': ('UA', ['Соломія', 'Остап', 'Зореслава', 'Ярема', 'Любава', 'Тарас'],
              ['Гнатюк', 'Кравчишин', 'Запорожець', 'Дячук', 'Стецько', 'Головач'],
              ['вул. Калинова, {n}', 'вул. Соняшникова, {n}, кв. 8', 'пров. Вишневий, {n}'], 'Львів, 79000', None),
    'el-GR': ('GR', ['Δέσποινα', 'Φώτης', 'Ευανθία', 'Στυλιανός', 'Χρυσούλα', 'Λεωνίδας'],
              ['Καραμανλάκης', 'Τσιρίγου', 'Παπαδοπετράκης', 'Μαυρογιάννη', 'Ζαχαρίου', 'Λαμπράκος'],
              ['Οδός Γαρδενίας {n}', 'Οδός Κυκλάμινου {n}', 'Λεωφ. Ακακιών {n}'], '546 22 Θεσσαλονίκη', None),
    'ar-EG': ('EG', ['ياسمينة', 'شريف', 'نرمين', 'عمرو', 'هبة الله', 'مصطفى'],
              ['الشناوي', 'عبد الواحد', 'الدمرداش', 'حجازي', 'الفيومي', 'السمالوطي'],
              ['{n} شارع الياسمين، الدور الثالث', '{n} شارع النخيل', '{n} حارة الورد'], 'المعادي، القاهرة', None),
    'he-IL': ('IL', ['נועה', 'איתמר', 'שירה', 'עומרי', 'טליה', 'אביתר'],
              ['אברבנאל', 'גולדפרב', 'שטרנברג', 'בן־חמו', 'קורנבליט', 'אלמקייס'],
              ['רחוב הרימון {n}', 'רחוב הדקל {n} דירה 4', 'סמטת הגפן {n}'], 'חיפה', None),
    'hi-IN': ('IN', ['अनुष्का', 'विहान', 'ईशानी', 'अथर्व', 'मृणाल', 'ऋत्विक'],
              ['खंडेलवाल', 'बघेल', 'देशमुख', 'कुलश्रेष्ठ', 'पुरोहित', 'तिवारी'],
              ['मकान नं. {n}, गुलमोहर कॉलोनी', 'फ्लैट {n}, अशोक विहार', '{n}, नीम गली'], 'इंदौर 452001', None),
    'ja-JP': ('JP', ['美咲', '颯太', '結衣', '蒼', '千尋', '湊'],
              ['小野寺', '高梨', '宇佐美', '鶴田', '新井', '柳沢'],
              ['緑町{n}-4-2', '桜ヶ丘{n}-12', '若葉台{n}-7-305'], '仙台市青葉区', None),
    'ko-KR': ('KR', ['서윤', '도윤', '하은', '시우', '지안', '예준'],
              ['남궁', '제갈', '황보', '표', '탁', '엄'],
              ['은행나무로 {n}번길 7', '매화로 {n}, 101동 1203호', '솔밭길 {n}'], '대전광역시 유성구', None),
    'zh-CN': ('CN', ['欣怡', '子轩', '梓涵', '浩然', '雨桐', '俊杰'],
              ['欧阳', '诸葛', '慕容', '司马', '上官', '夏侯'],
              ['桂花路{n}号3栋502室', '丁香巷{n}号', '枫林街{n}号1单元'], '成都市武侯区', 'ric'),
    'th-TH': ('TH', ['ปิยะนุช', 'ธนากร', 'กมลชนก', 'ณัฐพล', 'สุภาวดี', 'วรวุฒิ'],
              ['ศรีสวัสดิ์', 'บุญประเสริฐ', 'แก้วมณี', 'วงศ์สุวรรณ', 'จันทร์หอม', 'ทองคำ'],
              ['{n} ซอยลาดพร้าว 71', '{n}/3 หมู่ 5 ถนนมิตรภาพ', '{n} ซอยอารีย์'], 'กรุงเทพฯ 10230', None),
    'vi-VN': ('VN', ['Thảo Vy', 'Khang', 'Ngọc Hân', 'Phúc', 'Diệu Linh', 'Quân'],
              ['Nguyễn Đình', 'Trịnh', 'Lương', 'Vũ Hoàng', 'Tạ', 'Khúc'],
              ['Số {n} ngõ 42 Hoa Sữa', '{n} Hẻm Cây Trâm', 'Số {n} Phố Bằng Lăng'], 'Hà Nội', None),
    'id-ID': ('ID', ['Ayu', 'Bagas', 'Kinanti', 'Raditya', 'Wulan', 'Galih'],
              ['Setiawati', 'Nugroho', 'Prasetyo', 'Wibisono', 'Kusumawardani', 'Hidayat'],
              ['Jl. Kenanga No. {n}', 'Jl. Melati Raya No. {n} RT 03/RW 07', 'Gg. Cempaka No. {n}'], 'Bandung 40135', None),
    'cs-CZ': ('CZ', ['Bohumila', 'Radek', 'Vendula', 'Ctibor', 'Květa', 'Dalibor'],
              ['Dvořáčková', 'Holeček', 'Šťastný', 'Vondrášek', 'Křížová', 'Pospíchal'],
              ['Šeříková {n}', 'Za Mlýnem {n}', 'U Lípy {n}'], '602 00 Brno', None),
}
IBAN_CC = {'de-DE': ('DE', '18d'), 'nl-NL': ('NL', '4a10d'), 'pl-PL': ('PL', '24d'), 'fr-FR': ('DE', '18d'),
           'es-ES': ('PL', '24d')}
ID_TYPE = {'ssn': 'ssn', 'nhs': 'HEALTH_INSURANCE', 'nir': 'HEALTH_INSURANCE', 'dni': 'NATIONAL_ID',
           'bsn': 'NATIONAL_ID', 'pesel': 'NATIONAL_ID', 'cpf': 'TAX_ID', 'pnr': 'NATIONAL_ID',
           'hetu': 'NATIONAL_ID', 'tck': 'NATIONAL_ID', 'ric': 'NATIONAL_ID'}
DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]


HONORIFIC = {'de-DE': 'Hr.', 'fr-FR': 'Mme', 'es-ES': 'Sra.', 'nl-NL': 'dhr.', 'pl-PL': 'p.', 'sv-SE': 'hr', 'ru-RU': 'г-жа',
             'uk-UA': 'пані', 'he-IL': 'גב\'', 'cs-CZ': 'pí', 'en-GB': 'Ms', 'en-US': 'Mr.', 'it-IT': 'sig.',
             'pt-BR': 'Sr.', 'fi-FI': 'rva', 'tr-TR': 'Sn.', 'el-GR': 'κα', 'ar-EG': 'أ.', 'vi-VN': 'anh', 'id-ID': 'Bpk.'}
EXTRA = {'en-US': (['Zebulon', 'Marisol', 'Thaddeus', 'Philomena', 'Cletus', 'Oralee', 'Eudora', 'Lafayette'], ['Quackenbush', 'Vandersloot', 'Pennypacker', 'Schermerhorn', 'Twombly', 'Gorsuch-Hale', 'Fenstermacher', 'Blodgett']), 'en-GB': (['Wilfrid', 'Tansy', 'Peregrine', 'Morwenna', 'Ptolemy', 'Cressida', 'Alastrina', 'Lochlan'], ['Fotheringay', 'Smallbone', 'Cattermole', 'Pidgeley', 'Ockenden', 'Huxtable']), 'de-DE': (['Hartmut', 'Gundula', 'Wolfram', 'Irmtraud', 'Detlef', 'Roswitha', 'Ansgar', 'Hiltrud'], ['Quadflieg', 'Overbeck-Nolte', 'Schwertfeger', 'Ostendorp', 'Rübsamen', 'Heckelmann']), 'fr-FR': (['Gwenaëlle', 'Anatole', 'Bérangère', 'Enguerrand', 'Ségolène', 'Aurèle', 'Philibert', 'Clothilde'], ['Kerhervé', 'Pouchelon', 'Ducournau', 'Flageollet', 'Lagardère-Biou', 'Tréguier']), 'es-ES': (['Ainhoa', 'Eulogio', 'Maitane', 'Gumersindo', 'Begoña', 'Casimiro', 'Idoia', 'Leocadio'], ['Goicoechea', 'Arrizabalaga', 'Villaseñor', 'Zubiaurre', 'Manzanedo', 'Peñalosa']), 'it-IT': (['Gaudenzio', 'Ilaria', 'Ruggero', 'Zaira', 'Gualtiero', 'Ersilia', 'Nazzareno', 'Loredana'], []), 'nl-NL': (['Gerbrand', 'Hiltje', 'Sybren', 'Wietske', 'Eelco', 'Aukje', 'Tjalling', 'Geeske'], ['Hoekstra-Bos', 'Zijlstra', 'Tjeerdema', 'Boersma', 'Heemskerk', 'Wolthuis']), 'pl-PL': (['Bożydar', 'Wiesława', 'Zbigniew', 'Bronisława', 'Ludomir', 'Sławomira', 'Mieczysław', 'Halszka'], ['Przybyłowicz', 'Grzegorczyk', 'Chrzanowska', 'Żmijewski', 'Szczygieł', 'Brzęczek']), 'pt-BR': (['Creusa', 'Valdomiro', 'Jucelina', 'Erivaldo', 'Lindalva', 'Josenildo', 'Marilene', 'Adailton'], ['Albuquerque Neto', 'Florentino', 'Queiroga', 'Bittencourt', 'Valadares', 'Pimentel']), 'sv-SE': (['Sixten', 'Ingegerd', 'Algot', 'Solveig', 'Gottfrid', 'Majken', 'Bertil', 'Gunnel'], ['Rydqvist', 'Kjellberg', 'Åkesson', 'Frisk-Holm', 'Ståhlberg', 'Lindroos']), 'fi-FI': (['Eino', 'Kyllikki', 'Veikko', 'Sirkka', 'Toivo', 'Raili', 'Urho', 'Helvi'], ['Kauppinen', 'Nykänen', 'Väisänen', 'Heiskanen', 'Ruotsalainen', 'Lyytikäinen']), 'tr-TR': (['Nurhayat', 'Kudret', 'Saadet', 'Ercüment', 'Güllü', 'Nevzat', 'Müzeyyen', 'Tahsin'], ['Kahraman', 'Çakıroğlu', 'Gümüşdere', 'Sarıkaya', 'Bozkurtlar', 'Eşrefoğlu']), 'ru-RU': (['Евдокия', 'Аристарх', 'Пелагея', 'Феофан', 'Агафья', 'Ефим', 'Василиса', 'Прохор'], ['Ковырялов', 'Пташкина', 'Зуйкова', 'Лопухин', 'Синицын', 'Вертоградов']), 'uk-UA': (['Ярина', 'Тихон', 'Оксана-Марія', 'Остромир', 'Устина', 'Северин', 'Килина', 'Орест'], ['Вовкотруб', 'Лимаренко', 'Шкурупій', 'Підгірна', 'Цимбалюк', 'Ющишин']), 'el-GR': (['Αγλαΐα', 'Ευστάθιος', 'Καλλιόπη', 'Θεμιστοκλής', 'Ουρανία', 'Παναγής', 'Φανή', 'Αριστείδης'], ['Χατζηγιαννάκη', 'Κουτσοθανάσης', 'Ρουμελιώτης', 'Μπαλτατζή', 'Σγουρομάλλης', 'Ντελής']), 'ar-EG': (['سندس', 'رامز', 'شيماء', 'وليد', 'ناهد', 'حمدي', 'جيهان', 'مدحت'], ['القليوبي', 'عبد الجواد', 'المنوفي', 'الطحاوي', 'البلتاجي', 'السنباطي']), 'he-IL': (['הדס', 'נדב', 'אפרת', 'ינון', 'מעיין', 'שגיא', 'ליאת', 'עידו'], ['וקנין', 'רבינוביץ', 'פרידמן', 'אזולאי', 'טננבוים', 'שרעבי']), 'hi-IN': (['सुलोचना', 'गिरिराज', 'ऋचा', 'चंद्रभान', 'शर्मिष्ठा', 'यदुनंदन', 'कादम्बरी', 'भृगु'], []), 'ja-JP': (['琴音', '隼人', '菜々子', '惣一', '芙美', '恭平', '紗季', '巧'], ['御手洗', '勅使河原', '五十嵐', '東海林', '四月一日', '百目鬼']), 'ko-KR': (['다온', '한결', '보람', '윤슬', '가람', '새봄', '나래', '든솔'], ['국', '봉', '육', '추', '변', '설']), 'zh-CN': (['婉清', '昊天', '若曦', '景行', '书瑶', '鹤鸣', '沁怡', '泽楷'], ['闻人', '东方', '令狐', '钟离', '宇文', '公孙']), 'th-TH': (['ชุติมา', 'ศุภชัย', 'อรอุมา', 'เกรียงไกร', 'พรรณี', 'สมเกียรติ', 'นิตยา', 'ไพโรจน์'], []), 'vi-VN': (['Bảo Trâm', 'Hữu Nghĩa', 'Thục Đoan', 'Duy Khiêm', 'Quỳnh Như', 'Tấn Lộc', 'Mộng Tuyền', 'Chí Thanh'], ['Âu Dương', 'Ông', 'Lã', 'Từ', 'Quách', 'Kiều']), 'id-ID': (['Sekar', 'Yudhistira', 'Laksmi', 'Bimasena', 'Puspita', 'Haryo', 'Anjani', 'Danendra'], ['Wirasaputra', 'Tjokrodiningrat', 'Suryadarma', 'Handayani', 'Pangestu', 'Rahardjo']), 'cs-CZ': (['Jaroslava', 'Drahomír', 'Zdeňka', 'Vratislav', 'Bohuslava', 'Čestmír', 'Ludmila', 'Bořivoj'], [])}


def filter_pools():
    bad = other_words()
    out = {}
    dropped = []
    for loc, (reg, giv, fam, streets, city, idk) in LOCALES.items():
        def ok(s):
            toks = re.findall(r'\w+', s.lower())
            return not any(t in bad for t in toks) and not any(a + ' ' + b in bad for a, b in zip(toks, toks[1:]))
        def ok_street(s):  # the scan collects capitalised / non-ASCII words: check those of 3+ letters
            toks = [t for t in re.findall(r'\w+', s) if len(t) >= 3 and (t[0].isupper() or not t.isascii())]
            return bool(toks) and max(toks, key=len).lower() not in bad  # its distinctive (longest) word
        g = [x for x in giv + EXTRA[loc][0] if ok(x)]
        f = [x for x in fam + EXTRA[loc][1] if ok(x)]
        s = [x for x in streets if ok_street(x.replace('{n}', ''))]
        if not g and not f:
            dropped.append(loc)  # this locale's pool ran empty: the locale is not used
            continue
        out[loc] = (reg, g, f, s, city, idk)
    if len(out) < 20:
        sys.exit('pools ran empty: fewer than 20 locales left')
    print(f'locales kept {len(out)}, dropped {len(dropped)}')
    return out


class Gen:
    def __init__(self, rng, pools):
        self.r = rng
        self.pools = pools

    def person(self, loc):
        reg, g, f, *_ = self.pools[loc]
        if not g:  # given-name pool cut away: honorific + family name, as tickets often write it
            return HONORIFIC.get(loc, 'Mx.') + ' ' + self.r.choice(f)
        if not f:  # family-name pool cut away: given name only
            return self.r.choice(g)
        gn, fn = self.r.choice(g), self.r.choice(f)
        if loc in ('ja-JP', 'zh-CN', 'ko-KR', 'vi-VN'):
            return fn + ('' if loc in ('zh-CN', 'ja-JP', 'ko-KR') else ' ') + gn
        if loc == 'hu-HU':
            return fn + ' ' + gn
        return gn + ' ' + fn

    def phone(self, loc):
        reg = self.pools[loc][0]
        ex = phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE)
        base = str(ex.national_number)
        for _ in range(500):
            digs = base[:-4] + ''.join(self.r.choice('0123456789') for _ in range(4))
            n = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(digs))
            if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == reg and digs != base:
                fmt = self.r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL])
                s = phonenumbers.format_number(n, fmt)
                chk = phonenumbers.parse(s, reg)
                assert phonenumbers.is_valid_number(chk)
                return s
        sys.exit(f'no phone for {reg}')

    def email(self, person, loc):
        asc = re.sub(r'[^a-z]', '', person.lower().split()[0]) if person.isascii() else ''
        if not asc:
            asc = self.r.choice(['mika', 'rooney.k', 'sunny', 'tkd', 'lumi', 'jpx'])
        dom = self.r.choice(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'gmx.net', 'icloud.com'])
        return f'{asc}.{self.r.randint(10, 9999)}@{dom}'

    def street(self, loc):
        _, _, _, s, city, _ = self.pools[loc]
        if not s:
            return None
        return self.r.choice(s).format(n=self.r.randint(2, 148)) + ', ' + city

    def dob(self, loc):
        d = dt.date(1962, 1, 1) + dt.timedelta(days=self.r.randint(0, 15000))
        if loc == 'en-US':
            return d.strftime('%m/%d/%Y'), d
        if loc in ('ja-JP', 'zh-CN', 'ko-KR', 'sv-SE', 'fi-FI'):
            return d.isoformat(), d
        return d.strftime('%d.%m.%Y' if loc in ('de-DE', 'pl-PL', 'ru-RU', 'uk-UA', 'cs-CZ', 'tr-TR') else '%d/%m/%Y'), d

    def ip(self):
        while True:
            a = ipaddress.ip_address(self.r.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global and not any(a in n for n in DOC_NETS) and not a.is_multicast:
                return str(a)

    def card(self):
        while True:
            body = self.r.choice(['4', '51', '53', '55']) + ''.join(self.r.choice('0123456789') for _ in range(14))
            body = body[:15]
            num = body + luhn.calc_check_digit(body)
            if luhn.is_valid(num) and num not in ('4111111111111111', '5555555555554444'):
                g = ' '.join(num[i:i + 4] for i in range(0, 16, 4))
                return g

    def iban(self, loc):
        cc, spec = IBAN_CC.get(loc, ('DE', '18d'))
        for _ in range(200):
            if spec.endswith('a10d'):
                bban = ''.join(self.r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(4)) + ''.join(self.r.choice('0123456789') for _ in range(10))
            else:
                bban = ''.join(self.r.choice('0123456789') for _ in range(int(spec[:-1])))
            cand = cc + '00' + bban
            val = cc + std_iban.calc_check_digits(cand) + bban
            if std_iban.is_valid(val):
                return ' '.join(val[i:i + 4] for i in range(0, len(val), 4))
        sys.exit('no iban')

    def _brute(self, prefix, alphabet, k, valid):
        import itertools
        for tail in itertools.product(alphabet, repeat=k):
            c = prefix + ''.join(tail)
            try:
                if valid(c):
                    return c
            except Exception:
                pass
        return None

    def national(self, loc, d):
        kind = self.pools[loc][5]
        r = self.r
        D = '0123456789'
        for _ in range(300):
            if kind == 'ssn':
                v = f'{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}'
                v = v if us_ssn.is_valid(v) else None
            elif kind == 'nhs':
                v = self._brute(''.join(r.choice(D) for _ in range(9)), D, 1, gb_nhs.is_valid)
                v = v and f'{v[:3]} {v[3:6]} {v[6:]}'
            elif kind == 'nir':
                p = r.choice('12') + d.strftime('%y%m') + '35' + f'{r.randint(1, 999):03d}{r.randint(1, 999):03d}'
                v = self._brute(p, D, 2, fr_nir.is_valid)
            elif kind == 'dni':
                v = self._brute(''.join(r.choice(D) for _ in range(8)), 'TRWAGMYFPDXBNJZSQVHLCKE', 1, es_dni.is_valid)
            elif kind == 'bsn':
                v = self._brute(str(r.randint(1, 9)) + ''.join(r.choice(D) for _ in range(7)), D, 1, nl_bsn.is_valid)
            elif kind == 'pesel':
                m = d.month + (20 if d.year >= 2000 else 0)
                v = self._brute(d.strftime('%y') + f'{m:02d}{d.day:02d}' + ''.join(r.choice(D) for _ in range(4)), D, 1, pl_pesel.is_valid)
            elif kind == 'cpf':
                v = self._brute(''.join(r.choice(D) for _ in range(9)), D, 2, br_cpf.is_valid)
                v = v and f'{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}'
            elif kind == 'pnr':
                v = self._brute(d.strftime('%y%m%d') + '-' + ''.join(r.choice(D) for _ in range(3)), D, 1, se_pnr.is_valid)
            elif kind == 'hetu':
                v = self._brute(d.strftime('%d%m%y') + '-' + f'{r.randint(2, 899):03d}', '0123456789ABCDEFHJKLMNPRSTUVWXY', 1, fi_hetu.is_valid)
            elif kind == 'tck':
                v = self._brute(str(r.randint(1, 9)) + ''.join(r.choice(D) for _ in range(8)), D, 2, tr_tck.is_valid)
            elif kind == 'ric':
                v = self._brute('510107' + d.strftime('%Y%m%d') + ''.join(r.choice(D) for _ in range(3)), D + 'X', 1, cn_ric.is_valid)
            else:
                return None, None
            if v:
                return v, ID_TYPE[kind]
        sys.exit(f'no id for {loc}')


KINDS = ['helpdesk_ticket', 'password_reset', 'mdm_enrolment', 'vpn_log', 'asset_inventory', 'oncall_rota',
         'postmortem', 'phishing_report', 'offboarding']

SYSTEMS = ['You are the internal IT service desk assistant. Be concise.',
           'You help the IT operations team triage and document tickets.',
           'You are an assistant for endpoint/MDM administrators.',
           'You write clear incident reports for the SRE team.']
ASKS = {
    'en': ['Summarise this and suggest the next action.', 'Triage this: priority, queue, next step.',
           'Turn this into a clean ticket update.', 'Extract the fields as JSON.'],
    'de': ['Fasse das Ticket zusammen und schlage den nächsten Schritt vor.'],
    'fr': ['Résume ce ticket et propose la prochaine action.'],
    'es': ['Resume el ticket y propone el siguiente paso.'],
    'pt': ['Resuma o chamado e sugira o próximo passo.'],
    'nl': ['Vat dit ticket samen en stel de volgende stap voor.'],
    'pl': ['Podsumuj zgłoszenie i zaproponuj kolejny krok.'],
    'ru': ['Кратко опиши заявку и предложи следующий шаг.'],
    'ja': ['このチケットを要約し、次の対応を提案してください。'],
    'zh': ['请总结这个工单并给出下一步处理建议。'],
    'ko': ['이 티켓을 요약하고 다음 조치를 제안해 주세요.'],
}


def ask(r, loc):
    lang = loc.split('-')[0]
    return r.choice(ASKS.get(lang, ASKS['en']) if r.random() < 0.5 else ASKS['en'])


def sensitive_doc(g, kind, loc):
    """Return (text, list of (value, entity)) for one private employee / end user."""
    r = g.r
    p = g.person(loc)
    vals = [(p, 'person')]
    tk = f'INC{r.randint(1000000, 9999999)}'
    host = r.choice(['LT-', 'WS-', 'MBP-']) + f'{r.randint(10000, 99999)}'
    extra = r.sample(['phone', 'email', 'street', 'dob', 'ip', 'nid', 'card', 'iban'], k=r.randint(0, 2))

    def add(t):
        if t == 'phone':
            v = g.phone(loc); vals.append((v, 'phone')); return f'personal mobile: {v}'
        if t == 'email':
            v = g.email(p, loc); vals.append((v, 'email')); return f'private e-mail: {v}'
        if t == 'street':
            v = g.street(loc)
            if v is None:
                return add('phone')
            vals.append((v, 'STREET_ADDRESS')); return f'ship to home: {v}'
        if t == 'dob':
            v, _ = g.dob(loc); vals.append((v, 'DATE_OF_BIRTH')); return f'DOB on HR record: {v}'
        if t == 'ip':
            v = g.ip(); vals.append((v, 'IP_ADDRESS')); return f'client public IP (home broadband): {v}'
        if t == 'nid':
            v, e = g.national(loc, g.dob(loc)[1])
            if v:
                vals.append((v, e)); return f'ID number on HR file: {v}'
            return ''
        if t == 'card':
            v = g.card(); vals.append((v, 'credit_card')); return f'personal card used: {v}'
        if t == 'iban':
            v = g.iban(loc); vals.append((v, 'iban')); return f'refund to: {v}'
    lines = []
    if kind == 'helpdesk_ticket':
        lines = [f'Ticket {tk} | Caller: {p} | Device {host}',
                 r.choice(['Laptop will not boot after BIOS update, stuck at Dell logo.',
                           'Outlook keeps asking for credentials since this morning.',
                           'Docking station does not detect second monitor.',
                           'Teams camera shows black screen, driver reinstall did not help.'])]
        extra = extra or ['phone']
    elif kind == 'password_reset':
        dob, d = g.dob(loc)
        vals.append((dob, 'DATE_OF_BIRTH'))
        lines = [f'Password reset request {tk}', f'User: {p}', f'Verification answered: date of birth {dob}',
                 'Account locked after 5 failed attempts (AD). Please reset and force change at next logon.']
    elif kind == 'mdm_enrolment':
        ph = g.phone(loc); vals.append((ph, 'phone'))
        lines = [f'MDM enrolment record — Intune', f'Owner: {p} (BYOD)', f'Device: iPhone 15, serial F2LX{r.randint(10000, 99999)}',
                 f'Line: {ph}', f'Compliance: {r.choice(["compliant", "non-compliant (OS outdated)", "pending"])}']
    elif kind == 'vpn_log':
        ip = g.ip(); vals.append((ip, 'IP_ADDRESS'))
        u = p
        lines = [f'2026-11-{r.randint(10, 28)}T0{r.randint(6, 9)}:{r.randint(10, 59)}:02Z globalprotect gw-eu1 login ok user="{u}" src={ip} assigned=10.20.{r.randint(1, 250)}.{r.randint(2, 250)}',
                 f'2026-11-{r.randint(10, 28)}T1{r.randint(0, 9)}:{r.randint(10, 59)}:44Z globalprotect gw-eu1 session timeout user="{u}" src={ip}',
                 'Question from SOC: impossible travel alert — is this the same person?']
    elif kind == 'asset_inventory':
        rows = ['asset_tag,model,assigned_to,location,status']
        for _ in range(r.randint(2, 4)):
            q = g.person(loc)
            vals.append((q, 'person'))
            rows.append(f'AT-{r.randint(10000, 99999)},ThinkPad T14 Gen 4,{q},remote,in use')
        street = g.street(loc)
        if street:
            vals.append((street, 'STREET_ADDRESS'))
            rows.append(f'# replacement for {p} ships to {street}')
        else:
            ph = g.phone(loc); vals.append((ph, 'phone'))
            rows.append(f'# replacement for {p}: courier to call {ph}')
        lines = rows
        extra = []
    elif kind == 'oncall_rota':
        lines = ['On-call rota, week 49']
        for day in ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']:
            q = g.person(loc); ph = g.phone(loc)
            vals += [(q, 'person'), (ph, 'phone')]
            lines.append(f'{day}: {q} — {ph}')
        extra = []
    elif kind == 'postmortem':
        lines = [f'Post-mortem draft for {tk}: payroll export failed for 3 hours.',
                 f'Timeline: 02:14 alert fired; 02:31 {p} (on call) acknowledged; 03:05 rollback of config change.',
                 'Root cause: expired certificate on the SFTP endpoint.']
    elif kind == 'phishing_report':
        em = g.email(p, loc); vals.append((em, 'email'))
        lines = [f'Reported by {p} <{em}>', 'Subject: "Your mailbox is almost full — validate now"',
                 'They clicked the link and typed their password, then realised. MFA push was denied.']
    elif kind == 'offboarding':
        dob, d = g.dob(loc)
        nid, e = g.national(loc, d)
        lines = [f'Offboarding checklist — leaver: {p}', 'Last day: 2026-12-19',
                 'Disable AD account, revoke VPN cert, wipe laptop, transfer OneDrive to manager.']
        if nid:
            vals.append((nid, e)); lines.append(f'HR ref / ID: {nid}')
        else:
            s = g.street(loc)
            if s:
                vals.append((s, 'STREET_ADDRESS')); lines.append(f'Return-box courier pickup: {s}')
            else:
                s = g.phone(loc); vals.append((s, 'phone')); lines.append(f'Return-box courier to call: {s}')
    for t in extra:
        x = add(t)
        if x:
            lines.append(x)
    return '\n'.join(lines), vals


ROLE_PEOPLE = ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Linus Torvalds', 'Tim Berners-Lee', 'Satya Nadella']
SERVERS = ['hopper-db01', 'turing-build-07', 'lovelace-k8s-node3', 'curie-backup', 'tesla-fs02', 'noether-ci']


def benign_doc(g, kind, loc):
    r = g.r
    tk = f'INC{r.randint(1000000, 9999999)}'
    srv = r.choice(SERVERS)
    mail = r.choice(['servicedesk@', 'it-support@', 'noc@', 'security@', 'phishing-report@']) + r.choice(['example.com', 'example.org'])
    docip = f'{r.choice(["192.0.2", "198.51.100", "203.0.113"])}.{r.randint(1, 254)}'
    priv = f'10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}'
    mac = ':'.join(f'{r.randint(0, 255):02x}' for _ in range(6))
    sha = ''.join(r.choice('0123456789abcdef') for _ in range(40))
    if kind == 'helpdesk_ticket':
        lines = [f'Ticket {tk} | Caller: svc-printspooler | CI: {srv}',
                 f'Queue mailbox {mail} received 214 bounces from {srv}. Vendor hotline +1 201-555-0143 says patch KB5034441 is needed.']
    elif kind == 'password_reset':
        lines = [f'Password reset template ({tk})', 'User: [NAME]', 'Verification: date of birth [DD/MM/YYYY]',
                 f'Service account svc-sql-reporting password rotated by Vault at 2026-11-30T02:00Z; hash {sha[:16]}…']
    elif kind == 'mdm_enrolment':
        lines = ['MDM enrolment record — Intune', 'Owner: kiosk-lobby-02 (corporate, shared device)',
                 f'Device: iPad (10th gen), serial DMPX{r.randint(10000, 99999)}, Wi-Fi MAC {mac}',
                 f'Enrolled via DEP profile "{r.choice(["Hopper Lab", "Curie Wing", "Ada Room"])}". Compliance: compliant']
    elif kind == 'vpn_log':
        lines = [f'2026-11-{r.randint(10, 28)}T08:{r.randint(10, 59)}:02Z globalprotect gw-eu1 login ok user="svc-monitoring" src={docip} assigned={priv}',
                 f'2026-11-{r.randint(10, 28)}T09:{r.randint(10, 59)}:44Z globalprotect gw-eu1 health-check host={srv} src={priv}',
                 'Question: why does the monitoring account reconnect every hour?']
    elif kind == 'asset_inventory':
        rows = ['asset_tag,model,assigned_to,location,status']
        for s in r.sample(SERVERS, 3):
            rows.append(f'AT-{r.randint(10000, 99999)},PowerEdge R760,{s},DC-FRA-2 rack {r.randint(1, 40)},in use')
        rows.append(f'AT-{r.randint(10000, 99999)},ThinkPad T14 Gen 4,[unassigned],stock room,spare')
        lines = rows
    elif kind == 'oncall_rota':
        lines = ['On-call rota template, week 49 (names to be filled by team leads)']
        for day in ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']:
            lines.append(f'{day}: <engineer> — escalate via PagerDuty service "{srv}" or NOC switchboard +44 20 7946 0{r.randint(100, 999)}')
    elif kind == 'postmortem':
        lines = [f'Post-mortem for {tk} (anonymised): payroll export failed for 3 hours.',
                 'Timeline: 02:14 alert fired; 02:31 Engineer A (on call) acknowledged; 03:05 rollback.',
                 f'Root cause: expired certificate on {srv}; commit {sha[:12]}. Named after {r.choice(ROLE_PEOPLE[:3])} (historical), the host is being renamed.']
    elif kind == 'phishing_report':
        lines = [f'Reported via {mail}', f'Subject: "{r.choice(ROLE_PEOPLE)} invites you to a shared document"',
                 f'Sender IP {docip}, URL hxxps://login-micros0ft[.]example.net/?id={sha[:10]}. Nobody clicked.']
    else:
        lines = ['Offboarding checklist template — leaver: [FULL NAME]', 'Last day: [DATE]',
                 f'Disable AD account, revoke VPN cert, wipe laptop (MAC {mac}), forward mail to {mail}.',
                 'Employee ID: [EMP-ID]   National ID: not collected by IT.']
    return '\n'.join(lines), []


def place(g, doc, loc, i):
    """Place the document into an OpenAI request body by rotation."""
    r = g.r
    a = ask(r, loc)
    mode = i % 10
    model = r.choice(['hybridgate/auto', 'gpt-4o-mini', 'gpt-4o', 'hybridgate/auto'])
    if mode == 0:
        return 'completions', 'prompt', {'model': 'gpt-3.5-turbo-instruct', 'prompt': f'{doc}\n\n{a}\n', 'max_tokens': 300}
    if mode in (1, 5):
        return 'chat', 'user', {'model': model, 'messages': [{'role': 'system', 'content': r.choice(SYSTEMS)},
                                                             {'role': 'user', 'content': f'{a}\n\n{doc}'}]}
    if mode == 2:
        return 'chat', 'system', {'model': model, 'messages': [{'role': 'system', 'content': r.choice(SYSTEMS) + '\nCurrent ticket context:\n' + doc},
                                                               {'role': 'user', 'content': a}]}
    if mode in (3, 7):
        cid = f'call_{r.randint(10**8, 10**9)}'
        return 'chat', 'tool_result', {'model': model, 'messages': [
            {'role': 'system', 'content': r.choice(SYSTEMS)},
            {'role': 'user', 'content': a},
            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {'name': 'servicenow_get_record', 'arguments': json.dumps({'table': 'incident', 'limit': 1})}}]},
            {'role': 'tool', 'tool_call_id': cid, 'content': doc}],
            'tools': [{'type': 'function', 'function': {'name': 'servicenow_get_record', 'description': 'Fetch a record from ServiceNow',
                                                        'parameters': {'type': 'object', 'properties': {'table': {'type': 'string'}, 'limit': {'type': 'integer'}}}}}]}
    if mode == 4:
        return 'chat', 'assistant_echo', {'model': model, 'messages': [
            {'role': 'user', 'content': 'I will paste the record.'},
            {'role': 'assistant', 'content': 'Received:\n' + doc},
            {'role': 'user', 'content': a}]}
    if mode == 6:
        return 'chat', 'content_parts', {'model': model, 'messages': [{'role': 'user', 'content': [
            {'type': 'text', 'text': a}, {'type': 'text', 'text': doc}]}], 'temperature': 0.2}
    if mode == 8:
        cid = f'call_{r.randint(10**8, 10**9)}'
        return 'chat', 'tool_call_args', {'model': model, 'messages': [
            {'role': 'user', 'content': 'File this in Jira please.'},
            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {'name': 'jira_create_issue', 'arguments': json.dumps({'project': 'ITSD', 'description': doc}, ensure_ascii=False)}}]},
            {'role': 'tool', 'tool_call_id': cid, 'content': json.dumps({'key': f'ITSD-{r.randint(100, 9999)}', 'status': 'created'})},
            {'role': 'user', 'content': 'Now draft a short confirmation message.'}]}
    return 'chat', 'response_format', {'model': model, 'messages': [{'role': 'user', 'content': f'Extract the ticket fields.\n\n{doc}'}],
                                       'response_format': {'type': 'json_schema', 'json_schema': {'name': 'ticket', 'schema': {'type': 'object', 'properties': {'summary': {'type': 'string'}, 'priority': {'type': 'string', 'enum': ['P1', 'P2', 'P3', 'P4']}}}}}}


def build_pii(g):
    r = g.r
    locs = list(g.pools)
    recs = []
    plan = []
    for k in KINDS:
        plan += [(k, True)] * 32 + [(k, False)] * 23
    r.shuffle(plan)
    for i, (k, sens) in enumerate(plan):
        loc = locs[i % len(locs)]
        if sens:
            doc, vals = sensitive_doc(g, k, loc)
        else:
            doc, vals = benign_doc(g, k, loc)
        endpoint, field, body = place(g, doc, loc, i)
        if sens and r.random() < 0.15 and endpoint == 'chat':
            em = g.email(g.person(loc), loc)
            body['user'] = em
            vals.append((em, 'email'))
        ser = json.dumps(body, ensure_ascii=False)
        ents = sorted({e for v, e in vals if v in ser})
        assert bool(ents) == sens, (k, sens, ents)
        recs.append({'id': f'{NAME}-pii-{i + 1:04d}', 'category': k if sens else k + '_benign', 'sensitive': bool(ents),
                     'entities': ents, 'endpoint': endpoint, 'lang': loc, 'style': field, 'body': body})
    return recs


LOG_LINES = ['{t} kubelet[{p}]: Liveness probe succeeded for pod web-{n}', '{t} nginx: GET /healthz 200 {n}ms',
             '{t} sshd[{p}]: Accepted publickey for deploy from 10.0.{n}.4 port 51022', '{t} cron[{p}]: (root) CMD (run-parts /etc/cron.hourly)',
             '{t} systemd[1]: Started Daily apt upgrade and clean activities.', '{t} postgres[{p}]: checkpoint complete: wrote {n} buffers']
SHORT_SIMPLE = ['What port does RDP use by default?', 'Convert 250 GiB to GB.', 'What does MDM stand for?',
                'Translate "your password expires in 3 days" into German.', 'Is 10.4.2.1 a private IP address? yes or no',
                'What is the shortcut to lock a Windows screen?', 'Spell out the acronym SIEM.', 'How many hosts in a /24?',
                'Translate to Japanese: "Please restart your laptop."', 'ノートPCを再起動する方法は？', 'What command shows the IP address on Linux?',
                'Rewrite politely: "reboot your PC now".', 'Quel port utilise SSH par défaut ?', '¿Qué significa VPN?',
                'Wie viele Bytes hat ein Kilobyte?', 'Что означает аббревиатура DNS?', 'SSO是什么的缩写？']
SHORT_HARD = ['Design credential rotation for 400 service accounts used by legacy apps that cannot reload secrets without restart; compare Vault dynamic secrets vs. staged dual-password rollover, and give failure modes.',
              'Our VPN drops exactly every 8 hours but only for macOS clients on IPv6 networks. Give a ranked root-cause hypothesis tree and the tests to discriminate them.',
              'Prove or refute: with 3 on-call engineers and 1-week shifts, any rota avoiding back-to-back weeks must repeat with period 3. Generalise to n engineers and k-week cooldown.',
              'Design MDM compliance policy so lost-device wipe is fast but a false "lost" report cannot destroy a BYOD user\'s personal data. Trade-offs?',
              'Kerberos auth fails intermittently for 2% of logons after a DC was restored from snapshot. Explain the likely USN rollback mechanism and a safe recovery plan.',
              'Plan a zero-downtime migration of 12k devices from one MDM vendor to another without re-enrolment prompts where possible; list risks and rollback points.',
              'Entwirf ein Offboarding-Verfahren, das Zugriffe in <15 min entzieht, aber laufende Batchjobs des Mitarbeiters nicht bricht. Begründe die Abwägungen.',
              'Concevez une stratégie de détection du phishing interne qui minimise les faux positifs sans stocker le contenu des e-mails. Justifiez.',
              'Почему после смены MTU на туннеле часть HTTPS-сайтов зависает, а ping работает? Разбери причину и план проверки.',
              '设计一个多区域值班轮换方案，满足每人每月夜班不超过4次且覆盖所有时区，并证明其可行性。']


def build_cx(g):
    r = g.r
    recs = []
    plan = [('short_simple', 0)] * 46 + [('long_easy', 0)] * 50 + [('short_hard', 1)] * 48 + [('long_hard', 1)] * 46
    r.shuffle(plan)
    for i, (cat, lab) in enumerate(plan):
        lang = 'en'
        if cat == 'short_simple':
            txt = r.choice(SHORT_SIMPLE)
            msgs = [{'role': 'user', 'content': txt}]
        elif cat == 'short_hard':
            txt = r.choice(SHORT_HARD)
            msgs = [{'role': 'system', 'content': r.choice(SYSTEMS)}, {'role': 'user', 'content': txt}]
        else:
            log = '\n'.join(r.choice(LOG_LINES).format(t=f'Nov {r.randint(10, 28)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}',
                                                       p=r.randint(100, 9999), n=r.randint(1, 300)) for _ in range(r.randint(25, 45)))
            if cat == 'long_easy':
                q = r.choice(['Count how many lines are from nginx.', 'Reformat these log lines as a markdown table with columns time, process, message.',
                              'Summarise this log in two sentences.', 'List the distinct process names, nothing else.',
                              'Translate the systemd messages into Spanish.'])
            else:
                log += '\n' + '\n'.join([f'Nov 28 03:1{k}:0{k} kernel: nfs: server fs02 not responding, still trying' for k in range(4)] +
                                        ['Nov 28 03:14:22 postgres[812]: could not fsync file "base/16384/2619": Input/output error',
                                         'Nov 28 03:15:01 kubelet[611]: Readiness probe failed for pod api-7: timeout'])
                q = r.choice(['Find the root cause of the 03:14 outage, explain the causal chain between the services and propose a fix that prevents recurrence with trade-offs.',
                              'Several symptoms appear at once. Reason step by step about which one is cause and which are effects, then design monitoring that would have caught it earlier.'])
            txt = f'{q}\n\n```\n{log}\n```'
            if cat == 'long_easy':
                assert len(txt) >= 1500
            msgs = [{'role': 'system', 'content': r.choice(SYSTEMS)}, {'role': 'user', 'content': txt}]
        if any(ord(c) > 0x2fff for c in txt[:60]):
            lang = 'ja' if re.search(r'[\u3040-\u30ff]', txt[:60]) else 'zh'
        elif re.search(r'[а-я]', txt[:60]):
            lang = 'ru'
        elif txt.startswith(('Quel', 'Concevez')):
            lang = 'fr'
        elif txt.startswith('¿'):
            lang = 'es'
        elif txt.startswith(('Wie ', 'Entwirf')):
            lang = 'de'
        recs.append({'id': f'{NAME}-cx-{i + 1:04d}', 'category': cat, 'label': lab,
                     'length_adversarial': cat in ('long_easy', 'short_hard'), 'endpoint': 'chat', 'lang': lang,
                     'style': 'it_ops', 'body': {'model': 'hybridgate/auto', 'messages': msgs}})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    g = Gen(random.Random(a.seed), filter_pools())
    pii = build_pii(g)
    cx = build_cx(g)
    out = pathlib.Path(a.out)
    with open(out / f'pii_{NAME}.jsonl', 'w', encoding='utf-8') as f:
        for x in pii:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(out / f'complexity_{NAME}.jsonl', 'w', encoding='utf-8') as f:
        for x in cx:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    sens = sum(x['sensitive'] for x in pii)
    print(f'pii: {len(pii)} ({sens} sensitive / {len(pii) - sens} benign), endpoints', dict(collections.Counter(x['endpoint'] for x in pii)),
          'langs', len({x['lang'] for x in pii}))
    print('categories', dict(sorted(collections.Counter(x['category'] for x in pii).items())))
    print('entities', dict(sorted(collections.Counter(e for x in pii for e in x['entities']).items())))
    print('fields', dict(sorted(collections.Counter(x['style'] for x in pii).items())))
    print(f'complexity: {len(cx)}', dict(collections.Counter(x['category'] for x in cx)),
          'length_adversarial', sum(x['length_adversarial'] for x in cx), 'label1', sum(x['label'] for x in cx))


if __name__ == '__main__':
    main()
