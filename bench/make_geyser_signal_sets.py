#!/usr/bin/env python3
"""Geyser: an independent evaluation split for the request signals, organised by ONLINE IDENTITY AND PLATFORM ARTEFACTS.

Writes bench/data/signals/pii_geyser.jsonl and bench/data/signals/complexity_geyser.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages or history; the record format came from the first 70 lines of the delta
    generator and the first two lines of each delta file. The other generators were not read: their sources
    are only scanned automatically at run time for capitalised / non-ASCII words and non-ASCII bigrams, and
    every name, company and street pool of this file is cut to entries that avoid that set (order kept; the
    run aborts if a pool runs empty). The scanned words are never printed.

Organising principle
    How people appear in digital systems: the ARTEFACT a personal datum travels in. Ten kinds --
    ``handle`` (@handles and usernames built from real names, chat/Discord/Slack exports, forum profiles),
    ``profile_url`` (linkedin.com/in/..., calendly, paypal.me, venmo, mailto:, ?email= query strings),
    ``commit_trailer`` (Signed-off-by / Co-authored-by / Reviewed-by in git output and patches),
    ``access_log`` (nginx/apache/ALB logs with a user's public IP and e-mail in the query or auth field),
    ``webhook`` (payment / shop / form webhook payloads), ``crm_export`` (CRM, helpdesk, Jira, Slack member
    CSV/JSON exports), ``jwt_claims`` (decoded OIDC / OAuth claims), ``vcard`` (contact cards), ``ical``
    (invites with ATTENDEE;CN=...:mailto:...), ``tel_link`` (tel:, sms:, wa.me, viber links in HTML /
    markdown). Sensitive records (category ``<kind>``) identify a private person; the benign ones
    (``<kind>_benign``) are the same artefacts for organisations, bots, service accounts, role mailboxes,
    documentation / reserved values (example.com, .test, 192.0.2.x, 198.51.100.x, 203.0.113.x, 2001:db8::,
    555-01xx), private RFC 1918 addresses, public figures' and institutions' official accounts, template
    placeholders ({{user.email}}, %EMAIL%), and hashed or anonymised identifiers.
    The data subject's locale rotates over 27 locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari,
    Thai, Han, Kana, Hangul scripts); names appear in native script in display fields and romanised in
    handles / addresses. The artefact is placed in a request field chosen by rotation: user / system /
    assistant / tool messages, tool-call arguments, text and file content parts (base64), image_url query
    strings, ``tools`` and ``response_format`` schemas, ``user``, ``metadata``; ~10% use legacy completions.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching
    the serialised body (base64 file parts decoded, URLs unquoted) for every value the record issued. A
    name counts as ``person`` only where it is spelled out (display name, CN=, FN:, "name" claim, trailer
    name); a handle or e-mail local part built from a name is not by itself labelled ``person`` (the e-mail
    is ``email``). Types used: person, email, phone, IP_ADDRESS (public, global, tied to the user),
    DATE_OF_BIRTH (vCard BDAY, OIDC birthdate), STREET_ADDRESS (vCard ADR, OIDC address of the user).
    ``sensitive`` is true exactly when ``entities`` is non-empty (asserted).

Contents (seed 20261205)
    pii_geyser.jsonl: 500 requests (449 chat, 51 completions) in 28 language tags;
    10 kinds x 50 (29 sensitive + 21 benign each: 290 sensitive / 210 benign); the benign ones span 33
    kinds of hard negative. Entity totals: DATE_OF_BIRTH 17, IP_ADDRESS 79, STREET_ADDRESS 14, email 234, person 245, phone 108.
    complexity_geyser.jsonl: 192 chat requests in 25 language tags: long_easy 52, long_hard 43, short_hard 50, short_simple 47;
    102 length-adversarial (long_easy >= 1,500 chars), 93 labelled 1. The run prints all counts.

Validation
    Every phone number is validated with ``phonenumbers`` for its region (US numbers also kept out of
    555-01xx); every sensitive IP is checked with ``ipaddress`` to be global and outside the documentation
    ranges, every benign IP to be documentation / private. No government identifiers are issued (the artefacts
    carry names, e-mails, phones, IPs, birth dates and home streets), so python-stdnum is not needed. Every benign
    record is checked to contain no pool name. The run aborts on any invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs phonenumbers from the project venv)
    python bench/make_geyser_signal_sets.py [--seed 20261205] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import hashlib
import ipaddress
import json
import pathlib
import random
import re
import unicodedata
import urllib.parse

import phonenumbers

HERE = pathlib.Path(__file__).resolve().parent

FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote')


def cjk(c: str) -> bool:
    o = ord(c)
    return 0x3040 <= o <= 0x30ff or 0x3400 <= o <= 0x9fff or 0xac00 <= o <= 0xd7af or 0xf900 <= o <= 0xfaff


def other_words():
    """Capitalised / non-ASCII words and non-ASCII (Han / Kana / Hangul) character bigrams of the other generators.

    Never printed. Bigrams are taken only in scripts written without spaces between words, where a name is
    not a separate token."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_text(encoding='utf-8', errors='replace')
        for w in re.findall(r'\b[A-Z][A-Za-z]+\b', text):
            words.add(w.lower())
        for w in re.findall(r'[^\x00-\x7f\s\W]+|[^\x00-\x7f]\w*', text):
            words.add(w.lower())
            for i in range(len(w) - 1):
                if cjk(w[i]) and cjk(w[i + 1]):
                    bigrams.add(w[i:i + 2])
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()


def clean(entry: str) -> bool:
    for w in re.findall(r'\w+', entry):
        if w.lower() in OTHER_WORDS:
            return False
        if any(cjk(c) for c in w):
            for i in range(len(w) - 1):
                if w[i:i + 2] in OTHER_BIGRAMS:
                    return False
    return True


def cut(pool, key=lambda e: e, name='pool'):
    out = [e for e in pool if clean(key(e))]
    if not out:
        raise SystemExit(f'pool {name} ran empty after the freeze cut')
    return out


def fold(s: str) -> str:
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('ı', 'i')


