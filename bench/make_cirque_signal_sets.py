#!/usr/bin/env python3
"""Cirque: the sixteenth independent evaluation split for the request signals (issue 12; written blind as a second
"glacier" in parallel with the one that kept that name, renamed before its one look).

Writes bench/data/signals/pii_cirque.jsonl and bench/data/signals/complexity_cirque.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    In isolation: its author read neither the detector, its tests, the results nor the evaluator (beyond the
    record format, from the meadow generator and the first lines of its files); other generators were skimmed
    only to avoid their names, templates and organising principle. Name pools were checked against the
    capitalised words of all other generators' sources.

Organising principle
    By INDUSTRY / WORKFLOW: each PII category is one line of business (logistics dispatch, insurance claims,
    travel bookings, school administration, banking support, telehealth, real estate, recruiting, game community
    moderation, government forms, retail returns, legal intake). Sensitive records of an industry use category
    ``<industry>``; its benign records use ``<industry>_benign`` (categories never mix labels). Requests are shaped
    the way such an application would send them, and the language of the end user's data rotates over many
    locales. Identifiers carry valid check digits; every one is validated with python-stdnum (or, where stdnum
    has no scheme, an own check such as the ICAO 7-3-1 MRZ digits) and phones with ``phonenumbers``.
    Complexity prompts are organised by the same industries (short_simple, long_easy, short_hard, long_hard).

Contents (seed 20261215)
    pii_cirque.jsonl: 504 requests (447 chat, 57 completions) in 60 locales / 44 base languages; 300 sensitive (25 per
    industry) and 204 benign (17 per industry). complexity_cirque.jsonl: 183 chat requests, 90 labelled 1, 96 (52%)
    length-adversarial (short_hard 48, long_easy 48 of >= 1,200 chars), short_simple 45, long_hard 42.
    The run prints the identifier validation counts (stdnum / phonenumbers / MRZ) and the label balance.

Command (byte-reproducible; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_cirque_signal_sets.py [--seed 20261215] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import random
import re
from collections import Counter
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import (ean, iban as std_iban, iso6346, luhn)
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.be import nn as be_nn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.ec import ci as ec_ci
from stdnum.ee import ik
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.id import nik
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_mynumber
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.mx import curp, rfc
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.nz import ird
from stdnum.pe import cui
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.sk import rc as sk_rc
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import itin, ssn as us_ssn
from stdnum.za import idnr as za_idnr
from stdnum.au import tfn

SEED = 20261215
OUT = Path(__file__).resolve().parent / "data" / "signals"
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# issued identifiers: (scheme, value); every one is re-validated at the end
ISSUED: list[tuple[str, str]] = []


def _issue(scheme: str, value: str) -> str:
    ISSUED.append((scheme, value))
    return value


def brute(rng: random.Random, make, alphabet: str, ok, width: int = 1, tries: int = 400) -> str:
    """make() returns a string holding '?' * width where the check characters go; try them in order."""
    for _ in range(tries):
        body = make()
        if width == 1:
            cands = list(alphabet)
        else:
            cands = [a + b for a in alphabet for b in alphabet]
        for c in cands:
            s = body.replace("?" * width, c, 1)
            try:
                if ok(s):
                    return s
            except Exception:
                pass
    raise RuntimeError("no valid completion")


def d(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def yy(b):
    return f"{b.year % 100:02d}"


def ymd(b):
    return f"{yy(b)}{b.month:02d}{b.day:02d}"


def dmy(b):
    return f"{b.day:02d}{b.month:02d}{yy(b)}"


# ---- national / tax / social numbers: (label, scheme name, generator(rng, born, sex, person)) ----------------
def g_us_ssn(rng, b, s, p):
    def mk():
        area = rng.choice([x for x in range(1, 900) if x != 666])
        return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    v = mk()
    while not us_ssn.is_valid(v):
        v = mk()
    return _issue("us.ssn", v)


def g_us_itin(rng, b, s, p):
    v = brute(rng, lambda: f"9{d(rng, 2)}-{rng.choice([70, 75, 81, 88, 90, 94, 97])}-{d(rng, 3)}?", DIG, itin.is_valid)
    return _issue("us.itin", v)


def g_gb_nhs(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.randint(4, 6)}{d(rng, 8)}?", DIG, nhs.is_valid)
    return _issue("gb.nhs", nhs.format(v))


def g_aadhaar(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.randint(2, 9)}{d(rng, 10)}?", DIG, aadhaar.is_valid)
    return _issue("in.aadhaar", aadhaar.format(v))


def g_pan(rng, b, s, p):
    fam = p["family_ascii"][:1].upper() or "K"
    v = "".join(rng.choice(UP) for _ in range(3)) + "P" + fam + d(rng, 4) + rng.choice(UP)
    while not pan.is_valid(v):
        v = "".join(rng.choice(UP) for _ in range(3)) + "P" + fam + d(rng, 4) + rng.choice(UP)
    return _issue("in.pan", v)


def g_au_tfn(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.randint(1, 8)}{d(rng, 7)}?", DIG, tfn.is_valid)
    return _issue("au.tfn", tfn.format(v))


def g_nz_ird(rng, b, s, p):
    v = brute(rng, lambda: f"1{d(rng, 7)}?", DIG, ird.is_valid)
    return _issue("nz.ird", ird.format(v))


def g_ie_pps(rng, b, s, p):
    v = brute(rng, lambda: f"{d(rng, 7)}?", "ABCDEFGHIJKLMNOPQRSTUVW", pps.is_valid)
    return _issue("ie.pps", v)


def g_ca_sin(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.choice('1234567')}{d(rng, 7)}?", DIG, ca_sin.is_valid)
    return _issue("ca.sin", ca_sin.format(v))


def g_za(rng, b, s, p):
    g = rng.randint(5000, 9999) if s == "m" else rng.randint(0, 4999)
    v = brute(rng, lambda: f"{ymd(b)}{g:04d}08?", DIG, za_idnr.is_valid)
    return _issue("za.idnr", v)


def g_de_idnr(rng, b, s, p):
    def mk():
        ds = list("0123456789")
        rng.shuffle(ds)
        body = ds[:9]
        body.insert(rng.randint(0, 8), body[rng.randint(0, 8)])
        if body[0] == "0":
            body[0], body[1] = body[1], body[0]
        return "".join(body) + "?"
    v = brute(rng, mk, DIG, idnr.is_valid)
    return _issue("de.idnr", idnr.format(v))


def g_at_vnr(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.randint(1, 9)}{d(rng, 2)}?{dmy(b)}", DIG, vnr.is_valid)
    return _issue("at.vnr", f"{v[:4]} {v[4:]}")


def g_ch_ahv(rng, b, s, p):
    v = brute(rng, lambda: f"756{d(rng, 9)}?", DIG, ch_ssn.is_valid)
    return _issue("ch.ssn", ch_ssn.format(v))


def g_fr_nir(rng, b, s, p):
    sx = "1" if s == "m" else "2"
    v = brute(rng, lambda: f"{sx}{yy(b)}{b.month:02d}{rng.choice(['13', '33', '59', '69', '75', '31', '44', '67'])}{d(rng, 3)}{d(rng, 3)}??",
              DIG, nir.is_valid, width=2)
    return _issue("fr.nir", nir.format(v))


def g_be_nn(rng, b, s, p):
    def mk():
        seq = rng.randrange(1 if s == "m" else 2, 998, 2)
        return f"{ymd(b)}{seq:03d}??"
    v = brute(rng, mk, DIG, be_nn.is_valid, width=2)
    return _issue("be.nn", be_nn.format(v))


def g_es_dni(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.randint(1, 7)}{d(rng, 7)}?", "TRWAGMYFPDXBNJZSQVHLCKE", dni.is_valid)
    return _issue("es.dni", v)


def g_es_nie(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.choice('XYZ')}{d(rng, 7)}?", "TRWAGMYFPDXBNJZSQVHLCKE", nie.is_valid)
    return _issue("es.nie", v)


def _cons(word, n=3):
    w = re.sub(r"[^A-Z]", "", word.upper())
    c = [ch for ch in w if ch not in "AEIOU"]
    v = [ch for ch in w if ch in "AEIOU"]
    return (c + v + ["X"] * 3)[:n]


def g_mx_curp(rng, b, s, p):
    fam = re.sub(r"[^A-Z]", "", p["family_ascii"].upper()) or "LOPEZ"
    giv = re.sub(r"[^A-Z]", "", p["given_ascii"].upper()) or "JUAN"
    vow = next((ch for ch in fam[1:] if ch in "AEIOU"), "X")
    first4 = fam[0] + vow + rng.choice("AEGMORV") + giv[0]
    state = rng.choice(["DF", "JC", "NL", "PL", "VZ", "OC", "YN", "GT"])
    inner = "".join([next((ch for ch in fam[1:] if ch not in "AEIOU"), "X"), rng.choice("BCDFGHJKLMNPRST"),
                     next((ch for ch in giv[1:] if ch not in "AEIOU"), "X")])
    hom = "0" if b.year < 2000 else "A"
    v = brute(rng, lambda: f"{first4}{ymd(b)}{'H' if s == 'm' else 'M'}{state}{inner}{hom}?", DIG, curp.is_valid)
    return _issue("mx.curp", v)


def g_mx_rfc(rng, b, s, p):
    fam = re.sub(r"[^A-Z]", "", p["family_ascii"].upper()) or "LOPEZ"
    giv = re.sub(r"[^A-Z]", "", p["given_ascii"].upper()) or "JUAN"
    vow = next((ch for ch in fam[1:] if ch in "AEIOU"), "X")
    v = brute(rng, lambda: f"{fam[0]}{vow}{rng.choice('AEGMORV')}{giv[0]}{ymd(b)}{rng.choice(UP[:20])}{rng.choice(DIG)}?",
              DIG + "A", rfc.is_valid)
    return _issue("mx.rfc", v)


def g_cl_rut(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.randint(8, 26)}{d(rng, 6)}?", DIG + "K", rut.is_valid)
    return _issue("cl.rut", rut.format(v))


def g_ar_cuit(rng, b, s, p):
    v = brute(rng, lambda: f"{'20' if s == 'm' else '27'}{rng.randint(18, 45)}{d(rng, 6)}?", DIG, cuit.is_valid)
    return _issue("ar.cuit", cuit.format(v))


def g_ec_ci(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.randint(1, 24):02d}{rng.randint(0, 5)}{d(rng, 6)}?", DIG, ec_ci.is_valid)
    return _issue("ec.ci", v)


def g_pe_cui(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.randint(1, 7)}{d(rng, 7)}?", DIG + "ABCDEFGHIJK", cui.is_valid)
    return _issue("pe.cui", v)


MONTH_CF = "ABCDEHLMPRST"


def g_it_cf(rng, b, s, p):
    fam = "".join(_cons(p["family_ascii"]))
    gc = [ch for ch in re.sub(r"[^A-Z]", "", p["given_ascii"].upper()) if ch not in "AEIOU"]
    giv = "".join(gc[:1] + gc[2:4]) if len(gc) >= 4 else "".join(_cons(p["given_ascii"]))
    day = b.day + (40 if s == "f" else 0)
    muni = rng.choice(["F205", "H501", "L219", "G273", "A944", "D612", "F839", "L736", "C351"])
    v = brute(rng, lambda: f"{fam}{giv}{yy(b)}{MONTH_CF[b.month - 1]}{day:02d}{muni}?", UP, codicefiscale.is_valid)
    return _issue("it.codicefiscale", v)


def g_pt_nif(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.choice('123')}{d(rng, 7)}?", DIG, nif.is_valid)
    return _issue("pt.nif", v)


def g_br_cpf(rng, b, s, p):
    v = brute(rng, lambda: f"{d(rng, 9)}??", DIG, cpf.is_valid, width=2)
    return _issue("br.cpf", cpf.format(v))


def g_nl_bsn(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.randint(1, 6)}{d(rng, 7)}?", DIG, bsn.is_valid)
    return _issue("nl.bsn", v)


def g_pl_pesel(rng, b, s, p):
    m = b.month + (20 if b.year >= 2000 else 0)
    sx = rng.choice("13579" if s == "m" else "02468")
    v = brute(rng, lambda: f"{yy(b)}{m:02d}{b.day:02d}{d(rng, 3)}{sx}?", DIG, pesel.is_valid)
    return _issue("pl.pesel", v)


def g_se_pnr(rng, b, s, p):
    sx = rng.choice("13579" if s == "m" else "02468")
    v = brute(rng, lambda: f"{ymd(b)}-{d(rng, 2)}{sx}?", DIG, personnummer.is_valid)
    return _issue("se.personnummer", v)


def g_no_fnr(rng, b, s, p):
    def mk():
        ind = rng.randint(0, 499) if b.year < 2000 else rng.randint(500, 999)
        ind = ind - ind % 2 + (1 if s == "m" else 0)
        ind = min(ind, 999)
        return f"{dmy(b)}{ind:03d}??"
    v = brute(rng, mk, DIG, fodselsnummer.is_valid, width=2)
    return _issue("no.fodselsnummer", v)


def g_dk_cpr(rng, b, s, p):
    def mk():
        c = rng.choice("0123") if b.year < 2000 else rng.choice("4")
        last = rng.choice("13579" if s == "m" else "02468")
        return f"{dmy(b)}-{c}{d(rng, 2)}{last}"
    v = mk()
    while not cpr.is_valid(v):
        v = mk()
    return _issue("dk.cpr", v)


def g_fi_hetu(rng, b, s, p):
    sep = "-" if b.year < 2000 else "A"
    v = brute(rng, lambda: f"{dmy(b)}{sep}{rng.randint(2, 899):03d}?", "0123456789ABCDEFHJKLMNPRSTUVWXY", hetu.is_valid)
    return _issue("fi.hetu", v)


def g_cz_rc(rng, b, s, p):
    m = b.month + (50 if s == "f" else 0)
    v = brute(rng, lambda: f"{yy(b)}{m:02d}{b.day:02d}/{d(rng, 3)}?", DIG, cz_rc.is_valid)
    return _issue("cz.rc", v)


def g_sk_rc(rng, b, s, p):
    m = b.month + (50 if s == "f" else 0)
    v = brute(rng, lambda: f"{yy(b)}{m:02d}{b.day:02d}/{d(rng, 3)}?", DIG, sk_rc.is_valid)
    return _issue("sk.rc", v)


def g_ro_cnp(rng, b, s, p):
    sx = ("1" if s == "m" else "2") if b.year < 2000 else ("5" if s == "m" else "6")
    v = brute(rng, lambda: f"{sx}{ymd(b)}{rng.randint(1, 46):02d}{d(rng, 3)}?", DIG, cnp.is_valid)
    return _issue("ro.cnp", v)


def g_bg_egn(rng, b, s, p):
    m = b.month + (40 if b.year >= 2000 else 0)
    sx = rng.choice("02468" if s == "m" else "13579")
    v = brute(rng, lambda: f"{yy(b)}{m:02d}{b.day:02d}{d(rng, 2)}{sx}?", DIG, egn.is_valid)
    return _issue("bg.egn", v)


def g_gr_amka(rng, b, s, p):
    sx = rng.choice("13579" if s == "m" else "02468")
    v = brute(rng, lambda: f"{dmy(b)}{d(rng, 3)}{sx}?", DIG, amka.is_valid)
    return _issue("gr.amka", v)


def g_ru_inn(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.choice(['77', '78', '50', '66', '54', '16', '23'])}{d(rng, 8)}??", DIG, inn.is_valid, width=2)
    return _issue("ru.inn", v)


def g_ua_rntrc(rng, b, s, p):
    days = (b - dt.date(1899, 12, 31)).days
    sx = rng.choice("13579" if s == "m" else "02468")
    v = brute(rng, lambda: f"{days:05d}{d(rng, 3)}{sx}?", DIG, rntrc.is_valid)
    return _issue("ua.rntrc", v)


def g_tr_tc(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.randint(1, 9)}{d(rng, 8)}??", DIG, tckimlik.is_valid, width=2)
    return _issue("tr.tckimlik", v)


def g_il_id(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.choice('0123')}{d(rng, 7)}?", DIG, il_idnr.is_valid)
    return _issue("il.idnr", v)


def g_id_nik(rng, b, s, p):
    def mk():
        reg = rng.choice(["317101", "327301", "337402", "357801", "517102", "127101", "737101"])
        day = b.day + (40 if s == "f" else 0)
        return f"{reg}{day:02d}{b.month:02d}{yy(b)}{rng.randint(1, 999):04d}"
    v = mk()
    while not nik.is_valid(v):
        v = mk()
    return _issue("id.nik", v)


def g_my_nric(rng, b, s, p):
    def mk():
        last = rng.choice("13579" if s == "m" else "02468")
        return f"{ymd(b)}-{rng.choice(['01', '05', '07', '10', '14', '08'])}-{d(rng, 3)}{last}"
    v = mk()
    while not nric.is_valid(v):
        v = mk()
    return _issue("my.nric", v)


def g_jp_mynumber(rng, b, s, p):
    v = brute(rng, lambda: f"{d(rng, 11)}?", DIG, jp_mynumber.is_valid)
    return _issue("jp.in_", jp_mynumber.format(v))


def g_kr_rrn(rng, b, s, p):
    g = ("1" if s == "m" else "2") if b.year < 2000 else ("3" if s == "m" else "4")
    v = brute(rng, lambda: f"{ymd(b)}-{g}{rng.randint(0, 8)}{d(rng, 4)}?", DIG, rrn.is_valid)
    return _issue("kr.rrn", v)


def g_cn_ric(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.choice(['110105', '310104', '440106', '510107', '330106', '420106', '320102'])}"
              f"{b.year}{b.month:02d}{b.day:02d}{d(rng, 2)}{rng.choice('13579' if s == 'm' else '02468')}?", DIG + "X", ric.is_valid)
    return _issue("cn.ric", v)


def g_th_pin(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.randint(1, 8)}{d(rng, 11)}?", DIG, th_pin.is_valid)
    return _issue("th.pin", th_pin.format(v) if hasattr(th_pin, "format") else v)


def g_ee_ik(rng, b, s, p):
    c = ("3" if s == "m" else "4") if b.year < 2000 else ("5" if s == "m" else "6")
    v = brute(rng, lambda: f"{c}{ymd(b)}{d(rng, 3)}?", DIG, ik.is_valid)
    return _issue("ee.ik", v)


def g_lt_ak(rng, b, s, p):
    c = ("3" if s == "m" else "4") if b.year < 2000 else ("5" if s == "m" else "6")
    v = brute(rng, lambda: f"{c}{ymd(b)}{d(rng, 3)}?", DIG, asmens.is_valid)
    return _issue("lt.asmens", v)


def g_hr_oib(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.randint(1, 9)}{d(rng, 9)}?", DIG, oib.is_valid)
    return _issue("hr.oib", v)


def g_is_kt(rng, b, s, p):
    c = "9" if b.year < 2000 else "0"
    v = brute(rng, lambda: f"{dmy(b)}{rng.randint(20, 99)}?{c}", DIG, kennitala.is_valid)
    return _issue("is.kennitala", kennitala.format(v))


def g_si_emso(rng, b, s, p):
    y3 = f"{b.year % 1000:03d}"
    sq = rng.randint(0, 499) if s == "m" else rng.randint(500, 999)
    v = brute(rng, lambda: f"{b.day:02d}{b.month:02d}{y3}50{sq:03d}?", DIG, emso.is_valid)
    return _issue("si.emso", v)


def ir_melli_ok(s: str) -> bool:
    s = s.replace("-", "")
    if not re.fullmatch(r"\d{10}", s) or len(set(s)) == 1:
        return False
    tot = sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    c = int(s[9])
    return c == tot if tot < 2 else c == 11 - tot


def g_ir_melli(rng, b, s, p):
    v = brute(rng, lambda: f"{rng.choice(['001', '002', '044', '127', '371', '079'])}{d(rng, 6)}?", DIG, ir_melli_ok)
    return _issue("ir.melli", f"{v[:3]}-{v[3:9]}-{v[9]}")


# ======================================================================================
# Locales: names (own pools, checked against the other generators), phones, streets, identifiers
# ======================================================================================
class L:
    def __init__(self, tag, region, iban_cc, gm, gf, fam, streets, cities, mails, ids, order="gf", fam_f=None,
                 ascii_map=None, script=None):
        self.tag, self.region, self.iban_cc = tag, region, iban_cc
        sp = lambda t: [w.replace("_", " ") for w in t.split()]
        self.gm, self.gf, self.fam, self.fam_f = sp(gm), sp(gf), sp(fam), (sp(fam_f) if fam_f else None)
        self.streets, self.cities, self.mails, self.ids, self.order = streets, cities, mails.split(), ids, order
        self.ascii_map = ascii_map or {}


NID, TAX, SSN, HIN = "NATIONAL_ID", "TAX_ID", "ssn", "HEALTH_INSURANCE"

LOCALES = [
    L("en", "US", None, "Tobiah Merritt Ozias", "Brielle Annora Leighton",
      "Pettibone Vanderhoof Fairclough Stallworth Quackenbush",
      ["{n} Larchmont Ter", "{n} Sycamore Bend Rd", "{n} W Pruitt Ave Apt {a}"], ["Dayton, OH 45419", "Boise, ID 83704", "Lubbock, TX 79413", "Duluth, MN 55803"],
      "gmail.com yahoo.com outlook.com icloud.com", [(SSN, g_us_ssn), (TAX, g_us_itin)]),
    L("en-GB", "GB", "GB", "Alistair Cormac", "Isolde Carys",
      "Threlfall Ainscough Penhaligon Wetherall Mossop",
      ["{n} Tansy Close", "Flat {a}, {n} Rookery Lane", "{n} Furnace Row"], ["Stockport SK4 2LQ", "Truro TR1 3HD", "Harrogate HG2 9PW"],
      "btinternet.com hotmail.co.uk gmail.com", [(HIN, g_gb_nhs)]),
    L("en-IN", "IN", None, "Anirudh Harshvardhan Yashwant", "Mrinalini Ishita Vaidehi Sanyukta Tanvika",
      "Chaturvedi Moolchandani",
      ["Flat {a}, Gulmohar Residency, {n} MG Road", "{n}/2 Shanti Nagar, 3rd Cross", "Plot {n}, Sector {a}"], ["Pune 411038", "Kochi 682020", "Indore 452010"],
      "gmail.com rediffmail.com yahoo.co.in", [(NID, g_aadhaar), (TAX, g_pan)]),
    L("en-AU", "AU", None, "Brodie", "Indigo Marlee Coralie",
      "Gillard-Moss Trezise Wollaston Kirkbride",
      ["{n} Banksia Cres", "Unit {a}/{n} Wattle St"], ["Ballarat VIC 3350", "Toowoomba QLD 4350", "Fremantle WA 6160"],
      "bigpond.com optusnet.com.au gmail.com", [(TAX, g_au_tfn)]),
    L("en-NZ", "NZ", None, "Tamati Kauri", "Kahurangi",
      "Pomare Whaanga Kereama", ["{n} Kowhai Grove", "{n} Rimu Street"], ["Rotorua 3010", "Nelson 7010"],
      "xtra.co.nz gmail.com", [(TAX, g_nz_ird)]),
    L("en-IE", "IE", "IE", "Donnacha Oisin", "Aoibheann Grainne Siobhra",
      "Ó_Cinnéide Breathnach Uí_Dhuibhir", ["{n} Cnoc na Greine", "{n} Ballinlough Road"], ["Cork T12 X2F5", "Galway H91 K7C3"],
      "eircom.net gmail.com", [(NID, g_ie_pps)]),
    L("en-CA", "CA", None, "Gideon Lorne", "Genevieve",
      "MacInnis Laframboise", ["{n} Tamarack Dr", "{n}-{a} Birchmount Rd"], ["Moncton NB E1C 4B7", "Kelowna BC V1Y 2C8"],
      "sympatico.ca rogers.com gmail.com", [(NID, g_ca_sin)]),
    L("en-ZA", "ZA", None, "Thabiso Sizwe Kagiso", "Palesa Ayanda",
      "Ntuli", ["{n} Jacaranda Ave", "{n} Protea Rd"], ["Pietermaritzburg 3201", "Bloemfontein 9301"],
      "webmail.co.za gmail.com", [(NID, g_za)]),
    L("de", "DE", "DE", "Gerold Wendelin Volkmar Hartwig", "Hildegunde Roswitha Gesine Irmtraud",
      "Ziegenbalg Hufnagel Oberschelp Wackernagel Dornseif",
      ["Lindenhofweg {n}", "Am Mühlbach {n}", "Schlehenstraße {n}"], ["99084 Erfurt", "48149 Münster", "93047 Regensburg"],
      "web.de gmx.de t-online.de posteo.de", [(TAX, g_de_idnr)]),
    L("de-AT", "AT", "AT", "Engelbert", "Theresia Notburga Liesl Veronika",
      "Pfandlbauer Zehetner Grünwald-Stadler", ["Kirchengasse {n}/{a}", "Brunnfeldweg {n}"], ["4020 Linz", "8010 Graz"],
      "aon.at gmx.at chello.at", [(NID, g_at_vnr)]),
    L("de-CH", "CH", "CH", "Fridolin Gion", "Corina",
      "Bütikofer Wyrsch Zurbriggen Tschudin", ["Rebhaldenstrasse {n}", "Im Ried {n}"], ["8400 Winterthur", "3600 Thun"],
      "bluewin.ch gmx.ch", [(NID, g_ch_ahv)]),
    L("fr", "FR", "FR", "Lucien Théophile", "",
      "Delacourt Fauvel Lebreton Marchadier Roussillon Vauquelin",
      ["{n} rue des Tanneurs", "{n} impasse du Colombier", "{n} allée des Cerisiers"], ["69004 Lyon", "35000 Rennes", "31300 Toulouse"],
      "orange.fr free.fr laposte.net sfr.fr", [(NID, g_fr_nir)]),
    L("fr-BE", "BE", "BE", "Baudouin Gauthier Arnaud", "Mathilde Aline Justine Noémie",
      "Vandeputte Delvaux Lambotte Hennebert", ["Rue du Pont-Levis {n}", "Chaussée de Marche {n}"], ["5000 Namur", "4000 Liège"],
      "skynet.be proximus.be", [(NID, g_be_nn)]),
    L("es", "ES", "ES", "Íñigo Fermín Anselmo Ginés", "Remedios Araceli",
      "Urquiza Carballo Escudero",
      ["Calle del Almendro {n}, {a}º", "Avenida de los Olmos {n}", "Travesía del Cierzo {n}"], ["50004 Zaragoza", "47002 Valladolid", "03002 Alicante"],
      "telefonica.net gmail.com hotmail.es", [(NID, g_es_dni), (NID, g_es_nie)]),
    L("es-MX", "MX", None, "Eduviges Macario", "Rosaura",
      "Tlapanco Huerta Quiñones Cervantes", ["Calle Jacarandas {n}, Col. Del Valle", "Av. Ahuehuetes {n} int. {a}"], ["C.P. 44600 Guadalajara, Jal.", "C.P. 64000 Monterrey, N.L."],
      "prodigy.net.mx hotmail.com gmail.com", [(NID, g_mx_curp), (TAX, g_mx_rfc)]),
    L("es-CL", "CL", None, "Clodomiro Ulises Bastián", "Anahí Millaray",
      "Huenchullán Aravena Sepúlveda Cárcamo Ñanculef", ["Pasaje Los Copihues {n}", "Av. Irarrázaval {n} depto {a}"], ["Temuco", "Valparaíso"],
      "vtr.net gmail.com", [(NID, g_cl_rut)]),
    L("es-AR", "AR", None, "Gaspar", "Belén",
      "Schiaffino Coronel Pereyra", ["Av. Pueyrredón {n}, piso {a}", "Calle Ombú {n}"], ["C1425 CABA", "X5000 Córdoba"],
      "fibertel.com.ar gmail.com", [(TAX, g_ar_cuit)]),
    L("es-EC", "EC", None, "Segundo Wilmer", "Mayra Jessenia Nelly Lourdes",
      "Guamán Chimbo Andrango Pilatuña Yépez", ["Calle Los Guabos {n} y Av. Amazonas", "Cdla. Los Ceibos Mz {a} V {n}"], ["Quito", "Cuenca"],
      "hotmail.com gmail.com", [(NID, g_ec_ci)]),
    L("es-PE", "PE", None, "Wilfredo Ángel", "Maricielo Gladys Yesenia Fiorella",
      "Ccori Huallpa", ["Jr. Los Pinos {n}", "Av. Brasil {n} dpto {a}"], ["Arequipa", "Cusco"],
      "hotmail.com gmail.com", [(NID, g_pe_cui)]),
    L("it", "IT", "IT", "Ubaldo Secondo", "Rosalba",
      "Bonfiglioli Tagliaferri Mazzacurati Santarossa",
      ["Via dei Mille {n}", "Vicolo del Pozzo {n}", "Via Ronchi {n}"], ["40126 Bologna", "35121 Padova", "90133 Palermo"],
      "libero.it virgilio.it tiscali.it alice.it", [(TAX, g_it_cf)]),
    L("pt", "PT", "PT", "Tomé Simão", "Benedita",
      "", ["Rua do Almada {n}, {a}º Esq", "Travessa das Flores {n}"], ["4050-031 Porto", "3000-123 Coimbra"],
      "sapo.pt gmail.com", [(TAX, g_pt_nif)]),
    L("pt-BR", "BR", "BR", "Josué Valdir Claudionor Ademar Edivaldo", "Joelma Rosângela Luzia Gilvanete Sheila",
      "Pimentel", ["Rua Ipê-Amarelo, {n}, ap {a}", "Av. Bento Gonçalves, {n}"], ["Recife - PE, 50710-000", "Porto Alegre - RS, 90650-001"],
      "uol.com.br bol.com.br terra.com.br", [(TAX, g_br_cpf)]),
    L("nl", "NL", "NL", "Gijsbert Maarten Wouter Reinier", "Marijke Annelies Wietske Geertje",
      "Hoogendoorn Schuurmans Ruijgrok", ["Klaprooslaan {n}", "Jan Steenstraat {n}-{a}"], ["3581 KH Utrecht", "9712 CP Groningen"],
      "ziggo.nl kpnmail.nl xs4all.nl", [(NID, g_nl_bsn)]),
    L("pl", "PL", "PL", "Bogumił Zdzisław Wiesław", "Grażyna Halina",
      "Szczepaniak Gołębiowski Pietrzak", ["ul. Kasztanowa {n} m. {a}", "os. Słoneczne {n}/{a}"], ["30-062 Kraków", "80-180 Gdańsk"],
      "wp.pl onet.pl interia.pl o2.pl", [(NID, g_pl_pesel)], fam_f="Wróblewska Szczepaniak Gołębiowska Jabłońska Pietrzak"),
    L("sv", "SE", "SE", "Torbjörn Algot Ebbe Vilgot", "Gunnel Sigrid Ingegerd",
      "Sjöqvist Granberg Björkman", ["Rönnbärsvägen {n}", "Storgatan {n} lgh 1{a}02"], ["753 20 Uppsala", "903 26 Umeå"],
      "telia.com bredband.net", [(NID, g_se_pnr)]),
    L("nb", "NO", "NO", "Øystein Halvor Eivind", "Åshild",
      "Bakkevold Rønningen Fossum Strømsnes", ["Granåsveien {n}", "Bjerkeliveien {n} B"], ["7030 Trondheim", "5008 Bergen"],
      "online.no getmail.no", [(NID, g_no_fnr)]),
    L("da", "DK", "DK", "Mogens Bjarke Anker Halfdan", "Birthe Vibeke Lykke Gudrun",
      "Frandsen Holmgaard", ["Kastanievej {n}, {a}. th.", "Bøgebakken {n}"], ["8000 Aarhus C", "5000 Odense C"],
      "mail.dk jubii.dk", [(NID, g_dk_cpr)]),
    L("fi", "FI", "FI", "Veikko Tapani Jalmari", "Aune Kyllikki Helmi Sointu Vuokko",
      "Honkanen Hyvärinen Tuominen Räsänen", ["Koivukuja {n} B {a}", "Pihlajatie {n}"], ["33100 Tampere", "90100 Oulu"],
      "suomi24.fi elisanet.fi", [(NID, g_fi_hetu)]),
    L("cs", "CZ", "CZ", "Radim Zdeněk Kamil", "Drahomíra Vlasta Bohumila",
      "Kolářová Řezníček Bláha", ["Lipová {n}/{a}", "Na Výsluní {n}"], ["602 00 Brno", "779 00 Olomouc"],
      "seznam.cz centrum.cz", [(NID, g_cz_rc)], fam_f="Dvořáčková Procházková Kolářová Řezníčková Bláhová"),
    L("sk", "SK", "SK", "Ľubomír Dušan Marián Rastislav Ondrej", "Zuzana Ľudmila Daniela Mária Soňa",
      "Kováčik Hrušovský Baláž Ďurica Mrva", ["Hviezdoslavova {n}", "Námestie SNP {n}"], ["040 01 Košice", "010 01 Žilina"],
      "azet.sk zoznam.sk", [(NID, g_sk_rc)], fam_f="Kováčiková Hrušovská Balážová Ďuricová Mrvová"),
    L("ro", "RO", "RO", "Mircea Costel Valeriu", "Florentina Rodica Anca Viorica",
      "Țurcanu Bălănescu Dumitrașcu Ciobanu Pârvulescu", ["Str. Teilor nr. {n}, ap. {a}", "Bd. Independenței nr. {n}"], ["400000 Cluj-Napoca", "700000 Iași"],
      "yahoo.ro gmail.com", [(NID, g_ro_cnp)]),
    L("bg", "BG", "BG", "Стоян Първан Пламен Любомир Здравко", "Румяна Десислава Снежана Цветелина Бистра",
      "Стоянов Кирилов Чолаков Пеев Ангелов", ["ул. „Липа“ № {n}, ет. {a}", "бул. „Цар Освободител“ {n}"], ["4000 Пловдив", "9000 Варна"],
      "abv.bg mail.bg", [(NID, g_bg_egn)], fam_f="Стоянова Кирилова Чолакова Пеева Ангелова"),
    L("el", "GR", "GR", "Σπυρίδων Χαράλαμπος Ευάγγελος Παντελής Θεμιστοκλής", "Παναγιώτα Ευτυχία Χρυσούλα Σταυρούλα Αγλαΐα",
      "Παπαδημητρίου Κουτσογιάννης Μαυροειδής Τσακίρης Λαμπρόπουλος", ["Οδός Κηφισίας {n}", "Ερμού {n}, {a}ος όροφος"], ["54624 Θεσσαλονίκη", "26221 Πάτρα"],
      "otenet.gr yahoo.gr", [(HIN, g_gr_amka)],
      fam_f="Παπαδημητρίου Κουτσογιάννη Μαυροειδή Τσακίρη Λαμπροπούλου"),
    L("ru", "RU", None, "Всеволод Ростислав Тимофей Елисей Ярополк", "Евдокия Агафья Василиса Ульяна Прасковья",
      "Белозёров Коноплёв Трубецкой Веснин Голованов", ["ул. Садовая, д. {n}, кв. {a}", "пр-т Мира, д. {n}, кв. {a}"], ["620014 Екатеринбург", "630099 Новосибирск"],
      "mail.ru yandex.ru rambler.ru", [(TAX, g_ru_inn)], fam_f="Белозёрова Коноплёва Трубецкая Веснина Голованова"),
    L("uk", "UA", "UA", "Остап Тарас Богдан Ярема Мирослав", "Соломія Оксана Зоряна Леся Ярина",
      "Гнатюк Ковальчук Шевчишин Дзюба Бондаренко", ["вул. Каштанова, {n}, кв. {a}", "просп. Свободи, {n}"], ["79000 Львів", "61000 Харків"],
      "ukr.net i.ua", [(TAX, g_ua_rntrc)]),
    L("tr", "TR", "TR", "Oğuzhan Kadircan Tuncay Ercüment", "Nurhan Şükran Dilek Hatice",
      "Karaosmanoğlu Büyükkaya Çelikkanat Yazıcıoğlu", ["Menekşe Sok. No:{n} D:{a}", "Atatürk Cad. No:{n}"], ["35220 Konak/İzmir", "16050 Osmangazi/Bursa"],
      "hotmail.com yandex.com.tr", [(NID, g_tr_tc)]),
    L("ar", "SA", "SA", "عبدالرحمن فيصل نواف سلطان مشعل", "نوف هيفاء جواهر ريم شهد",
      "الحربي العتيبي الزهراني الشمري القحطاني", ["حي النخيل، شارع {n}", "طريق الملك فهد، مبنى {n}"], ["الرياض 12345", "جدة 21442"],
      "hotmail.com gmail.com", []),
    L("ar-EG", "EG", "EG", "حسام شريف عمرو طارق مجدي", "دينا ياسمين نهى إيمان هبة",
      "عبدالعزيز الشربيني منصور حجازي السيد", ["شارع التحرير رقم {n}", "عمارة {n}، شارع مصدق، الدقي"], ["القاهرة", "الإسكندرية"],
      "yahoo.com gmail.com", []),
    L("he", "IL", "IL", "אביתר נחום עוזיאל שמעון יהונתן", "אפרת רעות תהילה מיכל נוגה",
      "בן-חיים שטרנברג אלמוג רוזנטל גבאי", ["רחוב הרימון {n}, דירה {a}", "שדרות ירושלים {n}"], ["חיפה", "באר שבע"],
      "walla.co.il gmail.com", [(NID, g_il_id)]),
    L("fa", "IR", None, "کیوان بهرام آرش فرهاد سیاوش", "مهتاب شیرین پریسا نسرین آناهیتا",
      "کرمانی شیرازی رضایی تهرانی یزدانی", ["خیابان ولیعصر، کوچه {n}، پلاک {a}", "بلوار کشاورز، پلاک {n}"], ["تهران", "اصفهان"],
      "yahoo.com gmail.com", [(NID, g_ir_melli)]),
    L("hi", "IN", None, "रघुवीर सत्येंद्र हरिओम बलवंत चंद्रशेखर", "सुलोचना कामिनी विभा उर्मिला शकुंतला",
      "त्रिपाठी अवस्थी श्रीवास्तव पांडेय दीक्षित", ["मकान नं. {n}, गली नं. {a}, शास्त्री नगर", "{n}, सिविल लाइंस"], ["लखनऊ 226001", "जयपुर 302001"],
      "gmail.com rediffmail.com", [(NID, g_aadhaar)]),
    L("bn", "BD", None, "তানভীর শফিকুল মাহমুদুল রাকিব ইমরান", "নুসরাত ফারজানা তাহমিনা সুমাইয়া রুমানা",
      "চৌধুরী তালুকদার মজুমদার সরকার ভূঁইয়া", ["বাড়ি {n}, রোড {a}, ধানমন্ডি", "{n}/এ, মিরপুর"], ["ঢাকা ১২০৫", "চট্টগ্রাম ৪০০০"],
      "gmail.com yahoo.com", []),
    L("ta", "IN", None, "சண்முகம் அருள்மொழி இளங்கோ செந்தில் முத்துக்குமார்", "கயல்விழி பூங்கொடி தேன்மொழி வள்ளி அமுதா",
      "ராமலிங்கம் சுப்பையா நடராஜன் பழனிசாமி வேலுசாமி", ["{n}, பாரதி தெரு, அண்ணா நகர்", "கதவு எண் {n}, காமராஜர் சாலை"], ["மதுரை 625020", "கோயம்புத்தூர் 641002"],
      "gmail.com yahoo.co.in", [(NID, g_aadhaar)]),
    L("th", "TH", None, "ธนากร ณัฐพล วีรยุทธ ศักดิ์ชัย ปกรณ์", "ปิยธิดา กมลชนก วรรณา สุดารัตน์ พิมพ์ชนก",
      "ศรีสุวรรณ วงศ์ทองดี แก้วประเสริฐ บุญมาก ทองคำพันธ์", ["{n}/{a} ซอยสุขุมวิท 71", "{n} ถนนนิมมานเหมินท์"], ["เชียงใหม่ 50200", "ขอนแก่น 40000"],
      "hotmail.com gmail.com", [(NID, g_th_pin)]),
    L("vi", "VN", None, "Trọng_Nghĩa", "Diễm_My Khánh_Linh",
      "Võ Đặng", ["Số {n} ngõ {a} phố Huế", "{n} đường Lê Lợi, phường {a}"], ["Quận Hai Bà Trưng, Hà Nội", "Quận 3, TP. Hồ Chí Minh"],
      "gmail.com yahoo.com.vn", [], order="fg"),
    L("id", "ID", None, "Wahyu Aditya Danang", "Ratna Kinanti",
      "Wibisono Nugroho Suryadinata Handoko", ["Jl. Kenanga No. {n}, RT {a}/RW 05", "Perum Griya Asri Blok C{a} No. {n}"], ["Yogyakarta 55281", "Surabaya 60241"],
      "yahoo.co.id gmail.com", [(NID, g_id_nik)]),
    L("ms", "MY", None, "Hafizuddin Syazwan Khairul", "Aisyah Farhana Izzati",
      "Rosli Hamzah Kamarudin", ["No. {n}, Jalan Cempaka {a}, Taman Melati", "Lot {n}, Kampung Baru"], ["50400 Kuala Lumpur", "80100 Johor Bahru"],
      "yahoo.com.my gmail.com", [(NID, g_my_nric)]),
    L("tl", "PH", None, "Rodolfo Emmanuel", "Analyn",
      "", ["Blk {a} Lot {n}, Sampaguita St.", "{n} Mabini Extension"], ["Quezon City 1101", "Cebu City 6000"],
      "yahoo.com gmail.com", []),
    L("ja", "JP", None, "湊 蓮司 樹", "葵 紗希",
      "長谷部 宮下 千葉 桑原 三浦", ["{n}丁目{a}番地 コーポ若葉{a}0{n}号", "本町{n}-{a}-7"], ["〒980-0811 宮城県仙台市青葉区", "〒460-0008 愛知県名古屋市中区"],
      "docomo.ne.jp ezweb.ne.jp yahoo.co.jp", [(NID, g_jp_mynumber)], order="fg"),
    L("ko", "KR", None, "건우", "하윤 지안",
      "권 황 송 안 유 홍", ["{n}동 {a}0{n}호, 행복아파트", "중앙로 {n}번길 {a}"], ["대전광역시 유성구", "광주광역시 북구"],
      "naver.com daum.net", [(NID, g_kr_rrn)], order="fg"),
    L("zh", "CN", None, "", "雨桐 诗琪",
      "钟 谭 邵", ["朝阳区建国路{n}号院{a}号楼", "天河区体育西路{n}号{a}02室"], ["北京市", "广州市"],
      "qq.com 163.com 126.com", [(NID, g_cn_ric)], order="fg"),
    L("zh-TW", "TW", None, "承翰 柏諺 宥廷 品睿", "郁婷 筱涵 詠晴",
      "蔡 許 曾 詹 賴", ["大安區忠孝東路{n}段{a}號", "西屯區台灣大道{n}段{a}號"], ["台北市", "台中市"],
      "yahoo.com.tw gmail.com", [], order="fg"),
    L("sw", "KE", None, "", "Nafula",
      "", ["Nyumba {n}, Barabara ya Mombasa", "Plot {n}, Kilimani Rd"], ["Nairobi", "Kisumu"],
      "gmail.com yahoo.com", []),
    L("et", "EE", "EE", "Indrek Margus Toomas Rein Priit", "Tiiu Maarja Liivi Kersti",
      "Kuusik Põder Lepik", ["Pärna tn {n}-{a}", "Vaksali {n}"], ["50106 Tartu", "80010 Pärnu"],
      "hot.ee mail.ee", [(NID, g_ee_ik)]),
    L("lt", "LT", "LT", "Mindaugas Vytautas Saulius Rimantas Algirdas", "Gintarė Aušra Jurgita Vaida",
      "Žukauskas Butkus Vaitkus", ["Liepų g. {n}-{a}", "Savanorių pr. {n}"], ["LT-44248 Kaunas", "LT-92123 Klaipėda"],
      "one.lt gmail.com", [(NID, g_lt_ak)], fam_f="Kazlauskienė Petrauskienė Žukauskienė Butkienė Vaitkienė"),
    L("hr", "HR", "HR", "Zvonimir Hrvoje", "Snježana Dubravka Mirjana",
      "Kovačević Horvatinčić Babić-Šimić Jurić Perković", ["Ulica Kralja Tomislava {n}", "Vukovarska {n}"], ["21000 Split", "31000 Osijek"],
      "net.hr t-com.hr", [(TAX, g_hr_oib)]),
    L("is", "IS", "IS", "Sigurður Hrafnkell Gunnar Þórður", "Sólveig Þórunn",
      "Hrafnkelsdóttir Þórðarson Einarsdóttir Sigurðsson", ["Laugavegur {n}", "Hraunbær {n}"], ["101 Reykjavík", "600 Akureyri"],
      "simnet.is visir.is", [(NID, g_is_kt)]),
    L("sl", "SI", "SI", "Matjaž Primož Rok Aljaž", "Mojca Špela Nataša",
      "Zupančič Golob", ["Trubarjeva cesta {n}", "Ulica talcev {n}"], ["2000 Maribor", "6000 Koper"],
      "siol.net gmail.com", [(NID, g_si_emso)]),
    L("hu", "HU", "HU", "Gergő", "Enikő",
      "Szűcs Takács", ["Rózsa utca {n}. {a}. em.", "Petőfi tér {n}"], ["6720 Szeged", "4024 Debrecen"],
      "freemail.hu citromail.hu", [], order="fg"),
    L("ka", "GE", "GE", "ლევან ზურაბ ირაკლი გიორგი დავით", "ნინო თამარ ქეთევან მარიამ ეკატერინე",
      "ბერიძე კაპანაძე გელაშვილი ლომიძე ჯაფარიძე", ["ჭავჭავაძის გამზ. {n}", "რუსთაველის ქ. {n}, ბ. {a}"], ["თბილისი 0179", "ბათუმი 6000"],
      "gmail.com mail.ge", []),
]
LOC = {l.tag: l for l in LOCALES}

# extra own names and family-name parts (composed names widen the pools without borrowing any list)
EXTRA = {
    "en": ("Thaddeus Emrys Lysander", "Clementine Wrenna Odessa", ""),
    "en-GB": ("Crispin Lorcan Barnaby", "Henrietta Ottilie Verity", ""),
    "en-IN": ("Kshitij Pranay Devansh", "Rutuja Shravani Ketaki", "Gadgilwar Pethkar Bhalerao"),
    "en-AU": ("Jarrah Koby Tully", "Pippa Marli Kirra", ""),
    "en-NZ": ("Manaia Tipene Rawiri", "Anahera Hinewai Miriama", "Parata Tawhiri"),
    "en-IE": ("Ruairí Colm Senan", "Úna Ailbhe Bláthnaid", ""),
    "en-CA": ("Anselm Caspian Mathis", "Séverine Odile Marguerite Aurore Ophélie", "Leblanc-Ferris Thibodeau"),
    "en-ZA": ("Tumelo Siyabonga Kabelo", "Dineo Refilwe Busisiwe", "Mahlangu Sithole Mabaso"),
    "de-AT": ("Gottfried Severin Alois", "", "Haselsteiner Obermoser"),
    "de-CH": ("Peider Fadri Mauro", "Uorschla Annina Flurina", ""),
    "fr": ("Hippolyte Séraphin Eudes", "Perrine Ysaline Honorine", ""),
    "es": ("Ezequías Celedonio Ruperto", "Almudena Visitación Custodia", ""),
    "es-MX": ("Filiberto Eustaquio Cipriano", "Itzel Maricruz Yatziri", ""),
    "es-CL": ("Nibaldo Segismundo", "Ayelén Catalina-Paz", ""),
    "es-AR": ("Maximino Gervasio Fermín", "Aldana Rocío-Belén Ludmila", "Echeverry-Ruiz Larrañaga"),
    "es-PE": ("Eleodoro Percy", "Yanina Nilda", "Huarcaya Ccahuana"),
    "it": ("Ilario Pierluigi Tancredi", "Annunziata Filomena Assunta", ""),
    "pt": ("Afonso Martim Vasco", "Carlota Madalena Teodora", "Albergaria Meireles Gouveia"),
    "pt-BR": ("", "", "Magalhães-Rocha Vilela Assunção Damasceno"),
    "pl": ("Ziemowit Bolesław", "Bronisława Teodozja", "Przybylski Chmielewski"),
    "sv": ("", "Ingalill Tyra", ""),
    "nb": ("Ingebrigt Sjur", "Gunnhild Ingvild Borghild", ""),
    "da": ("", "", "Skovgaard-Lund Bisgaard Thygesen"),
    "cs": ("Přemysl Jaromír", "Květoslava Blažena", ""),
    "ro": ("Lucian Tiberiu", "", ""),
    "tr": ("Alpaslan", "Feraye", ""),
    "vi": ("Đình_Phong Hữu_Lộc", "Hồng_Nhung Kiều_Oanh", "Tô Đoàn Khổng Lạc"),
    "id": ("Yudhistira Galih", "Larasati Gendis", ""),
    "ms": ("Irfan_Haziq", "Nur_Aqilah", ""),
    "tl": ("Bienvenido Crisanto Fortunato", "Marilou Remedios Luzviminda", "Manalastas Dela_Rosa-Tolentino Bagasao Lacsamana Dumalagan"),
    "ja": ("航平 隼人", "千尋 琴音", ""),
    "ko": ("태윤 정훈 민재", "다은 소윤", ""),
    "zh": ("嘉懿 景行 泽楷", "语嫣 晓岚", "闫 郝 贺"),
    "sw": ("Mugambi Kilonzo Simiyu", "Jepkosgei Atieno Wairimu Nekesa", "Kioko Ruto-Mbugua Mwakilema"),
    "hu": ("Ákos Kornél Tihamér", "Orsolya Dorottya Ildikó", "Somogyi Bartók-Szabó"),
    "sl": ("", "Vesna-Maja Petra", "Jereb Zalokar"),
    "is": ("", "Aðalheiður Bergþóra", ""),
    "hr": ("Davor Ante", "", ""),
    "fi": ("Onni Väinö", "", ""),
    "es-EC": ("Fausto Gonzalo", "", ""),
    "fr-BE": ("Benoît", "", ""),
    "nl": ("", "", "Vermeulen-Stok Koopmans"),
    "de": ("", "", ""),
    "it-x": ("", "", ""),
}
FAM_PARTS = {
    "de": ("Wolfs Brenn Eich Kalt Hage Rotten Sauer", "bichler hauser mayr kötter ried brink"),
    "de-AT": ("Pichl Ober Unter Hinter Schnee", "hofer leitner eder huber"),
    "de-CH": ("Ammen Zwy Rüeg Bachen Hunzi", "egger bühl matter"),
    "nl": ("Van_de_", "Kamp Wetering Brink Haar Ven"),
    "en": ("Ash Thorn Marsh Whit Brad Hollings", "combe ridge worth wick"),
    "en-GB": ("Bram Cald Ether Rams Wens", "bottom thwaite ley"),
    "sv": ("Ask Ek Lövs Sjö Berg Fjäll", "ström dahl gren lund"),
    "nb": ("Lyng Skog Foss Haug", "heim dal vik nes"),
    "fi": ("Metsä Kivi Koski Lahti Salo", "nen lä vaara"),
    "it": ("Bella Monte Santo Rossi Ferra", "vigna fiore lungo"),
    "es": ("Villa Monte Alba Peña", "real blanca fuerte"),
    "pt": ("Vale Monte Barro Pinho", "lobo verde"),
    "pl": ("Wierz Lesz Grab Kos", "bicki czyński owiak"),
    "cs": ("Hor Kos Lip Dub", "áček ina ovský"),
    "sl": ("Poto Kra Zale", "čnik jnc šek"),
    "hr": ("Bar Mat Kos", "ičević inović"),
}
BLOCK = set(_w.replace("_", " ") for _w in """Thaddeus Lysander Ashworth Whitcombe Crispin Lorcan Barnaby Henrietta Ottilie Verity Ramsbottom Rutuja Jarrah Tully Marli Kirra Tipene Rawiri Parata Mathis Séverine Odile Marguerite Leblanc-Ferris Sithole Severin Hinterleitner Annina Eudes Ysaline Eustaquio Itzel Maricruz Catalina-Paz Rocío-Belén Ludmila Echeverry-Ruiz Gonzalo Percy Tancredi Afonso Martim Meireles Magalhães-Rocha Assunção Damasceno Vermeulen-Stok Chmielewski Wierzbicki Bergström Ekström Ingvild Thygesen Onni Koskinen Přemysl Lucian Hoàng_Phúc Gia_Bảo Tuấn_Kiệt Bích_Ngọc Phương_Thảo Lương Quách Yudhistira Galih Irfan_Haziq Nur_Aqilah Manalastas Dela_Rosa-Tolentino 태윤 语嫣 Kipchumba Onyango Nyokabi Gitau Ochieng Kamau-Ndegwa Vesna-Maja Potočnik Dorottya Bartók-Szabó""".split())  # own names that turned out to occur in other generators


def _sp(t):
    return [w.replace("_", " ") for w in t.split()]


for _l in LOCALES:
    _e = EXTRA.get(_l.tag)
    if _e:
        _l.gm += _sp(_e[0])
        _l.gf += _sp(_e[1])
        _l.fam += _sp(_e[2])
    _fp = FAM_PARTS.get(_l.tag)
    if _fp:
        _l.fam += sorted({(a + b).replace("_", " ").replace(" " + b, " " + b.capitalize()) if a.endswith("_") else a + b
                          for a in _sp(_fp[0]) for b in _fp[1].split()})
    _l.gm, _l.gf, _l.fam = ([w for w in x if w not in BLOCK] for x in (_l.gm, _l.gf, _l.fam))
    if _l.fam_f:
        _l.fam_f = [w for w in _l.fam_f if w and w not in BLOCK]
    assert _l.gm and _l.gf and _l.fam, _l.tag


# field labels and the end user's asks, per language: name, born, address, phone, e-mail, id-no,
# then asks: reply / extract / summarise / check / translate-to-English
T = {
    "en": ("Name", "Date of birth", "Address", "Phone", "Email", "ID no.",
           "Please draft a polite reply to this.", "Pull the fields into JSON.", "Summarise this for my colleague in three lines.",
           "Can you check this for mistakes before I submit it?", "Rewrite this more clearly."),
    "de": ("Name", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail", "Ausweis-/Steuer-Nr.",
           "Bitte eine höfliche Antwort darauf entwerfen.", "Bitte die Felder als JSON ausgeben.", "Fass das bitte in drei Sätzen für die Kollegin zusammen.",
           "Kannst du das vor dem Absenden auf Fehler prüfen?", "Bitte ins Englische übersetzen."),
    "fr": ("Nom", "Date de naissance", "Adresse", "Téléphone", "Courriel", "N° d'identification",
           "Merci de rédiger une réponse courtoise.", "Extrais les champs en JSON stp.", "Résume-moi ça en trois lignes pour un collègue.",
           "Tu peux vérifier s'il y a des erreurs avant l'envoi ?", "Traduis en anglais, s'il te plaît."),
    "es": ("Nombre", "Fecha de nacimiento", "Domicilio", "Teléfono", "Correo", "N.º de documento",
           "Redacta una respuesta amable, por favor.", "Pasa los campos a JSON.", "Resúmelo en tres líneas para un compañero.",
           "¿Puedes revisar si hay errores antes de enviarlo?", "Tradúcelo al inglés, porfa."),
    "it": ("Nome", "Data di nascita", "Indirizzo", "Telefono", "E-mail", "Codice fiscale",
           "Prepara una risposta cortese, grazie.", "Estrai i campi in JSON.", "Riassumi in tre righe per un collega.",
           "Puoi controllare se ci sono errori prima dell'invio?", "Traduci in inglese per favore."),
    "pt": ("Nome", "Data de nascimento", "Morada", "Telemóvel", "E-mail", "N.º de contribuinte",
           "Redige uma resposta simpática, por favor.", "Extrai os campos para JSON.", "Resume em três linhas para um colega.",
           "Consegues ver se há erros antes de eu submeter?", "Traduz para inglês, por favor."),
    "pt-BR": ("Nome", "Data de nascimento", "Endereço", "Celular", "E-mail", "CPF",
              "Escreve uma resposta educada, por favor.", "Extrai os campos em JSON.", "Resume em três linhas pro meu colega.",
              "Dá uma revisada antes de eu enviar?", "Traduz pro inglês, por favor."),
    "nl": ("Naam", "Geboortedatum", "Adres", "Telefoon", "E-mail", "BSN",
           "Stel een vriendelijk antwoord op, graag.", "Zet de velden om naar JSON.", "Vat dit samen in drie regels voor een collega.",
           "Kun je dit op fouten controleren voordat ik het verstuur?", "Vertaal naar het Engels aub."),
    "pl": ("Imię i nazwisko", "Data urodzenia", "Adres", "Telefon", "E-mail", "PESEL",
           "Przygotuj proszę uprzejmą odpowiedź.", "Wyciągnij pola do JSON-a.", "Streść to w trzech zdaniach dla koleżanki.",
           "Sprawdzisz, czy nie ma błędów, zanim wyślę?", "Przetłumacz na angielski."),
    "sv": ("Namn", "Födelsedatum", "Adress", "Telefon", "E-post", "Personnummer",
           "Skriv ett vänligt svar, tack.", "Plocka ut fälten som JSON.", "Sammanfatta på tre rader till en kollega.",
           "Kan du kolla efter fel innan jag skickar?", "Översätt till engelska."),
    "nb": ("Navn", "Fødselsdato", "Adresse", "Telefon", "E-post", "Fødselsnummer",
           "Lag et høflig svar, takk.", "Hent ut feltene som JSON.", "Oppsummer på tre linjer til en kollega.",
           "Kan du sjekke for feil før jeg sender?", "Oversett til engelsk."),
    "da": ("Navn", "Fødselsdato", "Adresse", "Telefon", "E-mail", "CPR-nr.",
           "Skriv et venligt svar, tak.", "Træk felterne ud som JSON.", "Opsummér i tre linjer til en kollega.",
           "Kan du tjekke for fejl, før jeg sender?", "Oversæt til engelsk."),
    "fi": ("Nimi", "Syntymäaika", "Osoite", "Puhelin", "Sähköposti", "Henkilötunnus",
           "Laadi kohtelias vastaus, kiitos.", "Poimi kentät JSON-muotoon.", "Tiivistä kolmeen riviin kollegalle.",
           "Voitko tarkistaa virheet ennen lähettämistä?", "Käännä englanniksi."),
    "cs": ("Jméno", "Datum narození", "Adresa", "Telefon", "E-mail", "Rodné číslo",
           "Napiš prosím zdvořilou odpověď.", "Vytáhni pole do JSONu.", "Shrň to do tří řádků pro kolegu.",
           "Zkontroluješ chyby, než to odešlu?", "Přelož to do angličtiny."),
    "sk": ("Meno", "Dátum narodenia", "Adresa", "Telefón", "E-mail", "Rodné číslo",
           "Napíš prosím slušnú odpoveď.", "Vytiahni polia do JSON.", "Zhrň to do troch riadkov pre kolegu.",
           "Skontroluješ chyby pred odoslaním?", "Prelož do angličtiny."),
    "ro": ("Nume", "Data nașterii", "Adresa", "Telefon", "E-mail", "CNP",
           "Te rog scrie un răspuns politicos.", "Extrage câmpurile în JSON.", "Rezumă în trei rânduri pentru un coleg.",
           "Poți verifica greșelile înainte să trimit?", "Tradu în engleză."),
    "bg": ("Име", "Дата на раждане", "Адрес", "Телефон", "Имейл", "ЕГН",
           "Моля, напиши учтив отговор.", "Извади полетата в JSON.", "Обобщи в три реда за колега.",
           "Можеш ли да провериш за грешки преди да изпратя?", "Преведи на английски."),
    "el": ("Ονοματεπώνυμο", "Ημερομηνία γέννησης", "Διεύθυνση", "Τηλέφωνο", "Email", "ΑΜΚΑ",
           "Γράψε μια ευγενική απάντηση, παρακαλώ.", "Βγάλε τα πεδία σε JSON.", "Σύνοψη σε τρεις γραμμές για συνάδελφο.",
           "Μπορείς να ελέγξεις για λάθη πριν το στείλω;", "Μετάφρασέ το στα αγγλικά."),
    "ru": ("ФИО", "Дата рождения", "Адрес", "Телефон", "Эл. почта", "ИНН",
           "Составь, пожалуйста, вежливый ответ.", "Вытащи поля в JSON.", "Кратко, в три строки, для коллеги.",
           "Проверь на ошибки перед отправкой?", "Переведи на английский."),
    "uk": ("ПІБ", "Дата народження", "Адреса", "Телефон", "Ел. пошта", "РНОКПП",
           "Підготуй, будь ласка, ввічливу відповідь.", "Витягни поля в JSON.", "Стисло в три рядки для колеги.",
           "Перевір на помилки перед надсиланням?", "Переклади англійською."),
    "tr": ("Ad Soyad", "Doğum tarihi", "Adres", "Telefon", "E-posta", "TC Kimlik No",
           "Nazik bir cevap taslağı yazar mısın?", "Alanları JSON olarak çıkar.", "İş arkadaşım için üç satırda özetle.",
           "Göndermeden önce hata var mı bakar mısın?", "İngilizceye çevir."),
    "ar": ("الاسم", "تاريخ الميلاد", "العنوان", "الجوال", "البريد الإلكتروني", "رقم الهوية",
           "اكتب ردًا مهذبًا من فضلك.", "استخرج الحقول بصيغة JSON.", "لخّص هذا في ثلاثة أسطر لزميلي.",
           "هل يمكنك مراجعة الأخطاء قبل الإرسال؟", "ترجمه إلى الإنجليزية."),
    "he": ("שם מלא", "תאריך לידה", "כתובת", "טלפון", "דוא\"ל", "ת.ז.",
           "נסח בבקשה תשובה מנומסת.", "חלץ את השדות ל-JSON.", "סכם בשלוש שורות לעמית.",
           "תבדוק שאין טעויות לפני שאני שולח?", "תרגם לאנגלית."),
    "fa": ("نام و نام خانوادگی", "تاریخ تولد", "نشانی", "تلفن همراه", "ایمیل", "کد ملی",
           "لطفاً یک پاسخ مؤدبانه بنویس.", "فیلدها را به JSON دربیاور.", "در سه خط برای همکارم خلاصه کن.",
           "قبل از ارسال اشکالاتش را بررسی می‌کنی؟", "به انگلیسی ترجمه کن."),
    "hi": ("नाम", "जन्म तिथि", "पता", "मोबाइल", "ईमेल", "आधार सं.",
           "कृपया एक विनम्र जवाब लिख दो।", "फ़ील्ड्स को JSON में निकालो।", "सहकर्मी के लिए तीन पंक्तियों में सार लिखो।",
           "भेजने से पहले गलतियाँ जाँच दोगे?", "अंग्रेज़ी में अनुवाद करो।"),
    "bn": ("নাম", "জন্ম তারিখ", "ঠিকানা", "মোবাইল", "ইমেইল", "এনআইডি",
           "একটা ভদ্র উত্তর লিখে দিন।", "ফিল্ডগুলো JSON এ বের করুন।", "সহকর্মীর জন্য তিন লাইনে সারাংশ দিন।",
           "পাঠানোর আগে ভুল আছে কিনা দেখবেন?", "ইংরেজিতে অনুবাদ করুন।"),
    "ta": ("பெயர்", "பிறந்த தேதி", "முகவரி", "கைபேசி", "மின்னஞ்சல்", "ஆதார் எண்",
           "ஒரு மரியாதையான பதில் எழுதுங்கள்.", "புலங்களை JSON ஆக எடுக்கவும்.", "சக ஊழியருக்கு மூன்று வரிகளில் சுருக்குங்கள்.",
           "அனுப்பும் முன் பிழைகளை சரிபார்க்க முடியுமா?", "ஆங்கிலத்தில் மொழிபெயர்க்கவும்."),
    "th": ("ชื่อ-นามสกุล", "วันเกิด", "ที่อยู่", "เบอร์โทร", "อีเมล", "เลขบัตรประชาชน",
           "ช่วยร่างคำตอบสุภาพให้หน่อย", "ดึงข้อมูลออกมาเป็น JSON", "สรุปให้เพื่อนร่วมงานสามบรรทัด",
           "ช่วยตรวจความผิดพลาดก่อนส่งได้ไหม", "แปลเป็นภาษาอังกฤษ"),
    "vi": ("Họ tên", "Ngày sinh", "Địa chỉ", "Số điện thoại", "Email", "Số CCCD",
           "Soạn giúp mình một câu trả lời lịch sự.", "Trích các trường ra JSON.", "Tóm tắt ba dòng cho đồng nghiệp.",
           "Kiểm tra lỗi giúp mình trước khi gửi nhé?", "Dịch sang tiếng Anh."),
    "id": ("Nama", "Tanggal lahir", "Alamat", "No. HP", "Email", "NIK",
           "Tolong buatkan balasan yang sopan.", "Ambil field-nya jadi JSON.", "Ringkas tiga baris untuk rekan kerja.",
           "Bisa cek kesalahan sebelum saya kirim?", "Terjemahkan ke bahasa Inggris."),
    "ms": ("Nama", "Tarikh lahir", "Alamat", "No. telefon", "E-mel", "No. KP",
           "Tolong draf balasan yang sopan.", "Keluarkan medan dalam JSON.", "Ringkaskan tiga baris untuk rakan sekerja.",
           "Boleh semak kesilapan sebelum saya hantar?", "Terjemah ke bahasa Inggeris."),
    "tl": ("Pangalan", "Petsa ng kapanganakan", "Tirahan", "Telepono", "Email", "ID no.",
           "Pakigawa ng magalang na sagot.", "Ilabas ang mga field bilang JSON.", "Ibuod sa tatlong linya para sa katrabaho.",
           "Pwede mo bang i-check kung may mali bago ko ipasa?", "Isalin sa Ingles."),
    "ja": ("氏名", "生年月日", "住所", "電話番号", "メール", "個人番号",
           "丁寧な返信文を作ってください。", "項目をJSONで抽出して。", "同僚向けに3行で要約して。",
           "送信前に間違いがないか確認してもらえますか？", "英語に訳してください。"),
    "ko": ("성명", "생년월일", "주소", "연락처", "이메일", "주민등록번호",
           "정중한 답장 초안 부탁해요.", "항목을 JSON으로 뽑아줘.", "동료에게 전달할 3줄 요약 부탁해.",
           "제출 전에 틀린 곳 있는지 봐줄래?", "영어로 번역해줘."),
    "zh": ("姓名", "出生日期", "地址", "手机", "邮箱", "身份证号",
           "请帮我起草一封礼貌的回复。", "把字段提取成JSON。", "给同事用三行总结一下。",
           "提交前帮我检查一下有没有错？", "翻译成英文。"),
    "zh-TW": ("姓名", "出生日期", "地址", "手機", "電子郵件", "身分證字號",
              "請幫我擬一封禮貌的回覆。", "把欄位整理成JSON。", "幫我用三行摘要給同事。",
              "送出前幫我檢查有沒有錯？", "翻成英文。"),
    "sw": ("Jina", "Tarehe ya kuzaliwa", "Anwani", "Simu", "Barua pepe", "Nambari ya kitambulisho",
           "Tafadhali andika jibu la heshima.", "Toa sehemu hizi kwa JSON.", "Fupisha kwa mistari mitatu kwa mwenzangu.",
           "Unaweza kuangalia makosa kabla sijatuma?", "Tafsiri kwa Kiingereza."),
    "et": ("Nimi", "Sünniaeg", "Aadress", "Telefon", "E-post", "Isikukood",
           "Palun koosta viisakas vastus.", "Võta väljad JSON-iks.", "Tee kolmerealine kokkuvõte kolleegile.",
           "Kas saad enne saatmist vead üle vaadata?", "Tõlgi inglise keelde."),
    "lt": ("Vardas, pavardė", "Gimimo data", "Adresas", "Telefonas", "El. paštas", "Asmens kodas",
           "Parašyk mandagų atsakymą.", "Ištrauk laukus į JSON.", "Apibendrink trimis eilutėmis kolegai.",
           "Patikrinsi klaidas prieš išsiunčiant?", "Išversk į anglų kalbą."),
    "hr": ("Ime i prezime", "Datum rođenja", "Adresa", "Telefon", "E-pošta", "OIB",
           "Molim te sastavi pristojan odgovor.", "Izvuci polja u JSON.", "Sažmi u tri retka za kolegu.",
           "Možeš li provjeriti greške prije slanja?", "Prevedi na engleski."),
    "is": ("Nafn", "Fæðingardagur", "Heimilisfang", "Sími", "Netfang", "Kennitala",
           "Skrifaðu kurteist svar.", "Dragðu reitina út sem JSON.", "Taktu saman í þremur línum fyrir samstarfsmann.",
           "Geturðu yfirfarið villur áður en ég sendi?", "Þýddu á ensku."),
    "sl": ("Ime in priimek", "Datum rojstva", "Naslov", "Telefon", "E-pošta", "EMŠO",
           "Prosim, sestavi vljuden odgovor.", "Izlušči polja v JSON.", "Povzemi v treh vrsticah za sodelavca.",
           "Lahko preveriš napake, preden pošljem?", "Prevedi v angleščino."),
    "hu": ("Név", "Születési idő", "Lakcím", "Telefon", "E-mail", "Azonosító",
           "Kérlek, írj egy udvarias választ.", "Szedd ki a mezőket JSON-ba.", "Foglald össze három sorban a kollégának.",
           "Átnéznéd hibákra, mielőtt elküldöm?", "Fordítsd le angolra."),
    "ka": ("სახელი, გვარი", "დაბადების თარიღი", "მისამართი", "ტელეფონი", "ელ. ფოსტა", "პირადი ნომერი",
           "გთხოვ, დაწერე თავაზიანი პასუხი.", "ველები გამოიტანე JSON-ად.", "სამ ხაზად შეაჯამე კოლეგისთვის.",
           "გაგზავნამდე შეცდომებს გადახედავ?", "თარგმნე ინგლისურად."),
}


def lang_of(tag: str) -> str:
    return tag if tag in ("pt-BR", "zh-TW") else tag.split("-")[0]


def tx(tag: str) -> tuple:
    return T[lang_of(tag)]


ROMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "o", "å": "aa", "æ": "ae", "ð": "d", "þ": "th",
                       "ł": "l", "ı": "i", "ş": "s", "ğ": "g", "ç": "c", "ț": "t", "ș": "s", "ă": "a", "â": "a", "î": "i",
                       "đ": "d", "ñ": "n", "'": "", " ": "", "-": ""})
CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
               "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g".split()))
GRK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐ", "a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o i i".split()))


def romanise(s: str, table: dict | None = None) -> str:
    import unicodedata
    low = s.lower()
    out = []
    for ch in low:
        if ch in CYR:
            out.append(CYR[ch].replace("_", ""))
        elif ch in GRK:
            out.append(GRK[ch])
        else:
            out.append(ch)
    t = "".join(out).translate(ROMAN)
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", t)


# romanised forms for scripts that do not transliterate letter by letter (used only for e-mail local parts / MRZ)
ROM_FALLBACK = ["hsu", "ren", "tanaka", "min", "aziz", "kumar", "somchai", "lev", "farid", "nour", "dara", "giorgi", "rahim",
                "wei", "jun", "haru", "sami", "ravi", "thu", "anan"]


class People:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def person(self, loc: L, sex: str | None = None, adult=True) -> dict:
        r = self.rng
        for _ in range(50):
            sx = sex or r.choice("mf")
            giv = r.choice(loc.gm if sx == "m" else loc.gf)
            fam = r.choice(loc.fam_f) if (sx == "f" and loc.fam_f) else r.choice(loc.fam)
            if loc.tag == "ms":
                full = f"{giv} {'bin' if sx == 'm' else 'binti'} {fam}"
            elif loc.tag == "is":
                full = f"{giv} {fam}"
            elif loc.order == "fg":
                sep = "" if loc.tag in ("ja", "ko", "zh", "zh-TW") else " "
                full = f"{fam}{sep}{giv}"
            else:
                full = f"{giv} {fam}"
            if full not in self.used:
                break
        self.used.add(full)
        today = dt.date(2026, 11, 1)
        age = r.randint(19, 78) if adult else r.randint(5, 16)
        born = today - dt.timedelta(days=age * 365 + r.randint(0, 364))
        ga, fa = romanise(giv), romanise(fam)
        if len(ga) < 2:
            ga = ROM_FALLBACK[r.randrange(len(ROM_FALLBACK))]
        if len(fa) < 2:
            fa = ROM_FALLBACK[r.randrange(len(ROM_FALLBACK))] + str(r.randint(1, 9))
        return {"given": giv, "family": fam, "full": full, "sex": sx, "born": born, "given_ascii": ga,
                "family_ascii": fa, "loc": loc}

    # ---------- values ----------
    def email(self, p) -> str:
        r = self.rng
        g, f = p["given_ascii"], p["family_ascii"]
        local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g}{r.randint(1, 99)}", f"{g}{f[:3]}{p['born'].year % 100:02d}",
                          f"{g}_{f}", f"{f}{g[0]}"])
        return f"{local}@{r.choice(p['loc'].mails)}"

    def phone(self, loc: L, kind=PhoneNumberType.MOBILE, fmt=None) -> str:
        r = self.rng
        region = loc.region
        ex = phonenumbers.example_number_for_type(region, kind)
        if ex is None:
            ex = phonenumbers.example_number_for_type(region, PhoneNumberType.FIXED_LINE)
        nat = str(ex.national_number)
        for _ in range(500):
            keep = r.randint(1, min(3, len(nat) - 4))
            cand = nat[:keep] + d(r, len(nat) - keep)
            num = phonenumbers.parse(cand, region)
            if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (kind, PhoneNumberType.FIXED_LINE_OR_MOBILE):
                f = fmt or r.choice([PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL, PhoneNumberFormat.NATIONAL,
                                     PhoneNumberFormat.E164])
                out = phonenumbers.format_number(num, f)
                ISSUED.append(("phone:" + region + ":" + str(int(kind)), out))
                return out
        raise RuntimeError(region)

    def address(self, loc: L) -> str:
        r = self.rng
        st = r.choice(loc.streets).format(n=r.randint(2, 148), a=r.randint(1, 9))
        return f"{st}, {r.choice(loc.cities)}"

    def nid(self, p) -> tuple[str, str] | None:
        loc = p["loc"]
        if not loc.ids:
            return None
        label, fn = self.rng.choice(loc.ids)
        return label, fn(self.rng, p["born"], p["sex"], p)

    def iban(self, cc: str) -> str:
        r = self.rng
        fmt = IBAN_FMT[cc]
        for _ in range(3000):
            bban = "".join(r.choice(DIG) if ch == "n" else (r.choice(UP) if ch == "a" else r.choice(DIG + UP)) for ch in fmt)
            chk = std_iban.calc_check_digits(cc + "00" + bban)
            v = cc + chk + bban
            if std_iban.is_valid(v):
                return _issue("iban", std_iban.format(v))
        raise RuntimeError(cc)

    def card(self) -> str:
        r = self.rng
        brand = r.choice(["visa", "visa", "mc", "mc2", "amex", "jcb", "disc", "unionpay"])
        pre, n = {"visa": ("4" + d(r, 5), 16), "mc": (f"5{r.randint(1, 5)}" + d(r, 4), 16),
                  "mc2": (str(r.randint(2221, 2720)) + d(r, 2), 16), "amex": (r.choice(["34", "37"]) + d(r, 4), 15),
                  "jcb": (str(r.randint(3528, 3589)) + d(r, 2), 16), "disc": ("6011" + d(r, 2), 16),
                  "unionpay": ("62" + d(r, 4), 16)}[brand]
        body = pre + d(r, n - len(pre) - 1)
        v = body + luhn.calc_check_digit(body)
        if n == 15:
            return _issue("luhn", f"{v[:4]} {v[4:10]} {v[10:]}")
        return _issue("luhn", r.choice([" ", "-", ""]).join(v[i:i + 4] for i in range(0, 16, 4)))

    def ip(self) -> str:
        r = self.rng
        if r.random() < 0.8:
            while True:
                a = r.choice([31, 37, 46, 62, 77, 83, 89, 92, 95, 109, 151, 176, 178, 185, 188, 201, 213, 217])
                return f"{a}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"2a02:{r.randint(0x8100, 0x8fff):x}:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"

    def passport(self, p) -> tuple[str, str]:
        """(document number, ICAO TD3 line 2)."""
        r = self.rng
        num = r.choice(UP) + r.choice(UP + DIG) + d(r, 7)
        nat = ISO3.get(p["loc"].region, "XXX")
        b = p["born"]
        exp = dt.date(2026 + r.randint(1, 9), r.randint(1, 12), r.randint(1, 28))
        bd, ed = ymd(b), f"{exp.year % 100:02d}{exp.month:02d}{exp.day:02d}"
        sx = "M" if p["sex"] == "m" else "F"
        l2 = num + mrz_digit(num) + nat + bd + mrz_digit(bd) + sx + ed + mrz_digit(ed) + "<" * 14 + "0"
        comp = l2[0:10] + l2[13:20] + l2[21:43]
        l2 = l2 + mrz_digit(comp)
        l2 = l2[:43] + mrz_digit(comp) if len(l2) > 44 else l2
        ISSUED.append(("mrz", l2))
        return num, l2

    def mrn(self) -> str:
        r = self.rng
        return r.choice([f"MRN {d(r, 8)}", f"{r.choice(['HOSP', 'PT', 'MR'])}-{d(r, 7)}", f"Fallnr. {d(r, 9)}", f"K{d(r, 6)}/{r.randint(20, 26)}"])

    def dob(self, p, lang: str) -> str:
        b = p["born"]
        if lang in ("en",) and p["loc"].region == "US":
            return f"{b.month:02d}/{b.day:02d}/{b.year}"
        if lang in ("ja", "zh", "zh-TW"):
            return f"{b.year}年{b.month}月{b.day}日"
        if lang == "ko":
            return f"{b.year}. {b.month}. {b.day}."
        if lang in ("de", "ru", "uk", "pl", "cs", "sk", "fi", "et", "lt", "hr", "sl", "ro", "bg", "tr", "nb", "da", "is"):
            return f"{b.day:02d}.{b.month:02d}.{b.year}"
        if lang in ("sv", "hu", "lt"):
            return f"{b.year}-{b.month:02d}-{b.day:02d}"
        return f"{b.day:02d}/{b.month:02d}/{b.year}"


def mrz_digit(s: str) -> str:
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        v = 0 if ch == "<" else (int(ch) if ch.isdigit() else ord(ch) - 55)
        tot += v * w[i % 3]
    return str(tot % 10)


def mrz_ok(l2: str) -> bool:
    if len(l2) != 44:
        return False
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return (mrz_digit(l2[0:9]) == l2[9] and mrz_digit(l2[13:19]) == l2[19] and mrz_digit(l2[21:27]) == l2[27]
            and mrz_digit(comp) == l2[43])


ISO3 = {"US": "USA", "GB": "GBR", "IN": "IND", "AU": "AUS", "NZ": "NZL", "IE": "IRL", "CA": "CAN", "ZA": "ZAF", "DE": "D<<",
        "AT": "AUT", "CH": "CHE", "FR": "FRA", "BE": "BEL", "ES": "ESP", "MX": "MEX", "CL": "CHL", "AR": "ARG", "EC": "ECU",
        "PE": "PER", "IT": "ITA", "PT": "PRT", "BR": "BRA", "NL": "NLD", "PL": "POL", "SE": "SWE", "NO": "NOR", "DK": "DNK",
        "FI": "FIN", "CZ": "CZE", "SK": "SVK", "RO": "ROU", "BG": "BGR", "GR": "GRC", "RU": "RUS", "UA": "UKR", "TR": "TUR",
        "SA": "SAU", "EG": "EGY", "IL": "ISR", "IR": "IRN", "BD": "BGD", "TH": "THA", "VN": "VNM", "ID": "IDN", "MY": "MYS",
        "PH": "PHL", "JP": "JPN", "KR": "KOR", "CN": "CHN", "TW": "TWN", "KE": "KEN", "EE": "EST", "LT": "LTU", "HR": "HRV",
        "IS": "ISL", "SI": "SVN", "HU": "HUN", "GE": "GEO"}

IBAN_FMT = {"GB": "aaaa" + "n" * 14, "IE": "aaaa" + "n" * 14, "DE": "n" * 18, "AT": "n" * 16, "CH": "n" * 17, "FR": "n" * 23,
            "BE": "n" * 12, "ES": "n" * 20, "IT": "a" + "n" * 22, "PT": "n" * 21, "BR": "n" * 23 + "ac", "NL": "aaaa" + "n" * 10,
            "PL": "n" * 24, "SE": "n" * 20, "NO": "n" * 11, "DK": "n" * 14, "FI": "n" * 14, "CZ": "n" * 20, "SK": "n" * 20,
            "RO": "aaaa" + "n" * 16, "BG": "aaaa" + "n" * 6 + "cccccccc", "GR": "n" * 23, "UA": "n" * 25, "TR": "n" * 22,
            "SA": "n" * 20, "EG": "n" * 25, "IL": "n" * 19, "EE": "n" * 16, "LT": "n" * 16, "HR": "n" * 17, "IS": "n" * 22,
            "SI": "n" * 15, "HU": "n" * 24, "GE": "aa" + "n" * 16}


# romanised pools for the e-mail local parts of people whose names are in non-Latin scripts
ROM = {"ar": "faisal nawaf sultan mishal noof haifa reem alharbi alotaibi alzahrani", "ar-EG": "hossam sherif amr dina yasmin hegazy mansour",
       "he": "evyatar nahum reut tehila sternberg almog", "fa": "keyvan bahram mahtab parisa kermani yazdani", "hi": "raghuveer vibha tripathi awasthi",
       "bn": "tanvir nusrat talukdar majumder", "ta": "shanmugam ilango kayal ramalingam", "th": "thanakorn piyathida srisuwan",
       "ja": "onodera hasebe miyashita kuwabara", "ko": "kwon hwang song doyun", "zh": "ouyang simazhao zhong tan", "zh-TW": "tsai hsu tseng chan",
       "bg": "stoyan plamen peeva", "el": "spyros lambropoulos tsakiris", "ru": "vsevolod belozerov timofey", "uk": "ostap hnatiuk dziuba",
       "ka": "levan beridze kapanadze nino"}


def email_for(P: People, p) -> str:
    tag = p["loc"].tag
    if tag in ROM:
        r = P.rng
        w = ROM[tag].split()
        a, b = r.sample(w, 2)
        return f"{a}{r.choice(['.', '_', ''])}{b}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(p['loc'].mails)}"
    return P.email(p)


MODELS = ["gpt-4o-mini", "gpt-4.1", "claude-3-7-sonnet-latest", "hybridgate/auto", "mistral-large-latest", "gemini-2.0-flash",
          "llama-3.1-8b-instruct", "qwen2.5-72b-instruct", "gpt-4o", "claude-3-5-haiku-latest"]

# industries: key, the app's system prompt, a tool it exposes, the field set a workflow carries, the non-personal context
IND = {
    "logistics_dispatch": dict(
        sys="You are DispatchMate, the assistant inside a regional courier's dispatch console. Be brief; drivers read on phones.",
        tool=("assign_delivery", "Assign a parcel to a driver and notify the recipient", ["recipient_name", "recipient_phone", "delivery_address", "notes"]),
        fields=["name", "phone", "address", "email"], ctx=lambda r: f"Consignment {r.choice('HKLMRT')}{d(r, 9)} · {r.randint(1, 14)} kg · slot {r.randint(8, 17)}:00",
        notes=["Recipient asked us to leave it with the neighbour.", "Gate code changes every week, call first.", "Fragile, glassware inside."]),
    "insurance_claims": dict(
        sys="You are the first-notice-of-loss assistant of a property & motor insurer. Collect facts, never promise coverage.",
        tool=("open_claim", "Open a claim file", ["policyholder", "date_of_birth", "address", "national_id", "payout_iban", "loss_description"]),
        fields=["name", "dob", "address", "nid", "iban", "phone"], ctx=lambda r: f"Policy {r.choice(['HH', 'KFZ', 'MTR', 'HOME'])}-{d(r, 7)} · loss date 2026-{r.randint(1, 10):02d}-{r.randint(1, 28):02d}",
        notes=["Water damage from the flat upstairs.", "Rear-ended at a junction, other driver admitted fault.", "Bike stolen from locked cellar."]),
    "travel_booking": dict(
        sys="You are the booking copilot of an online travel agency. You can hold fares and add passengers to a PNR.",
        tool=("add_passenger", "Add a passenger to a booking", ["full_name", "date_of_birth", "passport_number", "phone", "email"]),
        fields=["name", "dob", "passport", "phone", "email", "card"], ctx=lambda r: f"Booking ref {''.join(r.choice(UP) for _ in range(6))} · {r.choice(['LIS', 'HEL', 'BKK', 'GRU', 'NBO', 'ICN', 'YUL'])}→{r.choice(['FRA', 'DOH', 'SIN', 'MAD', 'IST'])}",
        notes=["Needs a wheelchair at the gate.", "Vegetarian meal please.", "Travelling with an infant on lap."]),
    "school_admin": dict(
        sys="You help the front office of a primary school with letters, enrolment and attendance records. Keep a warm tone.",
        tool=("update_enrolment", "Update a pupil's enrolment record", ["pupil_name", "pupil_dob", "guardian_name", "guardian_phone", "home_address"]),
        fields=["child", "name", "dob", "phone", "address", "email"], ctx=lambda r: f"Class {r.randint(1, 6)}{r.choice('ABC')} · school year 2026/27",
        notes=["Collected by grandmother on Wednesdays.", "Severe nut allergy, EpiPen in office.", "Moving in from another district."]),
    "banking_support": dict(
        sys="You are the support assistant of a retail bank's app. Never ask for PINs or one-time codes.",
        tool=("block_card", "Block a card and order a replacement", ["cardholder", "card_number", "reason", "delivery_address"]),
        fields=["name", "iban", "card", "nid", "phone", "dob"], ctx=lambda r: f"Ticket #{d(r, 6)} · channel: in-app chat",
        notes=["Customer lost the wallet on the tram.", "Unknown debit from an online shop.", "Wants to raise the daily limit for a car purchase."]),
    "telehealth": dict(
        sys="You are the intake assistant of a telehealth clinic. Summarise for the clinician; do not diagnose.",
        tool=("book_consult", "Book a video consultation", ["patient_name", "date_of_birth", "insurance_number", "callback_phone", "reason"]),
        fields=["name", "dob", "mrn", "hin", "phone"], ctx=lambda r: f"Slot {r.randint(8, 18)}:{r.choice(['00', '20', '40'])} · Dr. on call",
        notes=["Third migraine this week, ibuprofen not helping.", "Needs a repeat prescription for levothyroxine.", "Rash after starting amoxicillin.",
               "Follow-up on HbA1c of 8.1%."]),
    "real_estate": dict(
        sys="You are the assistant of a property management firm: leases, deposits, viewings and maintenance.",
        tool=("create_lease", "Create a lease draft", ["tenant_name", "tenant_id_number", "deposit_iban", "unit_address", "tenant_email"]),
        fields=["name", "nid", "iban", "address", "email", "phone"], ctx=lambda r: f"Unit {r.randint(1, 40)}{r.choice('ABCD')} · rent {r.randint(6, 24)}50 / month",
        notes=["Deposit to be returned minus cleaning.", "Viewing on Saturday morning.", "Boiler repair requested twice."]),
    "recruiting": dict(
        sys="You are the screening assistant of an applicant tracking system. Be fair and job-related.",
        tool=("schedule_interview", "Schedule an interview with a candidate", ["candidate_name", "candidate_email", "candidate_phone", "slot"]),
        fields=["name", "email", "phone", "address", "dob"], ctx=lambda r: f"Req {r.choice(['ENG', 'OPS', 'FIN', 'CS'])}-{d(r, 4)} · stage: phone screen",
        notes=["Strong SQL, weak on stakeholder management.", "Available from next month.", "Asked about relocation support."]),
    "game_moderation": dict(
        sys="You are the trust & safety assistant of an online game's community team. Classify reports and draft actions.",
        tool=("escalate_report", "Escalate a player report", ["reported_player", "evidence", "severity"]),
        fields=["name", "ip", "email", "address", "phone"], ctx=lambda r: f"Report #{d(r, 7)} · server eu-{r.randint(1, 9)} · match {d(r, 10)}",
        notes=["Player posted another user's home details in global chat.", "Threats after a ranked loss.", "Ban evasion suspected from the same connection."]),
    "government_forms": dict(
        sys="You assist municipal clerks with residents' applications (residence registration, benefits, permits).",
        tool=("submit_application", "Submit a resident application", ["applicant_name", "national_id", "date_of_birth", "address"]),
        fields=["name", "nid", "dob", "address", "phone"], ctx=lambda r: f"Case {r.randint(2025, 2026)}/{d(r, 5)} · desk {r.randint(1, 12)}",
        notes=["Registration of a new address after moving.", "Child benefit application.", "Parking permit for residents."]),
    "retail_returns": dict(
        sys="You are the returns assistant of an online fashion and electronics shop. Follow the 30-day policy.",
        tool=("issue_refund", "Refund an order", ["customer_name", "customer_email", "card_number", "return_address"]),
        fields=["name", "email", "address", "card", "phone"], ctx=lambda r: f"Order {r.choice(['WEB', 'APP'])}-{d(r, 8)} · RMA {d(r, 6)}",
        notes=["Shoes too small, unworn.", "Headphones crackle on the left side.", "Wrong colour delivered."]),
    "legal_intake": dict(
        sys="You are the intake assistant of a law firm. Capture facts for a conflict check; no legal advice.",
        tool=("conflict_check", "Run a conflict check on a prospective client", ["client_name", "date_of_birth", "address", "opposing_party"]),
        fields=["name", "dob", "address", "phone", "nid", "email"], ctx=lambda r: f"Matter intake {d(r, 5)} · practice: {r.choice(['tenancy', 'employment', 'family', 'traffic'])}",
        notes=["Dismissed without notice after 6 years.", "Landlord keeps the deposit.", "Divorce, two children, shared flat."]),
}
IKEYS = list(IND)

FIELD_ENT = {"name": "person", "child": "person", "phone": "phone", "email": "email", "address": "STREET_ADDRESS", "dob": "DATE_OF_BIRTH",
             "iban": "iban", "card": "credit_card", "passport": "PASSPORT", "ip": "IP_ADDRESS", "mrn": "MEDICAL_RECORD",
             "hin": "HEALTH_INSURANCE"}


def hin_value(P: People, p) -> str:
    r = P.rng
    loc = p["loc"]
    for label, fn in loc.ids:
        if label == HIN:
            return fn(r, p["born"], p["sex"], p)
    reg = loc.region
    if reg == "DE":
        return f"{r.choice(UP)}{d(r, 9)}"
    if reg == "US":
        return f"{r.randint(1, 9)}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY0123456789')}{d(r, 1)}-{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY0123456789')}{d(r, 1)}-{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{d(r, 2)}"
    if reg == "AU":
        return f"{r.randint(2, 6)}{d(r, 3)} {d(r, 5)} {r.randint(1, 9)}"
    return f"{r.choice(['INS', 'MBR', 'KV', 'SEG'])}{d(r, 9)}"


EXTRA_LABEL = {"iban": "IBAN", "card": "Card", "passport": "Passport no.", "ip": "IP", "mrn": "MRN", "hin": "Insurance no.", "child": "Pupil"}


def build_person_fields(P: People, ind: str, loc: L):
    """Return (person, ordered [(field, label, value)], entity labels)."""
    r = P.rng
    spec = IND[ind]
    p = P.person(loc)
    p["email"] = email_for(P, p)
    pool = list(spec["fields"])
    k = r.randint(2, min(5, len(pool)))
    chosen = ["name"] if ("name" in pool and r.random() < 0.88) else []
    if ind == "school_admin" and "child" not in chosen:
        chosen.insert(0, "child")
    rest = [f for f in pool if f not in chosen]
    r.shuffle(rest)
    chosen += rest[: max(0, k - len(chosen))]
    if all(f in ("name", "child") for f in chosen):
        chosen.append(r.choice([f for f in pool if f not in ("name", "child")]))
    lab = tx(loc.tag)
    out, ents = [], set()
    order = [f for f in pool if f in chosen]
    child = None
    for f in order:
        if f == "name":
            out.append((f, lab[0], p["full"]))
        elif f == "child":
            child = P.person(loc, adult=False)
            nm = child["full"].replace(child["family"], p["family"]) if child["family"] in child["full"] else child["full"]
            out.append((f, EXTRA_LABEL["child"], nm))
            p["child"] = child
        elif f == "dob":
            who = child if (ind == "school_admin" and child) else p
            out.append((f, lab[1], P.dob(who, lang_of(loc.tag))))
        elif f == "address":
            out.append((f, lab[2], P.address(loc)))
        elif f == "phone":
            out.append((f, lab[3], P.phone(loc)))
        elif f == "email":
            out.append((f, lab[4], p["email"]))
        elif f == "nid":
            v = P.nid(p)
            if v is None:
                continue
            out.append((f, lab[5], v[1]))
            ents.add(v[0])
            continue
        elif f == "iban":
            cc = loc.iban_cc or r.choice(["DE", "NL", "FR", "GB", "ES"])
            out.append((f, "IBAN", P.iban(cc)))
        elif f == "card":
            out.append((f, EXTRA_LABEL["card"], P.card()))
        elif f == "passport":
            num, mrz = P.passport(p)
            out.append((f, EXTRA_LABEL["passport"], num if r.random() < 0.6 else mrz))
        elif f == "ip":
            out.append((f, EXTRA_LABEL["ip"], P.ip()))
        elif f == "mrn":
            out.append((f, EXTRA_LABEL["mrn"], P.mrn()))
        elif f == "hin":
            out.append((f, EXTRA_LABEL["hin"], hin_value(P, p)))
        ents.add(FIELD_ENT[f])
    if len([o for o in out if o[0] not in ("name", "child")]) == 0:
        out.append(("phone", lab[3], P.phone(loc)))
        ents.add("phone")
    return p, out, sorted(ents)


def as_form(rows):
    return "\n".join(f"{lbl}: {val}" for _, lbl, val in rows)


def as_csv(rows, rng):
    sep = rng.choice([",", ";", "\t"])
    q = lambda s: f'"{s}"' if ("," in s or ";" in s) else s
    return sep.join(q(l) for _, l, _ in rows) + "\n" + sep.join(q(v) for _, _, v in rows)


JSON_KEY = {"name": "full_name", "child": "pupil_name", "dob": "date_of_birth", "address": "address", "phone": "phone", "email": "email",
            "nid": "id_number", "iban": "iban", "card": "card_number", "passport": "passport", "ip": "last_ip", "mrn": "mrn", "hin": "insurance_no"}


def as_json(rows, extra=None):
    o = {JSON_KEY[f]: v for f, _, v in rows}
    if extra:
        o.update(extra)
    return o


def b64(s: str) -> str:
    return base64.b64encode(s.encode("utf-8")).decode()


def tool_def(name, desc, params):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": {k: {"type": "string"} for k in params}, "required": params[:2]}}}


SHAPES = ["sys_user", "multi_turn", "tool_call_args", "tool_result", "response_format", "file_part", "completions", "content_parts", "metadata"]


def place(rng, shape, ind, loc, artefact_text, artefact_obj, ask, model, fields_only=False):
    """Put an artefact into a request the way the industry's app would. Returns (endpoint, body, style)."""
    spec = IND[ind]
    sysmsg = {"role": "system", "content": spec["sys"]}
    tname, tdesc, tparams = spec["tool"]
    tools = [tool_def(tname, tdesc, tparams)]
    if shape == "sys_user":
        return "chat", {"model": model, "messages": [sysmsg, {"role": "user", "content": f"{artefact_text}\n\n{ask}"}]}, "system prompt + pasted record"
    if shape == "multi_turn":
        return "chat", {"model": model, "messages": [sysmsg, {"role": "user", "content": artefact_text},
                                                     {"role": "assistant", "content": "Noted. What would you like me to do with it?"},
                                                     {"role": "user", "content": ask}]}, "multi-turn, record in an earlier turn"
    if shape == "tool_call_args":
        cid = f"call_{''.join(rng.choice('abcdefghjkmnpqrstuvwxyz0123456789') for _ in range(12))}"
        args = json.dumps(artefact_obj, ensure_ascii=False)
        return "chat", {"model": model, "tools": tools, "messages": [
            sysmsg, {"role": "user", "content": ask},
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": tname, "arguments": args}}]},
            {"role": "tool", "tool_call_id": cid, "content": json.dumps({"status": "ok"})},
            {"role": "user", "content": "Thanks, now confirm it back to me in one sentence."}]}, "agent loop: tool-call arguments"
    if shape == "tool_result":
        cid = f"call_{''.join(rng.choice('abcdefghjkmnpqrstuvwxyz0123456789') for _ in range(12))}"
        return "chat", {"model": model, "tools": tools, "messages": [
            sysmsg, {"role": "user", "content": "Pull up the record for the case below and tell me what is missing."},
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "lookup_record", "arguments": json.dumps({"ref": f"{d(rng, 6)}"})}}]},
            {"role": "tool", "tool_call_id": cid, "content": json.dumps(artefact_obj, ensure_ascii=False)}]}, "agent loop: tool result"
    if shape == "response_format":
        props = {k: {"type": "string"} for k in (artefact_obj or {"summary": ""})}
        return "chat", {"model": model, "messages": [sysmsg, {"role": "user", "content": f"{ask}\n\n-----\n{artefact_text}"}],
                        "response_format": {"type": "json_schema", "json_schema": {"name": f"{ind}_record", "strict": True, "schema": {
                            "type": "object", "properties": props, "required": sorted(props), "additionalProperties": False}}}}, "response_format extraction"
    if shape == "file_part":
        fn = rng.choice(["export.csv", "record.txt", "upload.csv", "form.txt"])
        return "chat", {"model": model, "messages": [sysmsg, {"role": "user", "content": [
            {"type": "text", "text": ask},
            {"type": "file", "file": {"filename": fn, "file_data": f"data:text/plain;base64,{b64(artefact_text)}"}}]}]}, "file part (base64 text)"
    if shape == "completions":
        return "completions", {"model": rng.choice(["gpt-3.5-turbo-instruct", "davinci-002", "hybridgate/auto"]),
                               "prompt": f"{spec['sys']}\n\n### Input\n{artefact_text}\n\n### Task\n{ask}\n\n### Output\n", "max_tokens": 400,
                               "temperature": 0.3}, "completions prompt"
    if shape == "content_parts":
        return "chat", {"model": model, "messages": [sysmsg, {"role": "user", "content": [
            {"type": "text", "text": ask}, {"type": "text", "text": artefact_text}]}]}, "content parts"
    if shape == "metadata":
        md = {k: str(v) for k, v in list((artefact_obj or {}).items())[:8]}
        return "chat", {"model": model, "metadata": md, "store": True, "messages": [sysmsg, {"role": "user", "content": ask}]}, "stored-completion metadata"
    raise ValueError(shape)


