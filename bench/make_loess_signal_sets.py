#!/usr/bin/env python3
"""Loess: an independent evaluation split for the request signals, organised by the SUPPORT-DESK relationship.

Writes bench/data/signals/pii_loess.jsonl and bench/data/signals/complexity_loess.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs; the record format came from the first 70 lines of the delta generator and the first two lines of
    the delta files. The other generators were not read: their sources are only scanned automatically at run
    time for capitalised / non-ASCII words (and non-ASCII character bigrams), and every given name, family
    name, street stem, town, brand stem and eponym of this file is cut at run time to entries none of whose
    words (for Han / Kana / Hangul entries: none of whose character bigrams) occur in that set; pools keep
    their order and the run aborts if one runs empty. The run never prints those words.

Organising principle
    A PRIVATE CUSTOMER and a BUSINESS'S SUPPORT DESK: tickets, live chats, CRM notes, call-centre wrap-ups,
    helpdesk tool calls and canned replies between customers and telecoms, utilities, parcel carriers,
    retailers (returns, warranty), airlines, banks, insurers, subscription services, letting agents and
    repair services. Ten kinds, each a category: ``<kind>`` holds records where the CUSTOMER's own details
    (name, phone, e-mail, home address, birth date, IDs, card, IBAN, home IP) are in the request;
    ``<kind>_benign`` holds hard negatives of the same kind that carry only the BUSINESS's own details and
    support-desk artefacts: hotlines and freephone numbers, role mailboxes, depots, returns centres and
    offices, order / ticket / tracking / PNR / claim / meter numbers, staff identifiers (an agent's first
    name with a staff number in a canned signature), blank templates with placeholders, masked values,
    documentation / test values in the business's API docs, private, carrier-grade-NAT or documentation IP
    ranges and the company's own server address, FAQ drafts, and places and products named after historical
    people. Customers write in 23 locales (22 languages; Latin, Cyrillic, Greek, Arabic, Hebrew,
    Devanagari, Thai, Han, Kana and Hangul scripts) with locale-true names, addresses, phone formats and ID
    formats; the desk side (system prompts, agent notes, instructions) is mostly English. Because most real
    names and towns were already used by the earlier generators, the pools were widened with rarer names,
    smaller towns and locale-true compositional surnames, street stems and (Korean, Chinese, Japanese,
    Thai, Hindi) given names before the word cut.

    Where the data sits rotates over the fields a helpdesk integration really sends: a pasted ticket in the
    user turn, a CRM record in the system prompt, a live chat (customer turns), a helpdesk tool call and its
    result, a base64 file part (ticket export), an image URL of an attachment with the uploader in the query
    string, a ``response_format`` extraction schema, the ``user`` field, ``metadata`` with ``store: true``,
    an assistant turn quoting the case back, and ~10% legacy completions prompts.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching
    the serialised body (base64 file parts decoded, URLs unquoted) for every value the record issued.
    ``person`` is a customer's full name; ``ssn`` the US SSN only; NHS numbers and the French numéro de
    sécurité sociale (NIR) are HEALTH_INSURANCE; Steuer-ID, numéro fiscal, codice fiscale, CPF, INN, PAN,
    AFM and RNOKPP are TAX_ID; DNI, BSN, PESEL, personnummer, HETU, TCKN, Teudat Zehut, Aadhaar, My Number,
    RRN, resident ID, Thai ID and rodné číslo are NATIONAL_ID; a US routing + account pair is
    US_BANK_NUMBER; a hospital record number MEDICAL_RECORD; a customer's public home IP IP_ADDRESS.
    Business-side values inside sensitive records (hotlines, ticket numbers, depots) are not labelled. An
    agent's bare first name next to a staff ID in a canned signature is treated as a staff identifier, not
    as ``person``; placeholder names of sandbox docs (Jane Doe, Test User) are not personal data.

Contents (seed 20261205)
    pii_loess.jsonl: 500 requests (450 chat, 50 completions) in 23 language tags; 10 kinds x 50 (29 sensitive
    + 21 benign each: 290 sensitive / 210 benign); 41 sensitive records carry a single item and 14 carry one
    value only in a side field (``user``, ``metadata``, an image URL's query); the benign ones span 9 kinds
    of hard negative (template, contacts, refs, docs, masked, staff, eponym, network, faq). Records with each
    entity: person 249, email 106, phone 105, STREET_ADDRESS 92, DATE_OF_BIRTH 54, credit_card 41, iban 27,
    NATIONAL_ID 18, PASSPORT 15, IP_ADDRESS 13, DRIVER_LICENSE 9, HEALTH_INSURANCE 9, TAX_ID 9,
    US_BANK_NUMBER 5, ssn 5, MEDICAL_RECORD 4. complexity_loess.jsonl: 190 chat requests in 22 language tags:
    short_simple 46, long_easy 52 (>= 1,500 chars), short_hard 50, long_hard 42; 102 (54%)
    length-adversarial, 92 labelled 1. The run prints all counts.

Validation
    Every national identifier is validated with python-stdnum (IBAN incl. national check digits, card Luhn,
    SSN rules, routing-number checksum, NIR, PAN, ...); NHS numbers with the mod-11 rule, UK driving-licence
    numbers (DVLA structure), US licences and passports by format; every phone number (customer and
    business hotline) is validated with ``phonenumbers`` for its region (the documentation numbers of the
    benign sandbox notes excepted); every customer IP is global and outside the documentation ranges; no
    customer card is a known test card and no customer IBAN a registry example. Each issued value is
    checked twice (at generation and by an independent audit pass) and the run aborts on any invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_loess_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.us import ssn as us_ssn, rtn as us_rtn
from stdnum.es import dni as es_dni
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.se import personnummer as se_pnr
from stdnum.fi import hetu as fi_hetu
from stdnum.br import cpf as br_cpf
from stdnum.tr import tckimlik as tr_tck
from stdnum.ru import inn as ru_inn
from stdnum.ua import rntrc as ua_rntrc
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.kr import rrn as kr_rrn
from stdnum.cn import ric as cn_ric
from stdnum.il import idnr as il_idnr
from stdnum.ro import cnp as ro_cnp
from stdnum.at import vnr as at_vnr
from stdnum.it import codicefiscale as it_cf
from stdnum.de import idnr as de_idnr
from stdnum.cz import rc as cz_rc
from stdnum.fr import nif as fr_nif, nir as fr_nir
from stdnum.gr import vat as gr_vat
from stdnum.jp import in_ as jp_in
from stdnum.th import pin as th_pin

NAME = 'loess'
SEED = 20261205
ROOT = pathlib.Path(__file__).resolve().parent

FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus',
                  'playa', 'pingo', 'kame', 'tepui')


class Abort(SystemExit):
    pass


def die(msg):
    raise Abort('ABORT: ' + msg)


# ----------------------------------------------------------------------------------------------------------
# word set of the other generators (never printed)
_SPACELESS = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]')


def words_of(text):
    """Words: maximal runs of letters, digits, '_' and combining marks (so Devanagari / Thai words stay whole)."""
    out, cur = [], []
    for ch in text:
        if ch.isalnum() or ch == '_' or unicodedata.category(ch).startswith('M'):
            cur.append(ch)
        elif cur:
            out.append(''.join(cur))
            cur = []
    if cur:
        out.append(''.join(cur))
    return out


def other_words():
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = ROOT / f'make_{x}_signal_sets.py'
        if not p.exists():
            die(f'frozen generator missing: {p.name}')
        text = p.read_text(encoding='utf-8', errors='replace')
        for w in words_of(text):
            if not w.isascii():
                words.add(w.casefold())
                run = ''.join(c if not c.isascii() else ' ' for c in w)
                for seg in run.split():
                    for i in range(len(seg) - 1):
                        bigrams.add(seg[i:i + 2])
            elif w[0].isupper():
                words.add(w.casefold())
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()
CUT = collections.Counter()


def clean(entry):
    """True when no word (or, in Han/Kana/Hangul, no character bigram) of entry is in the other generators."""
    for w in words_of(entry):
        if w.isascii() and not w[0].isupper():
            continue
        if w.casefold() in OTHER_WORDS:
            return False
        if _SPACELESS.search(w):
            for i in range(len(w) - 1):
                if w[i:i + 2] in OTHER_BIGRAMS:
                    return False
    return True


def pool(label, items, key=lambda e: e):
    out = [e for e in items if all(clean(k) for k in (key(e) if isinstance(key(e), tuple) else (key(e),)))]
    CUT[label] = len(items) - len(out)
    if not out:
        die(f'pool {label} ran empty after the word cut')
    return out


# ----------------------------------------------------------------------------------------------------------
# identifiers
def digits(rng, n, first_nonzero=False):
    s = ''.join(rng.choice('0123456789') for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = rng.choice('123456789') + s[1:]
    return s


def brute(module, prefix, alphabet='0123456789', suffix=''):
    for c in alphabet:
        if module.is_valid(prefix + c + suffix):
            return prefix + c + suffix
    return None


def brute2(module, prefix):
    for i in range(100):
        v = prefix + f'{i:02d}'
        if module.is_valid(v):
            return v
    return None


def rand_dob(rng, lo=1942, hi=2004):
    d = dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    return d


def gen_until(fn, what, tries=20000):
    for _ in range(tries):
        v = fn()
        if v:
            return v
    die(f'could not generate {what}')


def nhs_number(rng):
    def f():
        d = digits(rng, 9, True)
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            return None
        return d + str(c)
    v = gen_until(f, 'NHS')
    s = sum(int(c) * (10 - i) for i, c in enumerate(v[:9]))
    assert (11 - s % 11) % 11 == int(v[9])
    return f'{v[:3]} {v[3:6]} {v[6:]}'


def dvla_licence(rng, family, given, dob, female):
    fam = re.sub(r'[^A-Z]', '', unicodedata.normalize('NFKD', family).upper())
    fam = (fam + '99999')[:5]
    m = dob.month + (50 if female else 0)
    ini = re.sub(r'[^A-Z]', '', unicodedata.normalize('NFKD', given).upper())[:1] + rng.choice('ABCDEHJLMRST9')
    v = f'{fam}{str(dob.year)[2]}{m:02d}{dob.day:02d}{str(dob.year)[3]}{ini}9{rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")}{rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")}'
    if not re.fullmatch(r'[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}', v):
        die('dvla ' + v)
    return v


def us_ssn_value(rng):
    def f():
        a = rng.randint(1, 665)
        if a == 666:
            return None
        v = f'{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}'
        return v if us_ssn.is_valid(v) and v not in ('078-05-1120', '219-09-9999') else None
    return gen_until(f, 'ssn')


def us_routing(rng):
    def f():
        p = f'{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]):02d}' + digits(rng, 6)
        d = [int(c) for c in p]
        c = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
        v = p + str(c)
        return v if us_rtn.is_valid(v) else None
    return gen_until(f, 'routing')


TEST_CARDS = {'4111111111111111', '4242424242424242', '5555555555554444', '4000056655665556', '5105105105105100',
              '4012888888881881', '5200828282828210', '4000000000000002'}


def card_number(rng):
    def f():
        if rng.random() < 0.6:
            p = '4' + digits(rng, 14)
        else:
            p = str(rng.randint(51, 55)) + digits(rng, 13)
        v = p + luhn.calc_check_digit(p)
        return v if luhn.is_valid(v) and v not in TEST_CARDS and len(set(v)) > 4 else None
    v = gen_until(f, 'card')
    style = rng.random()
    if style < 0.55:
        return ' '.join(v[i:i + 4] for i in range(0, 16, 4))
    if style < 0.8:
        return v
    return '-'.join(v[i:i + 4] for i in range(0, 16, 4))


IBAN_SHAPE = {  # country: (bank codes or None, bban pattern: n digit, a letter)
    'GB': (['BARC', 'LOYD', 'NWBK', 'HBUK', 'MIDL', 'NAIA'], 'n' * 14), 'DE': (None, 'n' * 18),
    'FR': (None, 'n' * 23), 'ES': (None, 'n' * 20), 'IT': (None, 'a' + 'n' * 22), 'NL': (['INGB', 'RABO', 'ABNA', 'TRIO', 'SNSB'], 'n' * 10),
    'BR': (None, 'n' * 23 + 'a' + 'n'), 'PL': (None, 'n' * 24), 'SE': (None, 'n' * 20), 'FI': (None, 'n' * 14),
    'TR': (None, 'n' * 5 + '0' + 'n' * 16), 'GR': (None, 'n' * 23), 'IL': (None, 'n' * 19),
    'RO': (['BTRL', 'RNCB', 'BRDE', 'INGB', 'CECE'], 'n' * 16), 'CZ': (None, 'n' * 20), 'AT': (None, 'n' * 16),
    'UA': (None, 'n' * 25), 'EG': (None, 'n' * 25),
}
REGISTRY_IBANS = ('GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606',
                  'NL91ABNA0417164300', 'ES9121000418450200051332', 'IT60X0542811101000000123456',
                  'PL61109010140000071219812874', 'AT611904300234573201', 'CZ6508000000192000145399',
                  'SE4550000000058398257466', 'FI2112345600000785', 'GR1601101250000000012300695',
                  'TR330006100519786457841326', 'IL620108000000099999999', 'RO49AAAA1B31007593840000')


def iban_value(rng, cc):
    banks, pat = IBAN_SHAPE[cc]

    def f():
        bban = (rng.choice(banks) if banks else '') + ''.join(
            rng.choice('0123456789') if ch == 'n' else rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') if ch == 'a' else ch
            for ch in pat)
        v = cc + std_iban.calc_check_digits(cc + '00' + bban) + bban
        return v if std_iban.is_valid(v) and v not in REGISTRY_IBANS else None
    v = gen_until(f, 'iban ' + cc, 60000)
    if rng.random() < 0.6:
        return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]


def public_ip(rng):
    def f():
        if rng.random() < 0.85:
            ip = ipaddress.ip_address('.'.join(str(rng.randint(1, 223)) for _ in range(4)))
        else:
            ip = ipaddress.ip_address('2a0' + rng.choice('12345') + ':' + ':'.join(f'{rng.randint(0, 65535):x}' for _ in range(7)))
        if not ip.is_global or ip.is_multicast or any(ip in n for n in DOC_NETS):
            return None
        return str(ip)
    return gen_until(f, 'ip')


def phone_value(rng, region, kind='mobile', fmt=None):
    types = {'mobile': (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE),
             'fixed': (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE),
             'tollfree': (phonenumbers.PhoneNumberType.TOLL_FREE,)}[kind]
    ex = phonenumbers.example_number_for_type(region, types[0])
    if ex is None:
        ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
        types = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    nat = str(ex.national_number)
    keep = min(3, len(nat) - 4)

    def f():
        cand = nat[:keep] + digits(rng, len(nat) - keep)
        if region == 'US' and cand[3:6] == '555':
            return None
        n = phonenumbers.parse('+' + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number_for_region(n, region) and phonenumbers.number_type(n) in types and cand != nat:
            return n
        return None
    n = gen_until(f, 'phone ' + region)
    r = rng.random() if fmt is None else fmt
    if r < 0.45:
        s = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif r < 0.8:
        s = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
    else:
        s = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    chk = phonenumbers.parse(s, region)
    if not phonenumbers.is_valid_number_for_region(chk, region):
        die('phone ' + s)
    return s


def s10_tracking(rng, cc):
    body = digits(rng, 8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(d) * x for d, x in zip(body, w)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return rng.choice(['RR', 'CP', 'LX', 'RB', 'EE']) + body + str(c) + cc


# ----------------------------------------------------------------------------------------------------------
# national identifiers: (entity, label in the customer's words, generator(rng, dob, female, given, family))
def _de_tax(rng, *_):
    return gen_until(lambda: brute(de_idnr, digits(rng, 10, True)), 'de idnr')


def _fr_nif(rng, *_):
    def f():
        p = rng.choice('0123') + digits(rng, 9)
        v = p + f'{int(p) % 511:03d}'
        return v if fr_nif.is_valid(v) else None
    v = gen_until(f, 'fr nif')
    return f'{v[:2]} {v[2:4]} {v[4:7]} {v[7:10]} {v[10:]}'


def _fr_nir(rng, dob, female, *_):
    def f():
        p = f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}{rng.choice(['16', '29', '68', '24', '74', '49', '81', '39', '56', '79'])}" + digits(rng, 3, True) + digits(rng, 3, True)
        v = p + f'{97 - int(p) % 97:02d}'
        return v if fr_nir.is_valid(v) else None
    v = gen_until(f, 'nir')
    return f'{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}'


def _es_dni(rng, *_):
    return gen_until(lambda: brute(es_dni, digits(rng, 8, True), 'TRWAGMYFPDXBNJZSQVHLCKE'), 'dni')


def _it_cf(rng, dob, female, given, family):
    def f():
        cons = 'BCDFGHLMNPRSTVZ'
        p = ''.join(rng.choice(cons) for _ in range(6)) + f'{dob.year % 100:02d}' + 'ABCDEHLMPRST'[dob.month - 1] + \
            f'{dob.day + (40 if female else 0):02d}' + rng.choice(['E897', 'E506', 'D150', 'H620', 'M082', 'A757', 'F052', 'I829'])
        return brute(it_cf, p, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    return gen_until(f, 'cf')


def _nl_bsn(rng, *_):
    return gen_until(lambda: brute(nl_bsn, digits(rng, 8, True)), 'bsn')


def _br_cpf(rng, *_):
    v = gen_until(lambda: brute2(br_cpf, digits(rng, 9, True)), 'cpf')
    return f'{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}'


def _pl_pesel(rng, dob, female, *_):
    def f():
        mm = dob.month + (20 if dob.year >= 2000 else 0)
        p = f'{dob.year % 100:02d}{mm:02d}{dob.day:02d}' + digits(rng, 3) + rng.choice('02468' if female else '13579')
        return brute(pl_pesel, p)
    return gen_until(f, 'pesel')


def _se_pnr(rng, dob, female, *_):
    def f():
        p = f'{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-' + digits(rng, 2) + rng.choice('02468' if female else '13579')
        return brute(se_pnr, p)
    return gen_until(f, 'pnr')


def _fi_hetu(rng, dob, female, *_):
    def f():
        sep = '-' if dob.year < 2000 else 'A'
        n = rng.randint(2, 899)
        if (n % 2 == 0) != female:
            n = n + 1 if n < 899 else n - 1
        return brute(fi_hetu, f'{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{sep}{n:03d}', '0123456789ABCDEFHJKLMNPRSTUVWXY')
    return gen_until(f, 'hetu')


def _tr_tck(rng, *_):
    return gen_until(lambda: brute2(tr_tck, digits(rng, 9, True)), 'tckn')


def _ru_inn(rng, *_):
    return gen_until(lambda: brute2(ru_inn, rng.choice(['77', '50', '35', '69', '40', '60', '44', '62']) + digits(rng, 8)), 'inn')


def _ua_rntrc(rng, dob, female, *_):
    def f():
        days = (dob - dt.date(1899, 12, 31)).days
        p = f'{days:05d}' + digits(rng, 3) + rng.choice('02468' if female else '13579')
        return brute(ua_rntrc, p)
    return gen_until(f, 'rnokpp')


def _gr_afm(rng, *_):
    return gen_until(lambda: brute(gr_vat, rng.choice('01') + digits(rng, 7)), 'afm')


def _il_id(rng, *_):
    return gen_until(lambda: brute(il_idnr, digits(rng, 8, True)), 'il id')


def _in_aadhaar(rng, *_):
    v = gen_until(lambda: brute(in_aadhaar, rng.choice('23456789') + digits(rng, 10)), 'aadhaar')
    return f'{v[:4]} {v[4:8]} {v[8:]}'


def _in_pan(rng, dob, female, given, family):
    def f():
        L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
        v = ''.join(rng.choice(L) for _ in range(3)) + 'P' + rng.choice(L) + digits(rng, 4) + rng.choice(L)
        return v if in_pan.is_valid(v) else None
    return gen_until(f, 'pan')


def _jp_in(rng, *_):
    v = gen_until(lambda: brute(jp_in, digits(rng, 11, True)), 'mynumber')
    return f'{v[:4]} {v[4:8]} {v[8:]}'


def _kr_rrn(rng, dob, female, *_):
    def f():
        g = (3 if dob.year >= 2000 else 1) + (1 if female else 0)
        return brute(kr_rrn, f'{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{g}' + digits(rng, 5))
    return gen_until(f, 'rrn')


def _cn_ric(rng, dob, *_):
    def f():
        area = rng.choice(['330602', '321003', '510703', '430602', '350503', '370705'])
        return brute(cn_ric, f'{area}{dob.year:04d}{dob.month:02d}{dob.day:02d}' + digits(rng, 3), '0123456789X')
    return gen_until(f, 'ric')


def _th_pin(rng, *_):
    v = gen_until(lambda: brute(th_pin, rng.choice('12345678') + digits(rng, 11)), 'thai id')
    return f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}'


def _ro_cnp(rng, dob, female, *_):
    def f():
        s = (5 if dob.year >= 2000 else 1) + (1 if female else 0)
        return brute(ro_cnp, f'{s}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{rng.randint(1, 46):02d}' + digits(rng, 3))
    return gen_until(f, 'cnp')


def _cz_rc(rng, dob, female, *_):
    def f():
        mm = dob.month + (50 if female else 0)
        v = brute(cz_rc, f'{dob.year % 100:02d}{mm:02d}{dob.day:02d}' + digits(rng, 3))
        return v[:6] + '/' + v[6:] if v else None
    v = gen_until(f, 'rc')
    if not cz_rc.is_valid(v):
        die('rc')
    return v


def _at_vnr(rng, dob, *_):
    def f():
        tail = f'{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}'
        return brute(at_vnr, rng.choice('123456789') + digits(rng, 2), suffix=tail)
    v = gen_until(f, 'vnr')
    return v[:4] + ' ' + v[4:]


def _us_ssn(rng, *_):
    return us_ssn_value(rng)


def _gb_nhs(rng, *_):
    return nhs_number(rng)


VALIDATE = {  # label -> stdnum module used on the compact value (re-checked on every issued value)
    'de': de_idnr, 'fr': fr_nif, 'es': es_dni, 'it': it_cf, 'nl': nl_bsn, 'br': br_cpf, 'pl': pl_pesel, 'se': se_pnr,
    'fi': fi_hetu, 'tr': tr_tck, 'ru': ru_inn, 'ua': ua_rntrc, 'gr': gr_vat, 'il': il_idnr, 'in': in_aadhaar,
    'jp': jp_in, 'kr': kr_rrn, 'cn': cn_ric, 'th': th_pin, 'ro': ro_cnp, 'cz': cz_rc, 'at': at_vnr, 'us': us_ssn,
}

L_UP = 'ABCDEFGHJKLMNPRSTUVWXYZ'


def passport_value(rng, fmt):
    out = ''
    for ch in fmt:
        out += rng.choice('0123456789') if ch == '#' else rng.choice(L_UP) if ch == '@' else \
            rng.choice('CFGHJKLMNPRTVWXYZ0123456789') if ch == '%' else ch
    return out


# ----------------------------------------------------------------------------------------------------------
# locales
def _L(**kw):
    return kw


LOCALES_RAW = [
    _L(tag='en-GB', region='GB', order='gf', iban='GB', nid=[('HEALTH_INSURANCE', 'NHS number', _gb_nhs, None)],
       passport='#########', dl='dvla', dom=['btinternet.com', 'gmail.com', 'outlook.com', 'sky.com'], dob='%d/%m/%Y',
       gf='Imogen|Tamsin|Bryony|Philippa|Rosalind|Hattie|Marnie|Clemency|Verity|Ottoline|Henrietta|Jocasta',
       gm='Rhys|Callum|Ewan|Fergus|Declan|Alasdair|Lachlan|Crispin|Torquil|Barnaby|Peregrine|Hamish',
       fam='Pennington|Ashdown|Treharne|Kilbride|Hargreaves|Pilkington|Fairbairn|Northcott|Tremayne|Ollerton|Westwick|Bramhall|Ingleby|Cartwright-Hale|Ravenscroft',
       streets='Larkspur|Quarrendon|Foxglove|Copperbeech|Tollgate|Millrace|Saltings|Rookery|Wensley|Brackenhill|Orchardleigh|Pendlebury',
       cities='Harrogate:HG1 #@@|Kendal:LA9 #@@|Truro:TR1 #@@|Ludlow:SY8 #@@|Whitby:YO21 #@@|Stroud:GL5 #@@|Hexham:NE46 #@@|Penrith:CA11 #@@|Frome:BA11 #@@|Bideford:EX39 #@@',
       addr=['{n} {st} {sx}, {city} {pc}', 'Flat {k}, {n} {st} {sx}, {city}, {pc}'], sx='Road|Close|Lane|Avenue|Crescent|Gardens',
       ph=dict(greet='Hi,', help="I've been on hold for 40 minutes twice now, please sort this out.", name='Name', addr='Address',
               phone='Mobile', email='Email', dob='Date of birth', thanks='Thanks', hours='What time does your phone line open on Saturdays?')),
    _L(tag='en-US', region='US', order='gf', iban=None, nid=[('ssn', 'SSN', _us_ssn, 'us')], passport='@########', dl='us',
       dom=['gmail.com', 'yahoo.com', 'icloud.com', 'aol.com'], dob='%m/%d/%Y',
       gf='Kendall|Marisol|Annika|Lorelei|Juniper|Delphine|Soledad|Calista|Tallulah|Maribel|Shelby|Dakota',
       gm='Tucker|Dashiell|Beckett|Thaddeus|Garrett|Emmett|Boone|Colton|Jericho|Royce|Lamar|Everett',
       fam='Whitacre|Castellano|Okafor|Brandvold|Tomczyk|Haverford|McAlister|Pruitt|Vanterpool|Gallardo|Culpepper|Birdsong|Oyelaran|Kowalczyk|Truesdale',
       streets='Sycamore Bend|Larchmont|Juniper Ridge|Cottonwood|Hawthorne Hollow|Bluestem|Chinkapin|Pawpaw|Sassafras|Buckeye|Redbud|Tamarack',
       cities='Missoula, MT:598##|Duluth, MN:558##|Asheville, NC:288##|Boise, ID:837##|Savannah, GA:314##|Tacoma, WA:984##|Flagstaff, AZ:860##|Burlington, VT:054##|Lubbock, TX:794##|Sarasota, FL:342##',
       addr=['{n}{n} {st} {sx}, {city} {pc}', '{n}{n} {st} {sx} Apt {k}, {city} {pc}'], sx='St|Ave|Dr|Ln|Ct|Blvd',
       ph=dict(greet='Hello,', help='This is the third time I am reaching out and nobody has fixed it.', name='Name', addr='Address',
               phone='Cell', email='Email', dob='DOB', thanks='Thank you', hours='Are you open on Thanksgiving weekend?')),
    _L(tag='de-DE', region='DE', order='gf', iban='DE', nid=[('TAX_ID', 'Steuer-ID', _de_tax, 'de')], passport='C%%%%%%%%', dl=None,
       dom=['web.de', 'gmx.de', 't-online.de', 'posteo.de'], dob='%d.%m.%Y',
       gf='Friederike|Henrike|Wiebke|Ottilie|Frauke|Lieselotte|Gesa|Almut|Swantje|Imke|Dörte|Heike',
       gm='Jannik|Malte|Till|Bastian|Hannes|Jorin|Wendelin|Korbinian|Ansgar|Detlef|Rüdiger|Volkmar',
       fam='Brinkmann|Hölscher|Tiedemann|Overbeck|Kötter|Dreßler|Wienholt|Pfisterer|Landwehr|Rautenberg|Eilers|Hülsmann|Steinhöfel|Voßkuhl|Ortlepp',
       streets='Holunder|Wacholder|Lerchen|Eschen|Brombeer|Kiebitz|Mühlbach|Schlehen|Ginster|Amsel|Quitten|Hagebutten',
       cities='Lüneburg:213##|Bamberg:960##|Detmold:327##|Husum:258##|Passau:940##|Wetzlar:355##|Goslar:386##|Landshut:840##|Coburg:964##|Emden:267##',
       addr=['{st}{sx} {n}, {pc} {city}', '{st}{sx} {n}{a}, {pc} {city}'], sx='weg|straße|ring|stieg',
       ph=dict(greet='Hallo,', help='Ich warte jetzt seit zwei Wochen auf eine Antwort, bitte kümmern Sie sich darum.', name='Name', addr='Anschrift',
               phone='Handy', email='E-Mail', dob='Geburtsdatum', thanks='Viele Grüße', hours='Wann ist Ihre Hotline am Samstag erreichbar?')),
    _L(tag='fr-FR', region='FR', order='gf', iban='FR', nid=[('TAX_ID', 'numéro fiscal', _fr_nif, 'fr')], passport='##@@#####', dl='fr',
       dom=['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'], dob='%d/%m/%Y',
       gf='Solène|Maëlys|Bérénice|Ysaline|Clémence|Ombeline|Perrine|Apolline|Gwendoline|Séverine|Mahaut|Anouchka',
       gm='Gaspard|Anatole|Côme|Aurélien|Baptiste|Tristan|Léandre|Gauthier|Enguerrand|Thibaut|Amaury|Loïc',
       fam='Chevallier|Lemarchand|Vasseur|Brunetière|Peyrache|Castagnet|Rouvière|Malandain|Garnaud|Jolivet|Quintard|Picquart|Trouillard|Delmotte|Coquelin',
       streets='des Glycines|du Moulin-Vieux|des Tanneurs|des Capucines|du Pré-Fleuri|des Oliviers|de l’Abreuvoir|des Lavandières|du Colombier|des Tilleuls',
       cities='Angoulême:16000|Quimper:29000|Colmar:68000|Périgueux:24000|Annecy:74000|Saumur:49400|Albi:81000|Dole:39100|Vannes:56000|Niort:79000',
       addr=['{n} rue {st}, {pc} {city}', '{n} bis rue {st}, {pc} {city}', 'Apt {k}, {n} allée {st}, {pc} {city}'], sx='',
       ph=dict(greet='Bonjour,', help='Cela fait trois semaines que j’attends, merci de régler le problème rapidement.', name='Nom', addr='Adresse',
               phone='Portable', email='E-mail', dob='Date de naissance', thanks='Cordialement', hours='Votre service client est-il ouvert le dimanche ?')),
    _L(tag='es-ES', region='ES', order='gf', iban='ES', nid=[('NATIONAL_ID', 'DNI', _es_dni, 'es')], passport='@@@######', dl=None,
       dom=['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'], dob='%d/%m/%Y',
       gf='Ainhoa|Nerea|Itziar|Maite|Almudena|Rocío|Candela|Leire|Arantxa|Begoña|Covadonga|Macarena',
       gm='Iker|Unai|Gonzalo|Rodrigo|Íñigo|Baltasar|Fermín|Telmo|Aitor|Gorka|Sebastián|Eneko',
       fam='Etxeberria|Sandoval|Aranguren|Montoya|Villalobos|Barrientos|Olmedo|Larrañaga|Cifuentes|Peñalver|Zubizarreta|Benavente|Galindo|Urquijo|Carrasco',
       streets='los Almendros|las Jacarandas|los Alfareros|los Tejedores|del Azahar|del Olivar|los Cordeleros|las Adelfas|del Romeral|los Alcornoques',
       cities='Cáceres:100##|Logroño:260##|Huesca:220##|Ourense:320##|Soria:420##|Teruel:440##|Zamora:490##|Segovia:400##|Cuenca:160##|Lugo:270##',
       addr=['Calle {st}, {n}, {m}º {a}, {pc} {city}', 'Avda. {st}, {n}, {pc} {city}'], sx='',
       ph=dict(greet='Hola,', help='Llevo dos semanas esperando una respuesta, por favor solucionadlo ya.', name='Nombre', addr='Dirección',
               phone='Móvil', email='Correo', dob='Fecha de nacimiento', thanks='Un saludo', hours='¿A qué hora abre el servicio de atención al cliente los sábados?')),
    _L(tag='it-IT', region='IT', order='gf', iban='IT', nid=[('TAX_ID', 'codice fiscale', _it_cf, 'it')], passport='@@#######', dl='it',
       dom=['libero.it', 'virgilio.it', 'tiscali.it', 'alice.it'], dob='%d/%m/%Y',
       gf='Ludovica|Ginevra|Benedetta|Ottavia|Caterina|Matilde|Vittoria|Cesira|Eleonora|Arianna|Gemma|Serena',
       gm='Tommaso|Jacopo|Ettore|Lapo|Brando|Ruggero|Amedeo|Guido|Pierluigi|Corrado|Gianmarco|Saverio',
       fam='Bonfiglio|Castellucci|Zanardi|Scarpellini|Mancuso|Tedeschi|Righetti|Fumagalli|Sartori|Brambilla|Guarnieri|Occhipinti|Ferraro|Boccardi|Lanzafame',
       streets='delle Mimose|dei Gelsi|del Carmine|dei Vasai|delle Ortensie|del Pozzo|dei Tigli|della Fornace|dei Mandorli|delle Viole',
       cities='Mantova (MN):46100|Lecce (LE):73100|Cremona (CR):26100|Rovigo (RO):45100|Viterbo (VT):01100|Belluno (BL):32100|Matera (MT):75100|Sondrio (SO):23100',
       addr=['Via {st} {n}, {pc} {city}', 'Vicolo {st} {n}/{a}, {pc} {city}'], sx='',
       ph=dict(greet='Buongiorno,', help='Aspetto da due settimane e nessuno mi risponde, vi prego di risolvere.', name='Nome', addr='Indirizzo',
               phone='Cellulare', email='E-mail', dob='Data di nascita', thanks='Cordiali saluti', hours='Il servizio clienti è aperto la domenica?')),
    _L(tag='nl-NL', region='NL', order='gf', iban='NL', nid=[('NATIONAL_ID', 'BSN', _nl_bsn, 'nl')], passport='@@%%%%%%#', dl='nl',
       dom=['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hetnet.nl'], dob='%d-%m-%Y',
       gf='Femke|Marieke|Lieke|Ilse|Roos|Fenna|Anouk|Jikke|Sietske|Marloes|Geertje|Wilma',
       gm='Joost|Sjoerd|Maarten|Thijs|Wouter|Gijs|Stijn|Bram|Jelmer|Douwe|Hidde|Rutger',
       fam='van Dijkhuizen|Hoekstra|Verbeek|Kuipers|van der Meulen|Postma|Oosterhuis|Bakhuizen|Terpstra|Wijnands|Groeneveld|Schipper|Ruiterkamp|Bosgra|Zijlstra',
       streets='Lijsterbes|Korenbloem|Dotterbloem|Kievit|Zwaluw|Vlinder|Heggerank|Meidoorn|Sleedoorn|Boterbloem',
       cities='Zwolle:80## @@|Leeuwarden:89## @@|Deventer:74## @@|Assen:94## @@|Gouda:28## @@|Venlo:59## @@|Harderwijk:38## @@|Middelburg:43## @@',
       addr=['{st}{sx} {n}, {pc} {city}', '{st}{sx} {n}-{a}, {pc} {city}'], sx='straat|laan|hof|weg',
       ph=dict(greet='Goedemiddag,', help='Ik wacht al twee weken op antwoord, wilt u dit nu oplossen?', name='Naam', addr='Adres',
               phone='Mobiel', email='E-mail', dob='Geboortedatum', thanks='Met vriendelijke groet', hours='Is de klantenservice op zondag bereikbaar?')),
    _L(tag='pt-BR', region='BR', order='gf', iban='BR', nid=[('TAX_ID', 'CPF', _br_cpf, 'br')], passport='@@######', dl=None,
       dom=['uol.com.br', 'bol.com.br', 'gmail.com', 'terra.com.br'], dob='%d/%m/%Y',
       gf='Larissa|Yasmin|Rafaela|Luana|Iara|Bianca|Jaqueline|Tainá|Thaís|Giovana|Marília|Rayane',
       gm='Thiago|Caio|Otávio|Heitor|Vinícius|Davi|Renan|Ícaro|Wesley|Anderson|Juliano|Raoni',
       fam='Albuquerque|Nogueira|Figueiredo|Cavalcanti|Bezerra|Sampaio|Queiroz|Magalhães|Guimarães|Rezende|Aragão|Siqueira|Bittencourt|Vasconcelos|Sobral',
       streets='das Acácias|dos Ipês|do Cajueiro|das Hortênsias|dos Bem-te-vis|da Mangueira|dos Jasmins|das Quaresmeiras|dos Sabiás|do Jequitibá',
       cities='Campinas - SP:130##-###|Londrina - PR:860##-###|Joinville - SC:892##-###|Uberlândia - MG:384##-###|Natal - RN:590##-###|Maringá - PR:870##-###|Petrópolis - RJ:256##-###|Sorocaba - SP:180##-###',
       addr=['Rua {st}, {n}{n}, apto {k}, {city}, CEP {pc}', 'Rua {st}, {n}, {city}, {pc}'], sx='',
       ph=dict(greet='Olá,', help='Já faz duas semanas que estou esperando, por favor resolvam isso.', name='Nome', addr='Endereço',
               phone='Celular', email='E-mail', dob='Data de nascimento', thanks='Obrigada', hours='Vocês atendem aos domingos pelo chat?')),
    _L(tag='pl-PL', region='PL', order='gf', iban='PL', nid=[('NATIONAL_ID', 'PESEL', _pl_pesel, 'pl')], passport='@@#######', dl=None,
       dom=['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'], dob='%d.%m.%Y',
       gf='Zuzanna|Oliwia|Weronika|Malwina|Agnieszka|Łucja|Iga|Bożena|Halina|Jadwiga|Sylwia|Urszula',
       gm='Bartosz|Kacper|Jędrzej|Szymon|Przemysław|Wojciech|Dominik|Radosław|Grzegorz|Mirosław|Zbigniew|Ireneusz',
       fam='Krawczyk|Pawlak|Sikora|Baran|Kaczmarek|Wróbel|Dudek|Michalak|Sobczak|Szulc|Kubiak|Kołodziej|Chmiel|Cichoń|Grabarz',
       streets='Jarzębinowa|Konwaliowa|Wrzosowa|Bławatkowa|Jaśminowa|Modrzewiowa|Kasztanowa|Żurawia|Czeremchowa|Poziomkowa',
       cities='Toruń:87-1##|Olsztyn:10-###|Rzeszów:35-###|Kielce:25-###|Opole:45-###|Zamość:22-4##|Płock:09-4##|Elbląg:82-3##',
       addr=['ul. {st} {n}/{k}, {pc} {city}', 'ul. {st} {n}, {pc} {city}'], sx='',
       ph=dict(greet='Dzień dobry,', help='Czekam już dwa tygodnie na odpowiedź, proszę to wreszcie załatwić.', name='Imię i nazwisko', addr='Adres',
               phone='Telefon', email='E-mail', dob='Data urodzenia', thanks='Pozdrawiam', hours='Czy infolinia działa w niedzielę?')),
    _L(tag='sv-SE', region='SE', order='gf', iban='SE', nid=[('NATIONAL_ID', 'personnummer', _se_pnr, 'se')], passport='########', dl=None,
       dom=['telia.com', 'gmail.com', 'bredband.net', 'hotmail.se'], dob='%Y-%m-%d',
       gf='Linnea|Ebba|Tindra|Saga|Alva|Signe|Majken|Vilda|Ronja|Svea|Ylva|Idun',
       gm='Viggo|Algot|Hjalmar|Ludvig|Elof|Frej|Ivar|Sixten|Tage|Gunnar|Birger|Melker',
       fam='Sjöberg|Holmqvist|Ekström|Bergkvist|Lundell|Wallin|Nordqvist|Hägglund|Åkesson|Strömberg|Forsell|Palmgren|Engdahl|Blomqvist|Sandell',
       streets='Lingon|Blåbärs|Hassel|Rönnbärs|Sälg|Hägg|Ljung|Vitsippe|Smultron|Odon',
       cities='Västerås:722 ##|Umeå:903 ##|Växjö:352 ##|Falun:791 ##|Karlstad:652 ##|Östersund:831 ##|Kalmar:392 ##|Luleå:972 ##',
       addr=['{st}{sx} {n}, {pc} {city}', '{st}{sx} {n} lgh 1{k}{k}, {pc} {city}'], sx='gatan|vägen|stigen',
       ph=dict(greet='Hej,', help='Jag har väntat i två veckor på svar, snälla lös det här nu.', name='Namn', addr='Adress',
               phone='Mobil', email='E-post', dob='Födelsedatum', thanks='Mvh', hours='Har ni öppet i kundtjänst på söndagar?')),
    _L(tag='fi-FI', region='FI', order='gf', iban='FI', nid=[('NATIONAL_ID', 'henkilötunnus', _fi_hetu, 'fi')], passport='@@#######', dl=None,
       dom=['luukku.com', 'gmail.com', 'elisanet.fi', 'kolumbus.fi'], dob='%d.%m.%Y',
       gf='Aino|Venla|Iida|Sanni|Helmi|Kerttu|Siiri|Pihla|Aada|Vilja|Inkeri|Tyyne',
       gm='Eero|Onni|Lauri|Veeti|Aapo|Joona|Ilmari|Teemu|Valtteri|Eetu|Kalle|Urho',
       fam='Heikkilä|Laaksonen|Rautiainen|Väisänen|Salminen|Kettunen|Hyvönen|Karjalainen|Oksanen|Pesonen|Tuominen|Ahonen|Honkanen|Kinnunen|Räsänen',
       streets='Pihlaja|Kanerva|Kataja|Mesimarja|Lehmus|Tuomi|Sorsa|Kielo|Vadelma|Mustikka',
       cities='Tampere:33###|Oulu:90###|Jyväskylä:40###|Kuopio:70###|Lahti:15###|Pori:28###|Joensuu:80###|Vaasa:65###',
       addr=['{st}{sx} {n} B {k}, {pc} {city}', '{st}{sx} {n}, {pc} {city}'], sx='katu|tie|polku',
       ph=dict(greet='Hei,', help='Olen odottanut vastausta kaksi viikkoa, hoitakaa tämä nyt kuntoon.', name='Nimi', addr='Osoite',
               phone='Puhelin', email='Sähköposti', dob='Syntymäaika', thanks='Terveisin', hours='Onko asiakaspalvelu auki sunnuntaina?')),
    _L(tag='tr-TR', region='TR', order='gf', iban='TR', nid=[('NATIONAL_ID', 'T.C. Kimlik No', _tr_tck, 'tr')], passport='U########', dl=None,
       dom=['hotmail.com', 'gmail.com', 'yandex.com.tr', 'mynet.com'], dob='%d.%m.%Y',
       gf='Elif|Zeynep|Defne|Ecrin|Nehir|İpek|Gizem|Dilara|Beril|Şule|Tuğba|Öykü',
       gm='Burak|Emre|Kaan|Oğuz|Barış|Tolga|Serkan|Umut|Berk|Onur|Yiğit|Cem',
       fam='Yıldırım|Aydoğan|Kaplan|Çelikkaya|Karabulut|Erdem|Tekin|Bozkurt|Akgül|Şahinler|Korkmaz|Uysal|Ergün|Sarıkaya|Dumanlı',
       streets='Lale|Menekşe|Ihlamur|Çınar|Papatya|Zambak|Begonya|Akasya|Manolya|Karanfil',
       cities='Kadıköy/İstanbul:347##|Çankaya/Ankara:066##|Karşıyaka/İzmir:355##|Nilüfer/Bursa:161##|Muratpaşa/Antalya:071##|Odunpazarı/Eskişehir:260##',
       addr=['{st} Mah. {st2} Sok. No: {n} D: {k}, {pc} {city}', '{st} Sok. No: {n}/{m}, {pc} {city}'], sx='',
       ph=dict(greet='Merhaba,', help='İki haftadır cevap bekliyorum, lütfen artık çözün.', name='Ad Soyad', addr='Adres',
               phone='Cep', email='E-posta', dob='Doğum tarihi', thanks='Teşekkürler', hours='Çağrı merkeziniz pazar günü açık mı?')),
    _L(tag='ru-RU', region='RU', order='fg', iban=None, nid=[('TAX_ID', 'ИНН', _ru_inn, 'ru')], passport='## #######', dl=None,
       dom=['mail.ru', 'yandex.ru', 'rambler.ru', 'list.ru'], dob='%d.%m.%Y',
       gf='Ярослава:Yaroslava|Василиса:Vasilisa|Милана:Milana|Злата:Zlata|Есения:Yesenia|Варвара:Varvara|Ульяна:Ulyana|Таисия:Taisia|Агата:Agata|Снежана:Snezhana',
       gm='Тимофей:Timofey|Елисей:Yelisey|Всеволод:Vsevolod|Арсений:Arseny|Демид:Demid|Савелий:Saveliy|Мирон:Miron|Глеб:Gleb|Прохор:Prokhor|Ростислав:Rostislav',
       fam='Черных|Белых|Долгих|Седых|Рудых|Кравец|Мороз|Ильиных|Кучер|Зимних|Шубин|Гладких',
       streets='Рябиновая|Сиреневая|Кленовая|Черёмуховая|Заречная|Луговая|Брусничная|Ольховая',
       cities='Вологда:160###|Тверь:170###|Калуга:248###|Псков:180###|Кострома:156###|Рязань:390###|Томск:634###|Пенза:440###',
       addr=['ул. {st}, д. {n}, кв. {k}, г. {city}, {pc}', '{pc}, г. {city}, ул. {st}, д. {n}, кв. {k}'], sx='',
       ph=dict(greet='Здравствуйте,', help='Жду ответа уже две недели, пожалуйста, решите вопрос.', name='ФИО', addr='Адрес',
               phone='Телефон', email='Почта', dob='Дата рождения', thanks='Спасибо', hours='Работает ли ваша поддержка в воскресенье?')),
    _L(tag='uk-UA', region='UA', order='fg', iban='UA', nid=[('TAX_ID', 'РНОКПП', _ua_rntrc, 'ua')], passport='@@######', dl=None,
       dom=['ukr.net', 'i.ua', 'gmail.com', 'meta.ua'], dob='%d.%m.%Y',
       gf='Оксана:Oksana|Соломія:Solomiia|Ярина:Yaryna|Мирослава:Myroslava|Христина:Khrystyna|Зоряна:Zoriana|Богдана:Bohdana|Устина:Ustyna',
       gm='Богдан:Bohdan|Тарас:Taras|Остап:Ostap|Назар:Nazar|Данило:Danylo|Левко:Levko|Ярема:Yarema|Орест:Orest',
       fam='Гончаренко|Литвиненко|Бойко|Савчук|Ткачук|Коваленко|Мельничук|Остапчук|Гуменюк|Данильчук|Кириленко|Ющенко-Бас',
       streets='Калинова|Бузкова|Вишнева|Горіхова|Соснова|Каштанова|Липова|Ясенева',
       cities='Вінниця:21###|Полтава:36###|Чернігів:14###|Житомир:10###|Ужгород:88###|Луцьк:43###|Суми:40###|Тернопіль:46###',
       addr=['вул. {st}, буд. {n}, кв. {k}, м. {city}, {pc}'], sx='',
       ph=dict(greet='Добрий день,', help='Чекаю на відповідь уже два тижні, будь ласка, вирішіть питання.', name='ПІБ', addr='Адреса',
               phone='Телефон', email='Пошта', dob='Дата народження', thanks='Дякую', hours='Чи працює ваша підтримка в неділю?')),
    _L(tag='el-GR', region='GR', order='gf', iban='GR', nid=[('TAX_ID', 'ΑΦΜ', _gr_afm, 'gr')], passport='@@#######', dl=None,
       dom=['otenet.gr', 'yahoo.gr', 'gmail.com', 'hol.gr'], dob='%d/%m/%Y',
       gf='Δανάη:Danai|Ζωή:Zoi|Ιφιγένεια:Ifigeneia|Μυρτώ:Myrto|Χρυσάνθη:Chrysanthi|Αλκμήνη:Alkmini|Ευανθία:Evanthia|Σταματία:Stamatia',
       gm='Στέλιος:Stelios|Ορέστης:Orestis|Φώτης:Fotis|Άρης:Aris|Μιλτιάδης:Miltiadis|Παναγιώτης:Panagiotis|Χαράλαμπος:Charalampos|Σπύρος:Spyros',
       fam='Παπαδάκης/Παπαδάκη|Κωνσταντινίδης/Κωνσταντινίδου|Μαυρογιάννης/Μαυρογιάννη|Ζαχαρίου|Σταυρόπουλος/Σταυροπούλου|Λαμπράκης/Λαμπράκη|Βλαχογιάννης/Βλαχογιάννη|Τσιρίγος/Τσιρίγου|Ξενάκης/Ξενάκη',
       streets='Ανεμώνης|Κυκλάμινου|Βυσσινιάς|Ευκαλύπτου|Λεμονιάς|Γαρδένιας|Πλατάνων|Αμυγδαλιάς',
       cities='Πάτρα:262 ##|Λάρισα:412 ##|Βόλος:382 ##|Ιωάννινα:452 ##|Χανιά:731 ##|Καλαμάτα:241 ##|Κοζάνη:501 ##|Ξάνθη:671 ##',
       addr=['{st} {n}, {pc} {city}', 'Οδός {st} {n}, {m}ος όροφος, {pc} {city}'], sx='',
       ph=dict(greet='Καλησπέρα σας,', help='Περιμένω απάντηση δύο εβδομάδες, παρακαλώ λύστε το θέμα.', name='Ονοματεπώνυμο', addr='Διεύθυνση',
               phone='Κινητό', email='Email', dob='Ημερομηνία γέννησης', thanks='Ευχαριστώ', hours='Είναι ανοιχτή η εξυπηρέτηση πελατών την Κυριακή;')),
    _L(tag='ar-EG', region='EG', order='gf', iban='EG', nid=[], passport='@########', dl=None,
       dom=['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'], dob='%d/%m/%Y',
       gf='نورهان:Nourhan|رحاب:Rehab|هبة:Heba|مروة:Marwa|شيماء:Shaimaa|إسراء:Esraa|ندى:Nada|رضوى:Radwa',
       gm='طارق:Tarek|شريف:Sherif|عمرو:Amr|حازم:Hazem|وليد:Walid|مصطفى:Mostafa|أيمن:Ayman|هشام:Hesham',
       fam='الشناوي|عبد الرازق|البنا|الجمال|الدسوقي|عطية|فهمي|الشربيني|القاضي|حجازي|الغمراوي|أبو النجا',
       streets='البستان|الفردوس|النخيل|الزيتون|الصفا|الريحان|الكروم|اللوتس',
       cities='مدينة نصر، القاهرة:11###|المعادي، القاهرة:11###|سموحة، الإسكندرية:21###|الدقي، الجيزة:12###|المنصورة، الدقهلية:35###|طنطا، الغربية:31###',
       addr=['{n} شارع {st}، الدور {m}، شقة {k}، {city} {pc}', 'عمارة {n} شارع {st}، {city}'], sx='',
       ph=dict(greet='السلام عليكم،', help='أنتظر الرد منذ أسبوعين، أرجو حل المشكلة في أسرع وقت.', name='الاسم', addr='العنوان',
               phone='الموبايل', email='البريد الإلكتروني', dob='تاريخ الميلاد', thanks='شكراً', hours='هل خدمة العملاء متاحة يوم الجمعة؟')),
    _L(tag='he-IL', region='IL', order='gf', iban='IL', nid=[('NATIONAL_ID', 'ת.ז.', _il_id, 'il')], passport='########', dl=None,
       dom=['walla.co.il', 'gmail.com', 'bezeqint.net', 'netvision.net.il'], dob='%d/%m/%Y',
       gf='הדס:Hadas|שירה:Shira|מעיין:Maayan|טליה:Talia|אביגיל:Avigail|יערה:Yaara|הילה:Hila|רוני:Roni',
       gm='עידו:Ido|איתמר:Itamar|נדב:Nadav|יהונתן:Yehonatan|עמרי:Omri|אסף:Asaf|ערן:Eran|גלעד:Gilad',
       fam='ברקוביץ|שטרנברג|אלמוג|גולדשטיין|פרידמן|אזולאי|מזרחי|ביטון|שפירא|רוזנטל|דהן|אוחיון',
       streets='הדקל|הרימון|האלון|הגפן|התאנה|הזית|השקד|הברוש',
       cities='חיפה:3#####|באר שבע:84#####|רחובות:76#####|כפר סבא:44#####|נתניה:42#####|מודיעין:71#####',
       addr=['רחוב {st} {n}, דירה {k}, {city} {pc}', '{st} {n}/{k}, {city}'], sx='',
       ph=dict(greet='שלום,', help='אני מחכה לתשובה כבר שבועיים, בבקשה תטפלו בזה.', name='שם', addr='כתובת',
               phone='נייד', email='מייל', dob='תאריך לידה', thanks='תודה', hours='האם מוקד השירות פתוח ביום שישי?')),
    _L(tag='hi-IN', region='IN', order='gf', iban=None, nid=[('NATIONAL_ID', 'आधार', _in_aadhaar, 'in'), ('TAX_ID', 'PAN', _in_pan, None)],
       passport='@#######', dl=None, dom=['rediffmail.com', 'gmail.com', 'yahoo.co.in', 'outlook.com'], dob='%d-%m-%Y',
       gf='अनन्या:Ananya|कृतिका:Kritika|श्वेता:Shweta|तन्वी:Tanvi|मेघना:Meghna|रुचि:Ruchi|ऐश्वर्या:Aishwarya|गरिमा:Garima',
       gm='विवेक:Vivek|सौरभ:Saurabh|निखिल:Nikhil|हर्ष:Harsh|अंकित:Ankit|रोहन:Rohan|प्रतीक:Prateek|अभिनव:Abhinav',
       fam='श्रीवास्तव|त्रिपाठी|चतुर्वेदी|अग्रवाल|माथुर|सक्सेना|भार्गव|दीक्षित|पांडे|बाजपेयी|खन्ना|कुलश्रेष्ठ',
       streets='गुलमोहर|कदंब|पलाश|चंपा|मौलश्री|अमलतास|शिरीष|कचनार',
       cities='लखनऊ:226###|जयपुर:302###|भोपाल:462###|इंदौर:452###|कानपुर:208###|वाराणसी:221###|देहरादून:248###',
       addr=['मकान नं. {n}, {st} मार्ग, {city} - {pc}', 'फ्लैट {k}, {st} अपार्टमेंट, {city} {pc}'], sx='',
       ph=dict(greet='नमस्ते,', help='मैं दो हफ़्ते से जवाब का इंतज़ार कर रही हूँ, कृपया इसे ठीक करें।', name='नाम', addr='पता',
               phone='मोबाइल', email='ईमेल', dob='जन्म तिथि', thanks='धन्यवाद', hours='क्या आपका कस्टमर केयर रविवार को खुला रहता है?')),
    _L(tag='ja-JP', region='JP', order='fg', iban=None, nid=[('NATIONAL_ID', 'マイナンバー', _jp_in, 'jp')], passport='@@#######', dl=None,
       dom=['docomo.ne.jp', 'yahoo.co.jp', 'ezweb.ne.jp', 'gmail.com'], dob='%Y年%m月%d日',
       gf='千尋:Chihiro|柚葉:Yuzuha|紗季:Saki|琴音:Kotone|朱莉:Akari|美緒:Mio|栞:Shiori|澪:Mio|菫:Sumire|雛乃:Hinano',
       gm='颯太:Sota|湊斗:Minato|悠真:Yuma|慧:Kei|蒼介:Sosuke|樹生:Itsuki|隼人:Hayato|柊:Shu|暁斗:Akito|凌:Ryo',
       fam='東雲|久我|鷲尾|長谷部|早乙女|御手洗|宇佐美|桐谷|芦田|葛西|水無瀬|勅使河原|日下部|小鳥遊',
       streets='若葉台|梅が枝町|柳町|桜ケ丘|緑町|栄町|鶴見町|椿坂',
       cities='宮城県仙台市青葉区:980-####|石川県金沢市:920-####|長野県松本市:390-####|香川県高松市:760-####|北海道函館市:040-####|岡山県倉敷市:710-####|長崎県長崎市:850-####|岩手県盛岡市:020-####',
       addr=['〒{pc} {city}{st}{m}丁目{n}-{k}', '〒{pc} {city}{st}{m}-{n}-{k} コーポ{st}{k}0{m}号室'], sx='',
       ph=dict(greet='お世話になっております。', help='二週間も返事がありません。至急対応をお願いします。', name='氏名', addr='住所',
               phone='携帯電話', email='メール', dob='生年月日', thanks='よろしくお願いいたします', hours='日曜日もサポート窓口は営業していますか？')),
    _L(tag='ko-KR', region='KR', order='fg', iban=None, nid=[('NATIONAL_ID', '주민등록번호', _kr_rrn, 'kr')], passport='M########', dl=None,
       dom=['naver.com', 'daum.net', 'hanmail.net', 'kakao.com'], dob='%Y.%m.%d',
       gf='하린:Harin|채원:Chaewon|예린:Yerin|다온:Daon|소율:Soyul|윤슬:Yunseul|가은:Gaeun|나래:Narae|보미:Bomi',
       gm='도윤:Doyun|시우:Siwoo|건우:Geonwoo|은호:Eunho|태오:Taeo|지환:Jihwan|로운:Rowoon|한결:Hangyeol|승헌:Seungheon',
       fam='남궁|황보|선우|제갈|모|여|탁|편|방|석|변|엄',
       streets='은행나무|느티나무|진달래|개나리|목련|단풍|소나무|백합',
       cities='대전광역시 유성구:34###|광주광역시 북구:61###|청주시 흥덕구:28###|전주시 완산구:55###|창원시 의창구:51###|수원시 영통구:16###',
       addr=['{city} {st}로 {n}, {m}0{k}동 {k}0{m}호 ({pc})', '({pc}) {city} {st}길 {n}-{k}'], sx='',
       ph=dict(greet='안녕하세요,', help='2주째 답변을 기다리고 있습니다. 빨리 해결해 주세요.', name='이름', addr='주소',
               phone='휴대폰', email='이메일', dob='생년월일', thanks='감사합니다', hours='일요일에도 고객센터 운영하나요?')),
    _L(tag='zh-CN', region='CN', order='fg', iban=None, nid=[('NATIONAL_ID', '身份证号', _cn_ric, 'cn')], passport='E########', dl=None,
       dom=['qq.com', '163.com', '126.com', 'sina.com'], dob='%Y年%m月%d日',
       gf='诗涵:Shihan|梓萱:Zixuan|语桐:Yutong|沐晴:Muqing|若溪:Ruoxi|婉清:Wanqing|芷若:Zhiruo|舒窈:Shuyao',
       gm='浩宇:Haoyu|子墨:Zimo|俊熙:Junxi|景行:Jingxing|修远:Xiuyuan|泽楷:Zekai|煜祺:Yuqi|承泽:Chengze',
       fam='欧阳|上官|慕容|尉迟|单|阮|邝|岑|蔺|滕|闫|薛',
       streets='桂花|枫林|杏坛|棠梨|青檀|榴园|松涛|竹溪',
       cities='浙江省绍兴市越城区:312###|江苏省扬州市邗江区:225###|四川省绵阳市涪城区:621###|湖南省岳阳市岳阳楼区:414###|福建省泉州市丰泽区:362###|山东省潍坊市奎文区:261###',
       addr=['{city}{st}路{n}号{m}栋{k}0{m}室（邮编{pc}）', '{city}{st}街{n}号院{m}单元{k}室'], sx='',
       ph=dict(greet='您好，', help='我已经等了两个星期了，请尽快处理。', name='姓名', addr='地址',
               phone='手机', email='邮箱', dob='出生日期', thanks='谢谢', hours='你们的客服周日上班吗？')),
    _L(tag='th-TH', region='TH', order='gf', iban=None, nid=[('NATIONAL_ID', 'เลขบัตรประชาชน', _th_pin, 'th')], passport='@@#######', dl=None,
       dom=['hotmail.co.th', 'gmail.com', 'yahoo.co.th', 'outlook.co.th'], dob='%d/%m/%Y',
       gf='ปรียานุช:Preeyanuch|กมลชนก:Kamonchanok|ณัฐธิดา:Natthida|สุภัสสรา:Supatsara|พิมพ์ชนก:Pimchanok|วรรณวิสา:Wannawisa',
       gm='ธนวัฒน์:Thanawat|กิตติพงษ์:Kittipong|ศุภกร:Suppakorn|ภูริช:Phurich|ณัฐวุฒิ:Nattawut|วีรภัทร:Weerapat',
       fam='ศรีสุวรรณ|บุญประเสริฐ|วงศ์ไพศาล|แก้วมณี|รัตนวงศ์|จันทร์เพ็ญ|สุขเจริญ|เกียรติสกุล|ทองประเสริฐ|ศักดิ์ศรีวงศ์',
       streets='มะลิวัลย์|ศรีดอนไชย|โชตนา|มิตรภาพ|กลางเมือง|ประชาสามัคคี|เจริญราษฎร์|สามัคคีธรรม',
       cities='เชียงใหม่:50###|ขอนแก่น:40###|นครราชสีมา:30###|อุดรธานี:41###|สงขลา:90###|พิษณุโลก:65###',
       addr=['{n}/{k} หมู่ {m} ถนน{st} อำเภอเมือง จังหวัด{city} {pc}', 'บ้านเลขที่ {n}/{k} ซอย{st} {m} จังหวัด{city} {pc}'], sx='',
       ph=dict(greet='สวัสดีค่ะ', help='รอคำตอบมาสองสัปดาห์แล้ว ช่วยแก้ไขให้ด้วยค่ะ', name='ชื่อ-นามสกุล', addr='ที่อยู่',
               phone='เบอร์มือถือ', email='อีเมล', dob='วันเกิด', thanks='ขอบคุณค่ะ', hours='ศูนย์บริการลูกค้าเปิดวันอาทิตย์ไหมคะ')),
    _L(tag='cs-CZ', region='CZ', order='gf', iban='CZ', nid=[('NATIONAL_ID', 'rodné číslo', _cz_rc, 'cz')], passport='########', dl=None,
       dom=['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com'], dob='%d. %m. %Y',
       gf='Klára|Tereza|Markéta|Zdeňka|Radka|Ludmila|Blanka|Šárka|Kateřina|Jitka',
       gm='Vojtěch|Ondřej|Matěj|Přemysl|Radek|Zdeněk|Lubomír|Vítězslav|Bořivoj|Dalibor',
       fam='Novotný/Novotná|Procházka/Procházková|Kučera/Kučerová|Veselý/Veselá|Horák/Horáková|Němec/Němcová|Pokorný/Pokorná|Pospíšil/Pospíšilová|Hájek/Hájková|Jelínek/Jelínková|Šimek/Šimková',
       streets='Lipová|Jasmínová|Topolová|Javorová|Šeříková|Bezová|Kaštanová|Akátová',
       cities='Olomouc:779 00|Plzeň:301 00|Liberec:460 01|Zlín:760 01|Jihlava:586 01|Pardubice:530 02|Tábor:390 01|Kolín:280 02',
       addr=['{st} {n}{n}/{m}, {pc} {city}', '{st} {n}, {pc} {city}'], sx='',
       ph=dict(greet='Dobrý den,', help='Na odpověď čekám už dva týdny, prosím vyřešte to.', name='Jméno', addr='Adresa',
               phone='Mobil', email='E-mail', dob='Datum narození', thanks='Děkuji', hours='Je vaše zákaznická linka otevřená v neděli?')),
]

TLD = {'GB': 'co.uk', 'US': 'com', 'DE': 'de', 'FR': 'fr', 'ES': 'es', 'IT': 'it', 'NL': 'nl', 'BR': 'com.br', 'PL': 'pl',
       'SE': 'se', 'FI': 'fi', 'TR': 'com.tr', 'RU': 'ru', 'UA': 'com.ua', 'GR': 'gr', 'EG': 'com.eg', 'IL': 'co.il',
       'IN': 'in', 'JP': 'co.jp', 'KR': 'co.kr', 'CN': 'cn', 'TH': 'co.th', 'RO': 'ro', 'CZ': 'cz', 'AT': 'at'}


def _roman(s):
    return re.sub(r'[^a-z]', '', unicodedata.normalize('NFKD', s.replace('ł', 'l').replace('Ł', 'L').replace('ß', 'ss')).lower())


def town_key(display):
    """The town's own name: state / province parts (before '^', or trailing codes) and admin suffixes are not pooled."""
    t = display.split('^')[-1]
    t = re.split(r', [A-Z]{2}$| \([A-Z]{2}\)$| - [A-Z]{2}$', t)[0]
    t = t.split('/')[0].split('،')[0]
    if _SPACELESS.search(t):
        t = t.split(' ')[-1]
        t = re.split(r'市|시', t)[0] if re.search(r'市.|시.', t) else t
        t = re.sub(r'(市|区|県|省|구|시|군|도)$', '', t)
    return t


