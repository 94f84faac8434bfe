#!/usr/bin/env python3
"""Polje: an independent evaluation split for the request signals, organised by JOURNALISM, MEDIA AND PUBLICITY.

Writes bench/data/signals/pii_polje.jsonl and bench/data/signals/complexity_polje.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages or history; the record format came from the first 70 lines of the delta
    generator and the first two lines of the delta files. The other generators were not read: their sources
    are only scanned automatically at run time for capitalised / non-ASCII words and non-ASCII bigrams, and
    this file's own name, street and public-figure pools are cut to entries that avoid that set
    (deterministic, order kept; the run aborts if a pool runs empty). Those words are never printed.

Organising principle
    Journalism, media and publicity: newsroom source notes, interview transcripts, letters to the editor,
    correction requests, fact-checking worksheets, podcast show notes and call-in logs, publicity and
    booking requests, press releases, reader tip-line submissions, obituary / death-notice drafts,
    comment-moderation exports and freelance contributor paperwork. The people in them are either private
    persons (sources, interviewees, readers, callers, contributors, the recently deceased) -- sensitive, or
    public figures in their public role (ministers, mayors, club captains, performers on tour, chief
    executives quoted in a release), fictional characters, long-dead historical persons, eponyms, and the
    contact points of press offices and newsrooms themselves -- benign hard negatives of the same kind.
    Categories are ``<kind>`` (sensitive) and ``<kind>_benign``.

    The document sits in a request field chosen by rotation: user / system / earlier assistant / tool
    messages, text content parts, base64 file parts, tool-call arguments, a response_format json_schema
    description, ``user``, ``metadata``; about a tenth use the legacy completions endpoint (``prompt``).

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching the
    serialised body (file parts decoded, URLs unquoted) for every value the record issued. ``ssn`` = US SSN
    only; citizen numbers (DNI, BSN, PESEL, personnummer, HETU, CPR, fodselsnummer, rodne cislo, TC kimlik,
    My Number, RRN, resident ID, Aadhaar, teudat zehut, Thai PIN) NATIONAL_ID; taxpayer numbers (Steuer-ID,
    codice fiscale, CPF, INN, RNOKPP, AFM, PAN) TAX_ID; NHS numbers HEALTH_INSURANCE; hospital record numbers
    MEDICAL_RECORD; a US routing + account pair US_BANK_NUMBER; a public IPv4 of a reader IP_ADDRESS; a
    recently deceased private person's name is ``person``. ``sensitive`` == bool(entities) (asserted).

Contents (seed 20261205)
    pii_polje.jsonl: 504 requests (454 chat, 50 completions) in 25 locale tags (Latin, Greek, Cyrillic, Han, Kana,
    Hangul, Devanagari, Hebrew, Thai and Arabic scripts; English-language newsrooms weighted x3-4); 12 kinds x 42
    (24 sensitive + 18 benign each: 288 sensitive / 216 benign). Entity totals: person 279, phone 144,
    STREET_ADDRESS 131, email 89, DATE_OF_BIRTH 53, IP_ADDRESS 47, NATIONAL_ID 30, iban 17, MEDICAL_RECORD 14,
    PASSPORT 13, TAX_ID 12, HEALTH_INSURANCE 8, credit_card 5, ssn 4, DRIVER_LICENSE 2, US_BANK_NUMBER 2.
    complexity_polje.jsonl: 190 chat requests in 10 language tags: short_simple 44, long_easy 52 (>= 1,500
    chars), short_hard 50, long_hard 44 (>= 1,500 chars); 102 (54%) length-adversarial, 94 labelled 1.
    The run prints all counts.

    Name pools: family names are partly built from locale-true morphology (English toponymic, German and Swedish
    compounds, Basque, Turkish, Greek, Slavic suffixes, two-kanji Japanese surnames); Korean and Chinese full
    names are checked whole (bigrams). Where a locale's first-name pool is cut empty by the frozen-word rule the
    person is written with initials (``A. Surname``; Russian/Ukrainian ``Surname A. B.``), a form newsrooms use.
    For street patterns only the distinctive (marked) word is checked; street-type words (Lane, rue, ul.) and
    the real postal towns of the city lines are not a name pool and are kept.

Validation
    Every identifier is validated with python-stdnum (IBAN, card Luhn, SSN, routing numbers, national and
    tax IDs); every phone number with ``phonenumbers`` for its region; IPs with ``ipaddress`` (global, not in
    documentation ranges). Benign documentation values are checked to be what they claim (555-01xx, RFC 5737).
    The run aborts on any invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_polje_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.gb import nhs
from stdnum.gr import vat as gr_vat
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
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
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus',
                  'playa', 'pingo', 'kame', 'tepui', 'arete', 'bajada', 'cuesta', 'loess')


TOK = re.compile(r'[\w\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0dff\u0e00-\u0e7f]+')


def other_words():
    """Capitalised / non-ASCII words and non-ASCII bigrams of the frozen generators (scanned, never shown)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        t = p.read_text(encoding='utf-8', errors='replace')
        for w in re.findall(r'[A-Z][A-Za-z]+', t):
            words.add(w.lower())
        for w in TOK.findall(t):
            if any(ord(c) > 127 for c in w):
                words.add(w.lower())
                for i in range(len(w) - 1):
                    if ord(w[i]) > 127 and ord(w[i + 1]) > 127:
                        bigrams.add(w[i:i + 2])
    return words, bigrams


OTHER_W, OTHER_B = other_words()
CJK = re.compile(r'[\u3400-\u9fff\uac00-\ud7af]')


def clean(entry):
    """An entry is kept when none of its words (only the <marked> ones, for street patterns) is a frozen word."""
    if '<' in entry:
        entry = ' '.join(re.findall(r'<([^>]*)>', entry))
    for w in TOK.findall(entry):
        if w.lower() in OTHER_W and not w.isdigit():
            return False
        if CJK.search(w):
            for i in range(len(w) - 1):
                if w[i:i + 2] in OTHER_B:
                    return False
    return True


def cut(pool, what, need=1):
    out = [e for e in pool if clean(e)]
    if len(out) < need:
        raise SystemExit(f'pool {what} ran empty after the frozen-word cut')
    return out


