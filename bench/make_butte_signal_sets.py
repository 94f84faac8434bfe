#!/usr/bin/env python3
"""Butte: an independent evaluation split for the request signals, organised by LANGUAGE MIXING and TRANSLITERATION.

Writes bench/data/signals/pii_butte.jsonl and bench/data/signals/complexity_butte.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, no commit messages and no other branch; the record format came from the first 70 lines of the delta
    generator and the first two lines of the delta files. The other generators were not read: their sources
    are only scanned automatically at run time for capitalised / non-ASCII words and non-ASCII (CJK) character
    bigrams, and every name, street, place, brand and public-figure pool of this file is cut to the entries
    that avoid that set (deterministic, order kept; the run aborts if a pool runs empty). The words found are
    never printed.

Organising principle
    By the KIND OF LANGUAGE MIXING the writer does: code-switching mid-sentence (Hinglish, Taglish, Spanglish,
    Arabizi with digits for letters, Franglais, Singlish, Denglisch, Russian "translit", Greeklish, romanised
    Japanese and Chinese without tones, Hangul names inside English text), names written outside their
    native script (several Latin spellings of one Arabic name, Pinyin in either name order next to the Han
    form, Katakana renderings of English names, Cyrillic and Greek names in Latin), labels in one language
    with values in another (mixed-script forms and addresses), and numbers written with non-ASCII digits
    (Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, full-width). Sensitive records carry a
    living private person's data in those mixed forms (category ``<kind>``); benign records carry the same
    mixing about no one (``<kind>_benign``): public figures in their public role, historical and fictional
    people, eponymous streets / prizes / diseases, dishes and brands that look like names, organisations'
    switchboards and role mailboxes, documentation and test values, blank templates with placeholders, place
    names, order and tracking numbers, prices and page numbers in native digits.

    The text sits in a request field chosen by rotation: user / system / earlier assistant / tool messages,
    text and file content parts (base64), image URLs with query strings, tool-call arguments, tool schemas,
    response_format json_schema, ``user``, ``stop``, ``metadata``; about a tenth use the legacy completions
    endpoint (``prompt``).

Labels
    ``entities`` lists every personal-data type present anywhere in the body, computed by searching the
    serialised body (file parts base64-decoded, URLs unquoted) for every value the record issued. A value
    written in non-ASCII digits is issued (and searched) in that written form. ``ssn`` is the US SSN only;
    Aadhaar, Korean RRN, Chinese resident ID, Thai PIN, Japanese My Number, Singapore NRIC, Turkish TCKN and
    Israeli ID are NATIONAL_ID; PAN, Steuer-ID, INN and AFM are TAX_ID; the Greek AMKA and the
    French NIR (social-security / carte Vitale number) are HEALTH_INSURANCE; a US routing + account pair is
    US_BANK_NUMBER; Russian internal passport series+number is PASSPORT. ``sensitive`` == bool(entities).

Contents (seed 20261205; the run prints all counts)
    pii_butte.jsonl: 504 requests (454 chat, 50 completions) in 21 language tags; 14 mixing kinds x 36 (21
    sensitive + 15 benign each: 294 sensitive / 210 benign). Kinds: hinglish, taglish, spanglish, arabizi,
    franglais, singlish, denglisch, translit, greeklish, romaji, hangul_in_english, pinyin, native_digits,
    label_value_mix. Entity totals (records carrying each type): person 257, phone 144, STREET_ADDRESS 66,
    DATE_OF_BIRTH 60, email 59, NATIONAL_ID 51, TAX_ID 22, iban 18, HEALTH_INSURANCE 11, IP_ADDRESS 7, ssn 6,
    PASSPORT 6, credit_card 5, US_BANK_NUMBER 2.
    Some sensitive records carry a single incidental item (a first name or surname with a relation cue,
    one phone number). complexity_butte.jsonl: 190 chat requests in 19 language tags: short_simple 45,
    long_easy 50 (>= 1,500 chars), short_hard 50, long_hard 45 (>= 1,500 chars); 100 length-adversarial,
    95 labelled 1.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (Singapore NRIC
    with an own checksum routine; the Russian passport has no check digit and is format-checked); every phone
    number is validated with ``phonenumbers`` for its region; every IP is checked with ``ipaddress`` to be
    global and outside the documentation ranges. Any invalid value aborts the run.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_butte_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
import sys
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.gr import amka as gr_amka
from stdnum.gr import vat as gr_vat
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.pl import pesel as pl_pesel
from stdnum.ru import inn as ru_inn
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.ua import rntrc as ua_rntrc
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

ROOT = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow')

CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')


def other_words():
    """Capitalised / non-ASCII words and CJK character bigrams of the other generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = ROOT / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        t = p.read_text(encoding='utf-8', errors='replace')
        for w in re.findall(r'\b[A-Z][\w\'’-]*', t):
            words.add(w.casefold())
        for w in re.findall(r'\w*[^\x00-\x7f]\w*', t):
            words.add(w.casefold())
        for i in range(len(t) - 1):
            if CJK.match(t[i]) and CJK.match(t[i + 1]):
                bigrams.add(t[i:i + 2])
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()


def _clean(entry):
    def flat(e):
        return ' '.join(flat(x) for x in e) if isinstance(e, tuple) else e
    s = flat(entry)
    for w in re.findall(r'[\w\'’]+', s):
        if (w[0].isupper() or not w.isascii()) and w.casefold() in OTHER_WORDS:
            return False
    for i in range(len(s) - 1):
        if CJK.match(s[i]) and CJK.match(s[i + 1]) and s[i:i + 2] in OTHER_BIGRAMS:
            return False
    return True


POOL_SIZES = {}


def cut(name, entries, minimum=1, check=None):
    kept = [e for e in entries if _clean(check(e) if check else e)]
    POOL_SIZES[name] = (len(kept), len(entries))
    if len(kept) < minimum:
        sys.exit(f'pool {name} ran empty after the overlap cut ({len(kept)}/{len(entries)})')
    return kept


# ----------------------------------------------------------------------------------------------- digits
DIGITS = {
    'arabic_indic': '٠١٢٣٤٥٦٧٨٩', 'persian': '۰۱۲۳۴۵۶۷۸۹', 'devanagari': '०१२३४५६७८९',
    'bengali': '০১২৩৪৫৬৭৮৯', 'thai': '๐๑๒๓๔๕๖๗๘๙', 'fullwidth': '０１２３４５６７８９',
}


def to_digits(s, system):
    tbl = DIGITS[system]
    return ''.join(tbl[int(c)] if c.isdigit() and c.isascii() else ('－' if system == 'fullwidth' and c == '-' else c)
                   for c in s)


# ----------------------------------------------------------------------------------------------- validators
class Gen:
    def __init__(self, rng):
        self.r = rng

    def digits(self, n):
        return ''.join(self.r.choice('0123456789') for _ in range(n))

    def dob(self, lo=1948, hi=2004):
        d = dt.date(lo, 1, 1) + dt.timedelta(days=self.r.randrange((dt.date(hi, 12, 28) - dt.date(lo, 1, 1)).days))
        return d

    PERSONAL = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)

    def phone(self, region, patterns, fmt='national', types=PERSONAL):
        for _ in range(2000):
            raw = ''.join(self.r.choice('0123456789') if c == '#' else c for c in self.r.choice(patterns))
            n = phonenumbers.parse(raw, region)
            if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region and \
                    (types is None or phonenumbers.number_type(n) in types):
                if fmt == 'intl':
                    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
                if fmt == 'e164':
                    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
                return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
        sys.exit(f'no valid phone for {region}')

    def aadhaar(self):
        while True:
            b = self.r.choice('23456789') + self.digits(10)
            n = b + verhoeff.calc_check_digit(b)
            if in_aadhaar.is_valid(n):
                return f'{n[:4]} {n[4:8]} {n[8:]}'

    def pan(self, surname):
        L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        n = ''.join(self.r.choice(L) for _ in range(3)) + 'P' + surname[0].upper() + self.digits(4) + self.r.choice(L)
        assert in_pan.is_valid(n), n
        return n

    def ssn(self):
        while True:
            a = self.r.randrange(1, 900)
            if a == 666:
                continue
            n = f'{a:03d}-{self.r.randrange(1, 100):02d}-{self.r.randrange(1, 10000):04d}'
            if us_ssn.is_valid(n):
                return n

    def rtn(self):
        while True:
            b = self.r.choice(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22',
                               '26', '31', '32']) + self.digits(6)
            n = b + us_rtn.calc_check_digit(b)
            if us_rtn.is_valid(n):
                return n

    def iban(self, cc, bban_pat):
        for _ in range(200):
            bban = ''.join(self.r.choice('0123456789') if c == '#' else c for c in bban_pat)
            chk = 98 - int(''.join(str(int(c, 36)) for c in bban + cc + '00')) % 97
            n = f'{cc}{chk:02d}{bban}'
            if std_iban.is_valid(n):
                return ' '.join(n[i:i + 4] for i in range(0, len(n), 4))
        sys.exit(f'iban {cc}')

    def card(self):
        while True:
            b = self.r.choice(['4', '51', '52', '53', '54', '55']) + ''
            b = b + self.digits(15 - len(b))
            n = b + luhn.calc_check_digit(b)
            if n.startswith(('4111', '4242', '4000', '5555', '5105', '5200')):
                continue
            assert luhn.is_valid(n)
            return ' '.join(n[i:i + 4] for i in range(0, 16, 4))

    def nric(self):
        p = self.r.choice('ST')
        d = self.digits(7)
        s = sum(int(a) * w for a, w in zip(d, (2, 7, 6, 5, 4, 3, 2))) + (4 if p == 'T' else 0)
        n = p + d + 'JZIHGFEDCBA'[s % 11]
        assert _nric_ok(n)
        return n

    def steuer_id(self):
        from stdnum.iso7064 import mod_11_10
        while True:
            b = self.r.choice('123456789') + self.digits(9)
            n = b + mod_11_10.calc_check_digit(b)
            if de_idnr.is_valid(n):
                return f'{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}'

    def inn(self):
        while True:
            b = self.r.choice(['77', '78', '50', '54', '66', '16', '23']) + self.digits(8)
            n = b + ru_inn.calc_personal_check_digits(b)
            if ru_inn.is_valid(n):
                return n

    def ru_passport(self):
        n = f'{self.r.randrange(1, 99):02d}{self.r.randrange(0, 25):02d} {self.r.randrange(100000, 999999)}'
        assert re.fullmatch(r'\d{4} \d{6}', n)
        return n

    def amka(self, d):
        while True:
            b = d.strftime('%d%m%y') + self.digits(4)
            n = b + luhn.calc_check_digit(b)
            if gr_amka.is_valid(n):
                return n

    def afm(self):
        while True:
            b = self.r.choice('0123456789') + self.digits(7)
            n = b + gr_vat.calc_check_digit(b)
            if gr_vat.is_valid(n) and n[0] in '01':
                return n

    def my_number(self):
        while True:
            b = self.digits(11)
            n = b + jp_in.calc_check_digit(b)
            if jp_in.is_valid(n):
                return f'{n[:4]} {n[4:8]} {n[8:]}'

    def rrn(self, d, female):
        while True:
            cent = 0 if d.year < 2000 else 2
            s = str(1 + cent + (1 if female else 0))
            b = d.strftime('%y%m%d') + s + self.digits(5)
            n = b + kr_rrn.calc_check_digit(b)
            if kr_rrn.is_valid(n, allow_future=False):
                return f'{n[:6]}-{n[6:]}'

    def ric(self, d, female):
        while True:
            area = self.r.choice(['110105', '110108', '310104', '310115', '440106', '510107', '330106', '420111'])
            seq = f'{self.r.randrange(0, 100):02d}{self.r.choice("02468" if female else "13579")}'
            b = area + d.strftime('%Y%m%d') + seq
            n = b + cn_ric.calc_check_digit(b)
            if cn_ric.is_valid(n):
                return n

    def thai_pin(self):
        while True:
            b = self.r.choice('1358') + self.digits(11)
            n = b + th_pin.calc_check_digit(b)
            if th_pin.is_valid(n):
                return f'{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}'

    def tckn(self):
        while True:
            b = self.r.choice('123456789') + self.digits(8)
            n = b + tr_tck.calc_check_digits(b)
            if tr_tck.is_valid(n):
                return n

    def pesel(self, d, female):
        while True:
            m = d.month + (20 if d.year >= 2000 else 0)
            b = f'{d.year % 100:02d}{m:02d}{d.day:02d}' + self.digits(3) + self.r.choice('02468' if female else '13579')
            w = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
            n = b + str((10 - sum(int(a) * x for a, x in zip(b, w)) % 10) % 10)
            if pl_pesel.is_valid(n):
                return n

    def il_id(self):
        while True:
            n = self.digits(9)
            if il_idnr.is_valid(n) and n[0] != '0':
                return n

    def rntrc(self):
        while True:
            n = self.r.choice('123') + self.digits(9)
            if ua_rntrc.is_valid(n):
                return n

    def nir(self, d, female):
        while True:
            b = ('2' if female else '1') + d.strftime('%y%m') + self.r.choice(['75', '69', '13', '33', '59', '31']) + \
                f'{self.r.randrange(1, 990):03d}' + f'{self.r.randrange(1, 999):03d}'
            n = b + fr_nir.calc_check_digits(b)
            if fr_nir.is_valid(n):
                return f'{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}'

    def ip(self):
        docs = [ipaddress.ip_network(x) for x in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]
        while True:
            a = ipaddress.ip_address('.'.join(str(self.r.randrange(1, 255)) for _ in range(4)))
            if a.is_global and not a.is_multicast and not any(a in d for d in docs):
                return str(a)


def _nric_ok(n):
    if not re.fullmatch(r'[ST]\d{7}[A-Z]', n):
        return False
    s = sum(int(a) * w for a, w in zip(n[1:8], (2, 7, 6, 5, 4, 3, 2))) + (4 if n[0] == 'T' else 0)
    return n[8] == 'JZIHGFEDCBA'[s % 11]


# ----------------------------------------------------------------------------------------------- pools
# Plain strings or tuples of forms (native, Latin spellings ...); an entry is dropped when any form overlaps.
P = {}
P['in_given'] = cut('in_given', [('तेजस्विनी', 'Tejaswini'), ('कौस्तुभ', 'Kaustubh'), ('शुभांगी', 'Shubhangi'),
                                  ('देवयानी', 'Devyani'), ('सिद्धेश', 'Siddhesh'), ('निकुंज', 'Nikunj'), ('अबोली', 'Aboli'),
                                  ('हृषिकेश', 'Hrishikesh'), ('शाल्मली', 'Shalmali'), ('यशोधन', 'Yashodhan'),
                                  ('मुग्धा', 'Mugdha'), ('निनाद', 'Ninad'), ('अमोघ', 'Amogh'), ('रसिका', 'Rasika'),
                                  ('क्षितिजा', 'Kshitija'), ('नचिकेत', 'Nachiket')], 4)
P['in_family'] = cut('in_family', [('डबीरकर', 'Dabirkar'), ('गोडबोले', 'Godbole'), ('भंडारकर', 'Bhandarkar'),
                                    ('निंबालकर', 'Nimbalkar'), ('खंडेलवाल', 'Khandelwal'), ('सभरवाल', 'Sabharwal'),
                                    ('टंडन', 'Tandon'), ('आहलूवालिया', 'Ahluwalia'), ('पुरोहित', 'Purohit'),
                                    ('रस्तोगी', 'Rastogi'), ('वाधवा', 'Wadhwa'), ('चतुर्वेदी', 'Chaturvedi'),
                                    ('परांजपे', 'Paranjpe'), ('केलकर', 'Kelkar'), ('सहस्रबुद्धे', 'Sahasrabuddhe'),
                                    ('मेहरोत्रा', 'Mehrotra'), ('दुग्गल', 'Duggal')], 4)