# locale: (lang tag, phone region, [(native first, roman)], [(native last, roman)], mail domains, streets or None,
#          city, postcode pattern)
L = lambda *xs: [(x, fold(x)) for x in xs]  # noqa: E731
LOCALES = [
    ('en-US', 'US', L('Brantley', 'Odessa', 'Wrenley', 'Thaddeus', 'Marlowe', 'Keaton', 'Rosalind', 'Deshawn', 'Tamsin', 'Corwin'),
     L('Pettigrew', 'Ackerly', 'Vanderpool', 'Hollowell', 'Strickman', 'Okafor-Reyes', 'Brightwater', 'Kimbrough', 'Lusk', 'Tolliver'),
     ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'],
     ['Juniper Hollow Rd', 'Tamarack Ln', 'Pinecrest Ct', 'Old Quarrytown Rd', 'Saddlebrook Dr', 'Wexford Way'], 'Duluth, MN', '558{:02d}'),
    ('en-GB', 'GB', L('Ottilie', 'Rhodri', 'Imogen', 'Fergus', 'Saoirse', 'Barnaby', 'Elspeth', 'Torin', 'Clemency', 'Lachlan'),
     L('Pennington', 'Blackwood', 'Featherstone', 'Ravensworth', 'Cholmondley', 'Ashdown', 'Trelawney', 'Mabbutt', 'Quayle', 'Hebblethwaite'),
     ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'outlook.com'],
     ['Gorsebrook Close', 'Fenwick Terrace', 'Larkspur Avenue', 'Coppice Road', 'Willowmere Gardens'], 'Leeds', 'LS{} 4QR'),
    ('de-DE', 'DE', L('Friedhelm', 'Ottilie', 'Jannik', 'Hannelore', 'Wiebke', 'Lennart', 'Gesine', 'Torben', 'Ilka', 'Detlev'),
     L('Brückmann', 'Auerswald', 'Pfefferkorn', 'Steinhäuser', 'Wölfle', 'Kranichfeld', 'Holzapfel', 'Niederhofer', 'Gänsler', 'Ruppertz'),
     ['web.de', 'gmx.de', 't-online.de', 'posteo.de'],
     ['Lindenstraße', 'Am Mühlbach', 'Eichendorffweg', 'Kastanienallee', 'Hagebuttenweg'], 'Kassel', '341{:02d}'),
    ('fr-FR', 'FR', L('Apolline', 'Gaspard', 'Maëlys', 'Anatole', 'Solène', 'Évariste', 'Clémence', 'Timothée', 'Ninon', 'Aurèle'),
     L('Lebrasseur', 'Fauconnier', 'Delacroix-Vannier', 'Bonnefoy', 'Marchetière', 'Courtois', 'Aubriot', 'Rochefeuille', 'Vasseur', 'Pelletan'),
     ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
     ['rue des Tilleuls', 'allée des Glycines', 'impasse du Moulin', 'chemin des Vignes', 'rue du Lavoir'], 'Angers', '490{:02d}'),
    ('es-ES', 'ES', L('Iñigo', 'Maitane', 'Rodrigo', 'Nerea', 'Bruno', 'Itziar', 'Gonzalo', 'Ainhoa', 'Leire', 'Fermín'),
     L('Arrizabalaga', 'Villaseñor', 'Quintanilla', 'Echeverría', 'Montoya', 'Barrenetxea', 'Salcedo', 'Olazábal', 'Cifuentes', 'Urrutia'),
     ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'], None, 'Bilbao', '480{:02d}'),
    ('es-MX', 'MX', L('Ximena', 'Yahir', 'Citlali', 'Uriel', 'Itzel', 'Emiliano', 'Nayeli', 'Tonatiuh', 'Xóchitl', 'Abdiel'),
     L('Tlacuilo', 'Zamudio', 'Huerta', 'Cuevas', 'Villalpando', 'Ocampo', 'Barragán', 'Ixtlahuac', 'Sepúlveda', 'Zárate'),
     ['gmail.com', 'hotmail.com', 'prodigy.net.mx', 'outlook.com'], None, 'Puebla', '720{:02d}'),
    ('pt-BR', 'BR', L('Thaís', 'Caíque', 'Iara', 'Davi', 'Luana', 'Heitor', 'Yasmin', 'Otávio', 'Jussara', 'Raoni'),
     L('Albuquerque', 'Nogueira', 'Vasconcelos', 'Bittencourt', 'Figueiredo', 'Cavalcanti', 'Magalhães', 'Drummond', 'Peixoto', 'Quaresma'),
     ['gmail.com', 'uol.com.br', 'bol.com.br', 'terra.com.br'],
     ['Rua das Acácias', 'Rua Professor Ametista', 'Travessa do Cajueiro', 'Rua Ipê-Amarelo', 'Avenida das Mangueiras'], 'Recife - PE', '5{:02d}10-220'),
    ('it-IT', 'IT', L('Ludovica', 'Tancredi', 'Ginevra', 'Ottavio', 'Benedetta', 'Lapo', 'Ilaria', 'Pierluigi', 'Noemi', 'Corrado'),
     L('Bonaventura', 'Castelnuovo', 'Sciarrino', 'Pellegrini', 'Dell’Acqua', 'Fumagalli', 'Zanardelli', 'Brambilla', 'Ruggeri', 'Trombetta'),
     ['libero.it', 'tiscali.it', 'virgilio.it', 'gmail.com'],
     ['via dei Gelsi', 'vicolo del Pozzo', 'via delle Ortensie', 'strada del Mulino', 'via Sant’Agata'], 'Bergamo', '241{:02d}'),
    ('nl-NL', 'NL', L('Fenna', 'Jelmer', 'Sietske', 'Douwe', 'Lieke', 'Hidde', 'Marit', 'Wout', 'Ilse', 'Roel'),
     L('van Wijngaarden', 'Hoekstra', 'de Vlieger', 'Brouwersma', 'Zijlstra', 'Kuipers', 'ter Horst', 'Veenstra', 'Oosterbeek', 'Lammertink'),
     ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
     ['Vlierbesstraat', 'Klaproosweg', 'Meidoornlaan', 'Zwanenhof', 'Hoornbloemstraat'], 'Zwolle', '80{:02d} KL'),
    ('sv-SE', 'SE', L('Linnea', 'Algot', 'Ebba', 'Sixten', 'Tindra', 'Måns', 'Saga', 'Ture', 'Alvina', 'Holger'),
     L('Lindqvist', 'Sjöberg', 'Hägglund', 'Åkesson', 'Björklund', 'Strandberg', 'Enqvist', 'Wästfelt', 'Ljungdahl', 'Östlund'),
     ['telia.com', 'gmail.com', 'hotmail.se', 'bredband.net'],
     ['Hagtornsvägen', 'Blåbärsstigen', 'Kvarngatan', 'Lingonvägen', 'Smedjegatan'], 'Umeå', '903 {:02d}'),
    ('pl-PL', 'PL', L('Bożena', 'Wojciech', 'Gabriela', 'Przemysław', 'Jadwiga', 'Szymon', 'Halina', 'Bartosz', 'Zofia', 'Radosław'),
     L('Wiśniewska', 'Grzybowski', 'Pietrzak', 'Chmielewska', 'Zawadzki', 'Kwiatkowska', 'Jabłoński', 'Sobczak', 'Wróblewska', 'Dudek'),
     ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
     ['ul. Jaśminowa', 'ul. Kasztanowa', 'ul. Wrzosowa', 'ul. Konwaliowa', 'ul. Malinowa'], 'Lublin', '20-{:03d}'),
    ('tr-TR', 'TR', L('Ecrin', 'Berkay', 'Dilara', 'Yiğit', 'Elif', 'Kaan', 'Zeynep', 'Oğuz', 'Ceren', 'Tuna'),
     L('Karaağaç', 'Yıldırım', 'Öztürk', 'Kocabaş', 'Çelikkol', 'Başaran', 'Ertuğrul', 'Akgündüz', 'Sarıkaya', 'Dumlupınar'),
     ['gmail.com', 'hotmail.com', 'yandex.com.tr', 'outlook.com'], None, 'Eskişehir', '260{:02d}'),
    ('ru-RU', 'RU', [('Ярослава', 'Yaroslava'), ('Всеволод', 'Vsevolod'), ('Снежана', 'Snezhana'), ('Тимофей', 'Timofey'), ('Аглая', 'Aglaya'), ('Святослав', 'Svyatoslav'), ('Милена', 'Milena'), ('Елисей', 'Yelisey')],
     [('Жеребцова', 'Zherebtsova'), ('Колокольцев', 'Kolokoltsev'), ('Перепёлкина', 'Perepyolkina'), ('Черемисинов', 'Cheremisinov'), ('Ласточкина', 'Lastochkina'), ('Загоскин', 'Zagoskin'), ('Шумилова', 'Shumilova'), ('Будрин', 'Budrin')],
     ['yandex.ru', 'mail.ru', 'rambler.ru', 'bk.ru'], None, 'Казань', '4200{:02d}'),
    ('uk-UA', 'UA', [('Ярина', 'Yaryna'), ('Остап', 'Ostap'), ('Соломія', 'Solomiia'), ('Богдан', 'Bohdan'), ('Зоряна', 'Zoriana'), ('Тарас', 'Taras'), ('Мирослава', 'Myroslava'), ('Назар', 'Nazar')],
     [('Гуцуляк', 'Hutsuliak'), ('Костенко', 'Kostenko'), ('Лисенко', 'Lysenko'), ('Бондарчук', 'Bondarchuk'), ('Яремчук', 'Yaremchuk'), ('Ткачишин', 'Tkachyshyn'), ('Панасюк', 'Panasiuk'), ('Дячук', 'Diachuk')],
     ['ukr.net', 'gmail.com', 'i.ua', 'meta.ua'], None, 'Львів', '790{:02d}'),
    ('el-GR', 'GR', [('Ευτέρπη', 'Efterpi'), ('Στυλιανός', 'Stylianos'), ('Φωτεινή', 'Foteini'), ('Χαράλαμπος', 'Charalampos'), ('Δέσποινα', 'Despoina'), ('Παναγιώτης', 'Panagiotis'), ('Ουρανία', 'Ourania'), ('Θεμιστοκλής', 'Themistoklis')],
     [('Καραμανλή', 'Karamanli'), ('Σταυρόπουλος', 'Stavropoulos'), ('Μπακοπούλου', 'Bakopoulou'), ('Χατζηδάκης', 'Chatzidakis'), ('Λιάπη', 'Liapi'), ('Τσιρίγος', 'Tsirigos'), ('Ζερβού', 'Zervou'), ('Κουτσομύτης', 'Koutsomytis')],
     ['otenet.gr', 'gmail.com', 'yahoo.gr', 'hol.gr'], None, 'Πάτρα', '262{:02d}'),
    ('ar-EG', 'EG', [('يارا', 'Yara'), ('مازن', 'Mazen'), ('رحاب', 'Rehab'), ('شريف', 'Sherif'), ('نهى', 'Noha'), ('طارق', 'Tarek'), ('هبة', 'Heba'), ('وليد', 'Walid')],
     [('الشناوي', 'Elshenawy'), ('عبد الحميد', 'Abdelhamid'), ('الدمرداش', 'Eldemerdash'), ('فوده', 'Fouda'), ('الجندي', 'Elgendy'), ('سليمان', 'Soliman'), ('البنا', 'Elbanna'), ('زغلول', 'Zaghloul')],
     ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'], None, 'الإسكندرية', '21{:03d}'),
    ('he-IL', 'IL', [('נועה', 'Noa'), ('עידו', 'Ido'), ('שקד', 'Shaked'), ('איתמר', 'Itamar'), ('הדס', 'Hadas'), ('יואב', 'Yoav'), ('טליה', 'Talya'), ('אלרואי', 'Elroi')],
     [('בן־עמי', 'Ben-Ami'), ('שטרנברג', 'Sternberg'), ('אלמוג', 'Almog'), ('פרידמן', 'Friedmann'), ('חזן', 'Hazan'), ('גולדפרב', 'Goldfarb'), ('צדוק', 'Tzadok'), ('ברקוביץ', 'Berkovitz')],
     ['walla.co.il', 'gmail.com', '013net.net', 'netvision.net.il'], None, 'חיפה', '3{:02d}0000'),
    ('hi-IN', 'IN', [('अनुष्का', 'Anushka'), ('विहान', 'Vihaan'), ('तनिष्का', 'Tanishka'), ('अर्णव', 'Arnav'), ('मृणाल', 'Mrinal'), ('ऋत्विक', 'Ritvik'), ('शुभांगी', 'Shubhangi'), ('देवांश', 'Devansh')],
     [('कुलकर्णी', 'Kulkarni'), ('भट्टाचार्य', 'Bhattacharya'), ('देशपांडे', 'Deshpande'), ('त्रिपाठी', 'Tripathi'), ('चतुर्वेदी', 'Chaturvedi'), ('गोखले', 'Gokhale'), ('सक्सेना', 'Saxena'), ('बघेल', 'Baghel')],
     ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'], None, 'पुणे', '4110{:02d}'),
    ('ja-JP', 'JP', [('陽菜', 'Hina'), ('蒼空', 'Sora'), ('結衣', 'Yui'), ('湊', 'Minato'), ('紬', 'Tsumugi'), ('悠真', 'Yuma'), ('澪', 'Mio'), ('暖人', 'Haruto')],
     [('久保寺', 'Kubodera'), ('桐ヶ谷', 'Kirigaya'), ('宍戸', 'Shishido'), ('鳴海', 'Narumi'), ('東雲', 'Shinonome'), ('御手洗', 'Mitarai'), ('百瀬', 'Momose'), ('葛城', 'Katsuragi')],
     ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com', 'ezweb.ne.jp'], None, '札幌市', '060-0{:03d}'),
    ('ko-KR', 'KR', [('서연', 'Seoyeon'), ('도윤', 'Doyun'), ('하은', 'Haeun'), ('시우', 'Siu'), ('지안', 'Jian'), ('은호', 'Eunho'), ('채원', 'Chaewon'), ('건우', 'Geonwoo')],
     [('남궁', 'Namgung'), ('황보', 'Hwangbo'), ('제갈', 'Jegal'), ('선우', 'Seonwoo'), ('독고', 'Dokgo'), ('탁', 'Tak'), ('봉', 'Bong'), ('표', 'Pyo')],
     ['naver.com', 'daum.net', 'kakao.com', 'gmail.com'], None, '대전', '34{:03d}'),
    ('zh-CN', 'CN', [('梓涵', 'Zihan'), ('浩宇', 'Haoyu'), ('若曦', 'Ruoxi'), ('子墨', 'Zimo'), ('语桐', 'Yutong'), ('铭轩', 'Mingxuan'), ('欣怡', 'Xinyi'), ('博文', 'Bowen')],
     [('欧阳', 'Ouyang'), ('司马', 'Sima'), ('诸葛', 'Zhuge'), ('慕容', 'Murong'), ('上官', 'Shangguan'), ('尉迟', 'Yuchi'), ('东方', 'Dongfang'), ('皇甫', 'Huangfu')],
     ['qq.com', '163.com', '126.com', 'sina.com'], None, '成都市', '6100{:02d}'),
    ('th-TH', 'TH', [('ธนพร', 'Thanaporn'), ('ภูมิพัฒน์', 'Phumiphat'), ('กมลชนก', 'Kamonchanok'), ('ณัฐวุฒิ', 'Nattawut'), ('พิมพ์ลดา', 'Pimlada'), ('ศุภกร', 'Suppakorn'), ('ปวีณา', 'Paweena'), ('วรเมธ', 'Woramet')],
     [('ศรีสวัสดิ์', 'Srisawat'), ('วงศ์ไพบูลย์', 'Wongpaiboon'), ('ทองประเสริฐ', 'Thongprasert'), ('แก้วมณี', 'Kaewmanee'), ('บุญเรือง', 'Boonruang'), ('จันทร์หอม', 'Chanhom'), ('พรหมมา', 'Phromma'), ('สุขเกษม', 'Sukkasem')],
     ['hotmail.com', 'gmail.com', 'yahoo.co.th', 'outlook.co.th'], None, 'เชียงใหม่', '502{:02d}'),
    ('vi-VN', 'VN', L('Khánh Linh', 'Minh Khôi', 'Bảo Ngọc', 'Gia Huy', 'Thảo Vy', 'Đức Anh', 'Quỳnh Chi', 'Trung Kiên'),
     L('Phạm', 'Đặng', 'Huỳnh', 'Võ', 'Lương', 'Trịnh', 'Tạ', 'Quách'),
     ['gmail.com', 'yahoo.com.vn', 'vnn.vn', 'outlook.com'], None, 'Đà Nẵng', '550{:03d}'),
    ('id-ID', 'ID', L('Wulan', 'Bagas', 'Ayu', 'Fajar', 'Sekar', 'Gilang', 'Ratih', 'Danendra'),
     L('Wibisono', 'Nugraha', 'Setiawati', 'Prasetyo', 'Kusumawardani', 'Hidayat', 'Sulistyo', 'Purnamasari'),
     ['gmail.com', 'yahoo.co.id', 'ymail.com', 'outlook.co.id'], None, 'Yogyakarta', '552{:02d}'),
    ('fi-FI', 'FI', L('Aino', 'Eetu', 'Venla', 'Onni', 'Iida', 'Lauri', 'Vilja', 'Jalmari'),
     L('Mäkelä', 'Heikkilä', 'Kärkkäinen', 'Rautiainen', 'Väisänen', 'Nieminen', 'Leppänen', 'Hyvönen'),
     ['elisa.fi', 'gmail.com', 'kolumbus.fi', 'luukku.com'],
     ['Kuusikuja', 'Pihlajatie', 'Myllärintie', 'Koivurinne'], 'Tampere', '33{:03d}'),
    ('cs-CZ', 'CZ', L('Vendula', 'Vojtěch', 'Radka', 'Ondřej', 'Bohdana', 'Matyáš', 'Kristýna', 'Čestmír'),
     L('Procházková', 'Dvořák', 'Kučerová', 'Šťastný', 'Vondráček', 'Hrubá', 'Řezníček', 'Zelinková'),
     ['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com'],
     ['Lipová', 'Jasmínová', 'Na Výsluní', 'Třešňová', 'U Potoka'], 'Olomouc', '779 {:02d}'),
    ('sw-KE', 'KE', L('Wanjiru', 'Otieno', 'Akinyi', 'Kipchoge', 'Nyokabi', 'Barasa', 'Chebet', 'Mutua'),
     L('Kamau', 'Ochieng', 'Wafula', 'Njoroge', 'Achieng', 'Kiprotich', 'Mwangi', 'Odhiambo'),
     ['gmail.com', 'yahoo.com', 'outlook.com', 'safaricom.co.ke'], None, 'Nakuru', '201{:02d}'),
]

# Extra candidates (rarer names): the freeze cut removes many common ones, so every pool gets a longer tail.
X = {
    'en-US': (L('Ozias', 'Philippa', 'Lorcan', 'Jessamyn', 'Ezekiel', 'Marisol', 'Dashiell', 'Briony', 'Anselm', 'Clementine', 'Hollis', 'Sunniva',
                'Leontyne', 'Calloway', 'Maribeth', 'Thornton', 'Delphine', 'Ignatius', 'Winifred', 'Rutherford'),
              L('Wetherbee', 'Pruitt', 'Haverkamp', 'Stubblefield', 'Drinkwater', 'Kowalczyk-Dunn', 'Merriweather', 'Tillotson', 'Blankenship', 'Quackenbush',
                'Oyelaran', 'Fairweather', 'Pendergrass', 'Huckabay', 'Vanlandingham'),
              ['Sassafras Hollow Rd', 'Bittersweet Ln', 'Whippoorwill Ct', 'Chokecherry Dr', 'Foxglove Run', 'Mockingbird Bend',
               'Persimmon Knoll', 'Catawba Trace', 'Sweetgum Ridge', 'Pawpaw Cove', 'Buttonbush Pike', 'Sumac Trace']),
    'en-GB': (L('Peregrine', 'Hermione', 'Crispin', 'Araminta', 'Jago', 'Perpetua', 'Tarquin', 'Honor', 'Ptolemy', 'Euphemia', 'Lowenna', 'Kit'),
              L('Fothergill', 'Ramsbottom', 'Postlethwaite', 'Higginbottom', 'Attenborough-Lyle', 'Entwistle', 'Sidebottom', 'Cruickshank', 'Fanshawe', 'Throssell'),
              ['Sloe Bush Close', 'Cowslip Meadow', 'Bramblewick Lane', 'Hawthorn Rise', 'Teasel Grove', 'Yarrow Mews']),
    'de-DE': (L('Hartmut', 'Adelheid', 'Gerlinde', 'Wolfram', 'Irmgard', 'Eckhard', 'Roswitha', 'Volkmar', 'Liselotte', 'Gottfried', 'Swantje', 'Hinnerk'), [],
              ['Holunderweg', 'Schlehenstraße', 'Brombeerhang', 'Wacholderweg', 'Am Bienenstock']),
    'fr-FR': ([], [], ['rue des Coquelicots', 'allée des Sureaux', 'impasse des Aubépines', 'chemin de la Garenne', 'rue du Pressoir']),
    'es-ES': (L('Amaia', 'Xabier', 'Begoña', 'Eneko', 'Nekane', 'Txomin', 'Arantxa', 'Unai', 'Garazi', 'Iker'), L('Goikoetxea', 'Zubizarreta', 'Etxeberria'), None),
    'es-MX': (L('Tlanextli', 'Yatzil', 'Cuauhtli', 'Marisela', 'Eréndira', 'Axayácatl', 'Yareli', 'Nezahual'), L('Tepoxteco', 'Cuautle', 'Nava-Ocotl', 'Xicoténcatl'), None),
    'pt-BR': (L('Ubiratã', 'Iracema', 'Jaciara', 'Anauê', 'Potira', 'Moacir', 'Araci', 'Ubirajara'), L('Sampaio', 'Bragança', 'Amaral'),
              ['Rua dos Jatobás', 'Travessa das Jabuticabeiras', 'Rua do Umbuzeiro', 'Rua das Sibipirunas', 'Alameda dos Cambucis']),
    'it-IT': (L('Gualtiero', 'Ermenegilda', 'Fulvio', 'Assunta', 'Oreste', 'Ippolita', 'Tullio', 'Liliana', 'Ezio', 'Gianmarco', 'Crocifissa', 'Rosalba'),
              L('Squarcialupi', 'Pignatelli', 'Guicciardi', 'Tamburrino'),
              ['via dei Corbezzoli', 'vicolo dei Gelsomini', 'via del Carrubo', 'via dei Mirtilli', 'strada delle Nocciole']),
    'nl-NL': (L('Tjitske', 'Jouke', 'Anouk', 'Sjoerd', 'Griet', 'Gerbrand', 'Marijke', 'Tjeerd', 'Aaltje', 'Wiebren'), L('Dijkhuizen', 'Postma', 'Bakhuizen', 'Wesselink'),
              ['Dotterbloemstraat', 'Sleedoornlaan', 'Boterbloemweg', 'Kievitsbloem']),
    'sv-SE': (L('Ingegerd', 'Gösta', 'Solveig', 'Evert', 'Gunnel', 'Halvar', 'Ylva', 'Torsten'), [], ['Tallbarrsvägen', 'Odonvägen', 'Hjortronstigen']),
    'pl-PL': (L('Wiesława', 'Zbigniew', 'Bronisława', 'Mieczysław', 'Genowefa', 'Czesław', 'Kunegunda', 'Bolesław'), L('Szczepańska', 'Brzęczyszczykiewicz', 'Gąsiorowski', 'Przybylska'),
              ['ul. Porzeczkowa', 'ul. Agrestowa', 'ul. Tatarakowa', 'ul. Berberysowa']),
    'tr-TR': (L('Nilüfer', 'Tolga', 'Şebnem', 'Alpaslan', 'Gülizar', 'Bülent', 'Pınar', 'Cengiz'), [], None),
    'ru-RU': ([('Евдокия', 'Yevdokiya'), ('Ермолай', 'Yermolay'), ('Прасковья', 'Praskovya'), ('Мстислав', 'Mstislav'), ('Феврония', 'Fevroniya'), ('Добрыня', 'Dobrynya'),
               ('Василиса', 'Vasilisa'), ('Радомир', 'Radomir'), ('Олимпиада', 'Olimpiada'), ('Аристарх', 'Aristarkh')],
              [('Пискарёва', 'Piskaryova'), ('Толоконников', 'Tolokonnikov'), ('Скоробогатова', 'Skorobogatova')], None),
    'uk-UA': ([('Оксана', 'Oksana'), ('Северин', 'Severyn'), ('Христина', 'Khrystyna'), ('Любомир', 'Liubomyr'), ('Устина', 'Ustyna'), ('Ярема', 'Yarema'),
               ('Орися', 'Orysia'), ('Зеновій', 'Zenovii')],
              [('Гнатюк', 'Hnatiuk'), ('Стасюк', 'Stasiuk'), ('Федорчак', 'Fedorchak'), ('Кривошеєнко', 'Kryvosheienko'), ('Ничипорук', 'Nychyporuk')], None),
    'el-GR': ([('Καλλιόπη', 'Kalliopi'), ('Ορέστης', 'Orestis'), ('Πηνελόπη', 'Pinelopi'), ('Λεωνίδας', 'Leonidas'), ('Χρυσάνθη', 'Chrysanthi'), ('Αριστείδης', 'Aristeidis'),
               ('Ξανθίππη', 'Xanthippi'), ('Σπυρίδων', 'Spyridon')], [], None),
    'ar-EG': ([('شيرين', 'Shereen'), ('حازم', 'Hazem'), ('دعاء', 'Doaa'), ('عصام', 'Essam'), ('سماح', 'Samah'), ('ممدوح', 'Mamdouh'), ('نرمين', 'Nermeen'), ('شادي', 'Shady')],
              [('الفيومي', 'Elfayoumi'), ('القليوبي', 'Elkalyoubi'), ('الطحاوي', 'Eltahawy'), ('المنياوي', 'Elminyawi')], None),
    'he-IL': ([('אביגיל', 'Avigail'), ('נתנאל', 'Netanel'), ('רעות', 'Reut'), ('אלישע', 'Elisha'), ('מעיין', 'Maayan'), ('צורי', 'Tzuri'), ('ליאורה', 'Liora'), ('גפן', 'Gefen')],
              [('רוזנצוויג', 'Rosenzweig'), ('בירנבאום', 'Birnbaum'), ('קליינמן', 'Kleinman'), ('אבוטבול', 'Abutbul'), ('שפירא־לוי', 'Shapira-Levi')], None),
    'hi-IN': ([('अवनी', 'Avani'), ('ऋषिकेश', 'Rishikesh'), ('मैत्रेयी', 'Maitreyi'), ('अभिमन्यु', 'Abhimanyu'), ('गार्गी', 'Gargi'), ('प्रणव', 'Pranav'),
               ('इरावती', 'Iravati'), ('सिद्धार्थ', 'Siddharth'), ('कादम्बरी', 'Kadambari'), ('यशवर्धन', 'Yashvardhan')],
              [('पटवर्धन', 'Patwardhan'), ('वाजपेयी', 'Vajpeyi'), ('खांडेकर', 'Khandekar'), ('दीक्षित', 'Dikshit'), ('अग्निहोत्री', 'Agnihotri'), ('मालवीय', 'Malviya')], None),
    'ja-JP': ([('千尋', 'Chihiro'), ('颯太', 'Sota'), ('琴音', 'Kotone'), ('律', 'Ritsu'), ('凛', 'Rin'), ('楓', 'Kaede'), ('伊織', 'Iori'), ('朔', 'Saku')], [], None),
    'ko-KR': ([('예린', 'Yerin'), ('준서', 'Junseo'), ('소율', 'Soyul'), ('태윤', 'Taeyun'), ('다온', 'Daon'), ('로운', 'Roun'), ('가람', 'Garam'), ('새봄', 'Saebom')],
              [('길', 'Gil'), ('변', 'Byeon'), ('어', 'Eo'), ('여', 'Yeo'), ('편', 'Pyeon'), ('엄', 'Eom')], None),
    'zh-CN': ([('沐阳', 'Muyang'), ('清妍', 'Qingyan'), ('嘉懿', 'Jiayi'), ('书瑶', 'Shuyao'), ('锦程', 'Jincheng'), ('芷若', 'Zhiruo')],
              [('仇', 'Qiu'), ('阚', 'Kan'), ('亓', 'Qi'), ('逯', 'Lu'), ('晏', 'Yan'), ('佘', 'She')], None),
    'th-TH': ([('ชญาน์ทิพ', 'Chayanthip'), ('ธีรภัทร', 'Theeraphat'), ('ปุณยวีร์', 'Punyawee'), ('กฤตเมธ', 'Krittamet'), ('ณิชาภัทร', 'Nichaphat'), ('ภาคิน', 'Phakin')],
              [('เรืองศรีโสภณ', 'Ruangsrisophon'), ('อัครพันธุ์', 'Akkaraphan'), ('ธนากิจอำนวย', 'Thanakitamnuay'), ('ลิ้มประเสริฐกุล', 'Limprasertkul')], None),
    'vi-VN': (L('Thục Đoan', 'Hoàng Phúc', 'Diễm Quỳnh', 'Nhật Nam', 'Tường Vi', 'Khải Minh'), [], None),
    'id-ID': (L('Laksmi', 'Yudhistira', 'Kinanti', 'Sadewa', 'Anjani', 'Bimasena', 'Prameswari', 'Arjuna'), L('Sastrowardoyo', 'Tjahjadi', 'Mangunkusumo', 'Soerjadi'), None),
    'fi-FI': (L('Aukusti', 'Hilja', 'Sulevi', 'Kerttu', 'Toivo', 'Ilona', 'Väinö', 'Lempi', 'Osmo', 'Tyyne'), [], ['Kanervakuja', 'Mustikkapolku']),
    'cs-CZ': (L('Bořivoj', 'Ludmila', 'Přemysl', 'Drahomíra'), [], []),
    'sw-KE': (L('Wairimu', 'Kiprono', 'Nafula', 'Ouma', 'Jepkosgei', 'Kimani', 'Wangari', 'Oduor', 'Nyambura', 'Wekesa'),
              L('Gathoni', 'Kibet', 'Nyaga', 'Omondi', 'Wanyama', 'Cheruiyot', 'Karanja', 'Onyango'), None),
}
LOCALES = [(t, r, f + X.get(t, ([], [], None))[0], l_ + X.get(t, ([], [], None))[1], d,
            (s + (X.get(t, ([], [], None))[2] or [])) if s is not None else None, c, pc) for t, r, f, l_, d, s, c, pc in LOCALES]

X2 = {
    'en-GB': (L('Wilfrid', 'Morwenna', 'Aldous', 'Ismay', 'Bedivere', 'Griselda', 'Lysander', 'Cressida', 'Evander', 'Tabitha', 'Fenella', 'Ambrose'),
              L('Hobhouse', 'Wedgwood-Platt', 'Scattergood', 'Goodbody', 'Brocklehurst', 'Tattersall', 'Winterbottom', 'Lumsden', 'Pocklington'), []),
    'es-ES': (L('Covadonga', 'Anxo', 'Uxía', 'Xurxo', 'Montserrat', 'Jordi', 'Nuria', 'Bieito', 'Rocío', 'Telmo'), L('Iturriaga', 'Larrañaga', 'Otxoa', 'Aguirrezabal', 'Mugica'), None),
    'de-DE': (L('Wendelin', 'Notburga', 'Kunibert', 'Heidrun', 'Ansgar', 'Walburga', 'Gernot', 'Edeltraud'), L('Hinterseer', 'Kottmeier', 'Plöger'), []),
    'nl-NL': (L('Hiltje', 'Rinze', 'Trijntje', 'Folkert', 'Jikke', 'Harmen', 'Froukje', 'Egbert'), L('Nijenhuis', 'Wiersma', 'Hofstede', 'Bosgra'), []),
    'ru-RU': ([('Любава', 'Lyubava'), ('Варфоломей', 'Varfolomey'), ('Агафья', 'Agafya'), ('Пантелеймон', 'Panteleymon'), ('Ефросинья', 'Yefrosinya'), ('Лукьян', 'Lukyan'),
               ('Гликерия', 'Glikeriya'), ('Никанор', 'Nikanor'), ('Пелагея', 'Pelageya'), ('Ипполит', 'Ippolit'), ('Епистимия', 'Epistimiya'), ('Фадей', 'Fadey'),
               ('Устинья', 'Ustinya'), ('Феофан', 'Feofan'), ('Таисия', 'Taisiya'), ('Корней', 'Korney')],
              [('Тараканова', 'Tarakanova'), ('Подберёзкин', 'Podberyozkin'), ('Свиридова', 'Sviridova')], None),
    'uk-UA': ([('Горислава', 'Horyslava'), ('Мстислав', 'Mstyslav'), ('Дзвенислава', 'Dzvenyslava'), ('Любомира', 'Liubomyra'), ('Арсеній', 'Arsenii'), ('Веселка', 'Veselka'),
               ('Данило', 'Danylo'), ('Злата', 'Zlata'), ('Орест', 'Orest'), ('Яромир', 'Yaromyr'), ('Євфросинія', 'Yevfrosyniia'), ('Левко', 'Levko')],
              [('Шевчишин', 'Shevchyshyn'), ('Кучерявий', 'Kucheriavyi'), ('Гречаник', 'Hrechanyk')], None),
    'el-GR': ([('Αθηνοδώρα', 'Athinodora'), ('Ηρακλής', 'Iraklis'), ('Ευανθία', 'Evanthia'), ('Τηλέμαχος', 'Tilemachos'), ('Πολυξένη', 'Polyxeni'), ('Αλκιβιάδης', 'Alkiviadis'),
               ('Κλεονίκη', 'Kleoniki'), ('Μιλτιάδης', 'Miltiadis'), ('Ασπασία', 'Aspasia'), ('Περικλής', 'Periklis'), ('Ερασμία', 'Erasmia'), ('Φιλήμων', 'Filimon')],
              [('Παπαδοπετράκη', 'Papadopetraki'), ('Γιαννακόπουλος', 'Giannakopoulos'), ('Ντόκου', 'Ntokou')], None),
    'ar-EG': ([('رانيا', 'Rania'), ('سامح', 'Sameh'), ('إيناس', 'Enas'), ('مصطفى', 'Moustafa'), ('غادة', 'Ghada'), ('هشام', 'Hesham'), ('ريهام', 'Reham'), ('أشرف', 'Ashraf'),
               ('نسرين', 'Nesreen'), ('عمرو', 'Amr'), ('داليا', 'Dalia'), ('كريم', 'Kareem')], [('الشربيني', 'Elsherbiny'), ('النحاس', 'Elnahas')], None),
    'he-IL': ([('אוריה', 'Oriya'), ('הלל', 'Hillel'), ('צופיה', 'Tzofiya'), ('עמיחי', 'Amichai'), ('יעל-רון', 'Yael-Ron'), ('נבו', 'Nevo'), ('שחר', 'Shachar'),
               ('רוני', 'Roni'), ('תהל', 'Tahel'), ('אביתר', 'Evyatar')],
              [('טננבוים', 'Tenenbaum'), ('וקנין', 'Vaknin'), ('אזולאי', 'Azoulay'), ('ליבוביץ', 'Leibovitz'), ('סגלוביץ', 'Segalovitz'), ('דהן', 'Dahan')], None),
    'hi-IN': ([('अरुंधति', 'Arundhati'), ('शौनक', 'Shaunak'), ('वैदेही', 'Vaidehi'), ('पुष्कर', 'Pushkar'), ('लावण्या', 'Lavanya'), ('अक्षोभ्य', 'Akshobhya'),
               ('सुहासिनी', 'Suhasini'), ('चिन्मय', 'Chinmay'), ('ओजस्वी', 'Ojasvi'), ('हृषीकेश', 'Hrishikesh')],
              [('जोगलेकर', 'Joglekar'), ('परांजपे', 'Paranjpe'), ('किर्लोस्कर', 'Kirloskar'), ('भागवत', 'Bhagwat'), ('उपाध्याय', 'Upadhyay'), ('ठाकरसी', 'Thackersey'),
               ('बर्वे', 'Barve'), ('गाडगिल', 'Gadgil'), ('धर्माधिकारी', 'Dharmadhikari'), ('घैसास', 'Ghaisas'), ('वैशंपायन', 'Vaishampayan'),
               ('आगाशे', 'Agashe'), ('हर्डीकर', 'Hardikar'), ('कानिटकर', 'Kanitkar'), ('ढेकणे', 'Dhekane'), ('चितळे', 'Chitale')], None),
    'ja-JP': ([('瑞希', 'Mizuki'), ('柊', 'Hiiragi'), ('詩織', 'Shiori'), ('隼', 'Hayabusa'), ('椿', 'Tsubaki'), ('慧', 'Kei'), ('菫', 'Sumire'), ('巧', 'Takumi'),
               ('ひまり', 'Himari'), ('あおい', 'Aoi'), ('さくら子', 'Sakurako'), ('はるか', 'Haruka')],
              [('四十物', 'Aimono'), ('小鳥遊', 'Takanashi'), ('勘解由小路', 'Kadenokoji'), ('一口', 'Imoarai')], None),
    'ko-KR': ([('휘람', 'Hwiram'), ('솔뫼', 'Solmoe'), ('찬솔', 'Chansol'), ('슬옹', 'Seulong'), ('여울', 'Yeoul'), ('나래', 'Narae'), ('단비', 'Danbi'), ('한결', 'Hangyeol'),
               ('보람', 'Boram'), ('아름', 'Areum'), ('샛별', 'Saetbyeol'), ('누리', 'Nuri')],
              [('곽', 'Gwak'), ('빈', 'Bin'), ('옥', 'Ok'), ('국', 'Guk'), ('모', 'Mo'), ('석', 'Seok'), ('반', 'Ban'), ('육', 'Yuk'), ('경', 'Gyeong'), ('방', 'Bang')], None),
    'zh-CN': ([('婉清', 'Wanqing'), ('景澄', 'Jingcheng'), ('予安', 'Yuan'), ('星阑', 'Xinglan'), ('若渝', 'Ruoyu'), ('砚舟', 'Yanzhou'), ('知夏', 'Zhixia'), ('叙白', 'Xubai')],
              [('邝', 'Kuang'), ('冼', 'Xian'), ('隗', 'Wei'), ('訾', 'Zi'), ('笪', 'Da'), ('郗', 'Xi')], None),
    'th-TH': ([('ปัณณวัฒน์', 'Pannawat'), ('ศศิธร', 'Sasithorn'), ('ธัญชนก', 'Thanchanok'), ('ชยพล', 'Chayaphon'), ('เบญญาภา', 'Benyapha'), ('ทักษ์ดนัย', 'Takdanai')],
              [('ตั้งจิตเจริญ', 'Tangjitcharoen'), ('ศิริวัฒนกุล', 'Siriwattanakul'), ('อุดมโชคชัย', 'Udomchokchai'), ('ปิ่นทอง', 'Pinthong')], None),
    'id-ID': (L('Rinjani', 'Tirtayasa', 'Kemuning', 'Laksamana', 'Cempaka', 'Ganendra', 'Purbasari', 'Jatmiko'), L('Darmawangsa', 'Notonegoro', 'Wiryawan'), None),
    'fi-FI': (L('Aappo', 'Hellevi', 'Eino-Ilmari', 'Orvokki', 'Urho', 'Siiri', 'Reino', 'Elsa-Maria'), L('Kyllönen', 'Pitkäranta', 'Huttunen'), []),
    'sw-KE': (L('Muthoni', 'Kiptanui', 'Atieno', 'Wafubwa', 'Njeri', 'Kirui', 'Adhiambo', 'Mbugua', 'Jeruto', 'Kamande'),
              L('Gitonga', 'Ng’ang’a', 'Opiyo', 'Kibiwott', 'Wambugu', 'Oloo', 'Kiplagat', 'Muriithi'), None),
}
LOCALES = [(t, r, f + X2.get(t, ([], [], None))[0], l_ + X2.get(t, ([], [], None))[1], d, s, c, pc) for t, r, f, l_, d, s, c, pc in LOCALES]

X3 = {
    'ko-KR': ([], [('궉', 'Gwok'), ('뇌', 'Noe'), ('맹', 'Maeng'), ('염', 'Yeom'), ('추', 'Chu'), ('단', 'Dan'), ('피', 'Pi'), ('용', 'Yong'), ('승', 'Seung'), ('채', 'Chae'),
               ('인', 'In'), ('천', 'Cheon'), ('함', 'Ham'), ('온', 'On')]),
    'zh-CN': ([], [('厍', 'She'), ('禤', 'Xuan'), ('薄', 'Bo'), ('宓', 'Mi'), ('芮', 'Rui'), ('璩', 'Qu'), ('茆', 'Mao'), ('覃', 'Qin'), ('蔺', 'Lin'), ('闵', 'Min')]),
    'th-TH': ([], [('ศักดิ์สิทธิ์วงศ์', 'Saksitwong'), ('จิรวัฒน์ธนกุล', 'Jirawatthanakul'), ('มหาสุวรรณ', 'Mahasuwan'), ('อินทรประเสริฐ', 'Intaraprasert'),
               ('ฉัตรชัยเดช', 'Chatchaidet'), ('บวรรัตนารักษ์', 'Bowornrattanarak')]),
    'hi-IN': ([('अनसूया', 'Anasuya'), ('ध्रुवांश', 'Dhruvansh'), ('तपस्या', 'Tapasya'), ('शार्दूल', 'Shardul'), ('मानवी', 'Manavi'), ('अभिज्ञान', 'Abhigyan')],
              [('रानडे', 'Ranade'), ('साठे', 'Sathe'), ('तांबे', 'Tambe'), ('पेंडसे', 'Pendse'), ('गोडबोले', 'Godbole'), ('भिडे', 'Bhide')]),
    'he-IL': ([('ירדן', 'Yarden'), ('אופיר', 'Ofir'), ('הילה', 'Hila'), ('דביר', 'Dvir'), ('ענבל', 'Inbal'), ('אלנתן', 'Elnatan')], []),
    'uk-UA': ([('Марта', 'Marta'), ('Святозар', 'Sviatozar'), ('Леся', 'Lesia'), ('Ростислав', 'Rostyslav'), ('Ганна', 'Hanna'), ('Тиміш', 'Tymish')], []),
}
LOCALES = [(t, r, f + X3.get(t, ([], []))[0], l_ + X3.get(t, ([], []))[1], d, s, c, pc) for t, r, f, l_, d, s, c, pc in LOCALES]

# Generic street-type words (road, lane, rue, via, ...) are vocabulary, not pool words; only the distinctive part is checked.
STREET_TYPES = {'rd', 'ln', 'ct', 'dr', 'way', 'run', 'bend', 'close', 'terrace', 'avenue', 'road', 'lane', 'gardens', 'meadow', 'rise', 'grove', 'mews',
                'rue', 'des', 'du', 'de', 'la', 'allée', 'impasse', 'chemin', 'rua', 'das', 'dos', 'do', 'travessa', 'avenida', 'alameda', 'professor',
                'via', 'dei', 'del', 'delle', 'vicolo', 'strada', 'ul', 'am', 'na', 'u',
                'knoll', 'trace', 'ridge', 'cove', 'pike'}

LOC = []
for tag, region, firsts, lasts, domains, streets, city, pc in LOCALES:
    firsts = cut(firsts, key=lambda e: e[0] + ' ' + e[1], name=f'{tag}.first')
    lasts = cut(lasts, key=lambda e: e[0] + ' ' + e[1], name=f'{tag}.last')
    if streets is not None:
        streets = cut(streets, key=lambda e: ' '.join(w for w in re.findall(r'\w+', e) if w.lower() not in STREET_TYPES), name=f'{tag}.street')
    LOC.append(dict(tag=tag, region=region, firsts=firsts, lasts=lasts, domains=domains, streets=streets,
                    city=city, pc=pc))
POOL_SIZES = {d['tag']: (len(d['firsts']), len(d['lasts'])) for d in LOC}

COMPANIES = cut(['Brightforge Analytics', 'Quillmoor Labs', 'Halvard Logistics', 'Tessellate Robotics', 'Orchid Harbor Foods',
                 'Nimbrel Software', 'Copperleaf Clinics', 'Ravelin Freight', 'Solvinta Energy', 'Pebblecrest Insurance',
                 'Umbervale Media', 'Kettlewick Outdoor', 'Zephyrine Travel', 'Grauwald Maschinenbau', 'Lumbrera Seguros'],
                name='companies')
# Institutions' / public figures' official accounts (public role -> benign).
OFFICIAL = cut([('@NASA', 'NASA'), ('@WHO', 'World Health Organization'),
                ('@UN', 'United Nations'), ('@BBCBreaking', 'BBC Breaking News'), ('@ESA', 'European Space Agency'),
                ('@elonmusk', 'Elon Musk'), ('@BillGates', 'Bill Gates'), ('@Interpol_HQ', 'INTERPOL'),
                ('@github', 'GitHub'), ('@rustlang', 'Rust Language'), ('@CERN', 'CERN'), ('@ICRC', 'International Committee of the Red Cross'),
                ('@JAXA_en', 'JAXA'), ('@IAEAorg', 'IAEA'), ('@Europarl_EN', 'European Parliament'), ('@UNESCO', 'UNESCO')], key=lambda e: e[1], name='official')


def slug(s: str) -> str:
    s = fold(s).lower()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')


# (regex for a feminine given name, regex for a feminine surname) in locales whose surnames inflect for gender
GENDERED = {'pl-PL': (r'a$', r'(ska|cka|a)$'), 'ru-RU': (r'[ая]$', r'(ова|ёва|ева|ина|ая|на|ва)$'), 'uk-UA': (r'[ая]$', r'(ова|ева|ська|цька)$'),
            'el-GR': (r'[ηαώ]$|ία$|ία$', r'(ου|η|α)$'), 'cs-CZ': (r'a$', r'(ová|á)$')}


class Person:
    def __init__(self, rng: random.Random, loc: dict):
        self.loc = loc
        f = rng.choice(loc['firsts'])
        l_ = rng.choice(loc['lasts'])
        rule = GENDERED.get(loc['tag'])
        if rule:  # feminine / masculine surname forms follow the given name
            fem_first, fem_last = rule
            want = bool(re.search(fem_first, f[0]))
            match = [x for x in loc['lasts'] if bool(re.search(fem_last, x[0])) == want]
            if match:
                l_ = rng.choice(match)
        self.first, self.first_r = f
        self.last, self.last_r = l_
        eastern = loc['tag'][:2] in ('ja', 'ko', 'zh', 'vi')
        if loc['tag'][:2] in ('ja', 'zh', 'ko'):
            self.name = self.last + self.first
        elif eastern:
            self.name = f'{self.last} {self.first}'
        else:
            self.name = f'{self.first} {self.last}'
        self.name_r = f'{self.first_r} {self.last_r}'
        fr, lr = slug(self.first_r).replace('-', ''), slug(self.last_r).replace('-', '')
        yr = rng.randint(1958, 2004)
        self.birth = f'{yr}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}'
        form = rng.randrange(6)
        local = [f'{fr}.{lr}', f'{fr[0]}{lr}{yr}', f'{fr}_{lr}{yr % 100:02d}', f'{lr}.{fr}', f'{fr}{lr[0]}{rng.randint(10, 99)}',
                 f'{fr}.{fr[0] if False else lr[0]}.{lr}'][form]
        self.email = f'{local}@{rng.choice(loc["domains"])}'
        self.handle = rng.choice([f'{fr}.{lr}', f'{fr[0]}{lr}{yr}', f'{fr}_{lr}', f'{lr}{fr[:3]}', f'{fr}{yr % 100:02d}'])
        self.phone_obj = make_phone(rng, loc['region'])
        self.ip = make_ip(rng)
        if loc['streets']:
            self.street = f'{rng.choice(loc["streets"])} {rng.randint(2, 148)}'
            if loc['tag'] in ('en-US', 'en-GB', 'fr-FR'):
                self.street = f'{rng.randint(2, 148)} {rng.choice(loc["streets"])}'
            self.postcode = loc['pc'].format(rng.randint(1, 9))
        else:
            self.street = None
            self.postcode = None

    def phone(self, fmt: str) -> str:
        p = self.phone_obj
        if fmt == 'e164':
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)
        if fmt == 'intl':
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == 'national':
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == 'wa':
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)[1:]
        if fmt == 'rfc3966':
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.RFC3966)
        raise ValueError(fmt)


