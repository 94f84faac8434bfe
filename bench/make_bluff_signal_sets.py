#!/usr/bin/env python3
"""Bluff: a blind evaluation split for the request signals, set in the world of immigration, asylum,
consular and translation services.

Writes bench/data/signals/pii_bluff.jsonl and bench/data/signals/complexity_bluff.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

World
    Visa and residence-permit applications, asylum caseworkers and NGOs, consulates' citizen services, sworn
    translators and interpreters, relocation agencies, employers sponsoring workers, refugee resettlement,
    document legalisation and apostilles. The writers are caseworkers, NGO volunteers, consular clerks,
    sworn translators, relocation consultants, HR staff of sponsoring employers, applicants themselves and
    the case-management / appointment software of that world.

How it was written
    Blind: its author read only the brief, the first 70 lines of the delta generator (record schema, label
    conventions) and the first two lines of the two delta files. Detector, tests, evaluator, results,
    policies, docs, other generators and commit history were not read. Other generators are only scanned
    AUTOMATICALLY at run time (``frozen_words``): every pool entry (person name part, street, locality,
    organisation, placeholder, historical name) sharing a word or non-ASCII bigram with that set is dropped
    and the pool refilled from invented locale-typical syllables (capped); the run prints how many dropped.

Organising principle
    By the KIND of message (nine kinds: intake, correspondence, scheduling, complaint, case_note, export,
    notice, form, translation), each with sensitive and benign variants, over 21 locales in 11 scripts
    (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul + mixed), with the jargon
    of the trade (RP, BP, AOS, RFE, NVC, biometrics, apostille, sworn/certified translation, Dublin
    transfer, subsidiary protection, CoS, Blue Card...) and English/local code-switching.
    Line drawn: personal data = anything identifying a PRIVATE person (applicant, family, sponsor employee,
    interpreter as a private person): names (also a first name alone with a relation/role cue), personal
    phones, personal e-mails, home addresses, birth dates, national / tax / health numbers, bank accounts,
    IBANs, cards, a private user's public IP. NOT personal data (benign hard negatives): historical people
    and eponyms, placeholders, consulates' switchboards and role mailboxes, emergency numbers, case /
    receipt / appointment / apostille / invoice / tracking numbers, org registration numbers, RFC 5737 /
    3849 IPs, example.com, test card numbers, blank forms, aggregated statistics, anonymised text.

Labels
    ``entities`` = list of {"type","value"} found by SEARCHING the serialised body (base64 file parts
    decoded, URLs unquoted) for every value the record issued; ``sensitive`` iff non-empty (asserted).
    Types: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, LOCATION (home address), DATE_TIME (birth date), ssn (US),
    NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, MEDICAL_RECORD, US_BANK_NUMBER, IBAN_CODE, CREDIT_CARD, IP_ADDRESS.
    Categories: ``<kind>`` sensitive, ``<kind>_benign`` benign. About 12% of sensitive records carry one
    incidental item in an otherwise benign text.

Contents
    The run prints all counts (records, endpoints, languages, scripts, categories, entity types, placement
    fields, incidental share; complexity categories, labels, length-adversarial share, languages).
    Seed 48213907: pii_bluff.jsonl 504 requests (451 chat, 53 completions) in 22 locales / 10 scripts;
    9 kinds x 56 (32 sensitive + 24 benign): 288 sensitive (57.1%) / 216 benign; 35 incidental (12.2%).
    Entity labels: PERSON 314, DATE_TIME 157, EMAIL_ADDRESS 128, PHONE_NUMBER 117, LOCATION 112,
    IP_ADDRESS 109, NATIONAL_ID 69, TAX_ID 29, IBAN_CODE 27, CREDIT_CARD 23, HEALTH_INSURANCE 3, ssn 3,
    US_BANK_NUMBER 2. complexity_bluff.jsonl: 190 chat requests in 18 language tags: short_simple 48,
    long_easy 48 (>= 1,500 chars), short_hard 48, long_hard 46; 94 labelled 1, 96 length-adversarial.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum; phone numbers
    with ``phonenumbers`` (valid for their region); IPs checked global. Invalid values abort; every retry
    loop is capped.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_bluff_signal_sets.py [--seed 48213907] [--out bench/data/signals]
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
import sys
import urllib.parse

import phonenumbers
from stdnum import iban as s_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

SPLIT = "bluff"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 48213907

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma "
                  "lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer "
                  "zeugen solfatara bergschrund kopje outwash inlier").split()
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


# generic words exempt from the freeze (street types, particles, legal forms, generic org nouns)
EXEMPT = set("""street st road rd avenue ave lane way drive close rue av via viale corso ul ul. al calle c avda
plaza straße strasse str weg allee gasse platz laan straat gracht gata vägen gatan sokak sokağı cad caddesi
mah mahallesi rua travessa улица ул проспект пр вулиця вул οδός οδ λεωφ شارع رحوב רחוב שד ถนน ซอย 路 街 号 丁目 番地
길 로 번길 marg nagar de la le du des van der den von zu da di del do dos y e und and of the el al bin ibn ben
gmbh ltd llc inc sa sas srl bv ab as oy kk co e.v. ev ngo legal services relocation translations translation
consult consulting partners group office bureau agency centre center association verein stiftung fondation
""".split())


def drop_frozen(entry, frozen):
    toks = [t.lower() for t in WORD.findall(entry)]
    prev = None
    for t in toks:
        if t not in EXEMPT and t in frozen:
            return True
        if any(ord(c) > 127 for c in t):
            if prev is not None and (prev + " " + t) in frozen:
                return True
            prev = t
        else:
            prev = None
    return False


class Abort(Exception):
    pass


# --------------------------------------------------------------------------------------------- locales
# Each locale: tag, script, phone region, syllables for given/family names and for places, street
# pattern, labels in the local language, a couple of local sentences, id kinds.
LOCALES = [
    dict(tag="en-US", script="Latin", region="US", ga="Bray Kel Dar Jor Tam Wes Lin Cor Mal Ren".split(),
         gb="den lyn ton ett ora ick isa wyn".split(), fa="Hol Brack Penn Thorn Cald Mur Ash Whit Gar".split(),
         fb="wick stead ley more grove field worth man".split(), pa="Bell Oak Mill Brook Fair Glen Ridge".split(),
         pb="haven ton ville port dale".split(), street=lambda n, s: f"{n} {s} Ave",
         lab=dict(name="Name", dob="DOB", addr="Address", phone="Phone", id="SSN"),
         say=["i need help with my green card renewal", "my biometrics appt got moved again"],
         ids=["ssn", "ssn", "usbank", "card"], dfmt="%m/%d/%Y", post=lambda r: f"{r.randint(10001, 99950)}"),
    dict(tag="en-GB", script="Latin", region="GB", ga="Ros Ell Fin Cal Mair Tob Lor Gem".split(),
         gb="wen a ie ly bert ric".split(), fa="Strat Bram Pember Hask Ferr Lidd Wroth".split(),
         fb="ington well by combe shaw ridge".split(), pa="Ast Bram Cold Hen Wick".split(),
         pb="bury ford ham leigh worth".split(), street=lambda n, s: f"{n} {s} Road",
         lab=dict(name="Full name", dob="Date of birth", addr="Home address", phone="Mobile", id="NHS no."),
         say=["can you help with my BRP / eVisa share code", "the Home Office letter says I have 14 days"],
         ids=["nhs", "nhs", "iban:GB"], dfmt="%d/%m/%Y", post=lambda r: f"{r.choice('BLMNS')}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice('ABDEF')}{r.choice('JLNPQ')}"),
    dict(tag="de-DE", script="Latin", region="DE", ga="Hen Lu Ma Jo Wil Gre Ul Ans".split(),
         gb="rike ka lte rik helm ta na gar".split(), fa="Brenn Küh Ober Wend Ruß Stein Hal Lorb".split(),
         fb="mayr ecke hofer lein bacher wald ke".split(), pa="Wend Alt Ober Kirch Lind".split(),
         pb="ingen stedt hausen bach dorf".split(), street=lambda n, s: f"{s}straße {n}",
         lab=dict(name="Name", dob="Geb.-Datum", addr="Wohnanschrift", phone="Tel.", id="Steuer-ID"),
         say=["Termin bei der Ausländerbehörde wurde verschoben", "brauche Hilfe mit der Fiktionsbescheinigung"],
         ids=["steuerid", "iban:DE"], dfmt="%d.%m.%Y", post=lambda r: f"{r.randint(10115, 99998)}"),
    dict(tag="fr-FR", script="Latin", region="FR", ga="Ma Lé Cla Gaë Aur Bas Ro Sol".split(),
         gb="rine onie elle tan ien ette".split(), fa="Duvi Ber Mar Chas Lam Fou Gui".split(),
         fb="gnac ville tellier quier baud chet".split(), pa="Saint-Vor Mont Bel Roche".split(),
         pb="ignac euil lac ville".split(), street=lambda n, s: f"{n} rue {s}",
         lab=dict(name="Nom", dob="Né(e) le", addr="Adresse", phone="Tél.", id="NIR"),
         say=["mon récépissé expire la semaine prochaine", "rdv en préfecture impossible à obtenir"],
         ids=["nir", "iban:FR"], dfmt="%d/%m/%Y", post=lambda r: f"{r.randint(10, 95)}{r.randint(100, 990):03d}"),
    dict(tag="es-ES", script="Latin", region="ES", ga="Ai Lu Ro Ama Ire Gon Ne".split(),
         gb="tana cía drigo ia zalo rea".split(), fa="Urqui Balde Gar Echa Mon Ola".split(),
         fb="zábal rrama ciandía varría tejo".split(), pa="Villa Torre Val Puebla".split(),
         pb="llosa dejuncos rrubia seca".split(), street=lambda n, s: f"Calle {s}, {n}",
         lab=dict(name="Nombre", dob="F. nacimiento", addr="Domicilio", phone="Tel.", id="DNI"),
         say=["necesito cita para la toma de huellas del TIE", "me han denegado el arraigo social"],
         ids=["dni", "card"], dfmt="%d/%m/%Y", post=lambda r: f"{r.randint(1000, 52999):05d}"),
    dict(tag="it-IT", script="Latin", region="IT", ga="Gio Ma Fra Lu Ste Ot".split(),
         gb="vanna rzia nco cilla fano tavio".split(), fa="Brami Cas Pel Lom Zan Ros".split(),
         fb="nelli sotti legrini bardelli etti".split(), pa="Borgo Castel Monte Villa".split(),
         pb="franco nuovo alto verde".split(), street=lambda n, s: f"via {s} {n}",
         lab=dict(name="Nome", dob="Nato/a il", addr="Residenza", phone="Cell.", id="C.F."),
         say=["il permesso di soggiorno è scaduto, ho la ricevuta delle poste", "serve la traduzione giurata"],
         ids=["cf"], dfmt="%d/%m/%Y", post=lambda r: f"{r.randint(10, 98)}{r.randint(100, 199)}"),
    dict(tag="nl-NL", script="Latin", region="NL", ga="Ma Fe Jo Lie Bram Sie".split(),
         gb="rijke mke ris ke tske".split(), fa="Verho Brink Dijk Haver Koot".split(),
         fb="even huis stra kamp".split(), pa="Oost Zuid Nieuw Hooge".split(),
         pb="dam wijk veen horst".split(), street=lambda n, s: f"{s}straat {n}",
         lab=dict(name="Naam", dob="Geboortedatum", addr="Adres", phone="Tel", id="BSN"),
         say=["mijn verblijfsvergunning verloopt", "IND heeft de beslistermijn verlengd"],
         ids=["bsn", "iban:NL"], dfmt="%d-%m-%Y", post=lambda r: f"{r.randint(1011, 9999)} {r.choice('ABCKLM')}{r.choice('NPRST')}"),
    dict(tag="pl-PL", script="Latin", region="PL", ga="Zby Mał Kry Wie Ja Bo".split(),
         gb="szek gorzata styna sław dwiga".split(), fa="Wierz Grab Now Ko Cies".split(),
         fb="bicki owski acki elczyk".split(), pa="Wól Brze Stare Dąb".split(),
         pb="ka zinki pole rowa".split(), street=lambda n, s: f"ul. {s} {n}",
         lab=dict(name="Imię i nazwisko", dob="Data ur.", addr="Adres zamieszk.", phone="Tel.", id="PESEL"),
         say=["karta pobytu czeka już 11 miesięcy", "potrzebuję tłumacza przysięgłego"],
         ids=["pesel", "iban:PL"], dfmt="%d.%m.%Y", post=lambda r: f"{r.randint(10, 99)}-{r.randint(100, 999)}"),
    dict(tag="pt-BR", script="Latin", region="BR", ga="Tha Joa Lu Rai Ed Cle".split(),
         gb="ís quim ana ssa son ide".split(), fa="Bragan Vascon Quei Mira Sam".split(),
         fb="ça celos roz bal paio".split(), pa="São Vol Boa Serra".split(),
         pb="tanha verde vista alta".split(), street=lambda n, s: f"Rua {s}, {n}",
         lab=dict(name="Nome", dob="Data de nasc.", addr="Endereço", phone="Cel.", id="CPF"),
         say=["preciso apostilar a certidão de casamento", "o visto de trabalho foi indeferido"],
         ids=["cpf"], dfmt="%d/%m/%Y", post=lambda r: f"{r.randint(10000, 99999)}-{r.randint(0, 999):03d}"),
    dict(tag="sv-SE", script="Latin", region="SE", ga="Ing Bjö Sol Må Ast Lin".split(),
         gb="rid rn veig ns rid nea".split(), fa="Lind Ahl Berg Sjö Ek".split(),
         fb="qvist gren holm dahl blad".split(), pa="Norr Väst Ån Strö".split(),
         pb="köping by sund vik".split(), street=lambda n, s: f"{s}vägen {n}",
         lab=dict(name="Namn", dob="Född", addr="Adress", phone="Tfn", id="Personnr"),
         say=["Migrationsverket har inte svarat på min ansökan", "uppehållstillståndet går ut"],
         ids=["pnr"], dfmt="%Y-%m-%d", post=lambda r: f"{r.randint(100, 985)} {r.randint(10, 99)}"),
    dict(tag="tr-TR", script="Latin", region="TR", ga="Eb Bur Gök Sel Yağ Tu".split(),
         gb="ru çin han ma mur ğba".split(), fa="Kara Ak Demir Yıl Öz".split(),
         fb="başoğlu ağaç tekin dızcı türk".split(), pa="Yeni Eski Kara Göl".split(),
         pb="köy pınar dere yaka".split(), street=lambda n, s: f"{s} Sokak No:{n}",
         lab=dict(name="Ad Soyad", dob="Doğum tarihi", addr="Adres", phone="Tel", id="TCKN"),
         say=["ikamet izni randevusu alamıyorum", "yeminli tercüman lazım, noter onaylı"],
         ids=["tckn", "iban:TR"], dfmt="%d.%m.%Y", post=lambda r: f"{r.randint(10, 81)}{r.randint(100, 999)}"),
    dict(tag="ru-RU", script="Cyrillic", region="RU", ga="Свет Ар Веле Ми Яро Ксе".split(),
         gb="лана сений на рон слав ния".split(), fa="Кудр Бело Лыс Жар Сом".split(),
         fb="явцев глазов енко ков ов".split(), pa="Ново Верх Красно Озер".split(),
         pb="горск лесье дольск ск".split(), street=lambda n, s: f"ул. {s}ая, д. {n}",
         lab=dict(name="ФИО", dob="Дата рождения", addr="Адрес", phone="Тел.", id="ИНН"),
         say=["нужен нотариальный перевод паспорта", "продление РВП, помогите с заявлением"],
         ids=["inn"], dfmt="%d.%m.%Y", post=lambda r: f"{r.randint(101000, 692999)}"),
    dict(tag="uk-UA", script="Cyrillic", region="UA", ga="Оле Бог Дар Тара Со Мир".split(),
         gb="ся дан ина с фія ослава".split(), fa="Гриць Ковал Шевч Бонд Ткач".split(),
         fb="енко ишин ук арчук ів".split(), pa="Верхо Зелено Гай Підг".split(),
         pb="вина дольськ ці ірці".split(), street=lambda n, s: f"вул. {s}а, {n}",
         lab=dict(name="ПІБ", dob="Дата народження", addr="Адреса", phone="Тел.", id="РНОКПП"),
         say=["потрібна допомога з тимчасовим захистом", "консульство не відповідає щодо паспорта"],
         ids=["rntrc", "iban:UA"], dfmt="%d.%m.%Y", post=lambda r: f"{r.randint(1000, 99999):05d}"),
    dict(tag="el-GR", script="Greek", region="GR", ga="Ελ Δη Κω Στα Αγ Μα".split(),
         gb="ένη μήτρης νσταντίνα ύρος λαΐα ρίνα".split(), fa="Παπα Καρα Λαμ Βλα Ζαχα".split(),
         fb="δόπουλος γιάννης πράκης χάκης ρίου".split(), pa="Νέα Άνω Κάτω Παλαιό".split(),
         pb="χώρι λίμνη βούνι".split(), street=lambda n, s: f"Οδός {s}ου {n}",
         lab=dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", addr="Διεύθυνση", phone="Τηλ.", id="ΑΜΚΑ"),
         say=["χρειάζομαι επικύρωση με σφραγίδα της Χάγης", "η άδεια διαμονής λήγει"],
         ids=["amka", "iban:GR"], dfmt="%d/%m/%Y", post=lambda r: f"{r.randint(100, 850)} {r.randint(10, 99)}"),
    dict(tag="ar-SA", script="Arabic", region="SA", ga="نو سل را هد غا".split(),
         gb="رة مى كان يل دير".split(), fa="الحر الزه القح العب الشم".split(),
         fb="بي راني طاني دلي سي".split(), pa="وادي تل بئر رأس".split(),
         pb="السدر الريم النخيل الغاف".split(), street=lambda n, s: f"شارع {s}، مبنى {n}",
         lab=dict(name="الاسم", dob="تاريخ الميلاد", addr="العنوان", phone="الجوال", id="IBAN"),
         say=["أحتاج ترجمة معتمدة لشهادة الميلاد", "موعد السفارة لتأشيرة العائلة"],
         ids=["iban:SA", "card"], dfmt="%Y/%m/%d", post=lambda r: f"{r.randint(11000, 34999)}"),
    dict(tag="ar-EG", script="Arabic", region="EG", ga="شي يو ما حا عز".split(),
         gb="ماء سف جدة زم ة".split(), fa="عبد الغف المن السي البر".split(),
         fb="الرازق اري شاوي وطي ديسي".split(), pa="كفر ميت منشأة عزبة".split(),
         pb="الزيات الحلوة البرج".split(), street=lambda n, s: f"{n} ش {s}",
         lab=dict(name="الاسم", dob="تاريخ الميلاد", addr="العنوان", phone="موبايل", id="رقم البطاقة"),
         say=["عايز أعمل تصديق الخارجية على الشهادة", "طلب اللجوء اترفض ومحتاج استئناف"],
         ids=["card"], dfmt="%d/%m/%Y", post=lambda r: f"{r.randint(11111, 99999)}"),
    dict(tag="he-IL", script="Hebrew", region="IL", ga="נו יה של אבי מי".split(),
         gb="עה לי ומית טל כל".split(), fa="בר גול רוז שפי אלק".split(),
         fb="זילי דמן נר רא יים".split(), pa="כפר גבעת נווה רמת".split(),
         pb="אלון תמר ארז".split(), street=lambda n, s: f"רחוב {s} {n}",
         lab=dict(name="שם", dob="תאריך לידה", addr="כתובת", phone="טלפון", id="ת.ז."),
         say=["צריך אפוסטיל על תעודת לידה", "הוויזה של העובד פגה"],
         ids=["tz"], dfmt="%d.%m.%Y", post=lambda r: f"{r.randint(1000000, 9999999)}"),
    dict(tag="hi-IN", script="Devanagari", region="IN", ga="सुर अनु प्रि विक दी".split(),
         gb="भि राधा यंका रम पिका".split(), fa="भार चौ त्रि कुल रस".split(),
         fb="गव धरी पाठी करणी तोगी".split(), pa="राम शिव नव गो".split(),
         pb="पुर गढ़ नगर गांव".split(), street=lambda n, s: f"मकान नं. {n}, {s} मार्ग",
         lab=dict(name="नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", id="आधार"),
         say=["पासपोर्ट का अपॉस्टिल करवाना है", "वीज़ा इंटरव्यू की तारीख बदलनी है"],
         ids=["aadhaar"], dfmt="%d-%m-%Y", post=lambda r: f"{r.randint(110001, 855999)}"),
    dict(tag="th-TH", script="Thai", region="TH", ga="สม ปิย กัล วรร ณัฐ".split(),
         gb="ศรี ะพร ยา ณี ธิดา".split(), fa="ทอง ศรี แก้ว บุญ ใจ".split(),
         fb="ประเสริฐ สวัสดิ์ มณี เรือง ดี".split(), pa="บ้าน หนอง ดอน".split(),
         pb="ไผ่ งาม ทอง".split(), street=lambda n, s: f"{n} ซอย {s}",
         lab=dict(name="ชื่อ", dob="วันเกิด", addr="ที่อยู่", phone="โทร", id="เลขบัตรประชาชน"),
         say=["ต้องแปลเอกสารพร้อมรับรอง", "ขอต่อวีซ่าทำงาน"],
         ids=["thpin"], dfmt="%d/%m/%Y", post=lambda r: f"{r.randint(10100, 96220)}"),
    dict(tag="zh-CN", script="Han", region="CN", ga="俊 雨 思 晓 梓".split(), gb="彤 萱 涵 宇 宁".split(),
         fa="钟 薛 蒋 程 邵".split(), fb=[""], pa="清 石 青 白".split(), pb="河镇 桥村 湾乡".split(),
         street=lambda n, s: f"{s}路{n}号", lab=dict(name="姓名", dob="出生日期", addr="住址", phone="手机", id="身份证号"),
         say=["签证材料需要公证认证", "居留许可快到期了"],
         ids=["ric"], dfmt="%Y年%m月%d日", post=lambda r: f"{r.randint(100000, 850000)}"),
    dict(tag="ja-JP", script="Kana", region="JP", ga="ゆい さく はる あや".split(), gb="な ら と め".split(),
         fa="北 深 桜 宮".split(), fb="沢 井 森 坂".split(), pa="東 西 南".split(), pb="山町 川村".split(),
         street=lambda n, s: f"{s}{n}丁目{n + 3}番地", lab=dict(name="氏名", dob="生年月日", addr="住所", phone="電話", id="カード"),
         say=["在留カードの更新手続きについて", "翻訳証明書が必要です"],
         ids=["card"], dfmt="%Y年%m月%d日", post=lambda r: f"〒{r.randint(100, 999)}-{r.randint(1000, 9999)}"),
    dict(tag="ko-KR", script="Hangul", region="KR", ga="서 지 하 민".split(), gb="윤 아 린 준".split(),
         fa="권 임 한 오".split(), fb=[""], pa="새 한".split(), pb="빛마을 솔동".split(),
         street=lambda n, s: f"{s}로 {n}", lab=dict(name="성명", dob="생년월일", addr="주소", phone="휴대폰", id="주민등록번호"),
         say=["비자 연장 서류 번역 공증이 필요해요", "대사관 예약을 변경하고 싶어요"],
         ids=["rrn"], dfmt="%Y.%m.%d", post=lambda r: f"{r.randint(10000, 63999)}"),
]

KINDS = ["intake", "correspondence", "scheduling", "complaint", "case_note", "export", "notice", "form", "translation"]

HISTORICAL = ["Raoul Wallenberg", "Aristides de Sousa Mendes", "Varian Fry", "Ho Feng-Shan", "Irena Sendler",
              "Frank Foley", "Nicholas Winton", "Fridtjof Nansen", "Chiune Sugihara", "Paul Grüninger",
              "Sergio Vieira de Mello", "Gilberto Bosques", "Viktor Navorski (the film The Terminal)",
              "Mehran Karimi Nasseri", "Carl Lutz", "Hiram Bingham IV"]
EPONYMS = ["the Nansen passport", "the Wallenberg Foundation", "Kafka's 'The Castle'-style bureaucracy",
           "the Lutz Memorial Lecture", "the Bosques scholarship", "the Winton train exhibit", "Sendler Street office"]
PLACEHOLDERS = ["Jane Doe", "John Doe", "Max Mustermann", "Erika Mustermann", "Jan Kowalski", "Fulano de Tal",
                "Mario Rossi", "Иван Иванов", "山田太郎", "홍길동", "张三", "Ola Nordmann", "Juan del Pueblo",
                "[APPLICANT_NAME]", "<FULL NAME>", "XXXXX XXXXX"]
ORG_A = "Vell Quor Bran Tessel Ardo Mirel Cavan Lum Harth Orsay Pell Zander Kelv".split()
ORG_B = "ane ova ith mark bridge wen sto ray".split()
ORG_C = ["Relocation GmbH", "Legal Aid Centre", "Translations Ltd", "Refugee Association", "Visa Consulting",
         "Migration Partners", "Sworn Translation Bureau", "Resettlement Centre", "Mobility Services"]


# --------------------------------------------------------------------------------------------- ids
class Gen:
    def __init__(self, rng, frozen):
        self.r = rng
        self.frozen = frozen
        self.dropped = collections.Counter()

    def pick_clean(self, parts_fn, what, cap=400):
        for _ in range(cap):
            v = parts_fn()
            if not drop_frozen(v, self.frozen):
                return v
            self.dropped[what] += 1
        raise Abort(f"freeze refill cap for {what}")

    def filter_pool(self, pool, what):
        out = []
        for v in pool:
            if drop_frozen(v, self.frozen):
                self.dropped[what] += 1
            else:
                out.append(v)
        return out

    def name(self, L):
        r = self.r

        def given():
            return r.choice(L["ga"]) + r.choice(L["gb"])

        def family():
            a = r.choice(L["fa"]) + r.choice(L["fb"])
            return a[0].upper() + a[1:] if L["script"] == "Latin" else a
        if L["script"] in ("Han", "Hangul", "Kana"):
            # whole-name tokens: check the full name (single-character surnames are not pool entries alone)
            sep = " " if L["script"] == "Kana" else ""
            for _ in range(400):
                gv, fv = given(), family()
                full = fv + sep + gv + (r.choice(L["gb"]) if L["script"] == "Han" and r.random() < 0.5 else "")
                if not drop_frozen(full, self.frozen) and not drop_frozen(gv, self.frozen):
                    return full, gv
                self.dropped["person"] += 1
            raise Abort("freeze refill cap for person " + L["tag"])
        g = self.pick_clean(given, "given")
        f = self.pick_clean(family, "family")
        if L["tag"] == "ru-RU":
            return self.pick_clean(lambda: f"{f} {g}", "person"), g
        return self.pick_clean(lambda: f"{g} {f}", "person"), g

    def place(self, L):
        r = self.r
        return self.pick_clean(lambda: r.choice(L["pa"]) + r.choice(L["pb"]), "place")

    def address(self, L):
        r = self.r
        if L["script"] in ("Han", "Hangul"):
            s = self.pick_clean(lambda: r.choice(L["pa"]) + r.choice(L["ga"]) + r.choice(L["gb"]), "street")
        else:
            s = self.pick_clean(lambda: r.choice(L["fa"]) + r.choice(L["fb"]).lower()
                                if L["script"] == "Latin" else r.choice(L["fa"]) + r.choice(L["fb"]), "street")
        if L["script"] == "Latin":
            s = s[0].upper() + s[1:]
        return f"{L['street'](r.randint(2, 98), s)}, {L['post'](r)} {self.place(L)}"

    def org(self):
        r = self.r
        return self.pick_clean(lambda: r.choice(ORG_A) + r.choice(ORG_B) + " " + r.choice(ORG_C), "org")

    def dob(self, L):
        d = dt.date(1950, 1, 1) + dt.timedelta(days=self.r.randint(0, 18000))
        return d, d.strftime(L["dfmt"])

    def phone(self, region, kind=phonenumbers.PhoneNumberType.MOBILE):
        ex = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(ex)
        for _ in range(300):
            keep = 2 if len(nsn) > 6 else 1
            cand = nsn[:keep] + "".join(str(self.r.randint(0, 9)) for _ in range(len(nsn) - keep))
            num = phonenumbers.parse("+" + str(ex.country_code) + cand)
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
                fmt = self.r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                                     phonenumbers.PhoneNumberFormat.NATIONAL,
                                     phonenumbers.PhoneNumberFormat.E164])
                s = phonenumbers.format_number(num, fmt)
                chk = phonenumbers.parse(s, region)
                if not phonenumbers.is_valid_number(chk):
                    raise Abort(f"phone {s}")
                return s
        raise Abort(f"phone cap {region}")

    def ip(self):
        for _ in range(200):
            a = ipaddress.ip_address(f"{self.r.randint(1, 223)}.{self.r.randint(0, 255)}."
                                     f"{self.r.randint(0, 255)}.{self.r.randint(1, 254)}")
            if a.is_global:
                return str(a)
        raise Abort("ip cap")

    def digits(self, n, first="123456789"):
        return self.r.choice(first) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def complete(self, body_fn, valid, alphabet="0123456789", width=1, cap=300):
        for _ in range(cap):
            body = body_fn()
            if width == 1:
                cands = list(alphabet)
            else:
                cands = [a + b for a in alphabet for b in alphabet]
            for c in cands:
                if valid(body + c):
                    return body + c
        raise Abort("id cap")

    def ident(self, kind, L, dob):
        r = self.r
        if kind == "ssn":
            for _ in range(100):
                v = f"{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
                if ssn.is_valid(v):
                    return "ssn", v
            raise Abort("ssn")
        if kind == "nhs":
            v = self.complete(lambda: self.digits(9, "4"), nhs.is_valid)
            return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}"
        if kind == "steuerid":
            v = self.complete(lambda: self.digits(10), idnr.is_valid)
            return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
        if kind == "nir":
            b = f"{r.randint(1, 2)}{dob.year % 100:02d}{dob.month:02d}{r.choice(['13', '33', '59', '69', '75', '93'])}" \
                f"{r.randint(1, 899):03d}{r.randint(1, 999):03d}"
            v = b + nir.calc_check_digits(b)
            if not nir.is_valid(v):
                raise Abort("nir")
            return "NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
        if kind == "dni":
            b = self.digits(8)
            v = b + dni.calc_check_digit(b)
            if not dni.is_valid(v):
                raise Abort("dni")
            return "NATIONAL_ID", v
        if kind == "cf":
            cons = "BCDFGLMNPRSTVZ"
            day = dob.day + (40 if r.random() < 0.5 else 0)
            b = ("".join(r.choice(cons) for _ in range(6)) + f"{dob.year % 100:02d}" + "ABCDEHLMPRST"[dob.month - 1]
                 + f"{day:02d}" + r.choice("ABCDFGHL") + f"{r.randint(100, 999)}")
            v = self.complete(lambda: b, codicefiscale.is_valid, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", cap=1)
            return "TAX_ID", v
        if kind == "bsn":
            return "NATIONAL_ID", self.complete(lambda: self.digits(8), bsn.is_valid)
        if kind == "pesel":
            v = self.complete(lambda: f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{self.digits(4, '0123456789')}",
                              pesel.is_valid)
            return "NATIONAL_ID", v
        if kind == "cpf":
            v = self.complete(lambda: self.digits(9), cpf.is_valid, width=2)
            return "TAX_ID", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
        if kind == "pnr":
            v = self.complete(lambda: f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{self.digits(3, '0123456789')}",
                              personnummer.is_valid)
            return "NATIONAL_ID", v
        if kind == "tckn":
            return "NATIONAL_ID", self.complete(lambda: self.digits(9), tckimlik.is_valid, width=2)
        if kind == "inn":
            return "TAX_ID", self.complete(lambda: "77" + self.digits(8, "0123456789"), inn.is_valid, width=2)
        if kind == "rntrc":
            return "TAX_ID", self.complete(lambda: self.digits(9, "123"), rntrc.is_valid)
        if kind == "amka":
            return "NATIONAL_ID", self.complete(
                lambda: f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{self.digits(4, '0123456789')}", amka.is_valid)
        if kind == "tz":
            return "NATIONAL_ID", self.complete(lambda: self.digits(8, "0123"), il_idnr.is_valid)
        if kind == "aadhaar":
            v = self.complete(lambda: self.digits(11, "23456789"), aadhaar.is_valid)
            return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"
        if kind == "thpin":
            v = self.complete(lambda: self.digits(12, "1358"), th_pin.is_valid)
            return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
        if kind == "rrn":
            g = "1" if r.random() < 0.5 else "2"
            v = self.complete(lambda: f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g}"
                                      f"{r.randint(0, 8)}{self.digits(4, '0123456789')}", rrn.is_valid, cap=600)
            return "NATIONAL_ID", f"{v[:6]}-{v[6:]}"
        if kind == "ric":
            area = r.choice(["110101", "310104", "440106", "510104", "330106"])
            v = self.complete(lambda: f"{area}{dob.strftime('%Y%m%d')}{self.digits(3, '0123456789')}", ric.is_valid,
                              alphabet="0123456789X")
            return "NATIONAL_ID", v
        if kind == "card":
            pre = r.choice(["4", "51", "52", "53", "55"])
            v = self.complete(lambda: pre + self.digits(15 - len(pre), "0123456789"), luhn.is_valid)
            return "CREDIT_CARD", " ".join(v[i:i + 4] for i in range(0, 16, 4))
        if kind == "usbank":
            v = self.complete(lambda: r.choice(["01", "02", "03", "06", "07", "11", "12"]) + self.digits(6, "0123456789"),
                              rtn.is_valid)
            return "US_BANK_NUMBER", v
        if kind.startswith("iban:"):
            cc = kind[5:]
            spec = {"GB": lambda: "".join(r.choice("ABCDEFGHIJKLMNOPRSTWXY") for _ in range(4)) + self.digits(14, "0123456789"),
                    "DE": lambda: self.digits(18),
                    "FR": lambda: self.digits(10) + self.digits(11, "0123456789") + self.digits(2, "0123456789"),
                    "NL": lambda: "".join(r.choice("ABCDEFGHIKLMNRSTUVWZ") for _ in range(4)) + self.digits(10, "0123456789"),
                    "PL": lambda: self.digits(24),
                    "TR": lambda: self.digits(5) + "0" + self.digits(16, "0123456789"),
                    "UA": lambda: "3" + self.digits(5, "0123456789") + self.digits(19, "0123456789"),
                    "GR": lambda: "0" + self.digits(2, "0123456789") + self.digits(4, "0123456789") + self.digits(16, "0123456789"),
                    "SA": lambda: self.digits(2) + self.digits(18, "0123456789")}[cc]
            for _ in range(300):
                b = spec()
                v = cc + s_iban.calc_check_digits(cc + "00" + b) + b
                if s_iban.is_valid(v):
                    return "IBAN_CODE", s_iban.format(v)
            raise Abort("iban " + cc)
        raise Abort(kind)


# --------------------------------------------------------------------------------------------- documents
VISA = ["D-visa (national)", "Schengen C visa", "EU Blue Card", "family reunification visa", "student residence permit",
        "H-1B transfer", "Skilled Worker visa", "ICT permit", "humanitarian visa", "working holiday visa"]
CASE_PREFIX = ["AZ", "CASE", "REF", "VFS", "APPT", "IOE", "MSC", "WAC", "APS", "TRN"]


def case_no(r):
    p = r.choice(CASE_PREFIX)
    return f"{p}-{r.randint(2023, 2026)}-{r.randint(100000, 999999)}" if p not in ("IOE", "MSC", "WAC") \
        else f"{p}{r.randint(1000000000, 9999999999)}"


def person_bundle(g, L, want):
    """Issue a set of personal values for one private person. Returns (values dict, issued list)."""
    name, first = g.name(L)
    d, dob = g.dob(L)
    v = {"name": name, "first": first, "dob": dob, "dobdate": d}
    issued = [("PERSON", name)]
    if "dob" in want:
        issued.append(("DATE_TIME", dob))
    if "phone" in want:
        v["phone"] = g.phone(L["region"])
        issued.append(("PHONE_NUMBER", v["phone"]))
    if "addr" in want:
        v["addr"] = g.address(L)
        issued.append(("LOCATION", v["addr"]))
    if "email" in want:
        base = urllib.parse.quote("".join(c for c in first.lower() if c.isascii() and c.isalnum()) or "user", safe="")
        v["email"] = f"{base}.{g.r.randint(10, 99)}{g.r.choice(['', '.m', '_k'])}@{g.r.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'mail.ru', 'web.de', 'naver.com', 'qq.com'])}"
        issued.append(("EMAIL_ADDRESS", v["email"]))
    if "id" in want:
        kind = g.r.choice(L["ids"])
        t, val = g.ident(kind, L, d)
        v["id"] = val
        v["idtype"] = t
        issued.append((t, val))
        if kind == "usbank":
            acct = g.digits(10, "123456789")
            v["id"] = f"routing {val} / acct {acct}"
            issued.append(("US_BANK_NUMBER", acct))
    if "ip" in want:
        v["ip"] = g.ip()
        issued.append(("IP_ADDRESS", v["ip"]))
    return v, issued


def sensitive_doc(g, L, kind, r):
    lab = L["lab"]
    want = set(r.sample(["dob", "phone", "addr", "email", "id", "ip"], r.randint(2, 4)))
    if kind == "export":
        want |= {"id", "dob"}
    p, issued = person_bundle(g, L, want)
    lines = [f"{lab['name']}: {p['name']}"]
    if "dob" in want:
        lines.append(f"{lab['dob']}: {p['dob']}")
    if "addr" in want:
        lines.append(f"{lab['addr']}: {p['addr']}")
    if "phone" in want:
        lines.append(f"{lab['phone']}: {p['phone']}" + (f" ext. {r.randint(10, 499)}" if r.random() < 0.15 else ""))
    if "email" in want:
        lines.append(f"E-mail: {p['email']}")
    if "id" in want:
        lines.append(f"{lab['id']}: {p['id']}")
    if "ip" in want:
        lines.append(f"submitted from IP {p['ip']}")
    block = "\n".join(lines)
    cn = case_no(r)
    visa = r.choice(VISA)
    say = r.choice(L["say"])
    org = g.org()
    rel_name, rel_first = g.name(L)
    rel = r.choice(["wife", "husband", "daughter", "son", "brother", "mother", "sponsor's HR contact", "interpreter"])
    extra = []
    if r.random() < 0.4:
        extra.append(("PERSON", rel_first))
    relline = f"Accompanied by my {rel} {rel_first}." if extra else ""
    issued += extra
    if kind == "intake":
        doc = (f"NGO intake — {org}\nCase {cn} | first contact | interpreter needed: {L['tag']}\n{block}\n"
               f"Claim: {r.choice(['political persecution', 'fear of forced recruitment', 'LGBTQ+ persecution', 'gang threats', 'religious conversion'])}. "
               f"Arrived {r.randint(2, 30)} days ago, Dublin hit: {r.choice(['none', 'EURODAC cat. 1 in another MS', 'unknown'])}.\n"
               f"Client said: \"{say}\". {relline}")
        instr = r.choice(["Summarise this intake for the legal team, flag vulnerabilities.",
                          "structure this into our intake JSON pls", "what documents should we ask for next?"])
    elif kind == "correspondence":
        doc = (f"Dear Sir or Madam,\n\nI am writing regarding my {visa} application ({cn}). {say}.\n"
               f"{relline}\n\nMy details:\n{block}\n\nKind regards,\n{p['name']}")
        instr = r.choice(["Make this letter to the consulate more formal.", "translate this to English, keep the format",
                          "fix grammar, it goes to the immigration office tomorrow"])
    elif kind == "scheduling":
        doc = (f"Biometrics / interview booking\nApplicant: {p['name']}\n" + "\n".join(lines[1:]) +
               f"\nRequested slot: {r.choice(['Mon', 'Tue', 'Wed', 'Thu'])} {r.randint(8, 15)}:{r.choice(['00', '15', '30', '45'])}"
               f", counter {r.randint(1, 12)}, appt ref {cn}\n{relline}")
        instr = r.choice(["Write the SMS confirming this appointment.", "reschedule to next week and draft the email",
                          "check if this conflicts with the interpreter's calendar"])
    elif kind == "complaint":
        doc = (f"Complaint about {org}: I paid for the {visa} package and nobody answers. {say}. "
               f"Case {cn}.\n{block}\n{relline}")
        instr = r.choice(["Draft a firm but polite complaint.", "is this worth escalating to the ombudsman? write it",
                          "shorten to 800 chars for the web form"])
    elif kind == "case_note":
        doc = (f"[internal] {cn} — caseworker note\nSpoke with {p['name']} today. {say}. "
               f"RFE deadline in {r.randint(5, 40)} days; missing: {r.choice(['police clearance', 'apostilled birth cert', 'proof of funds', 'CoS letter'])}.\n"
               + "\n".join(lines[1:]) + f"\n{relline}")
        instr = r.choice(["Turn this into a handover note for my colleague.", "list next actions with deadlines",
                          "rewrite neutrally for the file"])
    elif kind == "export":
        hdr = ",".join(["case_id"] + [ln.split(":")[0] for ln in lines])
        row = ",".join([cn] + [ln.split(": ", 1)[-1].replace(",", " ") for ln in lines])
        doc = f"{hdr}\n{row}\n"
        # the CSV replaced commas in values: recompute what survives via search later
        instr = r.choice(["Convert this CSV export from the case system to JSON.", "validate columns and report problems",
                          "dedupe and sort by case_id"])
    elif kind == "notice":
        doc = (f"NOTICE — {org}\nThe following applicant is called for the resettlement interview on "
               f"{r.randint(1, 28)}.{r.randint(1, 12)}.: {p['name']} ({cn}).\n" + "\n".join(lines[1:]) +
               "\nBring original passport and two photos.")
        instr = r.choice(["Translate this notice into plain language.", "format as a poster text",
                          "make an SMS version under 160 chars"])
    elif kind == "form":
        doc = (f"APPLICATION FORM — {visa}\n1. Surname / given names: {p['name']}\n" +
               "\n".join(f"{i + 2}. {ln}" for i, ln in enumerate(lines[1:])) +
               f"\n{len(lines) + 1}. Purpose of stay: {r.choice(['employment', 'study', 'family reunification', 'protection'])}"
               f"\n{len(lines) + 2}. Previous refusals: {r.choice(['no', 'yes, 2019', 'no'])}")
        instr = r.choice(["Check this form for missing fields.", "fill the rest from the passport scan I sent",
                          "convert to the consulate's XML format"])
    else:  # translation
        doc = (f"Sworn translation order — {org}\nDocument: {r.choice(['birth certificate', 'marriage certificate', 'police clearance', 'diploma', 'divorce decree'])}"
               f" ({L['tag']} → en/de), apostille required: {r.choice(['yes', 'no', 'already apostilled'])}\n{block}\n"
               f"Deadline {r.randint(1, 28)}/{r.randint(1, 12)}, rate per line.")
        instr = r.choice(["Prepare the translator's certification statement.", "quote price for this order",
                          "translate the certificate fields"])
    return doc, instr, issued


def benign_doc(g, L, kind, r, pools):
    """Hard negatives of the same world: no private person."""
    cn = case_no(r)
    org = g.org()
    hist = r.choice(pools["hist"])
    eponym = r.choice(pools["eponym"])
    ph = r.choice(pools["placeholder"])
    switch = g.phone(L["region"], phonenumbers.PhoneNumberType.FIXED_LINE) if r.random() < 0.6 else "112"
    role = r.choice(["visa", "info", "consular", "appointments", "legalisation", "intake", "translations"])
    mailbox = f"{role}@{r.choice(['consulate', 'embassy', 'ngo', 'relocation', 'translate'])}-{L['tag'][:2]}.example.{r.choice(['org', 'com', 'net'])}"
    doc_ip = r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
    testcard = r.choice(["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444"])
    visa = r.choice(VISA)
    lab = L["lab"]
    variant = r.randint(0, 5)
    if variant == 0:
        body = (f"{lab['name']}: {ph}\n{lab['dob']}: DD/MM/YYYY\n{lab['addr']}: ______\n{lab['phone']}: ______\n"
                f"{lab['id']}: ______ (blank template)")
    elif variant == 1:
        body = (f"Switchboard of {org}: {switch} (Mon–Fri 9–13). Role mailbox {mailbox}. In emergencies abroad call "
                f"112 / 911 or the 24h consular line. Case refs look like {cn}.")
    elif variant == 2:
        body = (f"Q{r.randint(1, 4)} stats: {r.randint(120, 4000)} {visa} applications, {r.randint(40, 90)}% approved, "
                f"median processing {r.randint(20, 190)} days; {r.randint(3, 60)} RFEs concerned apostilles. No individual data.")
    elif variant == 3:
        body = (f"History slide: {hist} — remembered for issuing travel papers to refugees. "
                f"Next week's talk is hosted by {eponym}. Ref {cn}.")
    elif variant == 4:
        body = (f"Applicant [NAME], born [DOB], resident at [ADDRESS], phone [PHONE] — already anonymised for the "
                f"training set. Outcome: {r.choice(['granted', 'refused', 'subsidiary protection'])}. Ref {cn}.")
    else:
        body = (f"Payment sandbox for the {visa} fee portal: test card {testcard}, callback IP {doc_ip}, "
                f"webhook https://pay.example.com/cb?ref={cn}, invoice INV-{r.randint(10000, 99999)}.")
    frames = {
        "intake": ("Intake template v{n} — {org}\n{b}", "Improve the wording of this intake template."),
        "correspondence": ("Dear colleagues,\n{b}\nRegards, the consular section", "Make this email clearer."),
        "scheduling": ("Appointment system notice: slots for {visa} open on Mondays.\n{b}", "Summarise in 2 lines."),
        "complaint": ("Complaint policy of {org}: we answer within 10 working days.\n{b}", "Rewrite this politely."),
        "case_note": ("[internal] team note, no client data\n{b}", "Turn into bullet points."),
        "export": ("case_id,status,visa_type\n{cn},pending,{visa}\n# {b}", "Convert to JSON."),
        "notice": ("PUBLIC NOTICE — {org}\n{b}", "Translate for the website."),
        "form": ("FORM {visa} (blank)\n{b}", "List required fields."),
        "translation": ("Translation order ref {cn}: standard certificate template, no names yet.\n{b}",
                        "Estimate how many lines this is."),
    }
    fr, instr = frames[kind]
    doc = fr.format(n=r.randint(2, 9), org=org, b=body, visa=visa, cn=cn) + f"\n({r.choice(L['say'])})"
    return doc, instr


def incidental_doc(g, L, kind, r, pools):
    doc, instr = benign_doc(g, L, kind, r, pools)
    choice = r.randint(0, 3)
    if choice == 0:
        name, first = g.name(L)
        rel = r.choice(["my sister", "my cousin", "the new intern", "our volunteer interpreter", "my neighbour"])
        doc += f"\nPS: {rel} {first} will bring the folder."
        return doc, instr, [("PERSON", first)]
    if choice == 1:
        ph = g.phone(L["region"])
        doc += f"\n(if urgent text me on {ph})"
        return doc, instr, [("PHONE_NUMBER", ph)]
    if choice == 2:
        d, s = g.dob(L)
        doc += f"\nnote to self: my own {L['lab']['dob']} {s} must match the passport"
        return doc, instr, [("DATE_TIME", s)]
    ip = g.ip()
    doc += f"\n[client log] uploaded from {ip}"
    return doc, instr, [("IP_ADDRESS", ip)]


# --------------------------------------------------------------------------------------------- placement
PLACES = ["user", "system", "assistant", "tool", "parts", "file", "image_url", "tool_def", "tool_args",
          "json_schema", "user_field", "stop", "prediction", "metadata"]
SYSTEMS = ["You assist immigration caseworkers. Be precise.", "You are a sworn translator's assistant.",
           "You help an NGO that supports asylum seekers.", "You are a consular citizen-services helper.",
           "You help a relocation agency with paperwork."]


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def build_body(doc, instr, place, r, issued, completions):
    model = r.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"])
    if completions:
        return {"model": model, "prompt": f"{instr}\n\n{doc}\n\n###\n", "max_tokens": r.choice([256, 512, 800])}, "prompt"
    sysm = {"role": "system", "content": r.choice(SYSTEMS)}
    body = {"model": model}
    if place == "user":
        body["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
    elif place == "system":
        body["messages"] = [{"role": "system", "content": f"{sysm['content']}\nContext document:\n{doc}"},
                            {"role": "user", "content": instr}]
    elif place == "assistant":
        body["messages"] = [sysm, {"role": "user", "content": "I'll paste it, read first"},
                            {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": instr}]
    elif place == "tool":
        body["messages"] = [sysm, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                             "function": {"name": "fetch_case", "arguments": "{\"case\": \"current\"}"}}]},
                            {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif place == "parts":
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr},
                                                                {"type": "text", "text": doc}]}]
    elif place == "file":
        fname = r.choice(["intake.txt", "letter.txt", "export.csv", "notes.md", "form.txt"])
        if issued and r.random() < 0.3:
            first_name = issued[0][1].split(" ")[0]
            fname = f"{first_name}_{fname}"
        body["messages"] = [sysm, {"role": "user", "content": [
            {"type": "text", "text": instr},
            {"type": "file", "file": {"filename": fname, "file_data": f"data:text/plain;base64,{b64(doc)}"}}]}]
    elif place == "image_url":
        q = urllib.parse.quote(doc[:600], safe="")
        body["messages"] = [sysm, {"role": "user", "content": [
            {"type": "text", "text": instr + " (scan attached)"},
            {"type": "image_url", "image_url": {"url": f"https://scans.example.net/view?doc={q}&dpi=300"}}]}]
    elif place == "tool_def":
        body["messages"] = [sysm, {"role": "user", "content": instr}]
        body["tools"] = [{"type": "function", "function": {"name": "file_case", "description":
                          f"Files the current case. Current record:\n{doc}",
                          "parameters": {"type": "object", "properties": {"case": {"type": "string"}}}}}]
    elif place == "tool_args":
        body["messages"] = [sysm, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function",
                             "function": {"name": "save_record", "arguments": json.dumps({"record": doc}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": "call_7", "content": "saved"},
                            {"role": "user", "content": "ok now continue"}]
    elif place == "json_schema":
        vals = [v for _, v in issued][:3] or ["pending", "granted"]
        body["messages"] = [sysm, {"role": "user", "content": instr}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "case_record", "schema": {
            "type": "object", "description": doc,
            "properties": {"field": {"type": "string", "enum": vals, "examples": vals[:1]}}}}}
    elif place == "user_field":
        uid = next((v for t, v in issued if t in ("EMAIL_ADDRESS", "PERSON")), None)
        body["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
        body["user"] = uid or f"svc-casebot-{r.randint(100, 999)}"
    elif place == "stop":
        body["messages"] = [sysm, {"role": "user", "content": instr}]
        body["stop"] = [doc[:200], "\n###"]
    elif place == "prediction":
        body["messages"] = [sysm, {"role": "user", "content": instr}]
        body["prediction"] = {"type": "content", "content": doc}
    else:  # metadata
        body["messages"] = [sysm, {"role": "user", "content": instr}]
        body["store"] = True
        md = {"source": "casebot", "note": doc[:500]}
        for i, (t, v) in enumerate(issued[:6]):
            md[f"f{i}_{t.lower()}"] = v
        body["metadata"] = md
    return body, place


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
    # json escapes newlines / quotes; also add a decoded view of all strings
    def walk(o):
        if isinstance(o, dict):
            for v in o.values():
                yield from walk(v)
        elif isinstance(o, list):
            for v in o:
                yield from walk(v)
        elif isinstance(o, str):
            yield o
            yield urllib.parse.unquote(o)
    parts.extend(walk(body))
    return "\n".join(parts)


def label(body, issued):
    h = haystack(body)
    out, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        if v and v in h:
            seen.add((t, v))
            out.append({"type": t, "value": v})
    return out


# --------------------------------------------------------------------------------------------- PII split
def make_pii(rng, g, pools):
    recs = []
    n_per_kind_s, n_per_kind_b = 32, 24
    plan = []
    for kind in KINDS:
        plan += [(kind, True)] * n_per_kind_s + [(kind, False)] * n_per_kind_b
    rng.shuffle(plan)
    n_inc_target = round(0.12 * sum(1 for _, s in plan if s))
    inc_done = 0
    place_i = 0
    stats = collections.Counter()
    for i, (kind, sens) in enumerate(plan):
        L = LOCALES[i % len(LOCALES)]
        completions = rng.random() < 0.10
        place = PLACES[place_i % len(PLACES)]
        place_i += 1
        incidental = False
        if sens and inc_done < n_inc_target and rng.random() < 0.2:
            doc, instr, issued = incidental_doc(g, L, kind, rng, pools)
            incidental = True
        elif sens:
            doc, instr, issued = sensitive_doc(g, L, kind, rng)
        else:
            doc, instr = benign_doc(g, L, kind, rng, pools)
            issued = []
        if sens and place in ("stop", "metadata", "image_url") and not incidental:
            # these fields truncate; keep rotation but labels come only from what survived
            pass
        body, where = build_body(doc, instr, place, rng, issued, completions)
        ents = label(body, issued)
        if sens and not ents:
            # value truncated away: fall back to the user message placement
            body, where = build_body(doc, instr, "user", rng, issued, completions)
            ents = label(body, issued)
        if incidental and ents:
            inc_done += 1
            stats["incidental"] += 1
        is_sens = bool(ents)
        assert is_sens == (len(ents) > 0)
        if sens:
            assert is_sens, (kind, place)
        else:
            assert not ents
        recs.append({"id": f"{SPLIT}-pii-{i + 1:04d}", "category": kind if is_sens else f"{kind}_benign",
                     "sensitive": is_sens, "entities": ents,
                     "endpoint": "completions" if completions else "chat", "lang": L["tag"],
                     "style": f"{kind} · {where}" + (" · incidental" if incidental else ""), "body": body})
    return recs, stats


# --------------------------------------------------------------------------------------------- complexity
SIMPLE = {
    "en": ["What are the consulate's opening hours on Friday?", "hi! thanks for the help yesterday",
           "Convert 2025-03-04 to DD/MM/YYYY.", "What does 'apostille' mean in one sentence?"],
    "de": ["Wie heißt das Formular für die Verlängerung des Aufenthaltstitels?", "Danke, das war's schon!",
           "Übersetze 'Meldebescheinigung' ins Englische."],
    "fr": ["Que signifie « récépissé » ?", "Merci beaucoup, bonne journée !", "Mets cette date au format ISO : 3 mars 2025."],
    "es": ["¿Qué significa NIE?", "Traduce 'empadronamiento' al inglés.", "Gracias, eso es todo."],
    "it": ["Cosa vuol dire 'nulla osta'?", "Traduci 'permesso di soggiorno' in inglese."],
    "pt-BR": ["O que é apostila de Haia?", "Obrigado pela ajuda!"],
    "pl-PL": ["Co to jest karta pobytu?", "Przetłumacz 'tłumacz przysięgły' na angielski."],
    "ru-RU": ["Что такое РВП?", "Спасибо, всё понятно!"],
    "uk-UA": ["Переклади 'тимчасовий захист' англійською.", "Дякую!"],
    "ar": ["ما معنى التصديق؟", "شكراً جزيلاً"],
    "he-IL": ["מה זה אפוסטיל?", "תודה רבה!"],
    "hi-IN": ["वीज़ा का मतलब क्या है?", "धन्यवाद!"],
    "th-TH": ["วีซ่าประเภท Non-B คืออะไร", "ขอบคุณครับ"],
    "zh-CN": ["“居留许可”的英文是什么？", "谢谢！"],
    "ja-JP": ["在留カードとは何ですか？", "ありがとうございます！"],
    "ko-KR": ["아포스티유가 뭐예요?", "감사합니다!"],
    "tr-TR": ["İkamet izni İngilizce nasıl söylenir?", "Teşekkürler!"],
    "el-GR": ["Τι είναι η σφραγίδα της Χάγης;", "Ευχαριστώ!"],
}
HARD = {
    "en": ["An EU Blue Card holder lost their job after 14 months; their spouse is on a dependant permit and pregnant. "
           "Assess their options to stay, the deadlines, and which move carries the least risk.",
           "Our asylum client has inconsistent dates between the screening interview and the main interview. Plan how "
           "to address credibility in the written submission without conceding the core claim.",
           "Design a triage rule for 3 NGO caseworkers handling 140 Dublin-transfer cases with different deadlines; justify it.",
           "A sponsored worker's CoS lists the wrong SOC code. Weigh correcting it vs. a new application, considering salary thresholds."],
    "de": ["Eine Familie mit Duldung: Vater arbeitet seit 20 Monaten, Tochter in Ausbildung. Prüfe Beschäftigungsduldung vs. "
           "Ausbildungsduldung vs. §25b und empfehle eine Reihenfolge mit Begründung."],
    "fr": ["Un étudiant étranger veut passer en « talent » mais son master n'est pas terminé. Analyse les risques "
           "et propose une stratégie calendrier avec alternatives."],
    "es": ["Compara arraigo social, arraigo para la formación y la reagrupación para una madre con dos hijos; "
           "razona cuál conviene según ingresos irregulares."],
    "it": ["Un richiedente ha ottenuto protezione speciale ma vuole ricongiungere la moglie: valuta i requisiti "
           "e le alternative, argomentando pro e contro."],
    "pt-BR": ["Analise se vale recorrer de um indeferimento de visto de residência por vínculo empregatício ou fazer "
              "novo pedido, considerando prazos e custos."],
    "pl-PL": ["Pracodawca zatrudnia 12 cudzoziemców na różnych zezwoleniach; zaplanuj harmonogram przedłużeń "
              "minimalizujący ryzyko przerw w legalnym pobycie."],
    "ru-RU": ["Сравни варианты легализации для семьи с разными гражданствами и предложи план с рисками по срокам."],
    "uk-UA": ["Оціни, чи варто змінювати тимчасовий захист на посвідку на проживання для працівника IT, з аргументами."],
    "ar": ["حلّل مدى قوة طلب لجوء يستند إلى التحول الديني مع تناقضات بسيطة، واقترح استراتيجية للمقابلة."],
    "he-IL": ["נתח אילו מסמכים חסרים לבקשת איחוד משפחות ובנה תוכנית עבודה לפי סדר סיכון."],
    "hi-IN": ["एक छात्र का वीज़ा दो बार रिजेक्ट हुआ है; कारणों का विश्लेषण कर के नई आवेदन रणनीति बनाइए।"],
    "zh-CN": ["分析一名外籍员工从工作签证转永久居留的可行路径，比较风险并给出时间规划。"],
    "ja-JP": ["技能実習から特定技能への移行で、書類不備のリスクを分析し、優先順位をつけた計画を立ててください。"],
    "ko-KR": ["가족 초청 비자 거절 사유를 분석하고 재신청 전략을 근거와 함께 제시해 주세요."],
    "tr-TR": ["Geçici koruma altındaki bir ailenin ikamet iznine geçiş seçeneklerini karşılaştır ve gerekçeli öneri yap."],
    "el-GR": ["Ανάλυσε αν συμφέρει προσφυγή ή νέα αίτηση για άδεια διαμονής λόγω εργασίας, με επιχειρήματα."],
    "th-TH": ["วิเคราะห์ความเสี่ยงของการเปลี่ยนวีซ่าท่องเที่ยวเป็นวีซ่าทำงาน และวางแผนขั้นตอนพร้อมเหตุผล"],
}


def long_filler(rng, n_chars):
    rows = []
    items = ["passport copy", "birth certificate (apostilled)", "police clearance", "proof of funds", "employment contract",
             "health insurance certificate", "two biometric photos", "rental agreement", "diploma + sworn translation",
             "marriage certificate (legalised)"]
    i = 1
    while sum(len(x) + 1 for x in rows) < n_chars:
        rows.append(f"{i}. {rng.choice(items)} — status: {rng.choice(['received', 'missing', 'expired', 'ok'])} — "
                    f"checked {rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} — "
                    f"ref CHK-{rng.randint(1000, 9999)}")
        i += 1
    return "\n".join(rows)


def make_complexity(rng):
    recs = []
    langs = sorted(set(SIMPLE) | set(HARD))
    plan = [("short_simple", 0)] * 48 + [("long_easy", 0)] * 48 + [("short_hard", 1)] * 48 + [("long_hard", 1)] * 46
    rng.shuffle(plan)
    for i, (cat, lab) in enumerate(plan):
        lang = langs[i % len(langs)]
        if cat == "short_simple":
            pool = SIMPLE.get(lang) or SIMPLE["en"]
            text = rng.choice(pool)
            style = "lookup/greeting"
        elif cat == "short_hard":
            pool = HARD.get(lang) or HARD["en"]
            text = rng.choice(pool)
            style = "analysis/plan"
        elif cat == "long_easy":
            filler = long_filler(rng, rng.randint(1600, 3000))
            ask = rng.choice(["Reformat this checklist as a markdown table.", "Sort these by status, keep everything else.",
                              "Copy only the lines marked 'missing'.", "Translate the status words to German, nothing else.",
                              "Count how many lines say 'expired'."])
            text = f"{filler}\n\n{ask}"
            if lang != "en":
                text = f"{rng.choice(SIMPLE.get(lang) or SIMPLE['en'])}\n{text}"
            style = "reformat/copy"
        else:
            filler = long_filler(rng, rng.randint(1200, 2500))
            ask = rng.choice(HARD.get(lang) or HARD["en"])
            text = (f"Case file checklist for a family of {rng.randint(3, 6)}:\n{filler}\n\nGiven this state of the file: {ask} "
                    "Identify which missing items block the application, sequence the work against the expiry dates, "
                    "and explain the trade-offs.")
            style = "analysis/plan/long"
        msgs = [{"role": "user", "content": text}]
        if rng.random() < 0.4:
            msgs.insert(0, {"role": "system", "content": rng.choice(SYSTEMS)})
        body = {"model": "hybridgate/auto", "messages": msgs}
        if cat == "long_easy":
            assert len(text) >= 1500
        recs.append({"id": f"{SPLIT}-cx-{i + 1:04d}", "category": cat, "label": lab,
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat",
                     "lang": lang, "style": style, "body": body})
    return recs


# --------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    frozen = frozen_words()
    g = Gen(rng, frozen)
    pools = {"hist": g.filter_pool(HISTORICAL, "historical") or ["a 1940s consul"],
             "eponym": g.filter_pool(EPONYMS, "eponym") or ["the refugee travel document"],
             "placeholder": g.filter_pool(PLACEHOLDERS, "placeholder") or ["[APPLICANT_NAME]"]}
    try:
        pii, st = make_pii(rng, g, pools)
        cx = make_complexity(rng)
    except Abort as e:
        sys.exit(f"ABORT: {e}")
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for fn, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / fn, "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    ns = sum(r["sensitive"] for r in pii)
    print(f"frozen words: {len(frozen)}; dropped by freeze: {dict(sorted(g.dropped.items()))}")
    print(f"pii_{SPLIT}: {len(pii)} records, {ns} sensitive ({ns / len(pii):.1%}), {len(pii) - ns} benign, "
          f"{st['incidental']} incidental ({st['incidental'] / ns:.1%} of sensitive)")
    print("  endpoints:", dict(sorted(collections.Counter(r["endpoint"] for r in pii).items())))
    print("  langs:", len({r["lang"] for r in pii}), "scripts:", len({L["script"] for L in LOCALES}))
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    print(f"complexity_{SPLIT}: {len(cx)} records;", dict(sorted(collections.Counter(r["category"] for r in cx).items())),
          f"label1={sum(r['label'] for r in cx)}, length_adversarial={sum(r['length_adversarial'] for r in cx)},",
          f"langs={len({r['lang'] for r in cx})}")


if __name__ == "__main__":
    main()