P['ph_given'] = cut('ph_given', ['Jhunjun', 'Rodel', 'Mylene', 'Reynaldo', 'Jhanine', 'Erwin', 'Glaiza', 'Leonora',
                                  'Nonoy', 'Jhoana', 'Jayson', 'Edgardo', 'Rhodora', 'Rowena', 'Maricel', 'Liezel'], 4)
P['ph_family'] = cut('ph_family', ['Magbanua', 'Dimaculangan', 'Macaraeg', 'Panganiban', 'Sumulong', 'Dalisay',
                                    'Tolentino', 'Manalastas', 'Pangilinan', 'Villareal', 'Dumlao', 'Agbayani',
                                    'Malabanan', 'Ocampo', 'Sicat', 'Tuazon'], 4)
P['us_given'] = cut('us_given', ['Xiomara', 'Osvaldo', 'Abelardo', 'Yadira', 'Fidencio', 'Jovani', 'Eustolia',
                                  'Candelario', 'Brisa', 'Nicanor', 'Yesenia', 'Anselmo', 'Heriberto', 'Nayeli'], 4)
P['us_family'] = cut('us_family', ['Zamarripa', 'Villalobos', 'Quintanilla', 'Betancourt', 'Arredondo', 'Cisneros',
                                    'Escamilla', 'Olivares', 'Barragán', 'Valenzuela', 'Montemayor', 'Saucedo',
                                    'Landeros', 'Ibarra', 'Treviño', 'Galindo', 'Arámbula'], 4)
P['ar_given'] = cut('ar_given', [('محمود', 'Mahmoud', 'Ma7moud', 'Mahmud'), ('عبد الرحمن', 'Abdelrahman', 'Abd el-Ra7man', 'Abdulrahman'),
                                  ('خلود', 'Kholoud', 'Khulood', '5loud'), ('أسامة', 'Osama', 'Usama', 'Osaama'),
                                  ('حازم', 'Hazem', '7azem', 'Haazim'), ('شيماء', 'Shaimaa', 'Shaymaa', 'Shayma2'),
                                  ('شاهندة', 'Shahenda', 'Shahinda', 'Sha7enda'), ('معتز', 'Moataz', 'Mo3taz', 'Muetaz'),
                                  ('رضوى', 'Radwa', 'Radwah', 'Rdwa'), ('غادة', 'Ghada', '8ada', 'Ghaada'),
                                  ('نرمين', 'Nermeen', 'Nirmin', 'Nermine'), ('يمنى', 'Yomna', 'Yumna', 'Yomnaa'),
                                  ('ميادة', 'Mayada', 'Mayyada', 'Mayaada'), ('حاتم', 'Hatem', '7atem', 'Hatim')], 4)
P['ar_family'] = cut('ar_family', [('الشناوي', 'El-Shenawy', 'Al Shinnawi', 'elshenawy'),
                                    ('عبد العال', 'Abdelaal', 'Abd el-3al', 'Abdel Aal'),
                                    ('الجزار', 'El-Gazzar', 'Al-Jazzar', 'elgazzar'), ('حمدان', 'Hamdan', '7amdan', 'Hamdaan'),
                                    ('السقا', 'El-Sakka', 'Al-Saqqa', 'elsa2a'), ('عيسوي', 'Eissawy', '3eesawy', 'Issawi'),
                                    ('الدمرداش', 'El-Demerdash', 'Al-Damardash', 'eldemerdash'),
                                    ('فرغلي', 'Farghaly', 'Far8ali', 'Farghali'), ('زغلول', 'Zaghloul', 'Zaghlul', 'Za8lool'),
                                    ('حجازي', 'Hegazy', 'Hijazi', '7egazy'), ('أبو النجا', 'Abouelnaga', 'Abu el-Naga', 'Abo el-Naga'),
                                    ('الجوهري', 'El-Gohary', 'Al-Jawhari', 'elgohary'), ('الشرقاوي', 'El-Sharkawy', 'Al-Sharqawi', 'elshar2awy')], 2)
P['fr_given'] = cut('fr_given', ['Tiphaine', 'Josselin', 'Baptistin', 'Gwladys', 'Ludivine', 'Maëlys', 'Gwenaël',
                                  'Solène', 'Anatole', 'Bérangère', 'Corentin', 'Ghislaine', 'Aurèle', 'Sidonie',
                                  'Ombeline', 'Anaëlle', 'Maïwenn', 'Perrine', 'Enguerrand', 'Sixtine', 'Aymeric',
                                  'Blandine', 'Soizic', 'Tanguy', 'Albane'], 4)
P['fr_family'] = cut('fr_family', ['Lebreton', 'Kerouédan', 'Vasseur', 'Pelletier', 'Bouchard', 'Lemieux',
                                    'Fauconnier', 'Rigaud', 'Gauthier', 'Bergeron', 'Quéméner', 'Lachapelle',
                                    'Thibodeau', 'Marchand', 'Courtois', 'Tremblay'], 4)
P['sg_given'] = cut('sg_given', ['Hui Min', 'Wei Ling', 'Jun Hao', 'Shu Fen', 'Kai Xiang', 'Xin Yi', 'Zhi Wei',
                                  'Pei Shan', 'Jia Le', 'Wen Qi', 'Yong Sheng', 'Hui Ting', 'Shermaine', 'Kelvin',
                                  'Jolene', 'Desmond'], 4)
P['sg_family'] = cut('sg_family', ['Quek', 'Seah', 'Yeo', 'Teo', 'Goh', 'Chua', 'Koh', 'Lau', 'Ong', 'Toh', 'Sim',
                                    'Heng', 'Poh', 'Ang'], 3)
P['sg_malay'] = cut('sg_malay', ['Muhammad Firdaus bin Rosli', 'Nurul Ain binte Kamaruddin', 'Siti Hajar binte Osman',
                                  'Farhana binte Jamaludin', 'Priyanka d/o Rajendran', 'Karthik s/o Murugesan',
                                  'Haziq bin Zulkarnain', 'Nur Syafiqah binte Rahmat', 'Thivya d/o Selvaraj'], 1)
P['de_given'] = cut('de_given', ['Jost', 'Bjarne', 'Thies', 'Silke', 'Wiebke', 'Jannik', 'Friederike', 'Malte',
                                  'Svenja', 'Hauke', 'Imke', 'Torben', 'Henrike', 'Gesine', 'Volkmar', 'Frauke',
                                  'Almut', 'Ortrud', 'Swantje', 'Okke', 'Femke', 'Tjark', 'Hiltrud', 'Rieke',
                                  'Wolfhard'], 4)
P['de_family'] = cut('de_family', ['Quandtmeyer', 'Oltmanns', 'Brinkhaus', 'Siebenhaar', 'Wöhrle', 'Dreesen',
                                    'Kühnapfel', 'Tiedemann', 'Hollstein', 'Rademacher', 'Eckhoff', 'Pfannkuch',
                                    'Steinbrecher', 'Jungclaus', 'Hinrichsen', 'Böttjer'], 4)
P['ru_given'] = cut('ru_given', [('Авдотья', 'Avdotya', 'Awdotja'), ('Трофим', 'Trofim', 'Trofym'),
                                  ('Клавдия', 'Klavdiya', 'Klawdija'), ('Афанасий', 'Afanasy', 'Afanasiy'),
                                  ('Ярополк', 'Yaropolk', 'Jaropolk'), ('Агния', 'Agniya', 'Agnija'),
                                  ('Фёкла', 'Fekla', 'Fyokla'), ('Евстафий', 'Yevstafy', 'Evstafiy'),
                                  ('Харлампий', 'Kharlampy', 'Harlampij'), ('Снежана', 'Snezhana', 'Snejana'),
                                  ('Любава', 'Lyubava', 'Ljubava'), ('Ульяна', 'Ulyana', 'Uljana')], 3)
P['ru_family'] = cut('ru_family', [('Кудрявцев', 'Kudryavtsev', 'Kudriavtsev'), ('Шелепин', 'Shelepin', 'Schelepin'),
                                    ('Зыков', 'Zykov', 'Sykow'), ('Чеботарёв', 'Chebotaryov', 'Chebotarev'),
                                    ('Щербаков', 'Shcherbakov', 'Scherbakov'), ('Бирюков', 'Biryukov', 'Biriukov'),
                                    ('Хохлов', 'Khokhlov', 'Hohlov'), ('Ерёмин', 'Eryomin', 'Yeremin'),
                                    ('Цыганков', 'Tsygankov', 'Cygankov'), ('Лапшин', 'Lapshin', 'Lapschin'),
                                    ('Пилипенко', 'Pilipenko', 'Pylypenko'), ('Степанюк', 'Stepanyuk', 'Stepaniuk')], 3)
P['gr_given'] = cut('gr_given', [('Αναστάσιος', 'Anastasios', 'Anastasis'), ('Γλυκερία', 'Glykeria', 'Glikeria'),
                                  ('Πρόδρομος', 'Prodromos', 'Prodromos'), ('Λάμπρος', 'Lampros', 'Labros'),
                                  ('Ζαφείρης', 'Zafeiris', 'Zafiris'), ('Σταυρούλα', 'Stavroula', 'Stavrula'),
                                  ('Χρυσάνθη', 'Chrysanthi', 'Xrysanthi'), ('Καλλιόπη', 'Kalliopi', 'Kaliopi'),
                                  ('Παρασκευή', 'Paraskevi', 'Paraskeui'), ('Σπυρίδων', 'Spyridon', 'Spiridon')], 3)
P['gr_family'] = cut('gr_family', [('Μπακογιάννη', 'Bakogianni', 'Mpakogianni'), ('Χατζηδάκη', 'Chatzidaki', 'Xatzidaki'),
                                    ('Τσακαλώτου', 'Tsakalotou', 'Tsakalwtou'), ('Κουτσογιάννη', 'Koutsogianni', 'Koutsoyanni'),
                                    ('Θεοχάρη', 'Theochari', '8eoxari'), ('Ψαρρού', 'Psarrou', 'Psarou'),
                                    ('Ζερβού', 'Zervou', 'Zervu'), ('Λαμπροπούλου', 'Lampropoulou', 'Labropoulou'),
                                    ('Γκίκα', 'Gkika', 'Gika'), ('Ξενάκη', 'Xenaki', 'Ksenaki')], 3)
# Japanese family/given: (kanji, katakana, romaji)
JP_FAMILY = ([('芹沢', 'セリザワ', 'Serizawa'), ('鵜飼', 'ウカイ', 'Ukai'), ('椎名', 'シイナ', 'Shiina'),
                                    ('古館', 'フルダテ', 'Furudate'), ('真壁', 'マカベ', 'Makabe'), ('蓮見', 'ハスミ', 'Hasumi'),
                                    ('籾山', 'モミヤマ', 'Momiyama'), ('鳶田', 'トビタ', 'Tobita'), ('槙野', 'マキノ', 'Makino'),
                                    ('乾', 'イヌイ', 'Inui'), ('仁平', 'ニヘイ', 'Nihei'), ('蛭間', 'ヒルマ', 'Hiruma')])
JP_GIVEN = ([('千尋', 'チヒロ', 'Chihiro'), ('颯太', 'ソウタ', 'Sota'), ('琴音', 'コトネ', 'Kotone'),
                                  ('遼平', 'リョウヘイ', 'Ryohei'), ('澪', 'ミオ', 'Mio'), ('耕平', 'コウヘイ', 'Kohei'),
                                  ('紗季', 'サキ', 'Saki'), ('慎之介', 'シンノスケ', 'Shinnosuke'), ('朋美', 'トモミ', 'Tomomi'),
                                  ('航', 'ワタル', 'Wataru'), ('郁実', 'イクミ', 'Ikumi'), ('伊織', 'イオリ', 'Iori')])
P['jp_names'] = cut('jp_names', [(f'{f[0]} {g[0]}', f'{f[1]} {g[1]}', f'{f[2]} {g[2]}', f'{g[2]} {f[2].upper()}')
                                 for f in JP_FAMILY for g in JP_GIVEN], 6)
KO_FAMILY = ([('변', 'Byeon', 'Byun'), ('탁', 'Tak', 'Tahk'), ('엄', 'Eom', 'Um'), ('봉', 'Bong', 'Pong'),
                                    ('여', 'Yeo', 'Yuh'), ('국', 'Guk', 'Kook'), ('편', 'Pyeon', 'Pyun'), ('설', 'Seol', 'Sul'),
                                    ('채', 'Chae', 'Chai'), ('육', 'Yuk', 'Yook')])
KO_GIVEN = ([('하윤', 'Ha-yoon', 'Hayun'), ('서진', 'Seo-jin', 'Seojin'), ('도훈', 'Do-hun', 'Dohoon'),
                                  ('예린', 'Ye-rin', 'Yerin'), ('준서', 'Jun-seo', 'Junseo'), ('하은', 'Ha-eun', 'Haeun'),
                                  ('시우', 'Si-u', 'Siwoo'), ('아린', 'A-rin', 'Arin'), ('윤후', 'Yun-hu', 'Yoonhoo'),
                                  ('다온', 'Da-on', 'Daon'), ('라희', 'Ra-hui', 'Rahee'), ('소율', 'So-yul', 'Soyul')])
P['ko_names'] = cut('ko_names', [(f[0] + g[0], f'{f[1]} {g[1]}', f'{g[2]} {f[2]}') for f in KO_FAMILY for g in KO_GIVEN], 6)
ZH_FAMILY = ([('岑', 'Cen'), ('蒲', 'Pu'), ('阚', 'Kan'), ('訾', 'Zi'), ('滕', 'Teng'), ('戚', 'Qi'),
                                    ('郦', 'Li'), ('邬', 'Wu'), ('褚', 'Chu'), ('闵', 'Min'), ('雍', 'Yong'), ('巫', 'Wu')])
ZH_GIVEN = ([('嘉懿', 'Jiayi'), ('思远', 'Siyuan'), ('若溪', 'Ruoxi'), ('浩然', 'Haoran'),
                                  ('语桐', 'Yutong'), ('沐阳', 'Muyang'), ('晓筠', 'Xiaoyun'), ('子墨', 'Zimo'),
                                  ('冰洁', 'Bingjie'), ('一帆', 'Yifan'), ('靖雯', 'Jingwen'), ('书瑶', 'Shuyao'),
                                  ('钧澄', 'Juncheng'), ('芷萱', 'Zhixuan')])
P['zh_names'] = cut('zh_names', [(f[0] + g[0], f'{f[1]} {g[1]}', f'{g[1]} {f[1]}', f'{f[1].upper()} {g[1]}')
                                 for f in ZH_FAMILY for g in ZH_GIVEN], 6)
P['th_names'] = cut('th_names', ['ณัฐธิดา พงศ์ประเสริฐ', 'กิตติพัฒน์ ศรีวงศ์ชัย', 'ปิยวรรณ ทองสุขใส', 'ธนกฤต อินทรประเสริฐ',
                                  'วรรณิศา จันทร์หอมกุล'], 2)
P['tr_names'] = cut('tr_names', ['Gülşah Karabıyık', 'Nazlı Çömlekçi', 'Gülşah Kılıçarslan', 'Nazlı Dumanlı',
                                  'Gülşah Bıçakçı', 'Nazlı Gezgin', 'Tolga Eşsiz'], 2)
P['he_names'] = cut('he_names', [('נועה אלמוגי', 'Noa Almogi'), ('ניצן שפרינצק', 'Nitzan Shprintzak'),
                                  ('לירון אוחנה', 'Liron Ohana'), ('עמיתי גפן', 'Amitai Gefen'), ('ניצן אפרתי', 'Nitzan Efrati')], 2)
