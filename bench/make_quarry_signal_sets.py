"""An eighth, independent generator of labelled signal sets: `pii_quarry.jsonl`, `complexity_quarry.jsonl`.

Written after the last detector change on main (b279134), by someone who has not read the detector
(gateway/signals/, its data files, its tests) and has not seen any evaluation of this split. It
shares no template, word list or value generator with the seven other generators, and imports no
name or word package (no Faker): every name and value is typed or computed here. New here:

- people writing as they do at work and at home: terse on-call engineers, non-native English
  ("kindly do the needful", "prepone"), HR, lawyers, nurses and doctors, teenagers, banks' back
  offices; artefacts none of the others writes: SWIFT MT103 blocks, SEPA pain.001 XML, HL7 v2 PID
  segments, FHIR Patient JSON, passport MRZ lines, Telegram JSON exports, Teams transcripts,
  PostgreSQL unique-key errors, postfix bounce logs, PAN-in-log incidents, auth.log lines,
  `git shortlog` output, performance-improvement plans, grievance notes, letters before action,
  powers of attorney, SBAR handovers, discharge summaries, FAFSA / payroll rows;
- prompts in Norwegian, Danish, Icelandic, Greek, Russian, Ukrainian, Serbian (Cyrillic),
  Bulgarian, Slovenian, Latvian, Slovak, Hindi-English, Bengali, Urdu (romanized), Arabic,
  Lebanese Arabizi, Persian, Japanese, Chinese, Korean, Thai, Hebrew, Galician, Esperanto, Zulu,
  Yoruba and Spanish-English (none written by another generator);
- names typed by hand from traditions none of the others types and no Faker locale drives:
  Navajo/Lakota, Inuit/Greenlandic, Burmese (no family name, U/Daw/Ko/Ma), Khmer and Lao,
  Sinhala (initials), Nepali/Sherpa, Hong Kong Cantonese with an English name, Taiwanese
  Wade-Giles, Hokkien (SG/MY), Persian, Kurdish, Tatar, Uyghur, Ashkenazi, Frisian/Faroese,
  Scottish Gaelic, Sami, Fijian/Tongan, Ewe, Luo, Ganda, Oromo, Amazigh, Telugu (village name
  first), Bengali, Marathi (father's name in the middle), Brazilian "Filho/Neto"; and names in
  Devanagari, Bengali, Arabic, Persian, Thai, Han, Japanese and Hangul script;
- identifiers of other countries and networks: phones of GR, RU, UA, RS, BG, IS, MA, TN, GH, ET,
  UG, TZ, BD, LK, NP, AE, SA, JO, LB, PE, EC, UY, JM, TW, HK, CN, KH, MN, IR, and North American
  numbers with extensions written "x.", "ext:", "#", ",,", ";ext=", "poste", German "Durchwahl",
  Japanese 内線 and Chinese 分机; IBANs of IE, CY, AD, MC, RS, ME, BA, GE, AZ, UA, JO, TN, MU, BR,
  CR, DO, LB, BH (mod 97); cards of Elo, Hipercard, Troy, Verve (19 digits), Dankort, 13-digit
  Visa, UATP, Humo, UzCard, Discover 644-649, Visa Electron (Luhn); national IDs with their
  check digits (SE personnummer, NO fødselsnummer, FI henkilötunnus, BE rijksregisternummer,
  CN resident ID, ZA ID, CL RUT, KR RRN, TR kimlik, IE PPSN, UK NINO); passports of DE, IN, CA,
  JP, NG, IE, US and TD3 MRZ lines with valid check digits; SSNs formatted, spaced, unformatted
  next to a cue, and the two famous specimen numbers; personal IPv4/IPv6 addresses;
- benign look-alikes of kinds the others lack: NDC drug codes, CAS registry numbers, ISSNs, ISINs,
  LEIs (mod 97, like an IBAN), ABA routing numbers, ICD-10 codes, CVE ids, KB numbers, patent
  and case citations, physical constants, Fibonacci runs, sudoku rows, cricket and hockey
  scores, prices with thousands separators, Windows build numbers, cron lines, 16-digit order
  numbers that fail Luhn; public figures (typed from memory) and things named after people.

Labels come from construction: a prompt holding a private person's name or identifier is
sensitive; a public figure, a place, a brand or a look-alike number is not.

    python bench/make_quarry_signal_sets.py [--seed 48151623]
"""

from __future__ import annotations

import argparse
import json
import random
import string
import unicodedata
from pathlib import Path
from typing import Any, Callable

OUT = Path(__file__).resolve().parent / "data" / "signals"

# tradition -> (given names, family names, order); typed by hand here, invented combinations
TRADITIONS: dict[str, tuple[list[str], list[str], str]] = {
    "dine_lakota": (["Della", "Marlon", "Shayla", "Verna", "Darrell", "Kateri", "Loretta", "Tyrel"],
                    ["Yazzie", "Begay", "Tsosie", "Bitsui", "Two Bulls", "Runningwater", "Benally", "Manuelito"],
                    "gf"),
    "inuit": (["Aputi", "Nivi", "Pauloosie", "Malaya", "Naja", "Inuuteq", "Ulloriaq"],
              ["Kilabuk", "Qiatsuk", "Alainga", "Lynge", "Ipeelee", "Kuniliusee"], "gf"),
    "burmese": (["Khin", "Myo", "Thiri", "Hnin", "Nilar", "Htet", "Phyo", "Ei", "Sandar", "Thura"],
                ["Hlaing", "Win", "Kyaw", "Naing", "Thant", "Aung", "Moe", "Lwin", "Yan", "Tun"], "burmese"),
    "khmer": (["Sokha", "Dara", "Sreymom", "Vannak", "Bopha", "Rithy", "Chanthou", "Sophal"],
              ["Chhun", "Pich", "Heng", "Meas", "Prak", "Keo", "Chea", "Lim"], "fg"),
    "lao": (["Souksavanh", "Khamphone", "Vilayvanh", "Bounmy", "Manivone", "Phetsamone"],
            ["Phommachanh", "Sisouphanthong", "Keomany", "Inthavong", "Vongsavath"], "gf"),
    "sinhala": (["Chaminda", "Nilmini", "Tharindu", "Dilrukshi", "Kasun", "Sanduni", "Ruwan"],
                ["Wijesinghe", "Gunasekara", "Herath", "Kumarasinghe", "Abeysekera", "Weerasooriya"], "initials"),
    "nepali": (["Bishnu Prasad", "Sunita", "Pemba", "Dawa", "Sabina", "Ramesh Kumar", "Lhakpa"],
               ["Adhikari", "Gurung", "Tamang", "Sherpa", "Bhattarai", "Dhakal", "Magar"], "gf"),
    "cantonese": (["Siu-ming", "Ka-yan", "Tsz-kin", "Wing-sze", "Chun-hei", "Hoi-ying", "Man-lok"],
                  ["Chan", "Wong", "Cheung", "Lau", "Leung", "Yeung", "Tsang", "Kwok"], "hk"),
    "taiwanese": (["Mei-ling", "Chih-hao", "Yu-ting", "Chia-wei", "Shu-fen", "Kuan-yu", "Pei-chun"],
                  ["Hsieh", "Chang", "Tsai", "Hsu", "Chou", "Kuo", "Chiang"], "gf"),
    "hokkien": (["Boon Huat", "Swee Lian", "Kah Seng", "Bee Leng", "Chee Keong", "Siew Ling"],
                ["Tan", "Lim", "Ong", "Teo", "Goh", "Koh"], "fg"),
    "persian": (["Shirin", "Dariush", "Mahsa", "Kourosh", "Parisa", "Babak", "Niloufar", "Arash"],
                ["Tehrani", "Ghorbani", "Rezaei", "Farahani", "Sadeghi", "Jafari", "Najafabadi"], "gf"),
    "kurdish": (["Rojda", "Berfin", "Hêvî", "Serhat", "Diyar", "Zozan", "Azad"],
                ["Amedî", "Zaxoyî", "Hewramî", "Botanî", "Goyan"], "gf"),
    "tatar": (["Rustam", "Alsu", "Ildar", "Gulnaz", "Rinat", "Aigul"],
              ["Galiullin", "Khabibullina", "Nigmatullin", "Sharafutdinova", "Valeev"], "gf"),
    "uyghur": (["Gulnar", "Ablimit", "Mehriban", "Dilshat", "Arzigul"],
               ["Abdurehim", "Tursun", "Memet", "Qadir", "Ablikim"], "gf"),
    "ashkenazi": (["Shmuel", "Rivka", "Mendel", "Chaya", "Yankel", "Feige"],
                  ["Feigenbaum", "Hirschhorn", "Zilberstein", "Rosenzweig", "Grinshpan", "Katzenellenbogen"], "gf"),
    "frisian_faroese": (["Sjoerd", "Baukje", "Hidde", "Tjitske", "Rógvi", "Sunnvá", "Jógvan", "Marjun"],
                        ["Wiersma", "Hoekstra", "Bouma", "Joensen", "í Skorini", "við Á"], "gf"),
    "gaelic": (["Catrìona", "Ruairidh", "Mòrag", "Seumas", "Eilidh", "Calum"],
               ["NicDhòmhnaill", "MacIllFhinnein", "MacAoidh", "NicLeòid", "Caimbeul"], "gf"),
    "sami": (["Máret", "Ánde", "Sunná", "Niillas", "Elle", "Biret"], ["Gaup", "Somby", "Eira", "Bongo", "Utsi"], "gf"),
    "pacific": (["Josefa", "Mereoni", "Sione", "Mele", "Viliami", "Losana", "Semisi"],
                ["Vuniwaqa", "Tuilevuka", "Taufa", "Havili", "Fifita", "Naivalu"], "gf"),
    "ewe": (["Senyo", "Elikem", "Dzifa", "Kekeli", "Edem", "Selasi"],
            ["Agbeko", "Dzokoto", "Kpodo", "Amewu", "Tsikata", "Gbeho"], "gf"),
    "luo": (["Achieng", "Awino", "Adhiambo", "Ochieng", "Odera"], ["Onyango", "Owino", "Omondi", "Okoth"], "gf"),
    "ganda": (["Nakato", "Babirye", "Wasswa", "Kato", "Nalubega"],
              ["Ssempijja", "Kiggundu", "Nsubuga", "Ssebunya", "Lubega"], "gf"),
    "oromo": (["Chaltu", "Gemechis", "Lensa", "Obsa", "Hawi"], ["Dinsa", "Gudina", "Wakjira", "Tolera"], "gf"),
    "amazigh": (["Tafsut", "Idir", "Tiziri", "Massinissa", "Dihya", "Amastan"],
                ["Aït Ouarab", "Ameziane", "Oulhadj", "Ouali", "Aït Yahia"], "gf"),
    "telugu": (["Venkata Ramana", "Sai Lakshmi", "Srinivasa Rao", "Padmaja", "Bhavani", "Raghava"],
               ["Gollapudi", "Kotamraju", "Vemulapalli", "Pasupuleti", "Yarlagadda", "Chilukuri"], "telugu"),
    "bengali": (["Arnab", "Sreyashi", "Debjani", "Subhankar", "Tanusree", "Anirban"],
                ["Bandyopadhyay", "Chattopadhyay", "Mukhopadhyay", "Bhattacharjee", "Sengupta", "Dasgupta"], "gf"),
    "marathi": (["Aniket", "Pooja", "Swapnil", "Rutuja", "Omkar", "Madhura"],
                ["Deshpande", "Patwardhan", "Gokhale", "Bhosale", "Karandikar"], "marathi"),
    "brazilian": (["João Batista", "Maria das Graças", "Antônio Carlos", "Francisca", "Raimundo Nonato"],
                  ["Queiroz Neto", "Bezerra Filho", "Cavalcanti Júnior", "dos Anjos", "Wanderley"], "gf"),
}
ENGLISH_FIRST = ["Kelvin", "Winnie", "Ivan", "Cherry", "Phoebe", "Alvin", "Queenie"]  # for HK names
MARATHI_FATHERS = ["Dattatray", "Vasant", "Suresh", "Prakash", "Vinayak"]
# full names written in their own script, for prompts in those languages
SCRIPT_NAMES: dict[str, list[str]] = {
    "hi": ["अनीता देशमुख", "राजेश कुलश्रेष्ठ", "सविता पाण्डेय"],
    "bn": ["অর্ণব বন্দ্যোপাধ্যায়", "শ্রেয়সী সেনগুপ্ত", "দেবজানী চট্টোপাধ্যায়"],
    "ar": ["ليلى الحسيني", "يوسف العطار", "سمير حداد"],
    "fa": ["شیرین قربانی", "داریوش تهرانی", "نیلوفر صادقی"],
    "th": ["สมศรี ทองดี", "ประเสริฐ ศรีสุข", "มาลัย แก้วมณี"],
    "zh": ["王秀英", "陈志强", "林美玲", "黄文斌"],
    "ja": ["高橋 健太", "渡辺 美咲", "小野寺 悠真"],
    "ko": ["김민지", "이하은", "정우진", "최서연"],
}
# famous people, typed from memory (none read from any shipped list); benign to ask about
FIGURES = ["Satyajit Ray", "A. P. J. Abdul Kalam", "Lata Mangeshkar", "Sachin Tendulkar", "Malala Yousafzai",
           "Bruce Lee", "Lee Kuan Yew", "Deng Xiaoping", "Wong Kar-wai", "Yo-Yo Ma", "Thich Nhat Hanh",
           "Norodom Sihanouk", "Hafez", "Ferdowsi", "Shirin Ebadi", "Asghar Farhadi", "Umm Kulthum",
           "Naguib Mahfouz", "Fairuz", "Haile Selassie", "Fela Kuti", "Kwame Nkrumah", "Thomas Sankara",
           "Youssou N'Dour", "Sitting Bull", "Wilma Mankiller", "Sacagawea", "Jim Thorpe", "Taika Waititi",
           "Greta Garbo", "Ingmar Bergman", "Edvard Munch", "Henrik Ibsen", "Søren Kierkegaard",
           "Hans Christian Andersen", "Astrid Lindgren", "Alvar Aalto", "Carl Linnaeus", "Niels Bohr",
           "Tycho Brahe", "Béla Bartók", "Frédéric Chopin", "Milan Kundera", "Ivo Andrić", "Anna Akhmatova",
           "Taras Shevchenko", "Lesya Ukrainka", "Mikhail Gorbachev", "Sergei Rachmaninoff", "Nikos Kazantzakis",
           "Melina Mercouri", "Halldór Laxness", "Ravi Shankar", "Zaha Hadid", "Oum Kalthoum", "Chiune Sugihara",
           "Yayoi Kusama", "Bong Joon-ho", "Lu Xun", "Sun Tzu", "Mother Teresa", "Pope Francis",
           "King Charles III", "Queen Margrethe II"]
