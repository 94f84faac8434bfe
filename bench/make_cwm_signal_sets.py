#!/usr/bin/env python3
"""Cwm: a blind evaluation split for the request signals, organised by ARTS, CULTURE AND ENTERTAINMENT.

Writes bench/data/signals/pii_cwm.jsonl and bench/data/signals/complexity_cwm.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial,
endpoint, lang, style, body).

How it was written
    Blind. Its author read only the batch brief, the first 70 lines of bench/make_delta_signal_sets.py
    (schema and label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl.
    Not read: the detector, the complexity scorer, tests, the evaluator, results, docs, policies, README,
    other generators, commit messages. The other generators' sources are only scanned automatically at
    run time (FROZEN_AGAINST): every person-name, street, town, venue, company and artist pool entry that
    shares a word (or a non-ASCII bigram) with that scan is dropped and replaced by a name composed from
    invented, locale-typical parts (capped retries, re-checked). This file skips itself in the scan.

Organising principle
    The people who work in and around the arts: theatre and concert-hall box offices, access-scheme
    bookings, front-of-house incident logs, museum loans and provenance files, donors and volunteer guides,
    festival accreditation / artist riders / crew lists, talent agencies and casting calls, fan mail and
    fan clubs, arts-funding applications. Nine kinds (categories): box_office, access_booking,
    foh_incident, museum_loans, donors_volunteers, festival_accreditation, casting_talent, fan_mail,
    arts_funding; sensitive records use ``<kind>``, benign hard negatives ``<kind>_benign``.

    The line drawn (what an arts-organisation privacy officer calls personal data): data about PRIVATE
    people -- patrons, access-scheme members and their companions, injured audience members, private
    lenders and collectors alive today, donors, volunteers, crew, auditioning actors, fans, individual
    grant applicants -- their names (also one first name with a relation or role cue), phone numbers,
    private e-mail addresses, home addresses, birth dates, national / tax / health-insurance / hospital
    record numbers, card and bank numbers and their IP address. NOT personal data (benign): artists,
    conductors, directors and curators named in their public role (reviews, programme notes, line-ups,
    exhibition labels), historical makers and long-dead collectors in provenance chains, fictional
    characters of plays and casting breakdowns, venues / halls / prizes / foundations named after people,
    organisations' own role mailboxes, switchboards, registered offices and charity numbers, emergency
    numbers, payment-gateway test cards and RFC 5737 / example.com documentation values, booking, order,
    accession, grant and accreditation reference numbers, blank forms with placeholders, aggregated
    statistics and already-anonymised logs ("Patron A").

    The document is placed by rotation in user / system / earlier assistant / tool messages, text and
    file content parts (base64 text), image URLs with query strings, tool-call arguments, tool schemas,
    response_format json_schema and the ``user`` field; about 10% use the completions endpoint. About 12%
    of sensitive records carry a single incidental item (a first name with a relation/role cue, one
    phone number in a long text, or one birth date).

Labels
    ``entities`` is a list of {"type", "value"} dicts computed by searching the serialised body (file parts
    decoded, URLs unquoted) for every value the record issued; ``sensitive`` is true iff it is non-empty
    (asserted). Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID,
    TAX_ID, HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US SSN only), US_BANK_NUMBER
    (routing + account), MEDICAL_RECORD. Complexity: short_simple (0), long_easy (0, >= 1,500 chars,
    length-adversarial), short_hard (1, length-adversarial), long_hard (1); label 1 = needs a strong model.

Contents (default seed 6912)
    The run prints the counts: pii_cwm.jsonl 504 requests (9 kinds x 56: 32 sensitive + 24 benign =
    288 sensitive / 216 benign) over 20 locales (Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari,
    Thai, Han, Kana/Kanji, Hangul); complexity_cwm.jsonl 190 requests (short_simple 47, long_easy 48,
    short_hard 48, long_hard 47; 96 length-adversarial, 95 labelled 1) in 16 languages. With the default seed
    47 PII requests use the completions endpoint and 37 sensitive ones carry a single incidental item; the
    run prints all counts.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (Luhn cards,
    IBAN mod-97, SSN, ABA routing, NHS, UTR, Steuer-IdNr, NIR, DNI, codice fiscale, BSN, PESEL, CPF,
    personnummer, RRN, RIC, INN, AMKA, Teudat Zehut, PAN, Aadhaar, Thai PIN, TC Kimlik, My Number); the
    German KVNR uses its own check routine; every phone number is validated with ``phonenumbers`` for its
    region. The run aborts on an invalid value; every retry loop is capped.

Command (deterministic; --seed changes the draws, not the distributions)
    python bench/make_cwm_signal_sets.py [--seed N] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import ipaddress
import json
import pathlib
import random
import re
import urllib.parse

import phonenumbers
from stdnum import iban, luhn, verhoeff
from stdnum.iso7064 import mod_11_10
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "cwm"
DEFAULT_SEED = 6912

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment").split()
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


FROZEN = frozen_words()
FREEZE_STATS = collections.Counter()


def is_frozen(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    for t in toks:
        if t in FROZEN:
            return True
    # ASCII words with apostrophes/hyphens are captured whole by the scan regex
    for m in re.finditer(r"\b[A-Za-z][A-Za-z'\-]+", entry):
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


def compose(rng, parts_a, parts_b, kind, joiner="", cap=400, check=True):
    """Compose an invented name from locale-typical parts, re-checked against the freeze."""
    for _ in range(cap):
        cand = rng.choice(parts_a) + joiner + rng.choice(parts_b)
        if not check or not is_frozen(cand):
            return cand
        FREEZE_STATS[kind] += 1
    raise SystemExit(f"freeze: could not compose a {kind} name after {cap} tries")


# --------------------------------------------------------------------------------------------- locales
# Each locale: region, invented name parts (given a/b, surname a/b), name order, street pattern, town
# parts, postcode pattern, date format, labels, local phrases.
L = {}


def loc(tag, region, ga, gb, sa, sb, order, street, ta, tb, pc, datef, labels, phr, join=" ", gjoin="", sjoin=""):
    L[tag] = dict(tag=tag, region=region, ga=ga, gb=gb, sa=sa, sb=sb, order=order, street=street, ta=ta,
                  tb=tb, pc=pc, datef=datef, labels=labels, phr=phr, join=join, gjoin=gjoin, sjoin=sjoin)


EN_LAB = dict(name="Name", phone="Phone", email="Email", addr="Address", dob="DOB", id="ID")
loc("en-GB", "GB", ["Wyn", "Cor", "Ros", "Hal", "Per", "Isol", "Bron", "Ed", "Til", "Mer"],
    ["wen", "delia", "amund", "ric", "ette", "wyn", "ford", "ith", "sey", "rin"],
    ["Thorn", "Ash", "Bram", "Cald", "Pen", "Wick", "Fen", "Harl", "Marsh", "Dunn"],
    ["bury", "well", "ridge", "ley", "stow", "cott", "ham", "worth", "away", "combe"],
    "gs", "{n} {stem} {kind}", ["Wend", "Pars", "Holl", "Crud", "Ox", "Stain"],
    ["combe", "by", "mere", "wick", "ley", "thorpe"], "{A}{A}{d} {d}{A}{A}", "%d/%m/%Y",
    EN_LAB, dict(ask="can you sort this out pls", thanks="cheers", hi="Hi team"))
loc("en-US", "US", ["Dal", "Jo", "Shel", "Tre", "Kay", "Mar", "Lor", "Bry", "Cas", "Del"],
    ["ton", "lene", "by", "vor", "lyn", "quise", "etta", "son", "ey", "ora"],
    ["Whit", "Holl", "Brack", "Sut", "Kin", "Gar", "Pratt", "Lund", "Mc", "Stan"],
    ["aker", "over", "ridge", "ley", "cliffe", "rison", "wood", "quist", "Cready", "field"],
    "gs", "{n} {stem} {kind}", ["Harrow", "Cul", "Tess", "Bram", "Eld", "Nor"],
    ["by", "vane", "low", "ford", "wick", "bury"], "{St} {d5}", "%m/%d/%Y",
    EN_LAB, dict(ask="can u take a look asap", thanks="thx", hi="Hey all"))
loc("de-DE", "DE", ["Wal", "Ger", "Hil", "Ort", "Ans", "Rein", "Sieg", "Ed", "Lud", "Irm"],
    ["trud", "win", "mar", "lind", "hold", "gard", "rike", "helm", "wig", "bert"],
    ["Brenn", "Holz", "Kessel", "Dorn", "Lauter", "Stein", "Wiesen", "Hage", "Rott", "Mühl"],
    ["ecke", "apfel", "meier", "bacher", "höfer", "kamp", "wald", "linger", "mann", "ried"],
    "gs", "{stem}straße {n}", ["Ober", "Nieder", "Alt", "Neu", "Bad "],
    ["wiesel", "hausen", "ingen", "brück", "feld", "stedt"], "{d5}", "%d.%m.%Y",
    dict(name="Name", phone="Tel.", email="E-Mail", addr="Anschrift", dob="Geb.-Datum", id="Ausweis"),
    dict(ask="bitte kurz prüfen und zusammenfassen", thanks="Danke & LG", hi="Hallo zusammen"), gjoin="")
loc("fr-FR", "FR", ["Ma", "Lou", "Hé", "Ber", "Clo", "Gis", "Ar", "Syl", "Ode", "Ju"],
    ["rine", "ise", "lène", "nard", "tilde", "laine", "mand", "vain", "lette", "lien"],
    ["Bel", "Char", "Du", "Four", "Gran", "Le", "Mar", "Roch", "Vil", "Tes"],
    ["lerin", "bonnel", "pré", "nier", "dval", "gallec", "tineau", "ette", "lard", "sier"],
    "gs", "{n} rue des {stem}", ["Mont", "Ville", "Bourg", "Roche", "Beau"],
    ["morand", "celles", "vrey", "lac", "brune", "tanges"], "{d5}", "%d/%m/%Y",
    dict(name="Nom", phone="Tél.", email="Courriel", addr="Adresse", dob="Date de naissance", id="N° sécu"),
    dict(ask="tu peux vérifier stp", thanks="merci d'avance", hi="Bonjour à tous"))
loc("es-ES", "ES", ["Ro", "Ma", "Ire", "Fer", "Ali", "Cons", "Leo", "Pa", "Vir", "Edu"],
    ["cío", "nela", "ne", "mín", "cia", "tanza", "poldo", "tricia", "ginia", "ardo"],
    ["Al", "Bus", "Car", "Es", "Gal", "Men", "Ol", "Quin", "Ur", "Val"],
    ["dana", "tamante", "rasco", "pinosa", "indo", "doza", "medo", "tana", "quiza", "verde"],
    "gs", "C/ {stem}, {n}", ["Villa", "Torre", "Castro", "Val", "Monte"],
    ["nueva", "llana", "rrubia", "fría", "seca", "hermosa"], "{d5}", "%d/%m/%Y",
    dict(name="Nombre", phone="Tlf", email="Correo", addr="Dirección", dob="F. nacimiento", id="DNI"),
    dict(ask="¿me lo revisas porfa?", thanks="gracias!!", hi="Hola equipo"))
loc("it-IT", "IT", ["Ar", "Fio", "Lu", "Gia", "Ot", "Ros", "Sil", "Bea", "Cor", "Do"],
    ["mando", "renza", "igina", "como", "tavio", "alba", "vano", "trice", "rado", "natella"],
    ["Ber", "Cat", "Fan", "Lom", "Mar", "Pel", "Ros", "Scar", "Ter", "Zan"],
    ["nardi", "taneo", "tini", "bardelli", "chetti", "legrino", "setti", "pellini", "zago", "oni"],
    "gs", "Via {stem} {n}", ["Castel", "Monte", "Villa", "Rocca", "Pietra"],
    ["fiore", "lungo", "mare", "vecchio", "chiaro", "bruna"], "{d5}", "%d/%m/%Y",
    dict(name="Nome", phone="Tel", email="Email", addr="Indirizzo", dob="Data di nascita", id="CF"),
    dict(ask="mi controlli questa cosa?", thanks="grazie mille", hi="Ciao a tutti"))
loc("nl-NL", "NL", ["Wou", "Ger", "Mar", "Ber", "Fen", "Jo", "Lie", "Ste", "Ri", "Aal"],
    ["ter", "rit", "ieke", "end", "na", "ris", "ke", "fan", "nske", "dert"],
    ["Ver", "Wes", "Hoog", "Bos", "Kool", "Dijk", "Slot", "Wit"], ["hoeven", "terink", "straten", "kamp", "man", "huis", "ink", "veld"],
    "gs", "{stem}straat {n}", ["Oud", "Nieuw", "Groot", "Klein", "Hoog"],
    ["dorp", "wijk", "veen", "broek", "hoven", "zijl"], "{d4} {A}{A}", "%d-%m-%Y",
    dict(name="Naam", phone="Tel", email="E-mail", addr="Adres", dob="Geboortedatum", id="BSN"),
    dict(ask="kun je dit even checken?", thanks="dank je!", hi="Hoi allemaal"))
loc("pl-PL", "PL", ["Bo", "Jad", "Mie", "Zby", "Wie", "Ha", "Ka", "Rad", "Dob", "Ta"],
    ["żena", "wiga", "czysław", "gniew", "sława", "lina", "zimierz", "osław", "rosława", "deusz"],
    ["Kowal", "Wiśniew", "Zar", "Dąbrow", "Grab", "Pie", "Sob", "Mróz", "Lis", "Krup"],
    ["czyk", "ski", "emba", "iak", "owicz", "kała", "czak", "ewski", "ecki", "ka"],
    "gs", "ul. {stem} {n}", ["Wiśni", "Brzo", "Grab", "Jodł", "Olsz", "Świerk"],
    ["owo", "ówka", "ice", "ina", "nik", "owiec"], "{d2}-{d3}", "%d.%m.%Y",
    dict(name="Imię i nazwisko", phone="Tel.", email="E-mail", addr="Adres", dob="Data ur.", id="PESEL"),
    dict(ask="możesz to sprawdzić?", thanks="dzięki", hi="Cześć"))
loc("pt-BR", "BR", ["Jo", "Ra", "Lu", "Cle", "Ed", "Ma", "Gi", "Ro", "Ta", "Va"],
    ["sué", "imunda", "ciana", "onice", "valdo", "rilene", "lberto", "sângela", "tiane", "ldir"],
    ["Al", "Bran", "Cor", "Fa", "Gui", "Mo", "Pei", "Quei", "Sam", "Tei"],
    ["meida", "dão", "deiro", "rias", "marães", "reira", "xoto", "roz", "paio", "xeira"],
    "gs", "Rua {stem}, {n}", ["Pira", "Ita", "Guara", "Jaca", "Tambo", "Ara"],
    ["tinga", "poã", "mirim", "çu", "pema", "quara"], "{d5}-{d3}", "%d/%m/%Y",
    dict(name="Nome", phone="Cel", email="E-mail", addr="Endereço", dob="Nascimento", id="CPF"),
    dict(ask="pode dar uma olhada?", thanks="valeu!", hi="Oi gente"))
loc("sv-SE", "SE", ["Sig", "Ing", "Lin", "Ast", "Ragn", "Tor", "Bir", "Ulf", "Ebb", "Hed"],
    ["rid", "vald", "nea", "rid", "hild", "sten", "gitta", "ric", "ba", "vig"],
    ["Berg", "Lind", "Sjö", "Ek", "Strand", "Ny", "Hag", "Ström", "Dahl", "Vik"],
    ["kvist", "gren", "blad", "holm", "lund", "berg", "ström", "quist", "man", "dal"],
    "gs", "{stem}gatan {n}", ["Norr", "Söder", "Väster", "Öster", "Lill"],
    ["köping", "stad", "vik", "tuna", "by", "torp"], "{d3} {d2}", "%Y-%m-%d",
    dict(name="Namn", phone="Tel", email="E-post", addr="Adress", dob="Född", id="Personnr"),
    dict(ask="kan du kolla på detta?", thanks="tack!", hi="Hej"))
loc("ja-JP", "JP", ["陽", "美", "千", "和", "真", "紗", "遥", "悠", "結", "琴"],
    ["菜", "咲", "里", "也", "央", "葉", "斗", "希", "音", "乃"],
    ["森", "高", "石", "小", "吉", "藤", "桜", "岩", "松", "宮"],
    ["川", "橋", "沢", "原", "野", "島", "井", "谷", "坂", "本"],
    "sg", "{stem}町{n}丁目{m}-{k}", ["北", "南", "東", "西", "新"], ["浜", "山", "岡", "瀬", "倉", "崎"],
    "〒{d3}-{d4}", "%Y年%m月%d日",
    dict(name="氏名", phone="電話", email="メール", addr="住所", dob="生年月日", id="マイナンバー"),
    dict(ask="確認お願いします", thanks="よろしくお願いします", hi="お疲れ様です"), join=" ")
loc("ko-KR", "KR", ["서", "지", "민", "하", "도", "예", "수", "유", "은", "태"],
    ["윤", "아", "준", "린", "현", "진", "빈", "나", "솔", "호"],
    ["김", "박", "정", "윤", "한", "오", "장", "임", "신", "권"], [""],
    "sg", "{stem}로 {n}", ["새", "한", "큰", "늘", "솔"], ["뜰", "내", "마루", "빛", "가람", "누리"],
    "{d5}", "%Y.%m.%d", dict(name="이름", phone="연락처", email="이메일", addr="주소", dob="생년월일", id="주민번호"),
    dict(ask="확인 부탁드려요", thanks="감사합니다", hi="안녕하세요"), join="")
loc("zh-CN", "CN", ["晓", "雨", "子", "思", "嘉", "俊", "梦", "浩", "欣", "若"],
    ["宁", "桐", "涵", "远", "怡", "杰", "瑶", "然", "悦", "溪"],
    ["王", "陈", "刘", "赵", "周", "吴", "郑", "孙", "许", "何"], [""],
    "sg", "{stem}路{n}号", ["青", "云", "和", "安", "嘉"], ["川", "阳", "宁", "兴", "平", "德"],
    "{d6}", "%Y年%m月%d日", dict(name="姓名", phone="电话", email="邮箱", addr="地址", dob="出生日期", id="身份证号"),
    dict(ask="帮忙看一下", thanks="谢谢", hi="大家好"), join="")
loc("ru-RU", "RU", ["Свет", "Ярос", "Мил", "Всев", "Люд", "Рад", "Ост", "Вер", "Зла", "Бор"],
    ["лана", "лав", "ена", "олод", "мила", "ислав", "ап", "оника", "та", "ислава"],
    ["Черн", "Гол", "Сокол", "Бел", "Зар", "Крут", "Мороз", "Тих", "Лес", "Орл"],
    ["ышев", "убев", "ьников", "оусов", "ецкий", "иков", "ов", "онов", "ницкий", "янский"],
    "gs", "ул. {stem}, д. {n}, кв. {m}", ["Ново", "Старо", "Верхне", "Красно", "Бело"],
    ["горск", "дольск", "речье", "полье", "озёрск", "бережье"], "{d6}", "%d.%m.%Y",
    dict(name="ФИО", phone="Тел.", email="Почта", addr="Адрес", dob="Дата рождения", id="ИНН"),
    dict(ask="посмотри плиз", thanks="спасибо", hi="Коллеги, привет"))
loc("el-GR", "GR", ["Ευ", "Δη", "Αγ", "Φω", "Κλε", "Σταυ", "Ιφι", "Μυρ", "Θε", "Χρυ"],
    ["θαλία", "μήτρης", "λαΐα", "τεινή", "άνθη", "ρούλα", "γένεια", "σίνη", "όκλης", "σάνθη"],
    ["Παπα", "Καρα", "Μαυρο", "Σταμα", "Λαζα", "Βλαχο", "Γιαννα", "Δημο", "Κοντο", "Ξανθο"],
    ["δάκη", "γιάννη", "πούλου", "τίου", "ρίδου", "κώστα", "ράκη", "νίδου", "γεώργη", "λιάκου"],
    "gs", "Οδός {stem} {n}", ["Κερα", "Ελαιο", "Αμπελο", "Πλατανο", "Λιμνο", "Πευκο"],
    ["χώρι", "πολη", "σπηλιά", "βούνι", "κάμπος", "λάκκα"], "{d3} {d2}", "%d/%m/%Y",
    dict(name="Ονοματεπώνυμο", phone="Τηλ.", email="Email", addr="Διεύθυνση", dob="Ημ. γέννησης", id="ΑΜΚΑ"),
    dict(ask="μπορείς να το ελέγξεις;", thanks="ευχαριστώ", hi="Γεια σας"))
loc("he-IL", "IL", ["נו", "אי", "שי", "ער", "טל", "הד", "רו", "יע", "מי", "אל"],
    ["עה", "תי", "רה", "ן", "יה", "ס", "ני", "ל", "כל", "ון"],
    ["בר", "גול", "שט", "רוז", "לב", "כה", "אור", "זי", "פר", "נח"],
    ["און", "דמן", "רן", "נטל", "יא", "ני", "ליך", "ו", "חי", "מני"],
    "gs", "רחוב {stem} {n}", ["אלו", "ברו", "תמ", "הד", "רימ", "שק"],
    ["נית", "שה", "רון", "סיה", "ונה", "דיה"], "{d7}", "%d/%m/%Y",
    dict(name="שם", phone="טלפון", email="מייל", addr="כתובת", dob="ת. לידה", id="ת.ז."),
    dict(ask="אפשר לבדוק?", thanks="תודה!", hi="היי צוות"))
loc("hi-IN", "IN", ["अनु", "प्रि", "सु", "वि", "रा", "दी", "मे", "अ", "कौ", "नि"],
    ["राधा", "यंका", "मेधा", "वेक", "घव", "पिका", "घना", "रुण", "शल", "खिल"],
    ["श्री", "अग्र", "चौ", "मल", "कुल", "त्रि", "भट", "सक्", "जो", "रस्"],
    ["वास्तव", "वाल", "हान", "होत्रा", "कर्णी", "पाठी", "नागर", "सेना", "शी", "तोगी"],
    "gs", "मकान नं. {n}, {stem} मार्ग", ["नव", "राम", "शांति", "गंगा", "कमल"],
    ["पुर", "नगर", "गढ़", "बाग", "विहार", "गंज"], "{d6}", "%d-%m-%Y",
    dict(name="नाम", phone="फ़ोन", email="ईमेल", addr="पता", dob="जन्म तिथि", id="आधार"),
    dict(ask="please check karo", thanks="धन्यवाद", hi="नमस्ते टीम"))
loc("th-TH", "TH", ["สม", "วร", "กิต", "ปิย", "อร", "ณัฐ", "พิม", "ศิริ", "ธน", "จิร"],
    ["ศรี", "รัตน์", "ติ", "ะ", "ทัย", "ชา", "พร", "วรรณ", "กร", "ภา"],
    ["แสง", "ทอง", "ศรี", "บุญ", "วงศ์", "จันทร์", "สุข", "ใจ", "เพชร", "ดี"],
    ["สว่าง", "ประเสริฐ", "สมบูรณ์", "มา", "ไพบูลย์", "เจริญ", "ศักดิ์", "งาม", "รุ่ง", "วัฒน์"],
    "gs", "{n} ซอย{stem}", ["บ้าน", "หนอง", "ท่า", "ดอน", "วัง"], ["ไผ่", "ทราย", "แก้ว", "ยาง", "มะม่วง", "ขาม"],
    "{d5}", "%d/%m/%Y", dict(name="ชื่อ", phone="โทร", email="อีเมล", addr="ที่อยู่", dob="วันเกิด", id="เลขบัตรประชาชน"),
    dict(ask="ช่วยเช็คหน่อยครับ", thanks="ขอบคุณครับ", hi="สวัสดีครับทีม"))
loc("tr-TR", "TR", ["Ay", "Gül", "Mer", "Tur", "Sev", "Er", "Yıl", "Ozan", "Deniz", "Bur"],
    ["şen", "nur", "ve", "gut", "gi", "han", "dız", "can", "su", "cu"],
    ["Kara", "Ak", "Yıldı", "Demir", "Çelik", "Öz", "Kurt", "Aydın", "Şahin", "Tekin"],
    ["oğlu", "soy", "rım", "tepe", "kaya", "türk", "dağ", "er", "gül", "taş"],
    "gs", "{stem} Sok. No:{n} D:{m}", ["Yeni", "Eski", "Çam", "Kum", "Gül"],
    ["köy", "dere", "pınar", "yurt", "ova", "bahçe"], "{d5}", "%d.%m.%Y",
    dict(name="Ad Soyad", phone="Tel", email="E-posta", addr="Adres", dob="Doğum tarihi", id="TCKN"),
    dict(ask="bakabilir misin?", thanks="teşekkürler", hi="Merhaba ekip"))
loc("ar-SA", "SA", ["نو", "سل", "ري", "هت", "جو", "لي", "عب", "فر", "رن", "ما"],
    ["رة", "مى", "م", "ان", "ري", "ان", "ير", "ح", "ا", "جد"],
    ["ال"], ["سديري", "رويلي", "جحدلي", "عمراني", "خثلان", "بلوي", "شهراني", "سبيعي", "ثبيتي", "عنزي", "مخلفي", "وذيناني"],
    "gs", "شارع {stem}، مبنى {n}", ["ربو", "فيح", "سلو", "نمي", "حزو", "شفي"],
    ["ة", "اء", "ان", "ية", "ون", "ار"], "{d5}", "%d/%m/%Y",
    dict(name="الاسم", phone="الجوال", email="البريد", addr="العنوان", dob="تاريخ الميلاد", id="الهوية"),
    dict(ask="ممكن تراجعها؟", thanks="شكراً", hi="مرحباً فريق"))
LOCALES = list(L)


def fmt_pattern(rng, pat):
    out = pat
    for key, fn in (("{A}", lambda: rng.choice("ABCDEFGHJKLMNPRSTUWXYZ")), ("{d}", lambda: str(rng.randint(1, 9)))):
        while key in out:
            out = out.replace(key, fn(), 1)
    for k in range(7, 1, -1):
        key = "{d%d}" % k
        while key in out:
            out = out.replace(key, str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(k - 1)), 1)
    if "{St}" in out:
        out = out.replace("{St}", rng.choice(["OR", "MN", "VT", "NM", "OH", "WA", "GA", "IL"]))
    return out


# ------------------------------------------------------------------------------------- identifiers
def _check(ok, what, value):
    if not ok:
        raise SystemExit(f"invalid {what}: {value!r}")
    return value


def _digits(rng, n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _capped(fn, what, cap=500):
    for _ in range(cap):
        v = fn()
        if v is not None:
            return v
    raise SystemExit(f"could not generate a valid {what}")


def gen_phone(rng, region, mobile=True):
    ex = phonenumbers.example_number_for_type(
        region, phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE)
    nat = phonenumbers.national_significant_number(ex)

    def attempt():
        keep = max(2, len(nat) - 6)
        cand = nat[:keep] + _digits(rng, len(nat) - keep, False)
        if region == "US":
            cand = rng.choice(["503", "612", "971", "414", "541", "720"]) + str(rng.randint(2, 9)) + _digits(rng, 6, False)
        try:
            num = phonenumbers.parse(cand, region)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number_for_region(num, region):
            return None
        if region == "US" and cand[3:6] == "555":
            return None
        style = rng.random()
        if style < 0.45:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if style < 0.9:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    v = _capped(attempt, "phone " + region)
    _check(phonenumbers.is_valid_number(phonenumbers.parse(v, region)), "phone", v)
    return v


def gen_card(rng):
    def attempt():
        prefix = rng.choice(["4", "51", "53", "55", "2221", "2720"])
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
        num = body + luhn.calc_check_digit(body)
        if num.startswith("4111") or num.startswith("5555") or len(set(num)) < 4:
            return None
        return num
    num = _capped(attempt, "card")
    _check(luhn.is_valid(num), "card", num)
    return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else num


IBAN_FMT = {"DE": "{d8}{d10}", "GB": "{A4}{d6}{d8}", "NL": "{A4}{d10}", "PL": "{d8}{d16}", "SE": "{d20}",
            "GR": "{d7}{d16}", "TR": "{d5}0{d16}", "SA": "{d2}{d18}", "BR": "{d8}{d5}{d10}{A1}{d1}",
            "ES": "{d20}", "IT": "{A1}{d10}{d12}", "FR": "{d10}{d11}{d2}", "IL": "{d19}"}


def gen_iban(rng, country):
    fmt = IBAN_FMT[country]

    def attempt():
        bban = re.sub(r"\{([Ad])(\d+)\}", lambda m: "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if m.group(1) == "A" else str(rng.randint(0, 9))
            for _ in range(int(m.group(2)))), fmt)
        if country == "BR":
            bban = bban[:-2] + "C1"
        cand = country + iban.calc_check_digits(country + "00" + bban) + bban
        return cand if iban.is_valid(cand) else None
    v = _capped(attempt, "IBAN " + country, cap=3000)
    return iban.format(v) if rng.random() < 0.7 else v


def gen_dob(rng, lo=1944, hi=2006):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def gen_ssn(rng):
    def attempt():
        a = rng.randint(1, 899)
        if a == 666:
            return None
        v = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        return v if ssn.is_valid(v) else None
    return _capped(attempt, "ssn")


def gen_us_bank(rng):
    def attempt():
        first8 = f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + _digits(rng, 6, False)
        r = first8 + rtn.calc_check_digit(first8)
        return r if rtn.is_valid(r) else None
    r = _capped(attempt, "routing")
    acct = _digits(rng, rng.randint(9, 12))
    return r, acct


def gen_nhs(rng):
    def attempt():
        b = _digits(rng, 9)
        c = (11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11) % 11
        if len(str(c)) != 1:
            return None
        v = b + str(c)
        return f"{v[:3]} {v[3:6]} {v[6:]}" if nhs.is_valid(v) else None
    return _capped(attempt, "nhs")


def gen_utr(rng):
    def attempt():
        b = _digits(rng, 9, False)
        v = utr.calc_check_digit(b) + b
        return v if utr.is_valid(v) else None
    return _capped(attempt, "utr")


def gen_de_idnr(rng):
    def attempt():
        d = list("0123456789")
        rng.shuffle(d)
        d = d[:9]
        d.append(d[rng.randint(0, 8)])
        rng.shuffle(d)
        if d[0] == "0":
            return None
        b = "".join(d)
        v = b + mod_11_10.calc_check_digit(b)
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if de_idnr.is_valid(v) else None
    return _capped(attempt, "steuer-idnr", 2000)


def kvnr_valid(v):
    if not re.fullmatch(r"[A-Z]\d{9}", v):
        return False
    digits = f"{ord(v[0]) - 64:02d}" + v[1:9]
    total = 0
    for i, ch in enumerate(digits):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10 == int(v[9])


def gen_kvnr(rng):
    def attempt():
        base = rng.choice("ABCDEFGHIJKLMNOPRSTUVWZ") + _digits(rng, 8, False)
        for c in "0123456789":
            if kvnr_valid(base + c):
                return base + c
        return None
    return _check(kvnr_valid(v := _capped(attempt, "kvnr")), "kvnr", v)


def gen_nir(rng, dob, female):
    def attempt():
        b = f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        v = b + nir.calc_check_digits(b)
        return nir.format(v) if nir.is_valid(v) else None
    return _capped(attempt, "nir")


def gen_dni(rng):
    b = _digits(rng, 8, False)
    return _check(dni.is_valid(v := b + dni.calc_check_digit(b)), "dni", v)


def gen_cf(rng, sur, given, dob, female):
    def cons(s):
        s = re.sub(r"[^A-Z]", "", s.upper().replace("À", "A").replace("È", "E").replace("Ì", "I"))
        c = [x for x in s if x not in "AEIOU"] + [x for x in s if x in "AEIOU"] + ["X"] * 3
        return "".join(c[:3])
    day = dob.day + (40 if female else 0)
    b = (cons(sur) + cons(given) + f"{dob.year % 100:02d}" + "ABCDEHLMPRST"[dob.month - 1] + f"{day:02d}"
         + rng.choice("ABCDEFGHLM") + f"{rng.randint(1, 999):03d}")
    return _check(codicefiscale.is_valid(v := b + codicefiscale.calc_check_digit(b)), "codice fiscale", v)


def gen_bsn(rng):
    def attempt():
        v = _digits(rng, 9)
        return v if bsn.is_valid(v) else None
    return _capped(attempt, "bsn")


def gen_pesel(rng, dob, female):
    def attempt():
        b = f"{dob.year % 100:02d}{dob.month + (20 if dob.year >= 2000 else 0):02d}{dob.day:02d}{rng.randint(0, 999):03d}"
        b += str(rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
        v = b + pesel.calc_check_digit(b)
        return v if pesel.is_valid(v) else None
    return _capped(attempt, "pesel")


def _cpf_digits(b):
    d1 = (sum(int(x) * (10 - i) for i, x in enumerate(b)) * 10) % 11 % 10
    d2 = (sum(int(x) * (11 - i) for i, x in enumerate(b + str(d1))) * 10) % 11 % 10
    return f"{d1}{d2}"


def gen_cpf(rng):
    def attempt():
        b = _digits(rng, 9, False)
        v = b + _cpf_digits(b)
        return cpf.format(v) if cpf.is_valid(v) and len(set(v)) > 2 else None
    return _capped(attempt, "cpf")


def gen_pnr(rng, dob):
    b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{rng.randint(1, 999):03d}"
    v = b[:6] + "-" + b[6:] + luhn.calc_check_digit(b)
    return _check(personnummer.is_valid(v), "personnummer", v)


def gen_rrn(rng, dob, female):
    def attempt():
        b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{(2 if female else 1) + (2 if dob.year >= 2000 else 0)}{rng.randint(0, 89):02d}{rng.randint(0, 999):03d}"
        v = b + rrn.calc_check_digit(b)
        return v[:6] + "-" + v[6:] if rrn.is_valid(v) else None
    return _capped(attempt, "rrn")


def gen_ric(rng, dob):
    def attempt():
        b = rng.choice(["110105", "310104", "440106", "330106", "510107", "420106"]) + dob.strftime("%Y%m%d") + f"{rng.randint(1, 999):03d}"
        v = b + ric.calc_check_digit(b)
        return v if ric.is_valid(v) else None
    return _capped(attempt, "ric")


def gen_inn(rng):
    def attempt():
        b = f"{rng.randint(1, 89):02d}" + _digits(rng, 8, False)
        v = b + inn.calc_personal_check_digits(b)
        return v if inn.is_valid(v) else None
    return _capped(attempt, "inn")


def gen_amka(rng, dob):
    def attempt():
        b = dob.strftime("%d%m%y") + _digits(rng, 4, False)
        v = b + luhn.calc_check_digit(b)
        return v if amka.is_valid(v) else None
    return _capped(attempt, "amka")


def gen_il(rng):
    def attempt():
        b = _digits(rng, 8, False)
        v = b + luhn.calc_check_digit(b)
        return v if il_idnr.is_valid(v) else None
    return _capped(attempt, "teudat zehut")


def gen_pan(rng, sur_initial):
    v = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + sur_initial + _digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    return _check(pan.is_valid(v), "pan", v)


def gen_aadhaar(rng):
    def attempt():
        b = str(rng.randint(2, 9)) + _digits(rng, 10, False)
        v = b + verhoeff.calc_check_digit(b)
        return f"{v[:4]} {v[4:8]} {v[8:]}" if aadhaar.is_valid(v) else None
    return _capped(attempt, "aadhaar")


def gen_th(rng):
    def attempt():
        b = str(rng.randint(1, 8)) + _digits(rng, 11, False)
        v = b + th_pin.calc_check_digit(b)
        return th_pin.format(v) if th_pin.is_valid(v) else None
    return _capped(attempt, "thai pin")


def gen_tck(rng):
    def attempt():
        b = _digits(rng, 9)
        v = b + tckimlik.calc_check_digits(b)
        return v if tckimlik.is_valid(v) else None
    return _capped(attempt, "tckimlik")


def gen_mynumber(rng):
    def attempt():
        b = _digits(rng, 11, False)
        v = b + jp_in.calc_check_digit(b)
        return f"{v[:4]} {v[4:8]} {v[8:]}" if jp_in.is_valid(v) else None
    return _capped(attempt, "my number")


def gen_ip(rng):
    def attempt():
        a = ipaddress.ip_address(f"{rng.randint(2, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        return str(a) if a.is_global and not a.is_multicast else None
    return _capped(attempt, "ip")


def gen_mrn(rng):
    return rng.choice(["MRN ", "MRN: ", "Hosp. no. ", "RN-", "Pat.-Nr. "]) + _digits(rng, rng.choice([7, 8]))


# --------------------------------------------------------------------------------------------- people
class Person:
    pass


def make_person(rng, tag):
    lc = L[tag]
    p = Person()
    p.tag = tag
    p.female = rng.random() < 0.55
    for _ in range(400):
        given = compose(rng, lc["ga"], lc["gb"], "given", lc["gjoin"], check=bool(lc["join"]))
        sur = compose(rng, lc["sa"], lc["sb"], "surname", lc["sjoin"], check=bool(lc["join"]))
        full = (sur + lc["join"] + given) if lc["order"] == "sg" else (given + " " + sur)
        if not is_frozen(full):
            break
        FREEZE_STATS["full name"] += 1
    else:
        raise SystemExit("freeze: could not compose a full name")
    p.given, p.sur = given, sur
    p.full = full
    p.dob = gen_dob(rng)
    p.dob_s = p.dob.strftime(lc["datef"])
    if lc["datef"].startswith("%Y年"):
        p.dob_s = f"{p.dob.year}年{p.dob.month}月{p.dob.day}日"
    p.phone = gen_phone(rng, lc["region"])
    user = re.sub(r"[^a-z]", "", ascii_handle(rng, given, sur))
    p.email = f"{user}{rng.choice(['', str(rng.randint(1, 99)), '.' + str(p.dob.year % 100)])}@{rng.choice(MAILHOSTS[lc['region']])}"
    p.addr = make_address(rng, tag)
    return p


MAILHOSTS = collections.defaultdict(lambda: ["gmail.com", "outlook.com", "proton.me"])
MAILHOSTS.update({"DE": ["web.de", "gmx.de", "posteo.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
                  "GB": ["btinternet.com", "gmail.com", "yahoo.co.uk"], "IT": ["libero.it", "tiscali.it"],
                  "JP": ["docomo.ne.jp", "yahoo.co.jp"], "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"],
                  "RU": ["yandex.ru", "mail.ru"], "BR": ["uol.com.br", "bol.com.br"], "PL": ["wp.pl", "onet.pl"],
                  "NL": ["ziggo.nl", "kpnmail.nl"], "SE": ["telia.com", "bredband.net"], "TR": ["hotmail.com.tr", "yandex.com.tr"]})

ROMAN = ["ak", "bo", "chi", "da", "ei", "fu", "go", "hana", "ilo", "ju", "ka", "lu", "mo", "na", "oli", "pe", "ri", "sa", "to", "vi"]


def ascii_handle(rng, given, sur):
    g = given.lower() if given.isascii() else rng.choice(ROMAN) + rng.choice(ROMAN)
    s = sur.lower() if sur.isascii() else rng.choice(ROMAN) + rng.choice(ROMAN)
    return rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}_{s}", f"{s}{g[:2]}"])


def make_address(rng, tag):
    lc = L[tag]
    if tag in ("ko-KR", "zh-CN"):
        stem = compose(rng, lc["ta"], lc["tb"], "street stem", "")
    else:
        stem = compose(rng, lc["sa"], lc["sb"], "street stem", "")
    street = lc["street"].format(n=rng.randint(1, 148), m=rng.randint(1, 30), k=rng.randint(1, 20), stem=stem,
                                 kind=rng.choice(["Road", "Lane", "Street", "Close", "Avenue", "Drive"]))
    town = compose(rng, lc["ta"], lc["tb"], "town", "")
    pc = fmt_pattern(rng, lc["pc"])
    if tag in ("en-GB",):
        return f"{street}, {town}, {pc}"
    if tag == "en-US":
        return f"{street}, {town}, {pc}"
    if tag in ("ja-JP",):
        return f"{pc} {town}市{street}"
    if tag in ("zh-CN",):
        return f"{town}市{street}，邮编{pc}"
    if tag == "ko-KR":
        return f"{town}시 {street} ({pc})"
    return f"{street}, {pc} {town}"


def nat_ids(rng, p):
    """Return list of (type, value) identifiers typical for the person's locale."""
    tag, out = p.tag, []
    f = p.female
    if tag == "en-US":
        out.append(("ssn", gen_ssn(rng)))
    elif tag == "en-GB":
        out += [("HEALTH_INSURANCE", gen_nhs(rng)), ("TAX_ID", gen_utr(rng))]
    elif tag == "de-DE":
        out += [("TAX_ID", gen_de_idnr(rng)), ("HEALTH_INSURANCE", gen_kvnr(rng))]
    elif tag == "fr-FR":
        out.append(("NATIONAL_ID", gen_nir(rng, p.dob, f)))
    elif tag == "es-ES":
        out.append(("NATIONAL_ID", gen_dni(rng)))
    elif tag == "it-IT":
        out.append(("TAX_ID", gen_cf(rng, p.sur, p.given, p.dob, f)))
    elif tag == "nl-NL":
        out.append(("NATIONAL_ID", gen_bsn(rng)))
    elif tag == "pl-PL":
        out.append(("NATIONAL_ID", gen_pesel(rng, p.dob, f)))
    elif tag == "pt-BR":
        out.append(("TAX_ID", gen_cpf(rng)))
    elif tag == "sv-SE":
        out.append(("NATIONAL_ID", gen_pnr(rng, p.dob)))
    elif tag == "ko-KR":
        out.append(("NATIONAL_ID", gen_rrn(rng, p.dob, f)))
    elif tag == "zh-CN":
        out.append(("NATIONAL_ID", gen_ric(rng, p.dob)))
    elif tag == "ru-RU":
        out.append(("TAX_ID", gen_inn(rng)))
    elif tag == "el-GR":
        out.append(("NATIONAL_ID", gen_amka(rng, p.dob)))
    elif tag == "he-IL":
        out.append(("NATIONAL_ID", gen_il(rng)))
    elif tag == "hi-IN":
        out += [("NATIONAL_ID", gen_aadhaar(rng)), ("TAX_ID", gen_pan(rng, rng.choice("ABCDEGHKLMPRST")))]
    elif tag == "th-TH":
        out.append(("NATIONAL_ID", gen_th(rng)))
    elif tag == "tr-TR":
        out.append(("NATIONAL_ID", gen_tck(rng)))
    elif tag == "ja-JP":
        out.append(("NATIONAL_ID", gen_mynumber(rng)))
    return out


