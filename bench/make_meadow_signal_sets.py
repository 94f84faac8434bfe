#!/usr/bin/env python3
"""Meadow: the fourteenth independent evaluation split for the request signals (issue 12).

Writes bench/data/signals/pii_meadow.jsonl and bench/data/signals/complexity_meadow.jsonl, to be evaluated once,
blind, with bench/signals_eval.py (same record schema as the other splits: id, category, sensitive, entities,
endpoint, lang, style, body for PII; id, category, label, length_adversarial, endpoint, lang, style, body for
complexity).

How it was written
    For issue 12, in isolation: its author read neither the detector (gateway/signals), its tests, the evaluator,
    the results, nor any other split's data (beyond the first two lines of the fjord files, for the schema); the
    other generators were skimmed only to steer clear of their phrasing, templates, name pools and value lists.
    Every sentence, name pool, street list, phone pattern and long text here was written for this file, and the
    name pools were checked against the capitalised words of the other generators' sources.

How it differs from the thirteen before it
    * Organised by how PEOPLE WRITE, not by entity or by application: the sensitive categories are writer styles
      -- terse texting, voice-dictation transcripts without punctuation (numbers half spelled out), non-native
      English, code-switching between two languages in one message, formal letters, customer-support tickets,
      lawyers / clinicians / HR staff / teachers / landlords writing about their clients, kids' homework, forum
      posts, people pasting artefacts (CSV, JSON, logs, mail headers, forms, chat transcripts) and app
      integrators whose code fills request fields. The entity mix falls out of what such a writer would say.
    * Private persons are often named WITHOUT cue words: a bare first name as the subject of a sentence, a name
      in a greeting or sign-off, a list of attendees, a roster. Such a name is labelled ``person``.
    * Every record's text is placed in a request field chosen by rotation: user / system / earlier assistant /
      tool messages, content parts, ``file`` parts carrying base64 text, tool-call arguments, tool schemas,
      ``response_format`` schemas, ``user``, ``stop``, ``metadata``, ``prediction``, message ``name`` and image
      URLs with query strings; a few use the legacy completions endpoint.
    * Identifiers with real check digits from national schemes mostly NOT leaned on before (Bulgarian EGN,
      Estonian isikukood, Lithuanian asmens kodas, Icelandic kennitala, Slovenian EMSO, Thai PIN, Chilean RUT,
      Croatian OIB, New Zealand IRD, Argentine CUIT, Russian personal INN, Ukrainian RNTRC, Irish PPS, BC PHN,
      Austrian SV-Nummer, Greek AMKA, Swiss AHV, Czech rodné číslo, Spanish NIE, Belgian RRN, ...) next to the
      common ones (SSN/ITIN, NHS, PESEL, personnummer, fødselsnummer, HETU, TCKN, Israeli ID, SA ID, CNP, KR RRN,
      Chinese RIC, Aadhaar, PAN, CPF, codice fiscale, Steuer-ID, NIF, TFN, NIR), ICAO MRZ lines, IBANs (formats of 35
      countries) and Luhn-valid cards of nine brands. ``--verify`` checks every identifier the run issued
      with python-stdnum (the MRZ check digits with an independent 7-3-1 routine); stdnum never produces a value.
    * Phones in the national formats of 56 countries with the local way of writing extensions (x, Durchwahl, poste,
      ramal, interno, wew., доб., dahili, 内線, 내선, 转, שלוחה, ...); obfuscated e-mails and phones the way people
      dodge scrapers ("name at gmail dot com", "(at)", "[at] ... [dot]", full-width @ and digits, spaced digits,
      digits read out in ten languages in dictated text).
    * Benign records (sensitive=false) are written in the same styles and tempt a detector: famous and historical
      people, fictional characters, person-named products and companies, public hotlines, order / tracking /
      invoice numbers (checked not Luhn-valid), hashes, UUIDs, code with regexes and placeholders, schemas with
      personal-sounding field names and no values, people mentioned only by relation ("my aunt"). Each benign
      record is machine-checked for e-mails, Luhn-valid 13-19 digit runs, valid IBANs, SSN shapes and pool names.
    * Complexity prompts come from the same writers: short-but-hard questions typed like a text message or
      dictated, long-but-easy pastes of 1,200+ characters (a dictated voicemail, a landlord's house rules, a class
      newsletter, a sensor CSV, a worker log, a product catalogue, a typed-up family recipe) with a trivial ask,
      short everyday asks, and long multi-part professional tasks (architecture, legal memo, clinical work-up,
      curriculum, HR policy, investment model, novel brief, study design; also in German, French, Spanish, Japanese).

Contents (seed 20261207)
    pii_meadow.jsonl: 512 requests (471 chat, 41 completions) in 52 language tags; 320 sensitive in 15 writer styles
    (app_integrator 45, texting 30, pasted_artefact 26, support_ticket 25, dictation 24, code_switching 23,
    formal_letter 23, non_native_english 23, forum_post 22, hr 15, clinician 14, landlord 13, lawyer 13, kids_homework
    12, teacher 12) and 192 benign (38%) (public_figure 22, relation_only 22, fictional_character 20, named_product
    20, order_reference 20, code_snippet 18, tech_identifier 18, blank_schema 16, public_hotline 16, number_lookalike
    12, clean_request_fields 8). Entity labels: person 306, phone 119, STREET_ADDRESS 80, email 53, NATIONAL_ID 51,
    TAX_ID 38, DATE_OF_BIRTH 24, HEALTH_INSURANCE 16, iban 16, credit_card 14, PASSPORT 11, IP_ADDRESS 10, ssn 8,
    MEDICAL_RECORD 7, DRIVER_LICENSE 6. Languages: en 202, de 39, es 32, fr 27, ja 23, it 21, pt 21, nl 19, pl 19, ko
    17, sv 13, ru 11, tr 9, zh 8, de+en 3, el 3, es+en 3, fi 3, hi+en 3, ar 2, cs 2, tl+en 2, ar-Latn+en 1, da 1,
    en+yo 1, es+ca 1, et 1, fr+ar 1, fr+en 1, he 1, hr 1, hu 1, id 1, is 1, it+en 1, ja+en 1, ko+en 1, lt 1, ms+en 1,
    nb 1, nl+en 1, pl+en 1, pt+en 1, ro 1, ru+en 1, sv+en 1, sw 1, sw+en 1, tl 1, tr+de 1, vi 1, zh+en 1.
    complexity_meadow.jsonl: 177 chat requests in 27 language tags, 91 labelled 1; 79 (45%) length-adversarial
    (short_hard 43, long_easy 36; long_easy min 1224 chars), plus short_simple 50, long_hard 48.

Command (byte-reproducible; Python stdlib only; --verify needs python-stdnum)
    python bench/make_meadow_signal_sets.py [--seed 20261207] [--out bench/data/signals] [--verify]
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import random
import re
import unicodedata
import urllib.parse
from collections import Counter
from pathlib import Path

SEED = 20261207
OUT = Path(__file__).resolve().parent / "data" / "signals"

# ======================================================================================
# Check digits (own implementations; --verify cross-checks every value with stdnum)
# ======================================================================================


def _luhn_sum(s: str) -> int:
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        t += d - 9 if d > 9 else d
    return t


def luhn_valid(s: str) -> bool:
    return _luhn_sum(s) % 10 == 0


def luhn_complete(partial: str) -> str:
    for d in "0123456789":
        if luhn_valid(partial + d):
            return partial + d
    raise AssertionError


def mod97_iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_valid(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def iso7064_11_10(digits: str) -> str:
    p = 10
    for ch in digits:
        s = (int(ch) + p) % 10 or 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]
for _i in range(1, 8):
    _VP.append([_VP[_i - 1][[1, 5, 7, 6, 2, 8, 3, 0, 9, 4][k]] for k in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_complete(partial: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return partial + str(_VINV[c])


def mrz_check(s: str) -> str:
    vals = []
    for ch in s:
        vals.append(0 if ch == "<" else int(ch) if ch.isdigit() else ord(ch) - 55)
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(vals)) % 10)


def wsum(digits: str, weights) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights))


# ======================================================================================
# Identifier makers: each returns (display string, stdnum module or "mrz"/"luhn"/"iban"/None)
# ======================================================================================


class IdMaker:
    def __init__(self, rng: random.Random):
        self.r = rng

    def dig(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    # --- personal numbers with a birth date ------------------------------------------------
    def us_ssn(self, born, sex):
        while True:
            area = self.r.randint(101, 899)
            if area != 666:
                break
        v = f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
        return (v if self.r.random() < .75 else v.replace("-", " ")), "us.ssn"

    def us_itin(self, born, sex):
        mid = self.r.choice([70, 71, 73, 75, 78, 80, 83, 85, 88, 90, 92, 94, 97, 99])
        return f"9{self.dig(2)}-{mid}-{self.dig(4)}", "us.itin"

    def pl_pesel(self, born, sex):
        m = born.month + (20 if born.year >= 2000 else 0)
        core = f"{born.year % 100:02d}{m:02d}{born.day:02d}{self.dig(3)}{self.r.choice('13579' if sex == 'm' else '02468')}"
        c = (10 - wsum(core, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)) % 10) % 10
        return core + str(c), "pl.pesel"

    def se_pnr(self, born, sex):
        core = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{self.dig(2)}{self.r.choice('13579' if sex == 'm' else '02468')}"
        full = luhn_complete(core)
        return f"{full[:6]}-{full[6:]}", "se.personnummer"

    def no_fnr(self, born, sex):
        while True:
            ind = self.r.randint(0, 499) if born.year < 2000 else self.r.randint(500, 999)
            if (ind % 2 == 1) != (sex == "m"):
                ind = ind - 1 if ind % 2 else ind + 1
                if not (0 <= ind <= 999) or (born.year < 2000 and ind > 499) or (born.year >= 2000 and ind < 500):
                    continue
            base = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{ind:03d}"
            k1 = 11 - wsum(base, (3, 7, 6, 1, 8, 9, 4, 5, 2)) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            base += str(k1)
            k2 = 11 - wsum(base, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            v = base + str(k2)
            return (v if self.r.random() < .6 else f"{v[:6]} {v[6:]}"), "no.fodselsnummer"

    def fi_hetu(self, born, sex):
        n = self.r.randint(2, 899)
        if (n % 2 == 1) != (sex == "m"):
            n += 1
        sep = "-" if born.year < 2000 else "A"
        d = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
        c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d}{n:03d}") % 31]
        return f"{d}{sep}{n:03d}{c}", "fi.hetu"

    def dk_cpr(self, born, sex):
        seq = self.r.randint(0, 3) if born.year < 2000 else self.r.randint(4, 9)
        if born.year >= 2000:
            seq = self.r.choice([4, 9])
        last = self.r.choice("13579" if sex == "m" else "02468")
        return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}-{seq}{self.dig(2)}{last}", "dk.cpr"

    def tr_tckn(self, born, sex):
        d = self.dig(9, True)
        d10 = ((sum(int(x) for x in d[0:9:2]) * 7) - sum(int(x) for x in d[1:8:2])) % 10
        d += str(d10)
        return d + str(sum(int(x) for x in d) % 10), "tr.tckimlik"

    def il_id(self, born, sex):
        return luhn_complete(self.dig(8)), "il.idnr"

    def za_id(self, born, sex):
        g = self.r.randint(5000, 9999) if sex == "m" else self.r.randint(0, 4999)
        core = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g:04d}08"
        full = luhn_complete(core)
        return (full if self.r.random() < .7 else f"{full[:6]} {full[6:10]} {full[10:]}"), "za.idnr"

    def ro_cnp(self, born, sex):
        s = ("1" if sex == "m" else "2") if born.year < 2000 else ("5" if sex == "m" else "6")
        core = f"{s}{born.year % 100:02d}{born.month:02d}{born.day:02d}{self.r.randint(1, 40):02d}{self.dig(3)}"
        c = wsum(core, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)) % 11
        return core + ("1" if c == 10 else str(c)), "ro.cnp"

    def cz_rc(self, born, sex):
        while True:
            m = born.month + (50 if sex == "f" else 0)
            base = f"{born.year % 100:02d}{m:02d}{born.day:02d}{self.dig(3)}"
            c = (-int(base) * 10) % 11
            if c < 10:
                return f"{base[:6]}/{base[6:]}{c}", "cz.rc"

    def kr_rrn(self, born, sex):
        g = ("1" if sex == "m" else "2") if born.year < 2000 else ("3" if sex == "m" else "4")
        while True:
            core = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g}{self.r.randint(0, 96):02d}{self.dig(3)}"
            c = (11 - wsum(core, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)) % 11) % 10
            return f"{core[:6]}-{core[6:]}{c}", "kr.rrn"

    def cn_ric(self, born, sex):
        region = self.r.choice(["110108", "310115", "440106", "330108", "510104", "420106", "320102", "610113"])
        seq = self.r.randint(0, 99) * 10 + self.r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8])
        core = f"{region}{born.year:04d}{born.month:02d}{born.day:02d}{seq:03d}"
        s = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(core))
        return core + "10X98765432"[s % 11], "cn.ric"

    def in_aadhaar(self, born, sex):
        while True:
            v = verhoeff_complete(self.r.choice("23456789") + self.dig(10))
            if v != v[::-1]:
                return f"{v[:4]} {v[4:8]} {v[8:]}", "in_.aadhaar"

    def ee_ik(self, born, sex):
        g = ("3" if sex == "m" else "4") if born.year < 2000 else ("5" if sex == "m" else "6")
        core = f"{g}{born.year % 100:02d}{born.month:02d}{born.day:02d}{self.dig(3)}"
        c = sum(((i % 9) + 1) * int(n) for i, n in enumerate(core)) % 11
        if c == 10:
            c = sum((((i + 2) % 9) + 1) * int(n) for i, n in enumerate(core)) % 11
        return core + str(c % 10), "ee.ik"

    def lt_ak(self, born, sex):
        v, _ = self.ee_ik(born, sex)
        return v, "lt.asmens"

    def bg_egn(self, born, sex):
        m = born.month + (40 if born.year >= 2000 else 0)
        core = f"{born.year % 100:02d}{m:02d}{born.day:02d}{self.dig(2)}{self.r.choice('02468' if sex == 'm' else '13579')}"
        return core + str(wsum(core, (2, 4, 8, 5, 10, 9, 7, 3, 6)) % 11 % 10), "bg.egn"

    def is_kt(self, born, sex):
        while True:
            core = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{self.r.randint(20, 99)}"
            c = (-wsum(core, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
            if c < 10:
                v = core + str(c) + ("9" if born.year < 2000 else "0")
                return f"{v[:6]}-{v[6:]}", "is_.kennitala"

    def si_emso(self, born, sex):
        ser = self.r.randint(0, 499) if sex == "m" else self.r.randint(500, 999)
        core = f"{born.day:02d}{born.month:02d}{born.year % 1000:03d}50{ser:03d}"
        return core + str(-wsum(core, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11 % 10), "si.emso"

    def th_pin(self, born, sex):
        core = self.r.choice("12345678") + self.dig(11)
        s = sum((13 - i) * int(n) for i, n in enumerate(core)) % 11
        v = core + str((11 - s) % 10)
        return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "th.pin"

    def cl_rut(self, born, sex):
        body = str(self.r.randint(7_000_000, 24_999_999))
        s = sum(int(n) * (4 + (5 - i) % 6) for i, n in enumerate(body[::-1]))
        c = "0123456789K"[s % 11]
        return f"{int(body):,}".replace(",", ".") + "-" + c, "cl.rut"

    def es_nie(self, born, sex):
        p = self.r.choice("XYZ")
        d = self.dig(7)
        return f"{p}{d}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(p)) + d) % 23]}", "es.nie"

    def be_nn(self, born, sex):
        ser = self.r.randint(1, 997)
        if (ser % 2 == 1) != (sex == "m"):
            ser += 1
        core = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{ser:03d}"
        c = 97 - int(("2" if born.year >= 2000 else "") + core) % 97
        return f"{core[:2]}.{core[2:4]}.{core[4:6]}-{core[6:]}.{c:02d}", "be.nn"

    def fr_nir(self, born, sex):
        dept = self.r.choice(["13", "31", "33", "35", "44", "59", "67", "69", "75", "92", "93"])
        core = f"{'1' if sex == 'm' else '2'}{born.year % 100:02d}{born.month:02d}{dept}{self.r.randint(1, 899):03d}{self.r.randint(1, 999):03d}"
        k = 97 - int(core) % 97
        return f"{core[0]} {core[1:3]} {core[3:5]} {core[5:7]} {core[7:10]} {core[10:]} {k:02d}", "fr.nir"

    def gr_amka(self, born, sex):
        core = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{self.dig(3)}{self.r.choice('13579' if sex == 'm' else '02468')}"
        return luhn_complete(core), "gr.amka"

    def at_svnr(self, born, sex):
        while True:
            ser = self.dig(3, True)
            rest = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
            c = wsum(ser + "0" + rest, (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)) % 11
            if c < 10:
                return f"{ser}{c} {rest}", "at.vnr"

    def ch_ahv(self, born, sex):
        core = "756" + self.dig(9)
        c = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(core)) % 10) % 10
        v = core + str(c)
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}", "ch.ssn"

    def gb_nhs(self, born, sex):
        while True:
            core = self.dig(9, True)
            c = 11 - wsum(core, range(10, 1, -1)) % 11
            c = 0 if c == 11 else c
            if c < 10:
                v = core + str(c)
                return f"{v[:3]} {v[3:6]} {v[6:]}", "gb.nhs"

    def ca_bcphn(self, born, sex):
        while True:
            mid = self.dig(8)
            s = sum((w * int(n)) % 11 for w, n in zip((2, 4, 8, 5, 10, 9, 7, 3), mid))
            c = (11 - s) % 11
            if c < 10:
                v = "9" + mid + str(c)
                return f"{v[:4]} {v[4:7]} {v[7:]}", "ca.bc_phn"

    # --- tax numbers -------------------------------------------------------------------------
    def hr_oib(self, born, sex):
        d = self.dig(10, True)
        return d + iso7064_11_10(d), "hr.oib"

    def de_idnr(self, born, sex):
        while True:
            digits_ = self.r.sample("0123456789", 9)
            if digits_[0] == "0":
                continue
            twice = self.r.choice(digits_[1:])
            pos = self.r.randint(1, 9)
            d = "".join(digits_[:pos]) + twice + "".join(digits_[pos:])
            if d[0] == "0":
                continue
            v = d + iso7064_11_10(d)
            return (v if self.r.random() < .5 else f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"), "de.idnr"

    def nz_ird(self, born, sex):
        while True:
            base = str(self.r.randint(10_000_000, 14_999_999)).zfill(8)
            s = -wsum(base, (3, 2, 7, 6, 5, 4, 3, 2)) % 11
            if s == 10:
                s = -wsum(base, (7, 4, 3, 2, 5, 2, 7, 6)) % 11
            if s < 10:
                v = base + str(s)
                return f"{v[:3]}-{v[3:6]}-{v[6:]}", "nz.ird"

    def ar_cuit(self, born, sex):
        while True:
            core = ("20" if sex == "m" else "27") + str(self.r.randint(20_000_000, 45_999_999))
            s = wsum(core, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
            if s not in (0, 1):
                return f"{core[:2]}-{core[2:]}-{11 - s}", "ar.cuit"

    def ru_inn(self, born, sex):
        core = self.r.choice(["77", "78", "50", "66", "16", "54"]) + self.dig(8)
        d1 = str(wsum(core, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10)
        d2 = str(wsum(core + d1, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10)
        return core + d1 + d2, "ru.inn"

    def ua_rntrc(self, born, sex):
        days = (born - dt.date(1899, 12, 31)).days
        core = f"{days:05d}{self.dig(3)}{self.r.choice('13579' if sex == 'm' else '02468')}"
        return core + str(wsum(core, (-1, 5, 7, 9, 4, 6, 10, 5, 7)) % 11 % 10), "ua.rntrc"

    def ie_pps(self, born, sex):
        d = self.dig(7)
        s = wsum(d, (8, 7, 6, 5, 4, 3, 2))
        return d + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23], "ie.pps"

    def pt_nif(self, born, sex):
        core = self.r.choice("123") + self.dig(7)
        c = 11 - wsum(core, (9, 8, 7, 6, 5, 4, 3, 2)) % 11
        return core + ("0" if c >= 10 else str(c)), "pt.nif"

    def au_tfn(self, born, sex):
        while True:
            core = self.dig(8, True)
            c = wsum(core, (1, 4, 3, 7, 5, 8, 6, 9)) % 11
            if c < 10:
                v = core + str(c)
                return f"{v[:3]} {v[3:6]} {v[6:]}", "au.tfn"

    def in_pan(self, born, sex, last="K"):
        v = "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + "P" + (last[:1].upper() or "K")
        return v + self.dig(4) + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), "in_.pan"

    def br_cpf(self, born, sex):
        while True:
            core = self.dig(9)
            if len(set(core)) == 1:
                continue
            d1 = (wsum(core, range(10, 1, -1)) * 10) % 11 % 10
            d2 = (wsum(core + str(d1), range(11, 1, -1)) * 10) % 11 % 10
            v = f"{core}{d1}{d2}"
            return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", "br.cpf"

    def ca_sin(self, born, sex):
        v = luhn_complete(self.r.choice("1234567") + self.dig(7))
        return f"{v[:3]} {v[3:6]} {v[6:]}", "ca.sin"

    def jp_mynumber(self, born, sex):
        core = self.dig(11)
        s = sum(int(n) * (i + 2 if i < 6 else i - 4) for i, n in enumerate(core[::-1]))
        c = 0 if s % 11 <= 1 else 11 - s % 11
        v = core + str(c)
        return f"{v[:4]} {v[4:8]} {v[8:]}", "jp.in_"

    def it_cf(self, born, sex, first="Mario", last="Rossi"):
        def cons(s):
            return [c for c in s.upper() if c.isalpha() and c not in "AEIOU"]

        def vow(s):
            return [c for c in s.upper() if c in "AEIOU"]

        ls = "".join((cons(last) + vow(last) + ["X"] * 3)[:3])
        fc = cons(first)
        fs = "".join(([fc[0], fc[2], fc[3]] if len(fc) >= 4 else (fc + vow(first) + ["X"] * 3))[:3])
        day = born.day + (40 if sex == "f" else 0)
        comune = self.r.choice(["H501", "F205", "L219", "A944", "G273", "F839", "D612", "C351"])
        core = f"{ls}{fs}{born.year % 100:02d}{'ABCDEHLMPRST'[born.month - 1]}{day:02d}{comune}"
        odd = {c: v for c, v in zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                    [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] + [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                                                                           11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])}
        even = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
        s = sum(odd[c] if i % 2 == 0 else even[c] for i, c in enumerate(core))
        return core + chr(65 + s % 26), "it.codicefiscale"

    # --- payment -----------------------------------------------------------------------------
    CARD_PREFIX = [("4", 16, "Visa"), ("5", 16, "Mastercard"), ("2221", 16, "Mastercard"), ("37", 15, "Amex"),
                   ("6011", 16, "Discover"), ("3530", 16, "JCB"), ("62", 16, "UnionPay"), ("36", 14, "Diners"),
                   ("2201", 16, "Mir"), ("6521", 16, "RuPay"), ("4", 19, "Visa")]

    def card(self, brand=None):
        opts = [c for c in self.CARD_PREFIX if brand in (None, c[2])]
        pre, ln, name = self.r.choice(opts)
        if pre == "5":
            pre = "5" + self.r.choice("12345")
        v = luhn_complete(pre + self.dig(ln - len(pre) - 1))
        if ln == 15:
            shown = f"{v[:4]} {v[4:10]} {v[10:]}"
        elif ln == 14:
            shown = f"{v[:4]} {v[4:10]} {v[10:]}"
        else:
            sep = self.r.choice([" ", " ", "-", ""])
            shown = sep.join(v[i:i + 4] for i in range(0, ln, 4))
        return shown, name

    IBAN_BBAN = {"DE": "n8n10", "AT": "n5n11", "CH": "n5n12", "NL": "a4n10", "GB": "a4n6n8", "IE": "a4n6n8",
                 "PL": "n24", "SE": "n20", "DK": "n14", "FI": "n14", "PT": "n21", "IT": "a1n22", "GR": "n23",
                 "RO": "a4n16", "HU": "n24", "HR": "n17", "SI": "n15", "LT": "n16", "LV": "a4n13", "EE": "n16",
                 "TR": "n5z1n16", "SA": "n20", "AE": "n19", "IL": "n19", "LU": "n16", "CZ": "n20", "SK": "n20",
                 "BG": "a4n14", "FR": "n23", "IS": "n22", "CY": "n24", "MT": "a4n23", "NO": None, "ES": None,
                 "BE": None}
    BANK_LETTERS = {"NL": ["RABO", "TRIO", "SNSB", "KNAB", "ASNB"], "GB": ["BARC", "LOYD", "MIDL", "NWBK", "MONZ"],
                    "IE": ["AIBK", "BOFI", "IPBS"], "RO": ["BTRL", "RNCB", "INGB"], "LV": ["HABA", "PARX", "RIKO"],
                    "BG": ["UNCR", "STSA", "FINV"], "MT": ["VALL", "APSB"], "IT": list("XYZQWK")}

    def iban(self, cc):
        if cc in ("NO", "ES", "BE"):
            return self._iban_national(cc)
        spec = self.IBAN_BBAN[cc]
        out = ""
        for kind, n in re.findall(r"([anz])(\d+)", spec):
            n = int(n)
            if kind == "a":
                out += self.r.choice(self.BANK_LETTERS.get(cc, ["ABCD"]))[:n] if n == 4 or cc == "IT" else "A" * n
            elif kind == "z":
                out += "0"
            else:
                out += self.dig(n)
        v = mod97_iban(cc, out)
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if self.r.random() < .7 else v

    def _iban_national(self, cc):
        if cc == "ES":
            ent, off, acc = self.dig(4), self.dig(4), self.dig(10)

            def dc(s):
                c = 11 - wsum(s.zfill(10), (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)) % 11
                return {10: 1, 11: 0}.get(c, c)
            bban = f"{ent}{off}{dc('00' + ent + off)}{dc(acc)}{acc}"
        elif cc == "NO":
            while True:
                base = self.dig(10, True)
                c = 11 - wsum(base, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
                if c == 11:
                    c = 0
                if c < 10:
                    bban = base + str(c)
                    break
        else:
            base = self.r.choice(["001", "068", "363", "735", "143"]) + self.dig(7)
            c = int(base) % 97 or 97
            bban = f"{base}{c:02d}"
        v = mod97_iban(cc, bban)
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))

    # --- travel documents ----------------------------------------------------------------------
    def passport(self, cc):
        r = self.r
        forms = {"DE": lambda: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
                 "US": lambda: r.choice([self.dig(9, True), "A" + self.dig(8)]),
                 "GB": lambda: "1" + self.dig(8), "FR": lambda: self.dig(2) + r.choice(["AV", "CK", "EH", "FR"]) + self.dig(5),
                 "IN": lambda: r.choice("JKLMNPRSTUVWZ") + self.dig(7), "CN": lambda: "E" + self.dig(8),
                 "JP": lambda: r.choice(["TK", "TR", "MZ"]) + self.dig(7), "BR": lambda: r.choice(["FX", "GB", "YB"]) + self.dig(6),
                 "NG": lambda: "A" + self.dig(8), "PH": lambda: "P" + self.dig(7) + r.choice("ABC"),
                 "IT": lambda: r.choice(["YA", "YB", "YC"]) + self.dig(7), "ES": lambda: r.choice(["PAH", "PAK", "AAB"]) + self.dig(6),
                 "KR": lambda: "M" + self.dig(8), "PL": lambda: r.choice(["EJ", "EL", "ER"]) + self.dig(7),
                 "TR": lambda: "U" + self.dig(8), "RU": lambda: "7" + self.dig(8), "MX": lambda: "G" + self.dig(8)}
        return forms.get(cc, forms["GB"])()

    ISO3 = {"DE": "D", "US": "USA", "GB": "GBR", "FR": "FRA", "IN": "IND", "CN": "CHN", "JP": "JPN", "BR": "BRA",
            "NG": "NGA", "PH": "PHL", "IT": "ITA", "ES": "ESP", "KR": "KOR", "PL": "POL", "TR": "TUR", "RU": "RUS",
            "MX": "MEX", "NL": "NLD", "SE": "SWE", "GR": "GRC", "PT": "PRT", "KE": "KEN", "GH": "GHA", "VN": "VNM",
            "ID": "IDN", "TH": "THA", "EG": "EGY", "IL": "ISR", "UA": "UKR", "AR": "ARG", "CL": "CHL"}

    def mrz(self, cc, last, first, born, sex, number):
        nat = (self.ISO3.get(cc, "GBR") + "<<")[:3]
        l1 = ("P<" + nat + last.upper().replace(" ", "<").replace("-", "<") + "<<" + first.upper().replace(" ", "<") + "<" * 44)[:44]
        num = (number + "<" * 9)[:9]
        dob = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}"
        exp_d = dt.date(2027 + self.r.randint(0, 8), self.r.randint(1, 12), self.r.randint(1, 28))
        exp = f"{exp_d.year % 100:02d}{exp_d.month:02d}{exp_d.day:02d}"
        pers = "<" * 14
        l2 = num + mrz_check(num) + nat + dob + mrz_check(dob) + ("M" if sex == "m" else "F") + exp + mrz_check(exp) + pers + mrz_check(pers)
        comp = l2[0:10] + l2[13:20] + l2[21:43]
        return l1, l2 + mrz_check(comp)


# ======================================================================================
# People: name pools (native script / romanised form for e-mail local parts)
# ======================================================================================

# cc: (language, male given names, female given names, family names); "Native/roman" where the script differs.
POOLS = {
    "US": ("en", "Emmitt Colby Rhett Kellan Thaddeus Wendell Lyndon Ansel", "Raelynn Corinne Annalise Oaklynn Marlowe Lorelei Maybelle",
           "Stroud Calloway Hardesty Bramlett Yancey Lockridge Voorhees Cottingham Swearingen Honeycutt Pettigrew Quattlebaum"),
    "GB": ("en", "Digby Ptolemy Crispian Lysander Torquil Peregrine", "Philippa Clemency Henrietta Bryony Perdita",
           "Fairbrother Huxtable Scrivener Tattersall Brocklehurst Ramsbottom Fothergill Pickersgill"),
    "IE": ("en", "Oisín Darragh Fiachra Peadar Tiernan", "Saoirse Róisín Blathnaid Muireann Deirbhile", "Dunphy Hegarty Lenihan Scanlon Tierney"),
    "AU": ("en", "Angus Kirby Banjo Jedda", "Saffron Wren Tahnee", "Whitcombe Pockley Gittens Birrell Furphy Tregenza"),
    "NZ": ("en", "Tane Hemi Manaaki", "Kaia Huia Marama", "Tuhiwai Rewiti Tamihana Karaka"),
    "CA": ("en", "Rowan Anselme Hugues", "Sloane Maude-Éliane Rosalie-Anne", "Desrosiers MacNeil Paquette Beausoleil Tremblay-Hachey"),
    "NG": ("en", "Ifeanyi Tobenna Ebuka Kelechi Somtochukwu", "Nkechinyere Ogechi Yetunde Morenike Ebelechukwu",
           "Nwachukwu Okonjo Obiora Ezeanya Ikwuemesi"),
    "GH": ("en", "Kojo Fiifi Nii", "Adwoa Esi Naa", "Owusu Amankwah Darko Opoku-Agyemang"),
    "KE": ("sw", "Kiprotich Wafula", "Akinyi Zawadi Nyambura Chepkoech", "Kiptanui Omolo Nyaga Gachanja"),
    "ZA": ("en", "Ruan Lungile Thulani", "Anri Zanele Lindiwe", "Molefe Ndlovu-Botha Steenkamp Nkosi"),
    "IN": ("en", "Varun Harsh Pranav Tejas Aniruddh Shantanu", "Meera Pallavi Sharvari Revathi Gargi Manasi",
           "Bhagwat Joglekar Ramanathan Thakkar Gadgil Chakraborty"),
    "PK": ("en", "Usman Bilal Faizan Zohaib", "Ayesha Mahnoor Hira Rimsha", "Chaudhry Abbasi Gondal Rana"),
    "PH": ("tl", "Joselito Marvin Jerico Arnel", "Jocelyn Maricar Lorna", "Dizon Buenaventura Manalastas Lacson Tuazon Sibayan"),
    "DE": ("de", "Henning Lasse Bastian Kjell Hinnerk", "Merle Ronja Birte Tabea Swantje Kerrin",
           "Brinkhoff Ahlers Dreesen Wittkamp Sommerfeld Hölscher Vosskamp Tönjes"),
    "AT": ("de", "Florian Vinzenz Korbinian", "Theresa Magdalena Walburga Leni", "Moosbrugger Hollenstein Hinterleitner Grubmüller"),
    "CH": ("de", "Urs Reto Jachen", "Vreni Nadja Regula", "Zgraggen Hollinger Brändli Gisler Zumstein Aeschbacher"),
    "FR": ("fr", "Maël Timothée Anselme Eudes Clovis", "Ombeline Margaux Domitille Cornelia",
           "Pelletier Charpentier Fauchereau Lemarchand Duvivier Castagnède Lhermitte"),
    "BE": ("nl", "Wannes Seppe Warre", "Marthe Lieze Jolien", "Claessens Verhaegen Goossens Wauters Pauwels"),
    "NL": ("nl", "Sander Gijs Teun Jorrit Sietse", "Marit Floor Jikke", "Dijkhuis Zwart Bosma Wijnberg"),
    "ES": ("es", "Aitor Telmo Ander", "Macarena Edurne Maitane Amaia", "Montalbán Peñalver Cuadrado Zubiaurre Aranguren Olabarrieta"),
    "MX": ("es", "Baltazar Efraín Abundio", "Xóchitl Yareli Nayeli", "Zamarripa Barragán Tlatelpa Mijangos"),
    "AR": ("es", "Agustín Lisandro", "Antonella Agostina Candela", "Iturralde Cienfuegos Echagüe Larrea"),
    "CL": ("es", "Cristóbal Renato Maximiliano", "Trinidad Constanza", "Irarrázaval Undurraga Errázuriz Bascuñán Ugarte"),
    "BR": ("pt", "Heitor Davi Enzo Benício", "Yasmin Thayane Raíssa Lorena", "Campelo Arruda Bastos Junqueira Prado"),
    "PT": ("pt", "Afonso Martim", "Inês Carolina", "Sequeira Meireles Quintela Simões Baptista"),
    "IT": ("it", "Ludovico Ruggero Tancredi", "Ginevra Ottavia Ludovica Iole Guendalina",
           "Castiglioni Pagliarulo Bortolotti Scognamiglio Zanardelli Quagliarella"),
    "PL": ("pl", "Wiktor Szymon Dawid Ksawery", "Marzena Justyna Wiesława", "Wróblewski Pietrzyk Kaczmarczyk Chmielewski Zawadzki"),
    "CZ": ("cs", "Matěj Přemysl Bořivoj", "Barbora Radka Šárka", "Dvořáček Hruška Vondráček Pospíšil Štěpánek"),
    "HU": ("hu", "Gergő Botond Csongor Zsombor", "Kinga Enikő", "Halász Vörös Szentgyörgyi Bodnár"),
    "RO": ("ro", "Tudor Horia Ovidiu", "Oana Ilinca Smaranda", "Stănescu Vasilescu Munteanu Pîrvulescu Ghiță"),
    "BG": ("bg", "Калоян/Kaloyan Тодор/Todor Стоян/Stoyan Боян/Boyan", "Радостина/Radostina Йорданка/Yordanka Цветелина/Tsvetelina",
           "Христов/Hristov Костадинов/Kostadinov Паунов/Paunov Вълчев/Valchev"),
    "GR": ("el", "Θανάσης/Thanasis Σπύρος/Spyros Μιλτιάδης/Miltiadis", "Χρυσούλα/Chrysoula Ευανθία/Evanthia",
           "Κυριακόπουλος/Kyriakopoulos Χατζηδάκης/Chatzidakis Παπαθανασίου/Papathanasiou"),
    "TR": ("tr", "Kaan Alp Berk Doruk Arda", "Ebru Gülşen Pınar Sevgi", "Karaca Yalçın Erdoğdu Çakıroğlu Tezcan"),
    "RU": ("ru", "Аркадий/Arkady Савелий/Saveliy Ефим/Yefim", "Милана/Milana Таисия/Taisiya",
           "Самойлов/Samoylov Рудаков/Rudakov Колесников/Kolesnikov Шубин/Shubin"),
    "UA": ("uk", "Мирослав/Myroslav Зиновій/Zynovii", "Христина/Khrystyna Дзвенислава/Dzvenyslava Зоряна/Zoriana",
           "Ткаченко/Tkachenko Савчук/Savchuk Стасюк/Stasiuk"),
    "SE": ("sv", "Ludvig Melker Sixten", "Tilde Majken Siv", "Wennerström Lundgren"),
    "NO": ("nb", "Vebjørn Ørjan Torbjørn", "Ingvild Gro Synnøve Hedda", "Fjeldstad Tveit Sørbø"),
    "DK": ("da", "Mads Frederik Valdemar", "Ida Karen Sofie", "Thygesen Kjeldsen Lauritsen"),
    "FI": ("fi", "Aapo Onni Ilmari", "Aada Pihla", "Kärkkäinen Hämäläinen Nurmela Peltonen"),
    "IS": ("is", "Hrafn Ragnar Kjartan", "Ásdís Kolbrún Bryndís", "Kjartansson Hrafnsson"),
    "EE": ("et", "Rasmus Kaspar Tõnis", "Kadri Triin Liis", "Tamm Saar Kask Pärn Mägi"),
    "LT": ("lt", "Mantas Domantas Žygimantas", "Gabija Rūta Eglė", "Petrauskas Kazlauskas Žukauskas Paulauskas"),
    "SI": ("sl", "Luka Matej Žiga", "Nika Tjaša Urška", "Kranjc Zupančič Potočnik Vidmar"),
    "HR": ("hr", "Domagoj Tomislav Krešimir", "Mateja Ivana Dunja", "Babić Jurić Kovačević Grgić Perković"),
    "IL": ("he", "נועם/Noam איתי/Itai יונתן/Yonatan עידו/Ido", "תמר/Tamar שירה/Shira נועה/Noa הדס/Hadas",
           "מזרחי/Mizrahi פרץ/Peretz אזולאי/Azoulay"),
    "EG": ("ar", "طارق/Tarek مروان/Marwan", "لينا/Lina هبة/Heba ياسمين/Yasmeen", "المنصوري/Al-Mansouri النجار/El-Naggar الشاذلي/El-Shazly"),
    "IR": ("fa", "کیان/Kian بهرام/Bahram", "رویا/Roya نسرین/Nasrin گلناز/Golnaz", "مرادی/Moradi کرمانی/Kermani افشار/Afshar"),
    "CN": ("zh", "宇轩/Yuxuan 思远/Siyuan 子墨/Zimo", "诗涵/Shihan 若曦/Ruoxi 语嫣/Yuyan", "欧阳/Ouyang 司马/Sima 诸葛/Zhuge 钟/Zhong 傅/Fu 邵/Shao"),
    "TW": ("zh", "冠宇/Guanyu 承恩/Cheng-en 柏翰/Bohan", "品妍/Pinyan 芷晴/Zhiqing", "蕭/Hsiao 賴/Lai 簡/Chien"),
    "JP": ("ja", "悠真/Yuma 湊/Minato 樹/Itsuki 朝陽/Asahi", "凛/Rin 楓/Kaede 紬/Tsumugi 和葉/Kazuha",
           "小野寺/Onodera 西園寺/Saionji 宮坂/Miyasaka 杉浦/Sugiura 柳沢/Yanagisawa"),
    "KR": ("ko", "시우/Siwoo 준서/Junseo 서준/Seojun 은우/Eunwoo", "지우/Jiwoo 채원/Chaewon 소희/Sohee", "남궁/Namgung 황보/Hwangbo 제갈/Jegal 선우/Sunwoo"),
    "VN": ("vi", "Thiện_Nhân/Thien_Nhan Trọng_Nghĩa/Trong_Nghia Đình_Hiếu/Dinh_Hieu", "Hoài_Nhi/Hoai_Nhi Tuyết_Nhung/Tuyet_Nhung Diễm_Kiều/Diem_Kieu",
           "Quách/Quach Tạ/Ta Đặng/Dang"),
    "TH": ("th", "กิตติศักดิ์/Kittisak ธนพล/Thanaphon", "ณภัทร/Naphat พิมพ์ชนก/Phimchanok", "วงศ์สวัสดิ์/Wongsawat ชัยประเสริฐ/Chaiprasert"),
    "ID": ("id", "Wisnu Galang Yudhistira", "Anindya Laras Kirana", "Nasution Hutapea Prawiranegara"),
    "MY": ("ms", "Faizal Hafiz Amirul", "Nurul Syafiqah Aqilah", "Ismail Rahman Zulkifli Hashim"),
    "ET": ("am", "Yonas Abenezer Fikru Robel Natnael", "Selam Mahlet Bethlehem", "Gebreyes Woldemichael Ayele Tsegaye Mekonnen"),
}
FAMILY_FIRST = {"CN", "TW", "JP", "KR", "VN", "HU"}
NO_SPACE = {"CN", "TW", "JP"}


def _split_native(s: str) -> list[tuple[str, str]]:
    """'Quốc Bảo/Quoc Bao Minh Khang/Minh Khang' -> pairs; plain pools split on spaces (Van der Merwe kept)."""
    if "/" not in s:
        words, out, i = s.split(), [], 0
        while i < len(words):
            if words[i] == "Van" and i + 1 < len(words):
                j = i + 1
                while j < len(words) and words[j] in ("der", "den"):
                    j += 1
                name = " ".join(words[i:j + 1])
                out.append((name, name))
                i = j + 1
            else:
                out.append((words[i], words[i]))
                i += 1
        return out
    return [tuple(x.replace("_", " ") for x in tok.split("/", 1)) for tok in s.split()]


_SPECIAL = {"ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ı": "i"}


def ascii_fold(s: str) -> str:
    s = "".join(_SPECIAL.get(ch, ch) for ch in s.lower())
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", s)


MAIL_BY_CC = {"GB": ["btinternet.com", "hotmail.co.uk", "gmail.com"], "AU": ["bigpond.net.au", "gmail.com"], "IN": ["rediffmail.com", "gmail.com"],
              "NZ": ["xtra.co.nz"], "ZA": ["webmail.co.za", "gmail.com"], "AT": ["gmx.at", "aon.at"], "CH": ["bluewin.ch", "hispeed.ch"],
              "BE": ["telenet.be", "skynet.be"], "MX": ["yahoo.com.mx", "prodigy.net.mx"], "AR": ["fibertel.com.ar", "gmail.com"],
              "CL": ["vtr.net", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "terra.com.br"], "PT": ["sapo.pt", "gmail.com"]}
MAIL_DOMAINS = {"en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "aol.com"],
                "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org"],
                "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"], "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
                "es": ["hotmail.es", "gmail.com", "movistar.es", "telefonica.net"], "pt": ["sapo.pt", "gmail.com"],
                "it": ["libero.it", "tiscali.it", "alice.it"], "pl": ["wp.pl", "o2.pl", "interia.pl", "onet.pl"],
                "cs": ["seznam.cz", "centrum.cz"], "hu": ["freemail.hu", "citromail.hu"], "ro": ["yahoo.ro", "gmail.com"],
                "ru": ["yandex.ru", "mail.ru", "rambler.ru"], "uk": ["ukr.net", "i.ua"], "tr": ["hotmail.com.tr", "yandex.com.tr"],
                "sv": ["telia.com", "bredband.net"], "nb": ["online.no", "getmail.no"], "da": ["mail.dk", "jubii.dk"],
                "fi": ["luukku.com", "elisanet.fi"], "zh": ["qq.com", "163.com", "126.com"], "ja": ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp"],
                "ko": ["naver.com", "daum.net", "kakao.com"], "he": ["walla.co.il", "bezeqint.net"], "ar": ["gmail.com", "yahoo.com"],
                "vi": ["gmail.com", "yahoo.com.vn"], "th": ["hotmail.co.th", "gmail.com"], "id": ["yahoo.co.id", "gmail.com"]}
WORK_DOMAINS = ["thornbury-physio.co.uk", "kaltwasser-steuer.de", "almendro-abogados.es", "bluegum-dental.com.au",
                "notaris-vreeswijk.nl", "cabinet-roussel-avocats.fr", "studio-ferraresi.it", "lindholmen-bygg.se",
                "harbourview-clinic.co.nz", "pinecrest-hr.com", "maplewood-schools.org", "oakhurst-lettings.co.uk",
                "kancelaria-zielinscy.pl", "klinika-vyhledy.cz", "sakuragi-law.jp", "mirae-hospital.kr"]

# phone formats: N any digit, P non-zero; one is picked per value. (national, international) pairs by cc.
PHONES = {
    "US": ["(PNN) PNN-NNNN", "PNN.PNN.NNNN", "+1 PNN PNN NNNN", "1-PNN-PNN-NNNN"],
    "CA": ["(PNN) PNN-NNNN", "+1 PNN-PNN-NNNN"],
    "GB": ["07NNN NNNNNN", "+44 7NNN NNNNNN", "020 7NNN NNNN", "0161 NNN NNNN", "+44 (0)1NNN NNNNNN"],
    "IE": ["08N NNN NNNN", "+353 8N NNN NNNN", "(01) NNN NNNN"],
    "AU": ["04NN NNN NNN", "+61 4NN NNN NNN", "(02) NNNN NNNN"],
    "NZ": ["021 NNN NNNN", "+64 27 NNN NNNN", "(09) NNN NNNN"],
    "NG": ["080N NNN NNNN", "+234 80N NNN NNNN", "0703 NNN NNNN"],
    "GH": ["024 NNN NNNN", "+233 24 NNN NNNN"],
    "KE": ["07NN NNN NNN", "+254 7NN NNNNNN"],
    "ZA": ["08N NNN NNNN", "+27 8N NNN NNNN", "(021) NNN NNNN"],
    "IN": ["+91 9NNNN NNNNN", "09NNNNNNNNN", "98NNN-NNNNN", "022-2NNN NNNN"],
    "PK": ["03NN-NNNNNNN", "+92 3NN NNNNNNN"],
    "PH": ["09NN NNN NNNN", "+63 9NN NNN NNNN"],
    "DE": ["0151 NNNNNNNN", "+49 171 NNNNNNN", "030 / NNN NN NN", "(0221) NNN NN NN", "+49 (0)89 NNNNNNN"],
    "AT": ["0664 NNN NN NN", "+43 676 NNNNNNN", "01/NNN NN NN"],
    "CH": ["079 NNN NN NN", "+41 76 NNN NN NN", "044 NNN NN NN"],
    "FR": ["06 NN NN NN NN", "07.NN.NN.NN.NN", "+33 6 NN NN NN NN", "01 4N NN NN NN"],
    "BE": ["0470 NN NN NN", "+32 478 NN NN NN", "02 NNN NN NN"],
    "NL": ["06-NNNNNNNN", "+31 6 NNNN NNNN", "020 NNN NNNN"],
    "ES": ["6NN NNN NNN", "+34 6NN NN NN NN", "91 NNN NN NN"],
    "MX": ["55 NNNN NNNN", "+52 1 33 NNNN NNNN"],
    "AR": ["11 15-NNNN-NNNN", "+54 9 11 NNNN-NNNN"],
    "CL": ["+56 9 NNNN NNNN", "9 NNNN NNNN"],
    "BR": ["(11) 9NNNN-NNNN", "+55 21 9NNNN-NNNN", "(31) 3NNN-NNNN"],
    "PT": ["91N NNN NNN", "+351 93N NNN NNN"],
    "IT": ["3NN NNN NNNN", "+39 34N NNN NNNN", "06 NNNN NNNN"],
    "PL": ["5NN NNN NNN", "+48 60N NNN NNN", "(22) NNN NN NN"],
    "CZ": ["+420 7NN NNN NNN", "60N NNN NNN"],
    "HU": ["+36 30 NNN NNNN", "06 20 NNN NNNN"],
    "RO": ["07NN NNN NNN", "+40 7NN NNN NNN"],
    "BG": ["08NN NNN NNN", "+359 88 NNN NNNN"],
    "GR": ["69N NNN NNNN", "+30 69N NNN NNNN"],
    "TR": ["05NN NNN NN NN", "+90 5NN NNN NN NN"],
    "RU": ["8 (9NN) NNN-NN-NN", "+7 9NN NNN-NN-NN"],
    "UA": ["+380 67 NNN NN NN", "(050) NNN-NN-NN"],
    "SE": ["07N-NNN NN NN", "+46 7N NNN NN NN"],
    "NO": ["4NN NN NNN", "+47 9NN NN NNN"],
    "DK": ["+45 NN NN NN NN", "2N NN NN NN"],
    "FI": ["040 NNN NNNN", "+358 50 NNN NNNN"],
    "IS": ["+354 6NN NNNN", "8NN NNNN"],
    "EE": ["+372 5NNN NNNN", "5NNN NNN"],
    "LT": ["+370 6NN NNNNN", "86NN NNNNN"],
    "SI": ["+386 41 NNN NNN", "031 NNN NNN"],
    "HR": ["+385 91 NNN NNNN", "098 NNN NNNN"],
    "IL": ["05N-NNN-NNNN", "+972 5N-NNN-NNNN"],
    "EG": ["010 NNNN NNNN", "+20 12 NNNN NNNN"],
    "IR": ["0912 NNN NNNN", "+98 912 NNN NNNN"],
    "CN": ["13N NNNN NNNN", "+86 15N NNNN NNNN", "(010) 6NNN NNNN"],
    "TW": ["09NN-NNN-NNN", "+886 9NN NNN NNN"],
    "JP": ["090-NNNN-NNNN", "080-NNNN-NNNN", "+81 90 NNNN NNNN", "03-NNNN-NNNN"],
    "KR": ["010-NNNN-NNNN", "+82 10-NNNN-NNNN", "02-NNN-NNNN"],
    "VN": ["09N NNN NNNN", "+84 9N NNN NN NN"],
    "TH": ["08N-NNN-NNNN", "+66 8N NNN NNNN"],
    "ID": ["0812-NNNN-NNNN", "+62 812 NNNN NNNN"],
    "MY": ["01N-NNN NNNN", "+60 1N-NNN NNNN"],
    "ET": ["09NN NNN NNN", "+251 9NN NNN NNN"],
}
EXT_WORDS = {"en": ["ext. {}", "x{}", "extension {}"], "de": ["Durchwahl {}", "-{}", "App. {}"], "fr": ["poste {}"],
             "es": ["ext. {}", "anexo {}", "int. {}"], "pt": ["ramal {}"], "it": ["interno {}"], "nl": ["toestel {}"],
             "pl": ["wew. {}"], "ru": ["доб. {}"], "uk": ["дод. {}"], "tr": ["dahili {}"], "ja": ["内線{}"], "ko": ["내선 {}"],
             "zh": ["转{}", "分机{}"], "sv": ["ankn. {}"], "da": ["lokal {}"], "nb": ["linje {}"], "fi": ["alanumero {}"],
             "cs": ["linka {}"], "hu": ["mellék {}"], "he": ["שלוחה {}"], "ar": ["تحويلة {}"]}

# street, postcode pattern, city; formatted the local way by ADDRESS_FORMAT
STREETS = {
    "US": (["Cottonwood Hollow Rd", "W Pickering Ave", "Larchmont Terrace", "N Sycamore Bend Dr", "Old Quarry Ln"],
           ["Asheville, NC 288##", "Boise, ID 837##", "Duluth, MN 558##", "Tacoma, WA 984##", "Savannah, GA 314##"]),
    "GB": (["Haddon Mews", "Quernmore Road", "Bishopsgate Close", "Wharfedale Crescent", "Tanners Walk"],
           ["Lancaster LA1 4NX", "Harrogate HG2 8PQ", "Norwich NR3 1RB", "Exeter EX4 6AT", "Stockport SK4 2LF"]),
    "IE": (["Ballyroan Park", "Clontarf Crescent", "Sráid an Mhuilinn"], ["Dublin 16 D16 X2K7", "Galway H91 E2F8", "Cork T12 RW26"]),
    "AU": (["Wattle Grove", "Jacaranda Parade", "Bellbird Close"], ["Toowong QLD 40##", "Fremantle WA 6160", "Ballarat VIC 3350"]),
    "NZ": (["Kōwhai Street", "Puriri Lane"], ["Ponsonby, Auckland 1011", "Thorndon, Wellington 6011"]),
    "CA": (["rue des Érables", "Tamarack Drive", "boulevard Saint-Joseph"], ["Sherbrooke QC J1H 4P2", "Kelowna BC V1Y 2N9", "Halifax NS B3H 1Z4"]),
    "DE": (["Schwalbenweg", "Am Mühlenteich", "Lindenstraße", "Hinter der Kapelle", "Kiebitzring"],
           ["26### Oldenburg", "336## Bielefeld", "930## Regensburg", "028## Görlitz", "720## Tübingen"]),
    "AT": (["Gänsbachergasse", "Am Rosenhügel", "Lerchenfelder Gürtel"], ["1160 Wien", "6020 Innsbruck", "8010 Graz"]),
    "CH": (["Chasseralstrasse", "Rebbergweg", "Via ai Ronchi"], ["3014 Bern", "8400 Winterthur", "6900 Lugano"]),
    "FR": (["rue des Tanneurs", "impasse du Lavoir", "allée des Tilleuls", "chemin de la Garenne"],
           ["69004 Lyon", "35000 Rennes", "13006 Marseille", "59800 Lille"]),
    "BE": (["Kapelleveld", "Rue du Moulin à Vent", "Begijnenvest"], ["9000 Gent", "4000 Liège", "2000 Antwerpen"]),
    "NL": (["Kievitslaan", "Oude Looiersstraat", "Prinses Margrietsingel"], ["3512 KL Utrecht", "9711 PB Groningen", "5611 CK Eindhoven"]),
    "ES": (["calle del Pez Austral", "avenida de los Almendros", "carrer de la Bòbila"], ["28045 Madrid", "41003 Sevilla", "08025 Barcelona"]),
    "MX": (["Calle Jacarandas", "Av. Río Consulado"], ["Col. Del Valle, 03100 CDMX", "Zapopan, Jal. 45010"]),
    "AR": (["Av. Juan B. Justo", "Calle Gorriti"], ["C1414 CABA", "X5000 Córdoba"]),
    "CL": (["Pasaje Los Aromos", "Av. Irarrázaval"], ["Ñuñoa, Santiago", "Valparaíso 2340000"]),
    "BR": (["Rua das Palmeiras", "Travessa do Ouvidor", "Av. Getúlio Vargas"], ["Belo Horizonte - MG, 30130-###", "Recife - PE, 50050-###", "Curitiba - PR, 80020-###"]),
    "PT": (["Rua do Salitre", "Travessa da Boavista"], ["1250-198 Lisboa", "4050-262 Porto"]),
    "IT": (["via dei Cimatori", "vicolo del Pozzo", "corso Garibaldi"], ["50122 Firenze", "40125 Bologna", "80134 Napoli"]),
    "PL": (["ul. Jaśminowa", "ul. Kołłątaja", "os. Bohaterów"], ["30-061 Kraków", "80-831 Gdańsk", "50-384 Wrocław"]),
    "CZ": (["Korunní", "Na Výšinách"], ["120 00 Praha 2", "602 00 Brno"]),
    "HU": (["Fecske utca", "Bartók Béla út"], ["1114 Budapest", "6720 Szeged"]),
    "RO": (["Strada Fluturilor", "Aleea Teilor"], ["Cluj-Napoca 400124", "Iași 700259"]),
    "SE": (["Smedjegatan", "Björkhagsvägen"], ["753 20 Uppsala", "416 64 Göteborg"]),
    "NO": (["Løvenskiolds gate", "Bakkeveien"], ["0263 Oslo", "5003 Bergen"]),
    "DK": (["Rosenvængets Allé", "Møllegade"], ["2100 København Ø", "8000 Aarhus C"]),
    "FI": (["Pihlajatie", "Satamakatu"], ["00250 Helsinki", "33100 Tampere"]),
    "TR": (["Ihlamur Sokak", "Bağdat Caddesi"], ["Kadıköy, 34710 İstanbul", "Çankaya, 06680 Ankara"]),
    "RU": (["ул. Малая Посадская", "Ботанический пер."], ["Санкт-Петербург, 197046", "Москва, 129110"]),
    "JP": (["本郷3-14-7", "西新宿2丁目8-1 パークハイツ502号室"], ["〒113-0033 東京都文京区", "〒160-0023 東京都新宿区"]),
    "KR": (["테헤란로 152", "해운대해변로 264"], ["서울특별시 강남구", "부산광역시 해운대구"]),
    "CN": (["漕溪北路88号", "天河路385号"], ["上海市徐汇区", "广州市天河区"]),
    "IN": (["Flat 4B, Gulmohar Apartments, Paud Road", "12/3 Nungambakkam High Road"], ["Kothrud, Pune 411038", "Chennai 600034"]),
    "ZA": (["Jacaranda Avenue", "Kloof Nek Road"], ["Gardens, Cape Town 8001", "Melville, Johannesburg 2092"]),
    "NG": (["Adeola Odeku Street", "Ogui Road"], ["Victoria Island, Lagos", "Enugu 400001"]),
    "IL": (["רחוב הרצל", "שדרות רוטשילד"], ["תל אביב-יפו", "חיפה"]),
    "GR": (["Οδός Αριστοτέλους", "Λεωφόρος Κηφισίας"], ["546 23 Θεσσαλονίκη", "115 26 Αθήνα"]),
}


def _pat(rng: random.Random, pattern: str, digit: str = "N") -> str:
    out = []
    for ch in pattern:
        if ch == digit:
            out.append(rng.choice("0123456789"))
        elif ch == "P":
            out.append(rng.choice("23456789"))
        else:
            out.append(ch)
    return "".join(out)


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


def feminine_surname(cc: str, s: str) -> str:
    """Surnames that change with the bearer's gender (Russian, Bulgarian, Polish, Czech, Lithuanian)."""
    if cc in ("RU", "BG") and s[-2:] in ("ов", "ев", "ин", "ov", "ev", "in"):
        return s + ("а" if s[-1] in "вн" else "a")
    if cc == "PL" and s.endswith(("ski", "cki")):
        return s[:-1] + "a"
    if cc == "CZ":
        if s.endswith("ek"):
            return s[:-2] + "ková"
        if s.endswith("a"):
            return s[:-1] + "ová"
        return s + "ová"
    if cc == "LT" and s.endswith("as"):
        return s[:-2] + "ienė"
    return s