class Locale:
    def __init__(self, raw):
        self.__dict__.update(raw)
        tag = raw['tag']
        raw = dict(raw)
        for extra in (EXTRA, EXTRA2, EXTRA3):
            for k, v in extra.get(tag, {}).items():
                raw[k] = raw[k] + '|' + v

        def names(s):
            out = []
            for e in s.split('|'):
                nat, _, rom = e.partition(':')
                out.append((nat, rom or nat))
            return out
        self.gf = pool(tag + ':gf', names(raw['gf']), key=lambda e: (e[0], e[1]))
        self.gm = pool(tag + ':gm', names(raw['gm']), key=lambda e: (e[0], e[1]))
        self.fam = pool(tag + ':fam', raw['fam'].split('|'), key=lambda e: tuple(e.split('/')))
        self.streets = pool(tag + ':streets', raw['streets'].split('|'))
        self.cities = pool(tag + ':cities', [(c.split(':')[0].replace('^', ''), c.split(':')[1], town_key(c.split(':')[0]))
                                             for c in raw['cities'].split('|')], key=lambda e: e[2])
        self.sxs = raw['sx'].split('|') if raw['sx'] else ['']

    def postcode(self, rng, pat):
        return ''.join(rng.choice('0123456789') if c == '#' else rng.choice('ABDEFGHJLNPQRSTUWXYZ') if c == '@' else c for c in pat)

    def address(self, rng):
        city, pat, _ = rng.choice(self.cities)
        tmpl = rng.choice(self.addr)
        st, st2 = rng.sample(self.streets, 2) if len(self.streets) > 1 else (self.streets[0], self.streets[0])
        return tmpl.format(n=rng.randint(1, 98), k=rng.randint(1, 24), m=rng.randint(1, 9), a=rng.choice('ABCD'),
                           st=st, st2=st2, sx=rng.choice(self.sxs), city=city, pc=self.postcode(rng, pat))

    def business_address(self, rng, brand, what):
        city, pat, _ = rng.choice(self.cities)
        st = rng.choice(self.streets)
        unit = rng.randint(2, 40)
        if self.tag in ('en-GB', 'en-US'):
            park = rng.choice(['Business Park', 'Industrial Estate', 'Trade Park', 'Distribution Centre'])
            return f'{brand} {what}, Unit {unit}, {st} {park}, {city} {self.postcode(rng, pat)}'
        return f'{brand} {what} – Unit {unit}, {st} ({rng.choice(["logistics park", "industrial zone", "business park"])}), {self.postcode(rng, pat)} {city}'