# ----------------------------------------------------------------------------------------------- locales
# first names, family names, streets (home), city line, phone region, labels, id generator key
LOC = {
    'en-US': dict(f='Tamsin Delphine Orrin Lysander Bexley Corwin Marisol Jubal Ellery Wrenna Thaddeus Kipling Odalys Rowan Sunniva Ignatia Calloway Perrin',
                  l='Quackenbush Vanderhoef Pettibone Ashcombe Wedgwood Larrabee Tillotson Gorsuch Haskell Brickendon Ainsworth Mayhugh Stallworth Oyelaran Truesdell Kimbrough',
                  s=['{n} <Quillfeather> Lane', '{n} <Thornapple> Court', '{n} <Birchrun> Road', '{n} <Lindenhurst> Ave Apt 3B', '{n} <Pumpkin> Hollow Rd'],
                  c=['Dayton, OH 45419', 'Boise, ID 83704', 'Tacoma, WA 98406', 'Ames, IA 50010'], r='US', dob='%m/%d/%Y'),
    'en-GB': dict(f='Imogen Crispin Philippa Barnaby Tabitha Rupert Ottoline Hamish Clemency Peregrine Araminta Tobias Marigold Ffion Lachlan Saffron',
                  l='Fothergill Pennycuick Threlfall Ackroyd Braithwaite Gillespie Haworth Ollerenshaw Pilkington Scarisbrick Entwistle Rawnsley Cholmondeley Featherstonehaugh',
                  s=['{n} <Pudding> Lane', '{n} <Cherrygarth> Close', 'Flat {n}, <Wexcombe> House, Tanner Row', '{n} <Sparrowhawk> Crescent'],
                  c=['Harrogate HG1 2QT', 'Ipswich IP4 5HD', 'Carlisle CA2 4NP', 'Truro TR1 3XR'], r='GB', dob='%d/%m/%Y'),
    'de-DE': dict(f='Wiebke Hartmut Swantje Gerlinde Ortwin Roswitha Eckhard Friedelinde Volkmar Henrike Irmtraud Leberecht Gunhild Ansgar',
                  l='Kleinschmidt Habermehl Brüggemann Ostermeier Vogelsang Dreckmann Sauerbier Plümacher Wetzstein Rübsamen Quernheim Mückenhaupt',
                  s=['<Holunderweg> {n}', 'Am <Krähenberg> {n}', '<Kiebitzstraße> {n}', '<Hagebuttenweg> {n}a', '<Zaunkönigstraße> {n}'],
                  c=['04317 Leipzig', '28203 Bremen', '34117 Kassel', '93047 Regensburg'], r='DE', dob='%d.%m.%Y'),
    'fr-FR': dict(f='Ségolène Anatole Gwenaëlle Théophile Maëlys Aurèle Bérengère Gaspard Solène Eudes Clothilde Évariste Honorine',
                  l='Deschamps-Lavergne Brunetière Quéméner Lagardère Pouliquen Vasseur Ribeyrolles Castagnède Fauconnet Marchadier Bouvreuil',
                  s=['{n} rue des <Glycines>', '{n} impasse du <Moulin-Brûlé>', '{n} allée des <Mésanges>', '{n} chemin de la <Houblonnière>'],
                  c=['35000 Rennes', '87000 Limoges', '21000 Dijon', '86000 Poitiers'], r='FR', dob='%d/%m/%Y'),
    'es-ES': dict(f='Remedios Anselmo Covadonga Eulogio Begoña Fermín Inmaculada Teodosio Montserrat Celedonio Ainhoa Baldomero',
                  l='Villaescusa Arrieta Olabarría Cifuentes Barandiarán Quintanilla Echevarren Sotomayor Larrañaga Villalobos Urquijo',
                  s=['Calle del <Almendro> {n}, 3.º B', 'Avenida de las <Amapolas> {n}, 1.º A', 'Calle <Cardo Borriquero> {n}', 'Travesía del <Olivar> {n}'],
                  c=['47003 Valladolid', '30005 Murcia', '15704 Santiago de Compostela', '37002 Salamanca'], r='ES', dob='%d/%m/%Y'),
    'it-IT': dict(f='Ludovica Ermenegildo Gaia Pierluigi Ottavia Saverio Benedetta Corrado Ippolita Gervasio Nives Tancredi',
                  l='Scaramuzza Bellandi Pizzagalli Tagliaferri Sbarbaro Quagliarella Vitaliani Morbidelli Pellizzari Zanichelli Brambati',
                  s=['Via dei <Gelsomini> {n}', 'Vicolo del <Fico> {n}', 'Via delle <Rondini> {n}/B', 'Strada della <Bruciata> {n}'],
                  c=['40125 Bologna', '37121 Verona', '06121 Perugia', '43121 Parma'], r='IT', dob='%d/%m/%Y'),
    'nl-NL': dict(f='Femke Gerrit-Jan Marijke Sjoerd Hiltje Wouter Tjitske Reinout Geertruida Ids Baukje Floris',
                  l='Hoogeveen Bruggink Schimmelpenninck Terpstra Wijnbergen Ouwehand Stoffelsma Kuipers-Dam Blaauw Ravensbergen',
                  s=['<Kievitstraat> {n}', '<Hazelaarlaan> {n}', '<Lepelaarsingel> {n}-II', '<Brandnetelhof> {n}'],
                  c=['9712 KB Groningen', '6811 AB Arnhem', '5611 EM Eindhoven', '2311 GT Leiden'], r='NL', dob='%d-%m-%Y'),
    'pl-PL': dict(f='Grażyna Bożydar Wiesława Przemysław Jadwiga Zdzisław Bogumiła Radosław Halszka Wojsław Eugenia',
                  l='Brzęczyszczykiewicz Przybylska Chrząszczewski Wróblewska Szczepankiewicz Gąsiorowska Kurzydło Pietrzykowski Źrebiec',
                  s=['ul. <Dzierzbowa> {n} m. 4', 'ul. <Czeremchowa> {n}', 'ul. <Rokitnikowa> {n}/3', 'ul. <Tawułowa> {n}', 'ul. <Jarzębinowa> {n} m. 4', 'ul. <Szczygla> {n}', 'ul. <Kalinowa> {n}/7', 'os. <Słoneczne> {n} m. 12'],
                  c=['30-418 Kraków', '80-285 Gdańsk', '61-706 Poznań', '20-093 Lublin'], r='PL', dob='%d.%m.%Y'),
    'pt-BR': dict(f='Iracema Josué Cleonice Wanderley Jussara Epitácio Lucimar Aristides Rosângela Edivaldo Marilene',
                  l='Albuquerque-Mota Figueiredo Nogueira Valadares Bittencourt Cavalcanti Queiroga Damasceno Siqueira Brandão',
                  s=['Rua das <Acácias>, {n}, apto 302', 'Rua <Bem-te-vi>, {n}', 'Travessa do <Caju>, {n}', 'Rua Sabiá-<Laranjeira>, {n}, casa 2'],
                  c=['Belo Horizonte - MG, 30140-071', 'Recife - PE, 50050-090', 'Curitiba - PR, 80010-010', 'Natal - RN, 59020-300'], r='BR', dob='%d/%m/%Y'),
    'sv-SE': dict(f='Ylva Torbjörn Sigrid Gunnar Alva Ingemar Solveig Botvid Hjördis Ragnvald',
                  l='Gyllenhammar Strömqvist Lindskog Bergkvist Ekholm Sjöberg-Rask Wennerström Hedlund Åkesson',
                  s=['<Lingonvägen> {n}', '<Trastgatan> {n} lgh 1102', '<Blåbärsstigen> {n}', '<Tallbacksvägen> {n}'],
                  c=['753 20 Uppsala', '582 24 Linköping', '903 26 Umeå', '702 11 Örebro'], r='SE', dob='%Y-%m-%d'),
    'fi-FI': dict(f='Aino Eero Pirjo Tapani Helmi Urho Kyllikki Vesa Sirkka Ilmari',
                  l='Hämäläinen Kekkonen-Ruuska Pesonen Turunen Väisänen Kärkkäinen Ylönen Nurmilaakso Heikkilä',
                  s=['<Kuusikuja> {n} B 12', '<Pihlajatie> {n} A 3', '<Tervapääskyntie> {n}', '<Mustikkapolku> {n}'],
                  c=['33100 Tampere', '90100 Oulu', '20100 Turku', '40100 Jyväskylä'], r='FI', dob='%d.%m.%Y'),
    'da-DK': dict(f='Ditte Asger Mette-Marie Bjarke Rikke Palle Sidsel Villum Gry',
                  l='Kjærsgaard Bækgaard Østergaard Mikkelsen Rasmussen-Kold Dalsgaard Hvidberg Skovbjerg',
                  s=['<Mejsevej> {n}', '<Hybenvænget> {n}, 2. tv', '<Lærkevej> {n}', '<Ellebakken> {n}'],
                  c=['8000 Aarhus C', '5000 Odense C', '9000 Aalborg', '6700 Esbjerg'], r='DK', dob='%d.%m.%Y'),
    'nb-NO': dict(f='Solveig Torstein Ragnhild Eirik Gudrun Sindre Tordis Halvor',
                  l='Bjørnstad Haugland Fjellheim Solberg-Nes Rønning Kvamme Tveiten Myklebust',
                  s=['<Rognebærveien> {n}', '<Lyngstien> {n}B', '<Furuveien> {n}', '<Måltrostveien> {n}'],
                  c=['5003 Bergen', '7010 Trondheim', '4006 Stavanger', '9008 Tromsø'], r='NO', dob='%d.%m.%Y'),
    'cs-CZ': dict(f='Božena Vratislav Ludmila Přemysl Jarmila Bohuslav Radmila Vítězslav',
                  l='Dvořáková Procházka Kovářová Šťastný Hrubešová Vondráček Zelenková Kratochvíl',
                  s=['<Pampelišková> {n}', 'Na <Hrázce> {n}/4', '<Kapraďová> {n}', '<Šeříková> {n}', 'Na <Vyhlídce> {n}/12', '<Jeřabinová> {n}', 'U <Potoka> {n}'],
                  c=['602 00 Brno', '301 00 Plzeň', '370 01 České Budějovice', '779 00 Olomouc'], r='CZ', dob='%d. %m. %Y'),
    'tr-TR': dict(f='Gülizar Tayfun Nermin Oğuzhan Sevgül Cihangir Dilek Erdinç Feride',
                  l='Karabulut Yıldırımoğlu Çakıroğlu Özdemirci Kahraman Tekinalp Saraçoğlu Gündoğdu',
                  s=['<Begonvil> Sokak No: {n}', '<Hanımeli> Sokak No: {n} D: 2', '<Kuşkonmaz> Sokak No: {n}', '<Menekşe> Sokak No: {n} D: 4', '<Lale> Caddesi No: {n}', '<Çınarlı> Sokak No: {n} Daire 7', '<Ihlamur> Sokak No: {n}'],
                  c=['Kadıköy / İstanbul 34710', 'Çankaya / Ankara 06680', 'Bornova / İzmir 35040', 'Nilüfer / Bursa 16110'], r='TR', dob='%d.%m.%Y'),
    'el-GR': dict(f='Ευτυχία Παναγιώτης Σταυρούλα Χαράλαμπος Καλλιόπη Θεμιστοκλής Αικατερίνη Σπυρίδων',
                  l='Παπαδοπούλου Καραγιάννης Θεοδωροπούλου Μαυρομμάτης Χατζηγεωργίου Κωνσταντινίδης',
                  s=['Οδός <Νεραγκουλών> {n}', '<Μολόχας> {n}, 1ος όροφος', 'Οδός <Ροδοδάφνης> {n}', 'Οδός <Αγιοκλήματος> {n}', '<Πικροδάφνης> {n}', '<Ασφοδέλων> {n}', 'Οδός <Γαρδενίας> {n}', '<Αμυγδαλιάς> {n}', '<Λεμονιάς> {n}, 2ος όροφος', '<Κυπαρισσίων> {n}'],
                  c=['546 22 Θεσσαλονίκη', '262 21 Πάτρα', '712 02 Ηράκλειο', '451 10 Ιωάννινα'], r='GR', dob='%d/%m/%Y'),
    'ru-RU': dict(f='Евдокия Святослав Ангелина Всеволод Людмила Ярополк Клавдия Станислав Варвара',
                  l='Пономарёва Кудрявцев Белоусова Скворцов Мещерякова Толкачёв Воробьёва Ряхимов',
                  s=['ул. <Рябиновая>, д. {n}, кв. 41', 'ул. <Черёмуховая>, д. {n}', 'пер. <Сиреневый>, д. {n}, кв. 8', 'ул. <Снегирёва>, д. {n}'],
                  c=['620014 Екатеринбург', '630099 Новосибирск', '420111 Казань', '603005 Нижний Новгород'], r='RU', dob='%d.%m.%Y'),
    'uk-UA': dict(f='Ганна Богдан Оксана Тарас Соломія Ярослав Мирослава Остап',
                  l='Шевчук Гнатюк Коваленко-Ліщук Бондарчук Мельничук Стасюк Гордієнко',
                  s=['вул. <Калинова>, {n}, кв. 17', 'вул. <Бузкова>, {n}', 'вул. <Соняшникова>, {n}, кв. 3', 'пров. <Вишневий>, {n}'],
                  c=['79000 Львів', '61000 Харків', '65000 Одеса', '21000 Вінниця'], r='UA', dob='%d.%m.%Y'),
    'ja-JP': dict(f='翔太 美咲 健吾 千尋 悠斗 琴音 颯太 菜摘 陽葵 湊',
                  l='小野寺 五十嵐 長谷部 宇佐美 二階堂 早乙女 東海林 勅使河原',
                  s=['{c}<蕗ノ台>{n}-{m}-{k}', '{c}<鴬塚>{n}丁目{m}番{k}号', '{c}<鶯谷>{n}丁目{m}-{k}', '{c}<菖蒲ヶ丘>{n}-{m}-{k}', '{c}<桜ヶ丘>{n}丁目{m}番{k}号', '{c}台{n}-{m}-{k} <メゾン桜>{k}0{n}号室'],
                  c=['札幌市中央区', '仙台市青葉区', '金沢市', '松山市'], r='JP', dob='%Y年%m月%d日', cjk=True),
    'ko-KR': dict(f='서연 민준 지우 도윤 하은 시우 예린 건우',
                  l='황보 남궁 제갈 선우 독고 어',
                  s=['{c} <산수유길> {n}', '{c} <도라지로> {n}번길 {m}', '{c} <매화로> {n}길 {m}', '{c} <느티나무로> {n}, {m}동 {k}0{n}호'],
                  c=['대전광역시 유성구', '광주광역시 북구', '수원시 팔달구', '전주시 완산구'], r='KR', dob='%Y.%m.%d', cjk=True, sep=''),
    'zh-CN': dict(f='梓涵 浩宇 雨桐 俊熙 芷若 博文 婉清 子墨',
                  l='欧阳 司马 诸葛 上官 慕容 皇甫',
                  s=['{c}<鹭栖巷>{n}号', '{c}<蔷薇坊>{n}弄{m}号', '{c}<枇杷巷>{n}号', '{c}<紫藤里>{n}弄{m}号', '{c}<梧桐路>{n}弄{m}号{k}0{n}室', '{c}<银杏街>{n}号{m}栋'],
                  c=['杭州市西湖区', '成都市武侯区', '西安市雁塔区', '苏州市姑苏区'], r='CN', dob='%Y年%m月%d日', cjk=True, sep=''),
    'hi-IN': dict(f='अनन्या विवान कृतिका ऋषभ ईशानी तनमय वैदेही अर्जुन',
                  l='भट्टाचार्य चतुर्वेदी कुलकर्णी देशपांडे त्रिपाठी श्रीवास्तव',
                  s=['मकान नं. {n}, <कचनार> मार्ग', '{n}, <पलाशवन> सोसाइटी', 'मकान नं. {n}, <गुलमोहर> कॉलोनी', 'फ्लैट {n}, <अमलतास> अपार्टमेंट, सेक्टर {m}', '{n}/{m}, <नीम> वाली गली'],
                  c=['जयपुर 302017', 'लखनऊ 226010', 'भोपाल 462016', 'पुणे 411038'], r='IN', dob='%d/%m/%Y'),
    'he-IL': dict(f='נועה איתמר שירה עומרי הדס יהונתן תמר אביתר',
                  l='בן-שושן אזולאי גולדשטיין שטרנברג ביטון רוזנצוויג',
                  s=['רחוב <הצלף> {n}', 'רחוב <הסחלב> {n}, דירה {m}', 'רחוב <הרימון> {n}, דירה {m}', 'שדרות <האלון> {n}', 'רחוב <הדוכיפת> {n}'],
                  c=['חיפה 3303112', 'באר שבע 8410501', 'נתניה 4250410', 'רחובות 7630312'], r='IL', dob='%d/%m/%Y'),
    'th-TH': dict(f='กนกพร ธนากร พิมพ์ชนก ณัฐวุฒิ ศิริพร วรเมธ',
                  l='ศรีสุวรรณ วงศ์ไพศาล เจริญสุข ทองประเสริฐ บุญญาศิริ',
                  s=['{n} <ซอยพุดซ้อน> ถนนเจริญราษฎร์', '{n}/{m} <หมู่บ้านชบาทอง>', '{n}/{m} <ซอยลำดวน> ถนนเทศบาล', 'บ้านเลขที่ {n} หมู่ {m} <ตำบลหนองบัว>'],
                  c=['เชียงใหม่ 50200', 'ขอนแก่น 40000', 'สงขลา 90110', 'นครราชสีมา 30000'], r='TH', dob='%d/%m/%Y'),
    'ar-EG': dict(f='ياسمين عمرو نرمين شريف هبة طارق رحاب حازم',
                  l='الشناوي عبدالمقصود البنداري الجوهري السيوفي المنشاوي',
                  s=['عمارة {n}، شارع <الخزامى>', '{n} شارع <القرنفل>، شقة {m}', '{n} <حارة السقايين>', '{n} شارع <الجهنمية>، الدور {m}', 'عمارة {n}، شارع <البنفسج>', '{n} شارع <الياسمين>، الدور {m}', '{n} شارع <النخيل>، شقة {m}', 'عمارة {n}، شارع <الزيتون>'],
                  c=['المعادي، القاهرة', 'سموحة، الإسكندرية', 'المنصورة، الدقهلية', 'طنطا، الغربية'], r='EG', dob='%d/%m/%Y'),
}
def comp(pre, suf):
    """Locale-true compound family names (toponymic / ornamental / patronymic morphology), deterministic order."""
    return [a + b for b in suf.split() for a in pre.split()]


