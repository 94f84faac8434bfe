#!/usr/bin/env python3
"""Lagoon: an independent evaluation split for the request signals, organised by the LIFE EVENT of the data subject.

Writes bench/data/signals/pii_lagoon.jsonl and bench/data/signals/complexity_lagoon.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the docs nor commit
    messages; the record format came from the first 70 lines of the delta generator and `head -n 2` of the
    delta files. The other generators were not read: their sources are only scanned automatically (regex over
    their bytes) for capitalised / non-ASCII words, and every person-name token, street and company of this
    file is checked against that word set at run time (the run aborts on an overlap). Names, streets and
    companies are the author's own lists (no Faker).

Organising principle
    By the LIFE EVENT of the person the data is about (the data subject): birth and registering a child,
    school/university enrolment, applying for a job, tenancy/moving house, marriage, bank account/loan, car and
    driving licence, illness/hospital stay, road accident and insurance claim, filing taxes,
    immigration/residence permit, travel and a lost passport, retirement/pension, death in the family and
    probate. For each event the people around it write what they would send to a model: letters to offices,
    filled-in forms, chat with a relative, a clerk's note, a lawyer's summary, a referral, a landlord's
    message, a KYC checklist, OCR of a screenshot. Writer (the person, a relative, an official, an adviser)
    and data subject (self, child, deceased parent, tenant, client, patient) vary. Sensitive categories are
    ``<event>``, benign ones ``<event>_benign``: the same events without a private person's data (how the
    process works, blank forms with placeholders, statistics, a public figure's well-known event, a novel's
    character, eponymous laws/prizes/streets, offices' public lines, documentation example values, order and
    case numbers, anonymised text). Complexity records are easy and hard asks about the same events.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; computed by searching the
    serialised body (file parts decoded, URLs unquoted) for every value the record issued. ``ssn`` is the US
    SSN only; other citizen / social-security numbers are NATIONAL_ID, taxpayer numbers TAX_ID, health-system
    and insurer numbers HEALTH_INSURANCE, hospital record numbers MEDICAL_RECORD, a US routing + account pair
    US_BANK_NUMBER, a private user's public IP IP_ADDRESS. Complexity: label 1 = hard (multi-step reasoning,
    conflict of laws, proofs, trade-offs, root-cause debugging, optimisation, legal/medical reasoning);
    ``length_adversarial`` for long_easy (>= 1,500 chars) and short_hard.

Contents (seed 20261219)
    pii_lagoon.jsonl: 504 requests (468 chat, 36 completions) in 46 language tags over 12 scripts (Latin,
    Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai, Han, Kana, Hangul); 14 life events x 36
    (289 sensitive = 57.3% / 215 benign); 44 sensitive ones carry a single incidental item, 21 carry the data
    only in ``metadata`` (store: true) with a benign message. Entities: person 250, phone 100, DATE_OF_BIRTH 80,
    email 66, STREET_ADDRESS 62, credit_card 32, NATIONAL_ID 28, PASSPORT 28, iban 19, DRIVER_LICENSE 16,
    HEALTH_INSURANCE 11, TAX_ID 10, MEDICAL_RECORD 7, IP_ADDRESS 6, US_BANK_NUMBER 3, ssn 2.
    Placements rotate over user / system / earlier assistant / tool result / tool-call arguments / text parts /
    base64 file parts / response_format json_schema / ``user`` / image URL query strings / metadata only /
    legacy completions prompts; the writer's ask rotates over polite, terse, rude, typo and code-switched styles.
    complexity_lagoon.jsonl: 190 chat requests in 32 language tags: short_simple 46, long_easy 50
    (>= 1,500 chars), short_hard 46, long_hard 48; 96 (51%) length-adversarial, 94 labelled 1. The run prints
    all counts.

Validation
    Identifiers are generated and then validated with python-stdnum (national ids, tax ids, IBAN, Luhn
    cards, ABA routing, NHS numbers); every phone is validated with ``phonenumbers``; US phones avoid
    555-01xx. The run asserts counts, label balance, language/script coverage and the overlap check.

Command (byte-reproducible across PYTHONHASHSEED; python-stdnum and phonenumbers from the project venv)
    python bench/make_lagoon_signal_sets.py [--seed 20261219] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import pathlib
import random
import re
import sys
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.us import ssn as us_ssn, rtn as us_rtn
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.es import dni as es_dni
from stdnum.nl import bsn as nl_bsn
from stdnum.br import cpf as br_cpf
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.pl import pesel as pl_pesel
from stdnum.se import personnummer as se_pnr
from stdnum.fi import hetu as fi_hetu
from stdnum.cn import ric as cn_ric
from stdnum.kr import rrn as kr_rrn
from stdnum.il import idnr as il_idnr
from stdnum.tr import tckimlik as tr_tck
from stdnum.gr import amka as gr_amka
from stdnum.ru import inn as ru_inn
from stdnum.th import pin as th_pin
from stdnum.it import codicefiscale as it_cf
from stdnum.ro import cnp as ro_cnp
from stdnum.bg import egn as bg_egn
from stdnum.ua import rntrc as ua_rntrc
from stdnum.dk import cpr as dk_cpr
from stdnum.no import fodselsnummer as no_fnr
from stdnum.cl import rut as cl_rut
from stdnum.za import idnr as za_idnr
from stdnum.gb import nhs as gb_nhs
from stdnum.pt import nif as pt_nif
from stdnum.cz import rc as cz_rc
from stdnum.pk import cnic as pk_cnic
from stdnum.my import nric as my_nric
from stdnum.ar import cuit as ar_cuit
from stdnum.eg import tn as eg_tn
from stdnum.vn import mst as vn_mst
from stdnum.id import nik as id_nik
from stdnum.ie import pps as ie_pps

NAME = "lagoon"
ROOT = pathlib.Path(__file__).resolve().parent

# ---------------------------------------------------------------- locales (own lists)
# tag, phone region, script, given, family, romanised handles, streets, address format, name order,
# id kind, labels (name, birth date, address, phone), a native ask
LOCALES = [
    ("en-US", "US", "Latin", ["Thisbe", "Jessamine", "Cordelia"], ["Culpepper", "Quimby", "Lindqvale"], ["dridgeway", "m.hale", "tbran"],
     ["Larkspur Bend", "Old Quarry Rd"], "{n} {s}, Cedar Falls, IA 50613", "GF", "ssn",
     ("Full name", "Date of birth", "Home address", "Phone"), "can u clean this up so it reads professional"),
    ("en-GB", "GB", "Latin", ["Jago", "Demelza", "Piran"], ["Pennicott", "Bythesea", "Wickstead"], ["ipennicott", "rhys.ab", "otreg"],
     ["Foxglove Close", "Wheelwright Lane"], "{n} {s}, Hebden Bridge HX7 8AD", "GF", "nhs",
     ("Name", "DOB", "Address", "Mobile"), "Could you tidy this up for me please, ta"),
    ("de-DE", "DE", "Latin", ["Gesche", "Okke", "Heiderose"], ["Dreesmann", "Kötterheinrich", "Hülsewede"], ["w.dreesmann", "hauke.k", "fhuelsewede"],
     ["Töpferkamp", "Am Kälberanger"], "{s} {n}, 49078 Osnabrück", "GF", "de_idnr",
     ("Name", "Geburtsdatum", "Anschrift", "Telefon"), "Kannst du das bitte kurz prüfen und formulieren?"),
    ("fr-FR", "FR", "Latin", ["Gwendal", "Albane", "Clervie"], ["Quéméneur", "Lesueur", "Tréguer"], ["g.quemeneur", "anatole.ld", "skerbrat"],
     ["rue des Tanneurs-Vieux", "impasse du Moulin-Brûlé"], "{n} {s}, 29200 Brest", "GF", "fr_nir",
     ("Nom", "Date de naissance", "Adresse", "Téléphone"), "Tu peux m'aider à rédiger ça proprement ?"),
    ("es-ES", "ES", "Latin", ["Iciar", "Jacinta", "Fermina"], ["Villalpando", "Otxoa", "Larrañeta"], ["iurquiaga", "gines.v", "maite.oe"],
     ["calle del Almendro Alto", "travesía de Orfebres"], "{s} {n}, 3º B, 31003 Pamplona", "GF", "es_dni",
     ("Nombre", "Fecha de nacimiento", "Domicilio", "Teléfono"), "¿Me ayudas a redactarlo bien, porfa?"),
    ("es-MX", "MX", "Latin", ["Eleazar", "Atzin", "Ixchel"], ["Tlapalcoyotl", "Tepoxteco", "Mixcoatl"], ["xtlapal", "eleazar.z", "itzel.on"],
     ["Calle Jacarandas Norte", "Privada Tezontle"], "{s} {n}, Col. Xoco, 03330 Ciudad de México", "GF", None,
     ("Nombre", "Fecha de nacimiento", "Domicilio", "Celular"), "oye me ayudas a ponerlo bonito?"),
    ("pt-BR", "BR", "Latin", ["Caetano", "Moacir", "Jussara"], ["Pedrosa", "Queiroga", "Bandeira Mello"], ["iracema.ap", "caetano.nb", "jlins"],
     ["Rua dos Ipês Roxos", "Travessa Jurema"], "{s}, {n} - Boa Vista, Recife - PE, 50050-000", "GF", "br_cpf",
     ("Nome", "Data de nascimento", "Endereço", "Celular"), "consegue me ajudar a deixar isso certinho?"),
    ("pt-PT", "PT", "Latin", ["Lourenço", "Dinis", "Aurélia"], ["Sardinha", "Cabral-Moncada", "Alvim"], ["lquaresma", "dbett", "ines.sl"],
     ["Rua do Salitre Velho", "Travessa das Gaivotas"], "{s} {n}, 2º Esq., 4000-123 Porto", "GF", "pt_nif",
     ("Nome", "Data de nascimento", "Morada", "Telemóvel"), "Pode ajudar-me a redigir isto como deve ser?"),
    ("it-IT", "IT", "Latin", ["Ottaviano", "Ersilia", "Fulvio"], ["Orefice", "Bortolussi", "Capobianco"], ["i.scogna", "tancredi.do", "lbortolussi"],
     ["via dei Cordai", "vicolo del Pozzo Bianco"], "{s} {n}, 80134 Napoli", "GF", "it_cf",
     ("Nome e cognome", "Data di nascita", "Indirizzo", "Cellulare"), "Mi aiuti a sistemarlo un attimo?"),
    ("nl-NL", "NL", "Latin", ["Sietske", "Marrit", "Gerbrand"], ["Oosterbroek", "Wijnstekers", "Verhagen"], ["fstam", "joost.ob", "lwijn"],
     ["Lijnbaansgracht-Oost", "Kwakelpad"], "{s} {n}, 2011 AB Haarlem", "GF", "nl_bsn",
     ("Naam", "Geboortedatum", "Adres", "Telefoon"), "Kun je dit even netjes maken?"),
    ("pl-PL", "PL", "Latin", ["Bogna", "Jarogniew", "Mirosława"], ["Przybyszewska", "Bartoszewicz", "Dziewulska"], ["bwroblewska", "radek.sz", "kgolebiowska"],
     ["ulica Bednarska Dolna", "ulica Kminkowa"], "{s} {n}/4, 30-534 Kraków", "GF", "pesel",
     ("Imię i nazwisko", "Data urodzenia", "Adres", "Telefon"), "Możesz mi to poprawić, żeby brzmiało urzędowo?"),
    ("sv-SE", "SE", "Latin", ["Arvid", "Sigvard", "Barbro"], ["Tjärnström", "Skoglöf", "Rydqvist"], ["ylva.la", "tbrannstrom", "saga.h"],
     ["Klövervägen", "Båtsmansgränd"], "{s} {n}, 903 31 Umeå", "GF", "se_pnr",
     ("Namn", "Födelsedatum", "Adress", "Telefon"), "Kan du hjälpa mig att formulera det här?"),
    ("fi-FI", "FI", "Latin", ["Iiris", "Vilja", "Aatos"], ["Pulkkinen", "Mäkäräinen", "Pesonen"], ["amkarkkainen", "eetu.hr", "vpulkkinen"],
     ["Tervaleppäkuja", "Kuusiniementie"], "{s} {n} B 7, 33100 Tampere", "GF", "hetu",
     ("Nimi", "Syntymäaika", "Osoite", "Puhelin"), "Voitko auttaa muotoilemaan tämän?"),
    ("da-DK", "DK", "Latin", ["Gry", "Bodil", "Ejnar"], ["Kjærsgaard", "Møllerup", "Brøndum"], ["skjaer", "mads.m", "dittetb"],
     ["Hvedemarken", "Rugbrødsstræde"], "{s} {n}, 8000 Aarhus C", "GF", "cpr",
     ("Navn", "Fødselsdato", "Adresse", "Telefon"), "Kan du hjælpe mig med at skrive det pænt?"),
    ("nb-NO", "NO", "Latin", ["Sigrunn", "Torgeir", "Håvard"], ["Haugseth", "Fjellstad", "Grøtting"], ["shaugseth", "eirik.f", "tuva.r"],
     ["Bjørkeliveien", "Tollbodbakken"], "{s} {n}, 7030 Trondheim", "GF", "fnr",
     ("Navn", "Fødselsdato", "Adresse", "Mobil"), "Kan du hjelpe meg å skrive dette ordentlig?"),
    ("cs-CZ", "CZ", "Latin", ["Bohdana", "Drahomír", "Věnceslava"], ["Křivánková", "Pospíšilová", "Žižková"], ["rkrivankova", "vojta.v", "bposp"],
     ["Pod Lipovou Strání", "Na Vyhlídce Horní"], "{s} {n}, 602 00 Brno", "GF", "cz_rc",
     ("Jméno", "Datum narození", "Adresa", "Telefon"), "Můžeš mi to přeformulovat?"),
    ("ro-RO", "RO", "Latin", ["Doru", "Ruxandra", "Vasile"], ["Mărgineanu", "Răducanu", "Păunescu"], ["imargineanu", "sorin.c", "oana.rv"],
     ["Strada Zorilor", "Aleea Castanilor Mici"], "{s} nr. {n}, 400000 Cluj-Napoca", "GF", "ro_cnp",
     ("Nume", "Data nașterii", "Adresa", "Telefon"), "Mă ajuți să formulez asta mai frumos?"),
    ("tr-TR", "TR", "Latin", ["Nurten", "Gönül", "Yiğit"], ["Karakaşoğlu", "Eğilmez", "Bozkurtlu"], ["gkarakas", "tarkan.y", "negilmez"],
     ["Ihlamur Sokak", "Değirmenaltı Caddesi"], "{s} No:{n} D:3, 35220 Konak/İzmir", "GF", "tck",
     ("Ad Soyad", "Doğum tarihi", "Adres", "Telefon"), "Bunu düzgün bir dille yazar mısın?"),
    ("vi-VN", "VN", "Latin", ["Hằng", "Quế", "Nhàn"], ["Cù", "Tiêu", "Thân"], ["hang.trinh", "khai.luong", "diep.doan"],
     ["Hẻm 42 Trần Khắc Chân", "Ngõ 17 Hàng Chiếu"], "{n} {s}, Quận 1, TP. Hồ Chí Minh", "FG", "vn_mst",
     ("Họ và tên", "Ngày sinh", "Địa chỉ", "Số điện thoại"), "Bạn giúp mình viết lại cho chuẩn nhé?"),
    ("id-ID", "ID", "Latin", ["Puspita", "Endang", "Tjahjono"], ["Tampubolon", "Sembiring", "Purbaya"], ["wulan.s", "bagas.h", "ratna.p"],
     ["Jalan Kenanga Raya", "Gang Melati III"], "{s} No. {n}, RT 04/RW 02, Bandung 40132", "GF", "id_nik",
     ("Nama", "Tanggal lahir", "Alamat", "No. HP"), "Tolong bantu rapikan tulisan ini ya"),
    ("ms-MY", "MY", "Latin", ["Atikah", "Aqil", "Nabilah"], ["binti Zulkarnain", "bin Shamsudin", "binti Ismadi"], ["syafiqah.z", "hafiz.rosli", "aisyah.hk"],
     ["Jalan Cempaka 7", "Lorong Seri Kenari"], "No. {n}, {s}, 53100 Kuala Lumpur", "GF", "my_nric",
     ("Nama", "Tarikh lahir", "Alamat", "No. telefon"), "Boleh tolong kemaskan ayat ni?"),
    ("sw-KE", "KE", "Latin", ["Mumbi", "Chepngetich", "Ngugi"], ["Waweru", "Wamalwa", "Macharia"], ["wanjiru.km", "otieno.o", "nwekesa"],
     ["Mvule Lane", "Ngong Road Annex"], "{s} {n}, Kilimani, Nairobi", "GF", None,
     ("Jina", "Tarehe ya kuzaliwa", "Anwani", "Simu"), "Tafadhali nisaidie kuandika hii vizuri"),
    ("af-ZA", "ZA", "Latin", ["Marietjie", "Wynand", "Riaan"], ["Potgieter", "Oosthuizen", "Bezuidenhout"], ["msteenkamp", "wynand.p", "aswanepoel"],
     ["Bloekomlaan", "Kerkstraat-Wes"], "{s} {n}, Stellenbosch 7600", "GF", "za_id",
     ("Naam", "Geboortedatum", "Adres", "Selfoon"), "Kan jy my help om dit netjies te skryf?"),
    ("es-CL", "CL", "Latin", ["Lientur", "Pascuala", "Crisóstomo"], ["Ossandón", "Ancamil", "Painemal"], ["jhuenchu", "baltazar.o", "acifuentes"],
     ["Pasaje Los Copihues", "Avenida Quilín Poniente"], "{s} {n}, Ñuñoa, Santiago", "GF", "cl_rut",
     ("Nombre", "Fecha de nacimiento", "Dirección", "Celular"), "¿Me ayudai a dejarlo bien escrito?"),
    ("es-AR", "AR", "Latin", ["Lautaro", "Ailén", "Abril"], ["Etchegaray", "Lanusse", "Iturraspe"], ["aetche", "facu.br", "mlanusse"],
     ["Calle Gorriti Sur", "Pasaje Ombú"], "{s} {n}, C1414 CABA", "GF", "ar_cuit",
     ("Nombre", "Fecha de nacimiento", "Domicilio", "Celular"), "¿Me lo pasás en limpio, dale?"),
    ("ga-IE", "IE", "Latin", ["Órla", "Sadhbh", "Éabha"], ["Seoighe", "Bairéad", "Puirséal"], ["aoife.nd", "cathal.mgr", "saoirse.oc"],
     ["Bóthar na Trá", "Ascaill an Leasa"], "{n} {s}, Gaillimh H91 E2K3", "GF", "pps",
     ("Ainm", "Dáta breithe", "Seoladh", "Fón"), "An féidir leat cabhrú liom é seo a scríobh i gceart?"),
    ("ru-RU", "RU", "Cyrillic", ["Тихон", "Ефросинья", "Мирон"], ["Преображенская", "Колокольцев", "Шелепина"], ["s.preobr", "vkolokol", "ushelepina"],
     ["улица Сиреневая Слобода", "Гончарный переулок"], "{s}, д. {n}, кв. 12, Казань, 420021", "GF", "ru_inn",
     ("ФИО", "Дата рождения", "Адрес", "Телефон"), "Помоги, пожалуйста, грамотно сформулировать"),
    ("uk-UA", "UA", "Cyrillic", ["Назарій", "Богуслава", "Северин"], ["Ковальчишин", "Яворівський", "Гуцуляк"], ["y.hnatiuk", "bohdan.k", "sdorosh"],
     ["вулиця Калинова Верхня", "провулок Гончарів"], "{s}, {n}, Львів, 79007", "GF", "ua_rntrc",
     ("ПІБ", "Дата народження", "Адреса", "Телефон"), "Допоможи, будь ласка, гарно це сформулювати"),
    ("bg-BG", "BG", "Cyrillic", ["Светослав", "Живко", "Невена"], ["Пенчева", "Караиванова", "Цонев"], ["rpencheva", "svelkov", "dkaraiv"],
     ["улица Шипченски проход-Юг", "улица Люляк"], "{s} {n}, 1000 София", "GF", "bg_egn",
     ("Име", "Дата на раждане", "Адрес", "Телефон"), "Можеш ли да ми помогнеш да го напиша добре?"),
    ("el-GR", "GR", "Greek", ["Πολυξένη", "Ασπασία", "Ηλέκτρα"], ["Καραγιαννοπούλου", "Τσιμπούκης", "Μαυρογιάννη"], ["evanthia.k", "themis.ts", "aglaia.l"],
     ["Οδός Αμαρυλλίδος", "Πάροδος Κισσού"], "{s} {n}, 546 22 Θεσσαλονίκη", "GF", "amka",
     ("Ονοματεπώνυμο", "Ημερομηνία γέννησης", "Διεύθυνση", "Τηλέφωνο"), "Μπορείς να με βοηθήσεις να το γράψω σωστά;"),
    ("ar-EG", "EG", "Arabic", ["سندس", "مؤمن", "إسراء"], ["الدمنهوري", "السنباطي", "المنشاوي"], ["sondos.sh", "moamen.ar", "rehab.d"],
     ["شارع الياسمين الشرقي", "حارة الفخارين"], "{n} {s}، مصر الجديدة، القاهرة", "GF", "eg_tn",
     ("الاسم", "تاريخ الميلاد", "العنوان", "الهاتف"), "ممكن تساعدني أكتب ده بشكل رسمي؟"),
    ("ar-SA", "SA", "Arabic", ["لمياء", "مناير", "سطام"], ["المسفر", "الشهراني", "اليامي"], ["jawaher.q", "naif.z", "lamia.am"],
     ["طريق الأمير سلطان الفرعي", "شارع الغضا"], "{n} {s}، حي الروضة، جدة 23435", "GF", None,
     ("الاسم", "تاريخ الميلاد", "العنوان", "الجوال"), "لو سمحت ساعدني في صياغة هذا"),
    ("ur-PK", "PK", "Arabic", ["شگفتہ", "کامران", "رخسانہ"], ["بخاری", "وڑائچ", "بھٹی"], ["sameena.q", "farhan.b", "mahnoor.ch"],
     ["گلی نمبر 9 سمن آباد", "کوچہ صرافاں"], "مکان {n}، {s}، لاہور", "GF", "pk_cnic",
     ("نام", "تاریخ پیدائش", "پتہ", "فون"), "براہ کرم اسے درست انداز میں لکھنے میں مدد کریں"),
    ("fa-IR", "IR", "Arabic", ["بهراد", "ستاره", "یگانه"], ["صدرالدینی", "کاظمیان", "فرهمند"], ["taraneh.s", "behrad.k", "niloofar.n"],
     ["کوچه اقاقیا", "خیابان شقایق غربی"], "پلاک {n}، {s}، شیراز", "GF", None,
     ("نام", "تاریخ تولد", "نشانی", "تلفن"), "میشه کمکم کنی این رو رسمی بنویسم؟"),
    ("he-IL", "IL", "Hebrew", ["אלעד", "ינון", "טליה"], ["דהאן", "ויסברג", "אפשטיין"], ["noga.bh", "elad.r", "shaked.a"],
     ["רחוב הצבעונים", "סמטת הנפחים"], "{s} {n}, חיפה", "GF", "il_id",
     ("שם", "תאריך לידה", "כתובת", "טלפון"), "אפשר עזרה לנסח את זה יפה?"),
    ("hi-IN", "IN", "Devanagari", ["ऋतिका", "वैदेही", "प्रखर"], ["भदौरिया", "राठौर", "सिसोदिया"], ["surbhi.c", "aniruddh.b", "ritika.k"],
     ["गुलमोहर मार्ग", "नीम वाली गली"], "मकान नं. {n}, {s}, लखनऊ 226010", "GF", "aadhaar",
     ("नाम", "जन्म तिथि", "पता", "फ़ोन"), "क्या आप इसे ठीक से लिखने में मदद करेंगे?"),
    ("mr-IN", "IN", "Devanagari", ["मृणाल", "केतकी", "ऋचा"], ["पटवर्धन", "दाते", "आपटे"], ["sayali.kd", "omkar.g", "mrunal.p"],
     ["चाफेकर आळी", "पारिजात रस्ता"], "{n}, {s}, पुणे 411030", "GF", "pan",
     ("नाव", "जन्मतारीख", "पत्ता", "फोन"), "हे नीट लिहायला मदत कराल का?"),
    ("ne-NP", "NP", "Devanagari", ["सरिता", "प्रजिन", "अञ्जु"], ["श्रेष्ठ", "महर्जन", "तामाङ"], ["sarita.sj", "prajin.m", "anju.t"],
     ["ठमेल मार्ग", "न्युरोड गल्ली"], "घर नं. {n}, {s}, काठमाडौं", "GF", None,
     ("नाम", "जन्म मिति", "ठेगाना", "फोन"), "यो राम्रोसँग लेख्न सहयोग गर्नुहुन्छ?"),
    ("bn-BD", "BD", "Bengali", ["রাফসান", "সাবরিনা", "মাহফুজ"], ["শিকদার", "মিয়াজী", "সিদ্দিকী"], ["tahmina.ck", "rafsan.m", "nusrat.t"],
     ["কদমতলা লেন", "শিমুলবাগ সড়ক"], "বাড়ি {n}, {s}, ধানমন্ডি, ঢাকা ১২০৫", "GF", None,
     ("নাম", "জন্ম তারিখ", "ঠিকানা", "ফোন"), "এটা একটু গুছিয়ে লিখে দিতে পারবেন?"),
    ("bn-IN", "IN", "Bengali", ["শ্রাবন্তী", "অর্ঘ্য", "দেবলীনা"], ["ভট্টাচার্য", "গঙ্গোপাধ্যায়", "মুখোপাধ্যায়"], ["srabanti.b", "arghya.s", "debleena.b"],
     ["কাঁসারিপাড়া লেন", "বকুলবাগান রো"], "{n}, {s}, কলকাতা ৭০০০২৫", "GF", "aadhaar",
     ("নাম", "জন্মতারিখ", "ঠিকানা", "ফোন"), "এটা একটু ঠিকঠাক লিখে দাও না"),
    ("ta-IN", "IN", "Tamil", ["செழியன்", "இனியன்", "எழிலன்"], ["அருணாசலம்", "பழனிச்சாமி", "தங்கவேலு"], ["kayal.s", "ilango.v", "nila.a"],
     ["பூங்கா தெரு", "வேப்பமரத் தெரு"], "{n}, {s}, மயிலாப்பூர், சென்னை 600004", "GF", "aadhaar",
     ("பெயர்", "பிறந்த தேதி", "முகவரி", "தொலைபேசி"), "இதை சரியாக எழுத உதவ முடியுமா?"),
    ("th-TH", "TH", "Thai", ["ปวีณา", "กานต์ธิดา", "ภูริพัฒน์"], ["พรหมวิหาร", "ชัยมงคล", "รัตนวราหะ"], ["paweena.s", "thanakrit.w", "kanthida.c"],
     ["ซอยลำพูทอง", "ถนนมะลิวัลย์"], "{n} {s} แขวงบางรัก เขตบางรัก กรุงเทพฯ 10500", "GF", "th_pin",
     ("ชื่อ-นามสกุล", "วันเกิด", "ที่อยู่", "โทรศัพท์"), "ช่วยเรียบเรียงให้หน่อยได้ไหมคะ"),
    ("zh-CN", "CN", "Han", ["皓轩", "语桐", "钰彤"], ["东方", "长孙", "独孤"], ["wanqing.oy", "haoxuan.zg", "ruoxi.mr"],
     ["桂香弄", "青石板路"], "浙江省杭州市西湖区{s}{n}号", "FG", "cn_ric",
     ("姓名", "出生日期", "住址", "电话"), "帮我改得正式一点，谢谢"),
    ("zh-TW", "TW", "Han", ["品妤", "冠霖", "芸瑄"], ["駱", "鍾", "魏"], ["yuting.chan", "pohan.lo", "pinyu.lai"],
     ["永康街二十巷", "仁愛路四段"], "台北市大安區{s}{n}號", "FG", None,
     ("姓名", "出生日期", "地址", "電話"), "可以幫我把這段寫得通順一點嗎？"),
    ("ja-JP", "JP", "Kana", ["ゆうと", "ひなた", "つむぎ"], ["柊木", "相馬", "宍戸"], ["sakura.hiiragi", "yuto.soma", "hinata.shishido"],
     ["鶯谷町", "はなみずき通り"], "大阪府大阪市天王寺区{s}{n}-3-7", "FG", None,
     ("氏名", "生年月日", "住所", "電話番号"), "これを丁寧な文章に直してもらえますか？"),
    ("ko-KR", "KR", "Hangul", ["태오", "나은", "이준"], ["도", "용"], ["seoyun.ng", "dohyun.hb", "harin.jg"],
     ["솔바람길", "매화로"], "서울특별시 마포구 {s} {n}", "FG", "kr_rrn",
     ("성명", "생년월일", "주소", "전화번호"), "이거 좀 공손하게 다듬어 줄 수 있어요?"),
]


# ---------------------------------------------------------------- identifiers (validated)
def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _L(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _loop(rng, maker, valid, tries=200000):
    for _ in range(tries):
        v = maker()
        try:
            if valid(v):
                return v
        except Exception:
            pass
    raise RuntimeError("could not generate a valid identifier")


def _ymd(rng, y0=1948, y1=2004):
    d = dt.date(y0, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))
    return d


def gen_id(rng, kind):
    """Return (value, entity type, label) for a locale's id kind."""
    b = _ymd(rng, 1950, 1999)
    yy, mm, dd = f"{b.year % 100:02d}", f"{b.month:02d}", f"{b.day:02d}"
    if kind == "ssn":
        v = _loop(rng, lambda: f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}", us_ssn.is_valid)
        return v, "ssn", "SSN"
    if kind == "nhs":
        v = _loop(rng, lambda: rng.choice("456789") + _d(rng, 9), gb_nhs.is_valid)
        return gb_nhs.format(v), "HEALTH_INSURANCE", "NHS no."
    if kind == "de_idnr":
        v = _loop(rng, lambda: rng.choice("123456789") + _d(rng, 10), de_idnr.is_valid)
        return v, "TAX_ID", "Steuer-ID"
    if kind == "fr_nir":
        def mk():
            s = rng.choice("12") + yy + mm + rng.choice(["29", "35", "69", "75"]) + _d(rng, 3) + _d(rng, 3)
            return s + fr_nir.calc_check_digits(s)
        v = _loop(rng, mk, fr_nir.is_valid)
        return fr_nir.format(v), "HEALTH_INSURANCE", "n° de sécurité sociale"
    if kind == "es_dni":
        def mk():
            s = _d(rng, 8)
            return s + es_dni.calc_check_digit(s)
        return _loop(rng, mk, es_dni.is_valid), "NATIONAL_ID", "DNI"
    if kind == "br_cpf":
        return br_cpf.format(_loop(rng, lambda: rng.choice("123456789") + _d(rng, 10), br_cpf.is_valid)), "TAX_ID", "CPF"
    if kind == "pt_nif":
        def mk():
            s = rng.choice("12") + _d(rng, 7)
            return s + pt_nif.calc_check_digit(s)
        return _loop(rng, mk, pt_nif.is_valid), "TAX_ID", "NIF"
    if kind == "it_cf":
        def mk():
            s = _L(rng, 6) + yy + "ABCDEHLMPRST"[b.month - 1] + f"{b.day + rng.choice([0, 40]):02d}" + rng.choice("FHLG") + _d(rng, 3)
            return s + it_cf.calc_check_digit(s)
        return _loop(rng, mk, it_cf.is_valid), "TAX_ID", "codice fiscale"
    if kind == "nl_bsn":
        return _loop(rng, lambda: rng.choice("123456789") + _d(rng, 8), nl_bsn.is_valid), "NATIONAL_ID", "BSN"
    if kind == "pesel":
        return _loop(rng, lambda: yy + mm + dd + _d(rng, 5), pl_pesel.is_valid), "NATIONAL_ID", "PESEL"
    if kind == "se_pnr":
        return _loop(rng, lambda: yy + mm + dd + "-" + _d(rng, 4), se_pnr.is_valid), "NATIONAL_ID", "personnummer"
    if kind == "hetu":
        return _loop(rng, lambda: dd + mm + yy + "-" + f"{rng.randint(2, 899):03d}" + rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"), fi_hetu.is_valid), "NATIONAL_ID", "henkilötunnus"
    if kind == "cpr":
        return _loop(rng, lambda: dd + mm + yy + "-" + _d(rng, 4), dk_cpr.is_valid), "NATIONAL_ID", "CPR-nr."
    if kind == "fnr":
        return _loop(rng, lambda: dd + mm + yy + _d(rng, 5), no_fnr.is_valid), "NATIONAL_ID", "fødselsnummer"
    if kind == "cz_rc":
        return _loop(rng, lambda: yy + f"{b.month + rng.choice([0, 50]):02d}" + dd + "/" + _d(rng, 4), cz_rc.is_valid), "NATIONAL_ID", "rodné číslo"
    if kind == "ro_cnp":
        return _loop(rng, lambda: rng.choice("12") + yy + mm + dd + f"{rng.randint(1, 40):02d}" + _d(rng, 4), ro_cnp.is_valid), "NATIONAL_ID", "CNP"
    if kind == "tck":
        return _loop(rng, lambda: rng.choice("123456789") + _d(rng, 10), tr_tck.is_valid), "NATIONAL_ID", "T.C. Kimlik No"
    if kind == "vn_mst":
        return _loop(rng, lambda: "8" + _d(rng, 9), vn_mst.is_valid), "TAX_ID", "MST"
    if kind == "id_nik":
        return _loop(rng, lambda: "3273" + _d(rng, 2) + f"{b.day + rng.choice([0, 40]):02d}" + mm + yy + _d(rng, 4), id_nik.is_valid), "NATIONAL_ID", "NIK"
    if kind == "my_nric":
        v = _loop(rng, lambda: yy + mm + dd + "14" + _d(rng, 4), my_nric.is_valid)
        return my_nric.format(v), "NATIONAL_ID", "No. KP"
    if kind == "za_id":
        return _loop(rng, lambda: yy + mm + dd + _d(rng, 4) + "08" + _d(rng, 1), za_idnr.is_valid), "NATIONAL_ID", "ID-nommer"
    if kind == "cl_rut":
        def mk():
            s = str(rng.randint(8000000, 22000000))
            return s + cl_rut.calc_check_digit(s)
        return cl_rut.format(_loop(rng, mk, cl_rut.is_valid)), "NATIONAL_ID", "RUT"
    if kind == "ar_cuit":
        def mk():
            s = rng.choice(["20", "27"]) + str(rng.randint(20000000, 45000000))
            return s + ar_cuit.calc_check_digit(s)
        return ar_cuit.format(_loop(rng, mk, ar_cuit.is_valid)), "TAX_ID", "CUIL"
    if kind == "pps":
        return _loop(rng, lambda: _d(rng, 7) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"), ie_pps.is_valid), "NATIONAL_ID", "PPSN"
    if kind == "ru_inn":
        return _loop(rng, lambda: rng.choice(["16", "77", "50"]) + _d(rng, 10), ru_inn.is_valid), "TAX_ID", "ИНН"
    if kind == "ua_rntrc":
        return _loop(rng, lambda: rng.choice("123") + _d(rng, 9), ua_rntrc.is_valid), "TAX_ID", "РНОКПП"
    if kind == "bg_egn":
        return _loop(rng, lambda: yy + mm + dd + _d(rng, 4), bg_egn.is_valid), "NATIONAL_ID", "ЕГН"
    if kind == "amka":
        return _loop(rng, lambda: dd + mm + yy + _d(rng, 5), gr_amka.is_valid), "NATIONAL_ID", "ΑΜΚΑ"
    if kind == "eg_tn":
        v = _loop(rng, lambda: rng.choice("1234567") + _d(rng, 8), eg_tn.is_valid)
        return eg_tn.format(v), "TAX_ID", "الرقم الضريبي"
    if kind == "pk_cnic":
        v = _loop(rng, lambda: rng.choice("34") + _d(rng, 12), pk_cnic.is_valid)
        return pk_cnic.format(v), "NATIONAL_ID", "CNIC"
    if kind == "il_id":
        return _loop(rng, lambda: rng.choice("023") + _d(rng, 8), il_idnr.is_valid), "NATIONAL_ID", "ת.ז."
    if kind == "aadhaar":
        v = _loop(rng, lambda: rng.choice("23456789") + _d(rng, 11), in_aadhaar.is_valid)
        return in_aadhaar.format(v), "NATIONAL_ID", "Aadhaar"
    if kind == "pan":
        return _loop(rng, lambda: _L(rng, 3) + "P" + _L(rng, 1) + _d(rng, 4) + _L(rng, 1), in_pan.is_valid), "TAX_ID", "PAN"
    if kind == "th_pin":
        return _loop(rng, lambda: rng.choice("1358") + _d(rng, 12), th_pin.is_valid), "NATIONAL_ID", "เลขประจำตัวประชาชน"
    if kind == "cn_ric":
        return _loop(rng, lambda: "330106" + str(b.year) + mm + dd + _d(rng, 3) + rng.choice("0123456789X"), cn_ric.is_valid), "NATIONAL_ID", "身份证号"
    if kind == "kr_rrn":
        return _loop(rng, lambda: yy + mm + dd + "-" + rng.choice("12") + _d(rng, 6), kr_rrn.is_valid), "NATIONAL_ID", "주민등록번호"
    raise KeyError(kind)


IBAN_BBAN = {
    "DE": lambda r: _d(r, 18), "AT": lambda r: _d(r, 16), "NL": lambda r: r.choice(["ABNA", "RABO", "INGB"]) + _d(r, 10),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD"]) + _d(r, 14), "PL": lambda r: _d(r, 24), "CZ": lambda r: _d(r, 20),
    "RO": lambda r: r.choice(["RNCB", "BTRL"]) + _d(r, 16), "TR": lambda r: _d(r, 5) + "0" + _d(r, 16),
    "SE": lambda r: _d(r, 20), "FI": lambda r: _d(r, 14), "DK": lambda r: _d(r, 14), "NO": lambda r: _d(r, 11),
    "BG": lambda r: "BNBG" + _d(r, 14), "GR": lambda r: _d(r, 23), "SA": lambda r: _d(r, 18 + 2 - 2) + _d(r, 2),
    "IL": lambda r: _d(r, 19), "UA": lambda r: _d(r, 25), "IE": lambda r: "AIBK" + _d(r, 14), "PT": lambda r: _d(r, 21),
    "FR": lambda r: _d(r, 23), "ES": lambda r: _d(r, 20), "IT": lambda r: r.choice("ABCDEFG") + _d(r, 22), "EG": lambda r: _d(r, 25),
    "BR": lambda r: _d(r, 23) + "C" + _d(r, 1), "PK": lambda r: r.choice(["HABB", "MEZN"]) + _d(r, 16),
}


def gen_iban(rng, cc):
    mk = IBAN_BBAN.get(cc)
    if mk is None:
        return None
    def make():
        bban = mk(rng)
        return cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
    try:
        v = _loop(rng, make, std_iban.is_valid, tries=4000)
    except RuntimeError:
        return None
    return std_iban.format(v)


def gen_card(rng):
    pre = rng.choice(["4", "51", "53", "55", "37"])
    n = 15 if pre == "37" else 16
    body = pre + _d(rng, n - len(pre) - 1)
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v) and v not in {"4111111111111111", "5555555555554444", "4242424242424242", "378282246310005"}
    if n == 15:
        return f"{v[:4]} {v[4:10]} {v[10:]}"
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


def gen_rtn(rng):
    return _loop(rng, lambda: rng.choice(["0", "1", "2", "3"]) + _d(rng, 8), us_rtn.is_valid)


def gen_phone(rng, region, fmt):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    keep = 3 if region == "US" else max(len(nat) - 5, 2)
    for _ in range(5000):
        cand = nat[:keep] + _d(rng, len(nat) - keep)
        if region == "US" and (cand[3:6] == "555" or cand[:3] in {"201"} and False):
            continue
        num = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            f = phonenumbers.PhoneNumberFormat.INTERNATIONAL if fmt else phonenumbers.PhoneNumberFormat.NATIONAL
            s = phonenumbers.format_number(num, f)
            assert phonenumbers.is_valid_number(phonenumbers.parse(s, region))
            return s
    raise RuntimeError(region)


def gen_ip(rng):
    import ipaddress
    while True:
        a = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
        if a.is_global and not any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")):
            return str(a)


MAIL = {"DE": "web.de", "FR": "orange.fr", "RU": "yandex.ru", "KR": "naver.com", "CN": "qq.com", "JP": "docomo.ne.jp",
        "BR": "uol.com.br", "PL": "wp.pl", "CZ": "seznam.cz", "IT": "libero.it", "GB": "btinternet.com", "NL": "ziggo.nl"}
PASS_FMT = {"US": "D9", "GB": "D9", "DE": "C8", "FR": "DDLLDDDDD", "IN": "LD7", "CN": "ED8", "JP": "LLD7", "KR": "MD8"}


def gen_passport(rng, region):
    f = PASS_FMT.get(region, "LLD7")
    if f == "D9":
        return _d(rng, 9)
    if f == "C8":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if f == "DDLLDDDDD":
        return _d(rng, 2) + _L(rng, 2) + _d(rng, 5)
    if f == "LD7":
        return _L(rng, 1) + _d(rng, 7)
    if f == "ED8":
        return "E" + _d(rng, 8)
    if f == "MD8":
        return "M" + _d(rng, 8)
    return _L(rng, 2) + _d(rng, 7)


# ---------------------------------------------------------------- life events: sensitive templates
# each: (writer, subject, fn(c) -> (document, ask)); c holds the record's issued values and locale labels
def blk(c, *rows):
    return "\n".join(f"{k}: {v}" for k, v in rows)


EVENTS = ["birth", "school", "job", "tenancy", "marriage", "bank_loan", "car_licence", "hospital", "accident_claim",
          "taxes", "immigration", "travel_passport", "retirement", "death_probate"]

S = {e: [] for e in EVENTS}
S["birth"] += [
    ("parent", "child", lambda c: (f"Birth registration, please check before I submit\n" + blk(c, ("Child", c["child"]), (c["L"][1], c["cdob"]), ("Mother", c["name"]), (c["L"][2], c["addr"]), (c["L"][3], c["phone"])), c["ask"])),
    ("midwife", "newborn", lambda c: (f"Midwife note: baby {c['child_first']} born {c['cdob']} 03:12, 3410 g, Apgar 8/9. Mother {c['name']}, {c['nid_lbl']} {c['nid']}. Discharge visit at {c['addr']}.", "turn this into the handover for the community team")),
    ("grandmother", "grandchild", lambda c: (f"my granddaughter {c['child_first']} was born yesterday!! how do I write a nice card to my son, he named her after me", "write 3 short options")),
    ("clerk", "child", lambda c: (f"Registrar memo — late registration. Informant: {c['name']} (father), tel {c['phone']}. Child: {c['child']}, born {c['cdob']} at home. Witness letter attached.", "what documents should I still ask for? bullet list")),
]
S["school"] += [
    ("parent", "child", lambda c: (f"Dear admissions office,\nI am applying for a Year 7 place for my son {c['child']} ({c['L'][1]} {c['cdob']}). We moved to {c['addr']} in August. Reach me at {c['email']} or {c['phone']}.\nKind regards, {c['name']}", "make it sound more formal, keep it short")),
    ("student", "self", lambda c: (f"University enrolment form\n" + blk(c, (c["L"][0], c["name"]), (c["L"][1], c["dob"]), (c["nid_lbl"], c["nid"]), ("E-mail", c["email"])), "check which fields are missing for a scholarship application")),
    ("teacher", "pupil", lambda c: (f"Pupil {c['child']} has been absent 11 days this term; mum says asthma. Home phone {c['phone']}.", "draft a gentle attendance letter")),
]
S["job"] += [
    ("applicant", "self", lambda c: (f"CV — {c['name']}\n{c['addr']} · {c['phone']} · {c['email']}\nBorn {c['dob']}\nExperience: 6 yrs warehouse lead, forklift licence.", "shorten my CV to half a page")),
    ("recruiter", "candidate", lambda c: (f"Candidate {c['name']} accepted offer at {c['co']}. Payroll needs {c['nid_lbl']} {c['nid']} and IBAN {c['iban'] or c['card']}.", "write the onboarding email to payroll")),
    ("HR clerk", "employee", lambda c: (f"Reference request for former employee {c['name']} (employed 2019-2024). Caller left number {c['phone']}.", "what can we legally say in a reference? draft it")),
]
S["tenancy"] += [
    ("landlord", "tenant", lambda c: (f"hi {c['first']}, rent for march still not in. pls transfer to {c['iban'] or c['card']} by friday or I start the formal process. — landlord", "rewrite it less aggressive")),
    ("tenant", "self", lambda c: (f"Tenancy application\n" + blk(c, (c["L"][0], c["name"]), (c["L"][1], c["dob"]), ("Current " + c["L"][2], c["addr"]), (c["L"][3], c["phone"]), ("Employer", c["co"])), "does this look complete for the letting agent?")),
    ("letting agent", "tenant", lambda c: (f"Check-out report: tenant {c['name']} vacated {c['addr']} on 30th; forwarding e-mail {c['email']}. Deposit deductions: carpet cleaning.", "summarise for the landlord in 3 lines")),
    ("daughter", "mother", lambda c: (f"Mum is moving in with us next month — her new address will be {c['addr']}. Which offices do I need to tell?", "make a checklist")),
]
S["marriage"] += [
    ("bride", "self+partner", lambda c: (f"Notice of intended marriage\nParty 1: {c['name']}, {c['L'][1]} {c['dob']}, {c['nid_lbl']} {c['nid']}\nParty 2: {c['rel']}\nVenue: town hall, 14 June", "translate into English for the consulate")),
    ("groom", "self", lambda c: (f"We're getting married and I need to change my surname on my passport {c['passport']}. My name now: {c['name']}.", "what's the order of steps?")),
    ("best friend", "couple", lambda c: (f"Speech draft: I met {c['name']} at uni in 2011 and {c['rel_first']} two years later...", "make the speech funnier, 2 minutes")),
]
S["bank_loan"] += [
    ("bank clerk", "customer", lambda c: ("KYC checklist (completed)\n" + blk(c, ("Customer", c["name"]), (c["L"][1], c["dob"]), (c["nid_lbl"], c["nid"]), (c["L"][2], c["addr"]), ("Source of funds", "salary")), "flag anything missing for enhanced due diligence")),
    ("customer", "self", lambda c: (f"I want to dispute a charge on my card {c['card']}, the shop never delivered. My phone {c['phone']}.", "write the dispute letter")),
    ("adviser", "client", lambda c: (f"Mortgage file: {c['name']}, income 48k, card debt 6k, account {c['iban'] or c['card']}. Client login IP {c['ip']} flagged by fraud.", "explain the affordability result simply")),
    ("US customer", "self", lambda c: (f"Direct deposit form: employee {c['name']}, routing {c['rtn']}, account {c['acct']}", "fill the rest of the form for me")),
]
S["car_licence"] += [
    ("learner", "self", lambda c: (f"Driving licence application\n" + blk(c, (c["L"][0], c["name"]), (c["L"][1], c["dob"]), (c["L"][2], c["addr"]), ("Licence", c["dl"])), "what's wrong with this form?")),
    ("dealer", "buyer", lambda c: (f"Sale contract used Skoda, buyer {c['name']}, licence no. {c['dl']}, phone {c['phone']}, paid by card {c['card']}.", "make a clean contract summary")),
    ("son", "father", lambda c: (f"Dad ({c['rel']}) is 84 and still drives. Doctor said his eyesight is poor.", "how do I report him to the licensing agency kindly?")),
]
S["hospital"] += [
    ("GP", "patient", lambda c: (f"Referral\nPatient: {c['name']}, {c['L'][1]} {c['dob']}, MRN {c['mrn']}, insurer no. {c['hi']}\nReason: 3 wks haemoptysis, weight loss 5 kg, smoker 30 py. Please see urgently.", "tighten the referral wording")),
    ("wife", "husband", lambda c: (f"my husband {c['rel_first']} is in ward 6 after a stroke, they say he might not speak again", "what questions should I ask the doctors tomorrow?")),
    ("nurse", "patient", lambda c: (f"Discharge: {c['name']} (MRN {c['mrn']}), home {c['addr']}, daughter contact {c['phone']}. Meds: apixaban 5 mg bd.", "write the discharge letter in plain language")),
    ("patient", "self", lambda c: (f"Insurance pre-approval form — member {c['hi']}, {c['name']}, planned knee arthroscopy.", "what codes do I need?")),
]
S["accident_claim"] += [
    ("driver", "self+other", lambda c: (f"Accident report: I ({c['name']}, licence {c['dl']}) was hit at a roundabout by a van. Other driver {c['rel']}, tel {c['phone']}. Police ref 2026/44871.", "write the claim description for my insurer")),
    ("claims handler", "claimant", lambda c: (f"Claim note: claimant {c['name']} reports whiplash; physio invoices; pay out to {c['iban'] or c['card']}.", "summarise liability position")),
    ("witness", "victim", lambda c: (f"I saw the cyclist fall, her name was {c['first']} I think, I called 112 and gave my number {c['phone']}", "help me write a witness statement")),
]
S["taxes"] += [
    ("taxpayer", "self", lambda c: (f"Tax return draft — {c['name']}, {c['nid_lbl']} {c['nid']}, {c['addr']}. Income 41,200; home office 1,260; donations 300.", "check whether I've missed deductions")),
    ("accountant", "client", lambda c: (f"Client {c['name']} ({c['email']}) missed the deadline; penalty notice received. Refund account {c['iban'] or c['card']}.", "draft an appeal letter")),
    ("son", "mother", lambda c: (f"helping mum with her taxes, her {c['nid_lbl']} is {c['nid']} and she only has a pension", "does she even need to file?")),
]
S["immigration"] += [
    ("applicant", "self", lambda c: (f"Residence permit application\n" + blk(c, (c["L"][0], c["name"]), (c["L"][1], c["dob"]), ("Passport", c["passport"]), (c["L"][2], c["addr"]), (c["L"][3], c["phone"])), "translate into German for the Ausländerbehörde")),
    ("lawyer", "client", lambda c: (f"Summary: our client {c['name']}, passport {c['passport']}, entered 2022 on a student visa; now married to a citizen. Spousal route likely.", "list the evidence we need")),
    ("brother", "sister", lambda c: (f"my sister {c['rel_first']} got her visa refused, the letter says insufficient funds", "how do we appeal?")),
]
S["travel_passport"] += [
    ("traveller", "self", lambda c: (f"Lost my passport {c['passport']} in Lisbon. Name {c['name']}, born {c['dob']}. Hotel phone {c['phone']}.", "write what I say at the consulate")),
    ("airline agent", "passenger", lambda c: (f"PNR QK7T2M — passenger {c['name']}, passport {c['passport']}, seat 23C, e-mail {c['email']}", "format this as a boarding summary")),
    ("mother", "child", lambda c: (f"travelling alone with my son {c['child_first']} (7) to see grandparents, ex-husband must sign consent", "draft the consent letter")),
]
S["retirement"] += [
    ("retiree", "self", lambda c: (f"Pension application\n" + blk(c, (c["L"][0], c["name"]), (c["L"][1], c["dob"]), (c["nid_lbl"], c["nid"]), ("Bank", c["iban"] or c["card"])), "is anything missing?")),
    ("daughter", "father", lambda c: (f"Dad {c['rel']} retires in May, his pension office letter mentions contributions missing for 1991-1993", "what does this mean and what should he do?")),
    ("pension clerk", "member", lambda c: (f"Member {c['name']} phoned from {c['phone']} re: lump sum; address on file {c['addr']}.", "write the callback note")),
]
S["death_probate"] += [
    ("son", "deceased father", lambda c: (f"My father {c['rel']} died on 2 Nov. His {c['nid_lbl']} was {c['nid']}. We lived at {c['addr']}.", "what do I need to do in the first week?")),
    ("solicitor", "estate", lambda c: (f"Probate summary: deceased {c['rel']}; executor {c['name']} ({c['email']}); estate account {c['iban'] or c['card']}; two children, no will found.", "outline intestacy distribution")),
    ("widow", "husband", lambda c: (f"{c['rel_first']}'s funeral is Thursday, I can't face calling everyone", "write a short message I can send")),
]

INCIDENTAL = [  # a single item in an otherwise ordinary text
    lambda c: (f"Quick one about enrolment deadlines — my daughter {c['child_first']} starts in September. What usually happens at the open day?", "phone-less, just the name", ),
    lambda c: (f"General question on notice periods for flat rentals. If it matters you can call me back on {c['phone']}.", "one phone"),
    lambda c: (f"I'm filling in a pension estimate online; it asks for my date of birth ({c['dob']}) but not much else. How are pension ages calculated?", "one birth date"),
    lambda c: (f"Can you explain how probate works when there's no will? My aunt {c['rel_first']} passed away last week.", "one first name"),
    lambda c: (f"Which documents do I need for a visa renewal? Account e-mail {c['email']} if the portal matters.", "one email"),
]


# ---------------------------------------------------------------- benign: same events, no private person
def blank(c):
    return "\n".join(f"{x}: ______________" for x in c["L"])


B = {e: [] for e in EVENTS}
B["birth"] += [
    ("blank_form", lambda c: ("Birth registration form (blank)\n" + blank(c) + "\nInformant signature: ________", "which fields are mandatory usually?")),
    ("public_figure", lambda c: ("Prince George of Cambridge was born on 22 July 2013 at St Mary's Hospital, London; the birth was announced on an easel at Buckingham Palace.", "summarise the royal birth announcement customs")),
    ("statistics", lambda c: (f"Live births 2024: {c['n1']:,}; median age of mother 31.2; 4.1% registered after 42 days.", "turn this into a one-line headline")),
    ("eponym", lambda c: ("The Apgar score, named after anaesthesiologist Virginia Apgar, rates newborns at 1 and 5 minutes.", c["ask"])),
]
B["school"] += [
    ("public_figure", lambda c: ("Malala Yousafzai began studying Philosophy, Politics and Economics at Lady Margaret Hall, Oxford in 2017.", "list 3 facts for a school poster")),
    ("process", lambda c: (f"Admissions timeline: applications open 1 Sept, close 31 Oct; offers on national offer day. Office line: +44 20 7946 0{c['n2'] % 1000:03d}.", "make a timeline table")),
    ("anonymised", lambda c: ("Pupil [NAME], DOB [XX/XX/XXXX], Year 9 — attendance 87%, referred to [SCHOOL NURSE].", "is this anonymised enough for the governors' report?")),
    ("eponym", lambda c: ("Erasmus+ (named after Erasmus of Rotterdam) funds semesters abroad; the Fulbright Program was founded by Senator J. William Fulbright.", c["ask"])),
]
B["job"] += [
    ("blank_form", lambda c: ("Job application template\n" + blank(c) + "\nPosition applied for: [ROLE]", "translate the template to English")),
    ("public_figure", lambda c: ("Tim Cook became Apple's CEO in August 2011, succeeding Steve Jobs.", "write a trivia question about this")),
    ("docs_example", lambda c: ("POST /candidates {\"name\": \"Jane Doe\", \"email\": \"jane.doe@example.com\", \"phone\": \"+1 202-555-0147\"}", "what does this API example return?")),
    ("statistics", lambda c: (f"Vacancies Q3: {c['n2']:,}; median time-to-hire 38 days; 27% of offers declined.", "3 bullet summary")),
]
B["tenancy"] += [
    ("fiction", lambda c: ("Sherlock Holmes and Dr Watson lodged with Mrs Hudson at 221B Baker Street.", "was their rent ever mentioned in the stories?")),
    ("process", lambda c: (f"Deposit must be protected within 30 days; prescribed information must be served. Reference TDS-{c['n1']}.", "list the landlord's deadlines")),
    ("blank_form", lambda c: ("Tenancy agreement — Tenant: [TENANT NAME], Address: [PROPERTY ADDRESS], Rent: [AMOUNT] per month", "explain each placeholder")),
    ("eponym", lambda c: ("Our street is named after Rosa Parks; the council wants to rename the housing block after Nelson Mandela.", c["ask"])),
]
B["marriage"] += [
    ("public_figure", lambda c: ("Prince Harry and Meghan Markle married at St George's Chapel, Windsor on 19 May 2018.", "how many guests were reported?")),
    ("fiction", lambda c: ("In Pride and Prejudice, Elizabeth Bennet finally marries Mr Darcy.", "what changes in her legal status under 1810s English law?")),
    ("process", lambda c: (f"Notice of marriage must be given at least 28 days before; fee 42 EUR; booking no. MR-{c['n1']}.", "reformat as checklist")),
]
B["bank_loan"] += [
    ("docs_example", lambda c: ("Test cards: 4242 4242 4242 4242 (Visa), 5555 5555 5555 4444 (Mastercard); IBAN example DE89 3704 0044 0532 0130 00.", "which ones trigger a 3DS challenge in test mode?")),
    ("public_figure", lambda c: ("Muhammad Yunus and Grameen Bank shared the 2006 Nobel Peace Prize for microcredit.", "summarise microcredit in 2 lines")),
    ("blank_form", lambda c: ("KYC checklist\n" + blank(c) + "\nSource of funds: [ ] salary [ ] business [ ] inheritance", "convert to a JSON schema")),
    ("statistics", lambda c: (f"Mortgage approvals fell to {c['n2']:,} in October; average rate 4.6%.", "write a one-sentence tweet")),
]
B["car_licence"] += [
    ("history", lambda c: ("In 1888 Bertha Benz drove the Benz Patent-Motorwagen from Mannheim to Pforzheim, the first long-distance car trip.", "how far was it in miles?")),
    ("process", lambda c: (f"Theory test booking ref {c['n1']}; practical test fee 62 GBP; switchboard 0300 790 6801.", "list the steps")),
    ("blank_form", lambda c: ("Vehicle transfer form: seller [NAME], buyer [NAME], VIN [17 CHARS], mileage [KM]", c["ask"])),
]
B["hospital"] += [
    ("history", lambda c: ("Florence Nightingale reorganised the barrack hospital at Scutari in 1854 and introduced polar-area diagrams.", "what did the diagrams show?")),
    ("eponym", lambda c: ("Alzheimer's disease, Parkinson's disease and Down syndrome are named after the physicians who described them.", "list 5 more eponymous diseases")),
    ("anonymised", lambda c: ("Patient XXX, age 6X, admitted with NSTEMI; MRN [REDACTED]; discharged day 4.", "rewrite as a teaching case")),
    ("process", lambda c: ("Emergency: 112 (EU), 911 (US), 999 (UK). Non-urgent: 111.", "make a fridge card")),
]
B["accident_claim"] += [
    ("public_figure", lambda c: ("James Dean died in a crash near Cholame, California, on 30 September 1955 driving a Porsche 550 Spyder.", "what speed was estimated?")),
    ("process", lambda c: (f"Claim CLM-{c['n1']} opened {c['date']}; status: awaiting engineer report; tracking 1Z999AA10123456784.", "what happens next in a typical motor claim?")),
    ("statistics", lambda c: (f"Road deaths 2024: {c['n2'] % 5000 + 900}; 38% on rural roads; 12% involved cyclists.", "compute the number on rural roads")),
]
B["taxes"] += [
    ("public_figure", lambda c: ("Al Capone was convicted of federal income tax evasion in October 1931 and sentenced to 11 years.", "why was tax law used instead of other charges?")),
    ("eponym", lambda c: ("The Riester pension is named after labour minister Walter Riester; the Laffer curve after economist Arthur Laffer.", c["ask"])),
    ("blank_form", lambda c: ("Tax return page 1\n" + blank(c) + "\nTax ID: ___________  Signature: ______", "which lines are optional?")),
    ("docs_example", lambda c: ("Example taxpayer record: name \"Max Mustermann\", TIN 000-00-0000 (placeholder), address 123 Example St.", "is this valid test data for our QA?")),
]
B["immigration"] += [
    ("history", lambda c: ("Albert Einstein emigrated to the United States in 1933 and became a citizen in 1940.", "how long did naturalisation take?")),
    ("eponym", lambda c: ("The Nansen passport, named after Fridtjof Nansen, was issued to stateless refugees from 1922.", "explain who could get one")),
    ("process", lambda c: (f"Residence permit: appointment booking no. {c['n1']}; fee 100 EUR; processing 8-12 weeks; office e-mail info@example.org.", "turn into a checklist")),
]
B["travel_passport"] += [
    ("fiction", lambda c: ("Phileas Fogg bets 20,000 pounds that he can go around the world in 80 days; Passepartout's passport is stamped at Suez.", "list the route")),
    ("docs_example", lambda c: ("MRZ example from ICAO Doc 9303: P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< / L898902C36UTO7408122F1204159ZE184226B<<<<<10", "explain each field")),
    ("process", lambda c: ("Lost passport abroad: report to police, contact your embassy's consular line, apply for an emergency travel document.", c["ask"])),
]
B["retirement"] += [
    ("history", lambda c: ("Otto von Bismarck's Germany introduced an old-age pension in 1889 at age 70.", "compare with today's pension age")),
    ("statistics", lambda c: (f"Pensioners: {c['n2']:,}; average monthly pension 1,543; replacement rate 48%.", "convert the average to a yearly figure")),
    ("blank_form", lambda c: ("Pension claim form\n" + blank(c) + "\nBank details: [IBAN]", c["ask"])),
]
B["death_probate"] += [
    ("fiction", lambda c: ("In Bleak House, the case of Jarndyce and Jarndyce drags on until legal costs consume the whole estate.", "what is Dickens criticising?")),
    ("public_figure", lambda c: ("Prince died in April 2016 without a will; his estate was settled in 2022 between his heirs and advisers.", "summarise the timeline")),
    ("process", lambda c: (f"Probate registry case PR-{c['n1']}; grant issued {c['date']}; helpline 0300 123 1072.", "what does a grant of probate allow?")),
    ("anonymised", lambda c: ("Deceased: [NAME], died [DATE]; executors: [EXECUTOR 1], [EXECUTOR 2]; estate value band C.", "is this enough for a case study?")),
]


# ---------------------------------------------------------------- request assembly
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto", "o4-mini"]
SYSTEMS = ["You are a helpful assistant.", "You help people deal with public offices. Be concise.",
           "You are a paralegal assistant. Do not give legal advice.", "Answer in the user's language."]
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "tool_call_args", "content_parts", "file_part",
              "response_format", "user_field", "image_url", "metadata_only", "user", "completions", "content_parts"]