def make_phone(rng: random.Random, region: str):
    base = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(base.national_number)
    for _ in range(500):
        keep = 3 if region == 'US' else min(4, len(nsn) - 5)
        cand = nsn[:keep] + ''.join(str(rng.randrange(10)) for _ in range(len(nsn) - keep))
        if region == 'US' and (cand[3:6] == '555' or cand[3] in '01'):
            continue
        p = phonenumbers.parse('+' + str(base.country_code) + cand)
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            return p
    raise SystemExit(f'could not make a valid phone for {region}')


DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]


def make_ip(rng: random.Random) -> str:
    for _ in range(1000):
        if rng.random() < 0.8:
            a = ipaddress.ip_address('.'.join(str(x) for x in (rng.choice([31, 37, 46, 62, 77, 78, 81, 85, 88, 89, 91, 93, 95, 109, 151,
                                                                          176, 178, 185, 188, 212, 213, 217, 24, 67, 73, 98, 174, 49, 58, 61, 110, 118, 121, 125, 171, 180, 182, 189, 200, 201, 41, 102, 105, 197]),
                                                               rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))))
        else:
            a = ipaddress.ip_address(f'2a0{rng.randrange(1, 10)}:{rng.randrange(0x1000, 0xffff):x}:{rng.randrange(0x10, 0xffff):x}:'
                                     f'{rng.randrange(0x10, 0xffff):x}::{rng.randrange(1, 0xffff):x}')
        if a.is_global and not any(a in n for n in DOC_NETS):
            return str(a)
    raise SystemExit('no public ip')


