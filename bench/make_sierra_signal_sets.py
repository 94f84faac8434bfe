#!/usr/bin/env python3
"""Sierra: an independent evaluation split for the request signals, organised by the RELATIONSHIP between
the person writing the request and the data subject.

Writes bench/data/signals/pii_sierra.jsonl and bench/data/signals/complexity_sierra.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity:
id, category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the docs, the results nor any
    commit message; the record format came from the first 70 lines of make_delta_signal_sets.py and
    `head -n 2` of pii_delta.jsonl / complexity_delta.jsonl. The other generators were not read: their bytes
    are only scanned automatically for capitalised / non-ASCII words, and every private name, company,
    street and public/eponymous name of this file is checked against that word set at run time (the run
    aborts on an overlap). All name, street and company lists are the author's own (no Faker lists).

Organising principle
    The RELATIONSHIP between the writer and the data subject. Each PII category is one relationship:
    self, partner (spouse/partner), child_parent, elder_care (elderly relative being cared for), deceased
    (deceased relative), neighbour, landlord_tenant, employer_employee, teacher_pupil, clinician_patient,
    support_customer (support agent / customer), friend_ex (friend or ex-partner), online_stranger
    (stranger met online) and club_member (club / congregation / team). Sensitive records use category
    ``<relationship>``; benign hard negatives, written from the same relationship but about nobody
    private (public figures in their public role, novel/film/game characters, historical people, things
    named after people, placeholders and anonymised text, organisations' contact points, documentation
    example values, order/case numbers), use ``<relationship>_benign``. Registers vary: diary, venting,
    formal complaint, chat slang, code-switching between the locale language and English, terse, polite.
    The data rotates over 39 locales in 12+ scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari,
    Bengali, Tamil, Thai, Han, Kana, Hangul); the writer's text is placed by rotation in system / user /
    assistant / tool messages, tool-call arguments, text and base64 file content parts, response_format
    json_schema, ``user``, ``metadata`` with ``store: true`` and legacy completions ``prompt``s. About one
    in seven sensitive records carries a single incidental item (a first name with a relation cue, or one
    phone number inside a long text).

    Complexity records arise in the same relationships: hard asks (custody-schedule constraint problems,
    medication-interaction trade-offs, fair rent / inheritance splits, rota optimisation, proofs for a
    pupil, debugging a club script down to the root cause, legal reasoning about a lease) vs easy asks
    (translate a note, list gift ideas, convert units, reformat, summarise, extract), many long_easy.
    ``lang`` is the language of the writer's framing; many bodies code-switch into English.

Labels
    ``entities`` lists every personal-data type present anywhere in the body, computed by searching the
    serialised body (file parts decoded, URLs unquoted) for every value the record issued. ``ssn`` is the
    US SSN only; other citizen / social-security numbers are NATIONAL_ID; taxpayer numbers TAX_ID;
    health-system / insurer numbers HEALTH_INSURANCE; hospital record numbers MEDICAL_RECORD; a US routing
    + account pair US_BANK_NUMBER; a private user's public IP IP_ADDRESS.

Contents (seed 20261204; the run prints all counts)
    pii_sierra.jsonl: 504 requests (462 chat, 42 completions) in 39 language tags over 12 scripts (Latin,
    Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai, Han, Kana, Hangul); 14 relationships
    x 36 (21 sensitive + 15 benign each: 294 sensitive = 58.3% / 210 benign); 42 of the sensitive ones carry a
    single incidental item (26 a first name with a relation cue, 16 one phone number). Entity counts: person
    278, phone 129, email 82, STREET_ADDRESS 82, DATE_OF_BIRTH 87, iban 65, credit_card 48, NATIONAL_ID 32,
    PASSPORT 31, IP_ADDRESS 31, HEALTH_INSURANCE 29, US_BANK_NUMBER 21, MEDICAL_RECORD 18, DRIVER_LICENSE 16,
    TAX_ID 6, ssn 1. Placements: 12 kinds, 41-43 each.
    complexity_sierra.jsonl: 190 chat requests in 40 language tags: short_simple 46, long_easy 52 (>= 1,700
    chars), short_hard 48, long_hard 44; 100 (52.6%) length-adversarial, 92 labelled 1.

Validation
    Check digits via python-stdnum wherever it has the format (SSN, NHS, Steuer-ID, NIR, DNI, codice
    fiscale, BSN, PESEL, personnummer, HETU, CPF, TCKN, rodne cislo, CNP, CPR, INN, RNOKPP, EGN, AMKA,
    Teudat Zehut, Aadhaar, PAN, RIC, RRN, Thai PIN, My Number, CNIC, NIK, IBAN, Luhn cards, ABA routing);
    own routines for the Iranian national code and the Taiwanese ID; every phone validated with
    ``phonenumbers``; IPs are global unicast outside documentation ranges. Byte-reproducible: fixed seed,
    sorted iteration, no use of hash().

Command
    cd /work/main && .venv/bin/python bench/make_sierra_signal_sets.py [--seed 20261204] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
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
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.id import nik
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

NAME = "sierra"
ROOT = pathlib.Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------------------------------------
# Locales: tag, script, phone region, given names, family names, name order, streets (generic, proper),
# address format, cities, native labels (name, phone, address, born), native ask, e-mail domains,
# e-mail handles, public/historical/fictional figure, eponymous thing, emergency / org number.
# ----------------------------------------------------------------------------------------------------------
L = {}


def loc(tag, script, region, given, family, order, streets, addr, cities, labels, ask, domains, handles,
        figure, eponym, orgnum, idkind):
    L[tag] = dict(tag=tag, script=script, region=region, given=given, family=family, order=order,
                  streets=streets, addr=addr, cities=cities, labels=labels, ask=ask, domains=domains,
                  handles=handles, figure=figure, eponym=eponym, orgnum=orgnum, idkind=idkind)


loc("en-US", "Latin", "US", ["Lorimer", "Bartholomew", "Philomena", "Marigold"], ["Vanderzee", "Ashbrook", "Brightwater", "Pennywhistle"],
    "gf", [("Street", "Quaking Aspen"), ("Avenue", "Wolfberry")], "{n} {p} {g}, {c}, OR {z}", [("Beaverton", "97005"), ("Corvallis", "97330")],
    ("Name", "Phone", "Address", "DOB"), "can you help me with this", ["gmail.com", "outlook.com"], ["delphi.w", "tqabernathy"],
    "Ishmael", "the Newbery Medal", "911", "ssn")

loc("en-GB", "Latin", "GB", ["Evander", "Hereward", "Aldous"], ["Ravenscroft", "Attenborough-Pye", "Nettleship", "Crabtree"],
    "gf", [("Lane", "Bramblings"), ("Road", "Cowslip")], "{n} {p} {g}, {c} {z}", [("Shrewsbury", "SY2 6AD"), ("Ludlow", "SY8 1PJ")],
    ("Name", "Mobile", "Address", "Date of birth"), "could you sort this out for me", ["btinternet.com", "yahoo.co.uk"], ["imo.thistle", "rhod_pendry"],
    "Heathcliff", "the Whitbread Prize", "999", "nhs")

loc("de-DE", "Latin", "DE", ["Gismunde", "Eckbert", "Waltraud", "Gerlinde"], ["Pfefferkorn", "Knobelsdorff", "Hasenjäger", "Zwiebelmann"],
    "gf", [("straße", "Mispel"), ("weg", "Quitten")], "{p}{g} {n}, {z} {c}", [("Bielefeld", "33602"), ("Paderborn", "33098")],
    ("Name", "Telefon", "Adresse", "Geburtsdatum"), "Kannst du mir dabei helfen", ["web.de", "gmx.de"], ["hanne.kroep", "wolfram.w77"],
    "Momo", "den Kleist-Preis", "112", "idnr")

loc("fr-FR", "Latin", "FR", ["Philibert", "Eulalie", "Théophraste", "Aurèle"], ["Bourdaloue", "Trébuchet", "Coquelicourt", "Malbranque"],
    "gf", [("rue des", "Mirabelliers"), ("impasse des", "Chèvrefeuilles")], "{n} {g} {p}, {z} {c}", [("Angers", "49100"), ("Tours", "37000")],
    ("Nom", "Téléphone", "Adresse", "Né(e) le"), "tu peux m'aider avec ça", ["orange.fr", "free.fr"], ["solange.vdr", "evariste.lmq"],
    "Gavroche", "le prix Renaudot", "15", "nir")

loc("es-ES", "Latin", "ES", ["Eufrasia", "Telesforo", "Anacleto", "Sinforoso"], ["Egurrola", "Ibarrola", "Pedregosa", "Zurbitu"],
    "gf", [("calle", "Madroño"), ("avenida de", "Azahar")], "{g} {p}, {n}, {z} {c}", [("Albacete", "02001"), ("Cáceres", "10001")],
    ("Nombre", "Teléfono", "Dirección", "Fecha de nacimiento"), "me echas una mano con esto", ["telefonica.net", "hotmail.es"], ["reme.echeva", "fulgen_vr"],
    "Lazarillo de Tormes", "el Premio Nadal", "112", "dni")

loc("it-IT", "Latin", "IT", ["Ottorino", "Sigismondo", "Pancrazio", "Sigismondo"], ["Pellegrinetti", "Sciacchitano", "Buonpensiero", "Malacarne"],
    "gf", [("via delle", "Glicini"), ("vicolo del", "Gelsomini")], "{g} {p} {n}, {z} {c}", [("Cremona", "26100"), ("Lecce", "73100")],
    ("Nome", "Telefono", "Indirizzo", "Data di nascita"), "mi aiuti con questa cosa", ["libero.it", "alice.it"], ["ornella.cav", "gianfi.bramb"],
    "il Barone rampante", "il Premio Campiello", "112", "cf")

loc("nl-NL", "Latin", "NL", ["Gerritje", "Aaltje", "Trijntje", "Wiebe"], ["Zuidervaart", "Kuipersma", "Dijkgraaf", "Hazelhoff"],
    "gf", [("straat", "Meidoorn"), ("laan", "Vlier")], "{p}{g} {n}, {z} {c}", [("Zwolle", "8011 AB"), ("Deventer", "7411 KL")],
    ("Naam", "Telefoon", "Adres", "Geboortedatum"), "kun je me hiermee helpen", ["ziggo.nl", "kpnmail.nl"], ["femke.hd", "joostvr"],
    "Kikker", "de Libris Literatuurprijs", "112", "bsn")

loc("pl-PL", "Latin", "PL", ["Leokadia", "Eugenia", "Cezary", "Wincenty"], ["Pszczółkowska", "Bąkowski", "Skowronek", "Żurawska"],
    "gf", [("ul.", "Konwaliowa"), ("ul.", "Wrzosowa")], "{g} {p} {n}, {z} {c}", [("Lublin", "20-001"), ("Rzeszów", "35-001")],
    ("Imię i nazwisko", "Telefon", "Adres", "Data urodzenia"), "pomożesz mi z tym", ["wp.pl", "onet.pl"], ["bozena.wrob", "radek_kacz"],
    "Wokulski", "Paszport Polityki", "112", "pesel")

loc("sv-SE", "Latin", "SE", ["Holger", "Margit", "Dagny", "Folke"], ["Blomgren", "Hallqvist", "Wennerberg", "Forsmark"],
    "gf", [("gatan", "Hägg"), ("vägen", "Fläder")], "{p}{g} {n}, {z} {c}", [("Västerås", "722 11"), ("Örebro", "702 10")],
    ("Namn", "Telefon", "Adress", "Födelsedatum"), "kan du hjälpa mig med det här", ["telia.com", "bredband.net"], ["ingegerd.bq", "torbjorn.l"],
    "Nils Holgersson", "Polarpriset", "112", "pnr")

loc("fi-FI", "Latin", "FI", ["Eino", "Raakel", "Toivo", "Vieno"], ["Mäenpää", "Vainikainen", "Leinonen", "Kettunen"],
    "gf", [("katu", "Tuomi"), ("tie", "Pihlajanmarja")], "{p}{g} {n}, {z} {c}", [("Jyväskylä", "40100"), ("Kuopio", "70100")],
    ("Nimi", "Puhelin", "Osoite", "Syntymäaika"), "voitko auttaa tässä", ["suomi24.fi", "elisanet.fi"], ["aulikki.h", "veikko.k"],
    "Pikku Myy", "Runeberg-palkinto", "112", "hetu")

loc("pt-BR", "Latin", "BR", ["Valdomiro", "Edineia", "Aldemir", "Genivaldo"], ["Cavalcante de Sá", "Tabosa", "Jucá", "Arcoverde"],
    "gf", [("Rua", "dos Flamboyants"), ("Travessa", "dos Oitizeiros")], "{g} {p}, {n}, {c} - CEP {z}", [("Natal", "59010-000"), ("Maceió", "57020-000")],
    ("Nome", "Telefone", "Endereço", "Nascimento"), "me ajuda com isso aqui", ["uol.com.br", "bol.com.br"], ["ivonete.fig", "josue.nl"],
    "Brás Cubas", "o Prêmio Camões", "190", "cpf")

loc("tr-TR", "Latin", "TR", ["Saniye", "Rüstem", "Cemalettin", "Necmettin"], ["Sarıkaya", "Demirtaş", "Bozkurtlar", "Gümüşçü"],
    "gf", [("Sokak", "Erguvan"), ("Caddesi", "Manolya")], "{p} {g} No:{n}, {z} {c}", [("Eskişehir", "26010"), ("Kayseri", "38010")],
    ("Ad Soyad", "Telefon", "Adres", "Doğum tarihi"), "bu konuda yardım eder misin", ["yandex.com.tr", "hotmail.com"], ["nurten.kb", "kadir_ery"],
    "Keloğlan", "Sait Faik Hikâye Armağanı", "112", "tckn")

loc("vi-VN", "Latin", "VN", ["Bích Ngọc", "Khắc Việt", "Phước Lộc", "Diệu Hiền"], ["Vương", "Lã", "Chử", "Lò"],
    "fg", [("đường", "Hoa Phượng"), ("ngõ", "Cây Gạo")], "số {n} {g} {p}, {c}", [("Huế", ""), ("Đà Lạt", "")],
    ("Họ tên", "Điện thoại", "Địa chỉ", "Ngày sinh"), "giúp mình việc này với", ["gmail.com", "yahoo.com.vn"], ["thutrang.trinh", "quocbao.luong"],
    "Tấm Cám", "giải Cánh diều", "113", None)

loc("id-ID", "Latin", "ID", ["Widyastuti", "Gunawan", "Haryanto", "Anjani"], ["Hadiningrat", "Simanjuntak", "Sumarsono", "Tanoesoedibjo"],
    "gf", [("Jl.", "Bougenvil"), ("Gang", "Anggrek Bulan")], "{g} {p} No. {n}, {c} {z}", [("Malang", "65111"), ("Semarang", "50132")],
    ("Nama", "Telepon", "Alamat", "Tanggal lahir"), "bisa bantu aku soal ini", ["yahoo.co.id", "gmail.com"], ["sekar.kw", "bagus.pras"],
    "Malin Kundang", "Penghargaan Khatulistiwa", "112", "nik")

loc("cs-CZ", "Latin", "CZ", ["Bohuslava", "Budivoj"], ["Hrdličková", "Kubíček", "Střížová", "Žáček"],
    "gf", [("ulice", "Javorová"), ("ulice", "Bezová")], "{p} {n}, {z} {c}", [("Olomouc", "779 00"), ("Jihlava", "586 01")],
    ("Jméno", "Telefon", "Adresa", "Datum narození"), "pomůžeš mi s tím", ["seznam.cz", "centrum.cz"], ["radmila.pr", "bohumil.k"],
    "Rumcajs", "Státní cena za literaturu", "112", "rc")

loc("ro-RO", "Latin", "RO", ["Aurelia", "Domnica", "Sever", "Paraschiva"], ["Vlădulescu", "Tănăsoiu", "Grigoraș", "Bratosin"],
    "gf", [("Strada", "Liliacului"), ("Strada", "Salcâmilor")], "{g} {p} nr. {n}, {c} {z}", [("Sibiu", "550003"), ("Iași", "700028")],
    ("Nume", "Telefon", "Adresă", "Data nașterii"), "mă ajuți cu asta", ["yahoo.ro", "gmail.com"], ["viorica.mp", "costel.bal"],
    "Făt-Frumos", "Premiul Uniunii Scriitorilor", "112", "cnp")

loc("hu-HU", "Latin", "HU", ["Ilonka", "Etelka", "Kálmán", "Jolán"], ["Vámosi", "Bakonyi", "Székelyhidi", "Hegyesi"],
    "fg", [("utca", "Hárs"), ("köz", "Akácfa")], "{z} {c}, {p} {g} {n}.", [("Debrecen", "4024"), ("Pécs", "7621")],
    ("Név", "Telefon", "Cím", "Születési dátum"), "segítenél ebben", ["freemail.hu", "citromail.hu"], ["erzsi.nv", "gyula.kb"],
    "Lúdas Matyi", "a Baumgarten-díj", "112", "iban_hu")

loc("da-DK", "Latin", "DK", ["Sonja", "Aksel", "Inger", "Poul"], ["Skovgaard", "Lykkegaard", "Mikkelsen", "Søndergaard"],
    "gf", [("vej", "Tjørne"), ("gade", "Slåen")], "{p}{g} {n}, {z} {c}", [("Aalborg", "9000"), ("Esbjerg", "6700")],
    ("Navn", "Telefon", "Adresse", "Fødselsdato"), "kan du hjælpe mig med det her", ["mail.dk", "jubii.dk"], ["birthe.kj", "henning.t"],
    "Kejserens nye klæder", "Holberg-medaljen", "112", "cpr")

loc("sw-KE", "Latin", "KE", ["Barasa", "Nduta", "Ochola", "Auma"], ["Kiptoo", "Kibet", "Muthoni", "Gathoni"],
    "gf", [("Road", "Mwarubaini"), ("Lane", "Mninga")], "{n} {p} {g}, {c}", [("Nakuru", ""), ("Kisumu", "")],
    ("Jina", "Simu", "Anwani", "Tarehe ya kuzaliwa"), "naomba msaada kidogo", ["gmail.com", "yahoo.com"], ["wanjiru.k", "otieno.ach"],
    "Abunuwasi", "Kijiji cha Wasanii", "999", None)

loc("tl-PH", "Latin", "PH", ["Perla", "Ariel", "Divina", "Charito"], ["Salonga", "Evangelista", "Mangubat", "Sumulong"],
    "gf", [("Street", "Ilang-Ilang"), ("Street", "Camia")], "{n} {p} {g}, {c} {z}", [("Iloilo City", "5000"), ("Baguio", "2600")],
    ("Pangalan", "Telepono", "Tirahan", "Kaarawan"), "pa-help naman dito", ["yahoo.com.ph", "gmail.com"], ["marites.dim", "rodel.pang"],
    "Florante", "Gawad Balagtas", "911", None)

loc("es-MX", "Latin", "MX", ["Maclovio", "Crescencio", "Yolotl"], ["Itzcóatl", "Moctezuma Ruelas", "Tepoztlán", "Arreola"],
    "gf", [("Calle", "Bugambilias"), ("Privada", "Colorines")], "{g} {p} {n}, Col. Centro, {z} {c}", [("Morelia", "58000"), ("Oaxaca", "68000")],
    ("Nombre", "Teléfono", "Domicilio", "Fecha de nacimiento"), "me ayudas con esto porfa", ["prodigy.net.mx", "hotmail.com"], ["lupita.tlh", "eleuterio.ol"],
    "Chespirito", "el Premio Alfaguara", "911", "card")

loc("ru-RU", "Cyrillic", "RU", ["Анфиса", "Ермолай", "Пелагея", "Фрол"], ["Пожарская", "Кудрявцев", "Самоцветова", "Телегин"],
    "gf", [("ул.", "Облепиховая"), ("пер.", "Жасминовая")], "{g} {p}, д. {n}, {c}, {z}", [("Тверь", "170100"), ("Вологда", "160000")],
    ("ФИО", "Телефон", "Адрес", "Дата рождения"), "помоги, пожалуйста, с этим", ["yandex.ru", "mail.ru"], ["evdokia.kol", "vsevolod.sh"],
    "Обломов", "премию «Ясная Поляна»", "112", "inn")

loc("uk-UA", "Cyrillic", "UA", ["Одарка", "Левко", "Уляна", "Данило"], ["Перебийніс", "Семенюк", "Білозір", "Панчишин"],
    "gf", [("вул.", "Липова"), ("вул.", "Горобинова")], "{g} {p}, {n}, {c}, {z}", [("Вінниця", "21000"), ("Полтава", "36000")],
    ("ПІБ", "Телефон", "Адреса", "Дата народження"), "допоможи з цим, будь ласка", ["ukr.net", "i.ua"], ["hanna.kr", "bohdan.dz"],
    "Енеїда", "премію «Коронація слова»", "112", "rntrc")

loc("bg-BG", "Cyrillic", "BG", ["Радка", "Славея", "Христо-Иван", "Веселина"], ["Шопова", "Тотев", "Гочева", "Бакърджиев"],
    "gf", [("ул.", "Теменуга"), ("ул.", "Здравец")], "{g} {p} № {n}, {z} {c}", [("Пловдив", "4000"), ("Варна", "9000")],
    ("Име", "Телефон", "Адрес", "Дата на раждане"), "помогни ми с това", ["abv.bg", "mail.bg"], ["rositsa.ch", "stoyan.b"],
    "Хитър Петър", "наградата „Христо Г. Данов“", "112", "egn")

loc("el-GR", "Greek", "GR", ["Καλλιόπη", "Αριστείδης", "Ζωή-Μαρία", "Κλεάνθης"], ["Σαββίδης", "Ζαχαράκη", "Φραγκιαδάκης", "Ντούμα"],
    "gf", [("οδός", "Ροδοδάφνης"), ("οδός", "Βιολέτας")], "{p} {n}, {z} {c}", [("Πάτρα", "262 21"), ("Λάρισα", "412 22")],
    ("Όνομα", "Τηλέφωνο", "Διεύθυνση", "Ημ. γέννησης"), "μπορείς να με βοηθήσεις με αυτό", ["otenet.gr", "yahoo.gr"], ["chrysoula.k", "panos.mavr"],
    "Καπετάν Μιχάλης", "το βραβείο Αναγνωστών", "112", "amka")

loc("ar-EG", "Arabic", "EG", ["فوزية", "رأفت", "عفاف", "نجوى"], ["البنهاوي", "الشرقاوي", "الزيات", "الجمّال"],
    "gf", [("شارع", "البنفسج"), ("شارع", "اللبلاب")], "{n} {g} {p}، {c}", [("المنصورة", ""), ("طنطا", "")],
    ("الاسم", "الهاتف", "العنوان", "تاريخ الميلاد"), "ممكن تساعدني في ده", ["yahoo.com", "gmail.com"], ["soheir.shn", "magdy.ag"],
    "أمينة", "جائزة الدولة التقديرية", "122", "iban_eg")

loc("fa-IR", "Arabic", "IR", ["فرامرز", "گلاره", "منوچهر", "هوشنگ"], ["خسروپناه", "دلاوری", "میرزایی‌نژاد", "پورمحمدی"],
    "gf", [("خیابان", "ارغوان"), ("کوچه", "بیدمشک")], "{c}، {g} {p}، پلاک {n}", [("شیراز", ""), ("تبریز", "")],
    ("نام", "تلفن", "نشانی", "تاریخ تولد"), "میشه کمکم کنی", ["chmail.ir", "gmail.com"], ["parisa.nb", "bahram.sh"],
    "سهراب", "جایزه مهرگان", "115", "ir")

loc("ur-PK", "Arabic", "PK", ["شہزاد", "صائمہ", "ارشد", "عذرا"], ["ہاشمی", "رانا", "شیخ", "ڈوگر"],
    "gf", [("گلی", "سرو"), ("روڈ", "نیم")], "مکان {n}، {g} {p}، {c}", [("ملتان", ""), ("سیالکوٹ", "")],
    ("نام", "فون", "پتہ", "تاریخ پیدائش"), "اس میں مدد کر دیں", ["gmail.com", "hotmail.com"], ["sameena.q", "imran.butt"],
    "ٹارزن", "آدم جی ادبی انعام", "15", "cnic")

loc("he-IL", "Hebrew", "IL", ["שולמית", "אליקים", "נחמה", "צבי"], ["קרמרמן", "בן־שושן", "רוזנצווייג", "אלמליח"],
    "gf", [("רחוב", "הדובדבן"), ("רחוב", "הזית")], "{g} {p} {n}, {c} {z}", [("חדרה", "3840000"), ("רחובות", "7610000")],
    ("שם", "טלפון", "כתובת", "תאריך לידה"), "תעזור לי עם זה", ["walla.co.il", "gmail.com"], ["orna.st", "nechemia.bh"],
    "קזבלן", "פרס ביאליק", "101", "il")

loc("hi-IN", "Devanagari", "IN", ["कमलिनी", "रामेश्वर", "शारदा", "भुवनेश"], ["बाजपेयी", "सक्सेना", "द्विवेदी", "खन्ना"],
    "gf", [("मार्ग", "पलाश"), ("गली", "शिरीष")], "मकान {n}, {p} {g}, {c} {z}", [("कानपुर", "208001"), ("प्रयागराज", "211001")],
    ("नाम", "फ़ोन", "पता", "जन्म तिथि"), "इसमें मदद कर दो", ["rediffmail.com", "gmail.com"], ["sulochana.sri", "hariprasad.t"],
    "चंद्रकांता", "साहित्य अकादमी पुरस्कार", "112", "aadhaar")

loc("mr-IN", "Devanagari", "IN", ["सुनंदा", "गजानन", "प्रमिला", "श्रीकांत"], ["जोगळेकर", "भावे", "दामले", "पेंडसे"],
    "gf", [("पथ", "गुलछडी"), ("गल्ली", "सोनचाफा")], "घर क्र. {n}, {p} {g}, {c} {z}", [("नाशिक", "422001"), ("सोलापूर", "413001")],
    ("नाव", "फोन", "पत्ता", "जन्मतारीख"), "यात मदत कर ना", ["rediffmail.com", "yahoo.co.in"], ["sumitra.kul", "datta.desh"],
    "बटाट्याची चाळ", "जनस्थान पुरस्कार", "112", "pan")

loc("ne-NP", "Devanagari", "NP", ["लक्ष्मी", "गोविन्द", "सावित्रा", "नारायण"], ["पौडेल", "घिमिरे", "कार्की", "थापा"],
    "gf", [("मार्ग", "गुराँस"), ("टोल", "चाँप")], "{p} {g}-{n}, {c}", [("पोखरा", ""), ("विराटनगर", "")],
    ("नाम", "फोन", "ठेगाना", "जन्म मिति"), "यसमा मद्दत गर्नुस् न", ["gmail.com", "yahoo.com"], ["saraswati.adh", "pushkar.sth"],
    "सुम्निमा", "पद्मश्री पुरस्कार", "100", None)

loc("bn-BD", "Bengali", "BD", ["নাসরিন", "হাবিবুর", "ফারহানা", "জাহাঙ্গীর"], ["প্রামাণিক", "মিয়া", "তরফদার", "দেওয়ান"],
    "gf", [("রোড", "হাসনাহেনা"), ("লেন", "কদম")], "বাড়ি {n}, {p} {g}, {c} {z}", [("রাজশাহী", "6000"), ("খুলনা", "9000")],
    ("নাম", "ফোন", "ঠিকানা", "জন্মতারিখ"), "এটাতে একটু সাহায্য করবে", ["gmail.com", "yahoo.com"], ["shahana.ch", "mostafa.tal"],
    "হিমু", "একুশে পদক", "999", None)

loc("ta-IN", "Tamil", "IN", ["செந்தில்நாதன்", "வசந்தா", "ராஜமாணிக்கம்", "சிவசங்கரன்"], ["கந்தசாமி", "மாரியப்பன்", "பெருமாள்", "குப்புசாமி"],
    "gf", [("தெரு", "புளியமர"), ("சாலை", "தென்னந்தோப்பு")], "{n}, {p} {g}, {c} {z}", [("மதுரை", "625001"), ("திருச்சி", "620001")],
    ("பெயர்", "தொலைபேசி", "முகவரி", "பிறந்த தேதி"), "இதுக்கு கொஞ்சம் உதவி பண்ணுங்க", ["gmail.com", "yahoo.co.in"], ["kayal.nat", "sundar.pal"],
    "சிவகாமியின் சபதம்", "கலைமாமணி விருது", "108", "aadhaar")

loc("th-TH", "Thai", "TH", ["บุษบา", "ชูชาติ", "ลำดวน", "จันทร์เพ็ญ"], ["ปิ่นทอง", "มีสุข", "ศรีอ่อน", "ทองคำดี"],
    "gf", [("ซอย", "พิกุล"), ("ถนน", "ลีลาวดี")], "{n} {g}{p} {c} {z}", [("เชียงใหม่", "50000"), ("ขอนแก่น", "40000")],
    ("ชื่อ", "โทร", "ที่อยู่", "วันเกิด"), "ช่วยหน่อยนะ", ["hotmail.com", "gmail.com"], ["kanchana.sri", "prasert.bp"],
    "สุดสาคร", "รางวัลนราธิป", "1669", "thpin")

loc("zh-CN", "Han", "CN", ["砚秋", "鹤年", "蕴仪", "昭明"], ["巫马", "亓官", "司寇", "乐正"],
    "fg", [("路", "银杏"), ("巷", "枇杷")], "{c}{p}{g}{n}号", [("苏州市", "215000"), ("绍兴市", "312000")],
    ("姓名", "电话", "地址", "出生日期"), "帮我看一下这个", ["qq.com", "163.com"], ["siyuan_oy", "wanqing.zg"],
    "林冲", "鲁迅文学奖", "120", "ric")

loc("zh-TW", "Han", "TW", ["珮瑜", "雅雯", "宥辰", "宥辰"], ["太史", "申屠", "第五", "赫連"],
    "fg", [("街", "苦楝"), ("路", "相思")], "{c}{p}{g}{n}號", [("台南市", "700"), ("嘉義市", "600")],
    ("姓名", "電話", "地址", "出生日期"), "幫我處理一下", ["yahoo.com.tw", "gmail.com"], ["yijun.zl", "guanyu.st"],
    "廖添丁", "中正紀念堂", "119", "tw")

loc("ja-JP", "Kana", "JP", ["ふさえ", "トシオ", "みつる", "はるか"], ["勅使河原", "四月一日", "猪狩", "栗花落"],
    "fg", [("町", "あじさい"), ("通り", "ひまわり")], "〒{z} {c}{p}{g}{n}番", [("金沢市", "920-0853"), ("松本市", "390-0811")],
    ("氏名", "電話", "住所", "生年月日"), "これ手伝ってもらえる？", ["docomo.ne.jp", "yahoo.co.jp"], ["fumie.kita", "satoru.usami"],
    "吾輩は猫である", "直木賞", "119", "mynumber")

loc("ko-KR", "Hangul", "KR", ["말순", "영철", "복희", "두식"], ["소봉", "망절", "장곡", "강전"],
    "fg", [("로", "느티나무"), ("길", "목련")], "{c} {p}{g} {n}", [("전주시", "54999"), ("청주시", "28501")],
    ("이름", "전화", "주소", "생년월일"), "이거 좀 도와줘", ["naver.com", "daum.net"], ["soonja.ng", "donghyuk.hb"],
    "춘향전", "이상문학상", "119", "rrn")


TAGS = sorted(L)


# ----------------------------------------------------------------------------------------------------------
# Value generators (all validated)
# ----------------------------------------------------------------------------------------------------------
def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def brute(rng, make, valid, tries=20000):
    for _ in range(tries):
        c = make()
        try:
            if valid(c):
                return c
        except Exception:  # noqa: BLE001 - stdnum raises on some malformed candidates
            pass
    raise RuntimeError("could not generate a valid identifier")


def rdate(rng, y0=1938, y1=2004):
    y = rng.randrange(y0, y1 + 1)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    return y, m, d


def ir_code(rng):
    while True:
        b = digits(rng, 9)
        if len(set(b)) == 1:
            continue
        s = sum(int(b[i]) * (10 - i) for i in range(9)) % 11
        c = s if s < 2 else 11 - s
        return b + str(c)


def ir_valid(code):
    if not re.fullmatch(r"\d{10}", code) or len(set(code)) == 1:
        return False
    s = sum(int(code[i]) * (10 - i) for i in range(9)) % 11
    return int(code[9]) == (s if s < 2 else 11 - s)


TW_LETTERS = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "J": 18, "K": 19,
              "L": 20, "M": 21, "N": 22, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29}


def tw_valid(code):
    if not re.fullmatch(r"[A-Z][12]\d{8}", code) or code[0] not in TW_LETTERS:
        return False
    n = TW_LETTERS[code[0]]
    total = n // 10 + (n % 10) * 9 + sum(int(code[i]) * (9 - i) for i in range(1, 9)) + int(code[9])
    return total % 10 == 0


def national_id(rng, kind, sex=None):
    """Returns (value, entity type)."""
    y, m, d = rdate(rng)
    yy, mm, dd = f"{y % 100:02d}", f"{m:02d}", f"{d:02d}"
    if kind == "ssn":
        return brute(rng, lambda: f"{rng.randrange(101, 665):03d}-{rng.randrange(1, 99):02d}-{rng.randrange(1, 9999):04d}", ssn.is_valid), "ssn"
    if kind == "nhs":
        v = brute(rng, lambda: digits(rng, 10, True), nhs.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}", "HEALTH_INSURANCE"
    if kind == "idnr":
        v = brute(rng, lambda: digits(rng, 11, True), idnr.is_valid)
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", "TAX_ID"
    if kind == "nir":
        body = f"{rng.choice('12')}{yy}{mm}{rng.choice(['49', '37', '72', '44'])}{rng.randrange(1, 999):03d}{rng.randrange(1, 999):03d}"
        key = 97 - int(body) % 97
        v = f"{body}{key:02d}"
        assert nir.is_valid(v)
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", "NATIONAL_ID"
    if kind == "dni":
        n = digits(rng, 8, True)
        v = n + dni.calc_check_digit(n)
        assert dni.is_valid(v)
        return v, "NATIONAL_ID"
    if kind == "cf":
        letters = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
        day = d + (40 if rng.random() < 0.5 else 0)
        body = f"{letters}{yy}{'ABCDEHLMPRST'[m - 1]}{day:02d}{rng.choice(['D150', 'E506', 'H501', 'F205'])}"
        v = body + codicefiscale.calc_check_digit(body)
        assert codicefiscale.is_valid(v)
        return v, "TAX_ID"
    if kind == "bsn":
        return brute(rng, lambda: digits(rng, 9, True), bsn.is_valid), "NATIONAL_ID"
    if kind == "pesel":
        return brute(rng, lambda: f"{yy}{mm}{dd}{digits(rng, 5)}", pesel.is_valid), "NATIONAL_ID"
    if kind == "pnr":
        return brute(rng, lambda: f"{yy}{mm}{dd}-{digits(rng, 4)}", personnummer.is_valid), "NATIONAL_ID"
    if kind == "hetu":
        return brute(rng, lambda: f"{dd}{mm}{yy}-{rng.randrange(2, 899):03d}{rng.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')}", hetu.is_valid), "NATIONAL_ID"
    if kind == "cpf":
        v = brute(rng, lambda: digits(rng, 11, True), cpf.is_valid)
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", "TAX_ID"
    if kind == "tckn":
        return brute(rng, lambda: digits(rng, 11, True), tckimlik.is_valid), "NATIONAL_ID"
    if kind == "rc":
        yy2 = f"{rng.randrange(54, 99):02d}"
        return brute(rng, lambda: f"{yy2}{mm}{dd}/{digits(rng, 4)}", cz_rc.is_valid), "NATIONAL_ID"
    if kind == "cnp":
        return brute(rng, lambda: f"{rng.choice('12')}{yy}{mm}{dd}{rng.randrange(1, 40):02d}{digits(rng, 4)}", cnp.is_valid), "NATIONAL_ID"
    if kind == "cpr":
        return brute(rng, lambda: f"{dd}{mm}{yy}-{digits(rng, 4)}", cpr.is_valid), "NATIONAL_ID"
    if kind == "inn":
        return brute(rng, lambda: rng.choice(["77", "50", "69", "35"]) + digits(rng, 10), lambda c: inn.is_valid(c) and len(c) == 12), "TAX_ID"
    if kind == "rntrc":
        return brute(rng, lambda: digits(rng, 10, True), rntrc.is_valid), "TAX_ID"
    if kind == "egn":
        return brute(rng, lambda: f"{yy}{mm}{dd}{digits(rng, 4)}", egn.is_valid), "NATIONAL_ID"
    if kind == "amka":
        return brute(rng, lambda: f"{dd}{mm}{yy}{digits(rng, 5)}", amka.is_valid), "NATIONAL_ID"
    if kind == "il":
        return brute(rng, lambda: digits(rng, 9, True), il_idnr.is_valid), "NATIONAL_ID"
    if kind == "aadhaar":
        v = brute(rng, lambda: str(rng.randrange(2, 10)) + digits(rng, 11), aadhaar.is_valid)
        return f"{v[:4]} {v[4:8]} {v[8:]}", "NATIONAL_ID"
    if kind == "pan":
        return brute(rng, lambda: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P"
                     + rng.choice("ABCDEGKLMNPRSTV") + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), pan.is_valid), "TAX_ID"
    if kind == "ric":
        return brute(rng, lambda: rng.choice(["320505", "330602", "110105", "440106"]) + f"{y}{mm}{dd}" + digits(rng, 3)
                     + rng.choice("0123456789X"), ric.is_valid), "NATIONAL_ID"
    if kind == "tw":
        return brute(rng, lambda: rng.choice("ADEFHR") + rng.choice("12") + digits(rng, 8), tw_valid), "NATIONAL_ID"
    if kind == "rrn":
        return brute(rng, lambda: f"{yy}{mm}{dd}-{rng.choice('12')}{digits(rng, 6)}", rrn.is_valid), "NATIONAL_ID"
    if kind == "thpin":
        v = brute(rng, lambda: str(rng.randrange(1, 9)) + digits(rng, 12), th_pin.is_valid)
        return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "NATIONAL_ID"
    if kind == "mynumber":
        v = brute(rng, lambda: digits(rng, 12, True), jp_in.is_valid)
        return f"{v[:4]} {v[4:8]} {v[8:]}", "NATIONAL_ID"
    if kind == "cnic":
        v = brute(rng, lambda: rng.choice("34") + digits(rng, 12), cnic.is_valid)
        return f"{v[:5]}-{v[5:12]}-{v[12]}", "NATIONAL_ID"
    if kind == "nik":
        return brute(rng, lambda: rng.choice(["357301", "337401", "317101"]) + f"{dd}{mm}{yy}" + digits(rng, 4), nik.is_valid), "NATIONAL_ID"
    if kind == "ir":
        v = ir_code(rng)
        assert ir_valid(v)
        return v, "NATIONAL_ID"
    return None


IBAN_SPEC = {"DE": "18n", "NL": "4a10n", "PL": "24n", "FR": "10n11n2n", "ES": "20n", "IT": "1a10n12n", "TR": "5n1n16n",
             "GR": "7n16n", "RO": "4a16n", "BG": "4a4n2n8n", "HU": "24n", "DK": "14n", "FI": "14n", "SE": "20n",
             "GB": "4a14n", "EG": "25n", "IL": "19n", "UA": "6n19n", "CZ": "20n", "PT": "21n", "BR": "23n1a1n"}


def make_iban(rng, cc):
    spec = IBAN_SPEC[cc]

    def mk():
        bban = ""
        for num, kind in re.findall(r"(\d+)([an])", spec):
            for _ in range(int(num)):
                bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "a" else str(rng.randrange(10))
        if cc == "BR":
            bban = bban[:-2] + "C1"
        rearr = bban + cc + "00"
        n = int("".join(str(int(ch, 36)) for ch in rearr))
        return f"{cc}{98 - n % 97:02d}{bban}"
    v = brute(rng, mk, std_iban.is_valid)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4000056655665556", "378282246310005",
              "5105105105105100", "4012888888881881", "6011111111111117"}


def make_card(rng):
    pre = rng.choice(["4", "51", "53", "55", "2221", "37"])
    ln = 15 if pre == "37" else 16
    v = brute(rng, lambda: pre + digits(rng, ln - len(pre)), lambda c: luhn.is_valid(c) and c not in TEST_CARDS)
    if ln == 15:
        return f"{v[:4]} {v[4:10]} {v[10:]}"
    return " ".join(v[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.7 else v


def make_phone(rng, region, intl=None):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE) or \
        phonenumbers.example_number(region)
    base = str(ex.national_number)

    def mk():
        keep = max(2, len(base) - 6)
        return phonenumbers.PhoneNumber(country_code=ex.country_code,
                                        national_number=int(base[:keep] + digits(rng, len(base) - keep)))

    def ok(p):
        if not phonenumbers.is_valid_number(p):
            return False
        nat = str(p.national_number)
        return "555" not in nat[-7:-4] and nat != base
    p = brute(rng, mk, ok)
    fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if (intl if intl is not None else rng.random() < 0.5) \
        else phonenumbers.PhoneNumberFormat.NATIONAL
    s = phonenumbers.format_number(p, fmt)
    assert phonenumbers.is_valid_number(phonenumbers.parse(s, region))
    return s


def make_ip(rng):
    def mk():
        return ipaddress.IPv4Address(rng.randrange(1 << 24, 223 << 24))
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
    a = brute(rng, mk, lambda a: a.is_global and not a.is_multicast and not any(a in n for n in doc))
    return str(a)


def make_passport(rng, tag):
    cc = tag.split("-")[1]
    if cc in ("US",):
        return digits(rng, 9, True)
    if cc in ("DE",):
        return rng.choice("CFGHJK") + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
    if cc in ("FR", "GB", "IN", "CN", "KR", "JP", "PK"):
        return rng.choice("EGKMNPRTZ") + rng.choice("ABCDEFGHJK") + digits(rng, 7)
    return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 8)


def make_dl(rng, tag):
    cc = tag.split("-")[1]
    if cc == "US":
        return rng.choice("ABDFGHJKMN") + digits(rng, 7)
    if cc == "GB":
        return "".join(rng.choice("BCDFGHKLMNPRSTW") for _ in range(5)) + digits(rng, 6) + "".join(rng.choice("ABCDEFGHJK") for _ in range(2)) + "9" + "".join(rng.choice("ABCDEFGHJK") for _ in range(2))
    return digits(rng, 2, True) + "-" + digits(rng, 6) + "-" + digits(rng, 2)


def make_mrn(rng):
    return rng.choice(["MRN ", "MRN: ", "HN-", "EHR#", "Pat.-Nr. "]) + digits(rng, rng.choice([7, 8]), True)


def make_insurance(rng, tag):
    cc = tag.split("-")[1]
    if cc == "US":
        a = "123456789ACDEFGHJKMNPQRTUVWXY"
        return f"{rng.randrange(1, 10)}{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.choice(a)}{rng.randrange(10)}-{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.choice(a)}{rng.randrange(10)}-{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.randrange(10)}{rng.randrange(10)}"
    if cc == "GB":
        return national_id(rng, "nhs")[0]
    if cc == "DE":
        return rng.choice("ABCDEFGHKLMNPRSTUVWZ") + digits(rng, 9, True)
    return digits(rng, 3, True) + "-" + digits(rng, 4) + "-" + digits(rng, 4)


def make_us_bank(rng):
    r = brute(rng, lambda: rng.choice(["0", "1", "2", "3"]) + digits(rng, 8), rtn.is_valid)
    return r, digits(rng, rng.choice([10, 11, 12]), True)


# ----------------------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------------------
NOSPACE = {"zh-CN", "zh-TW", "ja-JP", "ko-KR"}
EN_LABELS = {"id": "ID", "card": "Card", "iban": "IBAN", "passport": "Passport", "dl": "Licence", "ins": "Insurance no.",
             "mrn": "MRN", "ip": "IP", "email": "E-mail", "bank": "Routing/Account"}


def person(rng, lc):
    g, f = rng.choice(lc["given"]), rng.choice(lc["family"])
    if lc["order"] == "fg":
        full = f + ("" if lc["tag"] in NOSPACE else " ") + g
    else:
        full = g + " " + f
    return g, f, full


def address(rng, lc):
    gen, prop = rng.choice(lc["streets"])
    city, z = rng.choice(lc["cities"])
    return lc["addr"].format(n=rng.randrange(2, 140), g=gen, p=prop, c=city, z=z).replace(" ,", ",").strip(), prop


def fmt_dob(tag, y, m, d):
    if tag in ("en-US",):
        return f"{m:02d}/{d:02d}/{y}"
    if tag in ("zh-CN", "zh-TW", "ja-JP"):
        return f"{y}年{m}月{d}日"
    if tag == "ko-KR":
        return f"{y}.{m:02d}.{d:02d}"
    if tag in ("de-DE", "pl-PL", "ru-RU", "uk-UA", "bg-BG", "cs-CZ", "ro-RO", "fi-FI", "tr-TR", "da-DK"):
        return f"{d:02d}.{m:02d}.{y}"
    if tag in ("sv-SE", "hu-HU", "lt-LT"):
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}/{m:02d}/{y}"


# data kinds preferred by each relationship (the organising principle)
RELS = {
    "self": ["id", "dob", "address", "email", "passport", "card", "dl", "phone"],
    "partner": ["phone", "email", "card", "passport", "dob", "iban"],
    "child_parent": ["dob", "id", "passport", "ins", "address", "phone"],
    "elder_care": ["dob", "ins", "mrn", "id", "address", "phone", "iban"],
    "deceased": ["dob", "id", "iban", "address", "email", "bank"],
    "neighbour": ["phone", "address", "email", "dl"],
    "landlord_tenant": ["iban", "address", "phone", "email", "id", "bank"],
    "employer_employee": ["id", "iban", "address", "phone", "dob", "email", "bank"],
    "teacher_pupil": ["dob", "email", "phone", "address"],
    "clinician_patient": ["mrn", "ins", "dob", "phone", "id"],
    "support_customer": ["card", "email", "ip", "phone", "address"],
    "friend_ex": ["phone", "email", "address", "ip", "card"],
    "online_stranger": ["ip", "phone", "email", "iban", "card"],
    "club_member": ["phone", "email", "dob", "address", "iban"],
}
REL_ORDER = sorted(RELS)

# relation cues (English, sometimes code-switched) per relationship
CUE = {
    "self": ["me", "myself"], "partner": ["my husband", "my wife", "my partner", "mi esposa", "mein Mann"],
    "child_parent": ["my daughter", "my son", "my mum", "my dad"], "elder_care": ["my grandmother", "my father-in-law", "granddad", "Oma"],
    "deceased": ["my late father", "my late aunt", "grandma (passed in March)"], "neighbour": ["my neighbour", "the lady next door", "the guy upstairs"],
    "landlord_tenant": ["my tenant", "my landlord", "the new lodger"], "employer_employee": ["my employee", "our new hire", "my boss"],
    "teacher_pupil": ["my pupil", "a student in 7B", "the new boy in my class"], "clinician_patient": ["my patient", "the patient in bed 4", "pt"],
    "support_customer": ["the customer", "this caller", "the client on chat"], "friend_ex": ["my ex", "my best friend", "my old roommate"],
    "online_stranger": ["a guy I met on a dating app", "someone from a Discord server", "a seller on Marketplace"],
    "club_member": ["our goalkeeper", "a choir member", "a member of our congregation", "our treasurer"],
}

# sensitive scenario templates: (register, text). {who}=cue+name, {first}=given name, {doc}=data block, {ask}=native ask
SENS = {
    "self": [
        ("formal", "I am applying for a residence card renewal and need to fill in the form in English. Please translate my details below and lay them out as a form.\n\n{doc}"),
        ("terse", "{ask}. my data for the visa form, make it a clean table:\n{doc}"),
        ("venting", "ugh the bank froze my account AGAIN, they want me to 'confirm identity' by email. here's what I'm sending them, does it look complete?? {doc}\n{ask}"),
        ("diary", "Dear diary-ish note to self: finally moved. New details so I don't forget to update everything:\n{doc}\nCan you make me a checklist of places to update (bank, doctor, insurance)?"),
    ],
    "partner": [
        ("chat_slang", "lol {who} forgot her wallet again, she sent me this pic of her card deets so i can book the hotel 4 us, is it safe to just paste it into the booking form? {doc}"),
        ("polite", "Good evening. I'm booking flights for {who} and myself. Could you check the passenger details below for typos before I submit? {doc}\n{ask}"),
        ("venting", "{who} keeps ignoring my texts, I need help writing a calm message, not a nasty one. for context these are the details the divorce lawyer asked for: {doc}"),
        ("code_switch", "{ask} — I'm adding {who} as a second driver / beneficiary. details:\n{doc}\nwhich docs do they usually ask for?"),
    ],
    "child_parent": [
        ("formal", "Dear assistant, I need to register {who} for the summer camp. Please draft a short cover letter that includes the details below.\n{doc}"),
        ("terse", "school form for {who}. fill the JSON: name, dob, id, emergency phone.\n{doc}"),
        ("diary", "{who} turns thirteen next month and I'm finally sorting her paperwork. Passport renewal, new insurance card... {doc}\n{ask}"),
        ("chat_slang", "omg {who} lost his passport on the school trip, what do I need to bring to the embassy?? his info: {doc}"),
    ],
    "elder_care": [
        ("formal", "I care for {who}, who has moderate dementia. Please write a one-page 'about me' sheet for the respite-care home using these details:\n{doc}"),
        ("venting", "honestly exhausted. {who} fell again last night, ambulance, the whole thing. the hospital wants everything re-sent:\n{doc}\n{ask}"),
        ("polite", "Could you help me set up reminders for {who}'s appointments? Her details for the pharmacy delivery are:\n{doc}"),
        ("code_switch", "{ask}. Need a letter to the pension office for {who}, they changed bank account:\n{doc}"),
    ],
    "deceased": [
        ("formal", "I am the executor for {who}. Please help me draft notification letters to his bank and pension provider. Details:\n{doc}"),
        ("diary", "It's been six weeks since we lost {who}. I still have to close her email and accounts. This is what I have written down:\n{doc}\nWhere do I even start?"),
        ("terse", "death notice, close accounts. {who}:\n{doc}\n{ask}"),
        ("polite", "Could you translate this death-registration extract of {who} into English for the insurer? {doc}"),
    ],
    "neighbour": [
        ("venting", "{who} parks across my driveway EVERY day. I want to send a firm but polite letter. Here's what I know: {doc}\n{ask}"),
        ("chat_slang", "yo {who} is away for 2 weeks and asked me to water plants lol. she left this note, make it a reminder list pls: {doc}"),
        ("formal", "Formal complaint draft to the housing association about noise from {who}. Details:\n{doc}"),
        ("polite", "{ask}. I want to invite {who} to our street party, can you write a short friendly card? {doc}"),
    ],
    "landlord_tenant": [
        ("formal", "As a private landlord I need a rent arrears letter to {who}. Please include the payment details:\n{doc}"),
        ("venting", "{who} still hasn't returned my deposit after 2 months. I'm so done. Help me write a formal demand:\n{doc}"),
        ("terse", "tenancy agreement annex, fill tenant block:\n{doc}\n{ask}"),
        ("code_switch", "{ask} — {who} moves in on the 1st, I need a handover checklist with his data at the top:\n{doc}"),
    ],
    "employer_employee": [
        ("formal", "Please prepare the onboarding summary for {who} for our payroll provider:\n{doc}"),
        ("terse", "payroll change, {who}. new bank:\n{doc}\n{ask}"),
        ("venting", "{who} has called in sick for the 4th Monday in a row. I need to write a note for HR that's fair, not a rant. his file: {doc}"),
        ("polite", "{ask}. Could you draft a reference letter for {who}, who worked with us for three years? For the header:\n{doc}"),
    ],
    "teacher_pupil": [
        ("formal", "I need to write a report to the school welfare officer about {who}. Please structure it. Contact details on file:\n{doc}"),
        ("chat_slang", "pls help me write a msg to the parents of {who}, kid hasn't handed in homework in weeks lol. contacts: {doc}"),
        ("terse", "trip consent list, add {who}:\n{doc}\n{ask}"),
        ("diary", "Today {who} stayed after class and told me things are hard at home. I want to refer her to the counsellor properly. Her file says:\n{doc}"),
    ],
    "clinician_patient": [
        ("terse", "discharge summary pls. {who}:\n{doc}\nDx: community-acquired pneumonia, amoxicillin 5d.\n{ask}"),
        ("formal", "Please draft a referral letter to cardiology for {who}, 67, with new-onset AF. Identifiers:\n{doc}"),
        ("code_switch", "{ask} — handover for night shift, {who}, post-op day 2, pain controlled.\n{doc}"),
        ("polite", "Could you rewrite this appointment reminder in plain language for {who}? {doc}"),
    ],
    "support_customer": [
        ("terse", "ticket escalation. {who} says charged twice.\n{doc}\n{ask}"),
        ("formal", "Please summarise this chat with {who} for the fraud team:\n{doc}\nCustomer reports unrecognised transactions since Tuesday."),
        ("chat_slang", "lmao {who} rage-typed for 20 min, can u turn this into a calm case note: {doc}"),
        ("polite", "{ask}. Draft an apology to {who} about the delayed refund, please. Account details:\n{doc}"),
    ],
    "friend_ex": [
        ("venting", "{who} blocked me everywhere but still has my stuff. I just want my things back. Write a neutral message? {doc}"),
        ("chat_slang", "bday surprise for {who}!! need a plan, here's her deets for the delivery: {doc}"),
        ("diary", "I found {who}'s old contact card in a drawer tonight. Seven years. Should I write? This is what's on it:\n{doc}\n{ask}"),
        ("formal", "I lent {who} money and want a simple written repayment agreement. Details:\n{doc}"),
    ],
    "online_stranger": [
        ("venting", "{who} asked me to send a 'deposit' first and now won't answer. Is this a scam? Everything he gave me: {doc}\n{ask}"),
        ("chat_slang", "met {who} and now they want to video call, is this legit? they sent: {doc}"),
        ("formal", "I want to report {who} to the platform for harassment. Please draft the report using:\n{doc}"),
        ("terse", "reverse-check this person pls, {who}:\n{doc}"),
    ],
    "club_member": [
        ("polite", "{ask}. Could you add {who} to our members' list and draft a welcome e-mail? {doc}"),
        ("terse", "fixture list, add emergency contact for {who}:\n{doc}"),
        ("formal", "Minutes of the committee meeting: membership renewal for {who}. Please clean up the minutes.\n{doc}"),
        ("chat_slang", "{who} is organising the bake sale lol, make a poster w her contact: {doc}"),
    ],
}

# incidental: long text, a single item
INCID = {
    "name": "{ask}. Long story, sorry. We have been planning the weekend for ages: the train leaves at 7:40, we change twice, " 
            "the hostel is near the old harbour, breakfast is not included and the museum is closed on Mondays. I also need to "
            "pack the charger, two adapters, rain jackets and the snacks. {who} said she'd bring the board games. "
            "Can you turn all of this into a packing list and a rough timetable? Also, what's a good rainy-day backup plan?",
    "phone": "{ask}. Quick context: I'm organising the reading group this autumn. We meet every second Thursday at 19:00 in the "
             "library annex, the books are voted in September, and we keep a shared tea fund (EUR 2 each). If someone needs "
             "a lift they can call me on {phone}. Please turn this into a friendly invitation of about 120 words and a list of "
             "five novels under 300 pages that tend to start good discussions.",
}

# benign hard negatives per relationship: about nobody private
BENIGN = {
    "self": [
        ("formal", "{ask}. Here is the blank form I have to fill for myself. Which fields are mandatory?\n{labels0}: [NAME]\n{labels1}: [PHONE]\n{labels2}: [ADDRESS]\n{labels3}: DD/MM/YYYY\nID: ____________"),
        ("terse", "my booking ref is QX7-44821, order #88213-A, flight leaves 06:15. what time should I be at the airport? {ask}"),
        ("diary", "Note to self: reread {figure}. Why does that character stay with me so much? Give me three essay angles."),
    ],
    "partner": [
        ("chat_slang", "me and my wife argued abt {figure} for an hour lol. who's right that the ending is tragic? {ask}"),
        ("polite", "{ask}. My husband wants to visit the place named after {eponym}. What's the history behind the name?"),
        ("code_switch", "{ask} — we're doing a couples quiz night. give me 10 questions about famous couples in literature, like in {figure}."),
    ],
    "child_parent": [
        ("formal", "My son's homework: write 150 words on {eponym}. Can you explain it simply so I can help him? {ask}"),
        ("chat_slang", "kid wants to be {figure} for book day lol, costume ideas? cheap pls"),
        ("terse", "school form template, which is right: 'Child name: [NAME]' or 'Name of child: ________'? {ask}"),
    ],
    "elder_care": [
        ("polite", "{ask}. My grandmother can't read small print. Please make a large-print card: 'In an emergency call {orgnum}'."),
        ("formal", "For the care-home newsletter: a short piece on average life expectancy trends (aggregate national figures only) and one quote from {figure}."),
        ("venting", "dad keeps asking who won the prize named after {eponym}, every single day. give me a kind way to answer repeatedly."),
    ],
    "deceased": [
        ("diary", "Grandpa loved {figure}. I want to read a passage at the memorial. Can you suggest which kind of scene fits a farewell? {ask}"),
        ("formal", "Please translate this template notice: 'We regret to inform you of the death of [FULL NAME], born [DATE]. Condolences may be sent to [ADDRESS].' {ask}"),
        ("terse", "probate checklist, generic, no names. steps in order? {ask}"),
    ],
    "neighbour": [
        ("chat_slang", "our street is named after {eponym} and the neighbours r arguing who that was lol, settle it {ask}"),
        ("formal", "Draft a generic notice for the building lobby: 'Lift maintenance on 14.03, 09:00-13:00. Questions: facilities@example.com'. {ask}"),
        ("venting", "the neighbour's wifi is called 'FBI_Van_3' and mine is on channel 6, both 2.4GHz. how do I pick a less crowded channel?"),
    ],
    "landlord_tenant": [
        ("formal", "{ask}. Please review this blank lease clause: 'The Tenant [TENANT NAME] shall pay the rent to IBAN XX00 0000 0000 0000 by the 3rd day of each month.'"),
        ("terse", "rent index went from 104.2 to 109.8, rent 850. max increase if capped at index change? {ask}"),
        ("venting", "landlord forum says a deposit law named after {eponym} applies?? is that even a thing, explain"),
    ],
    "employer_employee": [
        ("formal", "Summarise these aggregate HR figures for the board: headcount 214, attrition 11.2%, median tenure 4.1 years, 38% remote. {ask}"),
        ("terse", "payroll script, no data yet:\n```python\ndef net(gross, rate):\n    return round(gross * (1 - rate), 2)\n```\nadd type hints {ask}"),
        ("polite", "{ask}. Could you write a job ad for a warehouse lead? Apply via jobs@example.org, ref. WH-2026-07."),
    ],
    "teacher_pupil": [
        ("formal", "Class 7B results (anonymised): mean 71.4, median 73, n = 26, three pupils below 50. Write a two-line summary for parents. {ask}"),
        ("chat_slang", "my students keep confusing {figure} with the author lol, quick explainer?"),
        ("terse", "lesson plan on {eponym}, 45 min, age 12. {ask}"),
    ],
    "clinician_patient": [
        ("terse", "pt [REDACTED], 74y, eGFR 41, on apixaban. dose adj? {ask}"),
        ("formal", "Please explain Hashimoto thyroiditis for a patient leaflet: why it carries a doctor's name, symptoms, and that levothyroxine is taken on an empty stomach. Generic, no patient details. {ask}"),
        ("code_switch", "{ask} — template for discharge letter: 'Patient: XXX, DOB: XX/XX/XXXX, MRN: ______'. make headings."),
    ],
    "support_customer": [
        ("terse", "customer says card 4242 4242 4242 4242 was declined in the sandbox, order 100-4482173-2291. is that the test card? {ask}"),
        ("formal", "Please write a macro reply: 'Your case #CS-00817734 has been escalated. Contact support@example.com or call 555-0143.' {ask}"),
        ("chat_slang", "client's server 203.0.113.45 times out on 443, tracking no 1Z999AA10123456784 lol unrelated. what do I check first"),
    ],
    "friend_ex": [
        ("venting", "my ex used to quote {figure} at me constantly. what's that character actually about? {ask}"),
        ("chat_slang", "bestie bday, she loves {figure}, gift ideas under 30 pls {ask}"),
        ("diary", "Writing a breakup song. The chorus mentions [NAME] as a placeholder. Help me find rhymes for 'leaving'."),
    ],
    "online_stranger": [
        ("formal", "{ask}. Is this a phishing email? 'Dear user, verify at http://login.example.net or call 555-0199 within 24h'."),
        ("chat_slang", "some rando in a game lobby said he's {figure} lmao. what's that a reference to?"),
        ("terse", "got DM from 198.51.100.23 per server log, thats a doc range right? {ask}"),
    ],
    "club_member": [
        ("polite", "{ask}. Our choir is performing a piece about {figure}. Write a two-sentence programme note."),
        ("formal", "Please draft the agenda for our AGM. Queries: secretary@example.org. Venue: hall named after {eponym}."),
        ("chat_slang", "team kit order: 12 x M, 8 x L, 3 x XL, invoice INV-2026-0412. total if 24.90 each? {ask}"),
    ],
}

SYSTEMS = ["You are a helpful assistant.", "You help people with letters, forms and everyday admin.",
           "You are a careful writing assistant. Answer in the user's language.", "Assistant for a small family office."]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "gpt-4o"]
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "tool_call_args", "content_parts", "file_part",
              "response_format", "user_field", "metadata", "completions", "image_url"]


# ----------------------------------------------------------------------------------------------------------
# Record assembly
# ----------------------------------------------------------------------------------------------------------
HANDLE_WORDS = ["lotus", "kiwi", "moonlit", "tiger", "sunny", "pebble", "maple", "orbit", "cedar", "comet"]


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae")
                              .replace("ß", "ss").replace("ı", "i").replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z]", "", "".join(ch for ch in s if not unicodedata.combining(ch)).lower())


def make_email(rng, lc, g, f):
    if lc["script"] == "Latin" and fold(g) and fold(f):
        local = rng.choice([f"{fold(g)}.{fold(f)}", f"{fold(g)[0]}{fold(f)}", f"{fold(g)}{rng.randrange(1, 99)}",
                            f"{fold(f)}.{fold(g)[:3]}"])
    else:
        local = f"{rng.choice(HANDLE_WORDS)}.{rng.choice(HANDLE_WORDS)}{rng.randrange(1, 999)}"
    return f"{local}@{rng.choice(lc['domains'])}"


def make_values(rng, lc, rel, n_extra):
    """Issue the data for one sensitive record: returns (given, full, values list of (type, value, label))."""
    tag = lc["tag"]
    g, f, full = person(rng, lc)
    y, m, d = rdate(rng, 1936 if rel in ("elder_care", "deceased") else 1950, 2016 if rel in ("child_parent", "teacher_pupil") else 2003)
    kinds = list(RELS[rel])
    rng.shuffle(kinds)
    chosen = kinds[:n_extra]
    vals = []
    lab = lc["labels"]
    for k in chosen:
        if k == "phone":
            vals.append(("phone", make_phone(rng, lc["region"]), lab[1]))
        elif k == "email":
            vals.append(("email", make_email(rng, lc, g, f), EN_LABELS["email"]))
        elif k == "address":
            vals.append(("STREET_ADDRESS", address(rng, lc)[0], lab[2]))
        elif k == "dob":
            vals.append(("DATE_OF_BIRTH", fmt_dob(tag, y, m, d), lab[3]))
        elif k == "id":
            kind = lc["idkind"]
            r = national_id(rng, kind) if kind else None
            if r is None:
                if kind == "iban_hu":
                    vals.append(("iban", make_iban(rng, "HU"), "IBAN"))
                elif kind == "iban_eg":
                    vals.append(("iban", make_iban(rng, "EG"), "IBAN"))
                else:
                    vals.append(("PASSPORT", make_passport(rng, tag), EN_LABELS["passport"]))
            else:
                vals.append((r[1], r[0], EN_LABELS["id"]))
        elif k == "card":
            vals.append(("credit_card", make_card(rng), EN_LABELS["card"]))
        elif k == "iban":
            cc = tag.split("-")[1]
            cc = cc if cc in IBAN_SPEC else rng.choice(["DE", "FR", "NL", "GB"])
            if tag == "pt-BR":
                cc = "BR"
            vals.append(("iban", make_iban(rng, cc), "IBAN"))
        elif k == "bank":
            r_, a_ = make_us_bank(rng)
            vals.append(("US_BANK_NUMBER", f"{r_} / {a_}", EN_LABELS["bank"]))
        elif k == "passport":
            vals.append(("PASSPORT", make_passport(rng, tag), EN_LABELS["passport"]))
        elif k == "dl":
            vals.append(("DRIVER_LICENSE", make_dl(rng, tag), EN_LABELS["dl"]))
        elif k == "ins":
            vals.append(("HEALTH_INSURANCE", make_insurance(rng, tag), EN_LABELS["ins"]))
        elif k == "mrn":
            vals.append(("MEDICAL_RECORD", make_mrn(rng), EN_LABELS["mrn"]))
        elif k == "ip":
            vals.append(("IP_ADDRESS", make_ip(rng), EN_LABELS["ip"]))
    return g, f, full, vals


def doc_block(lc, full, vals, inline):
    if inline:
        return ", ".join([full] + [v for _, v, _ in vals])
    lines = [f"{lc['labels'][0]}: {full}"] + [f"{lab}: {v}" for _, v, lab in vals]
    return "\n".join(lines)


def place(rng, placement, text, ask, lc, issued_email):
    """Put the writer's text into a request body; returns (endpoint, body)."""
    model = rng.choice(MODELS)
    sysmsg = {"role": "system", "content": rng.choice(SYSTEMS)}
    if placement == "completions":
        return "completions", {"model": "gpt-3.5-turbo-instruct", "prompt": text + "\n\nAnswer:", "max_tokens": 400,
                               "temperature": 0.3}
    body = {"model": model}
    if placement == "user":
        body["messages"] = [sysmsg, {"role": "user", "content": text}]
    elif placement == "system":
        body["messages"] = [{"role": "system", "content": sysmsg["content"] + "\n\nContext from the user:\n" + text},
                            {"role": "user", "content": ask}]
    elif placement == "assistant_echo":
        body["messages"] = [sysmsg, {"role": "user", "content": "I'll paste my note, just read it first"},
                            {"role": "assistant", "content": "Got it. Here is what I received:\n" + text},
                            {"role": "user", "content": "ok, go ahead"}]
    elif placement == "tool_result":
        body["messages"] = [sysmsg, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_n1", "type": "function",
                             "function": {"name": "open_note", "arguments": json.dumps({"note": "latest"})}}]},
                            {"role": "tool", "tool_call_id": "call_n1", "content": json.dumps({"note": text}, ensure_ascii=False)}]
        body["tools"] = [{"type": "function", "function": {"name": "open_note", "description": "Open the user's saved note",
                          "parameters": {"type": "object", "properties": {"note": {"type": "string"}}}}}]
    elif placement == "tool_call_args":
        body["messages"] = [sysmsg, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_d7", "type": "function",
                             "function": {"name": "save_draft", "arguments": json.dumps({"text": text}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": "call_d7", "content": "{\"ok\": true}"},
                            {"role": "user", "content": "now improve the draft"}]
        body["tools"] = [{"type": "function", "function": {"name": "save_draft", "parameters": {"type": "object",
                          "properties": {"text": {"type": "string"}}, "required": ["text"]}}}]
    elif placement == "content_parts":
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask},
                                                                  {"type": "text", "text": text}]}]
    elif placement == "file_part":
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask + " (see attached note)"},
                            {"type": "file", "file": {"filename": "note.txt", "file_data": "data:text/plain;base64," + data}}]}]
    elif placement == "response_format":
        body["messages"] = [sysmsg, {"role": "user", "content": ask + " Return JSON."}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "draft", "schema": {
            "type": "object", "description": "Source note: " + text,
            "properties": {"reply": {"type": "string"}, "checklist": {"type": "array", "items": {"type": "string"}}},
            "required": ["reply"]}}}
    elif placement == "user_field":
        body["messages"] = [sysmsg, {"role": "user", "content": text}]
        body["user"] = issued_email or ("acct-" + hashlib.sha1(text.encode()).hexdigest()[:10])
    elif placement == "metadata":
        body["messages"] = [sysmsg, {"role": "user", "content": ask}]
        body["store"] = True
        md = {"source": "notes-app"}
        chunks = []
        for line in text.split("\n"):
            while len(line) > 500:
                cut = line.rfind(". ", 0, 500)
                chunks.append(line[:cut + 1])
                line = line[cut + 2:]
            if line.strip():
                chunks.append(line)
        for i, c in enumerate(chunks[:15]):
            md[f"note_{i + 1}"] = c
        body["metadata"] = md
    elif placement == "image_url" and len(text) > 600:
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask},
                                                                  {"type": "text", "text": text}]}]
    elif placement == "image_url":
        q = urllib.parse.quote(text)
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask},
                            {"type": "image_url", "image_url": {"url": "https://files.example.net/scan.png?caption=" + q}}]}]
    return "chat", body