SURN = {
    'en-US': comp('Ash Thorn Brack Whit Pen Hollow Kettle Marl Rush Sted Wex Crab Burr Hask Lang', 'combe worth ridge field ley by thwaite hurst stow wick cott ham'),
    'en-GB': comp('Ack Brath Pil Scar Threl Fother Raw Oller Haw Entwi Pen Ged Stain Wrax', 'royd waite kington brick fall gill nsley enshaw thorne stle dlebury dling forth'),
    'de-DE': comp('Kessel Linden Rosen Eich Hasel Stein Wolken Brunn Mühl Buchen Tann Fels', 'bach hauer meier berger hofer brink kötter reuter huber felder'),
    'fr-FR': comp('Beau Bel Mont Ville Roche Font Champ Val Sauve Bois', 'fort lieu gard ferrand court vert noyer marais pierre'),
    'es-ES': comp('Etxe Olabe Goiko Larra Urki Aran Zubi Iturri Mendi Gorosti', 'barria goiti zabal aga eta ondo alde buru'),
    'it-IT': comp('Mont Castell Ferr Bon Pell Cavall Sart Vald Brun Tagli Scarp', 'ucci otti etti ini ari azzi oni ello'),
    'nl-NL': comp('Hooge Brouw Wester Ooster Molen Bos Dijk Zand Kloos Linde', 'kamp veld broek werf hof steeg sma boom'),
    'pl-PL': comp('Brzoz Dęb Jarzęb Wierzb Kruk Sosn Grab Lip Olsz Modrzew', 'ewicz iak czyk ik ala usiak'),
    'pt-BR': 'Albernaz Bezerril Cardim Dornelas Fagundes Gusmão Jacobina Lacerda Nóbrega Paranhos Quintela Rebouças Sampaio Tavares-Uchoa Valadão Xerez Aragão Brandim Cotrim Drummond Furtado Gadelha Meireles Peixoto Rangel'.split(),
    'sv-SE': comp('Björk Ek Lind Alm Berg Sjö Ström Ny Hag Gran Rönn Sälg', 'lund dahl qvist gren holm blad skog vall mark'),
    'fi-FI': comp('Mäki Koski Salo Järvi Lahti Kallio Rinne Niemi Vaara Harju Korpi Suo', 'kangas aho pelto kumpu lampi saari'),
    'da-DK': comp('Bæk Kjær Holm Skov Lund Dal Hvid Vester Øster Strand', 'gaard bjerg strup holt sted rup vig'),
    'nb-NO': comp('Fjell Haug Kvam Tveit Myr Lyng Bjørk Hol Nord Vik', 'heim stad land nes rud set bø lie'),
    'cs-CZ': comp('Hrom Kos Vrb Jeř Lís Sýk Brab Třeš Strak', 'ádek íček ánek ovec ák'),
    'tr-TR': comp('Kara Ak Demir Yıldız Öz Gök Er Tan Ay Kaya Uçar Sarı', 'türk oğlu can dağ soy han alp taş kan'),
    'el-GR': comp('Παπα Χατζη Καρα Μαυρο Κωστο Ανδρεο Σταυρο', 'δάκης πουλάκης γιαννάκης λιάκος κωνσταντής στεφανής'),
    'ru-RU': comp('Берёз Ворон Сокол Журавл Калин Смородин Голуб Рябин Снегир Лебед', 'ов ин ёв цев'),
    'uk-UA': comp('Гнат Бондар Стась Мельни Ткач Гордій Павлю Коваль Лисен Дзюб', 'енко чук ишин ович'),
    'ja-JP': comp('小 大 高 中 石 松 竹 藤 岩 宮 柳 梶', '田 川 野 島 原 沢 崎 井 村 谷'),
    'ko-KR': '탁 편 국 옥 빈 석 육 맹 봉 채 위 표 방 태'.split(),
    'zh-CN': '祁 阮 殷 詹 隋 甄 骆 卞 缪 薛 岑 阙'.split(),
    'hi-IN': 'कुलश्रेष्ठ माहेश्वरी अग्निहोत्री बहुगुणा खंडेलवाल झुनझुनवाला वाजपेयी नौटियाल डोभाल गैरोला गोखले पटवर्धन रानडे आठवले भागवत करंदीकर नाडकर्णी सहस्रबुद्धे पुराणिक दांडेकर केळकर जोगलेकर'.split(),
    'he-IL': 'אברבנאל קורנבלום שפיגלמן רבינוביץ טוויג אבוטבול זילברמן טרכטנברג קופרמן פרלמוטר ויסבורד מנדלבליט גרינשפן אלמקייס שטרנליכט'.split(),
    'th-TH': comp('ศรี วงศ์ ทอง บุญ แสง ชัย', 'สุวรรณ ไพศาล ประเสริฐ ญาศิริ รุ่งเรือง วัฒนา'),
    'ar-EG': comp('ال', 'شناوي بنداري منشاوي دمياطي فيومي سوهاجي قليوبي طوخي زفتاوي شرقاوي'),
}
FIRSTX = {
    'ja-JP': comp('悠 陽 結 蒼 凛 湊 颯 朔', '真 斗 菜 乃 希 花 翔 音'),
    'ko-KR': comp('윤 서 하 진 솔 율 담 린', '결 온 빈 우 아 현 희'),
    'zh-CN': comp('沐 晏 霁 珩 瑾 翊 骁 璟 芮 筠', '昀 蔓 汐 岚 熠 川 宁 澄'),
    'hi-IN': comp('अमृत हेम नील कमल रवि शशि विजय मधु', 'नाथ कांत लता प्रिया प्रकाश रेखा मणि'),
    'ar-EG': comp('عبد', 'الرحيم الغفور الباسط المعطي الوهاب الحفيظ الستار الرزاق') + 'سندس رؤى جنى تقى لجين شهد ريتاج'.split(),
    'he-IL': 'אליאור נהוראי הללי צופיה יהלי רעות אושרי מעיין ליאב נריה'.split(),
    'th-TH': comp('ธนา ปิยะ ศุภ วรา ชนิ กิตติ', 'กร พงษ์ ชัย นันท์ ดา วัฒน์'),
}
for k in ('ko-KR', 'zh-CN'):  # full names are one token: check the whole name (surname + given) by bigrams
    LOC[k]['names'] = cut([a + b for b in FIRSTX[k] for a in SURN[k]], k + ' names', 4)
