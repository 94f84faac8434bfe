#!/usr/bin/env python3
"""Kopje: a blind evaluation split for the request signals, set in the world of BEAUTY, PERSONAL CARE AND
WELLNESS SERVICES (hair salons and barbers, nail bars, spas and massage, tattoo and piercing studios,
cosmetic and aesthetic clinics, their booking platforms, suppliers, franchises, training academies,
regulators and customers).

How it was written
    Blind: the author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (record
    schema, label conventions) and the first two lines of the two delta jsonl files. No detector, test,
    evaluator, result, policy, doc or commit history was read. The other generators are only scanned
    automatically at run time (FROZEN_AGAINST) and every pool entry sharing a word with them is dropped and
    refilled from invented locale-typical syllables.

Organising principle
    By the KIND of message the people of this world send through an assistant: intake (consultation /
    patch-test forms), booking (scheduling, no-shows, rota), complaint (reactions, refunds, reviews),
    internal_note (stylist / therapist notes), export (CRM / booking-platform CSV dumps), notice (public
    notices, price lists, regulator circulars), correspondence (e-mails with suppliers, franchisees,
    academies), chat (customer DMs) and aftercare (aftercare / consent sheets) -- each with a sensitive and
    a benign variant, rotated over 21 locales and 10 scripts (Latin, Cyrillic, Greek, Arabic, Hebrew,
    Devanagari, Thai, Han, Kana, Hangul), with the jargon of the trade (balayage, gel-x, PRP, 3-pass
    laser, lidocaine, patch test, 24 h skin test, rota, walk-ins, no-show fee).
    Line between personal data and not: a PRIVATE customer, client, apprentice, therapist or employee is
    personal data (name, also a first name with a relation/role cue, personal phone with or without
    extension, personal e-mail, home address, birth date, national/tax/health number, clinic record
    number, bank account, IBAN, card, the public IP of a private user). Not personal data (benign hard
    negatives of the same world): brand names and eponyms (Vidal Sassoon, Madam C. J. Walker, Estee
    Lauder), public officials and regulators in their public role, fictional/historical people, salons'
    switchboards and role mailboxes, emergency numbers, booking / order / invoice / batch / licence
    numbers, organisation registration numbers, RFC 5737 / 3849 IPs and example.com, test card numbers,
    placeholders (Jane Doe, Max Mustermann), blank forms and aggregated or anonymised texts.

Labels
    PII: category <kind> (sensitive) or <kind>_benign; entities is a list of {"type","value"} found by
    searching the serialised body (base64 file parts decoded, URLs unquoted) for every value issued;
    sensitive == bool(entities) (asserted). Complexity: short_simple 0, long_easy 0 (>= 1500 chars),
    short_hard 1, long_hard 1; short_hard and long_easy are length_adversarial.

Contents (seed 40817263)
    pii_kopje.jsonl: 504 records, 293 sensitive / 211 benign (9 kinds x 56), 50 on completions; 36 (12%) of the sensitive
    ones carry a single incidental item; complexity_kopje.jsonl: 192 records (48 per category) in 21 language
    tags. The run prints all counts.

Validation
    Every identifier carries valid check digits and is validated with python-stdnum (SSN, ABA, NHS,
    Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat
    Zehut, Aadhaar, Thai PIN, RRN, Chinese RIC, My Number, IBAN, Luhn); phone numbers valid for their
    region with phonenumbers; IPs global. Invalid values abort; every retry loop is capped.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_kopje_signal_sets.py [--seed 40817263] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import ipaddress
import json
import pathlib
import random
import re
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

SPLIT = "kopje"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 40817263

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma "
                  "lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer "
                  "zeugen solfatara bergschrund").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:  # skip our own file
            continue
        p = HERE / f"make_{name}_signal_sets.py"
        if not p.exists():
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"\b[A-Z][A-Za-z'\-]+", text):
            words.add(m.group(0).lower())
        prev_non = None
        for t in WORD.findall(text):
            if any(ord(c) > 127 for c in t):
                words.add(t.lower())
                if prev_non is not None:
                    words.add(prev_non + " " + t.lower())
                prev_non = t.lower()
            else:
                prev_non = None
    return words


EXEMPT = set("street st road rd avenue ave lane way rue via ul ulica de la le van von der di da do dos das del "
             "straße strasse weg laan gatan gata sokak caddesi calle rua avenida viale piazza plac al "
             "salon studio spa clinic nails hair barber beauty academy gmbh ltd sarl srl bv ab sp zoo ooo "
             "ltda inc llc co".split())

# ----------------------------------------------------------------------------------------------- locales
# code, phone region, script, syllables for given names, syllables for surnames, surname suffixes,
# street pattern, local phrases (client, appointment, phone, address, born, thanks)
L = {
 "en-GB": ("GB", "Latin", "bre|lor|tam|sy|wen|dal|cor|ris|ne|la|mi|ka", "hol|brid|war|ton|ash|pen|mar|wick|ley|ford", ["", "s", "ton"], "{n} {no} {s} Road", ("client", "appt", "mob", "address", "DOB", "cheers")),
 "en-US": ("US", "Latin", "jay|lyn|bro|dee|ka|ty|shan|mar|ri|ell|co|na", "mc|dow|lan|ber|gren|holt|stad|ri|ker|son", ["", "s", "er"], "{no} {s} Ave, Apt {n}", ("client", "appt", "cell", "address", "DOB", "thx")),
 "de-DE": ("DE", "Latin", "jo|han|ni|ka|lu|ise|ben|tor|ma|rei|gun|dra", "hof|bau|stet|lin|gen|wald|ber|kamp|mei|sche", ["er", "mann", ""], "{s}weg {no}", ("Kundin", "Termin", "Tel.", "Anschrift", "geb.", "danke")),
 "fr-FR": ("FR", "Latin", "ma|no|é|li|sé|cla|ro|dine|lou|ga|bri|ette", "bel|cour|lan|ti|mon|ver|dou|ra|che|gui", ["et", "ier", "aud"], "{no} rue des {s}s", ("cliente", "RDV", "tél.", "adresse", "née le", "merci")),
 "es-ES": ("ES", "Latin", "lu|ci|ma|ri|ne|to|a|sol|bel|ra|ino|eda", "gar|mor|val|cue|ri|ba|zal|llo|ver|ande", ["ez", "o", "ar"], "C/ {s} {no}, {n}º", ("clienta", "cita", "móvil", "dirección", "nacida", "gracias")),
 "it-IT": ("IT", "Latin", "gi|u|lia|ro|ma|se|fe|de|ri|ca|an|ela", "bor|tol|fan|mar|ghe|ruz|pel|ven|sar|ozz", ["i", "ini", "otti"], "Via {s} {no}", ("cliente", "appuntamento", "cell.", "indirizzo", "nata il", "grazie")),
 "nl-NL": ("NL", "Latin", "ja|nne|fem|ke|lot|te|sa|an|ruu|wi|mer|el", "bol|kerk|hui|zen|dam|ster|hoe|brink|wel|vliet", ["", "s", "man"], "{s}straat {no}", ("klant", "afspraak", "tel", "adres", "geb.", "bedankt")),
 "pl-PL": ("PL", "Latin", "zo|sia|ka|ja|go|sza|mi|lena|ba|sia|do|ta", "wierz|bic|krzy|szew|ław|mar|dob|kow|ros|gaj", ["ska", "ek", "czyk"], "ul. {s}owa {no}/{n}", ("klientka", "wizyta", "tel.", "adres", "ur.", "dzięki")),
 "pt-BR": ("BR", "Latin", "ra|fa|e|la|thay|sa|ju|li|ane|bi|ca|nara", "sil|pe|dro|bran|fon|tei|ma|cha|ro|cas", ["a", "es", "ino"], "Rua {s}a, {no} ap {n}", ("cliente", "horário", "cel", "endereço", "nasc.", "obg")),
 "sv-SE": ("SE", "Latin", "el|sa|li|nn|ea|fri|da|ma|ja|ti|lva|ke", "berg|lund|ström|kvist|dahl|sjö|holm|gren|lind|ås", ["", "er", "son"], "{s}gatan {no}", ("kund", "tid", "mobil", "adress", "född", "tack")),
 "tr-TR": ("TR", "Latin", "a|ye|ce|ren|el|if|se|da|zey|nep|bü|şra", "yıl|dır|kay|ak|soy|öz|tur|can|er|taş", ["", "oğlu", "lı"], "{s} Sokak No: {no} D: {n}", ("müşteri", "randevu", "cep", "adres", "doğum", "teşekkürler")),
 "ru-RU": ("RU", "Cyrillic", "ва|ле|ри|я|ни|ка|ли|за|ма|ша|ксе|ния", "сол|ов|ник|гор|бел|ров|сим|кур|лаз|дуб", ["ова", "ина", "ская"], "ул. {s}ская, д. {no}, кв. {n}", ("клиентка", "запись", "тел.", "адрес", "д.р.", "спасибо")),
 "uk-UA": ("UA", "Cyrillic", "ок|са|на|ле|ся|ір|ина|со|ло|мі|я|да", "кова|лен|чук|бон|дар|ши|рок|гри|цен|ко", ["енко", "ук", "ишин"], "вул. {s}івська, {no}, кв. {n}", ("клієнтка", "запис", "тел.", "адреса", "н.", "дякую")),
 "el-GR": ("GR", "Greek", "δέ|σποι|να|ε|λέ|νη|μα|ρί|α|κα|τε|ρί", "παπα|δο|πού|λου|κων|στα|ντί|νου|γε|ωρ", ["ίδου", "άκη", "ού"], "οδός {s}ου {no}", ("πελάτισσα", "ραντεβού", "κιν.", "διεύθυνση", "γενν.", "ευχαριστώ")),
 "ar-AE": ("AE", "Arabic", "مر|يم|لي|نا|ها|لة|رو|ان|سا|رة|دا|نة", "الـ|مه|يري|شا|مسي|نعي|مي|كت|بي|زرو", ["ي", "اوي", ""], "شارع {s} {no}، فيلا {n}", ("العميلة", "موعد", "جوال", "العنوان", "مواليد", "شكرا")),
 "he-IL": ("IL", "Hebrew", "נו|עה|שי|רה|מי|כל|טל|יה|או|רית|הי|לה", "בר|זי|לי|שט|רן|גו|לד|מן|אב|יב", ["י", "ון", ""], "רחוב {s} {no}, דירה {n}", ("לקוחה", "תור", "נייד", "כתובת", "ת.ל.", "תודה")),
 "hi-IN": ("IN", "Devanagari", "प्रि|या|अं|जलि|मी|रा|का|व्या|सु|नी|ता|दि", "शर्|मा|वर्|मा|कु|मार|श्री|वास|तव|चौ", ["", "ी", "ा"], "मकान {no}, {s} नगर, सेक्टर {n}", ("ग्राहक", "अपॉइंटमेंट", "मोबाइल", "पता", "जन्म", "धन्यवाद")),
 "th-TH": ("TH", "Thai", "กัน|ยา|พิม|พ์|ชนก|นันท์|ศิ|ริ|ณัฐ|ธิ|ดา|มณี", "ศรี|สุข|วงศ์|ทอง|ใจ|ดี|แก้ว|เพชร|รัตน์|กุล", ["", "ชัย", "พงษ์"], "{no}/{n} ซอย{s} ถนนสุข", ("ลูกค้า", "นัด", "มือถือ", "ที่อยู่", "เกิด", "ขอบคุณ")),
 "zh-CN": ("CN", "Han", "婉|晴|思|雨|梓|涵|欣|怡|若|彤|佳|琪", "郑|韩|冯|蒋|沈|曹|彭|吕|苏|卢", [""], "{s}路{no}号{n}室", ("客户", "预约", "手机", "住址", "出生", "谢谢")),
 "ja-JP": ("JP", "Kana", "さ|く|ら|み|ゆ|き|な|つ|ほ|の|か|え", "タカ|ハシ|ヤマ|モト|ナカ|ムラ|イノ|ウエ|サワ|キタ", [""], "{s}町{no}丁目{n}番", ("お客様", "予約", "携帯", "住所", "生年月日", "よろしく")),
 "ko-KR": ("KR", "Hangul", "서|연|지|우|하|은|민|아|수|빈|예|린", "김|이|박|최|정|강|조|윤|장|임", [""], "{s}로 {no}길 {n}", ("고객님", "예약", "휴대폰", "주소", "생년월일", "감사합니다")),
}
LOCALES = sorted(L)
LATIN_SYL = "ka|ri|mo|le|na|ta|vi|so|be|lu|da|ne|ro|fi|za|mi".split("|")


class Pools:
    def __init__(self, rng, frozen):
        self.rng, self.frozen, self.dropped = rng, frozen, 0
        self.names, self.streets, self.places, self.orgs = {}, {}, {}, {}
        for loc in LOCALES:
            self.names[loc] = self._fill(lambda l=loc: self._person(l), 40)
            self.streets[loc] = self._fill(lambda l=loc: self._word(L[l][3], 2), 30)
            self.places[loc] = self._fill(lambda l=loc: self._word(L[l][3], 2) + self._word(L[l][2], 1), 12)
            self.orgs[loc] = self._fill(lambda l=loc: self._org(l), 12)

    def _word(self, syl, n):
        parts = syl.split("|")
        return "".join(self.rng.choice(parts) for _ in range(n))

    def _person(self, loc):
        g = self._word(L[loc][2], self.rng.choice([2, 2, 3]))
        s = self._word(L[loc][3], 2) + self.rng.choice(L[loc][4])
        if L[loc][1] in ("Han", "Hangul"):
            return s[:1] + g[:2] if L[loc][1] == "Han" else s[:1] + g[:2]
        if L[loc][1] == "Kana":
            return s + " " + g
        if L[loc][1] == "Latin":
            g, s = g.capitalize(), s.capitalize()
        return g + " " + s

    def _org(self, loc):
        w = "".join(self.rng.choice(LATIN_SYL) for _ in range(3)).capitalize()
        return self.rng.choice(["Salon {w}", "{w} Nails", "{w} Barber Co", "Studio {w}", "{w} Beauty Academy",
                                "{w} Spa", "{w} Hair", "{w} Aesthetic Clinic"]).format(w=w)

    def ok(self, entry):
        toks = [t.lower() for t in WORD.findall(entry)]
        prev = None
        for t in toks:
            if t not in EXEMPT and t in self.frozen:
                return False
            if any(ord(c) > 127 for c in t):
                if prev is not None and (prev + " " + t) in self.frozen:
                    return False
                prev = t
            else:
                prev = None
        return True

    def _fill(self, make, n):
        out, tries = [], 0
        while len(out) < n:
            tries += 1
            if tries > n * 200:
                raise SystemExit("pool refill cap reached")
            e = make()
            if e in out:
                continue
            if not self.ok(e):
                self.dropped += 1
                continue
            out.append(e)
        return out


# ----------------------------------------------------------------------------------------------- ids
def _digits(rng, n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _brute(rng, make, valid, cap=3000):
    for _ in range(cap):
        v = make()
        if valid(v):
            return v
    raise SystemExit("identifier retry cap reached")


def _date(rng, y0=1958, y1=2004):
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def national_id(rng, loc):
    """(type, value, label) for the locale's main personal number, validated with stdnum."""
    y, m, d = _date(rng)
    if loc == "en-US":
        v = _brute(rng, lambda: f"{rng.randint(101, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}", ssn.is_valid)
        return "ssn", v, "SSN"
    if loc == "en-GB":
        v = _brute(rng, lambda: _digits(rng, 10), nhs.is_valid)
        return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}", "NHS no"
    if loc == "de-DE":
        return "TAX_ID", _brute(rng, lambda: _digits(rng, 11), de_idnr.is_valid), "Steuer-ID"
    if loc == "fr-FR":
        def mk():
            b = f"2{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
            return b + f"{97 - int(b) % 97:02d}"
        return "HEALTH_INSURANCE", _brute(rng, mk, nir.is_valid), "n° sécu"
    if loc == "es-ES":
        b = _digits(rng, 8)
        return "NATIONAL_ID", b + dni.calc_check_digit(b), "DNI"
    if loc == "it-IT":
        mk = lambda: "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + f"{d + 40:02d}" + rng.choice("FHLG") + f"{rng.randint(100, 999)}"
        return "TAX_ID", _brute(rng, lambda: (lambda b: b + codicefiscale.calc_check_digit(b))(mk()), codicefiscale.is_valid), "C.F."
    if loc == "nl-NL":
        return "NATIONAL_ID", _brute(rng, lambda: _digits(rng, 9), bsn.is_valid), "BSN"
    if loc == "pl-PL":
        return "NATIONAL_ID", _brute(rng, lambda: f"{y % 100:02d}{m:02d}{d:02d}" + _digits(rng, 5, False), pesel.is_valid), "PESEL"
    if loc == "pt-BR":
        v = _brute(rng, lambda: _digits(rng, 11), cpf.is_valid, 20000)
        return "TAX_ID", cpf.format(v), "CPF"
    if loc == "sv-SE":
        v = _brute(rng, lambda: f"{y % 100:02d}{m:02d}{d:02d}-" + _digits(rng, 4, False), personnummer.is_valid)
        return "NATIONAL_ID", v, "personnr"
    if loc == "tr-TR":
        return "NATIONAL_ID", _brute(rng, lambda: _digits(rng, 11), tckimlik.is_valid, 20000), "TCKN"
    if loc == "ru-RU":
        return "TAX_ID", _brute(rng, lambda: _digits(rng, 12), inn.is_valid, 20000), "ИНН"
    if loc == "uk-UA":
        return "TAX_ID", _brute(rng, lambda: _digits(rng, 10), rntrc.is_valid), "РНОКПП"
    if loc == "el-GR":
        return "NATIONAL_ID", _brute(rng, lambda: f"{d:02d}{m:02d}{y % 100:02d}" + _digits(rng, 5, False), amka.is_valid), "ΑΜΚΑ"
    if loc == "he-IL":
        return "NATIONAL_ID", _brute(rng, lambda: _digits(rng, 9, False), il_idnr.is_valid), "ת.ז."
    if loc == "hi-IN":
        v = _brute(rng, lambda: str(rng.randint(2, 9)) + _digits(rng, 11, False), aadhaar.is_valid)
        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", "Aadhaar"
    if loc == "th-TH":
        v = _brute(rng, lambda: str(rng.randint(1, 8)) + _digits(rng, 12, False), th_pin.is_valid)
        return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "เลขบัตรประชาชน"
    if loc == "zh-CN":
        v = _brute(rng, lambda: rng.choice(["110105", "310104", "440106", "510107", "330106"]) + f"{y}{m:02d}{d:02d}" + _digits(rng, 3, False) + rng.choice("0123456789X"), ric.is_valid, 20000)
        return "NATIONAL_ID", v, "身份证"
    if loc == "ja-JP":
        return "NATIONAL_ID", _brute(rng, lambda: _digits(rng, 12), jp_in.is_valid), "マイナンバー"
    if loc == "ko-KR":
        v = _brute(rng, lambda: f"{y % 100:02d}{m:02d}{d:02d}-{rng.choice('12')}" + _digits(rng, 6, False), rrn.is_valid, 20000)
        return "NATIONAL_ID", v, "주민등록번호"
    return None