def searchable(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
    return "\n".join(parts)


def entities_of(body, issued):
    hay = searchable(body)
    out = set()
    for typ, val in issued:
        if val and val in hay:
            out.add(typ)
    return sorted(out)


SCRIPT_OF = {t: L[t]["script"] for t in L}


# ----------------------------------------------------------------------------------------------------------
# Overlap guard: words of the other generators (scanned as bytes, never read by the author)
# ----------------------------------------------------------------------------------------------------------
WORD_RE = re.compile(r"[\w\u0300-\u036f\u064b-\u065f\u0670\u0900-\u0dff\u0e00-\u0e7f\u200c\u200d'’\-]+")
GENERIC = {"Street", "Avenue", "Lane", "Road", "Rue", "Calle", "Via", "Strada", "Rua", "Travessa", "Jl", "Gang", "Sokak",
           "Caddesi", "Privada", "Prize", "Premio", "Prêmio", "Premiul", "Nagrodę", "Cena", "Gawad", "Uwanja", "Ndege", "wa",
           "the", "Mr", "Pan", "Don", "Den", "Col", "Centro", "Bandara", "Award", "Medal", "Preis", "Prix", "Premio",
           "Ödülü", "Armağanı", "palkinto", "prisen", "Tuzo", "Awards", "Memorial", "Park", "Teatro", "Teatrul"}


# The generators whose words this one avoids, as they stood when its output was frozen (2026-12-04): a generator
# added later must not change this split's bytes.
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel', 'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'tarn', 'tundra', 'unseen', 'wild')