def bank(rng, p):
    reg = L[p.tag]["region"]
    if reg == "US":
        r, a = gen_us_bank(rng)
        return ("US_BANK_NUMBER", f"routing {r} / acct {a}", f"Routing: {r}  Account: {a}")
    country = reg if reg in IBAN_FMT else rng.choice(["DE", "NL", "GB"])
    v = gen_iban(rng, country)
    return ("IBAN_CODE", v, f"IBAN {v}")


# ----------------------------------------------------------------------------------- public/benign pools
def pool(rng, tag, n, kind, a=None, b=None, joiner=""):
    lc = L[tag]
    out = []
    for _ in range(n * 4):
        if len(out) >= n:
            break
        g = compose(rng, a or lc["ga"], b or lc["gb"], kind, joiner, check=bool(lc["join"]))
        s = compose(rng, lc["sa"], lc["sb"], kind, lc["sjoin"], check=bool(lc["join"]))
        full = (s + lc["join"] + g) if lc["order"] == "sg" else (g + " " + s)
        if not is_frozen(full) and full not in out:
            out.append(full)
    return out


VENUE_WORDS = ["Hall", "Playhouse", "Kunsthalle", "Theatre", "Auditorium", "Salle", "Teatro", "Concertzaal", "Konserthus", "Opera House"]
PLAY_A = ["Lantvir", "Oskelmoor", "Brindlecote", "Vessany", "Quillmarch", "Tamsorrow", "Orrelby", "Galvestine", "Hollowquay", "Mirrendale"]
PLAY_B = ["Variations", "Requiem", "Suite", "Nocturnes", "Masque", "Cantata", "Elegies", "Chronicle", "Sonata", "Fables"]
CHAR_A = ["Lady ", "Captain ", "Old ", "Young ", "Brother ", "Madame ", "Doctor ", "Mistress ", "Count ", "Little "]
CHAR_B = ["Ombrelle", "Fizzwick", "Carradoc", "Sallowmere", "Grimbald", "Perpetua", "Tollivant", "Brassica", "Moonpenny", "Quorrel"]



