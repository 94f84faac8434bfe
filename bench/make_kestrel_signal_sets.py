"""Write the `kestrel` signal split: bench/data/signals/pii_kestrel.jsonl and complexity_kestrel.jsonl.

    python bench/make_kestrel_signal_sets.py [--seed 20261203] [--out bench/data/signals]

An independent generator for issue 12's "evaluate on a split generated after the last fix, by a
different generator". Its author wrote every phrasing by hand from how people actually type
(support tickets, lowercase chat with typos, forwarded mail, form dumps, dictated text, non-native
English, twenty-odd languages and scripts, code comments, CSV/JSON/YAML/HL7 pastes, tool-call
arguments, system prompts and earlier turns) without reading the detector, its tests or the other
generators. The random parts are only the values: names drawn from per-culture pools, and
identifiers generated with the checksums real ones carry (Luhn: cards, SIN, personnummer, South
African ID; IBAN mod-97 with each country's length; SSN area/group/serial ranges; Verhoeff Aadhaar;
DNI/NIE letters; CPF, BSN, PESEL, NIR, NRIC, RRN, HETU, TC Kimlik, My Number, Chinese resident ID,
NHS number and passport MRZ check digits), so no well-known test value is copied.

Labelling rules (what a compliance officer signs off):
- sensitive: the request carries personal data of a private, identifiable person — a private
  person's name (full, or a first name with a relationship cue), or any value shaped like one of
  the identifiers above, an e-mail address of a person, a home address, a date of birth, an IP
  address, a medical record / health-insurance number, a passport or national ID number — wherever
  it sits in the payload, written however it is written (spaced, split over lines, spelled out in
  words, obfuscated). A value shaped like a phone, card, SSN or IBAN counts even if it might be a
  test value: for routing, fail safe.
- benign: nothing of the above. Names of famous, historical or fictional people, and places,
  companies, products, diseases and algorithms named after people, are not personal data here.
  Identifier look-alikes (order numbers, SKUs, versions, hashes, ISBNs, CAS/UN/HS codes, ISINs,
  BICs, timestamps, build ids) are benign, and no benign record contains a string shaped like a
  phone, card, SSN, IBAN, person e-mail or public IP, even one labelled "example": that rule
  keeps every benign label defensible.
- complexity label 1: a strong model is needed (multi-step reasoning, proofs, design, non-trivial
  code, careful analysis); 0: a small local model does it fine. length_adversarial marks long but
  easy (pasted material with a trivial ask) and short but hard prompts.

Pure standard library and deterministic: the same seed writes the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
import re
from typing import Any, Callable

SPLIT = "kestrel"
DEFAULT_SEED = 20261203
OUT = Path(__file__).resolve().parent / "data" / "signals"

Message = dict[str, Any]

# --------------------------------------------------------------------------------------------
# Names: private-looking people from many cultures. (first, last, gender, order) where order
# "w" = given name first, "e" = family name first with a space, "x" = family name first, no space.
# --------------------------------------------------------------------------------------------

NAMES: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [("Colton", "Ashby", "m", "w"), ("Whitney", "Delacroix", "f", "w"), ("Dustin", "Farraday", "m", "w"),
          ("Monique", "Treadwell", "f", "w"), ("Megan", "Hollister", "f", "w"), ("Tyler", "Pruitt", "m", "w"),
          ("Courtney", "Ashworth", "f", "w"), ("Dwayne", "Kimbrough", "m", "w"), ("Heather", "Whitlock", "f", "w"),
          ("Brett", "Tillman", "m", "w"), ("Shannon", "Haskins", "f", "w"), ("Travis", "Pennock", "m", "w"),
          ("Lindsey", "Gorman", "f", "w"), ("Darnell", "Whitfield", "m", "w"), ("Keisha", "Burrell", "f", "w"),
          ("Jamal", "Overstreet", "m", "w"), ("Brianna", "Kowalczyk", "f", "w"), ("Garrett", "Lindqvist", "m", "w"),
          ("Latoya", "Simms", "f", "w")],
    "ie": [("Eoghan", "Ó Súilleabháin", "m", "w"), ("Gráinne", "Dunleavy", "f", "w"), ("Aoife", "Brennan", "f", "w"),
          ("Cathal", "Ó Briain", "m", "w"), ("Niamh", "Kehoe", "f", "w"), ("Ciarán", "McGuinness", "m", "w"),
          ("Siobhán", "Fitzmaurice", "f", "w"), ("Orlaith", "Geraghty", "f", "w")],
    "es": [("Valentina", "Ocampo", "f", "w"), ("Santiago", "Irigoyen", "m", "w"), ("Ximena", "Villalobos", "f", "w"),
          ("Rodrigo", "Quintanilla", "m", "w"), ("Itziar", "Etxeberria", "f", "w"),
          ("Marisol", "Cifuentes", "f", "w"), ("Joaquín", "Arrieta", "m", "w"), ("Lucía", "Bermúdez Soto", "f", "w"),
          ("Guadalupe", "Ochoa Ríos", "f", "w"), ("Mateo", "Zambrano", "m", "w")],
    "pt": [("Mariana", "Cerqueira", "f", "w"), ("Henrique", "Valadares", "m", "w"),
          ("Beatriz", "Sampaio Leite", "f", "w"), ("João Pedro", "Damasceno", "m", "w"),
          ("Thaís", "Nogueira", "f", "w"), ("Gabriela", "Bittencourt", "f", "w"), ("Caio", "Figueiredo", "m", "w"),
          ("Luana", "Assunção", "f", "w"), ("Rafael", "Albuquerque Lins", "m", "w")],
    "de": [("Lennart", "Schwertfeger", "m", "w"), ("Annika", "Pfannenstiel", "f", "w"),
          ("Jonas", "Wendtland", "m", "w"), ("Jannik", "Oberländer", "m", "w"),
          ("Friederike", "Kleinschmidt", "f", "w"), ("Malte", "Hagedorn", "m", "w"), ("Svenja", "Rößler", "f", "w"),
          ("Dietmar", "Brockmann", "m", "w"), ("Henrike", "Vogelsang", "f", "w")],
    "fr": [("Gaëlle", "Morvan", "f", "w"), ("Quentin", "Bessières", "m", "w"), ("Clémence", "Duplessis", "f", "w"),
          ("Théo", "Marchetti", "m", "w"), ("Anaïs", "Lefebvre-Roux", "f", "w"), ("Baptiste", "Guérin", "m", "w"),
          ("Maëlle", "Carpentier", "f", "w")],
    "it": [("Giulia", "Scarpellini", "f", "w"), ("Davide", "Marangoni", "m", "w"), ("Chiara", "Lombardi", "f", "w"),
          ("Lorenzo", "Bellandi", "m", "w"), ("Federica", "Santangelo", "f", "w"), ("Matteo", "Fiorucci", "m", "w")],
    "nl": [("Daan", "Kuipers", "m", "w"), ("Lotte", "Hendriksen", "f", "w"), ("Sanne", "van der Heijden", "f", "w"),
          ("Fleur", "de Wit", "f", "w"), ("Thijs", "Verhoeven", "m", "w")],
    "pl": [("Katarzyna", "Wilczyńska", "f", "w"), ("Bartłomiej", "Kaczmarek", "m", "w"),
          ("Agnieszka", "Szczepańska", "f", "w"), ("Grzegorz", "Pawlak", "m", "w"), ("Zofia", "Wójcik", "f", "w"),
          ("Przemysław", "Grabowski", "m", "w")],
    "ru": [("Светлана", "Кузнецова", "f", "w"), ("Дмитрий", "Белоусов", "m", "w"), ("Арсений", "Журавлёв", "m", "w"),
          ("Ольга", "Тихонова", "f", "w")],
    "ru_lat": [("Yekaterina", "Volkova", "f", "w"), ("Nikita", "Sorokin", "m", "w")],
    "uk": [("Mariia", "Kovalchuk", "f", "w"), ("Oksana", "Hnatyuk", "f", "w"), ("Taras", "Melnychuk", "m", "w"),
          ("Iryna", "Bondarenko", "f", "w")],
    "tr": [("Merve", "Özdemirci", "f", "w"), ("Kerem", "Taşdelen", "m", "w"), ("Burak", "Yıldırım", "m", "w"),
          ("Zeynep", "Aydoğan", "f", "w"), ("Emre", "Karataş", "m", "w"), ("Ayşe", "Çelikkol", "f", "w")],
    "ar": [("Layla", "Qasim", "f", "w"), ("Hamza", "Touati", "m", "w"), ("Fatima Zahra", "Benali", "f", "w"),
          ("Youssef", "El Amrani", "m", "w"), ("Noor", "Haddad", "f", "w"), ("Rania", "Mansour", "f", "w"),
          ("Omar", "Abu-Saleh", "m", "w")],
    "ar_script": [("خالد", "العتيبي", "m", "w"), ("ريم", "الشمري", "f", "w"), ("سامي", "حداد", "m", "w")],
    "fa": [("آرش", "مختاری", "m", "w"), ("شیرین", "رضایی\u200cنژاد", "f", "w")],
    "in": [("Aditi", "Venkataraman", "f", "w"), ("Siddharth", "Chatterjee", "m", "w"),
          ("Lakshmi", "Pillai", "f", "w"), ("Priya", "Raghunathan", "f", "w"), ("Rohan", "Deshpande", "m", "w"),
          ("Ananya", "Iyer", "f", "w"), ("Karthik", "Subramaniam", "m", "w"), ("Sneha", "Kulkarni", "f", "w"),
          ("Harpreet", "Kaur Sandhu", "f", "w"), ("Venkatesh", "Nallapaneni", "m", "w"),
          ("Mohammed Irfan", "Shaikh", "m", "w"), ("Devika", "Bhattacharya", "f", "w")],
    "hi": [("पूजा", "शर्मा", "f", "w"), ("अंकित", "मिश्रा", "m", "w")],
    "zh": [("秀英", "王", "f", "x"), ("建国", "李", "m", "x"), ("思琪", "刘", "f", "x"), ("浩然", "陈", "m", "x")],
    "zh_lat": [("Zihan", "Xu", "m", "e"), ("Xiuying", "Wang", "f", "e"), ("Haoran", "Chen", "m", "e"),
              ("Yutong", "Zhou", "f", "e"), ("Jiahui", "Liang", "f", "e")],
    "ja": [("美咲", "田中", "f", "x"), ("陽菜", "鈴木", "f", "x"), ("悠斗", "高橋", "m", "x")],
    "ja_lat": [("Yui", "Kobayashi", "f", "w"), ("Ryota", "Hasegawa", "m", "w"), ("Haruka", "Nishimura", "f", "w"),
              ("Kenji", "Matsuoka", "m", "w")],
    "ko": [("민준", "김", "m", "x"), ("서연", "이", "f", "x"), ("도현", "박", "m", "x")],
    "ko_lat": [("Ji-woo", "Yoon", "f", "w"), ("Min-seo", "Jang", "f", "w"), ("Seo-yeon", "Choi", "f", "w"),
              ("Do-hyun", "Kim", "m", "w"), ("Yerin", "Han", "f", "w")],
    "vi": [("Thị Lan", "Võ", "f", "e"), ("Thị Thu Hà", "Nguyễn", "f", "e"), ("Minh Khoa", "Trần", "m", "e"),
          ("Quốc Bảo", "Phạm", "m", "e")],
    "th": [("กมลวรรณ", "ศรีสุข", "f", "w"), ("ณัฐวุฒิ", "ทองมา", "m", "w")],
    "id": [("Sari", "Wulandari", "f", "w"), ("Dewi", "Kartikasari", "f", "w"), ("Bayu", "Prasetyo", "m", "w"),
          ("Rizky", "Hidayat", "m", "w")],
    "ph": [("Rowena", "Macaraeg", "f", "w"), ("Maria Cristina", "Dela Cruz", "f", "w"),
          ("Jerome", "Villanueva", "m", "w"), ("Kristine Mae", "Bautista", "f", "w")],
    "ng": [("Ngozi", "Eze-Uzor", "f", "w"), ("Olumide", "Bankole", "m", "w"), ("Halima", "Abdullahi", "f", "w"),
          ("Chukwuemeka", "Okonkwo", "m", "w"), ("Adaeze", "Nwosu", "f", "w"), ("Babatunde", "Adeyemi", "m", "w"),
          ("Funmilayo", "Ogunleye", "f", "w"), ("Ibrahim Musa", "Danjuma", "m", "w")],
    "gh": [("Abena", "Owusu-Ansah", "f", "w"), ("Yaw", "Boakye", "m", "w"), ("Efua", "Quaye", "f", "w"),
          ("Kwame", "Asante-Boateng", "m", "w"), ("Akosua", "Mensah", "f", "w"), ("Kofi", "Ampofo", "m", "w")],
    "ke": [("Njeri", "Mwangi", "f", "w"), ("Kiprono", "Rotich", "m", "w"), ("Wanjiru", "Kamau", "f", "w"),
          ("Otieno", "Ochieng", "m", "w"), ("Achieng", "Odhiambo", "f", "w")],
    "et": [("Hiwot", "Alemayehu", "f", "w"), ("Selamawit", "Tesfaye", "f", "w"), ("Dawit", "Gebremedhin", "m", "w")],
    "za": [("Nomvula", "Khumalo", "f", "w"), ("Thabo", "Sithole", "m", "w"), ("Thandiwe", "Mokoena", "f", "w"),
          ("Sipho", "Ndlovu", "m", "w"), ("Lerato", "Dlamini", "f", "w")],
    "gr": [("Ελένη", "Παπαδοπούλου", "f", "w"), ("Γιώργος", "Αθανασίου", "m", "w")],
    "hu": [("Levente", "Tóth", "m", "e"), ("Eszter", "Kovács", "f", "e"), ("Bence", "Nagy", "m", "e"),
          ("Réka", "Szabó", "f", "e")],
    "fi": [("Aino", "Heikkilä", "f", "w"), ("Juho", "Lappalainen", "m", "w")],
    "nordic": [("Astrid", "Nyberg", "f", "w"), ("Mikkel", "Thorsen", "m", "w"), ("Linnea", "Sjöberg", "f", "w"),
              ("Sindre", "Haugland", "m", "w"), ("Freja", "Kjærgaard", "f", "w")],
    "he": [("נועה", "בן דוד", "f", "w"), ("יונתן", "שפירא", "m", "w")],
}


@dataclass(frozen=True)
class Name:
    first: str
    last: str
    gender: str
    order: str

    @property
    def full(self) -> str:
        if self.order == "x":
            return self.last + self.first
        if self.order == "e":
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    def pron(self, he: str, she: str) -> str:
        return he if self.gender == "m" else she


# --------------------------------------------------------------------------------------------
# Check digits
# --------------------------------------------------------------------------------------------

def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    numeric = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(numeric) % 97 == 1


_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(partial: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(_VERHOEFF_INV[c])


def verhoeff_ok(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def mrz_digit(field: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(field):
        v = 0 if ch == "<" else int(ch, 36)
        total += v * weights[i % 3]
    return str(total % 10)


# --------------------------------------------------------------------------------------------
# Value generator
# --------------------------------------------------------------------------------------------

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
IBAN_SPECS: dict[str, str] = {  # BBAN pattern: n digit, a upper letter, c alphanumeric
    "DE": "18n", "GB": "4a14n", "FR": "10n11n2n", "ES": "20n", "IT": "1a10n12n", "NL": "4a10n", "BE": "12n",
    "CH": "5n12n", "AT": "16n", "PL": "24n", "PT": "21n", "IE": "4a14n", "SE": "20n", "NO": "11n", "DK": "14n",
    "FI": "14n", "TR": "5n1n16n", "SA": "2n18n", "AE": "3n16n", "RO": "4a16n", "GR": "7n16n", "HR": "17n",
    "CZ": "20n", "LT": "16n", "UA": "6n19n",
}
BANK_LETTERS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO"],
                "IE": ["AIBK", "BOFI"], "RO": ["BTRL", "RNCB"]}


class Gen:
    """Every random choice goes through one seeded Random, in a fixed order."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self._used: set[tuple[str, str]] = set()

    def pick(self, seq: list[Any] | tuple[Any, ...]) -> Any:
        return self.r.choice(seq)

    def d(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def nz(self, n: int) -> str:
        return str(self.r.randrange(1, 10)) + self.d(n - 1)

    def name(self, *cultures: str, gender: str | None = None) -> Name:
        pool = [(c, t) for c in cultures for t in NAMES[c]
                if (t[0], t[1]) not in self._used and gender in (None, t[2])]
        if not pool:
            raise RuntimeError(f"name pool exhausted for {cultures}")
        _, (first, last, gender, order) = self.r.choice(pool)
        self._used.add((first, last))
        return Name(first, last, gender, order)

    # ---- cards / bank ---------------------------------------------------------------------
    def card(self, brand: str) -> str:
        prefix, length = {
            "visa": (self.pick(["4"]), 16), "mc": (str(self.r.randrange(51, 56)), 16),
            "mc2": (str(self.r.randrange(2221, 2721)), 16), "amex": (self.pick(["34", "37"]), 15),
            "disc": ("6011", 16), "jcb": (str(self.r.randrange(3528, 3590)), 16), "diners": ("36", 14),
            "unionpay": ("62" + str(self.r.randrange(2126, 2926)), 16),
        }[brand]
        partial = prefix + self.d(length - len(prefix) - 1)
        return partial + luhn_digit(partial)

    @staticmethod
    def group(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
        out, i = [], 0
        for n in sizes:
            out.append(s[i:i + n])
            i += n
        if i < len(s):
            out.append(s[i:])
        return sep.join(p for p in out if p)

    def iban(self, country: str) -> str:
        spec, bban = IBAN_SPECS[country], ""
        num = ""
        for ch in spec:
            if ch.isdigit():
                num += ch
                continue
            n, num = int(num), ""
            if ch == "a":
                bban += self.pick(BANK_LETTERS[country]) if n == 4 and country in BANK_LETTERS else \
                    "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
            else:
                bban += self.d(n)
        if country == "TR":
            bban = bban[:5] + "0" + bban[6:]
        iban = country + iban_check(country, bban) + bban
        assert iban_ok(iban)
        return iban

    def ssn(self) -> tuple[str, str, str]:
        area = self.r.randrange(1, 900)
        while area == 666:
            area = self.r.randrange(1, 900)
        return f"{area:03d}", f"{self.r.randrange(1, 100):02d}", f"{self.r.randrange(1, 10000):04d}"

    # ---- dates / network ------------------------------------------------------------------
    def dob(self, lo: int = 1941, hi: int = 2006) -> dt.date:
        start = dt.date(lo, 1, 1).toordinal()
        return dt.date.fromordinal(self.r.randrange(start, dt.date(hi, 12, 31).toordinal()))

    def ipv4(self) -> str:
        first = self.pick([24, 31, 37, 46, 62, 67, 71, 73, 78, 79, 81, 82, 84, 86, 88, 89, 91, 92, 95, 98, 109,
                           151, 176, 178, 185, 188, 197, 212, 217])
        return f"{first}.{self.r.randrange(1, 255)}.{self.r.randrange(0, 256)}.{self.r.randrange(2, 255)}"

    def ipv6(self) -> str:
        head = self.pick(["2a02:8108", "2a01:cb00", "2001:16b8", "2600:1700", "2a00:23c5", "2406:3003"])
        return head + ":" + ":".join(f"{self.r.randrange(0, 0x10000):x}" for _ in range(6))

    # ---- national identifiers -------------------------------------------------------------
    def nino(self) -> str:
        bad_pairs = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
        while True:
            a = self.pick("ABCEGHJKLMNOPRSTWXYZ")
            b = self.pick("ABCEGHJKLMNPRSTWXYZ")
            if a + b not in bad_pairs and a + b != "QQ":
                break
        return f"{a}{b}{self.d(6)}{self.pick('ABCD')}"

    def dni(self) -> str:
        n = self.nz(8)
        return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]

    def nie(self) -> str:
        lead = self.pick("XYZ")
        n = self.d(7)
        return lead + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(lead)) + n) % 23]

    def cpf(self) -> str:
        base = [int(c) for c in self.nz(9)]
        for size in (10, 11):
            s = sum(v * w for v, w in zip(base, range(size, 1, -1)))
            base.append(0 if s % 11 < 2 else 11 - s % 11)
        return "".join(map(str, base))

    def aadhaar(self) -> str:
        partial = str(self.r.randrange(2, 10)) + self.d(10)
        n = partial + verhoeff_digit(partial)
        assert verhoeff_ok(n)
        return n

    def bsn(self) -> str:
        while True:
            n = self.nz(8)
            s = sum(int(c) * w for c, w in zip(n, range(9, 1, -1)))
            last = s % 11
            if last < 10:
                return n + str(last)

    def personnummer(self, born: dt.date) -> str:
        partial = born.strftime("%y%m%d") + self.d(3)
        return f"{partial[:6]}-{partial[6:]}{luhn_digit(partial)}"

    def pesel(self, born: dt.date) -> str:
        month = born.month + (20 if born.year >= 2000 else 0)
        partial = f"{born.year % 100:02d}{month:02d}{born.day:02d}{self.d(4)}"
        s = sum(int(c) * w for c, w in zip(partial, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)))
        return partial + str((10 - s % 10) % 10)

    def sin(self) -> str:
        partial = str(self.r.randrange(1, 8)) + self.d(7)
        return partial + luhn_digit(partial)

    def china_id(self, born: dt.date) -> str:
        region = self.pick(["110105", "440305", "310115", "510107", "330106", "420111"])
        partial = region + born.strftime("%Y%m%d") + self.d(3)
        weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
        s = sum(int(c) * w for c, w in zip(partial, weights))
        return partial + "10X98765432"[s % 11]

    def hetu(self, born: dt.date) -> str:
        indiv = f"{self.r.randrange(2, 900):03d}"
        sign = "-" if born.year < 2000 else "A"
        body = born.strftime("%d%m%y") + indiv
        return born.strftime("%d%m%y") + sign + indiv + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body) % 31]

    def nric(self) -> str:
        lead = self.pick("ST")
        digits = self.d(7)
        s = sum(int(c) * w for c, w in zip(digits, (2, 7, 6, 5, 4, 3, 2))) + (4 if lead == "T" else 0)
        return lead + digits + "ABCDEFGHIZJ"[11 - s % 11 - 1]

    def rrn(self, born: dt.date, female: bool) -> str:
        g = (4 if female else 3) if born.year >= 2000 else (2 if female else 1)
        partial = born.strftime("%y%m%d") + str(g) + self.d(5)
        s = sum(int(c) * w for c, w in zip(partial, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)))
        n = partial + str((11 - s % 11) % 10)
        return f"{n[:6]}-{n[6:]}"

    def nir(self, born: dt.date, female: bool) -> str:
        body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{self.pick(['75', '69', '13', '33', '59'])}" \
               f"{self.d(3)}{self.d(3)}"
        key = 97 - int(body) % 97
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"

    def tckn(self) -> str:
        d = [self.r.randrange(1, 10)] + [self.r.randrange(10) for _ in range(8)]
        d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
        d.append(sum(d) % 10)
        return "".join(map(str, d))

    def za_id(self, born: dt.date, female: bool) -> str:
        seq = self.r.randrange(0, 5000) if female else self.r.randrange(5000, 10000)
        partial = born.strftime("%y%m%d") + f"{seq:04d}" + "08"
        return partial + luhn_digit(partial)

    def my_number(self) -> str:
        partial = self.nz(11)
        s = 0
        for n, ch in enumerate(reversed(partial), start=1):
            q = n + 1 if n <= 6 else n - 5
            s += int(ch) * q
        rem = s % 11
        return partial + str(0 if rem <= 1 else 11 - rem)

    def nhs(self) -> str:
        while True:
            partial = str(self.r.randrange(4, 7)) + self.d(8)
            s = sum(int(c) * w for c, w in zip(partial, range(10, 1, -1)))
            check = 11 - s % 11
            if check == 11:
                check = 0
            if check != 10:
                return partial + str(check)