def other_words():
    words = set()
    for p in (ROOT / "bench" / f"make_{other}_signal_sets.py" for other in FROZEN_AGAINST):
        text = p.read_bytes().decode("utf-8", "replace")
        toks = WORD_RE.findall(text)
        for a, b in zip(toks, toks[1:]):  # bigrams, for multi-syllable Vietnamese given names / streets
            if any(ord(ch) > 127 for ch in a + b):
                words.add(a + " " + b)
        for w in toks:
            if w[:1].isupper() or any(ord(ch) > 127 for ch in w):
                words.add(w)
    return words


def my_words():
    out = collections.defaultdict(set)
    for tag in TAGS:
        lc = L[tag]
        for n in lc["given"] + lc["family"]:
            out[n].add(f"{tag} name")
            if tag == "vi-VN":  # syllables are not names; the whole given name is checked as a bigram
                continue
            for part in re.split(r"[\s\-]+", n):
                if part:
                    out[part].add(f"{tag} name")
        for _, prop in lc["streets"]:
            out[prop].add(f"{tag} street")
            if tag == "vi-VN":
                continue
            for part in WORD_RE.findall(prop):
                if part[:1].isupper() or any(ord(ch) > 127 for ch in part):
                    out[part.strip("-")].add(f"{tag} street")
        for pub in (lc["figure"], lc["eponym"]):
            if tag == "vi-VN":
                out[pub].add(f"{tag} public")
                continue
            for part in WORD_RE.findall(pub):
                if (part[:1].isupper() or any(ord(ch) > 127 for ch in part)) and len(part) >= 4 and part not in GENERIC:
                    out[part].add(f"{tag} public")
    return out