NAMED_THINGS = ["Dijkstra's algorithm", "the Levenshtein distance", "a Kalman filter", "Hashimoto's thyroiditis",
                "Parkinson's law", "the Doppler effect", "Avogadro's number", "the Higgs boson", "Marbury v. Madison",
                "Indira Gandhi International Airport", "Lake Victoria", "Port Elizabeth", "Mount Kosciuszko",
                "the Magellan Strait", "the Turing Award", "the Fields Medal", "Tim Hortons", "Ben & Jerry's",
                "Marks & Spencer", "Johnson & Johnson", "Jack Daniel's", "the Bessemer process",
                "Hercule Poirot", "Pippi Longstocking", "Tintin", "Captain Haddock", "Mafalda", "Doraemon",
                "Sun Wukong", "Anansi", "the Fibonacci sequence", "Bayes' theorem", "Occam's razor",
                "the Nash equilibrium", "a Caesar salad", "a Bellini", "Lorentz contraction", "the Cauchy-Schwarz "
                "inequality", "Halloween", "Saint Patrick's Day"]


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
                   if c.isalnum())


def _luhn_complete(digits: list[int]) -> str:
    """Append the Luhn check digit to a payload of digits."""
    total = 0
    for i, x in enumerate(reversed(digits)):
        if i % 2 == 0:
            x *= 2
            x = x - 9 if x > 9 else x
        total += x
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            x = x - 9 if x > 9 else x
        total += x
    return total % 10 == 0


def _mrz_check(field: str) -> str:
    values = {**{str(i): i for i in range(10)}, **{c: 10 + i for i, c in enumerate(string.ascii_uppercase)}, "<": 0}
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


def _mod97_check(body: str, country: str) -> str:
    """ISO 7064 mod 97-10 check digits for an IBAN (or an LEI when country is '')."""
    return f"{98 - int(''.join(str(int(c, 36)) for c in body + country + '00')) % 97:02d}"


class Person:
    def __init__(self, given: str, family: str, full: str) -> None:
        self.given, self.family, self.full = given, family, full


