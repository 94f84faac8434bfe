#!/usr/bin/env python3
"""Fen: an independent evaluation split for the request signals, organised by DENSITY AND SCALE.

Writes bench/data/signals/pii_fen.jsonl and bench/data/signals/complexity_fen.jsonl in the record schema of
the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, no commit messages and no other branch; the record format came from the first 70 lines of the delta
    generator and the first two lines of each delta file. The other generators were not read: their sources
    are only scanned automatically at run time for capitalised / non-ASCII words and non-ASCII bigrams, and
    every pool of this file (names, streets, cities, public figures) is cut to entries that avoid that set
    (order kept; the run aborts if a pool runs empty). Nothing of theirs is printed.

Organising principle
    By DENSITY AND SCALE: how much personal data a request holds and how much text surrounds it.
      buried_long      one value (an e-mail, a phone, a name, an IP, an IBAN ...) inside 8-30 KB of server
                       logs, stack traces, source code, config files, meeting transcripts, legal boilerplate
                       or a long article;
      spread_dialogue  two to four values spread far apart across a long multi-turn conversation;
      bulk_records     exports of tens to hundreds of rows about people (CSV, JSONL, SQL INSERTs, markdown);
      terse_oneliner   a value with almost no words around it;
      mixed_density    a long public text (history, science, a public figure's public role) with one
                       private aside;
      dense_profile    a short text packed with many identifiers of one person.
    Every kind has a benign sibling ``<kind>_benign`` with the same sizes and densities but only
    non-personal look-alikes: hashes, UUIDs, versions, build numbers, documentation IPs, timestamps,
    order / ticket / tracking numbers, test cards, IBAN-registry examples, 555-01xx numbers, example.com,
    role mailboxes, public figures in their public role, bulk exports of products, places and companies.
    The data language rotates over 24 locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai,
    Han, Kana and Hangul scripts). The document sits in a request field chosen by rotation (user, system,
    tool result, earlier assistant turn, text content part, base64 file part, tool-call arguments,
    ``user``) and ~10% use the legacy completions endpoint.

Labels
    ``entities`` is computed by searching every string of the body (base64 file parts decoded, tool-call
    arguments parsed, URLs unquoted) for every value the record issued. ``ssn`` is the US SSN only; citizen
    numbers (DNI, BSN, PESEL, personnummer, HETU, Aadhaar, resident ID, T.C. kimlik) are NATIONAL_ID;
    Steuer-ID and CPF are TAX_ID; NHS numbers HEALTH_INSURANCE; hospital record numbers MEDICAL_RECORD;
    ABA routing + account US_BANK_NUMBER; a private user's public IP IP_ADDRESS.

Contents (seed 20261205)
    pii_fen.jsonl: 500 requests (458 chat, 42 completions) in 25 language tags, 290 sensitive / 210 benign:
    buried_long 50 + 36 benign (8-30 KB), spread_dialogue 48 + 35, bulk_records 46 + 34 (20-160 rows),
    terse_oneliner 52 + 38, mixed_density 46 + 33, dense_profile 48 + 34. Entity totals (records): person 126,
    email 145, phone 142, STREET_ADDRESS 88, DATE_OF_BIRTH 90, iban 62, IP_ADDRESS 24, credit_card 27,
    MEDICAL_RECORD 24, NATIONAL_ID 25, TAX_ID 3, US_BANK_NUMBER 1, HEALTH_INSURANCE 2, ssn 2.
    complexity_fen.jsonl: 190 chat prompts in 23 language tags: short_simple 46, long_easy 52 (a trivial
    question after 1.8-12 KB of pasted text), short_hard 54 (a hard task in about ten words), long_hard 38 (a
    hard task over a long dump); 106 (56%) length-adversarial, 92 labelled 1. The run prints all counts.

Validation
    Every identifier is validated with python-stdnum, every phone with ``phonenumbers`` (valid for its
    region, never a 555-01xx number), every IP with ``ipaddress`` (global, outside the documentation
    ranges); the run aborts on an invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_fen_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn, verhoeff
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.gb import nhs
from stdnum.in_ import aadhaar
from stdnum.iso7064 import mod_11_10
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll')
CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')


def other_words():
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        t = p.read_text(encoding='utf-8', errors='replace')
        for w in re.findall(r'\b[A-Z][a-zA-Z]+\b', t):
            words.add(w.lower())
        for w in re.findall(r'\w*[^\x00-\x7f]\w*', t):
            words.add(w.lower())
            for i in range(len(w) - 1):
                bigrams.add(w[i:i + 2])
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()


GENERIC = {'calle', 'via', 'vicolo', 'borgo', 'rua', 'travessa', 'avenida', 'paseo', 'sokak', 'caddesi', 'οδός', 'شارع',
           'đường', 'hẻm', 'ngõ', 'kiệt', 'jalan', 'gang', 'dr', 'ln', 'rd', 'ct', 'way', 'road', 'close', 'row', 'grove',
           'crescent', 'brae', 'trace', 'rue', 'chemin', 'impasse', 'allée', 'venelle', 'ffordd', 'heol', 'del', 'dei', 'della',
           'delle', 'di', 'de', 'do', 'da', 'das', 'dos', 'des', 'du', 'y', 'am', 'na', 'za', 'u', 'ms', 'the'}


def clean(pool, name):
    out = []
    for e in pool:
        ws = [w for w in re.findall(r'\w+', e) if w.lower() not in GENERIC]
        bad = False
        for w in ws:
            if w.lower() in OTHER_WORDS and (w[:1].isupper() or not w.isascii()):
                bad = True
            if CJK.search(w):
                if any(w[i:i + 2] in OTHER_BIGRAMS for i in range(len(w) - 1)):
                    bad = True
        if not bad:
            out.append(e)
    if not out:
        raise SystemExit(f'pool {name} ran empty after the overlap cut')
    return out


# --------------------------------------------------------------------------------------------- locales
EXTRA = {
 'de-DE': (['Wendelin', 'Irmtraud', 'Gunhild', 'Detlef', 'Hiltrud', 'Eckhard', 'Reinhild', 'Volkmar', 'Adelheid', 'Gerwin', 'Liesel', 'Ortwin', 'Waltraud', 'Sönke', 'Rieke', 'Fenja', 'Thees', 'Enno', 'Okke', 'Heilke'],
           ['Hinnerkamp', 'Ostermöller', 'Brinkhege', 'Wellbrock', 'Hüsemann', 'Overbeck', 'Schnakenberg', 'Möhlmann'],
           ['Fliederkamp', 'Holunderstieg', 'Wiesengrund', 'Schlehenweg', 'Uhlenhorst'], ['Wildeshausen', 'Vechta', 'Cloppenburg', 'Rotenburg (Wümme)']),
 'fr-FR': (['Perrine', 'Tugdual', 'Armelle', 'Gurvan', 'Soizic', 'Erwan', 'Nolwenn', 'Loïg', 'Maïwenn', 'Ronan', 'Bleuenn', 'Corentin', 'Enora', 'Goulven'],
           ['Le Bihan', 'Kervella', 'Le Roux', 'Cloarec', 'Stéphan', 'Le Floc\'h', 'Quiniou', 'Pennec', 'Le Goff', 'Tréguer'],
           ['rue de Kerlouan', 'impasse des Hortensias', 'rue du Menhir', 'venelle des Courlis', 'chemin de Pen ar Hoat'], ['Landerneau', 'Carhaix', 'Paimpol', 'Guingamp']),
 'es-ES': (['Arantxa', 'Koldo', 'Edurne', 'Iñaki', 'Garazi', 'Eneko', 'Irati', 'Oier', 'Amaia', 'Xabier', 'Naiara', 'Asier', 'Ane', 'Julen'],
           ['Aranburu', 'Ibarguren', 'Lasarte', 'Elizondo', 'Otamendi', 'Iturbe', 'Garmendia', 'Zabaleta', 'Azkue', 'Loidi'],
           ['Calle Iparragirre', 'Calle Artzain', 'Calle Usategi', 'Calle Intxaurrondo', 'Calle Txantxiku'], ['Hernani', 'Oñati', 'Lasarte-Oria', 'Beasain']),
 'it-IT': (['Gianmarco', 'Ginevra', 'Lapo', 'Ippolita', 'Neri', 'Bianca Maria', 'Cosimo', 'Viola', 'Guido', 'Fiammetta', 'Ottone', 'Nives'],
           ['Lenzi', 'Puccinelli', 'Giannecchini', 'Bonuccelli', 'Pardini'],
           ['Via del Fosso Rotto', 'Via di Tiglio', 'Via delle Gardenie', 'Vicolo Cieco dei Lecci', 'Via della Quercetta'], ['Viareggio', 'Camaiore', 'Capannori', 'Pescia']),
 'nl-NL': (['Geertje', 'Sietse', 'Hiltje', 'Wiebren', 'Aukje', 'Douwe', 'Jildou', 'Tjeerd', 'Ytsje', 'Sybren', 'Froukje', 'Hessel', 'Wietske', 'Lolkje'],
           ['Hiemstra', 'Bouma', 'Terpstra', 'Sikkema', 'Dijkstra', 'Wiersma', 'Tuinstra', 'Anema', 'Jellema', 'Zijlstra'],
           ['Terpweg', 'Skoalleane', 'Tsjerkebuorren', 'Buorren', 'Wâldwei'], ['Dokkum', 'Franeker', 'Harlingen', 'Bolsward']),
 'pl-PL': (['Bożena', 'Zdzisław', 'Halina', 'Wiesław', 'Grażyna', 'Ryszard', 'Genowefa', 'Mirosław', 'Krystyna', 'Lechosław', 'Danuta', 'Bogumił', 'Jolanta', 'Sławomir'],
           ['Wieczorek', 'Zawadzka', 'Chmielewski', 'Borkowska', 'Gołębiowski', 'Kurowska', 'Sikorski', 'Przybylska', 'Tomaszewski', 'Ziółkowska'],
           ['Jarzębinowa', 'Brzozowa', 'Malinowa', 'Jaśminowa', 'Topolowa'], ['Kętrzyn', 'Bartoszyce', 'Pisz', 'Gołdap']),
 'sv-SE': (['Ingegerd', 'Torsten', 'Gunnel', 'Sigvard', 'Birgitta', 'Ragnvald', 'Solveig', 'Holger', 'Märta', 'Evert', 'Ylva', 'Gösta', 'Agneta', 'Börje'],
           ['Lindgren', 'Wikström', 'Hedlund', 'Sandström', 'Öberg', 'Lundmark', 'Burman', 'Granlund', 'Nordlander', 'Marklund'],
           ['Tallvägen', 'Myrstigen', 'Fjällgatan', 'Älvbacken', 'Ripvägen'], ['Piteå', 'Boden', 'Lycksele', 'Kiruna']),
 'fi-FI': (['Tuulikki', 'Kalervo', 'Sirkka', 'Reijo', 'Pirjo', 'Tapani', 'Marjatta', 'Jorma', 'Raili', 'Seppo', 'Helmi', 'Eino', 'Vilja', 'Kosti'],
           ['Hyvönen', 'Tuominen', 'Leinonen', 'Pesonen', 'Huttunen', 'Karjalainen', 'Turunen', 'Savolainen', 'Ahonen', 'Hämäläinen'],
           ['Katajatie', 'Ruiskukkatie', 'Kanervakuja', 'Lepikkotie'], ['Iisalmi', 'Varkaus', 'Savonlinna', 'Kemi', 'Raahe']),
 'cs-CZ': (['Bohumila', 'Jaroslav', 'Ludmila', 'Zdeněk', 'Věra', 'Miloslav', 'Dagmar', 'Radek', 'Jiřina', 'Vlastimil'],
           ['Šťastná', 'Kratochvíl', 'Bartošová', 'Holub', 'Říhová', 'Beneš', 'Jelínková', 'Doležal'],
           ['Jabloňová', 'Za Humny', 'Polní', 'Višňová'], ['Kutná Hora', 'Přelouč', 'Chrudim', 'Havlíčkův Brod']),
 'pt-BR': (['Jucélia', 'Clodoaldo', 'Rosângela', 'Edivaldo', 'Francisléia', 'Josenildo', 'Lucineide', 'Valdemir', 'Cleide', 'Genivaldo', 'Marinalva', 'Adenilson'],
           ['Holanda', 'Brandão', 'Tavares', 'Queiroz', 'Amorim', 'Mendonça', 'Siqueira', 'Aragão', 'Quintela', 'Falcão'],
           ['Rua Sete de Setembro', 'Rua das Mangueiras', 'Rua dos Cajueiros', 'Travessa Jatobá', 'Rua Umbuzeiro'], ['Garanhuns', 'Arapiraca', 'Sobral', 'Crato']),
 'en-US': (['Tayler', 'Bransen', 'Kinsley', 'Dalton', 'Jaycee', 'Landry', 'Raylee', 'Kolton', 'Harlee', 'Bryar'],
           ['Swindle', 'Blackwood', 'Farris', 'Shipp', 'Grubbs', 'Vickery'],
           ['Muscadine Way', 'Crape Myrtle Ct', 'Sweetgum Ln', 'Chinaberry Rd', 'Possum Trot Rd', 'Bois d\'Arc Dr'],
           ['Picayune MS 39466', 'Pontotoc MS 38863', 'Kosciusko MS 39090', 'Okolona MS 38860', 'Tishomingo MS 38873', 'Belzoni MS 39038']),
 'en-GB': (['Morag', 'Hamish', 'Catriona', 'Gethin', 'Bethan', 'Iestyn', 'Rhiannon', 'Struan', 'Kirsty', 'Dafydd'],
           ['Meikle', 'Gwilliam', 'Tennant', 'Bevan', 'Haldane', 'Jarvie'],
           ['Ffordd y Capel', 'Whinhill Road', 'Glebe Close', 'Rowan Brae', 'Bryn Awel'], ['Llanelli', 'Arbroath', 'Bangor', 'Forfar']),
 'tr-TR': (['Gülsüm', 'Hüsnü', 'Nurcan', 'Şükrü', 'Hatice', 'Cengiz', 'Yeşim', 'Ferit', 'Sevgül', 'İlhan', 'Dilek', 'Nevzat'],
           ['Karaoğlan', 'Gündoğdu', 'Bozkurt', 'Sarıgül', 'Akbulut', 'Ertürk', 'Kılınç', 'Tekin', 'Altıntaş', 'Demirtaş'],
           ['Akasya Sokak', 'Nilüfer Sokak', 'Ihlamur Caddesi', 'Sümbül Sokak', 'Söğüt Sokak'], ['Tavşanlı', 'Bozüyük', 'Sandıklı', 'Simav']),
 'ru-RU': (['Зинаида', 'Вячеслав', 'Лидия', 'Геннадий', 'Раиса', 'Всеволод', 'Нонна', 'Святослав', 'Агния', 'Евстигней', 'Таисия', 'Елисей'],
           [], ['Черёмуховая', 'Брусничная', 'Луговая', 'Кедровая'], ['Рыбинск', 'Галич', 'Углич', 'Тотьма']),
 'uk-UA': (['Ганна', 'Мирослав', 'Орися', 'Любомир', 'Богдана', 'Северин', 'Уляна', 'Ярема', 'Дзвенислава', 'Зеновій'],
           ['Гуменюк', 'Стасюк', 'Пилипчук', 'Андрусишин', 'Кравців'], ['Ясенева', 'Калинова', 'Ружева', 'Смерекова'], ['Самбір', 'Стрий', 'Бучач', 'Чортків']),
 'el-GR': (['Φωτεινή', 'Μιλτιάδης', 'Αρετή', 'Κλεάνθης', 'Ουρανία', 'Σοφρώνιος', 'Ευδοξία', 'Πολυξένη', 'Ανθούλα', 'Ευριπίδης', 'Ξανθίππη', 'Πολυχρόνης', 'Αγλαΐα', 'Στυλιανός', 'Παρασκευή', 'Χαράλαμπος', 'Ευανθία', 'Θεμιστοκλής', 'Καλλιόπη', 'Διονύσης', 'Ασπασία', 'Αριστείδης'],
           ['Παπαδοπούλου', 'Κωνσταντινίδης', 'Αναγνώστου', 'Χατζηδάκης'], ['Οδός Γαρδένιας', 'Οδός Πλατάνων', 'Οδός Δάφνης', 'Οδός Μυρτιάς'], ['Κοζάνη', 'Δράμα', 'Σέρρες', 'Κατερίνη']),
 'ar-EG': (['رضوى', 'بسنت', 'أشرف', 'نهلة', 'مدحت', 'سماح', 'جيهان', 'ممدوح', 'غادة', 'صفوت', 'نيفين', 'رأفت', 'عبير', 'ثروت', 'سلمى', 'مصطفى', 'دينا', 'أيمن', 'منة', 'طارق', 'شيماء', 'وليد', 'رحاب', 'هشام', 'إسراء', 'عصام'],
           ['الشرقاوي', 'المنياوي', 'العشري', 'البحيري', 'الطوخي', 'القليوبي', 'الدسوقي', 'الأشموني'],
           ['شارع الجلاء', 'شارع الترعة', 'شارع الجمهورية', 'شارع المحطة', 'شارع الشهداء'], ['كفر الشيخ', 'شبين الكوم', 'ميت غمر']),
 'he-IL': (['תמר', 'גלעד', 'מיכל', 'אסף', 'רוני', 'ליאור', 'אביגיל', 'ניר'],
           ['ברקוביץ', 'שפירא', 'דהן', 'ביטון', 'פרידמן', 'קורן', 'אוחיון', 'טל'], ['הזית', 'הגפן', 'התמר', 'האורן'], ['חדרה', 'רעננה', 'נס ציונה', 'קריית גת']),
 'hi-IN': ([], [], ['आदर्श नगर', 'विवेकानंद कॉलोनी', 'इंदिरा नगर', 'कृष्णा विहार'], []),
 'ja-JP': (['千尋', '大翔', '心春', '陸斗', '彩葉', '柚希', '朔也', '琴音'], ['宍戸', '鬼塚', '栗栖', '薬師寺', '五十嵐', '勅使河原'],
           ['鷹匠町', '柳原', '鍛冶町', '紺屋町', '蓮池町'], ['弘前市', '酒田市', '鶴岡市', '米沢市']),
 'ko-KR': (['소윤', '건우', '예린', '태민', '다은', '지후', '수아', '현우'], ['변', '염', '여', '추', '도', '표', '석', '길'],
           ['매화로', '물푸레길', '느티로', '개나리길', '진달래로'], ['춘천시', '경주시', '목포시', '군산시', '제천시']),
 'zh-CN': (['沐阳', '语嫣', '皓轩', '婉清', '锦程', '芷若', '睿泽', '蔓菁', '鸿飞', '璟雯'], [],
           ['丁香路', '杏花巷', '海棠街', '银杏路', '木棉路'], ['襄阳市', '岳阳市', '九江市', '遵义市', '常德市']),
 'th-TH': ([], [], [], ['พิษณุโลก', 'นครสวรรค์']),
 'vi-VN': (['Diệp', 'Khuê', 'Vỹ', 'Nhàn', 'Tường', 'Loan', 'Quyên', 'Hiển', 'Thoa', 'Luân'],
           ['Khổng', 'Âu', 'Lạc', 'Nghiêm', 'Kha', 'Mẫn', 'Ninh', 'Từ', 'Lã', 'Kiều', 'Ứng', 'Khúc', 'Lục', 'Ông', 'Thân', 'Cù', 'Giáp', 'Mạc', 'Tôn', 'Văn', 'Quách', 'Doãn', 'Bạch'],
           ['Đường Bằng Lăng', 'Hẻm Hoa Giấy', 'Ngõ Tre Xanh', 'Đường Cây Gạo', 'Kiệt Hoa Cau'], ['Phan Thiết', 'Buôn Ma Thuột', 'Tuy Hòa', 'Bảo Lộc', 'Sóc Trăng']),
 'id-ID': (['Wulan', 'Galih', 'Sekar', 'Bayu', 'Ratih', 'Yoga', 'Laras', 'Arif', 'Gendis', 'Panji', 'Kinanti', 'Tegar'],
           ['Harahap', 'Pardede', 'Sitompul', 'Tambunan', 'Situmorang', 'Panjaitan', 'Sinaga', 'Manurung', 'Daulay', 'Ritonga'],
           ['Jalan Flamboyan', 'Gang Anggrek', 'Jalan Bougenville', 'Jalan Kemuning', 'Gang Seroja'], []),
}


# (tag, region, first names, last names, street pattern, streets, cities, order 'fl'|'lf'|'lf_nospace')
L = {}


def loc(tag, region, firsts, lasts, addr, streets, cities, order='fl', dob='%d.%m.%Y', mail='gmail.com'):
    ef, el, es, ec = EXTRA.get(tag, ([], [], [], []))
    firsts, lasts, streets, cities = firsts + ef, lasts + el, streets + es, cities + ec
    L[tag] = dict(tag=tag, region=region, firsts=clean(firsts, tag + ' first'), lasts=clean(lasts, tag + ' last'),
                  addr=addr, streets=clean(streets, tag + ' street'), cities=clean(cities, tag + ' city'),
                  order=order, dob=dob, mail=mail)


loc('de-DE', 'DE', ['Wiebke', 'Torben', 'Henrike', 'Malte', 'Gesa', 'Jannik', 'Frauke', 'Ole', 'Imke', 'Hauke'],
    ['Ostendorf', 'Kröger', 'Behrmann', 'Lüdtke', 'Tiedemann', 'Harms', 'Wöhler', 'Dierks', 'Brüning', 'Siemsen'],
    '{s} {n}, {z} {c}', ['Lindenweg', 'Am Moorgraben', 'Kiebitzstraße', 'Deichstraße', 'Hopfenhof', 'Reetdachweg'],
    ['Oldenburg', 'Leer', 'Husum', 'Stade', 'Verden', 'Aurich'], mail='web.de')
loc('fr-FR', 'FR', ['Solène', 'Gaëtan', 'Maëlys', 'Ludovic', 'Anaïs', 'Yannick', 'Clémence', 'Gwenaël', 'Ombeline'],
    ['Le Gall', 'Kerbrat', 'Poulain', 'Guéguen', 'Tanguy', 'Le Moal', 'Riou', 'Quéré', 'Jaouen'],
    '{n} {s}, {z} {c}', ['rue des Ajoncs', 'impasse du Lavoir', 'chemin de Kerlann', 'allée des Goélands', 'rue du Four'],
    ['Quimper', 'Morlaix', 'Lannion', 'Vannes', 'Dinan', 'Brest'], mail='orange.fr')
loc('es-ES', 'ES', ['Ainhoa', 'Iker', 'Nerea', 'Unai', 'Itziar', 'Aitor', 'Leire', 'Gorka', 'Maialen'],
    ['Etxeberria', 'Goikoetxea', 'Arrieta', 'Olaizola', 'Zubizarreta', 'Urkiza', 'Larrañaga', 'Mendizabal'],
    '{s}, {n}, {z} {c}', ['Calle Txurruka', 'Calle de los Tilos', 'Avenida Zumalakarregi', 'Calle Errota', 'Paseo del Urumea'],
    ['Tolosa', 'Azpeitia', 'Bergara', 'Eibar', 'Zarautz', 'Durango'], dob='%d/%m/%Y')
loc('it-IT', 'IT', ['Ilaria', 'Tommaso', 'Benedetta', 'Jacopo', 'Ludovica', 'Niccolò', 'Ottavia', 'Duccio'],
    ['Bertolucci', 'Sgherri', 'Pieraccini', 'Lunardi', 'Frosali', 'Tognetti', 'Baldacci', 'Menichetti'],
    '{s} {n}, {z} {c}', ['Via dei Fossi', 'Via del Giglio', 'Borgo San Frediano', 'Via della Chiesa', 'Vicolo del Pozzo'],
    ['Lucca', 'Prato', 'Pistoia', 'Empoli', 'Siena', 'Arezzo'], dob='%d/%m/%Y', mail='libero.it')
loc('nl-NL', 'NL', ['Sanne', 'Joost', 'Femke', 'Wouter', 'Lieke', 'Thijs', 'Marloes', 'Sjoerd', 'Ilse'],
    ['Hoekstra', 'Dijkema', 'Veenstra', 'Zwart', 'Bosma', 'Kuipers', 'Wijnja', 'Hofstede'],
    '{s} {n}, {z} {c}', ['Kerkstraat', 'Dijkweg', 'Molenpad', 'Zuiderdiep', 'Vaartweg'],
    ['Drachten', 'Sneek', 'Assen', 'Meppel', 'Heerenveen'], dob='%d-%m-%Y', mail='ziggo.nl')
loc('pl-PL', 'PL', ['Zofia', 'Bartosz', 'Agnieszka', 'Wojciech', 'Małgorzata', 'Szymon', 'Jadwiga', 'Przemysław'],
    ['Wróblewska', 'Grabowski', 'Szczepańska', 'Kaczmarek', 'Pietrzak', 'Sobczak', 'Wysocka', 'Jabłoński'],
    'ul. {s} {n}, {z} {c}', ['Ogrodowa', 'Kasztanowa', 'Leśna', 'Wrzosowa', 'Kwiatowa', 'Łąkowa'],
    ['Olsztyn', 'Ełk', 'Giżycko', 'Mrągowo', 'Suwałki'], mail='wp.pl')
loc('sv-SE', 'SE', ['Linnea', 'Hampus', 'Ebba', 'Viggo', 'Tilda', 'Melker', 'Alva', 'Sixten'],
    ['Lindqvist', 'Bergström', 'Sjöberg', 'Holmgren', 'Åkesson', 'Forsberg', 'Nyström', 'Ekdahl'],
    '{s} {n}, {z} {c}', ['Björkvägen', 'Storgatan', 'Sjövägen', 'Granstigen', 'Ängsvägen'],
    ['Umeå', 'Luleå', 'Skellefteå', 'Östersund', 'Sundsvall'], dob='%Y-%m-%d', mail='telia.com')
loc('fi-FI', 'FI', ['Aino', 'Eetu', 'Venla', 'Onni', 'Iida', 'Lauri', 'Siiri', 'Veeti'],
    ['Korhonen', 'Mäkelä', 'Heikkinen', 'Koskinen', 'Laaksonen', 'Rautio', 'Kinnunen', 'Väisänen'],
    '{s} {n}, {z} {c}', ['Koivukuja', 'Rantatie', 'Kuusitie', 'Myllykatu', 'Pihlajapolku'],
    ['Kuopio', 'Joensuu', 'Oulu', 'Lahti', 'Kajaani'], mail='luukku.com')
loc('cs-CZ', 'CZ', ['Tereza', 'Vojtěch', 'Kristýna', 'Matěj', 'Barbora', 'Ondřej', 'Anežka', 'Štěpán'],
    ['Dvořáková', 'Procházka', 'Kučerová', 'Veselý', 'Horáková', 'Němec', 'Pokorná', 'Marek'],
    '{s} {n}, {z} {c}', ['Lipová', 'Na Vyhlídce', 'Zahradní', 'U Potoka', 'Sadová'],
    ['Třebíč', 'Jihlava', 'Tábor', 'Písek', 'Kolín'], mail='seznam.cz')
loc('pt-BR', 'BR', ['Thaís', 'Caio', 'Luana', 'Davi', 'Raíssa', 'Otávio', 'Yasmin', 'Heitor'],
    ['Figueiredo', 'Bezerra', 'Cavalcanti', 'Magalhães', 'Nogueira', 'Sampaio', 'Albuquerque', 'Pimentel'],
    '{s}, {n} - {c}, CEP {z}', ['Rua das Acácias', 'Rua Pará', 'Travessa do Carmo', 'Rua Bento Viana', 'Avenida Beira-Rio'],
    ['Campina Grande', 'Caruaru', 'Mossoró', 'Juazeiro', 'Petrolina'], dob='%d/%m/%Y', mail='uol.com.br')
loc('en-US', 'US', ['Kaylee', 'Brody', 'Shelby', 'Tanner', 'Brianna', 'Colton', 'Makenna', 'Garrett'],
    ['Hollingsworth', 'Pruitt', 'Stegall', 'McCrary', 'Dunaway', 'Whitlock', 'Tidwell', 'Burkhalter'],
    '{n} {s}, {c}, {z}', ['Sycamore Bend Rd', 'Quail Hollow Dr', 'Persimmon Ln', 'Cedar Gap Ct', 'Tupelo Trace'],
    ['Tupelo MS 38804', 'Florence AL 35630', 'Cleveland TN 37311', 'Rome GA 30161'], dob='%m/%d/%Y', mail='yahoo.com')
loc('en-GB', 'GB', ['Niamh', 'Callum', 'Ffion', 'Rhys', 'Eilidh', 'Fraser', 'Siobhan', 'Euan'],
    ['Pritchard', 'McAllister', 'Llewellyn', 'Rennie', 'Haggerty', 'Cruickshank', 'Prosser', 'Dunlop'],
    '{n} {s}, {c} {z}', ['Heol y Felin', 'Burnside Crescent', 'Larch Grove', 'Mill Brae', 'Tanners Row'],
    ['Aberystwyth', 'Dunfermline', 'Wrexham', 'Kilmarnock', 'Carmarthen'], dob='%d/%m/%Y', mail='btinternet.com')
loc('tr-TR', 'TR', ['Elif', 'Emre', 'Zeynep', 'Burak', 'Büşra', 'Oğuz', 'Merve', 'Kaan'],
    ['Yıldırım', 'Karakaya', 'Özdemir', 'Aydoğan', 'Çelikkol', 'Kocabaş', 'Erdoğdu', 'Tunçel'],
    '{s} No:{n}, {z} {c}', ['Lale Sokak', 'Çınar Caddesi', 'Gül Sokak', 'Papatya Sokak', 'Menekşe Caddesi'],
    ['Eskişehir', 'Kütahya', 'Bilecik', 'Uşak', 'Afyonkarahisar'], mail='hotmail.com')
loc('ru-RU', 'RU', ['Ксения', 'Арсений', 'Полина', 'Тимофей', 'Варвара', 'Глеб', 'Ульяна', 'Ярослав'],
    ['Воронцова', 'Шевелёв', 'Кудрявцева', 'Зимин', 'Лаптева', 'Мухин', 'Селезнёва', 'Гришин'],
    'ул. {s}, д. {n}, {c}, {z}', ['Садовая', 'Лесная', 'Речная', 'Рябиновая', 'Школьная'],
    ['Вологда', 'Кострома', 'Череповец', 'Ярославль', 'Иваново'], mail='mail.ru')
loc('uk-UA', 'UA', ['Оксана', 'Богдан', 'Соломія', 'Тарас', 'Зоряна', 'Назар', 'Ярина', 'Остап'],
    ['Ковальчук', 'Бондаренко', 'Мельничук', 'Гнатюк', 'Савчук', 'Федорів', 'Костюк', 'Дмитрук'],
    'вул. {s}, {n}, {c}, {z}', ['Квіткова', 'Вишнева', 'Каштанова', 'Підгірна', 'Зелена'],
    ['Тернопіль', 'Луцьк', 'Рівне', 'Коломия', 'Дрогобич'], mail='ukr.net')
loc('el-GR', 'GR', ['Δέσποινα', 'Σπύρος', 'Ευτυχία', 'Λευτέρης', 'Χρυσούλα', 'Παναγιώτης', 'Σταυρούλα'],
    ['Καραγιάννη', 'Μαυρίδης', 'Σαββίδου', 'Τσολάκης', 'Βλάχου', 'Ζαχαρίου', 'Κουκουλάκης'],
    '{s} {n}, {z} {c}', ['Οδός Αμαραντων', 'Οδός Κυπαρίσσων', 'Οδός Ανεμώνης', 'Οδός Ελιάς'],
    ['Ιωάννινα', 'Λάρισα', 'Βόλος', 'Καβάλα', 'Χανιά'], mail='otenet.gr')
loc('ar-EG', 'EG', ['ريم', 'كريم', 'ياسمين', 'عمرو', 'هبة', 'شريف', 'نرمين', 'حازم'],
    ['الشناوي', 'عبد المقصود', 'الدمرداش', 'البنداري', 'الحفناوي', 'السيوفي', 'الجمال'],
    '{n} {s}، {c} {z}', ['شارع النخيل', 'شارع الورد', 'شارع المدارس', 'شارع البستان'],
    ['المنصورة', 'طنطا', 'الزقازيق', 'دمياط', 'بنها'], mail='yahoo.com')
loc('he-IL', 'IL', ['נועה', 'איתי', 'שירה', 'עומר', 'יעל', 'אורי', 'הדס', 'רועי'],
    ['שטרנברג', 'אלמוג', 'בן־שושן', 'גולדפרב', 'אזולאי', 'רוזנטל', 'חדד'],
    'רחוב {s} {n}, {c} {z}', ['הרימון', 'הדקל', 'האלה', 'השקד', 'התאנה'],
    ['רחובות', 'כפר סבא', 'נתניה', 'עפולה', 'אשדוד'], mail='walla.co.il')
loc('hi-IN', 'IN', ['अनन्या', 'विहान', 'इशिता', 'आरव', 'तन्वी', 'कबीर', 'मेघना', 'ऋषभ'],
    ['कुलकर्णी', 'देशपांडे', 'श्रीवास्तव', 'त्रिपाठी', 'बघेल', 'चतुर्वेदी', 'भटनागर'],
    'मकान नं. {n}, {s}, {c} {z}', ['गुलमोहर कॉलोनी', 'शांति नगर', 'नेहरू विहार', 'सरस्वती कुंज'],
    ['जबलपुर', 'ग्वालियर', 'उज्जैन', 'सागर', 'रीवा'], mail='rediffmail.com')
loc('ja-JP', 'JP', ['陽菜', '蓮', '結衣', '湊', '美桜', '颯太', '杏奈', '悠斗'],
    ['渡部', '菅原', '望月', '小野寺', '樋口', '片桐', '新庄', '柳沢'],
    '〒{z} {c}{s}{n}', ['桜丘', '緑町', '本郷', '若葉台', '東雲'],
    ['松本市', '甲府市', '長野市', '富山市', '福井市'], order='lf_nospace', dob='%Y年%m月%d日', mail='docomo.ne.jp')
loc('ko-KR', 'KR', ['서연', '도윤', '하은', '시우', '지아', '준서', '채원', '유준'],
    ['권', '황', '송', '안', '류', '홍', '전', '문'],
    '{c} {s} {n}', ['벚꽃로', '은행나무길', '가람로', '솔내길', '한빛로'],
    ['청주시', '전주시', '천안시', '원주시', '포항시'], order='lf_nospace', dob='%Y.%m.%d', mail='naver.com')
loc('zh-CN', 'CN', ['梓涵', '浩宇', '欣怡', '子轩', '雨桐', '俊熙', '诗涵', '宇航'],
    ['岑', '邬', '蔺', '阎', '甘', '詹', '鲍', '芮'],
    '{c}{s}{n}号', ['桂花路', '梧桐街', '枫林路', '翠湖巷', '兰亭路'],
    ['绵阳市', '宜昌市', '赣州市', '柳州市', '泉州市'], order='lf_nospace', dob='%Y年%m月%d日', mail='qq.com')
loc('th-TH', 'TH', ['ณัฐธิดา', 'ธนพล', 'ปวีณา', 'กิตติพัฒน์', 'ศิริพร', 'วรวุฒิ', 'อรอุมา'],
    ['ศรีสุวรรณ', 'บุญประเสริฐ', 'ทองดี', 'แก้วมณี', 'สุขเจริญ', 'วงศ์ใหญ่'],
    '{n} {s} {c} {z}', ['ซอยมะลิ', 'ถนนร่มเกล้า', 'ซอยพุดซ้อน', 'ถนนนิมมาน'],
    ['เชียงราย', 'ลำปาง', 'ขอนแก่น', 'อุดรธานี'], mail='hotmail.com')
loc('vi-VN', 'VN', ['Thảo', 'Khánh', 'Ngọc', 'Tuấn', 'Huyền', 'Quân', 'Trang', 'Phúc'],
    ['Nguyễn Thị', 'Trần Văn', 'Lê Thị', 'Phạm Văn', 'Huỳnh Thị', 'Đặng Văn'],
    'Số {n} {s}, {c}', ['Đường Hoa Sữa', 'Ngõ Cây Bàng', 'Đường Phượng Vĩ', 'Hẻm Sen Hồng'],
    ['Huế', 'Đà Lạt', 'Quy Nhơn', 'Vinh', 'Cần Thơ'], order='lf', dob='%d/%m/%Y', mail='gmail.com')
loc('id-ID', 'ID', ['Putri', 'Rizky', 'Ayu', 'Fajar', 'Nadia', 'Bagus', 'Intan', 'Dimas'],
    ['Siregar', 'Nasution', 'Simanjuntak', 'Wibisono', 'Hutapea', 'Prasetyo', 'Lubis'],
    '{s} No. {n}, {c} {z}', ['Jalan Melati', 'Jalan Kenanga', 'Gang Mawar', 'Jalan Cempaka'],
    ['Medan', 'Pematangsiantar', 'Padang', 'Jambi', 'Pekanbaru'], mail='yahoo.co.id')

TAGS = list(L)
PHONE_NSN = {'DE': ['151', '160', '176'], 'FR': ['6', '7'], 'ES': ['6'], 'IT': ['34', '33'], 'NL': ['6'],
             'PL': ['50', '60', '69'], 'SE': ['70', '73'], 'FI': ['40', '50'], 'CZ': ['60', '73'], 'BR': ['119', '819'],
             'US': ['617', '901', '615', '256'], 'GB': ['7911', '7824'], 'TR': ['532', '544'], 'RU': ['916', '921'],
             'UA': ['67', '50'], 'GR': ['69'], 'EG': ['10', '12'], 'IL': ['52', '54'], 'IN': ['98', '91'],
             'JP': ['90', '80'], 'KR': ['10'], 'CN': ['138', '159'], 'TH': ['81', '89'], 'VN': ['90', '98'],
             'ID': ['812', '813']}
NSN_LEN = {'DE': 11, 'FR': 9, 'ES': 9, 'IT': 10, 'NL': 9, 'PL': 9, 'SE': 9, 'FI': 9, 'CZ': 9, 'BR': 11, 'US': 10,
           'GB': 10, 'TR': 10, 'RU': 10, 'UA': 9, 'GR': 10, 'EG': 10, 'IL': 9, 'IN': 10, 'JP': 10, 'KR': 10, 'CN': 11,
           'TH': 9, 'VN': 9, 'ID': 10}
NATIONAL = {'ES': 'dni', 'NL': 'bsn', 'PL': 'pesel', 'SE': 'pnr', 'FI': 'hetu', 'IN': 'aadhaar', 'CN': 'ric',
            'TR': 'tck', 'US': 'ssn', 'BR': 'cpf', 'DE': 'idnr', 'GB': 'nhs'}
IBAN_CC = {'ES': ('ES', 'n20'), 'DE': ('DE', 'n18'), 'NL': ('NL', 'RABO'), 'PL': ('PL', 'n24'), 'IT': ('IT', 'it'), 'FI': ('FI', 'n14'),
           'CZ': ('CZ', 'n20'), 'TR': ('TR', 'tr'), 'GB': ('GB', 'gb'), 'FR': ('FR', 'fr'), 'SE': ('SE', 'n20')}
TEST_CARDS = {'4111111111111111', '4242424242424242', '4012888888881881', '5555555555554444', '5105105105105100',
              '4000056655665556', '378282246310005'}
DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]


class Gen:
    def __init__(self, rnd):
        self.r = rnd

    def digits(self, n):
        return ''.join(self.r.choice('0123456789') for _ in range(n))

    def name(self, lc):
        f, l_ = self.r.choice(lc['firsts']), self.r.choice(lc['lasts'])
        if lc['order'] == 'lf_nospace':
            return l_ + f
        if lc['order'] == 'lf':
            return l_ + ' ' + f
        return f + ' ' + l_

    def email(self, lc, person):
        base = unicodedata.normalize('NFKD', person).encode('ascii', 'ignore').decode().lower()
        base = re.sub(r'[^a-z ]', '', base).split()
        if len(base) >= 2:
            local = self.r.choice(['{0}.{1}', '{0}{1}{d}', '{f}.{1}', '{0}_{1}'])
            local = local.format(base[0], base[-1], f=base[0][0], d=self.digits(2))
        else:
            local = self.r.choice(['sunbird', 'river', 'maple', 'kite', 'lumen', 'nori', 'pebble']) + '.' + \
                self.r.choice(['fox', 'tea', 'wave', 'moss', 'reed']) + self.digits(3)
        return f'{local}@{lc["mail"]}'

    def phone(self, lc):
        reg = lc['region']
        for _ in range(500):
            pre = self.r.choice(PHONE_NSN[reg])
            nsn = pre + self.digits(NSN_LEN[reg] - len(pre))
            try:
                p = phonenumbers.parse(nsn, reg) if reg != 'US' else phonenumbers.parse('+1' + nsn)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(p) or phonenumbers.region_code_for_number(p) != reg:
                continue
            if reg == 'US' and nsn[3:6] == '555':
                continue
            fmt = self.r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL])
            s = phonenumbers.format_number(p, fmt)
            assert phonenumbers.is_valid_number(phonenumbers.parse(s, reg)), s
            return s
        raise SystemExit(f'no valid phone for {reg}')

    def dob(self, lc):
        d = dt.date(1940, 1, 1) + dt.timedelta(days=self.r.randrange(0, 365 * 64))
        return d, d.strftime(lc['dob'])

    def address(self, lc):
        return lc['addr'].format(s=self.r.choice(lc['streets']), n=self.r.randint(2, 148),
                                 z=self.digits(5) if lc['region'] not in ('JP', 'NL', 'GB', 'CZ', 'PL', 'BR')
                                 else {'JP': lambda: self.digits(3) + '-' + self.digits(4),
                                       'NL': lambda: str(self.r.randint(1000, 9899)) + ' ' + self.r.choice(['AB', 'KL', 'RT', 'WX']),
                                       'GB': lambda: self.r.choice(['SY23', 'KY12', 'LL11', 'KA1', 'SA31']) + ' ' + str(self.r.randint(1, 9)) + self.r.choice(['AB', 'DH', 'QN']),
                                       'CZ': lambda: self.digits(3) + ' ' + self.digits(2),
                                       'PL': lambda: self.digits(2) + '-' + self.digits(3),
                                       'BR': lambda: self.digits(5) + '-' + self.digits(3)}[lc['region']](),
                                 c=self.r.choice(lc['cities']))

    def ip(self):
        while True:
            a = ipaddress.ip_address('.'.join(str(self.r.randint(1, 223)) for _ in range(4)))
            if a.is_global and not any(a in n for n in DOC_NETS) and not a.is_multicast:
                return str(a)

    def card(self):
        while True:
            pre = self.r.choice(['4', '51', '53', '55', '2221'])
            body = pre + self.digits(15 - len(pre))
            num = body + luhn.calc_check_digit(body)
            if num not in TEST_CARDS and luhn.is_valid(num):
                return ' '.join(num[i:i + 4] for i in range(0, 16, 4))

    def iban(self, reg):
        cc, kind = IBAN_CC.get(reg, ('DE', 'n18'))
        for _ in range(2000):
            if kind.startswith('n'):
                bban = self.digits(int(kind[1:]))
            elif kind == 'RABO':
                bban = self.r.choice(['RABO', 'INGB', 'ABNA']) + self.digits(10)
            elif kind == 'it':
                bban = self.r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') + self.digits(22)
            elif kind == 'tr':
                bban = self.digits(5) + '0' + self.digits(16)
            elif kind == 'gb':
                bban = self.r.choice(['NWBK', 'BARC', 'LOYD', 'MIDL']) + self.digits(14)
            else:  # fr
                bban = self.digits(23)
            num = cc + std_iban.calc_check_digits(cc + '00' + bban) + bban
            try:
                std_iban.validate(num)
            except Exception:
                continue
            return ' '.join(num[i:i + 4] for i in range(0, len(num), 4))
        raise SystemExit('iban ' + reg)

    def national(self, reg, d=None):
        """returns (entity type, value) for the locale's citizen / tax / health number"""
        r = self.r
        k = NATIONAL.get(reg)
        d = d or dt.date(1960, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 40))
        if k == 'ssn':
            while True:
                v = f'{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}'
                if us_ssn.is_valid(v):
                    return 'ssn', v
        if k == 'dni':
            n = self.digits(8)
            return 'NATIONAL_ID', dni.validate(n + dni.calc_check_digit(n))
        if k == 'bsn':
            while True:
                n = str(r.randint(1, 6)) + self.digits(8)
                if bsn.is_valid(n):
                    return 'NATIONAL_ID', n
        if k == 'pesel':
            m = d.month + (20 if d.year >= 2000 else 0)
            n = f'{d.year % 100:02d}{m:02d}{d.day:02d}' + self.digits(4)
            return 'NATIONAL_ID', pesel.validate(n + pesel.calc_check_digit(n))
        if k == 'pnr':
            while True:
                n = d.strftime('%y%m%d') + '-' + self.digits(4)
                if personnummer.is_valid(n):
                    return 'NATIONAL_ID', n
        if k == 'hetu':
            n = d.strftime('%d%m%y') + ('-' if d.year < 2000 else 'A') + f'{r.randint(2, 899):03d}'
            v = n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(n[:6] + n[7:]) % 31]
            return 'NATIONAL_ID', hetu.validate(v)
        if k == 'aadhaar':
            while True:
                n = str(r.randint(2, 9)) + self.digits(10)
                v = n + verhoeff.calc_check_digit(n)
                if aadhaar.is_valid(v):
                    return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}'
        if k == 'ric':
            for _ in range(200):
                n = r.choice(['110105', '310115', '440305', '510107', '330106', '420106', '320102']) + d.strftime('%Y%m%d') + self.digits(3)
                v = n + ric.calc_check_digit(n + '0')
                if ric.is_valid(v):
                    return 'NATIONAL_ID', v
            raise SystemExit('no valid resident ID')
        if k == 'tck':
            n = str(r.randint(1, 9)) + self.digits(8)
            return 'NATIONAL_ID', tckimlik.validate(n + tckimlik.calc_check_digits(n))
        if k == 'cpf':
            while True:
                n = self.digits(9)
                v = n + cpf._calc_check_digits(n)
                if cpf.is_valid(v):
                    return 'TAX_ID', cpf.format(v)
        if k == 'idnr':
            while True:
                n = str(r.randint(1, 9)) + self.digits(9)
                v = n + mod_11_10.calc_check_digit(n)
                if idnr.is_valid(v):
                    return 'TAX_ID', f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}'
        if k == 'nhs':
            while True:
                n = str(r.randint(4, 6)) + self.digits(8)
                c = str((11 - sum(int(d) * (10 - i) for i, d in enumerate(n)) % 11) % 11)
                if c != '10' and nhs.is_valid(n + c):
                    v = n + c
                    return 'HEALTH_INSURANCE', f'{v[:3]} {v[3:6]} {v[6:]}'
        return None

    def us_bank(self):
        while True:
            n = f'{self.r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}' + self.digits(6)
            v = n + rtn.calc_check_digit(n)
            if rtn.is_valid(v):
                return f'routing {v}, account {self.digits(10)}'

    def mrn(self):
        return self.r.choice(['MRN ', 'MRN: ', 'Pat.-Nr. ', 'hospital no. ']) + self.digits(7)