IBAN_CC = {"en-GB": ("GB", "AAAA", 14), "de-DE": ("DE", "", 18), "fr-FR": ("FR", "", 23), "es-ES": ("ES", "", 20),
           "it-IT": ("IT", "A", 22), "nl-NL": ("NL", "AAAA", 10), "pl-PL": ("PL", "", 24), "sv-SE": ("SE", "", 20),
           "tr-TR": ("TR", "", 22), "el-GR": ("GR", "", 23), "ar-AE": ("AE", "", 19), "he-IL": ("IL", "", 19),
           "uk-UA": ("UA", "", 25), "pt-BR": ("BR", "", 29)}


def make_iban(rng, loc):
    cc, letters, n = IBAN_CC[loc]

    def mk():
        if cc == "BR":
            bban = _digits(rng, 23, False) + "C1"
        elif cc == "TR":
            bban = _digits(rng, 5, False) + "0" + _digits(rng, 16, False)
        else:
            bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in letters) + _digits(rng, n, False)
        c = cc + "00" + bban
        return cc + std_iban.calc_check_digits(c) + bban
    v = _brute(rng, mk, std_iban.is_valid, 20000)
    return std_iban.format(v)


def make_card(rng):
    pre = rng.choice(["4", "51", "53", "55", "2221"])
    body = pre + _digits(rng, 15 - len(pre), False)
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v)
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