class Person:
    def __init__(self, rng, L):
        self.female = rng.random() < 0.5
        g = rng.choice(L.gf if self.female else L.gm)
        self.given, self.rgiven = g
        fam = rng.choice(L.fam)
        if '/' in fam:
            fam = fam.split('/')[1 if self.female else 0]
        self.family = fam
        if L.order == 'fg':
            sep = '' if L.tag in ('zh-CN', 'ko-KR') or (L.tag == 'ja-JP' and rng.random() < 0.5) else ' '
            self.full = fam + sep + self.given
        else:
            self.full = self.given + ' ' + fam
        self.dob = rand_dob(rng)
        self.L = L
        self.rng = rng

    def email(self):
        rng, L = self.rng, self.L
        g = _roman(self.rgiven)
        f = _roman(self.family) if self.family.isascii() or L.tag not in ('ru-RU', 'uk-UA', 'el-GR', 'ar-EG', 'he-IL', 'hi-IN', 'ja-JP', 'ko-KR', 'zh-CN', 'th-TH') else ''
        opts = [f'{g}{rng.randint(70, 99)}', f'{g}_{rng.choice("abcdefghkmnprst")}{rng.randint(1, 999)}']
        if f:
            opts += [f'{g}.{f}', f'{g[0]}{f}{rng.randint(1, 99)}', f'{f}.{g}{self.dob.year % 100:02d}']
        return f'{rng.choice(opts)}@{rng.choice(L.dom)}'

    def phone(self):
        return phone_value(self.rng, self.L.region, 'mobile')

    def dob_str(self):
        return self.dob.strftime(self.L.dob)

    def nid(self, which=0):
        if not self.L.nid:
            return None
        ent, label, fn, vkey = self.L.nid[min(which, len(self.L.nid) - 1)]
        v = fn(self.rng, self.dob, self.female, self.given, self.family)
        if vkey and not VALIDATE[vkey].is_valid(v.replace(' ', '') if vkey in ('in', 'jp', 'at', 'fr') else v):
            die(f'invalid {label} {vkey}')
        return ent, label, v

    def passport(self):
        return passport_value(self.rng, self.L.passport)

    def licence(self):
        rng = self.rng
        d = self.L.dl
        if d == 'dvla':
            return dvla_licence(rng, self.family, self.given, self.dob, self.female)
        if d == 'us':
            return rng.choice([lambda: 'CA ' + rng.choice(L_UP) + digits(rng, 7), lambda: 'NY ' + digits(rng, 9, True),
                               lambda: 'TX ' + digits(rng, 8, True), lambda: 'FL ' + rng.choice(L_UP) + digits(rng, 12)])()
        if d == 'fr':
            return digits(rng, 12, True)
        if d == 'it':
            return rng.choice(['U1', 'MI', 'VR', 'TO']) + digits(rng, 7) + rng.choice(L_UP)
        if d == 'nl':
            return digits(rng, 10, True)
        return None



