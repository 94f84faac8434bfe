"""Write the `heron` signal split: bench/data/signals/pii_heron.jsonl and complexity_heron.jsonl.

    python bench/make_heron_signal_sets.py [--seed 20261204] [--out bench/data/signals]

An eleventh independent generator for issue 12's "evaluate on a split generated after the last
fix, by a different generator". Its author worked in isolation: he read the issue, the record
format that bench/signals_eval.py loads and the labelling rules of the kestrel generator's
docstring, and nothing else of the signal code — not the detector or its word lists, not its
tests, not the other generators or their data, not the results. Every phrasing was written by
hand from the traffic an LLM gateway really carries: support chats, HR / medical / legal / finance
back-office requests, developer tool calls with JSON arguments, log / CSV / YAML / HL7 / EDI /
vCard / iCal / SQL pastes, e-mails with signatures and quoted replies, lowercase SMS with typos,
voice-dictation transcripts, non-native English, twenty-odd other languages and scripts,
multi-turn threads where the personal data sits in an earlier turn or the system prompt, and
personal data in tool schemas, function arguments, image_url URLs, file names, `user`,
`metadata`, `stop`, `response_format` and unknown fields. The random parts are only the values:
private names from per-culture pools written here (no famous people), and identifiers built
with the check digits real ones carry (Luhn: cards, Canadian SIN, personnummer, South African
ID; IBAN mod-97 with each country's length; SSN area/group/serial ranges; Verhoeff Aadhaar;
DNI/NIE letters; CPF, BSN, PESEL, NIR, NRIC, RRN, HETU, TC Kimlik, My Number, RUT, Belgian
national number, Norwegian fødselsnummer, Chinese resident ID, NHS number, German KVNR,
Australian Medicare and passport MRZ check digits), so no well-known test value is copied.

Labelling rules (the same as kestrel's):
- sensitive: the request carries personal data of a private, identifiable person — a private
  person's name (full, or a first name with a relationship cue), or any value shaped like one of
  the identifiers above, an e-mail address of a person, a home address, a date of birth, an IP
  address, a medical record / health-insurance number, a passport or national ID number —
  wherever it sits in the payload and however it is written (spaced, split over lines, spelled
  out, obfuscated). A value shaped like a phone, card, SSN or IBAN counts even if it might be a
  test value: for routing, fail safe.
- benign: nothing of the above. Famous, historical and fictional people, and places, companies,
  products, diseases, units and algorithms named after people are not personal data here.
  Identifier look-alikes (order numbers, SKUs, versions, hashes, ISBNs, CAS / UN / HS codes,
  ISINs, BICs, DOIs, CVE ids, timestamps, build ids, tracking numbers) are benign, and no benign
  record contains a string shaped like a phone, card, SSN, IBAN, e-mail address or IP address,
  even one labelled "example" — the generator checks this on every benign string.
- complexity label 1: a strong model is needed (multi-step reasoning, proofs, design,
  non-trivial code, careful analysis); 0: a small local model does it fine. length_adversarial
  marks long but easy prompts (pasted material, trivial ask) and short but hard ones.

Record format (what bench/signals_eval.py reads): PII records carry id, category, sensitive,
entities (email / phone / credit_card / ssn / iban / person, or a Presidio-style type name for the
rest), endpoint ("chat" or "completions") and body (the request as a client sends it); complexity
records carry id, label, length_adversarial, kind (easy / hard / long_easy / short_hard), endpoint
and body. `lang` and `style` say what each
record imitates. Before writing, the generator checks its own labels (every planted value is
literally in the payload and passes its checksum; benign strings hold nothing identifier-shaped
and no private name from the pools) and prints the counts per category.

Pure standard library and deterministic: the same seed writes the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

DEFAULT_OUT = Path(__file__).resolve().parent / "data" / "signals"
MODELS = ("auto", "auto", "auto", "gpt-4o-mini", "claude-sonnet", "local-fast", "strong")


# --------------------------------------------------------------------------------------------
# Check digits (each generator below builds values with these; the self-check re-verifies them)
# --------------------------------------------------------------------------------------------

def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and luhn_digit(digits[:-1]) == digits[-1]


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_ok(iban: str) -> bool:
    iban = iban.replace(" ", "")
    if len(iban) != IBAN_LENGTHS.get(iban[:2], -1):
        return False
    numeric = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    return int(numeric) % 97 == 1


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 7, 6, 8, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(payload: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def mrz_digit(field_: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(field_):
        v = 0 if ch == "<" else int(ch) if ch.isdigit() else ord(ch) - 55
        total += v * weights[i % 3]
    return str(total % 10)


def mod11_weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11


def isbn13_digit(payload: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(payload))
    return str((10 - s % 10) % 10)


def cas_digit(payload: str) -> str:
    digits = payload.replace("-", "")
    return str(sum(int(d) * (i + 1) for i, d in enumerate(reversed(digits))) % 10)


def isin_digit(payload: str) -> str:
    return luhn_digit("".join(str(int(c, 36)) for c in payload))


IBAN_SPECS = {  # country: BBAN shape (n digit, a letter, c alnum), lengths as ECBS publishes them
    "DE": "n" * 18, "GB": "aaaa" + "n" * 14, "FR": "n" * 23, "ES": "n" * 20, "IT": "a" + "n" * 10 + "c" * 12,
    "NL": "aaaa" + "n" * 10, "BE": "n" * 12, "PL": "n" * 24, "CH": "n" * 5 + "c" * 12, "AT": "n" * 16,
    "SE": "n" * 20, "NO": "n" * 11, "DK": "n" * 14, "PT": "n" * 21, "IE": "aaaa" + "n" * 14, "FI": "n" * 14,
    "TR": "n" * 22, "SA": "nn" + "c" * 18, "AE": "n" * 19, "BR": "n" * 23 + "ac", "GR": "n" * 7 + "c" * 16,
    "CZ": "n" * 20, "HU": "n" * 24, "RO": "aaaa" + "c" * 16, "UA": "n" * 6 + "c" * 19,
}
IBAN_LENGTHS = {k: 4 + len(v) for k, v in IBAN_SPECS.items()}
BANK_LETTERS = {"GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL"), "NL": ("ABNA", "RABO", "INGB", "TRIO", "SNSB"),
                "IE": ("AIBK", "BOFI"), "RO": ("BTRL", "RNCB", "BRDE")}


# --------------------------------------------------------------------------------------------
# Private-name pools (invented combinations; surnames "m|f" where the language inflects them)
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Culture:
    code: str
    firsts: tuple[tuple[str, str, str], ...]  # (native, latin, gender)
    lasts: tuple[tuple[str, str], ...]  # (native "m|f" or plain, latin "m|f" or plain)
    family_first: bool
    mail: tuple[str, ...]
    phone: str  # phone-format key


def _c(code: str, firsts: str, lasts: str, mail: str, phone: str, family_first: bool = False) -> Culture:
    fs = []
    for item in firsts.split(";"):
        parts = [p.strip() for p in item.split("/")]
        native, latin, gender = parts if len(parts) == 3 else (parts[0], parts[0], parts[1])
        fs.append((native, latin, gender))
    ls = []
    for item in lasts.split(";"):
        parts = [p.strip() for p in item.split("/")]
        ls.append((parts[0], parts[1] if len(parts) > 1 else parts[0]))
    return Culture(code, tuple(fs), tuple(ls), family_first, tuple(mail.split()), phone)


CULTURES = {c.code: c for c in (
    _c("us", "Kayla/f;Brandon/m;Deshawn/m;Megan/f;Tyler/m;Courtney/f;Marcus/m;Brianna/f;Cody/m;Jasmine/f;Travis/m;Lindsey/f",
       "Brennan;Whitfield;Castellano;Dunlap;Pruitt;Hargrove;Mendez;Kowalczyk;Abernathy;Tran;Jablonski;Okafor",
       "gmail.com yahoo.com outlook.com icloud.com comcast.net", "us"),
    _c("uk", "Siobhan/f;Callum/m;Niamh/f;Rhys/m;Imogen/f;Declan/m;Freya/f;Alfie/m;Poppy/f;Kieran/m",
       "Pemberton;Ashworth;Gallagher;Mottram;Featherstone;Blakemore;Cartwright;Ellery;Thistlewood;Haworth",
       "btinternet.com hotmail.co.uk gmail.com sky.com", "uk"),
    _c("de", "Jannik/m;Leonie/f;Torben/m;Franziska/f;Malte/m;Svenja/f;Dominik/m;Katharina/f;Henrik/m;Annika/f",
       "Brückner/Brueckner;Hoffmeister;Kleinschmidt;Wendt;Oberhauser;Lindemann;Pfeiffer;Gräfe/Graefe;Sattler;Ziegler",
       "web.de gmx.de t-online.de posteo.de", "de"),
    _c("fr", "Élodie/Elodie/f;Mathis/m;Capucine/f;Quentin/m;Maëlle/Maelle/f;Bastien/m;Océane/Oceane/f;Thibault/m;Laurine/f;Romain/m",
       "Lefebvre;Garnier;Fontaine;Marchand;Chevalier;Perrin;Lemaire;Besson;Vasseur;Rigaud",
       "orange.fr free.fr laposte.net sfr.fr", "fr"),
    _c("es", "Nerea/f;Iñaki/Inaki/m;Lucía/Lucia/f;Álvaro/Alvaro/m;Ainhoa/f;Sergio/m;Begoña/Begona/f;Rubén/Ruben/m;Itziar/f;Gonzalo/m",
       "Etxeberria;Calvo;Montesinos;Ibáñez/Ibanez;Quintana;Serrano;Aranda;Villalobos;Pastor;Gallego",
       "hotmail.es telefonica.net gmail.com yahoo.es", "es"),
    _c("mx", "Guadalupe/f;Jesús/Jesus/m;Ximena/f;Emiliano/m;Citlali/f;Rodrigo/m;Fernanda/f;Uriel/m",
       "Hernández/Hernandez;Zavala;Ochoa;Salgado;Cuevas;Bautista;Trejo;Olvera",
       "hotmail.com gmail.com prodigy.net.mx", "mx"),
    _c("br", "Thaís/Thais/f;João Pedro/Joao Pedro/m;Larissa/f;Caio/m;Bruna/f;Thiago/m;Letícia/Leticia/f;Matheus/m;Gabriela/f;Vinícius/Vinicius/m",
       "Nascimento;Albuquerque;Figueiredo;Cavalcanti;Medeiros;Siqueira;Barbosa;Teixeira;Moura;Damasceno",
       "uol.com.br bol.com.br gmail.com terra.com.br", "br"),
    _c("it", "Chiara/f;Lorenzo/m;Federica/f;Matteo/m;Giulia/f;Alessandro/m;Martina/f;Davide/m",
       "Esposito;Marchetti;Colombo;Ferraro;Galli;Fontana;Rinaldi;Cattaneo", "libero.it virgilio.it gmail.com tiscali.it", "it"),
    _c("nl", "Sanne/f;Daan/m;Femke/f;Bram/m;Lotte/f;Joris/m;Anouk/f;Thijs/m",
       "de Vries;van den Berg;Janssen;Bakker;Visser;Smit;Mulder;van Dijk", "ziggo.nl kpnmail.nl xs4all.nl gmail.com", "nl"),
    _c("pl", "Zuzanna/f;Bartosz/m;Agnieszka/f;Mikołaj/Mikolaj/m;Katarzyna/f;Jakub/m;Weronika/f;Paweł/Pawel/m",
       "Nowak;Wójcik/Wojcik;Kaczmarek;Mazur;Krawczyk;Zając/Zajac;Król/Krol;Wieczorek", "wp.pl o2.pl onet.pl interia.pl", "pl"),
    _c("se", "Linnea/f;Oskar/m;Ebba/f;Viktor/m;Elsa/f;Hugo/m;Maja/f;Axel/m",
       "Lindgren;Bergström/Bergstrom;Nyberg;Sandberg;Holm;Ekström/Ekstrom;Lundqvist;Forsberg", "telia.com bredband.net gmail.com", "se"),
    _c("fi", "Aino/f;Eetu/m;Venla/f;Lauri/m;Iida/f;Juho/m;Siiri/f;Ville/m",
       "Korhonen;Virtanen;Mäkinen/Makinen;Heikkinen;Laaksonen;Rantanen;Salminen;Koskinen", "elisanet.fi gmail.com luukku.com", "fi"),
    _c("no", "Ingrid/f;Sindre/m;Ragnhild/f;Eirik/m;Tuva/f;Magnus/m;Solveig/f;Håkon/Hakon/m",
       "Haugen;Johansen;Bakke;Solberg;Strand;Aasen;Moen;Brekke", "online.no gmail.com hotmail.no", "no"),
    _c("tr", "Elif/f;Burak/m;Zeynep/f;Emre/m;Ayşe/Ayse/f;Mert/m;Büşra/Busra/f;Oğuz/Oguz/m",
       "Yılmaz/Yilmaz;Demir;Şahin/Sahin;Çelik/Celik;Aydın/Aydin;Öztürk/Ozturk;Kaya;Arslan", "gmail.com hotmail.com yandex.com.tr", "tr"),
    _c("ru", "Анастасия/Anastasia/f;Дмитрий/Dmitry/m;Ксения/Ksenia/f;Игорь/Igor/m;Полина/Polina/f;Артём/Artyom/m;Вера/Vera/f;Кирилл/Kirill/m",
       "Соколов|Соколова/Sokolov|Sokolova;Лебедев|Лебедева/Lebedev|Lebedeva;Морозов|Морозова/Morozov|Morozova;"
       "Волков|Волкова/Volkov|Volkova;Зайцев|Зайцева/Zaitsev|Zaitseva;Павлов|Павлова/Pavlov|Pavlova",
       "yandex.ru mail.ru rambler.ru", "ru"),
    _c("ua", "Оксана/Oksana/f;Тарас/Taras/m;Соломія/Solomiia/f;Богдан/Bohdan/m;Ярина/Yaryna/f;Остап/Ostap/m",
       "Коваленко/Kovalenko;Бондаренко/Bondarenko;Ткачук/Tkachuk;Мельник/Melnyk;Шевчук/Shevchuk;Кравець/Kravets",
       "ukr.net gmail.com i.ua", "ua"),
    _c("cn", "思雨/Siyu/f;浩然/Haoran/m;雅婷/Yating/f;子轩/Zixuan/m;梓涵/Zihan/f;宇航/Yuhang/m;欣怡/Xinyi/f;俊杰/Junjie/m",
       "陈/Chen;刘/Liu;黄/Huang;周/Zhou;吴/Wu;徐/Xu;孙/Sun;马/Ma", "qq.com 163.com 126.com", "cn", True),
    _c("jp", "美咲/Misaki/f;翔太/Shota/m;陽菜/Hina/f;大輝/Daiki/m;結衣/Yui/f;拓海/Takumi/m",
       "佐藤/Sato;高橋/Takahashi;渡辺/Watanabe;中村/Nakamura;小林/Kobayashi;山口/Yamaguchi",
       "docomo.ne.jp yahoo.co.jp gmail.com ezweb.ne.jp", "jp", True),
    _c("kr", "서연/Seoyeon/f;민준/Minjun/m;하은/Haeun/f;도윤/Doyun/m;수아/Sua/f;예준/Yejun/m",
       "김/Kim;이/Lee;박/Park;최/Choi;정/Jung;윤/Yoon", "naver.com daum.net gmail.com", "kr", True),
    _c("in", "प्रिया/Priya/f;अर्जुन/Arjun/m;स्नेहा/Sneha/f;रोहन/Rohan/m;अनन्या/Ananya/f;विक्रम/Vikram/m;काव्या/Kavya/f;सिद्धार्थ/Siddharth/m",
       "अय्यर/Iyer;देशपांडे/Deshpande;चटर्जी/Chatterjee;रेड्डी/Reddy;नायर/Nair;कुलकर्णी/Kulkarni;मेनन/Menon;भट्टाचार्य/Bhattacharya",
       "gmail.com rediffmail.com yahoo.co.in outlook.com", "in"),
    _c("ar", "ليلى/Layla/f;يوسف/Youssef/m;نور/Nour/f;عمر/Omar/m;سلمى/Salma/f;خالد/Khaled/m",
       "الحربي/Al-Harbi;العتيبي/Al-Otaibi;منصور/Mansour;حداد/Haddad;الشمري/Al-Shammari;نصار/Nassar",
       "gmail.com hotmail.com outlook.sa", "sa"),
    _c("ng", "Chiamaka/f;Oluwaseun/m;Ngozi/f;Emeka/m;Funmilayo/f;Tunde/m",
       "Adeyemi;Eze;Balogun;Nwosu;Ogunleye;Chukwu", "yahoo.com gmail.com", "ng"),
    _c("vn", "Thu Hà/Thu Ha/f;Văn Minh/Van Minh/m;Ngọc Anh/Ngoc Anh/f;Quang Huy/m;Thanh Tâm/Thanh Tam/f;Đức Thắng/Duc Thang/m",
       "Nguyễn/Nguyen;Trần/Tran;Lê/Le;Phạm/Pham;Hoàng/Hoang;Vũ/Vu", "gmail.com yahoo.com.vn", "vn", True),
    _c("id", "Putri/f;Rizky/m;Ayu/f;Bagus/m;Dewi/f;Fajar/m",
       "Wijaya;Santoso;Pratama;Hidayat;Kusuma;Siregar", "yahoo.co.id gmail.com", "id"),
    _c("gr", "Ελένη/Eleni/f;Γιώργος/Giorgos/m;Κατερίνα/Katerina/f;Νίκος/Nikos/m;Δέσποινα/Despoina/f;Σταύρος/Stavros/m",
       "Παπαδόπουλος|Παπαδοπούλου/Papadopoulos|Papadopoulou;Οικονόμου/Oikonomou;Αντωνίου/Antoniou;Γεωργίου/Georgiou;"
       "Κωνσταντίνου/Konstantinou", "otenet.gr gmail.com yahoo.gr", "gr"),
    _c("za", "Thandiwe/f;Sipho/m;Lerato/f;Bongani/m;Nomvula/f;Pieter/m",
       "Dlamini;Mokoena;van Wyk;Ndlovu;Botha;Khumalo", "mweb.co.za gmail.com telkomsa.net", "za"),
    _c("cl", "Javiera/f;Benjamín/Benjamin/m;Antonia/f;Matías/Matias/m;Catalina/f;Tomás/Tomas/m",
       "Muñoz/Munoz;Rojas;Soto;Contreras;Fuentes;Vergara", "gmail.com vtr.net", "cl"),
    _c("au", "Tahlia/f;Lachlan/m;Sienna/f;Hamish/m;Matilda/f;Bailey/m",
       "McAllister;Bramwell;O'Loughlin;Tregear;Fitzgibbon;Whitelaw", "bigpond.com gmail.com optusnet.com.au", "au"),
    _c("ph", "Maricel/f;Jericho/m;Kristine/f;Rommel/m;Lovely/f;Jomar/m",
       "Dela Cruz;Bautista;Villanueva;Manalo;Santiago;Pascual", "yahoo.com gmail.com", "ph"),
)}


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Person:
    first: str  # native script
    last: str
    first_latin: str
    last_latin: str
    gender: str
    culture: str
    family_first: bool

    @property
    def full(self) -> str:
        if self.family_first:
            sep = "" if self.culture in ("cn", "jp", "kr") else " "
            return f"{self.last}{sep}{self.first}"
        return f"{self.first} {self.last}"

    @property
    def full_latin(self) -> str:
        return f"{self.first_latin} {self.last_latin}"


def all_private_names() -> set[str]:
    """Every full name the pools can form (native and latin): no benign string may hold one."""
    names: set[str] = set()
    for c in CULTURES.values():
        for fn, fl, g in c.firsts:
            for ln, ll in c.lasts:
                lnn = ln.split("|")[0 if g == "m" else -1]
                lll = ll.split("|")[0 if g == "m" else -1]
                names.add(f"{fl} {lll}")
                names.add(f"{lnn}{'' if c.code in ('cn', 'jp', 'kr') else ' '}{fn}" if c.family_first else f"{fn} {lnn}")
    return names


# --------------------------------------------------------------------------------------------
# Values: every generator records (kind, canonical, surface) so the self-check can re-verify it
# --------------------------------------------------------------------------------------------

PUBLIC_V4_FIRST = [o for o in range(1, 224) if o not in (10, 100, 127, 169, 172, 192, 198, 203)]
SSN_BANNED = {"078051120", "219099999", "123456789", "111111111", "987654320"}
NANP_SKIP = {"211", "311", "411", "511", "611", "711", "811", "911", "555"}
PHONE_FORMATS: dict[str, Callable[["Gen"], str]] = {}  # per-country formats, registered below the class


class Gen:
    """Random values with real shapes and check digits; `planted` lists what the record holds."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.planted: list[tuple[str, str, str]] = []

    # ---- small helpers
    def d(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def nz(self, n: int) -> str:  # n digits, first not zero
        return self.r.choice("123456789") + self.d(n - 1)

    def pick(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def plant(self, kind: str, canonical: str, surface: str) -> str:
        self.planted.append((kind, canonical, surface))
        return surface

    # ---- people
    def person(self, culture: str | None = None, gender: str | None = None) -> Person:
        c = CULTURES[culture or self.pick(sorted(CULTURES))]
        firsts = [f for f in c.firsts if gender is None or f[2] == gender]
        fn, fl, g = self.pick(firsts)
        ln, ll = self.pick(c.lasts)
        idx = 0 if g == "m" else -1
        return Person(fn, ln.split("|")[idx], fl, ll.split("|")[idx], g, c.code, c.family_first)

    def name(self, p: Person, form: str = "full") -> str:
        surface = {"full": p.full, "latin": p.full_latin, "first": p.first, "first_latin": p.first_latin,
                   "last": p.last, "upper": p.full_latin.upper(), "comma": f"{p.last_latin}, {p.first_latin}"}[form]
        return self.plant("person", p.full_latin, surface)

    def email(self, p: Person, domain: str | None = None) -> str:
        first = re.sub(r"[^a-z]", "", _ascii(p.first_latin).lower())
        last = re.sub(r"[^a-z]", "", _ascii(p.last_latin).lower())
        dom = domain or self.pick(CULTURES[p.culture].mail)
        if dom in ("qq.com",) and self.r.random() < 0.6:
            local = self.nz(self.r.randint(8, 10))
        else:
            local = self.pick([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{self.d(2)}",
                               f"{last}.{first}", f"{first}{self.d(4)}", f"{first}.{last[0]}", f"{last}{first[0]}"])
        return self.plant("email", f"{local}@{dom}", f"{local}@{dom}")

    # ---- phones
    def phone(self, key: str | None = None, ext: bool = False) -> str:
        key = key or self.pick(sorted(PHONE_FORMATS))
        surface = PHONE_FORMATS[key](self)
        if ext:
            local = {"de": [f"-{self.d(3)}", f" Durchwahl {self.d(3)}"], "fr": [f" poste {self.d(3)}"]}.get(key, [])
            surface += self.pick(local or [f" x{self.d(4)}", f" ext. {self.d(3)}", f" ext {self.d(4)}", f" (ext. {self.d(2)})",
                                           f";ext={self.d(3)}", f" x{self.d(2)}"])
        return self.plant("phone", re.sub(r"\D", "", surface), surface)

    def nanp(self) -> tuple[str, str, str]:
        while True:
            area = self.r.choice("23456789") + self.d(2)
            exch = self.r.choice("23456789") + self.d(2)
            if area not in NANP_SKIP and exch not in NANP_SKIP:
                return area, exch, self.d(4)

    # ---- cards
    def card(self, brand: str | None = None, sep: str | None = None) -> str:
        brand = brand or self.pick(["visa", "visa", "mc", "mc", "amex", "discover", "jcb", "maestro"])
        prefix, length = {"visa": ("4", 16), "mc": (self.pick(["51", "52", "53", "54", "55", "2221", "2720", "23"]), 16),
                          "amex": (self.pick(["34", "37"]), 15), "discover": (self.pick(["6011", "65"]), 16),
                          "jcb": ("35" + self.pick(["28", "41", "66", "89"]), 16),
                          "maestro": (self.pick(["6759", "5018", "6304"]), 19 if self.r.random() < 0.3 else 16)}[brand]
        payload = prefix + self.d(length - 1 - len(prefix))
        digits = payload + luhn_digit(payload)
        sep = sep if sep is not None else self.pick([" ", " ", "-", "", " "])
        if length == 15:
            groups = [digits[:4], digits[4:10], digits[10:]]
        else:
            groups = [digits[i:i + 4] for i in range(0, length, 4)]
        return self.plant("credit_card", digits, sep.join(groups))

    # ---- US SSN
    def ssn_digits(self) -> str:
        while True:
            area = self.r.randint(1, 899)
            if area == 666:
                continue
            s = f"{area:03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"
            if s not in SSN_BANNED:
                return s

    def ssn(self, sep: str | None = None) -> str:
        s = self.ssn_digits()
        sep = sep if sep is not None else self.pick(["-", "-", "-", " ", ""])
        return self.plant("ssn", s, f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}")

    # ---- IBAN
    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        country = country or self.pick(sorted(IBAN_SPECS))
        shape = IBAN_SPECS[country]
        if country in BANK_LETTERS and shape.startswith("aaaa"):
            bban = self.pick(BANK_LETTERS[country]) + "".join(self._shape_char(ch) for ch in shape[4:])
        else:
            bban = "".join(self._shape_char(ch) for ch in shape)
        iban = country + iban_check(country, bban) + bban
        grouped = self.r.random() < 0.65 if grouped is None else grouped
        surface = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if grouped else iban
        return self.plant("iban", iban, surface)

    def _shape_char(self, ch: str) -> str:
        if ch == "n":
            return self.pick(string.digits)
        if ch == "a":
            return self.pick(string.ascii_uppercase)
        return self.pick(string.digits * 3 + string.ascii_uppercase)

    # ---- addresses, dates, IPs
    def ipv4(self) -> str:
        ip = f"{self.pick(PUBLIC_V4_FIRST)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return self.plant("ip", ip, ip)

    def ipv6(self) -> str:
        head = self.pick(["2a02", "2a01", "2600", "2607", "2405", "2804", "2a00", "2406"])
        parts = [head] + [f"{self.r.randint(0, 0xffff):x}" for _ in range(3)]
        ip = ":".join(parts) + "::" + f"{self.r.randint(1, 0xffff):x}"
        return self.plant("ip", ip, ip)

    def birth(self, lo: int = 1941, hi: int = 2006) -> tuple[int, int, int]:
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def dob(self, lang: str = "en", ymd: tuple[int, int, int] | None = None) -> str:
        y, m, d = ymd or self.birth()
        months = {"en": "January February March April May June July August September October November December",
                  "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
                  "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
                  "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
                  "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
                  "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
                  "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
                  "nl": "januari februari maart april mei juni juli augustus september oktober november december"}
        if lang in ("ja", "zh"):
            surface = f"{y}年{m}月{d}日"
        elif lang == "ko":
            surface = f"{y}년 {m}월 {d}일"
        elif lang in months:
            name = months[lang].split()[m - 1]
            surface = self.pick([f"{d} {name} {y}", f"{d}. {name} {y}" if lang == "de" else f"{d} de {name} de {y}"
                                 if lang in ("es", "pt") else f"{d} {name} {y}"])
            if lang == "en":
                surface = self.pick([f"{name} {d}, {y}", f"{d} {name} {y}", f"{name[:3]} {d} {y}"])
        elif lang == "us":
            surface = self.pick([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{m}-{d}-{y}"])
        elif lang == "iso":
            surface = f"{y}-{m:02d}-{d:02d}"
        elif lang == "hl7":
            surface = f"{y}{m:02d}{d:02d}"
        else:  # day-first numeric
            surface = self.pick([f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}-{m:02d}-{y}"])
        return self.plant("dob", f"{y}-{m:02d}-{d:02d}", surface)

    def address(self, culture: str) -> str:
        """A home address in the culture's own layout (streets and towns from ADDRESSES)."""
        streets, towns, layout = ADDRESSES[culture]
        r = self.r
        fields = {"street": self.pick(streets), "town": self.pick(towns), "no": r.randint(1, 180), "apt": r.randint(1, 40),
                  "big": r.randint(101, 1804), "floor": r.randint(1, 9), "d2": self.d(2), "d3": self.d(3), "d4": self.d(4),
                  "d5": self.d(5), "sfx": self.pick(["", "", "a", "b"]), "unit": self.pick(["", "", f", Apt {r.randint(1, 40)}B",
                                                                                          f" Unit {r.randint(100, 420)}"]),
                  "flat": self.pick(["", "", f"Flat {r.randint(1, 12)}, "]), "l1": self.pick("ABDEFGHJLNPQRSTUWXYZ"),
                  "l2": self.pick("ABDEFGHJLNPQRSTUWXYZ"), "side": self.pick(["izq.", "dcha.", "B", "C"]),
                  "nl": self.pick(["I", "II", "hs", "A"]), "pc": self.pick(["GC", "KL", "BT", "RZ"]), "blk": self.pick("ABC"),
                  "house": self.pick(["コーポ青山", "メゾン桜", "グランハイツ"]), "b1": r.randint(1, 6), "b2": r.randint(1, 20),
                  "cross": r.randint(4, 18)}
        surface = layout.format(**fields)
        return self.plant("address", surface, surface)

    # ---- national identifiers (kind, surface); each kind's validator is in VALIDATORS
    def national_id(self, kind: str) -> str:
        r = self.r
        if kind == "dni":
            num = self.d(8)
            canon = num + "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23]
            surface = canon if r.random() < 0.6 else f"{num}-{canon[-1]}"
        elif kind == "nie":
            head = self.pick("XYZ")
            num = self.d(7)
            canon = head + num + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(head)) + num) % 23]
            surface = canon if r.random() < 0.5 else f"{head}-{num}-{canon[-1]}"
        elif kind == "pesel":
            y, m, d = self.birth(1950, 2008)
            mm = m + (20 if y >= 2000 else 0)
            body = f"{y % 100:02d}{mm:02d}{d:02d}{self.d(4)}"
            w = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
            canon = body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)
            surface = canon
        elif kind == "bsn":
            while True:
                body = self.nz(8)
                last = sum(int(a) * (9 - i) for i, a in enumerate(body)) % 11
                if last < 10:
                    canon = body + str(last)
                    break
            surface = canon if r.random() < 0.6 else f"{canon[:4]}.{canon[4:6]}.{canon[6:]}"
        elif kind == "cpf":
            body = self.d(9)
            d1 = sum(int(a) * (10 - i) for i, a in enumerate(body)) * 10 % 11 % 10
            d2 = sum(int(a) * (11 - i) for i, a in enumerate(body + str(d1))) * 10 % 11 % 10
            canon = f"{body}{d1}{d2}"
            surface = f"{canon[:3]}.{canon[3:6]}.{canon[6:9]}-{canon[9:]}" if r.random() < 0.8 else canon
        elif kind == "aadhaar":
            body = self.r.choice("23456789") + self.d(10)
            canon = body + verhoeff_digit(body)
            surface = f"{canon[:4]} {canon[4:8]} {canon[8:]}" if r.random() < 0.75 else canon
        elif kind == "personnummer":
            y, m, d = self.birth(1945, 2004)
            body = f"{y % 100:02d}{m:02d}{d:02d}{self.d(3)}"
            canon = body + luhn_digit(body)
            surface = self.pick([f"{canon[:6]}-{canon[6:]}", f"{y}{m:02d}{d:02d}-{canon[6:]}"])
        elif kind == "hetu":
            y, m, d = self.birth(1945, 2008)
            sign = "-" if y < 2000 else "A"
            ind = f"{self.r.randint(2, 899):03d}"
            canon = f"{d:02d}{m:02d}{y % 100:02d}{sign}{ind}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:02d}{m:02d}{y % 100:02d}{ind}") % 31]
            surface = canon
        elif kind == "tckn":
            while True:
                ds = [int(self.r.choice("123456789"))] + [int(c) for c in self.d(8)]
                d10 = ((sum(ds[0:9:2]) * 7) - sum(ds[1:8:2])) % 10
                d11 = (sum(ds) + d10) % 10
                canon = "".join(map(str, ds)) + f"{d10}{d11}"
                break
            surface = canon
        elif kind == "cn_rid":
            y, m, d = self.birth(1955, 2004)
            body = self.pick(["110101", "310104", "440305", "510107", "330106", "420111"]) + f"{y}{m:02d}{d:02d}" + self.d(3)
            w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
            canon = body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
            surface = canon
        elif kind == "rrn":
            y, m, d = self.birth(1950, 2006)
            g = self.pick("12") if y < 2000 else self.pick("34")
            body = f"{y % 100:02d}{m:02d}{d:02d}{g}{self.d(5)}"
            w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
            canon = body + str((11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10)
            surface = f"{canon[:6]}-{canon[6:]}"
        elif kind == "nric":
            head = self.pick("ST")
            body = self.d(7)
            total = sum(int(a) * b for a, b in zip(body, (2, 7, 6, 5, 4, 3, 2))) + (4 if head == "T" else 0)
            canon = head + body + "JZIHGFEDCBA"[total % 11]
            surface = canon
        elif kind == "nir":
            y, m, _ = self.birth(1945, 2004)
            body = f"{self.pick('12')}{y % 100:02d}{m:02d}{self.pick(['75', '69', '13', '33', '59', '44', '31'])}{self.d(3)}{self.d(3)}"
            key = 97 - int(body) % 97
            canon = f"{body}{key:02d}"
            surface = f"{canon[0]} {canon[1:3]} {canon[3:5]} {canon[5:7]} {canon[7:10]} {canon[10:13]} {canon[13:]}" if r.random() < 0.7 else canon
        elif kind == "fnr":
            while True:
                y, m, d = self.birth(1945, 1999)
                body = f"{d:02d}{m:02d}{y % 100:02d}{self.r.randint(0, 499):03d}"
                k1 = 11 - mod11_weighted(body, (3, 7, 6, 1, 8, 9, 4, 5, 2))
                k1 = 0 if k1 == 11 else k1
                if k1 == 10:
                    continue
                k2 = 11 - mod11_weighted(body + str(k1), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
                k2 = 0 if k2 == 11 else k2
                if k2 == 10:
                    continue
                canon = f"{body}{k1}{k2}"
                break
            surface = canon if r.random() < 0.6 else f"{canon[:6]} {canon[6:]}"
        elif kind == "sin":
            body = self.r.choice("1234567") + self.d(7)
            canon = body + luhn_digit(body)
            surface = f"{canon[:3]} {canon[3:6]} {canon[6:]}" if r.random() < 0.6 else f"{canon[:3]}-{canon[3:6]}-{canon[6:]}"
        elif kind == "za_id":
            y, m, d = self.birth(1950, 2004)
            body = f"{y % 100:02d}{m:02d}{d:02d}{self.d(4)}{self.pick('01')}8"
            canon = body + luhn_digit(body)
            surface = canon
        elif kind == "mynumber":
            body = self.d(11)
            total = sum(int(body[10 - (n - 1)]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
            rem = total % 11
            canon = body + str(0 if rem <= 1 else 11 - rem)
            surface = f"{canon[:4]} {canon[4:8]} {canon[8:]}" if r.random() < 0.5 else canon
        elif kind == "rut":
            body = str(self.r.randint(6_000_000, 26_999_999))
            total = sum(int(a) * w for a, w in zip(reversed(body), (2, 3, 4, 5, 6, 7) * 2))
            dv = 11 - total % 11
            dv_s = "0" if dv == 11 else "K" if dv == 10 else str(dv)
            canon = f"{body}{dv_s}"
            surface = f"{int(body):,}".replace(",", ".") + f"-{dv_s}"
        elif kind == "be_nn":
            y, m, d = self.birth(1945, 1999)
            body = f"{y % 100:02d}{m:02d}{d:02d}{self.r.randint(1, 997):03d}"
            canon = f"{body}{97 - int(body) % 97:02d}"
            surface = f"{canon[:2]}.{canon[2:4]}.{canon[4:6]}-{canon[6:9]}.{canon[9:]}"
        else:
            raise KeyError(kind)
        return self.plant(kind, canon, surface)

    # ---- health identifiers
    def health_id(self, kind: str) -> str:
        if kind == "nhs":
            while True:
                body = self.r.choice("456789") + self.d(8)
                chk = 11 - sum(int(a) * (10 - i) for i, a in enumerate(body)) % 11
                chk = 0 if chk == 11 else chk
                if chk != 10:
                    canon = body + str(chk)
                    break
            surface = f"{canon[:3]} {canon[3:6]} {canon[6:]}" if self.r.random() < 0.7 else canon
        elif kind == "kvnr":
            letter = self.pick(string.ascii_uppercase)
            body = self.d(8)
            digits = f"{ord(letter) - 64:02d}" + body
            total = 0
            for i, ch in enumerate(digits):
                p = int(ch) * (1 if i % 2 == 0 else 2)
                total += p // 10 + p % 10
            canon = letter + body + str(total % 10)
            surface = canon
        elif kind == "medicare_au":
            body = self.r.choice("23456") + self.d(7)
            chk = sum(int(a) * w for a, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
            canon = f"{body}{chk}{self.r.randint(1, 9)}"
            surface = f"{canon[:4]} {canon[4:9]} {canon[9]}"
        elif kind == "mbi":
            letters = "ACDEFGHJKMNPQRTUVWXY"
            an = letters + string.digits
            canon = (self.r.choice("123456789") + self.pick(letters) + self.pick(an) + self.pick(string.digits) + self.pick(letters)
                     + self.pick(an) + self.pick(string.digits) + self.pick(letters) + self.pick(letters) + self.d(2))
            surface = f"{canon[:4]}-{canon[4:7]}-{canon[7:]}" if self.r.random() < 0.5 else canon
        elif kind == "mrn":
            canon = self.pick(["", "", "MRN", "E", "H"]) + self.d(self.r.randint(7, 9))
            surface = canon
        elif kind == "member":  # US insurer member id
            canon = self.pick(["XEH", "W", "ZGP", "JQU", "MKB"]) + self.d(9)
            surface = canon
        elif kind == "carte_vitale":
            return self.national_id("nir")
        else:
            raise KeyError(kind)
        return self.plant(kind, canon, surface)

    # ---- passports
    def passport_number(self, country: str) -> str:
        letters = string.ascii_uppercase
        canon = {"US": lambda: self.r.choice("56") + self.d(8), "GB": lambda: self.r.choice("12356") + self.d(8),
                 "DE": lambda: "C" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
                 "IN": lambda: self.pick("JKLMNPRSTUVZ") + self.nz(7),
                 "FR": lambda: self.d(2) + self.pick(letters) + self.pick(letters) + self.d(5),
                 "ES": lambda: "".join(self.pick(letters) for _ in range(3)) + self.d(6),
                 "JP": lambda: self.pick(["TK", "TR", "MU", "TZ"]) + self.d(7), "CN": lambda: "E" + self.d(8),
                 "BR": lambda: self.pick(["FX", "GA", "YB"]) + self.d(6), "NG": lambda: "A" + self.d(8),
                 "KR": lambda: "M" + self.d(8), "IT": lambda: self.pick(["YA", "YB", "AA"]) + self.d(7)}[country]()
        return self.plant("passport", canon, canon)

    def mrz(self, p: Person, country: str, ymd: tuple[int, int, int]) -> tuple[str, str]:
        number = self.passport_number(country)
        self.planted.pop()
        surname = re.sub(r"[^A-Z]", "<", _ascii(p.last_latin).upper())
        given = re.sub(r"[^A-Z]", "<", _ascii(p.first_latin).upper())
        line1 = f"P<{country if len(country) == 3 else ISO3[country]}{surname}<<{given}".ljust(44, "<")[:44]
        num9 = number.ljust(9, "<")[:9]
        y, m, d = ymd
        dob = f"{y % 100:02d}{m:02d}{d:02d}"
        exp = f"{self.r.randint(27, 35)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        personal = "<" * 14
        nat = ISO3[country]
        parts = [num9 + mrz_digit(num9), nat, dob + mrz_digit(dob), "M" if p.gender == "m" else "F", exp + mrz_digit(exp),
                 personal + "0"]
        composite = parts[0] + parts[2] + parts[4] + parts[5]
        line2 = "".join(parts) + mrz_digit(composite)
        self.plant("mrz", line2, line2)
        return line1, line2


ADDRESSES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {  # culture: (streets, towns, layout)
    "us": (("Maple St", "Juniper Ridge Dr", "Old Mill Rd", "Cottonwood Ln", "Larkspur Ct", "Sycamore Hollow Way",
            "Weatherstone Ave", "N Bellflower Blvd", "Quail Run Cir"),
           ("Dayton, OH 454", "Boise, ID 837", "Tacoma, WA 984", "Chattanooga, TN 374", "Lubbock, TX 794", "Fresno, CA 937",
            "Des Moines, IA 503", "Allentown, PA 181", "Savannah, GA 314"), "{big} {street}{unit}, {town}{d2}"),
    "uk": (("Beechwood Road", "Albany Terrace", "Mill Lane", "Harrowby Close", "St Agnes Crescent", "Wellfield Grove"),
           ("Leeds LS6", "Bristol BS7", "Norwich NR2", "Sheffield S11", "Cardiff CF24", "Glasgow G12", "Exeter EX4"),
           "{flat}{no} {street}, {town} {floor}{l1}{l2}"),
    "au": (("Banksia Street", "Wattle Grove", "Ironbark Close"), ("Brunswick VIC 3056", "Paddington QLD 4064", "Fremantle WA 6160"),
           "{no} {street}, {town}"),
    "de": (("Lindenstraße", "Am Mühlbach", "Hauptstr.", "Kastanienallee", "Gartenweg", "Schillerstraße"),
           ("04109 Leipzig", "93047 Regensburg", "24103 Kiel", "79098 Freiburg", "44135 Dortmund", "99084 Erfurt"),
           "{street} {no}{sfx}, {town}"),
    "fr": (("rue des Acacias", "allée des Tilleuls", "avenue Jean Jaurès", "impasse du Moulin", "chemin des Vignes"),
           ("69003 Lyon", "44300 Nantes", "31400 Toulouse", "59000 Lille", "35000 Rennes"), "{no} {street}, {town}"),
    "es": (("Mayor", "del Pez", "San Vicente", "Almendros", "Doctor Fleming"),
           ("28013 Madrid", "46002 València", "48005 Bilbao", "41003 Sevilla", "50001 Zaragoza"), "C/ {street} {no}, {floor}º {side}, {town}"),
    "br": (("das Laranjeiras", "Augusta", "Padre Chagas", "dos Andradas", "Tabapuã"),
           ("São Paulo - SP", "Rio de Janeiro - RJ", "Porto Alegre - RS", "Recife - PE"), "Rua {street}, {big}, apto {no} - {town}, {d5}-{d3}"),
    "it": (("dei Mille", "Garibaldi", "San Felice", "Roma", "delle Rose"), ("40125 Bologna", "10128 Torino", "80134 Napoli", "50122 Firenze"),
           "Via {street} {no}, {town}"),
    "nl": (("Kerkstraat", "Prinsengracht", "Dorpsweg", "Molenlaan"), ("Amsterdam", "Utrecht", "Zwolle", "Haarlem"),
           "{street} {no}-{nl}, 1{d3} {pc} {town}"),
    "pl": (("Długa", "Ogrodowa", "Słoneczna", "Lipowa"), ("80-831 Gdańsk", "30-001 Kraków", "60-101 Poznań", "50-020 Wrocław"),
           "ul. {street} {no}/{apt}, {town}"),
    "se": (("Storgatan", "Kyrkvägen", "Björkvägen", "Sjögatan"), ("753 30 Uppsala", "411 04 Göteborg", "582 24 Linköping", "902 40 Umeå"),
           "{street} {no} {blk}, {town}"),
    "jp": (("東京都渋谷区神宮前", "大阪府大阪市北区中崎", "福岡県福岡市中央区大名", "札幌市中央区南三条西"), ("",),
           "〒{d3}-{d4} {street}{b1}-{b2}-{floor} {house}{big}"),
    "cn": (("上海市徐汇区漕溪北路", "北京市海淀区学院路", "广州市天河区体育东路", "成都市武侯区科华北路"), ("",),
           "{street}{no}弄{apt}号{big}室"),
    "kr": (("서울특별시 마포구 월드컵북로", "부산광역시 해운대구 센텀중앙로", "대전광역시 유성구 대학로"), ("",), "{street} {no}, {big}호"),
    "ru": (("Баумана", "Садовая", "Лесная", "Гагарина"), ("Казань", "Самара", "Екатеринбург", "Новосибирск"),
           "г. {town}, ул. {street}, д. {no}, кв. {apt}"),
    "in": (("Sai Krupa Apartments", "Shanti Niketan Society", "Green Glen Layout"),
           ("Indiranagar, Bengaluru 5600", "Kothrud, Pune 4110", "Salt Lake, Kolkata 7000"), "Flat {big}, {street}, {cross}th Cross, {town}{d2}"),
    "tr": (("Bağdat Cad.", "Atatürk Bulvarı", "Gül Sok."), ("34728 Kadıköy/İstanbul", "06420 Çankaya/Ankara", "35220 Konak/İzmir"),
           "{street} No:{no} D:{apt}, {town}"),
    "sa": (("الأمير سلطان", "التحلية", "الورود"), ("الرياض", "جدة", "الدمام"), "حي النخيل، شارع {street}، مبنى {no}، {town} {d5}"),
    "gr": (("Οδός Ερμού", "Λεωφόρος Αλεξάνδρας", "Οδός Πατησίων"), ("Αθήνα", "Θεσσαλονίκη", "Πάτρα"), "{street} {no}, {d3} {d2} {town}"),
    "vn": (("Trần Duy Hưng", "Lê Văn Sỹ", "Nguyễn Trãi"), ("Cầu Giấy, Hà Nội", "Quận 3, TP.HCM", "Thanh Xuân, Hà Nội"),
           "Số {no} ngõ {apt} {street}, {town}"),
    "id": (("Kenanga", "Melati", "Cempaka Putih"), ("Bandung", "Depok", "Surabaya"), "Jl. {street} No. {no}, RT 0{floor}/RW 0{b1}, {town} {d5}"),
    "za": (("Jacaranda Street", "Protea Road", "Acacia Avenue"), ("Sunnyside, Pretoria", "Observatory, Cape Town", "Melville, Johannesburg"),
           "{no} {street}, {town}, {d4}"),
}
for _alias, _base in (("ng", "us"), ("ph", "us"), ("mx", "es"), ("cl", "es"), ("no", "se"), ("fi", "se"), ("ua", "ru"), ("ar", "sa")):
    ADDRESSES[_alias] = ADDRESSES[_base]


ISO3 = {"US": "USA", "GB": "GBR", "DE": "D<<", "IN": "IND", "FR": "FRA", "ES": "ESP", "JP": "JPN", "CN": "CHN",
        "BR": "BRA", "NG": "NGA", "KR": "KOR", "IT": "ITA"}


def _reg(key: str, fn: Callable[[Gen], str]) -> None:
    PHONE_FORMATS[key] = fn


def _us(g: Gen) -> str:
    a, e, x = g.nanp()
    return g.pick([f"({a}) {e}-{x}", f"{a}-{e}-{x}", f"{a}.{e}.{x}", f"+1 {a} {e} {x}", f"1-{a}-{e}-{x}",
                   f"{a}{e}{x}", f"+1 ({a}) {e}-{x}"])


_reg("us", _us)
_reg("uk", lambda g: g.pick([f"07{g.r.choice('4589')}{g.d(2)} {g.d(6)}", f"+44 7{g.r.choice('4589')}{g.d(2)} {g.d(6)}",
                             f"0113 {g.r.choice('2345')}{g.d(2)} {g.d(4)}", f"+44 (0)20 {g.r.choice('38')}{g.d(3)} {g.d(4)}"]))
_reg("de", lambda g: g.pick([f"0{g.pick(['151', '152', '157', '160', '162', '170', '176', '179'])} {g.d(8)}",
                             f"+49 {g.pick(['151', '171', '176'])} {g.d(4)} {g.d(4)}", f"030 {g.nz(7)}",
                             f"089/{g.nz(8)}", f"+49 (0)40 {g.nz(3)} {g.d(2)} {g.d(3)}"]))
_reg("fr", lambda g: g.pick([f"0{g.pick('67')} {g.d(2)} {g.d(2)} {g.d(2)} {g.d(2)}",
                             f"+33 {g.pick('67')} {g.d(2)} {g.d(2)} {g.d(2)} {g.d(2)}", f"04.{g.d(2)}.{g.d(2)}.{g.d(2)}.{g.d(2)}"]))
_reg("es", lambda g: g.pick([f"+34 6{g.d(2)} {g.d(3)} {g.d(3)}", f"6{g.d(2)} {g.d(2)} {g.d(2)} {g.d(2)}", f"91 {g.d(3)} {g.d(2)} {g.d(2)}"]))
_reg("mx", lambda g: g.pick([f"+52 55 {g.d(4)} {g.d(4)}", f"33 {g.d(4)} {g.d(4)}", f"+52 1 81 {g.d(4)} {g.d(4)}"]))
_reg("br", lambda g: g.pick([f"({g.pick(['11', '21', '31', '51', '81'])}) 9{g.d(4)}-{g.d(4)}",
                             f"+55 {g.pick(['11', '21', '41'])} 9{g.d(4)}-{g.d(4)}", f"11 9{g.d(4)}{g.d(4)}"]))
_reg("it", lambda g: g.pick([f"+39 3{g.d(2)} {g.d(3)} {g.d(4)}", f"3{g.d(2)} {g.d(7)}", f"06 {g.d(4)} {g.d(4)}"]))
_reg("nl", lambda g: g.pick([f"06-{g.d(8)}", f"+31 6 {g.d(8)}", f"+31 (0)20 {g.d(3)} {g.d(4)}"]))
_reg("pl", lambda g: g.pick([f"+48 {g.pick('5678')}{g.d(2)} {g.d(3)} {g.d(3)}", f"{g.pick('5678')}{g.d(2)}-{g.d(3)}-{g.d(3)}"]))
_reg("se", lambda g: g.pick([f"070-{g.d(3)} {g.d(2)} {g.d(2)}", f"+46 7{g.pick('0236')} {g.d(3)} {g.d(2)} {g.d(2)}"]))
_reg("fi", lambda g: g.pick([f"040 {g.d(3)} {g.d(4)}", f"+358 50 {g.d(7)}"]))
_reg("no", lambda g: g.pick([f"+47 {g.pick('49')}{g.d(2)} {g.d(2)} {g.d(3)}", f"{g.pick('49')}{g.d(2)} {g.d(2)} {g.d(3)}"]))
_reg("tr", lambda g: g.pick([f"0532 {g.d(3)} {g.d(2)} {g.d(2)}", f"+90 5{g.d(2)} {g.d(3)} {g.d(4)}"]))
_reg("ru", lambda g: g.pick([f"+7 (9{g.d(2)}) {g.d(3)}-{g.d(2)}-{g.d(2)}", f"8 9{g.d(2)} {g.d(3)} {g.d(2)} {g.d(2)}"]))
_reg("ua", lambda g: g.pick([f"+380 {g.pick(['50', '63', '67', '93'])} {g.d(3)} {g.d(4)}", f"0{g.pick(['67', '95'])} {g.d(3)} {g.d(2)} {g.d(2)}"]))
_reg("cn", lambda g: g.pick([f"1{g.pick('3589')}{g.d(1)} {g.d(4)} {g.d(4)}", f"+86 1{g.pick('3589')}{g.d(1)}-{g.d(4)}-{g.d(4)}",
                             f"1{g.pick('3589')}{g.d(9)}"]))
_reg("jp", lambda g: g.pick([f"0{g.pick('789')}0-{g.d(4)}-{g.d(4)}", f"+81 {g.pick('789')}0-{g.d(4)}-{g.d(4)}", f"03-{g.d(4)}-{g.d(4)}"]))
_reg("kr", lambda g: g.pick([f"010-{g.d(4)}-{g.d(4)}", f"+82 10-{g.d(4)}-{g.d(4)}", f"02-{g.d(3)}-{g.d(4)}"]))
_reg("in", lambda g: g.pick([f"+91 {g.pick('6789')}{g.d(4)} {g.d(5)}", f"0{g.pick('6789')}{g.d(4)} {g.d(5)}", f"{g.pick('6789')}{g.d(9)}"]))
_reg("sa", lambda g: g.pick([f"+966 5{g.d(1)} {g.d(3)} {g.d(4)}", f"05{g.d(1)} {g.d(3)} {g.d(4)}", f"+20 10 {g.d(4)} {g.d(4)}"]))
_reg("ng", lambda g: g.pick([f"+234 {g.pick(['803', '806', '813', '905'])} {g.d(3)} {g.d(4)}", f"0{g.pick(['803', '816', '706'])} {g.d(3)} {g.d(4)}"]))
_reg("za", lambda g: g.pick([f"+27 {g.pick(['82', '83', '72', '61'])} {g.d(3)} {g.d(4)}", f"0{g.pick(['82', '73'])} {g.d(3)} {g.d(4)}"]))
_reg("au", lambda g: g.pick([f"04{g.d(2)} {g.d(3)} {g.d(3)}", f"+61 4{g.d(2)} {g.d(3)} {g.d(3)}", f"(02) {g.d(4)} {g.d(4)}"]))
_reg("vn", lambda g: g.pick([f"09{g.d(1)} {g.d(3)} {g.d(2)} {g.d(2)}", f"+84 9{g.d(1)} {g.d(3)} {g.d(4)}"]))
_reg("id", lambda g: g.pick([f"08{g.pick('15')}{g.d(1)}-{g.d(4)}-{g.d(4)}", f"+62 8{g.pick('15')}{g.d(1)} {g.d(4)} {g.d(4)}"]))
_reg("gr", lambda g: g.pick([f"69{g.d(1)} {g.d(3)} {g.d(4)}", f"+30 69{g.d(1)} {g.d(3)} {g.d(4)}"]))
_reg("cl", lambda g: g.pick([f"+56 9 {g.d(4)} {g.d(4)}", f"9 {g.d(4)} {g.d(4)}"]))
_reg("ph", lambda g: g.pick([f"09{g.d(2)} {g.d(3)} {g.d(4)}", f"+63 9{g.d(2)} {g.d(3)} {g.d(4)}"]))


def _ssn_ok(s: str) -> bool:
    return len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000"


def _nric_ok(s: str) -> bool:
    total = sum(int(a) * b for a, b in zip(s[1:8], (2, 7, 6, 5, 4, 3, 2))) + (4 if s[0] == "T" else 0)
    return s[8] == "JZIHGFEDCBA"[total % 11]


def _mrz_ok(line2: str) -> bool:
    return (len(line2) == 44 and mrz_digit(line2[0:9]) == line2[9] and mrz_digit(line2[13:19]) == line2[19]
            and mrz_digit(line2[21:27]) == line2[27] and mrz_digit(line2[0:10] + line2[13:20] + line2[21:43]) == line2[43])


def _weighted(s: str, w: tuple[int, ...]) -> int:
    return sum(int(a) * b for a, b in zip(s, w))


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "credit_card": lambda s: 13 <= len(s) <= 19 and luhn_ok(s),
    "iban": iban_ok,
    "ssn": _ssn_ok,
    "dni": lambda s: s[-1] == "TRWAGMYFPDXBNJZSQVHLCKE"[int(s[:8]) % 23],
    "nie": lambda s: s[-1] == "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(s[0])) + s[1:8]) % 23],
    "pesel": lambda s: (10 - _weighted(s, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)) % 10) % 10 == int(s[10]),
    "bsn": lambda s: (_weighted(s[:8], (9, 8, 7, 6, 5, 4, 3, 2)) - int(s[8])) % 11 == 0,
    "cpf": lambda s: int(s[9]) == _weighted(s[:9], tuple(range(10, 1, -1))) * 10 % 11 % 10
                     and int(s[10]) == _weighted(s[:10], tuple(range(11, 1, -1))) * 10 % 11 % 10,
    "aadhaar": lambda s: len(s) == 12 and verhoeff_ok(s),
    "personnummer": lambda s: luhn_ok(s),
    "hetu": lambda s: s[-1] == "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(s[:6] + s[7:10]) % 31],
    "tckn": lambda s: int(s[9]) == (sum(int(c) for c in s[0:9:2]) * 7 - sum(int(c) for c in s[1:8:2])) % 10
                      and int(s[10]) == sum(int(c) for c in s[:10]) % 10,
    "cn_rid": lambda s: s[-1] == "10X98765432"[_weighted(s[:17], (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)) % 11],
    "rrn": lambda s: int(s[12]) == (11 - _weighted(s[:12], (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)) % 11) % 10,
    "nric": _nric_ok,
    "nir": lambda s: int(s[13:]) == 97 - int(s[:13]) % 97,
    "fnr": lambda s: (_weighted(s[:10], (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)) % 11 == 0
                      and _weighted(s, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)) % 11 == 0),
    "sin": luhn_ok,
    "za_id": lambda s: len(s) == 13 and luhn_ok(s),
    "mynumber": lambda s: int(s[11]) == (lambda r: 0 if r <= 1 else 11 - r)(
        sum(int(s[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12)) % 11),
    "rut": lambda s: s[-1] == (lambda t: "0" if t == 11 else "K" if t == 10 else str(t))(
        11 - sum(int(a) * w for a, w in zip(reversed(s[:-1]), (2, 3, 4, 5, 6, 7) * 2)) % 11),
    "be_nn": lambda s: int(s[9:]) == 97 - int(s[:9]) % 97,
    "nhs": lambda s: (lambda c: (0 if c == 11 else c) == int(s[9]))(11 - _weighted(s[:9], tuple(range(10, 1, -1))) % 11),
    "kvnr": lambda s: int(s[-1]) == sum((p // 10 + p % 10) for p in (int(ch) * (1 if i % 2 == 0 else 2) for i, ch in
                                                                     enumerate(f"{ord(s[0]) - 64:02d}" + s[1:9]))) % 10,
    "medicare_au": lambda s: _weighted(s[:8], (1, 3, 7, 9, 1, 3, 7, 9)) % 10 == int(s[8]),
    "mrz": _mrz_ok,
    "email": lambda s: re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", s) is not None,
    "ip": lambda s: re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}|[0-9a-f:]+", s) is not None,
    "phone": lambda s: 7 <= len(s) <= 20,
    "person": lambda s: " " in s or len(s) > 1,
    "mbi": lambda s: re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                                  r"[AC-HJKMNP-RT-Y]{2}\d{2}", s) is not None,
}


# --------------------------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------------------------

ENTITY = {"email": "email", "phone": "phone", "credit_card": "credit_card", "ssn": "ssn", "iban": "iban",
          "person": "person", "address": "LOCATION", "dob": "DATE_TIME", "ip": "IP_ADDRESS", "passport": "PASSPORT",
          "mrz": "PASSPORT", "nhs": "UK_NHS", "dni": "ES_NIF", "nie": "ES_NIE", "aadhaar": "IN_AADHAAR",
          "nric": "SG_NRIC_FIN", "pesel": "PL_PESEL", "medicare_au": "AU_MEDICARE", "rrn": "KR_RRN",
          "mrn": "MEDICAL_RECORD", "member": "HEALTH_INSURANCE", "kvnr": "HEALTH_INSURANCE", "mbi": "HEALTH_INSURANCE"}


def U(text: str | list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"role": "user", "content": text, **extra}


def S(text: str) -> dict[str, Any]:
    return {"role": "system", "content": text}


def A(text: str | None, **extra: Any) -> dict[str, Any]:
    return {"role": "assistant", "content": text, **extra}


def T(call_id: str, content: str) -> dict[str, Any]:
    return {"role": "tool", "tool_call_id": call_id, "content": content}


def call(call_id: str, name: str, args: dict[str, Any]) -> dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}