def make_aba(rng):
    r = _brute(rng, lambda: _digits(rng, 9, False), lambda s: rtn.is_valid(s) and s[0] in "0123")
    return f"{r} {_digits(rng, 10)}"


def make_phone(rng, region, fmt=None):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    for _ in range(2000):
        cand = nsn[:-6] + _digits(rng, 6, False) if len(nsn) > 7 else nsn[:-4] + _digits(rng, 4, False)
        p = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            f = fmt if fmt is not None else rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164])
            return phonenumbers.format_number(p, f)
    raise SystemExit("phone retry cap reached")


def make_ip(rng):
    for _ in range(2000):
        a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global:
            return str(a)
    raise SystemExit("ip cap")


def translit(rng):
    return "".join(rng.choice(LATIN_SYL) for _ in range(rng.randint(2, 3))) + rng.choice([".", "_", ""]) + "".join(rng.choice(LATIN_SYL) for _ in range(2)) + str(rng.randint(1, 99))


# ----------------------------------------------------------------------------------------------- texts
KINDS = ["intake", "booking", "complaint", "internal_note", "export", "notice", "correspondence", "chat", "aftercare"]
SERVICES = ["balayage + toner", "gel-x full set", "lash lift & tint", "deep-tissue 60'", "fine-line tattoo (forearm)",
            "helix piercing 16G", "3-pass laser hair removal", "0.5 ml lip filler", "skin fade #1", "HydraFacial",
            "keratin smoothing", "microblading top-up", "hot stone massage 90'", "PRP scalp session", "brazilian wax"]
