#!/usr/bin/env python3
"""Atoll: an independent evaluation split for the request signals, organised by JURISDICTION.

Writes bench/data/signals/pii_atoll.jsonl and bench/data/signals/complexity_atoll.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs; the record format came from the docstring of the delta generator and the first two lines of the
    delta files. The other generators were not read: their sources are only scanned automatically at run
    time for capitalised / non-ASCII words and non-ASCII bigrams, and every given name, family name, street
    and organisation pool of this file is cut to entries that avoid that word set (the run aborts if a pool
    runs empty). Words are runs of letters and combining marks (Indic words stay whole); generic street-type
    words (Rua, Calle, rue, Strada, οδός, ซอย ...) are exempt, the proper part of the street is checked; the
    bigram test applies to scripts written without spaces (Han, Kana, Hangul). Nothing of the other
    generators is printed.

Organising principle
    By JURISDICTION: every record is framed by one country's (or region's) own administrative systems and its
    legal notion of personal data -- its citizen identifiers, tax numbers, health-insurance numbers, licence
    formats, address conventions, phone formats and document vocabulary, written in its own language(s) and
    script(s). 28 jurisdictions (Brazil, Mexico, Chile, Argentina, Spain, Italy, France, Germany, Netherlands,
    Sweden, Denmark, Finland, Norway, Poland, Turkey, Israel, South Africa, India, China, Korea, Japan,
    Australia, Canada/Quebec, the US (California), the UK, Greece, Romania and Thailand), in 21 languages and
    the Latin, Greek, Hebrew, Devanagari, Thai, Han, Kana and Hangul scripts. Kinds: civil_record (a local administrative
    document), tax_filing, health_claim, tenancy, employment_onboarding, registry_extract. Sensitive records use
    ``<kind>``; the hard negatives ``<kind>_benign`` are the same jurisdiction's NON-personal look-alikes of the
    same shape and context: company / organisation identifiers (CNPJ, company RFC, company RUT, CUIT 30-,
    CIF, partita IVA, SIREN/SIRET, USt-IdNr, KvK/btw, organisationsnummer, CVR, Y-tunnus, organisasjonsnummer,
    NIP/REGON, VKN, ח.פ., CIPC numbers, GSTIN, unified social credit code, 사업자등록번호, 法人番号, ABN/ACN,
    BN, EIN, Companies House / VAT, company ΑΦΜ, CUI, เลขทะเบียนนิติบุคคล), public-register entries about
    companies with their registered office, switchboard and role mailbox (variants ``company`` and
    ``public_register``), blank forms of the same document with masks and placeholders (``blank``), and the
    same document anonymised (``anonymised``). No benign record names a person.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching the
    serialised body (base64 file parts decoded, URLs unquoted) for every value the record issued. Citizen
    numbers (CURP, RUN, DNI/NIE, BSN, personnummer, CPR, henkilötunnus, fødselsnummer, PESEL, T.C. Kimlik,
    מספר זהות, SA ID, Aadhaar, 身份证, 주민등록번호, My Number, SIN/NAS, CNP, Thai PIN) are NATIONAL_ID; taxpayer
    numbers (CPF, personal RFC, CUIL, codice fiscale, Steuer-IdNr, personal PAN, TFN, UTR) TAX_ID; health /
    social-insurance numbers (French NIR, NHS number, Medicare card, Greek AMKA) HEALTH_INSURANCE; a US SSN
    ``ssn``; a California licence number DRIVER_LICENSE. A person's name is ``person``, a home address
    STREET_ADDRESS, a birth date DATE_OF_BIRTH. Company identifiers, company addresses, switchboards and role
    mailboxes are not personal data.

Contents (seed 20261205)
    pii_atoll.jsonl: 500 requests (443 chat, 57 completions), 290 sensitive / 210 benign, 28 language tags,
    6 kinds over 28 jurisdictions; the document sits in user / system / earlier assistant / tool messages,
    tool-call arguments, text and base64 file content parts, a response_format json_schema description or
    only in ``metadata`` with ``store: true``. complexity_atoll.jsonl: 190 chat requests in 28 language tags:
    short_simple 45, long_easy 52 (>= 1,500 chars), short_hard 50, long_hard 43; 102 (53%) length-adversarial,
    93 labelled 1 (hard: proofs about check-digit schemes, tax / rent reasoning within one country's rules,
    data-flow design under its privacy law, root-cause debugging of an identifier validator, reconciling a
    register with a ledger; easy: lookups, reformatting, translating and sorting register listings). The run
    prints all counts.

Validation
    Every identifier carries valid check digits and is validated with python-stdnum (Medicare with an own
    routine, formats without a checksum with a pattern); every phone number is valid for its region by
    ``phonenumbers``; every IBAN by stdnum.iban. The run aborts on an invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_atoll_signal_sets.py [--seed 20261205] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import importlib
import itertools
import json
import pathlib
import random
import re
import string
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban

HERE = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine')

import unicodedata


def _wordchar(c):
    return c.isalpha() or c in "'-" or unicodedata.category(c).startswith('M')


class _Words:
    """Words = runs of letters and combining marks (so Indic words stay whole), starting with a letter."""
    @staticmethod
    def findall(text):
        out, cur = [], []
        for c in text:
            if _wordchar(c) and (cur or c.isalpha()):
                cur.append(c)
            else:
                if cur:
                    out.append(''.join(cur))
                cur = []
        if cur:
            out.append(''.join(cur))
        return out


_WORD = _Words()


def other_words():
    """Capitalised / non-ASCII words and non-ASCII bigrams of the other generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_text(encoding='utf-8')
        for w in _WORD.findall(text):
            if w[0].isupper() or not w.isascii():
                words.add(w.lower())
            if not w.isascii():
                for a, b in zip(w, w[1:]):
                    if not (a.isascii() or b.isascii()):
                        bigrams.add(a + b)
    return words, bigrams


# generic street-type words (not names) are exempt from the cut; the proper part of a street is checked
GENERIC = {'rua', 'avenida', 'av', 'calle', 'carrer', 'rúa', 'via', 'viale', 'corso', 'rue', 'avenue', 'impasse',
           'boulevard', 'street', 'road', 'crescent', 'lane', 'grove', 'terrace', 'ul', 'al', 'pasaje', 'privada',
           'caddesi', 'sokak', 'רחוב', 'gate', 'veien', 'allé', 'del', 'de', 'la', 'des', 'do', 'du', 'am', 'dos',
           'doutor', 'ministro', 'οδός', 'strada', 'calea', 'bulevardul', 'ซอย', 'ถนน', 'di', 'dei', 'van', 'der', 'los', 'las'}


def _cjk(c):
    return ord(c) >= 0x2E80


def cut(pool, words, bigrams, what):
    """Keep entries none of whose words is in the other generators' word set; for scripts written without
    spaces between words (Han, Kana, Hangul) no bigram of the entry may be in their bigram set either."""
    out = []
    for entry in pool:
        ok = True
        for w in _WORD.findall(entry):
            if w.lower() in words and w.lower() not in GENERIC:
                ok = False
            if any(_cjk(a) and _cjk(b) and (a + b) in bigrams for a, b in zip(w, w[1:])):
                ok = False
        if ok:
            out.append(entry)
    if not out:
        raise SystemExit(f'pool ran empty after the word cut: {what}')
    return out


def mod(name):
    return importlib.import_module('stdnum.' + name)


def complete(modname, prefix, n=1, alphabet=string.digits, suffix=''):
    """Brute-force the n check characters after prefix so that stdnum validates the whole number."""
    m = mod(modname)
    for tail in itertools.product(alphabet, repeat=n):
        cand = prefix + ''.join(tail) + suffix
        if m.is_valid(cand):
            return cand
    return None


def need(modname, value, **kw):
    m = mod(modname)
    if not m.is_valid(value, **kw) if kw else not m.is_valid(value):
        raise SystemExit(f'invalid {modname}: {value!r}')
    return value


def digits(rng, n):
    return ''.join(rng.choice(string.digits) for _ in range(n))


def retry(fn):
    def wrapped(rng, *a):
        for _ in range(400):
            v = fn(rng, *a)
            if v:
                return v
        raise SystemExit(f'could not generate a valid value with {fn.__name__}')
    return wrapped


# ----------------------------------------------------------------------------- identifiers (person: rng, p)
@retry
def br_cpf(rng, p=None):
    v = complete('br.cpf', digits(rng, 9), 2)
    return v and f'{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}'


@retry
def br_cnpj(rng):
    v = complete('br.cnpj', digits(rng, 8) + '0001', 2)
    return v and f'{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}'


def _mx_vowel(s):
    for c in s[1:]:
        if c in 'AEIOU':
            return c
    return 'X'


def _mx_cons(s):
    for c in s[1:]:
        if c.isalpha() and c not in 'AEIOU':
            return c
    return 'X'


def _ascii_up(s):
    tr = str.maketrans('ÁÉÍÓÚÜÑ', 'AEIOUUX')
    return s.upper().translate(tr).replace(' ', '')


@retry
def mx_curp(rng, p):
    fam, fam2 = _ascii_up(p['family']), _ascii_up(p.get('family2', 'LOPEZ'))
    giv = _ascii_up(p['given'])
    d = p['dob']
    head = fam[0] + _mx_vowel(fam) + fam2[0] + giv[0] + d.strftime('%y%m%d') + ('H' if p['sex'] == 'm' else 'M')
    head += rng.choice(['DF', 'JC', 'NL', 'PL', 'VZ', 'YN', 'GT', 'MC'])
    head += _mx_cons(fam) + _mx_cons(fam2) + _mx_cons(giv) + ('0' if d.year < 2000 else 'A')
    return complete('mx.curp', head, 1)


@retry
def mx_rfc_person(rng, p):
    fam, fam2 = _ascii_up(p['family']), _ascii_up(p.get('family2', 'LOPEZ'))
    giv = _ascii_up(p['given'])
    head = fam[0] + _mx_vowel(fam) + fam2[0] + giv[0] + p['dob'].strftime('%y%m%d')
    head += ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ123456789') for _ in range(2))
    m = mod('mx.rfc')
    for c in string.digits + 'A':
        if m.is_valid(head + c, validate_check_digits=True):
            return head + c
    return None


@retry
def mx_rfc_company(rng):
    head = ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))
    head += dt.date(rng.randint(1985, 2022), rng.randint(1, 12), rng.randint(1, 28)).strftime('%y%m%d')
    head += ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ123456789') for _ in range(2))
    m = mod('mx.rfc')
    for c in string.digits + 'A':
        if m.is_valid(head + c, validate_check_digits=True):
            return head + c
    return None


def _rut_fmt(v):
    body, dv = v[:-1], v[-1]
    return f'{int(body):,}'.replace(',', '.') + '-' + dv


@retry
def cl_rut_person(rng, p=None):
    v = complete('cl.rut', str(rng.randint(9_000_000, 24_999_999)), 1, string.digits + 'K')
    return v and _rut_fmt(v)


@retry
def cl_rut_company(rng):
    v = complete('cl.rut', str(rng.randint(76_000_000, 77_999_999)), 1, string.digits + 'K')
    return v and _rut_fmt(v)


@retry
def ar_cuil(rng, p):
    v = complete('ar.cuit', ('20' if p['sex'] == 'm' else '27') + str(rng.randint(20_000_000, 44_999_999)), 1)
    return v and f'{v[:2]}-{v[2:10]}-{v[10]}'


@retry
def ar_cuit_company(rng):
    v = complete('ar.cuit', '30' + str(rng.randint(50_000_000, 71_999_999)), 1)
    return v and f'{v[:2]}-{v[2:10]}-{v[10]}'


@retry
def es_dni(rng, p=None):
    return complete('es.dni', digits(rng, 8), 1, 'TRWAGMYFPDXBNJZSQVHLCKE')


@retry
def es_nie(rng, p=None):
    return complete('es.nie', rng.choice('XYZ') + digits(rng, 7), 1, 'TRWAGMYFPDXBNJZSQVHLCKE')


@retry
def es_cif(rng):
    return complete('es.cif', rng.choice('AB') + rng.choice(['28', '08', '46', '41', '48']) + digits(rng, 5), 1,
                    string.digits + 'ABCDEFGHIJ')


_IT_MONTH = 'ABCDEHLMPRST'


def _it_part(s, is_name):
    s = re.sub('[^A-Z]', '', _ascii_up(s))
    cons = [c for c in s if c not in 'AEIOU']
    vow = [c for c in s if c in 'AEIOU']
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return (''.join(cons + vow) + 'XXX')[:3]


@retry
def it_cf(rng, p):
    d = p['dob']
    day = d.day + (40 if p['sex'] == 'f' else 0)
    head = _it_part(p['family'], False) + _it_part(p['given'], True) + d.strftime('%y') + _IT_MONTH[d.month - 1]
    head += f'{day:02d}' + rng.choice(['H501', 'F205', 'L219', 'F839', 'G273', 'A944', 'D612', 'L736'])
    return complete('it.codicefiscale', head, 1, string.ascii_uppercase)


@retry
def it_iva(rng):
    return complete('it.iva', digits(rng, 7) + rng.choice(['015', '058', '063', '037', '001', '048']), 1)


@retry
def fr_nir(rng, p):
    d = p['dob']
    head = ('1' if p['sex'] == 'm' else '2') + d.strftime('%y%m') + rng.choice(['75', '69', '13', '33', '59', '44'])
    head += digits(rng, 3) + digits(rng, 3)
    v = head + '%02d' % int(mod('fr.nir').calc_check_digits(head))
    need('fr.nir', v)
    return f'{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}'


@retry
def fr_siren(rng):
    v = complete('fr.siren', str(rng.randint(3, 9)) + digits(rng, 7), 1)
    return v and f'{v[:3]} {v[3:6]} {v[6:]}'


@retry
def fr_siret(rng):
    s = complete('fr.siren', str(rng.randint(3, 9)) + digits(rng, 7), 1)
    v = s and complete('fr.siret', s + '000' + str(rng.randint(1, 4)), 1)
    return v and f'{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}'


@retry
def de_idnr(rng, p=None):
    v = complete('de.idnr', str(rng.randint(1, 9)) + digits(rng, 9), 1)
    return v and f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}'


@retry
def de_vat(rng):
    return complete('de.vat', 'DE' + str(rng.randint(1, 9)) + digits(rng, 7), 1)


@retry
def nl_bsn(rng, p=None):
    v = complete('nl.bsn', str(rng.randint(1, 6)) + digits(rng, 7), 1)
    return v and f'{v[:4]}.{v[4:6]}.{v[6:]}'


@retry
def nl_btw(rng):
    v = complete('nl.btw', 'NL' + str(rng.randint(8, 8)) + digits(rng, 7), 1, suffix='B01')
    return v


def nl_kvk(rng):
    return str(rng.randint(50_000_000, 97_999_999))