# ------------------------------------------------------------------------------------- public / benign pools
PUBLIC = clean(['Maria Sibylla Merian', 'Ignaz Semmelweis', 'Sofia Kovalevskaya', 'Santiago Ramon y Cajal', 'Ole Romer', 'Chien-Shiung Wu',
                'Tu Youyou', 'Jagadish Chandra Bose', 'Mary Somerville', 'Gregor Mendel', 'Lise Meitner', 'Srinivasa Ramanujan', 'Emmy Noether', 'Nikola Tesla', 'Hypatia', 'Jean Sibelius',
                'Wangari Maathai', 'Rosalind Franklin', 'Dmitri Mendeleev', 'Mary Anning', 'Kenzaburo Oe',
                'Hedy Lamarr', 'Alexander von Humboldt', 'Ibn Battuta', 'Zheng He', 'Rabindranath Tagore'], 'public')
ROLE_MAIL = ['support@example.com', 'noreply@example.org', 'billing@example.net', 'security@example.com',
             'press@example.org', 'helpdesk@example.com', 'dpo@example.org', 'ops-alerts@example.net']
DOC_PHONES = ['+1 202-555-0147', '(312) 555-0183', '+1 415 555 0110', '020 7946 0321', '+44 161 496 0754',
              '0113 496 0892', '+61 2 5550 1234']