class Draw:
    """Every value this generator writes."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def d(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def up(self, n: int) -> str:
        return "".join(self.rng.choice(string.ascii_uppercase) for _ in range(n))

    # -- people -----------------------------------------------------------------------------------
    def person(self) -> Person:
        r = self.rng
        givens, families, order = TRADITIONS[r.choice(sorted(TRADITIONS))]
        given, family = r.choice(givens), r.choice(families)
        if order == "burmese":  # no family name: two or three syllables, sometimes an honorific
            syllables = [given] + r.sample(families, r.choice([1, 2]))
            name = " ".join(syllables)
            return Person(syllables[0], syllables[-1], r.choice([name, name, f"Daw {name}", f"U {name}",
                                                                 f"Ko {name}", f"Ma {name}"]))
        if order == "fg":
            return Person(given, family, f"{family} {given}")
        if order == "hk":
            english = r.choice(ENGLISH_FIRST)
            return Person(english, family, r.choice([f"{english} {family} {given}", f"{family} {given}",
                                                     f"{english} {family}"]))
        if order == "initials":
            inits = "".join(f"{c}." for c in r.sample("WMRKADHS", r.choice([1, 2, 3])))
            return Person(given, family, r.choice([f"{inits} {given} {family}", f"{given} {family}",
                                                   f"{family} {inits}"]))
        if order == "telugu":
            return Person(given, family, r.choice([f"{family} {given}", f"{family[0]}. {given}"]))
        if order == "marathi":
            return Person(given, family, r.choice([f"{given} {r.choice(MARATHI_FATHERS)} {family}",
                                                   f"{given} {family}"]))
        return Person(given, family, f"{given} {family}")

    def styled(self, p: Person) -> str:
        """The person's name as people write it: as is, capitals, lower case, FAMILY, Given, an initial."""
        style = self.rng.choice(["plain", "plain", "plain", "caps", "lower", "comma", "initial"])
        if style == "caps":
            return p.full.upper()
        if style == "lower":
            return p.full.lower()
        if style == "comma" and p.family != p.given:
            return f"{p.family}, {p.given}"
        if style == "initial" and p.family != p.given:
            return f"{p.given[0]}. {p.family}"
        return p.full

    # -- contact ----------------------------------------------------------------------------------
    def email(self, p: Person) -> str:
        r, g, f = self.rng, _ascii(p.given) or "mail", _ascii(p.family) or self.d(3)
        local = r.choice([f"{g}.{f}", f"{g[0]}{f}{r.randint(70, 99)}", f"{f}.{g[:1]}", f"{g}{r.randint(1, 9999)}",
                          f"{g}_{f}", f"{g}+bank", f"{f}-{g}"])
        domain = r.choice(["gmail.com", "outlook.com", "yandex.ru", "ukr.net", "abv.bg", "mail.ru", "naver.com",
                           "hanmail.net", "yahoo.co.jp", "163.com", "rediffmail.com", "sltnet.lk", "proton.me",
                           "icloud.com", "gmx.at", "web.de", "hotmail.fr", "bol.com.br", "wlink.com.np",
                           "netvigator.com", "seed.net.tw", "siol.net", "inbox.lv", "centrum.sk", "otenet.gr",
                           "live.dk", "simnet.is", "menara.ma"])
        return local + "@" + domain

    def phone(self, country: str | None = None) -> str:
        """A mobile number of one of 29 countries (or of `country`), in its national or international form."""
        r, d = self.rng, self.d
        forms: dict[str, list[Callable[[], str]]] = {
            "GR": [lambda: f"+30 69{r.randint(0, 9)} {d(3)} {d(4)}", lambda: f"69{r.randint(0, 9)}{d(7)}"],
            "RU": [lambda: f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", lambda: f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}"],
            "UA": [lambda: f"+380 6{r.choice('3678')} {d(3)} {d(2)} {d(2)}", lambda: f"067-{d(3)}-{d(2)}-{d(2)}"],
            "RS": [lambda: f"+381 6{r.randint(0, 6)} {d(3)} {d(4)}", lambda: f"06{r.randint(0, 6)}/{d(3)}-{d(4)}"],
            "BG": [lambda: f"+359 88{r.randint(0, 9)} {d(3)} {d(3)}"],
            "IS": [lambda: f"+354 6{d(2)} {d(4)}"],
            "MA": [lambda: f"+212 6{d(2)}-{d(6)}", lambda: f"06 {d(2)} {d(2)} {d(2)} {d(2)}"],
            "TN": [lambda: f"+216 {r.choice(['20', '22', '50', '98'])} {d(3)} {d(3)}"],
            "GH": [lambda: f"+233 24 {d(3)} {d(4)}", lambda: f"024 {d(3)} {d(4)}"],
            "ET": [lambda: f"+251 91 {d(3)} {d(4)}"],
            "UG": [lambda: f"+256 77{r.randint(0, 9)} {d(6)}"],
            "TZ": [lambda: f"+255 7{r.choice('1456')}{d(1)} {d(3)} {d(3)}"],
            "BD": [lambda: f"+880 17{d(2)}-{d(6)}", lambda: f"017{d(2)}-{d(6)}"],
            "LK": [lambda: f"+94 77 {d(3)} {d(4)}", lambda: f"077-{d(7)}"],
            "NP": [lambda: f"+977 98{d(8)}"],
            "AE": [lambda: f"+971 50 {d(3)} {d(4)}", lambda: f"050 {d(3)} {d(4)}"],
            "SA": [lambda: f"+966 5{d(1)} {d(3)} {d(4)}"],
            "JO": [lambda: f"+962 7 9{d(3)} {d(4)}"],
            "LB": [lambda: f"+961 3 {d(3)} {d(3)}", lambda: f"03/{d(3)}{d(3)}"],
            "PE": [lambda: f"+51 9{d(2)} {d(3)} {d(3)}"],
            "EC": [lambda: f"+593 9{d(1)} {d(3)} {d(4)}"],
            "UY": [lambda: f"+598 9{d(1)} {d(3)} {d(3)}"],
            "JM": [lambda: f"+1 (876) {r.randint(300, 999)}-{d(4)}"],
            "TW": [lambda: f"+886 9{d(2)} {d(3)} {d(3)}", lambda: f"09{d(2)}-{d(3)}-{d(3)}"],
            "HK": [lambda: f"+852 {r.choice('569')}{d(3)} {d(4)}"],
            "CN": [lambda: f"+86 13{d(1)} {d(4)} {d(4)}", lambda: f"13{d(1)}{d(8)}"],
            "KH": [lambda: f"+855 1{r.randint(0, 9)} {d(3)} {d(3)}"],
            "MN": [lambda: f"+976 88{d(2)} {d(4)}"],
            "IR": [lambda: f"+98 912 {d(3)} {d(4)}", lambda: f"0912 {d(3)} {d(4)}"],
        }
        return r.choice(forms[country or r.choice(sorted(forms))])()

    def phone_ext(self) -> str:
        """North American, German, Japanese and Chinese office numbers with an extension."""
        r, d = self.rng, self.d
        a, b = r.randint(201, 989), r.randint(201, 989)
        return r.choice([
            f"({a}) {b}-{d(4)} x.{r.randint(10, 999)}", f"{a}-{b}-{d(4)} ext:{r.randint(10, 9999)}",
            f"{a}.{b}.{d(4)} #{r.randint(100, 9999)}", f"+1{a}{b}{d(4)},,{r.randint(100, 9999)}",
            f"tel:+1-{a}-{b}-{d(4)};ext={r.randint(10, 999)}", f"{a} {b}-{d(4)} poste {r.randint(100, 999)}",
            f"+49 89 {d(4)} {d(2)}-{r.randint(10, 99)} (Durchwahl)", f"03-{d(4)}-{d(4)} 内線{r.randint(100, 9999)}",
            f"010-{d(4)} {d(4)} 分机{r.randint(100, 9999)}",
        ])

    def ip(self) -> str:
        r = self.rng
        if r.random() < 0.25:
            return f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::" \
                   f"{r.randint(1, 0xffff):x}"
        first = r.choice([31, 37, 46, 78, 82, 86, 89, 93, 95, 109, 151, 176, 178, 185, 188, 212, 217])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    # -- money ------------------------------------------------------------------------------------
    def card(self) -> tuple[str, str]:
        """(network, number as written)."""
        r = self.rng
        network, prefix, length = r.choice([
            ("Elo", "636368", 16), ("Elo", "504175", 16), ("Hipercard", "606282", 16), ("Troy", "9792", 16),
            ("Verve", str(r.randint(506099, 506198)), 19), ("Dankort", "5019", 16), ("Visa", "4", 13),
            ("UATP", "1" + str(r.randint(100, 999)), 15), ("Humo", "9860", 16), ("UzCard", "8600", 16),
            ("Discover", str(r.randint(644, 649)), 16), ("Visa Electron", "4917", 16), ("Visa", "4", 16),
            ("Mastercard", str(r.randint(51, 55)), 16)])
        payload = [int(c) for c in prefix] + [r.randrange(10) for _ in range(length - len(prefix) - 1)]
        number = _luhn_complete(payload)
        style = r.random()
        if length == 16 and style < 0.45:
            sep = r.choice([" ", "-", " ", "."])
            number = sep.join(number[i:i + 4] for i in range(0, 16, 4))
        elif length == 19 and style < 0.5:
            number = " ".join(number[i:i + 4] for i in range(0, 19, 4))
        elif length == 15 and style < 0.5:
            number = f"{number[:4]} {number[4:9]} {number[9:]}"
        return network, number

    # country -> BBAN shape: n digit, a upper-case letter, c letter or digit (written as a digit or letter)
    IBANS = {"IE": "aaaa" + "n" * 14, "CY": "n" * 8 + "c" * 16, "AD": "n" * 8 + "c" * 12,
             "MC": "n" * 10 + "c" * 11 + "nn", "RS": "n" * 18, "ME": "n" * 18, "BA": "n" * 16, "GE": "aa" + "n" * 16,
             "AZ": "aaaa" + "c" * 20, "UA": "n" * 6 + "c" * 19, "JO": "aaaa" + "n" * 4 + "c" * 18, "TN": "n" * 20,
             "MU": "aaaa" + "n" * 19 + "aaa", "BR": "n" * 23 + "ac", "CR": "0" + "n" * 17, "DO": "aaaa" + "n" * 20,
             "LB": "n" * 4 + "c" * 20, "BH": "aaaa" + "c" * 14}

    def iban(self, country: str | None = None) -> str:
        r = self.rng
        country = country or r.choice(sorted(self.IBANS))
        shape = self.IBANS[country]
        chars = []
        for c in shape:
            if c == "n":
                chars.append(r.choice(string.digits))
            elif c == "a":
                chars.append(r.choice(string.ascii_uppercase))
            elif c == "c":
                chars.append(r.choice(string.digits) if r.random() < 0.8 else r.choice(string.ascii_uppercase))
            else:
                chars.append(c)
        if country == "MU":
            chars[-3:] = list("MUR")
        bban = "".join(chars)
        if country == "ME":  # the last two BBAN digits are a national mod-97 check (the IBAN's always read 25)
            bban = bban[:16] + f"{98 - int(bban[:16]) * 100 % 97:02d}"
        raw = f"{country}{_mod97_check(bban, country)}{bban}"
        style = r.random()
        if style < 0.5:
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        if style < 0.6:
            return raw.lower()
        return raw

    def ssn(self) -> str:
        r = self.rng
        area = r.choice([x for x in range(1, 900) if x != 666])
        group, serial = r.randint(1, 99), r.randint(1, 9999)
        return r.choice([f"{area:03d}-{group:02d}-{serial:04d}", f"{area:03d} {group:02d} {serial:04d}",
                         f"{area:03d}{group:02d}{serial:04d}"])

    # -- national identifiers with their check digits ---------------------------------------------
    def birth(self, lo: int = 1950, hi: int = 2004) -> tuple[int, int, int]:
        return self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def national_id(self) -> tuple[str, str]:
        """(country, value) for one of eleven national identifiers."""
        r = self.rng
        kind = r.choice(["SE", "NO", "FI", "BE", "CN", "ZA", "CL", "KR", "TR", "IE", "UK"])
        y, m, day = self.birth()
        if kind == "SE":
            base = f"{y % 100:02d}{m:02d}{day:02d}{self.d(3)}"
            return kind, f"{base[:6]}-{_luhn_complete([int(c) for c in base])[-4:]}"
        if kind == "NO":
            while True:
                base = [int(c) for c in f"{day:02d}{m:02d}{y % 100:02d}{r.randint(0, 499):03d}"]
                k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), base)) % 11
                k1 = 0 if k1 == 11 else k1
                k2 = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), base + [k1])) % 11
                k2 = 0 if k2 == 11 else k2
                if k1 != 10 and k2 != 10:
                    return kind, "".join(map(str, base)) + f"{k1}{k2}"
        if kind == "FI":
            serial = r.randint(2, 899)
            q = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{day:02d}{m:02d}{y % 100:02d}{serial:03d}") % 31]
            return kind, f"{day:02d}{m:02d}{y % 100:02d}{'-' if y < 2000 else 'A'}{serial:03d}{q}"
        if kind == "BE":
            y = min(y, 1999)
            base = f"{y % 100:02d}{m:02d}{day:02d}{r.randint(1, 997):03d}"
            check = 97 - int(base) % 97
            return kind, f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{check:02d}"
        if kind == "CN":
            base = f"{r.choice(['110105', '440305', '310104', '510107', '330106'])}{y}{m:02d}{day:02d}{self.d(3)}"
            weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
            return kind, base + "10X98765432"[sum(w * int(c) for w, c in zip(weights, base)) % 11]
        if kind == "ZA":
            base = f"{y % 100:02d}{m:02d}{day:02d}{r.randint(0, 9999):04d}{r.choice('01')}8"
            number = _luhn_complete([int(c) for c in base])
            return kind, r.choice([number, f"{number[:6]} {number[6:10]} {number[10:]}"])
        if kind == "CL":
            body = r.randint(5_000_000, 26_000_000)
            total = sum(int(c) * (2, 3, 4, 5, 6, 7)[i % 6] for i, c in enumerate(reversed(str(body))))
            dv = {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11))
            return kind, f"{body:,}".replace(",", ".") + f"-{dv}"
        if kind == "KR":
            base = f"{y % 100:02d}{m:02d}{day:02d}{(1 if y < 2000 else 3) + r.randint(0, 1)}{r.randint(0, 96):02d}" \
                   f"{self.d(3)}"  # digits 8-9: place of birth, 00-96
            check = (11 - sum(w * int(c) for w, c in zip((2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), base)) % 11) % 10
            return kind, f"{base[:6]}-{base[6:]}{check}"
        if kind == "TR":
            digits = [r.randint(1, 9)] + [r.randrange(10) for _ in range(8)]
            d10 = ((sum(digits[0:9:2]) * 7) - sum(digits[1:8:2])) % 10
            d11 = (sum(digits) + d10) % 10
            return kind, "".join(map(str, digits)) + f"{d10}{d11}"
        if kind == "IE":
            digits = self.d(7)
            letter = "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(c) * (8 - i) for i, c in enumerate(digits)) % 23]
            return kind, f"{digits}{letter}"
        first = r.choice("ABCEGHJKLMNPRSTWXYZ")
        second = r.choice([c for c in "ABCEGHJKLMNPRSTWXYZ" if f"{first}{c}" not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")])
        return kind, f"{first}{second} {self.d(2)} {self.d(2)} {self.d(2)} {r.choice('ABCD')}"

    def passport(self) -> tuple[str, str]:
        r, d = self.rng, self.d
        return r.choice([
            ("DEU", r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))),
            ("IND", r.choice("JKLMNPRSTUVWZ") + d(7)), ("CAN", self.up(2) + d(6)), ("JPN", r.choice(["TK", "TR", "MZ"])
                                                                                    + d(7)),
            ("NGA", "A" + d(8)), ("IRL", self.up(2) + d(7)), ("USA", r.choice(["", "A", "C"]) + d(9 if r.random() < .4
                                                                                              else 8))])

    def mrz(self, p: Person) -> tuple[str, str]:
        """Two TD3 lines with valid check digits."""
        r = self.rng
        country, number = r.choice([("NOR", "FH" + self.d(7)), ("ISL", "A" + self.d(7)), ("DNK", self.d(9)),
                                    ("GRC", self.up(2) + self.d(7)), ("LKA", "N" + self.d(7))])
        fam = "<".join(_ascii(part).upper() for part in p.family.split()) or "X"
        giv = "<".join(_ascii(part).upper() for part in p.given.split()) or "X"
        line1 = f"P<{country}{fam}<<{giv}"[:44].ljust(44, "<")
        y, m, day = self.birth(1955, 2001)
        dob = f"{y % 100:02d}{m:02d}{day:02d}"
        exp = f"{r.randint(27, 34)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        num = number.ljust(9, "<")
        personal = "<" * 14
        body = f"{num}{_mrz_check(num)}{country}{dob}{_mrz_check(dob)}{r.choice('MF')}{exp}{_mrz_check(exp)}" \
               f"{personal}{_mrz_check(personal)}"
        composite = body[0:10] + body[13:20] + body[21:43]
        return line1, body + _mrz_check(composite)

    def dob(self) -> str:
        y, m, day = self.birth(1940, 2006)
        month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
        return self.rng.choice([f"{day:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{day:02d}", f"{m}/{day}/{y % 100:02d}",
                                f"{day} {month} {y}", f"{y}年{m}月{day}日"])

    def address(self) -> str:
        r, d = self.rng, self.d
        return r.choice([
            f"Flat {r.randint(1, 9)}{r.choice('ABCD')}, Sai Krupa Apartments, {r.randint(1, 18)}th Cross, "
            f"Indiranagar, Bengaluru 5600{r.randint(10, 99)}",
            f"{r.randint(1, 40)} Ard na Gréine, Ennis, Co. Clare "
            f"V95 {r.choice('ADEFHKNPRTWXY')}{d(1)}{self.up(1)}{d(1)}",
            f"{r.randint(100, 2400)}-{r.randint(10, 990)} Rue Saint-Denis, Montréal QC H2X {d(1)}{self.up(1)}{d(1)}",
            f"Storgata {r.randint(1, 90)}{r.choice(['', 'B', 'C'])}, 0{r.randint(150, 599)} Oslo",
            f"Rua das Acácias, {r.randint(10, 990)}, apto {r.randint(11, 154)}, Vila Mariana, São Paulo - SP, "
            f"04{d(3)}-{d(3)}",
            f"RR {r.randint(1, 4)} Box {r.randint(10, 400)}, Chinle, AZ 86503",
            f"Flat {r.randint(1, 12)}, {r.randint(2, 80)} Tenter Lane, Hebden Bridge HX7 {d(1)}{self.up(2)}",
            f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)} Kichijoji Honcho, Musashino-shi, Tokyo "
            f"180-{d(4)}",
            f"Odos Ermou {r.randint(2, 120)}, {r.randint(1, 6)}os orofos, 105 63 Athens",
            f"Jalan Bukit Pantai {r.randint(1, 60)}, Bangsar, 59100 Kuala Lumpur",
        ])

    def mrn(self) -> str:
        r, d = self.rng, self.d
        return r.choice([f"MRN {d(8)}", f"Hosp. no. {self.up(1)}{d(6)}", f"UR {d(7)}", f"MRN: {d(3)}-{d(3)}-{d(2)}",
                         f"Patient ID {self.up(2)}{d(7)}"])