P['bd_names'] = cut('bd_names', ['তাসনিম রহমান চৌধুরী', 'মেহেদী হাসান তালুকদার', 'সুমাইয়া আক্তার মিতু', 'রাকিবুল ইসলাম সরকার'], 2)
# localities / streets (distinctive part only; templates add the street word)
P['in_loc'] = cut('in_loc', ['Shantikunj', 'Gulmohar Enclave', 'Vrindavan Vihar', 'Sai Ashish', 'Nirmal Dham',
                              'Kalpataru Heights', 'Ashirwad', 'Pushpanjali', 'Sukhsagar', 'Ganga Jamuna'], 3)
P['in_city'] = cut('in_city', [('Pune', '411038'), ('Indore', '452010'), ('Nagpur', '440022'), ('Lucknow', '226010'),
                                ('Jaipur', '302017'), ('Bhopal', '462016'), ('Nashik', '422005'), ('Kanpur', '208017'),
                                ('Kolhapur', '416008'), ('Aurangabad', '431005'), ('Jabalpur', '482002')], 2)
P['ph_street'] = cut('ph_street', ['Sampaguita', 'Kamagong', 'Ilang-Ilang', 'Dama de Noche', 'Narra', 'Katmon',
                                    'Kalachuchi', 'Molave', 'Yakal'], 3)
P['ph_city'] = cut('ph_city', [('Antipolo City', '1870'), ('Bacoor', '4102'), ('Marikina City', '1800'),
                                ('Lipa City', '4217'), ('Mandaue City', '6014'), ('Tagum City', '8100'),
                                ('Malolos', '3000'), ('Meycauayan', '3020'), ('Calamba', '4027'), ('Dasmariñas', '4114')], 2)
P['us_street'] = cut('us_street', ['Alder', 'Pepperwood', 'Sycamore Bend', 'Mesquite', 'Bluebonnet', 'Agave',
                                    'Ironwood', 'Palo Verde', 'Manzanita'], 3)
P['us_city'] = cut('us_city', [('Pharr', 'TX', '78577'), ('Hialeah', 'FL', '33012'), ('Cicero', 'IL', '60804'),
                                ('Pasco', 'WA', '99301'), ('Passaic', 'NJ', '07055'), ('Laredo', 'TX', '78041'),
                                ('Brownsville', 'TX', '78521'), ('Oxnard', 'CA', '93030'), ('Pomona', 'CA', '91766'),
                                ('Visalia', 'CA', '93291'), ('Kissimmee', 'FL', '34741')], 2, check=lambda e: e[0])
P['eg_street'] = cut('eg_street', ['el-Nakheel', 'el-Bostan', 'el-Gam3a', 'el-Tayaran', 'el-Mesa7a', 'Nakheel',
                                    'Bostan', 'Tayaran'], 2)
P['eg_area'] = cut('eg_area', ['Madinet Nasr', 'Sheikh Zayed', 'Mohandeseen', 'Sidi Gaber', 'Zahraa el-Maadi',
                                'Smouha', 'Manial', 'Shoubra', 'Dokki', 'Agouza'], 2)
P['fr_street'] = cut('fr_street', ['des Tanneurs', 'du Lavoir', 'des Capucines', 'de la Tuilerie', 'des Glycines',
                                    'du Moulin-Vert', 'des Vignerons', 'Tanneurs', 'Lavoir', 'Glycines', 'Vignerons'], 1)
P['fr_city'] = cut('fr_city', [('26000', 'Valence'), ('73000', 'Chambéry'), ('G6V 4Z2', 'Lévis (QC)'),
                                ('35000', 'Rennes'), ('44000', 'Nantes'), ('29000', 'Quimper'), ('79000', 'Niort'),
                                ('J1H 1A1', 'Sherbrooke (QC)'), ('J8X 3X7', 'Gatineau (QC)'), ('G5L 1X9', 'Rimouski (QC)')], 2)
P['sg_street'] = cut('sg_street', [('Tampines', '52'), ('Jurong West', '64'), ('Ang Mo Kio', '56'),
                                    ('Bukit Batok', '65'), ('Sengkang', '54'), ('Woodlands', '73'), ('Punggol', '82')], 2)
P['de_street'] = cut('de_street', ['Lindenhof', 'Birkenkamp', 'Holunder', 'Ahornhain', 'Quittenhof', 'Schlehdorn',
                                    'Haselbusch', 'Mühlgraben'], 3)
P['de_city'] = cut('de_city', [('04177', 'Leipzig'), ('24105', 'Kiel'), ('28203', 'Bremen'), ('79098', 'Freiburg'),
                                ('90402', 'Nürnberg'), ('44137', 'Dortmund'), ('01099', 'Dresden'), ('26122', 'Oldenburg'),
                                ('49074', 'Osnabrück'), ('37073', 'Göttingen'), ('25813', 'Husum'), ('26721', 'Emden')], 2)
P['ru_street'] = cut('ru_street', [('Садовническая', 'Sadovnicheskaya'), ('Большая Полянка', 'Bolshaya Polyanka'),
                                    ('Лётчика Бабушкина', 'Lyotchika Babushkina'), ('Профсоюзная', 'Profsoyuznaya'),
                                    ('Краснопрудная', 'Krasnoprudnaya'), ('Вешняковская', 'Veshnyakovskaya')], 2)
P['ru_city'] = cut('ru_city', [('Кострома', 'Kostroma', '156005'), ('Вологда', 'Vologda', '160009'),
                                ('Рязань', 'Ryazan', '390013'), ('Калуга', 'Kaluga', '248000'), ('Пенза', 'Penza', '440026'),
                                ('Иваново', 'Ivanovo', '153002'), ('Чебоксары', 'Cheboksary', '428000')], 1)
P['gr_street'] = cut('gr_street', [('Καλλιδρομίου', 'Kallidromiou'), ('Αγίου Μελετίου', 'Agiou Meletiou'),
                                    ('Μεσογείων', 'Mesogeion'), ('Τσιμισκή', 'Tsimiski'), ('Ιπποκράτους', 'Ippokratous'),
                                    ('Φιλελλήνων', 'Filellinon')], 2)
P['gr_city'] = cut('gr_city', [('Λάρισα', 'Larisa', '412 22'), ('Ιωάννινα', 'Ioannina', '453 32'), ('Χανιά', 'Chania', '731 34'),
                                ('Καβάλα', 'Kavala', '654 03'), ('Καλαμάτα', 'Kalamata', '241 00'), ('Ξάνθη', 'Xanthi', '671 00'),
                                ('Τρίκαλα', 'Trikala', '421 00'), ('Λαμία', 'Lamia', '351 00')], 1)
P['jp_addr'] = cut('jp_addr', [('世田谷区北沢', 'Setagaya-ku Kitazawa', '155-0031'), ('豊中市上野東', 'Toyonaka-shi Uenohigashi', '560-0013'),
                                ('杉並区高円寺南', 'Suginami-ku Koenji-minami', '166-0003'), ('練馬区石神井町', 'Nerima-ku Shakujii-machi', '177-0041'),
                                ('渋谷区上原', 'Shibuya-ku Uehara', '151-0064'), ('堺市北区中百舌鳥町', 'Sakai-shi Kita-ku Nakamozu-cho', '591-8023')], 1)
P['ko_addr'] = cut('ko_addr', [('Seongmisan-ro', 'Mapo-gu', 'Seoul'), ('Gwangnam-ro', 'Suyeong-gu', 'Busan'),
                                ('Hwangsaeul-ro', 'Bundang-gu', 'Seongnam'), ('Eoeun-ro', 'Yuseong-gu', 'Daejeon'),
                                ('Sillim-ro', 'Gwanak-gu', 'Seoul'), ('Jeongbalsan-ro', 'Ilsandong-gu', 'Goyang')], 2,
                   check=lambda e: e[0].split('-')[0])
P['zh_addr'] = cut('zh_addr', [('Wangjing Xilu', 'Chaoyang Qu', 'Beijing'), ('Wanping Nanlu', 'Xuhui Qu', 'Shanghai'),
                                ('Tiyu Donglu', 'Tianhe Qu', 'Guangzhou'), ('Yulin Beilu', 'Wuhou Qu', 'Chengdu'),
                                ('Wensan Lu', 'Xihu Qu', 'Hangzhou'), ('Zhichun Lu', 'Haidian Qu', 'Beijing'),
                                ('Jinshajiang Lu', 'Putuo Qu', 'Shanghai'), ('Lushan Lu', 'Yuelu Qu', 'Changsha')], 2,
                   check=lambda e: e[0].split()[0])

# benign fillers: public figures in their role, historical/fictional people, eponyms, dishes/brands, places
# (each entry checked against the other generators' words on its name part)
B = {}
B['in_pub'] = cut('in_pub', [('Sunil Chhetri', 'captain of the national football team'), ('Neeraj Chopra', 'javelin gold medallist'),
                              ('Smriti Mandhana', 'India women cricket vice-captain'), ('Arijit Singh', 'playback singer'),
                              ('Sundar Pichai', 'Google CEO'), ('Shashi Tharoor', 'Thiruvananthapuram MP')], 2, check=lambda e: e[0])
B['in_epo'] = cut('in_epo', ['Jawaharlal Nehru Stadium', 'Chhatrapati Shivaji Maharaj Terminus', 'Raman effect',
                              'Indira Gandhi Canal', 'Tagore Hall', 'Sardar Patel Marg', 'Ramanujan prime', 'Bhabha Atomic Research Centre',
                              'Chandrasekhar limit', 'Bose-Einstein condensate', 'Sarabhai Space Centre', 'Tilak Smarak'], 1)
B['in_dish'] = cut('in_dish', ['Paneer Lababdar', 'Murgh Musallam', 'Rajma Chawal', 'Misal Pav', 'Dal Bafla',
                                'Parle-G', 'Haldiram Bhujia'], 2)
B['ph_pub'] = cut('ph_pub', [('Hidilyn Diaz', 'Olympic weightlifting champion'), ('Lea Salonga', 'Tony-winning singer'),
                              ('Manny Pacquiao', 'boxing legend and former senator'), ('Catriona Gray', 'Miss Universe 2018'),
                              ('Carlos Yulo', 'Olympic gymnastics champion')], 1, check=lambda e: e[0])
B['ph_epo'] = cut('ph_epo', ['Rizal Park', 'Bonifacio High Street', 'Aguinaldo Shrine', 'Quezon Memorial Circle',
                              'Mabini Shrine', 'Magsaysay Avenue', 'Roxas Boulevard', 'Lapu-Lapu Shrine', 'Gabriela Silang monument',
                              'Kalaw Avenue', 'Osmeña Boulevard', 'Macapagal Boulevard'], 1)
B['ph_dish'] = cut('ph_dish', ['Chickenjoy', 'Lucky Me Pancit Canton', 'Jollibee Spaghetti', 'Max’s fried chicken',
                                'Aling Lucing sisig', 'Goldilocks polvoron', 'Tita Nena’s bibingka'], 2)
B['us_pub'] = cut('us_pub', [('Sonia Sotomayor', 'Supreme Court justice'), ('Bad Bunny', 'reggaeton artist'),
                              ('Alexandria Ocasio-Cortez', 'congresswoman'), ('Pedro Pascal', 'actor'),
                              ('Lin-Manuel Miranda', 'composer of Hamilton'), ('Selena Quintanilla', 'late Tejano singer'),
                              ('Gloria Estefan', 'singer'), ('Ellen Ochoa', 'astronaut and former NASA center director'),
                              ('Rita Moreno', 'actress'), ('Julián Castro', 'former HUD secretary')], 1,
                 check=lambda e: e[0])
B['us_epo'] = cut('us_epo', ['Cesar Chavez Avenue', 'Roberto Clemente Award', 'Dolores Huerta Elementary',
                              'Chavez Ravine', 'Tito Puente Way', 'Juan Seguin bridge', 'Celia Cruz Way', 'Ochoa Elementary',
                              'Benito Juárez Park'], 1)
B['us_dish'] = cut('us_dish', ['Tía Rosa tortillas', 'Abuelita chocolate', 'Don Julio 1942', 'Doña María mole',
                                'Pollo Tropical', 'Don Pancho’s tamales', 'Tapatío'], 2)
B['ar_pub'] = cut('ar_pub', [('Mohamed Salah', 'Liverpool winger', 'Mo Salah'), ('Amr Diab', 'singer', '3amr Diab'),
                              ('Naguib Mahfouz', 'Nobel laureate novelist', 'Naguib Ma7fouz'),
                              ('Fairuz', 'Lebanese singer', 'Fayrouz'), ('Umm Kulthum', 'singer of the 20th century', 'Om Kalthoum'),
                              ('Ahmed Zewail', 'Nobel chemist', 'A7med Zewail')], 1, check=lambda e: e[0] + ' ' + e[2])
B['ar_epo'] = cut('ar_epo', ['Share3 Talaat Harb', 'Midan Tahrir', 'Kobry Abbas', 'Mehwar Saft el-Laban',
                              'Share3 Gamal Abdel Nasser', 'Sekket Hadid Masr'], 2)
B['ar_dish'] = cut('ar_dish', ['koshary Abou Tarek', 'fool w ta3meya', 'Om Ali', 'ba3t el-Zaeem', 'sho3'], 2)
B['fr_pub'] = cut('fr_pub', [('Kylian Mbappé', 'capitaine des Bleus'), ('Céline Dion', 'chanteuse'),
                              ('Christine Lagarde', 'présidente de la BCE'), ('Justin Trudeau', 'ancien premier ministre'),
                              ('Antoine Dupont', 'demi de mêlée'), ('Aya Nakamura', 'chanteuse')], 2, check=lambda e: e[0])
B['fr_epo'] = cut('fr_epo', ['boulevard Haussmann', 'maladie de Parkinson', 'prix Goncourt', 'lycée Voltaire',
                              'pont Jacques-Cartier', 'station Berri-UQAM', 'syndrome de Gilles de la Tourette'], 2)
B['fr_dish'] = cut('fr_dish', ['croque-monsieur', 'poutine La Banquise', 'tarte Tatin', 'pêche Melba',
                                'sauce Béchamel', 'Bonne Maman', 'crêpe Suzette'], 2)
B['sg_pub'] = cut('sg_pub', [('Joseph Schooling', 'Olympic swimmer'), ('Loh Kean Yew', 'badminton world champion'),
                              ('Lawrence Wong', 'Prime Minister'), ('Tharman Shanmugaratnam', 'President'),
                              ('JJ Lin', 'Mandopop singer'), ('Yip Pin Xiu', 'Paralympic swimmer'),
                              ('Shanti Pereira', 'sprinter'), ('Stefanie Sun', 'singer')], 1, check=lambda e: e[0])
B['sg_epo'] = cut('sg_epo', ['Raffles Place', 'Lau Pa Sat', 'Boon Lay MRT', 'Haw Par Villa', 'Tan Tock Seng Hospital',
                              'Yio Chu Kang Road', 'Lim Bo Seng Memorial', 'Dunearn Road', 'Eu Tong Sen Street', 'Boon Tat Street',
                              'Kim Seng Road', 'Lim Chu Kang Road', 'Cuppage Road', 'Keng Lee Road', 'Mohamed Sultan Road',
                              'Tan Quee Lan Street', 'Seah Im Road'], 1, check=lambda e: ' '.join(e.split()[:-1]))
B['sg_dish'] = cut('sg_dish', ['Ah Hock fried oyster', 'Tian Tian chicken rice', 'Ya Kun kaya toast',
                                'Old Chang Kee curry puff', 'Ah Ma’s chendol', 'Mr Bean soya milk', 'Hock Lam beef kway teow',
                                'Bengawan Solo kueh', 'Killiney kopi'], 1)