DOC_IBAN = ['DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'FR14 2004 1010 0505 0001 3M02 606',
            'NL91 ABNA 0417 1643 00', 'ES91 2100 0418 4502 0005 1332']
PRODUCTS = ['M8 hex bolt zinc', 'USB-C cable 2 m', 'LED panel 600x600', 'thermal paste 4 g', 'PLA filament 1.75 mm',
            'nitrile gloves L', 'SSD 1 TB NVMe', 'cable ties 200 mm', 'bearing 6204-2RS', 'solder wire 0.8 mm']
PRODUCTS = clean(PRODUCTS, 'products')
PLACES = clean(['Lyon Part-Dieu', 'Kraków Główny', 'Porto Campanhã', 'Tampere asema', 'Brno hl.n.', 'Utrecht Centraal',
                'Bologna Centrale', 'Eskişehir Gar', 'Ljubljana', 'Gdańsk Główny', 'Linz Hbf', 'Oulu asema', 'Kaunas',
                'Aarhus H', 'Plovdiv', 'Daugavpils', 'Szeged', 'Trondheim S', 'Cluj-Napoca', 'Žilina'], 'places')


# ------------------------------------------------------------------------------------------- fillers
class Filler:
    def __init__(self, rnd):
        self.r = rnd

    def uuid(self):
        return '%08x-%04x-4%03x-%04x-%012x' % (self.r.getrandbits(32), self.r.getrandbits(16), self.r.getrandbits(12),
                                                 0x8000 | self.r.getrandbits(14), self.r.getrandbits(48))

    def sha(self, n=40):
        return ''.join(self.r.choice('0123456789abcdef') for _ in range(n))

    def ts(self):
        return (dt.datetime(2026, 11, 1) + dt.timedelta(seconds=self.r.randrange(0, 30 * 86400))).strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3] + 'Z'

    def docip(self):
        return self.r.choice(['192.0.2.', '198.51.100.', '203.0.113.', '10.20.4.', '172.16.4.']) + str(self.r.randint(1, 254))

    def log_line(self):
        r = self.r
        return r.choice([
            f'{self.ts()} INFO  [http-nio-8080-exec-{r.randint(1, 64)}] c.a.api.OrderController - GET /api/v2/orders/ORD-{r.randint(100000, 999999)} 200 {r.randint(3, 900)}ms req={self.uuid()}',
            f'{self.ts()} WARN  [pool-{r.randint(1, 9)}-thread-{r.randint(1, 30)}] o.h.e.jdbc.spi.SqlExceptionHelper - SQL Warning Code: 0, SQLState: 01000 conn={self.sha(8)}',
            f'{self.ts()} DEBUG upstream={self.docip()}:{r.choice([443, 8443, 9000])} latency_ms={r.randint(1, 999)} build=2026.{r.randint(1, 48)}.{r.randint(0, 9)}+{self.sha(7)}',
            f'{self.ts()} ERROR [worker-{r.randint(1, 16)}] job {self.uuid()} failed: TimeoutError after {r.randint(5, 60)}s (attempt {r.randint(1, 5)}/5)',
            f'{self.docip()} - - [{r.randint(1, 28):02d}/Nov/2026:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000] "GET /static/app.{self.sha(8)}.js HTTP/1.1" 200 {r.randint(1000, 99999)} "-" "Mozilla/5.0"',
            f'{self.ts()} INFO  kube-probe/1.{r.randint(24, 31)} readiness ok pod=api-{self.sha(5)}-{self.sha(5)} node=ip-10-0-{r.randint(0, 255)}-{r.randint(0, 255)}',
        ])

    def stack(self):
        r = self.r
        frames = [f'    at com.acme.billing.{r.choice(["Invoice", "Ledger", "Tax", "Payment"])}{r.choice(["Service", "Mapper", "Repo"])}.{r.choice(["apply", "map", "load", "post"])}({r.choice(["Invoice", "Ledger"])}.java:{r.randint(20, 900)})' for _ in range(r.randint(6, 14))]
        return f'{self.ts()} ERROR Unhandled exception\njava.lang.IllegalStateException: ledger {self.uuid()} not balanced\n' + '\n'.join(frames)

    def code_block(self):
        r = self.r
        fn = r.choice(['parse_batch', 'merge_rows', 'compute_totals', 'retry_upload', 'normalise_sku', 'load_config'])
        return (f'def {fn}_{r.randint(1, 999)}(rows, *, limit={r.randint(10, 500)}):\n'
                f'    """Process rows; see ticket OPS-{r.randint(1000, 9999)}."""\n'
                f'    out = []\n    for i, row in enumerate(rows):\n        if i >= limit:\n            break\n'
                f'        key = row.get("sku") or "{self.sha(10)}"\n        out.append((key, float(row.get("qty", 0)) * {r.randint(1, 99)}.{r.randint(0, 99)}))\n'
                f'    return out\n')

    def config_block(self):
        r = self.r
        return (f'[service.{r.choice(["api", "worker", "cron", "ingest"])}-{r.randint(1, 40)}]\nimage = "registry.example.com/app:{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}"\n'
                f'replicas = {r.randint(1, 12)}\nupstream = "https://{self.docip()}:8443"\ntimeout_ms = {r.randint(100, 9000)}\n'
                f'checksum = "sha256:{self.sha(64)}"\nalert_mailbox = "{r.choice(ROLE_MAIL)}"\n')

    def transcript_line(self):
        r = self.r
        sp = r.choice(['PM', 'Eng lead', 'QA', 'Design', 'Facilitator', 'Ops', 'Finance'])
        txt = r.choice(['we agreed to move the release to sprint {n}', 'the p95 latency is still around {n} ms',
                        'ticket OPS-{n} is blocked on the vendor', 'budget line {n} needs sign-off',
                        'let us revisit the migration plan next week', 'the dashboard shows {n} failed jobs',
                        'I will write the RFC before Thursday', 'the load test reached {n} rps'])
        return f'[{r.randint(0, 1):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}] {sp}: ' + txt.format(n=r.randint(2, 999))

    def legal_par(self):
        r = self.r
        n = r.randint(1, 30)
        return r.choice([
            f'{n}.{r.randint(1, 9)} Neither party shall be liable for any indirect, incidental or consequential loss arising out of or in connection with this Agreement, save in the case of fraud or wilful misconduct.',
            f'{n}.{r.randint(1, 9)} The Supplier shall process Customer Data only on documented instructions and shall ensure that persons authorised to process the data have committed themselves to confidentiality.',
            f'{n}.{r.randint(1, 9)} Any notice under this Agreement shall be in writing and delivered to the registered office of the receiving party, or to such other address as notified in accordance with this clause.',
            f'{n}.{r.randint(1, 9)} This Agreement shall be governed by and construed in accordance with the laws of the jurisdiction stated in Schedule {r.randint(1, 6)}.',
            f'{n}.{r.randint(1, 9)} Fees are exclusive of VAT and payable within {r.choice([14, 30, 45, 60])} days of the invoice date (invoice series INV-2026-{r.randint(1000, 9999)}).'])

    def article_par(self):
        r = self.r
        p = r.choice(PUBLIC)
        return r.choice([
            f'The work of {p} is still taught today; historians point to the period after {r.randint(1820, 1960)} as decisive for how the ideas spread across universities.',
            f'In {r.randint(1850, 1990)}, {p} published results that were first received with scepticism before later experiments confirmed them.',
            'Soil erosion in river basins depends on rainfall intensity, slope, vegetation cover and land use; terraces and cover crops reduce losses markedly.',
            f'The museum exhibition dedicated to {p} attracted about {r.randint(20, 400)} thousand visitors, according to the organisers\' annual report.',
            'Urban heat islands form where dense surfaces store heat; street trees and reflective roofs lower peak temperatures by several degrees.',
            'The railway line was electrified in stages, and the timetable change doubled the frequency of regional services on weekdays.'])

    def body(self, kind, size):
        gen = {'server_log': self.log_line, 'stack_trace': self.stack, 'source_code': self.code_block,
               'config_file': self.config_block, 'meeting_transcript': self.transcript_line, 'legal_boilerplate': self.legal_par,
               'long_article': self.article_par}[kind]
        parts, n = [], 0
        while n < size:
            s = gen()
            parts.append(s)
            n += len(s) + 1
        return parts