# ---------------------------------------------------------------- sensitive records
NOTE_TPL = {
    "logistics_dispatch": ["Driver, please deliver to {name} at {address}; they said to ring {phone} when you are 10 min out.",
                           "Redelivery for {name}: nobody home yesterday. New instructions: {note}"],
    "insurance_claims": ["Caller {name} reports: {note} Wants the payout to the account on file.",
                         "FNOL from {name}. {note} Adjuster visit requested."],
    "travel_booking": ["Please add {name} to the booking. {note}", "Name change request: the ticket must read {name}. {note}"],
    "school_admin": ["Dear office, {child} will be picked up early on Friday by {name}. {note}",
                     "New pupil {child}; parent {name}. {note}"],
    "banking_support": ["Customer {name} says: {note}", "Chat transcript start — {name}: \"{note}\""],
    "telehealth": ["Patient {name}: {note}", "Intake for {name}. Presenting complaint: {note}"],
    "real_estate": ["Tenant {name} signed for the unit. {note}", "Applicant {name} for the viewing. {note}"],
    "recruiting": ["Candidate {name} applied for the role. Screen notes: {note}", "Referral: {name}. {note}"],
    "game_moderation": ["Reporter says the player's real identity is {name}. {note}", "Doxxing report. {note} Details posted in chat below."],
    "government_forms": ["Applicant {name} at desk today. {note}", "Resident {name} requests: {note}"],
    "retail_returns": ["Return request from {name}. {note}", "Customer {name} wants a refund. {note}"],
    "legal_intake": ["Prospective client {name}. {note}", "Intake call with {name}. Facts: {note}"],
}


