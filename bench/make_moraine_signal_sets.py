#!/usr/bin/env python3
"""Moraine: an independent evaluation split for the request signals, organised by WHAT KIND OF THING a
person-like or number-like string belongs to.

Writes bench/data/signals/pii_moraine.jsonl and bench/data/signals/complexity_moraine.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity:
id, category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages or other branches; the record format came from the first 70 lines of the
    delta generator and the first two lines of the delta files. The other generators were not read: their
    sources are only scanned automatically at run time for capitalised / non-ASCII words (and bigrams of
    Han / Kana / Hangul / Thai characters), and every name, street, company and eponym pool of this file is
    cut to entries that avoid that set (order kept; the run aborts if a pool runs empty). The scanned words
    are never printed.

Organising principle
    By the KIND of thing a person-like or number-like string belongs to. Each kind has sensitive records
    (category ``<kind>``) and benign hard negatives of the same kind (``<kind>_benign``):
      namesake      private individuals whose names collide with famous people, brands or places (their
                    private contact data) vs the famous person / brand / place itself;
      sole_trader   small businesses named after their owner: the owner's private mobile, home address,
                    tax number vs the shop's listed line, role mailbox and trading address;
      employee      a named employee acting in a work role (direct line, own e-mail) vs role mailboxes,
                    switchboards, agent numbers and unnamed job titles;
      named_thing   pets, boats, horses, storms, bots, product models, releases and game characters with
                    human names: with their private keeper's data vs on their own;
      eponym        laws, theorems, diseases, units, buildings, awards, streets: a private patient or
                    resident attached vs the eponym alone (street without a private house);
      official      historical figures and officials in their public role vs the same (invented) officials'
                    private data (home address, private mobile, birth date, ID);
      identifier    numbers that belong to things (order, invoice, tracking, serial, VIN, ISBN, flight,
                    case, ticket, lot, coordinates, SKU, versions, hashes, timestamps, amounts) vs the same
                    contexts carrying a person's ID, phone, card, IBAN or IP.
    26 locales (Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai, Han, Kana, Hangul scripts) with
    locale-true names, streets, phone formats and ID formats. The document is placed by rotation in user /
    system / earlier assistant / tool messages, tool-call arguments, text and base64 file content parts,
    image URLs with query strings, response_format schemas, ``user``, ``metadata`` and legacy completions.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching the
    serialised body (file parts decoded, URLs unquoted) for every value the record issued. ``sensitive`` is
    true exactly when ``entities`` is non-empty. Social-insurance numbers (NHS, NIR, AMKA) are
    HEALTH_INSURANCE; taxpayer numbers (Steuer-ID, codice fiscale, CPF, INN) TAX_ID; other citizen numbers
    NATIONAL_ID; a hospital record number MEDICAL_RECORD; a US routing + account pair US_BANK_NUMBER. The
    name of an invented official is ``person`` only in records that carry that official's private data.

Contents (seed 20261205)
    pii_moraine.jsonl: 504 requests (448 chat, 56 completions) in 26 language tags; 7 kinds x 72 (42 sensitive + 30
    benign each: 294 sensitive / 210 benign). Entities: person 276, phone 233, STREET_ADDRESS 136, email 63,
    DATE_OF_BIRTH 61, NATIONAL_ID 20, MEDICAL_RECORD 16, IP_ADDRESS 13, credit_card 9, TAX_ID 9, HEALTH_INSURANCE 5,
    iban 5, ssn 1, US_BANK_NUMBER 1. complexity_moraine.jsonl: 192 requests in 20 language tags: short_simple 46,
    long_easy 52 (>= 1,500 chars), short_hard 50, long_hard 44; 102 (53%) length-adversarial, 94 labelled 1,
    17 completions. A pool of famous full names was tried for the namesake kind; every entry shared a word with the
    other generators and was cut, so namesakes are first names that are also brands / places. Eponym entries are
    cut on the eponym's name. The run prints all counts.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (IBAN, Luhn
    cards, US SSN and routing numbers, the national IDs); every phone number is validated for its region
    with ``phonenumbers``; IP addresses with ``ipaddress`` (global, outside documentation ranges). Benign
    reserved values (test cards, RFC 5737 addresses, 555-01xx) are checked to be what they claim. Any
    invalid value aborts the run.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_moraine_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from stdnum import iban as std_iban, luhn
from stdnum.us import ssn as us_ssn, rtn as us_rtn
from stdnum.gb import nhs
from stdnum.de import idnr
from stdnum.fr import nir
from stdnum.es import dni
from stdnum.it import codicefiscale
from stdnum.br import cpf
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.fi import hetu
from stdnum.tr import tckimlik
from stdnum.ru import inn
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.kr import rrn
from stdnum.cn import ric
from stdnum.th import pin as th_pin
from stdnum.cz import rc as cz_rc
from stdnum.mx import curp
from stdnum.ro import cnp
from stdnum.dk import cpr
from stdnum.no import fodselsnummer
from stdnum.jp import in_ as jp_in
from stdnum.gr import amka

ROOT = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild')
DENSE = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')
TOKEN = re.compile(r'(?:\w|[\u0300-\u036f\u0591-\u05c7\u064b-\u0670\u0900-\u0dff\u0e00-\u0e7f])+')


def other_words():
    """Capitalised / non-ASCII words and dense-script bigrams of the other generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        text = (ROOT / f'make_{x}_signal_sets.py').read_text(encoding='utf-8')
        for tok in TOKEN.findall(text):
            if tok[0].isupper() or any(ord(c) > 127 for c in tok):
                words.add(tok.casefold())
            run = ''
            for c in tok + ' ':
                if DENSE.match(c):
                    run += c
                else:
                    bigrams.update(run[i:i + 2] for i in range(len(run) - 1))
                    run = ''
    return words, bigrams


WORDS, BIGRAMS = other_words()


def fresh(s):
    for tok in TOKEN.findall(s):
        if tok.casefold() in WORDS:
            return False
    dense = [s[i:i + 2] for i in range(len(s) - 1) if DENSE.match(s[i]) and DENSE.match(s[i + 1])]
    return not any(b in BIGRAMS for b in dense)


POOL_STATS = collections.Counter()


def cut(pool, name):
    kept = [p for p in pool if fresh(p if isinstance(p, str) else p[0])]
    if not kept:
        raise SystemExit(f"pool {name} ran empty after the overlap cut")
    POOL_STATS['kept'] += len(kept)
    POOL_STATS['cut'] += len(pool) - len(kept)
    return kept