ASKS = {
 "intake": ["Turn this consultation form into a clean client card.", "Check this intake for contraindications before tomorrow's treatment."],
 "booking": ["Rebook this for next week and draft the confirmation SMS.", "Sort out the double booking below, keep it short."],
 "complaint": ["Draft a calm reply to this complaint, offer a corrective appointment.", "Summarise the complaint for the owner."],
 "internal_note": ["Tidy up my handover note.", "Rewrite these notes in full sentences for the client file."],
 "export": ["Convert this export to JSON lines.", "Dedupe this client list and flag missing consent."],
 "notice": ["Proofread this notice before we post it.", "Translate the notice to English."],
 "correspondence": ["Reply to this e-mail politely.", "Summarise this thread in 3 bullets."],
 "chat": ["What should I answer her?", "Make a friendly reply to this DM."],
 "aftercare": ["Fill the aftercare sheet from these details.", "Check this consent sheet is complete."],
}
BENIGN_NEG = [
 "Inspired by Vidal Sassoon's 1963 five-point cut; book via our switchboard {org_phone} or bookings@example.com.",
 "Madam C. J. Walker Day: 20% off scalp treatments. Booking ref BK-{ref}, invoice INV-{ref2}.",
 "Placeholder client: Jane Doe, 1 Example Street, tel 000 000 0000 -- replace before sending.",
 "Template for Max Mustermann, Musterstraße 1 -- leave blank fields as they are.",
 "Emergency: allergic reaction after a dye? Call {emerg} immediately. Batch no. LOT-{ref} (PPD 2%).",
 "Webhook test from 192.0.2.{oct} and 2001:db8::{oct}; card 4242 4242 4242 4242 is Stripe's test card.",
 "Estée Lauder and L'Oréal Professionnel restock: order PO-{ref}, tracking 1Z{ref2}{ref}.",
 "Health inspector's circular no. {ref2}/2025: autoclaves must log cycles; studio licence TL-{ref}.",
 "Aggregated: 312 clients in March, 14% no-shows, 9 patch-test failures, average ticket €68. No names kept.",
 "Anonymised review: 'Client A (40s) loved the balayage, Client B found the wax too hot.'",
 "Role mailbox reception@{dom} and the franchise desk franchise@{dom}; company reg. no. {reg}.",
 "Sherlock Holmes-themed barber night; Cleopatra milk-bath ritual on the spa menu.",
]