B['de_pub'] = cut('de_pub', [('Olaf Scholz', 'Ex-Kanzler'), ('Jamal Musiala', 'Bayern-Offensivspieler'),
                              ('Helene Fischer', 'Schlagersängerin'), ('Ursula von der Leyen', 'EU-Kommissionspräsidentin'),
                              ('Dirk Nowitzki', 'Basketball-Legende')], 2, check=lambda e: e[0])
B['de_epo'] = cut('de_epo', ['Konrad-Adenauer-Ufer', 'Alzheimer-Krankheit', 'Max-Planck-Institut', 'Bunsenbrenner',
                              'Otto-Hahn-Gymnasium', 'Bismarckhering', 'Leibniz-Keks'], 2)
B['de_dish'] = cut('de_dish', ['Fürst-Pückler-Eis', 'Dr. Oetker Ristorante', 'Käthe Wohlfahrt', 'Tante Fanny Blätterteig',
                                'Onkel Hellmut Senf', 'Frau Antje Käse'], 2)
B['ru_pub'] = cut('ru_pub', [('Dostoevsky', 'Dostoevskiy', 'Достоевский'), ('Tchaikovsky', 'Chaykovskiy', 'Чайковский'),
                              ('Gagarin', 'Gagarin', 'Гагарин'), ('Mendeleev', 'Mendeleyev', 'Менделеев'),
                              ('Bulgakov', 'Bulgakov', 'Булгаков'), ('Akhmatova', 'Ahmatova', 'Ахматова'),
                              ('Tsvetaeva', 'Cvetaeva', 'Цветаева'), ('Lermontov', 'Lermontov', 'Лермонтов')], 2)
B['ru_dish'] = cut('ru_dish', ['salat Olivye', 'bef-stroganov', 'tort Napoleon', 'Alyonka shokolad', 'kotleta po-kievski',
                                'Baba Nyura varenye'], 2)
B['gr_pub'] = cut('gr_pub', [('Kazantzakis', 'Καζαντζάκης'), ('Kavafis', 'Καβάφης'), ('Seferis', 'Σεφέρης'),
                              ('Elytis', 'Ελύτης'), ('Antetokounmpo', 'Αντετοκούνμπο'), ('Theodorakis', 'Θεοδωράκης'),
                              ('Kapodistrias', 'Καποδίστριας'), ('Venizelos', 'Βενιζέλος')], 2)
B['gr_dish'] = cut('gr_dish', ['giouvetsi', 'bougatsa', 'Loumidis kafes', 'Papadopoulou mpiskota', 'paidakia',
                                'Kyria Eleni trahanas'], 2)
B['jp_pub'] = cut('jp_pub', [('Ohtani Shohei', 'Dodgers'), ('Murakami Haruki', 'novelist'), ('Miyazaki Hayao', 'Ghibli'),
                              ('Hanyu Yuzuru', 'figure skating'), ('Oda Eiichiro', 'One Piece'), ('Inoue Naoya', 'boxing')], 2,
                 check=lambda e: e[0])
B['jp_dish'] = cut('jp_dish', ['Oyakodon', 'Nikujaga', 'Yoshinoya gyudon', 'Kewpie mayo', 'Kitkat matcha', 'Chikuwabu'], 2)
B['ko_pub'] = cut('ko_pub', [('Son Heung-min', '손흥민', 'Tottenham captain'), ('Bong Joon-ho', '봉준호', 'director of Parasite'),
                              ('Han Kang', '한강', 'Nobel laureate in literature'), ('Faker', '페이커', 'T1 mid laner'),
                              ('Kim Yuna', '김연아', 'figure skating gold medallist'), ('Sejong', '세종대왕', 'Joseon king'),
                              ('Ryu Hyun-jin', '류현진', 'pitcher'), ('Park Chan-wook', '박찬욱', 'film director'),
                              ('Hwang Hee-chan', '황희찬', 'Wolves forward'), ('Yi Sun-sin', '이순신', 'Joseon admiral'),
                              ('Chung Myung-whun', '정명훈', 'conductor'), ('Lee Sang-hyeok', '이상혁', 'T1 mid laner')], 1,
                 check=lambda e: e[0] + ' ' + e[1])
B['ko_dish'] = cut('ko_dish', ['Nolbu budae-jjigae', 'Halmeoni gukbap', 'Bibigo mandu', 'Shin Ramyun', 'Jinro soju',
                                'Kimbap Cheonguk'], 2)
B['zh_pub'] = cut('zh_pub', [('Lu Xun', '鲁迅', 'writer'), ('Li Bai', '李白', 'Tang poet'), ('Yao Ming', '姚明', 'basketball'),
                              ('Zheng He', '郑和', 'Ming admiral'), ('Su Shi', '苏轼', 'Song poet'), ('Qu Yuan', '屈原', 'poet'),
                              ('Zhu Xi', '朱熹', 'philosopher'), ('Cao Xueqin', '曹雪芹', 'author of Honglou Meng'),
                              ('Du Fu', '杜甫', 'Tang poet'), ('Wang Wei', '王维', 'Tang poet'), ('Zhuge Liang', '诸葛亮', 'chancellor of Shu'),
                              ('Lin Huiyin', '林徽因', 'architect'), ('Tu Youyou', '屠呦呦', 'Nobel laureate in medicine'),
                              ('Ding Liren', '丁立人', 'chess grandmaster')], 1,
                 check=lambda e: e[0] + ' ' + e[1])
B['zh_dish'] = cut('zh_dish', [('Gongbao jiding', '宫保鸡丁'), ('Mapo doufu', '麻婆豆腐'), ('Dongpo rou', '东坡肉'),
                                ('Lao Gan Ma', '老干妈'), ('Zuo Zongtang ji', '左宗棠鸡')], 2)


# ----------------------------------------------------------------------------------------------- kinds
def ascii_fold(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if c.isascii())


def email_of(r, *parts, domains=('gmail.com',)):
    parts = [re.sub(r'[^a-z0-9]', '', ascii_fold(p).lower()) for p in parts if p]
    sep = r.choice(['.', '_', '', '.'])
    local = sep.join(parts[:2]) if r.random() < 0.7 else parts[0][0] + sep + parts[-1]
    if r.random() < 0.5:
        local += str(r.randrange(7, 99))
    return f'{local}@{r.choice(domains)}'


class V:
    """Collects the values a record issues: (entity type, written value)."""

    def __init__(self):
        self.items = []

    def __call__(self, etype, value):
        self.items.append((etype, value))
        return value


def org_phone(g, region):
    pats = {'IN': ['1800######'], 'US': ['1800#######', '1888#######'], 'PH': ['0288######'], 'DE': ['0800#######'],
            'FR': ['0800######', '0969######'], 'SG': ['1800#######'], 'RU': ['8800#######'], 'GR': ['801#######', '2103######'],
            'JP': ['0120######'], 'KR': ['15##0###', '02###0####'], 'CN': ['400#######', '010########'], 'EG': ['0223######'],
            'TR': ['0850#######'], 'IL': ['1700######']}
    return g.phone(region, pats[region], types=None)


ORDER = lambda r, pre: f'{pre}{r.randrange(10**7, 10**8)}'


# --- 1 Hinglish
def s_hinglish(g, r, v):
    gi, fa = r.choice(P['in_given']), r.choice(P['in_family'])
    name = v('person', f'{gi[1]} {fa[1]}')
    ph = g.phone('IN', ['9#########', '8#########', '7#########'], r.choice(['national', 'intl']))
    loc, (city, pin) = r.choice(P['in_loc']), r.choice(P['in_city'])
    addr = f'Flat {r.randrange(101, 1204)}, {loc}, {r.choice(["Gali no.", "Lane"])} {r.randrange(2, 19)}, {city} {pin}'
    d = g.dob()
    t = r.randrange(5)
    if t == 0:
        return (f'Bhai {name} ka number {v("phone", ph)} hai, unka Aadhaar {v("NATIONAL_ID", g.aadhaar())} bhi bheja tha '
                f'KYC ke liye. Address: {v("STREET_ADDRESS", addr)}. Kal tak verify karke batana pls.')
    if t == 1:
        return (f'Naam: {gi[0]} {fa[0]} ({name})\nDOB: {v("DATE_OF_BIRTH", d.strftime("%d/%m/%Y"))}\n'
                f'PAN: {v("TAX_ID", g.pan(fa[1]))}\nMobile: {v("phone", ph)}\n'
                f'Mail: {v("email", email_of(r, gi[1], fa[1], domains=("gmail.com", "rediffmail.com", "yahoo.co.in")))}\n'
                f'ITR file karna hai, ye details sahi hai na?')
    if t == 2:
        return (f'Yaar mere landlord ko rent agreement bhejna hai, tenant {name}, permanent address '
                f'{v("STREET_ADDRESS", addr)}, phone {v("phone", ph)}. Agreement draft kar do Hindi-English mix mein.')
    if t == 3:
        return f'{v("person", gi[0] + " " + fa[0])} ({name}) ki mummy ne call kiya tha, kal school nahi aayegi, fever hai.'
    return f'Mera UPI wala number {v("phone", ph)} hai, refund isi pe bhej dena bhaiya. Order {ORDER(r, "OD")} wala.'


def b_hinglish(g, r):
    t = r.randrange(5)
    if t == 0:
        n, role = r.choice(B['in_pub'])
        return f'Kal {n} ({role}) ka interview dekha, kya bola yaar! Uska main point 3 lines mein likh do Hinglish mein.'
    if t == 1:
        return (f'Humara office {r.choice(B["in_epo"])} ke paas hai. Customer care {org_phone(g, "IN")} (toll free) aur '
                f'support@{r.choice(["chaiwala-express", "dabbaseva", "kiranakart"])}.in pe complaint karo, ticket {ORDER(r, "TKT")}.')
    if t == 2:
        return (f'Naam: ________\nAadhaar: XXXX XXXX XXXX\nPAN: ABCDE1234F (sample)\nMobile: +91 98XXXXXXXX\n'
                f'Ye KYC form ka blank template hai, isko Marathi + English labels mein bana do.')
    if t == 3:
        return (f'Menu update karna hai: {r.choice(B["in_dish"])} ₹{r.randrange(120, 480)}, {r.choice(B["in_dish"])} '
                f'₹{r.randrange(90, 300)}. Prices GST ke saath likhna, aur spelling check kar lena.')
    return ('Test data chahiye: email test.user@example.com, phone 555-0134 (US test), IP 203.0.113.24, card 4111 1111 1111 1111. '
            'Isko Postman collection ke env file mein daal do.')


# --- 2 Taglish
def s_taglish(g, r, v):
    gi, fa = r.choice(P['ph_given']), r.choice(P['ph_family'])
    name = v('person', f'{gi} {fa}')
    ph = g.phone('PH', ['09#########'], r.choice(['national', 'intl']))
    st, (city, zp) = r.choice(P['ph_street']), r.choice(P['ph_city'])
    addr = f'Blk {r.randrange(1, 40)} Lot {r.randrange(1, 60)}, {st} St., Brgy. {r.choice(["San Isidro", "Mabini", "Dela Paz", "Sto. Niño"])}, {city} {zp}'
    t = r.randrange(5)
    if t == 0:
        return (f'Sis pa-send naman kay {name} yung parcel, eto address niya: {v("STREET_ADDRESS", addr)}. '
                f'Contact # {v("phone", ph)}. COD daw, thank you po!')
    if t == 1:
        return (f'Hi po, si {name} po ito, yung GCash ko po ay {v("phone", ph)}. Birthday ko po '
                f'{v("DATE_OF_BIRTH", g.dob().strftime("%B %d, %Y"))}, para sa loyalty card. Email: '
                f'{v("email", email_of(r, gi, fa, domains=("gmail.com", "yahoo.com.ph")))}')
    if t == 2:
        return (f'Pakicheck nga kung tama yung billing: card {v("credit_card", g.card())} under {name}, '
                f'billing address {v("STREET_ADDRESS", addr)}. Na-decline kasi kanina.')
    if t == 3:
        return f'Nag-text si {v("person", gi)}, yung kapitbahay namin, sabi nya wala daw tubig buong araw sa {st} St.'
    if r.random() < .5:
        return (f'Na-flag daw yung account ni {name}, pero siya talaga yun, galing sa bahay nila yung IP {v("IP_ADDRESS", g.ip())}. '
                f'Pa-draft ng appeal in English.')
    return f'Ito number ng tita ko {v("phone", ph)}, pakitawagan mo siya pag dumating na yung delivery.'


def b_taglish(g, r):
    t = r.randrange(5)
    if t == 0:
        n, role = r.choice(B['ph_pub'])
        return f'Grabe si {n}, {role}, ang galing talaga! Gawan mo ng caption for our FB page, Taglish lang.'
    if t == 1:
        return (f'Meet tayo sa {r.choice(B["ph_epo"])} mamaya 6pm, tapos kain sa {r.choice(B["ph_dish"])}. '
                f'Paki-rewrite as formal invite para sa org namin.')
    if t == 2:
        org, dom = r.choice([('Bayanihan Water', 'bayanihanwater'), ('Kalinga Telco', 'kalingatel'), ('Sari-Sari Express', 'sarisariexpress')])
        return (f'Hotline ng {org}: {org_phone(g, "PH")}, '
                f'email customercare@{dom}.com.ph. Tracking # {ORDER(r, "PH")}. Paki-summarize.')
    if t == 3:
        return ('Pangalan: ____________  Tirahan: Blk __ Lot __, ________ St., Brgy. ______\nCP #: 09XX-XXX-XXXX\n'
                'Gawin mong Google Form itong template, English and Filipino labels.')
    return 'Anong difference ng Brgy. Clearance at Police Clearance? Saka ilang days processing sa Marikina City?'


# --- 3 Spanglish
def s_spanglish(g, r, v):
    gi, fa = r.choice(P['us_given']), r.choice(P['us_family'])
    name = v('person', f'{gi} {fa}')
    ph = g.phone('US', ['956#######', '305#######', '714#######', '520#######', '773#######', '201#######'],
                 r.choice(['national', 'intl']))
    st, (city, stt, zp) = r.choice(P['us_street']), r.choice(P['us_city'])
    addr = f'{r.randrange(100, 9999)} {r.choice(["W", "E", "N", "S"])} {st} {r.choice(["St", "Ave", "Ct", "Dr"])}, {city}, {stt} {zp}'
    t = r.randrange(5)
    if t == 0:
        return (f'Oye, necesito llenar el W-4 de mi tía {name}, her SSN is {v("ssn", g.ssn())} y vive en '
                f'{v("STREET_ADDRESS", addr)}. Can you help me fill it out en inglés?')
    if t == 1:
        return (f'Para el direct deposit de {name}: routing {v("US_BANK_NUMBER", g.rtn())} account '
                f'{v("US_BANK_NUMBER", g.digits(r.randrange(9, 12)))}. Me confirmas si el formato está bien? Gracias!')
    if t == 2:
        return (f'Mi compa {name} ({v("phone", ph)}) está buscando roommate, so like, escríbele un post bien friendly '
                f'para Facebook Marketplace. Su email es {v("email", email_of(r, gi, fa, domains=("gmail.com", "hotmail.com", "outlook.com")))}.')
    if t == 3 and r.random() < .5:
        return (f'Para el Medicare application de mi suegra {name}: SSN {v("ssn", g.ssn())}, DOB '
                f'{v("DATE_OF_BIRTH", g.dob(1940, 1960).strftime("%m/%d/%Y"))}. ¿Qué papeles más necesita? Answer in English.')
    if t == 3:
        return f'Mi suegra {v("person", gi)} nació el {v("DATE_OF_BIRTH", g.dob(1940, 1960).strftime("%m/%d/%Y"))}, what age bracket is she for Medicare?'
    if r.random() < .5:
        return (f'Oye, la cuenta de {name} got locked, el login fue desde su casa, IP {v("IP_ADDRESS", g.ip())}. '
                f'Write the unlock request en inglés.')
    return f'Call me back al {v("phone", ph)} cuando puedas, es sobre lo del apartment.'