# ----------------------------------------------------------------------------------------------------------
# Locales: lang, region, first names, last names, romanised handles, streets, cities, address format, labels
# labels: (name, phone, address, born, id)
# ----------------------------------------------------------------------------------------------------------
RAW = {
    'en-US': ('US', 'Latn', 'Brayden Carys Tamsin Delphine Odell Marisol Jarrett Kenna Rowan Linnea Thaddeus Wrenna Cordell Oaklyn Bexley Jovanny Leighton Marguerite Ozzie Tierney'.split(),
              'Okafor Vanterpool Brightwell Hollister Castellano Pruitt Ainsley Merriweather Tolliver Quade Szymanski Delacroix Whitlock Fairbanks Oyelaran Ravenscroft Kowalczyk Dunleavy'.split(), [],
              ['Larkspur', 'Tamarack', 'Whitcomb', 'Quincewood', 'Bramblecote', 'Sassafras'],
              ['Dayton, OH 45409', 'Spokane, WA 99203', 'Athens, GA 30606', 'Lincoln, NE 68502'],
              '{n} {s} Ave, Apt {a}, {c}', ('Name', 'Phone', 'Address', 'DOB', 'SSN')),
    'en-GB': ('GB', 'Latn', 'Rhiannon Callum Imogen Alfie Niamh Ewan Tabitha Rory Saoirse Hamish Peregrine Morwenna Lachlan Ottilie Cormac Elspeth Tamsyn Fergus Honor Digby Bartholomew Araminta Hengist Clemency Jolyon Philippa Ptolemy Hermia'.split(),
              'Pennington Attwood Blakemore Croft Haverstock Mulgrew Fairweather Treloar Ashcroft Dunmore'.split(), [],
              ['Ashdown', 'Pelham', 'Thornbury', 'Marlowe', 'Cowslip', 'Hazelmere'],
              ['Leicester LE2 3FG', 'Norwich NR2 4PJ', 'Swindon SN1 5BQ', 'Exeter EX4 6NT'],
              '{n} {s} Road, {c}', ('Name', 'Mobile', 'Home address', 'DOB', 'NHS no.')),
    'de-DE': ('DE', 'Latn', 'Jörg Wiebke Hauke Frauke Lennart Svenja Torben Gesine Malte Ilka Wendelin Hiltrud Eike Almut Reinhild Detlef Sönke Gundula Knut Heiderose'.split(),
              'Brockmöller Kettelhack Dörrenbächer Hinrichsen Ostendorf Wiechmann Quast Lüdemann Spiekermann Tebbe'.split(), [],
              ['Amselweg', 'Kastanienallee', 'Hohlweg', 'Quittenstieg', 'Holunderweg', 'Schlehenring'],
              ['79102 Freiburg', '34117 Kassel', '04229 Leipzig', '24103 Kiel'],
              '{s} {n}, {c}', ('Name', 'Handy', 'Anschrift', 'Geb.', 'Steuer-ID')),
    'fr-FR': ('FR', 'Latn', 'Gaëlle Maxence Solène Thibault Apolline Yannick Maëlys Bastien Clémence Loïc Ombeline Gwenaël Enguerrand Bérénice Aurèle Ségolène Tanguy Anaïs Gonzague Perrine Ghislain Bénédicte Hippolyte Mahaut Anselme Sidonie Théophane Blandine'.split(),
              'Lemarchand Duquesnoy Fauvel Ribaucourt Delahaye Vautrin Chassagne Peyrol Brunelière Tissot'.split(), [],
              ['Tanneurs', 'Tilleuls', 'Glycines', 'Capucines', 'Vignerons', 'Pervenches'],
              ['31000 Toulouse', '44000 Nantes', '21000 Dijon', '87000 Limoges'],
              '{n} rue des {s}, {c}', ('Nom', 'Portable', 'Adresse', 'Né(e) le', 'N° de sécurité sociale')),
    'es-ES': ('ES', 'Latn', 'Itziar Borja Nerea Iñigo Rocío Álvaro Ainhoa Gorka Maite Xabier Arantxa Unai Begoña Koldo Edurne Leire Aitor Amaia Garazi Iraia Ekaitz Oihana Harkaitz Nahia Eneko Ziortza Urtzi Maialen'.split(),
              'Etxeberria Villalobos Garrido Arrieta Quintana Sepúlveda Olmedo Barrientos Zubiri Montaner Goikoetxea Larrañaga Ibarguren Aldekoa Urrutikoetxea Azpilikueta Berasategi Iturralde'.split(), [],
              ['Almendro', 'Azucena', 'Madroño', 'Olivar', 'Alhelí', 'Espliego'],
              ['46004 Valencia', '18009 Granada', '50003 Zaragoza', '33003 Oviedo'],
              'Calle {s}, {n}, {a}º, {c}', ('Nombre', 'Móvil', 'Domicilio', 'Fecha de nacimiento', 'DNI')),
    'it-IT': ('IT', 'Latn', 'Gianluca Ludovica Edoardo Benedetta Jacopo Ginevra Tommaso Arianna Ottavio Viola Ermenegildo Gaia Pierluigi Ortensia Teodoro Nives Amedeo Fiammetta'.split(),
              'Zanardelli Bortolotti Cavalcanti Pellegatti Scarpellini Mastrangelo Fumagalli Quaranta Bianchetti Orsenigo'.split(), [],
              ['Molinella', 'Gelsomini', 'Ciclamini', 'Pratello', 'Oleandri', 'Fontanelle'],
              ['40126 Bologna', '10121 Torino', '37121 Verona', '90133 Palermo'],
              'Via {s} {n}, {c}', ('Nome', 'Cellulare', 'Indirizzo', 'Nato/a il', 'Codice fiscale')),
    'pt-BR': ('BR', 'Latn', 'Thiago Luana Caio Jéssica Renan Tainá Wesley Larissa Igor Bianca Jandira Wanderley Cleidiane Adenilson Josiclei Rosineide Valdirene Edivaldo'.split(),
              'Figueiredo Nascimento Albuquerque Bezerra Cavalcante Teixeira Magalhães Queiroz Siqueira Brandão Sampaio Guimarães Arruda Quaresma Vasconcelos Falcão Tavares Medeiros Bittencourt Junqueira Carapeba Jatobá Mourão Piancó Sucupira Taquari Quixadá Ubirajara'.split(), [],
              ['Itapiru', 'Cajueiro', 'Jaboticabal', 'Ipiranguinha', 'Mangabeira', 'Araçatuba'],
              ['Campinas - SP, 13015-000', 'Recife - PE, 50030-230', 'Belém - PA, 66010-020', 'Londrina - PR, 86010-100'],
              'Rua {s}, {n}, ap. {a} - {c}', ('Nome', 'Celular', 'Endereço', 'Nascimento', 'CPF')),
    'nl-NL': ('NL', 'Latn', 'Sanne Bram Femke Joost Lieke Sjoerd Marloes Wouter Floor Thijs Jildou Wietse Aafke Gerben Tjitske Hylke Marijke Douwe'.split(),
              'Hoogeveen Verbeek Schuurman Tjeerdsma Bosschaert Kuipers Wijnands Oosterhuis Dijkstra Hermsen Wiersma Hoekstra Brouwersma Veenstra Terpstra Zijlstra Nijboer Jongsma'.split(), [],
              ['Kastanjelaan', 'Zuiderdiep', 'Lijsterbeslaan', 'Wilgenhof', 'Vlierbeslaan', 'Meidoornhof'],
              ['3512 JK Utrecht', '9711 HM Groningen', '6811 AB Arnhem', '5611 EM Eindhoven'],
              '{s} {n}, {c}', ('Naam', 'Mobiel', 'Adres', 'Geboren', 'BSN')),
    'pl-PL': ('PL', 'Latn', 'Grzegorz Agnieszka Bartłomiej Małgorzata Wojciech Katarzyna Przemysław Jadwiga Mikołaj Żaneta Bożydar Wiesława Zdzisław Bronisława Radosław Genowefa Lechosław Teodozja Sambor Jaropełk Dobrosława Świętopełk Wszebora Ziemowit Mirogniew Gościsława'.split(),
              'Wróblewski Szczepańska Kaczmarek Górecka Zieliński Pawlak Chmielewska Sobczak Wawrzyniak Kołodziej Grzybowski Przybylska Kwiatkowski Jabłońska Ziółkowski Błaszczyk Olszewska Pietrzak'.split(), [],
              ['Lipowa', 'Ogrodowa', 'Jaśminowa', 'Klonowa', 'Jarzębinowa', 'Porzeczkowa', 'Wrzosowa'],
              ['30-001 Kraków', '80-831 Gdańsk', '61-701 Poznań', '20-002 Lublin'],
              'ul. {s} {n}/{a}, {c}', ('Imię i nazwisko', 'Tel. kom.', 'Adres', 'Data ur.', 'PESEL')),
    'sv-SE': ('SE', 'Latn', 'Linnéa Viggo Ebba Hampus Tindra Alvar Saga Melker Signe Ture Ylva Gunnar Ingegerd Torvald Sixten Vendela Algot Majken Folke Ingeborg Assar Hjördis Tage Gunhild Evert Dagny Helmer Valborg'.split(),
              'Lindqvist Åkesson Bergström Sjöberg Holmgren Nyberg Wallin Ekström Fagerlund Söderholm Gyllenhammar Ljungqvist Rydberg Tornqvist Ahlgren Forsberg Hedlund Blomqvist'.split(), [],
              ['Björkvägen', 'Ekbacken', 'Rönnstigen', 'Lingonvägen', 'Hallonstigen', 'Tallåsvägen'],
              ['753 20 Uppsala', '413 04 Göteborg', '903 26 Umeå', '582 22 Linköping'],
              '{s} {n}, {c}', ('Namn', 'Mobil', 'Adress', 'Född', 'Personnummer')),
    'fi-FI': ('FI', 'Latn', 'Aino Eetu Venla Onni Iida Lauri Helmi Joonas Siiri Topias Vilho Ilmari Kerttu Aukusti Vieno Toivo Lempi Eino Hilja Urho Väinö Tyyne Armas Sylvi Ensio Impi'.split(),
              'Korhonen Mäkelä Heikkinen Väisänen Kettunen Leppänen Pesonen Rantanen Hyvönen Turunen Kärkkäinen Räsänen Hämäläinen Laitinen Tuominen Pitkänen Karjalainen Koskinen Nurmela Ylönen'.split(), [],
              ['Koivukuja', 'Rantatie', 'Myllytie', 'Pihlajapolku', 'Kanervatie', 'Puolukkapolku'],
              ['33100 Tampere', '20100 Turku', '40100 Jyväskylä', '90100 Oulu'],
              '{s} {n} B {a}, {c}', ('Nimi', 'Puhelin', 'Osoite', 'Syntynyt', 'Henkilötunnus')),
    'tr-TR': ('TR', 'Latn', 'Emre Zeynep Burak Elif Onur Gizem Serkan Damla Kaan Ebru Tuğba Volkan Sevgül Oğuzhan Nurcan Barış Dilek Erdem'.split(),
              'Yıldırım Aydoğan Karaca Özdemir Çetinkaya Kurtuluş Şahin Erdoğdu Koçak Tekin'.split(), [],
              ['Papatya', 'Menekşe', 'Begonya', 'Sümbül', 'Akasya', 'Ihlamur'],
              ['Kadıköy/İstanbul 34710', 'Çankaya/Ankara 06690', 'Bornova/İzmir 35040', 'Nilüfer/Bursa 16110'],
              '{s} Sokak No:{n} D:{a}, {c}', ('Ad Soyad', 'Cep', 'Adres', 'Doğum tarihi', 'TC Kimlik No')),
    'ru-RU': ('RU', 'Cyrl', 'Ярослав Алёна Тимофей Дарина Всеволод Ульяна Матвей Злата Гордей Милана Святослав Евдокия Ростислав Всеслава Добрыня Любава Елисей Агафья Прохор Феврония Мирон Евпраксия Фрол Василиса'.split(),
              'Веретенников Кожемякина Залесский Перепёлкина Любимов Шестакова Горбунов Ракитина Сычёв Белозёрова'.split(),
              'veretennikov kozhemyakina zalesskiy perepelkina lyubimov shestakova'.split(),
              ['Черёмуховая', 'Рябиновая', 'Брусничная', 'Малиновая', 'Сиреневая', 'Ольховая'],
              ['г. Казань 420111', 'г. Самара 443099', 'г. Пермь 614000', 'г. Томск 634050'],
              '{c}, ул. {s}, д. {n}, кв. {a}', ('ФИО', 'Телефон', 'Адрес', 'Дата рождения', 'ИНН')),
    'he-IL': ('IL', 'Hebr', 'נועה איתי שירה עומר הדס יונתן מעיין אלון טליה רועי אביגיל נתנאל יעלה אלחנן רוני שקד הילה ינון'.split(),
              'ברקוביץ שטרנפלד אוחיון גולדברגר פרידמן אזולאי רוזנטל בן-חמו לנדאו מזרחי אבוטבול שפירא דהן ביטון חדד וקנין'.split(),
              'berkovitz shternfeld ohayon goldberger azulay landau'.split(),
              ['הרימון', 'הזית', 'האלה', 'התאנה', 'השקמה', 'הדקל'],
              ['חיפה 3303118', 'באר שבע 8410501', 'רחובות 7624513', 'נתניה 4250402'],
              'רחוב {s} {n} דירה {a}, {c}', ('שם', 'נייד', 'כתובת', 'תאריך לידה', 'ת.ז.')),
    'hi-IN': ('IN', 'Deva', 'अनिरुद्ध श्वेता हर्षवर्धन पल्लवी रोहित्य मृणाल कौस्तुभ इरावती सिद्धांत तन्वी'.split(),
              'कुलकर्णी भटनागर चतुर्वेदी देशपांडे खंडेलवाल त्रिपाठी बनर्जी सहस्रबुद्धे राठौर पांडेय'.split(),
              'kulkarni bhatnagar chaturvedi deshpande khandelwal tripathi'.split(),
              ['गुलमोहर', 'अशोक', 'कमला', 'चंपा', 'मालवीय', 'पारिजात'],
              ['जयपुर 302017', 'लखनऊ 226010', 'नागपुर 440010', 'भोपाल 462016'],
              'मकान नं. {n}, {s} नगर, {c}', ('नाम', 'मोबाइल', 'पता', 'जन्म तिथि', 'आधार')),
    'ko-KR': ('KR', 'Hang', '서연 도윤 하은 시우 지아 준서 채원 은우 수아 예준 다온 윤슬 이든 로하 시율 라온 하람 새봄 가온 예솔'.split(),
              '김 이 박 최 정 강 조 윤 장 임'.split(), 'kim lee park choi jung kang'.split(),
              ['양화로', '센텀중앙로', '동일로', '판교역로', '망원로', '상계로'],
              ['서울특별시 마포구', '부산광역시 해운대구', '서울특별시 노원구', '경기도 성남시 분당구'],
              '{c} {s} {n}, {a}호', ('이름', '휴대폰', '주소', '생년월일', '주민등록번호')),
    'zh-CN': ('CN', 'Hans', '子涵 浩然 梓萱 宇轩 欣怡 俊杰 雨桐 思远 若曦 博文 沐辰 婉清 景行 芷若 清扬 嘉懿 致远 语嫣'.split(),
              '王 李 张 刘 陈 杨 赵 黄 周 吴 欧阳 司马 上官 诸葛 皇甫 慕容 公孙 令狐'.split(), 'wang li zhang liu chen yang'.split(),
              ['漕溪北路', '文三路', '天府大道', '中山北路', '枫林路', '翠柏路'],
              ['上海市徐汇区', '杭州市西湖区', '成都市武侯区', '南京市鼓楼区'],
              '{c}{s}{n}号{a}室', ('姓名', '手机', '地址', '出生日期', '身份证号')),
    'ja-JP': ('JP', 'Jpan', '陽翔 結菜 蓮 さくら 湊 凛 大和 陽菜 悠真 葵 颯太 紬 樹 楓 暖 澪 蒼 詩織'.split(),
              '佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤 長谷部 五十嵐 宇佐美 東海林 勅使河原 小鳥遊'.split(), 'sato suzuki takahashi tanaka watanabe ito'.split(),
              ['梅田', '天神', '栄', '本町', '錦', '大手町'],
              ['〒530-0001 大阪府大阪市北区', '〒810-0001 福岡県福岡市中央区', '〒460-0008 愛知県名古屋市中区', '〒980-0014 宮城県仙台市青葉区'],
              '{c}{s}2丁目{n}-{a}', ('氏名', '携帯', '住所', '生年月日', 'マイナンバー')),
    'th-TH': ('TH', 'Thai', 'ณัฐวุฒิ สุนิสา ธนกร พิมพ์ชนก กิตติพงษ์ วรรณิศา ปิยะพงษ์ อรอุมา ชยพล กมลชนก'.split(),
              'ศรีสุข วงศ์ไทย ทองดี แก้วมณี บุญมา จันทร์เพ็ญ สุขสวัสดิ์ พงษ์ศักดิ์ รัตนพันธ์ มีสุข'.split(),
              'srisuk wongthai thongdee kaewmanee boonma chanpen'.split(),
              ['สุขุมวิท', 'นิมมานเหมินท์', 'ลาดพร้าว', 'มิตรภาพ', 'ประชาอุทิศ', 'รามคำแหง'],
              ['กรุงเทพฯ 10110', 'เชียงใหม่ 50200', 'ขอนแก่น 40000', 'ภูเก็ต 83000'],
              '{n}/{a} ถนน{s} {c}', ('ชื่อ', 'มือถือ', 'ที่อยู่', 'วันเกิด', 'เลขประจำตัวประชาชน')),
    'cs-CZ': ('CZ', 'Latn', 'Radek Zdeňka Vojtěch Kateřina Ondřej Bohdana Jiří Markéta Lubomír Šárka Bořivoj Ludmila Čestmír Blažena Vratislav Drahomíra Svatopluk Věnceslava Kvido Libuše Dobromil Jarmila Radovan Zbyňka'.split(),
              'Dvořáková Procházka Kratochvíl Šimková Vondráček Holubová Koubek Říhová Pospíšil Bartošová'.split(), [],
              ['Lipová', 'Jabloňová', 'Višňová', 'Šeříková', 'Javorová', 'Bezová'],
              ['602 00 Brno', '301 00 Plzeň', '779 00 Olomouc', '370 01 České Budějovice'],
              '{s} {n}/{a}, {c}', ('Jméno', 'Mobil', 'Adresa', 'Datum narození', 'Rodné číslo')),
    'es-MX': ('MX', 'Latn', 'Ximena Iker Citlali Emiliano Yaretzi Leonel Itzel Uriel Guadalupe Brenda Xóchitl Cuauhtémoc Nayeli Tonatiuh Yatziri Axel Zyanya Maximiliano'.split(),
              'Hernández Tlacuilo Zavala Cuauhtle Ibarra Maldonado Villaseñor Ocampo Guzmán Anaya Xicoténcatl Tepoxtecatl Cuevas Zepeda Villarreal Olvera'.split(), [],
              ['Fresno', 'Jacarandas', 'Tulipanes', 'Ahuehuete', 'Huizache', 'Tabachín'],
              ['Col. Roma Norte, 06700 CDMX', 'Col. Americana, 44160 Guadalajara, Jal.', 'Col. Centro, 68000 Oaxaca, Oax.',
               'Col. del Valle, 66220 San Pedro Garza García, N.L.'],
              'Calle {s} {n} int. {a}, {c}', ('Nombre', 'Celular', 'Domicilio', 'Fecha de nacimiento', 'CURP')),
    'ro-RO': ('RO', 'Latn', 'Andreea Mihai Ioana Răzvan Bianca Cătălin Roxana Sorin Ilinca Tudor Dragoș Smaranda Viorel Brândușa Horațiu Ruxandra'.split(),
              'Popescu Ionescu Dumitrescu Stănescu Constantinescu Munteanu Vlădescu Georgescu Nistor Căpraru Bălănescu Zăvoianu Cârstea Pârvulescu Ghiță Oprișan'.split(), [],
              ['Teilor', 'Florilor', 'Castanilor', 'Zorilor', 'Salcâmilor', 'Măceșului'],
              ['400001 Cluj-Napoca', '700259 Iași', '300006 Timișoara', '500035 Brașov'],
              'Str. {s} nr. {n}, ap. {a}, {c}', ('Nume', 'Mobil', 'Adresă', 'Data nașterii', 'CNP')),
    'da-DK': ('DK', 'Latn', 'Mikkel Sofie Rasmus Ida Kasper Freja Anders Signe Magnus Laura Bodil Thorvald Karen-Margrethe Esben Vibeke Troels Ditte Asger'.split(),
              'Kjærgaard Mortensen Østergaard Bisgaard Thygesen Lauridsen Kristoffersen Bundgaard Holst Vestergaard Damgaard Kirkegaard Bjerregaard Nørgaard Skovgaard Fuglsang'.split(), [],
              ['Bøgevej', 'Rosenvænget', 'Lærkevej', 'Hyldebærvej', 'Tjørnevej', 'Slåenvej'],
              ['8000 Aarhus C', '5000 Odense C', '9000 Aalborg', '7100 Vejle'],
              '{s} {n}, {a}. th., {c}', ('Navn', 'Mobil', 'Adresse', 'Født', 'CPR-nr.')),
    'nb-NO': ('NO', 'Latn', 'Sindre Ingrid Eirik Solveig Håkon Marte Vegard Tiril Øystein Ragnhild Torleif Gudrun Ivar Sigrun Audun Åshild Eyvind Borghild Halvard Torunn Gaute Åsne Snorre Vigdis Kolbjørn Jorunn'.split(),
              'Haugland Bjørnstad Solheim Fjeldstad Nygård Engebretsen Aasen Tveit Skogseth Myrvold'.split(), [],
              ['Bjørkeveien', 'Granstien', 'Rognebærveien', 'Furulia', 'Multebærstien', 'Einerveien'],
              ['5003 Bergen', '7011 Trondheim', '4006 Stavanger', '9008 Tromsø'],
              '{s} {n}, {c}', ('Navn', 'Mobil', 'Adresse', 'Født', 'Fødselsnummer')),
    'el-GR': ('GR', 'Grek', 'Δημήτρης Ελένη Γιώργος Κατερίνα Νικόλαος Βασιλική Σταύρος Χαρίκλεια Παναγιώτης Αγγελική Ευστάθιος Παρασκευή Θεμιστοκλής Ευανθία Χαράλαμπος Σοφοκλής'.split(),
              'Παπαδόπουλος Κωνσταντίνου Αλεξίου Μαυρίδου Τσακαλίδης Σιδηροπούλου Καραγιάννης Βλάχου Ζερβός Μπακάλη'.split(),
              'papadopoulos konstantinou alexiou mavridou tsakalidis karagiannis'.split(),
              ['Τσιμισκή', 'Κορίνθου', 'Μαιζώνος', 'Ολυμπιονικών', 'Γαρδένιας', 'Ροδοδάφνης'],
              ['546 22 Θεσσαλονίκη', '262 21 Πάτρα', '712 02 Ηράκλειο', '383 33 Βόλος'],
              '{s} {n}, {c}', ('Όνομα', 'Κινητό', 'Διεύθυνση', 'Ημ. γέννησης', 'ΑΜΚΑ')),
    'ar-AE': ('AE', 'Arab', 'خالد مريم سلطان عائشة راشد فاطمة حمدان شيخة ماجد نورة'.split(),
              'المزروعي الكعبي الشامسي النعيمي الظاهري المنصوري السويدي البلوشي الحمادي العامري'.split(),
              'almazrouei alkaabi alshamsi alnuaimi aldhaheri almansoori'.split(),
              ['الوصل', 'الصفا', 'المرابع', 'الخوانيج', 'البرشاء', 'المزهر'],
              ['جميرا 2، دبي', 'الخالدية، أبوظبي', 'الرمثاء، الشارقة', 'الجيمي، العين'],
              'فيلا {n}، شارع {s}، {c}', ('الاسم', 'الجوال', 'العنوان', 'تاريخ الميلاد', 'رقم الآيبان')),
}
LANGS = list(RAW)
LOC = {}
for _lang, (_reg, _scr, _first, _last, _rom, _streets, _cities, _fmt, _lab) in RAW.items():
    LOC[_lang] = dict(region=_reg, script=_scr, first=cut(_first, _lang + '.first'), last=cut(_last, _lang + '.last'),
                      rom=_rom, streets=cut(_streets, _lang + '.streets'), cities=_cities, fmt=_fmt, lab=_lab)