def loc_phr(loc):
    return L[loc][6]


def person_block(rng, pools, loc, kind, incidental):
    """Return (text, issued[(type,value)])."""
    cl, ap, ph, ad, bo, th = loc_phr(loc)
    region = L[loc][0]
    name = rng.choice(pools.names[loc])
    svc = rng.choice(SERVICES)
    issued = []
    if incidental:
        pick = rng.randrange(4)
        if pick == 0:
            rel = rng.choice(["my sister", "the new apprentice", "my mum", "our junior stylist", "my flatmate"])
            first = name.split()[0] if " " in name else name
            issued.append(("PERSON", first))
            return f"Also {rel} {first} wants the same {svc} slot, if that matters.", issued
        if pick == 1:
            p = make_phone(rng, region)
            issued.append(("PHONE_NUMBER", p))
            return f"(if anything changes text me on {p})", issued
        if pick == 2:
            y, m, d = _date(rng)
            b = f"{y}-{m:02d}-{d:02d}"
            issued.append(("DATE_TIME", b))
            return f"FYI {bo} {b}, so under the laser age check it's fine.", issued
        e = translit(rng) + rng.choice(["@gmail.com", "@outlook.com", "@yahoo.com", "@proton.me"])
        issued.append(("EMAIL_ADDRESS", e))
        return f"cc the receipt to {e} pls", issued
    lines = [f"{cl}: {name}"]
    issued.append(("PERSON", name))
    p = make_phone(rng, region)
    ext = f" ext. {rng.randint(10, 399)}" if rng.random() < 0.15 else ""
    lines.append(f"{ph}: {p}{ext}")
    issued.append(("PHONE_NUMBER", p))
    opts = rng.sample(["addr", "dob", "id", "mail", "iban", "card", "ip", "mrn", "aba"], 3)
    for o in opts:
        if o == "addr":
            a = L[loc][5].format(s=rng.choice(pools.streets[loc]), no=rng.randint(1, 180), n=rng.randint(1, 40)) + ", " + rng.choice(pools.places[loc])
            lines.append(f"{ad}: {a}"); issued.append(("LOCATION", a))
        elif o == "dob":
            y, m, d = _date(rng)
            b = rng.choice([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])
            lines.append(f"{bo}: {b}"); issued.append(("DATE_TIME", b))
        elif o == "id":
            t, v, lab = national_id(rng, loc) or (None, None, None)
            if t:
                lines.append(f"{lab}: {v}"); issued.append((t, v))
        elif o == "mail":
            e = translit(rng) + rng.choice(["@gmail.com", "@mail.ru", "@yahoo.co.jp", "@web.de", "@hotmail.com", "@naver.com", "@qq.com"])
            lines.append(f"e-mail: {e}"); issued.append(("EMAIL_ADDRESS", e))
        elif o == "iban" and loc in IBAN_CC:
            v = make_iban(rng, loc); lines.append(f"IBAN (refund): {v}"); issued.append(("IBAN_CODE", v))
        elif o == "card":
            v = make_card(rng); lines.append(f"card on file for no-show fee: {v}"); issued.append(("CREDIT_CARD", v))
        elif o == "ip":
            v = make_ip(rng); lines.append(f"booked online from IP {v}"); issued.append(("IP_ADDRESS", v))
        elif o == "mrn":
            v = f"AC-{rng.randint(100000, 999999)}"; lines.append(f"clinic record no. {v} (GP informed)"); issued.append(("MEDICAL_RECORD", v))
        elif o == "aba" and loc == "en-US":
            v = make_aba(rng); lines.append(f"deposit refund ABA/acct: {v}"); issued.append(("US_BANK_NUMBER", v))
    detail = {
        "intake": f"Service: {svc}. Patch test 48h: negative. Meds: isotretinoin stopped 5 months ago. Allergies: PPD?",
        "booking": f"{ap} Fri 14:30 -> moved to Tue 10:00 chair 3, {svc}, deposit paid.",
        "complaint": f"Complaint: after the {svc} scalp burning + redness 2 days, wants refund, threatens 1* review.",
        "internal_note": f"Note: {svc}, used 7.1 + 20 vol, 35 min. Sensitive skin, chatty, tip 10%. Next: toner in 6 wks.",
        "export": f"last_visit;2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)};service;{svc};marketing_consent;N",
        "notice": f"Winner of our June giveaway ({svc}) -- congrats! We'll DM you.",
        "correspondence": f"Dear team, I'm writing about my {svc} and the invoice I received.",
        "chat": f"hiii can i get {svc} tmrw?? 🙏 {th}",
        "aftercare": f"Aftercare for {svc}: no sauna 48h, SPF50, Bepanthen 2x/day. Signed by client.",
    }[kind]
    if kind == "export":
        return "\n".join(l.replace(": ", ";", 1) for l in lines) + "\n" + detail, issued
    return "\n".join(lines) + "\n" + detail, issued


