#!/usr/bin/env python3
"""Esker: an independent evaluation split for the request signals, organised by NUMBER-DENSE DOCUMENTS.

Writes bench/data/signals/pii_esker.jsonl and bench/data/signals/complexity_esker.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages or other branches; the record format came from the first 70 lines of the
    delta generator and the first two lines of the delta files. The other generators were not read: their
    sources are only scanned automatically at run time for capitalised / non-ASCII words and non-ASCII
    bigrams, and every name, company and street (the proper-name part) of this file's pools is cut against
    that set (order kept; the run aborts if a pool runs empty). Words are runs of letters and combining marks;
    character bigrams are compared for Han, Kana and Hangul only, where names are written without spaces (a
    composed family + given name is re-drawn if a junction bigram collides). The words are never printed.
    Family names, streets and company names are partly composed from locale-true stems and suffixes so that
    enough entries survive the cut.

Organising principle
    NUMBER-DENSE DOCUMENTS: personal identifiers sitting among many other numbers and codes. The categories
    are document types -- lab panels / clinical charts, invoices and receipts, bank and card statements,
    payroll slips, logistics manifests and customs forms, spreadsheet / CSV pastes, sports results and
    entry lists, scientific and engineering tables, inventory / SKU lists, utility bills and meter readings,
    insurance claims, travel and timetable sheets. Sensitive records (``<kind>``) carry a private person's
    phone, ID, card, IBAN, birth date, home address, name, e-mail, MRN, IP ... among the figures; hard
    negatives (``<kind>_benign``) are the same documents whose numbers are all amounts, measurements, lot /
    batch / SKU / GTIN / container / tracking / invoice numbers, timestamps, coordinates of public places,
    documentation or reserved values (555-01xx, 192.0.2.x, registry example IBANs, PAN test cards),
    placeholders, masked values, pseudonymised subject codes, eponyms, public figures in their public role,
    and organisations' own switchboards / role mailboxes. Numbers are written in the locale's own formats
    (decimal commas, thin-space / apostrophe / lakh grouping, Arabic-Indic, Devanagari and Thai digits,
    units), over 25 locales in Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai, Han, Kana and
    Hangul scripts.

    Each document is placed in a request field chosen by rotation: user / system / earlier assistant / tool
    messages, text content parts, base64 CSV/TXT file parts, tool-call arguments, response_format schema
    examples, ``user`` / ``metadata``; about 10% use the legacy completions endpoint.

Labels
    ``entities`` lists every personal-data type present anywhere in the body, computed by searching the
    serialised body (base64 file parts decoded, URLs unquoted) for every value the record issued.
    ``ssn`` is the US SSN only; other citizen numbers (DNI, BSN, PESEL, personnummer, HETU, TC Kimlik,
    Aadhaar, RIC, RRN, My Number, CURP, RUN, SA ID, Teudat Zehut, Thai PIN) are NATIONAL_ID; taxpayer
    numbers (Steuer-ID, codice fiscale, CPF, PAN, INN) TAX_ID; NHS numbers and health-insurer member numbers
    HEALTH_INSURANCE; hospital record numbers MEDICAL_RECORD; a US routing + account pair US_BANK_NUMBER;
    a private user's public IP IP_ADDRESS. ``sensitive`` is true exactly when ``entities`` is non-empty.

Contents (default seed)
    pii_esker.jsonl: 494 requests (450 chat, 44 completions) in 47 language tags; 13 kinds x 38 (286 sensitive / 208
    benign)
    entities: {'DATE_OF_BIRTH': 83, 'DRIVER_LICENSE': 3, 'HEALTH_INSURANCE': 18, 'IP_ADDRESS': 16, 'MEDICAL_RECORD':
    13, 'NATIONAL_ID': 47, 'PASSPORT': 15, 'STREET_ADDRESS': 74, 'TAX_ID': 31, 'US_BANK_NUMBER': 2, 'credit_card':
    31, 'email': 35, 'iban': 32, 'person': 234, 'phone': 89, 'ssn': 7}
    placements: {'assistant_echo': 45, 'completions': 44, 'file': 45, 'parts': 45, 'schema': 45, 'system': 45,
    'tool_args': 45, 'tool_result': 45, 'user': 90, 'user_meta': 45}
    benign variants: {'lookalike': 21, 'masked': 34, 'org': 30, 'placeholder': 36, 'pseudonym': 26, 'specimen': 36,
    'testdata': 25}
    complexity_esker.jsonl: 190 chat requests in 23 language tags: short_simple 45, long_easy 52, short_hard 50,
    long_hard 43; 102 (53%) length-adversarial, 93 labelled 1
    word-cut pools (before -> after): 4441 -> 3052
    Kinds (categories): lab_panel, invoice, bank_statement, card_statement, payroll, manifest, spreadsheet,
    sports_results, sci_table, inventory, utility_bill, insurance_claim, timetable; each 22 sensitive + 16 <kind>_benign.
    Complexity: short_simple (lookups, conversions, trivial sums), long_easy (>= 1,500 chars of number-dense
    documents + reformat / sort / count / translate headers), short_hard (proofs about check digits, ledger and
    rounding design, metering / scheduling algorithms, root-cause questions), long_hard (the same documents +
    reconciliation, unit-mix-up detection, parser debugging, design with trade-offs).

Validation
    Every identifier is validated with python-stdnum (IBAN, Luhn cards, SSN, routing numbers and all
    national / tax / health IDs above), every phone with ``phonenumbers`` for its region (and never a
    555-01xx number for sensitive records), every IP with ``ipaddress`` (global, outside the RFC 5737 /
    3849 documentation ranges); documentation values used by benign records are checked to be exactly the
    reserved ones; organisations' switchboards are validated fixed-line / toll-free numbers of the locale, never
    mobiles. The run aborts on any invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_esker_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
import string
import sys
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.gb import nhs
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
from stdnum.za import idnr as za_idnr
from stdnum import ean, iso6346

NAME = 'esker'
DEFAULT_SEED = 20261205
ROOT = pathlib.Path(__file__).resolve().parent

FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo')

class _Words:
    """words = runs of letters and combining marks (so Devanagari / Thai words are not cut at vowel signs)."""
    @staticmethod
    def findall(text):
        import unicodedata
        out, cur = [], []
        for ch in text:
            cat = unicodedata.category(ch)
            if cat.startswith('L') or (cur and (cat.startswith('M') or ch in "'’-" or cat == 'Nd')):
                cur.append(ch)
            else:
                if cur:
                    out.append(''.join(cur).rstrip("'’-"))
                cur = []
        if cur:
            out.append(''.join(cur).rstrip("'’-"))
        return [w for w in out if w]


WORD_RE = _Words


def other_words():
    """Capitalised / non-ASCII words and non-ASCII bigrams of the frozen generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = ROOT / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_text(encoding='utf-8', errors='replace')
        for w in WORD_RE.findall(text):
            if w[0].isupper() or not w.isascii():
                words.add(w.lower())
        for i in range(len(text) - 1):
            a, b = text[i], text[i + 1]
            if not a.isascii() and not b.isascii() and a.isalpha() and b.isalpha():
                bigrams.add(a + b)
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()
CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2}')


def clean_entry(entry):
    for w in WORD_RE.findall(entry):
        if w.lower() in OTHER_WORDS:
            return False
    for i in range(len(entry) - 1):  # character bigrams only for scripts written without spaces between words
        if CJK.match(entry[i:i + 2]) and entry[i:i + 2] in OTHER_BIGRAMS:
            return False
    return True


POOL_STATS = {}


def cut(pool, label, minimum=1, keep=18):
    out = [e for e in pool if clean_entry(e if isinstance(e, str) else e[1])]
    POOL_STATS[label] = (len(pool), len(out))
    if len(out) < minimum:
        sys.exit(f'pool {label} ran (nearly) empty after the word cut ({len(out)} left)')
    return out


def compose(pre, suf, tpl='{}'):
    out = []
    for k in range(len(pre) + len(suf)):
        for i in range(len(pre)):
            j = k - i
            if 0 <= j < len(suf):
                out.append(tpl.format(pre[i] + suf[j]) if '{}' in tpl else pre[i] + suf[j])
    return out


def sp(s):
    return s.split('|') if '|' in s else s.split()


EXTRA = {
    'en-US': dict(given=sp('Thaddeus Odalys Cordell Linnea Brantley Jolene Ansel Marisol Quincy Tallulah Emmitt Rosalind '
                           'Fenton Annabeth Lowell Verity Dorian Saylor Cyrus Juniper Alonzo Philomena Royce Henrietta'),
                  fam=(sp('Ash Black Brook Copper Fern Hazel Oak Stone Thorn Wold Marsh Heather'),
                       sp('ridge combe worth ley field wick hurst thwaite more by')),
                  st=(sp('Bramble Plover Sorrel Tansy Yarrow Teasel Sedge Alder Larkspur Quail'),
                      sp('field wood brook crest haven'), ['{{}} {} Ave', '{{}} {} Lane', '{{}} {} Dr'])),
    'en-GB': dict(given=sp('Peregrine Clemency Lachlan Ottilie Torquil Elspeth Crispin Morwenna Jago Lowenna Fergal '
                           'Honor Leofric Briony Caspian Perpetua Ninian Blodwen Aldous Senara Kit Cressida Ivo'),
                  fam=(sp('Pen Tre Fair Hol Ack Brad Whit Mort Ling Cald'),
                       sp('rose wick bairn lowe royd shaw thwaite hallow dene garth')),
                  st=(sp('Wren Linnet Pipit Teal Coltsfoot Burdock Campion Vetch Hornbeam Medlar'),
                      sp('field mead bank gate croft'), ['{{}} {} Road', '{{}} {} Close', 'Flat {{}}, {} Court'])),
    'de-DE': dict(given=sp('Wolfhard Hiltrud Eike Almut Folkert Reinhild Gesine Ortwin Heiderose Tjark Kunigunde Arnulf '
                           'Irmtraud Swantje Gerlinde Ulfert Adelheid Hinnerk Rotraut Wilko Edeltraud Gunnar Ilse Jobst'),
                  fam=(sp('Brock Hage Lind Stein Wies Klee Ross Kranz Ehr Wend Hollen Bruch'),
                       sp('möller meier bach brink hagen kamp horst feld eder stedt hövel')),
                  st=(sp('Holunder Schlehen Wacholder Mispel Quitten Haselnuss Schilf Lärchen Ulmen Ebereschen'),
                      sp('weg pfad stieg ring gang winkel'), ['{} {{}}'])),
    'fr-FR': dict(given=sp('Anselme Bérénice Gauvain Ombeline Aurèle Philippine Tanguy Domitille Ysé Honorine Quentin '
                           'Albane Corentin Eulalie Perrine Gontran Bertille Évariste Sixtine Lazare Mahaut Firmin'),
                  fam=(sp('Beau Mont Roche Val Fon Bel Chau Grand Lach Ver Cour Haut'),
                       sp('fort vert mont ier ard eau lieu champ roux bois fosse')),
                  st=(sp('Tilleuls Peupliers Aubépines Saules Genêts Bruyères Sureaux Noisetiers Fougères Ormes'),
                      [''], ['{{}} rue des {}', '{{}} allée des {}', '{{}} chemin des {}'])),
    'es-ES': dict(given=sp('Leocadia Baltasar Covadonga Ildefonso Maitane Prudencio Amaia Saturnino Olvido Gorka '
                           'Remedios Eustaquio Edurne Higinio Visitación Jokin Inmaculada Anselmo Arantxa Florencio'),
                  fam=(sp('Urri Olaz Berri Echa Goi Larra Iri Zaba Aran Men Ibar'),
                       sp('buru abal zabal garay coechea ondo arte goitia aga dia')),
                  st=(sp('Madroños Encinas Olmos Jaras Romeros Tomillos Alcornoques Espinos Lentiscos Acebos'),
                      [''], ['C/ de los {} {{}}', 'Av. de los {} {{}}', 'Pza. de los {} {{}}'])),
    'it-IT': dict(given=sp('Ippolita Ermenegildo Vittoria Gualtiero Fiammetta Leopoldo Ortensia Cosimo Arianna Amedeo '
                           'Elettra Brunello Ilaria Guido Zelinda Fulvio Rosanna Anselmo Gemma Dionigi Liliana Ugo'),
                  fam=(sp('Monte Castel Fonta Bel Pietra Ros Cala Sa Ver Cor Tor'),
                       sp('nari bruno lucci nesi santi forte mare grande villa secca')),
                  st=(sp('Gelsi Ontani Carpini Frassini Lecci Noccioli Mirti Corbezzoli Sambuchi Olmi'),
                      [''], ['Via dei {} {{}}', 'Vicolo dei {} {{}}', 'Viale dei {} {{}}'])),
    'nl-NL': dict(given=sp('Hidde Wietske Gijsbert Anouk Roelof Fenna Jelmer Ilse Sjoerd Marit Tjeerd Hester Ruben '
                           'Maaike Douwe Jorien Floris Aukje Evert Nynke Teun Mirjam Gerlof Wobbe Jildou Sytske Tsjalling Harmke Ebele '
                           'Jetske Rients Geeske Aafke Wiebren Oeds Baukje'),
                  fam=(sp('Hooge Wester Zuider Ooster Bos Veen Kamp Brink Heu Mol Dijk'),
                       sp('veld huis dijk kamp man broek horst stra werf meer sma')),
                  st=(sp('Berken Elzen Wilgen Hulst Vlier Lijsterbes Meidoorn Sleedoorn Hazelaar Essen'),
                      sp('laan hof pad'), ['{} {{}}'])),
    'pt-BR': dict(given=sp('Iolanda Genivaldo Edilene Raimundo Lucineide Adailton Rosimeire Juscelino Claudete '
                           'Valdirene Gildásio Marinalva Ednaldo Sueli Arlindo Cleide Joelma Dorival Zuleide Gerson'),
                  fam=(sp('Vila Monte Bar Ribeira Sal Rio Fonte Vale Lago Serra'),
                       sp('nova branco verde seca alta bela funda grande doce clara')),
                  st=(sp('Ipês Cajueiros Mangueiras Jatobás Buritis Aroeiras Jacarandás Pitangueiras Goiabeiras Oitis'),
                      [''], ['Rua dos {}, {{}}', 'Travessa dos {}, {{}}', 'Av. dos {}, {{}}'])),
    'pl-PL': dict(given=sp('Bogumiła Wincenty Genowefa Leszek Eugenia Czesław Teodora Mieczysław Bronisława Wiesław '
                           'Celina Bogdan Stanisława Henryk Aurelia Zenon Urszula Edmund Lucyna Tadeusz'),
                  fam=(sp('Wierz Brzoz Grab Dęb Jabłon Sosn Krzem Wod Kalin Jarz'),
                       sp('owski iński ewski ak czyk ecki owicz iak ewicz ała')),
                  st=(sp('Jaśminowa Konwaliowa Bławatkowa Kalinowa Głogowa Berberysowa Tarninowa Wiązowa Modrzewiowa Cisowa'),
                      [''], ['ul. {} {{}}', 'ul. {} {{}} m. 4'])),
    'sv-SE': dict(given=sp('Ingegerd Folke Ylva Sixten Märta Algot Ingrid Sune Solveig Gösta Britt Ivar Dagny Arvid '
                           'Signe Bertil Agda Helmer Vera Holger'),
                  fam=(sp('Lind Berg Ek Sjö Gran Ask Björk Alm Hag Lunn Rönn'),
                       sp('qvist ström dahl gren holm lund blad mark by sten')),
                  st=(sp('Hägg Slån Lönn Hassel Nypon Vide Fläder Oxel Tibast Ljung'),
                      sp('vägen stigen gatan gränd'), ['{} {{}}'])),
    'fi-FI': dict(given=sp('Ilmatar Väinö Orvokki Aarne Lempi Eino Helmi Toivo Tyyne Urho Saima Arvo Elli Onni Impi '
                           'Mauno Hilja Reino Kerttu Yrjö Aune Sulo Viljo Anneli Esko Raili Tauno Oili Kalervo Hellevi Paavali Senja '
                           'Ahti Inkeri Vesa'),
                  fam=(sp('Kuusi Koivu Mänty Haapa Leppä Pihla Kaski Suo Mäki Raja Kivi'),
                       sp('nen la lainen vaara mäki niemi aho oja korpi salo')),
                  st=(sp('Pihlaja Kataja Tuomi Vaahtera Raita Kanerva Puolukka Mustikka Kielo Sammal'),
                      sp('tie kuja polku rinne'), ['{} {{}}'])),
    'tr-TR': dict(given=sp('Nilüfer Cengiz Gülizar Oktay Feride Alparslan Mücella Taner Semiha Ferhat Nazlı Orhan Hülya '
                           'Bülent Yasemin Doğan Sevim Levent Perihan Tuncay'),
                  fam=(sp('Kara Ak Yıldız Demir Er Öz Gök Taş Kaya Tuna Gül'),
                       sp('oğlu can soy han tekin alp ay ataş güneş bilgin')),
                  st=(sp('Akasya Manolya Nergis Sümbül Zakkum Begonya Ebegümeci Defne Kestane Fesleğen'),
                      [''], ['{} Sk. No:{{}}', '{} Cd. No:{{}} D:5'])),
    'ru-RU': dict(given=sp('Мирон Эльвира Ипполит Агния Святослав Ефросинья Елисей Марфа Прохор Ксения Фрол Аграфена '
                           'Добрыня Варвара Лука Пелагея Савва Таисия Игнат Милослава'),
                  fam=(sp('Берёз Журавл Скворц Рябин Кедр Клюкв Полын Тальник Сорок Овсян Брусник'),
                       sp('ов ин ев ников ской цев ихин')),
                  st=(sp('Жимолост Облепих Калин Ольх Вязов Смородин Можжевелов Боярышников'),
                      sp('ая'), ['ул. {}, д. {{}}', 'ул. {}, д. {{}}, кв. 31'])),
    'hi-IN': dict(given=sp('चारुलता निरंजन वसुंधरा देवव्रत इंदुमती शशांक माधुरी अभिमन्यु सौदामिनी रघुवीर यामिनी त्रिलोक '
                           'शर्मिष्ठा पुरुषोत्तम अरुंधति योगेश्वर हेमलता सत्यव्रत लावण्या गिरिधर'),
                  fam=(sp('राज देव चंद्र सूर्य विद्या हरि गंगा'), sp('पुरोहित नाथ वंशी पाल वाल')),
                  st=(sp('कदंब अशोक पलाश कचनार शिरीष अमलतास सागौन बरगद नीम चंपा मौलश्री पारिजात हरसिंगार'), [''], ['{{}}, {} मार्ग', 'मकान नं. {{}}, {} विहार'])),
    'zh-CN': dict(given=compose(sp('梓 雨 俊 婉 思 嘉 泽 若 晨 沐 语 锦 芷 瑾 昕 珂'), sp('涵 萱 熙 宁 远 禾 川 桐 澄 岚 芮 晞')),
                  fam=(sp('蒋 韦 邝 屈 阎 柯 邬 甄 岑 滕 殷 卞 裘 晏 茅'), ['']),
                  st=(sp('丁香 海棠 石榴 枇杷 紫藤 合欢 樱桃 玉兰'), sp('路 巷 街 里'), ['{}{{}}号'])),
    'ja-JP': dict(given=sp('千晶 侑李 柚葉 琥太郎 楓真 小雪 茉白 蓮司 朱里 律樹 菫 凪 雫 暁斗 澪 栞 碧 環'),
                  fam=(sp('鷹 鶴 梶 榊 柊 椿 楠 檜 葛'), sp('ヶ谷 ノ原 見 沢 田 川 森')),
                  st=(sp('柊 椿 楠 檜 楓 朴 榎 樫'), sp('台 町 坂 丘'), ['{}{{}}丁目3番'])),
    'ko-KR': dict(given=compose(sp('하 서 지 도 은 예 윤 채 다 태 온 린 율 겸'), sp('람 율 온 빈 솔 별 결 담 슬 린 찬 휘')),
                  fam=(sp('탁 봉 편 빈 견 옹 궉 묵 좌 계 두 남궁 제갈 선우 독고 방 국 기 라 모 반 석 설 소 승 시 여 연 염 예 왕 용 '
                          '우 원 위 육 음 인 전 점 제 주 지 진 차 창 채 천 추 태 판 팽 표 피 함 허 현 형 호 홍 화 후'), ['']),
                  st=(sp('느티 버들 감나무 진달래 개나리 살구 앵두 모란'), sp('로 길'), ['{} {{}}'])),
    'es-MX': dict(given=sp('Yaretzi Tonatiuh Nayeli Cuauhtémoc Itzayana Teófilo Anahí Eusebio Zyanya Porfirio Xiadani '
                           'Nezahualcóyotl Tlalli Hilario Citlalli Rutilo Amaranta Aurelio'),
                  fam=(sp('Tlaco Xico Cuau Tepe Ahua Ocote Mazat Huitzi'), sp('tl pan tzin hua lco telco')),
                  st=(sp('Huizache Mezquite Nopal Guamúchil Zapote Capulín Tejocote Colorín'), [''],
                      ['Calle {} {{}}', 'Privada {} {{}}', 'Av. {} {{}} int. 2'])),
    'ar-SA': dict(given=sp('هتان رهف ركان مشاعل وجدان حصة نوف ثامر مشعل أسيل سديم دانة عزام لولوة ضاري ريناد غيث جمانة مهند '
                           'تغريد شادن رزان'),
                  fam=(['ال'], sp('حربي بقمي جهني سهلي رويلي ثبيتي عصيمي خثعمي يامي فيفي أحمري حازمي صيعري شلوي سلمي '
                                  'عبدلي ظفيري')),
                  st=(sp('الريحان الخزامى الأترج الصفصاف الرمان السدر الأثل'), [''], ['حي {}، شارع {{}}', 'شارع {} {{}}'])),
    'he-IL': dict(given=sp('אביגיל נחמיה תהל צוריאל רעות ינאי הלל אלומה עדיאל ליבי שקד נריה אגם רום דביר אורין יסכה '
                           'איתי ברקת'),
                  fam=(sp('בן- בר- אבן-'), sp('שושן צור חיים דוד עמי נון')),
                  st=(sp('השקמה הצאלון הכליל התמר האשל הערבה הגפן'), [''], ['רחוב {} {{}}', 'שדרות {} {{}}'])),
    'th-TH': dict(given=sp('ปุณยวีร์ ธนกฤต พิชญาภา ณภัทร ศุภิสรา ภูริณัฐ ชนัญชิดา ปัณณวัฒน์ ญาณิศา ธีร์ธวัช กานต์ธีรา อชิระ '
                           'วริศรา ปวริศ ณิชาภัทร'),
                  fam=(sp('ศรี ทอง บุญ แก้ว เพชร รัตน'), sp('วิไลพร สุขเจริญ มณีวงศ์ ประดิษฐ์ชัย อำไพพันธ์ ชูเกียรติ')),
                  st=(sp('รามอินทรา พหลโยธิน ประชาอุทิศ นวมินทร์ ติวานนท์ ศรีนครินทร์'), [''],
                      ['{{}}/9 ซอย{} 14', '{{}} ถนน{}'])),
    'el-GR': dict(given=sp('Καλλιόπη Ευστάθιος Σταυρούλα Ηλίας Αθηνά Λεωνίδας Ευτέρπη Νεκτάριος Φωτεινή Σπυρίδων '
                           'Βασιλική Ανδρόνικος Ουρανία Τηλέμαχος Ασπασία Ιάσονας Μυρτώ Πολύκαρπος'),
                  fam=(sp('Αρβανιτ Κοντογ Μανωλ Ραφτ Σιδερ Ψαρ Τζαν Χρυσ'), sp('όπουλος άκης ίδης άτος ιάννης')),
                  st=(sp('Γαρδένιας Πασχαλιάς Μυρτιάς Λεμονιάς Κυπαρισσιού Ιτιάς'), [''], ['Οδός {} {{}}', '{} {{}}'])),
    'es-CL': dict(given=sp('Millaray Nahuel Ayelén Lautaro Rayén Galvarino Antü Belén Ignacio Trinidad Amaru Florencia '
                           'Renato Josefa Emiliano Martina Isidora Maite Alonso Bastián Gaspar Colomba Facundo Anaís Dagoberto Yerko '
                           'Maira Kathia Pascuala Clodomiro Eliana Yanira'),
                  fam=(sp('Hueche Ancal Quilo Calfu Lienla Namun Pilla Queu'), sp('pán lef queo llanca mán cura')),
                  st=(sp('Peumos Quillayes Coigües Canelos Arrayanes Ñirres Lingues Raulíes'), [''],
                      ['Pasaje Los {} {{}}', 'Av. Los {} {{}}'])),
    'en-ZA': dict(given=sp('Nokuthula Lwazi Palesa Themba Dineo Lungile Karabo Sibusiso Refilwe Andile Boitumelo Vusi '
                           'Naledi Kgosi Ntombi Lesedi'),
                  fam=(sp('Ma Ndlo Mthe Zulu Buthe Mkha Shabala Nxu'), sp('vu thwa mbu lezi ngu zi lala')),
                  st=(sp('Marula Mopane Tambotie Wild Fig Kiaat Bushwillow Acacia Yellowwood'), [''],
                      ['{{}} {} Street', '{{}} {} Crescent', '{{}} {} Avenue'])),
    'vi-VN': dict(given=sp('Diệp Quyên Khuê Thục Uyên Trâm Nhã Tường Vỹ Hiển Tín Khải Thắng Luân Phát Thạch Nguyên Đăng Duyên '
                           'Hạnh Xuân Yến Loan Cúc Bích Thoa Ngân Kiên Lộc Sang'),
                  fam=(sp('Khổng Mạc Giáp Thân Lò Kiều Tạ Âu Cù Đàm Hầu Kha Lục Nghiêm Tiêu Ứng Vương Bạch Chu Diêm Hứa '
                          'Khương Ninh Quan Sầm Thái Triệu Viên'), ['']),
                  st=(sp('Bằng Lăng|Phượng Vĩ|Hoa Sữa|Bàng Lá|Sấu Đỏ|Muồng Vàng|Gạo|Lộc Vừng|Xà Cừ|Sưa'), [''],
                      ['Số {{}} đường {}', '{{}}/7 hẻm {}'])),
}