# ----------------------------------------------------------------------------------------------------------
# the ten kinds of support desk

_EPONYMS_RAW = [
    ('Earhart', 'the {x} Lounge at Terminal 2'), ('Brunel', 'the {x} Lounge'), ('Chopin', 'Warsaw {x} Airport'),
    ('Nansen', 'the {x} passport desk display'), ('Bazalgette', 'the {x} pumping station depot'),
    ('Telford', 'the {x} Bridge toll office'), ('Semmelweis', 'the {x} clinic car park'), ('Berzelius', 'the {x} Park parcel locker'),
    ('Kubitschek', 'Brasília {x} airport'), ('Boucicaut', 'the {x} department store'), ('Pasteur', 'the depot on Boulevard {x}'),
    ('Hoover', 'a {x} upright vacuum'), ('Jacuzzi', 'a {x} hot tub'), ('Biro', 'a {x} pen'), ('Pullman', 'the {x} carriage'),
    ('Dolby', 'the {x} Atmos setting'), ('Zeppelin', 'the {x} hangar venue'), ('Mackintosh', 'a {x} raincoat'),
    ('Braille', 'a {x} display'), ('Röntgen', 'the {x} imaging centre'), ('Doppler', 'a {x} radar'), ('Bunsen', 'a {x} burner'),
    ('Ampère', 'the {x} charging hub'), ('Macadam', 'the {x} road depot'), ('Fahrenheit', 'the {x} setting'),
    ('Stradivari', 'the {x} music shop'), ('Baedeker', 'a {x} guide'), ('Wankel', 'a {x} engine'), ('Geiger', 'a {x} counter'),
]

KINDS = {
    'telecom': dict(
        stems='Vantelo|Quorra|Brisknet|Altuvo|Nimbra|Teluma', sfx=['Mobile', 'Telecom', 'Fibre'],
        roles=['support', 'porting', 'billing', 'care'], staff='agent', desk='Network Operations Centre',
        intents=[('wants to port their mobile number to us and keep it', ['person', 'phone', 'dob']),
                 ('lost phone, needs a SIM swap; new SIM to be posted home', ['person', 'phone', 'addr']),
                 ('broadband fault; cannot reach their home server from outside, gave their public IP', ['person', 'ip', 'email']),
                 ('changing the direct debit for the monthly plan', ['person', 'iban', 'email']),
                 ('new contract in their name, ID check required', ['person', 'nid', 'dob']),
                 ('asked for a callback only', ['phone']),
                 ('billing dispute; roaming charges, wants a call back', ['person', 'phone', 'email'])]),
    'utility': dict(
        stems='Heliant|Aquenta|Solvaro|Brightwell|Volterra|Calorix', sfx=['Energy', 'Water', 'Power'],
        roles=['support', 'billing', 'moving', 'meters'], staff='advisor', desk='Metering Hub',
        intents=[('moving home: final meter reading at the old address and the new address for the account', ['person', 'addr', 'addr']),
                 ('priority services register for an elderly account holder', ['person', 'dob', 'phone']),
                 ('refund of a credit balance to their bank account', ['person', 'iban']),
                 ('smart meter installation appointment at home', ['person', 'addr', 'phone']),
                 ('account holder verification before a tariff change', ['person', 'nid', 'email']),
                 ('only left an e-mail for the bill copy', ['email'])]),
    'parcel_delivery': dict(
        stems='Parcelora|Swiftkite|Dashbay|Routelo|Kurio|Packetta', sfx=['Express', 'Parcels', 'Logistics'],
        roles=['support', 'customs', 'redelivery', 'claims'], staff='driver', desk='Sorting Centre',
        intents=[('parcel marked delivered but went to the wrong address; gives their real home address', ['person', 'addr', 'phone']),
                 ('customs clearance needs the importer\'s ID number', ['person', 'nid', 'addr']),
                 ('wants the driver to call before arriving', ['person', 'phone']),
                 ('book a collection from home for a return', ['person', 'addr', 'email']),
                 ('redirect to the home address only', ['addr']),
                 ('collecting at the depot; the driving licence shown as ID was noted', ['person', 'dl', 'phone'], ['en-GB', 'en-US', 'fr-FR', 'it-IT', 'nl-NL']),
                 ('damaged item claim, refund to bank account', ['person', 'iban', 'email'])]),
    'retail_returns': dict(
        stems='Mercatto|Homevale|Trovia|Bazaro|Lumora|Casabelle', sfx=['Store', 'Home', 'Outlet'],
        roles=['returns', 'warranty', 'support', 'orders'], staff='advisor', desk='Returns Centre',
        intents=[('refund to the original card; the customer pasted the full card number', ['person', 'card', 'email']),
                 ('warranty claim for a faulty kettle, collection from home', ['person', 'addr', 'phone']),
                 ('refund by bank transfer because the card has expired', ['person', 'iban']),
                 ('order placed under the wrong e-mail; wants it moved', ['person', 'email', 'phone']),
                 ('pasted a card number to pay the restocking fee', ['card']),
                 ('exchange, new size to be sent home', ['person', 'addr', 'email'])]),
    'airline': dict(
        stems='Aerivia|Skylance|Nordwing|Azurline|Volantis|Cirrova', sfx=['Airways', 'Air', 'Airlines'],
        roles=['customercare', 'refunds', 'baggage', 'groups'], staff='agent', desk='Baggage Services',
        intents=[('name correction on the ticket; passport details for advance passenger information', ['person', 'passport', 'dob']),
                 ('refund for a cancelled flight to the card used', ['person', 'card', 'email']),
                 ('delayed bag to be delivered to their home', ['person', 'addr', 'phone']),
                 ('special assistance request; contact number for the day', ['person', 'phone', 'dob']),
                 ('only sent passport number for APIS', ['passport']),
                 ('compensation claim under EU261, payout to bank account', ['person', 'iban', 'email'])]),
    'bank': dict(
        stems='Fidexa|Crownvault|Norvest|Bancora|Tressa|Argentor', sfx=['Bank', 'Savings', 'Direct'],
        roles=['help', 'fraud', 'cards', 'complaints'], staff='advisor', desk='Card Services',
        intents=[('card blocked abroad; identity verification', ['person', 'dob', 'phone', 'card']),
                 ('disputes a transfer out of their account', ['person', 'iban', 'email']),
                 ('the app keeps blocking logins from their home connection', ['person', 'ip', 'email']),
                 ('change of address for statements', ['person', 'addr', 'dob']),
                 ('ID check for a new savings account', ['person', 'nid', 'dob']),
                 ('pasted only their account IBAN for a standing order', ['iban']),
                 ('ACH return on a direct deposit; SSN given for verification', ['person', 'usbank', 'ssn'], ['en-US'])]),
    'insurance': dict(
        stems='Assurelle|Guardio|Protexa|Safira|Mutalis|Tutela', sfx=['Insurance', 'Assurance', 'Cover'],
        roles=['claims', 'help', 'renewals', 'motor'], staff='handler', desk='Claims Centre',
        intents=[('car accident claim; driving licence details', ['person', 'dl', 'phone', 'addr'], ['en-GB', 'en-US', 'fr-FR', 'it-IT', 'nl-NL']),
                 ('travel medical claim with hospital record and health insurance number', ['person', 'health', 'mrn', 'dob'], ['en-GB', 'fr-FR']),
                 ('dental treatment claim; health insurance number for the reimbursement', ['person', 'health', 'email'], ['en-GB', 'fr-FR']),
                 ('home contents claim after a burglary', ['person', 'addr', 'email']),
                 ('claim payout to a bank account', ['person', 'iban']),
                 ('policyholder verification by birth date', ['person', 'dob']),
                 ('renewal quote by e-mail; ID number for the policy', ['person', 'nid', 'email'])]),
    'subscription': dict(
        stems='Streamora|Boxly|Fitwell|Readzine|Melodix|Vidara', sfx=['Plus', 'TV', 'Club'],
        roles=['help', 'billing', 'account', 'support'], staff='agent', desk='Member Services',
        intents=[('charged twice; wants a refund to the card', ['person', 'card', 'email']),
                 ('streaming blocked as being in the wrong country; gave their home IP', ['person', 'ip']),
                 ('account recovery; old e-mail and phone', ['person', 'email', 'phone']),
                 ('print magazine to be delivered to the home address', ['person', 'addr']),
                 ('login help, only their e-mail', ['email']),
                 ('gym membership freeze, birth date for the member check', ['person', 'dob', 'phone'])]),
    'letting_agent': dict(
        stems='Keystead|Lettwell|Tenora|Doorvale|Hearthly|Residia', sfx=['Lettings', 'Homes', 'Property'],
        roles=['lettings', 'maintenance', 'deposits', 'tenancies'], staff='property manager', desk='Lettings Office',
        intents=[('deposit return to the tenant\'s bank account', ['person', 'iban', 'addr']),
                 ('right-to-rent check: passport and birth date', ['person', 'passport', 'dob']),
                 ('urgent leak in the flat; contractor should call', ['person', 'addr', 'phone']),
                 ('tenant referencing with ID number', ['person', 'nid', 'email']),
                 ('new tenant\'s address for the inventory', ['addr']),
                 ('rent arrears plan; e-mail and phone for contact', ['person', 'email', 'phone'])]),
    'repair_service': dict(
        stems='Fixora|Mendwell|Tinkra|Repario|Servitas|Wrenchly', sfx=['Repairs', 'Service', 'Care'],
        roles=['bookings', 'service', 'support', 'parts'], staff='engineer', desk='Workshop',
        intents=[('engineer home visit for a boiler fault', ['person', 'addr', 'phone']),
                 ('phone repaired; send it back to the home address', ['person', 'addr', 'email']),
                 ('pays the repair by card over chat', ['person', 'card']),
                 ('warranty repair, proof of purchase under their name', ['person', 'phone', 'email']),
                 ('only a callback number left on the booking', ['phone']),
                 ('washing machine visit, ID shown to the engineer noted on the job', ['person', 'nid', 'addr'])]),
}