class Person:
    def __init__(self, cc, sex, first, last, first_rom, last_rom, born):
        self.cc, self.sex, self.first, self.last = cc, sex, first, last
        self.first_rom, self.last_rom, self.born = first_rom, last_rom, born

    @property
    def full(self) -> str:
        if self.cc in FAMILY_FIRST:
            return f"{self.last}{'' if self.cc in NO_SPACE else ' '}{self.first}"
        return f"{self.first} {self.last}"


class Forge:
    """All random draws for one output file; names drawn are remembered for the benign-record check."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.ids = IdMaker(self.r)
        self.issued: list[tuple[str, str]] = []   # (stdnum module / "luhn" / "iban" / "mrz", value)
        self.pools = {cc: (lang, _split_native(m), _split_native(f), _split_native(s)) for cc, (lang, m, f, s) in POOLS.items()}

    def pick(self, seq):
        return self.r.choice(seq)

    def born(self, young=False) -> dt.date:
        lo, hi = ((2011, 2018) if young else (1946, 2004))
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def person(self, cc=None, sex=None, young=False) -> Person:
        cc = cc or self.pick(sorted(self.pools))
        lang, ms, fs, ss = self.pools[cc]
        sex = sex or self.pick("mf")
        first, first_rom = self.pick(ms if sex == "m" else fs)
        last, last_rom = self.pick(ss)
        if sex == "f":
            last, last_rom = feminine_surname(cc, last), feminine_surname(cc, last_rom)
        if cc == "IS":
            father = self.pick([x for x in ("Kjartans", "Hrafns", "Ragnars") if not first.startswith(x[:4])])
            last = last_rom = father + ("son" if sex == "m" else "dóttir")
        return Person(cc, sex, first, last, first_rom, last_rom, self.born(young))

    # --- contact details ---------------------------------------------------------------------
    def email(self, p: Person, work=False) -> str:
        f, l = ascii_fold(p.first_rom), ascii_fold(p.last_rom)
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{l}.{f[0]}", f"{f}{p.born.year % 100:02d}", f"{f}_{l}{self.r.randint(1, 99)}",
                           f"{l}{f[:2]}", f"{f}.{l}{p.born.year}"])
        if work:
            return f"{f[0]}.{l}@{self.pick(WORK_DOMAINS)}"
        lang = POOLS[p.cc][0]
        doms = MAIL_BY_CC.get(p.cc) or MAIL_DOMAINS.get(lang, MAIL_DOMAINS["en"])
        return f"{local}@{self.pick(doms)}"

    def phone(self, cc: str) -> str:
        return _pat(self.r, self.pick(PHONES.get(cc, PHONES["GB"])))

    def phone_ext(self, cc: str, lang: str) -> str:
        ext = str(self.r.randint(10, 9999))
        land = [p for p in PHONES.get(cc, PHONES["GB"]) if not p.replace("+", "").startswith(("7", "6", "9"))]
        base = _pat(self.r, self.pick(land or PHONES.get(cc, PHONES["GB"])))
        return base + " " + self.pick(EXT_WORDS.get(lang, EXT_WORDS["en"])).format(ext)

    def address(self, cc: str) -> str:
        streets, cities = STREETS.get(cc, STREETS["GB"])
        st, city = self.pick(streets), _pat(self.r, self.pick(cities), "#")
        n = self.r.randint(2, 187)
        if cc in ("US", "GB", "IE", "AU", "NZ", "CA", "IN", "ZA", "NG") and not st[0].isdigit():
            line = f"{n} {st}" if cc != "IN" else st
            if cc == "US" and self.r.random() < .4:
                line += f", Apt {self.r.randint(1, 40)}{self.pick('ABCD')}"
            return f"{line}, {city}"
        if cc in ("FR",):
            return f"{n} {st}, {city}"
        if cc in ("JP", "KR", "CN"):
            return f"{city}{st}"
        if cc == "IL":
            return f"{st} {n}, {city}"
        return f"{st} {n}, {city}"

    def ip(self) -> str:
        if self.r.random() < .25:
            return "2a02:" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{self.r.randint(1, 65535):x}"
        first = self.pick([31, 37, 46, 62, 77, 81, 85, 88, 91, 95, 109, 151, 176, 178, 185, 188, 203, 212, 217])
        return f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def date(self, d: dt.date, lang: str) -> str:
        r = self.r.random()
        if lang in MONTHS and r < .4:
            m = MONTHS[lang].split()[d.month - 1]
            if lang == "en":
                return f"{m} {d.day}, {d.year}" if r < .2 else f"{d.day} {m} {d.year}"
            return f"{d.day} {'de ' if lang in ('es', 'pt') else ''}{m} {'de ' if lang in ('es', 'pt') else ''}{d.year}"
        if lang in ("ja", "zh"):
            return f"{d.year}年{d.month}月{d.day}日"
        if lang == "ko":
            return f"{d.year}년 {d.month}월 {d.day}일"
        if lang == "en" and r < .7:
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if lang in ("de", "ru", "pl", "cs", "fi", "nb", "da", "tr", "uk", "ro", "hu", "sl", "hr", "et", "lt", "is", "bg"):
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if r < .85:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return d.isoformat()

    # --- identifiers -------------------------------------------------------------------------
    NATID = {"US": "us_ssn", "PL": "pl_pesel", "SE": "se_pnr", "NO": "no_fnr", "FI": "fi_hetu", "DK": "dk_cpr", "TR": "tr_tckn",
             "IL": "il_id", "ZA": "za_id", "RO": "ro_cnp", "CZ": "cz_rc", "KR": "kr_rrn", "CN": "cn_ric", "IN": "in_aadhaar",
             "EE": "ee_ik", "LT": "lt_ak", "BG": "bg_egn", "IS": "is_kt", "SI": "si_emso", "TH": "th_pin", "CL": "cl_rut",
             "ES": "es_nie", "BE": "be_nn", "CA": "ca_sin", "JP": "jp_mynumber"}
    TAXID = {"DE": "de_idnr", "NZ": "nz_ird", "AR": "ar_cuit", "RU": "ru_inn", "UA": "ua_rntrc", "IE": "ie_pps", "PT": "pt_nif",
             "AU": "au_tfn", "IN": "in_pan", "IT": "it_cf", "HR": "hr_oib", "US": "us_itin", "BR": "br_cpf", "AT": "de_idnr"}
    HEALTH = {"GB": "gb_nhs", "CA": "ca_bcphn", "AT": "at_svnr", "GR": "gr_amka", "CH": "ch_ahv", "FR": "fr_nir"}

    def ident(self, kind: str, p: Person) -> str:
        fn = getattr(self.ids, kind)
        if kind == "it_cf":
            v, mod = fn(p.born, p.sex, ascii_fold(p.first_rom), ascii_fold(p.last_rom))
        elif kind == "in_pan":
            v, mod = fn(p.born, p.sex, ascii_fold(p.last_rom))
        else:
            v, mod = fn(p.born, p.sex)
        self.issued.append((mod, v))
        return v

    def card(self, brand=None) -> tuple[str, str]:
        v, name = self.ids.card(brand)
        self.issued.append(("luhn", v))
        return v, name

    def iban(self, cc: str) -> str:
        v = self.ids.iban(cc)
        self.issued.append(("iban", v))
        return v

    def mrz(self, p: Person, number: str) -> str:
        l1, l2 = self.ids.mrz(p.cc, p.last_rom, p.first_rom, p.born, p.sex, number)
        self.issued.append(("mrz", l2))
        return f"{l1}\n{l2}"

    def mrn(self, lang: str = "en") -> str:
        d = self.ids.dig
        return self.pick({"de": [f"Fallnr. {d(10)}", f"Patienten-ID {self.pick('ABKRZ')}{d(7)}"], "es": [f"NHC {d(7)}", f"n.º de historia {d(6)}"],
                          "fr": [f"dossier n° {d(2)}-{d(6)}", f"IPP {d(9)}"], "ja": [f"カルテ番号 {d(7)}", f"診察券番号 {d(8)}"]}.get(
            lang, [f"MRN {d(8)}", f"MRN: {d(3)}-{d(4)}-{d(2)}", f"chart #{d(7)}"]))

    def driver_license(self, p: Person) -> str:
        cc = p.cc
        if cc == "GB":
            sur = (ascii_fold(p.last_rom).upper() + "99999")[:5]
            m = p.born.month + (50 if p.sex == "f" else 0)
            return f"{sur}{str(p.born.year)[2]}{m:02d}{p.born.day:02d}{str(p.born.year)[3]}{ascii_fold(p.first_rom)[0].upper()}9{self.ids.dig(1)}{self.pick(['AB', 'LK', 'QT', 'RW'])}"
        if cc == "US":
            return self.pick([f"{ascii_fold(p.last_rom)[0].upper()}{self.ids.dig(7)}",
                              f"{ascii_fold(p.last_rom)[0].upper()}{self.ids.dig(3)}-{self.ids.dig(3)}-{self.ids.dig(2)}-{self.ids.dig(3)}-0",
                              self.ids.dig(9)])
        if cc == "IN":
            return f"MH12 {p.born.year + 18}{self.ids.dig(7)}"
        if cc == "AU":
            return self.ids.dig(8)
        return self.pick([f"{self.pick('BCDFGHJ')}{self.ids.dig(2)}{self.pick('KLMN')}{self.ids.dig(5)}", self.ids.dig(9)])


# ======================================================================================
# Obfuscation the way people type it
# ======================================================================================

DIGIT_WORDS = {"en": "zero one two three four five six seven eight nine", "de": "null eins zwei drei vier fünf sechs sieben acht neun",
               "fr": "zéro un deux trois quatre cinq six sept huit neuf", "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
               "it": "zero uno due tre quattro cinque sei sette otto nove", "pt": "zero um dois três quatro cinco seis sete oito nove",
               "nl": "nul een twee drie vier vijf zes zeven acht negen", "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
               "sv": "noll ett två tre fyra fem sex sju åtta nio", "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz"}
AT_DOT = {"en": ("at", "dot"), "de": ("ät", "punkt"), "fr": ("arobase", "point"), "es": ("arroba", "punto"), "it": ("chiocciola", "punto"),
          "pt": ("arroba", "ponto"), "nl": ("apenstaartje", "punt"), "pl": ("małpa", "kropka"), "sv": ("snabel-a", "punkt"), "tr": ("et", "nokta")}


def spoken_phone(f: Forge, phone: str, lang: str) -> str:
    words = DIGIT_WORDS.get(lang, DIGIT_WORDS["en"]).split()
    out = []
    for ch in phone:
        if ch.isdigit():
            out.append(words[int(ch)] if f.r.random() < .7 else ch)
        elif ch == "+":
            out.append({"en": "plus", "de": "plus", "fr": "plus", "es": "más", "it": "più", "pt": "mais"}.get(lang, "plus"))
    return " ".join(out)


def obf_phone(f: Forge, phone: str, lang: str) -> str:
    mode = f.r.randint(0, 3)
    if mode == 0:
        return " ".join(ch for ch in phone if ch.isdigit() or ch == "+")
    if mode == 1:
        return phone.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if mode == 2:
        return spoken_phone(f, phone, lang)
    return phone.replace("0", "O").replace("1", "l") if "0" in phone else "-".join(phone.split())


def obf_email(f: Forge, email: str, lang: str) -> str:
    local, dom = email.split("@")
    at, dot = AT_DOT.get(lang, AT_DOT["en"])
    mode = f.r.randint(0, 4)
    if mode == 0:
        return f"{local} {at} {dom.replace('.', f' {dot} ')}"
    if mode == 1:
        return f"{local}(at){dom}"
    if mode == 2:
        return f"{local} [at] {dom.split('.')[0]} [dot] {'.'.join(dom.split('.')[1:])}"
    if mode == 3:
        return f"{local}＠{dom}"
    return f"{local} @ {dom}  (no spaces)"


# ======================================================================================
# Slot filling: templates name people A..E (K = a child) and the values they need
# ======================================================================================

SLOT_LABEL = {"email": "email", "wmail": "email", "oemail": "email", "phone": "phone",
              "ext": "phone", "ophone": "phone", "sphone": "phone", "card": "credit_card", "iban": "iban", "ssn": "ssn",
              "natid": "NATIONAL_ID", "taxid": "TAX_ID", "health": "HEALTH_INSURANCE", "passno": "PASSPORT", "mrz": "PASSPORT",
              "mrn": "MEDICAL_RECORD", "dl": "DRIVER_LICENSE", "dob": "DATE_OF_BIRTH", "addr": "STREET_ADDRESS", "ip": "IP_ADDRESS"}
NATIVE_LANGS = {"ru", "uk", "bg", "el", "he", "ar", "fa", "zh", "ja", "ko", "th", "vi"}
SLOT_RE = re.compile(r"\{([A-Z][fl]?\d?|[a-z_]+\d?)\}")


def fill(f: Forge, lang: str, ccs, text: str, sex: dict | None = None) -> tuple[str, list[str], dict]:
    """Fill a template; returns text, the sorted entity labels and the drawn values (for field placements)."""
    cc = f.pick(ccs) if isinstance(ccs, (list, tuple)) else (ccs or f.pick([c for c, v in POOLS.items() if v[0] == lang] or ["GB"]))
    sex = sex or {}
    people: dict[str, Person] = {}
    vals: dict[str, str] = {}
    labels: set[str] = set()

    def who(letter: str) -> Person:
        if letter not in people:
            taken = {q.full for q in people.values()}
            while True:
                p = f.person(cc, sex.get(letter), young=(letter[0] == "K"))
                if p.full not in taken and p.first not in {q.first for q in people.values()}:
                    break
            people[letter] = p
        return people[letter]

    def name(p: Person, part: str) -> str:
        native = lang in NATIVE_LANGS or lang.split("+")[0] in NATIVE_LANGS
        first, last = (p.first, p.last) if native else (p.first_rom, p.last_rom)
        if part == "f":
            return first
        if part == "l":
            return last
        if p.cc in FAMILY_FIRST:
            return f"{last}{'' if (p.cc in NO_SPACE and native) else ' '}{first}"
        return f"{first} {last}"

    def value(slot: str) -> str:
        if slot in vals:
            return vals[slot]
        if slot[0].isupper():
            letter, part, num = re.fullmatch(r"([A-Z])([fl]?)(\d?)", slot).groups()
            p = who(letter + num)
            v = name(p, part or "full")
            labels.add("person")
        else:
            base = slot.rstrip("0123456789")
            a = b = who("ABCDE"[int(slot[len(base):] or 1) - 1])
            lab = SLOT_LABEL.get(base)
            if base in ("email", "oemail"):
                v = f.email(b)
                if base == "oemail":
                    v = obf_email(f, v, lang.split("+")[0])
            elif base == "wmail":
                v = f.email(a, work=True)
            elif base in ("phone", "ophone", "sphone"):
                v = f.phone(b.cc)
                v = {"ophone": obf_phone, "sphone": spoken_phone}.get(base, lambda _f, x, _l: x)(f, v, lang.split("+")[0])
            elif base == "ext":
                v = f.phone_ext(a.cc, lang.split("+")[0])
            elif base == "card":
                v = f.card()[0]
            elif base == "iban":
                v = f.iban(a.cc if a.cc in IdMaker.IBAN_BBAN else f.pick(["DE", "NL", "FR", "IT", "AT", "PL"]))
            elif base == "ssn":
                v = f.ident("us_ssn", a)
            elif base in ("natid", "taxid", "health"):
                table = {"natid": Forge.NATID, "taxid": Forge.TAXID, "health": Forge.HEALTH}[base]
                if a.cc not in table:
                    raise KeyError(f"no {base} scheme for {a.cc}: {text[:60]!r}")
                v = f.ident(table[a.cc], a)
                if base == "natid" and a.cc == "US":
                    lab = "ssn"
            elif base == "passno":
                v = f.ids.passport(a.cc)
                vals["_passno"] = v
            elif base == "mrz":
                v = f.mrz(a, vals.get("passno") or f.ids.passport(a.cc))
                labels.add("person")
            elif base == "mrn":
                v = f.mrn(lang.split("+")[0])
            elif base == "dl":
                v = f.driver_license(a)
            elif base == "dob":
                v = f.date(b.born, lang.split("+")[0])
            elif base == "addr":
                if b.cc not in STREETS:
                    raise KeyError(f"no streets for {b.cc}")
                v = f.address(b.cc)
            elif base == "ip":
                v = f.ip()
            elif base == "age":
                v = str(2026 - a.born.year)
                lab = None
            else:
                raise KeyError(slot)
            if lab:
                labels.add(lab)
        vals[slot] = v
        return v

    out = SLOT_RE.sub(lambda m: value(m.group(1)), text)
    vals["_people"] = people
    return out, sorted(labels), vals


# ======================================================================================
# Request bodies: where an application puts the writer's text
# ======================================================================================

MODELS = ["gpt-4o-mini", "gpt-4.1", "o3-mini", "claude-3-5-haiku-latest", "gemini-2.0-flash", "hybridgate/auto", "auto",
          "meadow-router", "llama-3.3-70b-instruct", "mistral-small-latest"]
SYSTEMS = {
    "en": ["You help people tidy up what they are about to send.", "Answer briefly and kindly.", "You are the assistant inside a notes app."],
    "de": ["Du hilfst beim Formulieren von Nachrichten.", "Antworte knapp und freundlich."],
    "fr": ["Tu aides à rédiger des messages clairs.", "Réponds brièvement."],
    "es": ["Ayudas a redactar mensajes claros.", "Responde de forma breve."],
    "ja": ["あなたは丁寧なアシスタントです。"], "zh": ["你是一个简洁的助手。"], "ko": ["당신은 친절한 비서입니다."],
    "ru": ["Ты помогаешь оформлять сообщения."], "pt": ["Você ajuda a escrever mensagens."], "it": ["Aiuti a scrivere messaggi chiari."],
}
ASKS = {
    "en": ["Can you clean this up?", "what do you think?", "Summarise this for me.", "Make this sound more polite.",
           "Turn this into a short to-do list.", "Is anything missing?"],
    "de": ["Kannst du das glätten?", "Fass das kurz zusammen.", "Klingt das okay?"],
    "fr": ["Tu peux reformuler ?", "Résume-moi ça.", "C'est clair ?"],
    "es": ["¿Me lo corriges?", "Resúmelo, porfa.", "¿Se entiende?"],
    "pt": ["Pode revisar?", "Resume pra mim."], "it": ["Me lo sistemi?", "Riassumi per favore."],
    "ja": ["整えてください。", "要約して。"], "zh": ["帮我润色一下。", "总结一下。"], "ko": ["다듬어 줘.", "요약해 줘."],
    "ru": ["Поправь, пожалуйста.", "Кратко перескажи."],
}


def _ask(f: Forge, lang: str) -> str:
    return f.pick(ASKS.get(lang.split("+")[0], ASKS["en"]))


def _sys(f: Forge, lang: str) -> str:
    return f.pick(SYSTEMS.get(lang.split("+")[0], SYSTEMS["en"]))


def _body(f: Forge, messages: list, **extra) -> dict:
    body = {"model": f.pick(MODELS), "messages": messages}
    r = f.r.random()
    if r < .3:
        body["temperature"] = f.pick([0, 0.2, 0.3, 0.7, 1])
    elif r < .4:
        body["max_tokens"] = f.pick([256, 400, 800, 1024])
    if f.r.random() < .1:
        body["stream"] = True
    body.update(extra)
    return body


def _cid(f: Forge) -> str:
    return "call_" + "".join(f.pick("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(20))


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


PLACEMENTS = ["user", "user", "user", "user", "parts", "system", "earlier", "tool_result", "file", "completion", "tool_args"]


def place(f: Forge, how: str, lang: str, text: str) -> tuple[dict, str]:
    """Wrap the writer's text into a request body; returns (body, endpoint)."""
    if how == "user":
        msgs = [{"role": "user", "content": text}]
        if f.r.random() < .4:
            msgs.insert(0, {"role": "system", "content": _sys(f, lang)})
        return _body(f, msgs), "chat"
    if how == "parts":
        cut = text.rfind("\n", 0, max(1, len(text) // 2))
        parts = [{"type": "text", "text": text}] if cut <= 0 else [{"type": "text", "text": text[:cut]}, {"type": "text", "text": text[cut + 1:]}]
        return _body(f, [{"role": "user", "content": parts + [{"type": "text", "text": _ask(f, lang)}]}]), "chat"
    if how == "system":
        return _body(f, [{"role": "system", "content": f"{_sys(f, lang)}\n\n---\n{text}\n---"},
                         {"role": "user", "content": _ask(f, lang)}]), "chat"
    if how == "earlier":
        return _body(f, [{"role": "user", "content": text}, {"role": "assistant", "content": f.pick(["Got it.", "OK.", "👍", "Noted — anything else?", "Done."])},
                         {"role": "user", "content": _ask(f, lang)}]), "chat"
    if how == "tool_result":
        cid = _cid(f)
        tool = f.pick(["fetch_note", "read_message", "get_ticket", "open_document", "inbox_latest"])
        return _body(f, [{"role": "user", "content": _ask(f, lang)},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
                                                                                "function": {"name": tool, "arguments": json.dumps({"ref": f.r.randint(100, 9999)})}}]},
                         {"role": "tool", "tool_call_id": cid, "content": text}],
                     tools=[{"type": "function", "function": {"name": tool, "description": "Load the item the user is looking at.",
                                                              "parameters": {"type": "object", "properties": {"ref": {"type": "integer"}}, "required": ["ref"]}}}]), "chat"
    if how == "file":
        name = f.pick(["note.txt", "draft.txt", "export.txt", "message.md", "paste.txt"])
        return _body(f, [{"role": "user", "content": [{"type": "text", "text": _ask(f, lang)},
                                                      {"type": "file", "file": {"filename": name, "file_data": f"data:text/plain;base64,{_b64(text)}"}}]}]), "chat"
    if how == "completion":
        body = {"model": f.pick(["gpt-3.5-turbo-instruct", "davinci-002", "hybridgate/auto"]), "prompt": f"{text}\n\n---\nTidied version:\n",
                "max_tokens": f.pick([200, 300, 500])}
        return body, "completions"
    if how == "tool_args":
        cid = _cid(f)
        return _body(f, [{"role": "user", "content": _ask(f, lang)},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
                                                                                "function": {"name": "save_draft", "arguments": json.dumps({"text": text}, ensure_ascii=False)}}]},
                         {"role": "tool", "tool_call_id": cid, "content": json.dumps({"saved": True})},
                         {"role": "user", "content": f.pick(["thanks", "ok now shorter", "and in a friendlier tone?"])}],
                     tools=[{"type": "function", "function": {"name": "save_draft", "description": "Store a draft.",
                                                              "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}}}]), "chat"
    raise ValueError(how)


# ======================================================================================
# Sensitive templates, by how the person writes.  T(lang, countries, style, text, sex)
# ======================================================================================


def T(lang, ccs, style, text, sex=None):
    return (lang, ccs, style, text, sex)


TEXTING = [
    T("en", "US", "group chat", "ok so {Af} {Bf} and {Cf} confirmed for sat. {Bf} is bringing the cooler, {Cf} cant do gluten"),
    T("en", "GB", "text to partner", "{Af}'s new mobile is {phone}, the old one's dead. can u save it, I'm driving"),
    T("en", "US", "text to roommate", "rent's due. venmo me or just put it on my card {card} exp 11/28 cvv is on the fridge lol"),
    T("en", "AU", "text to mate", "mate {Af} moved, new place is {addr}. bbq there sunday arvo"),
    T("en", "US", "text to sister", "mom wants ur ssn for the tax thing?? she has hers as {ssn} on the sticky note, that can't be safe"),
    T("de", "DE", "WhatsApp an Kollegin", "hey, {Af} hat jetzt die {phone}. alte nr geht nicht mehr. lg"),
    T("de", "AT", "SMS", "bin ab 18h da. paket bitte an {addr} schicken, nicht ins büro. {Af}"),
    T("fr", "FR", "SMS entre amies", "coucou c {Af}!! mon nouveau num c'est {phone}, tu peux effacer l'autre stp"),
    T("fr", "BE", "texto", "{Af} m'a filé son mail perso {email} pour les photos du baptême"),
    T("es", "ES", "mensaje a un amigo", "oye me pasó {Af} su cuenta pal alquiler {iban}, a nombre de {A}. le haces tú la transfer?"),
    T("es", "MX", "mensaje", "wey el numero de {Af} es {phone}, marcale antes de las 8 q luego no contesta"),
    T("it", "IT", "chat di gruppo", "raga la mail di {Af} è {email}, mandate lì le foto del matrimonio"),
    T("pt", "BR", "zap", "amg o cpf da {Af} é {taxid} pra vc colocar no cadastro da farmácia, blz?"),
    T("nl", "NL", "appje", "hoi! {Af} z'n nieuwe nummer {phone}. ff opslaan x"),
    T("pl", "PL", "SMS do brata", "siema, {Af} prosiła żeby jej pesel {natid} wpisać do zgłoszenia w przychodni, ogarniesz?"),
    T("tr", "TR", "mesaj", "kanka {Af}'in tc'si {natid}, kargoyu onun adına gönder"),
    T("ru", "RU", "сообщение другу", "скинь {Af} номер карты {card}, пусть переведёт за билеты"),
    T("ja", "JP", "LINE", "{Af}さんの携帯 {phone} です。あとで連絡してあげて"),
    T("ko", "KR", "카톡", "{Af} 번호 {phone} 저장해둬 ㅋㅋ 내일 픽업 부탁함"),
    T("zh", "CN", "微信", "{A}的身份证号 {natid}，帮我订一下周五的高铁票"),
    T("sv", "SE", "sms", "{Af} bor på {addr} nu, kan du köra förbi med nycklarna ikväll?"),
    T("id", "ID", "chat", "bro nomor wa {Af} {phone} ya, dia yg jual motor kemarin"),
    T("tl", "PH", "text", "pre eto number ni {Af} {phone} sya yung may-ari ng inuupahan namin"),
    T("sw", "KE", "ujumbe", "{Af} amebadilisha namba, sasa ni {phone}. Mpigie kesho asubuhi"),
    T("vi", "VN", "tin nhắn", "số của {Af} nè {phone}, gọi trước 8h nha"),
    T("he", "IL", "הודעה", "{Af} שלחה את המספר שלה {phone}, תתקשר אליה אחרי העבודה"),
    T("ar", "EG", "رسالة", "رقم {Af} الجديد {phone} احفظه عندك"),
    T("en", "NG", "text to cousin", "abeg send the money to {A}, GTB. her number {phone} if the transfer fail"),
    T("en", "GB", "text to dad", "dad can u send a pic of my passport page? number's {passno} i think but i need the expiry for the form"),
    T("et", "EE", "sõnum", "{Af}, saada mulle oma isikukood {natid}, panen su kursusele kirja. homme on viimane päev"),
]

DICTATION = [
    T("en", "US", "voice memo", "okay note to self call {A} tomorrow at {sphone} about the deposit and tell {Bf} the walkthrough moved to thursday"),
    T("en", "GB", "dictated text", "hey {Af} its me the gate code is four four one nine and the flat is {addr} see you at seven"),
    T("en", "US", "dictated reminder", "remind me to send {Af} my social which is {ssn} so she can finish the mortgage form no wait send it through the portal"),
    T("en", "IE", "voicemail transcript", "hi this is {A} calling back about the van hire my number is {sphone} and its a visa ending the card is {card} thanks bye"),
    T("de", "DE", "Sprachnachricht", "erinnerung morgen {A} anrufen nummer {sphone} wegen der nebenkostenabrechnung und {Bf} fragt ob wir die steuer id brauchen die ist {taxid}"),
    T("de", "CH", "Diktat", "notiz für {Af} die ahv nummer vom neuen mitarbeiter ist {health} bitte bis freitag an die personalabteilung"),
    T("fr", "FR", "message vocal", "message pour {Af} virgule le numéro de sécu de {Bf} c'est {health} point tu peux le mettre sur le dossier de la mutuelle"),
    T("es", "ES", "nota de voz", "oye {Af} soy {Bf} mi correo es {oemail} y el teléfono {sphone} llámame cuando puedas"),
    T("es", "CL", "audio transcrito", "ya po {Af} mi rut es {natid} para que me inscribas en el taller del sábado"),
    T("it", "IT", "messaggio vocale", "ciao {Af} il codice fiscale di {B} è {taxid} mettilo tu nel modulo dell'asilo"),
    T("pt", "PT", "nota de voz", "lembrar de mandar ao {Af} o nif {taxid} e a morada {addr} para a fatura"),
    T("nl", "NL", "spraakbericht", "hee {Af} met {Bf} mijn adres is {addr} stuur de kaartjes daarheen oké doei"),
    T("pl", "PL", "notatka głosowa", "zadzwonić do {A} numer {sphone} w sprawie remontu łazienki i zapytać o fakturę"),
    T("sv", "SE", "röstmeddelande", "hej {Af} det är {Bf} mitt personnummer är {natid} om du behöver det till försäkringen ring mig"),
    T("ja", "JP", "音声入力", "{A}さんに電話 番号は {phone} 明日の打ち合わせの件 それから住所は {addr}"),
    T("ko", "KR", "음성 메모", "{A} 씨한테 연락하기 번호 {phone} 주민번호 {natid} 서류에 넣어야 함"),
    T("zh", "CN", "语音转文字", "提醒我 明天给 {A} 打电话 号码 {phone} 还有把地址 {addr} 发给快递"),
    T("ru", "RU", "голосовое сообщение", "короче {Af} запиши мой инн {taxid} и паспорт потом скину вечером позвони {Bf} по номеру {phone}"),
    T("tr", "TR", "sesli not", "yarın {A} ara numarası {sphone} kira konusu için ve tc kimlik {natid} sözleşmeye yazılacak"),
    T("hi+en", "IN", "voice note (Hinglish)", "bhai {Af} ka aadhaar number {natid} hai usko bank wale form me daal dena aur phone {phone}"),
    T("en", "CA", "car dictation", "text {Af} I'll be late the health card number for {Bf} is {health} if the clinic asks"),
    T("fi", "FI", "puhemuistio", "muista soittaa {A} numeroon {phone} ja kerro että henkilötunnus on {natid}"),
    T("en", "US", "dictated note", "okay the rental form wants my license number {dl} and date of birth {dob} and an emergency contact put {B} ill finish it later"),
    T("is", "IS", "talað minnisblað", "minnismiði hringja í {A} kennitala {natid} út af leigusamningnum og senda {Bf} reikninginn"),
]

NON_NATIVE = [
    T("en", "PL", "non-native English (Polish writer)", "Hello, I am writing for my cousin {A}, she is not speaking english. Her passport number is {passno} and she arrive on 12 of June. Please can you make booking on her name?", {"A": "f"}),
    T("en", "AT", "non-native English (Austrian writer)", "Dear sir, my husband {A} his insurance number {health} was refused in the pharmacy yesterday, what we must do now?", {"A": "m"}),
    T("en", "VN", "non-native English (Vietnamese writer)", "Hi, my name {A}, I am student from Vietnam. I lost my wallet with card {card}. How I block it? My phone is {phone}"),
    T("en", "IT", "non-native English (Italian writer)", "Good morning, I send you the datas of my mother for the visa: {A}, born the {dob}, fiscal code {taxid}. Is enough?", {"A": "f"}),
    T("en", "ES", "non-native English (Spanish writer)", "Hello! I am {A}, I was in your hotel the last week and I forget my charger. Can you send it to {addr}? Thank you very much"),
    T("en", "DE", "non-native English (German writer)", "Hi {B}, as spoken on the phone I become my salary on the wrong account. The right one is {iban}, owner {A}. Please correct until Friday."),
    T("en", "TR", "non-native English (Turkish writer)", "Dear team, I want to apply for the job. My name is {A}, my turkish id is {natid}, I am living in {addr}. I am waiting your answer."),
    T("en", "RU", "non-native English (Russian writer)", "Hello. I need the invoice on name {A}, INN {taxid}. Please send on the email {email}. Thank you in advance."),
    T("en", "CN", "non-native English (Chinese writer)", "Dear Professor, I am {A}, my student number is wrong in system. My ID card is {natid}, please help to check, very thanks!"),
    T("en", "JP", "non-native English (Japanese writer)", "Hello, I am {A}. I would like to change reservation. My phone number is {phone}. Sorry for my poor English."),
    T("en", "BR", "non-native English (Brazilian writer)", "Hi guys, my friend {A} want to rent the apartment, his CPF is {taxid} and phone {phone}, he is very responsable person", {"A": "m"}),
    T("en", "KR", "non-native English (Korean writer)", "Hello, this is {A}. I was patient in your clinic at March. Please send my record to {email}. My resident number is {natid}."),
    T("en", "UA", "non-native English (Ukrainian writer)", "Good day! Me and my daughter {Bf} we are refugees from Kharkiv. My tax number {taxid}, my name {A}. Where we can get the help?", {"A": "f"}),
    T("en", "FR", "non-native English (French writer)", "Hello, I am {A} and I have a problem with my reservation, my social security number is {health} if you need for the insurance, my mobile {phone}"),
    T("en", "IN", "non-native English (Indian writer)", "Respected sir, kindly do the needful and update my PAN {taxid} in the account of {A}. Revert back at the earliest on {phone}."),
    T("en", "TH", "non-native English (Thai writer)", "Hi, I am {A}, I want to make visa extension. My Thai ID {natid}, I stay in Bangkok. How many day it take?"),
    T("en", "NL", "non-native English (Dutch writer)", "Hi there, I want to make an appointment for {A}, she is my mother, her adres is {addr} and you can reach her on {phone}", {"A": "f"}),
    T("en", "EG", "non-native English (Egyptian writer)", "Dear Sir, kindly I need to transfer the fees for my son {B}. His passport {passno}. My email {email}, {A}"),
    T("en", "CZ", "non-native English (Czech writer)", "Hello, I write you because of the contract for {A}. His birth number is {natid}. When it is possible to sign?", {"A": "m"}),
    T("en", "IL", "non-native English (Israeli writer)", "hey, need to fix the order, it's on name {A}, ID {natid}, phone {phone}. it's urgent, we fly tomorrow"),
    T("en", "BG", "non-native English (Bulgarian writer)", "Hello, my colleague {A} is sick and I write for him. His EGN is {natid}. He cannot come to the exam on Monday.", {"A": "m"}),
    T("en", "SI", "non-native English (Slovene writer)", "Hi, for the registration of {A} I send EMSO {natid} and address in Ljubljana after. Is it ok like this?"),
    T("en", "ES", "non-native English (Spanish writer)", "Hello, I rent a car in your office of Malaga on Friday. My driving licence is {dl}, passport {passno}, name {A}. Is possible to add second driver?"),
]

CODE_SWITCH = [
    T("es+en", "MX", "Spanglish", "Oye can you help me fill this out? Mi nombre es {A}, DOB {dob}, y el seguro social es {ssn}. The form keeps saying invalid, no sé por qué"),
    T("hi+en", "IN", "Hinglish", "yaar {Af} ka PAN {taxid} hai, usko Aadhaar se link karna hai, online kaise karu? OTP uske number {phone} pe aayega"),
    T("tl+en", "PH", "Taglish", "Pa-help naman po, yung account ni {A} na-lock, registered number niya {phone}. Ano dapat gawin, need ko siya today"),
    T("fr+en", "CA", "Québec franglais", "Peux-tu checker si {A} a payé? Son email c'est {email}, le invoice est due demain pis je veux pas le chaser encore"),
    T("de+en", "DE", "Denglisch", "Kannst du das Meeting mit {A} reschedulen? Er ist diese Woche nur mobil reachable unter {phone}, Office ist zu", {"A": "m"}),
    T("ar-Latn+en", "EG", "Arabizi", "ya {Af} ib3atli el IBAN beta3ak {iban} 3ashan a7awel el flous bokra, w el esm bel kamel {A} sa7?"),
    T("zh+en", "CN", "Chinese-English mix", "帮我 check 一下 {A} 的 booking，他的 passport 是 {passno}，flight 是明天早上"),
    T("ja+en", "JP", "Japanese-English mix", "{A}さんのメアド {email} に invoice 送っといて、ASAPで！"),
    T("ko+en", "KR", "Konglish", "{A}님 contact info {phone}, 내일 meeting 전에 call 부탁드려요"),
    T("pt+en", "BR", "Portuguese-English mix", "Galera, o {Af} mandou o endereço pro delivery: {addr}. Alguém faz o checkout? Eu tô sem wifi"),
    T("sw+en", "KE", "Sheng / Swahili-English", "Boss, {A} ame-send pesa lakini M-Pesa iko na shida, namba yake ni {phone}. Please confirm kama imeingia"),
    T("ru+en", "RU", "Russian-English mix", "Слушай, {Af} скинул свой {email}, добавь его в Slack и дай доступ к repo, он с понедельника в команде"),
    T("tr+de", "TR", "Turkish-German mix", "Abi {A} hat angerufen, numarası {phone}, Termin var yarın Ausländerbehörde'de, sen gidebilir misin?"),
    T("pl+en", "PL", "Polish-English mix", "Hej, {A} potrzebuje access do Jiry, jej mail to {email}, możesz ją dodać do boarda? Thx", {"A": "f"}),
    T("it+en", "IT", "Italian-English mix", "Ciao, il meeting con {A} è confermato, call su Teams, se non funziona il suo cell è {phone}. Keep me posted"),
    T("nl+en", "NL", "Dutch-English mix", "Kun je de onboarding doen voor {A}? Start maandag, personal email is {email}, laptop moet nog geshipt worden naar {addr}"),
    T("es+ca", "ES", "Castellano-català", "Escolta, la {Af} m'ha passat el seu NIE {natid} per fer el contrato de alquiler, ¿lo subes tú a la plataforma?", {"A": "f"}),
    T("ms+en", "MY", "Manglish", "Eh {Af}, the parcel sampai already? Courier call you at {phone} tadi, dia cakap takde orang"),
    T("de+en", "CH", "Swiss German-English", "Hoi zäme, {A} isch neu im Team, sini Nummere isch {phone}, pls add to the WhatsApp group"),
    T("fr+ar", "FR", "français-darija", "Wesh {Af}, j'ai ton RIB {iban} mais le nom c'est {A} ou ton frère? Saha, je vire ce soir"),
    T("en+yo", "NG", "Nigerian English-Yoruba", "Abeg {Af}, e ku ise o. Send me {Bf}'s phone {phone}, I want to call am about the aso-ebi money"),
    T("sv+en", "SE", "Swedish-English", "Kan du pinga {A}? Hens personnummer {natid} behövs för onboarding, HR:s deadline är EOD"),
    T("es+en", "MX", "Spanglish", "Mi passport {passno} se vence next month y tengo viaje en julio, ¿cómo lo renuevo en el consulado? Soy {A}"),
]

FORMAL = [
    T("en", "GB", "formal letter", "Dear Mr {Al},\n\nRe: Tenancy at {addr}\n\nFurther to our telephone conversation of Tuesday, I confirm that the deposit will be returned in full once the inventory has been signed. Please could you confirm the account to which it should be paid.\n\nYours sincerely,\n\n{B}", {"A": "m"}),
    T("en", "US", "formal complaint", "To whom it may concern:\n\nI, {A}, residing at {addr}, dispute the charge of $1,240.00 posted to my card ending {card} on 3 March. I never received the goods. I request a full refund within 30 days.\n\nSincerely,\n{A}\n{phone}"),
    T("en", "IE", "formal letter to Revenue", "Dear Sir or Madam,\n\nPPS number: {taxid}\nName: {A}\n\nI write to request a review of my 2025 assessment. I enclose my P60 and the receipts for medical expenses.\n\nYours faithfully,\n{A}"),
    T("de", "DE", "förmlicher Brief", "Sehr geehrte Frau {Al},\n\nwir bestätigen den Eingang Ihrer Unterlagen. Ihre Steuer-Identifikationsnummer ({taxid}) wurde in Ihrer Personalakte hinterlegt.\n\nMit freundlichen Grüßen\n{B}\nPersonalabteilung", {"A": "f"}),
    T("de", "AT", "Einspruch", "An die Österreichische Gesundheitskasse\n\nBetreff: Einspruch gegen Bescheid vom 14.10.\nVersicherungsnummer: {health}\n\nSehr geehrte Damen und Herren,\n\nhiermit erhebe ich, {A}, wohnhaft {addr}, fristgerecht Einspruch.\n\nHochachtungsvoll\n{A}"),
    T("fr", "FR", "lettre recommandée", "Madame, Monsieur,\n\nJe soussignée {A}, née le {dob}, demeurant {addr}, vous prie de bien vouloir résilier mon contrat n° 58-22417 à compter du 1er janvier.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{A}", {"A": "f"}),
    T("es", "ES", "carta formal", "Estimado Sr. {Al}:\n\nPor la presente le comunico que, con fecha de hoy, procedemos a la devolución de la fianza a la cuenta {iban}.\n\nAtentamente,\n{B}", {"A": "m"}),
    T("es", "AR", "nota formal", "Señores AFIP:\n\nQuien suscribe, {A}, CUIT {taxid}, con domicilio en {addr}, solicita la baja del monotributo a partir del mes próximo.\n\nSin otro particular, saludo a ustedes atentamente."),
    T("it", "IT", "lettera formale", "Gentile Dott.ssa {Al},\n\nLe scrivo in merito alla pratica intestata a {B}, codice fiscale {taxid}. Resto in attesa di un Suo cortese riscontro.\n\nDistinti saluti,\n{C}", {"A": "f"}),
    T("pt", "PT", "carta formal", "Exmos. Senhores,\n\nEu, {A}, contribuinte n.º {taxid}, residente em {addr}, venho por este meio solicitar a segunda via da fatura de outubro.\n\nCom os melhores cumprimentos,\n{A}"),
    T("nl", "BE", "formele brief", "Geachte heer {Al},\n\nIn bijlage vindt u het attest voor uw zoon {Bf}. Gelieve het rijksregisternummer {natid} te vermelden bij elke briefwisseling.\n\nMet vriendelijke groeten,\n{C}", {"A": "m"}),
    T("pl", "PL", "pismo urzędowe", "Szanowna Pani {A},\n\nw odpowiedzi na wniosek z dnia 2 września informujemy, że dane (PESEL {natid}) zostały zaktualizowane w rejestrze.\n\nZ poważaniem\n{B}", {"A": "f"}),
    T("cs", "CZ", "formální dopis", "Vážený pane {Al},\n\nk Vaší žádosti přikládáme potvrzení. Rodné číslo {natid} uvádějte prosím při každé korespondenci.\n\nS pozdravem\n{B}", {"A": "m"}),
    T("sv", "SE", "formellt brev", "Hej {A},\n\nVi har mottagit din ansökan om bostadsbidrag. Personnummer: {natid}. Beslut skickas till {addr} inom fyra veckor.\n\nMed vänliga hälsningar\n{B}, handläggare"),
    T("ja", "JP", "ビジネスレター", "拝啓 時下ますますご清栄のこととお喜び申し上げます。\n{A}様のマイナンバー（{natid}）を受領いたしましたので、ご報告申し上げます。\n敬具\n{B}"),
    T("ko", "KR", "공문", "{A} 귀하\n\n귀하의 주민등록번호 {natid} 및 주소 {addr} 정보가 변경 처리되었음을 알려드립니다.\n\n{B} 드림"),
    T("ru", "RU", "официальное письмо", "Уважаемый {A}!\n\nСообщаем, что ваше заявление принято. ИНН {taxid}. Ответ будет направлен по адресу: {addr}.\n\nС уважением,\n{B}", {"A": "m"}),
    T("hu", "HU", "hivatalos levél", "Tisztelt {A}!\n\nÉrtesítjük, hogy a(z) {addr} alatti ingatlanra vonatkozó kérelmét befogadtuk. Kérdés esetén hívja a {phone} számot.\n\nÜdvözlettel:\n{B}"),
    T("ro", "RO", "scrisoare oficială", "Stimată doamnă {Al},\n\nVă confirmăm primirea cererii. CNP: {natid}. Vă rugăm să vă prezentați la sediu cu actul de identitate.\n\nCu stimă,\n{B}", {"A": "f"}),
    T("fi", "FI", "virallinen kirje", "Hyvä {A},\n\nHakemuksenne on vastaanotettu. Henkilötunnus: {natid}. Päätös lähetetään osoitteeseen {addr}.\n\nYstävällisin terveisin\n{B}"),
    T("el", "GR", "επίσημη επιστολή", "Αξιότιμε κύριε {Al},\n\nσας ενημερώνουμε ότι ο ΑΜΚΑ {health} καταχωρίστηκε. Για απορίες καλέστε στο {phone}.\n\nΜε εκτίμηση,\n{B}", {"A": "m"}),
    T("en", "US", "identity theft report", "To the Federal Trade Commission:\n\nI, {A}, report that my Social Security number ({ssn}) was used to open a credit card account I did not authorize. My address is {addr}.\n\nRespectfully,\n{A}"),
    T("lt", "LT", "oficialus laiškas", "Gerb. {A},\n\nInformuojame, kad Jūsų prašymas gautas. Asmens kodas: {natid}. Sprendimą išsiųsime adresu, nurodytu prašyme.\n\nPagarbiai\n{B}"),
]

TICKETS = [
    T("en", "US", "support ticket", "Ticket #48211 | Priority: High\nCustomer: {A} <{email}>\nPhone: {phone}\nIssue: Charged twice for annual plan. Card on file {card}. Customer is upset, asked for callback before 5pm ET."),
    T("en", "GB", "support ticket", "[Support] Subject: Can't log in\nFrom: {A}\nAccount email: {email}\nLast login IP: {ip}\n\nHi, it says my password is wrong but I haven't changed it. Please help.\n{Af}"),
    T("en", "AU", "helpdesk ticket", "INC-20931 opened by {A} ({wmail}), ext. via switchboard {ext}. Laptop won't boot after update. Asset tag AU-LT-0442."),
    T("en", "IN", "complaint ticket", "Complaint ID 77-2219\nName: {A}\nMobile: {phone}\nAadhaar (for KYC): {natid}\nDescription: Refund not received for cancelled booking, 14 days passed."),
    T("en", "ZA", "support chat", "Agent: Can I have your ID number to verify?\nCustomer ({A}): {natid}\nAgent: Thanks {Af}, and the address on the account?\nCustomer: {addr}"),
    T("de", "DE", "Support-Ticket", "Ticket 2024-11-0387\nKunde: {A}\nE-Mail: {email}\nTelefon: {ext}\nAnliegen: Lastschrift von {iban} zurückgebucht, bitte Mahngebühr stornieren."),
    T("fr", "FR", "ticket SAV", "Ticket #FR-5512 — Client : {A}\nAdresse de livraison : {addr}\nTél : {phone}\nProblème : colis marqué livré mais jamais reçu."),
    T("es", "MX", "ticket de soporte", "Folio 33019\nCliente: {A}\nCorreo: {email}\nTeléfono: {phone}\nDescripción: No me llegó el código de verificación, ya lo intenté 5 veces."),
    T("it", "IT", "ticket assistenza", "Richiesta n. 9921\nUtente: {A}\nCodice fiscale: {taxid}\nProblema: impossibile accedere allo SPID dopo il cambio telefono."),
    T("pt", "BR", "chamado de suporte", "Chamado #12877\nCliente: {A}\nCPF: {taxid}\nE-mail: {email}\nRelato: cobrança indevida no cartão {card} referente a março."),
    T("nl", "NL", "supportticket", "Ticket 45-880\nKlant: {A}\nE-mail: {email}\nIBAN voor terugbetaling: {iban}\nOmschrijving: verkeerde maat geleverd, retour aangemeld."),
    T("pl", "PL", "zgłoszenie", "Zgłoszenie nr 6612\nKlient: {A}\nTel.: {phone}\nAdres: {addr}\nOpis: kurier nie dostarczył paczki, status 'doręczono'."),
    T("ja", "JP", "問い合わせチケット", "問い合わせ番号: 20-4471\nお名前: {A}\nメール: {email}\n電話: {phone}\n内容: 注文した商品が届きません。"),
    T("ko", "KR", "고객 문의", "문의번호 3391\n이름: {A}\n연락처: {phone}\n주소: {addr}\n내용: 배송 지연 문의드립니다."),
    T("zh", "CN", "客服工单", "工单号 88210\n客户：{A}\n手机：{phone}\n身份证：{natid}\n问题：实名认证失败，请人工审核。"),
    T("tr", "TR", "destek talebi", "Talep No: 5521\nAd Soyad: {A}\nTC Kimlik: {natid}\nTelefon: {phone}\nAçıklama: faturam iki kez kesildi."),
    T("ru", "RU", "обращение в поддержку", "Обращение №7712\nКлиент: {A}\nТелефон: {phone}\nE-mail: {email}\nСуть: не приходит SMS с кодом подтверждения."),
    T("sv", "SE", "supportärende", "Ärende 3310\nKund: {A}\nPersonnummer: {natid}\nE-post: {email}\nBeskrivning: BankID fungerar inte efter telefonbyte."),
    T("en", "CA", "support ticket", "Case 00419982 — {A} called from {ext} re: pharmacy claim denied. Health card {health}. Please escalate to tier 2."),
    T("da", "DK", "supportsag", "Sag 2281\nKunde: {A}\nCPR: {natid}\nTelefon: {phone}\nProblem: MitID virker ikke efter opdatering."),
    T("es", "CL", "ticket de soporte", "Caso 5530 — Cliente {A}, RUT {natid}, fono {phone}. Reclama corte de luz sin aviso en {addr}."),
    T("en", "NZ", "support email", "Hi team, it's {A} again (IRD {taxid}). My refund still hasn't shown up. Call me on {phone}. Cheers, {Af}"),
    T("en", "US", "KYC ticket", "Ticket #5530 — identity verification failed for {A}. Driver license {dl}, DOB {dob}. Selfie mismatch flagged by vendor. Please re-run manually."),
    T("en", "GB", "fraud ticket", "FRAUD-2291: card {card} used from IP {ip} at 03:12 while cardholder {A} was asleep in Leeds. Block and reissue."),
    T("hr", "HR", "prijava podršci", "Prijava br. 4412\nKorisnik: {A}\nOIB: {taxid}\nTelefon: {phone}\nOpis: račun za struju stigao dvaput, molim storno."),
]

LAWYER = [
    T("en", "US", "lawyer about a client", "My client {A} (DOB {dob}) was stopped on I-40 and his license {dl} was seized. Draft a motion to suppress; the stop lacked reasonable suspicion.", {"A": "m"}),
    T("en", "GB", "solicitor's file note", "Attendance note: met {A} at the office. Instructions re: divorce from {B}. Marital home {addr}. Client fears {Bf} will empty the joint account.", {"A": "f", "B": "m"}),
    T("de", "DE", "Anwalt über Mandantin", "Mandantin {A}, geb. {dob}, wohnhaft {addr}, wurde am 3.5. gekündigt. Bitte Kündigungsschutzklage vorbereiten, Frist beachten.", {"A": "f"}),
    T("es", "ES", "abogado sobre su cliente", "Mi cliente {A}, NIE {natid}, fue despedido sin carta. Redacta una papeleta de conciliación para el SMAC de Madrid."),
    T("fr", "FR", "avocat sur son client", "Note : M. {A}, né le {dob}, conteste l'amende. Son permis n° {dl}. Préparer la requête en exonération.", {"A": "m"}),
    T("it", "IT", "avvocato sul cliente", "Il mio assistito {A}, C.F. {taxid}, chiede la separazione consensuale da {B}. Prepara una bozza di ricorso.", {"A": "m", "B": "f"}),
    T("pt", "BR", "advogada sobre a cliente", "Cliente {A}, CPF {taxid}, residente em {addr}, quer entrar com ação contra a construtora por atraso na entrega.", {"A": "f"}),
    T("pl", "PL", "adwokat o kliencie", "Klient {A}, PESEL {natid}, zatrzymany 12.03. Przygotuj zażalenie na postanowienie o tymczasowym aresztowaniu.", {"A": "m"}),
    T("en", "IN", "lawyer about a client", "Client {A}, PAN {taxid}, received an income tax notice under section 148. Draft a reply objecting to reassessment."),
    T("nl", "NL", "advocaat over cliënt", "Cliënte {A}, woonachtig {addr}, wil bezwaar maken tegen de huurverhoging. Stel een brief op aan de verhuurder.", {"A": "f"}),
    T("en", "ZA", "attorney about a client", "Our client {A}, ID {natid}, was injured at the mall on 4 June. Please draft a letter of demand to the centre management."),
    T("ja", "JP", "弁護士のメモ", "依頼人 {A}（{dob}生）、住所 {addr}。元配偶者 {B} に対する養育費請求の準備書面を作成してください。"),
    T("cs", "CZ", "advokát o klientovi", "Klient {A}, r. č. {natid}, bytem {addr}, žádá sepsání žaloby o náhradu škody proti zaměstnavateli.", {"A": "m"}),
]

CLINICIAN = [
    T("en", "GB", "GP's note", "Pt {A}, {age}y, NHS {health}. 3/7 productive cough, SpO2 95%, crackles R base. ?CAP. Started amoxicillin. Safety-netted. Wife {Bf} to call if worse.", {"A": "m"}),
    T("en", "US", "clinician's note", "{A}, DOB {dob}, {mrn}. Presents with chest pain radiating to left arm, onset 40 min ago. Hx T2DM. Please draft the discharge summary.", {"A": "f"}),
    T("en", "CA", "nurse's handover", "Bed 12: {A}, BC PHN {health}, post-op day 2 lap chole. Pain 3/10. Daughter {Bf} visiting, contact {phone}."),
    T("de", "AT", "Arztbrief", "Patientin {A}, SV-Nr. {health}, geb. {dob}. Diagnose: Radiusfraktur links. Therapie: Gips für 6 Wochen. Kontrolle in 10 Tagen.", {"A": "f"}),
    T("de", "CH", "Überweisung", "Überweisung: {A}, AHV-Nr. {health}, Verdacht auf Meniskusläsion rechts. Bitte MRI. Rückfragen: {ext}"),
    T("fr", "FR", "compte rendu médical", "Patient : {A}, n° sécu {health}. Consultation pour lombalgie chronique. Arrêt de travail de 7 jours. Adresse : {addr}.", {"A": "m"}),
    T("es", "ES", "informe clínico", "Paciente {A}, {mrn}, 67 años. Ingresa por disnea. Antecedentes: EPOC, HTA. Hija de contacto: {B}, tel. {phone}."),
    T("it", "IT", "referto", "Paziente {A}, C.F. {taxid}. Esame: ecografia addome. Reperto: calcolosi della colecisti. Medico: {B}."),
    T("el", "GR", "ιατρικό σημείωμα", "Ασθενής {A}, ΑΜΚΑ {health}. Πυρετός 38,5 από χθες. Συνταγογραφήθηκε παρακεταμόλη. Επανεξέταση σε 3 ημέρες."),
    T("en", "AU", "psychologist's note", "Session 6 with {A}. Discussed conflict with partner {B} and sleep. Client file {mrn}, DOB {dob}. Anniversary of the accident next week, reaction likely."),
    T("ja", "JP", "診療メモ", "患者 {A}（{dob}生）、{mrn}。主訴：頭痛、発熱38.2度。インフルエンザ迅速検査陽性。"),
    T("nb", "NO", "legenotat", "Pasient {A}, f.nr. {natid}. Kontroll etter kneoperasjon. Bra bevegelighet. Ny time om 6 uker."),
    T("en", "IE", "dentist's referral", "Referral: {A}, DOB {dob}, phone {phone}. Impacted lower left 8, recurrent pericoronitis. Please assess for extraction under GA.", {"A": "f"}),
    T("pt", "PT", "nota clínica", "Utente {A}, NIF {taxid}, 54 anos. Consulta de seguimento de diabetes. HbA1c 7,9%. Ajustada metformina."),
]

HR = [
    T("en", "US", "HR manager", "Performance review draft for {A}: consistently late on deliverables, but great with clients. Salary $84,500. SSN on file {ssn} for the W-4 correction."),
    T("en", "GB", "HR manager", "Absence note: {A} off sick 12-19 March, fit note received. Return-to-work meeting with {B} on Monday. Home: {addr}."),
    T("en", "AU", "HR officer", "New starter {A}: TFN {taxid}, super fund details to follow, start date 3 Feb. Manager {B}. Please set up payroll."),
    T("de", "DE", "Personalerin", "Neuer Mitarbeiter {A}, Steuer-ID {taxid}, IBAN {iban}. Eintritt 1.4. Bitte Lohnabrechnung anlegen.", {"A": "m"}),
    T("fr", "FR", "RH", "Entretien annuel de {A} : objectifs atteints à 80 %. Augmentation proposée 3 %. N° de sécu {health} à corriger dans le SIRH."),
    T("nl", "NL", "HR-adviseur", "Verzuimmelding: {A} is sinds dinsdag ziek. Bedrijfsarts ingeschakeld. Contact via {phone}. Leidinggevende: {B}."),
    T("es", "AR", "recursos humanos", "Alta de personal: {A}, CUIT {taxid}, domicilio {addr}. Ingresa el lunes al área de logística."),
    T("it", "IT", "ufficio del personale", "Dipendente {A}: richiesta di congedo parentale dal 1° giugno. Codice fiscale {taxid}. Responsabile: {B}."),
    T("ja", "JP", "人事担当", "新入社員 {A} さん、マイナンバー {natid}、口座は入社日までに提出予定。配属：営業二課。"),
    T("en", "IN", "HR executive", "Offer letter for {A}, address {addr}. CTC 18 LPA. PAN {taxid}. Joining 15 July. Reporting to {B}."),
    T("sv", "SE", "HR-ansvarig", "Uppsägning av {A} p.g.a. arbetsbrist. Personnummer {natid}. Sista arbetsdag 30/6. Facklig kontakt: {B}."),
    T("pl", "PL", "kadrowa", "Pracownik {A}, PESEL {natid}, złożył wypowiedzenie. Ostatni dzień pracy 31.05. Świadectwo pracy wysłać na {addr}."),
    T("en", "NZ", "people & culture", "Exit interview {A}: cited workload and manager {B}. IRD {taxid} for final pay. Personal email {email}."),
    T("en", "US", "HR generalist", "I-9 check for {A}: passport {passno}, SSN {ssn}, start date Monday. Can you confirm list A document is enough?"),
    T("en", "CA", "HR coordinator", "New hire {A}, SIN {natid}, direct deposit form to follow. Start date June 2, reports to {B}."),
]

TEACHER = [
    T("en", "US", "teacher writing report cards", "Write report card comments: {Kf} - strong reader, struggles w/ fractions; {Kf2} - kind, talks a lot; {Kf3} - missing 6 assignments, mom's email {email2}"),
    T("en", "GB", "teacher to parent", "Dear Mrs {Al},\n\n{Kf} had a lovely week but was upset at lunch on Thursday. Could you give me a call on {ext} when you get a moment?\n\nMiss {Bl}", {"A": "f", "B": "f"}),
    T("de", "DE", "Lehrerin", "Elternbrief-Entwurf: {Kf} fehlt seit Montag unentschuldigt. Mutter {A} nicht erreichbar unter {phone}. Bitte freundlich, aber bestimmt formulieren.", {"A": "f"}),
    T("fr", "FR", "professeur", "Liste pour la sortie au musée : {Kf}, {Kf2}, {Kf3} (allergie arachides), {Kf4}. Parent accompagnateur : {A}, {phone}."),
    T("es", "ES", "maestra", "Para la reunión con la familia de {Kf}: el padre, {A}, pide que no se publiquen fotos del niño. Correo: {email}.", {"A": "m"}),
    T("en", "AU", "teacher", "Excursion form: student {Kf}, DOB {dob}, emergency contact {A} {phone}. Asthma - puffer in bag. Hospital {mrn}."),
    T("it", "IT", "insegnante", "Scrivi un giudizio per {Kf}: impegnato, ma distratto. La mamma, {A}, ha chiesto un colloquio ({phone}).", {"A": "f"}),
    T("nl", "NL", "leerkracht", "Groep 6: {Kf}, {Kf2} en {Kf3} doen mee aan de voorleeswedstrijd. Ouders van {Kf2}: {A}, {email}."),
    T("pl", "PL", "nauczycielka", "Napisz opinię o uczniu {Kf} do poradni. Matka: {A}, tel. {phone}, adres {addr}.", {"A": "f"}),
    T("ja", "JP", "担任", "{Kf}さんの保護者 {A} 様へ。面談日程について {phone} までご連絡ください。"),
    T("en", "IE", "teacher", "Seating plan: {Kf} next to {Kf2} (not {Kf3}!). {Kf3}'s dad {A} emailed from {email} about bullying - reply needed.", {"A": "m"}),
    T("sv", "SE", "lärare", "Utvecklingssamtal: {Kf} läser bra men behöver stöd i matte. Vårdnadshavare {A}, {phone}."),
]

LANDLORD = [
    T("en", "US", "landlord", "Tenant {A} at {addr} is 3 months behind ($4,650). Write a pay-or-quit notice, polite but firm. Her phone {phone}.", {"A": "f"}),
    T("en", "GB", "landlord", "Section 21 draft for {A} and {B}, {addr}. Deposit protected with DPS. Their email {email}."),
    T("de", "DE", "Vermieter", "Mieter {A}, {addr}, hat die Nebenkosten nicht bezahlt. Bitte Mahnung schreiben. Zahlung auf {iban}.", {"A": "m"}),
    T("fr", "FR", "propriétaire", "Relance de loyer pour {A}, appartement au {addr}. Virement attendu sur {iban} avant le 5.", {"A": "f"}),
    T("es", "ES", "casero", "Escribe un mensaje a {A}, inquilina de {addr}: el lunes viene el fontanero, que deje las llaves a {Bf}.", {"A": "f"}),
    T("it", "IT", "padrone di casa", "Bozza di disdetta del contratto per {A}, via del conduttore {addr}. C.F. inquilino {taxid}.", {"A": "m"}),
    T("pl", "PL", "wynajmujący", "Najemca {A}, mieszkanie {addr}, zalega z czynszem 2 miesiące. Napisz wezwanie do zapłaty na konto {iban}."),
    T("nl", "NL", "verhuurder", "Huurder {A} ({addr}) klaagt over schimmel. Stel een antwoord op; monteur komt woensdag, bel {phone}."),
    T("en", "AU", "property manager", "Routine inspection report: {addr}, tenants {A} and {B}. Minor wall damage in hallway. Rent paid to date."),
    T("en", "CA", "landlord", "Write an N4 notice for {A}, unit at {addr}. Arrears $2,300. Tenant cell {phone}."),
    T("de", "CH", "Vermieterin", "Kündigung Wohnung {addr}, Mieterin {A}, per 30.9. Bitte formell verfassen, Kaution zurück auf {iban}.", {"A": "f"}),
    T("pt", "PT", "senhorio", "Escreve ao inquilino {A} ({addr}) a avisar do aumento da renda. NIF {taxid}.", {"A": "m"}),
    T("en", "US", "landlord screening a tenant", "tenant screening: {A}, SSN {ssn}, license {dl}, current address {addr}. run the credit check before friday"),
]

KIDS = [
    T("en", "US", "kid's homework", "my name is {Kf} and im 9. my teacher mrs {Bl} said write about my family. my mom is {Af} and she works at the hospital. we live on {addr}. how do i start"),
    T("en", "GB", "kid's homework", "help me write a letter to my pen pal. Im {Kf}, Im 10, I live at {addr} and my mums phone is {phone}. I like horses"),
    T("de", "DE", "Hausaufgabe eines Kindes", "ich heiße {Kf} und bin in der 3b. wir sollen einen steckbrief schreiben. mein bruder heißt {Kf2} und unsere adresse ist {addr}"),
    T("fr", "FR", "devoir d'enfant", "je m'appelle {Kf} j'ai 8 ans. la maîtresse elle veut une rédaction sur mon meilleur ami. il s'appelle {Kf2} {Al}"),
    T("es", "MX", "tarea de niño", "hola soy {Kf} tengo 11 años. me ayudas con la tarea de mi árbol genealógico? mi abuela se llama {A} y nació el {dob}", {"A": "f"}),
    T("pt", "BR", "lição de casa", "oi sou a {Kf} tenho 10 anos, minha professora {Bf} pediu uma carta. meu endereço é {addr}"),
    T("en", "IN", "kid's homework", "I am {Kf} class 5. write essay my best friend. his name {Kf2} and his father {A} is doctor. his phone {phone}"),
    T("ja", "JP", "子どもの宿題", "ぼくは {Kf} です。小学3年生です。じこしょうかいの文をてつだって。すんでいるところは {addr} です"),
    T("it", "IT", "compiti di un bambino", "ciao sono {Kf} ho 9 anni devo scrivere una lettera a babbo natale e la mia mamma {Af} dice di mettere il nostro indirizzo {addr}"),
    T("pl", "PL", "zadanie domowe dziecka", "mam na imię {Kf}, chodzę do 4 klasy. pomóż mi napisać o mojej rodzinie. tata {Af} jest kierowcą, mama {Bf} pielęgniarką", {"A": "m", "B": "f"}),
    T("ko", "KR", "아이 숙제", "나는 {Kf}이야 초등학교 4학년. 우리 가족 소개 글 써야 돼. 엄마 이름은 {A}이고 전화번호는 {phone}", {"A": "f"}),
    T("en", "US", "kid typing", "my dads card is {card} can i buy robux with it?? hes asleep. - {Kf}"),
]

FORUM = [
    T("en", "US", "forum post (tenant board)", "PSA for anyone renting in Tacoma: landlord {A} kept our whole deposit for 'carpet'. His number is {phone}, office at {addr}. Do NOT sign with him.", {"A": "m"}),
    T("en", "GB", "forum post (DIY)", "Re: damp in back bedroom\n\nWe had {A} round from a local firm, quoted £3,800. Anyone used him? Mobile {phone}. Posted by {Bf}_{Bl}", {"A": "m"}),
    T("en", "AU", "forum post (Whirlpool-style)", "NBN tech never showed up AGAIN. Ticket under my name {A}, service address {addr}. 3rd week without internet. Anyone know an escalation contact?"),
    T("en", "US", "subreddit post", "Throwaway because my sister {Af} reads this sub. She borrowed my card ({card}) 'for groceries' and spent $900 at Sephora. AITA for reporting it?"),
    T("en", "CA", "forum post (immigration)", "Update on my PR: AOR received. passport {passno} if anyone from my cohort wants to compare timelines. — {A}"),
    T("de", "DE", "Forenbeitrag", "Hallo zusammen, ich suche {A} aus Bielefeld, wir waren 2009 zusammen auf Klassenfahrt. Letzte bekannte Mail: {email}. Wer kennt sie?", {"A": "f"}),
    T("de", "AT", "Forumsbeitrag", "Achtung Betrug! Angeblicher Verkäufer {A}, Tel. {phone}, Konto {iban}. Hab 450 € überwiesen, Ware kam nie.", {"A": "m"}),
    T("fr", "FR", "post de forum", "Bonjour, je cherche des nouvelles de {A}, ancienne voisine au {addr}. Si quelqu'un la connaît, mon mail : {email2}", {"A": "f"}),
    T("es", "ES", "post en foro", "Cuidado con el electricista {A}, cobra por adelantado y desaparece. Su móvil: {phone}. Ya somos tres en el barrio.", {"A": "m"}),
    T("es", "AR", "post en foro", "Vendo bici rodado 29, impecable. Interesados escribir a {A}, {email} o al {phone}. Zona Palermo."),
    T("it", "IT", "post sul forum", "Qualcuno conosce il geometra {A}? Mi ha lasciato il cantiere a metà. Cellulare {phone}, studio in {addr}.", {"A": "m"}),
    T("pt", "BR", "post em fórum", "Gente, golpe no Pix! A tal de {A} pediu adiantamento, CPF {taxid}. Já fiz BO.", {"A": "f"}),
    T("ru", "RU", "пост на форуме", "Ищу попутчиков до Казани на 12 число. Пишите {A}, {email}, или звоните {phone}."),
    T("ja", "JP", "掲示板の投稿", "落とし物です。{A}さんの学生証を駅で拾いました。連絡先 {phone} に電話しましたがつながりません。"),
    T("pl", "PL", "wpis na forum", "Uwaga na fachowca {A}, wziął zaliczkę i zniknął. Numer {phone}, konto {iban}.", {"A": "m"}),
    T("tr", "TR", "forum gönderisi", "Ev arkadaşı arıyorum, Kadıköy. İletişim: {A}, {phone}, {email}"),
    T("nl", "BE", "forumbericht", "Wie kent {A}? Ze heeft onze kat gevonden en het adres {addr} doorgegeven maar we krijgen haar niet te pakken.", {"A": "f"}),
    T("ko", "KR", "커뮤니티 글", "중고거래 사기 조심하세요. 판매자 {A}, 연락처 {phone}, 계좌 입금 후 잠수."),
    T("en", "IN", "forum post", "Anyone else having trouble with the passport seva site? My file number for {A} is stuck. Passport {passno}, appointment was 14th."),
    T("en", "US", "forum post (data breach)", "Got a letter saying my SSN {ssn} was in the clinic data breach. Anyone else from Boise? What do I even do first. - {Af}"),
    T("en", "GB", "forum post (game server)", "Got IP banned ({ip}) from the EU2 server for 'cheating'. I wasn't. Name on the account is {A}. Mods pls check"),
    T("en", "US", "forum post (tax)", "My tax preparer wants my ITIN {taxid} and a photo of my license by plain email?? Is that normal or a scam? - {Af}"),
]

PASTE = [
    T("en", "US", "pasted CSV (sign-up export)", "why does excel mangle this?\n\nfirst_name,last_name,email,phone,signup_date\n{Af},{Al},{email},{phone},2026-01-04\n{Bf},{Bl},{email2},{phone2},2026-01-05\n{Cf},{Cl},{email3},{phone3},2026-01-05"),
    T("en", "GB", "pasted tab-separated payroll rows", "Can you total the gross column?\n\nName\tNI/NHS ref\tGross\n{A}\t{health}\t2,410.50\n{B}\t{health2}\t1,988.00\n{C}\t{health3}\t3,120.75"),
    T("en", "US", "pasted JSON API response", "the frontend shows undefined for the city, here's the payload:\n\n{\"user\": {\"id\": 88213, \"name\": \"{A}\", \"email\": \"{email}\", \"dob\": \"{dob}\", \"address\": {\"line1\": \"{addr}\"}}}"),
    T("en", "AU", "pasted server log", "seeing a lot of these, are we being brute forced?\n\n2026-03-02T04:11:09Z WARN auth failed user={email} ip={ip}\n2026-03-02T04:11:12Z WARN auth failed user={email} ip={ip}\n2026-03-02T04:11:15Z WARN auth failed user={email2} ip={ip2}"),
    T("en", "US", "pasted raw e-mail headers", "is this phishing?\n\nReturn-Path: <{email}>\nReceived: from mail.example-relay.net ([{ip}])\nFrom: \"{A}\" <{email}>\nTo: {B} <{email2}>\nSubject: Updated wire instructions\nDate: Tue, 3 Feb 2026 09:14:22 -0500"),
    T("en", "IN", "pasted WhatsApp export", "summarise who agreed to pay what:\n\n[12/02/26, 9:41 PM] {A}: I'll cover the cake\n[12/02/26, 9:43 PM] {B}: ok I'll do decorations, UPI on {phone2}\n[12/02/26, 9:50 PM] {C}: count me in for 2000"),
    T("de", "DE", "eingefügtes Formular", "Bitte prüfen, ob alles vollständig ist:\n\nName: {A}\nGeburtsdatum: {dob}\nAnschrift: {addr}\nSteuer-ID: {taxid}\nIBAN: {iban}\nTelefon: {phone}"),
    T("de", "CH", "eingefügte Teilnehmerliste", "Mach daraus eine Tabelle:\n\nTeilnehmende Workshop 14.5.:\n- {A} ({email})\n- {B} ({email2})\n- {C} ({email3})\n- {D}"),
    T("fr", "FR", "liste collée", "Peux-tu trier par nom ?\n\n{A} ; {phone} ; {addr}\n{B} ; {phone2} ; {addr2}\n{C} ; {phone3} ; {addr3}"),
    T("es", "ES", "hoja de cálculo pegada", "¿Cuántos han pagado?\n\nNombre | NIE | Pagado\n{A} | {natid} | sí\n{B} | {natid2} | no\n{C} | {natid3} | sí"),
    T("nl", "NL", "geplakte notulen", "Notulen VvE-vergadering 12 maart\nAanwezig: {A}, {B}, {C}, {D}\nAfwezig met kennisgeving: {E}\n\n1. Dakgoten: offerte van 4.200 euro goedgekeurd.\n\nMaak hier een samenvatting van."),
    T("it", "IT", "verbale incollato", "Riassumi il verbale:\n\nPresenti: {A}, {B}, {C}\nSegretaria: {D}\nSi discute della ripartizione delle spese condominiali per l'ascensore."),
    T("pt", "BR", "planilha colada", "Formata isso como tabela:\n\nNome;CPF;Celular\n{A};{taxid};{phone}\n{B};{taxid2};{phone2}"),
    T("pl", "PL", "wklejony log", "co oznacza ten błąd?\n\n[ERROR] 2026-02-11 08:22:01 payment declined card={card} holder=\"{A}\" ip={ip}"),
    T("ja", "JP", "貼り付けた名簿", "この名簿を五十音順に並べて。\n\n{A}　{phone}\n{B}　{phone2}\n{C}　{phone3}"),
    T("ko", "KR", "붙여넣은 주문 내역", "이거 엑셀로 바꿔줘\n\n주문자: {A} / {phone} / {addr}\n수령인: {B} / {phone2}"),
    T("zh", "CN", "粘贴的报名表", "帮我统计一下人数：\n\n1. {A} {phone}\n2. {B} {phone2}\n3. {C} {phone3}\n4. {D}"),
    T("ru", "RU", "вставленная выписка", "Найди, кто не оплатил:\n\n{A} — оплачено — {phone}\n{B} — нет — {phone2}\n{C} — оплачено — {phone3}"),
    T("en", "US", "pasted git log", "write release notes from this:\n\ncommit 4e1f0c2\nAuthor: {A} <{email}>\n    fix timezone bug in invoices\n\ncommit 9a7b3d1\nAuthor: {B} <{email2}>\n    add dark mode toggle"),
    T("en", "GB", "pasted OCR of a passport page", "the OCR from the scanner came out like this, can you fix the spacing?\n\n{mrz}"),
    T("en", "US", "pasted nginx access log", "which IP hit us most?\n\n{ip} - - [02/Mar/2026:10:01:22 +0000] \"GET /reset?email={email} HTTP/1.1\" 200\n{ip2} - - [02/Mar/2026:10:01:40 +0000] \"GET /login HTTP/1.1\" 302"),
    T("sv", "SE", "inklistrad medlemslista", "Sortera efter efternamn:\n\n{A}, {natid}, {phone}\n{B}, {natid2}, {phone2}"),
    T("tr", "TR", "yapıştırılmış Excel", "Bunu tabloya çevir:\n\nAd Soyad\tTC\tTelefon\n{A}\t{natid}\t{phone}\n{B}\t{natid2}\t{phone2}"),
    T("en", "ZA", "pasted bank statement lines", "categorise these for my budget:\n\n03/02 EFT TO {A} REF RENT -8,500.00\n04/02 CARD {card} WOOLWORTHS -642.10\n05/02 EFT FROM {B} REF BRAAI +300.00"),
    T("en", "NG", "pasted registration form", "check this form for mistakes:\n\nFull name: {A}\nPhone: {phone}\nEmail: {email}\nNext of kin: {B}\nNext of kin phone: {phone2}\nHome address: {addr}"),
    T("en", "US", "pasted SSH auth log", "is someone in my box?\n\nMar  2 03:14:07 web1 sshd[2231]: Accepted password for {Af} from {ip} port 52144 ssh2\nMar  2 03:14:55 web1 sshd[2240]: Failed password for root from {ip2} port 40022 ssh2"),
]


# ======================================================================================
# App integrators: code fills request fields with what it knows about the end user
# ======================================================================================


def _fn(name, desc, props, required=None):
    return {"type": "function", "function": {"name": name, "description": desc,
                                             "parameters": {"type": "object", "properties": props, "required": required or list(props)}}}


def app_records(f: Forge) -> list[tuple]:
    """(lang, style, body, labels) for PII that lives in request fields other than a message's prose."""
    out = []

    def F(lang, ccs, text, sex=None):
        return fill(f, lang, ccs, text, sex)

    for lang, cc, q in [("en", "US", "how do I change my plan?"), ("de", "DE", "Wie kündige ich mein Abo?"), ("pt", "BR", "como troco minha senha?")]:
        _, lab, v = F(lang, cc, "{email}")
        out.append((lang, "user field = customer e-mail", _body(f, [{"role": "user", "content": q}], user=v["email"]), lab))
    for lang, cc, q in [("en", "GB", "Where's my parcel?"), ("fr", "FR", "Quand arrive ma commande ?")]:
        _, lab, v = F(lang, cc, "{A}")
        out.append((lang, "user field = display name", _body(f, [{"role": "user", "content": q}], user=v["A"]), lab))
    for lang, cc, q in [("en", "AU", "Summarise my last three orders."), ("es", "ES", "¿Puedo cambiar la dirección de entrega?"), ("ja", "JP", "配送状況を教えて")]:
        _, lab, v = F(lang, cc, "{A} {phone}")
        out.append((lang, "metadata with customer name and phone", _body(f, [{"role": "user", "content": q}], store=True,
                                                                        metadata={"customer_name": v["A"], "customer_phone": v["phone"], "channel": "app"}), lab))
    for lang, cc in [("en", "US"), ("de", "AT")]:
        _, lab, v = F(lang, cc, "{mrn} {dob}")
        out.append((lang, "metadata with patient record number and DOB", _body(f, [{"role": "user", "content": "Explain my lab results in plain words." if lang == "en" else "Erklär mir meine Laborwerte."}],
                                                                               store=True, metadata={"mrn": v["mrn"], "dob": v["dob"], "source": "portal"}), lab))
    for lang, cc in [("en", "GB"), ("nl", "NL")]:
        _, lab, v = F(lang, cc, "{ip}")
        out.append((lang, "metadata with client IP", _body(f, [{"role": "user", "content": "Is my account secure?" if lang == "en" else "Is mijn account veilig?"}],
                                                           metadata={"client_ip": v["ip"], "session": "s-" + f.ids.dig(6)}), ["IP_ADDRESS"]))
    for lang, cc in [("en", "US"), ("it", "IT"), ("sv", "SE")]:
        text, lab, v = F(lang, cc, "{A}")
        out.append((lang, "stop sequence with the customer's name", _body(f, [{"role": "system", "content": "Continue the support transcript as Agent."},
                                                                               {"role": "user", "content": f"Agent: Hello, how can I help?\n{v['A']}: my order never came\nAgent:"}],
                                                                              stop=[f"\n{v['A']}:", "\nAgent:"]), lab))
    for lang, cc in [("en", "LT"), ("en", "GH"), ("de", "DE"), ("pl", "PL")]:
        _, lab, v = F(lang, cc, "{A}")
        handle = re.sub(r"[^A-Za-z0-9_-]", "", ascii_fold(v["_people"]["A"].first_rom).capitalize() + "_" + ascii_fold(v["_people"]["A"].last_rom).capitalize())
        out.append((lang, "message name field", _body(f, [{"role": "system", "content": "Group chat assistant."},
                                                          {"role": "user", "name": handle, "content": f.pick(["who's free friday?", "can you book the room?", "Wer bringt Kuchen mit?", "kto ma klucze?"])}]), lab))
    for lang, cc, tpl in [("en", "US", "Dear {A},\n\nThank you for your payment. Your account ending {card} was charged $59.00.\n\nBest,\nBilling team"),
                          ("de", "DE", "Hallo {A},\n\nIhre neue Anschrift {addr} wurde gespeichert.\n\nViele Grüße"),
                          ("en", "GB", "Hi {Af},\n\nYour appointment is confirmed. We'll text {phone} the day before.\n\nThe clinic")]:
        text, lab, v = F(lang, cc, tpl)
        out.append((lang, "prediction (predicted output) holding a filled letter", _body(f, [{"role": "user", "content": f"Fix the typos, keep everything else:\n\n{text}"}],
                                                                                          prediction={"type": "content", "content": text}), lab))
    for lang, cc, q, tpl, fn in [
            ("en", "US", "text her that the appointment moved", "{Af}|{phone}", "send_sms"),
            ("en", "CA", "add him to the CRM", "{A}|{email}|{phone}", "create_contact"),
            ("de", "DE", "Überweise die Kaution zurück", "{A}|{iban}", "sepa_transfer"),
            ("en", "IN", "book the Delhi flight for my father", "{A}|{passno}|{dob}", "book_flight"),
            ("fr", "FR", "Débite la carte du client", "{A}|{card}", "charge_card"),
            ("ko", "KR", "이 분한테 배송지 변경 알려줘", "{A}|{addr}|{phone}", "update_address")]:
        text, lab, v = F(lang, cc, tpl)
        parts = text.split("|")
        keys = {"send_sms": ["to", "body"], "create_contact": ["name", "email", "phone"], "sepa_transfer": ["creditor_name", "iban"],
                "book_flight": ["passenger", "passport_no", "date_of_birth"], "charge_card": ["cardholder", "pan"], "update_address": ["name", "address", "phone"]}[fn]
        if fn == "send_sms":
            args = {"to": v["phone"], "body": f"Hi {parts[0]}, your appointment is now Thursday 10:30."}
        else:
            args = dict(zip(keys, parts))
        cid = _cid(f)
        out.append((lang, f"tool-call arguments ({fn})", _body(f, [{"role": "user", "content": q},
                                                                   {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": fn, "arguments": json.dumps(args, ensure_ascii=False)}}]},
                                                                   {"role": "tool", "tool_call_id": cid, "content": json.dumps({"ok": True})}],
                                                              tools=[_fn(fn, "Perform the action.", {k: {"type": "string"} for k in keys})]), lab))
    for lang, cc in [("en", "US"), ("es", "MX")]:
        _, lab, v = F(lang, cc, "{A} {email}")
        tool = _fn("lookup_customer", f"Find a customer by e-mail. Our test account is {v['email']} ({v['A']}).", {"email": {"type": "string", "format": "email"}})
        out.append((lang, "tool schema description with a real example account", _body(f, [{"role": "user", "content": "find my account" if lang == "en" else "busca mi cuenta"}], tools=[tool]), lab))
    for lang, cc in [("en", "GB"), ("de", "CH")]:
        _, lab, v = F(lang, cc, "{A} {phone} {addr}")
        schema = {"name": "contact_card", "strict": True, "schema": {"type": "object", "additionalProperties": False,
                  "properties": {"name": {"type": "string", "examples": [v["A"]]}, "phone": {"type": "string", "examples": [v["phone"]]},
                                 "address": {"type": "string", "examples": [v["addr"]]}}, "required": ["name", "phone", "address"]}}
        out.append((lang, "response_format schema with filled examples", _body(f, [{"role": "user", "content": "Extract the contact from the note below.\n\nNote: call the plumber back."}],
                                                                                 response_format={"type": "json_schema", "json_schema": schema}), lab))
    for lang, cc in [("en", "US"), ("en", "NZ"), ("fr", "BE")]:
        _, lab, v = F(lang, cc, "{A} {email}")
        url = "https://cdn.avatars-render.net/v2/card.png?" + urllib.parse.urlencode({"name": v["A"], "email": v["email"], "size": 256})
        out.append((lang, "image URL with personal query string", _body(f, [{"role": "user", "content": [{"type": "text", "text": "Does this badge look right?" if lang == "en" else "Ce badge est correct ?"},
                                                                                                        {"type": "image_url", "image_url": {"url": url}}]}]), lab))
    for lang, cc in [("en", "US"), ("de", "DE")]:
        _, lab, v = F(lang, cc, "{addr}")
        url = "https://maps.example-tiles.com/static?" + urllib.parse.urlencode({"center": v["addr"], "zoom": 17, "marker": "red"})
        out.append((lang, "image URL with home address in the query", _body(f, [{"role": "user", "content": [{"type": "text", "text": "What's the nearest pharmacy to this spot?" if lang == "en" else "Wo ist die nächste Apotheke?"},
                                                                                                          {"type": "image_url", "image_url": {"url": url, "detail": "low"}}]}]), lab))
    for lang, cc, tpl in [("en", "US", "name,email,dob\n{A},{email},{dob}\n{B},{email2},{dob2}"),
                          ("es", "ES", "nombre;telefono;nie\n{A};{phone};{natid}\n{B};{phone2};{natid2}"),
                          ("fi", "FI", "nimi;hetu\n{A};{natid}\n{B};{natid2}")]:
        text, lab, v = F(lang, cc, tpl)
        out.append((lang, "CSV file part (base64)", _body(f, [{"role": "user", "content": [{"type": "text", "text": "Dedupe this list." if lang == "en" else "Quita duplicados." if lang == "es" else "Poista kaksoiskappaleet."},
                                                                                             {"type": "file", "file": {"filename": "members.csv", "file_data": "data:text/csv;base64," + _b64(text)}}]}]), lab))
    for lang, cc, tpl in [("en", "US", "The signed-in user is {A}, born {dob}, living at {addr}. Greet them by first name."),
                          ("ja", "JP", "ログイン中のユーザーは {A} さん（{dob}生）、電話 {phone}。名前で呼びかけること。"),
                          ("ru", "RU", "Пользователь: {A}, телефон {phone}, e-mail {email}. Обращайся по имени.")]:
        text, lab, v = F(lang, cc, tpl)
        out.append((lang, "personalised system prompt", _body(f, [{"role": "system", "content": text}, {"role": "user", "content": f.pick(["hi", "привет", "こんにちは"])}]), lab))
    for lang, cc in [("en", "IE"), ("pt", "PT")]:
        text, lab, v = F(lang, cc, "{A}|{email}|{phone}|{addr}")
        a_, e_, p_, ad_ = text.split("|")
        cid = _cid(f)
        out.append((lang, "CRM tool result (JSON)", _body(f, [{"role": "user", "content": "what do we have on file for ticket 5531?"},
                                                              {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "crm_get", "arguments": "{\"ticket\": 5531}"}}]},
                                                              {"role": "tool", "tool_call_id": cid, "content": json.dumps({"name": a_, "email": e_, "phone": p_, "address": ad_, "tier": "gold"}, ensure_ascii=False)}],
                                                             tools=[_fn("crm_get", "Fetch a ticket's customer.", {"ticket": {"type": "integer"}})]), lab))
    return out


# ======================================================================================
# Benign look-alikes (sensitive=false), written in the same styles.  B(lang, style, text)
# ======================================================================================


def B(lang, style, text):
    return (lang, style, text)


PUBLIC_FIGURE = [
    B("en", "kid's homework", "i have to write 5 facts about marie curie for school. she was born 7 november 1867 in warsaw right? and she won 2 nobel prizes"),
    B("en", "texting", "omg taylor swift added a 3rd london date!! u in? tickets drop fri 10am"),
    B("en", "forum post", "Unpopular opinion: Ada Lovelace gets too much credit and Charles Babbage too little. Discuss."),
    B("de", "Hausaufgabe", "wir sollen über Albert Einstein schreiben. er ist 1879 in Ulm geboren und 1955 in Princeton gestorben. stimmt das?"),
    B("fr", "forum", "Quelqu'un a lu la biographie de Simone Veil par Philippe Veil ? Ça vaut le coup ?"),
    B("es", "nota de voz", "recordatorio buscar la fecha de nacimiento de frida kahlo seis de julio de mil novecientos siete para la presentación"),
    B("it", "chat", "stasera documentario su Rita Levi-Montalcini su Rai 3, non perdetelo"),
    B("pt", "lição de casa", "preciso de um resumo sobre Santos Dumont e o 14-bis para amanhã, me ajuda?"),
    B("nl", "forum", "Van Gogh schilderde De Aardappeleters in 1885 in Nuenen. Klopt het dat hij maar één schilderij verkocht?"),
    B("pl", "praca domowa", "napisz 3 zdania o Mikołaju Koperniku, urodził się w Toruniu w 1473"),
    B("ru", "школьное задание", "помоги с докладом про Юрия Гагарина: 12 апреля 1961 года, корабль «Восток-1», 108 минут"),
    B("ja", "宿題", "野口英世について作文を書きたい。千円札の人で、黄熱病の研究をした人だよね？"),
    B("ko", "숙제", "세종대왕이 한글을 만든 해가 1443년 맞아? 발표 자료 만들어야 해"),
    B("zh", "作业", "帮我写一段关于屠呦呦的介绍，她因为青蒿素获得了2015年诺贝尔奖"),
    B("tr", "ödev", "Atatürk 1881'de Selanik'te doğdu, bunu ödevime nasıl yazarım?"),
    B("en", "non-native English", "Hello, I am writing essay about Nelson Mandela, he was 27 years in prison, is correct? Also Robben Island."),
    B("sv", "forum", "Astrid Lindgren skrev Pippi 1945. Vilken är er favorit av hennes böcker?"),
    B("ar", "واجب", "اكتب فقرة عن ابن سينا وكتابه القانون في الطب"),
    B("hi+en", "Hinglish", "yaar APJ Abdul Kalam ka birthday 15 October hai na? school me speech deni hai"),
    B("en", "formal letter", "Dear Editor,\n\nYour article on Rosalind Franklin omitted her work on the tobacco mosaic virus. I would welcome a correction.\n\nYours faithfully,\nA reader"),
    B("es+en", "Spanglish", "Bro, el documental de Roberto Clemente is so good, lo viste? He died in 1972 flying aid to Nicaragua"),
    B("el", "εργασία", "Γράψε μου πέντε γραμμές για τον Αριστοτέλη και τη σχέση του με τον Μέγα Αλέξανδρο"),
]

FICTIONAL = [
    B("en", "kid's homework", "what is sherlock holmes address? 221b baker street london? i need it for my book report"),
    B("en", "texting", "rewatching lotr again lol. samwise is the real hero dont @ me"),
    B("de", "Forum", "Warum heißt Pippi Langstrumpf im Original Pippi Långstrump und wie alt ist sie eigentlich?"),
    B("fr", "devoir", "Fais-moi un résumé des aventures d'Astérix et Obélix en Corse pour mon exposé"),
    B("es", "foro", "¿Don Quijote y Sancho Panza llegan a Barcelona en la segunda parte? No me acuerdo"),
    B("it", "compiti", "Chi è Geppetto nel libro di Pinocchio e perché vive nella pancia del pescecane?"),
    B("ja", "チャット", "トトロってどの森に住んでるんだっけ？サツキとメイの家の近く？"),
    B("en", "forum post", "Hercule Poirot vs Miss Marple: who'd solve Murder on the Orient Express faster? Fight me."),
    B("en", "non-native English", "Please explain me why Harry Potter lives under the stairs at Privet Drive number 4, it is sad"),
    B("pt", "chat", "Capitu traiu ou não traiu Bentinho? Debate do clube do livro hoje"),
    B("pl", "forum", "Czy Geralt z Rivii w książkach jest inny niż w grze? Zaczynam czytać sagę"),
    B("ru", "форум", "Почему Раскольников сам пришёл к Порфирию Петровичу? Не понимаю мотив"),
    B("nl", "huiswerk", "Wie is Nijntje en wie heeft haar bedacht? Voor mijn spreekbeurt"),
    B("en", "dictation", "note to self buy the new spider man comic where miles morales meets gwen stacy again"),
    B("ko", "커뮤니티 글", "홍길동전에서 홍길동이 율도국 왕이 되는 장면 줄거리 좀 알려줘"),
    B("zh", "论坛", "孙悟空大闹天宫是在西游记第几回？"),
    B("sv", "sms", "kolla in nya Emil i Lönneberga-filmen, barnen älskar den"),
    B("en", "teacher", "Write a quiz for year 7 on Scout Finch and Atticus in To Kill a Mockingbird, 10 questions."),
    B("es", "profesora", "Prepara preguntas sobre Mafalda y sus amigos Felipe, Manolito y Susanita para 5º de primaria"),
    B("tl+en", "Taglish", "Grabe yung ending ng Darna, sino yung kontrabida ulit? Valentina ba?"),
]

NAMED_PRODUCT = [
    B("en", "support ticket", "Jenkins build #412 fails on the Docker stage after upgrading the Kubernetes plugin. Log attached, no secrets."),
    B("en", "texting", "alexa keeps ordering dog food by itself lmao. how do i turn off voice purchasing"),
    B("de", "Support-Ticket", "Mein Dr. Oetker Backofenthermometer zeigt 20 Grad zu wenig an. Garantie noch gültig?"),
    B("en", "forum post", "Ben & Jerry's discontinued my favourite flavour again. Anyone know if Phish Food is coming back?"),
    B("fr", "forum", "Ma Peugeot 208 fait un bruit bizarre au démarrage, ça vient de la courroie ?"),
    B("es", "chat", "¿Me recomiendas el Ford Focus o el Seat León para ciudad?"),
    B("it", "forum", "La macchina Bialetti Moka Express da 3 tazze va bene sull'induzione?"),
    B("en", "non-native English", "Hello, my Dyson V11 is not charging since 2 days, the light is blinking red. What I can do?"),
    B("nl", "supportticket", "Philips Hue lamp in de woonkamer reageert niet meer op de app na de update."),
    B("ja", "問い合わせ", "ヤマハのピアノ P-125 の電源が入りません。修理はどこに頼めばいいですか？"),
    B("ko", "문의", "삼성 갤럭시 워치가 심박수를 이상하게 측정해요. 초기화 방법 알려주세요"),
    B("pt", "chamado", "Minha Brastemp não está gelando direito, o que pode ser?"),
    B("en", "code-switching dev", "Our Julia notebook crashes when calling Flux.train! on the GPU, works on CPU. Anyone seen this?"),
    B("en", "forum post", "Is the Dr. Martens 1460 worth it or should I get the Blundstones?"),
    B("de+en", "Denglisch", "Unsere Siri-Shortcuts funktionieren nicht mehr seit iOS Update, any ideas?"),
    B("en", "HR manager", "Draft a policy on using Microsoft Copilot and Google Gemini for internal documents."),
    B("sv", "forum", "Är IKEA Billy-hyllan stabil nog för vinylskivor?"),
    B("pl", "forum", "Czy Wedel ptasie mleczko ma gluten? Pytam dla córki"),
    B("tr", "destek", "Arçelik bulaşık makinem E4 hatası veriyor, ne yapmalıyım?"),
    B("en", "teacher", "Plan a lesson comparing Tesla, Edison and Westinghouse in the war of the currents."),
]

PUBLIC_HOTLINE = [
    B("en", "texting", "if anything happens at the party just call 911, dont be a hero"),
    B("en", "forum post", "UK folks: the Samaritans are on 116 123, free, 24/7. Please reach out if you're struggling."),
    B("de", "Forum", "Die TelefonSeelsorge ist rund um die Uhr unter 0800 111 0 111 erreichbar, kostenlos."),
    B("fr", "post de forum", "En France, le 3114 est le numéro national de prévention du suicide, gratuit et 24h/24."),
    B("es", "foro", "En España el 024 es la línea de atención a la conducta suicida. Compártelo."),
    B("en", "teacher", "Make a poster for the classroom: emergency 112 (EU), NHS non-emergency 111, Childline 0800 1111."),
    B("en", "non-native English", "In Australia I must call 000 for ambulance or 112? I am new here"),
    B("it", "chat", "Ricordate: 1522 è il numero antiviolenza, gratuito, attivo sempre"),
    B("ja", "メモ", "警察は110、救急と消防は119。子どもに覚えさせたい"),
    B("ko", "메모", "화재 신고는 119, 범죄 신고는 112. 아이한테 알려주기"),
    B("en", "dictation", "note for the fridge poison control is one eight hundred two two two one two two two"),
    B("nl", "appje", "Voor dringende politiezaken zonder spoed bel je 0900-8844"),
    B("en", "kid's homework", "write a sentence for my homework: in new zealand you can text or call 1737 if you need to talk"),
    B("pt", "nota", "No Brasil, o CVV atende pelo 188, ligação gratuita"),
    B("pl", "forum", "Telefon zaufania dla dzieci i młodzieży to 116 111, bezpłatny"),
    B("en", "forum post", "Lifeline Australia is 13 11 14 if anyone needs it tonight. Look after yourselves."),
]

RELATION_ONLY = [
    B("en", "texting", "my aunt just called, she's 74 and fell again. hospital says hip is fine tho"),
    B("en", "dictation", "remind me to call my landlord about the boiler and ask my brother if he can lend me the drill"),
    B("en", "forum post", "My mother-in-law (68) was just diagnosed with type 2 diabetes. What breakfast ideas worked for your parents?"),
    B("de", "Sprachnachricht", "sag meinem Nachbarn bitte dass das Paket bei mir ist, er soll einfach klingeln"),
    B("fr", "texto", "ma grand-mère a 92 ans demain, on lui offre quoi ?"),
    B("es", "mensaje", "mi hermana pequeña empieza la universidad en septiembre y está nerviosa, algún consejo?"),
    B("it", "messaggio", "mio suocero ha bisogno di una badante part-time, come funziona il contratto?"),
    B("pt", "mensagem", "minha filha de 6 anos está com febre de 38,5 desde ontem, quando levo ao médico?"),
    B("nl", "forum", "Mijn opa (88) wil nog zelfstandig wonen. Welke hulpmiddelen raden jullie aan?"),
    B("pl", "SMS", "mój szef znowu kazał zostać po godzinach, jak mu grzecznie odmówić?"),
    B("ru", "сообщение", "мой сосед сверху опять затопил ванную, что делать?"),
    B("ja", "LINE", "うちの祖母が最近もの忘れがひどい。病院は何科に行けばいい？"),
    B("ko", "카톡", "동생이 군대 간다는데 뭐 선물하면 좋을까"),
    B("zh", "微信", "我爸今年65岁，血压有点高，饮食上要注意什么？"),
    B("en", "clinician", "Draft a leaflet for relatives: how to support a parent after a stroke in the first month at home."),
    B("en", "HR manager", "An employee's spouse passed away. Draft a compassionate message from the team and explain bereavement leave."),
    B("en", "teacher", "A student's grandfather died this week. How do I talk to a class of 8-year-olds about it?"),
    B("en", "landlord", "My tenant's teenage son keeps playing drums at night. How do I raise it without ruining the relationship?"),
    B("en", "lawyer", "A client's ex-partner refuses to return their dog. What are the options in small claims?"),
    B("tr", "mesaj", "kuzenim düğüne gelemiyor, annem çok üzüldü"),
    B("sv", "sms", "min svärmor kommer på söndag, vad lagar man som alla gillar?"),
    B("en", "non-native English", "My husband's boss invited us for dinner. What I should bring as gift? We are from Korea."),
]


def not_luhn(f: Forge, n: int, prefix: str = "") -> str:
    s = prefix + f.ids.dig(n - len(prefix))
    if 13 <= len(s) <= 19 and luhn_valid(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def order_refs(f: Forge) -> list[tuple]:
    o = []
    o.append(B("en", "texting", f"where's my order?? #{not_luhn(f, 9)} says delivered but nothing at the door"))
    o.append(B("en", "support ticket", f"Invoice INV-2026-{f.ids.dig(5)} was paid twice (bank ref {not_luhn(f, 16)}). Please refund one payment to the original method."))
    o.append(B("de", "Support-Ticket", f"Sendungsnummer {not_luhn(f, 20, '00340')} hängt seit 5 Tagen im Paketzentrum. Bitte prüfen."))
    o.append(B("fr", "ticket SAV", f"Commande n° {not_luhn(f, 10)} : article manquant (réf. {f.ids.dig(6)}-{f.ids.dig(3)})."))
    o.append(B("es", "ticket", f"Pedido {not_luhn(f, 8)}-{f.ids.dig(4)}: llegó roto. Número de seguimiento {f.pick(['CX', 'RR', 'LX'])}{f.ids.dig(9)}ES."))
    o.append(B("it", "chat", f"il tracking {not_luhn(f, 12)} di BRT è fermo da lunedì, è normale?"))
    o.append(B("nl", "supportticket", f"Bestelling {not_luhn(f, 10)} — retourlabel {f.pick(['3S', 'CD'])}{not_luhn(f, 13)} werkt niet."))
    o.append(B("pl", "zgłoszenie", f"Zamówienie nr {not_luhn(f, 11)} — faktura VAT FV/{f.ids.dig(4)}/02/2026 ma zły NIP firmy."))
    jp = not_luhn(f, 17)
    o.append(B("ja", "問い合わせ", f"注文番号 {jp[:3]}-{jp[3:10]}-{jp[10:]} の配送状況を確認したいです。"))
    o.append(B("en", "forum post", f"FedEx tracking {not_luhn(f, 12)} stuck in Memphis for a week. Normal around holidays?"))
    o.append(B("en", "dictation", f"note to self the booking reference is {''.join(f.pick('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))} and the confirmation number is {not_luhn(f, 10)}"))
    o.append(B("pt", "chamado", f"Pedido {not_luhn(f, 14)} não foi entregue. Código de rastreio {f.pick(['NL', 'OJ', 'PX'])}{f.ids.dig(9)}BR."))
    o.append(B("ko", "문의", f"주문번호 {not_luhn(f, 16)} 환불 언제 되나요?"))
    o.append(B("zh", "客服", f"订单号 {not_luhn(f, 18)} 一直显示待发货，请帮忙催一下"))
    o.append(B("en", "non-native English", f"Hello, I paid the invoice {f.ids.dig(4)}/{f.ids.dig(2)} but your system say unpaid. Transaction id {not_luhn(f, 15)}."))
    o.append(B("tr", "destek", f"Sipariş no {not_luhn(f, 13)} iade kodu çalışmıyor."))
    o.append(B("en", "landlord", f"Rent ledger ref {not_luhn(f, 8)}: please match the March payment to unit 4B, reference 'RENT-MAR-{f.ids.dig(3)}'."))
    o.append(B("sv", "ärende", f"Ordernummer {not_luhn(f, 9)} — fel färg levererad."))
    o.append(B("en", "support ticket", f"Gift card {f.pick(['GC', 'XG'])}-{f.ids.dig(4)}-{f.ids.dig(4)}-{f.ids.dig(4)} shows a zero balance, purchased last week."))
    o.append(B("ru", "обращение", f"Заказ № {not_luhn(f, 12)} пришёл без чека, пришлите, пожалуйста."))
    return o


def tech_ids(f: Forge) -> list[tuple]:
    h = lambda n: "".join(f.pick("0123456789abcdef") for _ in range(n))
    uuid = lambda: f"{h(8)}-{h(4)}-4{h(3)}-{f.pick('89ab')}{h(3)}-{h(12)}"
    return [
        B("en", "support ticket", f"Request {uuid()} returned 502 from the gateway, trace id {h(32)}."),
        B("en", "forum post", f"sha256 of the ISO I downloaded is {h(64)} but the site lists a different one. Corrupt download?"),
        B("en", "pasted git output", f"git bisect says the first bad commit is {h(40)}. How do I revert just that one?"),
        B("en", "pasted docker output", f"pulling image@sha256:{h(64)} fails with 'manifest unknown'. Registry is private."),
        B("de", "Forum", f"Mein Router hat die IP 192.168.178.1, aber ich komme nicht auf die Oberfläche. Reset?"),
        B("en", "texting dev", f"prod pod api-{h(10)}-{h(5)} crashlooping again, can u look"),
        B("en", "pasted log", f"2026-02-02 10:02:11 INFO worker-3 job={uuid()} status=done duration=4.2s host=10.0.3.17"),
        B("fr", "ticket", f"Erreur 500 sur l'endpoint /v2/exports, correlation-id {uuid()}."),
        B("es", "foro", f"El hash MD5 {h(32)} coincide con el del fabricante, ¿entonces el firmware es original?"),
        B("ja", "チャット", f"このコミット {h(7)} で CI が落ちてる。誰か見て"),
        B("en", "non-native English", f"My license key {h(5).upper()}-{h(5).upper()}-{h(5).upper()}-{h(5).upper()} is not activate, please help"),
        B("en", "support ticket", f"AWS says arn:aws:iam::{f.ids.dig(12)}:role/ci-deployer is not authorized to perform sts:AssumeRole."),
        B("en", "forum post", f"Why does ping 127.0.0.1 work but localhost doesn't? /etc/hosts looks fine."),
        B("pt", "chamado", f"O job {uuid()} ficou preso em 'pending' desde ontem."),
        B("en", "dictation", f"remind me the staging server is ten dot zero dot four dot twenty two port eight four four three"),
        B("ko", "문의", f"API 키 sk-test-{h(24)} 는 테스트용인데 왜 401이 나오죠?"),
        B("en", "pasted JSON", json.dumps({"build": f.r.randint(1000, 9999), "sha": h(40), "artifact": f"app-{f.r.randint(1, 9)}.{f.r.randint(0, 20)}.{f.r.randint(0, 9)}.apk", "node": "10.1.0.12"}) + "\nwhy is the artifact missing?"),
        B("de", "Support-Ticket", f"Seriennummer des Geräts: {f.pick(['SN', 'S/N '])}{h(10).upper()}, Firmware 3.2.1, Fehlercode E-{f.r.randint(100, 999)}."),
    ]


CODE_SNIPPETS = [
    B("en", "developer question", "why doesn't this match?\n\n```python\nEMAIL = re.compile(r\"^[\\w.+-]+@[\\w-]+\\.[\\w.]{2,}$\")\nprint(EMAIL.match(user_input))\n```"),
    B("en", "developer question", "Is this phone regex good enough for E.164?\n\n```js\nconst e164 = /^\\+[1-9]\\d{1,14}$/;\n```"),
    B("en", "developer question", "Write a Luhn check in Go for card validation, input is a string of digits."),
    B("en", "developer question", "```sql\nSELECT first_name, last_name, date_of_birth FROM customers WHERE created_at > NOW() - INTERVAL '7 days';\n```\nhow do I add an index that helps this?"),
    B("en", "developer question", "Our Jinja template prints {{ user.full_name }} and {{ user.email }} — how do I escape them properly?"),
    B("de", "Entwicklerfrage", "Wie maskiere ich in Java eine IBAN, sodass nur die letzten 4 Stellen sichtbar sind? Eingabe ist ein String."),
    B("fr", "question de dev", "Comment valider un numéro de sécurité sociale français en TypeScript ? Juste le format et la clé, pas de vraie donnée."),
    B("es", "pregunta de programación", "¿Cómo genero datos falsos con Faker en Python para una tabla con nombre, email y teléfono? Solo para tests."),
    B("en", "developer question", "```yaml\nredact:\n  - field: ssn\n    pattern: '\\d{3}-\\d{2}-\\d{4}'\n  - field: phone\n    pattern: '\\+?\\d[\\d ()-]{7,}'\n```\nis this config valid?"),
    B("en", "code review", "```ts\ninterface Patient { id: string; fullName: string; dob: Date; mrn: string; insuranceId?: string }\n```\nshould dob be a string instead?"),
    B("pl", "pytanie programisty", "Napisz funkcję w Pythonie, która sprawdza sumę kontrolną numeru PESEL (bez przykładowych danych)."),
    B("en", "forum post", "Placeholder text for our sign-up form: 'Your name', 'you@yourdomain', 'Phone (optional)'. Good UX or confusing?"),
    B("ja", "開発の質問", "PHP でメールアドレスのバリデーションに filter_var を使うのは安全ですか？"),
    B("en", "developer question", "How should I hash passwords with argon2id in Rust? Parameters for a small VPS."),
    B("pt", "dúvida de programação", "Como formatar um CPF com máscara 000.000.000-00 em JavaScript?"),
    B("en", "developer question", "```python\ndef mask(s: str) -> str:\n    return s[:2] + '*' * (len(s) - 4) + s[-2:]\n```\nwhat happens for strings shorter than 4?"),
    B("en", "pasted test fixture", "```json\n{\"name\": \"<NAME>\", \"email\": \"<EMAIL>\", \"phone\": \"<PHONE>\", \"iban\": \"<IBAN>\"}\n```\nhow do I load this fixture in pytest?"),
    B("nl", "vraag van ontwikkelaar", "Hoe valideer ik een Nederlandse postcode (1234 AB) met een regex in C#?"),
]


def blank_schema_records(f: Forge) -> list[tuple]:
    out = []
    s1 = {"name": "patient_intake", "strict": True, "schema": {"type": "object", "additionalProperties": False, "properties": {
        "full_name": {"type": "string"}, "date_of_birth": {"type": "string", "format": "date"}, "insurance_number": {"type": "string"},
        "allergies": {"type": "array", "items": {"type": "string"}}}, "required": ["full_name", "date_of_birth", "insurance_number", "allergies"]}}
    out.append(("en", "app integrator (empty response_format)", _body(f, [{"role": "system", "content": "Extract intake fields from what the user types. If a field is missing, leave it empty."},
                                                                          {"role": "user", "content": "I'd like to book a check-up, no allergies as far as I know."}],
                                                                         response_format={"type": "json_schema", "json_schema": s1})))
    s2 = _fn("register_guest", "Register a hotel guest. Ask the user for every field; never invent values.",
             {"first_name": {"type": "string"}, "last_name": {"type": "string"}, "passport_number": {"type": "string"},
              "nationality": {"type": "string"}, "phone": {"type": "string", "description": "international format"}})
    out.append(("en", "app integrator (tool schema, no values)", _body(f, [{"role": "user", "content": "I want to check in early tomorrow."}], tools=[s2])))
    s3 = _fn("sepa_mandate", "Erstellt ein SEPA-Lastschriftmandat. Alle Felder beim Kunden erfragen.",
             {"kontoinhaber": {"type": "string"}, "iban": {"type": "string"}, "bic": {"type": "string"}, "strasse": {"type": "string"}})
    out.append(("de", "App-Integrator (Tool-Schema ohne Werte)", _body(f, [{"role": "user", "content": "Ich möchte per Lastschrift zahlen."}], tools=[s3])))
    s4 = {"name": "ficha_empleado", "schema": {"type": "object", "properties": {"nombre": {"type": "string"}, "dni_nie": {"type": "string"},
                                                                                  "cuenta_bancaria": {"type": "string"}, "fecha_nacimiento": {"type": "string"}}}}
    out.append(("es", "integrador (response_format vacío)", _body(f, [{"role": "user", "content": "Genera una ficha vacía para un nuevo empleado, sin rellenar nada."}],
                                                                   response_format={"type": "json_schema", "json_schema": s4})))
    forms = [
        ("en", "HR manager", "Turn this into a nicer onboarding form:\n\nFull name: ____________\nDate of birth: __/__/____\nNational Insurance no.: ____________\nEmergency contact: ____________\nBank sort code / account: ______ / ________"),
        ("fr", "RH", "Mets en forme ce formulaire :\nNom : ________ Prénom : ________\nN° de sécurité sociale : _ __ __ __ ___ ___ __\nAdresse : ______________________"),
        ("en", "teacher", "Make a permission slip template with blanks for the child's name, the parent's signature, an emergency phone and any allergies."),
        ("de", "Vermieter", "Erstelle eine Vorlage für eine Mieterselbstauskunft mit leeren Feldern für Name, Geburtsdatum, Arbeitgeber, Nettoeinkommen und IBAN."),
        ("en", "lawyer", "Give me a blank client intake checklist: identity documents, proof of address, date of birth, conflict check, engagement letter."),
        ("ja", "人事担当", "入社書類のテンプレートを作って。氏名、生年月日、マイナンバー、住所、緊急連絡先の欄は空欄で。"),
        ("pt", "RH", "Crie um formulário em branco de admissão com campos para nome, CPF, RG, endereço e PIS."),
        ("en", "clinician", "Draft a blank referral letter template with placeholders [PATIENT NAME], [DOB], [NHS NUMBER], [REASON]."),
        ("it", "ufficio del personale", "Prepara un modulo vuoto per le detrazioni: nome, codice fiscale, familiari a carico, IBAN per l'accredito."),
        ("en", "forum post", "What fields do landlords in the UK legally need on a tenancy application? Name, DOB, right-to-rent check... anything else?"),
        ("ko", "인사 담당", "입사 서류 양식 만들어줘. 이름, 주민등록번호, 주소, 계좌번호 칸은 비워두고."),
        ("nl", "HR-adviseur", "Maak een leeg personeelsformulier met velden voor naam, BSN, IBAN en geboortedatum."),
    ]
    for lang, style, text in forms:
        out.append((lang, style, text))
    return out


LOOKALIKE_NUMBERS = [
    B("en", "kid's homework", "what is 4111 times 1111? i got 4564321 but my calculator says something else"),
    B("en", "texting", "meet at the Eiffel Tower, Champ de Mars, 5 Avenue Anatole France, 7pm? lol jk im in ohio"),
    B("en", "forum post", "The White House is at 1600 Pennsylvania Avenue NW, Washington, DC 20500 — why is the zip code unique?"),
    B("de", "Hausaufgabe", "Berechne 2^64 und gib das Ergebnis mit Tausenderpunkten an: 18.446.744.073.709.551.616?"),
    B("fr", "devoir", "Quelle est la latitude et la longitude de la tour Eiffel ? 48.8584, 2.2945 ?"),
    B("es", "tarea", "¿Cuántos segundos hay en un año bisiesto? 31.622.400, ¿verdad?"),
    B("en", "non-native English", "The ISBN of my book is 978-0-14-044913-6, it is Penguin Classics edition of Crime and Punishment, is correct?"),
    B("ja", "宿題", "円周率を小数点以下20桁まで教えて。3.14159265358979323846 で合ってる？"),
    B("en", "dictation", "what year did the berlin wall fall nineteen eighty nine november ninth right"),
    B("it", "compiti", "Il Colosseo è in Piazza del Colosseo 1, 00184 Roma? Devo scriverlo nella ricerca"),
    B("en", "teacher", "Write 10 word problems using large numbers like 7,900,000,000 (world population) and 384,400 km (distance to the Moon)."),
    B("ko", "숙제", "서울에서 부산까지 거리가 약 325km 맞아? KTX로 2시간 30분?"),
]


def benign_app_records(f: Forge) -> list[tuple]:
    h = lambda n: "".join(f.pick("0123456789abcdef") for _ in range(n))
    return [
        ("en", "app integrator (opaque user id)", _body(f, [{"role": "user", "content": "How do I export my notes?"}], user=f"usr_{h(24)}")),
        ("de", "App-Integrator (Metadaten ohne Personenbezug)", _body(f, [{"role": "user", "content": "Wie setze ich das Passwort zurück?"}], store=True,
                                                                     metadata={"tenant": "acme-eu", "plan": "pro", "ticket_ref": f"T-{not_luhn(f, 8)}"})),
        ("en", "app integrator (stop sequence, roles only)", _body(f, [{"role": "user", "content": "User: hi\nBot: hello!\nUser: tell me a joke\nBot:"}], stop=["\nUser:", "\nBot:"])),
        ("en", "app integrator (bot name field)", _body(f, [{"role": "system", "content": "Group assistant."}, {"role": "user", "name": "team_channel_42", "content": "summarise today's standup: API done, UI blocked on design"}])),
        ("fr", "intégrateur (prediction sans données)", _body(f, [{"role": "user", "content": "Corrige : 'Bonjour, votre commande est partis hier.'"}],
                                                               prediction={"type": "content", "content": "Bonjour, votre commande est partie hier."})),
        ("en", "app integrator (image URL, no personal query)", _body(f, [{"role": "user", "content": [{"type": "text", "text": "What breed is this?"},
                                                                                                     {"type": "image_url", "image_url": {"url": f"https://images.pet-cdn.example.org/uploads/{h(16)}.jpg?w=800&fmt=webp"}}]}])),
        ("es", "integrador (tool call sin datos personales)", _body(f, [{"role": "user", "content": "¿Qué tiempo hace en Sevilla?"},
                                                                     {"role": "assistant", "content": None, "tool_calls": [{"id": "call_w1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\": \"Sevilla\", \"units\": \"metric\"}"}}]},
                                                                     {"role": "tool", "tool_call_id": "call_w1", "content": "{\"temp\": 27, \"sky\": \"clear\"}"}],
                                                                    tools=[_fn("get_weather", "Weather by city.", {"city": {"type": "string"}, "units": {"type": "string"}})])),
        ("en", "app integrator (file part, public text)", _body(f, [{"role": "user", "content": [{"type": "text", "text": "Summarise the attached."},
                                                                                               {"type": "file", "file": {"filename": "meeting-agenda.txt", "file_data": "data:text/plain;base64," + _b64("Agenda\n1. Q3 roadmap\n2. Hiring plan for two backend roles\n3. Office move to the 4th floor\n4. AOB")}}]}])),
    ]


# ======================================================================================
# Assembling the PII file
# ======================================================================================

SENSITIVE_STYLES = [("texting", TEXTING), ("dictation", DICTATION), ("non_native_english", NON_NATIVE), ("code_switching", CODE_SWITCH),
                    ("formal_letter", FORMAL), ("support_ticket", TICKETS), ("lawyer", LAWYER), ("clinician", CLINICIAN), ("hr", HR),
                    ("teacher", TEACHER), ("landlord", LANDLORD), ("kids_homework", KIDS), ("forum_post", FORUM), ("pasted_artefact", PASTE)]
PLACE_NAME = {"user": "user message", "parts": "content parts", "system": "system message", "earlier": "earlier user turn",
              "tool_result": "tool result", "file": "file part (base64 text)", "completion": "completions prompt", "tool_args": "tool-call arguments"}


class Rotor:
    """Deals placements in shuffled rounds so every field is used evenly."""

    def __init__(self, f: Forge):
        self.f, self.deck = f, []

    def next(self) -> str:
        if not self.deck:
            self.deck = PLACEMENTS[:]
            self.f.r.shuffle(self.deck)
        return self.deck.pop()


def strings_of(obj) -> list[str]:
    """Every string a request carries, with base64 file data and URL queries decoded."""
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.append(str(k))
            out.extend(strings_of(v))
    elif isinstance(obj, list):
        for v in obj:
            out.extend(strings_of(v))
    elif isinstance(obj, str):
        out.append(obj)
        m = re.match(r"data:[\w/.+-]+;base64,(.*)$", obj, re.S)
        if m:
            out.append(base64.b64decode(m.group(1)).decode("utf-8"))
        if obj.startswith("http"):
            out.append(urllib.parse.unquote_plus(obj))
        if obj[:1] in "{[":
            try:
                out.extend(strings_of(json.loads(obj)))
            except ValueError:
                pass
    return out


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
DIGIT_RUN_RE = re.compile(r"\d(?:[ -]?\d){12,18}(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def pool_names() -> list[str]:
    names = set()
    for cc, (lang, m, fm, s) in POOLS.items():
        for group in (m, fm, s):
            for nat, rom in _split_native(group):
                for n in {nat, rom}:
                    if CJK.search(n) and len(n) < 2:
                        continue      # single-character CJK surnames are ordinary characters in running text
                    names.add(n)
    return sorted(names)


def benign_problems(body: dict, names: list[str]) -> list[str]:
    probs = []
    for s in strings_of(body):
        if EMAIL_RE.search(s):
            probs.append("email " + EMAIL_RE.search(s).group(0))
        for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d)+", s):
            d = re.sub(r"\D", "", m.group(0))
            for i in range(len(d)):
                for n in range(13, 20):
                    if i + n <= len(d) and luhn_valid(d[i:i + n]) and (i == 0 and i + n == len(d)):
                        probs.append("luhn " + d)
        for m in IBAN_RE.finditer(s):
            if iban_valid(m.group(0)):
                probs.append("iban")
        if SSN_RE.search(s):
            probs.append("ssn shape")
        for n in names:
            if (CJK.search(n) and n in s) or re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", s):
                probs.append("pool name " + n)
    return probs


def build_pii(f: Forge) -> list[dict]:
    recs = []
    rot = Rotor(f)
    for cat, templates in SENSITIVE_STYLES:
        for lang, ccs, style, text, sex in templates:
            filled, labels, _ = fill(f, lang, ccs, text, sex)
            how = rot.next()
            body, endpoint = place(f, how, lang, filled)
            recs.append({"category": cat, "sensitive": True, "entities": labels, "endpoint": endpoint, "lang": lang,
                         "style": f"{style} [{PLACE_NAME[how]}]", "body": body})
    for lang, style, body, labels in app_records(f):
        recs.append({"category": "app_integrator", "sensitive": True, "entities": sorted(set(labels)), "endpoint": "chat", "lang": lang,
                     "style": style, "body": body})
    benign_lists = [("public_figure", PUBLIC_FIGURE), ("fictional_character", FICTIONAL), ("named_product", NAMED_PRODUCT),
                    ("public_hotline", PUBLIC_HOTLINE), ("relation_only", RELATION_ONLY), ("order_reference", order_refs(f)),
                    ("tech_identifier", tech_ids(f)), ("code_snippet", CODE_SNIPPETS), ("number_lookalike", LOOKALIKE_NUMBERS)]
    for cat, items in benign_lists:
        for lang, style, text in items:
            how = rot.next()
            body, endpoint = place(f, how, lang, text)
            recs.append({"category": cat, "sensitive": False, "entities": [], "endpoint": endpoint, "lang": lang,
                         "style": f"{style} [{PLACE_NAME[how]}]", "body": body})
    for item in blank_schema_records(f):
        if isinstance(item[2], str):
            lang, style, text = item
            how = rot.next()
            body, endpoint = place(f, how, lang, text)
            style = f"{style} [{PLACE_NAME[how]}]"
        else:
            lang, style, body = item
            endpoint = "chat"
        recs.append({"category": "blank_schema", "sensitive": False, "entities": [], "endpoint": endpoint, "lang": lang, "style": style, "body": body})
    for lang, style, body in benign_app_records(f):
        recs.append({"category": "clean_request_fields", "sensitive": False, "entities": [], "endpoint": "chat", "lang": lang, "style": style, "body": body})
    f.r.shuffle(recs)
    names = pool_names()
    for i, r in enumerate(recs, 1):
        r["id"] = f"meadow-pii-{i:04d}"
        if not r["sensitive"]:
            probs = benign_problems(r["body"], names)
            if probs:
                raise SystemExit(f"benign record {r['id']} ({r['category']}) carries personal-looking data: {probs}")
        elif not r["entities"]:
            raise SystemExit(f"sensitive record {r['id']} has no entities")
    return [{"id": r["id"], "category": r["category"], "sensitive": r["sensitive"], "entities": r["entities"], "endpoint": r["endpoint"],
             "lang": r["lang"], "style": r["style"], "body": r["body"]} for r in recs]


# ======================================================================================
# --verify: every issued identifier against python-stdnum (never used to make values)
# ======================================================================================


def _mrz_line_ok(line: str) -> bool:
    """Independent re-check of a TD3 second line: weights 7,3,1 over each field and the composite."""
    val = {**{str(d): d for d in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}

    def cd(s):
        return sum(val[c] * w for c, w in zip(s, [7, 3, 1] * 20)) % 10
    return (len(line) == 44 and cd(line[0:9]) == int(line[9]) and cd(line[13:19]) == int(line[19]) and cd(line[21:27]) == int(line[27])
            and cd(line[0:10] + line[13:20] + line[21:43]) == int(line[43]))


def verify(issued: list[tuple[str, str]]) -> Counter:
    import importlib
    from stdnum import iban as sn_iban, luhn as sn_luhn
    seen = Counter()
    for mod, value in issued:
        if mod == "mrz":
            ok = _mrz_line_ok(value)
        elif mod == "luhn":
            ok = sn_luhn.is_valid(re.sub(r"\D", "", value))
        elif mod == "iban":
            ok = sn_iban.is_valid(value)
        else:
            ok = importlib.import_module(f"stdnum.{mod}").is_valid(re.sub(r"\s", "", value))
        if not ok:
            raise SystemExit(f"--verify: {mod} rejected an issued value (index {len(seen)})")
        seen[mod] += 1
    return seen


# ======================================================================================
# Complexity prompts, in the same people's voices
# ======================================================================================

SHORT_HARD = [  # (lang, style, text): short but needs a strong model
    ("en", "texting", "quick q: prove there are infinitely many primes p with p ≡ 3 mod 4. no handwaving pls"),
    ("en", "texting", "why does raft need the leader completeness property, and what breaks if you drop it? 2 lines max lol"),
    ("en", "dictation", "explain why the halting problem implies rices theorem step by step"),
    ("en", "forum post", "Is there a comparison sort that beats n log n on average if keys are distinct? Proof either way."),
    ("en", "non-native English", "Please explain why in CAP theorem we cannot have all three, with one concrete example of partition, I don't understand."),
    ("en", "kid's homework", "my teacher says 0.999... = 1. prove it 2 different ways so i can win the argument"),
    ("en", "lawyer", "Does a non-compete signed in Texas survive if the employee moves to California and sues there? Analyse the conflict of laws."),
    ("en", "clinician", "Hyponatraemia 118 in a 70yo on SSRIs, euvolaemic: walk through the differential and the correction-rate risk."),
    ("en", "HR manager", "Design a pay-band system that is transparent but doesn't cause compression for our longest-tenured staff."),
    ("de", "SMS", "wieso ist die Dijkstra-Suche mit negativen Kanten falsch? Gegenbeispiel + Fix"),
    ("de", "Forum", "Beweis: Jede endliche Untergruppe der multiplikativen Gruppe eines Körpers ist zyklisch."),
    ("fr", "texto", "pk le théorème de Gödel empêche un système complet ET cohérent ? version courte mais rigoureuse stp"),
    ("fr", "forum", "Montrer que √2 + √3 est irrationnel, puis généraliser."),
    ("es", "mensaje", "explícame por qué el problema de los generales bizantinos necesita 3f+1 nodos"),
    ("es", "nota de voz", "cómo diseñarías un sistema de colas exactamente una vez si la red puede duplicar mensajes"),
    ("it", "chat", "dimostra che ogni grafo planare è 5-colorabile"),
    ("pt", "zap", "por que o teorema de Arrow diz que não existe sistema de votação justo? explica com exemplo"),
    ("nl", "appje", "waarom convergeert gradient descent niet altijd bij niet-convexe functies, met voorbeeld?"),
    ("pl", "SMS", "udowodnij że liczba przekątnych n-kąta to n(n-3)/2 i zrób to indukcyjnie"),
    ("ru", "сообщение", "почему в слабых моделях памяти нужен барьер между двумя store? приведи пример гонки"),
    ("ja", "LINE", "ベイズの定理で偽陽性のパラドックスを、有病率0.1%の例で説明して"),
    ("zh", "微信", "证明任意6个人中必有3人互相认识或互不认识"),
    ("ko", "카톡", "분산 트랜잭션에서 2PC가 블로킹되는 이유랑 3PC가 그걸 어떻게 해결하려는지 설명해줘"),
    ("tr", "mesaj", "neden P=NP sorusu kriptografi için önemli? kısa ama doğru anlat"),
    ("sv", "sms", "bevisa att det finns oändligt många primtal av formen 6k+5"),
    ("ar", "رسالة", "اشرح لماذا لا يمكن تربيع الدائرة باستخدام المسطرة والفرجار"),
    ("hi+en", "Hinglish", "bhai ek line me samjha: why does quicksort worst case n^2 hota hai aur randomization kaise help karta hai, proof ke saath"),
    ("vi", "tin nhắn", "chứng minh rằng căn bậc hai của 2 là số vô tỉ bằng hai cách khác nhau"),
    ("id", "chat", "kenapa inflasi tinggi bisa bikin utang pemerintah lebih ringan tapi merugikan penabung? jelasin pakai contoh angka"),
    ("cs", "sms", "dokaž, že harmonická řada diverguje, a vysvětli proč p-řada pro p>1 konverguje"),
    ("fi", "viesti", "miksi Bellman-Ford löytää negatiivisen syklin? todista lyhyesti"),
    ("el", "μήνυμα", "απόδειξε ότι κάθε φυσικός αριθμός >1 γράφεται μοναδικά ως γινόμενο πρώτων"),
    ("he", "הודעה", "תסביר למה מנגנון MVCC מונע קריאות מלוכלכות אבל לא תמיד write skew, עם דוגמה"),
    ("uk", "повідомлення", "чому задача про рюкзак NP-повна, але має псевдополіноміальний алгоритм?"),
    ("en", "support ticket", "Our p99 latency doubled after enabling TLS 1.3 0-RTT. Hypotheses ranked by likelihood and how to test each."),
    ("en", "teacher", "Write a 6-line poem in iambic tetrameter about entropy that also rhymes ABABCC. Then scan it."),
    ("en", "landlord", "Should I fix rents for 3 years or index to CPI given 4% inflation and a 6% mortgage? Model both."),
    ("de+en", "Denglisch", "Warum ist Linearizability stärker als Sequential Consistency? Give me a counterexample history."),
    ("es+en", "Spanglish", "explain me why the Monty Hall switch is 2/3, pero con 100 puertas y luego general n"),
    ("ja+en", "Japanese-English mix", "CRDT の merge が commutative で associative で idempotent じゃないとダメな理由を proof っぽく説明して"),
    ("fr+en", "franglais", "Est-ce que le Kelly criterion est optimal si on ne connaît pas exactement les odds? Proof ou contre-exemple"),
    ("pt", "fórum", "Como provar que o problema da parada é indecidível usando diagonalização, passo a passo?"),
    ("en", "texting", "is it ethical to use an AI to grade essays if it's more consistent than humans but less explainable? argue both sides properly"),
]

SHORT_SIMPLE = [
    ("en", "texting", "hey"), ("en", "texting", "thx!!"), ("en", "texting", "what's 15% of 80"), ("en", "dictation", "how many ounces in a cup"),
    ("en", "kid's homework", "what is the capital of australia"), ("en", "non-native English", "What is the past of 'bring'?"),
    ("en", "texting", "synonym for happy"), ("en", "forum post", "Is it 'affect' or 'effect' here: 'the rain will ___ the game'?"),
    ("en", "dictation", "set a reminder word for tomorrow translate good morning to french"), ("en", "texting", "how do u spell necessary"),
    ("en", "support ticket", "How do I reset my password?"), ("en", "teacher", "Give me 5 easy spelling words for 6-year-olds."),
    ("de", "SMS", "wie viel ist 7 mal 8"), ("de", "Sprachnachricht", "wie spät ist es in new york wenn es hier 15 uhr ist"),
    ("de", "Frage", "Was heißt 'Eichhörnchen' auf Englisch?"), ("fr", "texto", "merci beaucoup !"), ("fr", "question", "Combien de jours en février 2028 ?"),
    ("fr", "devoir", "Quel est le pluriel de 'cheval' ?"), ("es", "mensaje", "¿cuántos gramos tiene un kilo?"), ("es", "mensaje", "hola, ¿qué tal?"),
    ("es", "tarea", "¿Cuál es el río más largo de España?"), ("it", "chat", "come si dice 'grazie' in tedesco?"), ("it", "compiti", "quanto fa 144 diviso 12?"),
    ("pt", "zap", "bom dia!"), ("pt", "lição", "qual é o plural de 'pão'?"), ("nl", "appje", "hoeveel is 25 procent van 60?"),
    ("pl", "SMS", "ile to jest 3 razy 17?"), ("ru", "сообщение", "как по-английски «спасибо»?"), ("ru", "вопрос", "сколько минут в трёх часах?"),
    ("ja", "LINE", "ありがとう！"), ("ja", "質問", "「猫」は英語で何？"), ("zh", "微信", "你好"), ("zh", "问题", "一公里等于多少米？"),
    ("ko", "카톡", "안녕!"), ("ko", "질문", "1시간은 몇 분이야?"), ("tr", "mesaj", "günaydın"), ("tr", "soru", "12 ile 12'nin toplamı kaç?"),
    ("sv", "sms", "vad är 10 procent av 250?"), ("ar", "سؤال", "كم يوما في الأسبوع؟"), ("hi+en", "Hinglish", "thank you ko hindi me kya bolte hai"),
    ("vi", "tin nhắn", "chào bạn"), ("id", "chat", "1 jam berapa detik?"), ("el", "ερώτηση", "πόσο κάνει 9 επί 9;"), ("he", "שאלה", "מה זה 'שלום' באנגלית?"),
    ("uk", "питання", "скільки днів у році?"), ("cs", "otázka", "jak se řekne 'pes' anglicky?"), ("fi", "kysymys", "paljonko on 100 jaettuna 4:llä?"),
    ("en", "HR manager", "What's a polite way to say 'reminder' in an email subject?"), ("en", "clinician", "Convert 101.3 F to Celsius."),
    ("en", "landlord", "Is 'lease' or 'let' more common in the UK?"),
]

# Long multi-part tasks: (lang, style, intro with {n}/{m}/{p} parameters, asks); four asks are drawn per prompt.
LONG_HARD_DOMAINS = [
    ("en", "engineering lead (formal)",
     "We run a ride-sharing dispatch service: {n} thousand drivers send GPS pings every 4 seconds, riders expect a match in under {m} seconds, "
     "and the current single Postgres primary is at 85% CPU at peak. The team is six engineers, two of them junior, and we have a quarter.",
     ["Propose a target architecture for the location index and the matching path, with the data model and partitioning scheme.",
      "Explain how you would keep matching correct when a region's shard is partitioned from the rest for 30 seconds.",
      "Estimate write throughput and storage for 90 days of pings, showing the arithmetic.",
      "Lay out a migration plan that never takes dispatch offline, including rollback points.",
      "List the three riskiest assumptions in your design and how you would test each one cheaply this month.",
      "Compare an in-memory geohash grid against an H3-based index for this workload, with the trade-offs you would accept."]),
    ("en", "lawyer (memo request)",
     "A client runs a small bakery chain with {n} outlets. A former manager left {m} weeks ago for a competitor, took a customer list from the "
     "shared drive and is now emailing wholesale clients. The employment contract has a 12-month non-solicitation clause and a vague confidentiality clause.",
     ["Analyse whether the customer list is likely to qualify as confidential information or a trade secret, with the tests a court would apply.",
      "Assess the enforceability of a 12-month non-solicitation clause for a manager at this level, arguing both sides.",
      "Recommend interim relief options and the evidence we need to gather in the next seven days.",
      "Draft the key paragraphs of a cease-and-desist letter that is firm but does not overstate our position.",
      "Identify the litigation risks for the client, including counterclaims, and how to mitigate them.",
      "Explain how the analysis would change if the list had been compiled by the manager personally before joining."]),
    ("en", "clinician (case discussion)",
     "A {n}-year-old presents with three weeks of fatigue, {m} kg weight loss, night sweats and a new murmur. CRP is 84, haemoglobin 101, "
     "and they had dental work six weeks ago. They also take methotrexate for rheumatoid arthritis.",
     ["Build a ranked differential diagnosis and explain what would move each item up or down.",
      "Outline the investigations in order, with the reasoning for the sequence and what each result would change.",
      "Discuss how the methotrexate complicates both the differential and the management.",
      "Draft an explanation for the patient in plain language that is honest about uncertainty.",
      "Describe the criteria you would use to decide on empirical treatment before cultures return, and the risks either way.",
      "Identify the cognitive biases most likely to derail this work-up and a concrete guard against each."]),
    ("en", "teacher (curriculum design)",
     "I teach a mixed-ability class of {n} fourteen-year-olds; {m} of them have reading ages below eleven and three are new arrivals with little English. "
     "I have six weeks to teach the causes of the First World War and the exam board wants extended source analysis.",
     ["Design a six-week scheme of work with a clear progression in historical thinking, not just content.",
      "Create one differentiated source-analysis task with three entry points and explain the scaffolding.",
      "Write a model answer at the top band and annotate why it earns the marks.",
      "Propose a formative assessment plan that tells me within the first fortnight who is falling behind.",
      "Suggest how to handle the alliance-system explanation without reinforcing the 'domino' oversimplification.",
      "Plan how the three new arrivals can contribute meaningfully from week one."]),
    ("en", "HR director (policy)",
     "Our company has {n} employees in four countries. A staff survey shows {m}% of women in engineering plan to leave within a year, "
     "exit interviews mention promotion criteria nobody understands, and managers say they have no time for career conversations.",
     ["Diagnose the likely root causes, separating what the data shows from what we are guessing.",
      "Design a promotion framework for engineering that is transparent and hard to game, with example criteria for two levels.",
      "Propose a manager-time model that makes career conversations realistic, with the cost in hours.",
      "Describe the legal and cultural differences across the four countries that would change the rollout.",
      "Define success metrics for 12 months and how you would avoid Goodhart effects.",
      "Write the announcement email from the CEO in a tone that acknowledges the problem without defensiveness."]),
    ("en", "landlord (investment decision)",
     "I own {n} flats and can either refinance at 5.9% to buy a fourth, or pay down debt. Rents rise about {m}% a year, voids average three weeks, "
     "and a new licensing scheme will cost me £900 per property every five years.",
     ["Build a ten-year cash-flow comparison of the two options with explicit assumptions.",
      "Run a sensitivity analysis on interest rate, rent growth and voids and say which one dominates.",
      "Explain the tax treatment differences that could flip the decision for a higher-rate taxpayer.",
      "Identify the non-financial risks and how you would price them.",
      "Recommend a decision and state what new information would change it.",
      "Sketch a simple spreadsheet layout I could maintain myself."]),
    ("en", "novelist (creative brief)",
     "I'm writing a literary novel told in {n} alternating voices: a retired lighthouse keeper, his estranged daughter, and the lighthouse itself. "
     "The book spans {m} years and ends with the light being automated.",
     ["Outline the three-act structure with the turning points for each voice.",
      "Write the opening page in the lighthouse's voice, making it non-human but not twee.",
      "Explain how each voice's syntax and vocabulary should differ and why.",
      "Propose a motif system that ties the three voices together without being heavy-handed.",
      "Write the final paragraph of the novel in the daughter's voice.",
      "Critique the premise: where is it most likely to become sentimental, and how to avoid that?"]),
    ("en", "researcher (study design)",
     "We want to test whether a four-day school week improves attendance in rural districts. {n} districts volunteered, budgets differ widely, "
     "and we can observe outcomes for {m} years. Randomisation at district level is politically difficult.",
     ["Propose the strongest feasible study design and justify it against alternatives.",
      "Specify the primary and secondary outcomes and how you would pre-register them.",
      "Do a power calculation with stated assumptions about effect size and intraclass correlation.",
      "Explain the main threats to validity and how your design addresses each.",
      "Describe how you would analyse heterogeneous effects without p-hacking.",
      "Write the one-page summary for school boards that is accurate but readable."]),
    ("de", "Architektin (Gutachten)",
     "Ein denkmalgeschütztes Fachwerkhaus aus dem 17. Jahrhundert mit {n} Wohneinheiten soll energetisch saniert werden. Die Außenwand darf "
     "nicht gedämmt werden, das Budget liegt bei {m}00.000 Euro und die Eigentümergemeinschaft ist zerstritten.",
     ["Entwickle ein Sanierungskonzept mit Innendämmung und bewerte das Feuchterisiko bauphysikalisch.",
      "Vergleiche zwei Heizungsvarianten hinsichtlich Kosten, CO₂ und Denkmalschutzauflagen.",
      "Schlage eine Reihenfolge der Maßnahmen vor, die Förderprogramme optimal nutzt.",
      "Formuliere eine Empfehlung für die Eigentümerversammlung, die Konflikte entschärft.",
      "Nenne die größten Risiken im Bauablauf und wie man sie vertraglich absichert.",
      "Begründe, welche Messungen vor Beginn unbedingt nötig sind."]),
    ("fr", "chercheuse (note de politique)",
     "Une métropole de {n} habitants envisage la gratuité des transports publics. Le taux de couverture des coûts par les billets est de {m} %, "
     "et la ville veut réduire la part de la voiture sans creuser le déficit.",
     ["Analyse les effets attendus sur la fréquentation et le report modal en t'appuyant sur des cas comparables.",
      "Propose trois scénarios de financement et évalue leur équité.",
      "Identifie les effets pervers possibles et comment les mesurer.",
      "Rédige une recommandation argumentée pour le conseil métropolitain.",
      "Explique les hypothèses sur l'élasticité-prix qui changeraient la conclusion.",
      "Conçois un dispositif d'évaluation sur trois ans."]),
    ("es", "ingeniera (diseño)",
     "Una cooperativa agrícola con {n} socios quiere un sistema para registrar cosechas sin conexión estable a internet; sincroniza cuando hay señal "
     "y debe funcionar en teléfonos baratos. Hay {m} puntos de acopio.",
     ["Diseña la arquitectura offline-first y el modelo de datos.",
      "Explica cómo resolverías conflictos de edición concurrente sin perder datos.",
      "Propón una estrategia de pruebas para condiciones de red reales.",
      "Estima costes de infraestructura para cinco años.",
      "Describe cómo formar a los socios con poca experiencia digital.",
      "Analiza los riesgos de seguridad y privacidad y cómo mitigarlos."]),
    ("ja", "プロダクトマネージャー（企画書）",
     "地方の中小病院{n}施設を対象に、看護師のシフト作成を支援するサービスを企画している。現在はExcelで手作業、作成に毎月{m}時間かかっている。",
     ["制約条件（労働基準、希望休、スキル構成）を整理し、最適化問題として定式化してください。",
      "導入の障壁を分析し、段階的な導入計画を提案してください。",
      "料金モデルを三案比較し、推奨案を理由とともに示してください。",
      "公平性をどう定義し、どう測るかを論じてください。",
      "失敗した場合の主なシナリオと早期警戒指標を挙げてください。",
      "看護部長向けの一枚資料の構成を作ってください。"]),
]

VOICEMAIL_BITS = {
    "en": (["hey its me again sorry the line was bad earlier", "so i went past the bakery and they were out of the sourdough so i got the seeded one instead",
            "the car park was full so i had to go round twice", "anyway the kids want pizza tonight but i said maybe tomorrow", "oh and the dishwasher is making that noise again",
            "i think we need more bin bags and the blue washing up liquid not the green one", "the neighbours cat was sitting on our wall again just staring at me",
            "traffic on the ring road is awful so i might be a bit late", "did you remember to water the tomatoes because it was really hot today",
            "i saw they have started digging up the road by the school again"], "anyway lets meet at the station at half past six okay see you then bye",
           "What time did they say to meet?"),
    "de": (["hallo ich bins nochmal der empfang war vorhin schlecht", "ich war beim bäcker aber die hatten keine brezeln mehr", "der parkplatz war voll ich musste zweimal rumfahren",
            "die kinder wollen heute pizza aber ich hab gesagt vielleicht morgen", "die spülmaschine macht wieder dieses geräusch", "wir brauchen noch müllbeutel und spülmittel",
            "die katze von nebenan saß wieder auf unserer mauer", "auf der umgehungsstraße ist stau ich komme vielleicht später", "hast du die tomaten gegossen es war so heiß heute",
            "bei der schule wird schon wieder die straße aufgerissen"], "also treffen wir uns um halb sieben am bahnhof ja tschüss", "Um wie viel Uhr wollen wir uns treffen?"),
    "es": (["hola soy yo otra vez se cortaba la llamada", "fui a la panadería pero no quedaba pan de masa madre", "el parking estaba lleno y di dos vueltas",
            "los niños quieren pizza esta noche pero les dije que mañana", "el lavavajillas hace otra vez ese ruido", "hay que comprar bolsas de basura y lavavajillas del azul",
            "el gato del vecino estaba otra vez en nuestro muro mirándome", "hay un atasco horrible en la circunvalación así que igual llego tarde",
            "te acordaste de regar los tomates que hoy hizo mucho calor", "han vuelto a levantar la calle del colegio"], "bueno quedamos en la estación a las seis y media vale chao",
           "¿A qué hora dijo que quedamos?"),
}

HOUSE_RULES = {
    "en": (["Quiet hours are 10pm to 7am.", "Bins go out on Tuesday night; recycling every other week.", "Please don't park in front of the garage door.",
            "Bikes live in the shed, not in the hallway.", "Shoes off in the carpeted rooms.", "The boiler timer is set; please don't change it.",
            "Report leaks the same day.", "Smoke alarms are tested on the first of each month.", "No candles in the bedrooms.", "Keep the back gate shut — foxes.",
            "Laundry lines in the garden are shared.", "No BBQs on the balcony.", "Visitors staying more than a week need a quick heads-up.",
            "The loft is not for storage.", "Please use the doormat; the hall floor is oak.", "Drains: no fat down the sink.", "Close windows when it rains.",
            "The wifi router lives in the hall cupboard; don't move it.", "Pets: one cat or small dog is fine with a pet deposit.", "Garden is mowed fortnightly by the landlord."],
           "Are pets allowed?"),
    "de": (["Ruhezeiten von 22 bis 7 Uhr.", "Mülltonnen dienstags abends rausstellen.", "Bitte nicht vor dem Garagentor parken.", "Fahrräder gehören in den Schuppen.",
            "Im Teppichzimmer bitte Schuhe aus.", "Die Heizungszeitschaltuhr nicht verstellen.", "Wasserschäden am selben Tag melden.", "Rauchmelder werden monatlich geprüft.",
            "Keine Kerzen in den Schlafzimmern.", "Hintertor immer schließen.", "Wäscheleinen im Garten werden geteilt.", "Kein Grillen auf dem Balkon.",
            "Längerer Besuch bitte kurz ankündigen.", "Der Dachboden ist kein Lager.", "Kein Fett in den Abfluss.", "Bei Regen Fenster schließen.",
            "Den Router im Flurschrank nicht umstellen.", "Haustiere: eine Katze oder ein kleiner Hund gegen Kaution erlaubt.", "Der Rasen wird vom Vermieter gemäht.",
            "Treppenhausreinigung im Wechsel laut Plan."], "Sind Haustiere erlaubt?"),
}


NEWS_CLOSE = {
    "en": "As always, thank you for your support at home. Reading together for ten minutes a day makes a real difference, and the children love telling us "
          "about the books they have shared with you. If you have any questions, the office can pass on a message, or catch us at the gate after school. "
          "Have a lovely weekend, and remember that the clocks change on Sunday morning.",
    "nl": "Zoals altijd bedankt voor jullie steun thuis. Elke dag tien minuten samen lezen maakt echt verschil, en de kinderen vertellen ons graag over de "
          "boeken die ze met jullie gelezen hebben. Vragen? De administratie geeft een bericht door, of spreek ons aan bij het hek na schooltijd. "
          "Fijn weekend allemaal, en denk eraan dat de klok zondagochtend verzet wordt.",
}
HOUSE_INTRO = {
    "en": "Welcome to the house! These rules are here so that everyone who lives here can get along and so that the building stays in good shape. "
          "Most of them are common sense, a few are there because something went wrong in the past, and all of them apply to guests too. "
          "If anything is unclear, leave a note on the kitchen board and I will reply within a couple of days. Thanks for looking after the place.",
    "de": "Willkommen im Haus! Diese Regeln sollen dafür sorgen, dass alle gut miteinander auskommen und das Gebäude in gutem Zustand bleibt. "
          "Das meiste ist selbstverständlich, einiges steht hier, weil früher etwas schiefgegangen ist, und alles gilt auch für Gäste. "
          "Wenn etwas unklar ist, hinterlasst bitte eine Notiz an der Pinnwand in der Küche, ich antworte innerhalb von ein paar Tagen. Danke!",
}


def long_easy(f: Forge) -> list[tuple]:
    out = []
    for lang, (bits, key, q) in VOICEMAIL_BITS.items():
        for _ in range(3):
            seq = [f.pick(bits) for _ in range(26)]
            seq.insert(f.r.randint(6, 14), key)
            text = " ".join(seq)
            out.append((lang, "dictation (voicemail transcript)", f"{text}\n\n{q}" if f.r.random() < .6 else f"{q}\n\n{text}"))
    for lang, (rules, q) in HOUSE_RULES.items():
        for _ in range(3):
            rs = rules[:]
            f.r.shuffle(rs)
            text = "\n".join(f"{i}. {r}" for i, r in enumerate(rs, 1))
            out.append((lang, "landlord's house rules", f"{HOUSE_INTRO[lang]}\n\n{text}\n\n{q}"))
    for lang, q in [("en", "What's the highest temperature in this log?"), ("de", "Was ist die höchste Temperatur?"), ("ja", "最高気温はいくつ？"),
                    ("pt", "Qual é a temperatura mais alta?"), ("ko", "가장 높은 온도는?")]:
        t0 = dt.datetime(2026, 3, f.r.randint(1, 28), 6, 0)
        rows = ["timestamp,temp_c,humidity_pct"]
        for i in range(70):
            rows.append(f"{(t0 + dt.timedelta(minutes=10 * i)).isoformat(timespec='minutes')},{f.r.uniform(14, 24):.1f},{f.r.randint(40, 70)}")
        out.append((lang, "pasted sensor CSV", f"{q}\n\n" + "\n".join(rows)))
    news = {"en": ("Class 4 newsletter", ["Thank you to everyone who came to the harvest assembly.", "Reading books are changed on Mondays and Thursdays.",
                                          "PE is on Wednesday; please send trainers.", "Our topic this half term is rivers and the water cycle.",
                                          "Spellings go home on Friday and are tested the following Friday.", "Please label all jumpers and water bottles.",
                                          "Swimming lessons continue until half term.", "The library van visits every second Tuesday.",
                                          "We are collecting cardboard tubes for the art project.", "Parents' evening bookings open next week."],
                   "The school trip to the science museum is on Thursday 14 May; packed lunch needed.", "When is the school trip?"),
            "nl": ("Nieuwsbrief groep 6", ["Bedankt voor de hulp bij de sportdag.", "Gym is op woensdag, neem gymschoenen mee.", "Ons thema is het weer en het klimaat.",
                                           "Woordjes worden op vrijdag getoetst.", "Zet namen in jassen en bekers.", "De bibliotheek komt om de week.",
                                           "We sparen wc-rolletjes voor handvaardigheid.", "Oudergesprekken kunnen volgende week ingepland worden.",
                                           "Denk aan een gezonde pauzehap.", "De schoolfotograaf komt in juni."],
                   "Het schoolreisje naar de dierentuin is op dinsdag 9 juni; neem een lunchpakket mee.", "Wanneer is het schoolreisje?")}
    for lang, (title, items, key, q) in news.items():
        for _ in range(3):
            its = items[:] + items[:]
            f.r.shuffle(its)
            its.insert(f.r.randint(3, 10), key)
            out.append((lang, "teacher's class newsletter", f"{title}\n\n" + "\n\n".join(its) + f"\n\n{NEWS_CLOSE[lang]}\n\n{q}"))
    for lang, q in [("en", "Which product is the cheapest?"), ("fr", "Quel produit est le moins cher ?"), ("es", "¿Cuál es el producto más barato?"), ("it", "Qual è il prodotto più economico?")]:
        items = [{"sku": f"SKU-{f.ids.dig(5)}", "name": n, "price_eur": round(f.r.uniform(3, 90), 2), "stock": f.r.randint(0, 200)}
                 for n in ["oak cutting board", "enamel mug", "linen tea towel", "ceramic bowl", "bread knife", "herb planter", "salt cellar",
                           "coffee grinder", "steel whisk", "glass jar set", "olive wood spoon", "cast iron trivet", "bamboo steamer", "pepper mill"]]
        out.append((lang, "pasted product catalogue", json.dumps(items, indent=1) + f"\n\n{q}"))
    for lang, q in [("en", "What time is the last log line?"), ("sv", "Vilken tid har sista raden?"), ("pl", "O której jest ostatni wpis?")]:
        t = dt.datetime(2026, 2, 11, 8, 0, 0)
        lines = []
        for i in range(40):
            t += dt.timedelta(seconds=f.r.randint(3, 90))
            lines.append(f"{t.isoformat()} INFO worker-{f.r.randint(1, 6)} processed batch {1000 + i} in {f.r.randint(80, 900)}ms")
        out.append((lang, "pasted worker log", "\n".join(lines) + f"\n\n{q}"))
    for lang, q in [("en", "How many eggs does this need?"), ("it", "Quante uova servono?"), ("fr", "Combien d'œufs faut-il ?")]:
        steps = ["Preheat the oven to 180°C and line a 23 cm tin.", "Cream 200 g butter with 180 g sugar until pale, about five minutes.",
                 "Beat in 4 eggs one at a time, adding a spoon of flour with the last one.", "Fold in 220 g self-raising flour and a pinch of salt.",
                 "Stir in the zest of two lemons and 3 tablespoons of milk.", "Spoon into the tin and level the top with the back of the spoon.",
                 "Bake for 45-50 minutes until a skewer comes out clean.", "Meanwhile mix the juice of the lemons with 100 g icing sugar.",
                 "Prick the warm cake all over and pour the drizzle on.", "Leave to cool in the tin before turning out.",
                 "It keeps for three days in an airtight tin.", "For a loaf version use a 900 g loaf tin and add 5 minutes."]
        intro = "My grandmother's lemon drizzle, typed up from her card. She always said the secret is patience with the creaming and not opening the oven door early. " * 2
        out.append((lang, "typed-up family recipe", intro + "\n\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)) * 2 + f"\n\n{q}"))
    return out


def long_hard(f: Forge) -> list[tuple]:
    out = []
    for lang, style, intro, asks in LONG_HARD_DOMAINS:
        for _ in range(4):
            chosen = f.r.sample(asks, 4)
            text = intro.format(n=f.r.randint(3, 60), m=f.r.randint(2, 30)) + "\n\n" + "\n".join(f"{i}. {a}" for i, a in enumerate(chosen, 1))
            text += f.pick(["\n\nPlease be thorough and show your reasoning.", "\n\nBe concrete; I will act on this.", "", "\n\nFlag anything you are unsure about."])
            out.append((lang, style, text))
    return out


def build_complexity(f: Forge) -> list[dict]:
    recs = []
    for lang, style, text in SHORT_HARD:
        recs.append(("short_hard", 1, True, lang, style, text))
    for lang, style, text in long_easy(f):
        recs.append(("long_easy", 0, True, lang, style, text))
    for lang, style, text in SHORT_SIMPLE:
        recs.append(("short_simple", 0, False, lang, style, text))
    for lang, style, text in long_hard(f):
        recs.append(("long_hard", 1, False, lang, style, text))
    out = []
    for cat, label, adv, lang, style, text in recs:
        if cat == "long_easy" and len(text) < 1200:
            raise SystemExit(f"long_easy prompt too short ({len(text)} chars): {style}")
        msgs = [{"role": "user", "content": text}]
        r = f.r.random()
        if r < .3:
            msgs.insert(0, {"role": "system", "content": _sys(f, lang)})
        elif r < .4:
            msgs = [{"role": "user", "content": f.pick(["hi", "quick one", "can I ask something?"])}, {"role": "assistant", "content": "Sure, go ahead."}] + msgs
        out.append({"category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat", "lang": lang, "style": style, "body": _body(f, msgs)})
    f.r.shuffle(out)
    for i, r in enumerate(out, 1):
        r["id"] = f"meadow-cx-{i:04d}"
    return [{"id": r["id"], **{k: r[k] for k in ("category", "label", "length_adversarial", "endpoint", "lang", "style", "body")}} for r in out]


# ======================================================================================
# Main
# ======================================================================================


def contents(pii: list[dict], cx: list[dict]) -> str:
    def counts(c: Counter) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    sens = [r for r in pii if r["sensitive"]]
    ben = [r for r in pii if not r["sensitive"]]
    ends = Counter(r["endpoint"] for r in pii)
    cx_long = [r for r in cx if r["category"] == "long_easy"]
    lines = [
        f"pii_meadow.jsonl: {len(pii)} requests ({ends['chat']} chat, {ends['completions']} completions) in {len({r['lang'] for r in pii})} language tags;",
        f"{len(sens)} sensitive in {len({r['category'] for r in sens})} writer styles ({counts(Counter(r['category'] for r in sens))})",
        f"and {len(ben)} benign ({round(100 * len(ben) / len(pii))}%) ({counts(Counter(r['category'] for r in ben))}).",
        f"Entity labels: {counts(Counter(e for r in sens for e in r['entities']))}.",
        f"Languages: {counts(Counter(r['lang'] for r in pii))}.",
        f"complexity_meadow.jsonl: {len(cx)} chat requests in {len({r['lang'] for r in cx})} language tags, {sum(r['label'] for r in cx)} labelled 1;",
        f"{sum(r['length_adversarial'] for r in cx)} ({round(100 * sum(r['length_adversarial'] for r in cx) / len(cx))}%) length-adversarial",
        f"({counts(Counter(r['category'] for r in cx if r['length_adversarial']))}; long_easy min {min(len(r['body']['messages'][-1]['content']) for r in cx_long)} chars),",
        f"plus {counts(Counter(r['category'] for r in cx if not r['length_adversarial']))}.",
    ]
    import textwrap
    return "\n".join(textwrap.fill(" ".join(lines), 118, initial_indent="    ", subsequent_indent="    ").splitlines())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--verify", action="store_true", help="validate every issued identifier with python-stdnum")
    ap.add_argument("--contents", action="store_true", help="print the docstring's Contents paragraph")
    args = ap.parse_args()
    f = Forge(args.seed)
    pii = build_pii(f)
    cx = build_complexity(Forge(args.seed + 1))
    args.out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii_meadow.jsonl", pii), ("complexity_meadow.jsonl", cx)):
        with open(args.out / name, "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(pii)} PII and {len(cx)} complexity records to {args.out}")
    if args.contents:
        print(contents(pii, cx))
    if args.verify:
        seen = verify(f.issued)
        print(f"--verify: {sum(seen.values())} identifiers valid ({', '.join(f'{k} {v}' for k, v in sorted(seen.items()))})")


if __name__ == "__main__":
    main()