def b_spanglish(g, r):
    t = r.randrange(5)
    if t == 0:
        n, role = r.choice(B['us_pub'])
        return f'Ayer {n}, the {role}, dijo algo super interesante en la entrevista. Hazme un resumen en Spanglish.'
    if t == 1:
        return (f'El evento es en {r.choice(B["us_epo"])}, we bring {r.choice(B["us_dish"])} y tamales. '
                f'Escribe el flyer bilingüe.')
    if t == 2:
        return (f'Para reclamos llame al {org_phone(g, "US")} o escriba a servicio@{r.choice(["lacasitamarket", "tiendaflores"])}.com. '
                f'Su número de orden es {ORDER(r, "#")}. Translate this to English please.')
    if t == 3:
        return ('SSN: ___-__-____   Nombre: ______________   Dirección: ________________\n'
                'Hazme este formulario bilingüe, labels en inglés y español.')
    return ('In the docs they use 123-45-6789 as the sample SSN and (555) 010-0199 as phone, ¿eso se puede usar en los unit tests '
            'o mejor genero random?')


# --- 4 Arabizi (several Latin spellings of one Arabic name, digits for letters)
def s_arabizi(g, r, v):
    gi, fa = r.choice(P['ar_given']), r.choice(P['ar_family'])
    i, j = r.randrange(1, 4), r.randrange(1, 4)
    name = v('person', f'{gi[i]} {fa[j]}')
    ph = g.phone('EG', ['010########', '011########', '012########', '015########'], r.choice(['national', 'intl']))
    addr = f'{r.randrange(3, 90)} share3 {r.choice(P["eg_street"])}, {r.choice(P["eg_area"])}, sha2a {r.randrange(2, 30)}'
    t = r.randrange(5)
    if t == 0:
        alt = v('person', f'{gi[1 + (i % 3)]} {fa[1 + (j % 3)]}')
        return (f'ya basha el 3ameel {name} (fel system maktoob {alt}, w bel 3araby {v("person", gi[0] + " " + fa[0])}) '
                f'ra2amo {v("phone", ph)}, 3ayez yeghayar el 3enwan l {v("STREET_ADDRESS", addr)}. merge el etnen please.')
    if t == 1:
        return (f'ana {name}, 3ayez a7awel felos 3ala el IBAN da {v("iban", g.iban("EG", "0019" + "#" * 21))} '
                f'w el mobile {v("phone", ph)}. ekteb-li el email lel bank in English.')
    if t == 2:
        return (f'law sama7t send the invitation le {name} 3ala {v("email", email_of(r, gi[1], fa[1], domains=("gmail.com", "yahoo.com", "hotmail.com")))}, '
                f'howa mawloud {v("DATE_OF_BIRTH", g.dob().strftime("%d-%m-%Y"))} fa 5aly el card tebda2 b "kol sana w enta tayeb".')
    if t == 3:
        return f'5alti {v("person", gi[2])} et2alet enaharda, 7ad yeb3at-laha reply 7elw mn el sherka?'
    return f'kalemni 3ala {v("phone", ph)} ba3d el sa3a 8, 3ashan mawdoo3 el shaqqa.'


def b_arabizi(g, r):
    t = r.randrange(5)
    if t == 0:
        n, role, alt = r.choice(B['ar_pub'])
        return f'{alt} aw {n}, el {role}, 3amal 7aga gamda emberra7. ekteb post 3an el match/concert bel Franco-Arab.'
    if t == 1:
        return (f'el ma7al beta3na fe {r.choice(B["ar_epo"])}, w el menu fih {r.choice(B["ar_dish"])}. '
                f'translate the menu to English w 5ali el asami zay ma heya.')
    if t == 2:
        return (f'el hotline {org_phone(g, "EG")} aw 19{r.randrange(100, 999)}, w el email info@'
                f'{r.choice(["koshk-el-3elm", "masrawyshop"])}.com.eg. order rakam {ORDER(r, "EG")}. summarize el shakwa.')
    if t == 3:
        return 'el esm: ________  el ra2am el qawmy: ______________  el mobile: 01X-XXXX-XXXX\nhawel el form da le Google Form.'
    return 'eh el far2 ben "inshallah" w "inshaa Allah" fel ketaba? w leh el nas bteketb 3 badal ع w 7 badal ح?'


# --- 5 Franglais
def s_franglais(g, r, v):
    gi, fa = r.choice(P['fr_given']), r.choice(P['fr_family'])
    name = v('person', f'{gi} {fa}')
    cp, city = r.choice(P['fr_city'])
    qc = '(QC)' in city
    ph = g.phone('CA', ['514#######', '418#######', '819#######'], 'national') if qc else \
        g.phone('FR', ['06########', '07########'], r.choice(['national', 'intl']))
    addr = f'{r.randrange(2, 140)}, rue {r.choice(P["fr_street"])}, {cp} {city}'
    d = g.dob()
    t = r.randrange(5)
    if t == 0:
        return (f'Hello, peux-tu checker le dossier de {name}? Numéro de sécu {v("HEALTH_INSURANCE", g.nir(d, r.random() < .5))}, '
                f'né(e) le {v("DATE_OF_BIRTH", d.strftime("%d/%m/%Y"))}. Le remboursement est pending depuis 3 semaines, c\'est un peu ASAP.')
    if t == 1:
        return (f'Je forward le mail de {name} ({v("email", email_of(r, gi, fa, domains=("gmail.com", "orange.fr", "free.fr", "videotron.ca")))}), '
                f'elle a switché de banque: nouvel IBAN {v("iban", g.iban("FR", "#" * 23))}. Update le payroll stp.')
    if t == 2:
        return (f'Le meeting avec {name} est cancel, elle habite {v("STREET_ADDRESS", addr)} donc on fait un call au '
                f'{v("phone", ph)}. Tu peux draft un invite?')
    if t == 3:
        return f'Ma coloc {v("person", gi)} a oublié ses clés, genre encore. Écris-lui un texto funny.'
    return f'Texte-moi au {v("phone", ph)} quand t\'es free pour le brunch.'


def b_franglais(g, r):
    t = r.randrange(5)
    if t == 0:
        n, role = r.choice(B['fr_pub'])
        return f'Le speech de {n} ({role}) hier était vraiment next level. Fais-moi un summary en bullet points.'
    if t == 1:
        return (f'On se retrouve {r.choice(B["fr_epo"])}, après on prend un {r.choice(B["fr_dish"])}. '
                f'Rewrite ça en message Slack un peu plus pro.')
    if t == 2:
        return (f'Service client: {org_phone(g, "FR")} (appel gratuit), ou contact@{r.choice(["lapetiteepicerie", "velomontagne"])}.fr. '
                f'Commande n° {ORDER(r, "CMD-")}. Translate en anglais.')
    if t == 3:
        return ('Nom: ____________  N° de sécu: _ __ __ __ ___ ___ __  IBAN: FR76 XXXX ...\nFais un template bilingue FR/EN.')
    return ('Dans la doc Stripe, FR1420041010050500013M02606 c\'est l\'IBAN de test, et 4000 0025 0000 3155 la carte 3DS. '
            'Je les mets dans les fixtures, c\'est OK?')


# --- 6 Singlish
def s_singlish(g, r, v):
    if r.random() < 0.8:
        fam, gi = r.choice(P['sg_family']), r.choice(P['sg_given'])
        name = f'{fam} {gi}' if r.random() < .7 else f'{gi} {fam}'
    else:
        name = r.choice(P['sg_malay'])
    name = v('person', name)
    ph = g.phone('SG', ['8#######', '9#######'], r.choice(['national', 'intl']))
    st, pc = r.choice(P['sg_street'])
    blk = r.randrange(100, 899)
    addr = f'Blk {blk} {st} St {r.randrange(11, 99)} #{r.randrange(2, 16):02d}-{r.randrange(10, 400)}, Singapore {pc}{blk:04d}'
    t = r.randrange(5)
    if t == 0:
        return (f'Eh bro the new tenant {name} NRIC {v("NATIONAL_ID", g.nric())} lah, HP {v("phone", ph)}. '
                f'Help me fill the HDB form can or not?')
    if t == 1:
        return (f'Aiyo the delivery guy cannot find lor. Address is {v("STREET_ADDRESS", addr)}, '
                f'call {name} at {v("phone", ph)}. Write a short msg to him pls.')
    if t == 2:
        return (f'My colleague {name} ({v("email", email_of(r, *name.split()[:2], domains=("gmail.com", "hotmail.sg", "yahoo.com.sg")))}) '
                f'birthday is {v("DATE_OF_BIRTH", g.dob().strftime("%d %b %Y"))}, help me write card leh.')
    if t == 3:
        return f'Wah my neighbour {name} very loud sia every night, how to complain nicely?'
    if r.random() < .5:
        return (f'Eh my card {v("credit_card", g.card())} kena charged twice at the kopitiam app leh, name on card {name}. '
                f'Help me write dispute email.')
    return f'Can whatsapp me at {v("phone", ph)}? Tmr meet at the kopitiam.'


def b_singlish(g, r):
    t = r.randrange(5)
    if t == 0:
        n, role = r.choice(B['sg_pub'])
        return f'Wah {n} the {role} really steady sia. Help me write a short congrats post, Singlish a bit can.'
    if t == 1:
        return (f'Meet at {r.choice(B["sg_epo"])} then go makan {r.choice(B["sg_dish"])}. '
                f'Rewrite as a proper invite for our CCA.')
    if t == 2:
        return (f'Hotline {org_phone(g, "SG")} or email enquiry@{r.choice(["kopi-kaki", "hawkerhub"])}.com.sg, ref {ORDER(r, "SG")}. '
                f'Summarise the complaint lah.')
    if t == 3:
        return 'Name: ______  NRIC: S1234567D (sample only)  HP: 9XXX XXXX\nMake this into a clean form can?'
    return 'What the difference between NRIC and FIN ah? And the last letter how they calculate one?'


# --- 7 Denglisch
def s_denglisch(g, r, v):
    gi, fa = r.choice(P['de_given']), r.choice(P['de_family'])
    name = v('person', f'{gi} {fa}')
    ph = g.phone('DE', ['015#########', '016########', '017########'], r.choice(['national', 'intl']))
    plz, city = r.choice(P['de_city'])
    addr = f'{r.choice(P["de_street"])}{r.choice(["weg", "straße", "str.", "allee"])} {r.randrange(1, 120)}, {plz} {city}'
    d = g.dob()
    t = r.randrange(5)
    if t == 0:
        return (f'Kannst du kurz checken ob die Steuer-ID von {name} passt? {v("TAX_ID", g.steuer_id())}, '
                f'geb. {v("DATE_OF_BIRTH", d.strftime("%d.%m.%Y"))}. Das Onboarding ist sonst blocked.')
    if t == 1:
        return (f'Für das Payroll-Update: {name}, IBAN {v("iban", g.iban("DE", "#" * 18))}, '
                f'neue Adresse {v("STREET_ADDRESS", addr)}. Bitte als JSON outputten.')
    if t == 2:
        return (f'Ich hab {name} ge-cc-t ({v("email", email_of(r, gi, fa, domains=("gmx.de", "web.de", "t-online.de")))}), '
                f'aber sie hat nicht replied. Handy ist {v("phone", ph)}. Schreib ein freundliches Follow-up.')
    if t == 3:
        return f'Meine Nachbarin {v("person", "Frau " + fa)} hat unser Paket angenommen, schreib ein kurzes Thank-you-Kärtchen.'
    if r.random() < .5:
        return (f'Der Login-Versuch von {v("IP_ADDRESS", g.ip())} war ich, {name}, von meinem Router zuhause. '
                f'Kannst du die Sperre aufheben? Ticket auf Englisch bitte.')
    return f'Ping mich auf {v("phone", ph)} wenn das Deployment durch ist.'


def b_denglisch(g, r):
    t = r.randrange(5)
    if t == 0:
        n, role = r.choice(B['de_pub'])
        return f'Das Statement von {n} ({role}) war ziemlich on point. Mach mir ein kurzes Summary auf Englisch.'
    if t == 1:
        return (f'Das Offsite ist am {r.choice(B["de_epo"])}, Catering mit {r.choice(B["de_dish"])}. '
                f'Schreib die Einladung, gerne mit etwas Denglisch.')
    if t == 2:
        return (f'Hotline {org_phone(g, "DE")} (kostenlos) oder service@{r.choice(["kaffeeklappe", "radwerk-nord"])}.de, '
                f'Bestellnummer {ORDER(r, "B-")}. Translate to English please.')
    if t == 3:
        return 'Name: ________  Steuer-ID: __ ___ ___ ___  IBAN: DE89 3704 0044 0532 0130 00 (Beispiel)\nMach ein Template draus.'
    return 'Ist DE89 3704 0044 0532 0130 00 wirklich die Beispiel-IBAN aus der Doku? Für Unit-Tests okay?'


# --- 8 Russian translit
def ru_family_form(gi, fa):
    fem = gi[1].endswith('a')
    inflects = fem and not fa[1].endswith(('ko', 'yuk', 'iuk'))
    return fem, fa[0] + ('а' if inflects else ''), fa[1] + ('a' if inflects else '')


def s_translit(g, r, v):
    gi, fa = r.choice(P['ru_given']), r.choice(P['ru_family'])
    fem, fam_cyr, fam_lat = ru_family_form(gi, fa)
    name = v('person', f'{gi[1]} {fam_lat}')
    ph = g.phone('RU', ['89#########', '+79#########'], r.choice(['national', 'intl']))
    st, (cc, cl, idx) = r.choice(P['ru_street']), r.choice(P['ru_city'])
    addr = f'{idx}, g. {cl}, ul. {st[1]}, d. {r.randrange(1, 80)}, kv. {r.randrange(1, 200)}'
    t = r.randrange(5)
    if t == 0:
        return (f'privet, mne nado zapolnit anketu dlya {name}, INN {v("TAX_ID", g.inn())}, pasport '
                f'{v("PASSPORT", g.ru_passport())}. napishi po-angliyski kak eto nazyvaetsya v formakh.')
    if t == 1:
        return (f'{name} ({v("person", gi[0] + " " + fam_cyr)}) {"pereekhala" if fem else "pereekhal"}, novyy adres: '
                f'{v("STREET_ADDRESS", addr)}, tel {v("phone", ph)}. obnovi kartochku klienta pls.')
    if t == 2:
        return (f'skin pozhaluysta pismo dlya {name}, {"eyo" if fem else "ego"} pochta {v("email", email_of(r, gi[2], fam_lat, domains=("mail.ru", "yandex.ru", "gmail.com")))}, '
                f'data rozhdeniya {v("DATE_OF_BIRTH", g.dob().strftime("%d.%m.%Y"))}. nado pozdravit s yubileem.')
    if t == 3:
        return f'{"moya sosedka" if fem else "moy sosed"} {v("person", gi[1])} opyat {"zabyla" if fem else "zabyl"} klyuchi u nas, napishi ey smeshnuyu zapisku.'
    if r.random() < .5:
        return (f'akkaunt {name} zablokirovan, vkhod byl s domashnego IP {v("IP_ADDRESS", g.ip())}. '
                f'napishi zapros v podderzhku po-angliyski.')
    return f'pozvoni mne na {v("phone", ph)} posle shesti, eto naschet kvartiry.'