def words(digits: str, sep: str = " ") -> str:
    return sep.join(ONES[int(c)] for c in digits)


def fmt_date(d: dt.date, style: str) -> str:
    months_en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]
    months_de = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"]
    months_fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]
    months_es = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                 "noviembre", "diciembre"]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "eu": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "iso": d.isoformat(), "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "en_long": f"{d.day} {months_en[d.month - 1]} {d.year}",
        "us_long": f"{months_en[d.month - 1]} {d.day}, {d.year}",
        "de_long": f"{d.day}. {months_de[d.month - 1]} {d.year}",
        "fr_long": f"{d.day} {months_fr[d.month - 1]} {d.year}",
        "es_long": f"{d.day} de {months_es[d.month - 1]} de {d.year}",
        "ja": f"{d.year}年{d.month}月{d.day}日", "short_us": f"{d.month}/{d.day}/{d.year % 100:02d}",
    }[style]


# --------------------------------------------------------------------------------------------
# Record plumbing
# --------------------------------------------------------------------------------------------

@dataclass
class Sample:
    messages: list[Message]
    entities: list[str]
    values: list[str]  # every personal value exactly as it appears in the payload
    extra: dict[str, Any] | None = None


Frame = Callable[[Gen], Sample]
PII_FRAMES: list[tuple[str, Frame]] = []


def pii(category: str) -> Callable[[Frame], Frame]:
    def register(fn: Frame) -> Frame:
        PII_FRAMES.append((category, fn))
        return fn
    return register


def u(text: str) -> list[Message]:
    return [{"role": "user", "content": text}]


def turns(*pairs: tuple[str, str]) -> list[Message]:
    return [{"role": role, "content": text} for role, text in pairs]


def S(messages: list[Message], entities: list[str], *values: str, **extra: Any) -> Sample:
    return Sample(messages, entities, list(values), extra or None)


# ============================================================================================
# PII — person (private individuals' names)
# ============================================================================================