for k, v in LOC.items():
    if 'names' in v:
        v['f'], v['l'] = FIRSTX[k], SURN[k]
        v['s'] = [e.replace('<', '').replace('>', '') for e in cut(v['s'], k + ' street')]
        continue
    v['f'] = [e for e in (v['f'].split() + FIRSTX.get(k, [])) if clean(e)]  # may be empty: then initials are used
    v['l'] = cut(SURN[k] + v['l'].split(), k + ' last')
    v['s'] = [e.replace('<', '').replace('>', '') for e in cut(v['s'], k + ' street')]
    # city lines are real postal towns (geography, not a name pool): kept as written
LOCALES = list(LOC)

PROVIDERS = {'US': 'gmail.com', 'GB': 'btinternet.com', 'DE': 'web.de', 'FR': 'orange.fr', 'ES': 'hotmail.es', 'IT': 'libero.it',
             'NL': 'ziggo.nl', 'PL': 'wp.pl', 'BR': 'uol.com.br', 'SE': 'telia.com', 'FI': 'elisanet.fi', 'DK': 'mail.dk',
             'NO': 'online.no', 'CZ': 'seznam.cz', 'TR': 'yandex.com.tr', 'GR': 'otenet.gr', 'RU': 'mail.ru', 'UA': 'ukr.net',
             'JP': 'docomo.ne.jp', 'KR': 'naver.com', 'CN': 'qq.com', 'IN': 'rediffmail.com', 'IL': 'walla.co.il',
             'TH': 'hotmail.co.th', 'EG': 'yahoo.com'}
LATIN = {'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'å': 'aa', 'ø': 'oe', 'æ': 'ae'}


def translit(s):
    import unicodedata
    s = ''.join(LATIN.get(c, c) for c in s.lower())
    s = unicodedata.normalize('NFKD', s)
    return re.sub(r'[^a-z]', '', ''.join(c for c in s if ord(c) < 128))


# ----------------------------------------------------------------------------------------------- values
class V:
    def __init__(self, rng):
        self.r = rng

    def digits(self, n):
        return ''.join(str(self.r.randrange(10)) for _ in range(n))

    def date(self, y0=1948, y1=2003):
        return dt.date(self.r.randrange(y0, y1), self.r.randrange(1, 13), self.r.randrange(1, 29))

    def person(self, loc):
        L = LOC[loc]
        if 'names' in L:
            full = self.r.choice(L['names'])
            return full, full[1:], full[0]
        l = self.r.choice(L['l'])
        if not L['f'] or self.r.random() < 0.15:  # initials form (first-name pool cut empty, or by chance)
            ini = self.r.choice('ABDEGHIKLMNPRSTV') if loc not in ('ru-RU', 'uk-UA') else self.r.choice('АБВГДЕИКЛМНОПРСТ')
            if loc in ('ru-RU', 'uk-UA'):
                full = f'{l} {ini}. {self.r.choice("АВГДИМНОПС")}.'
                return full, full, l
            if loc == 'el-GR':
                full = f'{self.r.choice("ΑΓΔΕΘΚΛΜΝΠΣΤΦΧ")}. {l}'
                return full, full, l
            if not L.get('cjk') and loc not in ('hi-IN', 'he-IL', 'th-TH', 'ar-EG'):
                return f'{ini}. {l}', f'{ini}. {l}', l
        if not L['f']:
            raise SystemExit('first-name pool ran empty for ' + loc)
        f = self.r.choice(L['f'])
        if L.get('cjk'):
            return l + L.get('sep', '') + f, f, l
        return f'{f} {l}', f, l

    def address(self, loc):
        L = LOC[loc]
        st = self.r.choice(L['s']).format(n=self.r.randrange(2, 98), m=self.r.randrange(1, 9), k=self.r.randrange(1, 9),
                                          c=self.r.choice(L['c']))
        if L.get('cjk'):
            return st if any(c in st for c in L['c']) else self.r.choice(L['c']) + st
        return f'{st}, {self.r.choice(L["c"])}'

    def phone(self, loc):
        reg = LOC[loc]['r']
        ex = phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE)
        nsn = str(ex.national_number)
        for _ in range(5000):
            cand = nsn[:max(2, len(nsn) - 6)] + self.digits(len(nsn) - max(2, len(nsn) - 6))
            p = phonenumbers.parse(cand, reg) if reg != 'IT' else phonenumbers.parse('+39' + cand)
            if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == reg and cand != nsn:
                fmt = self.r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL])
                s = phonenumbers.format_number(p, fmt)
                chk = phonenumbers.parse(s, reg)
                assert phonenumbers.is_valid_number(chk), s
                return s
        raise SystemExit('phone gen failed ' + reg)

    def email(self, loc, f, l):
        a, b = translit(f) or 'reader', translit(l) or str(self.r.randrange(10, 99))
        if '.' in f:  # initials form: initial + surname
            a = a[:1]
        if not re.search('[a-z]', a + b) or LOC[loc].get('cjk') or loc in ('ru-RU', 'uk-UA', 'el-GR', 'hi-IN', 'he-IL', 'th-TH', 'ar-EG'):
            a, b = self.r.choice(['sunbird', 'kiteflyer', 'nightowl', 'riverstone', 'paperboat', 'lemontree']), self.digits(4)
        sep = self.r.choice(['.', '_', ''])
        return f'{a}{sep}{b}@{PROVIDERS[LOC[loc]["r"]]}'

    def _brute(self, make, ok, n=200000):
        for _ in range(n):
            c = make()
            try:
                if ok(c):
                    return c
            except Exception:
                pass
        raise SystemExit('id gen failed')

    def ident(self, loc, dob):
        """(entity type, value, label) for the locale's citizen / tax / health number."""
        r, d = self.r, dob
        if loc == 'en-US':
            v = self._brute(lambda: f'{r.randrange(101, 665):03d}-{r.randrange(1, 99):02d}-{r.randrange(1, 9999):04d}', us_ssn.is_valid)
            return 'ssn', v, 'SSN'
        if loc == 'en-GB':
            v = self._brute(lambda: '4' + self.digits(9), nhs.is_valid)
            return 'HEALTH_INSURANCE', f'{v[:3]} {v[3:6]} {v[6:]}', 'NHS number'
        if loc == 'de-DE':
            return 'TAX_ID', self._brute(lambda: str(r.randrange(1, 10)) + self.digits(10), idnr.is_valid), 'Steuer-ID'
        if loc == 'es-ES':
            n = self.digits(8)
            return 'NATIONAL_ID', n + dni.calc_check_digit(n), 'DNI'
        if loc == 'it-IT':
            m = 'ABCDEHLMPRST'[d.month - 1]
            base = ''.join(r.choice('BCDFGLMNPRSTVZ') for _ in range(6)) + d.strftime('%y') + m + f'{d.day + r.choice([0, 40]):02d}' + r.choice('ABCDEFGHL') + self.digits(3)
            v = base + codicefiscale.calc_check_digit(base)
            assert codicefiscale.is_valid(v)
            return 'TAX_ID', v, 'codice fiscale'
        if loc == 'nl-NL':
            return 'NATIONAL_ID', self._brute(lambda: str(r.randrange(1, 7)) + self.digits(8), bsn.is_valid), 'BSN'
        if loc == 'pl-PL':
            b = d.strftime('%y%m%d') + self.digits(4)
            return 'NATIONAL_ID', b + pesel.calc_check_digit(b), 'PESEL'
        if loc == 'pt-BR':
            v = self._brute(lambda: self.digits(11), cpf.is_valid)
            return 'TAX_ID', cpf.format(v), 'CPF'
        if loc == 'sv-SE':
            v = self._brute(lambda: d.strftime('%y%m%d') + '-' + self.digits(4), personnummer.is_valid)
            return 'NATIONAL_ID', v, 'personnummer'
        if loc == 'fi-FI':
            v = self._brute(lambda: d.strftime('%d%m%y') + '-' + f'{r.randrange(2, 899):03d}' + r.choice('0123456789ABCDEFHJKLMNPRSTUVWXY'), hetu.is_valid)
            return 'NATIONAL_ID', v, 'henkilötunnus'
        if loc == 'da-DK':
            v = self._brute(lambda: d.strftime('%d%m%y') + '-' + ('0' if d.year < 2000 else '4') + self.digits(3), cpr.is_valid)
            return 'NATIONAL_ID', v, 'CPR-nr.'
        if loc == 'nb-NO':
            v = self._brute(lambda: d.strftime('%d%m%y') + f'{r.randrange(0, 499):03d}' + self.digits(2), fodselsnummer.is_valid)
            return 'NATIONAL_ID', v, 'fødselsnummer'
        if loc == 'cs-CZ':
            v = self._brute(lambda: d.strftime('%y') + f'{d.month + r.choice([0, 50]):02d}' + d.strftime('%d') + self.digits(4), rc.is_valid)
            return 'NATIONAL_ID', v[:6] + '/' + v[6:], 'rodné číslo'
        if loc == 'tr-TR':
            v = self._brute(lambda: str(r.randrange(1, 10)) + self.digits(8), lambda c: True)
            v = v + tckimlik.calc_check_digits(v)
            assert tckimlik.is_valid(v)
            return 'NATIONAL_ID', v, 'T.C. Kimlik No'
        if loc == 'el-GR':
            return 'TAX_ID', self._brute(lambda: '1' + self.digits(8), gr_vat.is_valid), 'ΑΦΜ'
        if loc == 'ru-RU':
            v = self._brute(lambda: '77' + self.digits(10), inn.is_valid)
            return 'TAX_ID', v, 'ИНН'
        if loc == 'uk-UA':
            return 'TAX_ID', self._brute(lambda: str(r.randrange(2, 4)) + self.digits(9), rntrc.is_valid), 'РНОКПП'
        if loc == 'ja-JP':
            b = str(r.randrange(1, 10)) + self.digits(10)
            v = b + jp_in.calc_check_digit(b)
            assert jp_in.is_valid(v)
            return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}', 'マイナンバー'
        if loc == 'ko-KR':
            v = self._brute(lambda: d.strftime('%y%m%d') + str(r.choice([1, 2] if d.year < 2000 else [3, 4])) + '1' + self.digits(5), rrn.is_valid)
            return 'NATIONAL_ID', v[:6] + '-' + v[6:], '주민등록번호'
        if loc == 'zh-CN':
            b = r.choice(['330106', '510107', '610113', '320508']) + d.strftime('%Y%m%d') + self.digits(3)
            v = b + ric.calc_check_digit(b + '0')
            assert ric.is_valid(v)
            return 'NATIONAL_ID', v, '身份证号'
        if loc == 'hi-IN':
            if r.random() < 0.5:
                v = self._brute(lambda: str(r.randrange(2, 10)) + self.digits(11), aadhaar.is_valid)
                return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}', 'आधार'
            v = self._brute(lambda: ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + 'P' + r.choice('BCDKMSTR') + self.digits(4) + r.choice('ABCDEFGHJKLMNPRSTUVWXYZ'), pan.is_valid)
            return 'TAX_ID', v, 'PAN'
        if loc == 'he-IL':
            return 'NATIONAL_ID', self._brute(lambda: str(r.randrange(0, 4)) + self.digits(8), il_idnr.is_valid), 'ת.ז.'
        if loc == 'th-TH':
            b = str(r.randrange(1, 9)) + self.digits(11)
            v = b + th_pin.calc_check_digit(b)
            assert th_pin.is_valid(v)
            return 'NATIONAL_ID', f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}', 'เลขประจำตัวประชาชน'
        return None

    def iban(self, cc):
        lens = {'DE': 18, 'FR': 23, 'ES': 20, 'IT': 23, 'NL': 14, 'PL': 24, 'GB': 18, 'FI': 14, 'DK': 14, 'NO': 11,
                'SE': 20, 'CZ': 20, 'TR': 22, 'GR': 23, 'BR': 25, 'UA': 25, 'IL': 19}
        for _ in range(10000):
            if cc == 'NL':
                bban = self.r.choice(['INGB', 'RABO', 'ABNA', 'SNSB']) + self.digits(10)
            elif cc == 'GB':
                bban = self.r.choice(['BARC', 'LOYD', 'NWBK', 'HBUK']) + self.digits(14)
            elif cc == 'IT':
                bban = self.r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') + self.digits(22)
            elif cc == 'BR':
                bban = self.digits(23) + 'C1'
            elif cc == 'FR':
                bban = self.digits(21) + f'{self.r.randrange(100):02d}'
            else:
                bban = self.digits(lens[cc])
            if cc == 'TR':
                bban = self.digits(5) + '0' + self.digits(16)
            chk = std_iban.calc_check_digits(cc + '00' + bban)
            v = cc + chk + bban
            if std_iban.is_valid(v) and v not in DOC_IBANS:
                return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
        raise SystemExit('iban fail ' + cc)

    def card(self):
        for _ in range(1000):
            pre = self.r.choice(['4', '51', '53', '55'])
            b = pre + self.digits(15 - len(pre))
            v = b + luhn.calc_check_digit(b)
            if luhn.is_valid(v) and v not in TEST_CARDS:
                assert len(v) == 16
                return ' '.join(v[i:i + 4] for i in range(0, 16, 4))
        raise SystemExit('card fail')

    def ip(self):
        for _ in range(1000):
            a = ipaddress.IPv4Address(self.r.randrange(1 << 24, 224 << 24))
            if a.is_global and not any(a in n for n in DOC_NETS) and str(a).split('.')[0] not in ('8', '1', '9'):
                return str(a)
        raise SystemExit('ip fail')

    def usbank(self):
        rt = self._brute(lambda: self.r.choice(['0', '1', '2']) + self.r.choice('123456789') + self.digits(6), lambda c: True)
        rt = rt + rtn.calc_check_digit(rt)
        assert rtn.is_valid(rt)
        return rt, self.digits(self.r.randrange(9, 13))

    def passport(self, loc):
        if loc == 'de-DE':
            return 'C' + ''.join(self.r.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))
        if loc in ('en-US',):
            return str(self.r.randrange(5, 7)) + self.digits(8)
        if loc == 'en-GB':
            return '5' + self.digits(8)
        return ''.join(self.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2)) + self.digits(7)

    def uk_licence(self, last, first, d):
        s = (re.sub('[^A-Z]', '', translit(last).upper()) + '99999')[:5]
        return f'{s}{str(d.year)[2]}{d.month:02d}{d.day:02d}{str(d.year)[3]}{translit(first).upper()[0]}9{self.digits(1)}{self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")}{self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")}'


DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]
DOC_IBANS = {'DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606', 'NL91ABNA0417164300',
             'ES9121000418450200051332', 'IT60X0542811101000000123456'}
TEST_CARDS = {'4111111111111111', '4242424242424242', '5555555555554444', '4012888888881881', '5105105105105100'}
IBAN_CC = {'de-DE': 'DE', 'fr-FR': 'FR', 'es-ES': 'ES', 'it-IT': 'IT', 'nl-NL': 'NL', 'pl-PL': 'PL', 'en-GB': 'GB', 'fi-FI': 'FI',
           'da-DK': 'DK', 'nb-NO': 'NO', 'sv-SE': 'SE', 'cs-CZ': 'CZ', 'tr-TR': 'TR', 'el-GR': 'GR', 'pt-BR': 'BR', 'uk-UA': 'UA',
           'he-IL': 'IL'}

HISTORICAL = cut(['Henri Rochefort (1831-1913)', 'Margaret Fuller (1810-1850)', 'Jacob Riis (1849-1914)', 'Dorothy Thompson (1893-1961)', 'Julius Fučík (1903-1943)', 'Milena Jesenská (1896-1944)', 'Mikhail Koltsov (1898-1940)', 'Camille Desmoulins (1760-1794)', 'Gerda Taro (1910-1937)', 'Eliza Orzeszkowa (1841-1910)', 'Nellie Bly (1864-1922)', 'Joseph Pulitzer (1847-1911)', 'Ida B. Wells (1862-1931)', 'Egon Erwin Kisch (1885-1948)',
                  'Théophraste Renaudot (1586-1653)', 'Albert Londres (1884-1932)', 'Karl Kraus (1874-1936)', 'Carl von Ossietzky (1889-1938)',
                  'Ryszard Kapuściński (1932-2007)', 'Anna Politkovskaya (1958-2006)', 'Walter Lippmann (1889-1974)', 'Lincoln Steffens (1866-1936)'],
                 'historical', 2)
EPONYM = cut(['<Rochefort>-Platz market', 'the <Orzeszkowa> school prize', '<Fučík> Park concert', '<Thompson> Memorial Lecture', '<Reymont> literary award', '<Kisch>gasse bus stop', 'Rue Camille-Desmoulins', 'the Jesenská journalism award', 'Riis Park beach', 'Fuller Lecture series', 'the Taro photo prize', 'Koltsov Square tram stop', 'the Pulitzer Prize shortlist', 'Kisch-Preis jury', 'Prix Albert-Londres', 'the Orwell Prize longlist',
              'Rue Théophraste-Renaudot', 'the Ossietzky medal', 'Hugo Junkers Straße depot', 'Parkinson disease feature'], 'eponym', 2)
EPONYM = [e.replace('<', '').replace('>', '') for e in EPONYM]
FICTION = cut(['Lois Lane', 'Clark Kent', 'Tintin', 'Rouletabille', 'Mikael Blomkvist', 'Brenda Starr', 'Perry White',
               'Rita Skeeter', 'Fantasio', 'Ron Burgundy'], 'fiction', 2)
ROLES = ['Minister of Transport', 'Mayor', 'Member of Parliament', 'club captain', 'lead singer on the stadium tour',
         'chief executive', 'Health Secretary', 'national coach', 'opposition leader', 'festival director']
OUTLETS = cut(['Morning Ledger', 'Harbour Courier', 'Valley Gazette', 'Northside Dispatch', 'Evening Lamp', 'Weekly Sounder',
               'Riverbank Tribune', 'Hilltop Herald'], 'outlet', 3)
SHOWS = cut(['Inverted Pyramid', 'Nut Graf', 'Below the Fold', 'Dateline Thursday', 'Kicker and Lede', 'Spiked', 'Off the Record', 'Deadline Diaries', 'Column Inches', 'Second Source', 'The Copy Desk', 'Stop the Presses'], 'show', 2)
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'gpt-4o']

KINDS = ['source_note', 'interview_transcript', 'letter_to_editor', 'correction_request', 'fact_check', 'podcast_notes',
         'booking_request', 'press_release', 'tip_line', 'obituary_draft', 'comment_moderation', 'contributor_paperwork']