# ----------------------------------------------------------------------------------------------------------
# extra candidates (most real names and towns are already used by the other generators, so pools are widened
# with rarer names, smaller towns and locale-true compositional surnames / street stems / given names)
def _comp(a, b, n=60, step=7):
    """Deterministic diagonal product of two morpheme lists (entries may be 'native:roman')."""
    A, B = a.split('|'), b.split('|')
    out, seen = [], set()
    for i in range(len(A) * len(B)):
        x, y = A[i % len(A)], B[(i * step + i // len(A)) % len(B)]
        xn, _, xr = x.partition(':')
        yn, _, yr = y.partition(':')
        if '/' in yn:
            e = '/'.join(xn + part for part in yn.split('/'))
        else:
            e = xn + yn + ((':' + xr + yr) if xr else '')
        if e not in seen:
            seen.add(e)
            out.append(e)
        if len(out) >= n:
            break
    return '|'.join(out)


EXTRA = {
    'en-GB': dict(gf='Araminta|Perpetua|Hermione|Cressida|Elspeth|Morwenna|Theodora|Clementine|Ophelia|Euphemia|Wilhelmina|Beatrix|Isolde|Philomena|Jessamy|Arabella',
                  gm='Aldous|Benedict|Cosmo|Evander|Gideon|Ptolemy|Rupert|Tristram|Jolyon|Inigo|Lysander|Orlando|Piers|Ranulph|Sholto|Leofric',
                  fam=_comp('Ash|Brom|Cald|Dun|Elder|Fern|Hather|Kel|Lang|Nether|Pen|Rad|Shep|Thorn|Ulver|Wen|Yarn|Quen', 'combe|worth|hurst|stead|thwaite|wick|bury|ridge|den|well|cote|shaw'),
                  streets=_comp('Bram|Cob|Dew|Hare|Kite|Lark|Moss|Plover|Rush|Sedge|Teal|Wren', 'field|mead|lea|holme|croft|bank|brook|dale'),
                  cities='Thirsk:YO7 #@@|Settle:BD24 #@@|Bridport:DT6 #@@|Kirkbymoorside:YO62 #@@|Leominster:HR6 #@@|Bude:EX23 #@@|Alnwick:NE66 #@@|Sedbergh:LA10 #@@|Wymondham:NR18 #@@|Oakham:LE15 #@@|Tewkesbury:GL20 #@@|Ulverston:LA12 #@@'),
    'en-US': dict(gf='Oleander|Magnolia|Sunniva|Everly|Temperance|Winslow|Oaklee|Rosalind|Marigold|Henley|Tamsen|Arden|Bexley|Liesl|Honora|Maren',
                  gm='Atticus|Cassius|Ezekiel|Lowell|Ambrose|Cyrus|Fletcher|Hollis|Ignatius|Lucius|Merritt|Obadiah|Sterling|Thatcher|Whitaker|Zebulon',
                  fam=_comp('Black|Bridge|Cold|Elm|Fair|Grand|Hazel|Mill|Oak|Pine|Red|Stone|Whit|Winter', 'ridge|water|brook|field|wood|ford|hill|more|well|son|by|land'),
                  streets=_comp('Aspen|Bayberry|Chokecherry|Dogwood|Hackberry|Ironwood|Locust|Mulberry|Persimmon|Sweetgum', ' Hollow| Crossing| Run| Bluff| Knoll| Glen'),
                  cities='Keene, NH:034##|Bozeman, MT:597##|Paducah, KY:420##|Laramie, WY:820##|Bemidji, MN:566##|Ithaca, NY:148##|Natchez, MS:391##|Astoria, OR:971##|Durango, CO:813##|Decorah, IA:521##|Ruston, LA:712##|Hays, KS:676##'),
    'de-DE': dict(gf='Adelheid|Gerlinde|Hiltrud|Irmtraud|Mechthild|Roswitha|Waltraud|Sieglinde|Edeltraud|Gudrun|Ortrud|Brunhilde|Hedwig|Kunigunde|Reinhild|Wilhelmine',
                  gm='Eckhard|Gernot|Hartmut|Ingo|Lutz|Meinhard|Ortwin|Reinhold|Siegbert|Traugott|Volker|Wolfram|Hartwig|Dietmar|Gunther|Arnulf',
                  fam=_comp('Achter|Brink|Dreh|Eichen|Fehr|Grothe|Haver|Kamp|Linden|Meyen|Nieder|Osten|Rieken|Stein|Tanne|Wester', 'kamp|meier|brock|horst|hage|mann|beck|berg|feld|busch|kötter|ring'),
                  streets=_comp('Ahorn|Birken|Dohlen|Erlen|Fasanen|Hänfling|Kranich|Meisen|Pirol|Rotdorn|Stieglitz|Wiedehopf', ''),
                  cities='Uelzen:295##|Soltau:296##|Alsfeld:363##|Bad Hersfeld:362##|Meppen:497##|Lohr:978##|Schwandorf:924##|Neustrelitz:175##|Wittlich:545##|Zeven:274##|Lingen:498##|Bautzen:026##'),
    'fr-FR': dict(gf='Albane|Bertille|Capucine|Domitille|Eulalie|Félicie|Gersende|Hortense|Iphigénie|Jeanne-Aymée|Laurène|Mahélie|Nolwenn|Oriane|Philippine|Roseline',
                  gm='Aymeric|Bertrand|Clovis|Évrard|Florimond|Ghislain|Hilaire|Jocelyn|Lancelot|Marius|Norbert|Odilon|Prosper|Romuald|Sosthène|Wandrille',
                  streets=_comp('des |du |de la ', 'Chênaie|Tournesols|Coquelicots|Bleuets|Pervenches|Ajoncs|Saules|Noisetiers|Églantiers|Genêts|Sorbiers|Rossignols', 36, 1),
                  cities='Pontarlier:25300|Lannion:22300|Morlaix:29600|Aurillac:15000|Guéret:23000|Millau:12100|Cholet:49300|Figeac:46100|Lisieux:14100|Montbrison:42600|Thonon-les-Bains:74200|Mende:48000'),
    'es-ES': dict(gf='Amparo|Consuelo|Esperanza|Inmaculada|Milagros|Purificación|Remedios|Socorro|Visitación|Ximena|Yaiza|Zuriñe|Edurne|Garazi|Olaia|Uxue',
                  gm='Anselmo|Casimiro|Eleuterio|Feliciano|Gumersindo|Hilario|Leandro|Macario|Nicanor|Patxi|Prudencio|Severiano|Teodoro|Urbano|Xabier|Zacarías',
                  fam=_comp('Arr|Echa|Goi|Iri|Lasa|Olab|Urru|Zaba|Ibar|Agir', 'barren|gorri|koetxea|zabal|rte|ondo|aga|tegui|zábal|rena|ibar|ola'),
                  streets=_comp('los |las |del ', 'Madroños|Retamas|Espliego|Tomillo|Lentiscos|Abedules|Acebos|Arrayanes|Majuelos|Zarzales', 30, 1),
                  cities='Plasencia:106##|Tudela:315##|Astorga:247##|Calatayud:503##|Alcañiz:446##|Ponferrada:044##|Hellín:024##|Tarazona:505##|Benavente:496##|Aranda de Duero:094##|Medina del Campo:474##|Villena:034##'),
    'it-IT': dict(gf='Annunziata|Assunta|Concetta|Filomena|Gelsomina|Immacolata|Loredana|Marisa|Nunzia|Pasqualina|Rosaria|Settimia|Tiziana|Vincenza|Zaira|Ornella',
                  gm='Alfio|Calogero|Carmelo|Domenico|Egidio|Gennaro|Italo|Liborio|Nazzareno|Oreste|Pasquale|Rosario|Santo|Tindaro|Vitaliano|Zeno',
                  fam=_comp('Bel|Cast|Mont|Pel|Ross|San|Ser|Tor|Val|Zan', 'agalli|ellucci|ignani|orsi|iotti|acchia|uzzi|anelli|etti|ardi'),
                  streets=_comp('dei |delle |del ', 'Cipressi|Oleandri|Gerani|Glicini|Carrubi|Fichi|Melograni|Nespoli|Ciliegi|Lecci', 30, 1),
                  cities='Chiavari (GE):16043|Fabriano (AN):60044|Sulmona (AQ):67039|Modica (RG):97015|Bassano del Grappa (VI):36061|Voghera (PV):27058|Foligno (PG):06034|Sciacca (AG):92019|Rovereto (TN):38068|Alghero (SS):07041|Lucera (FG):71036|Chioggia (VE):30015'),
    'nl-NL': dict(gf='Aaltje|Baukje|Dieuwke|Froukje|Geesje|Hiske|Jeltje|Lolkje|Minke|Nynke|Rinske|Sjoukje|Tjitske|Wietske|Ymkje|Aukje',
                  gm='Bauke|Durk|Feike|Gerben|Hessel|Jelle|Klaas-Jan|Lolke|Minne|Pieter-Jan|Rienk|Sybren|Tjeerd|Wiebe|Ype|Auke',
                  fam=_comp('van |de |ter ', 'Voorthuizen|Scheepmaker|Blankevoort|Kolkman|Hazelhoff|Ravesteijn|Tichelaar|Uitterhoeve|Kampinga|Veldkamp|Rozendaal|Wijngaarden', 36, 1),
                  cities='Meppel:79## @@|Tiel:40## @@|Sneek:86## @@|Winterswijk:71## @@|Emmen:78## @@|Kampen:82## @@|Zutphen:72## @@|Hoorn:16## @@|Goes:44## @@|Heerenveen:84## @@'),
    'pt-BR': dict(gf='Aparecida|Conceição|Dalva|Edileusa|Francisca|Gleice|Iracema|Jussara|Lucimar|Marinalva|Neide|Rosângela|Sueli|Valdirene|Zuleide|Kétlin',
                  gm='Adailton|Claudionor|Edivaldo|Francivaldo|Gilberto|Jailson|Josué|Lindomar|Manoel|Nivaldo|Reginaldo|Valdecir|Wanderley|Ubirajara|Jurandir|Deoclécio',
                  fam='Bragança|Cordeiro|Damasceno|Falcão|Gusmão|Holanda|Junqueira|Leitão|Lacerda|Mourão|Novaes|Prates|Quintela|Rosado|Severo|Tavares|Valadares|Xavier|Ximenes|Brandão',
                  streets=_comp('das |dos |da ', 'Paineiras|Aroeiras|Jabuticabeiras|Pitangueiras|Seringueiras|Canjeranas|Sucupiras|Embaúbas|Buritis|Juremas', 30, 1),
                  cities='Garanhuns - PE:553##-###|Itajubá - MG:375##-###|Pelotas - RS:960##-###|Barbacena - MG:362##-###|Crato - CE:631##-###|Registro - SP:119##-###|Jequié - BA:452##-###|Lajes - SC:885##-###|Parnaíba - PI:642##-###|Cacoal - RO:769##-###'),
    'pl-PL': dict(gf='Bronisława|Czesława|Genowefa|Kazimiera|Leokadia|Mieczysława|Stanisława|Teodozja|Wiesława|Zdzisława|Apolonia|Bogumiła|Dobrosława|Jadwiga-Maria|Marianna|Wacława',
                  gm='Bolesław|Czesław|Eugeniusz|Florian|Gracjan|Hieronim|Lechosław|Mścisław|Teofil|Wacław|Zdzisław|Bogumił|Dobromir|Kazimierz|Leszek|Wiesław',
                  fam=_comp('Gaw|Kos|Mich|Pasz|Rud|Sob|Tom|Wal|Zaw|Kur', 'lak|czak|iak|ula|ecki|ała|uś|ek|yk|usz', 50),
                  streets=_comp('Bukszpan|Cyprys|Dereń|Głóg|Jałowc|Kalin|Leszczyn|Malin|Porzecz|Tawuł', 'owa', 10),
                  cities='Sandomierz:27-6##|Łomża:18-4##|Kłodzko:57-3##|Przemyśl:37-7##|Chełm:22-1##|Sanok:38-5##|Lębork:84-3##|Mielec:39-3##|Ostrołęka:07-4##|Wągrowiec:62-1##'),
    'sv-SE': dict(gf='Agda|Astrid-Maj|Dagny|Elvira|Gunvor|Hedvig|Inga-Lill|Kerstin|Ragnhild|Sigrid|Tyra|Ulla-Britt|Vendela|Ingegerd|Maj-Britt|Solveig',
                  gm='Arvid|Bertil|Evert|Folke|Gösta|Helge|Ingvar|Knut|Leif|Ragnar|Sune|Torsten|Valdemar|Ture|Assar|Einar',
                  fam=_comp('Alm|Berg|Ek|Fors|Gran|Hag|Lind|Löv|Rosen|Sjö|Ström|Tall|Vik|Ås', 'qvist|gren|dahl|lund|berg|ström|mark|näs|by|holm|stedt|sten'),
                  streets=_comp('Blåklints|Gullvives|Kattfots|Ljungens|Mjölons|Nyponbuske|Prästkrage|Rallarros|Slånbärs|Vildapel', ''),
                  cities='Sala:733 ##|Hudiksvall:824 ##|Arvika:671 ##|Ljusdal:827 ##|Vimmerby:598 ##|Mora:792 ##|Strängnäs:645 ##|Kiruna:981 ##|Ystad:271 ##|Sollefteå:881 ##'),
    'fi-FI': dict(gf='Aune|Eila|Hilkka|Impi|Kyllikki|Lempi|Martta|Orvokki|Raili|Sirkka|Taimi|Vieno|Aili|Elma|Hellin|Senja',
                  gm='Aarne|Eino|Heikki-Pekka|Jalmari|Kauko|Lassi|Mauno|Oiva|Pentti|Reino|Sulo|Tapio|Uolevi|Veikko|Väinö|Yrjö',
                  fam=_comp('Ahven|Haapa|Juva|Kalli|Kuusi|Lepp|Mänty|Niemi|Paju|Rauta|Saari|Talvi', 'nen|lainen|niemi|mäki|salo|järvi|oja|koski|vaara|lahti'),
                  streets=_comp('Haapa|Kuusi|Leppä|Mänty|Paju|Pähkinä|Raita|Tammi|Vaahtera|Variksen', ''),
                  cities='Iisalmi:74###|Kajaani:87###|Rauma:26###|Savonlinna:57###|Kemi:94###|Forssa:30###|Raahe:92###|Imatra:55###|Loimaa:32###|Kokkola:67###'),
    'tr-TR': dict(gf='Ayten|Bahar|Cansu|Dilek|Esra|Feride|Gönül|Hülya|Jale|Kevser|Leman|Meltem|Nermin|Oya|Pınar|Sevgül',
                  gm='Alper|Bülent|Cengiz|Doğan|Ercan|Fikret|Gökhan|Hakan|İlker|Kâzım|Levent|Muammer|Necati|Orhan|Rüştü|Sinan',
                  fam=_comp('Ak|Kara|Gök|Demir|Yıl|Öz|Kır|Bay|Ten|Sarı', 'soy|taş|can|oğlu|dağ|han|er|kaya|gül|tekin'),
                  streets=_comp('Erik|Nar|Ceviz|Kiraz|Ardıç|Meşe|Söğüt|Defne|Ayva|Badem', '', 10),
                  cities='Merkez/Bolu:141##|Merkez/Kastamonu:371##|Safranbolu/Karabük:786##|Merkez/Amasya:051##|Akçaabat/Trabzon:617##|Merkez/Kırklareli:391##|Ayvalık/Balıkesir:104##|Merkez/Burdur:152##'),
    'ru-RU': dict(gf='Аглая:Aglaya|Евдокия:Yevdokiya|Пелагея:Pelageya|Серафима:Serafima|Стефания:Stefaniya|Феврония:Fevroniya|Агния:Agniya|Мирослава:Miroslava|Олимпиада:Olimpiada|Ефросинья:Yefrosinya',
                  gm='Аким:Akim|Ермолай:Yermolay|Игнат:Ignat|Любомир:Lyubomir|Пантелей:Panteley|Савва:Savva|Тихон:Tikhon|Фрол:Frol|Фома:Foma|Яромир:Yaromir',
                  fam='Белых|Долгих|Седых|Рыжих|Чёрных|Гладких|Круглых|Толстых|Жёлтых|Мягких|Бурых|Сухих|Глухих|Косых|Красных|Малых|Новых|Старых|Добрых|Тихих',
                  streets=_comp('Боярышников|Жимолостн|Калинов|Ореховеньк|Смородинов|Шиповников|Можжевелов|Облепихов', 'ая', 8),
                  cities='Вязьма:215###|Кинешма:155###|Торжок:172###|Белозерск:161###|Елец:399###|Моршанск:393###|Касимов:391###|Бежецк:171###|Галич:157###|Котлас:165###'),
    'uk-UA': dict(gf='Ганна:Hanna|Докія:Dokiia|Леся:Lesia|Мар\'яна:Mariana|Орися:Orysia|Параска:Paraska|Уляна:Uliana|Фросина:Frosyna|Ївга:Yivha|Злата:Zlata',
                  gm='Андрій:Andrii|Гнат:Hnat|Зиновій:Zynovii|Карпо:Karpo|Лук\'ян:Lukian|Мирон:Myron|Панас:Panas|Свирид:Svyryd|Тиміш:Tymish|Юхим:Yukhym',
                  fam=_comp('Ковал|Мельн|Гончар|Ткач|Бондар|Шевч|Кравч|Кушн|Дячен|Пасічн', 'енко|ук|ишин|иченко|ак', 40),
                  streets=_comp('Барвінкова|Волошкова|Глодова|Жасминова|Калинова|Малинова|Ожинова|Терносливова', '', 8),
                  cities='Бердичів:13###|Коломия:78###|Ніжин:16###|Умань:20###|Ізмаїл:68###|Дрогобич:82###|Кременчук:39###|Ковель:45###|Мукачево:89###|Шостка:41###'),
    'el-GR': dict(gf='Αγλαΐα:Aglaia|Βασιλική:Vasiliki|Γαρυφαλλιά:Garyfallia|Ευδοκία:Evdokia|Θεοπίστη:Theopisti|Καλλιόπη:Kalliopi|Λαμπρινή:Lamprini|Ουρανία:Ourania|Πολυξένη:Polyxeni|Φωτεινή:Foteini',
                  gm='Αγησίλαος:Agisilaos|Βαγγέλης:Vangelis|Γρηγόρης:Grigoris|Διονύσης:Dionysis|Ευστάθιος:Efstathios|Θεμιστοκλής:Themistoklis|Λευτέρης:Lefteris|Μανώλης:Manolis|Παντελής:Pantelis|Χρήστος:Christos',
                  fam=_comp('Αναγνωστ|Βενετσαν|Γεωργακ|Δημητρακ|Θεοχαρ|Καλογερ|Μαυροματ|Παπαδημητρ|Σταματ|Χατζηγεωργ', 'άκης/άκη|ίδης/ίδου|όπουλος/οπούλου', 30),
                  streets=_comp('Αγράμπελης|Ασφοδέλων|Δάφνης|Ιτιάς|Κρίνων|Μυρτιάς|Πικροδάφνης|Ροδιάς|Σχίνου|Φτελιάς', ''),
                  cities='Ναύπλιο:211 ##|Τρίκαλα:421 ##|Σέρρες:621 ##|Άρτα:471 ##|Καρδίτσα:431 ##|Αγρίνιο:301 ##|Λιβαδειά:321 ##|Δράμα:661 ##|Κιλκίς:611 ##|Πύργος:271 ##'),
    'ar-EG': dict(gf='أسماء:Asmaa|بسمة:Basma|جيهان:Gihan|داليا:Dalia|رانيا:Rania|سماح:Samah|عبير:Abeer|غادة:Ghada|لمياء:Lamiaa|منى:Mona|نهى:Noha|هالة:Hala',
                  gm='أسامة:Osama|باسم:Bassem|جمال:Gamal|حسام:Hossam|خالد:Khaled|رامي:Ramy|سامح:Sameh|عادل:Adel|مدحت:Medhat|نبيل:Nabil|هاني:Hany|يسري:Yousry',
                  fam=_comp('أبو |', 'الخير|العلا|زيد|حطب|شادي|سعدة|الفضل|النور|ستيت|عوف', 20, 1),
                  streets=_comp('', 'الجهاد|المعهد الديني|السد العالي|ترعة الزمر|المدارس|الطيران|المخابز|الروضة', 8),
                  cities='بنها، القليوبية:13###|دمنهور، البحيرة:22###|الفيوم:63###|بني سويف:62###|المنيا:61###|شبين الكوم، المنوفية:32###|كفر الشيخ:33###|دمياط:34###'),
    'he-IL': dict(gf='אורית:Orit|בתיה:Batya|גאולה:Geula|דבורה:Dvora|זהבה:Zehava|חנה:Hana|יפעת:Yifat|כנרת:Kineret|לימור:Limor|מיכל:Michal|נחמה:Nechama|צביה:Tzviya',
                  gm='אביעד:Aviad|בועז:Boaz|גדעון:Gideon|דורון:Doron|זאב:Zeev|חגי:Hagai|ירון:Yaron|מאיר:Meir|נתנאל:Netanel|עוזי:Uzi|צחי:Tzachi|שמעון:Shimon',
                  fam='אברמוביץ|בוזגלו|גבאי|דנינו|הורוביץ|ויסמן|זילברמן|חדד|טולדנו|יעקובי|כץ-אלון|לנדאו|מלכה|נחום|סויסה|עמר|פרץ|צוקרמן|קרמר|רבינוביץ',
                  streets=_comp('ה', 'ערבה|אשל|שיטה|חרוב|אלה|לבונה|מור|קטלב|רותם|צאלון', 10),
                  cities='קריית שמונה:11#####|נהריה:22#####|עפולה:18#####|דימונה:86#####|אשקלון:78#####|יקנעם:20#####|טבריה:14#####|קריית גת:82#####'),
    'hi-IN': dict(gf=_comp('अनु:Anu|मधु:Madhu|स्वर्ण:Swarna|सु:Su|प्रेम:Prem|हेम:Hem', 'लता:lata|मिता:mita|रेखा:rekha|ज्योति:jyoti|माला:mala|प्रभा:prabha', 24, 5),
                  gm=_comp('राज:Raj|देव:Dev|हरि:Hari|विजय:Vijay|सूर्य:Surya|चंद्र:Chandra', 'कुमार:kumar|प्रकाश:prakash|दीप:deep|नाथ:nath|वीर:veer|मोहन:mohan', 24, 5),
                  fam='रस्तोगी|कपूरिया|बाहेती|मंडलोई|जायसवाल|खंडेलवाल|गोयनका|झुनझुनवाला|तिवारी|निगम|पुरोहित|राठौर|वार्ष्णेय|शुक्ला|सिंघल|हजेला|उपाध्याय|ओझा',
                  streets=_comp('', 'सेमल|करंज|अर्जुन|बकुल|हरसिंगार|कनेर|नीम|पीपल|जामुन|आंवला', 10),
                  cities='सीतापुर:261###|बहराइच:271###|रायबरेली:229###|सतना:485###|विदिशा:464###|अलवर:301###|भीलवाड़ा:311###|हल्द्वानी:263###'),
    'ja-JP': dict(gf=_comp('美:Mi|紗:Sa|結:Yu|陽:Hi|真:Ma|奈:Na|咲:Sa|千:Chi', '央:o|莉:ri|乃:no|葉:ha|帆:ho|寧:ne|緒:o|和:wa', 40, 3),
                  gm=_comp('颯:Sou|悠:Yuu|蒼:Sou|陽:Haru|律:Ritsu|湊:Mina|奏:Kana|暖:Haru', '太:ta|斗:to|真:ma|介:suke|平:hei|希:ki|翔:to|輝:ki', 40, 3),
                  fam=_comp('鬼|猪|蛭|鮫|雉|鰐|狸|蟹|熊|鴨', '頭|塚|沢|淵|瀬|谷|柳|窪', 40, 3),
                  streets=_comp('', '鶯台|雲雀丘|鵯町|鶺鴒町|翡翠台|椋鳥町|鷭町|鵲町', 8),
                  cities='福島県会津若松市:965-####|山形県鶴岡市:997-####|福井県敦賀市:914-####|鳥取県米子市:683-####|愛媛県宇和島市:798-####|高知県四万十市:787-####|秋田県横手市:013-####|島根県益田市:698-####'),
    'ko-KR': dict(gf=_comp('하:Ha|서:Seo|지:Ji|민:Min|수:Su|예:Ye|윤:Yun|채:Chae|다:Da|가:Ga', '린:rin|윤:yun|은:eun|아:a|희:hui|연:yeon|빈:bin|율:yul', 50, 3),
                  gm=_comp('도:Do|준:Jun|시:Si|건:Geon|태:Tae|지:Ji|승:Seung|현:Hyeon|우:U|주:Ju', '우:u|호:ho|민:min|혁:hyeok|훈:hun|석:seok|찬:chan|원:won', 50, 3),
                  fam='귀|도|류|마|반|빈|사|설|시|옥|온|용|육|은|인|좌|천|추|판|함|현|화|어|국|기|연|진|길|봉|왕|독고|사공|서문',
                  streets=_comp('', '가래울|느릅나무|돌배나무|때죽나무|물푸레|산딸나무|오리나무|자작나무|층층나무|팥배나무', 10),
                  cities='강원특별자치도 강릉시:25###|경상북도 안동시:36###|전라남도 순천시:57###|충청남도 공주시:32###|경상남도 진주시:52###|전북특별자치도 군산시:54###|충청북도 충주시:27###|강원특별자치도 춘천시:24###'),
    'zh-CN': dict(gf=_comp('子:Zi|梓:Zi|雨:Yu|思:Si|欣:Xin|若:Ruo|嘉:Jia|语:Yu|可:Ke|书:Shu', '涵:han|萱:xuan|彤:tong|妍:yan|琪:qi|瑶:yao|菡:han|宁:ning', 50, 3),
                  gm=_comp('浩:Hao|俊:Jun|宇:Yu|泽:Ze|博:Bo|皓:Hao|煜:Yu|晟:Sheng|铭:Ming|奕:Yi', '轩:xuan|然:ran|辰:chen|睿:rui|霖:lin|航:hang|铭:ming|哲:zhe', 50, 3),
                  fam='蒯|逯|郗|禚|冼|缪|宓|糜|鄢|阙|訾|隗|郜|鞠|亢|晏',
                  streets=_comp('', '槐荫|楝花|椿树|榆钱|栾树|柘林|楮桑|檀溪', 8),
                  cities='安徽省安庆市迎江区:246###|江西省赣州市章贡区:341###|河南省洛阳市涧西区:471###|湖北省宜昌市西陵区:443###|广西壮族自治区桂林市秀峰区:541###|云南省大理市:671###|甘肃省天水市秦州区:741###|贵州省遵义市红花岗区:563###'),
    'th-TH': dict(gf=_comp('ปิ่น:Pin|พิม:Pim|กัญ:Kan|ศิ:Si|วร:Wora|รัช:Rat|อร:On|ปภา:Papha', 'นภา:napha|ชนก:chanok|ญา:ya|ธิดา:thida|รินทร์:rin|พรรณ:phan', 40, 3),
                  gm=_comp('ธน:Thana|กิตติ:Kitti|ภู:Phu|ศุภ:Suppha|วีร:Weera|ชย:Chaya|อนุ:Anu|ปริ:Pari', 'พล:phon|วัฒน์:wat|กร:korn|ภัทร:phat|พงษ์:pong|เดช:det', 40, 3),
                  fam=_comp('ศรี|บุญ|วงศ์|แก้ว|ทอง|สุข|เพชร|ประ', 'สวัสดิ์|ไพบูลย์|มณี|รุ่งเรือง|ศิริ|อุดม|สกุลไทย', 40, 3),
                  cities='ลำปาง:52###|น่าน:55###|ตราด:23###|ชุมพร:86###|ยโสธร:35###|สกลนคร:47###|กาญจนบุรี:71###|ลพบุรี:15###'),
    'cs-CZ': dict(gf='Bohumila|Drahomíra|Jaroslava|Libuše|Milada|Naděžda|Růžena|Věnceslava|Vlasta|Zdislava|Dobromila|Ctislava',
                  gm='Bohuslav|Čestmír|Drahoslav|Jaromír|Kvido|Ladislav|Miroslav|Ctibor|Radovan|Soběslav|Svatopluk|Vratislav',
                  fam=_comp('Mach|Kos|Dvor|Kub|Havl|Sedl|Vrb|Kop|Such|Stejskal', 'áček/áčková|ek/ková|íček/íčková|ák/áková', 40),
                  streets=_comp('Bez|Hloh|Jeřáb|Ořeš|Rakyt|Slív|Trnk|Vrb', 'ová', 8),
                  cities='Vsetín:755 01|Třebíč:674 01|Náchod:547 01|Klatovy:339 01|Písek:397 01|Žatec:438 01|Prostějov:796 01|Šumperk:787 01|Znojmo:669 02|Rakovník:269 01'),
}
EXTRA2 = {
    'de-DE': dict(gf='Hannelore|Irmgard|Liesel|Annegret|Elfriede|Gertraud|Hildegard|Luitgard|Notburga|Walburga|Friedlinde|Adelgunde|Almuth|Dietlinde|Edelgard|Gesine|Imme|Jutta|Lioba|Okka|Rixa|Tomke|Uta|Heidelore|Ingeborg'),
    'ru-RU': dict(gf='Агафья:Agafya|Акулина:Akulina|Глафира:Glafira|Домна:Domna|Евпраксия:Yevpraksiya|Капитолина:Kapitolina|Лукерья:Lukerya|Матрёна:Matryona|Нонна:Nonna|Прасковья:Praskovya|Феодосия:Feodosiya|Юлита:Yulita|Авдотья:Avdotya|Калерия:Kaleriya|Изольда:Izolda',
                  gm='Авдей:Avdey|Варфоломей:Varfolomey|Гавриил:Gavriil|Евграф:Yevgraf|Ерофей:Yerofey|Зосима:Zosima|Илларион:Illarion|Кондрат:Kondrat|Лаврентий:Lavrenty|Мефодий:Mefody|Никанор:Nikanor|Онуфрий:Onufry|Порфирий:Porfiry|Фаддей:Faddey|Харитон:Khariton',
                  streets='Брусничная|Земляничная|Васильковая|Ромашковая|Медуничная|Клеверная|Незабудковая|Купальская'),
    'he-IL': dict(cities='ירוחם:80#####|שלומי:22#####|קצרין:12#####|אופקים:87#####|שדרות:87#####|נתיבות:87#####|בית שאן:10#####|מגדל העמק:23#####|קריית טבעון:36#####|זכרון יעקב:30#####|גדרה:70#####|יבנה:81#####|קריית מלאכי:83#####|אור עקיבא:30#####|טירת כרמל:39#####|מעלות-תרשיחא:24#####',
                  streets=_comp('ה', 'צבעוני|כלנית|נורית|סביון|רקפת|חצב|אירוס|לוטם|מרווה|זוטה', 10)),
    'hi-IN': dict(streets=_comp('', 'सप्तपर्णी|पारिजात|मधुमालती|रातरानी|सिंदूरी|कुमुदिनी|केतकी|कदलीवन|चमेली बाग|मोगरा', 10),
                  cities='सुल्तानपुर:228###|प्रतापगढ़:230###|लखीमपुर:262###|शाहजहाँपुर:242###|हरदोई:241###|उन्नाव:209###|छिंदवाड़ा:480###|होशंगाबाद:461###|बूंदी:323###|झुंझुनूं:333###'),
    'ja-JP': dict(cities='山形県^酒田市:998-####|岐阜県^多治見市:507-####|静岡県^掛川市:436-####|兵庫県^豊岡市:668-####|徳島県^鳴門市:772-####|福岡県^柳川市:832-####|宮崎県^日南市:887-####|新潟県^燕市:959-####|茨城県^笠間市:309-####|三重県^亀山市:519-####|滋賀県^彦根市:522-####|奈良県^五條市:637-####',
                  streets=_comp('', '鵤台|鷦鷯町|鶫ケ丘|鵐台|鶸町|鴫野|鷽町|鸛台', 8)),
    'ko-KR': dict(cities='경상북도^영주시:36###|전라남도^나주시:58###|충청남도^논산시:32###|경상남도^밀양시:50###|전북특별자치도^남원시:55###|강원특별자치도^삼척시:25###|충청북도^제천시:27###|경상북도^상주시:37###|전라남도^광양시:57###|경기도^이천시:17###|경기도^포천시:11###|충청남도^서산시:31###',
                  fam='탄|궉|묵|섭|빙|뇌|담|란|망|비'),
    'zh-CN': dict(cities='江西省^景德镇市珠山区:333###|浙江省^丽水市莲都区:323###|河北省^邢台市襄都区:054###|山西省^晋城市城区:048###|湖南省^郴州市北湖区:423###|广东省^肇庆市端州区:526###|安徽省^黄山市屯溪区:245###|四川省^乐山市市中区:614###|陕西省^汉中市汉台区:723###|福建省^龙岩市新罗区:364###|江苏省^泰州市海陵区:225###|山东省^日照市东港区:276###',
                  fam='钭|濮|堵|隆|荀|羿|酆|璩|晁|暨|郏|牟'),
    'fr-FR': dict(streets=_comp('des |du |de la ', 'Cormiers|Alisiers|Néfliers|Cognassiers|Mûriers|Prunelliers|Aubépines|Frênes', 24, 1)),
    'es-ES': dict(streets=_comp('los |las |del ', 'Almeces|Azufaifos|Cornicabras|Durillos|Piornos|Jaras|Brezos|Lentiscales', 24, 1)),
    'en-US': dict(cities='Ottumwa, IA:525##|Kearney, NE:688##|Chillicothe, OH:456##|Nacogdoches, TX:759##|Wenatchee, WA:988##|Pocatello, ID:832##|Brattleboro, VT:053##|Hattiesburg, MS:394##|Oneonta, NY:138##|Valdosta, GA:316##'),
    'it-IT': dict(cities='Fidenza (PR):43036|Senigallia (AN):60019|Termoli (CB):86039|Ostuni (BR):72017|Bressanone (BZ):39042|Vasto (CH):66054|Canicattì (AG):92024|Castelfranco Veneto (TV):31033|Sassuolo (MO):41049|Avezzano (AQ):67051'),
    'pt-BR': dict(streets=_comp('das |dos |do ', 'Ingazeiras|Oitizeiros|Mulungus|Pequizeiros|Cambucás|Guabirobas|Araçazeiros|Umbuzeiros', 24, 1),
                  cities='Caruaru - PE:550##-###|Mossoró - RN:596##-###|Chapecó - SC:898##-###|Ituiutaba - MG:383##-###|Arapiraca - AL:573##-###|Itabuna - BA:456##-###|Erechim - RS:997##-###|Rondonópolis - MT:787##-###|Marabá - PA:685##-###|Sobral - CE:620##-###'),
}

EXTRA3 = {
    'ar-EG': dict(streets='مصدق|العروبة|النزهة|الميرغني|الخليفة المأمون|عباس العقاد|مكرم عبيد|الحجاز|شجرة الدر|أحمد عرابي',
                  cities='الزقازيق، الشرقية:44###|الإسماعيلية:41###|بورسعيد:42###|السويس:43###|أسيوط:71###|سوهاج:82###|قنا:83###|الأقصر:85###|أسوان:81###|العريش، شمال سيناء:45###|مرسى مطروح:51###|الغردقة، البحر الأحمر:84###'),
    'zh-CN': dict(cities='浙江省^湖州市吴兴区:313###|江苏省^盐城市亭湖区:224###|安徽省^蚌埠市蚌山区:233###|河南省^开封市鼓楼区:475###|湖北省^襄阳市樊城区:441###|江西省^九江市浔阳区:332###|广东省^汕头市金平区:515###|辽宁省^锦州市古塔区:121###|吉林省^四平市铁西区:136###|黑龙江省^牡丹江市东安区:157###|山东省^临沂市兰山区:276###|河北省^保定市竞秀区:071###'),
    'th-TH': dict(cities='แพร่:54###|พะเยา:56###|สตูล:91###|ระนอง:85###|เลย:42###|มุกดาหาร:49###|บึงกาฬ:38###|อ่างทอง:14###|สิงห์บุรี:16###|ชัยนาท:17###|กาฬสินธุ์:46###|ร้อยเอ็ด:45###'),
    'cs-CZ': dict(gf='Boleslava|Bronislava|Vendula|Alžběta|Dagmar|Hedvika|Jarmila|Květoslava|Libuška|Miloslava|Radmila|Slavěna|Taťána|Vladimíra'),
    'sv-SE': dict(gm='Anund|Botvid|Egon|Frans|Gottfrid|Holger|Inge|Julius|Konrad|Lage|Nils-Erik|Olof|Rune|Sten|Torbjörn|Ulf'),
    'nl-NL': dict(gf='Aafke|Berendina|Dinie|Eelkje|Fokje|Gerdina|Hendrika|Jantina|Klaasje|Lammie|Mientje|Trijntje',
                  cities='Dokkum:91## @@|Steenwijk:83## @@|Coevorden:77## @@|Zierikzee:43## @@|Hardenberg:77## @@|Woerden:34## @@|Culemborg:41## @@|Oss:53## @@'),
    'fi-FI': dict(cities='Kouvola:45###|Hamina:49###|Uusikaupunki:23###|Salo:24###|Nurmes:75###|Kuusamo:93###|Ylivieska:84###|Seinäjoki:60###'),
    'he-IL': dict(fam='אלקבץ|בן-חמו|גרינברג|דגני|הלפרין|ויינשטוק|זגורי|חזן|טננבאום|יוסופוב|לוינסון|מימון|נגר|סלים|עטיה|פינטו|קליין|רייכמן|שושן|תורגמן',
                  streets='הנרקיס|הכלנית|הסחלב|האירוס|הדבורנית|החצב|הצבר|האגוז'),
}



LOCALES = [Locale(r) for r in LOCALES_RAW]
LOC_BY_TAG = {L.tag: L for L in LOCALES}
EPONYMS = pool('eponyms', _EPONYMS_RAW, key=lambda e: (e[0],))
for _k, _v in KINDS.items():
    _v['stems'] = pool('brand:' + _k, _v['stems'].split('|'))


# ----------------------------------------------------------------------------------------------------------
# business side
def hexid(rng, n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def alnum(rng, n, chars='ABCDEFGHJKLMNPQRSTUVWXYZ23456789'):
    return ''.join(rng.choice(chars) for _ in range(n))


class Biz:
    def __init__(self, rng, kind, L):
        k = KINDS[kind]
        self.kind, self.L = kind, L
        self.stem = rng.choice(k['stems'])
        self.name = f"{self.stem} {rng.choice(k['sfx'])}"
        self.domain = f'{self.stem.lower()}.{TLD[L.region]}'
        self.roles = k['roles']
        self.role = f"{rng.choice(k['roles'])}@{self.domain}"
        self.hotline = phone_value(rng, L.region, 'tollfree', fmt=rng.choice([0.1, 0.6]))
        self.desk = k['desk']
        self.staff = k['staff']


def refs(rng, kind, L):
    y = rng.choice([2025, 2026])
    cc = L.region
    r = {
        'telecom': [('Ticket', f'INC-{y}-{digits(rng, 7)}'), ('Account no.', digits(rng, 9, True)),
                    ('PAC', alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(rng, 6)), ('SIM ICCID', '89' + digits(rng, 17)),
                    ('Router', f'VX-{rng.randint(200, 990)} fw {rng.randint(3, 9)}.{rng.randint(0, 20)}.{rng.randint(1, 99)}')],
        'utility': [('Account no.', digits(rng, 10, True)), ('Meter point', digits(rng, 13, True)),
                    ('Meter serial', f'{rng.randint(10, 24)}{rng.choice("KLPQ")}{digits(rng, 7)}'),
                    ('Reading', f'{rng.randint(1000, 99999):05d} kWh'), ('Tariff', f'Fix{rng.choice([12, 24, 36])} v{rng.randint(1, 9)}')],
        'parcel_delivery': [('Tracking', s10_tracking(rng, cc if len(cc) == 2 else 'GB')), ('Tracking', '1Z' + alnum(rng, 6) + digits(rng, 10)),
                            ('Depot', f'{alnum(rng, 3, "ABCDEFGHKLMNPRSTW")}-{rng.randint(1, 40):02d}'), ('Locker', f'PL-{digits(rng, 5)}'),
                            ('Weight', f'{rng.randint(1, 30)}.{rng.randint(0, 9)} kg')],
        'retail_returns': [('Order', f'#{digits(rng, 3, True)}-{digits(rng, 7)}-{digits(rng, 7)}'), ('RMA', f'RMA-{digits(rng, 6)}'),
                           ('SKU', f'{alnum(rng, 2, "ABCDEFGHKLMNPRST")}-{digits(rng, 5)}-{rng.choice(["BLK", "WHT", "38", "42", "M", "L"])}'),
                           ('Serial', 'SN' + alnum(rng, 10)), ('Invoice', f'INV-{y}-{digits(rng, 6)}')],
        'airline': [('Booking ref', alnum(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')), ('E-ticket', f'{rng.randint(100, 999)}-{digits(rng, 10)}'),
                    ('Flight', f'{alnum(rng, 2, "ABCDEFGHKLMNPRSTUVWZ")} {rng.randint(100, 9899)}'), ('Bag tag', f'{alnum(rng, 2, "ABCDEFGHKLMNPRSTUVWZ")}{digits(rng, 6)}'),
                    ('Seat', f'{rng.randint(1, 40)}{rng.choice("ABCDEF")}')],
        'bank': [('Case', f'CB-{y}-{digits(rng, 6)}'), ('Transaction ref', hexid(rng, 12).upper()),
                 ('BIC', alnum(rng, 4, 'ABCDEFGHKLMNPRSTUVWXYZ') + (cc if cc != 'US' else 'US') + alnum(rng, 2, 'ABCDEFGHJKLMN23') + rng.choice(['', 'XXX'])),
                 ('Card', f'•••• {digits(rng, 4)}'), ('Amount', f'{rng.randint(10, 4000)}.{rng.randint(0, 99):02d}')],
        'insurance': [('Policy', f'POL-{alnum(rng, 2, "ABCDEFGHKLMNPRST")}{digits(rng, 8)}'), ('Claim', f'CLM-{y}-{digits(rng, 6)}'),
                      ('Excess', f'{rng.choice([100, 150, 250, 500])}'), ('Garage job', f'GJ-{digits(rng, 5)}'),
                      ('Incident date', f'{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}')],
        'subscription': [('Member ID', f'M{digits(rng, 8)}'), ('Invoice', f'{alnum(rng, 4)}-{digits(rng, 4)}'),
                         ('Plan', rng.choice(['Premium Family (annual)', 'Basic with ads', 'Duo monthly', 'Student'])),
                         ('Promo', rng.choice(['WINTER25', 'FRIENDS3M', 'WELCOME50', 'LOYAL10'])),
                         ('App', f'{rng.choice(["Android TV", "iOS", "web", "Roku"])} {rng.randint(3, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}')],
        'letting_agent': [('Property ref', f'L-{digits(rng, 5)}'), ('Deposit certificate', f'DPS-{digits(rng, 8)}'),
                          ('Maintenance job', f'MNT-{digits(rng, 6)}'), ('Rent', f'{rng.randint(450, 2400)} / month'),
                          ('Inventory', f'INV-{alnum(rng, 5)}')],
        'repair_service': [('Job no.', f'JOB-{digits(rng, 7)}'), ('Part', f'P/N {digits(rng, 4)}-{digits(rng, 3)}'),
                           ('Error code', rng.choice(['E21', 'F28', 'H05', 'E9-1', 'LE', 'OE', '5C'])), ('Serial', 'SN' + alnum(rng, 11)),
                           ('Model', f'{alnum(rng, 2, "ABCDEFGHKLMNPRSTWX")}-{rng.randint(100, 999)}{rng.choice("ABCDX")}')],
    }[kind]
    return r


def refs_text(rs, sep='\n'):
    return sep.join(f'{a}: {b}' for a, b in rs)


SYS = [
    "You are {brand_pos} customer-care assistant. Be concise and polite. Escalations go to {role}; our hotline is {hotline}.",
    "You draft replies for the {brand} helpdesk ({desk}). Never promise compensation above policy. Internal contact: {role}.",
    "Support copilot for {brand} agents. Answer in the customer's language unless told otherwise. Hotline for customers: {hotline}.",
    "You are a triage assistant for {brand}. Classify, summarise and suggest the next action. Do not invent policy.",
]
INSTR = [
    'Draft a reply to this customer in their language.', 'Summarise the case in three bullet points for the back office.',
    'Extract the fields into JSON.', 'Classify this ticket: billing, technical, complaint or other.', 'What should the agent do next?',
    'Translate the customer message into English.', 'Write the internal case note for this contact.',
    'Check whether anything is missing before we can act on this.', 'Rewrite the reply below so it sounds warmer.',
]
INTENT_NOTE = 'Agent note: customer {note}.'

PLACEMENTS = ['user_paste', 'system_crm', 'live_chat', 'tool_result', 'file_part', 'json_schema', 'user_field', 'metadata',
              'image_url', 'assistant_echo', 'user_paste', 'live_chat', 'tool_result', 'system_crm']
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1-mini', 'gpt-4o']


class Rec:
    def __init__(self):
        self.vals = []

    def v(self, ent, value):
        self.vals.append((ent, value))
        return value


def issue_fields(rng, rec, per, L, fields):
    """Returns a list of (label, value) in the customer's words for the requested fields."""
    ph = L.ph
    out = []
    n_addr = 0
    for f in fields:
        if f == 'person':
            out.append((ph['name'], rec.v('person', per.full)))
        elif f == 'phone':
            out.append((ph['phone'], rec.v('phone', per.phone())))
        elif f == 'email':
            out.append((ph['email'], rec.v('email', per.email())))
        elif f == 'addr':
            n_addr += 1
            lab = ph['addr'] if n_addr == 1 else ph['addr'] + ' (new)'
            if n_addr == 1 and fields.count('addr') > 1:
                lab = ph['addr'] + ' (old)'
            out.append((lab, rec.v('STREET_ADDRESS', L.address(rng))))
        elif f == 'dob':
            out.append((ph['dob'], rec.v('DATE_OF_BIRTH', per.dob_str())))
        elif f == 'health' and L.tag == 'en-GB':
            out.append(('NHS number', rec.v('HEALTH_INSURANCE', nhs_number(rng))))
        elif f == 'health' and L.tag == 'fr-FR':
            out.append(('n° de sécurité sociale', rec.v('HEALTH_INSURANCE', _fr_nir(rng, per.dob, per.female))))
        elif f == 'usbank':
            out.append(('Routing no.', rec.v('US_BANK_NUMBER', us_routing(rng))))
            out.append(('Account no.', rec.v('US_BANK_NUMBER', digits(rng, rng.choice([10, 11, 12]), True))))
        elif f == 'ssn':
            out.append(('SSN', rec.v('ssn', us_ssn_value(rng))))
        elif f in ('nid', 'health'):
            if L.nid:
                ent, lab, val = per.nid(rng.randrange(len(L.nid)))
                out.append((lab, rec.v(ent, val)))
            else:
                out.append((ph['phone'], rec.v('phone', per.phone())))
        elif f == 'iban':
            if L.iban:
                out.append(('IBAN', rec.v('iban', iban_value(rng, L.iban))))
            elif L.region == 'US':
                out.append(('Routing no.', rec.v('US_BANK_NUMBER', us_routing(rng))))
                out.append(('Account no.', rec.v('US_BANK_NUMBER', digits(rng, rng.choice([10, 11, 12]), True))))
            else:
                out.append(('Card', rec.v('credit_card', card_number(rng))))
        elif f == 'card':
            out.append(('Card', rec.v('credit_card', card_number(rng))))
        elif f == 'ip':
            out.append(('IP', rec.v('IP_ADDRESS', public_ip(rng))))
        elif f == 'passport':
            out.append(('Passport', rec.v('PASSPORT', per.passport())))
        elif f == 'dl':
            lic = per.licence()
            if lic:
                out.append(('Driving licence', rec.v('DRIVER_LICENSE', lic)))
            else:
                out.append(('Passport', rec.v('PASSPORT', per.passport())))
        elif f == 'mrn':
            out.append(('Hospital record no.', rec.v('MEDICAL_RECORD', rng.choice(['H', 'K', 'MRN', 'RX']) + digits(rng, 7, True))))
        else:
            die('field ' + f)
    if L.region == 'US' and 'nid' not in fields and rng.random() < 0.12 and 'person' in fields:
        out.append(('SSN', rec.v('ssn', us_ssn_value(rng))))
    return out


def customer_block(rng, L, per, items, style, rs):
    ph = L.ph
    if style == 'form':
        return f"{ph['greet']}\n{ph['help']}\n\n" + '\n'.join(f'{a}: {b}' for a, b in items) + \
               f"\n{refs_text(rs[:2])}\n\n{ph['thanks']}"
    if style == 'prose':
        vals = ', '.join(b for a, b in items)
        return f"{ph['greet']} {ph['help']} {refs_text(rs[:1], ' ')}. {vals}. {ph['thanks']}"
    if style == 'json':
        d = {'source': 'crm', 'ref': rs[0][1]}
        for a, b in items:
            d[a] = b
        d['notes'] = ph['help']
        return json.dumps(d, ensure_ascii=False, indent=1)
    # wrap-up (English, written by the agent)
    return 'Call wrap-up: ' + '; '.join(f'{a} {b}' for a, b in items) + f'. Customer said: "{ph["help"]}" ' + refs_text(rs[:2], '; ')


def build_body(rng, rec, biz, L, block, instr, placement, key_value, benign_key, endpoint):
    sysmsg = rng.choice(SYS).format(brand=biz.name, brand_pos=biz.name + ("'" if biz.name.endswith('s') else "'s"), role=biz.role,
                                    hotline=biz.hotline, desk=biz.desk)
    model = rng.choice(MODELS)
    if endpoint == 'completions':
        return {'model': model, 'prompt': f'{sysmsg}\n\n### Case\n{block}\n\n### Task\n{instr}\n\n### Answer\n',
                'max_tokens': rng.choice([256, 400, 600]), 'temperature': rng.choice([0, 0.2, 0.7]), 'stop': ['###']}
    body = {'model': model}
    if placement == 'user_paste':
        msgs = [{'role': 'system', 'content': sysmsg}, {'role': 'user', 'content': f'{instr}\n\n{block}'}]
    elif placement == 'system_crm':
        msgs = [{'role': 'system', 'content': f'{sysmsg}\n\nCustomer record for this session:\n{block}'},
                {'role': 'user', 'content': instr}]
    elif placement == 'live_chat':
        msgs = [{'role': 'system', 'content': sysmsg}, {'role': 'user', 'content': block},
                {'role': 'assistant', 'content': 'Thanks for the details, let me check that for you.'},
                {'role': 'user', 'content': L.ph['help'].split(',')[0].split('،')[0]}]
    elif placement == 'tool_result':
        cid = 'call_' + hexid(rng, 16)
        args = {'query': key_value} if key_value else {'ticket_id': benign_key}
        msgs = [{'role': 'system', 'content': sysmsg}, {'role': 'user', 'content': instr},
                {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                    'name': 'lookup_customer', 'arguments': json.dumps(args, ensure_ascii=False)}}]},
                {'role': 'tool', 'tool_call_id': cid, 'content': block}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'lookup_customer', 'description': f'Look up a {biz.name} customer or ticket.',
                          'parameters': {'type': 'object', 'properties': {'query': {'type': 'string'}, 'ticket_id': {'type': 'string'}}}}}]
    elif placement == 'file_part':
        b64 = base64.b64encode(block.encode('utf-8')).decode('ascii')
        msgs = [{'role': 'system', 'content': sysmsg}, {'role': 'user', 'content': [
            {'type': 'text', 'text': instr},
            {'type': 'file', 'file': {'filename': f'ticket_{benign_key.replace(" ", "_").replace("/", "-")}.txt', 'file_data': f'data:text/plain;base64,{b64}'}}]}]
    elif placement == 'json_schema':
        msgs = [{'role': 'system', 'content': sysmsg}, {'role': 'user', 'content': f'Extract the case fields.\n\n{block}'}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'case_fields', 'strict': True, 'schema': {
            'type': 'object', 'additionalProperties': False, 'required': ['category', 'summary', 'reference'],
            'properties': {'category': {'type': 'string', 'enum': ['billing', 'technical', 'complaint', 'other']},
                           'summary': {'type': 'string'}, 'reference': {'type': 'string', 'description': 'ticket / order / booking reference'}}}}}
    elif placement == 'user_field':
        msgs = [{'role': 'system', 'content': sysmsg}, {'role': 'user', 'content': f'{block}\n\n{instr}'}]
    elif placement == 'metadata':
        msgs = [{'role': 'system', 'content': sysmsg}, {'role': 'user', 'content': f'{instr}\n\n{block}'}]
        body['store'] = True
        md = {'ticket': benign_key, 'queue': rng.choice(biz.roles), 'channel': rng.choice(['email', 'chat', 'phone', 'webform'])}
        if key_value:
            md['customer'] = key_value
        body['metadata'] = md
    elif placement == 'image_url':
        q = {'t': benign_key, 'sig': hexid(rng, 20)}
        if key_value:
            q['uploader'] = key_value
        url = f'https://attachments.{biz.domain}/case/{hexid(rng, 8)}/photo.jpg?' + urllib.parse.urlencode(q)
        msgs = [{'role': 'system', 'content': sysmsg}, {'role': 'user', 'content': [
            {'type': 'text', 'text': f'{instr}\n\n{block}'}, {'type': 'image_url', 'image_url': {'url': url, 'detail': 'low'}}]}]
    elif placement == 'assistant_echo':
        msgs = [{'role': 'system', 'content': sysmsg}, {'role': 'user', 'content': 'Pull up the case, please.'},
                {'role': 'assistant', 'content': f'Here is what we have on file:\n{block}'}, {'role': 'user', 'content': instr}]
    else:
        die('placement ' + placement)
    body['messages'] = msgs
    if placement == 'user_field':
        body['user'] = key_value if key_value else 'usr_' + hexid(rng, 24)
    elif rng.random() < 0.2:
        body['user'] = 'agent-' + hexid(rng, 8)
    if rng.random() < 0.15:
        body['temperature'] = rng.choice([0, 0.3, 0.7])
    return body