MAIL = {'US': ['gmail.com', 'yahoo.com', 'icloud.com'], 'GB': ['btinternet.com', 'gmail.com', 'hotmail.co.uk'],
        'DE': ['web.de', 'gmx.de', 't-online.de'], 'FR': ['orange.fr', 'free.fr', 'laposte.net'],
        'ES': ['gmail.com', 'telefonica.net'], 'IT': ['libero.it', 'alice.it'], 'BR': ['uol.com.br', 'bol.com.br'],
        'NL': ['ziggo.nl', 'kpnmail.nl'], 'PL': ['wp.pl', 'onet.pl', 'o2.pl'], 'SE': ['telia.com', 'gmail.com'],
        'FI': ['elisanet.fi', 'gmail.com'], 'TR': ['hotmail.com', 'gmail.com'], 'RU': ['yandex.ru', 'mail.ru'],
        'IL': ['walla.co.il', 'gmail.com'], 'IN': ['rediffmail.com', 'gmail.com'], 'KR': ['naver.com', 'daum.net'],
        'CN': ['qq.com', '163.com'], 'JP': ['docomo.ne.jp', 'yahoo.co.jp'], 'TH': ['hotmail.com', 'gmail.com'],
        'CZ': ['seznam.cz', 'centrum.cz'], 'MX': ['prodigy.net.mx', 'hotmail.com'], 'RO': ['yahoo.ro', 'gmail.com'],
        'DK': ['mail.dk', 'gmail.com'], 'NO': ['online.no', 'gmail.com'], 'GR': ['otenet.gr', 'gmail.com'],
        'AE': ['eim.ae', 'gmail.com']}


def ascii_fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if ord(c) < 128).lower().replace(' ', '')


class Gen:
    def __init__(self, rng):
        self.rng = rng

    # --- people -------------------------------------------------------------------------------------------
    def name(self, lang):
        L = LOC[lang]
        for _ in range(200):
            f, l = self.rng.choice(L['first']), self.rng.choice(L['last'])
            if lang in ('zh-CN', 'ja-JP', 'ko-KR'):
                full = f'{l}{f}'
            else:
                full = f'{f} {l}'
            if fresh(full):
                return full
        raise SystemExit('no fresh name for ' + lang)

    def email(self, lang, full):
        L = LOC[lang]
        dom = self.rng.choice(MAIL[L['region']])
        if L['script'] == 'Latn':
            parts = [ascii_fold(p) for p in full.split()]
            h = self.rng.choice([f'{parts[0]}.{parts[-1]}', f'{parts[0][0]}{parts[-1]}{self.rng.randint(1, 99)}',
                                 f'{parts[-1]}.{parts[0]}{self.rng.randint(60, 99)}'])
        else:
            h = f'{self.rng.choice(L["rom"])}.{self.rng.choice("abcdeghjkmnrst")}{self.rng.randint(10, 999)}'
        return f'{h}@{dom}'

    def address(self, lang):
        L = LOC[lang]
        return L['fmt'].format(n=self.rng.randint(2, 180), a=self.rng.randint(1, 40), s=self.rng.choice(L['streets']),
                               c=self.rng.choice(L['cities']))

    def dob(self, lang):
        y, m, d = self.rng.randint(1944, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28)
        if lang in ('en-US',):
            return f'{m:02d}/{d:02d}/{y}'
        if lang in ('zh-CN', 'ja-JP'):
            return f'{y}年{m}月{d}日'
        if lang in ('ko-KR', 'sv-SE', 'fi-FI', 'hu-HU', 'th-TH'):
            return f'{y}-{m:02d}-{d:02d}' if lang != 'fi-FI' else f'{d}.{m}.{y}'
        if lang in ('de-DE', 'ru-RU', 'pl-PL', 'cs-CZ', 'tr-TR', 'ro-RO', 'da-DK', 'nb-NO'):
            return f'{d:02d}.{m:02d}.{y}'
        return f'{d:02d}/{m:02d}/{y}'

    # --- phones -------------------------------------------------------------------------------------------
    def phone(self, region, mobile=True, intl=None):
        ok = (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE) if mobile else (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)
        for attempt in range(5000):
            if region == 'US':
                area = self.rng.choice([206, 312, 404, 415, 503, 614, 617, 702, 718, 813])
                exch = self.rng.randint(201, 989)
                if exch == 555 or exch % 100 == 11:
                    continue
                nat = f'{area}{exch}{self.rng.randint(0, 9999):04d}'
            else:
                ex = phonenumbers.example_number_for_type(region, PNT.MOBILE if mobile else PNT.FIXED_LINE)
                s = phonenumbers.national_significant_number(ex)
                keep = (3 if len(s) > 8 else 2) if attempt < 1500 else len(s) - 4
                nat = s[:keep] + ''.join(str(self.rng.randint(0, 9)) for _ in range(len(s) - keep))
            num = phonenumbers.parse(nat, region)
            if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
                continue
            if phonenumbers.number_type(num) not in ok:
                continue
            use_intl = self.rng.random() < 0.45 if intl is None else intl
            out = phonenumbers.format_number(num, PNF.INTERNATIONAL if use_intl else PNF.NATIONAL)
            chk = phonenumbers.parse(out, region)
            assert phonenumbers.is_valid_number_for_region(chk, region), out
            return out
        raise SystemExit('could not make a phone for ' + region)

    # --- identifiers --------------------------------------------------------------------------------------
    def digits(self, n, first='0123456789'):
        return self.rng.choice(first) + ''.join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def brute(self, make, valid, tail='0123456789', k=1):
        for _ in range(3000):
            base = make()
            cands = [''.join(t) for t in _product(tail, k)]
            self.rng.shuffle(cands)
            for c in cands:
                if valid(base + c):
                    return base + c
        raise SystemExit('could not make identifier')

    def yymmdd(self):
        return self.rng.randint(1950, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def national_id(self, lang):
        """Return (value, entity) for the locale's citizen / tax / insurance number, validated."""
        r = self.rng
        if lang == 'en-US':
            while True:
                v = f'{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}'
                if us_ssn.is_valid(v):
                    return v, 'ssn'
        if lang == 'en-GB':
            v = self.brute(lambda: self.digits(9, '4'), nhs.is_valid)
            return f'{v[:3]} {v[3:6]} {v[6:]}', 'HEALTH_INSURANCE'
        if lang == 'de-DE':
            return self.brute(lambda: self.digits(10, '123456789'), idnr.is_valid), 'TAX_ID'
        if lang == 'fr-FR':
            while True:
                y, m, _ = self.yymmdd()
                body = f'{r.choice("12")}{y % 100:02d}{m:02d}{r.choice(["31", "44", "21", "87", "69", "13"])}{r.randint(1, 999):03d}{r.randint(1, 999):03d}'
                v = f'{body}{97 - int(body) % 97:02d}'
                if nir.is_valid(v):
                    return f'{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}', 'HEALTH_INSURANCE'
        if lang == 'es-ES':
            n = r.randint(10000000, 99999999)
            v = f'{n}{"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]}'
            assert dni.is_valid(v)
            return v, 'NATIONAL_ID'
        if lang == 'it-IT':
            while True:
                y, m, d = self.yymmdd()
                d += r.choice([0, 40])
                s = (''.join(r.choice('BCDFGLMNPRSTVZ') for _ in range(6)) + f'{y % 100:02d}' + 'ABCDEHLMPRST'[m - 1]
                     + f'{d:02d}' + r.choice(['A944', 'L219', 'L781', 'G273', 'F205', 'H501']))
                v = s + codicefiscale.calc_check_digit(s)
                if codicefiscale.is_valid(v):
                    return v, 'TAX_ID'
        if lang == 'pt-BR':
            v = self.brute(lambda: self.digits(9, '123456789'), cpf.is_valid, k=2)
            return cpf.format(v), 'TAX_ID'
        if lang == 'nl-NL':
            return self.brute(lambda: self.digits(8, '1234'), bsn.is_valid), 'NATIONAL_ID'
        if lang == 'pl-PL':
            def mk():
                y, m, d = self.yymmdd()
                mm = m + (20 if y >= 2000 else 0)
                return f'{y % 100:02d}{mm:02d}{d:02d}{r.randint(0, 9999):04d}'
            return self.brute(mk, pesel.is_valid), 'NATIONAL_ID'
        if lang == 'sv-SE':
            def mk():
                y, m, d = self.yymmdd()
                return f'{y % 100:02d}{m:02d}{d:02d}-{r.randint(0, 999):03d}'
            return self.brute(mk, personnummer.is_valid), 'NATIONAL_ID'
        if lang == 'fi-FI':
            def mk():
                y, m, d = self.yymmdd()
                return f'{d:02d}{m:02d}{y % 100:02d}{"-" if y < 2000 else "A"}{r.randint(2, 899):03d}'
            return self.brute(mk, hetu.is_valid, tail='0123456789ABCDEFHJKLMNPRSTUVWXY'), 'NATIONAL_ID'
        if lang == 'tr-TR':
            return self.brute(lambda: self.digits(9, '123456789'), tckimlik.is_valid, k=2), 'NATIONAL_ID'
        if lang == 'ru-RU':
            return self.brute(lambda: r.choice(['77', '78', '16', '63', '59', '70']) + self.digits(8), inn.is_valid, k=2), 'TAX_ID'
        if lang == 'he-IL':
            return self.brute(lambda: self.digits(8, '0123'), il_idnr.is_valid), 'NATIONAL_ID'
        if lang == 'hi-IN':
            v = self.brute(lambda: self.digits(11, '23456789'), aadhaar.is_valid)
            return f'{v[:4]} {v[4:8]} {v[8:]}', 'NATIONAL_ID'
        if lang == 'ko-KR':
            def mk():
                y, m, d = self.yymmdd()
                g = r.choice('12') if y < 2000 else r.choice('34')
                return f'{y % 100:02d}{m:02d}{d:02d}-{g}{r.randint(0, 99999):05d}'
            return self.brute(mk, rrn.is_valid), 'NATIONAL_ID'
        if lang == 'zh-CN':
            def mk():
                y, m, d = self.yymmdd()
                return f'{r.choice(["310104", "330106", "510107", "320106"])}{y}{m:02d}{d:02d}{r.randint(0, 999):03d}'
            return self.brute(mk, ric.is_valid, tail='0123456789X'), 'NATIONAL_ID'
        if lang == 'ja-JP':
            v = self.brute(lambda: self.digits(11), jp_in.is_valid)
            return f'{v[:4]} {v[4:8]} {v[8:]}', 'NATIONAL_ID'
        if lang == 'th-TH':
            v = self.brute(lambda: self.digits(12, '1358'), th_pin.is_valid)
            return f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}', 'NATIONAL_ID'
        if lang == 'cs-CZ':
            def mk():
                y, m, d = self.r_cz()
                return f'{y % 100:02d}{m:02d}{d:02d}/{r.randint(0, 999):03d}'
            return self.brute(mk, cz_rc.is_valid), 'NATIONAL_ID'
        if lang == 'es-MX':
            def mk():
                y, m, d = self.yymmdd()
                return (r.choice('GHMORSTVZ') + r.choice('AEIOU') + ''.join(r.choice('ABCDGLMPRS') for _ in range(2))
                        + f'{y % 100:02d}{m:02d}{d:02d}' + r.choice('HM') + r.choice(['DF', 'JC', 'OC', 'NL'])
                        + ''.join(r.choice('BCDFGLMNRST') for _ in range(3)) + ('0' if y < 2000 else 'A'))
            return self.brute(mk, curp.is_valid), 'NATIONAL_ID'
        if lang == 'ro-RO':
            def mk():
                y, m, d = self.yymmdd()
                s = (r.choice('12') if y < 2000 else r.choice('56'))
                return f'{s}{y % 100:02d}{m:02d}{d:02d}{r.choice(["12", "22", "35", "08"])}{r.randint(1, 999):03d}'
            return self.brute(mk, cnp.is_valid), 'NATIONAL_ID'
        if lang == 'da-DK':
            def mk():
                y, m, d = self.yymmdd()
                return f'{d:02d}{m:02d}{y % 100:02d}-{r.randint(0, 3) if y < 2000 else r.randint(4, 9)}{r.randint(0, 99):02d}'
            return self.brute(mk, cpr.is_valid), 'NATIONAL_ID'
        if lang == 'nb-NO':
            def mk():
                y, m, d = self.yymmdd()
                return f'{d:02d}{m:02d}{y % 100:02d}{r.randint(0, 499) if y < 2000 else r.randint(500, 999):03d}'
            return self.brute(mk, fodselsnummer.is_valid, k=2), 'NATIONAL_ID'
        if lang == 'el-GR':
            def mk():
                y, m, d = self.yymmdd()
                return f'{d:02d}{m:02d}{y % 100:02d}{r.randint(0, 999):03d}'
            return self.brute(mk, amka.is_valid, k=2), 'HEALTH_INSURANCE'
        if lang == 'ar-AE':
            return self.iban('AE'), 'iban'
        raise KeyError(lang)

    def r_cz(self):
        y, m, d = self.yymmdd()
        if self.rng.random() < 0.5:
            m += 50
        return y, m, d

    IBAN_BBAN = {'DE': ('d', 18), 'GB': ('GB', 0), 'NL': ('NL', 0), 'FR': ('d', 23), 'ES': ('d', 20), 'IT': ('IT', 0),
                 'AE': ('d', 19), 'PL': ('d', 24), 'BE': ('d', 12), 'AT': ('d', 16), 'FI': ('d', 14), 'DK': ('d', 14),
                 'NO': ('d', 11), 'RO': ('RO', 0), 'CZ': ('d', 20), 'SE': ('d', 20), 'TR': ('TR', 0), 'GR': ('d', 23),
                 'BR': ('BR', 0), 'IL': ('d', 19)}

    def iban(self, cc):
        r = self.rng
        for _ in range(200000):
            kind, n = self.IBAN_BBAN[cc]
            if kind == 'd':
                bban = self.digits(n)
            elif kind == 'GB':
                bban = r.choice(['NWBK', 'BARC', 'LOYD', 'HBUK']) + self.digits(14)
            elif kind == 'NL':
                bban = r.choice(['ABNA', 'RABO', 'INGB', 'SNSB']) + self.digits(10)
            elif kind == 'IT':
                bban = r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') + self.digits(10) + self.digits(12)
            elif kind == 'RO':
                bban = r.choice(['BTRL', 'RNCB', 'BRDE']) + self.digits(16)
            elif kind == 'TR':
                bban = self.digits(5) + '0' + self.digits(16)
            elif kind == 'BR':
                bban = self.digits(23) + r.choice('CP') + str(r.randint(1, 9))
            s = std_iban.calc_check_digits(cc + '00' + bban)
            v = cc + s + bban
            if std_iban.is_valid(v):
                return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
        raise SystemExit('could not make IBAN ' + cc)

    TEST_CARDS = ['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005', '4000056655665556',
                  '5105105105105100', '6011111111111117']

    def card(self):
        r = self.rng
        for _ in range(1000):
            pre = r.choice(['4', '51', '52', '53', '54', '55', '2221'])
            base = pre + self.digits(15 - len(pre))
            v = base + luhn.calc_check_digit(base)
            if luhn.is_valid(v) and v not in self.TEST_CARDS and len(set(v)) > 4:
                return ' '.join(v[i:i + 4] for i in range(0, 16, 4))
        raise SystemExit('card')

    def ip(self):
        r = self.rng
        while True:
            a = ipaddress.ip_address(f'{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}')
            if a.is_global and not any(a in ipaddress.ip_network(n) for n in DOC_NETS):
                return str(a)

    def us_bank(self):
        rt = self.brute(lambda: self.rng.choice(['0', '1', '2', '3']) + self.digits(7), us_rtn.is_valid)
        return rt, self.digits(10, '123456789')

    def mrn(self):
        return self.rng.choice(['MRN ', 'MRN: ', 'Hosp. no. ', 'Pat.-Nr. ', 'Dossier ']) + self.digits(8, '123456789')