def doc_ip(rng: random.Random) -> str:
    c = rng.randrange(7)
    if c < 3:
        s = f'{("192.0.2", "198.51.100", "203.0.113")[c]}.{rng.randrange(1, 255)}'
    elif c == 3:
        s = f'2001:db8:{rng.randrange(0x10, 0xffff):x}::{rng.randrange(1, 0xfff):x}'
    elif c == 4:
        s = f'10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}'
    elif c == 5:
        s = f'192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}'
    else:
        s = f'172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}'
    a = ipaddress.ip_address(s)
    assert not a.is_global or any(a in n for n in DOC_NETS), s
    return s


FICTIONAL_US = lambda rng: f'+1-{rng.choice(["202", "312", "415", "617", "206"])}-555-01{rng.randrange(100):02d}'  # noqa: E731


def sha(s: str, n: int = 16) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def comp_domain(c: str) -> str:
    return slug(c).split('-')[0] + rng_tld(c)


def rng_tld(c: str) -> str:
    return ('.io', '.com', '.de', '.eu', '.co')[sum(map(ord, c)) % 5]


# ----------------------------------------------------------------------------------------------------------------
# Artefact builders. Sensitive: (rng, person) -> (text, issued[(type, value)], variant). Benign: rng -> (text, variant).
# ----------------------------------------------------------------------------------------------------------------
TS = lambda rng: f'2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z'  # noqa: E731