def _freeze_pool(entries, kind, a, b, joiner=""):
    """Drop frozen entries and refill from invented parts (deterministic, capped)."""
    kept = [e for e in entries if not is_frozen(e)]
    FREEZE_STATS[kind + " (pool drop)"] += len(entries) - len(kept)
    r = random.Random(len(entries) * 131 + len(kind))
    tries = 0
    while len(kept) < len(entries) and tries < 400:
        tries += 1
        cand = r.choice(a) + joiner + r.choice(b)
        if cand not in kept and not is_frozen(cand):
            kept.append(cand)
    if len(kept) < max(3, len(entries) // 2):
        raise SystemExit(f"freeze emptied the {kind} pool")
    return kept


_SYL_A = ["Qu", "Vel", "Orr", "Tam", "Bris", "Gal", "Hol", "Mir", "Ost", "Lan", "Ves", "Zan"]
_SYL_B = ["ennor", "ivane", "oquay", "ismere", "abrook", "ethorne", "ulvane", "andrel", "ossity", "emarch"]
PLAY_A = _freeze_pool(PLAY_A, "title", _SYL_A, _SYL_B)
PLAY_B = _freeze_pool(PLAY_B, "genre word", ["Can", "Ser", "Mad", "Rhap", "Ball"], ["tata", "enade", "rigal", "sody", "ade"])
CHAR_B = _freeze_pool(CHAR_B, "character", _SYL_A, _SYL_B)
VENUE_WORDS = _freeze_pool(VENUE_WORDS, "venue word", ["Kunst", "Konzert", "Theater", "Musik", "Opern"], ["halle", "haus", "saal", "forum"])

# ------------------------------------------------------------------------------------------ body builder
SYSTEMS = {
    "box_office": "You are the ticketing assistant for a mid-size performing arts venue. Be concise.",
    "access_booking": "You help the access & inclusion team of a theatre handle access-scheme bookings.",
    "foh_incident": "You assist front-of-house duty managers with incident reports.",
    "museum_loans": "You support the registrar's office of a museum (loans, provenance, condition reports).",
    "donors_volunteers": "You help the development & volunteering office of a gallery.",
    "festival_accreditation": "You are the production office assistant of a music festival.",
    "casting_talent": "You assist a talent agency and casting office.",
    "fan_mail": "You help an artist management team sort fan mail and fan-club admin.",
    "arts_funding": "You help applicants and officers of an arts council grants programme.",
}

PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "parts_text", "file_part", "tool_call_args",
              "tool_schema", "response_format", "user_field", "image_url", "user", "parts_text", "system"]