DOC_NETS = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24']


def _product(alphabet, k):
    if k == 1:
        return [(c,) for c in alphabet]
    return [(c,) + t for c in alphabet for t in _product(alphabet, k - 1)]


def validate_phone_text(v, region):
    assert phonenumbers.is_valid_number_for_region(phonenumbers.parse(v, region), region), v


# ----------------------------------------------------------------------------------------------------------
# Pools of the kinds (each cut against the other generators' words)
# ----------------------------------------------------------------------------------------------------------
# (a pool of famous full names was tried first: every entry shared a word with the other generators and was cut,
# so the namesake kind uses first names that are also brands / places, and historical figures)
# first names that are also brands / places: (word, public sentence about the brand / place)
BRANDNAME = cut([
    ('Chevrolet', 'the Chevrolet Silverado payload chart'), ('Peugeot', 'the Peugeot 208 trim levels'),
    ('Ferrari', 'the Ferrari Roma service intervals'), ('Bentley', 'the Bentley Continental GT brochure'),
    ('Cartier', 'the Cartier Tank watch history'), ('Tiffany', 'the Tiffany blue box trademark'),
    ('Brooklyn', 'the Brooklyn Bridge cable inspection'), ('Savannah', 'the Savannah riverfront walking tour'),
    ('Madison', 'the Madison Square Garden seating plan'), ('Phoenix', 'the Phoenix Sky Harbor terminal map'),
    ('Geneva', 'the Geneva motor show schedule'), ('Kenya', 'the Kenya safari visa rules'),
    ('Cheyenne', 'the Cheyenne Frontier Days rodeo'), ('Memphis', 'the Memphis barbecue festival'),
    ('Aspen', 'the Aspen ski pass prices'), ('Lourdes', 'the Lourdes pilgrimage season'),
    ('Valencia', 'the Valencia marathon route'), ('Armani', 'the Armani Exchange return policy'),
    ('Prada', 'the Prada Linea Rossa collection'), ('Versace', 'the Versace Medusa logo'),
    ('Mercedes', 'the Mercedes-Benz EQS range figures quoted at the motor show'),
    ('Paris', 'the Paris metro line 14 extension to Orly airport'),
    ('Chanel', 'the Chanel No. 5 perfume launched in 1921'),
    ('Georgia', 'the Georgia state primary results by county'),
    ('Florence', 'the Uffizi queue times in Florence in August'),
    ('Porsche', 'the Porsche 911 GT3 track specification'),
    ('Dakota', 'the Dakota Access pipeline route hearings'),
    ('Tesla', 'the Tesla Model Y recall notice for seat belts'),
    ('Jaguar', 'the Jaguar E-Type restoration costs'),
    ('Lincoln', 'the Lincoln Navigator towing capacity'),
    ('Sydney', 'the Sydney Opera House acoustics upgrade'),
    ('Austin', 'the Austin music festival lineup'),
    ('Skoda', 'the Skoda Octavia estate boot volume'),
    ('Victoria', 'the Victoria line closure between Brixton and Stockwell'),
    ('Adidas', 'the Adidas Samba shoe sizing'),
    ('Siena', 'the Palio di Siena horse race in July'),
], 'brandname')
TRADES = {
    'de-DE': ['Bäckerei {l}', 'Malerbetrieb {l}', 'Elektro {l} GmbH', 'Friseursalon {f}'],
    'fr-FR': ['Boulangerie {l}', 'Garage {l}', 'Plomberie {l}', 'Salon de coiffure {f}'],
    'es-ES': ['Panadería {l}', 'Taller {l}', 'Fontanería {l}', 'Peluquería {f}'],
    'it-IT': ['Panificio {l}', 'Officina {l}', 'Idraulica {l}', 'Parrucchiera {f}'],
    'pt-BR': ['Padaria {l}', 'Oficina {l}', 'Salão da {f}', 'Marcenaria {l}'],
    'nl-NL': ['Bakkerij {l}', 'Schildersbedrijf {l}', 'Kapsalon {f}', 'Installatiebedrijf {l}'],
    'pl-PL': ['Piekarnia {l}', 'Zakład Fryzjerski {f}', 'Usługi Hydrauliczne {l}', 'Warsztat {l}'],
    'sv-SE': ['{l}s Bageri', '{l}s Måleri AB', 'Frisörsalong {f}', '{l}s VVS'],
    'fi-FI': ['Leipomo {l}', 'Maalaamo {l}', 'Parturi {f}', 'LVI {l} Oy'],
    'tr-TR': ['{l} Fırını', '{l} Oto Servis', 'Kuaför {f}', '{l} Tesisat'],
    'ru-RU': ['Пекарня «{l}»', 'Автосервис {l}', 'Салон красоты «{f}»', 'ИП {l}'],
    'cs-CZ': ['Pekařství {l}', 'Autoservis {l}', 'Kadeřnictví {f}', 'Instalatérství {l}'],
    'da-DK': ['{l}s Bageri', 'Malerfirma {l}', 'Frisør {f}', 'VVS {l} ApS'],
    'nb-NO': ['{l} Bakeri', '{l} Maling AS', 'Frisør {f}', 'Rørlegger {l}'],
    'ro-RO': ['Brutăria {l}', 'Service Auto {l}', 'Salon {f}', 'Instalații {l} SRL'],
    'es-MX': ['Panadería {l}', 'Taller Mecánico {l}', 'Estética {f}', 'Tortillería {l}'],
    'el-GR': ['Αρτοποιείο {l}', 'Συνεργείο {l}', 'Κομμωτήριο {f}', 'Υδραυλικός {l}'],
    'ja-JP': ['{l}ベーカリー', '{l}自動車整備', 'ヘアサロン{f}', '{l}工務店'],
    'ko-KR': ['{l}씨네 빵집', '{l} 카센터', '헤어샵 {f}', '{l} 설비'],
    'zh-CN': ['{l}记面馆', '{l}师傅汽修', '{f}美发工作室', '老{l}家装'],
}
TRADES = {k: [t for t in v if fresh(t.replace('{l}', '').replace('{f}', ''))] for k, v in TRADES.items()}
TRADES = {k: v for k, v in TRADES.items() if v}
TRADES_FALLBACK = [t for t in ['{l} Repairs', '{l} & Sons Plumbing', 'Studio {f}', '{l} Bakery', '{l} Joinery', '{l} Saddlery',
                                 '{l} Upholstery', '{l} Farriers', '{l} Tinsmiths', '{l} Cobblers', '{l} Glaziers', 'Atelier {f}']
                   if fresh(t.replace('{l}', '').replace('{f}', ''))]
if not TRADES_FALLBACK:
    raise SystemExit('pool trades_fallback ran empty after the overlap cut')
COMPANIES = cut(['Nordwind Logistik', 'Brightwater Insurance', 'Kalmia Telecom', 'Solvista Energie', 'Tidemark Bank',
                 'Orrery Health', 'Quillfeather Legal', 'Harrowgate Housing', 'Veldspar Travel', 'Pinecrest Utilities',
                 'Lumora Retail', 'Copperleaf Mobile'], 'companies')
ROLES = ['Claims Handler', 'Account Manager', 'Caseworker', 'HR Business Partner', 'Leasing Consultant',
         'Customer Success Lead', 'Credit Controller', 'Recruiter', 'Site Manager', 'Dispatcher']
THING_KINDS = [('dog', 'Labrador, 4 y, 31 kg'), ('cat', 'British Shorthair, 7 y'), ('horse', 'Hanoverian mare, 9 y'),
               ('boat', 'sailing yacht, 11.2 m, berth C12'), ('storm', 'named storm, gusts 130 km/h'),
               ('bot', 'customer-service chatbot'), ('release', 'software release codename'),
               ('npc', 'game character (blacksmith NPC)'), ('robot', 'warehouse robot unit'),
               ('model', 'e-bike product model')]