def sensitive_record(rng, P: People, ind: str, loc: L, shape: str):
    spec = IND[ind]
    p, rows, ents = build_person_fields(P, ind, loc)
    row_ents = [e for e in ents if e in (NID, TAX, SSN, HIN)]
    lab = tx(loc.tag)
    fmt = rng.choice(["form", "csv", "json", "email", "note"])
    ctx = spec["ctx"](rng)
    note = rng.choice(spec["notes"])
    names = {f: v for f, _, v in rows}
    if fmt == "form":
        text = f"{ctx}\n{as_form(rows)}"
    elif fmt == "csv":
        text = f"# {ctx}\n{as_csv(rows, rng)}"
    elif fmt == "json":
        text = json.dumps(as_json(rows, {"context": ctx}), ensure_ascii=False, indent=rng.choice([None, 2]))
    elif fmt == "email":
        sender = names.get("name") or names.get("child") or p["full"]
        em = names.get("email") or p["email"]
        if "email" not in names:
            ents = sorted(set(ents) | {"email"})
        if "name" not in names and "child" not in names:
            ents = sorted(set(ents) | {"person"})
        other = [(f, l, v) for f, l, v in rows if f not in ("name", "email")]
        text = (f"From: {sender} <{em}>\nTo: service desk\nSubject: {ctx}\n\n{note}\n\n{as_form(other)}\n\n{sender}")
    else:
        tpl = rng.choice(NOTE_TPL[ind])
        nm = names.get("name") or p["full"]
        if "name" not in names and "{name}" in tpl:
            ents = sorted(set(ents) | {"person"})
        ch = names.get("child") or p.get("child", {}).get("full", p["full"])
        text = tpl.format(name=nm, child=ch, address=names.get("address", "—"), phone=names.get("phone", "—"), note=note)
        if "{address}" in tpl and "address" not in names:
            text = text.replace(", —", "").replace("at —", "at the depot")
        if "{phone}" in tpl and "phone" not in names:
            text = text.replace("ring — ", "call ").replace(" —", "")
        rest = [(f, l, v) for f, l, v in rows if f not in ("name", "child") and not (f in ("address", "phone") and "{" + f + "}" in tpl)]
        text = f"{ctx}\n{text}" + (f"\n{as_form(rest)}" if rest else "")
    ask = lab[rng.choice([6, 7, 8, 9, 10])]
    obj = as_json(rows)
    if shape in ("tool_call_args", "tool_result", "metadata"):  # only the structured record travels
        ents = [FIELD_ENT.get(f) for f, _, _ in rows]
        ents = sorted({e for e in ents if e} | set(e for e in row_ents))
    endpoint, body, style = place(rng, shape, ind, loc, text, obj, ask, rng.choice(MODELS))
    return {"category": ind, "sensitive": True, "entities": sorted(set(ents)), "endpoint": endpoint, "lang": lang_of(loc.tag),
            "style": f"{ind} · {fmt} · {style}", "body": body}