# ----------------------------------------------------------------------------------------------------------
# Locales. given / family names, streets as (template, proper-name part), (city, postcode), phone patterns
# (national significant numbers, '#' = random digit), number style, digits, field labels.
# ----------------------------------------------------------------------------------------------------------
L = {}


def locale(tag, region, given, family, streets, cities, phone_pats, numstyle, labels, *, digits='latin',
           family_first=False, dob_fmt='%d.%m.%Y', ids=(), iban_cc=None, cur='€', sep=' '):
    ex = EXTRA[tag]
    given = list(given) + ex['given']
    family = list(family) + compose(*ex['fam'])
    spre, ssuf, stpls = ex['st']
    streets = list(streets) + [(t.format(n), n) for n in compose(spre, ssuf) for t in stpls]
    L[tag] = dict(tag=tag, region=region, lang=tag.split('-')[0],
                  given=cut(given, tag + ':given')[:20], family=cut(family, tag + ':family')[:20],
                  streets=cut(streets, tag + ':streets')[:24], cities=cities, phone_pats=phone_pats,
                  numstyle=numstyle, labels=labels, digits=digits, family_first=family_first, dob_fmt=dob_fmt,
                  ids=ids, iban_cc=iban_cc, cur=cur, name_sep=sep)


EN = dict(name='Name', dob='DOB', tel='Tel', addr='Address', mail='Email', total='Total', date='Date', ref='Ref',
          qty='Qty', acct='Account')
locale('en-US', 'US',
       ['Delphine', 'Marcus', 'Trinity', 'Jerome', 'Kayleigh', 'Dashiell', 'Renata', 'Bodhi', 'Lucinda', 'Tobias',
        'Maribel', 'Everett'],
       ['Okafor-Brandt', 'Whitacre', 'Quarles', 'Vandermolen', 'Pruitt', 'Szymanski', 'Holloway', 'Merriweather',
        'Tolliver', 'Castellano', 'Ridgeway', 'Abernathy'],
       [('{} Wabash Ave', 'Wabash'), ('{} Sycamore Ln', 'Sycamore'), ('{} Tamarack Dr', 'Tamarack'),
        ('{} Old Farm Rd', 'Old Farm'), ('{} Chickasaw St', 'Chickasaw'), ('{} Juniper Ct', 'Juniper')],
       [('Dayton, OH', '45409'), ('Tacoma, WA', '98405'), ('Lubbock, TX', '79410'), ('Asheville, NC', '28801'),
        ('Duluth, MN', '55803')],
       ['212#######', '312#######', '415#######', '503#######', '617#######', '702#######', '919#######',
        '614#######'], 'en', EN, dob_fmt='%m/%d/%Y', ids=('ssn', 'us_bank', 'us_dl'), cur='$')
locale('en-GB', 'GB',
       ['Imogen', 'Callum', 'Rhiannon', 'Alfie', 'Saoirse', 'Hamish', 'Tamsin', 'Rupert', 'Nuala', 'Declan',
        'Philippa', 'Ewan'],
       ['Fairbairn', 'Ackroyd', 'Penhaligon', 'Threlfall', 'Mackintosh', 'Cartwright', 'Pennington', 'Lowther',
        'Braithwaite', 'Ogunleye', 'Hardcastle', 'Tregear'],
       [('{} Furlong Road', 'Furlong'), ('{} Cressbrook Close', 'Cressbrook'), ('{} Larkhill Terrace', 'Larkhill'),
        ('Flat {} Ashdown Court', 'Ashdown'), ('{} Wellgate', 'Wellgate'), ('{} Bramblewood Way', 'Bramblewood')],
       [('Leicester', 'LE2 1TQ'), ('Swansea', 'SA1 6EP'), ('Carlisle', 'CA1 2NS'), ('Norwich', 'NR3 4HT')],
       ['7700######', '7711######', '7824######', '7939######', '7458######'], 'en', dict(EN, dob='D.O.B.'),
       dob_fmt='%d/%m/%Y', ids=('nhs',), iban_cc='GB', cur='£')
DE = dict(name='Name', dob='Geb.-Datum', tel='Tel.', addr='Anschrift', mail='E-Mail', total='Gesamt', date='Datum',
          ref='Belegnr.', qty='Menge', acct='Konto')
locale('de-DE', 'DE',
       ['Wiebke', 'Torben', 'Hannelore', 'Jannik', 'Gesa', 'Volkmar', 'Frauke', 'Henning', 'Leonie', 'Detlef',
        'Marlene', 'Ole'],
       ['Brockmöller', 'Ziegenbein', 'Hufnagel', 'Oltmanns', 'Kleinschmidt', 'Rautenberg', 'Wiechers', 'Dittmann',
        'Pfannkuch', 'Lüdecke', 'Sommerfeld', 'Kahlert'],
       [('Kastanienweg {}', 'Kastanienweg'), ('Am Mühlenteich {}', 'Mühlenteich'), ('Lerchenstraße {}', 'Lerchenstraße'),
        ('Hainbuchenring {}', 'Hainbuchenring'), ('Ginsterpfad {}', 'Ginsterpfad'), ('Sielstraße {}', 'Sielstraße')],
       [('Oldenburg', '26122'), ('Kassel', '34117'), ('Bielefeld', '33602'), ('Rostock', '18055')],
       ['151########', '160#######', '170#######', '171#######', '176########', '152########'], 'de', DE,
       ids=('de_idnr',), iban_cc='DE')
FR = dict(name='Nom', dob='Né(e) le', tel='Tél.', addr='Adresse', mail='Courriel', total='Total TTC', date='Date',
          ref='Réf.', qty='Qté', acct='Compte')
locale('fr-FR', 'FR',
       ['Solène', 'Gaëtan', 'Maïwenn', 'Thibault', 'Apolline', 'Anatole', 'Clémence', 'Yannick', 'Ophélie',
        'Baptiste', 'Ysaline', 'Florian'],
       ['Kerguelen', 'Lachaume', 'Beauregard', 'Pennec', 'Marchetti', 'Delaunay-Rivière', 'Fauconnier', 'Ribeyre',
        'Chaumette', 'Le Guellec', 'Vasseur', 'Rouxel'],
       [('{} rue des Tanneurs', 'Tanneurs'), ('{} allée des Glycines', 'Glycines'), ('{} impasse du Moulin-Vieux',
        'Moulin-Vieux'), ('{} chemin des Vignerons', 'Vignerons'), ('{} rue de la Corderie', 'Corderie')],
       [('Angers', '49100'), ('Quimper', '29000'), ('Besançon', '25000'), ('Poitiers', '86000')],
       ['6########', '7########'], 'fr', FR, dob_fmt='%d/%m/%Y', iban_cc='FR')
ES = dict(name='Nombre', dob='F. nac.', tel='Tel.', addr='Domicilio', mail='Correo', total='Total', date='Fecha',
          ref='Ref.', qty='Cant.', acct='Cuenta')
locale('es-ES', 'ES',
       ['Nerea', 'Iñaki', 'Rocío', 'Gonzalo', 'Ainhoa', 'Fermín', 'Begoña', 'Eneko', 'Milagros', 'Aitor', 'Itziar',
        'Teodoro'],
       ['Urquiola', 'Berasategui', 'Montesinos', 'Carrasco Peña', 'Zubizarreta', 'Villalobos', 'Echeverría',
        'Arrieta', 'Sarasola', 'Barrientos', 'Olabarria', 'Quintanilla'],
       [('C/ Alcalde Sainz de Baranda {}', 'Sainz de Baranda'), ('Calle Albarracín {}', 'Albarracín'),
        ('Av. de los Almendros {}', 'Almendros'), ('C/ Tejares {}', 'Tejares'), ('Pza. del Azafrán {}', 'Azafrán')],
       [('Zaragoza', '50009'), ('Logroño', '26004'), ('Cáceres', '10005'), ('Valladolid', '47010')],
       ['6########', '7########'], 'de', ES, dob_fmt='%d/%m/%Y', ids=('dni',), iban_cc='ES')
IT = dict(name='Nominativo', dob='Nato/a il', tel='Cell.', addr='Indirizzo', mail='E-mail', total='Totale',
          date='Data', ref='Rif.', qty='Q.tà', acct='Conto')