def b_translit(g, r):
    t = r.randrange(5)
    if t == 0:
        a, b, c = r.choice(B['ru_pub'])
        return f'kak pravilno pisat {a} ili {b}? v originale {c}. sdelay tablitsu translita po GOST i po BGN.'
    if t == 1:
        return f'recept {r.choice(B["ru_dish"])} perevedi na angliyskiy, ingredienty ostav translitom.'
    if t == 2:
        return (f'goryachaya liniya {org_phone(g, "RU")} (besplatno), pochta support@{r.choice(["samovar-shop", "dachnik24"])}.ru, '
                f'zakaz {ORDER(r, "№")}. sokrati zhalobu do 2 predlozheniy.')
    if t == 3:
        return 'FIO: ______________  INN: ____________  pasport: __ __ ______\nsdelay shablon zayavleniya na dvukh yazykakh.'
    return 'chem otlichaetsya transliteratsiya ot transkriptsii? primery na ulitsakh: Tverskaya, Arbat, Nevskiy prospekt.'


# --- 9 Greeklish
def s_greeklish(g, r, v):
    gi, fa = r.choice(P['gr_given']), r.choice(P['gr_family'])
    fem = gi[0][-1] in 'αηάή'
    if fem:
        fam = fa
    elif fa[0].endswith(('ου', 'ού')):
        fam = (fa[0][:-2] + ('ός' if fa[0][-1] == 'ύ' else 'ος'), fa[1][:-2] + 'os', fa[2][:-2] + 'os')
    else:
        fam = (fa[0] + 'ς', fa[1] + 's', fa[2] + 's')
    k = r.randrange(1, 3)
    name = v('person', f'{gi[k]} {fam[k]}')
    ph = g.phone('GR', ['69########'], r.choice(['national', 'intl']))
    st, (cg, cl, tk) = r.choice(P['gr_street']), r.choice(P['gr_city'])
    addr = f'{st[1]} {r.randrange(1, 150)}, {tk} {cl}'
    d = g.dob()
    t = r.randrange(5)
    if t == 0:
        return (f'kalhspera, {"h" if fem else "o"} {name} exei AMKA {v("HEALTH_INSURANCE", g.amka(d))} kai AFM {v("TAX_ID", g.afm())}. '
                f'mporeis na mou peis ti xreiazetai gia to rantevou ston EOPYY?')
    if t == 1:
        return (f'steile to paketo {"sthn" if fem else "ston"} {name} ({v("person", gi[0] + " " + fam[0])}), dieu8unsh {v("STREET_ADDRESS", addr)}, '
                f'kinhto {v("phone", ph)}. grapse to sta agglika gia to courier.')
    if t == 2:
        return (f'{"h" if fem else "o"} {name} allakse IBAN: {v("iban", g.iban("GR", "#" * 23))}, email {v("email", email_of(r, gi[1], fam[1], domains=("gmail.com", "yahoo.gr", "otenet.gr")))}. '
                f'enhmerwse to excel plz.')
    if t == 3:
        return f'{"h 8eia" if fem else "o 8eios"} mou {v("person", gi[k])} genniqhke {v("DATE_OF_BIRTH", d.strftime("%d/%m/%Y"))}, grapse ena wraio mhnyma gia ta genethlia {"ths" if fem else "tou"}.'
    return f'pare me sto {v("phone", ph)} otan mporeis, gia to spiti.'


def b_greeklish(g, r):
    t = r.randrange(5)
    if t == 0:
        a, b = r.choice(B['gr_pub'])
        return f'grapse mia perilhpsh gia ton {a} ({b}) sta agglika, 5 protaseis, gia sxolikh ergasia.'
    if t == 1:
        return f'h syntagh gia {r.choice(B["gr_dish"])} apo th giagia, metafrase th sta agglika kai krata ta onomata greeklish.'
    if t == 2:
        return (f'thlefwno e3yphrethshs {org_phone(g, "GR")}, email info@{r.choice(["kafeneio-plus", "nisiwtika"])}.gr, '
                f'paraggelia {ORDER(r, "GR")}. kane summary to parapono.')
    if t == 3:
        return 'Onomateponymo: ________  AMKA: ___________  AFM: _________\nftiakse ena template aitishs.'
    return 'giati grafoume "8" anti gia "θ" sta greeklish? kai to "w" anti gia "ω"? e3hghse me paradeigmata.'


# --- 10 romaji / katakana
def s_romaji(g, r, v):
    n = r.choice(P['jp_names'])
    name = v('person', n[r.randrange(2, 4)])
    ph = g.phone('JP', ['090########', '080########', '070########'], r.choice(['national', 'intl']))
    kj, rm, zp = r.choice(P['jp_addr'])
    addr = f'〒{zp} {rm} {r.randrange(1, 5)}-{r.randrange(1, 30)}-{r.randrange(1, 20)}'
    t = r.randrange(5)
    if t == 0:
        return (f'{name} san ({v("person", n[0])} / {v("person", n[1])}) no My Number wa {v("NATIONAL_ID", g.my_number())} desu. '
                f'nenmatsu chosei no form ni kinyuu shite kudasai, eigo de setsumei mo onegai.')
    if t == 1:
        return (f'kono hito ni kozutsumi okuritai: {name}, {v("STREET_ADDRESS", addr)}, denwa {v("phone", ph)}. '
                f'yubinkyoku no form ni awasete kakinaoshite.')
    if t == 2:
        return (f'{name} san no birthday wa {v("DATE_OF_BIRTH", g.dob().strftime("%Y/%m/%d"))} desu. mail '
                f'{v("email", email_of(r, n[2].split()[1], n[2].split()[0], domains=("docomo.ne.jp", "ezweb.ne.jp", "gmail.com")))} '
                f'ni osoi birthday message o eigo de.')
    if t == 3:
        return f'tonari no {v("person", n[1].split()[0])} san ga mata nimotsu o azukatte kureta, orei no memo kaite.'
    return f'ato de {v("phone", ph)} ni denwa shite, heya no ken de.'


def b_romaji(g, r):
    t = r.randrange(5)
    if t == 0:
        a, b = r.choice(B['jp_pub'])
        return f'{a} ({b}) no kinou no interview, eigo de 3 line summary onegai shimasu.'
    if t == 1:
        return f'kyou no lunch wa {r.choice(B["jp_dish"])} to {r.choice(B["jp_dish"])}. menu o eigo ni honyaku shite.'
    if t == 2:
        return (f'otoiawase: {org_phone(g, "JP")} (free dial), support@{r.choice(["onigiri-ya", "kissa-hoshi"])}.co.jp, '
                f'chuumon bangou {ORDER(r, "JP")}. kujou o youyaku shite.')
    if t == 3:
        return 'Shimei: ________  My Number: XXXX XXXX XXXX  Juusho: 〒___-____ ______\nkono template o eigo to nihongo de.'
    return 'Hepburn-shiki to Kunrei-shiki no chigai wa? "Tōkyō" to "Toukyou" to "Tokyo", dore ga tadashii?'


# --- 11 Hangul name inside English text
def s_hangul(g, r, v):
    n = r.choice(P['ko_names'])
    d = g.dob()
    fem = r.random() < .5
    ph = g.phone('KR', ['010########'], r.choice(['national', 'intl']))
    road, gu, city = r.choice(P['ko_addr'])
    addr = f'{r.randrange(1, 120)}, {road} {r.randrange(1, 30)}-gil, {gu}, {city}, Apt {r.randrange(101, 1505)}'
    t = r.randrange(5)
    if t == 0:
        return (f'Our new hire {v("person", n[0])} ({v("person", n[r.randrange(1, 3)])}) sent {"her" if fem else "his"} RRN {v("NATIONAL_ID", g.rrn(d, fem))} '
                f'for the 4대보험 enrollment. Can you format the onboarding checklist?')
    if t == 1:
        return (f'Please ship to {v("person", n[0])}, {v("STREET_ADDRESS", addr)}, phone {v("phone", ph)}. '
                f'The courier needs it in English, 주소 변환 부탁해요.')
    if t == 2:
        return (f'Write a birthday note for {v("person", n[2])} ({v("person", n[0])}), born {v("DATE_OF_BIRTH", d.strftime("%Y.%m.%d"))}, '
                f'email {v("email", email_of(r, *n[2].split()[:1], n[1].split()[0], domains=("naver.com", "daum.net", "kakao.com")))}.')
    if t == 3:
        return f'My 이웃 {v("person", n[0])} helped carry my boxes today, how do I say thanks politely in Korean?'
    if r.random() < .5:
        return (f'{v("person", n[0])} says the suspicious login from {v("IP_ADDRESS", g.ip())} was actually her 집 wifi. '
                f'Draft a reply to security confirming it.')
    return f'Text me on {v("phone", ph)} after the meeting, 고마워요.'


def b_hangul(g, r):
    t = r.randrange(5)
    if t == 0:
        a, b, c = r.choice(B['ko_pub'])
        return f'Summarise last night\'s news about {a} ({b}), the {c}, in three English bullet points.'
    if t == 1:
        return f'We ordered {r.choice(B["ko_dish"])} and {r.choice(B["ko_dish"])} for the team. Translate the receipt items.'
    if t == 2:
        return (f'Customer center {org_phone(g, "KR")}, email help@{r.choice(["hanok-stay", "bapsang"])}.co.kr, 주문번호 {ORDER(r, "KR")}. '
                f'Summarise the complaint.')
    if t == 3:
        return '성명: ________  주민등록번호: ______-_______  연락처: 010-XXXX-XXXX\nTurn this into a bilingual form.'
    return 'Why is 이 romanised as Lee, Yi or Rhee? Explain Revised Romanization vs McCune-Reischauer.'


# --- 12 Pinyin
def s_pinyin(g, r, v):
    n = r.choice(P['zh_names'])
    d = g.dob()
    fem = r.random() < .5
    ph = g.phone('CN', ['13#########', '15#########', '18#########'], r.choice(['national', 'intl']))
    road, qu, city = r.choice(P['zh_addr'])
    addr = f'{road} {r.randrange(1, 200)} hao, {r.randrange(1, 12)} dong {r.randrange(1, 30)}{r.randrange(1, 9):02d} shi, {qu}, {city}'
    k = r.randrange(1, 4)
    t = r.randrange(5)
    if t == 0:
        return (f'{v("person", n[k])} ({v("person", n[0])}) de shenfenzheng haoma shi {v("NATIONAL_ID", g.ric(d, fem))}, '
                f'bang wo tian yixia visa application form, English version.')
    if t == 1:
        return (f'kuaidi yao ji gei {v("person", n[k])}, dizhi {v("STREET_ADDRESS", addr)}, shouji {v("phone", ph)}. '
                f'translate the address into English order please.')
    if t == 2:
        return (f'{v("person", n[k])} de email shi {v("email", email_of(r, *n[2].split(), domains=("qq.com", "163.com", "126.com")))}, '
                f'shengri {v("DATE_OF_BIRTH", d.strftime("%Y-%m-%d"))}, help me write a short greeting.')
    if t == 3:
        return f'wo de tongshi {v("person", n[0])} jintian bang le wo hen duo, how do I say thanks in a WeChat message?'
    return f'xiaban hou gei wo da dianhua {v("phone", ph)}, guanyu fangzi de shi.'


def b_pinyin(g, r):
    t = r.randrange(5)
    if t == 0:
        a, b, c = r.choice(B['zh_pub'])
        return f'{a} ({b}), the {c}: write 5 English sentences about his/her work for a school report.'
    if t == 1:
        a, b = r.choice(B['zh_dish'])
        return f'caidan shang you {a} ({b}), translate the menu to English, keep the pinyin.'
    if t == 2:
        return (f'kefu dianhua {org_phone(g, "CN")}, youxiang service@{r.choice(["chayuan-shop", "baozi-express"])}.cn, '
                f'dingdan hao {ORDER(r, "CN")}. summarise the complaint.')
    if t == 3:
        return 'Xingming: ________  Shenfenzheng: __________________  Shouji: 1XX-XXXX-XXXX\nmake a bilingual form template.'
    return 'Wade-Giles "Hsu" he pinyin "Xu" you shenme qubie? why Peking vs Beijing?'


# --- 13 numbers in non-ASCII digits
def s_native_digits(g, r, v):
    t = r.randrange(6)
    if t == 0:   # Thai PIN and phone in Thai digits
        name = v('person', r.choice(P['th_names']))
        pin = to_digits(g.thai_pin(), 'thai')
        ph = to_digits(g.phone('TH', ['08########', '09########', '06########']), 'thai')
        return (f'ชื่อ {name} เลขบัตรประชาชน {v("NATIONAL_ID", pin)} โทร {v("phone", ph)}\n'
                f'please convert this line into an English JSON record (keep the original digits in a second field).'), 'th'
    if t == 1:   # Egyptian mobile + DOB in Arabic-Indic digits
        gi, fa = r.choice(P['ar_given']), r.choice(P['ar_family'])
        name = v('person', f'{gi[0]} {fa[0]}')
        ph = to_digits(g.phone('EG', ['010########', '011########', '012########']), 'arabic_indic')
        dob = to_digits(g.dob().strftime('%d/%m/%Y'), 'arabic_indic')
        return (f'الاسم: {name}\nتاريخ الميلاد: {v("DATE_OF_BIRTH", dob)}\nالموبايل: {v("phone", ph)}\n'
                f'convert the digits to Latin and fill the English registration form.'), 'ar-EG'
    if t == 2:   # Aadhaar + phone in Devanagari digits
        gi, fa = r.choice(P['in_given']), r.choice(P['in_family'])
        name = v('person', f'{gi[0]} {fa[0]}')
        aad = to_digits(g.aadhaar(), 'devanagari')
        ph = to_digits(g.phone('IN', ['9#########', '8#########']), 'devanagari')
        return (f'नाम: {name}\nआधार: {v("NATIONAL_ID", aad)}\nमोबाइल: {v("phone", ph)}\n'
                f'isko English form mein bharo, digits ASCII mein likhna.'), 'hi-IN'
    if t == 3:   # Bangladeshi mobile in Bengali digits
        name = v('person', r.choice(P['bd_names']))
        ph = to_digits(g.phone('BD', ['017########', '018########', '019########']), 'bengali')
        dob = to_digits(g.dob().strftime('%d-%m-%Y'), 'bengali')
        return (f'নাম: {name}, মোবাইল: {v("phone", ph)}, জন্ম তারিখ: {v("DATE_OF_BIRTH", dob)}\n'
                f'translate to English for the visa appointment form.'), 'bn-BD'
    if t == 4:   # Japanese full-width phone and My Number
        n = r.choice(P['jp_names'])
        name = v('person', n[0])
        ph = to_digits(g.phone('JP', ['090########', '080########']), 'fullwidth')
        mn = to_digits(g.my_number(), 'fullwidth')
        return (f'氏名：{name}（{v("person", n[2])}）\n電話：{v("phone", ph)}\nマイナンバー：{v("NATIONAL_ID", mn)}\n'
                f'please normalise the full-width digits and output CSV.'), 'ja-JP'
    # Iranian mobile in Persian digits with a Latin-script name
    gi, fa = r.choice(P['ar_given']), r.choice(P['ar_family'])
    name = v('person', f'{gi[1]} {fa[1]}')
    ph = to_digits(g.phone('IR', ['0912#######', '0935#######', '0919#######']), 'persian')
    return (f'{name} — شماره همراه: {v("phone", ph)}\nformat this contact for Outlook (English labels).'), 'fa-IR'