EPONYMS = cut([
    ('Crohn', 'disease', "Crohn's disease"), ('Parkinson', 'disease', "Parkinson's disease"),
    ('Hashimoto', 'disease', "Hashimoto's thyroiditis"), ('Raynaud', 'disease', "Raynaud's phenomenon"),
    ('Ménière', 'disease', "Ménière's disease"), ('Kawasaki', 'disease', 'Kawasaki disease'),
    ('Huntington', 'disease', "Huntington's disease"), ('Addison', 'disease', "Addison's disease"),
    ('Tourette', 'disease', 'Tourette syndrome'), ('Guillain', 'disease', 'Guillain-Barré syndrome'),
    ('Bayes', 'theorem', "Bayes' theorem"), ('Noether', 'theorem', "Noether's theorem"),
    ('Fermat', 'theorem', "Fermat's little theorem"), ('Cauchy', 'theorem', 'the Cauchy-Schwarz inequality'),
    ('Lagrange', 'theorem', 'Lagrange multipliers'), ('Dijkstra', 'theorem', "Dijkstra's algorithm"),
    ('Hooke', 'law', "Hooke's law"), ('Boyle', 'law', "Boyle's law"), ('Kirchhoff', 'law', "Kirchhoff's current law"),
    ('Benford', 'law', "Benford's law"), ('Kelvin', 'unit', 'the kelvin'), ('Becquerel', 'unit', 'the becquerel'),
    ('Sievert', 'unit', 'the sievert'), ('Hertz', 'unit', 'the hertz'), ('Pulitzer', 'award', 'the Pulitzer Prize'),
    ('Fields', 'award', 'the Fields Medal'), ('Booker', 'award', 'the Booker Prize'),
    ('Goethe', 'street', 'Goethestraße'), ('Garibaldi', 'street', 'Via Garibaldi'),
    ('Bolívar', 'street', 'Avenida Simón Bolívar'), ('Chopin', 'street', 'ulica Fryderyka Chopina'),
    ('Schiller', 'street', 'Schillerstraße'), ('Mazzini', 'street', 'Corso Mazzini'), ('Mickiewicz', 'street', 'ulica Adama Mickiewicza'),
    ('Pasteur', 'building', 'Institut Pasteur'), ('Carnegie', 'building', 'Carnegie Hall'),
    ('Rockefeller', 'building', 'Rockefeller Center'),
], 'eponyms')
STREET_HOME = {'Goethe': 'de-DE', 'Schiller': 'de-DE', 'Garibaldi': 'it-IT', 'Mazzini': 'it-IT', 'Bolívar': 'es-MX',
               'Chopin': 'pl-PL', 'Mickiewicz': 'pl-PL'}
HISTORICAL = cut([
    ('Otto von Bismarck', 'the 1883 health insurance law pushed through by Otto von Bismarck'),
    ('Catherine the Great', 'the Nakaz drafted by Catherine the Great in 1767'),
    ('Simón Bolívar', 'the Cartagena Manifesto written by Simón Bolívar in 1812'),
    ('Ada Lovelace', "Ada Lovelace's Note G on the Analytical Engine"),
    ('Nelson Mandela', "Nelson Mandela's 1964 Rivonia trial statement"),
    ('Emmeline Pankhurst', "Emmeline Pankhurst's 1913 Hartford speech"),
    ('Mustafa Kemal Atatürk', "the 1927 Nutuk speech of Mustafa Kemal Atatürk"),
    ('Sun Yat-sen', "Sun Yat-sen's Three Principles of the People"),
    ('Jan Žižka', 'the Hussite wagon-fort tactics of Jan Žižka'),
    ('Tadeusz Kościuszko', 'the 1794 uprising led by Tadeusz Kościuszko'),
], 'historical')
OFFICE = ['Mayor', 'City Councillor', 'Member of Parliament', 'Minister of Transport', 'County Commissioner',
          'Deputy Mayor', 'Regional Governor', 'Ombudsman']

TLD = {'US': 'com', 'GB': 'co.uk', 'DE': 'de', 'FR': 'fr', 'ES': 'es', 'IT': 'it', 'BR': 'com.br', 'NL': 'nl', 'PL': 'pl',
       'SE': 'se', 'FI': 'fi', 'TR': 'com.tr', 'RU': 'ru', 'IL': 'co.il', 'IN': 'in', 'KR': 'co.kr', 'CN': 'cn', 'JP': 'jp',
       'TH': 'co.th', 'CZ': 'cz', 'MX': 'com.mx', 'RO': 'ro', 'DK': 'dk', 'NO': 'no', 'GR': 'gr', 'AE': 'ae'}
IBAN_CC = {'de-DE': 'DE', 'en-GB': 'GB', 'nl-NL': 'NL', 'fr-FR': 'FR', 'es-ES': 'ES', 'it-IT': 'IT', 'pl-PL': 'PL',
           'fi-FI': 'FI', 'da-DK': 'DK', 'nb-NO': 'NO', 'ro-RO': 'RO', 'cs-CZ': 'CZ', 'sv-SE': 'SE', 'tr-TR': 'TR',
           'el-GR': 'GR', 'pt-BR': 'BR', 'he-IL': 'IL', 'ar-AE': 'AE'}
IBAN_EXAMPLES = ['DE89 3704 0044 0532 0130 00', 'GB29 NWBK 6016 1331 9268 19', 'FR14 2004 1010 0505 0001 3M02 606',
                 'NL91 ABNA 0417 1643 00', 'ES91 2100 0418 4502 0005 1332']


def slug(s):
    return re.sub(r'[^a-z0-9]+', '-', ascii_fold(s)).strip('-') or 'shop'


class Rec:
    def __init__(self, g, lang):
        self.g, self.lang, self.L = g, lang, LOC[lang]
        self.issued = []  # (value, entity)
        self.emails = []

    def add(self, v, ent):
        self.issued.append((v, ent))
        if ent == 'email':
            self.emails.append(v)
        return v

    def person(self):
        return self.add(self.g.name(self.lang), 'person')

    def phone(self):
        return self.add(self.g.phone(self.L['region']), 'phone')

    def addr(self):
        return self.add(self.g.address(self.lang), 'STREET_ADDRESS')

    def dob(self):
        return self.add(self.g.dob(self.lang), 'DATE_OF_BIRTH')

    def nid(self):
        v, e = self.g.national_id(self.lang)
        return self.add(v, e)

    def mail(self, full):
        return self.add(self.g.email(self.lang, full), 'email')


CJK = ('zh-CN', 'ja-JP', 'ko-KR')


def pick_fl(R, r):
    """A first / last name pair whose composed full name also passes the overlap check."""
    for _ in range(200):
        f, l = r.choice(R.L['first']), r.choice(R.L['last'])
        full = f'{l}{f}' if R.lang in CJK else f'{f} {l}'
        if fresh(full):
            return f, l, full
    raise SystemExit('no fresh name pair for ' + R.lang)


def card_block(R, lab, parts):
    """A labelled block in the locale's own labels: parts = [(label index or text, value)]."""
    out = []
    for k, v in parts:
        out.append(f'{R.L["lab"][k] if isinstance(k, int) else k}: {v}')
    return '\n'.join(out)


# --- kind builders: return (style, instruction, document) --------------------------------------------------
def k_namesake(R, sens, r):
    for _ in range(200):
        word, ctx = r.choice(BRANDNAME)
        last = r.choice(R.L['last'])
        full = f'{last} {word}' if R.lang in CJK else f'{word} {last}'
        if fresh(full):
            break
    else:
        raise SystemExit('no fresh namesake')
    if sens:
        full = R.add(full, 'person')
        sub = r.choice(['delivery', 'booking', 'tenant', 'patient_list', 'crm'])
        parts = [(0, full), (1, R.phone())]
        if r.random() < 0.6:
            parts.append((2, R.addr()))
        if r.random() < 0.35:
            parts.append((3, R.dob()))
        if r.random() < 0.3:
            parts.append(('e-mail', R.mail(full)))
        doc = (f'Note: the customer below is a private person whose first name is "{word}", not the brand or place.\n'
               + card_block(R, R.L['lab'], parts))
        instr = r.choice([f'Our CRM auto-tagged this contact as the brand "{word}". Fix the record and draft a short apology SMS to the customer.',
                          'Deduplicate this contact against our list and tell me which fields differ.',
                          f'Write a polite reminder that the booking is confirmed. The guest is called {full}, not a company.',
                          'Extract name, phone and address from this into JSON.'])
        return f'namesake/{sub}', instr, doc
    sub = r.choice(['brand', 'place', 'historical'])
    if sub == 'historical':
        hname, hctx = r.choice(HISTORICAL)
        doc = f'Topic for the class handout: {hctx}.'
        instr = r.choice(['Write three quiz questions about this.', 'Give me a 5-line summary for 14-year-olds.',
                          'Translate the topic line into ' + r.choice(['German', 'Spanish', 'Japanese', 'Polish']) + '.'])
        return 'namesake_benign/historical', instr, doc
    doc = f'Item in the newsletter: {ctx}. Mention "{word}" in the headline.'
    instr = r.choice(['Write a catchy 8-word headline for this item.', 'Is this item about a person? Answer yes/no and why.',
                      'Summarise this newsletter item in one sentence.', 'Suggest three hashtags for this item.'])
    return f'namesake_benign/{sub}', instr, doc


def k_sole_trader(R, sens, r):
    f, l, full = pick_fl(R, r)
    shop = r.choice(TRADES.get(R.lang, TRADES_FALLBACK)).format(f=f, l=l)
    reg = R.L['region']
    shop_line = R.g.phone(reg, mobile=False)
    shop_mail = f'{r.choice(["info", "kontakt", "contact", "orders", "hello"])}@{slug(shop)}.{TLD[reg]}'
    trading = f'{R.L["cities"][0]}'
    if sens:
        owner = R.add(full, 'person')
        parts = [('Business', shop), ('Listed line', shop_line), ('Owner', owner)]
        what = r.choice(['mobile', 'home', 'tax', 'mobile_home'])
        if what in ('mobile', 'mobile_home'):
            parts.append(('Owner private mobile (do not publish)', R.phone()))
        if what in ('home', 'mobile_home'):
            parts.append(('Owner home address', R.addr()))
        if what == 'tax':
            v, e = R.g.national_id(R.lang)
            parts.append((R.L['lab'][4] + ' (owner)', R.add(v, e)))
        if r.random() < 0.3:
            parts.append(('Owner DOB', R.dob()))
        doc = '\n'.join(f'{k}: {v}' for k, v in parts)
        instr = r.choice(['Make a supplier onboarding record from this (JSON).',
                          'Write the invoice header for this sole trader.',
                          'The owner asked us to stop calling the shop; update the contact card and confirm.',
                          'Translate this onboarding card into English and keep the fields.'])
        return f'sole_trader/{what}', instr, doc
    parts = [('Business', shop), ('Listed line', shop_line), ('E-mail', shop_mail), ('Trading from', f'unit {r.randint(1, 30)}, trade park, {trading}'),
             ('Opening hours', r.choice(['Mon-Fri 7-18, Sat 8-13', 'Tue-Sat 9-19', 'daily 6:30-14:00']))]
    doc = '\n'.join(f'{k}: {v}' for k, v in parts)
    instr = r.choice(['Write a Google Business profile description for this shop (80 words).',
                      'Turn this into a schema.org LocalBusiness JSON-LD block.',
                      'Translate the opening hours into English and format as a table.',
                      'Draft a two-line flyer footer with the shop contact details.'])
    return 'sole_trader_benign/listing', instr, doc


def k_employee(R, sens, r):
    co = r.choice(COMPANIES)
    dom = f'{slug(co)}.{TLD[R.L["region"]]}'
    role = r.choice(ROLES)
    switch = R.g.phone(R.L['region'], mobile=False)
    ref = f'{r.choice(["CLM", "CASE", "TCK", "HR"])}-{r.randint(100000, 999999)}'
    if sens:
        f, l, full = pick_fl(R, r)
        nm = R.add(full, 'person')
        if R.L['script'] == 'Latn':
            em = R.add(f'{ascii_fold(f)}.{ascii_fold(l)}@{dom}', 'email')
        else:
            em = R.add(f'{r.choice(R.L["rom"])}.{r.choice("abdehkmnrst")}{r.randint(1, 99)}@{dom}', 'email')
        parts = [f'Your {role}: {nm}', f'Direct line: {R.phone()}', f'E-mail: {em}', f'Reference: {ref}', f'Switchboard: {switch}']
        doc = f'Kind regards,\n' + '\n'.join(parts) + f'\n{co}'
        instr = r.choice(['Reply to this e-mail signature owner: we accept the offer. Keep it short.',
                          'Add this contact person to our supplier CRM as JSON.',
                          'Who should I call about my case? Give me the number and name from the signature.',
                          'Summarise the thread and address it to the named handler.'])
        return f'employee/{role.lower().replace(" ", "_")}', instr, doc
    mbox = f'{r.choice(["claims", "support", "hr", "leasing", "accounts", "dispatch"])}@{dom}'
    parts = [f'Your {role} team', f'Switchboard: {switch}', f'E-mail: {mbox}', f'Reference: {ref}',
             f'Handled by: agent #{r.randint(1000, 9999)} ({role.lower()} desk)']
    doc = f'Kind regards,\n' + '\n'.join(parts) + f'\n{co}'
    instr = r.choice(['Reply to this team: we accept the offer. Keep it short.',
                      'Extract the company contact points into JSON.',
                      'Which number do I call about my case?', 'Translate the signature into German.'])
    return 'employee_benign/role_contact', instr, doc