def fn_tool(name: str, description: str, props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "function", "function": {"name": name, "description": description, "parameters": {
        "type": "object", "properties": props, "required": required or list(props)}}}


@dataclass
class Draft:
    """What a template returns: the request, the language and the style it imitates."""
    body: dict[str, Any]
    lang: str
    style: str


def chat(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"model": "auto", "messages": list(messages), **extra}


def completion(prompt: str | list[str], **extra: Any) -> dict[str, Any]:
    return {"model": "auto", "prompt": prompt, **extra}


Template = Callable[[Gen], Draft]
SENSITIVE: dict[str, list[Template]] = {}
BENIGN: dict[str, list[Template]] = {}


def sensitive(category: str) -> Callable[[Template], Template]:
    def register(fn: Template) -> Template:
        SENSITIVE.setdefault(category, []).append(fn)
        return fn
    return register


def benign(category: str) -> Callable[[Template], Template]:
    def register(fn: Template) -> Template:
        BENIGN.setdefault(category, []).append(fn)
        return fn
    return register


def spell_digits(digits: str, lang: str = "en") -> str:
    words = {"en": "zero one two three four five six seven eight nine", "de": "null eins zwei drei vier fünf sechs sieben acht neun",
             "fr": "zéro un deux trois quatre cinq six sept huit neuf", "es": "cero uno dos tres cuatro cinco seis siete ocho nueve"}[lang].split()
    return " ".join(words[int(c)] for c in digits if c.isdigit())


FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def reform(g: Gen, surface: str) -> str:
    """The last planted value, written another way (spelled out, split, obfuscated)."""
    kind, canon, _ = g.planted.pop()
    return g.plant(kind, canon, surface)


# ============================================================================================
# Sensitive templates. Each writes one request the way a real client would send it.
# ============================================================================================

# ---- email ---------------------------------------------------------------------------------

@sensitive("email")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["us", "uk", "au", "ph"]))
    e = g.email(p)
    return Draft(chat(U(f"hi, i cant log in anymore. account is under {e}, the reset link never shows up "
                        f"(checked spam too). what else can i try before i call support")), "en", "support_chat")


@sensitive("email")
def _(g: Gen) -> Draft:
    p = g.person("de")
    n, e, ph = g.name(p), g.email(p), g.phone("de")
    mail = (f"Hallo zusammen,\n\nanbei die überarbeitete Präsentation für Donnerstag. Folie 7 ist noch zu voll, "
            f"da bin ich für Vorschläge offen.\n\nViele Grüße\n{n}\nTeamleitung Einkauf\n{e}\nMobil {ph}")
    return Draft(chat(U("Fasse die folgende Mail in zwei Sätzen auf Englisch zusammen:\n\n" + mail)), "de", "email_signature")


@sensitive("email")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["us", "uk", "in", "ng"]))
    n, e = g.name(p), g.email(p)
    thread = (f"sure, friday works for me. same link?\n\n> On Tue, 1 Dec 2026 at 09:14, {n} <{e}> wrote:\n"
              f"> Hey, something came up on my side, can we push the sync to Friday?\n> Sorry for the short notice!")
    return Draft(chat(U("make my reply (the top part) sound a bit more professional, keep it short:\n\n" + thread)),
                 "en", "quoted_reply")


@sensitive("email")
def _(g: Gen) -> Draft:
    p = g.person("fr")
    f, e = g.name(p, "first"), g.email(p)
    return Draft(chat(U(f"Pouvez-vous rédiger un court message pour informer {f} ({e}) que son inscription à l'atelier "
                        f"céramique du samedi est confirmée et qu'il faut apporter un tablier ?")), "fr", "back_office")


@sensitive("email")
def _(g: Gen) -> Draft:
    p = g.person("jp")
    e = g.email(p)
    return Draft(chat(U(f"次のアドレス宛てに送るお詫びメールを作ってください：{e}\nご注文の商品の発送が一週間ほど遅れることのお詫びです。"
                        f"丁寧すぎない感じでお願いします。")), "ja", "support_mail")


@sensitive("email")
def _(g: Gen) -> Draft:
    rows = []
    for day in (2, 5, 5, 9):
        p = g.person()
        rows.append(f"{g.name(p, 'latin')},{g.email(p)},2026-11-{day:02d}")
    csv = "name,email,signup_date\n" + "\n".join(rows)
    return Draft(chat(U(f"dedupe this by email and sort by signup date, output csv again\n\n{csv}")), "en", "csv")


@sensitive("email")
def _(g: Gen) -> Draft:
    p = g.person("br")
    e = g.email(p)
    return Draft(chat(U(f"oi, troquei meu email pra {e}, consegue me dizer como atualizo no app do banco? "
                        f"o antigo nem uso mais kkk")), "pt", "sms")


@sensitive("email")
def _(g: Gen) -> Draft:
    p = g.person("kr")
    n, e = g.name(p), g.email(p)
    return Draft(chat(U(f"{n}님 이메일 주소가 {e} 맞나요? 다음 주 회의 초대장을 보내야 하는데 초대 문구도 같이 써 주세요.")),
                 "ko", "office_chat")


@sensitive("email")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["pl", "se", "nl", "it"]))
    n, e = g.name(p, "latin"), g.email(p)
    code = (f"```python\n# Maintainer: {n} <{e}>\ndef parse_invoice(path):\n    rows = list(csv.DictReader(open(path)))\n"
            f"    return {{r['id']: float(r['total']) for r in rows}}\n```")
    return Draft(chat(U(f"{code}\nwhy does this raise KeyError: 'id' on some exports? the header looks fine in excel")),
                 "en", "code")


@sensitive("email")
def _(g: Gen) -> Draft:
    p = g.person("pl")
    e = g.email(p)
    return Draft(chat(U(f"Napisz krótką odpowiedź do klientki ({e}), że zwrot pieniędzy zostanie zaksięgowany "
                        f"w ciągu 5 dni roboczych. Bez zbędnych formułek.")), "pl", "support_mail")


@sensitive("email")
def _(g: Gen) -> Draft:
    p = g.person("ru")
    n, e = g.name(p), g.email(p)
    return Draft(chat(U(f"Переведи на английский подпись для письма:\n--\nС уважением,\n{n}\nбухгалтер ООО «Северный ветер»\n{e}")),
                 "ru", "email_signature")


# ---- phone ---------------------------------------------------------------------------------

@sensitive("phone")
def _(g: Gen) -> Draft:
    ph = g.phone("us")
    return Draft(chat(U(f"can u write a short text to my mom, she needs to call the pharmacy back at {ph} before 6, "
                        f"shes not great w tech so keep it simple")), "en", "sms")


@sensitive("phone")
def _(g: Gen) -> Draft:
    ph = g.phone("us", ext=True)
    return Draft(chat(U(f"Rewrite this voicemail greeting so it sounds friendlier: \"You've reached the claims desk. "
                        f"Leave your policy number. For urgent matters my direct line is {ph}.\"")), "en", "back_office")


@sensitive("phone")
def _(g: Gen) -> Draft:
    ph = g.phone("de")
    return Draft(chat(U(f"Verkaufe Kinderfahrrad 20 Zoll, kaum benutzt, 80 € VB. Abholung in Erfurt-Nord. Bei Interesse "
                        f"gerne anrufen oder WhatsApp: {ph}\n\nKannst du die Anzeige etwas ansprechender formulieren?")),
                 "de", "classified_ad")


@sensitive("phone")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["us", "uk", "au", "za"]))
    n = g.name(p, "latin")
    ph1, ph2 = g.phone(CULTURES[p.culture].phone), g.phone(CULTURES[p.culture].phone, ext=True)
    vcard = f"BEGIN:VCARD\nVERSION:3.0\nFN:{n}\nTEL;TYPE=CELL:{ph1}\nTEL;TYPE=WORK:{ph2}\nEND:VCARD"
    return Draft(chat(U(f"turn this into one csv row (name, mobile, work):\n{vcard}")), "en", "vcard")


@sensitive("phone")
def _(g: Gen) -> Draft:
    ph = g.phone("es")
    return Draft(chat(U(f"Mi número cambió, ahora es el {ph}. ¿Me ayudas a redactar un mensaje corto para avisar a los "
                        f"del trabajo sin que suene raro?")), "es", "sms")


@sensitive("phone")
def _(g: Gen) -> Draft:
    ph = g.phone("cn")
    return Draft(chat(U(f"帮我给快递员写一条短信，告诉他包裹放门卫室就行，有问题打我电话{ph}。语气客气一点。")), "zh", "sms")


@sensitive("phone")
def _(g: Gen) -> Draft:
    ph = g.phone("in")
    return Draft(chat(U(f"मेरे पापा का नंबर {ph} है। उन्हें भेजने के लिए यह संदेश छोटा और आसान कर दो: कल सुबह दस बजे "
                        f"डॉक्टर के पास चलना है, रिपोर्ट साथ ले आना।")), "hi", "sms")


@sensitive("phone")
def _(g: Gen) -> Draft:
    ph = g.phone(g.pick(["uk", "fr", "it", "nl"]))
    log = (f"2026-11-30T12:01:44Z WARN sms-gateway dispatch id=7f3e2 to={ph} status=UNDELIVERABLE carrier_code=34\n"
           f"2026-11-30T12:01:45Z INFO sms-gateway retry scheduled in 300s")
    return Draft(chat(U(f"{log}\n\nwhat does carrier_code 34 usually mean with twilio-style gateways? should we keep retrying?")),
                 "en", "log")


@sensitive("phone")
def _(g: Gen) -> Draft:
    ph = g.phone("tr")
    return Draft(chat(U(f"Kargo firması {ph} numarasından aradı ama açamadım. Geri aradığımda teslimat saatini değiştirmek "
                        f"için ne demeliyim?")), "tr", "support_chat")


@sensitive("phone")
def _(g: Gen) -> Draft:
    ph = g.phone(g.pick(["us", "au"]), ext=True)
    return Draft(chat(U(f"okay so the number for the landlord's office is {ph} and I should ask about the deposit "
                        f"period end quote and whether the carpet cleaning comes out of it")), "en", "dictation")


@sensitive("phone")
def _(g: Gen) -> Draft:
    ph = g.phone(g.pick(["ng", "za", "ph", "vn", "id"]))
    return Draft(chat(U(f"pls help me reply this customer, she sent \"i paid but no receipt yet, call me on {ph}\" "
                        f"i want to say sorry and that we will send it today")), "en", "non_native")


@sensitive("phone")
def _(g: Gen) -> Draft:
    ph = g.phone(g.pick(["ru", "ua"]))
    return Draft(chat(U(f"Соседка просила передать: если потечёт батарея, звонить мастеру {ph}. Напиши объявление для подъезда.")),
                 "ru", "notice")


# ---- credit cards ----------------------------------------------------------------------------

@sensitive("credit_card")
def _(g: Gen) -> Draft:
    c = g.card()
    return Draft(chat(U(f"I was charged twice for the annual plan. Card is {c}, exp 08/28. How do I word the refund "
                        f"request so it doesn't get bounced to a bot?")), "en", "support_chat")


@sensitive("credit_card")
def _(g: Gen) -> Draft:
    c = g.card("visa", "")
    return Draft(chat(U(f"whats wrong w my card {c} keeps getting declined at checkout?? bank app says its fine")),
                 "en", "sms")


@sensitive("credit_card")
def _(g: Gen) -> Draft:
    c = g.card(sep="")
    ev = json.dumps({"event": "payment_failed", "pan": c, "amount": 49.9, "currency": "EUR", "decline": "do_not_honor"})
    return Draft(chat(U(f"{ev}\nwhy would the acquirer return do_not_honor for a card that worked yesterday?")), "en", "json_log")


@sensitive("credit_card")
def _(g: Gen) -> Draft:
    c = g.card()
    return Draft(chat(U(f"Ma carte {c} a été débitée deux fois pour la même commande. Rédige une réclamation polie pour la banque, "
                        f"s'il te plaît.")), "fr", "back_office")


@sensitive("credit_card")
def _(g: Gen) -> Draft:
    c = g.card("mc", " ")
    return Draft(chat(U(f"the card number is {c} expiry oh nine twenty nine and the name on it is the company name, "
                        f"please book the hotel for the twelfth")), "en", "dictation")


@sensitive("credit_card")
def _(g: Gen) -> Draft:
    p = g.person("us")
    c = g.card(sep="")
    up = g.name(p, "upper")
    code = f"```js\nconst order = {{\n  cardNumber: '{c}',\n  holder: '{up}',\n  cvc: '318',\n}};\nawait pay(order);\n```"
    return Draft(chat(U(f"{code}\nstripe keeps returning invalid_number in test mode, what am i doing wrong")), "en", "code")


@sensitive("credit_card")
def _(g: Gen) -> Draft:
    c = g.card("jcb")
    return Draft(chat(U(f"カード番号{c}で決済したのですが、明細に同じ金額が二回載っています。カード会社への問い合わせ文を作ってください。")),
                 "ja", "support_mail")


@sensitive("credit_card")
def _(g: Gen) -> Draft:
    c = g.card()
    return Draft(chat(U(f"Ho perso il portafoglio, dentro c'era la carta {c}. Cosa devo dire alla banca quando chiamo per bloccarla?")),
                 "it", "support_chat")


@sensitive("credit_card")
def _(g: Gen) -> Draft:
    rows = [f"2026-11-03,Lufthansa,412.80,{g.card(sep='')}", "2026-11-04,Marriott Frankfurt,189.00,same",
            f"2026-11-04,Uber,23.45,{g.card(sep=' ')}"]
    return Draft(chat(U("date,merchant,amount,card\n" + "\n".join(rows) + "\n\ntotal per merchant pls")), "en", "csv")


@sensitive("credit_card")
def _(g: Gen) -> Draft:
    c = g.card("amex")
    return Draft(chat(U(f"Bitte prüf mal, ob die Nummer plausibel ist, der Kunde hat sie am Telefon durchgegeben: {c}")),
                 "de", "back_office")


@sensitive("credit_card")
def _(g: Gen) -> Draft:
    c = g.card()
    return Draft(completion(f"Customer: hi my card {c} was blocked abroad\nAgent:"), "en", "completion_transcript")


# ---- US SSN ----------------------------------------------------------------------------------

@sensitive("ssn")
def _(g: Gen) -> Draft:
    p = g.person("us")
    n, s = g.name(p), g.ssn("-")
    return Draft(chat(U(f"New hire paperwork came in for {n}: SSN {s}, start date Jan 5, night shift. Draft the welcome "
                        f"email (obviously leave the SSN out of it).")), "en", "hr")


@sensitive("ssn")
def _(g: Gen) -> Draft:
    s = g.ssn("")
    d = g.dob("us")
    return Draft(chat(U(f"ssn {s} dob {d} is this how i put it on the w4 or do i need dashes")), "en", "sms")


@sensitive("ssn")
def _(g: Gen) -> Draft:
    p = g.person("us")
    n, s = g.name(p, "upper"), g.ssn(" ")
    form = (f"Form W-9 (Rev. March 2024)\n1 Name: {n}\n3 Federal tax classification: Individual/sole proprietor\n"
            f"Part I Taxpayer Identification Number\nSocial security number: {s}")
    return Draft(chat(U(f"{form}\n\nDid I fill in part I right? The client's portal rejected it.")), "en", "form_dump")


@sensitive("ssn")
def _(g: Gen) -> Draft:
    s = g.ssn("-")
    return Draft(chat(U(f"Mi número de seguro social es {s}. ¿Dónde lo pongo en la solicitud de FAFSA de mi hija? "
                        f"El formulario está en inglés y no entiendo la sección del padre.")), "es", "non_native")


@sensitive("ssn")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["us", "mx"]))
    n, s, a = g.name(p), g.ssn("-"), g.address("us")
    return Draft(chat(U(f"Client intake — {n}, SS# {s}, last known address {a}. Injured 10/14 at work, employer disputes "
                        f"the claim. Summarize this intake for the paralegal in three bullet points.")), "en", "legal")


@sensitive("ssn")
def _(g: Gen) -> Draft:
    p = g.person("us")
    n, s = g.name(p, "latin"), g.ssn("-")
    code = (f"```python\n@dataclass\nclass Employee:\n    name: str\n    ssn: str\n\nEMP = Employee(name=\"{n}\", ssn=\"{s}\")\n```")
    return Draft(chat(U(f"{code}\nwhat's the right way to hash the ssn field before it goes into postgres? bcrypt or sha256+salt?")),
                 "en", "code")