FILLER_KINDS = ['server_log', 'stack_trace', 'source_code', 'config_file', 'meeting_transcript', 'legal_boilerplate', 'long_article']

ASKS = {  # per locale short asks (native) + English fallbacks
    'de-DE': 'kannst du das kurz zusammenfassen?', 'fr-FR': 'tu peux me résumer ça ?', 'es-ES': '¿me lo resumes?',
    'it-IT': 'me lo riassumi in breve?', 'nl-NL': 'kun je dit samenvatten?', 'pl-PL': 'możesz to streścić?',
    'sv-SE': 'kan du sammanfatta detta?', 'fi-FI': 'voitko tiivistää tämän?', 'cs-CZ': 'můžeš to shrnout?',
    'pt-BR': 'pode resumir isso?', 'en-US': 'can you summarize this?', 'en-GB': 'could you summarise this?',
    'tr-TR': 'bunu özetler misin?', 'ru-RU': 'можешь кратко пересказать?', 'uk-UA': 'можеш коротко підсумувати?',
    'el-GR': 'μπορείς να το συνοψίσεις;', 'ar-EG': 'ممكن تلخص ده؟', 'he-IL': 'אפשר סיכום קצר?',
    'hi-IN': 'क्या आप इसका सारांश दे सकते हैं?', 'ja-JP': 'これを要約してください', 'ko-KR': '이거 요약해 줄래?',
    'zh-CN': '帮我总结一下', 'th-TH': 'ช่วยสรุปให้หน่อย', 'vi-VN': 'tóm tắt giúp mình nhé', 'id-ID': 'bisa diringkas?'}