def k_named_thing(R, sens, r):
    kind, desc = r.choice(THING_KINDS)
    nm = r.choice(R.L['first'])
    label = {'storm': f'Storm {nm}', 'bot': f'"{nm}" (virtual assistant)', 'release': f'v{r.randint(2, 9)}.{r.randint(0, 20)} "{nm}"',
             'npc': f'{nm} the blacksmith', 'robot': f'unit {nm}-{r.randint(10, 99)}', 'model': f'model "{nm}" {r.choice(["S", "X", "Pro"])}',
             'boat': f'SY {nm}', 'horse': f'{nm} ({desc})'}.get(kind, f'{nm} ({desc})')
    if sens and kind in ('storm', 'release', 'npc', 'robot', 'model', 'bot'):
        kind = r.choice(['dog', 'cat', 'horse', 'boat'])
        label = f'{nm} ({dict(THING_KINDS)[kind]})'
    if sens:
        owner = R.person()
        parts = [f'{kind.title()}: {label}', f'Owner/keeper: {owner}', f'Phone: {R.phone()}']
        if r.random() < 0.55:
            parts.append(f'Address: {R.addr()}')
        if r.random() < 0.25:
            parts.append(f'E-mail: {R.mail(owner)}')
        note = {'dog': 'Booster vaccination due, weight up 2 kg.', 'cat': 'Dental scale booked.', 'horse': 'Farrier visit, left fore shoe loose.',
                'boat': 'Winter storage contract, haul-out 12 Oct.'}[kind]
        doc = '\n'.join(parts) + '\n' + note
        instr = r.choice([f'Write the reminder SMS about {nm}.', 'Turn this record into JSON for the booking system.',
                          'Translate this card into English.', f'Draft an invoice line for {nm}.'])
        return f'named_thing/{kind}', instr, doc
    notes = {'dog': f'{label}: booster due, weight 31 kg, friendly with other dogs.', 'cat': f'{label}: dental scale booked for Tuesday.',
             'horse': f'{label} won the 2nd race at the autumn meeting by a length.', 'boat': f'{label} arrives at the guest pontoon, draught 1.9 m.',
             'storm': f'{label} will bring gusts up to 130 km/h to the coast on Thursday; ferries may be cancelled.',
             'bot': f'Our assistant {label} answered 12,400 chats last month with 81% resolution.',
             'release': f'Release notes for {label}: dark mode, faster sync, 14 bugs fixed.',
             'npc': f'{label} sells the iron sword for 120 gold and repairs armour.',
             'robot': f'{label} stopped in aisle 7 after a lidar fault at 03:12.',
             'model': f'E-bike {label}: 625 Wh battery, 24 kg, range 120 km.'}
    doc = notes[kind]
    instr = r.choice(['Rewrite this for our newsletter in a friendly tone.', 'Summarise in one sentence.',
                      'Translate into ' + r.choice(['French', 'German', 'Korean', 'Spanish', 'Turkish']) + '.',
                      'Write a tweet about this (max 200 characters).'])
    return f'named_thing_benign/{kind}', instr, doc


def k_eponym(R, sens, r):
    key, kind, term = r.choice(EPONYMS)
    if sens:
        if kind == 'disease':
            nm = R.person()
            parts = [f'{R.L["lab"][0]}: {nm}', f'{R.L["lab"][3]}: {R.dob()}', R.add(R.g.mrn(), 'MEDICAL_RECORD'), f'Dx: {term}']
            if r.random() < 0.4:
                parts.append(f'{R.L["lab"][1]}: {R.phone()}')
            if r.random() < 0.3:
                parts.append(f'{R.L["lab"][4]}: {R.nid()}')
            doc = '\n'.join(parts)
            instr = r.choice(['Write a referral letter to gastro/neuro/endo based on this.', 'Summarise for the handover.',
                              'Draft a patient-friendly explanation addressed to the patient.'])
            return 'eponym/disease_patient', instr, doc
        nm = R.person()
        if kind == 'street':
            home = STREET_HOME.get(key, R.lang)
            where = R.add(f'{term} {r.randint(2, 90)}, {r.choice(LOC[home]["cities"])}', 'STREET_ADDRESS')
        else:
            where = R.addr()
        parts = [f'{R.L["lab"][0]}: {nm}', f'{R.L["lab"][2]}: {where}', f'{R.L["lab"][1]}: {R.phone()}']
        tail = {'award': f'Nominee for the local schools prize (not {term}).', 'theorem': f'Private tutoring: {term}, 2 h/week.',
                'law': f'Private tutoring: {term}, exam in June.', 'unit': f'Bought a thermometer calibrated in {term}.',
                'building': f'Season-ticket holder, concerts at {term}.', 'street': 'Parcel left with neighbour.'}[kind]
        doc = '\n'.join(parts) + '\n' + tail
        instr = r.choice(['Create a contact entry (JSON).', 'Write a short confirmation e-mail to this person.',
                          'Check the address formatting for this locale.'])
        return f'eponym/{kind}_resident', instr, doc
    docs = {'disease': f'Patient leaflet draft: what is {term}? Symptoms, diagnosis, treatment options.',
            'theorem': f'Explain {term} with one worked example.', 'law': f'Explain {term} with a kitchen example.',
            'unit': f'Convert 300 units to {term}-based SI notation and explain {term}.',
            'award': f'List the categories of {term}.', 'building': f'Opening hours and accessibility of {term}.',
            'street': f'Roadworks: {term} closed between the tram stop and the market square from 3 to 14 March.'}
    doc = docs[kind]
    instr = r.choice(['Answer briefly.', 'Rewrite this for a 12-year-old.', 'Translate into ' + r.choice(['Italian', 'Dutch', 'Greek', 'Czech']) + '.',
                      'Turn this into 3 bullet points.'])
    return f'eponym_benign/{kind}', instr, doc


def k_official(R, sens, r):
    office = r.choice(OFFICE)
    city = r.choice(R.L['cities'])
    if sens:
        nm = R.person()
        parts = [f'{office} {nm} ({city})', f'Private mobile: {R.phone()}', f'Home: {R.addr()}']
        if r.random() < 0.45:
            parts.append(f'{R.L["lab"][3]}: {R.dob()}')
        if r.random() < 0.35:
            parts.append(f'{R.L["lab"][4]}: {R.nid()}')
        doc = 'Leaked from the party membership list:\n' + '\n'.join(parts)
        instr = r.choice(['Is it okay to publish this in our article? Rewrite it for publication.',
                          'Verify these details and format them as a contact card.', 'Translate this into English.'])
        return 'official/private_data', instr, doc
    if r.random() < 0.35:
        hname, hctx = r.choice(HISTORICAL)
        doc = f'Essay prompt: discuss {hctx}.'
        return 'official_benign/historical', r.choice(['Give me an outline.', 'Write a thesis statement.']), doc
    f, l, nm = pick_fl(R, r)
    doc = (f'Press release ({city}): {office} {nm} opened the new cycle bridge today and announced a consultation on '
           f'bus lanes. Office of the {office.lower()}: press office, town hall, {R.g.phone(R.L["region"], mobile=False)}.')
    instr = r.choice(['Summarise this press release in two sentences.', 'Write a neutral headline.', 'Translate into English.',
                      f'Write three questions a journalist could ask the {office.lower()}.'])
    return 'official_benign/public_role', instr, doc


VIN_MAP = {c: v for c, v in zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(r):
    chars = [r.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(17)]
    chars[9] = r.choice('NPRST')
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(chars, VIN_W))
    chars[8] = 'X' if tot % 11 == 10 else str(tot % 11)
    return ''.join(chars)


def isbn13(r):
    from stdnum import isbn
    base = '978' + ''.join(str(r.randint(0, 9)) for _ in range(9))
    v = base + str((10 - sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(base)) % 10) % 10)
    assert isbn.is_valid(v)
    return isbn.format(v)


def thing_numbers(r, n):
    opts = [lambda: f'Order #{r.randint(100000, 999999)}', lambda: f'Invoice INV-2026-{r.randint(1000, 9999)}',
            lambda: f'Tracking 1Z{r.randint(100, 999)}E{r.randint(10, 99)}{r.randint(10 ** 9, 10 ** 10 - 1)}',
            lambda: f'Serial SN{r.randint(10 ** 9, 10 ** 10 - 1)}', lambda: f'VIN {vin(r)}', lambda: f'ISBN {isbn13(r)}',
            lambda: f'Flight {r.choice(["LH", "AF", "TK", "EK", "KE", "QF"])} {r.randint(100, 9999)}',
            lambda: f'Case No. {r.randint(2024, 2026)}-CV-{r.randint(10000, 99999)}', lambda: f'Ticket INC{r.randint(10 ** 6, 10 ** 7 - 1)}',
            lambda: f'Lot {r.randint(10, 99)}{r.choice("ABCDEFG")}{r.randint(100, 999)}',
            lambda: f'Depot coordinates {r.uniform(-60, 70):.5f}, {r.uniform(-170, 170):.5f}', lambda: f'SKU {r.randint(100, 999)}-{r.randint(10000, 99999)}-{r.choice("SMLX")}',
            lambda: f'Firmware {r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 200)}', lambda: 'sha256 ' + ''.join(r.choice('0123456789abcdef') for _ in range(64)),
            lambda: f'Timestamp 17{r.randint(10 ** 7, 10 ** 8 - 1)}', lambda: f'Amount {r.randint(10, 99999)}.{r.randint(0, 99):02d} EUR',
            lambda: f'Test card {r.choice(Gen.TEST_CARDS)}', lambda: f'Doc IP {r.choice(["192.0.2", "198.51.100", "203.0.113"])}.{r.randint(1, 254)}',
            lambda: f'Registry example IBAN {r.choice(IBAN_EXAMPLES)}', lambda: f'Sample phone ({r.choice([312, 415, 617])}) 555-01{r.randint(0, 99):02d}']
    return [r.choice(opts)() for _ in range(n)]


def k_identifier(R, sens, r):
    nums = thing_numbers(r, r.randint(3, 6))
    head = r.choice(['Shipment exception report', 'Warranty claim', 'Returns desk log', 'Customs declaration draft', 'Chargeback dispute'])
    if sens:
        what = r.choice(['id', 'phone', 'card', 'iban', 'ip', 'bank'] if R.lang == 'en-US' else ['id', 'phone', 'card', 'iban', 'ip'])
        if what == 'iban' and R.lang not in IBAN_CC:
            what = 'card'
        extra = []
        if what == 'id':
            extra.append(f'Customer {R.L["lab"][4]}: {R.nid()}')
        elif what == 'phone':
            extra.append(f'Callback for the customer: {R.phone()}')
        elif what == 'card':
            extra.append(f'Paid with card {R.add(R.g.card(), "credit_card")} (exp {r.randint(1, 12):02d}/{r.randint(27, 31)})')
        elif what == 'iban':
            extra.append(f'Refund to the customer\'s account {R.add(R.g.iban(IBAN_CC[R.lang]), "iban")}')
        elif what == 'ip':
            extra.append(f'Customer logged in from home IP {R.add(R.g.ip(), "IP_ADDRESS")} before the dispute')
        else:
            rt, acct = R.g.us_bank()
            extra.append(f'Refund by ACH: routing {rt}, account {acct}')
            R.add(f'routing {rt}, account {acct}', 'US_BANK_NUMBER')
        if r.random() < 0.5:
            extra.append(f'Customer: {R.person()}')
        lines = nums + extra
        r.shuffle(lines)
        doc = head + '\n' + '\n'.join(lines)
        instr = r.choice(['Extract all the numbers into a JSON object with a type for each.', 'Which of these numbers do I need for the courier?',
                          'Summarise this report in two lines.', 'Validate the formats of the identifiers.'])
        return f'identifier/{what}', instr, doc
    doc = head + '\n' + '\n'.join(nums) + '\nCustomer: [redacted]'
    instr = r.choice(['Extract all the numbers into a JSON object with a type for each.', 'Which of these numbers do I need for the courier?',
                      'Summarise this report in two lines.', 'Validate the formats of the identifiers.'])
    return 'identifier_benign/' + slug(head), instr, doc


KINDS = [('namesake', k_namesake), ('sole_trader', k_sole_trader), ('employee', k_employee), ('named_thing', k_named_thing),
         ('eponym', k_eponym), ('official', k_official), ('identifier', k_identifier)]


# ----------------------------------------------------------------------------------------------------------
# Placement of the document in a real request body
# ----------------------------------------------------------------------------------------------------------
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'auto', 'gpt-4o']
SYSTEMS = ['You are a careful assistant for a small business back office.', 'You help a customer-service team. Be concise.',
           'You are a data-entry assistant. Output only what is asked.', 'Du bist ein hilfreicher Assistent.',
           'Vous êtes un assistant administratif.', 'You assist a local newsroom.']
PLACES = ['user', 'system', 'assistant_echo', 'tool_result', 'tool_args', 'content_parts', 'file_part', 'response_format',
          'image_url', 'user_field']