def chat(*turns: tuple[str, str]) -> dict[str, Any]:
    return {"model": "auto", "messages": [{"role": role, "content": text} for role, text in turns]}


def user(text: str) -> dict[str, Any]:
    return chat(("user", text))


Template = Callable[[], tuple[list[str], dict[str, Any]]]


def _spread(rng: random.Random, templates: list[Template], n: int) -> list[tuple[list[str], dict[str, Any]]]:
    """n records from the templates, each template used as evenly as possible, order shuffled."""
    order: list[Template] = []
    while len(order) < n:
        batch = list(templates)
        rng.shuffle(batch)
        order += batch
    return [t() for t in order[:n]]


def pii_records(rng: random.Random, v: Draw) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    seen: set[str] = set()

    def add(category: str, made: list[tuple[list[str], dict[str, Any]]], endpoint: str = "chat") -> None:
        for entities, request in made:
            key = json.dumps(request, ensure_ascii=False, sort_keys=True)
            if key in seen:  # a template with no drawn value, drawn twice
                continue
            seen.add(key)
            out.append({"category": category, "sensitive": bool(entities), "entities": entities,
                        "endpoint": "completions" if "prompt" in request else endpoint, "body": request})

    P = v.person  # noqa: N806
    S = v.styled  # noqa: N806

    def script(lang: str) -> str:
        return rng.choice(SCRIPT_NAMES[lang])

    # ---- private people, no other identifier ------------------------------------------------
    person: list[Callable[[], str]] = [
        lambda: f"omg {P().given.lower()} from chem literally left me on read for 3 days 💀 write a text back thats "
                f"not desperate",
        lambda: f"ok so {S(P())} asked me to prom?? but i kinda like someone else. how do i say no nicely",
        lambda: f"write an ig caption for me n {P().full.lower()} at the lake, funny not cringe pls",
        lambda: f"{P().full} keeps copying my homework and the teacher thinks its ME. how do i tell her without "
                f"being a snitch",
        lambda: f"Draft a performance improvement plan for {S(P())} (Warehouse Team B). Issues: late on 6 of the last "
                f"10 shifts, two missed safety briefings. Tone: firm but supportive.",
        lambda: f"Grievance meeting notes. Present: {P().full} (employee), {P().full} (union rep), me (HR). "
                f"Summarise into a neutral file note, max 120 words.",
        lambda: f"Write a reference letter for {P().full}, who worked as our night receptionist from 2019 to 2024. "
                f"Reliable, calm with difficult guests.",
        lambda: f"exit interview - {S(P())} says the rota changes were the main reason for leaving. turn my notes "
                f"into 3 bullets for the HRBP",
        lambda: f"Client: {S(P())}. Matter: deposit not returned by landlord after the tenancy ended on 30 June. "
                f"Draft a letter before action, 14 days to respond.",
        lambda: f"We act for the respondent. The claimant, {P().full}, alleges constructive dismissal. List the "
                f"documents we should ask for in disclosure.",
        lambda: f"Power of attorney - donor {P().full}, attorney {P().full}. Is 'to manage all my accounts' wording "
                f"enough for a bank to accept it?",
        lambda: f"Pt {S(P())}, 71M, admitted w/ CAP, afebrile 48h on oral abx. Write the discharge summary paragraph "
                f"for the GP.",
        lambda: f"Handover bed 12: {P().full}, post-op day 2 lap chole, pain controlled, mobilising. Rewrite as SBAR.",
        lambda: f"oncall swap me <-> {P().full} for wed night. update this:\nprimary: TBD\nsecondary: TBD",
        lambda: f"postmortem draft says '{P().full} restarted the wrong node'. rewrite it blameless",
        lambda: f"$ git shortlog -sn --since=2024-01-01\n    42\t{P().full}\n    17\t{P().full}\n     3\t"
                f"dependabot[bot]\nwho should review the auth changes?",
        lambda: f"Kindly help to write mail to my landlord Mr. {P().family}, the geyser is not working since 3 days. "
                f"Please do the needful.",
        lambda: f"I am having doubt. My colleague {P().full} is telling report is due Friday but manager told Monday. "
                f"How to ask politely?",
        lambda: f"Please prepone my meeting with {S(P())} to 10 am and inform. Write the mail in formal way.",
        lambda: json.dumps({"name": "Family", "type": "private_group", "messages": [
            {"id": 88, "from": P().full, "text": "who is picking up grandma sunday?"},
            {"id": 89, "from": P().full, "text": "me, after church"}]}, ensure_ascii=False)
        + "\nthis is a telegram export, summarise it in one line",
        lambda: f"{P().full}   0:03\nShall we start with the budget?\n{P().full}   0:07\nYes, one second.\n\n"
                f"Make minutes from this Teams transcript.",
        lambda: f"Kan du skrive en kort takkemelding til {P().full}? Hun hjalp oss med flyttingen.",
        lambda: f"Skriv en venlig påmindelse til {P().full} om huslejen for marts.",
        lambda: f"Geturðu skrifað stutt afmæliskort til {P().full}?",
        lambda: f"Γράψε ένα σύντομο ευχαριστήριο μήνυμα για τον {P().full}.",
        lambda: f"Напиши, пожалуйста, короткое поздравление для {P().full} с днём рождения.",
        lambda: f"Допоможи скласти лист до {P().full} щодо оренди квартири.",
        lambda: f"Напиши кратку поруку за {P().full} да касним на састанак.",
        lambda: f"Напиши благодарствено писмо до {P().full} за помощта с ремонта.",
        lambda: f"Napiši kratko zahvalo za {P().full}, ki nam je pomagal pri selitvi.",
        lambda: f"Uzraksti īsu pateicības vēstuli, ko nosūtīšu {P().full}.",
        lambda: f"Napíš krátku správu pre {P().full}, že prídem neskôr.",
        lambda: f"bhai {P().full} ko ek message likh do ki kal meeting 11 baje hai, late mat aana",
        lambda: f"{script('bn')}-কে একটা ধন্যবাদ চিঠি লিখে দাও।",
        lambda: f"{P().full} sahab ko ek formal email likhni hai, rent late hone ke baare mein",
        lambda: f"اكتب رسالة شكر قصيرة إلى {script('ar')} على مساعدته في الانتقال.",
        lambda: f"یک پیام تشکر کوتاه برای {script('fa')} بنویس.",
        lambda: f"{script('ja')}さんへのお礼のメールを書いてください。引っ越しを手伝ってくれました。",
        lambda: f"帮我给{script('zh')}写一封感谢信，她上周帮我搬家了。",
        lambda: f"{script('ko')}님께 보낼 감사 메일을 써 주세요.",
        lambda: f"ช่วยเขียนข้อความขอบคุณถึงคุณ{script('th')}หน่อย",
        lambda: f"कृपया {script('hi')} जी के लिए एक धन्यवाद पत्र लिखिए।",
        lambda: f"תכתוב הודעת תודה קצרה ל{P().full} על העזרה במעבר דירה.",
        lambda: f"Escribe unha mensaxe de agradecemento para {P().full} pola axuda coa mudanza.",
        lambda: f"Skribu mallongan dankleteron al {P().full} pro la helpo.",
        lambda: f"Sawubona, ngicela ungibhalele incwadi yokubonga eya ku-{P().full}.",
        lambda: f"Jọ̀ọ́, kọ lẹ́tà ọpẹ́ sí {P().full}.",
        lambda: f"oye can you write un mensaje para {P().full}, my roommate, que she still owes me 40 bucks",
    ]
    add("person", _spread(rng, [(lambda f=f: (["person"], user(f()))) for f in person], 46))

    # ---- phones -----------------------------------------------------------------------------
    def phone_t(f: Callable[[], str], extra: list[str] | None = None) -> Template:
        return lambda: (["phone"] + (extra or []), user(f()))
    phones = [
        phone_t(lambda: f"call me back on {v.phone()} after 4, on site till then"),
        phone_t(lambda: f"Kindly update my mobile no. {v.phone()} in the records and confirm by return mail."),
        phone_t(lambda: f"this random number {v.phone()} keeps texting me at 2am should i block or reply"),
        phone_t(lambda: f"landlord's number {v.phone()} - write a polite text asking when the heating gets fixed"),
        phone_t(lambda: f"reach me at {v.phone_ext()} until 5 ET, after that my cell. shorten this signature"),
        phone_t(lambda: f"My direct line is {v.phone_ext()}. Please put it in the footer of the proposal."),
        phone_t(lambda: f"sms-gw WARN delivery failed to={v.phone().replace(' ', '')} status=UNDELIVERED err=30006 "
                        f"\nwhat does 30006 mean"),
        lambda: (["phone", "person"], user(f"name,route,mobile\n{P().full},R7,{v.phone()}\n{P().full},R2,"
                                           f"{v.phone()}\nhow many drivers are on R7?")),
        phone_t(lambda: f"ya 3ammi, {P().given} 2al inno ra2mo {v.phone('LB')}, eb3atlo msg w 2ello ne2ta3 bokra"),
        phone_t(lambda: f"uska number {v.phone(rng.choice(['BD', 'NP']))} hai, usko polite reminder bhejo payment ke liye"),
        phone_t(lambda: f"Мой номер {v.phone('RU')}, перезвоните мне после обеда, пожалуйста."),
        phone_t(lambda: f"Мій номер {v.phone('UA')}, додай його в підпис листа."),
        phone_t(lambda: f"電話番号は{v.phone()}です。不在票の再配達を依頼する文を書いてください。"),
        phone_t(lambda: f"我的手机号是{v.phone(rng.choice(['CN', 'TW', 'HK']))}，帮我写一条短信通知房东我下周搬走。"),
        phone_t(lambda: f"제 번호는 {v.phone()}입니다. 택배 기사님께 보낼 문자 써 주세요."),
        phone_t(lambda: f"Το κινητό μου είναι {v.phone('GR')}, γράψε ένα μήνυμα για τον μάστορα."),
        phone_t(lambda: f"Ring meg på {v.phone()} når pakken er klar, skriv det mer høflig"),
        phone_t(lambda: f"mi cel es {v.phone(rng.choice(['PE', 'EC', 'UY']))}, write a text para el plomero que venga mañana"),
        phone_t(lambda: f"Emergency contact (mother): {v.phone()}. Is this enough for the school trip form?"),
        lambda: (["phone", "person"], user(f"--\n{P().full}\nSite Supervisor, Block C\nM {v.phone()} | O "
                                           f"{v.phone_ext()}\nmake this signature one line")),
        phone_t(lambda: f"whatsapp him on {v.phone()} - he's the guy selling the bike. draft a lowball offer"),
        phone_t(lambda: f"rota: cover for thursday is the number {v.phone_ext()}, who picks up? rewrite as a "
                        f"clear instruction for new staff"),
    ]
    add("phone", _spread(rng, phones, 24))

    # ---- emails -----------------------------------------------------------------------------
    def mail_t(f: Callable[[Person], str], extra: list[str] | None = None) -> Template:
        def make() -> tuple[list[str], dict[str, Any]]:
            return ["email"] + (extra or []), user(f(P()))
        return make
    emails = [
        mail_t(lambda p: f'ERROR: duplicate key value violates unique constraint "users_email_key"\nDETAIL: Key '
                         f'(email)=({v.email(p)}) already exists.\nhow do I upsert instead?'),
        mail_t(lambda p: f"Dec  2 04:11:09 mx1 postfix/smtp[2231]: 4F1A2C: to=<{v.email(p)}>, relay=none, "
                         f"delay=0.4, status=bounced (Host not found)\nwhy bounced?"),
        mail_t(lambda p: f'<a href="mailto:{v.email(p)}">email me</a> - why does this open the wrong client on '
                         f'mac?'),
        mail_t(lambda p: f"Subject access request: please send all data you hold on me. Account e-mail "
                         f"{v.email(p)}. Rewrite this more formally under GDPR Art. 15."),
        mail_t(lambda p: f"{p.full} <{v.email(p)}>; finance-team — is it ok to cc a personal address on an "
                         f"invoice?", ["person"]),
        mail_t(lambda p: f"her email is {v.email(p)} should i msg her about the group project or is that weird"),
        mail_t(lambda p: f"CONTACT EMAIL: {v.email(p).upper()}\nNATIONALITY: SRI LANKAN\nis this form filled "
                         f"correctly?"),
        mail_t(lambda p: f"{rng.randint(10**8, 10**10)}@qq.com 这个邮箱收不到验证码，怎么办？"),
        mail_t(lambda p: f"send the offer letter to {v.email(p)} kindly, with CTC breakup attached"),
        mail_t(lambda p: f"Traceback (most recent call last):\n  File \"signup.py\", line 41, in register\n"
                         f"ValueError: invalid domain for {v.email(p)}\nbut the domain exists??"),
        mail_t(lambda p: f"Пиши на {v.email(p)}, я проверю вечером. — переведи на английский"),
        mail_t(lambda p: f"メールアドレスは{v.email(p)}です。予約確認をこちらに送ってください、を英語にして"),
        mail_t(lambda p: f"{v.email(p)} ki email id pe invoice bhej do aur GST number bhi daal dena"),
        mail_t(lambda p: f"curl -X POST /v1/customers -d '{{\"email\": \"{v.email(p)}\", \"plan\": \"pro\"}}' "
                         f"returns 409, what's wrong"),
        mail_t(lambda p: f"Mi correo es {v.email(p)}. Escribe unha resposta curta para o concello."),
        mail_t(lambda p: f"jörg.weiß@müller-bäckerei.de bounces as 'invalid address', is that a valid email?"),
    ]
    add("email", _spread(rng, emails, 17))

    # ---- cards ------------------------------------------------------------------------------
    def card_t(f: Callable[[str, str], str]) -> Template:
        def make() -> tuple[list[str], dict[str, Any]]:
            return ["credit_card"], user(f(*v.card()))
        return make
    cards = [
        card_t(lambda n, c: f"cust called, {n} card {c} exp 08/27 cvv 412 declined twice. write the ticket note"),
        card_t(lambda n, c: f"payment-svc ERROR charge failed pan={c} reason=do_not_honor\nwho do I tell about "
                            f"the PAN being in the logs?"),
        card_t(lambda n, c: f"meu cartão {n} {c} foi clonado, escreve uma reclamação pro banco"),
        card_t(lambda n, c: f"карта {n} {c} не проходит оплата в интернете, что написать в поддержку?"),
        card_t(lambda n, c: f"my {n} card {c} was debited twice for one transfer, draft a complaint"),
        card_t(lambda n, c: f"Corporate {n} {c} for the team's flights — does the airline accept it for "
                            f"group bookings?"),
        card_t(lambda n, c: f"mit {n} {c} er spærret, hvad skriver jeg til banken?"),
        card_t(lambda n, c: f"card no: {c}\nname on card: as per passport\nexpiry 11/28\nis this enough for the "
                            f"hotel guarantee?"),
        card_t(lambda n, c: f"pls use my card {c} for the booking na, I will pay you back tmrw"),
        card_t(lambda n, c: f"billing: {c} / 04-29 — split the 3 nights evenly and write the email"),
        card_t(lambda n, c: f"Kart numaram {c}, son kullanma 09/27. Bu bilgileri e-postayla göndermek güvenli mi?"),
    ]
    add("credit_card", _spread(rng, cards, 13))

    # ---- IBANs ------------------------------------------------------------------------------
    def iban_t(f: Callable[[str, Person], str], country: str | None = None, extra: list[str] | None = None) -> Template:
        def make() -> tuple[list[str], dict[str, Any]]:
            return ["iban"] + (extra or []), user(f(v.iban(country), P()))
        return make
    ibans = [
        iban_t(lambda i, p: f":20:REF{v.d(8)}\n:32A:251203EUR4250,00\n:50K:/{i}\nACME TRADING LTD\n:59:/"
                            f"{v.iban()}\n{_ascii(p.family).upper()} {_ascii(p.given).upper()}\n:71A:SHA\n"
                            f"explain each field of this MT103", extra=["person"]),
        iban_t(lambda i, p: f"<CdtrAcct><Id><IBAN>{i.replace(' ', '').upper()}</IBAN></Id></CdtrAcct>\n<Cdtr><Nm>"
                            f"{p.full}</Nm></Cdtr>\nwhy does the bank reject this pain.001?", extra=["person"]),
        iban_t(lambda i, p: f"Реквізити для оплати: IBAN {i}, отримувач ФОП. Перевір, чи правильний формат.", "UA"),
        iban_t(lambda i, p: f"Please pay invoice 2025-118 to IBAN {i} (Bank of Georgia). write a reminder", "GE"),
        iban_t(lambda i, p: f"my salary account {i} — HR says the IBAN is invalid, can you check the length?"),
        iban_t(lambda i, p: f"Bank details for the deposit refund: IBAN {i}. Write the e-mail to the landlord.",
               "IE"),
        iban_t(lambda i, p: f"تحويل إلى الحساب {i} — اكتب رسالة تأكيد للعميل", "JO"),
        iban_t(lambda i, p: f"transfer rent to {i} before the 5th, remind me how to set a standing order"),
        iban_t(lambda i, p: f"Hesab: {i} (Kapital Bank). Bu IBAN-a pul göndərmək üçün SWIFT lazımdır?", "AZ"),
        iban_t(lambda i, p: f"Para receber a indenização informe o IBAN: {i}. Isso é golpe?", "BR"),
        iban_t(lambda i, p: f"Account for the wedding gift: {i}. Make this line nicer for the invitation."),
        iban_t(lambda i, p: f"Uplata na račun {i}, poziv na broj 97. Napiši potvrdu.", "RS"),
        iban_t(lambda i, p: f"supplier changed bank details to {i} by email, is this a BEC red flag?"),
    ]
    add("iban", _spread(rng, ibans, 13))

    # ---- SSNs -------------------------------------------------------------------------------
    def ssn_t(f: Callable[[str, Person], str], extra: list[str] | None = None) -> Template:
        def make() -> tuple[list[str], dict[str, Any]]:
            return ["ssn"] + (extra or []), user(f(v.ssn(), P()))
        return make
    ssns = [
        ssn_t(lambda s, p: f"ssn {s.replace('-', '').replace(' ', '')} is on the W-2 but the portal says mismatch, "
                           f"what do i do"),
        ssn_t(lambda s, p: f"my moms ss number for fafsa is {s} - which box does it go in"),
        ssn_t(lambda s, p: f"employee_id,ssn,hire_date\n{v.d(5)},{s},2023-04-03\nconvert this row to JSON"),
        ssn_t(lambda s, p: f"Soc. Sec. No. {s} / DOB on file — write a short cover note for the benefits claim."),
        ssn_t(lambda s, p: f"Please find my social security number {s} for the background check kindly process."),
        ssn_t(lambda s, p: f"Applicant: {p.full}\nSSN: 078-05-1120\nis this application complete?", ["person"]),
        ssn_t(lambda s, p: f"Form SS-5 draft: {p.full}, SSN 219-09-9999, replacement card. Check the fields.",
              ["person"]),
        ssn_t(lambda s, p: f"W-4 step 1: {p.full}, {s}. single. which box for two jobs?", ["person"]),
        ssn_t(lambda s, p: f"mi número de seguro social es {s}, ayúdame a llenar la aplicación del apartamento"),
        ssn_t(lambda s, p: f"taxpayer SSN {s} - IRS letter 4883C, what does it want from me"),
    ]
    add("ssn", _spread(rng, ssns, 11))

    # ---- national IDs -----------------------------------------------------------------------
    cues = {"SE": "personnummer", "NO": "fødselsnummer", "FI": "henkilötunnus", "BE": "rijksregisternummer",
            "CN": "身份证号", "ZA": "ID number", "CL": "RUT", "KR": "주민등록번호", "TR": "T.C. Kimlik No",
            "IE": "PPS number", "UK": "NI number"}
    nid_asks = ["skriv ett mejl till Skatteverket om adressändring: {cue} {v}",
                "Mitt {cue} er {v}, hjelp meg å fylle ut skjemaet til NAV.",
                "Hakemukseen pitää laittaa {cue} {v} — onko tämä oikeassa muodossa?",
                "{cue}: {v}. Vul het formulier voor de mutualiteit in.",
                "{cue}{v}，帮我写一份租房申请。",
                "My {cue} is {v}, write the letter to Home Affairs about my smart card.",
                "Mi {cue} es {v}, redacta el correo para el Registro Civil.",
                "{cue} {v} — 은행에 보낼 서류 목록 정리해줘",
                "{cue}: {v}. Vergi dairesine dilekçe yaz.",
                "{cue} {v} for the Revenue online form, does it need the extra letter?",
                "new starter form: {cue} {v}, is the format right for payroll?"]

    def nid() -> tuple[list[str], dict[str, Any]]:
        country, value = v.national_id()
        ask = nid_asks[list(cues).index(country)]
        return ["NATIONAL_ID"], user(ask.format(cue=cues[country], v=value))
    add("national_id", _spread(rng, [nid], 13))

    # ---- passports --------------------------------------------------------------------------
    def pp_plain() -> tuple[list[str], dict[str, Any]]:
        country, number = v.passport()
        p = P()
        return ["PASSPORT", "person"], user(rng.choice([
            f"Guest: {p.full}, passport {country} {number}. Fill the hotel's foreigner registration line.",
            f"visa form asks 'passport no.' — mine is {number}, issued {country}. do I include the letters?",
            f"Traveller {S(p)} / passport {number} / nationality {country}. Check the group manifest row.",
        ]))

    def pp_mrz() -> tuple[list[str], dict[str, Any]]:
        line1, line2 = v.mrz(P())
        return ["PASSPORT", "person"], user(f"{line1}\n{line2}\nthe scanner rejects this MRZ, which check digit "
                                            f"is wrong?")
    add("passport", _spread(rng, [pp_plain, pp_mrz], 8))

    # ---- addresses, dates of birth, medical record numbers, IPs ------------------------------
    addresses: list[Template] = [
        lambda: (["STREET_ADDRESS", "person"], user(f"Ship to: {P().full}, {v.address()}. Format this label.")),
        lambda: (["STREET_ADDRESS"], user(f"my new address is {v.address()} - write the change-of-address email "
                                          f"to my bank")),
        lambda: (["STREET_ADDRESS", "person"], user(f"Tenant {P().full} of {v.address()} reports damp in the "
                                                    f"bedroom. Draft the landlord's reply.")),
        lambda: (["STREET_ADDRESS"], user(f"deliver the cake to {v.address()} at 6, gate code 4471. translate for "
                                          f"the courier")),
    ]
    add("address", _spread(rng, addresses, 8))
    dobs: list[Template] = [
        lambda: (["DATE_OF_BIRTH", "person"], user(f"{P().full}, born {v.dob()} — is she old enough for the "
                                                   f"senior discount?")),
        lambda: (["DATE_OF_BIRTH"], user(f"my d.o.b is {v.dob()}, how many days until I turn 40?")),
        lambda: (["DATE_OF_BIRTH", "person"], user(f"生年月日 {v.dob()}、氏名 {script('ja')}。履歴書の書き方を教えて")),
    ]
    add("dob", _spread(rng, dobs, 6))
    def hl7() -> tuple[list[str], dict[str, Any]]:
        p, (y, m, day) = P(), v.birth()
        return ["MEDICAL_RECORD_NUMBER", "person", "DATE_OF_BIRTH"], user(
            f"PID|1||{v.d(8)}^^^STMARY^MR||{_ascii(p.family).upper()}^{_ascii(p.given).upper()}||"
            f"{y}{m:02d}{day:02d}|F\nwhich field is the MRN in this HL7 PID?")

    def fhir() -> tuple[list[str], dict[str, Any]]:
        p = P()
        return ["MEDICAL_RECORD_NUMBER", "person"], user(json.dumps(
            {"resourceType": "Patient", "identifier": [{"system": "urn:oid:2.16.840.1.113883.2.4.6.3",
                                                        "value": v.d(9)}],
             "name": [{"family": p.family, "given": [p.given]}]}, ensure_ascii=False) + "\nvalidate this FHIR Patient")

    mrns: list[Template] = [
        lambda: (["MEDICAL_RECORD_NUMBER", "person"], user(f"{v.mrn()} — {P().full}, 58F, HbA1c 8.9%. Draft the "
                                                           f"letter asking her to book a diabetes review.")),
        hl7, fhir,
    ]
    add("mrn", _spread(rng, mrns, 6))
    ips: list[Template] = [
        lambda: (["IP_ADDRESS"], user(f"Dec  1 23:58:14 vps sshd[811]: Accepted password for {_ascii(P().given)} "
                                      f"from {v.ip()} port 52114 ssh2\nthat's my home IP - should I switch to keys?")),
        lambda: (["IP_ADDRESS", "person"], user(f"The complainant {P().full} says the threats came from {v.ip()}. "
                                                f"Draft the preservation request to the ISP.")),
        lambda: (["IP_ADDRESS"], user(f"my router's public ip is {v.ip()} and my ex knows it, can they do anything "
                                      f"with it?")),
    ]
    add("ip", _spread(rng, ips, 5))

    # ---- personal data outside the last user message's text ----------------------------------
    def tool_call() -> tuple[list[str], dict[str, Any]]:
        p = P()
        return ["phone", "person"], {"model": "auto", "messages": [
            {"role": "user", "content": "add the plumber to my contacts"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {
                "name": "create_contact", "arguments": json.dumps({"name": p.full, "phone": v.phone()},
                                                                  ensure_ascii=False)}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": '{"ok": true}'},
            {"role": "user", "content": "now remind me to call him friday"}]}

    def tool_result() -> tuple[list[str], dict[str, Any]]:
        p = P()
        return ["iban", "person"], {"model": "auto", "messages": [
            {"role": "user", "content": "why did the refund fail?"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "c7", "type": "function", "function": {
                "name": "lookup_refund", "arguments": '{"refund_id": "rf_' + v.d(6) + '"}'}}]},
            {"role": "tool", "tool_call_id": "c7", "content": json.dumps(
                {"status": "failed", "beneficiary": p.full, "iban": v.iban(), "reason": "AC04 closed account"},
                ensure_ascii=False)}]}

    def tools_enum() -> tuple[list[str], dict[str, Any]]:
        return ["person"], {"model": "auto", "messages": [{"role": "user", "content": "assign the broken lift ticket"}],
                            "tools": [{"type": "function", "function": {
                                "name": "assign", "description": "Assign a ticket to a caretaker",
                                "parameters": {"type": "object", "properties": {"assignee": {
                                    "type": "string", "enum": [P().full, P().full, P().full]}}}}}]}

    def schema_example() -> tuple[list[str], dict[str, Any]]:
        p = P()
        return ["email"], {"model": "auto", "messages": [{"role": "user", "content": "extract the sender"}],
                           "response_format": {"type": "json_schema", "json_schema": {"name": "sender", "schema": {
                               "type": "object", "properties": {"from": {
                                   "type": "string", "examples": [v.email(p)]}}}}}}

    def user_field() -> tuple[list[str], dict[str, Any]]:
        return ["email"], {"model": "auto", "user": v.email(P()),
                           "messages": [{"role": "user", "content": "summarise my last three orders"}]}

    def parts() -> tuple[list[str], dict[str, Any]]:
        return ["phone"], {"model": "auto", "messages": [{"role": "user", "content": [
            {"type": "text", "text": "fill the delivery form"},
            {"type": "text", "text": f"contact: {v.phone()}"}]}]}

    def earlier_assistant() -> tuple[list[str], dict[str, Any]]:
        p = P()
        return ["phone", "person"], chat(("user", "who was the electrician we used last year?"),
                                         ("assistant", f"It was {p.full}; the invoice lists {v.phone()}."),
                                         ("user", "great, draft a message asking for a quote"))

    def system_patient() -> tuple[list[str], dict[str, Any]]:
        p = P()
        return ["person", "DATE_OF_BIRTH"], chat(
            ("system", f"You help the front desk of Riverside Dental. Current patient: {p.full}, DOB {v.dob()}."),
            ("user", "write the recall reminder"))

    def completions_prompt() -> tuple[list[str], dict[str, Any]]:
        return ["credit_card"], {"model": "auto", "prompt": f"Call notes:\ncaller read card {v.card()[1]} twice\n"
                                                            f"Summary:"}

    def completions_list() -> tuple[list[str], dict[str, Any]]:
        p = P()
        return ["person", "email"], {"model": "auto", "prompt": ["Contact card:", f"{p.full} / {v.email(p)}",
                                                                 "Greeting:"]}

    def image_url() -> tuple[list[str], dict[str, Any]]:
        p = P()
        return ["email"], {"model": "auto", "messages": [{"role": "user", "content": [
            {"type": "text", "text": "what's on this badge?"},
            {"type": "image_url", "image_url": {"url": f"https://crm.example-hr.io/avatar?email={v.email(p)}"}}]}]}

    def multi_turn_ssn() -> tuple[list[str], dict[str, Any]]:
        return ["ssn"], chat(("user", "im filling the lease app"), ("assistant", "Sure, what do you need?"),
                             ("user", f"it wants ssn, mine is {v.ssn()}, does the landlord really need it?"))

    payload = [tool_call, tool_result, tools_enum, schema_example, user_field, parts, earlier_assistant,
               system_patient, completions_prompt, completions_list, image_url, multi_turn_ssn]
    add("payload", _spread(rng, payload, 14))

    # ---- benign: public figures ---------------------------------------------------------------
    fig = lambda: rng.choice(FIGURES)  # noqa: E731
    figures: list[Callable[[], str]] = [
        lambda: f"who was {fig()}? 3 sentences",
        lambda: f"Give me five quotes attributed to {fig()} and say which are doubtful.",
        lambda: f"write a short school essay intro on {fig()}",
        lambda: f"Hvem var {fig()}?",
        lambda: f"Кто такой {fig()}? Кратко.",
        lambda: f"{fig()}について簡単に教えてください。",
        lambda: f"tell me abt {fig()} for my history project its due tmrw lol",
        lambda: f"Kindly explain the contribution of {fig()} in simple words.",
        lambda: f"Compare {fig()} and {fig()} in a table: era, field, best-known work.",
        lambda: f"{fig()} ke baare mein 5 facts batao",
        lambda: f"Is there a good documentary about {fig()}?",
        lambda: f"What did {fig()} and {fig()} have in common, if anything?",
    ]
    add("public_figure", [([], user(f())) for f in [rng.choice(figures) for _ in range(32)]])

    thing = lambda: rng.choice(NAMED_THINGS)  # noqa: E731
    things: list[Callable[[], str]] = [
        lambda: f"explain {thing()} like I'm 12",
        lambda: f"who is {thing()} named after?",
        lambda: f"Is {thing()} still relevant today? Two paragraphs.",
        lambda: f"give me a pub-quiz question about {thing()}",
        lambda: f"write a two-line rhyme for a quiz night that mentions {thing()}",
    ]
    add("named_thing", [([], user(f())) for f in [rng.choice(things) for _ in range(20)]])

    # ---- benign: numbers that look like identifiers -----------------------------------------
    def order_number() -> str:
        while True:
            n = "".join(rng.choice(string.digits) for _ in range(16))
            if n[0] != "0" and not _luhn_ok(n):
                return " ".join(n[i:i + 4] for i in range(0, 16, 4))

    def cas() -> str:
        body = str(rng.randint(50, 999999))
        digits = body + str(rng.randint(10, 99))
        check = sum((i + 1) * int(c) for i, c in enumerate(reversed(digits))) % 10
        return f"{body}-{digits[-2:]}-{check}"

    def issn() -> str:
        digits = v.d(7)
        check = (11 - sum((8 - i) * int(c) for i, c in enumerate(digits)) % 11) % 11
        return f"{digits[:4]}-{digits[4:]}{'X' if check == 10 else check}"

    def isin() -> str:
        body = "US" + v.d(9)
        return body + _luhn_complete([int(c) for c in "".join(str(int(ch, 36)) for ch in body)])[-1]

    def lei() -> str:
        body = v.d(4) + "00" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(12))
        return body + _mod97_check(body, "")

    lookalikes: list[Callable[[], str]] = [
        lambda: f"what drug is NDC {v.d(4)}-{v.d(4)}-{v.d(2)}? the label is smudged",
        lambda: f"is CAS {cas()} flammable? safety data sheet summary please",
        lambda: f"ISSN {issn()} — how do I cite this journal in Vancouver style?",
        lambda: f"ISIN {isin()} — is that a bond or a share?",
        lambda: f"our LEI {lei()} expires next month, what's the renewal process?",
        lambda: "is 021000021 the routing number for Chase in New York?",
        lambda: "ICD-10 code for type 2 diabetes with neuropathy — E11.40 or E11.42?",
        lambda: "explain CVE-2024-3094 and whether Debian stable was affected",
        lambda: f"KB50{v.d(5)} failed to install with 0x800f0922, what now",
        lambda: "summarise US patent 6,285,999 in plain English",
        lambda: "what was decided in Donoghue v Stevenson [1932] UKHL 100?",
        lambda: "speed of light is 299 792 458 m/s - how long does light take from the sun?",
        lambda: "Avogadro constant 6.02214076e23 — how many molecules in 18 g of water?",
        lambda: "next number: 1 1 2 3 5 8 13 21 34 55 89 ?",
        lambda: "solve this sudoku row: 5 3 0 0 7 0 0 0 0 — which digits are missing?",
        lambda: f"india made {rng.randint(240, 360)}/{rng.randint(3, 9)} in 50 overs, required run rate for the chase?",
        lambda: f"the team is {rng.randint(30, 50)}-{rng.randint(20, 40)}-{rng.randint(5, 12)} this season, "
                f"points percentage?",
        lambda: f"Total: 1,{v.d(3)},{v.d(3)}.{v.d(2)} EUR — write that in words for the contract",
        lambda: f"order {order_number()} hasn't shipped, write a polite chase email to the shop",
        lambda: f"winver says 10.0.{rng.randint(19041, 26100)}.{rng.randint(1000, 5000)} — is that 23H2?",
        lambda: f"cron '{rng.randint(0, 59)} {rng.randint(0, 23)} * * 1-5' — when does it run?",
        lambda: f"[2025-11-{rng.randint(10, 28)}T08:14:55.301Z] GET /api/v2/orders/{v.d(6)} 200 {rng.randint(3, 90)}ms "
                f"— is 90ms p99 ok?",
        lambda: f"kubectl top says cpu 1{v.d(3)}m memory {rng.randint(200, 900)}Mi, set sane limits",
        lambda: f"ping 192.168.{rng.randint(0, 9)}.{rng.randint(2, 254)} works but the printer won't print",
        lambda: f"at {rng.randint(1, 59)}°{rng.randint(0, 59)}'N the sun sets when on the equinox?",
        lambda: f"AAPL closed at {rng.randint(150, 260)}.{v.d(2)}, down {rng.randint(1, 4)}.{v.d(2)}% — why?",
        lambda: "what's U+1F600 and how do I type it on linux",
        lambda: f"0x7ffd{v.d(4)}a8 segfault address, how do I read a core dump",
        lambda: f"BWV {rng.randint(1000, 1013)} - which recording should I start with?",
        lambda: f"SKU {v.d(4)}-{v.d(3)}-{v.d(2)} is out of stock, write the back-in-stock email template",
        lambda: f"convert {rng.randint(1000000, 9999999)} seconds to days, hours, minutes",
        lambda: f"is {rng.randint(10 ** 8, 10 ** 9)} a prime?",
        lambda: f"bus {rng.randint(100, 999)} leaves {rng.randint(6, 22)}:{rng.randint(10, 59)}, I need to be there by "
                f"{rng.randint(6, 22)}:{rng.randint(10, 59)}, will I make it?",
        lambda: f"chmod {rng.choice(['0755', '0644', '0600', '2775'])} — what does it mean?",
    ]
    add("lookalike", [([], user(f())) for f in _spread_fn(rng, lookalikes, 44)])

    # ---- benign: everyday, work and foreign-language asks with no private person ------------------
    everyday = [
        "gm! what should i eat before a 10k run", "how long do i boil an egg for jammy yolk",
        "kindly suggest a good name for my tiffin service business", "my sister wants a cat, pros and cons?",
        "write a toast for my parents' 30th anniversary, they met at university", "ngl i'm bored, give me 5 hobbies",
        "what's the difference between affect and effect", "is it rude to leave a group chat",
        "plan a 3-day trip to Kandy on a budget", "how do i get red wine out of a carpet",
        "recommend fantasy books for a 13 year old who loved Percy Jackson",
        "my boss wants the report by monday, help me plan the weekend so I still rest",
        "explain compound interest with an example", "please tell how to apply for passport renewal in India",
        "what to pack for Reykjavik in February", "how many cups is 250 g of flour",
        "write a birthday message for my grandpa who loves fishing", "is oat milk healthier than cow milk",
        "Hvad er hovedstaden i Island?", "Как сварить борщ? Коротко.", "東京から京都まで新幹線で何分？",
        "怎么做番茄炒蛋？", "김치찌개 레시피 알려줘", "ما هي عاصمة الأردن؟", "Što je najbolje vidjeti u Ljubljani?",
        "Quale treno prendo da Milano a Como?", "kal barish hogi kya Mumbai mein?",
    ]
    add("everyday", [([], user(t)) for t in rng.sample(everyday, 22)])
    work = [
        "Draft a generic mutual NDA between [Party A] and [Party B] under English law.",
        "What's the statutory notice period for dismissal in Germany after 5 years of service?",
        "HR: write a remote-work policy for a 40-person company, one page.",
        "Write a job ad for a night-shift nurse, no gendered language.",
        "Explain the difference between a will and a living trust.",
        "What are the red flags of sepsis in adults? bullet list for new nurses",
        "Create an SBAR template for ward handovers.",
        "Summarise the GDPR lawful bases in a table.",
        "Kindly give template of experience letter for employee leaving organisation.",
        "What does 'without prejudice' mean on a letter?",
        "Write a patient leaflet on taking antibiotics correctly.",
        "Outline a fair grievance procedure for a small charity.",
        "How do I calculate holiday pay for part-time staff in the UK?",
        "Draft a polite rejection email for job applicants who were not shortlisted.",
    ]
    add("professional", [([], user(t)) for t in work])
    code_ops = [
        "regex to validate E.164 phone numbers in python",
        "postgres: add a unique index on users(lower(email)) without locking the table",
        "k8s pod stuck in CrashLoopBackOff, exit code 137 — what does that mean",
        "nginx returns 502 after I switched upstream to 10.0.3.12:8080, config looks right",
        "write a bash one-liner to find files over 1G in /var",
        "explain this stack trace: java.lang.NullPointerException at com.shop.cart.Cart.total(Cart.java:88)",
        "dockerfile: how to run as non-root user",
        "terraform plan wants to destroy my RDS instance, why?",
        "what's the difference between a mutex and a semaphore",
        "git rebase -i HEAD~5 and squash, step by step",
        "SELECT first_name, last_name FROM employees WHERE hire_date > '2020-01-01' — add pagination",
        "Faker-like test data without PII: how should I seed my staging DB?",
        "prometheus alert: rate(http_requests_total{status=~\"5..\"}[5m]) > 0.05 — explain",
        "class PatientRecord(BaseModel): name: str; dob: date — how do I mask fields in logs?",
        "grafana panel shows 3.2e+06 req/min, how do I show it as 3.2M",
        "my ssh key fingerprint SHA256:3q2+7w... changed after reinstall, is that normal",
        "YAML anchors: how do I reuse the same env block in docker-compose",
        "what does 'oncall: pagerduty schedule P4X7Q2' in our runbook refer to",
    ]
    add("code_ops", [([], user(t)) for t in code_ops])
    for i, record in enumerate(out):
        record["id"] = f"quarry-pii-{i:04d}"
    return out