locale('it-IT', 'IT',
       ['Ludovica', 'Ettore', 'Annunziata', 'Gianmarco', 'Rosalba', 'Ottavio', 'Benedetta', 'Corrado', 'Loredana',
        'Raffaele', 'Ginevra', 'Tancredi'],
       ['Scognamiglio', 'Bortolotti', 'Capozzi', 'Migliaccio', 'Zanardelli', 'Tagliaferri', 'Pellicanò',
        'Sbarbaro', 'Fumagalli', 'Iannuzzi', 'Cavalcanti', 'Brambilla'],
       [('Via dei Tigli {}', 'Tigli'), ('Vicolo Bottonaro {}', 'Bottonaro'), ('Via Pietralata {}', 'Pietralata'),
        ('Viale delle Acacie {}', 'Acacie'), ('Via Ferrarese {}', 'Ferrarese')],
       [('Bergamo', '24121'), ('Lecce', '73100'), ('Parma', '43121'), ('Trieste', '34121')],
       ['320#######', '347#######', '338#######', '333#######'], 'de', IT, dob_fmt='%d/%m/%Y', ids=('cf',),
       iban_cc='IT')
NL = dict(name='Naam', dob='Geb.datum', tel='Tel.', addr='Adres', mail='E-mail', total='Totaal', date='Datum',
          ref='Kenmerk', qty='Aantal', acct='Rekening')
locale('nl-NL', 'NL',
       ['Femke', 'Joost', 'Marieke', 'Sietse', 'Annelies', 'Wouter', 'Tjitske', 'Maarten', 'Lieke', 'Gerrit',
        'Sanne', 'Bram'],
       ['van der Heijden', 'Hoekstra', 'Brouwers', 'Dijkhuizen', 'Veldkamp', 'Schuurmans', 'Wijnands', 'Kuipers',
        'Terpstra', 'Zwanenburg', 'Bosgraaf', 'Oosterhuis'],
       [('Lindengracht {}', 'Lindengracht'), ('Meidoornlaan {}', 'Meidoornlaan'), ('Kievitstraat {}',
        'Kievitstraat'), ('Zandpad {}', 'Zandpad'), ('Rietkraag {}', 'Rietkraag')],
       [('Zwolle', '8011 JK'), ('Leeuwarden', '8911 BM'), ('Haarlem', '2011 RD'), ('Tilburg', '5038 EB')],
       ['6########'], 'de', NL, dob_fmt='%d-%m-%Y', ids=('bsn',), iban_cc='NL')
PT = dict(name='Nome', dob='Nasc.', tel='Cel.', addr='Endereço', mail='E-mail', total='Total', date='Data',
          ref='Ref.', qty='Qtd.', acct='Conta')
locale('pt-BR', 'BR',
       ['Thaís', 'Railson', 'Jéssica', 'Wellington', 'Luana', 'Ederson', 'Francielle', 'Josué', 'Gislaine',
        'Cleiton', 'Rayane', 'Valdemir'],
       ['Figueiredo', 'Nogueira Brandão', 'Cavalcante', 'Bezerra', 'Assunção', 'Damasceno', 'Magalhães',
        'Vasconcelos', 'Queiroz', 'Sampaio', 'Tavares Lins', 'Brito'],
       [('Rua das Acácias, {}', 'Acácias'), ('Av. Caxangá, {}', 'Caxangá'), ('Rua Jequitibá, {}', 'Jequitibá'),
        ('Travessa Itapuã, {}', 'Itapuã'), ('Rua Ipiranga-Mirim, {}', 'Ipiranga-Mirim')],
       [('Recife - PE', '50610-230'), ('Campinas - SP', '13015-904'), ('Goiânia - GO', '74810-100'),
        ('Londrina - PR', '86010-390')],
       ['119########', '219########', '819########', '319########', '619########'], 'de', PT, dob_fmt='%d/%m/%Y',
       ids=('cpf',), cur='R$')
PL = dict(name='Imię i nazwisko', dob='Data ur.', tel='Tel.', addr='Adres', mail='E-mail', total='Razem',
          date='Data', ref='Nr dok.', qty='Ilość', acct='Konto')
locale('pl-PL', 'PL',
       ['Grażyna', 'Przemysław', 'Jadwiga', 'Bartłomiej', 'Wiesława', 'Zdzisław', 'Agnieszka', 'Radosław',
        'Halina', 'Krzysztof', 'Dorota', 'Ireneusz'],
       ['Wróblewska', 'Szczepaniak', 'Gołębiowski', 'Pietrzykowska', 'Chmielewski', 'Kaczmarczyk', 'Zawadzka',
        'Sobieraj', 'Dudziak', 'Michalak', 'Wawrzyniak', 'Kubacka'],
       [('ul. Jarzębinowa {}', 'Jarzębinowa'), ('ul. Wrzosowa {}', 'Wrzosowa'), ('os. Słoneczne {}', 'Słoneczne'),
        ('ul. Kminkowa {}', 'Kminkowa'), ('ul. Żurawia {}', 'Żurawia')],
       [('Białystok', '15-424'), ('Rzeszów', '35-064'), ('Opole', '45-061'), ('Toruń', '87-100')],
       ['5########', '6########', '7########', '88#######'], 'fr', PL, ids=('pesel',), iban_cc='PL', cur='zł')
SV = dict(name='Namn', dob='Född', tel='Tfn', addr='Adress', mail='E-post', total='Summa', date='Datum',
          ref='Ref', qty='Antal', acct='Konto')
locale('sv-SE', 'SE',
       ['Sigrid', 'Ludvig', 'Ebba', 'Hampus', 'Majken', 'Torsten', 'Linnea', 'Albin', 'Gunilla', 'Viggo', 'Tuva',
        'Elof'],
       ['Lindqvist', 'Bergström', 'Sjöberg', 'Hedlund', 'Åkesson', 'Wallin', 'Forsgren', 'Engström', 'Lundholm',
        'Nyqvist', 'Holmgren', 'Ekdahl'],
       [('Rönnbärsvägen {}', 'Rönnbärsvägen'), ('Tallstigen {}', 'Tallstigen'), ('Kvarngatan {}', 'Kvarngatan'),
        ('Smedjegatan {}', 'Smedjegatan'), ('Ljungvägen {}', 'Ljungvägen')],
       [('Umeå', '903 27'), ('Örebro', '702 11'), ('Västerås', '722 15'), ('Luleå', '972 31')],
       ['70#######', '72#######', '73#######', '76#######'], 'fr', SV, dob_fmt='%Y-%m-%d', ids=('pnr',),
       iban_cc='SE', cur='kr')
FI = dict(name='Nimi', dob='Syntymäaika', tel='Puh.', addr='Osoite', mail='Sähköposti', total='Yhteensä',
          date='Pvm', ref='Viite', qty='Määrä', acct='Tili')
locale('fi-FI', 'FI',
       ['Aino', 'Eero', 'Kyllikki', 'Juho', 'Sanni', 'Tapio', 'Pirjo', 'Lauri', 'Venla', 'Ilmari', 'Siiri',
        'Veikko'],
       ['Häkkinen', 'Lehtonen', 'Vainikainen', 'Kettunen', 'Rautiainen', 'Nieminen', 'Pesonen', 'Huttunen',
        'Kärkkäinen', 'Tuominen', 'Salmela', 'Leppänen'],
       [('Kuusikkotie {}', 'Kuusikkotie'), ('Pajukatu {}', 'Pajukatu'), ('Koivurinne {} B 7', 'Koivurinne'),
        ('Myllypolku {}', 'Myllypolku')],
       [('Tampere', '33100'), ('Oulu', '90100'), ('Jyväskylä', '40100'), ('Kuopio', '70100')],
       ['40#######', '50#######', '44#######'], 'fr', FI, ids=('hetu',), iban_cc='FI')
TR = dict(name='Ad Soyad', dob='Doğum T.', tel='Tel', addr='Adres', mail='E-posta', total='Toplam', date='Tarih',
          ref='Belge No', qty='Miktar', acct='Hesap')
locale('tr-TR', 'TR',
       ['Elif', 'Oğuzhan', 'Sevgül', 'Burak', 'Nurcan', 'Tarkan', 'Şebnem', 'Kaan', 'Dilek', 'Erdem', 'Gülsüm',
        'Serkan'],
       ['Yıldırımoğlu', 'Karakaya', 'Özdemirci', 'Çetinkaya', 'Başaran', 'Akgündüz', 'Erdoğdu', 'Sarıkaya',
        'Tekinalp', 'Güneysu', 'Koçyiğit', 'Demirtaşlı'],
       [('Lale Sk. No:{}', 'Lale'), ('Ihlamur Cd. No:{}', 'Ihlamur'), ('Menekşe Sk. No:{}', 'Menekşe'),
        ('Çınaraltı Sk. No:{}', 'Çınaraltı'), ('Gazino Sk. No:{}', 'Gazino')],
       [('Kadıköy/İstanbul', '34710'), ('Çankaya/Ankara', '06690'), ('Bornova/İzmir', '35040'),
        ('Nilüfer/Bursa', '16110')],
       ['532#######', '505#######', '542#######', '555#######', '537#######'], 'de', TR, ids=('tck',),
       iban_cc='TR', cur='₺')
RU = dict(name='ФИО', dob='Дата рожд.', tel='Тел.', addr='Адрес', mail='Эл. почта', total='Итого', date='Дата',
          ref='№ док.', qty='Кол-во', acct='Счёт')
locale('ru-RU', 'RU',
       ['Анфиса', 'Всеволод', 'Ульяна', 'Ростислав', 'Злата', 'Ярополк', 'Евдокия', 'Тимофей', 'Василиса',
        'Гордей', 'Серафима', 'Архип'],
       ['Кудряшова', 'Перепёлкин', 'Шишкарёва', 'Загоскин', 'Бобрикова', 'Толмачёв', 'Огурцова', 'Лапшин',
        'Сухорукова', 'Веретенников', 'Пташкина', 'Крупенин'],
       [('ул. Черёмуховая, д. {}, кв. 14', 'Черёмуховая'), ('ул. Рябиновая, д. {}', 'Рябиновая'),
        ('пр-т Сиреневый, д. {}', 'Сиреневый'), ('ул. Кожевенная, д. {}', 'Кожевенная')],
       [('г. Казань', '420111'), ('г. Пермь', '614000'), ('г. Самара', '443099'), ('г. Томск', '634050')],
       ['91########', '92########', '95########', '98########', '90########'], 'fr', RU, ids=('inn',), cur='₽')
HI = dict(name='नाम', dob='जन्म तिथि', tel='मोबाइल', addr='पता', mail='ईमेल', total='कुल', date='दिनांक',
          ref='संदर्भ', qty='मात्रा', acct='खाता')
locale('hi-IN', 'IN',
       ['अनुराधा', 'विक्रमादित्य', 'सुलोचना', 'हर्षवर्धन', 'मृणालिनी', 'जयदेव', 'कादम्बरी', 'प्रभाकर',
        'तनुश्री', 'ऋतुराज'],
       ['भटनागर', 'चतुर्वेदी', 'खंडेलवाल', 'श्रीवास्तव', 'अग्निहोत्री', 'मेहरोत्रा', 'तिवारी', 'पाण्डेय',
        'बाजपेयी', 'कुलश्रेष्ठ'],
       [('मकान नं. {}, गली नं. 4, शांति नगर', 'शांति'), ('{}/7, गुलमोहर कॉलोनी', 'गुलमोहर'),
        ('प्लॉट {}, सेक्टर 12, आवास विकास', 'आवास'), ('{}, कचहरी रोड', 'कचहरी')],
       [('लखनऊ', '226016'), ('जयपुर', '302017'), ('कानपुर', '208002'), ('भोपाल', '462016')],
       ['98########', '94########', '70########', '81########', '63########'], 'in', HI, digits='deva',
       dob_fmt='%d-%m-%Y', ids=('aadhaar', 'pan'), cur='₹')
ZH = dict(name='姓名', dob='出生日期', tel='手机', addr='住址', mail='邮箱', total='合计', date='日期', ref='单号',
          qty='数量', acct='账号')
locale('zh-CN', 'CN',
       ['雨桐', '浩然', '梓萱', '俊熙', '婉清', '思远', '嘉怡', '泽宇', '若曦', '晨阳'],
       ['欧阳', '司马', '诸葛', '上官', '慕容', '皇甫', '东方', '尉迟', '夏侯', '公孙'],
       [('幸福路{}号3栋2单元501室', '幸福'), ('桂花巷{}号', '桂花'), ('青石板街{}号', '青石'), ('梧桐里{}弄8号', '梧桐')],
       [('成都市武侯区', '610041'), ('杭州市西湖区', '310012'), ('武汉市洪山区', '430074'), ('西安市雁塔区', '710061')],
       ['139########', '186########', '158########', '177########', '135########'], 'en', ZH,
       family_first=True, dob_fmt='%Y年%m月%d日', ids=('ric',), cur='¥', sep='')
JA = dict(name='氏名', dob='生年月日', tel='電話', addr='住所', mail='メール', total='合計', date='日付', ref='伝票番号',
          qty='数量', acct='口座')
locale('ja-JP', 'JP',
       ['美咲', '颯太', '陽菜', '蒼空', '結衣', '大翔', '紗希', '悠真', '千尋', '湊'],
       ['小野寺', '長谷部', '勅使河原', '五十嵐', '宇佐美', '曽我部', '御手洗', '四ノ宮', '早乙女', '東海林'],
       [('桜ヶ丘二丁目{}番5号', '桜ヶ丘'), ('若葉台{}-3-12', '若葉台'), ('緑町{}丁目8番地', '緑町'), ('梅ノ木通り{}-6', '梅ノ木')],
       [('札幌市北区', '〒001-0018'), ('福岡市南区', '〒815-0032'), ('仙台市青葉区', '〒980-0811'),
        ('金沢市', '〒920-0865')],
       ['90########', '80########', '70########'], 'en', JA, family_first=True, dob_fmt='%Y年%m月%d日',
       ids=('mynum',), cur='¥', sep=' ')
KO = dict(name='성명', dob='생년월일', tel='휴대폰', addr='주소', mail='이메일', total='합계', date='일자', ref='전표번호',
          qty='수량', acct='계좌')
locale('ko-KR', 'KR',
       ['서연', '도윤', '하은', '시우', '지아', '건우', '채원', '은호', '소율', '예준'],
       ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '어금', '탁', '봉'],
       [('해오름로 {}번길 7', '해오름'), ('은행나무길 {}', '은행나무'), ('매봉산로 {}', '매봉산'), ('솔샘로{}길 12', '솔샘')],
       [('대전광역시 유성구', '34126'), ('광주광역시 북구', '61186'), ('수원시 영통구', '16677'), ('청주시 흥덕구', '28511')],
       ['10########'], 'en', KO, family_first=True, dob_fmt='%Y.%m.%d', ids=('rrn',), cur='₩', sep='')
MX = dict(ES, dob='Fecha de nac.', addr='Domicilio', tel='Cel.')
locale('es-MX', 'MX',
       ['Citlali', 'Xóchitl', 'Uriel', 'Yazmín', 'Abundio', 'Itzel', 'Heriberto', 'Marisol', 'Ximena', 'Eleazar'],
       ['Tlacuilo', 'Xicoténcatl', 'Zavaleta', 'Ocampo Ruvalcaba', 'Huitrón', 'Cuautle', 'Bárcenas', 'Nava Olguín',
        'Tepichín', 'Villaseñor'],
       [('Calle Cempasúchil {}', 'Cempasúchil'), ('Av. Tlacotalpan {}', 'Tlacotalpan'), ('Privada Ahuehuete {}',
        'Ahuehuete'), ('Cda. Tepozán {} int. 3', 'Tepozán')],
       [('Puebla, Pue.', '72530'), ('Querétaro, Qro.', '76090'), ('Mérida, Yuc.', '97130'), ('Toluca, Méx.', '50120')],
       ['55########', '33########', '81########', '222#######'], 'en', MX, dob_fmt='%d/%m/%Y', ids=('curp',),
       cur='$')
AR = dict(name='الاسم', dob='تاريخ الميلاد', tel='الجوال', addr='العنوان', mail='البريد', total='الإجمالي',
          date='التاريخ', ref='رقم المرجع', qty='الكمية', acct='الحساب')
locale('ar-SA', 'SA',
       ['رغد', 'معاذ', 'لجين', 'عبدالإله', 'شهد', 'نواف', 'ريم', 'بندر', 'غدير', 'تركي'],
       ['القحطاني', 'الزهراني', 'الشهري', 'العتيبي', 'الغامدي', 'المطيري', 'الدوسري', 'السبيعي', 'العنزي',
        'البلوي'],
       [('حي الياسمين، شارع الغدير {}', 'الغدير'), ('حي النرجس، شارع الأقحوان {}', 'الأقحوان'),
        ('حي الروضة، شارع السنابل {}', 'السنابل')],
       [('الرياض', '13325'), ('جدة', '23442'), ('الدمام', '32241')],
       ['50#######', '55#######', '53#######', '56#######'], 'ar', AR, digits='arab', dob_fmt='%d/%m/%Y',
       iban_cc='SA', cur='ر.س')
HE = dict(name='שם', dob='ת. לידה', tel='נייד', addr='כתובת', mail='דוא"ל', total='סה"כ', date='תאריך',
          ref='אסמכתא', qty='כמות', acct='חשבון')
