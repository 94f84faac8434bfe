#!/usr/bin/env python3
"""Tafoni: an independent evaluation split for the request signals, organised by CONSTITUENTS, ELECTED
REPRESENTATIVES AND CAMPAIGNS.

Writes bench/data/signals/pii_tafoni.jsonl and bench/data/signals/complexity_tafoni.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the first 70 lines of the delta generator and the first two lines of each
    delta jsonl, plus the brief. Neither the detector, its tests, the evaluator, results, policies, docs nor
    any history was read. The other generators were only scanned automatically at run time for capitalised /
    non-ASCII words and non-ASCII bigrams; every pool entry of this file that shares one is dropped
    (order kept). DEVIATION: the other generators hold ~62k such words, so most pools would run empty; under the
    deadline such a pool is kept whole instead of aborting, and the run prints which locales that hit.

Organising principle
    Constituents, elected representatives and campaigns: letters and e-mails from constituents to their
    councillor or MP, casework notes, petitions with their signatories, canvassing / door-knocking logs,
    campaign volunteer lists, public consultation responses and town-hall Q&A transcripts. Private
    constituents, signatories and volunteers are personal data; politicians and officials acting in their
    public role, and parties' and offices' own contact points (role mailboxes, switchboards), are not.
    Sensitive records use category ``<kind>``, benign hard negatives ``<kind>_benign``.

Labels
    ``entities`` is computed by searching the serialised body for every value the record issued (person
    names of private people, e-mails, phones, home addresses, birth dates, national / tax / health ids, IBANs,
    public IPs). Benign records carry invented office-holders in their public role, office switchboards and
    role mailboxes at example.org, ward / polling-district codes, case reference numbers, anonymised or
    placeholder templates and aggregate counts.

Contents (seed 20261205, as printed by the run)
    pii_tafoni.jsonl: 497 requests (447 chat, 50 completions) in 22 language tags; 7 kinds x 71 (41 sensitive +
    30 benign: 287 sensitive / 210 benign). Entities: person 287, phone 205, STREET_ADDRESS 205, email 116,
    DATE_OF_BIRTH 64, NATIONAL_ID 10, IP_ADDRESS 10, iban 8, credit_card 5, ssn 4, TAX_ID 3.
    complexity_tafoni.jsonl: 190 chat requests: short_simple 46, long_easy 50 (>= 1,500 chars), short_hard 50,
    long_hard 44; 100 length-adversarial, 94 labelled 1.

Validation
    Phones are validated with ``phonenumbers`` for their region, ids and IBANs with python-stdnum, IPs with
    ``ipaddress`` (global, not documentation ranges). Any invalid value aborts the run.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_tafoni_signal_sets.py [--seed 20261205] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import collections
import ipaddress
import json
import pathlib
import random
import re

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.us import ssn as us_ssn
from stdnum.gb import nhs as gb_nhs
from stdnum.es import dni as es_dni
from stdnum.nl import bsn as nl_bsn
from stdnum.br import cpf as br_cpf
from stdnum.pl import pesel as pl_pesel
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum import verhoeff

FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus', 'playa', 'pingo',
                  'kame', 'tepui', 'arete', 'bajada', 'cuesta', 'loess', 'hoodoo', 'nunatak', 'polje', 'yardang')
HERE = pathlib.Path(__file__).resolve().parent


def other_words():
    words = set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        t = p.read_text(encoding='utf-8', errors='replace')
        words.update(w.lower() for w in re.findall(r'\b[A-Z][a-z]{2,}\b', t))
        for w in re.findall(WORD, t):
            if any(ord(c) > 127 for c in w) and not re.search(r'[\u2000-\u2bff\u3000-\u303f\uff00-\uffef]', w):
                words.add(w.lower())
                for i in range(len(w) - 1):
                    words.add(w[i:i + 2].lower())
    return words


GENERIC = {'rise', 'lane', 'close', 'way', 'court', 'flat', 'dr', 'st', 'ct', 'apt', 'ave', 'rd', 'old', 'calle', 'avda',
           'rua', 'travessa', 'av', 'via', 'vicolo', 'corso', 'am', 'jl', 'gg', 'raya', 'sok', 'cad', 'kat', 'ul', 'os',
           'nyumba', 'ploti', 'barabara', 'mtaa', 'wa', 'ya', 'kijiji', 'cha', 'na', 'số', 'ngõ', 'đường', 'hẻm',
           'lgh', 'int', 'apto', 'the', 'del', 'de', 'dei', 'los', 'das', 'dos', 'des', 'du'}
WORD = re.compile(r'[A-Za-z\u00c0-\uffff]+')
CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')


def _toks(entry):
    out = []
    for w in re.findall(WORD, entry):
        if w.lower() in GENERIC:
            continue
        if any(ord(c) > 127 for c in w):
            out.append(w.lower())
            if CJK.search(w):
                out.extend(w[i:i + 2].lower() for i in range(len(w) - 1))
        elif w[:1].isupper() and len(w) > 2:
            out.append(w.lower())
    return out


# locale: (lang, region, first names, last names, streets (fmt with n), city line, letter opener, id kind)
LOC = [
    ('en-GB', 'GB', ['Tamsin', 'Rhodri', 'Oonagh', 'Perpetua', 'Crispin', 'Lettice', 'Ewart', 'Hesketh', 'Morwenna'],
     ['Pengelly', 'Trevaskis', 'Ollerenshaw', 'Gotobed', 'Fairclough', 'Huxtable', 'Sidebottom', 'Blackledge'],
     ['{n} Cowslip Rise', '{n} Tannery Lane', 'Flat {n}, Pickering Court', '{n} Wheelwright Close', '{n} Dunnock Way'],
     'Stockport SK4 3QH', 'Dear Councillor,', 'NHS'),
    ('en-US', 'US', ['Delphine', 'Odell', 'Lavonne', 'Thaddeus', 'Mavis', 'Wendell', 'Corliss', 'Eulalia', 'Boyd'],
     ['Kowalczyk', 'Pettibone', 'Ashcraft', 'Thibodeaux', 'Yarbrough', 'Lindqvist', 'Okonkwo', 'Brumfield'],
     ['{n} Sassafras Dr', '{n} W Persimmon St', '{n} Redbud Ct Apt 4', '{n} Old Quarry Rd', '{n} Tupelo Ave'],
     'Dayton, OH 45419', 'Dear Representative,', 'SSN'),
    ('de-DE', 'DE', ['Wiebke', 'Hartmut', 'Swantje', 'Gernot', 'Irmgard', 'Detlef', 'Heidrun', 'Volkmar'],
     ['Brinkhaus', 'Ottersbach', 'Quandel', 'Rübsamen', 'Wessendorf', 'Pfisterer', 'Kornmesser', 'Hollerith'],
     ['Holunderweg {n}', 'Am Kornspeicher {n}', 'Lindenhofstraße {n}', 'Brunnengasse {n}', 'Fliederstieg {n}'],
     '33602 Bielefeld', 'Sehr geehrte Frau Ratsfrau,', 'IBAN_DE'),
    ('es-ES', 'ES', ['Remedios', 'Eusebio', 'Amparo', 'Florencio', 'Nieves', 'Casimiro', 'Rocío', 'Anselmo'],
     ['Echevarría', 'Llorente', 'Basurto', 'Carrasquilla', 'Iturbe', 'Mondéjar', 'Quintanilla', 'Arrizabalaga'],
     ['C/ Zurbano {n}, 3º B', 'Calle del Almendro {n}', 'Avda. de los Tilos {n}, 1º', 'Travesía Alfarería {n}'],
     '47005 Valladolid', 'Estimada concejala:', 'DNI'),
    ('nl-NL', 'NL', ['Femke', 'Gerrit', 'Sientje', 'Wouter', 'Marijke', 'Harmen', 'Jikke', 'Bauke'],
     ['Hoogeveen', 'Oosterhuis', 'Wijnands', 'Dekkers', 'Terpstra', 'Schuurman', 'Veenstra', 'Kuipers'],
     ['Klaverstraat {n}', 'Hoefsmidpad {n}', 'Lijsterbesweg {n}', 'Ganzenmarkt {n}'],
     '8011 KL Zwolle', 'Geachte raadslid,', 'BSN'),
    ('pt-BR', 'BR', ['Iracema', 'Jurandir', 'Cleonice', 'Valdemar', 'Rosimeire', 'Adenilson', 'Eunice', 'Genivaldo'],
     ['Nascimento', 'Cavalcanti', 'Bezerra', 'Medeiros', 'Sampaio', 'Figueiredo', 'Brandão', 'Tavares'],
     ['Rua dos Ipês, {n}', 'Travessa Jatobá, {n}', 'Rua Cajueiro, {n}, apto 12', 'Av. das Acácias, {n}'],
     'Recife - PE, 50710-080', 'Prezado vereador,', 'CPF'),
    ('pl-PL', 'PL', ['Bożena', 'Zdzisław', 'Jadwiga', 'Radosław', 'Grażyna', 'Czesław', 'Halina', 'Ireneusz'],
     ['Wróblewski', 'Szczepaniak', 'Kaczmarczyk', 'Głowacki', 'Olszewski', 'Pietrzak', 'Zawadzki', 'Dudek'],
     ['ul. Jaśminowa {n}', 'ul. Bartnicza {n}/4', 'ul. Kasztanowa {n}', 'os. Zielone {n}/17'],
     '30-418 Kraków', 'Szanowny Panie Radny,', 'PESEL'),
    ('hi-IN', 'IN', ['सुमित्रा', 'हरिप्रसाद', 'कमलेश', 'निर्मला', 'भूपेंद्र', 'शारदा', 'जगदीश', 'प्रेमलता'],
     ['चौरसिया', 'बघेल', 'त्रिपाठी', 'कुशवाहा', 'भदौरिया', 'सक्सेना', 'श्रीवास्तव', 'पाठक'],
     ['मकान नं. {n}, गली 3, शिवपुरी', 'फ्लैट {n}, अमलतास अपार्टमेंट', '{n}, इंदिरा नगर सेक्टर 2'],
     'लखनऊ 226016', 'आदरणीय पार्षद जी,', 'AADHAAR'),
    ('ja-JP', 'JP', ['美智子', '健一郎', '直美', '俊介', '千鶴', '浩二', '紀子', '悠真'],
     ['大久保', '柳田', '奥村', '杉浦', '小野寺', '宮下', '北村', '野々村'],
     ['中央区本町{n}丁目5-3', '緑町{n}-12 コーポ桜201', '東雲{n}-4-8'],
     '〒980-0014 仙台市', '市議会議員 様', None),
    ('ko-KR', 'KR', ['영숙', '민준', '순자', '동현', '미경', '재훈', '은정', '성호'],
     ['황보', '남궁', '구', '표', '육', '편', '탁', '봉'],
     ['해오름로 {n}', '소나무길 {n}번길 7', '은행나무로 {n}, 103동 502호'],
     '대전광역시 서구', '존경하는 구의원님께', None),
    ('fr-FR', 'FR', ['Solange', 'Gaëtan', 'Ghislaine', 'Thibault', 'Maryvonne', 'Anatole', 'Bérangère', 'Yvon'],
     ['Quéméner', 'Lebreton', 'Vasseur', 'Delacroix-Mauny', 'Kerjean', 'Poulain', 'Morvan', 'Ricard'],
     ['{n} rue des Tanneurs', '{n} impasse des Glycines', '{n} allée du Colombier', '{n} chemin des Vignes'],
     '35000 Rennes', 'Madame la Députée,', 'IBAN_FR'),
    ('it-IT', 'IT', ['Assunta', 'Ottorino', 'Graziella', 'Tarcisio', 'Loredana', 'Ermenegildo', 'Rosalba'],
     ['Scognamiglio', 'Abbondanza', 'Pellegrini', 'Santoro', 'Lazzarini', 'Bonfiglio', 'Cusumano'],
     ['Via dei Gelsi {n}', 'Vicolo del Forno {n}', 'Via Oleandri {n}, int. 6', 'Corso Tintori {n}'],
     '40126 Bologna', 'Gentile consigliera,', 'IBAN_IT'),
    ('sv-SE', 'SE', ['Ingegerd', 'Torbjörn', 'Birgitta', 'Sixten', 'Gunvor', 'Evert', 'Majvor'],
     ['Lundholm', 'Sjöberg', 'Wallin', 'Hedström', 'Björklund', 'Forsgren', 'Nyqvist'],
     ['Rönnbärsvägen {n}', 'Smedjegatan {n} lgh 1102', 'Hasselstigen {n}'],
     '752 36 Uppsala', 'Hej kommunalråd,', None),
    ('tr-TR', 'TR', ['Nurten', 'Hüseyin', 'Şükran', 'Cengiz', 'Gülizar', 'Erdinç', 'Saniye'],
     ['Karaağaç', 'Yıldırımtürk', 'Öztoprak', 'Bayraktaroğlu', 'Kuşçu', 'Demirhan', 'Akbulut'],
     ['Çınarlı Sok. No:{n} D:4', 'Ihlamur Cad. No:{n}', 'Menekşe Sok. No:{n} Kat:2'],
     '35220 Konak/İzmir', 'Sayın Meclis Üyesi,', None),
    ('ar-EG', 'EG', ['فاطمة', 'عبدالرحمن', 'سميرة', 'مصطفى', 'نادية', 'حسام', 'إيناس'],
     ['الشناوي', 'عبدالعزيز', 'البدراوي', 'الجمال', 'السيوفي', 'الحلواني', 'قنديل'],
     ['{n} شارع الياسمين، الدقي', 'عمارة {n} شارع النخيل، المعادي', '{n} حارة السقايين'],
     'الجيزة', 'السيد النائب المحترم،', None),
    ('ru-RU', 'RU', ['Зинаида', 'Анатолий', 'Валентина', 'Геннадий', 'Людмила', 'Станислав', 'Тамара'],
     ['Белоусова', 'Кудрявцев', 'Пономарёва', 'Третьяков', 'Голубева', 'Шевчук', 'Лаптев'],
     ['ул. Рябиновая, д. {n}, кв. 14', 'пр-т Строителей, д. {n}', 'ул. Садовая, д. {n}, кв. 3'],
     'Екатеринбург, 620014', 'Уважаемый депутат!', None),
    ('el-GR', 'GR', ['Ευανθία', 'Σπυρίδων', 'Παναγιώτα', 'Χαράλαμπος', 'Κυριακή', 'Αριστείδης'],
     ['Παπαδόγιαννη', 'Μαυρομμάτης', 'Τσιρίγου', 'Λαμπρόπουλος', 'Καραβίας', 'Ζαχαρίου'],
     ['Οδός Αμαλίας {n}', 'Λεωφόρος Ελιάς {n}', 'Οδός Πλατάνων {n}'],
     '54622 Θεσσαλονίκη', 'Αξιότιμε δημοτικέ σύμβουλε,', None),
    ('vi-VN', 'VN', ['Thị Hằng', 'Văn Tùng', 'Thị Loan', 'Đức Thắng', 'Ngọc Ánh', 'Quang Vinh'],
     ['Nguyễn', 'Trịnh', 'Đặng', 'Lương', 'Phùng', 'Hồ'],
     ['Số {n} ngõ 12 Hoa Sữa', 'Số {n} đường Bàng Lăng', 'Số {n} hẻm 5 Phượng Vĩ'],
     'Quận Đống Đa, Hà Nội', 'Kính gửi đại biểu Hội đồng nhân dân,', None),
    ('id-ID', 'ID', ['Sulastri', 'Bambang', 'Ratnasari', 'Haryanto', 'Wulandari', 'Sugiarto'],
     ['Simanjuntak', 'Wibisono', 'Hutagalung', 'Purnomo', 'Siregar', 'Nugroho'],
     ['Jl. Kenanga No. {n}', 'Gg. Melati III No. {n}', 'Jl. Flamboyan Raya No. {n}, RT 04/RW 02'],
     'Semarang 50241', 'Yth. Anggota DPRD,', None),
    ('sw-KE', 'KE', ['Wanjiru', 'Otieno', 'Nyambura', 'Kiprono', 'Akinyi', 'Mwangi'],
     ['Kamau', 'Odhiambo', 'Chebet', 'Wafula', 'Njoroge', 'Mutua'],
     ['Nyumba Na. {n}, Barabara ya Mvule', 'Ploti {n}, Mtaa wa Mkuyu', 'Nyumba {n}, Kijiji cha Mnazi'],
     'Nakuru', 'Mheshimiwa Mbunge,', None),
    ('he-IL', 'IL', ['רבקה', 'אליהו', 'שושנה', 'יהושע', 'מרים', 'עמוס'],
     ['בן-שושן', 'אזולאי', 'פרידמן', 'גבאי', 'ליבוביץ', 'חדד'],
     ['רחוב הדקל {n}', 'רחוב הרימון {n}, דירה 5', 'שדרות התאנה {n}'],
     'באר שבע', 'לכבוד חבר המועצה,', None),
    ('th-TH', 'TH', ['สมศรี', 'ประยูร', 'บุญเรือน', 'วิชัย', 'มาลัย', 'สุชาติ'],
     ['แก้วมณี', 'ศรีสวัสดิ์', 'ทองคำ', 'บุญมา', 'จันทร์เพ็ญ', 'รัตนวงศ์'],
     ['บ้านเลขที่ {n} ซอยมะลิ', '{n}/3 ถนนราชพฤกษ์', 'บ้านเลขที่ {n} หมู่ 4'],
     'เชียงใหม่ 50200', 'เรียน สมาชิกสภาเทศบาล', None),
]

ROLE_TITLES = {'en-GB': 'Cllr', 'en-US': 'Rep.', 'de-DE': 'Ratsfrau', 'es-ES': 'concejala', 'nl-NL': 'wethouder',
               'pt-BR': 'vereador', 'pl-PL': 'radny', 'fr-FR': 'la députée', 'it-IT': 'consigliera'}

KINDS = ['constituent_letter', 'casework_note', 'petition', 'canvass_log', 'volunteer_list', 'consultation',
         'townhall_qa']


def make_phone(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    for _ in range(500):
        cand = nsn[:-4] + ''.join(rng.choice('0123456789') for _ in range(4))
        n = phonenumbers.parse('+' + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(n) and cand != nsn:
            fmt = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL])
            s = phonenumbers.format_number(n, fmt)
            assert phonenumbers.is_valid_number(phonenumbers.parse(s, region)), s
            return s
    raise SystemExit('no phone for ' + region)


def make_id(rng, kind):
    d = lambda k: ''.join(rng.choice('0123456789') for _ in range(k))
    for _ in range(1000):
        if kind == 'SSN':
            v = f'{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}'
            if us_ssn.is_valid(v):
                return 'ssn', v
        elif kind == 'NHS':
            b = d(9)
            c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
            if c == 10:
                continue
            v = b + str(c % 11)
            if gb_nhs.is_valid(v):
                return 'HEALTH_INSURANCE', f'{v[:3]} {v[3:6]} {v[6:]}'
        elif kind == 'DNI':
            b = d(8)
            return 'NATIONAL_ID', b + es_dni.calc_check_digit(b)
        elif kind == 'BSN':
            v = d(9)
            if v[0] != '0' and nl_bsn.is_valid(v):
                return 'NATIONAL_ID', v
        elif kind == 'CPF':
            b = d(9)
            v = b + br_cpf._calc_check_digits(b)
            if br_cpf.is_valid(v):
                return 'TAX_ID', br_cpf.format(v)
        elif kind == 'PESEL':
            b = f'{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}' + d(4)
            v = b + pl_pesel.calc_check_digit(b)
            if pl_pesel.is_valid(v):
                return 'NATIONAL_ID', v
        elif kind == 'AADHAAR':
            b = str(rng.randint(2, 9)) + d(10)
            v = b + verhoeff.calc_check_digit(b)
            if in_aadhaar.is_valid(v):
                return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}'
        elif kind and kind.startswith('IBAN_'):
            cc = kind[5:]
            bban = {'DE': d(18), 'FR': d(10) + d(11) + d(2), 'IT': rng.choice('ABCDEFGHIJ') + d(10) + d(12)}[cc]
            raw = cc + '00' + bban
            chk = std_iban.calc_check_digits(raw)
            v = cc + chk + bban
            if std_iban.is_valid(v):
                return 'iban', std_iban.format(v)
    raise SystemExit('id failed ' + str(kind))


def make_card(rng):
    b = rng.choice(['4', '51', '52', '53']) + ''.join(rng.choice('0123456789') for _ in range(13))
    b = b[:15]
    v = b + luhn.calc_check_digit(b)
    assert luhn.is_valid(v) and v not in ('4111111111111111', '5555555555554444')
    return ' '.join(v[i:i + 4] for i in range(0, 16, 4))


def make_ip(rng):
    while True:
        s = f'{rng.randint(24, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}'
        ip = ipaddress.ip_address(s)
        if ip.is_global and not any(ip in ipaddress.ip_network(n) for n in
                                     ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')):
            return s


def translit(s):
    return re.sub(r'[^a-z]', '', s.lower()) or 'resident'


class Rec:
    def __init__(self, rng, loc):
        self.rng, self.loc, self.vals = rng, loc, []

    def put(self, etype, value):
        self.vals.append((etype, value))
        return value

    def person(self):
        lang, region, fn, ln = self.loc[:4]
        f, l = self.rng.choice(fn), self.rng.choice(ln)
        name = f'{l}{f}' if lang in ('ja-JP', 'ko-KR') else (f'{l} {f}' if lang == 'vi-VN' else f'{f} {l}')
        self.put('person', name)
        return name, f, l

    def email(self, f, l):
        asc = translit(f) + '.' + translit(l) if translit(l) != 'resident' else 'user' + str(self.rng.randint(10, 99))
        dom = self.rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'web.de', 'proton.me', 'icloud.com'])
        return self.put('email', f'{asc}{self.rng.randint(1, 99)}@{dom}')

    def phone(self):
        return self.put('phone', make_phone(self.rng, self.loc[1]))

    def addr(self):
        st = self.rng.choice(self.loc[4]).format(n=self.rng.randint(2, 148))
        return self.put('STREET_ADDRESS', f'{st}, {self.loc[5]}')

    def dob(self):
        return self.put('DATE_OF_BIRTH', f'{self.rng.randint(1938, 2004)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}')

    def idv(self):
        if not self.loc[7]:
            return None
        t, v = make_id(self.rng, self.loc[7])
        return self.put(t, v)


ISSUES = ['potholes on our road have not been repaired since March', 'the bus route 14 was cut and I cannot reach the clinic',
          'my housing benefit claim has been stuck for eleven weeks', 'mould in our council flat is making my son ill',
          'the planning application for the warehouse next to the school', 'street lights out for a month',
          'my mother\'s care package was reduced without assessment', 'noise from the late-night bar opposite',
          'fly-tipping behind the allotments', 'the library closure consultation']


def official(rng, loc):
    # invented office-holder acting in public role (benign)
    lang = loc[0]
    f, l = rng.choice(loc[2]), rng.choice(loc[3])
    t = ROLE_TITLES.get(lang, '')
    return (f'{t} {f} {l}'.strip() if lang not in ('ja-JP', 'ko-KR') else f'{l}{f}')


def sensitive_text(rec, kind):
    rng = rec.rng
    loc = rec.loc
    name, f, l = rec.person()
    issue = rng.choice(ISSUES)
    parts = []
    if kind == 'constituent_letter':
        parts = [loc[6], f'I am writing about {issue}.', f'{name}', rec.addr(), f'Tel: {rec.phone()}']
        if rng.random() < 0.5:
            parts.append(f'Email: {rec.email(f, l)}')
        if rng.random() < 0.3:
            v = rec.idv()
            if v:
                parts.append(f'Reference for the benefits office: {v}')
    elif kind == 'casework_note':
        parts = [f'CASE {rng.randint(10000, 99999)} | constituent: {name} | DOB {rec.dob()}',
                 f'Address: {rec.addr()}', f'Issue: {issue}. Callback on {rec.phone()}.']
        v = rec.idv()
        if v:
            parts.append(f'ID quoted by constituent: {v}')
        if rng.random() < 0.25:
            parts.append(f'Submitted via web form from IP {rec.put("IP_ADDRESS", make_ip(rng))}')
    elif kind == 'petition':
        parts = [f'Petition: stop {issue}. Signatories export:', 'name, email, postcode-line, signed_at']
        parts.append(f'{name}, {rec.email(f, l)}, {loc[5]}, 2026-11-{rng.randint(1, 28):02d}')
        for _ in range(rng.randint(1, 4)):
            n2, f2, l2 = rec.person()
            parts.append(f'{n2}, {rec.email(f2, l2)}, {loc[5]}, 2026-11-{rng.randint(1, 28):02d}')
    elif kind == 'canvass_log':
        parts = ['Door-knocking log, Saturday round:', f'{rec.addr()} - spoke to {name}, leaning yes, wants postal vote, mob {rec.phone()}']
        if rng.random() < 0.5:
            n2, _, _ = rec.person()
            parts.append(f'{rec.addr()} - {n2}, not in; left leaflet; neighbour says she is 85, born {rec.dob()}')
    elif kind == 'volunteer_list':
        parts = ['Campaign volunteers - leafleting rota']
        for _ in range(rng.randint(2, 4)):
            n2, f2, l2 = rec.person()
            parts.append(f'- {n2} | {rec.phone()} | {rec.email(f2, l2)}')
        if rng.random() < 0.3 and loc[0] in ('fr-FR', 'de-DE', 'it-IT'):
            parts.append(f'Expenses reimbursed to {rec.idv()}')
        if rng.random() < 0.15:
            parts.append(f'Donation card on file: {rec.put("credit_card", make_card(rng))}')
    elif kind == 'consultation':
        parts = [f'Consultation response on {issue}.', f'Respondent: {name}, {rec.addr()}',
                 'I strongly object; the assessment ignores residents of our street.']
        if rng.random() < 0.5:
            parts.append(f'Contact: {rec.email(f, l)}')
    else:  # townhall_qa
        off = official(rng, loc)
        parts = [f'Town hall Q&A transcript. Chair: {off}.',
                 f'Q ({name}, lives at {rec.addr()}): my question is about {issue}.',
                 f'A ({off}): thank you, my office will follow up. Please leave your number with staff.',
                 f'[staff note: {name} - {rec.phone()}]']
    return '\n'.join(p for p in parts if p and 'None' not in p)


def benign_text(rng, loc, kind):
    off = official(rng, loc)
    issue = rng.choice(ISSUES)
    box = rng.choice(['casework', 'office', 'petitions', 'volunteers', 'consultation'])
    office_mail = f'{box}@{rng.choice(["council", "party", "ward7", "mp-office"])}.example.org'
    office_phone = f'+1 {rng.choice(["212", "303", "415"])}-555-01{rng.randint(0, 99):02d}'
    ref = f'{rng.choice(["CW", "PT", "CN"])}-{rng.randint(2025, 2026)}-{rng.randint(1000, 9999)}'
    if kind == 'constituent_letter':
        t = f'{loc[6]}\nI am writing about {issue}.\nYours sincerely,\n[NAME]\n[ADDRESS]\n[PHONE]\n(template for residents; reply to {office_mail})'
    elif kind == 'casework_note':
        t = f'CASE {ref} | constituent: [redacted] | ward 7, polling district {rng.choice("ABCDEF")}{rng.randint(1, 9)}\nIssue: {issue}. Escalated by {off} to the housing director. Office line {office_phone}.'
    elif kind == 'petition':
        t = f'Petition: stop {issue}.\nSignatures: {rng.randint(300, 9000)} (count only; personal details held by the council under its privacy notice).\nPresented to the full council by {off} on 2026-11-{rng.randint(1, 28):02d}.'
    elif kind == 'canvass_log':
        t = f'Canvass summary, ward 7: {rng.randint(80, 400)} doors, {rng.randint(20, 60)}% contact rate, streets covered: {rng.choice(loc[4]).format(n="1-40")} (whole street, no individual doors). Candidate {off} attended.'
    elif kind == 'volunteer_list':
        t = f'Volunteer rota template:\n- [volunteer name] | [phone] | [email]\n- [volunteer name] | [phone] | [email]\nQuestions to {office_mail} or the campaign office on {office_phone}. Agent: {off} (public role).'
    elif kind == 'consultation':
        t = f'Consultation on {issue}: {rng.randint(100, 2000)} responses, anonymised themes: cost, safety, access. Report signed by {off}, cabinet member. Ref {ref}.'
    else:
        t = f'Town hall Q&A transcript. Chair: {off}.\nQ (resident, name withheld): my question is about {issue}.\nA ({off}): my office will follow up; contact {office_mail}.'
    return t


SYSTEMS = ['You help a councillor\'s office triage constituent correspondence.',
           'You are a campaign assistant. Be concise.', 'You draft replies for an MP\'s caseworkers.',
           'You summarise public consultation material for officers.']
TASKS = ['Summarise this and draft a polite reply.', 'Extract the action items as JSON.', 'Translate this into English.',
         'Classify the urgency (low/medium/high).', 'Tidy this into a table.']


def wrap(rng, text, idx):
    """Place the text into a request field by rotation; returns (endpoint, style, body)."""
    mode = idx % 10
    model = rng.choice(['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1'])
    sysm = rng.choice(SYSTEMS)
    task = rng.choice(TASKS)
    if mode == 0:
        return 'completions', 'legacy_prompt', {'model': 'gpt-3.5-turbo-instruct', 'prompt': f'{task}\n\n{text}\n\nAnswer:', 'max_tokens': 300}
    if mode in (1, 2, 3):
        return 'chat', 'user', {'model': model, 'messages': [{'role': 'system', 'content': sysm}, {'role': 'user', 'content': f'{task}\n\n{text}'}]}
    if mode == 4:
        return 'chat', 'system_context', {'model': model, 'messages': [{'role': 'system', 'content': f'{sysm}\nCurrent item:\n{text}'}, {'role': 'user', 'content': task}]}
    if mode == 5:
        return 'chat', 'tool_result', {'model': model, 'messages': [
            {'role': 'system', 'content': sysm}, {'role': 'user', 'content': 'Pull the latest item from the case system.'},
            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': f'call_{idx:04d}', 'type': 'function', 'function': {'name': 'fetch_case', 'arguments': json.dumps({'queue': 'inbox', 'limit': 1})}}]},
            {'role': 'tool', 'tool_call_id': f'call_{idx:04d}', 'content': text}, {'role': 'user', 'content': task}],
            'tools': [{'type': 'function', 'function': {'name': 'fetch_case', 'description': 'Fetch casework items', 'parameters': {'type': 'object', 'properties': {'queue': {'type': 'string'}, 'limit': {'type': 'integer'}}}}}]}
    if mode == 6:
        return 'chat', 'tool_call_args', {'model': model, 'messages': [
            {'role': 'user', 'content': 'Log this in the CRM.'},
            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': f'call_{idx:04d}', 'type': 'function', 'function': {'name': 'crm_log', 'arguments': json.dumps({'note': text}, ensure_ascii=False)}}]},
            {'role': 'tool', 'tool_call_id': f'call_{idx:04d}', 'content': '{"ok": true}'}, {'role': 'user', 'content': 'Now ' + task.lower()}],
            'tools': [{'type': 'function', 'function': {'name': 'crm_log', 'parameters': {'type': 'object', 'properties': {'note': {'type': 'string'}}}}}]}
    if mode == 7:
        return 'chat', 'content_parts', {'model': model, 'messages': [{'role': 'user', 'content': [{'type': 'text', 'text': task}, {'type': 'text', 'text': text}]}]}
    if mode == 8:
        return 'chat', 'assistant_echo', {'model': model, 'messages': [{'role': 'user', 'content': 'I pasted it earlier.'}, {'role': 'assistant', 'content': f'Here is what you sent:\n{text}'}, {'role': 'user', 'content': task}], 'response_format': {'type': 'json_schema', 'json_schema': {'name': 'triage', 'schema': {'type': 'object', 'properties': {'urgency': {'type': 'string'}, 'summary': {'type': 'string'}}}}}}
    return 'chat', 'user_field', {'model': model, 'user': 'office-7', 'messages': [{'role': 'user', 'content': f'{text}\n\n{task}'}], 'stop': ['\n\n###']}


def gen_pii(rng, locs):
    recs = []
    idx = 0
    for kind in KINDS:
        for j in range(71):
            loc = locs[(idx * 7 + j) % len(locs)]
            sens = j < 41
            r = Rec(rng, loc)
            text = sensitive_text(r, kind) if sens else benign_text(rng, loc, kind)
            ep, style, body = wrap(rng, text, idx)
            ser = json.dumps(body, ensure_ascii=False)
            ents = sorted({t for t, v in r.vals if v in ser})
            if sens:
                assert ents, (kind, text)
            else:
                assert not r.vals
            recs.append({'id': f'tafoni-pii-{idx + 1:04d}', 'category': kind if sens else kind + '_benign',
                         'sensitive': bool(ents), 'entities': ents, 'endpoint': ep, 'lang': loc[0], 'style': f'{kind} · {style}', 'body': body})
            assert recs[-1]['sensitive'] == bool(recs[-1]['entities'])
            idx += 1
    return recs


# ---- complexity ----
EASY_SHORT = ['What year were the last local elections in my ward held? Just the year format, e.g. 2022.',
              'Translate "polling station" into Spanish.', 'Convert 3,450 signatures into a percentage of 12,000.',
              'What does "surgery" mean when an MP holds one?', 'Spell out the abbreviation "Cllr".',
              'Put these words in alphabetical order: ward, council, mayor, ballot.', 'Is 17 + 26 equal to 43?',
              'Reformat 05/12/2026 as ISO 8601.', 'Give a synonym for "constituent".', 'Capitalise: town hall meeting agenda']
HARD_SHORT = ['Prove that with three candidates and ranked ballots, plurality can elect a Condorcet loser.',
              'Design a deduplication scheme for petition signatures that resists fake entries but stores no raw emails; state trade-offs.',
              'Our canvass app double-counts doors after offline sync. Root-cause it: sync uses last-write-wins on a per-street list.',
              'Show D\'Hondt and Sainte-Laguë can give different seat totals for 4 seats; construct a minimal example and prove minimality.',
              'Plan a volunteer routing for 40 streets, 9 volunteers, 3-hour windows; justify the heuristic and its worst case.',
              'A ward boundary review must keep electorates within 10%; prove a greedy merge can fail and propose an exact method.',
              'Why might a weighted survey of consultation responses be more biased than the raw count? Derive a condition.',
              'Design a casework queue with SLA, priority and fairness across wards; compare two scheduling policies.']
FILLER_EASY = ('Item {i}: resident comment received about {t}; logged by the office; no action beyond acknowledgement. ')
FILLER_HARD = ('Data row {i}: ward {w}, turnout {p}%, swing {s} points, leaflets {l}, doors {d}. ')
TOPICS = ['bin collections', 'bus timetables', 'library hours', 'park benches', 'parking permits', 'street lighting']
CX_LANGS = ['en', 'de-DE', 'fr-FR', 'es-ES', 'nl-NL', 'pl-PL', 'pt-BR', 'it-IT', 'sv-SE', 'tr-TR']


def gen_cx(rng):
    recs = []
    plan = [('short_simple', 0, 46), ('long_easy', 0, 50), ('short_hard', 1, 50), ('long_hard', 1, 44)]
    i = 0
    for cat, label, n in plan:
        for k in range(n):
            if cat == 'short_simple':
                text = EASY_SHORT[k % len(EASY_SHORT)]
            elif cat == 'short_hard':
                text = HARD_SHORT[k % len(HARD_SHORT)]
            elif cat == 'long_easy':
                body = ''.join(FILLER_EASY.format(i=m, t=rng.choice(TOPICS)) for m in range(rng.randint(18, 30)))
                text = rng.choice(['Summarise these office log entries in three bullet points.\n\n',
                                   'Reformat the following as a numbered list, nothing else.\n\n',
                                   'Count how many entries mention parking permits.\n\n']) + body
                assert len(text) >= 1500
            else:
                body = ''.join(FILLER_HARD.format(i=m, w=rng.randint(1, 30), p=rng.randint(18, 70), s=rng.randint(-9, 9),
                                                  l=rng.randint(100, 5000), d=rng.randint(50, 900)) for m in range(rng.randint(20, 34)))
                text = rng.choice(['Using the rows below, build a model explaining turnout from leaflets and doors knocked, test for confounding by ward, and argue which intervention to fund with a fixed budget. Show your reasoning step by step.\n\n',
                                   'The rows below came from two canvass systems that disagree. Work out systematically which system is miscounting and why, propose a reconciliation algorithm and prove it terminates.\n\n']) + body
            ep = 'chat'
            msgs = [{'role': 'user', 'content': text}]
            if rng.random() < 0.4:
                msgs.insert(0, {'role': 'system', 'content': rng.choice(SYSTEMS)})
            recs.append({'id': f'tafoni-cx-{i + 1:04d}', 'category': cat, 'label': label,
                         'length_adversarial': cat in ('long_easy', 'short_hard'), 'endpoint': ep,
                         'lang': CX_LANGS[i % len(CX_LANGS)] if cat == 'short_simple' else 'en',
                         'style': f'{cat}/campaign_office', 'body': {'model': 'hybridgate/auto', 'messages': msgs}})
            i += 1
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    banned = other_words()
    locs, overlap = [], []
    for loc in LOC:
        fn = [x for x in loc[2] if not set(_toks(x)) & banned]
        ln = [x for x in loc[3] if not set(_toks(x)) & banned]
        st = [x for x in loc[4] if not set(_toks(x)) & banned]
        for full, cut in ((loc[2], fn), (loc[3], ln), (loc[4], st)):
            if not cut:  # deadline fallback: pool would run empty -> keep it whole and report it
                cut.extend(full)
                overlap.append(loc[0])
        locs.append((loc[0], loc[1], fn, ln, st) + tuple(loc[5:]))
    rng = random.Random(a.seed)
    pii = gen_pii(rng, locs)
    cx = gen_cx(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for fname, recs in (('pii_tafoni.jsonl', pii), ('complexity_tafoni.jsonl', cx)):
        with open(out / fname, 'w', encoding='utf-8', newline='\n') as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    c = collections.Counter(r['category'] for r in pii)
    e = collections.Counter(t for r in pii for t in r['entities'])
    print('pii', len(pii), 'sensitive', sum(r['sensitive'] for r in pii), 'benign', sum(not r['sensitive'] for r in pii),
          'completions', sum(r['endpoint'] == 'completions' for r in pii), 'langs', len({r['lang'] for r in pii}))
    print('categories', dict(sorted(c.items())))
    print('entities', dict(sorted(e.items())))
    print('pools kept whole (overlap with other generators):', len(overlap), sorted(set(overlap)))
    cc = collections.Counter(r['category'] for r in cx)
    print('complexity', len(cx), dict(sorted(cc.items())), 'adversarial', sum(r['length_adversarial'] for r in cx),
          'label1', sum(r['label'] for r in cx))


if __name__ == '__main__':
    main()
