#!/usr/bin/env python3
"""Dune: an independent evaluation split for the request signals, organised by LEXICAL AMBIGUITY.

Writes bench/data/signals/pii_dune.jsonl and bench/data/signals/complexity_dune.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages or other branches; the record format came from the docstring of the delta
    generator (first 70 lines) and the first two lines of the delta files. The other generators were not
    read: their sources are only scanned automatically at run time for capitalised / non-ASCII words and
    CJK/Hangul/Kana bigrams, and every name, surname and street of this file is dropped from its pool when
    it overlaps that set (order kept; the run aborts if a pool runs empty). The overlapping words are never
    printed.

Organising principle
    LEXICAL AMBIGUITY. Private persons whose names are also ordinary words, months, places or brands (Hope,
    Will, Summer, Grace, Fox, Baker, Mercedes, Paz, Sol, Rosa, Lin, Sun, Fuchs, Becker, Renard, Volpe, Lobo,
    Wilk, Susi, Kurt, Umut, Nadezhda, 林, 夏天, 高兴, 하늘, 보람, Amal, Nour, Tikva, Asha, Elpida, Mawar, Neema,
    Ligaya, Hoa, Xuan, ...) written in the grammatical positions where the word reading is possible; and
    number strings whose reading depends on context (a phone written as a bare digit run next to amounts or
    in a quantity column; a citizen / tax / health number in a "ref" or "Nr." slot; a birth date next to
    delivery dates). Six kinds, each with its hard negatives built from the same words and number shapes in
    their non-personal reading (the flower, the month, the verb, the animal, the trade, the car brand, the
    city, the amount, the SKU, the serial, the order number, the due date):
        word_firstname  / word_firstname_benign    -- given names that are ordinary words
        word_surname    / word_surname_benign      -- surnames that are trades, animals, colours, nature words
        place_brand_name/ place_brand_name_benign  -- names that are also places, brands, saints, months
        number_phone    / number_phone_benign      -- phone vs amount, quantity, SKU, serial, measurement
        number_id       / number_id_benign         -- citizen/tax/health number vs order/invoice/ticket number
        date_dob        / date_dob_benign          -- birth date (often next to a month-name person) vs dates
    Data language rotates over 27 locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han, Kana,
    Hangul scripts). The text is placed in a request field by rotation: user / system / earlier assistant /
    tool result / tool-call arguments with a tools schema / content parts / base64 file part /
    response_format json_schema / metadata with store / legacy completions prompt.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching all
    string leaves of the body (JSON-in-string arguments parsed, base64 file parts decoded, URLs unquoted) for
    every value the record issued; ``sensitive`` is true exactly when ``entities`` is non-empty. ``person`` is
    a private person's name (also when only an ambiguous first name with a relation cue is given); ``ssn`` the
    US SSN only; citizen numbers NATIONAL_ID (DNI, BSN, PESEL, personnummer, HETU, TCKN, RIC, RRN, Teudat
    Zehut, Aadhaar, rodne cislo); taxpayer numbers TAX_ID (Steuer-ID, codice fiscale, CPF, INN, PAN); social /
    health insurance numbers HEALTH_INSURANCE (NHS number, French NIR, Greek AMKA). Benign records contain no
    personal data: the same words in their word reading, fictional persons, storms / ships / streets / brands
    named with the word, organisations' role mailboxes on example.com, amounts, SKUs, serials, order numbers,
    delivery dates.

Contents (seed 20261205)
    pii_dune.jsonl: 498 requests (452 chat, 46 completions) in 27 language tags; 6 kinds x 83 (48 sensitive + 35
    benign each: 288 sensitive / 210 benign). Entity totals: person 272, phone 132, DATE_OF_BIRTH 59,
    STREET_ADDRESS 34, NATIONAL_ID 25, email 22, iban 17, TAX_ID 12, HEALTH_INSURANCE 8, ssn 3; 20 sensitive
    records carry a single item (a lone ambiguous first name with a relation cue, a lone phone among amounts,
    a lone ID in a "ref" slot). complexity_dune.jsonl: 190 chat requests in 21 language tags: short_simple 47,
    long_easy 50 (>= 1,500 chars), short_hard 50, long_hard 43; 100 (53%) length-adversarial, 93 labelled 1.
    The run prints all counts.

Validation
    Every identifier is validated with python-stdnum (IDs, IBAN); every phone with ``phonenumbers`` for its
    region (documentation ranges such as 555-01xx excluded); the run aborts on an invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_dune_signal_sets.py [--seed 20261205] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import json
import pathlib
import random
import re
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import ssn

ROOT = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote')


WORD_RE = re.compile(r'(?:\w|[\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff])+')  # keep Indic vowel signs inside words


def _cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def other_words():
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = ROOT / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        src = p.read_text(encoding='utf-8', errors='replace')
        for w in WORD_RE.findall(src):
            if not w.isascii() or w[:1].isupper():
                words.add(w)
        for run in re.findall(r'[^\x00-\u2e7f]+', src):
            for i in range(len(run) - 1):
                bigrams.add(run[i:i + 2])
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()


def clean(pool, what, soft=False):
    out = []
    for entry in pool:
        ok = True
        for w in WORD_RE.findall(entry):
            if soft and STREET_GENERIC.match(w):
                continue
            if (not w.isascii() or w[:1].isupper()) and w in OTHER_WORDS:
                ok = False
            cj = ''.join(c for c in w if _cjk(c))
            if any(cj[i:i + 2] in OTHER_BIGRAMS for i in range(len(cj) - 1)):
                ok = False
        if ok:
            out.append(entry)
    if not out and not soft:
        raise SystemExit(f'pool {what} ran empty after the overlap filter')
    return out


STREET_GENERIC = re.compile(r'^(?:\d+|[A-Z]{1,3}|Rd|Ln|Ave|W|Close|Way|Road|Lane|Str|Straße|Weg|rue|impasse|allée|du|des|'
                            r'de|la|le|los|las|del|Calle|Carrer|Avenida|Av|Col|Valle|Via|Vicolo|dei|delle|Rua|apto|ul|Cad|'
                            r'Sokak|No|Jl|Raya|Blk|Lot|St|Plot|Kalye|Brgy|City|utca|em|Soi|D)$')


def clean_streets(pool, what):
    # the distinctive street name is checked; house numbers, street types and the postal town are generic
    out = []
    for entry in pool:
        marked = re.findall(r'\[([^\]]+)\]', entry)
        heads = marked or [re.split(r',', entry.replace('{n}', ''))[0]]
        if all(clean([h], what + '?', soft=True) for h in heads):
            out.append(entry.replace('[', '').replace(']', ''))
    if not out:
        raise SystemExit(f'pool {what} ran empty after the overlap filter')
    return out


# --------------------------------------------------------------------------------------------- identifiers
def digits(rng, n, first_nonzero=False):
    s = ''.join(rng.choice('0123456789') for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def until(rng, make, valid, tries=200000):
    for _ in range(tries):
        v = make()
        if valid(v):
            return v
    raise SystemExit('could not build a valid value')


def rdate(rng, y0=1948, y1=2006):
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def id_us(rng, d):
    def mk():
        a = rng.randint(100, 665)
        return f'{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}'
    return until(rng, mk, ssn.is_valid)


def id_gb(rng, d):
    v = until(rng, lambda: digits(rng, 10, True), nhs.is_valid)
    return f'{v[:3]} {v[3:6]} {v[6:]}'


def id_de(rng, d):
    return until(rng, lambda: digits(rng, 11, True), idnr.is_valid)


def id_fr(rng, d):
    def mk():
        base = f'{rng.randint(1, 2)}{d.year % 100:02d}{d.month:02d}{rng.randint(1, 95):02d}{digits(rng, 3)}{digits(rng, 3)}'
        key = 97 - int(base) % 97
        return f'{base}{key:02d}'
    v = until(rng, mk, nir.is_valid)
    return f'{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}'


def id_es(rng, d):
    n = digits(rng, 8, True)
    v = n + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(n) % 23]
    assert dni.is_valid(v)
    return v


def id_it(rng, d):
    def mk():
        cons = 'BCDFGHLMNPRSTVZ'
        s = ''.join(rng.choice(cons) for _ in range(6))
        day = d.day + (40 if rng.random() < .5 else 0)
        body = f"{s}{d.year % 100:02d}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}{rng.choice(['H501', 'F205', 'L219', 'F839', 'G273', 'D612'])}"
        return body + codicefiscale.calc_check_digit(body)
    return until(rng, mk, codicefiscale.is_valid)


def id_br(rng, d):
    v = until(rng, lambda: digits(rng, 11, True), cpf.is_valid)
    return f'{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}'


def id_nl(rng, d):
    return until(rng, lambda: digits(rng, 9, True), bsn.is_valid)


def id_pl(rng, d):
    mm = d.month + (20 if d.year >= 2000 else 0)
    return until(rng, lambda: f'{d.year % 100:02d}{mm:02d}{d.day:02d}{digits(rng, 5)}', pesel.is_valid)


def id_se(rng, d):
    return until(rng, lambda: f'{d.year % 100:02d}{d.month:02d}{d.day:02d}-{digits(rng, 4)}', personnummer.is_valid)


def id_fi(rng, d):
    sep = '-' if d.year < 2000 else 'A'
    return until(rng, lambda: f'{d.day:02d}{d.month:02d}{d.year % 100:02d}{sep}{rng.randint(2, 899):03d}'
                 + rng.choice('0123456789ABCDEFHJKLMNPRSTUVWXY'), hetu.is_valid)


def id_tr(rng, d):
    return until(rng, lambda: digits(rng, 11, True), tckimlik.is_valid)


def id_ru(rng, d):
    return until(rng, lambda: rng.choice(['77', '78', '50', '66']) + digits(rng, 10), inn.is_valid)


def id_cn(rng, d):
    return until(rng, lambda: rng.choice(['110105', '310104', '440106', '510107']) + d.strftime('%Y%m%d')
                 + digits(rng, 3) + rng.choice('0123456789X'), ric.is_valid)


def id_kr(rng, d):
    s = ('1' if d.year < 2000 else '3') if rng.random() < .5 else ('2' if d.year < 2000 else '4')
    return until(rng, lambda: f'{d.year % 100:02d}{d.month:02d}{d.day:02d}-{s}{digits(rng, 6)}', rrn.is_valid)


def id_il(rng, d):
    return until(rng, lambda: digits(rng, 9, True), il_idnr.is_valid)


def id_in(rng, d):
    v = until(rng, lambda: str(rng.randint(2, 9)) + digits(rng, 11), aadhaar.is_valid)
    return f'{v[:4]} {v[4:8]} {v[8:]}'


def id_in_pan(rng, d):
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    return until(rng, lambda: ''.join(rng.choice(L) for _ in range(3)) + 'P' + rng.choice(L)
                 + digits(rng, 4) + rng.choice(L), pan.is_valid)


def id_gr(rng, d):
    return until(rng, lambda: f'{d.day:02d}{d.month:02d}{d.year % 100:02d}{digits(rng, 5)}', amka.is_valid)


def id_cz(rng, d):
    mm = d.month + (50 if rng.random() < .5 else 0)
    return until(rng, lambda: f'{d.year % 100:02d}{mm:02d}{d.day:02d}/{digits(rng, 4)}', rc.is_valid)


def make_iban(rng):
    cc = rng.choice(['DE', 'AT', 'GB'])
    if cc == 'DE':
        bban = digits(rng, 8, True) + digits(rng, 10)
    elif cc == 'AT':
        bban = digits(rng, 5, True) + digits(rng, 11)
    else:
        bban = rng.choice(['NWBK', 'BARC', 'MIDL', 'LOYD']) + digits(rng, 14)
    v = cc + std_iban.calc_check_digits(cc + '00' + bban) + bban
    std_iban.validate(v)
    return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))


def make_phone(rng, region, patterns, fmt):
    def mk():
        return ''.join(rng.choice('0123456789') if c == '#' else c for c in rng.choice(patterns))

    def ok(s):
        if '555' in s[-8:-4] and region in ('US', 'CA'):
            return False
        try:
            n = phonenumbers.parse(s, region)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region
    raw = until(rng, mk, ok)
    n = phonenumbers.parse(raw, region)
    if fmt == 'intl':
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if fmt == 'e164':
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    if fmt == 'bare':
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL).replace(' ', '').replace(
            '-', '').replace('(', '').replace(')', '')
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)


# --------------------------------------------------------------------------------------------- locales
# first: given names that are ordinary words; last: surnames that are words; bf / bl: benign sentences with
# the word reading (given-name words / surname words); sf / sl: native sensitive templates.
L = {}
L['en-US'] = dict(
    first=['Hope', 'Will', 'Summer', 'Grace', 'Joy', 'Iris', 'Jade', 'Dawn', 'Faith', 'Ruby', 'Amber', 'Holly',
           'Penny', 'Chase', 'Hunter', 'Sky', 'Autumn', 'Daisy', 'Violet', 'Ivy', 'Pearl', 'Robin', 'Heather',
           'Honey', 'Crystal', 'Misty', 'Sandy', 'Rusty', 'Cliff', 'Glen', 'Dale', 'Brook', 'River', 'Sage',
           'Wren', 'Clover', 'Poppy', 'Hazel', 'Fern', 'Sunny', 'Colt', 'Chip', 'Duke', 'Earl', 'Sterling',
           'Harmony', 'Liberty', 'Patience', 'Mercy', 'Temperance', 'Bliss', 'Marigold', 'Primrose', 'Ginger'],
    last=['Baker', 'Fox', 'Wolf', 'Cook', 'Fisher', 'Hunter', 'Archer', 'Mason', 'Farmer', 'Shepherd', 'Weaver',
          'Potter', 'Brewer', 'Porter', 'Gardner', 'Marsh', 'Moss', 'Birch', 'Lamb', 'Crow', 'Finch', 'Drake',
          'Hawk', 'Sparrow', 'Swallow', 'Bull', 'Goodman', 'Best', 'Moody', 'Sharp', 'Savage', 'Wise', 'Strange',
          'Banks', 'Fields', 'Woods', 'Rivers', 'Waters', 'Lake', 'Mills', 'Bridges', 'Gates', 'Stone', 'Frost',
          'Snow', 'Winter', 'Summers', 'Rich', 'Small', 'Little', 'Swift', 'Bell', 'Carpenter', 'Butcher'],
    bf=['Hope the rollout goes smoothly — will check the dashboards after lunch.',
        'Will do. Summer hours start Monday, office closes at 3 on Fridays.',
        'Grace period on the invoice ends Friday; after that a 2% fee applies.',
        'Joy-Con drift again on the left controller, second one this year.',
        'Iris recognition failed twice at the gate, the scanner needs recalibrating.',
        'Jade plant leaves going soft — overwatering or too little light?',
        'Dawn raid by the wholesaler: they bought out all the amber ale by 7am.',
        'Faith-based charities qualify for the reduced venue rate.',
        'Ruby 3.3 upgrade broke two gems; pin the old versions for now.',
        'Holly, ivy and pearl-white ribbon for the December window display.',
        'Penny stocks are excluded from the fund by its mandate.',
        'Chase the supplier for the autumn catalogue proofs, they are late again.',
        'Sky was clear, misty by 6; sandy path along the brook was flooded.',
        'Daisy chain the two monitors through DisplayPort, it is supported.',
        'Violet and hazel yarn both out of stock until Thursday.',
        'Robin redbreast nesting in the shed, do not move the flowerpots.',
        'Honey, sage and ginger glaze — 2 tbsp each, roast 40 min.',
        'Crystal clear audio after swapping the cable; rusty jack was the problem.',
        'Sunny spells with heather in bloom on the moor, perfect hiking weather.',
        'Mercy rule applies after a 10-run lead in the youth league.',
        'Rose Tyler and the Doctor — which series did she leave in? (quiz night question)',
        'Will Turner is the blacksmith in the first Pirates film; list his scenes for the fan wiki.',
        'Summer Finn in (500) Days of Summer: is she the antagonist? Essay outline please.',
        'Grace Hopper popularised the term "debugging"; add a one-line caption for the poster.',
        'Hurricane Iris (2001) hit Belize as a category 4 storm.',
        'Joy in Inside Out is voiced by a famous actress; the character is yellow and blue-haired.'],
    bl=['The baker on the corner now opens at 6; the fox got into the bins again.',
        'Wolf range cooker, six burners, needs a 40A circuit.',
        'Cook the rice first, then fisher-style stew goes on top.',
        'Archer fish spit water at insects — fun fact for the aquarium tour.',
        'Mason jars, 24 pcs, wide mouth; potter wheel rental €30/day.',
        'Shepherd pie for 12, plus lamb skewers and a crow-shaped cake topper.',
        'Frost warning tonight; cover the birch saplings and bring in the swallow feeder.',
        'Best before 2027-03; store in a cool dry place away from sharp objects.',
        'Stone wall repair along the banks of the river, fields flooded again.',
        'Small, little and swift are adjectives; rewrite the sentence without them.',
        'The bell rang at noon; the carpenter fixed the church gates.',
        'Fox Mulder and Dana Scully: rank the ten best X-Files episodes.',
        'Baker Street 221B is a museum now; tickets from the website.',
        'Wolf Hall (the novel) is set in the court of Henry VIII.',
        'Fisher-Price stacking rings, recall notice for batch 2019-11.'],
    sf=['tell {F} the keys are under the mat. back late', 'ask {F} if the summer rota works, will sort it after',
        'can {F} {L} cover Tuesday? grace period on the rota ends friday',
        '{F} {L} will bring the trailer Sunday. cell {phone}',
        'can you ask {F} {L} if she still wants the crib? {phone}',
        '{F} {L} got home ok after the game? left a scarf here',
        'thank {F} for the flowers!! ({F} {L}, {email})'],
    sl=['{L} at #4 says the heater is out again, call back {phone}',
        'Need to pay {L} back for the tickets — {F} {L}, {email}'],
    phone=('US', ['+1 212 ### ####', '+1 415 ### ####', '+1 617 ### ####', '+1 503 ### ####', '+1 773 ### ####']),
    ids=[(id_us, 'ssn', 'SSN')],
    street=['{n} Sycamore Ridge Rd, Asheville, NC 28803', '{n} Larkspur Ln, Boise, ID 83704',
            '{n} W Juniper Ave, Tulsa, OK 74107', '{n} Old Quarry Hollow Rd, Montpelier, VT 05602'],
    mail=['gmail.com', 'yahoo.com', 'outlook.com'],
    dob='%m/%d/%Y', native='pls check this')
L['en-GB'] = dict(
    first=['Rose', 'April', 'June', 'May', 'Mark', 'Bill', 'Jack', 'Pat', 'Sue', 'Rob', 'Bob', 'Dawn', 'Ivy',
           'Hope', 'Joy', 'Faith', 'Storm', 'Rain', 'Heath', 'Cliff', 'Hazel', 'Lark', 'Bryony', 'Clementine'],
    last=['Baker', 'Fox', 'Butcher', 'Cook', 'Gardner', 'Hill', 'Wood', 'Bishop', 'King', 'Young', 'Green',
          'White', 'Black', 'Brown', 'Church', 'Park', 'Bird', 'Swan', 'Crane', 'Nash', 'Gold', 'Silver', 'Hart',
          'Moody', 'Pickles', 'Coward', 'Kidd', 'Doolittle', 'Nightingale', 'Bullock', 'Oakes', 'Ash'],
    bf=['Mark the item as received and bill the client at the end of June.',
        'May bank holiday: the depot is closed, deliveries resume on the Tuesday.',
        'April showers flattened the rose beds; replant the ivy along the fence.',
        'Jack up the car on the level bit of the drive before taking the wheel off.',
        'Pat the dough dry and do not rob the oven of heat: keep the door shut for 20 min.',
        'Storm Bryony is forecast to reach the coast on Thursday night.',
        'Cliff path closed after the rain; use the heath route instead.',
        'Hazel catkins and a lark singing — first signs of spring on the allotment.',
        'Rose gold or silver for the engagement band? Quote both please.'],
    bl=['The butcher on the high street now does gluten-free sausages.',
        'Swan upping on the Thames happens in July every year.',
        'Park and ride from the church car park, £3 return.',
        'The bishop moves diagonally; the king one square in any direction.',
        'Green, white and black bins go out on alternate Tuesdays.',
        'Gold and silver prices fell; the crane hire quote is still valid.'],
    sf=['{F} {L} rang re: the parking permit, can you ring her back on {phone}',
        '{F} {L} — {street} — wants the boiler serviced before June',
        'can you send the form to {F} {L} ({email})? she starts on Monday',
        'bill {F} for the extra hour? she said it was fine. {F} {L}, {phone}'],
    sl=['{L} from no. 12 dropped the parcel off, his mob is {phone}',
        'Mrs {L} ({street}) reports the streetlight out again'],
    phone=('GB', ['07### ######', '07### ######', '020 #### ####', '0161 ### ####']),
    ids=[(id_gb, 'HEALTH_INSURANCE', 'NHS no.')],
    street=['{n} Foxglove Close, Harrogate HG2 7QT', '{n} Mallard Way, Stroud GL5 4RH',
            '{n} Pennant Road, Wrexham LL13 9SE', '{n} Tannery Lane, Kendal LA9 6BW'],
    mail=['btinternet.com', 'gmail.com', 'hotmail.co.uk'], dob='%d/%m/%Y', native='can you sort this')
L['de-DE'] = dict(
    first=['Ernst', 'Frank', 'Heide', 'Linde', 'Iris', 'Erika', 'Rosa', 'Sonne', 'Wilma', 'Frieda', 'Konstanze',
           'Gottlieb', 'Traute', 'Selma', 'Kilian'],
    last=['Fuchs', 'Wolf', 'Becker', 'Bauer', 'Koch', 'Schneider', 'Vogel', 'Engel', 'Sommer', 'Winter', 'Hahn',
          'Klein', 'Lang', 'Braun', 'Schwarz', 'Jung', 'Stein', 'Busch', 'Kaiser', 'Fröhlich', 'Sauer', 'Kurz',
          'Lange', 'Wagner', 'Fischer', 'Zimmermann', 'Hase', 'Specht', 'Strauß', 'Adler'],
    bf=['Ernst gemeint: die Frist ist frank und frei am Freitag abgelaufen.',
        'Die Heide blüht, die Linde vor dem Haus muss geschnitten werden.',
        'Die Sonne scheint, die Rosa-Töne für die Einladung passen gut.'],
    bl=['Der Fuchs hat wieder die Hühner geholt, der Zaun muss höher.',
        'Beim Bäcker Becker-Str. Ecke gibt es jetzt Dinkelbrot.',
        'Der Koch empfiehlt: Hahn im Wein, dazu ein kurzes, sauer eingelegtes Gemüse.',
        'Im Winter bleibt der Busch klein, im Sommer wächst er lang und schwarz.',
        'Der Specht klopft, der Adler kreist, der Hase sitzt im Feld.'],
    sf=['{F} {L} ruft wegen der Kaution an, Rückruf bitte unter {phone}',
        '{L} kommt morgen — gemeint ist {F} {L}, Mobil {phone}'],
    sl=['{L} aus dem 2. OG meldet Wasserschaden, Tel. {phone}',
        'Rechnung an {F} {L}, {street}'],
    phone=('DE', ['0151 ########', '0176 ########', '030 ########', '089 #######']),
    ids=[(id_de, 'TAX_ID', 'Steuer-ID')],
    street=['Amselweg {n}, 79102 Freiburg', 'Brunnenstraße {n}, 04109 Leipzig', 'Im Hasengrund {n}, 35037 Marburg'],
    mail=['web.de', 'gmx.de', 't-online.de'], dob='%d.%m.%Y', native='bitte kurz prüfen')
L['fr-FR'] = dict(
    first=['Rose', 'Marguerite', 'Violette', 'Blanche', 'Aurore', 'Désiré', 'Constant', 'Clément', 'Prudence',
           'Noël', 'Olive', 'Aimé', 'Espérance', 'Capucine', 'Hortense', 'Fleur'],
    last=['Boulanger', 'Leblanc', 'Petit', 'Legrand', 'Boucher', 'Leloup', 'Renard', 'Chevalier', 'Marchand',
          'Lenoir', 'Roux', 'Fontaine', 'Lapierre', 'Meunier', 'Berger', 'Bonnet', 'Pigeon', 'Lièvre', 'Poisson'],
    bf=['Une rose blanche et une marguerite pour la table, capucine en décoration.',
        'Aurore boréale visible ce soir ; Noël approche, commande les bûches.',
        'Sois prudent et constant, clément avec les débutants.'],
    bl=['Le boulanger ouvre à 7 h, le boucher ferme le lundi.',
        'Le renard a encore visité le poulailler ; le loup, lui, reste dans les contes.',
        'Un bonnet petit et un bonnet grand, couleur roux et noir.',
        'La fontaine du square est en panne, le meunier a fermé son moulin.'],
    sf=['{F} {L} a rappelé pour le dépôt de garantie, son portable : {phone}',
        'Envoyer le contrat à {F} {L}, {street}'],
    sl=['{L} (3e gauche) signale une fuite, rappeler au {phone}'],
    phone=('FR', ['06 ## ## ## ##', '07 ## ## ## ##', '01 ## ## ## ##']),
    ids=[(id_fr, 'HEALTH_INSURANCE', 'n° de sécu')],
    street=['{n} rue des Glycines, 69007 Lyon', '{n} impasse du Moulin, 35000 Rennes', '{n} allée des Tilleuls, 31500 Toulouse'],
    mail=['orange.fr', 'free.fr', 'laposte.net'], dob='%d/%m/%Y', native='peux-tu vérifier ?')
L['es-ES'] = dict(
    first=['Rosa', 'Blanca', 'Paz', 'Sol', 'Luz', 'Amparo', 'Dolores', 'Consuelo', 'Rocío', 'Pilar', 'Esperanza',
           'Soledad', 'Socorro', 'Amor', 'Milagros', 'Nieves', 'Estrella', 'Mar', 'Alegría', 'Fe', 'Salud', 'Rosario'],
    last=['Lobo', 'Calvo', 'Rubio', 'Moreno', 'Blanco', 'Delgado', 'Toro', 'Campo', 'Castillo', 'Iglesias', 'Rey',
          'León', 'Vega', 'Prado', 'Palacios', 'Flores', 'Cordero', 'Pastor', 'Herrero', 'Molina', 'Conejo', 'Gallo'],
    bf=['Paz y luz para todos; la sol y la fa son notas, no personas.',
        'Rosa palo para las servilletas, blanca para el mantel.',
        'Salud, amor y pesetas: el brindis clásico de Nochevieja.',
        'Estrella de mar y nieves perpetuas: temas del libro de ciencias.',
        'Con esperanza y fe, dijo el párroco; la soledad no es buena consejera.'],
    bl=['El lobo ibérico vive en la sierra de la Culebra.',
        'Un toro bravo en el campo, un cordero en el prado.',
        'El herrero y el pastor del pueblo juegan al mus en el castillo.',
        'Pelo rubio, moreno o calvo: tres opciones en el formulario de disfraz.',
        'El gallo canta a las seis y el conejo se come las flores.'],
    sf=['{F} {L} pregunta por la fianza, llámala al {phone}',
        '{F} llega el jueves; {F} {L}, {street}', 'mándale el contrato a {F} {L} ({email})'],
    sl=['{L} del 3.º B dice que hay una fuga, su móvil {phone}'],
    phone=('ES', ['6## ### ###', '6## ## ## ##', '91 ### ## ##']),
    ids=[(id_es, 'NATIONAL_ID', 'DNI')],
    street=['Calle de los Almendros {n}, 3.º B, 28039 Madrid', 'Carrer de la Llimona {n}, 08012 Barcelona',
            'Avenida de la Albufera {n}, 46024 València'],
    mail=['gmail.com', 'hotmail.es', 'telefonica.net'], dob='%d/%m/%Y', native='¿lo revisas?')
L['es-MX'] = dict(
    first=['Guadalupe', 'Luz', 'Cielo', 'Paloma', 'Azucena', 'Jazmín', 'Victoria', 'Reyna', 'Cruz', 'Refugio',
           'Marina', 'Perla', 'Alba', 'Celeste'],
    last=['Cruz', 'Reyes', 'Flores', 'Rosas', 'Espinoza', 'Campos', 'Montes', 'Río', 'Palma', 'Lozano',
          'Zorrilla', 'Orozco', 'Salinas', 'Nieto'],
    bf=['Cielo despejado, paloma en el balcón y azucena en flor.',
        'Perla negra, cruz de plata y alba en la playa: paquete turístico.'],
    bl=['Montes, campos y ríos: la unidad 4 de geografía.',
        'Rosas rojas y flores blancas para el altar del 2 de noviembre.'],
    sf=['{F} {L} pidió la cita del lunes, su cel: {phone}', 'la {F} ({F} {L}) vive en {street}'],
    sl=['Se le debe a {L} la renta de octubre, tel {phone}'],
    phone=('MX', ['55 #### ####', '33 #### ####', '81 #### ####']),
    ids=[], street=['Calle Jacarandas {n}, Col. Del Valle, 03100 CDMX', 'Av. Las Palmas {n}, 44160 Guadalajara, Jal.'],
    mail=['gmail.com', 'hotmail.com', 'prodigy.net.mx'], dob='%d/%m/%Y', native='¿me ayudas con esto?')
L['it-IT'] = dict(
    first=['Rosa', 'Gioia', 'Speranza', 'Fortunato', 'Felice', 'Benvenuto', 'Bianca', 'Stella', 'Viola',
           'Celeste', 'Serena', 'Vittoria', 'Modesto', 'Primo', 'Letizia', 'Fiore'],
    last=['Lupo', 'Volpe', 'Fornaro', 'Gallo', 'Leone', 'Colombo', 'Barbieri', 'Fabbri', 'Marino', 'Conte',
          'Santo', 'Pastore', 'Cavallo', 'Orso', 'Rondine', 'Bellini', 'Pesce', 'Sarto'],
    bf=['Che gioia! Speranza di sole per la gita; viola e celeste per gli inviti.',
        'Serata serena, stella cadente alle 23; benvenuto a bordo a tutti.'],
    bl=['Il lupo e la volpe: favola di Esopo per la classe terza.',
        'Il gallo canta, il leone ruggisce, il cavallo corre: esercizio sui versi degli animali.',
        'Pesce fresco dal marino del porto; il sarto chiude alle 19.'],
    sf=['{F} {L} chiede della caparra, il suo cellulare {phone}', 'Spedire a {F} {L}, {street}'],
    sl=['{L} del 2° piano segnala una perdita, richiamare {phone}'],
    phone=('IT', ['3## ### ####', '3## #######', '06 ########']),
    ids=[(id_it, 'TAX_ID', 'codice fiscale')],
    street=['Via delle Ginestre {n}, 00135 Roma', 'Via dei Gelsomini {n}, 20152 Milano', 'Vicolo del Pozzo {n}, 50122 Firenze'],
    mail=['libero.it', 'virgilio.it', 'gmail.com'], dob='%d/%m/%Y', native='controlla per favore')
L['pt-BR'] = dict(
    first=['Graça', 'Glória', 'Vitória', 'Aurora', 'Esperança', 'Luz', 'Estrela', 'Céu', 'Flor', 'Jasmim',
           'Pérola', 'Dalva', 'Bento', 'Amado'],
    last=['Lobo', 'Coelho', 'Pereira', 'Oliveira', 'Rocha', 'Carvalho', 'Leite', 'Pinto', 'Raposo', 'Cordeiro',
          'Bezerra', 'Ramos', 'Fontes', 'Pinheiro', 'Figueira', 'Cabral', 'Barros', 'Salgado'],
    bf=['Graças a Deus choveu; a flor de jasmim abriu e o céu ficou limpo.',
        'Vitória do time por 2 a 0, glória total na arquibancada.'],
    bl=['O coelho comeu a couve, o lobo-guará apareceu na fazenda.',
        'Leite, pinto, raposa e carvalho: palavras para o ditado da 2ª série.',
        'A pereira e a oliveira precisam de poda; a figueira dá fruto em março.'],
    sf=['{F} {L} perguntou do caução, liga pra ela no {phone}', 'Mandar o contrato para {F} {L}, {street}'],
    sl=['O {L} do 302 reclamou do vazamento, tel {phone}'],
    phone=('BR', ['(11) 9####-####', '(21) 9####-####', '(31) 9####-####']),
    ids=[(id_br, 'TAX_ID', 'CPF')],
    street=['Rua das Acácias, {n}, apto 302, Pinheiros, São Paulo - SP, 05422-010',
            'Rua Jacarandá, {n}, Tijuca, Rio de Janeiro - RJ, 20510-060'],
    mail=['gmail.com', 'uol.com.br', 'bol.com.br'], dob='%d/%m/%Y', native='confere pra mim?')
L['nl-NL'] = dict(
    first=['Roos', 'Fleur', 'Iris', 'Bloem', 'Lente', 'Zomer', 'Hoop', 'Sterre', 'Merel', 'Vink'],
    last=['de Vos', 'Bakker', 'de Wolf', 'Visser', 'Smit', 'Mulder', 'de Koning', 'de Boer', 'Kok', 'de Groot',
          'Schaap', 'de Haan', 'Kuiper', 'Schipper', 'Molenaar', 'Timmerman', 'Vogel', 'de Kraai'],
    bf=['Een roos en een iris in de vaas; de merel zingt en de lente komt eraan.',
        'Hoop op zomerweer; de vink zit in de bloembak.'],
    bl=['De bakker is maandag dicht; de visser verkoopt haring op de markt.',
        'De vos en de wolf in het sprookje; het schaap en de haan op de boerderij.'],
    sf=['{F} {L} belde over de borg, terugbellen op {phone}', 'Contract naar {F} {L}, {street}'],
    sl=['{L} van 2-hoog meldt lekkage, bel {phone}'],
    phone=('NL', ['06 ########', '06-########', '020 ### ####']),
    ids=[(id_nl, 'NATIONAL_ID', 'BSN')],
    street=['Merelstraat {n}, 3514 CN Utrecht', 'Lindengracht {n}, 1015 KH Amsterdam'],
    mail=['ziggo.nl', 'kpnmail.nl', 'gmail.com'], dob='%d-%m-%Y', native='kun je dit checken?')
L['pl-PL'] = dict(
    first=['Róża', 'Wiktoria', 'Nadzieja', 'Bogumiła', 'Dobromir', 'Radosław', 'Jagoda', 'Kalina', 'Malina', 'Wiosna'],
    last=['Wilk', 'Lis', 'Piekarz', 'Zając', 'Sikora', 'Wróbel', 'Kot', 'Baran', 'Mróz', 'Zima', 'Sowa', 'Wrona',
          'Król', 'Kowal', 'Szewc', 'Krawiec', 'Dąb', 'Grzyb', 'Kaczka'],
    bf=['Jagoda, malina i kalina — trzy krzewy do ogrodu.', 'Wiosna przyszła; róża kwitnie od maja.'],
    bl=['Wilk i lis w lesie, zając w polu, sowa na dębie.', 'Mróz w nocy, zima w tym roku długa; piekarz otwiera o 6.'],
    sf=['{F} {L} dzwoniła w sprawie kaucji, oddzwoń na {phone}', 'Umowa do {F} {L}, {street}'],
    sl=['Pan {L} z 4 piętra zgłasza wyciek, tel. {phone}'],
    phone=('PL', ['5## ### ###', '6## ### ###', '7## ### ###', '22 ### ## ##']),
    ids=[(id_pl, 'NATIONAL_ID', 'PESEL')],
    street=['ul. Jaśminowa {n}/4, 02-260 Warszawa', 'ul. Bociania {n}, 31-216 Kraków'],
    mail=['wp.pl', 'onet.pl', 'o2.pl'], dob='%d.%m.%Y', native='sprawdź proszę')
L['sv-SE'] = dict(
    first=['Linnea', 'Viola', 'Sol', 'Vilja', 'Frida', 'Saga', 'Alva', 'Stjärna', 'Blenda', 'Ros'],
    last=['Lind', 'Berg', 'Björk', 'Ek', 'Holm', 'Lund', 'Gran', 'Dahl', 'Fors', 'Strand', 'Vinter', 'Sommar',
          'Lax', 'Varg', 'Räv', 'Falk', 'Svan', 'Örn'],
    bf=['Solen skiner och violerna blommar; en saga om vilja och mod.'],
    bl=['Björk, ek och gran i skogen; en varg och en räv vid sjön.', 'Laxen går upp i forsen; svanen häckar vid stranden.'],
    sf=['{F} {L} ringde om depositionen, ring upp på {phone}', 'Avtal till {F} {L}, {street}'],
    sl=['{L} på plan 3 anmäler vattenläcka, tel {phone}'],
    phone=('SE', ['070-### ## ##', '073-### ## ##', '08-### ### ##']),
    ids=[(id_se, 'NATIONAL_ID', 'personnummer')],
    street=['Lingonvägen {n}, 184 61 Åkersberga', 'Tallstigen {n}, 722 14 Västerås'],
    mail=['telia.com', 'gmail.com', 'bredband.net'], dob='%Y-%m-%d', native='kan du kolla?')
L['fi-FI'] = dict(
    first=['Satu', 'Tuuli', 'Sini', 'Lumi', 'Onni', 'Toivo', 'Usko', 'Armas', 'Into', 'Helmi', 'Kukka', 'Ilta',
           'Suvi', 'Aamu', 'Talvi'],
    last=['Susi', 'Karhu', 'Kettunen', 'Mäki', 'Virta', 'Järvi', 'Lahti', 'Kivi', 'Salo', 'Laine', 'Koski',
          'Lehto', 'Kukkonen', 'Joutsen', 'Haapala', 'Tammi', 'Kuusi'],
    bf=['Onni ja toivo: iltasatu lapsille; lumi sataa ja tuuli puhaltaa.', 'Suvi on kaunis, helmi kimaltaa aamu-usvassa.'],
    bl=['Susi ja karhu metsässä; kivi, mäki ja järvi maisemassa.', 'Kuusi, tammi ja koivu; koski kuohuu Lahden lähellä.'],
    sf=['{F} {L} soitti vuokravakuudesta, soita takaisin {phone}', 'Sopimus: {F} {L}, {street}'],
    sl=['{L} (B 12) ilmoittaa vesivuodosta, puh. {phone}'],
    phone=('FI', ['040 ### ####', '050 ### ####', '044 ### ####']),
    ids=[(id_fi, 'NATIONAL_ID', 'henkilötunnus')],
    street=['Kielokuja {n} B 12, 00790 Helsinki', 'Pihlajatie {n}, 33400 Tampere'],
    mail=['gmail.com', 'luukku.com', 'elisanet.fi'], dob='%d.%m.%Y', native='voitko tarkistaa?')
L['tr-TR'] = dict(
    first=['Umut', 'Sevgi', 'Barış', 'Deniz', 'Güneş', 'Yıldız', 'Bahar', 'Gül', 'Nur', 'Ümit', 'Doğan', 'Aslan',
           'Kaya', 'Ay', 'Çiçek', 'Ilık', 'Tomurcuk'],
    last=['Kurt', 'Aslan', 'Kaya', 'Demir', 'Çelik', 'Şahin', 'Doğan', 'Yıldız', 'Kılıç', 'Bulut', 'Kara', 'Ak',
          'Tilki', 'Ekmekçi', 'Terzi', 'Demirci', 'Kuş', 'Ceylan'],
    bf=['Bahar geldi, güneş açtı; deniz kenarında gül ve çiçek festivali.', 'Barış ve sevgi temalı afiş; umut veren bir mesaj.'],
    bl=['Kurt ve tilki masalı; aslan ormanın kralı.', 'Demir, çelik ve kara bulut: hava raporu ve inşaat notları.',
        'Ekmekçi sabah 6da açıyor, terzi pazartesi kapalı.'],
    sf=['{F} {L} depozito için aradı, geri ara: {phone}', 'Sözleşme {F} {L} adına, {street}'],
    sl=['{L} Bey (daire 7) su kaçağı bildirdi, tel {phone}'],
    phone=('TR', ['05## ### ## ##', '0212 ### ## ##']),
    ids=[(id_tr, 'NATIONAL_ID', 'TC kimlik no')],
    street=['Lale Sokak No: {n} D: 7, Kadıköy, 34710 İstanbul', 'Menekşe Cad. No: {n}, Çankaya, 06690 Ankara'],
    mail=['gmail.com', 'hotmail.com', 'yandex.com.tr'], dob='%d.%m.%Y', native='kontrol eder misin?')
L['ru-RU'] = dict(
    first=['Надежда', 'Вера', 'Любовь', 'Лев', 'Роза', 'Мир', 'Злата', 'Снежана', 'Лада', 'Слава'],
    last=['Волкова', 'Лисицын', 'Кузнецов', 'Соколова', 'Морозов', 'Зимина', 'Орлов', 'Белова', 'Пекарев',
          'Рыбаков', 'Медведкова', 'Воробьёв', 'Голубева', 'Сорокин', 'Зайцева'],
    bf=['Надежда умирает последней; вера и любовь — темы сочинения.', 'Роза в саду, мир во всём мире, слава труду.'],
    bl=['Волк, лиса, медведь и заяц — герои сказки для 1 класса.', 'Мороз и зима: прогноз на неделю, снег и ветер.'],
    sf=['{F} {L} звонила насчёт залога, перезвонить: {phone}', 'Договор на имя {F} {L}, {street}'],
    sl=['{L} из кв. 41 сообщает о протечке, тел. {phone}'],
    phone=('RU', ['8 (9##) ###-##-##', '+7 9## ###-##-##', '8 (495) ###-##-##']),
    ids=[(id_ru, 'TAX_ID', 'ИНН')],
    street=['ул. Рябиновая, д. {n}, кв. 41, Москва, 121471', 'ул. Сиреневая, д. {n}, кв. 8, Казань, 420107'],
    mail=['mail.ru', 'yandex.ru', 'rambler.ru'], dob='%d.%m.%Y', native='проверь, пожалуйста')
L['ja-JP'] = dict(
    first=['さくら', 'ひかり', '希望', '愛', '空', '海', '翼', '葵', '蓮', '楓', '恵', '誠', '勇', '明', '静', '光', '桜'],
    last=['森', '林', '松本', '石川', '池田', '竹内', '桜井', '橋本', '川口', '大野', '森田', '星野', '鶴田', '熊谷'],
    bf=['希望の光が見えた。空も海も青く、桜が満開です。', '愛と誠をテーマにした作文、翼を広げる鳥の絵。'],
    bl=['森と林の違いを説明する理科の授業。', '橋の本数と川の口の数を数える問題。星の野原の写真。'],
    sf=['{L}{F}さんから敷金について電話、折り返し {phone}', '契約書送付先：{L} {F}様、{street}'],
    sl=['{L}さん（302号室）から水漏れの連絡、電話 {phone}'],
    phone=('JP', ['090-####-####', '080-####-####', '03-####-####']),
    ids=[], street=['東京都世田谷区桜丘{n}丁目4-12', '大阪府吹田市藤白台{n}-8-3'],
    mail=['docomo.ne.jp', 'gmail.com', 'yahoo.co.jp'], dob='%Y年%m月%d日', native='確認してください')
L['zh-CN'] = dict(
    first=['春花', '夏天', '高兴', '白雪', '金玉', '方圆', '江山', '海燕', '秋月', '田野', '建国', '欢乐', '玉兰'],
    last=['林', '孙', '王', '高', '马', '白', '金', '石', '方', '江', '夏', '田', '叶', '龙', '雷'],
    bf=['今年夏天很热，大家都很高兴；白雪皑皑的江山图。', '春花秋月何时了——背诵古诗。方圆十里都是田野。'],
    bl=['树林里有很多石头，马在田里吃草。', '金价上涨，白色和方形的包装更受欢迎。'],
    sf=['{L}{F}来电问押金的事，回电：{phone}', '合同寄给{L}{F}，{street}'],
    sl=['3楼{L}先生报修漏水，电话{phone}'],
    phone=('CN', ['138 #### ####', '139########', '186-####-####']),
    ids=[(id_cn, 'NATIONAL_ID', '身份证号')],
    street=['北京市海淀区花园路{n}号院3号楼502', '上海市徐汇区桂林路{n}弄6号301室'],
    mail=['qq.com', '163.com', '126.com'], dob='%Y年%m月%d日', native='帮我看一下')
L['ko-KR'] = dict(
    first=['하늘', '보람', '슬기', '다솜', '한결', '사랑', '별', '노을', '가을', '하나', '기쁨', '나래', '이슬'],
    last=['김', '박', '한', '문', '안', '방', '정', '강', '하', '별'],
    bf=['오늘 하늘이 맑고 가을 노을이 예뻐요. 보람 있는 하루!', '사랑과 기쁨이 가득한 연말 카드 문구.'],
    bl=['문을 닫고 방 안의 불을 끄세요.', '강 건너 한 마을; 안과 밖의 차이.'],
    sf=['{L}{F} 님이 보증금 문의, 회신 번호 {phone}', '계약서 발송: {L}{F}, {street}'],
    sl=['302호 {L} 씨 누수 신고, 연락처 {phone}'],
    phone=('KR', ['010-####-####', '02-###-####']),
    ids=[(id_kr, 'NATIONAL_ID', '주민등록번호')],
    street=['서울특별시 마포구 연남로 {n}, 302호', '부산광역시 해운대구 달맞이길 {n}'],
    mail=['naver.com', 'daum.net', 'gmail.com'], dob='%Y.%m.%d', native='확인 부탁해요')
L['ar-EG'] = dict(
    first=['أمل', 'نور', 'سعيد', 'كريم', 'جميلة', 'وردة', 'فرح', 'هدى', 'منى', 'ياسمين', 'صابر', 'سلامة', 'نسيم'],
    last=['الخياط', 'النجار', 'الحداد', 'الخباز', 'الذيب', 'الجمال', 'البنا', 'الفلاح', 'العطار', 'الصباغ'],
    bf=['نور الشمس قوي اليوم، والأمل كبير في موسم جيد للورد والياسمين.', 'فرح كبير في الحي بعد الفوز؛ هدى للمتقين.'],
    bl=['الخباز يفتح الساعة السادسة والنجار يغلق يوم الجمعة.', 'الذيب في القصة يأكل الغنم؛ العطار يبيع التوابل.'],
    sf=['{F} {L} اتصلت بخصوص التأمين، رقمها {phone}', 'إرسال العقد إلى {F} {L}، {street}'],
    sl=['الأستاذ {L} في شقة 7 أبلغ عن تسريب، تليفون {phone}'],
    phone=('EG', ['010 #### ####', '012 #### ####', '011 #### ####']),
    ids=[], street=['١٢ شارع الياسمين، المعادي، القاهرة', 'شارع النخيل {n}، سموحة، الإسكندرية'],
    mail=['gmail.com', 'yahoo.com', 'hotmail.com'], dob='%d/%m/%Y', native='راجع ده من فضلك')
L['he-IL'] = dict(
    first=['תקווה', 'שמחה', 'אור', 'טל', 'גל', 'ורד', 'שושנה', 'יונה', 'דבורה', 'שחר', 'ים', 'זאב', 'דב', 'ארי'],
    last=['חייט', 'נגר', 'צור', 'אלון', 'ברק', 'שמש', 'כוכבי', 'הררי', 'זהבי', 'יערי'],
    bf=['יש תקווה לגשם; טל בבוקר וגל חום אחר הצהריים.', 'ורד ושושנה בגינה, יונה על הגג, שחר יפה.'],
    bl=['הנגר והחייט סגורים ביום שישי.', 'ברק ורעם בלילה, שמש חזקה ביום; עץ אלון בחצר.'],
    sf=['{F} {L} התקשרה לגבי הפיקדון, לחזור אליה {phone}', 'חוזה לשליחה: {F} {L}, {street}'],
    sl=['{L} מדירה 5 מדווח על נזילה, טל {phone}'],
    phone=('IL', ['05#-###-####', '03-###-####']),
    ids=[(id_il, 'NATIONAL_ID', 'ת"ז')],
    street=['רחוב הרימונים {n}, דירה 5, חיפה', 'שדרות התאנים {n}, באר שבע'],
    mail=['gmail.com', 'walla.co.il', 'bezeqint.net'], dob='%d.%m.%Y', native='תבדוק בבקשה')
L['hi-IN'] = dict(
    first=['आशा', 'पूजा', 'प्रिया', 'ज्योति', 'कमल', 'सूरज', 'किरण', 'अमर', 'विजय', 'दीपक', 'सागर', 'चंदा', 'बरखा'],
    last=['सिंह', 'सोनी', 'माली', 'सुनार', 'दर्जी', 'पाठक', 'वैद्य'],
    bf=['दीपक जलाओ, सूरज ढल गया; कमल का फूल तालाब में।', 'आशा है कि बरखा इस बार अच्छी होगी; विजय दिवस की तैयारी।'],
    bl=['माली ने पौधे लगाए, सुनार की दुकान सोमवार को बंद है।', 'दर्जी से कुर्ता सिलवाना है; सिंह जंगल का राजा है।'],
    sf=['{F} {L} ने सिक्योरिटी डिपॉज़िट के बारे में फ़ोन किया, वापस कॉल करें {phone}', 'अनुबंध भेजें: {F} {L}, {street}'],
    sl=['फ़्लैट 204 के {L} जी ने लीकेज की शिकायत की, फ़ोन {phone}'],
    phone=('IN', ['98### #####', '99### #####', '+91 97### #####']),
    ids=[(id_in, 'NATIONAL_ID', 'आधार'), (id_in_pan, 'TAX_ID', 'PAN')],
    street=['मकान नं. {n}, गुलमोहर कॉलोनी, भोपाल 462039', 'फ़्लैट 204, नीलकमल अपार्टमेंट, सेक्टर {n}, नोएडा 201301'],
    mail=['gmail.com', 'rediffmail.com', 'yahoo.co.in'], dob='%d-%m-%Y', native='कृपया जाँच लें')
L['el-GR'] = dict(
    first=['Ελπίδα', 'Ειρήνη', 'Χαρά', 'Αγάπη', 'Ρόδω', 'Άνθη', 'Αυγή', 'Αστέρω', 'Δάφνη', 'Ίρις'],
    last=['Λύκος', 'Φούρναρης', 'Ράπτης', 'Σιδεράς', 'Ψαράς', 'Καλογεράκης', 'Μελισσάς', 'Αετός', 'Κόρακας'],
    bf=['Ελπίδα για βροχή· η αυγή ήταν κόκκινη, η δάφνη ανθίζει.', 'Χαρά και αγάπη στις γιορτινές κάρτες.'],
    bl=['Ο λύκος και η αλεπού στο παραμύθι· ο αετός πετά ψηλά.', 'Ο φούρναρης ανοίγει στις 6, ο ράπτης είναι κλειστός τη Δευτέρα.'],
    sf=['Η {F} {L} τηλεφώνησε για την εγγύηση, πάρε πίσω στο {phone}', 'Συμβόλαιο προς {F} {L}, {street}'],
    sl=['Ο κ. {L} (διαμ. 3) δηλώνει διαρροή, τηλ. {phone}'],
    phone=('GR', ['69# ### ####', '21# ### ####']),
    ids=[(id_gr, 'HEALTH_INSURANCE', 'ΑΜΚΑ')],
    street=['Οδός Γαρδενίας {n}, 151 24 Μαρούσι', 'Οδός Ροδιάς {n}, 546 36 Θεσσαλονίκη'],
    mail=['gmail.com', 'otenet.gr', 'yahoo.gr'], dob='%d/%m/%Y', native='έλεγξέ το σε παρακαλώ')
L['cs-CZ'] = dict(
    first=['Květa', 'Radka', 'Vlasta', 'Jaroslava', 'Milada', 'Zlata', 'Věra', 'Naděžda', 'Bohumil', 'Bořivoj'],
    last=['Vlk', 'Liška', 'Pekař', 'Kovář', 'Zajíc', 'Vrána', 'Sýkora', 'Holub', 'Beran', 'Mráz', 'Zima', 'Král',
          'Černý', 'Bílý', 'Malý', 'Veselý', 'Kočka', 'Skála'],
    bf=['Zlatá Praha, naděje na sníh; věra v lepší zítřky.'],
    bl=['Vlk a liška v lese, zajíc na poli, vrána na střeše.', 'Mráz a zima; pekař otevírá v šest, kovář je zavřený.'],
    sf=['{F} {L} volala kvůli kauci, zavolej zpět na {phone}', 'Smlouva pro {F} {L}, {street}'],
    sl=['Pan {L} z 3. patra hlásí únik vody, tel. {phone}'],
    phone=('CZ', ['6## ### ###', '7## ### ###', '+420 7## ### ###']),
    ids=[(id_cz, 'NATIONAL_ID', 'rodné číslo')],
    street=['Jasmínová {n}, 106 00 Praha 10', 'Šeříková {n}, 616 00 Brno'],
    mail=['seznam.cz', 'email.cz', 'centrum.cz'], dob='%d. %m. %Y', native='zkontroluj to prosím')
L['hu-HU'] = dict(
    first=['Rózsa', 'Virág', 'Ibolya', 'Jácint', 'Liliom', 'Gyöngyi', 'Csilla', 'Tünde', 'Szeréna', 'Vilma'],
    last=['Farkas', 'Róka', 'Molnár', 'Szabó', 'Kovács', 'Pék', 'Varga', 'Fekete', 'Fehér', 'Kiss', 'Nagy',
          'Sas', 'Bárány', 'Hegedűs', 'Takács', 'Halász', 'Juhász'],
    bf=['Rózsa, ibolya és liliom a csokorban; virág minden asztalra.'],
    bl=['A farkas és a róka meséje; a bárány a réten.', 'A pék hatkor nyit, a molnár hétfőn zárva; fekete és fehér kenyér.'],
    sf=['{F} {L} telefonált a kaució miatt, visszahívás: {phone}', 'Szerződés: {L} {F}, {street}'],
    sl=['{L} úr (3. em.) csőtörést jelez, tel. {phone}'],
    phone=('HU', ['06 30 ### ####', '06 20 ### ####', '+36 70 ### ####']),
    ids=[], street=['Orgona utca {n}. 3/12, 1118 Budapest', 'Akácfa utca {n}., 6722 Szeged'],
    mail=['freemail.hu', 'citromail.hu', 'gmail.com'], dob='%Y. %m. %d.', native='kérlek nézd át')
L['vi-VN'] = dict(
    first=['Hoa', 'Lan', 'Mai', 'Hương', 'Ngọc', 'Xuân', 'Hạ', 'Thu', 'Đông', 'An', 'Phúc', 'Sương', 'Mây'],
    last=['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đào', 'Mai', 'Lý', 'Hồ', 'Sơn'],
    bf=['Mùa xuân hoa mai nở; mùa thu lá vàng, mùa đông sương mù.', 'Mai đi chợ mua hoa lan và hoa đào nhé (mai = ngày mai).'],
    bl=['Quả lê, hoa đào và hồ sen: bài tập tiếng Việt lớp 2.', 'Núi, sông, hồ: sơn thủy hữu tình.'],
    sf=['Chị {L} Thị {F} gọi hỏi tiền cọc, gọi lại số {phone}', 'Gửi hợp đồng cho {L} Văn {F}, {street}'],
    sl=['Anh {L} phòng 302 báo rò nước, sđt {phone}'],
    phone=('VN', ['09## ### ###', '03## ### ###', '+84 9# ### ####']),
    ids=[], street=['Số {n} ngõ 45 phố Hoa Lư, Hai Bà Trưng, Hà Nội', 'Số {n} đường Hoa Cúc, phường 7, Phú Nhuận, TP.HCM'],
    mail=['gmail.com', 'yahoo.com.vn'], dob='%d/%m/%Y', native='kiểm tra giúp mình')
L['id-ID'] = dict(
    first=['Bunga', 'Intan', 'Mawar', 'Melati', 'Cahaya', 'Bintang', 'Embun', 'Indah', 'Ayu', 'Bayu', 'Surya',
           'Wulan', 'Pelangi'],
    last=['Lestari', 'Pratama', 'Kusuma', 'Sari', 'Wijaya', 'Santoso', 'Purnama', 'Permata', 'Cahyani'],
    bf=['Bunga mawar dan melati untuk dekorasi; bintang dan pelangi di langit.', 'Embun pagi, cahaya matahari, bulan purnama.'],
    bl=['Kusuma bangsa adalah sebutan untuk pahlawan; permata hijau dipajang di etalase.'],
    sf=['{F} {L} menelepon soal uang jaminan, telepon balik {phone}', 'Kirim kontrak ke {F} {L}, {street}'],
    sl=['Bapak {L} kamar 12 melaporkan bocor, HP {phone}'],
    phone=('ID', ['0812-####-####', '0813-####-###', '0857-####-####']),
    ids=[], street=['Jl. Melati No. {n}, Menteng, Jakarta Pusat 10310', 'Jl. Kenanga Raya No. {n}, Sleman, Yogyakarta 55281'],
    mail=['gmail.com', 'yahoo.co.id'], dob='%d-%m-%Y', native='tolong dicek ya')
L['tl-PH'] = dict(
    first=['Ligaya', 'Tala', 'Mahal', 'Dalisay', 'Bituin', 'Liwayway', 'Marikit', 'Sampaguita', 'Luningning', 'Hiraya'],
    last=['Santos', 'Reyes', 'Cruz', 'Bautista', 'Dela Cruz', 'Mendoza', 'Villanueva', 'Del Rosario', 'Torres'],
    bf=['Mahal ang bigas ngayon; ang bituin at tala ay makikita sa langit.', 'Ligaya at pag-asa ang tema ng Pasko; sampaguita sa altar.'],
    bl=['Ang rosaryo (rosario) ay dinadasal tuwing Mayo; torre (torres) ng simbahan.'],
    sf=['Tumawag si {F} {L} tungkol sa deposit, tawagan siya sa {phone}', 'Ipadala ang kontrata kay {F} {L}, {street}'],
    sl=['Si Mang {L} sa unit 5 ay nag-report ng tagas, cp {phone}'],
    phone=('PH', ['0917 ### ####', '0918 ### ####', '+63 927 ### ####']),
    ids=[], street=['{n} Kalye Ilang-Ilang, Brgy. Malanday, Marikina City 1805', 'Blk {n} Lot 7, Sampaguita St., Bacoor, Cavite'],
    mail=['gmail.com', 'yahoo.com'], dob='%m/%d/%Y', native='pakicheck po')
L['sw-KE'] = dict(
    first=['Baraka', 'Neema', 'Imani', 'Upendo', 'Amani', 'Furaha', 'Zawadi', 'Tumaini', 'Rehema', 'Jabari', 'Simba',
           'Subira', 'Nuru'],
    last=['Otieno', 'Wanjiru', 'Mwangi', 'Achieng', 'Kamau', 'Njeri', 'Chebet', 'Wafula'],
    bf=['Baraka na amani kwa wote; furaha na upendo siku ya sikukuu.', 'Simba ni mfalme wa msitu; zawadi kwa watoto.'],
    bl=['Subira huvuta heri: methali ya leo kwa darasa la nne.'],
    sf=['{F} {L} alipiga simu kuhusu amana, mpigie {phone}', 'Tuma mkataba kwa {F} {L}, {street}'],
    sl=['Bw. {L} wa nyumba 9 ameripoti bomba linavuja, simu {phone}'],
    phone=('KE', ['07## ######', '+254 7## ######', '01## ######']),
    ids=[], street=['Nyumba {n}, Mtaa wa Mvule, Kilimani, Nairobi', 'Plot {n}, Barabara ya Jacaranda, Kisumu'],
    mail=['gmail.com', 'yahoo.com'], dob='%d/%m/%Y', native='tafadhali angalia')

EXTRA_STREETS = {
    'en-US': ['{n} Thimbleberry Ct, Eugene, OR 97405', '{n} Quailrun Bend, Fort Collins, CO 80526',
              '{n} Buttonbush Trl, Ocala, FL 34482', '{n} Kettlewell Dr, Dayton, OH 45424',
              '{n} Partridgeberry Way, Bangor, ME 04401', '{n} Mulehollow Rd, Lubbock, TX 79424'],
    'en-GB': ['{n} Cowslip Garth, Malton YO17 7HB', '{n} Tinkers Bottom, Ludlow SY8 1QF',
              '{n} Skylark Rise, Thetford IP24 2XW', '{n} Pudding Bag Lane, Frome BA11 3EN'],
    'de-DE': ['Zaunkönigstieg {n}, 24113 Kiel', 'Hagebuttenring {n}, 37085 Göttingen', 'Am Krähenhorst {n}, 33615 Bielefeld',
              'Rotkehlchenpfad {n}, 26131 Oldenburg', 'Schlehdornweg {n}, 97082 Würzburg'],
    'fr-FR': ['{n} chemin des Coquelicots, 84000 Avignon', '{n} rue du Pic-Vert, 67200 Strasbourg',
              '{n} sente des Bouvreuils, 76000 Rouen', '{n} allée des Mirabelliers, 54000 Nancy'],
    'es-ES': ['Calle del Abejaruco {n}, 47010 Valladolid', 'Calle Madroño {n}, 29010 Málaga'],
    'es-MX': ['Calle [Tabachín] {n}, Col. Jardines, 78270 San Luis Potosí, SLP', 'Privada [Huizache] {n}, 76180 Querétaro, Qro.',
              'Andador [Cempasúchil] {n}, 91190 Xalapa, Ver.', 'Calle [Guayacán] {n}, 97130 Mérida, Yuc.',
              'Calle [Chicozapote] {n}, 86035 Villahermosa, Tab.', 'Cerrada [Nanche] {n}, 29050 Tuxtla Gutiérrez, Chis.'],
    'it-IT': ['Via del Pettirosso {n}, 40127 Bologna', 'Via dei Corbezzoli {n}, 07100 Sassari', 'Via Biancospino {n}, 37138 Verona'],
    'pt-BR': ['Rua [Sabiá-Laranjeira], {n}, Boa Vista, Recife - PE, 50050-120', 'Rua dos [Ipês-Amarelos], {n}, Curitiba - PR, 80240-000',
              'Travessa [Bem-te-vi], {n}, Belém - PA, 66055-000'],
    'nl-NL': ['Kievitsbloemhof {n}, 6531 RT Nijmegen', 'Grutto-erf {n}, 8014 ZJ Zwolle'],
    'pl-PL': ['ul. Szczygla {n}/2, 80-180 Gdańsk', 'ul. Kaczeńcowa {n}, 20-819 Lublin'],
    'sv-SE': ['Blåbärsstigen {n}, 903 39 Umeå', 'Kråkvägen {n}, 587 33 Linköping', 'Nyponbacken {n}, 224 72 Lund'],
    'fi-FI': ['Mustikkapolku {n} A 3, 90570 Oulu', 'Karpalokuja {n}, 40520 Jyväskylä'],
    'tr-TR': ['[Sarmaşık] Sokak No: {n} D: 4, Bornova, 35040 İzmir', '[Akasya] Çıkmazı No: {n}, Nilüfer, 16110 Bursa',
              '[Begonvil] Sokak No: {n}, Muratpaşa, 07100 Antalya'],
    'ru-RU': ['ул. [Черёмуховая], д. {n}, кв. 12, Новосибирск, 630090', 'пер. [Брусничный], д. {n}, Екатеринбург, 620137',
              'ул. [Клюквенная], д. {n}, кв. 3, Пермь, 614068'],
    'ja-JP': ['札幌市豊平区[月寒東]{n}条4丁目', '仙台市青葉区[柏木]{n}丁目2-7', '福岡市早良区[西新]{n}丁目9-21'],
    'zh-CN': ['成都市武侯区[玉林北]路{n}号2栋1单元', '杭州市西湖区[翠苑]四区{n}幢', '武汉市洪山区[珞喻]路{n}号附5号'],
    'ko-KR': ['대전광역시 유성구 [궁동로] {n}, 1203호', '광주광역시 북구 [첨단과기로] {n}', '수원시 팔달구 [효원로] {n}, 504호'],
    'ar-EG': ['شارع [البرقوق] {n}، مصر الجديدة، القاهرة', 'شارع [الجميز] {n}، الدقي، الجيزة', 'عمارة {n} شارع [التوت]، المنصورة',
              'شارع [الكافور] {n}، الزقازيق', 'شارع [الصفصاف] {n}، طنطا', 'شارع [الجوافة] {n}، أسيوط',
              'شارع [الخروب] {n}، دمنهور', 'شارع [الزعرور] {n}، المنيا', 'شارع [النبق] {n}، الفيوم', 'شارع [الدوم] {n}، أسوان',
              'شارع [السنط] {n}، قنا', 'حارة [الجميزة] {n}، بنها'],
    'he-IL': ['רחוב [הדרור] {n}, דירה 3, רחובות', 'רחוב [הכלנית] {n}, כפר סבא', 'סמטת [השקד] {n}, נתניה'],
    'hi-IN': ['मकान नं. {n}, [अमलतास] मार्ग, जयपुर 302017', 'प्लॉट {n}, [कचनार] नगर, नागपुर 440022', '{n}/7, [पलाश] विहार, देहरादून 248001',
              'मकान नं. {n}, [सेमल] गली, इंदौर 452001', 'प्लॉट {n}, [कदंब] कुंज, वाराणसी 221005', 'फ़्लैट 12, [हरसिंगार] अपार्टमेंट, लखनऊ 2260{n}'],
    'el-GR': ['Οδός [Μυρτιάς] {n}, 262 22 Πάτρα', 'Οδός [Κουμαριάς] {n}, 713 05 Ηράκλειο', 'Οδός [Λεμονιάς] {n}, 452 21 Ιωάννινα',
              'Οδός [Κυδωνιάς] {n}, 412 22 Λάρισα', 'Οδός [Ροδακινιάς] {n}, 591 00 Βέροια', 'Οδός [Αγριοκερασιάς] {n}, 671 00 Ξάνθη'],
    'cs-CZ': ['Konvalinková {n}, 779 00 Olomouc', 'Pampelišková {n}, 370 01 České Budějovice'],
    'hu-HU': ['Pipacs utca {n}., 7624 Pécs', 'Gesztenyés köz {n}., 9024 Győr'],
    'vi-VN': ['Số {n} đường [Hoàng Hoa Thám], phường Thụy Khuê, Tây Hồ, Hà Nội', 'Số {n} kiệt 42 [Trưng Nữ Vương], Hải Châu, Đà Nẵng',
              'Số {n} hẻm 15 đường [Bàu Cát], Tân Bình, TP.HCM'],
    'id-ID': ['Jl. [Cempaka Putih] No. {n}, Bandung 40262', 'Gang [Kenari] No. {n}, Denpasar 80235', 'Jl. [Flamboyan] No. {n}, Medan 20122',
              'Jl. [Sawo Kecik] No. {n}, Semarang 50241', 'Gang [Kemuning] No. {n}, Malang 65145', 'Jl. [Srikaya] No. {n}, Makassar 90222'],
    'tl-PH': ['{n} Kalye [Kamagong], Brgy. Pinyahan, Quezon City 1100', '{n} Daang [Narra], Brgy. Lahug, Cebu City 6000'],
    'sw-KE': ['Nyumba {n}, Barabara ya Mkungu, Mombasa', 'Nyumba {n}, Mtaa wa Mninga, Nakuru', 'Plot {n}, Njia ya Mwarubaini, Eldoret']}
EXTRA_FIRST = {
    'hi-IN': ['सुमन', 'पवन', 'आकाश', 'नीलम', 'मोती', 'हीरा', 'शांति', 'प्रेम', 'बसंत', 'चमेली'],
    'sv-SE': ['Lärka', 'Lilja', 'Malva', 'Juni', 'Dagg', 'Vår', 'Idun', 'Tuva', 'Hägg'],
    'vi-VN': ['Trăng', 'Nắng', 'Mưa', 'Sen', 'Cúc', 'Trúc', 'Vân', 'Yến', 'Tuyết', 'Bình'],
    'cs-CZ': ['Růžena', 'Blažena', 'Libuše', 'Milena', 'Dobroslav', 'Sláva', 'Ladislava'],
    'pl-PL': ['Bogna', 'Radost', 'Dobrosława', 'Czesława', 'Wiesław'],
    'es-MX': ['Azul', 'Brisa', 'Itzel', 'Xóchitl', 'Aurora', 'Rubí'], 'en-GB': ['Primrose', 'Bramble', 'Meadowsweet', 'Linnet', 'Tansy']}
EXTRA_LAST = {
    'ko-KR': ['제갈', '황보', '사공', '감', '견', '경', '모', '도', '위', '봉', '옥', '국', '남', '길', '금', '연', '설', '탁', '편', '빈', '석', '반'],
    'hi-IN': ['हलवाई', 'कुम्हार', 'लोहार', 'जौहरी', 'पहलवान', 'दीवान', 'बढ़ई', 'सोनकर', 'अग्निहोत्री', 'बुंदेला', 'खंडेलवाल', 'सुनेजा', 'कुलश्रेष्ठ', 'भटनागर', 'निगम', 'सक्सेना', 'कपूर', 'मिश्रा', 'भट्ट', 'जोशी', 'कुमार', 'गोयल', 'मेहता', 'चौधरी', 'पांडे', 'राजपूत'],
    'sw-KE': ['Kiboko', 'Ndovu', 'Mwamba', 'Chui', 'Nyati', 'Tembo', 'Fundi', 'Mvua', 'Jua', 'Chepkoech', 'Wanyonyi', 'Kipchumba', 'Nafula', 'Auma', 'Gathoni', 'Kemunto', 'Nyaboke', 'Moraa', 'Odhiambo', 'Mutua', 'Kiprono', 'Nyambura', 'Wekesa', 'Akinyi', 'Kibet', 'Jeptoo', 'Muthoni', 'Barasa'],
    'vi-VN': ['Triệu', 'Kiều', 'Quách', 'Tạ', 'Lưu', 'Mạc', 'Thái', 'Trịnh', 'Đoàn', 'Giang', 'Phùng', 'Hứa', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Vũ', 'Phan', 'Huỳnh', 'Cao', 'Lâm', 'Hà', 'Bạch', 'Thạch'],
    'tl-PH': ['Magbanua', 'Dimaculangan', 'Macaraeg', 'Pangilinan', 'Lualhati', 'Liwanag', 'Manalo', 'Maglaya'],
    'id-ID': ['Hartono', 'Gunawan', 'Setiawan', 'Nugroho', 'Hidayat', 'Wibowo', 'Kurniawan', 'Rahayu', 'Utami'],
    'es-MX': ['Zamora', 'Becerra', 'Cisneros', 'Villalobos', 'Olmos', 'Peral'], 'ar-EG': ['الحلواني', 'السمان', 'الزيات', 'القصاص']}
for _k, _v in L.items():
    _v['street'] = _v['street'] + EXTRA_STREETS.get(_k, [])
    _v['first'] = _v['first'] + EXTRA_FIRST.get(_k, [])
    _v['last'] = _v['last'] + EXTRA_LAST.get(_k, [])

for _k, _v in L.items():
    _v['first'] = clean(_v['first'], _k + '/first')
    _v['last'] = clean(_v['last'], _k + '/last')
    _v['street'] = clean_streets(_v['street'], _k + '/street')
LOCALES = list(L)
POOL_SIZES = {k: (len(v['first']), len(v['last']), len(v['street'])) for k, v in L.items()}

# names that are also places / brands / saints / months (place_brand_name)
PB = clean(['Mercedes', 'Florence', 'Sydney', 'Chelsea', 'Madison', 'Austin', 'Georgia', 'Jordan', 'Lourdes',
            'Fátima', 'Carmen', 'Montserrat', 'Guadalupe', 'Savannah', 'Dakota', 'Brooklyn', 'Victoria', 'Adelaide',
            'Alexandria', 'Valencia', 'Siena', 'Verona', 'Lorraine', 'Sierra', 'Paris', 'Dallas', 'Tiffany', 'Porsche',
            'Chanel', 'Lexus', 'Sahara', 'Nevada', 'India', 'China', 'Kenya',
            'Armani', 'Camden', 'Asia', 'Santiago', 'Trinidad', 'Galilea'], 'place_brand')
PB_BENIGN = {
    'Mercedes': ['the Mercedes needs new brake pads, quote was €640', 'Mercedes dealership opens at 8:30 on Saturdays'],
    'Florence': ['Florence in May: Uffizi tickets must be booked two weeks ahead', 'train to Florence leaves at 10:12 from platform 9'],
    'Sydney': ['Sydney Harbour Bridge climb, 3.5 hours, not for under-10s', 'flights to Sydney via Singapore are cheaper in June'],
    'Chelsea': ['Chelsea lost 2-1 at home; kickoff next week is 17:30', 'Chelsea boots are back in stock in tan and black'],
    'Madison': ['Madison Avenue flagship store closes early on Sunday', 'Madison is the capital of Wisconsin'],
    'Austin': ['Austin is hosting the conference this year; hotels fill up fast', 'Austin Healey parts catalogue, 1962 edition'],
    'Georgia': ['Georgia peaches are in season; Georgia (the country) uses the lari', 'Georgia font renders well on screens'],
    'Jordan': ['Jordan 1 Retro High, size 43, colour Chicago', 'Petra in Jordan: the Jordan Pass includes the visa fee'],
    'Lourdes': ['pilgrimage to Lourdes, coach departs Tuesday 6am'],
    'Fátima': ['excursão a Fátima no domingo, saída às 7h da praça'],
    'Carmen': ['Carmen at the opera house, act II starts at 20:15', 'Virgen del Carmen procession on 16 July'],
    'Montserrat': ['Montserrat rack railway from Monistrol, every 20 min'],
    'Guadalupe': ['Basílica de Guadalupe: la misa es a las 12', 'Guadalupe (Caribbean) uses the euro'],
    'Savannah': ['Savannah grassland biome: rainfall and fire cycles', 'Savannah, GA squares walking tour at 10am'],
    'Dakota': ['Dakota Access pipeline case summary for the seminar', 'Dakota was a DC-3 variant used in WWII'],
    'Brooklyn': ['Brooklyn Bridge walk, then pizza on Front Street', 'Brooklyn Lager, case of 24'],
    'Victoria': ['Victoria station: platform 8 for Brighton', 'Lake Victoria fisheries report 2025'],
    'Adelaide': ['Adelaide Fringe tickets go on sale in November'],
    'Alexandria': ['the Library of Alexandria was not destroyed in a single fire'],
    'Valencia': ['Valencia oranges, 10 kg crate, €14', 'Valencia CF play at Mestalla on Sunday'],
    'Siena': ['Siena Palio is run twice a year, 2 July and 16 August'],
    'Verona': ['Verona Arena opera season starts in June'],
    'Lorraine': ['quiche lorraine: 3 eggs, 200 ml cream, lardons'],
    'Sierra': ['Sierra Nevada ski pass prices 2026/27'],
    'Paris': ['Paris–Brussels train every hour, 1h22', 'plaster of Paris, 5 kg bag'],
    'Dallas': ['Dallas Cowboys kickoff at 16:25 local time'],
    'Tiffany': ['Tiffany lamp restoration: glass panels cost extra', 'Tiffany blue packaging sample'],
    'Porsche': ['Porsche 911 service interval is 2 years / 20,000 km'],
    'Chanel': ['Chanel No. 5 gift set, 50 ml'], 'Ferrari': ['Ferrari won the constructors title in 2008'],
    'Lexus': ['Lexus hybrid battery warranty is 10 years'], 'Prada': ['Prada autumn collection lookbook'],
    'Cartier': ['Cartier Tank watch strap replacement'], 'Sahara': ['Sahara dust over the Canaries this weekend'],
    'Nevada': ['Nevada has no state income tax'], 'India': ['India pale ale, 6-pack'],
    'China': ['fine bone china tea set, 12 pieces'], 'Kenya': ['Kenya AA coffee beans, 1 kg'],
    'Armani': ['Armani Exchange outlet sale'], 'Camden': ['Camden Market opens at 10'],
    'Asia': ['Asia-Pacific sales grew 12%'], 'Africa': ['Africa Cup of Nations fixtures'],
    'Marlboro': ['Marlboro tax stamp change in 2026'], 'Santiago': ['Camino de Santiago, stage 12: 22 km'],
    'Trinidad': ['Trinidad scorpion pepper, handle with gloves'], 'Monaco': ['Monaco Grand Prix grid penalties'],
    'Galilea': ['Sea of Galilee boat tour, 45 min']}
PB_LOC = {'Mercedes': 'es-ES', 'Lourdes': 'es-ES', 'Fátima': 'pt-BR', 'Carmen': 'es-ES', 'Montserrat': 'es-ES',
          'Guadalupe': 'es-MX', 'Valencia': 'es-ES', 'Siena': 'it-IT', 'Verona': 'it-IT', 'Lorraine': 'fr-FR',
          'Santiago': 'es-MX', 'Trinidad': 'es-MX', 'Galilea': 'es-MX'}

STREET_NO = lambda rng: str(rng.randint(2, 188))


# --------------------------------------------------------------------------------------------- person factory
class Person:
    def __init__(self, rng, loc, first=None, last=None):
        d = L[loc]
        self.loc, self.d = loc, d
        self.first = first or rng.choice(d['first'])
        self.last = last or rng.choice(d['last'])
        self.dob = rdate(rng)
        self.rng = rng
        self._phone = self._street = self._email = self._id = None

    def full(self):
        if self.loc in ('ja-JP', 'zh-CN', 'ko-KR'):
            return self.last + self.first
        return f'{self.first} {self.last}'

    def phone(self, fmt=None):
        if self._phone is None:
            region, pats = self.d['phone']
            self._phone = make_phone(self.rng, region, pats, fmt or self.rng.choice(['nat', 'nat', 'intl']))
        return self._phone

    def street(self):
        if self._street is None:
            self._street = self.rng.choice(self.d['street']).replace('{n}', STREET_NO(self.rng))
        return self._street

    def email(self):
        if self._email is None:
            flat = unicodedata.normalize('NFKD', (self.first + '.' + self.last).replace(' ', '')).lower()
            base = ''.join(c for c in flat if c.isascii() and (c.isalnum() or c == '.'))
            if len(base.strip('.')) < 4:
                base = self.rng.choice(['hana', 'mira', 'tomo', 'rika', 'dani', 'noor']) + '.' + base.strip('.')
            base = base.strip('.').replace('..', '.')
            self._email = f'{base}{self.rng.randint(1, 99)}@{self.rng.choice(self.d["mail"])}'
        return self._email

    def ident(self):
        if self._id is None and self.d['ids']:
            f, ent, label = self.rng.choice(self.d['ids'])
            self._id = (f(self.rng, self.dob), ent, label)
        return self._id


# --------------------------------------------------------------------------------------------- placement
INSTR = ['summarise this in two lines', 'translate this to English', 'extract name, phone and address as JSON',
         'fix the grammar, keep the meaning', 'draft a polite reply', 'what does this note ask me to do?',
         'turn this into a to-do item', 'classify: urgent / not urgent', 'rewrite it more formally',
         'which of the words here are names and which are ordinary words?']
SYSTEMS = ['You are a helpful assistant.', 'You help a small letting agency with its admin.',
           'You are an office assistant for a bakery chain.', 'You help a school office with messages.',
           'You assist a volunteer-run sports club.', 'You are a translation assistant.']
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto']


def tool_schema(name, desc, props):
    return {'type': 'function', 'function': {'name': name, 'description': desc, 'parameters': {
        'type': 'object', 'properties': {p: {'type': 'string'} for p in props}, 'required': props[:1]}}}


def place(rng, text, instr, slot, idx):
    model = rng.choice(MODELS)
    sysm = {'role': 'system', 'content': rng.choice(SYSTEMS)}
    if slot == 'completions':
        return 'completions', {'model': model, 'prompt': f'{instr}\n\n{text}\n\nAnswer:', 'max_tokens': 256,
                               'temperature': 0.2}
    if slot == 'user':
        msgs = [sysm, {'role': 'user', 'content': f'{instr}\n\n{text}'}]
        body = {'model': model, 'messages': msgs}
        if rng.random() < .3:
            body['stop'] = ['\n\n###']
        return 'chat', body
    if slot == 'system':
        return 'chat', {'model': model, 'messages': [
            {'role': 'system', 'content': f'{sysm["content"]}\nCurrent note from the front desk:\n{text}'},
            {'role': 'user', 'content': instr}]}
    if slot == 'assistant':
        return 'chat', {'model': model, 'messages': [sysm, {'role': 'user', 'content': 'reading it back to you'},
                        {'role': 'assistant', 'content': f'Here is what you sent:\n{text}'},
                        {'role': 'user', 'content': instr}]}
    if slot == 'tool_result':
        cid = f'call_{idx:04d}{rng.randint(100, 999)}'
        return 'chat', {'model': model, 'tools': [tool_schema('get_note', 'Fetch a note from the inbox', ['note_id'])],
                        'messages': [sysm, {'role': 'user', 'content': instr + ' (note 17)'},
                                     {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function',
                                      'function': {'name': 'get_note', 'arguments': '{"note_id": "17"}'}}]},
                                     {'role': 'tool', 'tool_call_id': cid, 'content': json.dumps(
                                         {'note_id': '17', 'text': text}, ensure_ascii=False)}]}
    if slot == 'tool_args':
        cid = f'call_{idx:04d}{rng.randint(100, 999)}'
        return 'chat', {'model': model, 'tools': [tool_schema('save_note', 'Save a note to the CRM', ['text', 'tag'])],
                        'messages': [sysm, {'role': 'user', 'content': 'save this and confirm'},
                                     {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function',
                                      'function': {'name': 'save_note', 'arguments': json.dumps(
                                          {'text': text, 'tag': 'inbox'}, ensure_ascii=False)}}]},
                                     {'role': 'tool', 'tool_call_id': cid, 'content': '{"ok": true}'},
                                     {'role': 'user', 'content': instr}]}
    if slot == 'parts':
        return 'chat', {'model': model, 'messages': [sysm, {'role': 'user', 'content': [
            {'type': 'text', 'text': instr}, {'type': 'text', 'text': text}]}]}
    if slot == 'file':
        b64 = base64.b64encode(text.encode('utf-8')).decode('ascii')
        return 'chat', {'model': model, 'messages': [{'role': 'user', 'content': [
            {'type': 'text', 'text': instr + ' (attached)'},
            {'type': 'file', 'file': {'filename': f'note_{idx}.txt', 'file_data': f'data:text/plain;base64,{b64}'}}]}]}
    if slot == 'response_format':
        return 'chat', {'model': model, 'messages': [sysm, {'role': 'user', 'content': instr}],
                        'response_format': {'type': 'json_schema', 'json_schema': {'name': 'note', 'schema': {
                            'type': 'object', 'description': f'Source note: {text}',
                            'properties': {'summary': {'type': 'string'}}, 'required': ['summary']}}}}
    if slot == 'metadata':
        return 'chat', {'model': model, 'store': True, 'metadata': {'source': 'frontdesk', 'note': text[:500]},
                        'messages': [{'role': 'user', 'content': 'Summarise the week for the team, one paragraph.'}]}
    raise ValueError(slot)


SLOTS = ['user', 'user', 'system', 'assistant', 'tool_result', 'tool_args', 'parts', 'file', 'response_format',
         'metadata', 'completions']


def leaves(x, out):
    if isinstance(x, dict):
        for v in x.values():
            leaves(v, out)
    elif isinstance(x, list):
        for v in x:
            leaves(v, out)
    elif isinstance(x, str):
        out.append(x)
        out.append(urllib.parse.unquote(x))
        if x[:1] in '{[':
            try:
                leaves(json.loads(x), out)
            except ValueError:
                pass
        m = re.match(r'data:[^;]+;base64,(.*)$', x, re.S)
        if m:
            out.append(base64.b64decode(m.group(1)).decode('utf-8'))
    return out


def entities_of(body, issued):
    hay = '\n'.join(leaves(body, []))
    return sorted({ent for val, ent in issued if val in hay})


# --------------------------------------------------------------------------------------------- PII kinds
def amount_like(rng):
    return rng.choice([f'{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)},{rng.randint(10, 99)} €',
                       f'{rng.randint(10000000, 99999999):,} VND', f'₹{rng.randint(1, 99)},{rng.randint(10, 99)},{rng.randint(100, 999)}',
                       f'${rng.randint(1000, 9999)}.{rng.randint(10, 99)}', f'{rng.randint(100000, 999999)} JPY'])


def number_shape(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def k_word_firstname(rng, loc, sens, i):
    d = L[loc]
    if sens:
        p = Person(rng, loc)
        t = rng.choice(d['sf'])
        if rng.random() < .2:
            t = rng.choice(['my sister {F} is coming Friday, she is vegetarian — suggest a menu',
                            '{F} (our neighbour) will water the plants while we are away; write her a thank-you card',
                            'our new intern is {F} {L}, write a two-line welcome for the team chat',
                            'grandma {F} turns ninety next month, ideas for the party?'])
        issued = []
        text = t.format(F=p.first, L=p.last, phone=p.phone() if '{phone}' in t else '', street=p.street() if '{street}' in t else '',
                        email=p.email() if '{email}' in t else '')
        if '{L}' in t:
            issued.append((p.full() if loc not in ('ja-JP', 'zh-CN', 'ko-KR', 'vi-VN') else p.first, 'person'))
            issued.append((p.first, 'person'))
        else:
            issued.append((p.first, 'person'))
        for key, ent in (('{phone}', 'phone'), ('{street}', 'STREET_ADDRESS'), ('{email}', 'email')):
            if key in t:
                issued.append(({'phone': p._phone, 'STREET_ADDRESS': p._street, 'email': p._email}[ent], ent))
        if rng.random() < .35:
            bfn = rng.choice(d['bf'])
            text = bfn + '\n' + text if rng.random() < .5 else text + '\n' + bfn
        return text, issued, 'native'
    text = rng.choice(d['bf'])
    if rng.random() < .4:
        other = [x for x in d['bf'] if x != text]
        if other:
            text += '\n' + rng.choice(other)
    if rng.random() < .3:
        text += '\nQuestions: frontdesk@example.com'
    return text, [], 'word_reading'


def k_word_surname(rng, loc, sens, i):
    d = L[loc]
    if sens:
        p = Person(rng, loc)
        t = rng.choice(d['sl'])
        text = t.format(F=p.first, L=p.last, phone=p.phone() if '{phone}' in t else '',
                        street=p.street() if '{street}' in t else '', email=p.email() if '{email}' in t else '')
        issued = [(p.last, 'person')]
        if '{F}' in t:
            issued.append((p.first, 'person'))
        for key, ent, val in (('{phone}', 'phone', p._phone), ('{street}', 'STREET_ADDRESS', p._street),
                              ('{email}', 'email', p._email)):
            if key in t:
                issued.append((val, ent))
        if rng.random() < .25:
            ib = make_iban(rng)
            text += f'\nrefund the deposit to {p.full()}, IBAN {ib}'
            issued += [(ib, 'iban'), (p.full(), 'person')]
        if rng.random() < .35:
            text = rng.choice(d['bl']) + '\n' + text
        return text, issued, 'native'
    text = rng.choice(d['bl'])
    if rng.random() < .35:
        text += '\n' + rng.choice(d['bf'])
    return text, [], 'word_reading'


def k_place_brand(rng, loc, sens, i):
    w = rng.choice(PB)
    loc2 = PB_LOC.get(w, rng.choice(['en-US', 'en-GB']))
    if sens:
        p = Person(rng, loc2, first=w)
        t = rng.choice(['{F} is picking up the car on Friday — {F} {L}, {phone}',
                        'ask {F} about the flat, she moved to {street}',
                        'new client: {F} {L}, born {dob}, {email}',
                        '{F} {L} cancelled, her number {phone}; rebook for next week',
                        'Invoice to: {F} {L}\n{street}',
                        'Met {F} at the market, lovely — her email {email}'])
        dob = p.dob.strftime(p.d['dob'])
        text = t.format(F=w, L=p.last, phone=p.phone() if '{phone}' in t else '', street=p.street() if '{street}' in t else '',
                        email=p.email() if '{email}' in t else '', dob=dob)
        issued = [(w, 'person')]
        if '{L}' in t:
            issued.append((f'{w} {p.last}', 'person'))
        for key, ent, val in (('{phone}', 'phone', p._phone), ('{street}', 'STREET_ADDRESS', p._street),
                              ('{email}', 'email', p._email), ('{dob}', 'DATE_OF_BIRTH', dob)):
            if key in t:
                issued.append((val, ent))
        if rng.random() < .4:
            text = rng.choice(PB_BENIGN[rng.choice(PB)]) + '. ' + text
        return text, issued, loc2
    ws = rng.sample(PB, 2)
    parts = [rng.choice(PB_BENIGN[x]) for x in ws]
    text = '; '.join(parts) + '.'
    if rng.random() < .3:
        text += ' Booking desk: bookings@example.org'
    return text, [], 'en'


BILL = clean(['Bill', 'Will', 'Mark', 'Penny', 'Sterling', 'Cash', 'Chip', 'Rich', 'Bob', 'Pat'], 'bill_names')


def k_number_phone(rng, loc, sens, i):
    d = L[loc]
    if sens:
        p = Person(rng, loc)
        ph = p.phone(rng.choice(['bare', 'bare', 'nat', 'e164']))
        nm = p.full()
        t = rng.choice([
            'expenses — {amt1} taxi, {amt2} parking\n{F}: {ph}',
            'item | qty | price\nvase | 2 | {amt1}\nrope | {ph} | ?? <- that is {F}\'s number, not a qty, move it to contacts',
            'Total {amt1}. Call {N} on {ph} to confirm the amount',
            '{N}\n{ph}\n{amt1}\n{amt2}',
            'ref {ph} (= mobile of {N}), paid {amt1}',
            'Bill: {ph}',
            'Mark {ph} as the contact for the order, that is {N}',
            'new mobile, save it: {ph} (not the invoice total, that is {amt1})',
            'qty col says {ph} but that is my personal number, please fix the sheet; total was {amt2}'])
        text = t.format(amt1=amount_like(rng), amt2=amount_like(rng), F=p.first, N=nm, ph=ph)
        issued = [(ph, 'phone')]
        if '{F}' in t or '{N}' in t:
            issued.append((p.first, 'person'))
        if '{N}' in t:
            issued.append((nm, 'person'))
        if 'Bill:' in t:
            bill = BILL[i % len(BILL)]
            issued.append((bill, 'person'))
            text = f'contacts for the {rng.choice(["barn dance", "allotment", "choir trip"])}\n{bill}: {ph}\n({bill} is the treasurer, {p.last} is the caretaker)'
            issued.append((p.last, 'person'))
        return text, issued, 'mixed'
    n = rng.choice([10, 11, 12, 13])
    t = rng.choice([
        'expenses — {amt1} taxi, {amt2} parking\nTotal: {amt3}',
        'item | qty | price\nvase | 2 | {amt1}\nrope | {q} m | {amt2}',
        'SKU {s} — Rose Gold case, 12 units',
        'Serial number {s}; firmware 4.2.1; warranty until 2028-03',
        'Bill: {amt1} (electricity, Q3)\nMark: 45.00 (old Deutsche Mark coin, collector price)',
        'EAN {s} — Summer blend tea 250 g',
        'batch {s}, measured thickness 0.{q} mm, tolerance ±0.02',
        'order total {amt1}; account balance {amt2}; tracking {s}'])
    text = t.format(amt1=amount_like(rng), amt2=amount_like(rng), amt3=amount_like(rng), s=number_shape(rng, n),
                    q=rng.randint(100, 999))
    return text, [], 'mixed'


def k_number_id(rng, loc, sens, i):
    locs = [x for x in LOCALES if L[x]['ids']]
    if loc not in locs:
        loc = locs[i % len(locs)]
    d = L[loc]
    if sens:
        p = Person(rng, loc)
        v, ent, label = p.ident()
        nm = p.full()
        t = rng.choice(['{N} — Nr. {v}', 'ref: {v}\nname: {N}\n(ref is the {lab}, not an order number)',
                        'order 4471, customer {F}, {lab} {v}', '{v}\n{N}\nrenewal due',
                        'client {N}; no. {v}; please put it on the form',
                        'my {lab} is {v}, not the order number, I typed it in the wrong box', 'case note: {F} gave her {lab} {v} at the counter'])
        text = t.format(N=nm, v=v, lab=label, F=p.first)
        issued = [(v, ent)] + ([(p.first, 'person')] if '{F}' in t else [])
        if '{N}' in t:
            issued.append((nm, 'person'))
        return text, issued, loc
    v = number_shape(rng, rng.choice([9, 10, 11, 12]))
    t = rng.choice(['Auftragsnr. {v} — Sommer-Kollektion, 3 Teile', 'order {v}: Jade plant 30 cm, Iris bulbs ×20',
                    'ticket #{v}: printer jams on A5', 'invoice no. {v}, due 2026-12-31, amount {a}',
                    'booking ref {v} (Hope Street Hotel, 2 nights)', 'tracking {v} — parcel held at depot',
                    'ref: {v}\nname: Rose Bowl stadium tour\n(ref is the order number)'])
    return t.format(v=v, a=amount_like(rng)), [], loc


MONTHS = ['April', 'May', 'June', 'Julie', 'August', 'Augusta', 'Summer', 'Autumn', 'Winter', 'Noël']


def k_date_dob(rng, loc, sens, i):
    d = L[loc]
    if sens:
        p = Person(rng, loc)
        if loc.startswith('en') and rng.random() < .6:
            p.first = rng.choice(clean(['April', 'May', 'June', 'August', 'Augusta', 'Summer', 'Autumn', 'Winter',
                                        'January', 'Dawn', 'Noelle'], 'month_names'))
        dob = p.dob.strftime(d['dob'])
        due = (dt.date(2026, 12, 1) + dt.timedelta(days=rng.randint(1, 60))).strftime(d['dob'])
        t = rng.choice(['{F} {L} — {dob}', 'delivery {due}; {F} {L} (born {dob}) signs for it',
                        'Name: {F} {L}\nDate: {dob}\nRenewal: {due}', '{F} turns {age} on {dob2} — {F} {L}, DOB {dob}',
                        'patient {F} {L} *{dob}, appt {due}'])
        age = 2026 - p.dob.year
        text = t.format(F=p.first, L=p.last, dob=dob, due=due, age=age, dob2=p.dob.strftime('%B %d') if loc.startswith('en') else p.dob.strftime('%d.%m.'))
        issued = [(dob, 'DATE_OF_BIRTH'), (p.first, 'person')]
        if loc in ('ja-JP', 'zh-CN', 'ko-KR'):
            issued.append((p.last + ' ' + p.first, 'person'))
        else:
            issued.append((p.first + ' ' + p.last, 'person'))
        return text, issued, loc
    dd = rdate(rng, 1990, 2027).strftime(d['dob'])
    t = rng.choice(['delivery {dd}; Summer range arrives before {m}', 'Date: {dd}\nEvent: May Day fair, stall 14',
                    'invoice dated {dd}, due end of June', 'founded {dd}; opening hours change in April',
                    'best before {dd}; store below 25 °C', 'release {dd} — Grace period for refunds 30 days',
                    'Name: Spring fete\nDate: {dd}\nContact: events@example.com'])
    return t.format(dd=dd, m=rng.choice(['May', 'June', 'August'])), [], loc


KINDS = [('word_firstname', k_word_firstname), ('word_surname', k_word_surname), ('place_brand_name', k_place_brand),
         ('number_phone', k_number_phone), ('number_id', k_number_id), ('date_dob', k_date_dob)]


def build_pii(rng, n_sens=48, n_ben=35):
    recs = []
    idx = 0
    for kname, fn in KINDS:
        plan = [True] * n_sens + [False] * n_ben
        rng.shuffle(plan)
        for j, sens in enumerate(plan):
            idx += 1
            loc = LOCALES[(j * 7 + len(kname)) % len(LOCALES)]
            text, issued, style_note = fn(rng, loc, sens, j)
            if kname == 'number_id':
                loc = style_note if style_note in L else loc
            if kname == 'place_brand_name':
                loc = style_note if style_note in L else 'en-US'
            slot = SLOTS[(j * 5 + idx) % len(SLOTS)]
            instr = rng.choice(INSTR)
            if rng.random() < .25:
                instr = L[loc]['native'] + ' — ' + instr
            endpoint, body = place(rng, text, instr, slot, idx)
            ents = entities_of(body, issued)
            if sens and not ents:
                raise SystemExit(f'sensitive record without entities: {kname} {idx} {loc} {slot} {issued!r} {text!r}')
            sensitive = bool(ents)
            assert sensitive == sens, (kname, idx, ents)
            recs.append(dict(category=kname if sens else kname + '_benign', sensitive=sensitive, entities=ents,
                             endpoint=endpoint, lang=loc, style=f'{kname} · {slot} · {style_note}', body=body))
    rng.shuffle(recs)
    out = []
    for k, r in enumerate(recs, 1):
        out.append({'id': f'dune-pii-{k:04d}', **r})
    return out


# --------------------------------------------------------------------------------------------- complexity
WORDS = ['rose', 'will', 'summer', 'grace', 'mark', 'bill', 'iris', 'jade', 'fox', 'baker', 'sun', 'hope',
         'may', 'june', 'amber', 'holly', 'penny', 'robin', 'sage', 'ivy']
ITEMS = ['Rose Gold phone case', 'Jade plant 12 cm', 'Iris bulbs x20', 'Summer blend tea 250 g', 'Holly wreath',
         'Amber candle', 'Fox terrier lead', 'Baker\'s twine 100 m', 'Sun hat (straw)', 'Penny board 22"',
         'Robin feeder', 'Sage seeds', 'Ivy trellis', 'Grace notes songbook', 'Mark-it marker pack', 'Will-o-wisp lamp']
SHORT_SIMPLE = {
    'en': ['What does "will" mean as a noun?', 'Translate "rose" (the flower) into Italian.',
           'Is "Summer" capitalised in English when it means the season?', 'Give me three synonyms for "hope".',
           'Convert 1,512.34 EUR to words.', 'Spell "June" in German and French.', 'What is the plural of "fox"?',
           'Round 4,915.127 to two decimals.', 'What colour is jade usually?', 'Sort: mark, bill, grace, will.',
           'What is 15% of 240?', 'Is "bill" a verb?'],
    'de': ['Was bedeutet "Fuchs" auf Englisch?', 'Übersetze "Sommer" ins Spanische.', 'Wie viel sind 12 mal 15?'],
    'fr': ['Traduis « marguerite » en anglais.', 'Quel est le pluriel de « renard » ?', 'Combien font 7 × 8 ?'],
    'es': ['¿Qué significa "paz" en inglés?', 'Traduce "blanca" al francés.', '¿Cuánto es 144 entre 12?'],
    'it': ['Come si dice "volpe" in inglese?', 'Traduci "speranza" in tedesco.'],
    'pt': ['Como se diz "coelho" em inglês?', 'Quanto é 25% de 80?'],
    'nl': ['Wat betekent "roos" in het Engels?', 'Hoeveel is 9 × 9?'],
    'pl': ['Co znaczy "wilk" po angielsku?', 'Ile to 13 razy 3?'],
    'tr': ['"Umut" İngilizcede ne demek?', '17 artı 26 kaç eder?'],
    'ru': ['Как по-английски «надежда»?', 'Сколько будет 6 × 7?'],
    'ja': ['「桜」を英語で何と言いますか？', '12×12はいくつ？'],
    'zh': ['“夏天”用英语怎么说？', '100除以4等于多少？'],
    'ko': ['"하늘"은 영어로 뭐예요?', '8 곱하기 7은?'],
    'ar': ['ما معنى كلمة "أمل" بالإنجليزية؟', 'كم يساوي ٩ × ٦؟'],
    'he': ['מה פירוש המילה "תקווה" באנגלית?'], 'hi': ['"आशा" का अंग्रेज़ी में क्या अर्थ है?'],
    'el': ['Τι σημαίνει "ελπίδα" στα αγγλικά;'], 'sv': ['Vad betyder "varg" på engelska?'],
    'fi': ['Mitä "susi" on englanniksi?'], 'cs': ['Co znamená "liška" anglicky?'], 'hu': ['Mit jelent a "farkas" angolul?'],
    'vi': ['"Hoa" tiếng Anh là gì?'], 'id': ['Apa arti "bunga" dalam bahasa Inggris?'], 'sw': ['"Furaha" ni nini kwa Kiingereza?']}
SHORT_HARD = {
    'en': ['Prove that the Luhn check detects every single-digit substitution but not the transposition 09 <-> 90.',
           'Design a method to decide whether "Will" at the start of a sentence is a name or a modal verb, with only a 2 MB model budget; compare three approaches and their failure modes.',
           'A string like 07/08/09 can be read six ways. Give an algorithm that picks the most likely reading from document context and prove it terminates on cyclic hints.',
           'Our spreadsheet import turns +4915123456789 into 4.91512E+12. Explain the full causal chain and design a fix that survives CSV round-trips.',
           'Prove that no finite-state transducer can distinguish a phone number from an amount using only the digit string, and state what extra context suffices.',
           'Design a schema for names that are also words (Rose, Summer, Fox) so search ranks people above dictionary hits without hurting recall; argue the trade-offs.',
           'Given an English text, is deciding whether every capitalised token is a name NP-hard under a bigram grammar? Sketch a reduction or an efficient algorithm.',
           'Why would a tokenizer split "Baker" differently at sentence start vs mid-sentence, and how does that propagate into a NER model\'s precision? Reason it out step by step.',
           'Compare mod-97 (IBAN) and Verhoeff (Aadhaar) check schemes: which error classes each detects, with proofs.',
           'Root-cause: the dedup job merges "Mark Fox" and "mark fox-trot lessons" as the same customer. Hypothesise the pipeline bug and a test that isolates it.'],
    'de': ['Beweise, dass die Prüfziffer der Steuer-ID jede Einzelziffernänderung erkennt, und zeige eine Vertauschung, die sie nicht erkennt.',
           'Entwirf ein Verfahren, das "Fuchs" als Nachnamen oder als Tier erkennt; vergleiche Regeln, CRF und kleines Transformer-Modell.'],
    'fr': ['Démontre que la clé NIR (97 − n mod 97) détecte toute erreur sur un chiffre, puis conçois une variante détectant les transpositions.',
           'Conçois un pipeline qui distingue « Rose » prénom et « rose » couleur en début de phrase ; discute les compromis.'],
    'es': ['Demuestra por qué la letra del DNI (n mod 23) detecta toda transposición de dos dígitos adyacentes, o da un contraejemplo.',
           'Diseña un sistema que diga si "Paz" es nombre o sustantivo en mensajes cortos; compara tres enfoques y sus fallos.'],
    'it': ['Progetta un algoritmo che distingua "Volpe" cognome da "volpe" animale nei titoli in maiuscolo; analizza i compromessi.'],
    'pt': ['Prove que os dígitos verificadores do CPF detectam qualquer erro em um único dígito.'],
    'ja': ['「森」が姓か普通名詞かを文脈から判定する手法を三つ設計し、精度とコストのトレードオフを論じてください。'],
    'zh': ['设计一种方法区分“夏天”是人名还是季节，比较规则、统计与神经方法的优缺点，并给出评估方案。'],
    'ko': ['"하늘"이 이름인지 일반 명사인지 판별하는 알고리즘을 설계하고 오류 유형을 분석하세요.'],
    'ru': ['Докажи, что контрольные цифры ИНН ловят любую ошибку в одной цифре, или приведи контрпример.'],
    'tr': ['TC kimlik numarasının kontrol basamaklarının hangi hata türlerini yakaladığını kanıtla.'],
    'pl': ['Udowodnij, które błędy wykrywa cyfra kontrolna PESEL, a których nie — z przykładami.'],
    'nl': ['Bewijs dat de elfproef van het BSN elke fout in één cijfer vindt en geef een verwisseling die hij mist.'],
    'ar': ['صمّم خوارزمية تميّز "أمل" كاسم علم أو كاسم معنى في الرسائل القصيرة، وناقش المقايضات.'],
    'hi': ['"दीपक" नाम है या दीया — संदर्भ से पहचानने के तीन तरीके डिज़ाइन करें और उनकी तुलना करें।'],
    'sv': ['Bevisa vilka fel Luhn-kontrollen i personnummer hittar och vilka den missar.']}


def long_list(rng, n):
    lines = []
    for k in range(n):
        lines.append(f'{k + 1}. {rng.choice(ITEMS)} — qty {rng.randint(1, 400)} — {rng.randint(1, 99)}.{rng.randint(10, 99)} EUR — shelf {rng.choice("ABCDEF")}{rng.randint(1, 9)}')
    return '\n'.join(lines)


def glossary(rng, n):
    defs = {'rose': 'flower of the genus Rosa; also past tense of rise', 'will': 'modal verb; legal document; determination',
            'summer': 'the warmest season', 'grace': 'elegance; a short prayer; a period of extra time',
            'mark': 'a sign or trace; a former German currency', 'bill': 'an invoice; a bird\'s beak; a draft law',
            'iris': 'part of the eye; a flowering plant', 'jade': 'a green gemstone', 'fox': 'a wild canid',
            'baker': 'a person who bakes bread', 'sun': 'the star at the centre of the solar system',
            'hope': 'a feeling of expectation', 'may': 'modal verb; the fifth month', 'june': 'the sixth month',
            'amber': 'fossil resin; a yellow-orange colour', 'holly': 'an evergreen shrub', 'penny': 'a coin',
            'robin': 'a small bird', 'sage': 'a herb; a wise person', 'ivy': 'a climbing plant'}
    ws = [rng.choice(WORDS) for _ in range(n)]
    return '\n'.join(f'- {w}: {defs[w]} (example {k + 1}: "the {w} was mentioned in section {rng.randint(1, 40)}")' for k, w in enumerate(ws))


EASY_ASKS = {'en': ['sort this list alphabetically by item and give it back', 'convert this to CSV with a header row',
                    'count how many lines mention a plant', 'remove duplicates and keep the first occurrence',
                    'translate the item names to Spanish, keep the numbers', 'summarise in three bullet points'],
             'de': ['sortiere die Liste alphabetisch', 'wandle das in eine Markdown-Tabelle um'],
             'fr': ['trie cette liste par ordre alphabétique', 'convertis en tableau CSV'],
             'es': ['ordena la lista alfabéticamente', 'conviértelo en una tabla'],
             'it': ['ordina la lista in ordine alfabetico'], 'pt': ['coloque a lista em ordem alfabética'],
             'ja': ['このリストをアルファベット順に並べ替えてください'], 'zh': ['把这个清单按字母顺序排序'],
             'ko': ['이 목록을 알파벳순으로 정렬해 주세요'], 'ru': ['отсортируй список по алфавиту'],
             'pl': ['posortuj listę alfabetycznie'], 'tr': ['listeyi alfabetik sırala'], 'nl': ['sorteer de lijst alfabetisch'],
             'ar': ['رتّب القائمة أبجديًا'], 'sv': ['sortera listan i bokstavsordning'], 'id': ['urutkan daftar ini sesuai abjad']}
HARD_ASKS = {'en': ['find the root cause: why does the parser classify some of these quantities as phone numbers? Walk through the evidence and propose a fix with tests',
                    'design a disambiguation stage for this data: which tokens are names vs ordinary words, with trade-offs between precision, latency and maintenance',
                    'these logs show intermittent misreads of dates as amounts. Form hypotheses, rank them, and describe the experiment that discriminates between them',
                    'prove or refute: the normalisation rules below are confluent (order of application does not matter); give a counterexample if not'],
             'de': ['finde die Ursache: warum werden Mengen als Telefonnummern erkannt? Belege Schritt für Schritt und schlage eine Korrektur vor'],
             'fr': ['trouve la cause racine : pourquoi certaines quantités sont-elles lues comme des numéros ? propose une correction testée'],
             'es': ['diseña una etapa de desambiguación para estos datos y discute los compromisos'],
             'ja': ['ログから根本原因を特定し、数量が電話番号と誤認される理由を段階的に説明して修正案を出してください'],
             'zh': ['根据日志找出根本原因：为什么数量被识别为电话号码？逐步推理并给出修复与测试方案'],
             'ru': ['найди первопричину: почему количества распознаются как телефоны? предложи исправление и тесты'],
             'pt': ['encontre a causa raiz e proponha uma correção com testes'], 'ko': ['로그를 보고 근본 원인을 찾아 단계적으로 설명하고 수정안을 제시하세요']}
RULES = ['R1: strip spaces inside digit runs', 'R2: if a run has 10-13 digits and starts with 0 or +, tag PHONE',
         'R3: if a run is followed by EUR/USD/€, tag AMOUNT', 'R4: replace "," with "." when exactly 2 digits follow',
         'R5: collapse repeated whitespace', 'R6: if preceded by "qty", tag QUANTITY', 'R7: lower-case tokens after a period']


def log_lines(rng, n):
    out = []
    for k in range(n):
        ts = f'2026-11-{rng.randint(1, 30):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z'
        tok = rng.choice([f'qty={rng.randint(1, 999)}', f'amount={rng.randint(1000, 99999)}.{rng.randint(10, 99)}',
                          f'sku={number_shape(rng, 12)}', f'date={rng.randint(1, 12):02d}/{rng.randint(1, 12):02d}/{rng.randint(0, 29):02d}',
                          f'word={rng.choice(WORDS).capitalize()}'])
        tag = rng.choice(['AMOUNT', 'QUANTITY', 'PHONE', 'DATE', 'NAME', 'WORD'])
        out.append(f'{ts} worker-{rng.randint(1, 6)} parse {tok} -> {tag} conf={rng.random():.2f}')
    return '\n'.join(out)


def build_cx(rng):
    recs = []

    def add(cat, label, adv, lang, style, content, sysmsg=None):
        msgs = ([{'role': 'system', 'content': sysmsg}] if sysmsg else []) + [{'role': 'user', 'content': content}]
        recs.append(dict(category=cat, label=label, length_adversarial=adv, endpoint='chat', lang=lang, style=style,
                         body={'model': rng.choice(MODELS), 'messages': msgs}))

    ss = [(lg, q) for lg, qs in SHORT_SIMPLE.items() for q in qs]
    for lg, q in ss[:47]:
        add('short_simple', 0, False, lg, 'lookup/word', q)
    sh = [(lg, q) for lg, qs in SHORT_HARD.items() for q in qs]
    k = 0
    while sum(1 for r in recs if r['category'] == 'short_hard') < 50:
        lg, q = sh[k % len(sh)]
        if k >= len(sh):
            q = q + rng.choice([' Be rigorous.', ' Show each step.', ' Keep it under a page but complete.', ' Explain the trade-offs explicitly.'])
        add('short_hard', 1, True, lg, 'reasoning/short', q)
        k += 1
    langs_e = list(EASY_ASKS)
    for j in range(50):
        lg = langs_e[j % len(langs_e)]
        ask = rng.choice(EASY_ASKS[lg])
        kind = j % 3
        if kind == 0:
            data = long_list(rng, rng.randint(30, 45))
        elif kind == 1:
            data = glossary(rng, rng.randint(25, 35))
        else:
            data = log_lines(rng, rng.randint(22, 30))
            ask = {'en': 'count how many lines are tagged AMOUNT and list their timestamps'}.get(lg, ask)
        content = f'{ask}\n\n{data}' if rng.random() < .5 else f'{data}\n\n{ask}'
        assert len(content) >= 1500, len(content)
        add('long_easy', 0, True, lg, f'reformat/{["list", "glossary", "log"][kind]}', content)
    langs_h = list(HARD_ASKS)
    for j in range(43):
        lg = langs_h[j % len(langs_h)]
        ask = rng.choice(HARD_ASKS[lg])
        if 'confluent' in ask:
            data = '\n'.join(rng.sample(RULES, 5)) + '\n\nsample inputs:\n' + long_list(rng, 12)
        elif rng.random() < .5:
            data = log_lines(rng, rng.randint(18, 28))
        else:
            data = ('def classify(tok, prev):\n    s = tok.replace(" ", "")\n    if s.isdigit() and 10 <= len(s) <= 13:\n'
                    '        return "PHONE"\n    if prev in ("qty", "x"):\n        return "QUANTITY"\n'
                    '    if s.replace(",", "").replace(".", "").isdigit():\n        return "AMOUNT"\n'
                    '    if tok[:1].isupper() and tok.lower() in DICTIONARY:\n        return "WORD"\n    return "NAME"\n\n'
                    + log_lines(rng, rng.randint(12, 20)))
        while len(data) < 1600:
            data += '\n' + log_lines(rng, 6)
        add('long_hard', 1, False, lg, 'analysis/debug', f'{ask}\n\n{data}', 'You are a senior data engineer.')
    rng.shuffle(recs)
    return [{'id': f'dune-cx-{i:04d}', **r} for i, r in enumerate(recs, 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pii = build_pii(rng)
    cx = build_cx(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (('pii_dune.jsonl', pii), ('complexity_dune.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8', newline='\n') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    c = collections.Counter(r['category'] for r in pii)
    print(f'pii_dune.jsonl: {len(pii)} requests, {sum(r["sensitive"] for r in pii)} sensitive / '
          f'{sum(not r["sensitive"] for r in pii)} benign; endpoints {dict(collections.Counter(r["endpoint"] for r in pii))}; '
          f'{len(set(r["lang"] for r in pii))} language tags')
    for k in sorted(c):
        print(f'  {k}: {c[k]}')
    ec = collections.Counter(e for r in pii for e in r['entities'])
    print('  entities:', dict(sorted(ec.items())))
    cc = collections.Counter(r['category'] for r in cx)
    print(f'complexity_dune.jsonl: {len(cx)} requests, {dict(sorted(cc.items()))}, '
          f'{sum(r["length_adversarial"] for r in cx)} length-adversarial, {sum(r["label"] for r in cx)} labelled 1, '
          f'{len(set(r["lang"] for r in cx))} language tags')


if __name__ == '__main__':
    main()