def b_native_digits(g, r):
    t = r.randrange(6)
    if t == 0:
        return (f'ราคา: ข้าวผัด {to_digits(str(r.randrange(40, 120)), "thai")} บาท, ต้มยำ {to_digits(str(r.randrange(80, 250)), "thai")} บาท, '
                f'โทรสั่ง {to_digits("1" + str(r.randrange(100, 999)), "thai")}\nconvert the prices to Latin digits.'), 'th'
    if t == 1:
        return (f'صفحة {to_digits(str(r.randrange(10, 400)), "arabic_indic")} من كتاب {r.choice(["الأيام", "الثلاثية"])}، '
                f'الطبعة {to_digits(str(r.randrange(1, 12)), "arabic_indic")}، سنة {to_digits(str(r.randrange(1950, 2020)), "arabic_indic")}\n'
                f'write the citation in APA with Latin digits.'), 'ar-EG'
    if t == 2:
        return (f'ऑर्डर नं. {to_digits(str(r.randrange(10**8, 10**9)), "devanagari")}, कुल ₹{to_digits(str(r.randrange(200, 5000)), "devanagari")}, '
                f'हेल्पलाइन {to_digits("1800" + g.digits(6), "devanagari")}\nconvert to English digits.'), 'hi-IN'
    if t == 3:
        return (f'ট্রেন নং {to_digits(str(r.randrange(700, 799)), "bengali")}, ছাড়বে {to_digits(f"{r.randrange(5, 23)}:{r.randrange(0, 59):02d}", "bengali")}, '
                f'প্ল্যাটফর্ম {to_digits(str(r.randrange(1, 9)), "bengali")}\ntranslate the timetable line.'), 'bn-BD'
    if t == 4:
        return (f'郵便番号：{to_digits("100-0001", "fullwidth")}（千代田区千代田・皇居）、受付：{to_digits(org_phone(g, "JP"), "fullwidth")}\n'
                f'注文番号：{to_digits(str(r.randrange(10**7, 10**8)), "fullwidth")}\nnormalise to half-width.'), 'ja-JP'
    return (f'قیمت: {to_digits(str(r.randrange(100, 900)), "persian")} هزار تومان، کد پیگیری {to_digits(str(r.randrange(10**9, 10**10)), "persian")}\n'
            f'convert to Latin digits and translate.'), 'fa-IR'


# --- 14 labels in one language, values in another; mixed-script addresses
def s_label_mix(g, r, v):
    t = r.randrange(5)
    if t == 0:
        name = v('person', r.choice(P['tr_names']))
        ph = g.phone('TR', ['05#########'], 'national')
        return (f'Full name: {name}\nT.C. Kimlik No: {v("NATIONAL_ID", g.tckn())}\nCep: {v("phone", ph)}\n'
                f'Doğum tarihi: {v("DATE_OF_BIRTH", g.dob().strftime("%d.%m.%Y"))}\n'
                f'This is a Turkish e-Devlet export with English labels mixed in, make all labels English.'), 'tr-TR'
    if t == 1:
        he, lat = r.choice(P['he_names'])
        name = v('person', he)
        ph = g.phone('IL', ['05########'], 'national')
        return (f'שם: {name} ({v("person", lat)})\nID: {v("NATIONAL_ID", g.il_id())}\nטלפון: {v("phone", ph)}\n'
                f'Email: {v("email", email_of(r, *lat.split(), domains=("walla.co.il", "gmail.com")))}\n'
                f'unify the labels into English and keep the Hebrew name too.'), 'he-IL'
    if t == 2:
        n = r.choice(P['jp_names'])
        ph = g.phone('JP', ['090########', '080########'], 'national')
        kj, rm, zp = r.choice(P['jp_addr'])
        return (f'氏名: {v("person", n[2])}\n住所: {v("STREET_ADDRESS", f"〒{zp} {kj}{r.randrange(1, 5)}-{r.randrange(1, 30)}-{r.randrange(1, 20)}")}\n'
                f'電話番号: {v("phone", ph)}\nEmail: {v("email", email_of(r, *n[2].split(), domains=("yahoo.co.jp", "gmail.com")))}\n'
                f'Japanese labels, Latin values: make a clean English vCard.'), 'ja-JP'
    if t == 3:
        gi, fa = r.choice(P['ru_given']), r.choice(P['ru_family'])
        name = v('person', f'{ru_family_form(gi, fa)[2]} {gi[1]}')
        ra = f'ul. {r.choice(P["ru_street"])[1]}, d. {r.randrange(1, 60)}, kv. {r.randrange(1, 150)}, g. {r.choice(P["ru_city"])[1]}'
        return (f'ФИО: {name}\nИНН: {v("TAX_ID", g.inn())}\nТелефон: {v("phone", g.phone("RU", ["89#########"], "intl"))}\n'
                f'Адрес: {v("STREET_ADDRESS", ra)}\n'
                f'Cyrillic labels, translit values: give me the Cyrillic version of the values.'), 'ru-RU'
    d = g.dob()
    fem = r.random() < .5
    nm = r.choice(P['ko_names'])
    road, gu, city = r.choice(P['ko_addr'])
    ka = f'{road} {r.randrange(1, 90)}, {gu}, {city}, {r.randrange(101, 1203)}호'
    return (f'Name: {v("person", nm[0])}\n주민등록번호: {v("NATIONAL_ID", g.rrn(d, fem))}\n'
            f'Address: {v("STREET_ADDRESS", ka)}\n'
            f'Korean and English labels mixed; normalise to English.'), 'ko-KR'


def b_label_mix(g, r):
    t = r.randrange(5)
    if t == 0:
        return ('Full name: ________\nT.C. Kimlik No: ___________\nCep: 05XX XXX XX XX\nDoğum tarihi: GG.AA.YYYY\n'
                'Make all the labels English in this blank form.'), 'tr-TR'
    if t == 1:
        return (f'שם העסק: {r.choice(["מאפיית השכונה", "קפה הנמל"])}\nPhone: {org_phone(g, "IL")}\nEmail: office@'
                f'{r.choice(["cafe-hanamal", "maafia"])}.co.il\nunify labels into English.'), 'he-IL'
    if t == 2:
        return (f'施設名: {r.choice(["東京国立博物館", "大阪城天守閣"])}\n住所: public museum address (see map)\n'
                f'電話番号: {org_phone(g, "JP")}\nOpening hours: 9:30–17:00\nmake an English info card.'), 'ja-JP'
    if t == 3:
        a, b, c = r.choice(B['ru_pub'])
        return (f'Автор: {c} ({a})\nНазвание: (see catalogue)\nГод: 18{r.randrange(40, 99)}\nISBN: 978-5-{r.randrange(10, 99)}-{r.randrange(100000, 999999)}-X\n'
                f'Cyrillic labels, translit values: give the bibliography entry in English.'), 'ru-RU'
    a, b, c = r.choice(B['ko_pub'])
    return (f'Name: {b} ({a})\n직업: {c}\nNote: public profile for a quiz card\nnormalise labels to English.'), 'ko-KR'


KINDS = [  # (kind, sensitive fn, benign fn, lang tag, system prompt)
    ('hinglish', s_hinglish, b_hinglish, 'hi-Latn', 'You are a helpful assistant for a small business in India. Reply in the user\'s mix of Hindi and English.'),
    ('taglish', s_taglish, b_taglish, 'tl-PH', 'You help an online seller in the Philippines. Taglish is fine.'),
    ('spanglish', s_spanglish, b_spanglish, 'es-US', 'You are a bilingual (English/Spanish) assistant.'),
    ('arabizi', s_arabizi, b_arabizi, 'ar-Latn', 'You answer in Egyptian Arabic written in Latin letters (Franco-Arab) or English.'),
    ('franglais', s_franglais, b_franglais, 'fr-FR', 'Tu es un assistant de bureau. Réponds en français.'),
    ('singlish', s_singlish, b_singlish, 'en-SG', 'You are a friendly assistant for Singapore users.'),
    ('denglisch', s_denglisch, b_denglisch, 'de-DE', 'Du bist ein Office-Assistent. Antworte auf Deutsch.'),
    ('translit', s_translit, b_translit, 'ru-Latn', 'Otvechay po-russki, mozhno latinitsey.'),
    ('greeklish', s_greeklish, b_greeklish, 'el-Latn', 'Apantas sta ellhnika (greeklish ok) h sta agglika.'),
    ('romaji', s_romaji, b_romaji, 'ja-Latn', 'You are a Japanese-English office assistant. Romaji input is common.'),
    ('hangul_in_english', s_hangul, b_hangul, 'ko-KR', 'You are an HR and logistics assistant for a Korean company.'),
    ('pinyin', s_pinyin, b_pinyin, 'zh-Latn', 'You are a bilingual Chinese-English assistant. Users often type pinyin without tones.'),
    ('native_digits', s_native_digits, b_native_digits, None, 'You normalise multilingual data for a CRM import.'),
    ('label_value_mix', s_label_mix, b_label_mix, None, 'You clean up multilingual form exports.'),
]

ASKS = ['', 'pls', 'help me with this', 'can you clean this up?', 'thanks in advance', 'reply short']
FILES = ['notes.txt', 'form_export.txt', 'chat_log.txt', 'kyc.txt', 'contact.txt']
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4o', 'hybridgate/auto', 'gpt-4.1-mini']