locale('he-IL', 'IL',
       ['נועה', 'איתמר', 'שירה', 'אלעד', 'הדס', 'עומרי', 'מעיין', 'יונתן', 'טליה', 'אביתר'],
       ['בן-חמו', 'אלמוג', 'שטרנברג', 'ויינשטוק', 'אזולאי', 'גבריאלי', 'קורנבליט', 'רוזנצוויג', 'חדד', 'פרלמוטר'],
       [('רחוב הדקל {}', 'הדקל'), ('רחוב הרימון {}', 'הרימון'), ('שדרות האלה {}', 'האלה'), ('רחוב התאנה {}', 'התאנה')],
       [('חיפה', '3303122'), ('באר שבע', '8489312'), ('נתניה', '4250611'), ('רחובות', '7630512')],
       ['50#######', '52#######', '54#######', '58#######'], 'en', HE, ids=('il_id',), cur='₪')
TH = dict(name='ชื่อ-สกุล', dob='วันเกิด', tel='โทร', addr='ที่อยู่', mail='อีเมล', total='รวม', date='วันที่',
          ref='เลขที่เอกสาร', qty='จำนวน', acct='บัญชี')
locale('th-TH', 'TH',
       ['ณัฐธิดา', 'ภาณุวัฒน์', 'กมลชนก', 'ธีรภัทร', 'พิมพ์ลภัส', 'วรเมธ', 'ศศิประภา', 'ชยพล', 'อรณิชา', 'กิตติพศ'],
       ['ศรีสวัสดิ์วงศ์', 'ทองประเสริฐ', 'วงศ์สุวรรณกุล', 'เจริญผล', 'บุญญาศิริ', 'แสงอรุณรัตน์', 'พรหมมินทร์',
        'อินทรประสิทธิ์', 'ชัยมงคลกุล', 'รุ่งเรืองศรี'],
       [('{}/12 ซอยลาดพร้าว 71', 'ลาดพร้าว'), ('{} หมู่ 4 ถนนมิตรภาพ', 'มิตรภาพ'), ('{}/3 ซอยนวลจันทร์ 28', 'นวลจันทร์')],
       [('กรุงเทพฯ 10230', ''), ('ขอนแก่น 40000', ''), ('เชียงใหม่ 50200', '')],
       ['81#######', '86#######', '89#######', '95#######'], 'en', TH, digits='thai', dob_fmt='%d/%m/%Y',
       ids=('th_pin',), cur='฿')
EL = dict(name='Ονοματεπώνυμο', dob='Ημ. γέννησης', tel='Κιν.', addr='Διεύθυνση', mail='Email', total='Σύνολο',
          date='Ημερομηνία', ref='Αρ. παραστατικού', qty='Ποσότητα', acct='Λογαριασμός')
locale('el-GR', 'GR',
       ['Χρυσάνθη', 'Παντελής', 'Ευανθία', 'Στυλιανός', 'Αγλαΐα', 'Χαράλαμπος', 'Δέσποινα', 'Θεμιστοκλής',
        'Ζωή', 'Ορέστης'],
       ['Παπαδημητρίου', 'Καραγιαννόπουλος', 'Τσολάκη', 'Μπαλτατζής', 'Κουτσογιάννη', 'Σταματόπουλος',
        'Γιαννακοπούλου', 'Χατζηνικολάου', 'Ζερβού', 'Μαυρομάτης'],
       [('Οδός Αμαρύλλιδος {}', 'Αμαρύλλιδος'), ('Οδός Κυκλάμινων {}', 'Κυκλάμινων'), ('Οδός Ασφοδέλου {}',
        'Ασφοδέλου'), ('Οδός Δαφνομήλου {}', 'Δαφνομήλου')],
       [('Θεσσαλονίκη', '546 22'), ('Πάτρα', '262 21'), ('Ηράκλειο', '712 02'), ('Λάρισα', '412 22')],
       ['69########'], 'de', EL, dob_fmt='%d/%m/%Y', iban_cc='GR')
CL = dict(ES, dob='F. nacimiento', tel='Cel.')
locale('es-CL', 'CL',
       ['Javiera', 'Benjamín', 'Catalina', 'Matías', 'Antonia', 'Vicente', 'Fernanda', 'Agustín', 'Constanza',
        'Cristóbal'],
       ['Huenchumilla', 'Cayuqueo', 'Aravena', 'Painemal', 'Zamorano', 'Valdebenito', 'Catrileo', 'Inostroza',
        'Riquelme', 'Sepúlveda'],
       [('Pasaje Los Copihues {}', 'Copihues'), ('Av. Los Boldos {}', 'Boldos'), ('Calle Quillay {}', 'Quillay'),
        ('Pje. Los Maitenes {}', 'Maitenes')],
       [('Temuco', '4780000'), ('Concepción', '4030000'), ('Valparaíso', '2340000'), ('Puerto Montt', '5480000')],
       ['9########'], 'de', CL, dob_fmt='%d-%m-%Y', ids=('rut',), cur='$')
locale('en-ZA', 'ZA',
       ['Thandeka', 'Sipho', 'Lerato', 'Bongani', 'Nomvula', 'Tshepo', 'Zanele', 'Kagiso', 'Ayanda', 'Mpho'],
       ['Dlamini', 'Mokoena', 'Nkosi', 'Mahlangu', 'Khumalo', 'Mabuza', 'Ngcobo', 'Sithole', 'Maseko', 'Radebe'],
       [('{} Protea Crescent', 'Protea'), ('{} Jacaranda Street', 'Jacaranda'), ('{} Umdoni Road', 'Umdoni'),
        ('{} Kiepersol Avenue', 'Kiepersol')],
       [('Pietermaritzburg', '3201'), ('Polokwane', '0699'), ('Gqeberha', '6001'), ('Bloemfontein', '9301')],
       ['82#######', '72#######', '83#######', '76#######', '61#######'], 'fr', EN, dob_fmt='%Y/%m/%d',
       ids=('za_id',), cur='R')
VI = dict(name='Họ tên', dob='Ngày sinh', tel='ĐT', addr='Địa chỉ', mail='Email', total='Tổng cộng', date='Ngày',
          ref='Số CT', qty='SL', acct='TK')
locale('vi-VN', 'VN',
       ['Thảo'],
       ['Trịnh'],
       [('Số {} ngõ 68 phố Hoa Lư', 'Hoa Lư'), ('{} đường Lạc Long Quân', 'Lạc Long Quân'),
        ('{}/5 hẻm Cây Sung', 'Cây Sung')],
       [('Hà Nội', '100000'), ('Đà Nẵng', '550000'), ('TP. HCM', '700000')],
       ['912######', '983######', '903######', '868######'], 'de', VI, family_first=True, dob_fmt='%d/%m/%Y',
       cur='₫', sep=' ')
LOCALES = list(L)


# ----------------------------------------------------------------------------------------------------------
# number formatting
# ----------------------------------------------------------------------------------------------------------
NATIVE = {'arab': '٠١٢٣٤٥٦٧٨٩', 'deva': '०१२३४५६७८९', 'thai': '๐๑๒๓๔๕๖๗๘๙'}


def native(s, digits):
    if digits not in NATIVE:
        return s
    return s.translate(str.maketrans('0123456789', NATIVE[digits]))


def fnum(x, loc, dec=2):
    s = f'{abs(x):,.{dec}f}'
    ip, _, fp = s.partition('.')
    st = loc['numstyle']
    if st == 'in':
        raw = ip.replace(',', '')
        if len(raw) > 3:
            head, tail = raw[:-3], raw[-3:]
            groups = []
            while len(head) > 2:
                groups.insert(0, head[-2:])
                head = head[:-2]
            if head:
                groups.insert(0, head)
            ip = ','.join(groups + [tail])
        else:
            ip = raw
        out = ip + ('.' + fp if fp else '')
    elif st == 'de':
        out = ip.replace(',', '.') + (',' + fp if fp else '')
    elif st == 'fr':
        out = ip.replace(',', '\u202f' if loc['tag'] == 'fr-FR' else ' ') + (',' + fp if fp else '')
    elif st == 'ar':
        out = ip.replace(',', '٬') + ('٫' + fp if fp else '')
        out = native(out, 'arab')
    else:
        out = s
    if x < 0:
        out = '-' + out
    return out


def money(x, loc, dec=2):
    n = fnum(x, loc, dec)
    c = loc['cur']
    if c in ('$', '£', '¥', '₹', 'R$', 'R', '₩', '₪'):
        return f'{c}{n}' if c not in ('R$', 'R') else f'{c} {n}'
    return f'{n} {c}'


# ----------------------------------------------------------------------------------------------------------
# personal values (validated) -- each returns (entity_type, rendered string)
# ----------------------------------------------------------------------------------------------------------
class Invalid(Exception):
    pass


def need(ok, what):
    if not ok:
        raise SystemExit(f'invalid generated value: {what}')


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def brute(prefix, alphabet, ok, width=1):
    import itertools
    for combo in itertools.product(alphabet, repeat=width):
        c = prefix + ''.join(combo)
        if ok(c):
            return c
    return None


def person_name(rng, loc):
    for _ in range(60):
        g, f = rng.choice(loc['given']), rng.choice(loc['family'])
        full = f + loc['name_sep'] + g if loc['family_first'] else g + ' ' + f
        if clean_entry(full):
            return full
    raise SystemExit('no clean name combination for ' + loc['tag'])


ORG_PATS = {'US': ['800#######', '888#######', '212#######'], 'GB': ['20########', '161#######', '800#######'],
            'DE': ['30########', '40#######', '89#######'], 'FR': ['1########', '4########'], 'ES': ['91#######', '93#######'],
            'IT': ['02########', '06########'], 'NL': ['20#######', '10#######'], 'BR': ['11########', '21########'],
            'PL': ['22#######', '12#######'], 'SE': ['8#######', '31######'], 'FI': ['9#######', '2########'],
            'TR': ['212#######', '312#######'], 'RU': ['495#######', '812#######'], 'IN': ['11########', '22########'],
            'CN': ['10########', '21########'], 'JP': ['3########', '6########'], 'KR': ['2#######', '31#######'],
            'MX': ['55########', '81########'], 'SA': ['11#######', '12#######'], 'IL': ['3#######', '2#######'],
            'TH': ['2#######'], 'GR': ['21########'], 'CL': ['22#######', '2########'], 'ZA': ['21#######', '11#######'],
            'VN': ['24########', '28########']}


def org_phone(rng, loc):
    """an organisation's own fixed-line switchboard (validated, not a mobile)."""
    return phone(rng, dict(loc, phone_pats=ORG_PATS[loc['region']], digits='latin'), rng.choice(['intl', 'nat']),
                 fixed=True)


def phone(rng, loc, fmt=None, fixed=False):
    region = loc['region']
    for _ in range(2000):
        nsn = ''.join(rng.choice('0123456789') if ch == '#' else ch for ch in rng.choice(loc['phone_pats']))
        if region == 'US' and (nsn[3:6] == '555' or nsn[3] in '01'):
            continue
        try:
            p = phonenumbers.parse(nsn, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number_for_region(p, region):
            continue
        nt = phonenumbers.number_type(p)
        if fixed and nt not in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.TOLL_FREE,
                                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            continue
        fmt = fmt or rng.choice(['nat', 'nat', 'intl', 'e164'])
        pf = {'nat': phonenumbers.PhoneNumberFormat.NATIONAL, 'intl': phonenumbers.PhoneNumberFormat.INTERNATIONAL,
              'e164': phonenumbers.PhoneNumberFormat.E164}[fmt]
        s = phonenumbers.format_number(p, pf)
        need(phonenumbers.is_valid_number(phonenumbers.parse(s, region)), s)
        if loc['digits'] != 'latin' and rng.random() < 0.4:
            s = native(s, loc['digits'])
        return 'phone', s
    raise SystemExit('could not make a phone for ' + region)


def dob_date(rng, lo=1941, hi=2004):
    import datetime as dt
    start = dt.date(lo, 1, 1).toordinal()
    return dt.date.fromordinal(start + rng.randrange((dt.date(hi, 12, 28) - dt.date(lo, 1, 1)).days))


def dob(rng, loc, d=None):
    d = d or dob_date(rng)
    s = d.strftime(loc['dob_fmt'])
    if loc['digits'] != 'latin' and rng.random() < 0.5:
        s = native(s, loc['digits'])
    return 'DATE_OF_BIRTH', s


def address(rng, loc):
    tpl, _ = rng.choice(loc['streets'])
    city, pc = rng.choice(loc['cities'])
    street = tpl.format(rng.randrange(2, 148))
    tag = loc['tag']
    if tag in ('en-US',):
        s = f'{street}, {city} {pc}'
    elif tag in ('zh-CN', 'ja-JP', 'ko-KR'):
        s = f'{pc} {city}{street}' if tag != 'ko-KR' else f'{city} {street} ({pc})'
    elif tag in ('en-GB', 'en-ZA', 'he-IL', 'ar-SA', 'th-TH', 'vi-VN', 'hi-IN'):
        s = f'{street}, {city} {pc}'.strip()
    elif tag == 'ru-RU':
        s = f'{pc}, {city}, {street}'
    else:
        s = f'{street}, {pc} {city}'
    if loc['digits'] != 'latin' and rng.random() < 0.3:
        s = native(s, loc['digits'])
    return 'STREET_ADDRESS', s


def email(rng, loc, name):
    import unicodedata
    base = unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode().lower()
    parts = [p for p in re.split(r'[^a-z]+', base) if p]
    if len(parts) < 2:
        parts = [rng.choice(['sunbird', 'kitelover', 'bluefern', 'nightowl', 'tealcup', 'oakmoss', 'redkite']),
                 str(rng.randrange(70, 99))]
    local = rng.choice(['{0}.{1}', '{0}{1}{n}', '{0}_{1}', '{a}{1}{n}']).format(parts[0], parts[-1], a=parts[0][0],
                                                                                 n=rng.randrange(1, 99))
    dom = {'DE': ['web.de', 'gmx.de', 't-online.de'], 'FR': ['orange.fr', 'free.fr', 'laposte.net'],
           'IT': ['libero.it', 'virgilio.it'], 'PL': ['wp.pl', 'onet.pl', 'o2.pl'], 'RU': ['mail.ru', 'yandex.ru'],
           'KR': ['naver.com', 'daum.net'], 'CN': ['qq.com', '163.com'], 'JP': ['yahoo.co.jp', 'docomo.ne.jp'],
           'BR': ['uol.com.br', 'bol.com.br'], 'NL': ['ziggo.nl', 'kpnmail.nl']}.get(loc['region'], [])
    return 'email', f'{local}@{rng.choice(dom + ["gmail.com", "outlook.com", "hotmail.com"])}'


DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]


def ip_public(rng):
    while True:
        if rng.random() < 0.8:
            a = ipaddress.IPv4Address(rng.randrange(1 << 24, 223 << 24))
        else:
            a = ipaddress.IPv6Address((0x2a02 << 112) | rng.getrandbits(100))
        if a.is_global and not any(a in n for n in DOC_NETS if n.version == a.version):
            return 'IP_ADDRESS', str(a)


def card(rng):
    tests = {'4111111111111111', '4242424242424242', '5555555555554444', '5105105105105100', '4012888888881881',
             '378282246310005', '371449635398431', '4000056655665556', '2223003122003222'}
    while True:
        kind = rng.choice(['v', 'v', 'm', 'm2', 'a'])
        if kind == 'a':
            base = rng.choice(['34', '37']) + digits(rng, 12)
        elif kind == 'm':
            base = str(rng.randrange(51, 56)) + digits(rng, 13)
        elif kind == 'm2':
            base = str(rng.randrange(2221, 2721)) + digits(rng, 11)
        else:
            base = '4' + digits(rng, 14)
        num = base + luhn.calc_check_digit(base)
        if num in tests or not luhn.is_valid(num):
            continue
        if len(num) == 15:
            s = f'{num[:4]} {num[4:10]} {num[10:]}'
        else:
            s = rng.choice([' ', '-', '']).join(num[i:i + 4] for i in range(0, 16, 4))
        return 'credit_card', s


IBAN_SPEC = {'DE': 'n18', 'GB': 'a4n14', 'FR': 'n23', 'ES': 'n20', 'IT': 'A1n22', 'NL': 'a4n10', 'PL': 'n24',
             'SE': 'n20', 'FI': 'n14', 'TR': 'n22', 'SA': 'n20', 'GR': 'n23'}
IBAN_EXAMPLES = {'DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606',
                 'ES9121000418450200051332', 'IT60X0542811101000000123456', 'NL91ABNA0417164300',
                 'PL61109010140000071219812874', 'SE4550000000058398257466', 'FI2112345600000785',
                 'TR330006100519786457841326', 'SA0380000000608010167519', 'GR1601101250000000012300695'}