def benign_block(rng, pools, loc, kind):
    cl, ap, ph, ad, bo, th = loc_phr(loc)
    org = rng.choice(pools.orgs[loc])
    dom = re.sub(r"[^a-z]", "", org.lower())[:14] + ".example.com"
    emerg = {"US": "911", "GB": "999", "IN": "112", "IL": "101", "JP": "119", "KR": "119", "CN": "120", "TH": "1669", "AE": "998", "BR": "192"}.get(L[loc][0], "112")
    org_phone = make_phone(rng, L[loc][0])
    vals = dict(org_phone=org_phone, ref=rng.randint(10000, 99999), ref2=rng.randint(100, 999), emerg=emerg,
                oct=rng.randint(1, 254), dom=dom, reg=f"HRB {rng.randint(10000, 99999)}")
    neg = rng.choice(BENIGN_NEG).format(**vals)
    svc = rng.choice(SERVICES)
    detail = {
        "intake": f"BLANK FORM -- {cl}: ________  {ph}: ________  {bo}: __/__/____  {ad}: ________\n[ ] pregnant [ ] retinoids [ ] keloid history",
        "booking": f"{org}: {ap} capacity next week -- Mon 6 slots, Tue 4, walk-ins after 16:00. Ref BK-{vals['ref']}.",
        "complaint": f"Complaint stats {org}: 7 about {svc}, 3 refunds, case nos. C-{vals['ref']} to C-{vals['ref'] + 6}.",
        "internal_note": f"Stock note: {svc} kit low, re-order from supplier, batch LOT-{vals['ref']}, exp 11/2026.",
        "export": f"service;price;duration\n{svc};65;60\nskin fade;25;30\nlash lift;45;50",
        "notice": f"{org} is closed on public holidays. Prices incl. VAT. Regulator licence TL-{vals['ref']}.",
        "correspondence": f"To: orders@{dom}\nRe: PO-{vals['ref']} -- 12x developer 6%, 4x Olaplex No.3. Account 'salon'.",
        "chat": f"hi, do you do {svc}? how much and how long? {th}",
        "aftercare": f"Aftercare template for {svc}: no sauna 48h, SPF50. {cl}: [NAME] {bo}: [DOB].",
    }[kind]
    return detail + "\n" + neg


PLACES = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_call",
          "json_schema", "user_field", "stop", "prediction", "metadata"]


def place(rng, doc, ask, where, loc, name_hint):
    sysmsg = {"role": "system", "content": "You are the front-desk assistant of a beauty & wellness business. Be concise."}
    model = rng.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1"])
    if where == "user":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]}
    if where == "system":
        return {"model": model, "messages": [{"role": "system", "content": f"Context record:\n{doc}"}, {"role": "user", "content": ask}]}
    if where == "assistant":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": ask}]}
    if where == "tool":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "crm_lookup", "arguments": json.dumps({"q": "latest"})}}]},
                {"role": "tool", "tool_call_id": "call_1", "content": doc}]}
    if where == "text_part":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]}
    if where == "file_part":
        fn = rng.choice(["consult_form.txt", "booking_export.csv", "notes.txt", "aftercare.txt"])
        b64 = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {"filename": fn, "file_data": f"data:text/plain;base64,{b64}"}}]}]}
    if where == "image_url":
        url = "https://cdn.booking-render.example.net/card.png?note=" + urllib.parse.quote(doc)
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "image_url", "image_url": {"url": url}}]}]}
    if where == "tool_def":
        return {"model": model, "messages": [{"role": "user", "content": ask}], "tools": [{"type": "function", "function": {"name": "save_client_card", "description": f"Saves the card. Current record:\n{doc}", "parameters": {"type": "object", "properties": {"card": {"type": "string"}}}}}]}
    if where == "tool_call":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function", "function": {"name": "update_booking", "arguments": json.dumps({"record": doc}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": "call_7", "content": "ok"}]}
    if where == "json_schema":
        return {"model": model, "messages": [{"role": "user", "content": ask}], "response_format": {"type": "json_schema", "json_schema": {"name": "card", "schema": {"type": "object", "description": doc, "properties": {"status": {"type": "string", "enum": ["ok", "follow_up"]}}, "examples": [{"status": "ok"}]}}}}
    if where == "user_field":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}], "user": name_hint}
    if where == "stop":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": ask}], "stop": [doc[:200], "\n###"]}
    if where == "prediction":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": ask}], "prediction": {"type": "content", "content": doc}}
    return {"model": model, "store": True, "metadata": {"source": "salon-crm", "record": doc[:500]}, "messages": [sysmsg, {"role": "user", "content": ask}]}


def search_text(body):
    s = json.dumps(body, ensure_ascii=False)
    extra = []
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        extra.append(base64.b64decode(m.group(1)).decode("utf-8"))
    extra.append(urllib.parse.unquote(s))
    # JSON-in-JSON (tool-call arguments) is decoded too
    extra.append(json.dumps(json.loads(s), ensure_ascii=False).replace('\\"', '"'))
    for m in re.finditer(r'"arguments": "((?:[^"\\]|\\.)*)"', s):
        extra.append(json.loads('"' + m.group(1) + '"'))
    return s + "\n" + "\n".join(extra)