@retry
def se_pnr(rng, p):
    v = complete('se.personnummer', p['dob'].strftime('%y%m%d') + '-' + digits(rng, 2) + rng.choice(
        '13579' if p['sex'] == 'm' else '02468'), 1)
    return v


@retry
def se_orgnr(rng):
    v = complete('se.orgnr', '55' + str(rng.randint(6, 9)) + digits(rng, 6), 1)
    return v and f'{v[:6]}-{v[6:]}'


@retry
def dk_cpr(rng, p):
    d = p['dob']
    v = d.strftime('%d%m%y') + '-' + ('4' if d.year >= 2000 else str(rng.randint(0, 3))) + digits(rng, 2)
    v += rng.choice('13579' if p['sex'] == 'm' else '02468')
    return need('dk.cpr', v)


@retry
def dk_cvr(rng):
    return complete('dk.cvr', str(rng.randint(1, 4)) + digits(rng, 6), 1)


@retry
def fi_hetu(rng, p):
    d = p['dob']
    sep = 'A' if d.year >= 2000 else '-'
    ind = rng.randint(2, 899)
    ind = ind - (ind % 2) + (1 if p['sex'] == 'm' else 0)
    return complete('fi.hetu', d.strftime('%d%m%y') + sep + f'{ind:03d}', 1, '0123456789ABCDEFHJKLMNPRSTUVWXY')


@retry
def fi_ytunnus(rng):
    return complete('fi.ytunnus', str(rng.randint(1, 3)) + digits(rng, 6) + '-', 1)


@retry
def no_fnr(rng, p):
    d = p['dob']
    ind = rng.randint(0, 499) if d.year < 2000 else rng.randint(500, 999)
    ind = ind - (ind % 2) + (1 if p['sex'] == 'm' else 0)
    return complete('no.fodselsnummer', d.strftime('%d%m%y') + f'{ind:03d}', 2)


@retry
def no_orgnr(rng):
    v = complete('no.orgnr', str(rng.choice([8, 9])) + digits(rng, 7), 1)
    return v and f'{v[:3]} {v[3:6]} {v[6:]}'


@retry
def pl_pesel(rng, p):
    d = p['dob']
    mm = d.month + (20 if d.year >= 2000 else 0)
    return complete('pl.pesel', f'{d.year % 100:02d}{mm:02d}{d.day:02d}' + digits(rng, 3) + rng.choice(
        '13579' if p['sex'] == 'm' else '02468'), 1)


@retry
def pl_nip(rng):
    v = complete('pl.nip', rng.choice(['521', '527', '701', '894', '676', '779']) + digits(rng, 6), 1)
    return v and f'{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}'


@retry
def pl_regon(rng):
    return complete('pl.regon', str(rng.randint(1, 9)) + digits(rng, 7), 1)


@retry
def tr_tc(rng, p=None):
    return complete('tr.tckimlik', str(rng.randint(1, 9)) + digits(rng, 8), 2)


@retry
def tr_vkn(rng):
    return complete('tr.vkn', digits(rng, 9), 1)


@retry
def il_idnr(rng, p=None):
    return complete('il.idnr', str(rng.randint(0, 3)) + digits(rng, 7), 1)


@retry
def il_hp(rng):
    return complete('il.hp', '51' + digits(rng, 6), 1)


@retry
def za_idnr(rng, p):
    g = rng.randint(5000, 9999) if p['sex'] == 'm' else rng.randint(0, 4999)
    return complete('za.idnr', p['dob'].strftime('%y%m%d') + f'{g:04d}' + '08', 1)


def za_company(rng):
    return f'{rng.randint(1998, 2023)}/{rng.randint(100000, 999999):06d}/07'


@retry
def in_aadhaar(rng, p=None):
    v = complete('in_.aadhaar', str(rng.randint(2, 9)) + digits(rng, 10), 1)
    return v and f'{v[:4]} {v[4:8]} {v[8:]}'


@retry
def in_pan_person(rng, p):
    v = ''.join(rng.choice(string.ascii_uppercase) for _ in range(3)) + 'P' + _ascii_up(p['latin_family'])[0]
    v += digits(rng, 4) + rng.choice(string.ascii_uppercase)
    return mod('in_.pan').is_valid(v) and v


def _in_pan_company(rng):
    return ''.join(rng.choice(string.ascii_uppercase) for _ in range(3)) + 'C' + rng.choice(
        string.ascii_uppercase) + digits(rng, 4) + rng.choice(string.ascii_uppercase)


@retry
def in_gstin(rng):
    pan = _in_pan_company(rng)
    return complete('in_.gstin', rng.choice(['27', '29', '07', '33', '24']) + pan + '1Z', 1,
                    string.digits + string.ascii_uppercase)


@retry
def cn_ric(rng, p):
    d = p['dob']
    seq = rng.randint(0, 99)
    sx = rng.choice('13579' if p['sex'] == 'm' else '02468')
    return complete('cn.ric', rng.choice(['110101', '310104', '440106', '510107', '330106', '420102'])
                    + d.strftime('%Y%m%d') + f'{seq:02d}' + sx, 1, string.digits + 'X')


@retry
def cn_uscc(rng):
    body = '91' + rng.choice(['110108', '310115', '440300', '330100']) + ''.join(
        rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(9))
    return complete('cn.uscc', body, 1, '0123456789ABCDEFGHJKLMNPQRTUWXY')


@retry
def kr_rrn(rng, p):
    d = p['dob']
    g = ('3' if p['sex'] == 'm' else '4') if d.year >= 2000 else ('1' if p['sex'] == 'm' else '2')
    v = complete('kr.rrn', d.strftime('%y%m%d') + g + digits(rng, 5), 1)
    return v and f'{v[:6]}-{v[6:]}'


@retry
def kr_brn(rng):
    v = complete('kr.brn', str(rng.randint(1, 6)) + digits(rng, 2) + '81' + digits(rng, 4), 1)
    return v and f'{v[:3]}-{v[3:5]}-{v[5:]}'


@retry
def jp_mynumber(rng, p=None):
    v = complete('jp.in_', str(rng.randint(1, 9)) + digits(rng, 10), 1)
    return v and f'{v[:4]} {v[4:8]} {v[8:]}'


@retry
def jp_corp(rng):
    body = str(rng.randint(1, 9)) + digits(rng, 11)
    m = mod('jp.cn')
    for c in '123456789':
        if m.is_valid(c + body):
            return c + body
    return None


@retry
def au_tfn(rng, p=None):
    v = complete('au.tfn', digits(rng, 8), 1)
    return v and f'{v[:3]} {v[3:6]} {v[6:]}'


def au_medicare(rng, p=None):
    d = [rng.randint(2, 6)] + [rng.randint(0, 9) for _ in range(7)]
    chk = sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    v = ''.join(map(str, d)) + str(chk) + str(rng.randint(1, 9))
    return f'{v[:4]} {v[4:9]} {v[9]}'


@retry
def au_abn(rng):
    body = str(rng.randint(1, 9)) + digits(rng, 8)
    m = mod('au.abn')
    for c in range(10, 100):
        if m.is_valid(str(c) + body):
            s = str(c) + body
            return f'{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}'
    return None


@retry
def au_acn(rng):
    v = complete('au.acn', str(rng.randint(0, 6)) + digits(rng, 7), 1)
    return v and f'{v[:3]} {v[3:6]} {v[6:]}'


@retry
def ca_sin(rng, p=None):
    v = complete('ca.sin', str(rng.randint(1, 7)) + digits(rng, 7), 1)
    return v and f'{v[:3]} {v[3:6]} {v[6:]}'


@retry
def ca_bn(rng):
    v = complete('ca.bn', str(rng.randint(1, 8)) + digits(rng, 7), 1)
    return v and v + ' RC0001'


@retry
def us_ssn(rng, p=None):
    v = f'{rng.randint(101, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}'
    return mod('us.ssn').is_valid(v) and v


@retry
def us_ein(rng):
    v = f'{rng.choice(["94", "95", "33", "45", "46", "68", "77"])}-{digits(rng, 7)}'
    return mod('us.ein').is_valid(v) and v


def us_dl_ca(rng, p=None):
    return rng.choice(string.ascii_uppercase) + digits(rng, 7)


@retry
def gb_nhs(rng, p=None):
    v = complete('gb.nhs', str(rng.randint(4, 7)) + digits(rng, 8), 1)
    return v and f'{v[:3]} {v[3:6]} {v[6:]}'


@retry
def gb_utr(rng, p=None):
    m = mod('gb.utr')
    body = digits(rng, 9)
    for c in string.digits:
        if m.is_valid(c + body):
            return c + body
    return None


@retry
def gb_vat(rng):
    v = complete('gb.vat', 'GB' + str(rng.randint(1, 9)) + digits(rng, 6), 2)
    return v


def gb_company(rng):
    return f'{rng.randint(1, 14_999_999):08d}'


def passport(rng, prefix, n):
    return prefix + digits(rng, n)


@retry
def make_iban(rng, cc):
    spec = {'BR': lambda: digits(rng, 23) + 'C1', 'ES': lambda: digits(rng, 20), 'IT': lambda: rng.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') + digits(rng, 10) + digits(rng, 12),
            'FR': lambda: digits(rng, 23), 'DE': lambda: digits(rng, 18), 'NL': lambda: rng.choice(['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO']) + digits(rng, 10),
            'SE': lambda: digits(rng, 20), 'DK': lambda: digits(rng, 14), 'FI': lambda: digits(rng, 14), 'NO': lambda: digits(rng, 11),
            'PL': lambda: digits(rng, 24), 'TR': lambda: digits(rng, 5) + '0' + digits(rng, 16), 'IL': lambda: digits(rng, 19),
            'GB': lambda: rng.choice(['NWBK', 'BARC', 'LOYD', 'MIDL']) + digits(rng, 14)}[cc]
    bban = spec()
    v = cc + std_iban.calc_check_digits(cc + '00' + bban) + bban
    return std_iban.is_valid(v) and std_iban.format(v)


# ----------------------------------------------------------------------------- jurisdictions
KINDS = ('civil_record', 'tax_filing', 'health_claim', 'tenancy', 'employment_onboarding', 'registry_extract')


def J(**kw):
    return kw