ASKS = {
    'source_note': ['tidy these source notes into our contacts template', 'summarise what this source told us in 3 bullets',
                    'which claims here need a second source?'],
    'interview_transcript': ['clean up this transcript, remove ums, keep speaker labels', 'pull the three best quotes',
                             'translate the interviewee answers to English'],
    'letter_to_editor': ['edit this letter down to 150 words for the letters page', 'is this letter publishable? check tone',
                         'write a short acknowledgement reply to the writer'],
    'correction_request': ['draft a correction notice for the article', 'does this complaint justify a correction? answer briefly',
                           'write a polite reply from the readers editor'],
    'fact_check': ['fill in the fact-check worksheet verdict column', 'list what we still have to verify',
                   'rate the claim true/misleading/false with one line of reasoning'],
    'podcast_notes': ['write show notes with timestamps from this', 'turn the call-in log into a running order',
                      'draft the episode description for the feed'],
    'booking_request': ['draft a confirmation email for this booking', 'make a call sheet from this', 'summarise the logistics'],
    'press_release': ['rewrite this release as a 200-word news brief', 'give me a headline and standfirst', 'fix grammar only'],
    'tip_line': ['triage this tip: newsworthy or not, and why', 'extract who/what/where as JSON', 'draft a reply to the tipster'],
    'obituary_draft': ['polish this obituary draft', 'shorten to a 60-word death notice', 'check the draft for factual gaps'],
    'comment_moderation': ['which of these comments break the house rules?', 'summarise the moderation queue', 'classify each comment'],
    'contributor_paperwork': ['check the freelancer form is complete', 'draft the payment confirmation', 'put this into the invoice table'],
}
SYSTEMS = ['You are the newsroom assistant of the {o}. Follow the style guide; never invent facts.',
           'You help the {o} readers editor handle complaints and corrections.',
           'Assistant for the podcast team of "{s}". Be concise.',
           'You support a freelance reporter filing to the {o}.',
           'Publicity desk assistant. Draft clear, friendly copy.']


def sensitive_doc(kind, v, loc, rng):
    """Return (document text, issued [(etype, value)], style)."""
    name, first, last = v.person(loc)
    dob = v.date()
    o, s = rng.choice(OUTLETS), rng.choice(SHOWS)
    iss = [('person', name)]
    extras = []
    pick = rng.random()

    def add(et, val):
        iss.append((et, val))
        return val

    if kind == 'source_note':
        ph = add('phone', v.phone(loc))
        lines = [f'SOURCE (do not name in copy): {name}', f'mobile {ph} — prefers Signal after 8pm']
        if pick < 0.5:
            lines.append(f'home: {add("STREET_ADDRESS", v.address(loc))} (met at kitchen table)')
        if pick > 0.3:
            lines.append(f'private mail {add("email", v.email(loc, first, last))}')
        lines.append('Says the depot manager ordered the logs wiped on the Thursday before the audit. Has photos.')
        style = 'reporter · confidential source'
    elif kind == 'interview_transcript':
        ph = v.phone(loc)
        lines = [f'[00:00:04] REPORTER: Can you say your name for the recording?', f'[00:00:07] {name.upper()}: {name}. I have lived here since {dob.year + 20}.',
                 '[00:01:12] REPORTER: What happened the night of the flood?', f'[00:01:15] {first}: The water came through the back door in minutes.']
        if pick < 0.6:
            lines.append(f'[00:14:40] REPORTER: Best number for follow-ups? {first}: {add("phone", ph)}')
        if pick > 0.7:
            lines.append(f'[00:15:02] {first}: I was born {add("DATE_OF_BIRTH", dob.strftime(LOC[loc]["dob"]))}, if you need it for the caption.')
        style = 'interviewee · private person'
    elif kind == 'letter_to_editor':
        addr = add('STREET_ADDRESS', v.address(loc))
        lines = [f'Dear Editor,', 'Your report on the closure of the swimming baths ignored the pensioners who use it every morning.',
                 'The council has known about the roof for six years.', '', name, addr]
        if pick < 0.6:
            lines.append(f'Tel. {add("phone", v.phone(loc))}')
        else:
            lines.append(add('email', v.email(loc, first, last)))
        lines.append('(address supplied for verification, not for publication)')
        style = 'reader · letters page'
    elif kind == 'correction_request':
        lines = [f'To the readers editor of the {o}:', f'My name is {name}. Your article of 14 November gave my age as 58.']
        if pick < 0.5:
            lines.append(f'I was born on {add("DATE_OF_BIRTH", dob.strftime(LOC[loc]["dob"]))} — please correct it.')
        idt = v.ident(loc, dob)
        if idt and pick > 0.35:
            lines.append(f'I attach a scan of my ID ({idt[2]} {add(idt[0], idt[1])}) to prove it.')
        lines.append(f'You can reach me on {add("phone", v.phone(loc))}.')
        style = 'reader · correction'
    elif kind == 'fact_check':
        lines = ['CLAIM: viral post says a "local nurse" was fined for feeding pigeons.', f'Identified the nurse as {name}.']
        idt = v.ident(loc, dob)
        if idt:
            lines.append(f'Court listing shows {idt[2]} {add(idt[0], idt[1])} — matches the fine notice.')
        else:
            lines.append(f'Lives at {add("STREET_ADDRESS", v.address(loc))} per the notice.')
        if pick < 0.4:
            lines.append(f'Account that first posted it was logged in from {add("IP_ADDRESS", v.ip())} (per platform transparency reply).')
        lines.append('VERDICT: pending — need the court clerk.')
        style = 'fact-checker · private subject'
    elif kind == 'podcast_notes':
        lines = [f'"{s}" ep. {rng.randrange(40, 220)} — listener call-in', f'Caller 1: {name}, calling from home',
                 '00:03 intro / 04:10 caller story about the landlord / 21:00 listener mail']
        if pick < 0.5:
            lines.append(f'Caller callback number (producer only): {add("phone", v.phone(loc))}')
        else:
            lines.append(f'Send the prize mug to {add("STREET_ADDRESS", v.address(loc))}')
        if pick > 0.6:
            lines.append(f'Guest contact: {add("email", v.email(loc, first, last))}')
        style = 'podcast producer · caller'
    elif kind == 'booking_request':
        lines = [f'Booking: studio guest {name} (retired teacher, first media appearance)', 'Date: Thu, studio B, 07:40 arrival']
        if loc in ('en-US', 'en-GB', 'de-DE') or pick < 0.3:
            pp = add('PASSPORT', v.passport(loc))
            lines.append(f'Passport no. for building security: {pp}, DOB {add("DATE_OF_BIRTH", dob.strftime(LOC[loc]["dob"]))}')
        if loc == 'en-GB':
            lines.append(f'Driving licence (for car park pass): {add("DRIVER_LICENSE", v.uk_licence(last, first, dob))}')
        lines.append(f'Taxi pickup from {add("STREET_ADDRESS", v.address(loc))}, mobile {add("phone", v.phone(loc))}')
        style = 'booker · private guest'
    elif kind == 'press_release':
        lines = ['FOR IMMEDIATE RELEASE', 'Community food bank marks 10,000th parcel',
                 f'The 10,000th parcel went to {name}, a mother of three, who said: "It kept us going this winter."']
        if pick < 0.6:
            lines.append(f'Photo call outside her home, {add("STREET_ADDRESS", v.address(loc))}, 10:00.')
        else:
            lines.append(f'Interviews with {first} can be arranged on {add("phone", v.phone(loc))}.')
        style = 'press office · beneficiary named'
    elif kind == 'tip_line':
        em = add('email', v.email(loc, first, last))
        lines = ['--- tip form submission ---', f'name: {name}', f'email: {em}']
        if pick < 0.5:
            lines.append(f'submitted_from_ip: {add("IP_ADDRESS", v.ip())}')
        if pick > 0.4:
            lines.append(f'phone: {add("phone", v.phone(loc))}')
        lines.append('tip: my employer is dumping solvent into the canal at night, I have video')
        style = 'tipster · web form'
    elif kind == 'obituary_draft':
        lines = [f'{name}, who ran the corner bakery for 41 years, died at home last Tuesday.',
                 f'Born {add("DATE_OF_BIRTH", dob.strftime(LOC[loc]["dob"]))}, {first} is survived by two children.']
        if pick < 0.5:
            lines.append(f'Condolences to the family at {add("STREET_ADDRESS", v.address(loc))}.')
        else:
            lines.append(f'Family contact for the funeral notice: {add("phone", v.phone(loc))}')
        style = 'obituary desk · recently deceased private person'
    elif kind == 'comment_moderation':
        ipx = add('IP_ADDRESS', v.ip())
        em = add('email', v.email(loc, first, last))
        if pick > 0.6:  # handle only: no name in the export, the e-mail and IP remain
            iss.remove(('person', name))
            name = f'nightdesk_{rng.randrange(100, 999)}'
        lines = ['comment_id,author,email,ip,body', f'88213,{name},{em},{ipx},"the councillor is a crook"',
                 '88214,guest,,,"great article"']
        style = 'moderator · commenter export'
    else:  # contributor_paperwork
        lines = [f'Freelancer: {name}', f'Address: {add("STREET_ADDRESS", v.address(loc))}']
        if loc in IBAN_CC:
            lines.append(f'IBAN: {add("iban", v.iban(IBAN_CC[loc]))}')
        elif loc == 'en-US':
            rt, acct = v.usbank()
            lines.append(f'ACH: routing {rt} account {acct}')
            iss.append(('US_BANK_NUMBER', rt))
            iss.append(('US_BANK_NUMBER', acct))
        else:
            lines.append(f'Card for expenses refund: {add("credit_card", v.card())}')
        idt = v.ident(loc, dob)
        if idt and pick < 0.7:
            lines.append(f'{idt[2]}: {add(idt[0], idt[1])}')
        lines.append('Commission: 1,200 words on the harbour dredging, fee 450')
        style = 'contributor · payment form'
    # single incidental medical record for some source notes / interviews in English locales
    if kind in ('source_note', 'interview_transcript', 'tip_line') and pick > 0.8:
        lines.append(f'(showed me her discharge letter, hospital no. {add("MEDICAL_RECORD", "MRN " + v.digits(8))})')
    return '\n'.join(lines), iss, style


