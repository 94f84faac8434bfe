#!/usr/bin/env python3
"""Nunatak: an independent evaluation split for the request signals, organised by WORK AND EMPLOYMENT.

Writes bench/data/signals/pii_nunatak.jsonl and bench/data/signals/complexity_nunatak.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity:
id, category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, no commit messages and no other branch; the record format came from the first 70 lines of the delta
    generator and the first two lines of each delta file. The other generators were not read: their sources
    are only scanned automatically at run time for capitalised / non-ASCII words and Han/Kana bigrams, and
    every first name, family name, street stem and company of this file is cut against that set (order kept,
    the run aborts if a pool runs empty). Those words are never printed.

Organising principle
    WORK AND EMPLOYMENT: the life of a job and the paperwork around it -- job applications and CVs, recruiter
    notes and outreach, interview scheduling and feedback, offer letters, payroll runs and payslips, HR cases
    (grievance, sickness, occupational health), references, rotas / timesheets / clock-in logs, expense
    claims, onboarding and right-to-work forms, leavers. The people involved are private applicants and
    employees (sensitive) versus employers, agencies, payroll bureaus and their role contacts (benign). Each
    kind is a category: ``<kind>`` for sensitive records, ``<kind>_benign`` for hard negatives of that kind.
    Data locales rotate over 30 locales (Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Han, Kana,
    Hangul, Thai scripts) with locale-true names, streets, postcodes, phones and identifiers; the document
    sits in a request field chosen by rotation (user / system / earlier assistant / tool result / tool-call
    arguments / content parts / base64 file part / response_format schema / metadata); about 10 % use the
    legacy completions endpoint.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching the
    serialised body (file parts decoded, URLs unquoted) for every value the record issued. ``ssn`` is the US
    SSN only; citizen numbers (PESEL, DNI, BSN, personnummer, HETU, CPR, rodne cislo, CNP, TC kimlik, Aadhaar,
    resident ID, RRN, teudat zehut, My Number, Thai PIN, NIK, PPSN) are NATIONAL_ID; taxpayer numbers
    (Steuer-ID, CPF, PAN, INN, RNOKPP, TFN, NIF, UTR) TAX_ID; NHS number, French NIR, Canadian SIN and Greek
    AMKA (social/health insurance numbers) HEALTH_INSURANCE; occupational-health / hospital record numbers
    MEDICAL_RECORD; a US routing + account pair US_BANK_NUMBER; a public IP in a home-worker's clock-in or VPN
    log IP_ADDRESS. Benign records are hard negatives of the same kind: role mailboxes (careers@, payroll@),
    company switchboards, public figures in their public role (CEOs, ministers), historical and fictional
    persons, eponyms (acts, prizes, charts), blank templates with placeholders, anonymised cases, employee /
    requisition / ticket numbers, IBAN registry examples, test card numbers, ICAO specimen passport values,
    documentation IP ranges and example.com addresses.

Contents (seed 20261205; the run prints all counts)
    pii_nunatak.jsonl: 495 requests (445 chat, 50 completions) in 30 locales; 11 kinds x 45 (26 sensitive + 19
    benign each: 286 sensitive / 209 benign). Entity totals: person 286, phone 130, STREET_ADDRESS 118,
    DATE_OF_BIRTH 59, email 57, NATIONAL_ID 37, IP_ADDRESS 26, MEDICAL_RECORD 26, credit_card 26, TAX_ID 15,
    iban 14, PASSPORT 11, HEALTH_INSURANCE 9, US_BANK_NUMBER 3, ssn 2, DRIVER_LICENSE 2. complexity_nunatak.jsonl:
    190 chat requests in 25 language tags: short_simple 48, long_easy 50 (>= 1,500 chars), short_hard 50,
    long_hard 42; 100 (53 %) length-adversarial, 92 labelled 1.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (IBAN, Luhn cards,
    SSN rules, national / tax ids; passports with an own ICAO 7-3-1 check); every phone is validated for its
    region with ``phonenumbers``; every IP is checked global and outside documentation ranges with
    ``ipaddress``. The run aborts on any invalid value and asserts ``sensitive == bool(entities)``.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_nunatak_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
from stdnum import iban as std_iban, luhn
from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka
from stdnum.id import nik
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

ROOT = pathlib.Path(__file__).resolve().parent.parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus',
                  'playa', 'pingo', 'kame', 'tepui', 'arete', 'bajada', 'cuesta', 'loess')
HANKANA = re.compile(r'[\u3040-\u30ff\u3400-\u9fff]')


def other_words():
    """Capitalised / non-ASCII words and Han/Kana bigrams of the frozen generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = ROOT / 'bench' / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        t = p.read_text(encoding='utf-8', errors='replace')
        for w in re.findall(r"[A-Z][A-Za-z'\-]+", t):
            words.add(w.lower())
        for w in re.findall(r"\w*[^\x00-\x7f]\w*", t):
            words.add(w.lower())
        for run in re.findall(r'[\u3040-\u30ff\u3400-\u9fff]{2,}', t):
            for i in range(len(run) - 1):
                bigrams.add(run[i:i + 2])
    return words, bigrams


OTHER_W, OTHER_B = other_words()


def clean(entry):
    for w in re.split(r"[\s\-'.,]+", entry):
        if not w or re.fullmatch('[a-z]+', w):  # lowercase particles (de, des, dos) are not pool words
            continue
        if w.lower() in OTHER_W:
            return False
        if HANKANA.search(w):
            for i in range(len(w) - 1):
                if w[i:i + 2] in OTHER_B:
                    return False
    return True


def cut(pool, what):
    out = [e for e in pool if clean(e)]
    if not out:
        raise SystemExit(f'pool ran empty after the blind cut: {what}')
    return out


# ---------------------------------------------------------------------------------------------- locales
# code: (first names, family names, street stems, street pattern, cities+postcodes, phone pattern, region,
#        labels {name, dob, addr, phone, mail}, an ask in the language)
L = {}


def loc(code, first, last, stems, street, cities, phone, region, labels, ask, order='fl'):
    L[code] = dict(first=first.split('|'), last=last.split('|'), stems=stems.split('|'), street=street,
                   cities=cities, phone=phone, region=region, lab=labels.split('|'), ask=ask, order=order)


loc('en-GB', 'Tamsin|Orla|Rhodri|Kieran|Bryony|Eilidh|Piers|Niamh|Callum|Jocasta|Saoirse|Fenella',
    'Pendlebury|Ashdown|Thwaite|Cardew|Brimble|Ollerenshaw|Quennell|Hebblethwaite|Nuttall|Scrivener|Treloar|Gedge',
    'Wisteria|Larkspur|Ferncombe|Tolly|Pinfold|Cowslip|Hayrick|Wheelwright|Bramling|Saltings', '{n} {s} Close',
    [('Kettering', 'NN15 6QT'), ('Barnstaple', 'EX31 2HR'), ('Hexham', 'NE46 3PL'), ('Ludlow', 'SY8 1RZ')],
    '07{4}d{8}', 'GB', 'Name|Date of birth|Home address|Mobile|Personal email', 'Can you tidy this up?')
loc('en-US', 'Dashiell|Maribel|Tavon|Kinsley|Ezekiel|Shelby|Rosalind|Deshawn|Lorelei|Brantley|Jolene|Thaddeus',
    'Kowalczyk|Abernathy|Delacroix|Vanterpool|Okafor|Halvorsen|Pettigrew|Buckalew|Wojcik|Marchetti|Shumaker|Lindqvist',
    'Persimmon|Tamarack|Bluestem|Sassafras|Buckeye|Redbud|Coneflower|Ironwood|Sumac|Quarrystone', '{n} {s} Drive',
    [('Dayton, OH', '45419'), ('Boise, ID', '83706'), ('Chattanooga, TN', '37411'), ('Spokane, WA', '99203')],
    '({A}) {B}-{4}', 'US', 'Name|DOB|Home address|Cell|Personal email', 'Please review this.')
loc('de-DE', 'Hannelore|Wiebke|Torben|Malte|Gesine|Jannik|Frauke|Detlef|Imke|Ole|Swantje|Heiko',
    'Brockmöller|Tiedemann|Wendlandt|Kuhlmann|Ahlborn|Pieper|Riedesel|Eckhoff|Stoltenberg|Hagedorn|Mertesacker|Quast',
    'Holunder|Ginster|Wacholder|Schlehen|Mispel|Rainfarn|Hagebutten|Quitten|Sanddorn|Wegwarten', '{s}weg {n}',
    [('Lüneburg', '21337'), ('Paderborn', '33100'), ('Bamberg', '96050'), ('Husum', '25813')],
    '015{1}d{8}', 'DE', 'Name|Geburtsdatum|Anschrift|Mobil|E-Mail privat', 'Bitte prüfen und zusammenfassen.')
loc('fr-FR', 'Gwenaëlle|Anatole|Solène|Baptiste|Maëlys|Gaspard|Ombeline|Yannick|Clémence|Tanguy|Ludivine|Aurélien',
    'Quéméneur|Lebreton|Chaumette|Duvivier|Perrichon|Abgrall|Fourcade|Lestrade|Mazurier|Tardieu|Vaillancourt|Rouxel',
    'des Glycines|des Tilleuls|du Vieux Pressoir|des Coquelicots|de la Chanterelle|des Hortensias|du Lavoir|des Sorbiers',
    '{n} rue {s}', [('Quimper', '29000'), ('Angoulême', '16000'), ('Colmar', '68000'), ('Annecy', '74000')],
    '06{8}', 'FR', 'Nom|Date de naissance|Adresse|Portable|E-mail perso', 'Tu peux vérifier ce document ?')
loc('es-ES', 'Iñigo|Rocío|Fermín|Nerea|Eusebio|Itziar|Leire|Ambrosio|Maite|Gorka|Begoña|Saturnino',
    'Etxeberria|Villalobos|Arrieta|Benavente|Zubizarreta|Carrasquilla|Olano|Barrenechea|Quintanilla|Urquiza|Azpiazu|Lozoya',
    'de los Almendros|del Romero|de la Retama|del Alcornoque|de las Adelfas|del Tomillo|de la Jara|del Madroño',
    'Calle {s}, {n}, 2º B', [('Logroño', '26004'), ('Cáceres', '10005'), ('Huesca', '22002'), ('Lugo', '27003')],
    '6{8}', 'ES', 'Nombre|Fecha de nacimiento|Domicilio|Móvil|Correo personal', '¿Puedes revisar esto?')
loc('it-IT', 'Ottavia|Ludovico|Benedetta|Raffaele|Costanza|Edoardo|Ginevra|Tiziano|Ilaria|Gualtiero|Noemi|Arturo',
    'Brambilla|Scognamiglio|Pellegatta|Zanardelli|Castellucci|Marzocchi|Bonfiglio|Tagliaferri|Mazzoleni|Cappelletti|Rinaldini|Sorrentino',
    'dei Gelsi|delle Acacie|dei Mandorli|delle Ginestre|dei Tigli|del Melograno|delle Mimose|dei Cipressi',
    'Via {s} {n}', [('Bergamo', '24121'), ('Lecce', '73100'), ('Parma', '43121'), ('Treviso', '31100')],
    '3{9}', 'IT', 'Nome|Data di nascita|Indirizzo|Cellulare|Email personale', 'Puoi controllare questo?')
loc('nl-NL', 'Femke|Joost|Marieke|Sietse|Anouk|Wouter|Lieke|Gerrit|Ilse|Thijmen|Rianne|Bram',
    'Hoogendijk|Van Wijngaarden|Ruitenberg|Zwanenburg|Kloosterman|Brouwershaven|Terpstra|Dijkhuizen|Oudshoorn|Wesselink|Boersma|Harmsen',
    'Vlinderbloem|Pimpernel|Kamperfoelie|Dotterbloem|Zandhaver|Klaproos|Boterbloem|Lisdodde', '{s}straat {n}',
    [('Zwolle', '8011 PK'), ('Leeuwarden', '8911 BN'), ('Deventer', '7411 HJ'), ('Breda', '4811 XP')],
    '06{8}', 'NL', 'Naam|Geboortedatum|Adres|Mobiel|Privé e-mail', 'Kun je dit nakijken?')
loc('pl-PL', 'Bożena|Jarosław|Wiesława|Przemysław|Grażyna|Radosław|Jadwiga|Zdzisław|Halina|Bogumił|Teodora|Leszek',
    'Przybylski|Wróblewska|Gąsiorowski|Szczepaniak|Kołodziej|Ptaszyńska|Grabowiecki|Dudziak|Chmielewska|Sobieraj|Wilczyński|Pietrzak',
    'Jaśminowa|Storczykowa|Konwaliowa|Jarzębinowa|Wrzosowa|Leszczynowa|Modrzewiowa|Miodowa', 'ul. {s} {n}/3',
    [('Toruń', '87-100'), ('Opole', '45-061'), ('Rzeszów', '35-025'), ('Olsztyn', '10-512')],
    '5{8}', 'PL', 'Imię i nazwisko|Data urodzenia|Adres|Telefon|E-mail prywatny', 'Sprawdź to proszę.')