def s_handle(rng, p):
    v = rng.randrange(4)
    if v == 0:
        t = (f'Discord export #general\n[{TS(rng)}] {p.handle} ({p.name}): anyone up for the raid tonight?\n'
             f'[{TS(rng)}] {p.handle}: dm me or mail {p.email}\n[{TS(rng)}] modbot: message pinned')
        return t, [('person', p.name), ('email', p.email)], 'discord_export'
    if v == 1:
        t = json.dumps({'ok': True, 'user': {'id': 'U0' + sha(p.email, 8).upper(), 'name': p.handle, 'real_name': p.name,
                                             'profile': {'display_name': p.handle, 'email': p.email, 'phone': p.phone('intl'),
                                                         'tz': 'Europe/Berlin'}}}, ensure_ascii=False, indent=1)
        return t, [('person', p.name), ('email', p.email), ('phone', p.phone('intl'))], 'slack_users_info'
    if v == 2:
        t = f'forum profile\nusername: {p.handle}\njoined: 2019\nlocation: {p.loc["city"]}\nsignature: -- {p.name} | {p.phone("intl")}'
        return t, [('person', p.name), ('phone', p.phone('intl'))], 'forum_signature'
    t = f'@{p.handle} last login from {p.ip} (residential ISP); account email {p.email}'
    return t, [('IP_ADDRESS', p.ip), ('email', p.email)], 'login_notice'


def b_handle(rng):
    v = rng.randrange(4)
    c = rng.choice(COMPANIES)
    if v == 0:
        h, n = rng.choice(OFFICIAL)
        return f'Quote-post from {h} ({n}, verified official account): "Statement on today\'s announcement." 12.4K reposts', 'official_account'
    if v == 1:
        return (f'Discord export #alerts\n[{TS(rng)}] GitHub#0000 (bot): push to main by {slug(c)}-ci[bot]\n'
                f'[{TS(rng)}] MEE6 (bot): level up!\n[{TS(rng)}] @everyone maintenance window tonight'), 'bot_messages'
    if v == 2:
        return json.dumps({'ok': True, 'user': {'id': 'B0' + sha(c, 8).upper(), 'name': f'{slug(c)}-deploybot', 'is_bot': True,
                                                'real_name': f'{c} Deploy Bot', 'profile': {'email': f'noreply@{comp_domain(c)}'}}}, indent=1), 'slack_bot_info'
    return f'user_{sha(c + str(rng.random()), 10)} (anonymised) posted 14 times; handle replaced by pseudonym per retention policy', 'pseudonymised_handle'


def s_profile_url(rng, p):
    v = rng.randrange(5)
    sl = slug(p.name_r)
    if v == 0:
        u = f'https://www.linkedin.com/in/{sl}-{sha(p.email, 6)}/'
        return f'{p.name} – {rng.choice(["Product Designer", "Nurse", "Backend Engineer", "Student"])} | LinkedIn\n{u}', [('person', p.name)], 'linkedin'
    if v == 1:
        u = f'https://calendly.com/{sl}/30min?name={urllib.parse.quote(p.name)}&email={urllib.parse.quote(p.email)}'
        return f'booking link we send: {u}', [('person', p.name), ('email', p.email)], 'calendly_prefill'
    if v == 2:
        return f'pay me back for the tickets: https://paypal.me/{sl.replace("-", "")} or venmo @{p.handle} ({p.email})', [('email', p.email)], 'paypal_venmo'
    if v == 3:
        return (f'<a href="mailto:{p.email}?subject=Flat%20viewing">{p.name}</a> – contact for the room', [('person', p.name), ('email', p.email)], 'mailto')
    u = f'https://app.{comp_domain(rng.choice(COMPANIES))}/unsubscribe?email={urllib.parse.quote(p.email)}&uid=8841'
    return f'clicked link from newsletter: {u}', [('email', p.email)], 'query_email'


def b_profile_url(rng):
    c = rng.choice(COMPANIES)
    v = rng.randrange(5)
    if v == 0:
        return f'{c} | LinkedIn\nhttps://www.linkedin.com/company/{slug(c)}/', 'linkedin_company'
    if v == 1:
        return f'https://calendly.com/{slug(c)}-sales/demo?email={{{{user.email}}}}&name={{{{user.name}}}}', 'calendly_placeholder'
    if v == 2:
        return f'<a href="mailto:support@{comp_domain(c)}?subject=Order%20{rng.randint(10000, 99999)}">Contact support</a>', 'mailto_role'
    if v == 3:
        return f'https://app.example.com/unsubscribe?email=user%40example.com&uid=0000', 'query_example'
    return f'https://{comp_domain(c)}/reset?uid={sha(c, 24)}&token={sha(c + "t", 32)}', 'query_hashed'


def s_commit(rng, p):
    q = Person(rng, rng.choice(LOC))
    v = rng.randrange(3)
    h = sha(p.email + str(rng.random()), 40)
    if v == 0:
        t = (f'commit {h}\nAuthor: {p.name_r} <{p.email}>\nDate:   Tue Oct 6 14:{rng.randrange(60):02d} 2026 +0200\n\n'
             f'    net: fix refcount leak in rx path\n\n    Signed-off-by: {p.name_r} <{p.email}>\n    Reviewed-by: {q.name_r} <{q.email}>')
        return t, [('person', p.name_r), ('email', p.email), ('person', q.name_r), ('email', q.email)], 'git_log'
    if v == 1:
        t = (f'From {h} Mon Sep 17 00:00:00 2001\nFrom: {p.name} <{p.email}>\nSubject: [PATCH v2] docs: typo\n\n'
             f'Signed-off-by: {p.name} <{p.email}>\n---\n docs/index.md | 2 +-')
        return t, [('person', p.name), ('email', p.email)], 'format_patch'
    t = f'squash message:\n\nAdd retry to uploader\n\nCo-authored-by: {p.name_r} <{p.email}>'
    return t, [('person', p.name_r), ('email', p.email)], 'co_authored'


def b_commit(rng):
    c = rng.choice(COMPANIES)
    v = rng.randrange(4)
    h = sha(c + str(rng.random()), 40)
    if v == 0:
        return (f'commit {h}\nAuthor: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\n\n'
                f'    Bump lodash from 4.17.20 to 4.17.21\n\n    Signed-off-by: dependabot[bot] <support@github.com>'), 'dependabot'
    if v == 1:
        return (f'commit {h}\nAuthor: {c} Release Bot <release-bot@{comp_domain(c)}>\n\n    chore(release): v{rng.randint(1, 9)}.{rng.randint(0, 30)}.0\n\n'
                f'    Co-authored-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'), 'release_bot'
    if v == 2:
        return 'CONTRIBUTING.md: every commit needs a trailer\n\n    Signed-off-by: Your Name <your.email@example.com>\n\nuse `git commit -s`.', 'dco_template'
    return f'git shortlog -sne (anonymised export)\n   412  contributor-{sha(c, 6)} <{sha(c, 12)}@anon.invalid>\n    37  contributor-{sha(c + "x", 6)} <{sha(c + "x", 12)}@anon.invalid>', 'anonymised_shortlog'


def s_access_log(rng, p):
    v = rng.randrange(3)
    d = f'{rng.randint(1, 28):02d}/Nov/2026:{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} +0000'
    lines = [f'10.0.{rng.randrange(9)}.{rng.randrange(2, 200)} - - [{d}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"']
    if v == 0:
        lines.append(f'{p.ip} - {p.email} [{d}] "POST /api/login HTTP/2.0" 401 61 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1)"')
        iss = [('IP_ADDRESS', p.ip), ('email', p.email)]
    elif v == 1:
        lines.append(f'{p.ip} - - [{d}] "GET /account/verify?email={urllib.parse.quote(p.email)}&t=9f2 HTTP/1.1" 302 0 "-" "Mozilla/5.0"')
        iss = [('IP_ADDRESS', p.ip), ('email', p.email)]
    else:
        lines.append(f'{TS(rng)} app=auth level=warn msg="too many attempts" user="{p.name}" client_ip={p.ip}')
        iss = [('IP_ADDRESS', p.ip), ('person', p.name)]
    rng.shuffle(lines)
    return '\n'.join(lines), iss, ['combined_auth', 'query_email', 'structured_log'][v]


def b_access_log(rng):
    v = rng.randrange(3)
    d = f'{rng.randint(1, 28):02d}/Nov/2026:{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} +0000'
    if v == 0:
        return '\n'.join(f'{doc_ip(rng)} - - [{d}] "GET /static/app.{sha(str(i), 8)}.js HTTP/2.0" 200 {rng.randint(900, 90000)} "-" "Mozilla/5.0"' for i in range(4)), 'doc_and_private_ips'
    if v == 1:
        return f'{doc_ip(rng)} - svc-backup [{d}] "PUT /v1/snapshots/nightly HTTP/1.1" 201 0 "-" "restic/0.17"\n{doc_ip(rng)} - - [{d}] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0"', 'service_account'
    return f'{TS(rng)} app=auth level=warn msg="too many attempts" user_hash=sha256:{sha(str(rng.random()), 32)} client_ip=203.0.113.{rng.randrange(1, 255)}', 'hashed_user'


def s_webhook(rng, p):
    v = rng.randrange(3)
    if v == 0:
        d = {'id': 'evt_' + sha(p.email, 24), 'type': 'checkout.session.completed', 'livemode': True,
             'data': {'object': {'customer_details': {'name': p.name, 'email': p.email, 'phone': p.phone('e164')}, 'amount_total': rng.randint(900, 90000)}}}
        iss = [('person', p.name), ('email', p.email), ('phone', p.phone('e164'))]
    elif v == 1:
        d = {'topic': 'orders/create', 'order': {'id': rng.randint(10 ** 9, 10 ** 10), 'email': p.email, 'browser_ip': p.ip,
             'shipping_address': {'name': p.name, 'phone': p.phone('intl'), 'city': p.loc['city']}}}
        iss = [('person', p.name), ('email', p.email), ('IP_ADDRESS', p.ip), ('phone', p.phone('intl'))]
    else:
        d = {'form_id': 'contact-us', 'submitted_at': TS(rng), 'fields': {'full_name': p.name, 'email': p.email, 'message': 'please call me back'},
             'meta': {'remote_ip': p.ip}}
        iss = [('person', p.name), ('email', p.email), ('IP_ADDRESS', p.ip)]
    return json.dumps(d, ensure_ascii=False, indent=1), iss, ['stripe_checkout', 'shop_order', 'form_submission'][v]


def b_webhook(rng):
    c = rng.choice(COMPANIES)
    v = rng.randrange(3)
    if v == 0:
        d = {'id': 'evt_test_' + sha(c, 20), 'type': 'checkout.session.completed', 'livemode': False,
             'data': {'object': {'customer_details': {'name': 'Jenny Rosen', 'email': 'jenny.rosen@example.com', 'phone': FICTIONAL_US(rng)}}}}
        return json.dumps(d, indent=1), 'test_mode_fixture'
    if v == 1:
        d = {'topic': 'orders/create', 'order': {'id': rng.randint(10 ** 9, 10 ** 10), 'email': '{{customer.email}}', 'browser_ip': '{{request.ip}}',
             'shipping_address': {'name': '{{customer.name}}', 'company': c}}}
        return json.dumps(d, indent=1), 'template_payload'
    d = {'event': 'invoice.paid', 'account': {'org': c, 'billing_email': f'billing@{comp_domain(c)}', 'vat_contact': f'accounts@{comp_domain(c)}'},
         'invoice': f'INV-{rng.randint(100000, 999999)}', 'source_ip': doc_ip(rng)}
    return json.dumps(d, indent=1), 'org_billing'


def s_crm(rng, p):
    rows = [p] + [Person(rng, rng.choice(LOC)) for _ in range(rng.randint(1, 3))]
    v = rng.randrange(3)
    iss = []
    if v == 0:
        out = ['Contact ID,Full Name,Email,Mobile,Lead Source']
        for r in rows:
            out.append(f'{rng.randint(30000, 99999)},"{r.name}",{r.email},{r.phone("intl")},webinar')
            iss += [('person', r.name), ('email', r.email), ('phone', r.phone('intl'))]
        return '\n'.join(out), iss, 'crm_csv'
    if v == 1:
        out = ['Issue key,Summary,Reporter,Reporter Email']
        for r in rows:
            out.append(f'SUP-{rng.randint(100, 9999)},"Cannot reset password",{r.name},{r.email}')
            iss += [('person', r.name), ('email', r.email)]
        return '\n'.join(out), iss, 'jira_csv'
    out = [{'requester': {'name': r.name, 'email': r.email}, 'via': 'web', 'ip': r.ip} for r in rows]
    for r in rows:
        iss += [('person', r.name), ('email', r.email), ('IP_ADDRESS', r.ip)]
    return json.dumps(out, ensure_ascii=False, indent=1), iss, 'helpdesk_json'


