#!/usr/bin/env python3
"""Fjord: the thirteenth independent evaluation split for the request signals (issue 12).

Writes bench/data/signals/pii_fjord.jsonl and bench/data/signals/complexity_fjord.jsonl, to be evaluated once,
blind, with bench/signals_eval.py (same record schema as the other splits: id, category, sensitive, entities,
endpoint, lang, style, body for PII; id, category, label, length_adversarial, endpoint, lang, style, body for
complexity).

How it was written
    For issue 12, in isolation: its author read neither the detector (gateway/signals), its tests, the results,
    nor any other split's data (beyond two lines of one file, for the schema); the other generators were skimmed
    only to steer clear of their phrasing, templates, name lists and value lists. Every sentence, name pool,
    street list, phone pattern and long text here was written for this file.

How it differs from the twelve before it
    * Organised by application, not by entity: requests are shaped the way products send them -- an app system
      prompt, content parts, agent loops with tool calls and tool results (booking, CRM lookup, SEPA transfer,
      SMS, HRIS, card charge), stored-completion ``metadata``, ``user``, ``response_format`` schemas,
      tool descriptions and enums, ``prediction``, ``stop``, message ``name``, ``file`` parts, image URLs, and
      pasted artefacts (CSV exports, JSON API payloads, app logs, raw mail headers, vCards, iCal invites, SQL
      inserts, HL7 v2 messages, stack traces, Japanese/Korean form and roster pastes, a Spanish payroll file).
    * Names: 47 country pools (romanised forms for e-mail local parts), family-name-first order where the
      culture writes it, gendered surnames (Russian) and the gender of the drawn name agreeing with the cue
      word next to it ("ex-husband", "Schwiegermutter", "mi hija", ...). Pool names were checked against the
      other generators' sources and the ones they use repeatedly were replaced.
    * Identifiers from 30+ national schemes with their real check digits, each confirmed by python-stdnum in
      ``--verify`` (stdnum never produces a value, so the output does not depend on it): SSN/ITIN, UK NINO,
      NHS, DVLA licence, German Steuer-ID / Personalausweis / KVNR, French NIR, Spanish DNI/NIE, Dutch BSN,
      Belgian RRN, PESEL, Swedish personnummer, Norwegian fødselsnummer, Finnish HETU, Danish CPR, Chinese RIC,
      Aadhaar (Verhoeff), PAN, Korean RRN, Japanese My Number, Canadian SIN, Ontario health card, Australian TFN
      and Medicare, Turkish TCKN, Israeli ID, South African ID, Swiss AHV, Austrian SVNR, Portuguese NIF,
      Romanian CNP, Czech rodné číslo, Hungarian TAJ, Greek AMKA, Brazilian CPF, Italian codice fiscale,
      Mexican CURP, US MBI, US state licences, passports of 15 countries and ICAO MRZ lines; IBANs in 27 country formats
      with national check digits where they exist (BE, ES, FR, IT CIN, NO, PT); Luhn-valid cards of seven brands.
    * Phones in 40+ national formats (mobile and landline, national and international, dots, slashes, "(0)")
      plus extensions written the local way (x, ext., Durchwahl, poste, ramal, 内線, 转, 내선, доб., dahili, ...);
      no fictional 555 / Ofcom drama numbers. Obfuscation: spelled-out digits in six languages, full-width
      digits, spaced and dotted digits, "[at]"/"(at)"/"AT ... DOT" and localized at/dot words.
    * Benign look-alikes include things a detector must leave alone: famous and historical people (with their
      dates of birth), fictional characters, person-named products (Jenkins, Julia, Dr. Martens, Alexa), order,
      tracking, booking and invoice numbers (checked not to be Luhn-valid), hashes, UUIDs, JWT headers, AWS ARNs,
      private IPs and ports, coordinates, big numbers, ISBNs, public emergency/helpline numbers, code with
      regexes, masks and placeholders, tool schemas and response formats with personal-sounding field names but
      no values, and people mentioned only by relation ("my dad (68)"). Every benign record is checked to contain
      no e-mail, no Luhn-valid 13-19 digit run, no valid IBAN, no SSN-shaped string and no pool name.
    * Complexity: hand-written short-but-hard one-liners in 16 languages (proofs, concurrency, consensus,
      economics, philosophy), short everyday asks ("Say hi", "List three colors", greetings, conversions),
      long multi-part professional tasks (hand-written plus slotted ones), and long-but-simple prompts built
      from procedurally generated material (sensor CSV, worker logs, a recipe, club minutes, docker-compose
      YAML, a magazine article, a product catalogue JSON, SRT subtitles) with a trivial question before or after.

Contents (seed 20261206)
    pii_fjord.jsonl: 464 requests (460 chat, 4 completions) in 29 languages, 285 sensitive in 20 categories
    (person 32, national_id 29, phone 22, email 18, home_address 16, credit_card 14, date_of_birth 14, iban 14,
    obfuscated 14, health_id 12, passport 12, pasted_data 12, phone_extension 12, request_field 12, ip_address 10,
    ssn 10, tax_id 10, earlier_turn 8, tool_call 8, driver_license 6) and 179 benign (39%) in 10 (public_figure 24,
    tech_identifiers 20, unnamed_people 20, fictional_character 19, brand_product 18, code_snippet 18,
    math_geo_dates 18, order_reference 18, tool_schema 14, public_hotline 10). Entity labels: person, email, phone,
    credit_card, ssn, iban, and upper-case names for the rest (NATIONAL_ID, TAX_ID, PASSPORT, HEALTH_INSURANCE,
    MEDICAL_RECORD, DRIVER_LICENSE, DATE_OF_BIRTH, STREET_ADDRESS, IP_ADDRESS).
    complexity_fjord.jsonl: 185 chat requests in 20 languages, 95 labelled 1; 85 (46%) length-adversarial
    (45 short-but-hard, label 1; 40 long-but-simple of 1,200+ characters, label 0), plus 50 short simple asks
    (label 0) and 50 long multi-part tasks (label 1).

Command (byte-reproducible; Python stdlib only; --verify needs python-stdnum)
    python bench/make_fjord_signal_sets.py [--seed 20261206] [--out bench/data/signals] [--verify]
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import unicodedata
from pathlib import Path

SEED = 20261206
OUT = Path(__file__).resolve().parent / "data" / "signals"

# ======================================================================================
# Check-digit arithmetic, written for this generator from the published definitions.
# ======================================================================================


def luhn_digit(partial: str) -> str:
    """The digit that makes partial+digit pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _alnum_value(s: str) -> str:
    return "".join(str(int(ch, 36)) for ch in s)


def iban_check(cc: str, bban: str) -> str:
    return f"{98 - int(_alnum_value(bban + cc + '00')) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return len(s) > 14 and int(_alnum_value(s[4:] + s[:4])) % 97 == 1