@sensitive("ssn")
def _(g: Gen) -> Draft:
    s = g.ssn(g.pick(["-", " "]))
    return Draft(chat(U(f"yeah hi um my social is {s} and I'm calling about the letter from the IRS it says I owe "
                        f"for 2023 but I filed that year")), "en", "dictation")


@sensitive("ssn")
def _(g: Gen) -> Draft:
    s = g.ssn("-")
    return Draft(chat(U(f"我在美国的社会安全号码是{s}，报税表1040上应该填在哪一栏？配偶没有SSN怎么办？")), "zh", "non_native")


@sensitive("ssn")
def _(g: Gen) -> Draft:
    rows = []
    for _i in range(3):
        p = g.person("us")
        rows.append(f"E{g.d(4)},{g.name(p, 'latin')},{g.ssn('')},{g.r.randint(18, 42)}.50")
    return Draft(chat(U("emp_id,name,ssn,hourly_rate\n" + "\n".join(rows) + "\n\nweekly pay at 38 hours each?")), "en", "csv")


@sensitive("ssn")
def _(g: Gen) -> Draft:
    s = g.ssn("")
    return Draft(chat(U(f"Social Security No. {s} — my mother passed in October; what do I tell SSA when I call, and "
                        f"do I return the November payment?")), "en", "support_chat")


@sensitive("ssn")
def _(g: Gen) -> Draft:
    s = g.ssn("-")
    return Draft(chat(U(f"Ich bin Expat in Texas. Meine SSN lautet {s}. Muss ich die auch beim deutschen Finanzamt angeben?")),
                 "de", "non_native")


@sensitive("ssn")
def _(g: Gen) -> Draft:
    p = g.person("us")
    last, first = _ascii(p.last_latin).upper(), _ascii(p.first_latin).upper()
    g.plant("person", p.full_latin, f"NM1*IL*1*{last}*{first}")
    s, d = g.ssn(""), g.dob("hl7")
    edi = (f"ST*834*0001*005010X220A1~\nBGN*00*{g.d(6)}*20261201*1030****2~\nINS*Y*18*021*28*A***FT~\n"
           f"REF*0F*{s}~\nNM1*IL*1*{last}*{first}****34*{s}~\nDMG*D8*{d}*{'M' if p.gender == 'm' else 'F'}~\n"
           f"HD*021**HLT*PPO*EMP~\nDTP*348*D8*20270101~\nSE*9*0001~")
    return Draft(chat(U(f"{edi}\n\nthe carrier rejected this 834 with 'invalid maintenance reason code' — which segment is it?")),
                 "en", "edi")


# ---- IBAN -----------------------------------------------------------------------------------

@sensitive("iban")
def _(g: Gen) -> Draft:
    p = g.person("de")
    i, n = g.iban("DE"), g.name(p)
    return Draft(chat(U(f"Bitte überweis die Kaution auf mein Konto: {i}, Kontoinhaber {n}. Kannst du mir das als höfliche "
                        f"WhatsApp an den Vermieter formulieren?")), "de", "sms")


@sensitive("iban")
def _(g: Gen) -> Draft:
    p = g.person("nl")
    i, n = g.iban("NL"), g.name(p)
    return Draft(chat(U(f"Kun je deze factuurtekst controleren op fouten? 'Gelieve het bedrag binnen 14 dagen over te maken op "
                        f"{i} t.n.v. {n} o.v.v. het factuurnummer.'")), "nl", "back_office")


@sensitive("iban")
def _(g: Gen) -> Draft:
    i = g.iban("FR")
    return Draft(chat(U(f"Voici mon RIB : {i}. Pour un virement SEPA depuis l'Allemagne, dois-je aussi donner le BIC ?")),
                 "fr", "support_chat")


@sensitive("iban")
def _(g: Gen) -> Draft:
    rows = []
    for _i in range(3):
        p = g.person(g.pick(["de", "nl", "fr", "it"]))
        rows.append(f"{g.name(p, 'latin')};{g.iban(g.pick(['DE', 'NL', 'FR', 'IT', 'AT', 'BE']), False)};{g.r.randint(100, 2400)},00")
    return Draft(chat(U("Empfänger;IBAN;Betrag\n" + "\n".join(rows) + "\n\nconvert to a pain.001 XML skeleton please")), "en", "csv")


@sensitive("iban")
def _(g: Gen) -> Draft:
    i = g.iban(g.pick(["GB", "IE", "ES"]))
    return Draft(chat(U(f"client wants bank details for the invoice, IBAN is {i} (it's my business account). does the invoice "
                        f"also need my VAT number if i'm under the threshold?")), "en", "sms")


@sensitive("iban")
def _(g: Gen) -> Draft:
    i = g.iban("PL")
    return Draft(chat(U(f"Proszę o przelew zaliczki na konto {i}. Jak to napisać uprzejmie w mailu do klienta?")), "pl", "back_office")


@sensitive("iban")
def _(g: Gen) -> Draft:
    i = g.iban("SA")
    return Draft(chat(U(f"أرجو تحويل الإيجار إلى حسابي {i}. اكتب لي رسالة تذكير مهذبة للمستأجر.")), "ar", "sms")


@sensitive("iban")
def _(g: Gen) -> Draft:
    i = g.iban("TR")
    return Draft(chat(U(f"Kira ödemesi için IBAN: {i}. Ev sahibine açıklama kısmına ne yazmam gerektiğini sorabilir misin?")),
                 "tr", "sms")


@sensitive("iban")
def _(g: Gen) -> Draft:
    i, p = g.iban("IT"), g.person("it")
    n = g.name(p)
    return Draft(chat(U(f"Beneficiario: {n}\nIBAN: {i}\nCausale: saldo fattura 118/2026\n\nÈ corretto il formato del bonifico?")),
                 "it", "form_dump")


@sensitive("iban")
def _(g: Gen) -> Draft:
    i = g.iban(g.pick(["CH", "AT", "BE", "SE", "NO", "DK", "FI", "PT", "CZ", "HU", "RO", "GR", "UA", "AE", "BR"]))
    return Draft(chat(U(f"Is {i} a valid IBAN? My landlord sent it and the banking app says the check digits are wrong.")),
                 "en", "support_chat")


@sensitive("iban")
def _(g: Gen) -> Draft:
    i = g.iban("ES")
    return Draft(chat(U(f"Domiciliación: quiero que me cobren la cuota del gimnasio en la cuenta {i}. ¿Cómo lo pido por escrito?")),
                 "es", "back_office")


# ---- private names --------------------------------------------------------------------------

@sensitive("person_private")
def _(g: Gen) -> Draft:
    f = g.name(g.person(g.pick(["us", "uk", "au"]), "f"), "first")
    return Draft(chat(U(f"my sister {f} keeps forwarding me those chain messages about phone scams lol. how do i ask her "
                        f"to stop without hurting her feelings")), "en", "sms")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    f = g.name(g.person(g.pick(["us", "uk", "za", "ng"]), "m"), "first")
    return Draft(chat(U(f"Write a short birthday toast for my husband {f}. He's turning 50, loves fly fishing and terrible puns.")),
                 "en", "personal")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    n = g.name(g.person("de", "f"))
    return Draft(chat(U(f"Meine Kollegin {n} ist ab Montag in Elternzeit. Schreib bitte eine Abwesenheitsnotiz für das "
                        f"Team-Postfach, die auf die Vertretung verweist.")), "de", "office")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    n = g.name(g.person(g.pick(["us", "mx", "ph", "in"])))
    return Draft(chat(U(f"Draft a performance improvement plan for {n} (warehouse team lead): late outbound shipments in Q3, "
                        f"missed two safety briefings, good rapport with the team. 60-day plan, measurable goals.")), "en", "hr")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    n = g.name(g.person(g.pick(["uk", "in", "ng", "au"])))
    return Draft(chat(U(f"Handover note, bed 12: {n}, 67, admitted overnight with chest pain, troponin negative x2, "
                        f"awaiting stress test. Rewrite as SBAR.")), "en", "medical")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    f = g.name(g.person("fr", "m"), "first")
    return Draft(chat(U(f"Mon voisin {f}, celui du troisième, fait des travaux tous les dimanches matin. Aide-moi à lui écrire un "
                        f"mot gentil mais ferme à glisser sous sa porte.")), "fr", "personal")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    f = g.name(g.person(g.pick(["es", "mx", "cl"]), "f"), "first")
    return Draft(chat(U(f"Mi abuela {f} cumple 90 años el domingo. Escríbele una carta bonita de parte de todos los nietos.")),
                 "es", "personal")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    last = g.name(g.person("jp"), "last")
    return Draft(chat(U(f"今月で退職する同僚の{last}さんへの寄せ書きメッセージを三パターン考えてください。")), "ja", "office")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    n = g.name(g.person("ru"))
    return Draft(chat(U(f"Помоги составить характеристику на ученика 9 «Б» класса {n} для перевода в другую школу. "
                        f"Учится хорошо, пропусков мало.")), "ru", "school")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    n = g.name(g.person(g.pick(["us", "uk"])))
    return Draft(chat(U(f"Draft a cease-and-desist letter to {n}, who keeps posting photos of my kids on a public "
                        f"Facebook group without consent.")), "en", "legal")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    f = g.name(g.person(g.pick(["us", "au", "ph"]), "m"), "first")
    return Draft(chat(U(f"ok so {f} (my ex) just texted me at 2am again asking if we can talk. what do i even reply, "
                        f"i want to be kind but clear")), "en", "sms")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    f = g.name(g.person("kr"), "first")
    return Draft(chat(U(f"제 동생 {f}가 대학 원서를 쓰는데 자기소개서 첫 문장 좀 봐 주세요: \"저는 어릴 때부터 로봇을 좋아했습니다.\"")),
                 "ko", "personal")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    f = g.name(g.person("ar", "f"), "first")
    return Draft(chat(U(f"أختي {f} ستتزوج الشهر القادم، اكتب لي كلمة قصيرة ومؤثرة أقولها في حفل الخطوبة.")), "ar", "personal")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    names = [g.name(g.person()) for _ in range(3)]
    notes = (f"Attendees: {', '.join(names)}\n- budget freeze until Jan\n- {names[1]} to chase the supplier contract\n"
             f"- next sync after the holidays")
    return Draft(chat(U(f"{notes}\n\nturn these meeting notes into a short email to the wider team")), "en", "meeting_notes")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    f = g.name(g.person(g.pick(["us", "ng", "za"]), "m"), "first")
    return Draft(chat(U(f"text {f} my brother tell him i'm running late and to feed the dog")), "en", "dictation")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    n = g.name(g.person(g.pick(["pl", "tr", "it", "nl"])))
    return Draft(chat(U(f"The parcel is for {n}, second floor, door on the left, please ring twice. Translate this note for "
                        f"the courier into English and make it polite.")), "en", "non_native")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    p = g.person("vn")
    n = g.name(p)
    return Draft(chat(U(f"Viết giúp mình lời chúc mừng sinh nhật cho mẹ chồng, bà {n}, năm nay tròn 70 tuổi.")), "vi", "personal")


@sensitive("person_private")
def _(g: Gen) -> Draft:
    f = g.name(g.person("in", "f"), "first")
    return Draft(chat(U(f"मेरी बेटी {f} को विज्ञान प्रदर्शनी के लिए एक आसान प्रोजेक्ट चाहिए, कक्षा छह के लिए कुछ सुझाव दो।")),
                 "hi", "personal")


# ---- home addresses -------------------------------------------------------------------------

@sensitive("home_address")
def _(g: Gen) -> Draft:
    a = g.address("us")
    return Draft(chat(U(f"pls update my delivery address to {a}. the old one was my parents place and they moved")),
                 "en", "support_chat")


@sensitive("home_address")
def _(g: Gen) -> Draft:
    p = g.person("de")
    n, a = g.name(p), g.address("de")
    return Draft(chat(U(f"Neue Anschrift ab 1.12.: {n}, {a}. Schreib mir bitte eine kurze Adressänderung an die Hausratversicherung.")),
                 "de", "back_office")


@sensitive("home_address")
def _(g: Gen) -> Draft:
    a = g.address("jp")
    return Draft(chat(U(f"配送先住所を変更したいです。新しい住所は{a}です。ショップへの丁寧な問い合わせ文にしてください。")),
                 "ja", "support_mail")


@sensitive("home_address")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["uk", "au"]))
    n, a = g.name(p), g.address(p.culture)
    return Draft(chat(U(f"Tenant: {n}, residing at {a}. Draft a notice of rent increase effective 1 March, 4% rise, "
                        f"in line with the tenancy agreement.")), "en", "legal")


@sensitive("home_address")
def _(g: Gen) -> Draft:
    p = g.person("us")
    f, a = g.name(p, "first"), g.address("us")
    ics = (f"BEGIN:VEVENT\nSUMMARY:Birthday party at {f}'s\nLOCATION:{a}\nDTSTART:20261213T150000\n"
           f"DTEND:20261213T180000\nEND:VEVENT")
    return Draft(chat(U(f"{ics}\nturn this into a friendly invite text for the other parents")), "en", "ical")


@sensitive("home_address")
def _(g: Gen) -> Draft:
    p = g.person("ru")
    n, a = g.name(p), g.address("ru")
    return Draft(chat(U(f"Отправить документы по адресу: {a}, получатель {n}. Как правильно подписать конверт, чтобы Почта России не вернула?")),
                 "ru", "personal")


@sensitive("home_address")
def _(g: Gen) -> Draft:
    a = g.address("kr")
    return Draft(chat(U(f"택배를 {a}로 보내 주세요. 부재 시 경비실에 맡겨 달라는 말을 영어로 어떻게 쓰나요?")), "ko", "non_native")


@sensitive("home_address")
def _(g: Gen) -> Draft:
    a = g.address("br")
    return Draft(chat(U(f"meu endereço novo é {a}, como escrevo isso num formulário americano? o campo zip code aceita o CEP?")),
                 "pt", "sms")


@sensitive("home_address")
def _(g: Gen) -> Draft:
    p = g.person("in")
    n, a = g.name(p, "latin"), g.address("in")
    return Draft(chat(U(f"Deliver to {n}, {a}. Landmark: opposite the Hanuman temple. Rewrite this delivery instruction in Hindi.")),
                 "en", "delivery")


@sensitive("home_address")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["fr", "it", "es"]))
    n, a = g.name(p, "latin"), g.address(p.culture)
    yml = f"customer:\n  name: {n}\n  shipping_address: {a}\n  newsletter: false\n"
    return Draft(chat(U(f"why does this yaml fail to parse?\n\n{yml}")), "en", "yaml")


@sensitive("home_address")
def _(g: Gen) -> Draft:
    a = g.address(g.pick(["cn"]))
    return Draft(chat(U(f"我家地址是{a}，帮我写一段给物业的投诉，楼上漏水已经一周了。")), "zh", "complaint")


@sensitive("home_address")
def _(g: Gen) -> Draft:
    a = g.address(g.pick(["pl", "nl", "se", "tr", "gr", "vn", "id", "za"]))
    return Draft(chat(U(f"My home address is {a} — how should I write it on a UK visa form that only has three address lines?")),
                 "en", "non_native")


# ---- dates of birth -------------------------------------------------------------------------

@sensitive("date_of_birth")
def _(g: Gen) -> Draft:
    d = g.dob("en", g.birth(2021, 2023))
    return Draft(chat(U(f"my daughter was born {d}, when can she start junior kindergarten in Ontario?")), "en", "personal")


@sensitive("date_of_birth")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["us", "mx"]))
    n, d = g.name(p), g.dob("us")
    return Draft(chat(U(f"Name: {n}\nDOB: {d}\nStart date: 2027-01-04\nPosition: Line cook\n\nformat this as a table for the onboarding checklist")),
                 "en", "form_dump")


@sensitive("date_of_birth")
def _(g: Gen) -> Draft:
    d = g.dob("de")
    return Draft(chat(U(f"Geburtsdatum: {d}, Geburtsort: Kassel — gehört das heute noch in den Lebenslauf oder lässt man das weg?")),
                 "de", "career")


@sensitive("date_of_birth")
def _(g: Gen) -> Draft:
    d = g.dob("fr", g.birth(1961, 1970))
    return Draft(chat(U(f"Je suis né le {d} et j'ai commencé à travailler à 19 ans. À quel âge puis-je partir à la retraite à taux plein ?")),
                 "fr", "personal")


@sensitive("date_of_birth")
def _(g: Gen) -> Draft:
    d = g.dob("zh")
    return Draft(chat(U(f"我的出生日期是{d}，帮我算一下属相和今年的虚岁。")), "zh", "personal")


@sensitive("date_of_birth")
def _(g: Gen) -> Draft:
    d = g.dob("es", g.birth(1960, 1968))
    return Draft(chat(U(f"Fecha de nacimiento: {d}. Llevo 36 años cotizados. ¿Cuándo me puedo jubilar en España sin penalización?")),
                 "es", "personal")


@sensitive("date_of_birth")
def _(g: Gen) -> Draft:
    d = g.dob("en")
    return Draft(chat(U(f"patient d o b {d} allergies penicillin and latex chief complaint left knee swelling after a fall "
                        f"three days ago new paragraph plan x-ray")), "en", "dictation")


@sensitive("date_of_birth")
def _(g: Gen) -> Draft:
    d = g.dob("it")
    return Draft(chat(U(f"Sono nata il {d} a Bari. Mi serve sapere come si calcola il codice fiscale a mano, passo passo.")),
                 "it", "personal")


@sensitive("date_of_birth")
def _(g: Gen) -> Draft:
    d = g.dob("ru", g.birth(2012, 2014))
    return Draft(chat(U(f"Дата рождения сына — {d}. Со скольки лет он может получить загранпаспорт без родителей?")),
                 "ru", "personal")


@sensitive("date_of_birth")
def _(g: Gen) -> Draft:
    d = g.dob("ko")
    return Draft(chat(U(f"제 생년월일은 {d}입니다. 만 나이로 올해 몇 살인지 계산해 주세요.")), "ko", "personal")


@sensitive("date_of_birth")
def _(g: Gen) -> Draft:
    d = g.dob("iso")
    return Draft(chat(U(f'{{"member": {{"tier": "gold", "birth_date": "{d}", "points": 18230}}}}\n'
                        f"is this member eligible for the senior discount (65+) as of today? just yes/no and why")), "en", "json")


@sensitive("date_of_birth")
def _(g: Gen) -> Draft:
    d = g.dob("nl")
    return Draft(chat(U(f"Mijn geboortedatum is {d}. Vanaf welke datum krijg ik AOW?")), "nl", "personal")


# ---- IP addresses ---------------------------------------------------------------------------

@sensitive("ip_address")
def _(g: Gen) -> Draft:
    ip = g.ipv4()
    return Draft(chat(U(f"someone keeps logging into my account from {ip}, is that anywhere near me? i'm in Ohio and i "
                        f"didnt log in today")), "en", "support_chat")


@sensitive("ip_address")
def _(g: Gen) -> Draft:
    ip = g.ipv4()
    log = (f'{ip} - - [30/Nov/2026:10:12:01 +0000] "GET /wp-login.php HTTP/1.1" 404 162 "-" "Mozilla/5.0"\n'
           f'{ip} - - [30/Nov/2026:10:12:02 +0000] "POST /xmlrpc.php HTTP/1.1" 404 162 "-" "Mozilla/5.0"')
    return Draft(chat(U(f"{log}\nis this a bot? we don't even run wordpress")), "en", "log")


@sensitive("ip_address")
def _(g: Gen) -> Draft:
    ip = g.ipv4()
    return Draft(chat(U(f"my home ip is {ip} and i want my friends to join my minecraft server, how do i open port 25565 "
                        f"on a fritzbox")), "en", "sms")


@sensitive("ip_address")
def _(g: Gen) -> Draft:
    ip = g.ipv4()
    return Draft(chat(U(f"Unser Außendienstler verbindet sich von zu Hause per VPN über {ip}, und die Firewall blockt ihn "
                        f"seit heute. Woran kann das liegen?")), "de", "it_support")


@sensitive("ip_address")
def _(g: Gen) -> Draft:
    ip = g.ipv6()
    return Draft(chat(U(f"Nov 30 08:14:22 host sshd[2211]: Failed password for invalid user admin from {ip} port 51522 ssh2\n"
                        f"what fail2ban filter catches ipv6 like this?")), "en", "log")


@sensitive("ip_address")
def _(g: Gen) -> Draft:
    ip = g.ipv4()
    return Draft(chat(U(f"The data subject (account created from IP {ip}) asked for erasure under Art. 17 GDPR. Draft our reply "
                        f"confirming deletion within one month.")), "en", "legal")


@sensitive("ip_address")
def _(g: Gen) -> Draft:
    ip = g.ipv4()
    return Draft(chat(U(f"SELECT user_id, created_at FROM sessions WHERE client_ip = '{ip}' ORDER BY created_at DESC;\n"
                        f"this takes 9s on 40M rows, what index do i add")), "en", "sql")


@sensitive("ip_address")
def _(g: Gen) -> Draft:
    ip = g.ipv4()
    return Draft(chat(U(f"自宅の固定IPアドレス{ip}が迷惑メールのブラックリストに載っているようです。解除申請の英文を書いてください。")),
                 "ja", "it_support")


@sensitive("ip_address")
def _(g: Gen) -> Draft:
    ip = g.ipv4()
    hdr = (f"Received: from [{ip}] (helo=laptop)\n\tby mx2.mailhost.net with esmtpsa (TLS1.3)\n\tid 1vQx9Z-0004Kp-2b; "
           f"Mon, 30 Nov 2026 21:04:11 +0100")
    return Draft(chat(U(f"{hdr}\n\ndoes this header show the sender's real location?")), "en", "email_header")


@sensitive("ip_address")
def _(g: Gen) -> Draft:
    ip = g.ipv4()
    return Draft(chat(U(f"Mi IP pública es {ip}. ¿Cómo sé si mi operador me tiene detrás de CG-NAT?")), "es", "it_support")


# ---- health identifiers -------------------------------------------------------------------

@sensitive("health_id")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["us", "uk", "mx"]))
    mrn, d, a = g.health_id("mrn"), g.dob("hl7"), g.address("us")
    last, first = _ascii(p.last_latin).upper(), _ascii(p.first_latin).upper()
    g.plant("person", p.full_latin, f"{last}^{first}")
    hl7 = (f"MSH|^~\\&|LABSYS|MERCY|EHR|MERCY|20261130101500||ORU^R01|MSG0431|P|2.5\n"
           f"PID|1||{mrn}^^^MERCY^MR||{last}^{first}||{d}|{'M' if p.gender == 'm' else 'F'}|||{a}\n"
           f"OBX|1|NM|2345-7^Glucose^LN||182|mg/dL|70-99|H|||F")
    return Draft(chat(U(f"{hl7}\n\nwhich value is out of range and what does the H flag mean?")), "en", "hl7")


@sensitive("health_id")
def _(g: Gen) -> Draft:
    nhs = g.health_id("nhs")
    return Draft(chat(U(f"Patient NHS number {nhs}, referred for physio after ACL repair. Write the two-line referral summary.")),
                 "en", "medical")


@sensitive("health_id")
def _(g: Gen) -> Draft:
    k = g.health_id("kvnr")
    return Draft(chat(U(f"Meine Versichertennummer ist {k}. Die Krankenkasse will eine Schulbescheinigung für meinen Sohn — "
                        f"wie formuliere ich die Anfrage an die Schule?")), "de", "back_office")


@sensitive("health_id")
def _(g: Gen) -> Draft:
    m = g.health_id("medicare_au")
    return Draft(chat(U(f"Medicare card {m}, expiry 04/29. The GP booking form asks for an IRN — is that the last digit?")),
                 "en", "support_chat")


@sensitive("health_id")
def _(g: Gen) -> Draft:
    m = g.health_id("mbi")
    return Draft(chat(U(f"my medicare number is {m} and my part D plan denied my insulin refill. help me write an appeal letter")),
                 "en", "sms")


@sensitive("health_id")
def _(g: Gen) -> Draft:
    m = g.health_id("member")
    return Draft(chat(U(f"Prior authorization request: member ID {m}, group 04418, MRI lumbar spine w/o contrast, "
                        f"radiculopathy 6 weeks, failed PT. Draft the medical necessity paragraph.")), "en", "medical")


@sensitive("health_id")
def _(g: Gen) -> Draft:
    nir = g.national_id("nir")
    return Draft(chat(U(f"Numéro de sécurité sociale : {nir}. La mutuelle me demande une attestation de droits, où la télécharger sur ameli ?")),
                 "fr", "back_office")


@sensitive("health_id")
def _(g: Gen) -> Draft:
    mrn = g.health_id("mrn")
    return Draft(chat(U(f"MRN: {mrn}\nAdmitted 2026-11-21 with community-acquired pneumonia, treated with ceftriaxone and "
                        f"azithromycin, discharged on amoxicillin for 5 days.\n\nRewrite as a discharge note a patient can understand.")),
                 "en", "medical")


@sensitive("health_id")
def _(g: Gen) -> Draft:
    rows = "\n".join(f"{g.health_id('mrn')},{t},{v},{u}" for t, v, u in (("HbA1c", "7.9", "%"), ("LDL", "162", "mg/dL"), ("TSH", "2.1", "mIU/L")))
    return Draft(chat(U(f"mrn,test,value,unit\n{rows}\n\nflag the abnormal ones")), "en", "csv")