def _spread_fn(rng: random.Random, fns: list[Callable[[], str]], n: int) -> list[Callable[[], str]]:
    order: list[Callable[[], str]] = []
    while len(order) < n:
        batch = list(fns)
        rng.shuffle(batch)
        order += batch
    return order[:n]


# ---- complexity ---------------------------------------------------------------------------------
EASY_SHORT = ["gm", "thx!!", "what's 15% of 80", "hej, hur mår du?", "こんにちは", "convert 5 ft 7 in to cm",
              "spell necessary", "lol ok", "translate 'good night' to Greek", "what day is 25 dec 2026",
              "is a whale a fish", "how many zeros in a million", "kindly tell capital of Nepal",
              "Сколько будет 7 на 8?", "what rhymes with orange", "ok thanks bye", "is pluto a planet",
              "whats the plural of cactus", "Hvor mange dager har februar?", "capital of Bhutan?"]
HARD_SHORT = ["why does my lock-free MPMC queue hit ABA on ARM but not x86? fix w/o DCAS",
              "prove sqrt(2)+sqrt(3) is irrational, then generalise to sums of square roots of squarefree ints",
              "design idempotent payment retries across 3 PSPs with an exactly-once ledger",
              "pods OOMKilled only when HPA scales down — root cause + fix",
              "pls explain proof of Cook-Levin theorem step by step, I am not getting reduction part",
              "does GDPR Art. 6(1)(f) cover CCTV of a shared driveway? analyse with CJEU case law",
              "differential dx: 34F, fever, migratory arthritis, malar rash, ANA negative — reason it out",
              "Докажи, что любая группа порядка p^2 абелева.",
              "分布式事务中如何在不使用两阶段提交的情况下保证跨服务一致性？给出方案并论证正确性。",
              "量子誤り訂正の表面符号でしきい値が存在する理由を説明して",
              "bhai raft mein leader partition ho jaye to stale reads kaise rokein? proof ke saath",
              "derive the Black-Scholes PDE from a delta-hedged portfolio, state every assumption",
              "find all integer solutions of x^3 + y^3 = z^2 with gcd(x,y)=1",
              "our p99 doubled after moving to gRPC streaming; list hypotheses and how to test each",
              "prove Hall's marriage theorem, then show every regular bipartite graph has a perfect matching",
              "why does TCP incast collapse datacenter throughput? design a fix and argue it converges",
              "lock-free skiplist insert in C11 atomics + linearizability argument",
              "GDPR vs CCPA vs LGPD for one processor serving all three: conflicts and a compliant data flow",
              "amortised analysis of splay trees with the potential method, full proof"]