# ---------------------------------------------------------------------------------------- request placement
def place(r, doc, ask, sysmsg, idx):
    """wrap a document and an ask into an OpenAI request body, field chosen by rotation"""
    slot = idx % 10
    model = r.choice(['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto'])
    if slot == 9:
        return 'completions', 'prompt', {'model': 'gpt-3.5-turbo-instruct', 'prompt': f'{doc}\n\n{ask}\n', 'max_tokens': 256}
    msgs = [{'role': 'system', 'content': sysmsg}]
    body = {'model': model}
    if slot in (0, 1):
        msgs.append({'role': 'user', 'content': f'{ask}\n\n{doc}'})
        style = 'user'
    elif slot == 2:
        msgs.append({'role': 'user', 'content': [{'type': 'text', 'text': ask}, {'type': 'text', 'text': doc}]})
        style = 'content_parts'
    elif slot == 3:
        data = base64.b64encode(doc.encode('utf-8')).decode()
        msgs.append({'role': 'user', 'content': [{'type': 'text', 'text': ask},
                                                  {'type': 'file', 'file': {'filename': r.choice(['dump.txt', 'export.log', 'notes.md', 'attach.txt']),
                                                                            'file_data': f'data:text/plain;base64,{data}'}}]})
        style = 'file_base64'
    elif slot == 4:
        cid = 'call_' + ''.join(r.choice('abcdefghijklmnop0123456789') for _ in range(12))
        msgs += [{'role': 'user', 'content': ask},
                 {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {'name': 'fetch_document', 'arguments': json.dumps({'source': 'shared-drive', 'max_bytes': 40000})}}]},
                 {'role': 'tool', 'tool_call_id': cid, 'content': doc}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'fetch_document', 'description': 'Fetch a document from the shared drive',
                                                             'parameters': {'type': 'object', 'properties': {'source': {'type': 'string'}, 'max_bytes': {'type': 'integer'}}}}}]
        style = 'tool_result'
    elif slot == 5:
        msgs[0]['content'] = sysmsg + '\n\nReference material:\n' + doc
        msgs.append({'role': 'user', 'content': ask})
        style = 'system'
    elif slot == 6:
        msgs += [{'role': 'user', 'content': 'here it is'}, {'role': 'assistant', 'content': 'Received:\n' + doc},
                 {'role': 'user', 'content': ask}]
        style = 'assistant_echo'
    elif slot == 7:
        cid = 'call_' + ''.join(r.choice('qrstuvwxyz0123456789') for _ in range(12))
        msgs += [{'role': 'user', 'content': ask},
                 {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {'name': 'store_note', 'arguments': json.dumps({'text': doc}, ensure_ascii=False)}}]},
                 {'role': 'tool', 'tool_call_id': cid, 'content': '{"ok": true}'}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'store_note', 'description': 'Store a note', 'parameters': {'type': 'object', 'properties': {'text': {'type': 'string'}}, 'required': ['text']}}}]
        style = 'tool_call_args'
    else:
        msgs.append({'role': 'user', 'content': f'{doc}\n\n{ask}'})
        body['temperature'] = 0.2
        style = 'user_tail'
    body['messages'] = msgs
    return 'chat', style, body