# ---------------------------------------------------------------- benign (hard negative) records
def not_luhn_digits(rng, n):
    while True:
        s = str(rng.randint(1, 9)) + d(rng, n - 1)
        if not luhn.is_valid(s):
            return s


def container_no(rng):
    owner = rng.choice(["MSKU", "TGHU", "CMAU", "HLXU", "OOLU", "EGHU", "TCNU"])
    body = owner + d(rng, 6)
    v = body + iso6346.calc_check_digit(body)
    ISSUED.append(("iso6346", v))
    return v


def ean13(rng):
    body = rng.choice(["400", "590", "850", "871", "760", "490"]) + d(rng, 9)
    v = body + ean.calc_check_digit(body)
    ISSUED.append(("ean", v))
    return v


def _has_luhn_run(t: str) -> bool:
    for run in re.findall(r"(?<!\d)(?:\d[ -]?){13,19}(?!\d)", t):
        digits = re.sub(r"\D", "", run)
        if 13 <= len(digits) <= 19 and luhn.is_valid(digits):
            return True
    return False


def hexs(rng, n):
    while True:  # a hash must not contain a card-like digit run by chance
        h = "".join(rng.choice("0123456789abcdef") for _ in range(n))
        if not _has_luhn_run(h):
            return h


def uuid(rng):
    while True:
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
        if not _has_luhn_run(u):
            return u