def place(r, text, system, idx):
    """Put the writer's text into one request field; returns (endpoint, body, field)."""
    model = r.choice(MODELS)
    ask = r.choice(ASKS)
    field = ['user', 'system', 'assistant', 'tool_result', 'tool_args', 'file_part', 'image_url', 'response_format',
             'tools_schema', 'metadata', 'user_multi_part', 'user'][idx % 12]
    if idx % 10 == 7:
        field = 'completions'
    body = {'model': model}
    if field == 'completions':
        body['prompt'] = f'{text}\n\n{ask}\n\nAnswer:' if ask else f'{text}\n\nAnswer:'
        body['max_tokens'] = r.choice([128, 256, 512])
        if r.random() < .5:
            body['stop'] = ['\n\n\n', 'Answer:']
        return 'completions', body, field
    msgs = [{'role': 'system', 'content': system}]
    if field == 'user':
        msgs.append({'role': 'user', 'content': text + (f'\n\n{ask}' if ask else '')})
    elif field == 'system':
        msgs[0]['content'] = f'{system}\n\nContext from the CRM:\n{text}'
        msgs.append({'role': 'user', 'content': ask or 'go ahead'})
    elif field == 'assistant':
        msgs += [{'role': 'user', 'content': 'I\'ll paste it first'},
                 {'role': 'assistant', 'content': f'Received:\n{text}'},
                 {'role': 'user', 'content': ask or 'ok now do it'}]
    elif field in ('tool_result', 'tool_args'):
        cid = f'call_{r.randrange(16**10):010x}'
        args = {'query': text} if field == 'tool_args' else {'id': f'rec_{r.randrange(10**6)}'}
        msgs += [{'role': 'user', 'content': ask or 'look it up and handle it'},
                 {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                     'name': 'crm_lookup' if field == 'tool_result' else 'crm_upsert',
                     'arguments': json.dumps(args, ensure_ascii=False)}}]},
                 {'role': 'tool', 'tool_call_id': cid,
                  'content': json.dumps({'record': text} if field == 'tool_result' else {'status': 'ok'}, ensure_ascii=False)}]
        body['tools'] = [{'type': 'function', 'function': {'name': n, 'description': d, 'parameters': {
            'type': 'object', 'properties': {'query': {'type': 'string'}, 'id': {'type': 'string'}}}}}
            for n, d in (('crm_lookup', 'Look up a CRM record'), ('crm_upsert', 'Insert or update a CRM record'))]
    elif field == 'file_part':
        data = base64.b64encode(text.encode('utf-8')).decode('ascii')
        msgs.append({'role': 'user', 'content': [
            {'type': 'text', 'text': ask or 'see attached'},
            {'type': 'file', 'file': {'filename': r.choice(FILES), 'file_data': f'data:text/plain;base64,{data}'}}]})
    elif field == 'image_url':
        url = 'https://uploads.chatdesk-cdn.net/i/' + f'{r.randrange(16**12):012x}.png?caption=' + urllib.parse.quote(text)
        msgs.append({'role': 'user', 'content': [{'type': 'text', 'text': ask or 'what does the caption say?'},
                                                 {'type': 'image_url', 'image_url': {'url': url, 'detail': 'low'}}]})
    elif field == 'response_format':
        msgs.append({'role': 'user', 'content': ask or 'fill the schema'})
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'record', 'strict': True, 'schema': {
            'type': 'object', 'description': f'Normalise this record: {text}',
            'properties': {'fields': {'type': 'array', 'items': {'type': 'string'}}}, 'required': ['fields'],
            'additionalProperties': False}}}
    elif field == 'tools_schema':
        msgs.append({'role': 'user', 'content': ask or 'send it'})
        body['tools'] = [{'type': 'function', 'function': {'name': 'send_message', 'description': f'Send a message. Default context: {text}',
                                                           'parameters': {'type': 'object', 'properties': {'to': {'type': 'string'}, 'body': {'type': 'string'}}}}}]
        body['tool_choice'] = 'auto'
    elif field == 'metadata':
        msgs.append({'role': 'user', 'content': ask or 'summarise the ticket in metadata'})
        body['store'] = True
        body['metadata'] = {'ticket_note': text[:512], 'channel': r.choice(['whatsapp', 'web', 'email'])}
    else:  # user_multi_part
        half = text.split('\n')
        msgs.append({'role': 'user', 'content': [{'type': 'text', 'text': '\n'.join(half[:max(1, len(half) // 2)])},
                                                 {'type': 'text', 'text': '\n'.join(half[max(1, len(half) // 2):]) + (f'\n{ask}' if ask else '')}]})
    body['messages'] = msgs
    if r.random() < .3:
        body['user'] = f'u_{r.randrange(16**8):08x}'
    if r.random() < .2:
        body['temperature'] = r.choice([0, 0.2, 0.7])
    return 'chat', body, field


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m.group(1)).decode('utf-8'))
    return '\n'.join(parts)


def entities_of(body, issued):
    h = haystack(body)
    return sorted({e for e, val in issued if val and val in h})


def build_pii(seed):
    r = random.Random(seed)
    g = Gen(r)
    recs, idx = [], 0
    for kind, sfn, bfn, lang, system in KINDS:
        plan = [True] * 21 + [False] * 15
        r.shuffle(plan)
        for sens in plan:
            idx += 1
            for _ in range(50):
                v = V()
                if sens:
                    out = sfn(g, r, v)
                else:
                    out = bfn(g, r)
                text, lg = out if isinstance(out, tuple) else (out, lang)
                endpoint, body, field = place(r, text, system, idx)
                ents = entities_of(body, v.items)
                if bool(ents) == sens:
                    break
            else:
                sys.exit(f'could not build record {idx}')
            recs.append({'id': f'butte-pii-{idx:04d}', 'category': kind if sens else f'{kind}_benign', 'sensitive': sens,
                         'entities': ents, 'endpoint': endpoint, 'lang': lg, 'style': f'{kind} · {field}', 'body': body})
    order = list(range(len(recs)))
    r.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        rec = dict(recs[i])
        rec['id'] = f'butte-pii-{n:04d}'
        assert rec['sensitive'] == bool(rec['entities'])
        out.append(rec)
    return out


# ----------------------------------------------------------------------------------------------- complexity
# (lang, text) templates; {n}, {m}, {k} are filled with small numbers so that prompts differ
EASY_SHORT = [
    ('hi-Latn', 'bhai "kal milte hain, chai pe" ko English mein translate kar do'),
    ('hi-Latn', '{n} + {m} kitna hota hai?'),
    ('tl-PH', 'ano sa English ang "{n} na piraso ng pandesal"?'),
    ('tl-PH', 'pa-convert naman ng {n} USD to PHP, rate is 56'),
    ('es-US', 'cómo se dice "due date" en español? just one word'),
    ('es-US', 'pásame esta lista en orden alfabético: mango, aguacate, limón, {n} bananas'),
    ('ar-Latn', 'ezay a2ol "thank you very much" bel masry?'),
    ('ar-Latn', 'el sa3a {n} el sob7 fel Cairo tb2a kam fel London?'),
    ('fr-FR', 'c\'est quoi le plural de "email" en français, "emails" ou "mails"?'),
    ('fr-FR', 'convertis {n} miles en km stp'),
    ('en-SG', 'what time MRT last train usually ah? just roughly'),
    ('en-SG', 'help me round {n}.{m}7 to 1 decimal place lah'),
    ('de-DE', 'was heißt "Feierabend" auf Englisch? kurz bitte'),
    ('de-DE', 'mach aus "meeting am {n}.{m}." ein Datum im ISO-Format für 2027'),
    ('ru-Latn', 'kak po-angliyski "sdacha ne nuzhna"?'),
    ('ru-Latn', 'skolko budet {n} umnozhit na {m}?'),
    ('el-Latn', 'pws leme "kalo taksidi" sta agglika?'),
    ('el-Latn', 'poso kanei {n} epi {m}?'),
    ('ja-Latn', '"otsukaresama desu" tte eigo de nan te iu?'),
    ('ja-Latn', '{n} man en wa nan doru gurai? rate 150 de'),
    ('ko-KR', 'how do I write "{n}월 {m}일" in English date format?'),
    ('zh-Latn', '"xie xie ni de bangzhu" translate to English'),
    ('zh-Latn', '{n} jin shi duoshao kg?'),
    ('pt-BR', 'como fala "deadline" em português? rapidinho'),
    ('it-IT', 'traduci "see you tomorrow" in italiano, grazie'),
    ('tr-TR', '"{n} tane simit" İngilizce nasıl denir?'),
    ('sw-KE', 'tafadhali translate "asante sana kwa chakula" to English'),
    ('nl-NL', 'hoe zeg je "gezellig" in het Engels? one word if possible'),
    ('vi-VN', 'dịch giùm "cảm ơn nhiều" sang English'),
    ('id-ID', 'tolong convert {n} km ke miles ya'),
]
HARD_SHORT = [
    ('hi-Latn', 'bhai prove karo ki √{p} irrational hai, phir batao ki ye argument √{q} (perfect square) pe kyun fail hota hai'),
    ('hi-Latn', 'humara UPI reconciliation job kabhi kabhi double credit karta hai jab bank webhook retry karta hai. idempotency ka design batao, trade-offs ke saath'),
    ('tl-PH', 'bakit nagde-deadlock yung dalawang goroutine na nag-lo-lock ng mutex A then B at B then A? prove mo tapos i-fix without global lock'),
    ('tl-PH', 'mag-design ng offline-first sync para sa sari-sari store POS na may {n} branches, anong conflict resolution ang pipiliin mo at bakit?'),
    ('es-US', 'demuéstrame que hay infinitos primos de la forma 4k+3, paso por paso, y dime por qué el mismo truco no sirve para 4k+1'),
    ('es-US', 'our Postgres replica lags {n}s only during nightly batch, pero CPU está bajo. ¿qué hipótesis pruebas primero y cómo las distingues?'),
    ('ar-Latn', 'e3mel-li design le rate limiter distributed le {n} servers, w 2arin ben token bucket w sliding window, eh el trade-offs?'),
    ('ar-Latn', 'leh el binary search beta3i byd5ol infinite loop lama low=high-1? ethbet el invariant el sa7 w sala7o'),
    ('fr-FR', 'prouve que tout graphe planaire est 6-colorable, puis explique pourquoi la preuve ne donne pas 4'),
    ('fr-FR', 'notre cache Redis a un hit rate qui s\'effondre chaque lundi à 9h. construis un arbre d\'hypothèses et les mesures pour trancher'),
    ('en-SG', 'design the queueing for hawker centre order app with {n} stalls lah, must handle peak lunch, compare push vs pull, justify'),
    ('en-SG', 'why my React list re-render every keystroke even with memo ah? reason step by step what identity changes'),
    ('de-DE', 'beweise, dass die Summe der ersten n ungeraden Zahlen n² ist, einmal per Induktion und einmal bijektiv'),
    ('de-DE', 'unser Kafka-Consumer verliert Messages nach einem Rebalance. Welche Commit-Strategie, und welche Trade-offs bei exactly-once?'),
    ('ru-Latn', 'dokazhi chto ne sushchestvuet naibolshego prostogo chisla, a potom obyasni gde lomaetsya dokazatelstvo dlya chisel Ferma'),
    ('ru-Latn', 'u nas memory leak v Node servise tolko pod nagruzkoy {n} rps, kak lokalizovat? plan po shagam s gipotezami'),
    ('el-Latn', 'apodei3e oti to sqrt({p}) einai arrhtos kai meta genikeuse gia k-osth riza'),
    ('el-Latn', 'sxediase sharding gia mia vash me {n} ekat. xrhstes, ti key 8a dialegeis kai ti trade-offs exei to kathe ena?'),
    ('ja-Latn', 'kono SQL ga tokidoki deadlock suru riyuu o suiron shite, isolation level to index no kankei mo setsumei shite'),
    ('ja-Latn', 'n-queens no kaisuu ga n={k} de ikutsu ni naru ka, backtracking no pruning o shoumei tsuki de'),
    ('ko-KR', 'prove that every tree with {n} vertices has exactly {n1} edges, 그리고 why the converse needs connectivity'),
    ('ko-KR', '우리 결제 API is returning 502 only behind the new load balancer. reason through the likely causes and a test plan'),
    ('zh-Latn', 'zhengming sqrt({p}) shi wuli shu, ranhou shuoming wei shenme zhe ge fangfa dui sqrt({q}) bu chengli'),
    ('zh-Latn', 'sheji yi ge miaosha (flash sale) xitong, {n} wan QPS, how to avoid oversell? bijiao Redis lua vs DB row lock'),
    ('pt-BR', 'prova que o problema da parada é indecidível e explica onde a diagonalização entra, bem didático'),
    ('it-IT', 'perché il mio thread pool Java si blocca quando i task fanno submit di altri task? ragiona passo passo e proponi fix'),
    ('tr-TR', 'distributed lock için Redlock mı ZooKeeper mı? {n} node, network partition senaryolarını karşılaştır'),
    ('nl-NL', 'bewijs dat er oneindig veel priemgetallen zijn en leg uit waarom Euclides\' product+1 zelf niet altijd priem is'),
    ('vi-VN', 'thiết kế schema cho app đặt lịch spa {n} chi nhánh, tránh double booking, so sánh optimistic vs pessimistic locking'),
    ('id-ID', 'kenapa query kita lambat setelah tambah index baru? analisis kemungkinan penyebab dan cara membuktikannya'),
]
FILLER = {
    'menu': lambda r, i: f'{i}. {r.choice(["masala dosa", "pandesal", "tamal de elote", "koshary", "croque-monsieur", "kaya toast", "Currywurst", "syrniki", "spanakopita", "onigiri", "tteokbokki", "jianbing"])} — {r.randrange(2, 40)}.{r.randrange(0, 99):02d} — {r.choice(["veg", "non-veg", "spicy", "mild", "vegan"])} — stock {r.randrange(0, 200)}',
    'notes': lambda r, i: f'{i}) {r.choice(["kal ka meeting shift ho gaya", "nag-update na ng inventory", "el cliente pidió factura", "el server 3ayez restart", "le livreur est en retard", "the aircon spoil again", "das Meeting ist verschoben", "otchyot gotov", "to excel einai etoimo", "shiryou wa kansei", "보고서 done", "baogao yijing wancheng"])}, item {r.randrange(100, 999)}, status {r.choice(["open", "done", "waiting", "blocked"])}',
    'log': lambda r, i: f'2026-11-{r.randrange(1, 28):02d}T{r.randrange(0, 24):02d}:{r.randrange(0, 60):02d}:{r.randrange(0, 60):02d}Z {r.choice(["INFO", "WARN", "ERROR", "DEBUG"])} svc={r.choice(["orders", "payments", "sync", "auth"])} req={r.randrange(16**8):08x} lat_ms={r.randrange(3, 4000)} {r.choice(["ok", "retry", "timeout upstream", "lock wait", "cache miss", "rebalance"])}',
    'code': lambda r, i: f'    {r.choice(["val", "acc", "buf", "tmp", "res"])}{i} = {r.choice(["fetch", "merge", "apply", "lock", "flush"])}({r.choice(["ctx", "row", "batch", "key"])}, {r.randrange(1, 99)})  # {r.choice(["TODO", "FIXME", "ok", "hot path"])}',
}
EASY_LONG_ASKS = [
    ('hi-Latn', 'isko alphabetical order mein sort karke table bana do, bas itna'), ('tl-PH', 'paki-translate lahat sa English, same format'),
    ('es-US', 'cuenta cuántos items hay y dame el total, nada más'), ('ar-Latn', 'rattebhom fe table w 7ot el header bel English'),
    ('fr-FR', 'résume ça en 3 bullet points, rien de plus'), ('en-SG', 'just remove the duplicates and give back the list can'),
    ('de-DE', 'bitte nur als CSV formatieren, keine Analyse'), ('ru-Latn', 'perevedi eto na angliyskiy, format ne menyay'),
    ('el-Latn', 'kane to se lista me koukides, tipota allo'), ('ja-Latn', 'kore o JSON ni henkan shite, sore dake'),
    ('ko-KR', '이거 그냥 English로 translate 해줘, same order'), ('zh-Latn', 'bang wo zhengli cheng biaoge, bu yong fenxi'),
    ('pt-BR', 'só coloca em ordem e numera de novo'), ('tr-TR', 'bunu sadece İngilizceye çevir'),
]
HARD_LONG_ASKS = [
    ('hi-Latn', 'in logs se root cause nikalo: kaunsa service pehle fail hua, kyun, aur fix ka plan with trade-offs'),
    ('es-US', 'analiza el patrón de latencias, formula hipótesis de causa raíz y propone cómo verificarlas una por una'),
    ('ar-Latn', 'fe race condition hena, ethbet fen bezabt w e3mel redesign le locking ma3 trade-offs'),
    ('fr-FR', 'identifie la cause racine probable, construis la chaîne causale et propose une correction avec ses compromis'),
    ('de-DE', 'finde den Bug, beweise dass dein Fix die Invariante erhält, und diskutiere Alternativen'),
    ('ru-Latn', 'naydi pervoprichinu, obyasni posledovatelnost sobytiy i predlozhi arhitekturnoe reshenie s kompromissami'),
    ('ja-Latn', 'genin o suiron shite, kasetsu o junban ni kenshou suru houhou to kaizen-an no trade-off o'),
    ('ko-KR', '로그를 보고 root cause를 단계별로 추론하고, 두 가지 fix를 비교해줘'),
    ('zh-Latn', 'fenxi genben yuanyin, bijiao liang zhong xiufu fang\'an de trade-off, gei chu zhengming'),
    ('tl-PH', 'hanapin ang root cause step by step, tapos mag-propose ng redesign na may trade-offs'),
    ('el-Latn', 'bres thn aitia vhma-vhma kai proteine lysh me ta trade-offs ths'),
    ('en-SG', 'reason out the root cause step by step lah, then propose two designs and which one you pick and why'),
]


def build_cx(seed):
    r = random.Random(seed + 1)
    recs = []

    def num():
        n, m = r.randrange(2, 60), r.randrange(2, 60)
        p = r.choice([2, 3, 5, 6, 7, 10, 11, 13, 15])
        return {'n': n, 'm': m, 'p': p, 'q': r.choice([4, 9, 16, 25]), 'n1': n - 1, 'k': r.randrange(6, 12)}

    def chat(text, system=None):
        msgs = ([{'role': 'system', 'content': system}] if system else []) + [{'role': 'user', 'content': text}]
        return {'model': 'hybridgate/auto', 'messages': msgs}

    def long_block(kind, min_chars):
        lines, i = [], 1
        while len('\n'.join(lines)) < min_chars:
            lines.append(FILLER[kind](r, i))
            i += 1
        return '\n'.join(lines)

    seen = set()

    def add(cat, label, adv, lang, style, body):
        key = json.dumps(body, ensure_ascii=False, sort_keys=True)
        if key in seen:
            return False
        seen.add(key)
        recs.append({'category': cat, 'label': label, 'length_adversarial': adv, 'endpoint': 'chat', 'lang': lang,
                     'style': style, 'body': body})
        return True

    plan = [('short_simple', 45), ('long_easy', 50), ('short_hard', 50), ('long_hard', 45)]
    for cat, count in plan:
        made = 0
        while made < count:
            if cat == 'short_simple':
                lang, t = r.choice(EASY_SHORT)
                ok = add(cat, 0, False, lang, 'code_switched/easy', chat(t.format(**num())))
            elif cat == 'short_hard':
                lang, t = r.choice(HARD_SHORT)
                ok = add(cat, 1, True, lang, 'code_switched/hard', chat(t.format(**num())))
            elif cat == 'long_easy':
                lang, ask = r.choice(EASY_LONG_ASKS)
                kind = r.choice(['menu', 'notes', 'log'])
                block = long_block(kind, r.randrange(1500, 3200))
                text = f'{ask}\n\n{block}' if r.random() < .5 else f'{block}\n\n{ask}'
                ok = add(cat, 0, True, lang, f'code_switched/easy/{kind}', chat(text))
            else:
                lang, ask = r.choice(HARD_LONG_ASKS)
                kind = r.choice(['log', 'code'])
                block = long_block(kind, r.randrange(1500, 3000))
                if kind == 'code':
                    block = 'def worker(ctx, batch):\n    with lock_a:\n        with lock_b:\n' + block + \
                        '\n\ndef reaper(ctx):\n    with lock_b:\n        with lock_a:\n            flush(ctx, 0)'
                text = f'{ask}\n\n{block}' if r.random() < .5 else f'{block}\n\n{ask}'
                ok = add(cat, 1, False, lang, f'code_switched/hard/{kind}', chat(text, 'You are a senior engineer.'))
            made += ok
    r.shuffle(recs)
    out = []
    for n, rec in enumerate(recs, 1):
        out.append({'id': f'butte-cx-{n:04d}', **rec})
        if rec['category'] == 'long_easy':
            assert len(rec['body']['messages'][-1]['content']) >= 1500
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii = build_pii(a.seed)
    cx = build_cx(a.seed)
    for name, recs in (('pii_butte.jsonl', pii), ('complexity_butte.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8') as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    sens = sum(x['sensitive'] for x in pii)
    print(f'pii_butte.jsonl: {len(pii)} requests, {sens} sensitive / {len(pii) - sens} benign; endpoints',
          dict(sorted(collections.Counter(x['endpoint'] for x in pii).items())))
    print('  languages:', len({x['lang'] for x in pii}), dict(sorted(collections.Counter(x['lang'] for x in pii).items())))
    print('  categories:', dict(sorted(collections.Counter(x['category'] for x in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for x in pii for e in x['entities']).items())))
    print('  fields:', dict(sorted(collections.Counter(x['style'].split(' · ')[1] for x in pii).items())))
    adv = sum(x['length_adversarial'] for x in cx)
    print(f'complexity_butte.jsonl: {len(cx)} prompts', dict(sorted(collections.Counter(x['category'] for x in cx).items())),
          f'length-adversarial {adv} ({100 * adv / len(cx):.0f}%), label 1: {sum(x["label"] for x in cx)}, languages',
          len({x['lang'] for x in cx}))
    print('  pool sizes after the overlap cut (kept/total):', {k: v for k, v in POOL_SIZES.items()})


if __name__ == '__main__':
    main()