def searchable(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s), urllib.parse.unquote_plus(s)]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m.group(1)).decode('utf-8'))
    return '\n'.join(parts)


def entities_of(body, rec):
    text = searchable(body)
    ents = set()
    for ent, val in rec.vals:
        if val in text:
            ents.add(ent)
    return sorted(ents)


# ----------------------------------------------------------------------------------------------------------
# benign hard negatives of the same kinds
BENIGN_VARIANTS = ['template', 'contacts', 'refs', 'docs', 'masked', 'staff', 'eponym', 'network', 'faq']
DOC_PHONES = {'GB': lambda rng: rng.choice([f'07700 900{digits(rng, 3)}', f'0113 496 0{digits(rng, 3)}', f'020 7946 0{digits(rng, 3)}']),
              'US': lambda rng: rng.choice([f'(202) 555-01{digits(rng, 2)}', f'+1 415 555 01{digits(rng, 2)}', f'555-01{digits(rng, 2)}'])}
DOC_CARDS = ['4242 4242 4242 4242', '4111 1111 1111 1111', '5555 5555 5555 4444', '4000 0566 5566 5556', '5200 8282 8282 8210']
CANNED = {
    'telecom': 'Your number transfer is scheduled for {{port_date}}. Keep your old SIM in the phone until the new one shows signal.',
    'utility': 'Thanks for your meter reading of {{reading}} on {{date}}. Your next bill will use this reading.',
    'parcel_delivery': 'Your parcel {{tracking_number}} is at our depot and will be redelivered on {{date}} between {{slot}}.',
    'retail_returns': 'We have received your return {{rma}}. Your refund of {{amount}} will reach your original payment method within 5 working days.',
    'airline': 'Your booking {{pnr}} has been changed. New flight: {{flight}} on {{date}}. No further action is needed.',
    'bank': 'We have blocked the card ending {{last4}} and ordered a replacement. It will arrive in 3-5 working days.',
    'insurance': 'Your claim {{claim_ref}} has been registered. A handler will contact you within 2 working days.',
    'subscription': 'Your plan has been changed to {{plan}}. The new price applies from {{next_billing_date}}.',
    'letting_agent': 'A contractor will attend {{property_ref}} on {{date}}. Please make sure access is possible.',
    'repair_service': 'Your repair {{job_no}} is booked for {{date}}, {{slot}}. The engineer will call 30 minutes before arrival.',
}
EPONYM_LINE = {
    'telecom': 'Is the signal fine at {p}?', 'utility': 'Does the outage also affect {p}?',
    'parcel_delivery': 'Can I pick it up at {p} instead?', 'retail_returns': 'Warranty question about {p}.',
    'airline': 'Can I use {p} with a Plus fare?', 'bank': 'Is there a cash machine near {p}?',
    'insurance': 'Is {p} covered under the policy?', 'subscription': 'Is the live event at {p} included?',
    'letting_agent': 'Is the flat near {p}?', 'repair_service': 'Do you repair {p}?',
}