def build_pii(rng, pools):
    recs = []
    n_per_kind, n_sens = 56, 32
    i = 0
    for k_i, kind in enumerate(KINDS):
        for j in range(n_per_kind):
            loc = LOCALES[(k_i * 7 + j) % len(LOCALES)]
            sens = j < n_sens + (1 if k_i % 2 == 0 else 0)
            incidental = sens and j % 8 == 3
            where = PLACES[(i * 5 + k_i) % len(PLACES)]
            ask = rng.choice(ASKS[kind])
            if sens:
                doc, issued = person_block(rng, pools, loc, kind, incidental)
                if incidental:
                    doc = benign_block(rng, pools, loc, kind) + "\n" + doc
            else:
                doc, issued = benign_block(rng, pools, loc, kind), []
            name_hint = "client-" + str(rng.randint(1000, 9999))
            if where == "user_field" and sens and issued and issued[0][0] == "PERSON" and not incidental:
                name_hint = translit(rng)
            endpoint = "completions" if i % 10 == 4 else "chat"
            body = place(rng, doc, ask, where, loc, name_hint)
            if endpoint == "completions":
                body = {"model": body["model"], "prompt": f"{ask}\n\n{doc}\n\nAnswer:", "max_tokens": 300}
                where = "prompt"
            st = search_text(body)
            ents, seen = [], set()
            for t, v in issued:
                if v in st and (t, v) not in seen:
                    seen.add((t, v)); ents.append({"type": t, "value": v})
            if sens and not ents:  # truncated away (stop/metadata): move to user content
                body = place(rng, doc, ask, "user", loc, name_hint); where = "user"
                st = search_text(body)
                ents = [{"type": t, "value": v} for t, v in dict.fromkeys(issued) if v in st]
            assert bool(ents) == sens, (kind, sens, where)
            i += 1
            style = f"{kind} · {where}" + (" · incidental" if incidental else "")
            recs.append({"id": f"{SPLIT}-pii-{i:04d}", "category": kind if sens else kind + "_benign", "sensitive": sens,
                         "entities": ents, "endpoint": endpoint, "lang": loc, "style": style, "body": body})
    rng.shuffle(recs)
    for n, r in enumerate(recs, 1):
        r["id"] = f"{SPLIT}-pii-{n:04d}"
    return recs


# ----------------------------------------------------------------------------------------------- complexity
CX_LANGS = {
 "en": ("Translate 'your appointment is confirmed' into Spanish.", "hi! are you open on sunday?", "Reformat this price list as a markdown table, nothing else:", "Our salon has 3 stylists, 2 colour bars and a 40% no-show spike on Mondays. Design a deposit and overbooking policy, estimate revenue impact, and name the risks."),
 "de": ("Übersetze 'Termin bestätigt' ins Englische.", "Hallo, danke für heute!", "Formatiere diese Preisliste als Tabelle, sonst nichts:", "Kundin mit Vitiligo möchte Laser-Haarentfernung Hauttyp V: beurteile Risiken, wähle Wellenlänge und plane die Testspots."),
 "fr": ("Traduis « rendez-vous confirmé » en anglais.", "Bonjour, merci beaucoup !", "Mets cette liste de prix sous forme de tableau, rien d'autre :", "Compare la rentabilité d'une franchise d'onglerie vs un salon indépendant sur 3 ans avec ces hypothèses, et recommande."),
 "es": ("¿Cómo se dice 'tinte' en inglés?", "¡Hola! ¿Abrís mañana?", "Pasa esta lista de precios a tabla, sin más:", "Diseña un plan de formación de 12 semanas para aprendices de barbería con evaluación por competencias y justifica el orden."),
 "it": ("Traduci 'piega' in inglese.", "Ciao, grazie mille!", "Trasforma questo listino in una tabella, nient'altro:", "Analizza se conviene passare da provvigione al 40% a stipendio fisso più bonus per 6 parrucchieri, con calcoli e rischi."),
 "pl": ("Przetłumacz 'wizyta potwierdzona' na angielski.", "Cześć, dziękuję!", "Przepisz cennik jako tabelę, nic więcej:", "Klientka po botoksie 10 dni temu chce mikronakłucia: oceń interakcje, ryzyka i zaplanuj bezpieczny harmonogram."),
 "ru": ("Переведи «запись подтверждена» на английский.", "Привет, спасибо!", "Сделай из этого прайса таблицу, больше ничего:", "Составь стратегию выхода сети барбершопов в новый город: спрос, цены, найм мастеров, точка безубыточности."),
 "uk": ("Переклади «запис підтверджено» англійською.", "Привіт, дякую!", "Перетвори прайс на таблицю, і все:", "Проаналізуй, чому впала повторна запис на манікюр на 30%, запропонуй гіпотези та як їх перевірити."),
 "el": ("Μετάφρασε «το ραντεβού επιβεβαιώθηκε» στα αγγλικά.", "Γεια σας, ευχαριστώ!", "Κάνε τον τιμοκατάλογο πίνακα, τίποτα άλλο:", "Σχεδίασε πρόγραμμα βαρδιών για σπα με 5 θεραπευτές, ώρες αιχμής και νομικά όρια ανάπαυσης· εξήγησε τους συμβιβασμούς."),
 "ar": ("ترجم 'تم تأكيد موعدك' إلى الإنجليزية.", "مرحبا، شكرا!", "حوّل قائمة الأسعار إلى جدول فقط:", "حلّل مخاطر إدخال خدمة الفيلر في صالون تجميل من حيث الترخيص والمسؤولية والتدريب، واقترح خطة."),
 "he": ("תרגם 'התור אושר' לאנגלית.", "היי, תודה רבה!", "הפוך את המחירון לטבלה, בלי שום דבר נוסף:", "תכנן אסטרטגיית תמחור דינמית לסטודיו קעקועים לפי ביקוש עונתי ונמק כל החלטה."),
 "hi": ("'अपॉइंटमेंट पक्की' का अंग्रेज़ी अनुवाद करो।", "नमस्ते, धन्यवाद!", "इस रेट लिस्ट को सिर्फ़ टेबल में बदलो:", "सैलून चेन के लिए स्टाफ़ प्रशिक्षण और कमीशन ढांचा डिज़ाइन करो, लाभ-हानि का विश्लेषण करो।"),
 "th": ("แปล 'ยืนยันการนัดแล้ว' เป็นภาษาอังกฤษ", "สวัสดีค่ะ ขอบคุณค่ะ", "จัดรายการราคานี้เป็นตาราง เท่านั้น:", "วิเคราะห์ว่าสปาควรเปิดสาขาที่สองหรือขยายสาขาเดิม พร้อมคำนวณและความเสี่ยง"),
 "zh": ("把“预约已确认”翻译成英文。", "你好，谢谢！", "把这份价目表整理成表格，别的不要：", "为美甲连锁店设计会员储值方案，分析现金流风险和合规问题，并给出建议。"),
 "ja": ("「予約確定」を英語にして。", "こんにちは、ありがとう！", "この料金表を表にするだけでお願い：", "ヘアサロンの指名制をやめるべきか、売上・離職率・顧客満足への影響を分析して提案して。"),
 "ko": ("'예약 확정'을 영어로 번역해 줘.", "안녕하세요, 감사합니다!", "이 가격표를 표로만 바꿔 줘:", "피부과 에스테틱 병행 클리닉의 레이저 장비 도입 여부를 ROI와 규제 측면에서 분석해 줘."),
 "tr": ("'Randevu onaylandı'yı İngilizceye çevir.", "Merhaba, teşekkürler!", "Bu fiyat listesini tabloya çevir, başka bir şey yapma:", "Kuaför salonu için randevusuz müşteri ile randevulu müşteriyi dengeleyen bir kapasite planı tasarla ve gerekçelendir."),
 "nl": ("Vertaal 'afspraak bevestigd' naar het Engels.", "Hoi, bedankt!", "Zet deze prijslijst in een tabel, verder niks:", "Beoordeel of onze nagelstudio moet overstappen op een abonnementsmodel; reken scenario's door en adviseer."),
 "pt": ("Traduza 'horário confirmado' para o inglês.", "Oi, obrigada!", "Transforme essa tabela de preços em tabela markdown, só isso:", "Planeje a expansão de uma rede de esmalterias em 3 cidades, com análise de demanda, equipe e fluxo de caixa."),
 "sv": ("Översätt 'tiden är bokad' till engelska.", "Hej, tack så mycket!", "Gör prislistan till en tabell, inget annat:", "Analysera om frisörsalongen ska byta från stolshyra till anställning, med kalkyler och risker."),
 "ko-KR": ("'네일 예약 변경'을 영어로.", "고마워요!", "아래 목록을 표로만 정리해 줘:", "타투 스튜디오의 감염 관리 프로토콜을 위험 평가부터 교육 계획까지 설계해 줘."),
}
HARD_LONG_CTX = ("Month;revenue;no_shows;staff;avg_ticket;retail\n" + "\n".join(
    f"2025-{m:02d};{18000 + m * 731 % 5000};{40 + m * 17 % 35};{5 + m % 3};{55 + m * 7 % 30};{1200 + m * 313 % 900}" for m in range(1, 13)))