def hotline(P: People, loc: L):
    """A company's toll-free line (written internationally where the national form looks like a US SSN)."""
    try:
        v = P.phone(loc, kind=PhoneNumberType.TOLL_FREE, fmt=PhoneNumberFormat.NATIONAL)
        if re.search(r"\d{3}-\d{2}-\d{4}", v):
            v = P.phone(loc, kind=PhoneNumberType.TOLL_FREE, fmt=PhoneNumberFormat.E164)
        return v
    except RuntimeError:
        return P.phone(LOC["de"], kind=PhoneNumberType.TOLL_FREE, fmt=PhoneNumberFormat.NATIONAL)


def blank_form(rng, loc, ind):
    lab = tx(loc.tag)
    keys = [lab[0], lab[1], lab[2], lab[3], lab[4], lab[5]]
    rng.shuffle(keys)
    style = rng.choice(["underscores", "brackets", "empty json"])
    if style == "underscores":
        t = "\n".join(f"{k}: ____________________" for k in keys[:5])
    elif style == "brackets":
        t = "\n".join(f"{k}: [          ]" for k in keys[:5])
    else:
        t = json.dumps({JSON_KEY[f]: "" for f in IND[ind]["fields"] if f in JSON_KEY}, ensure_ascii=False)
    return t


BENIGN = {
    "logistics_dispatch": [
        ("number_lookalike", lambda r, P, loc: f"Vessel manifest excerpt:\n" + "\n".join(f"{container_no(r)}  {r.choice(['22G1', '45G1', '42R1'])}  {r.randint(2, 28)}.{r.randint(0, 9)} t  POL {r.choice(['DEHAM', 'NLRTM', 'CNSHA', 'SGSIN'])}" for _ in range(r.randint(3, 6))) + "\nWhich containers are reefers?"),
        ("order_reference", lambda r, P, loc: f"Tracking 1Z{''.join(r.choice(UP + DIG) for _ in range(16))} shows 'exception: address unknown' at hub {r.choice(['LEJ', 'CGN', 'EMA', 'MXP'])}. Shipment {not_luhn_digits(r, 12)}, 3 pallets. What does that status usually mean for a B2B drop?"),
        ("street_named_after_person", lambda r, P, loc: f"Plan the cheapest loop for 4 vans: depot at Gewerbepark Nord, stops on Albert-Einstein-Straße, Konrad-Adenauer-Ring, Rue Marie Curie (Strasbourg cross-dock) and Via Giuseppe Verdi. Time windows 08-12."),
        ("company_contact", lambda r, P, loc: f"Our carrier's customer service is {hotline(P, loc)} (Mon–Fri) and ops@{r.choice(['nordfracht-logistik.de', 'sealanecargo.com', 'transalpina-spedizioni.it'])}. Write the footer for our dispatch e-mails with these."),
        ("tech_identifier", lambda r, P, loc: f"Webhook from the TMS failed: {{\"event\":\"stop.completed\",\"stop_id\":\"{uuid(r)}\",\"route\":\"R-{d(r, 4)}\",\"sig\":\"sha256={hexs(r, 64)}\"}} -> 401. Why would the signature check fail?"),
        ("blank_template", lambda r, P, loc: "Make a proof-of-delivery template with these fields left empty:\n" + blank_form(r, loc, "logistics_dispatch")),
    ],
    "insurance_claims": [
        ("eponym", lambda r, P, loc: "Explain to a policyholder in plain words how a Bayesian update (after Thomas Bayes) changes a claim's fraud score when a second independent signal arrives."),
        ("public_figure", lambda r, P, loc: f"Write a blog intro about how Lloyd's of London insured Betty Grable's legs and Bruce Springsteen's voice — famous celebrity policies — and what that teaches about valuing unusual risks."),
        ("order_reference", lambda r, P, loc: f"Claim CLM-{d(r, 8)} on policy MTR-{d(r, 7)}: reserve {r.randint(2, 40)}00 EUR, status 'awaiting estimate'. Draft a status update template without any customer details."),
        ("blank_template", lambda r, P, loc: "Turn this into a web form spec (labels + validation rules only):\n" + blank_form(r, loc, "insurance_claims")),
        ("public_hotline", lambda r, P, loc: f"Our 24/7 claims line is {hotline(P, loc)}. Write an SMS under 160 characters telling customers to call it after a storm."),
        ("number_lookalike", lambda r, P, loc: f"Loss triangle (paid, kEUR): 2021: 412 598 677 701; 2022: 455 640 719; 2023: 498 702; 2024: 530. Compute age-to-age factors."),
    ],
    "travel_booking": [
        ("public_figure", lambda r, P, loc: "Suggest a 3-day Vienna itinerary following Mozart, Klimt and Sigmund Freud — museums, cafés, and which day to book the Freud Museum."),
        ("named_product", lambda r, P, loc: f"Compare the Hilton Garden Inn and the Ritz-Carlton near {r.choice(['Doha airport', 'Lisbon Oriente', 'Seoul Station'])} for a layover; also is the Marriott Bonvoy status match worth it?"),
        ("order_reference", lambda r, P, loc: f"PNR {''.join(r.choice(UP) for _ in range(6))}, flights {r.choice(['LH', 'TK', 'QR', 'LA'])}{r.randint(100, 1999)} / {r.choice(['LH', 'TK', 'QR', 'LA'])}{r.randint(100, 1999)}, fare basis {r.choice(['YLOWDE', 'KSAVER', 'QNCOWT'])}, e-ticket {d(r, 3)}-{not_luhn_digits(r, 10)}. Is the connection in IST long enough (55 min)?"),
        ("fictional_character", lambda r, P, loc: "Plan a Harry Potter and Sherlock Holmes themed weekend in London for a family: platform 9¾, 221B Baker Street, Leadenhall Market."),
        ("tech_identifier", lambda r, P, loc: f"Our GDS API returns `Idempotency-Key: {uuid(r)}` and `X-Session: {hexs(r, 40)}` but booking fails with 409. What does 409 mean here?"),
        ("blank_template", lambda r, P, loc: "Create a JSON schema for an APIS passenger record (no example values):\n" + blank_form(r, loc, "travel_booking")),
    ],
    "school_admin": [
        ("public_figure", lambda r, P, loc: "Write a Year 4 reading list with short blurbs on Malala Yousafzai, Nelson Mandela, Marie Curie and Ada Lovelace."),
        ("street_named_after_person", lambda r, P, loc: "Our school is on Sophie-Scholl-Straße, next to the Goethe-Gymnasium and the Lycée Victor Hugo partner school. Write directions for visiting parents from the station."),
        ("fictional_character", lambda r, P, loc: "Make a classroom quiz about Pippi Longstocking, Matilda Wormwood and the Little Prince — 8 questions with answers."),
        ("blank_template", lambda r, P, loc: "Design an enrolment form for new pupils; leave every field blank:\n" + blank_form(r, loc, "school_admin")),
        ("public_hotline", lambda r, P, loc: f"Put the school switchboard {hotline(P, loc)} and office@{r.choice(['grundschule-am-hang.de', 'eastfield-primary.org.uk', 'escola-rio-tejo.pt'])} in a newsletter footer."),
        ("number_lookalike", lambda r, P, loc: f"Timetable codes: room B{r.randint(100, 399)}, course MA-{r.randint(1, 9)}{r.choice('ABC')}-{d(r, 3)}, exam slot {d(r, 6)}. Build a weekly grid for class 5C from these."),
    ],
    "banking_support": [
        ("company_contact", lambda r, P, loc: f"Explain what a SWIFT/BIC like {r.choice(['DEUTDEFF', 'BNPAFRPP', 'COBADEFFXXX', 'INGBNL2A', 'UBSWCHZH80A'])} encodes (bank, country, location, branch)."),
        ("public_hotline", lambda r, P, loc: f"If my card is stolen abroad, is calling the bank's blocking hotline {hotline(P, loc)} enough, or do I also need a police report?"),
        ("number_lookalike", lambda r, P, loc: f"Amortisation: loan 240000, 3.{r.randint(1, 9)}% p.a., 25 years, monthly. Give the payment and the interest share of month 1."),
        ("tech_identifier", lambda r, P, loc: f"Open banking: consent id {uuid(r)}, access token eyJhbGciOiJSUzI1NiJ9.{hexs(r, 40)}.{hexs(r, 24)} returns 403 'consent expired'. What should the TPP do?"),
        ("named_product", lambda r, P, loc: "What is the difference between a Visa Infinite, a Mastercard World Elite and an Amex Centurion card in terms of lounge access?"),
        ("blank_template", lambda r, P, loc: "Create the KYC onboarding form (field names and validation only, no data):\n" + blank_form(r, loc, "banking_support")),
    ],
    "telehealth": [
        ("eponym", lambda r, P, loc: f"For a patient leaflet, explain the difference between Alzheimer's disease and Parkinson's disease, and what Hashimoto's thyroiditis is."),
        ("eponym", lambda r, P, loc: "Explain Crohn's disease versus ulcerative colitis for a nursing student, and why Hodgkin lymphoma is named that way."),
        ("public_hotline", lambda r, P, loc: f"Add to our app's help screen: out-of-hours line {hotline(P, loc)}, emergencies 112. Keep it calm and short."),
        ("number_lookalike", lambda r, P, loc: f"Lab reference ranges: HbA1c {r.randint(4, 6)}.{r.randint(0, 9)}%, TSH 0.4–4.0 mU/L, ferritin 30–300 ng/mL, eGFR > 90. Format as a table."),
        ("blank_template", lambda r, P, loc: "Make a telehealth intake questionnaire with empty fields:\n" + blank_form(r, loc, "telehealth")),
        ("named_product", lambda r, P, loc: "Is a Philips Sonicare or an Oral-B better for someone with braces? Also, do Johnson & Johnson plasters contain latex?"),
    ],
    "real_estate": [
        ("street_named_after_person", lambda r, P, loc: f"Compare rents on Karl-Marx-Allee (Berlin), Avenue Victor Hugo (Paris) and Calle de Alcalá near Plaza de Cibeles for 2-room flats; where is the best value?"),
        ("order_reference", lambda r, P, loc: f"Listing {r.choice(['ID', 'REF'])}-{d(r, 7)}: {r.randint(2, 5)} rooms, {r.randint(48, 140)} m², energy class {r.choice('ABCD')}, parcel {d(r, 4)}/{d(r, 3)}. Write an ad in 80 words."),
        ("company_contact", lambda r, P, loc: f"Our agency details for the website footer: {r.choice(['Maklerhaus Rheinblick GmbH', 'Tejo Imobiliária Lda', 'Nordic Nest Bostad AB'])}, info@{r.choice(['rheinblick-immo.de', 'tejoimobiliaria.pt', 'nordicnest.se'])}, {hotline(P, loc)}. Make it look tidy."),
        ("number_lookalike", lambda r, P, loc: f"Cap rate: purchase 1.{r.randint(1, 9)}M, gross rent {r.randint(60, 99)}k, vacancy 5%, opex 18k. What's the NOI and cap rate?"),
        ("blank_template", lambda r, P, loc: "Draft a rental application form with blank fields:\n" + blank_form(r, loc, "real_estate")),
        ("public_figure", lambda r, P, loc: "Which architects shaped Barcelona's Eixample — Ildefons Cerdà, Antoni Gaudí, Lluís Domènech i Montaner — and how does it affect prices today?"),
    ],
    "recruiting": [
        ("public_figure", lambda r, P, loc: "Write interview questions inspired by how Satya Nadella and Indra Nooyi describe leadership, for a team-lead role."),
        ("company_contact", lambda r, P, loc: f"Job ad footer: apply via careers@{r.choice(['finch-analytics.com', 'hafenwerk.de', 'bluepeak.io'])} or call our recruiting desk {hotline(P, loc)}. Translate the footer into {r.choice(['German', 'Spanish', 'Japanese'])}."),
        ("order_reference", lambda r, P, loc: f"Req ENG-{d(r, 4)} and OPS-{d(r, 4)} have 37 and 12 applicants, time-to-hire 41 vs 23 days. Summarise the pipeline health."),
        ("blank_template", lambda r, P, loc: "Set up an application form (labels only, no answers):\n" + blank_form(r, loc, "recruiting")),
        ("tech_identifier", lambda r, P, loc: f"Our ATS webhook secret whsec_{hexs(r, 32)} rotates monthly; candidate ids look like cand_{hexs(r, 16)}. Write a Python verifier for the signature."),
        ("fictional_character", lambda r, P, loc: "Write a funny mock CV for Sherlock Holmes applying as a data analyst."),
    ],
    "game_moderation": [
        ("fictional_character", lambda r, P, loc: "Is a player named 'Lara_Croft_Official' or 'Geralt of Rivia' impersonation under our username policy if they aren't the publisher?"),
        ("tech_identifier", lambda r, P, loc: f"Anti-cheat flagged build {r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 99)}, hash {hexs(r, 40)}, match id {uuid(r)}. Draft a neutral notice that the match is under review."),
        ("public_figure", lambda r, P, loc: "A streamer keeps saying Shigeru Miyamoto and Hideo Kojima are 'frauds'. Is that harassment under our rules or just opinion?"),
        ("number_lookalike", lambda r, P, loc: f"K/D {r.randint(1, 4)}.{r.randint(0, 99)}, headshot rate {r.randint(20, 80)}%, reaction median {r.randint(110, 260)} ms over {r.randint(50, 400)} matches. Does that look like aim assist?"),
        ("blank_template", lambda r, P, loc: "Build a report-a-player form with empty fields: reported username, match id, category, description, evidence link."),
        ("tech_identifier", lambda r, P, loc: "Our server list has eu-west-3.game.example-cdn.net and 10.24.0.0/16 internal ranges; write a firewall rule description for the moderation tools VLAN."),
    ],
    "government_forms": [
        ("public_hotline", lambda r, P, loc: f"Write a poster text: for non-emergencies call the city service line {hotline(P, loc)}, for emergencies 112."),
        ("blank_template", lambda r, P, loc: "Create an accessible residence-registration form; only labels and hints, no values:\n" + blank_form(r, loc, "government_forms")),
        ("number_lookalike", lambda r, P, loc: f"Explain form numbers: W-9 vs W-8BEN, Germany's Anlage N, and France's formulaire 2042 — who files which?"),
        ("public_figure", lambda r, P, loc: "Summarise what Angela Merkel's and Jacinda Ardern's governments changed about digital public services."),
        ("street_named_after_person", lambda r, P, loc: f"The town hall moved to Plaza de Benito Juárez / Rathausplatz (Willy-Brandt-Platz {r.randint(1, 9)}). Update the visitor info text."),
        ("order_reference", lambda r, P, loc: f"Case numbers follow {r.randint(2024, 2026)}/{d(r, 5)}-{r.choice(['AB', 'ZV', 'RE'])}; write a regex and test it on 3 made-up examples."),
    ],
    "retail_returns": [
        ("named_product", lambda r, P, loc: "Customer wants to return Ben & Jerry's ice cream, a Calvin Klein shirt and a Dr. Martens boot — which of these can we accept under a hygiene policy?"),
        ("number_lookalike", lambda r, P, loc: f"Barcodes on the return label: {ean13(r)}, {ean13(r)}. SKU {r.choice(['TS', 'SH', 'HP'])}-{d(r, 5)}-{r.choice(['S', 'M', 'L', 'XL'])}. Which one is the EAN?"),
        ("order_reference", lambda r, P, loc: f"Order WEB-{not_luhn_digits(r, 8)}, RMA {d(r, 6)}, invoice INV-2026-{d(r, 6)}: refund {r.randint(19, 249)}.{r.randint(0, 99):02d} EUR was split over two payments. Explain why to a support agent."),
        ("company_contact", lambda r, P, loc: f"Write the returns page: send parcels to our warehouse 'Returns Centre, Logistikpark {r.randint(1, 20)}, Halle {r.randint(1, 9)}', questions to returns@{r.choice(['kleiderkiste.shop', 'nordbyte.eu', 'casaluz.es'])}, hotline {hotline(P, loc)}."),
        ("fictional_character", lambda r, P, loc: "Our Spider-Man and Elsa costumes get returned a lot after Halloween. Draft a policy on worn costumes."),
        ("blank_template", lambda r, P, loc: "Make a returns form with empty fields:\n" + blank_form(r, loc, "retail_returns")),
    ],
    "legal_intake": [
        ("case_law", lambda r, P, loc: "Summarise Donoghue v Stevenson and Carlill v Carbolic Smoke Ball Co for a first-year law student."),
        ("case_law", lambda r, P, loc: "Compare Miranda v. Arizona with the German 'Belehrungspflicht' under § 136 StPO."),
        ("number_lookalike", lambda r, P, loc: f"Docket {r.randint(1, 9)} O {r.randint(10, 999)}/{r.randint(20, 26)}, ECLI:DE:BGH:2025:{d(r, 6)}U{r.choice(['XII', 'VIII', 'IV'])}ZR{d(r, 3)}.25.0 — explain what each part of the ECLI means."),
        ("blank_template", lambda r, P, loc: "Create an intake questionnaire for tenancy disputes; blank fields only:\n" + blank_form(r, loc, "legal_intake")),
        ("public_figure", lambda r, P, loc: "What was Ruth Bader Ginsburg's argument in Reed v. Reed's brief, and why did it matter for sex discrimination law?"),
        ("company_contact", lambda r, P, loc: f"Our firm footer: {r.choice(['Kanzlei Eschenbrunn Partner mbB', 'Lisboa Advogados RL', 'Harbour Lane Legal LLP'])}, office@{r.choice(['eschenbrunn-legal.de', 'lisboaadv.pt', 'harbourlanelegal.co.uk'])}, {hotline(P, loc)}. Add a confidentiality notice."),
    ],
}