VH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(partial: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = VH_D[c][VH_P[(i + 1) % 8][int(ch)]]
    return str(VH_INV[c])


def verhoeff_ok(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = VH_D[c][VH_P[i % 8][int(ch)]]
    return c == 0


def mrz_digit(s: str) -> str:
    """ICAO 9303 check digit: weights 7-3-1, letters A=10, filler 0."""
    total = 0
    for i, ch in enumerate(s):
        v = 0 if ch == "<" else int(ch, 36)
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_check_letter(s: str) -> str:
    """Check letter shared by the Italian codice fiscale and the IBAN CIN (odd/even tables)."""
    total = 0
    for i, ch in enumerate(s):
        k = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _IT_ODD[k] if i % 2 == 0 else k
    return chr(65 + total % 26)


def mod11_weighted(digits: str, weights) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def group(s: str, sizes, sep=" ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)

# ======================================================================================
# People, places. Names were chosen for this generator; none is a public figure.
# A pool entry is "native" or "native|romanised" (romanised for e-mail local parts).
# ======================================================================================

POOLS = {
    "US": ("en", "Dashiell Lowell Tavish Coby Everett Marcus Jovan Lyle",
           "Shayla Kendra Latrice Brynn Roxanne Delphine Marcy Larkin",
           "Thibodeaux Brannigan Umberger Pruett Vandersloot Ridgeway Castellano Kilbride Mayhew Esterly"),
    "GB": ("en", "Ewan Lorcan Barnaby Crispin Gethin Ruaridh", "Elspeth Tamsin Ffion Verity Morwenna Isla-Mae",
           "Pennington Ashdown Llewellyn-Price Thursby Hebblethwaite Quarrie Pilbeam Oakeshott"),
    "AU": ("en", "Jarrah Tully Beau Fletcher", "Kirra Tegan Maddison Indi", "Kerrigan Sutcliffe McAuliffe Dunstan Prowse"),
    "CA": ("en", "Tristan Keegan Étienne Dawson", "Maude Chantal Paige Ainsley", "Gagnon MacIsaac Lachance Boudreau Ouellette"),
    "IE": ("en", "Cathal Tadhg Ruairí", "Clodagh Gráinne Sorcha", "Mulcahy Keogh Ní_Dhomhnaill|nidhomhnaill Costigan"),
    "NG": ("en", "Ikechukwu Ayokunle Chibuike Babatunde", "Ifeoma Temitope Obiageli Yewande", "Uzoigwe Nnamdi Akinwande Oyediran Onyekachi"),
    "IN": ("en", "Tanmay Abhijit Kunal Nikhil Parth", "Shreya Aparna Mrunal Tanvi Radhika",
           "Gokhale Sathe Ramaswamy Mukherjee Nambiar Sengupta Rajput"),
    "ZA": ("en", "Mandla Lwazi Wikus", "Zintle Thandeka Marli", "Tshabalala Mthembu Pretorius Ngcobo Swanepoel"),
    "KE": ("sw", "Kiprono Mutua Wekesa", "Nyokabi Chebet Awino", "Kiplagat Wambua Odhiambo Kariuki"),
    "PH": ("tl", "Reynante Efren Jomar", "Jhoanna Liezel Marites", "Dimaculangan Pangilinan Sarmiento Tolentino"),
    "DE": ("de", "Hauke Jörn Till Arne Leif Ansgar", "Wiebke Imke Gesa Frauke Hanne Jorinde",
           "Ostermeier Rademacher Haverkamp Tiedemann Lüdtke Wernicke Grabowski Feddersen"),
    "AT": ("de", "Valentin Severin Quirin Leopold", "Rosalie Hemma Leonie Vroni", "Pichlmayr Steinwender Hochleitner Rainer Wallner"),
    "CH": ("de", "Gian Men Linard Silvan", "Ladina Mirjam Annina Seraina", "Caduff Zürcher Eggenberger Tschudi Gerber"),
    "FR": ("fr", "Gaspard Anatole Corentin Tanguy Aurélien", "Clémence Apolline Bérénice Ysaline Anaïs",
           "Peyrot Vasseur Cordier Lefeuvre Ribault Delcourt Fourcade Boissonnet"),
    "BE": ("fr", "Thibaut Wout Jarno", "Fien Marieke Séverine", "Vanderhaeghen Dewulf Lambrecht Verbruggen Declercq"),
    "ES": ("es", "Unai Eneko Borja Iker Jacinto", "Ainhoa Maite Leire Nieves Amparo",
           "Agirrezabala Goikoetxea Zubizarreta Olabarria Cifuentes Monteagudo Alcaraz"),
    "MX": ("es", "Heriberto Eustaquio Josué Eliseo", "Itzel Maricruz Anahí Dulce", "Zamudio Cázares Bustamante Ocampo Villaseñor Tovar"),
    "AR": ("es", "Facundo Nahuel Santino", "Agustina Florencia Milagros", "Giménez Ferreyra Acosta Bianchi"),
    "CO": ("es", "Yeison Duván Brayan", "Leidy Yurani Mayerly", "Ospina Restrepo Cardona Arango"),
    "IT": ("it", "Ettore Corrado Raffaele Gualtiero Ottavio", "Ornella Rossella Graziella Loredana Agnese",
           "Mazzoleni Ferraris Lombardi Pagliarini Scarpellini Tomasoni Brambilla"),
    "BR": ("pt", "Leandro Iago Otávio Renan Wesley", "Rayane Jaqueline Kelly Tainá Rayssa",
           "Nogueira Brandão Sampaio Vasconcelos Bezerra Queiroz Siqueira"),
    "PT": ("pt", "Duarte Tomé Gonçalo", "Leonor Matilde Constança", "Magalhães Antunes Loureiro Fontes"),
    "NL": ("nl", "Sjors Wessel Floris Jelle", "Marloes Ilse Fenna Lieke", "Wijnands Dijkhuizen Brouwer Terpstra Veenstra"),
    "PL": ("pl", "Radosław Bogumił Ignacy Dominik", "Jadwiga Bożena Ilona Wiktoria",
           "Sobczak Dudek Wróbel Jabłoński|jablonski Gąsior|gasior Czarnecki"),
    "SE": ("sv", "Hampus Måns Viggo Joel", "Tindra Saga Ylva Alva", "Åkesson Holmgren Lundmark Wikström Hedlund"),
    "NO": ("no", "Torstein Vegard Øystein", "Torunn Gunvor Marte", "Bakken Fjeld Ødegård Sæther"),
    "DK": ("da", "Mikkel Asger Troels", "Signe Mette Karoline", "Mortensen Dalsgaard Bech Vestergaard"),
    "FI": ("fi", "Joonas Eero Ville", "Veera Noora Elina", "Lehtonen Salminen Kokkonen Hyvönen"),
    "CZ": ("cs", "Vojtěch Radek Matyáš", "Markéta Zdeňka Klára", "Kučera Sýkora Holub Šimek Kratochvíl"),
    "RO": ("ro", "Radu Sorin Vlad", "Alina Roxana Irina", "Dumitrescu Marinescu Ene Cojocaru"),
    "HU": ("hu", "Zsolt Bálint Gergely", "Boglárka Dorottya Emese", "Kovácsné|kovacsne Balogh Fekete Mészáros"),
    "TR": ("tr", "Onur Serkan Tolga Kerem", "Ceren Büşra Ezgi Sıla", "Karataş Doğan Korkmaz Tekin Aksoy"),
    "GR": ("el", "Παναγιώτης|panagiotis Λευτέρης|lefteris Χαράλαμπος|charalampos", "Ευτυχία|eftychia Βασιλική|vasiliki Αγγελική|angeliki",
           "Ζαχαρίου|zachariou Σπυρόπουλου|spyropoulou Μαυρίδου|mavridou Τσακίρη|tsakiri"),
    "RU": ("ru", "Всеволод|vsevolod Ярослав|yaroslav Тимофей|timofey Глеб|gleb",
           "Ульяна|ulyana Есения|yesenia Варвара|varvara Злата|zlata",
           "Воробьёв|vorobyov Зайцев|zaitsev Голованов|golovanov Щербаков|shcherbakov Тарасов|tarasov"),
    "UA": ("uk", "Ярема|yarema Назар|nazar Остап|ostap", "Соломія|solomiia Дарина|daryna Мирослава|myroslava",
           "Ткачук|tkachuk Гнатюк|hnatiuk Марченко|marchenko Кравець|kravets"),
    "AE": ("ar", "طارق|tariq حمدان|hamdan ماجد|majid", "ريما|rima شيماء|shaimaa دانة|dana",
           "المهيري|almheiri الكعبي|alkaabi الزعابي|alzaabi النعيمي|alnuaimi"),
    "EG": ("ar", "شريف|sherif وليد|walid", "رانيا|rania نهى|noha", "عبد_الرحمن|abdelrahman الشافعي|elshafei الجمال|elgammal"),
    "IL": ("he", "עידו|ido יובל|yuval אביתר|evyatar", "הדס|hadas רוני|roni ליאת|liat",
           "אברהמי|avrahami שטרן|stern בן-דוד|bendavid גולדברג|goldberg"),
    "IR": ("fa", "آرش|arash بهزاد|behzad", "پریسا|parisa مهسا|mahsa", "نوروزی|norouzi صادقی|sadeghi جعفری|jafari"),
    "IN-hi": ("hi", "अभिजीत|abhijit तन्मय|tanmay", "अपर्णा|aparna तन्वी|tanvi", "गोखले|gokhale साठे|sathe राजपूत|rajput"),
    "JP": ("ja", "湊|minato 悠真|yuma 颯太|sota", "凛|rin 美緒|mio 葵|aoi",
           "小野寺|onodera 宇佐美|usami 榎本|enomoto 水野|mizuno 久保田|kubota"),
    "CN": ("zh", "宇轩|yuxuan 博文|bowen 志远|zhiyuan", "梓涵|zihan 诗涵|shihan 佳怡|jiayi",
           "蔡|cai 邓|deng 韦|wei 欧阳|ouyang 谭|tan 龚|gong"),
    "TW": ("zh", "冠廷|kuanting 柏翰|pohan", "佩珊|peishan 宜蓁|yichen", "蕭|hsiao 鄭|cheng 賴|lai"),
    "KR": ("ko", "시우|siwoo 은호|eunho 태윤|taeyoon", "채원|chaewon 예린|yerin 수아|sua",
           "남궁|namgung 석|seok 채|chae 배|bae 노|noh"),
    "VN": ("vi", "Hoàng_Long|hoanglong Gia_Huy|giahuy Tuấn_Kiệt|tuankiet", "Khánh_Linh|khanhlinh Phương_Thảo|phuongthao Mai_Anh|maianh",
           "Lương|luong Huỳnh|huynh Đỗ|do Lâm|lam Trịnh|trinh"),
    "TH": ("th", "ณัฐพล|nattapon กิตติพงษ์|kittipong", "ชนิดา|chanida พิมพ์ชนก|pimchanok",
           "ประเสริฐศรี|prasertsri ทองดี|thongdee สุวรรณรัตน์|suwannarat"),
    "ID": ("id", "Fajar Yudha Galih", "Wulan Sekar Intan", "Prasetyo Kurniawan Setiawan Harahap Lubis"),
}
FAMILY_FIRST = {"HU", "JP", "CN", "TW", "KR", "VN"}
NO_SPACE = {"JP", "CN", "TW", "KR"}
LANG_COUNTRIES: dict[str, list[str]] = {}
for _cc, (_lang, *_rest) in POOLS.items():
    LANG_COUNTRIES.setdefault(_lang, []).append(_cc)
LANG_COUNTRIES["fr"] += ["CH"] if "CH" not in LANG_COUNTRIES["fr"] else []
LANG_COUNTRIES["hi"] = ["IN-hi"]

_FOLD = str.maketrans("ąćęłńóśźżäöüßåæøéèêëáàâãíìîïúùûçñýčďěňřšťžőűăâîșțşğıôõœÉÖÜÅØ",
                      "acelnoszzaousaaoeeeeaaaaiiiiuuucnycdenrstzouaaistsgiooeEOUAO")


def roman(s: str) -> str:
    s = s.translate(_FOLD).replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _entry(e: str) -> tuple[str, str]:
    native, _, rom = e.partition("|")
    native = native.replace("_", " ")
    return native, (rom or roman(native)).lower().replace(" ", "")


def _split_pool(s: str) -> list[tuple[str, str]]:
    return [_entry(e) for e in s.split()]


FEM_SURNAME = {"RU": lambda s: s + "а", "UA": lambda s: s}
FEM_SURNAME_ROM = {"RU": lambda s: s + "a"}

PHONES = {  # N any digit, # non-zero digit; one format is picked per value
    "US": ["(#NN) #NN-NNNN", "#NN-#NN-NNNN", "#NN.#NN.NNNN", "+1 #NN #NN NNNN", "1-#NN-#NN-NNNN", "+1#NN#NNNNNN"],
    "CA": ["(#NN) #NN-NNNN", "+1 #NN-#NN-NNNN", "#NN #NN NNNN"],
    "GB": ["07#NN NNNNNN", "+44 7#NN NNNNNN", "020 8NNN NNNN", "+44 (0)161 7NN NNNN", "07#NNNNNNNN"],
    "IE": ["08# NNN NNNN", "+353 8# NNN NNNN"],
    "AU": ["04NN NNN NNN", "+61 4NN NNN NNN", "(02) 9NNN NNNN", "+61 3 9NNN NNNN"],
    "NG": ["080# NNN NNNN", "+234 80# NNN NNNN", "+234 (0)70# NNN NNNN"],
    "IN": ["+91 9NNNN NNNNN", "09NNNN NNNNN", "9NNNNNNNNN", "+91-8NNNN-NNNNN"],
    "IN-hi": ["+91 9NNNN NNNNN", "9NNNNNNNNN"],
    "ZA": ["08# NNN NNNN", "+27 8# NNN NNNN", "+27 (0)21 NNN NNNN"],
    "KE": ["07NN NNNNNN", "+254 7NN NNN NNN"],
    "PH": ["09NN NNN NNNN", "+63 9NN NNN NNNN"],
    "DE": ["01#N NNNNNNN", "+49 1#N NNNNNNN", "030 #NNNNNNN", "+49 (0)89 #NNNNNN", "0#NN/#NNNNN", "+49 1#N #NNN NNNN"],
    "AT": ["+43 66# NNNNNNN", "066# NNN NN NN", "+43 1 #NN NN NN"],
    "CH": ["07# NNN NN NN", "+41 7# NNN NN NN", "+41 44 NNN NN NN"],
    "FR": ["06 NN NN NN NN", "+33 6 NN NN NN NN", "07.NN.NN.NN.NN", "01 4N NN NN NN", "+33 (0)7 NN NN NN NN"],
    "BE": ["04#N NN NN NN", "+32 4#N NN NN NN", "02 #NN NN NN"],
    "ES": ["6NN NN NN NN", "+34 6NN NNN NNN", "91 #NN NN NN", "+34 93 #NN NN NN"],
    "MX": ["55 #NNN NNNN", "+52 1 55 #NNN NNNN", "+52 (33) #NNN-NNNN"],
    "AR": ["+54 9 11 #NNN-NNNN", "011 15-#NNN-NNNN"],
    "CO": ["+57 3NN NNN NNNN", "3NN NNNNNNN"],
    "IT": ["3NN NNN NNNN", "+39 3NN NNNNNNN", "02 #NNN NNNN", "+39 06 #NNN NNNN"],
    "BR": ["(1#) 9NNNN-NNNN", "+55 1# 9NNNN-NNNN", "+55 (21) 9NNNN-NNNN", "119NNNNNNNN"],
    "PT": ["9#N NNN NNN", "+351 9#N NNN NNN", "21 #NN NN NN"],
    "NL": ["06-#NNNNNNN", "+31 6 #NNNNNNN", "020-#NNNNNN", "+31 (0)6 #NNN NNNN"],
    "PL": ["5NN NNN NNN", "+48 5NN NNN NNN", "+48 22 #NN NN NN", "6NN-NNN-NNN"],
    "SE": ["07N-NNN NN NN", "+46 7N NNN NN NN", "08-#NN NNN NN"],
    "NO": ["4NN NN NNN", "+47 9NN NN NNN"],
    "DK": ["2N NN NN NN", "+45 3N NN NN NN"],
    "FI": ["04N NNN NNNN", "+358 4N NNN NNNN", "050 NNN NNNN"],
    "CZ": ["60N NNN NNN", "+420 7NN NNN NNN"],
    "RO": ["07#N NNN NNN", "+40 7#N NNN NNN"],
    "HU": ["+36 30 #NN NNNN", "06 20 #NN NNNN", "06-1-#NN-NNNN"],
    "TR": ["05NN NNN NN NN", "+90 5NN NNN NN NN", "0 (5NN) NNN NN NN"],
    "GR": ["69N NNN NNNN", "+30 69N NNN NNNN", "21N NNN NNNN"],
    "RU": ["+7 (9NN) NNN-NN-NN", "8 9NN NNN-NN-NN", "8(9NN)NNNNNNN"],
    "UA": ["+380 6N NNN NNNN", "06N NNN NN NN", "+380 (9N) NNN-NN-NN"],
    "AE": ["+971 5N NNN NNNN", "05N NNN NNNN", "+971 4 #NN NNNN"],
    "EG": ["+20 1N NNNN NNNN", "01N NNNN NNNN"],
    "IL": ["05N-NNN-NNNN", "+972 5N-NNN-NNNN", "+972-3-#NN-NNNN"],
    "IR": ["09NN NNN NNNN", "+98 9NN NNN NNNN"],
    "JP": ["090-NNNN-NNNN", "+81 80-NNNN-NNNN", "03-#NNN-NNNN", "070NNNNNNNN", "06-#NNN-NNNN"],
    "CN": ["13N NNNN NNNN", "+86 15N NNNN NNNN", "18NNNNNNNNN", "010-#NNN NNNN", "+86 (21) #NNN-NNNN"],
    "TW": ["09NN-NNN-NNN", "+886 9NN NNN NNN", "(02) 2NNN-NNNN"],
    "KR": ["010-NNNN-NNNN", "+82 10-NNNN-NNNN", "02-#NN-NNNN", "01NNNNNNNNN"],
    "VN": ["09N NNN NN NN", "+84 9N NNN NNNN", "03N-NNN-NNNN"],
    "TH": ["08N-NNN-NNNN", "+66 8N NNN NNNN", "02-#NN-NNNN"],
    "ID": ["08NN-NNNN-NNNN", "+62 8NN-NNNN-NNNN", "+62 21 #NNN NNNN"],
}
EXT = {"en": [" ext. §", " x§", " ext §", ", extension §", " (ext §)", " x §"], "de": [" Durchwahl -§", "-§", " App. §"],
       "fr": [" poste §", " (poste §)"], "es": [" ext. §", " anexo §", " int. §"], "pt": [" ramal §", " r. §"],
       "it": [" interno §", " int. §"], "nl": [" toestel §"], "pl": [" wew. §"], "ja": [" 内線§", "（内線§）"],
       "zh": [" 转§", " 分机§"], "ko": [" 내선 §"], "sv": [" ankn. §"], "ru": [" доб. §"], "tr": [" dahili §"]}

MAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com"], "AU": ["bigpond.com", "gmail.com", "optusnet.com.au"],
    "CA": ["gmail.com", "videotron.ca", "rogers.com"], "IE": ["eircom.net", "gmail.com"], "NG": ["yahoo.com", "gmail.com"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "IN-hi": ["gmail.com", "rediffmail.com"], "ZA": ["webmail.co.za", "gmail.com"],
    "KE": ["gmail.com", "yahoo.com"], "PH": ["yahoo.com.ph", "gmail.com"],
    "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "freenet.de"], "AT": ["gmx.at", "aon.at", "chello.at"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch"], "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "BE": ["skynet.be", "telenet.be"], "ES": ["hotmail.es", "yahoo.es", "telefonica.net"], "MX": ["prodigy.net.mx", "hotmail.com"],
    "AR": ["fibertel.com.ar", "yahoo.com.ar"], "CO": ["hotmail.com", "une.net.co"], "IT": ["libero.it", "alice.it", "tiscali.it", "virgilio.it"],
    "BR": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"], "PT": ["sapo.pt", "netcabo.pt"], "NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
    "PL": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"], "SE": ["telia.com", "bredband.net"], "NO": ["online.no", "broadpark.no"],
    "DK": ["mail.dk", "jubii.dk"], "FI": ["luukku.com", "kolumbus.fi"], "CZ": ["seznam.cz", "centrum.cz", "email.cz"],
    "RO": ["yahoo.ro", "gmail.com"], "HU": ["freemail.hu", "citromail.hu"], "TR": ["hotmail.com.tr", "mynet.com"],
    "GR": ["otenet.gr", "yahoo.gr"], "RU": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"], "UA": ["ukr.net", "i.ua", "meta.ua"],
    "AE": ["emirates.net.ae", "gmail.com"], "EG": ["yahoo.com", "gmail.com"], "IL": ["walla.co.il", "012.net.il"],
    "IR": ["yahoo.com", "chmail.ir"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "ezweb.ne.jp", "nifty.com"],
    "CN": ["qq.com", "163.com", "126.com", "sina.com"], "TW": ["yahoo.com.tw", "hinet.net"], "KR": ["naver.com", "daum.net", "hanmail.net"],
    "VN": ["gmail.com", "yahoo.com.vn"], "TH": ["hotmail.co.th", "gmail.com"], "ID": ["yahoo.co.id", "gmail.com"],
}
WORK_DOMAINS = ["haverkamp-logistik.de", "brightmoor-dental.com", "kvarn-bygg.se", "olmedo-abogados.es", "pelican-freight.co.za",
                "studio-ruelle.fr", "nordbay-clinic.no", "tessaro-ceramiche.it", "kiwanda-agri.co.ke", "lumenhaus.nl",
                "fjordline-consult.no", "marisma-travel.mx", "pinegate-school.org.uk", "takumi-seimitsu.co.jp", "harbourview-vets.com.au"]

STREETS = {
    "US": ("§n §s, §c, §st §z", ["Alder Creek Rd", "W Juniper Ave", "Sycamore Hollow Dr", "N Ridgeview Ln", "Bellhaven Ct"],
           [("Boise", "ID", "837"), ("Dayton", "OH", "454"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Spokane", "WA", "992")]),
    "GB": ("§n §s, §c §z", ["Cotswold Road", "Hawthorn Close", "Mill Lane", "Priory Gardens", "Ferncliffe Terrace"],
           [("Leeds", "", "LS6 2"), ("Bristol", "", "BS7 8"), ("Norwich", "", "NR2 4"), ("Cardiff", "", "CF24 3")]),
    "DE": ("§s §n, §z §c", ["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Hafenweg", "Schillerring"],
           [("Leipzig", "", "041"), ("Bielefeld", "", "336"), ("Freiburg im Breisgau", "", "791"), ("Kiel", "", "241")]),
    "AT": ("§s §n/§a, §z §c", ["Gumpendorfer Straße", "Lerchenfelder Gürtel", "Annenstraße"], [("Wien", "", "10"), ("Graz", "", "80")]),
    "FR": ("§n rue §s, §z §c", ["des Tanneurs", "du Puits-Salé", "Jean-Moulin", "des Capucins", "de la Madeleine"],
           [("Strasbourg", "", "670"), ("Nantes", "", "440"), ("Montpellier", "", "340"), ("Rouen", "", "760")]),
    "ES": ("C/ §s, §n, §a, §z §c", ["de la Alfarería", "Mayor de Gracia", "del Pintor Sorolla", "de los Almendros"],
           [("Zaragoza", "", "500"), ("Valladolid", "", "470"), ("Murcia", "", "300")]),
    "IT": ("Via §s §n, §z §c", ["dei Mille", "Garibaldi", "delle Ortensie", "San Donato", "Tiburtina"],
           [("Bergamo", "BG", "241"), ("Modena", "MO", "411"), ("Lecce", "LE", "731")]),
    "NL": ("§s §n, §z §c", ["Bloemgracht", "Oudegracht", "Prinses Irenelaan", "Zeeburgerdijk"], [("Utrecht", "", "35"), ("Haarlem", "", "20")]),
    "PL": ("ul. §s §n/§a, §z §c", ["Ogrodowa", "Kwiatowa", "Jana Pawła II", "Długa"], [("Kraków", "", "31-"), ("Łódź", "", "90-"), ("Gdańsk", "", "80-")]),
    "BR": ("Rua §s, §n, apto §a, §c - §st, CEP §z", ["das Palmeiras", "Marechal Deodoro", "Itapeva", "Dr. Arnaldo"],
           [("São Paulo", "SP", "01"), ("Curitiba", "PR", "80"), ("Recife", "PE", "50")]),
    "SE": ("§s §n, §z §c", ["Storgatan", "Björkvägen", "Kungsgatan"], [("Uppsala", "", "75"), ("Malmö", "", "21")]),
    "JP": ("〒§z §c§s§n-§a", ["北区梅田", "中央区日本橋", "港区芝浦"], [("大阪府大阪市", "", "530"), ("東京都", "", "105")]),
    "CN": ("§c§s§n号§a室", ["朝阳区望京街", "浦东新区张杨路", "南山区科技园路"], [("北京市", "", "1"), ("上海市", "", "2"), ("深圳市", "", "5")]),
    "KR": ("§c §s §n, §a호", ["마포구 월드컵로", "강남구 테헤란로", "해운대구 센텀중앙로"], [("서울특별시", "", "0"), ("부산광역시", "", "4")]),
    "RU": ("г. §c, ул. §s, д. §n, кв. §a, §z", ["Профсоюзная", "Малая Садовая", "Ленина"], [("Москва", "", "117"), ("Казань", "", "420")]),
    "IN": ("Flat §a, §s, §c - §z", ["Shivaji Nagar Road", "2nd Cross, Indiranagar", "Link Road, Malad West"],
           [("Pune", "", "411"), ("Bengaluru", "", "560"), ("Mumbai", "", "400")]),
    "MX": ("Calle §s #§n, Col. Roma Norte, §z §c", ["Jalapa", "Colima", "Tonalá"], [("Ciudad de México", "", "06")]),
    "TR": ("§s Sok. No:§n D:§a, §z §c", ["Papatya", "Gül", "Menekşe"], [("Kadıköy/İstanbul", "", "347"), ("Çankaya/Ankara", "", "06")]),
}
CITIES = {cc: [c[0] for c in v[2]] for cc, v in STREETS.items()}


class Forge:
    """All random values of the split, drawn from one seeded stream."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)

    # --- generic --------------------------------------------------------------------
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def d(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        return (str(self.r.randint(1, 9)) + s[1:]) if first_nonzero and n else s

    def pattern(self, p: str) -> str:
        return "".join(str(self.r.randrange(10)) if ch == "N" else str(self.r.randint(1, 9)) if ch == "#" else ch for ch in p)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # --- people ---------------------------------------------------------------------
    def person(self, cc: str, gender: str | None = None) -> dict:
        lang, males, females, lasts = POOLS[cc]
        gender = gender or self.pick("mf")
        given, g_rom = self.pick(_split_pool(males if gender == "m" else females))
        family, f_rom = self.pick(_split_pool(lasts))
        if gender == "f" and cc in FEM_SURNAME:
            family = FEM_SURNAME[cc](family)
            f_rom = FEM_SURNAME_ROM.get(cc, lambda s: s)(f_rom)
        sep = "" if cc in NO_SPACE else " "
        full = f"{family}{sep}{given}" if cc in FAMILY_FIRST else f"{given} {family}"
        return {"cc": cc, "lang": lang, "g": gender, "first": given, "last": family, "full": full,
                "fr": g_rom, "lr": f_rom}

    def email(self, p: dict, work: bool = False) -> str:
        f, l = p["fr"], p["lr"].replace("-", "")
        yy = str(self.r.randint(62, 99) if self.chance(0.6) else self.r.randint(0, 12)).zfill(2)
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{yy}", f"{l}.{f}", f"{f}{self.d(3)}", f"{f}-{l}",
                           f"{f[0]}.{l}", f"{l}{f[0]}{yy}"])
        dom = self.pick(WORK_DOMAINS) if work else self.pick(MAIL_DOMAINS.get(p["cc"], MAIL_DOMAINS["US"]))
        return f"{local}@{dom}"

    def phone(self, cc: str) -> str:
        fmts = PHONES.get(cc, PHONES["US"])
        while True:
            s = self.pattern(self.pick(fmts))
            if cc in ("US", "CA") and ("555" in s or re.search(r"\b[2-9]11\b", s)):
                continue
            if cc == "GB" and "7700 900" in s:
                continue
            return s

    def extension(self, lang: str) -> str:
        return self.pick(EXT.get(lang, EXT["en"])).replace("§", self.d(self.r.choice([2, 3, 4]), True))

    def address(self, cc: str) -> str:
        fmt, streets, cities = STREETS.get(cc, STREETS["US"])
        city, st, zp = self.pick(cities)
        zlen = {"US": 5, "DE": 5, "FR": 5, "ES": 5, "IT": 5, "MX": 5, "TR": 5, "NL": 4, "SE": 5, "JP": 7, "KR": 5,
                "RU": 6, "IN": 6, "BR": 8, "AT": 4, "PL": 6, "CN": 6}.get(cc)
        if cc == "GB":
            z = zp + self.pick("ABDEFGHJLNPQRSTUWXYZ") + self.pick("ABDEFGHJLNPQRSTUWXYZ")
        elif cc == "NL":
            z = zp + self.d(2) + " " + self.pick(["AB", "KL", "TR", "VW", "HG"])
        elif cc == "PL":
            z = zp + self.d(3)
        elif cc == "JP":
            z = zp + "-" + self.d(4)
        elif cc == "BR":
            z = zp + self.d(3) + "-" + self.d(3)
        elif cc == "SE":
            z = zp + self.d(1) + " " + self.d(2)
        else:
            z = zp + self.d(zlen - len(zp))
        return (fmt.replace("§s", self.pick(streets)).replace("§n", str(self.r.randint(2, 188)))
                .replace("§a", str(self.r.randint(1, 42))).replace("§c", city).replace("§st", st).replace("§z", z))

    def dob(self, lo: int = 1944, hi: int = 2009) -> dt.date:
        return dt.date(self.r.randint(lo, hi), 1, 1) + dt.timedelta(days=self.r.randrange(365))

    def ipv4(self) -> str:
        while True:
            a = self.r.randint(2, 223)
            if a in (10, 100, 127, 169, 172, 192, 198, 203):
                continue
            return f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.pick(["2a02:810d", "2003:e5", "2a01:cb1c", "2600:1700", "2409:8a28", "2001:16b8", "2a00:23c6"])
        return head + ":" + ":".join(f"{self.r.randrange(65536):x}" for _ in range(4))

    # --- payment --------------------------------------------------------------------
    def card(self, brand: str | None = None) -> tuple[str, str]:
        brand = brand or self.pick(["visa", "mc", "amex", "disc", "jcb", "unionpay", "mc2", "visa", "mc"])
        prefix, n = {"visa": ("4", 16), "mc": (str(self.r.randint(51, 55)), 16), "mc2": (str(self.r.randint(2221, 2720)), 16),
                     "amex": (self.pick(["34", "37"]), 15), "disc": ("6011", 16), "jcb": (str(self.r.randint(3528, 3589)), 16),
                     "unionpay": ("62" + self.d(1), 16)}[brand]
        body = prefix + self.d(n - 1 - len(prefix))
        return body + luhn_digit(body), brand

    def card_fmt(self, num: str) -> str:
        if len(num) == 15:
            return self.pick([group(num, (4, 6, 5)), group(num, (4, 6, 5), "-"), num])
        return self.pick([group(num, (4, 4, 4, 4)), group(num, (4, 4, 4, 4), "-"), num, group(num, (4, 4, 4, 4), "  ")])

    def iban(self, cc: str) -> str:
        d = self.d
        if cc == "DE":
            bban = d(8, True) + d(10)
        elif cc == "FR":
            bank, branch, acct = d(5, True), d(5), d(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = bank + branch + acct + f"{key:02d}"
        elif cc == "ES":
            bank, branch, acct = d(4, True), d(4), d(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(s):
                v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
                return {11: 0, 10: 1}.get(v, v)
            bban = bank + branch + f"{dc('00' + bank + branch)}{dc(acct)}" + acct
        elif cc == "IT":
            rest = d(5, True) + d(5) + d(12)
            bban = it_check_letter(rest) + rest
        elif cc == "BE":
            first = self.pick(["001", "068", "310", "363", "735", "143", "751", "973"]) + d(7)
            chk = int(first) % 97 or 97
            bban = first + f"{chk:02d}"
        elif cc == "NO":
            while True:
                first = d(10, True)
                v = 11 - mod11_weighted(first, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
                if v != 10:
                    bban = first + str(0 if v == 11 else v)
                    break
        elif cc == "PT":
            first = d(19, True)
            bban = first + f"{98 - int(first + '00') % 97:02d}"
        elif cc == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + d(10, True)
        elif cc == "GB":
            bban = self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + d(6, True) + d(8)
        elif cc == "IE":
            bban = self.pick(["AIBK", "BOFI", "IPBS"]) + d(6, True) + d(8)
        else:
            spec = {"AT": 16, "CH": 17, "PL": 24, "SE": 20, "DK": 14, "FI": 14, "CZ": 20, "HU": 24, "RO": None,
                    "TR": None, "GR": 23, "AE": 19, "LU": 16, "SK": 20, "HR": 17, "SI": 15, "SA": 20}[cc]
            if cc == "RO":
                bban = self.pick(["RNCB", "BTRL", "BRDE", "INGB"]) + d(16)
            elif cc == "TR":
                bban = d(5, True) + "0" + d(16)
            else:
                bban = d(spec, True)
        return cc + iban_check(cc, bban) + bban

    def iban_fmt(self, iban: str) -> str:
        return self.pick([group(iban, [4] * 9), group(iban, [4] * 9), iban, iban[:2] + " " + iban[2:4] + " " + group(iban[4:], [4] * 8)])

    # --- national identifiers (check digits where the format has one) --------------
    def ssn(self) -> str:
        while True:
            area = self.r.randint(1, 899)
            if area != 666:
                return f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def itin(self) -> str:
        return f"9{self.d(2)}-{self.pick([70, 71, 78, 81, 84, 88, 90, 92, 94, 97, 99])}-{self.d(4)}"

    def ein_like_nino(self) -> str:
        a = self.pick("ABCEGHJKLMNOPRSTWXYZ")
        while True:
            b = self.pick("ABCEGHJKLMNPRSTWXYZ")
            if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        return f"{a}{b} {self.d(2)} {self.d(2)} {self.d(2)} {self.pick('ABCD')}"

    def de_steuer_id(self) -> str:
        while True:
            pool = self.r.sample(range(10), 9)
            dup = pool[0]
            ds = pool[:9] + [dup]
            self.r.shuffle(ds)
            if ds[0] == 0:
                continue
            first = "".join(map(str, ds))
            prod = 10
            for ch in first:
                s = (int(ch) + prod) % 10 or 10
                prod = (s * 2) % 11
            chk = 11 - prod
            return first + str(0 if chk == 10 else chk)

    def de_ausweis(self) -> str:
        alpha = "CFGHJKLMNPRTVWXYZ0123456789"
        s = self.pick("LMNPRTVWXY") + "".join(self.pick(alpha) for _ in range(8))
        return s + mrz_digit(s)

    def fr_nir(self, female: bool, born: dt.date) -> str:
        dept = self.pick(["75", "69", "13", "33", "59", "2A", "44", "67"])
        base = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{dept}{self.d(3, True)}{self.d(3, True)}"
        num = int(base.replace("2A", "19").replace("2B", "18"))
        key = 97 - num % 97
        return group(base + f"{key:02d}", (1, 2, 2, 2, 3, 3, 2))

    def es_dni(self) -> str:
        n = self.r.randint(10_000_000, 79_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def es_nie(self) -> str:
        p = self.r.randint(0, 2)
        n = self.r.randint(1_000_000, 9_999_999)
        return f"{'XYZ'[p]}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str(p) + str(n)) % 23]}"

    def nl_bsn(self) -> str:
        while True:
            s = self.d(8, True)
            for last in range(10):
                if (sum(int(c) * w for c, w in zip(s, range(9, 1, -1))) - last) % 11 == 0:
                    return s + str(last)

    def be_rrn(self, born: dt.date, female: bool) -> str:
        seq = self.r.randrange(2, 996, 2) + (0 if female else 1)
        base = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:03d}"
        chk = 97 - int(("2" if born.year >= 2000 else "") + base) % 97
        return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{chk:02d}"

    def pl_pesel(self, born: dt.date, female: bool) -> str:
        m = born.month + (20 if born.year >= 2000 else 0)
        s = f"{born.year % 100:02d}{m:02d}{born.day:02d}{self.d(3)}{self.pick('02468' if female else '13579')}"
        return s + str((10 - sum(int(c) * w for c, w in zip(s, [1, 3, 7, 9] * 3)) % 10) % 10)

    def se_pnr(self, born: dt.date) -> str:
        s = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{self.d(3)}"
        return f"{s[:6]}{'+' if born.year < 1925 else '-'}{s[6:]}{luhn_digit(s)}"

    def no_fnr(self, born: dt.date) -> str:
        while True:
            ind = self.r.randint(0, 499) if born.year < 2000 else self.r.randint(500, 999)
            s = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{ind:03d}"
            k1 = 11 - mod11_weighted(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            k2 = 11 - mod11_weighted(s + str(k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
            k2 = 0 if k2 == 11 else k2
            if k2 != 10:
                return s + str(k1) + str(k2)

    def fi_hetu(self, born: dt.date) -> str:
        n = self.r.randint(2, 899)
        s = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
        return f"{s}{'A' if born.year >= 2000 else '-'}{n:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[int(s + f'{n:03d}') % 31]}"

    def dk_cpr(self, born: dt.date) -> str:
        return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}-{self.pick('0123' if born.year < 2000 else '4')}{self.d(3)}"

    def cn_rid(self, born: dt.date, female: bool) -> str:
        s = self.pick(["110105", "310115", "440305", "510107", "330106", "420111"]) + born.strftime("%Y%m%d") + self.d(2) \
            + self.pick("02468" if female else "13579")
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return s + "10X98765432"[sum(int(c) * x for c, x in zip(s, w)) % 11]

    def aadhaar(self) -> str:
        s = str(self.r.randint(2, 9)) + self.d(10)
        return group(s + verhoeff_digit(s), (4, 4, 4))

    def in_pan(self, last_rom: str) -> str:
        return "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + last_rom[0].upper() + self.d(4, True) \
            + self.pick("ABCDEFGHJKLMNPRSTUVWXYZ")

    def kr_rrn(self, born: dt.date, female: bool) -> str:
        g = (3 if born.year >= 2000 else 1) + (1 if female else 0)
        s = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g}{self.r.randint(0, 95):02d}{self.d(3)}"
        chk = (11 - sum(int(c) * w for c, w in zip(s, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
        return f"{s[:6]}-{s[6:]}{chk}"

    def jp_mynumber(self) -> str:
        s = self.d(11, True)
        total = sum(int(s[10 - (n - 1)]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
        r = total % 11
        return group(s + str(0 if r <= 1 else 11 - r), (4, 4, 4))

    def ca_sin(self) -> str:
        s = str(self.r.randint(1, 7)) + self.d(7)
        return group(s + luhn_digit(s), (3, 3, 3), self.pick([" ", "-"]))

    def au_tfn(self) -> str:
        while True:
            s = self.d(8, True)
            c = sum(int(a) * b for a, b in zip(s, [1, 4, 3, 7, 5, 8, 6, 9])) % 11
            if c != 10:
                return group(s + str(c), (3, 3, 3))

    def au_medicare(self) -> str:
        s = str(self.r.randint(2, 6)) + self.d(7)
        chk = sum(int(a) * b for a, b in zip(s, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
        return group(s + str(chk) + str(self.r.randint(1, 9)), (4, 5, 1))

    def tr_tckn(self) -> str:
        s = [self.r.randint(1, 9)] + [self.r.randrange(10) for _ in range(8)]
        d10 = ((s[0] + s[2] + s[4] + s[6] + s[8]) * 7 - (s[1] + s[3] + s[5] + s[7])) % 10
        d11 = (sum(s) + d10) % 10
        return "".join(map(str, s)) + str(d10) + str(d11)

    def il_tz(self) -> str:
        s = self.d(8, True)
        return s + luhn_digit(s)

    def za_id(self, born: dt.date, female: bool) -> str:
        g = self.r.randint(0, 4999) if female else self.r.randint(5000, 9999)
        s = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g:04d}08"
        return s + luhn_digit(s)

    def ch_ahv(self) -> str:
        s = "756" + self.d(9)
        chk = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s)) % 10) % 10
        s += str(chk)
        return f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"

    def at_svnr(self, born: dt.date) -> str:
        while True:
            serial = self.d(3, True)
            date = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
            w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
            c = sum(int(a) * b for a, b in zip(serial + date, w)) % 11
            if c != 10:
                return f"{serial}{c} {date}"

    def pt_nif(self) -> str:
        s = self.pick("123") + self.d(7)
        c = 11 - sum(int(a) * b for a, b in zip(s, range(9, 1, -1))) % 11
        return s + str(0 if c >= 10 else c)

    def ro_cnp(self, born: dt.date, female: bool) -> str:
        sx = (5 if born.year >= 2000 else 1) + (1 if female else 0)
        s = f"{sx}{born.year % 100:02d}{born.month:02d}{born.day:02d}{self.r.randint(1, 46):02d}{self.d(3, True)}"
        c = sum(int(a) * int(b) for a, b in zip(s, "279146358279")) % 11
        return s + str(1 if c == 10 else c)

    def cz_rc(self, born: dt.date, female: bool) -> str:
        while True:
            s = f"{born.year % 100:02d}{born.month + (50 if female else 0):02d}{born.day:02d}{self.d(3)}"
            c = (-int(s) * 10) % 11
            if c != 10:
                return f"{s[:6]}/{s[6:]}{c}"

    def hu_taj(self) -> str:
        s = self.d(8, True)
        return group(s + str(sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(s)) % 10), (3, 3, 3))

    def gr_amka(self, born: dt.date) -> str:
        s = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{self.d(4)}"
        return s + luhn_digit(s)

    def br_cpf(self) -> str:
        s = self.d(9, True)
        d1 = sum(int(a) * b for a, b in zip(s, range(10, 1, -1))) * 10 % 11 % 10
        d2 = sum(int(a) * b for a, b in zip(s + str(d1), range(11, 1, -1))) * 10 % 11 % 10
        return f"{s[:3]}.{s[3:6]}.{s[6:]}-{d1}{d2}"

    def it_cf(self, p: dict, born: dt.date) -> str:
        def cons(s):
            return [c for c in s.upper() if c.isalpha() and c not in "AEIOU"]

        def vows(s):
            return [c for c in s.upper() if c in "AEIOU"]
        ln, fn = roman(p["last"]).upper(), roman(p["first"]).upper()
        a = (cons(ln) + vows(ln) + ["X"] * 3)[:3]
        fc = cons(fn)
        b = ([fc[0], fc[2], fc[3]] if len(fc) >= 4 else (fc + vows(fn) + ["X"] * 3)[:3])
        day = born.day + (40 if p["g"] == "f" else 0)
        s = "".join(a + b) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1] + f"{day:02d}" \
            + self.pick(["H501", "F205", "F839", "L219", "A794", "G273", "D612"])
        return s + it_check_letter(s)

    def mx_curp(self, p: dict, born: dt.date) -> str:
        alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        pat = roman(p["last"]).upper()
        mat = roman(self.pick(["Reyes", "Salinas", "Navarro", "Pineda", "Luna"])).upper()
        giv = roman(p["first"]).upper()
        v = next((c for c in pat[1:] if c in "AEIOU"), "X")
        ic = [next((c for c in s[1:] if c.isalpha() and c not in "AEIOU"), "X") for s in (pat, mat, giv)]
        s = (pat[0] + v + mat[0] + giv[0] + born.strftime("%y%m%d") + ("M" if p["g"] == "f" else "H")
             + self.pick(["DF", "JC", "NL", "PL", "VZ", "OC", "MC"]) + "".join(ic)
             + (self.pick("0123456789") if born.year < 2000 else self.pick("ABCDEFGH")))
        total = sum(alpha.index(c) * (18 - i) for i, c in enumerate(s))
        return s + str((10 - total % 10) % 10)

    def nhs(self) -> str:
        while True:
            s = self.d(9, True)
            c = 11 - sum(int(a) * b for a, b in zip(s, range(10, 1, -1))) % 11
            if c != 10:
                return group(s + str(0 if c == 11 else c), (3, 3, 4))

    def us_mbi(self) -> str:
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        return (str(self.r.randint(1, 9)) + self.pick(al) + self.pick(an) + self.d(1) + "-" + self.pick(al) + self.pick(an)
                + self.d(1) + "-" + self.pick(al) + self.pick(al) + self.d(2))

    def de_kvnr(self) -> str:
        letter = self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        body = self.d(8, True)
        s = f"{ord(letter) - 64:02d}" + body
        total = 0
        for i, c in enumerate(s):
            v = int(c) * (2 if i % 2 else 1)
            total += v // 10 + v % 10
        return letter + body + str(total % 10)

    def on_health(self) -> str:
        s = self.d(9, True)
        s += luhn_digit(s)
        return f"{s[:4]}-{s[4:7]}-{s[7:]}-{self.pick('ABCDEFGHJKLMNPRSTVWXYZ')}{self.pick('ABCDEFGHJKLMNPRSTVWXYZ')}"

    def passport(self, cc: str) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return {"US": lambda: self.pick([self.d(9, True), self.pick(L) + self.d(8)]),
                "GB": lambda: self.d(9, True),
                "DE": lambda: "C" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
                "FR": lambda: self.d(2) + self.pick(L) + self.pick(L) + self.d(5),
                "IN": lambda: self.pick("JKLMNPRSTUVWZ") + self.d(7, True),
                "CN": lambda: "E" + self.pick(L) + self.d(7),
                "JP": lambda: "T" + self.pick("KRSZ") + self.d(7),
                "ES": lambda: self.pick(["PAA", "PAB", "AAH", "XDA"]) + self.d(6),
                "IT": lambda: self.pick(["YA", "YB", "AA"]) + self.d(7),
                "BR": lambda: self.pick(["FZ", "GB", "FT"]) + self.d(6),
                "KR": lambda: "M" + self.d(8),
                "RU": lambda: f"7{self.r.randint(1, 9)} {self.d(7)}",
                "NL": lambda: self.pick(["NW", "NX", "BU"]) + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(6)) + self.d(1),
                "MX": lambda: self.pick("GN") + self.d(8),
                "NG": lambda: "A" + self.d(8),
                }[cc]()

    def mrz(self, p: dict, nat: str, born: dt.date, number: str) -> str:
        names = (roman(p["last"]).upper().replace(" ", "<") + "<<" + roman(p["first"]).upper().replace(" ", "<"))
        l1 = ("P<" + nat + names + "<" * 44)[:44]
        num = (number.replace(" ", "") + "<" * 9)[:9]
        exp = dt.date(2027 + self.r.randrange(8), self.r.randint(1, 12), self.r.randint(1, 28))
        sex = "F" if p["g"] == "f" else "M"
        dob, ex = born.strftime("%y%m%d"), exp.strftime("%y%m%d")
        pers = "<" * 14
        comp = num + mrz_digit(num) + dob + mrz_digit(dob) + ex + mrz_digit(ex) + pers + mrz_digit(pers)
        l2 = num + mrz_digit(num) + nat + dob + mrz_digit(dob) + sex + ex + mrz_digit(ex) + pers + mrz_digit(pers) + mrz_digit(comp)
        return l1 + "\n" + l2

    def dvla(self, p: dict, born: dt.date) -> str:
        sur = (re.sub(r"[^A-Z]", "", roman(p["last"]).upper()) + "99999")[:5]
        month = born.month + (50 if p["g"] == "f" else 0)
        ini = (roman(p["first"])[0].upper() + "9")
        return f"{sur}{str(born.year)[2]}{month:02d}{born.day:02d}{str(born.year)[3]}{ini}9{self.pick('ABCDEFHJKLMNPRSTUVWXY')}{self.pick('ABCDEFHJKLMNPRSTUVWXY')}"

    def us_dl(self, state: str) -> str:
        return {"CA": lambda: self.pick("ABCDEFGHJKLMNPRSTUVWY") + self.d(7),
                "FL": lambda: (lambda s: f"{s[0]}{s[1:4]}-{s[4:7]}-{s[7:9]}-{s[9:12]}-{s[12]}")(self.pick("BDFGHKMNPRSTW") + self.d(12)),
                "NY": lambda: group(self.d(9, True), (3, 3, 3)),
                "TX": lambda: self.d(8, True),
                "IL": lambda: (lambda s: f"{s[0]}{s[1:4]}-{s[4:8]}-{s[8:12]}")(self.pick("BDFGHKMNPRSTW") + self.d(11))}[state]()


# ======================================================================================
# Request shapes: how applications actually call a chat-completions gateway.
# ======================================================================================

MODELS = ["gpt-4o-2024-08-06", "gpt-4.1-mini", "o4-mini", "hybridgate/auto", "router-default", "claude-sonnet-4",
          "mistral-small-latest", "qwen2.5-7b-instruct", "gemini-2.0-flash", "llama3.2:3b", "deepseek-chat", "auto"]

APP_SYSTEMS = {
    "en": ["You are Harbor, the in-app assistant of a property-management portal. Answer briefly; never promise repair dates.",
           "You draft replies for a small-clinic front desk. Be warm, plain-spoken, no medical advice.",
           "Role: HR operations copilot. Output in the company's neutral tone. Flag anything that needs legal review.",
           "You are a helpful assistant embedded in a spreadsheet add-in. Prefer formulas over prose.",
           "Support macro assistant for a telecom. Keep replies under 120 words and end with a ticket summary."],
    "de": ["Du bist der Schreibassistent einer Hausverwaltung. Antworte sachlich und höflich, Sie-Form.",
           "Du hilfst dem Kundenservice eines Energieversorgers. Keine Tarifzusagen ohne Rückfrage."],
    "fr": ["Tu es l'assistant du secrétariat d'un cabinet d'avocats. Style soutenu, vouvoiement.",
           "Assistant du service client d'une mutuelle santé. Réponses courtes et précises."],
    "es": ["Eres el asistente de atención al cliente de una aseguradora. Tono cercano, respuestas breves.",
           "Ayudas a la secretaría de un colegio a redactar comunicaciones a las familias."],
    "it": ["Sei l'assistente dello studio di un commercialista. Rispondi in modo preciso e formale."],
    "pt": ["Você é o assistente de atendimento de uma operadora de plano de saúde. Seja objetivo."],
    "ja": ["あなたは人事部のアシスタントです。丁寧語で簡潔に回答してください。"],
    "zh": ["你是一家物流公司的客服助手，请用简洁礼貌的中文回复。"],
    "ko": ["당신은 쇼핑몰 고객센터 상담 보조 AI입니다. 존댓말로 짧게 답하세요."],
    "nl": ["Je bent de assistent van een huisartsenpraktijk. Schrijf duidelijk en vriendelijk, geen diagnoses."],
    "pl": ["Jesteś asystentem działu kadr. Odpowiadaj rzeczowo i uprzejmie."],
    "tr": ["Bir kargo şirketinin müşteri hizmetleri asistanısın. Kısa ve nazik cevap ver."],
    "ru": ["Ты помощник службы поддержки банка. Отвечай вежливо и по делу."],
    "ar": ["أنت مساعد خدمة العملاء لشركة طيران. أجب بإيجاز وبلغة مهذبة."],
    "sv": ["Du är assistent åt en bilverkstad. Svara kort och vänligt."],
}


def sys_for(f: Forge, lang: str) -> str:
    return f.pick(APP_SYSTEMS.get(lang, APP_SYSTEMS["en"]))


def tune(f: Forge, body: dict) -> dict:
    """Sampling knobs that real clients set; they never carry text."""
    if f.chance(0.45):
        body["temperature"] = f.pick([0, 0.1, 0.2, 0.4, 0.7, 1.0])
    if f.chance(0.3):
        body[f.pick(["max_tokens", "max_completion_tokens"])] = f.pick([150, 300, 512, 1000, 2048, 4096])
    if f.chance(0.2):
        body["stream"] = True
        if f.chance(0.5):
            body["stream_options"] = {"include_usage": True}
    if f.chance(0.1):
        body["seed"] = f.r.randint(1, 99999)
    if f.chance(0.08):
        body["top_p"] = f.pick([0.8, 0.9, 0.95])
    return body


def chat(f: Forge, msgs: list, system: str | None = None, **extra) -> dict:
    body = {"model": f.pick(MODELS), "messages": ([{"role": "system", "content": system}] if system else []) + msgs}
    tune(f, body)
    body.update(extra)
    return body


def u(text, parts: bool = False) -> dict:
    return {"role": "user", "content": [{"type": "text", "text": text}] if parts else text}


def a(text) -> dict:
    return {"role": "assistant", "content": text}


def call_id(f: Forge) -> str:
    return "call_" + "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))


def fn_tool(name: str, desc: str, props: dict, required=None) -> dict:
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": props, "required": required or list(props)[:1]}}}


def strings_in(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in strings_in(k) + strings_in(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in strings_in(v)]
    return []


MONTHS = {"en": "January February March April May June July August September October November December",
          "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
          "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
          "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
          "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
          "nl": "januari februari maart april mei juni juli augustus september oktober november december"}


def fmt_date(f: Forge, d: dt.date, lang: str, cc: str = "") -> str:
    if lang in MONTHS and f.chance(0.35):
        m = MONTHS[lang].split()[d.month - 1]
        return {"en": f"{d.day} {m} {d.year}" if cc != "US" else f"{m} {d.day}, {d.year}", "de": f"{d.day}. {m} {d.year}",
                "es": f"{d.day} de {m} de {d.year}", "pt": f"{d.day} de {m} de {d.year}"}.get(lang, f"{d.day} {m} {d.year}")
    if lang in ("ja", "zh"):
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    if cc == "US":
        return f.pick([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}"])
    if lang in ("de", "ru", "pl", "cs", "fi", "tr", "uk", "no", "da", "ro"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if lang in ("sv", "hu", "lt"):
        return d.isoformat()
    return f.pick([f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat()])


# ======================================================================================
# Sensitive prompt templates. §slot§ marks a value; the entity labels of a record follow
# from the slots it fills (SLOT_LABEL), plus the template's own label for §id§.
# ======================================================================================

SLOT_LABEL = {"full": "person", "first": "person", "last": "person", "email": "email", "wemail": "email", "phone": "phone",
              "phonex": "phone", "addr": "STREET_ADDRESS", "dob": "DATE_OF_BIRTH", "ip": "IP_ADDRESS", "ip6": "IP_ADDRESS",
              "card": "credit_card", "iban": "iban", "ssn": "ssn", "mrz": "PASSPORT"}


class T:
    __slots__ = ("lang", "style", "text", "carrier", "label", "kind", "cc", "g")

    def __init__(self, lang, style, text, carrier="plain", label=None, kind=None, cc=None):
        self.lang, self.style, self.text, self.carrier, self.label, self.kind, self.cc = lang, style, text, carrier, label, kind, cc
        self.g = next((g for cue, g in GENDER_CUES if cue in text), None)


# words next to a name that fix the person's gender, so the drawn name agrees with the sentence
GENDER_CUES = [(c, "m") for c in ("guy next door", "ex-husband", "mon coloc", "M. §", "suegro", "ex socio", "współlokator",
                                   "svärfar", "表哥", "لزميلي", "bhai", "לבעל", "θείο", "pak §", "працівника", "Herrn", "sr. §",
                                   "dog dad", "Mein Sohn", "nato il", "我儿子", "syn §", "oğlum", "my bro", "Mon fils", "anh §")] + \
              [(c, "f") for c in ("Mieterin Frau", "Schwiegermutter", "mi alumna", "minha vó", "ученицу", "cô giáo", "paní §",
                                   "colegei", "shangazi", "Customer says she", "mi prima", "ma voisine", "buurvrouw", "pani §",
                                   "הטלפון שלה", "bu §", "Sra. §", "Mme §", "née le", "mi hija", "娘の", "Mijn dochter",
                                   "banned her", "Patientin", "母（", "ma nounou")]


PERSON = [
    T("en", "sms, no caps", "ugh the guy next door, §first§, blocked my driveway AGAIN w his boat trailer. write a note i can tape to his door thats firm but not psycho"),
    T("en", "HR ticket", "Performance note for §full§ (warehouse, night shift): three late arrivals this month, one no-call no-show on the 14th. Draft a first written warning per our handbook section 4.2.", "sys"),
    T("en", "school", "pls write a short report-card comment for §full§, yr 5. strong in reading, struggles w times tables, lovely with the younger kids"),
    T("en", "legal intake", "My ex-husband §full§ has stopped paying child support since August. We live in §city§. What are my options before I go to court?"),
    T("de", "formell", "Bitte formulieren Sie ein Kündigungsschreiben an unsere Mieterin Frau §full§ wegen Eigenbedarfs, Auszug zum 31. des übernächsten Monats.", "sys"),
    T("de", "WhatsApp", "Kannst du mir helfen, meiner Schwiegermutter §first§ zu schreiben, dass wir Weihnachten dieses Jahr bei meinen Eltern feiern? Sie ist schnell gekränkt"),
    T("fr", "texto", "jpp de mon coloc §first§, il laisse la vaisselle depuis 5 jours. aide moi a lui écrire un msg sans que ça parte en clash"),
    T("fr", "RH", "Rédigez une attestation employeur pour M. §full§, préparateur de commandes depuis mars 2019, en CDI à temps plein."),
    T("es", "whatsapp", "oye necesito un mensaje para mi suegro §first§ q cumple 70, algo emotivo pero corto, le encanta el fútbol y la pesca"),
    T("es", "colegio", "Redacte una carta de recomendación para mi alumna §full§, que terminó el bachillerato con matrícula de honor en Química.", "sys"),
    T("it", "formale", "Il mio ex socio §full§ non mi ha restituito i 4.000 euro prestati a marzo. Come gli scrivo una diffida prima di andare dall'avvocato?"),
    T("pt", "zap", "minha vó §first§ caiu ontem e tá internada no hospital, me ajuda a escrever um recado pro grupo da família sem assustar ngm"),
    T("nl", "zakelijk", "Schrijf een afwijzingsmail voor sollicitant §full§; we kozen iemand met meer SAP-ervaring. Vriendelijk, kort."),
    T("pl", "luźno", "Mój współlokator §first§ od tygodnia nie wynosi śmieci. Jak z nim pogadać żeby nie było awantury?"),
    T("sv", "vardag", "Kan du skriva ett kort tal till min svärfar §full§ som fyller 70 på lördag? Han älskar segling och kräftskiva."),
    T("tr", "dilekçe", "Komşumuz §full§'ın köpeği her gece saat 2'ye kadar havlıyor, site yönetimine şikâyet dilekçesi yazar mısın?"),
    T("ru", "школа", "Помогите составить характеристику на ученицу 9 «Б» класса §full§ для перевода в другую школу."),
    T("ja", "ビジネス", "部下の§last§さん（経理課）の評価コメントを書いてください。締め切りは守るが、報連相が課題です。"),
    T("zh", "微信", "帮我给我表哥§full§写一段生日祝福，他今年在成都开了一家奶茶店，想写得幽默一点"),
    T("ko", "메신저", "우리 팀 §full§ 대리가 다음 달 육아휴직 들어가는데 인수인계 메일 초안 좀 써줘"),
    T("ar", "رسمي", "اكتب رسالة اعتذار لزميلي §full§ لأنني نسيت اجتماعنا يوم الأحد الماضي"),
    T("hi", "Hinglish", "mere bhai §first§ ki shaadi ka speech likhna hai, thoda funny, wo Pune mein IT mein kaam karta hai aur cricket ka pagal hai"),
    T("he", "יומיומי", "תנסח לי מייל לבעל הדירה §full§ שהמזגן לא עובד כבר שבוע ואני רוצה הנחה בשכר הדירה"),
    T("vi", "thân mật", "Viết giúp mình lời cảm ơn gửi cô giáo chủ nhiệm §full§ của con gái mình nhân ngày 20/11"),
    T("el", "καθημερινό", "Γράψε μου ένα μήνυμα για τον θείο μου τον §first§ που γιορτάζει αύριο, κάτι αστείο"),
    T("id", "santai", "tolong bikinin ucapan duka buat keluarga pak §full§, tetangga kami yg meninggal tadi subuh"),
    T("cs", "formální", "Napiš výpověď z nájmu bytu pro pronajímatelku paní §full§, byt 2+1 v Brně, výpovědní lhůta tři měsíce."),
    T("fi", "arki", "Auta kirjoittamaan viesti naapurilleni §full§, jonka auto on taas parkissa meidän paikalla."),
    T("uk", "офіційно", "Складіть службову записку про запізнення працівника §full§ 12 та 19 числа."),
    T("th", "สุภาพ", "ช่วยเขียนข้อความขอบคุณคุณ§first§ ที่ช่วยดูแลแมวของฉันตอนไปต่างจังหวัด"),
    T("ro", "informal", "ajută-mă să-i scriu colegei mele §full§ că nu pot prelua tura de sâmbătă, fără să pară că mă eschivez"),
    T("sw", "kawaida", "Niandikie ujumbe wa kumpongeza shangazi yangu §full§ kwa kuhitimu shahada ya uzamili"),
]

EMAIL = [
    T("en", "support ticket", "Customer says she never got the reset link. Account email on file: §email§. Draft the reply asking her to check spam and whitelist us.", "sys"),
    T("en", "terse", "add §email§ to the cc list for the Friday rota and remind me what to write in the subject line"),
    T("en", "forwarded email", "Summarise this thread for me:\n\nFrom: §full§ <§email§>\nSent: Tuesday 09:12\nSubject: RE: deposit\n\nHi, I transferred the deposit last night, can you confirm you received it? Thanks, §first§"),
    T("de", "Ticket", "Bitte eine Antwort an die Kundin formulieren, Rückfragen an §email§. Sie möchte ihren Vertrag zum Monatsende kündigen.", "sys"),
    T("fr", "mail pro", "Peux-tu reformuler ce message pour §wemail§ ? Je veux lui dire poliment que le devis est trop élevé."),
    T("es", "informal", "el correo de mi prima es §email§, redáctale una invitación para la comunión de mi hijo el sábado 12"),
    T("it", "form", "Nome: §full§\nEmail: §email§\nMessaggio: vorrei disdire l'abbonamento in palestra\n\n-> scrivi una risposta di conferma"),
    T("pt", "casual", "manda um email pra §email§ dizendo q o aluguel vai atrasar 3 dias, mas sem parecer calote"),
    T("ja", "社内", "取引先の§last§様（§wemail§）に、納期遅延のお詫びメールを書いてください。"),
    T("zh", "工作", "把这段话改得正式一点发给§email§：你好，合同我看了，第三条有问题，明天电话聊"),
    T("ko", "업무", "§full§ 님(§email§)께 보낼 면접 일정 안내 메일 써줘. 다음 주 화요일 오후 2시"),
    T("ru", "деловое", "Составь письмо для §email§ с просьбой выслать акт сверки за третий квартал."),
    T("pl", "mail", "napisz maila do §email§ ze przesuwamy spotkanie na czwartek bo szef chory"),
    T("nl", "mail", "Stuur een herinnering naar §email§: de factuur van vorige maand staat nog open."),
    T("tr", "iş", "§email§ adresine toplantı notlarını gönderirken kısa bir kapak mesajı yaz"),
    T("ar", "عمل", "أرسل تأكيد الحجز إلى §email§ واذكر أن الدفع عند الوصول"),
    T("en", "git", "why does `git log` show this author on my commits?\n\nAuthor: §full§ <§email§>\nDate:   Mon Mar 3 21:40:11 2025 +0100\n\nhow do I change it for this repo only"),
    T("en", "completion", "Cover letter for the junior analyst role. Contact: §full§, §email§.\n\nDear Hiring Manager,\n", "comp"),
]

PHONE = [
    T("en", "sms", "can u text §phone§ and say im running 10 min late, its my daughter's piano teacher"),
    T("en", "voicemail transcript", "Clean up this voicemail transcript: 'hi it's §first§ um calling about the apartment on... yeah call me back on §phone§ thanks bye'"),
    T("de", "Notiz", "Rückruf bitte an Herrn §last§ unter §phone§, es geht um die Heizkostenabrechnung.", "sys"),
    T("fr", "SMS", "réécris ce sms pr ma voisine: 'Bonjour c'est §first§ du 3e, mon numéro c'est le §phone§ si besoin pour le colis'"),
    T("es", "formulario", "Datos del paciente para la cita: §full§, tel. §phone§. Redacta un SMS recordatorio para el jueves 9:30.", "sys"),
    T("it", "whatsapp", "scrivi un messaggio carino per l'idraulico, numero §phone§, per chiedergli se passa domani mattina"),
    T("pt", "BR casual", "salva esse contato e me ajuda a mandar msg: §first§ (manicure) §phone§"),
    T("nl", "app", "Mijn buurvrouw §first§ past op de kat, haar nummer is §phone§. Maak een briefje voor de oppas met alle info."),
    T("pl", "sms", "odpisz do pani §last§ §phone§ że odbiór kanapy w sobotę po 14"),
    T("sv", "kort", "ring upp §phone§ – frisören – och boka om till tisdag? skriv ett sms åt mig"),
    T("ja", "メモ", "大家さんの§last§さんの電話番号は§phone§です。退去日の連絡をするメッセージを作って"),
    T("zh", "短信", "帮我给§phone§发个短信，告诉快递员把包裹放在门卫室"),
    T("ko", "문자", "§phone§ 번호로 집주인한테 보낼 문자 써줘, 보일러 고장났다고"),
    T("ru", "смс", "Напиши смс на §phone§ сантехнику Олегу что ждём его завтра к 9"),
    T("tr", "mesaj", "ev sahibi §full§ §phone§, kira artışıyla ilgili ona kibar bir mesaj yaz"),
    T("ar", "رسالة", "اكتب رسالة واتساب إلى §phone§ لتأكيد موعد صيانة المكيف"),
    T("he", "הודעה", "תכתוב הודעה ל§first§ מהגן, הטלפון שלה §phone§, שהילד חולה היום"),
    T("hi", "WhatsApp", "§first§ bhaiya ka number §phone§ hai, unko message likho ki gaadi service ke liye kal aayegi"),
    T("vi", "tin nhắn", "nhắn giúp tôi cho anh §first§ số §phone§ là mai giao hàng lúc 8h"),
    T("id", "wa", "tolong buatin pesan wa ke bu §first§ §phone§, bilang arisan diundur minggu depan"),
    T("th", "ไลน์", "ช่วยร่างข้อความถึงพี่§first§ เบอร์ §phone§ ว่าพรุ่งนี้ไปรับของได้ไหม"),
    T("en", "signature block", "Proofread my email signature:\n\n§full§\nAccounts Payable\nDirect: §phone§\nOffice hours Mon-Thu 8-4"),
]

PHONE_EXT = [
    T("en", "office", "Please call back §full§ at §phonex§ regarding the lease renewal, draft the callback note", "sys"),
    T("en", "email signature", "Make this signature look professional:\n§full§ | Claims Adjuster | §phonex§"),
    T("en", "terse", "my direct line is §phonex§, put it in the out-of-office message"),
    T("de", "Signatur", "Bitte Signatur prüfen: §full§, Tel. §phonex§, Sachbearbeitung Kfz-Schaden"),
    T("es", "oficina", "Devuélvale la llamada a la Sra. §last§, §phonex§, por el tema del reembolso"),
    T("ja", "電話メモ", "§last§様より電話あり。折り返し §phonex§ までお願いします、とのこと。社内向けメモに整えて"),
    T("pt", "recado", "recado: ligar pro sr. §last§ no §phonex§ sobre o orçamento"),
    T("fr", "note", "Rappeler Mme §last§ au §phonex§ au sujet de son dossier de sinistre, merci de rédiger le message"),
    T("zh", "留言", "请回电给§full§，电话§phonex§，关于报销单的问题"),
    T("ru", "записка", "Перезвоните §full§ по номеру §phonex§ насчёт договора"),
    T("pl", "notatka", "oddzwonić do p. §last§ §phonex§ w sprawie reklamacji, przygotuj notatkę"),
    T("ko", "메모", "§last§ 과장님 §phonex§ 로 회신 전화 부탁드린다고 메모 정리해줘"),
]

CARD = [
    T("en", "chat", "my card keeps getting declined on your site, it's §card§ exp §exp§. what am i doing wrong"),
    T("en", "support ticket", "Customer wants a refund to the original card §card§ (cardholder §full§). Draft the confirmation.", "sys"),
    T("en", "form paste", "Fill this into the hotel booking form format:\nname §full§\ncard §card§\nexp §exp§ cvc §cvv§"),
    T("de", "Kundendienst", "Die Abbuchung von meiner Kreditkarte §card§ ist doppelt passiert. Bitte helfen Sie mir, eine Reklamation zu schreiben."),
    T("fr", "réclamation", "Bonjour, ma carte §card§ a été débitée deux fois pour la même commande, pouvez-vous m'aider à rédiger une contestation ?"),
    T("es", "chat", "me cobraron dos veces en la tarjeta §card§ vence §exp§, como pido la devolución al banco?"),
    T("it", "reclamo", "Scrivi un reclamo alla banca: addebito non riconosciuto sulla carta §card§ del 12 scorso."),
    T("pt", "suporte", "meu cartão §card§ foi clonado?? apareceu compra em outro estado, me ajuda a escrever pro banco"),
    T("ja", "問い合わせ", "クレジットカード§card§（有効期限§exp§）で二重決済されました。カード会社への問い合わせ文を作成してください。"),
    T("zh", "客服", "我的信用卡§card§被重复扣款了，帮我写一封给银行的申诉邮件"),
    T("nl", "klacht", "Er is twee keer afgeschreven van creditcard §card§. Help me een bezwaar te schrijven."),
    T("pl", "reklamacja", "karta §card§ zablokowana po zakupie w necie, pomóż napisać do banku"),
    T("tr", "şikayet", "§card§ numaralı kartımdan iki kez çekim yapıldı, bankaya şikayet yazısı hazırla"),
    T("en", "completion", "Payment details for invoice 2291 — cardholder: §full§; PAN: §card§; expiry §exp§.\nSummary:", "comp"),
]

IBAN = [
    T("de", "Lastschrift", "Bitte ein SEPA-Lastschriftmandat formulieren für §full§, IBAN §iban§, Mitgliedsbeitrag Sportverein."),
    T("de", "knapp", "überweis die kaution an meine vermieterin, iban §iban§, wie formulier ich den verwendungszweck"),
    T("fr", "virement", "Voici le RIB de ma nounou : §iban§. Rédige-moi un message pour lui confirmer le virement du mois."),
    T("es", "correo", "Ruego abonen la devolución en la cuenta §iban§ a nombre de §full§. Redacta el correo formal."),
    T("it", "formale", "Per il rimborso indicare l'IBAN §iban§ intestato a §full§: scrivi la mail all'assicurazione."),
    T("nl", "chat", "tikkie werkt niet, ik stuur mijn IBAN §iban§ naar de groep, maak er een vriendelijk berichtje van"),
    T("pt", "formal", "Solicito o reembolso para o IBAN §iban§. Escreva a carta para a seguradora."),
    T("pl", "przelew", "zwrot za bilety na konto §iban§, napisz grzecznie do organizatora"),
    T("en", "invoice", "Freelance invoice draft:\nBill to: Lumen Haus BV\nFrom: §full§\nPay to IBAN §iban§\nPlease tidy this up."),
    T("sv", "kort", "mitt IBAN är §iban§, skriv ett mejl till hyresvärden om återbetalning av depositionen"),
    T("fi", "arki", "Palautus tilille §iban§ kiitos – auta muotoilemaan viesti verkkokaupalle"),
    T("ro", "formal", "Vă rog să virați suma în contul §iban§, titular §full§. Redactează cererea de restituire."),
    T("tr", "banka", "Depozito iadesi için IBAN'ım §iban§, ev sahibine resmi bir yazı hazırla"),
    T("ar", "تحويل", "يرجى تحويل المبلغ إلى الآيبان §iban§ باسم §full§، اكتب رسالة رسمية للشركة"),
]

SSN = [
    T("en", "tax prep", "for my W-4 my SSN is §ssn§ and i'm married filing jointly, which box do i check for 2 jobs"),
    T("en", "HR onboarding", "New hire §full§, SSN §ssn§, start date Monday. Draft the I-9 reminder email.", "sys"),
    T("en", "unformatted", "SSN §ssn§ — is this the number I put on the FAFSA or my mom's?"),
    T("en", "form paste", "Applicant: §full§\nSocial Security No.: §ssn§\nDOB: §dob§\nCheck this rental application for missing fields"),
    T("es", "US spanish", "mi número de seguro social es §ssn§, como lleno la solicitud de beneficios de desempleo?"),
    T("en", "ITIN", "My ITIN is §id§, can I use it to open a Roth IRA?", label="TAX_ID", kind="itin"),
    T("en", "benefits", "Call notes: member §full§ verified last name and SSN §ssn§, asked about COBRA premiums. Summarise for the CRM.", "sys"),
    T("zh", "留学", "我的SSN是§ssn§，报税的时候1040NR表格怎么填？"),
    T("ko", "미국", "미국 SSN §ssn§ 인데 크레딧 리포트 동결하는 방법 알려줘"),
    T("en", "dictated", "so my social is §ssn§ and the bank says it doesn't match, what do I do"),
]

NATID = [
    T("en", "UK", "Need to update my NI number on payroll, it's §id§. Who do I email?", label="NATIONAL_ID", kind="nino", cc="GB"),
    T("de", "Behörde", "Meine Ausweisnummer ist §id§, ich habe den Personalausweis verloren. Wie melde ich das?", label="NATIONAL_ID", kind="de_ausweis", cc="DE"),
    T("fr", "administration", "Mon numéro de sécurité sociale : §id§. Comment faire pour changer de caisse ?", label="NATIONAL_ID", kind="fr_nir", cc="FR"),
    T("es", "trámite", "DNI §id§, §full§. Redacta una solicitud para el empadronamiento en el ayuntamiento.", label="NATIONAL_ID", kind="es_dni", cc="ES"),
    T("es", "extranjería", "tengo el NIE §id§ y me caduca la TIE, que papeles necesito??", label="NATIONAL_ID", kind="es_nie", cc="ES"),
    T("nl", "gemeente", "Mijn BSN is §id§, kun je een brief opstellen voor de gemeente over mijn verhuizing?", label="NATIONAL_ID", kind="nl_bsn", cc="NL"),
    T("fr", "Belgique", "Numéro national §id§ – je dois le mettre sur le formulaire de mutuelle, c'est bien ce format?", label="NATIONAL_ID", kind="be_rrn", cc="BE"),
    T("pl", "urząd", "PESEL §id§, §full§ – pomóż napisać wniosek o zaświadczenie o niezaleganiu", label="NATIONAL_ID", kind="pl_pesel", cc="PL"),
    T("sv", "myndighet", "personnummer §id§ – hur ändrar jag min folkbokföringsadress?", label="NATIONAL_ID", kind="se_pnr", cc="SE"),
    T("no", "NAV", "fødselsnummeret mitt er §id§, hvordan søker jeg dagpenger?", label="NATIONAL_ID", kind="no_fnr", cc="NO"),
    T("fi", "Kela", "Henkilötunnukseni on §id§. Miten haen asumistukea?", label="NATIONAL_ID", kind="fi_hetu", cc="FI"),
    T("da", "kommune", "Mit CPR-nummer er §id§, skal jeg skrive det på flytteblanketten?", label="NATIONAL_ID", kind="dk_cpr", cc="DK"),
    T("zh", "办事", "我的身份证号是§id§，帮我写一份租房合同里的乙方信息", label="NATIONAL_ID", kind="cn_rid", cc="CN"),
    T("en", "India", "aadhaar no §id§ not linking with my bank, pls draft a complaint to the branch manager", label="NATIONAL_ID", kind="aadhaar", cc="IN"),
    T("hi", "सरकारी", "मेरा आधार नंबर §id§ है, राशन कार्ड में नाम जोड़ने के लिए आवेदन लिखिए", label="NATIONAL_ID", kind="aadhaar", cc="IN-hi"),
    T("ko", "행정", "주민등록번호 §id§ 로 등본 떼려면 어떻게 해야 돼?", label="NATIONAL_ID", kind="kr_rrn", cc="KR"),
    T("ja", "手続き", "マイナンバーは§id§です。年末調整の書類にどこに書けばいいですか？", label="NATIONAL_ID", kind="jp_mynumber", cc="JP"),
    T("en", "Canada", "My SIN is §id§ — my employer typed it wrong on the T4, how do I get it fixed?", label="NATIONAL_ID", kind="ca_sin", cc="CA"),
    T("tr", "e-devlet", "TC kimlik no §id§, adres değişikliği için dilekçe yaz", label="NATIONAL_ID", kind="tr_tckn", cc="TR"),
    T("he", "ביטוח לאומי", "מספר תעודת הזהות שלי §id§, איך מגישים בקשה לדמי אבטלה?", label="NATIONAL_ID", kind="il_tz", cc="IL"),
    T("en", "South Africa", "ID number §id§ — SARS says it's invalid on eFiling, help me write to them", label="NATIONAL_ID", kind="za_id", cc="ZA"),
    T("de", "Schweiz", "AHV-Nummer §id§, wie beantrage ich einen Auszug aus dem individuellen Konto?", label="NATIONAL_ID", kind="ch_ahv", cc="CH"),
    T("de", "Österreich", "Sozialversicherungsnummer §id§ – bitte Formular für die Familienbeihilfe ausfüllen helfen", label="NATIONAL_ID", kind="at_svnr", cc="AT"),
    T("ro", "oficial", "CNP §id§, redactează o cerere pentru eliberarea cazierului", label="NATIONAL_ID", kind="ro_cnp", cc="RO"),
    T("cs", "úřad", "Rodné číslo §id§ – jak si požádám o výpis z rejstříku trestů online?", label="NATIONAL_ID", kind="cz_rc", cc="CZ"),
    T("pt", "Brasil", "meu CPF é §id§ e tá com pendência na receita, como resolvo?", label="NATIONAL_ID", kind="br_cpf", cc="BR"),
    T("it", "CAF", "Codice fiscale §id§, §full§: prepara la delega per il CAF", label="NATIONAL_ID", kind="it_cf", cc="IT"),
    T("es", "México", "Mi CURP es §id§, ¿cómo descargo mi constancia de situación fiscal?", label="NATIONAL_ID", kind="mx_curp", cc="MX"),
    T("el", "ΑΜΚΑ", "Ο ΑΜΚΑ μου είναι §id§, πώς κλείνω ραντεβού για εμβόλιο;", label="NATIONAL_ID", kind="gr_amka", cc="GR"),
]

TAXID = [
    T("de", "Steuer", "Steuer-ID §id§ – mein Arbeitgeber fragt danach, wo finde ich die ELStAM-Daten?", label="TAX_ID", kind="de_steuer_id", cc="DE"),
    T("en", "India", "PAN §id§ mismatch with name on Form 16, draft mail to HR", label="TAX_ID", kind="in_pan", cc="IN"),
    T("pt", "Portugal", "NIF §id§ – preciso de pôr na fatura do ginásio, escreve o pedido", label="TAX_ID", kind="pt_nif", cc="PT"),
    T("en", "Australia", "my TFN is §id§, new job wants it, is it safe to send by email?", label="TAX_ID", kind="au_tfn", cc="AU"),
    T("en", "US", "ITIN §id§ for §full§ — prepare a cover letter for the W-7 renewal", label="TAX_ID", kind="itin", cc="US"),
    T("de", "Steuerberatung", "Mandant §full§, Steuer-ID §id§, Anlage N fehlt. Bitte kurze Mail an ihn formulieren.", label="TAX_ID", kind="de_steuer_id", cc="DE"),
    T("pt", "Portugal", "o meu contribuinte é §id§, como peço a declaração de não dívida?", label="TAX_ID", kind="pt_nif", cc="PT"),
    T("hi", "Hinglish", "mera PAN §id§ hai, ITR file karte waqt error aa raha hai", label="TAX_ID", kind="in_pan", cc="IN"),
    T("en", "Australia", "Tax file number: §id§\nName: §full§\nturn this into the TFN declaration fields", label="TAX_ID", kind="au_tfn", cc="AU"),
    T("en", "accounting", "Contractor §full§, ITIN §id§, paid $7,400 this year. 1099-NEC needed?", label="TAX_ID", kind="itin", cc="US"),
]

PASSPORT = [
    T("en", "travel", "Booking for §full§, passport §id§, exp 2031. Please format this for the airline's APIS form.", label="PASSPORT", kind="US", cc="US"),
    T("en", "UK visa", "passport no §id§ — the e-visa portal says doc number invalid??", label="PASSPORT", kind="GB", cc="GB"),
    T("de", "Reise", "Reisepassnummer §id§, Name §full§ – bitte für die Hotelanmeldung in Dubai aufbereiten", label="PASSPORT", kind="DE", cc="DE"),
    T("fr", "voyage", "Mon passeport n° §id§ expire bientôt, rédige la demande de renouvellement en urgence", label="PASSPORT", kind="FR", cc="FR"),
    T("en", "India", "passport §id§ tatkal renewal – write a cover note for the PSK", label="PASSPORT", kind="IN", cc="IN"),
    T("zh", "签证", "护照号§id§，帮我填申根签证申请表里的旅行证件部分", label="PASSPORT", kind="CN", cc="CN"),
    T("ja", "旅行", "パスポート番号§id§で航空券を予約したのですが、名前の綴りを間違えました。航空会社への連絡文を作って", label="PASSPORT", kind="JP", cc="JP"),
    T("es", "viaje", "Pasaporte §id§ de §full§, necesito la carta de invitación para la embajada", label="PASSPORT", kind="ES", cc="ES"),
    T("en", "MRZ scan", "OCR output from a passport scan, extract name and expiry please:\n§mrz§", cc="DE"),
    T("pt", "viagem", "passaporte §id§ foi roubado em Lisboa, como faço o boletim de ocorrência?", label="PASSPORT", kind="BR", cc="BR"),
    T("ko", "여행", "여권번호 §id§ 인데 ESTA 신청할 때 어디에 써?", label="PASSPORT", kind="KR", cc="KR"),
    T("en", "MRZ scan", "is this MRZ valid? check digits look off to me\n§mrz§", cc="GB"),
]

HEALTH = [
    T("en", "NHS", "My NHS number is §id§, GP surgery lost my records after I moved. Draft a letter.", label="HEALTH_INSURANCE", kind="nhs", cc="GB"),
    T("en", "Medicare US", "Medicare ID §id§ — the pharmacy says my Part D isn't active, help me write to the plan", label="HEALTH_INSURANCE", kind="us_mbi", cc="US"),
    T("de", "Krankenkasse", "Versichertennummer §id§, bitte Widerspruch gegen die Ablehnung der Reha formulieren", label="HEALTH_INSURANCE", kind="de_kvnr", cc="DE"),
    T("en", "Australia", "medicare card §id§ — how do I add my newborn to it?", label="HEALTH_INSURANCE", kind="au_medicare", cc="AU"),
    T("en", "Ontario", "OHIP §id§ expired while I was abroad, what documents do I bring?", label="HEALTH_INSURANCE", kind="on_health", cc="CA"),
    T("hu", "TAJ", "A TAJ-számom §id§, hogyan kérhetek európai egészségbiztosítási kártyát?", label="HEALTH_INSURANCE", kind="hu_taj", cc="HU"),
    T("en", "clinic intake", "Intake note: §full§, DOB §dob§, MRN §id§, presenting with recurring migraines. Turn into a referral letter.", label="MEDICAL_RECORD", kind="mrn", cc="US"),
    T("de", "Praxis", "Patientin §full§, geb. §dob§, Diagnose F32.1, bitte AU-Bescheinigung Begleitschreiben formulieren", cc="DE"),
    T("fr", "médical", "Mon fils §first§ a eu une crise d'asthme cette nuit, le pédiatre veut un compte-rendu pour la crèche. Aide-moi."),
    T("en", "therapy", "notes from my session w/ my therapist: i told her about §first§ (my ex) and the panic attacks. help me journal about it"),
    T("es", "clínica", "Paciente §full§, historia clínica §id§, alta tras apendicectomía. Redacta el informe para el médico de cabecera.", label="MEDICAL_RECORD", kind="mrn", cc="ES"),
    T("ja", "病院", "母（§full§、§dob§生まれ）の介護保険の申請書類について教えて。認知症の診断を受けています。", cc="JP"),
]

DL = [
    T("en", "DMV", "California DL §id§, got a fix-it ticket, how do I sign it off?", label="DRIVER_LICENSE", kind="dl_CA", cc="US"),
    T("en", "insurance", "Add driver: §full§, Florida license §id§, DOB §dob§. Draft the policy change request.", label="DRIVER_LICENSE", kind="dl_FL", cc="US"),
    T("en", "UK", "my driving licence number is §id§ and DVLA letter says the address is wrong", label="DRIVER_LICENSE", kind="dvla", cc="GB"),
    T("en", "rental", "Rental car form: driver §full§, NY license §id§, exp 2029 — make it a clean table", label="DRIVER_LICENSE", kind="dl_NY", cc="US"),
    T("en", "Texas", "TX DL §id§ suspended for unpaid tolls?? write an appeal", label="DRIVER_LICENSE", kind="dl_TX", cc="US"),
    T("en", "Illinois", "IL driver's license §id§ — renewal notice never came, draft email to the SOS office", label="DRIVER_LICENSE", kind="dl_IL", cc="US"),
]

DOB = [
    T("en", "dating profile", "rewrite my profile bio: §first§, born §dob§, dog dad, bad at bowling, good at pancakes"),
    T("en", "form", "Name: §full§ | Date of birth: §dob§ | please check if I'm eligible for the senior rail card", carrier="comp"),
    T("de", "Versicherung", "Mein Sohn §first§ ist am §dob§ geboren. Ab wann muss er eigene Krankenversicherung haben?"),
    T("fr", "administratif", "Je m'appelle §full§, née le §dob§ à §city§. Rédige une demande d'acte de naissance.", cc="FR"),
    T("es", "trámite", "mi hija §first§ nació el §dob§, ¿cuándo le toca la vacuna de los 4 años?"),
    T("it", "anagrafe", "§full§, nato il §dob§, chiede il certificato di residenza: scrivi la richiesta"),
    T("pt", "escola", "matrícula: §full§, data de nascimento §dob§, 3º ano — escreve um e-mail pra secretaria"),
    T("ja", "学校", "娘の§first§（§dob§生まれ）の入学手続きの書類の書き方を教えて"),
    T("zh", "户口", "我儿子§full§，出生日期§dob§，办理户口迁移需要什么材料？"),
    T("ko", "보험", "§full§, 생년월일 §dob§, 실손보험 청구서 작성 도와줘"),
    T("pl", "szkoła", "syn §first§ ur. §dob§ – czy musi iść do zerówki w tym roku?"),
    T("ru", "справка", "§full§, дата рождения §dob§ — составь заявление на отпуск по уходу за ребёнком"),
    T("nl", "huisarts", "Mijn dochter §first§, geboren §dob§, heeft al 3 dagen koorts. Help me een bericht aan de huisarts te schrijven."),
    T("tr", "okul", "oğlum §first§ §dob§ doğumlu, ilkokul kaydı için hangi belgeler lazım"),
]

ADDRESS = [
    T("en", "moving", "Change of address letter for my bank: new address §addr§. Name §full§.", cc="US", carrier="comp"),
    T("en", "neighbour dispute", "the tree at §addr§ (my neighbour's) is dropping branches on my car, write a polite letter to them", cc="GB"),
    T("de", "Ummeldung", "Ich wohne jetzt in der §addr§. Bitte eine Mail an den Stromanbieter formulieren.", cc="DE"),
    T("de", "Wien", "Neue Adresse: §addr§ – bitte Nachsendeauftrag Text für die Post formulieren", cc="AT"),
    T("fr", "déménagement", "Nouvelle adresse de ma mère : §addr§. Rédige le courrier pour la CAF.", cc="FR"),
    T("es", "paquete", "el paquete tiene que ir a §addr§, a nombre de §full§, escribe el mensaje al vendedor", cc="ES"),
    T("it", "condominio", "Sono §full§ e abito in §addr§: scrivi una lettera all'amministratore per le infiltrazioni", cc="IT"),
    T("pl", "zgłoszenie", "awaria wody pod adresem §addr§, zgłoszenie do spółdzielni od §full§", cc="PL"),
    T("pt", "entrega", "meu endereço novo é §addr§, me ajuda a atualizar o cadastro na loja", cc="BR"),
    T("ja", "配送", "配送先を§addr§、§full§様に変更したいです。問い合わせ文を作ってください", cc="JP"),
    T("zh", "快递", "收货地址改成§addr§，收件人§full§，帮我写给卖家", cc="CN"),
    T("ko", "이사", "이사한 주소 §addr§ 로 택배 주소 변경 요청 문자 써줘", cc="KR"),
    T("ru", "доставка", "адрес доставки: §addr§, получатель §full§ — оформи заявку", cc="RU"),
    T("en", "India", "new flat address §addr§, write mail to the gas agency to transfer my connection", cc="IN"),
    T("sv", "flytt", "Vi har flyttat till §addr§, skriv ett mejl till förskolan om ny adress", cc="SE"),
    T("tr", "adres", "yeni adresim §addr§, kargo şirketine yazı yaz", cc="TR"),
]

IPADDR = [
    T("en", "home network", "my home IP is §ip§ and my ISP says i'm on a blocklist, how do i get off it"),
    T("en", "abuse report", "User §full§ keeps logging in from §ip§ after we banned her, draft the abuse email to her ISP", "sys"),
    T("de", "Heimnetz", "Meine öffentliche IP zu Hause ist §ip§, kann mein Nachbar damit auf mein NAS zugreifen?"),
    T("fr", "forum", "le modo m'a banni, mon IP §ip§, comment je fais appel ? je m'appelle §first§"),
    T("en", "security log", "Is this suspicious? My account (§email§) had a login from §ip6§ at 3am while I was asleep."),
    T("es", "soporte", "mi ip fija es §ip§, por favor redacta el correo al proveedor pidiendo que abran el puerto para mi cámara"),
    T("ru", "провайдер", "мой IP §ip§, провайдер блокирует торренты, напиши претензию"),
    T("pt", "suporte", "meu ip de casa §ip§ tá na lista negra do Spamhaus, como tiro?"),
    T("ja", "自宅", "自宅の固定IP §ip§ をルーターで許可したいです、§first§の部屋のPCだけ"),
    T("en", "gaming", "my bro §first§'s IP is §ip§ — he keeps getting DDoSed in ranked, how do we hide it"),
]

WORDS = {"en": "zero one two three four five six seven eight nine", "de": "null eins zwei drei vier fünf sechs sieben acht neun",
         "fr": "zéro un deux trois quatre cinq six sept huit neuf", "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
         "it": "zero uno due tre quattro cinque sei sette otto nove", "nl": "nul een twee drie vier vijf zes zeven acht negen"}
AT_WORDS = {"en": ("at", "dot"), "de": ("at", "punkt"), "fr": ("arobase", "point"), "es": ("arroba", "punto"),
            "it": ("chiocciola", "punto"), "nl": ("apenstaartje", "punt"), "pt": ("arroba", "ponto"), "pl": ("małpa", "kropka")}


def obf_email(f: Forge, email: str, lang: str) -> str:
    at, dot = AT_WORDS.get(lang, AT_WORDS["en"])
    local, dom = email.split("@")
    style = f.r.randrange(4)
    if style == 0:
        return f"{local.replace('.', f' {dot} ')} {at} {dom.replace('.', f' {dot} ')}"
    if style == 1:
        return f"{local}[{at}]{dom.replace('.', '[' + dot + ']')}"
    if style == 2:
        return f"{local} ({at}) {dom}"
    return f"{local} AT {dom.split('.')[0]} DOT {'.'.join(dom.split('.')[1:])}"


def obf_phone(f: Forge, phone: str, lang: str) -> str:
    ds = digits(phone)
    style = f.r.randrange(4)
    if style == 0 and lang in WORDS:
        w = WORDS[lang].split()
        return " ".join(w[int(c)] for c in ds)
    if style == 1:
        return " ".join(ds)
    if style == 2:
        return phone.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return ".".join(ds[i:i + 2] for i in range(0, len(ds), 2))


SLOT_LABEL.update({"oemail": "email", "ophone": "phone"})

OBFUSCATED = [
    T("en", "classifieds", "Selling my bike, text me: §ophone§ (no lowballers). Can you write the listing? name's §first§"),
    T("en", "forum post", "reach me at §oemail§ if anyone has a spare ticket for saturday, help me word the post"),
    T("de", "Kleinanzeige", "Bitte Anzeigentext verbessern: Kinderwagen abzugeben, Kontakt §oemail§ oder §ophone§"),
    T("fr", "annonce", "Reformule mon annonce de baby-sitting, contact: §oemail§"),
    T("es", "anuncio", "clases particulares de mates, llamar al §ophone§, pregunta por §first§ — mejora el anuncio"),
    T("it", "annuncio", "Affitto stanza a studentessa, scrivere a §oemail§. Rendilo più accattivante."),
    T("nl", "marktplaats", "Maak deze advertentie beter: bank te koop, bel §ophone§"),
    T("en", "dictated", "my number is §ophone§ put that in the form for the vet appointment for Biscuit"),
    T("ja", "全角", "連絡先：§ophone§（§last§）この内容で町内会の回覧板の文面を作って"),
    T("zh", "全角", "我的手机§ophone§，帮我写个寻物启事，丢了一只黑色钱包"),
    T("pl", "ogłoszenie", "popraw ogłoszenie: korepetycje z angielskiego, pisz na §oemail§"),
    T("pt", "anúncio", "vendo geladeira seminova, chama no zap §ophone§ — melhora o texto"),
    T("en", "anti-scraper bio", "Rewrite my freelance bio. Contact: §oemail§, phone §ophone§. I'm §full§, UX writer."),
    T("es", "dictado", "apunta: mi correo es §oemail§ y mi móvil §ophone§, rellena la ficha de socio del club"),
]


# ======================================================================================
# Builders: one record's values, then its body.
# ======================================================================================

def country_for(f: Forge, t: T) -> str:
    if t.cc:
        return t.cc
    return f.pick(LANG_COUNTRIES.get(t.lang, ["US"]))


def fill_values(f: Forge, t: T, cc: str) -> tuple[dict, list[str]]:
    """Draw one value per slot the template uses; returns slot->surface and the entity labels."""
    slots = sorted(set(re.findall(r"§(\w+)§", t.text)))
    pcc = cc if cc in POOLS else "US"
    p = f.person(pcc, t.g)
    born = f.dob()
    lang = POOLS[pcc][0]
    v, labels = {}, []
    for s in slots:
        if s in ("full", "first", "last"):
            v[s] = p[s]
        elif s == "email":
            v[s] = f.email(p)
        elif s == "wemail":
            v[s] = f.email(p, work=True)
        elif s == "phone":
            v[s] = f.phone(cc if cc in PHONES else f.pick(list(PHONES)))
        elif s == "phonex":
            v[s] = f.phone(cc if cc in PHONES else "US") + f.extension(t.lang)
        elif s == "oemail":
            v[s] = obf_email(f, f.email(p), t.lang)
        elif s == "ophone":
            v[s] = obf_phone(f, f.phone(cc if cc in PHONES else "US"), t.lang)
        elif s == "addr":
            v[s] = f.address(cc if cc in STREETS else "US")
        elif s == "dob":
            v[s] = fmt_date(f, born, t.lang, cc)
        elif s == "city":
            v[s] = f.pick(CITIES.get(cc, CITIES["US"]))
        elif s == "ip":
            v[s] = f.ipv4()
        elif s == "ip6":
            v[s] = f.ipv6()
        elif s == "card":
            num, _ = f.card()
            v[s] = f.card_fmt(num)
        elif s == "exp":
            v[s] = f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 31)}"
        elif s == "cvv":
            v[s] = f.d(3)
        elif s == "iban":
            icc = cc if cc in ("DE", "FR", "ES", "IT", "BE", "NO", "PT", "NL", "GB", "IE", "AT", "CH", "PL", "SE", "DK",
                               "FI", "CZ", "HU", "RO", "TR", "GR", "AE") else f.pick(["DE", "FR", "ES", "IT", "NL", "AT", "BE", "LU", "IE"])
            v[s] = f.iban_fmt(f.iban(icc))
        elif s == "ssn":
            ssn = f.ssn()
            v[s] = digits(ssn) if "unformatted" in t.style else f.pick([ssn, ssn, ssn.replace("-", " ")])
        elif s == "mrz":
            nat = {"DE": "D<<", "GB": "GBR"}[cc]
            v[s] = f.mrz(p, nat, born, f.passport(cc))
        elif s == "id":
            v[s] = id_value(f, t.kind, p, born)
        else:
            raise KeyError(s)
        if s in SLOT_LABEL:
            labels.append(SLOT_LABEL[s])
        if s == "mrz":
            labels.append("person")
        if s == "id":
            labels.append(t.label)
    return v, sorted(set(labels))


def id_value(f: Forge, kind: str, p: dict, born: dt.date) -> str:
    fem = p["g"] == "f"
    simple = {"nino": f.ein_like_nino, "de_ausweis": f.de_ausweis, "es_dni": f.es_dni, "es_nie": f.es_nie, "nl_bsn": f.nl_bsn,
              "aadhaar": f.aadhaar, "jp_mynumber": f.jp_mynumber, "ca_sin": f.ca_sin, "tr_tckn": f.tr_tckn, "il_tz": f.il_tz,
              "ch_ahv": f.ch_ahv, "br_cpf": f.br_cpf, "de_steuer_id": f.de_steuer_id, "pt_nif": f.pt_nif, "au_tfn": f.au_tfn,
              "itin": f.itin, "nhs": f.nhs, "us_mbi": f.us_mbi, "de_kvnr": f.de_kvnr, "au_medicare": f.au_medicare,
              "on_health": f.on_health, "hu_taj": f.hu_taj}
    if kind in simple:
        return simple[kind]()
    if kind == "fr_nir":
        return f.fr_nir(fem, born)
    if kind in ("be_rrn", "pl_pesel", "cn_rid", "kr_rrn", "za_id", "ro_cnp", "cz_rc"):
        return getattr(f, kind)(born, fem)
    if kind in ("se_pnr", "no_fnr", "fi_hetu", "dk_cpr", "at_svnr", "gr_amka"):
        return getattr(f, kind)(born)
    if kind == "in_pan":
        return f.in_pan(p["lr"])
    if kind == "it_cf":
        return f.it_cf(p, born)
    if kind == "mx_curp":
        return f.mx_curp(p, born)
    if kind == "mrn":
        return f.pick([f"{f.d(8)}", f"MRN-{f.d(7, True)}", f"HC{f.r.randint(2015, 2025)}-{f.d(6)}"])
    if kind == "dvla":
        return f.dvla(p, born)
    if kind.startswith("dl_"):
        return f.us_dl(kind[3:])
    if len(kind) == 2:
        return f.passport(kind)
    raise KeyError(kind)


def fill(text: str, v: dict) -> str:
    return re.sub(r"§(\w+)§", lambda m: v[m.group(1)], text)


def from_template(f: Forge, t: T) -> dict:
    cc = country_for(f, t)
    v, labels = fill_values(f, t, cc)
    text = fill(t.text, v)
    if t.carrier == "comp":
        body = {"model": f.pick(["gpt-3.5-turbo-instruct", "davinci-002", "local-base-1b"]), "prompt": text,
                "max_tokens": f.pick([128, 256, 400])}
        return {"endpoint": "completions", "lang": t.lang, "style": t.style, "body": body, "entities": labels,
                "values": [x for k, x in v.items() if k not in ("city", "exp", "cvv")]}
    system = sys_for(f, t.lang) if t.carrier == "sys" or f.chance(0.15) else None
    body = chat(f, [u(text, parts=f.chance(0.15))], system)
    return {"endpoint": "chat", "lang": t.lang, "style": t.style, "body": body, "entities": labels,
            "values": [x for k, x in v.items() if k not in ("city", "exp", "cvv")]}


def rec(lang, style, body, labels, values, endpoint="chat") -> dict:
    return {"endpoint": endpoint, "lang": lang, "style": style, "body": body, "entities": sorted(set(labels)), "values": values}


def _who(f: Forge, cc: str | None = None):
    cc = cc or f.pick(["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "JP", "PL", "SE", "MX", "AU", "TR", "KR"])
    return cc, f.person(cc)


# ---- request_field: the personal data sits outside the messages ----------------------

def rf_user_field(f):
    cc, p = _who(f)
    e = f.email(p, work=f.chance(0.5))
    ask = f.pick(["Summarise the key risks in a fixed-price software contract.", "Give me five subject lines for a spring newsletter.",
                  "Translate 'the meeting is moved to Thursday' into Portuguese.", "What's a good structure for a quarterly OKR review?"])
    return rec("en", "user field = e-mail (SaaS backend)", chat(f, [u(ask)], None, user=e), ["email"], [e])


def rf_metadata(f):
    cc, p = _who(f)
    ph = f.phone(cc)
    body = chat(f, [u(f.pick(["Write a friendly reminder that the invoice is due next week.",
                                  "Draft a reply: we received your documents and will respond within 5 working days."]))],
                "You write customer e-mails for a utility company.", store=True,
                metadata={"ticket": f"T-{f.d(6, True)}", "customer_name": p["full"], "callback": ph})
    return rec("en", "stored completion metadata", body, ["person", "phone"], [p["full"], ph])


def rf_response_format(f):
    cc, p = _who(f, f.pick(["DE", "US", "FR"]))
    born = fmt_date(f, f.dob(), "en", cc)
    schema = {"type": "json_schema", "json_schema": {"name": "discharge_summary", "strict": True, "schema": {
        "type": "object", "description": f"Discharge summary for patient {p['full']} (born {born})",
        "properties": {"diagnosis": {"type": "string"}, "follow_up": {"type": "string"}},
        "required": ["diagnosis", "follow_up"], "additionalProperties": False}}}
    body = chat(f, [u("Fill the summary from these notes: mild concussion, CT clear, observe 24h, GP review in 1 week.")],
                "You produce structured clinical summaries.", response_format=schema)
    return rec("en", "response_format schema description", body, ["person", "DATE_OF_BIRTH"], [p["full"], born])


def rf_tools_description(f):
    cc, p = _who(f)
    ph = f.phone(cc)
    tool = fn_tool("page_oncall", f"Page the on-call engineer. This week: {p['full']}, mobile {ph}.",
                   {"severity": {"type": "string", "enum": ["sev1", "sev2", "sev3"]}, "summary": {"type": "string"}})
    body = chat(f, [u("Checkout latency p99 jumped to 4s after the 14:05 deploy. What should I do?")],
                "You are an incident-response helper.", tools=[tool], tool_choice="auto")
    return rec("en", "tool description names on-call person", body, ["person", "phone"], [p["full"], ph])


def rf_image_url(f):
    cc, p = _who(f)
    e = f.email(p)
    url = f"https://uploads.{f.pick(WORK_DOMAINS)}/claims/{e}/photo_0{f.r.randint(1, 9)}.jpg"
    body = chat(f, [{"role": "user", "content": [{"type": "text", "text": f.pick(["What damage do you see on this bumper?",
                                                                                      "Is the crack in this windshield repairable?"])},
                                                   {"type": "image_url", "image_url": {"url": url, "detail": "low"}}]}])
    return rec("en", "image URL path holds e-mail", body, ["email"], [e])


def rf_message_name(f):
    cc, p = _who(f, f.pick(["SE", "DE", "NL", "GB", "US"]))
    handle = f"{p['fr']}_{p['lr']}"
    body = chat(f, [{"role": "user", "name": handle, "content": "can someone recap what we decided about the venue?"}],
                "You are the assistant in a team chat. Several users talk to you.")
    return rec("en", "message name field = person", body, ["person"], [handle])


def rf_prediction(f):
    cc, p = _who(f)
    e = f.email(p, work=True)
    code = f"MAINTAINER = \"{p['full']} <{e}>\"\nVERSION = \"2.3.1\"\n"
    body = chat(f, [u("Bump VERSION to 2.4.0 in this file and return the whole file:\n\n" + code)],
                prediction={"type": "content", "content": code})
    return rec("en", "predicted output + code", body, ["person", "email"], [p["full"], e])


def rf_file_part(f):
    cc, p = _who(f, f.pick(["DE", "FR", "IT", "ES", "PL"]))
    fname = f"{f.pick(['Lebenslauf', 'CV', 'curriculum', 'zyciorys'])}_{p['lr']}_{p['fr']}.pdf"
    blob = "data:application/pdf;base64," + "JVBERi0xLjQKJcfsj6IK" + "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(40))
    body = chat(f, [{"role": "user", "content": [{"type": "text", "text": "Bewerte diesen Lebenslauf für eine Junior-Controlling-Stelle."},
                                                   {"type": "file", "file": {"filename": fname, "file_data": blob}}]}])
    return rec("de", "file part filename", body, ["person"], [p["lr"]])


def rf_stop(f):
    cc, p = _who(f, "US")
    body = chat(f, [u(f"Continue the dialogue:\nAGENT: Thanks for calling, how can I help?\n{p['first'].upper()}: I was charged twice.\nAGENT:")],
                stop=[f"\n{p['first'].upper()}:"], user=f"crm-{p['lr']}-{p['fr']}")
    return rec("en", "stop sequence + user field hold customer name", body, ["person"], [p["first"].upper()])


def rf_tool_enum(f):
    cc, p = _who(f)
    q = f.person(cc)
    e1, e2 = f.email(p, work=True), f.email(q, work=True)
    tool = fn_tool("assign_ticket", "Assign a support ticket to an agent.",
                   {"agent_email": {"type": "string", "enum": [e1, e2]}, "priority": {"type": "integer"}})
    body = chat(f, [u("Ticket 88231: printer on floor 3 jams on every duplex job. Assign it.")], tools=[tool],
                tool_choice={"type": "function", "function": {"name": "assign_ticket"}})
    return rec("en", "tool schema enum of agent e-mails", body, ["email"], [e1, e2])


REQUEST_FIELD = [rf_user_field, rf_metadata, rf_response_format, rf_tools_description, rf_image_url, rf_message_name,
                 rf_prediction, rf_file_part, rf_stop, rf_tool_enum]


# ---- tool_call: PII inside assistant tool-call arguments or tool results --------------

def tc_booking(f):
    cc, p = _who(f)
    e, ph = f.email(p), f.phone(cc)
    args = json.dumps({"guest_name": p["full"], "email": e, "phone": ph, "checkin": "2026-02-14", "nights": 2}, ensure_ascii=False)
    cid = call_id(f)
    msgs = [u(f"Book the lakeside room for two nights from Feb 14. I'm {p['first']}."),
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
                                                                    "function": {"name": "create_booking", "arguments": args}}]},
            {"role": "tool", "tool_call_id": cid, "content": json.dumps({"status": "held", "ref": f"LK-{f.d(5, True)}"})},
            u("great, can you also ask for a late checkout?")]
    tool = fn_tool("create_booking", "Create a hotel booking", {"guest_name": {"type": "string"}, "email": {"type": "string"},
                                                                  "phone": {"type": "string"}, "checkin": {"type": "string"},
                                                                  "nights": {"type": "integer"}})
    return rec("en", "agent loop: booking tool call", chat(f, msgs, "You are a hotel booking agent.", tools=[tool]),
               ["person", "email", "phone"], [p["full"], e, ph])


def tc_crm_lookup(f):
    cc, p = _who(f)
    addr = f.address(cc if cc in STREETS else "US")
    e = f.email(p)
    cid = call_id(f)
    result = {"customer": {"name": p["full"], "email": e, "address": addr, "tier": "gold", "open_orders": 2}}
    msgs = [u("Why hasn't order 5512 shipped yet?"),
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
                                                                    "function": {"name": "lookup_customer", "arguments": json.dumps({"order": 5512})}}]},
            {"role": "tool", "tool_call_id": cid, "content": json.dumps(result, ensure_ascii=False)}]
    return rec("en", "tool result: CRM record", chat(f, msgs, "Customer-support agent with CRM tools."),
               ["person", "email", "STREET_ADDRESS"], [p["full"], e, addr])


def tc_payment(f):
    cc, p = _who(f, f.pick(["DE", "NL", "FR", "ES", "IT", "AT", "BE"]))
    ib = f.iban(cc)
    cid = call_id(f)
    msgs = [u("Pay back the deposit to the tenant who moved out of flat 4B."),
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                "name": "sepa_transfer", "arguments": json.dumps({"creditor": p["full"], "iban": ib, "amount_eur": 1450.0,
                                                                  "reference": "Kaution 4B"}, ensure_ascii=False)}}]},
            {"role": "tool", "tool_call_id": cid, "content": "{\"status\": \"pending_approval\"}"},
            u("who needs to approve it?")]
    return rec("en", "agent loop: SEPA tool call", chat(f, msgs), ["person", "iban"], [p["full"], ib])


def tc_sms(f):
    cc, p = _who(f, f.pick(["BR", "PT"]))
    ph = f.phone(cc)
    cid = call_id(f)
    args = {"to": ph, "body": f"Olá {p['first']}, sua consulta está confirmada para amanhã às 10h."}
    msgs = [u("manda a confirmação da consulta pro paciente das 10h"),
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                "name": "send_sms", "arguments": json.dumps(args, ensure_ascii=False)}}]},
            {"role": "tool", "tool_call_id": cid, "content": json.dumps({"delivered": True})},
            u("valeu, e o das 11h?")]
    return rec("pt", "agent loop: SMS tool call", chat(f, msgs, tools=[fn_tool("send_sms", "Send an SMS", {"to": {"type": "string"}, "body": {"type": "string"}})]),
               ["phone", "person"], [ph, p["first"]])


def tc_hr(f):
    cc, p = _who(f, f.pick(["US", "US", "GB"]))
    born = f.dob(1960, 2000)
    cid = call_id(f)
    emp = {"employee_id": f"E{f.d(5, True)}", "name": p["full"], "date_of_birth": born.isoformat(),
           "ssn": f.ssn() if cc == "US" else f.ein_like_nino(), "salary": 61500}
    labels = ["person", "DATE_OF_BIRTH", "ssn" if cc == "US" else "NATIONAL_ID"]
    msgs = [u("Pull the record for the new analyst and tell me if the onboarding checklist is complete."),
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                "name": "hris_get_employee", "arguments": "{\"query\": \"newest analyst\"}"}}]},
            {"role": "tool", "tool_call_id": cid, "content": json.dumps(emp)}]
    return rec("en", "tool result: HRIS record", chat(f, msgs, "HR operations copilot."), labels,
               [p["full"], born.isoformat(), emp["ssn"]])


def tc_card(f):
    cc, p = _who(f, "US")
    num, _ = f.card()
    cid = call_id(f)
    msgs = [u("charge the customer on file for the repair, $180"),
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                "name": "charge_card", "arguments": json.dumps({"cardholder": p["full"], "pan": num, "amount": 180})}}]},
            {"role": "tool", "tool_call_id": cid, "content": "{\"error\": \"card_declined\"}"},
            u("what now? write him a message")]
    return rec("en", "agent loop: card tool call", chat(f, msgs), ["person", "credit_card"], [p["full"], num])


TOOL_CALL = [tc_booking, tc_crm_lookup, tc_payment, tc_sms, tc_hr, tc_card]


# ---- earlier_turn: the value was given turns ago; the last turn is harmless -----------

def earlier(f):
    kind = f.r.randrange(6)
    cc, p = _who(f)
    if kind == 0:
        e = f.email(p)
        first = f"Write a short bio for the conference site. I'm {p['full']}, contact {e}."
        vals, labels = [p["full"], e], ["person", "email"]
    elif kind == 1:
        ph = f.phone(cc)
        first = f"My landlord's number is {ph}, help me text him that the boiler is broken."
        vals, labels = [ph], ["phone"]
    elif kind == 2:
        num, _ = f.card()
        first = f"I paid with {f.card_fmt(num)} and got charged twice — what do I tell the bank?"
        vals, labels = [], ["credit_card"]
        vals.append(first.split("paid with ")[1].split(" and")[0])
    elif kind == 3:
        a_ = f.address(cc if cc in STREETS else "US")
        first = f"We just moved to {a_}. Which documents do I need to update?"
        vals, labels = [a_], ["STREET_ADDRESS"]
    elif kind == 4:
        s = f.ssn()
        first = f"the form asks for my SSN ({s}) twice, is that normal?"
        vals, labels = [s], ["ssn"]
    else:
        ib = f.iban(f.pick(["DE", "FR", "NL", "IT"]))
        first = f"Refund should go to {ib}, account holder {p['full']}. Draft the request."
        vals, labels = [ib, p["full"]], ["iban", "person"]
    follow = f.pick(["shorter please", "make it more formal", "now in Spanish", "ok thanks, anything else I should add?",
                     "can you turn that into bullet points", "perfect. one more thing: how long does it usually take?"])
    reply = f.pick(["Sure — here's a draft:\n\n[draft]", "Here's what I'd suggest: keep it brief and factual.",
                    "Of course. Start by stating the date and what happened."])
    return rec("en", "multi-turn, value in first turn", chat(f, [u(first), a(reply), u(follow)]), labels, vals)


EARLIER_ML = [
    ("de", "DE", "Schreib mir eine kurze Vorstellung für den Elternbeirat. Ich bin §full§, erreichbar unter §phone§.",
     "Gern, hier ein Entwurf: …", "Kannst du es etwas lockerer formulieren?"),
    ("es", "ES", "Necesito un correo para reclamar el retraso del vuelo; mis datos: §full§, §email§.",
     "Claro, aquí tienes un borrador.", "hazlo más corto porfa"),
    ("fr", "FR", "Aide-moi à écrire au syndic, j'habite au §addr§ et la fuite revient.",
     "Bien sûr, voici une proposition de courrier.", "Ajoute une date limite de réponse."),
    ("ja", "JP", "来週の面談の案内を作りたいです。担当：§full§、連絡先：§phone§",
     "承知しました。以下の案をご確認ください。", "もう少し丁寧な表現にしてください"),
    ("pt", "BR", "meu email é §email§, escreve uma msg pro síndico sobre o barulho da obra",
     "Claro! Aqui vai uma sugestão:", "deixa mais formal"),
    ("ko", "KR", "택배 기사님께 보낼 문자야. 받는 사람 §full§, 연락처 §phone§",
     "네, 이렇게 보내시면 됩니다.", "좀 더 짧게"),
]


def earlier_ml(f):
    lang, cc, first, reply, follow = EARLIER_ML[f.r.randrange(len(EARLIER_ML))]
    t = T(lang, "multi-turn, value in first turn", first, cc=cc)
    v, labels = fill_values(f, t, cc)
    body = chat(f, [u(fill(first, v)), a(reply), u(follow)])
    return rec(lang, t.style, body, labels, [x for k, x in v.items() if k not in ("city",)])


EARLIER_TURN = [earlier, earlier_ml]


# ---- pasted_data: records pasted as CSV, JSON, logs, headers, vCards ------------------

def pd_csv(f):
    cc = f.pick(["US", "DE", "FR", "NL", "ES", "GB"])
    rows, vals = [], []
    for _ in range(f.r.randint(3, 6)):
        p = f.person(cc)
        e, ph = f.email(p), f.phone(cc)
        rows.append(f"{p['first']},{p['last']},{e},{ph},{f.pick(['paid', 'pending', 'overdue'])}")
        vals += [e, ph]
    ask = f.pick(["Which of these members are overdue? Reply with first names only.",
                  "Convert this to a markdown table.", "Wer hat noch nicht bezahlt?", "¿Cuántos están pendientes?"])
    lang = {"W": "de", "¿": "es"}.get(ask[0], "en")
    return rec(lang, "CSV export pasted", chat(f, [u(ask + "\n\nfirst,last,email,phone,status\n" + "\n".join(rows))]),
               ["person", "email", "phone"], vals)


def pd_json(f):
    cc = f.pick(["US", "BR", "IN", "IT", "PL"])
    p = f.person(cc)
    born = f.dob()
    obj = {"id": f.r.randint(1000, 99999), "fullName": p["full"], "birthDate": born.isoformat(),
           "contact": {"email": f.email(p), "mobile": f.phone(cc)}, "address": f.address(cc if cc in STREETS else "US"),
           "plan": f.pick(["basic", "family", "premium"])}
    return rec("en", "JSON API response pasted",
               chat(f, [u("Why does my validator reject this payload? " + json.dumps(obj, indent=2, ensure_ascii=False))],
                    "You are a senior backend engineer."),
               ["person", "DATE_OF_BIRTH", "email", "phone", "STREET_ADDRESS"],
               [p["full"], obj["contact"]["email"], obj["contact"]["mobile"], obj["address"]])


def pd_log(f):
    cc, p = _who(f)
    e, ip = f.email(p), f.ipv4()
    lines = [f"2026-11-{f.r.randint(10, 28)}T0{f.r.randint(0, 9)}:{f.r.randint(10, 59)}:{f.r.randint(10, 59)}Z INFO  auth.login ok user={e} ip={ip}",
             f"2026-11-{f.r.randint(10, 28)}T1{f.r.randint(0, 9)}:{f.r.randint(10, 59)}:02Z WARN  auth.mfa retry user={e} ip={ip} attempt=2",
             f"2026-11-{f.r.randint(10, 28)}T1{f.r.randint(0, 9)}:{f.r.randint(10, 59)}:44Z ERROR payments.capture failed order=88{f.d(4)} code=card_declined"]
    return rec("en", "application log pasted", chat(f, [u("what's going on in these logs?\n```\n" + "\n".join(lines) + "\n```")]),
               ["email", "IP_ADDRESS"], [e, ip])


def pd_headers(f):
    cc, p = _who(f)
    q = f.person(cc)
    e1, e2 = f.email(p), f.email(q, work=True)
    ip = f.ipv4()
    hdr = (f"Received: from [{ip}] by mx.{f.pick(WORK_DOMAINS)}\nFrom: \"{p['full']}\" <{e1}>\nTo: {e2}\n"
           f"Subject: Re: Angebot Küche\nDate: Fri, 21 Nov 2026 18:04:51 +0100\nMessage-ID: <{f.d(10)}.{f.d(5)}@mail.local>")
    return rec("en", "raw e-mail headers", chat(f, [u("is this email spoofed? headers:\n\n" + hdr)]),
               ["person", "email", "IP_ADDRESS"], [p["full"], e1, e2, ip])


def pd_vcard(f):
    cc, p = _who(f)
    e, ph = f.email(p), f.phone(cc)
    card = f"BEGIN:VCARD\nVERSION:3.0\nFN:{p['full']}\nN:{p['last']};{p['first']};;;\nTEL;TYPE=CELL:{ph}\nEMAIL:{e}\nEND:VCARD"
    return rec("en", "vCard pasted", chat(f, [u("my phone won't import this contact, what's wrong?\n" + card)]),
               ["person", "email", "phone"], [p["full"], e, ph])


def pd_ics(f):
    cc, p = _who(f)
    q = f.person(cc)
    e1, e2 = f.email(p), f.email(q)
    ics = (f"BEGIN:VEVENT\nSUMMARY:Elternabend 3b\nDTSTART:20261210T190000\nORGANIZER;CN={p['full']}:mailto:{e1}\n"
           f"ATTENDEE;CN={q['full']}:mailto:{e2}\nEND:VEVENT")
    return rec("de", "iCal invite pasted", chat(f, [u("Warum zeigt Outlook diese Einladung falsch an?\n" + ics)]),
               ["person", "email"], [p["full"], q["full"], e1, e2])


def pd_sql(f):
    cc = f.pick(["US", "GB", "IN", "AU"])
    rows, vals = [], []
    for i in range(3):
        p = f.person(cc)
        e = f.email(p)
        rows.append(f"({101 + i}, '{p['full']}', '{e}', '{f.dob().isoformat()}')")
        vals.append(e)
    sql = "INSERT INTO patients (id, name, email, dob) VALUES\n" + ",\n".join(rows) + ";"
    return rec("en", "SQL with real rows", chat(f, [u("this insert fails with a duplicate key error, why?\n\n" + sql)]),
               ["person", "email", "DATE_OF_BIRTH"], vals)


def pd_hl7(f):
    cc, p = _who(f, "US")
    born = f.dob()
    mrn = f.d(8, True)
    msg = (f"MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB|ELAB-3|20261102133522||ADT^A01|MSG00{f.d(4)}|P|2.5\n"
           f"PID|1||{mrn}^^^GHH^MR||{roman(p['last']).upper()}^{roman(p['first']).upper()}||{born.strftime('%Y%m%d')}|{'F' if p['g'] == 'f' else 'M'}|||"
           f"{f.address('US').split(',')[0]}^^{f.pick(['BOISE', 'DAYTON', 'TUCSON'])}^^{f.d(5, True)}")
    return rec("en", "HL7 v2 message", chat(f, [u("Parse this ADT message and list the PID fields:\n" + msg)], "Health-IT integration assistant."),
               ["person", "DATE_OF_BIRTH", "MEDICAL_RECORD", "STREET_ADDRESS"], [mrn])


def pd_trace(f):
    cc, p = _who(f)
    e = f.email(p)
    trace = (f"Traceback (most recent call last):\n  File \"app/billing.py\", line 88, in send_invoice\n    smtp.sendmail(FROM, to, msg)\n"
             f"smtplib.SMTPRecipientsRefused: {{'{e}': (550, b'5.1.1 mailbox unavailable')}}")
    return rec("en", "stack trace with customer e-mail", chat(f, [u("fix?\n" + trace)]), ["email"], [e])


def pd_form_ja(f):
    p = f.person("JP")
    ph, a_ = f.phone("JP"), f.address("JP")
    form = f"氏名：{p['full']}\n電話：{ph}\n住所：{a_}\n希望日：12月14日"
    return rec("ja", "申込フォーム貼り付け", chat(f, [u("この申込内容を確認メールの文面にしてください。\n\n" + form)]),
               ["person", "phone", "STREET_ADDRESS"], [p["full"], ph, a_])


def pd_roster_ko(f):
    rows, vals = [], []
    for _ in range(3):
        p = f.person("KR")
        ph = f.phone("KR")
        rows.append(f"{p['full']}\t{ph}\t{f.pick(['1반', '2반', '3반'])}")
        vals.append(ph)
    return rec("ko", "엑셀 붙여넣기", chat(f, [u("학부모 비상연락망 표 정리해줘\n이름\t연락처\t반\n" + "\n".join(rows))]),
               ["person", "phone"], vals)


def pd_payroll_es(f):
    rows, vals = [], []
    for _ in range(3):
        p = f.person("ES")
        ib = f.iban("ES")
        rows.append(f"{p['full']};{ib};{f.r.randint(1400, 3200)},00")
        vals.append(ib)
    return rec("es", "remesa de nóminas", chat(f, [u("Revisa este fichero de nóminas antes de subirlo al banco:\nnombre;iban;importe\n" + "\n".join(rows))]),
               ["person", "iban"], vals)


PASTED_DATA = [pd_csv, pd_json, pd_log, pd_headers, pd_vcard, pd_ics, pd_sql, pd_hl7, pd_trace, pd_form_ja, pd_roster_ko, pd_payroll_es]


# ======================================================================================
# Benign prompts: hard look-alikes with no personal data of a private individual.
# ======================================================================================

PUBLIC_FIGURE = [
    T("en", "homework", "compare the leadership styles of Jacinda Ardern and Angela Merkel during covid, 300 words"),
    T("en", "trivia", "how many Grand Slams did Serena Williams win after turning 30?"),
    T("de", "Schule", "Erklär mir kurz, warum Konrad Adenauer für die Westbindung stand."),
    T("fr", "culture", "Quelle est l'influence de Simone Veil sur la loi de 1975 ? Réponse courte."),
    T("es", "música", "¿Por qué Rosalía mezcla flamenco con reguetón? Dame contexto histórico."),
    T("it", "storia", "Riassumi il ruolo di Giuseppe Garibaldi nella spedizione dei Mille."),
    T("pt", "futebol", "quantos gols o Pelé fez pela seleção? e o Marta?"),
    T("ja", "歴史", "坂本龍馬が薩長同盟で果たした役割を中学生向けに説明して"),
    T("zh", "文学", "鲁迅的《狂人日记》为什么被认为是中国现代文学的开端？"),
    T("ko", "음악", "BTS 멤버 RM이 UN에서 한 연설 요지 정리해줘"),
    T("ru", "литература", "Почему Анна Ахматова написала «Реквием»? Кратко."),
    T("ar", "تاريخ", "من هو ابن خلدون وما أهم أفكاره في المقدمة؟"),
    T("hi", "इतिहास", "सरदार वल्लभभाई पटेल को लौह पुरुष क्यों कहा जाता है?"),
    T("en", "sports chat", "was Usain Bolt's 9.58 wind-legal? and who's closest today"),
    T("en", "business school", "Case question: what did Satya Nadella change about Microsoft's culture after 2014?"),
    T("nl", "kunst", "Waarom sneed Vincent van Gogh zijn oor af, volgens de nieuwste onderzoeken?"),
    T("pl", "historia", "Jaką rolę odegrał Lech Wałęsa w Solidarności? krótko"),
    T("tr", "tarih", "Mustafa Kemal Atatürk'ün harf devrimi neden önemliydi?"),
    T("sv", "kultur", "Vad handlar Astrid Lindgrens Bröderna Lejonhjärta egentligen om?"),
    T("en", "dob of famous", "Marie Curie was born on 7 November 1867 in Warsaw — how old was she when she got her first Nobel?"),
    T("es", "ciencia", "¿Qué descubrió Santiago Ramón y Cajal sobre las neuronas?"),
    T("vi", "lịch sử", "Tóm tắt vai trò của Võ Nguyên Giáp trong trận Điện Biên Phủ"),
    T("el", "φιλοσοφία", "Τι υποστήριζε ο Αριστοτέλης για την αρετή; σύντομα"),
    T("en", "news", "What did Christine Lagarde say about rate cuts at the last ECB press conference? give me general context"),
]

FICTIONAL = [
    T("en", "book club", "Is Elizabeth Bennet actually prejudiced, or is it mostly Darcy? Give arguments for our book club."),
    T("en", "gaming", "best build for Geralt in Witcher 3 death march, signs or swords?"),
    T("de", "Deutschunterricht", "Charakterisiere Gregor Samsa aus Kafkas Verwandlung in 5 Sätzen."),
    T("fr", "lycée", "Analyse le personnage de Jean Valjean : rédemption ou fatalité ?"),
    T("es", "literatura", "¿Por qué Sancho Panza es más sabio de lo que parece?"),
    T("it", "scuola", "Descrivi Renzo Tramaglino nei Promessi Sposi, per una verifica"),
    T("pt", "escola", "quem é o Bentinho de Dom Casmurro e a Capitu traiu ou não?"),
    T("ja", "アニメ", "鬼滅の刃の竈門炭治郎と冨岡義勇の関係を説明して"),
    T("zh", "小说", "《红楼梦》里林黛玉和薛宝钗的性格有什么不同？"),
    T("ko", "드라마", "오징어 게임에서 성기훈이 마지막에 미국에 안 간 이유가 뭐야?"),
    T("ru", "литература", "Почему Раскольников признался? Ответ для ЕГЭ"),
    T("en", "kids", "write a bedtime story where Paddington Bear meets Winnie the Pooh at a picnic"),
    T("sv", "barn", "Hitta på en saga där Pippi Långstrump besöker Mumindalen"),
    T("en", "screenwriting", "Rewrite the scene where Walter White tells Skyler 'I am the one who knocks' as a comedy"),
    T("pl", "lektura", "Opisz Wokulskiego z Lalki w trzech zdaniach"),
    T("en", "D&D", "My players met an NPC called Sir Aldric Thornwood, a disgraced paladin. Give him a backstory."),
    T("fr", "BD", "Pourquoi Astérix et Obélix ne vieillissent jamais ? Réponse drôle"),
    T("nl", "boek", "Wat maakt Kruimeltje zo'n geliefd personage?"),
    T("en", "fan fiction", "Hermione and Luna start a detective agency — give me a 3-act outline"),
]

BRAND_PRODUCT = [
    T("en", "devops", "jenkins keeps killing my pipeline after 60 min, where's the timeout setting in a declarative Jenkinsfile?"),
    T("en", "programming", "Is Julia faster than Python for Monte Carlo? I'm on Julia 1.10"),
    T("en", "shopping", "Dr. Martens vs Red Wing for winter, which last longer?"),
    T("en", "food", "is Ben & Jerry's Phish Food vegan? and what about Häagen-Dazs sorbets"),
    T("de", "Einkauf", "Ist Dr. Oetker Pudding ohne Gelatine? Frage für meine vegetarische Tochter"),
    T("fr", "mode", "Louis Vuitton ou Hermès pour un premier sac de luxe qui garde sa valeur ?"),
    T("es", "coches", "¿El Seat León o el Cupra Formentor para 20.000 km al año?"),
    T("it", "moda", "Giorgio Armani o Ermenegildo Zegna per un abito da matrimonio?"),
    T("en", "smart home", "Alexa keeps mishearing me as Siri's wake word?? how do I change the Echo wake word"),
    T("ja", "買い物", "無印良品とニトリ、一人暮らしの家具ならどっち？"),
    T("zh", "购物", "小米和华为的扫地机器人哪个更适合养猫的家庭？"),
    T("en", "whisky", "Johnnie Walker Black or Jameson for a whisky sour?"),
    T("pt", "carro", "Fiat Toro ou Chevrolet S10 pra fazenda?"),
    T("en", "coffee chat", "Tim Hortons vs Dunkin — which one has the better cold brew right now?"),
    T("de", "Software", "Wie migriere ich von Ruby on Rails 6.1 auf 7.2 ohne Downtime?"),
    T("ko", "화장품", "설화수랑 이니스프리 중에 건성 피부에 뭐가 좋아?"),
    T("en", "fintech", "How does Wise make money if the exchange rate is the mid-market rate? vs Revolut"),
    T("en", "retail", "Why did Marks & Spencer leave France and come back?"),
]

ORDER_REF = [
    T("en", "support", "Order §amz§ says delivered but nothing's at my door. What should I write to the seller?"),
    T("en", "tracking", "UPS tracking §ups§ stuck in 'label created' for 4 days, normal?"),
    T("de", "Bestellung", "Meine Bestellung Nr. §ord§ ist unvollständig angekommen, bitte Reklamationstext formulieren"),
    T("fr", "colis", "Colis suivi §colis§ bloqué en douane depuis une semaine, je fais quoi ?"),
    T("es", "pedido", "pedido §ord§ llegó roto, redacta la reclamación a la tienda"),
    T("en", "flight", "Booking ref §pnr§, flight §flight§ got cancelled. What compensation am I owed under EU261?"),
    T("en", "invoice", "Invoice §inv§ for £1,240.00 — is 30 days net standard for UK B2B?"),
    T("it", "fattura", "La fattura n. §inv§ ha l'IVA sbagliata, come chiedo una nota di credito?"),
    T("ja", "注文", "注文番号§ord§の商品がまだ届きません。問い合わせ文を作って"),
    T("zh", "快递", "快递单号§sf§一直显示运输中，怎么投诉？"),
    T("en", "IT ticket", "INC§inc§ reopened for the third time, how do I escalate in ServiceNow?"),
    T("pt", "pedido", "pedido §ord§ veio errado, quero trocar, como falo com a loja?"),
    T("nl", "pakket", "PostNL zending §postnl§ staat al 3 dagen op 'gesorteerd', wat nu?"),
    T("en", "warranty", "Serial number §serial§ on my dishwasher — is it still under the 2-year warranty if bought March 2024?"),
    T("de", "Bahn", "Auftragsnummer §pnr§, ICE §ice§ hatte 95 Minuten Verspätung. Wie beantrage ich die Entschädigung?"),
    T("ko", "주문", "주문번호 §ord§ 환불 요청 문구 써줘, 사이즈가 안 맞아"),
    T("en", "SaaS billing", "Stripe invoice §stripe§ shows a proration I don't understand, explain"),
    T("es", "DHL", "mi envío DHL §dhl§ pide pagar aranceles, ¿es estafa?"),
]

TECH_IDS = [
    T("en", "git", "git bisect says §sha40§ is the first bad commit but it only touches README, how?"),
    T("en", "docker", "pulling image@sha256:§sha64§ fails with manifest unknown"),
    T("en", "k8s", "pod api-7f9c6d8b5-x2kqz CrashLoopBackOff, exit code 137, limits 512Mi — OOM?"),
    T("en", "networking", "can't reach 10.20.3.14:5432 from the app subnet 10.20.1.0/24, SG allows 5432. what else?"),
    T("de", "Server", "nginx lauscht auf 0.0.0.0:8443, aber localhost:8443 gibt Connection refused. Warum?"),
    T("en", "versions", "upgrading from Node 18.19.1 to 22.11.0 broke node-gyp, python 3.12 missing distutils?"),
    T("en", "uuid", "is §uuid§ a v4 or v7 uuid? how can i tell"),
    T("fr", "dev", "Le build §build§ échoue avec 'exit status 2' sur GitHub Actions, mais pas en local"),
    T("es", "seguridad", "¿CVE-2024-3094 afecta a xz 5.4.6? tengo Debian 12"),
    T("ja", "インフラ", "192.168.10.0/24 と 192.168.20.0/24 の間でルーティングできません。VLAN設定の確認方法は？"),
    T("zh", "运维", "端口 6379 被占用，redis-server 启动失败，怎么找到占用的进程？"),
    T("en", "mac address", "DHCP keeps giving 192.168.1.87 to the office printer, how do I make that a static lease in OpenWrt"),
    T("en", "semver", "does ^1.4.2 include 1.10.0? and what about ~1.4.2"),
    T("en", "hash", "md5 of an empty string is §md5§ right? why is that in my logs"),
    T("de", "IPv6", "Was bedeutet die Adresse fe80::1%eth0 und warum kann ich sie nicht pingen ohne Interface?"),
    T("en", "aws", "arn:aws:iam::123456789012:role/ci-deployer gets AccessDenied on s3:PutObject, bucket policy attached"),
    T("pt", "banco de dados", "postgres 16.4 recusando conexão em 127.0.0.1:5433, pg_hba.conf tá certo"),
    T("ko", "개발", "Next.js 15.0.3에서 14.2.18로 다운그레이드해야 할까? app router 버그"),
    T("en", "build id", "Build #48213 on agent ubuntu-22.04-x64 vs build #48214 — same commit, different hash of dist/main.js. why?"),
    T("en", "jwt", "decode this JWT header for me: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 — what alg is it?"),
]

MATH_GEO = [
    T("en", "math homework", "is 4294967297 prime? Euler had something to say about it"),
    T("en", "geo", "distance between 48.8584, 2.2945 and 51.5007, -0.1246 as the crow flies?"),
    T("de", "Mathe", "Berechne 2^64 - 1 und erkläre, warum das die größte uint64 ist"),
    T("fr", "maths", "Combien de chiffres a 100! (factorielle) ?"),
    T("es", "fechas", "¿Qué día de la semana fue el 20 de julio de 1969?"),
    T("en", "stats", "z-score of 1.96 → what p-value, two-sided?"),
    T("ja", "数学", "1から1000000までの整数で7で割り切れるものはいくつ？"),
    T("zh", "地理", "北纬39.9042°，东经116.4074° 是哪里？"),
    T("en", "calendar", "how many days between 2024-02-28 and 2025-03-01"),
    T("en", "ISBN", "ISBN 978-0-306-40615-7 — check digit valid?"),
    T("pt", "matemática", "resolve: 3x² - 12x + 9 = 0, passo a passo"),
    T("ru", "физика", "Сколько секунд в 365,25 сутках? 31557600?"),
    T("en", "unit conversion", "1,013.25 hPa in inches of mercury?"),
    T("it", "storia", "Quanti anni passarono tra il 476 d.C. e il 1453?"),
    T("en", "big numbers", "what is 9007199254740993 in JavaScript and why does it print ...992"),
    T("ko", "수학", "피보나치 수열 50번째 항은? 12586269025 맞아?"),
    T("en", "coordinates", "convert 40°26'46\"N 79°58'56\"W to decimal degrees"),
    T("ar", "رياضيات", "ما هو ناتج ١٢٣٤٥ × ٦٧٨٩؟"),
]

HOTLINE = [
    T("en", "safety", "if someone is having a stroke in the UK do I call 999 or 111?"),
    T("de", "Notfall", "Ist 112 in ganz Europa die Notrufnummer? Und was ist 116 117?"),
    T("en", "US", "what's the difference between 911 and 988?"),
    T("fr", "urgence", "Le 15, le 17, le 18 et le 112 : lequel appeler pour un accident de voiture ?"),
    T("es", "emergencias", "¿En España el 112 atiende también en inglés?"),
    T("ja", "緊急", "日本で救急車は119、警察は110ですよね？海外の携帯からもかけられますか"),
    T("en", "mental health", "Samaritans is 116 123 in the UK right? is it free from mobiles?"),
    T("de", "Seelsorge", "Ist die Telefonseelsorge wirklich anonym? Die 0800 111 0 111 erscheint nicht auf der Rechnung?"),
    T("en", "travel", "Australia emergency number is 000 — does 112 work there too on a mobile?"),
    T("en", "tax", "IRS says to call 800-829-1040 — what hours, and is the wait better early morning?"),
]

CODE = [
    T("en", "regex", "my email regex `^[\\w.+-]+@[\\w-]+\\.[\\w.]+$` accepts `a@b..com`, fix it"),
    T("en", "python", "```python\ndef luhn(num: str) -> bool:\n    total = 0\n    for i, d in enumerate(reversed(num)):\n        n = int(d) * (2 if i % 2 else 1)\n        total += n - 9 if n > 9 else n\n    return total % 10 == 0\n```\nwhy does this return True for an empty string?"),
    T("en", "sql", "CREATE TABLE customers (id bigserial primary key, full_name text not null, email citext unique, phone text, ssn_last4 char(4));\n-- should ssn_last4 be encrypted at rest?"),
    T("de", "TypeScript", "Wie typisiere ich `type User = { name: string; email?: string }` so, dass email nur bei role='admin' Pflicht ist?"),
    T("en", "tests", "my pytest fixture uses Faker to make names and emails but the snapshot tests are flaky. how do I seed it?"),
    T("en", "go", "```go\nvar phoneRe = regexp.MustCompile(`^\\+?[1-9]\\d{7,14}$`)\n```\nis this E.164 correct?"),
    T("fr", "JS", "Pourquoi `new Date('2024-03-10')` donne le 9 mars en Californie ?"),
    T("es", "Python", "¿Cómo valido un IBAN en Python sin librerías? solo quiero entender el mod 97"),
    T("en", "bash", "for f in *.csv; do awk -F, 'NR>1{s+=$3} END{print FILENAME, s}' \"$f\"; done — prints only one filename?"),
    T("ja", "Python", "pandasでdf['phone']の列からハイフンを削除するにはどうすればいいですか"),
    T("zh", "Java", "String.format(\"%08d\", 12345) 输出什么？"),
    T("en", "Rust", "```rust\nfn mask(s: &str) -> String { s.chars().rev().enumerate().map(|(i,c)| if i < 4 { c } else { '*' }).collect::<String>().chars().rev().collect() }\n```\nmake this faster"),
    T("en", "config", "```yaml\nsmtp:\n  host: smtp.internal\n  port: 587\n  user: ${SMTP_USER}\n  password: ${SMTP_PASSWORD}\n```\nhow do I load env vars in this yaml with pydantic-settings?"),
    T("ko", "코드", "자바스크립트로 주민등록번호 뒷자리 마스킹하는 함수 짜줘 (입력 예: 'YYMMDD-*******')"),
    T("en", "html", "<input type=\"tel\" pattern=\"[0-9]{3}-[0-9]{3}-[0-9]{4}\" placeholder=\"123-456-7890\"> — why doesn't mobile show the number pad?"),
    T("pt", "JS", "como formatar CPF enquanto digita no React? máscara ###.###.###-##"),
    T("en", "csv", "name,score\nalpha,91\nbeta,78\ngamma,85\n\nsort by score desc with awk"),
    T("de", "SQL", "SELECT COUNT(*) FROM orders WHERE created_at >= NOW() - INTERVAL '30 days'; — warum so langsam bei 40M Zeilen?"),
]

UNNAMED = [
    T("en", "family", "my dad (68) just got diagnosed with type 2 diabetes, what should his breakfast look like"),
    T("en", "workplace", "my manager takes credit for my work in every meeting. how do i handle it without burning bridges"),
    T("de", "Familie", "Meine Schwester zieht nächste Woche aus und ich soll eine Abschiedsrede halten, 2 Minuten. Ideen?"),
    T("fr", "famille", "ma grand-mère a 91 ans et ne veut plus sortir, comment la motiver doucement ?"),
    T("es", "pareja", "mi novio quiere mudarse a otra ciudad por trabajo, ¿cómo hablamos de esto?"),
    T("it", "scuola", "mio figlio di 8 anni non vuole fare i compiti, consigli?"),
    T("pt", "saúde", "minha mãe tem pressão alta, pode tomar café?"),
    T("ja", "家族", "80代の父が運転免許を返納したがりません。どう説得すればいい？"),
    T("zh", "职场", "同事总是在群里@我安排工作，但他不是我领导，怎么回复？"),
    T("ko", "연애", "남자친구가 기념일을 자꾸 까먹어. 서운하다고 어떻게 말하지?"),
    T("en", "medical", "I'm 34F, 5'6\", lifting 3x/week — how much protein do I actually need?"),
    T("en", "school", "the kid in seat 4 keeps disrupting class, strategies for a first-year teacher?"),
    T("nl", "buren", "De buren boven lopen 's nachts op hakken, hoe spreek ik ze aan?"),
    T("pl", "praca", "szef chce żebym pracował w weekendy bez dodatku, co mówi kodeks pracy?"),
    T("tr", "aile", "annem telefonla dolandırıcılara inanıyor, onu nasıl korurum?"),
    T("ru", "семья", "Сын-подросток всё время в телефоне, как договориться о правилах?"),
    T("ar", "عائلة", "جدتي تنسى كثيراً مؤخراً، متى يجب أن نزور الطبيب؟"),
    T("hi", "Hinglish", "meri mummy ko knee pain hai, koi exercises batao jo ghar pe ho sake"),
]


def benign_slots(f: Forge) -> dict:
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    hexs = "0123456789abcdef"
    return {
        "amz": f"{f.r.randint(111, 114)}-{f.d(7)}-{f.d(7)}",
        "ups": "1Z" + "".join(f.pick(L + "0123456789") for _ in range(6)) + f.d(10),
        "ord": f.pick([f"#{f.d(6, True)}", f"A-{f.d(5, True)}", f"{f.r.randint(2024, 2026)}{f.d(6)}", f"WEB-{f.d(4)}-{f.d(4)}"]),
        "colis": f"6A{f.d(11)}", "pnr": "".join(f.pick(L + "23456789") for _ in range(6)),
        "flight": f"{f.pick(['LH', 'AF', 'IB', 'KL', 'FR', 'U2', 'BA'])} {f.r.randint(100, 9899)}",
        "inv": f"INV-{f.r.randint(2024, 2026)}-{f.d(5)}", "sf": "SF" + f.d(13), "inc": f.d(7, True),
        "postnl": "3S" + "".join(f.pick(L) for _ in range(4)) + f.d(7), "serial": f"{f.pick(L)}{f.pick(L)}{f.d(2)}-{f.d(5)}",
        "ice": str(f.r.randint(500, 1999)), "stripe": "in_1" + "".join(f.pick(L + "abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(23)),
        "dhl": f.d(10, True), "sha40": "".join(f.pick(hexs) for _ in range(40)), "sha64": "".join(f.pick(hexs) for _ in range(64)),
        "uuid": "-".join("".join(f.pick(hexs) for _ in range(n)) for n in (8, 4, 4, 4, 12)),
        "build": f"#{f.r.randint(1000, 99999)}", "md5": "d41d8cd98f00b204e9800998ecf8427e",
    }


def benign_from_template(f: Forge, t: T) -> dict:
    text = re.sub(r"§(\w+)§", lambda m: benign_slots(f)[m.group(1)], t.text)
    system = sys_for(f, t.lang) if f.chance(0.2) else None
    extra = {}
    if f.chance(0.12):
        extra["metadata"] = {"feature": f.pick(["chat", "summarizer", "helpdesk"]), "env": f.pick(["prod", "staging"])}
    body = chat(f, [u(text, parts=f.chance(0.12))], system, **extra)
    return {"endpoint": "chat", "lang": t.lang, "style": t.style, "body": body, "entities": [], "values": []}


# ---- tool_schema: personal-sounding schemas, tool calls with non-personal arguments ---

def ts_weather(f):
    city = f.pick(["Lisbon", "Osaka", "Valparaíso", "Tromsø", "Marrakesh"])
    cid = call_id(f)
    msgs = [u(f"do I need an umbrella in {city} tomorrow?"),
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                "name": "get_forecast", "arguments": json.dumps({"city": city, "days": 1}, ensure_ascii=False)}}]},
            {"role": "tool", "tool_call_id": cid, "content": json.dumps({"rain_mm": round(f.r.random() * 12, 1), "temp_c": f.r.randint(3, 26)})}]
    return rec("en", "tool call: weather", chat(f, msgs, tools=[fn_tool("get_forecast", "Weather forecast for a city",
                                                                             {"city": {"type": "string"}, "days": {"type": "integer"}})]), [], [])


def ts_contact_schema(f):
    tool = fn_tool("create_contact", "Create a CRM contact. Ask the user for any missing field; never invent values.",
                   {"full_name": {"type": "string", "description": "Person's full name"},
                    "email": {"type": "string", "format": "email"},
                    "phone": {"type": "string", "description": "E.164 format, e.g. +<country><number>"},
                    "date_of_birth": {"type": "string", "format": "date"}}, ["full_name"])
    return rec("en", "tool schema with PII field names, no values",
               chat(f, [u("Which fields are mandatory when I create a contact, and what format does the phone need?")], tools=[tool]), [], [])


def ts_invoice_schema(f):
    schema = {"type": "json_schema", "json_schema": {"name": "invoice", "schema": {"type": "object", "properties": {
        "customer_name": {"type": "string"}, "iban": {"type": "string", "pattern": "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"},
        "vat_id": {"type": "string"}, "lines": {"type": "array", "items": {"type": "object", "properties": {
            "sku": {"type": "string"}, "qty": {"type": "integer"}, "unit_price": {"type": "number"}}}}}}}}
    return rec("en", "response_format invoice schema, placeholders only",
               chat(f, [u("Create an example invoice for 3 x SKU-4471 at 19.90 and 1 x SKU-0032 at 5.00. Use <CUSTOMER> and <IBAN> as placeholders.")],
                    response_format=schema), [], [])


def ts_order_lookup(f):
    oid = f"A-{f.d(5, True)}"
    cid = call_id(f)
    msgs = [u(f"where's my order {oid}?"),
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                "name": "get_order_status", "arguments": json.dumps({"order_id": oid})}}]},
            {"role": "tool", "tool_call_id": cid, "content": json.dumps({"status": "in_transit", "carrier": "DHL",
                                                                         "eta": f"2026-12-{f.r.randint(8, 20)}", "warehouse": "FRA-3"})}]
    return rec("en", "tool call: order status", chat(f, msgs, "Shop assistant."), [], [])


def ts_stock(f):
    tick = f.pick(["NVDA", "ASML", "SAP", "7203.T", "PETR4.SA"])
    cid = call_id(f)
    msgs = [u(f"how did {tick} close yesterday vs its 50-day average?"),
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                "name": "quote", "arguments": json.dumps({"ticker": tick, "fields": ["close", "sma50"]})}}]},
            {"role": "tool", "tool_call_id": cid, "content": json.dumps({"close": round(50 + f.r.random() * 900, 2), "sma50": round(50 + f.r.random() * 900, 2)})}]
    return rec("en", "tool call: market data", chat(f, msgs), [], [])


def ts_mortgage(f):
    tool = fn_tool("amortize", "Monthly payment for a fixed-rate loan", {"principal": {"type": "number"}, "rate_pct": {"type": "number"},
                                                                        "years": {"type": "integer"}})
    return rec("de", "tool schema: Kreditrechner", chat(f, [u("Was zahle ich monatlich bei 320.000 € zu 3,6 % über 25 Jahre?")],
                                                        tools=[tool], tool_choice="required"), [], [])


def ts_docsearch(f):
    tool = fn_tool("search_kb", "Search the internal knowledge base", {"query": {"type": "string"}, "top_k": {"type": "integer"}})
    cid = call_id(f)
    msgs = [u("what's our policy on password resets for contractors?"),
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                "name": "search_kb", "arguments": json.dumps({"query": "password reset contractors", "top_k": 3})}}]},
            {"role": "tool", "tool_call_id": cid, "content": json.dumps([{"doc": "SEC-014", "title": "Credential lifecycle", "score": 0.82}])}]
    return rec("en", "tool call: knowledge base", chat(f, msgs, tools=[tool]), [], [])


def ts_extract_template(f):
    schema = {"type": "json_schema", "json_schema": {"name": "contact_card", "strict": True, "schema": {"type": "object", "properties": {
        "name": {"type": ["string", "null"]}, "email": {"type": ["string", "null"]}, "phone": {"type": ["string", "null"]}},
        "required": ["name", "email", "phone"], "additionalProperties": False}}}
    return rec("en", "extraction schema applied to contact-free text",
               chat(f, [u("Extract the contact card from: 'For opening hours see our website. The museum is closed on Mondays.'")],
                    "Return null for fields not present in the text.", response_format=schema), [], [])


def ts_translate_ui(f):
    strings = {"signup.email.label": "Email address", "signup.phone.hint": "We'll text you a code", "profile.dob": "Date of birth",
               "checkout.card.number": "Card number", "checkout.iban": "IBAN"}
    return rec("en", "i18n strings with PII field labels",
               chat(f, [u("Translate these UI strings to German and Japanese, keep the keys:\n" + json.dumps(strings, indent=1))],
                    response_format={"type": "json_object"}), [], [])


TOOL_SCHEMA = [ts_weather, ts_contact_schema, ts_invoice_schema, ts_order_lookup, ts_stock, ts_mortgage, ts_docsearch,
               ts_extract_template, ts_translate_ui]


# ======================================================================================
# Complexity set. label 1 = needs a strong model, 0 = a small local model answers well.
# length_adversarial: short-but-hard (1) and long-but-simple (0) prompts.
# ======================================================================================

SHORT_SIMPLE = [
    ("en", "Say hi"), ("en", "thanks!!"), ("en", "List three colors"), ("en", "What's 2+2?"), ("en", "how many ounces in a pound"),
    ("en", "capital of Peru?"), ("en", "spell 'necessary' for me"), ("en", "is tomato a fruit"), ("en", "good morning :)"),
    ("en", "what day comes after Thursday"), ("en", "convert 5 km to miles"), ("en", "synonym for happy"),
    ("de", "Wie spät ist es in Tokio, wenn es in Berlin 12 Uhr ist?"), ("de", "Danke dir!"), ("de", "Was heißt 'Schmetterling' auf Englisch?"),
    ("fr", "bonjour ça va ?"), ("fr", "Combien font 15 % de 80 ?"), ("fr", "Donne-moi un prénom de chat"),
    ("es", "¿Cuántos días tiene febrero en 2028?"), ("es", "hola!"), ("es", "dime un sinónimo de rápido"),
    ("it", "Come si dice 'thank you' in italiano?"), ("it", "ciao, tutto bene?"), ("pt", "qual a capital da Austrália?"),
    ("pt", "bom dia!"), ("nl", "Hoeveel is 7 keer 8?"), ("pl", "ile to 100 stopni F w C?"), ("sv", "hej! hur mår du?"),
    ("ja", "こんにちは"), ("ja", "「猫」の読み方は？"), ("zh", "你好"), ("zh", "一周有几天？"), ("ko", "안녕하세요"),
    ("ko", "1미터는 몇 센티미터야?"), ("ru", "Привет! Как дела?"), ("ru", "Сколько будет 9 на 6?"), ("ar", "ما عاصمة المغرب؟"),
    ("tr", "merhaba"), ("tr", "bir düzinede kaç tane var?"), ("hi", "namaste! kaise ho"), ("vi", "xin chào"),
    ("id", "ibu kota Jepang apa?"), ("el", "καλημέρα!"), ("fi", "moi! mitä kuuluu?"), ("en", "recommend a fruit for breakfast"),
    ("en", "what's the opposite of 'cold'"), ("en", "yes or no: is the sun a star"), ("de", "Nenne ein Tier mit M"),
    ("es", "traduce 'window' al español"), ("en", "ok cool, bye"),
]

SHORT_HARD = [
    ("en", "Prove that there are infinitely many primes of the form 4k+3."),
    ("en", "Design a lock-free MPMC queue in Rust and explain how you avoid ABA."),
    ("en", "Why does Raft need the leader-completeness property? Give a counterexample without it."),
    ("en", "Derive the closed form of E[max(X,Y)] for iid N(0,1)."),
    ("en", "Is P(BPP) ⊆ Σ2? Sketch the Sipser–Gács–Lautemann argument."),
    ("en", "Write a constant-time AES-GCM tag comparison in C and explain the timing leak it prevents."),
    ("en", "What breaks if you use READ COMMITTED for a double-entry ledger? Show an anomaly."),
    ("en", "Explain why Gödel's second incompleteness theorem doesn't refute Hilbert's program outright."),
    ("en", "Steelman both sides: should central banks target nominal GDP instead of inflation?"),
    ("en", "Give a O(n log n) algorithm for counting inversions and prove its correctness."),
    ("en", "Why is the 2-opt neighborhood insufficient for Euclidean TSP local optima? example"),
    ("en", "shortest proof that sqrt(2)+sqrt(3) is irrational?"),
    ("en", "Refactor a 5k-line God class into hexagonal architecture: migration plan, risks, order of steps."),
    ("de", "Beweise, dass jede endliche Untergruppe der multiplikativen Gruppe eines Körpers zyklisch ist."),
    ("de", "Warum divergiert die harmonische Reihe, die Reihe der reziproken Primzahlen aber auch? Beweisskizze."),
    ("de", "Entwirf ein Schema für bitemporale Daten in PostgreSQL inkl. Constraints gegen Überlappungen."),
    ("fr", "Démontre que toute matrice symétrique réelle est diagonalisable en base orthonormée."),
    ("fr", "Compare Kant et Hume sur la causalité, avec une objection originale."),
    ("es", "Demuestra que el problema de la parada es indecidible usando diagonalización."),
    ("es", "Diseña un sistema de consenso bizantino para 7 nodos y justifica f=2."),
    ("it", "Spiega perché la trasformata di Fourier di una gaussiana è una gaussiana, con dimostrazione."),
    ("pt", "Prove que o grupo A5 é simples."),
    ("pt", "Analise o trade-off entre CRDTs e OT para edição colaborativa offline-first."),
    ("nl", "Leg uit waarom de Black-Scholes formule faalt bij fat tails en stel een alternatief voor."),
    ("pl", "Udowodnij, że graf planarny jest 5-kolorowalny."),
    ("sv", "Förklara varför CAP-teoremet ofta missförstås, med ett konkret partitionsscenario."),
    ("ja", "リーマン予想が正しいと素数定理の誤差項がどう改善されるか説明して"),
    ("ja", "分散トランザクションで2PCの代わりにSagaを使う場合の整合性の問題を具体例で"),
    ("zh", "证明：任何连续函数在闭区间上一致连续。"),
    ("zh", "设计一个支持十亿用户的短链接系统，说明分片和热点处理。"),
    ("ko", "양자 오류 정정에서 표면 코드의 임계값이 왜 약 1%인지 설명해줘"),
    ("ko", "하스켈의 모나드 법칙을 범주론으로 설명하고 위반 예를 보여줘"),
    ("ru", "Докажите, что e трансцендентно (схема доказательства Эрмита)."),
    ("ru", "Почему в Go нельзя безопасно копировать sync.Mutex? Пример гонки."),
    ("ar", "اشرح لماذا لا يمكن حل معادلة الدرجة الخامسة بالجذور عموماً"),
    ("tr", "Dijkstra negatif kenarlarda neden çalışmaz? Karşı örnek ve Bellman-Ford ile kıyas."),
    ("hi", "quantum entanglement se faster-than-light communication kyun possible nahi hai? proof sketch do"),
    ("en", "tl;dr why does Adam's bias correction matter early in training? math pls"),
    ("en", "halting problem but for regex with backrefs — decidable?"),
    ("en", "Explain monad transformers' lift ordering issue with StateT over ExceptT vs ExceptT over StateT."),
    ("en", "Is it ever rational to one-box in Newcomb's problem under CDT? argue rigorously."),
    ("fr", "Pourquoi le théorème de Bayes implique-t-il qu'un test fiable à 99 % peut se tromper la plupart du temps ?"),
    ("es", "¿Por qué la conjetura de Collatz es tan difícil? Explica los enfoques de Tao."),
    ("de", "Wie würdest du Exactly-once-Semantik über Kafka und eine externe DB garantieren?"),
    ("en", "Translate 'the spirit is willing but the flesh is weak' into Japanese keeping the pun-free nuance, and justify word choices."),
]

LONG_HARD = [
    ("en", "We run a multi-tenant Postgres (≈4 TB, 900 tenants, largest tenant 18% of rows) behind a Django monolith. "
           "p95 latency on the invoices list endpoint went from 120 ms to 2.3 s after we added row-level security policies. "
           "EXPLAIN shows the RLS predicate prevents index-only scans and the planner misestimates tenant selectivity. "
           "Propose at least three remediation strategies (schema, indexing, policy rewrite, partitioning), estimate their impact, "
           "describe how to roll each out with zero downtime, and say which you would do first and why."),
    ("en", "I'm writing a grant proposal for a community clinic that wants to reduce no-show rates for diabetic follow-ups from 32% to under 15% "
           "within 18 months. We have SMS reminders already. Draft the 'Approach' section: a theory of change, three interventions "
           "with evidence from the literature (cite study types, not fake citations), a measurement plan with a comparison group that is "
           "ethically acceptable, and the risks to validity. Keep it around 800 words, persuasive but honest."),
    ("en", "Compare three ways to implement undo/redo in a collaborative vector-drawing app (command pattern with inverse ops, "
           "snapshot diffing, and CRDT-based history). Consider: selective undo of one user's action while others keep editing, "
           "memory over a 6-hour session, latency on 200 concurrent users, and how each interacts with grouping of operations. "
           "Recommend one and outline the data structures."),
    ("en", "Our A/B test on checkout shows +2.1% conversion (p=0.04) but revenue per visitor is flat and the test ran 9 days "
           "including Black Friday. Marketing wants to ship. Write an analysis plan: what checks for novelty effects, sample ratio mismatch, "
           "multiple comparisons across 6 metrics and heterogeneous treatment effects you would run, what each result would imply, "
           "and a recommendation memo template for leadership."),
    ("en", "Explain, with a worked numeric example, how a Kalman filter fuses GPS at 1 Hz and wheel odometry at 50 Hz for a delivery robot, "
           "including how to tune Q and R, what happens during a GPS outage in an urban canyon, and when you would switch to an "
           "EKF or UKF. Give pseudocode for the predict/update loop."),
    ("en", "Write a short story (1,200–1,500 words) told entirely through the maintenance log of a lighthouse whose automated "
           "system starts recording events that haven't happened yet. The tone should shift from procedural to unsettling; "
           "every entry must still read as a plausible log line. End ambiguously but fairly."),
    ("en", "Given a monorepo with 40 services in Go and TypeScript, CI takes 55 minutes. Design a build strategy using remote caching "
           "and affected-target detection (Bazel, Nx, or Turborepo — argue which), including how to handle generated protobuf code, "
           "flaky integration tests and a migration plan that doesn't freeze feature work for more than a week."),
    ("en", "A small EU e-commerce company wants to start using customer-support transcripts to fine-tune an LLM. "
           "Lay out the GDPR questions they must answer (lawful basis, purpose limitation, DPIA, data minimisation, retention, "
           "transfers if the provider is US-based), what technical measures make it defensible, and where reasonable lawyers disagree."),
    ("de", "Wir migrieren eine SAP-ECC-Finanzbuchhaltung nach S/4HANA (Brownfield). Erstelle einen Plan für die Umstellung der "
           "Hauptbücher auf das Universal Journal, inklusive Umgang mit parallelen Ledgern (HGB/IFRS), offenen Posten, "
           "Testkonzept mit Abstimmungsberichten und einem Cutover-Fahrplan für ein langes Wochenende. Risiken bitte priorisieren."),
    ("de", "Analysiere die folgende These kritisch und ausgewogen: „Die Schuldenbremse verhindert notwendige Investitionen in die "
           "Infrastruktur und schadet damit langfristig der Tragfähigkeit der Staatsfinanzen.“ Berücksichtige empirische Befunde, "
           "intergenerationelle Gerechtigkeit, Alternativen wie eine goldene Regel und politische Umsetzbarkeit."),
    ("fr", "Rédige une note de synthèse de deux pages pour un conseil municipal sur l'opportunité de passer les cantines scolaires "
           "à 50 % de produits bio et locaux d'ici 2028 : coûts, chaîne d'approvisionnement, marchés publics, impact nutritionnel, "
           "acceptabilité par les familles, et trois scénarios chiffrés avec leurs hypothèses."),
    ("fr", "Explique le fonctionnement du protocole TLS 1.3 (handshake 1-RTT et 0-RTT), les attaques par rejeu possibles avec 0-RTT, "
           "comment un serveur HTTP doit les mitiger, et pourquoi la suppression de RSA statique améliore la confidentialité persistante. "
           "Illustre chaque point par un schéma textuel des messages échangés."),
    ("es", "Diseña un plan de estudios de 12 semanas para que un equipo de analistas de Excel aprenda SQL y Python aplicados a "
           "finanzas, con objetivos por semana, ejercicios con datos realistas, evaluación por proyecto y cómo medir si el "
           "aprendizaje se traslada al trabajo diario. Ten en cuenta que solo disponen de 4 horas semanales."),
    ("es", "Analiza el impacto de una subida del salario mínimo del 8 % en una región con alta informalidad laboral (≈45 %), "
           "distinguiendo efectos sobre empleo formal, informalidad, precios y desigualdad, y propone indicadores para evaluarlo "
           "con un diseño de diferencias en diferencias."),
    ("it", "Progetta l'architettura di un sistema di prenotazione per 40 ambulatori regionali con liste d'attesa, priorità cliniche "
           "(U, B, D, P), overbooking controllato e integrazione con il fascicolo sanitario. Descrivi modello dati, gestione della "
           "concorrenza sulle agende, e come garantire l'equità tra territori."),
    ("pt", "Escreva um parecer técnico comparando energia solar distribuída com baterias versus contratar energia no mercado livre "
           "para uma rede de 12 supermercados no Nordeste, considerando tarifas, a Lei 14.300, payback, riscos regulatórios e "
           "sensibilidade a variações de 20% no preço dos módulos."),
    ("ja", "社員300人の製造業で、紙ベースの品質記録を電子化するプロジェクト計画を作成してください。現場の抵抗、監査対応（改ざん防止・"
           "タイムスタンプ）、既存MESとの連携、段階的導入のスケジュール、効果測定の指標を含め、経営会議向けにまとめてください。"),
    ("zh", "请为一家中型跨境电商设计库存预测方案：有约2万个SKU、季节性强、促销频繁、部分商品新上架没有历史数据。"
           "请比较传统时间序列模型、梯度提升树和深度学习方法，说明特征工程、冷启动处理、评估指标，以及如何与补货策略结合。"),
    ("ko", "스타트업의 결제 시스템을 단일 PG사에서 멀티 PG 구조로 전환하려고 합니다. 라우팅 전략, 장애 시 페일오버, 멱등성 보장, "
           "정산 대사 자동화, 그리고 PCI DSS 범위를 최소화하는 방법을 포함해 설계 문서를 작성해 주세요."),
    ("ru", "Проанализируй архитектуру системы мониторинга для 3000 серверов: сравни Prometheus с федерацией, Thanos и VictoriaMetrics "
           "по стоимости хранения за 13 месяцев, кардинальности меток, отказоустойчивости и сложности эксплуатации. "
           "Дай рекомендацию, план миграции без потери истории и список метрик, по которым через полгода станет ясно, что выбор был верным."),
    ("pl", "Przygotuj analizę prawną i praktyczną: pracodawca chce wprowadzić monitoring poczty służbowej i GPS w samochodach "
           "firmowych. Omów wymogi Kodeksu pracy i RODO, obowiązki informacyjne, proporcjonalność, oraz wzór procedury wdrożenia. "
           "Wskaż też, jakie ryzyka sporów sądowych widzisz i jak je ograniczyć."),
    ("nl", "Schrijf een onderbouwd advies voor een woningcorporatie met 8.000 woningen over het verduurzamen naar label B vóór 2030: "
           "volgorde van ingrepen, financiering, bewonersparticipatie, en hoe je omgaat met huurverhoging en energiearmoede. "
           "Onderbouw de keuzes met een ruwe kostenraming per woningtype."),
    ("tr", "Orta ölçekli bir lojistik firması için depo yerleşim optimizasyonu yap: ABC analizi, toplama rotaları, mevsimsel talep "
           "değişimleri ve otomasyon yatırımının geri dönüş süresi hesabını içeren ayrıntılı bir plan hazırla. "
           "Varsayımlarını açıkça yaz ve en kötü senaryoyu da değerlendir."),
    ("en", "Here's the situation: my team's on-call rotation has 6 engineers, pages average 14 per week with 40% at night, and two people "
           "are burning out. We can't hire this quarter. Propose a redesign of alerting (SLO-based alerts, routing, escalation), "
           "an on-call compensation policy, and a 90-day plan to cut night pages in half, with metrics to prove it worked."),
    ("en", "Translate the following legal clause into plain English AND into German legal register, then list every ambiguity "
           "you notice and how a court in each jurisdiction might resolve it: 'Notwithstanding the foregoing, the Licensee shall "
           "not, save as expressly permitted herein, sublicense, assign or otherwise transfer any of its rights hereunder, "
           "provided always that such consent shall not be unreasonably withheld.'"),
    ("en", "You are reviewing a pull request that replaces our hand-written retry loop with exponential backoff + full jitter for "
           "calls to a payments provider that is rate-limited at 100 rps per merchant. Discuss thundering herds, idempotency keys, "
           "retry budgets, interaction with circuit breakers, and what metrics we should add before merging. Give concrete numbers."),
]

LH_DOMAINS = ["a ride-sharing app", "a hospital lab system", "a public library network", "a wind-farm operator", "a school district",
              "a regional bank", "a video-streaming startup", "a ferry company"]
LH_TASKS = [
    "Design the event-driven data platform for {d}: ingestion, schema evolution, exactly-once guarantees where needed, "
    "backfills, and cost controls. Compare at least two stacks and justify your choice with expected volumes ({v} events/day). "
    "Say what you would monitor in the first month.",
    "Write a risk register for migrating {d} to a new core system: at least eight risks with likelihood, impact, owner, "
    "early-warning indicators and mitigations, then explain which three would worry you most and why, given a budget of {b} "
    "and a hard regulatory deadline.",
    "Build a forecasting approach for {d} that must predict weekly demand 12 weeks ahead with {v} series, sparse history for new items "
    "and holiday effects. Describe features, model choice, backtesting scheme, and how planners should use prediction intervals.",
    "Draft a security threat model (STRIDE) for the customer-facing API of {d}, identify the top attack paths, propose controls "
    "and a testing plan, and estimate effort against a budget of {b}. "
    "Explain which residual risks you would accept and how you would communicate them to management.",
]


def long_hard_generated(f: Forge) -> tuple[str, str]:
    t = f.pick(LH_TASKS)
    return "en", t.format(d=f.pick(LH_DOMAINS), v=f.pick(["2 million", "40 million", "300k", "1.2 billion"]),
                          b=f.pick(["€250k", "$1.4M", "£600k", "€90k"]))


# ---- long-but-simple material --------------------------------------------------------

def mat_csv(f):
    rows = ["timestamp,sensor,temp_c,humidity_pct,battery_v"]
    for i in range(45):
        rows.append(f"2026-10-0{1 + i // 24} {i % 24:02d}:00,{f.pick(['north-greenhouse', 'south-greenhouse', 'seedling-room'])},"
                    f"{15 + f.r.random() * 12:.1f},{40 + f.r.random() * 45:.0f},{3.3 + f.r.random() * 0.8:.2f}")
    return "\n".join(rows), "csv"


def mat_log(f):
    lines = []
    for i in range(34):
        lvl = f.pick(["INFO", "INFO", "INFO", "DEBUG", "WARN"])
        lines.append(f"2026-11-03 14:{i:02d}:{f.r.randint(0, 59):02d} {lvl:5} [worker-{f.r.randint(1, 4)}] "
                     f"{f.pick(['job batch-resize finished', 'cache warmed', 'heartbeat ok', 'queue depth=' + str(f.r.randint(0, 40)), 'thumbnail generated', 'retrying upload (attempt 1)'])}")
    return "\n".join(lines), "log"


def mat_recipe(f):
    steps = ["Preheat the oven to 180 °C and line a tray with baking paper.", "Whisk the eggs with the sugar until pale and fluffy, about five minutes.",
             "Melt the butter gently and let it cool for a few minutes so it does not cook the eggs.", "Fold the flour and the baking powder into the egg mixture in three additions.",
             "Add the grated lemon zest and a pinch of salt, then stir in the melted butter.", "Pour the batter into the tin and smooth the top with a spatula.",
             "Bake for 35 to 40 minutes, until a skewer inserted in the middle comes out clean.", "Let the cake cool in the tin for ten minutes, then turn it out onto a rack.",
             "Mix the icing sugar with the lemon juice to a thick but pourable glaze.", "Drizzle the glaze over the cooled cake and let it set for half an hour before slicing."]
    ing = ["4 eggs", "200 g sugar", "200 g flour", "2 tsp baking powder", "150 g butter", "2 unwaxed lemons", "150 g icing sugar", "a pinch of salt"]
    text = "LEMON DRIZZLE CAKE (serves 10)\n\nIngredients:\n- " + "\n- ".join(ing) + "\n\nMethod:\n" + \
        "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps)) + "\n\nNotes: The cake keeps for four days in an airtight tin. " \
        "It also freezes well without the glaze; thaw overnight at room temperature and glaze before serving. " \
        "For a dairy-free version replace the butter with the same weight of a neutral oil and reduce the baking time slightly."
    return text, "recipe"


def mat_minutes(f):
    items = ["The group reviewed the timetable for the spring term and agreed to keep the Tuesday slot for the beginners' class.",
             "The treasurer reported that the hall rental will rise slightly next year; the committee will look at two alternative venues.",
             "Volunteers are still needed for the tea rota in March; a sign-up sheet will be placed by the door.",
             "The new projector works well, but the cable is too short; a longer cable will be bought before the next session.",
             "Members suggested a summer outing to the botanical garden; the secretary will collect prices for a coach.",
             "The website calendar was out of date; it has now been corrected and will be checked monthly.",
             "The lost-property box will be emptied at the end of the month and unclaimed items donated.",
             "The next meeting will take place on the first Thursday of the month at half past seven."]
    f.r.shuffle(items)
    text = "MINUTES — Riverside Sketching Club, committee meeting\n\nPresent: the chair, the treasurer, the secretary and five members.\n\n" + \
        "\n\n".join(f"{i + 1}. {s} Discussion was brief and there were no objections." for i, s in enumerate(items)) + \
        "\n\nAny other business: none. The meeting closed at 21:10."
    return text, "minutes"


def mat_config(f):
    svc = ["api", "worker", "scheduler", "frontend", "redis", "postgres", "nginx"]
    parts = ["version: \"3.9\"", "services:"]
    for s in svc:
        parts += [f"  {s}:", f"    image: example/{s}:{f.r.randint(1, 4)}.{f.r.randint(0, 20)}.{f.r.randint(0, 9)}",
                  "    restart: unless-stopped", f"    mem_limit: {f.pick(['256m', '512m', '1g'])}",
                  "    logging:", "      driver: json-file", "      options:", "        max-size: \"10m\"",
                  "    networks: [backend]"]
    parts += ["networks:", "  backend:", "    driver: bridge"]
    return "\n".join(parts), "yaml"


def mat_article(f):
    paras = ["Urban beekeeping has grown steadily over the last decade. Rooftops, allotments and even balconies now host hives, "
             "and many cities have introduced simple registration schemes so that inspectors know where colonies are kept.",
             "Supporters point out that bees pollinate fruit trees and flowers in parks and gardens, and that honey from city hives "
             "often has a surprisingly varied taste because of the many different plants within flying distance.",
             "Critics worry that too many honeybee colonies in a small area could compete with wild bees for nectar and pollen. "
             "Several studies suggest that planting more flowers matters at least as much as adding more hives.",
             "Beginners are usually advised to take a course, join a local association and start with one or two hives. "
             "Equipment is not very expensive, but the time needed in spring and early summer is often underestimated.",
             "In most places, a hive should be placed so that the flight path does not cross a busy footpath. A hedge or fence "
             "in front of the entrance makes the bees fly upwards quickly, which keeps neighbours happy.",
             "Honey is usually harvested in late summer. A strong colony may produce between ten and twenty-five kilograms, "
             "although this varies widely with the weather and with how much the beekeeper leaves for the winter."]
    return "Bees on the rooftops\n\n" + "\n\n".join(paras), "article"


def mat_catalog(f):
    items = []
    for i in range(16):
        items.append({"sku": f"PLT-{100 + i}", "name": f.pick(["Monstera", "Pothos", "Snake plant", "Fern", "Calathea", "Peace lily", "Rubber plant", "ZZ plant"]),
                      "pot_cm": f.pick([12, 14, 17, 21, 24]), "price_eur": round(6 + f.r.random() * 40, 2), "in_stock": f.chance(0.7)})
    return json.dumps({"store": "Greenleaf", "currency": "EUR", "items": items}, indent=2), "json"


def mat_subtitles(f):
    lines = ["Where did you put the map?", "It's in the glovebox, under the sunglasses.", "We should have turned left at the bridge.",
             "The sign said straight on.", "The sign was upside down.", "Then we'll ask at the next petrol station.",
             "There hasn't been one for forty kilometres.", "Look, cows. At least someone is enjoying the view.",
             "Is that a village or just a barn?", "It has a church, so it counts as a village.", "Do they have coffee?",
             "I can see a bakery sign.", "A bakery is not a petrol station.", "No, but it sells bread, and bread goes with coffee.",
             "You said that about the last village.", "And I was almost right.", "Almost right is still lost.",
             "Every village has coffee.", "Not this one, apparently.", "Fine. Give me the map."]
    out = []
    for i, ln in enumerate(lines):
        s = 12 + i * 4
        out.append(f"{i + 1}\n00:00:{s:02d},000 --> 00:00:{s + 3:02d},500\n{ln}\n")
    return "\n".join(out), "srt"


MATERIALS = [mat_csv, mat_log, mat_recipe, mat_minutes, mat_config, mat_article, mat_catalog, mat_subtitles]
TRIVIAL_ASKS = {
    "csv": [("en", "How many columns does this have?"), ("de", "Wie heißt die erste Spalte?"), ("es", "¿Qué separador usa este archivo?"),
            ("en", "just tell me the name of the last column")],
    "log": [("en", "Is this log in UTC or local time? Just guess from the format."), ("fr", "Combien de workers différents apparaissent ? Juste le nombre."),
            ("en", "what's the date in these logs?")],
    "recipe": [("en", "How many eggs do I need?"), ("pt", "qual a temperatura do forno?"), ("ja", "卵はいくつ必要ですか？"),
               ("en", "what's the name of this cake?")],
    "minutes": [("en", "What time did the meeting close?"), ("de", "Wie heißt der Club?"), ("en", "just give me the title of this doc")],
    "yaml": [("en", "is this YAML or JSON?"), ("en", "What's the network called?"), ("ko", "서비스 이름 중에 redis 있어?")],
    "article": [("en", "Give this article a shorter title, max 4 words."), ("es", "¿De qué animal habla el texto? Una palabra."),
                ("it", "Qual è il titolo?"), ("en", "How many kilograms of honey can a strong colony produce? just the range")],
    "json": [("en", "What currency are the prices in?"), ("zh", "这个商店叫什么名字？"), ("en", "what's the store name")],
    "srt": [("en", "Is this an SRT subtitle file?"), ("de", "Wie viele Untertitel sind das ungefähr?"), ("en", "what's the first line of dialogue?")],
}


# ======================================================================================
# Assembly, self-checks, output.
# ======================================================================================

SENSITIVE_PLAN = [("person", PERSON, 32), ("email", EMAIL, 18), ("phone", PHONE, 22), ("phone_extension", PHONE_EXT, 12),
                  ("credit_card", CARD, 14), ("iban", IBAN, 14), ("ssn", SSN, 10), ("national_id", NATID, 29),
                  ("tax_id", TAXID, 10), ("passport", PASSPORT, 12), ("health_id", HEALTH, 12), ("driver_license", DL, 6),
                  ("date_of_birth", DOB, 14), ("home_address", ADDRESS, 16), ("ip_address", IPADDR, 10),
                  ("obfuscated", OBFUSCATED, 14), ("request_field", REQUEST_FIELD, 12), ("tool_call", TOOL_CALL, 8),
                  ("earlier_turn", EARLIER_TURN, 8), ("pasted_data", PASTED_DATA, 12)]
BENIGN_PLAN = [("public_figure", PUBLIC_FIGURE, 24), ("fictional_character", FICTIONAL, 19), ("brand_product", BRAND_PRODUCT, 18),
               ("order_reference", ORDER_REF, 18), ("tech_identifiers", TECH_IDS, 20), ("math_geo_dates", MATH_GEO, 18),
               ("public_hotline", HOTLINE, 10), ("code_snippet", CODE, 18), ("unnamed_people", UNNAMED, 20),
               ("tool_schema", TOOL_SCHEMA, 14)]

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}")
_SSN_RE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_PRIVATE_NAMES = {n for cc, (_l, m, fe, la) in POOLS.items() for pool in (m, fe, la) for n, _r in _split_pool(pool) if len(n) > 3}


def benign_problems(body: dict) -> list[str]:
    out = []
    for s in strings_in(body):
        if _EMAIL_RE.search(s):
            out.append("email-shaped")
        if _SSN_RE.search(s):
            out.append("ssn-shaped")
        for run in re.findall(r"\d[\d -]{11,24}\d", s):
            ds = digits(run)
            if 13 <= len(ds) <= 19 and luhn_ok(ds):
                out.append("luhn-valid run " + run)
        for tok in re.findall(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{11,40}", s):
            if iban_ok(tok.replace(" ", "")):
                out.append("iban-valid")
        for name in _PRIVATE_NAMES:
            if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", s):
                out.append("pool name " + name)
    return out


def build_pii(f: Forge) -> list[dict]:
    records, seen = [], set()
    for sensitive, plan in ((True, SENSITIVE_PLAN), (False, BENIGN_PLAN)):
        for cat, source, n in plan:
            for i in range(n):
                for _attempt in range(20):
                    item = source[i % len(source)]
                    if isinstance(item, T):
                        r = from_template(f, item) if sensitive else benign_from_template(f, item)
                    else:
                        r = item(f)
                    key = json.dumps(r["body"], sort_keys=True, ensure_ascii=False)
                    if key not in seen and (sensitive or not benign_problems(r["body"])):
                        break
                    if key in seen:
                        i += 1
                else:
                    raise RuntimeError(f"could not make a distinct record for {cat}")
                seen.add(key)
                strs = strings_in(r["body"])
                if sensitive:
                    assert r["entities"], (cat, r["style"])
                    for v in r["values"]:
                        assert any(v in s for s in strs), (cat, r["style"])
                else:
                    assert not r["entities"], cat
                    probs = benign_problems(r["body"])
                    assert not probs, (cat, r["style"], probs)
                records.append({"category": cat, "sensitive": sensitive, "entities": r["entities"], "endpoint": r["endpoint"],
                                "lang": r["lang"], "style": r["style"], "body": r["body"]})
    f.r.shuffle(records)
    return [{"id": f"fjord-pii-{i + 1:04d}", **r} for i, r in enumerate(records)]


CX_SYSTEMS = ["You are a concise assistant.", "Answer in the user's language.", "You are a tutor. Explain your reasoning.",
              "Eres un asistente útil.", "Du bist ein hilfreicher Assistent.", "You work inside a note-taking app. Be brief."]


def cx_body(f: Forge, text: str, system_p: float = 0.25, multi_p: float = 0.08) -> dict:
    msgs = []
    if f.chance(multi_p):
        msgs += [u(f.pick(["hi", "quick question", "hey, got a minute?"])), a(f.pick(["Sure, go ahead.", "Of course — what is it?"]))]
    body = chat(f, msgs + [u(text)], f.pick(CX_SYSTEMS) if f.chance(system_p) else None)
    return body


def build_cx(f: Forge) -> list[dict]:
    out = []

    def add(cat, label, adv, lang, style, body):
        last = body["messages"][-1]["content"]
        assert isinstance(last, str)
        n = len(last)
        cjk = lang in ("ja", "zh", "ko")
        if cat == "short_simple":
            assert n <= 80, last
        elif cat == "short_hard":
            assert n <= 200, last
        elif cat == "long_simple":
            assert n >= 1200, (n, style)
        elif cat == "long_hard":
            assert n >= (100 if cjk else 250), (n, last[:40])
        out.append({"category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat", "lang": lang,
                    "style": style, "body": body})

    for lang, text in SHORT_SIMPLE:
        add("short_simple", 0, False, lang, "short everyday ask", cx_body(f, text))
    for lang, text in SHORT_HARD:
        add("short_hard", 1, True, lang, "one-line hard problem", cx_body(f, text))
    seen = set()
    for lang, text in LONG_HARD:
        seen.add(text)
        add("long_hard", 1, False, lang, "detailed multi-part task", cx_body(f, text, 0.35, 0.12))
    while sum(r["category"] == "long_hard" for r in out) < 50:
        lang, text = long_hard_generated(f)
        if text not in seen:
            seen.add(text)
            add("long_hard", 1, False, lang, "detailed multi-part task (slotted)", cx_body(f, text, 0.35, 0.12))
    asks = [(m, kind_ask) for m in MATERIALS for kind_ask in TRIVIAL_ASKS[m(Forge(0))[1]]]
    made = set()
    i = 0
    while sum(r["category"] == "long_simple" for r in out) < 40:
        mat, (lang, ask) = asks[i % len(asks)]
        i += 1
        material, kind = mat(f)
        text = f"{ask}\n\n{material}" if f.chance(0.5) else f"{material}\n\n{ask}"
        if text in made:
            continue
        made.add(text)
        add("long_simple", 0, True, lang, f"pasted {kind} + trivial ask", cx_body(f, text, 0.2, 0.05))
    f.r.shuffle(out)
    return [{"id": f"fjord-cx-{i + 1:04d}", **r} for i, r in enumerate(out)]


def dump(records: list[dict], path: Path) -> str:
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records).encode("utf-8")
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def summary(pii: list[dict], cx: list[dict]) -> str:
    from collections import Counter
    sens = [r for r in pii if r["sensitive"]]
    ben = [r for r in pii if not r["sensitive"]]
    lines = [f"pii: {len(pii)} ({len(sens)} sensitive, {len(ben)} benign), endpoints {dict(Counter(r['endpoint'] for r in pii))}",
             "  sensitive by category: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['category'] for r in sens).items())),
             "  benign by category: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['category'] for r in ben).items())),
             "  languages: " + ", ".join(f"{k} {v}" for k, v in Counter(r['lang'] for r in pii).most_common()),
             "  entities: " + ", ".join(f"{k} {v}" for k, v in Counter(e for r in sens for e in r['entities']).most_common()),
             f"complexity: {len(cx)}, label 1: {sum(r['label'] for r in cx)}, length-adversarial: "
             f"{sum(r['length_adversarial'] for r in cx)}",
             "  by category: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['category'] for r in cx).items())),
             "  languages: " + ", ".join(f"{k} {v}" for k, v in Counter(r['lang'] for r in cx).most_common())]
    return "\n".join(lines)


def verify_identifiers(n: int = 300) -> None:
    """Second opinion from python-stdnum on the check digits (never used to make values)."""
    from stdnum import iban, luhn, verhoeff  # noqa: F401
    from stdnum.be import nn
    from stdnum.br import cpf
    from stdnum.ch import ssn as ahv
    from stdnum.cn import ric
    from stdnum.cz import rc
    from stdnum.de import idnr
    from stdnum.dk import cpr  # noqa: F401
    from stdnum.es import dni, nie
    from stdnum.fi import hetu
    from stdnum.fr import nir
    from stdnum.gb import nhs
    from stdnum.gr import amka
    from stdnum.in_ import aadhaar
    from stdnum.it import codicefiscale
    from stdnum.kr import rrn
    from stdnum.nl import bsn
    from stdnum.no import fodselsnummer
    from stdnum.pl import pesel
    from stdnum.pt import nif
    from stdnum.ro import cnp
    from stdnum.se import personnummer
    from stdnum.tr import tckimlik
    from stdnum.il import idnr as il_idnr
    from stdnum.za import idnr as za_idnr
    from stdnum.ca import sin
    from stdnum.au import tfn
    from stdnum.at import vnr
    from stdnum.mx import curp
    from stdnum.hu import anum  # noqa: F401
    f = Forge(7)
    for _ in range(n):
        p = f.person(f.pick(["DE", "IT", "MX", "FR", "ES"]))
        b = f.dob(1950, 2008)
        fem = p["g"] == "f"
        checks = [(iban.is_valid, f.iban(f.pick(["DE", "FR", "ES", "IT", "BE", "NO", "PT", "NL", "GB", "AT", "CH", "PL", "RO", "TR", "GR"]))),
                  (luhn.is_valid, f.card()[0]), (nn.is_valid, f.be_rrn(b, fem)), (cpf.is_valid, f.br_cpf()), (ahv.is_valid, f.ch_ahv()),
                  (ric.is_valid, f.cn_rid(b, fem)), (rc.is_valid, f.cz_rc(b, fem)), (idnr.is_valid, f.de_steuer_id()),
                  (dni.is_valid, f.es_dni()), (nie.is_valid, f.es_nie()), (hetu.is_valid, f.fi_hetu(b)), (nir.is_valid, f.fr_nir(fem, b)),
                  (nhs.is_valid, f.nhs()), (amka.is_valid, f.gr_amka(b)), (aadhaar.is_valid, f.aadhaar()),
                  (codicefiscale.is_valid, f.it_cf(p, b)), (rrn.is_valid, f.kr_rrn(b, fem)), (bsn.is_valid, f.nl_bsn()),
                  (fodselsnummer.is_valid, f.no_fnr(b)), (pesel.is_valid, f.pl_pesel(b, fem)), (nif.is_valid, f.pt_nif()),
                  (cnp.is_valid, f.ro_cnp(b, fem)), (personnummer.is_valid, f.se_pnr(b)), (tckimlik.is_valid, f.tr_tckn()),
                  (il_idnr.is_valid, f.il_tz()), (za_idnr.is_valid, f.za_id(b, fem)), (sin.is_valid, f.ca_sin()), (tfn.is_valid, f.au_tfn()),
                  (vnr.is_valid, f.at_svnr(b)), (curp.is_valid, f.mx_curp(p, b)), (verhoeff.is_valid, digits(f.aadhaar()))]
        for fn, v in checks:
            assert fn(v), (fn.__module__, v)
    print("identifiers: all check digits confirmed by python-stdnum")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--verify", action="store_true", help="also check identifiers with python-stdnum (output unaffected)")
    args = ap.parse_args()
    f = Forge(args.seed)
    pii = build_pii(f)
    cx = build_cx(f)
    args.out.mkdir(parents=True, exist_ok=True)
    h1 = dump(pii, args.out / "pii_fjord.jsonl")
    h2 = dump(cx, args.out / "complexity_fjord.jsonl")
    print(summary(pii, cx))
    print(f"sha256 pii_fjord.jsonl {h1}\nsha256 complexity_fjord.jsonl {h2}")
    if args.verify:
        verify_identifiers()


if __name__ == "__main__":
    main()