def price_list(rng, n=40):
    rows = []
    for k in range(n):
        rows.append(f"{k + 1}. {rng.choice(SERVICES)} -- {rng.randint(15, 320)} EUR -- {rng.choice([20, 30, 45, 60, 90, 120])} min -- stylist level {rng.choice(['junior', 'senior', 'art director'])}")
    return "\n".join(rows)


def build_cx(rng):
    recs = []
    langs = sorted(CX_LANGS)
    cats = ["short_simple", "long_easy", "short_hard", "long_hard"]
    for n in range(192):
        cat = cats[n % 4]
        lang = langs[(n // 4 + n) % len(langs)]
        simple, greet, reformat, hard = CX_LANGS[lang]
        if cat == "short_simple":
            txt = simple if n % 8 < 4 else greet
        elif cat == "long_easy":
            txt = reformat + "\n\n" + price_list(rng, rng.randint(28, 45))
            while len(txt) < 1500:
                txt += "\n" + price_list(rng, 5)
        elif cat == "short_hard":
            txt = hard
        else:
            txt = hard + "\n\nData:\n" + HARD_LONG_CTX + "\n\nMenu:\n" + price_list(rng, 15) + "\n\nConstraints: budget 40k EUR, 2 treatment rooms, licence renewal in Q3, two senior staff leaving."
        body = {"model": "hybridgate/auto", "messages": [{"role": "system", "content": "You assist a beauty and wellness business."}, {"role": "user", "content": txt}]}
        if cat == "long_easy":
            assert len(txt) >= 1500
        recs.append({"id": f"{SPLIT}-cx-{n + 1:04d}", "category": cat, "label": int(cat.endswith("hard")),
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang,
                     "style": f"{cat}/beauty", "body": body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    frozen = frozen_words()
    pools = Pools(rng, frozen)
    print(f"frozen words: {len(frozen)}; pool entries dropped and refilled: {pools.dropped}")
    pii = build_pii(rng, pools)
    cx = build_cx(rng)
    out = pathlib.Path(a.out); out.mkdir(parents=True, exist_ok=True)
    for fn, rs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / fn, "w", encoding="utf-8") as f:
            for r in rs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    s = sum(r["sensitive"] for r in pii)
    inc = sum("incidental" in r["style"] for r in pii)
    comp = sum(r["endpoint"] == "completions" for r in pii)
    print(f"pii: {len(pii)} records, {s} sensitive / {len(pii) - s} benign, {inc} incidental, {comp} completions, {len({r['lang'] for r in pii})} locales")
    c = {k: sum(r["category"] == k for r in cx) for k in ("short_simple", "long_easy", "short_hard", "long_hard")}
    print(f"complexity: {len(cx)} records {c}, {len({r['lang'] for r in cx})} language tags")


if __name__ == "__main__":
    main()