def styled(rng, ask, c, i):
    m = i % 6
    if m == 0:
        return ask
    if m == 1:
        return f"Hi! Could you please {ask[0].lower() + ask[1:]}? Thank you so much"
    if m == 2:
        return ask.lower().replace("please", "pls").replace("you", "u").rstrip("?.") + " asap"
    if m == 3:
        w = list(ask)
        if len(w) > 6:
            j = 3 + (i % (len(w) - 5))
            w[j], w[j + 1] = w[j + 1], w[j]
        return "".join(w)
    if m == 4:
        return f"{c['ask']} — {ask}"
    return f"just {ask.lower()}. no lecture."


def place(rng, kind, doc, ask, c, pii_side):
    """Return (endpoint, body). pii_side: dict of values for user/metadata placements (sensitive only)."""
    model = MODELS[c["i"] % len(MODELS)]
    sysm = SYSTEMS[c["i"] % len(SYSTEMS)]
    if kind == "completions":
        return "completions", {"model": "gpt-3.5-turbo-instruct", "prompt": f"{doc}\n\n### {ask}\n", "max_tokens": 400, "temperature": 0.2}
    b = {"model": model}
    if kind == "user":
        b["messages"] = [{"role": "system", "content": sysm}, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif kind == "system":
        b["messages"] = [{"role": "system", "content": f"{sysm}\nCase file:\n{doc}"}, {"role": "user", "content": ask}]
    elif kind == "assistant_echo":
        b["messages"] = [{"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": f"Received:\n{doc}"},
                         {"role": "user", "content": ask}]
    elif kind == "tool_result":
        b["messages"] = [{"role": "user", "content": ask},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{c['i']:05d}", "type": "function", "function": {"name": "fetch_case_file", "arguments": json.dumps({"case": f"C-{c['n1']}"})}}]},
                         {"role": "tool", "tool_call_id": f"call_{c['i']:05d}", "content": json.dumps({"document": doc}, ensure_ascii=False)}]
        b["tools"] = [{"type": "function", "function": {"name": "fetch_case_file", "parameters": {"type": "object", "properties": {"case": {"type": "string"}}}}}]
    elif kind == "tool_call_args":
        b["messages"] = [{"role": "user", "content": ask},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{c['i']:05d}", "type": "function", "function": {"name": "save_note", "arguments": json.dumps({"note": doc}, ensure_ascii=False)}}]},
                         {"role": "tool", "tool_call_id": f"call_{c['i']:05d}", "content": "{\"ok\": true}"},
                         {"role": "user", "content": "now do what I asked with that note"}]
    elif kind == "content_parts":
        b["messages"] = [{"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif kind == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        b["messages"] = [{"role": "user", "content": [{"type": "text", "text": ask},
                                                      {"type": "file", "file": {"filename": "scan_ocr.txt", "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif kind == "response_format":
        b["messages"] = [{"role": "user", "content": ask}]
        b["response_format"] = {"type": "json_schema", "json_schema": {"name": "extraction", "schema": {
            "type": "object", "description": f"Source document:\n{doc}", "properties": {"summary": {"type": "string"}}}}}
    elif kind == "image_url":
        q = urllib.parse.urlencode(pii_side or {"ref": f"D{c['n1']}"})
        b["messages"] = [{"role": "user", "content": [{"type": "text", "text": f"{ask}\n\nOCR text:\n{doc}"},
                                                      {"type": "image_url", "image_url": {"url": f"https://scans.example.net/view.png?{q}"}}]}]
    elif kind == "user_field":
        b["messages"] = [{"role": "system", "content": sysm}, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        b["user"] = (pii_side or {}).get("email", f"session-{c['n1']}")
    elif kind == "metadata_only":
        b["messages"] = [{"role": "user", "content": f"{ask}\n\n{doc}"}]
        b["store"] = True
        b["metadata"] = dict(pii_side) if pii_side else {"ticket": f"T-{c['n1']}", "channel": "web"}
    return "chat", b


def haystack(body):
    s = json.dumps(body, ensure_ascii=False, sort_keys=True)
    parts = [s, urllib.parse.unquote_plus(s)]
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
    for m in re.finditer(r'"arguments": "((?:[^"\\]|\\.)*)"', s):
        parts.append(json.loads('"' + m.group(1) + '"'))
    for m in re.finditer(r'"content": "((?:[^"\\]|\\.)*)"', s):
        parts.append(json.loads('"' + m.group(1) + '"'))
    return "\n".join(parts)


def tokens(text):
    """Runs of letters, digits and combining marks (so Indic / Thai syllables are not split)."""
    out, cur = [], []
    for ch in text:
        if ch.isalnum() or unicodedata.category(ch).startswith("M"):
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def other_words():
    words = set()
    for p in sorted(ROOT.glob("make_*_signal_sets.py")):
        if p.name == f"make_{NAME}_signal_sets.py":
            continue
        for w in tokens(p.read_bytes().decode("utf-8", "ignore")):
            if w[0].isupper() or any(ord(ch) > 127 for ch in w):
                words.add(w)
    return words


def ctx(rng, loc, i):
    tag, region, script, given, family, rom, streets, afmt, order, idk, labels, ask = loc
    gi, fi = rng.randrange(len(given)), rng.randrange(len(family))
    sep = "" if tag[:2] in ("zh", "ja", "ko") else " "
    def full(g, f):
        return f"{f}{sep}{g}" if order == "FG" else f"{g} {f}"
    g2, f2 = given[(gi + 1) % len(given)], family[(fi + 1) % len(family)]
    g3 = given[(gi + 2) % len(given)]
    c = {"i": i, "L": labels, "ask": ask, "tag": tag}
    c["name"], c["first"] = full(given[gi], family[fi]), given[gi]
    c["child"], c["child_first"] = full(g2, family[fi]), g2
    c["rel"], c["rel_first"] = full(g3, f2), g3
    b, cb = _ymd(rng, 1942, 2002), _ymd(rng, 2010, 2025)
    iso = i % 3 == 0
    c["dob"] = b.isoformat() if iso else b.strftime("%d.%m.%Y")
    c["cdob"] = cb.isoformat() if iso else cb.strftime("%d/%m/%Y")
    c["addr"] = afmt.format(s=rng.choice(streets), n=rng.randint(2, 148))
    c["phone"] = gen_phone(rng, region, i % 2 == 0)
    c["email"] = f"{rom[gi]}{rng.randint(1, 99)}@{MAIL.get(region, 'gmail.com')}"
    if idk:
        c["nid"], c["nid_type"], c["nid_lbl"] = gen_id(rng, idk)
    else:
        c["nid"], c["nid_type"], c["nid_lbl"] = gen_passport(rng, region), "PASSPORT", "Passport"
    c["passport"] = gen_passport(rng, region)
    c["dl"] = _L(rng, 1) + _d(rng, 7) + _L(rng, 2) + _d(rng, 1)
    c["card"] = gen_card(rng)
    c["iban"] = gen_iban(rng, region)
    c["mrn"] = f"{rng.choice(['MRN', 'KH', 'HN'])}-{_d(rng, 7)}"
    c["hi"] = c["nid"] if c["nid_type"] == "HEALTH_INSURANCE" else _L(rng, 1) + _d(rng, 9)
    c["ip"] = gen_ip(rng)
    c["rtn"], c["acct"] = gen_rtn(rng), _d(rng, rng.randint(9, 12))
    c["co"] = COMPANIES[i % len(COMPANIES)]
    c["n1"], c["n2"] = rng.randint(100000, 999999), rng.randint(20000, 900000)
    c["date"] = (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(330))).isoformat()
    issued = [(c["name"], "person"), (c["first"], "person"), (c["child"], "person"), (c["child_first"], "person"),
              (c["rel"], "person"), (c["rel_first"], "person"), (c["dob"], "DATE_OF_BIRTH"), (c["cdob"], "DATE_OF_BIRTH"),
              (c["addr"], "STREET_ADDRESS"), (c["phone"], "phone"), (c["email"], "email"), (c["nid"], c["nid_type"]),
              (c["passport"], "PASSPORT"), (c["dl"], "DRIVER_LICENSE"), (c["card"], "credit_card"), (c["mrn"], "MEDICAL_RECORD"),
              (c["hi"], "HEALTH_INSURANCE"), (c["ip"], "IP_ADDRESS"), (c["rtn"], "US_BANK_NUMBER"), (c["acct"], "US_BANK_NUMBER")]
    if c["iban"]:
        issued.append((c["iban"], "iban"))
    c["issued"] = issued
    return c


COMPANIES = ["Brackwater Logistik GmbH", "Sundelin Bygg AB", "Ferrovanti Spedizioni S.r.l.", "Qorvath Foods Ltd",
             "Tamarind Loop Pvt Ltd", "Oudekerk Installatie B.V.", "Halvorsrud Transport AS", "Kranjčević d.o.o."]


# ---------------------------------------------------------------- PII split
def build_pii(rng, words):
    recs, n_sens_target = [], 0
    total = len(EVENTS) * 36
    overlap = set()
    for loc in LOCALES:
        for part in loc[3] + loc[4]:
            for w in tokens(part):
                if w in words:
                    overlap.add(w)
        for s in loc[6]:
            if s in words:
                overlap.add(s)
    for co in COMPANIES:
        if co in words:
            overlap.add(co)
    if overlap:
        sys.exit(f"ABORT: overlap with other generators: {sorted(overlap)}")
    i = 0
    for ei, ev in enumerate(EVENTS):
        for k in range(36):
            g = ei * 36 + k
            sens = ((g + 1) * 575) // 1000 > (g * 575) // 1000
            loc = LOCALES[(k * 5 + ei * 3) % len(LOCALES)]
            c = ctx(rng, loc, i)
            kind = PLACEMENTS[(g * 3 + ei) % len(PLACEMENTS)]
            side = None
            if sens:
                if k % 7 == 3:
                    inc = {"school": 0, "birth": 0, "tenancy": 1, "retirement": 2, "death_probate": 3, "immigration": 4, "travel_passport": 4}
                    doc, note = INCIDENTAL[inc.get(ev, (k + ei) % len(INCIDENTAL))](c)
                    ask, writer, subject, cat = "answer briefly", "person", "self/relative", ev
                    style = f"incidental · {note}"
                else:
                    writer, subject, fn = S[ev][(k // 2 + ei) % len(S[ev])]
                    doc, ask = fn(c)
                    style = f"{writer} · about {subject}"
                if kind in ("metadata_only", "user_field", "image_url"):
                    side = {"metadata_only": {"applicant": c["name"], "contact": c["phone"], "event": ev},
                            "user_field": {"email": c["email"]},
                            "image_url": {"holder": c["name"], "dob": c["dob"]}}[kind]
                    if kind == "metadata_only":
                        # data only in metadata: the message is the generic question of this event
                        doc = B[ev][k % len(B[ev])][1](c)[0]
                        style += " · metadata only"
                cat = ev
            else:
                bk, fn = B[ev][(k + ei) % len(B[ev])]
                doc, ask = fn(c)
                style = f"{bk}"
                cat = f"{ev}_benign"
            ask = styled(rng, ask, c, i)
            ep, body = place(rng, kind, doc, ask, c, side)
            hay = haystack(body)
            ents = sorted({t for v, t in c["issued"] if v and v in hay})
            if sens and not ents:
                raise RuntimeError(f"sensitive record without entity: {ev} {k}")
            if not sens and ents:
                raise RuntimeError(f"benign record with entity: {ev} {k} {ents}")
            i += 1
            recs.append({"id": f"{NAME}-pii-{i:04d}", "category": cat, "sensitive": sens, "entities": ents,
                         "endpoint": ep, "lang": loc[0], "style": f"{style} · {kind}", "body": body})
    return recs


# ---------------------------------------------------------------- complexity split
# per language: (easy ask, hard ask)
CX_ASK = {
    "en": ("List every deadline and amount in the text as a table.", "Reason step by step: which rules conflict here, which prevails and why? Propose the best course of action and its risks."),
    "de-DE": ("Liste alle Fristen und Beträge aus dem Text als Tabelle auf.", "Begründe Schritt für Schritt: welche Regeln kollidieren, welche hat Vorrang und warum? Wäge die Optionen ab."),
    "fr-FR": ("Liste tous les délais et montants du texte sous forme de tableau.", "Raisonne étape par étape : quelles règles entrent en conflit, laquelle prévaut et pourquoi ? Compare les options."),
    "es-ES": ("Enumera todos los plazos e importes del texto en una tabla.", "Razona paso a paso: ¿qué normas chocan, cuál prevalece y por qué? Compara las alternativas y sus riesgos."),
    "pt-BR": ("Liste todos os prazos e valores do texto em uma tabela.", "Raciocine passo a passo: quais regras conflitam, qual prevalece e por quê? Compare as alternativas."),
    "it-IT": ("Elenca in una tabella tutte le scadenze e gli importi del testo.", "Ragiona passo per passo: quali norme confliggono, quale prevale e perché? Confronta le opzioni."),
    "nl-NL": ("Zet alle termijnen en bedragen uit de tekst in een tabel.", "Redeneer stap voor stap: welke regels botsen, welke gaat voor en waarom? Weeg de opties af."),
    "pl-PL": ("Wypisz w tabeli wszystkie terminy i kwoty z tekstu.", "Przeanalizuj krok po kroku: które przepisy są sprzeczne, który ma pierwszeństwo i dlaczego? Porównaj warianty."),
    "sv-SE": ("Lista alla tidsfrister och belopp i texten som en tabell.", "Resonera steg för steg: vilka regler krockar, vilken har företräde och varför? Väg alternativen mot varandra."),
    "fi-FI": ("Listaa tekstin kaikki määräajat ja summat taulukoksi.", "Päättele vaihe vaiheelta: mitkä säännöt ovat ristiriidassa, mikä niistä menee edelle ja miksi?"),
    "cs-CZ": ("Vypiš do tabulky všechny lhůty a částky z textu.", "Postupuj krok za krokem: které předpisy jsou v rozporu, který má přednost a proč? Porovnej možnosti."),
    "ro-RO": ("Enumeră într-un tabel toate termenele și sumele din text.", "Raționează pas cu pas: ce reguli intră în conflict, care prevalează și de ce? Compară variantele."),
    "tr-TR": ("Metindeki tüm süreleri ve tutarları tablo halinde listele.", "Adım adım akıl yürüt: hangi kurallar çatışıyor, hangisi üstün gelir ve neden? Seçenekleri karşılaştır."),
    "vi-VN": ("Liệt kê tất cả thời hạn và số tiền trong văn bản thành bảng.", "Lập luận từng bước: những quy định nào mâu thuẫn, quy định nào được ưu tiên và vì sao?"),
    "id-ID": ("Buat tabel semua tenggat waktu dan jumlah uang dalam teks.", "Jelaskan langkah demi langkah: aturan mana yang bertentangan, mana yang berlaku dan mengapa?"),
    "sw-KE": ("Orodhesha tarehe zote za mwisho na kiasi cha pesa kwenye jedwali.", "Eleza hatua kwa hatua: sheria zipi zinagongana, ipi inatangulia na kwa nini?"),
    "ru-RU": ("Выпиши все сроки и суммы из текста в таблицу.", "Рассуждай по шагам: какие нормы противоречат друг другу, какая имеет приоритет и почему? Сравни варианты."),
    "uk-UA": ("Випиши всі строки та суми з тексту в таблицю.", "Міркуй крок за кроком: які норми суперечать одна одній, яка має пріоритет і чому?"),
    "bg-BG": ("Изброй в таблица всички срокове и суми от текста.", "Разсъждавай стъпка по стъпка: кои правила си противоречат и кое има предимство?"),
    "el-GR": ("Κατάγραψε σε πίνακα όλες τις προθεσμίες και τα ποσά του κειμένου.", "Σκέψου βήμα βήμα: ποιοι κανόνες συγκρούονται, ποιος υπερισχύει και γιατί;"),
    "ar-EG": ("اعمل جدول بكل المواعيد النهائية والمبالغ المذكورة في النص.", "حلل خطوة بخطوة: ما القواعد المتعارضة، وأيها يسود ولماذا؟ قارن بين البدائل."),
    "fa-IR": ("همه مهلت‌ها و مبالغ متن را در یک جدول فهرست کن.", "گام به گام استدلال کن: کدام قواعد با هم تعارض دارند و کدام مقدم است و چرا؟"),
    "he-IL": ("רשום בטבלה את כל המועדים והסכומים שבטקסט.", "נמק שלב אחר שלב: אילו כללים מתנגשים, מה גובר ומדוע? השווה בין החלופות."),
    "hi-IN": ("पाठ में दी गई सभी समय-सीमाएँ और राशियाँ तालिका में लिखें।", "चरण-दर-चरण तर्क दें: कौन से नियम टकराते हैं, कौन सा लागू होगा और क्यों?"),
    "bn-BD": ("লেখার সব সময়সীমা আর টাকার অঙ্ক একটা টেবিলে দিন।", "ধাপে ধাপে যুক্তি দিন: কোন নিয়মগুলো সাংঘর্ষিক, কোনটা প্রাধান্য পাবে এবং কেন?"),
    "ta-IN": ("உரையில் உள்ள எல்லா காலக்கெடுகளையும் தொகைகளையும் அட்டவணையாக்குங்கள்.", "படிப்படியாக விளக்குங்கள்: எந்த விதிகள் முரண்படுகின்றன, எது மேலோங்கும், ஏன்?"),
    "th-TH": ("สรุปกำหนดเวลาและจำนวนเงินทั้งหมดในข้อความเป็นตาราง", "วิเคราะห์ทีละขั้น: กฎข้อใดขัดกัน ข้อใดมีผลเหนือกว่า และเพราะอะไร"),
    "zh-CN": ("把文中所有期限和金额列成表格。", "请逐步推理：哪些规则相互冲突，哪条优先适用，为什么？比较各方案的利弊。"),
    "zh-TW": ("把文中所有期限和金額整理成表格。", "請逐步推理：哪些規定互相衝突，哪一條優先，為什麼？"),
    "ja-JP": ("本文中の期限と金額をすべて表にまとめてください。", "段階的に検討してください：どの規則が衝突し、どれが優先され、その理由は何ですか。"),
    "ko-KR": ("본문에 나온 기한과 금액을 모두 표로 정리해 주세요.", "단계별로 추론해 주세요: 어떤 규칙이 충돌하고, 어느 것이 우선하며 그 이유는 무엇인가요?"),
    "ur-PK": ("متن میں موجود تمام مہلتیں اور رقوم ایک جدول میں لکھیں۔", "مرحلہ وار دلیل دیں: کون سے قواعد متصادم ہیں اور کون سا غالب ہے؟"),
}

EASY_SHORT = {  # short, easy asks about each event (English)
    "birth": "How many days do I have to register a birth in England?", "school": "Translate 'enrolment certificate' into Spanish.",
    "job": "Convert an annual salary of 54,000 EUR to a monthly amount.", "tenancy": "What does 'deposit' mean in a lease?",
    "marriage": "Spell out the abbreviation 'CP' in UK family law.", "bank_loan": "What is 3.9% of 12,000?",
    "car_licence": "Convert 120 km/h to mph.", "hospital": "What does 'bd' mean on a prescription?",
    "accident_claim": "Reformat 2026-03-04 as 4 March 2026 style for these dates: 2026-07-01, 2026-11-30.",
    "taxes": "When is the US federal tax filing deadline usually?", "immigration": "What does 'ILR' stand for?",
    "travel_passport": "How many pages does a standard passport have, roughly?", "retirement": "Convert 1,543 per month to per year.",
    "death_probate": "Define 'executor' in one sentence.",
}
HARD_SHORT = {
    "birth": "A child is born in Spain to a Brazilian mother and an Argentine father, neither resident. Work out which nationalities the child can claim, and whether Spanish nationality by 'ius soli' for stateless children applies.",
    "school": "Design a fair lottery for 120 school places with sibling priority and a 10% distance quota; prove it is strategy-proof or show a manipulation.",
    "job": "An employee works remotely from Portugal for a German employer with a Swiss parent. Which country's social security and employment law apply, and what changes after 24 months?",
    "tenancy": "A tenant sublets on a short-let platform against the lease; the landlord serves notice with the wrong date. Analyse whether the notice is valid and what remedies each side has.",
    "marriage": "Same-sex couple married in the Netherlands moves to a country without recognition, then divorces. Which court has jurisdiction and which law governs property?",
    "bank_loan": "Compare a 25-year fixed at 4.1% vs a tracker at base+0.8% with base expected to fall 1pp over 3 years; derive the break-even and explain the risk trade-off.",
    "car_licence": "Our licence-renewal queue service drops 2% of appointments under load; the DB shows duplicate slot ids. Find the likely race condition and a fix.",
    "hospital": "Patient on apixaban presents with a GI bleed and AKI (eGFR 24). Reason through reversal options, restart timing and the competing stroke risk.",
    "accident_claim": "Multi-car collision: A rear-ends B, B was pushed into C, C had braked for no reason. Apportion liability under comparative negligence with justification.",
    "taxes": "Someone moves from France to Germany on 1 July with rental income in Spain; work out tax residence under the tie-breaker rules and how double taxation is relieved.",
    "immigration": "A visa overstayer marries a citizen and has a child born in-country. Weigh the Article 8 proportionality factors and predict the likely outcome.",
    "travel_passport": "Prove that with n travellers and a passport-control queue modelled as M/M/c, adding a second desk more than halves expected waiting time when utilisation exceeds 0.5.",
    "retirement": "Decide between taking a 25% tax-free lump sum now or an annuity, given 4% inflation, life expectancy 22 years and a 40% marginal tax rate later; show the calculation.",
    "death_probate": "A German citizen habitually resident in Spain dies leaving a house in France and a will choosing German law. Under the EU Succession Regulation which law governs, and do French forced-heirship rules still bite?",
}
CLAUSES = {
    "birth": ["The birth must be registered within 42 days at the register office for the district where it took place.", "Where the parents are not married, both must attend if the father is to be named.", "A short birth certificate costs 12.50 if ordered on the day of registration.", "Late registration after 12 months requires authorisation from the Registrar General."],
    "school": ["Applications for secondary places close on 31 October.", "Offers are released on 1 March; families have 14 days to accept.", "Appeals must be lodged within 20 school days of the offer letter.", "Late applications are considered after all on-time applications."],
    "job": ["The probation period is six months, during which notice is two weeks.", "Annual leave is 28 days including public holidays.", "The employer must issue a written statement of particulars on day one.", "Salary is paid on the 25th of each month."],
    "tenancy": ["The deposit may not exceed five weeks' rent and must be protected within 30 days.", "The tenant must give one month's notice, ending on a rent day.", "The landlord must give 24 hours' written notice before visits.", "Rent may be increased once a year with two months' notice."],
    "marriage": ["Notice must be given at least 28 days before the ceremony.", "Notice is valid for 12 months.", "The fee for giving notice is 42 per person.", "Two witnesses over 16 must attend."],
    "bank_loan": ["A borrower may withdraw within 14 days of signing.", "Early repayment charges are capped at 1% of the amount repaid.", "Arrears of two instalments trigger a default notice with 28 days to remedy.", "Statements are issued every 12 months."],
    "car_licence": ["A provisional licence can be applied for from age 15 years 9 months.", "The theory test certificate is valid for two years.", "The practical test fee is 62 on weekdays and 75 on weekends.", "Licences must be renewed every 10 years."],
    "hospital": ["Referral-to-treatment should not exceed 18 weeks.", "Urgent cancer referrals must be seen within 14 days.", "Discharge summaries must reach the GP within 24 hours.", "Patients may request records; the response is due within one month."],
    "accident_claim": ["The claim must be notified to the insurer within 7 days.", "Personal injury claims are time-barred after three years.", "The insurer must respond to a claim within 30 days.", "Excess payable is 250 per claim."],
    "taxes": ["Paper returns are due by 31 October, online returns by 31 January.", "A late-filing penalty of 100 applies immediately.", "After three months, daily penalties of 10 apply for up to 90 days.", "Payments on account are due on 31 January and 31 July."],
    "immigration": ["Applications must be made before current leave expires.", "The fee is 1,048 plus the health surcharge of 1,035 per year.", "Biometrics must be enrolled within 15 working days.", "A decision is normally made within 8 weeks."],
    "travel_passport": ["A lost passport must be reported within 7 days.", "Emergency travel documents cost 100 and are valid for a single journey.", "Standard renewals take up to 3 weeks.", "Fast-track appointments cost 193.50."],
    "retirement": ["State pension age is 66, rising to 67 from 2028.", "35 qualifying years are needed for the full rate.", "A pension can be deferred; each 9 weeks adds 1%.", "Claims can be backdated by up to 12 months."],
    "death_probate": ["A death must be registered within 5 days.", "Inheritance tax is due by the end of the sixth month after death.", "Creditors have 2 months after the notice to make claims.", "The probate application fee is 300 for estates over 5,000."],
}


def long_text(rng, ev, target):
    cl, out, n = CLAUSES[ev], [], 1
    others = [e for e in EVENTS if e != ev]
    while sum(len(x) + 1 for x in out) < target:
        src = cl if n % 3 else CLAUSES[others[(n * 5) % len(others)]]
        out.append(f"§{n}. {src[(n * 7) % len(src)]} (See also note {n}.{rng.randint(1, 9)}.)")
        n += 1
    return "\n".join(out)


def build_cx(rng):
    langs = sorted(CX_ASK)
    plan = [("short_simple", 46), ("long_easy", 50), ("short_hard", 46), ("long_hard", 48)]
    recs, i = [], 0
    for cat, cnt in plan:
        for k in range(cnt):
            ev = EVENTS[(k + len(recs)) % len(EVENTS)]
            lang = langs[(len(recs) * 7 + k // 32) % len(langs)]
            easy, hard = CX_ASK[lang]
            hardlbl = cat in ("short_hard", "long_hard")
            if cat == "short_simple":
                text = EASY_SHORT[ev] if (k % 3 == 0 or lang == "en") else f"{easy}\n\n{CLAUSES[ev][k % 4]} {CLAUSES[ev][(k + 1) % 4]}"
            elif cat == "short_hard":
                text = HARD_SHORT[ev] if (k % 3 == 0 or lang == "en") else f"{hard}\n\n{HARD_SHORT[ev]}"
            elif cat == "long_easy":
                body_t = long_text(rng, ev, 1600 + (k % 5) * 400)
                asks = [easy, "Translate the first five paragraphs into plain English.", "Summarise this in 3 bullet points.",
                        "Extract the fees into JSON: {\"item\", \"amount\"}.", "Convert every amount from GBP to EUR at 1.17."]
                a = easy if lang != "en" else asks[k % len(asks)]
                text = f"{body_t}\n\n{a}" if k % 2 else f"{a}\n\n{body_t}"
            else:
                body_t = long_text(rng, ev, 1600 + (k % 4) * 500)
                text = f"{body_t}\n\n{hard}\n{HARD_SHORT[ev]}"
            if text in (EASY_SHORT[ev], HARD_SHORT[ev]):
                lang = "en"
            if cat.startswith("short"):
                assert len(text) < 700, (cat, len(text))
            else:
                assert len(text) >= 1500
            msgs = [{"role": "user", "content": text}]
            if k % 4 == 1:
                msgs.insert(0, {"role": "system", "content": SYSTEMS[k % len(SYSTEMS)]})
            i += 1
            recs.append({"id": f"{NAME}-cx-{i:04d}", "category": cat, "label": int(hardlbl),
                         "length_adversarial": cat in ("long_easy", "short_hard"), "endpoint": "chat", "lang": lang,
                         "style": f"{ev}/{'native' if lang != 'en' else 'en'}/{cat}", "body": {"model": MODELS[k % len(MODELS)], "messages": msgs}})
    return recs


# ---------------------------------------------------------------- main
SCRIPTS = {"Latin": r"[A-Za-z]", "Cyrillic": r"[\u0400-\u04ff]", "Greek": r"[\u0370-\u03ff]", "Arabic": r"[\u0600-\u06ff]",
           "Hebrew": r"[\u0590-\u05ff]", "Devanagari": r"[\u0900-\u097f]", "Bengali": r"[\u0980-\u09ff]", "Tamil": r"[\u0b80-\u0bff]",
           "Thai": r"[\u0e00-\u0e7f]", "Han": r"[\u4e00-\u9fff]", "Kana": r"[\u3040-\u30ff]", "Hangul": r"[\uac00-\ud7af]"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261219)
    ap.add_argument("--out", default=str(ROOT / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pii = build_pii(rng, other_words())
    cx = build_cx(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for fn, recs in ((f"pii_{NAME}.jsonl", pii), (f"complexity_{NAME}.jsonl", cx)):
        with open(out / fn, "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ns = sum(r["sensitive"] for r in pii)
    langs = sorted({r["lang"] for r in pii})
    allpii = "\n".join(json.dumps(r["body"], ensure_ascii=False) for r in pii)
    scripts = [s for s, rx in SCRIPTS.items() if re.search(rx, allpii)]
    ent = {}
    for r in pii:
        for e in r["entities"]:
            ent[e] = ent.get(e, 0) + 1
    cats = {}
    for r in cx:
        cats[r["category"]] = cats.get(r["category"], 0) + 1
    la = sum(r["length_adversarial"] for r in cx)
    print(f"pii_{NAME}.jsonl: {len(pii)} records ({sum(r['endpoint'] == 'completions' for r in pii)} completions), "
          f"{ns} sensitive ({ns / len(pii):.1%}) / {len(pii) - ns} benign; {len(langs)} language tags; scripts {len(scripts)}: {', '.join(scripts)}")
    print("  incidental single-item:", sum("incidental" in r["style"] for r in pii), "; metadata-only:", sum("metadata only" in r["style"] for r in pii))
    print("  entities:", ", ".join(f"{k} {v}" for k, v in sorted(ent.items())))
    print(f"complexity_{NAME}.jsonl: {len(cx)} records in {len({r['lang'] for r in cx})} language tags; "
          + ", ".join(f"{k} {v}" for k, v in cats.items()) + f"; length-adversarial {la} ({la / len(cx):.0%}); label 1: {sum(r['label'] for r in cx)}")
    assert 480 <= len(pii) <= 520 and 0.55 <= ns / len(pii) <= 0.60 and len(langs) >= 35 and len(scripts) >= 12
    assert 180 <= len(cx) <= 200 and la / len(cx) >= 0.45 and len({r["lang"] for r in cx}) >= 30


if __name__ == "__main__":
    main()