def b_crm(rng):
    cs = rng.sample(COMPANIES, 3)
    v = rng.randrange(3)
    if v == 0:
        out = ['Account ID,Account Name,Email,Phone,Tier'] + [f'{rng.randint(30000, 99999)},"{c}",info@{comp_domain(c)},{FICTIONAL_US(rng)},gold' for c in cs]
        return '\n'.join(out), 'accounts_role_mail'
    if v == 1:
        out = ['Issue key,Summary,Reporter,Reporter Email'] + [f'SUP-{rng.randint(100, 9999)},"Webhook retries",svc-monitoring,alerts@{comp_domain(c)}' for c in cs]
        return '\n'.join(out), 'service_reporters'
    out = [{'requester': {'name': f'Customer {sha(c, 6)}', 'email': f'{sha(c, 12)}@redacted.invalid'}, 'via': 'web', 'ip': '0.0.0.0'} for c in cs]
    return json.dumps(out, indent=1), 'redacted_export'


def s_jwt(rng, p):
    claims = {'iss': 'https://accounts.google.com', 'sub': str(rng.randint(10 ** 20, 10 ** 21)), 'aud': 'app-' + sha(p.email, 8),
              'email': p.email, 'email_verified': True, 'name': p.name, 'given_name': p.first, 'family_name': p.last,
              'iat': 1790000000 + rng.randrange(10 ** 6)}
    iss = [('email', p.email), ('person', p.name)]
    v = rng.randrange(3)
    if v == 1:
        claims['phone_number'] = p.phone('e164')
        claims['birthdate'] = p.birth
        iss += [('phone', p.phone('e164')), ('DATE_OF_BIRTH', p.birth)]
    if v == 2 and p.street:
        claims['address'] = {'street_address': p.street, 'locality': p.loc['city'], 'postal_code': p.postcode}
        iss += [('STREET_ADDRESS', p.street)]
    if v == 2:
        claims['ip'] = p.ip
        iss += [('IP_ADDRESS', p.ip)]
    return 'decoded id_token payload:\n' + json.dumps(claims, ensure_ascii=False, indent=1), iss, ['oidc_basic', 'oidc_phone_dob', 'oidc_address_ip'][v]


def b_jwt(rng):
    c = rng.choice(COMPANIES)
    v = rng.randrange(3)
    if v == 0:
        claims = {'iss': f'https://auth.{comp_domain(c)}', 'sub': f'svc-{slug(c)}-etl@clients', 'azp': sha(c, 20), 'gty': 'client-credentials',
                  'scope': 'read:orders write:reports'}
    elif v == 1:
        claims = {'iss': 'https://idp.example.com', 'sub': '1234567890', 'name': 'John Doe', 'email': 'john.doe@example.com', 'iat': 1516239022}
    else:
        claims = {'iss': f'https://auth.{comp_domain(c)}', 'sub': sha(c, 32), 'email': '${user.email}', 'name': '${user.displayName}', 'amr': ['pwd', 'mfa']}
    return 'decoded access token payload:\n' + json.dumps(claims, indent=1), ['client_credentials', 'jwt_io_sample', 'template_claims'][v]


def s_vcard(rng, p):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'FN:{p.name}', f'N:{p.last};{p.first};;;', f'TEL;TYPE=CELL:{p.phone("intl")}', f'EMAIL;TYPE=HOME:{p.email}']
    iss = [('person', p.name), ('phone', p.phone('intl')), ('email', p.email)]
    if rng.random() < 0.5:
        lines.append(f'BDAY:{p.birth}')
        iss.append(('DATE_OF_BIRTH', p.birth))
    if p.street and rng.random() < 0.7:
        lines.append(f'ADR;TYPE=HOME:;;{p.street};{p.loc["city"]};;{p.postcode};')
        iss.append(('STREET_ADDRESS', p.street))
    lines.append('END:VCARD')
    return '\r\n'.join(lines), iss, 'vcard'


def b_vcard(rng):
    c = rng.choice(COMPANIES)
    v = rng.randrange(3)
    if v == 0:
        lines = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org', f'FN:{c}', f'ORG:{c}', f'TEL;TYPE=work:{FICTIONAL_US(rng)}', f'EMAIL:info@{comp_domain(c)}',
                 f'URL:https://{comp_domain(c)}', 'END:VCARD']
        return '\r\n'.join(lines), 'org_card'
    if v == 1:
        return '\r\n'.join(['BEGIN:VCARD', 'VERSION:3.0', 'FN:{{first_name}} {{last_name}}', 'TEL;TYPE=CELL:{{mobile}}', 'EMAIL:{{email}}', 'END:VCARD']), 'template_card'
    return '\r\n'.join(['BEGIN:VCARD', 'VERSION:4.0', 'FN:Front Desk', f'ORG:{c}', 'EMAIL:reception@example.org', 'TEL:+1-202-555-0148', 'END:VCARD']), 'role_card'


def s_ical(rng, p):
    q = Person(rng, rng.choice(LOC))
    t = '\r\n'.join(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', f'UID:{sha(p.email, 20)}@calendar', f'DTSTART:202612{rng.randint(10, 28)}T0{rng.randint(7, 9)}3000Z',
                     'SUMMARY:Viewing / Besichtigung', f'ORGANIZER;CN={p.name}:mailto:{p.email}',
                     f'ATTENDEE;CN={q.name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{q.email}', 'END:VEVENT', 'END:VCALENDAR'])
    return t, [('person', p.name), ('email', p.email), ('person', q.name), ('email', q.email)], 'ics_invite'


def b_ical(rng):
    c = rng.choice(COMPANIES)
    d = comp_domain(c)
    v = rng.randrange(2)
    att = [f'ATTENDEE;CN=Room 4.12 (Board);CUTYPE=ROOM:mailto:room-412@{d}', f'ATTENDEE;CN=All Engineering;CUTYPE=GROUP:mailto:eng-all@{d}'] if v == 0 else \
        ['ATTENDEE;CN=Attendee Name:mailto:attendee@example.com']
    t = '\r\n'.join(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', f'UID:{sha(c, 20)}@{d}', 'SUMMARY:Quarterly planning', f'ORGANIZER;CN={c} Calendar:mailto:noreply-calendar@{d}']
                    + att + ['END:VEVENT', 'END:VCALENDAR'])
    return t, ['room_group_invite', 'rfc_example_invite'][v]


def s_tel(rng, p):
    v = rng.randrange(3)
    if v == 0:
        return (f'<p>Babysitting, evenings – {p.first}<br><a href="tel:{p.phone("e164")}">{p.phone("intl")}</a></p>',
                [('phone', p.phone('intl')), ('phone', p.phone('e164'))], 'tel_href')
    if v == 1:
        return (f'[Message me on WhatsApp](https://wa.me/{p.phone("wa")}?text=Hi%20{urllib.parse.quote(p.first)}) – {p.name}',
                [('phone', p.phone('wa')), ('person', p.name)], 'wa_me')
    return f'<a href="sms:{p.phone("e164")}?body=running%20late">text {p.name}</a>', [('phone', p.phone('e164')), ('person', p.name)], 'sms_link'


def b_tel(rng):
    c = rng.choice(COMPANIES)
    v = rng.randrange(3)
    if v == 0:
        return f'<footer>{c} customer line <a href="tel:{FICTIONAL_US(rng).replace("-", "")}">{FICTIONAL_US(rng)}</a></footer>', 'fictional_555'
    if v == 1:
        return '<a href="tel:112">Emergency: 112</a> · <a href="tel:116117">Ärztlicher Bereitschaftsdienst 116117</a>', 'emergency_numbers'
    return f'[Chat with us on WhatsApp](https://wa.me/{{{{business_phone}}}}?text=Order%20{rng.randint(10000, 99999)}) – {c} support', 'wa_placeholder'


KINDS = [('handle', s_handle, b_handle), ('profile_url', s_profile_url, b_profile_url), ('commit_trailer', s_commit, b_commit),
         ('access_log', s_access_log, b_access_log), ('webhook', s_webhook, b_webhook), ('crm_export', s_crm, b_crm),
         ('jwt_claims', s_jwt, b_jwt), ('vcard', s_vcard, b_vcard), ('ical', s_ical, b_ical), ('tel_link', s_tel, b_tel)]


# ----------------------------------------------------------------------------------------------------------------
# Requests
# ----------------------------------------------------------------------------------------------------------------
ASKS = {
    'en': ['what is this and is anything wrong with it?', 'extract the fields into a JSON object', 'turn this into a markdown table',
           'write a short reply to the person in this', 'summarise in two lines', 'explain this to a non-technical colleague'],
    'de': ['was ist das hier und stimmt etwas nicht?', 'extrahiere die Felder als JSON', 'mach eine Markdown-Tabelle daraus', 'fasse es in zwei Sätzen zusammen'],
    'fr': ["c'est quoi ce truc, il y a un problème ?", 'extrais les champs en JSON', 'résume en deux lignes', 'fais-en un tableau markdown'],
    'es': ['¿qué es esto y hay algo mal?', 'extrae los campos a JSON', 'resúmelo en dos líneas', 'conviértelo en una tabla markdown'],
    'pt': ['o que é isso e tem algo errado?', 'extraia os campos em JSON', 'resuma em duas linhas'],
    'it': ["cos'è questo e c'è qualcosa che non va?", 'estrai i campi in JSON', 'riassumi in due righe'],
    'nl': ['wat is dit en klopt er iets niet?', 'zet de velden om naar JSON', 'vat samen in twee regels'],
    'sv': ['vad är det här och är något fel?', 'extrahera fälten som JSON', 'sammanfatta på två rader'],
    'pl': ['co to jest i czy coś jest nie tak?', 'wyciągnij pola do JSON', 'streść w dwóch linijkach'],
    'tr': ['bu nedir, bir sorun var mı?', 'alanları JSON olarak çıkar', 'iki satırda özetle'],
    'ru': ['что это такое и нет ли тут ошибки?', 'вытащи поля в JSON', 'кратко перескажи в двух строках'],
    'uk': ['що це і чи все тут гаразд?', 'витягни поля в JSON', 'підсумуй у двох рядках'],
    'el': ['τι είναι αυτό και υπάρχει κάποιο λάθος;', 'εξήγαγε τα πεδία σε JSON'],
    'ar': ['ما هذا وهل فيه خطأ؟', 'استخرج الحقول بصيغة JSON', 'لخّص في سطرين'],
    'he': ['מה זה והאם יש פה בעיה?', 'חלץ את השדות ל-JSON', 'סכם בשתי שורות'],
    'hi': ['यह क्या है और क्या इसमें कुछ गड़बड़ है?', 'फ़ील्ड्स को JSON में निकालो', 'दो पंक्तियों में सारांश दो'],
    'ja': ['これは何ですか？おかしな点はありますか？', '項目をJSONに抽出して', '2行で要約して'],
    'ko': ['이게 뭔지, 문제 있는지 봐줘', '필드를 JSON으로 뽑아줘', '두 줄로 요약해줘'],
    'zh': ['这是什么？有没有问题？', '把字段提取成 JSON', '用两行总结一下'],
    'th': ['นี่คืออะไร มีอะไรผิดไหม', 'ดึงฟิลด์ออกมาเป็น JSON', 'สรุปให้สองบรรทัด'],
    'vi': ['đây là gì, có gì sai không?', 'trích các trường ra JSON', 'tóm tắt trong hai dòng'],
    'id': ['ini apa dan ada yang salah?', 'ekstrak kolomnya ke JSON', 'ringkas dalam dua baris'],
    'fi': ['mikä tämä on ja onko siinä vikaa?', 'poimi kentät JSONiksi', 'tiivistä kahdelle riville'],
    'cs': ['co to je a je tu něco špatně?', 'vytáhni pole do JSON', 'shrň do dvou řádků'],
    'sw': ['hii ni nini na kuna kosa lolote?', 'toa sehemu hizi kama JSON', 'fupisha kwa mistari miwili'],
}
SYSTEMS = ['You are a helpful assistant.', 'You are a support engineer assistant for a SaaS platform.', 'You help developers debug integrations.',
           'You are an assistant inside a CRM. Answer concisely.', 'You are a DevOps copilot.']
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'gpt-4o']
PLACEMENTS = ['user', 'user', 'system', 'assistant_echo', 'tool_result', 'tool_args', 'text_parts', 'file_part', 'image_url_query',
              'tools_schema', 'response_format', 'user_field', 'metadata', 'user', 'tool_result', 'user']


def ask_for(rng, tag):
    lang = tag.split('-')[0]
    pool = ASKS.get(lang) if rng.random() < 0.6 else None
    if not pool:
        return rng.choice(ASKS['en']), 'en'
    return rng.choice(pool), lang