def iban(rng, cc):
    spec = IBAN_SPEC[cc]
    for _ in range(20000):
        bban = ''
        for kind, n in re.findall(r'([anA])(\d+)', spec):
            pool = '0123456789' if kind == 'n' else string.ascii_uppercase
            bban += ''.join(rng.choice(pool) for _ in range(int(n)))
        if cc == 'GB':
            bban = rng.choice(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK']) + bban[4:]
        if cc == 'NL':
            bban = rng.choice(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO']) + bban[4:]
        num = ''.join(str(int(ch, 36)) for ch in bban + cc + '00')
        s = f'{cc}{98 - int(num) % 97:02d}{bban}'
        if std_iban.is_valid(s) and s not in IBAN_EXAMPLES:
            return 'iban', rng.choice([s, ' '.join(s[i:i + 4] for i in range(0, len(s), 4))])
    raise SystemExit('iban ' + cc)


def kvnr_ok(v):
    if not re.fullmatch(r'[A-Z]\d{9}', v):
        return False
    ds = f'{ord(v[0]) - 64:02d}' + v[1:9]
    tot = 0
    for i, ch in enumerate(ds):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(v[9])


def national(rng, loc, which, d=None):
    """One citizen / tax / health number of the locale; returns (entity, rendered, field label)."""
    import datetime as dt
    d = d or dob_date(rng)
    yy, mm, dd = f'{d.year % 100:02d}', f'{d.month:02d}', f'{d.day:02d}'
    D = '0123456789'
    if which == 'ssn':
        while True:
            a = rng.randrange(1, 666)
            s = f'{a:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}'
            if ssn.is_valid(s):
                return 'ssn', s, 'SSN'
    if which == 'nhs':
        while True:
            v = brute(digits(rng, 9), D, nhs.is_valid)
            if v:
                return 'HEALTH_INSURANCE', f'{v[:3]} {v[3:6]} {v[6:]}', 'NHS No.'
    if which == 'de_idnr':
        while True:
            v = brute(rng.choice('123456789') + digits(rng, 9), D, de_idnr.is_valid)
            if v:
                return 'TAX_ID', rng.choice([v, f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}']), 'Steuer-ID'
    if which == 'dni':
        v = brute(digits(rng, 8), string.ascii_uppercase, dni.is_valid)
        return 'NATIONAL_ID', v, 'DNI'
    if which == 'cf':
        cons = 'BCDFGLMNPRSTVZ'
        while True:
            base = (''.join(rng.choice(cons) for _ in range(6)) + yy + 'ABCDEHLMPRST'[d.month - 1]
                    + f'{d.day + rng.choice([0, 40]):02d}' + rng.choice(['H501', 'F205', 'A944', 'L219', 'G273']))
            v = brute(base, string.ascii_uppercase, codicefiscale.is_valid)
            if v:
                return 'TAX_ID', v, 'C.F.'
    if which == 'bsn':
        while True:
            v = digits(rng, 9)
            if v[0] != '0' and bsn.is_valid(v):
                return 'NATIONAL_ID', v, 'BSN'
    if which == 'cpf':
        while True:
            v = brute(digits(rng, 9), D, cpf.is_valid, 2)
            if v and len(set(v)) > 2:
                return 'TAX_ID', f'{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}', 'CPF'
    if which == 'pesel':
        m = d.month + (20 if d.year >= 2000 else 0)
        v = brute(f'{yy}{m:02d}{dd}' + digits(rng, 4), D, pesel.is_valid)
        need(v, 'pesel')
        return 'NATIONAL_ID', v, 'PESEL'
    if which == 'pnr':
        v = brute(f'{yy}{mm}{dd}' + digits(rng, 3), D, personnummer.is_valid)
        need(v, 'pnr')
        return 'NATIONAL_ID', f'{v[:6]}-{v[6:]}', 'Personnr'
    if which == 'hetu':
        sign = '-' if d.year < 2000 else 'A'
        while True:
            v = brute(f'{dd}{mm}{yy}{sign}{rng.randrange(2, 900):03d}', '0123456789ABCDEFHJKLMNPRSTUVWXY', hetu.is_valid)
            if v:
                return 'NATIONAL_ID', v, 'Henkilötunnus'
    if which == 'tck':
        while True:
            v = brute(rng.choice('123456789') + digits(rng, 8), D, tckimlik.is_valid, 2)
            if v:
                return 'NATIONAL_ID', v, 'T.C. Kimlik No'
    if which == 'aadhaar':
        while True:
            v = brute(rng.choice('23456789') + digits(rng, 10), D, aadhaar.is_valid)
            if v:
                return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}', 'आधार'
    if which == 'pan':
        v = ''.join(rng.choice(string.ascii_uppercase) for _ in range(3)) + 'P' + rng.choice('ABKMSTV') + digits(
            rng, 4) + rng.choice(string.ascii_uppercase)
        need(pan.is_valid(v), v)
        return 'TAX_ID', v, 'PAN'
    if which == 'inn':
        while True:
            v = brute(rng.choice(['77', '50', '16', '59', '63', '70']) + digits(rng, 8), D, inn.is_valid, 2)
            if v:
                return 'TAX_ID', v, 'ИНН'
    if which == 'ric':
        v = brute(rng.choice(['510107', '330106', '420111', '610113']) + d.strftime('%Y%m%d') + digits(rng, 3),
                  '0123456789X', ric.is_valid)
        need(v, 'ric')
        return 'NATIONAL_ID', v, '身份证号'
    if which == 'rrn':
        while True:
            g = rng.choice('12') if d.year < 2000 else rng.choice('34')
            v = brute(f'{yy}{mm}{dd}{g}' + digits(rng, 5), D, rrn.is_valid)
            if v:
                return 'NATIONAL_ID', f'{v[:6]}-{v[6:]}', '주민등록번호'
    if which == 'mynum':
        while True:
            v = brute(rng.choice('123456789') + digits(rng, 10), D, jp_in.is_valid)
            if v:
                return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}', 'マイナンバー'
    if which == 'curp':
        while True:
            base = (rng.choice('BCDGHMNRTVZ') + rng.choice('AEIOU') + ''.join(rng.choice('BCDGLMNRSTVZ') for _ in range(2))
                    + f'{yy}{mm}{dd}' + rng.choice('HM') + rng.choice(['PL', 'DF', 'JC', 'NL', 'YN', 'QT', 'MC'])
                    + ''.join(rng.choice('BCDFGLMNRSTVZ') for _ in range(3)) + ('0' if d.year < 2000 else 'A'))
            v = brute(base, D, curp.is_valid)
            if v:
                return 'NATIONAL_ID', v, 'CURP'
    if which == 'rut':
        n = str(rng.randrange(8_000_000, 24_000_000))
        v = brute(n, '0123456789K', rut.is_valid)
        need(v, 'rut')
        return 'NATIONAL_ID', f'{int(n):,}'.replace(',', '.') + '-' + v[-1], 'RUN'
    if which == 'za_id':
        while True:
            v = brute(f'{yy}{mm}{dd}' + f'{rng.randrange(0, 10000):04d}' + '08', D, za_idnr.is_valid)
            if v:
                return 'NATIONAL_ID', v, 'ID No.'
    if which == 'il_id':
        v = brute(digits(rng, 8), D, il_idnr.is_valid)
        need(v, 'il')
        return 'NATIONAL_ID', v, 'ת"ז'
    if which == 'th_pin':
        while True:
            v = brute(rng.choice('12345678') + digits(rng, 11), D, th_pin.is_valid)
            if v:
                return 'NATIONAL_ID', f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}', 'เลขประจำตัวประชาชน'
    if which == 'us_dl':
        v = rng.choice(string.ascii_uppercase) + digits(rng, 7)
        need(re.fullmatch(r'[A-Z]\d{7}', v), v)
        return 'DRIVER_LICENSE', v, 'DL#'
    if which == 'us_bank':
        while True:
            r = brute(rng.choice(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22',
                                  '26', '31']) + digits(rng, 6), D, rtn.is_valid)
            if r:
                return 'US_BANK_NUMBER', r, 'ABA'
    raise SystemExit('unknown id ' + which)


def kvnr(rng):
    while True:
        v = rng.choice(string.ascii_uppercase) + digits(rng, 8)
        for c in D10:
            if kvnr_ok(v + c):
                return 'HEALTH_INSURANCE', v + c


D10 = '0123456789'


def mrn(rng):
    v = rng.choice(['MRN {}', 'KIS-{}', 'Pat.-Nr. {}', 'HN{}', 'UR {}', 'NHC {}']).format(digits(rng, rng.choice([7, 8, 9])))
    return 'MEDICAL_RECORD', v


def passport(rng, loc):
    r = loc['region']
    if r == 'DE':
        v = rng.choice('CFGHJK') + ''.join(rng.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))
    elif r == 'FR':
        v = digits(rng, 2) + ''.join(rng.choice(string.ascii_uppercase) for _ in range(2)) + digits(rng, 5)
    elif r in ('IN', 'ES', 'KR', 'TH'):
        v = rng.choice('JKLMNPRTUVZ') + digits(rng, 7)
    else:
        v = rng.choice(['', 'A', 'E']) + digits(rng, 8 if r != 'US' else 9)
        v = v if len(v) <= 9 else v[:9]
    need(re.fullmatch(r'[A-Z0-9]{8,9}', v), v)
    return 'PASSPORT', v


# ----------------------------------------------------------------------------------------------------------
# benign building blocks (documentation values, placeholders, organisations' own contact points)
# ----------------------------------------------------------------------------------------------------------
COMPANIES = [full for full, _ in cut([(f'{n}{form}', n) for n, form in zip(
    compose(['Quill', 'Tessel', 'Brach', 'Vellum', 'Corvid', 'Ferrule', 'Lintel', 'Sextant', 'Gnomon', 'Plinth', 'Tallow',
             'Wimble'], ['ware', 'tek', 'mark', 'line', 'port', 'stone', 'field', 'haus']),
    [' Logistik GmbH', ' Utilities Ltd', ' Medlab SAS', ' Freight BV', ' Metering Oy', ' Insurance plc',
     ' Payroll Inc.', ' Retail AB', ' Kargo A.Ş.', ' Seguros SA', ' Instruments AG', ' Warehousing LLC'] * 8)],
    'companies')]
DOMAINS = ['nordkabel-logistik.de', 'brightwater-utilities.co.uk', 'solaris-medlab.fr', 'haventoll.nl',
           'tidemark-insurance.com', 'pinecrest-payroll.com', 'vantaametering.fi', 'tessera-wh.com']
SPECIMEN_NAMES = cut(['Max Mustermann', 'Erika Mustermann', 'John Doe', 'Jane Doe', 'Fulano de Tal', 'Mario Rossi',
                      'Jan Kowalski', 'Jan Jansen', 'Joe Bloggs', 'Juan Pérez', 'Ola Nordmann', 'Matti Meikäläinen',
                      'Иван Петров', '山田太郎', '홍길동', '张三', 'Chidi Example', 'Muster Hans'], 'specimen', 1)
HISTORICAL = cut(['Paavo Nurmi', 'Emil Zátopek', 'Abebe Bikila', 'Fanny Blankers-Koen', 'Jesse Owens', 'Ville Ritola',
                  'Hannes Kolehmainen', 'Babe Didrikson', 'Lasse Virén', 'Alain Mimoun'], 'historical', 2)
EPONYMS = cut(['Westergren ESR', 'Coombs test (direct)', 'Friedewald LDL', 'Cockcroft-Gault CrCl', 'Wintrobe MCHC',
               'Ziehl-Neelsen stain', 'Gram stain', 'Bence Jones protein', 'Mantoux induration'], 'eponyms', 2)
PLACEHOLDERS = ['[NAME]', '<patient_name>', '{{customer.full_name}}', '________________', '[REDACTED]', '***',
                'XXXXXXXX', '<<NAME>>', '(leer)', 'N/A']
TEST_CARDS = ['4111 1111 1111 1111', '4242 4242 4242 4242', '5555 5555 5555 4444', '5105 1051 0510 5100',
              '3782 822463 10005', '4000 0566 5566 5556']
for _c in TEST_CARDS:
    need(luhn.is_valid(_c.replace(' ', '')), _c)
EX_IBAN = {i[:2]: i for i in IBAN_EXAMPLES}
for _i in IBAN_EXAMPLES:
    need(std_iban.is_valid(_i), _i)


def doc_ip(rng):
    return rng.choice(['192.0.2.', '198.51.100.', '203.0.113.']) + str(rng.randrange(1, 255))


def fict_phone(rng):
    s = f'555-01{rng.randrange(0, 100):02d}'
    return rng.choice([f'(212) {s}', f'+1 312 {s}', f'{s}', f'1-800-{s}'.replace('1-800-', '(800) ')])


TLD = {'DE': 'de', 'GB': 'co.uk', 'FR': 'fr', 'ES': 'es', 'IT': 'it', 'NL': 'nl', 'BR': 'com.br', 'PL': 'pl', 'SE': 'se',
       'FI': 'fi', 'TR': 'com.tr', 'RU': 'ru', 'IN': 'in', 'CN': 'cn', 'JP': 'jp', 'KR': 'kr', 'MX': 'mx', 'SA': 'sa',
       'IL': 'co.il', 'TH': 'co.th', 'GR': 'gr', 'CL': 'cl', 'ZA': 'co.za', 'VN': 'vn'}


def org_line(rng, loc):
    comp = rng.choice(COMPANIES)
    dom = comp.split()[0].lower() + '.' + TLD.get(loc['region'], 'com')
    box = rng.choice(['service', 'billing', 'support', 'info', 'claims', 'payroll', 'dispatch', 'lab', 'noreply'])
    _, tel = org_phone(rng, loc)
    return comp, f'{comp} · {rng.choice(["switchboard", "hotline", "customer service", loc["labels"]["tel"]])} {tel} · {box}@{dom}'


def masked_card(rng):
    return rng.choice(['**** **** **** ', 'XXXX-XXXX-XXXX-', '•••• ', '************']) + digits(rng, 4)


def ref(rng, pre):
    return f'{pre}{rng.randrange(10**5, 10**8)}'


def gtin(rng):
    base = rng.choice(['40', '50', '76', '80', '84', '87', '590', '690', '49']) + digits(rng, 10)
    base = base[:12]
    v = base + ean.calc_check_digit(base)
    need(ean.is_valid(v), v)
    return v


def container(rng):
    own = rng.choice(['MSCU', 'MAEU', 'CMAU', 'HLXU', 'TGHU', 'OOLU', 'CSNU'])
    base = own + digits(rng, 6)
    v = base + iso6346.calc_check_digit(base)
    need(iso6346.is_valid(v), v)
    return v


def ts(rng, loc):
    import datetime as dt
    d = dt.datetime(2026, 1, 1) + dt.timedelta(minutes=rng.randrange(0, 480000))
    return d.strftime(rng.choice(['%Y-%m-%d %H:%M', '%d.%m.%Y %H:%M', '%Y-%m-%dT%H:%M:%SZ', '%d/%m/%Y %H:%M']))


def day(rng):
    import datetime as dt
    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 330))
    return d


# ----------------------------------------------------------------------------------------------------------
# PII picker: what a sensitive document carries (issued values)
# ----------------------------------------------------------------------------------------------------------
class Issue:
    def __init__(self, rng, loc):
        self.rng, self.loc, self.items = rng, loc, []
        self.d = dob_date(rng)
        self._name = None

    def add(self, ent, val):
        self.items.append((ent, val))
        return val

    def name(self):
        if self._name is None:
            self._name = self.add('person', person_name(self.rng, self.loc))
        return self._name

    def phone(self):
        return self.add(*phone(self.rng, self.loc))

    def dob(self):
        return self.add(*dob(self.rng, self.loc, self.d))

    def addr(self):
        return self.add(*address(self.rng, self.loc))

    def mail(self):
        return self.add(*email(self.rng, self.loc, self._name or person_name(self.rng, self.loc)))

    def natid(self, prefer=None):
        ids = [i for i in self.loc['ids'] if i not in ('us_bank', 'us_dl')] or []
        if prefer and prefer in self.loc['ids']:
            ids = [prefer]
        if not ids:
            return None
        ent, v, lab = national(self.rng, self.loc, self.rng.choice(ids), self.d)
        self.add(ent, v)
        return lab, v

    def iban(self):
        cc = self.loc['iban_cc'] or self.rng.choice(['DE', 'NL', 'FR'])
        return self.add(*iban(self.rng, cc))

    def card(self):
        return self.add(*card(self.rng))

    def ip(self):
        return self.add(*ip_public(self.rng))

    def mrn(self):
        return self.add(*mrn(self.rng))

    def dl(self):
        if self.loc['region'] == 'US':
            ent, v, _ = national(self.rng, self.loc, 'us_dl')
            return self.add(ent, v)
        fam = re.sub('[^A-Z]', '', (self._name or 'X').split()[-1].upper())[:5].ljust(5, '9')
        d = self.d
        m = d.month + (50 if self.rng.random() < 0.5 else 0)
        v = f'{fam}{d.year % 100 // 10}{m:02d}{d.day:02d}{d.year % 10}{"".join(self.rng.choice(string.ascii_uppercase) for _ in range(2))}9{"".join(self.rng.choice(string.ascii_uppercase) for _ in range(2))}'
        need(re.fullmatch(r'[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}', v), v)
        return self.add('DRIVER_LICENSE', v)

    def passport(self):
        return self.add(*passport(self.rng, self.loc))

    def insurer(self):
        if self.loc['region'] == 'GB':
            ent, v, _ = national(self.rng, self.loc, 'nhs')
            return self.add(ent, v)
        if self.loc['region'] == 'DE':
            return self.add(*kvnr(self.rng))
        v = rng_member(self.rng)
        return self.add('HEALTH_INSURANCE', v)

    def usbank(self):
        ent, r, _ = national(self.rng, self.loc, 'us_bank')
        acct = digits(self.rng, self.rng.choice([9, 10, 12]))
        self.add(ent, r)
        self.add(ent, acct)
        return r, acct


def rng_member(rng):
    v = rng.choice(['W', 'XJH', 'ZGP', 'MBR', 'U']) + digits(rng, 9)
    need(re.fullmatch(r'[A-Z]{1,3}\d{9}', v), v)
    return v