loc('pt-BR', 'Jucelino|Rosângela|Valdir|Josiane|Claudionor|Edileuza|Wanderley|Marinalva|Adenilson|Gislaine|Osmar|Lucélia',
    'Nogueira Brandão|Cavalcanti|Bezerra|Figueiredo|Albuquerque|Guimarães|Medeiros|Sampaio|Vasconcelos|Damasceno|Quintela|Magalhães',
    'das Jabuticabeiras|dos Ipês|das Quaresmeiras|dos Jacarandás|das Mangueiras|dos Cajueiros|das Acerolas|dos Buritis',
    'Rua {s}, {n}', [('Campinas - SP', '13083-970'), ('Londrina - PR', '86010-190'), ('Natal - RN', '59020-300')],
    '({D}) 9{8}', 'BR', 'Nome|Data de nascimento|Endereço|Celular|E-mail pessoal', 'Pode revisar isso?')
loc('sv-SE', 'Ingegerd|Torbjörn|Sigrid|Hampus|Ylva|Gunnar|Linnea|Evert|Solveig|Alvar|Ebba|Kjell',
    'Lindgren Ek|Bergqvist|Holmström|Sjöberg|Wikström|Fogelberg|Tornblad|Nyquist|Ekdahl|Rosenqvist|Hägglund|Lundmark',
    'Lingon|Hjortron|Blåbärs|Enbärs|Rönnbärs|Kvarn|Smedje|Hassel', '{s}vägen {n}',
    [('Umeå', '903 25'), ('Falun', '791 31'), ('Växjö', '352 36'), ('Kalmar', '392 31')],
    '07{0}d{7}', 'SE', 'Namn|Födelsedatum|Adress|Mobil|Privat e-post', 'Kan du granska detta?')
loc('fi-FI', 'Aino|Eero|Kyllikki|Tapio|Sanni|Ilmari|Venla|Onni|Helmi|Veikko|Tuulikki|Jouni',
    'Korhonen|Hakkarainen|Tuominen|Rautiainen|Kettunen|Leinonen|Hyvärinen|Miettinen|Kauppinen|Pesonen|Ruotsalainen|Savolainen',
    'Kanerva|Kataja|Puolukka|Mustikka|Pihlaja|Koivikko|Sammal|Kielo', '{s}tie {n} B 7',
    [('Kuopio', '70100'), ('Jyväskylä', '40100'), ('Oulu', '90100'), ('Lahti', '15110')],
    '04{0}d{7}', 'FI', 'Nimi|Syntymäaika|Osoite|Puhelin|Sähköposti', 'Voitko tarkistaa tämän?')
loc('da-DK', 'Mette|Søren|Birgitte|Jesper|Lærke|Kasper|Dorthe|Rasmus|Pernille|Torben|Signe|Bjarke',
    'Kjærgaard|Rasmussen|Skovgaard|Thygesen|Vestergaard|Bundgaard|Lykkegaard|Damgaard|Overgaard|Kristoffersen|Fuglsang|Bech',
    'Hyldebær|Kløver|Slåen|Tjørne|Hassel|Rønne|Mjødurt|Gyvel', '{s}vej {n}',
    [('Aarhus C', '8000'), ('Odense C', '5000'), ('Vejle', '7100'), ('Aalborg', '9000')],
    '{2}d{7}', 'DK', 'Navn|Fødselsdato|Adresse|Mobil|Privat e-mail', 'Kan du gennemgå dette?')
loc('cs-CZ', 'Bohumil|Libuše|Radek|Věra|Zdeněk|Jarmila|Vojtěch|Blanka|Přemysl|Dagmar|Lubomír|Hedvika',
    'Dvořáček|Procházková|Kratochvíl|Holubová|Vondráček|Šťastná|Malinovský|Zedníková|Pospíšil|Doležalová|Hrubeš|Kopecká',
    'Jabloňová|Lipová|Višňová|Jeřabinová|Šeříková|Olšová|Bezová|Trnková', '{s} {n}',
    [('Olomouc', '779 00'), ('Brno', '602 00'), ('Plzeň', '301 00'), ('Liberec', '460 01')],
    '60{1}d{6}', 'CZ', 'Jméno|Datum narození|Adresa|Mobil|Soukromý e-mail', 'Můžeš to zkontrolovat?')
loc('ro-RO', 'Ionela|Sorin|Mirela|Cătălin|Lavinia|Dorin|Roxana|Marius|Simona|Ovidiu|Crina|Valentin',
    'Popescu-Dumitrache|Lungu|Ciobanu|Munteanu|Stoica|Zamfir|Bălănescu|Neagu|Căpraru|Voinea|Gheorghiu|Moldoveanu',
    'Teilor|Salcâmilor|Castanilor|Zambilelor|Liliacului|Florilor de Câmp|Nucului|Măceșului', 'Str. {s} nr. {n}',
    [('Cluj-Napoca', '400349'), ('Iași', '700259'), ('Brașov', '500123'), ('Sibiu', '550182')],
    '07{2}d{7}', 'RO', 'Nume|Data nașterii|Adresa|Telefon|E-mail personal', 'Poți verifica asta?')
loc('tr-TR', 'Gülşen|Eren|Sevgül|Oğuzhan|Nurhan|Tolga|Şebnem|Yiğit|Pınar|Kadir|Ebru|Ufuk',
    'Karaağaç|Yıldırım|Demirtaş|Kocabaş|Özdemir|Aksoy|Çelebi|Korkmaz|Eryılmaz|Tekin|Bayraktar|Güneş',
    'Ihlamur|Menekşe|Karanfil|Akasya|Begonya|Zeytinlik|Papatya|Nergis', '{s} Sokak No: {n}',
    [('Eskişehir', '26130'), ('Kayseri', '38030'), ('Trabzon', '61030'), ('Denizli', '20010')],
    '05{3}d{8}', 'TR', 'Ad Soyad|Doğum tarihi|Adres|Cep|Kişisel e-posta', 'Bunu kontrol eder misin?')
loc('hi-IN', 'प्रियंका|अनिरुद्ध|सुलोचना|हर्षवर्धन|तनुजा|धीरेंद्र|मृणाल|योगेश|शालिनी|कौस्तुभ|ऋतिका|विनायक',
    'कुलकर्णी|चतुर्वेदी|बंसल|त्रिपाठी|अग्रवाल|श्रीवास्तव|भटनागर|मिश्रा|देशपांडे|सक्सेना|जोशी|पांडे',
    'गुलमोहर|अशोक विहार|कदंब|पलाश|अमलतास|शिरीष', 'मकान नं. {n}, {s} कॉलोनी',
    [('जयपुर', '302017'), ('इंदौर', '452010'), ('लखनऊ', '226016'), ('पुणे', '411038')],
    '9{9}', 'IN', 'नाम|जन्म तिथि|पता|मोबाइल|ईमेल', 'कृपया इसे जाँच लें।')
loc('zh-CN', '梓萱|浩宇|雨桐|俊熙|欣怡|子墨|诗涵|皓轩|语嫣|鹏飞|婉清|泽楷',
    '欧阳|司马|诸葛|上官|东方|慕容|令狐|皇甫|尉迟|公孙|澹台|宇文',
    '梧桐|丁香|海棠|银杏|紫荆|玉兰', '{s}路{n}号3栋502室',
    [('杭州市西湖区', '310012'), ('成都市武侯区', '610041'), ('南京市鼓楼区', '210009')],
    '13{9}', 'CN', '姓名|出生日期|住址|手机|邮箱', '请帮我检查一下。', order='lf')
loc('ja-JP', '翔太|美咲|健人|彩花|悠真|千尋|拓海|菜々子|颯太|遥香|大輝|真由',
    '佐々木|長谷川|小野寺|宮之原|五十嵐|久保田|東海林|勅使河原|四宮|御手洗|大河内|早乙女',
    '桜ヶ丘|緑町|若葉台|旭町|泉町|松が丘', '{s}{n}丁目4番11号',
    [('札幌市中央区', '060-0042'), ('福岡市早良区', '814-0001'), ('仙台市青葉区', '980-0811')],
    '090{8}', 'JP', '氏名|生年月日|住所|携帯|メール', 'これを確認してください。', order='lf')
loc('ko-KR', '서연|도윤|하은|시우|지아|준서|수아|예준|채원|은우|다인|건우',
    '김|이|박|최|정|강|조|윤|장|임|한|오',
    '은행나무|느티나무|매화|진달래|개나리|목련', '{s}로 {n}번길 12, 301호',
    [('수원시 영통구', '16677'), ('대전광역시 유성구', '34141'), ('청주시 흥덕구', '28501')],
    '010{8}', 'KR', '성명|생년월일|주소|휴대폰|이메일', '이것 좀 검토해 주세요.', order='lf')
loc('ru-RU', 'Ярослава|Всеволод|Евдокия|Святослав|Прасковья|Ростислав|Агафья|Мирон|Василиса|Тимофей|Любава|Елисей',
    'Перепёлкин|Колокольцева|Соловейчик|Завьялов|Голубева|Тетерин|Снегирёва|Грачёв|Кукушкина|Дроздов|Синицына|Щеглов',
    'Рябиновая|Черёмуховая|Калиновая|Сиреневая|Брусничная|Земляничная', 'ул. {s}, д. {n}, кв. 14',
    [('Вологда', '160009'), ('Тверь', '170100'), ('Псков', '180000'), ('Томск', '634050')],
    '9{9}', 'RU', 'ФИО|Дата рождения|Адрес|Телефон|Личная почта', 'Проверь, пожалуйста.')
loc('uk-UA', 'Оксана|Тарас|Ганна|Богдан|Соломія|Остап|Мирослава|Назар|Зоряна|Ярема|Уляна|Орест',
    'Ковальчук|Гнатюк|Мельничук|Дорошенко|Савчук|Кравчишин|Бондаренко|Гуменюк|Тимошенко-Ліщук|Стельмах|Яремчук|Волошин',
    'Калинова|Вишнева|Барвінкова|Ясенева|Горіхова|Смерекова', 'вул. {s}, {n}, кв. 8',
    [('Львів', '79000'), ('Вінниця', '21000'), ('Чернівці', '58000'), ('Полтава', '36000')],
    '+380 6{8}', 'UA', 'ПІБ|Дата народження|Адреса|Телефон|Особиста пошта', 'Перевір, будь ласка.')
loc('el-GR', 'Ευανθία|Παναγιώτης|Χρυσούλα|Σπυρίδων|Αικατερίνη|Θεμιστοκλής|Ελπίδα|Χαράλαμπος|Βασιλική|Στυλιανός|Ευτυχία|Ηλίας',
    'Παπαδάκης|Κωνσταντινίδου|Μαυρογιάννης|Τσακαλίδου|Αναστασόπουλος|Χατζηδάκη|Καραμανλής|Μπουλούκου|Ζαχαρίου|Λαμπρόπουλος|Σταυρίδου|Βλάχος',
    'Μυρτιάς|Ανθέων|Κυπαρίσσων|Λεμονιάς|Πλατάνων|Ελιάς', 'Οδός {s} {n}',
    [('Πάτρα', '262 22'), ('Ηράκλειο', '712 02'), ('Λάρισα', '412 22'), ('Βόλος', '382 21')],
    '69{8}', 'GR', 'Ονοματεπώνυμο|Ημ. γέννησης|Διεύθυνση|Κινητό|Προσωπικό email', 'Μπορείς να το ελέγξεις;')
loc('he-IL', 'נועה|איתמר|שירה|עומרי|הדס|אביתר|מעיין|נתנאל|טליה|ירדן|אלמוג|הילה',
    'בן־חיים|גולדברג|אזולאי|שטרנברג|ברקוביץ|אלמקייס|רוזנטל|דהן|פרידמן|חזן|ליבוביץ|מזרחי',
    'הרימון|השקד|הדקל|התאנה|האלון|הזית', 'רחוב {s} {n}, דירה 5',
    [('חיפה', '3303112'), ('באר שבע', '8471621'), ('רחובות', '7640118')],
    '05{2}d{7}', 'IL', 'שם|תאריך לידה|כתובת|נייד|דוא"ל אישי', 'תוכל לבדוק את זה?')
loc('ar-AE', 'مريم|عبدالرحمن|فاطمة|سلطان|نورة|حمدان|شمة|راشد|موزة|خليفة|عائشة|مبارك',
    'المهيري|الكعبي|الشامسي|النعيمي|الظاهري|المنصوري|السويدي|الفلاسي|القبيسي|الرميثي|الحمادي|البلوشي',
    'الياسمين|الغاف|النخيل|السدر|الريحان|اللؤلؤ', 'فيلا {n}، شارع {s}',
    [('العين', 'ص.ب. غير مطلوب'), ('الشارقة', '—'), ('رأس الخيمة', '—')],
    '05{0}d{7}', 'AE', 'الاسم|تاريخ الميلاد|العنوان|الجوال|البريد الشخصي', 'هل يمكنك مراجعة هذا؟')