def strings_of(obj, out):
    if isinstance(obj, str):
        out.append(obj)
        out.append(urllib.parse.unquote(obj))
        m = re.match(r'data:[^;]+;base64,(.*)$', obj, re.S)
        if m:
            out.append(base64.b64decode(m.group(1)).decode('utf-8'))
        if obj[:1] in '{[':
            try:
                strings_of(json.loads(obj), out)
            except ValueError:
                pass
    elif isinstance(obj, dict):
        for k, v in obj.items():
            strings_of(k, out)
            strings_of(v, out)
    elif isinstance(obj, list):
        for v in obj:
            strings_of(v, out)
    return out


def entities_of(body, issued):
    hay = '\n'.join(strings_of(body, []))
    return sorted({t for t, v in issued if v in hay})


# ------------------------------------------------------------------------------------------ PII kinds
class PII:
    def __init__(self, rnd):
        self.r = rnd
        self.g = Gen(rnd)
        self.f = Filler(rnd)

    def value(self, lc, typ, issued):
        g = self.g
        if typ == 'person':
            v = g.name(lc)
        elif typ == 'email':
            v = g.email(lc, g.name(lc))
        elif typ == 'phone':
            v = g.phone(lc)
        elif typ == 'IP_ADDRESS':
            v = g.ip()
        elif typ == 'iban':
            v = g.iban(lc['region'])
        elif typ == 'credit_card':
            v = g.card()
        elif typ == 'DATE_OF_BIRTH':
            v = g.dob(lc)[1]
        elif typ == 'STREET_ADDRESS':
            v = g.address(lc)
        elif typ == 'MEDICAL_RECORD':
            v = g.mrn()
        elif typ == 'US_BANK_NUMBER':
            v = g.us_bank()
        elif typ == 'national':
            nat = g.national(lc['region'])
            if nat is None:  # no citizen number generator for this locale: a private e-mail instead
                return self.value(lc, 'email', issued)
            issued.append(nat)
            return nat[1]
        issued.append((typ, v))
        return v

    def sentence(self, lc, typ, issued):
        """one private aside carrying one value (type chosen), in English with native values"""
        v = self.value(lc, typ, issued)
        if typ == 'person':
            return self.r.choice([f'(note: my neighbour {v} asked to be cc\'d on this)', f'-- forwarded by my sister {v}, she is on leave until Monday',
                                  f'# TODO ask {v} (our tenant in flat 3) whether the boiler was fixed'])
        if typ == 'email':
            return self.r.choice([f'ps my private mail is {v} if the work one bounces', f'# contact for the on-call swap: {v} (personal)', f'reply to {v} not the list'])
        if typ == 'phone':
            return self.r.choice([f'call me on {v} after 6', f'-- my mobile: {v}', f'# my wife\'s number for emergencies {v}'])
        if typ == 'IP_ADDRESS':
            return self.r.choice([f'login from my home connection {v} was blocked', f'{self.f.ts()} AUTH user session from home IP {v} (employee VPN bypass)'])
        if typ == 'iban':
            return f'refund the deposit to my own account {v} please'
        if typ == 'credit_card':
            return f'my card {v} exp {self.r.randint(1, 12):02d}/{self.r.randint(27, 31)} was charged twice'
        if typ == 'DATE_OF_BIRTH':
            return f'my mother\'s date of birth for the form: {v}'
        if typ == 'STREET_ADDRESS':
            return f'send the spare key to my home address {v}'
        if typ == 'MEDICAL_RECORD':
            return f'my father\'s {v} at the clinic, ward 4'
        if typ == 'US_BANK_NUMBER':
            return f'direct deposit for my paycheck: {v}'
        return f'my personal number for the application: {v}'

    def benign_sentence(self):
        r, f = self.r, self.f
        return r.choice([
            f'(note: the alert mailbox {r.choice(ROLE_MAIL)} is cc\'d on this)', f'-- vendor hotline from their website: {r.choice(DOC_PHONES)}',
            f'# upstream test endpoint {f.docip()} (documentation range)', f'use the test card 4242 4242 4242 4242 exp 12/34 in staging',
            f'the IBAN in the spec is the registry example {r.choice(DOC_IBAN)}', f'order ORD-{r.randint(10 ** 7, 10 ** 8)} shipped, tracking 1Z{f.sha(16).upper()}',
            f'see the biography of {r.choice(PUBLIC)} in chapter {r.randint(2, 9)}', f'commit {f.sha(40)} fixed it in v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}',
            f'ticket INC-{r.randint(100000, 999999)} opened at {f.ts()}', f'placeholder contact: [NAME], [PHONE], [EMAIL]'])

    # -- kinds
    def buried_long(self, lc, benign, issued):
        r = self.r
        kind = r.choice(FILLER_KINDS)
        size = r.randint(8000, 30000)
        parts = self.f.body(kind, size)
        pos = r.randint(len(parts) // 4, len(parts) - 1)
        if benign:
            parts.insert(pos, self.benign_sentence())
        else:
            parts.insert(pos, self.sentence(lc, r.choice(['email', 'phone', 'person', 'IP_ADDRESS', 'iban', 'email', 'phone', 'national', 'STREET_ADDRESS', 'credit_card']), issued))
        ask = r.choice(['what is the root cause here?', 'any obvious problems in this?', ASKS[lc['tag']], 'list the action items'])
        return '\n'.join(parts), ask, kind

    def spread_dialogue(self, lc, benign, issued):
        r = self.r
        turns = r.randint(10, 26)
        k = r.randint(2, 4)
        slots = sorted(r.sample(range(turns), k))
        msgs = [{'role': 'system', 'content': 'You are a helpful assistant for household admin.'}]
        types = ['email', 'phone', 'person', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'iban', 'national']
        for t in range(turns):
            u = r.choice(['ok next thing', 'can you reword that more politely?', 'what about the deadline?', 'and in a table?',
                          'thanks. another question about the insurance letter', 'shorter please', 'translate the last paragraph',
                          'hm, the bin collection changed, write a note for the building'])
            if t in slots:
                u += ' ' + (self.benign_sentence() if benign else self.sentence(lc, r.choice(types), issued))
            msgs.append({'role': 'user', 'content': u})
            if t < turns - 1:
                msgs.append({'role': 'assistant', 'content': ' '.join(self.f.article_par() if r.random() < 0.3 else r.choice(
                    ['Sure, here is a revised version with a clearer structure and a polite closing line.',
                     'Here is the table with three columns: item, due date, status.',
                     'The deadline in the letter is the end of the month; I would send it a week earlier.'])
                    for _ in range(r.randint(2, 8)))})
        return msgs

    def bulk_records(self, lc, benign, issued):
        r = self.r
        n = r.randint(20, 160)
        fmt = r.choice(['csv', 'jsonl', 'sql', 'markdown'])
        rows = []
        cols = ['name', 'email', 'phone', r.choice(['dob', 'address', 'national_id', 'iban'])] if not benign else \
            r.choice([['sku', 'product', 'qty', 'price'], ['station', 'code', 'platforms', 'opened'], ['company', 'mailbox', 'switchboard', 'founded']])
        for i in range(n):
            if not benign:
                nm = self.value(lc, 'person', issued)
                vals = [nm, self.g.email(lc, nm), self.g.phone(lc)]
                issued += [('email', vals[1]), ('phone', vals[2])]
                extra = {'dob': 'DATE_OF_BIRTH', 'address': 'STREET_ADDRESS', 'national_id': 'national', 'iban': 'iban'}[cols[3]]
                vals.append(self.value(lc, extra, issued))
            elif cols[0] == 'sku':
                vals = [f'SKU-{r.randint(10000, 99999)}', r.choice(PRODUCTS), str(r.randint(0, 900)), f'{r.randint(1, 400)}.{r.randint(0, 99):02d}']
            elif cols[0] == 'station':
                vals = [r.choice(PLACES), f'{r.choice("ABCDEFGHKLMP")}{r.choice("ABCDEFGHKLMP")}{r.randint(10, 99)}', str(r.randint(2, 24)), str(r.randint(1850, 2010))]
            else:
                vals = [f'Vendor {i + 1:03d} GmbH', r.choice(ROLE_MAIL), r.choice(DOC_PHONES), str(r.randint(1890, 2020))]
            rows.append(vals)
        if fmt == 'csv':
            doc = ','.join(cols) + '\n' + '\n'.join(','.join(f'"{v}"' for v in row) for row in rows)
        elif fmt == 'jsonl':
            doc = '\n'.join(json.dumps(dict(zip(cols, row)), ensure_ascii=False) for row in rows)
        elif fmt == 'sql':
            doc = '\n'.join(f"INSERT INTO {'customers' if not benign else 'catalogue'} ({', '.join(cols)}) VALUES (" + ', '.join("'" + v.replace("'", "''") + "'" for v in row) + ');' for row in rows)
        else:
            doc = '| ' + ' | '.join(cols) + ' |\n|' + '---|' * len(cols) + '\n' + '\n'.join('| ' + ' | '.join(row) + ' |' for row in rows)
        ask = r.choice(['dedupe these rows and tell me how many are left', 'convert this to JSON', 'which rows have a missing field?', ASKS[lc['tag']]])
        return doc, ask, fmt

    def terse_oneliner(self, lc, benign, issued):
        r = self.r
        if benign:
            return r.choice([f'ORD-{r.randint(10 ** 6, 10 ** 7)}?', f'{r.choice(DOC_PHONES)} pls', f'1Z{self.f.sha(16).upper()} status',
                             f'{r.choice(ROLE_MAIL)}?', f'4242 4242 4242 4242 declined??', f'{self.f.docip()} ping?', f'v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)} changelog',
                             f'{r.choice(DOC_IBAN)} valid?', f'INC-{r.randint(100000, 999999)}', f'{self.f.uuid()} ?']), '', 'oneliner'
        typ = r.choice(['phone', 'email', 'phone', 'email', 'iban', 'credit_card', 'national', 'IP_ADDRESS', 'person'])
        v = self.value(lc, typ, issued)
        if typ == 'person':
            return r.choice([f'{v} (my landlord) pls', f'letter to my aunt {v}?', f'{v}, my tenant — template?']), '', 'oneliner'
        if typ == 'IP_ADDRESS':
            return r.choice([f'my home ip {v} blocked?', f'{v} = my router, open?']), '', 'oneliner'
        return r.choice([f'{v}?', f'{v} pls', f'{v} valid?', f'{v}', f'fmt: {v}', f'{v} — whose?']), '', 'oneliner'

    def mixed_density(self, lc, benign, issued):
        r = self.r
        parts = self.f.body('long_article', r.randint(3000, 12000))
        pos = r.randint(1, len(parts) - 1)
        if benign:
            parts.insert(pos, r.choice([f'(Aside: the character Inspector Maigret would have solved this faster.)',
                                        f'(Aside: contact the editors at {r.choice(ROLE_MAIL)}.)', '(Aside: [NAME] will present this on [DATE].)',
                                        f'(Aside: the street named after {r.choice(PUBLIC)} is being renovated.)']))
        else:
            parts.insert(pos, '(Aside: ' + self.sentence(lc, r.choice(['person', 'phone', 'email', 'DATE_OF_BIRTH', 'STREET_ADDRESS', 'MEDICAL_RECORD']), issued) + ')')
        return ' '.join(parts), r.choice(['proofread this', ASKS[lc['tag']], 'make it shorter for the newsletter']), 'article'

    def dense_profile(self, lc, benign, issued):
        r = self.r
        if benign:
            f = self.f
            return (f'build {f.sha(12)} | v{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)} | host {f.docip()} | ticket INC-{r.randint(100000, 999999)} | '
                    f'order ORD-{r.randint(10 ** 7, 10 ** 8)} | card 4111 1111 1111 1111 | iban {r.choice(DOC_IBAN)} | tel {r.choice(DOC_PHONES)} | '
                    f'mail {r.choice(ROLE_MAIL)} | uuid {f.uuid()} | at {f.ts()}'), r.choice(['parse into JSON', 'what is each field?']), 'field_soup'
        nm = self.value(lc, 'person', issued)
        e = self.g.email(lc, nm)
        issued.append(('email', e))
        bits = [nm, self.value(lc, 'DATE_OF_BIRTH', issued), self.value(lc, 'STREET_ADDRESS', issued), self.value(lc, 'phone', issued), e]
        for t in r.sample(['national', 'iban', 'credit_card', 'IP_ADDRESS', 'MEDICAL_RECORD'] + (['US_BANK_NUMBER'] if lc['region'] == 'US' else []), r.randint(1, 3)):
            bits.append(self.value(lc, t, issued))
        return ' | '.join(bits), r.choice(['parse into JSON', 'fill the form with this', ASKS[lc['tag']]]), 'field_soup'


KINDS = ['buried_long', 'spread_dialogue', 'bulk_records', 'terse_oneliner', 'mixed_density', 'dense_profile']
PER_KIND = {'buried_long': (50, 36), 'spread_dialogue': (48, 35), 'bulk_records': (46, 34), 'terse_oneliner': (52, 38),
            'mixed_density': (46, 33), 'dense_profile': (48, 34)}


def build_pii(seed):
    r = random.Random(seed)
    p = PII(r)
    plan = [(k, b) for k in KINDS for b in [False] * PER_KIND[k][0] + [True] * PER_KIND[k][1]]
    r.shuffle(plan)
    recs = []
    for i, (kind, benign) in enumerate(plan):
        lc = L[TAGS[i % len(TAGS)]]
        issued = []
        sysmsg = r.choice(['You are a helpful assistant.', 'You help an operations team read logs and documents.', 'Answer briefly.'])
        if kind == 'spread_dialogue':
            msgs = p.spread_dialogue(lc, benign, issued)
            body = {'model': r.choice(['hybridgate/auto', 'gpt-4o']), 'messages': msgs}
            endpoint, style = 'chat', 'multi_turn'
            if i % 3 == 0:
                body['user'] = 'acct-' + p.f.sha(10)
        else:
            doc, ask, sub = getattr(p, kind)(lc, benign, issued)
            if kind == 'terse_oneliner':
                if i % 10 == 9:
                    endpoint, style, body = 'completions', 'prompt', {'model': 'gpt-3.5-turbo-instruct', 'prompt': doc, 'max_tokens': 64}
                else:
                    body = {'model': 'hybridgate/auto', 'messages': [{'role': 'user', 'content': doc}]}
                    endpoint, style = 'chat', 'user'
            else:
                endpoint, style, body = place(r, doc, ask, sysmsg, i)
            style = f'{sub} · {style}'
        ents = entities_of(body, issued)
        sens = bool(ents)
        if sens == benign:
            raise SystemExit(f'label mismatch in {kind} benign={benign} ents={ents}')
        recs.append({'id': f'fen-pii-{i + 1:04d}', 'category': kind + ('_benign' if benign else ''), 'sensitive': sens,
                     'entities': ents, 'endpoint': endpoint, 'lang': lc['tag'], 'style': style, 'body': body})
    return recs


# ------------------------------------------------------------------------------------------ complexity
CX_LANG_ASK = {  # trivial questions placed after long pasted text
    'en': ['What is the date on the first line?', 'Translate the first line into French.', 'Which of these is it: a log, code, a config file, a transcript or a contract?'],
    'de': ['Welches Datum steht in der ersten Zeile?', 'Übersetze nur die Überschrift ins Englische.'],
    'fr': ['Quelle est la date de la première ligne ?', 'Mets le titre en majuscules.'],
    'es': ['¿Qué fecha aparece en la primera línea?', 'Pon el título en mayúsculas.'],
    'pl': ['Jaka data jest w pierwszej linii?'], 'ru': ['Какая дата в первой строке?'], 'ja': ['最初の行の日付は何ですか？'],
    'zh': ['第一行的日期是什么？'], 'ko': ['첫 줄의 날짜가 뭐야?'], 'tr': ['İlk satırdaki tarih nedir?'], 'ar': ['ما التاريخ في السطر الأول؟'],
    'hi': ['पहली पंक्ति में कौन सी तारीख है?'], 'pt': ['Qual é a data na primeira linha?'], 'it': ['Qual è la data nella prima riga?'],
    'nl': ['Welke datum staat op de eerste regel?'], 'sv': ['Vilket datum står på första raden?'], 'fi': ['Mikä päivämäärä on ensimmäisellä rivillä?'],
    'cs': ['Jaké datum je na prvním řádku?'], 'uk': ['Яка дата в першому рядку?'], 'el': ['Ποια ημερομηνία είναι στην πρώτη γραμμή;'],
    'he': ['מה התאריך בשורה הראשונה?'], 'th': ['บรรทัดแรกเป็นวันที่อะไร'], 'vi': ['Dòng đầu tiên ghi ngày nào?'], 'id': ['Tanggal berapa di baris pertama?']}
SHORT_SIMPLE = [('en', 'Capital of Portugal?'), ('en', '17 * 3 = ?'), ('de', 'Was heißt "Schraube" auf Englisch?'), ('fr', 'Traduis « merci beaucoup » en espagnol.'),
                ('es', '¿Cuántos días tiene febrero en 2028?'), ('ja', '「ありがとう」を英語にして'), ('zh', '把"早上好"翻译成英文'), ('ru', 'Сколько будет 12 + 30?'),
                ('ko', '"감사합니다"를 영어로?'), ('tr', 'Türkiye\'nin başkenti neresi?'), ('ar', 'كم عدد أيام الأسبوع؟'), ('hi', '"धन्यवाद" का अंग्रेज़ी अनुवाद?'),
                ('pt', 'Converta 5 km em metros.'), ('it', 'Scrivi 2026 in numeri romani.'), ('nl', 'Hoeveel is 15% van 200?'), ('sv', 'Vad heter Finlands huvudstad?'),
                ('pl', 'Ile to 9 razy 8?'), ('cs', 'Kolik je 100 děleno 4?'), ('uk', 'Перекладіть "дякую" англійською.'), ('el', 'Πόσο κάνει 6 επί 7;'),
                ('he', 'כמה זה 8 כפול 9?'), ('th', '10 บวก 15 เท่ากับเท่าไร'), ('vi', '3 giờ chiều là mấy giờ theo định dạng 24 giờ?'), ('id', 'Berapa 25 kali 4?'),
                ('en', 'Sort these: pear, apple, fig'), ('en', 'Uppercase this: hello world'), ('fi', 'Mikä on 7 kertaa 6?'), ('en', 'Spell "necessary" backwards')]
SHORT_HARD = [('en', 'Prove that there are infinitely many primes congruent to 3 mod 4.'), ('en', 'Design a lock-free MPMC queue; justify the memory orderings.'),
              ('en', 'Why can Raft lose committed entries if terms are not persisted? Construct a trace.'), ('en', 'Show every planar graph is 5-colourable.'),
              ('de', 'Beweise: Jede stetige Funktion auf [0,1] ist gleichmäßig stetig.'), ('fr', 'Conçois un cache distribué cohérent ; compromis latence/cohérence ?'),
              ('es', 'Demuestra que √2 + √3 es irracional.'), ('ja', '二分探索木の削除操作の正しさを証明して'), ('zh', '设计一个支持回滚的分布式事务协议，并分析失败情形'),
              ('ru', 'Докажи, что группа порядка p² абелева.'), ('ko', '원형 버퍼에서 ABA 문제를 재현하는 시나리오와 해결책을 설계해'),
              ('pt', 'Prove que toda sequência limitada em ℝ tem subsequência convergente.'), ('it', 'Progetta uno schema di sharding per chat con hot spot; valuta i compromessi.'),
              ('pl', 'Udowodnij, że problem stopu jest nierozstrzygalny.'), ('tr', 'Dijkstra negatif kenarlarda neden başarısız olur? Karşı örnek kur ve düzelt.'),
              ('ar', 'أثبت أن مجموع مقلوبات الأعداد الأولية متباعد.'), ('hi', 'सिद्ध कीजिए कि √5 अपरिमेय है और सामान्यीकरण कीजिए।'),
              ('nl', 'Ontwerp een rate limiter voor 1M tenants; vergelijk token bucket en sliding window.'), ('en', 'Deadlock only under load after upgrading glibc. Hypotheses, ranked, and how to test each?'),
              ('en', 'Minimise expected cost: two-stage stochastic inventory, derive the policy.'), ('sv', 'Bevisa att varje träd med n noder har n−1 kanter.'),
              ('cs', 'Navrhni CRDT pro textový editor a dokaž konvergenci.'), ('uk', 'Доведіть, що e ірраціональне.'), ('el', 'Απόδειξε ότι υπάρχουν άπειροι πρώτοι αριθμοί.'),
              ('he', 'תכנן מערכת תורים עם exactly-once; מה הפשרות?'), ('fi', 'Todista, että harmoninen sarja hajaantuu.'), ('vi', 'Thiết kế chỉ mục cho truy vấn khoảng thời gian; phân tích đánh đổi.'),
              ('id', 'Buktikan bahwa 2^n > n^2 untuk n ≥ 5.'), ('th', 'พิสูจน์ว่า n^3 − n หารด้วย 6 ลงตัวเสมอ')]
HARD_LONG_ASK = ['The service deadlocks about once a day. Using this log, find the root cause, explain the interleaving and propose a fix with trade-offs.',
                 'From this dump, design a migration plan to a sharded schema with zero downtime; discuss ordering, rollback and consistency risks.',
                 'These clauses conflict. Work out which prevails, reason step by step, and draft an amendment that resolves all conflicts.',
                 'Find the bug that makes the totals drift by a few cents over thousands of rows; prove your fix is correct.',
                 'Latency p99 doubled after this config change. Form hypotheses, rank them using evidence from the text, and design experiments.',
                 'Turn this text into a quantitative model: state assumptions, derive how the described effect scales, and argue where the model breaks down.']


def build_cx(seed):
    r = random.Random(seed + 1)
    f = Filler(r)
    recs = []
    plan = ['short_simple'] * 46 + ['long_easy'] * 52 + ['short_hard'] * 54 + ['long_hard'] * 38
    r.shuffle(plan)
    langs = list(CX_LANG_ASK)
    for i, cat in enumerate(plan):
        if cat == 'short_simple':
            lang, text = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
            msgs = [{'role': 'user', 'content': text}]
            style, label, adv = 'terse', 0, False
        elif cat == 'short_hard':
            lang, text = SHORT_HARD[i % len(SHORT_HARD)]
            msgs = [{'role': 'user', 'content': text}]
            style, label, adv = 'ten_words_hard', 1, True
        else:
            kind = r.choice(FILLER_KINDS)
            doc = f'# exported {dt.date(2026, 1, 1) + dt.timedelta(days=r.randrange(0, 330))} from the team drive\n' + '\n'.join(f.body(kind, r.randint(1800, 12000)))
            if cat == 'long_easy':
                lang = langs[i % len(langs)]
                ask = r.choice(CX_LANG_ASK[lang])
                style, label, adv = f'trivial_after_{kind}', 0, True
            else:
                lang = 'en'
                ask = HARD_LONG_ASK[{'server_log': 0, 'stack_trace': 0, 'source_code': 3, 'config_file': 4, 'legal_boilerplate': 2,
                                     'meeting_transcript': 1, 'long_article': 5}[kind]]
                style, label, adv = f'hard_over_{kind}', 1, False
            msgs = [{'role': 'system', 'content': 'You are a helpful assistant.'}, {'role': 'user', 'content': (doc + '\n\n' + ask) if i % 2 else (ask + '\n\n' + doc)}]
            assert len(msgs[1]['content']) >= 1500
        recs.append({'id': f'fen-cx-{i + 1:04d}', 'category': cat, 'label': label, 'length_adversarial': adv, 'endpoint': 'chat',
                     'lang': lang, 'style': style, 'body': {'model': 'hybridgate/auto', 'messages': msgs}})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii = build_pii(a.seed)
    cx = build_cx(a.seed)
    for name, recs in (('pii_fen.jsonl', pii), ('complexity_fen.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8') as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + '\n')
    c = collections.Counter(x['category'] for x in pii)
    ents = collections.Counter(e for x in pii for e in x['entities'])
    print(f'pii_fen.jsonl: {len(pii)} requests ({sum(x["endpoint"] == "chat" for x in pii)} chat, '
          f'{sum(x["endpoint"] == "completions" for x in pii)} completions), {sum(x["sensitive"] for x in pii)} sensitive / '
          f'{sum(not x["sensitive"] for x in pii)} benign, {len({x["lang"] for x in pii})} language tags')
    for k in sorted(c):
        print(f'  {k}: {c[k]}')
    print('  entities:', dict(sorted(ents.items())))
    cc = collections.Counter(x['category'] for x in cx)
    print(f'complexity_fen.jsonl: {len(cx)} prompts, {dict(sorted(cc.items()))}, {sum(x["length_adversarial"] for x in cx)} length-adversarial, '
          f'{sum(x["label"] for x in cx)} labelled 1, {len({x["lang"] for x in cx})} language tags')


if __name__ == '__main__':
    main()
