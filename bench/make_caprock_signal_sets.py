#!/usr/bin/env python3
"""Caprock: a blind evaluation split for the request signals, organised by the world of WORK, HIRING AND THE GIG ECONOMY.

Writes bench/data/signals/pii_caprock.jsonl and bench/data/signals/complexity_caprock.jsonl (PII: id,
category, sensitive, entities, endpoint, lang, style, body; complexity: id, category, label,
length_adversarial, endpoint, lang, style, body).

How it was written
    Blind. Its author read only the batch brief, the first 70 lines of make_delta_signal_sets.py (record
    schema, label conventions) and the first 2 lines of pii_delta.jsonl / complexity_delta.jsonl. Not read:
    the detector, its tests, the evaluator, results, docs, policies, other generators' sources and commit
    messages. Other generators were only scanned automatically (the FREEZE below): every name, street stem,
    town, company stem, eponym, public and fictional person of this file that shares a word (or a non-ASCII
    bigram) with that scan is dropped at run time and refilled from invented, locale-typical name parts.
    Legal-form suffixes (GmbH, Ltd ...) and street-type words are template text, not pool entries.

Organising principle and the line drawn
    Ten kinds of document of the work world, each a category: cv, interview (scheduling + notes), offer
    (offer letters / contracts), payroll (payslips, payroll CSV), expenses (claims, card statements),
    works_council (hearings, minutes), gig_platform (courier / driver support tickets, payouts), staffing
    (agency timesheets, placements), background_check (screening, references), offboarding (exit
    checklists, final pay). Written as recruiters, payroll clerks, couriers, council members, agency
    consultants and line managers write: chat, pasted forms, CSV, ATS/HRIS JSON, emails, code-switching.
    Personal data = anything about an identifiable private worker, candidate, referee, courier or their
    family: names with a role or relation cue, private phones / e-mails / addresses, birth dates,
    national / tax / health-insurance numbers, private bank accounts and cards, IPs of their devices,
    occupational-health record numbers. NOT personal data (benign hard negatives): organisations' own
    contact data (careers@ / payroll@ mailboxes, switchboards, registered offices, a company's own IBAN
    and VAT number on a B2B invoice), public figures in their public role and management theorists
    cited by name, eponyms (Gantt chart, Likert scale ...), fictional characters, blank templates and
    {{placeholders}}, documentation / test values (example numbers from the numbering plans, test cards,
    RFC 5737 addresses, example.com), requisition / PO / payroll-run / ticket / order numbers, pay
    grades, aggregated or already-anonymised statistics.

Labels
    Sensitive records: category ``<kind>``, benign ``<kind>_benign``. ``entities`` = sorted list of
    {"type", "value"} for every issued value found in the serialised body (strings walked recursively,
    tool-call argument JSON parsed, base64 file parts decoded, URLs unquoted); sensitive iff non-empty
    (asserted). Types as in the delta docstring (ssn = US only; US_BANK_NUMBER = routing/account).
    Complexity: short_simple / long_easy (>= 1,500 chars) label 0, short_hard / long_hard label 1;
    length_adversarial = short_hard or long_easy.

Contents
    Printed by the run (records, locales, sensitive/benign, categories, placements, incidental share).

Validation
    Every identifier is validated with python-stdnum (IBAN, SSN, ABA routing, NHS, UTR, Steuer-ID, NIR,
    DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, PAN, Aadhaar, RIC, RRN,
    My Number, Thai PIN, Israeli ID, CURP, CNP), cards and record numbers with Luhn, phones with
    ``phonenumbers`` (valid for their region); the run aborts on an invalid value; every retry loop is
    capped.

Command (deterministic)
    python bench/make_caprock_signal_sets.py [--seed 20260878] [--out bench/data/signals]
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
import sys
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "caprock"

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
DROPPED = collections.Counter()


def is_frozen(entry):
    toks = [t.lower() for t in WORD.findall(entry)]
    for t in toks:
        if t in FROZEN:
            return True
    for a, b in zip(toks, toks[1:]):
        if any(ord(c) > 127 for c in a + b) and f"{a} {b}" in FROZEN:
            return True
    # hyphenated / apostrophe forms as the capitalised-word scan sees them
    for m in re.finditer(r"\b[A-Z][A-Za-z'\-]+", entry):
        if m.group(0).lower() in FROZEN:
            return True
    return False


def keep(pool_name, entries):
    out = []
    for e in entries:
        if is_frozen(e):
            DROPPED[pool_name] += 1
        else:
            out.append(e)
    return out


def compose(rng, pool_name, parts_a, parts_b, n, joiner="", cap=600, extra=None):
    """Invented names from locale-typical parts, re-checked against the freeze (capped)."""
    out, seen = [], set()
    for _ in range(cap):
        if len(out) >= n:
            break
        e = rng.choice(parts_a) + joiner + rng.choice(parts_b)
        if extra:
            e = extra(e)
        if e in seen:
            continue
        seen.add(e)
        if is_frozen(e):
            DROPPED[pool_name] += 1
            continue
        out.append(e)
    if len(out) < max(3, n // 4):
        raise SystemExit(f"pool {pool_name} too small after freeze: {len(out)}")
    return out


# ----------------------------------------------------------------------------------------------- locales
# given parts A/B, family parts A/B, street stems, street pattern, town parts, label words, order
L = {}


def loc(tag, region, ga, gb, fa, fb, sa, sb, street_fmt, ta, tb, labels, *, family_first=False, gj="", fj="",
        zip_fmt="#####", ids=(), iban=None, script="Latn"):
    L[tag] = dict(tag=tag, region=region, ga=ga.split(), gb=gb.split(), fa=fa.split(), fb=fb.split(),
                  sa=sa.split(), sb=sb.split(), street_fmt=street_fmt, ta=ta.split(), tb=tb.split(),
                  lab=dict(zip("name dob phone addr email id bank hi thx".split(), labels.split("|"))),
                  family_first=family_first, gj=gj, fj=fj, zip_fmt=zip_fmt, ids=ids, iban=iban, script=script)


loc("en-US", "US", "Bray Cal Dor Jal Kes Mar Tay Wyn Ros Lin", "den ton ric lyn sey vin ette ora",
    "Hollo Brack Whit Fen Corr Stall Mab Dunn Pell Yar", "way ridge more son field stead worth ley",
    "Quill Harrow Sable Tamar Birch Oster Lanyard Cobble", "brook run crest mont", "{n} {s} Ave, {t}, {st} {z}",
    "Gran Ash Pell Mar Bro", "ville ford burg dale", "Full name|DOB|Cell|Home address|Personal email|SSN|Bank|Hi|Thanks",
    ids=("ssn", "US_BANK_NUMBER", "CREDIT_CARD"), zip_fmt="#####")
loc("en-GB", "GB", "Ail Bry Cat Ed Ffi Gwen Ros Tam Mor Isl", "wen ona ryn a ie ey ald",
    "Hask Penn Tresh Ollo Brim Wick Stav Cul Marr Gode", "ridge ley well combe thorpe by ham ock",
    "Lark Thimble Wren Copse Saddler Millpond Osier", "lane gate row field", "{n} {s} Rd, {t} {z}",
    "Ash Tref Lin Mar Hol", "bury wick ton mouth", "Name|Date of birth|Mobile|Address|Email|NI/NHS|Bank|Hiya|Cheers",
    ids=("HEALTH_INSURANCE", "TAX_ID"), iban="GB", zip_fmt="AA# #AA")
loc("de-DE", "DE", "Fried Wal Hen Gun Mat Rein Lud Wig Bert Hil", "mar trud helm wig rike hold bert lind",
    "Brenn Schall Kolb Wied Ham Ober Lind Tesch Rauh Pfitz", "ecker mann huber bauer moser inger lechner",
    "Wachol Eibisch Kiefern Schlehen Ginster Rotdorn Holunder", "weg steig pfad gasse", "{s}straße {n}, {z} {t}",
    "Ober Nieder Alt Wend Hoh", "hausen bach feld dorf", "Name|Geb.-Datum|Handy|Anschrift|E-Mail|Steuer-ID|IBAN|Hallo|Danke",
    ids=("TAX_ID",), iban="DE")
loc("fr-FR", "FR", "Aur Clé Gis Mar Ode Sol Thi Rom Éli Lu", "lène mence ard ette ance ine ric",
    "Bou Char Dela Fon Gra Lam Mer Pey Roche Vau", "chard ssier vigne teau mont rieu lière",
    "Glycines Tilleuls Coquelicots Mésanges Lavandières Vignerons", "x y", "{n} rue des {s}, {z} {t}",
    "Saint-Auv Mont Belle Ver Châ", "ville court lieu noy", "Nom|Né(e) le|Portable|Adresse|Mail|N° Sécu|RIB/IBAN|Bonjour|Merci",
    ids=("NATIONAL_ID",), iban="FR")
loc("es-ES", "ES", "Ara Bea Cris Dol Eus Fer Ire Mai Nur Ros", "celi trice ana ora ilda ino",
    "Bar Cas Echa Gal Lez Mon Ola Riba Sar Zu", "rrieta ández illa ueta aga edo",
    "Almendros Alcornoque Jara Retama Azahar Lentisco", "x y", "C/ {s}, {n}, {z} {t}",
    "Villa Torre Val Fuen Cas", "nueva rrubia dolid seca", "Nombre|F. nacimiento|Móvil|Domicilio|Correo|DNI/NIE|IBAN|Hola|Gracias",
    ids=("NATIONAL_ID",))
loc("it-IT", "IT", "Ame Bene Cos Dal Fla Gio Lor Ori Sil Tul", "detta lia mo vio ria ndo",
    "Bar Cas Del Fer Gua Lom Pan Ros Tor Zan", "betti ciani otti ucci ardi elli",
    "Gelsi Oleandri Querce Mirti Cipressi Ginestre", "x y", "Via dei {s} {n}, {z} {t}",
    "Borgo Monte Castel Roc Pog", "franco vecchio rotondo lano", "Nome|Data di nascita|Cell.|Indirizzo|Email|Cod. fiscale|IBAN|Ciao|Grazie",
    ids=("TAX_ID",), iban="IT")
loc("nl-NL", "NL", "Aal Bre Dirk Fem Jor Lie Mees Roe Sjo Wou", "tje ke rt mer sje lof",
    "Van der Bos Brug Hooge Kamp Mol Rijn Veld Wier", "stra huis kamp man ink horst",
    "Berken Hazel Vlier Meidoorn Wilgen Elzen", "x y", "{s}laan {n}, {z} {t}",
    "Hoog Zuid Oost Ned Wold", "veen dorp wijk horn", "Naam|Geb.datum|Mobiel|Adres|E-mail|BSN|IBAN|Hoi|Dank",
    ids=("NATIONAL_ID",), iban="NL", zip_fmt="#### AA")
loc("pl-PL", "PL", "Bogu Dobro Jaro Mir Rado Świę Wło Zbi Ludo Sobie", "sława mir dzisław bor gniew",
    "Chmiel Dąbr Grab Kwiat Mazur Pietr Sosn Wierzb Zaw Brzóz", "owski ewska ak czyk iński ecki",
    "Jarzębinowa Kalinowa Tarninowa Głogowa Wrzosowa Rokitnikowa", "x y", "ul. {s} {n}, {z} {t}",
    "Nowe Stare Biała Wola Góra", "wice ków szyn lin", "Imię i nazwisko|Data ur.|Tel.|Adres|E-mail|PESEL|Nr konta|Cześć|Dzięki",
    ids=("NATIONAL_ID",), iban="PL", zip_fmt="##-###")
loc("pt-BR", "BR", "Ade Clau Dja Gle Ivo Jus Lau Mar Rai Tha", "ilson cia nete ane son ara",
    "Albu Bra Carva Fer Gui Mace Noro Sil Tava Vie", "querque gança lhaes nha rães ira",
    "Ipês Jabuticabeiras Cajueiros Ingazeiras Aroeiras", "x y", "R. das {s}, {n} - {t}, CEP {z}",
    "Santa Vila Boa Nova Pedra", "lândia polis vista rama", "Nome|Nasc.|Cel|Endereço|E-mail|CPF|Conta|Oi|Valeu",
    ids=("TAX_ID",), zip_fmt="#####-###")
loc("sv-SE", "SE", "Agn Bir Dag Elv Gun Ing Lo Sig Tor Vil", "rid vor hild ny run mund",
    "Berg Ek Gran Hag Lind Sjö Ström Tall Åker Ny", "kvist gren dahl holm blad lund",
    "Rönnbärs Hägg Slån Nypon Hassel Kvarn", "x y", "{s}gatan {n}, {z} {t}",
    "Norr Söder Väst Öst Hög", "köping sala vik torp", "Namn|Födelsedatum|Mobil|Adress|E-post|Personnr|Konto|Hej|Tack",
    ids=("NATIONAL_ID",), iban="SE", zip_fmt="### ##")
loc("tr-TR", "TR", "Ay Bay Dil Er Gül Kaan Nil Öz Se Tu", "şe han ara can dem nur",
    "Akt Bal Çelik Dem Kar Ok Sar Taş Yıl Öz", "oğlu kaya türk soy er dağ",
    "Menekşe Papatya Çınaraltı Erguvan Ihlamur Leylak", "x y", "{s} Sk. No:{n}, {z} {t}",
    "Kara Ak Yeni Eski Orta", "köy pınar dere kent", "Ad Soyad|Doğum tarihi|Cep|Adres|E-posta|TCKN|IBAN|Merhaba|Teşekkürler",
    ids=("NATIONAL_ID",), iban="TR")
loc("ru-RU", "RU", "Свято Мило Добро Ярo Рад Лада Вла Ели Зла Мира", "слава мир дана сав рина",
    "Кудря Белозё Сомо Пряни Зато Вереща Кала Тиму Ожо Лыко", "шов ров вин кин ев гин",
    "Рябиновая Черёмуховая Калиновая Боярышниковая Облепиховая", "x y", "ул. {s}, д. {n}, {z} {t}",
    "Ново Старо Бело Верхне Красно", "горск озёрск дольск рецк", "ФИО|Дата рождения|Тел.|Адрес|Почта|ИНН|Счёт|Привет|Спасибо",
    ids=("TAX_ID",), script="Cyrl", zip_fmt="######")
loc("uk-UA", "UA", "Бого Воло Ярo Оле Соло Люби Мирo Зорe Дани Тара", "слав дар мира на ся",
    "Гончару Коваль Бонда Шевчу Мельни Кравче Ткачу Сидо Павлю Литви", "к енко чук ишин ський",
    "Вишнева Ясенева Калинова Липова Грабова", "x y", "вул. {s}, {n}, {z} {t}",
    "Нові Старі Біла Зелена Вишне", "городок поле гір пілля", "ПІБ|Дата народження|Тел.|Адреса|Пошта|РНОКПП|IBAN|Привіт|Дякую",
    ids=("TAX_ID",), iban="UA", script="Cyrl", zip_fmt="#####")
loc("el-GR", "GR", "Αγλα Δημη Ευθυ Καλλι Λευκο Μυρσι Σταυ Χαρι Φωτει Ιφι", "νίκη τρης μία όπη θέα",
    "Αντωνο Βλαχο Γεωργα Καρα Μαυρο Παπα Σταμα Τσιρι Χατζη Λαμπρο", "πουλος κης ίδης άκης λλου",
    "Μυρτιάς Ροδακινιάς Λεμονιάς Κυπαρισσιών Ελιάς", "x y", "{s} {n}, {z} {t}",
    "Νέα Άνω Κάτω Παλαιά Μεγάλη", "χώρι πολη λιμνη βρύση", "Ονοματεπώνυμο|Ημ. γέννησης|Κινητό|Διεύθυνση|Email|ΑΜΚΑ|IBAN|Γεια|Ευχαριστώ",
    ids=("NATIONAL_ID",), iban="GR", script="Grek", zip_fmt="### ##")
loc("hi-IN", "IN", "अनि आरु कवि दीपा निर्म प्रिय महे रघु सुधा हेम", "ता त्री राज वीर लेश ना",
    "अग्र बंस चौ देश मल्हो रस्तो सक्से तिवा भार्ग कुल", "वाल ोत्रा गी वार पांडे श्रेष्ठ",
    "गुलमोहर कदम्ब पलाश अशोकवन चम्पा", "x y", "मकान {n}, {s} मार्ग, {t} - {z}",
    "नव राम शिव सूर्य चन्द्र", "पुर नगर गढ़ गंज", "नाम|जन्म तिथि|मोबाइल|पता|ईमेल|PAN/Aadhaar|बैंक|नमस्ते|धन्यवाद",
    ids=("TAX_ID", "NATIONAL_ID"), script="Deva", zip_fmt="######")
loc("zh-CN", "CN", "钱 孙 蒋 韩 秦 尤 施 蔡 薛 邵", "子涵 思远 嘉懿 雨桐 浩宇 若曦 景行 沐阳 昕悦 书瑶",
    "", "", "梧桐 香樟 紫藤 银杏 木棉 桂花", "北 南 东 西", "{t}市{s}{sb}路{n}号 {z}",
    "清 临 宁 安 丰", "川 江 阳 溪", "姓名|出生日期|手机|住址|邮箱|身份证号|银行账户|你好|谢谢",
    ids=("NATIONAL_ID",), script="Hani", zip_fmt="######")
loc("ko-KR", "KR", "남궁 황보 차 탁 변 엄 채 마 육 지", "서윤 하람 도현 예린 시우 지안 태오 보늬 한결 다온",
    "", "", "느티 은행 매화 목련 솔밭 개나리", "로 길", "{t}시 {s}{sb} {n}, {z}",
    "새 한 청 솔 해", "골 마루 내 뜰", "이름|생년월일|휴대폰|주소|이메일|주민번호|계좌|안녕하세요|감사합니다",
    ids=("NATIONAL_ID",), script="Hang", zip_fmt="#####")
loc("ja-JP", "JP", "榊原 桐生 久我 霧島 真壁 八雲 東雲 篠宮 一色 御影", "澄香 湊人 葵衣 伊織 紬 蒼真 凪沙 律 詩織 悠真",
    "", "", "若葉 桜丘 緑が丘 旭 朝日 青葉", "町 台", "〒{z} {t}市{s}{sb}{n}-{n2}",
    "北 南 東 西 中", "松 川 浜 野", "氏名|生年月日|携帯|住所|メール|マイナンバー|口座|お疲れ様です|よろしくお願いします",
    ids=("NATIONAL_ID",), script="Jpan", zip_fmt="###-####")
loc("th-TH", "TH", "กิตติ ชลิ ธนา ปิยะ รัตน สุภา อัญ วรร", "พงษ์ ดา นันท์ ชัย ภา",
    "ศรี แก้ว ทอง บุญ ใจ สุข", "สวัสดิ์ มณี วงศ์ ประเสริฐ รักษ์",
    "ลำดวน ราชพฤกษ์ พิกุล ชบา", "x y", "{n} ซอย{s} แขวง{t} {z}",
    "บาง ลาด หนอง ดอน", "ขุนเทียน พร้าว ปลาดุก ยาง", "ชื่อ|วันเกิด|มือถือ|ที่อยู่|อีเมล|เลขบัตรประชาชน|บัญชี|สวัสดี|ขอบคุณ",
    ids=("NATIONAL_ID",), script="Thai", zip_fmt="#####")
loc("he-IL", "IL", "אבי גלי דני הדס יעל נוע עמי רוני שי תמר", "טל רן אל ית נה",
    "בר גול דג הר זה כה לב מר שק רו", "זילי נבי שטיין מוביץ עוני לר",
    "האלה הרימון התאנה השיטה האורן", "x y", "רח' {s} {n}, {t} {z}",
    "גבעת כפר נווה רמת קרית", "אלון ברוש ערבה זית", "שם|ת. לידה|נייד|כתובת|מייל|ת.ז.|חשבון|היי|תודה",
    ids=("NATIONAL_ID",), script="Hebr", zip_fmt="#######")
loc("ar-AE", "AE", "عبد نور سيف حمد رأف لطي جوا هلا", "الكريم الهدى الدين ان ي ة",
    "بن الشام المه الفل الزعا النع", "سي يري لاسي بي حي",
    "السدر الغاف الياسمين النخيل", "x y", "شارع {s}، مبنى {n}، {t}",
    "أم المر دبا الخ", "قرين يفة حصن بيرة", "الاسم|تاريخ الميلاد|الجوال|العنوان|البريد|الهوية|IBAN|مرحبا|شكرا",
    ids=(), iban="AE", script="Arab")
loc("es-MX", "MX", "Aure Cuauh Eli Gua Ita Jaci Lupi Nay Xime Yare", "lio temoc zabeth dalupe ndira ta",
    "Cama Esco Huer Mendi Oroz Quin Tapi Velaz Zamo Ibar", "rena bedo ta ola co rra",
    "Jacarandas Ahuehuetes Colorines Tabachines Huizaches", "x y", "Calle {s} {n}, Col. {t}, C.P. {z}",
    "San Santa Ojo Agua Valle", "tepec huacán lco milpa", "Nombre|Fecha de nac.|Cel.|Domicilio|Correo|CURP|CLABE|Qué onda|Gracias",
    ids=("NATIONAL_ID",))
loc("ro-RO", "RO", "Ana Doi Flo Io Lumi Mir Ov Sor Tud Vio", "rica na ela dor nel ca",
    "Bălă Cioca Dumi Ghe Mano Pop Raco Stoi Ungu Vlă", "nescu ru șanu escu ica eanu",
    "Salcâmilor Teilor Măceșului Zambilelor Nucului", "x y", "Str. {s} nr. {n}, {z} {t}",
    "Vale Deal Ciu Bor Lun", "ni șoara cani ești", "Nume|Data nașterii|Mobil|Adresa|Email|CNP|IBAN|Salut|Mersi",
    ids=("NATIONAL_ID",), iban="RO", zip_fmt="######")

LOCALES = list(L)
CJK = {"zh-CN", "ko-KR", "ja-JP"}


def fill_pools(rng):
    for tag in LOCALES:
        c = L[tag]
        if tag in CJK:
            # a CJK full name is written as one token: the composed name is the pool entry that is checked
            c["given"], c["family"] = c["gb"], c["ga"]
            c["people"] = compose(rng, f"person:{tag}", c["family"], c["given"], 40)
        else:
            c["given"] = compose(rng, f"given:{tag}", c["ga"], c["gb"], 30)
            c["family"] = compose(rng, f"family:{tag}", c["fa"], c["fb"], 30, joiner=" " if tag == "nl-NL" and False else "")
            pairs = []
            for _ in range(600):
                if len(pairs) >= 40:
                    break
                g, f = rng.choice(c["given"]), rng.choice(c["family"])
                e = f"{f} {g}" if c["family_first"] else f"{g} {f}"
                if e not in pairs and not is_frozen(e):
                    pairs.append(e)
            c["people"] = pairs
        streets = keep(f"street:{tag}", c["sa"])
        if len(streets) < 3:
            streets += compose(rng, f"street:{tag}", c["ta"], c["sb"] if c["sb"] != ["x", "y"] else c["tb"], 4)
        c["streets"] = streets
        c["towns"] = compose(rng, f"town:{tag}", c["ta"], c["tb"], 8)


def _ascii(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("ı", "i").replace("ø", "o").replace("æ", "ae")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


class _Asciify(dict):
    pass


ASCIIFY = None

LATIN_ROMAN = {"ru-RU": "ru", "uk-UA": "ua", "el-GR": "gr", "hi-IN": "in", "zh-CN": "cn", "ko-KR": "kr",
               "ja-JP": "jp", "th-TH": "th", "he-IL": "il", "ar-AE": "ae"}
ROMAN_PARTS = "ka lo mi ren sa tu vo ne ri ha ya zo"
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.net", "web.de",
                "hotmail.co.uk", "wp.pl", "libero.it", "mail.ru", "naver.com", "qq.com", "yandex.ru", "uol.com.br"]


# ------------------------------------------------------------------------------------------ identifiers
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def brute(rng, body_fn, ok, alphabet="0123456789", cap=300):
    for _ in range(cap):
        body = body_fn()
        for d in alphabet:
            if ok(body + d):
                return body + d
    raise SystemExit("identifier generation exhausted")


def rand_date(rng, y0=1962, y1=2004):
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def gen_id(rng, tag, kind, born):
    """Return (type, value, label) for a locale identifier, validated."""
    yy, mm, dd = born.year % 100, born.month, born.day
    if kind == "ssn":
        for _ in range(300):
            a = rng.randint(1, 899)
            if a in (666,):
                continue
            v = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
            if us_ssn.is_valid(v):
                return "ssn", v, "SSN"
        raise SystemExit("ssn")
    if tag == "en-GB":
        if kind == "HEALTH_INSURANCE":
            v = brute(rng, lambda: str(rng.randint(4, 7)) + digits(rng, 8), nhs.is_valid)
            v = f"{v[:3]} {v[3:6]} {v[6:]}"
            assert nhs.is_valid(v)
            return kind, v, "NHS no."
        v = brute(rng, lambda: "", lambda d: False, alphabet="") if False else None
        for _ in range(300):
            body = digits(rng, 9)
            for d in "0123456789":
                if utr.is_valid(d + body):
                    return "TAX_ID", d + body, "UTR"
        raise SystemExit("utr")
    if tag == "de-DE":
        v = brute(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 9), idnr.is_valid)
        v = f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
        assert idnr.is_valid(v)
        return "TAX_ID", v, "Steuer-ID"
    if tag == "fr-FR":
        for _ in range(300):
            body = f"{rng.choice('12')}{yy:02d}{mm:02d}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
            key = 97 - int(body) % 97
            v = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
            if nir.is_valid(v):
                return "NATIONAL_ID", v, "N° sécu"
        raise SystemExit("nir")
    if tag == "es-ES":
        b = digits(rng, 8)
        v = b + dni.calc_check_digit(b)
        assert dni.is_valid(v)
        return "NATIONAL_ID", v, "DNI"
    if tag == "it-IT":
        for _ in range(300):
            cons = "BCDFGLMNPRSTVZ"
            b = "".join(rng.choice(cons) for _ in range(6)) + f"{yy:02d}" + "ABCDEHLMPRST"[mm - 1]
            b += f"{dd + rng.choice([0, 40]):02d}" + rng.choice("ABCDEFGHLM") + f"{rng.randint(1, 999):03d}"
            v = b + codicefiscale.calc_check_digit(b)
            if codicefiscale.is_valid(v):
                return "TAX_ID", v, "C.F."
        raise SystemExit("cf")
    if tag == "nl-NL":
        return "NATIONAL_ID", brute(rng, lambda: str(rng.randint(1, 6)) + digits(rng, 7), bsn.is_valid), "BSN"
    if tag == "pl-PL":
        m = mm + (20 if born.year >= 2000 else 0)
        return "NATIONAL_ID", brute(rng, lambda: f"{yy:02d}{m:02d}{dd:02d}" + digits(rng, 4), pesel.is_valid), "PESEL"
    if tag == "pt-BR":
        for _ in range(300):
            b = digits(rng, 9)
            v = b + cpf._calc_check_digits(b)
            if cpf.is_valid(v):
                return "TAX_ID", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", "CPF"
        raise SystemExit("cpf")
    if tag == "sv-SE":
        v = brute(rng, lambda: f"{yy:02d}{mm:02d}{dd:02d}-" + digits(rng, 3), personnummer.is_valid)
        return "NATIONAL_ID", v, "personnr"
    if tag == "tr-TR":
        for _ in range(300):
            b = str(rng.randint(1, 9)) + digits(rng, 8)
            v = b + tckimlik.calc_check_digits(b)
            if tckimlik.is_valid(v):
                return "NATIONAL_ID", v, "TC Kimlik"
        raise SystemExit("tckn")
    if tag == "ru-RU":
        for _ in range(300):
            b = f"{rng.randint(1, 92):02d}" + digits(rng, 8)
            v = b + inn.calc_personal_check_digits(b)
            if inn.is_valid(v):
                return "TAX_ID", v, "ИНН"
        raise SystemExit("inn")
    if tag == "uk-UA":
        return "TAX_ID", brute(rng, lambda: str(rng.randint(2, 3)) + digits(rng, 8), rntrc.is_valid), "РНОКПП"
    if tag == "el-GR":
        return "NATIONAL_ID", brute(rng, lambda: f"{dd:02d}{mm:02d}{yy:02d}" + digits(rng, 4), amka.is_valid), "ΑΜΚΑ"
    if tag == "hi-IN":
        if kind == "TAX_ID":
            for _ in range(300):
                v = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + "P" + \
                    rng.choice("ABCDEGKMNRSTV") + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
                if pan.is_valid(v):
                    return "TAX_ID", v, "PAN"
            raise SystemExit("pan")
        v = brute(rng, lambda: str(rng.randint(2, 9)) + digits(rng, 10), aadhaar.is_valid)
        v = f"{v[:4]} {v[4:8]} {v[8:]}"
        assert aadhaar.is_valid(v)
        return "NATIONAL_ID", v, "Aadhaar"
    if tag == "zh-CN":
        return "NATIONAL_ID", brute(rng, lambda: rng.choice(["110105", "310115", "440106", "510107", "330106"]) +
                                    born.strftime("%Y%m%d") + digits(rng, 3), ric.is_valid, "0123456789X"), "身份证"
    if tag == "ko-KR":
        g = "1" if born.year < 2000 else "3"
        g = str(int(g) + rng.choice([0, 1]))
        v = brute(rng, lambda: f"{yy:02d}{mm:02d}{dd:02d}-{g}" + digits(rng, 5), rrn.is_valid)
        return "NATIONAL_ID", v, "주민번호"
    if tag == "ja-JP":
        v = brute(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 10), jp_in.is_valid)
        v = f"{v[:4]} {v[4:8]} {v[8:]}"
        assert jp_in.is_valid(v)
        return "NATIONAL_ID", v, "マイナンバー"
    if tag == "th-TH":
        v = brute(rng, lambda: str(rng.randint(1, 8)) + digits(rng, 11), th_pin.is_valid)
        v = f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
        assert th_pin.is_valid(v)
        return "NATIONAL_ID", v, "เลขบัตร"
    if tag == "he-IL":
        return "NATIONAL_ID", brute(rng, lambda: str(rng.randint(0, 3)) + digits(rng, 7), il_idnr.is_valid), "ת.ז."
    if tag == "es-MX":
        for _ in range(400):
            b = rng.choice("BCGHLMPRSTVZ") + rng.choice("AEIOU") + "".join(rng.choice("ABCDEGHLMNOPRSTUVZ") for _ in range(2))
            b += f"{yy:02d}{mm:02d}{dd:02d}" + rng.choice("HM") + rng.choice(["DF", "JC", "NL", "PL", "OC", "MC", "GT"])
            b += "".join(rng.choice("BCDFGHLMNPRSTVZ") for _ in range(3)) + ("0" if born.year < 2000 else "A")
            try:
                v = b + curp.calc_check_digit(b)
            except Exception:
                continue
            if curp.is_valid(v):
                return "NATIONAL_ID", v, "CURP"
        raise SystemExit("curp")
    if tag == "ro-RO":
        for _ in range(300):
            s = rng.choice("12") if born.year < 2000 else rng.choice("56")
            b = f"{s}{yy:02d}{mm:02d}{dd:02d}{rng.randint(1, 40):02d}{rng.randint(1, 999):03d}"
            v = b + cnp.calc_check_digit(b)
            if cnp.is_valid(v):
                return "NATIONAL_ID", v, "CNP"
        raise SystemExit("cnp")
    raise SystemExit(f"no id for {tag} {kind}")


IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "PL": "n24", "SE": "n20", "TR": "n22", "AE": "n19", "GR": "n23",
             "RO": "a4n16", "FR": "n23", "NL": "a4n10", "IT": "a1n22", "UA": "n25"}


def gen_iban(rng, cc, spaced=True):
    for _ in range(200):
        out = ""
        for k, n in re.findall(r"([an])(\d+)", IBAN_SPEC[cc]):
            out += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if k == "a" else "0123456789") for _ in range(int(n)))
        num = int("".join(str(int(c, 36)) for c in out + cc + "00"))
        v = cc + "%02d" % (98 - num % 97) + out
        if std_iban.is_valid(v):
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v
    raise SystemExit("iban")


def gen_card(rng, spaced=True):
    for _ in range(300):
        body = rng.choice(["4", "51", "52", "53", "54", "55", "2221"])
        body += digits(rng, 15 - len(body))
        v = body + luhn.calc_check_digit(body)
        if v.startswith(("4111", "4242", "5555", "4000", "5105")):
            continue
        if luhn.is_valid(v):
            return " ".join(v[i:i + 4] for i in range(0, 16, 4)) if spaced else v
    raise SystemExit("card")


def gen_rtn(rng):
    for _ in range(300):
        b = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "11", "12", "21", "22", "26", "31"]) + digits(rng, 6)
        v = b + rtn.calc_check_digit(b)
        if rtn.is_valid(v):
            return v
    raise SystemExit("rtn")


def gen_mrn(rng):
    b = digits(rng, 7)
    v = b + luhn.calc_check_digit(b)
    assert luhn.is_valid(v)
    return v


def gen_ip(rng):
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
    for _ in range(300):
        a = ipaddress.ip_address(f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        if a.is_global and not any(a in n for n in doc):
            return str(a)
    raise SystemExit("ip")


def gen_phone(rng, region, fmt=None):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(300):
        keepn = max(2, len(nat) - 6)
        cand = nat[:keepn] + digits(rng, len(nat) - keepn)
        if cand == nat:
            continue
        n = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            f = fmt if fmt is not None else rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                                                        phonenumbers.PhoneNumberFormat.NATIONAL,
                                                        phonenumbers.PhoneNumberFormat.E164])
            return phonenumbers.format_number(n, f)
    raise SystemExit(f"phone {region}")


def example_phone(region, kind=phonenumbers.PhoneNumberType.FIXED_LINE):
    ex = phonenumbers.example_number_for_type(region, kind)
    return phonenumbers.format_number(ex, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def fmt_dob(tag, d):
    if tag in ("en-US",):
        return d.strftime("%m/%d/%Y")
    if tag in ("zh-CN", "ja-JP"):
        return f"{d.year}年{d.month}月{d.day}日"
    if tag == "ko-KR":
        return f"{d.year}. {d.month}. {d.day}."
    if tag in ("de-DE", "pl-PL", "ru-RU", "uk-UA", "ro-RO", "tr-TR"):
        return d.strftime("%d.%m.%Y")
    if tag in ("sv-SE", "hi-IN"):
        return d.isoformat()
    return d.strftime("%d/%m/%Y")


def zipcode(rng, f):
    return "".join(rng.choice("0123456789") if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTWXY") if c == "A" else c
                   for c in f).lstrip("0") if f == "#####" and False else \
        "".join(rng.choice("123456789") if (c == "#" and i == 0) else rng.choice("0123456789") if c == "#"
                else rng.choice("ABCDEFGHJKLMNPRSTWXY") if c == "A" else c for i, c in enumerate(f))


class Person:
    def __init__(self, rng, tag):
        c = L[tag]
        self.tag = tag
        self.name = rng.choice(c["people"])
        if tag in CJK:
            fam = next(f for f in sorted(c["family"], key=len, reverse=True) if self.name.startswith(f))
            self.given = self.name[len(fam):]
            self.family = fam
        else:
            parts = self.name.split(" ")
            self.given, self.family = (parts[-1], parts[0]) if c["family_first"] else (parts[0], parts[-1])
        self.born = rand_date(rng)
        self.dob = fmt_dob(tag, self.born)
        self.phone = gen_phone(rng, c["region"])
        s = rng.choice(c["streets"])
        n = rng.randint(2, 148)
        self.addr = c["street_fmt"].format(n=n, n2=rng.randint(1, 30), s=s, t=rng.choice(c["towns"]),
                                           z=zipcode(rng, c["zip_fmt"]), st=rng.choice(["OH", "NC", "AZ", "MN", "GA"]),
                                           sb=rng.choice(c["sb"]))
        if tag in LATIN_ROMAN:
            rp = ROMAN_PARTS.split()
            local = rng.choice(rp) + rng.choice(rp) + rng.choice([".", "_", ""]) + rng.choice(rp) + rng.choice(rp)
        else:
            g = _ascii(self.given.lower())
            f = _ascii(self.family.lower()).replace(" ", "")
            local = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}.{g}", f"{g}_{f[:4]}"])
        local = re.sub(r"[^a-z0-9._]", "", local) or "kalo"
        self.email = f"{local}@{rng.choice(MAIL_DOMAINS)}"
        self.id_types = list(c["ids"])
        self.iban_cc = c["iban"]


# --------------------------------------------------------------------------------------- public pools
PUBLIC_RAW = {
    "theorist": ["Frederick Winslow Taylor", "Mary Parker Follett", "Peter Drucker", "Abraham Maslow",
                 "Frederick Herzberg", "Douglas McGregor", "Elton Mayo", "Lillian Gilbreth", "Henri Fayol",
                 "Chester Barnard", "Hugo Münsterberg", "Kurt Lewin", "Edgar Schein", "Meredith Belbin",
                 "Victor Vroom", "Rensis Likert", "Geert Hofstede", "Henry Mintzberg", "Samuel Gompers",
                 "Robert Owen", "Taiichi Ohno", "Kaoru Ishikawa", "Chris Argyris", "Dave Ulrich"],
    "fictional": ["Bob Cratchit", "Ebenezer Scrooge", "Willy Loman", "Gregor Samsa", "Bartleby", "Catbert",
                  "Dilbert", "David Brent", "Dwight Schrute", "Peggy Olson", "Leslie Knope", "Toby Flenderson",
                  "Miranda Priestly", "Lumbergh", "Milton Waddams", "Mr. Spacely", "George Jetson"],
    "eponym": ["Gantt chart", "Likert scale", "Myers-Briggs", "Belbin team roles", "Maslow's hierarchy",
               "Kirkpatrick model", "Pareto principle", "Peter principle", "Parkinson's law", "Boolean search",
               "Taylorism", "Fordism", "Hawthorne effect", "Dunning-Kruger effect", "Yerkes-Dodson curve",
               "Ishikawa diagram", "Kanban", "Herzberg's two-factor theory", "Stanford-Binet"],
}


def public_pools():
    return {k: keep(f"public:{k}", v) for k, v in PUBLIC_RAW.items()}


def company_stems(rng):
    a = "Quor Vell Brix Tand Holm Kavi Lumo Strat Nord Oply Zenk Marv Corv Pex Talu Wend".split()
    b = "ent ora ix ware staff hire forge line path works lane dex".split()
    return compose(rng, "company", a, b, 24)


# -------------------------------------------------------------------------------------- placements
SYSTEMS = {
    "cv": "You help recruiters polish CVs and shortlist candidates.",
    "interview": "You are an interview-scheduling assistant for a talent acquisition team.",
    "offer": "You draft offer letters and employment contracts for HR. Keep the house style.",
    "payroll": "You are a payroll assistant. Be precise with numbers.",
    "expenses": "You help finance review employee expense claims against policy.",
    "works_council": "You support the works council secretary with minutes and hearings.",
    "gig_platform": "You are a support agent for a delivery and ride-hailing platform.",
    "staffing": "You assist consultants of a staffing agency with placements and timesheets.",
    "background_check": "You assist a background-screening team. Follow FCRA/GDPR process.",
    "offboarding": "You help HR ops run employee offboarding checklists.",
}

PLACEMENTS = ["user", "system", "assistant", "tool", "parts_text", "file_part", "tool_args", "tool_schema",
              "response_format", "user_field", "user", "parts_text", "tool", "user"]


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def build_body(rng, kind, doc, ask, place, model, extra_user_field=None):
    sysmsg = {"role": "system", "content": SYSTEMS[kind]}
    body = {"model": model}
    if place == "user":
        msgs = [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif place == "system":
        msgs = [{"role": "system", "content": f"{SYSTEMS[kind]}\nContext record follows.\n---\n{doc}\n---"},
                {"role": "user", "content": ask}]
    elif place == "assistant":
        msgs = [sysmsg, {"role": "user", "content": "pasting what I have, hold on"},
                {"role": "assistant", "content": f"Received. Here is what you pasted:\n{doc}"},
                {"role": "user", "content": ask}]
    elif place == "tool":
        cid = f"call_{hashlib.sha1(doc.encode()).hexdigest()[:10]}"
        fn = {"cv": "ats_get_candidate", "interview": "calendar_lookup", "offer": "hris_get_hire",
              "payroll": "payroll_export", "expenses": "expense_get_claim", "works_council": "docs_fetch",
              "gig_platform": "support_ticket_get", "staffing": "vms_timesheet_get",
              "background_check": "screening_report_get", "offboarding": "hris_get_leaver"}[kind]
        msgs = [sysmsg, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": cid, "type": "function", "function": {"name": fn, "arguments": json.dumps({"ref": "latest"})}}]},
                {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif place == "parts_text":
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif place == "file_part":
        fname = rng.choice(["export.csv", "notes.txt", "claim.txt", "record.json", "paste.md"])
        msgs = [sysmsg, {"role": "user", "content": [
            {"type": "text", "text": ask},
            {"type": "file", "file": {"filename": fname, "file_data": "data:text/plain;base64," + b64(doc)}}]}]
    elif place == "tool_args":
        cid = f"call_{hashlib.sha1(ask.encode()).hexdigest()[:10]}"
        msgs = [sysmsg, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                    "name": "hr_note_save", "arguments": json.dumps({"note": doc, "kind": kind}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": json.dumps({"ok": True})},
                {"role": "user", "content": "ok, now answer my question above"}]
    elif place == "tool_schema":
        msgs = [sysmsg, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {
            "name": "file_hr_record", "description": "Files the record below into the HRIS.\n" + doc,
            "parameters": {"type": "object", "properties": {"status": {"type": "string"}}}}}]
    elif place == "response_format":
        msgs = [sysmsg, {"role": "user", "content": ask}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "hr_extract", "schema": {
            "type": "object", "description": "Extract fields from this source text:\n" + doc,
            "properties": {"summary": {"type": "string"}}}}}
    elif place == "user_field":
        msgs = [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    else:
        raise ValueError(place)
    body["messages"] = msgs
    if extra_user_field is not None:
        body["user"] = extra_user_field
    return body


def walk_strings(obj, out):
    if isinstance(obj, str):
        out.append(obj)
        out.append(urllib.parse.unquote(obj))
        if obj.startswith("data:") and ";base64," in obj:
            out.append(base64.b64decode(obj.split(";base64,", 1)[1]).decode("utf-8"))
        s = obj.strip()
        if s[:1] in "{[":
            try:
                walk_strings(json.loads(s), out)
            except ValueError:
                pass
    elif isinstance(obj, dict):
        for v in obj.values():
            walk_strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            walk_strings(v, out)


def find_entities(body, issued):
    strs = []
    walk_strings(body, strs)
    hay = "\n".join(strs)
    ents, seen = [], set()
    for t, v in issued:
        if v and v in hay and (t, v) not in seen:
            seen.add((t, v))
            ents.append({"type": t, "value": v})
    return sorted(ents, key=lambda e: (e["type"], e["value"]))


# ----------------------------------------------------------------------------------- sensitive documents
def id_items(rng, p):
    """Identifier items for a person: list of (type, value, label)."""
    out = []
    for k in p.id_types:
        if k == "US_BANK_NUMBER":
            r, a = gen_rtn(rng), digits(rng, rng.randint(9, 12))
            out.append(("US_BANK_NUMBER", f"{r}|{a}", "routing/acct"))
        elif k == "CREDIT_CARD":
            out.append(("CREDIT_CARD", gen_card(rng, rng.random() < 0.6), "card"))
        else:
            out.append(gen_id(rng, p.tag, k, p.born))
    if p.iban_cc:
        out.append(("IBAN_CODE", gen_iban(rng, p.iban_cc, rng.random() < 0.7), "IBAN"))
    return out


def render_items(items):
    """Split US routing|account pairs into two issued values; return (text lines, issued)."""
    lines, issued = [], []
    for t, v, lab in items:
        if t == "US_BANK_NUMBER":
            r, a = v.split("|")
            lines.append(f"routing {r} / acct {a}")
            issued += [(t, r), (t, a)]
        else:
            lines.append(f"{lab}: {v}")
            issued.append((t, v))
    return lines, issued


def pay(rng, tag):
    cur = {"en-US": "$", "en-GB": "£", "ja-JP": "¥", "hi-IN": "₹", "ru-RU": "₽", "tr-TR": "₺", "pl-PL": "zł ",
           "pt-BR": "R$", "ko-KR": "₩", "zh-CN": "¥", "th-TH": "฿", "he-IL": "₪", "ar-AE": "AED ", "es-MX": "MX$",
           "sv-SE": "kr ", "ro-RO": "lei ", "uk-UA": "₴"}.get(tag, "€")
    return cur, rng.randint(18, 95) * 100


def sensitive(rng, kind, tag, co, pub):
    c = L[tag]
    lab = c["lab"]
    p = Person(rng, tag)
    q = Person(rng, tag)
    items = id_items(rng, p)
    cur, gross = pay(rng, tag)
    v = rng.randrange(3)
    comp = rng.choice(co)
    issued = [("person", p.name)]
    if kind == "cv":
        if v == 0:
            doc = (f"{lab['name']}: {p.name}\n{lab['dob']}: {p.dob}\n{lab['phone']}: {p.phone}\n{lab['email']}: {p.email}\n"
                   f"{lab['addr']}: {p.addr}\n\nBERUFSERFAHRUNG / EXPERIENCE\n2019–now  shift lead, {comp} logistics hub (12 FTE, "
                   f"forklift licence, SAP EWM)\n2016–2019  picker/packer, agency placement\nSkills: Excel (pivot), first aider, "
                   f"{rng.choice(['B2 English', 'C1 German', 'native Spanish', 'HSK4'])}")
            issued += [("DATE_OF_BIRTH", p.dob), ("PHONE_NUMBER", p.phone), ("EMAIL_ADDRESS", p.email), ("STREET_ADDRESS", p.addr)]
            ask = rng.choice(["tighten this CV for a warehouse supervisor req, max 1 page", "make it ATS friendly pls, keep dates",
                              "rewrite the experience bullets w/ metrics, candidate sent this as a word doc"])
        elif v == 1:
            doc = (f"candidate_id,full_name,mobile,email,source,stage\nC-{rng.randint(10000, 99999)},{p.name},{p.phone},"
                   f"{p.email},referral,phone screen\nC-{rng.randint(10000, 99999)},{q.name},{q.phone},{q.email},job board,new")
            issued += [("PHONE_NUMBER", p.phone), ("EMAIL_ADDRESS", p.email), ("person", q.name), ("PHONE_NUMBER", q.phone),
                       ("EMAIL_ADDRESS", q.email)]
            ask = "dedupe this ATS export and tell me who's still untouched"
        else:
            lines, iss = render_items(items[:1])
            doc = (f"Lebenslauf / CV — {p.name}\n{lab['dob']} {p.dob}, {p.addr}\n{lines[0]}\n(applicant attached ID "
                   f"number for the public-sector application form, sigh)")
            issued += [("DATE_OF_BIRTH", p.dob), ("STREET_ADDRESS", p.addr)] + iss
            ask = "translate the CV header into English and drop whatever a recruiter shouldn't keep"
    elif kind == "interview":
        d = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
        if v == 0:
            doc = (f"{lab['hi']} — 2nd round w/ {p.name} confirmed {d.isoformat()} 10:30, room 4.12. Her mobile {p.phone} "
                   f"in case she's late. Panel: hiring mgr + me. She asked for a parking spot.")
            issued += [("PHONE_NUMBER", p.phone)]
            ask = "write the calendar invite text + a short confirmation SMS"
        elif v == 1:
            doc = json.dumps({"interview": {"candidate": {"name": p.name, "email": p.email, "phone": p.phone},
                                            "slot": f"{d.isoformat()}T14:00", "interviewers": ["HM", "TA partner"],
                                            "notes": f"strong on routing, weak on Excel; mentioned caring for her mother, "
                                                     f"needs flexible hours"}}, ensure_ascii=False)
            issued += [("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone)]
            ask = "summarise the interview feedback into hire/no-hire with reasons"
        else:
            doc = (f"Interview notes – {p.name}, ext. candidate\n- relocating from {p.addr}\n- DOB on form {p.dob} (why is this "
                   f"even on the form?)\n- referee: {q.name}, former team lead, {q.phone}")
            issued += [("STREET_ADDRESS", p.addr), ("DATE_OF_BIRTH", p.dob), ("person", q.name), ("PHONE_NUMBER", q.phone)]
            ask = "clean up my scribbles into a structured scorecard"
    elif kind == "offer":
        lines, iss = render_items(items)
        if v < 2:
            doc = (f"{comp} — OFFER OF EMPLOYMENT\n\n{p.name}\n{p.addr}\n\n{lab['hi']} {p.given},\nWe are pleased to offer you the "
                   f"position of Dispatcher (grade E5) at a gross salary of {cur}{gross:,} per month, starting "
                   f"2026-{rng.randint(1, 12):02d}-01.\nPayroll details on file:\n" + "\n".join(lines))
            issued += [("STREET_ADDRESS", p.addr)] + iss
            ask = rng.choice(["check the letter for tone + missing clauses (probation, notice)",
                              "translate into English, keep the formatting", "make it warmer but still formal"])
        else:
            doc = (f"new hire onboarding form\nname={p.name}\ndob={p.dob}\nprivate_email={p.email}\n" + "\n".join(
                l.replace(": ", "=") for l in lines))
            issued += [("DATE_OF_BIRTH", p.dob), ("EMAIL_ADDRESS", p.email)] + iss
            ask = "convert to JSON for the HRIS import, field names snake_case"
    elif kind == "payroll":
        rows, iss = [], []
        for person in (p, q):
            its = id_items(rng, person)
            ln, ii = render_items(its)
            vals = [x.split(": ", 1)[-1] for x in ln]
            rows.append(f"{person.name};{rng.randint(1, 6)};{gross + rng.randint(-500, 500)};" + ";".join(vals))
            iss += [("person", person.name)] + ii
        if v == 2:
            doc = (f"PAYSLIP {rng.choice(['März', 'Mar', 'mars', '3月'])} 2026 — {comp}\nEmployee: {p.name}   pers.no. "
                   f"{rng.randint(1000, 9999)}\n{lab['addr']}: {p.addr}\nGross {cur}{gross:,}  tax class/code "
                   f"{rng.choice(['III', '1257L', 'B'])}\n" + "\n".join(render_items(items)[0]))
            issued += [("STREET_ADDRESS", p.addr)] + render_items(items)[1]
            ask = "why is net lower than last month? explain line by line"
        else:
            doc = "name;tax_class;gross;ids...\n" + "\n".join(rows)
            issued = iss
            ask = rng.choice(["payroll run failed validation on these two rows, what's wrong with the format?",
                              "reformat into the bank's SEPA bulk template"])
    elif kind == "expenses":
        card = gen_card(rng, rng.random() < 0.5)
        ip = gen_ip(rng)
        if v == 0:
            doc = (f"Expense claim EXP-{rng.randint(100000, 999999)}\nClaimant: {p.name}\nCorporate card: {card}\n"
                   f"1) taxi airport→client {cur}{rng.randint(20, 90)}\n2) hotel 2 nights {cur}{rng.randint(180, 420)}\n"
                   f"3) dinner w/ client (4 pax) {cur}{rng.randint(120, 300)}\nsubmitted from {ip}")
            issued += [("CREDIT_CARD", card), ("IP_ADDRESS", ip)]
            ask = "check against policy: dinner cap 60/pax, no minibar"
        elif v == 1:
            lines, iss = render_items([i for i in items if i[0] in ("IBAN_CODE", "US_BANK_NUMBER")] or items[:1])
            doc = (f"hi finance, pls reimburse my mileage to my private account, {lines[0]}. 312 km @ 0.30. "
                   f"also my wife {q.given} paid the parking with her card, can that go on my claim? — {p.name}")
            issued += iss + [("person", q.given)]
            ask = "draft the answer from finance, friendly but policy says only claimant's own receipts"
        else:
            doc = (f"receipt OCR:\nHOTEL ZUM {rng.choice(c['towns']).upper()}\nGuest: {p.name}\n{p.addr}\nTel {p.phone}\n"
                   f"Card ****{card[-4:]} | full PAN {card}")
            issued += [("STREET_ADDRESS", p.addr), ("PHONE_NUMBER", p.phone), ("CREDIT_CARD", card)]
            ask = "extract date, amount, VAT and merchant to CSV"
    elif kind == "works_council":
        mrn = gen_mrn(rng)
        if v == 0:
            doc = (f"Anhörung des Betriebsrats gem. §102 BetrVG — beabsichtigte ordentliche Kündigung\nArbeitnehmer: {p.name}, "
                   f"geb. {p.dob}, {p.addr}\nBetriebszugehörigkeit: 7 J., 2 unterhaltspflichtige Kinder\nFehlzeiten 2025: 41 AU-Tage, "
                   f"BEM angeboten, abgelehnt. Werksarzt Akte-Nr. {mrn}")
            issued += [("DATE_OF_BIRTH", p.dob), ("STREET_ADDRESS", p.addr), ("MEDICAL_RECORD", mrn)]
            ask = "draft the works council's objection (Widerspruch) on social selection grounds"
        elif v == 1:
            doc = (f"Minutes, works council, item 4: colleague {p.name} (night shift, phone {p.phone}) reports being filmed "
                   f"in the changing room area; council member {q.name} will accompany her to HR.")
            issued += [("PHONE_NUMBER", p.phone), ("person", q.name)]
            ask = "rewrite as formal minutes, neutral wording"
        else:
            doc = (f"ondernemingsraad — verzoek om advies: overplaatsing {p.name} ({p.email}), medische beperking per "
                   f"bedrijfsarts dossier {mrn}; contact thuis {p.phone}")
            issued += [("EMAIL_ADDRESS", p.email), ("MEDICAL_RECORD", mrn), ("PHONE_NUMBER", p.phone)]
            ask = "translate to English and list the legal questions the OR should ask"
    elif kind == "gig_platform":
        ip = gen_ip(rng)
        if v == 0:
            its = [i for i in items if i[0] in ("IBAN_CODE", "US_BANK_NUMBER")] or items[:1]
            lines, iss = render_items(its)
            doc = (f"ticket #{rng.randint(1000000, 9999999)} from courier {p.name} ({p.phone}):\n"
                   f"{lab['hi']}!! payout didnt arrive 3 weeks now, {lines[0]} is correct i checked. i did 61 orders. "
                   f"pls fix or i stop working. login from {ip}")
            issued += [("PHONE_NUMBER", p.phone), ("IP_ADDRESS", ip)] + iss
            ask = "classify urgency and draft a reply in the courier's language"
        elif v == 1:
            doc = json.dumps({"driver": {"display_name": p.given, "legal_name": p.name, "dob": p.dob, "home": p.addr,
                                         "licence_check": "passed", "last_ip": ip},
                              "deactivation": {"reason": "rating < 4.6", "appeal": "says customer lied about late delivery"}},
                             ensure_ascii=False)
            issued += [("DATE_OF_BIRTH", p.dob), ("STREET_ADDRESS", p.addr), ("IP_ADDRESS", ip)]
            ask = "assess the deactivation appeal, is the rating rule fair?"
        else:
            lines, iss = render_items(items[:1])
            doc = (f"{p.name} — rider onboarding, docs uploaded: {lines[0]}, selfie ok, bike not e-bike. "
                   f"Email {p.email}. referred by rider {q.name}.")
            issued += iss + [("EMAIL_ADDRESS", p.email), ("person", q.name)]
            ask = "what's still missing for onboarding? checklist pls"
    elif kind == "staffing":
        lines, iss = render_items(items)
        if v == 0:
            doc = (f"TIMESHEET wk {rng.randint(1, 52)} | agency worker {p.name} | client {comp}\nMon 06:00-14:30 Tue 06:00-14:30 "
                   f"Wed sick Thu 06:00-16:00 Fri 06:00-14:30\nworker contact {p.phone}\npay details: " + "; ".join(lines))
            issued += [("PHONE_NUMBER", p.phone)] + iss
            ask = "calc hours incl. overtime >40h and flag the sick day for the client invoice"
        elif v == 1:
            doc = (f"placement confirmation\ncontractor: {p.name}, {p.addr}\nborn {p.dob}\nrole: CNC operator, "
                   f"rate {cur}{rng.randint(18, 45)}/h, umbrella company pays\n" + "\n".join(lines))
            issued += [("STREET_ADDRESS", p.addr), ("DATE_OF_BIRTH", p.dob)] + iss
            ask = "turn this into the assignment schedule (AWR key info doc)"
        else:
            doc = (f"consultant chat:\n> {p.name} no-show again at the client, his nr {p.phone} goes to voicemail\n"
                   f"> pls try his partner {q.name}? emergency contact {q.phone}")
            issued += [("PHONE_NUMBER", p.phone), ("person", q.name), ("PHONE_NUMBER", q.phone)]
            ask = "draft a no-show warning message, firm but fair"
    elif kind == "background_check":
        lines, iss = render_items(items)
        if v == 0:
            doc = json.dumps({"subject": {"name": p.name, "dob": p.dob, "address_history": [p.addr],
                                          "ids": lines}, "checks": {"criminal": "clear", "employment_verif": "1 discrepancy",
                                                                    "education": "verified"}}, ensure_ascii=False)
            issued += [("DATE_OF_BIRTH", p.dob), ("STREET_ADDRESS", p.addr)] + iss
            ask = "write the adverse-action pre-notice for the employment discrepancy"
        elif v == 1:
            doc = (f"Reference call — referee {q.name} ({q.phone}, {q.email}) about candidate {p.name}:\n"
                   f"'reliable, but left after a conflict with the night manager'. Would rehire: maybe.")
            issued += [("person", q.name), ("PHONE_NUMBER", q.phone), ("EMAIL_ADDRESS", q.email)]
            ask = "summarise the reference neutrally for the hiring manager"
        else:
            doc = (f"{lab['name']}: {p.name}\n{lab['dob']}: {p.dob}\n" + "\n".join(lines) +
                   f"\nconsent signed: yes\nprevious addresses: {p.addr}")
            issued += [("DATE_OF_BIRTH", p.dob), ("STREET_ADDRESS", p.addr)] + iss
            ask = "is anything missing for a standard pre-employment screening?"
    elif kind == "offboarding":
        lines, iss = render_items(items)
        if v == 0:
            doc = (f"Leaver: {p.name} | last day 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n"
                   f"forwarding address {p.addr}\nprivate email for P45/certificate: {p.email}\nfinal pay to " + "; ".join(lines) +
                   f"\nlaptop asset LT-{rng.randint(1000, 9999)} not returned yet")
            issued += [("STREET_ADDRESS", p.addr), ("EMAIL_ADDRESS", p.email)] + iss
            ask = "make the offboarding checklist and the letter asking for the laptop back"
        elif v == 1:
            doc = (f"exit interview {p.name}: leaving because of manager {q.name}; says she was passed over after returning "
                   f"from maternity leave. personal mobile {p.phone}.")
            issued += [("person", q.name), ("PHONE_NUMBER", p.phone)]
            ask = "extract themes for the quarterly attrition report"
        else:
            doc = (f"IT offboarding ticket: disable accounts of {p.name}, forward mail to {p.email} for 30 days (approved), "
                   f"VPN last seen from {gen_ip(rng)}")
            ipv = doc.rsplit(" ", 1)[-1]
            issued += [("EMAIL_ADDRESS", p.email), ("IP_ADDRESS", ipv)]
            ask = "write the runbook steps for this ticket"
    else:
        raise ValueError(kind)
    return doc, ask, issued, f"v{v}", p


INCIDENTAL_WRAP = {
    "cv": "Reviewing 40 CVs for the forklift role. Most lack certifications, dates are messy, two list hobbies only. ",
    "interview": "Room bookings this week are a nightmare, panel availability Tue/Thu only, video link broken twice. ",
    "offer": "Offer template v7 still has the old probation clause and the wrong benefits table; legal wants it fixed. ",
    "payroll": "Payroll cut-off moved to the 20th; overtime from the 21st rolls into next month, as agreed with finance. ",
    "expenses": "Q3 expense backlog is 312 claims; most are missing itemised receipts or approvals. ",
    "works_council": "Agenda for Thursday: canteen prices, shift rota for summer, the new badge system. ",
    "gig_platform": "Peak-hour surge in zone 4 again, batching is off, average wait at restaurants 14 min. ",
    "staffing": "Client wants 12 more pickers for December; pay rate stays, shift premium for nights only. ",
    "background_check": "Turnaround times slipped to 6 days because the county courts are slow. ",
    "offboarding": "Offboarding SLA: accounts disabled within 4h, assets back within 5 working days. ",
}


def incidental(rng, kind, tag, pub):
    p = Person(rng, tag)
    v = rng.randrange(3)
    filler = INCIDENTAL_WRAP[kind] * rng.randint(2, 4)
    if v == 0:
        rel = rng.choice(["my husband", "her daughter", "my manager", "the new intern", "his brother-in-law", "my flatmate"])
        doc = filler + f"Unrelated but {rel} {p.given} says hi and asks if you still have the spare monitor."
        issued = [("person", p.given)]
    elif v == 1:
        doc = filler + f"If anything breaks call me on {p.phone}, I'm off-site all day."
        issued = [("PHONE_NUMBER", p.phone)]
    else:
        doc = filler + f"PS the form still shows my birthday as {p.dob}, can someone remove that from the public profile?"
        issued = [("DATE_OF_BIRTH", p.dob)]
    ask = "summarise in 3 bullets and propose next steps"
    return doc, ask, issued, f"incidental{v}", p


# -------------------------------------------------------------------------------------- benign documents
def benign(rng, kind, tag, co, pub):
    c = L[tag]
    lab = c["lab"]
    comp = rng.choice(co)
    dom = _ascii(comp.lower()) + rng.choice([".com", ".eu", ".example"])
    switch = example_phone(c["region"])
    theorist = rng.choice(pub["theorist"]) if pub["theorist"] else "the scientific-management school"
    fict = rng.choice(pub["fictional"]) if pub["fictional"] else "the cartoon HR director"
    epo = rng.choice(pub["eponym"]) if pub["eponym"] else "a five-point scale"
    cur, gross = pay(rng, tag)
    v = rng.randrange(4)
    hk = {0: "org_contact", 1: "placeholder", 2: "public_or_fictional", 3: "reference_or_aggregate"}[v]
    if kind == "cv":
        docs = [f"Job ad — Warehouse Team Lead ({comp})\nApply via careers@{dom} or call our recruiting line {switch} "
                f"(Mon–Fri 9–17). Req-ID REQ-{rng.randint(20000, 99999)}. We do not want photos or birth dates on CVs.",
                f"{lab['name']}: [Vorname Nachname]\n{lab['dob']}: __.__.____\n{lab['phone']}: +__ ___ _______\n"
                f"{lab['email']}: name@example.com\n{lab['addr']}: {{{{street}}}} {{{{no}}}}, {{{{zip}}}} {{{{city}}}}",
                f"Cover-letter workshop: open with a hook, not 'To whom it may concern'. Even {fict} would get a callback "
                f"with a clear STAR example. Mention the {epo} only if the role is analytical.",
                f"Sourcing report: 412 applicants, 61% via job boards, median time-to-screen 3.2 days, 18 shortlisted; "
                f"boolean string: (\"forklift\" OR \"reach truck\") AND (lead OR supervisor) NOT intern"]
        ask = ["rewrite the ad to be more inclusive", "turn this blank template into a Europass-style layout",
               "tighten this paragraph for our candidate newsletter", "make a 3-line summary for the TA weekly"][v]
    elif kind == "interview":
        docs = [f"Interview slots for REQ-{rng.randint(20000, 99999)}: Tue 10:00/11:30, Thu 14:00 — room 'Atrium B'. "
                f"Reschedules go to interviews@{dom}; reception {switch}.",
                "Hi {{candidate_first_name}}, thanks for applying to {{role}}. Please pick a slot: {{calendly_link}}. "
                "Best, {{recruiter_name}}",
                f"Question bank: 'Tell me about a time you disagreed with your manager' (STAR). Calibrate scores on a "
                f"{epo}. Structured interviewing goes back to {theorist}'s time-and-motion era, sort of.",
                f"Panel stats Q2: 138 interviews, no-show rate 7.2%, avg. 2.4 rounds, offer-accept 71%. Interviewer IDs "
                f"anonymised (INT-01..INT-14)."]
        ask = ["write the candidate-facing scheduling email", "fill in a friendlier tone", "add 5 more questions",
               "what does this tell us about the funnel?"][v]
    elif kind == "offer":
        docs = [f"{comp} — registered office: {rng.choice(c['streets'])} {rng.randint(1, 99)}, company no. "
                f"{rng.randint(10000000, 99999999)}. HR Shared Services: hr@{dom}, {switch}.",
                "Dear {{first_name}} {{last_name}},\nWe are pleased to offer you the role of {{job_title}} at a salary of "
                "{{salary}} per annum, starting {{start_date}}. Probation: {{probation_months}} months.",
                f"Like {fict}'s famous Christmas-Eve pay dispute, our offer letters must state overtime rules clearly. "
                f"Grade E5 band: {cur}{gross - 400:,}–{cur}{gross + 600:,}.",
                f"Offer metrics: 54 offers, 39 accepted, 6 countered (median +4.5%), 2 reneged. Template OFR-TPL-07 rev 3."]
        ask = ["draft the letterhead footer", "translate the template, keep placeholders", "rewrite for clarity",
               "summarise for the HR board"][v]
    elif kind == "payroll":
        docs = [f"Payroll helpdesk: payroll@{dom}, {switch}. Cut-off the 20th. Employer IBAN for refunds: "
                f"{gen_iban(rng, c['iban'] or 'DE')} ({comp}).",
                "employee_id;name;tax_class;gross;net\n{{id}};{{name}};{{tax_class}};{{gross}};{{net}}\n# template, no data",
                f"Payroll run PR-2026-{rng.randint(1, 12):02d}-A: 1,284 employees, gross total {cur}{gross * 1284:,}, "
                f"avg overtime 6.1h, 3 corrections. Cost centres CC-4410, CC-4420.",
                f"Why payroll cares about {theorist}: piece-rate pay made payslips complicated a century ago. "
                f"Our current job {rng.choice(['EMEA-PAY-17', 'PRUN_0426', 'batch 88/2026'])} still has 14 wage types."]
        ask = ["where do employees send pay questions?", "make the template header bilingual",
               "write two sentences for the CFO", "simplify this for new hires"][v]
        hk = ["org_contact", "placeholder", "reference_or_aggregate", "public_or_fictional"][v]
    elif kind == "expenses":
        docs = ["Expense app sandbox: use test card 4111 1111 1111 1111, exp 12/34, CVC 123, and IP 203.0.113.7 for the "
                "geo check. Never enter real cards in UAT.",
                f"Per diem table 2026: domestic {cur}28/day, abroad per country list; mileage 0.30/km; hotel cap "
                f"{cur}{rng.randint(120, 190)}/night. Questions: expenses@{dom}.",
                f"Claim EXP-{rng.randint(100000, 999999)}: taxi {cur}43.20, rail {cur}89.00, merchant VAT no. "
                f"{rng.choice(['DE', 'FR', 'NL'])}{rng.randint(100000000, 999999999)}, receipt #A-{rng.randint(1000, 9999)}.",
                f"Audit sample: 220 claims, 9% policy breaches (mostly alcohol), 0 fraud. Approver names removed."]
        ask = ["write QA steps for the expense app", "turn into an FAQ", "does this claim look in policy?",
               "write the audit summary"][v]
        hk = ["documentation_value", "org_contact", "reference_or_aggregate", "reference_or_aggregate"][v]
    elif kind == "works_council":
        docs = [f"Works council office: betriebsrat@{dom}, {switch}, room 0.14. Office hours Wed 13–15.",
                "Anhörung gem. §102 BetrVG\nArbeitnehmer/in: ____________\ngeb. am: ____________\nKündigungsgrund: ____________",
                f"Training: co-determination history — from {theorist} to today's §87 BetrVG on monitoring tools; case "
                f"study: the {epo} in engagement surveys.",
                "Overtime by department (Q1): logistics 1,920h, production 3,410h, admin 210h. 4 grievances, all resolved."]
        ask = ["write the notice for the intranet", "translate the blank form to English", "draft 5 quiz questions",
               "write the council's statement on overtime"][v]
    elif kind == "gig_platform":
        docs = [f"Courier support: in-app chat 24/7, or hotline {switch}. Payout issues: payouts@{dom}. Emergency: 112.",
                f"Order #{rng.randint(10000000, 99999999)} delayed, courier ID CR-{rng.randint(1000, 9999)} (pseudonymous), "
                f"zone Z4, app v{rng.randint(4, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                f"City stats: 2,380 active couriers, median 17.4 orders/week, 64% e-bikes, avg. rating 4.82. "
                f"Acceptance rate by zone attached.",
                f"Our courier mascot is basically {fict} on a scooter. Tagline draft: 'Faster than {fict}'s boss can say overtime.'"]
        ask = ["write the help-centre article", "classify this ticket", "write a city newsletter paragraph",
               "is this tagline ok for marketing?"][v]
        hk = ["org_contact", "reference_or_aggregate", "reference_or_aggregate", "public_or_fictional"][v]
    elif kind == "staffing":
        docs = [f"INVOICE {comp} Staffing → client PO-{rng.randint(100000, 999999)}\n312.5 h × {cur}24.80\n"
                f"Pay to: {comp}, IBAN {gen_iban(rng, c['iban'] or 'NL')}, VAT reg. on file. Queries: ar@{dom}",
                f"Job order JO-{rng.randint(1000, 9999)}: 12 pickers, nights, start 2026-11-02, rate {cur}19.50/h, "
                f"forklift licence preferred. Contact the branch: {switch}.",
                "Timesheet template: worker ____ | client ____ | week __ | Mon __:__–__:__ ... | signature ____",
                f"Fill-rate dashboard: 93% filled, 4.1 days time-to-fill, 11% early leavers; by branch, no worker data."]
        ask = ["check the invoice maths", "write the job post", "make it a Google Form", "write the MD update"][v]
        hk = ["org_contact", "org_contact", "placeholder", "reference_or_aggregate"][v]
    elif kind == "background_check":
        docs = ["Screening API docs: test SSN 123-45-6789 and 000-00-0000 return 'invalid'; sandbox DOB 01/01/1900; "
                "use example.com emails only.",
                f"Adverse action template: 'Dear {{{{applicant_name}}}}, based on a consumer report from {comp} Screening, "
                f"({switch}, disputes@{dom}) ...'",
                f"Background checks in fiction: {fict} would fail the reference check. Real process: consent → "
                f"report → individualised assessment (FCRA §604/615).",
                f"Screening volume 2026: 9,840 reports, 3.1% adverse, median TAT 2.8 days; package IDs PKG-STD, PKG-DRV."]
        ask = ["write the QA checklist", "fill in the template wording", "make a training slide",
               "write the KPI paragraph"][v]
        hk = ["documentation_value", "org_contact", "public_or_fictional", "reference_or_aggregate"][v]
    elif kind == "offboarding":
        docs = [f"Leaver checklist (template): [ ] accounts disabled [ ] laptop LT-____ returned [ ] badge [ ] final pay "
                f"[ ] certificate. Questions to leavers@{dom}.",
                f"IT: ticket INC{rng.randint(1000000, 9999999)} — disable user {{{{samAccountName}}}}, transfer OneDrive "
                f"to manager, keep mailbox 30 days.",
                f"Attrition Q3: 47 leavers, 62% voluntary, top reasons pay (31%), manager (22%), commute (14%). "
                f"Exit interviews anonymised.",
                f"Exit-interview lore: '{theorist} would have timed this exit interview'. Keep the {epo} for the survey."]
        ask = ["turn into a Jira checklist", "write the runbook", "write the board summary", "write the HR blog intro"][v]
        hk = ["placeholder", "reference_or_aggregate", "reference_or_aggregate", "public_or_fictional"][v]
    else:
        raise ValueError(kind)
    doc = docs[v]
    if tag not in ("en-US", "en-GB") and rng.random() < 0.6:
        doc = f"{lab['hi']}, " + doc + f" — {lab['thx']}"
    return doc, ask, hk


# ------------------------------------------------------------------------------------------ complexity
SHORT_SIMPLE = {
    "en": ["What does 'TUPE' stand for?", "Write a one-line out-of-office: on leave until Monday.",
           "Plural of 'curriculum vitae'?", "Convert 37.5 hours/week to hours per day (5 days).",
           "Give me 3 synonyms for 'hardworking' for a CV.", "Is 'per diem' written in italics?"],
    "de": ["Was heißt 'Probezeit' auf Englisch?", "Schreib einen kurzen Satz: Ich bin heute krank.",
           "Wie viele Urlaubstage sind 20 Tage in Stunden bei 8h/Tag?"],
    "fr": ["Traduis 'fiche de paie' en anglais.", "Une formule de politesse courte pour un mail RH ?"],
    "es": ["¿Cómo se dice 'nómina' en inglés?", "Escribe 'gracias por tu candidatura' de forma más formal."],
    "pl": ["Jak jest 'umowa zlecenie' po angielsku?", "Popraw literówkę: 'wypowiedznie umowy'."],
    "pt": ["Como se diz 'vale-transporte' em inglês?"],
    "ja": ["「有給休暇」を英語で言うと？", "面接のお礼メールの件名を一つ考えて。"],
    "zh": ["“试用期”英文怎么说？", "把“下周一入职”翻译成英文。"],
    "ko": ["'연차'를 영어로 뭐라고 해요?"],
    "tr": ["'Kıdem tazminatı' İngilizcede nasıl söylenir?"],
    "ru": ["Как по-английски «трудовая книжка»?"],
    "hi": ["'वेतन पर्ची' को अंग्रेज़ी में क्या कहते हैं?"],
    "ar": ["ما معنى 'end of service gratuity' بالعربية؟"],
    "nl": ["Wat is 'vakantiegeld' in het Engels?"],
}
SHORT_HARD = {
    "en": ["Formulate the courier shift-assignment problem with fairness (max-min hours) and 11h rest constraints as an "
           "ILP, and prove it is NP-hard via reduction.",
           "Under the ABC test vs. the UK worker status test (Uber v Aslam), classify a courier who can substitute, sets "
           "no prices and is rated by algorithm; reason both ways.",
           "Derive the break-even agency markup if employer social charges are 21.4%, holiday accrual 12.07% and the "
           "client pays 30-day terms at 9% cost of capital; show the algebra.",
           "Design a pay-equity regression controlling for grade, tenure and location; explain why controlling for grade "
           "can hide discrimination (bad controls) and propose an alternative.",
           "Is a GPS-based courier productivity score 'automated decision-making' under GDPR Art. 22 if a human "
           "rubber-stamps deactivations? Argue with the CJEU SCHUFA reasoning."],
    "de": ["Prüfe, ob eine KI-gestützte Schichtplanung nach §87 Abs. 1 Nr. 6 BetrVG mitbestimmungspflichtig ist, auch "
           "wenn sie nur Vorschläge macht; begründe mit BAG-Rechtsprechung.",
           "Berechne die Auswirkung des Progressionsvorbehalts bei 4 Monaten Kurzarbeitergeld und erkläre die Schritte."],
    "fr": ["Un livreur de plateforme peut-il être requalifié en salarié si l'algorithme fixe les tarifs mais pas les "
           "horaires ? Raisonne avec le critère du lien de subordination."],
    "es": ["Diseña un algoritmo de asignación de turnos que minimice horas extra sin violar el descanso de 12h, y "
           "analiza su complejidad."],
    "ja": ["36協定の特別条項の上限を超えずに繁忙期の残業を配分する最適化問題を定式化し、その計算量を議論せよ。"],
    "zh": ["请比较劳动派遣与业务外包在同工同酬义务上的法律差异，并设计一个风险评分模型。"],
    "pl": ["Oceń, czy umowa zlecenie kuriera spełnia przesłanki stosunku pracy z art. 22 KP; rozważ argumenty obu stron."],
    "pt": ["Modele matematicamente o custo total de um empregado CLT vs PJ incluindo FGTS, 13º e férias, e discuta o risco trabalhista."],
    "ko": ["플랫폼 배달기사의 근로자성 판단 기준을 대법원 판례에 따라 분석하고 반론도 제시하라."],
}
LONG_EASY_ASKS = {
    "en": "sort these rows by date and give me the total hours, nothing else",
    "de": "sortiere die Zeilen nach Datum und gib nur die Gesamtstunden aus",
    "fr": "trie par date et donne juste le total d'heures",
    "es": "ordena por fecha y dame solo el total de horas",
    "ja": "日付順に並べて合計時間だけ教えて",
    "pl": "posortuj po dacie i podaj tylko sumę godzin",
    "zh": "按日期排序，只给我总工时",
    "tr": "tarihe göre sırala ve sadece toplam saati ver",
}
LONG_EASY_FIX = {
    "en": "fix the typos in this job ad, do not change anything else",
    "de": "korrigiere nur die Tippfehler in dieser Stellenanzeige",
    "es": "corrige solo las erratas de este anuncio de empleo",
    "nl": "verbeter alleen de typfouten in deze vacature",
    "pt": "corrija só os erros de digitação deste anúncio",
}
LONG_HARD_ASKS = {
    "en": "Reconcile the timesheets against the payroll export: identify every discrepancy, infer the most likely root "
          "cause for each (rounding rule, missing night premium, wrong cost centre, or double-counted break), quantify "
          "the total under/over-payment, and propose a control that would have caught each class. Justify each inference.",
    "de": "Gleiche die Stundenzettel mit dem Lohnexport ab: finde jede Abweichung, leite die wahrscheinlichste Ursache "
          "her (Rundungsregel, fehlender Nachtzuschlag, falsche Kostenstelle, doppelt gezählte Pause), beziffere die "
          "Gesamtabweichung und schlage für jede Klasse eine Kontrolle vor. Begründe jede Schlussfolgerung.",
    "fr": "Rapproche les feuilles de temps de l'export paie : repère chaque écart, déduis la cause la plus probable, "
          "chiffre l'écart total et propose un contrôle pour chaque type d'erreur. Justifie chaque déduction.",
    "es": "Concilia las hojas de horas con la nómina: detecta cada discrepancia, infiere la causa más probable, cuantifica "
          "el total y propone un control para cada tipo. Justifica cada inferencia.",
    "ja": "勤怠表と給与データを突合し、すべての差異を特定して最も可能性の高い原因を推論し、過不足の総額を算出し、各類型を防ぐ統制を提案せよ。根拠も示すこと。",
    "zh": "请将考勤表与工资导出数据对账：找出每一处差异，推断最可能的原因，计算多付/少付总额，并为每类错误提出控制措施，说明理由。",
}
POLICY_HARD = {
    "en": "Below are our global remote-work policy and three country addenda. Identify conflicts between them, decide "
          "which rule prevails in each country under local mandatory law, and redraft the policy so it is consistent; "
          "explain the trade-offs you made.",
    "de": "Unten stehen unsere Remote-Work-Richtlinie und drei Länderanhänge. Finde Widersprüche, entscheide nach "
          "zwingendem lokalem Recht, welche Regel gilt, und formuliere eine konsistente Fassung; erläutere Zielkonflikte.",
    "pl": "Poniżej polityka pracy zdalnej i trzy aneksy krajowe. Wskaż sprzeczności, rozstrzygnij, która reguła ma "
          "pierwszeństwo wg prawa lokalnego, i przeredaguj politykę spójnie; uzasadnij kompromisy.",
}


def timesheet_rows(rng, n):
    rows = ["date,worker_ref,shift_start,shift_end,break_min,cost_centre"]
    for i in range(n):
        d = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
        s = rng.randint(5, 14)
        rows.append(f"{d.isoformat()},W-{rng.randint(100, 999)},{s:02d}:00,{s + 8:02d}:{rng.choice(['00', '15', '30'])},"
                    f"{rng.choice([30, 45, 60])},CC-{rng.choice([4410, 4420, 4430])}")
    return "\n".join(rows)


def job_ad(rng, n):
    blocks = ["We are lookng for a motivated warehouse associate to join our growing tema.",
              "Responsibilites include picking, packing and loading trucks acording to schedule.",
              "You will work in shifts (early/late/night) with a 30 minute brake.",
              "Requirments: reliable, team player, forklift licence is a plus but not requird.",
              "We offer: competitive pay, shift premiums, free parking, employe discounts and a canteen.",
              "Training is provided on the job by experienced colleauges during the first two weeks.",
              "Safety shoes and high-vis clothing are provided; you must wear them at all times on site."]
    return "\n".join(rng.choice(blocks) for _ in range(n))


def policy_text(rng):
    base = ("GLOBAL POLICY: Employees may work remotely up to 3 days per week with manager approval. Equipment is "
            "provided; a monthly allowance of 30 covers internet. Working time is recorded in the HR system. Remote "
            "work abroad is allowed for up to 20 days per year. Core hours 10:00-15:00. ")
    add = ["ADDENDUM A: Remote work is a statutory right on request; refusal requires written reasons within 2 months. "
           "The employer must reimburse proportional energy costs. ",
           "ADDENDUM B: Time recording is mandatory to the minute; the right to disconnect after 19:00 applies. Remote "
           "work abroad above 10 days triggers social-security certificate A1. ",
           "ADDENDUM C: Occasional remote work requires no approval; allowances above 25 are taxable income. "
           "Core hours may not be imposed on part-time staff. "]
    return base * 3 + "\n\n" + "\n".join(a * 2 for a in add)


def complexity(rng):
    recs = []
    lang_map = lambda d: sorted(d)

    def add(cat, label, lang, style, text, system=None):
        msgs = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": text}]
        recs.append({"category": cat, "label": label, "length_adversarial": cat in ("short_hard", "long_easy"),
                     "endpoint": "chat", "lang": lang, "style": style,
                     "body": {"model": rng.choice(["hybridgate/auto", "gpt-4o-mini", "auto"]), "messages": msgs}})

    ss = [(l, t) for l in lang_map(SHORT_SIMPLE) for t in SHORT_SIMPLE[l]]
    for i in range(48):
        l, t = ss[i % len(ss)]
        if i >= len(ss):
            t = t + rng.choice([" thx", " pls", " (quick)", " 🙏", ""])
        add("short_simple", 0, l, "hr_quick_question", t)
    sh = [(l, t) for l in lang_map(SHORT_HARD) for t in SHORT_HARD[l]]
    for i in range(48):
        l, t = sh[i % len(sh)]
        if i >= len(sh):
            t = rng.choice(["", "Be rigorous. ", "Short answer but complete reasoning. "]) + t
        add("short_hard", 1, l, "labour_law_or_optimisation", t)
    for i in range(48):
        # (hybridgate, when registering: the freeze reads every sibling generator, so in the main checkout the pools
        # come out shorter than in the writer's worktree; a text under 1,500 characters is drawn again, longer,
        # 10 times at most, instead of aborting the run)
        for grow in range(10):
            if i % 2 == 0:
                l = sorted(LONG_EASY_ASKS)[i // 2 % len(LONG_EASY_ASKS)]
                text = timesheet_rows(rng, rng.randint(45, 70) + 8 * grow) + "\n\n" + LONG_EASY_ASKS[l]
                style = "csv_sort_sum"
            else:
                l = sorted(LONG_EASY_FIX)[i // 2 % len(LONG_EASY_FIX)]
                text = LONG_EASY_FIX[l] + ":\n\n" + job_ad(rng, rng.randint(18, 26) + 3 * grow)
                style = "job_ad_typos"
            if len(text) >= 1500:
                break
        assert len(text) >= 1500, len(text)
        add("long_easy", 0, l, style, text)
    for i in range(46):
        if i % 2 == 0:
            l = sorted(LONG_HARD_ASKS)[i // 2 % len(LONG_HARD_ASKS)]
            text = (timesheet_rows(rng, rng.randint(30, 45)) + "\n\nPAYROLL EXPORT\n" +
                    timesheet_rows(rng, rng.randint(25, 35)).replace("shift_start", "paid_from") + "\n\n" + LONG_HARD_ASKS[l])
            style = "payroll_reconciliation"
        else:
            l = sorted(POLICY_HARD)[i // 2 % len(POLICY_HARD)]
            text = policy_text(rng) + "\n\n" + POLICY_HARD[l]
            style = "policy_conflicts"
        add("long_hard", 1, l, style, text, system=rng.choice([None, "You are an HR operations analyst."]))
    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"{SPLIT}-cx-{i:04d}", **r})
    return out


# ------------------------------------------------------------------------------------------------ main
KINDS = ["cv", "interview", "offer", "payroll", "expenses", "works_council", "gig_platform", "staffing",
         "background_check", "offboarding"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260878)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    fill_pools(rng)
    pub = public_pools()
    co = company_stems(rng)
    plan = []
    for kind in KINDS:
        plan += [(kind, True, j < 4) for j in range(29)] + [(kind, False, False) for _ in range(21)]
    rng.shuffle(plan)
    recs = []
    for i, (kind, sens, inc) in enumerate(plan):
        tag = LOCALES[(i * 7 + rng.randrange(3)) % len(LOCALES)]
        place = PLACEMENTS[i % len(PLACEMENTS)]
        completions = rng.random() < 0.10
        model = rng.choice(["hybridgate/auto", "gpt-4o-mini", "auto", "gpt-4.1"])
        user_field = None
        if sens:
            doc, ask, issued, style, p = (incidental if inc else sensitive)(rng, kind, tag, *(() if inc else (co,)), pub)
            if place == "user_field":
                user_field = p.email
                issued = issued + [("EMAIL_ADDRESS", p.email)]
        else:
            doc, ask, style = benign(rng, kind, tag, co, pub)
            if place == "user_field":
                user_field = f"ta-{hashlib.sha1(doc.encode()).hexdigest()[:12]}"
        if completions:
            body = {"model": model, "prompt": f"{SYSTEMS[kind]}\n\n{doc}\n\nTask: {ask}\nAnswer:",
                    "max_tokens": rng.choice([256, 512, 800])}
            if user_field:
                body["user"] = user_field
            place = "prompt"
        else:
            body = build_body(rng, kind, doc, ask, place, model, user_field)
        ents = find_entities(body, issued) if sens else []
        if sens:
            missing = [v for t, v in issued if v not in json.dumps([e["value"] for e in ents], ensure_ascii=False)]
            assert not missing, (kind, missing)
        else:
            # benign: no private value was issued; make sure no person of the pools leaked in
            assert all(n not in doc for n in ())
        assert bool(ents) == sens
        recs.append({"id": f"{SPLIT}-pii-{i + 1:04d}", "category": kind if sens else f"{kind}_benign",
                     "sensitive": sens, "entities": ents, "endpoint": "completions" if completions else "chat",
                     "lang": tag, "style": f"{kind} · {place} · {style}" + (" · incidental" if inc else ""),
                     "body": body})
    cx = complexity(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("pii", recs), ("complexity", cx)):
        with open(out / f"{name}_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cnt = collections.Counter
    print(f"pii_{SPLIT}.jsonl: {len(recs)} records, {len(set(r['lang'] for r in recs))} locales, "
          f"{sum(r['sensitive'] for r in recs)} sensitive / {sum(not r['sensitive'] for r in recs)} benign, "
          f"{sum('incidental' in r['style'] for r in recs)} incidental, "
          f"{sum(r['endpoint'] == 'completions' for r in recs)} completions")
    print("  categories:", dict(sorted(cnt(r["category"] for r in recs).items())))
    print("  entity types:", dict(sorted(cnt(e["type"] for r in recs for e in r["entities"]).items())))
    print("  placements:", dict(sorted(cnt(r["style"].split(" · ")[1] for r in recs).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records, {len(set(r['lang'] for r in cx))} langs,",
          dict(sorted(cnt(r["category"] for r in cx).items())),
          f"{sum(r['length_adversarial'] for r in cx)} length-adversarial, {sum(r['label'] for r in cx)} label 1")
    print("freeze: dropped pool entries per pool (count only):", dict(sorted(DROPPED.items())))


if __name__ == "__main__":
    main()
