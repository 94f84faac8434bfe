#!/usr/bin/env python3
"""Tundra: an independent evaluation split for the gateway's request signals (issue 12).

What it is
    A seeded generator of two held-out evaluation sets for the two request signals
    the gateway computes before routing:

    * ``pii_tundra.jsonl`` -- full OpenAI request bodies (chat and legacy completions),
      each labelled ``sensitive`` true/false with the kinds of personal data it holds.
      Sensitive records put private persons' data in the user message, in earlier
      turns, and in every other field a gateway forwards upstream (``user``,
      ``metadata``, ``tools`` schemas, ``tool_choice``, ``response_format``,
      ``stop``, ``prediction``, ``name``, assistant ``tool_calls`` arguments,
      ``tool`` messages, ``image_url`` URLs, the completions ``prompt``).
      Benign records are full of things that *look* like identifiers (hashes,
      versions, ports, build ids, order numbers, coordinates, ISBNs, private IP
      ranges) or name public figures, fictional characters and named things, but
      hold no personal data of a private individual.
    * ``complexity_tundra.jsonl`` -- chat requests labelled 1 (needs a strong model)
      or 0 (a small local model answers well); a large share is length-adversarial:
      one-line prompts that need deep reasoning and long pasted texts with a
      trivial ask.

How it was written
    In isolation, for issue 12: its author read neither the detector
    (gateway/signals), its tests, the evaluation script, the results, nor any
    other split generator or its data. Templates were written from scratch from
    general knowledge of how people in many countries write to chat assistants
    and APIs. Identifiers carry valid
    check digits where the real format has one (Luhn, ISO 7064, mod 97, Verhoeff,
    national weightings); every record is self-checked when generated (see
    ``check_pii_record`` / ``check_cx_record``); python-stdnum, when importable,
    is used only as a second opinion in those checks, never to produce values,
    so the output does not depend on it.

Contents (seed 20261205)
    pii_tundra.jsonl: 451 requests (448 chat, 3 completions) in 25 languages (Latin,
    Cyrillic, Greek, Arabic, Persian, Hebrew, Devanagari, Thai, CJK, Hangul scripts)
    and 300+ styles. 269 sensitive in 17 categories (person 23, phone 21,
    request_field 19, obfuscated 17, national_id 32, email 15, home_address 15,
    credit_card 14, iban 14, date_of_birth 14, ssn 13, passport 12, health_id 12,
    ip_address 12, earlier_turn 12, mixed 12, long_document 12); 182 benign in 8
    (public_figure 25, code_numbers 24, math_dates 23, named_thing 23, ops_infra 22,
    tool_schema 22, unnamed_relatives 22, fictional_character 21).
    complexity_tundra.jsonl: 185 chat requests, 90 labelled 1; 85 (46%)
    length-adversarial (45 short hard one-liners, 40 long pasted texts with a
    trivial ask); 21 languages, 42 with a system prompt, 6 multi-turn.

Labels
    A PII record is sensitive iff a compliance officer would say it contains
    personal data of a real private individual or a structured personal
    identifier. Entity labels: person, email, phone, credit_card, ssn, iban, and
    UPPERCASE names for the rest (DATE_OF_BIRTH, STREET_ADDRESS, IP_ADDRESS,
    PASSPORT, NATIONAL_ID, MEDICAL_RECORD, HEALTH_INSURANCE, DRIVER_LICENSE,
    TAX_ID, BANK_ACCOUNT, LOCATION, ...).

Command (byte-reproducible; Python stdlib only, python-stdnum optional for the checks)
    python bench/make_tundra_signal_sets.py --seed 20261205 --out bench/data/signals
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import unicodedata

# --------------------------------------------------------------------------------------
# check-digit arithmetic (written here; stdnum is only a second opinion in the checks)
# --------------------------------------------------------------------------------------


def luhn_sum_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_sum_ok(partial + c):
            return partial + c
    raise AssertionError


def mod97_alnum(s: str) -> int:
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def iban_from_bban(cc: str, bban: str) -> str:
    chk = 98 - mod97_alnum(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    return len(s) >= 15 and mod97_alnum(s[4:] + s[:4]) == 1


_VH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
         [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_complete(partial: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = _VH_D[c][_VH_P[(i + 1) % 8][int(ch)]]
    return partial + str(_VH_INV[c])


def verhoeff_ok(s: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VH_D[c][_VH_P[i % 8][int(ch)]]
    return c == 0


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                    11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def it_check_char(s: str) -> str:
    tot = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(s))
    return chr(65 + tot % 26)


def icao_check(s: str) -> str:
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else (int(c) if c.isdigit() else ord(c) - 55)
        tot += v * w[i % 3]
    return str(tot % 10)


def digits_of(s: str) -> str:
    """Arabic and full-width (or other Unicode decimal) digits of s, in order."""
    out = []
    for ch in s:
        if ch.isdigit():
            try:
                out.append(str(unicodedata.decimal(ch)))
            except ValueError:
                pass
    return "".join(out)


# --------------------------------------------------------------------------------------
# people, places and identifiers of private persons (all invented)
# --------------------------------------------------------------------------------------

# (given, family, display order) per culture; written for this split.
NAMES = {
    "en": (["Megan", "Tyler", "Caitlin", "Brent", "Harriet", "Owen", "Shonda", "Declan", "Marisa", "Travis"],
           ["Haverford", "Okafor", "Brennan", "Pemberton", "Lindqvist", "Marsh", "Delacroix", "Abernathy", "Tully", "Voss"]),
    "de": (["Jana", "Lukas", "Birgit", "Torben", "Anneliese", "Jörg", "Svenja", "Malte"],
           ["Kuhlmann", "Brandstätter", "Oelschläger", "Hinrichs", "Wendt", "Grünewald", "Pfeiffer"]),
    "fr": (["Solène", "Mathis", "Gwenaëlle", "Thibault", "Inès", "Loïc", "Maëlys"],
           ["Garnier", "Chauvin", "Morvan", "Benhamou", "Lefèvre", "Roussel", "Poirier"]),
    "es": (["Itziar", "Joaquín", "Marisol", "Íñigo", "Ximena", "Rocío", "Gonzalo"],
           ["Etxeberria Ruiz", "Quiroga Peña", "Villalba Soto", "Castañeda Ibarra", "Montero Gil"]),
    "it": (["Chiara", "Lorenzo", "Benedetta", "Gianluca", "Ilaria"],
           ["Ferraresi", "Santoro", "Colombo", "Esposito", "Marchetti"]),
    "pt": (["Thaís", "João Pedro", "Luana", "Rodrigo", "Conceição"],
           ["Nascimento", "Albuquerque", "Ferreira da Silva", "Cavalcanti", "Moura"]),
    "nl": (["Femke", "Joost", "Sanne", "Bram", "Lieke"],
           ["van der Berg", "de Vries", "Bakker", "Visser", "Hoekstra"]),
    "pl": (["Agnieszka", "Krzysztof", "Zuzanna", "Łukasz", "Małgorzata"],
           ["Wiśniewska", "Kowalczyk", "Zieliński", "Wójcik", "Dąbrowska"]),
    "sv": (["Linnea", "Oskar", "Elsa", "Viktor"], ["Lundqvist", "Bergström", "Holm", "Ekström"]),
    "fi": (["Aino", "Juho", "Siiri"], ["Virtanen", "Mäkelä", "Heikkinen"]),
    "cs": (["Tereza", "Ondřej", "Kateřina"], ["Dvořáková", "Procházka", "Novotná"]),
    "tr": (["Elif", "Burak", "Zeynep", "Emre"], ["Yılmaz", "Kaya", "Demir", "Öztürk"]),
    "ru": (["Ольга", "Дмитрий", "Анастасия", "Сергей", "Ксения"],
           ["Смирнова", "Кузнецов", "Волкова", "Морозов", "Лебедева"]),
    "uk": (["Оксана", "Тарас", "Ірина", "Богдан"], ["Шевчук", "Коваленко", "Бондаренко", "Мельник"]),
    "el": (["Δήμητρα", "Γιώργος", "Ελένη", "Νίκος"], ["Παπαδοπούλου", "Καραγιάννης", "Οικονόμου", "Βλάχος"]),
    "ar": (["ريم", "خالد", "نورة", "يوسف", "سلمى"], ["الحربي", "العتيبي", "الشمري", "حداد", "منصور"]),
    "he": (["נועה", "איתי", "שירה", "יונתן"], ["לוי", "מזרחי", "פרידמן", "אוחיון"]),
    "hi": (["अनुराधा", "राहुल", "प्रिया", "विकास"], ["कुलकर्णी", "शर्मा", "अग्रवाल", "यादव"]),
    "th": (["สมศรี", "ธนพล", "กัญญา", "วีระ"], ["ใจดี", "ศรีสุข", "วงศ์ไทย", "บุญมา"]),
    "zh": (["秀英", "伟", "静怡", "建国", "子涵"], ["王", "李", "张", "刘", "陈"]),
    "ja": (["美咲", "大輔", "陽菜", "翔太"], ["佐藤", "鈴木", "高橋", "田中"]),
    "ko": (["민준", "서연", "지호", "하은"], ["김", "이", "박", "최"]),
    "vi": (["Thảo", "Minh Tuấn", "Lan Anh", "Quang"], ["Nguyễn", "Trần", "Lê", "Phạm"]),
    "id": (["Siti", "Agus", "Dewi", "Rizky"], ["Rahmawati", "Santoso", "Pratama", "Wijaya"]),
    "sw": (["Wanjiru", "Baraka", "Amani"], ["Kamau", "Otieno", "Mwangi"]),
    "fa": (["مریم", "رضا", "نیلوفر"], ["حسینی", "کریمی", "رضایی"]),
    "hu": (["Zsófia", "Bence", "Réka"], ["Nagy", "Kovács", "Szabó"]),
    "ro": (["Ioana", "Andrei", "Bianca"], ["Popescu", "Ionescu", "Stanciu"]),
}
FAMILY_FIRST = {"zh", "ja", "ko", "vi", "hu"}
FEMALE = {
    "Megan", "Caitlin", "Harriet", "Shonda", "Marisa", "Jana", "Birgit", "Anneliese", "Svenja", "Solène", "Gwenaëlle", "Inès",
    "Maëlys", "Itziar", "Marisol", "Ximena", "Rocío", "Chiara", "Benedetta", "Ilaria", "Thaís", "Luana", "Conceição", "Femke",
    "Sanne", "Lieke", "Agnieszka", "Zuzanna", "Małgorzata", "Linnea", "Elsa", "Aino", "Siiri", "Tereza", "Kateřina", "Elif",
    "Zeynep", "Ольга", "Анастасия", "Ксения", "Оксана", "Ірина", "Δήμητρα", "Ελένη", "ريم", "نورة", "سلمى", "נועה", "שירה",
    "अनुराधा", "प्रिया", "สมศรี", "กัญญา", "秀英", "静怡", "子涵", "美咲", "陽菜", "서연", "하은", "Thảo", "Lan Anh", "Siti", "Dewi",
    "Wanjiru", "Amani", "مریم", "نیلوفر", "Zsófia", "Réka", "Ioana", "Bianca",
}
# family names that change with gender: (female forms, male forms)
FAM_G = {
    "ru": (["Смирнова", "Волкова", "Лебедева", "Кузнецова"], ["Кузнецов", "Морозов", "Смирнов", "Волков"]),
    "pl": (["Wiśniewska", "Kowalczyk", "Wójcik", "Dąbrowska"], ["Wiśniewski", "Kowalczyk", "Zieliński", "Wójcik", "Dąbrowski"]),
    "cs": (["Dvořáková", "Novotná"], ["Procházka", "Dvořák", "Novotný"]),
    "el": (["Παπαδοπούλου", "Οικονόμου", "Καραγιάννη"], ["Καραγιάννης", "Οικονόμου", "Βλάχος", "Παπαδόπουλος"]),
}
NO_SPACE = {"zh", "ko"}

# ASCII spellings used in e-mail local parts of the non-Latin names
ROMAN = {
    "Ольга": "olga", "Дмитрий": "dmitry", "Анастасия": "nastya", "Сергей": "sergey", "Ксения": "ksenia",
    "Смирнова": "smirnova", "Кузнецов": "kuznetsov", "Волкова": "volkova", "Морозов": "morozov", "Лебедева": "lebedeva",
    "Кузнецова": "kuznetsova", "Смирнов": "smirnov", "Волков": "volkov", "Καραγιάννη": "karagianni", "Παπαδόπουλος": "papadopoulos",
    "Оксана": "oksana", "Тарас": "taras", "Ірина": "iryna", "Богдан": "bohdan", "Шевчук": "shevchuk",
    "Коваленко": "kovalenko", "Бондаренко": "bondarenko", "Мельник": "melnyk",
    "Δήμητρα": "dimitra", "Γιώργος": "giorgos", "Ελένη": "eleni", "Νίκος": "nikos", "Παπαδοπούλου": "papadopoulou",
    "Καραγιάννης": "karagiannis", "Οικονόμου": "oikonomou", "Βλάχος": "vlachos",
    "ريم": "reem", "خالد": "khaled", "نورة": "noura", "يوسف": "yousef", "سلمى": "salma", "الحربي": "alharbi",
    "العتيبي": "alotaibi", "الشمري": "alshammari", "حداد": "haddad", "منصور": "mansour",
    "נועה": "noa", "איתי": "itay", "שירה": "shira", "יונתן": "yonatan", "לוי": "levi", "מזרחי": "mizrahi",
    "פרידמן": "friedman", "אוחיון": "ohayon",
    "अनुराधा": "anuradha", "राहुल": "rahul", "प्रिया": "priya", "विकास": "vikas", "कुलकर्णी": "kulkarni",
    "शर्मा": "sharma", "अग्रवाल": "agarwal", "यादव": "yadav",
    "สมศรี": "somsri", "ธนพล": "thanaphon", "กัญญา": "kanya", "วีระ": "weera", "ใจดี": "jaidee", "ศรีสุข": "srisuk",
    "วงศ์ไทย": "wongthai", "บุญมา": "boonma",
    "秀英": "xiuying", "伟": "wei", "静怡": "jingyi", "建国": "jianguo", "子涵": "zihan", "王": "wang", "李": "li",
    "张": "zhang", "刘": "liu", "陈": "chen",
    "美咲": "misaki", "大輔": "daisuke", "陽菜": "hina", "翔太": "shota", "佐藤": "sato", "鈴木": "suzuki",
    "高橋": "takahashi", "田中": "tanaka",
    "민준": "minjun", "서연": "seoyeon", "지호": "jiho", "하은": "haeun", "김": "kim", "이": "lee", "박": "park", "최": "choi",
    "مریم": "maryam", "رضا": "reza", "نیلوفر": "niloufar", "حسینی": "hosseini", "کریمی": "karimi", "رضایی": "rezaei",
}


def ascii_fold(s: str) -> str:
    s = ROMAN.get(s, s)
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-zA-Z]", "", s).lower()


MODELS = ["auto", "auto", "gpt-4o", "gpt-4o-mini", "gpt-4.1", "claude-3-5-sonnet", "llama-3.1-8b-instruct",
          "qwen2.5-7b-instruct", "mistral-small", "o3-mini"]

SYSTEMS = {
    "en": ["You are a helpful assistant.", "You are a concise assistant. Answer briefly.",
           "You help our support team draft replies. Keep a friendly tone."],
    "de": ["Du bist ein hilfreicher Assistent. Antworte auf Deutsch."],
    "fr": ["Tu es un assistant serviable. Réponds en français."],
    "es": ["Eres un asistente útil. Responde en español."],
    "ja": ["あなたは丁寧な日本語で答えるアシスタントです。"],
    "zh": ["你是一个乐于助人的助手。"],
    "ru": ["Ты полезный ассистент. Отвечай по-русски."],
    "pt": ["Você é um assistente prestativo."],
}


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng

    # ---- small helpers
    def d(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.rng.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.rng.choice("123456789") + s[1:]
        return s

    def pick(self, seq):
        return self.rng.choice(seq)

    def person(self, lang: str, gender: str | None = None) -> dict:
        given, family = NAMES[lang]
        if gender is not None:
            given = [x for x in given if (x in FEMALE) == (gender == "f")]
        g = self.pick(given)
        female = g in FEMALE
        if lang in FAM_G:
            family = FAM_G[lang][0 if female else 1]
        f = self.pick(family)
        if lang in FAMILY_FIRST:
            full = f + ("" if lang in NO_SPACE else " ") + g
        else:
            full = g + " " + f
        return {"full": full, "given": g, "family": f, "lang": lang, "female": female}

    def email(self, p: dict, domain: str | None = None, style: int | None = None) -> str:
        g, f = ascii_fold(p["given"]), ascii_fold(p["family"].split()[-1] if p["lang"] == "nl" else p["family"].split()[0])
        if domain is None:
            domain = self.pick(["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"])
        style = self.rng.randrange(6) if style is None else style
        local = [f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{self.d(2)}", f"{f}.{g}", f"{g}{f[:3]}{self.d(4)}", f"{g}.{f}+bills"][style]
        return f"{local}@{domain}"

    def dob(self, lo: int = 1948, hi: int = 2006):
        y = self.rng.randint(lo, hi)
        m = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        return y, m, day

    # ---- phones: (surface string, country)
    def phone(self, kind: str) -> str:
        d = self.d
        r = self.rng
        nxx = lambda: r.choice("23456789") + d(2)  # noqa: E731
        if kind == "us":
            a, b, c = nxx(), nxx(), d(4)
            return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}"])
        if kind == "us_ext":
            a, b, c = nxx(), nxx(), d(4)
            return r.choice([f"({a}) {b}-{c} x{d(4)}", f"{a}-{b}-{c} ext. {d(3)}", f"+1 {a}-{b}-{c};ext={d(3)}",
                             f"{a}.{b}.{c} x{d(2)}"])
        if kind == "us_odd":  # area codes not (yet) assigned
            a = r.choice(["298", "376", "395", "459", "532", "596", "622", "738", "794", "822", "896", "925"])
            return r.choice([f"({a}) {nxx()}-{d(4)}", f"{a}-{nxx()}-{d(4)}"])
        if kind == "uk":
            return r.choice([f"07{r.choice('45789')}{d(2)} {d(6)}", f"+44 7{r.choice('45789')}{d(2)} {d(3)} {d(3)}",
                             f"0161 {nxx()} {d(4)}", f"020 8{d(3)} {d(4)}", f"+44 (0)113 {nxx()} {d(4)}"])
        if kind == "de":
            return r.choice([f"0151 {d(8)}", f"+49 171 {d(7)}", f"0171/{d(7)}", f"+49 (0)30 {d(4)} {d(4)}",
                             f"089 - {d(2)} {d(2)} {d(2)} {d(2)}", f"0176-{d(8)}"])
        if kind == "fr":
            return r.choice([f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 7 {d(2)} {d(2)} {d(2)} {d(2)}",
                             f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}", f"+33 (0)6 {d(2)} {d(2)} {d(2)} {d(2)}"])
        if kind == "es":
            return r.choice([f"6{d(2)} {d(3)} {d(3)}", f"+34 91 {d(3)} {d(2)} {d(2)}", f"+34 6{d(8)}"])
        if kind == "it":
            return r.choice([f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}", f"06 {d(4)} {d(4)}"])
        if kind == "nl":
            return r.choice([f"06-{d(8)}", f"+31 6 {d(8)}", f"+31 20 {d(3)} {d(4)}"])
        if kind == "in":
            return r.choice([f"+91 9{d(4)} {d(5)}", f"09{d(4)}-{d(5)}", f"+91-8{d(9)}", f"98{d(3)} {d(5)}"])
        if kind == "jp":
            return r.choice([f"090-{d(4)}-{d(4)}", f"080-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}"])
        if kind == "cn":
            return r.choice([f"13{d(1)} {d(4)} {d(4)}", f"+86 139-{d(4)}-{d(4)}", f"010-{d(4)} {d(4)}", f"18{d(9)}"])
        if kind == "kr":
            return r.choice([f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}"])
        if kind == "ru":
            return r.choice([f"+7 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}", f"8 9{d(2)} {d(3)} {d(2)} {d(2)}", f"+7 495 {d(3)}-{d(2)}-{d(2)}"])
        if kind == "br":
            return r.choice([f"(11) 9{d(4)}-{d(4)}", f"+55 21 9{d(4)}-{d(4)}", f"(31) 3{d(3)}-{d(4)}"])
        if kind == "au":
            return r.choice([f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"(02) 9{d(3)} {d(4)}"])
        if kind == "mx":
            return f"+52 55 {d(4)} {d(4)}"
        if kind == "ae":
            return r.choice([f"+971 50 {d(3)} {d(4)}", f"050 {d(3)} {d(4)}"])
        if kind == "sa":
            return f"+966 5{d(1)} {d(3)} {d(4)}"
        if kind == "il":
            return r.choice([f"054-{d(3)}-{d(4)}", f"+972 52-{d(3)}-{d(4)}"])
        if kind == "tr":
            return r.choice([f"0532 {d(3)} {d(2)} {d(2)}", f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}"])
        if kind == "pl":
            return f"+48 {r.choice('5678')}{d(2)} {d(3)} {d(3)}"
        if kind == "se":
            return r.choice([f"070-{d(3)} {d(2)} {d(2)}", f"+46 73 {d(3)} {d(2)} {d(2)}"])
        if kind == "th":
            return r.choice([f"08{d(1)}-{d(3)}-{d(4)}", f"+66 8{d(1)} {d(3)} {d(4)}"])
        if kind == "vn":
            return f"09{d(2)} {d(3)} {d(3)}"
        if kind == "id":
            return f"0812-{d(4)}-{d(4)}"
        if kind == "za":
            return f"082 {d(3)} {d(4)}"
        if kind == "ng":
            return f"0803 {d(3)} {d(4)}"
        if kind == "eg":
            return f"010 {d(4)} {d(4)}"
        if kind == "gr":
            return r.choice([f"69{d(1)} {d(3)} {d(4)}", f"+30 21{d(1)} {d(3)} {d(4)}"])
        if kind == "ke":
            return f"+254 7{d(2)} {d(3)} {d(3)}"
        raise KeyError(kind)

    # ---- payment cards
    def card_digits(self, brand: str) -> str:
        r = self.rng
        pre, n = {
            "visa": ("4", 16), "mc": (r.choice(["51", "52", "53", "54", "55"]), 16),
            "mc2": (str(r.randint(2221, 2720)), 16), "amex": (r.choice(["34", "37"]), 15),
            "disc": ("6011", 16), "jcb": (str(r.randint(3528, 3589)), 16), "diners": ("36", 14),
            "unionpay": ("62", r.choice([16, 19])), "mir": ("220" + r.choice("01234"), 16),
            "visa19": ("4", 19), "maestro": ("6759", 16), "rupay": ("6521", 16),
        }[brand]
        return luhn_complete(pre + self.d(n - len(pre) - 1))

    def card_fmt(self, digits: str, sep: str = " ") -> str:
        n = len(digits)
        if n == 15:
            parts = [digits[:4], digits[4:10], digits[10:]]
        elif n == 14:
            parts = [digits[:4], digits[4:10], digits[10:]]
        elif n == 19:
            parts = [digits[:4], digits[4:8], digits[8:12], digits[12:16], digits[16:]]
        else:
            parts = [digits[i:i + 4] for i in range(0, n, 4)]
        return sep.join(parts)

    # ---- IBAN
    def iban(self, cc: str) -> str:
        d = self.d
        r = self.rng
        if cc == "DE":
            bban = r.choice(["37040044", "10010010", "50010517", "70150000", "20050550"]) + d(10)
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + d(6) + d(8)
        elif cc == "FR":
            bank, branch, acct = r.choice(["30004", "30003", "20041", "10278"]), d(5), d(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = f"{bank}{branch}{acct}{key:02d}"
        elif cc == "ES":
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(s):
                v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
                return {11: 0, 10: 1}.get(v, v)
            bank, branch, acct = r.choice(["2100", "0049", "0182", "2085"]), d(4), d(10)
            bban = f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"
        elif cc == "IT":
            body = r.choice(["03069", "02008", "05034"]) + d(5) + d(12)
            bban = it_check_char(body) + body
        elif cc == "NL":
            bban = r.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO"]) + d(10)
        elif cc == "BE":
            first = r.choice(["068", "310", "001", "363"]) + d(7)
            c = int(first) % 97 or 97
            bban = f"{first}{c:02d}"
        elif cc == "NO":
            while True:
                s = r.choice(["1503", "6011", "1254"]) + d(6)
                w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
                k = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
                if k == 11:
                    k = 0
                if k < 10:
                    bban = s + str(k)
                    break
        elif cc == "CH":
            bban = r.choice(["00762", "00235", "08390"]) + d(12)
        elif cc == "AT":
            bban = r.choice(["12000", "20111", "32000"]) + d(11)
        elif cc == "PL":
            bban = r.choice(["10902590", "11402004", "10501445"]) + d(16)
        elif cc == "SE":
            bban = r.choice(["500", "800", "600"]) + d(16) + d(1)
        elif cc == "DK":
            bban = d(4) + d(9) + d(1)
        elif cc == "FI":
            bban = r.choice(["123", "423", "800"]) + d(11)
        elif cc == "PT":
            bban = r.choice(["0033", "0035", "0007"]) + d(4) + d(11) + d(2)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI"]) + d(6) + d(8)
        elif cc == "SA":
            bban = r.choice(["80", "10", "45"]) + d(18)
        elif cc == "AE":
            bban = r.choice(["033", "026", "035"]) + d(16)
        elif cc == "TR":
            bban = r.choice(["00062", "00010", "00046"]) + "0" + d(16)
        elif cc == "BR":
            bban = d(8) + d(5) + d(10) + "C" + "1"
        elif cc == "GR":
            bban = r.choice(["011", "017", "026"]) + d(4) + d(16)
        elif cc == "CZ":
            bban = r.choice(["0800", "0100", "2010"]) + d(6) + d(10)
        elif cc == "RO":
            bban = r.choice(["BTRL", "RNCB", "BRDE"]) + "RON" + d(13)
        elif cc == "HU":
            bban = d(3) + d(4) + d(1) + d(15) + d(1)
        elif cc == "IL":
            bban = r.choice(["010", "012", "020"]) + d(3) + d(13)
        elif cc == "UA":
            bban = r.choice(["322001", "305299"]) + d(19)
        elif cc == "LT":
            bban = r.choice(["73000", "70440"]) + d(11)
        elif cc == "HR":
            bban = d(7) + d(10)
        else:
            raise KeyError(cc)
        return iban_from_bban(cc, bban)

    @staticmethod
    def spaced(s: str, n: int = 4) -> str:
        return " ".join(s[i:i + n] for i in range(0, len(s), n))

    # ---- national identifiers (kind, surface) with valid check digits
    def ssn(self) -> str:
        while True:
            a = self.rng.randint(1, 899)
            if a != 666:
                break
        return f"{a:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"

    def itin(self) -> str:
        return f"9{self.d(2)}-{self.rng.choice([70, 71, 72, 78, 80, 84, 88, 90, 92, 94, 99])}-{self.d(4)}"

    def nid(self, kind: str) -> str:
        r, d = self.rng, self.d
        y, m, day = self.dob(1950, 1999)
        yy = f"{y % 100:02d}"
        if kind == "fr_nir":
            dept = r.choice(["75", "69", "13", "33", "59", "44"])
            s = f"{r.choice('12')}{yy}{m:02d}{dept}{d(3)}{d(3)}"
            key = 97 - int(s) % 97
            return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {key:02d}"
        if kind == "es_dni":
            n = d(8, True)
            return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
        if kind == "es_nie":
            p = r.choice("XYZ")
            n = d(7)
            return f"{p}{n}" + "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(p).__str__() + n) % 23]
        if kind == "nl_bsn":
            while True:
                s = d(8, True)
                t = sum(int(c) * w for c, w in zip(s, range(9, 1, -1)))
                last = t % 11
                if last < 10:
                    return s + str(last)
        if kind == "be_nn":
            s = f"{yy}{m:02d}{day:02d}{r.randint(1, 997):03d}"
            c = 97 - int(s) % 97
            return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{c:02d}"
        if kind == "se_pnr":
            s = luhn_complete(f"{yy}{m:02d}{day:02d}{d(3)}")
            return f"{s[:6]}-{s[6:]}"
        if kind == "no_fnr":
            while True:
                s = f"{day:02d}{m:02d}{yy}{r.randint(0, 499):03d}"
                k1 = 11 - sum(int(a) * b for a, b in zip(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
                k1 = 0 if k1 == 11 else k1
                if k1 == 10:
                    continue
                s += str(k1)
                k2 = 11 - sum(int(a) * b for a, b in zip(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
                k2 = 0 if k2 == 11 else k2
                if k2 == 10:
                    continue
                return s + str(k2)
        if kind == "fi_hetu":
            n = f"{r.randint(2, 899):03d}"
            c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{day:02d}{m:02d}{yy}{n}") % 31]
            return f"{day:02d}{m:02d}{yy}-{n}{c}"
        if kind == "dk_cpr":
            return f"{day:02d}{m:02d}{yy}-{r.randint(0, 3)}{d(3)}"
        if kind == "pl_pesel":
            s = f"{yy}{m:02d}{day:02d}{d(4)}"
            c = (10 - sum(int(a) * b for a, b in zip(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10
            return s + str(c)
        if kind == "in_aadhaar":
            s = verhoeff_complete(r.choice("23456789") + d(10))
            return f"{s[:4]} {s[4:8]} {s[8:]}"
        if kind == "in_pan":
            L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            return "".join(r.choice(L) for _ in range(3)) + "P" + r.choice(L) + d(4) + r.choice(L)
        if kind == "cn_ric":
            s = r.choice(["110105", "310115", "440305", "510107", "330106"]) + f"{y}{m:02d}{day:02d}" + d(3)
            tot = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(s))
            return s + "10X98765432"[tot % 11]
        if kind == "br_cpf":
            s = d(9)
            d1 = sum(int(c) * w for c, w in zip(s, range(10, 1, -1))) * 10 % 11 % 10
            s += str(d1)
            d2 = sum(int(c) * w for c, w in zip(s, range(11, 1, -1))) * 10 % 11 % 10
            s += str(d2)
            return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
        if kind == "cl_rut":
            n = str(r.randint(8_000_000, 24_999_999))
            tot = sum(int(c) * w for c, w in zip(reversed(n), [2, 3, 4, 5, 6, 7] * 2))
            v = 11 - tot % 11
            dv = {11: "0", 10: "K"}.get(v, str(v))
            return f"{int(n):,}".replace(",", ".") + "-" + dv
        if kind == "kr_rrn":
            g = r.choice("12")
            s = f"{yy}{m:02d}{day:02d}{g}{r.randint(0, 95):02d}{d(3)}"
            c = (11 - sum(int(a) * b for a, b in zip(s, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
            return f"{s[:6]}-{s[6:]}{c}"
        if kind == "jp_mynumber":
            while True:
                s = d(11)
                tot = 0
                for n_, ch in enumerate(reversed(s), start=1):
                    q = n_ + 1 if n_ <= 6 else n_ - 5
                    tot += int(ch) * q
                rem = tot % 11
                c = 0 if rem <= 1 else 11 - rem
                full = s + str(c)
                return f"{full[:4]} {full[4:8]} {full[8:]}"
        if kind == "ca_sin":
            s = luhn_complete(r.choice("1234567") + d(7))
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        if kind == "au_tfn":
            while True:
                s = d(8, True)
                t = sum(int(c) * w for c, w in zip(s, [1, 4, 3, 7, 5, 8, 6, 9]))
                last = (-t * 10) % 11
                if last < 10:
                    s += str(last)
                    return f"{s[:3]} {s[3:6]} {s[6:]}"
        if kind == "gr_amka":
            return luhn_complete(f"{day:02d}{m:02d}{yy}{d(4)}")
        if kind == "th_pin":
            s = r.choice("12345678") + d(11)
            c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(s)) % 11) % 10
            s += str(c)
            return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"
        if kind == "za_id":
            return luhn_complete(f"{yy}{m:02d}{day:02d}{d(4)}{r.choice('01')}8")
        if kind == "il_tz":
            return luhn_complete(d(8, True))
        if kind == "tr_tc":
            s = d(9, True)
            ds = [int(c) for c in s]
            d10 = ((ds[0] + ds[2] + ds[4] + ds[6] + ds[8]) * 7 - (ds[1] + ds[3] + ds[5] + ds[7])) % 10
            d11 = (sum(ds) + d10) % 10
            return f"{s}{d10}{d11}"
        if kind == "de_idnr":
            while True:
                digs = r.sample("0123456789", 9)
                digs.append(r.choice(digs))
                r.shuffle(digs)
                if digs[0] != "0":
                    break
            s = "".join(digs)
            p = 10
            for ch in s:
                t = (int(ch) + p) % 10 or 10
                p = (2 * t) % 11
            c = (11 - p) % 10
            full = s + str(c)
            return f"{full[:2]} {full[2:5]} {full[5:8]} {full[8:]}"
        if kind == "ru_inn":
            s = r.choice(["77", "78", "50", "66"]) + d(8)
            c1 = sum(int(a) * b for a, b in zip(s, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
            s += str(c1)
            c2 = sum(int(a) * b for a, b in zip(s, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
            return s + str(c2)
        if kind == "ru_snils":
            s = d(9, True)
            t = sum(int(c) * w for c, w in zip(s, range(9, 0, -1)))
            c = t if t < 100 else (0 if t in (100, 101) else t % 101)
            c = 0 if c == 100 else c
            return f"{s[:3]}-{s[3:6]}-{s[6:]} {c:02d}"
        if kind == "gb_nino":
            a = r.choice("ABCEGHJKLMNPRSTWXYZ")
            b = r.choice("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
            return f"{a}{b} {d(2)} {d(2)} {d(2)} {r.choice('ABCD')}"
        if kind == "sg_nric":
            s = d(7)
            tot = sum(int(c) * w for c, w in zip(s, [2, 7, 6, 5, 4, 3, 2]))
            return "S" + s + "JZIHGFEDCBA"[tot % 11]
        if kind == "hk_hkid":
            L = r.choice("ACDEGHKMPRSVWYZ")
            s = d(6)
            tot = 36 * 9 + (ord(L) - 55) * 8 + sum(int(c) * w for c, w in zip(s, range(7, 1, -1)))
            c = (11 - tot % 11) % 11
            return f"{L}{s}({'A' if c == 10 else c})"
        if kind == "ae_eid":
            s = luhn_complete(f"784{y}{d(7)}")
            return f"{s[:3]}-{s[3:7]}-{s[7:14]}-{s[14]}"
        if kind == "it_cf":
            raise KeyError("use it_cf()")
        raise KeyError(kind)

    def it_cf(self, given: str, family: str, female: bool) -> str:
        def letters(s, is_given):
            s = ascii_fold(s).upper()
            cons = [c for c in s if c not in "AEIOU"]
            vow = [c for c in s if c in "AEIOU"]
            if is_given and len(cons) >= 4:
                cons = [cons[0], cons[2], cons[3]]
            return "".join((cons + vow + ["X"] * 3)[:3])
        y, m, day = self.dob(1955, 2000)
        dd = day + (40 if female else 0)
        body = (letters(family, False) + letters(given, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] +
                f"{dd:02d}" + self.pick(["H501", "F205", "F839", "L219", "G273", "A944"]))
        return body + it_check_char(body)

    # ---- health
    def mbi(self) -> str:
        r = self.rng
        A = "ACDEFGHJKMNPQRTUVWXY"
        N = "0123456789"
        AN = A + N
        s = (r.choice("123456789") + r.choice(A) + r.choice(AN) + r.choice(N) + r.choice(A) + r.choice(AN) +
             r.choice(N) + r.choice(A) + r.choice(A) + r.choice(N) + r.choice(N))
        return f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def kvnr(self) -> str:
        L = self.rng.choice("ABCDEFGHIJKLMNOPRSTUVWZ")
        n = self.d(8, True)
        s = f"{ord(L) - 64:02d}" + n
        tot = 0
        for i, c in enumerate(s):
            p = int(c) * (1 if i % 2 == 0 else 2)
            tot += p - 9 if p > 9 else p
        return L + n + str(tot % 10)

    def nhs(self) -> str:
        while True:
            s = self.d(9, True)
            c = 11 - sum(int(a) * w for a, w in zip(s, range(10, 1, -1))) % 11
            c = 0 if c == 11 else c
            if c != 10:
                full = s + str(c)
                return f"{full[:3]} {full[3:6]} {full[6:]}"

    def au_medicare(self) -> str:
        s = self.rng.choice("23456") + self.d(7)
        c = sum(int(a) * w for a, w in zip(s, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
        return f"{s[:4]} {s[4:]}{c} {self.rng.randint(1, 9)}"

    # ---- passport MRZ (TD3, two lines of 44)
    def mrz(self, family: str, given: str, nat: str, dob, sex: str, number: str):
        l1 = f"P<{nat}{ascii_fold(family).upper()}<<{ascii_fold(given).upper()}"
        l1 = (l1 + "<" * 44)[:44]
        y, m, d = dob
        dob_s = f"{y % 100:02d}{m:02d}{d:02d}"
        exp = f"3{self.rng.randint(0, 4)}{m:02d}{d:02d}"
        num = (number + "<" * 9)[:9]
        pers = "<" * 14
        l2 = (num + icao_check(num) + nat + dob_s + icao_check(dob_s) + sex + exp + icao_check(exp) + pers +
              icao_check(pers))
        comp = icao_check(num + icao_check(num) + dob_s + icao_check(dob_s) + exp + icao_check(exp) + pers + icao_check(pers))
        return l1, l2 + comp


# --------------------------------------------------------------------------------------
# request bodies and the self-checks
# --------------------------------------------------------------------------------------

LABELS_LOWER = {"person", "email", "phone", "credit_card", "ssn", "iban"}

STDNUM = {
    "fr_nir": "fr.nir", "es_dni": "es.dni", "es_nie": "es.nie", "nl_bsn": "nl.bsn", "be_nn": "be.nn",
    "se_pnr": "se.personnummer", "no_fnr": "no.fodselsnummer", "fi_hetu": "fi.hetu", "dk_cpr": "dk.cpr",
    "pl_pesel": "pl.pesel", "in_aadhaar": "in_.aadhaar", "in_pan": "in_.pan", "cn_ric": "cn.ric",
    "br_cpf": "br.cpf", "cl_rut": "cl.rut", "kr_rrn": "kr.rrn", "jp_mynumber": "jp.in_", "ca_sin": "ca.sin",
    "au_tfn": "au.tfn", "gr_amka": "gr.amka", "th_pin": "th.pin", "za_id": "za.idnr", "il_tz": "il.idnr",
    "tr_tc": "tr.tckimlik", "de_idnr": "de.idnr", "ru_inn": "ru.inn", "it_cf": "it.codicefiscale",
    "nhs": "gb.nhs", "ssn": "us.ssn", "itin": "us.itin", "iban": "iban",
}
LUHN_KINDS = {"se_pnr", "ca_sin", "gr_amka", "za_id", "il_tz", "ae_eid"}


def _stdnum_ok(kind: str, value: str):
    """True/False from python-stdnum when it is importable, None when it is not."""
    try:
        import importlib
        mod = importlib.import_module("stdnum." + STDNUM[kind])
    except Exception:
        return None
    return bool(mod.is_valid(value))


def V(label: str, surface: str, kind: str | None = None, canon: str | None = None):
    """A personal-data value placed in a record: its label, the exact text, how to check it."""
    return (label, surface, kind, canon)


def all_strings(obj, out=None):
    out = [] if out is None else out
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out.append(str(k))
            all_strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            all_strings(v, out)
    return out


_BENIGN_BAD = [
    (re.compile(r"@"), "at-sign"),
    (re.compile(r"\(\d{3}\)\s?\d{3}[-.\s]\d{4}"), "us phone"),
    (re.compile(r"(?<![\d.])\d{3}[-.]\d{3}[-.]\d{4}(?![\d.])"), "phone 3-3-4"),
    (re.compile(r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?[\s.-]?\d{2,4}[\s.-]?\d{2,5}"), "intl phone"),
    (re.compile(r"(?<![\d.])\d{3}-\d{2}-\d{4}(?![\d])"), "ssn shape"),
    (re.compile(r"\b(?:dot|punkt|point|punto|kropka)\s+(?:com|de|fr|org|net|pl)\b", re.I), "spelled email"),
]


def benign_problems(body) -> list:
    probs = []
    for s in all_strings(body):
        for rx, why in _BENIGN_BAD:
            if rx.search(s):
                probs.append(f"{why}: {rx.search(s).group(0)!r}")
        for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])", s):
            dg = re.sub(r"\D", "", m.group(0))
            if 13 <= len(dg) <= 19 and luhn_sum_ok(dg):
                probs.append(f"luhn-valid run {m.group(0)!r}")
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b", s):
            if iban_ok(m.group(0)):
                probs.append(f"iban-valid {m.group(0)!r}")
        for m in re.finditer(r"[０-９]", s):
            probs.append("full-width digit")
            break
    return probs


def check_value(label: str, surface: str, kind, canon) -> None:
    if label == "credit_card":
        dg = canon if canon is not None else digits_of(surface)
        assert 13 <= len(dg) <= 19 and luhn_sum_ok(dg), (surface, dg)
        if canon is not None and digits_of(surface):
            assert digits_of(surface) == canon, (surface, canon)
    if label == "iban":
        ib = canon if canon is not None else re.sub(r"[\s.-]", "", surface)
        assert iban_ok(ib), surface
        ok = _stdnum_ok("iban", ib)
        assert ok in (None, True), ("stdnum rejects iban", ib)
    if label == "email" and kind is None:
        assert "@" in surface or "＠" in surface, surface
    if kind in LUHN_KINDS:
        assert luhn_sum_ok(digits_of(surface)), (kind, surface)
    if kind == "in_aadhaar":
        assert verhoeff_ok(digits_of(canon or surface)), surface
    if kind in STDNUM and kind != "iban":
        ok = _stdnum_ok(kind, canon or surface)
        assert ok in (None, True), ("stdnum rejects", kind, surface)


def check_pii_record(rec: dict, vals) -> None:
    body = rec["body"]
    assert rec["endpoint"] in ("chat", "completions")
    if rec["endpoint"] == "chat":
        assert isinstance(body.get("messages"), list) and body["messages"], rec["id"]
        for msg in body["messages"]:
            assert msg["role"] in ("system", "developer", "user", "assistant", "tool"), msg
    else:
        assert isinstance(body.get("prompt"), (str, list)), rec["id"]
    text = "\n".join(all_strings(body))
    json.dumps(body, ensure_ascii=False)
    if rec["sensitive"]:
        assert vals, rec["id"]
        for label, surface, kind, canon in vals:
            assert surface and surface in text, (rec["id"], label, surface)
            check_value(label, surface, kind, canon)
        for e in rec["entities"]:
            assert e in LABELS_LOWER or (e.isupper() and re.fullmatch(r"[A-Z_]+", e)), e
    else:
        assert not vals and rec["entities"] == [], rec["id"]
        probs = benign_problems(body)
        assert not probs, (rec["id"], rec["category"], probs)


class Ctx:
    """Builds one record: request body plus the values it holds."""

    def __init__(self, g: Gen):
        self.g = g

    def model(self):
        return self.g.pick(MODELS)

    def extras(self, body: dict, p: float = 0.4):
        r = self.g.rng
        if r.random() < p:
            body["temperature"] = r.choice([0, 0.2, 0.3, 0.7, 1])
        if r.random() < p * 0.6:
            body["max_tokens"] = r.choice([256, 512, 800, 1024, 2048])
        if r.random() < p * 0.4:
            body["stream"] = True
        return body

    def chat(self, lang, style, user=None, vals=(), system=None, messages=None, extra=None, ents_extra=(),
             model=None):
        msgs = []
        if system is True:
            system = self.g.pick(SYSTEMS.get(lang, SYSTEMS["en"]))
        if system:
            msgs.append({"role": "system", "content": system})
        if messages:
            msgs.extend(messages)
        if user is not None:
            msgs.append({"role": "user", "content": user})
        body = {"model": model or self.model(), "messages": msgs}
        self.extras(body)
        if extra:
            body.update(extra)
        return {"endpoint": "chat", "lang": lang, "style": style, "body": body, "vals": list(vals),
                "ents_extra": list(ents_extra)}

    def comp(self, lang, style, prompt, vals=(), extra=None):
        body = {"model": self.g.pick(["gpt-3.5-turbo-instruct", "auto", "davinci-002", "local-base"]),
                "prompt": prompt}
        body["max_tokens"] = self.g.pick([64, 128, 256, 400])
        if extra:
            body.update(extra)
        return {"endpoint": "completions", "lang": lang, "style": style, "body": body, "vals": list(vals),
                "ents_extra": []}


PII_T = []  # (category, sensitive, fn, times)


def pii(cat, times=1):
    def deco(fn):
        PII_T.append((cat, True, fn, times))
        return fn
    return deco


def ben(cat, times=1):
    def deco(fn):
        PII_T.append((cat, False, fn, times))
        return fn
    return deco


# ======================================================================================
# SENSITIVE templates
# ======================================================================================

# ---- person: private names with a cue ------------------------------------------------

@pii("person")
def _(c):
    p = c.g.person("en", "f")
    return c.chat("en", "terse chat", f"my sister {p['given']} keeps borrowing my car without asking. how do i bring it up without it turning into a fight",
                  [V("person", p["given"])])


@pii("person")
def _(c):
    p = c.g.person("en")
    return c.chat("en", "email draft", "Can you tighten this up? It's going to my landlord.\n\n"
                  "Hi, the radiator in the back bedroom has been cold since Sunday. Could someone come look at it this week? "
                  f"I'm home after 5 most days.\n\nThanks,\n{p['full']}\nFlat 3", [V("person", p["full"])], system=True)


@pii("person")
def _(c):
    p = c.g.person("de", "f")
    return c.chat("de", "formal letter", f"Bitte formuliere einen höflichen, aber bestimmten Brief an meine Nachbarin Frau {p['full']}. "
                  "Ihre Hecke ragt seit Monaten über den Zaun und beschädigt unser Carport-Dach.", [V("person", p["full"])])


@pii("person")
def _(c):
    p = c.g.person("fr", "m")
    return c.chat("fr", "sms", f"tu peux m'aider à écrire un petit texto pour mon beau-père {p['full']} ? c'est son anniv demain et on est un peu en froid",
                  [V("person", p["full"])])


@pii("person")
def _(c):
    p = c.g.person("es", "f")
    return c.chat("es", "whatsapp rant", f"mi compañera de piso {p['full']} lleva 3 meses sin pagar su parte de la luz 😤 "
                  "cómo se lo digo sin que parezca que la estoy echando??", [V("person", p["full"])])


@pii("person")
def _(c):
    p = c.g.person("zh", "f")
    return c.chat("zh", "workplace chat", f"帮我给同事{p['full']}写一段感谢的话，她上周替我值了两个夜班，语气自然一点，不要太正式。",
                  [V("person", p["full"])])


@pii("person")
def _(c):
    p = c.g.person("ja")
    return c.chat("ja", "school notice", f"息子の担任の{p['full']}先生に、明日インフルエンザで欠席する旨のメールを書いてください。丁寧すぎない感じで。",
                  [V("person", p["full"])])


@pii("person")
def _(c):
    p = c.g.person("ko", "m")
    return c.chat("ko", "casual chat", f"남자친구 {p['full']}한테 어제 약속 늦은 거 사과하는 문자 쓰고 싶어. 너무 길지 않게 도와줘",
                  [V("person", p["full"])])


@pii("person")
def _(c):
    p = c.g.person("ar", "m")
    return c.chat("ar", "greeting card", f"اكتب لي رسالة تهنئة قصيرة لزميلي في العمل {p['full']} بمناسبة ترقيته إلى مدير القسم.",
                  [V("person", p["full"])])


@pii("person")
def _(c):
    p = c.g.person("ru", "f")
    return c.chat("ru", "family message", f"Помоги написать тёплое поздравление для моей бабушки, {p['full']}, ей в субботу исполняется 80 лет. "
                  "Она живёт одна, мы приедем всей семьёй.", [V("person", p["full"])])


@pii("person")
def _(c):
    p = c.g.person("hi")
    return c.chat("hi", "legal notice", f"मेरे किरायेदार {p['full']} ने तीन महीने से किराया नहीं दिया है। एक विनम्र लेकिन सख्त नोटिस का ड्राफ्ट हिंदी में बना दो।",
                  [V("person", p["full"])])


@pii("person")
def _(c):
    a, b, d = c.g.person("en"), c.g.person("en"), c.g.person("nl")
    txt = (f"Meeting notes - kitchen remodel, 14 Nov\nAttendees: {a['full']} (homeowner), {b['full']} (homeowner), {d['full']} (contractor)\n"
           "- cabinets delayed 2 wks\n- tile choice still open\n- budget +8%\n\nTurn these into a short recap email for everyone who attended.")
    return c.chat("en", "meeting notes", txt, [V("person", a["full"]), V("person", b["full"]), V("person", d["full"])])


@pii("person")
def _(c):
    p = c.g.person("en", "m")
    return c.chat("en", "reminder dictation", f"remind me thursday 3 40 pm dentist appointment for {p['given']} {p['family']} my son bring the insurance card",
                  [V("person", f"{p['given']} {p['family']}")])


@pii("person")
def _(c):
    p = c.g.person("en")
    handle = f"{ascii_fold(p['given'])}.{ascii_fold(p['family'])}"
    return c.chat("en", "slack rewrite", f"rewrite this so it sounds less harsh, it's going to @{handle} ({p['given']}, our new hire):\n"
                  "\"you pushed to main again without review. stop.\"", [V("person", handle), V("person", p["given"])])


@pii("person")
def _(c):
    p = c.g.person("he", "m")
    return c.chat("he", "condolence message", f"תעזור לי לנסח הודעת תנחומים לחבר שלי {p['full']}, אבא שלו נפטר אתמול. משהו קצר וכן.",
                  [V("person", p["full"])])


@pii("person")
def _(c):
    p = c.g.person("th")
    return c.chat("th", "thank-you note", f"ช่วยเขียนข้อความขอบคุณคุณ{p['full']} ข้างห้อง ที่ช่วยให้อาหารแมวตอนฉันไปต่างจังหวัดหน่อย",
                  [V("person", p["full"])])


@pii("person")
def _(c):
    p = c.g.person("el", "f")
    return c.chat("el", "greeting card", f"Γράψε μια σύντομη ευχετήρια κάρτα για τη νονά μου, την {p['full']}, που γιορτάζει την Κυριακή.",
                  [V("person", p["full"])])


@pii("person")
def _(c):
    p = c.g.person("pl", "f")
    kid = p["family"]
    return c.chat("pl", "school excuse", f"Napisz usprawiedliwienie do wychowawczyni: moja córka Zuzanna {kid} z klasy 4b była nieobecna "
                  "w dniach 18-20 listopada z powodu choroby.", [V("person", f"Zuzanna {kid}")])


@pii("person")
def _(c):
    p = c.g.person("vi", "f")
    return c.chat("vi", "reminder text", f"Viết giúp mình tin nhắn nhắc chị {p['full']} chuyển tiền hụi tháng này, nói nhẹ nhàng thôi vì chị ấy là hàng xóm.",
                  [V("person", p["full"])])


@pii("person")
def _(c):
    a, b, d = c.g.person("en"), c.g.person("en"), c.g.person("de")
    txt = (f"To: Facilities\nCc: {a['full']}; {b['full']}; {d['full']}\nSubject: parking permits for the new hires\n\n"
           "Shorten this email to three sentences and keep the cc line as is.")
    return c.chat("en", "email cc list", txt, [V("person", a["full"]), V("person", b["full"]), V("person", d["full"])])


@pii("person")
def _(c):
    p = c.g.person("de")
    return c.chat("de", "letter signature", "Kürze diesen Brief an die Hausverwaltung auf das Wesentliche:\n\nSehr geehrte Damen und Herren,\n"
                  "seit drei Wochen funktioniert die Klingel an unserer Wohnungstür nicht. Ich bitte um zeitnahe Reparatur.\n\n"
                  f"Mit freundlichen Grüßen\n{p['full']}", [V("person", p["full"])])


@pii("person")
def _(c):
    p, q = c.g.person("ja"), c.g.person("ja")
    return c.chat("ja", "business email", f"取引先への返信メールを整えてください。宛名は「株式会社みなと物産 {p['family']}様」で、"
                  f"件名は「お見積りの件」です。私の署名は「営業部 {q['full']}」。",
                  [V("person", f"{p['family']}様"), V("person", q["full"])])


@pii("person")
def _(c):
    p = c.g.person("ar", "f")
    return c.chat("ar", "whatsapp", f"ابنة خالتي {p['full']} تتزوج الشهر القادم، اكتب لي تهنئة لطيفة أرسلها لها على واتساب",
                  [V("person", p["full"])])


# ---- email ----------------------------------------------------------------------------

@pii("email")
def _(c):
    p = c.g.person("en")
    e = c.g.email(p)
    return c.chat("en", "terse chat", f"pls send the invoice copy to {e} thx", [V("email", e)])


@pii("email")
def _(c):
    p = c.g.person("de")
    e = c.g.email(p, c.g.pick(["web.de", "gmx.de", "t-online.de"]))
    return c.chat("de", "support ticket", f"Betreff: Login geht nicht\n\nHallo, seit dem Update komme ich nicht mehr in mein Konto. "
                  f"Registriert bin ich mit {e}. Können Sie das Passwort zurücksetzen? MfG", [V("email", e)])


@pii("email")
def _(c):
    p = c.g.person("fr")
    e = c.g.email(p, "orange.fr")
    return c.chat("fr", "formal request", f"Reformule ce message de façon plus professionnelle : « je veux mon remboursement, écrivez-moi à {e} »",
                  [V("email", e)])


@pii("email")
def _(c):
    p = c.g.person("es")
    e = c.g.email(p, "hotmail.es")
    return c.chat("es", "classified ad", f"Ayúdame a redactar un anuncio para vender mi bici de montaña, talla M, 350€. Interesados escribir a {e}",
                  [V("email", e)])


@pii("email")
def _(c):
    p = c.g.person("ja")
    e = c.g.email(p, "docomo.ne.jp")
    return c.chat("ja", "account help", f"登録メールアドレスを{e}に変更したいのですが、アプリのどこから変更できますか？", [V("email", e)])


@pii("email")
def _(c):
    rows, vals = [], []
    for lang in ["en", "pt", "pl", "tr"]:
        p = c.g.person(lang)
        e = c.g.email(p)
        rows.append(f"{p['full']},{e},{c.g.pick(['bronze', 'silver', 'gold'])}")
        vals += [V("email", e), V("person", p["full"])]
    csv = "name,email,tier\n" + "\n".join(rows)
    return c.chat("en", "csv cleanup", "dedupe and sort this by tier, output csv only:\n" + csv, vals)


@pii("email")
def _(c):
    p = c.g.person("ru")
    e = c.g.email(p, c.g.pick(["mail.ru", "yandex.ru"]))
    return c.chat("ru", "support ticket", f"Здравствуйте! Не приходит письмо с подтверждением на {e}. Проверил спам — пусто. Что делать?",
                  [V("email", e)])


@pii("email")
def _(c):
    p = c.g.person("pt")
    e = c.g.email(p, c.g.pick(["uol.com.br", "bol.com.br", "gmail.com"]))
    return c.chat("pt", "resume", f"Revisa o cabeçalho do meu currículo:\n{p['full']} | Analista de Dados | {e} | São Paulo - SP",
                  [V("email", e), V("person", p["full"])])


@pii("email")
def _(c):
    p = c.g.person("it")
    e = c.g.email(p, "libero.it")
    return c.chat("it", "complaint", f"Scrivi un reclamo al corriere: il pacco non è mai arrivato. Per ogni comunicazione usate {e}.",
                  [V("email", e)])


@pii("email")
def _(c):
    p = c.g.person("en")
    e = c.g.email(p, "fastmail.com", 0)
    log = (f"commit 9c4e1f2\nAuthor: {p['full']} <{e}>\nDate:   Tue Nov 4 17:02:11 2025 +0100\n\n    fix off-by-one in pager\n")
    return c.chat("en", "code review", "is this commit message ok or should it be more descriptive?\n\n" + log,
                  [V("email", e), V("person", p["full"])])


@pii("email")
def _(c):
    a, b = c.g.person("nl"), c.g.person("nl")
    ea, eb = c.g.email(a, "ziggo.nl", 0), c.g.email(b, "kpnmail.nl", 1)
    thread = (f"Van: {a['full']} <{ea}>\nAan: {eb}\nOnderwerp: oppas zaterdag\n\nHoi, kun jij zaterdag van 19 tot 23 uur op de kinderen passen?\n")
    return c.chat("nl", "email thread", thread + "\nSchrijf een vriendelijk antwoord namens de ontvanger: ja, maar pas vanaf 19:30.",
                  [V("email", ea), V("email", eb), V("person", a["full"])])


@pii("email")
def _(c):
    p = c.g.person("ko")
    e = c.g.email(p, "naver.com")
    return c.chat("ko", "form filling", f"이 이메일 주소로 가입했는데 인증 메일이 안 와요: {e}", [V("email", e)])


@pii("email")
def _(c):
    p = c.g.person("tr")
    e = c.g.email(p, "yandex.com.tr")
    return c.chat("tr", "job application", f"Şu ön yazının sonuna iletişim bilgimi ekle: {e}. Ayrıca dilini biraz daha resmi yap.",
                  [V("email", e)])


@pii("email")
def _(c):
    p = c.g.person("en")
    e = c.g.email(p, "ucdavis.edu", 4)
    return c.chat("en", "academic email", f"Write a short email to a professor asking about a lab position. Sign off with my name {p['full']} and my student email {e}",
                  [V("email", e), V("person", p["full"])])


@pii("email")
def _(c):
    p = c.g.person("sv")
    e = c.g.email(p, "telia.com")
    return c.chat("sv", "short request", f"Kan du översätta detta till engelska? \"Kontakta mig på {e} om lägenheten fortfarande är ledig.\"",
                  [V("email", e)])


# ---- phone ----------------------------------------------------------------------------

def _ph(cat_lang, kind, style, fmt, gender=None):
    @pii("phone")
    def _(c):
        ph = c.g.phone(kind)
        p = c.g.person(cat_lang, gender) if "{name}" in fmt else None
        txt = fmt.format(ph=ph, name=p["full"] if p else "")
        vals = [V("phone", ph)] + ([V("person", p["full"])] if p else [])
        return c.chat(cat_lang, style, txt, vals)


_ph("en", "us", "terse chat", "call me back at {ph} when you get this, need help with the lease renewal wording")
_ph("en", "us_ext", "email signature", "Format this signature block nicely:\n{name}\nSenior Claims Adjuster\nDirect {ph}")
_ph("en", "us_ext", "voicemail transcript", "transcribe-cleanup this voicemail: uh hi this is {name} calling about the water heater um you can reach me at {ph} thanks bye")
_ph("en", "us_odd", "sms", "new number!! save it: {ph} - {name}")
_ph("en", "us_odd", "craigslist ad", "Make this ad punchier: Selling 2015 Honda Civic, 98k miles, clean title, $9,800 OBO. Text {ph}, no lowballers.")
_ph("en", "uk", "dictation", "text my mum that the train is late and ill ring her from {ph} cos my phone is dying")
_ph("de", "de", "small ad", "Kleinanzeige verbessern: Verkaufe Kinderwagen, kaum benutzt, 120 €. Bei Interesse anrufen: {ph} (ab 18 Uhr)")
_ph("fr", "fr", "appointment", "Rédige un SMS pour confirmer le rendez-vous chez le kiné jeudi 9h, et dis-lui de me rappeler au {ph} en cas d'empêchement.")
_ph("es", "es", "whatsapp", "ponle emojis a esto: cumple de {name} el sábado en mi casa!! cualquier cosa llamame al {ph}")
_ph("it", "it", "notice", "Scrivi un avviso per la bacheca condominiale: chi trova il gatto grigio chiami {ph}")
_ph("hi", "in", "classified ad", "इस विज्ञापन को बेहतर बनाओ: 2BHK फ्लैट किराये पर, पुणे, संपर्क करें {ph}")
_ph("ja", "jp", "contact note", "この連絡先メモを敬語に直してください：不在の場合は携帯 {ph} までご連絡ください。{name}")
_ph("zh", "cn", "delivery note", "快递备注写一下：放门口就行，有问题打我电话 {ph}")
_ph("ko", "kr", "rental listing", "원룸 양도 글 다듬어줘. 연락처 {ph} 문자 주세요")
_ph("ru", "ru", "lost pet", "Составь объявление о пропаже собаки, корги, рыжий, отзывается на кличку Бакс. Телефон: {ph}")
_ph("pt", "br", "whatsapp", "reescreve de um jeito mais educado: me liga no {ph} pra gente acertar o valor da diária")
_ph("ar", "ae", "business card", "رتب بيانات هذه البطاقة: {name} - مستشار عقاري - جوال {ph}", gender="m")
_ph("tr", "tr", "sms", "Kargo firmasına şikayet mesajı yaz, dönüş için numaram {ph}")
_ph("en", "au", "tradie quote", "Write a quick quote follow-up for a deck repair job, sign off as Dave and put my mobile {ph}")
_ph("sw", "ke", "sms", "Tafsiri kwa Kiingereza: Nipigie kwa {ph} kesho asubuhi kuhusu shamba.")


@pii("phone")
def _(c):
    # vanity-style personal number: the letters spell the owner's name on a keypad
    p = c.g.person("en")
    pad = {c2: str(k) for k, letters in {2: "abc", 3: "def", 4: "ghi", 5: "jkl", 6: "mno", 7: "pqrs", 8: "tuv", 9: "wxyz"}.items()
           for c2 in letters}
    word = ascii_fold(p["given"])[:7].upper()
    area = c.g.pick(["917", "213", "720", "404"])
    lead = c.g.d(7 - len(word), True) if len(word) < 7 else ""
    van = f"{area}-{lead}-{word}" if lead else f"{area}-{word}"
    canon = area + lead + "".join(pad[ch.lower()] for ch in word)
    return c.chat("en", "realtor bio", f"Polish my realtor bio. Ends with: Call or text me anytime at {van} ({canon[:3]}-{canon[3:6]}-{canon[6:]})!",
                  [V("phone", van), V("phone", f"{canon[:3]}-{canon[3:6]}-{canon[6:]}")])


# ---- credit_card ------------------------------------------------------------------------

def _cc(lang, brand, sep, style, fmt, exp=True):
    @pii("credit_card")
    def _(c):
        dg = c.g.card_digits(brand)
        s = c.g.card_fmt(dg, sep)
        e = f"{c.g.rng.randint(1, 12):02d}/{c.g.rng.randint(26, 31)}"
        cvv = c.g.d(4 if brand == "amex" else 3)
        txt = fmt.format(cc=s, exp=e, cvv=cvv)
        return c.chat(lang, style, txt, [V("credit_card", s, None, dg)])


_cc("en", "visa", " ", "support chat", "the checkout keeps failing on my card {cc} exp {exp}, is it your site or my bank?")
_cc("en", "amex", " ", "expense report", "Add this to the expense sheet: hotel 2 nights, paid with corporate Amex {cc}, $612.40")
_cc("en", "mc", "-", "terse chat", "is {cc} a valid mastercard number format? got it from my wallet app")
_cc("de", "mc2", " ", "complaint", "Ich wurde doppelt belastet! Karte {cc}, gültig bis {exp}. Bitte einen Beschwerdebrief an den Händler formulieren.")
_cc("fr", "visa", " ", "booking", "Réserve pour 2 nuits, paiement avec ma carte {cc}, expiration {exp}, cryptogramme {cvv}")
_cc("es", "visa", "", "order form", "rellena el formulario de pedido: tarjeta {cc} caducidad {exp} cvv {cvv}")
_cc("ja", "jcb", "-", "form filling", "このカード番号で決済できない理由を考えて：{cc}（有効期限 {exp}）")
_cc("zh", "unionpay", " ", "payment issue", "我的银联卡 {cc} 在国外刷不了，是什么原因？")
_cc("ru", "mir", " ", "bank chat", "Карта {cc} заблокирована после поездки, как составить обращение в банк?")
_cc("pt", "mc", ".", "ecommerce", "o site recusou meu cartão {cc} validade {exp}, o que pode ser?")
_cc("en", "diners", " ", "travel booking", "Book the 7:15 to Denver, charge it to my Diners Club {cc}, exp {exp}")
_cc("en", "disc", "", "sql insert", "write the INSERT for this row into payments(card_number, exp, holder_zip): {cc}, {exp}, 60614")
_cc("hi", "rupay", " ", "bank complaint", "मेरे RuPay कार्ड {cc} से दो बार पैसे कट गए, बैंक को शिकायत लिखो")
_cc("en", "visa19", " ", "json payload", "why does the API reject this? {{\"card\": \"{cc}\", \"exp\": \"{exp}\", \"cvc\": \"{cvv}\"}}")


# ---- ssn --------------------------------------------------------------------------------

def _ssn(lang, style, fmt, form="dash", label="ssn", kind="ssn"):
    @pii("ssn")
    def _(c):
        s = c.g.itin() if kind == "itin" else c.g.ssn()
        if form == "plain":
            s = s.replace("-", "")
        elif form == "space":
            s = s.replace("-", " ")
        p = c.g.person("en")
        txt = fmt.format(ssn=s, name=p["full"])
        vals = [V(label, s, kind if form == "dash" else None)]
        if "{name}" in fmt:
            vals.append(V("person", p["full"]))
        return c.chat(lang, style, txt, vals)


_ssn("en", "tax prep", "filling out my 1040, is {ssn} supposed to go on line 1 or at the top? it's my SSN")
_ssn("en", "hr onboarding", "New hire paperwork for {name}: SSN {ssn}, start date 12/15. Draft the welcome email to IT (don't include the SSN).")
_ssn("en", "terse chat", "ssn {ssn} dob 4/2/79 does that look right for a w-4", form="plain")
_ssn("en", "loan application", "Co-signer details: {name}, social {ssn}. Which other documents will the lender need?", form="space")
_ssn("es", "tax help", "Mi número de Seguro Social es {ssn}, ¿cómo lo pongo en la solicitud de FAFSA de mi hijo?")
_ssn("en", "json payload", "validate this payload against our schema: {{\"applicant\": \"{name}\", \"ssn\": \"{ssn}\", \"income\": 58200}}")
_ssn("en", "medical intake", "pt intake: {name}, SS# {ssn}, allergies PCN, presenting w/ lower back pain 3 wks. summarize for the referral")
_ssn("en", "dictation", "my social is {ssn} and my wife's is on the other sheet can you tell me which box on the form", form="plain")
_ssn("en", "itin", "I'm filing with my ITIN {ssn} (I don't have an SSN yet). Can I still claim the child tax credit?", label="TAX_ID", kind="itin")
_ssn("en", "sql", "UPDATE employees SET ssn = '{ssn}' WHERE emp_id = 4471; -- is this safe to run in prod?")
_ssn("zh", "visa help", "我的美国社安号是 {ssn}，申请信用卡时填在哪里？")
_ssn("en", "background check", "Run-through for the tenant screening form: applicant {name}, SSN {ssn}, current employer Brightline Dental.")


@pii("ssn")
def _(c):
    return c.chat("en", "old card", "found my grandma's old social security card in a drawer, number 078-05-1120. "
                  "does it need to be shredded or reported somewhere?", [V("ssn", "078-05-1120")])


# ---- iban -------------------------------------------------------------------------------

def _ib(lang, cc, style, fmt, spaced=True):
    @pii("iban")
    def _(c):
        ib = c.g.iban(cc)
        s = c.g.spaced(ib) if spaced else ib
        p = c.g.person(lang)
        txt = fmt.format(iban=s, name=p["full"])
        vals = [V("iban", s, None, ib)] + ([V("person", p["full"])] if "{name}" in fmt else [])
        return c.chat(lang, style, txt, vals)


_ib("de", "DE", "rent message", "Schreib meinem Mieter, dass die Miete ab Januar auf dieses Konto geht: {iban}, Kontoinhaber {name}.")
_ib("fr", "FR", "refund request", "Rédige une demande de remboursement, mon RIB : IBAN {iban}")
_ib("es", "ES", "whatsapp", "pásame el bizum o si no transferencia a {iban} (titular {name})", spaced=False)
_ib("it", "IT", "invoice", "Metti in fondo alla fattura le coordinate bancarie: IBAN {iban} intestato a {name}")
_ib("nl", "NL", "tikkie note", "maak hier een vriendelijk berichtje van: graag 23,50 overmaken naar {iban} voor het etentje", spaced=False)
_ib("en", "GB", "freelance invoice", "Add payment details to my invoice template: Account name {name}, IBAN {iban}")
_ib("pl", "PL", "sale ad", "Popraw ogłoszenie: sprzedam rower, płatność przelewem na konto {iban}")
_ib("tr", "TR", "sms", "Kira ödemesi için IBAN'ım {iban}, açıklamaya daire numarasını yazın.")
_ib("ar", "SA", "transfer", "حوّل المبلغ إلى حسابي، الآيبان: {iban} باسم {name}")
_ib("pt", "PT", "email", "Escreve um email à escola a dizer que o reembolso da visita de estudo deve ir para o IBAN {iban}")
_ib("en", "IE", "csv row", "convert to JSON: payee,iban,amount\n{name},{iban},400.00", spaced=False)
_ib("de", "AT", "payroll change", "Bitte Personalabteilung informieren: neue Bankverbindung ab Dezember, IBAN {iban}")
_ib("el", "GR", "rent", "Γράψε στον ενοικιαστή ότι το ενοίκιο κατατίθεται στο IBAN {iban}")
_ib("en", "BE", "yaml", "fix the indentation:\npayout:\n beneficiary: {name}\n  iban: {iban}\n bic: GEBABEBB", spaced=False)


# ---- national ids -----------------------------------------------------------------------

def _nid(lang, kind, style, fmt, label="NATIONAL_ID"):
    @pii("national_id")
    def _(c):
        v = c.g.nid(kind)
        p = c.g.person(lang) if "{name}" in fmt else {"full": ""}
        txt = fmt.format(id=v, name=p["full"])
        vals = [V(label, v, kind)] + ([V("person", p["full"])] if "{name}" in fmt else [])
        return c.chat(lang, style, txt, vals)


_nid("fr", "fr_nir", "admin form", "Aide-moi à remplir le formulaire CERFA : nom {name}, n° de sécurité sociale {id}")
_nid("es", "es_dni", "rental contract", "Completa el contrato de alquiler: arrendatario {name}, DNI {id}")
_nid("es", "es_nie", "bank onboarding", "El banco me pide el NIE para abrir la cuenta, el mío es {id}. ¿Qué más documentos suelen pedir?")
_nid("nl", "nl_bsn", "tax question", "Mijn BSN is {id}, moet ik dat op het formulier van de huurtoeslag invullen of is dat niet nodig?")
_nid("nl", "be_nn", "hr form", "Vul dit personeelsfiche aan: {name}, rijksregisternummer {id}")
_nid("sv", "se_pnr", "clinic booking", "Boka om min tid på vårdcentralen, mitt personnummer är {id}")
_nid("en", "no_fnr", "translation", "Translate to Norwegian: 'My national identity number is {id}, please update my tax card.'")
_nid("fi", "fi_hetu", "form filling", "Täytä lomake: nimi {name}, henkilötunnus {id}")
_nid("pl", "pl_pesel", "official letter", "Napisz wniosek do urzędu gminy o wydanie zaświadczenia o zameldowaniu. Dane: {name}, PESEL {id}")
_nid("hi", "in_aadhaar", "kyc", "मेरा आधार नंबर {id} है, बैंक KYC के लिए और कौन से दस्तावेज़ चाहिए?")
_nid("en", "in_pan", "tax filing", "ITR form asks for PAN, mine is {id}. Which ITR form applies for salary plus one house property?", label="TAX_ID")
_nid("zh", "cn_ric", "hotel checkin", "帮我填一下入住登记：姓名{name}，身份证号{id}")
_nid("pt", "br_cpf", "nota fiscal", "Coloca meu CPF na nota: {id}. Também preciso do endereço?", label="TAX_ID")
_nid("es", "cl_rut", "job form", "Completa mis datos para la postulación: {name}, RUT {id}")
_nid("ko", "kr_rrn", "insurance form", "보험 청구서 작성 도와줘. 이름 {name}, 주민등록번호 {id}")
_nid("ja", "jp_mynumber", "employer form", "会社にマイナンバーを提出するメール文面を作って。番号は {id} です。")
_nid("en", "ca_sin", "payroll", "New employee setup: {name}, SIN {id}, TD1 claim code 1. What else do I need for the first payroll?")
_nid("en", "au_tfn", "ato question", "My TFN is {id}, do I put it on the super choice form as well?", label="TAX_ID")
_nid("el", "gr_amka", "doctor visit", "Κλείσε μου ραντεβού στον παθολόγο, ΑΜΚΑ {id}, όνομα {name}")
_nid("th", "th_pin", "visa form", "ช่วยกรอกแบบฟอร์ม: ชื่อ {name} เลขประจำตัวประชาชน {id}")
_nid("en", "za_id", "fica", "Bank wants FICA docs. My ID number is {id}, what else must I bring?")
_nid("he", "il_tz", "form filling", "תמלא לי טופס: שם {name}, ת.ז. {id}")
_nid("tr", "tr_tc", "e-devlet", "TC kimlik numaram {id}, e-Devlet şifremi unuttum ne yapmalıyım?")
_nid("de", "de_idnr", "tax letter", "Brief ans Finanzamt: Meine steuerliche Identifikationsnummer lautet {id}. Bitte um Fristverlängerung.", label="TAX_ID")
_nid("ru", "ru_inn", "accounting", "Для вычета укажи мой ИНН {id} в заявлении, остальное заполни шаблоном", label="TAX_ID")
_nid("ru", "ru_snils", "hr form", "Оформи заявление о приёме: {name}, СНИЛС {id}")
_nid("en", "gb_nino", "hmrc query", "HMRC letter says my NI number {id} has a gap year in contributions, how do I check?")
_nid("en", "sg_nric", "condo booking", "book the BBQ pit for Saturday, unit 12-34, NRIC {id}")
_nid("zh", "hk_hkid", "application", "幫我填表：姓名{name}，香港身份證號碼 {id}")
_nid("ar", "ae_eid", "visa renewal", "ساعدني في تعبئة طلب تجديد الإقامة، رقم الهوية الإماراتية {id}")
_nid("da", "dk_cpr", "pharmacy", "Oversæt til engelsk: Mit CPR-nummer er {id}, kan I finde min recept?")


@pii("national_id")
def _(c):
    p = c.g.person("it")
    female = p["female"]
    cf = c.g.it_cf(p["given"], p["family"], female)
    return c.chat("it", "tax form", f"Compila il modulo 730 con i miei dati: {p['full']}, codice fiscale {cf}",
                  [V("NATIONAL_ID", cf, "it_cf"), V("person", p["full"])], ents_extra=["TAX_ID"])


# ---- passports --------------------------------------------------------------------------

def _pp(lang, style, fmt, numf):
    @pii("passport")
    def _(c):
        n = numf(c.g)
        p = c.g.person(lang)
        y, m, d = c.g.dob(1960, 2002)
        txt = fmt.format(pp=n, name=p["full"], dob=f"{d:02d}.{m:02d}.{y}")
        vals = [V("PASSPORT", n)] + ([V("person", p["full"])] if "{name}" in fmt else [])
        if "{dob}" in fmt:
            vals.append(V("DATE_OF_BIRTH", f"{d:02d}.{m:02d}.{y}"))
        return c.chat(lang, style, txt, vals)


_pp("en", "travel booking", "Add APIS info for the Cancun flight: {name}, passport {pp}, DOB {dob}", lambda g: g.d(9, True))
_pp("en", "visa form", "ESTA asks for passport number — mine is {pp}. Does the issuing country go in the next box?",
    lambda g: g.pick("ACEFGHJKL") + g.d(8))
_pp("de", "hotel form", "Meldeschein ausfüllen: {name}, Reisepass-Nr. {pp}", lambda g: "C" + "".join(g.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)))
_pp("fr", "embassy", "Lettre au consulat : mon passeport n° {pp} a été volé, je demande un laissez-passer.",
    lambda g: g.d(2) + "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + g.d(5))
_pp("hi", "visa help", "मेरा पासपोर्ट नंबर {pp} है, शेंगेन वीज़ा के कवर लेटर में कैसे लिखूं?", lambda g: g.pick("JKLMNPRSTUVZ") + g.d(7))
_pp("zh", "flight checkin", "值机要填护照号：{pp}，姓名{name}，帮我检查格式对不对", lambda g: "E" + g.d(8))
_pp("ja", "travel agent", "ツアー申込書の記入を手伝って：氏名 {name}、旅券番号 {pp}", lambda g: g.pick(["TK", "TR", "TZ", "MU"]) + g.d(7))
_pp("es", "airline complaint", "Escribe una reclamación: me denegaron el embarque aunque mi pasaporte {pp} era válido.",
    lambda g: "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + g.d(6))
_pp("ko", "visa form", "여권번호 {pp} 이걸로 전자여행허가 신청하려는데 순서 알려줘", lambda g: "M" + g.d(8))
_pp("en", "uk renewal", "Renewal form wants my old UK passport number: {pp}. Expired in March — can I still use the online service?",
    lambda g: g.d(9, True))


@pii("passport")
def _(c):
    p = c.g.person("en")
    dob = c.g.dob(1960, 2000)
    num = c.g.pick("ABCDEFGHJ") + c.g.d(8)
    nat = c.g.pick(["GBR", "USA", "IRL", "CAN"])
    l1, l2 = c.g.mrz(p["family"], p["given"], nat, dob, c.g.pick("MF"), num)
    return c.chat("en", "ocr cleanup", f"the OCR of my passport scan gave this, can you parse it into fields?\n{l1}\n{l2}",
                  [V("PASSPORT", num), V("PASSPORT", l2), V("person", l1[5:].split("<<")[0])], ents_extra=["DATE_OF_BIRTH"])


@pii("passport")
def _(c):
    p = c.g.person("ru")
    n = f"{c.g.d(2)} {c.g.d(2)} {c.g.d(6)}"
    return c.chat("ru", "bank form", f"Заполни анкету: {p['full']}, паспорт серия и номер {n}, выдан ОВД Тверского района",
                  [V("PASSPORT", n), V("person", p["full"])])


# ---- health / medical records -----------------------------------------------------------

@pii("health_id")
def _(c):
    m = c.g.mbi()
    return c.chat("en", "caregiver question", f"my dad's Medicare number is {m}, how do I check if his plan covers the walker?",
                  [V("HEALTH_INSURANCE", m)])


@pii("health_id")
def _(c):
    k = c.g.kvnr()
    p = c.g.person("de", "f")
    return c.chat("de", "insurance letter", f"Schreiben an die Krankenkasse: Versicherte {p['full']}, Versichertennummer {k}, Antrag auf Kostenübernahme Physiotherapie.",
                  [V("HEALTH_INSURANCE", k), V("person", p["full"])])


@pii("health_id")
def _(c):
    n = c.g.nhs()
    return c.chat("en", "gp letter", f"Draft a letter to my GP surgery asking for my records to be transferred. NHS number {n}.",
                  [V("HEALTH_INSURANCE", n, "nhs")])


@pii("health_id")
def _(c):
    n = c.g.au_medicare()
    return c.chat("en", "claim help", f"medicare card {n} — the claim got rejected saying the IRN doesn't match? what's an IRN",
                  [V("HEALTH_INSURANCE", n)])


@pii("health_id")
def _(c):
    mrn = c.g.d(8)
    p = c.g.person("en")
    txt = (f"Summarize this discharge note for the patient in plain language:\nPt: {p['full']}  MRN: {mrn}\n"
           "Dx: community-acquired pneumonia, resolved. Rx: amoxicillin 875 mg BID x5d. F/u PCP 1 wk.")
    return c.chat("en", "medical note", txt, [V("MEDICAL_RECORD", mrn), V("person", p["full"])], ents_extra=["HEALTH_CONDITION"])


@pii("health_id")
def _(c):
    mrn = "MRN-" + c.g.d(7)
    return c.chat("en", "portal message", f"rewrite nicer: I need my lab results for {mrn} sent to the new cardiologist asap",
                  [V("MEDICAL_RECORD", mrn)])


@pii("health_id")
def _(c):
    mid = c.g.pick(["XEH", "W", "JQU", "ZGP"]) + c.g.d(9)
    grp = c.g.d(6)
    p = c.g.person("en")
    return c.chat("en", "insurance appeal", f"Write an appeal for a denied MRI claim. Member: {p['full']}, Member ID {mid}, Group {grp}.",
                  [V("HEALTH_INSURANCE", mid), V("person", p["full"])])


@pii("health_id")
def _(c):
    nir = c.g.nid("fr_nir")
    return c.chat("fr", "carte vitale", f"Ma carte Vitale ne marche plus, numéro {nir}. Comment en commander une nouvelle ?",
                  [V("HEALTH_INSURANCE", nir, "fr_nir")], ents_extra=["NATIONAL_ID"])


@pii("health_id")
def _(c):
    n = f"{c.g.d(4)} {c.g.d(4)} {c.g.d(2)}"
    p = c.g.person("ja")
    return c.chat("ja", "clinic form", f"問診票：{p['full']}、保険者番号 {c.g.d(8)}、記号・番号 {n}。既往歴：喘息。この内容を英語に訳して。",
                  [V("HEALTH_INSURANCE", n), V("person", p["full"])], ents_extra=["HEALTH_CONDITION"])


@pii("health_id")
def _(c):
    mrn = c.g.d(6, True)
    p = c.g.person("es")
    return c.chat("es", "nursing handoff", f"Resume el pase de guardia: paciente {p['full']}, historia clínica nº {mrn}, hab. 312, postoperatorio de cadera, dolor 6/10.",
                  [V("MEDICAL_RECORD", mrn), V("person", p["full"])], ents_extra=["HEALTH_CONDITION"])


@pii("health_id")
def _(c):
    card = "8" + c.g.d(19)
    return c.chat("zh", "insurance claim", f"医保卡号 {card}，异地就医报销需要准备哪些材料？", [V("HEALTH_INSURANCE", card)])


@pii("health_id")
def _(c):
    p = c.g.person("en", "f")
    mrn = c.g.d(7)
    return c.chat("en", "hl7 parse", f"parse this HL7 PID segment into JSON:\nPID|1||{mrn}^^^GENHOSP^MR||{p['family'].upper()}^{p['given'].upper()}||19840612|F",
                  [V("MEDICAL_RECORD", mrn), V("person", f"{p['family'].upper()}^{p['given'].upper()}"), V("DATE_OF_BIRTH", "19840612")])


# ---- dates of birth ---------------------------------------------------------------------

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
}


def _dob(lang, style, fmt, datef, gender=None):
    @pii("date_of_birth")
    def _(c):
        y, m, d = c.g.dob()
        ds = datef(y, m, d)
        p = c.g.person(lang, gender)
        txt = fmt.format(dob=ds, name=p["full"], given=p["given"])
        vals = [V("DATE_OF_BIRTH", ds)]
        if "{name}" in fmt:
            vals.append(V("person", p["full"]))
        if "{given}" in fmt:
            vals.append(V("person", p["given"]))
        return c.chat(lang, style, txt, vals)


_dob("en", "form filling", "fill the community college enrollment form: student {name}, date of birth {dob}", lambda y, m, d: f"{m:02d}/{d:02d}/{y}")
_dob("de", "insurance form", "Antrag Haftpflicht: {name}, geb. {dob}, bitte Anschreiben formulieren", lambda y, m, d: f"{d}.{m}.{y}")
_dob("fr", "cv", "Corrige mon CV : {name}, né le {dob} à Rennes", lambda y, m, d: f"{d} {MONTHS['fr'][m - 1]} {y}", "m")
_dob("es", "consulate", "Necesito una carta para el consulado: {name}, nacida el {dob}", lambda y, m, d: f"{d} de {MONTHS['es'][m - 1]} de {y}", "f")
_dob("ru", "questionnaire", "Анкета: {name}, дата рождения {dob} Проверь, что всё по форме.", lambda y, m, d: f"{d} {MONTHS['ru'][m - 1]} {y} г.")
_dob("ja", "resume", "履歴書の生年月日欄：{dob}生 — 和暦も併記したい。名前は{name}", lambda y, m, d: f"{y}年{m}月{d}日")
_dob("zh", "registration", "报名表：姓名{name}，出生日期{dob}，帮我检查格式", lambda y, m, d: f"{y}年{m:02d}月{d:02d}日")
_dob("en", "terse chat", "my daughter {given} was born {dob}, when does she start kindergarten in Ohio", lambda y, m, d: f"{MONTHS['en'][m - 1]} {d}, 2021", "f")
_dob("ar", "official form", "املأ الطلب: الاسم {name}، تاريخ الميلاد {dob}", lambda y, m, d: f"{d}/{m}/{y}")
_dob("it", "registry", "Certificato per {name}, nato il {dob} a Bari: scrivi la richiesta al Comune", lambda y, m, d: f"{d} {MONTHS['it'][m - 1]} {y}", "m")
_dob("pt", "gym signup", "preenche a ficha: {name}, nascimento {dob}, objetivo emagrecer", lambda y, m, d: f"{d:02d}/{m:02d}/{y}")
_dob("en", "iso json", "why does this fail validation? {{\"name\": \"{name}\", \"dob\": \"{dob}\"}}", lambda y, m, d: f"{y}-{m:02d}-{d:02d}")
_dob("ko", "application", "지원서 생년월일 칸에 {dob} 이렇게 쓰면 돼? 이름은 {name}", lambda y, m, d: f"{y}.{m:02d}.{d:02d}")
_dob("tr", "hospital appointment", "Hastane randevusu: {name}, doğum tarihi {dob}", lambda y, m, d: f"{d:02d}.{m:02d}.{y}")


# ---- home addresses ---------------------------------------------------------------------

ADDR = {
    "us": lambda g: f"{g.rng.randint(100, 9899)} {g.pick(['Maple Ridge Dr', 'W Belmont Ave', 'Sycamore Ln', 'N 7th St', 'Cottonwood Ct'])}, "
                    f"{g.pick(['Apt 4B', 'Unit 12', ''])}".rstrip(", ") + f", {g.pick(['Naperville, IL 60540', 'Boise, ID 83702', 'Tacoma, WA 98405', 'Columbus, OH 43215'])}",
    "uk": lambda g: f"{g.rng.randint(2, 188)} {g.pick(['Elmfield Road', 'Cranbrook Avenue', 'Mill Lane', 'Victoria Terrace'])}, "
                    f"{g.pick(['Leeds LS6 2AF', 'Bristol BS7 8NQ', 'Croydon CR0 6JP', 'Norwich NR2 3DT'])}",
    "de": lambda g: f"{g.pick(['Lindenstraße', 'Am Mühlbach', 'Goethestr.', 'Kastanienallee'])} {g.rng.randint(1, 140)}"
                    f"{g.pick(['', 'a', 'b'])}, {g.pick(['04109 Leipzig', '50667 Köln', '80469 München', '24103 Kiel'])}",
    "fr": lambda g: f"{g.rng.randint(1, 97)} {g.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'impasse du Moulin', 'boulevard Voltaire'])}, "
                    f"{g.pick(['69007 Lyon', '35000 Rennes', '75011 Paris', '13006 Marseille'])}",
    "es": lambda g: f"C/ {g.pick(['Mayor', 'de la Paz', 'Gran Vía', 'San Bernardo'])} {g.rng.randint(1, 120)}, "
                    f"{g.rng.randint(1, 8)}º {g.pick(['A', 'B', 'izq.', 'dcha.'])}, {g.pick(['28013 Madrid', '46001 Valencia', '41003 Sevilla'])}",
    "jp": lambda g: f"〒{g.d(3)}-{g.d(4)} {g.pick(['東京都世田谷区桜新町', '大阪府吹田市千里山西', '福岡県福岡市中央区薬院'])}"
                    f"{g.rng.randint(1, 5)}-{g.rng.randint(1, 30)}-{g.rng.randint(1, 20)} {g.pick(['', 'コーポ桜 203号室', 'メゾン千里 401'])}".rstrip(),
    "br": lambda g: f"Rua {g.pick(['das Acácias', 'Augusta', 'Sete de Setembro'])}, {g.rng.randint(10, 2400)}, apto {g.rng.randint(11, 154)} - "
                    f"{g.pick(['Pinheiros, São Paulo - SP, 05422-010', 'Savassi, Belo Horizonte - MG, 30140-071'])}",
    "ru": lambda g: f"г. {g.pick(['Казань', 'Екатеринбург', 'Москва'])}, ул. {g.pick(['Садовая', 'Ленина', 'Профсоюзная'])}, "
                    f"д. {g.rng.randint(1, 90)}, кв. {g.rng.randint(1, 240)}",
    "in": lambda g: f"Flat {g.rng.randint(101, 904)}, {g.pick(['Sai Krupa Apartments', 'Green Meadows', 'Lakshmi Residency'])}, "
                    f"{g.pick(['Baner Road, Pune 411045', 'HSR Layout, Bengaluru 560102', 'Andheri East, Mumbai 400069'])}",
    "cn": lambda g: f"{g.pick(['北京市朝阳区望京西园', '上海市浦东新区张杨路', '广州市天河区体育西路'])}{g.rng.randint(1, 400)}号"
                    f"{g.rng.randint(1, 30)}栋{g.rng.randint(101, 2404)}室",
    "nl": lambda g: f"{g.pick(['Kerkstraat', 'Prinsengracht', 'Dorpsweg'])} {g.rng.randint(1, 300)}, {g.pick(['1017 GD Amsterdam', '3511 LK Utrecht'])}",
    "it": lambda g: f"Via {g.pick(['Garibaldi', 'dei Mille', 'Roma'])} {g.rng.randint(1, 200)}, {g.pick(['40126 Bologna', '10121 Torino', '80134 Napoli'])}",
    "au": lambda g: f"{g.rng.randint(1, 99)} {g.pick(['Wattle St', 'Banksia Cres', 'Ocean View Rd'])}, {g.pick(['Brunswick VIC 3056', 'Newtown NSW 2042'])}",
    "kr": lambda g: f"서울특별시 {g.pick(['마포구 월드컵북로', '강남구 테헤란로', '송파구 올림픽로'])} {g.rng.randint(1, 400)}, "
                    f"{g.rng.randint(101, 120)}동 {g.rng.randint(101, 1804)}호",
    "ar": lambda g: f"حي {g.pick(['النرجس', 'الياسمين', 'الملقا'])}، شارع {g.pick(['الأمير سلطان', 'التخصصي'])}، فيلا {g.rng.randint(1, 60)}، الرياض",
}


def _addr(lang, cc, style, fmt):
    @pii("home_address")
    def _(c):
        a = ADDR[cc](c.g)
        p = c.g.person(lang)
        txt = fmt.format(addr=a, name=p["full"])
        vals = [V("STREET_ADDRESS", a)] + ([V("person", p["full"])] if "{name}" in fmt else [])
        return c.chat(lang, style, txt, vals)


_addr("en", "us", "shipping label", "format a shipping label:\n{name}\n{addr}")
_addr("en", "uk", "council complaint", "Write to the council about the bins not being collected at my house, {addr}, for three weeks now.")
_addr("de", "de", "moving notice", "Ummeldung: Ab 1. Februar wohne ich hier: {addr}. Schreib eine kurze Mitteilung an meine Bank.")
_addr("fr", "fr", "party invite", "Fais une invitation pour l'anniversaire de ma fille samedi 15h, chez nous au {addr}")
_addr("es", "es", "delivery note", "La dirección de entrega es {addr}, llamar al timbre dos veces. ¿Lo puedes poner en formato de etiqueta?")
_addr("ja", "jp", "new year card", "年賀状の宛名書きを縦書き用に整えて：{addr} {name} 様")
_addr("pt", "br", "marketplace", "corrige o endereço de entrega pro formato dos Correios: {addr}, destinatário {name}")
_addr("ru", "ru", "complaint", "Составь жалобу в управляющую компанию: протекает крыша над моей квартирой по адресу {addr}")
_addr("en", "in", "tenant agreement", "Rental agreement draft: tenant {name}, residing at {addr}. Fill in the parties clause.")
_addr("zh", "cn", "takeout order", "外卖地址帮我改成：{addr}，到了打电话")
_addr("nl", "nl", "neighbor letter", "Schrijf een briefje voor de buren: we geven een feestje zaterdag op {addr}, sorry alvast voor het lawaai")
_addr("ko", "kr", "moving", "이사 견적 요청 문자 써줘. 출발지 {addr}, 도착지는 경기도 성남")
_addr("ar", "ar", "maintenance", "اكتب طلب صيانة للمكيف، العنوان: {addr}")
_addr("it", "it", "condo", "Scrivi all'amministratore di condominio: abito in {addr}, l'ascensore è fermo da una settimana.")


@pii("home_address")
def _(c):
    lat = f"{c.g.rng.uniform(47.3, 47.7):.6f}"
    lon = f"{c.g.rng.uniform(8.4, 8.7):.6f}"
    p = c.g.person("de", "m")
    return c.chat("de", "family chat", f"mein Vater {p['full']} wohnt allein, seine Wohnung ist bei {lat}, {lon} — welcher Pflegedienst ist da in der Nähe?",
                  [V("LOCATION", f"{lat}, {lon}"), V("person", p["full"])])


# ---- ip addresses tied to a person ------------------------------------------------------

def pub_ip(g) -> str:
    return f"{g.pick([24, 31, 37, 46, 62, 77, 79, 81, 84, 86, 88, 91, 92, 95, 109, 151, 176, 178, 188, 212, 217])}." \
           f"{g.rng.randint(1, 254)}.{g.rng.randint(1, 254)}.{g.rng.randint(2, 254)}"


def pub_ip6(g) -> str:
    return g.pick(["2a02:8109", "2003:e4", "2a01:cb1d", "2600:1700"]) + ":" + ":".join(
        f"{g.rng.randint(0, 65535):x}" for _ in range(6))


def _ip(lang, style, fmt, v6=False, gender=None):
    @pii("ip_address")
    def _(c):
        ip = pub_ip6(c.g) if v6 else pub_ip(c.g)
        p = c.g.person(lang, gender)
        txt = fmt.format(ip=ip, name=p["full"], user=ascii_fold(p["given"])[0] + ascii_fold(p["family"].split()[0]))
        vals = [V("IP_ADDRESS", ip)] + ([V("person", p["full"])] if "{name}" in fmt else [])
        if "{user}" in fmt:
            vals.append(V("person", ascii_fold(p["given"])[0] + ascii_fold(p["family"].split()[0])))
        return c.chat(lang, style, txt, vals)


_ip("en", "support ticket", "Customer {name} says she's locked out after 5 failed logins. Her IP is {ip}. Draft the reply and tell me how to unblock just her.", gender="f")
_ip("en", "log paste", "why did this user get banned?\nNov 12 03:14:07 web1 sshd[2211]: Failed password for {user} from {ip} port 51122 ssh2\n"
    "Nov 12 03:14:09 web1 fail2ban.actions: NOTICE [sshd] Ban {ip}")
_ip("en", "terse chat", "my home ip is {ip}, can a website find my street address from that?")
_ip("de", "isp ticket", "Kundenanfrage: Herr {name} (Kundennr. 55-{user}) meldet Abbrüche, seine öffentliche IP {ip}. Bitte Antwort formulieren.", gender="m")
_ip("fr", "abuse report", "Rédige une réponse à la plainte : l'abonné {name} est identifié par l'adresse IP {ip} le 3 mars à 22h14.")
_ip("es", "game ban", "el jugador {user} (IP {ip}) hace trampas en mi servidor de minecraft, cómo lo baneo por ip?")
_ip("ja", "router question", "自宅のグローバルIPが {ip} なんですが、固定IPかどうかどうやって調べますか？")
_ip("zh", "audit log", "用户{name}上周从 {ip} 登录了后台，帮我写一份安全审计说明")
_ip("en", "gdpr request", "Summarize this data subject access export for the customer:\nname: {name}\nlast_login_ip: {ip}\nsignup_ip: {ip}", v6=False)
_ip("en", "router ipv6", "my router shows my laptop's address as {ip}, is that something I should keep private?", v6=True)
_ip("pt", "forum moderation", "o usuário {user} voltou com outra conta, mesmo IP {ip}. escreve um aviso de banimento")
_ip("ru", "hosting ticket", "Клиент {name} просит снять блокировку с адреса {ip}, составь ответ", v6=True)


# ---- obfuscated forms -------------------------------------------------------------------

EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DE_DIG = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _obf_email(lang, style, fmt, mk):
    @pii("obfuscated")
    def _(c):
        p = c.g.person(lang)
        g_, f_ = ascii_fold(p["given"]), ascii_fold(p["family"].split()[0])
        s = mk(g_, f_)
        return c.chat(lang, style, fmt.format(e=s), [V("email", s, "obf")])


_obf_email("en", "forum post", "dm me or email {e} (spam bots, figure it out)", lambda a, b: f"{a} dot {b} at gmail dot com")
_obf_email("en", "reddit comment", "contact: {e}", lambda a, b: f"{a}.{b} [at] outlook [dot] com")
_obf_email("de", "impressum draft", "Prüf mal mein privates Blog-Impressum, Kontakt: {e}", lambda a, b: f"{a[0]}.{b}(at)web(punkt)de")
_obf_email("fr", "forum post", "écrivez-moi à {e} pour le covoiturage", lambda a, b: f"{a}.{b} arobase orange point fr")
_obf_email("es", "dictation", "mandame la foto a {e} porfa", lambda a, b: f"{a} punto {b} arroba gmail punto com")
_obf_email("pl", "forum post", "pisz na {e}", lambda a, b: f"{a}.{b} małpa wp kropka pl")
_obf_email("ru", "forum post", "пишите на почту {e}", lambda a, b: f"{a}.{b} собака yandex точка ru")
_obf_email("it", "dictation", "il mio indirizzo è {e}", lambda a, b: f"{a} punto {b} chiocciola libero punto it")
_obf_email("zh", "forum post", "有需要的联系我 {e}（#换成@）", lambda a, b: f"{a}{b}#qq.com")
_obf_email("ja", "form filling", "連絡先：{e}（全角＠のまま）", lambda a, b: f"{b}.{a}＠docomo.ne.jp")


@pii("obfuscated")
def _(c):
    ph = c.g.phone("us").translate(str.maketrans("", "", "()+.- "))[-10:]
    sp = " ".join(EN_DIG[int(x)] for x in ph)
    return c.chat("en", "voice dictation", f"text jake that my new number is {sp} and to save it", [V("phone", sp, None)])


@pii("obfuscated")
def _(c):
    ph = "01" + c.g.pick(["51", "71", "76"]) + c.g.d(7)
    sp = " ".join(DE_DIG[int(x)] for x in ph)
    return c.chat("de", "voice dictation", f"schreib oma dass sie mich unter {sp} erreicht", [V("phone", sp)])


@pii("obfuscated")
def _(c):
    dg = c.g.card_digits("visa")
    sp = " ".join(dg)
    return c.chat("en", "support chat", f"the digits on my card are {sp} — why does the form say invalid",
                  [V("credit_card", sp, None, dg)])


@pii("obfuscated")
def _(c):
    ph = c.g.phone("jp")
    ph = "090-" + c.g.d(4) + "-" + c.g.d(4)
    fw = ph.translate(FW)
    return c.chat("ja", "form filling", f"電話番号欄が全角だとエラーになります：{fw} を半角に直してください", [V("phone", fw)])


@pii("obfuscated")
def _(c):
    s = c.g.ssn().replace("-", "")
    sp = f"{s[0]} {s[1]} {s[2]} . {s[3]} {s[4]} . {s[5]} {s[6]} {s[7]} {s[8]}"
    return c.chat("en", "chat evasive", f"not gonna type it normally lol, ssn is {sp}", [V("ssn", sp)])


@pii("obfuscated")
def _(c):
    ib = c.g.iban("DE")
    split = ib[:4] + "-" + ib[4:8] + "-" + ib[8:12] + "\n" + ib[12:16] + "-" + ib[16:20] + "-" + ib[20:]
    return c.chat("de", "chat evasive", f"meine IBAN in Stücken, damit der Filter sie nicht frisst:\n{split}",
                  [V("iban", ib[:4] + "-" + ib[4:8] + "-" + ib[8:12], None, ib), V("iban", ib[16:20] + "-" + ib[20:], None, ib)])


@pii("obfuscated")
def _(c):
    dg = c.g.card_digits("mc")
    s = f"{dg[:4]}.{dg[4:8]}.{dg[8:12]}.{dg[12:]}".translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return c.chat("zh", "payment issue", f"我的卡号是 {s}，为什么总提示格式错误？", [V("credit_card", s, None, dg)])


# ---- PII in fields other than the user message ------------------------------------------

@pii("request_field")
def _(c):
    p = c.g.person("en")
    e = c.g.email(p)
    r = c.chat("en", "api user field", "Summarize the attached return policy in three bullets.", [V("email", e)],
               extra={"user": e})
    return r


@pii("request_field")
def _(c):
    p = c.g.person("de")
    ph = c.g.phone("de")
    return c.chat("de", "api metadata", "Schreibe eine kurze Bestellbestätigung für zwei Pakete Kaffee.",
                  [V("person", p["full"]), V("phone", ph)], extra={"store": True, "metadata": {
                      "customer_name": p["full"], "customer_phone": ph, "order": "A-20931"}})


@pii("request_field")
def _(c):
    names = [c.g.person("en")["full"] for _ in range(3)]
    tools = [{"type": "function", "function": {
        "name": "assign_ticket", "description": "Assign a helpdesk ticket to an agent.",
        "parameters": {"type": "object", "properties": {
            "ticket_id": {"type": "string"},
            "assignee": {"type": "string", "enum": names, "description": "Agent full name"}},
            "required": ["ticket_id", "assignee"]}}}]
    return c.chat("en", "tool schema enum", "Ticket HD-4410 is about VPN drops, give it to whoever handles networking.",
                  [V("person", n) for n in names], extra={"tools": tools, "tool_choice": "auto"})


@pii("request_field")
def _(c):
    p = c.g.person("fr")
    e = c.g.email(p, "free.fr")
    tools = [{"type": "function", "function": {
        "name": "send_report", "description": f"Envoie le rapport hebdomadaire. Destinataire par défaut : {e}.",
        "parameters": {"type": "object", "properties": {
            "to": {"type": "string", "default": e}, "body": {"type": "string"}}, "required": ["body"]}}}]
    return c.chat("fr", "tool schema default", "Envoie le rapport de la semaine avec les ventes en hausse de 4 %.",
                  [V("email", e)], extra={"tools": tools})


@pii("request_field")
def _(c):
    ib = c.g.iban("NL")
    schema = {"type": "json_schema", "json_schema": {"name": "invoice", "strict": True, "schema": {
        "type": "object", "properties": {
            "amount": {"type": "number"},
            "pay_to": {"type": "string", "description": f"always the IBAN of the freelancer: {ib}"}},
        "required": ["amount", "pay_to"], "additionalProperties": False}}}
    return c.chat("en", "structured output", "Extract the invoice: 'Design work, 12 hours at 65 euro'.",
                  [V("iban", ib)], extra={"response_format": schema})


@pii("request_field")
def _(c):
    a, b = c.g.person("en"), c.g.person("en")
    tr = f"{a['given']}: hey did you get the keys?\n{b['given']}: yes, left them under the mat\n{a['given']}:"
    return c.chat("en", "transcript continuation", "Continue this chat between my roommates " + f"{a['full']} and {b['full']} for one more line:\n" + tr,
                  [V("person", a["full"]), V("person", f"\n{b['given']}:")],
                  extra={"stop": [f"\n{b['given']}:", f"\n{b['full']}:"]})


@pii("request_field")
def _(c):
    p = c.g.person("en")
    e = c.g.email(p)
    pred = f"Dear {p['full']},\n\nThank you for your order. A receipt was sent to {e}.\n"
    return c.chat("en", "predicted output", "Rewrite this letter so it says the order ships Monday instead of Friday.",
                  [V("email", e), V("person", p["full"])], extra={"prediction": {"type": "content", "content": pred}},
                  model="gpt-4o")


@pii("request_field")
def _(c):
    p = c.g.person("sv")
    nm = f"{ascii_fold(p['given'])}_{ascii_fold(p['family'])}"
    return {**c.chat("sv", "message name field", None, [V("person", nm)], messages=[
        {"role": "user", "name": nm, "content": "Kan du föreslå tre middagsrätter utan gluten?"}])}


@pii("request_field")
def _(c):
    p = c.g.person("de")
    e = c.g.email(p, "web.de", 0)
    enc = e.replace("@", "%40")
    url = f"https://uploads.kleinkram-cdn.net/scans/rechnung-2291.jpg?owner={enc}&sig=9f2c1ab0"
    return c.chat("de", "image url", None, [V("email", enc, "encoded")], messages=[{"role": "user", "content": [
        {"type": "text", "text": "Was ist der Gesamtbetrag auf dieser Rechnung?"},
        {"type": "image_url", "image_url": {"url": url, "detail": "low"}}]}])


@pii("request_field")
def _(c):
    p = c.g.person("en")
    dg = c.g.card_digits("visa")
    args = json.dumps({"customer": p["full"], "card_number": dg, "amount": 49.0}, ensure_ascii=False)
    msgs = [{"role": "user", "content": "charge the monthly plan"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7Qh2", "type": "function",
             "function": {"name": "charge_card", "arguments": args}}]},
            {"role": "tool", "tool_call_id": "call_7Qh2", "content": "{\"status\": \"declined\", \"code\": \"do_not_honor\"}"}]
    return c.chat("en", "tool call args", "what should I tell the customer?", [V("credit_card", dg, None, dg), V("person", p["full"])],
                  messages=msgs)


@pii("request_field")
def _(c):
    p = c.g.person("es")
    ph = c.g.phone("es")
    a = ADDR["es"](c.g)
    rec = json.dumps({"id": 88123, "nombre": p["full"], "telefono": ph, "direccion": a}, ensure_ascii=False)
    msgs = [{"role": "user", "content": "¿Dónde vive el cliente 88123?"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_a1", "type": "function",
             "function": {"name": "buscar_cliente", "arguments": "{\"id\": 88123}"}}]},
            {"role": "tool", "tool_call_id": "call_a1", "content": rec}]
    return c.chat("es", "tool result", None, [V("person", p["full"]), V("phone", ph), V("STREET_ADDRESS", a)], messages=msgs)


@pii("request_field")
def _(c):
    p = c.g.person("en")
    s = c.g.ssn()
    prompt = f"W-2 Wage and Tax Statement\nEmployee: {p['full']}\nEmployee SSN: {s}\nBox 1 wages: 48,210.55\n\nSummary of the form above:"
    return c.comp("en", "completions prompt", prompt, [V("person", p["full"]), V("ssn", s, "ssn")])


@pii("request_field")
def _(c):
    p = c.g.person("it")
    ph = c.g.phone("it")
    prompt = f"Lettera di presentazione\n\nMi chiamo {p['full']} e sono disponibile al numero {ph}.\n"
    return c.comp("it", "completions prompt", prompt, [V("person", p["full"]), V("phone", ph)],
                  extra={"stop": ["\n\n", p["family"]], "user": ascii_fold(p["given"]) + "-" + c.g.d(4)})


@pii("request_field")
def _(c):
    p = c.g.person("nl")
    ib = c.g.iban("NL")
    return c.chat("nl", "unknown top-level field", "Schrijf een herinnering voor een openstaande factuur van 120 euro.",
                  [V("person", p["full"]), V("iban", ib)], extra={"context": {"account_holder": p["full"], "iban": ib}})


@pii("request_field")
def _(c):
    p = c.g.person("pt")
    e = c.g.email(p, "gmail.com")
    return c.chat("pt", "extra message key", None, [V("email", e)], messages=[
        {"role": "user", "content": "Me dá três ideias de presente para o dia dos pais.", "metadata": {"from": e}}])


@pii("request_field")
def _(c):
    p = c.g.person("de")
    fn = f"Lebenslauf_{p['given']}_{p['family']}.pdf"
    return c.chat("de", "file part", None, [V("person", f"{p['given']}_{p['family']}")], messages=[{"role": "user", "content": [
        {"type": "text", "text": "Fasse den Lebenslauf in fünf Stichpunkten zusammen."},
        {"type": "file", "file": {"filename": fn, "file_data": "data:application/pdf;base64,JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K"}}]}])


@pii("request_field")
def _(c):
    p = c.g.person("en")
    ph = c.g.phone("us")
    sysmsg = (f"You are the concierge bot for Harbor Point Residences. You are talking to resident {p['full']} (unit 7C, "
              f"cell {ph}). Be warm and brief.")
    return c.chat("en", "system prompt context", "is the gym open on thanksgiving?", [V("person", p["full"]), V("phone", ph)],
                  messages=[{"role": "developer", "content": sysmsg}])


@pii("request_field")
def _(c):
    emails = [c.g.email(c.g.person(l)) for l in ("en", "de", "fr")]
    schema = {"type": "json_schema", "json_schema": {"name": "route", "schema": {"type": "object", "properties": {
        "forward_to": {"type": "string", "enum": emails}}, "required": ["forward_to"]}}}
    return c.chat("en", "response_format enum", "Which of our on-call people should get this alert: 'disk 91% on db-2'?",
                  [V("email", e) for e in emails], extra={"response_format": schema})


@pii("request_field")
def _(c):
    p = c.g.person("ja")
    ph = c.g.phone("jp")
    tools = [{"type": "function", "function": {"name": "notify_family", "description": f"緊急時に家族（{p['full']}、{ph}）へSMSを送る",
                                               "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}}]
    return c.chat("ja", "tool description", "今日の服薬リマインダーを設定して", [V("person", p["full"]), V("phone", ph)],
                  extra={"tools": tools, "tool_choice": {"type": "function", "function": {"name": "notify_family"}}})


# ---- PII only in an earlier turn --------------------------------------------------------

def _earlier(lang, style, first, reply, last, mk):
    @pii("earlier_turn")
    def _(c):
        txt, vals = mk(c)
        msgs = [{"role": "user", "content": first.format(v=txt)}, {"role": "assistant", "content": reply}]
        return c.chat(lang, style, last, vals, messages=msgs, system=c.g.rng.random() < 0.3)


def _mk_email(lang):
    def f(c):
        e = c.g.email(c.g.person(lang))
        return e, [V("email", e)]
    return f


def _mk_phone(kind):
    def f(c):
        p = c.g.phone(kind)
        return p, [V("phone", p)]
    return f


def _mk_nid(kind, label="NATIONAL_ID"):
    def f(c):
        v = c.g.nid(kind)
        return v, [V(label, v, kind)]
    return f


def _mk_card(c):
    dg = c.g.card_digits("mc")
    s = c.g.card_fmt(dg)
    return s, [V("credit_card", s, None, dg)]


def _mk_addr(cc, lang):
    def f(c):
        a = ADDR[cc](c.g)
        return a, [V("STREET_ADDRESS", a)]
    return f


_earlier("en", "multi-turn support", "hi, my account email is {v} and I can't reset my password",
         "Sorry about that! I've noted your email. Did you receive any reset link at all?", "nope nothing. also can you explain what 2FA is while we wait?", _mk_email("en"))
_earlier("de", "multi-turn", "Meine Handynummer ist {v}, bitte für Rückfragen notieren.", "Notiert. Wie kann ich sonst helfen?",
         "Erklär mir kurz den Unterschied zwischen Festgeld und Tagesgeld.", _mk_phone("de"))
_earlier("fr", "multi-turn", "Voici mon numéro de sécu : {v}. Je dois remplir un formulaire de mutuelle.", "D'accord. Quel formulaire exactement ?",
         "Laisse tomber, dis-moi plutôt ce qu'est le tiers payant.", _mk_nid("fr_nir"))
_earlier("en", "multi-turn shopping", "use my card {v} for the order", "I can't process payments directly, but I can help you with the order details.",
         "ok then just compare these two blenders for me: 1200W vs 900W", _mk_card)
_earlier("es", "multi-turn", "vivo en {v}, ¿hay algún gimnasio cerca?", "No tengo acceso a mapas en tiempo real, pero puedo darte consejos para buscar.",
         "vale, ¿y qué rutina me recomiendas para empezar?", _mk_addr("es", "es"))
_earlier("ja", "multi-turn", "私のマイナンバーは {v} です。年末調整の書類に書く場所はどこ？", "扶養控除等申告書の所定欄に記入します。",
         "ありがとう。ところで医療費控除の対象になるものを教えて。", _mk_nid("jp_mynumber"))
_earlier("pt", "multi-turn", "meu CPF é {v}, consegue ver se tenho restituição?", "Não tenho acesso à Receita Federal, mas posso explicar como consultar.",
         "explica então como funciona a declaração simplificada", _mk_nid("br_cpf", "TAX_ID"))
_earlier("ru", "multi-turn", "Мой номер {v}, перезвоните мне", "Я не могу звонить, но помогу здесь.", "Тогда объясни, как вернуть товар надлежащего качества.",
         _mk_phone("ru"))
_earlier("en", "multi-turn hr", "for context my employee id card also shows my SSN {v}, is that legal?",
         "Many states restrict printing full SSNs on ID cards. Which state are you in?", "Texas. also how many PTO days is typical?",
         lambda c: (lambda s: (s, [V("ssn", s, "ssn")]))(c.g.ssn()))
_earlier("ko", "multi-turn", "제 주소는 {v}인데 분리수거 요일 알려줘", "지역마다 달라서 구청 홈페이지를 확인하는 게 좋아요.",
         "알겠어. 그럼 음식물 쓰레기 줄이는 팁 알려줘", _mk_addr("kr", "ko"))
_earlier("it", "multi-turn", "Il mio IBAN è {v}, è corretto per ricevere lo stipendio?", "Il formato sembra italiano. Vuoi che controlli altro?",
         "No, dimmi solo come si calcola il TFR.", lambda c: (lambda ib: (ib, [V("iban", ib)]))(c.g.iban("IT")))
_earlier("ar", "multi-turn", "بريدي الإلكتروني {v}، أرسل لي الملخص عليه", "لا أستطيع إرسال بريد، لكن يمكنني كتابة الملخص هنا.",
         "حسناً، لخص لي فوائد المشي اليومي.", _mk_email("ar"))


# ---- several kinds of PII in one record -------------------------------------------------

@pii("mixed")
def _(c):
    p = c.g.person("en")
    a, ph, e = ADDR["us"](c.g), c.g.phone("us"), c.g.email(p)
    return c.chat("en", "shipping form", f"Ship to:\n{p['full']}\n{a}\nPhone: {ph}\nEmail: {e}\n\nIs this address format ok for FedEx?",
                  [V("person", p["full"]), V("STREET_ADDRESS", a), V("phone", ph), V("email", e)])


@pii("mixed")
def _(c):
    p = c.g.person("de")
    ib, y = c.g.iban("DE"), c.g.dob()
    dob = f"{y[2]:02d}.{y[1]:02d}.{y[0]}"
    return c.chat("de", "bank change form", f"Änderung der Bankverbindung\nName: {p['full']}\nGeburtsdatum: {dob}\nNeue IBAN: {c.g.spaced(ib)}\nBitte als Brief an die Rentenkasse formulieren.",
                  [V("person", p["full"]), V("DATE_OF_BIRTH", dob), V("iban", c.g.spaced(ib), None, ib)])


@pii("mixed")
def _(c):
    p = c.g.person("en")
    y = c.g.dob()
    dob = f"{y[1]}/{y[2]}/{y[0]}"
    m, mrn = c.g.mbi(), c.g.d(8)
    return c.chat("en", "medical intake", f"Intake summary please.\nName: {p['full']}  DOB: {dob}\nMRN {mrn}  Medicare {m}\nHx: T2DM, HTN. Meds: metformin 500 BID, lisinopril 10.",
                  [V("person", p["full"]), V("DATE_OF_BIRTH", dob), V("MEDICAL_RECORD", mrn), V("HEALTH_INSURANCE", m)], ents_extra=["HEALTH_CONDITION"])


@pii("mixed")
def _(c):
    p = c.g.person("en")
    s, a, ph = c.g.ssn(), ADDR["us"](c.g), c.g.phone("us_ext")
    return c.chat("en", "hr record", f"employee record to import:\nname={p['full']}\nssn={s}\naddr={a}\nwork_phone={ph}\nconvert to a JSON object",
                  [V("person", p["full"]), V("ssn", s, "ssn"), V("STREET_ADDRESS", a), V("phone", ph)])


@pii("mixed")
def _(c):
    p = c.g.person("ja")
    a, ph, e = ADDR["jp"](c.g), c.g.phone("jp"), c.g.email(p, "ezweb.ne.jp")
    return c.chat("ja", "registration form", f"会員登録内容の確認：\n氏名：{p['full']}\n住所：{a}\n電話：{ph}\nメール：{e}\n誤字があれば指摘して",
                  [V("person", p["full"]), V("STREET_ADDRESS", a), V("phone", ph), V("email", e)])


@pii("mixed")
def _(c):
    p = c.g.person("fr")
    nir, ib = c.g.nid("fr_nir"), c.g.iban("FR")
    return c.chat("fr", "caf form", f"Dossier CAF de {p['full']} : NIR {nir}, IBAN {c.g.spaced(ib)}. Rédige la lettre d'accompagnement.",
                  [V("person", p["full"]), V("NATIONAL_ID", nir, "fr_nir"), V("iban", c.g.spaced(ib), None, ib)])


@pii("mixed")
def _(c):
    p = c.g.person("hi")
    aad, ph = c.g.nid("in_aadhaar"), c.g.phone("in")
    return c.chat("hi", "kyc form", f"KYC फॉर्म: नाम {p['full']}, आधार {aad}, मोबाइल {ph}, पता: {ADDR['in'](c.g)}",
                  [V("person", p["full"]), V("NATIONAL_ID", aad, "in_aadhaar"), V("phone", ph)], ents_extra=["STREET_ADDRESS"])


@pii("mixed")
def _(c):
    p = c.g.person("en")
    dg = c.g.card_digits("amex")
    e = c.g.email(p)
    pp = c.g.d(9, True)
    return c.chat("en", "travel booking", f"Book 2 nights at the Marriott downtown. Guest: {p['full']}, {e}. Passport {pp}. Card: amex {dg}",
                  [V("person", p["full"]), V("email", e), V("PASSPORT", pp), V("credit_card", dg, None, dg)])


@pii("mixed")
def _(c):
    p = c.g.person("zh")
    ric, ph = c.g.nid("cn_ric"), c.g.phone("cn")
    return c.chat("zh", "rental contract", f"租房合同乙方信息：{p['full']}，身份证{ric}，手机{ph}，住址{ADDR['cn'](c.g)}。帮我把格式统一一下。",
                  [V("person", p["full"]), V("NATIONAL_ID", ric, "cn_ric"), V("phone", ph)], ents_extra=["STREET_ADDRESS"])


@pii("mixed")
def _(c):
    p = c.g.person("es")
    dni, e, ph = c.g.nid("es_dni"), c.g.email(p, "yahoo.es"), c.g.phone("es")
    return c.chat("es", "gym contract", f"Datos del socio: {p['full']} · DNI {dni} · {e} · móvil {ph}. Redacta el email de bienvenida sin repetir el DNI.",
                  [V("person", p["full"]), V("NATIONAL_ID", dni, "es_dni"), V("email", e), V("phone", ph)])


@pii("mixed")
def _(c):
    p = c.g.person("ko")
    rrn, ph = c.g.nid("kr_rrn"), c.g.phone("kr")
    return c.chat("ko", "delivery form", f"받는 사람 {p['full']}, 연락처 {ph}, 주민번호 {rrn} (통관용). 이거 해외직구 통관번호 대신 써도 돼?",
                  [V("person", p["full"]), V("phone", ph), V("NATIONAL_ID", rrn, "kr_rrn")])


@pii("mixed")
def _(c):
    p = c.g.person("tr")
    tc, ib, ph = c.g.nid("tr_tc"), c.g.iban("TR"), c.g.phone("tr")
    return c.chat("tr", "rental deposit", f"Depozito iadesi dilekçesi: {p['full']}, TC {tc}, IBAN {ib}, tel {ph}",
                  [V("person", p["full"]), V("NATIONAL_ID", tc, "tr_tc"), V("iban", ib), V("phone", ph)])


# ---- PII as one line of a long document -------------------------------------------------

def hexs(g, n):
    return "".join(g.pick("0123456789abcdef") for _ in range(n))


def uuid_s(g):
    h = hexs(g, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{g.pick('89ab')}{h[17:20]}-{h[20:]}"


def log_lines(g, n, start_h=9):
    svcs = ["api-gateway", "billing-worker", "search", "auth", "scheduler", "cdn-edge"]
    msgs = ["GET /v2/items?page={p} 200 {ms}ms", "cache miss key=sku:{k}", "job {j} finished in {ms}ms",
            "retrying upstream call attempt={a}", "POST /v2/cart 201 {ms}ms", "gc pause {ms}ms heap=1.{a}G",
            "healthcheck ok build={b}", "slow query {ms}ms table=orders", "rate limit bucket refill tokens={a}0",
            "trace_id={t} span=render"]
    out = []
    for i in range(n):
        t = f"2025-11-0{g.rng.randint(1, 9)}T{start_h + i * 3 // n:02d}:{g.rng.randint(0, 59):02d}:{g.rng.randint(0, 59):02d}.{g.d(3)}Z"
        m = g.pick(msgs).format(p=g.rng.randint(1, 40), ms=g.rng.randint(3, 900), k=g.d(6), j=uuid_s(g),
                                a=g.rng.randint(1, 5), b=hexs(g, 7), t=hexs(g, 16))
        out.append(f"{t} {g.pick(['INFO', 'INFO', 'DEBUG', 'WARN'])} [{g.pick(svcs)}] {m}")
    return out


@pii("long_document")
def _(c):
    lines = log_lines(c.g, 60)
    p = c.g.person("en")
    e = c.g.email(p)
    lines.insert(c.g.rng.randint(10, 50), f"2025-11-04T10:41:07.221Z WARN [auth] password reset requested email={e} ip={pub_ip(c.g)}")
    return c.chat("en", "log paste", "which service is the noisiest in this log?\n```\n" + "\n".join(lines) + "\n```", [V("email", e)],
                  ents_extra=["IP_ADDRESS"])


@pii("long_document")
def _(c):
    rows = ["sku,name,qty,unit_price,warehouse"]
    for _ in range(45):
        rows.append(f"{c.g.pick(['TS', 'KB', 'MX'])}-{c.g.d(5)},{c.g.pick(['USB-C cable 2m', 'Desk lamp', 'Notebook A5', 'Mouse pad XL', 'HDMI adapter'])},"
                    f"{c.g.rng.randint(1, 400)},{c.g.rng.randint(1, 90)}.{c.g.d(2)},{c.g.pick(['FRA1', 'RTM2', 'WAW1'])}")
    p = c.g.person("pl")
    ph = c.g.phone("pl")
    rows.insert(30, f"NOTE,callback requested by {p['full']} {ph},,,")
    return c.chat("en", "csv paste", "total quantity per warehouse please:\n" + "\n".join(rows), [V("person", p["full"]), V("phone", ph)])


@pii("long_document")
def _(c):
    p, q = c.g.person("en", "f"), c.g.person("en")
    thread = [f"On Mon, Nov 3, {q['given']} wrote:",
              "> Team, the Q4 offsite venue is confirmed. Agenda below.", "> 09:00 coffee", "> 09:30 roadmap review",
              "> 11:00 breakout sessions (rooms A-C)", "> 12:30 lunch", "> 14:00 hiring plan", "> 16:00 wrap-up",
              "", "Thanks! A few notes:", "- can we move hiring to the morning?", "- remote folks need a dial-in link",
              f"- {p['full']} from accounting needs a ground-floor room after her knee surgery", "- vegetarian lunch options please",
              "", "Also the projector in room B was flaky last time."]
    body = "\n".join(thread * 1) + "\n" + "\n".join(f"> previous note {i}: logistics item {i} confirmed" for i in range(1, 25))
    return c.chat("en", "email thread", "Summarize the action items in this thread:\n\n" + body, [V("person", p["full"])],
                  ents_extra=["HEALTH_CONDITION"])


@pii("long_document")
def _(c):
    p = c.g.person("de")
    ib = c.g.iban("DE")
    lines = ["# config/prod.yaml", "server:", "  port: 8443", "  workers: 8", "  keepalive_s: 75", "database:",
             "  host: db-primary.internal", "  pool_size: 20", "  timeout_ms: 3000", "cache:", "  ttl_s: 600", "  max_entries: 50000",
             "billing:", "  currency: EUR", "  vat_rate: 0.19", f"  # Testüberweisung ging an {p['full']}, IBAN {ib} -- TODO entfernen",
             "  retry: 3", "features:", "  new_checkout: true", "  dark_mode: false", "logging:", "  level: info", "  format: json"]
    return c.chat("de", "yaml review", "Warum startet der Dienst mit dieser Konfiguration nicht? Port schon belegt?\n" + "\n".join(lines * 2),
                  [V("person", p["full"]), V("iban", ib)])


@pii("long_document")
def _(c):
    p = c.g.person("en")
    turns = []
    for i in range(20):
        turns.append(f"[00:{i * 2:02d}:{c.g.rng.randint(10, 59)}] Agent: " + c.g.pick(
            ["Let me check that for you.", "Can you confirm the model number?", "I see the warranty is active.",
             "I'll escalate this to tier two.", "Is the light blinking orange or red?"]))
        turns.append(f"[00:{i * 2 + 1:02d}:{c.g.rng.randint(10, 59)}] Caller: " + c.g.pick(
            ["It's the X200.", "Orange, every two seconds.", "Yes, bought it in March.", "I already tried unplugging it.", "Okay."]))
    ccd = c.g.card_digits("visa")
    turns.insert(23, f"[00:22:58] Caller: My name's {p['full']}, and the card on file should be {c.g.card_fmt(ccd)}.")
    return c.chat("en", "call transcript", "Classify the caller's issue (hardware/software/billing) from this transcript:\n" + "\n".join(turns),
                  [V("person", p["full"]), V("credit_card", c.g.card_fmt(ccd), None, ccd)])


@pii("long_document")
def _(c):
    stmts = []
    for i in range(30):
        stmts.append(f"INSERT INTO orders (id, sku, qty, total_cents, created_at) VALUES ({4100 + i}, 'SKU-{c.g.d(5)}', {c.g.rng.randint(1, 9)}, "
                     f"{c.g.rng.randint(500, 90000)}, '2025-10-{c.g.rng.randint(10, 28)} 1{c.g.rng.randint(0, 9)}:{c.g.d(2)}:00');")
    p = c.g.person("en")
    s = c.g.ssn()
    stmts.insert(17, f"INSERT INTO customers (id, full_name, ssn) VALUES (902, '{p['full']}', '{s}');")
    return c.chat("en", "sql dump", "Will this dump import into Postgres 16 cleanly?\n" + "\n".join(stmts), [V("person", p["full"]), V("ssn", s, "ssn")])


@pii("long_document")
def _(c):
    p = c.g.person("fr", "f")
    ph = c.g.phone("fr")
    paras = ["Compte rendu du conseil de quartier du 6 novembre.", "1. Travaux de voirie rue principale : fin prévue en janvier.",
             "2. Marché de Noël : 24 stands, inscriptions closes.", "3. Sécurité aux abords de l'école : un radar pédagogique sera installé.",
             "4. Jardins partagés : 12 parcelles disponibles au printemps.",
             f"5. Pour les parcelles, contacter la bénévole responsable, {p['full']}, au {ph}.",
             "6. Éclairage public : remplacement par des LED d'ici l'été.", "7. Prochaine réunion : 4 décembre, salle polyvalente."]
    txt = "\n".join(paras) + "\n" + "\n".join(f"Point divers {i} : adopté à l'unanimité." for i in range(1, 20))
    return c.chat("fr", "meeting minutes", "Fais un résumé en 3 lignes de ce compte rendu :\n" + txt, [V("person", p["full"]), V("phone", ph)])


@pii("long_document")
def _(c):
    events = []
    p = c.g.person("en")
    ip = pub_ip(c.g)
    for i in range(35):
        events.append(json.dumps({"ts": 1762250000 + i * 37, "event": c.g.pick(["page_view", "add_to_cart", "search", "scroll"]),
                                  "session": hexs(c.g, 12), "path": c.g.pick(["/", "/shop", "/shop/lamps", "/cart"])}))
    events.insert(21, json.dumps({"ts": 1762250777, "event": "login", "user": p["full"], "ip": ip}))
    return c.chat("en", "jsonl events", "Count events by type:\n" + "\n".join(events), [V("person", p["full"]), V("IP_ADDRESS", ip)])


@pii("long_document")
def _(c):
    p = c.g.person("ru")
    pp = f"{c.g.d(2)} {c.g.d(2)} {c.g.d(6)}"
    lines = [f"{i}. Позиция {i}: {c.g.pick(['стулья', 'столы', 'проектор', 'кабели', 'бумага'])} — {c.g.rng.randint(1, 30)} шт." for i in range(1, 40)]
    lines.insert(25, f"Ответственный за получение: {p['full']}, паспорт {pp}")
    return c.chat("ru", "inventory list", "Сколько всего позиций в этом списке?\n" + "\n".join(lines), [V("person", p["full"]), V("PASSPORT", pp)])


@pii("long_document")
def _(c):
    p = c.g.person("ja")
    e = c.g.email(p, "gmail.com")
    body = "\n".join(f"第{i}条 本規約は、利用者がサービスを利用する際の条件を定めるものとします。" for i in range(1, 30))
    body += f"\n\n本件に関する問い合わせ先：担当 {p['full']}（{e}）"
    return c.chat("ja", "terms document", "この規約の条文はいくつありますか？\n" + body, [V("person", p["full"]), V("email", e)])


@pii("long_document")
def _(c):
    p = c.g.person("en")
    dob = f"{c.g.rng.randint(1, 12)}/{c.g.rng.randint(1, 28)}/{c.g.rng.randint(1950, 1999)}"
    lines = [f"{c.g.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {c.g.rng.randint(8, 17)}:00  slot {i}  {c.g.pick(['open', 'booked', 'blocked'])}" for i in range(50)]
    lines.insert(33, f"Thu 14:00  slot 33  booked - {p['full']} (DOB {dob}) follow-up, knee")
    return c.chat("en", "schedule paste", "how many open slots are there this week?\n" + "\n".join(lines),
                  [V("person", p["full"]), V("DATE_OF_BIRTH", dob)], ents_extra=["HEALTH_CONDITION"])


@pii("long_document")
def _(c):
    p = c.g.person("zh")
    ph = c.g.phone("cn")
    lines = [f"{i:02d}. 会议记录：讨论了第{i}项议题，结论为继续推进。" for i in range(1, 36)]
    lines.insert(18, f"18b. 家长联系人：{p['full']}，电话 {ph}")
    return c.chat("zh", "meeting minutes", "把这份记录的议题数量告诉我：\n" + "\n".join(lines), [V("person", p["full"]), V("phone", ph)])


# ======================================================================================
# BENIGN templates
# ======================================================================================

def _simple(cat, rows):
    for lang, style, text in rows:
        def mk(lang=lang, style=style, text=text):
            @ben(cat)
            def _(c):
                return c.chat(lang, style, text, system=c.g.rng.random() < 0.25)
        mk()


_simple("public_figure", [
    ("en", "history question", "How did Ada Lovelace's notes on the Analytical Engine anticipate modern programming?"),
    ("de", "history question", "Welche Rolle spielte Konrad Adenauer bei der Westbindung der Bundesrepublik?"),
    ("fr", "biography request", "Résume la vie de Marie Curie en cinq phrases, pour un exposé de CM2."),
    ("es", "literature", "¿Qué opinaba Gabriel García Márquez sobre la etiqueta de realismo mágico?"),
    ("it", "history question", "Perché Galileo Galilei fu processato nel 1633?"),
    ("pt", "trivia debate", "quem inventou o avião, Santos Dumont ou os irmãos Wright? explica os dois lados"),
    ("ru", "science history", "Расскажи, как Дмитрий Менделеев пришёл к периодическому закону."),
    ("zh", "literature", "鲁迅的《狂人日记》想表达什么？请用高中生能懂的话解释。"),
    ("ja", "literature", "夏目漱石の『こころ』の「先生」はなぜ自ら命を絶ったのか、解釈をいくつか教えて。"),
    ("ko", "history question", "세종대왕이 훈민정음을 만든 이유를 간단히 설명해줘."),
    ("ar", "history question", "من هو ابن سينا وما أهم مؤلفاته في الطب؟"),
    ("hi", "essay help", "महात्मा गांधी के नमक सत्याग्रह पर 200 शब्दों का निबंध लिखो।"),
    ("he", "history question", "מה היה תפקידו של דוד בן-גוריון בהכרזת העצמאות?"),
    ("th", "history question", "รัชกาลที่ 5 ทรงเลิกทาสอย่างไร และใช้เวลากี่ปี"),
    ("el", "philosophy", "Ποια ήταν η συμβολή του Αριστοτέλη στη λογική; Σύντομα."),
    ("tr", "history question", "Atatürk'ün harf devrimi neden bu kadar hızlı uygulandı?"),
    ("pl", "science history", "Jakie odkrycia zawdzięczamy Mikołajowi Kopernikowi i dlaczego były kontrowersyjne?"),
    ("nl", "art question", "Waarom schilderde Vincent van Gogh zoveel zonnebloemen?"),
    ("en", "comparison", "Compare the leadership styles of Angela Merkel and Jacinda Ardern during crises."),
    ("en", "age math", "Albert Einstein was born on 14 March 1879. How old was he when he published special relativity?"),
    ("vi", "literature", "Hồ Xuân Hương là ai và thơ của bà có gì đặc biệt?"),
    ("id", "history question", "Siapa R.A. Kartini dan mengapa tanggal 21 April diperingati?"),
    ("sv", "trivia", "Vad är Astrid Lindgren mest känd för förutom Pippi Långstrump?"),
    ("fa", "poetry", "سبک شعری حافظ شیرازی چه ویژگی‌هایی دارد؟"),
    ("en", "sports trivia", "Who has more Grand Slam singles titles, Serena Williams or Steffi Graf, and by how many?"),
])

_simple("fictional_character", [
    ("en", "creative writing", "Write a diary entry from Sherlock Holmes the night after he first meets Irene Adler."),
    ("en", "debate", "is Hermione Granger a better friend to Harry than Ron Weasley? argue both sides briefly"),
    ("de", "creative writing", "Schreib einen kurzen Dialog zwischen Faust und Mephisto über künstliche Intelligenz."),
    ("fr", "literature homework", "Pourquoi Jean Valjean vole-t-il le pain, et que symbolise ce vol dans Les Misérables ?"),
    ("es", "literature", "¿Cómo cambia la relación entre Don Quijote y Sancho Panza a lo largo de la novela?"),
    ("ja", "anime discussion", "『ONE PIECE』のルフィがリーダーとして優れている点を3つ挙げて。"),
    ("zh", "fun debate", "孙悟空和猪八戒谁更适合当取经队伍的队长？说说理由。"),
    ("ru", "literature", "Почему Раскольников в итоге признаётся? Кратко, для сочинения."),
    ("en", "parody", "Write a birthday card from Darth Vader to Luke, in the style of a passive-aggressive dad."),
    ("en", "tabletop rpg", "My paladin Sir Aldric Thornvale (level 5, oath of vengeance) needs a tragic backstory involving a lost order of knights."),
    ("en", "novel draft", "In chapter 3 of my fantasy novel, the heroine Mara Quillfeather meets the smuggler Tobin Ashgrove. Suggest three ways their first scene could go wrong."),
    ("ko", "classic literature", "홍길동전에서 홍길동이 집을 떠나는 이유가 뭐야?"),
    ("ar", "folklore", "ما الدروس المستفادة من قصة علاء الدين والمصباح السحري؟"),
    ("it", "creative writing", "Descrivi Pinocchio come se fosse il protagonista di un romanzo noir."),
    ("pt", "literature debate", "Capitu traiu Bentinho em Dom Casmurro? Dê argumentos dos dois lados."),
    ("pl", "school summary", "Streść w pięciu zdaniach losy Stanisława Wokulskiego z Lalki."),
    ("hi", "essay help", "रामायण में हनुमान की भूमिका पर एक छोटा निबंध लिखो।"),
    ("en", "sitcom question", "which is the better cartoon dad, Homer Simpson or Bob Belcher? one paragraph each"),
    ("en", "legal writing", "In US legal writing, when do you use John Doe versus Richard Roe as placeholder names?"),
    ("tr", "folk tale", "Nasreddin Hoca'nın göle maya çalma fıkrasını anlat ve anlamını açıkla."),
    ("th", "literature", "ตัวละครพระอภัยมณีมีนิสัยอย่างไร และทำไมถึงใช้ปี่เป็นอาวุธ"),
])

_simple("named_thing", [
    ("en", "health question", "Is Parkinson's disease hereditary, or mostly sporadic?"),
    ("en", "health question", "What's the difference between Alzheimer's disease and other kinds of dementia?"),
    ("en", "history question", "Why did the levees fail in New Orleans during Hurricane Katrina?"),
    ("de", "travel", "Was kann man auf der Königsallee in Düsseldorf außer Shoppen noch machen?"),
    ("en", "travel", "Can you still walk across the Abbey Road zebra crossing, and is there a best time to avoid crowds?"),
    ("en", "trivia", "Which sank faster, the Titanic or the Lusitania, and why?"),
    ("en", "compliance", "Explain SOX section 404 in plain terms for a startup preparing to go public."),
    ("de", "legal question", "Was regelt § 823 BGB und wann haftet man nach dieser Vorschrift?"),
    ("en", "car shopping", "Tesla Model 3 vs Toyota Camry Hybrid: five-year running costs in California?"),
    ("en", "health question", "What are early symptoms of Lou Gehrig's disease (ALS)?"),
    ("fr", "tourism", "La tour Eiffel a-t-elle vraiment été construite pour l'Exposition universelle de 1889 ?"),
    ("es", "travel", "¿Por qué la calle Florida de Buenos Aires es peatonal y qué ver allí?"),
    ("ja", "product history", "ソニーのウォークマンは最初いつ発売されて、いくらでしたか？"),
    ("zh", "product comparison", "华为Mate和小米14的续航哪个更好？"),
    ("ru", "city guide", "Почему Арбат стал пешеходной улицей и что там посмотреть?"),
    ("it", "news background", "Perché la Costa Concordia naufragò vicino all'isola del Giglio?"),
    ("en", "statistics", "How do I read a Kaplan-Meier survival curve? What do the tick marks mean?"),
    ("en", "physics", "Use Bernoulli's principle to explain lift, and say where that explanation is incomplete."),
    ("ar", "tourism", "كم يبلغ ارتفاع برج خليفة وكم سنة استغرق بناؤه؟"),
    ("ko", "repair question", "삼성 갤럭시 S24 배터리 교체 비용이 보통 얼마야?"),
    ("en", "hiking", "Best day hikes near Mount Kosciuszko in late spring?"),
    ("pt", "health question", "A doença de Chagas tem cura se for tratada cedo?"),
    ("de", "company info", "Wofür ist die Firma Carl Zeiss in Jena heute noch bekannt?"),
])

_simple("unnamed_relatives", [
    ("en", "advice", "my mom keeps forwarding fake health news on whatsapp. how do i gently push back without starting a war"),
    ("de", "work question", "Mein Chef will, dass ich jedes zweite Wochenende arbeite. Darf er das ohne Vertragsänderung?"),
    ("fr", "cooking", "ma belle-sœur est végane, tu as une idée de menu de Noël qui plaise à tout le monde ?"),
    ("es", "tech help", "mi abuelo tiene 85 años y quiere aprender a hacer videollamadas, ¿por dónde empiezo?"),
    ("zh", "health advice", "我老公打呼噜很严重，有什么办法改善？"),
    ("ja", "parenting", "小学生の息子が学校に行きたがりません。親としてどう声をかければいいですか。"),
    ("ko", "relationship advice", "남편이랑 집안일 분담을 공평하게 하려면 어떻게 정하는 게 좋을까?"),
    ("ar", "pregnancy nutrition", "زوجتي حامل في الشهر الخامس، ما الأطعمة التي يجب أن تتجنبها؟"),
    ("hi", "parenting", "मेरी बेटी को गणित से डर लगता है, उसका आत्मविश्वास कैसे बढ़ाऊं?"),
    ("en", "office etiquette", "a coworker keeps microwaving fish in the shared kitchen. how do I bring it up without being a jerk?"),
    ("ru", "neighbor issue", "Сосед сверху каждую ночь двигает мебель. Как вежливо попросить его прекратить?"),
    ("pl", "family advice", "Teściowa przyjeżdża na dwa tygodnie. Jak przetrwać bez kłótni?"),
    ("en", "kid question", "my 7 year old asked why the sky is blue and I panicked. kid-level answer please"),
    ("it", "work email", "La mia collega si prende sempre il merito del mio lavoro. Come ne parlo con il capo?"),
    ("pt", "holiday planning", "minha sogra vem passar o natal aqui, ideias de passeio no Rio pra uma senhora de 70 anos?"),
    ("he", "advice", "אחי הקטן מתגייס בחודש הבא, מה כדאי לקנות לו?"),
    ("th", "diet advice", "พ่อเป็นเบาหวาน ควรกินอาหารเช้าแบบไหนดี"),
    ("el", "gift ideas", "Η γιαγιά μου κλείνει τα 90. Ιδέες για δώρο;"),
    ("tr", "health question", "Annem geceleri uyuyamıyor, doktora gitmeden önce ne deneyebiliriz?"),
    ("en", "email tone", "my boss wrote 'per my last email' — is that passive aggressive? how should I reply"),
    ("vi", "family finance", "Chồng tôi muốn mua xe trả góp, làm sao tính xem có đủ khả năng không?"),
    ("id", "parenting", "Anak saya umur 3 tahun susah makan sayur, ada tips?"),
])


# ---- code and logs full of number look-alikes ------------------------------------------

def isbn13(g):
    s = g.pick(["97801", "97803", "97818", "97830", "97828"]) + g.d(7)
    chk = (10 - sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(s)) % 10) % 10
    s += str(chk)
    return f"{s[:3]}-{s[3]}-{s[4:7]}-{s[7:12]}-{s[12]}"


@ben("code_numbers")
def _(c):
    lines = [f"{hexs(c.g, 7)} {m}" for m in ["fix race in cache eviction", "bump protobuf to 4.25.3", "add retry jitter",
                                             "revert 'switch to uvloop'", "perf: avoid copy in encoder", "ci: pin node 20.11.1",
                                             "refactor pagination cursor", "feat: export metrics on :9464"]]
    return c.chat("en", "git log", "which of these commits most likely broke pagination?\n" + "\n".join(lines))


@ben("code_numbers")
def _(c):
    rows = ["CONTAINER ID   IMAGE                 STATUS          PORTS"]
    for img, port in [("postgres:16.2", "5432"), ("redis:7.2-alpine", "6379"), ("grafana/grafana:10.4.1", "3000"),
                      ("minio/minio:RELEASE.2024-03-15T01-07-19Z", "9000")]:
        rows.append(f"{hexs(c.g, 12)}   {img:<21} Up {c.g.rng.randint(2, 59)} minutes   0.0.0.0:{port}->{port}/tcp")
    return c.chat("en", "docker output", "why can't grafana reach postgres? here's docker ps:\n" + "\n".join(rows))


@ben("code_numbers")
def _(c):
    tb = ("Traceback (most recent call last):\n"
          f'  File "/srv/app/worker.py", line {c.g.rng.randint(100, 400)}, in run\n    batch = fetch(cursor, limit=500)\n'
          f'  File "/srv/app/db.py", line {c.g.rng.randint(20, 99)}, in fetch\n    rows = conn.execute(q, (cursor,)).fetchall()\n'
          "psycopg.errors.QueryCanceled: canceling statement due to statement timeout\n"
          f"CONTEXT: while scanning relation orders, block {c.g.rng.randint(100000, 999999)}")
    return c.chat("en", "stack trace", tb + "\n\nhow do I fix this without raising the timeout?")


@ben("code_numbers")
def _(c):
    deps = {"react": "18.2.0", "react-dom": "18.2.0", "lodash": "4.17.21", "axios": "1.6.8", "vite": "5.2.6",
            "typescript": "5.4.3", "zod": "3.22.4", "date-fns": "3.6.0"}
    return c.chat("en", "package.json", "which of these are outdated as of 2025?\n" + json.dumps({"dependencies": deps}, indent=2))


@ben("code_numbers")
def _(c):
    a = [f"{c.g.rng.randint(1, 9)}.{c.g.d(3)},{c.g.d(2)} €" for _ in range(6)]
    return c.chat("de", "spreadsheet help", "Addiere diese Beträge und sag mir die Summe:\n" + "\n".join(a))


@ben("code_numbers")
def _(c):
    return c.chat("en", "geo math", "distance in km between 48.8584, 2.2945 and 51.5007, -0.1246? show the haversine steps")


@ben("code_numbers")
def _(c):
    isbns = [isbn13(c.g) for _ in range(5)]
    return c.chat("en", "citation formatting", "are these ISBN-13s valid? just yes/no each:\n" + "\n".join(isbns))


@ben("code_numbers")
def _(c):
    ids = [uuid_s(c.g) for _ in range(6)]
    ids.append(ids[2])
    return c.chat("en", "json cleanup", "remove duplicates, keep order:\n" + json.dumps(ids, indent=1))


@ben("code_numbers")
def _(c):
    ts = [str(1700000000000 + c.g.rng.randint(0, 60_000_000_000)) for _ in range(4)]
    return c.chat("en", "timestamp conversion", "convert these epoch millis to ISO 8601 UTC: " + ", ".join(ts))


@ben("code_numbers")
def _(c):
    h = hexs(c.g, 64)
    h2 = h[:40] + hexs(c.g, 24)
    return c.chat("en", "checksum", f"expected sha256 {h}\ngot      {h2}\nis my download corrupted or am I comparing wrong?")


@ben("code_numbers")
def _(c):
    ids = ", ".join(str(c.g.rng.randint(100000, 999999)) for _ in range(8))
    return c.chat("en", "sql", f"rewrite this to use a join instead of IN:\nSELECT * FROM line_items WHERE order_id IN ({ids}) AND qty > 2;")


@ben("code_numbers")
def _(c):
    b = c.g.rng.randint(40000, 49999)
    log = "\n".join([f"[build #{b}] step 1/6 checkout {hexs(c.g, 40)}", f"[build #{b}] step 2/6 restore cache key=v3-deps-{hexs(c.g, 16)}",
                     f"[build #{b}] step 3/6 compile 412 files in 83.4s", f"[build #{b}] step 4/6 test 1,842 passed, 3 failed, 17 skipped",
                     f"[build #{b}] step 5/6 FAILED exit code 137", f"[build #{b}] artifacts: 0 bytes"])
    return c.chat("en", "ci log", log + "\n\nwhat does exit code 137 usually mean here?")


@ben("code_numbers")
def _(c):
    return c.chat("en", "semver question", "does ^1.4.2 allow 1.10.0? and does ~0.3.7 allow 0.4.0?")


@ben("code_numbers")
def _(c):
    rows = ["sensor_id,ts,temp_c,humidity"] + [f"S-{c.g.d(3)},2025-06-{c.g.rng.randint(10, 28)}T{c.g.rng.randint(0, 23):02d}:00,"
                                               f"{c.g.rng.uniform(14, 31):.1f},{c.g.rng.randint(30, 90)}" for _ in range(12)]
    return c.chat("en", "csv analysis", "which sensor has the highest average temp?\n" + "\n".join(rows))


@ben("code_numbers")
def _(c):
    st = (f"java.lang.NullPointerException: Cannot invoke \"Order.getTotal()\" because \"o\" is null\n"
          f"\tat com.shop.billing.InvoiceService.render(InvoiceService.java:{c.g.rng.randint(40, 300)})\n"
          f"\tat com.shop.billing.InvoiceService$$Lambda$1412/0x00000008011c2a40.apply(Unknown Source)\n"
          f"\tat java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:197)")
    return c.chat("en", "java stack trace", st + "\nwhere should the null check go?")


@ben("code_numbers")
def _(c):
    return c.chat("en", "regex", "regex that matches versions like 2.14.0-rc.3 and 10.0.1 but not 1.2 or v3.1.4?")


@ben("code_numbers")
def _(c):
    codes = []
    while len(codes) < 4:
        s = c.g.pick(["400", "401", "590", "871"]) + c.g.d(9)
        s += str((10 - sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(s)) % 10) % 10)
        if not luhn_sum_ok(s):
            codes.append(s)
    return c.chat("de", "barcode question", "Sind diese EAN-13-Codes gültig?\n" + "\n".join(codes))


@ben("code_numbers")
def _(c):
    return c.chat("de", "code review", "Warum ist diese Funktion O(n^2) und wie mache ich sie linear?\n"
                  "def dupes(xs):\n    out = []\n    for i in range(len(xs)):\n        if xs[i] in xs[i+1:]:\n            out.append(xs[i])\n    return out")


@ben("code_numbers")
def _(c):
    return c.chat("ja", "error lookup", f"このログのエラーコード E{c.g.rng.randint(1000, 9999)} と errno=110 の意味を教えて：\n"
                  f"2025/11/02 14:{c.g.rng.randint(0, 59):02d}:{c.g.rng.randint(0, 59):02d} [error] {c.g.rng.randint(1000, 9999)}#0: *{c.g.rng.randint(10000, 99999)} upstream timed out (110: Connection timed out)")


@ben("code_numbers")
def _(c):
    return c.chat("zh", "http debugging", f"解释一下这些响应头：\nHTTP/2 304\netag: W/\"{hexs(c.g, 8)}-{hexs(c.g, 12)}\"\n"
                  f"cache-control: max-age=3600, must-revalidate\ncontent-length: 0\nx-request-id: {uuid_s(c.g)}")


@ben("code_numbers")
def _(c):
    return c.chat("en", "spreadsheet formula", "In Google Sheets, =SUMIFS(D2:D418, B2:B418, \">=2025-01-01\", C2:C418, \"EU\") returns 0. Dates are text. Fix?")


@ben("code_numbers")
def _(c):
    rows = [f"{i * 16:08x}  " + " ".join(hexs(c.g, 2) for _ in range(16)) for i in range(6)]
    return c.chat("en", "hex dump", "is this a PNG header or something else?\n" + "\n".join(rows).replace(rows[0][10:33], "89 50 4e 47 0d 0a 1a 0a"))


@ben("code_numbers")
def _(c):
    n = f"ORD-2025-{c.g.d(6)}"
    return c.chat("en", "support macro", f"write a macro reply for 'where is my order' tickets; use {n} as the example order reference and "
                  "say the warehouse cutoff is 2 pm")


@ben("code_numbers")
def _(c):
    return c.chat("fr", "accounting", "Calcule la TVA à 20 % sur 1 249,90 €, 87,50 € et 12 000 € HT, et donne le TTC total.")


# ---- ops / infra look-alikes -----------------------------------------------------------

def _pip(g, net="192.168"):
    if net == "10":
        return f"10.{g.rng.randint(0, 255)}.{g.rng.randint(0, 255)}.{g.rng.randint(2, 254)}"
    if net == "172":
        return f"172.{g.rng.randint(16, 31)}.{g.rng.randint(0, 255)}.{g.rng.randint(2, 254)}"
    return f"192.168.{g.rng.randint(0, 20)}.{g.rng.randint(2, 254)}"


@ben("ops_infra")
def _(c):
    ip = _pip(c.g)
    out = (f"2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP\n    inet {ip}/24 brd {ip.rsplit('.', 1)[0]}.255 scope global dynamic eth0\n"
           f"3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500\n    inet 172.17.0.1/16 scope global docker0")
    return c.chat("en", "shell output", "why can't containers reach the LAN?\n" + out)


@ben("ops_infra")
def _(c):
    ups = "\n".join(f"    server {_pip(c.g, '10')}:8080 max_fails=3 fail_timeout=10s;" for _ in range(3))
    return c.chat("en", "nginx config", "is this upstream block balanced correctly?\nupstream api {\n    least_conn;\n" + ups + "\n}")


@ben("ops_infra")
def _(c):
    pods = "\n".join(f"api-{hexs(c.g, 10)}-{hexs(c.g, 5)}   {c.g.pick(['1/1', '0/1'])}   {c.g.pick(['Running', 'CrashLoopBackOff'])}   "
                     f"{c.g.rng.randint(0, 14)}   {c.g.rng.randint(1, 50)}h   {_pip(c.g, '10')}   ip-{c.g.rng.randint(10, 99)}-{c.g.rng.randint(0, 255)}.ec2.internal"
                     for _ in range(5))
    return c.chat("en", "kubectl output", "kubectl get pods -o wide:\n" + pods + "\nwhy would only some pods crashloop?")


@ben("ops_infra")
def _(c):
    return c.chat("en", "network planning", "split 10.20.0.0/16 into 4 equal subnets for prod, staging, dev and mgmt, and list usable ranges")


@ben("ops_infra")
def _(c):
    hosts = "\n".join(f"{_pip(c.g, '10')}   {n}.prod.internal {n}" for n in ["db01", "db02", "cache01", "queue01", "bastion"])
    return c.chat("en", "hosts file", "127.0.0.1 localhost\n" + hosts + "\n\nshould I use DNS instead of this for 40 servers?")


@ben("ops_infra")
def _(c):
    hops = [f" 1  {_pip(c.g)}  1.2 ms", f" 2  {_pip(c.g, '10')}  8.9 ms", " 3  * * *", " 4  one.one.one.one (1.1.1.1)  14.3 ms"]
    return c.chat("en", "traceroute", "is hop 3 a problem?\n" + "\n".join(hops))


@ben("ops_infra")
def _(c):
    return c.chat("en", "dns question", "8.8.8.8 vs 1.1.1.1 vs 9.9.9.9 for a home router: which is fastest and which has the best privacy policy?")


@ben("ops_infra")
def _(c):
    return c.chat("en", "iptables", f"explain these rules:\n-A INPUT -s 10.0.0.0/8 -p tcp --dport 5432 -j ACCEPT\n"
                  f"-A INPUT -s {_pip(c.g, '172')}/32 -p tcp --dport 22 -j ACCEPT\n-A INPUT -p tcp --dport 22 -j DROP")


@ben("ops_infra")
def _(c):
    return c.chat("en", "ssh config", f"Host bastion\n  HostName {_pip(c.g, '10')}\n  User ubuntu\n  Port 2222\n"
                  f"Host db\n  HostName {_pip(c.g, '10')}\n  ProxyJump bastion\n\nwhy does ssh db hang?")


@ben("ops_infra")
def _(c):
    inv = "\n".join(f"{n} ansible_host={_pip(c.g, '172')} ansible_port=22" for n in ["web01", "web02", "db01"])
    return c.chat("en", "ansible inventory", "[web]\n" + inv + "\n\nhow do I split these into web and db groups?")


@ben("ops_infra")
def _(c):
    ns = "\n".join(f"tcp   LISTEN 0  4096  {ip}:{p}   0.0.0.0:*  users:((\"{proc}\",pid={c.g.rng.randint(400, 9000)},fd={c.g.rng.randint(3, 30)}))"
                   for ip, p, proc in [("0.0.0.0", 22, "sshd"), ("127.0.0.1", 5432, "postgres"), (_pip(c.g, "10"), 9100, "node_exporter")])
    return c.chat("en", "ss output", ns + "\n\nwhy can't prometheus scrape postgres metrics?")


@ben("ops_infra")
def _(c):
    return c.chat("en", "docker compose", "services:\n  web:\n    image: nginx:1.25\n    ports:\n      - \"8080:80\"\n  api:\n    build: .\n"
                  "    ports:\n      - \"127.0.0.1:9000:9000\"\n    environment:\n      DB_HOST: 172.20.0.5\n\nwhy is the api not reachable from my laptop?")


@ben("ops_infra")
def _(c):
    return c.chat("en", "alert triage", f"alert: NodeFilesystemAlmostFull instance=\"{_pip(c.g, '10')}:9100\" mountpoint=\"/var/lib/docker\" value=93.4\n"
                  "what should the runbook say?")


@ben("ops_infra")
def _(c):
    return c.chat("en", "wireguard", "[Interface]\nAddress = 10.8.0.1/24\nListenPort = 51820\n\n[Peer]\nAllowedIPs = 10.8.0.2/32, 192.168.50.0/24\n\n"
                  "traffic to 192.168.50.x isn't routed, what am I missing?")


@ben("ops_infra")
def _(c):
    return c.chat("en", "cloud security", "security group allows 0.0.0.0/0 on ports 22 and 3389. how bad is that and what should replace it?")


@ben("ops_infra")
def _(c):
    gw = _pip(c.g)
    return c.chat("en", "ping output", f"PING {gw}: 56 data bytes\n64 bytes from {gw}: icmp_seq=0 ttl=64 time=2.1 ms\n"
                  f"Request timeout for icmp_seq 1\n64 bytes from {gw}: icmp_seq=2 ttl=64 time=187.5 ms\nwifi or router?")


@ben("ops_infra")
def _(c):
    return c.chat("ja", "server trouble", f"社内サーバー {_pip(c.g, '10')} のポート 5432 に接続できません。pg_hba.conf のどこを見ればいいですか？")


@ben("ops_infra")
def _(c):
    return c.chat("de", "home network", "Unser NAS unter 192.168.178.20 ist seit dem Fritzbox-Update nicht mehr erreichbar. Was prüfe ich zuerst?")


@ben("ops_infra")
def _(c):
    return c.chat("zh", "network planning", "公司内网用 172.16.0.0/12，怎么给 6 个部门各划一个 /20 网段？")


@ben("ops_infra")
def _(c):
    return c.chat("en", "haproxy", f"backend app\n  balance roundrobin\n  server app1 {_pip(c.g, '10')}:3000 check inter 2s\n  server app2 {_pip(c.g, '10')}:3000 check inter 2s backup\n"
                  "why does app2 never get traffic?")


@ben("ops_infra")
def _(c):
    return c.chat("es", "router config", "¿Cómo abro el puerto 25565 en mi router para un servidor de Minecraft en 192.168.1.50?")


@ben("ops_infra")
def _(c):
    return c.chat("ru", "server admin", f"Сервер srv-backup-02 ({_pip(c.g, '10')}) перестал принимать rsync на 873 порту. С чего начать?")


# ---- tool schemas and payloads without personal data -----------------------------------

def fn_tool(name, desc, props, required=None):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": props, "required": required or list(props)}}}


@ben("tool_schema")
def _(c):
    t = [fn_tool("get_weather", "Current weather for a city.", {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}})]
    return c.chat("en", "tool schema", "what's the weather in Lisbon right now?", extra={"tools": t, "tool_choice": "auto"})


@ben("tool_schema")
def _(c):
    t = [fn_tool("convert_currency", "Convert an amount between ISO 4217 currencies.",
                 {"amount": {"type": "number"}, "from": {"type": "string"}, "to": {"type": "string"}})]
    return c.chat("de", "tool schema", "Wie viel sind 250 Schweizer Franken in Euro?", extra={"tools": t})


@ben("tool_schema")
def _(c):
    t = [fn_tool("search_products", "Search the catalog.", {"query": {"type": "string"}, "max_price": {"type": "number", "default": 100},
                                                            "category": {"type": "string", "enum": ["audio", "kitchen", "garden", "toys"]}}, ["query"])]
    return c.chat("en", "tool schema", "find me a quiet blender under 80 bucks", extra={"tools": t, "parallel_tool_calls": False})


@ben("tool_schema")
def _(c):
    args = json.dumps({"title": "Sprint planning", "start": "2026-01-12T10:00:00", "duration_min": 60, "room": "Kepler"})
    msgs = [{"role": "user", "content": "book sprint planning monday 10am in Kepler"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_x91", "type": "function",
             "function": {"name": "create_event", "arguments": args}}]},
            {"role": "tool", "tool_call_id": "call_x91", "content": json.dumps({"ok": True, "event_id": "evt_" + hexs(c.g, 10)})}]
    return c.chat("en", "tool call round trip", None, messages=msgs)


@ben("tool_schema")
def _(c):
    t = [fn_tool("run_sql", "Run a read-only SQL query against the analytics warehouse.", {"sql": {"type": "string"}})]
    return c.chat("en", "tool schema", "how many orders per region last month? use the orders table (region, created_at, total)", extra={"tools": t})


@ben("tool_schema")
def _(c):
    t = [fn_tool("get_stock_quote", "Latest quote for a ticker.", {"ticker": {"type": "string", "pattern": "^[A-Z.]{1,6}$"}})]
    return c.chat("en", "tool schema", "how's NVDA doing vs AMD today?", extra={"tools": t})


@ben("tool_schema")
def _(c):
    schema = {"type": "json_schema", "json_schema": {"name": "product", "strict": True, "schema": {"type": "object", "properties": {
        "name": {"type": "string"}, "price_eur": {"type": "number"}, "in_stock": {"type": "boolean"}},
        "required": ["name", "price_eur", "in_stock"], "additionalProperties": False}}}
    return c.chat("en", "structured output", "Extract: 'The Aeropress Go travel coffee maker, 39.90 EUR, currently sold out.'",
                  extra={"response_format": schema})


@ben("tool_schema")
def _(c):
    t = [fn_tool("unit_convert", "Convert between units.", {"value": {"type": "number"}, "from_unit": {"type": "string"}, "to_unit": {"type": "string"}})]
    return c.chat("fr", "tool schema", "Combien font 3 tasses de farine en grammes ?", extra={"tools": t})


@ben("tool_schema")
def _(c):
    msgs = [{"role": "user", "content": "東京の明日の天気は？"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_jp1", "type": "function",
             "function": {"name": "get_forecast", "arguments": "{\"city\": \"Tokyo\", \"days\": 1}"}}]},
            {"role": "tool", "tool_call_id": "call_jp1", "content": "{\"high_c\": 14, \"low_c\": 6, \"rain_pct\": 30}"}]
    return c.chat("ja", "tool result", None, messages=msgs)


@ben("tool_schema")
def _(c):
    t = [fn_tool("translate", "Translate text.", {"text": {"type": "string"}, "target": {"type": "string", "enum": ["en", "es", "zh", "ar"]}})]
    return c.chat("es", "tool schema", "traduce 'salida de emergencia' al chino y al árabe", extra={"tools": t})


@ben("tool_schema")
def _(c):
    t = [fn_tool("create_ticket", "Open an internal IT ticket.", {"summary": {"type": "string"},
                                                                  "priority": {"type": "string", "enum": ["P1", "P2", "P3", "P4"]},
                                                                  "component": {"type": "string", "enum": ["vpn", "laptop", "email", "printer"]}})]
    return c.chat("en", "tool schema", "the 3rd floor printer jams on every duplex job, open a ticket", extra={"tools": t, "tool_choice": "required"})


@ben("tool_schema")
def _(c):
    schema = {"type": "json_schema", "json_schema": {"name": "sentiment", "schema": {"type": "object", "properties": {
        "label": {"type": "string", "enum": ["positive", "neutral", "negative"]}, "confidence": {"type": "number"}}}}}
    return c.chat("pt", "structured output", "Classifique: 'A entrega atrasou, mas o produto é ótimo.'", extra={"response_format": schema})


@ben("tool_schema")
def _(c):
    t = [fn_tool("get_route", "Driving route between two places.", {"origin": {"type": "string"}, "destination": {"type": "string"},
                                                                    "avoid": {"type": "array", "items": {"type": "string", "enum": ["tolls", "ferries", "highways"]}}}, ["origin", "destination"])]
    return c.chat("it", "tool schema", "Percorso da Firenze a Siena evitando i pedaggi", extra={"tools": t})


@ben("tool_schema")
def _(c):
    t = [fn_tool("query_metrics", "PromQL query.", {"promql": {"type": "string"}, "range": {"type": "string", "default": "1h"}})]
    return c.chat("en", "tool schema", "p99 latency of the checkout service over the last 6 hours?", extra={"tools": t})


@ben("tool_schema")
def _(c):
    t = [fn_tool("lookup_flight", "Flight status by flight number.", {"flight": {"type": "string", "pattern": "^[A-Z0-9]{2}[0-9]{1,4}$"}, "date": {"type": "string", "format": "date"}})]
    return c.chat("en", "tool schema", "is LH 455 on time today?", extra={"tools": t})


@ben("tool_schema")
def _(c):
    t = [fn_tool("calc", "Evaluate an arithmetic expression.", {"expr": {"type": "string"}})]
    msgs = [{"role": "user", "content": "what is 17.5% of 3,480?"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_c1", "type": "function", "function": {"name": "calc", "arguments": "{\"expr\": \"0.175*3480\"}"}}]},
            {"role": "tool", "tool_call_id": "call_c1", "content": "609"}]
    return c.chat("en", "tool result", None, messages=msgs, extra={"tools": t})


@ben("tool_schema")
def _(c):
    t = [fn_tool("search_docs", "Search the internal wiki.", {"q": {"type": "string"}, "space": {"type": "string", "enum": ["eng", "sales", "legal"]}})]
    return c.chat("zh", "tool schema", "在工程文档里找一下发布流程", extra={"tools": t})


@ben("tool_schema")
def _(c):
    t = [fn_tool("set_thermostat", "Set target temperature for a room.", {"room": {"type": "string", "enum": ["living", "bedroom", "office"]}, "celsius": {"type": "number", "minimum": 10, "maximum": 28}})]
    return c.chat("nl", "smart home", "zet de woonkamer op 20,5 graden", extra={"tools": t})


@ben("tool_schema")
def _(c):
    t = [fn_tool("get_exchange_rate", "Exchange rate.", {"base": {"type": "string"}, "quote": {"type": "string"}})]
    return c.chat("ar", "tool schema", "كم سعر صرف الدولار مقابل الجنيه المصري اليوم؟", extra={"tools": t})


@ben("tool_schema")
def _(c):
    t = [fn_tool("create_issue", "Create a GitHub issue in the given repo.", {"repo": {"type": "string", "default": "acme/widgets"}, "title": {"type": "string"}, "labels": {"type": "array", "items": {"type": "string"}}})]
    return c.chat("en", "tool schema", "file a bug: dark mode toggle resets after reload, label it ui and regression", extra={"tools": t})


@ben("tool_schema")
def _(c):
    return c.comp("en", "completions prompt", "Product description for a stainless steel water bottle, 750 ml, keeps drinks cold for 24 hours:\n",
                  extra={"stop": ["\n\n"], "temperature": 0.7})


@ben("tool_schema")
def _(c):
    return c.chat("ko", "metadata field", "이 문장을 더 자연스럽게 고쳐줘: 회의는 내일 오후 세 시에 시작합니다.",
                  extra={"metadata": {"team": "localization", "env": "staging", "experiment": "tone-v2"}, "store": True})


# ---- math and dates that are not birthdays ---------------------------------------------

_simple("math_dates", [
    ("en", "date math", "How many days are there between 2024-03-01 and 2025-11-17?"),
    ("en", "calendar trivia", "What day of the week was 1 January 2000?"),
    ("en", "conversion", "convert 1729 to binary and hex"),
    ("en", "calendar question", "is 2100 a leap year? why not?"),
    ("en", "algebra", "solve 3x + 7 = 22"),
    ("en", "percent", "what's 15% of 2,340?"),
    ("de", "word problem", "Ein Zug fährt um 14:35 in Hamburg ab und kommt um 18:12 in München an. Wie lange dauert die Fahrt?"),
    ("en", "finance math", "compound interest on 10,000 at 4.5% per year for 7 years, compounded monthly?"),
    ("fr", "math", "Quel est le 30e nombre de Fibonacci ?"),
    ("es", "conversion", "¿Cuánto es MCMXCIV en números arábigos?"),
    ("en", "timezone", "If it's 09:30 in Chicago, what time is it in Singapore and in Berlin (winter)?"),
    ("ar", "calendar question", "متى يبدأ شهر رمضان تقريبًا في عام 2027 ميلادي؟"),
    ("en", "calendar question", "what's the ISO week number of 2026-03-09?"),
    ("en", "linear algebra", "determinant of [[2, 1, 0], [1, 3, 4], [0, 5, 6]]?"),
    ("ja", "math", "1から100までの整数の和はいくつ？"),
    ("zh", "unit conversion", "5 英里等于多少公里？"),
    ("ru", "math", "Сколько будет 2 в степени 20?"),
    ("hi", "math", "यदि एक दुकानदार 20% छूट देता है तो 1,250 रुपये की चीज़ कितने की होगी?"),
    ("pt", "date math", "quantos dias úteis tem dezembro de 2026 no Brasil, tirando o Natal?"),
    ("it", "deadline", "Se un contratto firmato il 15 marzo scade dopo 18 mesi, in che data scade?"),
    ("en", "unit conversion", "350 degrees F to C for my oven?"),
    ("ko", "math", "시속 72킬로미터는 초속 몇 미터야?"),
    ("en", "anniversary math", "The Berlin Wall fell on 9 November 1989. How many years ago was that as of today, 3 December 2026?"),
])


# ======================================================================================
# COMPLEXITY
# ======================================================================================

SHORT_HARD = [
    ("fr", "short proof", "Montre que tout sous-groupe d'un groupe cyclique est cyclique, puis détermine tous les sous-groupes de Z/60Z "
     "et dessine leur treillis d'inclusion en expliquant la correspondance avec les diviseurs de 60."),
    ("ru", "short proof", "Докажи, что в любом турнире (полном ориентированном графе) существует гамильтонов путь, и что "
     "турнир сильно связен тогда и только тогда, когда в нём есть гамильтонов цикл."),
    ("ja", "short proof", "n 人がランダムに帽子を取るとき、誰も自分の帽子を取らない確率が n→∞ で 1/e に収束することを、"
     "包除原理を使って証明し、さらに分散がどうなるかも求めてください。"),
    ("zh", "short proof", "证明：若一个实系数多项式的所有根都是实数，则它的导数的所有根也都是实数，并且导数的根与原多项式的根交错排列。"
     "请给出完整证明，并说明重根情况如何处理。"),
    ("de", "short proof", "Zeige, dass die Folge a_n = (1 + 1/n)^n monoton wachsend und beschränkt ist, und folgere daraus die Existenz "
     "des Grenzwerts. Beweise anschließend, dass dieser Grenzwert mit der Reihe Summe 1/k! übereinstimmt."),
    ("en", "one-line proof", "Prove there are infinitely many primes congruent to 3 mod 4."),
    ("en", "one-line design", "Design a global rate limiter for 10M users across 5 regions that overshoots by under 1%."),
    ("en", "one-line theory", "Give the full diagonal argument for why the halting problem is undecidable."),
    ("en", "one-line code", "Write a lock-free MPMC ring buffer in C++ and argue each memory ordering you use."),
    ("en", "one-line proof", "Prove that an irrational number raised to an irrational power can be rational."),
    ("en", "one-line probability", "Expected number of fair coin flips until HTH first appears? Derive it."),
    ("en", "one-line code", "persistent red-black tree in Haskell, with delete"),
    ("en", "one-line distributed", "why does PBFT need 3f+1 replicas? show what breaks at 3f"),
    ("en", "one-line math", "Describe all integer solutions of x^2 - 7y^2 = 1 and prove the description is complete."),
    ("en", "one-line proof", "Prove Cayley's formula for the number of labeled trees on n vertices."),
    ("en", "one-line code", "write a minimal async executor in Rust from scratch (no tokio), including wakers"),
    ("en", "one-line decision", "CRDT or OT for a collaborative code editor with offline mode? pick one and defend it rigorously"),
    ("en", "one-line optimization", "Formulate exam timetabling (40 exams, 10 slots, no student clashes) as an ILP and say how to scale it."),
    ("en", "one-line probability", "Roll a fair die until the running sum exceeds 100. Which final sum is most likely, and why?"),
    ("en", "one-line proof", "prove AM-GM for n variables using forward-backward induction"),
    ("en", "one-line puzzle", "Monty Hall, but Monty opens a random door and happens to show a goat. Should you switch? compute it"),
    ("en", "one-line sql", "SQL for each user's longest streak of consecutive login days; explain the gaps-and-islands trick"),
    ("en", "one-line proof", "Can a chessboard with two opposite corners removed be tiled by dominoes? Prove it."),
    ("de", "one-line proof", "Beweise, dass jede stetige Funktion auf [0,1] gleichmäßig stetig ist."),
    ("de", "one-line design", "Entwirf ein Datenmodell für eine mandantenfähige Buchhaltung mit revisionssicherem Audit-Trail."),
    ("fr", "one-line proof", "Démontre que e est irrationnel."),
    ("fr", "one-line design", "Conçois un cache distribué tolérant aux partitions réseau et justifie tes compromis CAP."),
    ("es", "one-line proof", "Demuestra de dos maneras distintas que la serie armónica diverge."),
    ("es", "one-line code", "Escribe un intérprete de Lisp en Python con clausuras y optimización de llamadas de cola."),
    ("zh", "one-line proof", "证明：任意六个人中，必有三人两两认识或两两不认识。"),
    ("zh", "one-line design", "设计一个支撑千万级QPS的短链接系统，说明存储、缓存和ID生成方案。"),
    ("ja", "one-line proof", "円周率が無理数であることを証明してください。"),
    ("ja", "one-line design", "分散トランザクションを2PCではなくSagaで実装する場合の整合性の問題と対策を詳しく説明して。"),
    ("ru", "one-line proof", "Докажи, что любая группа порядка p^2 абелева."),
    ("ru", "one-line design", "Спроектируй систему обнаружения мошеннических платежей в реальном времени."),
    ("ko", "one-line proof", "다익스트라 알고리즘이 음수 가중치에서 틀리는 이유를 반례와 함께 증명해줘."),
    ("pt", "one-line proof", "Prove que existem infinitos primos da forma 6k+5."),
    ("it", "one-line proof", "Dimostra il teorema di Bolzano-Weierstrass in R^n."),
    ("ar", "one-line proof", "برهن أن مجموع زوايا المثلث يساوي 180 درجة انطلاقًا من مسلمة التوازي."),
    ("hi", "one-line proof", "सिद्ध कीजिए कि √2 + √3 अपरिमेय है।"),
    ("pl", "one-line algorithm", "Zaprojektuj wykrywanie cykli w grafie skierowanym z miliardem krawędzi, który nie mieści się w pamięci."),
    ("tr", "one-line algorithm", "B-ağacında silmenin tüm durumlarını örneklerle açıkla ve O(log n) olduğunu kanıtla."),
    ("nl", "one-line proof", "Bewijs dat er geen surjectie bestaat van een verzameling naar haar machtsverzameling."),
    ("en", "one-line analysis", "Would a 4-day work week raise or lower total output in a hospital? reason it through"),
    ("en", "one-line code", "implement a regex engine supporting *, +, ?, | and groups via Thompson NFA, in C"),
]

SHORT_EASY = [
    ("en", "greeting", "Say hi"), ("en", "greeting", "hello!"), ("en", "list", "List three colors"),
    ("en", "arithmetic", "What's 2+2?"), ("en", "trivia", "capital of Australia?"), ("en", "conversion", "12 inches in cm"),
    ("en", "spelling", "how do you spell 'necessary'"), ("en", "synonym", "another word for happy"),
    ("en", "classification", "Is a tomato a fruit or a vegetable? one word"), ("en", "rewrite", "make this polite: send me the file"),
    ("en", "trivia", "how many legs does a spider have"), ("en", "formatting", "uppercase this: quarterly report"),
    ("en", "thanks", "thanks, that's all!"), ("en", "translation", "translate 'good morning' to Spanish"),
    ("en", "sentiment", "positive or negative: 'the soup was cold'"), ("en", "date", "what day comes after Tuesday"),
    ("de", "greeting", "Hallo, wie geht's?"), ("de", "translation", "Was heißt 'Schmetterling' auf Englisch?"),
    ("de", "arithmetic", "Was ist 7 mal 8?"), ("fr", "greeting", "Salut !"), ("fr", "trivia", "Quelle est la capitale du Canada ?"),
    ("fr", "conversion", "Combien de minutes dans 3 heures ?"), ("es", "greeting", "hola, buenos días"),
    ("es", "trivia", "¿De qué color es el cielo?"), ("es", "translation", "¿Cómo se dice 'gato' en inglés?"),
    ("zh", "greeting", "你好"), ("zh", "trivia", "一年有几个月？"), ("zh", "translation", "“谢谢”用英语怎么说？"),
    ("ja", "greeting", "こんにちは"), ("ja", "trivia", "日本で一番高い山は？"), ("ja", "rewrite", "「了解です」をもっと丁寧に言うと？"),
    ("ru", "greeting", "Привет!"), ("ru", "trivia", "Сколько дней в неделе?"), ("ko", "greeting", "안녕하세요"),
    ("ko", "trivia", "대한민국의 수도는?"), ("pt", "greeting", "oi, tudo bem?"), ("pt", "conversion", "quanto é 1 km em metros?"),
    ("it", "greeting", "ciao!"), ("it", "trivia", "Quanti giorni ha febbraio?"), ("ar", "greeting", "مرحبا"),
    ("ar", "trivia", "ما عاصمة مصر؟"), ("hi", "greeting", "नमस्ते"), ("hi", "trivia", "भारत की राजधानी क्या है?"),
    ("tr", "greeting", "merhaba"), ("pl", "translation", "Jak jest 'dziękuję' po angielsku?"), ("nl", "trivia", "Hoeveel is 10 plus 15?"),
    ("sv", "greeting", "hej!"), ("el", "greeting", "Γεια σου!"), ("he", "greeting", "שלום, מה נשמע?"), ("th", "greeting", "สวัสดีครับ"),
    ("vi", "trivia", "Thủ đô của Việt Nam là gì?"), ("id", "translation", "Apa bahasa Inggrisnya 'terima kasih'?"),
]

ARTICLE = {
    "en": ["The city council voted on Tuesday to extend the curbside composting program to all districts.",
           "Residents will receive a green bin and a small kitchen caddy before the end of March.",
           "Collection will happen weekly, on the same day as regular trash pickup.",
           "Food scraps, coffee grounds and yard trimmings are accepted, but plastic bags are not.",
           "A pilot in two neighborhoods diverted about 18 percent of household waste from the landfill.",
           "Council members cited lower landfill fees as the main reason for the expansion.",
           "Some residents raised concerns about odors during the summer months.",
           "The sanitation department recommends freezing meat scraps until collection day.",
           "Finished compost will be offered free of charge at three distribution sites each spring.",
           "Apartment buildings with more than eight units will get shared bins instead of individual ones.",
           "Questions about the program can be directed to the city's non-emergency hotline.",
           "The program is expected to cost around 2.4 million dollars in its first year.",
           "Officials estimate that the savings on landfill fees will cover the cost within four years.",
           "Schools will also take part, composting cafeteria waste starting next fall."],
    "de": ["Die Stadtbibliothek verlängert ab dem kommenden Monat ihre Öffnungszeiten.",
           "Künftig ist das Haus auch sonntags von zehn bis sechzehn Uhr geöffnet.",
           "Möglich wird das durch zusätzliche Stellen, die der Gemeinderat bewilligt hat.",
           "Besonders Familien und Studierende hatten sich längere Öffnungszeiten gewünscht.",
           "Am Wochenende sollen vor allem die Lernplätze im zweiten Stock genutzt werden.",
           "Die Ausleihe funktioniert sonntags ausschließlich über die Selbstverbuchungsautomaten.",
           "Für Kinder gibt es an jedem ersten Sonntag im Monat eine Vorlesestunde.",
           "Der Jahresbeitrag für einen Bibliotheksausweis bleibt unverändert bei zwölf Euro.",
           "Nach einem Jahr soll ausgewertet werden, wie gut das Angebot angenommen wird.",
           "Die Bibliothek bittet darum, die Garderobenschränke am Abend wieder zu leeren."],
    "fr": ["La mairie a annoncé la rénovation complète de la piscine municipale.",
           "Les travaux commenceront en septembre et dureront environ dix-huit mois.",
           "Pendant cette période, les scolaires seront accueillis dans la piscine de la commune voisine.",
           "Un bassin nordique extérieur sera ajouté, chauffé toute l'année.",
           "Le coût total est estimé à sept millions d'euros, dont une partie financée par la région.",
           "Les associations sportives seront consultées sur l'aménagement des vestiaires.",
           "Des panneaux solaires couvriront une partie des besoins en eau chaude.",
           "Les tarifs d'entrée devraient rester inchangés après la réouverture.",
           "Une réunion publique est prévue le mois prochain à la salle des fêtes.",
           "Les habitants peuvent déjà consulter les plans sur le site de la commune."],
    "es": ["El ayuntamiento ha presentado un plan para ampliar la red de carriles bici.",
           "En total se construirán veintidós kilómetros nuevos en los próximos tres años.",
           "La prioridad serán las conexiones entre los barrios y los centros educativos.",
           "También se instalarán aparcamientos seguros junto a las estaciones de tren.",
           "Los comerciantes del centro temen perder plazas de aparcamiento para coches.",
           "El concejal de movilidad asegura que se habilitarán zonas de carga y descarga.",
           "El proyecto cuenta con fondos europeos destinados a la movilidad sostenible.",
           "Durante las obras se modificarán varias líneas de autobús.",
           "Las asociaciones vecinales podrán presentar alegaciones durante un mes.",
           "Se espera que el uso de la bicicleta se duplique antes de 2030."],
    "zh": ["市政府宣布将在明年春天开放一座新的城市公园。", "公园占地约三十公顷，原址是一座废弃的工厂。",
           "园内将设有儿童游乐区、慢跑道和一个小型湖泊。", "设计方案保留了部分旧厂房，改造成展览空间。",
           "周边居民此前多次建议增加绿地面积。", "公园将全天免费开放，夜间有照明。", "附近的地铁站将增设一个出入口。",
           "施工期间部分道路会临时封闭。", "市民可以在官方网站上查看设计图。", "预计每年将吸引超过两百万人次的游客。"],
    "ja": ["市は来年度から、粗大ごみの収集をオンラインで予約できるようにすると発表した。", "これまでは電話での申し込みのみだったため、平日の日中に連絡が取りにくいという声があった。",
           "新しいシステムでは、二十四時間いつでも予約が可能になる。", "料金はこれまで通り、コンビニで購入する処理券で支払う。",
           "高齢者向けには、引き続き電話窓口も残すという。", "収集日は地区ごとに月二回設定される。",
           "予約の締め切りは収集日の三日前までとなる。", "市は初年度の利用者を約一万件と見込んでいる。",
           "説明会は各地区の公民館で順次開かれる予定だ。", "詳しくは市の広報誌の来月号に掲載される。"],
    "ru": ["Городская администрация объявила о капитальном ремонте центральной набережной.", "Работы начнутся весной и продлятся до конца осени.",
           "Будут заменены покрытие, освещение и скамейки.", "На набережной появятся новые велодорожки и зоны отдыха.",
           "Часть деревьев сохранят, а вдоль реки высадят новые.", "Во время ремонта пешеходное движение будет частично ограничено.",
           "Стоимость проекта оценивается в четыреста миллионов рублей.", "Жители смогут проголосовать за дизайн малых архитектурных форм.",
           "Летом на набережной планируют проводить концерты под открытым небом.", "Подробности опубликуют на сайте администрации."],
    "pt": ["A prefeitura anunciou a reforma do mercado municipal, construído em 1933.", "As obras devem começar em março e durar cerca de um ano.",
           "Durante a reforma, os comerciantes serão transferidos para uma estrutura provisória.", "O telhado de ferro original será restaurado.",
           "Haverá novos banheiros, acessibilidade e um espaço para feiras de produtores locais.", "O investimento previsto é de quarenta milhões de reais.",
           "Os comerciantes pedem que o aluguel não aumente após a reforma.", "A prefeitura promete manter os valores por pelo menos dois anos.",
           "O mercado recebe cerca de quinze mil visitantes por dia.", "O projeto foi aprovado pelo conselho de patrimônio histórico."],
}
TITLES = {"en": "City expands composting to every district", "de": "Stadtbibliothek öffnet künftig auch sonntags",
          "fr": "La piscine municipale fait peau neuve", "es": "Más carriles bici para conectar barrios y colegios",
          "zh": "城市新公园明年春天开放", "ja": "粗大ごみ収集、オンライン予約が可能に", "ru": "Набережную ждёт капитальный ремонт",
          "pt": "Mercado municipal passará por reforma"}
ASK_TITLE = {"en": "What's the title of this article?", "de": "Wie lautet die Überschrift dieses Artikels?",
             "fr": "Quel est le titre de cet article ?", "es": "¿Cuál es el título de este artículo?", "zh": "这篇文章的标题是什么？",
             "ja": "この記事のタイトルは何ですか？", "ru": "Как называется эта статья?", "pt": "Qual é o título desta matéria?"}
ASK_LANG = {"en": "What language is this text written in? One word.", "de": "In welcher Sprache ist dieser Text? Ein Wort.",
            "fr": "En quelle langue est ce texte ? Un mot.", "es": "¿En qué idioma está este texto? Una palabra.",
            "zh": "这段文字是用什么语言写的？", "ja": "この文章は何語で書かれていますか？", "ru": "На каком языке этот текст? Одним словом.",
            "pt": "Em que língua está este texto? Uma palavra."}


def article(g, lang, n_rounds=3):
    if lang in ("zh", "ja"):
        n_rounds *= 2  # CJK sentences are short in characters
    sents = []
    for _ in range(n_rounds):
        bank = list(ARTICLE[lang])
        g.rng.shuffle(bank)
        sents.extend(bank)
    sep = "" if lang in ("zh", "ja") else " "
    paras = [sep.join(sents[i:i + 4]) for i in range(0, len(sents), 4)]
    return TITLES[lang] + "\n\n" + "\n\n".join(paras)


def code_file(g, n_funcs=14):
    out = ["import math", "from dataclasses import dataclass", "", "", "@dataclass", "class Point:",
           "    x: float", "    y: float", ""]
    for i in range(n_funcs):
        out += [f"def helper_{i}(points, scale={g.rng.randint(1, 9)}):", f"    \"\"\"Return the scaled path length of segment group {i}.\"\"\"",
                "    total = 0.0", "    for a, b in zip(points, points[1:]):", "        total += math.hypot(b.x - a.x, b.y - a.y)",
                "    return total * scale", ""]
    return "\n".join(out)


def _cx_long_easy(g):
    """Long texts with a trivial ask: (lang, style, text)."""
    r = g.rng
    items = []
    for lang in ["en", "de", "fr", "es", "zh", "ja", "ru", "pt"]:
        items.append((lang, "long article title", article(g, lang) + "\n\n" + ASK_TITLE[lang]))
        items.append((lang, "long article language", article(g, lang, 2) + "\n\n" + ASK_LANG[lang]))
    # typo fixes in English / German / Spanish
    for lang, wrong, right, ask in [("en", "curbside", "curbsdie", "There's one typo in this article. Fix it and give me only the corrected sentence."),
                                    ("de", "Öffnungszeiten", "Öffnungzeiten", "Im Text ist ein Tippfehler. Korrigiere nur diesen einen Satz."),
                                    ("es", "carriles", "carrilles", "Hay una errata en el texto, corrígela y devuelve solo esa frase.")]:
        txt = article(g, lang)
        txt = txt.replace(wrong, right, 1)
        items.append((lang, "long text typo fix", txt + "\n\n" + ask))
    # translate only the last sentence
    for lang in ["de", "fr", "ru", "ja"]:
        items.append((lang, "long text translate one sentence", article(g, lang) + "\n\nTranslate only the last sentence into English."))
    # logs / code / csv with trivial asks
    items.append(("en", "log paste trivial", "\n".join(log_lines(g, 80)) + "\n\nwhat's the timestamp of the first line?"))
    items.append(("en", "log paste trivial", "\n".join(log_lines(g, 70)) + "\n\nis this JSON or plain text logs?"))
    items.append(("en", "code paste trivial", code_file(g) + "\n\nwhat's the name of the class in this file?"))
    items.append(("en", "code paste trivial", code_file(g, 12) + "\n\nadd a one-line comment at the top saying 'geometry helpers'. return just that line"))
    rows = ["id,product,category,price"] + [f"{i},{g.pick(['lamp', 'chair', 'desk', 'shelf', 'rug'])} {i},{g.pick(['home', 'office'])},{r.randint(5, 400)}.99" for i in range(1, 90)]
    items.append(("en", "csv paste trivial", "\n".join(rows) + "\n\nwhat are the column names?"))
    items.append(("en", "csv paste trivial", "\n".join(rows[:70]) + "\n\nconvert just the header row to title case"))
    letter = ("Dear residents,\n\n" + " ".join(ARTICLE["en"] * 2) + "\n\nKind regards,\nThe Sanitation Department\nCity Hall, Room 204")
    items.append(("en", "long letter trivial", letter + "\n\nWhich department signed this letter?"))
    items.append(("en", "long letter trivial", letter + "\n\nIs the tone of this letter formal or informal? One word."))
    recipe = ("Grandma-style apple cake\n\nIngredients: 4 apples, 200 g flour, 150 g sugar, 3 eggs, 120 g butter, 1 tsp baking powder, pinch of salt, cinnamon.\n\n" +
              "\n".join(f"Step {i}: " + s for i, s in enumerate(["Preheat the oven to 180 C.", "Peel and slice the apples.", "Cream the butter and sugar.",
                                                                   "Beat in the eggs one at a time.", "Fold in flour, baking powder and salt.",
                                                                   "Spread the batter in a greased tin.", "Arrange the apples on top.",
                                                                   "Sprinkle with cinnamon and sugar.", "Bake for 45 minutes.", "Let cool before slicing."] * 3, 1)))
    items.append(("en", "recipe trivial", recipe + "\n\nWhat oven temperature does it say?"))
    minutes = "\n".join(f"- Item {i}: {s}" for i, s in enumerate([
        "budget review postponed", "new coffee machine approved", "parking passes renewed", "office plants watered by facilities",
        "fire drill scheduled", "holiday party venue confirmed", "printer toner ordered"] * 6, 1))
    items.append(("en", "meeting minutes trivial", "Minutes of the facilities committee, 12 November\n" + minutes + "\n\nWhat date is in the heading?"))
    items.append(("zh", "long text trivial", article(g, "zh", 4) + "\n\n请把第一段翻译成英文的第一句就行。".replace("第一段翻译成英文的第一句就行", "标题翻译成英文")))
    items.append(("ja", "long text trivial", article(g, "ja", 4) + "\n\nこの文章は「です・ます」調ですか、「だ・である」調ですか？"))
    items.append(("ru", "long text trivial", article(g, "ru", 4) + "\n\nПереведи заголовок на английский."))
    items.append(("pt", "long text trivial", article(g, "pt", 4) + "\n\nEm que ano o mercado foi construído, segundo o texto?"))
    items.append(("es", "long text trivial", article(g, "es", 4) + "\n\n¿Cuántos kilómetros nuevos se construirán según el texto?"))
    items.append(("fr", "long text trivial", article(g, "fr", 4) + "\n\nCombien de temps dureront les travaux selon l'article ?"))
    items.append(("de", "long text trivial", article(g, "de", 4) + "\n\nWie viel kostet der Bibliotheksausweis laut Text?"))
    return items


LONG_HARD = [
    ("en", "incident postmortem", "Write the root-cause analysis for this incident and propose systemic fixes. Timeline: 02:10 a config "
     "push lowered the connection pool of the auth service from 200 to 20 (typo). 02:14 login latency rises; retries from mobile "
     "clients triple traffic. 02:20 autoscaler adds pods, each opening 20 connections, and the database hits max_connections. "
     "02:31 on-call paged; 02:58 config reverted but recovery takes 40 more minutes because clients back off exponentially "
     "without jitter. Explain the feedback loops, what monitoring should have caught it earlier, and rank the fixes."),
    ("en", "physics derivation", "A uniform ladder of length L and mass m leans against a frictionless wall, with coefficient of "
     "static friction mu at the floor. A person of mass M climbs it. Derive how far up the person can climb before the ladder "
     "slips as a function of the angle, discuss the limiting cases, and then redo the analysis if the wall also has friction mu_w."),
    ("es", "revisión de código", "Revisa este diseño: un microservicio en Node.js que recibe webhooks de pago, escribe en MongoDB "
     "y luego publica un evento en Kafka. A veces se pierden eventos y a veces se duplican cobros. Explica todos los escenarios "
     "de fallo posibles entre las tres operaciones, propón una solución con patrón outbox e idempotencia, y describe cómo probarla."),
    ("fr", "synthèse longue", "Rédige une note de synthèse de 1 200 mots pour un conseil d'administration sur les risques et "
     "opportunités de l'IA générative pour une mutuelle de santé : conformité (RGPD, AI Act), relation adhérents, fraude, "
     "emplois, coûts, et une feuille de route en trois phases avec indicateurs de succès."),
    ("en", "design doc", "We run a B2B SaaS with ~4,000 tenants on a single Postgres 15 cluster (primary + 2 replicas, 6 TB). "
     "Five tenants generate 60% of writes and occasionally cause lock contention that hurts everyone. We need tenant isolation "
     "without rewriting the app, budget is tight, and we must keep cross-tenant reporting for internal analytics. Compare at least "
     "three options (schema-per-tenant, sharding with Citus, moving the big five to dedicated clusters, row-level security + resource "
     "groups), estimate migration risk and cost for each, and recommend a phased plan with rollback points."),
    ("en", "code review", "This Go function sometimes returns stale results under load. Find every concurrency bug, explain the interleaving "
     "that triggers each, and give a corrected version.\n\nvar cache = map[string]result{}\nvar mu sync.RWMutex\n\n"
     "func Get(key string) result {\n    mu.RLock()\n    r, ok := cache[key]\n    mu.RUnlock()\n    if ok && time.Since(r.at) < ttl {\n        return r\n    }\n"
     "    go refresh(key)\n    return r\n}\n\nfunc refresh(key string) {\n    v := load(key)\n    mu.Lock()\n    cache[key] = result{v, time.Now()}\n    mu.Unlock()\n}"),
    ("en", "proof with context", "Let f: R -> R satisfy f(x + y) = f(x) + f(y) for all reals and be bounded on some interval [a, b]. "
     "Prove that f(x) = cx for some constant c. Then explain why the boundedness assumption is necessary by sketching the "
     "construction of a pathological solution using a Hamel basis, and state exactly which axiom that construction depends on."),
    ("en", "data analysis", "Our A/B test on checkout ran 21 days. Variant B: 48,120 sessions, 2,611 purchases; control: 47,905 sessions, "
     "2,472 purchases. But B shipped a bug on days 8-10 that broke Apple Pay for ~30% of iOS users, and iOS is 55% of traffic. "
     "Product wants to launch B. Work out whether the lift is significant overall and after excluding days 8-10, discuss peeking "
     "and novelty effects, and write a recommendation a VP can act on, including what you'd need to be confident."),
    ("en", "architecture", "Design the offline-first sync layer for a field-inspection mobile app: inspectors work for days without "
     "signal, several can edit the same site report, photos are up to 20 MB each, and the back office needs an audit trail of "
     "every change. Cover the data model, conflict resolution per field type, photo upload resumption, schema migrations on "
     "devices that have been offline for weeks, and how you'd test it."),
    ("en", "algorithm design", "You get a stream of (user_id, timestamp) click events, out of order by up to 5 minutes, at 2 million "
     "events per second. Produce, every minute, the exact number of distinct users in the last 24 hours, and an approximate answer "
     "within 1% error using bounded memory. Describe both solutions, their memory and latency, and how to handle late events "
     "and restarts without double counting."),
    ("en", "legal analysis", "A SaaS contract says (clause 9.2) liability is capped at fees paid in the prior 12 months, and (clause 14) "
     "the customer may terminate for convenience with 30 days notice and receive a pro-rata refund. The vendor had a data breach "
     "in month 3 of a 36-month prepaid term; the customer terminated in month 4. Analyse how the cap interacts with the refund, "
     "what arguments each side has, and which additional facts would change the outcome. Assume English law."),
    ("en", "long-form synthesis", "Write a 1,500-word briefing for a city council on whether to replace diesel buses with battery-electric "
     "or hydrogen buses over 10 years. Address total cost of ownership, grid upgrades, winter range, depot space, maintenance "
     "skills, and resilience during power outages, and end with a recommendation and the three biggest uncertainties."),
    ("en", "debugging", "A Kubernetes service has p99 latency spikes to 2s every ~10 minutes, p50 is fine. CPU is at 40%, memory stable, "
     "GC logs show nothing unusual. The spikes started after we moved from m5 to m6i nodes and enabled CPU limits. Walk through "
     "the most likely causes (CFS throttling, conntrack, DNS ndots, noisy neighbors, etc.), what evidence would distinguish them, "
     "and the order you would test them in."),
    ("en", "ml design", "We need to detect fraudulent refund requests. 0.4% are fraud, labels arrive 45 days late, and fraudsters adapt "
     "within weeks. Propose a modeling approach, features, how to evaluate offline and online under label delay, how to set "
     "thresholds given that a false positive costs $8 of support time and a missed fraud costs $140 on average, and how to "
     "monitor drift."),
    ("en", "code", "Implement an LRU cache with TTL in TypeScript that supports get, set, delete and a size limit in bytes (values are "
     "strings, count UTF-8 bytes). Expired entries must not be returned, eviction must be O(1), and there should be no timers per "
     "entry. Include tests for the tricky cases and explain the complexity of each operation."),
    ("en", "math explanation", "Explain why the eigenvalues of a real symmetric matrix are real and why eigenvectors for distinct "
     "eigenvalues are orthogonal, then use that to prove the spectral theorem for real symmetric matrices by induction on n. "
     "Be rigorous but readable for a second-year undergraduate."),
    ("en", "security review", "Review this login flow for vulnerabilities: the SPA posts username/password to /api/login, the server "
     "returns a JWT (HS256, 30-day expiry) in the JSON body, the SPA stores it in localStorage and sends it as a Bearer token. "
     "Password reset sends a 6-digit code valid for 24 hours, with no attempt limit. List each weakness, its realistic attack, "
     "severity, and a concrete fix, then propose a redesigned flow."),
    ("en", "strategy", "I run a 12-person bakery chain with 3 shops. Margins fell from 14% to 6% in two years: flour +40%, energy +70%, "
     "wages +12%, and prices +15%. Footfall is flat. Build a structured analysis of where the margin went, then propose a "
     "plan with at least five levers (pricing, product mix, hours, energy, wholesale), quantify each roughly, and sequence "
     "them over 12 months."),
    ("en", "distributed systems", "Explain how Raft guarantees that a committed entry is never lost, including the election restriction "
     "and the rule about committing entries from previous terms. Construct the scenario from the paper's Figure 8 step by step "
     "and show what goes wrong without that rule."),
    ("de", "architektur", "Wir betreiben einen Onlineshop mit Monolith (Java, Spring) und wollen den Checkout als eigenen Service "
     "herauslösen. Bestellungen, Lagerbestand und Zahlungen müssen konsistent bleiben, und wir dürfen im Weihnachtsgeschäft "
     "keine Ausfälle riskieren. Entwirf eine Migrationsstrategie (Strangler Pattern, Outbox, Sagas), beschreibe die Fehlerfälle "
     "und wie wir sie testen, und schlage eine Zeitleiste mit Go/No-Go-Kriterien vor."),
    ("de", "rechtliche analyse", "Ein Mieter hat ohne Zustimmung eine Wallbox in der Tiefgarage installieren lassen. Der Vermieter "
     "verlangt den Rückbau, der Mieter beruft sich auf § 554 BGB. Analysiere die Rechtslage ausführlich, inklusive Kostentragung, "
     "Sicherheitsleistung und der Rolle der Eigentümergemeinschaft."),
    ("fr", "analyse", "Notre startup hésite entre lever 2 M€ en seed auprès de business angels ou prendre un prêt BPI de 800 k€ "
     "avec un an de différé. Nous avons 14 mois de runway, un MRR de 45 k€ en croissance de 6 % par mois et un churn de 2,5 %. "
     "Modélise les deux scénarios sur 24 mois, discute la dilution, le risque et la signalisation, puis fais une recommandation argumentée."),
    ("es", "diseño de sistemas", "Diseña la arquitectura de un sistema de reservas para una red de 300 clínicas: disponibilidad "
     "en tiempo real, overbooking controlado, recordatorios por SMS, integración con cinco sistemas de historia clínica distintos "
     "y cumplimiento del RGPD. Explica el modelo de datos, cómo evitas dobles reservas y cómo escalar en picos de campañas de vacunación."),
    ("es", "análisis económico", "Analiza el impacto de subir el salario mínimo un 8 % en una región con alta tasa de temporalidad "
     "y mucho empleo en hostelería. Considera efectos sobre empleo, precios, economía sumergida y recaudación, compara con la "
     "evidencia empírica conocida y señala qué datos harían falta para una estimación fiable."),
    ("zh", "系统设计", "我们要为一个拥有五千万用户的社交应用设计消息推送系统，要求：消息不丢、按用户时区在合适时间发送、"
     "支持A/B测试不同文案、对同一用户每天最多推送三条。请给出整体架构、存储设计、去重与限流方案、失败重试策略，"
     "以及如何评估推送对留存的真实影响。"),
    ("ja", "設計レビュー", "社内の勤怠管理システムを刷新します。従業員は約八千人、シフト勤務と裁量労働が混在し、"
     "労基法の上限規制に沿った残業アラートが必要です。既存の給与システムとは夜間バッチで連携しています。"
     "データモデル、アラートの判定ロジック、移行計画、並行稼働期間の検証方法を具体的に設計してください。"),
    ("ru", "архитектура", "Банк хочет перейти с ночных пакетных расчётов процентов на расчёт в реальном времени. Объём — "
     "12 млн счетов, операции идут круглосуточно, ошибки недопустимы. Опиши архитектуру, как обеспечить идемпотентность и "
     "точность до копейки, как сверять результаты со старой системой в период параллельной работы и как откатываться."),
    ("ko", "시스템 설계", "전국 5천 개 매장의 재고를 실시간으로 동기화하는 시스템을 설계해줘. 매장 POS는 간헐적으로 오프라인이 되고, "
     "온라인 주문은 가까운 매장 재고로 출고돼. 과판매를 막는 방법, 데이터 모델, 장애 시나리오별 동작, 그리고 정합성 검증 방법을 설명해줘."),
    ("pt", "análise", "Uma cooperativa agrícola quer decidir entre investir em irrigação por gotejamento ou em seguro "
     "paramétrico contra seca. Temos dados de 15 anos de chuva e produtividade. Estruture a análise de risco, explique como "
     "modelar a distribuição de perdas, compare os dois investimentos em valor presente e risco de cauda e recomende."),
    ("it", "progettazione", "Progetta un sistema di prenotazione per i musei statali italiani che gestisca fasce orarie, gruppi scolastici, "
     "biglietti gratuiti per categorie diverse e picchi della prima domenica del mese. Spiega modello dati, gestione della "
     "concorrenza, prevenzione del bagarinaggio e piano di test di carico."),
    ("pl", "analiza", "Firma logistyczna ma 40 ciężarówek i 300 punktów dostaw dziennie z oknami czasowymi. Zaproponuj podejście do "
     "optymalizacji tras (VRPTW): sformułowanie, heurystyki, jak uwzględnić korki i przerwy kierowców, oraz jak mierzyć "
     "poprawę względem obecnego ręcznego planowania."),
    ("tr", "sistem tasarımı", "Bir e-ticaret sitesinde kampanya günlerinde trafik 30 katına çıkıyor ve stok tutarsızlıkları oluşuyor. "
     "Stok ayırma, ödeme ve sipariş akışını yeniden tasarla; kuyruklar, idempotency anahtarları, zaman aşımı ve geri alma "
     "senaryolarını ayrıntılı açıkla."),
    ("nl", "beleidsanalyse", "Analyseer of een gemeente beter een warmtenet kan aanleggen of inzetten op individuele warmtepompen "
     "voor een wijk uit de jaren zestig met 1.200 rijtjeshuizen. Neem isolatieniveau, netcongestie, kosten per huishouden, "
     "eigenaarschap en risico's mee, en geef een onderbouwd advies."),
    ("ar", "تحليل", "شركة ناشئة في مجال التوصيل تخسر المال في كل طلب. متوسط قيمة الطلب 60 ريالًا، العمولة 18%، تكلفة التوصيل 14 ريالًا، "
     "والتسويق يكلف 35 ريالًا لكل عميل جديد، والعميل يطلب 1.4 مرة شهريًا ويبقى 5 أشهر في المتوسط. حلّل اقتصاديات الوحدة، "
     "واقترح ثلاث استراتيجيات للوصول إلى الربحية مع حسابات تقريبية."),
    ("hi", "विश्लेषण", "एक छोटे शहर के सरकारी अस्पताल में ओपीडी में रोज़ 900 मरीज़ आते हैं और औसत प्रतीक्षा समय 3 घंटे है। "
     "कतार सिद्धांत का उपयोग करके समस्या का विश्लेषण करो, डॉक्टरों की संख्या और अपॉइंटमेंट सिस्टम के बदलावों का असर अनुमानित करो, "
     "और एक चरणबद्ध सुधार योजना बनाओ।"),
    ("en", "paper critique", "Critique this study design: researchers compared 300 patients who chose a new knee surgery with 300 who "
     "chose the standard one, found 20% better pain scores at 1 year, and concluded the new surgery is superior. Identify every "
     "source of bias you can, explain how each could produce the result without any real effect, and design a better study "
     "within a realistic budget."),
    ("en", "compiler", "Explain how to implement closure conversion and lambda lifting in a compiler for a small functional language "
     "with mutable variables captured by closures. Show the transformation on a concrete example with nested lambdas and "
     "a mutated counter, and discuss the trade-offs between boxing captured variables and copying them."),
    ("en", "economics", "Country X pegs its currency to the dollar, runs a 6% current account deficit, and its central bank "
     "holds reserves worth 4 months of imports. The Fed raises rates by 200 bp. Trace the likely chain of effects on capital "
     "flows, reserves, domestic rates, credit and growth, and compare the options of defending the peg, devaluing once, or "
     "floating, with historical examples."),
    ("en", "refactoring plan", "We have a 9-year-old Django monolith: 420k lines, 35% test coverage, raw SQL in views, a custom ORM "
     "layer, and Python 3.8. Team of 6. We need to reach Python 3.12 and Django 5 within a year while shipping features. "
     "Lay out the plan: sequencing, how to raise coverage where it matters, risk controls, and how to measure progress."),
]

SYS_HARD = ["You are a senior staff engineer. Be rigorous and explicit about trade-offs.",
            "You are a careful mathematician. Give complete proofs.",
            "Du bist ein erfahrener Softwarearchitekt."]


def _cx_long_hard_generated(g):
    items = []
    # latency table analysis
    rows = ["minute,rps,p50_ms,p99_ms,cpu_pct,db_conn_in_use"]
    for i in range(30):
        spike = i in (9, 10, 21, 22)
        rows.append(f"{i},{g.rng.randint(900, 1100)},{g.rng.randint(40, 60)},{g.rng.randint(1500, 2400) if spike else g.rng.randint(120, 260)},"
                    f"{g.rng.randint(35, 50)},{100 if spike else g.rng.randint(40, 80)}")
    items.append(("en", "data diagnosis", "Here is per-minute data from our API. Diagnose the root cause of the p99 spikes, explain "
                  "your reasoning from the numbers, and propose fixes with expected impact:\n" + "\n".join(rows)))
    # buggy binary search
    items.append(("en", "code correctness", "Prove or disprove that this function always terminates and returns the leftmost index of x "
                  "in a sorted array (or -1). If it's wrong, give a minimal counterexample and a corrected version with a loop invariant.\n\n"
                  "def find(a, x):\n    lo, hi = 0, len(a)\n    while lo < hi:\n        mid = (lo + hi) // 2\n        if a[mid] < x:\n"
                  "            lo = mid\n        else:\n            hi = mid\n    return lo if lo < len(a) and a[lo] == x else -1"))
    items.append(("en", "sql optimization", "This query takes 40s on 200M rows. Explain why from the plan and rewrite it; consider indexes, "
                  "partitioning and whether the semantics change.\n\nSELECT c.id, count(*) FROM customers c JOIN orders o ON o.customer_id = c.id\n"
                  "WHERE date_trunc('day', o.created_at) >= now() - interval '30 days' AND lower(c.country) = 'de'\nGROUP BY c.id ORDER BY 2 DESC LIMIT 50;\n\n"
                  "Seq Scan on orders o (cost=0.00..5412332.10 rows=66666667)\n  Filter: (date_trunc('day', created_at) >= (now() - '30 days'))"))
    return items


def _cx_multi_turn(g):
    """Multi-turn records: (label, adv, lang, style, messages)."""
    hard = [
        ("en", "multi-turn design", [
            {"role": "user", "content": "I'm building a job queue on top of Postgres."},
            {"role": "assistant", "content": "Sounds good. Are you using SKIP LOCKED, and how many workers?"},
            {"role": "user", "content": "Yes, SKIP LOCKED, 50 workers, 3k jobs/s. Now I need exactly-once side effects to a payment API "
                                        "that isn't idempotent, plus retries with backoff and a dead-letter queue. Design it end to end and "
                                        "prove where exactly-once holds and where it can't."}]),
        ("en", "multi-turn math", [
            {"role": "user", "content": "What's a martingale?"},
            {"role": "assistant", "content": "A sequence of random variables where the expected next value, given the past, equals the current value."},
            {"role": "user", "content": "OK. Now use the optional stopping theorem to find the expected duration of a symmetric random walk "
                                        "from 3 until it hits 0 or 10, and justify why the theorem's conditions hold."}]),
        ("de", "multi-turn", [
            {"role": "user", "content": "Kurze Frage zu Kubernetes."},
            {"role": "assistant", "content": "Gern, worum geht es?"},
            {"role": "user", "content": "Wir wollen Zero-Downtime-Deployments für eine zustandsbehaftete Anwendung mit WebSocket-Verbindungen "
                                        "und einer Datenbankmigration, die eine Spalte umbenennt. Entwirf den kompletten Ablauf inklusive "
                                        "Expand/Contract, Connection Draining und Rollback."}]),
    ]
    easy = [
        ("en", "multi-turn thanks", [
            {"role": "user", "content": "what's the boiling point of water in fahrenheit"},
            {"role": "assistant", "content": "212 °F at sea level."},
            {"role": "user", "content": "thanks!"}]),
        ("es", "multi-turn", [
            {"role": "user", "content": "¿Cómo se dice 'manzana' en inglés?"},
            {"role": "assistant", "content": "Apple."},
            {"role": "user", "content": "¿y 'pera'?"}]),
        ("ja", "multi-turn", [
            {"role": "user", "content": "今日は何曜日？"},
            {"role": "assistant", "content": "すみません、日付が分からないので、今日の日付を教えてください。"},
            {"role": "user", "content": "12月3日です"}]),
    ]
    return hard, easy


def check_cx_record(rec: dict) -> None:
    assert rec["label"] in (0, 1) and rec["endpoint"] == "chat"
    msgs = rec["body"]["messages"]
    assert msgs and msgs[-1]["role"] == "user" and isinstance(msgs[-1]["content"], str)
    n = sum(len(m["content"]) for m in msgs)
    last = len(msgs[-1]["content"])
    if rec["kind"] == "short_hard":
        assert rec["label"] == 1 and rec["length_adversarial"] and last <= 320, (rec["id"], last)
    if rec["kind"] == "long_easy":
        cjk = rec["lang"] in ("zh", "ja", "ko")
        assert rec["label"] == 0 and rec["length_adversarial"] and n >= (700 if cjk else 1200), (rec["id"], n)
    if rec["kind"] == "short_easy":
        assert rec["label"] == 0 and not rec["length_adversarial"] and last <= 80, (rec["id"], last)
    if rec["kind"] in ("long_hard", "multi_turn_hard"):
        cjk = rec["lang"] in ("zh", "ja", "ko")
        assert rec["label"] == 1 and not rec["length_adversarial"] and n >= (100 if cjk else 250), (rec["id"], n)


# ======================================================================================
# assembly
# ======================================================================================

def build_pii(seed: int) -> list:
    rng = random.Random(seed)
    c = Ctx(Gen(rng))
    out = []
    sens = [t for t in PII_T if t[1]]
    beni = [t for t in PII_T if not t[1]]
    for cat, sensitive, fn, times in sens + beni:
        for _ in range(times):
            for attempt in range(40):
                r = fn(c)
                vals = r.pop("vals")
                extra = r.pop("ents_extra")
                ents = []
                for lab in [v[0] for v in vals] + list(extra):
                    if lab not in ents:
                        ents.append(lab)
                rec = {"id": f"tundra-pii-{len(out) + 1:04d}", "category": cat, "sensitive": sensitive, "entities": ents,
                       "endpoint": r["endpoint"], "lang": r["lang"], "style": r["style"], "body": r["body"]}
                if not sensitive and benign_problems(rec["body"]) and attempt < 39:
                    continue
                check_pii_record(rec, vals)
                out.append(rec)
                break
    return out


def build_cx(seed: int) -> list:
    rng = random.Random(seed + 1)
    g = Gen(rng)
    raw = []  # (label, adv, kind, lang, style, messages)
    for lang, style, text in SHORT_HARD:
        raw.append((1, True, "short_hard", lang, style, [{"role": "user", "content": text}]))
    for lang, style, text in _cx_long_easy(g):
        raw.append((0, True, "long_easy", lang, style, [{"role": "user", "content": text}]))
    for lang, style, text in SHORT_EASY:
        raw.append((0, False, "short_easy", lang, style, [{"role": "user", "content": text}]))
    for lang, style, text in LONG_HARD + _cx_long_hard_generated(g):
        raw.append((1, False, "long_hard", lang, style, [{"role": "user", "content": text}]))
    hard_mt, easy_mt = _cx_multi_turn(g)
    for lang, style, msgs in hard_mt:
        raw.append((1, False, "multi_turn_hard", lang, style, msgs))
    for lang, style, msgs in easy_mt:
        raw.append((0, False, "short_easy", lang, style, msgs))
    rng.shuffle(raw)
    out = []
    for label, adv, kind, lang, style, msgs in raw:
        msgs = [dict(m) for m in msgs]
        if rng.random() < 0.25:
            sysm = rng.choice(SYS_HARD) if (label == 1 and rng.random() < 0.5) else rng.choice(SYSTEMS.get(lang, SYSTEMS["en"]))
            msgs.insert(0, {"role": "system", "content": sysm})
        rec = {"id": f"tundra-cx-{len(out) + 1:04d}", "label": label, "length_adversarial": adv, "kind": kind,
               "endpoint": "chat", "lang": lang, "style": style, "body": {"model": "auto", "messages": msgs}}
        check_cx_record(rec)
        out.append(rec)
    return out


def summarize(pii_recs, cx_recs) -> str:
    from collections import Counter
    lines = []
    cats = Counter((r["category"], r["sensitive"]) for r in pii_recs)
    lines.append(f"PII: {len(pii_recs)} records, sensitive {sum(r['sensitive'] for r in pii_recs)}, "
                 f"benign {sum(not r['sensitive'] for r in pii_recs)}")
    for (cat, s), n in sorted(cats.items(), key=lambda kv: (not kv[0][1], kv[0][0])):
        lines.append(f"  {'S' if s else 'B'} {cat:<22} {n}")
    lines.append(f"  languages {len({r['lang'] for r in pii_recs})}: {sorted({r['lang'] for r in pii_recs})}")
    lines.append(f"  styles {len({r['style'] for r in pii_recs})}; endpoints {dict(Counter(r['endpoint'] for r in pii_recs))}")
    lines.append(f"  entities {dict(Counter(e for r in pii_recs for e in r['entities']))}")
    lines.append(f"CX: {len(cx_recs)} records, label1 {sum(r['label'] for r in cx_recs)}, "
                 f"length-adversarial {sum(r['length_adversarial'] for r in cx_recs)}; kinds {dict(Counter(r['kind'] for r in cx_recs))}")
    lines.append(f"  languages {len({r['lang'] for r in cx_recs})}; styles {len({r['style'] for r in cx_recs})}; "
                 f"with system prompt {sum(r['body']['messages'][0]['role'] == 'system' for r in cx_recs)}; "
                 f"multi-turn {sum(sum(m['role'] == 'user' for m in r['body']['messages']) > 1 for r in cx_recs)}")
    return "\n".join(lines)


def write_jsonl(path: str, recs: list) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=20261205)
    ap.add_argument("--out", default="bench/data/signals")
    args = ap.parse_args()
    pii_recs = build_pii(args.seed)
    cx_recs = build_cx(args.seed)
    os.makedirs(args.out, exist_ok=True)
    write_jsonl(os.path.join(args.out, "pii_tundra.jsonl"), pii_recs)
    write_jsonl(os.path.join(args.out, "complexity_tundra.jsonl"), cx_recs)
    print(summarize(pii_recs, cx_recs))


if __name__ == "__main__":
    main()