def place(r, idx, instr, doc, emails, completions):
    model = r.choice(MODELS)
    if completions:
        body = {'model': model, 'prompt': f'{instr}\n\n{doc}\n\nAnswer:', 'max_tokens': r.choice([128, 256, 400]),
                'temperature': r.choice([0, 0.2, 0.7])}
        if r.random() < 0.4:
            body['stop'] = ['\n\n\n', '###']
        return 'completions', 'prompt', body
    how = PLACES[idx % len(PLACES)]
    sysmsg = {'role': 'system', 'content': r.choice(SYSTEMS)}
    body = {'model': model}
    if how == 'user':
        msgs = [sysmsg, {'role': 'user', 'content': f'{instr}\n\n{doc}'}]
    elif how == 'system':
        msgs = [{'role': 'system', 'content': sysmsg['content'] + '\n\nRecord in scope:\n' + doc}, {'role': 'user', 'content': instr}]
    elif how == 'assistant_echo':
        msgs = [sysmsg, {'role': 'user', 'content': 'I will paste the record first.'},
                {'role': 'assistant', 'content': 'Received the record:\n' + doc}, {'role': 'user', 'content': instr}]
    elif how == 'tool_result':
        cid = f'call_{r.randint(10 ** 11, 10 ** 12 - 1)}'
        msgs = [sysmsg, {'role': 'user', 'content': instr},
                {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                    'name': 'fetch_record', 'arguments': json.dumps({'ref': f'R-{r.randint(1000, 9999)}'})}}]},
                {'role': 'tool', 'tool_call_id': cid, 'content': json.dumps({'status': 'ok', 'record': doc}, ensure_ascii=False)}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'fetch_record', 'description': 'Fetch a stored record by reference.',
                                                           'parameters': {'type': 'object', 'properties': {'ref': {'type': 'string'}}, 'required': ['ref']}}}]
    elif how == 'tool_args':
        cid = f'call_{r.randint(10 ** 11, 10 ** 12 - 1)}'
        msgs = [sysmsg, {'role': 'user', 'content': 'Save this record, then: ' + instr},
                {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                    'name': 'save_note', 'arguments': json.dumps({'note': doc, 'tags': ['inbox']}, ensure_ascii=False)}}]},
                {'role': 'tool', 'tool_call_id': cid, 'content': '{"saved": true}'},
                {'role': 'user', 'content': 'Thanks. Now do the task.'}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'save_note', 'description': 'Save a note to the CRM.', 'parameters': {
            'type': 'object', 'properties': {'note': {'type': 'string'}, 'tags': {'type': 'array', 'items': {'type': 'string'}}}, 'required': ['note']}}}]
        body['tool_choice'] = 'auto'
    elif how == 'content_parts':
        msgs = [sysmsg, {'role': 'user', 'content': [{'type': 'text', 'text': instr}, {'type': 'text', 'text': doc}]}]
    elif how == 'file_part':
        data = base64.b64encode(doc.encode('utf-8')).decode('ascii')
        msgs = [sysmsg, {'role': 'user', 'content': [{'type': 'text', 'text': instr}, {'type': 'file', 'file': {
            'filename': f'record_{r.randint(100, 999)}.txt', 'file_data': f'data:text/plain;base64,{data}'}}]}]
    elif how == 'response_format':
        msgs = [sysmsg, {'role': 'user', 'content': f'{instr}\n\n{doc}'}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'result', 'strict': True, 'schema': {
            'type': 'object', 'properties': {'answer': {'type': 'string'}, 'confidence': {'type': 'number'}},
            'required': ['answer', 'confidence'], 'additionalProperties': False}}}
    elif how == 'image_url':
        url = f'https://scans.intranet.test/view.png?caption={urllib.parse.quote(doc)}'
        msgs = [sysmsg, {'role': 'user', 'content': [{'type': 'text', 'text': instr + ' (the record is in the scan caption)'},
                                                     {'type': 'image_url', 'image_url': {'url': url, 'detail': 'low'}}]}]
    else:  # user_field
        msgs = [sysmsg, {'role': 'user', 'content': f'{instr}\n\n{doc}'}]
        body['user'] = emails[0] if emails else 'u_' + ''.join(r.choice('0123456789abcdef') for _ in range(16))
        body['stop'] = ['<END>']
    body['messages'] = msgs
    if r.random() < 0.3:
        body['temperature'] = r.choice([0, 0.3, 1])
    if r.random() < 0.15:
        body['metadata'] = {'app': r.choice(['crm-sync', 'helpdesk', 'newsroom-tools']), 'env': 'prod'}
        body['store'] = True
    return 'chat', how, body


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m.group(1)).decode('utf-8'))
    # tool-call arguments are JSON inside JSON: decode them as well
    for m in body.get('messages', []):
        for tc in (m.get('tool_calls') or []):
            parts.append(json.dumps(json.loads(tc['function']['arguments']), ensure_ascii=False))
        if m.get('role') == 'tool':
            try:
                parts.append(json.dumps(json.loads(m['content']), ensure_ascii=False))
            except ValueError:
                pass
    return '\n'.join(parts)


def revalidate(v, ent, lang):
    reg = LOC[lang]['region']
    if ent == 'phone':
        assert phonenumbers.is_valid_number_for_region(phonenumbers.parse(v, reg), reg), v
    elif ent == 'credit_card':
        assert luhn.is_valid(v.replace(' ', '')) and v.replace(' ', '') not in Gen.TEST_CARDS, v
    elif ent == 'iban':
        assert std_iban.is_valid(v) and v not in IBAN_EXAMPLES, v
    elif ent == 'IP_ADDRESS':
        a = ipaddress.ip_address(v)
        assert a.is_global and not any(a in ipaddress.ip_network(n) for n in DOC_NETS), v
    elif ent == 'ssn':
        assert us_ssn.is_valid(v), v
    elif ent == 'US_BANK_NUMBER':
        assert us_rtn.is_valid(v.split()[1].rstrip(',')), v
    elif ent in ('NATIONAL_ID', 'TAX_ID', 'HEALTH_INSURANCE'):
        mod = {'en-GB': nhs, 'de-DE': idnr, 'fr-FR': nir, 'es-ES': dni, 'it-IT': codicefiscale, 'pt-BR': cpf, 'nl-NL': bsn,
               'pl-PL': pesel, 'sv-SE': personnummer, 'fi-FI': hetu, 'tr-TR': tckimlik, 'ru-RU': inn, 'he-IL': il_idnr,
               'hi-IN': aadhaar, 'ko-KR': rrn, 'zh-CN': ric, 'ja-JP': jp_in, 'th-TH': th_pin, 'cs-CZ': cz_rc, 'es-MX': curp,
               'ro-RO': cnp, 'da-DK': cpr, 'nb-NO': fodselsnummer, 'el-GR': amka}[lang]
        assert mod.is_valid(v), (lang, v)


LOCAL_INSTR = {
    'de-DE': ['Bitte als JSON extrahieren.', 'Fass das kurz zusammen.', 'Schreib eine kurze, höfliche Antwort dazu.'],
    'fr-FR': ['Extrais les champs en JSON, stp.', 'Résume en deux phrases.', 'Rédige une réponse courte et polie.'],
    'es-ES': ['Extrae los datos en JSON.', 'Resúmelo en dos frases.', 'Redacta una respuesta breve y amable.'],
    'es-MX': ['Pásalo a JSON porfa.', 'Hazme un resumen corto.', 'Escribe una respuesta amable.'],
    'it-IT': ['Estrai i campi in JSON.', 'Riassumi in due frasi.', 'Scrivi una risposta breve e cortese.'],
    'pt-BR': ['Extraia os campos em JSON.', 'Resuma em duas frases.', 'Escreva uma resposta curta e educada.'],
    'nl-NL': ['Zet dit om naar JSON.', 'Vat dit kort samen.', 'Schrijf een kort, vriendelijk antwoord.'],
    'pl-PL': ['Wyciągnij pola do JSON-a.', 'Streść to w dwóch zdaniach.', 'Napisz krótką, uprzejmą odpowiedź.'],
    'sv-SE': ['Gör om till JSON.', 'Sammanfatta kort.', 'Skriv ett kort, artigt svar.'],
    'fi-FI': ['Pura kentät JSON-muotoon.', 'Tiivistä kahteen lauseeseen.', 'Kirjoita lyhyt ja kohtelias vastaus.'],
    'tr-TR': ['Alanları JSON olarak çıkar.', 'İki cümleyle özetle.', 'Kısa ve kibar bir yanıt yaz.'],
    'ru-RU': ['Вытащи поля в JSON.', 'Кратко перескажи.', 'Напиши короткий вежливый ответ.'],
    'he-IL': ['חלץ את השדות ל-JSON.', 'סכם בשני משפטים.', 'כתוב תשובה קצרה ומנומסת.'],
    'hi-IN': ['इसे JSON में निकालिए।', 'दो वाक्यों में सारांश दीजिए।', 'एक छोटा, विनम्र जवाब लिखिए।'],
    'ko-KR': ['JSON으로 추출해 주세요.', '두 문장으로 요약해 주세요.', '짧고 정중한 답장을 써 주세요.'],
    'zh-CN': ['请提取为JSON。', '用两句话总结。', '写一段简短礼貌的回复。'],
    'ja-JP': ['JSONに抽出してください。', '2文で要約してください。', '短く丁寧な返信を書いてください。'],
    'th-TH': ['ช่วยแปลงเป็น JSON', 'สรุปสั้น ๆ สองประโยค', 'เขียนคำตอบสั้น ๆ อย่างสุภาพ'],
    'cs-CZ': ['Vytáhni pole do JSON.', 'Shrň to ve dvou větách.', 'Napiš krátkou zdvořilou odpověď.'],
    'ro-RO': ['Extrage câmpurile în JSON.', 'Rezumă în două propoziții.', 'Scrie un răspuns scurt și politicos.'],
    'da-DK': ['Lav det om til JSON.', 'Opsummer kort.', 'Skriv et kort, høfligt svar.'],
    'nb-NO': ['Gjør om til JSON.', 'Oppsummer kort.', 'Skriv et kort, høflig svar.'],
    'el-GR': ['Εξήγαγε τα πεδία σε JSON.', 'Σύνοψη σε δύο προτάσεις.', 'Γράψε μια σύντομη ευγενική απάντηση.'],
    'ar-AE': ['استخرج الحقول بصيغة JSON.', 'لخّص في جملتين.', 'اكتب ردًا قصيرًا ومهذبًا.'],
}


def build_pii(seed):
    r = random.Random(seed)
    g = Gen(random.Random(seed + 1))
    plan = []
    for kname, fn in KINDS:
        plan += [(kname, fn, True)] * 42 + [(kname, fn, False)] * 30
    r.shuffle(plan)
    recs = []
    for i, (kname, fn, sens) in enumerate(plan):
        lang = LANGS[(i * 7 + r.randint(0, 3)) % len(LANGS)]
        R = Rec(g, lang)
        style, instr, doc = fn(R, sens, r)
        if lang in LOCAL_INSTR and r.random() < 0.35:
            instr = r.choice(LOCAL_INSTR[lang])
        completions = r.random() < 0.1
        endpoint, how, body = place(r, i, instr, doc, R.emails, completions)
        hay = haystack(body)
        for v, ent in R.issued:
            revalidate(v, ent, lang)
        ents = sorted({ent for v, ent in R.issued if v in hay})
        if bool(ents) != sens:
            raise SystemExit(f'label mismatch in record {i} ({kname}, {style})')
        recs.append({'id': f'moraine-pii-{i + 1:04d}', 'category': kname if sens else f'{kname}_benign', 'sensitive': bool(ents),
                     'entities': ents, 'endpoint': endpoint, 'lang': lang, 'style': f'{style} · {how}', 'body': body})
    return recs