def benign_doc(kind, v, loc, rng):
    name, first, last = v.person(loc)
    role = rng.choice(ROLES)
    o, s = rng.choice(OUTLETS), rng.choice(SHOWS)
    hist, epo, fic = rng.choice(HISTORICAL), rng.choice(EPONYM), rng.choice(FICTION)
    tno = f'{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}'
    press = f'+1 202-555-01{rng.randrange(10, 100):02d}'
    docip = f'{rng.choice(["192.0.2", "198.51.100", "203.0.113"])}.{rng.randrange(1, 255)}'
    if kind == 'source_note':
        t = [f'ON RECORD: {role} {name}, speaking at the {o} debate (public statements only).',
             f'Press office switchboard {press}; press@ministry.example.org for written questions.',
             'Unnamed source "A" (mid-level official) — identity held by editor only, not in this file.']
        sty = 'public figure · press office'
    elif kind == 'interview_transcript':
        t = [f'[00:00:02] HOST: Welcome back. With us is the {role}, {name}.', f'[00:00:09] {name.upper()}: Thanks. The budget passed on the 12th.',
             f'[00:02:30] HOST: You quoted {hist} in your speech — why?', f'[00:02:41] {name.upper()}: Because the press must stay free.']
        sty = 'public figure interview'
    elif kind == 'letter_to_editor':
        t = ['Dear Editor,', f'Renaming the square after {hist.split(" (")[0]} is long overdue; {epo} proves the point.',
             'Name and address supplied. [withheld at writer\'s request]', 'Letters: letters@news.example.com']
        sty = 'letter · name withheld'
    elif kind == 'correction_request':
        t = [f'Correction ref. CX-{tno}: our 3 March profile gave the birth year of {hist.split(" (")[0]} wrongly.',
             f'Correct dates: {hist}. Article ID a{rng.randrange(10**6, 10**7)}, rev. 4.', 'Readers editor: corrections@news.example.com']
        sty = 'correction · historical person'
    elif kind == 'fact_check':
        t = [f'CLAIM: {role} {name} said unemployment fell 40% in two years (campaign rally, public speech).',
             'Source: statistics office release table 4.2, seasonally adjusted. Actual fall: 11%.',
             f'Viral copy first posted from documentation sample IP {docip} in our training slide.', 'VERDICT: misleading.']
        sty = 'fact-check · politician claim'
    elif kind == 'podcast_notes':
        t = [f'"{s}" ep. {rng.randrange(40, 220)} — with {role} {name}', '00:00 cold open / 03:15 the tour / 27:40 listener questions',
             f'Leave us a voicemail: {press} | mail: hello@podcast.example.net', f'Book of the week: a novel starring {fic}.']
        sty = 'show notes · public guest'
    elif kind == 'booking_request':
        t = [f'Booking via agency: {name}, {role}, for the live panel — contact bookings@agency.example.com only.',
             f'Green room 2, 18:30. Rider: still water. Booking ref BK-{tno}. Flight locator {rng.choice("QWRTYP")}{rng.choice("XKZ")}{rng.randrange(1000, 9999)}.',
             f'Agency office line {press}.']
        sty = 'booking · public performer'
    elif kind == 'press_release':
        t = ['FOR IMMEDIATE RELEASE', f'Harbourline Ferries reports record quarter; {role} {name} said: "Our crews made this possible."',
             f'Media contact: Press Office, {press}, media@harbourline.example.com. Ticker: HFL. ISIN listed on request.']
        sty = 'press release · executive quote'
    elif kind == 'tip_line':
        t = ['--- tip form template ---', 'name: [optional]', 'email: [optional]', 'phone: [optional]',
             'tip: ______', 'submitted_from_ip: [not stored by policy]', 'Form version 3.2.1']
        sty = 'tip form · blank template'
    elif kind == 'obituary_draft':
        t = [f'{hist.split(" (")[0]} ({hist.split("(")[1]}, the reporter, is the subject of our centenary piece.',
             f'{epo} will be presented in the town hall. No living relatives are named.']
        sty = 'anniversary piece · long dead'
    elif kind == 'comment_moderation':
        t = ['comment_id,author,email_sha256,ip,body', f'99120,user_{rng.randrange(1000, 9999)},{"%064x" % rng.getrandbits(256)},{docip},"the {role} should resign"',
             f'99121,anon,,{"203.0.113." + str(rng.randrange(1, 255))},"see you at the match"']
        sty = 'moderation · hashed export'
    else:
        t = ['Supplier: Newswire Photo Agency Ltd (company)', 'IBAN: DE89 3704 0044 0532 0130 00 (registry example in our template)',
             f'Invoice INV-{tno}, VAT reg. on file, terms 30 days.', 'Contact: accounts@agency.example.com']
        sty = 'contributor · agency template'
    return '\n'.join(t), [], sty


def place(doc, ask, rng, i, loc):
    """Put the document into a request field, chosen by rotation."""
    o, s = rng.choice(OUTLETS), rng.choice(SHOWS)
    sysm = {'role': 'system', 'content': rng.choice(SYSTEMS).format(o=o, s=s)}
    model = MODELS[i % len(MODELS)]
    slot = i % 10
    if slot == 9:
        return 'completions', 'prompt', {'model': 'gpt-3.5-turbo-instruct', 'prompt': f'{doc}\n\n### Task: {ask}\n###', 'max_tokens': 400}
    if slot == 0:
        body = {'model': model, 'messages': [sysm, {'role': 'user', 'content': f'{ask}\n\n{doc}'}]}
        f = 'user'
    elif slot == 1:
        body = {'model': model, 'messages': [{'role': 'system', 'content': sysm['content'] + '\n\nWorking document:\n' + doc},
                                             {'role': 'user', 'content': ask}]}
        f = 'system'
    elif slot == 2:
        body = {'model': model, 'messages': [sysm, {'role': 'user', 'content': 'pasting the doc'},
                                             {'role': 'assistant', 'content': 'Received:\n' + doc}, {'role': 'user', 'content': ask}]}
        f = 'assistant_echo'
    elif slot == 3:
        cid = f'call_{rng.getrandbits(40):010x}'
        body = {'model': model, 'messages': [sysm, {'role': 'user', 'content': ask},
                                             {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {'name': 'cms_fetch', 'arguments': json.dumps({'slug': 'draft-' + str(rng.randrange(1000, 9999))})}}]},
                                             {'role': 'tool', 'tool_call_id': cid, 'content': doc}],
                'tools': [{'type': 'function', 'function': {'name': 'cms_fetch', 'description': 'Fetch a draft from the CMS', 'parameters': {'type': 'object', 'properties': {'slug': {'type': 'string'}}, 'required': ['slug']}}}]}
        f = 'tool_result'
    elif slot == 4:
        body = {'model': model, 'messages': [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ask}, {'type': 'text', 'text': doc}]}]}
        f = 'content_parts'
    elif slot == 5:
        b64 = base64.b64encode(doc.encode()).decode()
        body = {'model': model, 'messages': [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ask + ' (file attached)'},
                                                                                {'type': 'file', 'file': {'filename': 'newsroom_doc.txt', 'file_data': 'data:text/plain;base64,' + b64}}]}]}
        f = 'file_part'
    elif slot == 6:
        cid = f'call_{rng.getrandbits(40):010x}'
        body = {'model': model, 'messages': [sysm, {'role': 'user', 'content': ask},
                                             {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {'name': 'save_to_desk', 'arguments': json.dumps({'desk': 'news', 'text': doc}, ensure_ascii=False)}}]},
                                             {'role': 'tool', 'tool_call_id': cid, 'content': '{"saved": true}'}, {'role': 'user', 'content': 'now do it'}],
                'tools': [{'type': 'function', 'function': {'name': 'save_to_desk', 'parameters': {'type': 'object', 'properties': {'desk': {'type': 'string'}, 'text': {'type': 'string'}}}}}]}
        f = 'tool_call_args'
    elif slot == 7:
        body = {'model': model, 'messages': [sysm, {'role': 'user', 'content': ask}],
                'response_format': {'type': 'json_schema', 'json_schema': {'name': 'desk_output', 'schema': {'type': 'object', 'description': 'Source document:\n' + doc, 'properties': {'result': {'type': 'string'}}, 'required': ['result']}}}}
        f = 'response_format'
    else:
        body = {'model': model, 'messages': [sysm, {'role': 'user', 'content': f'{ask}:\n{doc}'}], 'user': f'desk-{rng.randrange(100, 999)}',
                'metadata': {'desk': 'metro', 'story': f'story-{rng.randrange(10000, 99999)}'}, 'temperature': 0.2}
        f = 'user+metadata'
    return 'chat', f, body


def searchable(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.findall(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m).decode('utf-8'))
    # tool-call arguments are JSON inside JSON: decode them too
    def walk(x):
        if isinstance(x, dict):
            for k, y in x.items():
                if k == 'arguments' and isinstance(y, str):
                    parts.append(json.dumps(json.loads(y), ensure_ascii=False))
                walk(y)
        elif isinstance(x, list):
            for y in x:
                walk(y)
    walk(body)
    return '\n'.join(parts)


LOC_WEIGHTED = ['en-US'] * 4 + ['en-GB'] * 3 + LOCALES  # English-language newsrooms weigh more


def build_pii(rng):
    v = V(rng)
    recs, n = [], 0
    plan = []
    for k in KINDS:
        plan += [(k, True)] * 24 + [(k, False)] * 18
    rng.shuffle(plan)
    for i, (kind, sens) in enumerate(plan):
        loc = rng.choice(LOC_WEIGHTED)
        doc, iss, style = (sensitive_doc if sens else benign_doc)(kind, v, loc, rng)
        ask = rng.choice(ASKS[kind])
        endpoint, field, body = place(doc, ask, rng, i, loc)
        hay = searchable(body)
        ents = sorted({et for et, val in iss if val in hay}, key=str)
        missing = [val for et, val in iss if val not in hay]
        assert not missing, (kind, missing)
        assert bool(ents) == sens, (kind, ents)
        n += 1
        recs.append({'id': f'polje-pii-{n:04d}', 'category': kind if sens else kind + '_benign', 'sensitive': bool(ents),
                     'entities': ents, 'endpoint': endpoint, 'lang': loc, 'style': f'{style} · {field}', 'body': body})
    return recs