def build_body(rng, text, tag, placement, email=None, kind=''):
    model = rng.choice(MODELS)
    ask, alang = ask_for(rng, tag)
    build_body.last_lang = alang
    sysm = {'role': 'system', 'content': rng.choice(SYSTEMS)}
    if placement == 'completions':
        return {'model': model, 'prompt': f'{text}\n\n### {ask}\n', 'max_tokens': 256, 'temperature': 0.2}
    if placement == 'user':
        msgs = [sysm, {'role': 'user', 'content': f'{ask}\n\n{text}' if rng.random() < 0.5 else f'{text}\n\n{ask}'}]
        return {'model': model, 'messages': msgs}
    if placement == 'system':
        return {'model': model, 'messages': [{'role': 'system', 'content': f'{sysm["content"]}\nContext record for this session:\n{text}'},
                                             {'role': 'user', 'content': ask}]}
    if placement == 'assistant_echo':
        return {'model': model, 'messages': [sysm, {'role': 'user', 'content': 'i pasted it in the previous chat, can you show it again?'},
                                             {'role': 'assistant', 'content': f'Sure, here it is:\n\n{text}'}, {'role': 'user', 'content': ask}]}
    if placement in ('tool_result', 'tool_args'):
        fn = {'handle': 'lookup_member', 'profile_url': 'fetch_link', 'commit_trailer': 'git_log', 'access_log': 'tail_logs', 'webhook': 'get_webhook_event',
              'crm_export': 'export_records', 'jwt_claims': 'decode_token', 'vcard': 'read_contact', 'ical': 'read_invite', 'tel_link': 'scrape_page'}.get(kind, 'lookup')
        cid = 'call_' + sha(text, 12)
        tools = [{'type': 'function', 'function': {'name': fn, 'description': f'{fn.replace("_", " ")} from the connected platform',
                                                   'parameters': {'type': 'object', 'properties': {'query': {'type': 'string'}}, 'required': ['query']}}}]
        if placement == 'tool_result':
            msgs = [sysm, {'role': 'user', 'content': ask},
                    {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {'name': fn, 'arguments': json.dumps({'query': 'latest'})}}]},
                    {'role': 'tool', 'tool_call_id': cid, 'content': text}]
        else:
            msgs = [sysm, {'role': 'user', 'content': ask},
                    {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {'name': fn, 'arguments': json.dumps({'query': text}, ensure_ascii=False)}}]},
                    {'role': 'tool', 'tool_call_id': cid, 'content': json.dumps({'status': 'ok', 'count': 1})}, {'role': 'user', 'content': 'and?'}]
        return {'model': model, 'messages': msgs, 'tools': tools, 'tool_choice': 'auto'}
    if placement == 'text_parts':
        return {'model': model, 'messages': [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ask}, {'type': 'text', 'text': text}]}]}
    if placement == 'file_part':
        ext = {'vcard': 'vcf', 'ical': 'ics', 'crm_export': 'csv', 'access_log': 'log', 'webhook': 'json', 'jwt_claims': 'json'}.get(kind, 'txt')
        mime = {'vcf': 'text/vcard', 'ics': 'text/calendar', 'csv': 'text/csv', 'log': 'text/plain', 'json': 'application/json'}.get(ext, 'text/plain')
        data = base64.b64encode(text.encode('utf-8')).decode()
        return {'model': model, 'messages': [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ask},
                {'type': 'file', 'file': {'filename': f'export_{sha(text, 6)}.{ext}', 'file_data': f'data:{mime};base64,{data}'}}]}]}
    if placement == 'image_url_query':
        q = urllib.parse.quote(text[:600])
        return {'model': model, 'messages': [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': f'{ask} (screenshot of the record attached)'},
                {'type': 'image_url', 'image_url': {'url': f'https://render.snapshots.test/v1/card.png?src={q}', 'detail': 'low'}}]}]}
    if placement == 'tools_schema':
        return {'model': model, 'messages': [sysm, {'role': 'user', 'content': ask}],
                'tools': [{'type': 'function', 'function': {'name': 'update_record', 'description': f'Update the record below.\nCurrent record:\n{text}',
                                                            'parameters': {'type': 'object', 'properties': {'field': {'type': 'string'}, 'value': {'type': 'string'}}}}}]}
    if placement == 'response_format':
        return {'model': model, 'messages': [sysm, {'role': 'user', 'content': ask}],
                'response_format': {'type': 'json_schema', 'json_schema': {'name': 'record', 'schema': {'type': 'object', 'description': f'Parse this source:\n{text}',
                                                                                                     'properties': {'summary': {'type': 'string'}}}}}}
    if placement == 'user_field':
        body = {'model': model, 'messages': [sysm, {'role': 'user', 'content': f'{ask}\n\n{text}'}]}
        if email:
            body['user'] = email
        else:
            body['user'] = 'anon-' + sha(text, 10)
        return body
    if placement == 'metadata':
        return {'model': model, 'store': True, 'metadata': {'source': kind, 'record': text[:512]},
                'messages': [sysm, {'role': 'user', 'content': f'{ask}\n\n{text}'}]}
    raise ValueError(placement)


def haystack(body) -> str:
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        dec = base64.b64decode(m.group(1)).decode('utf-8')
        parts += [dec, urllib.parse.unquote(dec)]
    parts.append(urllib.parse.unquote(urllib.parse.unquote(s)))
    return '\n'.join(parts)


def gen_pii(seed):
    rng = random.Random(seed)
    recs = []
    n_sens, n_ben = 29, 21
    li = 0
    gi = 0
    for ki, (kind, sf, bf) in enumerate(KINDS):
        for i in range(n_sens + n_ben):
            gi += 1
            sensitive = i < n_sens
            loc = LOC[li % len(LOC)]
            li += 7
            placement = PLACEMENTS[(gi * 5 + ki) % len(PLACEMENTS)]
            if rng.random() < 0.1:
                placement = 'completions'
            if sensitive:
                p = Person(rng, loc)
                text, issued, variant = sf(rng, p)
                if placement == 'image_url_query' and len(text) > 600:
                    placement = 'user'
                if placement == 'metadata':
                    placement = 'metadata'
                body = build_body(rng, text, loc['tag'], placement, email=p.email if rng.random() < 0.5 else None, kind=kind)
                if placement == 'user_field' and body.get('user') == p.email:
                    issued = issued + [('email', p.email)]
                hay = haystack(body)
                for t, v in issued:
                    if t == 'IP_ADDRESS':
                        a = ipaddress.ip_address(v)
                        assert a.is_global and not any(a in n for n in DOC_NETS), v
                    if t == 'phone':
                        pp = phonenumbers.parse(v if v.startswith('+') else '+' + v)
                        assert phonenumbers.is_valid_number(pp), v
                        assert '555-01' not in v and '55501' not in v, v
                ents = sorted({t for t, v in issued if v in hay})
                assert ents, (kind, variant, placement)
                cat = kind
            else:
                text, variant = bf(rng)
                if placement == 'image_url_query' and len(text) > 600:
                    placement = 'user'
                body = build_body(rng, text, loc['tag'], placement, kind=kind)
                hay = haystack(body)
                for d in LOC:  # no pool name may leak into a benign record
                    for f, fr in d['firsts']:
                        for l_, lr in d['lasts']:
                            assert f'{f} {l_}' not in hay and f'{fr} {lr}' not in hay
                ents = []
                cat = kind + '_benign'
            rec = {'id': '', 'category': cat, 'sensitive': bool(ents), 'entities': ents,
                   'endpoint': 'completions' if placement == 'completions' else 'chat', 'lang': loc['tag'] if sensitive or build_body.last_lang != 'en' else 'en',
                   'style': f'{variant} · {placement}', 'body': body}
            assert rec['sensitive'] == bool(rec['entities'])
            recs.append(rec)
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r['id'] = f'geyser-pii-{i:04d}'
    return recs


