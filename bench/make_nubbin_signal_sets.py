#!/usr/bin/env python3
"""Nubbin: a blind evaluation split for the request signals, organised by PUBLIC ADMINISTRATION and social benefits.

Writes bench/data/signals/pii_nubbin.jsonl and bench/data/signals/complexity_nubbin.jsonl in the record schema of
the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id, category,
label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the task brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and
    label conventions) and the first 2 lines of the two delta files. The detector, its tests, the evaluator, the
    results, docs, policies and commit messages were not read, nor were other generators (their sources are only
    scanned automatically, see FROZEN_AGAINST: every invented given name, family name, street stem, town stem,
    company stem, eponym and fictional name is dropped when one of its words -- or a non-ASCII bigram -- occurs in
    that word set; pools are refilled from invented locale-typical syllables with capped retries). Generic format
    words (street types such as "Road"/"rue", company suffixes such as "Ltd"/"GmbH") are format constants and not
    frozen. This file skips itself when building the frozen set. The freeze emptied the fixed lists of real eponyms
    (policy reports, pension schemes) and fictional characters; they are replaced by eponyms and characters built
    from invented, freeze-checked surnames.

Organising principle and the line drawn
    The world of public administration and social benefits: the writers are work coaches at unemployment offices,
    pension-service clerks, tax-office caseworkers, council-tax and housing-benefit assessors, civil registrars,
    library and leisure-centre staff, procurement officers, FOI/records officers and MPs'/councillors' caseworkers.
    They write case notes, benefit decisions, letters, FOI responses, tender notices, casework e-mails, CSV extracts,
    JSON from case systems, and mixed-language chats with an assistant. Nine kinds are the categories:
    jobcentre_case, pension_claim, tax_office, council_tax_benefit, civil_registry, library_leisure, procurement,
    foi_request, member_casework (sensitive) and ``<kind>_benign`` (hard negatives of the same kind).
    The line: data about a private person (claimant, pensioner, taxpayer, registrant, library member, sole-trader
    bidder, FOI requester, constituent) is personal data, including incidental single items (a first name with a
    relation or role cue, one phone number in a long text, a lone birth date). NOT personal data here: officials and
    elected members named in their public role (minutes, press releases, signed decisions of a committee),
    organisations' own contact data (role mailboxes, switchboards, registered offices, company VAT numbers),
    eponyms of policies and reports, fictional characters, placeholders and blank forms (HMRC's documented NINO
    example, "DD/MM/YYYY"), documentation/test values (RFC 5737/3849 IPs, example.org, documented example IBANs and
    test cards), reference numbers that look like identifiers (claim, FOI, tender, CPV, UPRN, invoice, case refs)
    and aggregated or already-anonymised statistics/case studies.

Labels
    PII: ``entities`` is a list of dicts {"type", "value"} computed by searching the serialised body (file parts
    base64-decoded, URLs unquoted) for every value the record issued; ``sensitive`` is true iff entities is non-empty
    (asserted). Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID,
    HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US only), US_BANK_NUMBER, MEDICAL_RECORD.
    Complexity: short_simple (0), long_easy (0, >= 1,500 chars, length-adversarial), short_hard (1,
    length-adversarial), long_hard (1); label 1 = needs a strong model.

Contents (seed 20270311; the run prints these counts)
    pii_nubbin.jsonl: 504 requests (9 kinds x 56: 32 sensitive + 24 benign; 288 sensitive / 216 benign; 36 sensitive
    carry one incidental item), 22 locales (Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai, Han, Kana,
    Hangul scripts); the document is placed by rotation in user / system / assistant / tool messages, text parts,
    base64 file parts, tool-call arguments, tool schemas, response_format and ``user``; about 10% completions.
    complexity_nubbin.jsonl: 192 requests in 14 languages, 48 per category; 96 length-adversarial, 96 labelled 1.

Validation
    Every issued identifier is validated with python-stdnum (NHS, UTR, SSN, ABA routing, Steuer-ID, NIR, DNI,
    codice fiscale, BSN, PESEL, NIP, personnummer, HETU, CPF, AMKA, AFM, INN, RNTRC, TCKN, Israeli ID, Aadhaar,
    PAN, My Number, RRN, RIC, Thai PIN, IBAN, Luhn for cards, Emirates ID and hospital numbers); phone numbers
    with ``phonenumbers`` for their region. An invalid value aborts the run; every retry loop is capped.

Command (deterministic; byte-reproducible across PYTHONHASHSEED)
    python bench/make_nubbin_signal_sets.py [--seed N] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import json
import pathlib
import random
import re
import sys
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn, verhoeff
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka, vat as gr_vat
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn as us_ssn
from stdnum.gb import vat as gb_vat
from stdnum.de import vat as de_vat

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "nubbin"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:
            continue  # skip our own file
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
FREEZE_STATS = collections.Counter()


def clean_entry(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    for t in toks:
        if t in FROZEN:
            return False
        for part in re.split(r"['\-]", t):
            if part and part in FROZEN and len(part) > 2:
                return False
    for a, b in zip(toks, toks[1:]):
        if any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b) and f"{a} {b}" in FROZEN:
            return False
    return True


def build_pool(rng, parts_a, parts_b, n, tag, joiner=""):
    pool, seen = [], set()
    for _ in range(n * 60):  # capped
        if len(pool) >= n:
            break
        cand = rng.choice(parts_a) + joiner + rng.choice(parts_b)
        if cand in seen:
            continue
        seen.add(cand)
        if clean_entry(cand):
            pool.append(cand)
        else:
            FREEZE_STATS[tag] += 1
    if len(pool) < max(3, n // 4):
        sys.exit(f"pool {tag} nearly emptied by the freeze ({len(pool)})")
    return pool


def filter_fixed(entries, tag):
    out = [e for e in entries if clean_entry(e)]
    FREEZE_STATS[tag] += len(entries) - len(out)
    return out


# ----------------------------------------------------------------------------------------------- locales
# name parts are invented syllables; streets/towns are invented stems fused with locale-typical endings
L = {}


def loc(code, region, given, family, street, town, fmt_street, fmt_town, labels, note, order="gf", sep=" "):
    L[code] = dict(code=code, region=region, given=given, family=family, street=street, town=town,
                   fmt_street=fmt_street, fmt_town=fmt_town, labels=labels, note=note, order=order, sep=sep)


EN_G = (["Bren", "Cal", "Dar", "Ell", "Fen", "Gar", "Hal", "Jess", "Kel", "Lor", "Mar", "Nel", "Or", "Per", "Ros",
         "Tam", "Wil", "Zan"], ["ton", "wyn", "ie", "ett", "ica", "an", "ora", "ley", "ith", "anda"])
EN_F = (["Ash", "Brack", "Cold", "Dun", "Ember", "Fair", "Glen", "Hart", "Kirk", "Lang", "Mill", "Thorn", "Whit",
         "Yar", "Pell", "Quen"], ["wick", "combe", "thwaite", "ridge", "stone", "hurst", "ford", "by", "mere", "shaw"])
EN_T = (["Marl", "Tes", "Brom", "Hayl", "Cresk", "Wend", "Ottr", "Scal"], ["ington", "bury", "wick", "thorpe", "field", "ham"])
loc("en-GB", "GB", EN_G, EN_F, EN_F, EN_T, "{n} {s} Road", "{t} {pc}",
    dict(name="Name", dob="Date of birth", addr="Address", tel="Tel", mail="Email", ref="Ref"),
    "Customer attended appt, docs seen, follow up in 2 wks.")
loc("en-US", "US", EN_G, EN_F, EN_F, EN_T, "{n} {s} Ave", "{t}, OH {pc}",
    dict(name="Name", dob="DOB", addr="Address", tel="Phone", mail="Email", ref="Case #"),
    "Client came in re: benefits recert, left voicemail for supervisor.")
loc("de-DE", "DE", (["Hei", "Wal", "Lie", "Ger", "Fri", "Ans", "Ul", "Rot"], ["ke", "trud", "mar", "rike", "bert", "lind", "wig"]),
    (["Brüg", "Hol", "Kes", "Lin", "Mau", "Rot", "Stein", "Wend"], ["gemann", "tner", "selring", "dorfer", "hauer", "mayr", "kötter"]),
    (["Birken", "Hasel", "Lerchen", "Mühl", "Brunnen", "Kiefern"], ["halmweg", "grundstraße", "anger", "bogen", "steig"]),
    (["Ober", "Nieder", "Alt", "Wester"], ["kirchbrück", "hausfelde", "moorbach", "lindheim"]), "{s} {n}", "{pc} {t}",
    dict(name="Name", dob="Geburtsdatum", addr="Anschrift", tel="Tel.", mail="E-Mail", ref="Az."),
    "Kundin war heute zur Vorsprache, Unterlagen unvollständig, Frist bis Monatsende gesetzt.")
loc("fr-FR", "FR", (["Ma", "Cla", "Gé", "Lu", "Ro", "Sé", "Ber"], ["rielle", "raud", "cien", "dine", "lène", "nadette"]),
    (["Beau", "Char", "Dela", "Fon", "Lam", "Mar", "Vil"], ["champ", "treuil", "noy", "bertin", "vaux", "lerain"]),
    (["Beau", "Char", "Fon", "Lam"], ["treuil", "noy", "vaux", "lerain"]), (["Arn", "Bril", "Cour", "Vals"], ["oux", "brignac", "ezelles", "andrieu"]),
    "{n} rue des {s}", "{pc} {t}", dict(name="Nom", dob="Date de naissance", addr="Adresse", tel="Tél.", mail="Courriel", ref="Réf."),
    "L'usager s'est présenté à l'accueil, dossier incomplet, relance prévue sous 15 jours.")
loc("es-ES", "ES", (["Ma", "Ro", "Ju", "Lu", "Ire", "Ci"], ["ricela", "sendo", "liana", "nés", "priano"]),
    (["Al", "Bar", "Cas", "Ech", "Oli", "Ver"], ["mendáriz", "rancos", "tañeda", "everría", "astegui"]),
    (["Al", "Bar", "Oli"], ["mendáriz", "rancos", "astegui"]), (["Villar", "Torrel", "Valde"], ["rrasa", "quemada", "mojón", "huesca"]),
    "Calle {s}, {n}", "{pc} {t}", dict(name="Nombre", dob="Fecha de nacimiento", addr="Domicilio", tel="Tel.", mail="Correo", ref="Expte."),
    "El interesado acude a la oficina, falta el certificado de empadronamiento.")
loc("it-IT", "IT", (["Gio", "Ma", "Ste", "Lu", "Fe", "Cri"], ["vanna", "rilù", "fano", "cetta", "derico", "stina"]),
    (["Bar", "Cas", "Fio", "Lom", "Ros", "Vi"], ["tolucci", "sarotto", "rentini", "bardelli", "sellini"]),
    (["Fio", "Lom", "Vi"], ["rentini", "sarotto", "sellini"]), (["Borgol", "Castel", "Villan"], ["franco", "vetro", "lunga", "sorbo"]),
    "Via {s} {n}", "{pc} {t}", dict(name="Nome", dob="Data di nascita", addr="Indirizzo", tel="Tel.", mail="Email", ref="Prot."),
    "Il richiedente si è presentato allo sportello, manca l'ISEE aggiornato.")
loc("nl-NL", "NL", (["Jo", "Wil", "Ma", "An", "Eel", "Fem"], ["ke", "lemijn", "rit", "co", "tje"]),
    (["Bleek", "Hoog", "Kroon", "Velt", "Wijn"], ["ensteyn", "erwerf", "kamp", "huis", "garden"]),
    (["Kloever", "Hazel", "Meeuwen", "Riet"], ["straat", "laan", "hof", "dreef"]), (["Oost", "Zuid", "Groot"], ["wervelde", "brakum", "hoeven"]),
    "{s} {n}", "{pc} {t}", dict(name="Naam", dob="Geboortedatum", addr="Adres", tel="Tel.", mail="E-mail", ref="Kenmerk"),
    "Klant was op gesprek, bewijsstukken ontbreken nog, hersteltermijn gegeven.")
loc("pl-PL", "PL", (["Bo", "Zbi", "Ja", "Mał", "Ur", "Wie"], ["gumiła", "sława", "dwiga", "szula", "ronika"]),
    (["Brzo", "Kowa", "Nie", "Szcz", "Wró"], ["zowska", "lczyk", "dźwiecki", "epański", "blewski"]),
    (["Brzo", "Wró"], ["zowa", "blowa", "zowska"]), (["Brzeź", "Łąk", "Kęp", "Wól", "Dąbr"], ["nicowo", "owiec", "inek", "ziszki"]),
    "ul. {s} {n}", "{pc} {t}", dict(name="Imię i nazwisko", dob="Data urodzenia", addr="Adres", tel="Tel.", mail="E-mail", ref="Znak sprawy"),
    "Petent zgłosił się osobiście, brak zaświadczenia o dochodach, wezwano do uzupełnienia.")
loc("sv-SE", "SE", (["As", "Lin", "Sig", "Mär", "Bir", "Ol"], ["trid", "nea", "vard", "ta", "ger"]),
    (["Berg", "Ek", "Lund", "Sjö", "Ström", "Hag"], ["qvist", "dahl", "gren", "holm", "blad"]),
    (["Tall", "Björk", "Ljung"], ["brinksgatan", "stigen", "vägen"]), (["Norr", "Väster"], ["åsby", "fjällbo", "torpa"]),
    "{s} {n}", "{pc} {t}", dict(name="Namn", dob="Födelsedatum", addr="Adress", tel="Tel", mail="E-post", ref="Dnr"),
    "Den sökande ringde, komplettering begärd, ärendet vilande.")
loc("fi-FI", "FI", (["Ai", "Hel", "Kaa", "Mer", "Tuu", "Sii"], ["no", "mi", "ja", "li", "kka"]),
    (["Haa", "Kivi", "Mäki", "Ranta", "Salo", "Vir"], ["nen", "lahti", "koski", "vaara", "mäki"]),
    (["Kuusi", "Koivu", "Pihlaja"], ["rinteentie", "kuja", "polku"]), (["Ylä", "Ala"], ["kärsämö", "jokela", "vuolle"]),
    "{s} {n}", "{pc} {t}", dict(name="Nimi", dob="Syntymäaika", addr="Osoite", tel="Puh.", mail="Sähköposti", ref="Dnro"),
    "Asiakas asioi toimistolla, liitteet puuttuvat, lisäselvityspyyntö lähetetty.")
loc("pt-BR", "BR", (["Jo", "Ma", "Ra", "Lu", "Fer", "Tha"], ["elma", "rcília", "imundo", "ciana", "nanda"]),
    (["Ara", "Fa", "Mo", "Pe", "Sam", "Vas"], ["újo", "gundes", "reira", "ixoto", "paio"]),
    (["Ara", "Pe", "Vas"], ["gundes", "ixoto", "paio"]), (["Ita", "Jacu", "Bura", "Pira"], ["beraba", "tinguá", "quara", "nhém"]),
    "Rua {s}, {n}", "{t} - SP, {pc}", dict(name="Nome", dob="Data de nascimento", addr="Endereço", tel="Tel.", mail="E-mail", ref="Protocolo"),
    "Beneficiária compareceu ao CRAS, falta comprovante de residência atualizado.")
loc("el-GR", "GR", (["Αρι", "Θεο", "Καλ", "Φιλ", "Ευ"], ["στέα", "δωρος", "λίνα", "ιππος", "θαλία"]),
    (["Παπα", "Καρα", "Δημο", "Σταυρ"], ["γιαννάκης", "λεξίου", "πουλος", "ίδης"]),
    (["Καρα", "Δημο"], ["λεξίου", "πουλος"]), (["Κερα", "Μηλο", "Λιβα"], ["σιάδα", "χώρι", "δερό"]),
    "Οδός {s} {n}", "{pc} {t}", dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", addr="Διεύθυνση", tel="Τηλ.", mail="Email", ref="Αρ. πρωτ."),
    "Ο αιτών προσήλθε στο ΚΕΠ, εκκρεμεί βεβαίωση του ΕΦΚΑ.")
loc("ru-RU", "RU", (["Вла", "Ми", "Свето", "Яро", "Лю", "Ста"], ["дан", "слава", "мир", "рина", "леся"]),
    (["Кор", "Вер", "Бел", "Сух", "Жар", "Гре"], ["ханов", "овцев", "ежнов", "ышев", "унцов"]),
    (["Кор", "Сух"], ["ханова", "ежнова"]), (["Новол", "Старож", "Верхнел"], ["ипецк", "ржевск", "дольск"]),
    "ул. {s}, д. {n}", "{t}, {pc}", dict(name="ФИО", dob="Дата рождения", addr="Адрес", tel="Тел.", mail="Эл. почта", ref="Вх. №"),
    "Заявитель обратился в МФЦ, не хватает справки о доходах, назначен повторный приём.")
loc("uk-UA", "UA", (["Яри", "Бог", "Мир", "Оле", "Зла"], ["слав", "дана", "ко", "ся"]),
    (["Гнат", "Дзвін", "Шевр", "Лип", "Ткач"], ["енко", "чук", "ишин", "ук"]),
    (["Гнат", "Лип"], ["енка", "ова"]), (["Вербів", "Бровар", "Липів"], ["цівка", "ичі", "ківка"]),
    "вул. {s}, {n}", "{t}, {pc}", dict(name="ПІБ", dob="Дата народження", addr="Адреса", tel="Тел.", mail="Ел. пошта", ref="Вх. №"),
    "Заявниця звернулася до ЦНАП, бракує довідки про склад сім'ї.")
loc("tr-TR", "TR", (["Ay", "Bu", "El", "Gö", "Mer", "Ser"], ["tül", "rak", "çin", "khan", "ve"]),
    (["Ak", "Kara", "Öz", "Yıl", "Tun", "Er"], ["soy", "demir", "türk", "maz", "çelik"]),
    (["Kara", "Öz"], ["soy", "maz"]), (["Karaç", "Sarıy", "Yeşilt"], ["köyağıl", "pınarca", "ovacık"]),
    "{s} Sok. No:{n}", "{pc} {t}", dict(name="Ad Soyad", dob="Doğum tarihi", addr="Adres", tel="Tel", mail="E-posta", ref="Sayı"),
    "Başvuru sahibi SGK evraklarını eksik getirdi, 15 gün süre verildi.")
loc("he-IL", "IL", (["אבי", "נוע", "יעל", "שי", "רון"], ["טל", "גיל", "אל", "ית"]),
    (["בר", "כהנ", "לוי", "גול", "שט"], ["זון", "וביץ", "דמן", "ון"]),
    (["גול", "שט"], ["דמן", "זון"]), (["אלונ", "תמר", "גבע"], ["ית", "ון", "יה"]),
    "רחוב {s} {n}", "{t} {pc}", dict(name="שם", dob="תאריך לידה", addr="כתובת", tel="טל׳", mail="דוא\"ל", ref="אסמכתא"),
    "הפונה הגיע לסניף, חסר אישור העסקה, נקבעה פגישה נוספת.", sep=" ")
loc("ar-AE", "AE", (["سل", "نو", "ري", "خل", "حم"], ["يمة", "ار", "ان", "يد"]),
    (["الزه", "النو", "القاس", "المر"], ["راني", "يدي", "مي", "شدي"]),
    (["الزه", "المر"], ["راني", "شدي"]), (["الواح", "السدر", "الرمل"], ["ية", "انة", "اوية"]),
    "شارع {s}، مبنى {n}", "{t}، {pc}", dict(name="الاسم", dob="تاريخ الميلاد", addr="العنوان", tel="هاتف", mail="البريد", ref="رقم الطلب"),
    "راجع المتعامل مركز الخدمة، المستندات غير مكتملة، تم تحديد موعد آخر.")
loc("hi-IN", "IN", (["अनु", "वि", "सु", "प्रि", "रा"], ["राग", "नय", "मेधा", "जीत"]),
    (["भट", "कुल", "देश", "सक", "त्रि"], ["नागर", "कर्णी", "पांडे", "सेना"]),
    (["कुल", "देश"], ["नागर", "कर्णी"]), (["गोविंद", "राम", "कृष्ण"], ["खेड़ा", "पुरवा", "नगला"]),
    "मकान नं. {n}, {s} मार्ग", "{t}, {pc}", dict(name="नाम", dob="जन्म तिथि", addr="पता", tel="फ़ोन", mail="ईमेल", ref="आवेदन सं."),
    "आवेदक कार्यालय आए, आय प्रमाण पत्र बाकी है, अगली तारीख दी गई।")
loc("ja-JP", "JP", (["悠", "美", "蒼", "陽", "紗"], ["斗", "咲", "真", "菜", "介"]),
    (["高", "森", "小", "北", "宮"], ["坂", "瀬", "岡", "沢"]),
    (["椿", "柊", "榎", "楓", "樫"], ["原", "ノ台", "坂上", "見通"]), (["霞", "浜", "鷺", "萩"], ["ノ浦市", "沼町", "江市"]),
    "{s}{n}丁目3-12", "〒{pc} {t}", dict(name="氏名", dob="生年月日", addr="住所", tel="電話", mail="メール", ref="受付番号"),
    "申請者が窓口に来所、課税証明書が未提出のため後日提出予定。", order="fg")
loc("ko-KR", "KR", (["서", "지", "하", "민", "도"], ["윤", "안", "린", "결"]),
    (["한", "윤", "강", "배"], [""]), (["은행", "매화", "느티", "버들"], ["나무로", "숲길", "마을로"]), (["새", "한", "솔", "달"], ["들시", "내읍", "뫼군"]),
    "{s} {n}", "{t} {pc}", dict(name="성명", dob="생년월일", addr="주소", tel="연락처", mail="이메일", ref="접수번호"),
    "민원인 내방, 소득증빙 서류 미비로 보완 요청함.", order="fg", sep="")
loc("zh-CN", "CN", (["晓", "婉", "子", "思", "嘉"], ["楠", "怡", "轩", "宁"]),
    (["林", "郑", "罗", "谢"], [""]), (["梧桐", "丹桂", "银杏", "海棠"], ["东路", "西街", "南巷"]), (["青", "白", "翠", "碧"], ["溪镇", "石县", "湾乡"]),
    "{s}{n}号", "{t} {pc}", dict(name="姓名", dob="出生日期", addr="住址", tel="电话", mail="邮箱", ref="受理编号"),
    "申请人到窗口办理，缺少收入证明，已告知补正。", order="fg", sep="")
loc("th-TH", "TH", (["สม", "วิ", "ปริ", "อัญ"], ["ชาย", "ภา", "มล", "ญา"]),
    (["ศรี", "วง", "ทอง", "แสง"], ["สุวรรณ", "ไพบูลย์", "อรุณ"]),
    (["ศรี", "ทอง"], ["สุวรรณ", "อรุณ"]), (["บ้านโคก", "หนองบัว"], ["งามดี", "แดงใต้", "ทองเหนือ"]),
    "{n} ซอย{s}", "{t} {pc}", dict(name="ชื่อ", dob="วันเกิด", addr="ที่อยู่", tel="โทร", mail="อีเมล", ref="เลขที่คำร้อง"),
    "ผู้ยื่นคำร้องมาติดต่อ เอกสารไม่ครบ นัดใหม่สัปดาห์หน้า")

MAIL_DOMAINS = {"GB": ["gmail.com", "btinternet.com", "outlook.com"], "US": ["gmail.com", "yahoo.com", "comcast.net"],
                "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "laposte.net", "free.fr"],
                "ES": ["gmail.com", "hotmail.es"], "IT": ["libero.it", "virgilio.it"], "NL": ["ziggo.nl", "kpnmail.nl"],
                "PL": ["wp.pl", "onet.pl", "o2.pl"], "SE": ["telia.com", "gmail.com"], "FI": ["gmail.com", "luukku.com"],
                "BR": ["uol.com.br", "bol.com.br"], "GR": ["yahoo.gr", "otenet.gr"], "RU": ["mail.ru", "yandex.ru"],
                "UA": ["ukr.net", "i.ua"], "TR": ["hotmail.com", "gmail.com"], "IL": ["walla.co.il", "gmail.com"],
                "AE": ["gmail.com", "outlook.com"], "IN": ["rediffmail.com", "gmail.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp"],
                "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"], "TH": ["hotmail.co.th", "gmail.com"]}
HANDLE = (["kel", "mira", "tob", "jun", "ari", "sev", "nol", "pia", "dax", "luo", "vek", "ima"],
          ["stra", "wen", "dor", "ka", "lin", "rio", "mus", "ette"])


# ----------------------------------------------------------------------------------------------- identifiers
class Gen:
    def __init__(self, rng):
        self.r = rng

    def digits(self, n, first_nonzero=True):
        s = str(self.r.randint(1, 9)) if first_nonzero else str(self.r.randint(0, 9))
        return s + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def until(self, build, valid, what, cap=3000):
        for _ in range(cap):
            v = build()
            if v is not None and valid(v):
                return v
        sys.exit(f"could not build a valid {what}")

    def dob(self, lo=1938, hi=2004):
        d = dt.date(lo, 1, 1) + dt.timedelta(days=self.r.randint(0, (dt.date(hi, 12, 28) - dt.date(lo, 1, 1)).days))
        return d

    def phone(self, region, kind="mobile"):
        pt = phonenumbers.PhoneNumberType
        ex = phonenumbers.example_number_for_type(region, pt.MOBILE if kind == "mobile" else pt.FIXED_LINE)
        nat = str(ex.national_number)

        def build():
            keep = max(2, len(nat) - 6)
            cand = nat[:keep] + self.digits(len(nat) - keep, first_nonzero=False)
            return phonenumbers.parse("+" + str(ex.country_code) + cand, None)

        def ok(n):
            if not phonenumbers.is_valid_number(n) or phonenumbers.region_code_for_number(n) != region:
                return False
            t = phonenumbers.number_type(n)
            want = (pt.MOBILE, pt.FIXED_LINE_OR_MOBILE) if kind == "mobile" else (pt.FIXED_LINE, pt.FIXED_LINE_OR_MOBILE)
            return t in want and "5550" not in str(n.national_number)

        n = self.until(build, ok, "phone " + region)
        fmt = self.r.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                             phonenumbers.PhoneNumberFormat.NATIONAL])
        s = phonenumbers.format_number(n, fmt)
        assert phonenumbers.is_valid_number(phonenumbers.parse(s, region)), s
        return s

    def iban(self, cc):
        spec = {"GB": lambda: "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + self.digits(14, False),
                "DE": lambda: self.digits(18), "NL": lambda: "".join(self.r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4)) + self.digits(10, False),
                "FI": lambda: self.digits(14), "PL": lambda: self.digits(24), "TR": lambda: self.digits(5) + "0" + self.digits(16, False),
                "IL": lambda: self.digits(19), "AE": lambda: self.digits(19), "GR": lambda: self.digits(23), "SE": lambda: self.digits(20),
                "BR": lambda: self.digits(23) + "C1"}[cc]

        def build():
            bban = spec()
            num = bban + cc + "00"
            val = int("".join(str(int(c, 36)) for c in num)) % 97
            return f"{cc}{98 - val:02d}{bban}"

        v = self.until(build, std_iban.is_valid, "IBAN " + cc)
        return std_iban.format(v) if self.r.random() < 0.6 else v

    def card(self):
        def build():
            pre = self.r.choice(["4", "51", "53", "55", "2221"])
            body = pre + self.digits(15 - len(pre), False)
            return body + luhn.calc_check_digit(body)
        v = self.until(build, lambda x: luhn.is_valid(x) and not x.startswith("4111"), "card")
        return " ".join(v[i:i + 4] for i in range(0, 16, 4)) if self.r.random() < 0.7 else v

    def mrn(self):
        body = self.digits(7)
        v = "RX" + body + luhn.calc_check_digit(body)
        assert luhn.is_valid(v[2:])
        return v

    def public_ip(self):
        def build():
            return f"{self.r.choice([31, 46, 78, 82, 90, 109, 151, 176, 185, 212])}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        import ipaddress
        return self.until(build, lambda x: ipaddress.ip_address(x).is_global, "ip")

    # national identifiers: list of (type, value, label)
    def ids(self, cc, person):
        r, d = self.r, person["dob_date"]
        out = []
        yy, mm, dd = d.strftime("%y"), d.strftime("%m"), d.strftime("%d")
        if cc == "GB":
            out.append(("HEALTH_INSURANCE", nhs.format(self.until(lambda: self.digits(10), nhs.is_valid, "nhs")), "NHS no."))
            out.append(("TAX_ID", self.until(lambda: self.digits(10), utr.is_valid, "utr"), "UTR"))
        elif cc == "US":
            out.append(("ssn", us_ssn.format(self.until(lambda: f"{r.randint(101, 665):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}", us_ssn.is_valid, "ssn")), "SSN"))
            rt = self.until(lambda: (lambda b: b + str(rtn.calc_check_digit(b)))(r.choice(["0", "1", "2"]) + self.digits(7, False)), rtn.is_valid, "rtn")
            out.append(("US_BANK_NUMBER", f"routing {rt} acct {self.digits(10)}", "direct deposit"))
        elif cc == "DE":
            out.append(("TAX_ID", self.until(lambda: self.digits(11), idnr.is_valid, "idnr"), "Steuer-ID"))
            out.append(("IBAN_CODE", self.iban("DE"), "IBAN"))
        elif cc == "FR":
            def b():
                body = f"{r.choice('12')}{yy}{mm}{r.randint(1, 95):02d}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
                return body + nir.calc_check_digits(body)
            v = self.until(b, nir.is_valid, "nir")
            out.append(("NATIONAL_ID", nir.format(v), "N° sécu"))
        elif cc == "ES":
            out.append(("NATIONAL_ID", self.until(lambda: (lambda x: x + dni.calc_check_digit(x))(self.digits(8, False)), dni.is_valid, "dni"), "DNI"))
        elif cc == "IT":
            def b():
                cons = lambda s: ([c for c in s.upper() if c.isalpha() and c not in "AEIOU"] + [c for c in s.upper() if c in "AEIOU"] + ["X"] * 3)[:3]
                fam = "".join(cons(person["ascii_family"]))
                giv = "".join(cons(person["ascii_given"]))
                body = f"{fam}{giv}{yy}{'ABCDEHLMPRST'[d.month - 1]}{d.day + r.choice([0, 40]):02d}{r.choice(['H501', 'F205', 'L219', 'A944'])}"
                return body + codicefiscale.calc_check_digit(body)
            out.append(("TAX_ID", self.until(b, codicefiscale.is_valid, "cf"), "Codice fiscale"))
        elif cc == "NL":
            out.append(("NATIONAL_ID", self.until(lambda: self.digits(9), bsn.is_valid, "bsn"), "BSN"))
            out.append(("IBAN_CODE", self.iban("NL"), "IBAN"))
        elif cc == "PL":
            def b():
                m = d.month + (20 if d.year >= 2000 else 0)
                body = f"{yy}{m:02d}{dd}{self.digits(4, False)}"
                return body + pesel.calc_check_digit(body)
            out.append(("NATIONAL_ID", self.until(b, pesel.is_valid, "pesel"), "PESEL"))
            out.append(("IBAN_CODE", self.iban("PL"), "nr konta"))
        elif cc == "SE":
            def b():
                body = f"{yy}{mm}{dd}{self.digits(3, False)}"
                return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
            out.append(("NATIONAL_ID", self.until(b, personnummer.is_valid, "pnr"), "Personnummer"))
        elif cc == "FI":
            def b():
                n3 = f"{r.randint(2, 899):03d}"
                chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(dd + mm + yy + n3) % 31]
                return f"{dd}{mm}{yy}{'-' if d.year < 2000 else 'A'}{n3}{chk}"
            out.append(("NATIONAL_ID", self.until(b, hetu.is_valid, "hetu"), "Henkilötunnus"))
            out.append(("IBAN_CODE", self.iban("FI"), "Tilinumero"))
        elif cc == "BR":
            v = self.until(lambda: (lambda x: x + cpf._calc_check_digits(x))(self.digits(9)), cpf.is_valid, "cpf")
            out.append(("TAX_ID", cpf.format(v), "CPF"))
        elif cc == "GR":
            out.append(("NATIONAL_ID", self.until(lambda: (lambda x: x + luhn.calc_check_digit(x))(f"{dd}{mm}{yy}{self.digits(4, False)}"), amka.is_valid, "amka"), "ΑΜΚΑ"))
            out.append(("TAX_ID", self.until(lambda: self.digits(9, False), gr_vat.is_valid, "afm"), "ΑΦΜ"))
        elif cc == "RU":
            out.append(("TAX_ID", self.until(lambda: (lambda x: x + inn.calc_personal_check_digits(x))(r.choice(["77", "50", "78", "66"]) + self.digits(8, False)), inn.is_valid, "inn"), "ИНН"))
        elif cc == "UA":
            out.append(("TAX_ID", self.until(lambda: self.digits(10), rntrc.is_valid, "rntrc"), "РНОКПП"))
        elif cc == "TR":
            out.append(("NATIONAL_ID", self.until(lambda: (lambda x: x + tckimlik.calc_check_digits(x))(self.digits(9)), tckimlik.is_valid, "tckn"), "TC Kimlik No"))
            out.append(("IBAN_CODE", self.iban("TR"), "IBAN"))
        elif cc == "IL":
            out.append(("NATIONAL_ID", self.until(lambda: (lambda x: x + luhn.calc_check_digit(x))(self.digits(8, False)), il_idnr.is_valid, "il"), "ת.ז."))
        elif cc == "AE":
            v = self.until(lambda: (lambda x: x + luhn.calc_check_digit(x))(f"784{d.year}{self.digits(7, False)}"), luhn.is_valid, "eid")
            out.append(("NATIONAL_ID", f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}", "رقم الهوية"))
            out.append(("IBAN_CODE", self.iban("AE"), "IBAN"))
        elif cc == "IN":
            out.append(("NATIONAL_ID", aadhaar.format(self.until(lambda: (lambda x: x + verhoeff.calc_check_digit(x))(str(r.randint(2, 9)) + self.digits(10, False)), aadhaar.is_valid, "aadhaar")), "आधार"))
            out.append(("TAX_ID", self.until(lambda: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + r.choice("ABDGKMRSTV") + self.digits(4, False) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), pan.is_valid, "pan"), "PAN"))
        elif cc == "JP":
            out.append(("NATIONAL_ID", jp_in.format(self.until(lambda: (lambda x: x + jp_in.calc_check_digit(x))(self.digits(11)), jp_in.is_valid, "mynumber")), "個人番号"))
        elif cc == "KR":
            def b():
                g = ("1" if r.random() < .5 else "2") if d.year < 2000 else ("3" if r.random() < .5 else "4")
                body = f"{yy}{mm}{dd}{g}{r.randint(0, 8)}{self.digits(4, False)}"
                return body + rrn.calc_check_digit(body)
            out.append(("NATIONAL_ID", rrn.format(self.until(b, rrn.is_valid, "rrn")), "주민등록번호"))
        elif cc == "CN":
            def b():
                body = f"{r.choice(['110101', '310104', '440106', '510107'])}{d.strftime('%Y%m%d')}{self.digits(3, False)}"
                return body + ric.calc_check_digit(body)
            out.append(("NATIONAL_ID", self.until(b, ric.is_valid, "ric"), "身份证号"))
        elif cc == "TH":
            out.append(("NATIONAL_ID", th_pin.format(self.until(lambda: (lambda x: x + th_pin.calc_check_digit(x))(str(r.randint(1, 8)) + self.digits(11, False)), th_pin.is_valid, "thpin")), "เลขประจำตัวประชาชน"))
        return out


# ----------------------------------------------------------------------------------------------- people
def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("ı", "i").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class People:
    def __init__(self, rng):
        self.r = rng
        self.g = Gen(rng)
        self.pools = {}
        for code, spec in L.items():
            given = build_pool(rng, *spec["given"], 30, f"given:{code}")
            if spec["sep"] == "":  # written as one token: the pool entry is the composed full name
                fam = []
                for _ in range(400):
                    if len(fam) >= 30:
                        break
                    cand = rng.choice(spec["family"][0]) + rng.choice(given)
                    if cand not in fam:
                        if clean_entry(cand):
                            fam.append(cand)
                        else:
                            FREEZE_STATS[f"fullname:{code}"] += 1
                if len(fam) < 8:
                    sys.exit(f"full-name pool {code} nearly emptied by the freeze")
            else:
                fam = build_pool(rng, *spec["family"], 30, f"family:{code}")
            street = build_pool(rng, *spec["street"], 6, f"street:{code}")
            town = build_pool(rng, *spec["town"], 4, f"town:{code}")
            self.pools[code] = (given, fam, street, town)

    def postcode(self, cc):
        r = self.r
        return {"GB": lambda: f"{r.choice(['LS', 'BD', 'NE', 'CF', 'EX'])}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                "US": lambda: f"4{r.randint(3000, 5999)}", "NL": lambda: f"{r.randint(1000, 9999)} {r.choice(['AB', 'KL', 'RT', 'ZX'])}",
                "PL": lambda: f"{r.randint(10, 99)}-{r.randint(100, 999)}", "SE": lambda: f"{r.randint(100, 999)} {r.randint(10, 99)}",
                "BR": lambda: f"{r.randint(10000, 19999)}-{r.randint(100, 999)}", "JP": lambda: f"{r.randint(100, 999)}-{r.randint(1000, 9999)}",
                "GR": lambda: f"{r.randint(100, 999)} {r.randint(10, 99)}", "IL": lambda: f"{r.randint(1000000, 9999999)}",
                "AE": lambda: "ص.ب " + str(r.randint(1000, 99999)), "IN": lambda: f"{r.randint(110001, 855999)}",
                }.get(cc, lambda: f"{r.randint(10000, 99999)}")()

    def person(self, code):
        spec = L[code]
        given, fam, street, town = self.pools[code]
        r = self.r
        for _ in range(60):  # the composed name is re-checked (non-ASCII bigrams)
            gv, fm = r.choice(given), r.choice(fam)
            if spec["sep"] == "":
                full = fm
                gv, fm = fm[1:], fm[:1]
            else:
                full = (fm + spec["sep"] + gv) if spec["order"] == "fg" else (gv + spec["sep"] + fm)
            if clean_entry(full):
                break
        else:
            sys.exit("no clean full name for " + code)
        cc = spec["region"]
        d = self.g.dob()
        ag = ascii_fold(gv.lower())
        af = ascii_fold(fm.lower())
        if not ag.isascii() or not af.isascii() or not ag.isalpha():
            ag, af = r.choice(HANDLE[0]) + r.choice(HANDLE[1]), r.choice(HANDLE[0]) + r.choice(HANDLE[1])
        handle = r.choice([f"{ag}.{af}", f"{ag}{af[:1]}{r.randint(60, 99)}", f"{af}{ag[:1]}", f"{ag}_{af}{d.year % 100:02d}"])
        email = f"{handle}@{r.choice(MAIL_DOMAINS[cc])}"
        n = r.randint(2, 148)
        st = spec["fmt_street"].format(n=n, s=r.choice(street))
        twn = spec["fmt_town"].format(t=r.choice(town), pc=self.postcode(cc))
        dob_fmt = {"US": "%m/%d/%Y", "JP": "%Y年%m月%d日", "CN": "%Y年%m月%d日", "KR": "%Y.%m.%d", "SE": "%Y-%m-%d",
                   "DE": "%d.%m.%Y", "PL": "%d.%m.%Y", "FI": "%d.%m.%Y", "RU": "%d.%m.%Y", "UA": "%d.%m.%Y", "TR": "%d.%m.%Y"}.get(cc, "%d/%m/%Y")
        p = dict(code=code, cc=cc, given=gv, family=fm, name=full, ascii_given=ag, ascii_family=af, dob_date=d,
                 dob=d.strftime(dob_fmt), email=email, street=st, town=twn, phone=self.g.phone(cc))
        p["ids"] = self.g.ids(cc, p)
        return p


# ----------------------------------------------------------------------------------------------- kinds
KINDS = {
    "jobcentre_case": dict(
        who="work coach", sys="You help work coaches at a public employment service write case notes and letters. Be concise.",
        asks=["tidy this case note up for the file, keep it factual", "draft the sanction doubt referral from this, neutral tone",
              "turn this into a claimant commitment summary (bullets)", "can u check if the note below is ok to send to the DM",
              "summarise for the handover to the new WC pls"],
        lines=["Attended WSI late (bus). Job search evidence 3 apps only.", "Discussed 35 hr commitment, agreed 20 hrs due to caring resp.",
               "Adv of sanction consequences, signed claimant commitment.", "Referred to CV workshop, booked Thu 10:00.",
               "FTA on 14th, good reason given: hospital appt (letter seen).", "Payment to new bank acct requested - ID verified."],
        extra=["IBAN_CODE", "PHONE_NUMBER"]),
    "pension_claim": dict(
        who="pension service clerk", sys="You assist a state pension service with correspondence. Use plain language.",
        asks=["write the award letter from these details", "check the contribution gap calc in this note", "reply to the widow's enquiry below, kindly",
              "what's missing from this claim before we can pay?", "make a short file note out of this call"],
        lines=["Claimant reached SPA last month, 33 qualifying yrs on record.", "Request to defer by 12 months, confirmed in writing.",
               "Bereavement: spouse died in March, inheritance of additional pension to check.", "Overseas residence, frozen rate applies?",
               "Pension credit claim linked, savings declared under limit.", "Payments to be made 4-weekly in arrears."],
        extra=["IBAN_CODE", "STREET_ADDRESS"]),
    "tax_office": dict(
        who="tax office caseworker", sys="You support caseworkers at a revenue authority. Never promise outcomes.",
        asks=["draft a reply to this taxpayer about the penalty appeal", "what should I ask for to verify the repayment claim?",
              "rewrite this internal note so it can go in the letter", "classify this correspondence: appeal / complaint / info request",
              "pull out the key facts as JSON"],
        lines=["Late filing penalty £100 issued, taxpayer says return was posted in time.", "Repayment claim for uniform allowance, 4 yrs backdated.",
               "Self-employed since April, no registration yet.", "Time to pay arrangement requested, 12 instalments proposed.",
               "Code change needed, second job not picked up.", "Marriage allowance transfer, partner's details below."],
        extra=["IBAN_CODE", "EMAIL_ADDRESS"]),
    "council_tax_benefit": dict(
        who="benefits assessor", sys="You help a council revenues and benefits team. Follow the council's plain-English style.",
        asks=["write the CTR decision letter from this", "is the single person discount still right here?", "draft a reminder, not too harsh",
              "summarise the change of circs", "turn this phone note into a case record"],
        lines=["Change of circs: partner moved in from 01/03, SPD to be removed.", "Arrears of £412.50, reminder 2 issued.",
               "Housing benefit overpayment due to late reported earnings.", "Paid by card over the phone, receipt emailed.",
               "Discretionary hardship payment requested, foodbank letter attached.", "Moved out, forwarding address given."],
        extra=["CREDIT_CARD", "STREET_ADDRESS"]),
    "civil_registry": dict(
        who="registrar", sys="You assist a register office with drafting. Accuracy of names and dates matters.",
        asks=["check this birth registration entry for errors", "draft the notice of marriage text", "put this death registration into the system JSON",
              "translate the informant's details to English", "write the correction application summary"],
        lines=["Informant: mother. Father present, joint registration.", "Notice of marriage given, 28-day period ends on the 14th.",
               "Death registered, MCCD received from the GP, no coroner referral.", "Correction requested: spelling of forename in entry 212.",
               "Interpreter used for the appointment.", "Both parties produced passports, seen and returned."],
        extra=["DATE_OF_BIRTH", "STREET_ADDRESS"]),
    "library_leisure": dict(
        who="library and leisure assistant", sys="You help staff at municipal libraries and leisure centres. Friendly tone.",
        asks=["write a reply to this member about the overdue fines", "summarise the membership complaint", "draft the concession renewal letter",
              "check this booking note and make it readable", "make a short email from this"],
        lines=["Member lost card, new one issued, old one blocked.", "Junior membership, parent consented at desk.",
               "Swim concession: proof of benefit seen.", "Overdue items: 3, fines waived once as goodwill.",
               "Home library service: housebound, deliveries every 3rd Wed.", "Gym induction booked, paid by card."],
        extra=["CREDIT_CARD", "EMAIL_ADDRESS"]),
    "procurement": dict(
        who="procurement officer", sys="You support a public body's procurement team. Be precise about deadlines.",
        asks=["check this clarification log before we publish it", "draft a reply to the bidder's question", "summarise the supplier's submission",
              "extract bidder details into JSON for the contracts register", "is this award letter ok?"],
        lines=["Sole trader bid for the grounds maintenance lot, references attached.", "Clarification: TUPE info requested by bidder.",
               "Late submission, portal timestamp 12:04, deadline 12:00.", "Payment to be made to the supplier account below.",
               "Standstill letter to be issued today.", "Conflict of interest declared by evaluator: none."],
        extra=["IBAN_CODE", "TAX_ID"]),
    "foi_request": dict(
        who="information governance officer", sys="You assist a public authority's FOI team. Cite the Act where useful.",
        asks=["draft the acknowledgement for this FOI", "is this request vexatious? give a view", "summarise the request and due date",
              "write the refusal notice under s.12 from this", "log this request in the tracker format"],
        lines=["Request received via the online portal, 20 working days.", "Requester asks for all emails about the leisure centre closure.",
               "Clarification sought, clock paused.", "Internal review requested, original response late.",
               "Requester also raised a complaint about a named officer.", "Portal log attached for the audit trail."],
        extra=["IP_ADDRESS", "EMAIL_ADDRESS"]),
    "member_casework": dict(
        who="MP's caseworker", sys="You help an MP's constituency office with casework letters. Non-partisan, courteous.",
        asks=["write the letter to the agency on behalf of the constituent", "summarise the case for the MP's surgery notes",
              "draft a holding reply to the constituent", "turn this email into a case file entry", "what agency should this go to?"],
        lines=["Constituent's UC payment stopped after a missed appt.", "Housing disrepair: damp in child's bedroom, landlord not responding.",
               "Waiting for a PIP assessment for 9 months, hospital letter enclosed.", "Visa delay affecting job start.",
               "Consent form signed at surgery on Friday.", "Child's school transport refused, appeal deadline next week."],
        extra=["MEDICAL_RECORD", "PHONE_NUMBER"]),
}


# ----------------------------------------------------------------------------------------------- benign material
def benign_pools(rng):
    officials = build_pool(rng, EN_G[0], EN_G[1], 20, "official_given")
    off_fam = build_pool(rng, EN_F[0], EN_F[1], 20, "official_family")
    councils = build_pool(rng, EN_T[0], EN_T[1], 10, "council")
    companies = build_pool(rng, ["Verd", "Civi", "Tallo", "Brix", "Quorn", "Nexa", "Ombel"], ["ant", "serve", "works", "path", "line", "ora"], 12, "company")
    eponyms = filter_fixed(["Beveridge report", "Bismarck model", "Speenhamland system", "Ghent system", "Riester pension",
                            "Hartz IV", "Laffer curve", "Gini coefficient", "Carnegie library", "Dewey decimal"], "eponym")
    fiction = filter_fixed(["Mr Bumble the beadle", "Daniel Blake in the film", "Jean Valjean", "Bartleby the scrivener",
                            "Josef K. before the court"], "fiction")
    return dict(officials=[f"{a} {b}" for a, b in zip(officials, off_fam)], councils=councils, companies=companies,
                eponyms=eponyms + [f"{f} review of {y}" for f, y in zip(off_fam[:4], (1968, 1979, 1994, 2003))],
                fiction=fiction + [f"'Mrs {f}', the invented claimant of the training video" for f in off_fam[4:7]])


CPV = ["79530000-8 translation services", "92511000-6 library services", "72000000-5 IT services", "85300000-2 social work services",
       "77314000-4 grounds maintenance services", "90910000-9 cleaning services", "79940000-5 collection agency services"]
PORTFOLIO = ["Housing", "Finance and Resources", "Communities and Libraries", "Adult Social Care", "Leisure and Culture"]


# ----------------------------------------------------------------------------------------------- builder
class Builder:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.people = People(self.r)
        self.g = self.people.g
        self.bp = benign_pools(self.r)
        self.codes = list(L)

    # -- one sensitive document: returns (text, issued [(type, value)], style, fname)
    def sensitive_doc(self, kind, code, fmt):
        r, K = self.r, KINDS[kind]
        p = self.people.person(code)
        lab = L[code]["labels"]
        issued = [("person", p["name"])]
        fields = [(lab["name"], p["name"])]
        pool = []
        pool.append(("DATE_OF_BIRTH", p["dob"], lab["dob"]))
        pool.append(("STREET_ADDRESS", p["street"], lab["addr"]))
        pool.append(("PHONE_NUMBER", p["phone"], lab["tel"]))
        pool.append(("EMAIL_ADDRESS", p["email"], lab["mail"]))
        for t, v, l in p["ids"]:
            pool.append((t, v, l))
        extra = []
        for t in K["extra"]:
            if t == "IBAN_CODE" and not any(x[0] == "IBAN_CODE" for x in pool) and p["cc"] in ("GB", "SE", "GR", "IL", "BR"):
                extra.append(("IBAN_CODE", self.g.iban(p["cc"]), "IBAN"))
            elif t == "CREDIT_CARD":
                extra.append(("CREDIT_CARD", self.g.card(), "card"))
            elif t == "IP_ADDRESS":
                extra.append(("IP_ADDRESS", self.g.public_ip(), "IP"))
            elif t == "MEDICAL_RECORD":
                extra.append(("MEDICAL_RECORD", self.g.mrn(), "hosp. no."))
        pool = extra + pool
        k = r.randint(2, min(5, len(pool)))
        chosen = pool[:1] + r.sample(pool[1:], k - 1) if extra else r.sample(pool, k)
        chosen.sort(key=lambda x: [q[0] for q in pool].index(x[0]))
        for t, v, l in chosen:
            fields.append((l, v))
            issued.append((t, v))
        addr_full = None
        if any(t == "STREET_ADDRESS" for t, _, _ in chosen):
            addr_full = p["street"] + ", " + p["town"]
            fields = [(l, addr_full if v == p["street"] else v) for l, v in fields]
        line = r.choice(K["lines"])
        local = L[code]["note"]
        ref = self.ref(kind)
        if fmt == "note":
            body = f"{ref} | {dt.date(2026, r.randint(1, 12), r.randint(1, 28)).isoformat()} | {K['who']}\n" + \
                   "\n".join(f"{l}: {v}" for l, v in fields) + f"\n{line}\n{local}"
        elif fmt == "email":
            body = (f"From: {p['email'] if ('EMAIL_ADDRESS', p['email']) in issued else 'contact form'}\nSubject: {ref} - {line[:40]}\n\n"
                    f"Hello,\n{local}\n" + "\n".join(f"{l} - {v}" for l, v in fields[1:]) + f"\n\nthanks\n{p['name']}")
        elif fmt == "csv":
            hdr = ["ref"] + [l for l, _ in fields] + ["note"]
            rows = [",".join(hdr), ",".join([ref] + [f'"{v}"' for _, v in fields] + [f'"{line}"'])]
            for _ in range(r.randint(1, 3)):
                rows.append(",".join([self.ref(kind)] + ['"[withdrawn]"'] * len(fields) + ['"closed - no contact"']))
            body = "\n".join(rows)
        elif fmt == "json":
            obj = {"case_ref": ref, "status": r.choice(["open", "pending_evidence", "decision_due"]),
                   "subject": {l: v for l, v in fields}, "notes": [line, local]}
            body = json.dumps(obj, ensure_ascii=False, indent=r.choice([None, 2]))
        elif fmt == "chat":
            body = (f"[{r.randint(8, 17)}:{r.randint(10, 59)}] {K['who']}: case {ref} pls\n"
                    f"[{r.randint(8, 17)}:{r.randint(10, 59)}] colleague: " + "; ".join(f"{l} {v}" for l, v in fields) +
                    f"\n[{r.randint(8, 17)}:{r.randint(10, 59)}] colleague: {local}")
        else:  # form / letter
            body = f"{ref}\n" + "\n".join(f"{l}: {v}" for l, v in fields) + f"\n\n{line}\nDecision maker: {r.choice(self.bp['officials'])}\n"
        style = f"{K['who']} · {fmt}"
        fname = f"{ref.replace('/', '-')}_{p['ascii_family']}.txt"
        return body, issued, style, fname

    def incidental_doc(self, kind, code):
        r, K = self.r, KINDS[kind]
        p = self.people.person(code)
        variant = r.choice(["relation", "phone", "dob", "role"])
        filler = " ".join(r.sample(K["lines"], 4)) + " " + L[code]["note"]
        pad = (" Office closes at 4pm on Fridays. Hybrid working: team in on Tue/Thu. Ticket backlog 37. " * r.randint(1, 3))
        if variant == "relation":
            rel = r.choice(["my mum", "his daughter", "her neighbour", "the claimant's son", "my brother-in-law"])
            return f"{filler}{pad}Also {rel} {p['given']} called twice asking about it.", [("person", p["given"])], "incidental·relation"
        if variant == "role":
            role = r.choice(["the tenant", "the appellant", "the informant", "the bidder (sole trader)", "the requester"])
            return f"{filler}{pad}Spoke to {role}, {p['name']}, who agreed to send the papers.", [("person", p["name"])], "incidental·role"
        if variant == "phone":
            return f"{filler}{pad}Call back on {p['phone']} after 3.", [("PHONE_NUMBER", p["phone"])], "incidental·phone"
        return f"{filler}{pad}Applicant born {p['dob']}, so the age condition is met.", [("DATE_OF_BIRTH", p["dob"])], "incidental·dob"

    def ref(self, kind):
        r = self.r
        return {"jobcentre_case": lambda: f"UC/{r.randint(100000, 999999)}", "pension_claim": lambda: f"SP-{r.randint(2024, 2026)}-{r.randint(10000, 99999)}",
                "tax_office": lambda: f"TXC{r.randint(1000000, 9999999)}", "council_tax_benefit": lambda: f"CTR{r.randint(100000, 999999)}",
                "civil_registry": lambda: f"REG/{r.randint(2025, 2026)}/{r.randint(100, 999)}", "library_leisure": lambda: f"LIB-{r.randint(10000, 99999)}",
                "procurement": lambda: f"2026/S {r.randint(1, 250):03d}-{r.randint(100000, 999999)}",
                "foi_request": lambda: f"FOI-2026-{r.randint(1, 2999):05d}", "member_casework": lambda: f"MP{r.randint(10000, 99999)}"}[kind]()

    def benign_doc(self, kind, code):
        r, K, bp = self.r, KINDS[kind], self.bp
        lab = L[code]["labels"]
        council = r.choice(bp["councils"])
        dom = council.lower() + ".gov.uk"
        switch = self.g.phone("GB", "fixed")
        variant = r.choice(["official", "blank", "refs", "aggregate", "anonymised", "eponym", "orgcontact", "docs"])
        ref = self.ref(kind)
        if variant == "official":
            t = (f"Press release {ref}: Cllr {r.choice(bp['officials'])}, Cabinet Member for {r.choice(PORTFOLIO)} at {council} Council, said "
                 f"the new {kind.replace('_', ' ')} arrangements start in April. Media enquiries: press@{dom} or {switch}. "
                 f"Minutes of the committee (item 7) record the decision, moved by the Chair, {r.choice(bp['officials'])}.")
        elif variant == "blank":
            t = (f"{lab['name']}: ______________\n{lab['dob']}: DD/MM/YYYY\nNational Insurance number: QQ 12 34 56 C (example)\n"
                 f"{lab['addr']}: ______________\n{lab['tel']}: ______________\n{lab['mail']}: name@example.org\nIBAN: GB82 WEST 1234 5698 7654 32 (sample)\n"
                 f"{lab['ref']}: [auto]\nSignature ______  Date ______")
        elif variant == "refs":
            t = (f"Notice {ref}. CPV {r.choice(CPV)}. UPRN {r.randint(100000000000, 999999999999)}. Invoice INV-{r.randint(100000, 999999)}; "
                 f"claim ref {self.ref('jobcentre_case')}; case {self.ref('member_casework')}; council tax band {r.choice('ABCDEFGH')}; "
                 f"batch {r.randint(10**9, 10**10 - 1)}; barcode 3{r.randint(10**12, 10**13 - 1)}; ISBN 978-0-{r.randint(100, 999)}-{r.randint(10000, 99999)}-X.")
        elif variant == "aggregate":
            rows = ["ward,claimants,median_award_gbp,appeals_upheld_pct"] + [
                f"{r.choice(bp['councils'])} {r.choice(['North', 'East', 'Central'])},{r.randint(80, 4000)},{r.randint(40, 600)}.{r.randint(0, 99):02d},{r.randint(10, 70)}"
                for _ in range(r.randint(4, 9))]
            t = "Quarterly statistics (counts under 5 suppressed):\n" + "\n".join(rows)
        elif variant == "anonymised":
            t = (f"Case study (anonymised): Claimant A, aged 40-49, lives with [REDACTED] in [WARD]. After a missed appointment "
                 f"her payment stopped; contact details [REMOVED]. The review found the letter went to an old address. {L[code]['note']}")
        elif variant == "eponym":
            t = (f"Background for the briefing: compare the {r.choice(bp['eponyms'])} with today's {kind.replace('_', ' ')} rules; "
                 f"the training scenario uses {r.choice(bp['fiction'])} as the example. No real case data.")
        elif variant == "orgcontact":
            comp = r.choice(bp["companies"])
            vat = self.g.until(lambda: (lambda b: b)(self.g.digits(9)), gb_vat.is_valid, "gb vat")
            t = (f"{comp} Ltd, registered office: Unit 4, Enterprise Park, {council}. Company VAT GB{vat}. "
                 f"Tenders: bids@{comp.lower()}.co.uk. {council} Council switchboard {switch}, foi@{dom}, "
                 f"benefits@{dom}. Opening hours Mon-Fri 9-5.")
        else:
            t = ("Case API example: POST /v2/cases {\"email\": \"jane.doe@example.org\", \"ip\": \"192.0.2.44\", \"ipv6\": \"2001:db8::7\", "
                 "\"card\": \"4111 1111 1111 1111\", \"iban\": \"GB33BUKB20201555555555\", \"ssn\": \"078-05-1120\", \"phone\": \"+44 20 7946 0018\"} "
                 "-- all values are documentation placeholders.")
        return t, f"{K['who']} · benign:{variant}"

    # -- placement of a document into a request body
    PLACES = ["user", "system", "assistant", "tool", "parts", "file", "tool_args", "tool_schema", "response_format", "user_field"]

    def place(self, kind, doc, fname, i, issued):
        r, K = self.r, KINDS[kind]
        ask = r.choice(K["asks"])
        model = r.choice(["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto", "local/qwen2.5-7b"])
        if i % 10 == 7:
            return "completions", {"model": model, "prompt": f"{K['who'].capitalize()} notes.\n{doc}\n\nTask: {ask}\nAnswer:", "max_tokens": r.choice([256, 512])}, "completions"
        where = self.PLACES[(i * 3 + r.randint(0, 1)) % len(self.PLACES)]
        sysm = {"role": "system", "content": K["sys"]}
        if where == "user":
            msgs = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
            b = {"model": model, "messages": msgs}
        elif where == "system":
            b = {"model": model, "messages": [{"role": "system", "content": K["sys"] + "\nCase context:\n" + doc}, {"role": "user", "content": ask}]}
        elif where == "assistant":
            b = {"model": model, "messages": [sysm, {"role": "user", "content": "pasting the record"},
                                              {"role": "assistant", "content": "Received:\n" + doc}, {"role": "user", "content": ask}]}
        elif where == "tool":
            b = {"model": model, "messages": [sysm, {"role": "user", "content": ask},
                                              {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "fetch_case", "arguments": "{\"ref\": \"latest\"}"}}]},
                                              {"role": "tool", "tool_call_id": "call_1", "content": doc}],
                 "tools": [{"type": "function", "function": {"name": "fetch_case", "parameters": {"type": "object", "properties": {"ref": {"type": "string"}}}}}]}
        elif where == "parts":
            b = {"model": model, "messages": [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]}
        elif where == "file":
            data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
            b = {"model": model, "messages": [sysm, {"role": "user", "content": [{"type": "text", "text": ask + " (file attached)"},
                                                                                  {"type": "file", "file": {"filename": fname, "file_data": "data:text/plain;base64," + data}}]}]}
        elif where == "tool_args":
            b = {"model": model, "messages": [sysm, {"role": "user", "content": ask},
                                              {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function", "function": {"name": "update_case", "arguments": json.dumps({"record": doc}, ensure_ascii=False)}}]},
                                              {"role": "tool", "tool_call_id": "call_7", "content": "{\"ok\": true}"}, {"role": "user", "content": "now do the letter"}]}
        elif where == "tool_schema":
            b = {"model": model, "messages": [sysm, {"role": "user", "content": ask}],
                 "tools": [{"type": "function", "function": {"name": "file_note", "description": "Save a note. Current record: " + doc,
                                                             "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}}]}
        elif where == "response_format":
            b = {"model": model, "messages": [sysm, {"role": "user", "content": ask}],
                 "response_format": {"type": "json_schema", "json_schema": {"name": "case_summary", "schema": {"type": "object", "description": "Source record:\n" + doc,
                                                                                                             "properties": {"summary": {"type": "string"}}}}}}
        else:  # user_field: the `user` field carries an identifier, the doc goes in the user message
            uval = next((v for t, v in issued if t == "EMAIL_ADDRESS"), None) or f"staff-{r.randint(1000, 9999)}"
            b = {"model": model, "user": uval, "messages": [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]}
        return "chat", b, where

    # -- records
    def pii(self):
        recs = []
        kinds = list(KINDS)
        fmts = ["note", "email", "csv", "json", "chat", "form"]
        i = 0
        for ki, kind in enumerate(kinds):
            plan = ["s"] * 28 + ["inc"] * 4 + ["b"] * 24
            self.r.shuffle(plan)
            for j, what in enumerate(plan):
                code = self.codes[(ki * 7 + j) % len(self.codes)]
                if what == "s":
                    doc, issued, style, fname = self.sensitive_doc(kind, code, fmts[(j + ki) % len(fmts)])
                elif what == "inc":
                    doc, issued, style = self.incidental_doc(kind, code)
                    fname = f"note_{j}.txt"
                else:
                    doc, style = self.benign_doc(kind, code)
                    issued, fname = [], f"{self.ref(kind).replace('/', '-').replace(' ', '_')}.txt"
                endpoint, body, where = self.place(kind, doc, fname, i, issued)
                ents = entities(body, issued)
                if what != "b":
                    assert ents, (kind, style, where)
                rec = {"id": f"{SPLIT}-pii-{i + 1:04d}", "category": kind if what != "b" else kind + "_benign",
                       "sensitive": bool(ents), "entities": ents, "endpoint": endpoint, "lang": code,
                       "style": f"{style} · {where}", "body": body}
                assert rec["sensitive"] == bool(rec["entities"])
                recs.append(rec)
                i += 1
        return recs


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r"data:text/plain;base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
    return "\n".join(parts)


def entities(body, issued):
    h = haystack(body)
    out, seen = [], set()
    for t, v in issued:
        if (t, v) not in seen and v in h:
            seen.add((t, v))
            out.append({"type": t, "value": v})
    return out


# ----------------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = {
    "en": ["What time does the central library open on Saturdays?", "Rewrite 'pls bring ur payslips' politely.",
           "Is the council tax due on the 1st of the month?", "Translate 'benefit office' into French.",
           "Give me a subject line for a letter about a missed appointment.", "What does FOI stand for?"],
    "de": ["Wie sage ich 'Widerspruchsfrist' auf Englisch?", "Formuliere höflicher: 'Unterlagen fehlen immer noch.'",
           "Wann hat das Bürgeramt samstags geöffnet? Antworte kurz, wenn du es nicht weißt, sag das."],
    "fr": ["Corrige l'orthographe : 'le dossier est incomplé, merci de nous renvoyé les pièce'.", "Que veut dire CAF ?"],
    "es": ["¿Cómo se dice 'prestación por desempleo' en inglés?", "Hazme un saludo formal para una carta al ayuntamiento."],
    "pl": ["Przetłumacz 'zasiłek dla bezrobotnych' na angielski.", "Napisz jedno zdanie przypomnienia o terminie."],
    "nl": ["Wat betekent 'bezwaartermijn'?", "Maak deze zin korter: 'Wij verzoeken u vriendelijk om de ontbrekende stukken zo spoedig mogelijk toe te sturen.'"],
    "sv": ["Vad heter 'Försäkringskassan' på engelska ungefär?"],
    "it": ["Traduci 'ufficio anagrafe' in inglese."],
    "pt-BR": ["O que é o CadÚnico, em uma frase?"],
    "ja": ["「住民票」を英語で何と言いますか？"],
    "zh-CN": ["把“社保卡”翻译成英文。"],
    "ru": ["Как по-английски 'пенсионный фонд'?"],
    "tr": ["'İşsizlik maaşı' İngilizcede nasıl denir?"],
    "el": ["Πώς λέγεται 'επίδομα ανεργίας' στα αγγλικά;"],
}
SHORT_HARD = {
    "en": ["A single parent on UC earns £X/month; taper 55%, work allowance £404, childcare reimbursed at 85% up to £1,031, council tax "
           "reduction withdrawn at 20% of excess income. Derive the marginal effective tax rate as a function of X and the break-even hours at £12.21/h.",
           "Design a social-housing allocation rule that is strategy-proof for applicants yet gives priority to overcrowding and medical need; prove or refute strategy-proofness.",
           "Under FOIA s.40(2) and UK GDPR Art. 6(1)(f), when may a council withhold names of junior officers in released emails? Walk through the balancing test and cite the leading tribunal reasoning.",
           "Write SQL (Postgres) to find probable duplicate claimants across two systems with fuzzy name match, swapped day/month birth dates and shared bank accounts, ranking by evidence strength.",
           "A tender scores price 40% (lowest/price) and quality 60%. Show how a bidder can reverse the ranking of two others by withdrawing, and propose a scoring method immune to this.",
           "Estimate the fiscal cost of raising the state pension age by one year given cohort sizes, take-up and offsetting benefit spend; state assumptions and sensitivities."],
    "de": ["Berechne die Anrechnung von Erwerbseinkommen im Bürgergeld bei 1.340 € brutto mit Freibeträgen nach § 11b SGB II und erkläre jede Stufe; prüfe den Sonderfall Aufstocker mit Kinderzuschlag.",
           "Ist eine Rückforderung nach § 45 SGB X noch möglich, wenn der Bescheid vor 11 Jahren erging und grobe Fahrlässigkeit vorliegt? Prüfe Fristen und Vertrauensschutz systematisch."],
    "fr": ["Modélise l'effet de seuil de la prime d'activité pour un couple avec deux enfants et montre où le taux marginal dépasse 100 %."],
    "es": ["Diseña un algoritmo para repartir citas de la oficina de empleo entre 14 sedes minimizando esperas con demanda estocástica; justifica la optimalidad."],
    "pl": ["Wyjaśnij, czy zwrot nienależnie pobranego świadczenia można rozłożyć na raty przy zbiegu egzekucji komorniczej i jak liczyć odsetki."],
    "nl": ["Analyseer of de kostendelersnorm in de Participatiewet leidt tot perverse prikkels bij mantelzorg en stel een alternatief voor met rekenvoorbeeld."],
    "sv": ["Jämför inkomstprövningen i bostadsbidrag och försörjningsstöd och visa matematiskt när tröskeleffekter uppstår."],
    "it": ["Calcola l'ISEE per un nucleo con reddito da lavoro autonomo e immobile ereditato all'estero e discuti le incertezze normative."],
    "pt-BR": ["Proponha um modelo para detectar fraudes no Bolsa Família com poucos rótulos, evitando viés contra municípios pobres; discuta métricas."],
    "ja": ["生活保護の収入認定で、勤労控除と必要経費の扱いを月収変動のあるケースで計算し、その妥当性を論じてください。"],
    "zh-CN": ["设计一个城市养老金调整公式，使其同时满足财政可持续与购买力保障，并证明在通胀冲击下的稳定性。"],
    "ru": ["Сравни формулы индексации пенсий при работе пенсионера и докажи, при каких условиях решение о приостановке индексации экономически оправдано."],
    "tr": ["Emeklilik yaşına bağlı kademeli geçişin kuşaklar arası adaletini modelleyin ve alternatif bir formül önerin."],
    "el": ["Ανάλυσε αν ο συμψηφισμός οφειλών προς τον ΕΦΚΑ με επιστροφές φόρου είναι νόμιμος και σχεδίασε αλγόριθμο προτεραιότητας."],
}


def long_table(r, n):
    rows = ["branch,service,mon,tue,wed,thu,fri,sat"]
    for i in range(n):
        rows.append(f"Branch {i + 1},{r.choice(['library', 'pool', 'gym', 'advice desk', 'registry'])},9-5,9-5,{r.choice(['9-1', '9-5', 'closed'])},9-7,9-5,{r.choice(['10-2', 'closed'])}")
    return "\n".join(rows)


def long_notice(r, n):
    paras = []
    for i in range(n):
        paras.append(f"Section {i + 1}. The contracting authority invites tenders for lot {r.randint(1, 6)} ({r.choice(CPV)}). "
                     f"Submissions must be made via the e-tendering portal before 12:00 on {dt.date(2026, r.randint(2, 11), r.randint(1, 28)).isoformat()}. "
                     f"Clarification questions close five working days earlier. The contract runs for {r.randint(2, 4)} years with an option to extend.")
    return "\n".join(paras)


def long_caselog(r, n):
    out = []
    for i in range(n):
        out.append(f"{dt.date(2026, 1, 1) + dt.timedelta(days=7 * i)} | payment {r.randint(300, 900)}.{r.randint(0, 99):02d} | earnings reported {r.choice(['yes', 'no', 'late'])} "
                   f"| hours {r.randint(0, 30)} | childcare {r.randint(0, 400)} | status {r.choice(['paid', 'held', 'adjusted'])}")
    return "\n".join(out)


def complexity(seed):
    r = random.Random(seed + 1)
    recs = []
    easy_asks = [("en", "Just convert this to a bulleted list, nothing else."), ("en", "Which rows say 'closed' on Saturday? List the branch names."),
                 ("de", "Bitte nur die Tippfehler korrigieren, Inhalt nicht ändern."), ("fr", "Traduis seulement les titres en français."),
                 ("es", "¿Cuál es la fecha límite de la sección 3? Solo la fecha."), ("pl", "Policz wiersze i podaj liczbę."),
                 ("nl", "Zet dit om naar een Markdown-tabel."), ("en", "Sort these lines by date, oldest first."),
                 ("ja", "この表をMarkdownの表にしてください。"), ("zh-CN", "把这段内容整理成要点列表，不要改内容。"), ("ru", "Просто переведи заголовки на русский."),
                 ("it", "Elenca solo le date che compaiono nel testo.")]
    hard_asks = [("en", "Reconstruct the entitlement for each assessment period under a 55% taper with a £404 work allowance, identify every overpayment, "
                        "classify it as official error or claimant error and draft a recovery schedule capped at 25% of the standard allowance. Show your reasoning."),
                 ("en", "Score these tender sections against a 60/40 quality-price model, find internal contradictions in deadlines and lot structure, "
                        "and advise whether the notice must be corrected and republished under the procurement rules."),
                 ("de", "Prüfe diese Verlaufsdaten auf Überzahlungen, berechne die Erstattungsforderung je Monat und begründe die Rechtsgrundlage (SGB X) für jede Position."),
                 ("fr", "Analyse ces données, détecte les incohérences, et propose un modèle de prévision de la fréquentation avec intervalles de confiance; justifie les hypothèses."),
                 ("es", "Identifica conflictos normativos entre las secciones, propón una redacción alternativa y evalúa el riesgo de impugnación de cada cambio."),
                 ("pl", "Zbuduj model optymalizacji godzin otwarcia przy ograniczonym budżecie kadrowym, sformułuj go jako program liniowy i rozwiąż dla tych danych."),
                 ("ja", "このデータから過払いを特定し、各期間の返還額を計算し、返還計画を法的根拠とともに提案してください。"),
                 ("zh-CN", "根据以下记录找出多付款项，逐期计算并说明依据，再设计一个防止重复发生的核查规则。")]
    for cat, n in (("short_simple", 48), ("long_easy", 48), ("short_hard", 48), ("long_hard", 48)):
        for k in range(n):
            if cat in ("short_simple", "short_hard"):
                bank = SHORT_SIMPLE if cat == "short_simple" else SHORT_HARD
                langs = list(bank)
                lang = langs[k % len(langs)]
                text = bank[lang][(k // len(langs)) % len(bank[lang])]
                text = ["", "quick one: ", "(front desk) ", "for the leaflet: ", "Q: "][(k // len(langs)) % 5] + text
                style = "question"
            else:
                asks = easy_asks if cat == "long_easy" else hard_asks
                lang, ask = asks[k % len(asks)]
                gen = [long_table, long_notice, long_caselog][k % 3]
                data = gen(r, {long_table: 40, long_notice: 14, long_caselog: 34}[gen] + r.randint(0, 8))
                if cat == "long_hard" and k % 4 == 0:
                    data = data[:1700]
                text = f"{ask}\n\n{data}" if k % 2 == 0 else f"{data}\n\n{ask}"
                style = gen.__name__
                if cat == "long_easy":
                    assert len(text) >= 1500, len(text)
            msgs = [{"role": "system", "content": r.choice(["You assist public-sector staff.", "You help a municipal service desk.", "Answer briefly and accurately."])},
                    {"role": "user", "content": text}]
            recs.append({"id": "", "category": cat, "label": 1 if cat in ("short_hard", "long_hard") else 0,
                         "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang,
                         "style": f"{cat}/{style}", "body": {"model": "hybridgate/auto", "messages": msgs}})
    r.shuffle(recs)
    for i, rec in enumerate(recs):
        rec["id"] = f"{SPLIT}-cx-{i + 1:04d}"
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20270311)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    b = Builder(a.seed)
    pii = b.pii()
    cx = complexity(a.seed)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    sens = sum(x["sensitive"] for x in pii)
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, "
          f"{sum(x['endpoint'] == 'completions' for x in pii)} completions, {len({x['lang'] for x in pii})} locales")
    print("  incidental:", sum('incidental' in x['style'] for x in pii))
    print("  categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(x["style"].split(" · ")[-1] for x in pii).items())))
    print(f"complexity: {len(cx)} records, {len({x['lang'] for x in cx})} langs,",
          dict(sorted(collections.Counter(x["category"] for x in cx).items())),
          "adversarial", sum(x["length_adversarial"] for x in cx), "label1", sum(x["label"] for x in cx))
    print("freeze dropped (count per pool):", dict(sorted(FREEZE_STATS.items())), "frozen set size", len(FROZEN))


if __name__ == "__main__":
    main()