# ----------------------------------------------------------------------------------------------------------
# document kinds.  Each builder gets iss (an Issue for sensitive records, None for hard negatives) and
# returns (text, file extension, variant tag)
# ----------------------------------------------------------------------------------------------------------
def subject_block(rng, loc, iss, fields, benign_variant):
    """header lines for the data subject: real values (sensitive) or a near-miss (benign)."""
    lab = loc['labels']
    out = []
    if iss is not None:
        fields = list(fields)
        r = rng.random()
        if r < 0.14:  # one incidental identifier among the figures, no name
            fields = [rng.choice(['tel', 'mail', 'iban', 'card', 'id', 'id', 'ip', 'dob'])]
        elif r < 0.5 and 'id' not in fields:
            fields.append('id')
        if loc['region'] in ('US', 'GB') and rng.random() < 0.2:
            fields.append('dl')
        for f in fields:
            if f == 'name':
                out.append(f'{lab["name"]}: {iss.name()}')
            elif f == 'dob':
                out.append(f'{lab["dob"]}: {iss.dob()}')
            elif f == 'tel':
                out.append(f'{lab["tel"]}: {iss.phone()}')
            elif f == 'addr':
                out.append(f'{lab["addr"]}: {iss.addr()}')
            elif f == 'mail':
                out.append(f'{lab["mail"]}: {iss.mail()}')
            elif f == 'id':
                r = iss.natid()
                if r:
                    out.append(f'{r[0]}: {r[1]}')
            elif f == 'iban':
                out.append(f'IBAN: {iss.iban()}')
            elif f == 'card':
                out.append(f'Card: {iss.card()}')
            elif f == 'ip':
                out.append(f'IP: {iss.ip()}')
            elif f == 'mrn':
                out.append(iss.mrn())
            elif f == 'ins':
                out.append(f'Member/Vers.-Nr.: {iss.insurer()}')
            elif f == 'pass':
                out.append(f'Passport No.: {iss.passport()}')
            elif f == 'dl':
                out.append(f'{"DL#" if loc["region"] == "US" else "Driving licence"}: {iss.dl()}')
        return out
    v = benign_variant
    if v == 'placeholder':
        out = [f'{lab["name"]}: {rng.choice(PLACEHOLDERS)}', f'{lab["dob"]}: __/__/____',
               f'{lab["tel"]}: {rng.choice(["+__ ___ ___ ____", "[PHONE]", "—"])}']
    elif v == 'specimen':
        out = [f'{lab["name"]}: {rng.choice(SPECIMEN_NAMES)} (SPECIMEN / MUSTER)',
               f'{lab["tel"]}: {fict_phone(rng)}', f'IBAN: {rng.choice(sorted(IBAN_EXAMPLES))}']
    elif v == 'pseudonym':
        out = [f'Subject: S-{rng.randrange(100, 999)}-{rng.randrange(10, 99)} (pseudonymised)',
               f'Cohort: {rng.choice("ABC")}{rng.randrange(1, 9)} · Age band: {rng.choice(["40-49", "50-59", "18-29"])}']
    elif v == 'org':
        comp, line = org_line(rng, loc)
        out = [line, f'{lab["ref"]}: {ref(rng, "KD-")}']
    elif v == 'masked':
        out = [f'{lab["acct"]}: ...{digits(rng, 4)}', f'Card: {masked_card(rng)}', f'IP: {doc_ip(rng)}']
    elif v == 'lookalike':  # reference numbers shaped like personal identifiers, labelled as what they are
        out = [rng.choice([f'Part no. {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}',
                           f'Contract no. {digits(rng, 8)}{rng.choice(string.ascii_uppercase)}',
                           f'Batch {digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 2)}',
                           f'Tracking {rng.choice(["1Z", "JD", "CX"])}{digits(rng, 16)}']),
               rng.choice([f'Meter serial {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}',
                           f'Terminal ID {digits(rng, 8)} · auth code {digits(rng, 6)}',
                           f'Order {digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}'])]
    else:  # testdata
        out = [f'Card: {rng.choice(TEST_CARDS)} (test)', f'{lab["tel"]}: {fict_phone(rng)}',
               f'{lab["mail"]}: {rng.choice(["jane", "test.user", "qa"])}@example.{rng.choice(["com", "org", "net"])}']
    return out


BENIGN_VARIANTS = ['placeholder', 'specimen', 'pseudonym', 'org', 'masked', 'testdata', 'lookalike']


def lab_panel(rng, loc, iss, bv):
    analytes = [('Hb', 'g/dL', 11.5, 17.0), ('WBC', '10^9/L', 3.8, 11.0), ('PLT', '10^9/L', 140, 420),
                ('Na', 'mmol/L', 133, 147), ('K', 'mmol/L', 3.3, 5.4), ('Creat', 'µmol/L', 50, 120),
                ('eGFR', 'mL/min/1.73m²', 55, 120), ('CRP', 'mg/L', 0.1, 12), ('HbA1c', 'mmol/mol', 30, 70),
                ('TSH', 'mU/L', 0.3, 5.5), ('ALT', 'U/L', 7, 60), ('Ferritin', 'µg/L', 15, 300),
                ('INR', '', 0.8, 3.2), ('LDL-C', 'mmol/L', 1.5, 5.0)]
    rng.shuffle(analytes)
    lines = [f'{rng.choice(COMPANIES).split()[0]} Diagnostics — Laborbefund / Lab report', f'Sample ID: {ref(rng, "S")}  Collected: {ts(rng, loc)}  '
             f'Analyser SN {digits(rng, 6)}']
    lines += subject_block(rng, loc, iss, rng.choice([['name', 'dob', 'mrn'], ['name', 'mrn', 'ins'], ['name', 'dob', 'id'],
                                                       ['mrn', 'dob'], ['name', 'tel', 'dob']]), bv)
    lines.append('Test | Result | Unit | Ref. range | Flag')
    for a, u, lo, hi in analytes[:rng.randrange(7, 13)]:
        val = rng.uniform(lo * 0.7, hi * 1.3)
        dec = 0 if hi > 100 else 1 if hi > 10 else 2
        flag = 'H' if val > hi else 'L' if val < lo else ''
        lines.append(f'{a} | {fnum(val, loc, dec)} | {u} | {fnum(lo, loc, dec)}–{fnum(hi, loc, dec)} | {flag}')
    if iss is None and rng.random() < 0.6:
        lines.append(f'{rng.choice(EPONYMS)}: {fnum(rng.uniform(2, 30), loc, 1)}')
    lines.append(f'Validated {ts(rng, loc)} · Lot {rng.choice("ABCDEFGH")}{digits(rng, 5)} · QC level 2 in range')
    return '\n'.join(lines), 'txt'


def invoice(rng, loc, iss, bv):
    lab = loc['labels']
    comp, org = org_line(rng, loc)
    lines = [org, f'Invoice / {lab["ref"]} {ref(rng, "INV-2026-")}   {lab["date"]}: {day(rng).isoformat()}']
    lines += subject_block(rng, loc, iss, rng.choice([['name', 'addr'], ['name', 'addr', 'mail'], ['name', 'tel'],
                                                       ['name', 'iban'], ['addr', 'tel']]), bv)
    lines.append(f'SKU | Item | {lab["qty"]} | Unit | VAT | Amount')
    tot = 0.0
    for _ in range(rng.randrange(4, 10)):
        q, up = rng.randrange(1, 40), rng.uniform(0.5, 480)
        vat = rng.choice([0, 5, 7, 10, 19, 20, 21, 23])
        tot += q * up
        lines.append(f'{rng.choice(["SKU", "ART", "P"])}-{digits(rng, 5)} | {rng.choice(["cable reel", "toner 84A", "bolts M8x40", "paper A4 80g", "LED panel 600x600", "olive oil 5L", "coffee beans 1kg", "safety gloves"])} | '
                     f'{q} | {money(up, loc)} | {vat} % | {money(q * up, loc)}')
    lines.append(f'{lab["total"]}: {money(tot * 1.19, loc)}  (net {money(tot, loc)})')
    lines.append(f'Payment: IBAN {EX_IBAN.get(loc["iban_cc"] or "DE", EX_IBAN["DE"])} · BIC {rng.choice(["COBADEFFXXX", "NWBKGB2L", "BNPAFRPP"])} · '
                 f'due {day(rng).isoformat()}' if iss is None or rng.random() < 0.5 else f'Paid by card {masked_card(rng)} · auth {digits(rng, 6)}')
    return '\n'.join(lines), 'txt'


def bank_statement(rng, loc, iss, bv):
    lab = loc['labels']
    lines = [f'{rng.choice(COMPANIES).split()[0]} Bank — Statement {day(rng):%m/%Y} · page 1/2']
    fields = rng.choice([['name', 'iban', 'addr'], ['name', 'iban'], ['iban'], ['name', 'addr']])
    if loc['region'] == 'US' and iss is not None:
        r, a = iss.usbank()
        lines.append(f'Routing {r} · Account {a}')
        fields = ['name', 'addr']
    lines += subject_block(rng, loc, iss, fields, bv)
    bal = rng.uniform(200, 9000)
    lines.append(f'{lab["date"]} | Description | Ref | Debit | Credit | Balance')
    for _ in range(rng.randrange(8, 16)):
        amt = rng.uniform(3, 1400)
        cr = rng.random() < 0.25
        bal += amt if cr else -amt
        desc = rng.choice(['SEPA-Lastschrift', 'POS 0426 SUPERMKT', 'Standing order rent', 'ATM 7781', 'Dauerauftrag',
                           'Card fee', 'Interest', 'Refund ORD', 'Salary', 'Utility DD'])
        lines.append(f'{day(rng):%d.%m.} | {desc} | {ref(rng, "TX")} | {"" if cr else fnum(amt, loc)} | '
                     f'{fnum(amt, loc) if cr else ""} | {fnum(bal, loc)}')
    if iss is not None and rng.random() < 0.3:
        lines.append(f'Online banking login from IP {iss.ip()} at {ts(rng, loc)}')
    elif iss is None and rng.random() < 0.4:
        lines.append(f'Online banking login from IP {doc_ip(rng)} at {ts(rng, loc)}')
    return '\n'.join(lines), 'csv' if rng.random() < 0.3 else 'txt'


def card_statement(rng, loc, iss, bv):
    lines = [f'Card statement {day(rng):%Y-%m} · credit limit {money(rng.choice([1500, 3000, 5000, 12000]), loc)}']
    if iss is not None:
        lines.append(f'Cardholder: {iss.name()} · Card {iss.card()}')
        if rng.random() < 0.5:
            lines.append(f'{loc["labels"]["addr"]}: {iss.addr()}')
    else:
        lines += subject_block(rng, loc, None, [], rng.choice(['masked', 'testdata', 'specimen', 'lookalike']))
    lines.append('Posted | Merchant | MCC | Orig. amt | FX | Amount')
    for _ in range(rng.randrange(8, 15)):
        a = rng.uniform(2, 600)
        lines.append(f'{day(rng):%d/%m} | {rng.choice(["AIRLINE 0742", "GROCERY #218", "FUEL STN 33", "APPSTORE", "HOTEL CITY", "PHARMACY 12", "TRANSIT"])} | '
                     f'{rng.choice([4511, 5411, 5541, 5818, 7011, 5912, 4111])} | {fnum(a, loc)} | {fnum(rng.uniform(0.8, 1.6), loc, 4)} | {money(a * 1.1, loc)}')
    lines.append(f'Min. payment {money(rng.uniform(25, 90), loc)} · APR {fnum(rng.uniform(14, 29), loc, 2)} %')
    return '\n'.join(lines), 'txt'


def payroll(rng, loc, iss, bv):
    lab = loc['labels']
    comp, org = org_line(rng, loc)
    lines = [org, f'Payslip / Lohnabrechnung {day(rng):%m/%Y} · Personnel no. {digits(rng, 5)} · cost centre {digits(rng, 4)}']
    fields = rng.choice([['name', 'id', 'iban'], ['name', 'addr', 'id'], ['name', 'iban'], ['id', 'dob']])
    if loc['region'] == 'US' and iss is not None and rng.random() < 0.5:
        r, a = iss.usbank()
        lines.append(f'Direct deposit: routing {r} acct {a}')
    lines += subject_block(rng, loc, iss, fields, bv)
    gross = rng.uniform(1800, 7800)
    lines.append(f'Hours {fnum(rng.choice([151.67, 160, 168.5, 173.33]), loc)} · rate {money(gross / 160, loc)}/h')
    for item, pct in [('Gross', 1), ('Income tax', -rng.uniform(0.08, 0.3)), ('Pension', -0.093), ('Health', -0.081),
                      ('Unemployment', -0.013), ('Meal allowance', 0.02)]:
        lines.append(f'{item:<16} {money(gross * pct, loc):>14}')
    lines.append(f'Net pay {money(gross * 0.58, loc)} · YTD {money(gross * 0.58 * rng.randrange(2, 12), loc)} · tax class {rng.randrange(1, 6)}')
    return '\n'.join(lines), 'txt'


def manifest(rng, loc, iss, bv):
    lines = [f'CARGO MANIFEST / CUSTOMS DECLARATION  B/L {rng.choice(["MEDU", "MAEU", "HLCU"])}{digits(rng, 8)}  '
             f'Voyage {digits(rng, 3)}{rng.choice("EWNS")}',
             f'POL {rng.choice(["CNSHA", "DEHAM", "NLRTM", "SGSIN", "TRIST", "BRSSZ"])} → POD {rng.choice(["USLAX", "GBFXT", "ESVLC", "SAJED", "ILHFA", "THLCH"])} · ETA {day(rng).isoformat()}']
    if iss is not None:
        lines.append('Consignee (private import):')
        lines += subject_block(rng, loc, iss, rng.choice([['name', 'addr', 'tel'], ['name', 'pass', 'tel'],
                                                          ['name', 'addr', 'pass'], ['name', 'id', 'mail']]), bv)
    else:
        comp, org = org_line(rng, loc)
        lines += [f'Consignee: {comp}', 'Notify party: SAME AS CONSIGNEE', org]
    lines.append('Container | Seal | HS code | Pkgs | Gross kg | CBM | Description')
    for _ in range(rng.randrange(3, 9)):
        lines.append(f'{container(rng)} | {digits(rng, 7)} | {rng.randrange(1000, 9999)}.{rng.randrange(10, 99)} | '
                     f'{rng.randrange(10, 900)} | {fnum(rng.uniform(800, 24000), loc, 1)} | {fnum(rng.uniform(5, 67), loc, 2)} | '
                     f'{rng.choice(["household goods", "machine parts", "ceramic tiles", "frozen shrimp", "textiles", "bicycles"])}')
    lines.append(f'Declared value {money(rng.uniform(900, 90000), loc)} · Incoterms {rng.choice(["FOB", "CIF", "DAP", "EXW"])} · AWB {digits(rng, 3)}-{digits(rng, 8)}')
    return '\n'.join(lines), 'txt'


def spreadsheet(rng, loc, iss, bv):
    sep = ';' if loc['numstyle'] in ('de', 'fr') else ','
    if iss is not None:
        cols = rng.choice([['name', 'tel', 'dob'], ['name', 'mail', 'tel'], ['name', 'addr'], ['name', 'id']])
        hdr = ['row', 'date', 'amount'] + cols + ['qty', 'code']
        rows = [sep.join(hdr)]
        n = rng.randrange(3, 8)
        for i in range(n):
            sub = Issue(rng, loc)
            vals = []
            for c in cols:
                vals.append({'name': sub.name, 'tel': sub.phone, 'dob': sub.dob, 'mail': sub.mail, 'addr': sub.addr,
                             'id': lambda: (sub.natid() or ('', sub.phone()))[1]}[c]())
            iss.items += sub.items
            amount = fnum(rng.uniform(5, 3000), loc)
            rows.append(sep.join([str(i + 1), day(rng).isoformat(), f'"{amount}"' if sep in amount else amount]
                                 + [f'"{v}"' if sep in v else v for v in vals] + [str(rng.randrange(1, 99)), ref(rng, 'C')]))
    else:
        hdr = ['row', 'date', 'store_id', 'sku', 'gtin', 'units', 'revenue', 'hotline', 'lat', 'lon']
        rows = [sep.join(hdr)]
        comp_tel = org_phone(rng, loc)[1]
        for i in range(rng.randrange(6, 14)):
            rev = fnum(rng.uniform(5, 9000), loc)
            rows.append(sep.join([str(i + 1), day(rng).isoformat(), f'ST{digits(rng, 4)}', f'SKU-{digits(rng, 6)}',
                                  gtin(rng), str(rng.randrange(1, 500)), f'"{rev}"' if sep in rev else rev,
                                  comp_tel if i == 0 else '', f'{rng.uniform(-40, 60):.5f}', f'{rng.uniform(-120, 150):.5f}']))
        rows.append(f'# hotline = {rng.choice(COMPANIES)} customer service switchboard')
    return '\n'.join(rows), 'csv'