@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("es", gender="f")
    v = f"{n.first.lower()} {n.last.lower()}"
    return S(u(f"can u write a bday msg for my gf {v}, shes turning 30 n loves hiking and bad puns lol"), ["person"], v)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("en")
    return S(u(f"Ticket #{g.nz(5)}\nPriority: P3\nCustomer: {n.full}\nSubject: locked out after password reset\n"
               f"Body: tried 3 times, now it says account locked for 24h. i have a demo tomorrow!!\n\n"
               f"Draft a polite reply from the support team."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("zh", gender="f")
    return S(u(f"请帮我给{n.full}写一封感谢信，她上周末帮我搬家，还请我吃了饭。语气要真诚一点。"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ru", gender="f")
    return S(u(f"Моя коллега {n.full} уходит на пенсию после 27 лет в бухгалтерии. Напиши тёплую речь от "
               f"всего отдела, минуты на две."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ar_script")
    return S(u(f"اكتب رسالة اعتذار قصيرة إلى زميلي {n.full} لأنني تأخرت عن اجتماع الصباح مرتين هذا الأسبوع"),
             ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ja")
    return S(u(f"同僚の{n.full}さんに送るお礼のメールを書いてください。先月のリリースで夜遅くまで手伝ってもらいました。"),
             ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ko")
    return S(u(f"제 친구 {n.full}에게 생일 축하 문자를 써 주세요. 너무 진지하지 않게, 재밌게요 ㅋㅋ"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("hi", gender="f")
    return S(u(f"मेरी बहन {n.full} की शादी अगले महीने है, उसके लिए एक छोटा सा भाषण लिखो जो मज़ेदार भी हो"),
             ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("en")
    v = f"{n.first.lower()} {n.last.lower()}"
    return S(u(f"okay um new email to jessica no wait scratch that to {v} comma the quarterly review is pushed to "
               f"thursday period can you let the others know period thanks bye"), ["person"], v)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ie", "en")
    return S(u(f"I have to write a mid-year review for {n.full} on my team. {n.pron('He', 'She')} missed two sprint "
               f"deadlines but mentored both interns really well and rewrote our onboarding docs. Help me phrase it "
               f"so it's honest but constructive."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("en", "ie")
    return S(u(f"how do i report my manager {n.full} to HR without it blowing back on me? keeps booking 1:1s at 7pm "
               f"and then shouting when people decline"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ie", gender="f")
    return S(u(f"my sister {n.first} keeps borrowing money and never paying it back (like 1800 euro at this point). "
               f"how do i bring it up without it turning into a huge fight at christmas"), ["person"], n.first)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ng", gender="f")
    return S(u(f"My elderly neighbour Mrs. {n.last} fell on the ice this morning and is too proud to ask for help. "
               f"What's a kind way to offer to do her shopping for a few weeks?"), ["person"], f"Mrs. {n.last}")


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("pt")
    return S(u(f"matched with {n.full} on hinge, profile says ceramics + bouldering + 'will judge your coffee order'. "
               f"give me 3 openers that arent cringe"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("pl")
    return S(u(f"# -*- coding: utf-8 -*-\n# Author: {n.full}\n# Created: 2019-06-11\n\ndef norm(s):\n"
               f"    return s.strip().lower()\n\ndef dedupe(rows):\n    seen = set()\n    for r in rows:\n"
               f"        k = norm(r[0])\n        if k not in seen:\n            seen.add(k)\n            yield r\n\n"
               f"add type hints and a docstring pls, keep the header as is"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    a, b, c = g.name("nl"), g.name("de"), g.name("in")
    return S(u(f"Notes from Tuesday sync:\n- {a.full} to chase the vendor about the SLA credits\n"
               f"- {b.full} owns the migration runbook, draft by Fri\n- {c.full} out next week (parental leave)\n"
               f"- budget question parked\n\nturn these into an action item table with owner / task / due"),
             ["person"], a.full, b.full, c.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("pt")
    return S(u(f"My landlord in Lisbon, {n.full}, won't return my €1,200 deposit even though I left the flat "
               f"spotless and have photos. What are my options under Portuguese law?"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("en")
    return S(u(f"Please write a short condolence card for the family of {n.full}, who was our mail carrier for "
               f"almost 20 years. Everyone on the street knew {n.pron('him', 'her')}."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("in", gender="m")
    return S(u(f"my dad {n.full} (64) just got diagnosed with type 2 diabetes. what questions should we ask the "
               f"endocrinologist at the first appointment?"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("en", gender="f")
    return S(u(f"Draft a note to Ms. {n.last}, my son's 3rd grade teacher at Lincoln Elementary, saying he'll miss "
               f"Friday for an orthodontist appointment and asking for the homework."), ["person"], f"Ms. {n.last}")


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("de")
    return S(u(f"Schreib bitte eine freundliche, aber bestimmte Zahlungserinnerung an {n.full}. Die Rechnung über "
               f"840 € für die Gartenarbeiten ist seit drei Wochen überfällig."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("fr", gender="f")
    return S(u(f"Peux-tu rédiger un mot d'excuse pour l'école ? Ma fille s'appelle {n.full}, elle était malade "
               f"mardi et mercredi (gastro)."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("es")
    return S(u(f"ayudame a escribirle a {n.full} que no voy a poder ir a su boda en oaxaca, pero que suene bonito "
               f"y no como excusa barata"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("pt", gender="f")
    return S(u(f"Preciso de uma carta de recomendação para minha ex-estagiária {n.full}. Ela ficou 8 meses no "
               f"time de marketing e cuidou sozinha das campanhas de e-mail."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("tr")
    return S(u(f"Ev sahibim {n.full} kirayı %60 artırmak istiyor. Ona kibar ama net bir mesaj yazar mısın? "
               f"Sözleşmem 2027'ye kadar."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("vi", gender="f")
    return S(u(f"Viết giúp tôi lời chúc mừng sinh nhật cho bà nội tôi, bà {n.full}, năm nay bà tròn 80 tuổi."),
             ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("id")
    return S(u(f"Tolong buatkan surat izin tidak masuk kerja atas nama {n.full}, bagian gudang, karena demam "
               f"sejak kemarin malam."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("pl", gender="f")
    return S(u(f"Napisz maila do pani z kadr (nazywa się {n.full}) z prośbą o zaświadczenie o zatrudnieniu "
               f"i zarobkach, potrzebne do kredytu."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("hu")
    return S(u(f"Írj egy rövid köszönőlevelet. Címzett: {n.full}, a szomszédom, aki két hétig vigyázott a "
               f"macskámra, amíg kórházban voltam."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("gh", "ke")
    em = f"{n.first.lower()}.{n.last.lower().replace('-', '')}@gmail.com"
    return S(u(f"---------- Forwarded message ---------\nFrom: {n.full} <{em}>\nDate: Mon, 30 Nov 2026 at 09:14\n"
               f"Subject: Re: roof repair quote\n\nHello, as discussed the total comes to $4,350 including "
               f"materials, half upfront. We can start the 14th.\n\n---\ndoes this quote sound reasonable for "
               f"replacing ~40 sq m of shingles?"), ["person", "email"], n.full, em)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("en")
    return S(u(f"@channel heads up, {n.full} from the Leeds office is sitting in on standup tmrw. "
               f"can someone write a welcome msg thats not cringe"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ar", gender="m")
    return S(u(f"Please can you make correction of my letter. Dear Sir, I am writing for my brother {n.full} who "
               f"is need the invitation letter for visit me in Germany for 3 weeks in summer. He will stay in my "
               f"flat and I pay all the costs."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("gh", gender="f")
    return S(u(f"Help me write an obituary for my grandmother {n.full}. Born in Kumasi, seamstress for 50 years, "
               f"raised six children and half the neighbourhood. Funeral is on Saturday."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ph", gender="f")
    return S(u(f"We're about to hire {n.full} as a night-shift nurse. Her previous employer only said she was "
               f"'fine'. What follow-up questions can I legally ask in a reference check?"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("en")
    v = f"{n.first.lower()} {n.last.lower()}"
    return S(u(f"yo is it weird to text {v} from the gym after like 2 weeks of not talking? we got coffee once"),
             ["person"], v)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("th")
    return S(u(f"ช่วยเขียนข้อความขอบคุณคุณ{n.full} ที่ช่วยดูแลลูกสาวของฉันตอนที่ฉันไม่สบายหน่อยค่ะ"),
             ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("he")
    return S(u(f"תכתוב הודעה קצרה ל{n.full} שהפגישה של מחר נדחתה ליום חמישי בעשר"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ke")
    return S(u(f"Niandikie ujumbe wa pole kwa {n.full}, mama yake amefariki jana. Iwe fupi na ya heshima."),
             ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("gr", gender="f")
    return S(u(f"Γράψε ένα σύντομο email στην {n.full} για να ακυρώσω το ραντεβού της Πέμπτης."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("fa")
    return S(u(f"یک پیام تبریک تولد برای دوستم {n.full} بنویس، خیلی رسمی نباشه"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("it", gender="f")
    spelled = "-".join(n.first.upper()) + "  " + "-".join(n.last.upper())
    return S(u(f"the customer spelled her name on the phone as {spelled}. write the account welcome email "
               f"addressed to her with the name written normally"), ["person"], spelled)


@pii("person")
def _(g: Gen) -> Sample:
    a, b, c = g.name("ng"), g.name("ng"), g.name("za")
    return S(u(f"| night | nurse |\n|---|---|\n| Mon | {a.full} |\n| Tue | {b.full} |\n| Wed | {a.full} |\n"
               f"| Thu | {a.full} |\n| Fri | {c.full} |\n\ndoes anyone work 3 nights in a row here? we have a "
               f"rule against it"), ["person"], a.full, b.full, c.full)


@pii("person")
def _(g: Gen) -> Sample:
    a, b, c, d = g.name("gh"), g.name("nordic"), g.name("nordic"), g.name("ko_lat", gender="f")
    return S(u(f"wedding seating, table 4 has 8 seats: {a.full} + partner, {b.full}, {c.full}, {d.full} and her "
               f"husband, my aunt and uncle. {b.first} and {c.first} just broke up. suggest an arrangement"),
             ["person"], a.full, b.full, c.full, d.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("de", "nl")
    return S(u(f"Dr. {n.full} at the walk-in clinic dismissed my chest pain as anxiety twice. I want to file a "
               f"formal complaint. How do I structure it?"), ["person"], f"Dr. {n.full}")


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("za", gender="m")
    return S(u(f"my son (9) is being picked on by a kid called {n.full} in his class. teacher says 'boys will be "
               f"boys'. what do i say at the parent meeting on thursday?"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("in")
    return S(u(f"Interview debrief — candidate: {n.full}\nSQL: strong\nSystem design: weak on caching\n"
               f"Culture: great questions\nRewrite this as a hiring committee summary, 5 sentences max."),
             ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("pt")
    fold = str.maketrans("áàâãçéêíóôõúü", "aaaaceeiooouu")
    handle = f"@{n.first.lower().split()[0]}.{n.last.lower().split()[0]}".translate(fold)
    return S(u(f"{handle} can u review the PR before lunch? if not ill ask someone else. "
               f"also rewrite this msg to sound less passive aggressive"), ["person"], handle)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ja_lat")
    return S(u(f"{n.full}-san ni okuru orei no meeru wo kaite kudasai. kinou no settai de osewa ni narimashita."),
             ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("nl", gender="f")
    return S(u(f"Kun je een grappig verjaardagsgedicht schrijven voor mijn collega {n.full}? Ze wordt 40 en is "
               f"gek op zeilen en drop."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("fi")
    return S(u(f"Naapurini {n.full} lainasi minulle peräkärryä koko viikonlopuksi. Kirjoita hänelle lyhyt "
               f"kiitosviesti."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ie")
    return S(u(f"Write a retirement speech for {n.full}, 31 years at the county council roads department, "
               f"famous for the worst puns in Munster."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("zh_lat")
    return S(u(f"my roommate {n.full} keeps using my stuff without asking. how do i bring it up, we're both "
               f"international students and i dont want it to be awkward"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("et", gender="f")
    return S(u(f"Our cleaner {n.full} asked for a reference letter for a new job in a hotel. She worked for us "
               f"3 years, always reliable. Can you draft it?"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ko_lat")
    return S(u(f"Translate to Korean and make it polite: \"Dear {n.full}, thank you for hosting us in Busan, "
               f"the dinner was unforgettable.\""), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("uk", gender="f")
    return S(u(f"Need a cover note for the visa office: I am sponsoring my fiancée {n.full} (Ukrainian citizen), "
               f"we met in Kraków in 2023. Keep it factual."), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ar")
    return S(u(f"coach {n.last} keeps benching my daughter without explanation. she's the only girl on the u12 "
               f"team. draft an email to the club chair that stays calm. coach's full name is {n.full}"),
             ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ru_lat")
    return S(u(f"Can you summarise this for my boss: 'Per our call, {n.full} (contractor) will hand over the "
               f"payroll scripts on Dec 12 and stays available for questions until Jan 31.'"), ["person"], n.full)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("tr", gender="f")
    return S(turns(("system", "You are a helpful writing assistant for a small bakery."),
                   ("user", f"write a thank-you note to our regular customer {n.full} who ordered 200 simit for "
                            f"her daughter's school festival")), ["person"], n.full)



@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("ng", gender="f")
    return S(u(f"my wife {n.first} and I keep arguing about moving closer to her parents in Enugu. can you help "
               f"us list the pros and cons fairly, without taking sides"), ["person"], n.first)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("es", gender="m")
    return S(u(f"Mi hermano {n.first} se acaba de divorciar y está fatal. ¿Cómo lo apoyo sin agobiarlo?"),
             ["person"], n.first)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("de", gender="f")
    return S(u(f"Meine Kollegin {n.first} aus der Buchhaltung hat morgen Geburtstag und ich habe nichts. Ideen "
               f"unter 20 €, bitte nichts mit Alkohol."), ["person"], n.first)


@pii("person")
def _(g: Gen) -> Sample:
    n = g.name("nordic", "fi")
    filler = ("The group went through the quarterly numbers slide by slide. Revenue was flat in the north region "
              "and slightly up in the south, mostly from the two new distributors. Marketing asked for more budget "
              "for the spring campaign and finance asked for a breakdown first. The warehouse move is on track for "
              "March, although the forklift lease is still being negotiated. ")
    return S(u(f"Minutes, planning meeting, 2 December\n\n{filler}{filler.replace('quarterly', 'monthly')}"
               f"Action: {n.full} to send the revised forecast to the regional leads by Friday. "
               f"{filler.replace('north', 'east')}\n\nCan you shorten these minutes to five bullet points?"),
             ["person"], n.full)

# ============================================================================================
# PII — phone
# ============================================================================================

@pii("phone")
def _(g: Gen) -> Sample:
    v = f"07{g.pick(['911', '834', '723', '958', '462'])} {g.d(6)}"
    return S(u(f"pls call me back on {v} after 6, ta. its about the boiler service"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"({g.pick(['415', '312', '617', '206'])}) {g.nz(3).replace('5', '6', 1)}-{g.d(4)} x{g.d(3)}"
    return S(u(f"my office number changed, it's {v} now — can you update my email signature block?\n\n"
               f"Best regards\nSenior Buyer, Procurement"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"0176 / {g.d(4)} {g.d(4)}"
    return S(u(f"Bitte bau meine Handynummer in die Signatur ein: {v} (nur werktags erreichbar)"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"06 {g.d(2)} {g.d(2)} {g.d(2)} {g.d(2)}"
    return S(u(f"Rappelez-moi au {v} svp, c'est pour le devis de la cuisine. Rédige-moi ce message pour le "
               f"répondeur de l'artisan."), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"+91 9{g.d(4)} {g.d(5)}"
    return S(u(f"my whatsapp no is {v}, send the invoice there na. actually write that msg for me in formal "
               f"english for the client"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"(11) 9{g.d(4)}-{g.d(4)}"
    return S(u(f"escreve um anúncio curto pra vender minha bicicleta aro 29, 1.200 reais, interessados me chamem "
               f"no zap {v}"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"090-{g.d(4)}-{g.d(4)}"
    return S(u(f"不在着信への折り返しメッセージを作ってください。折り返しは{v}までお願いします、という内容で。"),
             ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    area = g.pick(["917", "646", "718"])
    rest = g.nz(3) + g.d(4)
    v = f"{words(area)}, {words(rest[:3])}, {words(rest[3:])}"
    return S(u(f"my cell is {v} — can you turn that into a contact card format with the digits"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    part1, part2 = f"+44 20 {g.pick(['3', '8'])}{g.d(3)}", g.d(4)
    return S(u(f"can you make this into a nice out-of-office?\n\nback monday. urgent stuff call\n{part1}\n{part2}\n"
               f"otherwise email the team inbox"), ["phone"], part1, part2)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"{g.pick(['512', '737', '214'])}.{g.nz(3)}.{g.d(4)}"
    return S(u(f"write a note for the front door: delivery guys pls dont leave packages on the step, text {v} "
               f"and ill come down"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"0803 {g.d(3)} {g.d(4)}"
    return S(u(f"abeg help me write message to my customers that i don change shop location to Ikeja, my line na "
               f"{v}, make e sound professional"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"({g.pick(['537', '286', '674', '393'])}) {g.nz(3)}-{g.d(4)}"
    return S(u(f"put this in my resume header properly: reach me at {v}, open to relocation"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"0412 {g.d(3)} {g.d(3)}"
    return S(u(f"lost dog poster pls!! brown kelpie, answers to Biscuit, red collar, last seen near the oval. mob "
               f"{v} any time"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"13{g.d(1)} {g.d(4)} {g.d(4)}"
    return S(u(f"帮我写一条闲鱼的出售信息：九成新婴儿推车，300元，自提，联系电话{v}"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"+7 (9{g.d(2)}) {g.d(3)}-{g.d(2)}-{g.d(2)}"
    return S(u(f"Сделай объявление о сдаче комнаты: 15 минут от метро, без животных. Звонить по {v} после 18:00"),
             ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"010-{g.d(4)}-{g.d(4)}"
    return S(u(f"학원 전단지 문구 좀 다듬어 주세요. 상담 문의는 {v}로 연락 주세요 라는 말도 넣어서요"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"+52 55 {g.d(4)} {g.d(4)} ext. {g.d(2)}"
    return S(u(f"Traduce al inglés mi firma: Lic. en Contaduría, Despacho Contable, Tel. {v}"), ["phone"], v)


@pii("phone")
def _(g: Gen) -> Sample:
    v = f"+27 {g.pick(['82', '72', '83'])} {g.d(3)} {g.d(4)}"
    return S(turns(("user", f"I'm selling my car, a 2014 Polo, 98 000 km. Contact {v}."),
                   ("assistant", "Sure — do you want a short listing or a detailed one?"),
                   ("user", "short one for facebook marketplace, keep my number in")), ["phone"], v)


# ============================================================================================
# PII — email
# ============================================================================================

@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("en")
    v = f"{n.first.lower()}.{n.last.lower()}{g.d(2)}@gmail.com"
    return S(u(f"send the receipts to {v} pls, the other address bounces"), ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("in")
    v = f"{n.first.lower()} dot {n.last.lower().split()[0]} at gmail dot com"
    return S(u(f"write me a short bio for the conference site and end it with 'reach me at {v}' (writing it like "
               f"that because of spam bots)"), ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("de")
    v = f"{n.first[0].lower()}.{n.last.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ß', 'ss')}[at]web[dot]de"
    return S(u(f"Formuliere eine Kleinanzeige: Gebrauchtes Rennrad, Rahmenhöhe 56, 450 € VB. Kontakt: {v}"),
             ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("pt")
    v = f"{n.first.lower().replace(' ', '')}.{n.last.lower().split()[0]}@amarante-logistica.com.br"
    return S(u(f"fix the formatting of my signature, it looks bad in outlook:\n\nAtt,\n{n.full}\nAnalista Sênior | "
               f"Supply Chain\n{v}"), ["email", "person"], v, n.full)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("ja_lat")
    v = f"{n.first[0].lower()}.{n.last.lower()}{g.d(4)}@docomo.ne.jp"
    return S(u(f"履歴書の連絡先欄を整えてください。メール：{v}"), ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("es")
    v = f"{n.first.lower().replace('í', 'i')}.{n.last.lower().split()[0].replace('é', 'e')}+newsletter@outlook.es"
    return S(u(f"why do some shops reject my email {v} when I sign up? is the plus sign the problem?"),
             ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("uk")
    v = f"{n.first[0].lower()}.{n.last.lower()}@ukr.net"
    return S(u(f'<p>Questions? <a href="mailto:{v}">write to me</a></p>\n\nwhy does this link not open '
               f'outlook on my colleague\'s mac?'), ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("gh")
    v = f"{n.first.upper()}.{n.last.upper().split('-')[0]}{g.d(2)}@YAHOO.COM"
    return S(u(f"MY EMAIL IS {v} PLEASE RESEND THE ACTIVATION LINK I HAVE TRIED FOUR TIMES. make this sound "
               f"less angry"), ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("tr")
    v = f"{n.first.lower().replace('ş', 's').replace('ı', 'i')}_{g.d(2)} (at) hotmail (dot) com"
    return S(u(f"Instagram bio'm için İngilizce bir şey yaz: el yapımı takı, sipariş için {v}"), ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    v = f"{g.nz(10)}@qq.com"
    return S(u(f"帮我把这段话改得正式一点：有问题可以发邮件到{v}，我一般晚上看"), ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("ko_lat")
    v = f"{n.last.lower()}{n.first.lower().replace('-', '')}{g.d(2)}@naver.com"
    return S(u(f"과제 자료는 {v} 으로 보내주세요 — 이 문장 영어로 번역해줘"), ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("et")
    good = f"{n.first.lower()}.{n.last[:2].lower()}@protonmail.com"
    bad = f"{n.first.lower()}.{n.last[:2].lower()}x@protonmail.com"
    return S(u(f"i typed my email wrong when i registered, it should be {good} not {bad}. write a short msg "
               f"to support asking them to fix it"), ["email"], good, bad)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("pt")
    first = n.first.lower().replace('ã', 'a').replace('í', 'i').replace(' ', '')
    last = n.last.lower().replace('ç', 'c').replace('ã', 'a').split()[0]
    v = f"{first} . {last} @ uol . com . br"
    return S(u(f"coloca no final do convite: confirmar presença pelo e-mail {v}"), ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("fr")
    v = (f"{n.first.lower().replace('é', 'e').replace('ï', 'i').replace('ë', 'e')}."
         f"{n.last.lower().replace('é', 'e')}@orange.fr")
    return S(u(f"Corrige les fautes : Voici mon adresse mail {v} , merci de menvoyer la facture rapidemment"),
             ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("ru_lat")
    v = f"{n.first[0].lower()}.{n.last.lower()}@yandex.ru"
    return S(u(f"Переведи на английский: «Почта для связи — {v}, пишите в любое время»"), ["email"], v)


@pii("email")
def _(g: Gen) -> Sample:
    n = g.name("ph")
    v = f"{n.first.split()[0].lower()}{n.last.lower().replace(' ', '')}{g.d(4)}@yahoo.com.ph"
    return S(turns(("user", f"my paypal is linked to {v} but i forgot the password"),
                   ("assistant", "You can reset it from the login page via 'Forgot password'."),
                   ("user", "the reset mail never comes. what else can i try")), ["email"], v)


# ============================================================================================
# PII — credit_card
# ============================================================================================

@pii("credit_card")
def _(g: Gen) -> Sample:
    v = g.group(g.card("visa"), (4, 4, 4, 4))
    return S(u(f"why was my card declined?? {v} exp 09/28 it has money on it"), ["credit_card"], v)


@pii("credit_card")
def _(g: Gen) -> Sample:
    v = g.group(g.card("amex"), (4, 6, 5))
    return S(u(f"Hotel wants a card to hold the room, can you write the email? Use my Amex {v}, "
               f"name as on card, check-in 14 Feb"), ["credit_card"], v)


@pii("credit_card")
def _(g: Gen) -> Sample:
    v = g.card("mc")
    return S(u(f"pls charge {v} for the deposit and send me confirmation - write this as a reply to the "
               f"landlord's email"), ["credit_card"], v)


@pii("credit_card")
def _(g: Gen) -> Sample:
    v = g.group(g.card("disc"), (4, 4, 4, 4), "-")
    return S(u(f"Customer says: 'charged twice on {v} for order 88213, want a refund'. Draft the support reply."),
             ["credit_card"], v)


@pii("credit_card")
def _(g: Gen) -> Sample:
    c = g.card("visa")
    a, b = g.group(c[:8], (4, 4)), g.group(c[8:], (4, 4))
    return S(u(f"ok the card is\n{a}\n{b}\nexp 03/29\nis this enough for the booking form or do they need more"),
             ["credit_card"], a, b)


@pii("credit_card")
def _(g: Gen) -> Sample:
    c = g.card("mc")
    v = ", ".join(words(c[i:i + 4]) for i in range(0, 16, 4))
    return S(u(f"dictating for the hold music IVR transcript: card number {v}, expiry oh seven twenty seven. "
               f"can you clean up this transcript"), ["credit_card"], v)


@pii("credit_card")
def _(g: Gen) -> Sample:
    v = g.group(g.card("mc2"), (4, 4, 4, 4))
    return S(u(f"Bitte als formelle E-Mail an die Buchhaltung: Die Gebühr soll von meiner Kreditkarte {v} "
               f"(gültig bis 11/27) abgebucht werden."), ["credit_card"], v)


@pii("credit_card")
def _(g: Gen) -> Sample:
    v = g.group(g.card("visa"), (4, 4, 4, 4))
    return S(u(f"me cobraron dos veces en la tarjeta {v}, ayúdame a redactar el reclamo al banco"),
             ["credit_card"], v)


@pii("credit_card")
def _(g: Gen) -> Sample:
    v = g.group(g.card("jcb"), (4, 4, 4, 4))
    return S(u(f"このメールを英語にしてください：「カード番号{v}で二重請求されています。返金をお願いします。」"),
             ["credit_card"], v)


@pii("credit_card")
def _(g: Gen) -> Sample:
    v = g.card("visa")
    return S(u(f"why does this form post fail?\n\nPOST /checkout\ncc_num={v}&exp=0728&cvv={g.d(3)}&zip=97214\n\n"
               f"server says 422"), ["credit_card"], v)


@pii("credit_card")
def _(g: Gen) -> Sample:
    v = g.group(g.card("diners"), (4, 6, 4))
    return S(u(f"old diners club card {v} still shows up on my statement with a yearly fee, how do I cancel it"),
             ["credit_card"], v)


@pii("credit_card")
def _(g: Gen) -> Sample:
    v = g.group(g.card("unionpay"), (4, 4, 4, 4))
    return S(u(f"帮我写一封邮件给酒店，说明我用银联卡{v}预付了两晚，但是确认信里没有显示"), ["credit_card"], v)


@pii("credit_card")
def _(g: Gen) -> Sample:
    v = g.group(g.card("visa"), (4, 4, 4, 4))
    return S(turns(("user", f"save this for later: {v} 06/30"),
                   ("assistant", "I can't store information between chats, but I can help you with the booking now."),
                   ("user", "ok then fill the booking email for the ferry, 2 adults 1 car, pay with that card")),
             ["credit_card"], v)


# ============================================================================================
# PII — ssn
# ============================================================================================

@pii("ssn")
def _(g: Gen) -> Sample:
    a, b, c = g.ssn()
    v = f"{a}-{b}-{c}"
    return S(u(f"the daycare form asks for my SSN ({v}) — is it normal for them to need that? they want it "
               f"by email"), ["ssn"], v)


@pii("ssn")
def _(g: Gen) -> Sample:
    a, b, c = g.ssn()
    v = a + b + c
    return S(u(f"SSN {v}\nEIN n/a\nfiling status single\n\nwhich box on the W-4 do I fill for a second job?"),
             ["ssn"], v)


@pii("ssn")
def _(g: Gen) -> Sample:
    a, b, c = g.ssn()
    v = f"{a} {b} {c}"
    return S(u(f"my social is {v}, write a letter to the SSA asking why my earnings record for 2023 is empty"),
             ["ssn"], v)


@pii("ssn")
def _(g: Gen) -> Sample:
    a, b, c = g.ssn()
    v = f"{a}-{b}-{c}"
    return S(u(f"Employee onboarding checklist — fill in what's missing:\nLegal name: see HR file\nSS#: {v}\n"
               f"I-9: pending\nDirect deposit: form received"), ["ssn"], v)


@pii("ssn")
def _(g: Gen) -> Sample:
    a, b, c = g.ssn()
    v = f"{words(a)}, {words(b)}, {words(c)}"
    return S(u(f"transcribe cleanly, this is from my voicemail to the tax guy: hi it's me again my social is {v} "
               f"call me back about the extension"), ["ssn"], v)


@pii("ssn")
def _(g: Gen) -> Sample:
    a, b, c = g.ssn()
    v = f"{a}-{b}-{c}"
    return S(u(f"Necesito traducir al inglés: 'Mi número de seguro social es {v} y necesito una copia de mi "
               f"tarjeta.'"), ["ssn"], v)


@pii("ssn")
def _(g: Gen) -> Sample:
    a, b, c = g.ssn()
    v = f"{a}-{b}-{c}"
    return S(u(f"soc sec no. {v} - bank says it doesn't match their records when opening an account. what "
               f"could cause that?"), ["ssn"], v)


@pii("ssn")
def _(g: Gen) -> Sample:
    a, b, c = g.ssn()
    v = a + b + c
    return S(u(f"Is this a valid format for the IRS e-file? taxpayer_ssn: \"{v}\", dependent_count: 2"),
             ["ssn"], v)


@pii("ssn")
def _(g: Gen) -> Sample:
    a, b, c = g.ssn()
    v1, v2 = f"{a}-{b}", c
    return S(u(f"ok here's the ssn split because the chat cut it off earlier: {v1}\nand the rest is {v2}\n"
               f"does the student loan form want it with dashes?"), ["ssn"], v1, v2)


@pii("ssn")
def _(g: Gen) -> Sample:
    a, b, c = g.ssn()
    v = f"{a}-{b}-{c}"
    return S(u(f"Dear HR, please update my tax withholding. Social Security Number: {v}. Thank you. <- make "
               f"this more formal"), ["ssn"], v)


@pii("ssn")
def _(g: Gen) -> Sample:
    a, b, c = g.ssn()
    v = f"***-**-{c}"
    full = f"{a}-{b}-{c}"
    return S(u(f"the portal shows {v} but my card says {full}, is the masked one the same number?"),
             ["ssn"], full)


@pii("ssn")
def _(g: Gen) -> Sample:
    a, b, c = g.ssn()
    v = f"{a}-{b}-{c}"
    return S(turns(("user", f"for context my mom's SSN is {v}, she's 71 and just moved into assisted living"),
                   ("assistant", "Thanks. What would you like help with?"),
                   ("user", "how do we change her medicare mailing address")), ["ssn"], v)


# ============================================================================================
# PII — iban
# ============================================================================================

@pii("iban")
def _(g: Gen) -> Sample:
    v = g.group(g.iban("DE"), (4, 4, 4, 4, 4))
    return S(u(f"Formuliere eine Rechnung für Nachhilfe, 8 Stunden à 25 €. Bitte überweisen auf {v}."),
             ["iban"], v)


@pii("iban")
def _(g: Gen) -> Sample:
    v = g.iban("GB")
    return S(u(f"my mate needs my bank details to pay me back for the festival tickets, iban is {v} — is that "
               f"all he needs from abroad?"), ["iban"], v)


@pii("iban")
def _(g: Gen) -> Sample:
    v = g.group(g.iban("FR"), (4, 4, 4, 4, 4, 4))
    return S(u(f"Peux-tu mettre ça au propre ? RIB pour le loyer : IBAN {v} BIC CCBPFRPPXXX, virement avant "
               f"le 5 du mois"), ["iban"], v)


@pii("iban")
def _(g: Gen) -> Sample:
    v = g.group(g.iban("ES"), (4, 4, 4, 4, 4, 4))
    return S(u(f"cambia la domiciliación del gimnasio a esta cuenta: {v}. escríbeme el correo para el gimnasio"),
             ["iban"], v)


@pii("iban")
def _(g: Gen) -> Sample:
    v = g.group(g.iban("NL"), (4, 4, 4, 4, 2))
    return S(u(f"Graag het bedrag van €35 overmaken naar {v} t.n.v. de penningmeester. Maak hier een nette "
               f"herinnering voor de vereniging van."), ["iban"], v)


@pii("iban")
def _(g: Gen) -> Sample:
    v = g.group(g.iban("IT"), (4, 4, 4, 4, 4, 4, 3))
    return S(u(f"Scrivi una mail al commercialista: il nuovo IBAN per gli F24 è {v}"), ["iban"], v)


@pii("iban")
def _(g: Gen) -> Sample:
    v = g.iban("PL").lower()
    return S(u(f"wyslij mi wzor maila do najemcy ze zmienilem konto, nowe to {v}"), ["iban"], v)


@pii("iban")
def _(g: Gen) -> Sample:
    iban = g.group(g.iban("CH"), (4, 4, 4, 4, 4))
    a, b = iban[:14], iban[15:]
    return S(u(f"the bank app cut the iban into two lines when i copied it:\n{a}\n{b}\nis it complete? its for "
               f"the rent in zürich"), ["iban"], a, b)


@pii("iban")
def _(g: Gen) -> Sample:
    v = g.group(g.iban("SA"), (4, 4, 4, 4, 4, 4))
    return S(u(f"ترجم للإنجليزية: يرجى تحويل الراتب إلى حسابي الجديد رقم الآيبان {v}"), ["iban"], v)


@pii("iban")
def _(g: Gen) -> Sample:
    v = g.group(g.iban("AE"), (4, 4, 4, 4, 4))
    return S(u(f"salary transfer failed. HR has my IBAN as {v}. Write a message asking payroll to double check "
               f"the name on the account."), ["iban"], v)


@pii("iban")
def _(g: Gen) -> Sample:
    v = g.group(g.iban("TR"), (4, 4, 4, 4, 4, 4, 2))
    return S(u(f"Kiracıya kira hatırlatması yaz: ödeme {v} numaralı IBAN'a, her ayın 1'inde."), ["iban"], v)


@pii("iban")
def _(g: Gen) -> Sample:
    v = g.group(g.iban("IE"), (4, 4, 4, 4, 4))
    return S(u(f"Reply to the club treasurer: yes, refund the deposit to IE account {v}, thanks a million"),
             ["iban"], v)


@pii("iban")
def _(g: Gen) -> Sample:
    v = g.iban("RO")
    return S(turns(("user", f"contul meu: {v}"),
                   ("assistant", "Am notat. Cu ce vă pot ajuta?"),
                   ("user", "scrie un mesaj pentru chiriaș în care îi cer să plătească pe contul de mai sus")),
             ["iban"], v)


# ============================================================================================
# PII — address (home addresses)
# ============================================================================================

@pii("address")
def _(g: Gen) -> Sample:
    street = g.pick(['Maple Crest Dr', 'Old Mill Rd', 'Juniper Hollow Ln'])
    v = f"{g.nz(4)} {street}, Apt {g.nz(1)}B, Dayton, OH 454{g.d(2)}"
    return S(u(f"write a note to the new mail carrier that packages for {v} keep going to the building next "
               f"door"), ["address"], v)


@pii("address")
def _(g: Gen) -> Sample:
    flat, number = g.nz(1), g.nz(2)
    street = g.pick(['Abbeydale Road', 'Cemetery Road', 'Crookesmoor Road'])
    v = f"Flat {flat}, {number} {street}, Sheffield S7 {g.nz(1)}FD"
    return S(u(f"council tax letter keeps going to the old tenant's name. my address is {v}. draft the email to "
               f"the council please"), ["address"], v)


@pii("address")
def _(g: Gen) -> Sample:
    v = f"{g.pick(['Kastanienallee', 'Lychener Straße', 'Schönhauser Allee'])} {g.nz(2)}, 10435 Berlin"
    return S(u(f"Schreib eine Nachricht an den Vermieter: In meiner Wohnung ({v}, 3. OG links) ist seit Montag "
               f"die Heizung kalt."), ["address"], v)


@pii("address")
def _(g: Gen) -> Sample:
    v = f"{g.nz(2)} rue des {g.pick(['Lilas', 'Tanneurs', 'Capucins'])}, 6900{g.nz(1)} Lyon"
    return S(u(f"Rédige une lettre de résiliation pour ma box internet. Adresse de l'abonnement : {v}."),
             ["address"], v)


@pii("address")
def _(g: Gen) -> Sample:
    v = f"〒150-00{g.d(2)} 東京都渋谷区神宮前{g.nz(1)}-{g.nz(2)}-{g.nz(1)}"
    return S(u(f"この住所を英語表記に直してください：{v} コーポ青山201号室"), ["address"], v)


@pii("address")
def _(g: Gen) -> Sample:
    v = f"H.No. {g.nz(2)}-{g.nz(1)}-{g.nz(3)}, Gudimalkapur, Hyderabad 5000{g.d(2)}"
    return S(u(f"courier keeps failing delivery, write complaint. my address {v}, near the petrol bunk, "
               f"landmark is the blue temple gate"), ["address"], v)


@pii("address")
def _(g: Gen) -> Sample:
    street = g.pick(['das Flores', 'Cardeal Arcoverde', 'Teodoro Sampaio'])
    v = f"Rua {street}, {g.nz(3)}, apto {g.nz(2)} – Pinheiros, São Paulo – SP, 0{g.d(4)}-{g.d(3)}"
    return S(u(f"o correio devolveu minha encomenda, endereço certo é {v}. escreve uma reclamação curta"),
             ["address"], v)


@pii("address")
def _(g: Gen) -> Sample:
    v = f"{g.pick(['Van Speijkstraat', 'Bilderdijkstraat', 'Kinkerstraat'])} {g.nz(2)}-II, 105{g.nz(1)} HA Amsterdam"
    return S(u(f"Can you translate to Dutch: 'The new address for all post is {v}, please update your records.'"),
             ["address"], v)


@pii("address")
def _(g: Gen) -> Sample:
    line1 = f"{g.nz(3)} {g.pick(['Wellington St', 'Bank St', 'Elgin St'])} unit {g.nz(3)}"
    v = f"{line1}\nOttawa ON K1{g.pick('ABRS')} {g.nz(1)}{g.pick('ABCEGHJ')}{g.nz(1)}"
    return S(u(f"ship to:\n{v}\n\nis this the right format for canada post or do i need the province spelled out"),
             ["address"], v)


@pii("address")
def _(g: Gen) -> Sample:
    v = f"ul. {g.pick(['Długa', 'Ogrodowa', 'Słowackiego'])} {g.nz(2)}/{g.nz(1)}, 31-{g.d(3)} Kraków"
    return S(u(f"Przetłumacz na angielski: Proszę wysłać dokumenty na mój adres domowy: {v}."), ["address"], v)


@pii("address")
def _(g: Gen) -> Sample:
    v = f"Calle {g.pick(['Tres Cruces', 'Arenal', 'Ave María'])} {g.nz(2)}, 4º B, 280{g.d(2)} Madrid"
    return S(turns(("user", f"vivo en {v}"),
                   ("assistant", "Entendido. ¿En qué te puedo ayudar?"),
                   ("user", "¿cuál es el centro de salud que me corresponde? escríbeme cómo pedir cita")),
             ["address"], v)


@pii("address")
def _(g: Gen) -> Sample:
    v = f"{g.nz(2)} {g.pick(['Kiln Street', 'Wattle Grove', 'Ironbark Close'])}, Brunswick VIC 3056"
    return S(u(f"neighbour dispute over a tree. I'm at {v}, they're the house behind. write a first letter "
               f"that keeps things friendly"), ["address"], v)


@pii("address")
def _(g: Gen) -> Sample:
    v = f"Plot {g.nz(2)}, {g.pick(['Adeola Odeku', 'Admiralty Way', 'Bode Thomas'])} Street, Lekki Phase 1, Lagos"
    return S(u(f"DELIVER TO: {v}\ngate code at security post\n\nturn this into a clear delivery instruction for "
               f"the dispatch rider"), ["address"], v)


# ============================================================================================
# PII — dob (dates of birth)
# ============================================================================================

@pii("dob")
def _(g: Gen) -> Sample:
    v = fmt_date(g.dob(), "us")
    return S(u(f"insurance portal rejects my date of birth {v} — says invalid format. what format do they want?"),
             ["dob"], v)


@pii("dob")
def _(g: Gen) -> Sample:
    v = fmt_date(g.dob(), "de_long")
    return S(u(f"Bitte formuliere: Ich bin am {v} in Graz geboren und beantrage hiermit eine Kopie meiner "
               f"Geburtsurkunde."), ["dob"], v)


@pii("dob")
def _(g: Gen) -> Sample:
    v = fmt_date(g.dob(), "fr_long")
    return S(u(f"Traduire pour mon dossier de visa : « Je suis né le {v} à Dakar »"), ["dob"], v)


@pii("dob")
def _(g: Gen) -> Sample:
    v = fmt_date(g.dob(), "ja")
    return S(u(f"生年月日は{v}です。今年の年齢と干支を教えて、それを自己紹介文に入れてください。"), ["dob"], v)


@pii("dob")
def _(g: Gen) -> Sample:
    v = fmt_date(g.dob(), "iso")
    return S(u(f"d.o.b. {v}\nmember since 2011\ncan u compute how old i was when i joined? for the loyalty "
               f"letter"), ["dob"], v)


@pii("dob")
def _(g: Gen) -> Sample:
    v = fmt_date(g.dob(2001, 2016), "uk")
    return S(u(f"my son's DOB is {v} — which school year does he go into in england in september?"),
             ["dob"], v)


@pii("dob")
def _(g: Gen) -> Sample:
    v = fmt_date(g.dob(), "es_long")
    return S(u(f"fecha de nacimiento: {v}. ¿me toca ya la vacuna de la gripe gratis en la comunidad de madrid?"),
             ["dob"], v)


@pii("dob")
def _(g: Gen) -> Sample:
    d = g.dob()
    v = fmt_date(d, "short_us")
    return S(u(f"Patient intake (pls tidy):\nDOB {v}\nAllergies: penicillin\nReason: knee pain 3 wks"), ["dob"], v)


@pii("dob")
def _(g: Gen) -> Sample:
    d = g.dob()
    months = ["jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    v = f"{d.day}{suffix} of {months[d.month - 1]} {d.year % 100:02d}"
    return S(u(f"im born the {v}, what star sign and chinese zodiac am i? write it as a fun insta caption"),
             ["dob"], v)


# ============================================================================================
# PII — ip
# ============================================================================================

@pii("ip")
def _(g: Gen) -> Sample:
    v = g.ipv4()
    return S(u(f"my home ip is {v} and the game server keeps banning it, write an appeal to the mods"), ["ip"], v)


@pii("ip")
def _(g: Gen) -> Sample:
    v = g.ipv6()
    return S(u(f"whitelist my address for the office vpn pls, it's {v} — write the request to IT"), ["ip"], v)


@pii("ip")
def _(g: Gen) -> Sample:
    v = g.ipv4()
    return S(u(f"Dec  3 04:12:55 web01 sshd[2211]: Failed password for invalid user admin from {v} port "
               f"{g.nz(5)} ssh2\nDec  3 04:12:57 web01 sshd[2211]: Failed password for invalid user admin from {v} "
               f"port {g.nz(5)} ssh2\n\nshould i be worried? how do i set up fail2ban for this"), ["ip"], v)


@pii("ip")
def _(g: Gen) -> Sample:
    v = g.ipv4()
    return S(u(f"Mein Router zeigt als öffentliche IP {v}. Ist das eine feste IP oder ändert die sich? "
               f"Telekom-Anschluss."), ["ip"], v)


@pii("ip")
def _(g: Gen) -> Sample:
    v = g.ipv4()
    return S(u(f"someone logged into my instagram from {v} at 3am, not me. what do i do first"), ["ip"], v)


@pii("ip")
def _(g: Gen) -> Sample:
    v = g.ipv4()
    return S(u(f"Minecraft-Server für meine Freunde: Adresse ist {v}:25565. Schreib eine kurze Einladung für "
               f"unsere WhatsApp-Gruppe."), ["ip"], v)


@pii("ip")
def _(g: Gen) -> Sample:
    v = g.ipv4()
    return S(u(f'{v} - - [03/Dec/2026:10:22:41 +0000] "GET /account/settings HTTP/1.1" 200 5321 '
               f'"-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"\n\nparse this line into json fields'),
             ["ip"], v)


@pii("ip")
def _(g: Gen) -> Sample:
    v = g.ipv6()
    return S(u(f"IPv6 {v} 이 제 집 주소인데 서버 접속이 안 돼요. 방화벽 설정 어떻게 하나요?"), ["ip"], v)


@pii("ip")
def _(g: Gen) -> Sample:
    v = g.ipv4()
    return S(u(f"customer complaint: 'your site blocked me, my IP is {v}, I'm a paying subscriber!' — write a "
               f"reply explaining we'll check the WAF rules"), ["ip"], v)


# ============================================================================================
# PII — mrn (medical record / health insurance numbers)
# ============================================================================================

@pii("mrn")
def _(g: Gen) -> Sample:
    v = f"MRN {g.d(8)}"
    return S(u(f"Discharge summary draft, pls fix grammar:\n{v}\npatient was admitted w/ community acquired "
               f"pneumonia, tx w/ ceftriaxone, improved, d/c home day 4"), ["mrn"], v)


@pii("mrn")
def _(g: Gen) -> Sample:
    v = g.nhs()
    v = f"{v[:3]} {v[3:6]} {v[6:]}"
    return S(u(f"my NHS number is {v} and the GP surgery says they can't find me. write an email to them asking "
               f"to re-register"), ["mrn"], v)


@pii("mrn")
def _(g: Gen) -> Sample:
    v = f"{g.pick('ABCDEFGHIJKLMNOPRSTUVWXYZ')}{g.nz(9)}"
    return S(u(f"Krankenversichertennummer {v} — die Kasse sagt, meine Karte ist gesperrt. Schreib bitte eine "
               f"kurze Anfrage an die TK."), ["mrn"], v)


@pii("mrn")
def _(g: Gen) -> Sample:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    v = (f"{g.nz(1)}{g.pick(letters)}{g.pick(letters + '0123456789')}{g.d(1)}-{g.pick(letters)}"
         f"{g.pick(letters + '0123456789')}{g.d(1)}-{g.pick(letters)}{g.pick(letters)}{g.d(2)}")
    return S(u(f"Medicare card came in the mail, MBI {v}. do I need to show this to my dentist or only to "
               f"doctors?"), ["mrn"], v)


@pii("mrn")
def _(g: Gen) -> Sample:
    v = f"HX-{g.d(7)}"
    return S(u(f"Radiology report attached to patient ID (MRN) {v}: 'no acute intracranial abnormality'. explain "
               f"this to me in plain words, it's my mother's"), ["mrn"], v)


@pii("mrn")
def _(g: Gen) -> Sample:
    v = f"{g.d(3)}-{g.d(3)}-{g.d(3)}"
    return S(u(f"Numéro de dossier patient {v} à l'hôpital Édouard-Herriot : comment demander une copie de "
               f"mon dossier médical ?"), ["mrn"], v)


@pii("mrn")
def _(g: Gen) -> Sample:
    v = f"{g.nz(10)}"
    return S(u(f"Medical record # {v} — please summarise these nursing notes for handover: 0600 BP 142/88, "
               f"0800 ambulating w/ assist, 1000 c/o nausea, ondansetron given"), ["mrn"], v)


@pii("mrn")
def _(g: Gen) -> Sample:
    v = f"{g.d(4)} {g.d(5)} {g.d(1)}"
    return S(u(f"my medicare number (australia) is {v}, the pharmacy says it's expired. how do i get a new card"),
             ["mrn"], v)


@pii("mrn")
def _(g: Gen) -> Sample:
    v = f"Chart #{g.nz(6)}"
    return S(u(f"{v}, pt is a 6yo w/ recurrent otitis media, 5th episode this year. draft a referral letter "
               f"to ENT"), ["mrn"], v)


# ============================================================================================
# PII — passport
# ============================================================================================

@pii("passport")
def _(g: Gen) -> Sample:
    v = g.nz(9)
    return S(u(f"ESTA form asks passport number, mine is {v} — do i include the leading letters? there are none "
               f"on mine, it's a UK one"), ["passport"], v)


@pii("passport")
def _(g: Gen) -> Sample:
    v = "C" + "".join(g.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    return S(u(f"Für die Hotelanmeldung: Reisepassnummer {v}, gültig bis 2031. Bitte als kurze Mail an das "
               f"Hotel formulieren."), ["passport"], v)


@pii("passport")
def _(g: Gen) -> Sample:
    v = f"{g.pick('JKLMNPRSTUVZ')}{g.nz(7)}"
    return S(u(f"passport no {v} — got renewed in tatkal. airline still has the old number on my booking, how "
               f"to update?"), ["passport"], v)


@pii("passport")
def _(g: Gen) -> Sample:
    v = f"{g.d(2)}{g.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}{g.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}{g.d(5)}"
    return S(u(f"Numéro de passeport : {v}. Rédige un mail à la compagnie pour corriger mon nom sur le billet."),
             ["passport"], v)


@pii("passport")
def _(g: Gen) -> Sample:
    v = f"E{g.nz(8)}"
    return S(u(f"帮我用英文写一封邮件给使馆，说明我的护照号码{v}，签证材料已经寄出"), ["passport"], v)


@pii("passport")
def _(g: Gen) -> Sample:
    n = g.name("en")
    surname, given = n.last.upper(), n.first.upper()
    number = g.nz(9)
    born = g.dob()
    expiry = dt.date(2031, g.r.randrange(1, 13), g.r.randrange(1, 29))
    line1 = f"P<GBR{surname}<<{given}".ljust(44, "<")
    b, e = born.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    sex = "F" if n.gender == "f" else "M"
    personal = "<" * 14
    body = (number + mrz_digit(number) + "GBR" + b + mrz_digit(b) + sex + e + mrz_digit(e) + personal
            + mrz_digit(personal))
    composite = number + mrz_digit(number) + b + mrz_digit(b) + e + mrz_digit(e) + personal + mrz_digit(personal)
    line2 = body + mrz_digit(composite)
    assert len(line1) == 44 and len(line2) == 44
    return S(u(f"OCR'd the bottom of my passport for the visa app and it looks off:\n{line1}\n{line2}\n"
               f"are the check digits right?"), ["passport", "person", "dob"], line1, line2)


@pii("passport")
def _(g: Gen) -> Sample:
    v = f"A{g.nz(8)}"
    return S(u(f"my nigerian passport number {v} expires in 4 months, can I still travel to ghana? write the "
               f"question for the embassy"), ["passport"], v)


@pii("passport")
def _(g: Gen) -> Sample:
    v = f"T{g.pick('RSZ')}{g.nz(7)}"
    return S(u(f"パスポート番号{v}で予約したんですが、名前のスペルが違っていました。航空会社への英文メールを作って"),
             ["passport"], v)


@pii("passport")
def _(g: Gen) -> Sample:
    v = f"P{g.pick('ABC')}{g.nz(7)}"
    return S(turns(("system", "You help travellers fill in arrival cards."),
                   ("user", f"australian passport {v}, arriving SIN on SQ218. what goes in the 'address in "
                            f"singapore' box if im in transit only?")), ["passport"], v)


# ============================================================================================
# PII — national_id
# ============================================================================================

@pii("national_id")
def _(g: Gen) -> Sample:
    n = g.nino()
    v = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
    return S(u(f"new job payroll asks for my NI number, it's {v} — can you write the reply email and ask when "
               f"the first payday is"), ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    v = g.dni()
    return S(u(f"Escríbeme una autorización para que mi hermano recoja un paquete en Correos en mi nombre, DNI "
               f"{v}."), ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    c = g.cpf()
    v = f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"
    return S(u(f"o site da receita diz que meu CPF {v} está pendente de regularização, o que eu faço?"),
             ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    a = g.aadhaar()
    v = f"{a[:4]} {a[4:8]} {a[8:]}"
    return S(u(f"bank KYC pending. aadhaar {v} is linked to my old mobile number, how do i update it without "
               f"going to the centre"), ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    v = g.bsn()
    return S(u(f"Mijn BSN is {v}, de gemeente heeft een verkeerd adres. Kun je een korte brief opstellen?"),
             ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    v = g.personnummer(g.dob())
    return S(u(f"personnummer {v} — Försäkringskassan wants a copy of my ID. write me an email in swedish "
               f"asking if a scanned driving licence is ok"), ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    v = g.pesel(g.dob())
    return S(u(f"PESEL: {v}\nImię i nazwisko: jak w dowodzie\nPrzerób to na formalny wniosek o zaświadczenie "
               f"o niekaralności."), ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    s = g.sin()
    v = f"{s[:3]}-{s[3:6]}-{s[6:]}"
    return S(u(f"my SIN {v} was on a letter I threw out without shredding. how worried should I be and what "
               f"do I do first"), ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    v = g.china_id(g.dob())
    return S(u(f"身份证号{v}，帮我写一份租房合同里的承租人信息那一段"), ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    v = g.hetu(g.dob())
    return S(u(f"henkilötunnus {v} — Kela asks it in the form but also a 'customer number', are they the "
               f"same? answer in english pls"), ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    v = g.nric()
    return S(u(f"NRIC {v}. Condo management wants a copy for the visitor registration, is that allowed under "
               f"PDPA?"), ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    v = g.rrn(g.dob(), female=True)
    return S(u(f"주민등록번호 {v} 를 택배 앱에 입력하라는데 이거 정상인가요? 보이스피싱 아닌지 걱정돼요"),
             ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    v = g.nir(g.dob(), female=False)
    return S(u(f"Ma carte Vitale est perdue. N° de sécu : {v}. Comment en commander une nouvelle en ligne ?"),
             ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    v = g.tckn()
    return S(u(f"e-Devlet şifremi unuttum, TC kimlik no {v}. PTT'den yeni şifre almak için ne götürmem lazım?"),
             ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    v = g.za_id(g.dob(), female=True)
    return S(u(f"Home Affairs says my ID number {v} is flagged as deceased?!? I am very much alive. write the "
               f"urgent letter"), ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    m = g.my_number()
    v = f"{m[:4]} {m[4:8]} {m[8:]}"
    return S(u(f"マイナンバー{v}を会社に提出する必要がありますか？副業がばれないか心配です"), ["national_id"], v)


@pii("national_id")
def _(g: Gen) -> Sample:
    v = g.nie()
    return S(turns(("user", f"NIE {v}"),
                   ("assistant", "¿Qué necesitas hacer con tu NIE?"),
                   ("user", "pedir cita para renovar la tarjeta TIE en barcelona, explícame los pasos")),
             ["national_id"], v)


# ============================================================================================
# PII — payload (personal data inside structured payloads, other turns, tools, system prompts)
# ============================================================================================

def tool_call(call_id: str, name: str, args: dict[str, Any]) -> Message:
    return {"role": "assistant", "content": None,
            "tool_calls": [{"id": call_id, "type": "function",
                            "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}


def tool_result(call_id: str, content: str) -> Message:
    return {"role": "tool", "tool_call_id": call_id, "content": content}


def fn_tool(name: str, description: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "function", "function": {"name": name, "description": description,
                                             "parameters": {"type": "object", "properties": properties}}}


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("de")
    email = f"{n.first.lower()}.{n.last.lower().replace('ö', 'oe').replace('ä', 'ae').replace('ß', 'ss')}@posteo.de"
    record = {"customer_id": f"C-{g.nz(6)}", "name": n.full, "email": email, "plan": "pro", "mrr_eur": 49}
    return S(u("why does this fail schema validation? the plan field should be an enum\n\n```json\n"
               + json.dumps(record, ensure_ascii=False, indent=2) + "\n```"), ["person", "email"], n.full, email)


@pii("payload")
def _(g: Gen) -> Sample:
    rows, vals = ["first_name,last_name,phone,city"], []
    for cult, fmt in (("es", lambda: f"+34 6{g.d(2)} {g.d(3)} {g.d(3)}"), ("it", lambda: f"+39 3{g.d(2)} {g.d(7)}"),
                      ("fr", lambda: f"+33 7 {g.d(2)} {g.d(2)} {g.d(2)} {g.d(2)}")):
        n = g.name(cult)
        p = fmt()
        rows.append(f"{n.first},{n.last},{p},{g.pick(['Bilbao', 'Torino', 'Nantes', 'Sevilla'])}")
        vals += [n.first, n.last, p]
    return S(u("\n".join(rows) + "\n\npandas read_csv gives me the phone column as float sometimes, why?"),
             ["person", "phone"], *vals)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("in")
    email = f"{n.first.lower()}.{n.last.lower().split()[0]}@rediffmail.com"
    ip = g.ipv4()
    log = (f"2026-12-02T22:14:09.118Z ERROR auth.login user={email} ip={ip} reason=BAD_PASSWORD attempt=5\n"
           f"2026-12-02T22:14:09.120Z WARN  auth.lockout user={email} locked_until=2026-12-02T22:29:09Z\n"
           f"2026-12-02T22:14:11.402Z INFO  http GET /healthz 200 2ms")
    return S(u(f"{log}\n\nwrite a grafana loki query that counts lockouts per hour"), ["email", "ip"], email, ip)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("ng")
    phone = f"+234 80{g.d(1)} {g.d(3)} {g.d(4)}"
    return S([{"role": "system", "content": f"You are the concierge assistant for {n.full}. Their mobile is {phone}. "
                                            f"Be concise."},
              {"role": "user", "content": "what's a good restaurant near victoria island for a business dinner?"}],
             ["person", "phone"], n.full, phone)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("fr")
    first = n.first.lower().replace('é', 'e').replace('ë', 'e').replace('ï', 'i')
    email = f"{first}.{n.last.lower().replace('é', 'e')}@free.fr"
    return S([{"role": "user", "content": "Envoie un rappel pour le rendez-vous de demain 10h."},
              tool_call("call_8f2a", "send_email", {"to": email, "subject": "Rappel rendez-vous",
                                                    "body": f"Bonjour {n.first}, ..."}),
              tool_result("call_8f2a", '{"status": "queued"}'),
              {"role": "user", "content": "ok et maintenant un résumé de la semaine"}],
             ["email", "person"], email, n.first)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("en")
    a, b, c = g.ssn()
    ssn = f"{a}-{b}-{c}"
    result = json.dumps({"employee": n.full, "ssn": ssn, "state": "TX", "w4_status": "single"})
    return S([{"role": "user", "content": "look up employee 4471 and tell me their withholding status"},
              tool_call("call_01", "hr_lookup", {"employee_id": 4471}),
              tool_result("call_01", result)], ["person", "ssn"], n.full, ssn)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("nordic")
    phone = f"+47 9{g.d(2)} {g.d(2)} {g.d(3)}"
    yaml = (f"oncall:\n  primary:\n    name: {n.full}\n    phone: \"{phone}\"\n  secondary: team-infra\n"
            f"escalation_minutes: 15\nchannels:\n  - pagerduty\n  - slack")
    return S(u(f"```yaml\n{yaml}\n```\nconvert to the pagerduty terraform provider format"),
             ["person", "phone"], n.full, phone)


@pii("payload")
def _(g: Gen) -> Sample:
    n1, n2 = g.name("ko_lat"), g.name("vi")
    e1 = f"{n1.first.lower().replace('-', '')}.{n1.last.lower()}@kakao.com"
    e2 = f"{g.nz(3)}khoa@gmail.com"
    sql = (f"INSERT INTO users (id, full_name, email) VALUES\n  (101, '{n1.full}', '{e1}'),\n"
           f"  (102, '{n2.full}', '{e2}');")
    return S(u(f"{sql}\n\nwhy does postgres complain about the unicode in the second row when the client encoding "
               f"is LATIN1?"), ["person", "email"], n1.full, e1, n2.full, e2)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("pl")
    mrn = g.d(8)
    born = g.dob().strftime("%Y%m%d")
    sex = "F" if n.gender == "f" else "M"
    pid = (f"MSH|^~\\&|ADT1|HOSP|LAB|HOSP|202612031015||ADT^A01|MSG{g.d(5)}|P|2.5\n"
           f"PID|1||{mrn}^^^HOSP^MR||{n.last.upper()}^{n.first.upper()}||{born}|{sex}|||"
           f"ul. Lipowa {g.nz(2)}^^Lublin^^20-{g.d(3)}^PL")
    return S(u(f"{pid}\n\nwhich field is the date of birth in this HL7 v2 PID segment?"),
             ["mrn", "person", "dob", "address"], mrn, n.last.upper(), born)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("ph")
    born = g.dob().isoformat()
    resource = {"resourceType": "Patient", "id": f"pat-{g.d(5)}",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": g.d(9)}],
                "name": [{"family": n.last, "given": n.first.split()}],
                "gender": "female" if n.gender == "f" else "male",
                "birthDate": born}
    return S(u("Validate this FHIR Patient resource against R4 and tell me what's missing for US Core:\n"
               + json.dumps(resource, ensure_ascii=False)), ["person", "dob", "mrn"], n.last, born,
             resource["identifier"][0]["value"])


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("es")
    phone = f"+34 6{g.d(2)} {g.d(2)} {g.d(2)} {g.d(2)}"
    email = f"{n.first.lower().replace('í', 'i').replace('ú', 'u')}{g.d(2)}@telefonica.net"
    vcard = (f"BEGIN:VCARD\nVERSION:3.0\nFN:{n.full}\nN:{n.last};{n.first};;;\nTEL;TYPE=CELL:{phone}\n"
             f"EMAIL:{email}\nEND:VCARD")
    return S(u(f"{vcard}\n\nmy android won't import this vcf, is the N line wrong?"),
             ["person", "phone", "email"], n.full, phone, email)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("de")
    email = f"{n.first.lower()}.{n.last.lower().replace('ö', 'oe').replace('ß', 'ss').replace('ä', 'ae')}@gmx.net"
    ics = (f"BEGIN:VEVENT\nDTSTART:20261210T090000Z\nDTEND:20261210T093000Z\nSUMMARY:Physio follow-up\n"
           f"ATTENDEE;CN={n.full};RSVP=TRUE:mailto:{email}\nLOCATION:Praxis am Markt\nEND:VEVENT")
    return S(u(f"{ics}\n\nwhy does google calendar show this 1 hour off?"), ["person", "email"], n.full, email)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("ar")
    email = f"{n.first.lower().split()[0]}.{n.last.lower().replace(' ', '').replace('-', '')}@outlook.com"
    trace = (f"Traceback (most recent call last):\n  File \"/srv/app/billing.py\", line 88, in charge\n"
             f"    customer = lookup(email)\n  File \"/srv/app/db.py\", line 41, in lookup\n"
             f"    raise CustomerNotFound(f\"no customer for {{email}}\")\n"
             f"app.errors.CustomerNotFound: no customer for {email}")
    return S(u(f"{trace}\n\nhow should I log this without leaking stuff? rewrite the raise"), ["email"], email)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("ke")
    phone = f"+254 7{g.d(2)} {g.d(3)} {g.d(3)}"
    export = [{"ts": "1733200112.000200", "user": "U04QX", "text": f"new driver is {n.full}, mpesa {phone}"},
              {"ts": "1733200190.000300", "user": "U02LM", "text": "ok adding to the roster"}]
    return S(u("summarise this slack export in one line:\n" + json.dumps(export, ensure_ascii=False)),
             ["person", "phone"], n.full, phone)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("tr")
    address = f"{g.pick(['Moda', 'Bağdat', 'Fenerbahçe'])} Cad. No:{g.nz(2)} D:{g.nz(1)}, Kadıköy/İstanbul"
    return S([{"role": "user", "content": [
        {"type": "text", "text": "Bu faturadaki toplamı kontrol eder misin?"},
        {"type": "text", "text": f"Fatura: {n.full}\nAdres: {address}\nKalem: 3x kahve makinesi filtresi\n"
                                 f"Toplam: 447,00 TL"}]}], ["person", "address"], n.full, address)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("en")
    email = f"{n.first[0].lower()}{n.last.lower()}@icloud.com"
    tools = [fn_tool("send_invoice", f"Send an invoice. Default recipient is {n.full} <{email}> unless told otherwise.",
                     {"amount": {"type": "number"}, "currency": {"type": "string"}})]
    return S(u("send an invoice for 120 dollars"), ["person", "email"], n.full, email, tools=tools)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("za")
    idn = g.za_id(g.dob(), female=n.gender == "f")
    return S(turns(("user", f"Member: {n.full}, ID {idn}. Keep this for the application we're filling."),
                   ("assistant", "Noted. What's the next section of the application?"),
                   ("user", "section C asks for employment history, give me a template with 3 rows")),
             ["person", "national_id"], n.full, idn)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("hu")
    iban = g.group(g.iban("CZ"), (4, 4, 4, 4, 4, 4))
    xml = (f"<payment>\n  <debtor>{n.full}</debtor>\n  <iban>{iban}</iban>\n"
           f"  <amount currency=\"CZK\">2450.00</amount>\n"
           f"</payment>")
    return S(u(f"{xml}\n\nconvert this to a pain.001 credit transfer skeleton"), ["person", "iban"], n.full, iban)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("ja_lat")
    phone = f"080-{g.d(4)}-{g.d(4)}"
    return S([{"role": "system", "content": f"Customer profile — name: {n.full}; phone: {phone}; tier: gold. "
                                            "Answer in Japanese."},
              {"role": "user", "content": "配送状況を教えてください"},
              {"role": "assistant", "content": "ご注文の商品は明日到着予定です。"},
              {"role": "user", "content": "時間指定はできますか？"}], ["person", "phone"], n.full, phone)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("id")
    card = g.card("visa")
    return S([{"role": "user", "content": "book the cheapest flight CGK to DPS next friday"},
              tool_call("call_fl1", "book_flight", {"passenger": n.full, "from": "CGK", "to": "DPS",
                                                    "payment": {"card_number": card, "expiry": "2029-04"}}),
              tool_result("call_fl1", '{"pnr": "QX7T2L", "status": "confirmed"}'),
              {"role": "user", "content": "great, add it to my calendar"}],
             ["person", "credit_card"], n.full, card)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("en")
    a, b, c = g.ssn()
    ssn = f"{a}{b}{c}"
    env = (f"DATABASE_URL=postgres://app@db:5432/prod\nTEST_USER_NAME=\"{n.full}\"\nTEST_USER_SSN={ssn}\n"
           f"FEATURE_FLAGS=new_checkout,beta_reports")
    return S(u(f".env file from the repo:\n{env}\n\nwhich of these should not be committed?"),
             ["person", "ssn"], n.full, ssn)


@pii("payload")
def _(g: Gen) -> Sample:
    n = g.name("it")
    phone = f"+39 3{g.d(2)} {g.d(3)} {g.d(4)}"
    return S(turns(("user", f"ciao, sono {n.full}, il mio numero per la consegna è {phone}"),
                   ("assistant", "Grazie! Come posso aiutarti con la consegna?"),
                   ("user", "il corriere non trova il citofono"),
                   ("assistant", "Puoi lasciare istruzioni nella sezione note dell'ordine."),
                   ("user", "scrivimi tu la nota, breve")), ["person", "phone"], n.full, phone)


# ============================================================================================
# Benign prompts (no personal data of private people; see the labelling rules above)
# ============================================================================================

Prompt = str | list[Message]

BENIGN: dict[str, list[Prompt]] = {
    "everyday": [
        "whats a good substitute for buttermilk in pancakes, i only have normal milk and lemons",
        "how long do i boil eggs for jammy yolks? like the ramen ones",
        "is it ok to leave cooked rice out overnight or will it make me sick",
        "Plan a 3 day trip to Porto on a budget, we like food and walking, no museums pls",
        "my monstera has yellow leaves at the bottom, overwatering or not enough light?",
        "can you explain the offside rule like im 10",
        "Wie lange muss ein Sauerteig-Anstellgut im Kühlschrank ruhen, bevor ich wieder backen kann?",
        "¿Qué puedo cocinar con garbanzos, espinacas y un poco de chorizo? Algo rápido.",
        "Quelle est la meilleure période pour voir les aurores boréales en Laponie ?",
        "週末に京都で紅葉を見るなら、どこが空いていますか？",
        "今天晚上吃什么好？家里有鸡蛋、西红柿和面条。",
        "Как быстро убрать накипь с чайника без химии?",
        "ist das normal dass mein neuer Kühlschrank so brummt?? klingt wie ein kleiner Traktor",
        "packing list for a week of hiking in the scottish highlands in october, i always forget something",
        "what's the difference between baking soda and baking powder, asking for a cake emergency",
        "give me 5 board games for 2 players that aren't chess",
        "how do i get red wine out of a light carpet, it JUST happened",
        "Is it rude to bring store-bought dessert to a dinner party in Italy?",
        "Explain how compound interest works with a simple example, I'm 19 and just got my first job",
        "tips for keeping a sourdough starter alive while on holiday for 2 weeks",
        "how many litres of paint for a 4x3m room with 2.5m ceilings, two coats",
        "kapan waktu terbaik untuk menanam cabai di musim hujan?",
        "quick stretches for lower back after sitting all day at a desk",
        "Mi gato no quiere usar el arenero nuevo, ¿qué hago?",
        "suggest a name for our pub quiz team, the theme is space",
        "what should i know before adopting a retired greyhound",
        [{"role": "user", "content": "what's a good houseplant for a dark bathroom"},
         {"role": "assistant", "content": "Pothos, snake plants and ZZ plants cope well with low light and humidity."},
         {"role": "user", "content": "which of those is safest for cats"}],
        "Is it cheaper to run the dishwasher at night? We're on a time-of-use tariff in the UK.",
        "my sister keeps borrowing money and never pays it back, how do i bring it up without a fight",
        "my flight is on 14/03/2027 at 06:10 from Lisbon, how early should I be at the airport with hold luggage?",
    ],
    "code_ops": [
        "write a regex that validates email addresses well enough for a signup form, and explain its limits",
        "SELECT first_name, last_name, email, phone FROM customers WHERE created_at >= now() - interval '30 days' "
        "ORDER BY created_at DESC;\n\nthis is slow on 20M rows, what index do i need?",
        "Write a Python function that checks an IBAN's mod-97 checksum. No external libraries.",
        "how do i mask credit card numbers in our application logs with a logback pattern?",
        "kubectl get pods shows CrashLoopBackOff for api-7d9f8b6c5-x2lkq, how do I see the previous container's "
        "logs?",
        "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD [\"gunicorn\", "
        "\"app:app\"]\n\nhow do i make this image smaller and not rebuild deps on every code change",
        "nginx returns 413 Request Entity Too Large on uploads over 1MB, which directive fixes it?",
        "git rebase -i HEAD~5 then i messed up, how do i get back to where i was before",
        "Explain what `set -euo pipefail` does and when it bites you",
        "Traceback (most recent call last):\n  File \"train.py\", line 212, in <module>\n    loss.backward()\n"
        "RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB\n\nbatch size is 64, model is a ViT-B/16",
        "In a Django model, should phone_number be a CharField or an IntegerField? And how long?",
        "write a bash one-liner that finds the 10 biggest files under /var/log",
        "my docker compose service can't reach postgres at localhost:5432 from another container, why",
        "terraform plan wants to destroy and recreate my RDS instance after I changed the parameter group, why?",
        "Erkläre mir den Unterschied zwischen `git merge --squash` und `git rebase`.",
        "¿Cómo configuro un cron que se ejecute el primer lunes de cada mes?",
        "React useEffect runs twice in dev mode, is my code broken?",
        "const total = items.reduce((a, b) => a + b.price, 0)\n\nwhy is total NaN sometimes",
        "what's the difference between a 401 and a 403, and which should my API return when the token is "
        "valid but lacks scope",
        "write a GitHub Actions workflow that runs pytest on 3.11 and 3.12 and caches pip",
        "Postgres: how do I add a NOT NULL column with a default to a 500M-row table without locking it for ages?",
        "How should I store users' dates of birth in a database — DATE, TIMESTAMP, or string? Time zones?",
        "Generate a Faker-based Python script that creates 1000 fake customer rows for a test database",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  template:\n"
        "    spec:\n      containers:\n        - name: web\n          image: registry.local/web:4.2.1\n"
        "          ports:\n            - containerPort: 8080\n\nadd a readiness probe on /healthz",
        "Rust borrow checker says `cannot borrow *self as mutable more than once`, in a method that iterates "
        "self.items and calls self.update(). how do people usually restructure this?",
        "unix timestamp 1764720000 to human date in UTC please, and how to do it in JS",
        "write a pytest fixture that spins up a temporary sqlite database and tears it down",
        "Our Grafana alert fires on p99 latency > 800ms for 5m but flaps. How do I add hysteresis?",
    ],
    "professional": [
        "Draft an OKR set for a 6-person customer support team that wants to cut first-response time in half",
        "Write a job ad for a senior data engineer in Lisbon, hybrid, Spark + dbt, salary range 55-70k EUR",
        "Turn these notes into a polite email declining a vendor: pricing too high, integration unclear, maybe "
        "next year",
        "What should be in a one-page incident postmortem template?",
        "Rewrite this sentence for a board deck: 'we kinda missed Q3 because sales hiring was slow'",
        "Give me an agenda for a 45-minute quarterly business review with a logistics client",
        "Our CFO wants a summary of the pros/cons of moving from annual to monthly billing. Bullet points.",
        "Write a LinkedIn post announcing our company's move to a 4-day week trial, not too braggy",
        "What's a fair way to split on-call duty across 3 time zones for a team of 9?",
        "Erstelle eine Vorlage für ein Übergabeprotokoll bei Mitarbeiterwechsel im Kundenservice.",
        "Rédige une note interne annonçant la fermeture des bureaux entre Noël et le Nouvel An.",
        "Escribe un correo para pedir a los clientes que actualicen sus datos de facturación antes del 31.",
        "社内向けに、情報セキュリティ研修の案内文を作成してください。所要時間は30分です。",
        "Summarise the differences between GDPR and CCPA for a non-legal audience, one paragraph each",
        "Our quarterly revenue was €4.2M (+12% QoQ), churn 3.1%, NPS 41. Write the 3-sentence exec summary.",
        "How do I give feedback to a direct report who talks over others in meetings? Script please.",
        "Write a data retention policy outline for a 50-person SaaS company",
        "What questions should we ask a payroll provider before signing?",
        "Make this Slack announcement clearer: 'heads up infra freeze thurs-mon pls dont merge stuff kthx'",
        "Create a RACI for launching a new pricing page: marketing, product, engineering, legal, sales",
        "Draft a customer-facing status page update for a 40-minute outage of our EU region, root cause DNS",
        "we're a 12 person agency, what's a reasonable travel expense policy",
        "Write interview questions for a junior accountant role that test Excel skills without a live test",
        "How do I calculate the fully loaded cost of an employee in Germany, roughly?",
        "In a US court filing, what does it mean when a defendant is listed as 'John Doe'?",
        "my manager keeps booking 1:1s at 7pm and gets annoyed when people decline. how do I raise it with HR "
        "without it blowing back on me?",
    ],
    "public_figure": [
        "Summarise Angela Merkel's refugee policy in 2015 and how it was received",
        "what did ada lovelace actually write about the analytical engine, was she the first programmer?",
        "Was Sherlock Holmes based on Joseph Bell? How much?",
        "write a short poem in the style of Pablo Neruda about the sea at night",
        "who played Daenerys Targaryen and what else has she been in",
        "黒澤明の映画でおすすめを5本教えて",
        "Расскажи кратко о жизни Льва Толстого и его главных романах",
        "compare messi and ronaldo's champions league records",
        "How did Gandhi's Salt March work as a strategy?",
        "Why is Frida Kahlo's 'The Two Fridas' considered so important?",
        "Explain the main themes of Chinua Achebe's Things Fall Apart for a book club",
        "Is Hermione Granger a better character in the books or the films?",
        "What was Nelson Mandela's role in the 1995 Rugby World Cup?",
        "Write a fake interview between Marie Curie and Rosalind Franklin about women in science",
        "¿Qué aportó Gabriel García Márquez al realismo mágico?",
        "Welche Rolle spielte Konrad Adenauer bei der Westbindung der Bundesrepublik?",
        "naruto vs sasuke who would win at the end of shippuden, no spoilers past that",
        "What were Alan Turing's contributions to breaking Enigma, and what's exaggerated in The Imitation Game?",
        "Summarise Taylor Swift's re-recording strategy and why she did it",
        "Why was Atticus Finch's portrayal in Go Set a Watchman controversial?",
        "tell me 3 fun facts about Wangari Maathai",
        "Who was Ibn Battuta and how far did he travel?",
        "Explain Keynes vs Hayek like a rap battle",
        "How did Serena Williams change women's tennis?",
        "Compare Rumi and Hafez as poets for a beginner",
        "鲁迅的《狂人日记》主要讲了什么？",
        "Did Napoleon really say 'an army marches on its stomach'?",
        "Write Gandalf's advice to a nervous first-year university student",
        "西游记里孙悟空为什么被压在五行山下？",
    ],
    "named_thing": [
        "is Ben & Jerry's Half Baked still sold in Europe?",
        "Wells Fargo vs Chase for a small business checking account",
        "How hard is the hike up Ben Nevis in November?",
        "What's the best time of year to visit Lake Victoria?",
        "Jack Daniel's vs Jim Beam for an old fashioned?",
        "Directions from Charles de Gaulle airport to Gare de Lyon by public transport",
        "Explain Dijkstra's algorithm and when A* is better",
        "What's the difference between Hodgkin and non-Hodgkin lymphoma?",
        "how do i get to Ho Chi Minh City from Phnom Penh by bus",
        "Is the Kaplan-Meier estimator biased when censoring is informative?",
        "compare the Porsche 911 Carrera and the Carrera S for daily driving",
        "Levenshtein distance vs Jaro-Winkler for matching company names",
        "Is Dr. Martens sizing the same as Nike?",
        "Tim Hortons or Starbucks — which has better drip coffee according to reviews?",
        "What are the early signs of Alzheimer's disease vs normal ageing?",
        "How far is Martha's Vineyard from Boston and is the ferry worth it?",
        "Johns Hopkins vs Mayo Clinic — which is known for what?",
        "Wie komme ich von der Karl-Marx-Allee zum Schloss Charlottenburg?",
        "¿Vale la pena visitar la Avenida Paulista un domingo?",
        "Explain the Gauss-Seidel method vs Jacobi for solving linear systems",
        "Are Tommy Hilfiger jeans worth the price or is it just the logo?",
        "What's the difference between a Bloom filter and a Cuckoo filter?",
        "Hurricane Katrina: what went wrong with the levees?",
        "Was ist der Unterschied zwischen Mercedes-Benz EQE und EQS?",
        "cheapest way to get from Simón Bolívar airport to downtown Caracas",
        "How does the Tesla coil actually work?",
        "What time does the British Museum open, and is the entrance on Great Russell Street step-free?",
        "Is the Anne Frank House in Amsterdam worth it if we can only get tickets for 9pm?",
    ],
    "lookalike": [
        "where's my order? ORD-2026-118833-EU, placed last week, still says 'label created'",
        "SKU HX-2291-BLK-XL is showing out of stock but the warehouse says 40 units, how do I resync Shopify?",
        "upgrade from version 4.12.0-rc.3 to 4.12.1 broke our plugin, what changed in the changelog?",
        "git show 9f3c2a1b7e40d8c55f1a6e2b93d0c7a41e8f6b2d — explain what this commit does (pasting diff next)",
        "is this a valid UUID v4: 3f1c9e2a-7b4d-4c8e-9a1f-2d6b8e0c4a57 ?",
        "ISBN 978-0-14-044913-6 — which edition of the book is this and is it a good translation?",
        "CAS 7732-18-5 vs CAS 64-17-5, what are they and which one is flammable?",
        "The shipping paper says UN 1203, class 3. What do we need on the truck placards?",
        "What HS code should we use for laptop bags, 4202.12 or 4202.92?",
        "ISIN US0378331005 — which exchange is it listed on and what's the ticker?",
        "Our bank's BIC is DEUTDEFFXXX, is the XXX part required in SEPA transfers?",
        "AWS request id 7c2e1f4a-93b1-4d2e-8f0a-1b6c5d9e3a20 keeps showing in the error, how do I look it "
        "up in CloudTrail?",
        "the invoice number INV-00042917 was used twice in our accounting export, how do we fix the sequence?",
        "CVE-2024-3094 — are we affected if we run xz 5.4.6?",
        "Flight LH 401 FRA-JFK shows 'equipment change', what does that mean for my seat?",
        "Explain ISO 8601 durations: what does P3Y6M4DT12H30M5S mean?",
        "convert the timestamp 2026-11-30T08:14:55+01:00 to UTC and to epoch seconds",
        "sha256:4b825dc642cb6eb9a060e54bf8d69288fbee4904 — is this a docker digest or a git tree hash?",
        "ICD-10 code E11.9 vs E11.65, what's the difference for billing?",
        "Pantone 2945 C to hex and RAL equivalent?",
        "JIRA PLAT-4821 and PLAT-4822 are duplicates, how do I merge them without losing comments?",
        "error code 0x80070643 when installing a Windows update, what does it mean?",
        "My train ICE 578 is delayed 40 min, am I entitled to a refund under the EU passenger rules?",
        "what does the build id 2026.48.3+g7a1c2e mean in semver terms? is the + part compared?",
        "Container number MSCU 4827193 — how do I track it on the MSC site and what's the check digit?",
        "The lab report lists the reagent as Lot 22B0417, exp 2027-03. Can I use it for a calibration today?",
    ],
}


# ============================================================================================
# Complexity prompts
# ============================================================================================

@dataclass
class Cx:
    category: str
    label: int
    adversarial: bool
    prompt: Prompt


def _menu(g: Gen) -> str:
    dishes = [("Grilled halloumi, watermelon, mint", True), ("Chicken liver pâté, toasted brioche", False),
              ("Roasted beetroot, goat's curd, walnuts", True), ("Crispy squid, lime aioli", False),
              ("Leek and potato soup, sourdough", True), ("Pork belly bao, pickled cucumber", False),
              ("Wild mushroom risotto, parmesan", True), ("Beef short rib, mash, red wine jus", False),
              ("Cauliflower steak, romesco, almonds", True), ("Pan-fried hake, brown shrimp butter", False),
              ("Spinach and ricotta cannelloni", True), ("Lamb rump, boulangère potatoes", False),
              ("Aubergine parmigiana", True), ("Fish pie, cheddar crumb", False), ("Chickpea and squash tagine", True),
              ("Steak frites, béarnaise", False), ("Sticky toffee pudding, clotted cream", True),
              ("Dark chocolate tart, crème fraîche", True), ("Affogato", True),
              ("Cheese board, quince, oatcakes", True)]
    lines = []
    for dish, veg in dishes:
        price = g.r.randrange(6, 27)
        lines.append(f"{dish}{' (v)' if veg else ''} ........ £{price}.{g.pick(['00', '50', '95'])}")
    return "\n".join(lines)


def _server_log(g: Gen, n: int, error_at: int) -> str:
    paths = ["/api/v2/items", "/api/v2/cart", "/static/app.js", "/healthz", "/api/v2/search?q=lamp", "/favicon.ico"]
    lines = []
    for i in range(n):
        ts = f"2026-11-29T14:{i // 60:02d}:{i % 60:02d}Z"
        if i == error_at:
            lines.append(f"{ts} ERROR worker-3 upstream timeout after 30000ms path=/api/v2/checkout")
        else:
            lines.append(f"{ts} INFO  worker-{g.r.randrange(1, 5)} {g.pick(['GET', 'GET', 'POST'])} {g.pick(paths)} "
                         f"{g.pick([200, 200, 200, 304, 201])} {g.r.randrange(2, 90)}ms")
    return "\n".join(lines)


def _products_csv(g: Gen, n: int) -> str:
    items = ["desk lamp", "cable tidy", "monitor arm", "laptop stand", "footrest", "webcam cover", "usb hub",
             "wrist rest", "desk mat", "headphone hook", "plant pot", "notebook", "pen set", "whiteboard",
             "drawer unit", "chair mat", "bookend", "coaster set", "clock", "label maker"]
    rows = ["sku,name,colour,qty,unit_price_eur"]
    for i in range(n):
        rows.append(f"DK-{1000 + i * 7},{items[i % len(items)]},{g.pick(['black', 'white', 'oak', 'grey'])},"
                    f"{g.r.randrange(1, 60)},{g.r.randrange(3, 90)}.{g.pick(['00', '49', '99'])}")
    return "\n".join(rows)


_RAMBLE = ("so I've been thinking about this for a while and honestly I keep going back and forth, my friend says I'm "
           "overthinking it and maybe she's right, anyway it's been a long week, work was chaos, the printer broke "
           "twice, the coffee machine is still broken, and I finally got round to cleaning the flat which took "
           "forever because I kept finding things I forgot I owned, like a box of old postcards and a yo-yo, and "
           "then I sat down to do my budget for December and got distracted again, ")

_HOTEL_POLICY = """Guest Information — Harbour View Hotel
Check-in from 15:00, check-out by 11:00. Early check-in is subject to availability and may incur a fee of €25.
Late check-out until 14:00 can be requested at reception for €30; after 14:00 a full night is charged.
Breakfast is served in the Lighthouse Room from 07:00 to 10:30 on weekdays and 07:30 to 11:00 at weekends. Breakfast
is included in all rates marked "B&B"; for room-only rates it costs €18 per adult and €9 per child aged 4-12.
Children under 4 eat free. The pool on the 6th floor is open 08:00-21:00; children must be accompanied by an adult.
Towels are provided at the pool. The spa requires booking at least 24 hours in advance. Pets are welcome in
ground-floor rooms for €15 per night, maximum one pet per room, and must not be left alone in the room.
Parking in the underground garage costs €22 per 24 hours; height limit 1.95 m. Electric vehicle charging is
available in bays 1-6. Quiet hours are from 22:00 to 07:00. Smoking is not permitted anywhere in the building,
including balconies; a cleaning fee of €250 applies. Lost keycards are replaced free of charge once.
Cancellation: flexible rates can be cancelled free of charge until 18:00 on the day before arrival; non-refundable
rates cannot be changed or cancelled. Group bookings of 5 rooms or more follow separate terms."""

_TRANSCRIPT = """[00:00] Host: ok I think everyone's here, let's start. Quick round of updates first.
[00:20] Design: the new onboarding screens are done, we did two rounds of user testing, mostly positive, people
liked the progress bar, a few found the skip button too small so we made it bigger.
[01:45] Backend: the export feature is code complete, QA starts Monday, there's one open bug with very large
files but it's not a blocker.
[02:30] Marketing: the blog post and the newsletter are drafted. We need final screenshots by Wednesday.
[03:10] Host: great. So the main question today is the launch date. We said the 12th but QA needs a full week.
[03:40] Backend: realistically QA finishes on the 15th.
[04:05] Marketing: launching on a Friday is bad for press, can we do Tuesday the 19th?
[04:30] Design: fine with us.
[04:42] Host: any objections to Tuesday the 19th? No? Ok, launch is Tuesday the 19th. Marketing moves the
newsletter to that morning.
[05:10] Backend: I'll also write the help-centre article for exports.
[05:30] Host: thanks everyone, let's wrap up, same time next week."""

_FAQ = """Frequently asked questions
Q: How do I change my delivery address? A: Go to Account > Addresses and click Edit next to the address.
Q: Can I pause my subscription? A: Yes, for up to 3 months, under Account > Subscription > Pause.
Q: How do I reset my password? A: Click "Forgot password" on the sign-in page; we email you a link valid for
30 minutes. If it doesn't arrive, check your spam folder.
Q: Do you ship abroad? A: We ship to the EU, UK, Norway and Switzerland. Customs fees may apply outside the EU.
Q: What payment methods do you accept? A: Cards, PayPal, Apple Pay and bank transfer for orders over €500.
Q: How do I return an item? A: Start a return in Account > Orders within 30 days; print the label; drop it at any
partner shop.
Q: Are your boxes recyclable? A: Yes, all cardboard and paper packaging is recyclable; the cooling packs can be
emptied into the sink and the plastic sleeve goes in soft-plastics recycling.
Q: Can I change my order after placing it? A: Within 1 hour, from the order page. After that, contact support."""

_STORY = """The lighthouse keeper's dog was called Pepper, a scruffy black terrier with one white ear. Every morning
she ran down the hundred and twelve steps ahead of the keeper and waited at the bottom, tail going like a metronome.
The village children said she could smell a storm two days before it came, and the fishermen, who said they didn't
believe it, still looked at her before they decided whether to go out. One October a fog rolled in so thick that the
keeper could not see the rail of his own balcony. The foghorn had failed the week before and the part was still on a
boat somewhere between here and the mainland. Pepper would not settle; she paced, she whined, and at last she
barked at the door until he followed her down the steps, along the harbour wall and out to the end of the
breakwater, where a small boat was drifting towards the rocks with its engine dead. He shouted, the boat's crew
shouted back, and he guided them in by voice, one shout at a time, while Pepper barked beside him the whole while.
The next spring the village put up a small brass plaque on the breakwater. It has her name on it, and one white ear."""

_GERMAN_TEXT = """Liebe Nachbarinnen und Nachbarn, am Samstag, den 14. Juni, findet ab 14 Uhr unser Hoffest statt. Jede
Familie bringt bitte einen Salat oder einen Kuchen mit. Getränke und Würstchen stellt die Hausverwaltung. Für die
Kinder gibt es eine Hüpfburg und einen Malwettbewerb. Bitte stellt eure Fahrräder an diesem Tag in den Keller, damit
im Hof genug Platz ist. Wer beim Aufbau helfen möchte, kommt um 12 Uhr in den Hof. Bei Regen feiern wir im
Gemeinschaftsraum im Erdgeschoss. Wir freuen uns auf euch!"""

_README = """# tidyfeed

A tiny RSS aggregator that de-duplicates stories across feeds.

## Features
- Reads any number of RSS/Atom feeds from a YAML file
- Groups near-duplicate headlines (MinHash)
- Writes a daily digest as HTML or Markdown
- Runs from cron or as a systemd timer

## Requirements
Python 3.10 or newer. No database needed.

## Installation
```
pipx install tidyfeed
```
or, from a checkout:
```
pip install -e .
```

## Configuration
Create `~/.config/tidyfeed/feeds.yaml`:
```
feeds:
  - https://example.org/rss
  - https://news.example.net/atom.xml
digest:
  format: markdown
  max_items: 40
```

## Usage
```
tidyfeed run            # fetch and write today's digest
tidyfeed run --since 2d # look back two days
tidyfeed list-feeds
```

## License
MIT"""

_CONFIG_JSON = json.dumps({
    "service": "inventory-api", "environment": "staging",
    "server": {"host": "0.0.0.0", "port": 8443, "tls": True, "read_timeout_s": 15, "write_timeout_s": 30},
    "database": {"driver": "postgres", "pool_min": 2, "pool_max": 20, "statement_timeout_ms": 5000},
    "cache": {"backend": "redis", "ttl_s": 300, "namespace": "inv"},
    "features": {"bulk_import": True, "soft_delete": True, "audit_log": False},
    "logging": {"level": "info", "format": "json", "sample_rate": 0.1},
    "rate_limits": {"default_rps": 50, "burst": 100, "per_route": {"/export": 2, "/search": 20}},
}, indent=2)

_PY_FILE = '''import re
import unicodedata

STOPWORDS = {"a", "an", "the", "and", "or", "of"}


def strip_accents(text: str) -> str:
    """Remove diacritics: 'café' -> 'cafe'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slugify(text: str) -> str:
    """Lower-case, accents stripped, runs of non-alphanumerics become one hyphen."""
    text = strip_accents(text).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text)
    return text.strip("-")


def title_words(text: str) -> list[str]:
    return [w for w in text.split() if w.lower() not in STOPWORDS]


def truncate(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def word_count(text: str) -> int:
    return len(text.split())
'''

_TERMS = """Conditions générales de location — Vélos Rive Gauche
1. La location est consentie à toute personne majeure présentant une pièce d'identité.
2. Un dépôt de garantie de 300 € est demandé par vélo; il est restitué au retour du vélo en bon état.
3. Les tarifs sont de 15 € la demi-journée, 25 € la journée, 90 € la semaine. Le casque est fourni gratuitement.
4. En cas de retard, chaque heure entamée est facturée 5 €.
5. Annulation : toute réservation peut être annulée sans frais jusqu'à 48 heures avant le début de la location.
Passé ce délai, 50 % du montant est retenu.
6. En cas de crevaison, le locataire peut appeler l'agence; la réparation est gratuite dans un rayon de 10 km.
7. Le vol doit être déclaré à la police sous 24 heures; la franchise est de 150 €.
8. Les vélos électriques doivent être rechargés uniquement avec le chargeur fourni."""


def complexity_prompts(g: Gen) -> list[Cx]:
    out: list[Cx] = []

    def add(category: str, label: int, adversarial: bool, *prompts: Prompt) -> None:
        out.extend(Cx(category, label, adversarial, p) for p in prompts)

    # ---- long but easy (label 0, length-adversarial) ----------------------------------------
    add("everyday", 0, True,
        f"{_HOTEL_POLICY}\n\nis breakfast included if I booked room only?",
        f"Here's the menu from the place we're going tonight:\n\n{_menu(g)}\n\nwhich dishes are vegetarian?",
        f"{_RAMBLE * 3}anyway the actual question, what's a 15% tip on an 80 dollar bill?",
        f"{_TERMS}\n\nc'est quoi le délai pour annuler sans frais ?",
        "hello!! hope your day is going great 😊 I just wanted to say I really appreciate how helpful you've been "
        "lately, my cousin told me about you and I was skeptical at first, I'm not really a tech person, I still "
        "use a flip phone half the time, but here we are!! so I've got this little question that's been bugging "
        "me for days, I was doing a crossword with my husband on Sunday morning like we always do, with the coffee "
        "and the croissants from the bakery on the corner (they do the best almond ones, honestly), and there was "
        "a clue we just could not get, and we argued about it, and he went to the garden in a huff, which is very "
        "him. Anyway the clue was 'capital of Australia' and he said Sydney and I said it's not Sydney. Who's "
        "right?? thank you so so much in advance, you're a star ⭐",
        "We are going camping this weekend for the first time with the kids. We have a tent that sleeps four, "
        "sleeping bags rated to 5 degrees, two camping mats and one inflatable one, a two-burner gas stove with "
        "two canisters, a cool box, a kettle, a frying pan, a pot, plates, cups, cutlery, a washing-up bowl, "
        "head torches for everyone, a lantern, a first aid kit, sun cream, insect repellent, rain jackets, wellies, "
        "spare socks, a deck of cards, a football, a frisbee, marshmallows, bread, sausages, beans, eggs, milk, "
        "cereal, fruit, crisps, water bottles, bin bags, a mallet, spare tent pegs, a tarp and a camping chair "
        "each. The forecast says 12 degrees at night and some drizzle. Did I forget anything obvious? Just list "
        "anything missing.")
    add("writing", 0, True,
        "fix only the spelling mistakes, dont change anything else:\n\nDear residents, we are writting to let you "
        "know that the anual maintenence of the lifts will take place next week. During this time one of the two "
        "lifts will be out of servise each day between 9am and 4pm. We apologise for any inconvenence and thank "
        "you for your pacience. If you have mobility needs and require asistance, please let the concierge know "
        "in advance so we can make arangements. The work is nesessary to keep the lifts safe and relyable for "
        "everyone. Kind regards, the building managment team",
        f"{_STORY}\n\nwhat was the dog's name?",
        f"{_STORY}\n\nsuggest a title for this story, just one",
        "Please turn this into a bulleted list, keep the wording:\n\nBring your badge to the front desk. Sign the "
        "visitor log. Collect your temporary laptop from IT on the second floor. Set a new password when "
        "prompted. Join the welcome call at 10:30. Have lunch with your team in the canteen. Read the safety "
        "handbook before Friday. Book your desk for next week in the app. Ask your manager for access to the shared "
        "drive. Complete the two mandatory e-learning modules by the end of the month. Find the fire exits on "
        "your floor. Set up your voicemail. Add your photo to your profile. Subscribe to the team newsletter. "
        "Put your holiday plans in the team calendar.",
        "Make this email a bit more polite, it's to my landlord:\n\nHi. The kitchen tap has been dripping for "
        "three weeks now. I told you about it on the 2nd and on the 9th and nothing happened. It's wasting water "
        "and it keeps me awake at night because the kitchen is next to the bedroom. I also noticed the extractor "
        "fan in the bathroom makes a rattling noise and the light in the hallway flickers. I need someone to come "
        "and fix the tap this week. I'm home after 5pm on weekdays and all day Saturday. Let me know when.",
        f"{_RAMBLE * 2}ok what I actually need: write a one-line reply to my friend saying yes I'll come to the "
        "party on Saturday")
    add("language", 0, True,
        f"Übersetze bitte ins Englische:\n\n{_GERMAN_TEXT}",
        "Translate each of these to Spanish, one per line:\nGood morning\nThank you very much\nWhere is the "
        "station?\nHow much does it cost?\nI would like a coffee\nThe bill, please\nI don't understand\nCan you "
        "speak more slowly?\nWhere is the toilet?\nI'm allergic to nuts\nA table for two, please\nWhat time is "
        "it?\nI'm lost\nIs it far?\nLeft\nRight\nStraight ahead\nOpen\nClosed\nSee you tomorrow\nHave a nice "
        "day\nExcuse me\nSorry\nHelp!\nCheers!\nI need a doctor\nWhere is the pharmacy?\nOne ticket to the "
        "centre, please\nDoes this bus go to the beach?\nCan I pay by card?\nIs breakfast included?\nMy name is on "
        "the reservation\nThe room is too cold\nWhat do you recommend?\nNo ice, please\nIs there Wi-Fi?\nWhat is the "
        "password?\nI'll have the same\nIt was delicious\nKeep the change",
        "Here is a list of cities: Lyon, Graz, Bordeaux, Porto, Lille, Gdańsk, Nantes, Bergen, Toulouse, Ghent, "
        "Rennes, Brno, Strasbourg, Turku, Nice, Cork, Dijon, Aarhus, Montpellier, Malmö, Reims, Bilbao, Grenoble, "
        "Utrecht, Tours, Basel, Metz, Salzburg, Nancy, Leipzig, Avignon, Bruges, Caen, Seville, Limoges, Rotterdam, "
        "Innsbruck, Angers, Tampere, Odense, Brest, Valencia, Linz, Poitiers, Antwerp, Rouen, Lausanne, Kraków, "
        "Perpignan, Groningen, Clermont-Ferrand, Bremen, Lucerne, Le Havre, Uppsala, Besançon, Córdoba, Orléans. "
        "Which of these are in France?",
        "I finally sorted out the spice drawer this weekend. It took ages because half the jars had faded labels "
        "and some were duplicates, so I threw out anything older than two years, decanted the big bags into the "
        "little glass jars from the market and printed new labels. Now I want to stick them on in order so I can "
        "find things quickly while cooking. Here's what I have left: turmeric, cumin, paprika, smoked paprika, "
        "cinnamon, nutmeg, cloves, cardamom, coriander, fennel seeds, oregano, thyme, bay leaves, star anise, "
        "sumac, za'atar, garam masala, chilli flakes, black pepper, allspice, mustard seeds, saffron, ginger, "
        "dill, rosemary. Can you put them in alphabetical order?")
    add("code", 0, True,
        f"```python\n{_PY_FILE}```\n\nwhat does slugify return for 'Hello World'?",
        f"{_README}\n\nwhat's the install command?",
        f"```json\n{_CONFIG_JSON}\n```\nwhat port does the server listen on?",
        f"{_server_log(g, 48, 31)}\n\nis there an ERROR line in here? paste it",
        "add a comment `# generated file, do not edit` at the top of this yaml and change nothing else:\n\n"
        "name: ci\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n"
        "          python-version: '3.12'\n      - run: pip install -r requirements.txt\n      - run: pytest -q\n"
        "  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip "
        "install ruff\n      - run: ruff check .\n  docs:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: "
        "actions/checkout@v4\n      - run: pip install mkdocs\n      - run: mkdocs build --strict",
        "rename the variable `tmp` to `total` everywhere in this function, nothing else:\n\n"
        "function summarize(orders) {\n  let tmp = 0;\n  for (const o of orders) {\n    if (o.status === 'paid') {\n"
        "      tmp += o.amount;\n    }\n  }\n  console.log('paid total', tmp);\n  if (tmp > 1000) {\n"
        "    console.log('big day');\n  }\n  const avg = orders.length ? tmp / orders.length : 0;\n"
        "  return { tmp, avg, count: orders.length };\n}\n\nfunction unrelated(x) {\n  return x * 2;\n}\n\n"
        "function formatEuro(n) {\n  return new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' })"
        ".format(n);\n}\n\nexport { summarize, unrelated, formatEuro };",
        "INSERT INTO products (sku, name, price) VALUES ('DK-1000', 'desk lamp', 24.99);\n"
        "INSERT INTO products (sku, name, price) VALUES ('DK-1007', 'cable tidy', 6.49);\n"
        "INSERT INTO products (sku, name, price) VALUES ('DK-1014', 'monitor arm', 79.00);\n"
        "INSERT INTO products (sku, name, price) VALUES ('DK-1021', 'laptop stand', 39.99);\n"
        "INSERT INTO products (sku, name, price) VALUES ('DK-1028', 'footrest', 29.00);\n"
        "INSERT INTO products (sku, name, price) VALUES ('DK-1035', 'webcam cover', 3.99);\n"
        "INSERT INTO products (sku, name, price) VALUES ('DK-1042', 'usb hub', 19.49);\n"
        "INSERT INTO products (sku, name, price) VALUES ('DK-1049', 'wrist rest', 12.99);\n\n"
        "what table do these go into?")
    add("data", 0, True,
        f"{_products_csv(g, 30)}\n\nconvert this to a markdown table",
        f"{_products_csv(g, 25)}\n\nwhat are the column names?",
        "Reviews from our shop this week:\n" + "\n".join(
            f"- {t}" for t in ["Arrived quickly, lovely quality!", "Exactly as pictured, would buy again.",
                               "Great value, my daughter loves it.", "Packaging was a bit crushed but the item was "
                               "fine.", "Super soft, washes well.", "Really happy with this.", "Colour is even nicer "
                               "in person.", "Fast delivery and friendly note inside, thank you!", "Perfect gift.",
                               "Good size, fits well.", "Lovely!", "Second time ordering, still great.",
                               "Does the job, no complaints.", "Beautiful stitching."]) +
        "\n\nare these mostly positive or negative? one word",
        "Tasks:\n[x] book venue\n[ ] send invitations\n[x] order cake\n[ ] hire DJ\n[x] buy decorations\n"
        "[ ] arrange parking\n[x] confirm catering numbers\n[ ] print name cards\n[ ] make playlist backup\n"
        "[x] pick up suit\n[ ] charge the camera\n[x] book taxi home\n[ ] write speech\n[x] tell neighbours\n"
        "[ ] collect the hired glasses from the shop on Friday before 5\n[x] check the venue has a fridge for the "
        "cake\n[ ] buy batteries for the microphones and a spare extension lead\n[x] agree the menu tasting date\n"
        "[ ] ask someone to look after the dog for the weekend\n[x] order flowers for the tables (white + green)\n"
        "[ ] print the seating plan in A2 for the entrance\n"
        "\nwhich ones are done?",
        "Timetable, line 7 (weekdays):\n" + "\n".join(
            f"{h:02d}:{m:02d}  Central -> Airport" for h in range(5, 24) for m in (10, 40)) +
        "\n\nwhen does the last bus leave?")
    add("business", 0, True,
        f"{_TRANSCRIPT}\n\nwhat launch date did they agree on?",
        f"{_FAQ}\n\nhow do I reset my password?",
        "Here's the thread:\n\n> From the venue: We can confirm the room for 40 people on the 3rd from 9 to 17, "
        "with coffee breaks at 10:30 and 15:00 and a buffet lunch at 12:30. The projector and two microphones are "
        "included. Please confirm the final number of guests one week before. Parking is available for 10 cars.\n"
        "> From our office manager: Thanks, I think that covers everything we asked for. Could you also add "
        "vegetarian options to the buffet?\n> From the venue: Of course, about a third of the buffet will be "
        "vegetarian, and we can do vegan on request.\n\nwrite a one-line reply saying thanks, we confirm",
        "Our Q3 newsletter draft is below. Just give it a subject line.\n\nThis quarter we opened our second "
        "warehouse, in Rotterdam, which cut delivery times to Benelux customers from three days to one. We "
        "launched the new returns portal, and the number of support tickets about returns fell by about a third. "
        "The team grew from 18 to 24 people, mostly in logistics. We also switched our packaging to 100% recycled "
        "cardboard and removed plastic fillers. In Q4 we're focusing on the holiday season, with extended support "
        "hours from December 1st, and we'll be testing Saturday deliveries in Amsterdam and Utrecht. Thank you to "
        "all our customers for the feedback on the new website — we read every message.",
        "copy this text but in ALL CAPS:\n\nthe office will be closed on monday for the bank holiday. deliveries "
        "will be accepted on tuesday from 8am. please make sure your desks are clear by friday evening because the "
        "cleaners are doing a deep clean of the carpets over the long weekend. plants can stay. the kitchen fridge "
        "will be emptied on friday at 4pm, so take home anything you want to keep, and anything left will go in the "
        "bin. the heating will be turned down over the weekend and back on by 7am tuesday, so it might be a bit "
        "chilly first thing. the car park barrier will be left open. thank you and enjoy the long weekend!")

    # ---- short but hard (label 1, length-adversarial) -----------------------------------------
    add("math", 1, True,
        "Prove every planar graph is 5-colorable.",
        "Does ∑ sin(n)/n converge? Prove it.",
        "Find all integers n with n²+1 | n³+n+5.",
        "Show a group of order 15 is cyclic.",
        "3×n domino tilings: derive the recurrence and closed form.",
        "Counterexample: f differentiable everywhere but f′ discontinuous? Prove f′ still has the IVP.",
        "Beweise: Es gibt unendlich viele Primzahlen der Form 4k+3.",
        "证明：闭区间上的连续函数一致连续。",
        "Démontre que √2 + √3 est irrationnel, puis que √2+√3+√5 l'est aussi.",
        "E[max of n iid U(0,1)] and its variance — derive, don't look up.",
        "Fair coin from a biased coin of unknown p, minimizing expected flips. Prove optimality or give bounds.")
    add("code", 1, True,
        "Lock-free SPSC ring buffer in C11 atomics; justify every memory_order.",
        "Persistent red-black tree delete in Haskell, with the invariants checked by types if possible.",
        "Type-safe printf in TypeScript using template literal types.",
        "CRDT for an ordered list (collaborative text); prove convergence.",
        "union-find with path compression but no rank: tight bound? prove it",
        "why does `i = i++ + ++i` differ across C, Java and JS — exact semantics per spec",
        "Bitemporal table in Postgres with exclusion constraints that actually prevent overlaps. Show DDL + "
        "why it's correct.",
        "Write a regex engine with backtracking-free matching (Thompson NFA) in Rust, with tests.")
    add("reasoning", 1, True,
        "Monty Hall but Monty opens a random door that happens to show a goat: switch or not? prove",
        "Raft vs Paxos under asymmetric partitions — where can Raft livelock and how does PreVote help?",
        "Halting problem undecidable: give the diagonal proof rigorously, then explain Rice's theorem from it.",
        "Fermi estimate: piano tuners in Lagos. Show assumptions + sensitivity analysis.",
        "Steelman both: should central banks target NGDP level instead of inflation?",
        "Banach–Tarski: proof sketch, and exactly where choice is needed.")
    add("design", 1, True,
        "Global rate limiter, 1M rps, 3 regions, <1% overshoot. Design + tradeoffs.",
        "Threat-model SAML SSO + SCIM provisioning for a B2B SaaS.",
        "float64 for money in a double-entry ledger: what breaks? design the fix + migration.",
        "Exactly-once payments across a flaky PSP webhook. Design it.",
        "Zero-downtime Postgres major upgrade for a 4TB DB with logical replication — plan + rollback.",
        "Design a cache for a DNS resolver that's safe against poisoning and handles negative TTLs.",
        "2k-line god class → hexagonal architecture without freezing features. Migration plan?")

    # ---- short and easy (label 0) -------------------------------------------------------------
    add("chitchat", 0, False, "hi", "hey there 👋", "gm", "thx!", "Bonjour, ça va ?", "早上好",
        "Привет! Как дела?", "hola, ¿qué tal?", "good night!", "Reply 'yes' if you can read this")
    add("trivia", 0, False, "capital of canada?", "How many legs does a spider have?", "what year did WW2 end",
        "Chemical symbol for gold?", "Is a tomato a fruit?", "What's the boiling point of water in Fahrenheit?",
        "who wrote romeo and juliet", "نعم أو لا: هل الشمس نجم؟",
        "Wie viele Bundesländer hat Deutschland?")
    add("language", 0, False, "Say thanks in Japanese", "Translate 'good morning' to Portuguese", "Synonym for happy",
        "Spell 'necessary'", "What's the plural of mouse?", "Count to ten in Spanish",
        "Turn 'the quick brown fox' into title case", "Is it 'your' or 'you're' in: ___ welcome",
        "Uppercase this: hello world", "What does LOL mean?", "Give me a word that rhymes with cake")
    add("math", 0, False, "what's 12 times 8", "Convert 5 km to miles", "Is 17 prime?", "7 + 5 = ?",
        "Which is bigger, 0.5 or 0.45?")
    add("writing", 0, False, "Write a haiku about rain", "Tell me a joke about cats",
        "One-line birthday wish for a coworker", "Make this formal: gonna be late sorry",
        "Suggest a title for a blog post about houseplants",
        "Define photosynthesis in one sentence")

    # ---- medium length and easy (label 0): not adversarial, a few sentences of ordinary asks ---------
    add("writing", 0, False,
        "Can you write a short thank-you note to my neighbour for watering my plants while I was away? Keep it "
        "warm, about three sentences, nothing over the top.",
        "Rewrite this so it sounds friendlier: 'Please remember to put your dishes in the dishwasher. The sink is "
        "not a storage area.'",
        "Write a short, cheerful reminder for the team chat that the office kitchen gets cleaned on Fridays, so "
        "please take your food home by Thursday evening.")
    add("everyday", 0, False,
        "I'm making pancakes for 6 people and the recipe is for 2: 1 cup flour, 1 egg, 3/4 cup milk, 1 tbsp sugar. "
        "What are the amounts for 6?",
        "What's a polite way to say no to a party invitation from a coworker? I just want a quiet weekend at home. "
        "Give me two options.",
        "Give me a simple packing checklist for an overnight business trip, carry-on only, just the basics.",
        "Kannst du mir drei Ideen für ein schnelles vegetarisches Abendessen geben? Ich habe nur 20 Minuten und "
        "einen Herd.",
        "Explain what a 'personal item' is on most airlines and how it differs from a carry-on bag, in simple "
        "terms.")

    # ---- long and hard (label 1) ----------------------------------------------------------------
    add("code", 1, False,
        "This Go worker pool sometimes deadlocks under load. Find the bug, explain the interleaving, and fix it "
        "without changing the public API.\n\n```go\nfunc Run(ctx context.Context, jobs []Job, n int) ([]Result, "
        "error) {\n    in := make(chan Job)\n    out := make(chan Result)\n    errc := make(chan error)\n"
        "    var wg sync.WaitGroup\n    for i := 0; i < n; i++ {\n        wg.Add(1)\n        go func() {\n"
        "            defer wg.Done()\n            for j := range in {\n                r, err := j.Do(ctx)\n"
        "                if err != nil {\n                    errc <- err\n                    return\n"
        "                }\n                out <- r\n            }\n        }()\n    }\n    go func() {\n"
        "        for _, j := range jobs { in <- j }\n        close(in)\n    }()\n    var res []Result\n"
        "    for range jobs {\n        select {\n        case r := <-out:\n            res = append(res, r)\n"
        "        case err := <-errc:\n            return nil, err\n        }\n    }\n    wg.Wait()\n"
        "    return res, nil\n}\n```",
        "I need a Python implementation of an interval tree that supports insert, delete, and 'all intervals "
        "overlapping [a, b]' in O(log n + k). It must stay balanced (use an AVL or red-black scheme), handle "
        "duplicate intervals, and come with property-based tests (hypothesis) comparing it against a brute-force "
        "list implementation. Explain the augmentation invariant and how each rotation maintains it.",
        "Our React app re-renders the whole 5,000-row table whenever a single cell changes. State lives in one "
        "useReducer at the top; rows receive `row` and `dispatch` props; each cell is an input with onChange "
        "dispatching {type:'edit', rowId, col, value}. We tried React.memo on Row but it didn't help. Explain "
        "exactly why memo fails here, then redesign the state shape and component boundaries so that an edit "
        "re-renders one row, and show the code. Consider also virtualization and whether it changes the answer.",
        "Write a C function that parses an HTTP/1.1 chunked transfer-encoded body from a streaming buffer that "
        "may deliver data in arbitrary fragments (including splitting the CRLF and the hex size). It must be "
        "incremental (a state machine you can feed bytes to), reject malformed input, handle chunk extensions and "
        "trailers, and never read past the buffer. Include a fuzz harness for libFuzzer and explain each state.",
        "Here's our SQL for the monthly retention cohort report:\n\nSELECT date_trunc('month', u.created_at) AS "
        "cohort, date_trunc('month', e.ts) AS month, count(DISTINCT e.user_id) AS active FROM users u JOIN events e "
        "ON e.user_id = u.id GROUP BY 1, 2;\n\nThe numbers don't match the product dashboard: retention in month 0 "
        "is above 100% for some cohorts, and users who deleted their accounts disappear from old cohorts. Explain "
        "every cause you can find (time zones, soft deletes, duplicate events, the join), rewrite the query to be "
        "correct and fast on 2B events (Postgres 16), and say which indexes or rollup tables you'd add.",
        "Implement a thread-safe LRU cache in Java with per-entry TTL, a maximum weight (not count) where each "
        "entry's weight is computed by a user-supplied function, and eviction listeners that must never run "
        "while holding the lock. Explain your locking strategy, why it can't deadlock with listeners that call "
        "back into the cache, and how you'd benchmark contention with JMH.",
        "Our Kotlin coroutine code leaks: after a day the service has 200k suspended coroutines. Pattern: for each "
        "incoming websocket, we `GlobalScope.launch` a reader loop that calls `channel.receive()` and a writer "
        "that `delay(30_000)`s between pings; on disconnect we call `socket.close()`. Explain why the coroutines "
        "survive, how structured concurrency would fix it, and rewrite the connection handler with proper "
        "scopes, cancellation and a test that proves nothing leaks.",
        "Write a Rust procedural macro `#[derive(Builder)]` that generates a builder with compile-time checking "
        "that all required fields are set (typestate pattern), supports `#[builder(default)]` and "
        "`#[builder(into)]` attributes, and produces good error spans. Show the macro code, the generated code for "
        "a 3-field struct, and trybuild tests for the error cases.",
        "Profile says 40% of our Python ETL time is in this function. Make it at least 10× faster without "
        "changing results, explain each change, and prove equivalence with a test:\n\n```python\ndef "
        "dedupe(rows):\n    out = []\n    for r in rows:\n        if not any(similar(r, o) for o in out):\n"
        "            out.append(r)\n    return out\n\ndef similar(a, b):\n    return a['sku'] == b['sku'] and "
        "abs(a['ts'] - b['ts']) < 60 and a['qty'] == b['qty']\n```\nrows is ~2M dicts, sorted by nothing in "
        "particular.",
        "Wir haben einen Monolithen in Spring Boot (Java 17) mit einer gemeinsamen Oracle-Datenbank und wollen "
        "den Bestell-Teil als eigenen Service herauslösen. Bestellungen werden heute in einer Transaktion mit "
        "Lagerbestand und Rechnung geschrieben. Entwirf eine Migration in Schritten (Strangler Fig), erkläre, wie "
        "du die Konsistenz ohne verteilte Transaktionen sicherstellst (Outbox, Sagas), wie ihr rückwärts "
        "kompatibel bleibt und woran ihr merkt, dass ein Schritt fehlgeschlagen ist.")
    add("math", 1, False,
        "A bag has 3 red and 5 blue balls. I draw balls one at a time without replacement until I have drawn "
        "two red balls in a row, or the bag is empty. What is the probability that I stop because of two reds in "
        "a row? Then generalise: for r red and b blue, give a formula or an efficient algorithm, prove it "
        "correct, and check your formula against the 3/5 case.",
        "Let A be a real n×n matrix with A² = A. Prove that A is diagonalizable, that rank(A) = trace(A), and that "
        "ℝⁿ = im(A) ⊕ ker(A). Then show by example that the statement fails for A³ = A if we only allow real "
        "eigenvalues... or does it? Decide and prove.",
        "We model daily website visits as Poisson with a rate that changed at an unknown day τ in the last 90 "
        "days. Derive the posterior over τ with conjugate Gamma priors on both rates, explain how to compute it "
        "exactly in O(n), and discuss what happens if the data are overdispersed (e.g. weekly seasonality). "
        "Suggest a better model and how you'd check it.",
        "Prove that for any sequence of n² + 1 distinct real numbers there's a monotone subsequence of length "
        "n + 1 (Erdős–Szekeres). Then give an O(n log n) algorithm to find the longest increasing subsequence and "
        "prove its correctness, and explain how the two results relate.",
        "Solve the recurrence T(n) = 2T(√n) + log n exactly (up to Θ), explaining the substitution. Then do "
        "T(n) = T(n/3) + T(2n/3) + n and explain why the master theorem doesn't apply and what the recursion tree "
        "gives.",
        "Un jeu : on lance un dé équilibré jusqu'à obtenir deux 6 consécutifs. Quelle est l'espérance du nombre "
        "de lancers ? Puis : espérance jusqu'à obtenir un 6 suivi d'un 5. Explique pourquoi les deux réponses "
        "diffèrent alors que les deux motifs ont la même probabilité, avec une démonstration par chaînes de "
        "Markov ou martingales.")
    add("analysis", 1, False,
        "We ran an A/B test on checkout: control 48,210 users, 2,891 conversions; variant 47,985 users, 3,004 "
        "conversions. The PM also looked at the results every day and stopped when p < 0.05 on day 9 of a "
        "planned 21. Tell us whether the result is trustworthy: compute the naive test, explain the peeking "
        "problem quantitatively, suggest a sequential testing method we could have used, and what we should do "
        "now with the data we have.",
        "Our SaaS has 1,200 customers. Monthly logo churn went from 1.8% to 2.6% over six months, but revenue "
        "churn stayed flat and expansion revenue grew. Leadership is split: sales says it's fine, finance says "
        "it's alarming. Lay out the analyses you'd run to decide (cohorts, segments by plan and size, reasons "
        "captured at cancellation, leading indicators), what each possible outcome would mean, and write a "
        "recommendation framework we can use at the next board meeting.",
        "A hospital wants to predict 30-day readmission. Their data scientist reports AUROC 0.91 using 400 "
        "features including 'number of follow-up appointments scheduled after discharge' and 'discharge "
        "disposition'. Critique this: identify possible leakage, the problem with AUROC for a 12% base rate, "
        "calibration, fairness across age groups and insurers, and how you'd validate before deployment. "
        "Propose a concrete evaluation protocol.",
        "Contract clause: 'Supplier shall indemnify Customer against all losses arising from any breach of this "
        "Agreement, provided that Supplier's aggregate liability shall not exceed the fees paid in the twelve "
        "months preceding the claim, save that nothing limits liability for fraud or for breach of clause 9 "
        "(Confidentiality).' As the customer's counsel under English law, analyse: does the cap apply to the "
        "indemnity? what counts as 'losses' (consequential?), how does the carve-out interact with a data breach "
        "that's also a confidentiality breach, and propose redlines with reasons.",
        "Tenemos 3 almacenes (Madrid, Zaragoza, Valencia) y 40 tiendas. Cada tienda tiene demanda semanal "
        "conocida, cada almacén capacidad limitada, y el coste de transporte depende de la distancia y de si el "
        "camión va lleno. Formula el problema como programación lineal entera (variables, restricciones, "
        "objetivo), explica cómo modelar el descuento por camión lleno, y qué harías si la demanda es incierta.",
        "Our electricity usage per household rose 14% after we switched to smart meters, and the utility says "
        "it's because old meters under-read. Customers say the new meters over-read. Design an investigation "
        "that could tell these apart with data we plausibly have (billing history, meter swap dates, weather, "
        "a sample of check meters), including the statistical method and possible confounders.",
        "I have 10 years of daily sales for 300 stores with strong weekly and yearly seasonality, holidays that "
        "move (Easter, Ramadan), promotions, and store openings/closings. Compare three forecasting approaches "
        "(hierarchical ETS/ARIMA with reconciliation, gradient-boosted trees on engineered features, a global "
        "deep model like N-BEATS or TFT) for a 13-week horizon, how you'd backtest fairly, and which you'd start "
        "with and why.",
        "Read this argument and find every flaw: 'Countries with more Nobel laureates per capita eat more "
        "chocolate. Chocolate contains flavanols which improve cognitive function. Therefore national chocolate "
        "consumption increases the number of Nobel laureates, and governments wanting more scientific prizes "
        "should subsidise chocolate.' Then design a study that could actually test whether flavanols affect "
        "long-term scientific productivity, and explain its limits.")
    add("design", 1, False,
        "Design the backend for a ride-sharing app's surge pricing: inputs are live rider requests and driver "
        "locations in 200 cities, prices must update every 30 seconds per hexagonal cell, be explainable to "
        "regulators, resist manipulation by drivers who go offline together, and degrade gracefully if the "
        "streaming pipeline lags. Cover data flow, storage, the pricing algorithm, guardrails, and how you'd "
        "test it offline.",
        "We need multi-tenant row-level security for a Postgres-backed SaaS with 3,000 tenants, some with 100M "
        "rows. Compare shared schema with RLS policies, schema-per-tenant, and database-per-tenant for "
        "performance, migrations, noisy neighbours, backups/restore of one tenant, and compliance (EU data "
        "residency for 10% of tenants). Recommend one with a migration path from our current shared schema "
        "without RLS.",
        "Design an offline-first mobile note app with sync across devices, end-to-end encryption, shared "
        "notebooks with revocable access, and conflict handling for concurrent edits on the same note. Explain "
        "the key management (device keys, sharing, revocation, recovery), the sync protocol, and what the server "
        "can and can't see.",
        "Our event pipeline (Kafka → Flink → ClickHouse) double-counts about 0.3% of events after broker "
        "failovers and sometimes drops late events that arrive more than 10 minutes late. Product wants exact "
        "daily counts per customer by 06:00. Propose an architecture change that gives exactly-once or "
        "effectively-once counts, handles late data up to 48 hours, and explain the trade-offs with the current "
        "latency.",
        "Plan the rollout of passkeys (WebAuthn) for a bank's consumer app with 8M users: account recovery "
        "without weakening security, users with only one device, shared family devices, customer support "
        "flows, metrics to watch, and a phased rollout with kill switches. Address phishing resistance and "
        "what attacks remain.",
        "Design a feature flag system for 400 engineers: targeting rules, percentage rollouts with sticky "
        "bucketing, flag dependencies, audit trail, stale flag cleanup, evaluation in 5 languages with "
        "sub-millisecond latency, and safe behaviour when the flag service is down. Include the data model and "
        "the consistency guarantees between the control plane and SDKs.",
        "Entwirf ein Berechtigungskonzept für eine Krankenhaus-Software: Ärzte, Pflegekräfte, Verwaltung, "
        "externe Labore, Notfallzugriff ('Break the Glass'), Vertretungen und zeitlich begrenzter Zugriff nach "
        "Entlassung. Vergleiche RBAC und ABAC für diesen Fall, skizziere das Datenmodell und erkläre, wie "
        "Zugriffe nachvollziehbar protokolliert werden, ohne dass das Protokoll selbst zum Datenschutzproblem "
        "wird.",
        "We're building a search box for an e-commerce site in 9 languages including German (compounds), "
        "Japanese (no spaces), and Arabic (right-to-left, diacritics). Design the indexing and query pipeline: "
        "tokenisation, stemming/lemmatisation, synonyms, typo tolerance, ranking with business signals, and "
        "evaluation (offline metrics + online tests). Say where you'd use an off-the-shelf engine and where "
        "embeddings help or hurt.")
    add("science", 1, False,
        "Explain why the sky is blue but sunsets are red using Rayleigh scattering quantitatively (the λ⁻⁴ "
        "dependence, optical path length at low sun angles), then explain why clouds are white (Mie scattering) "
        "and why the sky near the horizon is paler. Finally estimate how much redder the sunset would be on a "
        "planet with an atmosphere twice as thick, stating assumptions.",
        "A 2 kg block slides down a 30° incline of length 5 m with kinetic friction coefficient 0.2, then onto a "
        "horizontal surface with coefficient 0.3, where it hits a spring (k = 400 N/m). Find the maximum "
        "compression of the spring, whether the block comes back up the incline, and how far. Show every step "
        "and check energy bookkeeping.",
        "In CRISPR-Cas9 screens, explain how guide RNA design, copy-number effects, and essential-gene bias can "
        "produce false positives, and design a pooled knockout screen to find genes that confer resistance to a "
        "kinase inhibitor in a cancer cell line: library choice, controls, MOI, coverage, selection timeline, "
        "sequencing depth and statistical analysis (e.g. MAGeCK), and validation experiments.",
        "Why do lithium-ion batteries degrade faster when charged to 100% and kept hot? Explain SEI growth, "
        "lithium plating, and cathode degradation mechanisms, how each depends on state of charge, temperature "
        "and C-rate, and then propose a charging policy for an electric bus fleet that charges overnight and "
        "must have 90% capacity at 6am, justifying each rule.",
        "Derive the Schwarzschild radius from escape velocity (and explain why that heuristic accidentally gives "
        "the right answer), then compute the tidal acceleration difference across a 2 m astronaut at the event "
        "horizon of a 10 solar-mass black hole versus a 4 million solar-mass one, and explain what it means for "
        "'spaghettification'.",
        "Explícame por qué la vacunación de una parte de la población protege también a los no vacunados "
        "(inmunidad de grupo) con el modelo SIR: deriva el umbral 1 − 1/R₀, explica qué pasa si la vacuna no "
        "bloquea la transmisión por completo, y cómo cambian las conclusiones si la población no se mezcla de "
        "forma homogénea.")
    add("planning", 1, False,
        "Schedule for a 3-day conference with 4 rooms, 60 talks of 30 or 45 minutes, speaker availability "
        "constraints (some only on day 1 or 2), 12 talks that must not overlap because they share a track "
        "audience, keynotes in the big room only, and breaks aligned across rooms. Formulate this as a constraint "
        "satisfaction problem, suggest a solver approach, and explain how you'd handle a speaker cancelling the "
        "day before.",
        "My startup has €400k left, burns €55k/month, revenue is €18k MRR growing 6% month-on-month. Options: "
        "raise a bridge round now at a flat valuation, cut burn to €35k by letting two people go, or push for "
        "profitability with a price increase that might raise churn. Build a simple model for each scenario over "
        "18 months, state the assumptions that matter most, and recommend with reasoning about risk.",
        "I'm moving a family of four from Toronto to Munich for a 3-year job contract. Build a plan covering "
        "visas and registration (Anmeldung), the order of steps that unblock each other (bank account, tax ID, "
        "health insurance public vs private with two kids, school choice mid-year), what to do before leaving "
        "Canada for taxes and pensions, and the risks if the contract ends early.",
        "We need to cut our cloud bill by 30% in 2 quarters without hurting p99 latency. Spend: 45% compute "
        "(EKS, mostly on-demand m5), 25% RDS Postgres (multi-AZ, overprovisioned), 15% data transfer (cross-AZ "
        "chatty services), 15% S3 + misc. Propose a prioritised plan with estimated savings, risks, and how to "
        "measure that latency hasn't regressed.")

    add("analysis", 1, False,
        "Security review, please. List every vulnerability in this Flask endpoint, how each could be exploited, "
        "and a fixed version:\n\n```python\n@app.route('/api/report')\ndef report():\n    uid = request.args['user']\n"
        "    fmt = request.args.get('format', 'pdf')\n    url = request.args.get('template_url')\n"
        "    rows = db.execute(f\"SELECT * FROM invoices WHERE owner = '{uid}'\").fetchall()\n"
        "    tpl = requests.get(url, timeout=5).text if url else DEFAULT_TPL\n"
        "    out = render_template_string(tpl, rows=rows)\n"
        "    path = f'/tmp/reports/{uid}.{fmt}'\n"
        "    subprocess.run(f'wkhtmltopdf - {path}', shell=True, input=out.encode())\n"
        "    return send_file(path)\n```",
        "Solve this and show the deduction chain, not just the answer: Five colleagues (A–E) each ordered a "
        "different drink (tea, espresso, cola, water, juice) and sit in a row of five seats numbered 1–5. The "
        "espresso drinker sits directly right of the tea drinker. A sits in an end seat and doesn't drink water. "
        "C sits exactly two seats from E. The juice drinker sits in seat 3. B drinks cola and is not next to A. "
        "D sits left of everyone who drinks a hot drink. E drinks water or tea. Who drinks what, and where does "
        "everyone sit? If the puzzle has more than one solution or none, prove it.",
        "ある製造業の会社で、ベテラン社員の退職に伴い、暗黙知（設備の微調整のコツなど）が失われつつあります。"
        "現場へのインタビュー、作業ログ、センサーデータを使って知識を形式化し、新人教育に活かす仕組みを提案してください。"
        "導入手順、必要なデータ、現場の抵抗への対処、効果測定の方法まで具体的に論じてください。")
    add("legal", 1, False,
        "A small German physiotherapy practice wants to send appointment reminders over WhatsApp and to let "
        "patients send photos of injuries the same way. Analyse this under the GDPR (health data under Art. 9, "
        "legal basis, processors and the Meta terms, international transfers, the patients' contact lists being "
        "uploaded), professional secrecy under §203 StGB, and what a compliant alternative setup would look "
        "like. Be concrete about what they must document.",
        "My tenant in Ontario stopped paying rent three months ago, says the unit has mould and they're "
        "'withholding' until it's fixed. I had a contractor in who says it's surface mould from poor "
        "ventilation. Walk me through my options under the Residential Tenancies Act (N4, L1, the tenant's "
        "likely T6 counter-application), how the Board tends to weigh maintenance issues against arrears, "
        "timelines, and what evidence I should gather now. I understand this isn't legal advice.")
    add("writing", 1, False,
        "Write a 900-word short story in the second person where the narrator is unreliable, the setting is a "
        "night ferry between two islands, and the reader should realise only in the last paragraph that 'you' "
        "are the ferry's ghost. Plant at least three clues that are fair on re-reading, avoid the words 'ghost', "
        "'dead' and 'died', and then, after the story, list the clues and explain how each works.")

    return out


# ============================================================================================
# Assembly and self-checks (on the data only; the detector is never run here)
# ============================================================================================

def texts_of(obj: Any) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [t for v in obj.values() for t in texts_of(v)]
    if isinstance(obj, list):
        return [t for v in obj for t in texts_of(v)]
    return []


def as_messages(prompt: Prompt) -> list[Message]:
    return u(prompt) if isinstance(prompt, str) else prompt


def body(messages: list[Message], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"model": "auto", "messages": messages, **(extra or {})}


_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_SSN_RE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_DIGITS_RE = re.compile(r"(?<![A-Za-z0-9])\+?\d[\d \-().]{7,}\d(?![A-Za-z0-9])")
_IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
_IPV4_RE = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
# Benign strings judged by hand: context says what they are and the shape rules out the personal reading.
BENIGN_SHAPES_OK = {"1764720000",  # unix timestamp (a NANP number cannot start with 1)
                    "978-0-14-044913-6",  # ISBN-13 with its check digit
                    "2026-118833",  # inside the order number ORD-2026-118833-EU
                    "0.0.0.0"}  # bind-all address in a config


def benign_shape_problems(text: str) -> list[str]:
    """Strings in a benign prompt that could be read as a personal identifier."""
    problems = [m.group(0) for m in _EMAIL_RE.finditer(text)]
    problems += [m.group(0) for m in _SSN_RE.finditer(text)]
    for m in _DIGITS_RE.finditer(text):
        digits = "".join(c for c in m.group(0) if c.isdigit())
        if len(digits) >= 9 and m.group(0).strip() not in BENIGN_SHAPES_OK:
            problems.append(m.group(0))
    for m in _IBAN_RE.finditer(text):
        if iban_ok(m.group(0)):
            problems.append(m.group(0))
    for m in _IPV4_RE.finditer(text):
        if m.group(0) not in BENIGN_SHAPES_OK and all(int(x) < 256 for x in m.groups()):
            problems.append(m.group(0))
    return problems


def build_pii(g: Gen) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for category, frame in PII_FRAMES:
        sample = frame(g)
        b = body(sample.messages, sample.extra)
        blob = "\n".join(texts_of(b))
        for value in sample.values:
            assert value and value in blob, (category, value)
        records.append({"category": category, "sensitive": True, "entities": sample.entities,
                        "endpoint": "chat", "body": b})
    for category, prompts in BENIGN.items():
        for prompt in prompts:
            b = body(as_messages(prompt))
            problems = benign_shape_problems("\n".join(texts_of(b)))
            assert not problems, (category, problems)
            records.append({"category": category, "sensitive": False, "entities": [], "endpoint": "chat", "body": b})
    g.r.shuffle(records)
    return [{"id": f"{SPLIT}-pii-{i:04d}", **r} for i, r in enumerate(records)]


def build_complexity(g: Gen) -> list[dict[str, Any]]:
    items = complexity_prompts(g)
    g.r.shuffle(items)
    return [{"id": f"{SPLIT}-cx-{i:04d}", "category": c.category, "label": c.label,
             "length_adversarial": c.adversarial, "endpoint": "chat", "body": body(as_messages(c.prompt))}
            for i, c in enumerate(items)]


def check(pii_records: list[dict[str, Any]], cx_records: list[dict[str, Any]]) -> None:
    for records in (pii_records, cx_records):
        ids = [r["id"] for r in records]
        assert len(ids) == len(set(ids)), "duplicate ids"
        keys = [json.dumps(r["body"]["messages"], ensure_ascii=False, sort_keys=True) for r in records]
        dupes = [k for k, n in Counter(keys).items() if n > 1]
        assert not dupes, f"duplicate prompts: {dupes[:2]}"
    by_cat = Counter((r["category"], r["sensitive"]) for r in pii_records)
    for (cat, _), n in by_cat.items():
        assert n >= 8, (cat, n)
    assert by_cat[("person", True)] >= 50
    labels = Counter(r["label"] for r in cx_records)
    assert abs(labels[0] - labels[1]) <= 0.1 * len(cx_records), labels
    short_hard = [r for r in cx_records if r["length_adversarial"] and r["label"] == 1]
    long_easy = [r for r in cx_records if r["length_adversarial"] and r["label"] == 0]
    assert all(len("".join(texts_of(r["body"]))) <= 160 for r in short_hard), "a short-hard prompt is long"
    assert all(len("".join(texts_of(r["body"]))) >= 500 for r in long_easy), "a long-easy prompt is short"


def summary(pii_records: list[dict[str, Any]], cx_records: list[dict[str, Any]]) -> str:
    by_cat = Counter((r["category"], r["sensitive"]) for r in pii_records)
    sens = sum(n for (_, s), n in by_cat.items() if s)
    lines = [f"pii_{SPLIT}.jsonl: {len(pii_records)} records, {sens} sensitive, {len(pii_records) - sens} benign"]
    order = sorted(by_cat.items(), key=lambda kv: (not kv[0][1], kv[0][0]))
    lines += [f"  {'sensitive' if s else 'benign   '} {c:<13} {n}" for (c, s), n in order]
    labels = Counter(r["label"] for r in cx_records)
    adv = Counter((r["label"], r["length_adversarial"]) for r in cx_records)
    lines.append(f"complexity_{SPLIT}.jsonl: {len(cx_records)} records, label 1: {labels[1]}, label 0: {labels[0]}, "
                 f"length-adversarial: {adv[(1, True)] + adv[(0, True)]} (short-hard {adv[(1, True)]}, "
                 f"long-easy {adv[(0, True)]})")
    cats = Counter(r["category"] for r in cx_records)
    lines.append("  topics: " + ", ".join(f"{c} {n}" for c, n in sorted(cats.items())))
    return "\n".join(lines)


def write(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    g = Gen(args.seed)
    pii_records = build_pii(g)
    cx_records = build_complexity(g)
    check(pii_records, cx_records)
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out / f"pii_{SPLIT}.jsonl", pii_records)
    write(args.out / f"complexity_{SPLIT}.jsonl", cx_records)
    print(summary(pii_records, cx_records))


if __name__ == "__main__":
    main()