@sensitive("health_id")
def _(g: Gen) -> Draft:
    k = g.health_id("kvnr")
    p = g.person("de")
    n = g.name(p)
    return Draft(chat(U(f"Arztbrief-Entwurf: Patientin {n}, Versichertennr. {k}, Z.n. Cholezystektomie. Bitte sprachlich glätten.")),
                 "de", "medical")


# ---- passports ------------------------------------------------------------------------------

@sensitive("passport")
def _(g: Gen) -> Draft:
    c = g.pick(["DE", "GB", "FR", "IT", "ES", "US"])
    p = g.person({"DE": "de", "GB": "uk", "FR": "fr", "IT": "it", "ES": "es", "US": "us"}[c])
    y = g.birth()
    l1, l2 = g.mrz(p, c, y)
    return Draft(chat(U(f"ocr'd the passport page for the booking, can you pull out surname, given names and expiry?\n{l1}\n{l2}")),
                 "en", "mrz")


@sensitive("passport")
def _(g: Gen) -> Draft:
    p = g.person("in")
    up, pn = g.name(p, "upper"), g.passport_number("IN")
    return Draft(chat(U(f"Passenger: {up}\nPassport: {pn}\nExpiry: 2031-05-12\nNationality: IND\n\nthe airline form keeps "
                        f"saying 'document invalid', is the format right?")), "en", "form_dump")


@sensitive("passport")
def _(g: Gen) -> Draft:
    pn = g.passport_number("DE")
    return Draft(chat(U(f"Für den ESTA-Antrag: Reisepassnummer {pn}. Gebe ich die Nummer mit oder ohne das C am Anfang ein?")),
                 "de", "travel")


@sensitive("passport")
def _(g: Gen) -> Draft:
    pn = g.passport_number("ES")
    return Draft(chat(U(f"Mi pasaporte es {pn}. ¿Lo necesito para facturar el vuelo a Lima o basta con el DNI?")), "es", "travel")


@sensitive("passport")
def _(g: Gen) -> Draft:
    pn = g.passport_number("CN")
    d = g.dob("zh")
    return Draft(chat(U(f"护照号{pn}，出生日期{d}，帮我把签证申请表的英文部分填一下，姓名用拼音。")), "zh", "travel")


@sensitive("passport")
def _(g: Gen) -> Draft:
    p = g.person("kr")
    n, pn = g.name(p), g.passport_number("KR")
    return Draft(chat(U(f"宿泊者名簿の記入例を作ってください。氏名：{n}、旅券番号：{pn}、国籍：韓国。")), "ja", "hotel")


@sensitive("passport")
def _(g: Gen) -> Draft:
    p = g.person("ng")
    n, pn = g.name(p), g.passport_number("NG")
    return Draft(chat(U(f"Please help me write a cover letter for Schengen visa. My name is {n}, passport number {pn}, "
                        f"I am going for my cousin wedding in Lisbon.")), "en", "non_native")


@sensitive("passport")
def _(g: Gen) -> Draft:
    pn = g.passport_number(g.pick(["US", "GB"]))
    return Draft(chat(U(f"relocation checklist says to send my passport no. ({pn}) to the immigration lawyer by email. is that "
                        f"normal or should i use their portal?")), "en", "hr")


@sensitive("passport")
def _(g: Gen) -> Draft:
    c = g.pick(["BR", "JP", "IT"])
    pn = g.passport_number(c)
    lang, text = {"BR": ("pt", f"Meu passaporte {pn} vence em março. Dá pra viajar pra Europa em fevereiro?"),
                  "JP": ("ja", f"パスポート番号{pn}の有効期限が残り5か月です。タイに入国できますか？"),
                  "IT": ("it", f"Il mio passaporto {pn} è scaduto a ottobre: posso rinnovarlo in un altro comune?")}[c]
    return Draft(chat(U(text)), lang, "travel")


@sensitive("passport")
def _(g: Gen) -> Draft:
    c = g.pick(["FR", "GB", "US"])
    p = g.person({"FR": "fr", "GB": "uk", "US": "us"}[c])
    l1, l2 = g.mrz(p, c, g.birth())
    return Draft(completion(f"Extract the document number from the machine readable zone.\nMRZ:\n{l1}\n{l2}\nDocument number:"),
                 "en", "mrz")


# ---- national identifiers -------------------------------------------------------------------

NATIONAL_ID_ASKS: dict[str, tuple[str, str]] = {
    "dni": ("es", "Mi DNI es {v}. ¿Cómo pido cita previa para renovarlo si estoy empadronado en otra provincia?"),
    "nie": ("es", "Tengo el NIE {v} pero la web de la Seguridad Social no lo acepta al registrarme, ¿lo escribo sin guiones?"),
    "pesel": ("pl", "Mój PESEL to {v}. Jak zapisać córkę do przedszkola przez internet?"),
    "bsn": ("nl", "Mijn BSN is {v}. Moet ik dat zelf doorgeven aan mijn nieuwe werkgever of doet het uitzendbureau dat?"),
    "cpf": ("pt", "meu cpf é {v}, o site da receita diz pendente de regularização, o que eu faço?"),
    "aadhaar": ("en", "Aadhaar no. {v} — bank says it isn't linked to my PAN. what are the steps to link it online?"),
    "personnummer": ("sv", "Mitt personnummer är {v}. Hur anmäler jag flytt till Skatteverket när jag bor i andra hand?"),
    "hetu": ("fi", "Henkilötunnukseni on {v}. Miten teen muuttoilmoituksen, jos asun väliaikaisesti ulkomailla?"),
    "tckn": ("tr", "TC kimlik numaram {v}, e-Devlet şifremi unuttum. PTT'ye gitmeden yeni şifre alabilir miyim?"),
    "cn_rid": ("zh", "身份证号{v}，在12306上买票一直提示身份信息待核验，怎么办？"),
    "rrn": ("ko", "주민등록번호 {v} 로 본인인증이 안 돼요. 고객센터에 보낼 문의글을 써 주세요."),
    "nric": ("en", "clinic form needs my NRIC {v}, is it ok to send over whatsapp or should i go down in person"),
    "nir": ("fr", "Mon numéro de sécu est le {v}, la CPAM dit qu'il ne correspond pas à mon nom. Que faire ?"),
    "fnr": ("no", "Fødselsnummeret mitt er {v}. Hvordan bytter jeg fastlege på nett?"),
    "sin": ("en", "My SIN is {v}. The new employer wants it on the TD1 before my first shift, is that normal?"),
    "za_id": ("en", "ID number {v} — the SASSA application keeps saying invalid. Help me write a complaint to the office."),
    "mynumber": ("ja", "マイナンバー{v}をアルバイト先に提出する必要がありますか？コピーでもいいですか？"),
    "rut": ("es", "Mi RUT es {v}. ¿Cómo descargo el certificado de cotizaciones de la AFP?"),
    "be_nn": ("nl", "Rijksregisternummer {v}: hoe vraag ik een nieuwe eID aan als de oude gestolen is?"),
}


def _national(kind: str) -> Template:
    lang, text = NATIONAL_ID_ASKS[kind]

    def template(g: Gen) -> Draft:
        return Draft(chat(U(text.format(v=g.national_id(kind)))), lang, "citizen_services")
    return template


for _kind in NATIONAL_ID_ASKS:
    SENSITIVE.setdefault("national_id", []).append(_national(_kind))


@sensitive("national_id")
def _(g: Gen) -> Draft:
    rows = []
    for _i in range(3):
        p = g.person("nl")
        rows.append(f"{g.name(p, 'latin')};{g.national_id('bsn')};{g.r.randint(24, 40)}")
    return Draft(chat(U("naam;bsn;uren_per_week\n" + "\n".join(rows) + "\n\nmaak hier een loonstrook-overzicht van per persoon")),
                 "nl", "csv")


@sensitive("national_id")
def _(g: Gen) -> Draft:
    p = g.person("br")
    n, c = g.name(p), g.national_id("cpf")
    args = {"nome": n, "cpf": c, "valor": 1890.0}
    return Draft(chat(U("emite a nota fiscal desse pedido"), A(None, tool_calls=[call("call_nf1", "emitir_nfse", args)]),
                      T("call_nf1", '{"status": "erro", "mensagem": "CPF do tomador inválido"}'),
                      U("por que deu cpf inválido se eu digitei certo?")), "pt", "tool_call")


# ---- personal data outside the message text ------------------------------------------------

RELEASE_NOTES = ("v4.12.0 — faster PDF export, dark mode for the editor, fixed the crash when pasting tables "
                 "from spreadsheets, removed the legacy sync engine.")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    e = g.email(g.person())
    return Draft(chat(U(f"Summarize these release notes in one sentence:\n{RELEASE_NOTES}"), user=e), "en", "user_field")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    n = g.name(g.person())
    return Draft(chat(U("Classify this ticket: 'app crashes when I rotate the screen on the login page'"),
                      metadata={"customer_name": n, "ticket": f"T-{g.d(5)}", "channel": "ios"}), "en", "metadata")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["us", "uk", "au"]))
    n, ph = g.name(p), g.phone(CULTURES[p.culture].phone)
    tool = fn_tool("page_oncall", f"Pages the on-call engineer this week ({n}, {ph}) with a short incident summary.",
                   {"summary": {"type": "string"}, "severity": {"type": "string", "enum": ["sev1", "sev2", "sev3"]}})
    return Draft(chat(U("checkout latency p99 is 8s since the deploy at 14:10, page someone"), tools=[tool]), "en", "tool_schema")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["de", "fr", "es", "it"]))
    y = g.birth()
    first, last = _ascii(p.first_latin).replace(" ", "-"), _ascii(p.last_latin).replace(" ", "-")
    fname = g.plant("person", p.full_latin, f"{last}_{first}")
    dob = g.plant("dob", f"{y[0]}-{y[1]:02d}-{y[2]:02d}", f"{y[0]}-{y[1]:02d}-{y[2]:02d}")
    url = f"https://files.crm-uploads.net/kyc/passport_scan_{fname}_{dob}.jpg"
    return Draft(chat(U([{"type": "text", "text": "read the expiry date from this scan"},
                         {"type": "image_url", "image_url": {"url": url}}])), "en", "image_url")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    e = g.email(g.person())
    return Draft(chat(U([{"type": "text", "text": "Is this profile picture too dark for the badge printer?"},
                         {"type": "image_url", "image_url": {"url": f"https://avatars.teamhub.io/u/{e}/original.png?s=512"}}])),
                 "en", "image_url")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["pl", "tr", "in", "br"]))
    first, last = _ascii(p.first_latin).replace(" ", ""), _ascii(p.last_latin).replace(" ", "")
    fname = g.plant("person", p.full_latin, f"CV_{first}_{last}")
    pdf = "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoK"
    return Draft(chat(U([{"type": "text", "text": "does this CV fit the junior data analyst role? be honest"},
                         {"type": "file", "file": {"filename": f"{fname}_2026.pdf", "file_data": f"data:application/pdf;base64,{pdf}"}}])),
                 "en", "file_part")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    ph = g.phone(g.pick(["us", "de", "fr", "uk"]))
    args = {"customer_phone": ph, "message": "Your table for 4 is confirmed for 19:30."}
    return Draft(chat(U("confirm tonight's booking by sms"), A(None, tool_calls=[call("call_71", "send_sms", args)]),
                      T("call_71", '{"delivered": true}'), U("great, and add a note to the reservation that they asked for a high chair")),
                 "en", "tool_args")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["de", "nl", "fr"]))
    n, i = g.name(p), g.iban(g.pick(["DE", "NL", "FR"]))
    result = json.dumps({"account_holder": n, "iban": i, "balance": "2,184.10", "currency": "EUR"}, ensure_ascii=False)
    return Draft(chat(U("what's my balance"), A(None, tool_calls=[call("c1", "get_account", {"account": "main"})]),
                      T("c1", result)), "en", "tool_result")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    a, b = g.name(g.person()), g.name(g.person())
    schema = {"type": "json_schema", "json_schema": {"name": "triage", "schema": {"type": "object", "properties": {
        "assignee": {"type": "string", "enum": [a, b]}, "priority": {"type": "string", "enum": ["low", "high"]}},
        "required": ["assignee", "priority"]}}}
    return Draft(chat(U("Ticket: 'VPN drops every 20 minutes on the hotel wifi'. Assign it."), response_format=schema),
                 "en", "response_format")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    n = g.name(g.person(g.pick(["us", "uk"])))
    return Draft(completion("Continue the interview transcript.\nInterviewer: What made you leave your last job?\nCandidate:",
                            stop=[f"\n{n}:", "\nInterviewer:"]), "en", "stop")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    e = g.email(g.person())
    return Draft(chat(U("Rewrite this product description to be under 50 words: a lightweight rain jacket with taped seams."),
                      customer={"email": e, "segment": "outdoor"}), "en", "unknown_field")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    p = g.person()
    e = g.email(p)
    return Draft(chat({"role": "user", "content": "translate 'see you at the station' into italian", "x_sender": {"email": e}}),
                 "en", "message_extra_key")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["us", "se", "de"]))
    n, e = g.name(p, "latin"), g.email(p)
    code = f"# Copyright 2026 {n} <{e}>\nimport math\n\ndef area(r):\n    return math.pi * r ** 2\n"
    return Draft(chat(U(f"add type hints to this\n```python\n{code}```"),
                      prediction={"type": "content", "content": code}), "en", "prediction")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    s = g.ssn("-")
    tool = fn_tool("lookup_benefits", "Looks up benefit eligibility for the caller.",
                   {"ssn": {"type": "string", "description": f"caller's SSN, e.g. the one on file: {s}"}})
    return Draft(chat(U("what benefits am I still eligible for this year?"), tools=[tool], tool_choice="auto"), "en", "tool_schema")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    p = g.person("jp")
    n, a = g.name(p), g.address("jp")
    args = {"recipient": n, "address": a, "items": ["SKU-44871"]}
    return Draft(chat(U("発送ラベルを作って"), A(None, tool_calls=[call("call_j2", "create_shipping_label", args)]),
                      T("call_j2", '{"label_id": "LBL-90211", "status": "created"}'), U("ありがとう、追跡番号は？")),
                 "ja", "tool_args")


@sensitive("payload_fields")
def _(g: Gen) -> Draft:
    e = g.email(g.person())
    return Draft(completion("def send_welcome(user):\n    \"\"\"Send the onboarding mail.\"\"\"\n",
                            suffix=f"\n# contact for questions: {e}\n"), "en", "suffix")


# ---- personal data only in the system prompt or an earlier turn ------------------------------

@sensitive("earlier_turn")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["us", "uk", "au"]), "f")
    n, ph = g.name(p), g.phone(CULTURES[p.culture].phone)
    return Draft(chat(S(f"You are the household assistant for {n}. Her mobile is {ph}; never read it out to callers."),
                      U("what's still on the shopping list?")), "en", "system_prompt")


@sensitive("earlier_turn")
def _(g: Gen) -> Draft:
    p = g.person()
    e = g.email(p)
    return Draft(chat(U(f"write a polite follow-up to {e} about the unpaid invoice from october"),
                      A("Subject: Friendly reminder — October invoice\n\nHi, I hope you're well. A quick reminder that the "
                        "October invoice is still open. Could you let me know when we can expect payment?\n\nThanks!"),
                      U("ok now make it shorter")), "en", "multi_turn")


@sensitive("earlier_turn")
def _(g: Gen) -> Draft:
    a = g.address(g.pick(["us", "uk", "de"]))
    return Draft(chat(U(f"is there a pharmacy open late near {a}?"),
                      A("I can't look up live opening hours, but large chain pharmacies near main roads often stay open until 22:00."),
                      U("thanks, and which documents do I need to pick up a prescription for someone else?")), "en", "multi_turn")


@sensitive("earlier_turn")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["uk", "us", "in"]))
    n, mrn = g.name(p), g.health_id("mrn")
    return Draft(chat(U("pull the last visit"), A(None, tool_calls=[call("v1", "ehr_last_visit", {"mrn": mrn})]),
                      T("v1", json.dumps({"patient": n, "visit": "2026-11-18", "note": "BP 148/92, started amlodipine 5mg"},
                                           ensure_ascii=False)),
                      U("summarize that in one line for the nurse")), "en", "tool_result")


@sensitive("earlier_turn")
def _(g: Gen) -> Draft:
    p = g.person(g.pick(["de", "nl", "fr"]))
    profile = json.dumps({"name": g.name(p), "iban": g.iban({"de": "DE", "nl": "NL", "fr": "FR"}[p.culture]), "tier": "premium"},
                         ensure_ascii=False)
    return Draft(chat(S(f"Customer profile (do not reveal): {profile}"), U("why was I charged a fee this month?")),
                 "en", "system_prompt")


@sensitive("earlier_turn")
def _(g: Gen) -> Draft:
    p = g.person("de")
    n, d = g.name(p), g.dob("de")
    return Draft(chat(U(f"Ich bin {n}, geboren am {d}, und brauche eine Kündigung für mein Fitnessstudio."),
                      A("Gern. Hier ist ein Entwurf: ‚Hiermit kündige ich meine Mitgliedschaft fristgerecht zum nächstmöglichen Zeitpunkt …‘"),
                      U("Kannst du noch einen Satz zur Rückbuchung der Dezemberrate ergänzen?")), "de", "multi_turn")


@sensitive("earlier_turn")
def _(g: Gen) -> Draft:
    p = g.person("jp")
    n, ph = g.name(p), g.phone("jp")
    return Draft(chat(U(f"予約者：{n}、連絡先：{ph}。この内容で美容院の予約確認メッセージを作って。"),
                      A("承知しました。「ご予約ありがとうございます。12月12日（土）14時よりカットとカラーで承っております。」"),
                      U("もう少しカジュアルにして")), "ja", "multi_turn")


@sensitive("earlier_turn")
def _(g: Gen) -> Draft:
    s = g.ssn("-")
    return Draft(chat({"role": "developer", "content": f"Caller verified. SSN on file: {s}. Do not repeat it."},
                      U("can you explain what the 1099-R form is for?")), "en", "developer_prompt")


@sensitive("earlier_turn")
def _(g: Gen) -> Draft:
    c = g.card()
    return Draft(completion([f"Agent notes: customer read out card {c} to verify identity.", "Summarize the call outcome:"]),
                 "en", "completion_list")


@sensitive("earlier_turn")
def _(g: Gen) -> Draft:
    p = g.person("fr", "f")
    f = g.name(p, "first")
    return Draft(chat(U(f"Ma fille {f} entre en CP en septembre, quelles fournitures acheter ?"),
                      A("En général : un cartable, une trousse, des crayons, une gomme, une règle de 20 cm, de la colle…"),
                      U("Et pour le sport ?")), "fr", "multi_turn")


@sensitive("earlier_turn")
def _(g: Gen) -> Draft:
    ip = g.ipv4()
    return Draft(chat(S(f"Session context: client_ip={ip}; locale=es-MX; plan=free"),
                      U("¿Cuántas páginas puedo traducir al mes con el plan gratuito?")), "es", "system_prompt")


@sensitive("earlier_turn")
def _(g: Gen) -> Draft:
    pn = g.national_id("aadhaar")
    return Draft(chat(U(f"Aadhaar {pn} — this is for the KYC form, just keep it in mind"),
                      A("Understood. Which part of the KYC form do you need help with?"),
                      U("the occupation field, what do I write if I'm a freelancer?")), "en", "multi_turn")


# ---- written another way ----------------------------------------------------------------------

@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    e = g.email(g.person(g.pick(["us", "uk", "in"])))
    local, dom = e.split("@")
    reform(g, f"{local.replace('.', ' dot ')} at {dom.replace('.', ' dot ')}")
    return Draft(chat(U(f"send the photos to {g.planted[-1][2]} when you get a chance (dont want bots scraping it)")), "en", "obfuscated")


@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    ph = g.phone("us")
    digits = re.sub(r"\D", "", ph)[-10:]
    words = reform(g, f"{spell_digits(digits[:3])}, {spell_digits(digits[3:6])}, {spell_digits(digits[6:])}")
    return Draft(chat(U(f"call back number is {words} and ask for the billing department")), "en", "dictation")


@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    s = g.ssn("")
    split = reform(g, f"{s[:3]}\n{s[3:5]}\n{s[5:]}")
    return Draft(chat(U(f"the form has three boxes for the SSN, i typed\n{split}\nis that the right order?")), "en", "split")


@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    c = g.card(sep="")
    odd = reform(g, " ".join(c[i:i + 2] for i in range(0, len(c), 2)))
    return Draft(chat(U(f"Kartennummer laut Kundin: {odd} — bitte in 4er-Gruppen umformatieren")), "de", "obfuscated")


@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    p = g.person("de")
    e = g.email(p)
    local, dom = e.split("@")
    reform(g, f"{local} (at) {dom.replace('.', ' (punkt) ')}")
    return Draft(chat(U(f"Schreib der Interessentin, dass die Wohnung noch frei ist. Ihre Adresse: {g.planted[-1][2]}")),
                 "de", "obfuscated")


@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    i = g.iban(g.pick(["DE", "NL", "BE", "AT"]), False)
    low = reform(g, "-".join(i[k:k + 4] for k in range(0, len(i), 4)).lower())
    return Draft(chat(U(f"is this iban ok {low} my friend sent it like that")), "en", "obfuscated")


@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    ph = g.phone("uk")
    digits = re.sub(r"\D", "", ph)
    spaced = reform(g, " ".join("0" + digits[2:] if digits.startswith("44") else digits))
    return Draft(chat(U(f"voice note transcript: my number is {spaced} text me when youre outside")), "en", "dictation")


@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    ph = g.phone("de")
    digits = re.sub(r"\D", "", ph)
    national = digits[2:] if digits.startswith("49") else digits
    words = reform(g, spell_digits(national if national.startswith("0") else "0" + national, "de"))
    return Draft(chat(U(f"Diktat: Rückruf bitte an {words}, betrifft die Heizungswartung")), "de", "dictation")


@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    ph = g.phone("jp")
    wide = reform(g, ("0" + ph[4:] if ph.startswith("+81 ") else ph).translate(FULLWIDTH))
    return Draft(chat(U(f"電話番号は{wide}です。折り返しのお願いメールを書いてください。")), "ja", "fullwidth")


@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    ph = g.phone("sa")
    digits = re.sub(r"\D", "", ph)
    local = "0" + digits[3:] if digits.startswith("966") else digits
    ar = reform(g, f"{local[:3]} {local[3:6]} {local[6:]}".translate(ARABIC_INDIC))
    return Draft(chat(U(f"رقم جوالي {ar}، اكتب رسالة للمدرسة أطلب فيها الاتصال بي بخصوص غياب ابني.")), "ar", "arabic_digits")


@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    s = g.ssn("")
    dotted = reform(g, f"{s[:3]}.{s[3:5]}.{s[5:]}")
    return Draft(chat(U(f"ss no {dotted} (sorry my keyboard) — whats the fastest way to get a replacement card")), "en", "obfuscated")


@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    c = g.card(sep="")
    words = reform(g, spell_digits(c, "es"))
    return Draft(chat(U(f"transcripción de la llamada: el número de la tarjeta es {words}, caduca en marzo")), "es", "dictation")


@sensitive("obfuscated")
def _(g: Gen) -> Draft:
    p = g.person("fr")
    e = g.email(p)
    local, dom = e.split("@")
    reform(g, f"{local} arobase {dom}")
    return Draft(chat(U(f"Réponds à ce client qui a écrit son adresse « {g.planted[-1][2]} » pour recevoir le devis.")),
                 "fr", "obfuscated")


# ============================================================================================
# Benign templates: no personal data, many look-alikes
# ============================================================================================

def isbn13(g: Gen) -> str:
    while True:
        group = g.pick(["0", "1", "3", "2", "84", "88", "90"])
        publisher = g.d(g.r.randint(2, 4))
        body = "978" + group + publisher
        title = g.d(12 - len(body))
        digits = body + title + isbn13_digit(body + title)
        if not luhn_ok(digits):  # never shaped like a card number by accident
            return f"978-{group}-{publisher}-{title}-{digits[-1]}"


def cas(g: Gen) -> str:
    body = f"{g.r.randint(50, 99999)}-{g.d(2)}"
    return f"{body}-{cas_digit(body)}"


