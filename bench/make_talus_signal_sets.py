#!/usr/bin/env python3
"""Talus: a blind evaluation split for the request signals, organised by CARS, DRIVING AND MOBILITY.

Writes bench/data/signals/pii_talus.jsonl and bench/data/signals/complexity_talus.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of the delta generator (schema and label
    conventions) and the first two lines of the two delta files. Not read: the detector, the complexity
    scorer, their tests, the evaluator, results, policies, docs, README, commit messages, and no other
    generator. The other generators (and the sibling splits of this batch) were only scanned automatically
    by ``frozen_words()``: every name, street, company, make/model and place pool below is filtered against
    that word set at run time and refilled from invented, locale-typical parts (the run prints how many pool
    entries the freeze dropped, never the words).

Organising principle and the line drawn
    The world of cars, driving and mobility. Nine kinds (= categories): used_car_sale (dealer sales,
    part-exchange, finance), garage_jobcard (MOT / service job cards), roadside_recovery, driving_school
    (lesson bookings, test results), parking_fine (PCNs, traffic fines, appeals), ridehail_support
    (ride-hailing and car-sharing tickets), registration_insurance (logbooks, cover notes), ev_charging
    (charging accounts and sessions), fleet_hire (fleet and van-hire records).
    SENSITIVE = data about a private person: private buyers, sellers, drivers, learners, riders, appellants,
    policyholders, named drivers, hirers, charging-account holders, and their relatives; their names (or a
    first name with a relation/role cue), phones, private e-mails, home addresses, birth dates, national /
    tax / health-insurance numbers, cards, IBANs, US bank accounts, SSNs, hospital record numbers, and the
    public IP address of a private app user.
    BENIGN = dealers, garages, councils, insurers, recovery firms, hire firms, charge-point operators and
    manufacturers in their role (their switchboards, role mailboxes, registered offices, VAT / company
    numbers); fleet-vehicle plates, VINs, MOT test numbers, PCN / booking / job / policy / trip references,
    EVSE and charge-point ids, device IPs in private or documentation ranges; racing drivers and car
    designers in their public role, eponymous brands, fictional characters; blank forms and placeholders
    (A N Other, [Name], {{rider_first_name}}); payment test cards and documentation values; aggregated or
    already-anonymised statistics. A private car's plate is personal data to a privacy officer, but plates
    are not an entity type of this taxonomy: they appear only next to typed personal data in sensitive
    records, and benign records carry only fleet / hire / dealer-stock plates.

Labels
    ``entities`` is computed by searching the serialised body (file parts base64-decoded, URLs unquoted,
    JSON strings parsed) for every value the record issued; each entity is {"type", "value"}. sensitive is
    true iff entities is non-empty (asserted). Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS,
    DATE_OF_BIRTH, NATIONAL_ID (BSN, PESEL, DNI, NIR, personnummer, TC kimlik, Teudat Zehut, Aadhaar,
    Thai PIN, My Number, RRN, resident ID, Emirates ID, AMKA), TAX_ID (Steuer-ID, codice fiscale, CPF, PAN,
    INN, UTR, ITIN), HEALTH_INSURANCE (NHS number, German KVNR), CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn
    (US only), US_BANK_NUMBER (account number next to its routing number), MEDICAL_RECORD (hospital MRN).
    Complexity: short_simple 0, long_easy 0 (>= 1,500 chars), short_hard 1, long_hard 1; length_adversarial
    for short_hard and long_easy.

Contents (seed 20261219; the run prints all counts)
    pii_talus.jsonl: 495 requests, 9 kinds x 55 (32 sensitive + 23 benign): 288 sensitive / 207 benign,
    36 of the sensitive carry a single incidental item (a first name with a relation cue, one phone in a
    long text, or one birth date); 20 locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai,
    Han, Kana/Kanji, Hangul scripts; English-language desks over-represented); 50 completions-endpoint
    requests; the document is placed by rotation in user / system / assistant / tool messages, text and
    file content parts (base64), image-URL query strings, tool-call arguments, tool schemas,
    response_format and the ``user`` field. Benign records span six kinds of hard negative per kind:
    organisation contact blocks, fleet / stock records, public figures / eponyms / fiction, blank forms,
    test and reference values, aggregated or anonymised statistics.
    complexity_talus.jsonl: 192 chat requests: short_simple 48, long_easy 48, short_hard 48, long_hard 48;
    96 length-adversarial, 96 labelled 1; in 12 languages.

Validation
    National, tax and health ids are built with and validated by python-stdnum (Emirates ID and MRNs by
    Luhn, the German KVNR and VIN check digits by own routines); cards by Luhn; IBANs by stdnum.iban;
    phones by ``phonenumbers`` (valid for their region); IPs must be global (private users) or in private /
    documentation ranges (benign). The run aborts on an invalid value; every retry loop is capped.

Command (deterministic, byte-reproducible)
    python bench/make_talus_signal_sets.py [--seed 20261219] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import hashlib
import ipaddress
import json
import pathlib
import random
import re
import string
import urllib.parse

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf as br_cpf
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.gb import vat as gb_vat
from stdnum.gr import amka as gr_amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.ru import inn as ru_inn
from stdnum.se import personnummer as se_pnr
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.us import itin as us_itin
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn
from stdnum import verhoeff
from stdnum.iso7064 import mod_11_10

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "talus"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang serac moulin").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
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


FROZEN = frozen_words()
FREEZE_DROPPED = collections.Counter()


def is_frozen(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    for t in toks:
        if t in FROZEN:
            return True
    # hyphen / apostrophe compounds as the freeze's capitalised-word regex sees them
    for m in re.finditer(r"[A-Za-z][A-Za-z'\-]+", entry):
        if m.group(0).lower() in FROZEN:
            return True
    prev = None
    for t in toks:
        if any(ord(c) > 127 for c in t):
            if prev is not None and (prev + " " + t) in FROZEN:
                return True
            prev = t
        else:
            prev = None
    return False


def pool(name: str, candidates, minimum: int = 6):
    out, seen = [], set()
    for c in candidates:
        if c in seen:
            continue
        seen.add(c)
        if is_frozen(c):
            FREEZE_DROPPED[name] += 1
            continue
        out.append(c)
    if len(out) < minimum:
        raise SystemExit(f"pool {name} emptied by the freeze ({len(out)} left)")
    return out


def compose(name: str, starts, ends, joiner: str = "", minimum: int = 6):
    return pool(name, [a + joiner + b for a in starts for b in ends], minimum)


# ----------------------------------------------------------------------------------------------------------
# validation helpers

def _check(ok: bool, what: str, value: str):
    if not ok:
        raise SystemExit(f"invalid {what}: {value!r}")
    return value


def luhn_complete(rng, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def vin_check(vin: str) -> str:
    tr = {**{str(d): d for d in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
          **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = sum(tr[c] * w[i] for i, c in enumerate(vin)) % 11
    return "X" if s == 10 else str(s)


def make_vin(rng) -> str:
    wmi = rng.choice(["WVW", "VF1", "SAL", "JHM", "1FT", "5YJ", "KMH", "LSV", "TMB", "ZFA", "YV1", "W0L",
                      "VSS", "SJN", "WDD", "NMT", "JTD", "KNA", "U5Y", "WF0"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = wmi + "".join(rng.choice(chars) for _ in range(5)) + "0" + rng.choice("KLMNPRS") + \
        rng.choice("ABCDEFGHJ") + "".join(rng.choice(string.digits) for _ in range(6))
    vin = body[:8] + vin_check(body) + body[9:]
    return _check(len(vin) == 17 and vin_check(vin) == vin[8], "VIN", vin)


def kvnr(rng) -> str:
    letter = rng.choice(string.ascii_uppercase)
    digits = "".join(rng.choice(string.digits) for _ in range(8))
    seq = f"{ord(letter) - 64:02d}" + digits
    total = 0
    for i, ch in enumerate(seq):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    val = letter + digits + str(total % 10)
    return _check(re.fullmatch(r"[A-Z]\d{9}", val) is not None, "KVNR", val)


# ----------------------------------------------------------------------------------------------------------
# locales

def d2(n):
    return f"{n:02d}"


DATE_FMT = {
    "en-GB": lambda d: d.strftime("%d/%m/%Y"), "en-US": lambda d: d.strftime("%m/%d/%Y"),
    "de-DE": lambda d: d.strftime("%d.%m.%Y"), "fr-FR": lambda d: d.strftime("%d/%m/%Y"),
    "es-ES": lambda d: d.strftime("%d/%m/%Y"), "it-IT": lambda d: d.strftime("%d/%m/%Y"),
    "nl-NL": lambda d: d.strftime("%d-%m-%Y"), "pl-PL": lambda d: d.strftime("%d.%m.%Y"),
    "pt-BR": lambda d: d.strftime("%d/%m/%Y"), "sv-SE": lambda d: d.isoformat(),
    "tr-TR": lambda d: d.strftime("%d.%m.%Y"), "ru-RU": lambda d: d.strftime("%d.%m.%Y"),
    "el-GR": lambda d: d.strftime("%d/%m/%Y"), "ar-AE": lambda d: d.strftime("%d/%m/%Y"),
    "he-IL": lambda d: d.strftime("%d.%m.%Y"), "hi-IN": lambda d: d.strftime("%d-%m-%Y"),
    "th-TH": lambda d: f"{d.day}/{d.month}/{d.year + 543}",
    "ja-JP": lambda d: f"{d.year}年{d.month}月{d.day}日", "ko-KR": lambda d: d.strftime("%Y.%m.%d"),
    "zh-CN": lambda d: f"{d.year}年{d.month}月{d.day}日",
}

PHONE_REGION = {"en-GB": "GB", "en-US": "US", "de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT",
                "nl-NL": "NL", "pl-PL": "PL", "pt-BR": "BR", "sv-SE": "SE", "tr-TR": "TR", "ru-RU": "RU",
                "el-GR": "GR", "ar-AE": "AE", "he-IL": "IL", "hi-IN": "IN", "th-TH": "TH", "ja-JP": "JP",
                "ko-KR": "KR", "zh-CN": "CN"}
LOCALES = list(PHONE_REGION)
ROTATION = LOCALES + ["en-US", "en-GB", "en-US"]  # English-language motoring desks are over-represented

# labels: name, dob, address, phone, email, plate, id, notes
LABELS = {
    "en-GB": ("Name", "DOB", "Address", "Tel", "Email", "Reg", "ID", "Notes"),
    "en-US": ("Name", "DOB", "Address", "Phone", "Email", "Plate", "ID", "Notes"),
    "de-DE": ("Name", "Geb.-Datum", "Anschrift", "Tel.", "E-Mail", "Kennzeichen", "Ausweis/ID", "Bemerkung"),
    "fr-FR": ("Nom", "Né(e) le", "Adresse", "Tél.", "Courriel", "Immat.", "N° pièce", "Remarques"),
    "es-ES": ("Nombre", "F. nacimiento", "Domicilio", "Tlf.", "Correo", "Matrícula", "DNI/NIE", "Observaciones"),
    "it-IT": ("Nominativo", "Data di nascita", "Indirizzo", "Cell.", "Email", "Targa", "Cod. fiscale", "Note"),
    "nl-NL": ("Naam", "Geb. datum", "Adres", "Tel", "E-mail", "Kenteken", "BSN", "Opmerkingen"),
    "pl-PL": ("Imię i nazwisko", "Data ur.", "Adres", "Tel.", "E-mail", "Nr rej.", "PESEL", "Uwagi"),
    "pt-BR": ("Nome", "Data de nasc.", "Endereço", "Cel.", "E-mail", "Placa", "CPF", "Obs."),
    "sv-SE": ("Namn", "Födelsedatum", "Adress", "Mobil", "E-post", "Regnr", "Personnr", "Övrigt"),
    "tr-TR": ("Ad Soyad", "Doğum tarihi", "Adres", "Tel", "E-posta", "Plaka", "TC Kimlik", "Not"),
    "ru-RU": ("ФИО", "Дата рождения", "Адрес", "Тел.", "Эл. почта", "Госномер", "ИНН", "Примечание"),
    "el-GR": ("Ονοματεπώνυμο", "Ημ. γέννησης", "Διεύθυνση", "Τηλ.", "Email", "Αρ. κυκλοφορίας", "ΑΜΚΑ", "Σχόλια"),
    "ar-AE": ("الاسم", "تاريخ الميلاد", "العنوان", "الهاتف", "البريد الإلكتروني", "رقم اللوحة", "رقم الهوية", "ملاحظات"),
    "he-IL": ("שם", "תאריך לידה", "כתובת", "טלפון", "דוא\"ל", "מספר רכב", "ת.ז.", "הערות"),
    "hi-IN": ("नाम", "जन्म तिथि", "पता", "मोबाइल", "ईमेल", "गाड़ी नं.", "आधार", "टिप्पणी"),
    "th-TH": ("ชื่อ-สกุล", "วันเกิด", "ที่อยู่", "โทร", "อีเมล", "ทะเบียนรถ", "เลขบัตรประชาชน", "หมายเหตุ"),
    "ja-JP": ("氏名", "生年月日", "住所", "電話", "メール", "登録番号", "マイナンバー", "備考"),
    "ko-KR": ("성명", "생년월일", "주소", "연락처", "이메일", "차량번호", "주민등록번호", "비고"),
    "zh-CN": ("姓名", "出生日期", "地址", "手机", "邮箱", "车牌号", "身份证号", "备注"),
}

# local-language instructions: (reply, summarise, extract, check)
INSTR = {
    "en-GB": ("can u draft a reply to this pls", "summarise this for the branch manager", "pull the details into JSON", "anything missing before we action this?"),
    "en-US": ("draft a reply to the customer", "give me a 3 line summary", "extract the fields as JSON", "check this for errors before I submit"),
    "de-DE": ("Bitte eine Antwort an den Kunden formulieren", "Fass das kurz zusammen", "Bitte die Felder als JSON ausgeben", "Fehlt da noch was?"),
    "fr-FR": ("Rédige une réponse au client stp", "Fais-moi un résumé rapide", "Extrais les champs en JSON", "Tu vois une erreur dans le dossier ?"),
    "es-ES": ("Redáctame una respuesta para el cliente", "Resúmelo en 3 puntos", "Sácame los datos en JSON", "¿Falta algo antes de tramitarlo?"),
    "it-IT": ("Scrivimi una risposta per il cliente", "Riassumi in due righe", "Estrai i campi in JSON", "Manca qualcosa per la pratica?"),
    "nl-NL": ("Schrijf een antwoord aan de klant aub", "Vat dit kort samen", "Zet de velden in JSON", "Klopt dit dossier?"),
    "pl-PL": ("Napisz odpowiedź do klienta", "Streść to w punktach", "Wyciągnij dane do JSON", "Czy czegoś brakuje?"),
    "pt-BR": ("Escreve uma resposta pro cliente", "Resume isso pra mim", "Extrai os campos em JSON", "Tá faltando algo nesse cadastro?"),
    "sv-SE": ("Skriv ett svar till kunden", "Sammanfatta kort", "Plocka ut fälten som JSON", "Saknas något?"),
    "tr-TR": ("Müşteriye bir cevap yazar mısın", "Kısaca özetle", "Alanları JSON olarak çıkar", "Eksik bir şey var mı?"),
    "ru-RU": ("Составь ответ клиенту", "Кратко перескажи", "Выдели поля в JSON", "Проверь, всё ли заполнено"),
    "el-GR": ("Γράψε μια απάντηση στον πελάτη", "Κάνε μια σύντομη περίληψη", "Βγάλε τα πεδία σε JSON", "Λείπει κάτι;"),
    "ar-AE": ("اكتب رداً على العميل من فضلك", "لخص هذا باختصار", "استخرج الحقول بصيغة JSON", "هل ينقص شيء؟"),
    "he-IL": ("תנסח תשובה ללקוח", "תסכם לי בקצרה", "תוציא את השדות ל-JSON", "חסר משהו?"),
    "hi-IN": ("ग्राहक को जवाब लिख दो", "इसका छोटा सा सारांश दो", "फ़ील्ड्स JSON में निकालो", "कुछ छूटा तो नहीं?"),
    "th-TH": ("ช่วยร่างคำตอบถึงลูกค้าหน่อย", "สรุปสั้นๆ ให้หน่อย", "ดึงข้อมูลออกมาเป็น JSON", "ขาดอะไรไหม"),
    "ja-JP": ("お客様への返信文を作成してください", "要点をまとめて", "項目をJSONで抽出して", "不備がないか確認して"),
    "ko-KR": ("고객에게 보낼 답장 써줘", "간단히 요약해줘", "항목을 JSON으로 뽑아줘", "빠진 거 없는지 확인해줘"),
    "zh-CN": ("帮我给客户写个回复", "简单总结一下", "把字段提取成JSON", "看看还缺什么"),
}

EMAIL_DOMAINS = {
    "en-GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"], "en-US": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com"],
    "de-DE": ["web.de", "gmx.de", "t-online.de"], "fr-FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "es-ES": ["gmail.com", "hotmail.es", "telefonica.net"], "it-IT": ["libero.it", "virgilio.it", "gmail.com"],
    "nl-NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "pl-PL": ["wp.pl", "onet.pl", "o2.pl"],
    "pt-BR": ["gmail.com", "uol.com.br", "bol.com.br"], "sv-SE": ["telia.com", "gmail.com", "hotmail.se"],
    "tr-TR": ["gmail.com", "hotmail.com", "yandex.com.tr"], "ru-RU": ["mail.ru", "yandex.ru", "bk.ru"],
    "el-GR": ["gmail.com", "otenet.gr", "yahoo.gr"], "ar-AE": ["gmail.com", "hotmail.com", "eim.ae"],
    "he-IL": ["gmail.com", "walla.co.il", "012.net.il"], "hi-IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "th-TH": ["gmail.com", "hotmail.com"], "ja-JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
    "ko-KR": ["naver.com", "daum.net", "gmail.com"], "zh-CN": ["qq.com", "163.com", "126.com"],
}

# romanised handle parts for e-mail local parts of non-Latin locales
HANDLE = {
    "ru-RU": ["kuzya", "sorokin", "lebedka", "volk", "moroz", "ryzhik"], "el-GR": ["giorgos", "eleni", "nikos", "papad", "kostas"],
    "ar-AE": ["saeed", "noura", "khalfan", "mariam", "hamdan"], "he-IL": ["noa", "yoav", "tamar", "shira", "idan"],
    "hi-IN": ["anuj", "priya", "rahul", "deepak", "neha"], "th-TH": ["somchai", "pim", "nok", "ton", "beam"],
    "ja-JP": ["sho", "yui", "haru", "kenta", "aya"], "ko-KR": ["minjun", "seoyeon", "jiho", "hayun", "dohyun"],
    "zh-CN": ["wangwei", "lina", "xiaoyu", "haoran", "yiting"],
}

NAME_PARTS = {
    "en-GB": (["Al", "Bren", "Cal", "Dar", "El", "Fen", "Gar", "Hal", "Is", "Jes", "Kel", "Lor", "Mer", "Nor", "Os", "Per", "Ros", "Tam", "Wen", "Bry"],
              ["a", "ie", "en", "wyn", "ric", "ton", "ley", "ella", "ian", "on", "etta", "ys"],
              ["Ash", "Brack", "Crom", "Dunn", "Eld", "Fair", "Gil", "Hart", "Kirk", "Lang", "Mill", "Pen", "Rad", "Shaw", "Thorn", "Wick", "Yard", "Brad", "Cole", "Hol"],
              ["well", "by", "ford", "ham", "ley", "wood", "ridge", "cott", "field", "stone", "more", "sworth", "hurst", "combe"]),
    "en-US": (["Ty", "Kay", "Bran", "Jo", "Mac", "Sha", "Day", "Ken", "Lu", "Dev", "Ja", "Ri", "Bre", "Co"],
              ["ler", "la", "don", "lene", "kenzie", "nice", "ton", "dra", "cas", "on", "lynn", "ley"],
              ["Whit", "Mc", "Bow", "Gra", "Hol", "Sut", "Dal", "Pru", "Oak", "Bar", "Kin", "Stan", "Fitz", "Cald"],
              ["aker", "ridge", "ley", "ton", "comb", "ham", "gard", "ner", "well", "ford", "sell", "wick", "ray"]),
    "de-DE": (["Jo", "Lu", "Ma", "Ti", "Fe", "Ha", "Ka", "Wi", "Gre", "Ul", "Ber", "Lie", "Ot", "Ron", "Si"],
              ["nas", "kas", "rie", "mo", "lix", "nnes", "rin", "lma", "ta", "la", "ke", "ger", "nja"],
              ["Brück", "Eich", "Fleisch", "Gold", "Hahn", "Kessel", "Lind", "Mosel", "Ober", "Pfeif", "Reich", "Schön", "Stein", "Wald", "Zimmer", "Kirch", "Rot", "Hoch"],
              ["ner", "mann", "berger", "hauser", "meier", "bach", "feld", "huber", "ler", "inger", "horst", "ecker"]),
    "fr-FR": (["Ma", "Lé", "Cla", "Ju", "Ba", "Ro", "Ger", "Am", "Thé", "Ca", "Éli", "Oc", "Sol"],
              ["rine", "on", "ude", "lien", "stien", "main", "aure", "elie", "o", "mille", "ane", "ène"],
              ["Bel", "Chau", "Dela", "Four", "Gar", "Lafon", "Mor", "Pel", "Roch", "Ver", "Bou", "Char", "Ducl"],
              ["ier", "eau", "ot", "ard", "in", "ette", "ault", "ois", "et", "ereau", "ac"]),
    "es-ES": (["Ma", "Lu", "Ro", "Jo", "Car", "Ale", "Pa", "Ire", "Da", "Fer", "Ine", "Nu"],
              ["ría", "cía", "drigo", "sé", "men", "jandro", "blo", "ne", "niel", "nando", "s", "ria"],
              ["Gar", "Mar", "Fer", "Ló", "Ro", "Cas", "Bel", "Ur", "Vil", "Pa", "Sol", "Ibar", "Echa"],
              ["cía", "tínez", "nández", "pez", "dríguez", "tillo", "monte", "quijo", "lalba", "checo", "ra", "rola", "varri"]),
    "it-IT": (["Gio", "Fran", "Lo", "Ste", "Chia", "Ales", "Fe", "Ma", "Pao", "Sil", "Ri", "Or"],
              ["vanni", "cesca", "renzo", "fano", "ra", "sandro", "derica", "tteo", "la", "via", "ccardo", "nella"],
              ["Ros", "Bian", "Fer", "Co", "Gal", "Lom", "Mar", "Bar", "Ric", "Monte", "Sal", "Vit", "Scar"],
              ["setti", "chini", "rari", "lombo", "lardi", "bardi", "tinelli", "bieri", "ci", "verdi", "vatori", "ale", "pelli"]),
    "nl-NL": (["Jan", "Ma", "Sa", "Le", "Da", "Ro", "Ti", "Fl", "Em", "Lu", "Wou", "Har"],
              ["neke", "rit", "nder", "ntje", "ek", "el", "jn", "ijn", "ma", "uk", "ter", "mke"],
              ["van der Berg", "de Wiel", "van Dijk", "Veld", "Hout", "ter Meer", "Bosch", "van de Kamp", "Hoek", "Brink", "Molen", "de Gruyt", "Schaap", "Kool"],
              ["", "s", "ens", "man", "stra", "huis", "hof", "erink"]),
    "pl-PL": (["Ka", "Ma", "Zo", "Ja", "Ag", "Pa", "Ro", "Wo", "Ła", "Do", "Ty", "Bo"],
              ["tarzyna", "łgorzata", "fia", "kub", "nieszka", "weł", "bert", "jciech", "ura", "minik", "mon", "gna"],
              ["Now", "Kowal", "Wiśniew", "Wójc", "Kamiń", "Lewan", "Zieliń", "Szyman", "Woźn", "Dąbrow", "Kozł", "Jankow", "Maz", "Krawcz"],
              ["ski", "ska", "czyk", "iak", "owicz", "ek", "ewska", "ik"]),
    "pt-BR": (["Ga", "Lu", "Ma", "Ra", "Fe", "Jo", "Ana", "Bru", "The", "Vi", "Ca", "Da"],
              ["briel", "ana", "theus", "fael", "lipe", "ão", "lice", "na", "o", "tória", "mila", "vi"],
              ["Sil", "San", "Oli", "Sou", "Per", "Fer", "Al", "Ri", "Car", "Go", "Mo", "Bar", "Nas"],
              ["va", "tos", "veira", "za", "eira", "reira", "meida", "beiro", "valho", "mes", "raes", "bosa", "cimento"]),
    "sv-SE": (["Eb", "Li", "Ma", "Fr", "As", "Hu", "Ing", "Sig", "Al", "Ol", "Tu", "Ste"],
              ["ba", "nnea", "ja", "ida", "trid", "go", "rid", "ne", "va", "le", "ve", "llan"],
              ["Berg", "Lind", "Sand", "Ek", "Holm", "Dahl", "Sjö", "Fors", "Ström", "Hed", "Lund", "Ny", "Wik"],
              ["ström", "qvist", "gren", "berg", "lund", "mark", "blad", "dahl", "vall", "åker", "ling"]),
    "tr-TR": (["Ay", "El", "Mer", "Bu", "Ze", "Ka", "Em", "Yu", "Se", "Ba", "Can", "Öz"],
              ["şe", "if", "ve", "rak", "ynep", "an", "re", "suf", "lin", "rış", "su", "lem"],
              ["Yıl", "Kara", "Ak", "Öz", "Şa", "Çe", "Ay", "Kork", "Er", "Tun", "Demir", "Gök"],
              ["maz", "kaya", "taş", "türk", "hin", "lik", "doğan", "mazer", "dem", "çel", "soy", "han"]),
    "ru-RU": (["Ар", "Ва", "Ки", "Да", "Ми", "Ол", "Све", "Ег", "Ил", "Ти", "Ле", "Ни"],
              ["сений", "дим", "рилл", "рина", "лана", "еся", "ор", "ья", "ина", "мур"],
              ["Кузне", "Смир", "Пав", "Сорок", "Вол", "Моро", "Лебе", "Ново", "Соло", "Голу", "Жу", "Ры"],
              ["цов", "нов", "лов", "ин", "ков", "зов", "дев", "бцов", "бов", "ев"]),
    "el-GR": (["Γιώρ", "Ελέ", "Νίκ", "Μαρ", "Κων", "Δημ", "Σοφ", "Αθη", "Παν", "Χρι"],
              ["γος", "νη", "ος", "ία", "σταντίνα", "ήτρης", "να", "αγιώτης", "στίνα"],
              ["Παπα", "Κωνσταντ", "Γεωργ", "Νικολ", "Δημητρ", "Αλεξ", "Βασιλ", "Καρα", "Μαυρ", "Οικον"],
              ["δόπουλος", "ίνου", "ίου", "άκης", "ιάδης", "όγλου", "ίδης", "μάνος", "ίτσας"]),
    "ar-AE": (["عب", "سا", "مر", "خا", "نو", "ري", "فا", "حم", "لي", "يو", "سل", "شم"],
              ["دالله", "رة", "يم", "لد", "ف", "م", "طمة", "دان", "نا", "سف", "مى", "سة"],
              ["الزعا", "الكت", "المهي", "الشام", "النعي", "الحوس", "البلو", "الظاه", "السوي", "المنص", "القاس", "الرمي"],
              ["بي", "ري", "سي", "ني", "مي", "شي", "دي", "وري"]),
    "he-IL": (["נו", "יו", "תמ", "אור", "שי", "מי", "רו", "עד", "אי", "דנ"],
              ["עה", "אב", "ר", "ית", "רה", "כל", "ני", "י", "לה", "יאל"],
              ["כה", "לוי", "מז", "פרי", "אב", "ברק", "שפי", "גול", "רוז", "אש"],
              ["ן", "רחי", "דמן", "ידן", "ר", "ני", "ל", "נבלום", "כנזי"]),
    "hi-IN": (["अनु", "प्रि", "राह", "सुनी", "विक", "दीप", "अंकि", "कवि", "मनो", "नेह", "रो", "सौ"],
              ["ज", "या", "ल", "ता", "रम", "क", "त", "हा", "मि", "नी"],
              ["शर", "वर", "अग्र", "चौ", "पा", "मिश", "जो", "कुल", "सक्से", "त्रि", "भट", "खन"],
              ["मा", "वाल", "धरी", "ण्डेय", "शी", "कर्णी", "ना", "पाठी", "नागर", "ना"]),
    "th-TH": (["สม", "วิ", "ปิย", "อรุ", "กิต", "ณั", "ธน", "พิม", "ศุภ", "นภ"],
              ["ชาย", "ไล", "ะ", "ณี", "ติ", "ฐา", "พล", "พ์", "ชัย", "สร"],
              ["ศรี", "วง", "แสง", "บุญ", "ทอง", "เพชร", "สุข", "รัตน", "ชัย", "พงษ์"],
              ["สวัสดิ์", "ศักดิ์", "ทอง", "มา", "ประเสริฐ", "วงศ์", "สมบูรณ์", "ภักดี", "กุล", "ไพบูลย์"]),
    "ja-JP": (["翔", "結", "陽", "美", "大", "健", "彩", "真", "悠", "菜"],
              ["太", "衣", "斗", "咲", "輝", "一", "花", "央", "人", "々子"],
              ["佐", "高", "田", "中", "小", "山", "森", "石", "池", "松", "村", "岡", "藤", "清"],
              ["藤", "橋", "中", "村", "林", "本", "田", "川", "井", "尾", "上", "野"]),
    "ko-KR": (["민", "서", "지", "현", "준", "우", "하", "은", "도", "윤", "수", "예", "연", "성", "재"],
              ["민", "서", "지", "현", "준", "우", "하", "은", "도", "윤", "수", "예", "연", "성", "재"],
              ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신"], [""]),
    "zh-CN": (["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀"],
              ["", "霞", "平", "刚", "桂", "晨", "浩", "宇", "欣", "怡", "婷"],
              ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "胡", "郭", "林"], [""]),
}

STREET_PARTS = {
    "en-GB": (["Brack", "Cinder", "Harrow", "Kiln", "Larch", "Mallard", "Orchard", "Pitt", "Rook", "Tanner", "Wharf", "Yew"],
              ["Road", "Lane", "Close", "Avenue", "Crescent", "Street", "Way", "Gardens"],
              ["Hollin", "Ashby", "Thorn", "Marl", "Caster", "Wensley", "Brom"], ["ford", "ton", "ley", "bridge", "wich", "ham"]),
    "en-US": (["Maple", "Ridge", "Sycamore", "Hawthorne", "Juniper", "Prairie", "Bluff", "Cottonwood", "Orchard", "Linden"],
              ["St", "Ave", "Dr", "Ct", "Blvd", "Ln"],
              ["Spring", "Cedar", "Fair", "Green", "Mill", "Clay"], ["ville", "field", "dale", "port", "wood", "ton"]),
    "de-DE": (["Ahorn", "Birken", "Linden", "Mühlen", "Garten", "Kastanien", "Schul", "Wiesen", "Fichten", "Holunder"],
              ["straße", "weg", "gasse", "allee", "ring"],
              ["Alt", "Neu", "Ober", "Unter", "Kirch", "Lauen", "Wester", "Hohen"], ["dorf", "hausen", "burg", "heim", "stadt", "feld", "brück"]),
    "fr-FR": (["des Tilleuls", "du Moulin", "des Écoles", "de la Forge", "des Acacias", "du Lavoir", "des Cerisiers", "de la Gare"],
              ["rue", "avenue", "impasse", "allée", "chemin"],
              ["Beau", "Mont", "Ville", "Roche", "Val", "Chante"], ["lieu", "mesnil", "fort", "neuve", "court", "ville"]),
    "es-ES": (["de los Almendros", "del Olivar", "de la Fuente", "de las Eras", "del Molino", "de San Roque", "de la Ermita", "del Pilar"],
              ["Calle", "Avenida", "Paseo", "Travesía", "Camino"],
              ["Villa", "Torre", "Castro", "Puebla", "Val", "Fuente"], ["nueva", "alta", "ceda", "rrubia", "llana", "dehesa"]),
    "it-IT": (["dei Gelsi", "delle Rose", "del Mulino", "dei Tigli", "della Stazione", "degli Ulivi", "del Borgo", "delle Querce"],
              ["Via", "Viale", "Vicolo", "Corso", "Piazza"],
              ["Borgo", "Castel", "Monte", "Villa", "Rocca", "Poggio"], ["franco", "nuovo", "rosso", "fiorito", "alto", "verde"]),
    "nl-NL": (["Linden", "Molen", "Kerk", "Beuken", "Wilgen", "Dijk", "Esdoorn", "Tulp"],
              ["straat", "laan", "weg", "gracht", "kade", "plein"],
              ["Zuid", "Noord", "Oost", "West", "Hoog", "Nieuw"], ["veen", "wolde", "dam", "broek", "dorp", "horst"]),
    "pl-PL": (["Lipowa", "Klonowa", "Polna", "Ogrodowa", "Leśna", "Słoneczna", "Kwiatowa", "Brzozowa"],
              ["ul.", "al.", "os."],
              ["Nowa", "Stara", "Wielka", "Dolna", "Górna", "Biała"], [" Wola", " Łąka", " Huta", " Wieś", " Dąbrowa", " Brzezina"]),
    "pt-BR": (["das Acácias", "dos Ipês", "da Paz", "das Palmeiras", "do Sol", "dos Girassóis", "da Alegria", "das Flores"],
              ["Rua", "Avenida", "Travessa", "Alameda"],
              ["Vila", "Jardim", "Parque", "Recanto", "Bosque", "Morada"], [" Esperança", " Aurora", " Primavera", " Bela Vista", " Santa Luzia", " Serrano"]),
    "sv-SE": (["Björk", "Lönn", "Gran", "Ek", "Kvarn", "Sjö", "Hag", "Skol"],
              ["gatan", "vägen", "stigen", "backen", "gränd"],
              ["Öster", "Väster", "Norr", "Sö", "Lilla", "Stora"], ["åker", "by", "holm", "vik", "torp", "berga"]),
    "tr-TR": (["Çınar", "Lale", "Menekşe", "Zeytin", "Papatya", "Gül", "Akasya", "Nergis"],
              ["Sok.", "Cad.", "Sk."],
              ["Yeni", "Eski", "Güzel", "Yeşil", "Ak", "Kara"], ["köy", "tepe", "dere", "yurt", "bahçe", "evler"]),
    "ru-RU": (["Садовая", "Лесная", "Заводская", "Школьная", "Берёзовая", "Полевая", "Речная", "Луговая"],
              ["ул.", "пр-т", "пер."],
              ["Ново", "Старо", "Красно", "Бело", "Верхне", "Тихо"], ["горск", "озёрск", "дольск", "речье", "полье", "бор"]),
    "el-GR": (["Αγίου Δημητρίου", "Ελευθερίας", "Ειρήνης", "Ανθέων", "Πλατάνων", "Ολυμπίας", "Κύπρου", "Αιγαίου"],
              ["Οδός", "Λεωφ."],
              ["Νέα", "Άνω", "Κάτω", "Παλαιά", "Μικρή", "Μεγάλη"], [" Κηφισιά", " Πέρα", " Βρύση", " Λίμνη", " Χώρα", " Ελιά"]),
    "ar-AE": (["الورود", "النخيل", "الياسمين", "السدر", "الغاف", "المرجان", "اللؤلؤ", "الريحان"],
              ["شارع", "سكة"],
              ["الند", "البر", "الرو", "المز", "الخو", "الطوا"], ["حة", "شاء", "ية", "هر", "انيج", "ر"]),
    "he-IL": (["הזית", "הרימון", "התאנה", "הדקל", "השקד", "האלון", "הגפן", "הברוש"],
              ["רחוב", "שדרות"],
              ["גבעת", "נווה", "כפר", "רמת", "קריית", "בית", "מעלות", "נוף", "אלו", "שקמ", "הדס", "נטע"], [" אלון", " שקד", " ירוק", " זהב", " אורנים", " הדר", "ניה", "ונה", "ית"]),
    "hi-IN": (["गांधी", "नेहरू", "शिवाजी", "पटेल", "तिलक", "अंबेडकर", "सुभाष", "राजीव"],
              ["मार्ग", "नगर", "कॉलोनी", "रोड"],
              ["रामपु", "श्याम", "सीता", "गोवि", "हरि", "कृष्ण"], ["रा", "पुर", "गंज", "बाद", "नगर", "गढ़"]),
    "th-TH": (["สุขใจ", "ร่มเย็น", "ทองดี", "มีสุข", "เจริญพร", "สันติ", "ร่วมใจ", "ศรีเมือง"],
              ["ซอย", "ถนน"],
              ["บาง", "คลอง", "หนอง", "ดอน", "ทุ่ง", "ลาด"], ["แก้ว", "ใหญ่", "ขาม", "สูง", "ยาว", "บัว"]),
    "ja-JP": (["桜", "緑", "若葉", "旭", "本", "栄", "梅", "春日"],
              ["町", "台", "丘"],
              ["北", "南", "東", "西", "新", "中", "上", "下"], ["川", "山", "浜", "野", "原", "沢"]),
    "ko-KR": (["은행", "소나무", "햇살", "무지개", "새싹", "푸른", "한빛", "느티"],
              ["로", "길"],
              ["한", "새", "늘", "푸", "동", "서"], ["빛", "내", "솔", "들", "울", "마루"]),
    "zh-CN": (["和平", "幸福", "光明", "建设", "人民", "长江", "朝阳", "兴华"],
              ["路", "街", "大道"],
              ["东", "西", "南", "北", "新", "青"], ["阳", "山", "河", "林", "城", "湖"]),
}


class Loc:
    def __init__(self, code):
        self.code = code
        gs, ge, fs, fe = NAME_PARTS[code]
        if code in ("ko-KR", "zh-CN"):
            # names are written as one token: freeze-check whole names
            self.full_names = pool(f"{code}:fullname", [f + a + b for f in fs for a in gs for b in ge], 50)
            self.given = [n[1:] for n in self.full_names]
            self.family = sorted({n[0] for n in self.full_names})
        else:
            self.given = compose(f"{code}:given", gs, ge)
            self.family = compose(f"{code}:family", fs, fe)
        sn, st, cs, ce = STREET_PARTS[code]
        kept = [x for x in sn if not is_frozen(x)]
        if len(kept) < 6:  # refill from the (already freeze-checked) composed family names
            extra = [f for f in self.family if len(f) > 1][: 12 - len(kept)]
            sn = list(sn) + extra
        self.street_names = pool(f"{code}:street", sn, 4)
        self.street_types = st
        self.cities = compose(f"{code}:place", cs, ce, minimum=4)
        self.labels = LABELS[code]
        self.instr = INSTR[code]

    # ---- people
    def person(self, rng):
        g = rng.choice(self.given)
        f = rng.choice(self.family)
        c = self.code
        if c in ("ko-KR", "zh-CN"):
            full = rng.choice(self.full_names)
            g, f = full[1:], full[0]
        elif c == "ja-JP":
            full = f + " " + g
        elif c == "es-ES":
            f2 = rng.choice(self.family)
            full = f"{g} {f} {f2}"
        elif c == "ru-RU":
            full = f"{f} {g}"
        elif c == "th-TH":
            full = f"{rng.choice(['นาย', 'นางสาว', 'นาง'])}{g} {f}"
        else:
            full = f"{g} {f}"
        # the given name as written on its own (for a first-name-with-cue item)
        first = g if c not in ("ko-KR", "zh-CN") else full[1:]
        return {"full": full, "first": first, "family": f}

    def email(self, rng, person):
        if self.code in HANDLE:
            local = rng.choice(HANDLE[self.code]) + rng.choice(["", ".", "_"]) + str(rng.randint(7, 99))
        else:
            g = strip_accents(person["first"]).lower()
            f = strip_accents(person["family"].split()[-1]).lower()
            local = rng.choice([f"{g}.{f}", f"{g}{f[:1]}{rng.randint(70, 99)}", f"{f}.{g[:1]}", f"{g}_{f}{rng.randint(1, 9)}"])
        local = re.sub(r"[^a-z0-9._]", "", local) or f"user{rng.randint(100, 999)}"
        return f"{local}@{rng.choice(EMAIL_DOMAINS[self.code])}"

    def address(self, rng):
        c = self.code
        n = rng.randint(2, 148)
        s = rng.choice(self.street_names)
        t = rng.choice(self.street_types)
        city = rng.choice(self.cities)
        if c == "en-GB":
            pc = f"{rng.choice(['LS', 'BD', 'NG', 'CV', 'PR', 'SK', 'EX', 'TN'])}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            return f"{n} {s} {t}, {city} {pc}"
        if c == "en-US":
            return f"{n * 17 + 100} {s} {t}, {city}, {rng.choice(['OH', 'TX', 'GA', 'MN', 'AZ', 'NC'])} {rng.randint(10000, 99899)}"
        if c == "de-DE":
            return f"{s}{t} {n}, {rng.randint(10000, 99999)} {city}"
        if c == "fr-FR":
            return f"{n} {t} {s}, {rng.randint(10, 95)}{rng.randint(100, 999)} {city}"
        if c == "es-ES":
            return f"{t} {s}, {n}, {rng.randint(1, 6)}º {rng.choice('ABCD')}, {rng.randint(10, 50)}{rng.randint(100, 999)} {city}"
        if c == "it-IT":
            return f"{t} {s} {n}, {rng.randint(10, 98)}{rng.randint(100, 999)} {city} ({rng.choice(['BG', 'PD', 'TO', 'LU', 'BA', 'PG'])})"
        if c == "nl-NL":
            return f"{s}{t} {n}, {rng.randint(1000, 9999)} {rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)} {city}"
        if c == "pl-PL":
            return f"{t} {s} {n}/{rng.randint(1, 40)}, {rng.randint(10, 99)}-{rng.randint(100, 999)} {city}"
        if c == "pt-BR":
            return f"{t} {s}, {n * 7}, apto {rng.randint(11, 304)} - {city}, {rng.choice(['SP', 'MG', 'PR', 'BA', 'RS'])}, CEP {rng.randint(10000, 99999)}-{rng.randint(100, 999)}"
        if c == "sv-SE":
            return f"{s}{t} {n}, {rng.randint(100, 989)} {rng.randint(10, 99)} {city}"
        if c == "tr-TR":
            return f"{city} Mah. {s} {t} No:{n} D:{rng.randint(1, 20)}, {rng.randint(10, 81)}{rng.randint(100, 999)} {rng.choice(self.cities)}"
        if c == "ru-RU":
            return f"г. {city}, {t} {s}, д. {n}, кв. {rng.randint(1, 220)}"
        if c == "el-GR":
            return f"{s} {n}, {rng.randint(10, 85)}{rng.randint(100, 999)} {city}"
        if c == "ar-AE":
            return f"{t} {s}، فيلا {n}، منطقة {city}، دبي"
        if c == "he-IL":
            return f"{t} {s} {n}, דירה {rng.randint(1, 30)}, {city}"
        if c == "hi-IN":
            return f"मकान नं. {n}, {s} {t}, {city} - {rng.randint(110, 856)}{rng.randint(100, 999)}"
        if c == "th-TH":
            return f"{n}/{rng.randint(1, 99)} {t}{s} แขวง{city} เขต{rng.choice(self.cities)} กรุงเทพฯ {rng.randint(10100, 10900)}"
        if c == "ja-JP":
            return f"〒{rng.randint(100, 999)}-{rng.randint(1000, 9999)} {city}市{s}{t}{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        if c == "ko-KR":
            return f"{city}시 {rng.choice(self.cities)}구 {s}{t} {n}, {rng.randint(101, 120)}동 {rng.randint(101, 1504)}호"
        if c == "zh-CN":
            return f"{city}市{rng.choice(self.cities)}区{s}{t}{n}号{rng.randint(1, 20)}栋{rng.randint(101, 2604)}室"
        raise AssertionError(c)

    def date(self, d):
        return DATE_FMT[self.code](d)


def strip_accents(s):
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


# ----------------------------------------------------------------------------------------------------------
# identifiers


def phone(rng, region, kind="mobile", fmt=None):
    types = {"mobile": (PhoneNumberType.MOBILE,), "fixed": (PhoneNumberType.FIXED_LINE,)}[kind]
    ex = phonenumbers.example_number_for_type(region, types[0])
    if ex is None:
        ex = phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    keep = max(2, len(nsn) - 6)
    for _ in range(300):
        cand = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number_for_region(num, region) and \
                phonenumbers.number_type(num) in types + (PhoneNumberType.FIXED_LINE_OR_MOBILE,):
            f = fmt if fmt is not None else rng.choice([PhoneNumberFormat.NATIONAL, PhoneNumberFormat.INTERNATIONAL,
                                                         PhoneNumberFormat.NATIONAL, PhoneNumberFormat.E164])
            out = phonenumbers.format_number(num, f)
            chk = phonenumbers.parse(out, region)
            _check(phonenumbers.is_valid_number_for_region(chk, region), "phone", out)
            return out
    raise SystemExit(f"no valid phone for {region}")


def rand_dob(rng):
    return dt.date(1949, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 55))


def gen_national(rng, code, dob):
    """(type, value) of a national / tax / health id for a locale, validated."""
    for _ in range(400):
        try:
            if code == "en-GB":
                if rng.random() < 0.5:
                    b = str(rng.randint(400, 799)) + "".join(rng.choice(string.digits) for _ in range(6))
                    w = sum(int(x) * (10 - i) for i, x in enumerate(b))
                    cd = (11 - w % 11) % 11
                    if cd == 10:
                        continue
                    v = b + str(cd)
                    if gb_nhs.is_valid(v):
                        return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}"
                    continue
                b = "".join(rng.choice(string.digits) for _ in range(9))
                v = gb_utr.calc_check_digit(b) + b
                if gb_utr.is_valid(v):
                    return "TAX_ID", v
            elif code == "en-US":
                r = rng.random()
                if r < 0.7:
                    v = f"{rng.randint(101, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
                    if us_ssn.is_valid(v):
                        return "ssn", v
                else:
                    v = f"9{rng.randint(0, 99):02d}-{rng.choice([70, 71, 72, 78, 80, 81, 88, 90, 92, 94])}-{rng.randint(1, 9999):04d}"
                    if us_itin.is_valid(v):
                        return "TAX_ID", v
            elif code == "de-DE":
                if rng.random() < 0.35:
                    return "HEALTH_INSURANCE", kvnr(rng)
                digs = [str(rng.randint(1, 9))]
                pool_d = [d for d in string.digits if d != digs[0]]
                rng.shuffle(pool_d)
                body = digs + pool_d[:8]
                body.insert(rng.randint(1, 9), body[rng.randint(0, 8)])
                b = "".join(body[:10])
                v = b + mod_11_10.calc_check_digit(b)
                if de_idnr.is_valid(v):
                    return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
            elif code == "fr-FR":
                b = f"{rng.choice('12')}{dob.year % 100:02d}{dob.month:02d}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
                v = b + fr_nir.calc_check_digits(b)
                if fr_nir.is_valid(v):
                    return "NATIONAL_ID", fr_nir.format(v)
            elif code == "es-ES":
                b = f"{rng.randint(10000000, 79999999)}"
                v = b + es_dni.calc_check_digit(b)
                if es_dni.is_valid(v):
                    return "NATIONAL_ID", v
            elif code == "it-IT":
                cons = "BCDFGLMNPRSTVZ"
                b = "".join(rng.choice(cons) for _ in range(3)) + "".join(rng.choice(cons + "AEIOU") for _ in range(3))
                b += f"{dob.year % 100:02d}" + "ABCDEHLMPRST"[dob.month - 1] + f"{dob.day + rng.choice([0, 40]):02d}"
                b += rng.choice("ABCDEFGHILM") + f"{rng.randint(1, 999):03d}"
                v = b + it_cf.calc_check_digit(b)
                if it_cf.is_valid(v):
                    return "TAX_ID", v
            elif code == "nl-NL":
                b = f"{rng.randint(10000000, 69999999)}"
                for last in range(10):
                    v = b + str(last)
                    if nl_bsn.is_valid(v):
                        return "NATIONAL_ID", v
            elif code == "pl-PL":
                mm = dob.month + (20 if dob.year >= 2000 else 0)
                b = f"{dob.year % 100:02d}{mm:02d}{dob.day:02d}{rng.randint(0, 9999):04d}"
                v = b + pl_pesel.calc_check_digit(b)
                if pl_pesel.is_valid(v):
                    return "NATIONAL_ID", v
            elif code == "pt-BR":
                b = "".join(rng.choice(string.digits) for _ in range(9))
                d1 = sum(int(x) * (10 - i) for i, x in enumerate(b)) * 10 % 11 % 10
                d2 = sum(int(x) * (11 - i) for i, x in enumerate(b + str(d1))) * 10 % 11 % 10
                v = b + str(d1) + str(d2)
                if br_cpf.is_valid(v):
                    return "TAX_ID", br_cpf.format(v)
            elif code == "sv-SE":
                b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{rng.randint(200, 999):03d}"
                v = b + luhn.calc_check_digit(b)
                f = f"{v[:6]}-{v[6:]}"
                if se_pnr.is_valid(f):
                    return "NATIONAL_ID", f
            elif code == "tr-TR":
                b = str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(8))
                v = b + tr_tck.calc_check_digits(b)
                if tr_tck.is_valid(v):
                    return "NATIONAL_ID", v
            elif code == "ru-RU":
                b = f"{rng.choice([77, 50, 78, 16, 66, 54, 23])}{rng.randint(0, 99):02d}" + "".join(rng.choice(string.digits) for _ in range(6))
                v = b + ru_inn.calc_personal_check_digits(b)
                if ru_inn.is_valid(v):
                    return "TAX_ID", v
            elif code == "el-GR":
                b = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{rng.randint(0, 9999):04d}"
                v = b + luhn.calc_check_digit(b)
                if gr_amka.is_valid(v):
                    return "NATIONAL_ID", v
            elif code == "ar-AE":
                v = luhn_complete(rng, f"784{dob.year}", 15)
                if luhn.is_valid(v):
                    return "NATIONAL_ID", f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"
            elif code == "he-IL":
                b = "".join(rng.choice(string.digits) for _ in range(8))
                v = b + luhn.calc_check_digit(b)
                if il_idnr.is_valid(v):
                    return "NATIONAL_ID", v
            elif code == "hi-IN":
                if rng.random() < 0.6:
                    b = str(rng.randint(2, 9)) + "".join(rng.choice(string.digits) for _ in range(10))
                    v = b + verhoeff.calc_check_digit(b)
                    if in_aadhaar.is_valid(v):
                        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"
                else:
                    b = "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + "P" + rng.choice(string.ascii_uppercase) + f"{rng.randint(1, 9999):04d}"
                    v = b + rng.choice(string.ascii_uppercase)
                    if in_pan.is_valid(v):
                        return "TAX_ID", v
            elif code == "th-TH":
                b = str(rng.randint(1, 8)) + "".join(rng.choice(string.digits) for _ in range(11))
                v = b + th_pin.calc_check_digit(b)
                if th_pin.is_valid(v):
                    return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
            elif code == "ja-JP":
                b = "".join(rng.choice(string.digits) for _ in range(11))
                v = b + jp_in.calc_check_digit(b)
                if jp_in.is_valid(v):
                    return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"
            elif code == "ko-KR":
                g = (1 if rng.random() < .5 else 2) + (2 if dob.year >= 2000 else 0)
                b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g}{rng.randint(0, 99999):05d}"
                v = b + kr_rrn.calc_check_digit(b)
                if kr_rrn.is_valid(v):
                    return "NATIONAL_ID", f"{v[:6]}-{v[6:]}"
            elif code == "zh-CN":
                b = f"{rng.choice(['110101', '310104', '440305', '330106', '510107', '420106'])}{dob.year}{dob.month:02d}{dob.day:02d}{rng.randint(10, 99)}{rng.randint(0, 9)}"
                v = b + cn_ric.calc_check_digit(b)
                if cn_ric.is_valid(v):
                    return "NATIONAL_ID", v
        except Exception:  # noqa: BLE001 - an invalid draw, retried (capped)
            continue
    raise SystemExit(f"no valid id for {code}")


IBAN_CC = {"en-GB": "GB", "de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT", "nl-NL": "NL", "pl-PL": "PL",
           "pt-BR": "BR", "sv-SE": "SE", "tr-TR": "TR", "el-GR": "GR", "ar-AE": "AE", "he-IL": "IL"}
BANK_CODES = {"GB": ["BARC", "LOYD", "NWBK", "HBUK", "MIDL"], "NL": ["INGB", "RABO", "ABNA", "SNSB"]}


def make_iban(rng, cc):
    spec = std_iban._ibandb.info(cc)[0][1]["bban"]
    for _ in range(3000):
        bban = ""
        for cnt, kind in re.findall(r"(\d+)!([nac])", spec):
            cnt = int(cnt)
            alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
            bban += "".join(rng.choice(alpha) for _ in range(cnt))
        if cc in BANK_CODES:
            bban = rng.choice(BANK_CODES[cc]) + bban[4:]
        v = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(v):
            return std_iban.format(v)
    raise SystemExit(f"no valid IBAN for {cc}")


def make_card(rng):
    for _ in range(100):
        kind = rng.random()
        if kind < 0.5:
            v = luhn_complete(rng, "4" + str(rng.randint(10000, 99999)), 16)
        elif kind < 0.85:
            v = luhn_complete(rng, str(rng.randint(51, 55)) + str(rng.randint(1000, 9999)), 16)
        else:
            v = luhn_complete(rng, rng.choice(["34", "37"]) + str(rng.randint(1000, 9999)), 15)
        if v in TEST_CARDS_RAW or not luhn.is_valid(v):
            continue
        if len(v) == 15:
            return f"{v[:4]} {v[4:10]} {v[10:]}"
        return rng.choice([f"{v[:4]} {v[4:8]} {v[8:12]} {v[12:]}", v, f"{v[:4]}-{v[4:8]}-{v[8:12]}-{v[12:]}"])
    raise SystemExit("no card")


TEST_CARDS_RAW = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "378282246310005",
                  "4111111111111111", "5105105105105100"}


def make_public_ip(rng):
    for _ in range(200):
        if rng.random() < 0.8:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global and not a.is_multicast:
                return str(a)
        else:
            a = ipaddress.IPv6Address((0x2a02 << 112) | rng.getrandbits(100))
            if a.is_global:
                return str(a)
    raise SystemExit("no ip")


def make_mrn(rng):
    b = str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(6))
    v = b + luhn.calc_check_digit(b)
    return _check(luhn.is_valid(v), "MRN", v)


def make_us_bank(rng):
    for _ in range(500):
        b = f"{rng.choice(['0', '1', '2', '3'])}{rng.randint(0, 9)}{rng.randint(0, 999999):06d}"
        for d in range(10):
            r = b + str(d)
            if us_rtn.is_valid(r):
                acct = str(rng.randint(10 ** 8, 10 ** 12 - 1))
                return r, acct
    raise SystemExit("no rtn")


def make_plate(rng, code):
    L = string.ascii_uppercase
    D = string.digits
    c = lambda s, n: "".join(rng.choice(s) for _ in range(n))  # noqa: E731
    return {
        "en-GB": lambda: f"{c('ABCDEFGHKLMNOPRSVWY', 2)}{rng.choice(['19', '69', '21', '71', '23', '73', '24', '74'])} {c('ABCDEFGHJKLMNOPRSTUVWXYZ', 3)}",
        "en-US": lambda: f"{rng.randint(1, 9)}{c(L, 3)}{c(D, 3)}",
        "de-DE": lambda: f"{rng.choice(['B', 'M', 'HH', 'K', 'S', 'F', 'DO', 'HB'])}-{c(L, 2)} {rng.randint(10, 9999)}",
        "fr-FR": lambda: f"{c(L, 2)}-{c(D, 3)}-{c(L, 2)}",
        "es-ES": lambda: f"{c(D, 4)} {c('BCDFGHJKLMNPRSTVWXYZ', 3)}",
        "it-IT": lambda: f"{c(L, 2)}{c(D, 3)}{c(L, 2)}",
        "nl-NL": lambda: f"{c(D, 2)}-{c('BDFGHJKLNPRSTXZ', 3)}-{c(D, 1)}",
        "pl-PL": lambda: f"{rng.choice(['WX', 'KR', 'PO', 'GD', 'WR', 'LU'])} {c(D, 5)}",
        "pt-BR": lambda: f"{c(L, 3)}{c(D, 1)}{c(L, 1)}{c(D, 2)}",
        "sv-SE": lambda: f"{c(L, 3)} {c(D, 2)}{c(L + D, 1)}",
        "tr-TR": lambda: f"{rng.choice(['34', '06', '35', '16', '07'])} {c(L, 3)} {c(D, 3)}",
        "ru-RU": lambda: f"{rng.choice('АВЕКМНОРСТУХ')}{c(D, 3)}{c('АВЕКМНОРСТУХ', 2)} {rng.choice(['77', '199', '78', '50', '116'])}",
        "el-GR": lambda: f"{c('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 3)}-{c(D, 4)}",
        "ar-AE": lambda: f"{rng.choice(['دبي', 'أبوظبي', 'الشارقة'])} {rng.choice('ABCDEFGHIJKLMN')} {c(D, 5)}",
        "he-IL": lambda: f"{c(D, 3)}-{c(D, 2)}-{c(D, 3)}",
        "hi-IN": lambda: f"{rng.choice(['MH', 'DL', 'KA', 'UP', 'TN'])} {rng.randint(1, 48):02d} {c(L, 2)} {c(D, 4)}",
        "th-TH": lambda: f"{rng.randint(1, 9)}{rng.choice('กขคงจฉ')}{rng.choice('กขคงจฉ')} {c(D, 4)}",
        "ja-JP": lambda: f"{rng.choice(['品川', '練馬', '横浜', '名古屋', 'なにわ'])} {rng.randint(300, 599)} {rng.choice('あいうえかきくけこさすせそ')} {rng.randint(10, 99)}-{rng.randint(10, 99)}",
        "ko-KR": lambda: f"{rng.randint(10, 399)}{rng.choice('가나다라마거너더러머')} {c(D, 4)}",
        "zh-CN": lambda: f"{rng.choice('京沪粤浙苏川')}{c('ABCDEFGH', 1)}·{c(D + 'ABCDEFGHJK', 5)}",
    }[code]()


MAKE_MODELS = [
    "Volkswagen Golf", "Ford Transit Custom", "Vauxhall Corsa", "Toyota Yaris Hybrid", "Nissan Qashqai", "Kia Niro EV",
    "Hyundai Ioniq 5", "Skoda Octavia Estate", "Renault Clio", "Peugeot 208", "Fiat 500", "Volvo XC40 Recharge",
    "Tesla Model 3", "BMW 320d", "Mercedes Sprinter", "Audi A3 Sportback", "Dacia Sandero", "Mazda MX-5",
    "Suzuki Swift", "Honda Jazz", "Citroen Berlingo", "Seat Leon", "MG4", "BYD Atto 3", "Cupra Born",
    "Iveco Daily", "Mitsubishi Outlander PHEV", "Lexus RX", "Mini Cooper SE", "Polestar 2",
]
INVENTED_MAKES = (["Corvane", "Halvik", "Ostrel", "Brenmoor", "Vantera", "Quillon"],
                  ["Tourer", "Cargo L2", "e-City", "Sport 1.5", "Hybrid Estate", "Crew Cab"])


def vehicle_pool():
    real = pool("make_model", MAKE_MODELS, 4)
    inv = compose("invented_make", INVENTED_MAKES[0], INVENTED_MAKES[1], " ", 4)
    return real + inv


# ----------------------------------------------------------------------------------------------------------
# benign material of the motoring world (organisations in their role, public figures, fiction, test values)

PUBLIC_FIGURES = pool("public_figures", [
    "Ayrton Senna", "Juan Manuel Fangio", "Niki Lauda", "Alain Prost", "Jackie Stewart", "Jim Clark",
    "Tazio Nuvolari", "Graham Hill", "Stirling Moss", "Michèle Mouton", "Jochen Rindt", "Nelson Piquet",
    "Sebastian Vettel", "Fernando Alonso", "Lando Norris", "Oscar Piastri", "Charles Leclerc", "Max Verstappen",
    "Kimi Räikkönen", "Mika Häkkinen", "Emerson Fittipaldi", "Gilles Villeneuve", "Alec Issigonis",
    "Giorgetto Giugiaro", "Marcello Gandini", "Adrian Newey", "Colin Chapman", "Gordon Murray", "Battista Pininfarina",
    "Sébastien Loeb", "Walter Röhrl", "Colin McRae", "Danica Patrick", "Lella Lombardi", "Bruce McLaren",
    "Carroll Shelby", "Ferdinand Piëch", "Dante Giacosa", "Nuccio Bertone", "Shirley Muldowney",
], 8)
EPONYMS = pool("eponyms", [
    "Ferrari", "Porsche", "Lamborghini", "Bugatti", "Maserati", "Citroën", "Renault", "Peugeot", "Dunlop", "Michelin",
    "Diesel", "Wankel", "Ackermann", "Macpherson", "Bosch", "Chevrolet", "Dodge", "Honda", "Daimler", "Opel",
    "Lotus", "Bentley", "Rolls-Royce", "Aston Martin", "Pirelli", "Goodyear",
], 6)
FICTION = pool("fiction", [
    "Herbie", "Lightning McQueen", "Mr Toad", "KITT", "Doc Brown", "Chitty Chitty Bang Bang", "Penelope Pitstop",
    "Dick Dastardly", "Brum", "Postman Pat", "Thunderbird", "Speed Racer", "Mater", "Bumblebee", "Christine",
    "Genevieve", "Luigi's tyre shop", "Fireman Sam", "Noddy",
], 6)
ORG_PARTS = (["Kerrow", "Dunmere", "Alvaston", "Brightlake", "Halsey", "Marrowby", "Ostby", "Pellam", "Quarndon", "Redvale",
              "Selhurst", "Tavistow", "Wexcombe", "Yelden", "Corrib", "Lanthorn"],
             ["Motors", "Autos", "Vehicle Hire", "Recovery", "Car & Van Rental", "Motor Group", "Charging", "Garage", "Driving School",
              "Fleet Services", "Insurance Services", "Mobility"])
ORGS = compose("orgs", ORG_PARTS[0], ORG_PARTS[1], " ", 20)


def org_of(rng, word):
    cands = [o for o in ORGS if o.endswith(word)]
    return rng.choice(cands or ORGS)


def org_domain(org):
    return re.sub(r"[^a-z]", "", org.split()[0].lower()) + rng_dom(org)


def rng_dom(org):
    h = int(hashlib.sha256(org.encode()).hexdigest(), 16)
    return [".co.uk", ".com", ".de", ".eu", ".fr", ".nl"][h % 6]


def gb_company_vat(rng):
    for _ in range(500):
        b = "".join(rng.choice(string.digits) for _ in range(7))
        for cd in range(100):
            v = f"{b}{cd:02d}"
            if gb_vat.is_valid("GB" + v):
                return f"GB {v[:3]} {v[3:7]} {v[7:]}"
    raise SystemExit("no vat")


# ----------------------------------------------------------------------------------------------------------
# record builder


KINDS = ["used_car_sale", "garage_jobcard", "roadside_recovery", "driving_school", "parking_fine",
         "ridehail_support", "registration_insurance", "ev_charging", "fleet_hire"]

SYSTEMS = {
    "used_car_sale": "You are the sales-admin assistant of an independent used-car dealership. Be concise.",
    "garage_jobcard": "You help service advisors at a garage write job cards, estimates and customer updates.",
    "roadside_recovery": "You assist a roadside-assistance dispatch desk. Keep notes short and factual.",
    "driving_school": "You help a driving school office with bookings, reminders and test results.",
    "parking_fine": "You help people and councils with parking and traffic penalty correspondence.",
    "ridehail_support": "You are a support agent assistant for a ride-hailing and car-sharing app.",
    "registration_insurance": "You help a motor-insurance broker with vehicle registration and cover notes.",
    "ev_charging": "You are the support assistant of an EV charging network.",
    "fleet_hire": "You help a van-hire and fleet-management desk keep records straight.",
}


class Ctx:
    """The values issued for one record."""

    def __init__(self, rng, loc: Loc):
        self.rng, self.loc, self.code = rng, loc, loc.code
        self.issued = []  # (type, value)

    def add(self, typ, value):
        self.issued.append((typ, value))
        return value

    def person(self):
        p = self.loc.person(self.rng)
        self.add("person", p["full"])
        return p

    def phone(self):
        return self.add("PHONE_NUMBER", phone(self.rng, PHONE_REGION[self.code]))

    def email(self, p):
        return self.add("EMAIL_ADDRESS", self.loc.email(self.rng, p))

    def addr(self):
        return self.add("STREET_ADDRESS", self.loc.address(self.rng))

    def dob(self, d=None):
        d = d or rand_dob(self.rng)
        return d, self.add("DATE_OF_BIRTH", self.loc.date(d))

    def nid(self, d):
        t, v = gen_national(self.rng, self.code, d)
        return t, self.add(t, v)

    def card(self):
        return self.add("CREDIT_CARD", make_card(self.rng))

    def iban(self):
        cc = IBAN_CC.get(self.code) or self.rng.choice(["DE", "GB", "NL", "FR"])
        return self.add("IBAN_CODE", make_iban(self.rng, cc))

    def ip(self):
        return self.add("IP_ADDRESS", make_public_ip(self.rng))

    def mrn(self):
        return self.add("MEDICAL_RECORD", make_mrn(self.rng))

    def health(self):
        if self.code == "de-DE":
            return self.add("HEALTH_INSURANCE", kvnr(self.rng))
        for _ in range(200):
            b = str(self.rng.randint(400, 799)) + "".join(self.rng.choice(string.digits) for _ in range(6))
            w = sum(int(x) * (10 - i) for i, x in enumerate(b))
            cd = (11 - w % 11) % 11
            if cd < 10 and gb_nhs.is_valid(b + str(cd)):
                v = b + str(cd)
                return self.add("HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}")
        raise SystemExit("no NHS number")

    def usbank(self):
        r, a = make_us_bank(self.rng)
        self.add("US_BANK_NUMBER", a)
        return r, a


def typo(rng, s, p=0.25):
    """Realistic light noise: a dropped letter or doubled letter in one English word."""
    if rng.random() > p:
        return s
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isascii() and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    j = rng.randint(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1:] if rng.random() < .5 else w[:j] + w[j] + w[j:]
    return " ".join(words)


def money(rng, code, lo, hi):
    v = rng.randint(lo, hi)
    cur = {"en-GB": "£", "en-US": "$", "pt-BR": "R$ ", "sv-SE": "SEK ", "tr-TR": "₺", "ru-RU": "₽", "ar-AE": "AED ",
           "he-IL": "₪", "hi-IN": "₹", "th-TH": "฿", "ja-JP": "¥", "ko-KR": "₩", "zh-CN": "¥", "pl-PL": "PLN "}.get(code, "€")
    if code in ("ja-JP", "ko-KR", "hi-IN", "th-TH", "ru-RU"):
        v *= 100
    return f"{cur}{v:,}"


def ref(rng, prefix, n=7):
    return f"{prefix}{rng.randint(10 ** (n - 1), 10 ** n - 1)}"


# ---- sensitive documents, one builder per kind; each returns (document, instruction)


def form(loc, rows):
    return "\n".join(f"{k}: {v}" for k, v in rows)


def doc_used_car_sale(c: Ctx, veh, style):
    rng, L = c.rng, c.loc.labels
    p = c.person()
    plate, vin = make_plate(rng, c.code), make_vin(rng)
    px = rng.choice(VEH)
    if style == 0:
        d, dob = c.dob()
        rows = [(L[0], p["full"]), (L[1], dob), (L[2], c.addr()), (L[3], c.phone()), (L[4], c.email(p))]
        t, v = c.nid(d)
        rows.append((L[6] if t != "TAX_ID" else "Tax ID", v))
        rows += [("Vehicle", f"{veh} {plate} VIN {vin}"), ("PX", f"{px}, {rng.randint(38, 140)}k miles, FSH, 2 keys"),
                 ("Finance", f"PCP {rng.choice([36, 48])}m, deposit {money(rng, c.code, 500, 4000)}, APR {rng.randint(59, 139) / 10}%")]
        return "FINANCE PROPOSAL / customer details\n" + form(c.loc, rows), rng.choice(
            ["check this proposal is complete before I send to the lender", c.loc.instr[3]])
    if style == 1:
        return (f"Hi, re the {veh} on your forecourt ({plate}). Can I pay the £500 holding deposit by card? "
                f"Card {c.card()} exp {rng.randint(1, 12):02d}/{rng.randint(26, 30)}. I'm {p['full']}, "
                f"mobile {c.phone()}. Also want a px valuation on my {px}, its got a small dent n/s rear door. Cheers"), \
            "reply to this buyer, say we can't take card numbers by email and offer a payment link"
    if style == 2:
        return (f"stock_id,vin,reg,buyer,buyer_phone,buyer_email,sold_price\n"
                f"S{rng.randint(1000, 9999)},{vin},{plate},{p['full']},{c.phone()},{c.email(p)},{money(rng, c.code, 3000, 30000).replace(',', '')}\n"
                f"S{rng.randint(1000, 9999)},{make_vin(rng)},{make_plate(rng, c.code)},,,,\n"), \
            "convert this DMS export to the lender's JSON format"
    if c.code == "en-US":
        r, a = c.usbank()
        iban = f"ACH routing {r}, account {a}"
    else:
        iban = c.iban()
    dob = c.dob()[1]
    return (f"Customer {p['full']} ({L[1]} {dob}) cancelled within 14 days - refund deposit to {iban}. "
            f"Address on file: {c.addr()}. Vehicle returned with +{rng.randint(20, 300)} miles, {veh}."), c.loc.instr[0]


def doc_garage_jobcard(c: Ctx, veh, style):
    rng, L = c.rng, c.loc.labels
    p = c.person()
    plate = make_plate(rng, c.code)
    jobs = rng.sample(["MOT", "interim service", "front pads & discs", "cambelt + water pump", "aircon regas",
                       "DPF regen", "tyre 205/55R16 x2", "EML on - P0420", "clutch slipping", "rear wiper motor",
                       "coolant leak from expansion tank", "ABS light intermittent"], 3)
    if style == 0:
        rows = [("Job card", ref(rng, "JC", 6)), ("Reg", plate), ("Make/model", veh), ("Mileage", f"{rng.randint(12, 180) * 1000 + rng.randint(0, 999)}"),
                (L[0], p["full"]), (L[3], c.phone()), (L[2], c.addr()), ("Work requested", "; ".join(jobs)),
                ("Tech notes", "n/s/f tyre 2.1mm ADVISORY, o/s/r brake pipe corroded, customer informed")]
        return form(c.loc, rows), "write the customer update text from this job card, friendly, no jargon"
    if style == 1:
        return (f"Tech: {jobs[0]} done, {jobs[1]} needs auth ~{money(rng, c.code, 80, 900)}. "
                f"Cust {p['full']} wants a call before 4 on {c.phone()}, email invoice to {c.email(p)}. Car is {veh} {plate}."), \
            "write an estimate message I can send"
    if style == 2:
        return (f"[CRM] booking {ref(rng, 'BK', 6)}\ncustomer: {p['full']}\nemail: {c.email(p)}\ncard on file: {c.card()}\n"
                f"vehicle: {veh} / {plate}\nslot: {rng.choice(['Mon', 'Tue', 'Thu'])} 08:30 drop-off, courtesy car requested"), \
            "confirm the booking back to the customer"
    d, dob = c.dob()
    return (f"{L[0]}: {p['full']}\n{L[1]}: {dob}\n{L[2]}: {c.addr()}\nCourtesy car agreement - driver must be 25+, "
            f"licence checked. Vehicle in for {jobs[0]}."), "is this customer old enough for the courtesy car?"


def doc_roadside_recovery(c: Ctx, veh, style):
    rng, L = c.rng, c.loc.labels
    p = c.person()
    plate = make_plate(rng, c.code)
    if style == 0:
        return (f"JOB {ref(rng, 'RR', 7)} | {veh} {plate} | fault: {rng.choice(['flat battery', 'puncture no spare', 'misfuel petrol in diesel', 'overheating', 'lost keys', 'EV 0% range'])}\n"
                f"member: {p['full']} tel {c.phone()}\nlocation: outside {c.addr()}\n"
                f"vulnerable: {rng.choice(['2 children in car', 'driver 8 months pregnant', 'elderly passenger', 'none'])}"), \
            "prioritise this job against the queue and write the dispatch note"
    if style == 1:
        mrn = c.mrn()
        return (f"Incident log: collision on slip road, patrol attended. Driver {p['full']} taken to hospital, "
                f"A&E ref MRN {mrn}, {'KVNR' if c.code == 'de-DE' else 'NHS/GHIC no'} {c.health()}. Vehicle {veh} {plate} recovered to our compound, cat N likely. Next of kin to be informed."), \
            "write the incident summary for the insurer (they asked for everything we have)"
    if style == 2:
        t, v = c.nid(rand_dob(rng))
        return (f"Overseas recovery claim. Member {p['full']}, {L[6]} {v}. Car {veh} broke down abroad, "
                f"repatriation approved. Contact {c.email(p)}."), c.loc.instr[1]
    return (f"caller {p['full']} says she's stuck on the hard shoulder, phone battery low, alt number {c.phone()}, "
            f"home {c.addr()}. {veh}, {plate}. Wants taking home not to garage."), "draft the SMS to the patrol"


def doc_driving_school(c: Ctx, veh, style):
    rng, L = c.rng, c.loc.labels
    p = c.person()
    if style == 0:
        d = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randint(0, 1800))
        _, dob = c.dob(d)
        return (f"New learner booking\n{L[0]}: {p['full']}\n{L[1]}: {dob}\n{L[3]}: {c.phone()}\n{L[4]}: {c.email(p)}\n"
                f"Pickup: {c.addr()}\nPackage: 10 hrs manual, {veh}\nTheory: passed, cert {ref(rng, 'TC', 8)}"), \
            rng.choice(["send the welcome message and first lesson time", c.loc.instr[0]])
    if style == 1:
        return (f"Test result: {p['full']} - {rng.choice(['PASS, 3 minors', 'FAIL - serious: mirrors on roundabout', 'FAIL - dangerous: pedestrian crossing', 'PASS, clean sheet!'])}. "
                f"Parent contact {c.phone()}. Pay balance {money(rng, c.code, 60, 300)} by card {c.card()}."), \
            "write a message to the learner about the result"
    if style == 2:
        t, v = c.nid(rand_dob(rng))
        return (f"Practical test booking for {p['full']}, {L[6]} {v}, centre {rng.choice(['north', 'east', 'city'])}, "
                f"{rng.choice(['8:14', '10:21', '13:07'])}. Instructor to bring dual-control car."), c.loc.instr[3]
    mrn = c.mrn()
    return (f"{p['full']} - medical declaration for lorry (C1) licence: epilepsy, seizure-free 6 yrs, consultant letter "
            f"hospital no {mrn}, {'KVNR' if c.code == 'de-DE' else 'NHS no'} {c.health()}. Address {c.addr()}."), "can this learner start C1 training? draft the reply"


def doc_parking_fine(c: Ctx, veh, style):
    rng, L = c.rng, c.loc.labels
    p = c.person()
    pcn = f"{rng.choice(['WM', 'LB', 'CZ', 'ZY'])}{rng.randint(10000000, 99999999)}"
    plate = make_plate(rng, c.code)
    if style == 0:
        return (f"Dear Sir/Madam,\nRe: PCN {pcn}, vehicle {plate}\nI wish to make a formal representation. The bay markings "
                f"were worn and the signage obscured by a hedge. I also hold a blue badge which was displayed.\n"
                f"Yours faithfully,\n{p['full']}\n{c.addr()}\n{c.email(p)}"
                + (f"\n\n[portal] submitted {rng.randint(1, 28)}/11 from {c.ip()}" if rng.random() < .5 else "")), "tighten this appeal letter, keep it under 200 words"
    if style == 1:
        if c.code == "de-DE":
            return (f"Bußgeldbescheid Az. {ref(rng, '', 9)}: {L[0]} {p['full']}, {L[2]} {c.addr()}. Geschwindigkeitsüberschreitung "
                    f"{rng.randint(21, 40)} km/h innerorts, {veh}. Ich war nicht der Fahrer."), \
                rng.choice(["help me answer the Anhörungsbogen", c.loc.instr[0]])
        return (f"Speed camera notice {ref(rng, 'NIP', 8)} - {L[0]}: {p['full']} / {L[2]}: {c.addr()}. {rng.randint(8, 25)} over the limit "
                f"in a 30 zone, {veh} {plate}. I was not the driver, my car was at the garage that day."), \
            rng.choice(["help me contest this", c.loc.instr[0]])
    if style == 2:
        return (f"{{\"pcn\": \"{pcn}\", \"vrm\": \"{plate}\", \"keeper\": \"{p['full']}\", \"keeper_phone\": \"{c.phone()}\", "
                f"\"contravention\": \"{rng.choice(['01', '12', '30', '62'])}\", "
                + (f"\"refund_ach\": \"{'/'.join(c.usbank())}\"}}" if c.code == "en-US" else f"\"refund_iban\": \"{c.iban()}\"}}")), \
            "the PCN was cancelled on appeal, write the refund confirmation"
    return (f"ULEZ charge appeal. {p['full']}, {L[1]} {c.dob()[1]}, vehicle {veh} {plate} is euro 6 compliant, "
            f"attached V5C. Paid {money(rng, c.code, 12, 180)} on card {c.card()} by mistake."), c.loc.instr[1]


def doc_ridehail_support(c: Ctx, veh, style):
    rng, L = c.rng, c.loc.labels
    p = c.person()
    trip = "T-" + hashlib.sha1(str(rng.random()).encode()).hexdigest()[:10]
    if style == 0:
        return (f"Ticket #{rng.randint(100000, 999999)} rider {p['full']} <{c.email(p)}> charged twice for trip {trip}. "
                f"Login from IP {c.ip()} yesterday she says wasnt her. Last 4 of card don't match."), \
            "is this account takeover? write the internal note + reply to rider"
    if style == 1:
        if c.code == "en-US":
            r, a = c.usbank()
            ssn_t, ssn_v = c.nid(rand_dob(rng))
            return (f"Driver onboarding: {p['full']}, payout routing {r} account {a}, background check ID {ssn_v}, "
                    f"vehicle {veh} {make_plate(rng, c.code)}, phone {c.phone()}."), "summarise what's still missing for activation"
        return (f"Driver payout change request: {p['full']}, new IBAN {c.iban()}, phone {c.phone()}. "
                f"Vehicle {veh}."), c.loc.instr[3]
    if style == 2:
        return (f"car-share damage report: user {p['full']} ({c.phone()}) returned {veh} {make_plate(rng, c.code)} "
                f"with scratched bumper, says it was already there. Home {c.addr()}. Trip {trip}, unlock request from {c.ip()}."), \
            "draft a fair reply, we have no pre-trip photos"
    return (f"lost item: rider left a kid's car seat in the car. Rider {p['full']} phone {c.phone()}, "
            f"driver can drop to {c.addr()}."), "write the message to the driver"


def doc_registration_insurance(c: Ctx, veh, style):
    rng, L = c.rng, c.loc.labels
    p = c.person()
    plate = make_plate(rng, c.code)
    if style in (0, 2):
        d, dob = c.dob()
    else:
        d = rand_dob(rng)
    if style == 0:
        t, v = c.nid(d)
        rows = [("Policy", ref(rng, "MTR", 8)), (L[0], p["full"]), (L[1], dob), (L[2], c.addr()), (L[6], v),
                ("Vehicle", f"{veh} {plate}"), ("Use", "SDP + commuting"), ("NCD", f"{rng.randint(0, 9)} yrs"),
                ("Named driver", "none")]
        return "TEMPORARY COVER NOTE\n" + form(c.loc, rows), rng.choice(["check the cover note against the proposal", c.loc.instr[2]])
    if style == 1:
        nd = c.person()
        return (f"Add named driver {nd['full']} ({L[1]} {c.dob()[1]}) to policy of {p['full']}, {veh} {plate}. "
                f"Both at {c.addr()}. Pay the {money(rng, c.code, 20, 200)} MTA by card {c.card()}."), "process the MTA and write the confirmation"
    if style == 2:
        return (f"V5C change of keeper: new keeper {p['full']}, {c.addr()}, {L[1]} {dob}, tel {c.phone()}. "
                f"Reg {plate}, VIN {make_vin(rng)}."), "fill in the DVLA section 2 from this"
    t, v = c.nid(d)
    return (f"Claim FNOL: {p['full']}, {L[6]} {v}, {L[3]} {c.phone()}. Rear-ended at lights, third party admitted fault. "
            f"{veh} {plate} undriveable."), c.loc.instr[1]


def doc_ev_charging(c: Ctx, veh, style):
    rng, L = c.rng, c.loc.labels
    p = c.person()
    evse = f"{rng.choice(['GB', 'DE', 'NL', 'FR'])}*{rng.choice(['ION', 'CPX', 'EVB'])}*E{rng.randint(10000, 99999)}*{rng.randint(1, 4)}"
    if style == 0:
        return (f"account: {p['full']} / {c.email(p)}\nsession {ref(rng, 'S', 9)} at {evse} stuck 'Charging' for 14h, "
                f"billed {money(rng, c.code, 40, 120)}\napp login ip {c.ip()}\nvehicle {veh}"), \
            "refund decision + reply to customer"
    if style == 1:
        return (f"Home charger install survey: {p['full']}, {c.addr()}, {L[3]} {c.phone()}. 100A supply, looped? "
                f"unknown. Off-street parking yes. Car {veh}."), "write the install booking confirmation"
    if style == 2 and c.code == "en-US":
        r, a = c.usbank()
        t, v = c.nid(rand_dob(c.rng))
        return (f"Fleet-card ACH enrolment: {p['full']}, routing {r}, checking {a}, "
                f"{'SSN' if t == 'ssn' else 'ITIN'} {v} for the credit check."), c.loc.instr[3]
    if style == 2:
        return (f"SEPA mandate for charging subscription: {L[0]} {p['full']}, IBAN {c.iban()}, {L[2]} {c.addr()}."), c.loc.instr[2]
    return (f"RFID card replacement for {p['full']}, card payment {c.card()}, send to {c.addr()}."), c.loc.instr[0]


def doc_fleet_hire(c: Ctx, veh, style):
    rng, L = c.rng, c.loc.labels
    p = c.person()
    if style == 0:
        d, dob = c.dob()
        t, v = c.nid(d)
        return (f"HIRE AGREEMENT {ref(rng, 'HA', 7)}\nHirer: {p['full']}\n{L[1]}: {dob}\n{L[6]}: {v}\n{L[2]}: {c.addr()}\n"
                f"Vehicle: {veh} {make_plate(rng, c.code)}\nDeposit: {money(rng, c.code, 150, 500)} on {c.card()}\n"
                f"Out: {rng.randint(1, 28)}/0{rng.randint(1, 9)} 08:00 fuel full, mileage {rng.randint(10000, 90000)}"), \
            "check the agreement and tell me what's missing"
    if style == 1:
        rows = ["driver,phone,van,reg,depot"]
        for k in range(3):
            q = p if k == 0 else c.person()
            rows.append(f"{q['full']},{c.phone()},{rng.choice(VEH)},{make_plate(rng, c.code)},{rng.choice(['North', 'Docks', 'Airport'])}")
        return "\n".join(rows), "make a rota for next week from this driver list, 2 shifts a day"
    if style == 2:
        if c.code == "en-US":
            ssn_t, ssn_v = c.nid(rand_dob(rng))
            r, a = c.usbank()
            return (f"CDL driver file: {p['full']}, {'SSN' if ssn_t == 'ssn' else 'ITIN'} {ssn_v}, {c.addr()}, DOT medical card exp 2027. "
                    f"Direct deposit: routing {r} acct {a}."), \
                "list what's missing for DOT compliance"
        return (f"Speeding NIP for van {make_plate(rng, c.code)} - driver at the time was {p['full']}, "
                f"{L[2]} {c.addr()}, {L[3]} {c.phone()}. Please nominate."), "fill in the nomination reply to the police"
    return (f"damage charge dispute: hirer {p['full']}, email {c.email(p)}, says the dent on {veh} was pre-existing. "
            f"Check-out photos missing."), c.loc.instr[0]


DOCS = {k: globals()[f"doc_{k}"] for k in KINDS}


# ---- incidental single items inside long benign-looking material

def incidental(c: Ctx, kind, veh):
    rng = c.rng
    long_text = benign_doc(c, kind, veh, rng.randint(0, 5))[0]
    which = rng.choice(["first", "phone", "dob"])
    if which == "first":
        p = c.loc.person(rng)
        rel = rng.choice(["my son", "my daughter", "my husband", "my wife", "my mum", "our apprentice", "the nanny"])
        c.add("person", p["first"])
        extra = f"\n\nps {rel} {p['first']} will collect it, not me."
    elif which == "phone":
        extra = f"\n\n(if anything comes up call me on {c.phone()} not the landline)"
    else:
        extra = f"\n\nfor the booking form - my date of birth is {c.dob()[1]}."
    return long_text + extra, "go through this and answer my question"


# ---- benign documents (hard negatives) per kind

def benign_doc(c: Ctx, kind, veh, style):
    rng, code = c.rng, c.code
    L = c.loc.labels
    org = org_of(rng, {"used_car_sale": "Motors", "garage_jobcard": "Garage", "roadside_recovery": "Recovery",
                       "driving_school": "Driving School", "parking_fine": "Mobility", "ridehail_support": "Mobility",
                       "registration_insurance": "Insurance Services", "ev_charging": "Charging",
                       "fleet_hire": "Vehicle Hire"}[kind])
    dom = org_domain(org)
    switch = phone(rng, PHONE_REGION[code], "fixed")
    fig, epo, fic = rng.choice(PUBLIC_FIGURES), rng.choice(EPONYMS), rng.choice(FICTION)
    fleet_plate, vin = make_plate(rng, code), make_vin(rng)
    style = style % 6
    if style == 0:  # organisation's own contact block
        return (f"{org} - {rng.choice(['sales', 'service', 'bookings', 'claims', 'support'])} desk\n"
                f"Tel {switch} (Mon-Fri 8-6) | {rng.choice(['sales', 'info', 'service', 'claims', 'appeals'])}@{dom}\n"
                f"Registered office: Unit {rng.randint(1, 30)}, {rng.choice(ORG_PARTS[0])} Business Park. VAT {gb_company_vat(rng)}\n"
                f"{KIND_BLURB[kind]}"), rng.choice(["turn this into an email footer", c.loc.instr[0], "tidy up this signature block"])
    if style == 1:  # fleet / stock records
        rows = ["reg,vin,model,odometer,next_service,depot"]
        for _ in range(rng.randint(3, 6)):
            rows.append(f"{make_plate(rng, code)},{make_vin(rng)},{rng.choice(VEH)},{rng.randint(5000, 160000)},"
                        f"{rng.randint(2026, 2027)}-{rng.randint(1, 12):02d},{rng.choice(['North', 'Docks', 'Airport', 'Central'])}")
        return "\n".join(rows), rng.choice(["which vehicles are due a service first?", c.loc.instr[2], "sort by odometer"])
    if style == 2:  # public figures, eponyms, fiction
        return rng.choice([
            f"Auction lot {rng.randint(10, 300)}: ex-works car driven by {fig}, period photos included, matching numbers, chassis {vin}.",
            f"Quiz night motoring round: which car did {fic} drive, and what links {epo} to the engine that bears the name?",
            f"Blog draft: why {fig} still matters to {epo} owners - a look at the design brief and the racing record.",
            f"Kids' road-safety session script: {fic} forgets to check mirrors; children shout 'mirror, signal, manoeuvre!'",
        ]), rng.choice(["make this more engaging", c.loc.instr[1], "fact-check the claims"])
    if style == 3:  # blank form / placeholders / template variables
        return (f"{KIND_FORM[kind]}\n{L[0]}: ____________\n{L[1]}: DD/MM/YYYY\n{L[2]}: [address line 1], [postcode]\n"
                f"{L[3]}: +44 XXXX XXXXXX\n{L[4]}: {{{{customer_email}}}}\nPolicyholder: A N Other (specimen)"), \
            rng.choice(["translate the headings only", c.loc.instr[3], "make this form accessible (plain language)"])
    if style == 4:  # test / documentation values, reference numbers
        return rng.choice([
            f"Sandbox payments for the charging app: use 4242 4242 4242 4242 (any CVC) and 5555 5555 5555 4444; webhook from 203.0.113.{rng.randint(1, 254)}. Charge point {fleet_plate} simulator at 10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}.",
            f"Ref numbers to reconcile: PCN {rng.choice(['WM', 'LB'])}{rng.randint(10000000, 99999999)}, MOT test {rng.randint(10 ** 11, 10 ** 12 - 1)}, job JC{rng.randint(100000, 999999)}, trip T-{hashlib.sha1(str(rng.random()).encode()).hexdigest()[:10]}, VIN {vin}.",
            f"OCPP BootNotification from {org}: chargePointSerialNumber {rng.randint(10 ** 9, 10 ** 10)}, firmware 4.{rng.randint(0, 9)}.{rng.randint(0, 30)}, iccid {luhn_complete(rng, '8944', 19)}, host 192.0.2.{rng.randint(1, 254)}.",
            f"API docs example: POST /v1/bookings {{\"customer\": \"jane.doe@example.com\", \"phone\": \"+1 555 0100\", \"vehicle\": \"{fleet_plate}\"}} -> 201",
        ]), rng.choice(["what do these mean?", c.loc.instr[2], "write the test plan"])
    # aggregated / anonymised
    return rng.choice([
        f"Q{rng.randint(1, 4)} summary: {rng.randint(300, 3000)} call-outs, median arrival {rng.randint(38, 75)} min, {rng.randint(60, 85)}% fixed at roadside. Top faults: battery, tyres, keys.",
        f"Test centre pass rates: {rng.randint(40, 58)}.{rng.randint(0, 9)}% first-time, {rng.randint(20, 35)}% of fails for observation at junctions. No candidate data included.",
        f"Appeals log (anonymised): PCN-A upheld, PCN-B cancelled (signage), PCN-C cancelled (blue badge). Appellants redacted as [REDACTED].",
        f"Fleet utilisation last month: vans {rng.randint(60, 92)}%, cars {rng.randint(40, 80)}%; {rng.randint(2, 9)} vehicles off-road awaiting parts ({veh}).",
        f"Charging network: {rng.randint(1000, 9000)} sessions, avg {rng.randint(18, 42)} kWh, uptime {rng.randint(95, 99)}.{rng.randint(0, 9)}%; customer X, customer Y anonymised.",
    ]), rng.choice(["write 3 insights for the board", c.loc.instr[1], "turn this into a chart description"])


KIND_BLURB = {
    "used_car_sale": "All used cars HPI clear, 12m MOT, 3m warranty. Part-exchange welcome.",
    "garage_jobcard": "MOT class 4 & 7, servicing to manufacturer schedule, EV-trained technicians.",
    "roadside_recovery": "24/7 breakdown line. In an emergency on a motorway call 999 / 112.",
    "driving_school": "Manual & automatic lessons, intensive courses, pass plus.",
    "parking_fine": "Parking appeals: write to the PCN processing unit quoting the PCN number.",
    "ridehail_support": "In-app chat is the fastest way to reach us. Safety line 24/7.",
    "registration_insurance": "Authorised and regulated by the financial regulator. Claims line open 24/7.",
    "ev_charging": "Contactless at every rapid charger. Ad-hoc price per kWh shown on the unit.",
    "fleet_hire": "Van hire from 1 day to 24 months. Damage waiver available.",
}
KIND_FORM = {
    "used_car_sale": "PART-EXCHANGE APPRAISAL FORM", "garage_jobcard": "JOB CARD (blank)", "roadside_recovery": "BREAKDOWN REPORT TEMPLATE",
    "driving_school": "LESSON BOOKING FORM", "parking_fine": "PCN REPRESENTATIONS FORM", "ridehail_support": "SUPPORT MACRO: lost item",
    "registration_insurance": "SPECIMEN COVER NOTE", "ev_charging": "HOME CHARGER SURVEY FORM", "fleet_hire": "VEHICLE HIRE AGREEMENT (specimen)",
}

VEH: list = []


# ----------------------------------------------------------------------------------------------------------
# placement in the request body

PLACEMENTS = ["user", "system", "assistant", "tool", "text_part", "file_part", "tool_args", "tool_schema",
              "response_format", "user_field", "image_url"]


def place(rng, kind, doc, instr, placement, model, sensitive_user=None, benign_user=None):
    sys = {"role": "system", "content": SYSTEMS[kind]}
    body = {"model": model}
    if placement == "user":
        body["messages"] = [sys, {"role": "user", "content": f"{instr}\n\n{doc}" if rng.random() < .5 else f"{doc}\n\n{instr}"}]
    elif placement == "system":
        body["messages"] = [{"role": "system", "content": SYSTEMS[kind] + "\n\nCase file:\n" + doc}, {"role": "user", "content": instr}]
    elif placement == "assistant":
        body["messages"] = [sys, {"role": "user", "content": "pasting the record, hang on"},
                            {"role": "assistant", "content": "Received:\n" + doc},
                            {"role": "user", "content": instr}]
    elif placement == "tool":
        body["messages"] = [sys, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "dms_lookup", "arguments": json.dumps({"query": "latest"})}}]},
                            {"role": "tool", "tool_call_id": "call_1", "content": doc}]
        body["tools"] = [TOOL_DEF]
    elif placement == "text_part":
        body["messages"] = [sys, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]}]
    elif placement == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        body["messages"] = [sys, {"role": "user", "content": [
            {"type": "text", "text": instr},
            {"type": "file", "file": {"filename": f"{kind}_{rng.randint(100, 999)}.txt", "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif placement == "tool_args":
        body["messages"] = [sys, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function", "function": {"name": "save_note", "arguments": json.dumps({"note": doc}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": "call_7", "content": "{\"ok\": true}"},
                            {"role": "user", "content": "ok now do what I asked"}]
        body["tools"] = [TOOL_SAVE]
    elif placement == "tool_schema":
        body["messages"] = [sys, {"role": "user", "content": instr}]
        body["tools"] = [{"type": "function", "function": {"name": "update_record", "description": "Update the record below.\n" + doc,
                                                           "parameters": {"type": "object", "properties": {"field": {"type": "string"}, "value": {"type": "string"}}}}}]
    elif placement == "response_format":
        body["messages"] = [sys, {"role": "user", "content": instr}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {
            "type": "object", "description": "Source document:\n" + doc, "properties": {"summary": {"type": "string"}, "action": {"type": "string"}}}}}
    elif placement == "image_url":
        q = urllib.parse.quote(doc[:300])
        body["messages"] = [sys, {"role": "user", "content": [
            {"type": "text", "text": instr + "\n\n" + doc},
            {"type": "image_url", "image_url": {"url": f"https://uploads.example.net/photo.jpg?caption={q}"}}]}]
    else:  # user_field
        body["messages"] = [sys, {"role": "user", "content": f"{instr}\n\n{doc}"}]
    if placement == "user_field":
        body["user"] = sensitive_user or benign_user
    elif rng.random() < 0.15:
        body["user"] = benign_user
    return body


TOOL_DEF = {"type": "function", "function": {"name": "dms_lookup", "description": "Look up a record in the dealer/fleet management system.",
                                             "parameters": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}}}
TOOL_SAVE = {"type": "function", "function": {"name": "save_note", "description": "Save a note to the case.",
                                              "parameters": {"type": "object", "properties": {"note": {"type": "string"}}, "required": ["note"]}}}


def flatten(obj, out):
    if isinstance(obj, dict):
        for v in obj.values():
            flatten(v, out)
    elif isinstance(obj, list):
        for v in obj:
            flatten(v, out)
    elif isinstance(obj, str):
        out.append(obj)
        out.append(urllib.parse.unquote(obj))
        m = re.match(r"data:[^;]+;base64,(.*)$", obj, re.S)
        if m:
            out.append(base64.b64decode(m.group(1)).decode("utf-8"))
        s = obj.strip()
        if s.startswith("{") or s.startswith("["):
            try:
                flatten(json.loads(s), out)
            except ValueError:
                pass


def entities_of(body, issued):
    texts = []
    flatten(body, texts)
    blob = "\n".join(texts)
    ents, seen = [], set()
    for typ, val in issued:
        if (typ, val) in seen:
            continue
        if val in blob:
            seen.add((typ, val))
            ents.append({"type": typ, "value": val})
    return ents


# ----------------------------------------------------------------------------------------------------------
# complexity set

CX_SIMPLE = {
    "en": ["what does 'advisory' mean on an MOT cert?", "is 2.1mm tread legal in the UK?", "how often should I rotate tyres",
           "what's the difference between PCP and HP?", "translate 'hazard lights' into French", "what does ULEZ stand for?",
           "how long is a provisional licence valid", "what does cat N mean on a used car listing?",
           "kWh vs kW, quick explanation pls", "what tyre pressure for a Fiesta, roughly?"],
    "de": ["Was bedeutet HU/AU?", "Wie lange ist ein Führerschein auf Probe?", "Was heißt 'scheckheftgepflegt'?", "Darf ich mit Sommerreifen im Winter fahren?"],
    "fr": ["C'est quoi le contrôle technique ?", "Combien de points sur un permis probatoire ?", "Que veut dire 'première main' ?"],
    "es": ["¿Qué es la ITV?", "¿Cuántos puntos tiene el carnet nuevo?", "¿Qué significa 'km 0'?"],
    "it": ["Cos'è la revisione auto?", "Ogni quanto si cambia l'olio?", "Che cos'è il bollo auto?"],
    "pl": ["Co to jest przegląd techniczny?", "Ile kosztuje OC mniej więcej?"],
    "ja": ["車検とは何ですか？", "仮免許の有効期限は？"], "ko": ["자동차 정기검사 주기는?", "전기차 완속 충전은 몇 kW야?"],
    "zh": ["什么是年检？", "新能源车牌是什么颜色？"], "pt": ["O que é o licenciamento anual?", "Pra que serve o CRLV?"],
    "nl": ["Wat is een APK?", "Hoe lang is een rijbewijs geldig?", "Wat betekent 'NAP-logisch'?", "Mag ik met een L-bord rijden?"],
    "tr": ["Araç muayenesi kaç yılda bir?", "Kasko ile trafik sigortası farkı ne?", "Ehliyet kaç yılda yenilenir?", "Kış lastiği zorunlu mu?"],
}
CX_SIMPLE["ja"] += ["オイル交換の目安は何キロ？", "スタッドレスタイヤって何？"]
CX_SIMPLE["ko"] += ["운전면허 갱신은 몇 년마다 해?", "블랙박스 상시녹화가 뭐야?"]
CX_SIMPLE["zh"] += ["驾照扣满12分会怎样？", "轮胎气压一般多少？"]
CX_SIMPLE["pt"] += ["O que é IPVA?", "Quantos pontos suspende a CNH?"]
CX_SIMPLE["pl"] += ["Co oznacza skrót VIN?", "Kiedy zmienić opony na zimowe?"]
CX_SIMPLE["it"] += ["Cosa significa km zero?"]
CX_SIMPLE["es"] += ["¿Qué es la etiqueta ECO de la DGT?"]
CX_SIMPLE["fr"] += ["Que signifie la vignette Crit'Air ?"]
CX_HARD = {
    "en": ["Prove that the EV charging scheduling problem with time-of-use tariffs and a concave battery-degradation penalty is convex, then derive the KKT conditions.",
           "Design a vehicle-routing heuristic with time windows for 40 vans and 3 depots and give a provable approximation bound.",
           "A PCN was issued where the TRO was never advertised. Analyse enforceability under the Traffic Management Act 2004 and argue both sides.",
           "Derive the residual-value curve for a 3-year PCP balloon using survival analysis, and explain how censoring biases it.",
           "Write a Rust crate that decodes VINs incl. pre-1981 formats, validates NA check digits, with property-based tests and no_std support.",
           "Why does regenerative braking efficiency drop at low SoC and high SoC? Model it with an equivalent circuit and discuss thermal effects.",
           "Formalise the car-sharing rebalancing problem as a min-cost flow with stochastic demand and propose a two-stage stochastic program.",
           "Explain how a misfire on cylinder 3 can set P0420 and trace the causal chain through fuel trims and catalyst temperature.",
           "Build a Bayesian model for driving-test pass probability with instructor and test-centre random effects; specify priors and justify them.",
           "Compare ISO 15118 plug-and-charge PKI trust chains with OCPP 2.0.1 security profiles; threat-model a rogue charger."],
    "de": ["Leite die optimale Ladestrategie für eine E-Flotte mit dynamischen Strompreisen her und beweise die Optimalität.",
           "Analysiere die Haftungsverteilung bei einem Auffahrunfall mit Spurwechsel nach StVO und BGH-Rechtsprechung.",
           "Modelliere die Restwertprognose für Leasingrückläufer mit Gradient Boosting und erkläre Leakage-Risiken."],
    "fr": ["Démontre que le problème d'affectation des VTC aux courses est un couplage biparti pondéré et propose un algorithme en ligne avec ratio compétitif.",
           "Analyse la contestation d'un avis de contravention pour excès de vitesse quand le véhicule est une voiture de société (désignation obligatoire)."],
    "es": ["Diseña un modelo de optimización para la ubicación de cargadores rápidos en una red de carreteras, con restricciones de red eléctrica, y justifica la formulación.",
           "Analiza si una multa de la ORA es recurrible cuando el parquímetro estaba averiado, citando la normativa aplicable y contraargumentos."],
    "it": ["Progetta un sistema di manutenzione predittiva per una flotta di furgoni usando dati OBD e spiega come validarlo."],
    "ja": ["EVの充電スケジューリング問題を混合整数計画として定式化し、計算量を議論してください。"],
    "zh": ["请推导网约车动态定价的均衡模型，并分析司机供给弹性对价格的影响。"],
    "pl": ["Zaprojektuj algorytm wyznaczania tras dla floty dostawczej z oknami czasowymi i oszacuj jego złożoność."],
    "ko": ["전기차 배터리 열화 모델을 세우고 급속충전 빈도가 수명에 미치는 영향을 정량적으로 분석해줘."],
    "pt": ["Modele o problema de realocação de carros compartilhados como fluxo em rede e prove que a relaxação é integral."],
}
CX_HARD["en"] += [
    "Given a used-car price dataset with selection bias (only sold cars observed), propose an identification strategy for depreciation by mileage and justify assumptions.",
    "Write a concurrency-safe booking allocator for driving-test slots that prevents bot scalping; discuss fairness and prove no double-booking.",
    "Derive the optimal tyre-change lap for a 50-lap race given degradation curves and pit-loss, and show how safety-car probability changes it.",
    "Explain why an OBD-II readiness monitor might never complete on a hybrid and design a drive cycle to force it, with reasoning per monitor.",
    "Design an anomaly-detection pipeline for EV charger faults from OCPP MeterValues with concept drift; specify evaluation without labels.",
    "Analyse whether a car-sharing operator is a data controller or processor for telematics data shared with insurers, with GDPR article-level reasoning.",
    "Model the queueing at a rapid-charging hub with 6 stalls and time-varying arrivals; compute expected wait and argue how many stalls to add.",
    "Write SQL + Python to deduplicate a fleet VIN register with OCR errors (I/1, O/0) using check digits and fuzzy matching; explain trade-offs.",
    "Prove that surge multipliers computed per hexagon can create arbitrage at borders and propose a smoothing scheme with guarantees.",
    "Compare lease vs buy for a 20-van fleet with stochastic maintenance costs and residuals; set up the NPV under uncertainty and solve.",
]
CX_HARD["de"] += ["Beweise, dass die Zuteilung von Werkstattterminen mit Rüstzeiten NP-schwer ist, und entwirf eine Heuristik.",
                  "Bewerte die Rechtslage bei Halterhaftung für Parkverstöße in Deutschland im Vergleich zu Frankreich, mit Argumenten beider Seiten."]
CX_HARD["fr"] += ["Conçois un modèle de prévision de la demande de location de camionnettes avec saisonnalité multiple et justifie la validation croisée temporelle."]
CX_HARD["es"] += ["Demuestra por qué el algoritmo de asignación de conductores por cercanía es subóptimo y propone una alternativa con garantías."]
CX_HARD["it"] += ["Analizza la responsabilità del noleggiatore per le multe ZTL e scrivi un parere con argomenti contrapposti."]
CX_HARD["ja"] += ["中古車の残価率を予測するモデルを設計し、走行距離と年式の交互作用をどう扱うか論じてください。"]
CX_HARD["zh"] += ["设计一个充电桩故障预测系统，说明特征工程、标签稀缺问题和评估方法。"]
CX_HARD["pl"] += ["Przeanalizuj, czy fotoradar bez homologacji może być podstawą mandatu, z argumentami obu stron."]
CX_HARD["ko"] += ["차량 공유 서비스의 재배치 문제를 확률적 최적화로 정식화하고 해법을 제시해줘."]
CX_HARD["en"] += [
    "Reverse-engineer the likely cause of a CAN-bus U0100 lost-communication code that only appears above 30 C ambient; propose a fault tree and the measurements to prune it.",
    "Design the data model and consistency guarantees for a multi-region car-sharing reservation system where cars can go offline; justify CAP trade-offs.",
    "A learner-driver app wants to predict test readiness; critique the causal validity of using mock-test scores and design an experiment instead.",
    "Compute the break-even annual mileage at which a BEV beats a diesel van on TCO, including battery degradation and electricity price volatility, and show sensitivity.",
    "Argue whether automated number-plate recognition evidence should be admissible when the camera calibration log is missing; steelman both sides.",
    "Derive the kinematic bicycle model, linearise it around a lane-change manoeuvre, and design an LQR controller with stated weights.",
]
CX_HARD["pt"] += ["Projete um sistema antifraude para motoristas de aplicativo que falsificam GPS e discuta falsos positivos."]


def cx_long_easy(rng, i):
    kind = i % 6
    if kind == 0:
        rows = [f"{j + 1}. {make_plate(rng, 'en-GB')} - {rng.choice(VEH)} - {rng.randint(5000, 150000)} miles - MOT due {rng.randint(1, 28)}/{rng.randint(1, 12)}/2027"
                for j in range(30)]
        return "en", "fleet list", "\n".join(rows) + "\n\nsort these by MOT due date please"
    if kind == 1:
        parts = ["Step %d: %s" % (j + 1, rng.choice(["Check tyre pressures when cold.", "Top up screenwash.", "Check oil level on level ground.",
                                                     "Inspect wiper blades for splits.", "Check all lights with a helper.", "Look for fluid leaks under the car.",
                                                     "Check coolant between MIN and MAX.", "Clean the number plates."])) for j in range(40)]
        return "en", "checklist", "\n".join(parts) + "\n\nremove the duplicate steps and number them again"
    if kind == 2:
        rows = ["Datum;Kennzeichen;kWh;Preis"] + [f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)};{make_plate(rng, 'de-DE')};{rng.randint(8, 70)},{rng.randint(0, 9)};{rng.randint(5, 40)},{rng.randint(10, 99)}" for _ in range(50)]
        return "de", "ladeprotokoll", "\n".join(rows) + "\n\nBitte die Summe der kWh berechnen und als Tabelle ausgeben."
    if kind == 3:
        txt = " ".join(rng.choice(["La voiture de location doit être rendue avec le plein.", "Les dommages doivent être signalés sous 24 heures.",
                                   "Le conducteur doit avoir son permis depuis 2 ans.", "Les péages sont à la charge du locataire.",
                                   "Le kilométrage est illimité en France métropolitaine."]) for _ in range(40))
        return "fr", "conditions", txt + "\n\nTraduis ces conditions en anglais, simplement."
    if kind == 4:
        rows = [f"{j + 1}|{rng.choice(['佐藤', '北川', '南野'])}教習所|{rng.choice(['技能', '学科'])}|{rng.randint(1, 30)}時限目|{rng.choice(['済', '未'])}" for j in range(90)]
        return "ja", "教習記録", "\n".join(rows) + "\n\n未の行だけ抜き出してください。"
    rows = [f"- {rng.choice(['Cambio de aceite', 'Filtro de aire', 'Pastillas de freno', 'Neumáticos', 'Batería', 'Escobillas'])}: {rng.randint(20, 300)} € ({rng.choice(VEH)})" for _ in range(45)]
    return "es", "presupuestos", "\n".join(rows) + "\n\nOrdénalos de mayor a menor precio."


def cx_long_hard(rng, i):
    kind = i % 4
    if kind == 0:
        rows = [f"t={j}s rpm={rng.randint(700, 3200)} stft={rng.randint(-12, 25)}% ltft={rng.randint(-5, 18)}% o2b1s1={rng.randint(1, 9) / 10}V maf={rng.randint(2, 30)}g/s misfire_c3={rng.randint(0, 4)}" for j in range(35)]
        return "en", "obd diagnosis", "\n".join(rows) + "\n\nFrom this freeze-frame log, work out the most likely root cause (vacuum leak vs injector vs coil), justify with the trims, and propose a test sequence that discriminates between them."
    if kind == 1:
        clauses = [f"{j}. {rng.choice(['The Hirer is liable for all damage unless the Collision Damage Waiver is purchased.', 'The Owner may recover any penalty charge notice plus an administration fee of £40.', 'The Hirer shall not permit any person under 25 to drive the Vehicle.', 'Insurance excess is reduced to zero with Super Cover, except for tyres and glass.', 'Late return is charged as a full additional day after a 59-minute grace period.'])}" for j in range(1, 30)]
        return "en", "hire contract", "\n".join(clauses) + "\n\nIdentify clauses that conflict or may be unfair under the Consumer Rights Act 2015, explain why, and redraft them so they are enforceable."
    if kind == 2:
        rows = [f"Fahrzeug {make_plate(rng, 'de-DE')}: {rng.randint(80, 400)} km/Tag, Standzeit {rng.randint(2, 14)} h, Depot {rng.choice(['Nord', 'Süd', 'Hafen'])}, Akku {rng.choice([50, 75, 100])} kWh" for _ in range(30)]
        return "de", "flottenelektrifizierung", "\n".join(rows) + "\n\nErstelle einen Elektrifizierungsplan: welche Fahrzeuge zuerst, wie viele Ladepunkte je Depot, Lastmanagement bei 250 kW Netzanschluss, mit Begründung und Sensitivitätsanalyse."
    rows = [f"viaje {j}: origen zona {rng.randint(1, 12)}, destino zona {rng.randint(1, 12)}, demanda {rng.randint(5, 80)}/h, tarifa base {rng.randint(3, 9)} €" for j in range(40)]
    return "es", "precios dinámicos", "\n".join(rows) + "\n\nPropón un modelo de precios dinámicos que equilibre oferta y demanda entre zonas, deriva las condiciones de equilibrio y discute los riesgos regulatorios."


# ----------------------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261219)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    VEH.extend(vehicle_pool())
    locs = {c: Loc(c) for c in LOCALES}
    models = ["hybridgate/auto", "gpt-4o-mini", "gpt-4o", "hybridgate/auto", "claude-3-5-sonnet", "hybridgate/auto"]

    records = []
    n_sens, n_ben, n_incidental = 32, 23, 4
    idx = 0
    for ki, kind in enumerate(KINDS):
        plan = [("s", j) for j in range(n_sens)] + [("b", j) for j in range(n_ben)]
        rng.shuffle(plan)
        for pi, (sb, j) in enumerate(plan):
            idx += 1
            code = ROTATION[(idx * 7 + ki) % len(ROTATION)]
            loc = locs[code]
            c = Ctx(rng, loc)
            veh = rng.choice(VEH)
            placement = PLACEMENTS[(idx * 3 + ki) % len(PLACEMENTS)]
            completions = (idx % 10 == 3)
            benign_user = "u_" + hashlib.sha256(f"{args.seed}-{idx}".encode()).hexdigest()[:16]
            if sb == "s":
                if j < n_incidental:
                    doc, instr = incidental(c, kind, veh)
                    shape = "incidental"
                else:
                    st = j % 4
                    doc, instr = DOCS[kind](c, veh, st)
                    shape = f"doc{st}"
                sens_user = None
                if placement == "user_field" and not completions and shape != "incidental":
                    p = loc.person(rng)
                    sens_user = c.add("EMAIL_ADDRESS", loc.email(rng, p))
            else:
                doc, instr = benign_doc(c, kind, veh, j)
                shape = ["org_contact", "fleet_records", "public_fiction", "blank_form", "test_refs", "aggregated"][j % 6]
                sens_user = None
            doc = typo(rng, doc, 0.2) if c.issued == [] else doc
            instr = typo(rng, instr)
            if completions:
                body = {"model": rng.choice(["gpt-3.5-turbo-instruct", "hybridgate/auto"]), "prompt": f"{SYSTEMS[kind]}\n\n{doc}\n\n### Task: {instr}\n",
                        "max_tokens": rng.choice([256, 512, 800]), "temperature": rng.choice([0, 0.2, 0.7])}
                if rng.random() < .2:
                    body["user"] = benign_user
                endpoint, placement = "completions", "prompt"
            else:
                body = place(rng, kind, doc, instr, placement, rng.choice(models), sens_user, benign_user)
                endpoint = "chat"
            ents = entities_of(body, c.issued)
            if sb == "s":
                missing = [v for t, v in c.issued if not any(e["value"] == v for e in ents)]
                if missing:
                    raise SystemExit(f"issued value not found in body ({kind}, {placement}, {shape}, {code}, {missing})")
            sensitive = bool(ents)
            assert sensitive == (sb == "s"), (kind, sb, placement)
            ents = sorted(ents, key=lambda e: (e["type"], e["value"]))
            records.append({"id": None, "category": kind if sensitive else f"{kind}_benign", "sensitive": sensitive,
                            "entities": ents, "endpoint": endpoint, "lang": code,
                            "style": f"{shape} · {placement}", "body": body})
    for i, r in enumerate(records, 1):
        r["id"] = f"{SPLIT}-pii-{i:04d}"

    # complexity
    cx = []
    flat_simple = [(lg, q) for lg, qs in CX_SIMPLE.items() for q in qs]
    flat_hard = [(lg, q) for lg, qs in CX_HARD.items() for q in qs]
    assert len(flat_simple) >= 48 and len(flat_hard) >= 48, (len(flat_simple), len(flat_hard))
    rng.shuffle(flat_simple)
    rng.shuffle(flat_hard)
    for i in range(48):
        lg, q = flat_simple[i]
        cx.append(("short_simple", 0, False, lg, "faq", typo(rng, q, 0.2)))
        lg2, st, txt = cx_long_easy(rng, i)
        assert len(txt) >= 1500, len(txt)
        cx.append(("long_easy", 0, True, lg2, st, txt))
        lg3, q3 = flat_hard[i]
        cx.append(("short_hard", 1, True, lg3, "analysis", q3))
        lg4, st4, txt4 = cx_long_hard(rng, i)
        cx.append(("long_hard", 1, False, lg4, st4, txt4))
    rng.shuffle(cx)
    cx_records = []
    for i, (cat, label, adv, lg, st, txt) in enumerate(cx, 1):
        msgs = [{"role": "user", "content": txt}]
        if rng.random() < 0.4:
            msgs.insert(0, {"role": "system", "content": rng.choice(list(SYSTEMS.values()))})
        cx_records.append({"id": f"{SPLIT}-cx-{i:04d}", "category": cat, "label": label, "length_adversarial": adv,
                           "endpoint": "chat", "lang": lg, "style": st, "body": {"model": "hybridgate/auto", "messages": msgs}})

    pii_path = out / f"pii_{SPLIT}.jsonl"
    cx_path = out / f"complexity_{SPLIT}.jsonl"
    with pii_path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with cx_path.open("w", encoding="utf-8") as f:
        for r in cx_records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    sens = sum(r["sensitive"] for r in records)
    print(f"pii_{SPLIT}: {len(records)} records, {sens} sensitive / {len(records) - sens} benign, "
          f"{sum(r['endpoint'] == 'completions' for r in records)} completions, {len({r['lang'] for r in records})} locales")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in records).items())))
    print("  incidental:", sum(r["style"].startswith("incidental") for r in records))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in records for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in records).items())))
    print(f"complexity_{SPLIT}: {len(cx_records)} records,", dict(sorted(collections.Counter(r["category"] for r in cx_records).items())),
          f"adversarial {sum(r['length_adversarial'] for r in cx_records)}, label1 {sum(r['label'] for r in cx_records)}, "
          f"langs {len({r['lang'] for r in cx_records})}")
    print(f"freeze: {len(FROZEN)} frozen words; pool entries dropped: {sum(FREEZE_DROPPED.values())} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(FREEZE_DROPPED.items()))})")
    for p in (pii_path, cx_path):
        print(p.name, hashlib.sha256(p.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