# long pasted material, in several genres; sentences are sampled, not one line repeated
PASTE = {
    "log": ["2025-11-{d:02d} 0{h}:{m:02d}:11 INFO worker-{w} picked job batch-{n}",
            "2025-11-{d:02d} 0{h}:{m:02d}:12 WARN worker-{w} retrying upstream timeout (attempt {a})",
            "2025-11-{d:02d} 0{h}:{m:02d}:13 ERROR worker-{w} job batch-{n} failed: connection reset",
            "2025-11-{d:02d} 0{h}:{m:02d}:15 INFO scheduler queue depth {n}",
            "2025-11-{d:02d} 0{h}:{m:02d}:19 DEBUG cache hit ratio 0.{a}{w}"],
    "newsletter": ["The community garden will open its gates at nine on Saturday, weather permitting.",
                   "Volunteers are reminded to bring gloves, as the shed has run out again.",
                   "The bake sale raised enough to repaint the bench by the pond.",
                   "Please do not leave bicycles chained to the railings near the library entrance.",
                   "Next month's talk is about composting in small spaces, tea and biscuits provided.",
                   "The lost property box now holds three umbrellas, a scarf and a single green mitten."],
    "terms": ["The Supplier shall deliver the Goods to the Delivery Point on the Delivery Date.",
              "Risk in the Goods shall pass to the Customer on completion of delivery.",
              "Either party may terminate this Agreement by giving not less than thirty days' written notice.",
              "Nothing in this Agreement shall limit liability for death or personal injury caused by negligence.",
              "Any notice given under this Agreement shall be in writing and delivered by hand or by post.",
              "This Agreement shall be governed by the laws of the jurisdiction stated in Schedule 1."],
    "chat_export": ["[{h}:{m:02d}] moonbeam: anyone up for the late raid?",
                    "[{h}:{m:02d}] pixel_fox: need 10 min, dinner",
                    "[{h}:{m:02d}] moonbeam: np we wait at the bridge",
                    "[{h}:{m:02d}] tankbro: bring potions this time pls",
                    "[{h}:{m:02d}] pixel_fox: ok back, inviting now"],
    "csv": ["{d},{n},widget-{w},{a}.{m:02d},shipped", "{d},{n},gadget-{w},{a}{w}.{m:02d},pending",
            "{d},{n},sprocket-{w},{w}.{a}0,returned"],
    "manual": ["Before first use, charge the device for at least four hours.",
               "Press and hold the power button for three seconds to switch on.",
               "The indicator light blinks blue while pairing and stays solid once connected.",
               "Do not immerse the base unit in water; wipe it with a damp cloth.",
               "If the device does not respond, hold both volume buttons for ten seconds to reset it.",
               "Store between 0 and 35 degrees Celsius, away from direct sunlight."],
}
EASY_ASKS = {"log": ["how many lines say ERROR?", "what's the first timestamp?", "make this a table"],
             "newsletter": ["fix any typos", "make a title for this", "turn it into bullet points"],
             "terms": ["what's the termination notice period?", "which clause is about governing law?",
                       "bold the defined terms"],
             "chat_export": ["who spoke last?", "how many messages from moonbeam?", "what are they planning?"],
             "csv": ["sort by the first column", "how many rows say pending?", "add a header row"],
             "manual": ["how long do I charge it first?", "translate the first sentence into Spanish",
                        "make it shorter"]}