JURIS = [
    J(code='BR', country='Brazil', lang='pt-BR', region='BR', order='gf', dfmt='%d/%m/%Y', iban='BR',
      gm=['Thiago', 'Rodrigo', 'Vinícius', 'Caetano', 'Jefferson', 'Wellington', 'Anderson', 'Cauã', 'Otávio', 'Ítalo'],
      gf=['Thaís', 'Jéssica', 'Rayssa', 'Kauane', 'Luana', 'Francielle', 'Tainara', 'Gleice', 'Rosângela', 'Lidiane'],
      fam=['Albuquerque', 'Vasconcelos', 'Sampaio', 'Bittencourt', 'Medeiros', 'Toledo', 'Nascimento', 'Figueiredo', 'Damasceno', 'Brandão', 'Guimarães', 'Siqueira', 'Bezerra', 'Cavalcanti', 'Magalhães', 'Queiroz', 'Aragão'],
      streets=['Rua Itapicuru', 'Rua Capote Valente', 'Avenida Jabaquara', 'Rua Doutor Arnaldo', 'Rua Ministro Godói', 'Rua Guaicurus', 'Rua Tabapuã'],
      cities=[('São Paulo', 'SP', '04152-000'), ('Recife', 'PE', '52050-180'), ('Curitiba', 'PR', '80420-090'), ('Belo Horizonte', 'MG', '30140-071')],
      addr=lambda s, n, c: f'{s}, {n}, apto {n % 90 + 11} – {c[0]}/{c[1]} – CEP {c[2]}',
      L=dict(name='Nome completo', dob='Data de nascimento', addr='Endereço residencial', phone='Celular', email='E-mail', org='Razão social', seat='Sede', blank='preencher'),
      T=['Requerimento de segunda via de certidão – Cartório de Registro Civil', 'Declaração de Ajuste Anual IRPF – dados do contribuinte',
         'Guia de reembolso – plano de saúde', 'Contrato de locação residencial – qualificação das partes', 'Ficha de admissão – Departamento Pessoal',
         'Certidão de inteiro teor – Junta Comercial'],
      pid=[('CPF', 'TAX_ID', br_cpf)], oid=[('CNPJ', br_cnpj)], osuf=' Ltda.',
      orgs=['Laticínios Serra Azul', 'Transportadora Ipiranga Sul', 'Construtora Tapajós', 'Farmácia Boa Vizinhança', 'Editora Pindorama'],
      mail=['gmail.com', 'uol.com.br', 'bol.com.br', 'hotmail.com'], red='[DADO OMITIDO]', ask='confere se está tudo certo pra eu mandar?'),
    J(code='MX', country='Mexico', lang='es-MX', region='MX', order='gf2', dfmt='%d/%m/%Y',
      gm=['Jesús', 'Alejandro', 'Ulises', 'Eduardo', 'Octavio', 'Rogelio', 'Heriberto', 'Abraham', 'Leonel'],
      gf=['Yaretzi', 'Xóchitl', 'Anahí', 'Jimena', 'Dulce María', 'Guadalupe', 'Ximena', 'Itzel', 'Araceli', 'Yesenia', 'Nayeli', 'Maricruz', 'Citlali', 'Rocío'],
      fam=['Hernández', 'Zavala', 'Cervantes', 'Villaseñor', 'Arellano', 'Zúñiga', 'Bautista', 'Olvera', 'Quintero', 'Tapia'],
      streets=['Calle Tlacotalpan', 'Av. Coyoacán', 'Calle Jalapa', 'Calle Xochicalco', 'Privada Tepeyac', 'Calle Nopaltzin'],
      cities=[('Ciudad de México', 'CDMX', '03100'), ('Guadalajara', 'Jal.', '44160'), ('Monterrey', 'N.L.', '64000'), ('Puebla', 'Pue.', '72000')],
      addr=lambda s, n, c: f'{s} {n}, int. {n % 9 + 1}, Col. Centro, C.P. {c[2]}, {c[0]}, {c[1]}',
      L=dict(name='Nombre', dob='Fecha de nacimiento', addr='Domicilio', phone='Teléfono celular', email='Correo', org='Denominación o razón social', seat='Domicilio fiscal', blank='llenar'),
      T=['Solicitud de acta de nacimiento – Registro Civil', 'Constancia de situación fiscal – SAT', 'Solicitud de reembolso de gastos médicos mayores',
         'Contrato de arrendamiento de casa habitación', 'Alta de trabajador ante el IMSS – formato interno', 'Extracto del Registro Público de Comercio'],
      pid=[('CURP', 'NATIONAL_ID', mx_curp), ('RFC', 'TAX_ID', mx_rfc_person)], oid=[('RFC', mx_rfc_company)], osuf=', S.A. de C.V.',
      orgs=['Abarrotes La Huasteca', 'Talleres Mixcoac', 'Distribuidora Sotavento', 'Cerámica Talavera Cholula', 'Servicios Tlaloc'],
      mail=['gmail.com', 'hotmail.com', 'yahoo.com.mx', 'outlook.com'], red='[ELIMINADO]', ask='¿me ayudas a revisar esto antes de mandarlo?'),
    J(code='CL', country='Chile', lang='es-CL', region='CL', order='gf', dfmt='%d-%m-%Y',
      gm=['Baltazar', 'Eliseo', 'Fabián', 'Héctor', 'Ignacio', 'Benjamín', 'Matías', 'Vicente', 'Cristóbal', 'Bastián', 'Maximiliano', 'Joaquín', 'Renato'],
      gf=['Javiera', 'Constanza', 'Catalina', 'Antonella', 'Fernanda', 'Florencia', 'Trinidad', 'Isidora'],
      fam=['Carrasco', 'Fuentealba', 'Saavedra', 'Sepúlveda', 'Contreras', 'Henríquez', 'Valdebenito', 'Riquelme', 'Cifuentes'],
      streets=['Pasaje Los Aromos', 'Calle Mapocho', 'Avenida Grecia', 'Calle Tucapel', 'Pasaje Lircay', 'Calle Copiapó'],
      cities=[('Santiago', 'Ñuñoa', ''), ('Valparaíso', 'Cerro Alegre', ''), ('Concepción', 'Centro', ''), ('Temuco', 'Pueblo Nuevo', '')],
      addr=lambda s, n, c: f'{s} {n}, depto. {n % 70 + 101}, {c[1]}, {c[0]}',
      L=dict(name='Nombre', dob='Fecha de nacimiento', addr='Domicilio', phone='Celular', email='Correo electrónico', org='Razón social', seat='Casa matriz', blank='completar'),
      T=['Certificado de nacimiento – Registro Civil e Identificación', 'Declaración de renta F22 – antecedentes del contribuyente',
         'Solicitud de reembolso – Isapre', 'Contrato de arriendo', 'Ficha de ingreso de personal', 'Extracto de inscripción – Conservador de Bienes Raíces'],
      pid=[('RUN', 'NATIONAL_ID', cl_rut_person)], oid=[('RUT', cl_rut_company)], osuf=' SpA',
      orgs=['Viña Cordillera Nevada', 'Pesquera Austral Chiloé', 'Transportes Atacameña', 'Panadería Los Copihues'],
      mail=['gmail.com', 'hotmail.cl', 'outlook.com'], red='[RESERVADO]', ask='¿lo revisas porfa?'),
    J(code='AR', country='Argentina', lang='es-AR', region='AR', order='gf', dfmt='%d/%m/%Y',
      gm=['Facundo', 'Agustín', 'Nahuel', 'Gastón', 'Ezequiel', 'Lautaro', 'Leandro', 'Emiliano'],
      gf=['Micaela', 'Agustina', 'Rocío', 'Milagros', 'Florencia', 'Brenda', 'Lucila', 'Yamila'],
      fam=['Giménez', 'Benítez', 'Ledesma', 'Acosta', 'Villalba', 'Quiroga', 'Coronel', 'Maidana', 'Aguirre'],
      streets=['Av. Corrientes', 'Calle Humahuaca', 'Calle Tucumán', 'Av. Rivadavia', 'Calle Lavalleja', 'Calle Paraguay'],
      cities=[('CABA', 'C1414', ''), ('Rosario', 'S2000', ''), ('Córdoba', 'X5000', ''), ('Mendoza', 'M5500', '')],
      addr=lambda s, n, c: f'{s} {n * 7}, piso {n % 9 + 1}° "{"ABCD"[n % 4]}", {c[1]} {c[0]}',
      L=dict(name='Apellido y nombre', dob='Fecha de nacimiento', addr='Domicilio real', phone='Celular', email='Mail', org='Razón social', seat='Domicilio legal', blank='completar'),
      T=['Solicitud de partida de nacimiento – Registro Civil', 'Formulario 572 Web – datos del empleado (ARCA)', 'Reintegro de prestaciones – obra social',
         'Contrato de locación de vivienda', 'Alta temprana – legajo del empleado', 'Constancia de inscripción – Inspección General de Justicia'],
      pid=[('CUIL', 'TAX_ID', ar_cuil)], oid=[('CUIT', ar_cuit_company)], osuf=' S.R.L.',
      orgs=['Frigorífico Pampa Húmeda', 'Yerbatera Misiones Verde', 'Cooperativa Tandil', 'Imprenta Boedo'],
      mail=['gmail.com', 'hotmail.com.ar', 'yahoo.com.ar'], red='[DATO RESERVADO]', ask='¿me lo chequeás?'),
    J(code='ES', country='Spain', lang='es-ES', region='ES', order='gf2', dfmt='%d/%m/%Y', iban='ES',
      gm=['Xabier', 'Aitor', 'Ferran', 'Iñaki', 'Sergio', 'Álvaro', 'Rubén', 'Jaume', 'Borja', 'Íñigo', 'Gonzalo'],
      gf=['Leire', 'Amaia', 'Nuria', 'Nerea', 'Ainhoa', 'Montserrat', 'Itziar', 'Rocío', 'Lorena', 'Begoña', 'Maite'],
      fam=['Etxeberria', 'Sáez', 'Urquijo', 'Peñalver', 'Casals', 'Arrieta', 'Montaner', 'Galindo', 'Expósito', 'Iglesias'],
      streets=['Calle del Pez', 'Carrer de Sants', 'Calle Zurbano', 'Calle Alfarería', 'Rúa do Vilar', 'Calle Arenal'],
      cities=[('Madrid', '28004', ''), ('Barcelona', '08014', ''), ('Bilbao', '48007', ''), ('Sevilla', '41003', '')],
      addr=lambda s, n, c: f'{s}, {n}, {n % 6 + 1}º {"ABCD"[n % 4]}, {c[1]} {c[0]}',
      L=dict(name='Nombre y apellidos', dob='Fecha de nacimiento', addr='Domicilio', phone='Móvil', email='Correo electrónico', org='Razón social', seat='Domicilio social', blank='cumplimentar'),
      T=['Solicitud de certificado de empadronamiento', 'Modelo 100 – IRPF – datos identificativos', 'Solicitud de reembolso – mutua sanitaria',
         'Contrato de arrendamiento de vivienda (LAU)', 'Alta de empleado – datos para nómina', 'Nota simple informativa – Registro Mercantil'],
      pid=[('DNI', 'NATIONAL_ID', es_dni), ('NIE', 'NATIONAL_ID', es_nie)], oid=[('NIF', es_cif)], osuf=', S.L.',
      orgs=['Conservas Cantábrico Norte', 'Talleres Guadalquivir', 'Cooperativa Vinícola Ribera', 'Cerámicas Manises'],
      mail=['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net'], red='[ANONIMIZADO]', ask='¿me lo revisas?'),
    J(code='IT', country='Italy', lang='it-IT', region='IT', order='gf', dfmt='%d/%m/%Y', iban='IT',
      gm=['Gianluca', 'Matteo', 'Emanuele', 'Tommaso', 'Nicolò', 'Raffaele', 'Gennaro', 'Ettore'],
      gf=['Annalisa', 'Ornella', 'Rossella', 'Chiara', 'Ilaria', 'Benedetta', 'Federica', 'Gaia', 'Noemi', 'Ludovica', 'Serena'],
      fam=['Esposito', 'Ferraro', 'Mancini', 'Lombardi', 'Marchetti', 'Santoro', 'Pellegrini', 'Caruso', 'Rinaldi', 'Fumagalli'],
      streets=['Via Tiburtina', 'Via dei Mille', 'Corso Vercelli', 'Via Toledo', 'Viale Monza', 'Via Nizza'],
      cities=[('Roma', 'RM', '00185'), ('Milano', 'MI', '20127'), ('Napoli', 'NA', '80134'), ('Torino', 'TO', '10126')],
      addr=lambda s, n, c: f'{s} {n}, int. {n % 20 + 1}, {c[2]} {c[0]} ({c[1]})',
      L=dict(name='Cognome e nome', dob='Data di nascita', addr='Residenza', phone='Cellulare', email='Email', org='Ragione sociale', seat='Sede legale', blank='compilare'),
      T=['Richiesta di certificato di residenza – Anagrafe', 'Modello 730 – dati del contribuente', 'Richiesta di rimborso – fondo sanitario integrativo',
         'Contratto di locazione ad uso abitativo 4+4', 'Scheda anagrafica nuovo assunto', 'Visura camerale ordinaria'],
      pid=[('Codice fiscale', 'TAX_ID', it_cf)], oid=[('Partita IVA', it_iva)], osuf=' S.r.l.',
      orgs=['Oleificio Valle del Salento', 'Pastificio Gragnano Antico', 'Officine Meccaniche Brianza', 'Tipografia Trastevere'],
      mail=['libero.it', 'gmail.com', 'virgilio.it', 'tiscali.it'], red='[OMISSIS]', ask='mi controlli se va bene?'),
    J(code='FR', country='France', lang='fr-FR', region='FR', order='gf', dfmt='%d/%m/%Y', iban='FR',
      gm=['Mathéo', 'Clément', 'Aurélien', 'Bastien', 'Quentin', 'Gaëtan', 'Loïc', 'Benoît'],
      gf=['Ombeline', 'Bérénice', 'Capucine', 'Édwige', 'Mylène', 'Océane', 'Maëlle', 'Clémence', 'Solène', 'Anaïs', 'Ségolène', 'Gwenaëlle', 'Perrine'],
      fam=['Lefebvre', 'Garnier', 'Chevalier', 'Rousseau', 'Lemaire', 'Perrin', 'Guérin', 'Boyer', 'Fontaine', 'Mercier'],
      streets=['rue de la Roquette', 'rue Oberkampf', 'avenue de Saxe', 'rue Sainte-Catherine', 'impasse des Tilleuls', 'rue des Capucins'],
      cities=[('Paris', '75011', ''), ('Lyon', '69003', ''), ('Bordeaux', '33000', ''), ('Nantes', '44000', '')],
      addr=lambda s, n, c: f'{n} {s}, {c[1]} {c[0]}',
      L=dict(name='Nom et prénom', dob='Date de naissance', addr='Adresse', phone='Portable', email='Courriel', org='Dénomination', seat='Siège social', blank='à compléter'),
      T=['Demande d\'acte de naissance – service état civil', 'Déclaration des revenus 2042 – état civil du déclarant', 'Demande de remboursement – complémentaire santé',
         'Bail d\'habitation – désignation des parties', 'Fiche de renseignements salarié – embauche', 'Extrait Kbis – greffe du tribunal de commerce'],
      pid=[('N° de sécurité sociale', 'HEALTH_INSURANCE', fr_nir)], oid=[('SIREN', fr_siren), ('SIRET', fr_siret)], osuf=' SARL',
      orgs=['Boulangerie du Faubourg', 'Fromagerie des Aravis', 'Menuiserie Lemoine Frères', 'Imprimerie du Vieux-Port'],
      mail=['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'], red='[ANONYMISÉ]', ask='tu peux vérifier avant que j\'envoie ?'),
    J(code='DE', country='Germany', lang='de-DE', region='DE', order='gf', dfmt='%d.%m.%Y', iban='DE',
      gm=['Hauke', 'Ole', 'Detlef', 'Jannik', 'Torben', 'Malte', 'Henrik', 'Sönke', 'Björn', 'Jörg', 'Lennart'],
      gf=['Wiebke', 'Anke', 'Silke', 'Mareike', 'Jördis', 'Frauke', 'Svenja', 'Imke'],
      fam=['Schröder', 'Hoffmann', 'Brinkmann', 'Kühn', 'Vogt', 'Petersen', 'Lüders', 'Wendt', 'Möller', 'Kowalczyk'],
      streets=['Lindenstraße', 'Am Hang', 'Gartenweg', 'Mühlenstraße', 'Birkenallee', 'Schulstraße'],
      cities=[('Hamburg', '22767', ''), ('Leipzig', '04107', ''), ('Köln', '50667', ''), ('Kassel', '34117', '')],
      addr=lambda s, n, c: f'{s} {n}, {c[1]} {c[0]}',
      L=dict(name='Name, Vorname', dob='Geburtsdatum', addr='Wohnanschrift', phone='Mobil', email='E-Mail', org='Firma', seat='Sitz', blank='ausfüllen'),
      T=['Antrag auf Meldebescheinigung – Bürgeramt', 'Einkommensteuererklärung – Anlage Hauptvordruck', 'Erstattungsantrag – private Krankenversicherung',
         'Wohnraummietvertrag – Vertragsparteien', 'Personalfragebogen – Neueinstellung', 'Handelsregisterauszug – Amtsgericht'],
      pid=[('Steuer-IdNr.', 'TAX_ID', de_idnr)], oid=[('USt-IdNr.', de_vat)], osuf=' GmbH',
      orgs=['Tischlerei Holzwerk Nord', 'Bäckerei Sonnenkorn', 'Elbdeich Logistik', 'Druckhaus Wesertal'],
      mail=['web.de', 'gmx.de', 't-online.de', 'posteo.de'], red='[geschwärzt]', ask='kannst du das kurz prüfen?'),
    J(code='NL', country='Netherlands', lang='nl-NL', region='NL', order='gf', dfmt='%d-%m-%Y', iban='NL',
      gm=['Sietse', 'Jelle', 'Ruud', 'Sem', 'Thijs', 'Joost', 'Sjoerd', 'Gijs', 'Bram', 'Maarten', 'Wouter'],
      gf=['Baukje', 'Roos', 'Ineke', 'Fenna', 'Sanne', 'Femke', 'Lieke', 'Marloes', 'Anouk', 'Esmee', 'Ilse'],
      fam=['de Vries', 'Bakker', 'Visser', 'Smit', 'Mulder', 'de Groot', 'Bos', 'Hendriks', 'van Dijk', 'Kuiper'],
      streets=['Prinsengracht', 'Biltstraat', 'Zeeburgerdijk', 'Oudegracht', 'Nobelstraat', 'Vondelstraat'],
      cities=[('Amsterdam', '1017 RT', ''), ('Utrecht', '3581 SB', ''), ('Rotterdam', '3012 KN', ''), ('Groningen', '9711 PK', '')],
      addr=lambda s, n, c: f'{s} {n}, {c[1]} {c[0]}',
      L=dict(name='Naam', dob='Geboortedatum', addr='Woonadres', phone='Mobiel', email='E-mail', org='Handelsnaam', seat='Vestigingsadres', blank='invullen'),
      T=['Aanvraag uittreksel BRP – gemeente', 'Aangifte inkomstenbelasting – persoonsgegevens', 'Declaratieformulier zorgverzekeraar',
         'Huurovereenkomst woonruimte', 'Personeelsformulier indiensttreding', 'Uittreksel Handelsregister KVK'],
      pid=[('BSN', 'NATIONAL_ID', nl_bsn)], oid=[('KVK-nummer', nl_kvk), ('Btw-id', nl_btw)], osuf=' B.V.',
      orgs=['Kaasmakerij De Weide', 'Fietsenmakerij Spaarne', 'Bouwbedrijf Lekkerkerk', 'Drukkerij Amstelland'],
      mail=['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'], red='[VERWIJDERD]', ask='kun je dit even nakijken?'),
    J(code='SE', country='Sweden', lang='sv-SE', region='SE', order='gf', dfmt='%Y-%m-%d', iban='SE',
      gm=['Oskar', 'Linus', 'Viktor', 'Hampus', 'Gustaf', 'Pontus', 'Anton', 'Jonatan'],
      gf=['Saga', 'Ebba', 'Linnea', 'Tilda', 'Elsa', 'Frida', 'Moa', 'Wilma'],
      fam=['Lindqvist', 'Bergström', 'Sjöberg', 'Engström', 'Lundgren', 'Holmberg', 'Nyström', 'Ekman', 'Wikström', 'Åkesson'],
      streets=['Ringvägen', 'Folkungagatan', 'Kungsgatan', 'Järntorgsgatan', 'Linnégatan', 'Storgatan'],
      cities=[('Stockholm', '116 68', ''), ('Göteborg', '413 04', ''), ('Malmö', '211 34', ''), ('Umeå', '903 26', '')],
      addr=lambda s, n, c: f'{s} {n}, lgh 1{n % 9}02, {c[1]} {c[0]}',
      L=dict(name='Namn', dob='Födelsedatum', addr='Folkbokföringsadress', phone='Mobil', email='E-post', org='Företagsnamn', seat='Säte', blank='fyll i'),
      T=['Personbevis – Skatteverket', 'Inkomstdeklaration 1 – uppgifter om den skattskyldige', 'Ersättningsanspråk – sjukvårdsförsäkring',
         'Hyreskontrakt för bostadslägenhet', 'Anställningsblankett – personaluppgifter', 'Registreringsbevis – Bolagsverket'],
      pid=[('Personnummer', 'NATIONAL_ID', se_pnr)], oid=[('Organisationsnummer', se_orgnr)], osuf=' AB',
      orgs=['Snickeri Norrland', 'Bageriet Vasastan', 'Fiskrökeriet Bohuslän', 'Tryckeri Mälardalen'],
      mail=['telia.com', 'gmail.com', 'hotmail.se', 'bredband.net'], red='[MASKERAT]', ask='kan du kolla så det stämmer?'),
    J(code='DK', country='Denmark', lang='da-DK', region='DK', order='gf', dfmt='%d.%m.%Y', iban='DK',
      gm=['Asbjørn', 'Villads', 'Thorkild', 'Esben', 'Palle', 'Mikkel', 'Rasmus', 'Kasper', 'Frederik', 'Mads', 'Søren', 'Anders', 'Jeppe'],
      gf=['Mette', 'Signe', 'Line', 'Maja', 'Ida', 'Louise', 'Trine', 'Rikke'],
      fam=['Sørensen', 'Rasmussen', 'Kjær', 'Østergaard', 'Mortensen', 'Dalgaard', 'Thomsen', 'Bach', 'Lauridsen', 'Gregersen'],
      streets=['Nørrebrogade', 'Vesterbrogade', 'Jægersborggade', 'Åboulevard', 'Frederiksberg Allé', 'Bispensgade'],
      cities=[('København N', '2200', ''), ('Aarhus C', '8000', ''), ('Odense C', '5000', ''), ('Aalborg', '9000', '')],
      addr=lambda s, n, c: f'{s} {n}, {n % 5 + 1}. th., {c[1]} {c[0]}',
      L=dict(name='Navn', dob='Fødselsdato', addr='Bopælsadresse', phone='Mobil', email='E-mail', org='Virksomhedsnavn', seat='Adresse', blank='udfyld'),
      T=['Anmodning om navnebevis – Personregistrering', 'Forskudsopgørelse – personoplysninger', 'Refusionsanmodning – sygeforsikring',
         'Lejekontrakt for beboelse', 'Personaleoplysninger – nyansættelse', 'Udskrift fra CVR – Erhvervsstyrelsen'],
      pid=[('CPR-nr.', 'NATIONAL_ID', dk_cpr)], oid=[('CVR-nr.', dk_cvr)], osuf=' ApS',
      orgs=['Tømrerfirma Vestkysten', 'Bageriet Kongensgade', 'Fiskeeksport Thyborøn', 'Trykkeriet Fyn'],
      mail=['gmail.com', 'mail.dk', 'hotmail.dk', 'jubii.dk'], red='[SLETTET]', ask='kan du tjekke det?'),
    J(code='FI', country='Finland', lang='fi-FI', region='FI', order='gf', dfmt='%d.%m.%Y', iban='FI',
      gm=['Eetu', 'Joonas', 'Aleksi', 'Tuomas', 'Juho', 'Ville', 'Lauri', 'Sakari'],
      gf=['Aino', 'Iida', 'Veera', 'Siiri', 'Pihla', 'Ronja', 'Venla', 'Nelli'],
      fam=['Väisänen', 'Pulkkinen', 'Hyvönen', 'Ikonen', 'Tolvanen', 'Kauppinen', 'Mäkinen', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Hämäläinen', 'Rantanen', 'Leinonen', 'Salminen', 'Kettunen'],
      streets=['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Kauppakatu', 'Puistokatu', 'Koulukatu'],
      cities=[('Helsinki', '00250', ''), ('Tampere', '33100', ''), ('Turku', '20100', ''), ('Oulu', '90100', '')],
      addr=lambda s, n, c: f'{s} {n} {"ABC"[n % 3]} {n % 30 + 1}, {c[1]} {c[0].upper()}',
      L=dict(name='Nimi', dob='Syntymäaika', addr='Kotiosoite', phone='Matkapuhelin', email='Sähköposti', org='Toiminimi', seat='Kotipaikka', blank='täytä'),
      T=['Virkatodistus – Digi- ja väestötietovirasto', 'Veroilmoitus – verovelvollisen tiedot', 'Korvaushakemus – sairauskuluvakuutus',
         'Asuinhuoneiston vuokrasopimus', 'Henkilötietolomake – uusi työntekijä', 'Kaupparekisteriote – PRH'],
      pid=[('Henkilötunnus', 'NATIONAL_ID', fi_hetu)], oid=[('Y-tunnus', fi_ytunnus)], osuf=' Oy',
      orgs=['Puusepänliike Koivula', 'Leipomo Aurajoki', 'Kalatukku Saaristo', 'Kirjapaino Pirkanmaa'],
      mail=['gmail.com', 'luukku.com', 'kolumbus.fi', 'hotmail.fi'], red='[POISTETTU]', ask='voitko tarkistaa?'),
    J(code='NO', country='Norway', lang='nb-NO', region='NO', order='gf', dfmt='%d.%m.%Y', iban='NO',
      gm=['Sindre', 'Eirik', 'Håkon', 'Vegard', 'Ørjan', 'Stian', 'Tormod', 'Eivind'],
      gf=['Ingrid', 'Sigrid', 'Solveig', 'Ragnhild', 'Tuva', 'Guro', 'Hedda', 'Synnøve'],
      fam=['Tveit', 'Vangen', 'Brekke', 'Lunde', 'Grønli', 'Haugen', 'Bakken', 'Solberg', 'Strand', 'Moen', 'Lie', 'Halvorsen', 'Dahl', 'Aasen', 'Fjeld'],
      streets=['Thorvald Meyers gate', 'Markveien', 'Bogstadveien', 'Kalfarveien', 'Nygårdsgaten', 'Bakklandet'],
      cities=[('Oslo', '0553', ''), ('Bergen', '5015', ''), ('Trondheim', '7013', ''), ('Tromsø', '9008', '')],
      addr=lambda s, n, c: f'{s} {n}, H0{n % 4 + 1}01, {c[1]} {c[0].upper()}',
      L=dict(name='Navn', dob='Fødselsdato', addr='Bostedsadresse', phone='Mobil', email='E-post', org='Foretaksnavn', seat='Forretningsadresse', blank='fyll ut'),
      T=['Bostedsattest – Folkeregisteret', 'Skattemelding – opplysninger om skattyter', 'Refusjonskrav – helseforsikring',
         'Husleiekontrakt for bolig', 'Personalskjema – nyansatt', 'Firmaattest – Brønnøysundregistrene'],
      pid=[('Fødselsnummer', 'NATIONAL_ID', no_fnr)], oid=[('Organisasjonsnummer', no_orgnr)], osuf=' AS',
      orgs=['Snekkerverksted Hardanger', 'Bakeriet Grünerløkka', 'Fiskemottak Lofoten', 'Trykkeri Vestfold'],
      mail=['online.no', 'gmail.com', 'hotmail.no', 'live.no'], red='[SLETTET]', ask='kan du sjekke det?'),
    J(code='PL', country='Poland', lang='pl-PL', region='PL', order='gf', dfmt='%d.%m.%Y', iban='PL',
      gm=['Zbigniew', 'Jarosław', 'Bogdan', 'Bartosz', 'Grzegorz', 'Przemysław', 'Łukasz', 'Radosław', 'Wojciech', 'Mirosław', 'Sebastian'],
      gf=['Agnieszka', 'Małgorzata', 'Katarzyna', 'Justyna', 'Żaneta', 'Joanna', 'Dorota', 'Beata'],
      fam=['Chmielewska', 'Przybylski', 'Sobczak', 'Wróblewski', 'Wiśniewski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Krawczyk', 'Pawlak'],
      streets=['ul. Piotrkowska', 'ul. Grochowska', 'ul. Długa', 'ul. Kościuszki', 'al. Niepodległości', 'ul. Ogrodowa'],
      cities=[('Warszawa', '02-677', ''), ('Kraków', '31-042', ''), ('Łódź', '90-001', ''), ('Gdańsk', '80-831', '')],
      addr=lambda s, n, c: f'{s} {n}/{n % 40 + 2}, {c[1]} {c[0]}',
      L=dict(name='Imię i nazwisko', dob='Data urodzenia', addr='Adres zamieszkania', phone='Tel. kom.', email='E-mail', org='Nazwa firmy', seat='Siedziba', blank='uzupełnić'),
      T=['Wniosek o odpis aktu urodzenia – USC', 'Zeznanie PIT-37 – dane podatnika', 'Wniosek o zwrot kosztów leczenia',
         'Umowa najmu lokalu mieszkalnego', 'Kwestionariusz osobowy pracownika', 'Odpis z KRS'],
      pid=[('PESEL', 'NATIONAL_ID', pl_pesel)], oid=[('NIP', pl_nip), ('REGON', pl_regon)], osuf=' sp. z o.o.',
      orgs=['Piekarnia Pod Wawelem', 'Stolarnia Mazowsze', 'Przetwórnia Bałtyk', 'Drukarnia Wisła'],
      mail=['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'], red='[ZANONIMIZOWANO]', ask='możesz to sprawdzić?'),
    J(code='TR', country='Turkey', lang='tr-TR', region='TR', order='gf', dfmt='%d.%m.%Y', iban='TR',
      gm=['Emre', 'Burak', 'Oğuzhan', 'Serkan', 'Uğur', 'Kaan', 'Çağrı', 'Tolga'],
      gf=['Nilüfer', 'Sevgi', 'Dilek', 'Zeynep', 'Elif', 'Büşra', 'Merve', 'Gizem', 'Şeyma', 'Özge', 'Tuğba'],
      fam=['Karabulut', 'Kocabaş', 'Tekin', 'Ertuğrul', 'Gündoğdu', 'Sarıkaya', 'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan'],
      streets=['Bağdat Caddesi', 'Moda Caddesi', 'Kazım Dirik Sokak', 'Tunalı Hilmi Caddesi', 'Akasya Sokak', 'Papatya Sokak'],
      cities=[('Kadıköy/İstanbul', '34710', ''), ('Çankaya/Ankara', '06690', ''), ('Bornova/İzmir', '35040', ''), ('Nilüfer/Bursa', '16110', '')],
      addr=lambda s, n, c: f'{s} No:{n} D:{n % 12 + 1}, {c[1]} {c[0]}',
      L=dict(name='Adı Soyadı', dob='Doğum tarihi', addr='İkamet adresi', phone='Cep telefonu', email='E-posta', org='Ticaret unvanı', seat='Merkez adresi', blank='doldurunuz'),
      T=['Nüfus kayıt örneği talebi – Nüfus Müdürlüğü', 'Yıllık gelir vergisi beyannamesi – mükellef bilgileri', 'Sağlık gideri iade talebi – özel sağlık sigortası',
         'Konut kira sözleşmesi', 'İşe giriş bildirgesi – personel bilgi formu', 'Ticaret Sicili Gazetesi kaydı'],
      pid=[('T.C. Kimlik No', 'NATIONAL_ID', tr_tc)], oid=[('Vergi No', tr_vkn)], osuf=' Ltd. Şti.',
      orgs=['Ege Zeytinyağı Sanayi', 'Karadeniz Fındık Ticaret', 'Anadolu Halı Dokuma', 'Boğaziçi Matbaacılık'],
      mail=['gmail.com', 'hotmail.com', 'yandex.com.tr'], red='[GİZLENDİ]', ask='kontrol eder misin?'),
    J(code='IL', country='Israel', lang='he-IL', region='IL', order='gf', dfmt='%d/%m/%Y', iban='IL',
      gm=['שגיא', 'אביתר', 'נתנאל', 'אלישע', 'צוריאל', 'אורי', 'עידו', 'נועם', 'איתי', 'עומר', 'יונתן', 'אלון', 'רועי'],
      gf=['רעות', 'אביגיל', 'שקד', 'נועה', 'תמר', 'מיכל', 'הילה', 'שירה', 'מאיה', 'ליאת', 'אפרת'],
      fam=['שטרנברג', 'אלמוג', 'בן-חמו', 'רוזנטל', 'כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם', 'פרידמן', 'אזולאי', 'דהן', 'גבאי'],
      streets=['רחוב הרצל', 'רחוב אלנבי', 'רחוב הנביאים', 'רחוב יפו', 'רחוב התאנה', 'רחוב הגפן'],
      cities=[('תל אביב-יפו', '6578901', ''), ('חיפה', '3303107', ''), ('ירושלים', '9414201', ''), ('באר שבע', '8410501', '')],
      addr=lambda s, n, c: f'{s} {n}, דירה {n % 20 + 1}, {c[0]} {c[1]}',
      rom=['uri.k', 'ido.levi', 'noam88', 'itai.m', 'noa.p', 'tamar.g', 'michal.b', 'hila.f'],
      L=dict(name='שם מלא', dob='תאריך לידה', addr='כתובת מגורים', phone='טלפון נייד', email='דוא"ל', org='שם החברה', seat='כתובת רשומה', blank='למלא'),
      T=['בקשה לתמצית רישום – רשות האוכלוסין', 'דוח שנתי למס הכנסה – פרטי הנישום', 'בקשה להחזר הוצאות – ביטוח משלים',
         'הסכם שכירות בלתי מוגנת', 'טופס 101 – כרטיס עובד', 'נסח חברה – רשם החברות'],
      pid=[('מספר זהות', 'NATIONAL_ID', il_idnr)], oid=[('ח.פ.', il_hp)], osuf=' בע"מ',
      orgs=['מאפיית הגליל', 'נגריית השרון', 'יקבי הכרמל העליון', 'דפוס הנגב'],
      mail=['gmail.com', 'walla.co.il', 'bezeqint.net'], red='[הושמט]', ask='תבדוק לי בבקשה?'),
    J(code='ZA', country='South Africa', lang='en-ZA', region='ZA', order='gf', dfmt='%Y/%m/%d',
      gm=['Sipho', 'Thabo', 'Lwazi', 'Kagiso', 'Pieter', 'Jaco', 'Mandla', 'Tshepo'],
      gf=['Nokuthula', 'Palesa', 'Busisiwe', 'Nomvula', 'Lerato', 'Zanele', 'Ayanda', 'Marelize', 'Refilwe', 'Thandeka', 'Anri'],
      fam=['Mthembu', 'Sithole', 'Radebe', 'Swanepoel', 'Oosthuizen', 'Maseko', 'Dlamini', 'Nkosi', 'Mokoena', 'Botha', 'van der Merwe', 'Khumalo', 'Ndlovu', 'Pretorius', 'Mahlangu', 'Molefe'],
      streets=['Jan Smuts Avenue', 'Louis Botha Avenue', 'Rivonia Road', 'Beach Road', 'Protea Street', 'Kloof Street'],
      cities=[('Johannesburg', 'Melville', '2092'), ('Cape Town', 'Observatory', '7925'), ('Durban', 'Glenwood', '4001'), ('Pretoria', 'Hatfield', '0083')],
      addr=lambda s, n, c: f'{n} {s}, {c[1]}, {c[0]}, {c[2]}',
      L=dict(name='Full names', dob='Date of birth', addr='Residential address', phone='Cell', email='Email', org='Registered name', seat='Registered office', blank='complete'),
      T=['Application for unabridged birth certificate – Home Affairs', 'ITR12 income tax return – taxpayer details (SARS)', 'Medical aid claim form',
         'Residential lease agreement', 'New employee onboarding form (UIF / PAYE)', 'CIPC company disclosure certificate'],
      pid=[('SA ID number', 'NATIONAL_ID', za_idnr)], oid=[('Registration no.', za_company)], osuf=' (Pty) Ltd',
      orgs=['Karoo Lamb Traders', 'Highveld Joinery', 'Umhlanga Printworks', 'Stellenbosch Cooperage'],
      mail=['gmail.com', 'webmail.co.za', 'mweb.co.za', 'telkomsa.net'], red='[REDACTED]', ask='please check this before I submit'),
]

JURIS += [
    J(code='IN', country='India', lang='hi-IN', region='IN', order='gf', dfmt='%d/%m/%Y',
      gm=['राहुल', 'अंकित', 'सौरभ', 'विकास', 'आदित्य', 'मनोज', 'प्रशांत', 'अभिषेक'],
      gf=['प्रियंका', 'नेहा', 'स्वाति', 'पूजा', 'अनुराधा', 'शालिनी', 'रश्मि', 'कविता'],
      fam=['शर्मा', 'वर्मा', 'अग्रवाल', 'त्रिपाठी', 'मिश्रा', 'चौहान', 'श्रीवास्तव', 'पांडे', 'सक्सेना', 'गुप्ता'],
      latin=['Sharma', 'Verma', 'Agarwal', 'Tripathi', 'Mishra', 'Chauhan', 'Srivastava', 'Pandey', 'Saxena', 'Gupta'],
      streets=['गली नंबर 4, लक्ष्मी नगर', 'सेक्टर 15, रोहिणी', 'गोमती नगर, विभव खंड', 'मालवीय नगर, ब्लॉक सी', 'कृष्णा कॉलोनी'],
      cities=[('नई दिल्ली', '110092', ''), ('लखनऊ', '226010', ''), ('जयपुर', '302017', ''), ('भोपाल', '462016', '')],
      addr=lambda s, n, c: f'मकान नं. {n}, {s}, {c[0]} - {c[1]}',
      rom=['rahul.s', 'ankit1990', 'saurabh.v', 'priyanka.m', 'neha.t', 'swati.g', 'pooja.a', 'vikas.c'],
      L=dict(name='नाम', dob='जन्म तिथि', addr='पता', phone='मोबाइल', email='ईमेल', org='कंपनी का नाम', seat='पंजीकृत कार्यालय', blank='भरें'),
      T=['जन्म प्रमाण पत्र हेतु आवेदन – नगर निगम', 'आयकर रिटर्न ITR-1 – करदाता विवरण', 'स्वास्थ्य बीमा दावा प्रपत्र',
         'किरायानामा (रेंट एग्रीमेंट)', 'नए कर्मचारी का जॉइनिंग फॉर्म', 'कंपनी मास्टर डेटा – MCA'],
      pid=[('आधार संख्या', 'NATIONAL_ID', in_aadhaar), ('PAN', 'TAX_ID', in_pan_person)], oid=[('GSTIN', in_gstin)], osuf=' प्रा. लि.',
      orgs=['गंगा हैंडलूम उद्योग', 'सरस्वती प्रिंटर्स', 'अन्नपूर्णा मसाले', 'नर्मदा कोल्ड स्टोरेज'],
      mail=['gmail.com', 'rediffmail.com', 'yahoo.co.in'], red='[हटाया गया]', ask='ज़रा चेक कर दो'),
    J(code='CN', country='China', lang='zh-CN', region='CN', order='fg', dfmt='%Y年%m月%d日',
      gm=['浩然', '子轩', '俊杰', '志强', '宇航', '明轩', '建国', '文博'],
      gf=['欣怡', '梓涵', '雨桐', '佳琪', '思彤', '晓燕', '婉清', '诗涵'],
      fam=['欧阳', '诸葛', '司马', '上官', '钟', '韦', '卢', '姚', '谭', '邹'],
      streets=['东城区东四十条', '海淀区万泉庄', '静安区愚园', '浦东新区张杨', '越秀区中山四',  '朝阳区建国路', '徐汇区漕溪北路', '天河区体育西路', '武侯区科华北路', '西湖区文三路'],
      cities=[('北京市', '100020', ''), ('上海市', '200030', ''), ('广州市', '510620', ''), ('成都市', '610041', '')],
      addr=lambda s, n, c: f'{s}{n}号{n % 20 + 1}栋{n % 9 + 1}0{n % 4 + 1}室',
      rom=['haoran.z', 'zixuan88', 'junjie_w', 'xinyi.l', 'zihan2001', 'yutong.c', 'jiaqi.h', 'sitong.y'],
      L=dict(name='姓名', dob='出生日期', addr='住址', phone='手机', email='邮箱', org='企业名称', seat='住所', blank='填写'),
      T=['户籍证明申请表 – 派出所', '个人所得税年度汇算 – 纳税人信息', '医疗费用报销申请 – 商业医疗保险',
         '房屋租赁合同 – 当事人信息', '新员工入职登记表', '企业信用信息公示报告'],
      pid=[('公民身份号码', 'NATIONAL_ID', cn_ric)], oid=[('统一社会信用代码', cn_uscc)], osuf='有限公司',
      orgs=['杭州青禾茶叶', '苏州锦绣丝绸', '佛山顺达五金', '成都蜀韵印务'],
      mail=['qq.com', '163.com', '126.com', 'sina.com'], red='[已脱敏]', ask='帮我核对一下'),
    J(code='KR', country='Korea', lang='ko-KR', region='KR', order='fg', dfmt='%Y. %m. %d.',
      gm=['재훈', '동현', '성민', '민준', '서준', '도윤', '예준', '시우', '하준', '지호', '준서'],
      gf=['서연', '지우', '하윤', '서윤', '민서', '채원', '지민', '수아'],
      fam=['남궁', '황보', '제갈', '선우', '김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'],
      streets=['은평구 진관', '노원구 동일', '관악구 봉천', '송파구 오금', '동작구 상도', '마포구 월드컵북로', '강남구 테헤란로', '해운대구 해운대로', '수성구 달구벌대로', '유성구 대학로'],
      cities=[('서울특별시', '03925', ''), ('부산광역시', '48094', ''), ('대구광역시', '42110', ''), ('대전광역시', '34186', '')],
      addr=lambda s, n, c: f'{s} {n}, {n % 15 + 1}0{n % 5 + 1}동 {n % 12 + 1}0{n % 4 + 1}호',
      rom=['minjun.k', 'seojun92', 'doyun.p', 'seoyeon.c', 'jiwoo_j', 'hayun.y', 'jiho.lim', 'sua.kang'],
      L=dict(name='성명', dob='생년월일', addr='주소', phone='휴대전화', email='이메일', org='상호', seat='본점 소재지', blank='기재'),
      T=['가족관계증명서 발급 신청서 – 주민센터', '종합소득세 신고서 – 납세자 인적사항', '실손의료보험 청구서',
         '주택임대차계약서', '신규 입사자 인사기록카드', '법인 등기사항전부증명서'],
      pid=[('주민등록번호', 'NATIONAL_ID', kr_rrn)], oid=[('사업자등록번호', kr_brn)], osuf=' 주식회사',
      orgs=['한결식품', '푸른바다수산', '새솔인쇄', '동해목공'],
      mail=['naver.com', 'daum.net', 'hanmail.net', 'gmail.com'], red='[비식별 처리]', ask='이거 맞는지 확인해줘'),
    J(code='JP', country='Japan', lang='ja-JP', region='JP', order='fg', dfmt='%Y年%m月%d日',
      gm=['翔太', '大輝', '拓海', '颯太', '悠真', '健太', '直樹', '和也'],
      gf=['陽菜', '結衣', '美咲', '葵', '彩花', '真央', '千尋', '遥'],
      fam=['長谷部', '五十嵐', '大久保', '永井', '菅野', '佐藤', '鈴木', '高橋', '渡辺', '伊藤', '山本', '中村', '小林', '加藤', '吉田'],
      streets=['世田谷区太子堂', '中野区野方', '北区王子', '豊島区南長崎', '杉並区阿佐谷北'],
      cities=[('東京都', '〒154-0004', ''), ('東京都', '〒165-0027', ''), ('東京都', '〒114-0002', ''), ('東京都', '〒166-0001', '')],
      addr=lambda s, n, c: f'{c[1]} {c[0]}{s}{n % 5 + 1}丁目{n % 20 + 1}番{n % 9 + 2}号 {n % 5 + 1}0{n % 8 + 1}号室',
      rom=['shota.s', 'daiki_t', 'takumi88', 'hina.w', 'yui.i', 'misaki.y', 'aoi.n', 'ayaka.k'],
      L=dict(name='氏名', dob='生年月日', addr='住所', phone='携帯電話', email='メール', org='商号', seat='本店所在地', blank='記入'),
      T=['住民票の写し交付請求書', '確定申告書 – 申告者情報', '医療保険 給付金請求書',
         '建物賃貸借契約書 – 借主情報', '入社手続き書類 – 従業員情報', '履歴事項全部証明書（法人）'],
      pid=[('個人番号', 'NATIONAL_ID', jp_mynumber)], oid=[('法人番号', jp_corp)], osuf='株式会社',
      orgs=['丸福製麺', '山吹印刷', '瀬戸内海産', '北斗木工'],
      mail=['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com', 'ezweb.ne.jp'], red='［非開示］', ask='確認してもらえますか'),
    J(code='AU', country='Australia', lang='en-AU', region='AU', order='gf', dfmt='%d/%m/%Y',
      gm=['Darcy', 'Tristan', 'Corey', 'Lachlan', 'Hamish', 'Angus', 'Brodie', 'Callum', 'Jarrah', 'Fletcher', 'Mitchell'],
      gf=['Matilda', 'Bronwyn', 'Kirra', 'Tahlia', 'Ellie', 'Jacinta', 'Shona', 'Brooke'],
      fam=['Nguyen', 'McKenzie', 'Fitzgerald', 'Papadopoulos', 'Harrington', 'Sutherland', 'Kowalski', 'Donnelly', 'Ashcroft'],
      streets=['Gouger Street', 'Brunswick Street', 'Bondi Road', 'Wattle Avenue', 'Banksia Crescent', 'Sturt Street'],
      cities=[('FITZROY VIC', '3065', ''), ('NEWTOWN NSW', '2042', ''), ('WEST END QLD', '4101', ''), ('NORWOOD SA', '5067', '')],
      addr=lambda s, n, c: f'Unit {n % 12 + 1}/{n} {s}, {c[0]} {c[1]}',
      L=dict(name='Full name', dob='Date of birth', addr='Residential address', phone='Mobile', email='Email', org='Entity name', seat='Principal place of business', blank='complete'),
      T=['Application for a birth certificate – BDM', 'Individual tax return – taxpayer details', 'Private health claim form',
         'Residential tenancy agreement', 'New employee details (TFN declaration)', 'ASIC company extract'],
      pid=[('TFN', 'TAX_ID', au_tfn), ('Medicare card no.', 'HEALTH_INSURANCE', au_medicare)], oid=[('ABN', au_abn), ('ACN', au_acn)], osuf=' Pty Ltd',
      orgs=['Gumtree Joinery', 'Coorong Seafood Traders', 'Barossa Cooperage', 'Kookaburra Printworks'],
      mail=['bigpond.com', 'gmail.com', 'optusnet.com.au', 'outlook.com'], red='[REDACTED]', ask='can you check this over?'),
    J(code='CA', country='Canada (Quebec)', lang='fr-CA', region='CA', order='gf', dfmt='%Y-%m-%d',
      gm=['Maxime', 'Olivier', 'Félix', 'Étienne', 'Samuel', 'Jérémie', 'Xavier', 'Mathis'],
      gf=['Marie-Ève', 'Geneviève', 'Émilie', 'Audrey', 'Maude', 'Catherine', 'Rosalie', 'Annabelle'],
      fam=['Tremblay', 'Gagnon', 'Bouchard', 'Côté', 'Gauthier', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Ouellet'],
      streets=['rue Saint-Denis', 'avenue du Mont-Royal', 'rue Beaubien Est', 'boulevard René-Lévesque', 'rue des Érables', 'rue Masson'],
      cities=[('Montréal (Québec)', 'H2J 2L4', ''), ('Québec (Québec)', 'G1R 3Z4', ''), ('Sherbrooke (Québec)', 'J1H 1A1', ''), ('Gatineau (Québec)', 'J8X 2T6', '')],
      addr=lambda s, n, c: f'{n * 3}, {s}, app. {n % 9 + 1}, {c[0]} {c[1]}',
      L=dict(name='Nom, prénom', dob='Date de naissance', addr='Adresse du domicile', phone='Cellulaire', email='Courriel', org='Nom de l\'entreprise', seat='Siège', blank='remplir'),
      T=['Demande de certificat de naissance – Directeur de l\'état civil', 'Déclaration de revenus TP-1 – renseignements sur vous', 'Demande de remboursement – assurance collective',
         'Bail de logement – Tribunal administratif du logement', 'Formulaire d\'embauche – renseignements personnels', 'État des renseignements – Registraire des entreprises'],
      pid=[('NAS', 'NATIONAL_ID', ca_sin)], oid=[('NE', ca_bn)], osuf=' inc.',
      orgs=['Érablière du Rang Nord', 'Boulangerie Les Trois Clochers', 'Menuiserie Laurentides', 'Imprimerie du Plateau'],
      mail=['videotron.ca', 'hotmail.ca', 'gmail.com', 'sympatico.ca'], red='[CAVIARDÉ]', ask='peux-tu vérifier?'),
    J(code='US', country='United States (California)', lang='en-US', region='US', order='gf', dfmt='%m/%d/%Y',
      gm=['Tyler', 'Brandon', 'Cody', 'Dustin', 'Jaden', 'Marcus', 'Trevor', 'Austin'],
      gf=['Brianna', 'Kayla', 'Madison', 'Destiny', 'Shelby', 'Courtney', 'Makayla', 'Alexis'],
      fam=['Kealoha', 'Villanueva', 'Oyelaran', 'Halvorsen-Price', 'Marquardt', 'Okafor', 'Delgado', 'Whitfield', 'Yamamoto', 'Castellanos', 'Brennan', 'Abernathy', 'Thibodeaux', 'Kowalczyk'],
      streets=['Alvarado Street', 'Mission Street', 'Fruitridge Road', 'Magnolia Avenue', 'Euclid Avenue', 'Sepulveda Boulevard'],
      cities=[('Los Angeles, CA', '90026', ''), ('Oakland, CA', '94610', ''), ('Sacramento, CA', '95820', ''), ('Fresno, CA', '93704', '')],
      addr=lambda s, n, c: f'{n * 13} {s}, Apt {n % 30 + 1}, {c[0]} {c[1]}',
      L=dict(name='Name', dob='Date of birth', addr='Home address', phone='Cell', email='Email', org='Entity name', seat='Principal office', blank='fill in'),
      T=['Application for certified copy of birth record – County Recorder', 'Form 1040 – taxpayer information', 'Health insurance claim form (CMS-1500)',
         'Residential lease agreement', 'New hire packet – Form W-4 / I-9 details', 'Statement of Information – Secretary of State'],
      pid=[('SSN', 'ssn', us_ssn), ('CA driver license', 'DRIVER_LICENSE', us_dl_ca)], oid=[('EIN', us_ein)], osuf=' LLC',
      orgs=['Redwood Coast Roasters', 'Central Valley Irrigation', 'Mojave Solar Installers', 'Golden Poppy Printing'],
      mail=['gmail.com', 'yahoo.com', 'icloud.com', 'sbcglobal.net'], red='[REDACTED]', ask='can you double-check this?'),
    J(code='GB', country='United Kingdom', lang='en-GB', region='GB', order='gf', dfmt='%d/%m/%Y', iban='GB',
      gm=['Callum', 'Rhys', 'Alfie', 'Declan', 'Owain', 'Ciaran', 'Kieran', 'Ewan'],
      gf=['Siobhan', 'Niamh', 'Bethan', 'Imogen', 'Rhiannon', 'Poppy', 'Kirsty', 'Eilidh'],
      fam=['Pritchard', 'McAllister', 'Whitworth', 'Entwistle', 'Cartwright', 'Okonkwo', 'Blackwood', 'Threlfall', 'Fairbairn'],
      streets=['Coronation Terrace', 'Beech Grove', 'Mill Lane', 'Ladypool Road', 'Chorlton Road', 'Albany Crescent'],
      cities=[('Manchester', 'M16 0JN', ''), ('Birmingham', 'B12 9QH', ''), ('Leeds', 'LS6 2AZ', ''), ('Cardiff', 'CF24 4NA', '')],
      addr=lambda s, n, c: f'Flat {n % 8 + 1}, {n} {s}, {c[0]} {c[1]}',
      L=dict(name='Full name', dob='Date of birth', addr='Home address', phone='Mobile', email='Email', org='Company name', seat='Registered office address', blank='complete'),
      T=['Application for a certified copy of a birth certificate – GRO', 'Self Assessment SA100 – your details', 'Private medical insurance claim form',
         'Assured shorthold tenancy agreement', 'New starter checklist – personal details', 'Companies House – company overview'],
      pid=[('NHS number', 'HEALTH_INSURANCE', gb_nhs), ('UTR', 'TAX_ID', gb_utr)], oid=[('Company number', gb_company), ('VAT registration no.', gb_vat)], osuf=' Ltd',
      orgs=['Pennine Joinery', 'Severn Estuary Fisheries', 'Cotswold Stoneworks', 'Tyneside Printworks'],
      mail=['btinternet.com', 'gmail.com', 'outlook.com', 'sky.com'], red='[REDACTED]', ask='could you check this over?'),
]


# ----------------------------------------------------------------------------- people, phones, addresses
import unicodedata


def asciify(s):
    s = unicodedata.normalize('NFKD', s.replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae').replace('ß', 'ss')
                              .replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd'))
    return ''.join(c for c in s if c.isascii() and (c.isalnum() or c in ' -')).lower()


def _pn_type(kind):
    return phonenumbers.PhoneNumberType.MOBILE if kind == 'mobile' else phonenumbers.PhoneNumberType.FIXED_LINE


def phone(rng, region, kind='mobile', fmt=None):
    ex = phonenumbers.example_number_for_type(region, _pn_type(kind))
    nsn = phonenumbers.national_significant_number(ex)
    for tries in range(900):
        keep = (2 if len(nsn) > 8 else 1) + tries // 300
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        if cand == nsn:
            continue
        num = phonenumbers.parse('+' + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            t = phonenumbers.number_type(num)
            if kind == 'mobile' and t not in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                continue
            f = fmt if fmt is not None else rng.choice([phonenumbers.PhoneNumberFormat.NATIONAL,
                                                        phonenumbers.PhoneNumberFormat.INTERNATIONAL])
            return phonenumbers.format_number(num, f)
    raise SystemExit(f'no valid phone for {region}')


def check_phone(s, region):
    num = phonenumbers.parse(s, region)
    if not phonenumbers.is_valid_number(num):
        raise SystemExit(f'invalid phone {s!r} for {region}')


GR_FEM = {'Παπαδόπουλος': 'Παπαδοπούλου', 'Καραγιάννης': 'Καραγιάννη', 'Οικονόμου': 'Οικονόμου', 'Μαυρίδης': 'Μαυρίδου',
          'Τσακίρης': 'Τσακίρη', 'Κωνσταντινίδης': 'Κωνσταντινίδου', 'Χατζηγεωργίου': 'Χατζηγεωργίου',
          'Ζαχαρίου': 'Ζαχαρίου', 'Λαμπράκης': 'Λαμπράκη', 'Σαρρής': 'Σαρρή'}


def person(rng, j):
    sex = rng.choice('mf')
    given = rng.choice(j['gm'] if sex == 'm' else j['gf'])
    fi = rng.randrange(len(j['fam']))
    fam = j['fam'][fi]
    if sex == 'f' and j['code'] == 'GR':       # Greek women's surnames take the genitive form
        fam = GR_FEM.get(fam, fam)
    if sex == 'f' and j['code'] == 'PL':
        fam = re.sub(r'(sk|ck|dzk)i$', r'\1a', fam)
    p = dict(sex=sex, given=given, family=fam)
    p['latin_family'] = j['latin'][fi] if 'latin' in j else asciify(fam) or 'X'
    if j['order'] == 'gf2':
        p['family2'] = rng.choice([f for f in j['fam'] if f != fam])
        p['name'] = f'{given} {fam} {p["family2"]}'
    elif j['order'] == 'fg':
        p['name'] = fam + given
        if j['code'] == 'JP' and rng.random() < 0.5:
            p['name'] = fam + '\u3000' + given
    elif j['order'] == 'fg_space':
        p['name'] = f'{fam.upper()} {given}' if rng.random() < 0.5 else f'{given} {fam}'
    else:
        p['name'] = f'{given} {fam}'
    if j['code'] == 'AR' and rng.random() < 0.5:
        p['name'] = f'{fam.upper()}, {given}'
    p['dob'] = dt.date(rng.randint(1952, 2005), rng.randint(1, 12), rng.randint(1, 28))
    s = rng.choice(j['streets'])
    n = rng.randint(2, 180)
    c = rng.choice(j['cities'])
    p['addr'] = j['addr'](s, n, c)
    p['phone'] = phone(rng, j['region'])
    if 'rom' in j:
        handle = rng.choice(j['rom']) + str(rng.randint(1, 99))
    else:
        a, b = asciify(given).replace(' ', ''), asciify(fam).replace(' ', '')
        handle = rng.choice([f'{a}.{b}', f'{a[0]}{b}', f'{a}{b[:3]}{p["dob"].year % 100:02d}', f'{b}.{a}{rng.randint(1, 9)}'])
    p['email'] = handle.replace(' ', '') + '@' + rng.choice(j['mail'])
    return p


_UNIT = re.compile(r', (apto \d+|int\. \d+|depto\. \d+|piso [^,]+|lgh \w+|\d\. th\.|\d+º [A-D]|H0\d01|Apt \d+|app\. \d+|דירה \d+)'
                   r'|^Flat \d+, |^Unit \d+/| D:\d+|, \d+0\d동 \d+0\d호| \d0\d号室|\d+栋\d0\d室')
TEL = {'CN': '电话', 'JP': '電話', 'KR': '대표전화', 'IL': 'טלפון', 'IN': 'फ़ोन', 'TR': 'Telefon', 'PL': 'Tel.', 'US': 'Main line',
       'GB': 'Switchboard', 'AU': 'Phone', 'ZA': 'Tel', 'CA': 'Téléphone', 'BR': 'Telefone', 'FI': 'Puhelin'}


def org(rng, j):
    name = rng.choice(j['orgs'])
    full = name + j['osuf'] if j['code'] not in ('CN', 'JP', 'KR') else (
        j['osuf'] + name if j['code'] == 'JP' and rng.random() < 0.5 else name + j['osuf'])
    slug = (asciify(name).replace(' ', '') or j['code'].lower() + 'corp')[:24]
    tld = {'GB': 'co.uk', 'US': 'com', 'AU': 'com.au', 'BR': 'com.br', 'MX': 'com.mx', 'AR': 'com.ar', 'ZA': 'co.za',
           'IN': 'in', 'CN': 'cn', 'KR': 'co.kr', 'JP': 'co.jp', 'IL': 'co.il', 'TR': 'com.tr', 'CA': 'ca'}.get(
        j['code'], j['code'].lower())
    if not slug.isascii() or not slug.replace('-', '').isalnum():
        slug = j['code'].lower() + 'corp'
    role = rng.choice(['info', 'contact', 'office', 'admin', 'invoices', 'hr', 'compliance'])
    ids = [(lab, fn(rng)) for lab, fn in j['oid']]
    s = rng.choice(j['streets'])
    c = rng.choice(j['cities'])
    seat = _UNIT.sub('', j['addr'](s, rng.randint(2, 180), c)).strip(', ')
    if j['code'] == 'US' and rng.random() < 0.5:
        sw = f'(213) 555-01{rng.randint(0, 99):02d}'
    else:
        sw = phone(rng, j['region'], 'fixed')
    return dict(name=full, ids=ids, seat=seat, phone=sw, email=f'{role}@{slug}.{tld}')


# ----------------------------------------------------------------------------- documents
EN_ASK = {
    'civil_record': ['Translate this civil-registry request into English, keep the field labels.',
                     'Check the form for missing fields before I file it at the counter.',
                     'Extract the fields into JSON.'],
    'tax_filing': ['Does this taxpayer section look complete? List anything that looks wrong.',
                   'Turn these taxpayer details into a clean table.',
                   'Translate this tax form section to English for our accountant abroad.'],
    'health_claim': ['Summarise this claim for the reimbursement team.', 'Which fields does the insurer still need?',
                     'Translate to English and keep the numbers unchanged.'],
    'tenancy': ['Draft a short cover email sending this lease section to the letting agent.',
                'Check that the parties section of the lease is consistent.', 'Translate the parties clause to English.'],
    'employment_onboarding': ['Map these onboarding fields to our HRIS import columns.',
                              'Write a welcome message based on this onboarding sheet.', 'Validate the format of each field.'],
    'registry_extract': ['Summarise this extract in two sentences.', 'Extract the key facts into JSON.',
                         'Translate the extract to English.'],
}

SYSTEMS = ['You are an assistant for a relocation and paperwork service.', 'You help an accounting firm prepare filings.',
           'You are a back-office assistant. Be precise.', 'You are a multilingual document assistant.',
           'Answer briefly. Keep original identifiers unchanged.']

MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'gpt-4o']


def pid_for(j, kind):
    pids = list(j['pid'])
    pref = {'tax_filing': 'TAX_ID', 'health_claim': 'HEALTH_INSURANCE', 'employment_onboarding': 'TAX_ID'}.get(kind)
    first = [x for x in pids if x[1] == pref]
    rest = [x for x in pids if x[1] != pref]
    return first + rest


def sensitive_doc(rng, j, kind):
    p = person(rng, j)
    L = j['L']
    issued = [(p['name'], 'person')]
    lines = [j['T'][KINDS.index(kind)], '']
    if kind == 'registry_extract':   # the register's entry about a natural person (sole trader / beneficial owner)
        lines[1] = rng.choice(['(sole trader entry)', '(beneficial owner)', '(natural person, registered trader)'])
    lines.append(f'{L["name"]}: {p["name"]}')
    ids = pid_for(j, kind)
    if j['code'] == 'ES':      # a person holds a DNI or a NIE, not both
        ids = [rng.choice(ids)]
    nid = 1 if rng.random() < 0.5 else len(ids)
    for lab, ent, fn in ids[:nid]:
        v = fn(rng, p)
        issued.append((v, ent))
        lines.append(f'{lab}: {v}')
    extras = ['dob', 'addr', 'phone', 'email']
    if kind in ('tax_filing', 'employment_onboarding', 'tenancy') and j.get('iban'):
        extras.append('iban')
    mode = rng.random()
    if mode < 0.15:
        chosen = []            # name + identifier only
    elif mode < 0.3:
        chosen = [rng.choice(extras)]
    else:
        chosen = rng.sample(extras, rng.randint(2, len(extras)))
    for e in extras:
        if e not in chosen:
            continue
        if e == 'dob':
            v = p['dob'].strftime(j['dfmt'])
            issued.append((v, 'DATE_OF_BIRTH'))
            lines.append(f'{L["dob"]}: {v}')
        elif e == 'addr':
            issued.append((p['addr'], 'STREET_ADDRESS'))
            lines.append(f'{L["addr"]}: {p["addr"]}')
        elif e == 'phone':
            check_phone(p['phone'], j['region'])
            issued.append((p['phone'], 'phone'))
            lines.append(f'{L["phone"]}: {p["phone"]}')
        elif e == 'email':
            issued.append((p['email'], 'email'))
            lines.append(f'{L["email"]}: {p["email"]}')
        elif e == 'iban':
            v = make_iban(rng, j['iban'])
            issued.append((v, 'iban'))
            lines.append(f'IBAN: {v}')
    if kind in ('tenancy', 'employment_onboarding', 'health_claim') and rng.random() < 0.5:
        o = org(rng, j)
        lines.append(f'{L["org"]}: {o["name"]} — {o["ids"][0][0]} {o["ids"][0][1]}')
    return '\n'.join(lines), issued, p


def mask(v):
    return re.sub(r'[0-9]', '_', re.sub(r'(?<=[A-Z])[A-Z]|^[A-Z](?=[A-Z0-9])', 'X', v))


def benign_doc(rng, j, kind):
    L = j['L']
    variant = rng.choice(['blank', 'anonymised', 'blank'] if kind == 'civil_record' else
                         ['company', 'company', 'blank', 'anonymised', 'public_register'])
    title = j['T'][KINDS.index(kind)]
    o = org(rng, j)
    lines = [title, '']
    if variant == 'company':
        lines.append(f'{L["org"]}: {o["name"]}')
        for lab, v in o['ids']:
            lines.append(f'{lab}: {v}')
        lines.append(f'{L["seat"]}: {o["seat"]}')
        lines.append(f'{TEL.get(j["code"], "Tel.")}: {o["phone"]}')
        lines.append(f'{L["email"]}: {o["email"]}')
        if kind == 'tenancy':
            o2 = org(rng, j)
            lines.append(f'— {o2["name"]}, {o2["ids"][0][0]} {o2["ids"][0][1]}, {L["seat"]}: {o2["seat"]}')
    elif variant == 'blank':
        lines.append(f'{L["name"]}: ______________________ ({L["blank"]})')
        p = person(rng, j)
        for lab, ent, fn in j['pid']:
            lines.append(f'{lab}: {mask(fn(rng, p))}')
        lines.append(f'{L["dob"]}: {j["dfmt"].replace("%d", "DD").replace("%m", "MM").replace("%Y", "YYYY").replace("%y", "YY")}')
        lines.append(f'{L["addr"]}: ______________________')
        lines.append(f'{TEL.get(j["code"], "Tel.")} ({o["name"]}): {o["phone"]}')
        lines.append(f'{L["email"]}: {o["email"]}')
    elif variant == 'anonymised':
        r = j['red']
        lines.append(f'{L["name"]}: {r}')
        for lab, ent, fn in j['pid']:
            lines.append(f'{lab}: {r}')
        lines.append(f'{L["dob"]}: {r}')
        lines.append(f'{L["addr"]}: {r}')
        lines.append(f'{L["org"]}: {o["name"]}, {o["ids"][0][0]} {o["ids"][0][1]}')
        lines.append(f'ref. {j["code"]}-{rng.randint(2019, 2026)}/{rng.randint(1000, 99999)}')
    else:  # public_register: the register's own entry about a company
        lines.append(f'{L["org"]}: {o["name"]}')
        lines.append(f'{o["ids"][0][0]}: {o["ids"][0][1]}')
        lines.append(f'{L["seat"]}: {o["seat"]}')
        lines.append(f'{TEL.get(j["code"], "Tel.")}: {o["phone"]}')
        lines.append(f'{L["email"]}: {o["email"]}')
        lines.append(f'Ref. {rng.randint(100000, 999999)} · {dt.date(2026, rng.randint(1, 11), rng.randint(1, 28)).isoformat()}')
    return '\n'.join(lines), variant


# ----------------------------------------------------------------------------- placement in a request
PLACES = ['user', 'user', 'system', 'assistant_echo', 'tool_result', 'tool_args', 'content_parts', 'file_b64',
          'response_format', 'metadata']


def place(rng, doc, ask, where, j):
    model = rng.choice(MODELS)
    if where == 'completions':
        return 'completions', {'model': 'gpt-3.5-turbo-instruct', 'prompt': f'{ask}\n\n{doc}\n\n---\n', 'max_tokens': 400,
                               'temperature': 0}
    sysmsg = {'role': 'system', 'content': rng.choice(SYSTEMS)}
    if where == 'user':
        body = {'model': model, 'messages': [sysmsg, {'role': 'user', 'content': f'{ask}\n\n{doc}'}]}
    elif where == 'system':
        body = {'model': model, 'messages': [{'role': 'system', 'content': f'{sysmsg["content"]}\nCase file:\n{doc}'},
                                             {'role': 'user', 'content': ask}]}
    elif where == 'assistant_echo':
        body = {'model': model, 'messages': [sysmsg, {'role': 'user', 'content': j['ask']},
                                             {'role': 'assistant', 'content': f'Here is the text I received:\n{doc}'},
                                             {'role': 'user', 'content': ask}]}
    elif where == 'tool_result':
        cid = f'call_{rng.randrange(16 ** 12):012x}'
        body = {'model': model, 'messages': [sysmsg, {'role': 'user', 'content': ask},
                                             {'role': 'assistant', 'content': None, 'tool_calls': [
                                                 {'id': cid, 'type': 'function', 'function': {'name': 'fetch_document',
                                                                                              'arguments': json.dumps({'doc_type': 'scan', 'country': j['code']})}}]},
                                             {'role': 'tool', 'tool_call_id': cid, 'content': doc}],
                'tools': [{'type': 'function', 'function': {'name': 'fetch_document', 'description': 'Fetch an OCR-ed document from the case folder.',
                                                            'parameters': {'type': 'object', 'properties': {'doc_type': {'type': 'string'}, 'country': {'type': 'string'}}}}}]}
    elif where == 'tool_args':
        cid = f'call_{rng.randrange(16 ** 12):012x}'
        body = {'model': model, 'messages': [sysmsg, {'role': 'user', 'content': ask},
                                             {'role': 'assistant', 'content': None, 'tool_calls': [
                                                 {'id': cid, 'type': 'function', 'function': {'name': 'file_form',
                                                                                              'arguments': json.dumps({'country': j['code'], 'text': doc}, ensure_ascii=False)}}]},
                                             {'role': 'tool', 'tool_call_id': cid, 'content': '{"status": "queued"}'}],
                'tools': [{'type': 'function', 'function': {'name': 'file_form', 'parameters': {'type': 'object', 'properties': {
                    'country': {'type': 'string'}, 'text': {'type': 'string'}}, 'required': ['text']}}}]}
    elif where == 'content_parts':
        body = {'model': model, 'messages': [sysmsg, {'role': 'user', 'content': [{'type': 'text', 'text': ask},
                                                                                 {'type': 'text', 'text': doc}]}]}
    elif where == 'file_b64':
        data = base64.b64encode(doc.encode('utf-8')).decode('ascii')
        body = {'model': model, 'messages': [sysmsg, {'role': 'user', 'content': [
            {'type': 'text', 'text': ask},
            {'type': 'file', 'file': {'filename': f'{j["code"].lower()}_form_{rng.randint(1, 99)}.txt',
                                      'file_data': f'data:text/plain;base64,{data}'}}]}]}
    elif where == 'response_format':
        body = {'model': model, 'messages': [sysmsg, {'role': 'user', 'content': ask}],
                'response_format': {'type': 'json_schema', 'json_schema': {'name': 'form_fields', 'schema': {
                    'type': 'object', 'description': f'Fields of this document:\n{doc}',
                    'properties': {'fields': {'type': 'array', 'items': {'type': 'string'}}}}}}}
    else:  # metadata
        body = {'model': model, 'store': True, 'metadata': {'jurisdiction': j['code'], 'source_doc': doc if len(doc) <= 500 else doc[:doc.rfind(chr(10), 0, 500)]},
                'messages': [sysmsg, {'role': 'user', 'content': ask}]}
    if rng.random() < 0.15:
        body['stop'] = ['\n\n###']
    return 'chat', body


def searchable(body):
    text = json.dumps(body, ensure_ascii=False)
    parts = [text, urllib.parse.unquote(text)]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', text):
        parts.append(base64.b64decode(m.group(1)).decode('utf-8'))

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            parts.append(x)
            if x.startswith('{'):
                try:
                    walk(json.loads(x))
                except ValueError:
                    pass
    walk(body)
    return '\n'.join(parts)


# ----------------------------------------------------------------------------- PII split
def build_pii(rng, n_total=500, n_sensitive=290):
    flags = [True] * n_sensitive + [False] * (n_total - n_sensitive)
    rng.shuffle(flags)
    records, counts = [], collections.Counter()
    for i, sens in enumerate(flags):
        j = JURIS[i % len(JURIS)]
        kind = KINDS[(i // len(JURIS) + i) % len(KINDS)]
        ask = rng.choice(EN_ASK[kind]) if rng.random() < 0.6 else j['ask']
        where = 'completions' if rng.random() < 0.1 else rng.choice(PLACES)
        if sens:
            doc, issued, _ = sensitive_doc(rng, j, kind)
            variant = 'person'
        else:
            doc, variant = benign_doc(rng, j, kind)
            issued = []
        endpoint, body = place(rng, doc, ask, where, j)
        text = searchable(body)
        ents = sorted({e for v, e in issued if v in text}, key=str)
        assert (len(ents) > 0) == sens, (i, ents, sens)
        rec = {'id': f'atoll-pii-{i + 1:04d}', 'category': kind if sens else f'{kind}_benign', 'sensitive': sens,
               'entities': ents, 'endpoint': endpoint, 'lang': j['lang'],
               'style': f'{j["code"]} · {where} · {variant}', 'body': body}
        records.append(rec)
        counts[('sens' if sens else 'benign', variant)] += 1
    return records


# ----------------------------------------------------------------------------- complexity split
LAW = {'BR': 'LGPD', 'MX': 'LFPDPPP', 'CL': 'Ley 19.628', 'AR': 'Ley 25.326', 'ES': 'LOPDGDD', 'IT': 'Codice privacy',
       'FR': 'loi Informatique et Libertés', 'DE': 'BDSG', 'NL': 'UAVG', 'SE': 'dataskyddslagen', 'DK': 'databeskyttelsesloven',
       'FI': 'tietosuojalaki', 'NO': 'personopplysningsloven', 'PL': 'ustawa o ochronie danych osobowych', 'TR': 'KVKK',
       'IL': 'Privacy Protection Law 5741-1981', 'ZA': 'POPIA', 'IN': 'DPDP Act 2023', 'CN': 'PIPL', 'KR': 'PIPA', 'JP': 'APPI',
       'AU': 'Privacy Act 1988', 'CA': 'Loi 25', 'US': 'CCPA/CPRA', 'GB': 'UK GDPR'}

SHORT_SIMPLE = [
    'What is the English name for "{title}"?',
    'How many characters does a {country} {olab} have?',
    'Reformat {date} as YYYY-MM-DD.',
    'Translate to English: "{seatlab}".',
    'Which authority issues the {olab} in {country}?',
    'Is "{osuf}" a company legal form in {country}? One word answer.',
    'Spell out the abbreviation {olab}.',
    'What does "{blank}" mean on a {country} form?',
    'Give the country calling code for {country}.',
    'Translate "{namelab}" into English.',
]
SHORT_HARD = [
    'Prove or refute: the {olab} check digit of {country} detects every single-digit substitution and every adjacent transposition. Give the argument, then a counterexample if one exists.',
    'Under {law}, design a retention and pseudonymisation scheme for {plab} values in a payroll system that must still support tax audits 10 years back. Compare two designs and their failure modes.',
    'In {country}, a couple earns salary plus one freelance income. Derive when joint vs separate assessment minimises total tax under a progressive schedule with a fixed allowance each; find the break-even split symbolically.',
    'Our {olab} validator accepts numbers the {country} registry rejects, but only for numbers issued after 2020. Reason through plausible root causes and the order in which to test them.',
    'A {country} landlord indexes rent yearly by CPI with a cap and a floor, and the tenant paid late twice. Work out step by step the legally due rent in year 3 and where the ambiguity lies.',
    'Design a cross-border HR data flow from {country} to an EU processor under {law}: decide transfer mechanism, minimisation, and breach duties; justify trade-offs.',
    'Show that two different {plab} values cannot share a check digit sequence if they differ in exactly one position, or find the precise condition under which they can.',
    'Migrating the {country} registry from a 9-digit to a longer identifier: plan a dual-read scheme with zero downtime and explain how to prove no record is lost.',
]
LONG_EASY_ASK = [
    'Convert this register listing into CSV with the columns name, identifier, seat, date. Nothing else.',
    'Translate the column headings and the status words into English; keep everything else as it is.',
    'Sort the entries alphabetically by company name and give me the list back.',
    'Count how many entries are marked active and list their identifiers.',
    'Remove duplicate lines and return the cleaned list.',
]
LONG_HARD_ASK = [
    'The batch job below flags some of these identifiers as invalid though the registry lists them as active. Find the root cause in the code, explain why only some fail, and propose a fix with tests.',
    'Using the filing rules in the notes, decide for each entry whether the annual accounts are late, which penalty tier applies, and where the rules conflict. Justify each step, then design a rule engine that avoids the conflicts.',
    'Reconcile this register extract with the invoice ledger: derive which entries must be the same legal entity despite different spellings, argue each match, and propose a matching algorithm with its error trade-offs.',
]

BUGGY = '''def check(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    weights = {weights}
    total = sum(d * w for d, w in zip(digits, weights))
    check = (11 - total % 11) % 10   # TODO: confirm with spec
    return check == digits[-1]

def batch(rows):
    bad = []
    for row in rows:
        ident = row["id"].strip().replace(" ", "")
        if len(ident) > {n}:
            ident = ident[:{n}]
        if not check(ident):
            bad.append(row)
    return bad
'''


def register_rows(rng, j, n):
    rows = []
    for k in range(n):
        o = org(rng, j)
        lab, v = o['ids'][0]
        status = rng.choice(['active', 'active', 'active', 'in liquidation', 'dissolved'])
        rows.append(f'{k + 1}. {o["name"]} | {lab} {v} | {o["seat"]} | {dt.date(rng.randint(1998, 2025), rng.randint(1, 12), rng.randint(1, 28)).isoformat()} | {status}')
    return rows


def fill(t, rng, j):
    p_lab = j['pid'][0][0]
    return t.format(title=rng.choice(j['T']), country=j['country'], olab=j['oid'][0][0], plab=p_lab,
                    date=dt.date(2026, rng.randint(1, 12), rng.randint(1, 28)).strftime(j['dfmt']),
                    seatlab=j['L']['seat'], osuf=j['osuf'].strip(' ,'), blank=j['L']['blank'], namelab=j['L']['name'],
                    law=LAW[j['code']])


def build_complexity(rng):
    plan = (['short_simple'] * 45 + ['long_easy'] * 52 + ['short_hard'] * 50 + ['long_hard'] * 43)
    rng.shuffle(plan)
    out, seen = [], set()
    for i, cat in enumerate(plan):
        j = JURIS[(i * 11) % len(JURIS)]
        sysmsg = {'role': 'system', 'content': f'You assist with {j["country"]} administrative and tax paperwork.'}
        if cat in ('short_simple', 'short_hard'):
            pool = SHORT_SIMPLE if cat == 'short_simple' else SHORT_HARD
            for _ in range(50):          # no two prompts alike
                text = fill(rng.choice(pool), rng, j)
                if text not in seen:
                    break
            label, lang, task = (0, 'en', 'lookup') if cat == 'short_simple' else (1, 'en', 'reasoning')
        elif cat == 'long_easy':
            rows = register_rows(rng, j, 12)
            while len('\n'.join(rows)) < 1600:
                rows += register_rows(rng, j, 4)
            text = rng.choice(LONG_EASY_ASK) + '\n\n' + '\n'.join(rows)
            label, lang, task = 0, j['lang'], 'reformat'
        else:
            rows = register_rows(rng, j, 10)
            a = rng.randrange(len(LONG_HARD_ASK))
            extra = ''
            if a == 0:
                extra = '\n\n```python\n' + BUGGY.format(weights=[rng.randint(1, 9) for _ in range(9)], n=rng.randint(8, 11)) + '```\n'
            elif a == 1:
                extra = ('\n\nNotes: accounts are due 5 months after year end; micro entities get 2 extra months unless they were '
                         'late in either of the two previous years; entities in liquidation file within 3 months of the opening '
                         'order; penalty tier 1 up to 30 days late, tier 2 up to 90, tier 3 beyond, doubled for a repeat in the '
                         'same 3 years; a filing deadline falling on a public holiday moves to the next working day.\n')
            else:
                extra = '\n\nLedger:\n' + '\n'.join(
                    f'INV-{rng.randint(10000, 99999)} {r.split(" | ")[0].split(". ", 1)[1].upper()} {rng.randint(100, 90000)}.{rng.randint(0, 99):02d}'
                    for r in rows) + '\n'
            text = LONG_HARD_ASK[a] + '\n\n' + '\n'.join(rows) + extra
            while len(text) < 1500:
                text += '\n' + '\n'.join(register_rows(rng, j, 3))
            label, lang, task = 1, j['lang'], 'analysis'
        assert text not in seen, 'duplicate complexity prompt'
        seen.add(text)
        body = {'model': rng.choice(MODELS), 'messages': [sysmsg, {'role': 'user', 'content': text}]}
        if rng.random() < 0.1:
            body['temperature'] = 0.2
        out.append({'id': f'atoll-cx-{i + 1:04d}', 'category': cat, 'label': label,
                    'length_adversarial': cat in ('long_easy', 'short_hard'), 'endpoint': 'chat', 'lang': lang,
                    'style': f'{task}/{j["code"]}', 'body': body})
    return out


@retry
def gr_amka(rng, p):
    g = rng.choice('13579' if p['sex'] == 'm' else '02468')
    return complete('gr.amka', p['dob'].strftime('%d%m%y') + digits(rng, 3) + g, 1)


@retry
def gr_afm_company(rng):
    return complete('gr.vat', rng.choice(['99', '80', '09', '94']) + digits(rng, 6), 1)


@retry
def ro_cnp(rng, p):
    d = p['dob']
    s = ('1' if p['sex'] == 'm' else '2') if d.year < 2000 else ('5' if p['sex'] == 'm' else '6')
    return complete('ro.cnp', s + d.strftime('%y%m%d') + rng.choice(['40', '12', '22', '32', '35', '01']) + digits(rng, 3), 1)


@retry
def ro_cui(rng):
    return complete('ro.cui', str(rng.randint(1, 4)) + digits(rng, 6), 1)


@retry
def th_pin(rng, p=None):
    v = complete('th.pin', str(rng.randint(1, 3)) + digits(rng, 11), 1)
    return v and f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}'


@retry
def th_moa(rng):
    v = complete('th.moa', '0105' + digits(rng, 8), 1)
    return v


JURIS += [
    J(code='GR', country='Greece', lang='el-GR', region='GR', order='gf', dfmt='%d/%m/%Y',
      gm=['Θεόδωρος', 'Παναγιώτης', 'Χαράλαμπος', 'Σπυρίδων', 'Ευάγγελος', 'Αθανάσιος', 'Στυλιανός', 'Λεωνίδας', 'Ηλίας'],
      gf=['Αλκμήνη', 'Ξανθή', 'Ευανθία', 'Θεοπίστη', 'Ουρανία', 'Παρασκευή', 'Σταυρούλα', 'Χρυσούλα', 'Αγγελική', 'Ευτυχία', 'Βασιλική', 'Δέσποινα', 'Φωτεινή', 'Κυριακή'],
      fam=['Παπαδόπουλος', 'Καραγιάννης', 'Οικονόμου', 'Μαυρίδης', 'Τσακίρης', 'Κωνσταντινίδης', 'Χατζηγεωργίου', 'Ζαχαρίου', 'Λαμπράκης', 'Σαρρής'],
      streets=['οδός Δροσοπούλου', 'οδός Κεραμεικού', 'οδός Λευκωσίας', 'οδός Αγίας Ζώνης', 'οδός Πατησίων', 'οδός Αχαρνών', 'οδός Εγνατία', 'οδός Τσιμισκή', 'οδός Κηφισίας', 'οδός Μιαούλη'],
      cities=[('Αθήνα', '112 57', ''), ('Θεσσαλονίκη', '546 22', ''), ('Πάτρα', '262 21', ''), ('Ηράκλειο', '712 02', '')],
      addr=lambda s, n, c: f'{s} {n}, {c[1]} {c[0]}',
      rom=['thodoris.p', 'panos_k', 'xaris88', 'vaggelis.m', 'voula.s', 'aggeliki.t', 'despina.k', 'foteini.z'],
      L=dict(name='Ονοματεπώνυμο', dob='Ημερομηνία γέννησης', addr='Διεύθυνση κατοικίας', phone='Κινητό', email='Email', org='Επωνυμία', seat='Έδρα', blank='συμπληρώστε'),
      T=['Αίτηση για πιστοποιητικό οικογενειακής κατάστασης – Δήμος', 'Δήλωση φορολογίας εισοδήματος Ε1 – στοιχεία φορολογούμενου', 'Αίτηση αποζημίωσης – ιδιωτική ασφάλιση υγείας',
         'Μισθωτήριο συμβόλαιο κατοικίας', 'Έντυπο πρόσληψης – στοιχεία εργαζομένου', 'Πιστοποιητικό ΓΕΜΗ'],
      pid=[('ΑΜΚΑ', 'HEALTH_INSURANCE', gr_amka)], oid=[('ΑΦΜ', gr_afm_company)], osuf=' Α.Ε.',
      orgs=['Ελαιουργία Μεσσηνίας', 'Τυπογραφείο Πειραιώς', 'Ξυλουργεία Ηπείρου', 'Αρτοποιία Κυκλάδων'],
      mail=['gmail.com', 'yahoo.gr', 'otenet.gr', 'hotmail.gr'], red='[ΑΝΩΝΥΜΟΠΟΙΗΜΕΝΟ]', ask='μπορείς να το ελέγξεις;'),
    J(code='RO', country='Romania', lang='ro-RO', region='RO', order='fg_space', dfmt='%d.%m.%Y',
      gm=['Bogdan', 'Sorin', 'Cătălin', 'Mihai', 'Răzvan', 'Ionuț', 'Ovidiu', 'Florin', 'Marius'],
      gf=['Ioana', 'Roxana', 'Alina', 'Mădălina', 'Cristina', 'Loredana', 'Bianca', 'Oana', 'Irina'],
      fam=['Popescu', 'Ionescu', 'Dumitrescu', 'Stoica', 'Munteanu', 'Constantinescu', 'Năstase', 'Lungu', 'Ciobanu', 'Văduva'],
      streets=['Strada Lipscani', 'Calea Moșilor', 'Strada Horea', 'Bulevardul Eroilor', 'Strada Avram Iancu', 'Strada Fabricii'],
      cities=[('București, Sector 2', '021351', ''), ('Cluj-Napoca', '400124', ''), ('Iași', '700259', ''), ('Timișoara', '300077', '')],
      addr=lambda s, n, c: f'{s} nr. {n}, bl. {n % 9 + 1}, ap. {n % 40 + 1}, {c[0]} {c[1]}',
      L=dict(name='Nume și prenume', dob='Data nașterii', addr='Domiciliul', phone='Telefon mobil', email='E-mail', org='Denumire', seat='Sediul social', blank='completați'),
      T=['Cerere de eliberare a certificatului de naștere – Starea Civilă', 'Declarația unică – date de identificare a contribuabilului', 'Cerere de rambursare – asigurare de sănătate privată',
         'Contract de închiriere locuință', 'Fișa de angajare – date personale', 'Certificat constatator – Registrul Comerțului'],
      pid=[('CNP', 'NATIONAL_ID', ro_cnp)], oid=[('CUI', ro_cui)], osuf=' S.R.L.',
      orgs=['Tâmplăria Carpați', 'Brutăria Bucovina', 'Tipografia Someș', 'Podgoria Dealu Mare'],
      mail=['yahoo.com', 'gmail.com', 'yahoo.ro'], red='[ANONIMIZAT]', ask='poți să verifici?'),
    J(code='TH', country='Thailand', lang='th-TH', region='TH', order='gf', dfmt='%d/%m/%Y',
      gm=['ธนากร', 'ณัฐพล', 'กิตติพงษ์', 'วรวุฒิ', 'ศุภชัย', 'อนุชา', 'ปิยะพงษ์', 'ชยพล'],
      gf=['สุภาวดี', 'พิมพ์ชนก', 'กาญจนา', 'ปวีณา', 'ศิริพร', 'นภัสสร', 'อรอุมา', 'ธิดารัตน์'],
      fam=['ศรีสุข', 'วงศ์สวัสดิ์', 'แก้วมณี', 'ทองดี', 'บุญมา', 'จันทร์เพ็ญ', 'สุขสมบูรณ์', 'พรหมวงศ์', 'ชัยมงคล', 'ปัญญาดี'],
      streets=['ซอยสุขุมวิท 71', 'ถนนจรัญสนิทวงศ์', 'ถนนนิมมานเหมินท์', 'ซอยลาดพร้าว 101', 'ถนนประชาอุทิศ'],
      cities=[('แขวงพระโขนงเหนือ เขตวัฒนา กรุงเทพมหานคร', '10110', ''), ('ตำบลสุเทพ อำเภอเมือง เชียงใหม่', '50200', ''),
              ('แขวงคลองจั่น เขตบางกะปิ กรุงเทพมหานคร', '10240', '')],
      addr=lambda s, n, c: f'{n}/{n % 30 + 1} {s} {c[0]} {c[1]}',
      rom=['thanakorn.s', 'nattapon_w', 'kittipong88', 'suphawadee.t', 'pimchanok.b', 'kanchana.c', 'paweena.k', 'siriporn.p'],
      L=dict(name='ชื่อ-นามสกุล', dob='วันเกิด', addr='ที่อยู่', phone='โทรศัพท์มือถือ', email='อีเมล', org='ชื่อนิติบุคคล', seat='ที่ตั้งสำนักงานใหญ่', blank='กรอก'),
      T=['คำร้องขอคัดสำเนาทะเบียนบ้าน – สำนักงานเขต', 'แบบ ภ.ง.ด.90 – ข้อมูลผู้มีเงินได้', 'แบบฟอร์มเรียกร้องค่าสินไหมประกันสุขภาพ',
         'สัญญาเช่าที่พักอาศัย', 'ใบสมัครงาน – ข้อมูลพนักงานใหม่', 'หนังสือรับรองนิติบุคคล – กรมพัฒนาธุรกิจการค้า'],
      pid=[('เลขประจำตัวประชาชน', 'NATIONAL_ID', th_pin)], oid=[('เลขทะเบียนนิติบุคคล', th_moa)], osuf=' จำกัด',
      orgs=['บริษัท ข้าวหอมทุ่งกุลา', 'บริษัท ผ้าไหมสุรินทร์', 'บริษัท เซรามิกลำปาง', 'บริษัท การพิมพ์เจ้าพระยา'],
      mail=['gmail.com', 'hotmail.com', 'outlook.co.th'], red='[ปกปิดข้อมูล]', ask='ช่วยตรวจสอบให้หน่อย'),
]
LAW.update({'GR': 'ν. 4624/2019', 'RO': 'Legea 190/2018', 'TH': 'PDPA B.E. 2562'})


# ----------------------------------------------------------------------------- main
def apply_word_cut():
    words, bigrams = other_words()
    for j in JURIS:
        for key in ('gm', 'gf', 'streets', 'orgs'):
            j[key] = cut(j[key], words, bigrams, f'{j["code"]}.{key}')
        fam_ok = []
        lat_ok = []
        for i, f in enumerate(j['fam']):
            try:
                cut([f], words, bigrams, 'fam')
            except SystemExit:
                continue
            fam_ok.append(f)
            if 'latin' in j:
                lat_ok.append(j['latin'][i])
        if not fam_ok:
            raise SystemExit(f'pool ran empty after the word cut: {j["code"]}.fam')
        j['fam'] = fam_ok
        if 'latin' in j:
            j['latin'] = lat_ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    args = ap.parse_args()
    apply_word_cut()
    rng = random.Random(args.seed)
    pii = build_pii(rng)
    cx = build_complexity(random.Random(args.seed + 1))
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (('pii_atoll.jsonl', pii), ('complexity_atoll.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8', newline='\n') as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_atoll.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions), {sens} sensitive / {len(pii) - sens} benign, '
          f'{len({r["lang"] for r in pii})} language tags, {len(JURIS)} jurisdictions')
    print('  categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print('  benign variants:', dict(sorted(collections.Counter(r['style'].split(' · ')[-1] for r in pii if not r['sensitive']).items())))
    cc = collections.Counter(r['category'] for r in cx)
    adv = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_atoll.jsonl: {len(cx)} chat requests in {len({r["lang"] for r in cx})} language tags: '
          + ', '.join(f'{k} {cc[k]}' for k in ('short_simple', 'long_easy', 'short_hard', 'long_hard'))
          + f'; {adv} ({100 * adv // len(cx)}%) length-adversarial, {sum(r["label"] for r in cx)} labelled 1')


if __name__ == '__main__':
    main()