def isin(g: Gen) -> str:
    payload = g.pick(["DE000", "FR00", "NL00", "IE00B", "LU0", "CH00"])
    payload = payload + "".join(g.pick(string.digits + "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(11 - len(payload)))
    return payload + isin_digit(payload)


def sha(g: Gen, n: int = 40) -> str:
    while True:
        h = "".join(g.pick("0123456789abcdef") for _ in range(n))
        if not re.search(r"\d{7,}", h):
            return h


def uuid(g: Gen) -> str:
    h = sha(g, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{g.pick('89ab')}{h[17:20]}-{h[20:]}"


BICS = ("DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "NWBKGB2L", "UBSWCHZH80A", "BSCHESMM", "UNCRITMM",
        "RABONL2U", "SOGEFRPP", "HANDSESS", "NDEAFIHH", "CHASUS33", "BOFAUS3N")
UN_NUMBERS = (("UN1203", "gasoline"), ("UN1090", "acetone"), ("UN1170", "ethanol solution"), ("UN3480", "lithium ion batteries"),
              ("UN1263", "paint"), ("UN1993", "flammable liquid, n.o.s."), ("UN1950", "aerosols"), ("UN3481", "lithium ion batteries packed with equipment"))
HS_CODES = (("8471.30", "portable computers"), ("0901.21", "roasted coffee, not decaffeinated"), ("6109.10", "cotton T-shirts"),
            ("8517.13", "smartphones"), ("9403.60", "wooden furniture"), ("3304.99", "skin-care preparations"),
            ("8708.30", "brakes and servo-brakes"), ("6403.99", "footwear with leather uppers"))
CAS_REAL = (("7732-18-5", "water"), ("64-17-5", "ethanol"), ("67-64-1", "acetone"), ("7647-14-5", "sodium chloride"),
            ("67-63-0", "isopropanol"), ("7664-93-9", "sulfuric acid"), ("67-56-1", "methanol"), ("7722-84-1", "hydrogen peroxide"),
            ("108-88-3", "toluene"), ("50-00-0", "formaldehyde"))


# ---- famous, historical and fictional people --------------------------------------------------

FAMOUS_ASKS = (
    ("en", "Who was {x} and why does everyone bring them up in intro CS courses?", ("Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra")),
    ("en", "write a short poem in the style of {x} about a rainy bus stop", ("Emily Dickinson", "Walt Whitman", "Langston Hughes", "Sylvia Plath")),
    ("de", "Was hat {x} eigentlich genau erfunden oder entdeckt? Kurz bitte.", ("Carl Friedrich Gauß", "Lise Meitner", "Konrad Zuse", "Emmy Noether")),
    ("fr", "Résume la vie de {x} en cinq phrases pour un exposé de 4e.", ("Marie Curie", "Victor Hugo", "Simone Veil", "Jean Moulin")),
    ("es", "¿Qué libros de {x} recomiendas para empezar?", ("Gabriel García Márquez", "Isabel Allende", "Jorge Luis Borges", "Julio Cortázar")),
    ("pt", "Quem foi {x}? Preciso de um resumo para a prova de história.", ("Tiradentes", "Getúlio Vargas", "Dom Pedro II", "Zumbi dos Palmares")),
    ("it", "Perché {x} è considerato così importante?", ("Galileo Galilei", "Leonardo da Vinci", "Dante Alighieri", "Maria Montessori")),
    ("ru", "Кратко расскажи о творчестве {x}.", ("Антона Чехова", "Анны Ахматовой", "Михаила Булгакова", "Фёдора Достоевского")),
    ("zh", "{x}的主要成就是什么？请简单介绍。", ("鲁迅", "屠呦呦", "李白", "孔子")),
    ("ja", "{x}の代表作を三つ教えてください。", ("夏目漱石", "村上春樹", "宮崎駿", "黒澤明")),
    ("ko", "{x}에 대해 초등학생이 이해할 수 있게 설명해 줘.", ("세종대왕", "이순신", "유관순", "장영실")),
    ("en", "In the books, why does {x} trust Snape at the end? no spoilers beyond book 7 pls", ("Harry Potter", "Dumbledore", "Hermione Granger")),
    ("en", "Compare {x}'s leadership style with Abraham Lincoln's.", ("Nelson Mandela", "Winston Churchill", "Angela Merkel", "Mahatma Gandhi")),
    ("en", "is it true {x} was bad at math? sounds like a myth", ("Albert Einstein", "Charles Darwin", "Thomas Edison")),
    ("tr", "{x} hakkında kısa bir biyografi yazar mısın?", ("Mustafa Kemal Atatürk", "Orhan Pamuk", "Nazım Hikmet", "Aziz Sancar")),
    ("hi", "{x} के बारे में पाँच रोचक तथ्य बताइए।", ("रवींद्रनाथ टैगोर", "महात्मा गांधी", "कल्पना चावला", "सी. वी. रमन")),
    ("ar", "من هو {x} وما أهم إنجازاته؟", ("ابن سينا", "نجيب محفوظ", "الخوارزمي", "ابن خلدون")),
    ("en", "Sherlock Holmes vs {x}: who's the better detective and why? fun answer", ("Hercule Poirot", "Miss Marple", "Columbo")),
    ("pl", "Dlaczego {x} dostała dwie Nagrody Nobla?", ("Maria Skłodowska-Curie",)),
    ("en", "What did {x} say in the 2007 iPhone keynote that everyone quotes?", ("Steve Jobs",)),
    ("el", "Ποια είναι η σημασία του {x} για τη φιλοσοφία;", ("Σωκράτη", "Πλάτωνα", "Αριστοτέλη")),
    ("en", "my kid asked who {x} is after the world cup, give me a two sentence answer", ("Lionel Messi", "Kylian Mbappé", "Pelé", "Megan Rapinoe")),
    ("vi", "Hãy giới thiệu ngắn gọn về {x}.", ("Nguyễn Du", "Võ Nguyên Giáp", "Hồ Xuân Hương")),
    ("sv", "Vad är {x} mest känd för?", ("Astrid Lindgren", "Alfred Nobel", "Greta Garbo", "Carl von Linné")),
)


def _famous(lang: str, text: str, options: tuple[str, ...]) -> Template:
    def template(g: Gen) -> Draft:
        return Draft(chat(U(text.format(x=g.pick(options)))), lang, "general_question")
    return template


for _lang, _text, _opts in FAMOUS_ASKS:
    BENIGN.setdefault("benign_public_figure", []).append(_famous(_lang, _text, _opts))


# ---- things named after people -------------------------------------------------------------

NAMED_ASKS = (
    ("en", "explain {x} like i'm five", ("Dijkstra's algorithm", "the Kalman filter", "Bayes' theorem", "the Doppler effect", "Ohm's law")),
    ("en", "What are the early signs of {x} and when should someone see a doctor?", ("Parkinson's disease", "Alzheimer's disease", "Crohn's disease", "Hashimoto's thyroiditis")),
    ("en", "python: compute {x} between two strings without a library", ("the Levenshtein distance", "the Jaccard index", "the Hamming distance")),
    ("de", "Wie komme ich vom Hauptbahnhof zur {x}?", ("Goethe-Universität", "Elbphilharmonie", "Frauenkirche", "Humboldt-Universität")),
    ("en", "Is the {x} worth it for a family of four? mostly school runs", ("Tesla Model Y", "Ford Explorer", "Honda Odyssey")),
    ("fr", "Quelle est la différence entre les échelles {x} ?", ("Celsius et Kelvin", "Fahrenheit et Celsius", "Richter et Mercalli")),
    ("en", "best time to visit {x}? going in spring", ("Victoria Falls", "Lake Louise", "the Magellan Strait", "Saint Petersburg")),
    ("es", "¿Cómo funciona el {x}?", ("principio de Arquímedes", "teorema de Pitágoras", "método de Newton-Raphson")),
    ("en", "Write unit tests for a {x} implementation in Go", ("Fibonacci heap", "Bloom filter", "Huffman coder")),
    ("en", "Is {x} still a good pick for a side project in 2026?", ("Django", "Laravel", "Ruby on Rails", "Jenkins")),
    ("ja", "{x}の歴史を簡単に教えてください。", ("マクドナルド", "トヨタ自動車", "ホンダ")),
    ("en", "What's the difference between a {x}? asking for a bar quiz", ("Bellini and a Mimosa", "Caesar salad and a Cobb salad", "Bloody Mary and a Caesar")),
    ("en", "how does a {x} work", ("Ferris wheel", "Geiger counter", "Bunsen burner", "Diesel engine", "Stirling engine")),
    ("it", "Che differenza c'è tra la {x}?", ("distribuzione di Gauss e quella di Poisson", "legge di Hooke e la legge di Pascal")),
    ("en", "Directions from Kennedy Airport to {x} by public transport?", ("Lincoln Center", "Rockefeller Center", "Carnegie Hall")),
    ("pt", "O que é a {x}?", ("sequência de Fibonacci", "cifra de César", "projeção de Mercator")),
    ("en", "Is the {x} prize only for scientists?", ("Nobel", "Pulitzer", "Turing", "Fields")),
    ("nl", "Wat is het verschil tussen {x}?", ("Celsius en Fahrenheit", "Bluetooth en wifi", "Braille en gebarentaal")),
    ("en", "summarize the plot of {x} in 3 sentences", ("Don Quixote", "Anna Karenina", "Madame Bovary", "Hamlet")),
    ("en", "our team uses the {x} for prioritisation — is there a better alternative?", ("Eisenhower matrix", "Pareto principle", "Gantt chart")),
    ("zh", "请解释一下{x}。", ("薛定谔的猫", "图灵测试", "帕累托最优")),
    ("ko", "{x}에 대해 설명해 주세요.", ("피타고라스 정리", "파블로프의 개", "뉴턴의 운동 법칙")),
    ("en", "Can I use Alexa and Siri in the same house or do they fight over the wake word? lol", ()),
    ("ru", "Чем отличается {x}?", ("закон Ома от закона Кирхгофа", "шкала Кельвина от шкалы Цельсия")),
)


def _named(lang: str, text: str, options: tuple[str, ...]) -> Template:
    def template(g: Gen) -> Draft:
        return Draft(chat(U(text.format(x=g.pick(options)) if options else text)), lang, "general_question")
    return template


for _lang, _text, _opts in NAMED_ASKS:
    BENIGN.setdefault("benign_named_thing", []).append(_named(_lang, _text, _opts))


# ---- code-like identifiers: ISBN, CAS, UN, HS, ISIN, BIC, DOI, CVE, arXiv ---------------------

@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    return Draft(chat(U(f"can you format this as an APA reference? ISBN {isbn13(g)}, published 2019, second edition")), "en", "citation")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    c, name = g.pick(CAS_REAL)
    return Draft(chat(U(f"SDS section 1 lists CAS {c} — is that really {name}? we store it next to the bleach")), "en", "lab")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    (u1, n1), (u2, n2) = g.r.sample(UN_NUMBERS, 2)
    return Draft(chat(U(f"Can {u1} ({n1}) and {u2} ({n2}) go on the same pallet for road transport under ADR?")), "en", "logistics")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    h, desc = g.pick(HS_CODES)
    return Draft(chat(U(f"Zolltarifnummer {h} für {desc} — welcher Zollsatz gilt bei Import aus China in die EU ungefähr?")),
                 "de", "customs")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    return Draft(chat(U(f"What's the difference between an accumulating and a distributing ETF? My broker shows {isin(g)} as Acc.")),
                 "en", "finance")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    b = g.pick(BICS)
    return Draft(chat(U(f"Pour un virement international, le code {b} correspond à quelle banque et quelle ville ?")), "fr", "finance")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    doi = f"10.{g.r.randint(1000, 9999)}/{g.pick(['j.cell', 'j.neuron', 'acs.jpcb', 'j.jclepro'])}.{g.r.randint(2019, 2026)}.{g.r.randint(1, 12):02d}.{g.d(3)}"
    return Draft(chat(U(f"Give me a BibTeX entry skeleton for doi:{doi} — I'll fill the authors myself")), "en", "citation")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    cve = f"CVE-{g.r.randint(2021, 2026)}-{g.r.randint(1000, 49999)}"
    return Draft(chat(U(f"Does {cve} affect us if we only use the client library and never expose the admin port?")), "en", "security")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    ax = f"{g.r.randint(19, 26)}{g.r.randint(1, 12):02d}.{g.d(5)}"
    return Draft(chat(U(f"arXiv:{ax} — summarise the abstract's main claim in plain words, I pasted it below.\n\nWe show that "
                        f"sparse attention with learned routing matches dense attention on long-context retrieval at a "
                        f"fraction of the compute.")), "en", "research")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    rows = "\n".join(f"{isbn13(g)};{t};{g.r.randint(1, 12)}" for t in ("Faust I", "Der Process", "Effi Briest"))
    return Draft(chat(U(f"isbn;titel;bestand\n{rows}\n\nsortiere nach Bestand absteigend")), "de", "csv")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    c1, n1 = g.pick(CAS_REAL)
    return Draft(chat(U(f"化学物質{n1}（CAS番号 {c1}）の保管上の注意点を教えてください。")), "ja", "lab")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    h, desc = g.pick(HS_CODES)
    return Draft(chat(U(f"¿El código arancelario {h} ({desc}) necesita certificado de origen para exportar a Chile?")), "es", "customs")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    rfc = g.pick(["RFC 9110", "RFC 7519", "RFC 6749", "RFC 8446", "RFC 5322"])
    return Draft(chat(U(f"what does {rfc} say about this in one paragraph? i keep getting conflicting answers on stackoverflow")),
                 "en", "dev_question")


@benign("benign_code_lookalike")
def _(g: Gen) -> Draft:
    return Draft(chat(U(f"Fondo {isin(g)}: que significa o sufixo 'Acc' e porque a comissão é de 0,22%?")), "pt", "finance")


# ---- operational identifiers: hashes, versions, build ids, order numbers, logs ----------------

@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    return Draft(chat(U(f"git bisect says {sha(g)} is the first bad commit but it only touches the README. how is that possible?")),
                 "en", "dev_question")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    a, b = f"{g.r.randint(1, 5)}.{g.r.randint(0, 30)}.{g.r.randint(0, 12)}", f"{g.r.randint(6, 9)}.{g.r.randint(0, 4)}.0"
    return Draft(chat(U(f"upgrading from {a} to {b}, what breaking changes should I look for in the changelog?")), "en", "dev_question")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    order = f"ORD-2026-{g.d(6)}"
    return Draft(chat(U(f"Bestellung {order} ist seit fünf Tagen 'in Bearbeitung'. Wie frage ich höflich beim Shop nach?")),
                 "de", "support_chat")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    track = "1Z" + "".join(g.pick(string.ascii_uppercase + string.digits) for _ in range(6)) + g.d(2) + "".join(g.pick("ABCDEFGH") for _ in range(2)) + g.d(4)
    return Draft(chat(U(f"tracking {track} says 'exception: address correction needed' — what does that usually mean?")),
                 "en", "logistics")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    minutes = sorted(g.r.sample(range(10, 59), 3))
    lines = "\n".join(f"2026-11-30T04:{mm}:{g.r.randint(10, 59)}.{g.d(3)}Z {lvl} worker-{g.r.randint(1, 8)} "
                      f"job={uuid(g)} took={g.r.randint(80, 9000)}ms" for mm, lvl in zip(minutes, ("INFO", "WARN", "ERROR")))
    return Draft(chat(U(f"{lines}\n\nwhich job failed and how long after the warning?")), "en", "log")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    yml = (f"image: registry.internal/payments-api:{g.r.randint(1, 3)}.{g.r.randint(0, 20)}.{g.r.randint(0, 9)}\n"
           f"replicas: 3\nresources:\n  limits:\n    cpu: \"500m\"\n    memory: 512Mi\nenv:\n  - name: BUILD_ID\n"
           f"    value: \"b{g.d(6)}-{sha(g, 7)}\"\n")
    return Draft(chat(U(f"```yaml\n{yml}```\nwhy would k8s OOMKill this at ~480Mi?")), "en", "yaml")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    rows = "\n".join(f"SKU-{g.r.randint(10000, 99999)},{item},{g.r.randint(0, 400)}" for item in ("oak shelf", "desk lamp", "mouse pad", "hdmi cable"))
    return Draft(chat(U(f"sku,item,stock\n{rows}\n\nwhich items are under 50 units?")), "en", "csv")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    digest = "sha256:" + sha(g, 64)
    return Draft(chat(U(f"docker pull says manifest unknown for {digest}, but the tag exists. cache issue?")), "en", "dev_question")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    inv = f"INV/{g.r.randint(2025, 2026)}/{g.d(5)}"
    return Draft(chat(U(f"Faktura {inv} ma błędną stawkę VAT (23% zamiast 8%). Jak napisać prośbę o korektę?")), "pl", "finance")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    err = f"0x{g.pick(['80070005', '8024402C', '800F081F', 'C1900101'])}"
    return Draft(chat(U(f"Windows Update error {err} on three laptops since Tuesday — what's the usual fix?")), "en", "it_support")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    ts = f"2026-{g.r.randint(1, 11):02d}-{g.r.randint(1, 28):02d} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}"
    return Draft(chat(U(f"convert {ts} UTC to Tokyo and São Paulo time")), "en", "utility")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    sql = (f"-- migration {g.r.randint(2025, 2026)}{g.r.randint(10, 12)}{g.r.randint(10, 28)}_{g.d(4)}_add_index\n"
           f"CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status) WHERE status <> 'done';")
    return Draft(chat(U(f"{sql}\ncan this lock the table in postgres 16?")), "en", "sql")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    run = f"#{g.r.randint(1000, 99999)}"
    return Draft(chat(U(f"CI run {run} failed at step 'lint' with exit code 137 after 9m12s. memory or timeout?")), "en", "ci")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    ticket = f"JIRA-{g.r.randint(100, 9999)}"
    return Draft(chat(U(f"{ticket}: 工单描述太长了，帮我压缩成一句话：用户在切换语言后购物车清空，仅在安卓端出现，版本{g.r.randint(3, 6)}.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}。")),
                 "zh", "ticket")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    po, sku = f"PO{g.d(5)}", f"{g.r.randint(10000, 99999)}"
    edi = (f"UNH+1+ORDERS:D:96A:UN'BGM+220+{po}+9'DTM+137:20261201:102'LIN+1++{sku}:SA'QTY+21:{g.r.randint(6, 96)}'"
           f"UNS+S'CNT+2:1'UNT+8+1'")
    return Draft(chat(U(f"{edi}\nwhat quantity is ordered here and what does DTM+137 mean?")), "en", "edi")


@benign("benign_ops_lookalike")
def _(g: Gen) -> Draft:
    ics = (f"BEGIN:VEVENT\nUID:{uuid(g)}\nSUMMARY:Team offsite — planning 2027\nLOCATION:Harbour Hall, conference room 2\n"
           f"DTSTART:20270114T083000Z\nDTEND:20270114T160000Z\nEND:VEVENT")
    return Draft(chat(U(f"{ics}\nwhat time does this start in Berlin time?")), "en", "ical")


# ---- requests with tools, schemas, images and files but no personal data ---------------------

@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    tool = fn_tool("get_weather", "Current weather for a city.", {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["C", "F"]}})
    return Draft(chat(U(f"do I need an umbrella in {g.pick(['Lisbon', 'Osaka', 'Nairobi', 'Glasgow'])} this afternoon?"), tools=[tool]),
                 "en", "tool_schema")


@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    args = {"query": "standing desk", "max_price": 450, "sort": "rating"}
    return Draft(chat(U("find me a standing desk under 450"), A(None, tool_calls=[call("s1", "search_products", args)]),
                      T("s1", json.dumps({"results": [{"sku": f"SKU-{g.r.randint(10000, 99999)}", "name": "Flexi Pro 140", "price": 419}]})),
                      U("is that one height adjustable?")), "en", "tool_args")


@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    schema = {"type": "json_schema", "json_schema": {"name": "sentiment", "schema": {"type": "object", "properties": {
        "label": {"type": "string", "enum": ["positive", "neutral", "negative"]}, "confidence": {"type": "number"}}}}}
    return Draft(chat(U("Review: 'Battery lasts two days, but the strap broke after a week.'"), response_format=schema), "en", "response_format")


@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    url = f"https://images.example-shop.com/catalog/{g.pick(['chair', 'lamp', 'sofa'])}-{g.r.randint(100, 999)}-front.webp"
    return Draft(chat(U([{"type": "text", "text": "what material does this look like?"}, {"type": "image_url", "image_url": {"url": url}}])),
                 "en", "image_url")


@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    csv = "bWFudWZhY3R1cmVyLG1vZGVsLHdhdHRzCkFjbWUsWDEsNjAK"
    return Draft(chat(U([{"type": "text", "text": "plot watts per model"},
                         {"type": "file", "file": {"filename": f"lamps_q{g.r.randint(1, 4)}_2026.csv", "file_data": f"data:text/csv;base64,{csv}"}}])),
                 "en", "file_part")


@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    return Draft(chat(U("Translate to German: 'The meeting room on floor 3 is booked until noon.'"),
                      user=f"tenant-{sha(g, 12)}", metadata={"app": "roombot", "build": f"{g.r.randint(100, 999)}"}), "en", "user_field")


@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    tool = fn_tool("create_calendar_event", "Creates an event in the team calendar.",
                   {"title": {"type": "string"}, "start": {"type": "string", "format": "date-time"}, "duration_min": {"type": "integer"}})
    return Draft(chat(U("set up a 30 min retro next thursday at 3pm"), tools=[tool], tool_choice="required"), "en", "tool_schema")


@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    args = {"sql": "SELECT region, SUM(revenue) FROM sales WHERE year = 2026 GROUP BY region"}
    return Draft(chat(U("revenue by region this year?"), A(None, tool_calls=[call("q1", "run_sql", args)]),
                      T("q1", json.dumps({"rows": [["EMEA", 1204331.5], ["APAC", 880112.0], ["AMER", 1530980.25]]})),
                      U("make it a markdown table, biggest first")), "en", "tool_result")


@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    return Draft(completion("Q: What is the boiling point of water at sea level in Fahrenheit?\nA:", stop=["\nQ:"], max_tokens=16),
                 "en", "completion")


@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    tool = fn_tool("convert_currency", "Converts between currencies at today's rate.",
                   {"amount": {"type": "number"}, "from": {"type": "string"}, "to": {"type": "string"}})
    return Draft(chat(U("¿Cuánto son 250 euros en pesos mexicanos?"), tools=[tool]), "es", "tool_schema")


@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    return Draft(chat(S("You are a terse assistant for a bike shop. Answer in at most two sentences."),
                      U("do you service e-bikes with mid-drive motors?")), "en", "system_prompt")


@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    code = "def mean(xs):\n    return sum(xs) / len(xs)\n"
    return Draft(chat(U(f"handle the empty list case\n```python\n{code}```"), prediction={"type": "content", "content": code}),
                 "en", "prediction")


@benign("benign_tool_payload")
def _(g: Gen) -> Draft:
    return Draft(chat(U("Résume ce texte en une phrase : « Le conseil municipal a voté la rénovation de la piscine, les travaux "
                        "commenceront au printemps. »"), x_client={"version": f"{g.r.randint(2, 4)}.{g.r.randint(0, 9)}", "platform": "web"}),
                 "fr", "unknown_field")


# ---- family, colleagues and professionals mentioned without a name ---------------------------

RELATION_ASKS = (
    ("en", "my sister wants to learn piano at 40, is it too late? what should she start with"),
    ("en", "how do i tell my boss i need a day off for a family thing without oversharing"),
    ("en", "my mom keeps clicking on scam links, what settings should I change on her phone"),
    ("en", "My doctor said my vitamin D is low. Which foods actually help?"),
    ("en", "my husband snores really loud, any tips that actually work? we tried the strips"),
    ("de", "Mein Vater (78) will nicht mehr Auto fahren, traut sich aber nicht, das zu sagen. Wie spreche ich das an?"),
    ("fr", "Ma fille de 7 ans a peur du noir depuis la rentrée. Des idées pour l'aider ?"),
    ("es", "Mi compañero de piso nunca limpia la cocina. ¿Cómo se lo digo sin discutir?"),
    ("pt", "minha vó quer aprender a usar o whatsapp, por onde eu começo?"),
    ("it", "Mio figlio di 15 anni passa sei ore al giorno al telefono. Come impostare delle regole?"),
    ("ja", "上司に有給休暇を申請するメールの書き方を教えてください。"),
    ("ko", "남자친구 생일 선물로 20만 원 이하 추천해 주세요."),
    ("zh", "我妈妈最近总是失眠，有什么温和的改善方法吗？"),
    ("ru", "Мой брат хочет переехать в Польшу по работе. Какие документы обычно нужны?"),
    ("tr", "Annem için diyabet dostu tatlı tarifi önerir misin?"),
    ("hi", "मेरे दादाजी को घुटनों में दर्द रहता है, कौन से हल्के व्यायाम ठीक रहेंगे?"),
    ("ar", "زوجتي تريد تعلم البرمجة، من أين تبدأ؟"),
    ("en", "our new neighbour's dog barks all night, how do we bring it up nicely?"),
    ("en", "my therapist suggested journaling. give me 5 prompts for the first week"),
    ("nl", "Mijn schoonmoeder komt met kerst logeren. Tips voor een ontspannen week?"),
    ("pl", "Mój szef prosi o raport do piątku, a mam urlop. Jak odpisać?"),
    ("en", "my kid's teacher says he's distracted in class, what questions should i ask at the parent meeting?"),
    ("id", "Adik saya mau kuliah di luar negeri, beasiswa apa yang cocok untuk jurusan teknik?"),
    ("sv", "Min sambo och jag ska dela på hushållsekonomin. Hur brukar man göra?"),
    ("uk", "Моя донька хоче займатися плаванням, з якого віку краще починати?"),
)


def _relation(lang: str, text: str) -> Template:
    def template(g: Gen) -> Draft:
        return Draft(chat(U(text)), lang, "personal")
    return template


for _lang, _text in RELATION_ASKS:
    BENIGN.setdefault("benign_relationship", []).append(_relation(_lang, _text))


# ---- everyday requests: dates, money, places, public buildings, many languages ----------------

EVERYDAY_ASKS = (
    ("en", "the quarterly review moved to 14 March 2027 at 10:30, write a two line heads-up for the team"),
    ("en", "Is 1,249.99 EUR a fair price for a 14\" laptop with 32 GB RAM? used for video editing"),
    ("en", "How long does it take to walk from the Louvre to the Eiffel Tower, and is it a nice route?"),
    ("en", "our office moved to the fourth floor of the Flatiron Building, write a short notice for the lobby screen"),
    ("de", "Der Abgabetermin ist der 15.01.2027. Wie viele Arbeitstage habe ich noch, wenn ich Feiertage in Bayern abziehe?"),
    ("de", "Schreib eine kurze Absage für das Vorstellungsgespräch am Dienstag, ich habe eine andere Stelle angenommen."),
    ("fr", "Combien de temps faut-il pour aller de la gare de Lyon à l'aéroport Charles-de-Gaulle en RER ?"),
    ("es", "Escríbeme una lista de la compra para una paella para seis personas."),
    ("pt", "Qual é a diferença entre CDB e LCI para quem quer investir 10 mil reais por dois anos?"),
    ("it", "Traduci in inglese: 'La consegna è prevista per giovedì 18 dicembre tra le 9 e le 13.'"),
    ("nl", "Hoeveel btw betaal ik op een factuur van 2.450 euro als het 21% tarief geldt?"),
    ("pl", "Ile kosztuje bilet miesięczny w Warszawie dla studenta? I czy jest zniżka?"),
    ("sv", "Skriv en kort inbjudan till julfika på kontoret den 17 december klockan 15."),
    ("fi", "Kirjoita lyhyt kiitosviesti asiakkaalle hyvästä yhteistyöstä tänä vuonna."),
    ("tr", "İstanbul'dan Kapadokya'ya otobüsle gitmek mi mantıklı, uçakla mı?"),
    ("ru", "Составь план подготовки к экзамену по английскому на уровень B2 за три месяца."),
    ("uk", "Як приготувати борщ без м'яса, щоб був насичений смак?"),
    ("zh", "下周三下午三点的部门会议改到周四上午十点，帮我写个通知。"),
    ("ja", "12月20日の忘年会の案内文を作ってください。会費は5,000円です。"),
    ("ko", "제주도 3박 4일 여행 일정 짜 줘. 렌터카 없이 다닐 거야."),
    ("hi", "दिल्ली से जयपुर ट्रेन से जाने में कितना समय लगता है?"),
    ("ar", "ما أفضل طريقة لتعلم اللغة الإنجليزية في ستة أشهر؟"),
    ("el", "Γράψε μου μια σύντομη ευχή για τα Χριστούγεννα για συναδέλφους."),
    ("vi", "Gợi ý thực đơn ăn sáng lành mạnh trong một tuần."),
    ("id", "Bagaimana cara membuat sambal matah yang enak?"),
    ("he", "כתוב לי הודעה קצרה לצוות שהפגישה נדחתה ליום ראשון."),
    ("th", "ช่วยแนะนำที่เที่ยวในเชียงใหม่สำหรับสองวันหน่อย"),
    ("sw", "Nisaidie kuandika barua fupi ya kuomba likizo ya siku tatu."),
    ("cs", "Napiš krátké poděkování kolegům za pomoc s projektem."),
    ("en", "the museum is at 1000 Fifth Avenue right? what are the hours on a sunday"),
    ("en", "convert 72 kg to pounds and 1.83 m to feet and inches"),
    ("en", "write a haiku about the first snow in the parking lot"),
)


def _everyday(lang: str, text: str) -> Template:
    def template(g: Gen) -> Draft:
        return Draft(chat(U(text)), lang, "everyday")
    return template


for _lang, _text in EVERYDAY_ASKS:
    BENIGN.setdefault("benign_everyday", []).append(_everyday(_lang, _text))


@benign("benign_everyday")
def _(g: Gen) -> Draft:
    return Draft(chat(U("what's a good name for a sourdough starter? something funny"),
                      A("How about 'Clint Yeastwood', 'Bread Pitt' or 'Doughy Parton'?"),
                      U("haha ok, one more in german")), "en", "multi_turn")


@benign("benign_everyday")
def _(g: Gen) -> Draft:
    mail = ("Hello team,\n\nthe supplier confirmed delivery of the new chairs for Monday 8 December between 8 and 10. "
            "Please clear the meeting room on the ground floor by Friday evening.\n\nBest,\nFacilities")
    return Draft(chat(U(f"translate to spanish:\n\n{mail}")), "en", "email")


# ============================================================================================
# Complexity
# ============================================================================================

EASY = (  # label 0, not length-adversarial: short, and a small model does them fine
    ("en", "hey there"), ("en", "thanks, that's all for today!"), ("en", "what's the capital of Canada"),
    ("en", "translate 'good morning' to Italian"), ("en", "name three fruits that are red"),
    ("en", "what day comes after Tuesday?"), ("en", "how do you spell 'necessary'"), ("en", "what is 7 times 8"),
    ("en", "convert 5 km to miles"), ("en", "give me a synonym for 'happy'"),
    ("en", "rewrite 'pls send asap' so it sounds polite"), ("en", "what time zone is Berlin in?"),
    ("en", "Write a two-sentence thank-you note to my team for finishing the quarter; mention the pizza on Friday."),
    ("en", "is a tomato a fruit or a vegetable"), ("en", "tell me a clean joke about cats"),
    ("en", "What's the plural of 'cactus'?"), ("en", "how many minutes are in 3 hours"),
    ("en", "Suggest a title for a blog post about houseplants for beginners."),
    ("en", "make this shorter: 'I am writing to let you know that I will be out of the office tomorrow.'"),
    ("en", "what's the opposite of 'ancient'"), ("en", "sort these alphabetically: pear, apple, mango, cherry"),
    ("en", "good night!"), ("en", "Write a friendly one-line reminder that the library closes at 6 today."),
    ("de", "Wie sagt man 'Entschuldigung' auf Englisch?"), ("de", "Nenne drei Bundesländer im Norden."),
    ("de", "Hallo, wie geht's?"), ("fr", "Quelle est la capitale de l'Australie ?"), ("fr", "Merci beaucoup !"),
    ("es", "¿Cuántos días tiene febrero en un año bisiesto?"), ("es", "Dime un sinónimo de 'rápido'."),
    ("pt", "como se diz 'obrigado' em japonês?"), ("it", "Scrivi 'buon compleanno' in tedesco."),
    ("nl", "Wat is 15 procent van 80?"), ("pl", "Podaj trzy kolory flagi Francji."),
    ("zh", "“谢谢”用英语怎么说？"), ("zh", "一年有几个季节？"), ("ja", "おはようございます！"), ("ja", "「猫」は英語で何ですか？"),
    ("ko", "안녕하세요! 오늘 기분 어때요?"), ("ru", "Сколько будет 12 плюс 30?"), ("tr", "Günaydın! Bugün hava nasıl olur sence?"),
    ("hi", "नमस्ते! आप कैसे हैं?"), ("ar", "ما عاصمة المغرب؟"), ("sv", "Vad heter måndag på engelska?"),
    ("vi", "Chào bạn! Hôm nay là thứ mấy?"), ("id", "Apa bahasa Inggrisnya 'terima kasih'?"),
)

SHORT_HARD = (  # label 1, length-adversarial: terse, but a strong model is needed
    ("en", "Prove that √2 + √3 is irrational."),
    ("en", "Find all integer solutions of x² − 2y² = 1 and prove you have them all."),
    ("en", "Design a rate limiter shared by 3 regions that adds under 5 ms per request. Tradeoffs?"),
    ("en", "Lock-free SPSC ring buffer in Rust, with the memory orderings justified."),
    ("en", "Why is the halting problem undecidable? Full diagonal argument."),
    ("en", "Closed form for Σ k² xᵏ, k from 0 to n. Derive it."),
    ("en", "Is every continuous bijection ℝ→ℝ a homeomorphism? Prove or refute."),
    ("en", "Implement Raft leader election in Go, with a test for split votes."),
    ("en", "Can a regular expression match balanced parentheses? Prove your answer."),
    ("en", "Expected number of fair coin flips until HTH appears? Show the derivation."),
    ("en", "Count inversions in O(n log n); prove correctness and the bound."),
    ("en", "SQL: 3-month rolling retention by weekly signup cohort, Postgres."),
    ("en", "Why was double-checked locking broken in Java before 1.5?"),
    ("en", "Determinant of the n×n matrix with 2 on the diagonal and 1 elsewhere?"),
    ("en", "Schedule 12 teams round-robin in 11 rounds with no three-in-a-row home games."),
    ("en", "Bound the mixing time of the lazy random walk on the hypercube."),
    ("en", "Exactly-once delivery over Kafka into Postgres — design it, failure cases included."),
    ("en", "Write a Pratt parser for arithmetic with unary minus and right-associative ^."),
    ("en", "Is this sound: ∀x∃y P(x,y) ⊢ ∃y∀x P(x,y)? Counter-model if not."),
    ("en", "Tax-loss harvesting vs. wash-sale rule across two brokers: walk through edge cases."),
    ("en", "Derive the Black–Scholes PDE from a delta-hedged portfolio."),
    ("en", "fix the deadlock: two goroutines lock A then B and B then A, without a global lock order"),
    ("en", "Show that a graph is bipartite iff it has no odd cycle."),
    ("en", "Optimal strategy for the secretary problem and why 1/e?"),
    ("en", "CRDT for a collaborative ordered list — pick one and prove convergence."),
    ("de", "Beweise, dass es unendlich viele Primzahlen der Form 4k+3 gibt."),
    ("de", "Entwirf ein Berechtigungsmodell für Mandanten mit vererbbaren Rollen und Ausnahmen."),
    ("fr", "Démontrer que le groupe des unités de ℤ/pℤ est cyclique."),
    ("fr", "Analyse la validité d'une clause de non-concurrence sans contrepartie financière en droit français."),
    ("es", "Diseña el sharding de una base de datos de chats con 500 millones de usuarios."),
    ("es", "Demuestra que toda sucesión acotada en ℝ tiene una subsucesión convergente."),
    ("zh", "证明：闭区间上的连续函数一致连续。"),
    ("zh", "设计一个支持百万并发连接的推送网关，说明关键取舍。"),
    ("ja", "ダイクストラ法が負の辺で失敗する理由を反例付きで説明せよ。"),
    ("ko", "B-트리와 LSM-트리의 쓰기 증폭을 수식으로 비교해 줘."),
    ("ru", "Докажи, что любое дерево с n вершинами имеет n−1 ребро."),
    ("pt", "Prove que não existe bijeção entre ℕ e ℝ."),
    ("it", "Dimostra che ogni gruppo di ordine p² è abeliano."),
    ("pl", "Udowodnij, że problem 3-SAT jest NP-zupełny, zakładając twierdzenie Cooka."),
    ("tr", "Dağıtık bir sistemde saat kayması olmadan sıralama nasıl garanti edilir? Lamport ve vektör saatlerini karşılaştır."),
)

HARD = (  # label 1, not length-adversarial: the ask itself is long and hard
    ("en", "We run a monolith (Django, Postgres 15, Celery, Redis) serving about 4k requests per second at peak. Payments and "
           "notifications are the noisiest parts. Propose a plan to split out payments into its own service over two quarters: "
           "data ownership, the dual-write period, how to keep idempotency for webhooks, rollback at each step, and what to "
           "measure to know the split is working. Be concrete about the order of steps."),
    ("en", "Here's my Python:\n```python\nimport threading\ncounter = 0\ndef work():\n    global counter\n    for _ in range(100000):\n"
           "        counter += 1\nts = [threading.Thread(target=work) for _ in range(8)]\n[t.start() for t in ts]\n[t.join() for t in ts]\n"
           "print(counter)\n```\nSometimes it prints 800000, sometimes less, and on 3.12 it seems to always be right. Explain exactly "
           "why, what the GIL does and doesn't guarantee here, whether the 3.12 behaviour can be relied on, and give two correct fixes "
           "with their performance tradeoffs."),
    ("en", "Our SaaS contract says: 'Provider's aggregate liability shall not exceed the fees paid in the twelve months preceding "
           "the claim, except for breaches of Section 9 (Confidentiality).' A customer's data leaked because a subprocessor was "
           "misconfigured. Section 9 covers 'Confidential Information' but data protection is in Section 11 with its own cap of "
           "2x fees. Analyse which cap applies, the arguments each side would make, and what we should change in the next version."),
    ("en", "I need a DCF for a small bakery chain: revenue 2.4M growing 8%/yr for 5 years then 2%, EBITDA margin 14% improving to "
           "17%, capex 4% of revenue, working capital 6% of incremental revenue, tax 25%, WACC 11%. Walk me through the "
           "calculation year by year, the terminal value, and a sensitivity table for WACC 9-13% vs terminal growth 1-3%. "
           "Then tell me which assumption the value is most fragile to."),
    ("en", "Prove that the greedy algorithm for interval scheduling (always pick the interval that ends first) gives a maximum "
           "set of non-overlapping intervals. Then show with a counterexample that picking the shortest interval first fails, "
           "and explain how the proof breaks for weighted intervals and what algorithm fixes it."),
    ("en", "A 58-year-old with type 2 diabetes on metformin and empagliflozin comes in with nausea, abdominal pain and rapid "
           "breathing; glucose is 190 mg/dL. Walk through the differential, why euglycemic DKA is on it, which labs confirm it, "
           "and how management differs from classic DKA. I'm a med student preparing for rounds."),
    ("en", "Design the data model and API for a multi-warehouse inventory system where stock can be reserved by carts for 15 "
           "minutes, transferred between warehouses, and sold offline by stores that sync every hour. Cover how you avoid "
           "overselling, how conflicts from offline sales are resolved, and what the reservation expiry job looks like."),
    ("en", "Write a TypeScript function that takes a list of calendar events with time zones and recurrence rules (RRULE subset: "
           "FREQ=DAILY/WEEKLY, BYDAY, COUNT, UNTIL) and returns free 30-minute slots for a set of attendees over the next two "
           "weeks, respecting DST changes. Include tests for the DST edge cases."),
    ("en", "Explain why the variance of the sample mean of an AR(1) process with coefficient 0.8 is much larger than σ²/n, derive "
           "the effective sample size, and show how that changes a 95% confidence interval for a metric we compute from "
           "daily data over 90 days."),
    ("en", "Compare event sourcing with a plain CRUD + audit table for a loan origination system that must answer 'what did we "
           "know at decision time?' for regulators for 7 years. Consider schema evolution, GDPR erasure, replay cost and "
           "reporting. Recommend one and justify it."),
    ("en", "Our React app re-renders the whole table (5k rows) when one cell changes. We use context for the selection state and "
           "pass inline callbacks. Diagnose the likely causes, explain how React's reconciliation and context propagation cause "
           "it, and propose a refactor with memoization, state colocation and virtualization — with code for the row component."),
    ("en", "Given a Postgres table events(user_id, ts, kind) with 2 billion rows, I need per-user sessionization (30-minute "
           "inactivity gap) and daily session counts. Write the SQL with window functions, explain the plan you'd expect, and "
           "propose an incremental approach so the nightly job doesn't rescan everything."),
    ("de", "Wir planen, unsere On-Premise-SAP-Landschaft schrittweise in die Cloud zu migrieren. Bitte erstelle eine Analyse der "
           "Risiken (Datenschutz nach DSGVO, Schnittstellen zu 40 Altsystemen, Betriebsrat), einen Phasenplan mit Meilensteinen "
           "und eine Entscheidungsmatrix für Lift-and-Shift gegenüber Re-Platforming."),
    ("de", "Zeige, dass die Funktion f(x) = x·sin(1/x) für x≠0 und f(0)=0 stetig, aber in 0 nicht differenzierbar ist, und "
           "untersuche, ob x²·sin(1/x) in 0 differenzierbar und ob die Ableitung dort stetig ist. Mit vollständigen Begründungen."),
    ("fr", "Rédige une analyse comparée du régime de la micro-entreprise et de la SASU pour un développeur freelance qui facture "
           "85 000 € par an : cotisations, impôt, protection sociale, retraite, et à partir de quel chiffre d'affaires la SASU "
           "devient plus intéressante. Chiffre chaque hypothèse."),
    ("fr", "Explique pourquoi l'algorithme de Bellman-Ford détecte les cycles de poids négatif, prouve sa correction par "
           "récurrence sur le nombre d'arêtes, puis propose une version qui renvoie le cycle lui-même."),
    ("es", "Tengo un microservicio en Java que consume de RabbitMQ y escribe en MySQL. Bajo carga aparecen mensajes duplicados y "
           "algunos se pierden cuando el pod se reinicia. Analiza las causas posibles (acks, prefetch, transacciones), propone "
           "un diseño con idempotencia y outbox, y explica cómo probarlo con fallos inyectados."),
    ("es", "Demuestra que la serie armónica diverge de dos maneras distintas, luego estudia la convergencia de Σ 1/(n log n) y "
           "Σ 1/(n (log n)²) con el criterio de condensación de Cauchy, justificando cada paso."),
    ("pt", "Preciso de uma estratégia de testes para um app bancário com Pix: quais testes de contrato, de integração e de "
           "carga, como simular a indisponibilidade do SPI, e como garantir que uma transferência nunca seja debitada duas "
           "vezes. Explique as decisões."),
    ("zh", "请分析我们的推荐系统为什么在新用户上效果差：目前用协同过滤，冷启动用户只有注册信息。请比较基于内容的方法、"
           "多臂老虎机探索和元学习三种方案，给出实验设计和评估指标，并说明各自的风险。"),
    ("zh", "证明：若 n 个正数的乘积为 1，则它们的和不小于 n；再推广到加权情形，并说明等号成立的条件。"),
    ("ja", "当社の在庫管理システムは夜間バッチで在庫を締めていますが、EC の注文がリアルタイムに増えて欠品と過剰在庫が"
           "同時に起きています。イベント駆動に移行する設計案を、データ整合性、障害時の復旧、移行手順の観点で詳しく提案してください。"),
    ("ko", "우리 팀의 쿠버네티스 클러스터에서 노드 하나가 NotReady가 되면 결제 서비스 지연이 10초까지 늘어납니다. "
           "PodDisruptionBudget, readiness probe, 커넥션 풀 설정을 고려해 원인을 분석하고 단계별 개선안을 제시해 주세요."),
    ("ru", "Разработай схему базы данных и алгоритм для системы бронирования переговорных комнат с повторяющимися встречами, "
           "часовыми поясами и приоритетами. Объясни, как избежать двойного бронирования при конкурентных запросах."),
    ("it", "Analizza se un'azienda italiana con 30 dipendenti deve nominare un DPO secondo il GDPR, considerando che tratta "
           "dati sanitari dei clienti per un servizio di telemedicina, e quali misure tecniche e organizzative sono richieste. "
           "Argomenta con riferimento agli articoli."),
    ("en", "I have this Rust code and the borrow checker rejects it:\n```rust\nfn longest<'a>(v: &'a mut Vec<String>) -> &'a str {\n"
           "    let mut best = &v[0];\n    for s in v.iter() { if s.len() > best.len() { best = s; } }\n    v.push(String::new());\n"
           "    best\n}\n```\nExplain precisely why it's rejected, why the compiler is right (what could go wrong at runtime), and "
           "give two idiomatic rewrites with different API tradeoffs."),
    ("en", "We A/B tested a checkout change: control 48,210 sessions, 1,927 conversions; variant 47,880 sessions, 2,041 "
           "conversions. But the test was stopped early after peeking daily. Compute the naive p-value, explain how peeking "
           "inflates type I error, and what a sequential test would have said. Should we ship?"),
    ("en", "Write a small interpreter in Python for a Lisp with let, lambda, if, define, closures and tail-call optimisation. "
           "Explain how you implement TCO without blowing the Python stack, and include tests."),
    ("en", "Explain how TLS 1.3 achieves forward secrecy, why 0-RTT data is replayable, and design the server-side mitigation "
           "for an API where some endpoints are not idempotent."),
    ("en", "Our team of 6 keeps missing sprint goals. Velocity swings between 18 and 41 points; half the stories spill over; "
           "there are two on-call interruptions a week. Analyse the likely systemic causes and propose a plan for the next "
           "quarter with concrete metrics, not generic agile advice."),
    ("en", "Prove that every planar graph is 5-colourable. Then explain why the same argument doesn't give 4 colours and what "
           "goes wrong with Kempe's original proof."),
    ("en", "I'm choosing between a fixed 4.1% mortgage for 10 years and a variable one starting at 3.2% tied to Euribor+0.9. "
           "Loan 320k, 25 years. Model three rate scenarios, compute total interest and the break-even path, and tell me what "
           "risk I'm actually taking with the variable one."),
    ("en", "A landlord kept my full deposit citing 'general wear'. I have move-in photos, the lease says deposit returned within "
           "30 days minus itemized deductions, and it's been 45 days with no itemized list. I'm in California. Analyse my "
           "position under the relevant statute, likely outcomes in small claims, and draft the demand letter."),
    ("en", "Design an offline-first mobile notes app with end-to-end encryption, multi-device sync and sharing with other users. "
           "Explain key management (device add/remove, recovery), conflict resolution, and what metadata the server can still see."),
    ("en", "Here's a flaky test: it passes locally, fails 1 in 20 on CI. It spins up a server on a random port, sends 100 "
           "concurrent requests with aiohttp and asserts the counter endpoint returns 100. The handler does `self.count += 1` "
           "after an `await db.execute(...)`. Explain every plausible cause and how to prove which one it is."),
    ("nl", "Maak een onderbouwde vergelijking tussen een BV en een eenmanszaak voor een zzp'er met 120.000 euro winst, inclusief "
           "box 2, dga-salaris, pensioenopbouw en risico's, en geef aan bij welke winst de omslag ligt."),
    ("en", "Build a parser and evaluator for spreadsheet formulas with cell references, ranges (A1:B3), SUM/AVERAGE/IF, and "
           "cycle detection across sheets. Describe the dependency graph and incremental recomputation, then write the core code."),
    ("en", "A chemical plant's pressure relief valve has failed twice in 18 months. Outline a root cause analysis approach "
           "(5 whys vs fault tree vs FMEA), what data to collect, and how to decide between redesign and maintenance changes."),
    ("en", "Explain how a B+ tree handles concurrent inserts with latch crabbing, why optimistic latch coupling is faster, and "
           "what happens on a split that propagates to the root. Pseudocode please."),
    ("en", "I have 14 GB of JSON logs per day and need p50/p95/p99 latency per endpoint per minute, queryable for 90 days on a "
           "budget of about 300 USD a month. Compare ClickHouse, DuckDB on object storage and a managed time-series DB, with "
           "estimates, and recommend one."),
)

NEWSLETTER = """Northwind Logistics — Inside Track, December edition

It has been a busy autumn across all four depots. The new sorting line in the Leipzig hub went live in October and is now \
handling about 38,000 parcels a day, roughly a third more than the old line at its best. Thanks to everyone on the night \
shift who stayed flexible during the two weeks of testing; the noise complaints from the neighbouring allotments have also \
stopped since the acoustic panels were installed.

Safety first: we recorded 212 days without a lost-time incident at the Rotterdam depot, the longest streak in the company's \
history. The forklift refresher course remains mandatory for everyone who drives, including supervisors, and the next \
sessions are listed on the intranet. Please also remember that high-visibility vests are required in the yard at all times, \
not just after dark.

Sustainability: eleven of our electric vans completed their first full year. Range in winter dropped by about 18 percent, \
less than the manufacturer warned us about, and maintenance costs were about half those of the diesel vans they replaced. \
We will order another twenty for the spring.

Holiday party: this year's party will take place on Friday 19 December at the Harbour Hall, starting at 18:00. There will be \
a buffet with vegetarian and vegan options, a live band from 20:00 and, by popular demand, the karaoke corner returns. Shuttle \
buses leave from each depot at 17:15.

Finally, the canteen will close for renovation from 5 January to 23 January. Food trucks will be parked outside the main \
entrance during that period, and the coffee machines on each floor remain available."""

HOUSE_RULES = """Hausordnung für die Wohnanlage Lindenhof

1. Ruhezeiten
Die Nachtruhe gilt von 22:00 Uhr bis 6:00 Uhr, an Sonn- und Feiertagen zusätzlich von 13:00 Uhr bis 15:00 Uhr. In dieser Zeit \
sind laute Tätigkeiten wie Bohren, Staubsaugen oder lautes Musizieren zu unterlassen. Fernseh- und Radiogeräte sind auf \
Zimmerlautstärke einzustellen.

2. Treppenhaus und Flure
Treppenhaus, Flure und Kellergänge sind Fluchtwege und müssen frei bleiben. Kinderwagen und Rollatoren dürfen nur im dafür \
vorgesehenen Raum im Erdgeschoss abgestellt werden. Schuhe, Schränke oder Pflanzen im Treppenhaus sind nicht gestattet.

3. Reinigung
Die Reinigung des Treppenhauses erfolgt im wöchentlichen Wechsel nach dem Plan, der im Eingangsbereich aushängt. Die \
Gehwegreinigung und der Winterdienst werden von einer Firma übernommen; die Kosten sind in den Nebenkosten enthalten.

4. Müll
Der Müll ist getrennt in die bereitgestellten Behälter zu entsorgen: Restmüll, Papier, Bioabfall und Gelber Sack. Sperrmüll \
darf nicht im Hof abgestellt werden, sondern ist bei der Stadt anzumelden.

5. Waschküche
Die Waschküche steht werktags von 7:00 bis 20:00 Uhr zur Verfügung. Bitte tragen Sie sich in den Belegungsplan ein und \
reinigen Sie die Maschinen nach der Benutzung.

6. Haustiere
Kleintiere sind erlaubt. Für Hunde und Katzen ist die Zustimmung der Verwaltung einzuholen. Hunde sind auf dem Gelände an \
der Leine zu führen.

7. Grillen
Grillen auf Balkonen ist nur mit Elektrogrills gestattet. Auf der Gemeinschaftswiese darf nach Absprache mit Holzkohle \
gegrillt werden."""

RECIPE = """Grandma-style apple cake (serves 10)

Ingredients:
- 250 g soft butter, plus a little for the tin
- 200 g sugar
- 1 packet vanilla sugar
- 4 eggs
- 350 g plain flour
- 1 packet baking powder
- 100 ml milk
- 1 kg tart apples (Boskoop works best)
- juice of half a lemon
- 2 tbsp apricot jam
- 50 g flaked almonds

Method:
1. Preheat the oven to 180 °C (160 °C fan). Butter a 26 cm springform tin.
2. Peel, quarter and core the apples. Score the rounded side of each quarter several times with a knife, then drizzle with \
lemon juice so they don't brown.
3. Beat the butter, sugar and vanilla sugar until pale and fluffy, about five minutes. Add the eggs one at a time, beating well \
after each.
4. Mix flour and baking powder and fold into the butter mixture alternately with the milk until you have a smooth, thick batter.
5. Spread the batter in the tin and press the apple quarters into it, scored side up, in tight circles.
6. Bake for 55–60 minutes until a skewer comes out clean. If the top browns too quickly, cover loosely with foil.
7. Warm the jam with a splash of water, brush it over the warm cake and scatter the almonds on top.
8. Let the cake cool in the tin for 15 minutes before releasing it.

Tip: the cake tastes even better the next day and keeps for three days under a cake cover."""

TOS = """Terms of Service — Brightline Cloud Storage

1. Acceptance. By creating an account or using the Service you agree to these Terms. If you use the Service on behalf of an \
organisation, you confirm that you are authorised to bind it.

2. The Service. Brightline provides online storage, file sharing and synchronisation. Features may change over time; we will \
give at least 30 days' notice before removing a feature that a paid plan depends on.

3. Accounts. You are responsible for keeping your credentials confidential and for all activity under your account. Notify us \
without undue delay if you suspect unauthorised access.

4. Acceptable use. You must not upload content that is unlawful, infringes others' rights, contains malware, or is used to \
send unsolicited bulk messages. We may suspend accounts that put the Service or other users at risk.

5. Fees. Paid plans are billed in advance monthly or yearly. Fees are non-refundable except where required by law or stated \
in these Terms. Price changes take effect at the next renewal after at least 30 days' notice.

6. Cookies. We use strictly necessary cookies to operate the Service and, with your consent, analytics cookies. Details and \
settings are in the Cookie Notice.

7. Data protection. We process personal data as described in the Privacy Notice and, for business customers, the Data \
Processing Addendum.

8. Termination. You may close your account at any time. We may terminate these Terms for material breach not cured within \
14 days of notice. After termination your files remain downloadable for 30 days.

9. Liability. Nothing in these Terms limits liability for death or personal injury caused by negligence, fraud, or any \
liability that cannot be limited by law. Otherwise our aggregate liability is limited to the fees paid in the 12 months \
before the claim.

10. Disputes. These Terms are governed by the laws of Ireland. Any dispute shall be resolved by binding arbitration in Dublin, \
except that consumers may bring claims before the courts of their country of residence."""

MEETING = """Transcript — Sprint planning, mobile team

PM: Okay, let's start. Main goal this sprint is the offline mode for the shopping list, plus the two crash fixes from last week.
Dev 1: The crash on Android 12 is fixed on main already, it was the image cache. The iOS one is still open; we can't reproduce it.
Dev 2: I think it's the background refresh. The stack trace always has the refresh task in it.
PM: Can we timebox that to two days?
Dev 2: Sure. If we don't find it by Wednesday we add more logging and ship that instead.
Design: For offline mode I have the mockups ready. The main question is how we show that an item was added offline and not yet synced.
Dev 1: A small cloud icon with a slash, like the photo app does?
Design: That's what I have in the mockups. Greyed-out text plus the icon.
PM: Good. What about conflicts, if two people edit the same list offline?
Dev 1: Last write wins for now. Proper merging is a lot more work; let's do it next quarter.
QA: I'll need test devices with airplane mode scripts. I'll set up the device farm config on Monday.
PM: Estimates?
Dev 1: Offline storage layer five points, UI three, sync queue eight.
Dev 2: iOS crash three, logging two.
PM: That's twenty-one, fits our velocity. Anything blocking?
QA: The staging backend goes down for maintenance on Thursday morning.
PM: Noted. Next planning is on Monday the 15th at 10:00, same room. Thanks, everyone."""

NEWS_ES = """Valencia inaugura un nuevo carril bici de 12 kilómetros que conecta el centro con la playa

El Ayuntamiento de Valencia inauguró este lunes un nuevo carril bici de doce kilómetros que une la plaza del Ayuntamiento con \
el paseo marítimo de la Malvarrosa. La obra, que ha durado catorce meses, ha costado 6,3 millones de euros, cofinanciados con \
fondos europeos.

Según el concejal de Movilidad, el nuevo trazado permitirá recorrer la distancia entre el centro y la playa en unos \
veinticinco minutos, y forma parte de un plan más amplio que prevé alcanzar los 200 kilómetros de vías ciclistas en la ciudad \
en 2028. El carril está separado del tráfico por una franja verde con árboles, lo que, según los técnicos, reducirá también la \
temperatura del asfalto en verano.

Las asociaciones de ciclistas han celebrado la apertura, aunque señalan que algunos cruces siguen siendo peligrosos, \
especialmente en la avenida del Puerto. Los comerciantes de la zona, por su parte, temen perder plazas de aparcamiento. El \
Ayuntamiento asegura que se han habilitado 300 plazas nuevas en aparcamientos disuasorios.

Durante el primer fin de semana se contabilizaron más de 18.000 desplazamientos en bicicleta por el nuevo carril, según los \
contadores instalados por el consistorio."""

MANUAL_JA = """ご使用前に必ずお読みください

1. 安全上のご注意
本製品は家庭用の電気ケトルです。業務用には使用しないでください。満水目盛り（1.2リットル）を超えて水を入れると、沸騰時に熱湯が\
あふれ、やけどの原因になります。本体を水につけたり、水をかけたりしないでください。

2. 各部の名称
本体、ふた、ふた開閉ボタン、電源プレート、電源スイッチ、給水窓があります。

3. 使い方
（1）ふたを開け、必要な量の水を入れます。最低目盛り（0.3リットル）以下では使用しないでください。
（2）本体を電源プレートにのせ、電源スイッチを押します。ランプが点灯します。
（3）沸騰すると自動的に電源が切れ、ランプが消えます。
（4）空だき防止機能が付いています。水が入っていない状態でスイッチを入れた場合、自動的に電源が切れます。

4. お手入れ
水あかが気になる場合は、クエン酸を使用してください。水を満水まで入れ、クエン酸大さじ1杯を加えて沸騰させ、1時間ほど置いてから\
すすいでください。本体の外側は、かたく絞った布でふいてください。

5. 保証について
保証期間はお買い上げ日から1年間です。保証書に販売店名と購入日の記載があることをご確認ください。"""

PY_MODULE = '''"""Small inventory helper used by the warehouse scripts."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Item:
    sku: str
    name: str
    qty: int
    location: str


def load_items(path: Path) -> list[Item]:
    with path.open(newline="") as fh:
        return [Item(r["sku"], r["name"], int(r["qty"]), r["location"]) for r in csv.DictReader(fh)]


def low_stock(items: list[Item], threshold: int = 10) -> list[Item]:
    x = [i for i in items if i.qty < threshold]
    return sorted(x, key=lambda i: i.qty)


class Inventory:
    def __init__(self, items: list[Item]) -> None:
        self._by_sku = {i.sku: i for i in items}
        self._cache: dict[str, int] = {}

    def total(self, location: str) -> int:
        if location not in self._cache:
            self._cache[location] = sum(i.qty for i in self._by_sku.values() if i.location == location)
        return self._cache[location]

    def move(self, sku: str, to: str) -> None:
        item = self._by_sku[sku]
        item.location = to

    def restock(self, sku: str, qty: int) -> None:
        self._by_sku[sku].qty += qty


def report(inv: Inventory, locations: list[str]) -> str:
    lines = [f"{loc}: {inv.total(loc)}" for loc in locations]
    return "\\n".join(lines)
'''

README = """# tidyframe

A tiny library for cleaning tabular data before analysis.

## Instalation

    pip install tidyframe

## Quick start

```python
import tidyframe as tf
df = tf.read_csv("sales.csv")
df = tf.clean(df, drop_empty=True, strip_whitespace=True)
```

## Features

- normalises column names (lowercase, underscores)
- strips whitespace and invisible characters
- detects and parses dates in common formats
- drops fully empty rows and columns
- reports what it changed

## Configuration

All options can be passed to `clean()` or set globally with `tf.options`. The defaults are conservative: nothing is dropped \
unless you ask for it.

## Contributing

Issues and pull requests are welcome. Please run the test suite with `pytest` and format with `ruff format` before opening \
a pull request.

## License

MIT"""


def server_log(g: Gen, lines: int = 70) -> str:
    out = []
    for k in range(lines):
        level = g.pick(["INFO"] * 6 + ["DEBUG"] * 3 + ["WARN"])
        msg = g.pick(["GET /api/v2/items 200", "GET /api/v2/items/{id} 200", "POST /api/v2/cart 201", "GET /healthz 200",
                      "cache miss key=catalog:page", "db pool in_use=12 idle=4", "GET /api/v2/search 200", "slow query 812ms"])
        out.append(f"2026-11-30T09:{k // 60 + 14:02d}:{k % 60:02d}.{g.d(3)}Z {level} catalog-svc {msg} dur={g.r.randint(3, 400)}ms")
    return "\n".join(out)


def product_csv(g: Gen, rows: int = 80) -> str:
    out = ["sku,product,category,price_eur,stock"]
    for _k in range(rows):
        out.append(f"SKU-{g.r.randint(10000, 99999)},{g.pick(['desk lamp', 'office chair', 'monitor arm', 'cable tray', 'footrest', 'whiteboard'])} "
                   f"{g.pick(['mini', 'pro', 'classic', 'eco'])},{g.pick(['lighting', 'seating', 'accessories'])},"
                   f"{g.r.randint(9, 420)}.{g.pick(['00', '50', '90', '99'])},{g.r.randint(0, 300)}")
    return "\n".join(out)


PASTES: tuple[tuple[str, Callable[[Gen], str], tuple[str, ...], tuple[str, ...]], ...] = (
    # (language, material, trivial asks -> label 0, hard asks -> label 1)
    ("en", lambda g: NEWSLETTER, ("what's the date of the holiday party in this?", "give this newsletter a catchy title",
                                  "translate just the first sentence into Spanish", "when does the canteen reopen according to this?"),
     ("From this newsletter, estimate the annual fuel and maintenance savings of ordering 20 more electric vans. State every "
      "assumption, give a range, and list what data we'd need to make the estimate solid.",)),
    ("de", lambda g: HOUSE_RULES, ("Ab wann ist laut Text Nachtruhe?", "Gib der Hausordnung eine kürzere Überschrift.",
                                   "Ist Grillen auf dem Balkon erlaubt? Ja oder nein."),
     ("Prüfe diese Hausordnung auf Klauseln, die nach deutschem Mietrecht unwirksam sein könnten, begründe jeweils mit der "
      "einschlägigen Rechtsprechung und schlage wirksame Formulierungen vor.",)),
    ("en", lambda g: RECIPE, ("how many eggs does this need?", "what oven temperature?", "make the title sound fancier"),
     ("Convert this recipe to be gluten-free and vegan while keeping the texture, explain the food chemistry of each "
      "substitution (egg binding, gluten network, butter fat), and adjust baking time with reasoning.",)),
    ("en", lambda g: TOS, ("which section talks about cookies?", "what is the name of the company in this text?",
                           "how many days' notice do they give before price changes?", "which country's law governs these terms?"),
     ("Assess whether the arbitration clause in section 10 and the liability cap in section 9 would be enforceable against "
      "consumers in Germany and in California, citing the relevant law, and redraft both to maximise enforceability.",)),
    ("en", lambda g: MEETING, ("when is the next planning meeting according to the transcript?", "give this transcript a title",
                               "what's the main goal of the sprint? one line"),
     ("Critique this sprint plan as an experienced engineering manager: identify the risks in the offline-sync approach, "
      "what 'last write wins' will break for shared shopping lists, and propose a sync design that avoids data loss.",)),
    ("es", lambda g: NEWS_ES, ("¿De qué ciudad habla la noticia?", "Ponle un titular más corto.", "¿Cuántos kilómetros tiene el carril?"),
     ()),
    ("ja", lambda g: MANUAL_JA, ("この文章にタイトルを付けてください。", "保証期間は何年ですか？", "満水目盛りは何リットルですか？"), ()),
    ("en", lambda g: PY_MODULE, ("what's the name of the class in this file?", "add a one-line docstring to low_stock",
                                 "rename the variable x in low_stock to something clearer"),
     ("There's a correctness bug in Inventory's caching when items are moved or restocked. Find it, explain exactly which "
      "call sequences return stale totals, fix it without losing the cache's benefit, and write pytest tests that fail before "
      "and pass after.",)),
    ("en", lambda g: README, ("fix the typo in the installation heading", "what license is this under?", "what's the package name?"), ()),
    ("en", server_log, ("what's the service name in these logs?", "what's the timestamp on the last line?",
                        "are these logs from the morning or the evening?"),
     ("Analyse these logs: correlate the slow queries with the cache misses and the pool usage, say whether the pool is the "
      "bottleneck, and propose a prioritised fix list with how to verify each one.",)),
    ("en", product_csv, ("what are the column names?", "what currency are the prices in?", "uppercase the header row"),
     ("From this CSV, design a reorder policy per category: estimate demand variability from the data you have, explain "
      "what's missing, and give a safety-stock formula with a worked example for one category.",)),
)

SYSTEM_POLICY = ("You are the help assistant of a municipal library. " + " ".join(
    f"Rule {k}: " + t for k, t in enumerate((
        "Be friendly and concise.", "Opening hours are Monday to Friday 9-19 and Saturday 10-14.",
        "Library cards are free for residents and cost 15 euros a year for others.", "Loans last three weeks and can be renewed twice online.",
        "Late fees are 20 cents per item per day, capped at 5 euros.", "E-books are available through the regional lending app.",
        "Group study rooms can be booked up to 7 days ahead.", "Printing costs 10 cents per page in black and white.",
        "Children under 12 need a parent to sign the card application.", "Lost items must be replaced or paid at list price.",
        "The café on the ground floor is run separately and has its own hours.", "Do not give legal, medical or financial advice.",
        "If asked about events, point to the monthly programme on the website.", "Answer in the language of the question.",
    ) * 3, 1)))


def complexity_drafts(g: Gen) -> list[tuple[Draft, int, bool, str]]:
    """(request, label, length_adversarial, kind) for every complexity record."""
    out: list[tuple[Draft, int, bool, str]] = []
    out += [(Draft(chat(U(t)), lang, "short_easy"), 0, False, "easy") for lang, t in EASY]
    out += [(Draft(chat(U(t)), lang, "short_hard"), 1, True, "short_hard") for lang, t in SHORT_HARD]
    out += [(Draft(chat(U(t)), lang, "hard"), 1, False, "hard") for lang, t in HARD]
    for lang, material, easy_asks, hard_asks in PASTES:
        for ask in easy_asks:
            text = g.pick([f"{material(g)}\n\n{ask}", f"{ask}\n\n{material(g)}", f"{ask}\n\n---\n{material(g)}\n---"])
            out.append((Draft(chat(U(text)), lang, "paste_trivial_ask"), 0, True, "long_easy"))
        for ask in hard_asks:
            out.append((Draft(chat(U(f"{material(g)}\n\n{ask}")), lang, "paste_hard_ask"), 1, False, "hard"))
    for lang, ask in (("en", "hi"), ("en", "what time do you open on saturday?"), ("de", "Danke!"),
                      ("en", "how long can I keep a book?"), ("es", "¿Cuánto cuesta imprimir una página?")):
        out.append((Draft(chat(S(SYSTEM_POLICY), U(ask)), lang, "long_system_prompt"), 0, True, "long_easy"))
    out.append((Draft(chat(U(NEWSLETTER + "\n\nsummarise in one line"), A("Northwind's December newsletter: new Leipzig sorting "
                                                                           "line, a safety record, more e-vans and the holiday party."),
                           U("thanks!")), "en", "multi_turn"), 0, True, "long_easy"))
    out.append((Draft(chat(U("we're picking a queue for our job system"), A("What are the throughput, ordering and delivery "
                                                                          "requirements?"),
                           U("~2k jobs/s, per-customer FIFO, at-least-once is fine. compare SQS FIFO, Kafka and Postgres SKIP LOCKED "
                             "for that, including what happens when one customer floods the queue")), "en", "multi_turn"),
                1, False, "hard"))
    return out


# ============================================================================================
# Self-check and output
# ============================================================================================

RE_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RE_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
RE_IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){3,}[0-9a-fA-F:]*")
RE_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{1,4}){3,8}\b", re.IGNORECASE)
RE_SSN = re.compile(r"(?<![\d-])\d{3}[- .]\d{2}[- .]\d{4}(?![\d-])|(?<!\d)\d{9}(?!\d)")
RE_DIGIT_RUN = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?!\d)")
RE_NOT_PHONE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?|arXiv:\d{4}\.\d{4,5}")  # timestamps, arXiv ids
RE_GROUPED = re.compile(r"(?<![\w./-])\d{1,5}(?:[ ./-]\d{1,8}){1,14}(?![\w-])")
RE_PHONE = [re.compile(r"\+\d(?:[\s().-]{0,2}\d){7,}"), re.compile(r"\(\d{2,5}\)\s?\d{3,}"),
            re.compile(r"(?<![\d-])\d{3,5}[-. ]\d{3,4}[-. ]\d{3,4}(?![\d-])"), re.compile(r"(?<!\d)\d{10,}(?!\d)")]