HARD_ASKS = {
    "log": ["find the causal chain that produces these failures, propose a fix to the retry policy and argue it cannot "
            "cause a retry storm under a partial outage",
            "these workers share one upstream: work out from the timings whether the failures are load-induced or "
            "network-induced, and design an experiment that tells the two apart in production"],
    "newsletter": ["design a volunteer scheduling algorithm that is fair over a year given people's stated "
                   "availability, formalise fairness and prove your algorithm achieves it",
                   "write a grant proposal section that models the garden's social return, with a causal argument "
                   "a sceptical funder would accept and the data we would need to collect"],
    "terms": ["analyse whether the liability and termination clauses are enforceable under both English and German "
              "law, identify the conflicts, and redraft them to survive both",
              "the customer is a consumer in France: which of these clauses are unfair terms under EU law, why, and "
              "what would a court likely substitute"],
    "chat_export": ["model the group's availability as a constraint problem and derive a schedule that maximises "
                    "attendance; prove optimality or give an approximation bound",
                    "infer each player's time zone and routine from the message times with a probabilistic model, "
                    "state your priors and how confident the inference is"],
    "csv": ["design a statistical test for whether return rates differ between product lines with these small "
            "counts, justify the test and compute its power",
            "build a forecasting model for next month's returns per product from this data, handle the "
            "sparsity, and explain how you would validate it honestly"],
    "manual": ["reverse-engineer the likely firmware state machine from this behaviour, find the race that makes the "
               "reset sometimes fail, and propose a verified fix",
               "write an FMEA for this device from the manual: failure modes, effects, severity, detection, and the "
               "three design changes with the best risk reduction per cost"],
}
DIALOGUES = [
    (["we're moving the app from a single postgres to citus", "Sounds good — what's the data size?",
      "about 2 TB, mostly the events table"],
     "what's citus in one sentence?",
     "design the distribution keys and a zero-downtime migration plan, and show which queries become cross-shard"),
    (["my daughter is learning fractions", "That's a fun stage. How old is she?", "nine"],
     "give me 3 easy fraction questions for her",
     "prove that the decimal expansion of a fraction is eventually periodic and bound the period length"),
    (["I run a small bakery", "Nice! How can I help?", "we sell about 300 loaves a day"],
     "suggest a name for a rye loaf",
     "build a newsvendor model for daily production with weather-dependent demand and derive the optimal quantity"),
    (["kindly help, I am preparing for interview", "Of course. Which role?", "backend developer, 2 years exp"],
     "what is REST in short?",
     "design a rate limiter for a multi-region API that stays within 1% of the global quota under clock skew"),
    (["Пишу диплом по логистике", "Отлично. Какая тема?", "маршрутизация доставки"],
     "как по-английски 'маршрут'?",
     "сформулируй задачу как VRP с временными окнами и докажи её NP-трудность"),
    (["we have a tiny museum website", "Great — what's it built with?", "wordpress, about 40 pages"],
     "what's a favicon?",
     "plan an offline-first static rebuild whose search index can never drift from the content, and explain why"),
    (["I'm a nurse on a cardiology ward", "Thanks for your work! What do you need?", "help with a teaching session"],
     "what does ECG stand for?",
     "explain how to tell VT from SVT with aberrancy on a 12-lead, including the Brugada criteria and their limits"),
    (["Ich lerne Spanisch", "¡Qué bien! ¿Desde cuándo?", "seit drei Monaten"],
     "wie sagt man 'danke' auf Spanisch?",
     "erkläre Subjuntivo gegen Indikativ in Relativsätzen mit Beispielen für jede Ausnahme und warum sie gilt"),
    (["we're a 5-person startup doing invoicing", "Cool. What's the stack?", "django + celery"],
     "what does celery do?",
     "design double-entry bookkeeping for multi-currency invoices with FX revaluation that stays auditable under "
     "concurrent edits"),
    (["planning a vegetable garden", "Lovely. How big?", "about 6 by 10 metres, clay soil"],
     "is lavender a perennial?",
     "plan a four-year crop rotation that balances nitrogen and breaks pest cycles, and justify every year"),
    (["I do sound for a small theatre", "Nice. What's the setup?", "12 speakers and an old analog desk"],
     "what does XLR stand for?",
     "derive delay times per speaker so the sound localises on stage from every seat, using the precedence effect"),
    (["teaching intro stats next term", "Exciting. What level?", "first-year undergrads"],
     "what's a median?",
     "explain why the t-test tolerates non-normality via the CLT, give a case where it fails badly and quantify it"),
    (["my team keeps missing sprint goals", "That's common. How big is the team?", "seven devs, two-week sprints"],
     "what's a sprint?",
     "build a Monte Carlo forecast from our throughput history and explain how to present its intervals to execs"),
    (["kindly help with my thesis in civil engineering", "Sure. What's the topic?", "bridge deck vibration"],
     "what is the SI unit of force?",
     "derive the natural frequencies of a simply supported Euler-Bernoulli beam under a moving mass and the "
     "resonance conditions"),
    (["Пишу бота для Telegram", "Круто. На чём?", "python, aiogram"],
     "что такое токен бота?",
     "спроектируй обработку апдейтов с гарантией ровно одной обработки при рестартах и нескольких воркерах"),
]