# ----------------------------------------------------------------------------------------------- complexity
PARA = ['The council voted 7-4 on Tuesday to close the harbour baths for repairs.',
        'Residents said the decision was taken without a public consultation.',
        'The roof has leaked since 2019, according to an engineering report seen by this newspaper.',
        'A spokesperson for the council said the pool would reopen within eighteen months.',
        'Swimming clubs will move to the sports centre on the ring road in the meantime.',
        'Opposition councillors called for the repair contract to be published in full.',
        'The baths opened in 1934 and were listed as a heritage building in 1988.',
        'Local schools use the pool for lessons three mornings a week.',
        'Ticket prices at the temporary venue will stay the same, the council confirmed.',
        'Our reporters visited the site on Monday and found buckets catching water in the foyer.']
LOG = ['2026-11-{d:02d}T0{h}:{m:02d}:11Z cms-publisher INFO article {a} published to web',
       '2026-11-{d:02d}T0{h}:{m:02d}:12Z cdn-purge WARN purge queued for /news/{a} (queue depth {q})',
       '2026-11-{d:02d}T0{h}:{m:02d}:13Z apps-feed INFO feed rebuilt, {q} items',
       '2026-11-{d:02d}T0{h}:{m:02d}:14Z cdn-purge ERROR purge timeout after 30s for /news/{a}',
       '2026-11-{d:02d}T0{h}:{m:02d}:15Z paywall INFO metering cache hit ratio 0.{q}']
SHORT_SIMPLE = ['Translate to French: "Polling stations close at 10pm."', 'What does "embargoed until 00:01" mean? One line.',
                'Convert 14:30 CET to UTC.', 'Spell out the acronym AP style rule for "percent".', 'Give a synonym for "said" in a headline.',
                'Is "alot" correct? ', 'Capitalise this headline in title case: mayor opens new bridge', 'What is a standfirst?',
                'Übersetze ins Englische: "Die Pressekonferenz beginnt um 11 Uhr."', '¿Cómo se dice "fact-check" en español?',
                'Traduci: "Il sindaco ha annunciato le dimissioni."', 'Napisz po angielsku: "Konferencja prasowa jest odwołana."',
                '「速報」を英語で言うと？', '"기사 마감"을 영어로 번역해줘.', '把"新闻稿"翻译成英文。', 'Переведи: "Редакция не комментирует."',
                'Wat betekent "hoor en wederhoor"?', 'Översätt: "Ledaren publiceras i morgon."', 'Word count of: "Council votes to close baths."',
                'Round 48.6% to the nearest whole number.', 'What is {y} words at 0.40 per word?', 'Make this passive: "The mayor cut the ribbon."',
                'Convert {x} km to miles.', 'How many characters fit in a 70-character headline after "Breaking: "?', 'Sort: sports, business, arts, news.',
                'Give the plural of "erratum".', 'What day of the week was 1 March 2024?', 'Write {x} in words, AP style.', 'Abbreviate "Associated Press".',
                'Is "data" singular or plural in house style? One line.', 'Translate to Italian: "The match was postponed."']
CTX = ['For a regional daily with {x} reporters: '.format(x=n) for n in (12, 40, 85)] + ['At a public broadcaster: ', 'For a two-person newsletter: ',
       'In a wire agency: ', 'For our student paper: ', 'Context: national news site. ', '']
SHORT_HARD = ['Design a verification workflow for user-submitted flood videos that balances speed against the risk of publishing a fake; justify each trade-off.',
              'Our live blog double-publishes entries when two editors hit save within 200 ms. Propose root causes and a fix that keeps optimistic locking.',
              'Prove that if every article has at most k tags and every tag page lists the 20 latest articles, a single publish invalidates at most k+1 cached pages; state the assumptions.',
              'A poll of 800 has 52% vs 48%. Is the lead "statistically significant" at 95%? Derive the margin of error for the difference, not each share.',
              'Design a source-protection scheme for a newsroom: key management, device seizure, and what to do when a reporter leaves. Compare two options.',
              'Paywall conversion fell 30% after a CDN change but traffic is flat. Give a ranked list of hypotheses and the experiment that discriminates each.',
              'We embargo releases in UTC but publish in 6 time zones; design a scheduler that never breaks an embargo across DST changes and prove it.',
              'Two fact-checkers disagree on a claim that mixes a true number with a false causal link. Build a rating rubric that handles compound claims consistently.',
              'Entwirf ein Datenmodell für Korrekturen, das Versionen, Begründungen und Syndizierung an Partner abbildet; diskutiere Zielkonflikte.',
              'Concevez un système de déduplication des dépêches d\'agence qui tolère les réécritures partielles ; analysez faux positifs et coûts.',
              'Diseña una estrategia de muestreo para verificar 5.000 comentarios al día con 3 moderadores; justifica la tasa de error esperada.',
              '速報記事の誤報率を下げつつ配信速度を維持するための編集フローを設計し、トレードオフを論じてください。',
              'Our comment spam filter has 95% precision at 2% prevalence; what fraction of flagged comments are real? Then design a better threshold policy.',
              'Why would an RSS feed show articles out of order only for readers in Asia? Reason through caching layers and propose a fix.',
              'Prove that merging two sorted wire feeds by timestamp with ties broken by agency priority is stable, and find the case where it is not.']
HARD_TASKS = ['From these logs, find the root cause of why corrections never reach the app feed, explain the causal chain step by step, and propose a fix with its trade-offs.',
              'Reconcile the contradictions in this account, build a timeline, say which claims are mutually exclusive and what evidence would settle each one.',
              'Design the data pipeline that would produce this report automatically; compare a batch and a streaming design and justify your choice.']
EASY_TASKS = ['Summarise this in three bullet points.', 'Translate the first paragraph into German.', 'Give this a headline under 70 characters.',
              'Fix the typos only, do not change wording.', 'Count how many paragraphs mention the council.', 'Reformat as a numbered list.']
CX_LANGS = ['en', 'de', 'fr', 'es', 'it', 'pl', 'ja', 'ko', 'zh', 'ru', 'nl', 'sv']


def build_cx(rng):
    recs = []
    plan = [('short_simple', 0, False)] * 44 + [('long_easy', 0, True)] * 52 + [('short_hard', 1, True)] * 50 + [('long_hard', 1, False)] * 44
    rng.shuffle(plan)
    for i, (cat, label, adv) in enumerate(plan):
        lang = 'en'
        if cat == 'short_simple':
            p = SHORT_SIMPLE[i % len(SHORT_SIMPLE)].format(x=rng.randrange(2, 60), y=rng.randrange(100, 2000))
            if i % 3 == 0:
                p = p + f' ({rng.choice(["quick", "thanks", "for the night desk"])})'
            style = 'desk query'
        elif cat == 'short_hard':
            p = SHORT_HARD[i % len(SHORT_HARD)]
            if not p.startswith(('Entw', 'Conce', 'Dise', '速')):
                p = rng.choice(CTX) + p[0].lower() + p[1:]
            style = 'design/reasoning'
        elif cat == 'long_easy':
            paras = [rng.choice(PARA) + ' ' + rng.choice(PARA) for _ in range(rng.randrange(14, 26))]
            p = rng.choice(EASY_TASKS) + '\n\n' + '\n\n'.join(paras)
            while len(p) < 1500:
                p += '\n\n' + rng.choice(PARA)
            style = 'copy desk/long article'
        else:
            if i % 2:
                lines = [rng.choice(LOG).format(d=rng.randrange(1, 28), h=rng.randrange(0, 10), m=rng.randrange(60), a=rng.randrange(10**5, 10**6), q=rng.randrange(10, 99)) for _ in range(rng.randrange(30, 45))]
                p = HARD_TASKS[0] + '\n\n' + '\n'.join(lines)
                style = 'root cause/cms logs'
            else:
                paras = [f'Witness {chr(65 + j)}: ' + rng.choice(PARA) for j in range(rng.randrange(10, 18))]
                p = rng.choice(HARD_TASKS[1:]) + '\n\n' + '\n'.join(paras)
                while len(p) < 1500:
                    p += f'\nWitness {chr(65 + len(p) % 26)}{len(p) % 7}: ' + rng.choice(PARA)
                style = 'analysis/timeline'
        for tag, mark in (('de', 'Ü'), ('fr', 'Conce'), ('es', 'Dise'), ('ja', '「'), ('ja', '速報'), ('ko', '기'), ('zh', '把'), ('ru', 'Пер'),
                          ('it', 'Tradu'), ('pl', 'Napisz'), ('nl', 'Wat bet'), ('sv', 'Över'), ('de', 'Entw')):
            if p.startswith(mark):
                lang = tag
        msgs = [{'role': 'user', 'content': p}]
        if i % 4 == 0:
            msgs.insert(0, {'role': 'system', 'content': 'You are a newsroom assistant.'})
        recs.append({'id': f'polje-cx-{i + 1:04d}', 'category': cat, 'label': label, 'length_adversarial': adv, 'endpoint': 'chat',
                     'lang': lang, 'style': style, 'body': {'model': 'hybridgate/auto', 'messages': msgs}})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii = build_pii(random.Random(a.seed))
    cx = build_cx(random.Random(a.seed + 1))
    for name, recs in (('pii_polje.jsonl', pii), ('complexity_polje.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8', newline='\n') as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_polje.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions), {sens} sensitive / {len(pii) - sens} benign, '
          f'{len({r["lang"] for r in pii})} language tags')
    print('  categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    c = collections.Counter(r['category'] for r in cx)
    print(f'complexity_polje.jsonl: {len(cx)} prompts, {dict(sorted(c.items()))}, '
          f'{sum(r["length_adversarial"] for r in cx)} length-adversarial, {sum(r["label"] for r in cx)} labelled 1, '
          f'{len({r["lang"] for r in cx})} language tags')


if __name__ == '__main__':
    main()