def build_body(rng, kind, placement, instr, doc, model, completions, user_field=None, fname="notes.txt"):
    sysmsg = {"role": "system", "content": SYSTEMS[kind]}
    if completions:
        return {"model": model, "prompt": f"{instr}\n\n{doc}\n\n###\nAnswer:", "max_tokens": rng.choice([256, 400, 800]),
                "temperature": rng.choice([0, 0.2, 0.7])}
    body = {"model": model}
    if placement == "user":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{instr}\n\n{doc}"}]
    elif placement == "system":
        body["messages"] = [{"role": "system", "content": SYSTEMS[kind] + "\n\nCase file:\n" + doc},
                            {"role": "user", "content": instr}]
    elif placement == "assistant_echo":
        body["messages"] = [sysmsg, {"role": "user", "content": "pasting it now"},
                            {"role": "assistant", "content": "Received:\n" + doc},
                            {"role": "user", "content": instr}]
    elif placement == "tool_result":
        cid = f"call_{rng.randrange(16**12):012x}"
        body["messages"] = [sysmsg, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                                "name": rng.choice(["fetch_record", "crm_lookup", "get_ticket", "load_file"]),
                                "arguments": json.dumps({"ref": f"R{rng.randint(10000, 99999)}"})}}]},
                            {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif placement == "parts_text":
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": instr},
                                                                 {"type": "text", "text": doc}]}]
    elif placement == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        body["messages"] = [sysmsg, {"role": "user", "content": [
            {"type": "text", "text": instr},
            {"type": "file", "file": {"filename": fname, "file_data": "data:text/plain;base64," + data}}]}]
    elif placement == "tool_call_args":
        cid = f"call_{rng.randrange(16**12):012x}"
        body["messages"] = [sysmsg, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                                "name": rng.choice(["save_note", "update_crm", "log_incident", "send_email"]),
                                "arguments": json.dumps({"text": doc, "priority": rng.choice(["low", "normal", "high"])}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": cid, "content": "{\"status\": \"queued\"}"},
                            {"role": "user", "content": "ok now confirm what you saved"}]
    elif placement == "tool_schema":
        body["messages"] = [sysmsg, {"role": "user", "content": instr}]
        body["tools"] = [{"type": "function", "function": {
            "name": "file_record", "description": "Files the following record into the CRM:\n" + doc,
            "parameters": {"type": "object", "properties": {"category": {"type": "string"}}, "required": ["category"]}}}]
    elif placement == "response_format":
        body["messages"] = [sysmsg, {"role": "user", "content": instr}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {
            "type": "object", "description": "Source record to normalise:\n" + doc,
            "properties": {"summary": {"type": "string"}, "action": {"type": "string"}}}}}
    elif placement == "user_field":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{instr}\n\n{doc}"}]
    elif placement == "image_url":
        body["messages"] = [sysmsg, {"role": "user", "content": [
            {"type": "text", "text": instr + "\n\n" + doc},
            {"type": "image_url", "image_url": {"url": "https://cdn.venue-assets.example/scan/" + f"{rng.randint(1000, 9999)}.jpg"}}]}]
    if user_field is not None:
        body["user"] = user_field
    if rng.random() < 0.3:
        body["temperature"] = rng.choice([0, 0.2, 0.5])
    return body


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s]
    for m in re.finditer(r"data:text/plain;base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
    for m in re.finditer(r"https?://[^\s\"]+", s):
        parts.append(urllib.parse.unquote(m.group(0)))
    # tool-call arguments are JSON inside JSON: decode them too
    for msg in body.get("messages", []):
        for tc in msg.get("tool_calls") or []:
            try:
                parts.append(json.dumps(json.loads(tc["function"]["arguments"]), ensure_ascii=False))
                parts.append(json.loads(tc["function"]["arguments"]).get("text", ""))
            except (ValueError, AttributeError):
                pass
    return "\n".join(parts)


def entities_for(body, issued):
    hs = haystack(body)
    out, seen = [], set()
    for typ, val in issued:
        if (typ, val) in seen:
            continue
        if val in hs:
            out.append({"type": typ, "value": val})
            seen.add((typ, val))
    return out


# ------------------------------------------------------------------------------------ sensitive docs
KINDS = list(SYSTEMS)


def lab(p, k):
    return L[p.tag]["labels"][k]


def doc_sensitive(rng, kind, p, extra):
    """Return (instruction, doc, issued list, style) for a sensitive record."""
    lc = L[p.tag]
    ph = lc["phr"]
    issued = [("person", p.full)]
    ref = f"{rng.choice(['BX', 'TKT', 'ORD'])}-{rng.randint(100000, 999999)}"
    show = f"{rng.choice(PLAY_A)} {rng.choice(PLAY_B)}"
    perf = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28)).strftime("%d %b")
    if kind == "box_office":
        card = gen_card(rng)
        v = rng.randint(0, 2)
        if v == 0:
            doc = (f"From: {p.full} <{p.email}>\nSubject: refund?? order {ref}\n\n{lc['phr']['hi']},\n"
                   f"i bought 2 tix for {show} on {perf} (row G 14-15) but my mum is in hospital now so we cant come. "
                   f"paid with card {card}, can you refund or swap to a later date? my mobile is {p.phone}\n\n{p.full}")
            issued += [("EMAIL_ADDRESS", p.email), ("CREDIT_CARD", card), ("PHONE_NUMBER", p.phone)]
        elif v == 1:
            doc = (f"order_id,{lab(p, 'name')},{lab(p, 'email')},{lab(p, 'phone')},seats,card_last_used\n"
                   f"{ref},{p.full},{p.email},{p.phone},\"STALLS H7,H8\",{card}\n")
            issued += [("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone), ("CREDIT_CARD", card)]
        else:
            ip = gen_ip(rng)
            doc = (f"[fraud-check] order {ref} flagged: 11 tickets, {show}\ncustomer={p.full}; email={p.email}; "
                   f"billing={p.addr}; ip={ip}; card={card}; 3DS=failed x2")
            issued += [("EMAIL_ADDRESS", p.email), ("STREET_ADDRESS", p.addr), ("IP_ADDRESS", ip), ("CREDIT_CARD", card)]
        instr = rng.choice([f"{ph['ask']} — draft a reply to this customer", "is this order legit? explain",
                            "Summarise and tell me what to do next", "write the refund note for the ticketing system"])
    elif kind == "access_booking":
        comp = make_person(rng, p.tag)
        ids = nat_ids(rng, p)
        doc = (f"ACCESS SCHEME REGISTRATION\n{lab(p, 'name')}: {p.full}\n{lab(p, 'dob')}: {p.dob_s}\n"
               f"{lab(p, 'addr')}: {p.addr}\n{lab(p, 'phone')}: {p.phone}\n"
               f"Needs: {rng.choice(['wheelchair space + transfer seat', 'BSL-interpreted perf, front stalls', 'audio description headset, guide dog', 'step-free, ambulant seat, epilepsy — no strobe seats'])}\n"
               f"Companion (free ticket): {comp.full}\n")
        issued += [("DATE_OF_BIRTH", p.dob_s), ("STREET_ADDRESS", p.addr), ("PHONE_NUMBER", p.phone), ("person", comp.full)]
        if ids and rng.random() < 0.6:
            t, vv = ids[0]
            doc += f"Evidence: {'benefit letter' if t != 'HEALTH_INSURANCE' else 'health card'} ref {vv}\n"
            issued.append((t, vv))
        instr = rng.choice(["check this registration is complete and book 2 seats for the relaxed perf",
                            f"{ph['ask']}", "turn this into our CRM JSON format", "what access needs should FOH be briefed on?"])
    elif kind == "foh_incident":
        mrn = gen_mrn(rng)
        doc = (f"FOH INCIDENT LOG #{rng.randint(200, 999)} — {show}, {perf}, interval\n"
               f"Patron {p.full} ({lab(p, 'dob')} {p.dob_s}) fell on stairs to dress circle, seat D{rng.randint(1, 30)}. "
               f"First aider attended, suspected wrist fracture. Ambulance called 21:14. Contact: {p.phone}. "
               f"Taken to hospital, {mrn}. Witness: usher on door 3. CCTV saved.")
        issued += [("DATE_OF_BIRTH", p.dob_s), ("PHONE_NUMBER", p.phone), ("MEDICAL_RECORD", mrn)]
        instr = rng.choice(["write this up for the insurer", "rewrite as a formal incident report",
                            f"{ph['ask']} — is this RIDDOR reportable?", "summarise for the GM's weekly note"])
    elif kind == "museum_loans":
        b = bank(rng, p)
        doc = (f"LOAN AGREEMENT — PRIVATE LENDER\nLender: {p.full}\n{lab(p, 'addr')}: {p.addr}\n"
               f"{lab(p, 'email')}: {p.email}\nObject: oil on panel, attrib. workshop, c. 1620, 41 x 33 cm\n"
               f"Insurance value (nail-to-nail): 185,000 EUR\nCredit line: 'Private collection' (lender requests anonymity)\n"
               f"Courier fee reimbursement to: {b[2]}\n")
        issued += [("STREET_ADDRESS", p.addr), ("EMAIL_ADDRESS", p.email), (b[0], b[1] if b[0] != "US_BANK_NUMBER" else b[2].split("  ")[1].split(": ")[1])]
        if b[0] == "US_BANK_NUMBER":
            issued[-1] = ("US_BANK_NUMBER", b[2])
        instr = rng.choice(["check the loan agreement for missing clauses", "draft the cover letter to the lender",
                            "extract the lender details into our registrar template", f"{ph['ask']}"])
    elif kind == "donors_volunteers":
        v = rng.randint(0, 1)
        if v == 0:
            b = bank(rng, p)
            doc = (f"Donor record — Friends scheme, Gold tier\n{p.full}, {p.addr}\n{lab(p, 'email')} {p.email}\n"
                   f"Gift: 2,500 / year, direct debit from {b[2]}\nNotes: widow(er), prefers no public listing; "
                   f"legacy conversation pending")
            issued += [("STREET_ADDRESS", p.addr), ("EMAIL_ADDRESS", p.email), (b[0], b[2] if b[0] == "US_BANK_NUMBER" else b[1])]
        else:
            q = make_person(rng, p.tag)
            doc = (f"Volunteer guides rota (Sat)\nname;{lab(p, 'phone')};{lab(p, 'dob')};emergency contact\n"
                   f"{p.full};{p.phone};{p.dob_s};{q.given} (partner) {q.phone}\n")
            issued += [("PHONE_NUMBER", p.phone), ("DATE_OF_BIRTH", p.dob_s), ("PHONE_NUMBER", q.phone), ("person", q.given)]
        instr = rng.choice(["write a thank-you letter", "convert to the CRM import CSV", f"{ph['ask']}",
                            "who needs a DBS check renewal? explain"])
    elif kind == "festival_accreditation":
        ids = nat_ids(rng, p)
        q = make_person(rng, rng.choice(LOCALES))
        doc = (f"CREW ACCREDITATION — {rng.choice(['Main Stage', 'Big Top', 'Stage B', 'Forest Stage'])}\n"
               f"Role | {lab(p, 'name')} | {lab(p, 'dob')} | {lab(p, 'phone')} | {lab(p, 'id')}\n"
               f"Rigger | {p.full} | {p.dob_s} | {p.phone} | {ids[0][1] if ids else '-'}\n"
               f"Backline tech | {q.full} | {q.dob_s} | {q.phone} | -\nWristbands: AAA x2, vehicle pass x1")
        issued += [("DATE_OF_BIRTH", p.dob_s), ("PHONE_NUMBER", p.phone), ("person", q.full), ("DATE_OF_BIRTH", q.dob_s),
                   ("PHONE_NUMBER", q.phone)]
        if ids:
            issued.append(ids[0])
        instr = rng.choice(["check everyone is 18+ for the AAA passes", "format this for the security company",
                            f"{ph['ask']}", "find problems in this list"])
    elif kind == "casting_talent":
        v = rng.randint(0, 1)
        if v == 0:
            doc = (f"SELF-TAPE SUBMISSION\nActor: {p.full}\nPlaying age: {rng.randint(18, 35)}-{rng.randint(36, 50)}\n"
                   f"{lab(p, 'dob')}: {p.dob_s}\nHeight: {rng.randint(155, 192)}cm  Accents: RP, Scouse, {rng.choice(['Polish', 'Greek', 'Hebrew', 'Tamil'])}\n"
                   f"{lab(p, 'phone')}: {p.phone}  {lab(p, 'email')}: {p.email}\nUnrepresented. Available from {perf}.")
            issued += [("DATE_OF_BIRTH", p.dob_s), ("PHONE_NUMBER", p.phone), ("EMAIL_ADDRESS", p.email)]
        else:
            ids = nat_ids(rng, p)
            b = bank(rng, p)
            doc = (f"new client onboarding - {p.full}\n{p.addr}\n{b[2]}\n" +
                   "".join(f"{t}: {vv}\n" for t, vv in ids[:1]) + "commission 15%, first booking: commercial, 2 days")
            issued += [("STREET_ADDRESS", p.addr), (b[0], b[2] if b[0] == "US_BANK_NUMBER" else b[1])] + ids[:1]
        instr = rng.choice(["write a short casting note on this actor", "put this into the agency database fields",
                            f"{ph['ask']}", "draft the representation agreement cover email"])
    elif kind == "fan_mail":
        v = rng.randint(0, 1)
        if v == 0:
            doc = (f"{lc['phr']['hi']}!! I'm your biggest fan since the first album 😭 please send a signed photo to:\n"
                   f"{p.full}\n{p.addr}\nmy birthday is {p.dob_s} so it would be the best birthday gift ever.\n"
                   f"{lc['phr']['thanks']} xx")
            issued += [("STREET_ADDRESS", p.addr), ("DATE_OF_BIRTH", p.dob_s)]
        else:
            card = gen_card(rng)
            doc = (f"FAN CLUB RENEWAL FORM\nmember: {p.full}\nemail: {p.email}\nphone: {p.phone}\npay: {card} exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}\n"
                   f"tier: platinum (meet & greet lottery)")
            issued += [("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone), ("CREDIT_CARD", card)]
        instr = rng.choice(["reply on behalf of the management, friendly", "triage: what does this fan want?",
                            f"{ph['ask']}", "add to the fan-club spreadsheet"])
    else:  # arts_funding
        ids = nat_ids(rng, p)
        b = bank(rng, p)
        doc = (f"INDIVIDUAL ARTIST GRANT — APPLICATION\nApplicant: {p.full}\n{lab(p, 'dob')}: {p.dob_s}\n"
               f"{lab(p, 'addr')}: {p.addr}\n" + "".join(f"{t}: {vv}\n" for t, vv in ids) +
               f"Payee account: {b[2]}\nProject: a {rng.choice(['site-specific dance piece', 'community choir', 'graphic novel', 'sound installation'])}, budget 12,400")
        issued += [("DATE_OF_BIRTH", p.dob_s), ("STREET_ADDRESS", p.addr), (b[0], b[2] if b[0] == "US_BANK_NUMBER" else b[1])] + ids
        instr = rng.choice(["check eligibility and completeness", "summarise for the assessment panel",
                            f"{ph['ask']}", "improve the project description, keep the form"])
    return instr, doc, issued


def doc_incidental(rng, kind, p):
    """Single incidental item in otherwise harmless text."""
    lc = L[p.tag]
    filler = ("Get-in starts 08:00, fit-up until 14:00, tech rehearsal 15:00-18:30, half at 19:00. Haze is approved "
              "by the venue; pyro is not. Merch desk in the foyer, 10% venue commission. Load-out after the show, "
              "two local crew booked. ")
    c = rng.randint(0, 2)
    if c == 0:
        rel = rng.choice(["my sister", "my son", "my neighbour", "my carer", "my husband", "my daughter"])
        doc = f"Hi, I booked seats for {rel} {p.given} too, can they sit next to me? Booking ok otherwise. " + filler
        return "answer this customer", doc, [("person", p.given)], "incidental_name"
    if c == 1:
        doc = filler * 3 + f"If anything goes wrong call the tour manager's personal mobile {p.phone}. " + filler * 2
        return "make a short day sheet from this", doc, [("PHONE_NUMBER", p.phone)], "incidental_phone"
    doc = (f"Application for the youth theatre summer company. Participant born {p.dob_s}. "
           "Interests: physical theatre, lighting. Parent consent form attached. " + filler)
    return "is this applicant in the 14-18 age band?", doc, [("DATE_OF_BIRTH", p.dob_s)], "incidental_dob"


# ---------------------------------------------------------------------------------------- benign docs
def doc_benign(rng, kind, tag):
    lc = L[tag]
    ph = lc["phr"]
    artists = pool(rng, tag, 3, "artist")
    eponym = pool(rng, tag, 1, "eponym")[0]
    venue = f"{eponym} {rng.choice(VENUE_WORDS)}"
    dom = re.sub(r"[^a-z]", "", compose(rng, PLAY_A, ["arts", "hall", "live", "museum", "fest"], "venue domain", "").lower())
    org_phone = gen_phone(rng, lc["region"], mobile=False)
    show = f"{rng.choice(PLAY_A)} {rng.choice(PLAY_B)}"
    char = f"{rng.choice(CHAR_A)}{rng.choice(CHAR_B)}"
    ref = f"{rng.choice(['BX', 'TKT', 'ORD'])}-{rng.randint(100000, 999999)}"
    sub = rng.randint(0, 3)
    if kind == "box_office":
        docs = [
            f"Box office: {org_phone} (Mon-Sat 10:00-18:00), boxoffice@{dom}.org. The {venue} is named after its founder. "
            f"Booking {ref}: 2 x Stalls, {show}, status PAID, seats H7-H8. Payment via gateway, card masked ****-****-****-{rng.randint(1000, 9999)}.",
            f"Payment integration test (sandbox): card 4111 1111 1111 1111, exp 12/34, CVC 123 must return APPROVED; "
            f"4000 0000 0000 0002 must return DECLINED. Webhook from 192.0.2.{rng.randint(1, 254)} to https://tickets.example.com/hook.",
            f"Weekly sales: {show} 78% capacity, 1,214 tickets, avg yield 31.40; top postcode districts (aggregated, n>=20): "
            f"{rng.randint(10, 90)}%, {rng.randint(5, 20)}%. Comps: 46. Refunds: 12.",
            f"Template reply: 'Dear [Customer name], thank you for booking {show} ({ref}). Your seats are [SEAT]. "
            f"Questions? Call {org_phone} or email tickets@{dom}.org.'",
        ]
        instr = rng.choice(["draft a FAQ answer from this", "what does this tell us?", ph["ask"]])
    elif kind == "access_booking":
        docs = [
            f"Access scheme policy: members get a free companion ticket. Register via access@{dom}.org or {org_phone} "
            f"(text relay available). Proof: any of [benefit letter] / [blue badge] / [doctor's note].",
            f"ACCESS REGISTRATION FORM\n{lc['labels']['name']}: ____________\n{lc['labels']['dob']}: __/__/____\n"
            f"{lc['labels']['addr']}: ____________\nNeeds: [ ] wheelchair [ ] BSL [ ] AD [ ] relaxed\nCompanion: ____________",
            f"Q3 access report (aggregated): 412 access bookings, 61 wheelchair spaces sold, 18 BSL perfs, "
            f"AD uptake 9.2%. Complaints: 3 (lift out of service 2x).",
            f"Audio description notes for {show}: {char} enters upstage left in a red cloak; the set is a revolving staircase. "
            f"Described by the in-house AD team; touch tour 17:30 at the {venue}.",
        ]
        instr = rng.choice(["make this plain English", "translate for our website", ph["ask"]])
    elif kind == "foh_incident":
        docs = [
            f"INCIDENT LOG (anonymised for training): Patron A (F, 60s) tripped in dress circle; Patron B assisted. "
            f"First aider FA2 attended. No hospital. Staff: Usher 3, DM. Emergency: call 999/112 first, then duty manager {org_phone}.",
            f"Monthly FOH summary: 7 first-aid incidents (3 fainting, 2 trips, 2 allergy), 1 ambulance, 0 RIDDOR. "
            f"Ejections: 2 (intoxication). Lost property: 41 items.",
            f"Evacuation procedure, {venue}: assembly point B (car park), fire panel in stage door, "
            f"call 112; duty manager radio channel 2. Drill next on the first Monday.",
            f"In the play, {char} collapses at the end of Act II — stage blood, no real injury. Note for ushers: "
            f"audience members sometimes react; this is part of {show}.",
        ]
        instr = rng.choice(["write the staff briefing", "turn into a checklist", ph["ask"]])
    elif kind == "museum_loans":
        hist = pool(rng, tag, 2, "historical maker")
        docs = [
            f"Loan between institutions: object acc. no. {rng.randint(1890, 1999)}.{rng.randint(1, 400)}.{rng.randint(1, 9)} "
            f"from the {venue} to a partner museum; registrar's office registrar@{dom}.org, {org_phone}. Courier: museum staff.",
            f"Provenance: painted by {hist[0]} (1788-1851); sold by the artist to {hist[1]} (d. 1903); by descent; "
            f"acquired 1954 through a dealer. Gap 1933-1945 researched; no red flags in lost-art databases.",
            f"Exhibition label: {artists[0]} (b. 1971), '{show}', 2019, mixed media. Lent by the artist. "
            f"Curated by {artists[1]} for the {venue}.",
            f"Condition report: craquelure across lower third, minor flaking at tacking edge, varnish yellowed. "
            f"Accession {rng.randint(1900, 2020)}-{rng.randint(100, 999)}; RH 50% ±5, 200 lux max.",
        ]
        instr = rng.choice(["summarise for the exhibition file", "write the catalogue entry", ph["ask"]])
    elif kind == "donors_volunteers":
        docs = [
            f"Our supporters: the {eponym} Foundation (registered charity no. {rng.randint(1000000, 1199999)}), "
            f"registered office {venue}, and {rng.randint(300, 900)} Friends. Donations: development@{dom}.org.",
            f"Fundraising dashboard (aggregated): 1,842 donors, median gift 60, retention 71%, Gift Aid claimed on 64%. "
            f"Top segment: members aged 55-74.",
            f"VOLUNTEER GUIDE ROTA TEMPLATE\nname;phone;shift\n[Volunteer 1];[phone];Sat AM\n[Volunteer 2];[phone];Sat PM",
            f"Tour script for volunteer guides: the east wing was designed for {eponym}'s collection; point out the "
            f"portrait of {char} — a character from {show}, not a real person.",
        ]
        instr = rng.choice(["write the donor newsletter paragraph", "check this template", ph["ask"]])
    elif kind == "festival_accreditation":
        docs = [
            f"LINE-UP Sat main stage: 18:00 {artists[0]}, 19:30 {artists[1]}, 21:30 {artists[2]} (headliner). "
            f"Press accreditation: press@{dom}.fest, production office {org_phone}.",
            f"Artist rider ({artists[0]}): 12 bottles still water, hummus, no nuts (allergy), 2 towels, "
            f"DI x4, 2 wedges, drum riser 8x8. Changeover 25 min.",
            f"Accreditation numbers issued: AAA-{rng.randint(1000, 9999)} to AAA-{rng.randint(10000, 19999)}; "
            f"crew total 146, by department: rigging 22, catering 31, security 60, stage 33.",
            f"ACCREDITATION FORM\nFull name: ________\nDate of birth: ________\nCompany: ________\nRole: ________",
        ]
        instr = rng.choice(["make this into the running order doc", "check the numbers add up", ph["ask"]])
    elif kind == "casting_talent":
        docs = [
            f"CASTING CALL — {show}. Roles: {char} (40s-50s, commanding, sings baritone); {rng.choice(CHAR_A)}{rng.choice(CHAR_B)} "
            f"(20s, comic). Submissions via casting@{dom}.org only. Fee: Equity minimum.",
            f"Client credits (public): {artists[0]} — lead in '{show}' (2023), series regular on a streaming drama. "
            f"Represented by our agency, enquiries to agents@{dom}.com.",
            f"Breakdown stats: 1,312 self-tapes received, 84 recalls, 9 offers; 38% first-time applicants.",
            f"Self-tape instructions: slate with your name and agent, do not include date of birth or home address. "
            f"Example file name: SURNAME_Firstname_{char.replace(' ', '')}.mp4",
        ]
        instr = rng.choice(["tighten this text", "translate to English if needed and post", ph["ask"]])
    elif kind == "fan_mail":
        docs = [
            f"Dear {artists[0]}, your concert at the {venue} changed my life. The way you played the second movement of "
            f"{show}... {ph['thanks']}. — a fan",
            f"Fan club address: Official Fan Club, PO Box {rng.randint(100, 9999)}, c/o management, fanclub@{dom}.com. "
            f"Letters are answered within 8 weeks.",
            f"Fan-club stats: 23,400 members, 61 countries, 74% renew; most mail in June (tour). Don't reply to "
            f"requests for the artist's private address.",
            f"Fan fiction submission: '{char} and the Lost Overture' — {char} meets a ghost conductor in the {venue}. 2,000 words.",
        ]
        instr = rng.choice(["draft a friendly reply", "categorise this", ph["ask"]])
    else:
        docs = [
            f"Grant guidelines: individuals may apply for up to 15,000; organisations up to 100,000. Contact "
            f"grants@{dom}.org or {org_phone}. Deadline: 14:00 on the closing date.",
            f"Panel decisions (published): {artists[0]} awarded 9,800 for '{show}'; the {eponym} Ensemble awarded 42,000. "
            f"Grant refs AC-{rng.randint(10000, 99999)}, AC-{rng.randint(10000, 99999)}.",
            f"Budget: artist fees 6,200; venue hire 1,800; marketing 900; access costs 1,100; contingency 5%. "
            f"Match funding 30% from the {eponym} Trust.",
            f"APPLICATION FORM\nApplicant name: [ ]\nDate of birth: [ ]\nBank details: [sort code] [account]\nNational insurance number: [ ]",
        ]
        instr = rng.choice(["strengthen this application section", "check the budget adds up", ph["ask"]])
    return instr, docs[sub], sub


BENIGN_STYLES = {
    "box_office": ["org_contact", "test_values", "aggregated", "placeholder"],
    "access_booking": ["org_contact", "blank_form", "aggregated", "fictional"],
    "foh_incident": ["anonymised", "aggregated", "org_contact", "fictional"],
    "museum_loans": ["org_contact", "historical", "public_role", "reference_numbers"],
    "donors_volunteers": ["eponym_org", "aggregated", "placeholder", "fictional"],
    "festival_accreditation": ["public_role", "public_role", "reference_numbers", "blank_form"],
    "casting_talent": ["fictional", "public_role", "aggregated", "documentation"],
    "fan_mail": ["public_role", "org_contact", "aggregated", "fictional"],
    "arts_funding": ["org_contact", "public_role", "eponym_org", "blank_form"],
}


# ---------------------------------------------------------------------------------------------- PII
def build_pii(rng):
    recs = []
    n_sens, n_ben = 32, 24
    plan = []
    for kind in KINDS:
        plan += [(kind, True)] * n_sens + [(kind, False)] * n_ben
    rng.shuffle(plan)
    loc_cycle = LOCALES * 40
    off = rng.randrange(len(LOCALES))
    models = ["hybridgate/auto", "gpt-4o-mini", "gpt-4o", "claude-sonnet", "local/llama"]
    incidental_count = 0
    for i, (kind, sens) in enumerate(plan):
        tag = loc_cycle[i + off]
        placement = PLACEMENTS[(i * 5 + off) % len(PLACEMENTS)]
        completions = rng.random() < 0.10
        model = rng.choice(models)
        user_field = None
        if sens:
            p = make_person(rng, tag)
            if rng.random() < 0.125:
                instr, doc, issued, st = doc_incidental(rng, kind, p)
                incidental_count += 1
            else:
                instr, doc, issued = doc_sensitive(rng, kind, p, None)
                st = "document"
            if placement == "user_field" and not completions:
                user_field = p.email
                issued = issued + [("EMAIL_ADDRESS", p.email)]
        else:
            instr, doc, sub = doc_benign(rng, kind, tag)
            st = BENIGN_STYLES[kind][sub]
            issued = []
            if placement == "user_field" and not completions:
                user_field = f"acct_{rng.randrange(16**10):010x}"
        fname = f"{kind}_{rng.randint(100, 999)}.txt"
        body = build_body(rng, kind, placement, instr, doc, model, completions, user_field, fname)
        ents = entities_for(body, issued)
        if sens:
            assert ents, (kind, placement)
        else:
            assert not ents
        rec = {"id": f"{SPLIT}-pii-{i + 1:04d}", "category": kind if sens else kind + "_benign",
               "sensitive": bool(ents), "entities": ents, "endpoint": "completions" if completions else "chat",
               "lang": tag, "style": f"{st} · {'prompt' if completions else placement}", "body": body}
        assert rec["sensitive"] == bool(rec["entities"])
        recs.append(rec)
    return recs, incidental_count


# --------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = [
    ("en", "What time do doors usually open before a 7:30pm show?"),
    ("en", "Give me 3 catchy names for a kids' puppet show about a lost balloon."),
    ("en", "What does 'house seats' mean in theatre?"),
    ("en", "Write a one-line Instagram caption for our Saturday matinee."),
    ("de", "Wie sage ich auf Englisch 'Einlass ab 19 Uhr'?"),
    ("de", "Schreib einen kurzen Satz: Die Vorstellung fällt heute leider aus."),
    ("fr", "Traduis en anglais : « Les portes ouvrent à 19h, placement libre. »"),
    ("fr", "Donne-moi un synonyme de « entracte »."),
    ("es", "¿Cómo se dice 'butaca de platea' en inglés?"),
    ("es", "Escribe un tuit corto anunciando nuestro concierto del viernes."),
    ("it", "Che cos'è un 'loggione' a teatro?"),
    ("pt", "Sugira um título curto para uma exposição de fotografia sobre o mar."),
    ("nl", "Wat is het verschil tussen een premiere en een try-out?"),
    ("pl", "Przetłumacz na angielski: 'Bilety do odbioru w kasie'."),
    ("sv", "Ge mig tre förslag på namn till en sommarfestival för folkmusik."),
    ("ja", "「千秋楽」を英語で説明してください。"),
    ("zh", "“谢幕”用英语怎么说？"),
    ("ko", "'커튼콜'을 영어로 한 문장으로 설명해 주세요."),
    ("ru", "Как по-английски «антракт»?"),
    ("tr", "'Kuliste' kelimesinin İngilizcesi nedir?"),
    ("en", "Is 'encore' French or English originally?"),
    ("en", "Make this friendlier: 'No re-admission after the interval.'"),
    ("el", "Πώς λέγεται «πρόβα τζενεράλε» στα αγγλικά;"),
    ("he", "איך אומרים 'קופת כרטיסים' באנגלית?"),
]
SHORT_HARD = [
    ("en", "Formulate the festival stage schedule as an integer program: 31 acts, 4 stages, changeover times depend on the "
           "(act, next act) pair, shared drummers cannot overlap, curfew 23:00 on two stages. Give the model, explain how you'd "
           "linearise the sequence-dependent changeovers and bound the LP relaxation gap."),
    ("en", "Derive the Pythagorean and syntonic commas exactly (as ratios and in cents) and prove that no stack of pure fifths "
           "ever equals a stack of octaves. Then explain why 31-EDO approximates meantone better than 12-EDO."),
    ("en", "Dynamic pricing for a 1,900-seat hall: demand per price tier follows a logit model with cross-elasticities; "
           "derive the revenue-maximising prices under a capacity constraint, show the KKT conditions, then discuss "
           "fairness constraints for access-scheme seats."),
    ("en", "A painting changed hands in 1937 Vienna, 1941 Paris and 1952 New York. Walk through which legal regimes (restitution laws, "
           "Washington Principles, statutes of limitation, good-faith acquisition in NY vs Swiss law) could apply to a claim today, and where they conflict."),
    ("en", "Prove or refute: any seating plan of an n x m hall where no two members of the same booking are separated can be found "
           "greedily in O(nm) if bookings are processed in decreasing size. Give a counterexample if false."),
    ("en", "Our touring budget is in EUR, fees in USD and JPY, costs in GBP. Build a stochastic model of break-even under FX "
           "volatility, explain hedging with forwards vs options, and compute the VaR at 95% for a 6-week tour given sigma estimates."),
    ("de", "Analysiere den Tristan-Akkord funktionstheoretisch und stufentheoretisch, vergleiche mindestens drei konkurrierende "
           "Deutungen und begründe, welche die Stimmführung am besten erklärt."),
    ("de", "Entwirf ein Datenmodell für ein Ticketing-System mit Kontingenten, Abos, Ermäßigungen und Teilstornos, das "
           "doppelte Sitzplatzvergabe bei konkurrierenden Transaktionen beweisbar verhindert. Diskutiere Isolationsstufen."),
    ("fr", "Compare le droit de suite (directive 2001/84/CE) et le régime suisse pour la revente d'une œuvre d'un artiste français "
           "résidant au Royaume-Uni vendue à Genève ; identifie les conflits de lois et propose une stratégie."),
    ("fr", "Démontre pourquoi la réverbération d'une salle suit approximativement la formule de Sabine, dans quelles conditions "
           "Eyring est meilleure, puis estime le RT60 d'une salle de 12 000 m³ avec les coefficients donnés par bande."),
    ("es", "Diseña un algoritmo para asignar 400 voluntarios a turnos de un festival con preferencias, incompatibilidades y "
           "mínimos por puesto; demuestra que es NP-difícil y propone una aproximación con garantía."),
    ("es", "Analiza críticamente la autoría compartida en el teatro devised frente al derecho de autor español: ¿quién es autor, "
           "cómo se reparten los derechos y qué cláusulas contractuales lo resolverían?"),
    ("it", "Spiega con rigore perché la prospettiva di Piero non coincide con una proiezione centrale esatta in certi dipinti, "
           "modellando matematicamente gli scorci e stimando il punto di vista dall'immagine."),
    ("ja", "劇場の座席配置について、視線（サイトライン）を満たす段床の高さを各列で最小化する問題を定式化し、"
           "最適解の性質を証明してください。"),
    ("zh", "请比较京剧与昆曲在声腔体系上的差异，并从音乐理论角度分析板腔体与曲牌体对即兴空间的影响，给出例证。"),
    ("ru", "Построй модель оптимального репертуара театра на сезон: ограничения по труппе, декорациям и сценам, "
           "целевая функция — выручка и художественное разнообразие. Обоснуй метод решения."),
    ("pt", "Modele o risco de cancelamento de uma turnê por chuvas como um processo estocástico e derive o prêmio justo de "
           "um seguro paramétrico; discuta o risco de base."),
    ("ko", "공연장 음향에서 초기 반사음과 명료도(C80)의 관계를 수식으로 설명하고, 객석 형태별로 최적 설계를 비교해 주세요."),
    ("pl", "Wyjaśnij, dlaczego problem układania repertuaru kilku scen z ograniczeniami obsadowymi jest NP-trudny, i podaj redukcję."),
    ("nl", "Ontwerp een eerlijk loterijmechanisme voor schaarse festivaltickets dat bestand is tegen bots en meervoudige "
           "accounts, en bewijs welke eigenschappen (strategievrij, anoniem) het heeft."),
    ("sv", "Härled hur ett museums klimatkrav (RF ±5 %) påverkar energibudgeten och föreslå en regleralgoritm med bevisad stabilitet."),
    ("tr", "Makam müziğinde koma aralıklarını Arel-Ezgi-Uzdilek sistemi ile matematiksel olarak açıklayın ve 53-TET ile karşılaştırın."),
]

LONG_EASY_TASKS = [
    ("en", "Put this seat list into a clean CSV with columns row,seat,status. Nothing else."),
    ("en", "Sort this running order by start time and give it back as a table."),
    ("de", "Bitte diese Liste alphabetisch sortieren, sonst nichts ändern."),
    ("fr", "Mets cette liste au propre, une ligne par entrée, sans rien changer d'autre."),
    ("es", "Cuenta cuántas entradas hay en total en esta lista."),
    ("ja", "このリストを表形式に整えてください。内容は変えないでください。"),
    ("it", "Trasforma questo elenco in una tabella Markdown."),
    ("pt", "Converta esta lista para JSON simples (uma lista de objetos)."),
    ("nl", "Zet deze lijst om naar een tabel."),
    ("zh", "把下面的清单整理成表格，不要改内容。"),
]
LONG_HARD_TASKS = [
    ("en", "The rider, the venue tech spec and the contract below conflict. Identify every conflict (power, rigging loads, "
           "curfew, cancellation), decide which document prevails under the contract's precedence clause, quantify the "
           "cost exposure of each scenario and propose redlines."),
    ("en", "Using the season sales data below, build a forecast for next season by show type, explain seasonality and "
           "cannibalisation effects, and recommend a pricing and programming mix with a justified sensitivity analysis."),
    ("de", "Die folgenden Provenienzangaben widersprechen sich. Rekonstruiere die wahrscheinlichste Besitzkette, bewerte "
           "jede Quelle kritisch, benenne Lücken 1933-1945 und formuliere eine begründete Empfehlung zur Restitutionsprüfung."),
    ("fr", "À partir du budget et du calendrier ci-dessous, construis un plan de trésorerie mensuel de la tournée, identifie "
           "les mois de tension, propose deux scénarios de financement et calcule leur coût."),
    ("es", "Con los datos de la programación siguiente, resuelve la asignación de salas de ensayo minimizando conflictos; "
           "explica el modelo, las restricciones y demuestra que tu solución es óptima o acota el error."),
    ("ja", "以下の助成金申請書と評価基準を照らし合わせ、各基準ごとに弱点を論理的に分析し、得点を推定したうえで改善案を優先順位付きで示してください。"),
    ("zh", "根据下面的巡演合同条款与各城市场馆技术参数，找出所有冲突点，分析法律与成本风险，并给出谈判策略。"),
    ("ru", "На основе данных ниже проанализируй, почему упала посещаемость, разделив эффекты цены, репертуара и сезона; "
           "построй регрессию и интерпретируй коэффициенты."),
]

SEAT_ROWS = "ABCDEFGHJKLMNPQRST"


def long_list(rng, kind, min_chars=1600):
    lines = []
    i = 0
    while sum(len(x) + 1 for x in lines) < min_chars:
        i += 1
        if kind == 0:
            lines.append(f"row {rng.choice(SEAT_ROWS)} seat {rng.randint(1, 40)} — {rng.choice(['sold', 'held', 'comp', 'open', 'killed'])}")
        elif kind == 1:
            lines.append(f"{rng.randint(12, 23)}:{rng.choice(['00', '15', '30', '45'])} {rng.choice(PLAY_A)} {rng.choice(PLAY_B)} — "
                         f"{rng.choice(['Main Stage', 'Studio', 'Foyer', 'Garden'])} — {rng.randint(20, 90)} min")
        elif kind == 2:
            lines.append(f"{i}. {rng.choice(['gobo', 'par can', 'profile spot', 'DMX cable 10m', 'haze fluid', 'gaffer tape', 'clamp', 'safety bond'])} x{rng.randint(1, 40)} — case {rng.randint(1, 30)}")
        else:
            lines.append(f"{rng.choice(PLAY_A)} {rng.choice(PLAY_B)}; {rng.choice(['Oct', 'Nov', 'Dec', 'Jan', 'Feb'])} {rng.randint(1, 28)}; "
                         f"sold {rng.randint(100, 1900)}; capacity 1,900; avg price {rng.randint(18, 95)}")
    return "\n".join(lines)


def long_hard_material(rng):
    parts = []
    clauses = [
        "Artist requires 3-phase 125A power stage left; venue provides 63A 3-phase only, with a 32A single-phase backup.",
        "Rigging: artist flown PA 1,450 kg per side; venue point load limit 750 kg per point, 2 points per side.",
        "Curfew 22:30 strict; artist set length 105 min, doors 19:00, support 20:00-20:40, changeover 30 min.",
        "Cancellation: force majeure excludes 'adverse weather'; promoter pays 50% guarantee if cancelled < 30 days.",
        "Precedence: in case of conflict the contract prevails over riders, riders over technical specs.",
        "Merchandise: venue commission 25% soft goods, 15% music; artist rider states 'no commission'.",
        "Guarantee 18,000 EUR vs 85% of net box office after costs, whichever is greater; costs capped at 22,000.",
        "Sales: season A — drama 71% capacity, musicals 92%, new writing 48%, family 88% (Dec), 55% (Feb).",
        "Source 1 (1949 dealer stock book): 'acquired from a private collection, Munich, 1938'. Source 2 (auction 1961): "
        "'formerly in the collection of a Berlin banker until 1935'. Source 3 (label verso): customs stamp Basel 1940.",
    ]
    while sum(len(x) for x in parts) < 1700:
        parts.append(rng.choice(clauses) + f" [ref {rng.randint(1, 40)}.{rng.randint(1, 9)}]")
    return "\n".join(parts)


def build_complexity(rng):
    recs = []
    plan = (["short_simple"] * 47 + ["long_easy"] * 48 + ["short_hard"] * 48 + ["long_hard"] * 47)
    rng.shuffle(plan)
    prefixes = ["", "quick q: ", "hey — ", "", "Pls: ", "", "(for the programme team) "]
    ss = rng.sample(SHORT_SIMPLE, len(SHORT_SIMPLE))
    sh = rng.sample(SHORT_HARD, len(SHORT_HARD))
    ci = collections.Counter()
    for i, cat in enumerate(plan):
        n = ci[cat]
        ci[cat] += 1
        sysmsg = None
        if cat == "short_simple":
            lang, text = ss[n % len(ss)]
            text = rng.choice(prefixes) + text
            style = "question"
        elif cat == "short_hard":
            lang, text = sh[n % len(sh)]
            text = rng.choice(prefixes) + text
            style = "analysis"
        elif cat == "long_easy":
            lang, task = rng.choice(LONG_EASY_TASKS)
            k = rng.randint(0, 3)
            text = task + "\n\n" + long_list(rng, k)
            style = ["seat_list", "running_order", "kit_list", "sales_lines"][k] + "/reformat"
            assert len(text) >= 1500
        else:
            lang, task = rng.choice(LONG_HARD_TASKS)
            text = task + "\n\n" + long_hard_material(rng)
            style = "multi_doc_reasoning"
            sysmsg = "You are a senior arts-management consultant. Reason carefully."
        msgs = ([{"role": "system", "content": sysmsg}] if sysmsg else []) + [{"role": "user", "content": text}]
        body = {"model": rng.choice(["hybridgate/auto", "hybridgate/auto", "gpt-4o-mini"]), "messages": msgs}
        label = 1 if cat in ("short_hard", "long_hard") else 0
        recs.append({"id": f"{SPLIT}-cx-{i + 1:04d}", "category": cat, "label": label,
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang,
                     "style": style, "body": body})
    return recs


# ---------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii, inc = build_pii(rng)
    cx = build_complexity(random.Random(a.seed * 7 + 1))
    with open(out / f"pii_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for r in pii:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(out / f"complexity_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for r in cx:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"frozen words scanned: {len(FROZEN)}; freeze rejections during composition: {dict(FREEZE_STATS)}")
    print(f"pii: {len(pii)} records ({sum(r['endpoint'] == 'completions' for r in pii)} completions), "
          f"{len({r['lang'] for r in pii})} locales, sensitive {sens} / benign {len(pii) - sens}, incidental {inc}")
    print("pii categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print(f"complexity: {len(cx)} records, {len({r['lang'] for r in cx})} langs,",
          dict(collections.Counter(r["category"] for r in cx)),
          f"length_adversarial {sum(r['length_adversarial'] for r in cx)}, label1 {sum(r['label'] for r in cx)}")


if __name__ == "__main__":
    main()