loc('th-TH', 'ศิริพร|ธนากร|กาญจนา|ณัฐพล|พิมพ์ชนก|วรวุฒิ|สุภาวดี|อภิชาติ|นันทนา|ปิยะพงษ์|รัชนี|ชยพล',
    'ศรีสุวรรณ|วงศ์ใหญ่|แก้วมณี|ทองประเสริฐ|บุญมาก|สุขสวัสดิ์|จันทร์แก้ว|พรหมมา|เพชรรัตน์|ศักดิ์ดี|อินทรวงศ์|รุ่งเรือง',
    'ลาดพร้าว|พหลโยธิน|รามอินทรา|ประชาอุทิศ|สุขุมวิท|เพชรเกษม', '{n}/12 ซอย 8 ถนน{s}',
    [('เชียงใหม่', '50200'), ('ขอนแก่น', '40000'), ('นครราชสีมา', '30000')],
    '08{1}d{7}', 'TH', 'ชื่อ-สกุล|วันเกิด|ที่อยู่|มือถือ|อีเมล', 'ช่วยตรวจสอบหน่อยครับ')
loc('id-ID', 'Wulandari|Bayu|Ratnasari|Galih|Kurniasih|Yudhistira|Lestari|Bagus|Anggraini|Wicaksono|Puspita|Hendro',
    'Setiawan|Nugroho|Kusumawati|Prasetyo|Hidayat|Wibisono|Susanto|Rahmawati|Saputra|Purnomo|Handayani|Siregar',
    'Melati|Kenanga|Cempaka|Flamboyan|Anggrek|Teratai', 'Jl. {s} No. {n}, RT 03/RW 07',
    [('Yogyakarta', '55281'), ('Semarang', '50241'), ('Malang', '65145'), ('Bandung', '40132')],
    '08{1}d{8}', 'ID', 'Nama|Tanggal lahir|Alamat|HP|Email pribadi', 'Tolong cek ini ya.')
loc('en-CA', 'Rémi|Tessa|Marguerite|Dallas|Geneviève|Colby|Mireille|Brody|Josée|Kendra|Sylvain|Harlan',
    'Tremblay-Okoro|Bouchard|Gauthier|MacIsaac|Thibodeau|Lafleur|Petrovic|McCrimmon|Sauvé|Leblanc|Arsenault|Chartrand',
    'Tamarack|Chokecherry|Balsam|Birchwood|Saskatoon|Larchmere|Spruceholm|Beaverbrook', '{n} {s} Crescent',
    [('Moncton, NB', 'E1C 4H9'), ('Kelowna, BC', 'V1Y 6H2'), ('Sudbury, ON', 'P3E 4N1')],
    '({A}) {B}-{4}', 'CA', 'Name|Date of birth|Home address|Cell|Personal email', 'Can you check this?')
loc('en-AU', 'Kirra|Lachlan|Brodie|Tahlia|Hamish|Jacinta|Fergus|Shanae|Darcy|Matilda|Corey|Bronwyn',
    'Fitzsimmons|McAllister|Dunstan|Pettit|Hargreaves|Buchanan|Trethowan|Kershaw|Tonkin|Sheedy|Roycroft|Lovell',
    'Banksia|Wattle|Grevillea|Coolabah|Kurrajong|Bottlebrush|Waratah|Jacaranda', '{n} {s} Avenue',
    [('Ballarat VIC', '3350'), ('Toowoomba QLD', '4350'), ('Bunbury WA', '6230')],
    '04{8}', 'AU', 'Name|DOB|Home address|Mobile|Personal email', 'Can you have a look at this?')
loc('pt-PT', 'Leonor|Duarte|Matilde|Tomás|Inês|Afonso|Beatriz|Gonçalo|Carolina|Rodrigo|Mafalda|Vasco',
    'Figueira|Carvalhais|Sequeira|Barbosa|Valente|Rebelo|Meireles|Antunes|Pimentel|Cardoso|Tavares|Loureiro',
    'das Camélias|dos Loureiros|das Hortênsias|dos Castanheiros|das Azáleas|dos Medronheiros', 'Rua {s}, {n}, 1.º Esq.',
    [('Braga', '4710-228'), ('Coimbra', '3000-150'), ('Aveiro', '3810-193')],
    '9{1}d{7}', 'PT', 'Nome|Data de nascimento|Morada|Telemóvel|E-mail pessoal', 'Podes rever isto?')
loc('en-IE', 'Caoimhe|Oisín|Aoife|Cathal|Róisín|Tadhg|Clodagh|Donncha|Sadhbh|Fiachra|Aisling|Colm',
    "Ó Súilleabháin|Mac Giolla|Fitzgerald|Brennan|Kavanagh|Moriarty|Geraghty|Hennessy|Ó Ceallaigh|Lynch|Dunne|Whelan",
    'Hawthorn|Blackthorn|Furze|Rowan|Sallow|Alder', '{n} {s} Grove',
    [('Tralee, Co. Kerry', 'V92 X2F4'), ('Galway', 'H91 E2K5'), ('Kilkenny', 'R95 TX22')],
    '08{3}d{7}', 'IE', 'Name|Date of birth|Home address|Mobile|Personal email', 'Could you look over this?')


EXTRA = {
    'en-GB': ('Morwenna|Tristram|Ottilie|Peregrine|Cerys|Lowenna|Digby|Araminta|Caradoc|Wilhelmina|Evander|Perpetua', '', ''),
    'en-US': ('Zebulon|Marisol|Jericho|Octavia|Cletus|Shenandoah|Amaryllis|Booker|Tennessee|Larkin|Philomena|Augustus',
              'Stoltzfus|Yoder|Zimmerle|Funderburk|Quattlebaum|Honeycutt|Pannell|Rutledge|Birdsong|Hollowell',
              'Pawpaw|Chinquapin|Hackberry|Bitternut|Shagbark|Spicebush'),
    'de-DE': ('Wiltrud|Gerlinde|Hartmut|Roswitha|Reinhild|Gottlieb|Adelheid|Eckehard|Irmtraud|Volkmar|Sieglinde|Thorsten', '',
              'Brombeer|Wiesenknopf|Hopfen|Schafgarben|Kornblumen|Mohnblumen'),
    'fr-FR': ('Ghislaine|Enguerrand|Bérengère|Anselme|Apolline|Théophane|Eulalie|Marcellin|Philomène|Ambroise|Hortense|Amaury',
              '', 'des Églantiers|des Aubépines|des Cytises|des Lilas Blancs|de la Bruyère|des Genêts|du Chèvrefeuille|des Pervenches'),
    'es-ES': ('Eulalia|Casimiro|Leocadia|Hermógenes|Visitación|Anacleto|Inmaculada|Prudencio|Remedios|Baldomero|Covadonga|Eladio',
              'Goicoechea|Iturriaga|Aldecoa|Larrañaga|Ochoa de Eribe|Zabaleta', 'del Acebuche|de la Cornicabra|del Lentisco|de los Piornos|del Brezo|de las Zarzamoras'),
    'it-IT': ('Ersilia|Fiorenzo|Annunziata|Gervasio|Clelia|Ubaldo|Assunta|Teodosio|Zelinda|Ermenegildo|Rosalba|Cirillo',
              'Scarpellini|Bottazzi|Fumagalli|Zuccalà|Ghirardelli|Pedrazzoli', 'dei Corbezzoli|delle Ortensie|dei Lecci|del Biancospino|delle Peonie|dei Carrubi'),
    'nl-NL': ('Geertruida|Hendrikje|Wybren|Jikke|Sjoukje|Folkert|Aaltje|Hylke|Trijntje|Reinder|Gerbrich|Durk', '', ''),
    'pl-PL': ('Bronisława|Czesław|Kunegunda|Mieczysław|Eugenia|Bolesław|Apolonia|Witold|Genowefa|Sławomir|Stanisława|Ignacy',
              '', 'Kaczeńcowa|Rumiankowa|Tatarakowa|Kminkowa|Szałwiowa|Macierzankowa'),
    'pt-BR': ('', 'Vasconcelos Pimenta|Brasileiro de Assis|Mendonça Furtado|Cajazeiras|Araripe|Quixadá|Tabosa|Holanda Cavalcante|Aragão|Bandeira de Melo',
              'das Paineiras|dos Guapuruvus|das Sibipirunas|dos Jequitibás|das Pitangueiras|dos Angicos'),
    'sv-SE': ('Gunvor|Ragnvald|Elvira|Algot|Märta|Verner|Ingeborg|Sixten|Gudrun|Helmer|Vendela|Ture', 'Ekwall|Grönvall|Alsterlund|Tjernberg|Wennerholm', ''),
    'fi-FI': ('Oiva|Lyyli|Toivo|Impi|Väinö|Alma|Lauri|Siiri|Urho|Hilja', 'Hämäläinen|Räsänen|Tikkanen|Vartiainen|Huttunen|Karjalainen', 'Katajisto|Vaahtera|Tuomikko|Kanerva'),
    'da-DK': ('', 'Hjortshøj|Brøndum|Kirkegaard|Munkholm|Lindegaard|Ravnholt|Sønderby|Strandgaard', 'Tjørnebær|Hyben|Porse|Kvan'),
    'cs-CZ': ('Bořivoj|Ludmila|Soběslav|Drahomíra|Svatopluk|Vlasta|Čestmír|Zdislava|Bohuslav|Ctibor', 'Vrbický|Chalupová|Kotrba|Pazderová|Šimůnek|Fiala-Kubů',
              'Lísková|Bukovská|Jasanová|Hlohová|Černicová|Šípková'),
    'ro-RO': ('Ecaterina|Costică|Veronica|Ilarion|Smaranda|Toader|Domnica|Pamfil|Zenovia|Gavril', 'Bucșa|Sârbu|Țăranu|Mocanu|Oprișan', 'Cireșilor|Pelinului|Sânzienelor|Busuiocului|Arinilor'),
    'tr-TR': ('Saadet|Necmettin|Hürriyet|Muammer|Gönül|Şevket|Nurten|Bülent|Semiha|Rıfat', 'Karakoyunlu|Eskiocak|Sarıkaya|Yavuzyılmaz|Dumlupınar|Kuyucu',
              'Ebegümeci|Kekik|Çitlembik|Ayva|Hünnap|Böğürtlen'),
    'hi-IN': ('', '', 'सेमल|कचनार|हरसिंगार|मौलश्री'),
    'zh-CN': ('昭阳|霁月|砚舟|沅芷|澄邈|棠溪|既白|闻溪', '钟离|闾丘|亓官|司寇|仉督|巫马|公良|乐正', '栾树|楝花|枳壳|桤木|榉树|柘林'),
    'ja-JP': ('', '', '柊台|楓町|椿が丘'),
    'ko-KR': ('윤슬|도담|라온|해솔|다솜|나래|가람|한별|초롱|새벽', '제갈|남궁|선우|독고|황보|사공|서문|동방', '자작나무|때죽나무|산딸나무|물푸레|층층나무|팥배나무'),
    'ru-RU': ('Евпраксия|Аристарх|Феврония|Никодим|Пелагея|Вукол|Олимпиада|Пантелеймон|Ираида|Гавриил', '',
              'Вересковая|Можжевеловая|Облепиховая|Клюквенная|Ольховая|Ивовая'),
    'uk-UA': ('Гордій|Ярина|Северин|Килина|Орися|Данило-Мирон|Устим|Горпина|Лукіян|Параска', 'Кривоніс|Палійчук|Стасюк|Шевчишин', 'Вербова|Липова|Кленова|Дубова|Ожинова'),
    'el-GR': ('Ευδοκία|Πολύκαρπος|Ξανθίππη|Αριστείδης|Καλλιόπη|Μιλτιάδης|Ουρανία|Θεόκλητος|Πηνελόπη|Ευριπίδης', 'Κουτσογιαννόπουλος|Μπαλτατζή|Ξενοδοχίδης|Φραγκιαδάκη|Ζερβουδάκης',
              'Αγιοκλήματος|Γαρδένιας|Βουκαμβίλιας|Αμυγδαλιάς|Δάφνης|Ροδιάς'),
    'he-IL': ('אביגיל|צוריאל|הודיה|אליצור|רעות|שגיא|נחמה|אלישע|יסכה|עזריאל', 'קרוננברג|ויסבורד|אבוטבול|שושני|מלכיאלי|אוחיון|פינקלשטיין', 'הצבר|האשל|הרותם|השיטה|הלוטם|הכליל'),
    'ar-AE': ('', 'المزروعي|الطنيجي|الكتبي|الزعابي|المطوع|الجنيبي|الخييلي|العامري', 'الخزامى|السمر|القرم|الأثل'),
    'pt-PT': ('Gertrudes|Anacleto|Brízida|Custódio|Olímpia|Firmino|Palmira|Belmiro|Clotilde|Aníbal', 'Castelo-Branco|Boaventura|Rebordão|Cerqueira|Mascarenhas',
              'das Glicínias|dos Sobreiros|das Giestas|dos Freixos|das Amendoeiras|dos Zimbros'),
    'en-IE': ('Fionnuala|Cormac|Gráinne|Ruairí|Éabha|Diarmuid|Bláthnaid|Pádraig|Muireann|Eoghan', '', 'Woodbine|Ashgrove'),
    'en-AU': ('Tegan|Lachie|Jaxon|Indi|Shelley|Mitchell|Paige|Beau|Kylie', '', 'Ironbark|Lilly Pilly|Saltbush|Quandong'),
    'en-CA': ('', '', 'Muskeg|Fireweed|Sweetgrass|Tamarack Ridge'),
    'id-ID': ('', '', 'Kemuning|Sawo Kecik|Bougenvil|Soka'),
}
for _c, (_f, _l, _s) in EXTRA.items():
    for _k, _v in (('first', _f), ('last', _l), ('stems', _s)):
        if _v:
            L[_c][_k] += _v.split('|')