def benign_record(rng, P: People, ind: str, loc: L, shape: str, k: int):
    kind, fn = BENIGN[ind][k % len(BENIGN[ind])]
    text = fn(rng, P, loc)
    for _ in range(50):  # redraw the numbers when a reference happens to pass the card checksum or look like an SSN
        if not (_has_luhn_run(text) or re.search(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", text)):
            break
        text = fn(rng, P, loc)
    lab = tx(loc.tag)
    lang = lang_of(loc.tag)
    # the end user writes the ask in their own language; the artefact stays as the app produced it
    ask = lab[rng.choice([6, 8, 9, 10])] if lang != "en" else rng.choice(["Go ahead.", "Thanks!", "Keep it short.", "As a table please."])
    obj = {"request": text[:200], "channel": rng.choice(["web", "app", "agent-desk"]), "ticket": f"T-{d(rng, 6)}"}
    if shape == "metadata":
        endpoint, body, style = place(rng, shape, ind, loc, text, obj, text + "\n\n" + ask, rng.choice(MODELS))
    elif shape in ("tool_call_args", "tool_result"):
        endpoint, body, style = place(rng, shape, ind, loc, text, {"note": text, "ref": f"{d(rng, 6)}"}, ask, rng.choice(MODELS))
    else:
        endpoint, body, style = place(rng, shape, ind, loc, text, None, ask, rng.choice(MODELS))
    return {"category": f"{ind}_benign", "sensitive": False, "entities": [], "endpoint": endpoint, "lang": lang if lang == "en" else f"{lang}+en",
            "style": f"{ind} · {kind} · {style}", "body": body}


# ======================================================================================
# Complexity prompts, organised by the same industries
# ======================================================================================
SHORT_HARD = {
    "logistics_dispatch": [
        ("en", "VRPTW, 3 vans, soft time windows: write the MILP and argue why column generation beats plain branch-and-bound here."),
        ("en", "Reorder point with gamma lead time (k=3, θ=2 d) and Poisson demand 40/day at 98% cycle service — derive it."),
        ("de", "Beweise die Schranke FFD ≤ 11/9·OPT + 6/9 für Bin Packing zumindest als Skizze des Gewichtungsarguments."),
        ("ja", "需要が負の二項分布に従う場合の(s,S)在庫政策の最適性をスカーフの K-凸性で説明して"),
    ],
    "insurance_claims": [
        ("en", "Chain-ladder vs Bornhuetter–Ferguson when claims handling sped up last year — which is biased, which way, and how to fix it?"),
        ("en", "Derive the Bühlmann credibility factor and show when it equals the exact Bayesian posterior mean."),
        ("fr", "Solvabilité II : agrège deux SCR (10 et 14, ρ=0,25), puis explique d'où vient le bénéfice de diversification."),
        ("es", "Demuestra que la prima de Esscher es creciente en el parámetro h y relaciónalo con la aversión al riesgo."),
    ],
    "travel_booking": [
        ("en", "Overbooking limit for 180 seats, binomial no-shows p=0.08, denied boarding costs 4× fare: derive it."),
        ("en", "Prove Littlewood's two-class rule and extend it to EMSR-b for three fare classes."),
        ("pt", "Por que o problema de alocação de tripulações é resolvido com set partitioning e geração de colunas? Formule."),
        ("ko", "항공권 동적 가격 책정을 확률적 동적계획법으로 세우고 최적 정책이 임계값 구조임을 보여줘"),
    ],
    "school_admin": [
        ("en", "School timetabling as graph colouring with room capacities: why NP-hard, and which heuristic would you ship?"),
        ("en", "A non-randomised tutoring pilot shows +0.3 SD. List the threats to validity and design a study that would convince you."),
        ("nl", "Leg uit waarom Cronbachs alfa geen maat voor eendimensionaliteit is, met een tegenvoorbeeld."),
        ("pl", "Jak zaprojektować przydział uczniów do szkół algorytmem Gale'a–Shapleya, żeby był odporny na manipulację? Udowodnij."),
    ],
    "banking_support": [
        ("en", "Derive the Black–Scholes PDE by delta hedging and explain exactly what breaks with discrete rebalancing."),
        ("en", "Build a bank balance sheet that passes LCR but fails NSFR, and explain why."),
        ("en", "Why does ECDSA nonce reuse leak the private key? Show the algebra."),
        ("zh", "用 Merton 模型推导违约距离，并说明为何它在危机中会低估违约概率"),
    ],
    "telehealth": [
        ("en", "Prevalence 2%, sens 95%, spec 90%: PPV? Then argue for or against screening asymptomatic adults."),
        ("en", "Wide-complex tachycardia: walk through the Brugada criteria to separate VT from SVT with aberrancy."),
        ("it", "Margine di non inferiorità per un trial telemedicina vs visita in presenza: come sceglierlo e calcola n per potenza 80%."),
        ("tr", "Hiponatremide düzeltme hızını neden 24 saatte 8–10 mmol/L ile sınırlarız? Patofizyolojiyi açıkla."),
    ],
    "real_estate": [
        ("en", "Refi in year 3 plus balloon exit: why can the cash flows have several IRRs, and what should I report instead?"),
        ("en", "Hedonic price model with spatial autocorrelation: OLS vs SAR vs GWR — when does each mislead?"),
        ("sv", "Härled hur en höjd reporänta påverkar bostadspriser via användarkostnadsmodellen, och var modellen brister."),
        ("ru", "Докажи, что налог на стоимость земли не искажает предложение земли, и где это утверждение перестаёт работать."),
    ],
    "recruiting": [
        ("en", "Pass rates 12/40 vs 20/45: compute the four-fifths ratio and Fisher's exact p, then reconcile the two verdicts."),
        ("en", "Design a structured interview rubric that maximises predictive validity and justify it with meta-analytic evidence."),
        ("de", "Warum führt Range Restriction bei Validitätsstudien zu Unterschätzung? Leite die Thorndike-Korrektur her."),
        ("fi", "Selitä, miksi rekrytointimallin kalibrointi ja tasapuolisuus (equalized odds) eivät yleensä voi toteutua yhtä aikaa."),
    ],
    "game_moderation": [
        ("en", "Elo vs Glicko-2 vs TrueSkill for 5v5 with premade parties — derive the updates and how you'd catch smurfs."),
        ("en", "Prove an SPSC lock-free ring buffer is linearizable with acquire/release ordering in C++."),
        ("en", "Toxicity classifier: 2% base rate, need precision ≥ 0.9 at 60% recall — is that feasible with AUC 0.95? Show why."),
        ("uk", "Як побудувати античит на основі статистичних тестів влучань, щоб хибні бани були < 1 на 10⁶ матчів?"),
    ],
    "government_forms": [
        ("en", "Design a benefit taper so combined effective marginal rates never exceed 60% with income tax at 20/40%."),
        ("en", "Prove Arrow's impossibility theorem for three candidates, compactly."),
        ("es", "¿Cómo diseñarías un registro civil digital con privacidad diferencial para publicar estadísticas por municipio? Justifica ε."),
        ("el", "Εξήγησε γιατί ο φόρος Pigou δεν είναι βέλτιστος όταν υπάρχει ήδη στρεβλωτική φορολογία εισοδήματος."),
    ],
    "retail_returns": [
        ("en", "Newsvendor with returns: price 80, cost 35, salvage 30%, demand lognormal(μ=4, σ=0.5). Optimal order and expected profit?"),
        ("en", "Staggered price rollout: why is two-way fixed effects biased, and which estimator fixes it?"),
        ("fr", "Modélise le taux de retour en fonction de la taille conseillée par un modèle hiérarchique bayésien ; quelles priors et pourquoi ?"),
        ("id", "Buktikan kebijakan base-stock optimal untuk sistem inventori dengan pengembalian barang stokastik, atau beri kontra-contoh."),
    ],
    "legal_intake": [
        ("en", "Rome I Art. 6: consumer contract with a choice-of-law clause, trader directing activities to the consumer's state — which law, step by step?"),
        ("en", "Employer processing sick-note data: reconcile GDPR Art. 6(1)(f) with Art. 9(2)(b) and run the balancing test."),
        ("de", "Abgrenzung Werkvertrag/Dienstvertrag bei agiler Softwareentwicklung — mit BGH-Linie und Konsequenzen für Mängelrechte."),
        ("ar", "حلّل تعارض القوانين في عقد عمل عن بعد بين موظف في الأردن وشركة في دبي، وما القانون الواجب التطبيق؟"),
    ],
}

SHORT_SIMPLE = [
    ("en", "What does ETA stand for?"), ("en", "Convert 25 kg to pounds."), ("en", "Is it 'cancelled' or 'canceled'?"),
    ("en", "Give me a one-line out-of-office message."), ("en", "What time zone is Lisbon in?"), ("en", "Say thanks to a customer in one sentence."),
    ("de", "Wie schreibt man 'Rechnungsanschrift' richtig?"), ("de", "Was heißt 'Sendungsverfolgung' auf Englisch?"),
    ("fr", "Comment dit-on 'boarding pass' en français ?"), ("fr", "Donne-moi une formule de politesse pour finir un mail."),
    ("es", "¿Cuántos días tiene febrero en 2027?"), ("es", "Dame un sinónimo de 'reembolso'."),
    ("it", "Come si scrive 'ricevuta' in inglese?"), ("pt", "O que significa 'check-in antecipado'?"),
    ("pt-BR", "Qual é o plural de 'cidadão'?"), ("nl", "Wat is het tegenovergestelde van 'retour'?"),
    ("pl", "Jak jest 'faktura' po angielsku?"), ("sv", "Vad betyder 'kvitto' på engelska?"), ("da", "Hvad hedder 'forsikring' på engelsk?"),
    ("fi", "Mitä 'lasku' on englanniksi?"), ("cs", "Jak se řekne anglicky 'zásilka'?"), ("ro", "Cum se spune 'factură' în engleză?"),
    ("tr", "'İade' kelimesinin İngilizcesi nedir?"), ("ru", "Как по-английски 'накладная'?"), ("uk", "Як англійською 'посилка'?"),
    ("el", "Πώς λέγεται 'απόδειξη' στα αγγλικά;"), ("ar", "ما معنى كلمة invoice؟"), ("he", "איך אומרים 'קבלה' באנגלית?"),
    ("hi", "'रिफंड' को हिंदी में क्या कहते हैं?"), ("ja", "「領収書」は英語で何と言いますか？"), ("ko", "'환불'을 영어로 뭐라고 해?"),
    ("zh", "“快递单号”英文怎么说？"), ("th", "คำว่า 'ใบเสร็จ' ภาษาอังกฤษคืออะไร"), ("vi", "'Hóa đơn' tiếng Anh là gì?"),
    ("id", "Apa bahasa Inggrisnya 'ongkos kirim'?"), ("sw", "'Risiti' kwa Kiingereza ni nini?"), ("en", "How many minutes are in 3.5 hours?"),
    ("en", "Round 1,499.5 to the nearest whole number."), ("en", "Is 'ASAP' OK in a formal email?"), ("en", "What's 15% of 80?"),
    ("en", "Capitalise: monday meeting notes"), ("en", "Which is bigger, 0.7 or 0.65?"), ("hu", "Hogy mondják angolul, hogy 'számla'?"),
    ("ms", "Apakah maksud 'bayaran balik'?"), ("tl", "Ano sa Ingles ang 'resibo'?"),
]

LONG_HARD_CTX = {
    "logistics_dispatch": "We run a 3PL with 4 cross-docks, 210 vans and a new same-day promise in three metro areas; fuel is 22% of cost and driver churn is 40%/year.",
    "insurance_claims": "We are a mid-size P&C insurer; motor and household lines, 1.2M policies, a new telematics product, rising reinsurance costs and a regulator asking about claims-handling fairness.",
    "travel_booking": "We are an OTA selling flights and hotels in 14 markets; margins are thin, NDC adoption is uneven and chargebacks rose after a fraud wave.",
    "school_admin": "Our district has 31 primary schools, a teacher shortage, falling rolls in the centre and growth in two suburbs; reading scores stagnated for three years.",
    "banking_support": "We are a challenger bank with 2M retail customers, a fraud-loss spike in authorised push payments and a new instant-payments mandate.",
    "telehealth": "Our telehealth service covers 600k members; we want to add remote monitoring for heart failure and diabetes, with a small clinical team.",
    "real_estate": "We manage 4,800 rental units across five cities; energy-efficiency rules will ban letting class F/G units from 2028 and interest costs doubled.",
    "recruiting": "We hire 900 people a year across engineering, operations and support; time-to-hire is 52 days and offer acceptance dropped to 61%.",
    "game_moderation": "Our free-to-play shooter has 3M monthly players, toxic voice chat, cheating in ranked and a small T&S team across three time zones.",
    "government_forms": "Our city of 400k residents wants to move 70% of counter services online within two years while keeping them accessible to elderly and non-native speakers.",
    "retail_returns": "We are an online fashion and electronics retailer; return rate is 34% in fashion, 9% in electronics, and returns logistics cost 11% of revenue.",
    "legal_intake": "We are a 40-lawyer firm in employment, tenancy and family law; intake is by phone and web, conflict checks are manual and we plan to use an LLM assistant.",
}
LONG_HARD_TASKS = {
    "logistics_dispatch": ["a facility-location MILP for adding a fifth cross-dock, with the data you would need", "a dynamic dispatching policy and how you would evaluate it in simulation before rollout",
                           "a driver-retention model linking route design to churn, with causal identification", "a carbon-cost sensitivity analysis with EV adoption scenarios"],
    "insurance_claims": ["a reserving approach for the new telematics line with little history, including credibility weighting", "a fraud-detection design that satisfies fairness audits",
                         "a reinsurance structure comparison (quota share vs excess of loss) with a capital-impact estimate", "a claims-triage workflow with measurable service levels"],
    "travel_booking": ["a revenue-management approach for dynamic hotel packaging", "a fraud/chargeback model with the cost-sensitive threshold derivation",
                       "an NDC migration plan with risk register", "an A/B testing framework that handles novelty effects and interference between markets"],
    "school_admin": ["a school consolidation analysis with travel-time constraints", "a teacher allocation model under shortage", "an evaluation design for a reading intervention (power analysis included)",
                     "a communication plan for parents that anticipates objections"],
    "banking_support": ["an APP-fraud detection architecture with real-time constraints", "a reimbursement policy analysis under the new liability rules", "a liquidity stress test for instant payments",
                        "a customer-vulnerability framework for support agents"],
    "telehealth": ["a remote-monitoring protocol with alert thresholds and escalation", "a cost-effectiveness analysis (QALY-based) for the pilot", "a regulatory assessment for software as a medical device",
                   "a staffing model using queueing theory for the clinical team"],
    "real_estate": ["a retrofit prioritisation model across the portfolio with NPV under rate scenarios", "a financing strategy for the capex", "tenant-communication and rent-adjustment rules compliant with tenancy law",
                    "a portfolio rebalancing plan with disposal criteria"],
    "recruiting": ["a funnel diagnosis with the metrics and analyses to run", "an assessment redesign with validity and adverse-impact checks", "an offer-acceptance model and compensation recommendations",
                   "a workforce plan linking hiring to attrition forecasts"],
    "game_moderation": ["a voice-toxicity detection pipeline with latency and privacy constraints", "an anti-cheat statistical detection approach with false-ban bounds",
                        "a sanctions ladder grounded in behavioural research", "a staffing and escalation model across time zones"],
    "government_forms": ["a service-design roadmap with accessibility standards", "a digital-identity approach with privacy trade-offs", "a measurement framework for take-up and exclusion",
                         "a procurement strategy avoiding vendor lock-in"],
    "retail_returns": ["a return-prediction model and how to act on it at checkout", "a reverse-logistics network redesign", "a policy change experiment with long-term customer-value effects",
                       "a sizing-recommendation approach to cut fashion returns"],
    "legal_intake": ["an automated conflict-check design with data-protection analysis", "an intake triage taxonomy and routing rules", "professional-responsibility risks of the LLM assistant and mitigations",
                     "a pricing model for fixed-fee tenancy matters"],
}
LONG_HARD_FRAME = [
    "{ctx}\n\nPrepare a board-ready analysis covering: {tasks}. For each part state your assumptions, show the quantitative reasoning, give the trade-offs you considered and a recommendation with risks. Finish with a 90-day plan and the three metrics you would track.",
    "Context: {ctx}\n\nI need a rigorous plan. Please deliver, in order: {tasks}. Be explicit about the methods (formulas or model specifications), the data needed, where the evidence is weak, and how the parts interact. Then critique your own plan as a sceptical reviewer would.",
    "{ctx}\n\nAct as a senior consultant. Work through {tasks}. Quantify where you can with back-of-the-envelope numbers, compare at least two alternatives per part, and end with an implementation sequence and a pre-mortem.",
]
LONG_HARD_LOCAL = [
    ("de", "Wir sind ein Versicherer mit 900.000 Kfz-Policen. Entwickle (1) ein Reservierungsverfahren für ein neues Telematik-Produkt mit kurzer Historie inklusive Credibility-Gewichtung, (2) ein Betrugserkennungsmodell, das Fairness-Audits besteht, (3) einen Vergleich Quote vs. Schadenexzedent mit Kapitalwirkung unter Solvency II. Begründe Annahmen, zeige Rechnungen und schließe mit einem 90-Tage-Plan und Risiken."),
    ("fr", "Nous gérons 3 000 logements locatifs ; la loi interdira la location des classes F et G. Construis (1) un modèle de priorisation des rénovations avec VAN sous trois scénarios de taux, (2) une stratégie de financement, (3) des règles de révision de loyer conformes. Explicite les hypothèses, les calculs et les arbitrages, puis fais une critique de ton propre plan."),
    ("es", "Somos un minorista online con una tasa de devolución del 34 % en moda. Diseña (1) un modelo predictivo de devoluciones y cómo usarlo en el checkout, (2) un rediseño de la red de logística inversa, (3) un experimento de cambio de política que mida el valor de cliente a largo plazo. Justifica métodos, datos necesarios y riesgos."),
    ("ja", "会員60万人の遠隔診療サービスです。(1) 心不全と糖尿病の遠隔モニタリングのアラート閾値とエスカレーション手順、(2) QALYに基づく費用対効果分析、(3) プログラム医療機器としての規制上の評価、(4) 待ち行列理論による医療スタッフ配置モデルを、仮定と計算過程を明示して作成してください。"),
    ("pt-BR", "Somos um banco digital com 2 milhões de clientes e alta de golpes via Pix. Entregue (1) uma arquitetura de detecção de fraude em tempo real, (2) uma análise da política de ressarcimento sob as novas regras, (3) um teste de estresse de liquidez para pagamentos instantâneos. Mostre premissas, modelos e riscos, e termine com um plano de 90 dias."),
    ("ko", "월간 이용자 300만 명의 무료 슈팅 게임입니다. (1) 지연시간과 개인정보 제약을 고려한 음성 채팅 유해성 탐지 파이프라인, (2) 오탐 차단 상한을 보장하는 통계적 치트 탐지 방법, (3) 행동과학에 근거한 제재 단계, (4) 3개 시간대 운영 인력 모델을 설계하고 각 선택의 근거와 위험을 설명해 주세요."),
]


def _pad_sections(rng, head, pool, minlen):
    parts = [head]
    i = 0
    order = list(pool)
    rng.shuffle(order)
    while len("\n".join(parts)) < minlen:
        parts.append(order[i % len(order)].format(n=i + 1, x=rng.randint(2, 95)))
        i += 1
    return "\n".join(parts)


CLAUSES = ["§{n} The insured must take reasonable care to prevent loss, including maintaining locks, alarms and heating during frost periods.",
           "§{n} Claims must be notified without undue delay and, where theft is involved, reported to the police within {x} hours.",
           "§{n} The excess applicable to each claim is stated in the schedule and is deducted before any payment.",
           "§{n} Cover does not extend to wear and tear, gradual deterioration, vermin or damage caused by faulty workmanship.",
           "§{n} Where the sum insured is less than the replacement value, any payment is reduced proportionally.",
           "§{n} Either party may cancel this contract with one month's notice to the end of the insurance year."]
RULES = ["{n}. Quiet hours are from 22:00 to 07:00; please keep music and appliances low.",
         "{n}. Bicycles belong in the cellar room, not in the stairwell or the courtyard passage.",
         "{n}. Waste is separated into paper, packaging, glass and residual; the bins are emptied on Tuesdays.",
         "{n}. The laundry room may be used until 20:00; please clean the lint filter after use.",
         "{n}. Barbecues with open flames are not permitted on balconies.",
         "{n}. Report leaks or heating faults to the caretaker the same day."]
PATCH = ["- Fixed an issue where the minimap flickered on ultrawide monitors (#{x}{n}).",
         "- Reduced recoil on the Falcon SMG by {x}% at long range.",
         "- Matchmaking now prefers servers with lower ping when queues are short.",
         "- Added colour-blind presets for enemy outlines.",
         "- The Harbor map's east tunnel is now wider; spawn timers adjusted.",
         "- Voice chat push-to-talk default changed to V."]
NEWS = ["• Week {n}: the library van visits on Thursday; please return books by Wednesday.",
        "• The autumn concert is in the gym; rehearsals run after lunch all week.",
        "• Lost property will be donated at the end of the month; please check the box by the office.",
        "• Swimming lessons for year {x} continue; bring a towel and a swim cap.",
        "• The bake sale raises money for new playground equipment; cakes welcome.",
        "• Flu vaccinations consent forms are due back by Friday."]
TOS = ["{n}. Orders are accepted once we send a shipping confirmation.", "{n}. Prices include VAT; shipping costs are shown at checkout.",
       "{n}. You may withdraw from the contract within 30 days without giving reasons.", "{n}. Items must be returned unused and in original packaging.",
       "{n}. Refunds are issued to the original payment method within 14 days.", "{n}. These terms are governed by the law of the seller's seat."]


def long_easy(rng, ind, k):
    if ind == "logistics_dispatch":
        rows = "\n".join(f"{container_no(rng)},{rng.randint(3, 28)}.{rng.randint(0, 9)},{rng.choice(['DEHAM', 'NLRTM', 'BEANR', 'PLGDN', 'ESVLC'])},{rng.choice(['dry', 'reefer', 'open top'])}" for _ in range(44))
        text, ask = f"container,weight_t,pol,type\n{rows}", rng.choice(["What are the column names?", "Which port is in the first data row?", "Is this comma- or semicolon-separated?"])
    elif ind in ("insurance_claims", "legal_intake"):
        pool = CLAUSES if ind == "insurance_claims" else TOS
        title = "Household Contents Policy — General Conditions (edition 2026)" if ind == "insurance_claims" else "Terms and Conditions of Sale — Version 7"
        text, ask = _pad_sections(rng, title, pool, 1300), rng.choice(["What's the title of this document?", "How many sections does it start with — just the first number?", "Make the title bold in markdown."])
    elif ind == "real_estate":
        text, ask = _pad_sections(rng, "HOUSE RULES — Residential building", RULES, 1300), rng.choice(["Translate the heading into Spanish.", "What time do quiet hours start?", "Is this a document for tenants?"])
    elif ind == "game_moderation":
        text, ask = _pad_sections(rng, f"Patch notes v{rng.randint(2, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", PATCH, 1300), rng.choice(["What is the version number?", "Give this post a catchy title.", "Is push-to-talk mentioned?"])
    elif ind == "school_admin":
        text, ask = _pad_sections(rng, "Class newsletter — November", NEWS, 1300), rng.choice(["What month is this newsletter for?", "Add a friendly greeting at the top.", "Is there anything about swimming?"])
    elif ind == "travel_booking":
        cities = ["Lisbon", "Porto", "Coimbra", "Évora", "Lagos", "Sintra", "Braga", "Aveiro", "Tavira", "Óbidos"]
        lines = [f"Day {i + 1}: {cities[i]} — breakfast at the hotel, guided walk through the old town, free afternoon, dinner recommendation near the main square, overnight in {cities[i]}." for i in range(10)]
        text, ask = "Itinerary: Portugal round trip\n" + "\n".join(lines) + "\nTransfers by rental car; tolls are paid electronically.", rng.choice(["Which city is day 1?", "How many days is the trip?", "Make the title shorter."])
    elif ind == "banking_support":
        items = ["Account maintenance", "Replacement card", "Foreign ATM withdrawal", "SEPA transfer", "Instant transfer", "Paper statement", "Overdraft arrangement fee",
                 "Cheque deposit", "Standing order setup", "Card in Apple Pay", "Currency exchange margin", "Account closure"]
        text = "Price and service schedule (retail accounts)\n" + "\n".join(f"{it}: {rng.randint(0, 15)}.{rng.choice(['00', '50', '90'])} EUR — applies per item; see general terms section {rng.randint(1, 30)} for conditions and exceptions for students and pensioners." for it in items)
        ask = rng.choice(["How much is a replacement card?", "Is account closure free?", "What currency are the prices in?"])
    elif ind == "telehealth":
        days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        text = "Clinic opening hours and FAQ\n" + "\n".join(f"{dday}: video consultations {rng.randint(7, 9)}:00–{rng.randint(17, 21)}:00; nurse chat all day; prescriptions reviewed within 24 hours; lab results explained by appointment." for dday in days) + "\n" + \
            "\n".join(f"Q{i}: Can I change my appointment? A: Yes, up to two hours before, via the app or the website; late changes count as missed appointments." for i in range(1, 6))
        ask = rng.choice(["Is there anything on Sunday?", "What's the heading?", "Are there FAQs in this?"])
    elif ind == "recruiting":
        text = _pad_sections(rng, "Job advertisement: Warehouse Team Lead (m/f/d)", ["Your tasks ({n}): coordinate the shift, plan breaks, onboard new colleagues and keep the area safe.",
                             "What we offer ({n}): {x} days of holiday, bike leasing, canteen, training budget.", "About us ({n}): a family-run logistics company since 1962 with sites in three countries.",
                             "Your profile ({n}): experience leading small teams, forklift licence, calm under pressure."], 1300)
        ask = rng.choice(["Shorten the title.", "Which job is this for?", "Is a forklift licence mentioned?"])
    elif ind == "government_forms":
        text = _pad_sections(rng, "Guidance notes: application for a residents' parking permit", ["Note {n}: bring the vehicle registration certificate and proof of residence.",
                             "Note {n}: permits are valid for one zone and up to {x} months.", "Note {n}: company cars require a letter from the employer.",
                             "Note {n}: fees can be paid by card at the counter or online."], 1300)
        ask = rng.choice(["Is this about parking?", "What is the document called?", "Can I pay by card?"])
    else:  # retail_returns
        names = ["Linen shirt", "Wool beanie", "Running socks (3-pack)", "Rain jacket", "USB-C cable 2 m", "Wireless mouse", "Desk lamp", "Canvas tote", "Phone case", "Travel adapter",
                 "Cotton hoodie", "Bluetooth speaker", "Yoga mat", "Water bottle", "Screen cleaner"]
        text = "Catalogue page 4\n" + "\n".join(f"{n_}: {rng.randint(5, 120)}.{rng.choice(['00', '49', '95', '99'])} EUR — free returns within 30 days; ships in 1–2 working days; see size guide and care instructions on the product page." for n_ in names)
        ask = rng.choice(["How much is the yoga mat?", "What page is this?", "Is the rain jacket listed?"])
    if len(text) < 1200:
        text = text + "\n" + text[: 1200 - len(text) + 50]
    return f"{text}\n\n{ask}" if k % 2 == 0 else f"{ask}\n\n{text}"


def cx_body(rng, lang, content, shape):
    model = rng.choice(["hybridgate/auto", "hybridgate/auto", "gpt-4o-mini", "llama-3.1-8b-instruct", "claude-3-5-haiku-latest"])
    if shape == 0:
        msgs = [{"role": "user", "content": content}]
    elif shape == 1:
        msgs = [{"role": "system", "content": "You are a helpful assistant for our operations team."}, {"role": "user", "content": content}]
    else:
        msgs = [{"role": "user", "content": "hey, quick one"}, {"role": "assistant", "content": "Sure — what do you need?"}, {"role": "user", "content": content}]
    return {"model": model, "messages": msgs}


# ======================================================================================
# Assembly, checks, output
# ======================================================================================
VALIDATORS = {
    "us.ssn": us_ssn.is_valid, "us.itin": itin.is_valid, "gb.nhs": nhs.is_valid, "in.aadhaar": aadhaar.is_valid, "in.pan": pan.is_valid,
    "au.tfn": tfn.is_valid, "nz.ird": ird.is_valid, "ie.pps": pps.is_valid, "ca.sin": ca_sin.is_valid, "za.idnr": za_idnr.is_valid,
    "de.idnr": idnr.is_valid, "at.vnr": vnr.is_valid, "ch.ssn": ch_ssn.is_valid, "fr.nir": nir.is_valid, "be.nn": be_nn.is_valid,
    "es.dni": dni.is_valid, "es.nie": nie.is_valid, "mx.curp": curp.is_valid, "mx.rfc": rfc.is_valid, "cl.rut": rut.is_valid,
    "ar.cuit": cuit.is_valid, "ec.ci": ec_ci.is_valid, "pe.cui": cui.is_valid, "it.codicefiscale": codicefiscale.is_valid,
    "pt.nif": nif.is_valid, "br.cpf": cpf.is_valid, "nl.bsn": bsn.is_valid, "pl.pesel": pesel.is_valid, "se.personnummer": personnummer.is_valid,
    "no.fodselsnummer": fodselsnummer.is_valid, "dk.cpr": cpr.is_valid, "fi.hetu": hetu.is_valid, "cz.rc": cz_rc.is_valid, "sk.rc": sk_rc.is_valid,
    "ro.cnp": cnp.is_valid, "bg.egn": egn.is_valid, "gr.amka": amka.is_valid, "ru.inn": inn.is_valid, "ua.rntrc": rntrc.is_valid,
    "tr.tckimlik": tckimlik.is_valid, "il.idnr": il_idnr.is_valid, "id.nik": nik.is_valid, "my.nric": nric.is_valid, "jp.in_": jp_mynumber.is_valid,
    "kr.rrn": rrn.is_valid, "cn.ric": ric.is_valid, "th.pin": th_pin.is_valid, "ee.ik": ik.is_valid, "lt.asmens": asmens.is_valid,
    "hr.oib": oib.is_valid, "is.kennitala": kennitala.is_valid, "si.emso": emso.is_valid, "iban": std_iban.is_valid, "luhn": lambda v: luhn.is_valid(re.sub(r"\D", "", v)),
    "iso6346": iso6346.is_valid, "ean": ean.is_valid, "mrz": mrz_ok, "ir.melli": ir_melli_ok,
}


def validate_issued(used_values: set[str]) -> Counter:
    counts: Counter = Counter()
    for scheme, value in ISSUED:
        if value not in used_values:
            continue
        if scheme.startswith("phone:"):
            _, region, _ = scheme.split(":")
            ok = phonenumbers.is_valid_number(phonenumbers.parse(value, region))
            scheme = "phone"
        else:
            ok = VALIDATORS[scheme](value)
        if not ok:
            raise SystemExit(f"invalid {scheme}: {value}")
        counts[scheme] += 1
    return counts


def all_text(body) -> str:
    out = []

    def walk(v):
        if isinstance(v, str):
            out.append(v)
            if v.startswith("data:text/plain;base64,"):
                out.append(base64.b64decode(v.split(",", 1)[1]).decode("utf-8"))
        elif isinstance(v, dict):
            for k, x in v.items():
                out.append(str(k))
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
    walk(body)
    return "\n".join(out)


COMPANY_MAIL = re.compile(r"\b(?:ops|info|office|careers|returns)@[a-z0-9.-]+\.[a-z]{2,}\b")


def check_benign(rec, pool_names):
    t = all_text(rec["body"])
    mails = re.findall(r"[\w.+-]+@[\w-]+\.[\w.-]+", t)
    for m in mails:
        m = m.rstrip(".")
        if not COMPANY_MAIL.fullmatch(m):
            raise SystemExit(f"benign {rec['id']} has a personal-looking e-mail {m}")
    for run in re.findall(r"(?<!\d)(?:\d[ -]?){13,19}(?!\d)", t):
        digits = re.sub(r"\D", "", run)
        if 13 <= len(digits) <= 19 and luhn.is_valid(digits):
            raise SystemExit(f"benign {rec['id']} has a Luhn-valid number {run}")
    for m in re.findall(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{11,30}\b", t):
        if std_iban.is_valid(m.replace(" ", "")):
            raise SystemExit(f"benign {rec['id']} has an IBAN {m}")
    if re.search(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", t):
        raise SystemExit(f"benign {rec['id']} has an SSN shape")
    for n in pool_names:
        if len(n) > 3 and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", t):
            raise SystemExit(f"benign {rec['id']} contains pool name {n}")


def build_pii(rng):
    P = People(rng)
    locs = list(LOCALES)
    recs = []
    n_sens, n_ben = 25, 17
    li = 0
    for ii, ind in enumerate(IKEYS):
        rng.shuffle(locs)
        for j in range(n_sens):
            loc = locs[j % len(locs)]
            shape = SHAPES[(j + ii) % len(SHAPES)]
            recs.append(sensitive_record(rng, P, ind, loc, shape))
        for j in range(n_ben):
            loc = locs[(n_sens + j) % len(locs)]
            shape = SHAPES[(j * 2 + ii) % len(SHAPES)]
            recs.append(benign_record(rng, P, ind, loc, shape, j))
            li += 1
    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"cirque-pii-{i:04d}", "category": r["category"], "sensitive": r["sensitive"], "entities": r["entities"],
                    "endpoint": r["endpoint"], "lang": r["lang"], "style": r["style"], "body": r["body"]})
    pool_names = sorted({n for l in LOCALES for n in l.gm + l.gf + l.fam + (l.fam_f or [])})
    for r in out:
        if r["sensitive"] and not r["entities"]:
            raise SystemExit(f"{r['id']} sensitive without entities")
        if not r["sensitive"]:
            check_benign(r, pool_names)
    return out


def build_cx(rng):
    recs = []
    for ind in IKEYS:
        for k, (lang, q) in enumerate(SHORT_HARD[ind]):
            recs.append(("short_hard", 1, True, lang, ind, q))
        for k in range(4):
            recs.append(("long_easy", 0, True, "en", ind, long_easy(rng, ind, k)))
        ctx = LONG_HARD_CTX[ind]
        for k, frame in enumerate(LONG_HARD_FRAME):
            tasks = rng.sample(LONG_HARD_TASKS[ind], rng.randint(3, 4))
            recs.append(("long_hard", 1, False, "en", ind, frame.format(ctx=ctx, tasks="; ".join(f"({i + 1}) {t}" for i, t in enumerate(tasks)))))
    for lang, q in LONG_HARD_LOCAL:
        recs.append(("long_hard", 1, False, lang, "mixed", q))
    for lang, q in SHORT_SIMPLE:
        recs.append(("short_simple", 0, False, lang, "front desk", q))
    rng.shuffle(recs)
    out = []
    for i, (cat, label, adv, lang, style, q) in enumerate(recs, 1):
        out.append({"id": f"cirque-cx-{i:04d}", "category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat",
                    "lang": lang, "style": style, "body": cx_body(rng, lang, q, i % 3)})
    for r in out:
        if r["category"] == "long_easy":
            assert len(r["body"]["messages"][-1]["content"]) >= 1200, r["id"]
    return out


def used_strings(records) -> set[str]:
    s = set()
    for r in records:
        t = all_text(r["body"])
        s.add(t)
    return s


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pii = build_pii(rng)
    cx = build_cx(random.Random(a.seed + 1))
    blob = "\n".join(all_text(r["body"]) for r in pii + cx)
    used = {v for _, v in ISSUED if v in blob}
    counts = validate_issued(used)
    a.out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii_cirque.jsonl", pii), ("complexity_cirque.jsonl", cx)):
        with (a.out / name).open("w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = [r for r in pii if r["sensitive"]]
    print(f"pii_cirque.jsonl: {len(pii)} ({len(sens)} sensitive, {len(pii) - len(sens)} benign, {len(sens) / len(pii):.0%} sensitive); "
          f"endpoints {dict(Counter(r['endpoint'] for r in pii))}")
    print("by category:", dict(sorted(Counter(r["category"] for r in pii).items())))
    print("entities:", dict(Counter(e for r in sens for e in r["entities"]).most_common()))
    langs = Counter(r["lang"] for r in pii)
    print(f"languages ({len(langs)} tags, {len({l.split('+')[0] for l in langs})} base):", dict(langs.most_common()))
    print("validated identifiers:", dict(sorted(counts.items())), "total", sum(counts.values()))
    adv = sum(r["length_adversarial"] for r in cx)
    print(f"complexity_cirque.jsonl: {len(cx)}; label1 {sum(r['label'] for r in cx)}; adversarial {adv} ({adv / len(cx):.0%}); "
          f"{dict(Counter(r['category'] for r in cx))}; langs {len(Counter(r['lang'] for r in cx))}")


if __name__ == "__main__":
    main()