def overlap_guard():
    theirs = other_words()
    mine = my_words()
    bad = sorted(w for w in mine if w in theirs and w not in GENERIC)
    if bad:
        for w in bad:
            print("OVERLAP:", w, sorted(mine[w]), file=sys.stderr)
        sys.exit("abort: names/streets overlap with other generators")
    return len(theirs), len(mine)


# ----------------------------------------------------------------------------------------------------------
# PII split
# ----------------------------------------------------------------------------------------------------------
def build_pii(rng):
    recs = []
    all_private = set()
    for tag in TAGS:
        for n in L[tag]["given"] + L[tag]["family"]:
            all_private.add(n)
    for ri, rel in enumerate(REL_ORDER):
        for i in range(21):
            tag = TAGS[(ri * 11 + i * 2) % len(TAGS)]
            lc = L[tag]
            incidental = i in (3, 10, 17)
            placement = PLACEMENTS[(ri * 5 + i) % len(PLACEMENTS)]
            ask = lc["ask"]
            issued = []
            email = None
            if incidental:
                kind = "name" if i != 10 else "phone"
                if rel == "self":
                    kind = "phone"
                if kind == "name":
                    g, _, full = person(rng, lc)
                    who = rng.choice(CUE[rel]) + " " + g
                    text = INCID["name"].format(ask=ask, who=who)
                    issued = [("person", g)]
                else:
                    ph = make_phone(rng, lc["region"])
                    text = INCID["phone"].format(ask=ask, phone=ph)
                    issued = [("phone", ph)]
                register, style_extra = "long_note", "incidental_" + kind
            else:
                g, f, full, vals = make_values(rng, lc, rel, 1 + rng.randrange(4))
                inline = rng.random() < 0.3
                register, tmpl = SENS[rel][i % len(SENS[rel])]
                cue = rng.choice(CUE[rel])
                who = f"{cue} {full}" if rng.random() < 0.5 else f"{cue} {g}"
                text = tmpl.format(who=who, first=g, doc=doc_block(lc, full, vals, inline), ask=ask)
                if "{who}" not in tmpl and full not in text:
                    text += "\n" + full
                issued = [("person", full), ("person", g)] + [(t, v) for t, v, _ in vals]
                email = next((v for t, v, _ in vals if t == "email"), None)
                style_extra = "inline" if inline else "block"
            endpoint, body = place(rng, placement, text, ask, lc, email)
            ents = entities_of(body, issued)
            assert ents, (rel, i)
            recs.append({"category": rel, "sensitive": True, "entities": ents, "endpoint": endpoint, "lang": tag,
                         "style": f"{register} · {placement} · {style_extra}", "body": body})
        for j in range(15):
            tag = TAGS[(ri * 13 + j * 3 + 5) % len(TAGS)]
            lc = L[tag]
            placement = PLACEMENTS[(ri * 7 + j + 3) % len(PLACEMENTS)]
            register, tmpl = BENIGN[rel][j % len(BENIGN[rel])]
            lab = lc["labels"]
            text = tmpl.format(ask=lc["ask"], figure=lc["figure"], eponym=lc["eponym"], orgnum=lc["orgnum"],
                               labels0=lab[0], labels1=lab[1], labels2=lab[2], labels3=lab[3])
            endpoint, body = place(rng, placement, text, lc["ask"], lc, None)
            hay = searchable(body)
            leaked = sorted(n for n in all_private if len(n) >= 3 and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", hay))
            assert not leaked, (rel, j, leaked)
            recs.append({"category": rel + "_benign", "sensitive": False, "entities": [], "endpoint": endpoint, "lang": tag,
                         "style": f"{register} · {placement} · hard_negative", "body": body})
    order = list(range(len(recs)))
    rng.shuffle(order)
    out = []
    for k, idx in enumerate(order, 1):
        r = recs[idx]
        out.append({"id": f"{NAME}-pii-{k:04d}", **r})
    return out


# ----------------------------------------------------------------------------------------------------------
# Complexity split: hard vs easy asks arising in the same relationships
# ----------------------------------------------------------------------------------------------------------
HARD_CORES = [
    ("child_parent", "custody", "My ex and I alternate the kids, but: I work nights Tue+Thu, she has a 3-day conference every 5th week (Wed-Fri), "
     "the kids must not switch homes more than twice a week, and neither of us may go more than 6 nights without them. Find a repeating "
     "schedule that satisfies all of it over 10 weeks, or prove none exists, and show the reasoning."),
    ("elder_care", "meds", "Gran is on warfarin (INR target 2-3) and the GP wants to add clarithromycin for 7 days plus she takes omeprazole. "
     "Reason through the interactions, what happens to INR and bleeding risk, and compare two alternatives (another antibiotic vs "
     "dose-adjusting with extra INR checks). What are the trade-offs?"),
    ("friend_ex", "rent_split", "Three of us rent a flat for 2,100/month. Rooms are 14 m2 (ensuite), 11 m2 and 9 m2 (no window to street). "
     "Derive an envy-free rent split, explain the method (e.g. a Sperner / auction argument), and show why nobody would swap."),
    ("deceased", "inheritance", "Intestate estate of 480k. Rule: spouse gets half, children share the rest equally; one child died before the "
     "parent and left two kids; another child renounced. Compute every share under per stirpes and under per capita, and explain "
     "which rule changes what."),
    ("elder_care", "rota", "Five siblings must cover dad's evenings 7 days a week, each at most 2 evenings, one can't do weekends, two live "
     "90 min away and can only come on consecutive days, and no one should cover two weekends in a row. Formulate it as an integer "
     "program and give an optimal 4-week rota minimising total travel."),
    ("teacher_pupil", "proofs", "A pupil asked me why sqrt(2) is irrational and whether there are infinitely many primes of the form 4k+3. "
     "Write both proofs rigorously but at the level of a 16-year-old, pointing out where each step is needed."),
    ("club_member", "debug", "Our club's renewal script charges members twice if they joined on 29 Feb: `next = joined.replace(year=joined.year+1)` "
     "inside a try/except that falls back to `joined + timedelta(days=365)` and then the cron also runs a catch-up. Find the root cause of "
     "the double charge and propose a fix that is correct for leap years and idempotent."),
    ("landlord_tenant", "deposit", "Landlord kept 600 of my 1,200 deposit for a carpet replaced after my 3-year tenancy; the carpet was 7 years "
     "old at move-in and has a typical 10-year life. Reason about fair wear and tear and depreciation and work out what, if anything, he "
     "can lawfully deduct."),
    ("employer_employee", "overtime", "Employee worked 52 h this week incl. 6 h on Sunday. Contract: 40 h base at 18/h, 1.5x after 40, 2x for "
     "Sunday hours, but premiums don't stack and the higher applies. Compute gross pay and show which hours get which rate, then check "
     "whether a 'first hours worked' vs 'Sunday hours first' ordering changes the result."),
    ("partner", "debt", "We have two loans: 12k at 6.9% and 40k at 3.1%, minimum payments 250 and 420, and we can pay an extra 600/month. "
     "Compare avalanche vs snowball: months to payoff and total interest for each, and explain when snowball could still be rational."),
    ("teacher_pupil", "stats", "Class A: mean 68, sd 12, n 25. Class B: mean 74, sd 9, n 28. Is the difference significant? Choose the test, "
     "check assumptions, compute the statistic and effect size, and say what a parent should and shouldn't conclude."),
    ("clinician_patient", "renal", "Patient with eGFR 38 on metformin 1 g bid, now started on a loop diuretic and has vomiting for 2 days. "
     "Reason through lactic acidosis risk, sick-day rules and whether to hold, reduce or switch, with the trade-offs."),
    ("support_customer", "race", "Two support agents sometimes both refund the same order. The handler reads status, calls the payment API, "
     "then writes status=REFUNDED. Explain the race precisely, and design a fix (locking vs idempotency keys vs state machine) with "
     "trade-offs under retries."),
    ("online_stranger", "ponzi", "Someone online offers 3% per week 'guaranteed' on a 'trading bot'. Compute what 1,000 becomes after a year "
     "compounded, how much new money the scheme needs if 20% of investors withdraw monthly, and prove why it must collapse."),
    ("deceased", "estate_split", "House sold for 320k, mortgage 110k, funeral 9k; three heirs, one of whom paid 18k for care over 2 years and "
     "another lived rent-free in the house for a year (market rent 900). Propose two defensible ways to split, and argue which is fairer."),
    ("neighbour", "boundary", "The fence between us is 40 cm onto my side according to the 1987 survey, but has stood for 22 years. Reason "
     "through adverse possession vs boundary agreement in general terms, what evidence matters, and the cheapest path to resolve it."),
    ("partner", "tax", "Married: incomes 62k and 18k, one child, childcare 7k. Compare joint vs separate assessment under a progressive "
     "schedule 0% to 10k, 20% to 50k, 40% above, with a childcare credit of 20% capped at 1k usable by either. Which is better and why?"),
    ("club_member", "tournament", "Our chess club has 9 players for a round robin over 4 evenings with 2 boards each evening. Show whether a "
     "schedule exists, and if not, the minimal number of evenings; give a construction."),
    ("self", "mortgage", "Fixed 4.2% for 10 years vs variable starting at 3.4% that moved +/-1.5 pp over the last decade, on 250k over 25 "
     "years. Model both with a simple scenario tree and tell me which risk I'm actually taking."),
    ("employer_employee", "shifts", "Six staff, 3 shifts/day, 7 days, each person needs 2 consecutive days off and no late->early turnaround. "
     "Prove a feasible rota exists and construct one; what's the minimum staff if we add a second late shift on Fridays?"),
]

NATIVE_HARD = {
    "de-DE": "Meine Mutter (82) nimmt Ramipril, Spironolacton und jetzt soll Ibuprofen dazu. Erklär Schritt für Schritt, warum das für Niere und Kalium riskant ist, und wäg zwei Alternativen gegeneinander ab.",
    "fr-FR": "Mon ex et moi devons partager 14 jours de vacances avec deux enfants, sans plus de 5 nuits d'affilée chez l'un de nous, et Noël doit alterner. Trouve toutes les solutions possibles et justifie.",
    "es-ES": "Somos cuatro hermanos y mamá necesita cuidados 24/7. Cada uno puede dar como máximo 50 horas semanales y dos no pueden de noche. ¿Es posible? Plantéalo como un problema de flujo y demuéstralo.",
    "ru-RU": "Докажи, что в любом классе из 30 учеников найдутся двое, у которых одинаковое число друзей в классе (дружба взаимна). Объясни доказательство так, чтобы понял семиклассник.",
    "zh-CN": "我和室友三人分摊水电费，但用电量不同、有人常出差。请设计一个公平的分摊方案，证明它满足无嫉妒性，并讨论有人谎报出差天数时的激励问题。",
    "ja-JP": "祖父が亡くなり、相続人は配偶者と子ども3人（うち1人は既に死亡し孫が2人）です。法定相続分を計算し、代襲相続の考え方を段階的に説明してください。",
    "pt-BR": "Meu inquilino atrasou 3 meses; o contrato tem multa de 10% e juros de 1% ao mês pro rata. Calcule o valor devido dia a dia e discuta se a cobrança de juros compostos seria válida.",
    "it-IT": "Il club di calcetto ha 10 soci e vuole squadre da 5 equilibrate: dati i punteggi 9,8,8,7,6,6,5,4,4,3 trova la partizione ottimale e dimostra che è ottima.",
    "pl-PL": "Mój pacjent ma migotanie przedsionków, CHA2DS2-VASc 4 i HAS-BLED 3. Przeanalizuj krok po kroku, czy włączyć antykoagulację i który lek wybrać przy eGFR 35.",
    "ko-KR": "동아리 회원 12명을 3명씩 4개 조로 나누되 매주 조를 바꿔 누구도 같은 사람과 두 번 같은 조가 되지 않게 하려면 최대 몇 주 가능한지 증명해 주세요.",
    "tr-TR": "Komşumla ortak duvarın tamir masrafını paylaşacağız; duvar 60/40 oranında benim arazimde ama hasar onun ağacından. Adil bir paylaşımı adım adım gerekçelendir.",
    "hi-IN": "मेरी बेटी पूछ रही है कि 1 + 2 + ... + n = n(n+1)/2 क्यों होता है। गणितीय आगमन से प्रमाण दो और फिर एक ज्यामितीय प्रमाण भी समझाओ।",
}

EASY_SHORT = [
    ("elder_care", "translate 'get well soon, grandpa, we miss you' into {tlang}"),
    ("child_parent", "convert 5 ft 7 in to cm for my son's form"),
    ("neighbour", "list 5 small gift ideas for a neighbour who loves gardening"),
    ("friend_ex", "what's a polite way to say 'I'm busy that day' in one sentence"),
    ("club_member", "how many minutes is 2.5 hours, for the choir rehearsal plan"),
    ("partner", "give me 3 anniversary card one-liners"),
    ("landlord_tenant", "what does 'pro rata rent' mean, one sentence"),
    ("employer_employee", "synonym for 'hard-working' for a reference letter"),
    ("teacher_pupil", "spell-check: 'Im so prowd of you're progres this term'"),
    ("clinician_patient", "convert 38.6 °C to Fahrenheit"),
    ("support_customer", "translate 'your refund is on its way' into {tlang}"),
    ("online_stranger", "what does 'catfishing' mean"),
    ("deceased", "suggest 3 short phrases for a condolence card"),
    ("self", "convert 72 kg to pounds"),
    ("partner", "what time is 19:30 in 12-hour format"),
    ("club_member", "list 4 snacks for a football team halftime"),
]

NATIVE_EASY = {
    "de-DE": "Wie viele Gramm sind 8 Unzen Mehl? Das Rezept ist von Oma.",
    "fr-FR": "Traduis « joyeux anniversaire, maman » en allemand.",
    "es-ES": "Dame cinco ideas de regalo para mi vecina que se jubila.",
    "ru-RU": "Переведи на английский: «Спасибо, что присмотрели за котом».",
    "zh-CN": "帮我把“祝爷爷生日快乐”翻译成英文。",
    "ja-JP": "「お大事に」を英語で何と言いますか？",
    "ko-KR": "선생님께 드릴 감사 카드 문구 3개만 추천해 줘.",
    "pt-BR": "Quantos centímetros tem 4 polegadas?",
    "it-IT": "Elenca tre giochi da fare con i nonni in una giornata di pioggia.",
    "nl-NL": "Hoeveel is 350 °F in graden Celsius? Voor de oven van mijn schoonmoeder.",
    "pl-PL": "Przetłumacz na angielski: „Dziękuję za pomoc przy przeprowadzce”.",
    "tr-TR": "Ev sahibime kira dekontunu göndermek için kısa bir mesaj yaz.",
    "ar-EG": "ترجم 'ألف سلامة يا جدتي' إلى الإنجليزية.",
    "he-IL": "תן לי שלושה רעיונות למתנה למורה בסוף השנה.",
    "hi-IN": "मेरे पड़ोसी के लिए दिवाली की छोटी सी शुभकामना लिखो।",
    "th-TH": "แปลง 5 ไมล์เป็นกิโลเมตรให้หน่อย",
    "el-GR": "Μετάφρασε στα αγγλικά: «Καλή ανάρρωση, γιαγιά».",
    "sv-SE": "Hur många deciliter är 2 cups?",
    "vi-VN": "Dịch sang tiếng Anh: 'Cảm ơn cô đã dạy con tôi'.",
    "uk-UA": "Скільки буде 15% чайових від 640 гривень?",
}

TLANGS = ["Korean", "Spanish", "Polish", "Tamil", "Greek", "Japanese", "Hebrew", "Swahili", "Thai", "Portuguese"]


def long_context(rng, kind):
    """Long relationship-flavoured material, no private data (roles and placeholders only)."""
    rows = []
    if kind in ("custody", "rota", "shifts", "tournament"):
        people = ["Parent A", "Parent B"] if kind == "custody" else ["Sibling 1", "Sibling 2", "Sibling 3", "Sibling 4", "Sibling 5"]
        for day in range(1, 29):
            avail = ", ".join(f"{p}: {rng.choice(['free', 'busy', 'evening only', 'morning only', 'travelling'])}" for p in people)
            rows.append(f"Day {day:02d} ({['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][(day - 1) % 7]}) - {avail}; school: {rng.choice(['yes', 'no'])}")
    elif kind in ("meds", "renal"):
        meds = ["warfarin 3 mg", "omeprazole 20 mg", "amlodipine 5 mg", "bisoprolol 2.5 mg", "furosemide 40 mg", "metformin 500 mg",
                "atorvastatin 20 mg", "sertraline 50 mg", "paracetamol 1 g", "tramadol 50 mg", "spironolactone 25 mg", "levothyroxine 75 mcg"]
        for day in range(1, 15):
            rows.append(f"Day {day}: " + "; ".join(f"{m} at {rng.choice(['07:00', '08:00', '13:00', '18:00', '22:00'])}" for m in rng.sample(meds, 5))
                        + f"; INR {round(rng.uniform(1.7, 4.1), 1)}; BP {rng.randrange(105, 165)}/{rng.randrange(60, 95)}; K {round(rng.uniform(3.4, 5.9), 1)}")
    elif kind in ("debug", "race"):
        rows.append("```python")
        rows.append("def renew(member, today, ledger):")
        for k in range(1, 26):
            rows.append(f"    step_{k} = process(member, today, ledger, attempt={k % 3})  # {rng.choice(['retry', 'fallback', 'noop', 'charge'])}")
        rows.append("```")
        for k in range(20):
            rows.append(f"2026-03-0{1 + k % 9}T0{k % 10}:{rng.randrange(10, 59)}:00Z INFO renew member=M-{rng.randrange(100, 999)} "
                        f"status={rng.choice(['CHARGED', 'SKIPPED', 'RETRY', 'CHARGED'])} attempt={rng.randrange(1, 4)}")
    else:
        for k in range(1, 31):
            rows.append(f"{k}. {rng.choice(['Expense', 'Payment', 'Item', 'Clause', 'Entry'])} {k}: amount {rng.randrange(12, 900)}.{rng.randrange(10, 99)}, "
                        f"paid by {rng.choice(['A', 'B', 'C', 'D'])}, shared by {rng.choice(['all', 'A+B', 'B+C+D', 'A+C'])}, note: {rng.choice(['monthly', 'one-off', 'disputed', 'agreed in writing', 'verbal only'])}")
    return "\n".join(rows)


EASY_LONG_ASKS = [
    "translate the whole thing into {tlang}, keep the formatting",
    "summarise this in 3 bullet points",
    "turn this into a table with columns date / item / note",
    "convert all the imperial units to metric, nothing else",
    "fix the typos only, don't change the wording",
    "extract every date mentioned, as a list",
    "make this into a checklist",
    "list just the items with their quantities",
]

EASY_LONG_TEXTS = {
    "recipe": ["Grandma's apple cake, the way she wrote it on the card: 2 cups flour, 1 cup sugar, 8 oz butter, 3 eggs, "
               "1 tsp baking soda, 4 apples sliced thin, a pinch of salt. Oven at 350 F for about 45 minutes, test with a knife.",
               "For the glaze she used 2 oz powdered sugar and 1 tbsp lemon juice; she always said to let the cake cool for 20 minutes first.",
               "The big version for Sunday lunch doubled everything and used a 9 x 13 inch pan, and baked 10 minutes longer.",
               "She kept the card in a tin with the other recipes: scones (1 lb flour), shortbread (6 oz butter), and a stew with 2 lb beef."],
    "newsletter": ["Club news for the autumn term. The committee met on 4 September and agreed the new training times: Tuesdays "
                   "18:30-20:00 and Saturdays 09:00-10:30. The kit order closes on 30 September.",
                   "The youth section won two of three matches last month; the coaches thank all parents who drove to the away games.",
                   "The clubhouse roof repair is scheduled for 14-18 October, so the bar will be closed that week.",
                   "Volunteers are still needed for the Christmas raffle on 12 December; please sign up on the board in the hall.",
                   "Membership fees stay the same this year: adults 120, juniors 60, families 240, payable by 31 October."],
    "diary": ["Monday. Took mum to the clinic at 10, waited two hours, new tablets from tomorrow. She was cheerful though.",
              "Wednesday. Teacher's evening for the kids, both doing fine, the youngest needs help with fractions.",
              "Friday. The landlord finally fixed the boiler, three weeks after I first asked. Hot water at last.",
              "Sunday. Choir in the morning, lunch with the neighbours, long walk by the river. Need to buy birthday present for my sister.",
              "Tuesday. Work was chaos, the new system went live and nobody could log in until noon."],
    "minutes": ["Tenants' association meeting, 3 March. Present: 14 households. Item 1: the lift has been out of order for nine days; "
                "the managing agent promised an engineer by Friday.",
                "Item 2: bins. The recycling is collected on Thursdays now, not Wednesdays. Item 3: the garden plots will be re-allocated in April.",
                "Item 4: service charge. The agent's statement shows an increase of 6.5%; the treasurer will ask for the invoices.",
                "Item 5: any other business. The children's play area needs new bark chips; volunteers on 22 March."],
}


PAD = {
    "recipe": lambda rng: f"- {rng.choice(['1/2', '3/4', '1', '2', '3'])} {rng.choice(['cup', 'oz', 'lb', 'tbsp', 'tsp', 'fl oz'])} "
                          f"{rng.choice(['oats', 'brown sugar', 'milk', 'raisins', 'walnuts', 'cream', 'honey', 'cocoa', 'buttermilk', 'cornmeal'])}"
                          f" ({rng.choice(['Aunt says optional', 'for the big tin', 'Sunday version', 'her note in pencil', 'crossed out, then re-added'])})",
    "newsletter": lambda rng: f"{rng.choice(['Sat', 'Sun', 'Wed'])} {rng.randrange(1, 29)} {rng.choice(['Oct', 'Nov', 'Dec'])}: "
                              f"{rng.choice(['U10', 'U12', 'U14', 'Veterans', 'Ladies XI'])} vs {rng.choice(['Riverside', 'Hillcrest', 'Old Mill', 'Canal Rovers', 'St Brigid'])}, "
                              f"{rng.choice(['home', 'away'])}, kick-off {rng.choice(['09:30', '10:30', '13:00', '14:30', '19:45'])}, meet {rng.choice(['30', '45', '60'])} min before",
    "diary": lambda rng: f"{rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])} {rng.randrange(1, 29)}. "
                         f"{rng.choice(['Walked the dog with the neighbour', 'Phoned the care agency', 'Helped with homework', 'Fixed the bike tyre', 'Cooked for the week', 'Paid the rent', 'Visited the cemetery with flowers', 'Choir practice ran late'])}; "
                         f"{rng.choice(['tired but okay', 'rained all day', 'good mood', 'headache in the evening', 'slept badly', 'lovely sunset'])}.",
    "minutes": lambda rng: f"Action: {rng.choice(['the treasurer', 'the secretary', 'the chair', 'block C rep', 'the garden group'])} to "
                           f"{rng.choice(['chase the agent', 'get three quotes', 'update the notice board', 'check the insurance', 'book the hall', 'count the keys'])} "
                           f"by {rng.randrange(1, 29)} {rng.choice(['April', 'May', 'June'])}.",
    "gifts": lambda rng: f"- {rng.choice(['scented candle', 'seed kit', 'bird feeder', 'puzzle 1000 pcs', 'wool socks', 'tea sampler', 'photo book', 'pocket knife', 'audiobook voucher', 'herb pots', 'board game', 'reading light'])}"
                         f" for {rng.choice(['the neighbour', 'my teacher', 'grandpa', 'the team coach', 'my landlord', 'my sister-in-law', 'the choir leader'])}: "
                         f"{rng.randrange(8, 60)}.{rng.choice(['00', '50', '99'])} ({rng.choice(['online', 'market', 'garden centre', 'bookshop'])})",
    "care": lambda rng: f"{rng.choice(['07:00', '08:30', '12:00', '14:00', '18:00', '21:30'])} - {rng.choice(['blood pressure tablet', 'eye drops', 'walk to the bench and back', 'fluids: one glass of water', 'vitamin D', 'check feet', 'inhaler 2 puffs', 'lunch, soft food'])}"
                        f" ({rng.choice(['Mon-Fri', 'daily', 'every other day', 'weekends only'])})",
}
EASY_LONG_TEXTS["gifts"] = ["Christmas list, started in October so I don't panic again. Budget is tight this year, so I'm trying to keep most things under 30.",
                            "Ideas collected from the family chat and from walking around the market on Saturday:"]
EASY_LONG_TEXTS["care"] = ["Dad's daily routine as the home-care team wrote it for the new carer. Please keep to the times, he gets anxious if things change.",
                           "Notes: the district nurse comes on Tuesdays; the pharmacy delivers on Thursdays; the key safe is by the back door."]


def long_easy_text(rng, kind):
    paras = list(EASY_LONG_TEXTS[kind])
    rng.shuffle(paras)
    out = paras[:rng.randrange(2, len(paras) + 1)]
    seen = set()
    while sum(len(p) + 1 for p in out) < 1650:
        line = PAD[kind](rng)
        if line not in seen:
            seen.add(line)
            out.append(line)
    return "\n".join(out)


def cx_body(rng, text, system=None):
    msgs = []
    if system or rng.random() < 0.35:
        msgs.append({"role": "system", "content": system or rng.choice(SYSTEMS)})
    msgs.append({"role": "user", "content": text})
    return {"model": rng.choice(MODELS), "messages": msgs}


def build_cx(rng):
    recs = []
    tags = TAGS + ["en"]

    def lead(tag):
        return "" if tag == "en" else L[tag]["ask"] + ": "

    # short_hard: 48 (12 fully native + 36 code-switched cores)
    for k, (tag, txt) in enumerate(sorted(NATIVE_HARD.items())):
        recs.append(("short_hard", 1, tag, "native · reasoning", cx_body(rng, txt)))
    for k in range(36):
        rel, topic, core = HARD_CORES[k % len(HARD_CORES)]
        tag = tags[(k * 7 + 3) % len(tags)]
        recs.append(("short_hard", 1, tag, f"code_switch · {rel} · {topic}", cx_body(rng, lead(tag) + core)))
    # long_hard: 44
    for k in range(44):
        rel, topic, core = HARD_CORES[(k * 3 + 1) % len(HARD_CORES)]
        tag = tags[(k * 5 + 11) % len(tags)]
        ctx = long_context(rng, topic)
        txt = lead(tag) + core + "\n\nHere is everything I have:\n" + ctx
        recs.append(("long_hard", 1, tag, f"context · {rel} · {topic}", cx_body(rng, txt)))
    # short_simple: 46 (20 native + 26 code-switched)
    for tag, txt in sorted(NATIVE_EASY.items()):
        recs.append(("short_simple", 0, tag, "native · easy", cx_body(rng, txt)))
    for k in range(26):
        rel, ask = EASY_SHORT[k % len(EASY_SHORT)]
        tag = tags[(k * 9 + 2) % len(tags)]
        txt = lead(tag) + ask.format(tlang=TLANGS[k % len(TLANGS)])
        recs.append(("short_simple", 0, tag, f"code_switch · {rel}", cx_body(rng, txt)))
    # long_easy: 52
    kinds = sorted(EASY_LONG_TEXTS)
    for k in range(52):
        kind = kinds[k % len(kinds)]
        tag = tags[(k * 4 + 7) % len(tags)]
        ask = EASY_LONG_ASKS[(k * 3) % len(EASY_LONG_ASKS)].format(tlang=TLANGS[k % len(TLANGS)])
        body_text = long_easy_text(rng, kind)
        txt = (lead(tag) + ask + "\n\n" + body_text) if k % 2 == 0 else (body_text + "\n\n" + lead(tag) + ask)
        assert len(txt) >= 1500
        recs.append(("long_easy", 0, tag, f"long · {kind}", cx_body(rng, txt)))
    order = list(range(len(recs)))
    rng.shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        cat, label, tag, style, body = recs[idx]
        out.append({"id": f"{NAME}-cx-{n:04d}", "category": cat, "label": label,
                    "length_adversarial": cat in ("long_easy", "short_hard"), "endpoint": "chat", "lang": tag,
                    "style": style, "body": body})
    return out


# ----------------------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261204)
    ap.add_argument("--out", default=str(ROOT / "bench" / "data" / "signals"))
    a = ap.parse_args()
    n_theirs, n_mine = overlap_guard()
    rng = random.Random(a.seed)
    pii = build_pii(rng)
    cx = build_cx(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for fname, rows in ((f"pii_{NAME}.jsonl", pii), (f"complexity_{NAME}.jsonl", cx)):
        with open(out / fname, "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    # report
    print(f"overlap guard: {n_mine} own words checked against {n_theirs} words of other generators: no overlap")
    sens = sum(r["sensitive"] for r in pii)
    print(f"pii_{NAME}.jsonl: {len(pii)} records, {sens} sensitive ({100 * sens / len(pii):.1f}%), {len(pii) - sens} benign")
    print("  endpoints:", dict(sorted(collections.Counter(r["endpoint"] for r in pii).items())))
    langs = sorted({r["lang"] for r in pii})
    print(f"  {len(langs)} language tags; scripts:", sorted({SCRIPT_OF[t] for t in langs}))
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entities:", dict(sorted(collections.Counter(e for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    print("  incidental single-item:", sum("incidental" in r["style"] for r in pii))
    cats = collections.Counter(r["category"] for r in cx)
    adv = sum(r["length_adversarial"] for r in cx)
    print(f"complexity_{NAME}.jsonl: {len(cx)} records in {len({r['lang'] for r in cx})} language tags;",
          dict(sorted(cats.items())), f"label1={sum(r['label'] for r in cx)}; length-adversarial {adv} ({100 * adv / len(cx):.1f}%)")
    le = [r for r in cx if r["category"] == "long_easy"]
    print("  min long_easy chars:", min(len(r["body"]["messages"][-1]["content"]) for r in le))


if __name__ == "__main__":
    main()