EXTRA2 = {
    'pl-PL': ('Bogumiła|Wawrzyniec|Dobrosława|Przybysław|Świętosława|Ludomir|Gościwit|Radomiła|Ziemowit|Sulisław', '', ''),
    'cs-CZ': ('Ostoja|Bolemír|Jaromíra|Vlastimila|Kvido|Želmíra|Božetěch|Ctirad|Ludoslava|Dobroslav|Bohuslava|Vítězslava|Budislav|Radmila|Dobromil|Bohdana|Vratislav|Kazimíra|Lubor|Slavomír|Věnceslava|Hostivít', '', 'Bezinková|Dřínová|Hložková|Akátová'),
    'tr-TR': ('', '', 'Ahlat|Alıç|Kuşburnu|Defne|Sümbülteber|Mürver|Gelincik|Hanımeli'),
    'ru-RU': ('Ипатий|Феоктист|Мстислава|Добрыня|Ермолай|Сосипатр|Евлампия|Аполлинария|Фотиния|Харитон|Калистрат|Лукерья', '',
              'Медуничная|Васильковая|Хвойная|Кедровая|Жасминная|Ромашковая|Лиственничная|Камышовая'),
    'el-GR': ('Ευστάθιος|Πολυξένη|Ζωσιμάς|Αγλαΐα|Θεοπίστη|Χαρίκλεια', '', 'Ασφοδέλων|Λυγαριάς|Σχίνου|Κουμαριάς|Θυμαριού|Ασπαλάθου|Μαστιχόδεντρου'),
    'he-IL': ('אופיר|בארי|נגה|צליל|ליאב|טוהר', '', 'האלה|הער|הקטלב|הצלף|הרקפת|הכלנית|הנורית|האירוס|החצב|הסיגלית'),
    'ar-AE': ('', '', 'الغضا|العوسج|الرمث|الأراك|الشفلح'),
    'en-GB': ('Ptolemy|Tabitha|Ottoline|Ninian|Berenice|Ambrose', '', ''),
    'de-DE': ('Edeltraud|Notburga|Wigbert|Hiltrud|Giselher|Ortrun|Burkhard|Waltraud', '', ''),
    'fr-FR': ('Bertille|Sixtine|Hermance|Flavien|Blandine|Honorine|Cyprien|Léocadie', '', ''),
    'sv-SE': ('Tyra|Valdemar|Majvor|Dagny|Birger|Ragnhild|Gösta', '', ''),
    'uk-UA': ('Боримир|Любомира|Ждан|Веселина', 'Пилипчук|Бабійчук|Тарасюк|Ничипорук', 'Терносливова|Барбарисова|Глодова|Шипшинова'),
    'pt-BR': ('', 'Sobreira|Matoso|Parnaíba|Jucá|Bastos Teixeira', 'das Embaúbas|dos Umbuzeiros|das Carnaúbas|dos Pequizeiros'),
    'it-IT': ('', '', 'delle Fresie|dei Noccioli|dei Gelsomini|delle Calendule|dei Giuggioli'),
    'ja-JP': ('', '', '藤ケ丘|楠町|榎本町'),
    'id-ID': ('', '', 'Asoka|Bakung|Seroja|Nusa Indah'),
    'zh-CN': ('', '东郭|西门|南宫|万俟|呼延|夏侯', ''),
}
for _c, (_f, _l, _s) in EXTRA2.items():
    for _k, _v in (('first', _f), ('last', _l), ('stems', _s)):
        if _v:
            L[_c][_k] += _v.split('|')
# Korean full names and road names are written as one word: the pool entry is the whole name.
_KO = L['ko-KR']
_KO['first'] = [ln + fn for ln in _KO['last'] for fn in _KO['first']]
_KO['last'] = ['']
_KO['stems'] = [st + '로' for st in _KO['stems']]
_KO['street'] = '{s} {n}번길 12, 301호'

COMPANIES = cut(['Brightwater Logistics', 'Halvard Foods', 'Cobalt & Pine Studio', 'Northmere Care Homes', 'Quillfeather Payroll',
                 'Tessellate Analytics', 'Orrin Retail Group', 'Kettlewick Engineering', 'Saltmarsh Hospitality', 'Verdigris Labs',
                 'Amberlight Staffing', 'Pellucid Dental', 'Ironbark Facilities', 'Thistledown Nurseries', 'Lumenfold Software',
                 'Gannetwick Freight', 'Corriemoor Dairies', 'Plovercourt Recruitment', 'Wrenhaven Homecare', 'Sallowby Payroll Bureau', 'Tilthmoor Bakeries'],
                'companies')
EMAIL_DOMAINS = {'en-GB': 'btinternet.com', 'en-US': 'gmail.com', 'de-DE': 'gmx.de', 'fr-FR': 'orange.fr', 'es-ES': 'hotmail.es',
                 'it-IT': 'libero.it', 'nl-NL': 'ziggo.nl', 'pl-PL': 'wp.pl', 'pt-BR': 'uol.com.br', 'sv-SE': 'telia.com',
                 'fi-FI': 'elisanet.fi', 'da-DK': 'outlook.dk', 'cs-CZ': 'seznam.cz', 'ro-RO': 'yahoo.com', 'tr-TR': 'gmail.com',
                 'hi-IN': 'rediffmail.com', 'zh-CN': 'qq.com', 'ja-JP': 'docomo.ne.jp', 'ko-KR': 'naver.com', 'ru-RU': 'yandex.ru',
                 'uk-UA': 'ukr.net', 'el-GR': 'otenet.gr', 'he-IL': 'walla.co.il', 'ar-AE': 'gmail.com', 'th-TH': 'hotmail.com',
                 'id-ID': 'yahoo.co.id', 'en-CA': 'shaw.ca', 'en-AU': 'bigpond.com', 'pt-PT': 'sapo.pt', 'en-IE': 'eircom.net'}
LATIN_HANDLES = ['maple', 'kite', 'ember', 'otter', 'sparrow', 'cedar', 'fern', 'brook', 'pebble', 'willow', 'thistle', 'juniper']

for code, d in L.items():
    d['first'] = cut(d['first'], code + ' first')
    d['last'] = cut(d['last'], code + ' last') if code != 'ko-KR' else ['']
    d['stems'] = cut(d['stems'], code + ' streets')
LOCALES = list(L)