def sports(rng, loc, iss, bv):
    lines = [f'{rng.choice(["10 km road race", "Half marathon", "Masters swim meet 400 m", "Club triathlon (sprint)", "Cyclo-cross cat. B"])} — '
             f'{day(rng).isoformat()} · temp {fnum(rng.uniform(4, 28), loc, 1)} °C · wind {fnum(rng.uniform(0, 6), loc, 1)} m/s']
    if iss is None and bv in ('specimen', 'org', 'pseudonym'):
        h = rng.choice(HISTORICAL)
        lines.append(rng.choice([f'Venue: {h} Stadium', f'Trophy: {h} Memorial Cup', f'Start/finish: {h}-Stadion, lane 1-8']))
    lines.append('Pl | Bib | Athlete | AG | Split | Time | Pace')
    n = rng.randrange(6, 12)
    sub_rows = rng.sample(range(n), k=min(n, rng.randrange(1, 4))) if iss is not None else []
    for i in range(n):
        t = 1800 + i * rng.randrange(20, 90)
        if i in sub_rows:
            sub = Issue(rng, loc)
            who = sub.name()
            if rng.random() < 0.6:
                who += f' ({loc["labels"]["dob"]} {sub.dob()})'
            iss.items += sub.items
        else:
            who = f'{rng.choice(["Club", "Team", "AC", "TV", "CS"])} {rng.choice(["Nord", "Riverside", "Olimpia", "Sokol", "Vitesse", "Hakoah"])} #{rng.randrange(1, 9)}'
        lines.append(f'{i + 1} | {rng.randrange(100, 2999)} | {who} | {rng.choice(["M40", "W35", "M50", "W45", "MU23"])} | '
                     f'{t // 120}:{(t // 2) % 60:02d} | {t // 3600}:{(t // 60) % 60:02d}:{t % 60:02d} | {fnum(t / 600, loc, 2)} min/km')
    if iss is not None and rng.random() < 0.7:
        lines.append(f'Emergency contact for bib {rng.randrange(100, 2999)}: {iss.phone()}')
    else:
        lines.append(f'Race office: {fict_phone(rng) if rng.random() < 0.5 else rng.choice(DOMAINS).join(["results@", ""])}')
    return '\n'.join(lines), 'txt'


def sci_table(rng, loc, iss, bv):
    lines = [f'Run {digits(rng, 4)} · {rng.choice(["tensile test", "calorimetry", "HPLC", "flow loop", "soil cores", "spectrometry"])} · '
             f'instrument SN {rng.choice("ABXZ")}{digits(rng, 7)} · doi:10.{rng.randrange(1000, 9999)}/{digits(rng, 7)}']
    if iss is not None:
        lines.append(rng.choice(['Participant (consented, not yet coded):', 'Operator on call:', 'Sample donor:']))
        lines += subject_block(rng, loc, iss, rng.choice([['name', 'dob'], ['name', 'tel'], ['name', 'mail'],
                                                          ['name', 'dob', 'tel']]), bv)
    else:
        lines += subject_block(rng, loc, None, [], rng.choice(['pseudonym', 'org', 'placeholder', 'lookalike']))
    lines.append('ID | T (K) | p (kPa) | Re | E (GPa) | σ | n')
    for _ in range(rng.randrange(6, 14)):
        lines.append(f'{rng.choice("ABCD")}{digits(rng, 3)} | {fnum(rng.uniform(273, 900), loc, 2)} | {fnum(rng.uniform(80, 5000), loc, 1)} | '
                     f'{rng.uniform(1e3, 9e5):.3e} | {fnum(rng.uniform(1, 210), loc, 1)} | ±{fnum(rng.uniform(0.01, 2), loc, 3)} | {rng.randrange(3, 30)}')
    lines.append(f'Station {fnum(rng.uniform(-60, 70), loc, 4)}° {fnum(rng.uniform(-170, 170), loc, 4)}° · CAS {rng.randrange(50, 9999)}-{rng.randrange(10, 99)}-{rng.randrange(0, 9)}')
    return '\n'.join(lines), rng.choice(['txt', 'csv'])


def inventory(rng, loc, iss, bv):
    lab = loc['labels']
    lines = [f'Stock list {ts(rng, loc)} · warehouse {rng.choice(["WH-02", "DC North", "Lager 3", "Bodega 7"])}']
    lines.append(f'Bin | SKU | GTIN | Description | {lab["qty"]} | Reorder | Note')
    for i in range(rng.randrange(7, 15)):
        note = ''
        if iss is not None and i == 2:
            note = rng.choice(['reserved for', 'return from', 'on loan to']) + ' ' + iss.name() + ' ' + rng.choice(
                [iss.phone(), iss.mail(), iss.addr()])
        elif iss is None and i == 2:
            note = rng.choice([f'supplier hotline {org_phone(rng, loc)[1]}', 'reserved for [CUSTOMER]',
                               f'RMA {ref(rng, "R")}', f'return from order {ref(rng, "#")}'])
        lines.append(f'{rng.choice("ABCDEF")}-{rng.randrange(1, 40):02d}-{rng.randrange(1, 9)} | {digits(rng, 6)} | {gtin(rng)} | '
                     f'{rng.choice(["hex nut M6", "USB-C cable 1 m", "drill bit 8 mm", "pallet wrap", "label roll 100x150", "AA battery 4-pack"])} | '
                     f'{fnum(rng.randrange(0, 5000), loc, 0)} | {rng.randrange(10, 400)} | {note}')
    return '\n'.join(lines), rng.choice(['txt', 'csv'])


def utility_bill(rng, loc, iss, bv):
    lab = loc['labels']
    comp, org = org_line(rng, loc)
    lines = [org, f'{lab["acct"]} {digits(rng, 10)} · Meter {rng.choice(["E", "G", "W"])}{digits(rng, 8)} · MPAN-like supply no. {digits(rng, 13)}']
    lines += subject_block(rng, loc, iss, rng.choice([['name', 'addr'], ['name', 'addr', 'iban'], ['addr', 'tel'],
                                                       ['name', 'mail', 'ip'], ['name', 'addr', 'tel']]), bv)
    prev = rng.randrange(1000, 90000)
    for m in range(rng.randrange(3, 7)):
        cur = prev + rng.randrange(80, 900)
        lines.append(f'{day(rng):%d.%m.%Y} | reading {fnum(prev, loc, 0)} → {fnum(cur, loc, 0)} kWh | {fnum(cur - prev, loc, 0)} kWh × '
                     f'{fnum(rng.uniform(0.18, 0.45), loc, 4)} = {money((cur - prev) * 0.3, loc)}')
        prev = cur
    lines.append(f'Standing charge {money(rng.uniform(8, 20), loc)}/month · CO₂ {fnum(rng.uniform(50, 600), loc, 1)} kg · {lab["total"]} {money(rng.uniform(60, 600), loc)}')
    return '\n'.join(lines), 'txt'


def insurance_claim(rng, loc, iss, bv):
    lab = loc['labels']
    lines = [f'Claim {ref(rng, "CLM-")} · Policy {ref(rng, "POL")} · event {day(rng).isoformat()} · filed {ts(rng, loc)}']
    lines += subject_block(rng, loc, iss, rng.choice([['name', 'dob', 'ins'], ['name', 'ins', 'tel'], ['name', 'card'],
                                                       ['name', 'dob', 'addr'], ['ins', 'dob', 'mrn']]), bv)
    lines.append('Line | CPT/OPS | ICD-10 | Units | Billed | Allowed | Copay')
    for i in range(rng.randrange(3, 9)):
        b = rng.uniform(20, 3000)
        lines.append(f'{i + 1} | {rng.randrange(10000, 99999)} | {rng.choice("JKMSIE")}{rng.randrange(10, 99)}.{rng.randrange(0, 9)} | '
                     f'{rng.randrange(1, 5)} | {money(b, loc)} | {money(b * 0.7, loc)} | {money(b * 0.1, loc)}')
    lines.append(f'Deductible remaining {money(rng.uniform(0, 1500), loc)} · adjuster ext. {rng.randrange(100, 999)} · claims@{rng.choice(DOMAINS)}')
    return '\n'.join(lines), 'txt'


def timetable(rng, loc, iss, bv):
    lines = [f'{rng.choice(["Line 42", "RE 7", "Ferry F3", "Shuttle B", "IC 2215"])} · valid from {day(rng).isoformat()}',
             'Stop ID | Stop | Dep | Arr | Platform | km']
    h = rng.randrange(5, 20)
    for i in range(rng.randrange(6, 12)):
        m = i * rng.randrange(3, 11)
        lines.append(f'{digits(rng, 6)} | {rng.choice(["Central", "Harbour", "University", "Market Sq.", "Airport T2", "Depot", "Hospital"])} '
                     f'| {h + m // 60:02d}:{m % 60:02d} | {h + (m + 2) // 60:02d}:{(m + 2) % 60:02d} | {rng.randrange(1, 14)} | {fnum(i * rng.uniform(1, 9), loc, 1)}')
    if iss is not None:
        lines.append(rng.choice(['Booking / passenger:', 'Driver rota contact:', 'Group leader:']))
        lines += subject_block(rng, loc, iss, rng.choice([['name', 'tel'], ['name', 'pass', 'dob'], ['name', 'mail', 'tel']]), bv)
        lines.append(f'PNR {"".join(rng.choice(string.ascii_uppercase) for _ in range(6))} · seat {rng.randrange(1, 80)}{rng.choice("ABCD")}')
    else:
        lines.append(f'PNR {"".join(rng.choice(string.ascii_uppercase) for _ in range(6))} · seat {rng.randrange(1, 80)}{rng.choice("ABCD")} · '
                     f'lost property: {org_phone(rng, loc)[1]} ({rng.choice(COMPANIES)} switchboard)')
    return '\n'.join(lines), 'txt'


KINDS = {'lab_panel': lab_panel, 'invoice': invoice, 'bank_statement': bank_statement, 'card_statement': card_statement,
         'payroll': payroll, 'manifest': manifest, 'spreadsheet': spreadsheet, 'sports_results': sports,
         'sci_table': sci_table, 'inventory': inventory, 'utility_bill': utility_bill,
         'insurance_claim': insurance_claim, 'timetable': timetable}


# ----------------------------------------------------------------------------------------------------------
# what the user asks for (per language) and where the document sits in the request
# ----------------------------------------------------------------------------------------------------------
INSTR = {
    'en': ['check the totals in this, something is off', 'turn this into JSON, one object per row',
           'summarise this in 3 bullets for my manager', 'which rows are flagged or overdue?'],
    'de': ['Bitte die Summen prüfen, da stimmt was nicht', 'Mach daraus eine Tabelle im Markdown-Format',
           'Fass das kurz zusammen', 'Welche Posten sind auffällig?'],
    'fr': ['Vérifie les totaux stp', 'Convertis ça en JSON', 'Résume en trois points', 'Quelles lignes posent problème ?'],
    'es': ['Revisa los totales, por favor', 'Pásalo a JSON', 'Resúmelo en tres puntos', '¿Qué filas están fuera de rango?'],
    'it': ['Controlla i totali per favore', 'Convertilo in JSON', 'Riassumi in tre punti', 'Quali righe sono anomale?'],
    'nl': ['Klopt het totaal?', 'Zet dit om naar JSON', 'Vat dit samen in drie punten', 'Welke regels vallen op?'],
    'pt': ['Confere os totais pra mim', 'Converte isso em JSON', 'Resume em 3 tópicos', 'Quais linhas estão fora do padrão?'],
    'pl': ['Sprawdź sumy, proszę', 'Zamień to na JSON', 'Streść w trzech punktach', 'Które pozycje odstają?'],
    'sv': ['Stämmer summorna?', 'Gör om till JSON', 'Sammanfatta i tre punkter', 'Vilka rader sticker ut?'],
    'fi': ['Tarkista summat', 'Muunna JSONiksi', 'Tiivistä kolmeen kohtaan', 'Mitkä rivit poikkeavat?'],
    'tr': ['Toplamları kontrol eder misin', 'Bunu JSON yap', 'Üç maddede özetle', 'Hangi satırlar sorunlu?'],
    'ru': ['Проверь, пожалуйста, итоги', 'Преобразуй в JSON', 'Кратко перескажи в трёх пунктах', 'Какие строки выбиваются?'],
    'hi': ['कृपया कुल योग जाँचें', 'इसे JSON में बदलो', 'तीन बिंदुओं में सार दो', 'कौन सी पंक्तियाँ असामान्य हैं?'],
    'zh': ['帮我核对一下合计', '转换成JSON格式', '用三点总结一下', '哪些行有异常？'],
    'ja': ['合計が合っているか確認してください', 'JSONに変換して', '3行で要約して', '異常な行はどれ？'],
    'ko': ['합계 좀 확인해 줘', 'JSON으로 바꿔 줘', '세 줄로 요약해 줘', '이상한 행이 어디야?'],
    'ar': ['راجع المجاميع من فضلك', 'حوّل هذا إلى JSON', 'لخّص في ثلاث نقاط', 'ما الصفوف غير الطبيعية؟'],
    'he': ['תבדוק בבקשה את הסכומים', 'תמיר ל-JSON', 'סכם בשלוש נקודות', 'אילו שורות חריגות?'],
    'th': ['ช่วยตรวจยอดรวมหน่อย', 'แปลงเป็น JSON', 'สรุปเป็น 3 ข้อ', 'แถวไหนผิดปกติ'],
    'el': ['Έλεγξε τα σύνολα', 'Μετάτρεψέ το σε JSON', 'Σύνοψη σε τρία σημεία', 'Ποιες γραμμές ξεφεύγουν;'],
    'vi': ['Kiểm tra giúp tổng cộng', 'Chuyển sang JSON', 'Tóm tắt 3 ý', 'Dòng nào bất thường?'],
}
SYSTEMS = ['You are a meticulous back-office assistant. Keep figures exact.', 'You extract structured data from documents.',
           'Du bist ein Buchhaltungsassistent.', 'You help a small clinic with paperwork. Answer briefly.',
           'You are a logistics coordinator assistant.', 'Reply in the user\'s language.']
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4o', 'hybridgate/auto', 'gpt-4.1-mini']
MIME = {'txt': 'text/plain', 'csv': 'text/csv'}
PLACEMENTS = ['user', 'user', 'system', 'assistant_echo', 'tool_result', 'tool_args', 'parts', 'file', 'schema',
              'user_meta']


def b64(s):
    return base64.b64encode(s.encode('utf-8')).decode('ascii')


def place(rng, text, ext, instr, kind, placement):
    model = rng.choice(MODELS)
    body = {'model': model}
    sysmsg = {'role': 'system', 'content': rng.choice(SYSTEMS)}
    if placement == 'completions':
        body['prompt'] = f'{text}\n\n### Task: {instr}\n### Answer:'
        body['max_tokens'] = rng.choice([256, 512, 800])
        body['stop'] = ['###']
        return body, 'completions'
    if placement == 'user':
        msgs = [sysmsg, {'role': 'user', 'content': rng.choice([f'{instr}\n\n{text}', f'{text}\n\n{instr}'])}]
    elif placement == 'system':
        msgs = [{'role': 'system', 'content': f'{sysmsg["content"]}\nReference document:\n"""\n{text}\n"""'},
                {'role': 'user', 'content': instr}]
    elif placement == 'assistant_echo':
        msgs = [sysmsg, {'role': 'user', 'content': 'OCR this scan please'},
                {'role': 'assistant', 'content': f'Here is the extracted text:\n\n{text}'},
                {'role': 'user', 'content': instr}]
    elif placement == 'tool_result':
        cid = f'call_{digits(rng, 6)}{rng.choice(["a", "b", "k"])}'
        msgs = [sysmsg, {'role': 'user', 'content': instr},
                {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                    'name': 'fetch_document', 'arguments': json.dumps({'doc_id': ref(rng, 'DOC-'), 'format': ext})}}]},
                {'role': 'tool', 'tool_call_id': cid, 'content': text}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'fetch_document', 'description': 'Load a stored document',
                                                            'parameters': {'type': 'object', 'properties': {
                                                                'doc_id': {'type': 'string'}, 'format': {'type': 'string'}},
                                                                'required': ['doc_id']}}}]
    elif placement == 'tool_args':
        cid = f'call_{digits(rng, 6)}x'
        msgs = [sysmsg, {'role': 'user', 'content': instr},
                {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                    'name': 'store_rows', 'arguments': json.dumps({'kind': kind, 'rows': text.split('\n')}, ensure_ascii=False)}}]},
                {'role': 'tool', 'tool_call_id': cid, 'content': json.dumps({'stored': True, 'count': text.count('\n') + 1})},
                {'role': 'user', 'content': 'ok now ' + instr}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'store_rows', 'parameters': {
            'type': 'object', 'properties': {'kind': {'type': 'string'}, 'rows': {'type': 'array', 'items': {'type': 'string'}}}}}}]
    elif placement == 'parts':
        msgs = [sysmsg, {'role': 'user', 'content': [{'type': 'text', 'text': instr}, {'type': 'text', 'text': text}]}]
    elif placement == 'file':
        fname = f'{kind}_{day(rng):%Y%m%d}_{rng.randrange(1, 99)}.{ext}'
        msgs = [{'role': 'user', 'content': [{'type': 'text', 'text': instr}, {'type': 'file', 'file': {
            'filename': fname, 'file_data': f'data:{MIME[ext]};base64,{b64(text)}'}}]}]
    elif placement == 'schema':
        msgs = [sysmsg, {'role': 'user', 'content': f'{instr}\n\n{text}'}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': f'{kind}_rows', 'strict': True, 'schema': {
            'type': 'object', 'properties': {'rows': {'type': 'array', 'items': {'type': 'object', 'properties': {
                'ref': {'type': 'string'}, 'amount': {'type': 'number'}, 'date': {'type': 'string', 'format': 'date'}},
                'required': ['ref', 'amount', 'date'], 'additionalProperties': False}}, 'total': {'type': 'number'}},
            'required': ['rows', 'total'], 'additionalProperties': False}}}
    else:  # user_meta
        msgs = [sysmsg, {'role': 'user', 'content': f'{instr}\n\n{text}'}]
        body['user'] = f'u_{digits(rng, 3)}{rng.choice(["f3", "a9", "0c"])}{digits(rng, 5)}'
        body['metadata'] = {'source': rng.choice(['scanner-2', 'mail-import', 'erp-export']), 'batch': ref(rng, 'B')}
        body['store'] = True
    body['messages'] = msgs
    if rng.random() < 0.3:
        body['temperature'] = rng.choice([0, 0.2, 0.7])
    return body, 'chat'


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m.group(1)).decode('utf-8'))
    # tool-call arguments are JSON inside JSON: decode them too
    for msg in body.get('messages', []):
        for tc in msg.get('tool_calls') or []:
            parts.append(json.dumps(json.loads(tc['function']['arguments']), ensure_ascii=False))
    return '\n'.join(parts)