def complexity_records(rng: random.Random) -> list[dict[str, Any]]:
    rows: list[tuple[str, int, bool, dict[str, Any]]] = []
    rows += [("quick_short", 0, False, user(t)) for t in EASY_SHORT]
    rows += [("dense_short", 1, True, user(t)) for t in HARD_SHORT]

    def paste(genre: str, target: int) -> str:
        lines: list[str] = []
        while sum(len(x) + 1 for x in lines) < target:
            line = rng.choice(PASTE[genre])
            lines.append(line.format(d=rng.randint(1, 28), h=rng.randint(1, 9), m=rng.randint(0, 59),
                                     w=rng.randint(1, 9), n=rng.randint(100, 999), a=rng.randint(1, 9)))
        return "\n".join(lines)

    genres = sorted(PASTE)
    for i in range(45):
        genre = genres[i % len(genres)]
        text = paste(genre, rng.randint(1500, 6000))
        ask = rng.choice(EASY_ASKS[genre])
        rows.append(("pasted_easy", 0, True, user(f"{ask}\n\n{text}" if rng.random() < 0.4 else f"{text}\n\n{ask}")))
    for i in range(45):
        genre = genres[i % len(genres)]
        text = paste(genre, rng.randint(250, 1300))
        rows.append(("pasted_hard", 1, False, user(f"{text}\n\n{rng.choice(HARD_ASKS[genre])}")))
    dialogues = [(d, heavy) for d in DIALOGUES for heavy in (True, False)]
    rng.shuffle(dialogues)
    for (turns, easy, hard), heavy in dialogues:
        messages = [("user" if k % 2 == 0 else "assistant", t) for k, t in enumerate(turns)]
        rows.append(("conversation", int(heavy), False, chat(*messages, ("user", hard if heavy else easy))))
    return [{"id": f"quarry-cx-{i:04d}", "category": c, "label": y, "length_adversarial": adv, "endpoint": "chat",
             "body": b} for i, (c, y, adv, b) in enumerate(rows)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=48151623)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    draw = Draw(rng)
    for name, records in (("pii_quarry.jsonl", pii_records(rng, draw)),
                          ("complexity_quarry.jsonl", complexity_records(rng))):
        with (OUT / name).open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{OUT / name}: {len(records)} records")


if __name__ == "__main__":
    main()