def benign_block(rng, variant, kind, L, biz, rs):
    ph = L.ph
    if variant == 'template':
        return (f"{ph['greet']} {{{{first_name}}}},\n{CANNED[kind]}\n\n{ph['name']}: [{ph['name']}]\n{ph['addr']}: ______\n"
                f"{ph['phone']}: <{ph['phone']}>\n{ph['email']}: {{{{customer.email}}}}\n{ph['dob']}: DD/MM/YYYY\n"
                f"Reference: {{{{ticket_id}}}}\n\n{ph['thanks']}, {{{{agent_name}}}} – {biz.name}")
    if variant == 'contacts':
        return (f"Customer: {ph['hours']}\n\nAuto-reply from {biz.name}: our team is available Monday to Saturday, 08:00–20:00, on "
                f"{biz.hotline}. E-mail {biz.role} or {rng.choice(biz.roles)}@{biz.domain}. Post: "
                f"{L.business_address(rng, biz.name, biz.desk)}. {refs_text(rs[:1], ' ')}")
    if variant == 'refs':
        return f"{ph['greet']} {ph['help']}\n\n{refs_text(rs)}\n\n{ph['thanks']}"
    if variant == 'docs':
        dp = DOC_PHONES.get(L.region, DOC_PHONES[rng.choice(['GB', 'US'])])(rng)
        ex = {'customer': {'name': rng.choice(['Jane Doe', 'John Doe', 'Test User']), 'email': rng.choice(['jane.doe@example.com', 'test.user@example.org', 'customer@example.net']),
                           'phone': dp}, 'payment': {'card': rng.choice(DOC_CARDS), 'iban': rng.choice(REGISTRY_IBANS)},
              'client_ip': f'{rng.choice(["192.0.2", "198.51.100", "203.0.113"])}.{rng.randint(1, 254)}', 'reference': rs[0][1]}
        return (f'Sandbox notes for the {biz.name} support API (documentation values only):\n'
                + json.dumps(ex, ensure_ascii=False, indent=2) + f"\nWebhook sender: noreply@{biz.domain}. Status page: https://status.{biz.domain}")
    if variant == 'masked':
        cc = phonenumbers.country_code_for_region(L.region)
        return (f"[export with personal data removed]\n{ph['name']}: [REDACTED]\n{ph['phone']}: +{cc} *** *** {digits(rng, 3)}\n"
                f"{ph['email']}: {rng.choice('abcdefghklmnprst')}***@***.{rng.choice(['com', 'net', TLD[L.region]])}\nCard: •••• {digits(rng, 4)}\n"
                f"{ph['addr']}: [removed by DLP]\n{ph['dob']}: **/**/****\n{refs_text(rs)}\n\n\"{ph['help']}\"")
    if variant == 'staff':
        g = rng.choice(L.gf + L.gm)[0]
        return (f"Customer: \"{ph['help']}\"\n\nReply (canned, v{rng.randint(2, 9)}): {CANNED[kind]}\n"
                f"{ph['thanks']},\n{g} ({biz.staff} ID {alnum(rng, 2, 'ABCDEFGHKLMNPRST')}{digits(rng, 4)}), {biz.name} {biz.desk}\n{refs_text(rs[:2])}")
    if variant == 'eponym':
        x, tmpl = rng.choice(EPONYMS)
        p = tmpl.format(x=x)
        return f"{ph['greet']} {EPONYM_LINE[kind].format(p=p)} {ph['hours']}\n{refs_text(rs[:2])}\n{ph['thanks']}"
    if variant == 'network':
        return (f"Troubleshooting log ({biz.name} {biz.desk}):\nLAN gateway 192.168.{rng.randint(0, 2)}.1, DHCP range .100-.199\n"
                f"WAN address 100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)} (carrier-grade NAT, shared)\n"
                f"DNS 10.{rng.randint(0, 255)}.0.{rng.randint(1, 9)}; test endpoint {rng.choice(['198.51.100', '203.0.113'])}.{rng.randint(1, 254)}\n"
                f"Our portal {rng.choice(['portal', 'my', 'account'])}.{biz.domain} answers from {public_ip(rng)} (company server, {rng.choice(['Frankfurt', 'Dublin', 'Virginia'])} region)\n"
                f"{refs_text(rs[:2])}\nCustomer: \"{ph['help']}\"")
    if variant == 'faq':
        return (f"FAQ draft ({L.tag}):\nQ: {ph['hours']}\nA: {biz.name} customer care: {biz.hotline} (free from landlines), "
                f"chat in the app, {biz.role}. Letters: {L.business_address(rng, biz.name, biz.desk)}.\n"
                f"Q: Where do I find my reference?\nA: On your confirmation, e.g. '{rs[0][1]}'.")
    die('variant ' + variant)


BENIGN_INSTR = {
    'template': ['Translate this reply template into English, keep the placeholders.', 'Improve the wording of this canned reply.'],
    'contacts': ['Answer the customer using only the details below.', 'Shorten this auto-reply.'],
    'refs': ['Classify this ticket and say which reference we need to look up.', 'Summarise the case for the back office.'],
    'docs': ['Write a pytest fixture from this sandbox payload.', 'Turn these sandbox notes into a short README section.'],
    'masked': ['Summarise this anonymised ticket.', 'Which category does this redacted ticket belong to?'],
    'staff': ['Check this canned reply for tone and typos.', 'Translate the customer quote and the reply into English.'],
    'eponym': ['Draft a reply to this customer in their language.', 'Classify this question.'],
    'network': ['Explain to the customer in simple words why port forwarding fails.', 'Summarise the troubleshooting log.'],
    'faq': ['Translate this FAQ draft into English.', 'Make this FAQ more concise.'],
}


# ----------------------------------------------------------------------------------------------------------
AUDITED = collections.Counter()


def audit(ent, val, L):
    """Second, independent check of every issued value; aborts on anything invalid."""
    ok = True
    if ent == 'phone':
        ok = phonenumbers.is_valid_number_for_region(phonenumbers.parse(val, L.region), L.region)
    elif ent == 'iban':
        ok = std_iban.is_valid(val) and val.replace(' ', '') not in REGISTRY_IBANS
    elif ent == 'credit_card':
        c = re.sub(r'[ -]', '', val)
        ok = luhn.is_valid(c) and c not in TEST_CARDS
    elif ent == 'IP_ADDRESS':
        ip = ipaddress.ip_address(val)
        ok = ip.is_global and not any(ip in n for n in DOC_NETS)
    elif ent == 'ssn':
        ok = us_ssn.is_valid(val)
    elif ent == 'US_BANK_NUMBER':
        ok = us_rtn.is_valid(val) if len(val) == 9 else val.isdigit() and 10 <= len(val) <= 12
    elif ent in ('NATIONAL_ID', 'TAX_ID'):
        c = val.replace(' ', '')
        ok = any(m.is_valid(c) or m.is_valid(val) for m in list(VALIDATE.values()) + [in_pan, fr_nif])
    elif ent == 'HEALTH_INSURANCE':
        c = val.replace(' ', '')
        if L.tag == 'fr-FR':
            ok = fr_nir.is_valid(c)
        else:
            ok = len(c) == 10 and (11 - sum(int(x) * (10 - i) for i, x in enumerate(c[:9])) % 11) % 11 == int(c[9])
    elif ent == 'PASSPORT':
        ok = bool(re.fullmatch(r'[A-Z0-9 ]{7,10}', val))
    elif ent == 'DRIVER_LICENSE':
        ok = bool(re.fullmatch(r'[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}|(CA [A-Z]\d{7}|NY \d{9}|TX \d{8}|FL [A-Z]\d{12})|\d{10,12}|[A-Z0-9]{2}\d{7}[A-Z]', val))
    elif ent == 'email':
        ok = bool(re.fullmatch(r'[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}', val)) and 'example.' not in val
    if not ok:
        die(f'audit failed for a {ent} value ({L.tag})')
    AUDITED[ent] += 1


def make_pii(rng):
    recs = []
    loc_cycle = list(LOCALES)
    n_done = 0
    for ki, kind in enumerate(KINDS):
        locs = loc_cycle[:]
        rng.shuffle(locs)
        intents = KINDS[kind]['intents']
        for i in range(29):
            L = locs[i % len(locs)]
            note, fields, *pin = intents[i % len(intents)]
            if pin:
                L = LOC_BY_TAG[rng.choice(pin[0])]
            per = Person(rng, L)
            biz = Biz(rng, kind, L)
            rs = refs(rng, kind, L)
            rec = Rec()
            items = issue_fields(rng, rec, per, L, fields)
            placement = PLACEMENTS[(i + ki * 3) % len(PLACEMENTS)]
            endpoint = 'completions' if (n_done % 10 == 7) else 'chat'
            n_done += 1
            key = None
            if placement in ('user_field', 'metadata', 'image_url', 'tool_result'):
                pref = ['email', 'phone'] if placement != 'tool_result' else ['email', 'phone', 'person']
                for want in pref:
                    for a, b in items:
                        if (want == 'email' and b in [v for e, v in rec.vals if e == 'email']) or \
                           (want == 'phone' and b in [v for e, v in rec.vals if e == 'phone']) or \
                           (want == 'person' and b == per.full):
                            key = b
                            break
                    if key:
                        break
                if placement == 'user_field' and key not in [v for e, v in rec.vals if e == 'email']:
                    key = None
            side_only = endpoint == 'chat' and key is not None and placement in ('user_field', 'metadata', 'image_url') and len(items) > 1 and rng.random() < 0.5
            shown = [(a, b) for a, b in items if not (side_only and b == key)]
            style = ['form', 'prose', 'json', 'wrapup'][(i + ki) % 4]
            block = customer_block(rng, L, per, shown, style, rs)
            if rng.random() < 0.5:
                block = INTENT_NOTE.format(note=note) + '\n' + block
            instr = rng.choice(INSTR)
            body = build_body(rng, rec, biz, L, block, instr, placement, key if endpoint == 'chat' else None, rs[0][1], endpoint)
            ents = entities_of(body, rec)
            for ent, val in rec.vals:
                audit(ent, val, L)
            if not ents:
                die(f'sensitive record without entities: {kind} {i}')
            recs.append({'category': kind, 'sensitive': True, 'entities': ents, 'endpoint': endpoint, 'lang': L.tag,
                         'style': f"{style} · {placement if endpoint == 'chat' else 'prompt'}" + (' · side-field only' if side_only and endpoint == 'chat' else '')
                         + (' · single item' if len(fields) == 1 else ''), 'body': body})
        for i in range(21):
            L = locs[(i + 7) % len(locs)]
            biz = Biz(rng, kind, L)
            rs = refs(rng, kind, L)
            variant = BENIGN_VARIANTS[(i + ki) % len(BENIGN_VARIANTS)]
            block = benign_block(rng, variant, kind, L, biz, rs)
            placement = PLACEMENTS[(i * 5 + ki) % len(PLACEMENTS)]
            endpoint = 'completions' if (n_done % 10 == 7) else 'chat'
            n_done += 1
            rec = Rec()
            body = build_body(rng, rec, biz, L, block, rng.choice(BENIGN_INSTR[variant]), placement, None, rs[0][1], endpoint)
            recs.append({'category': kind + '_benign', 'sensitive': False, 'entities': [], 'endpoint': endpoint, 'lang': L.tag,
                         'style': f"{variant} · {placement if endpoint == 'chat' else 'prompt'}", 'body': body})
    rng.shuffle(recs)
    out = []
    for n, r in enumerate(recs, 1):
        assert r['sensitive'] == bool(r['entities'])
        out.append({'id': f'{NAME}-pii-{n:04d}', **r})
    return out