# ----------------------------------------------------------------------------------------------------------
# Complexity prompts: the same kinds of things (names of things, identifiers, eponyms), easy vs hard
# ----------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = {
    'en': ['What is the SI unit named after Kelvin used for?', 'Convert 72 °F to Celsius.', 'What does VIN stand for?',
           'How many digits does an ISBN-13 have?', 'Spell out the flight number LH 401 in the NATO alphabet.',
           'What year did the Booker Prize start?', 'Is "Storm Ciara" a person? One word.', 'What is 18% of 250?',
           'Sort these: v1.10, v1.2, v1.9', 'Give me a synonym for "invoice".', 'What is the capital of Norway?',
           'Round 3.14159 to two decimals.'],
    'de': ['Wie viele Tage hat der Februar 2028?', 'Übersetze „Sendungsnummer“ ins Englische.', 'Was ist 7 mal 13?',
           'Wofür steht die Abkürzung „USt-IdNr.“?'],
    'fr': ['Combien font 15 % de 240 ?', 'Traduis « numéro de commande » en anglais.', 'Quelle est la capitale du Portugal ?'],
    'es': ['¿Cuántos minutos hay en 3,5 horas?', 'Traduce «número de seguimiento» al inglés.', '¿Qué significa la sigla IVA?'],
    'it': ['Quanto fa 144 diviso 12?', 'Traduci «codice articolo» in inglese.'],
    'pt': ['Quanto é 20% de 350?', 'Traduza «nota fiscal» para o inglês.'],
    'nl': ['Hoeveel is 9 keer 8?', 'Vertaal "bestelnummer" naar het Engels.'],
    'pl': ['Ile to jest 250 podzielone przez 5?', 'Przetłumacz „numer faktury” na angielski.'],
    'sv': ['Vad är 12 procent av 400?', 'Översätt "kvitto" till engelska.'],
    'ru': ['Сколько будет 17 умножить на 6?', 'Переведи «номер заказа» на английский.'],
    'ja': ['「請求書番号」を英語に訳してください。', '120の25%はいくつ？'],
    'zh': ['把“快递单号”翻译成英文。', '365除以5等于多少？'],
    'ko': ['"주문번호"를 영어로 번역해 주세요.', '48의 절반은 얼마인가요?'],
    'tr': ['"Fatura numarası" İngilizce nasıl denir?', '15 ile 4 çarpımı kaçtır?'],
    'hi': ['"ऑर्डर नंबर" का अंग्रेज़ी अनुवाद क्या है?', '90 का 10% कितना होता है?'],
    'ar': ['ما ترجمة "رقم الفاتورة" إلى الإنجليزية؟', 'كم يساوي 9 × 7؟'],
    'he': ['איך אומרים "מספר הזמנה" באנגלית?', 'כמה זה 100 חלקי 4?'],
    'el': ['Πώς λέγεται «αριθμός παραγγελίας» στα αγγλικά;', 'Πόσο κάνει 8 επί 9;'],
    'cs': ['Kolik je 30 % z 90?', 'Přelož „číslo objednávky“ do angličtiny.'],
    'fi': ['Paljonko on 7 kertaa 8?', 'Käännä "tilausnumero" englanniksi.'],
}
SHORT_HARD = {
    'en': ['Prove that an ISBN-10 check digit detects every single-digit error and every transposition of adjacent digits.',
           'Prove or refute: the Luhn algorithm detects all transpositions of adjacent digits.',
           'Design an order-number scheme for 40 warehouses that is unguessable, sortable by time and collision-free without coordination; compare three options and pick one.',
           'Our tracking-number lookups are fast except for numbers ending in 0; p99 jumps to 4 s. List root-cause hypotheses and the experiment that separates each.',
           'A VIN validator accepts 0.3% of random 17-char strings. Is that consistent with the check-digit design? Derive the expected rate.',
           'Show that any comparison-based sort of version strings needs Omega(n log n) comparisons, even if the versions have at most three components.',
           'Design a named-entity store where "Storm Ciara", a dog called Ciara and a customer Ciara never get merged; give the data model and the merge rule trade-offs.',
           'Two services disagree on invoice totals by exactly 0.01 on 1 in 3,000 invoices. Diagnose the likely cause and propose a fix that survives currency changes.',
           'Prove that the expected number of collisions among n random 32-bit SKU hashes is about n^2/2^33, and find n where it reaches 1.',
           'Our dedupe job merges people who share a name with a street. Propose a scoring model, its failure modes, and how you would evaluate it without labels.',
           'Find the bug: a rate limiter keyed by user e-mail lets bursts through after DST changes. Explain the mechanism and the fix.',
           'Design a schema migration that splits a "contact" column into person vs organisation contacts with zero downtime on a 2 TB table; compare approaches.'],
    'de': ['Beweise, dass die Prüfziffer der Steuer-ID jede Einzelziffernänderung erkennt, oder widerlege es mit Gegenbeispiel.',
           'Warum verliert unser Kafka-Consumer nur bei Partition 7 Nachrichten nach einem Rebalance? Hypothesen und Tests.'],
    'fr': ['Concevez un schéma de numéros de dossier unique entre 12 tribunaux sans coordination centrale ; comparez trois options.',
           'Démontrez que la somme de deux nombres premiers jumeaux supérieurs à 3 est divisible par 12.'],
    'es': ['Demuestra que la letra de control del DNI detecta cualquier cambio en un solo dígito.',
           'Diseña una caché para números de seguimiento con invalidación correcta cuando el transportista reasigna números; analiza los compromisos.'],
    'ja': ['シリアル番号の採番を複数工場で衝突なしに行う方式を3つ比較し、障害時の振る舞いも含めて1つ選んでください。',
           'ISBN-13のチェックディジットが隣接する桁の入れ替えを常に検出できない理由を証明してください。'],
    'zh': ['证明：任意两个相邻数字的互换都能被身份证校验码（ISO 7064 MOD 11-2）检测到，或给出反例。',
           '我们的订单号生成器在闰秒时产生重复，请分析根因并给出不依赖时钟的方案及取舍。'],
    'ru': ['Докажи, что контрольное число ИНН ловит любую ошибку в одной цифре, или приведи контрпример.',
           'Спроектируй схему версионирования API для 30 клиентов с разными циклами обновления; сравни варианты.'],
    'pl': ['Udowodnij, że suma kontrolna PESEL nie wykrywa wszystkich przestawień sąsiednich cyfr, i wskaż, których nie wykrywa.'],
    'ko': ['재고 SKU 해시 충돌이 월말에만 급증하는 원인을 가설별로 나누고 각 가설을 검증할 실험을 설계하세요.'],
    'pt': ['Prove que os dígitos verificadores do CPF detectam qualquer erro em um único dígito.'],
    'tr': ['Depolar arası sipariş numarası çakışmalarını koordinasyonsuz önleyen bir tasarım öner ve üç seçeneği karşılaştır.'],
    'it': ['Dimostra che il carattere di controllo del codice fiscale non rileva tutti gli scambi di caratteri adiacenti.'],
    'nl': ['Ontwerp een deduplicatieregel voor klanten met dezelfde naam als een winkel; bespreek de afwegingen en faalgevallen.'],
    'sv': ['Bevisa att personnummrets Luhn-kontroll inte upptäcker bytet 09 ↔ 90, och förklara varför.',
           'Föreslå en arkitektur för att spåra båtregistreringar över tre myndigheter utan gemensam nyckel; jämför två alternativ.'],
    'fi': ['Todista, että henkilötunnuksen tarkistusmerkki havaitsee jokaisen yksittäisen numerovirheen.',
           'Miksi laskujen summat eroavat vain kuun viimeisenä päivänä? Listaa hypoteesit ja kokeet, jotka erottavat ne.'],
    'cs': ['Navrhni číslování šarží pro tři závody tak, aby šlo řadit podle času a nikdy nekolidovalo; porovnej varianty.',
           'Dokaž, že rodné číslo dělitelné 11 nezachytí všechny záměny sousedních číslic, a uveď protipříklad.'],
    'el': ['Απόδειξε ότι ο αλγόριθμος Luhn δεν εντοπίζει την αντιμετάθεση 09 ↔ 90.',
           'Σχεδίασε σύστημα αριθμών εισιτηρίων για 50 γραφεία χωρίς κεντρικό συντονισμό και σύγκρινε δύο επιλογές.'],
    'he': ['הוכח שספרת הביקורת של מספר תעודת זהות מזהה כל שגיאה בספרה בודדת.',
           'השירות מחזיר הזמנות כפולות רק אחרי מעבר לשעון קיץ. נתח את שורש הבעיה והצע תיקון.'],
    'ar': ['صمّم نظام ترقيم للشحنات بين خمسة مستودعات بلا تنسيق مركزي، وقارن بين خيارين مع ذكر المفاضلات.',
           'أثبت أن خوارزمية لون لا تكتشف تبديل الرقمين المتجاورين 09 و 90.'],
    'hi': ['सिद्ध कीजिए कि आधार का वेरहॉफ़ चेक अंक आसन्न अंकों की हर अदला-बदली पकड़ लेता है।',
           'हमारे इनवॉइस नंबर महीने के आख़िरी दिन दोहराए जाते हैं; संभावित मूल कारण और उन्हें जाँचने के प्रयोग बताइए।'],
    'ko2': ['주민등록번호 검증 로직이 2020년 이후 출생자에게 실패하는 이유를 추론하고, 하위 호환을 유지하는 수정안을 설계하세요.'],
    'ja2': ['注文番号の採番にUUIDv7、Snowflake、DBシーケンスのどれを使うべきか、複数リージョン構成でのトレードオフを比較して結論を出してください。'],
    'en2': ['Prove that no checksum with a single decimal check digit can detect all adjacent transpositions and all single-digit errors at once.',
            'Our invoice PDF renderer swaps two customers\' totals under load. Only invoices created within the same millisecond are affected. Root-cause it and design the fix.',
            'Design the retention policy for support tickets that mention pets, storms and people by the same name; weigh legal hold, search quality and deletion guarantees.',
            'Given flight numbers that are reused daily, design a key for a delay-analytics warehouse that stays correct across timezone and date-line crossings; justify it.'],
}


def long_table(r, n_rows):
    kinds = ['order', 'invoice', 'tracking', 'serial', 'flight', 'lot', 'sku', 'ticket']
    rows = []
    for k in range(n_rows):
        kind = r.choice(kinds)
        val = thing_numbers(r, 1)[0]
        rows.append(f'{k + 1}. {kind:<8} | {val} | status {r.choice(["open", "closed", "in transit", "on hold", "delivered"])} | '
                    f'updated 2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}')
    return '\n'.join(rows)


def thing_prose(r, n):
    out = []
    for _ in range(n):
        kind, desc = r.choice(THING_KINDS)
        nm = r.choice(LOC[r.choice(LANGS)]['first'])
        out.append(f'- {nm}: {desc}. ' + r.choice(['Listed in the spring catalogue.', 'Mentioned in the weekly bulletin.',
                                                   'Appears in chapter 3 of the guide.', 'Part of the museum collection.',
                                                   'Named by public vote.', 'Retired after the season.']))
    return '\n'.join(out)


EASY_LONG_TASKS = ['Convert this list to CSV with columns kind,value,status,updated.', 'Sort the rows by the updated date, newest first.',
                   'Count how many rows have status "closed".', 'Translate the status words into German and keep everything else.',
                   'Remove the row numbers and give me a Markdown table.', 'Summarise this list in three sentences.',
                   'Which row has the most recent update? Just give the row number.', 'Fix the alignment so every column lines up.']
EASY_LONG_PROSE = ['Turn this into a bulleted list sorted alphabetically by name.', 'Translate this list into French.',
                   'Summarise the list in two sentences.', 'Count the entries that are dogs.']
HARD_LONG_TASKS = [
    'The rows above come from two systems that should agree. Some tracking and order numbers seem to map to the wrong status after a replay at 02:00. Work out which ordering assumption is broken, prove that your explanation is consistent with every row, and propose a fix with its trade-offs.',
    'Design a deduplication and merge strategy for these identifiers across the two warehouses, with idempotent replays and no global lock. Compare at least two designs, state the invariants, and show a failure sequence for the rejected one.',
    'Find the root cause: after the last deploy, rows with status "on hold" are never closed, but only for lots whose number ends in a letter before D. Reason step by step from the data to the bug, then give a minimal patch and a test.',
    'Prove that with this numbering scheme two warehouses can never issue the same order number, or give a concrete counterexample drawn from the rows, then repair the scheme.',
]
HARD_LONG_PROSE = [
    'Each entry above is a thing named after a person. Design a classifier pipeline that tells such things apart from real people in free text across 20 languages, including the evaluation plan, the error analysis you would do, and the trade-off between recall and over-redaction.',
    'Given these entries, design a data model where one name can belong to a pet, a storm, a product and a person at the same time without leaking the person\'s data into the others; justify each constraint and show a migration from a single "name" column.',
]
LOG_CODE = '''def next_order_number(warehouse_id, clock, seq):
    ts = int(clock.now().timestamp())
    n = (ts << 12) | (warehouse_id << 6) | (seq.next() % 64)
    return f"{n:016d}"

def checksum(num):
    return sum(int(c) * (i % 3 + 1) for i, c in enumerate(num)) % 10
'''


def build_complexity(seed):
    r = random.Random(seed + 7)
    out = []
    langs_ss = [(l, p) for l, ps in SHORT_SIMPLE.items() for p in ps]
    langs_sh = [(l.rstrip('2'), p) for l, ps in SHORT_HARD.items() for p in ps]
    r.shuffle(langs_ss)
    r.shuffle(langs_sh)
    plan = []
    for l, p in langs_ss[:46]:
        plan.append(('short_simple', 0, l, p, 'lookup'))
    for l, p in langs_sh[:50]:
        plan.append(('short_hard', 1, l, p, 'reasoning'))
    for k in range(52):
        lang = r.choice(['en', 'en', 'de', 'fr', 'es', 'ja', 'pl', 'pt', 'ko', 'sv'])
        if k % 3 == 2:
            body = thing_prose(r, r.randint(28, 40))
            task = r.choice(EASY_LONG_PROSE)
        else:
            body = long_table(r, r.randint(24, 34))
            task = r.choice(EASY_LONG_TASKS)
        if lang != 'en':
            task = {'de': 'Bitte: ', 'fr': 'Merci de : ', 'es': 'Por favor: ', 'ja': 'お願いします: ', 'pl': 'Proszę: ',
                    'pt': 'Por favor: ', 'ko': '부탁해요: ', 'sv': 'Snälla: '}[lang] + task
        text = f'{body}\n\n{task}' if r.random() < 0.6 else f'{task}\n\n{body}'
        assert len(text) >= 1500, len(text)
        plan.append(('long_easy', 0, lang, text, 'reformat'))
    for k in range(44):
        lang = r.choice(['en', 'en', 'en', 'de', 'fr', 'ja', 'zh', 'ru'])
        if k % 3 == 2:
            body = thing_prose(r, r.randint(26, 36))
            task = r.choice(HARD_LONG_PROSE)
        else:
            body = long_table(r, r.randint(22, 30))
            if k % 2:
                body = LOG_CODE + '\n' + body
            task = r.choice(HARD_LONG_TASKS)
        text = f'{body}\n\n{task}'
        assert len(text) >= 1500
        plan.append(('long_hard', 1, lang, text, 'analysis'))
    r.shuffle(plan)
    for i, (cat, label, lang, text, sty) in enumerate(plan):
        if r.random() < 0.1:
            body = {'model': r.choice(MODELS), 'prompt': text, 'max_tokens': r.choice([256, 512, 1024])}
            endpoint = 'completions'
        else:
            msgs = []
            if r.random() < 0.5:
                msgs.append({'role': 'system', 'content': r.choice(SYSTEMS)})
            if r.random() < 0.2:
                msgs.append({'role': 'user', 'content': [{'type': 'text', 'text': text}]})
            else:
                msgs.append({'role': 'user', 'content': text})
            body = {'model': r.choice(MODELS), 'messages': msgs}
            endpoint = 'chat'
        adv = cat in ('long_easy', 'short_hard')
        out.append({'id': f'moraine-cx-{i + 1:04d}', 'category': cat, 'label': label, 'length_adversarial': adv,
                    'endpoint': endpoint, 'lang': lang, 'style': f'{sty}/{cat}', 'body': body})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    pii = build_pii(a.seed)
    cx = build_complexity(a.seed)
    with open(out / 'pii_moraine.jsonl', 'w', encoding='utf-8') as f:
        for rec in pii:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(out / 'complexity_moraine.jsonl', 'w', encoding='utf-8') as f:
        for rec in cx:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_moraine.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions), {sens} sensitive / {len(pii) - sens} benign, '
          f'{len({r["lang"] for r in pii})} language tags')
    print('  categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print('  placements:', dict(sorted(collections.Counter(r['style'].split(' · ')[-1] for r in pii).items())))
    print(f'  pools: {POOL_STATS["kept"]} entries kept, {POOL_STATS["cut"]} cut by the overlap check')
    c = collections.Counter(r['category'] for r in cx)
    adv = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_moraine.jsonl: {len(cx)} requests in {len({r["lang"] for r in cx})} language tags: {dict(sorted(c.items()))}; '
          f'{adv} ({100 * adv // len(cx)}%) length-adversarial, {sum(r["label"] for r in cx)} labelled 1, '
          f'{sum(r["endpoint"] == "completions" for r in cx)} completions')


if __name__ == '__main__':
    main()