# ---------------------------------------------------------------------------------------------- identifiers
class Gen:
    def __init__(self, rng):
        self.r = rng

    def digits(self, n):
        return ''.join(str(self.r.randrange(10)) for _ in range(n))

    def until(self, make, ok, what):
        for _ in range(20000):
            v = make()
            if ok(v):
                return v
        raise SystemExit('could not generate ' + what)

    def dob(self):
        return (self.r.randrange(1958, 2005), self.r.randrange(1, 13), self.r.randrange(1, 29))

    def phone(self, code):
        d = L[code]
        pat, region = d['phone'], d['region']

        def make():
            s = pat
            s = re.sub(r'\{(\d)\}d\{(\d)\}', lambda m: m.group(1) + self.digits(int(m.group(2))), s)
            s = s.replace('{A}', str(self.r.choice([216, 303, 412, 503, 614, 702, 813, 919] if region == 'US' else [506, 250, 705, 902, 204])))
            s = s.replace('{B}', str(self.r.randrange(2, 10)) + self.digits(2))
            s = s.replace('{D}', str(self.r.choice([11, 19, 21, 31, 41, 43, 51, 71, 81, 84])))
            s = re.sub(r'\{(\d)\}', lambda m: self.digits(int(m.group(1))), s)
            return s

        def ok(s):
            if '555' in s[:10] and region in ('US', 'CA'):
                return False
            if region == 'GB' and s.replace(' ', '').startswith('07700900'):
                return False
            try:
                n = phonenumbers.parse(s, region)
            except phonenumbers.NumberParseException:
                return False
            return phonenumbers.is_valid_number(n)
        raw = self.until(make, ok, 'phone ' + code)
        n = phonenumbers.parse(raw, region)
        style = self.r.randrange(3)
        if style == 0:
            out = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
        elif style == 1:
            out = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        else:
            out = raw
        assert phonenumbers.is_valid_number(phonenumbers.parse(out, region)), out
        return out

    def iban(self, cc):
        fmt = {'DE': lambda: self.digits(18), 'FR': lambda: '20041' + self.digits(5) + self.digits(11) + self.digits(2),
               'ES': lambda: self.r.choice(['2100', '0049', '0182', '2085']) + self.digits(16),
               'IT': lambda: self.r.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') + self.r.choice(['03069', '02008', '05034']) + self.digits(17),
               'NL': lambda: self.r.choice(['INGB', 'RABO', 'ABNA', 'SNSB']) + self.digits(10),
               'PL': lambda: self.digits(24), 'AE': lambda: self.r.choice(['033', '030', '026']) + self.digits(16),
               'GB': lambda: self.r.choice(['BARC', 'LOYD', 'HBUK', 'MIDL']) + self.digits(14),
               'PT': lambda: '0035' + self.digits(17), 'IE': lambda: self.r.choice(['AIBK', 'BOFI']) + self.digits(14),
               'RO': lambda: self.r.choice(['BTRL', 'RNCB', 'BRDE']) + self.digits(16), 'TR': lambda: '0' + self.digits(21),
               'CZ': lambda: self.r.choice(['0800', '0100', '2010']) + self.digits(16), 'FI': lambda: self.digits(14),
               'DK': lambda: self.digits(14), 'SE': lambda: self.digits(20), 'GR': lambda: self.digits(23),
               'BR': lambda: self.digits(23) + 'C1'}

        def make():
            bban = fmt[cc]()
            num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
            return cc + '%02d' % (98 - int(num) % 97) + bban
        v = self.until(make, std_iban.is_valid, 'iban ' + cc)
        assert v not in ('GB29NWBK60161331926819', 'DE89370400440532013000')
        return ' '.join(v[i:i + 4] for i in range(0, len(v), 4)) if self.r.random() < .7 else v

    def card(self):
        pre = self.r.choice(['4539', '4929', '5312', '5497', '2221', '3782', '6011'])
        ln = 15 if pre == '3782' else 16

        def make():
            return pre + self.digits(ln - len(pre))
        v = self.until(make, lambda x: luhn.is_valid(x) and x not in ('4111111111111111', '4242424242424242', '5555555555554444'), 'card')
        return ' '.join([v[:4], v[4:10], v[10:]]) if ln == 15 else ' '.join(v[i:i + 4] for i in range(0, 16, 4))

    def ip(self):
        def make():
            return ipaddress.ip_address('%d.%d.%d.%d' % (self.r.randrange(2, 223), self.r.randrange(256), self.r.randrange(256), self.r.randrange(1, 255)))

        def ok(a):
            if not a.is_global:
                return False
            return not any(a in ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'))
        return str(self.until(make, ok, 'ip'))

    def passport(self):
        """9-char passport number with ICAO 7-3-1 check digit as on the MRZ line."""
        num = self.r.choice('CKLMNPRTVWXYZ') + self.r.choice('CFGHJKLMNPRTVWXYZ') + self.digits(7)
        return num, num + icao_check(num)

    def natid(self, code, dob):
        """Return (label, value, entity) for the locale's own identifier."""
        y, m, d = dob
        r = self
        yy = '%02d' % (y % 100)
        if code == 'en-GB':
            return ('NHS number', r.until(lambda: str(r.r.randrange(4, 7)) + r.digits(9), nhs.is_valid, 'nhs'), 'HEALTH_INSURANCE')
        if code == 'en-US':
            def mk():
                a = r.r.randrange(1, 666)
                return '%03d-%02d-%04d' % (a, r.r.randrange(1, 100), r.r.randrange(1, 10000))
            return ('SSN', r.until(mk, lambda v: ssn.is_valid(v) and v != '078-05-1120', 'ssn'), 'ssn')
        if code == 'de-DE':
            return ('Steuer-ID', r.until(lambda: str(r.r.randrange(1, 10)) + r.digits(10), idnr.is_valid, 'idnr'), 'TAX_ID')
        if code == 'fr-FR':
            base = '%d%s%02d%02d%03d%03d' % (r.r.randrange(1, 3), yy, m, r.r.choice([29, 16, 68, 74, 35, 44]), r.r.randrange(1, 990), r.r.randrange(1, 999))
            v = base + '%02d' % (97 - int(base) % 97)
            assert nir.is_valid(v)
            return ('N° sécurité sociale', nir.format(v), 'HEALTH_INSURANCE')
        if code == 'es-ES':
            n = r.digits(8)
            v = n + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(n) % 23]
            assert dni.is_valid(v)
            return ('DNI', v, 'NATIONAL_ID')
        if code == 'nl-NL':
            return ('BSN', r.until(lambda: str(r.r.randrange(1, 7)) + r.digits(8), bsn.is_valid, 'bsn'), 'NATIONAL_ID')
        if code == 'pl-PL':
            mm = m + (20 if y >= 2000 else 0)
            return ('PESEL', r.until(lambda: yy + '%02d%02d' % (mm, d) + r.digits(5), pesel.is_valid, 'pesel'), 'NATIONAL_ID')
        if code == 'pt-BR':
            v = r.until(lambda: r.digits(11), cpf.is_valid, 'cpf')
            return ('CPF', cpf.format(v), 'TAX_ID')
        if code == 'sv-SE':
            v = r.until(lambda: yy + '%02d%02d' % (m, d) + '-' + r.digits(4), personnummer.is_valid, 'pnr')
            return ('Personnummer', v, 'NATIONAL_ID')
        if code == 'fi-FI':
            sep = '-' if y < 2000 else 'A'
            v = r.until(lambda: '%02d%02d%s%s%03d%s' % (d, m, yy, sep, r.r.randrange(2, 900), r.r.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')), hetu.is_valid, 'hetu')
            return ('Henkilötunnus', v, 'NATIONAL_ID')
        if code == 'da-DK':
            v = r.until(lambda: '%02d%02d%s-%s' % (d, m, yy, r.digits(4)), cpr.is_valid, 'cpr')
            return ('CPR-nr.', v, 'NATIONAL_ID')
        if code == 'cs-CZ':
            mm = m + r.r.choice([0, 50])
            v = r.until(lambda: '%s%02d%02d/%s' % (yy, mm, d, r.digits(4)), rc.is_valid, 'rc')
            return ('Rodné číslo', v, 'NATIONAL_ID')
        if code == 'ro-RO':
            s = (1 if y < 2000 else 5) + r.r.randrange(2)
            v = r.until(lambda: '%d%s%02d%02d%02d%s' % (s, yy, m, d, r.r.randrange(1, 47), r.digits(4)), cnp.is_valid, 'cnp')
            return ('CNP', v, 'NATIONAL_ID')
        if code == 'tr-TR':
            return ('T.C. Kimlik No', r.until(lambda: str(r.r.randrange(1, 10)) + r.digits(10), tckimlik.is_valid, 'tckn'), 'NATIONAL_ID')
        if code == 'hi-IN':
            if r.r.random() < .5:
                v = r.until(lambda: str(r.r.randrange(2, 10)) + r.digits(11), aadhaar.is_valid, 'aadhaar')
                return ('आधार', v[:4] + ' ' + v[4:8] + ' ' + v[8:], 'NATIONAL_ID')
            v = ''.join(r.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + 'P' + r.r.choice('ABCDGJKMRSTV') + r.digits(4) + r.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
            assert pan.is_valid(v)
            return ('PAN', v, 'TAX_ID')
        if code == 'zh-CN':
            v = r.until(lambda: r.r.choice(['330106', '510107', '320106', '110105']) + '%04d%02d%02d' % (y, m, d) + r.digits(3) + r.r.choice('0123456789X'), ric.is_valid, 'ric')
            return ('身份证号', v, 'NATIONAL_ID')
        if code == 'ko-KR':
            g = (1 if y < 2000 else 3) + r.r.randrange(2)
            v = r.until(lambda: '%s%02d%02d-%d%s' % (yy, m, d, g, r.digits(6)), rrn.is_valid, 'rrn')
            return ('주민등록번호', v, 'NATIONAL_ID')
        if code == 'ja-JP':
            v = r.until(lambda: r.digits(12), lambda x: x[0] != '0' and jp_in.is_valid(x), 'mynumber')
            return ('マイナンバー', v[:4] + ' ' + v[4:8] + ' ' + v[8:], 'NATIONAL_ID')
        if code == 'en-CA':
            v = r.until(lambda: str(r.r.randrange(1, 8)) + r.digits(8), sin.is_valid, 'sin')
            return ('SIN', v[:3] + ' ' + v[3:6] + ' ' + v[6:], 'HEALTH_INSURANCE')
        if code == 'en-AU':
            v = r.until(lambda: r.digits(9), lambda x: x[0] != '0' and tfn.is_valid(x), 'tfn')
            return ('TFN', v[:3] + ' ' + v[3:6] + ' ' + v[6:], 'TAX_ID')
        if code == 'ru-RU':
            return ('ИНН', r.until(lambda: r.r.choice(['35', '69', '60', '70']) + r.digits(10), inn.is_valid, 'inn'), 'TAX_ID')
        if code == 'uk-UA':
            return ('РНОКПП', r.until(lambda: str(r.r.randrange(2, 4)) + r.digits(9), rntrc.is_valid, 'rntrc'), 'TAX_ID')
        if code == 'el-GR':
            return ('ΑΜΚΑ', r.until(lambda: '%02d%02d%s' % (d, m, yy) + r.digits(5), amka.is_valid, 'amka'), 'HEALTH_INSURANCE')
        if code == 'he-IL':
            return ('ת"ז', r.until(lambda: str(r.r.randrange(0, 4)) + r.digits(8), lambda x: il_idnr.is_valid(x) and x != '000000018', 'ilid'), 'NATIONAL_ID')
        if code == 'th-TH':
            v = r.until(lambda: str(r.r.randrange(1, 9)) + r.digits(12), pin.is_valid, 'pin')
            return ('เลขประจำตัวประชาชน', pin.format(v), 'NATIONAL_ID')
        if code == 'id-ID':
            dd = d + r.r.choice([0, 40])
            v = r.until(lambda: r.r.choice(['347104', '337401', '357305', '327303']) + '%02d%02d%s' % (dd, m, yy) + '%04d' % r.r.randrange(1, 9999), nik.is_valid, 'nik')
            return ('NIK', v, 'NATIONAL_ID')
        if code == 'pt-PT':
            return ('NIF', r.until(lambda: str(r.r.randrange(1, 4)) + r.digits(8), nif.is_valid, 'nif'), 'TAX_ID')
        if code == 'en-IE':
            v = r.until(lambda: r.digits(7) + r.r.choice('ABCDEFGHIJKLMNOPQRSTUVW'), pps.is_valid, 'pps')
            return ('PPSN', v, 'NATIONAL_ID')
        if code == 'ar-AE':
            return None
        if code == 'it-IT':
            return None
        raise KeyError(code)


def icao_check(s):
    val = lambda c: int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
    return str(sum(val(c) * w for c, w in zip(s, [7, 3, 1] * 20)) % 10)


IBAN_CC = {'de-DE': 'DE', 'fr-FR': 'FR', 'es-ES': 'ES', 'it-IT': 'IT', 'nl-NL': 'NL', 'pl-PL': 'PL', 'ar-AE': 'AE', 'en-GB': 'GB',
           'pt-PT': 'PT', 'en-IE': 'IE', 'ro-RO': 'RO', 'tr-TR': 'TR', 'cs-CZ': 'CZ', 'fi-FI': 'FI', 'da-DK': 'DK',
           'sv-SE': 'SE', 'el-GR': 'GR', 'pt-BR': 'BR'}


def fmt_date(code, dob):
    y, m, d = dob
    if code in ('en-US',):
        return '%02d/%02d/%d' % (m, d, y)
    if code in ('zh-CN', 'ja-JP', 'ko-KR', 'sv-SE', 'en-CA', 'hi-IN') and code != 'hi-IN':
        return '%d-%02d-%02d' % (y, m, d) if code != 'ja-JP' else '%d年%d月%d日' % (y, m, d)
    return '%02d.%02d.%d' % (d, m, y) if code in ('de-DE', 'pl-PL', 'ru-RU', 'uk-UA', 'cs-CZ', 'fi-FI', 'tr-TR', 'ro-RO', 'da-DK') else '%02d/%02d/%d' % (d, m, y)


def gender_ok(code, f, l):
    last = l.split()[-1] if l else l
    if code == 'pl-PL':
        fem = f.endswith('a')
        if re.search('(ska|cka|dzka)$', last):
            return fem
        if re.search('(ski|cki|dzki)$', last):
            return not fem
        return True
    if code == 'cs-CZ':
        fem = f.endswith(('a', 'e'))
        if last.endswith(('ová', 'á')):
            return fem
        return not fem or last.endswith('ů')
    if code == 'ru-RU':
        fem = f.endswith(('а', 'я'))
        if last.endswith(('ова', 'ева', 'ёва', 'ина', 'цева', 'кина', 'ына')):
            return fem
        if last.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
            return not fem
        return True
    if code == 'el-GR':
        fem = f.endswith(('α', 'η', 'ώ', 'ία', 'ού'))
        if last.endswith(('ου', 'η', 'ή', 'ά')):
            return fem
        if last.endswith(('ης', 'ος', 'ας', 'ής', 'ός', 'άς')):
            return not fem
        return True
    if code == 'uk-UA':
        fem = f.endswith(('а', 'я'))
        if last.endswith(('ська', 'цька')):
            return fem
        if last.endswith(('ський', 'цький')):
            return not fem
        return True
    return True


class Person:
    def __init__(self, g, code, rng):
        d = L[code]
        self.code = code
        for _ in range(200):  # gendered family names must agree with the given name
            f, l = rng.choice(d['first']), rng.choice(d['last'])
            if gender_ok(code, f, l):
                break
        else:
            raise SystemExit('no gender-agreeing name in ' + code)
        if code == 'ko-KR':
            self.name = f  # whole Korean name (family + given) as one word
        elif d['order'] == 'lf':
            self.name = l + (' ' if code == 'ja-JP' else '') + f
        else:
            self.name = f + ' ' + l
        self.first = f if code != 'ko-KR' else f[1:]
        self.dob_t = g.dob()
        self.dob = fmt_date(code, self.dob_t)
        city, pc = rng.choice(d['cities'])
        street = d['street'].format(n=rng.randrange(2, 140), s=rng.choice(d['stems']))
        self.addr = street + ', ' + (pc + ' ' + city if code not in ('en-US', 'en-CA', 'en-GB', 'en-IE', 'en-AU', 'ar-AE') else city + ' ' + pc)
        if code == 'ar-AE':
            self.addr = street + '، ' + city
        self.phone = g.phone(code)
        h = rng.choice(LATIN_HANDLES) + rng.choice(['.', '_', '']) + str(rng.randrange(7, 99))
        self.email = h + '@' + EMAIL_DOMAINS[code]
        self.nat = g.natid(code, self.dob_t)
        self.iban = g.iban(IBAN_CC[code]) if code in IBAN_CC else None


# ---------------------------------------------------------------------------------------------- kinds
KINDS = ['cv_application', 'recruiter_note', 'interview', 'offer_letter', 'payslip', 'hr_case', 'reference',
         'rota_timesheet', 'expense_claim', 'onboarding', 'leaver']


def sensitive_doc(kind, p, g, rng, co):
    """Return (system, user-instruction, document, issued values [(entity, value)])."""
    lab = L[p.code]['lab']
    v = []

    def add(ent, val):
        v.append((ent, val))
        return val
    if kind == 'cv_application' and rng.random() < .4:
        doc = ('Dear Hiring Team,\n\nI am applying for the Warehouse Operations Manager vacancy at %s. For nine years I have run shifts of up to '
               '40 people and I would welcome the chance to discuss how I could help.\n\nKind regards,\n%s\n%s'
               % (co, add('person', p.name), add('phone', p.phone)))
        return 'You are a careers coach. Keep advice concise.', rng.choice(['shorten this cover letter to 120 words', 'make this cover letter less generic']), doc, v
    if kind == 'payslip' and rng.random() < .35:
        row = {'employee': add('person', p.name), 'period': '2026-08', 'gross': 2527.60, 'net': 2114.10, 'tax_code': '1257L'}
        if p.nat:
            row[p.nat[0]] = add(p.nat[2], p.nat[1])
        if p.iban:
            row['iban'] = add('iban', p.iban)
        doc = json.dumps(row, ensure_ascii=False)
        return 'You help a payroll bureau reconcile exports.', rng.choice(['why does this row fail our schema check?', 'convert this row to CSV with a header']), doc, v
    if kind == 'reference' and rng.random() < .4:
        doc = ('Hi, happy to give a reference for %s — they worked for me at %s for three years and was excellent with residents. '
               'Easiest to call me on my own mobile %s after 6pm as I have since left the company.' % (add('person', p.name), co, add('phone', p.phone)))
        return 'You help a small employer reply to reference requests.', rng.choice(['turn this into a formal written reference', 'summarise for the hiring file']), doc, v
    if kind == 'cv_application':
        lines = [add('person', p.name), lab[3] + ': ' + add('phone', p.phone), lab[4] + ': ' + add('email', p.email)]
        if rng.random() < .6:
            lines.append(lab[2] + ': ' + add('STREET_ADDRESS', p.addr))
        if rng.random() < .5:
            lines.append(lab[1] + ': ' + add('DATE_OF_BIRTH', p.dob))
        lines += ['', 'PROFILE', 'Warehouse team lead, 9 years, forklift (counterbalance + reach), WMS: Manhattan, SAP EWM.',
                  'EXPERIENCE', '2019-now  Shift lead, %s — cut pick errors 31%%' % co, '2015-2019  Picker/packer, agency placements']
        return 'You are a careers coach. Keep advice concise.', rng.choice([
            'make my CV sound more professional, keep it one page', 'rewrite the profile section, I am applying for an ops manager role',
            L[p.code]['ask'] + ' (CV)']), '\n'.join(lines), v
    if kind == 'recruiter_note':
        doc = ('Candidate: %s\nSource: LinkedIn InMail, replied 3 Nov\nMobile: %s\nCurrent: 52k + car allowance, 3 months notice\n'
               'Wants hybrid, no more than 2 days in office. Open to %s contract-to-perm.' % (add('person', p.name), add('phone', p.phone), co))
        if rng.random() < .5:
            doc += '\nPersonal email (prefers over work one): ' + add('email', p.email)
        return 'You help an agency recruiter write candidate summaries for clients.', rng.choice([
            'turn my notes into a 3-line shortlist blurb for the hiring manager', 'draft a follow-up message to this candidate',
            'write the submission email to the client']), doc, v
    if kind == 'interview':
        doc = ('Panel: Head of Ops, HRBP\nCandidate %s — 2nd stage, %s, 10:30\nReach on %s if running late\n'
               'Scores: technical 4/5, stakeholder 3/5, values 5/5. Concern: gap 2022-2023 (caring for parent).'
               % (add('person', p.name), co, add('phone', p.phone)))
        return 'You are an HR assistant for interview logistics.', rng.choice([
            'write the feedback summary and a rejection-or-progress recommendation', 'draft the invite confirmation text message',
            'turn these scores into the structured scorecard format']), doc, v
    if kind == 'offer_letter':
        doc = ('%s\n%s\n\nDear %s,\n\nWe are delighted to offer you the position of Senior Payroll Administrator at %s, starting '
               '12 January, on a salary of 41,500 per annum, subject to satisfactory references and right-to-work checks.'
               % (add('person', p.name), add('STREET_ADDRESS', p.addr), p.first, co))
        if rng.random() < .4:
            doc += '\nPlease confirm acceptance to recruitment@%s.example.com or reply to this letter.' % co.split()[0].lower()
        return 'You draft HR letters in British English.', rng.choice([
            'make this offer letter warmer but keep the legal bits', 'translate this offer letter into the candidate\'s language',
            'check this offer letter for missing clauses']), doc, v
    if kind == 'payslip':
        rows = ['PAYSLIP  %s   Period 08   Pay date 28/11' % co, 'Employee: ' + add('person', p.name), 'Emp no: E%05d' % rng.randrange(10000, 99999)]
        if p.nat:
            rows.append('%s: %s' % (p.nat[0], add(p.nat[2], p.nat[1])))
        if p.iban:
            rows.append('Paid to: ' + add('iban', p.iban))
        elif p.code == 'en-US':
            rt = g.until(lambda: str(g.r.choice([0, 1, 2, 3])) + g.digits(8), lambda x: rtn.is_valid(x) and x[:2] in ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32'), 'rtn')
            rows.append('Direct deposit: routing %s account %s' % (add('US_BANK_NUMBER', rt), g.digits(10)))
            v[-1] = ('US_BANK_NUMBER', rt)
        if rng.random() < .5:
            rows.append(add('STREET_ADDRESS', p.addr))
        rows += ['Basic 160.00h x 14.20 = 2,272.00', 'Overtime 12.00h x 21.30 = 255.60', 'Tax -312.40  Pension -101.10', 'NET 2,114.10']
        return 'You explain payslips to employees in plain language.', rng.choice([
            'why is my net pay lower than last month? explain each line', 'convert this payslip to JSON',
            'check the overtime maths on this payslip']), '\n'.join(rows), v
    if kind == 'hr_case':
        mrn = 'OH-%d-%05d' % (rng.randrange(2023, 2027), rng.randrange(100, 99999))
        doc = ('Case HR-%d  Type: long-term sickness / occupational health referral\nEmployee: %s (%s %s)\n'
               'OH record: %s — back pain, phased return recommended, 4 weeks at 50%%.\nManager notes: two grievances raised re shift allocation.'
               % (rng.randrange(1000, 9999), add('person', p.name), lab[1], add('DATE_OF_BIRTH', p.dob), add('MEDICAL_RECORD', mrn)))
        return 'You support an HR business partner. Be factual and neutral.', rng.choice([
            'draft the phased-return letter', 'summarise this case for the review meeting', 'what should the next steps be under our absence policy?']), doc, v
    if kind == 'reference':
        doc = ('Reference request for %s, employed %s as care assistant 2021-2025.\nDates, role, reason for leaving, would you re-employ?\n'
               'Candidate says you can also reach her former supervisor on %s.' % (add('person', p.name), co, add('phone', p.phone)))
        return 'You help a small employer reply to reference requests.', rng.choice([
            'write a short factual reference, nothing subjective', 'is it ok to say she was often late? rewrite safely']), doc, v
    if kind == 'rota_timesheet':
        q = Person(g, p.code, rng)
        ip1 = g.ip()
        doc = ('week 48 clock-in export (%s)\nname,date,in,out,source_ip\n%s,24/11,07:58,16:02,%s\n%s,24/11,08:11,16:30,%s\n%s,25/11,07:55,15:59,%s'
               % (co, add('person', p.name), add('IP_ADDRESS', ip1), add('person', q.name), add('IP_ADDRESS', g.ip()), p.name, ip1))
        return 'You help a shift supervisor with rotas and timesheets.', rng.choice([
            'total hours per person and flag anyone clocking in from home instead of site', 'turn this into a weekly rota table']), doc, v
    if kind == 'expense_claim':
        doc = ('Expense claim — %s\nClaimant: %s\nMileage: home (%s) to client site, 84 miles x 0.45\nHotel 1 night 118.00 (paid on personal card %s)\n'
               'Please reimburse to the card above.' % (co, add('person', p.name), add('STREET_ADDRESS', p.addr), add('credit_card', g.card())))
        if p.code == 'en-US':
            rt = g.until(lambda: '0' + str(g.r.randrange(1, 10)) + g.digits(7), rtn.is_valid, 'rtn')
            doc = doc.replace('Please reimburse to the card above.', 'Reimburse by ACH instead: routing %s, checking %s' % (add('US_BANK_NUMBER', rt), g.digits(9)))
        return 'You check expense claims against policy.', rng.choice([
            'is this within policy? max 120/night, mileage 0.45', 'format this as a line-item table for finance']), doc, v
    if kind == 'onboarding':
        rows = ['New starter form — %s' % co, '%s: %s' % (lab[0], add('person', p.name)), '%s: %s' % (lab[1], add('DATE_OF_BIRTH', p.dob)),
                '%s: %s' % (lab[2], add('STREET_ADDRESS', p.addr))]
        r = rng.random()
        if r < .5:
            pn, with_check = g.passport()
            rows.append('Right to work: passport no. %s, expiry 2031-05-30' % add('PASSPORT', pn))
            if r < .2:
                rows.append('MRZ line 2 (copied from scan): %s<<<<<<<<<<<<<<<<' % with_check)
        if p.nat:
            rows.append('%s: %s' % (p.nat[0], add(p.nat[2], p.nat[1])))
        q = Person(g, p.code, rng)
        rows.append('Emergency contact: %s, %s' % (add('person', q.name), add('phone', q.phone)))
        if p.code == 'en-GB':
            sur = re.sub('[^A-Z]', '', p.name.split()[-1].upper())[:5].ljust(5, '9')
            y, m, d = p.dob_t
            dl = '%s%s%02d%02d%s%s9%s' % (sur, str(y)[2], m, d, str(y)[3], p.first[0].upper() + '9', rng.choice('ABCDEFGHJK') + rng.choice('ABCDEFGHJK'))
            assert re.fullmatch(r'[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}', dl), dl
            rows.append('Driving licence: ' + add('DRIVER_LICENSE', dl))
        return 'You help HR onboarding. Output must be valid JSON when asked.', rng.choice([
            'extract these onboarding fields into our HRIS JSON', 'what is missing from this new starter form?']), '\n'.join(rows), v
    if kind == 'leaver':
        doc = ('Leaver: %s\nLast day: 19/12\nForwarding address for P45 / final payslip: %s\nPersonal email: %s\n'
               'Holiday owed: 6.5 days. Return laptop + badge.' % (add('person', p.name), add('STREET_ADDRESS', p.addr), add('email', p.email)))
        if p.nat and rng.random() < .7:
            doc += '\n%s: %s' % (p.nat[0], add(p.nat[2], p.nat[1]))
        return 'You help payroll process leavers.', rng.choice([
            'calculate the holiday pay owed at 112.40/day and draft the leaver letter', 'write the checklist email to IT and payroll']), doc, v
    raise KeyError(kind)


LEAVERS = [('Jack Welch', 'General Electric', 2001), ('Indra Nooyi', 'PepsiCo', 2018), ('Jeff Bezos', 'Amazon', 2021), ('Bill Gates', 'Microsoft', 2000)]
PUBLIC = ['Satya Nadella', 'Mary Barra', 'Jensen Huang', 'Christine Lagarde', 'Tim Cook', 'Andy Jassy', 'Lisa Su', 'Ursula von der Leyen']
HIST = ['Frederick Winslow Taylor', 'Henry Ford', 'Frances Perkins', 'Robert Owen', 'Elton Mayo', 'Abraham Maslow', 'Henry Gantt', 'Mary Parker Follett']
FICT = ['Leslie Knope', 'Michael Scott', 'Don Draper', 'Ebenezer Scrooge', 'Bob Cratchit', 'Peggy Olson', 'Ron Swanson']


def benign_doc(kind, code, g, rng, co):
    dom = co.split()[0].lower()
    ref = 'REQ-%d-%04d' % (rng.randrange(2024, 2027), rng.randrange(1, 9999))
    pub, hist, fic = rng.choice(PUBLIC), rng.choice(HIST), rng.choice(FICT)
    lab = L[code]['lab']
    docs = {
        'cv_application': [
            '[Your Name]\n%s: [phone]  |  %s: [email]\n%s: [City, Postcode]\n\nPROFILE\n[2-3 lines about your experience]' % (lab[3], lab[4], lab[2]),
            'Job ad %s — Warehouse Shift Lead, %s. Apply via careers@%s.example.com or call our recruitment line 0800 %s.'
            % (ref, co, dom, rng.choice(['046 1234', '085 0712', '917 3344'])),
            'CV tips from %s\'s biography: he emphasised outcomes, not duties. Use the STAR structure and quantify results.' % hist],
        'recruiter_note': [
            'For a client briefing, summarise what %s has said publicly about hiring and AI, then relate it to our ops roles at %s (ref %s).' % (pub, co, ref),
            'Agency terms: fee 18%% of first-year base, 12-week rebate. Contact: talent@%s.example.com, switchboard +44 20 7946 0%03d.' % (dom, rng.randrange(0, 999)),
            'Candidate C-2231 (anonymised): 7 yrs ops, notice 1 month, salary expectation 48-52k, hybrid.'],
        'interview': [
            'Role-play: you are %s interviewing me for a regional manager job. Ask me 5 competency questions one at a time.' % fic,
            'Interview slots for %s: Tue 10:30 room 4B, Wed 14:00 Teams. Booking ref INT-%06d. Questions to interviews@%s.example.com.' % (ref, rng.randrange(10 ** 5, 10 ** 6), dom),
            'Scoring rubric: 1 = no evidence, 3 = meets, 5 = exceeds. Candidate A 4/3/5, Candidate B 3/4/4.'],
        'offer_letter': [
            '{{candidate_name}}\n{{address_line_1}}\n{{postcode}}\n\nDear {{first_name}},\nWe are pleased to offer you the role of {{job_title}} at %s, starting {{start_date}}.' % co,
            'Salary bands %s: L1 28-32k, L2 33-39k, L3 40-48k, L4 49-60k. Offer approvals by the Reward team (reward@%s.example.com).' % (co, dom),
            'Under the Employment Rights Act 1996 s.1, the written statement must include pay, hours and holiday. Draft ref %s.' % ref],
        'payslip': [
            'PAYSLIP  %s  Period 08\nEmployee: [NAME]  Emp no: E%05d  Tax code: 1257L\nBasic 160.00h x 14.20\nNET 2,114.10' % (co, rng.randrange(10000, 99999)),
            'Our payroll software docs use GB29 NWBK 6016 1331 9268 19 and DE89 3704 0044 0532 0130 00 as sample IBANs — why does validation reject our own test file?',
            'Payroll bureau %s: BACS submission ID %s, 412 employees, gross 1,284,330.12, employer NIC 151,004.88. Queries: payroll@%s.example.com' % (co, ref, dom)],
        'hr_case': [
            'Case summary (anonymised): Employee A raised a grievance against Manager B about shift allocation. Witness C supports A. Outcome pending.',
            'Explain the Bradford factor and how the Equal Pay Act 1970 differs from the Lilly Ledbetter Fair Pay Act of 2009.',
            'HR ticket %s: policy question — can we require a fit note after 7 days? Raised via hr-helpdesk@%s.example.com.' % (ref, dom)],
        'reference': [
            'Reference template: "[Name] was employed by %s from [start] to [end] as [role]. This reference is provided in good faith."' % co,
            'Write a tongue-in-cheek reference for %s from the point of view of his employer, for a writing class.' % fic,
            '%s wrote that management should study each worker\'s task scientifically. Summarise the criticism of that view.' % hist],
        'rota_timesheet': [
            'rota wk48\nshift,role,start,end\nEarly,Nurse N1,07:00,15:00\nEarly,Nurse N2,07:00,15:00\nLate,HCA H3,14:30,22:30\nNight,Nurse N4,22:00,07:30',
            'vpn auth log\nuser=emp_0412 src=192.0.2.44 ok\nuser=emp_0413 src=198.51.100.17 ok\nuser=emp_0419 src=203.0.113.250 fail\nsha256=%032x' % rng.getrandbits(128),
            'Make a Gantt chart (Henry Gantt style) for our warehouse shift changeover, ref %s.' % ref],
        'expense_claim': [
            'Our expense app test suite uses card 4242 4242 4242 4242 and 4111 1111 1111 1111 — write a pytest fixture for a rejected claim.',
            'Receipt: Hotel Marlowe Quay, 14 Harbour Street, switchboard 0117 496 0%03d. Invoice INV-%07d, 118.00 incl VAT.' % (rng.randrange(1000) % 1000, rng.randrange(10 ** 6, 10 ** 7)),
            'Expense policy: mileage 0.45/mile first 10k, hotel cap 120/night London 160, meals 25/day. Claims via expenses@%s.example.com.' % dom],
        'onboarding': [
            'New starter form\n%s: ____\n%s: __/__/____\n%s: ____\nPassport no.: ____  Expiry: ____\nEmergency contact: ____' % (lab[0], lab[1], lab[2]),
            'Our MRZ parser fails on the ICAO 9303 specimen: P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< / L898902C36UTO7408122F1204159ZE184226B<<<<<10 — why?',
            'Onboarding checklist %s: laptop, badge, payroll set-up (payroll@%s.example.com), induction with %s\'s recorded welcome video.' % (ref, dom, pub)],
        'leaver': [
            'Case study for our leadership course: %s stepped down as chief executive of %s in %d. What made the succession work? Media queries: press@%s.example.com.' % (rng.choice(LEAVERS) + (dom,)),
            'Leaver checklist: [Employee name], last day [date], P45 issued Y/N, holiday owed [days], equipment returned Y/N.',
            'In A Christmas Carol, %s leaves his job — write a leaving card message in his voice.' % rng.choice(['Bob Cratchit', 'Ebenezer Scrooge'])]}
    more = {
        'cv_application': 'Rewrite this CV line for a %s role: "Led a team of 12 pickers, reduced mis-picks 31%%, trained staff on SAP EWM". Mention nothing personal.' % co,
        'recruiter_note': 'Boolean search for sourcing: ("payroll administrator" OR "payroll officer") AND (Sage OR ADP) NOT agency — improve it for %s, req %s.' % (co, ref),
        'interview': 'Write 6 structured interview questions for a night-shift supervisor at %s, with a 1-5 anchor for each. Panel inbox: panel@%s.example.com' % (co, dom),
        'offer_letter': 'Offer approval %s: grade L3, base 41,500, sign-on 2,000, start date 12 January, hiring manager: Head of Payroll. Approve or query?' % ref,
        'payslip': 'Employee E%05d asks why tax code 1257L became 1257L M1 in period 08 and why the NI letter is A. Explain generally.' % rng.randrange(10000, 99999),
        'hr_case': 'Draft a neutral template letter inviting [Employee] to a capability meeting under the %s sickness-absence policy, with right to be accompanied.' % co,
        'reference': 'Our reference line is 0800 %s (HR Shared Services, 9-5). Write the auto-reply for references@%s.example.com.' % (rng.choice(['046 1234', '085 0712']), dom),
        'rota_timesheet': 'Timesheet export job failed: job_id=%s, rows=412, checksum=%032x, host=payroll-app-02. Summarise the error.' % (ref, rng.getrandbits(128)),
        'expense_claim': 'Claim EXP-%07d: 3 receipts, train 84.20, taxi 18.50, dinner 31.00 (over 25 cap). Approver: Finance Ops team. Which lines fail policy?' % rng.randrange(10 ** 6, 10 ** 7),
        'onboarding': 'IT onboarding ticket %s: create account for new starter (role: Payroll Analyst, start 12 Jan, cost centre CC-4410). No personal data in tickets, please.' % ref,
        'leaver': 'Leaver process %s at %s: final pay in month 12, holiday 6.5 days at 112.40, clawback of training fee 50%%. Calculate the net adjustment.' % (ref, co)}
    docs[kind].append(more[kind])
    i = rng.randrange(4)
    asks = {0: 'fill in what you can and format it', 1: 'summarise this in 3 bullets', 2: L[code]['ask']}
    return ('You are a helpful HR and payroll assistant.', asks[rng.randrange(3)], docs[kind][i], ['template', 'role_contact', 'public_or_reference', 'no_one'][i])


# ---------------------------------------------------------------------------------------------- placement
FIELDS = ['user', 'system', 'assistant', 'tool_result', 'tool_args', 'parts', 'file', 'schema', 'metadata', 'user_two_turn']


def place(field, system, ask, doc, rng, model):
    b = {'model': model}
    if field == 'user':
        b['messages'] = [{'role': 'system', 'content': system}, {'role': 'user', 'content': ask + '\n\n' + doc}]
    elif field == 'user_two_turn':
        b['messages'] = [{'role': 'user', 'content': doc}, {'role': 'assistant', 'content': 'Got it. What would you like me to do with it?'},
                         {'role': 'user', 'content': ask}]
    elif field == 'system':
        b['messages'] = [{'role': 'system', 'content': system + '\n\nCurrent record:\n' + doc}, {'role': 'user', 'content': ask}]
    elif field == 'assistant':
        b['messages'] = [{'role': 'user', 'content': 'here is the text'}, {'role': 'assistant', 'content': 'Received:\n' + doc},
                         {'role': 'user', 'content': ask}]
    elif field in ('tool_result', 'tool_args'):
        cid = 'call_%010d' % rng.randrange(10 ** 10)
        args = json.dumps({'query': 'record', 'text': doc} if field == 'tool_args' else {'record_id': 'R%06d' % rng.randrange(10 ** 6)}, ensure_ascii=False)
        b['messages'] = [{'role': 'system', 'content': system}, {'role': 'user', 'content': ask},
                         {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {'name': 'hris_lookup', 'arguments': args}}]},
                         {'role': 'tool', 'tool_call_id': cid, 'content': doc if field == 'tool_result' else '{"status": "saved"}'}]
        b['tools'] = [{'type': 'function', 'function': {'name': 'hris_lookup', 'description': 'Fetch or save a record in the HR information system.',
                                                        'parameters': {'type': 'object', 'properties': {'record_id': {'type': 'string'}, 'query': {'type': 'string'}, 'text': {'type': 'string'}}}}}]
    elif field == 'parts':
        b['messages'] = [{'role': 'system', 'content': system}, {'role': 'user', 'content': [{'type': 'text', 'text': ask}, {'type': 'text', 'text': doc}]}]
    elif field == 'file':
        data = base64.b64encode(doc.encode('utf-8')).decode('ascii')
        b['messages'] = [{'role': 'system', 'content': system}, {'role': 'user', 'content': [
            {'type': 'text', 'text': ask + ' (see attached)'},
            {'type': 'file', 'file': {'filename': 'document.txt', 'file_data': 'data:text/plain;base64,' + data}}]}]
    elif field == 'schema':
        b['messages'] = [{'role': 'system', 'content': system}, {'role': 'user', 'content': ask + ' — return JSON'}]
        b['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'hr_record', 'schema': {
            'type': 'object', 'description': 'Source document:\n' + doc,
            'properties': {'summary': {'type': 'string'}, 'actions': {'type': 'array', 'items': {'type': 'string'}}}, 'required': ['summary']}}}
    elif field == 'metadata':
        cut_at = doc.find('\n', len(doc) // 2)
        cut_at = len(doc) if cut_at < 0 else cut_at
        b['messages'] = [{'role': 'system', 'content': system}, {'role': 'user', 'content': ask + '\n\n' + doc[:cut_at]},
                         {'role': 'user', 'content': doc[cut_at:].strip() or '(end)'}]
        b['store'] = True
        b['metadata'] = {'workflow': 'hr-assist', 'ticket': 'T-%06d' % rng.randrange(10 ** 6)}
    if rng.random() < .2:
        b['temperature'] = rng.choice([0, 0.2, 0.7])
    if rng.random() < .1:
        b['stop'] = ['\n###']
    return b


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    extra = []
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        extra.append(base64.b64decode(m.group(1)).decode('utf-8'))
    hs = s + '\n' + '\n'.join(extra) + '\n' + urllib.parse.unquote(s)
    # tool-call arguments are JSON inside JSON: decode them too
    for msg in body.get('messages', []):
        for tc in msg.get('tool_calls') or []:
            hs += '\n' + json.loads(tc['function']['arguments']).get('text', '')
    return hs


# ---------------------------------------------------------------------------------------------- PII
def build_pii(seed):
    rng = random.Random(seed)
    g = Gen(random.Random(seed + 1))
    out = []
    models = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto']
    n = 0
    for k_i, kind in enumerate(KINDS):
        for j in range(45):
            n += 1
            sens = j < 26
            code = LOCALES[(n * 7 + j) % len(LOCALES)]
            co = rng.choice(COMPANIES)
            completions = (n % 10 == 3)
            if sens:
                p = Person(g, code, rng)
                system, ask, doc, issued = sensitive_doc(kind, p, g, rng, co)
                style = kind
            else:
                system, ask, doc, flavour = benign_doc(kind, code, g, rng, co)
                issued = []
                style = flavour
            if completions:
                field = 'prompt'
                body = {'model': rng.choice(['gpt-3.5-turbo-instruct', 'hybridgate/auto']), 'prompt': system + '\n\n' + doc + '\n\nTask: ' + ask + '\n\nAnswer:',
                        'max_tokens': rng.choice([256, 400, 800])}
            else:
                field = FIELDS[(n + j * 3) % len(FIELDS)]
                body = place(field, system, ask, doc, rng, rng.choice(models))
            hs = haystack(body)
            ents = sorted({e for e, val in issued if val in hs})
            assert {e for e, _ in issued} == set(ents), (kind, issued)
            rec = {'id': 'nunatak-pii-%04d' % n, 'category': kind if sens else kind + '_benign', 'sensitive': bool(ents),
                   'entities': ents, 'endpoint': 'completions' if completions else 'chat', 'lang': code,
                   'style': '%s · %s' % (style, field), 'body': body}
            assert rec['sensitive'] == bool(rec['entities'])
            assert rec['sensitive'] == sens, rec['id']
            out.append(rec)
    rng.shuffle(out)
    for i, r in enumerate(out, 1):
        r['id'] = 'nunatak-pii-%04d' % i
    return out


# ---------------------------------------------------------------------------------------------- complexity
SS = [('en', 'What does P45 stand for in UK payroll?'), ('de-DE', 'Was heißt "Probezeit" auf Englisch?'),
      ('fr-FR', 'Traduis "bulletin de paie" en anglais.'), ('es-ES', '¿Cuántas horas son 5 turnos de 7,5 horas?'),
      ('en', 'Convert 37.5 hours a week to hours per day over 5 days.'), ('ja-JP', '「有給休暇」を英語にしてください。'),
      ('pl-PL', 'Co to jest świadectwo pracy? Jedno zdanie.'), ('en', 'Spell out the acronym HRIS.'),
      ('zh-CN', '把"试用期"翻译成英文。'), ('it-IT', 'Quanti giorni di ferie sono 4 settimane?'), ('en', 'Is "onboarding" one word or two?'),
      ('ru-RU', 'Переведи «трудовая книжка» на английский.'), ('nl-NL', 'Wat betekent "vakantiegeld"?'),
      ('en', 'Round 41,537 to the nearest thousand.'), ('ko-KR', '"연봉"을 영어로 번역해 줘.'), ('pt-BR', 'O que é FGTS? Uma frase.'),
      ('en', 'Alphabetise: payroll, rota, offer, leaver, appraisal'), ('tr-TR', '"İşe alım" İngilizcede ne demek?'),
      ('en', 'What is 14.20 x 8?'), ('sv-SE', 'Vad betyder "semesterersättning" på engelska?'), ('en', 'Give me a synonym for "resign".'),
      ('hi-IN', '"वेतन पर्ची" का अंग्रेज़ी अनुवाद क्या है?'), ('el-GR', 'Μετάφρασε "σύμβαση εργασίας" στα αγγλικά.'),
      ('en', 'Capitalise: annual leave request form'), ('da-DK', 'Hvad hedder "lønseddel" på engelsk?'),
      ('fi-FI', 'Mitä "työtodistus" on englanniksi?'), ('cs-CZ', 'Přelož "výplatní páska" do angličtiny.'), ('en', 'How many weeks are in a 13-week rota cycle times 4?'),
      ('ro-RO', 'Tradu "fluturaș de salariu" în engleză.'), ('th-TH', 'คำว่า "สลิปเงินเดือน" ภาษาอังกฤษคืออะไร'), ('en', 'What does RTW mean in HR?'),
      ('he-IL', 'איך אומרים "תלוש שכר" באנגלית?'), ('uk-UA', 'Переклади «відпустка» англійською.'), ('en', 'Put "Monday, 12 January" in ISO format for 2026.'),
      ('id-ID', 'Apa arti "slip gaji" dalam bahasa Inggris?'), ('ar-AE', 'ما معنى "نهاية الخدمة" بالإنجليزية؟')]
SH = [('en', 'A rota must cover 3 shifts a day, 7 days, with 9 staff, nobody working a night followed by an early, max 5 shifts each. '
              'Prove whether it is feasible and give a construction.'),
      ('en', 'Design an idempotent payroll run that survives a crash mid-BACS-file generation. Compare two designs and their trade-offs.'),
      ('en', 'Our holiday accrual is off by 0.01 days for part-timers only after a mid-month change of hours. Give the likely root cause and how to prove it.'),
      ('de-DE', 'Beweise, dass bei einer fairen Schichtrotation mit n Personen und k Nachtdiensten pro Woche die Differenz höchstens 1 ist.'),
      ('fr-FR', 'Concevoir un barème de primes qui soit monotone, plafonné et résistant au gaming : compare trois options et leurs compromis.'),
      ('en', 'Tax is computed per period on cumulative pay; explain step by step why a month-1 basis code causes over-taxation after a pay rise, with a worked counterexample.'),
      ('es-ES', 'Diseña un sistema de fichaje para 40 tiendas sin conexión estable; analiza consistencia, fraude y coste.'),
      ('en', 'Prove that greedy assignment of interview slots by earliest-ending availability maximises the number of interviews scheduled.'),
      ('ja-JP', 'シフト希望が衝突するとき、公平性と充足率を両立する割当アルゴリズムを設計し、トレードオフを論じて。'),
      ('en', 'Expenses sync duplicates claims only when the approver edits on mobile within 2 s of submission. Hypothesise the race and a fix.'),
      ('pl-PL', 'Zaprojektuj model danych dla umów o pracę z aneksami, tak by historia wynagrodzeń była audytowalna. Porównaj dwa podejścia.'),
      ('en', 'Show that no pay-equity adjustment rule using only within-team ranks can guarantee cross-team parity; construct the counterexample.'),
      ('zh-CN', '设计一个跨时区排班系统，既保证公平又满足法定休息时间，分析复杂度与权衡。'),
      ('en', 'Derive the break-even notice-period buyout versus garden leave given salary s, accrual a and risk r of poaching; state assumptions.'),
      ('pt-BR', 'Prove que o cálculo de férias proporcionais com arredondamento por mês gera viés sistemático e proponha correção.'),
      ('en', 'Why might a payroll diff show zero variance in totals but the wrong employees paid? Reason through three root causes and how to tell them apart.'),
      ('en', 'Minimise total overtime cost across 3 sites sharing a pool of 11 floaters with travel limits; formulate it as an ILP and argue optimality of your relaxation bound.'),
      ('it-IT', 'Dimostra che una regola di ferie "arrotonda per eccesso ogni mese" può superare il massimo annuo e proponi una regola corretta con prova.'),
      ('en', 'Timesheets double-count a shift that crosses the DST change only for sites in one region. Walk through the root cause and a test that pins it.'),
      ('ko-KR', '교대 근무 공정성 지표를 세 가지 제안하고 서로 충돌하는 경우를 증명과 함께 분석해 줘.'),
      ('en', 'Design the permission model for an HR system where managers see reports\' absences but not diagnoses; compare RBAC and ABAC with failure cases.'),
      ('ru-RU', 'Спроектируй расчёт отпускных при переменном графике так, чтобы пересчёт задним числом был детерминированным; сравни два подхода.'),
      ('en', 'An offer-approval workflow deadlocks when two approvers delegate to each other. Prove a condition that prevents cycles and design the check.'),
      ('tr-TR', 'Vardiya takası uygulamasında çifte rezervasyon hatasının kök nedenini üç adımda çıkar ve düzeltmeyi savun.')]
ROW_ROLES = ['picker', 'packer', 'driver', 'nurse', 'HCA', 'cashier', 'chef', 'porter', 'cleaner', 'supervisor']


def long_table(rng, n):
    rows = ['shift_id,role,site,date,start,end,break_min']
    for i in range(n):
        rows.append('S%05d,%s,site-%02d,2026-11-%02d,%02d:00,%02d:30,%d' % (rng.randrange(10 ** 5), rng.choice(ROW_ROLES), rng.randrange(1, 30),
                                                                          rng.randrange(1, 29), rng.randrange(5, 12), rng.randrange(13, 23), rng.choice([20, 30, 45])))
    return '\n'.join(rows)


POLICY = ['Employees accrue 2.08 days of annual leave per full month of service.', 'Overtime is paid at 1.5x after 40 hours in a week.',
          'Night shifts attract a 20% premium between 22:00 and 06:00.', 'Expense claims older than 90 days are not reimbursed.',
          'Part-time staff accrue leave pro rata to contracted hours.', 'Probation is six months and may be extended once by three months.',
          'Notice is one week per full year of service, capped at 12 weeks.', 'Bank holidays worked are paid at double time or a day in lieu.']

BUGGY = '''def accrue(emp, period):
    days = Decimal(0)
    for change in emp.hours_changes:
        if change.effective <= period.end:
            ratio = change.hours / FULL_TIME
            days = round(ratio * MONTHLY_ACCRUAL, 2)
    return days

def pay_overtime(week):
    total = sum(s.hours for s in week.shifts)
    ot = max(0, total - 40)
    for s in week.shifts:
        if s.is_night:
            s.rate *= Decimal("1.2")
    return ot * week.base_rate * Decimal("1.5")

def close_period(run):
    for emp in run.employees:
        run.ledger.append(accrue(emp, run.period))
        run.ledger.append(pay_overtime(emp.current_week))
    run.commit()
'''


def build_complexity(seed):
    rng = random.Random(seed + 7)
    out = []
    for i in range(48):
        lang, q = SS[i % len(SS)]
        out.append(('short_simple', 0, False, lang, 'lookup/translate', {'model': 'hybridgate/auto', 'messages': [{'role': 'user', 'content': q}]}))
    easy_asks = [('en', 'convert this to a markdown table, no other changes'), ('en', 'sort these rows by date and return them'),
                 ('de-DE', 'Bitte die Spaltenüberschriften ins Deutsche übersetzen, sonst nichts ändern.'),
                 ('fr-FR', 'Résume en une phrase ce que contient ce fichier.'), ('es-ES', 'Cuenta cuántas filas hay con rol "driver".'),
                 ('en', 'remove the break_min column'), ('nl-NL', 'Zet dit om naar JSON, één object per regel.'),
                 ('it-IT', 'Traduci in italiano le regole seguenti, senza commenti.')]
    for i in range(50):
        lang, ask = easy_asks[i % len(easy_asks)]
        if i % 4 == 3:
            pol = '\n'.join('%d. %s' % (k + 1, rng.choice(POLICY)) for k in range(32))
            doc = 'Staff handbook extract\n' + pol
        else:
            doc = long_table(rng, rng.randrange(40, 70))
        assert len(doc) >= 1500
        msgs = [{'role': 'user', 'content': ask + '\n\n' + doc}] if i % 3 else [{'role': 'system', 'content': 'You are a data helper.'}, {'role': 'user', 'content': doc + '\n\n' + ask}]
        out.append(('long_easy', 0, True, lang, 'reformat/long', {'model': 'hybridgate/auto', 'messages': msgs}))
    for i in range(50):
        lang, q = SH[i % len(SH)]
        msgs = [{'role': 'user', 'content': q}]
        if i >= len(SH):
            msgs = [{'role': 'system', 'content': rng.choice(['You are a senior payroll engineer.', 'You are a workforce-planning analyst.', 'Answer rigorously.'])}] + msgs
        out.append(('short_hard', 1, True, lang, 'reasoning/short', {'model': 'hybridgate/auto', 'messages': msgs}))
    hard_asks = [('en', 'Part-timers who changed hours mid-year are under-accrued and night workers get paid wrong overtime after the second period. '
                        'Find every root cause in this code against the policy, explain the causal chain, and propose a fix with tests.'),
                 ('en', 'Design a replacement for close_period that is idempotent, auditable and handles retroactive hours changes. Compare event-sourcing versus snapshot designs against the policy.'),
                 ('de-DE', 'Finde die Ursachen der Abweichungen zwischen Code und Richtlinie, begründe jede Schritt für Schritt und entwirf Tests, die sie beweisen.'),
                 ('fr-FR', 'Analyse les interactions entre ces règles et le code : lesquelles entrent en conflit, quelle priorité adopter, et démontre que ta correction est cohérente.')]
    for i in range(42):
        lang, ask = hard_asks[i % len(hard_asks)]
        pol = '\n'.join('%d. %s' % (k + 1, rng.choice(POLICY)) for k in range(rng.randrange(8, 16)))
        doc = 'POLICY\n' + pol + '\n\nCODE\n' + BUGGY + '\nSAMPLE SHIFTS\n' + long_table(rng, rng.randrange(8, 20))
        msgs = [{'role': 'system', 'content': 'You are a careful payroll systems engineer.'}, {'role': 'user', 'content': ask + '\n\n' + doc}]
        out.append(('long_hard', 1, False, lang, 'debug-design/long', {'model': 'hybridgate/auto', 'messages': msgs}))
    rng.shuffle(out)
    recs = []
    for i, (cat, label, adv, lang, style, body) in enumerate(out, 1):
        recs.append({'id': 'nunatak-cx-%04d' % i, 'category': cat, 'label': label, 'length_adversarial': adv, 'endpoint': 'chat',
                     'lang': lang, 'style': style, 'body': body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(ROOT / 'bench' / 'data' / 'signals'))
    a = ap.parse_args()
    outd = pathlib.Path(a.out)
    pii = build_pii(a.seed)
    cx = build_complexity(a.seed)
    for name, recs in (('pii_nunatak.jsonl', pii), ('complexity_nunatak.jsonl', cx)):
        with open(outd / name, 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print('pii: %d requests (%d chat, %d completions), %d sensitive / %d benign, %d langs' % (
        len(pii), sum(r['endpoint'] == 'chat' for r in pii), sum(r['endpoint'] == 'completions' for r in pii), sens, len(pii) - sens,
        len({r['lang'] for r in pii})))
    print('pii categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    c = collections.Counter(r['category'] for r in cx)
    print('complexity: %d; %s; length-adversarial %d; label1 %d; langs %d' % (
        len(cx), dict(sorted(c.items())), sum(r['length_adversarial'] for r in cx), sum(r['label'] for r in cx), len({r['lang'] for r in cx})))


if __name__ == '__main__':
    main()