# ----------------------------------------------------------------------------------------------------------------
# Complexity prompts (platform-artefact themed; only documentation values inside)
# ----------------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ('en', 'What does the HTTP status code 429 mean?'), ('en', 'Which vCard property holds the birthday?'),
    ('en', 'Convert 1767225600 (unix seconds) to an ISO-8601 UTC date.'), ('en', 'What is the default port for HTTPS?'),
    ('en', 'Lowercase this username: Support_Team_EU'), ('en', 'What does "CN" stand for in an iCalendar ATTENDEE line?'),
    ('en', 'Is 192.0.2.10 a documentation address? yes or no'), ('en', 'Spell out the acronym OIDC.'),
    ('de', 'Was bedeutet der Git-Trailer "Signed-off-by"? Ein Satz.'), ('de', 'Übersetze "Passwort zurücksetzen" ins Englische.'),
    ('fr', 'Que signifie le code HTTP 302 ?'), ('fr', 'Traduis « lien de désinscription » en anglais.'),
    ('es', '¿Qué significa «webhook» en una frase?'), ('es', 'Pasa 3,5 GB a MB.'),
    ('pt', 'Quantos segundos tem um token que expira em 15 minutos?'), ('it', 'Qual è la porta predefinita di SSH?'),
    ('nl', 'Wat is het verschil tussen CC en BCC? Eén zin.'), ('sv', 'Översätt "kontoinställningar" till engelska.'),
    ('pl', 'Ile to jest 2^10?'), ('tr', '"Kullanıcı adı" İngilizcede ne demek?'),
    ('ru', 'Переведи на английский: «подтвердите адрес электронной почты».'), ('uk', 'Скільки байтів у кілобайті (KiB)?'),
    ('el', 'Τι σημαίνει το ακρωνύμιο URL;'), ('ar', 'ما معنى الاختصار API؟'), ('he', 'מה פירוש הקיצור SMS?'),
    ('hi', 'HTTP 404 का मतलब क्या है?'), ('ja', '「ログアウト」を英語に訳してください。'), ('ko', 'JSON은 무엇의 약자인가요?'),
    ('zh', '把 "two-factor authentication" 翻译成中文。'), ('th', 'HTTPS ใช้พอร์ตอะไร'), ('vi', 'Dịch "tên người dùng" sang tiếng Anh.'),
    ('id', 'Apa kepanjangan dari CSV?'), ('fi', 'Mitä tarkoittaa lyhenne VPN?'), ('cs', 'Kolik je 15 % z 240?'),
    ('sw', 'Tafsiri "barua pepe" kwa Kiingereza.'), ('en', 'Sort these alphabetically: zeta, alpha, mu, beta'),
    ('en', 'What timezone is UTC+0 in winter in London called?'), ('en', 'Add 17 and 26.'),
    ('en', 'Reformat 2026-12-05 as DD/MM/YYYY.'), ('en', 'Which HTTP method is idempotent: POST or PUT?'),
    ('en', 'What file extension do iCalendar files use?'), ('en', 'Count the words: "please verify your account today"'),
    ('ja', '2026年12月5日は何曜日ですか？'), ('de', 'Wie viele Minuten sind 3,5 Stunden?'), ('fr', 'Mets ce mot au pluriel : « compte ».'),
    ('es', 'Dame un sinónimo de «usuario».'), ('en', 'Is example.com reserved for documentation?'),
]
SHORT_HARD = [
    ('en', 'Design an idempotent webhook receiver for payment events that may arrive out of order, duplicated, or after the object was deleted. Compare dedupe-by-event-id vs state-machine versioning and justify which you pick.'),
    ('en', 'Our OIDC login fails for ~2% of users only right after a key rotation, and only on one of three pods. List the plausible root causes in order of likelihood and the experiment that separates each.'),
    ('en', 'Prove that if a rate limiter uses a fixed window of N requests per minute, a client can send 2N requests within any 60-second span, and give a construction of a sliding-window scheme that bounds it by N+1.'),
    ('en', 'We want to pseudonymise e-mail addresses in access logs but still count unique users per day across services. Compare salted hashing, HMAC with rotating keys and tokenisation; discuss linkability and key management trade-offs.'),
    ('en', 'Design the merge rules for deduplicating CRM contacts imported from three systems with conflicting phone formats and partial e-mails; how do you avoid wrongly merging two people with the same name?'),
    ('en', 'A git repository requires DCO sign-off. Design a CI check that handles squash merges, co-authors, bots and rebased commits, and explain the failure modes of each approach.'),
    ('en', 'Show that the expected number of collisions when hashing n user IDs into a 32-bit space is about n^2/2^33, and find n at which the probability of at least one collision exceeds 50%.'),
    ('en', 'Calendar invites sent by our app show the wrong time for attendees in a DST-shifting timezone only for recurring events. Reason step by step about VTIMEZONE, RRULE and UTC storage to find the bug.'),
    ('en', 'Design a multi-tenant audit log that must prove no entry was deleted or altered, supports GDPR erasure of personal fields, and stays queryable. Discuss hash chains vs Merkle trees vs WORM storage.'),
    ('en', 'Why can JWT validation with "alg" taken from the header be exploited? Walk through the attack, then design a validation routine that is robust to algorithm confusion and key-id injection.'),
    ('en', 'Our Slack bot receives each event twice roughly every 10 minutes and sometimes three times under load. Explain the retry semantics that could cause this and design a fix that stays correct if the bot restarts.'),
    ('en', 'Given webhook signatures computed as HMAC(secret, timestamp + "." + body), explain why verification fails intermittently when a proxy re-serialises JSON, and propose a design that tolerates it without weakening security.'),
    ('de', 'Entwirf ein Schema für Einwilligungen (Consent) pro Kanal (E-Mail, SMS, WhatsApp) mit Historie und Widerruf; begründe, warum du Event-Sourcing oder Zustands-Tabellen wählst.'),
    ('de', 'Beweise, dass eine Telefonnummer im E.164-Format höchstens 15 Ziffern hat, und erkläre, warum das eine Normalisierung vor dem Deduplizieren nicht überflüssig macht.'),
    ('fr', "Conçois un système de liens d'invitation à usage unique qui résiste au rejeu, au partage et aux aperçus de liens des messageries ; compare jetons signés et jetons stockés."),
    ('fr', "Notre SSO renvoie parfois l'utilisateur A connecté sous le compte de B. Raisonne étape par étape sur les causes possibles (cache, état OAuth, cookies) et propose un plan de diagnostic."),
    ('es', 'Diseña una estrategia de migración de identificadores de usuario de enteros secuenciales a UUIDv7 sin tiempo de inactividad, con claves foráneas en 40 tablas; analiza riesgos y orden de pasos.'),
    ('es', 'Demuestra que el algoritmo de Luhn detecta todos los errores de un solo dígito pero no todas las transposiciones adyacentes; da el contraejemplo.'),
    ('pt', 'Projete a deduplicação de leads que chegam por formulário, WhatsApp e e-mail quando o mesmo cliente usa números diferentes; quais sinais você combina e como mede falsos positivos?'),
    ('it', "Progetta un sistema di rotazione delle chiavi per firmare token JWT con più servizi consumatori, senza downtime; discuti JWKS, cache e finestre di sovrapposizione."),
    ('nl', 'Ontwerp een exportfunctie voor een CRM die een volledig inzageverzoek (AVG art. 15) beantwoordt over vijf microservices; hoe garandeer je volledigheid en consistentie?'),
    ('sv', 'Varför kan två e-postadresser som ser olika ut leverera till samma brevlåda? Resonera om normalisering (punkter, plus-adresser, skiftläge) och konstruera en säker jämförelseregel.'),
    ('pl', 'Zaprojektuj ograniczanie liczby prób logowania odporne na rozproszone ataki z wielu adresów IP, nie blokując użytkowników za NAT operatora; omów kompromisy.'),
    ('tr', 'Bir OAuth yetkilendirme akışında PKCE olmadan mobil uygulamada kodun çalınabileceğini adım adım göster ve PKCE nin bunu neden engellediğini kanıtla.'),
    ('ru', 'Спроектируй схему хранения событий входа (IP, user-agent, время) так, чтобы обнаруживать угон аккаунта и при этом удалять IP через 30 дней; обоснуй выбор агрегатов.'),
    ('uk', 'Доведи, що якщо кожен вебхук повторюється до k разів, а обробник ідемпотентний за ключем, кінцевий стан не залежить від порядку; де це твердження ламається?'),
    ('el', 'Σχεδίασε μηχανισμό συγχώνευσης λογαριασμών όταν ένας χρήστης συνδέεται με Google και με e-mail/κωδικό· ποιοι είναι οι κίνδυνοι κατάληψης λογαριασμού;'),
    ('ar', 'صمّم نظامًا لإرسال رموز التحقق عبر الرسائل القصيرة يقاوم الاحتيال على الرسوم (SMS pumping) مع الحفاظ على تجربة المستخدم، وناقش المفاضلات.'),
    ('he', 'נתח מדוע קישור איפוס סיסמה נפתח כבר "בשימוש" אצל חלק מהמשתמשים, כשהמייל עובר דרך סורק אבטחה ארגוני, והצע תכנון שפותר זאת.'),
    ('hi', 'एक ऐसा सिस्टम डिज़ाइन करें जो लाखों संपर्कों में डुप्लिकेट फ़ोन नंबर ढूँढे जब नंबर अलग-अलग देशों के फ़ॉर्मेट में लिखे हों; जटिलता और ट्रेड-ऑफ़ समझाइए।'),
    ('ja', 'メール変更フローで、旧アドレスと新アドレスの両方の確認を要求すべきか。乗っ取りシナリオを列挙し、設計上のトレードオフを論じてください。'),
    ('ko', '여러 리전에 걸친 세션 저장소에서 로그아웃이 즉시 반영되지 않는 문제의 원인을 단계적으로 추론하고, 일관성과 지연 사이의 설계 대안을 비교해 주세요.'),
    ('zh', '证明：若用户名比较前未做 Unicode NFKC 规范化，则存在两个视觉相同但不同的用户名；并设计一个既防冒充又不误伤合法用户的规则。'),
    ('th', 'ออกแบบระบบจัดเก็บ log การเข้าใช้งานที่ต้องเก็บ IP ไว้ตรวจสอบการโจมตีแต่ต้องลบภายใน 90 วัน พร้อมเหตุผลเรื่องการแลกเปลี่ยน'),
    ('vi', 'Thiết kế cơ chế đồng bộ danh bạ hai chiều giữa điện thoại và CRM, xử lý xung đột khi cả hai bên sửa cùng một liên hệ; so sánh last-write-wins và CRDT.'),
    ('id', 'Rancang antrean pengiriman webhook dengan retry eksponensial yang adil antar tenant sehingga satu tenant yang lambat tidak menahan yang lain; jelaskan trade-off-nya.'),
    ('fi', 'Suunnittele kutsulinkkien vanhenemis- ja peruutusmalli, joka toimii myös offline-mobiilisovelluksessa; perustele valinnat.'),
    ('cs', 'Dokaž, že pro k-anonymitu exportu s atributy věk, PSČ a pohlaví nestačí odstranit jména, a navrhni zobecnění, které dosáhne k=5 s minimální ztrátou.'),
    ('sw', 'Buni mfumo wa kuthibitisha namba za simu kwa SMS unaofanya kazi katika mitandao yenye ucheleweshaji mkubwa; linganisha chaguo mbalimbali.'),
    ('en', 'Derive the false-positive rate of a Bloom filter used to check whether an e-mail is on a suppression list, and choose m and k for 50M entries at 0.1% FPR. Show the math.'),
    ('en', 'Two services disagree whether a user is "verified" after an e-mail change. Design the event flow and invariants so this cannot happen, and explain what happens during partial failure.'),
    ('en', 'Design SCIM provisioning for an app whose usernames are mutable, including rename collisions and deprovisioning races; argue for your choice of immutable key.'),
    ('en', 'Explain why sorting users by display name gives different orders across locales and design a stable, locale-aware pagination cursor.'),
    ('en', 'Given an LRU cache of OAuth tokens keyed by user, show a sequence of requests where a token for one user could be served to another if the key includes only the e-mail local part, and fix it.'),
    ('en', 'Our tel: links dial the wrong number for users in some countries. Reason about national vs international formats and trunk prefixes, and design a normalisation pipeline.'),
    ('en', 'Plan a backfill that re-hashes 2 billion identifiers from SHA-1 to HMAC-SHA256 while both must be queryable for 30 days; estimate time and describe rollback.'),
    ('en', 'Prove that any deterministic pseudonymisation of e-mails is vulnerable to dictionary attacks if the salt leaks, and quantify the work for a 10^9-entry dictionary.'),
    ('en', 'Design the conflict resolution for a shared calendar where two organisers edit the same recurring event exception offline.'),
    ('en', 'Why does our Discord bot miss messages in large guilds after it reached 2,500 servers? Reason about sharding, intents and rate limits and propose a fix.'),
    ('en', 'Compare three ways to let users log in with a phone number (SMS OTP, WhatsApp OTP, passkey bound to phone) in terms of SIM-swap risk, cost and recovery.'),
]
EASY_TASKS = {
    'en': ['convert this to CSV with columns timestamp,status,path', 'count how many lines have status 200', 'sort these by time and remove duplicates',
           'translate the headers into Spanish, keep the rest', 'make it a markdown table', 'list the unique paths'],
    'de': ['wandle das in CSV um', 'zähle die Zeilen mit Status 200'], 'fr': ['convertis en CSV', 'compte les lignes avec le statut 200'],
    'es': ['pásalo a CSV', 'cuenta las líneas con estado 200'], 'ja': ['CSVに変換して', 'ステータス200の行数を数えて'],
    'ru': ['переведи в CSV', 'посчитай строки со статусом 200'], 'pt': ['converta para CSV', 'conte as linhas com status 200'],
    'zh': ['转换成 CSV', '统计状态为 200 的行数'], 'ko': ['CSV로 바꿔줘', '상태 200인 줄 수를 세어줘'], 'tr': ['CSV ye çevir', 'durumu 200 olan satırları say'],
    'pl': ['zamień na CSV', 'policz linie ze statusem 200'], 'it': ['converti in CSV', 'conta le righe con stato 200'],
}
HARD_TASKS = {
    'en': ['users report random logouts since Tuesday. using these logs, find the root cause step by step and propose a fix with trade-offs',
           'webhook deliveries started failing for some tenants. reason through the log, identify the causal chain and design a fix that prevents recurrence',
           'our login success rate dropped only for some regions. analyse the log, form hypotheses, rule them out with evidence and say what to change'],
    'de': ['seit Dienstag gibt es zufällige Abmeldungen. Finde anhand der Logs die Ursache Schritt für Schritt und schlage eine Lösung mit Abwägungen vor'],
    'fr': ["des livraisons de webhooks échouent pour certains clients. analyse les journaux, établis la chaîne causale et propose une correction durable"],
    'es': ['la tasa de inicios de sesión cayó solo en algunas regiones; analiza el registro, plantea hipótesis, descártalas con evidencia y propone cambios'],
    'ja': ['火曜日からランダムにログアウトされるという報告。ログから原因を段階的に特定し、トレードオフを含めて修正案を出して'],
    'ru': ['с вторника пользователей случайно разлогинивает. по логам найди первопричину шаг за шагом и предложи исправление с компромиссами'],
    'zh': ['部分租户的 webhook 投递开始失败。请根据日志逐步推理因果链，并设计防止复发的方案'],
    'pt': ['a taxa de login caiu só em algumas regiões; analise o log, levante hipóteses, descarte com evidências e diga o que mudar'],
}
PATHS = ['/api/login', '/api/session/refresh', '/webhooks/payments', '/v1/contacts/export', '/oauth/token', '/calendar/invite', '/static/app.js', '/healthz']


def long_log(rng, n, anomaly=False):
    out = []
    for i in range(n):
        ip = doc_ip(rng)
        st = rng.choice([200, 200, 200, 204, 302, 401, 429]) if not anomaly else rng.choice([200, 200, 401, 401, 502])
        extra = ''
        if anomaly and i % 5 == 0:
            extra = f' upstream=auth-{rng.randrange(3)} clock_skew_ms={rng.choice([12, 9, 48211, 51007, 15])} kid={rng.choice(["k-2026-10", "k-2026-11"])}'
        out.append(f'2026-11-{rng.randint(1, 28):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z {ip} '
                   f'"{rng.choice(["GET", "POST"])} {rng.choice(PATHS)}" {st} {rng.randint(40, 9000)}B user=u_{sha(str(rng.random()), 8)}{extra}')
    return '\n'.join(out)


def pick_lang(rng, d):
    k = rng.choice(sorted(d))
    return k, rng.choice(d[k])


def gen_cx(seed):
    rng = random.Random(seed + 1)
    recs = []
    tag = {'en': 'en', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'pt': 'pt-BR', 'it': 'it-IT', 'nl': 'nl-NL', 'sv': 'sv-SE', 'pl': 'pl-PL', 'tr': 'tr-TR',
           'ru': 'ru-RU', 'uk': 'uk-UA', 'el': 'el-GR', 'ar': 'ar-EG', 'he': 'he-IL', 'hi': 'hi-IN', 'ja': 'ja-JP', 'ko': 'ko-KR', 'zh': 'zh-CN',
           'th': 'th-TH', 'vi': 'vi-VN', 'id': 'id-ID', 'fi': 'fi-FI', 'cs': 'cs-CZ', 'sw': 'sw-KE'}

    def add(cat, label, adv, lang, style, content, system=None):
        msgs = ([{'role': 'system', 'content': system}] if system else []) + [{'role': 'user', 'content': content}]
        recs.append({'id': '', 'category': cat, 'label': label, 'length_adversarial': adv, 'endpoint': 'chat', 'lang': tag[lang], 'style': style,
                     'body': {'model': rng.choice(MODELS), 'messages': msgs}})

    for lang, q in SHORT_SIMPLE:
        add('short_simple', 0, False, lang, 'lookup/short', q, rng.choice([None, 'You are a helpful assistant.']))
    for lang, q in SHORT_HARD:
        add('short_hard', 1, True, lang, 'design_or_proof/short', q, rng.choice([None, 'You are a senior platform engineer.']))
    for i in range(52):
        lang, task = pick_lang(rng, EASY_TASKS)
        kind = i % 3
        if kind == 0:
            body = long_log(rng, rng.randint(18, 30))
        elif kind == 1:
            rows = ['Account,Email,Phone,Tier'] + [f'{c} {j},info+{j}@example.com,{FICTIONAL_US(rng)},{rng.choice(["gold", "silver", "bronze"])}'
                                                   for j, c in enumerate(rng.choices(COMPANIES, k=rng.randint(30, 45)))]
            body = '\n'.join(rows)
            task = task.replace('timestamp,status,path', 'account,tier').replace('status 200', 'tier gold').replace('estado 200', 'tier gold').replace('Status 200', 'tier gold')
        else:
            body = '\n\n'.join('\r\n'.join(['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org', f'FN:{c}', f'EMAIL:desk{j}@example.org', f'TEL:{FICTIONAL_US(rng)}', 'END:VCARD'])
                               for j, c in enumerate(rng.choices(COMPANIES, k=rng.randint(14, 20))))
        content = f'{task}\n\n{body}' if rng.random() < 0.5 else f'{body}\n\n{task}'
        assert len(content) >= 1500, len(content)
        add('long_easy', 0, True, lang, f'reformat_or_count/{["log", "csv", "vcards"][kind]}', content)
    for i in range(43):
        lang, task = pick_lang(rng, HARD_TASKS)
        body = long_log(rng, rng.randint(16, 28), anomaly=True)
        if i % 3 == 2:
            spec = ('Context: sessions are JWTs signed with rotating keys (kid). Three auth pods behind a load balancer; JWKS cached 24h per pod. '
                    'Key rotated on 2026-11-10. NTP was migrated on one node the same week.\n')
            body = spec + body
        content = f'{task}\n\n{body}'
        assert len(content) >= 1200
        add('long_hard', 1, False, lang, 'root_cause/log', content, rng.choice([None, 'You are an SRE assistant.']))
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r['id'] = f'geyser-cx-{i:04d}'
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii = gen_pii(a.seed)
    cx = gen_cx(a.seed)
    for name, recs in (('pii_geyser.jsonl', pii), ('complexity_geyser.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8', newline='\n') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_geyser.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions), {sens} sensitive / {len(pii) - sens} benign, '
          f'{len({r["lang"] for r in pii})} language tags')
    print('  categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print('  placements:', dict(sorted(collections.Counter(r['style'].split(' · ')[1] for r in pii).items())))
    print('  pool sizes after freeze cut (first, last):', POOL_SIZES, 'companies', len(COMPANIES), 'official', len(OFFICIAL))
    adv = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_geyser.jsonl: {len(cx)} requests in {len({r["lang"] for r in cx})} language tags:',
          dict(sorted(collections.Counter(r['category'] for r in cx).items())),
          f'{adv} ({100 * adv / len(cx):.0f}%) length-adversarial, {sum(r["label"] for r in cx)} labelled 1')
    le = [len(r['body']['messages'][-1]['content']) for r in cx if r['category'] == 'long_easy']
    print('  long_easy min chars:', min(le))


if __name__ == '__main__':
    main()
