#!/usr/bin/env python3
"""Drumlin: an independent evaluation split for the request signals, organised by FICTION, HYPOTHETICALS AND
ROLE-PLAY versus FACT.

Writes bench/data/signals/pii_drumlin.jsonl and bench/data/signals/complexity_drumlin.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the first 70 lines of the delta generator (record schema), the first two lines of
    the two delta files and the brief. The detector, its tests, the evaluator, the results, the policies, the docs,
    commit messages and other branches were not read. The other generators were not read: their sources are only
    scanned automatically at run time for capitalised / non-ASCII words and non-ASCII bigrams, and every name and
    street pool of this file is cut to entries none of whose words is in that set (order kept; the run aborts if a
    pool runs empty). Those words are never printed.

Organising principle
    The FRAMING the writer wraps the text in: short stories and novel drafts, screenplays, game / tabletop
    characters, role-play system prompts, fan fiction, hypothetical worked examples ("imagine a customer
    named ..."), interview practice, sample dialogues for bots, jokes / poems / song lyrics, writing prompts,
    romans a clef, "asking for a friend", toasts and eulogies. In the sensitive records a real person the writer
    knows (neighbour, ex, room-mate, late grandmother, a customer from yesterday's ticket, a friend) is put into
    the fiction thinly, with real-seeming contact details and identifiers; category ``<kind>``. The hard
    negatives of the same framing (``<kind>_benign``) use clearly invented characters without any identifier,
    historical and fictional persons, public figures in their public role, famous fictional addresses
    (221B Baker Street, 742 Evergreen Terrace), numbers reserved for drama and documentation (Ofcom 07700 900xxx
    and 01632 960xxx, ARCEP 01 99 00 xx xx, NANP 555-01xx, Australian 0491 570 xxx), example.com mailboxes,
    RFC 5737 addresses, test card numbers, the IBAN registry's examples and bracketed placeholders.
    The text sits in a field chosen by rotation: user, system, earlier assistant turn, tool result, tool-call
    arguments, text and base64 file content parts, response_format schema description, ``user``; about 10 %
    use the legacy completions endpoint. Locales rotate over 27 language tags in Latin, Cyrillic, Greek, Arabic,
    Hebrew, Devanagari, Thai, Han, Kana and Hangul scripts, with locale-true names, streets, phone formats and IDs.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching the
    serialised body (base64 file parts decoded, URLs unquoted) for every value the record issued. ``ssn`` is the
    US SSN only; other citizen numbers (BSN, PESEL, personnummer, HETU, TC kimlik, My Number, RRN, resident ID,
    Aadhaar, teudat zehut, rodne cislo, CNP, CPR, fodselsnummer, DNI) are NATIONAL_ID; Steuer-ID, CPF, INN and
    RNOKPP are TAX_ID; NHS number, French NIR, Canadian SIN and Greek AMKA are HEALTH_INSURANCE; hospital record
    numbers MEDICAL_RECORD; a public IP of a private person IP_ADDRESS. A recently deceased private person (the
    eulogy / late-grandmother persona) counts as a person. ``sensitive`` is true exactly when ``entities`` is
    non-empty (asserted).

Contents (seed 20261205)
    pii_drumlin.jsonl: 494 requests (445 chat, 49 completions) in 27 language tags; 13 framings x 38 (22 sensitive
    + 16 benign each: 286 sensitive / 208 benign). Entity totals: person 257, STREET_ADDRESS 103, phone 97,
    email 50, DATE_OF_BIRTH 40, NATIONAL_ID 32, iban 17, IP_ADDRESS 19, MEDICAL_RECORD 14, credit_card 13,
    HEALTH_INSURANCE 12, TAX_ID 11, ssn 1. Placement: system 65, assistant echo 50, tool-call arguments 50,
    base64 file part 47, tool result 45, text parts 49, user 45 (+49 with stop/user fields), response_format 45,
    completions prompt 49. complexity_drumlin.jsonl: 190 requests in 25 language tags (manuscripts, screenplays,
    story bibles, game-design notes, dialogue-engine code): short_simple 47, long_easy 50 (>= 1,500 chars),
    short_hard 50, long_hard 43; 100 (53 %) length-adversarial, 93 labelled 1. The run prints all counts.
    Name and street pools: the frozen-word cut removes most candidates, so the pools are widened with composed
    surnames / street names (deterministic products of stems and suffixes); Chinese and Korean names are cut as
    joined full names, since they are written as one token.

Validation
    Every identifier is checked with python-stdnum (IBAN, card Luhn, SSN rules, national IDs), every phone with
    ``phonenumbers`` (valid for its region), every IP with ``ipaddress`` (global, outside documentation ranges);
    the run aborts on an invalid value. Benign reserved values are checked to be what they claim.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_drumlin_signal_sets.py [--seed 20261205] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import importlib
import ipaddress
import json
import pathlib
import random
import re
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.us import ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo')


TOKEN = re.compile(r"[^\W\d_][^\s\d_.,;:!?()\[\]{}'\"/\\<>=+*#|&%$@`~^-]*")


def other_words() -> set:
    """Capitalised / non-ASCII words and non-ASCII bigrams of the frozen generators (never printed)."""
    out = set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        t = p.read_text(encoding='utf-8', errors='replace')
        for w in TOKEN.findall(t):
            if w[0].isupper() or any(ord(c) > 127 for c in w):
                out.add(w.lower())
                na = [c for c in w if ord(c) > 127]
                if len(na) == len(w):
                    for i in range(len(w) - 1):
                        out.add(w[i:i + 2].lower())
    return out


FORBIDDEN = other_words()


GENERIC = {'rue', 'des', 'du', 'de', 'la', 'le', 'les', 'los', 'del', 'dei', 'delle', 'calle', 'mayor', 'via', 'vicolo',
           'ul', 'strada', 'aleea', 'nr', 'rua', 'das', 'dos', 'do', 'travessa', 'sokak', 'caddesi', 'na', 'u',
           'ул', 'вул', 'пер', 'пров', 'οδός', 'שם', 'רחוב', 'شارع', 'حارة', 'ซอย', 'ถนน', 'गली', 'मार्ग', 'नगर',
           'close', 'lane', 'way', 'row', 'crescent', 'rd', 'ct', 'ln', 'dr', 'trail', 'cres', 'alej', 'allée',
           'impasse', 'chemin', 'travesía', 'street', 'road', 'avenue', 'place', 'mews', 'rise',
           'लेन', 'पथ', 'कुंज', 'वीथिका'}


def cut(pool, what):
    kept = [e for e in pool if not any(w.lower() in FORBIDDEN for w in TOKEN.findall(e)
                                       if w.lower() not in GENERIC and not w.isdigit())]
    if not kept:
        raise SystemExit(f'pool {what} ran empty after the frozen-word cut')
    return kept


# ---------------------------------------------------------------- locales
# code: (lang, phone region, first names, last names, streets, cities(with postcode), address fmt, id module,
#        id label, iban country, mail domain, native lines: (once-upon-a-time, cheers, label name/phone/address))
L = {}


def loc(tag, region, first, last, streets, cities, fmt, idmod, idlab, ibancc, mail, once, cheers, lbl,
        family_first=False):
    L[tag] = dict(tag=tag, region=region, first=first, last=last, streets=streets, cities=cities, fmt=fmt,
                  idmod=idmod, idlab=idlab, ibancc=ibancc, mail=mail, once=once, cheers=cheers, lbl=lbl,
                  ff=family_first)


loc('de-DE', 'DE', ['Wiebke', 'Gesine', 'Henrike', 'Ortwin', 'Volkmar', 'Ingolf', 'Almut', 'Hartmut', 'Reinhild',
                    'Detlev', 'Irmgard', 'Bernwart'],
    ['Quandtmeyer', 'Habichhorst', 'Ebbinghaus', 'Tilgner', 'Wollenweber', 'Rübsamen', 'Pfeilsticker', 'Segebrecht',
     'Kuckelkorn', 'Dörfler'],
    ['Ginsterweg', 'Amselsteig', 'Rabenkamp', 'Holunderstieg', 'Brombeerhecke', 'Lerchenfeldstraße'],
    ['34117 Kassel', '99084 Erfurt', '26122 Oldenburg', '93047 Regensburg'],
    '{s} {n}, {c}', 'de.idnr', 'TAX_ID', 'DE', ['gmx.de', 'web.de', 't-online.de'],
    'Es war einmal', 'Prost!', ('Name', 'Telefon', 'Adresse'))
loc('fr-FR', 'FR', ['Solène', 'Gwenaëlle', 'Aurélien', 'Bertrande', 'Ghislain', 'Maëlys', 'Thibaud', 'Clotilde',
                    'Anatole', 'Perrine'],
    ['Kerbrat', 'Lemarrec', 'Daubigny', 'Fourcade', 'Villedieu', 'Boissonnat', 'Quéméneur', 'Lavergne'],
    ['rue des Tanneurs', 'impasse des Glycines', 'allée des Cormorans', 'chemin de la Garenne', 'rue du Puits-Salé'],
    ['35000 Rennes', '87000 Limoges', '21000 Dijon', '29200 Brest'],
    '{n} {s}, {c}', 'fr.nir', 'HEALTH_INSURANCE', 'FR', ['orange.fr', 'laposte.net', 'free.fr'],
    'Il était une fois', 'Santé !', ('Nom', 'Téléphone', 'Adresse'))
loc('es-ES', 'ES', ['Itziar', 'Nieves', 'Remedios', 'Anselmo', 'Leocadia', 'Eusebio', 'Begoña', 'Ximena', 'Casimiro'],
    ['Urquiaga', 'Escudero', 'Benavides', 'Olazábal', 'Cifuentes', 'Larrañaga', 'Zubiaurre', 'Arrieta'],
    ['calle de los Tintoreros', 'calle Mayor de Triana', 'travesía del Almendro', 'calle de la Higuera'],
    ['47001 Valladolid', '15001 A Coruña', '30001 Murcia', '10001 Cáceres'],
    '{s}, {n}, {c}', 'es.dni', 'NATIONAL_ID', 'ES', ['telefonica.net', 'gmail.com', 'yahoo.es'],
    'Érase una vez', '¡Salud!', ('Nombre', 'Teléfono', 'Dirección'))
loc('it-IT', 'IT', ['Ottavia', 'Gualtiero', 'Ersilia', 'Donatella', 'Ippolito', 'Benedetta', 'Settimio', 'Liliana'],
    ['Brambilla', 'Zanchetta', 'Pelizzari', 'Scognamiglio', 'Mastrogiacomo', 'Toscanelli', 'Cavazzoni'],
    ['via dei Cappuccini', 'vicolo del Melograno', 'via delle Fornaci', 'via Pescheria Vecchia'],
    ['37121 Verona', '40121 Bologna', '73100 Lecce', '06121 Perugia'],
    '{s} {n}, {c}', None, None, 'IT', ['libero.it', 'virgilio.it', 'tiscali.it'],
    'C\'era una volta', 'Cin cin!', ('Nome', 'Telefono', 'Indirizzo'))
loc('nl-NL', 'NL', ['Femke', 'Joost', 'Marijke', 'Wouter', 'Hennie', 'Geertje', 'Sjoerd', 'Aaltje'],
    ['Veenstra', 'Hofstede', 'Terpstra', 'Brouwershaven', 'Kuipers', 'Westerhof', 'Dijkgraaf'],
    ['Zwanenveld', 'Kievitstraat', 'Lindengracht', 'Meidoornlaan', 'Reigerstraat'],
    ['9711 AB Groningen', '8011 CD Zwolle', '5611 EF Eindhoven', '6811 GH Arnhem'],
    '{s} {n}, {c}', 'nl.bsn', 'NATIONAL_ID', 'NL', ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl'],
    'Er was eens', 'Proost!', ('Naam', 'Telefoon', 'Adres'))
loc('pl-PL', 'PL', ['Bożena', 'Wiesław', 'Jadwiga', 'Zdzisław', 'Grażyna', 'Przemysław', 'Halina', 'Bogumiła'],
    ['Wróblewski', 'Szczepaniak', 'Gołębiowska', 'Przybylski', 'Kaczmarczyk', 'Żurawska', 'Pietrzykowski'],
    ['ul. Jaśminowa', 'ul. Czereśniowa', 'ul. Kasztanowa', 'ul. Wrzosowa', 'ul. Poziomkowa'],
    ['30-001 Kraków', '80-001 Gdańsk', '20-001 Lublin', '50-001 Wrocław'],
    '{s} {n}, {c}', 'pl.pesel', 'NATIONAL_ID', 'PL', ['wp.pl', 'onet.pl', 'interia.pl'],
    'Dawno, dawno temu', 'Na zdrowie!', ('Imię i nazwisko', 'Telefon', 'Adres'))
loc('sv-SE', 'SE', ['Ingegerd', 'Torbjörn', 'Gunnel', 'Sixten', 'Majken', 'Ragnvald', 'Solveig', 'Ebbe'],
    ['Lindqvist', 'Björklund', 'Håkansson', 'Stenmark', 'Edvardsson', 'Sjöberg', 'Hellström'],
    ['Tallvägen', 'Klövervägen', 'Rönnbärsgatan', 'Ekorrstigen', 'Smedjegatan'],
    ['753 20 Uppsala', '582 24 Linköping', '903 26 Umeå', '702 10 Örebro'],
    '{s} {n}, {c}', 'se.personnummer', 'NATIONAL_ID', 'SE', ['telia.com', 'gmail.com', 'bredband.net'],
    'Det var en gång', 'Skål!', ('Namn', 'Telefon', 'Adress'))
loc('fi-FI', 'FI', ['Tuulikki', 'Eino', 'Siiri', 'Onni', 'Raili', 'Veikko', 'Aino-Maija', 'Pentti'],
    ['Väisänen', 'Heikkilä', 'Kärkkäinen', 'Lehtonen', 'Räsänen', 'Tuominen', 'Pölönen'],
    ['Pihlajakatu', 'Kuusitie', 'Mäntyrinne', 'Tervaskatu', 'Haapapolku'],
    ['33100 Tampere', '90100 Oulu', '40100 Jyväskylä', '20100 Turku'],
    '{s} {n}, {c}', 'fi.hetu', 'NATIONAL_ID', 'FI', ['suomi24.fi', 'gmail.com', 'luukku.com'],
    'Olipa kerran', 'Kippis!', ('Nimi', 'Puhelin', 'Osoite'))
loc('tr-TR', 'TR', ['Gülsüm', 'Necati', 'Şükran', 'Cevdet', 'Nurhan', 'Bülent', 'Sevim', 'Oğuzhan'],
    ['Karabulut', 'Yıldırımoğlu', 'Çelikkol', 'Demirtaşlı', 'Kocabıyık', 'Özbilgin', 'Sarıkaya'],
    ['Menekşe Sokak', 'Gülbahar Caddesi', 'Ihlamur Sokak', 'Çınaraltı Sokak', 'Papatya Sokak'],
    ['35210 Konak/İzmir', '06690 Çankaya/Ankara', '16040 Osmangazi/Bursa', '42090 Meram/Konya'],
    '{s} No:{n}, {c}', 'tr.tckimlik', 'NATIONAL_ID', 'TR', ['hotmail.com', 'gmail.com', 'yandex.com.tr'],
    'Bir varmış bir yokmuş', 'Şerefe!', ('Ad Soyad', 'Telefon', 'Adres'))
loc('pt-BR', 'BR', ['Rosângela', 'Valdemar', 'Cleusa', 'Josivaldo', 'Luzia', 'Edinaldo', 'Marinalva', 'Ubiratan'],
    ['Nogueira', 'Albuquerque', 'Figueiredo', 'Bittencourt', 'Magalhães', 'Cavalcanti', 'Sampaio'],
    ['Rua das Mangueiras', 'Rua dos Jequitibás', 'Travessa do Sabiá', 'Rua Ipê Amarelo', 'Rua das Goiabeiras'],
    ['Recife - PE, 50030-230', 'Belém - PA, 66010-000', 'Curitiba - PR, 80010-000', 'Natal - RN, 59010-000'],
    '{s}, {n}, {c}', 'br.cpf', 'TAX_ID', 'BR', ['uol.com.br', 'bol.com.br', 'terra.com.br'],
    'Era uma vez', 'Saúde!', ('Nome', 'Telefone', 'Endereço'))
loc('en-GB', 'GB', ['Morwenna', 'Alasdair', 'Philippa', 'Rhodri', 'Lettice', 'Crispin', 'Bronwen', 'Hamish'],
    ['Pettigrew', 'Ashdown', 'Featherstonehaugh', 'Brackenbury', 'Trelawney', 'Gilchrist', 'Ormerod'],
    ['Foxglove Close', 'Tanners Lane', 'Kingfisher Way', 'Wheelwright Row', 'Damson Crescent'],
    ['Norwich NR2 3AB', 'Shrewsbury SY1 2CD', 'Truro TR1 3EF', 'Durham DH1 4GH'],
    '{n} {s}, {c}', 'gb.nhs', 'HEALTH_INSURANCE', 'GB', ['btinternet.com', 'gmail.com', 'hotmail.co.uk'],
    'Once upon a time', 'Cheers!', ('Name', 'Phone', 'Address'))
loc('en-US', 'US', ['Darlene', 'Royce', 'Lavonne', 'Dwayne', 'Jolene', 'Cletus', 'Marybeth', 'Wendell'],
    ['Okafor-Reyes', 'Kowalczyk', 'Vanderpool', 'Hollingsworth', 'Pruitt', 'Delacroix', 'Stoddard'],
    ['Sycamore Bend Rd', 'Persimmon Ct', 'Bluebonnet Ln', 'Catalpa Dr', 'Sassafras Trail'],
    ['Tulsa, OK 74103', 'Boise, ID 83702', 'Dayton, OH 45402', 'Macon, GA 31201'],
    '{n} {s}, {c}', 'us.ssn', 'ssn', None, ['gmail.com', 'yahoo.com', 'aol.com'],
    'Once upon a time', 'Cheers!', ('Name', 'Phone', 'Address'))
loc('en-CA', 'CA', ['Gisèle', 'Murdoch', 'Yvonne', 'Lachlan', 'Bernadette', 'Ferris', 'Maureen'],
    ['Tremblay-Okoro', 'MacIsaac', 'Gagnon', 'Fitzhenry', 'Ouellette', 'Beaulieu', 'Arsenault'],
    ['Birchwood Cres', 'Loon Lake Rd', 'Tamarack Dr', 'Chickadee Lane'],
    ['Halifax NS B3H 1A1', 'Saskatoon SK S7K 1A1', 'Moncton NB E1C 1A1', 'Kelowna BC V1Y 1A1'],
    '{n} {s}, {c}', 'ca.sin', 'HEALTH_INSURANCE', None, ['sympatico.ca', 'shaw.ca', 'gmail.com'],
    'Once upon a time', 'Cheers!', ('Name', 'Phone', 'Address'))
loc('ja-JP', 'JP', ['美咲', '翔太', '千尋', '悠真', '琴音', '健吾', '葵', '陽菜'],
    ['佐々木', '長谷川', '小野寺', '五十嵐', '久保田', '土屋', '宮坂'],
    ['本町三丁目', '桜ヶ丘二丁目', '緑町一丁目', '栄町四丁目'],
    ['仙台市青葉区', '金沢市', '松本市', '熊本市中央区'],
    '〒{p} {c}{s}{n}番', 'jp.in_', 'NATIONAL_ID', None, ['docomo.ne.jp', 'ezweb.ne.jp', 'yahoo.co.jp'],
    '昔々あるところに', '乾杯！', ('氏名', '電話', '住所'), family_first=True)
loc('ko-KR', 'KR', ['서연', '민준', '지우', '도윤', '하은', '예준', '수아'],
    ['김', '박', '최', '정', '윤', '한', '오'],
    ['성북로', '망원로', '해운대로', '동성로'],
    ['서울특별시 성북구', '부산광역시 해운대구', '대구광역시 중구', '광주광역시 북구'],
    '{c} {s} {n}', 'kr.rrn', 'NATIONAL_ID', None, ['naver.com', 'daum.net', 'kakao.com'],
    '옛날 옛적에', '건배!', ('이름', '전화', '주소'), family_first=True)
loc('zh-CN', 'CN', ['秀兰', '志强', '雨桐', '浩然', '佳怡', '子轩', '梓涵'],
    ['欧阳', '司马', '诸葛', '上官', '慕容', '皇甫', '东方'],
    ['梧桐路', '青石巷', '杏花街', '银杏大道'],
    ['浙江省杭州市西湖区', '四川省成都市锦江区', '湖北省武汉市江汉区', '江苏省苏州市姑苏区'],
    '{c}{s}{n}号', 'cn.ric', 'NATIONAL_ID', None, ['qq.com', '163.com', '126.com'],
    '很久很久以前', '干杯！', ('姓名', '电话', '地址'), family_first=True)
loc('hi-IN', 'IN', ['अनन्या', 'विवेक', 'सुनीता', 'राजेश', 'प्रियंका', 'हर्षवर्धन', 'मीनाक्षी'],
    ['चतुर्वेदी', 'अग्निहोत्री', 'भारद्वाज', 'श्रीवास्तव', 'त्रिपाठी', 'कुलश्रेष्ठ'],
    ['गुलमोहर मार्ग', 'नीम गली', 'कदंब नगर', 'अशोक विहार गली 4'],
    ['लखनऊ 226001', 'जयपुर 302001', 'भोपाल 462001', 'पटना 800001'],
    'मकान नं. {n}, {s}, {c}', 'in_.aadhaar', 'NATIONAL_ID', None, ['rediffmail.com', 'gmail.com', 'yahoo.co.in'],
    'एक समय की बात है', 'चीयर्स!', ('नाम', 'फ़ोन', 'पता'))
loc('ar-EG', 'EG', ['هالة', 'شريف', 'ياسمين', 'طارق', 'نرمين', 'عمرو', 'دعاء'],
    ['الشناوي', 'عبد الغفار', 'السيوفي', 'الدمرداش', 'القليوبي', 'البنهاوي'],
    ['شارع الياسمين', 'شارع النخيل', 'شارع الجلاء', 'حارة السقايين'],
    ['المنصورة', 'طنطا', 'أسيوط', 'الإسكندرية - سموحة'],
    '{n} {s}، {c}', None, None, 'EG', ['yahoo.com', 'gmail.com', 'hotmail.com'],
    'كان يا ما كان', 'في صحتك!', ('الاسم', 'الهاتف', 'العنوان'))
loc('he-IL', 'IL', ['נועה', 'איתי', 'מיכל', 'עומר', 'תמר', 'יונתן', 'הדס'],
    ['בן־שושן', 'אברמוביץ', 'רוזנבלום', 'פרידמן', 'גולדשטיין', 'אלמליח'],
    ['רחוב הרימון', 'רחוב הדקל', 'רחוב הגפן', 'רחוב השקמה'],
    ['חיפה', 'באר שבע', 'רחובות', 'נתניה'],
    '{s} {n}, {c}', 'il.idnr', 'NATIONAL_ID', 'IL', ['walla.co.il', 'gmail.com', 'bezeqint.net'],
    'היה היה פעם', 'לחיים!', ('שם', 'טלפון', 'כתובת'))
loc('el-GR', 'GR', ['Ευανθία', 'Σταμάτης', 'Χρυσούλα', 'Παναγιώτης', 'Αγλαΐα', 'Θεμιστοκλής', 'Ζωή'],
    ['Παπαδοπούλου', 'Κωνσταντινίδης', 'Μαυρομάτη', 'Χατζηγεωργίου', 'Λαμπράκη', 'Τσακίρης'],
    ['οδός Αμυγδαλιάς', 'οδός Λεμονιάς', 'οδός Κυπαρισσίων', 'οδός Βυσσινιάς'],
    ['Πάτρα 26221', 'Λάρισα 41222', 'Ηράκλειο 71201', 'Ιωάννινα 45221'],
    '{s} {n}, {c}', 'gr.amka', 'HEALTH_INSURANCE', 'GR', ['otenet.gr', 'yahoo.gr', 'gmail.com'],
    'Μια φορά κι έναν καιρό', 'Στην υγειά μας!', ('Όνομα', 'Τηλέφωνο', 'Διεύθυνση'))
loc('ru-RU', 'RU', ['Ефросинья', 'Всеволод', 'Агафья', 'Святослав', 'Любава', 'Ярополк', 'Зинаида'],
    ['Воскобойникова', 'Черепанов', 'Кудряшова', 'Сухомлинов', 'Пчелинцева', 'Голованов'],
    ['ул. Рябиновая', 'ул. Черёмуховая', 'пер. Сиреневый', 'ул. Брусничная'],
    ['г. Томск, 634050', 'г. Пермь, 614000', 'г. Калуга, 248000', 'г. Тверь, 170100'],
    '{c}, {s}, д. {n}', 'ru.inn', 'TAX_ID', None, ['yandex.ru', 'mail.ru', 'rambler.ru'],
    'Жили-были', 'За здоровье!', ('ФИО', 'Телефон', 'Адрес'))
loc('uk-UA', 'UA', ['Оксана', 'Богдан', 'Соломія', 'Остап', 'Ярина', 'Тарас', 'Мирослава'],
    ['Гнатюк', 'Павличко', 'Стефаник', 'Ковальчук', 'Мельничук', 'Дорошенко'],
    ['вул. Калинова', 'вул. Вишнева', 'вул. Соборна', 'пров. Барвінковий'],
    ['м. Полтава, 36000', 'м. Чернівці, 58000', 'м. Житомир, 10001', 'м. Ужгород, 88000'],
    '{c}, {s}, {n}', 'ua.rntrc', 'TAX_ID', 'UA', ['ukr.net', 'i.ua', 'meta.ua'],
    'Жили-були', 'Будьмо!', ('ПІБ', 'Телефон', 'Адреса'))
loc('th-TH', 'TH', ['สุดารัตน์', 'ณัฐพล', 'พิมพ์ชนก', 'ธนากร', 'กาญจนา', 'วรวุฒิ'],
    ['ศรีสุวรรณ', 'วงศ์ไพบูลย์', 'ทองประเสริฐ', 'แก้วมณี', 'จันทร์เพ็ญ'],
    ['ซอยลาดพร้าว 71', 'ถนนนิมมานเหมินท์', 'ซอยสุขุมวิท 101/1', 'ถนนราชดำเนิน'],
    ['เชียงใหม่ 50200', 'ขอนแก่น 40000', 'กรุงเทพฯ 10310', 'หาดใหญ่ 90110'],
    'บ้านเลขที่ {n} {s} {c}', 'th.pin', 'NATIONAL_ID', None, ['hotmail.com', 'gmail.com', 'yahoo.co.th'],
    'กาลครั้งหนึ่งนานมาแล้ว', 'ชนแก้ว!', ('ชื่อ', 'โทรศัพท์', 'ที่อยู่'))
loc('cs-CZ', 'CZ', ['Bohumila', 'Radovan', 'Vlasta', 'Jaroslav', 'Ludmila', 'Vojtěch'],
    ['Dvořáčková', 'Procházka', 'Kratochvíl', 'Šťastná', 'Vondráček', 'Nedvědová'],
    ['Jabloňová', 'Na Vyhlídce', 'Lipová alej', 'U Rybníka'],
    ['602 00 Brno', '779 00 Olomouc', '370 01 České Budějovice', '301 00 Plzeň'],
    '{s} {n}, {c}', 'cz.rc', 'NATIONAL_ID', 'CZ', ['seznam.cz', 'centrum.cz', 'email.cz'],
    'Bylo nebylo', 'Na zdraví!', ('Jméno', 'Telefon', 'Adresa'))
loc('ro-RO', 'RO', ['Viorica', 'Dumitru', 'Florentina', 'Costel', 'Rodica', 'Sorin'],
    ['Popescu-Vâlcea', 'Munteanu', 'Dobrescu', 'Cârstea', 'Țurcanu', 'Bălănescu'],
    ['Strada Teilor', 'Strada Zorilor', 'Aleea Castanilor', 'Strada Fagului'],
    ['Cluj-Napoca 400001', 'Iași 700001', 'Timișoara 300001', 'Brașov 500001'],
    '{s} nr. {n}, {c}', 'ro.cnp', 'NATIONAL_ID', 'RO', ['yahoo.ro', 'gmail.com', 'rdslink.ro'],
    'A fost odată ca niciodată', 'Noroc!', ('Nume', 'Telefon', 'Adresă'))
loc('da-DK', 'DK', ['Kirsten', 'Bjarke', 'Lone', 'Palle', 'Mette-Marie', 'Jeppe'],
    ['Kjærgaard', 'Østergaard', 'Thygesen', 'Bundgaard', 'Lykkegaard', 'Vestergaard'],
    ['Hyldebærvej', 'Syrenvænget', 'Mågevej', 'Æblehaven'],
    ['8000 Aarhus C', '5000 Odense C', '9000 Aalborg', '6700 Esbjerg'],
    '{s} {n}, {c}', 'dk.cpr', 'NATIONAL_ID', 'DK', ['mail.dk', 'jubii.dk', 'gmail.com'],
    'Der var engang', 'Skål!', ('Navn', 'Telefon', 'Adresse'))
loc('nb-NO', 'NO', ['Solfrid', 'Torleif', 'Ragnhild', 'Audun', 'Gudrun', 'Eirik'],
    ['Haugland', 'Fjeldstad', 'Ødegård', 'Brekke', 'Sæther', 'Myklebust'],
    ['Bjørkeveien', 'Granlia', 'Tyttebærstien', 'Måkeveien'],
    ['5003 Bergen', '7010 Trondheim', '9008 Tromsø', '4006 Stavanger'],
    '{s} {n}, {c}', 'no.fodselsnummer', 'NATIONAL_ID', 'NO', ['online.no', 'gmail.com', 'hotmail.no'],
    'Det var en gang', 'Skål!', ('Navn', 'Telefon', 'Adresse'))

# ---------------------------------------------------------------- pool widening (composed, deterministic order)
def combos(pre, suf, fmt='{}{}'):
    return [fmt.format(a, b) for a in pre for b in suf]


EXTRA = {
    'de-DE': (['Gundula', 'Wolfhard', 'Edeltraud', 'Heiderose', 'Gottlieb', 'Adelheid', 'Hildegunde', 'Roswitha',
               'Notburga', 'Sieghard', 'Waltraud', 'Lutz', 'Eckehard', 'Mechthild', 'Burkhard', 'Friedlinde'],
              combos(['Kalt', 'Moos', 'Eich', 'Stein', 'Wasser', 'Rot', 'Tann', 'Hasel'],
                     ['brunner', 'hövel', 'reuther', 'bichler', 'kötter', 'mösl']),
              combos(['Schlehen', 'Mistel', 'Wiesel', 'Bussard', 'Eibisch', 'Quitten'], ['pfad', 'stieg', 'winkel'])),
    'fr-FR': (['Aldegonde', 'Eudes', 'Philomène', 'Hippolyte', 'Gonzague', 'Bérengère', 'Théophane', 'Ombeline',
               'Enguerrand', 'Séraphine', 'Amaury', 'Apolline', 'Anselme', 'Eulalie'],
              combos(['Kerg', 'Penh', 'Loc', 'Plou', 'Tré'], ['oat', 'uel', 'maria', 'gastel', 'vidic']),
              combos(['rue des ', 'allée des ', 'impasse des '], ['Salicaires', 'Eglantiers', 'Passereaux',
                                                                   'Chardonnerets', 'Bourdaines'])),
    'es-ES': (['Eulalia', 'Fulgencio', 'Inmaculada', 'Gumersindo', 'Purificación', 'Teodosio', 'Maravillas',
               'Ezequiel', 'Visitación', 'Hermenegildo', 'Ainhoa', 'Iker', 'Covadonga', 'Baldomero'],
              ['Echeverría', 'Goikoetxea', 'Iturriaga', 'Larrazábal', 'Mendizábal', 'Aranzadi', 'Etxeberria', 'Iturbe',
               'Gorostiza', 'Urrutia', 'Mendiburu', 'Larrañeta'],
              combos(['calle del ', 'calle de la '], ['Alfarero', 'Azahar', 'Membrillo', 'Albahaca', 'Tahona'])),
    'it-IT': (['Ermenegildo', 'Filomena', 'Quirino', 'Annunziata', 'Gioacchino', 'Assunta', 'Pasquale', 'Ornella',
               'Evaristo', 'Iolanda', 'Orazio', 'Marcella', 'Tarcisio', 'Concetta'],
              combos(['Scarpa', 'Ferra', 'Borgo', 'Monte', 'Castel'], ['gnoli', 'relli', 'vecchi', 'lunghi']),
              combos(['via dei ', 'vicolo dei '], ['Bottai', 'Cordai', 'Vetrai', 'Cestai', 'Funai'])),
    'nl-NL': (['Wijnand', 'Geesje', 'Hendrikje', 'Reinout', 'Jitske', 'Baukje', 'Tjeerd', 'Wobbe', 'Sietske',
               'Harmen', 'Trijntje', 'Evert', 'Aukje', 'Durk'],
              combos(['Hoog', 'Brink', 'Ooster', 'Wester', 'Zuider'], ['veld', 'huizen', 'kamp', 'broek', 'wolde']),
              combos(['Pluvier', 'Grutto', 'Tureluur', 'Kemphaan', 'Wulp'], ['straat', 'laan', 'hof'])),
    'pl-PL': (['Zbigniew', 'Genowefa', 'Czesław', 'Bronisława', 'Mieczysław', 'Eugenia', 'Bolesław', 'Stefania',
               'Wacław', 'Teodozja', 'Ludomir', 'Wiesława', 'Radosław', 'Kunegunda'],
              combos(['Grab', 'Jabłon', 'Brzezin', 'Olszew', 'Modrzew', 'Jarzęb'], ['owski', 'iecki', 'czyk', 'iak']),
              combos(['ul. '], ['Jeżynowa', 'Agrestowa', 'Porzeczkowa', 'Tarninowa', 'Głogowa', 'Krokusowa'])),
    'sv-SE': (['Gudrun', 'Arvid', 'Elof', 'Hjördis', 'Ivar', 'Britt-Marie', 'Ture', 'Ylva', 'Gösta', 'Signe',
               'Nils-Erik', 'Birgitta', 'Folke', 'Karin'],
              combos(['Ljung', 'Hägg', 'Rönn', 'Tall', 'Alm', 'Asp'], ['qvist', 'ström', 'gren', 'blad', 'dahl']),
              combos(['Kråk', 'Lärk', 'Tran', 'Hassel', 'Slån'], ['vägen', 'stigen', 'gränd'])),
    'fi-FI': (['Elina', 'Lempi', 'Tauno', 'Hilkka', 'Aarne', 'Sirkka', 'Urho', 'Terttu', 'Kalevi', 'Helmi',
               'Arvo', 'Impi', 'Toivo', 'Orvokki'],
              combos(['Kivi', 'Suo', 'Koivu', 'Järvi', 'Laakso', 'Niemi'], ['mäki', 'nen', 'koski', 'lahti', 'salo']),
              combos(['Kataja', 'Kanerva', 'Puolukka', 'Vaahtera', 'Kaisla'], ['tie', 'kuja', 'polku'])),
    'tr-TR': (['Hacer', 'Nazmi', 'Saadet', 'Rıfat', 'Müzeyyen', 'İhsan', 'Leman', 'Şevket', 'Nebahat', 'Ferit',
               'Hülya', 'Sabri', 'Nilüfer', 'Turgut'],
              combos(['Kara', 'Ak', 'Gök', 'Tok', 'Er', 'Öz'], ['taşoğlu', 'deniz', 'yürek', 'soylu', 'bilek']),
              combos([''], ['Begonya Sokak', 'Sümbül Sokak', 'Akasya Caddesi', 'Şebboy Sokak', 'Mimoza Sokak'])),
    'pt-BR': (['Raimunda', 'Josenildo', 'Francisca', 'Gerivaldo', 'Ivonete', 'Edivaldo', 'Sebastiana', 'Cícero',
               'Elisângela', 'Valdirene', 'Deusdete', 'Jucélia', 'Adalberto'],
              ['Vasconcelos', 'Guimarães', 'Queiroz', 'Pimentel', 'Quintela', 'Arruda', 'Sobral', 'Teles', 'Cardoso Leite'],
              combos(['Rua das ', 'Rua dos '], ['Pitangueiras', 'Cajazeiras', 'Tamarindos', 'Jambeiros', 'Umbuzeiros'])),
    'en-GB': (['Gwendolyn', 'Tobias', 'Ottilie', 'Barnaby', 'Cressida', 'Peregrine', 'Euphemia', 'Ambrose',
               'Winifred', 'Lancelot', 'Imogen', 'Torquil', 'Araminta', 'Jolyon'],
              combos(['Haw', 'Ash', 'Brad', 'Thorn', 'Whit', 'Sedge'], ['thwaite', 'combe', 'ingham', 'ridge']),
              combos(['Teasel ', 'Sorrel ', 'Medlar ', 'Bittern ', 'Yarrow '], ['Close', 'Mews', 'Rise'])),
    'en-US': (['Earlene', 'Virgil', 'Dorcas', 'Jethro', 'Loretta', 'Otis', 'Wilma', 'Elmer', 'Velma', 'Homer',
               'Ardith', 'Luther', 'Opal', 'Merle'],
              combos(['Black', 'Stone', 'Cutt', 'Mill', 'Ellsw'], ['ington', 'wood', 'er', 'orth', 'ridge']),
              combos(['Pawpaw ', 'Redbud ', 'Hickory Hollow ', 'Muscadine ', 'Cottonmouth '], ['Rd', 'Ln', 'Ct'])),
    'en-CA': (['Mireille', 'Laird', 'Roxanne', 'Angus', 'Solange', 'Clement', 'Darcy', 'Rosaire', 'Fernande'],
              combos(['Mac', 'Mc'], ['Kinnon', 'Phail', 'Eachern', 'Gillivray', 'Quarrie']),
              combos(['Muskeg ', 'Caribou ', 'Spruce Bog ', 'Saskatoon Berry '], ['Rd', 'Cres', 'Lane'])),
    'ja-JP': (combos(['奈', '彩', '真', '結', '紗', '智'], ['緒', '乃', '帆', '衣']),
              combos(['榊', '柚', '梶', '楢', '槙'], ['原', '谷', '沢', '崎']),
              combos(['若葉', '朝日', '柳'], ['町二丁目', '町五丁目'])),
    'ko-KR': (combos(['채', '윤', '서', '지', '다', '규'], ['빈', '율', '온', '린']),
              ['남궁', '황보', '제갈', '선우', '독고', '사공'],
              combos(['느티', '솔빛', '매화'], ['로', '길'])),
    'zh-CN': (combos(['婉', '嘉', '沐', '瑾', '芷', '昊'], ['宁', '萱', '辰', '瑜']),
              ['夏侯', '令狐', '尉迟', '公孙', '宇文', '长孙'],
              combos(['枫林', '紫荆', '丹桂', '芙蓉'], ['路', '巷', '街'])),
    'hi-IN': (['शकुंतला', 'अवधेश', 'निर्मला', 'कमलेश', 'सरोजिनी', 'रघुवीर', 'उर्मिला', 'दिवाकर', 'हेमलता'],
              ['बाजपेयी', 'दीक्षित', 'मिश्रा', 'पांडेय', 'रस्तोगी', 'खंडेलवाल', 'माहेश्वरी'],
              ['चंपा गली', 'पलाश मार्ग', 'अमलतास नगर', 'कचनार गली']),
    'ar-EG': (['سهير', 'مدحت', 'عفاف', 'ممدوح', 'ثريا', 'رأفت', 'فايزة', 'شوقي', 'نعمات'],
              ['الطنطاوي', 'المنشاوي', 'الفيومي', 'السنباطي', 'الأسيوطي', 'الجرجاوي'],
              ['شارع الصفصاف', 'شارع الكافور', 'شارع البرقوق', 'شارع التوت']),
    'he-IL': (['שולמית', 'צביקה', 'אורנה', 'יגאל', 'רחלי', 'אליעזר', 'ציפורה', 'גדעון'],
              ['ברקוביץ', 'שפירא', 'וייסמן', 'טננבאום', 'זילברמן', 'אוחיון'],
              ['רחוב הצבר', 'רחוב האלון', 'רחוב הכלנית', 'רחוב הנרקיס']),
    'el-GR': (['Ευτέρπη', 'Χαράλαμπος', 'Καλλιόπη', 'Αριστείδης', 'Πηνελόπη', 'Σπυρίδων', 'Αικατερίνη',
               'Ευάγγελος', 'Θεοδώρα'],
              combos(['Μαυρο', 'Καλο', 'Χατζη', 'Παπα'], ['γιαννάκης', 'θανάσης', 'μιχάλης', 'κωνσταντής']),
              ['οδός Μυρτιάς', 'οδός Πλατάνων', 'οδός Ροδακινιάς', 'οδός Γαρυφάλλου']),
    'ru-RU': (['Евдокия', 'Порфирий', 'Серафима', 'Аристарх', 'Матрёна', 'Елисей', 'Прасковья', 'Тихон',
               'Пелагея', 'Филимон'],
              combos(['Сосн', 'Берез', 'Клюкв', 'Осинн', 'Рябин'], ['овский', 'ицкий', 'енков', 'ихин']),
              combos(['ул. '], ['Облепиховая', 'Жимолостная', 'Смородиновая', 'Калиновая', 'Кедровая'])),
    'uk-UA': (['Ганна', 'Омелян', 'Параска', 'Северин', 'Устина', 'Євген', 'Зеновія', 'Гнат', 'Одарка'],
              ['Мірошниченко', 'Ткачишин', 'Бондарчук', 'Гуменюк', 'Костюк', 'Паламарчук', 'Вакарчук', 'Семенишин'],
              combos(['вул. '], ['Горобинова', 'Ожинова', 'Чорнобривців', 'Ясенова', 'Липнева'])),
    'th-TH': (['บุษบา', 'ประยงค์', 'ลำดวน', 'สมศักดิ์', 'จำปี', 'บุญเรือน', 'ทองใบ', 'พะยอม', 'สายทอง'],
              ['ศรีบุญเรือง', 'พงษ์สุวรรณ', 'ทองคำเปลว', 'มณีรัตน์', 'บุญประคอง', 'จันทร์หอม'],
              ['ซอยอารีย์ 5', 'ถนนเจริญกรุง', 'ซอยพหลโยธิน 24', 'ถนนช้างคลาน']),
    'cs-CZ': (['Bohuslav', 'Jarmila', 'Květoslav', 'Drahomíra', 'Svatopluk', 'Libuše', 'Zdeněk', 'Blažena',
               'Čestmír', 'Věnceslava'],
              combos(['Dvoř', 'Holub', 'Sklen', 'Kouba', 'Vrab'], ['áček', 'ička', 'ář', 'ec']),
              combos([''], ['Jeřabinová', 'Šeříková', 'Ořešákova', 'Pod Skalkou', 'Za Mlýnem'])),
    'ro-RO': (['Aurica', 'Gheorghița', 'Domnica', 'Ilie', 'Vasilica', 'Toader', 'Lucreția', 'Petrică', 'Floarea'],
              combos(['Stoi', 'Vlăd', 'Roș', 'Mărgin', 'Cojoc'], ['cescu', 'eanu', 'aru', 'ean']),
              combos(['Strada '], ['Măceșului', 'Cireșului', 'Salciei', 'Mesteacănului', 'Ghioceilor'])),
    'da-DK': (['Gunhild', 'Aksel', 'Ellinor', 'Holger', 'Ingeborg', 'Valdemar', 'Asta', 'Karsten', 'Vibeke'],
              combos(['Skov', 'Krog', 'Lund', 'Holm', 'Dal'], ['bjerg', 'mose', 'høj', 'strup']),
              combos(['Tjørne', 'Hassel', 'Rønne', 'Slåen'], ['vej', 'vænget', 'stien'])),
    'nb-NO': (['Aslaug', 'Sigurd', 'Borghild', 'Halvard', 'Tordis', 'Einar', 'Gunnvor', 'Ottar', 'Liv'],
              combos(['Lyng', 'Fure', 'Hegg', 'Ask', 'Rogn'], ['stad', 'vik', 'dal', 'nes', 'berg']),
              combos(['Einer', 'Rogne', 'Multe', 'Blåbær'], ['veien', 'stien', 'lia'])),
}
for _t, (_f, _l, _s) in EXTRA.items():
    L[_t]['first'] = L[_t]['first'] + _f
    L[_t]['last'] = L[_t]['last'] + _l
    L[_t]['streets'] = L[_t]['streets'] + _s


MORE = {
    'sv-SE': (['Gunvor', 'Algot', 'Hilding', 'Edla', 'Verner', 'Tyra', 'Sture', 'Majvor', 'Valborg', 'Helmer'], [], []),
    'en-GB': (['Evadne', 'Leofric', 'Clemency', 'Fenella', 'Ptolemy', 'Perpetua'], [],
              combos(['Coltsfoot ', 'Meadowsweet ', 'Tormentil ', 'Stitchwort ', 'Goldcrest '], ['Close', 'Mews', 'Rise'])),
    'zh-CN': ([], ['濮', '阚', '晏', '闵', '滕', '邬', '岑', '蒯'], []),
    'hi-IN': ([], [], ['सेमल वीथिका', 'हरसिंगार पथ', 'मौलश्री कुंज', 'पारिजात लेन', 'शिरीष मार्ग', 'बकुल गली',
                       'कनेर लेन', 'महुआ नगर', 'सागौन मार्ग']),
    'he-IL': ([], [], ['רחוב הדולב', 'רחוב הערבה', 'רחוב האשחר', 'רחוב הלוטם', 'רחוב המורן']),
    'cs-CZ': (['Radmila', 'Bořivoj', 'Milada', 'Kvido', 'Jindřiška', 'Dobroslav', 'Vratislav', 'Ludvika'], [], []),
    'pl-PL': (['Ziemowit', 'Sławomira', 'Bożydar', 'Leokadia'], [], []),
    'fi-FI': (['Väinö', 'Kyllikki', 'Ensio', 'Saimi'], [], []),
    'ru-RU': (['Феврония', 'Евстигней', 'Аполлинария', 'Савватий'], [], []),
}
for _t, (_f, _l, _s) in MORE.items():
    L[_t]['first'] = L[_t]['first'] + _f
    L[_t]['last'] = L[_t]['last'] + _l
    L[_t]['streets'] = L[_t]['streets'] + _s

for _t, _d in L.items():
    if _t in ('zh-CN', 'ko-KR'):  # written as one token: cut the joined full names
        _d['full'] = cut(combos(_d['last'], _d['first']), f'{_t}.full')
        _d['first'] = _d['last'] = ['-']
    for _k in ('first', 'last', 'streets'):
        _d[_k] = cut(_d[_k], f'{_t}.{_k}')
LOCALES = list(L)

HANDLES = cut(['sunbird', 'marzipan', 'tinfoil', 'quokka', 'velvetfox', 'pebble', 'nightjar', 'bramble', 'kumquat',
               'tumbleweed', 'mothwing', 'fernshadow', 'lindenleaf', 'copperkettle'], 'handles')


# ---------------------------------------------------------------- validated value generators
def rdigits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def rdate(rng, y0=1940, y1=2004):
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def make_id(rng, mod):
    m = importlib.import_module('stdnum.' + mod)
    for _ in range(400000):
        d = rdate(rng, 1950, 1999)
        yy, mm, dd = f'{d.year % 100:02d}', f'{d.month:02d}', f'{d.day:02d}'
        if mod == 'pl.pesel':
            c = yy + mm + dd + rdigits(rng, 5)
        elif mod == 'se.personnummer':
            c = yy + mm + dd + '-' + rdigits(rng, 4)
        elif mod == 'fi.hetu':
            c = dd + mm + yy + '-' + rdigits(rng, 3) + rng.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')
        elif mod == 'kr.rrn':
            c = yy + mm + dd + '-' + rng.choice('12') + rdigits(rng, 6)
        elif mod == 'cn.ric':
            c = rng.choice(['330106', '510104', '420103', '320508']) + str(d.year) + mm + dd + rdigits(rng, 3) + \
                rng.choice('0123456789X')
        elif mod == 'ro.cnp':
            c = rng.choice('12') + yy + mm + dd + f'{rng.randint(1, 40):02d}' + rdigits(rng, 4)
        elif mod == 'dk.cpr':
            c = dd + mm + yy + '-' + rdigits(rng, 4)
        elif mod == 'no.fodselsnummer':
            c = dd + mm + yy + rdigits(rng, 5)
        elif mod == 'cz.rc':
            c = yy + f'{d.month + rng.choice([0, 50]):02d}' + dd + '/' + rdigits(rng, 4)
        elif mod == 'gr.amka':
            c = dd + mm + yy + rdigits(rng, 5)
        elif mod == 'fr.nir':
            c = rng.choice('12') + yy + mm + rng.choice(['35', '87', '21', '29']) + rdigits(rng, 6) + rdigits(rng, 2)
        elif mod == 'us.ssn':
            a = rng.randint(1, 665)
            c = f'{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}'
        elif mod == 'de.idnr':
            c = str(rng.randint(1, 9)) + rdigits(rng, 10)
        elif mod == 'in_.aadhaar':
            c = str(rng.randint(2, 9)) + rdigits(rng, 11)
        elif mod == 'jp.in_':
            c = rdigits(rng, 12)
        elif mod == 'th.pin':
            c = str(rng.randint(1, 8)) + rdigits(rng, 12)
        elif mod == 'tr.tckimlik':
            c = str(rng.randint(1, 9)) + rdigits(rng, 10)
        elif mod == 'es.dni':
            c = rdigits(rng, 8) + rng.choice('TRWAGMYFPDXBNJZSQVHLCKE')
        elif mod == 'ru.inn':
            c = rng.choice(['70', '59', '40', '69']) + rdigits(rng, 10)
        elif mod == 'ua.rntrc':
            c = str(rng.randint(1, 4)) + rdigits(rng, 9)
        else:
            c = rdigits(rng, {'nl.bsn': 9, 'gb.nhs': 10, 'br.cpf': 11, 'ca.sin': 9, 'il.idnr': 9}[mod])
            if mod == 'ca.sin' and c[0] in '08':
                continue
        if m.is_valid(c):
            if mod == 'us.ssn' and (c.startswith('078-05') or c.startswith('987-65')):
                continue
            if mod in ('gb.nhs', 'ca.sin', 'br.cpf', 'in_.aadhaar', 'fr.nir') and hasattr(m, 'format'):
                c = m.format(c)
            assert m.is_valid(c), (mod, c)
            return c
    raise SystemExit('could not make ' + mod)


NANP_AREAS = {'US': ['918', '208', '937', '478', '405', '541'], 'CA': ['902', '306', '506', '250']}


def make_phone(rng, region, style):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(5000):
        if region in NANP_AREAS:
            s = rng.choice(NANP_AREAS[region]) + str(rng.randint(2, 9)) + rdigits(rng, 2) + rdigits(rng, 4)
            if s[3:6] == '555':
                continue
        else:
            k = 3 if region in ('BR', 'CN') else 2
            s = nat[:k] + rdigits(rng, len(nat) - k)
        if s == nat:
            continue
        n = phonenumbers.parse('+' + str(ex.country_code) + s, None)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if style % 3 else phonenumbers.PhoneNumberFormat.NATIONAL
            out = phonenumbers.format_number(n, fmt)
            assert phonenumbers.is_valid_number(phonenumbers.parse(out, region))
            return out
    raise SystemExit('phone ' + region)


TEST_CARDS = {'4111111111111111', '4242424242424242', '4012888888881881', '5555555555554444', '5105105105105100',
              '4000056655665556', '5200828282828210'}


def make_card(rng):
    while True:
        body = rng.choice(['4', '51', '53', '55']) + ''
        body += rdigits(rng, 15 - len(body))
        c = body + luhn.calc_check_digit(body)
        if c not in TEST_CARDS and luhn.is_valid(c):
            return ' '.join(c[i:i + 4] for i in range(0, 16, 4))


IBAN_LEN = {'DE': 22, 'FR': 27, 'ES': 24, 'IT': 27, 'NL': 18, 'PL': 28, 'SE': 24, 'FI': 18, 'TR': 26, 'BR': 29,
            'GB': 22, 'EG': 29, 'IL': 23, 'GR': 27, 'UA': 29, 'CZ': 24, 'RO': 24, 'DK': 18, 'NO': 15}
IBAN_EXAMPLES = {'DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606',
                 'NL91ABNA0417164300', 'ES9121000418450200051332', 'IT60X0542811101000000123456'}


def make_iban(rng, cc):
    n = IBAN_LEN[cc] - 4
    for _ in range(200000):
        if cc == 'NL':
            bban = rng.choice(['RABO', 'INGB', 'ABNA', 'SNSB']) + rdigits(rng, 10)
        elif cc == 'GB':
            bban = rng.choice(['BARC', 'LOYD', 'NWBK', 'HBUK']) + rdigits(rng, 14)
        elif cc == 'IT':
            bban = rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') + rdigits(rng, 22)
        elif cc == 'BR':
            bban = rdigits(rng, 23) + 'C1'
        elif cc == 'RO':
            bban = rng.choice(['BTRL', 'RNCB', 'BRDE']) + rdigits(rng, 16)
        else:
            bban = rdigits(rng, n)
        raw = cc + '00' + bban
        c = cc + std_iban.calc_check_digits(raw) + bban
        if std_iban.is_valid(c) and c not in IBAN_EXAMPLES:
            return std_iban.format(c)
    raise SystemExit('iban ' + cc)


DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]


def make_ip(rng):
    while True:
        a = ipaddress.ip_address('.'.join(str(rng.randint(1, 223)) for _ in range(4)))
        if a.is_global and not any(a in n for n in DOC_NETS) and not a.is_multicast:
            return str(a)


# ---------------------------------------------------------------- people
def fmt_date(d, tag):
    if tag in ('en-US',):
        return f'{d.month:02d}/{d.day:02d}/{d.year}'
    if tag in ('ja-JP', 'zh-CN', 'ko-KR', 'sv-SE', 'en-CA'):
        return d.isoformat()
    if tag in ('de-DE', 'pl-PL', 'fi-FI', 'ru-RU', 'uk-UA', 'cs-CZ', 'ro-RO', 'nb-NO', 'da-DK', 'tr-TR'):
        return f'{d.day:02d}.{d.month:02d}.{d.year}'
    return f'{d.day:02d}/{d.month:02d}/{d.year}'


class Person:
    def __init__(self, rng, tag, i):
        d = L[tag]
        self.tag = tag
        f, l = rng.choice(d['first']), rng.choice(d['last'])
        self.first = f
        self.name = l + ' ' + f if d['ff'] else f + ' ' + l
        if 'full' in d:
            self.name = self.first = rng.choice(d['full'])
        self.phone = make_phone(rng, d['region'], i)
        self.email = f'{rng.choice(HANDLES)}.{rdigits(rng, 2)}@{rng.choice(d["mail"])}'
        p = rdigits(rng, 3) + '-' + rdigits(rng, 4)
        self.addr = d['fmt'].format(s=rng.choice(d['streets']), n=rng.randint(2, 88), c=rng.choice(d['cities']), p=p)
        self.dob = fmt_date(rdate(rng), tag)
        self.nid = (make_id(rng, d['idmod']), d['idlab']) if d['idmod'] else None
        self.iban = make_iban(rng, d['ibancc']) if d['ibancc'] else None
        self.card = make_card(rng)
        self.ip = make_ip(rng)
        self.mrn = f'MRN {rdigits(rng, 2)}-{rdigits(rng, 6)}'
        self.bank = None
        if tag == 'en-US':
            r = f'{rng.randint(1, 12):02d}' + rdigits(rng, 6)
            rt = r + str((10 - sum(int(a) * b for a, b in zip(r, [3, 7, 1, 3, 7, 1, 3, 7])) % 10) % 10)
            assert sum(int(a) * b for a, b in zip(rt, [3, 7, 1] * 3)) % 10 == 0
            self.bank = f'routing {rt}, account {rdigits(rng, 10)}'
        self.values = []  # (string, label)

    def v(self, attr):
        """Return the value string and register it for labelling."""
        lab = {'name': 'person', 'first': 'person', 'phone': 'phone', 'email': 'email', 'addr': 'STREET_ADDRESS',
               'dob': 'DATE_OF_BIRTH', 'card': 'credit_card', 'iban': 'iban', 'ip': 'IP_ADDRESS',
               'mrn': 'MEDICAL_RECORD', 'bank': 'US_BANK_NUMBER'}.get(attr)
        if attr == 'nid':
            s, lab = self.nid
        else:
            s = getattr(self, attr)
        self.values.append((s, lab))
        return s


# ---------------------------------------------------------------- reserved / fictional near-miss values
FICT_ADDR = ['221B Baker Street, London', '742 Evergreen Terrace, Springfield', '4 Privet Drive, Little Whinging',
             '12 Grimmauld Place, London', '1313 Mockingbird Lane', '31 Spooner Street, Quahog',
             '124 Conch Street, Bikini Bottom', '177A Bleecker Street, New York']
FICT_CHARS = ['Sherlock Holmes', 'Hercule Poirot', 'Miss Marple', 'Don Quixote', 'Elizabeth Bennet',
              'Captain Nemo', 'Anna Karenina', 'Pippi Longstocking', 'Jay Gatsby', 'Gandalf', 'Lisbeth Salander',
              'Arsène Lupin', 'Maigret', 'Moomintroll', 'Sun Wukong', 'Sinbad']
PUBLIC = ['Ada Lovelace', 'Marie Curie', 'Nelson Mandela', 'Frida Kahlo', 'Napoleon Bonaparte', 'Cleopatra',
          'Leonardo da Vinci', 'Queen Victoria', 'Albert Einstein', 'Rabindranath Tagore', 'Yuri Gagarin',
          'Mahatma Gandhi', 'Wolfgang Amadeus Mozart', 'Florence Nightingale', 'Alan Turing', 'Hokusai']


def reserved_phone(rng):
    k = rng.randrange(5)
    if k == 0:
        return f'07700 900{rng.randint(0, 999):03d}'
    if k == 1:
        return f'01632 960{rng.randint(0, 999):03d}'
    if k == 2:
        return f'01 99 00 {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}'
    if k == 3:
        return f'(212) 555-01{rng.randint(0, 99):02d}'
    return f'0491 570 {rng.randint(100, 999)}'


def reserved_other(rng):
    return rng.choice([
        'card 4111 1111 1111 1111 exp 12/34', 'IBAN DE89 3704 0044 0532 0130 00', 'IBAN GB82 WEST 1234 5698 7654 32',
        'jane.doe@example.com', 'hero@example.org', 'IP 203.0.113.42', 'IP 198.51.100.7', 'SSN XXX-XX-XXXX',
        '[PHONE]', '[ADDRESS]', '{customer_name}', 'ID: 000-00-0000 (placeholder)', 'ticket #48213',
        'order 2026-11-04-7781', 'tracking 1Z999AA10123456784', 'ISBN 978-0-14-044913-6'])


def invented(rng, tag, ri=0):
    d = L[tag]
    f, l = rng.choice(d['first']), rng.choice(d['last'])
    if 'full' in d:
        return rng.choice(d['full'])
    return l + ' ' + f if d['ff'] else f + ' ' + l


# ---------------------------------------------------------------- templates per framing
# each sensitive builder returns text using P.v(...); each benign builder returns text with no issued value.
def extra(P, k):
    """One rotated identifier line for a sensitive record."""
    lb = L[P.tag]['lbl']
    idname = {'ssn': 'SSN', 'TAX_ID': 'tax no.', 'HEALTH_INSURANCE': 'insurance no.'}.get(P.nid[1], 'ID') \
        if P.nid else 'ID'
    opts = []
    if P.nid:
        opts.append(lambda: f'{idname} {P.v("nid")}')
    opts += [lambda: f'{lb[1]}: {P.v("phone")}']
    if P.iban:
        opts.append(lambda: f'IBAN {P.v("iban")}')
    opts.append(lambda: f'email {P.v("email")}')
    if P.nid:
        opts.append(lambda: f'{idname}: {P.v("nid")}')
    opts += [lambda: f'born {P.v("dob")}', lambda: f'card {P.v("card")}', lambda: f'his/her IP is {P.v("ip")}',
             lambda: f'{P.v("mrn")}']
    if P.bank:
        opts.append(lambda: P.v('bank'))
    return opts[k % len(opts)]()


def idline(P):
    if P.nid:
        lab = {'ssn': 'SSN', 'TAX_ID': 'tax number', 'HEALTH_INSURANCE': 'insurance number'}.get(P.nid[1], 'ID number')
        return f'{lab} {P.v("nid")}'
    if P.iban:
        return f'IBAN {P.v("iban")}'
    return f'card {P.v("card")}'


def S_short_story(P, rng, k):
    lb, once = L[P.tag]['lbl'], L[P.tag]['once']
    return rng.choice([
        f"Write me a 400-word short story for our street's newsletter about my neighbour {P.v('name')} who keeps "
        f"chickens. Start it with \"{once}\". Put her real address in ({P.v('addr')}) so people know who it is, "
        f"and end with her number {P.v('phone')} for egg orders.",
        f"Story draft, chapter 1 — it's based on my ex, I kept his actual details so it feels raw:\n"
        f"{once}... {P.v('name')} left at 3am. I still know the number by heart, {P.v('phone')}, and {extra(P, k)}.\n"
        f"Can you tighten the prose and make it less bitter?",
        f"Bedtime story request: the hero is my real nephew {P.v('first')}, he lives at {P.v('addr')} with us. "
        f"Make a dragon visit our house. {extra(P, k + 1)}",
    ])


def B_short_story(P, rng, k):
    c = invented(rng, P.tag)
    once = L[P.tag]['once']
    return rng.choice([
        f"Write a 400-word short story. Start with \"{once}\". The protagonist is an invented lighthouse keeper "
        f"called {c}; she lives at {rng.choice(FICT_ADDR)} (yes, a joke) and her phone in the story is "
        f"{reserved_phone(rng)}, which is a drama-reserved number.",
        f"My novel draft: detective {rng.choice(FICT_CHARS)} meets a made-up witness, {c}, who gives a fake card "
        f"number. Use {reserved_other(rng)} for it. Fix the dialogue tags.",
        f"{once}... Continue this fairy tale about a fox and a baker in 300 words, no names needed.",
    ])


def S_screenplay(P, rng, k):
    return rng.choice([
        f"INT. KITCHEN - NIGHT\n\n{P.v('name').upper()} (40s, my real landlord, yes really) slams the phone down.\n"
        f"ME: I'll call you back on {P.v('phone')}.\n\nTurn this into a 3-page comedic scene. His flat is at "
        f"{P.v('addr')} which should be the set.",
        f"Screenplay for my film-school short. The lead is my flatmate playing herself, {P.v('name')}. In scene 4 "
        f"she reads her real {extra(P, k)} off a form at the bank. Format it properly in Fountain.",
        f"EXT. PARK - DAY. A voicemail plays: \"hi it's {P.v('first')}, call me at {P.v('phone')}\". It's my sister's "
        f"real voicemail, I want the scene to open with it. Write the rest.",
    ])


def B_screenplay(P, rng, k):
    return rng.choice([
        f"INT. BAKER STREET - NIGHT\n\n{rng.choice(FICT_CHARS).upper()} studies a letter addressed to "
        f"{rng.choice(FICT_ADDR)}.\n\nWrite the next page in Fountain format.",
        f"Write a two-minute scene where {rng.choice(PUBLIC)} gives a famous public speech, then a fictional "
        f"journalist {invented(rng, P.tag)} asks one question. Use {reserved_phone(rng)} if a phone appears on screen.",
        f"Screenplay exercise: two invented strangers at a bus stop, CHARACTER A and CHARACTER B. "
        f"The bus company hotline on the poster should be {reserved_phone(rng)}.",
    ])


def S_game_character(P, rng, k):
    return rng.choice([
        f"D&D NPC idea: make my buddy {P.v('name')} a shady innkeeper. Inside joke for the group — his tavern is at "
        f"his actual flat, {P.v('addr')}. Give stats, quirks and a secret.",
        f"Character sheet for our Discord campaign. Player: {P.v('name')}, contact {P.v('email')}. "
        f"Note to GM: he keeps getting kicked, his home IP {P.v('ip')} might be banned. Class: bard, level 3.",
        f"Make a boss fight where the villain is my coworker {P.v('first')} (real name, don't tell). "
        f"Loot drop: a scroll with {extra(P, k)}.",
    ])


def B_game_character(P, rng, k):
    return rng.choice([
        f"Invent a tabletop NPC: {invented(rng, P.tag)}, a half-elf cartographer. Backstory, three rumours, and "
        f"a stat block. Her shop sign says {rng.choice(FICT_ADDR)}.",
        f"Cyberpunk RPG: the hacker NPC leaks an IP — use 203.0.113.{rng.randint(1, 254)} so it's a doc address. "
        f"Write her dialogue.",
        f"Create a pre-generated character for a one-shot: name it after a mythological figure, e.g. "
        f"{rng.choice(['Odysseus', 'Brynhild', 'Gilgamesh', 'Scheherazade', 'Väinämöinen'])}. Include a fake ID "
        f"card with {reserved_other(rng)}.",
    ])


def S_roleplay_prompt(P, rng, k):
    return rng.choice([
        f"Role-play the registry-office clerk. The user is my real client {P.v('name')}, {idline(P)}, "
        f"{P.v('addr')}. Walk through the appointment.",
        f"You are my grandmother {P.v('name')}, who passed away last month. Speak like her. She was born "
        f"{P.v('dob')} and lived all her life at {P.v('addr')}. Remind me to water her roses.",
        f"Role-play as my old friend {P.v('name')} so I can practise apologising. For realism: his number "
        f"was {P.v('phone')}, {extra(P, k)}.",
        f"System persona: you are 'Tante {P.v('first')}', the aunt of the user. Her real e-mail is {P.v('email')} "
        f"and she answers questions about the family recipes.",
    ])


def B_roleplay_prompt(P, rng, k):
    return rng.choice([
        f"You are {rng.choice(FICT_CHARS)}. Stay in character. If asked for your address, say "
        f"{rng.choice(FICT_ADDR)}.",
        f"You are a friendly pirate captain called {invented(rng, P.tag)} (a fictional persona). Never reveal real "
        f"personal data; if a phone number is needed use {reserved_phone(rng)}.",
        f"Role-play as {rng.choice(PUBLIC)} giving a lecture about their work to schoolchildren.",
    ])


def S_fan_fiction(P, rng, k):
    return rng.choice([
        f"Self-insert fanfic: the Doctor lands the TARDIS in front of my crush's house at {P.v('addr')}. "
        f"Her name is {P.v('name')}. Make it romantic but cute.",
        f"Y/N fanfic but Y/N is my classmate {P.v('name')}; at the end the K-pop idol texts her on "
        f"{P.v('phone')}. 600 words.",
        f"Hogwarts fan fiction starring my real best friend {P.v('name')}. Her owl post address is "
        f"{P.v('addr')} and {extra(P, k)}.",
    ])


def B_fan_fiction(P, rng, k):
    return rng.choice([
        f"Fan fiction: {rng.choice(FICT_CHARS)} and {rng.choice(FICT_CHARS)} solve a case together. The letter is "
        f"sent to {rng.choice(FICT_ADDR)}.",
        f"Write respectful alt-history fan fiction where {rng.choice(PUBLIC)} visits a modern museum about their "
        f"own life.",
        f"Original-character fanfic: my OC {invented(rng, P.tag)} is a Jedi apprentice. No real people. "
        f"Her comlink frequency is {reserved_phone(rng)}.",
    ])


def S_hypothetical_example(P, rng, k):
    return rng.choice([
        f"Hypothetical worked example for the team wiki (I used my own real data, sorry): {P.v('name')}, "
        f"{idline(P)}, {P.v('addr')}. Show how KYC would verify it.",
        f"Imagine a customer named {P.v('name')} (ok it's a real one from yesterday's ticket, I just copied it) "
        f"who paid with {P.v('card')} twice. Walk me through the refund flow.",
        f"Hypothetically, if someone like {P.v('name')}, {P.v('addr')}, {extra(P, k)} applied for a loan, "
        f"what would the bank check? (my actual client, don't judge)",
        f"Let's say — purely hypothetically — my tenant {P.v('name')} with IBAN {P.v('iban') if P.iban else P.v('email')} "
        f"stops paying. What are my options?",
    ])


def B_hypothetical_example(P, rng, k):
    return rng.choice([
        f"Imagine a customer named Jane Doe (jane.doe@example.com) paying with test card 4111 1111 1111 1111. "
        f"Show the JSON a payment API would return.",
        f"Worked example for my accounting students: a fictional firm pays supplier 'Acme Ltd' to IBAN "
        f"{rng.choice(['DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'NL91 ABNA 0417 1643 00'])} "
        f"(registry example). Journal entries please.",
        f"Suppose an invented patient, 'Patient X', aged 54, has a BMI of 31. Hypothetically, what screening "
        f"would guidelines suggest? {reserved_other(rng)}",
    ])


def S_interview_practice(P, rng, k):
    return rng.choice([
        f"Mock citizenship interview. I'm {P.v('name')}, {idline(P)}. Quiz me like the officer would.",
        f"Let's do a mock interview. Here's my CV header so you can address me properly:\n{P.v('name')}\n"
        f"{P.v('addr')}\n{P.v('phone')} · {P.v('email')}\nAsk me the first question for a logistics role.",
        f"Interview practice: pretend to be the HR person calling me back on {P.v('phone')}. My name's "
        f"{P.v('name')}, {extra(P, k)}.",
        f"Mock visa interview. My details, as on the form: {P.v('name')}, born {P.v('dob')}, "
        f"{extra(P, k + 2)}. Ask me tough questions.",
    ])


def B_interview_practice(P, rng, k):
    return rng.choice([
        "Mock interview for a junior data analyst role. Be the interviewer; call me 'Candidate'. Start with "
        "behavioural questions.",
        f"Pretend you are {rng.choice(PUBLIC)} interviewing me for an apprenticeship in their workshop. Five "
        f"questions, in character.",
        f"Practise a phone screen with me. The company switchboard you 'call from' is {reserved_phone(rng)} and "
        f"the recruiter mailbox is careers@example.com.",
    ])


def S_sample_dialogue(P, rng, k):
    lb = L[P.tag]['lbl']
    return rng.choice([
        f"Sample dialogue for the bot, copied from a real call:\nAGENT: Can you confirm your details?\n"
        f"CALLER: {P.v('name')}, {idline(P)}.\nAGENT: Thank you.\nWrite 4 more turns.",
        f"Sample dialogue for our bot's training set (taken from a real call, quick and dirty):\n"
        f"AGENT: Can I have your name?\nCALLER: {P.v('name')}.\nAGENT: And the number on the account?\n"
        f"CALLER: {P.v('phone')}.\nAGENT: Thanks. {extra(P, k)} confirmed.\nMake 5 variations.",
        f"Example conversation for the onboarding docs (I used my mum's real details as the example):\n"
        f"{lb[0]}: {P.v('name')}\n{lb[2]}: {P.v('addr')}\nRewrite it as a friendly chat.",
        f"Few-shot example: user says 'I moved to {P.v('addr')}', assistant updates profile. Write 3 more like it.",
    ])


def B_sample_dialogue(P, rng, k):
    lb = L[P.tag]['lbl']
    return rng.choice([
        f"Sample dialogue for training, use placeholders:\nAGENT: Can I have your name?\nCALLER: {{customer_name}}.\n"
        f"AGENT: And your number?\nCALLER: [PHONE]\nWrite 5 variations.",
        f"Example chat for the docs:\n{lb[0]}: <NAME>\n{lb[1]}: {reserved_phone(rng)}\n{lb[2]}: "
        f"{rng.choice(FICT_ADDR)}\nMake it sound natural.",
        f"Generate a sample support dialogue about {reserved_other(rng)} between 'User' and 'Bot'.",
    ])


def S_joke_poem_lyrics(P, rng, k):
    cheers = L[P.tag]['cheers']
    return rng.choice([
        f"Write a silly love song for my girlfriend {P.v('name')}, chorus should sing her number like Jenny "
        f"867-5309 but with hers: {P.v('phone')}. {cheers}",
        f"Limerick about my neighbour {P.v('first')} at {P.v('addr')} whose dog barks all night.",
        f"Birthday poem for {P.v('name')}, born {P.v('dob')}; rhyme something with her street.",
    ])


def B_joke_poem_lyrics(P, rng, k):
    return rng.choice([
        "Write a parody of 'Jenny 867-5309' about a lost phone charger.",
        f"A limerick about {rng.choice(FICT_CHARS)} losing the keys to {rng.choice(FICT_ADDR)}.",
        f"Haiku about {rng.choice(PUBLIC)} and the sea. {L[P.tag]['cheers']}",
    ])


def S_writing_prompt(P, rng, k):
    return rng.choice([
        f"Creative writing prompt for my year 5 class: 'A day in the life of {P.v('name')}' — a real pupil, "
        f"{extra(P, k)}. Make 3 prompt variants.",
        f"Writing prompt generator: base it on my cousin {P.v('name')} who just moved to {P.v('addr')}.",
        f"Prompt: 'The message from {P.v('phone')}' — that's the number that's been texting me, a real stranger. "
        f"Turn it into a thriller prompt.",
    ])


def B_writing_prompt(P, rng, k):
    return rng.choice([
        f"Give me 5 writing prompts featuring an invented character, {invented(rng, P.tag)}, who finds a map.",
        "Writing prompt ideas: a letter delivered 100 years late. No real people.",
        f"Prompts set at {rng.choice(FICT_ADDR)}: mysteries for teens.",
    ])


def S_roman_a_clef(P, rng, k):
    return rng.choice([
        f"Chapter of my novel — names changed, obviously, but I kept the real house so locals get it: 'Mrs. Vale "
        f"lived at {P.v('addr')}, and everyone knew she called {P.v('phone')} to complain.' Polish it.",
        f"Roman à clef draft. 'Karl' is really {P.v('name')} from my office ({P.v('email')}). Make him less "
        f"recognisable but keep the satire.",
        f"My memoir-ish novel: the character 'the Baron' is my real uncle {P.v('name')}, {extra(P, k)}. "
        f"Rewrite the funeral scene.",
    ])


def B_roman_a_clef(P, rng, k):
    return rng.choice([
        f"Satirical novel chapter: all characters invented; the town is fictional. Main character "
        f"{invented(rng, P.tag)} runs a bakery at {rng.choice(FICT_ADDR)}. Polish the prose.",
        f"A thinly veiled novel about {rng.choice(PUBLIC)}'s public career, based only on published biographies.",
        "Roman à clef chapter, already anonymised: [NAME] lives at [ADDRESS]; [NAME2] works at [EMPLOYER]. Edit it.",
    ])


def S_asking_for_friend(P, rng, k):
    return rng.choice([
        f"Asking for a friend — {P.v('name')} — a letter quotes the {idline(P)}. Can scammers misuse that?",
        f"Asking for a friend: {P.v('name')}, born {P.v('dob')}, got a letter about {extra(P, k)}. Is it a scam?",
        f"Asking for a friend (ok it's my brother {P.v('first')}): his {P.v('mrn')} shows a lab result, what does "
        f"high ALT mean?",
        f"Hypothetical question for a friend: if {P.v('name')} at {P.v('addr')} has a bailiff coming, can they "
        f"refuse entry?",
    ])


def B_asking_for_friend(P, rng, k):
    return rng.choice([
        "Asking for a friend: if someone gets a parking ticket abroad, do they have to pay it?",
        "Purely hypothetical: can a landlord enter without notice? Asking for a friend who rents.",
        f"Asking for a friend: is a letter quoting {reserved_other(rng)} likely phishing?",
    ])


def S_toast_eulogy(P, rng, k):
    cheers = L[P.tag]['cheers']
    return rng.choice([
        f"Eulogy for my late mother {P.v('name')}; the funeral home wants her {idline(P)} in the header of "
        f"the printed order of service, please include it.",
        f"Eulogy for my dad {P.v('name')}, born {P.v('dob')}, died on Tuesday. At the end mention that the wake "
        f"is at the house, {P.v('addr')}, and mum can be reached on {P.v('phone')}.",
        f"Wedding toast for my sister {P.v('name')}. End with '{cheers}' and the RSVP mail {P.v('email')}.",
        f"Retirement speech for our caretaker {P.v('name')}; collection goes to {extra(P, k)}.",
    ])


def B_toast_eulogy(P, rng, k):
    return rng.choice([
        f"Write a toast in the style of a Victorian novel for an invented couple, [BRIDE] and [GROOM]. "
        f"{L[P.tag]['cheers']}",
        f"Eulogy for a fictional character: {rng.choice(FICT_CHARS)}, for a literature class exercise.",
        f"Speech honouring {rng.choice(PUBLIC)} at a public anniversary event; RSVP to events@example.org.",
    ])


KINDS = ['short_story', 'screenplay', 'game_character', 'roleplay_prompt', 'fan_fiction', 'hypothetical_example',
         'interview_practice', 'sample_dialogue', 'joke_poem_lyrics', 'writing_prompt', 'roman_a_clef',
         'asking_for_friend', 'toast_eulogy']
BUILD = {k: (globals()['S_' + k], globals()['B_' + k]) for k in KINDS}
SYSTEMS = ['You are a creative writing assistant.', 'You help with fiction, poetry and scripts.',
           'You are a helpful assistant.', 'You are a game master assistant for tabletop campaigns.']
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto']


def place(text, rng, i, kind, tag):
    """Put text in a request field chosen by rotation; returns (endpoint, style, body)."""
    model = MODELS[i % len(MODELS)]
    slot = i % 10
    if slot == 9:
        return 'completions', 'prompt', {'model': model, 'prompt': text + '\n\n###\n', 'max_tokens': 600}
    sysm = {'role': 'system', 'content': rng.choice(SYSTEMS)}
    if slot == 0 or (kind == 'roleplay_prompt' and slot % 2 == 0):
        return 'chat', 'system', {'model': model, 'messages': [{'role': 'system', 'content': text},
                                                                {'role': 'user', 'content': 'Hi, start please.'}]}
    if slot == 1:
        return 'chat', 'assistant_echo', {'model': model, 'messages': [
            sysm, {'role': 'user', 'content': 'I will paste my draft.'},
            {'role': 'assistant', 'content': 'Here is what I received:\n' + text},
            {'role': 'user', 'content': 'Yes, go ahead.'}]}
    if slot == 2:
        fname = f'draft_{kind}.txt'
        return 'chat', 'file_part', {'model': model, 'messages': [sysm, {'role': 'user', 'content': [
            {'type': 'text', 'text': 'See the attached draft and do what it says.'},
            {'type': 'file', 'file': {'filename': fname, 'file_data': 'data:text/plain;base64,' +
                                      base64.b64encode(text.encode()).decode()}}]}]}
    if slot == 3:
        call = {'id': f'call_{i:04d}', 'type': 'function',
                'function': {'name': 'save_draft', 'arguments': json.dumps({'title': kind, 'text': text},
                                                                           ensure_ascii=False)}}
        return 'chat', 'tool_call_args', {'model': model, 'messages': [
            sysm, {'role': 'user', 'content': 'save it then continue'},
            {'role': 'assistant', 'content': None, 'tool_calls': [call]},
            {'role': 'tool', 'tool_call_id': f'call_{i:04d}', 'content': '{"ok": true}'},
            {'role': 'user', 'content': 'now write it'}],
            'tools': [{'type': 'function', 'function': {'name': 'save_draft', 'parameters': {
                'type': 'object', 'properties': {'title': {'type': 'string'}, 'text': {'type': 'string'}}}}}]}
    if slot == 4:
        return 'chat', 'tool_result', {'model': model, 'messages': [
            sysm, {'role': 'user', 'content': 'load my notes doc'},
            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': f'call_{i:04d}', 'type': 'function',
                                                                   'function': {'name': 'open_note',
                                                                                'arguments': '{"id": "n-%d"}' % i}}]},
            {'role': 'tool', 'tool_call_id': f'call_{i:04d}', 'content': text}]}
    if slot == 5:
        return 'chat', 'text_parts', {'model': model, 'messages': [sysm, {'role': 'user', 'content': [
            {'type': 'text', 'text': 'quick one'}, {'type': 'text', 'text': text}]}], 'temperature': 0.9}
    if slot == 6:
        return 'chat', 'response_format', {'model': model, 'messages': [sysm, {'role': 'user', 'content':
                                                                              'Return the piece as JSON.'}],
                                           'response_format': {'type': 'json_schema', 'json_schema': {
                                               'name': 'piece', 'schema': {'type': 'object', 'description': text,
                                                                          'properties': {'title': {'type': 'string'},
                                                                                         'body': {'type': 'string'}}}}}}
    if slot == 7:
        return 'chat', 'user_stop', {'model': model, 'messages': [sysm, {'role': 'user', 'content': text}],
                                     'stop': ['THE END'], 'user': f'writer-{i % 37}'}
    return 'chat', 'user', {'model': model, 'messages': [{'role': 'user', 'content': text}]}


def searchable(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m.group(1)).decode('utf-8', 'replace'))
    for m in re.finditer(r'"arguments": "((?:[^"\\]|\\.)*)"', s):
        parts.append(json.loads('"' + m.group(1) + '"'))
    return '\n'.join(parts)


def build_pii(seed):
    rng = random.Random(seed)
    recs = []
    i = 0
    per_s, per_b = 22, 16
    for ki, kind in enumerate(KINDS):
        S, B = BUILD[kind]
        for j in range(per_s + per_b):
            sens = j % 19 not in (1, 4, 6, 9, 11, 14, 16, 18) if j < 38 else True
            tag = LOCALES[(i * 7 + ki) % len(LOCALES)]
            P = Person(rng, tag, i)
            text = (S if sens else B)(P, rng, i)
            endpoint, style, body = place(text, rng, i, kind, tag)
            hay = searchable(body)
            ents = sorted({lab for v, lab in P.values if v in hay})
            if sens:
                assert ents, (kind, text)
            else:
                assert not P.values, (kind, text)
            recs.append({'category': kind if sens else kind + '_benign', 'sensitive': bool(ents), 'entities': ents,
                         'endpoint': endpoint, 'lang': tag, 'style': f'{kind} · {style}', 'body': body})
            i += 1
    rng.shuffle(recs)
    for n, r in enumerate(recs, 1):
        r = {'id': f'drumlin-pii-{n:04d}', **r}
        assert r['sensitive'] == bool(r['entities'])
        recs[n - 1] = r
    return recs


# ---------------------------------------------------------------- complexity
EASY_SHORT = [
    ('en', 'Give me three words that rhyme with "lantern-light".'),
    ('en', 'Translate "once upon a time" into Finnish.'),
    ('de-DE', 'Wie viele Silben hat die zweite Zeile eines Haikus?'),
    ('fr-FR', 'Donne-moi un synonyme de « mystérieux ».'),
    ('es-ES', '¿Quién escribió Don Quijote?'),
    ('it-IT', 'Traduci "c\'era una volta" in inglese.'),
    ('pl-PL', 'Podaj trzy imiona dla smoka w bajce.'),
    ('ja-JP', '「昔々あるところに」を英語に訳してください。'),
    ('zh-CN', '请给我的童话故事起一个标题，主角是一只猫。'),
    ('ko-KR', '"옛날 옛적에"를 영어로 번역해 주세요.'),
    ('ru-RU', 'Как по-английски «Жили-были»?'),
    ('pt-BR', 'Qual é o plural de "personagem"?'),
    ('nl-NL', 'Noem drie sprookjes van de gebroeders Grimm.'),
    ('tr-TR', '"Bir varmış bir yokmuş" ne demek?'),
    ('sv-SE', 'Ge mig ett namn på en hobbit-liknande figur.'),
    ('hi-IN', '"एक समय की बात है" का अंग्रेज़ी अनुवाद क्या है?'),
    ('ar-EG', 'ما معنى "كان يا ما كان" بالإنجليزية؟'),
    ('he-IL', 'תרגם "היה היה פעם" לאנגלית.'),
    ('el-GR', 'Μετάφρασε «Μια φορά κι έναν καιρό» στα αγγλικά.'),
    ('en', 'Capitalise this title: the dragon who hated tuesdays'),
    ('en', 'What is a limerick\'s rhyme scheme?'),
    ('en', 'Convert 3 hours 20 minutes of audiobook into minutes.'),
    ('th-TH', 'แปล "กาลครั้งหนึ่งนานมาแล้ว" เป็นภาษาอังกฤษ'),
    ('uk-UA', 'Скільки рядків у сонеті?'),
    ('cs-CZ', 'Kdo napsal Krakatit?'),
    ('ro-RO', 'Cum se spune „a fost odată" în engleză?'),
    ('da-DK', 'Hvem skrev Den grimme ælling?'),
    ('fi-FI', 'Mikä on Kalevalan runomitta nimeltään?'),
    ('en', 'Fix the typo: "The knigth rode into the nigth."'),
    ('en', 'List the four Hogwarts houses.'),
    ('en', 'How many players are in a typical D&D party? Just a number range.'),
    ('es-ES', 'Pasa a mayúsculas: érase una vez un gato'),
    ('en', 'What does INT. mean in a screenplay slug line?'),
    ('de-DE', 'Übersetze "Es war einmal" ins Spanische.'),
    ('en', 'Give me a pirate name for a parrot.'),
    ('ja-JP', '俳句は何音ですか？'),
    ('en', 'Alphabetise: Gandalf, Bilbo, Aragorn, Frodo'),
    ('fr-FR', 'Qui est l\'auteur des Misérables ?'),
    ('en', 'What is 12 d6 average damage? (3.5 per die)'),
    ('nb-NO', 'Oversett "Det var en gang" til engelsk.'),
    ('en', 'Write "the end" in French.'),
    ('it-IT', 'Chi ha scritto Pinocchio?'),
    ('en', 'Make this sentence past tense: The wizard opens the door.'),
    ('zh-CN', '把"干杯"翻译成英文。'),
    ('en', 'Name a famous fictional detective.'),
    ('ko-KR', '짧은 동화 제목 세 개만 추천해 줘.'),
    ('en', 'Count the words: "It was a dark and stormy night."'),
]
HARD_SHORT = [
    ('en', 'My murder mystery: the butler was seen at 9:10 in the library, the clock was 15 minutes fast, the '
           'maid heard a shot "just after nine" by the kitchen clock which was 5 minutes slow. Who could have fired '
           'when? Reason through every timeline and find the contradiction.'),
    ('en', 'Design a branching narrative with 4 endings where each ending needs a different pair of 3 binary '
           'choices and no ending is reachable by two paths. Prove it or show it is impossible.'),
    ('en', 'In my RPG a hit needs d20+5 >= AC 15; with advantage, what is the exact hit chance? Then compare to '
           'a +2 bonus without advantage and explain the trade-off.'),
    ('de-DE', 'Entwirf ein Magiesystem für meinen Roman mit klaren Kosten, das keine Plotlöcher erzeugt: '
              'welche Regeln verhindern, dass der Held jeden Konflikt sofort löst? Begründe die Abwägungen.'),
    ('fr-FR', 'Dans mon roman, un personnage voyage dans le temps et rencontre son grand-père. Construis un '
              'modèle de causalité cohérent (boucle fermée) et montre pourquoi il évite le paradoxe.'),
    ('en', 'Knights always tell the truth and knaves lie. Three characters in my story: A says "B is a knave", '
           'B says "A and C are the same type". What is C? Prove it.'),
    ('es-ES', 'Mi juego de mesa tiene una economía con 3 recursos. Diseña precios para que ninguna estrategia '
              'domine y justifica el equilibrio.'),
    ('en', 'My Twine story loops forever when the player visits the cellar twice; the variable $key is set in '
           'passage A and unset in B. What are the possible root causes and how do I confirm each?'),
    ('ja-JP', '推理小説のアリバイトリックを設計してください。時刻表の矛盾がないことを段階的に検証して。'),
    ('en', 'Plan a 12-session campaign arc where three factions\' goals conflict; show how each player '
           'choice in session 4 changes the finale, and argue which structure minimises GM prep.'),
    ('pl-PL', 'Zaprojektuj fabułę, w której narrator jest niewiarygodny, ale czytelnik może to udowodnić z '
              'trzech wskazówek. Wyjaśnij logikę.'),
    ('en', 'Prove that in a tournament of 7 dragons where every pair fights once, some dragon beats at least 3 '
           'others.'),
    ('zh-CN', '为我的科幻小说设计一个超光速通信规则，要求不违反因果律，并逐步论证。'),
    ('en', 'My dialogue tree has 40 nodes; some are unreachable. Give an algorithm to find dead nodes and '
           'cycles, with complexity, and explain how to handle conditional edges.'),
    ('ru-RU', 'Придумай систему прокачки для RPG, где нет «мертвых» билдов. Обоснуй баланс и компромиссы.'),
    ('en', 'Which structure suits a 90k-word heist novel better — linear with flashbacks or braided POVs? '
           'Argue both with pacing trade-offs and decide.'),
    ('pt-BR', 'Num jogo de RPG, o dano é 2d6+3 contra resistência 50%. Calcule a distribuição e compare com '
              '1d12+4 sem resistência; qual é melhor e por quê?'),
    ('en', 'A poem with 14 lines must use each of 7 rhyme sounds exactly twice and no rhyming lines adjacent. '
           'Is that possible? Construct or disprove.'),
    ('it-IT', 'Progetta una trama gialla con quattro sospettati in cui ogni indizio esclude esattamente uno; '
              'dimostra che la soluzione è unica.'),
    ('en', 'My interactive-fiction parser mis-reads "put the key in the box on the table". Explain the '
           'attachment ambiguity and design a resolution strategy.'),
    ('ko-KR', '시간 여행 소설의 타임라인이 일관되도록 규칙을 설계하고 모순이 없음을 단계별로 증명해 줘.'),
    ('en', 'Expected number of rolls of a d6 until every face appears, for a game mechanic. Derive it.'),
    ('tr-TR', 'Masa oyunumda kart destesi 52 kart; 5 kartlık elde en az bir çift olma olasılığını adım adım '
              'hesapla.'),
    ('en', 'Design save-game versioning for a narrative game whose story flags change between patches; '
           'discuss migration trade-offs.'),
    ('nl-NL', 'Ontwerp een plot met drie vertellers waarvan er één liegt; bewijs dat de lezer kan achterhalen '
              'wie.'),
]
EASY_TASKS = [
    ('en', 'Fix only the punctuation in this manuscript excerpt, change nothing else.'),
    ('en', 'Summarise this chapter in three sentences.'),
    ('de-DE', 'Fasse dieses Kapitel in drei Sätzen zusammen.'),
    ('fr-FR', 'Liste tous les noms de personnages qui apparaissent, un par ligne.'),
    ('es-ES', 'Traduce el primer párrafo al español.'),
    ('en', 'Convert this screenplay into plain prose, keep the same events.'),
    ('ja-JP', 'この章を三文で要約してください。'),
    ('pt-BR', 'Conte quantas vezes aparece a palavra "lanterna".'),
    ('en', 'Put this character list into a markdown table.'),
    ('ru-RU', 'Сделай краткое содержание главы в трёх предложениях.'),
    ('it-IT', 'Correggi solo gli errori di battitura.'),
    ('zh-CN', '请用三句话概括这一章。'),
]
HARD_TASKS = [
    ('en', 'Find every continuity contradiction in this story bible (dates, ages, who knew what when), explain '
           'why each is a contradiction, and propose the minimal set of edits that fixes all of them.'),
    ('en', 'Using the game-design notes below, model the economy, find the dominant strategy, and redesign '
           'prices so no strategy dominates; justify with numbers.'),
    ('de-DE', 'Analysiere die Zeitlinie unten, finde die Widersprüche und schlage eine konsistente Reihenfolge '
              'vor; begründe jede Entscheidung.'),
    ('en', 'The dialogue engine below sometimes skips lines. Find the root cause, explain the exact sequence '
           'that triggers it and write a fix.'),
    ('fr-FR', 'À partir des notes ci-dessous, déduis qui est le coupable, en montrant que toute autre hypothèse '
              'contredit au moins un indice.'),
]
SENT = ['The rain kept falling on the harbour while the ferry waited.', 'Miro counted the lanterns twice.',
        'Nobody in the village remembered the old clockmaker\'s laugh.', 'The fox watched from the hedge.',
        'A letter arrived with no stamp and no return address.', 'The baker burned the bread again.',
        'At dawn the bells of the abbey rang eleven times instead of six.',
        'Odile hid the map under the loose floorboard.', 'The wind smelled of salt and tar.']
BIBLE = ['Ch{n}: Odile is {a} years old in spring {y}.', 'Ch{n}: Miro learns the secret of the abbey on day {d}.',
         'Ch{n}: the ferry stops running in winter {y}.', 'Ch{n}: Odile tells Miro about the map on day {d}.',
         'Ch{n}: the clockmaker dies in autumn {y}; Odile is {a}.', 'Ch{n}: Miro has never seen the map.']
ENGINE = '''def next_line(state, script):
    i = state["pos"]
    while i < len(script):
        line = script[i]
        if line.get("cond") and not state["flags"].get(line["cond"]):
            i += 1
            continue
        state["pos"] = i + 1
        if line.get("goto"):
            state["pos"] = script_index(script, line["goto"]) + 1
        return line["text"]
    return None
'''


DOCKIND = ['bible', 'economy', 'bible', 'engine', 'clues']
RES = ['timber', 'salt', 'iron', 'wool', 'amber']
WIT = ['the ferryman', 'the baker', 'the abbess', 'the clockmaker\'s apprentice', 'the innkeeper', 'the goose girl']


def cx_long(rng, hard, i):
    parts = []
    kind = DOCKIND[i % len(DOCKIND)] if hard else 'prose'
    if kind == 'economy':
        for n in range(rng.randint(30, 42)):
            a, b = rng.sample(RES, 2)
            parts.append(f'Rule {n + 1}: a {rng.choice(["mill", "mine", "pasture", "kiln", "dock"])} costs '
                         f'{rng.randint(2, 9)} {a} and yields {rng.randint(1, 4)} {b} per turn; the market trades '
                         f'{rng.randint(2, 5)} {a} for 1 {b}.')
    elif kind == 'clues':
        for n in range(rng.randint(30, 40)):
            w1, w2 = rng.sample(WIT, 2)
            parts.append(f'Note {n + 1}: {w1} says {w2} was at the {rng.choice(["quay", "abbey", "bakery", "mill"])} '
                         f'at {rng.randint(20, 23)}:{rng.choice(["05", "15", "30", "45"])}'
                         f'{rng.choice(["", "; the church clock was slow that night", "; it was raining", ""])}.')
    elif kind == 'engine':
        parts.append(ENGINE)
        for n in range(rng.randint(40, 55)):
            parts.append(f'{{"id": "n{n}", "text": "{rng.choice(SENT)}"' +
                         (f', "cond": "f{rng.randint(1, 5)}"' if n % 4 == 0 else '') +
                         (f', "goto": "n{rng.randint(0, 50)}"' if n % 7 == 3 else '') + '}')
    elif kind == 'bible':
        for n in range(rng.randint(30, 45)):
            parts.append(rng.choice(BIBLE).format(n=n + 1, a=rng.randint(9, 40), y=rng.randint(1890, 1910),
                                                  d=rng.randint(1, 60)))
    else:
        while sum(map(len, parts)) < 1700:
            parts.append(' '.join(rng.choice(SENT) for _ in range(rng.randint(3, 6))))
    return '\n'.join(parts)


def build_cx(seed):
    rng = random.Random(seed + 1)
    recs = []
    plan = [('short_simple', 47), ('long_easy', 50), ('short_hard', 50), ('long_hard', 43)]
    i = 0
    for cat, n in plan:
        for j in range(n):
            if cat == 'short_simple':
                lang, text = EASY_SHORT[j % len(EASY_SHORT)]
            elif cat == 'short_hard':
                lang, text = HARD_SHORT[j % len(HARD_SHORT)]
                if j >= len(HARD_SHORT):
                    text += ' Keep the answer under 200 words but show the reasoning.'
            else:
                hard = cat == 'long_hard'
                lang, instr = (HARD_TASKS if hard else EASY_TASKS)[j % len(HARD_TASKS if hard else EASY_TASKS)]
                doc = cx_long(rng, hard, j)
                text = f'{instr}\n\n{doc}' if j % 2 else f'{doc}\n\n{instr}'
                if cat == 'long_easy':
                    assert len(text) >= 1500
            label = int(cat in ('short_hard', 'long_hard'))
            model = MODELS[i % len(MODELS)]
            if i % 10 == 9:
                endpoint, body = 'completions', {'model': model, 'prompt': text, 'max_tokens': 800}
            elif i % 3 == 0:
                endpoint, body = 'chat', {'model': model, 'messages': [
                    {'role': 'system', 'content': rng.choice(SYSTEMS)}, {'role': 'user', 'content': text}]}
            else:
                endpoint, body = 'chat', {'model': model, 'messages': [{'role': 'user', 'content': text}]}
            recs.append({'category': cat, 'label': label,
                         'length_adversarial': cat in ('long_easy', 'short_hard'), 'endpoint': endpoint,
                         'lang': lang, 'style': 'fiction/' + cat, 'body': body})
            i += 1
    rng.shuffle(recs)
    return [{'id': f'drumlin-cx-{n:04d}', **r} for n, r in enumerate(recs, 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii, cx = build_pii(a.seed), build_cx(a.seed)
    for name, recs in (('pii_drumlin.jsonl', pii), ('complexity_drumlin.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    c = collections.Counter(r['category'] for r in pii)
    print('pii:', len(pii), 'sensitive', sum(r['sensitive'] for r in pii), 'benign',
          sum(not r['sensitive'] for r in pii), 'endpoints', dict(collections.Counter(r['endpoint'] for r in pii)),
          'langs', len({r['lang'] for r in pii}))
    for k in sorted(c):
        print(f'  {k}: {c[k]}')
    e = collections.Counter(x for r in pii for x in r['entities'])
    print('entities:', dict(sorted(e.items())))
    print('styles:', dict(collections.Counter(r['style'].split(' · ')[1] for r in pii)))
    cc = collections.Counter(r['category'] for r in cx)
    print('complexity:', len(cx), dict(cc), 'length_adversarial', sum(r['length_adversarial'] for r in cx),
          'label1', sum(r['label'] for r in cx), 'langs', len({r['lang'] for r in cx}))


if __name__ == '__main__':
    main()