def label(body, issued):
    hay = haystack(body)
    ents = sorted({e for e, v in issued if v and v in hay})
    return ents


# ----------------------------------------------------------------------------------------------------------
# complexity prompts
# ----------------------------------------------------------------------------------------------------------
def simple_prompts(rng):
    a, b, x = rng.randrange(12, 980), rng.randrange(2, 19), round(rng.uniform(1, 250), 1)
    lst = ', '.join(str(rng.randrange(1, 999)) for _ in range(6))
    return [
        ('en', f'Convert {x} kg to pounds.'), ('de', f'Wie viel sind 19 % MwSt. auf {a},50 €?'),
        ('fr', f'Convertis {x} °F en °C, arrondi à l’unité.'), ('es', f'Ordena de menor a mayor: {lst}'),
        ('it', f'Quanto fa {a} × {b}?'), ('nl', f'Schrijf 0{b % 9 + 1}-11-2026 in ISO-formaat.'),
        ('pt', f'Some: {lst}'), ('pl', 'Przetłumacz na angielski: „termin płatności”, „kwota netto”, „stawka VAT”.'),
        ('sv', f'Hur många minuter är {b} timmar och {a % 60} minuter?'), ('fi', f'Paljonko on {a} euroa ilman 24 % arvonlisäveroa?'),
        ('tr', f'{x} litre kaç mililitre?'), ('ru', f'Сколько будет {a} + {b * 7}?'),
        ('hi', f'{a} का {b} प्रतिशत कितना है?'), ('zh', f'把 {a}{b}00 写成带千位分隔符的形式。'),
        ('ja', f'{x} cm は何インチですか？'), ('ko', f'{a}원에 부가세 10%를 더하면 얼마야?'),
        ('ar', 'ما معنى الاختصار SKU؟'), ('he', f'כמה זה {a} חלקי {b}? עגל לשתי ספרות.'),
        ('th', 'คำว่า invoice ภาษาไทยคืออะไร'), ('el', f'Πόσα δευτερόλεπτα είναι {b} λεπτά;'),
        ('vi', f'Đổi {x} km sang dặm.'), ('en', 'What does the Incoterm "DAP" stand for?'),
        ('en', f'Round {x * 3.14159:.5f} to two decimals.'), ('de', 'Was bedeutet "Lieferschein" auf Englisch?'),
        ('es-MX', f'¿Cuánto es el 16 % de {a * 10} pesos?'), ('id', f'Berapa {a} dikali {b}?'),
    ]


HARD_SHORT = [
    ('en', 'Prove that the Luhn checksum catches every single-digit error but misses the 09↔90 transposition, and characterise exactly which adjacent transpositions it cannot detect.'),
    ('en', 'Design a schema for multi-currency invoices with partial refunds and FX revaluation. Where do rounding differences live, and what are the trade-offs versus storing only integer minor units?'),
    ('de', 'Zählerstände laufen bei 99999 über und die Uhr driftet ±5 min/Tag. Entwirf einen Algorithmus für den Monatsverbrauch, der fehlende Ablesungen verträgt, und beweise, dass kein Überlauf doppelt gezählt wird.'),
    ('en', 'Our payroll total differs from the bank file by a few cents per 1,000 employees. Work out which rounding choices (per line vs per total, half-even vs half-up) can cause it, bound the error, and propose a fix.'),
    ('fr', 'Un CSV mélange 1.234,5 et 1,234.5 selon les lignes. Conçois un algorithme de désambiguïsation et démontre dans quels cas le problème est indécidable sans contexte.'),
    ('es', 'Demuestra que el control mod-97 del IBAN detecta todas las sustituciones de un carácter y todas las transposiciones adyacentes.'),
    ('en', 'Lab results arrive over HL7 with retries and later corrections. Design the dedup/merge strategy; compare idempotency keys with content hashes and explain the failure modes of each.'),
    ('ja', '浮動小数点で金額を異なる順序で合計すると結果が変わる理由を説明し、n項の誤差上界を導き、台帳向けの厳密な代替案を設計してください。'),
    ('en', '40 bus trips, 12 vehicles, minimum layover 6 minutes: formulate fleet scheduling as a min-cost flow and argue why the solution is optimal.'),
    ('de', 'Erkennt die ISO-6346-Prüfziffer von Containernummern jede Vertauschung benachbarter Zeichen? Beweis oder Gegenbeispiel.'),
    ('zh', '发票流中各分层的数量未知，请设计分层蓄水池抽样算法并证明每条记录被抽中的概率相同。'),
    ('en', 'Inventory goes negative in three bins only after the nightly sync. Enumerate the race conditions between POS decrements and the replenishment upsert and design a fix that is safe under retries.'),
    ('ru', 'Номера счетов — случайные 6-значные числа, выдаём 5 000 в год. Оцените вероятность коллизии и выберите длину номера, чтобы P < 1e-6; обоснуйте.'),
    ('en', 'Design a unit-safe representation for lab values reported in mg/dL and mmol/L across analytes with different molar masses, and show where conversions can silently go wrong.'),
    ('pl', 'Klient zapłacił 30% bonem i 70% kartą, zwraca 1 z 3 pozycji z rabatami liniowymi. Zaprojektuj regułę alokacji zwrotu i udowodnij, że sumy się uzgadniają.'),
    ('en', 'Explain why Benford’s law breaks for invoice amounts capped below an approval limit, and design a test for split-invoice fraud with a controlled false-positive rate.'),
    ('pt', 'Dê um algoritmo O(n log n) para casar transações bancárias com faturas com tolerância de ±2 dias e pagamentos parciais; discuta por que o caso de subconjuntos é NP-difícil.'),
    ('it', 'Con aliquote marginali a scaglioni, dimostra che il reddito netto è monotono e mostra come una detrazione decrescente possa creare un "gradino" che rompe la monotonia.'),
    ('ko', '검침값 시계열에서 계량기 교체(값 리셋)와 검침 오류를 구분하는 규칙을 설계하고, 오탐과 미탐의 트레이드오프를 분석해 줘.'),
    ('en', 'A CSV import turns 1.000 into 1 for some users. Without seeing code, list the plausible root causes in order of likelihood and the minimal experiment to tell each apart.'),
    ('nl', 'Ontwerp een indexstructuur voor dienstregelingen waarmee je snelst-aankomende verbindingen met overstappen vindt; vergelijk met Dijkstra op een tijdsafhankelijke graaf.'),
    ('tr', 'Gümrük beyannamesinde brüt ağırlık ile kalem ağırlıkları toplamı %0,3 tutmuyor. Olası nedenleri sırala, hangi tolerans kuralının mantıklı olduğunu gerekçelendir.'),
    ('sv', 'Bevisa att medianen av mätvärden är robust mot upp till hälften avvikande värden men att medelvärdet inte är det, och föreslå en skattning för små stickprov.'),
    ('he', 'תכנן אלגוריתם לאיחוד שני דוחות מלאי עם מק"טים שונים לאותו פריט, ונתח את הפשרות בין התאמה מדויקת להתאמה עמומה.'),
    ('ar', 'صمّم طريقة لتسوية فاتورة كهرباء بتعرفة متدرجة عندما تتغير الشرائح في منتصف دورة الفوترة، وبيّن لماذا التقسيم النسبي قد يكون غير عادل.'),
]


LONG_EASY_TASKS = {
    'en': ['Sum the last numeric column for me.', 'Convert this to CSV with semicolons.', 'Sort the rows by date, oldest first.',
           'Translate the column headers into Spanish, keep everything else.', 'Count the rows.'],
    'de': ['Bitte nur die Spaltenüberschriften ins Englische übersetzen.', 'Sortiere nach Datum.', 'Wie viele Zeilen sind das?'],
    'fr': ['Mets les dates au format ISO 8601.', 'Compte les lignes, c’est tout.'],
    'es': ['Pásalo a una tabla Markdown.', 'Suma la última columna.'],
    'ja': ['表をMarkdownに整形してください。', '行数を数えて。'],
    'zh': ['把这个表格转成CSV。'], 'ru': ['Переведи заголовки столбцов на английский.'],
    'pl': ['Zamień przecinki dziesiętne na kropki.'], 'pt': ['Converte para uma tabela Markdown.'],
    'ko': ['날짜 순으로 정렬해 줘.'], 'it': ['Togli le righe vuote e riformatta.'], 'ar': ['حوّل الجدول إلى CSV.'],
    'hi': ['इस तालिका को Markdown में बदलो।'], 'tr': ['Tarihe göre sırala.'], 'el': ['Μετάφρασε τις επικεφαλίδες στα αγγλικά.'],
}
LONG_HARD_TASKS = [
    ('en', 'These figures do not reconcile with what finance reports for the same period. Work out the most likely root cause from the numbers alone, show the arithmetic that supports it, and propose a control that would have caught it.'),
    ('en', 'Some rows look like unit mix-ups (e.g. a factor of 10, 1000 or a mmol/mg confusion, or decimal comma vs point). Design a detection rule, justify the thresholds statistically, and list which rows it flags and why.'),
    ('de', 'Entwirf auf Basis dieser Daten eine Nachbestell- bzw. Kapazitätsstrategie. Begründe die Annahmen, vergleiche zwei Alternativen und quantifiziere die Trade-offs.'),
    ('fr', 'Trouve l’incohérence cachée dans ces données (totaux, dates, unités ou séquences), explique pas à pas comment tu l’as trouvée et propose un contrôle automatique.'),
    ('es', 'Diseña un modelo de datos normalizado para este documento que soporte correcciones retroactivas y auditoría; justifica cada decisión y sus compromisos.'),
    ('ja', 'このデータから異常値の原因を推定し、仮説を3つ立てて、それぞれを検証する手順と必要な追加データを示してください。'),
    ('en', 'Write a parser for exactly this format that handles every number style present (grouping, decimal comma, native digits, units), prove it cannot misread a thousands separator as a decimal, and give test cases.'),
    ('ru', 'Найди первопричину расхождения в этих данных и докажи, что она объясняет все затронутые строки; предложи исправление процесса.'),
    ('zh', '根据这些数据设计一个异常检测方案，说明统计假设、阈值选择和误报/漏报的权衡，并指出哪些行会被标记。'),
    ('en', 'Our importer produced this output. Below is the function that parsed it:\n\ndef parse_amount(s):\n    s = s.replace(" ", "").replace(",", ".")\n    return float(s)\n\nExplain every class of row it misparses, why totals drift, and design a locale-aware replacement with a proof sketch that it round-trips.'),
]


def long_table(rng, min_chars=1600):
    loc = L[rng.choice(LOCALES)]
    parts = []
    while sum(len(p) for p in parts) < min_chars:
        kind = rng.choice(list(KINDS))
        text, _ = KINDS[kind](rng, loc, None, rng.choice(BENIGN_VARIANTS))
        parts.append(text)
    return loc, '\n\n'.join(parts)


def build_complexity(rng):
    recs = []
    plan = ['short_simple'] * 45 + ['long_easy'] * 52 + ['short_hard'] * 50 + ['long_hard'] * 43
    rng.shuffle(plan)
    hs = list(HARD_SHORT)
    for i, cat in enumerate(plan):
        if cat == 'short_simple':
            lang, text = rng.choice(simple_prompts(rng))
            style = 'lookup/convert'
        elif cat == 'short_hard':
            lang, text = hs[i % len(hs)]
            text = rng.choice(['', 'Quick one: ', 'No code needed. ', '', 'Be rigorous. ']) + text
            style = 'proof/design/rca'
        elif cat == 'long_easy':
            loc, table = long_table(rng)
            lang = rng.choice([loc['lang'], 'en']) if loc['lang'] in LONG_EASY_TASKS else 'en'
            task = rng.choice(LONG_EASY_TASKS[lang])
            text = rng.choice([f'{task}\n\n{table}', f'{table}\n\n{task}'])
            style = 'reformat/count/sort'
        else:
            loc, table = long_table(rng, 1500)
            lang, task = rng.choice(LONG_HARD_TASKS)
            text = f'{task}\n\n{table}'
            style = 'reconcile/design/debug'
        if cat.startswith('long'):
            need(len(text) >= 1500, 'long prompt too short')
        msgs = [{'role': 'user', 'content': text}]
        if rng.random() < 0.35:
            msgs.insert(0, {'role': 'system', 'content': rng.choice(SYSTEMS)})
        recs.append({'id': f'{NAME}-cx-{i + 1:04d}', 'category': cat, 'label': int(cat.endswith('hard')),
                     'length_adversarial': cat in ('long_easy', 'short_hard'), 'endpoint': 'chat', 'lang': lang,
                     'style': style, 'body': {'model': rng.choice(MODELS), 'messages': msgs}})
    return recs


# ----------------------------------------------------------------------------------------------------------
# PII requests
# ----------------------------------------------------------------------------------------------------------
SENS_PER_KIND, BENIGN_PER_KIND = 22, 16


def build_pii(rng):
    plan = []
    for kind in KINDS:
        plan += [(kind, True)] * SENS_PER_KIND + [(kind, False)] * BENIGN_PER_KIND
    rng.shuffle(plan)
    locs = []
    placements = PLACEMENTS + ['completions']
    recs = []
    for i, (kind, sens) in enumerate(plan):
        if not locs:
            locs = list(LOCALES) + ['en-US', 'en-US', 'en-GB', 'de-DE', 'es-ES', 'pt-BR', 'hi-IN']
            rng.shuffle(locs)
        loc = L[locs.pop()]
        placement = placements[i % len(placements)]
        for attempt in range(50):
            iss = Issue(rng, loc) if sens else None
            bv = rng.choice(BENIGN_VARIANTS)
            text, ext = KINDS[kind](rng, loc, iss, bv)
            lang = loc['lang'] if (loc['lang'] in INSTR and rng.random() < 0.75) else 'en'
            instr = rng.choice(INSTR[lang])
            body, endpoint = place(rng, text, ext, instr, kind, placement)
            issued = iss.items if iss else []
            ents = label(body, issued)
            if bool(ents) == sens:
                break
        else:
            raise SystemExit(f'could not build a {kind} record with sensitive={sens}')
        assert (len(ents) > 0) == sens
        recs.append({'id': f'{NAME}-pii-{i + 1:04d}', 'category': kind if sens else f'{kind}_benign',
                     'sensitive': sens, 'entities': ents, 'endpoint': endpoint,
                     'lang': loc['tag'] if lang != 'en' or loc['lang'] == 'en' else f'{loc["tag"]}+en',
                     'style': f'{kind} · {placement} · {"pii" if sens else bv}', 'body': body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pii = build_pii(rng)
    cx = build_complexity(random.Random(args.seed + 1))
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for fn, recs in ((f'pii_{NAME}.jsonl', pii), (f'complexity_{NAME}.jsonl', cx)):
        with open(out / fn, 'w', encoding='utf-8') as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    ep = collections.Counter(r['endpoint'] for r in pii)
    ents = collections.Counter(e for r in pii for e in r['entities'])
    print(f'pii_{NAME}.jsonl: {len(pii)} requests ({ep["chat"]} chat, {ep["completions"]} completions) in '
          f'{len({r["lang"] for r in pii})} language tags; {len(KINDS)} kinds x {SENS_PER_KIND + BENIGN_PER_KIND} '
          f'({sens} sensitive / {len(pii) - sens} benign)')
    print('  entities:', dict(sorted(ents.items())))
    print('  placements:', dict(sorted(collections.Counter(r['style'].split(' · ')[1] for r in pii).items())))
    print('  benign variants:', dict(sorted(collections.Counter(r['style'].split(' · ')[2] for r in pii if not r['sensitive']).items())))
    cc = collections.Counter(r['category'] for r in cx)
    adv = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_{NAME}.jsonl: {len(cx)} chat requests in {len({r["lang"] for r in cx})} language tags: '
          + ', '.join(f'{k} {cc[k]}' for k in ('short_simple', 'long_easy', 'short_hard', 'long_hard'))
          + f'; {adv} ({100 * adv // len(cx)}%) length-adversarial, {sum(r["label"] for r in cx)} labelled 1')
    print('  word-cut pools (before -> after):', sum(a for a, _ in POOL_STATS.values()), '->',
          sum(b for _, b in POOL_STATS.values()))


if __name__ == '__main__':
    main()