# ----------------------------------------------------------------------------------------------------------
# complexity: support-desk prompts
SHORT_SIMPLE = [
    ('en', 'What does RMA stand for in a returns process?'), ('en', 'Give me a one-line apology for a late delivery.'),
    ('en', 'Reformat this date to ISO 8601: {d}/{m}/2026'), ('en', 'What is {a} kWh times {p} pence, in pounds?'),
    ('en', 'Spell the booking code {pnr} in the NATO alphabet.'), ('en', 'Make this uppercase: parcel held at depot'),
    ('en', 'How many hours are there in {a} days?'), ('en', 'Is "cancelled" or "canceled" the US spelling?'),
    ('en', 'Write a subject line for a "your refund is on its way" e-mail.'), ('en', 'What is 15% of {a} euros?'),
    ('fr', 'Traduis en anglais : « Votre colis est en cours de livraison. »'), ('es', '¿Cuánto es el 21 % de IVA de {a} euros?'),
    ('de', "Wie heißt 'Rücksendeetikett' auf Englisch?"), ('ja', '「返品」は英語で何と言いますか？'),
    ('ko', "'환불'을 영어로 뭐라고 해요?"), ('zh', '把“退货地址”翻译成英文。'), ('ru', 'Переведи на английский: «номер заказа».'),
    ('el', 'Ποια είναι η αγγλική λέξη για «επιστροφή χρημάτων»;'), ('ar', 'ترجم إلى الإنجليزية: رقم الطلب'),
    ('he', 'תרגם לאנגלית: מספר הזמנה'), ('hi', "'रिफंड' को हिंदी में क्या कहते हैं?"), ('th', 'แปลเป็นภาษาอังกฤษ: หมายเลขพัสดุ'),
    ('pl', 'Przetłumacz na angielski: „numer przesyłki”.'), ('nl', "Vertaal naar het Engels: 'retourlabel'."),
    ('fi', "Käännä englanniksi: 'palautusosoite'."), ('sv', "Översätt till engelska: 'kvitto'."),
    ('tr', "İngilizceye çevir: 'kargo takip numarası'."), ('pt', "Traduza para o inglês: 'prazo de entrega'."),
    ('it', "Traduci in inglese: 'reso gratuito'."), ('cs', "Přelož do angličtiny: 'reklamace'."),
    ('uk', 'Переклади англійською: «номер замовлення».'), ('en', 'Sort these ticket IDs ascending: {ids}'),
    ('en', 'Convert {a} minutes to hours and minutes.'), ('de', 'Was ist die Summe von {a} und {b}?'),
    ('fr', 'Donne-moi un synonyme de « remboursement ».'), ('es', 'Escribe «gracias por su paciencia» en inglés.'),
    ('en', 'Which is later: 09:45 or 21:15?'), ('en', 'Count the words: "your engineer will arrive between 8 and 12"'),
    ('ja', '{a}円の10%はいくらですか？'), ('en', 'What does SLA mean?'),
    ('en', 'What does PNR mean on an airline booking?'), ('en', 'Write "out for delivery" in title case.'),
    ('en', 'What is the plural of "parcel locker"?'), ('fr', 'Combien font {a} + {b} ?'), ('ko', '{a} 더하기 {b}는 얼마예요?'),
    ('en', 'Give a polite two-word greeting for a support chat.'), ('es', '¿Qué significa «plazo de devolución»?'),
    ('en', 'Round {a}.{b}7 to one decimal place.'),
]
SHORT_HARD = [
    ('en', "Our refund worker sometimes pays twice when the payment provider retries a webhook after a {a}s timeout. Design an idempotent flow and say which races remain."),
    ('en', "Prove that an M/M/c call-centre queue is stable iff λ < cμ, and explain why handle-time variance still hurts waits in practice."),
    ('en', "Overbooking: {a} seats, each passenger no-shows independently with p=0.0{b}, bumping costs €{c}, an empty seat €150. How many tickets maximise expected profit? Show the reasoning."),
    ('en', "Design a callback scheduler for three priority tiers that never starves the lowest tier; prove a bound on its worst-case wait."),
    ('en', "SMS one-time codes arrive ~2 h late only for customers who ported their number in the last week. List root-cause hypotheses and the cheapest test for each."),
    ('en', "Show that nearest-neighbour routing for a courier can be arbitrarily worse than optimal, with a concrete family of instances."),
    ('en', "Warranty: '24 months or {a} cycles, whichever first', and replacements may or may not reset it. Design the data model and argue the trade-offs."),
    ('en', "Ticket dedup uses Jaccard on 3-shingles with threshold 0.8 and merges unrelated short tickets. Explain why and propose a scheme with a bounded false-merge rate."),
    ('en', "Our 'oldest open tickets' query got slower after adding a partial index. Give plausible root causes and how to confirm each one."),
    ('en', "Design rate limiting for password resets that resists distributed attacks without locking out thousands of customers behind one CGNAT address."),
    ('en', "Quarterly meter readings are irregular and 5-digit meters roll over. Design an estimator for missing reads that stays monotone; prove it does."),
    ('en', "Refunds in JPY are 100x too large only when the order was partially refunded before. Reason about where the bug must be."),
    ('en', "We can rebook {a} passengers from a cancelled flight onto three later flights with different free seats and connection risks. Formulate it and choose an algorithm; justify."),
    ('en', "Is 'first response within 1 hour' or 'resolution within 24 hours' the better SLA to pay agents bonuses on? Argue with incentive effects and edge cases."),
    ('en', "A returns fraud rule flags customers with return rate > 40%. Show how Simpson's paradox can make it unfair across categories and propose a better statistic."),
    ('en', "Prove that any schedule for one repair engineer minimising total customer waiting time visits jobs in shortest-processing-time order."),
    ('en', "Two depots, stochastic parcel volumes, one spare van. Derive when moving the van is worth it and state the assumptions."),
    ('en', "Agents' CSAT rose after we added a survey reminder. Explain why that may not mean service improved, and design a test that would show it."),
    ('en', "The chatbot escalates 30% of chats; lowering the threshold cuts escalations but raises repeat contacts. Model the trade-off and pick an operating point."),
    ('en', "Why can exactly-once delivery not be guaranteed between our ticketing system and the CRM over an unreliable network? Sketch the argument and the practical alternative."),
    ('de', "Unser Retourenlager bucht Gutschriften doppelt, wenn zwei Scanner dasselbe Paket innerhalb von 2 s erfassen. Ursachenanalyse und robuste Lösung mit Abwägungen, bitte."),
    ('fr', "Démontre qu'un algorithme glouton d'affectation des tickets aux agents par ordre d'arrivée peut être deux fois pire que l'optimum pour le temps d'attente maximal."),
    ('es', "Diseña un esquema de reembolso parcial para pedidos con varios envíos que garantice que la suma nunca supere el total pagado, incluso con concurrencia. Justifica."),
    ('ja', "配送遅延の補償ルールを、重複補償が起きず、かつ顧客に不利にならないように設計し、その正しさを論証してください。"),
    ('zh', "客服工单的优先级队列在高峰期出现饥饿现象。请分析原因，设计一种带老化机制的调度策略，并证明等待时间上界。"),
    ('ru', "Докажи, что при случайном распределении звонков между n операторами максимальная нагрузка растёт как log n / log log n, и предложи схему лучше."),
    ('pl', "Zaprojektuj algorytm przydzielania okien dostaw kurierom tak, aby minimalizować spóźnienia; porównaj dwa podejścia i ich kompromisy."),
    ('ko', "고객 문의 자동 분류 모델의 정밀도와 재현율 사이의 트레이드오프를 비용 함수로 모델링하고 최적 임계값을 유도하세요."),
    ('it', "Perché il nostro sistema di ticketing perde aggiornamenti quando due operatori modificano lo stesso ticket? Analizza le cause e proponi una soluzione con i compromessi."),
    ('pt', "Prove que, para minimizar o atraso máximo das entregas com uma só van, basta ordenar por prazo (EDD), e diga quando isso deixa de valer."),
    ('en', "Our IVR asks for the account number before the reason for calling. Model how reordering the menu changes average handle time and abandonment; which order wins and under what assumptions?"),
    ('en', "A customer can hold several subscriptions, each with its own billing day. Design proration for plan changes mid-cycle so no sequence of changes can be gamed for free days; prove it."),
    ('en', "Loyalty points expire 12 months after earning, FIFO. Prove that FIFO redemption maximises the points a customer can use, or give a counterexample."),
    ('en', "Two warehouses both claim the same returned item after a scanner outage. Design a reconciliation that converges without manual work and explain which conflicts it cannot resolve."),
    ('en', "Why might our average first-response time improve while the 95th percentile gets worse after adding a bot? Give mechanisms and the metric you would use instead."),
    ('en', "Design the retry and backoff policy for sending {a} thousand delivery-notification SMS per hour through two providers with different failure modes; justify the parameters."),
    ('en', "A refund approval rule: auto-approve under €{c} unless the customer had 3 refunds in 90 days. Find the ways it can be exploited and redesign it with a bounded loss per customer."),
    ('en', "Our churn model says customers who call support churn more. Explain why acting on this could backfire and design an analysis that estimates the causal effect."),
    ('en', "Engineers are booked in 4-hour windows; jobs have uncertain durations. Formulate the overbooking of windows as an optimisation and derive the rule for accepting one more job."),
    ('en', "A/B test of a new returns page: conversion up 3%, returns up 5%. Decide whether to ship it, showing the calculation and the assumptions you must check."),
    ('en', "Design a schema for tickets that can be merged and split later while keeping an auditable history; compare event sourcing with a mutable table and pick one."),
    ('en', "Prove that round-robin assignment of chats to agents with unequal speeds can make expected waiting time unbounded while total capacity exceeds demand."),
    ('en', "Meter reads are uploaded out of order by a flaky gateway. Design an ingestion that produces correct bills when reads arrive up to 10 days late, and argue correctness."),
    ('de', "Beweise, dass bei der Zuweisung von Zustellfenstern nach 'earliest deadline first' auf einer Tour keine Verspätung entsteht, wenn überhaupt ein verspätungsfreier Plan existiert."),
    ('fr', "Notre taux de résolution au premier contact baisse depuis la migration du CRM. Propose des hypothèses de cause racine et un plan pour les départager avec le moins de données possible."),
    ('es', "Diseña una política de compensación por retrasos de vuelos que sea monótona en el retraso y no incentive a la aerolínea a retrasar aún más un vuelo ya retrasado. Demuéstralo."),
    ('ja', "コールセンターのオペレーター数を決める際、アーラン C 式を使うと何が過小評価されるか説明し、放棄呼を考慮したモデルで必要人数を導出してください。"),
    ('zh', "退货欺诈检测规则误伤了高价值客户。请设计一个在误报率和漏报率之间权衡的方案，并说明如何设定阈值。"),
    ('ru', "Спроектируй схему идемпотентных повторных списаний по подписке, чтобы клиент никогда не был списан дважды за период, и докажи это при сбоях сети."),
    ('tr', "Kargo dağıtım merkezinde iki vardiya arasında paket devrinde kayıplar yaşanıyor. Kök neden analizini adım adım yap ve ölçülebilir bir çözüm öner."),
]


def fill(rng, s):
    return s.format(a=rng.randint(12, 240), b=rng.randint(2, 9), c=rng.choice([300, 400, 600]), d=rng.randint(1, 28), m=rng.randint(1, 12),
                    p=rng.randint(18, 34), pnr=alnum(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ'),
                    ids=', '.join(f'T-{rng.randint(1000, 9999)}' for _ in range(5)))


STATUS = ['Parcel received at hub', 'Departed sorting centre', 'Arrived at delivery depot', 'Out for delivery', 'Delivery attempted – no access',
          'Held at depot', 'Rerouted to parcel locker', 'Customs check completed', 'Loaded onto vehicle', 'Scanned at gateway']
FAQ_SENT = ['Returns are free within 30 days of delivery if the item is unused and in its original packaging.',
            'Refunds go back to the original payment method within five working days of the item reaching our returns centre.',
            'Large items are collected by our partner carrier; you will receive a two-hour time slot the evening before.',
            'Opened software, personalised goods and perishable items cannot be returned unless faulty.',
            'If an item arrives damaged, please tell us within 48 hours and keep the packaging for inspection.',
            'Exchanges for a different size are free once per order; further exchanges are treated as new orders.',
            'Gift receipts allow the recipient to return an item for store credit without seeing the price.',
            'Our customer care team answers chats within a few minutes during opening hours.',
            'Warranty repairs are handled by the manufacturer after the first 30 days.',
            'Delivery charges are refunded only when the whole order is returned.']
TARIFF = ['Basic', 'Flex', 'Green Fix', 'Night Saver', 'Family', 'Business Lite', 'Student', 'Unlimited 5G', 'Data Only', 'Senior']
EASY_INSTR = [
    ('en', 'Give me only the latest status from this scan history.'), ('en', 'Summarise this policy text in five bullet points.'),
    ('en', 'Convert this table to Markdown.'), ('en', 'Count how many lines say "Out for delivery".'),
    ('de', 'Übersetze den folgenden Text ins Deutsche.'), ('fr', 'Traduis ce texte en français.'), ('es', 'Resume este texto en tres frases.'),
    ('ja', '次の文章を日本語に翻訳してください。'), ('zh', '请把下面的内容翻译成中文。'), ('pt', 'Traduza o texto a seguir para o português.'),
    ('pl', 'Streść poniższy tekst w trzech punktach.'), ('ru', 'Кратко перескажи этот текст.'), ('tr', 'Bu metni Türkçeye çevir.'),
    ('nl', 'Vat deze tekst samen in drie zinnen.'), ('sv', 'Sammanfatta texten i tre punkter.'), ('ko', '다음 내용을 한국어로 번역해 주세요.'),
    ('en', 'Sort this list by price, lowest first.'), ('en', 'Convert this CSV to a JSON array.'), ('it', 'Riassumi il testo in cinque punti.'),
    ('el', 'Μετάφρασε το κείμενο στα ελληνικά.'), ('he', 'סכם את הטקסט בשלוש נקודות.'), ('ar', 'لخّص هذا النص في ثلاث نقاط.'),
]


def long_material(rng, which, min_len=1600):
    lines = []
    i = 0
    while len('\n'.join(lines)) < min_len:
        i += 1
        if which == 'scans':
            lines.append(f'2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} {rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}  '
                         f'{rng.choice(["HUB-N", "DEP-04", "GW-2", "LCK-17", "DEP-11"])}  {rng.choice(STATUS)}')
        elif which == 'faq':
            lines.append(rng.choice(FAQ_SENT))
        elif which == 'tariff':
            if i == 1:
                lines.append('plan,monthly_eur,data_gb,minutes,contract_months')
            lines.append(f'{rng.choice(TARIFF)} {i},{rng.randint(5, 60)}.{rng.randint(0, 99):02d},{rng.choice([5, 10, 25, 50, 100])},'
                         f'{rng.choice([100, 500, "unlimited"])},{rng.choice([1, 12, 24])}')
        elif which == 'tickets':
            lines.append(f'T-{rng.randint(10000, 99999)} | {rng.choice(["billing", "technical", "delivery", "returns", "other"])} | '
                         f'{rng.choice(["open", "pending", "solved"])} | {rng.randint(1, 72)}h')
    return '\n'.join(lines)


def make_complexity(rng):
    out = []
    # short_simple
    for i in range(46):
        lang, t = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
        out.append(('short_simple', 0, False, lang, 'lookup/translate/trivial', fill(rng, t)))
    # long_easy
    kinds = ['scans', 'faq', 'tariff', 'tickets']
    for i in range(52):
        w = kinds[i % 4]
        lang, ins = EASY_INSTR[i % len(EASY_INSTR)]
        if w == 'scans':
            ins = 'Give me only the latest status from this scan history.' if i % 8 == 0 else ins
        mat = long_material(rng, w, rng.randint(1600, 3200))
        out.append(('long_easy', 0, True, lang, f'{w}/easy', f'{ins}\n\n{mat}' if i % 3 else f'{mat}\n\n{ins}'))
    # short_hard
    for i in range(50):
        lang, t = SHORT_HARD[i % len(SHORT_HARD)]
        out.append(('short_hard', 1, True, lang, 'design/proof/root-cause', fill(rng, t)))
    # long_hard
    hard_long = [
        ('tickets', 'The tickets below are a week of our queue (ID | category | status | age). Our SLA says billing must be solved in 24 h and technical in 48 h, '
                    'but two clauses conflict for tickets reopened after a customer reply. Work out which tickets breach under each reading, estimate the penalty '
                    'difference at €40 per breach, and recommend a reading with reasons.'),
        ('scans', 'These scans are for parcels that customers say were never delivered. Find the pattern that points to a process fault at one depot '
                  '(not theft), explain the reasoning step by step, and propose a change with its trade-offs.'),
        ('tariff', 'We must migrate every customer from these plans to a new set of four plans without anyone paying more than 5% extra and with '
                   'revenue staying within 2%. Design the mapping, explain the constraints you used and where it is impossible.'),
        ('faq', 'Our returns policy below contradicts itself in places. Identify every contradiction, decide which rule should win for each, '
                'and design a decision procedure an agent can follow that is consistent; show an example where the old text gives two answers.'),
    ]
    code = ('def handle_webhook(evt, db):\n    order = db.get(evt["order_id"])\n    if order.status == "refunded":\n        return 200\n'
            '    pay_refund(order.amount - order.refunded)\n    order.refunded += order.amount - order.refunded\n    order.status = "refunded"\n'
            '    db.save(order)\n    return 200\n')
    for i in range(42):
        w, q = hard_long[i % len(hard_long)]
        mat = long_material(rng, w, rng.randint(1600, 3000))
        if i % 5 == 4:
            log = '\n'.join(f'2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z '
                            f'webhook order=O-{rng.randint(100, 140)} attempt={rng.randint(1, 3)} latency_ms={rng.randint(80, 31000)} '
                            f'result={rng.choice(["200", "200", "timeout", "200 (dup)"])}' for _ in range(rng.randint(28, 40)))
            body = ('Customers are occasionally refunded twice. Here is the handler and a day of webhook logs. Find the root cause, explain the exact '
                    f'interleaving that causes it, and propose a fix that stays correct with retries and two workers.\n\n{code}\n{log}')
            out.append(('long_hard', 1, False, 'en', 'root-cause/debug', body))
        else:
            out.append(('long_hard', 1, False, 'en', f'{w}/analysis', f'{q}\n\n{mat}'))
    texts = [t for *_, t in out]
    if len(set(texts)) != len(texts):
        die('duplicate complexity prompt')
    rng.shuffle(out)
    recs = []
    for n, (cat, label, adv, lang, style, text) in enumerate(out, 1):
        if cat.startswith('long') and len(text) < 1500:
            die('long prompt too short')
        if cat.startswith('short') and len(text) > 600:
            die('short prompt too long')
        if n % 4 == 0:
            msgs = [{'role': 'system', 'content': 'You are an assistant for a customer-support operations team.'}, {'role': 'user', 'content': text}]
        elif n % 4 == 1:
            msgs = [{'role': 'user', 'content': [{'type': 'text', 'text': text}]}]
        else:
            msgs = [{'role': 'user', 'content': text}]
        recs.append({'id': f'{NAME}-cx-{n:04d}', 'category': cat, 'label': label, 'length_adversarial': adv, 'endpoint': 'chat',
                     'lang': lang, 'style': style, 'body': {'model': 'hybridgate/auto', 'messages': msgs}})
    return recs


# ----------------------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=SEED)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pii = make_pii(rng)
    cx = make_complexity(random.Random(a.seed + 1))
    outdir = pathlib.Path(a.out)
    outdir.mkdir(parents=True, exist_ok=True)
    for fn, recs in ((f'pii_{NAME}.jsonl', pii), (f'complexity_{NAME}.jsonl', cx)):
        with open(outdir / fn, 'w', encoding='utf-8', newline='\n') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # counts
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_{NAME}.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions), {sens} sensitive / {len(pii) - sens} benign, '
          f'{len(set(r["lang"] for r in pii))} language tags')
    print('  categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print('  placements:', dict(sorted(collections.Counter(r['style'].split(' · ')[1] for r in pii).items())))
    print('  side-field only:', sum('side-field only' in r['style'] for r in pii), ' single item:', sum('single item' in r['style'] for r in pii))
    print('  benign variants:', dict(sorted(collections.Counter(r['style'].split(' · ')[0] for r in pii if not r['sensitive']).items())))
    print(f'complexity_{NAME}.jsonl: {len(cx)} requests in {len(set(r["lang"] for r in cx))} language tags:',
          dict(sorted(collections.Counter(r['category'] for r in cx).items())),
          f'{sum(r["length_adversarial"] for r in cx)} length-adversarial, {sum(r["label"] for r in cx)} labelled 1')
    print('  issued values audited:', dict(sorted(AUDITED.items())))
    print('pool entries cut by the word scan:', sum(CUT.values()), 'over', len(CUT), 'pools')


if __name__ == '__main__':
    main()