def strings(node: Any) -> list[str]:
    """Every string in a request (keys too), as the gateway would see it."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in [k, *strings(v)]]
    if isinstance(node, list):
        return [s for v in node for s in strings(v)]
    return []


def identifier_shapes(text: str) -> list[str]:
    found = RE_EMAIL.findall(text) + RE_IPV4.findall(text) + RE_IPV6.findall(text) + RE_SSN.findall(text)
    found += [m for m in RE_IBAN.findall(text) if iban_ok(m.replace("-", "").upper())]
    found += [m for m in RE_DIGIT_RUN.findall(text) if luhn_ok(re.sub(r"\D", "", m))]
    for pattern in RE_PHONE:
        found += pattern.findall(text)
    for m in RE_GROUPED.findall(RE_NOT_PHONE.sub(" ", text)):  # "07842 619305", "06 12 34 56 78": grouped digits of phone length
        digits = re.sub(r"\D", "", m)
        is_isbn = len(digits) == 13 and digits[:3] in ("978", "979") and isbn13_digit(digits[:12]) == digits[12]
        if 9 <= len(digits) <= 15 and not is_isbn:
            found.append(m)
    return found


def check_body(body: dict[str, Any], endpoint: str) -> None:
    assert isinstance(body.get("model"), str) and body["model"]
    if endpoint == "chat":
        assert body["messages"] and all(m["role"] in ("system", "developer", "user", "assistant", "tool") for m in body["messages"])
        for m in body["messages"]:
            if isinstance(m.get("content"), list):
                assert all(isinstance(part.get("type"), str) for part in m["content"])
    else:
        assert isinstance(body["prompt"], (str, list))
    assert len(body.get("stop") or []) <= 4
    for k, v in (body.get("metadata") or {}).items():
        assert isinstance(v, str) and len(k) <= 64 and len(v) <= 512


def validate(pii: list[dict[str, Any]], planted: list[list[tuple[str, str, str]]], cx: list[dict[str, Any]]) -> list[str]:
    """Labels checked against the payload itself; returns the problems (empty when all is well)."""
    problems: list[str] = []
    names = all_private_names()
    for rec, plants in zip(pii, planted):
        check_body(rec["body"], rec["endpoint"])
        texts = strings(rec["body"])
        if rec["sensitive"]:
            if not plants:
                problems.append(f"{rec['category']}: sensitive record with nothing planted")
            for kind, canon, surface in plants:
                if not any(surface in t for t in texts):
                    problems.append(f"{rec['category']}: planted {kind} {surface!r} not in payload")
                check = VALIDATORS.get(kind)
                if check is not None and not check(canon):
                    problems.append(f"{rec['category']}: {kind} {canon!r} fails its check")
        else:
            if plants:
                problems.append(f"{rec['category']}: benign record with planted values")
            for t in texts:
                shapes = identifier_shapes(t)
                if shapes:
                    problems.append(f"{rec['category']}: benign text holds identifier-shaped {shapes[:3]}")
                hit = [n for n in names if n in t]
                if hit:
                    problems.append(f"{rec['category']}: benign text holds private name {hit[:2]}")
    for rec in cx:
        check_body(rec["body"], rec["endpoint"])
        for t in strings(rec["body"]):
            if identifier_shapes(t):
                problems.append(f"complexity {rec['kind']}: identifier-shaped {identifier_shapes(t)[:3]}")
    cats = Counter(r["category"] for r in pii)
    problems += [f"category {c} has only {n} records" for c, n in cats.items() if n < 8]
    adv = [r for r in cx if r["length_adversarial"]]
    if len(adv) < 0.35 * len(cx):
        problems.append(f"only {len(adv)}/{len(cx)} complexity records are length-adversarial")
    if {r["label"] for r in adv} != {0, 1} or {r["label"] for r in cx if not r["length_adversarial"]} != {0, 1}:
        problems.append("both labels must appear among adversarial and non-adversarial prompts")
    return problems


def build(seed: int) -> tuple[list[dict[str, Any]], list[list[tuple[str, str, str]]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    g = Gen(rng)
    made: list[tuple[dict[str, Any], list[tuple[str, str, str]]]] = []
    seen: set[str] = set()
    plans = [(cat, True, fns, max(14, len(fns))) for cat, fns in SENSITIVE.items()]
    plans += [(cat, False, fns, max(24, len(fns))) for cat, fns in BENIGN.items()]
    for category, is_sensitive, fns, wanted in plans:
        count, attempt = 0, 0
        while count < wanted and attempt < wanted * 4:
            g.planted = []
            draft = fns[attempt % len(fns)](g)
            attempt += 1
            draft.body["model"] = rng.choice(MODELS)
            key = json.dumps(draft.body, sort_keys=True, ensure_ascii=False)
            if key in seen:
                continue
            seen.add(key)
            kinds = list(dict.fromkeys(ENTITY.get(k, "NATIONAL_ID") for k, _c, _s in g.planted))
            made.append(({"category": category, "sensitive": is_sensitive, "entities": kinds,
                          "endpoint": "completions" if "prompt" in draft.body else "chat",
                          "lang": draft.lang, "style": draft.style, "body": draft.body}, list(g.planted)))
            count += 1
    rng.shuffle(made)
    pii, planted = [], []
    for k, (rec, plants) in enumerate(made, 1):
        pii.append({"id": f"heron-pii-{k:04d}", **rec})
        planted.append(plants)
    g.planted = []
    drafts = complexity_drafts(g)
    rng.shuffle(drafts)
    cx = []
    for k, (draft, label, adversarial, kind) in enumerate(drafts, 1):
        draft.body["model"] = rng.choice(MODELS)
        cx.append({"id": f"heron-cx-{k:04d}", "label": label, "length_adversarial": adversarial, "kind": kind,
                   "endpoint": "chat", "lang": draft.lang, "style": draft.style, "body": draft.body})
    return pii, planted, cx


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    pii, planted, cx = build(args.seed)
    problems = validate(pii, planted, cx)
    if problems:
        print("\n".join(problems[:60]), file=sys.stderr)
        sys.exit(f"{len(problems)} labelling problems; nothing written")
    args.out.mkdir(parents=True, exist_ok=True)
    write_jsonl(args.out / "pii_heron.jsonl", pii)
    write_jsonl(args.out / "complexity_heron.jsonl", cx)
    cats = Counter((r["category"], r["sensitive"]) for r in pii)
    print(f"pii_heron.jsonl: {len(pii)} records, {sum(r['sensitive'] for r in pii)} sensitive, "
          f"{len({r['lang'] for r in pii})} languages, {len({r['style'] for r in pii})} styles")
    for (cat, sens), n in sorted(cats.items(), key=lambda kv: (not kv[0][1], kv[0][0])):
        print(f"  {'sensitive' if sens else 'benign   '} {cat:24s} {n}")
    structured = sum(1 for r in pii if r["sensitive"] for e in r["entities"] if e in ("email", "phone", "credit_card", "ssn", "iban"))
    print(f"  structured-identifier entities: {structured}; endpoints {dict(Counter(r['endpoint'] for r in pii))}")
    kinds = Counter((r["kind"], r["label"], r["length_adversarial"]) for r in cx)
    adv = sum(r["length_adversarial"] for r in cx)
    print(f"complexity_heron.jsonl: {len(cx)} records, {sum(r['label'] for r in cx)} label 1, {adv} length-adversarial "
          f"({adv / len(cx):.0%}), {len({r['lang'] for r in cx})} languages")
    for (kind, label, a), n in sorted(kinds.items()):
        print(f"  {kind:11s} label {label} adversarial {str(a):5s} {n}")


if __name__ == "__main__":
    main()
