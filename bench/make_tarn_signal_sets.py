#!/usr/bin/env python3
"""Tarn: an independent evaluation split for the request signals, organised by the DOCUMENT FORMAT the data sits in.

Writes bench/data/signals/pii_tarn.jsonl and bench/data/signals/complexity_tarn.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages; the record format came from the first 70 lines (docstring) of the delta
    generator and `head -n 2` of the delta jsonl files. The other generators were not read: their sources are
    only scanned automatically (regex over their bytes) for capitalised / non-ASCII words. At run time the own
    pools are cut to the names whose words, streets and historical names that as whole strings, are NOT in
    that set (deterministic, order kept; abort if a pool runs empty), and the issuable pools are re-checked
    (abort on any overlap). The output therefore is fixed as long as the other generators are.

Organising principle
    By the DOCUMENT FORMAT the personal data is pasted or attached in: CSV/TSV exports, server and
    application log lines, HTML pages/forms, Markdown tables, YAML/TOML/INI configs, SQL INSERT dumps, raw
    RFC 5322 e-mail headers, vCard, iCalendar invites, JSON API responses, git diffs / blame, SRT subtitles,
    LaTeX letters, spreadsheet cells with formulas, HL7 v2 / FHIR-like XML, SEPA pain.001-like XML.
    Each format has sensitive records (category ``<format>``) and hard negatives in the SAME format
    (category ``<format>_benign``): schemas and blank templates with placeholders, documentation example
    values, public / historical / fictional persons, anonymised dumps, generic mailboxes and switchboards,
    order / ticket / tracking numbers, hashes, versions, coordinates. The data language rotates over 39
    locales in 12 scripts (own name / street lists per locale, no Faker names; the writer's short native intro
    line precedes most asks); the artifact travels in a request field chosen by rotation (user / system /
    assistant / tool messages, tool-call arguments, text and base64 file parts, response_format schema,
    ``user``, ``metadata`` with ``store: true``, legacy completions ``prompt``).
    Complexity records ask ABOUT such artifacts: parse / convert / summarise / extract / count (easy, also
    with very long pasted artifacts) versus debug a root cause, design a schema migration with trade-offs,
    prove a query correct, reason about concurrency or compliance (hard, also in very short asks).

Labels
    ``entities`` lists every personal-data type present anywhere in the body, computed by searching the
    serialised body (file parts decoded, URLs unquoted) for every value the record issued. ``ssn`` = US SSN
    only; other citizen numbers NATIONAL_ID; taxpayer numbers TAX_ID; NHS / social-insurance numbers
    HEALTH_INSURANCE; hospital record numbers MEDICAL_RECORD; US routing + account US_BANK_NUMBER.
    ``sensitive`` is true exactly when entities is non-empty (asserted). Complexity: label 1 = hard.

Contents (seed 20261204; the run prints all counts)
    pii_tarn.jsonl: 496 requests (451 chat, 45 completions) in 39 language tags / 12 scripts; 16 formats x 31
    (18 sensitive + 13 benign each: 288 sensitive (58.1%) / 208 benign); 60 sensitive ones carry a single
    incidental item (often buried in a harmless artifact); benign kinds: anonymised 38, docs 41, placeholder 39,
    public 41, records 49; 11 placements x ~45. Entities: person 231, email 221, phone 176, NATIONAL_ID 96,
    IP_ADDRESS 80, STREET_ADDRESS 79, DATE_OF_BIRTH 71, MEDICAL_RECORD 60, credit_card 51, TAX_ID 26, iban 19,
    PASSPORT 8, HEALTH_INSURANCE 6, ssn 2, DRIVER_LICENSE 1, US_BANK_NUMBER 1.
    complexity_tarn.jsonl: 190 chat requests in 36 language tags: short_simple 46, long_easy 54 (>= 1,500
    chars), short_hard 48, long_hard 42; 102 (54%) length-adversarial, 90 labelled 1.

Validation
    National / tax / health ids, IBANs, card numbers, SSNs and routing numbers are generated and then
    validated with python-stdnum; every phone number is validated with ``phonenumbers``; public IPs are
    checked to be global and outside the documentation ranges. The run aborts on any invalid value.

Command (byte-reproducible across PYTHONHASHSEED)
    cd /work/main && .venv/bin/python bench/make_tarn_signal_sets.py [--seed 20261204] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import hashlib
import importlib
import ipaddress
import json
import pathlib
import random
import re
import sys
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn

NAME = "tarn"
ROOT = pathlib.Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------
# Locales: own lists of names (native|romanised), streets, cities; phone region; national-id kinds.
# ----------------------------------------------------------------------------------------------------------
# fields: tag, script, region, given, family, streets, city, postcode, address-format, id kinds, mail domain,
#         intro phrase (native), labels (name, phone, address, birth)
L = {}


def loc(tag, script, region, given, family, streets, cities, addr, ids, domain, intro, labels, iban_cc=None):
    L[tag] = dict(tag=tag, script=script, region=region, given=given, family=family, streets=streets,
                  cities=cities, addr=addr, ids=ids, domain=domain, intro=intro, labels=labels, iban_cc=iban_cc)


loc("en-US", "Latin", "US", ["Dakota", "Rhiannon", "Tobias", "Marisol", "Quentin"],
    ["Pettigrew", "Haverford", "Okonkwo", "Lindqvist", "Brannigan"],
    ["Juniper Hollow Rd", "Saddlebrook Ln", "Tamarack Ct"], [("Boise", "ID 83702"), ("Dayton", "OH 45409")],
    "{n} {s}, {c}, {p}", ["ssn", "us_bank", "dl_us"], "fastmail.com", "ok here's the file", ("name", "phone", "address", "dob"))
loc("en-GB", "Latin", "GB", ["Imogen", "Rhys", "Cerys", "Alasdair", "Tamsin"],
    ["Fothergill", "Penhaligon", "Ashworth-Bligh", "Trevelyan", "Dunstable"],
    ["Larkspur Close", "Wexcombe Gardens", "Ferrier Mews"], [("Swindon", "SN2 1QE"), ("Carlisle", "CA1 2HF")],
    "{n} {s}, {c} {p}", ["nhs", "nino_skip"], "btinternet.com", "cheers, file below", ("name", "phone", "address", "dob"), "GB")
loc("en-ZA", "Latin", "ZA", ["Thandeka", "Sipho", "Lerato", "Pieter", "Naledi"],
    ["Mahlangu", "van Rensburg", "Ngcobo", "Dlamini-Roux", "Botha-Khumalo"],
    ["Protea Crescent", "Jacaranda Ave", "Kloof Nek Rd"], [("Pretoria", "0081"), ("Gqeberha", "6001")],
    "{n} {s}, {c}, {p}", ["za"], "webmail.co.za", "sharp, see below", ("name", "cell", "address", "dob"))
loc("de-DE", "Latin", "DE", ["Henrike", "Wolfram", "Lieselotte", "Jannik", "Gesine"],
    ["Kettenbach", "Wiesmeier", "Rohrbeck", "Sauerwein", "Pfisterer"],
    ["Hagebuttenweg", "Am Lindenanger", "Tulpenfeldstraße"], [("Bamberg", "96047"), ("Gießen", "35390")],
    "{s} {n}, {p} {c}", ["de_idnr", "passport_de"], "posteo.de", "Hier der Export:", ("Name", "Telefon", "Anschrift", "Geburtsdatum"), "DE")
loc("fr-FR", "Latin", "FR", ["Solène", "Baptiste", "Maëlys", "Gaspard", "Ombeline"],
    ["Lacombe-Viard", "Ferrandou", "Quéméneur", "Brassac", "Delaunoy"],
    ["rue des Tanneurs", "allée des Glycines", "impasse du Moulin-Vert"], [("Angers", "49100"), ("Pau", "64000")],
    "{n} {s}, {p} {c}", ["fr_nir"], "laposte.net", "Voici le fichier :", ("Nom", "Téléphone", "Adresse", "Date de naissance"), "FR")
loc("es-ES", "Latin", "ES", ["Itziar", "Fermín", "Remedios", "Ginés", "Ainhoa"],
    ["Zubizarreta", "Olmedilla", "Carrasquer", "Beltrán de Lis", "Garrigós"],
    ["calle del Almendro", "avenida de los Olivos", "plaza de la Alhóndiga"], [("Cuenca", "16002"), ("Lugo", "27001")],
    "{s}, {n}, {p} {c}", ["es_dni"], "telefonica.net", "Te paso el archivo:", ("Nombre", "Teléfono", "Dirección", "Fecha de nacimiento"))
loc("es-CL", "Latin", "CL", ["Javiera", "Benjamín", "Antonella", "Matías", "Catalina"],
    ["Huenchumilla", "Ortúzar", "Pizarro-Lagos", "Cifuentes", "Manquilef"],
    ["pasaje Los Copihues", "calle Ñuble", "avenida Las Araucarias"], [("Temuco", "4780000"), ("Valdivia", "5090000")],
    "{s} {n}, {c}", ["cl_rut"], "vtr.net", "Acá va el archivo po:", ("Nombre", "Fono", "Dirección", "Fecha nac."))
loc("it-IT", "Latin", "IT", ["Ludovica", "Ettore", "Benedetta", "Arnaldo", "Ginevra"],
    ["Scarpellini", "Dall'Olio", "Brambati", "Ferraguti", "Squarzoni"],
    ["via dei Carradori", "vicolo del Pozzo", "viale dei Tigli"], [("Rovigo", "45100"), ("Cremona", "26100")],
    "{s} {n}, {p} {c}", ["it_cf"], "libero.it", "Ecco il file:", ("Nome", "Telefono", "Indirizzo", "Data di nascita"), "IT")
loc("pt-BR", "Latin", "BR", ["Iracema", "Thiago", "Luana", "Cauã", "Rosângela"],
    ["Albuquerque Neto", "Sampaio", "Quintanilha", "Bezerra", "Nogueira Paes"],
    ["Rua das Jabuticabeiras", "Travessa do Catete", "Avenida Ipiranga Velha"], [("Londrina", "86010-190"), ("Maceió", "57035-160")],
    "{s}, {n} - {c}, {p}", ["br_cpf"], "uol.com.br", "Segue o arquivo:", ("Nome", "Celular", "Endereço", "Nascimento"))
loc("nl-NL", "Latin", "NL", ["Femke", "Joost", "Marloes", "Sjoerd", "Ilse"],
    ["van Wijngaarden", "Brouwershaven", "Terpstra", "de Kuyper", "Hoogeveen"],
    ["Kastanjelaan", "Zwanenburgwal-Oost", "Meidoornstraat"], [("Zwolle", "8011 AB"), ("Leeuwarden", "8911 BK")],
    "{s} {n}, {p} {c}", ["nl_bsn"], "ziggo.nl", "Hierbij het bestand:", ("Naam", "Telefoon", "Adres", "Geboortedatum"), "NL")
loc("pl-PL", "Latin", "PL", ["Bożena", "Przemysław", "Jadwiga", "Wiesław", "Zuzanna"],
    ["Grzybowska", "Wróblewski", "Szczepaniak", "Kołodziej", "Pietruszka"],
    ["ul. Jarzębinowa", "ul. Kasztanowa", "al. Wierzbowa"], [("Rzeszów", "35-001"), ("Opole", "45-011")],
    "{s} {n}, {p} {c}", ["pl_pesel"], "wp.pl", "Przesyłam plik:", ("Imię i nazwisko", "Telefon", "Adres", "Data urodzenia"), "PL")
loc("sv-SE", "Latin", "SE", ["Ingegerd", "Torbjörn", "Linnéa", "Östen", "Signe"],
    ["Bergqvist", "Åkesson", "Lönnroth", "Hägglund", "Sandelin"],
    ["Lingonstigen", "Björkvägen", "Runebergsgatan"], [("Umeå", "903 26"), ("Växjö", "352 30")],
    "{s} {n}, {p} {c}", ["se_pnr"], "telia.com", "Här är filen:", ("Namn", "Telefon", "Adress", "Födelsedatum"), "SE")
loc("da-DK", "Latin", "DK", ["Birthe", "Mogens", "Sigrid", "Esben", "Karoline"],
    ["Kjærsgaard", "Thygesen", "Bisgaard", "Hvidtfeldt", "Munksgaard"],
    ["Hyldebærvej", "Skovbrynet", "Æblehaven"], [("Aalborg", "9000"), ("Vejle", "7100")],
    "{s} {n}, {p} {c}", ["dk_cpr"], "jubii.dk", "Her er filen:", ("Navn", "Telefon", "Adresse", "Fødselsdato"), "DK")
loc("nb-NO", "Latin", "NO", ["Solveig", "Eirik", "Ragnhild", "Håkon", "Tuva"],
    ["Fjeldstad", "Haugland", "Skjæveland", "Rønningen", "Aasheim"],
    ["Bjørkeveien", "Fjellstien", "Granlia"], [("Tromsø", "9008"), ("Bodø", "8006")],
    "{s} {n}, {p} {c}", ["no_fnr"], "online.no", "Her er fila:", ("Navn", "Telefon", "Adresse", "Fødselsdato"), "NO")
loc("fi-FI", "Latin", "FI", ["Aino", "Veikko", "Kerttu", "Olli-Pekka", "Siiri"],
    ["Räsänen", "Kivimäki", "Heikkilä-Oja", "Nurmela", "Pesonen"],
    ["Kuusitie", "Pihlajakatu", "Mäntyrinne"], [("Jyväskylä", "40100"), ("Kuopio", "70100")],
    "{s} {n}, {p} {c}", ["fi_hetu"], "elisanet.fi", "Tässä tiedosto:", ("Nimi", "Puhelin", "Osoite", "Syntymäaika"), "FI")
loc("tr-TR", "Latin", "TR", ["Gülsüm", "Oğuzhan", "Şebnem", "Kıvanç", "Nurhan"],
    ["Karakoç", "Yazıcıoğlu", "Bozkurtlu", "Eroğlu", "Kalaycı"],
    ["Menekşe Sokak", "Çınaraltı Caddesi", "Lale Sokak"], [("Eskişehir", "26010"), ("Trabzon", "61030")],
    "{s} No:{n}, {p} {c}", ["tr_tc"], "ttmail.com", "Dosya aşağıda:", ("Ad Soyad", "Telefon", "Adres", "Doğum tarihi"), "TR")
loc("cs-CZ", "Latin", "CZ", ["Zdeňka", "Bořivoj", "Radka", "Vítězslav", "Ludmila"],
    ["Dvořáček", "Kratochvílová", "Šťastný", "Procházková", "Vondruška"],
    ["Jasanová", "Pod Lipami", "Třešňová"], [("Olomouc", "779 00"), ("Jihlava", "586 01")],
    "{s} {n}, {p} {c}", ["cz_rc"], "seznam.cz", "Posílám soubor:", ("Jméno", "Telefon", "Adresa", "Datum narození"))
loc("ro-RO", "Latin", "RO", ["Ioana", "Mircea", "Smaranda", "Dorin", "Anca"],
    ["Dumitrescu-Pop", "Vlăduțu", "Stoica", "Bărbulescu", "Cojocaru"],
    ["Strada Teiului", "Aleea Zorilor", "Strada Măceșului"], [("Sibiu", "550024"), ("Iași", "700259")],
    "{s} nr. {n}, {c} {p}", ["ro_cnp"], "yahoo.ro", "Vă trimit fișierul:", ("Nume", "Telefon", "Adresă", "Data nașterii"), "RO")
loc("hr-HR", "Latin", "HR", ["Jasna", "Tihomir", "Vesna", "Krunoslav", "Dubravka"],
    ["Kovačević-Ban", "Jurišić", "Matijević", "Perković", "Zrinšćak"],
    ["Ulica lipa", "Ulica kestena", "Put maslina"], [("Zadar", "23000"), ("Osijek", "31000")],
    "{s} {n}, {p} {c}", ["hr_oib"], "t-com.hr", "Evo datoteke:", ("Ime", "Telefon", "Adresa", "Datum rođenja"), "HR")
loc("ms-MY", "Latin", "MY", ["Nurul Aina", "Hafiz", "Siti Khadijah", "Azlan", "Farhana"],
    ["binti Rosli", "bin Kamarudin", "binti Zulkifli", "bin Hashim", "binti Ismail"],
    ["Jalan Cempaka", "Lorong Kenanga", "Jalan Melur"], [("Ipoh", "30450"), ("Kuantan", "25200")],
    "{n}, {s}, {p} {c}", ["my_nric"], "yahoo.com.my", "Ini failnya:", ("Nama", "Telefon", "Alamat", "Tarikh lahir"))
loc("id-ID", "Latin", "ID", ["Wulan", "Bagus", "Ratih", "Yudhistira", "Kartika"],
    ["Setiawan", "Wibisono", "Purnamasari", "Hadiwijaya", "Sulistyo"],
    ["Jl. Kenari", "Jl. Flamboyan", "Gg. Mawar"], [("Semarang", "50241"), ("Malang", "65145")],
    "{s} No. {n}, {c} {p}", ["id_nik"], "gmail.com", "Ini filenya:", ("Nama", "Telepon", "Alamat", "Tanggal lahir"))
loc("vi-VN", "Latin", "VN", ["Thảo", "Khang", "Ngọc Hân", "Tuấn Kiệt", "Mai Anh"],
    ["Nguyễn Thị", "Trần Văn", "Lê Hoàng", "Phạm Minh", "Võ Thị"],
    ["đường Lê Lợi", "hẻm 42 Phan Đình Phùng", "đường Hoa Sữa"], [("Huế", "530000"), ("Cần Thơ", "900000")],
    "{n} {s}, {c}", ["vn_mst"], "gmail.com", "File đây nhé:", ("Họ tên", "Điện thoại", "Địa chỉ", "Ngày sinh"))
loc("ru-RU", "Cyrillic", "RU", ["Ульяна|uliana", "Всеволод|vsevolod", "Зинаида|zinaida", "Ярослав|yaroslav", "Таисия|taisiya"],
    ["Колокольцева|kolokoltseva", "Громыко|gromyko", "Верещагин|vereshchagin", "Сухорукова|sukhorukova", "Ладыгин|ladygin"],
    ["ул. Рябиновая", "ул. Черёмуховая", "пер. Кленовый"], [("Казань", "420021"), ("Томск", "634050")],
    "{p}, г. {c}, {s}, д. {n}", ["ru_inn", "passport_ru"], "yandex.ru", "Вот файл:", ("ФИО", "Телефон", "Адрес", "Дата рождения"))
loc("uk-UA", "Cyrillic", "UA", ["Оксана|oksana", "Богдан|bohdan", "Соломія|solomiia", "Тарас|taras", "Ярина|yaryna"],
    ["Ковальчук|kovalchuk", "Гнатюк|hnatiuk", "Мельничук|melnychuk", "Стецько|stetsko", "Бондарук|bondaruk"],
    ["вул. Калинова", "вул. Вишнева", "пров. Ясеновий"], [("Вінниця", "21001"), ("Полтава", "36000")],
    "{s}, {n}, м. {c}, {p}", ["ua_rntrc"], "ukr.net", "Ось файл:", ("ПІБ", "Телефон", "Адреса", "Дата народження"))
loc("bg-BG", "Cyrillic", "BG", ["Радостина|radostina", "Стоян|stoyan", "Десислава|desislava", "Пламен|plamen", "Виолета|violeta"],
    ["Тодорова|todorova", "Кирязов|kiryazov", "Пеева|peeva", "Шишков|shishkov", "Ганчева|gancheva"],
    ["ул. Зюмбюл", "ул. Божур", "бул. Липите"], [("Пловдив", "4000"), ("Русе", "7000")],
    "{s} {n}, {p} {c}", ["bg_egn"], "abv.bg", "Ето файла:", ("Име", "Телефон", "Адрес", "Дата на раждане"))
loc("el-GR", "Greek", "GR", ["Ευανθία|evanthia", "Σταύρος|stavros", "Κωνσταντίνα|konstantina", "Παναγιώτης|panagiotis", "Δέσποινα|despoina"],
    ["Καραμανλίδου|karamanlidou", "Τσακίρης|tsakiris", "Βλαχοπούλου|vlachopoulou", "Ζερβός|zervos", "Μαυρίδης|mavridis"],
    ["οδός Γαρδενίας", "οδός Πλατάνων", "οδός Κυπαρίσσων"], [("Λάρισα", "412 22"), ("Πάτρα", "262 21")],
    "{s} {n}, {p} {c}", ["gr_amka"], "otenet.gr", "Ορίστε το αρχείο:", ("Ονοματεπώνυμο", "Τηλέφωνο", "Διεύθυνση", "Ημ. γέννησης"), "GR")
loc("ar-EG", "Arabic", "EG", ["منة الله|menna", "كريم|karim", "ياسمين|yasmin", "شريف|sherif", "هبة|heba"],
    ["الشناوي|elshenawy", "عبد الحميد|abdelhamid", "الجمال|elgammal", "فرغلي|farghaly", "السيوفي|elsioufy"],
    ["شارع النخيل", "شارع الياسمين", "شارع الجمهورية القديم"], [("المنصورة", "35511"), ("أسيوط", "71511")],
    "{n} {s}، {c} {p}", [], "yahoo.com", "ده الملف:", ("الاسم", "الهاتف", "العنوان", "تاريخ الميلاد"))
loc("ar-SA", "Arabic", "SA", ["ريم|reem", "فيصل|faisal", "لمى|lama", "بندر|bandar", "نوف|nouf"],
    ["القحطاني|alqahtani", "الدوسري|aldosari", "الزهراني|alzahrani", "الشهري|alshehri", "العتيبي|alotaibi"],
    ["طريق الملك عبدالعزيز الفرعي", "شارع الورود", "شارع السدرة"], [("الدمام", "32241"), ("أبها", "62521")],
    "{n} {s}، {c} {p}", [], "hotmail.com", "هذا هو الملف:", ("الاسم", "الجوال", "العنوان", "تاريخ الميلاد"))
loc("fa-IR", "Arabic", "IR", ["نگار|negar", "آرش|arash", "شیرین|shirin", "بهرام|bahram", "مهتاب|mahtab"],
    ["کاظمی|kazemi", "رستگار|rastegar", "نیک‌نام|niknam", "صفوی|safavi", "جهانگیری|jahangiri"],
    ["خیابان اقاقیا", "کوچه نسترن", "بلوار نارون"], [("شیراز", "71348"), ("تبریز", "51368")],
    "{c}، {s}، پلاک {n}", [], "chmail.ir", "فایل این است:", ("نام", "تلفن", "نشانی", "تاریخ تولد"))
loc("he-IL", "Hebrew", "IL", ["נועה|noa", "איתמר|itamar", "שירה|shira", "עמרי|omri", "הדס|hadas"],
    ["בן-שושן|benshushan", "אלמוג|almog", "קרמר|kramer", "חורי|houri", "סלומון|salomon"],
    ["רחוב הדקלים", "רחוב הרימון", "שדרות התאנה"], [("חיפה", "3303103"), ("באר שבע", "8489301")],
    "{s} {n}, {c} {p}", ["il_idnr"], "walla.co.il", "הנה הקובץ:", ("שם", "טלפון", "כתובת", "תאריך לידה"))
loc("hi-IN", "Devanagari", "IN", ["अनुराधा|anuradha", "सिद्धार्थ|siddharth", "कविता|kavita", "रोहित|rohit", "मेघना|meghna"],
    ["त्रिपाठी|tripathi", "चौहान|chauhan", "श्रीवास्तव|srivastava", "बघेल|baghel", "पांडेय|pandey"],
    ["गुलमोहर मार्ग", "नीम गली", "अशोक विहार रोड"], [("लखनऊ", "226010"), ("भोपाल", "462016")],
    "मकान {n}, {s}, {c} {p}", ["in_aadhaar", "in_pan"], "rediffmail.com", "यह रही फ़ाइल:", ("नाम", "फ़ोन", "पता", "जन्मतिथि"))
loc("mr-IN", "Devanagari", "IN", ["सायली|sayali", "अमेय|amey", "ऋतुजा|rutuja", "ओंकार|omkar", "मृण्मयी|mrunmayi"],
    ["कुलकर्णी|kulkarni", "देशपांडे|deshpande", "गोखले|gokhale", "भोसले|bhosale", "पाटणकर|patankar"],
    ["चाफेकर पथ", "सदाशिव पेठ गल्ली", "कर्वे रस्ता"], [("पुणे", "411030"), ("नाशिक", "422005")],
    "घर क्र. {n}, {s}, {c} {p}", ["in_aadhaar"], "gmail.com", "ही फाइल बघा:", ("नाव", "फोन", "पत्ता", "जन्मतारीख"))
loc("bn-BD", "Bengali", "BD", ["তাসনিম|tasnim", "রাকিব|rakib", "সুমাইয়া|sumaiya", "ইমরান|imran", "নুসরাত|nusrat"],
    ["চৌধুরী|chowdhury", "তালুকদার|talukder", "মজুমদার|mojumder", "সরকার|sarker", "ভূঁইয়া|bhuiyan"],
    ["কৃষ্ণচূড়া সড়ক", "শিমুল গলি", "বকুল লেন"], [("খুলনা", "9100"), ("সিলেট", "3100")],
    "বাড়ি {n}, {s}, {c} {p}", [], "gmail.com", "ফাইলটা নিচে:", ("নাম", "ফোন", "ঠিকানা", "জন্ম তারিখ"))
loc("ta-IN", "Tamil", "IN", ["கயல்விழி|kayalvizhi", "செந்தில்|senthil", "நிவேதா|niveda", "அருண்மொழி|arunmozhi", "பிரபு|prabhu"],
    ["சுப்பிரமணியன்|subramanian", "வேலுச்சாமி|veluchamy", "ராமலிங்கம்|ramalingam", "கணேசன்|ganesan", "முத்தையா|muthiah"],
    ["வேப்பமர தெரு", "மல்லிகை நகர் 2வது தெரு", "பனைமரச் சாலை"], [("மதுரை", "625002"), ("கோயம்புத்தூர்", "641012")],
    "எண் {n}, {s}, {c} {p}", ["in_aadhaar"], "gmail.com", "கோப்பு கீழே:", ("பெயர்", "தொலைபேசி", "முகவரி", "பிறந்த தேதி"))
loc("th-TH", "Thai", "TH", ["พิมพ์ชนก|pimchanok", "ธนกฤต|thanakrit", "กมลวรรณ|kamonwan", "ณัฐพล|nattapon", "สุภาวดี|supawadee"],
    ["ศรีสุวรรณ|srisuwan", "วงศ์ไพบูลย์|wongpaiboon", "ทองประเสริฐ|thongprasert", "แก้วมณี|kaewmanee", "บุญยืน|boonyuen"],
    ["ซอยลีลาวดี", "ถนนต้นสัก", "ซอยมะลิวัลย์"], [("เชียงใหม่", "50200"), ("ขอนแก่น", "40000")],
    "{n} {s} {c} {p}", ["th_pin"], "hotmail.co.th", "ไฟล์อยู่ข้างล่างค่ะ:", ("ชื่อ", "โทรศัพท์", "ที่อยู่", "วันเกิด"))
loc("zh-CN", "Han", "CN", ["晓雯|xiaowen", "俊杰|junjie", "雨桐|yutong", "浩然|haoran", "思琪|siqi"],
    ["欧阳|ouyang", "诸葛|zhuge", "贺|he", "钟离|zhongli", "谭|tan"],
    ["梧桐路", "银杏巷", "紫荆街"], [("苏州市", "215000"), ("洛阳市", "471000")],
    "{c}{s}{n}号 {p}", ["cn_ric"], "163.com", "文件如下：", ("姓名", "电话", "地址", "出生日期"))
loc("zh-TW", "Han", "TW", ["宜蓁|yijhen", "冠宇|guanyu", "佩珊|peishan", "柏翰|bohan", "郁婷|yuting"],
    ["簡|jian", "游|you", "詹|jhan", "賴|lai", "鄭|jheng"],
    ["木棉路", "樟樹街", "鳳凰木巷"], [("台中市", "403"), ("新竹市", "300")],
    "{p}{c}{s}{n}號", [], "yahoo.com.tw", "檔案在下面：", ("姓名", "電話", "地址", "生日"))
loc("ja-JP", "Kana", "JP", ["みずき|mizuki", "ハルト|haruto", "さくら子|sakurako", "颯太|sota", "ゆいな|yuina"],
    ["小野寺|onodera", "石動|ishidou", "丸山|maruyama", "鷲尾|washio", "榎本|enomoto"],
    ["けやき通り", "さくら坂", "しらかば町"], [("仙台市青葉区", "980-0811"), ("金沢市", "920-0853")],
    "〒{p} {c}{s}{n}番地", ["jp_mynumber"], "docomo.ne.jp", "ファイルです：", ("氏名", "電話", "住所", "生年月日"))
loc("ko-KR", "Hangul", "KR", ["서연|seoyeon", "도윤|doyun", "하은|haeun", "민재|minjae", "지아|jia"],
    ["황보|hwangbo", "남궁|namgung", "엄|eom", "천|cheon", "탁|tak"],
    ["은행나무길", "느티나무로", "매화길"], [("전주시", "54999"), ("청주시", "28644")],
    "{c} {s} {n}, {p}", ["kr_rrn"], "naver.com", "파일 여기요:", ("이름", "전화", "주소", "생년월일"))


EXTRA = {
 "ar-EG": (["رحمة|rahma", "مازن|mazen", "تقى|toqa", "أنس|anas", "جنى|jana"], ["الدمرداش|eldemerdash", "الفيومي|elfayoumi", "الحفناوي|elhefnawy", "البنداري|elbendary"], []),
 "ar-SA": (["رغد|raghad", "مشاري|mishari", "جود|joud", "تركي|turki", "شهد|shahad", "عبدالإله|abdulelah"], ["الغامدي|alghamdi", "السبيعي|alsubaie", "البقمي|albugami", "الرشيدي|alrashidi"], []),
 "bg-BG": (["Цветомира|tsvetomira", "Ивайло|ivaylo", "Боряна|boryana", "Светлозар|svetlozar"], ["Кьосева|kyoseva", "Чакъров|chakarov"], []),
 "bn-BD": (["মাহজাবীন|mahjabin", "তানভীর|tanvir", "ফারিহা|fariha", "শাহরিয়ার|shahriar", "রুমানা|rumana", "আরাফাত|arafat"], ["খন্দকার|khondoker", "হাওলাদার|howlader", "মৃধা|mridha", "পাটোয়ারী|patwary", "শিকদার|shikder"], []),
 "cs-CZ": (["Bohumila", "Vratislav", "Jarmila", "Svatopluk"], ["Krejčíř", "Ptáčníková", "Hromádka"], []),
 "da-DK": (["Vibeke", "Torben", "Gunhild", "Asger", "Rigmor"], ["Skovsgaard", "Damsgaard", "Hvidberg"], ["Hindbærstien"]),
 "de-DE": (["Wiebke", "Eckhard", "Roswitha", "Hartmut"], [], []),
 "el-GR": (["Αγλαΐα|aglaia", "Θεμιστοκλής|themistoklis", "Ξανθή|xanthi"], ["Πολυχρονόπουλος|polychronopoulos", "Κουτσογιάννη|koutsogianni"], []),
 "en-GB": (["Ottilie", "Lachlan", "Philippa", "Crispin", "Hermione-Jane"], ["Wetherall", "Cholmondeley", "Pengelly"], []),
 "en-US": (["Kaydence", "Braxton", "Shelby-Lynn", "Dashiell"], ["Wojtowicz", "Castellanos-Reyes", "Hargrove", "Van Buskirk"], []),
 "en-ZA": (["Ntombizodwa", "Kagiso", "Zanele", "Mpho"], ["Mokoena-Smit", "Ramaphakela", "Tshabalala", "Oosthuizen"], []),
 "es-CL": (["Trinidad", "Agustín", "Millaray", "Vicente"], ["Llancaqueo", "Urrutia", "Quilodrán"], []),
 "es-ES": (["Begoña", "Eleuterio", "Nieves", "Anselmo", "Macarena"], ["Arrizabalaga"], []),
 "fa-IR": (["ترانه|taraneh", "کامبیز|kambiz", "پرستو|parastoo"], [], []),
 "fi-FI": (["Hilkka", "Eetu", "Pirkko", "Väinö", "Ulla-Maija"], ["Kärkkäinen", "Hämäläinen-Sipilä", "Tuovinen", "Lipasti"], ["Tuomikuja"]),
 "fr-FR": (["Bérénice", "Anatole", "Clémence", "Eudes", "Anouk"], ["Lespinasse"], []),
 "he-IL": (["אביגיל|avigail", "ינון|yinon", "מעיין|maayan", "צורי|tsuri"], ["אזולאי-כהן|azoulaykohen", "פרלמוטר|perlmutter"], []),
 "hi-IN": (["शर्मिष्ठा|sharmishtha", "अभिमन्यु|abhimanyu", "वैदेही|vaidehi"], ["भदौरिया|bhadauria", "कुशवाहा|kushwaha", "अग्निहोत्री|agnihotri"], []),
 "hr-HR": (["Zvonimira", "Branimir"], ["Bošnjaković", "Grgurević"], []),
 "id-ID": (["Sekar Ayu", "Danendra", "Laksmi", "Prasetyo"], ["Nugroho", "Kusumawardhani", "Siswanto", "Tjahjono"], []),
 "it-IT": (["Annunziata", "Gualtiero", "Fiammetta", "Corrado", "Eleonora"], ["Marangoni", "Pellegatta"], []),
 "ja-JP": ([], ["東雲|shinonome", "五十嵐|igarashi"], ["ひばりが丘", "あじさい通り"]),
 "ko-KR": (["채원|chaewon", "윤호|yunho", "소율|soyul", "건우|geonu"], ["제갈|jegal", "선우|seonu", "독고|dokgo"], ["산수유길"]),
 "mr-IN": ([], ["वैद्य|vaidya", "खाडिलकर|khadilkar", "आपटे|apte"], []),
 "ms-MY": (["Izzati", "Syafiq", "Aqilah", "Haziq"], ["binti Mokhtar", "bin Shamsudin", "binti Razali", "bin Yaakob"], []),
 "nb-NO": (["Synnøve", "Torleif", "Gudrun", "Vebjørn", "Ingvild"], ["Sæther", "Løvaas", "Kvammen"], ["Rognebærstien", "Einerhaugen"]),
 "nl-NL": (["Anneloes", "Gerrit-Jan", "Fenna", "Wouter", "Liesbeth"], ["Veldhuizen"], []),
 "pl-PL": (["Genowefa", "Bronisław", "Halina", "Czesław", "Jagoda"], ["Chrząszcz", "Brzęczyszczyk"], []),
 "pt-BR": (["Jurema", "Ubiratã", "Dalva", "Moacir", "Jaciara"], ["Guimarães Rosa", "Figueiredo", "Barreto Leal", "Magalhães"], []),
 "ro-RO": (["Luminița", "Sorin", "Viorica", "Lucian", "Brândușa"], ["Moldoveanu", "Cârstea", "Pârvulescu"], []),
 "ru-RU": (["Агриппина|agrippina", "Святополк|svyatopolk", "Ефросинья|efrosinya"], [], []),
 "sv-SE": (["Gunvor", "Algot", "Ebba-Stina"], ["Lindbergsson", "Östlund"], ["Blåbärsgränd"]),
 "ta-IN": (["இளவரசி|ilavarasi"], ["பழனிச்சாமி|palanichamy"], []),
 "th-TH": (["ปวีณ์ธิดา|paweethida", "ภูริณัฐ|purinat", "ชญานิศ|chayanis", "ธีรภัทร|theerapat", "รินรดา|rinrada"], ["จันทร์หอม|chanhom", "พึ่งบุญ|puengboon", "สายสุวรรณ|saisuwan", "ดวงแก้ว|duangkaew", "อินทรประเสริฐ|intaraprasert"], []),
 "tr-TR": (["Gülizar", "Sinan", "Müjgan"], ["Dumlupınar", "Ağaoğlu"], []),
 "uk-UA": (["Мирослава|myroslava", "Остап|ostap", "Злата|zlata", "Северин|severyn"], ["Кривоніс|kryvonis", "Дячишин|diachyshyn", "Федорук|fedoruk"], []),
 "vi-VN": (["Diệu Linh", "Quang Vinh", "Bích Ngân", "Hữu Phước"], [], []),
 "zh-CN": (["婉清|wanqing", "子墨|zimo", "沐阳|muyang", "语嫣|yuyan"], ["司马|sima", "上官|shangguan", "闻人|wenren", "公孙|gongsun"], ["枫林巷"]),
 "zh-TW": (["芷瑄|jhihsyuan", "承翰|chenghan", "語彤|yutong2", "品睿|pinrui"], ["歐陽|ouyang", "司徒|situ", "萬|wan", "涂|tu"], []),
}

for _t, (_g, _f, _s) in sorted(EXTRA.items()):
    L[_t]["given"] = L[_t]["given"] + _g
    L[_t]["family"] = L[_t]["family"] + _f
    L[_t]["streets"] = L[_t]["streets"] + _s


EXTRA2 = {
 "vi-VN": (["Nghi|nghi", "Thư|thu", "Khôi|khoi", "Tùng|tung", "Thoa|thoa", "Quyên|quyen"], [], []),
 "zh-CN": ([], ["轩辕|xuanyuan", "覃|qin", "郜|gao", "仲孙|zhongsun", "南宫|nangong"], []),
 "el-GR": (["Αλκιβιάδης|alkiviadis", "Φωτεινή|foteini", "Ηρακλής|iraklis"], [], []),
 "fi-FI": ([], ["Kauppinen", "Ylönen", "Paasilinna", "Luukkonen", "Ollikainen"], []),
 "hi-IN": ([], ["गहलोत|gehlot", "सिकरवार|sikarwar", "खत्री|khatri"], []),
 "uk-UA": (["Тодось|todos", "Стефанія|stefaniia", "Їржина|irzhyna"], [], []),
 "ar-SA": (["ريتاج|ritaj", "مهند|muhannad", "سديم|sadeem", "ثامر|thamer"], ["القرني|alqarni", "العسيري|alasiri"], []),
 "fa-IR": (["سپهر|sepehr", "رها|raha", "یلدا|yalda"], [], []),
 "es-CL": (["Maitén", "Belisario", "Amanda", "Antu"], [], []),
 "pl-PL": (["Bogusława", "Kazimiera", "Ludwika", "Wanda"], [], []),
 "cs-CZ": (["Dobroslav", "Zbyněk", "Jaroslav"], [], []),
 "ru-RU": (["Мстислав|mstislav", "Ратмир|ratmir"], ["Ведерникова|vedernikova"], []),
 "sv-SE": (["Alfhild", "Edvin", "Viola"], [], []),
 "ko-KR": (["라희|rahee", "시율|siyul"], ["방|bang", "곽|kwak", "육|yuk", "모|mo"], []),
 "zh-TW": (["彥廷|yanting", "姵妤|peiyu", "晨睿|chenrui", "昱辰|yuchen"], [], []),
 "en-US": ([], ["Wojcikowski", "Szymanski", "Broussard"], []),
 "fr-FR": (["Aliénor", "Hortense", "Sidonie", "Clotilde", "Ambroise"], [], []),
 "ro-RO": (["Despina", "Laurențiu", "Ecaterina", "Cosmin"], [], []),
 "bn-BD": (["অনন্যা|ananya", "মুনতাসির|muntasir", "লাবণ্য|labonno", "আদনান|adnan"], ["আকন্দ|akondo", "প্রামানিক|pramanik", "বেপারী|bepari", "গাজী|gazi"], []),
 "da-DK": (["Henny", "Palle", "Ellinor", "Jeppe"], [], []),
 "en-GB": (["Wilfred", "Jessamy", "Gwendolen", "Cuthbert"], [], []),
 "es-ES": (["Encarnación", "Pilarica", "Higinio", "Eulalia"], [], []),
 "pt-BR": (["Iolanda", "Odair", "Marilene", "Neuza"], ["Carneiro", "Leão", "Falcão"], []),
 "id-ID": (["Bimasena", "Aryasatya", "Rengganis"], [], []),
 "he-IL": (["אלנתן|elnatan", "ישי|yishai", "אוריה|oriya"], [], []),
 "it-IT": (["Costanza", "Ippolito", "Maddalena"], [], []),
 "ms-MY": (["Damia", "Humaira", "Qistina"], ["binti Jamaluddin", "bin Nordin", "bin Ramli"], []),
 "en-ZA": (["Boitumelo", "Anele"], ["Kekana", "Vermaak"], []),
 "nb-NO": (["Oddny", "Jostein", "Randi", "Gjermund"], [], []),
 "nl-NL": (["Mieke", "Tjeerd", "Roosmarijn"], [], []),
 "zh-CN ": ([], [], []),
}
EXTRA2.pop("zh-CN ")
EXTRA2["zh-CN"][0].extend(["清欢|qinghuan", "亦舒|yishu"])

for _t, (_g, _f, _s) in sorted(EXTRA2.items()):
    L[_t]["given"] = L[_t]["given"] + _g
    L[_t]["family"] = L[_t]["family"] + _f
    L[_t]["streets"] = L[_t]["streets"] + _s


# ----------------------------------------------------------------------------------------------------------
# Identifier generation (random body, check characters by exhaustive search, then stdnum validation).
# ----------------------------------------------------------------------------------------------------------
def _mod(name):
    return importlib.import_module("stdnum." + name)


DIG = "0123456789"


def _brute(rng, make, module, alphabet=DIG, tail=1, tries=400):
    m = _mod(module)
    for _ in range(tries):
        body = make()
        cands = [""]
        for _k in range(tail):
            cands = [c + a for c in cands for a in alphabet]
        for c in cands:
            v = body + c
            try:
                m.validate(v)
                return v
            except Exception:
                continue
    raise SystemExit("could not make a valid %s" % module)


def rd(rng, n, first=DIG):
    return rng.choice(first) + "".join(rng.choice(DIG) for _ in range(n - 1))


def ymd(rng, lo=1948, hi=2004):
    y = rng.randint(lo, hi)
    return y, rng.randint(1, 12), rng.randint(1, 28)


def make_id(rng, kind, dob):
    y, mo, d = dob
    yy = "%02d" % (y % 100)
    if kind == "ssn":
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        v = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        _mod("us.ssn").validate(v)
        return "ssn", v
    if kind == "us_bank":
        rtn = _brute(rng, lambda: rd(rng, 8, "0123"), "us.rtn")
        return "US_BANK_NUMBER", "routing %s account %s" % (rtn, rd(rng, 10, "123456789"))
    if kind == "dl_us":
        return "DRIVER_LICENSE", "%s%s" % (rng.choice("ABDGKLMRSTW"), rd(rng, 8))
    if kind == "nhs":
        return "HEALTH_INSURANCE", _brute(rng, lambda: rd(rng, 9, "456789"), "gb.nhs")
    if kind == "nino_skip":
        return None
    if kind == "za":
        return "NATIONAL_ID", _brute(rng, lambda: "%s%02d%02d%s08" % (yy, mo, d, rd(rng, 4)), "za.idnr")
    if kind == "de_idnr":
        return "TAX_ID", _brute(rng, lambda: rd(rng, 10, "123456789"), "de.idnr")
    if kind == "passport_de":
        return "PASSPORT", "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if kind == "passport_ru":
        return "PASSPORT", "%s %s" % (rd(rng, 2, "1234567"), rd(rng, 7, "123456789"))
    if kind == "fr_nir":
        return "NATIONAL_ID", _brute(rng, lambda: "%s%s%02d%s%s%s" % (rng.choice("12"), yy, mo, rng.choice(["49", "64", "75", "69", "13"]), rd(rng, 3, "0123"), rd(rng, 3)), "fr.nir", tail=2)
    if kind == "es_dni":
        return "NATIONAL_ID", _brute(rng, lambda: rd(rng, 8, "1234567"), "es.dni", alphabet="TRWAGMYFPDXBNJZSQVHLCKE")
    if kind == "cl_rut":
        return "NATIONAL_ID", _brute(rng, lambda: rd(rng, 8, "12"), "cl.rut", alphabet="0123456789K")
    if kind == "it_cf":
        mon = "ABCDEHLMPRST"[mo - 1]
        return "TAX_ID", _brute(rng, lambda: "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + yy + mon + "%02d" % (d + rng.choice([0, 40])) + rng.choice(["H501", "D969", "F205", "L219"]), "it.codicefiscale", alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if kind == "br_cpf":
        return "TAX_ID", _brute(rng, lambda: rd(rng, 9, "123456789"), "br.cpf", tail=2)
    if kind == "nl_bsn":
        return "NATIONAL_ID", _brute(rng, lambda: rd(rng, 8, "123456"), "nl.bsn")
    if kind == "pl_pesel":
        return "NATIONAL_ID", _brute(rng, lambda: "%s%02d%02d%s" % (yy, mo + (20 if y >= 2000 else 0), d, rd(rng, 4)), "pl.pesel")
    if kind == "se_pnr":
        return "NATIONAL_ID", _brute(rng, lambda: "%s%02d%02d-%s" % (yy, mo, d, rd(rng, 3)), "se.personnummer")
    if kind == "dk_cpr":
        return "NATIONAL_ID", _brute(rng, lambda: "%02d%02d%s-%s" % (d, mo, yy, rd(rng, 3, "0123" if y < 2000 else "4")), "dk.cpr")
    if kind == "no_fnr":
        return "NATIONAL_ID", _brute(rng, lambda: "%02d%02d%s%s" % (d, mo, yy, rd(rng, 3, "0123" if y < 2000 else "5")), "no.fodselsnummer", tail=2)
    if kind == "fi_hetu":
        return "NATIONAL_ID", _brute(rng, lambda: "%02d%02d%s%s%03d" % (d, mo, yy, "-" if y < 2000 else "A", rng.randint(2, 899)), "fi.hetu", alphabet="0123456789ABCDEFHJKLMNPRSTUVWXY")
    if kind == "tr_tc":
        return "NATIONAL_ID", _brute(rng, lambda: rd(rng, 9, "123456789"), "tr.tckimlik", tail=2)
    if kind == "cz_rc":
        return "NATIONAL_ID", _brute(rng, lambda: "%s%02d%02d/%s" % (yy, mo + rng.choice([0, 50]), d, rd(rng, 3)), "cz.rc")
    if kind == "ro_cnp":
        return "NATIONAL_ID", _brute(rng, lambda: "%s%s%02d%02d%02d%s" % (rng.choice("12" if y < 2000 else "56"), yy, mo, d, rng.randint(1, 40), rd(rng, 3)), "ro.cnp")
    if kind == "hr_oib":
        return "TAX_ID", _brute(rng, lambda: rd(rng, 10, "123456789"), "hr.oib")
    if kind == "my_nric":
        return "NATIONAL_ID", _brute(rng, lambda: "%s%02d%02d-%s-%s" % (yy, mo, d, rng.choice(["08", "06", "10", "14"]), rd(rng, 3)), "my.nric")
    if kind == "id_nik":
        return "NATIONAL_ID", _brute(rng, lambda: "3374%02d%02d%02d%s%s" % (rng.randint(1, 16), d + rng.choice([0, 40]), mo, yy, rd(rng, 3)), "id.nik")
    if kind == "vn_mst":
        return "TAX_ID", _brute(rng, lambda: rd(rng, 9, "0123458"), "vn.mst")
    if kind == "ru_inn":
        return "TAX_ID", _brute(rng, lambda: rng.choice(["16", "70", "77", "54"]) + rd(rng, 8), "ru.inn", tail=2)
    if kind == "ua_rntrc":
        return "TAX_ID", _brute(rng, lambda: rd(rng, 9, "123"), "ua.rntrc")
    if kind == "bg_egn":
        return "NATIONAL_ID", _brute(rng, lambda: "%s%02d%02d%s" % (yy, mo + (40 if y >= 2000 else 0), d, rd(rng, 3)), "bg.egn")
    if kind == "gr_amka":
        return "NATIONAL_ID", _brute(rng, lambda: "%02d%02d%s%s" % (d, mo, yy, rd(rng, 4)), "gr.amka")
    if kind == "il_idnr":
        return "NATIONAL_ID", _brute(rng, lambda: rd(rng, 8, "023"), "il.idnr")
    if kind == "in_aadhaar":
        v = _brute(rng, lambda: rd(rng, 11, "23456789"), "in_.aadhaar")
        return "NATIONAL_ID", "%s %s %s" % (v[:4], v[4:8], v[8:])
    if kind == "in_pan":
        v = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + rng.choice("BCKMPRST") + rd(rng, 4, "123456789") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        _mod("in_.pan").validate(v)
        return "TAX_ID", v
    if kind == "th_pin":
        return "NATIONAL_ID", _brute(rng, lambda: rd(rng, 12, "1358"), "th.pin")
    if kind == "cn_ric":
        return "NATIONAL_ID", _brute(rng, lambda: rng.choice(["320505", "410302", "110105"]) + "%04d%02d%02d%s" % (y, mo, d, rd(rng, 3)), "cn.ric", alphabet="0123456789X")
    if kind == "jp_mynumber":
        return "NATIONAL_ID", _brute(rng, lambda: rd(rng, 11, "123456789"), "jp.in_")
    if kind == "kr_rrn":
        return "NATIONAL_ID", _brute(rng, lambda: "%s%02d%02d-%s%s" % (yy, mo, d, rng.choice("12" if y < 2000 else "34"), rd(rng, 5, "0123")), "kr.rrn")
    raise KeyError(kind)


BBAN = {"DE": lambda r: rd(r, 8, "1234567") + rd(r, 10), "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rd(r, 6) + rd(r, 8),
        "FR": lambda r: rd(r, 5) + rd(r, 5) + rd(r, 11) + rd(r, 2), "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rd(r, 5) + rd(r, 5) + rd(r, 12),
        "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + rd(r, 10), "PL": lambda r: rd(r, 8) + rd(r, 16),
        "SE": lambda r: rd(r, 3) + rd(r, 17), "DK": lambda r: rd(r, 4) + rd(r, 10), "NO": lambda r: rd(r, 4) + rd(r, 7),
        "FI": lambda r: rd(r, 6) + rd(r, 8), "TR": lambda r: rd(r, 5) + "0" + rd(r, 16), "RO": lambda r: r.choice(["BTRL", "RNCB", "INGB"]) + rd(r, 16),
        "HR": lambda r: rd(r, 7) + rd(r, 10), "GR": lambda r: rd(r, 3) + rd(r, 4) + rd(r, 16), "AT": lambda r: rd(r, 5) + rd(r, 11)}


def make_iban(rng, cc):
    for _ in range(500):
        bban = BBAN[cc](rng)
        v = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        try:
            std_iban.validate(v)
        except Exception:
            continue
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    raise SystemExit("iban " + cc)


def make_card(rng):
    for _ in range(100):
        body = rng.choice(["4", "51", "52", "53", "54", "55"]) + "".join(rng.choice(DIG) for _ in range(14))
        body = body[:15]
        v = body + std_luhn.calc_check_digit(body)
        if v.startswith(("4111", "4242", "4000", "5555", "5105")):
            continue
        std_luhn.validate(v)
        return " ".join(v[i:i + 4] for i in range(0, 16, 4))
    raise SystemExit("card")


def make_phone(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    for _ in range(500):
        k = min(6, len(nsn) - 2)
        cand = nsn[:-k] + "".join(rng.choice(DIG) for _ in range(k))
        if cand == nsn:
            continue
        num = phonenumbers.parse("+%d%s" % (ex.country_code, cand))
        if phonenumbers.is_valid_number(num):
            if region == "US" and cand[3:6] == "555":
                continue
            fmt = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.E164, phonenumbers.PhoneNumberFormat.NATIONAL])
            if region in ("US",) and fmt == phonenumbers.PhoneNumberFormat.NATIONAL:
                fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL
            s = phonenumbers.format_number(num, fmt)
            assert phonenumbers.is_valid_number(phonenumbers.parse(s, region))
            return s
    raise SystemExit("phone " + region)


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]


def make_ip(rng):
    while True:
        a = ipaddress.ip_address("%d.%d.%d.%d" % (rng.choice([31, 46, 62, 77, 85, 91, 109, 151, 178, 188, 212, 217]), rng.randint(1, 254), rng.randint(0, 255), rng.randint(1, 254)))
        if a.is_global and not any(a in n for n in DOC_NETS):
            return str(a)


# ----------------------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------------------
def split(x):
    return x.split("|") if "|" in x else (x, None)


ASCII_MAP = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ë": "e", "ê": "e", "á": "a", "à": "a",
                           "â": "a", "ã": "a", "å": "a", "æ": "ae", "ø": "o", "ó": "o", "ô": "o", "í": "i", "ï": "i", "ú": "u",
                           "ç": "c", "ñ": "n", "ł": "l", "ż": "z", "ś": "s", "ę": "e", "ą": "a", "ć": "c", "ń": "n", "ğ": "g",
                           "ş": "s", "ı": "i", "č": "c", "ř": "r", "š": "s", "ž": "z", "ý": "y", "ě": "e", "ů": "u", "ť": "t",
                           "ď": "d", "ň": "n", "ă": "a", "ș": "s", "ț": "t", "î": "i", "đ": "d", "ả": "a", "ọ": "o", "ễ": "e",
                           "ấ": "a", "ệ": "e", "ị": "i", "ạ": "a", "ơ": "o", "ư": "u", "ố": "o", "ầ": "a", "ổ": "o", "ữ": "u",
                           "'": "", " ": "", "-": ""})


def ascii_handle(s):
    return re.sub(r"[^a-z0-9]", "", s.lower().translate(ASCII_MAP))


class Person:
    def __init__(self, rng, lc):
        g, groman = split(rng.choice(lc["given"]))
        f, froman = split(rng.choice(lc["family"]))
        self.given, self.family = g, f
        cjk = lc["script"] in ("Han", "Kana", "Hangul")
        self.full = f + g if cjk else ("%s %s" % (g, f) if lc["tag"] not in ("vi-VN",) else "%s %s" % (f, g))
        self.issued_names = [g, f]
        gr, fr = ascii_handle(groman or g), ascii_handle(froman or f)
        dom = lc["domain"]
        self.email = rng.choice(["%s.%s", "%s%s", "%s_%s"]) % (gr[:rng.choice([1, 20])], fr) + (str(rng.randint(2, 99)) if rng.random() < 0.5 else "") + "@" + dom
        self.phone = make_phone(rng, lc["region"])
        s = rng.choice(lc["streets"])
        c, p = rng.choice(lc["cities"])
        self.street, self.city = s, c
        self.address = lc["addr"].format(n=rng.randint(2, 148), s=s, c=c, p=p)
        self.dob_t = ymd(rng)
        y, mo, d = self.dob_t
        self.dob = rng.choice(["%04d-%02d-%02d" % (y, mo, d), "%02d.%02d.%04d" % (d, mo, y), "%02d/%02d/%04d" % (d, mo, y)])
        self.ids = []
        for k in lc["ids"]:
            r = make_id(rng, k, self.dob_t)
            if r:
                self.ids.append(r)
        self.ip = make_ip(rng)
        self.card = make_card(rng)
        self.iban = make_iban(rng, lc["iban_cc"]) if lc["iban_cc"] else None
        self.mrn = rng.choice(["MRN", "PID", "KH-", "HN"]) + rd(rng, rng.choice([7, 8]), "123456789")
        self.passport = None


# ----------------------------------------------------------------------------------------------------------
# Benign values for hard negatives (same keys as a person row)
# ----------------------------------------------------------------------------------------------------------
PUBLIC = {  # historical / fictional / public persons, by script; used in their public role only
    "Latin": ["Ada Lovelace", "Hypatia of Alexandria", "Leif Erikson", "Hildegard von Bingen", "Inspector Maigret", "Pippi Longstocking",
              "Fridtjof Nansen", "Amerigo Vespucci", "Sor Juana Inés de la Cruz", "Tycho Brahe"],
    "Cyrillic": ["Лев Толстой", "Дмитрий Менделеев", "Юрий Гагарин", "Евгений Онегин", "Леся Українка"],
    "Greek": ["Αριστοτέλης", "Νίκος Καζαντζάκης", "Σαπφώ"],
    "Arabic": ["ابن سينا", "نجيب محفوظ", "الخوارزمي", "ابن بطوطة"],
    "Hebrew": ["שלום עליכם", "חנה סנש", "הרמב\"ם"],
    "Devanagari": ["प्रेमचंद", "आर्यभट", "कालिदास"],
    "Bengali": ["রবীন্দ্রনাথ ঠাকুর", "কাজী নজরুল ইসলাম", "বেগম রোকেয়া"],
    "Tamil": ["திருவள்ளுவர்", "சுப்பிரமணிய பாரதி", "ஒளவையார்"],
    "Thai": ["สุนทรภู่", "พระอภัยมณี"],
    "Han": ["李白", "杜甫", "孙悟空", "蘇東坡", "王羲之", "林黛玉"],
    "Kana": ["夏目漱石", "紫式部", "坂本龍馬", "松尾芭蕉"],
    "Hangul": ["세종대왕", "이순신", "홍길동", "신사임당", "정약용"],
}
PUBLIC_PLACES = ["221B Baker Street, London (museum)", "Hauptbahnhof, Platform 9", "Louvre, Cour Napoléon", "Plaza Mayor (tourist office)",
                 "Rådhuspladsen 1 (City Hall)", "Nansen Park visitor centre", "Tycho Brahe Planetarium", "Lovelace Building, reception"]
ORG_MAIL = ["info@example.org", "support@example.com", "noreply@example.net", "privacy@example.com", "helpdesk@example.org", "billing@example.com",
            "postmaster@example.net", "abuse@example.org"]
DOC_PHONES = ["+1 202-555-0143", "+1 (312) 555-0187", "555-0100", "+1-415-555-0199", "112", "911", "999", "+1 800 555 0123"]
DOC_IPS = ["192.0.2.17", "198.51.100.42", "203.0.113.9", "2001:db8::1", "2001:db8:85a3::8a2e:370:7334", "10.0.3.12", "127.0.0.1", "172.16.4.20"]
TEST_CARDS = ["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0000 0000 0002"]
TEST_IBANS = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00"]
PLACEHOLDER_NAMES = ["{{full_name}}", "[NAME]", "<CUSTOMER_NAME>", "${user.displayName}", "%NAME%", "Firstname Lastname", "John Doe", "Erika Mustermann"]
PRODUCTS = ["Hex bolt M8x40 zinc", "USB-C hub 7-port", "Oat milk 1L", "Trail shoe size 42", "Ceramic mug 350ml", "LED strip 5m", "Printer toner TN-247",
            "Yoga mat 6mm", "Espresso beans 1kg", "HDMI cable 2m"]


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


def benign_row(rng, kind, lc, i):
    script = lc["script"]
    if kind == "placeholder":
        return dict(name=rng.choice(PLACEHOLDER_NAMES), email=rng.choice(["{{email}}", "user@example.com", "[EMAIL]", "name@example.org"]),
                    phone=rng.choice(["[PHONE]", "+1 555-0100", "+XX XXX XXX XXX", "{{phone}}"]), address=rng.choice(["[ADDRESS]", "{{street}}, {{zip}} {{city}}", "<address>"]),
                    dob=rng.choice(["YYYY-MM-DD", "DD.MM.YYYY", "{{dob}}"]), idv=rng.choice(["XXXXXXXXXX", "<national_id>", "000000000"]),
                    ip=rng.choice(DOC_IPS[:3]), card=rng.choice(TEST_CARDS), iban=rng.choice(TEST_IBANS), mrn="MRN-XXXXXX")
    if kind == "anonymised":
        h = sha("%s-%d" % (lc["tag"], i))
        return dict(name=rng.choice(["[REDACTED]", "Patient %04d" % rng.randint(1, 9999), "***", "Subject-%s" % h[:6], "user_%s" % h[:8]]),
                    email="%s@anon.invalid" % h[:10], phone=rng.choice(["+** *** *** **%02d" % rng.randint(0, 99), "[PHONE]", "XXX-XXX-%04d" % rng.randint(0, 9999)]),
                    address=rng.choice(["[REDACTED], %s" % split(lc["cities"][0][0])[0], "XXX", "<removed>"]), dob=rng.choice(["19XX", "[DOB]", "%d-XX-XX" % rng.randint(1950, 2000)]),
                    idv="sha256:" + h[:24], ip="%d.%d.xxx.xxx" % (rng.randint(11, 200), rng.randint(0, 255)), card="**** **** **** %04d" % rng.randint(0, 9999),
                    iban="DE** **** **** **** **%02d" % rng.randint(0, 99), mrn="MRN-" + h[10:16])
    if kind == "docs":
        return dict(name=rng.choice(["Alice Example", "Bob Example", "Jane Doe", "Max Mustermann", "Test User"]), email=rng.choice(ORG_MAIL[:3] + ["alice@example.com", "bob@example.net"]),
                    phone=rng.choice(DOC_PHONES[:4]), address="123 Example Street, Anytown", dob="1970-01-01", idv=rng.choice(["123-45-6789 (invalid sample)", "000-00-0000"]),
                    ip=rng.choice(DOC_IPS[:5]), card=rng.choice(TEST_CARDS), iban=rng.choice(TEST_IBANS), mrn="MRN-000000")
    if kind == "public":
        who = rng.choice(PUBLIC.get(script, PUBLIC["Latin"]))
        return dict(name=who, email=rng.choice(ORG_MAIL), phone=rng.choice(DOC_PHONES[4:]), address=rng.choice(PUBLIC_PLACES),
                    dob=rng.choice(["c. 1815 (historical)", "born 1828 (public record)", "n/a", "1910"]), idv="ISBN 978-3-16-148410-0",
                    ip=rng.choice(DOC_IPS), card="n/a", iban=rng.choice(TEST_IBANS), mrn="n/a")
    # records: no person at all -- items, orders, hashes, versions, coordinates
    return dict(name=rng.choice(PRODUCTS), email="order #%s" % rd(rng, 8), phone="SKU-%s" % rd(rng, 6),
                address="%.5f, %.5f" % (rng.uniform(-60, 60), rng.uniform(-170, 170)), dob="2026-%02d-%02dT%02d:%02d:00Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)),
                idv="v%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 99)), ip=rng.choice(DOC_IPS), card="INV-2026-%05d" % rng.randint(1, 99999),
                iban="1Z%s" % "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16)), mrn=sha(str(i))[:12])


KEYS = ["name", "email", "phone", "address", "dob", "idv", "ip", "card", "iban", "mrn"]


def person_row(rng, p, keys):
    d = dict(name=p.full, email=p.email, phone=p.phone, address=p.address, dob=p.dob, ip=p.ip, card=p.card, iban=p.iban, mrn=p.mrn)
    if p.ids:
        t, v = rng.choice(p.ids)
        d["idv"], d["idtype"] = v, t
    return {k: d[k] for k in keys if d.get(k)}


# ----------------------------------------------------------------------------------------------------------
# Format renderers: rows (list of dicts with a subset of KEYS) -> artifact text
# ----------------------------------------------------------------------------------------------------------
COLN = {"name": "full_name", "email": "email", "phone": "phone", "address": "address", "dob": "date_of_birth", "idv": "id_number",
        "ip": "last_ip", "card": "card_number", "iban": "iban", "mrn": "record_no"}


def cols(rows):
    return [k for k in KEYS if any(k in r for r in rows)]


def r_csv(rng, lc, rows):
    sep = rng.choice([",", "\t", ";", "|"])
    ks = cols(rows)
    hdr = [lc["labels"][0] if k == "name" and rng.random() < 0.5 else COLN[k] for k in ks]
    out = [sep.join(["row_id"] + hdr + ["created_at", "status"])]
    for i, r in enumerate(rows):
        vals = [str(r.get(k, "")) for k in ks]
        vals = ['"%s"' % v if (sep in v or "," in v) else v for v in vals]
        out.append(sep.join([str(1000 + i)] + vals + ["2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)), rng.choice(["active", "pending", "closed"])]))
    return "\n".join(out)


LOG_PATHS = ["/api/v2/orders", "/healthz", "/static/app.3f9c.js", "/login", "/api/v2/profile", "/metrics", "/cart/checkout"]


def r_log(rng, lc, rows):
    lines = []
    n_fill = rng.randint(6, 30)
    for j in range(n_fill):
        lines.append('%s - - [04/Nov/2026:%02d:%02d:%02d +0000] "GET %s HTTP/1.1" %d %d "-" "Mozilla/5.0"' % (
            rng.choice(DOC_IPS[5:]), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.choice(LOG_PATHS), rng.choice([200, 200, 304, 404, 500]), rng.randint(90, 9000)))
    for r in rows:
        ts = "2026-11-04T%02d:%02d:%02d.%03dZ" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
        parts = []
        for k in KEYS:
            if k in r:
                parts.append('%s="%s"' % (COLN[k], r[k]))
        lvl = rng.choice(["INFO", "WARN", "ERROR", "DEBUG"])
        if "ip" in r and rng.random() < 0.5:
            lines.append('%s - - [04/Nov/2026:%02d:%02d:%02d +0000] "POST /login HTTP/1.1" 401 112 "-" "okhttp/4.12"' % (r["ip"], rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
            parts = [p for p in parts if not p.startswith("last_ip")]
        if parts:
            lines.append("%s %s [%s] %s %s" % (ts, lvl, rng.choice(["svc-billing", "auth", "notifier", "crm-sync", "worker-3"]),
                                             rng.choice(["profile updated", "sms dispatch failed", "payment declined", "import row rejected", "password reset requested"]), " ".join(parts)))
    rng.shuffle(lines)
    return "\n".join(lines)


def r_html(rng, lc, rows):
    if rng.random() < 0.5:
        out = ['<form action="/account/save" method="post">']
        for r in rows:
            for k in KEYS:
                if k in r:
                    out.append('  <label for="%s">%s</label> <input id="%s" name="%s" value="%s">' % (COLN[k], COLN[k].replace("_", " ").title(), COLN[k], COLN[k], r[k]))
        out.append('  <button type="submit">Save</button>\n</form>')
        return "<!doctype html>\n<html><body>\n" + "\n".join(out) + "\n</body></html>"
    ks = cols(rows)
    out = ["<table class=\"grid\">", "  <tr>" + "".join("<th>%s</th>" % COLN[k] for k in ks) + "</tr>"]
    for r in rows:
        out.append("  <tr>" + "".join("<td>%s</td>" % r.get(k, "") for k in ks) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def r_markdown(rng, lc, rows):
    ks = cols(rows)
    out = ["| # | " + " | ".join(COLN[k] for k in ks) + " |", "|---|" + "---|" * len(ks)]
    for i, r in enumerate(rows, 1):
        out.append("| %d | " % i + " | ".join(str(r.get(k, "")) for k in ks) + " |")
    return "### %s\n\n" % rng.choice(["Contacts", "Attendees", "On-call roster", "Applicants", "Tenants Q4"]) + "\n".join(out)


def r_config(rng, lc, rows):
    style = rng.choice(["yaml", "toml", "ini"])
    r = rows[0]
    if style == "yaml":
        out = ["service: %s" % rng.choice(["billing-api", "pager", "crm-sync"]), "version: 3.%d.%d" % (rng.randint(0, 9), rng.randint(0, 20)), "contacts:"]
        for r in rows:
            first = True
            for k in KEYS:
                if k in r:
                    out.append("  %s %s: \"%s\"" % ("-" if first else " ", COLN[k], r[k]))
                    first = False
        out.append("retries: 3\ntimeout_ms: 2500")
        return "\n".join(out)
    if style == "toml":
        out = ['[app]\nname = "%s"\nlog_level = "info"' % rng.choice(["ledger", "notify", "intake"])]
        for i, r in enumerate(rows):
            out.append("\n[[owner]]")
            for k in KEYS:
                if k in r:
                    out.append('%s = "%s"' % (COLN[k], r[k]))
        return "\n".join(out)
    out = ["; generated by setup wizard", "[general]", "locale=%s" % lc["tag"]]
    for i, r in enumerate(rows):
        out.append("\n[contact_%d]" % (i + 1))
        for k in KEYS:
            if k in r:
                out.append("%s=%s" % (COLN[k], r[k]))
    return "\n".join(out)


def sqlq(v):
    return "'" + str(v).replace("'", "''") + "'"


def r_sql(rng, lc, rows):
    ks = cols(rows)
    tbl = rng.choice(["customers", "patients", "members", "app_users", "tenants"])
    out = ["-- pg_dump excerpt", "SET client_encoding = 'UTF8';", "INSERT INTO public.%s (id, %s, created_at) VALUES" % (tbl, ", ".join(COLN[k] for k in ks))]
    vals = []
    for i, r in enumerate(rows):
        vals.append("  (%d, %s, now())" % (rng.randint(100, 99999), ", ".join(sqlq(r[k]) if k in r else "NULL" for k in ks)))
    return "\n".join(out) + "\n" + ",\n".join(vals) + ";"


def r_email(rng, lc, rows):
    r = rows[0]
    other = rows[1] if len(rows) > 1 else None
    out = ["Return-Path: <%s>" % r.get("email", "bounce@example.net")]
    if "ip" in r:
        out.append("Received: from [%s] (helo=laptop) by mx.example.net with ESMTPSA id 4Fk2; Tue, 03 Nov 2026 09:12:44 +0100" % r["ip"])
    out.append("Received: from mx.example.net by mail.example.org with LMTP; Tue, 03 Nov 2026 09:12:45 +0100")
    if "name" in r or "email" in r:
        out.append('From: "%s" <%s>' % (r.get("name", ""), r.get("email", "noreply@example.net")))
    if other:
        out.append('To: "%s" <%s>' % (other.get("name", ""), other.get("email", "team@example.org")))
    else:
        out.append("To: %s" % rng.choice(ORG_MAIL))
    out += ["Subject: %s" % rng.choice(["Re: invoice", "Fwd: contract draft", "Wohnungsbesichtigung", "question about my order"]),
            "Date: Tue, 03 Nov 2026 09:12:40 +0100", "Message-ID: <%s@mail.example.net>" % sha(str(rng.random()))[:20],
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", ""]
    body = ["Hi,", "", "see below."]
    sig = ["--"] + [str(r[k]) for k in ("name", "phone", "address", "dob", "idv", "iban", "card", "mrn") if k in r]
    return "\n".join(out + body + [""] + sig)


def r_vcard(rng, lc, rows):
    out = []
    for r in rows:
        out += ["BEGIN:VCARD", "VERSION:%s" % rng.choice(["3.0", "4.0"])]
        if "name" in r:
            out.append("FN:%s" % r["name"])
        if "phone" in r:
            out.append("TEL;TYPE=cell:%s" % r["phone"])
        if "email" in r:
            out.append("EMAIL;TYPE=home:%s" % r["email"])
        if "address" in r:
            out.append("ADR;TYPE=home:;;%s;;;;" % r["address"].replace(",", "\\,"))
        if "dob" in r:
            out.append("BDAY:%s" % r["dob"])
        for k in ("idv", "iban", "card", "ip", "mrn"):
            if k in r:
                out.append("NOTE:%s %s" % (COLN[k], r[k]))
        out.append("END:VCARD")
    return "\n".join(out)


def r_ical(rng, lc, rows):
    r = rows[0]
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example Corp//Calendar 5.2//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
           "UID:%s@example.com" % sha(str(rng.random()))[:16], "DTSTART:2026%02d%02dT%02d0000Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 17)),
           "DURATION:PT45M", "SUMMARY:%s" % rng.choice(["Viewing flat 3B", "Physio follow-up", "Parent-teacher meeting", "Onboarding call", "Kickoff"])]
    if "name" in r or "email" in r:
        out.append("ORGANIZER;CN=%s:mailto:%s" % (r.get("name", "Calendar"), r.get("email", "calendar@example.com")))
    for o in rows[1:]:
        out.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (o.get("name", "guest"), o.get("email", "guest@example.org")))
    if "address" in r:
        out.append("LOCATION:%s" % r["address"].replace(",", "\\,"))
    desc = ["%s: %s" % (COLN[k], r[k]) for k in ("phone", "dob", "idv", "mrn", "iban", "card", "ip") if k in r]
    if desc:
        out.append("DESCRIPTION:" + "\\n".join(desc))
    out += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(out)


def r_json(rng, lc, rows):
    data = []
    for i, r in enumerate(rows):
        data.append({"id": "cus_%s" % sha(str(i) + str(rng.random()))[:14], "type": "customer", "attributes": {COLN[k]: r[k] for k in KEYS if k in r}})
    obj = {"data": data, "meta": {"page": 1, "total": len(rows), "api_version": "2026-10-01"}}
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([2, None]))


def r_gitdiff(rng, lc, rows):
    if rng.random() < 0.5:
        out = ["diff --git a/tests/fixtures/users.yml b/tests/fixtures/users.yml", "index 3e1f0a2..9b7c4d1 100644", "--- a/tests/fixtures/users.yml",
               "+++ b/tests/fixtures/users.yml", "@@ -12,6 +12,%d @@ users:" % (6 + len(rows) * 3), "   - id: 41", "     role: viewer"]
        for r in rows:
            first = True
            for k in KEYS:
                if k in r:
                    out.append("+  %s %s: %s" % ("-" if first else " ", COLN[k], r[k]))
                    first = False
        out.append("   - id: 42")
        return "\n".join(out)
    out = []
    for r in rows:
        who = r.get("name", r.get("email", "ci-bot"))
        for k in KEYS:
            if k in r and k != "name":
                out.append("%s (%s 2026-%02d-%02d %02d:%02d:00 +0100 %3d)     %s = \"%s\"" % (sha(str(rng.random()))[:8], who, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(10, 300), COLN[k], r[k]))
        if all(k == "name" for k in r):
            out.append("%s (%s 2026-03-02 10:00:00 +0100  12)     retries = 3" % (sha(str(rng.random()))[:8], who))
    return "$ git blame config/seed.py\n" + "\n".join(out)


def r_srt(rng, lc, rows):
    lines = []
    t = rng.randint(1, 50)
    idx = 1
    filler = ["[music]", "- Okay, rolling.", "- Can you hear me?", "(door closes)", "- Let's start."]
    for r in rows:
        for k in KEYS:
            if k in r:
                lines.append({"name": "- My name is %s.", "phone": "- You can call me on %s.", "email": "- Write to %s.", "address": "- I live at %s.",
                              "dob": "- Born %s.", "idv": "- ID number %s.", "ip": "- The router said %s.", "card": "- Card %s.", "iban": "- Transfer to %s.",
                              "mrn": "- Record %s."}[k] % r[k])
        lines.insert(rng.randint(0, len(lines)), rng.choice(filler))
    out = []
    for ln in lines:
        out.append("%d\n00:%02d:%02d,%03d --> 00:%02d:%02d,%03d\n%s\n" % (idx, t // 60, t % 60, rng.randint(0, 999), (t + 3) // 60, (t + 3) % 60, rng.randint(0, 999), ln))
        idx += 1
        t += rng.randint(3, 9)
    return "\n".join(out)


def r_latex(rng, lc, rows):
    r = rows[0]
    to = r.get("name", "To whom it may concern")
    out = ["\\documentclass[11pt]{letter}", "\\usepackage[utf8]{inputenc}", "\\signature{%s}" % rng.choice(["Office", "Hiring team", "The Board"]),
           "\\address{Example Housing Co-op \\\\ 1 Main Square}", "\\begin{document}", "\\begin{letter}{%s \\\\ %s}" % (to, r.get("address", ""))]
    out.append("\\opening{Dear %s,}" % to)
    body = "We confirm the details we hold on file"
    extra = ["%s: \\texttt{%s}" % (COLN[k].replace("_", "\\_"), r[k]) for k in ("phone", "email", "dob", "idv", "iban", "card", "mrn", "ip") if k in r]
    out.append(body + (":\n\\begin{itemize}\n" + "\n".join("  \\item " + e for e in extra) + "\n\\end{itemize}" if extra else "."))
    out += ["\\closing{Kind regards,}", "\\end{letter}", "\\end{document}"]
    return "\n".join(out)


def r_sheet(rng, lc, rows):
    ks = cols(rows)
    letters = "BCDEFGHIJK"
    out = ["Sheet: %s" % rng.choice(["Roster", "Import_2026", "Guests", "Payroll draft"]), "A1: id"]
    for j, k in enumerate(ks):
        out.append("%s1: %s" % (letters[j], COLN[k]))
    for i, r in enumerate(rows, 2):
        out.append("A%d: %d" % (i, i - 1))
        for j, k in enumerate(ks):
            if k in r:
                v = r[k]
                if k == "email" and rng.random() < 0.5:
                    v = '=HYPERLINK("mailto:%s", "%s")' % (r[k], r[k])
                out.append("%s%d: %s" % (letters[j], i, v))
    n = len(rows) + 1
    out.append("%s%d: =COUNTA(B2:B%d)" % (letters[len(ks)], n + 1, n))
    out.append('%s%d: =IFERROR(VLOOKUP(A2,Archive!A:F,3,FALSE),"")' % (letters[len(ks)], n + 2))
    return "\n".join(out)


def r_hl7(rng, lc, rows):
    r = rows[0]
    if rng.random() < 0.5:
        nm = r.get("name", "")
        if " " in nm and lc["script"] not in ("Han", "Kana", "Hangul"):
            g, f = nm.split(" ", 1)
            nm = "%s^%s" % (f, g)
            r = dict(r, name=nm)
        segs = ["MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|LAB|GHH|20261104083015||ADT^A01^ADT_A01|MSG%s|P|2.5.1" % rd(rng, 6),
                "EVN|A01|20261104083000",
                "PID|1||%s^^^GHH^MR||%s||%s|%s|||%s||%s|||||%s|%s" % (r.get("mrn", ""), r.get("name", ""), r.get("dob", ""), rng.choice("FMU"),
                                                                    r.get("address", ""), r.get("phone", ""), r.get("idv", ""), r.get("email", "")),
                "PV1|1|I|2000^2012^01||||004777^ATTEND^AARON^A|||SUR||||ADM|A0|"]
        segs += ["NTE|%d||%s: %s" % (n + 1, COLN[k], r[k]) for n, k in enumerate(k for k in ("ip", "card", "iban") if k in r)]
        return "\r\n".join(segs).replace("\r\n", "\n")
    out = ['<Patient xmlns="http://hl7.org/fhir">', '  <id value="%s"/>' % sha(str(rng.random()))[:12]]
    if "mrn" in r:
        out.append('  <identifier><system value="urn:oid:1.2.36.146.595.217.0.1"/><value value="%s"/></identifier>' % r["mrn"])
    if "idv" in r:
        out.append('  <identifier><system value="urn:national-id"/><value value="%s"/></identifier>' % r["idv"])
    if "name" in r:
        out.append('  <name><text value="%s"/></name>' % r["name"])
    if "phone" in r:
        out.append('  <telecom><system value="phone"/><value value="%s"/></telecom>' % r["phone"])
    if "email" in r:
        out.append('  <telecom><system value="email"/><value value="%s"/></telecom>' % r["email"])
    if "dob" in r:
        out.append('  <birthDate value="%s"/>' % r["dob"])
    if "address" in r:
        out.append('  <address><text value="%s"/></address>' % r["address"])
    for k in ("ip", "card", "iban"):
        if k in r:
            out.append('  <extension url="urn:note:%s"><valueString value="%s"/></extension>' % (COLN[k], r[k]))
    out.append("</Patient>")
    return "\n".join(out)


def r_sepa(rng, lc, rows):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">', "<CstmrCdtTrfInitn>",
           "  <GrpHdr><MsgId>MSG-%s</MsgId><CreDtTm>2026-11-04T10:00:00</CreDtTm><NbOfTxs>%d</NbOfTxs></GrpHdr>" % (rd(rng, 8), len(rows)),
           "  <PmtInf><PmtInfId>PAY-%s</PmtInfId><PmtMtd>TRF</PmtMtd>" % rd(rng, 6)]
    for r in rows:
        out.append("    <CdtTrfTxInf><PmtId><EndToEndId>E2E-%s</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">%d.%02d</InstdAmt></Amt>" % (rd(rng, 8), rng.randint(5, 3000), rng.randint(0, 99)))
        cd = []
        if "name" in r:
            cd.append("<Nm>%s</Nm>" % r["name"])
        if "address" in r:
            cd.append("<PstlAdr><AdrLine>%s</AdrLine></PstlAdr>" % r["address"])
        out.append("      <Cdtr>%s</Cdtr>" % "".join(cd))
        if "iban" in r:
            out.append("      <CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>" % r["iban"].replace(" ", ""))
        rem = [str(r[k]) for k in ("email", "phone", "dob", "idv", "card", "mrn", "ip") if k in r]
        out.append("      <RmtInf><Ustrd>%s</Ustrd></RmtInf></CdtTrfTxInf>" % (" / ".join(rem) or "Rent Nov 2026"))
    out += ["  </PmtInf>", "</CstmrCdtTrfInitn>", "</Document>"]
    return "\n".join(out)


FORMATS = [("csv", r_csv, "export.csv", "text/csv"), ("log", r_log, "app.log", "text/plain"), ("html", r_html, "page.html", "text/html"),
           ("markdown", r_markdown, "notes.md", "text/markdown"), ("config", r_config, "settings.conf", "text/plain"), ("sql_dump", r_sql, "dump.sql", "application/sql"),
           ("email_headers", r_email, "message.eml", "message/rfc822"), ("vcard", r_vcard, "contacts.vcf", "text/vcard"), ("icalendar", r_ical, "invite.ics", "text/calendar"),
           ("json_api", r_json, "response.json", "application/json"), ("git_diff", r_gitdiff, "change.diff", "text/x-diff"), ("srt", r_srt, "interview.srt", "application/x-subrip"),
           ("latex", r_latex, "letter.tex", "application/x-tex"), ("spreadsheet", r_sheet, "sheet.txt", "text/plain"), ("hl7_fhir", r_hl7, "adt.hl7", "text/plain"),
           ("sepa_xml", r_sepa, "pain001.xml", "application/xml")]
# SEPA and spreadsheets want the bank/card fields; HL7/FHIR want the medical record number
FORMAT_KEYS = {"sepa_xml": ["name", "iban", "address"], "hl7_fhir": ["mrn", "name", "dob"], "email_headers": ["name", "email", "ip"],
               "icalendar": ["name", "email", "address"], "log": ["email", "ip"], "vcard": ["name", "phone", "email"]}


# ----------------------------------------------------------------------------------------------------------
# Requests around an artifact
# ----------------------------------------------------------------------------------------------------------
ASKS = {
    "csv": ["convert this to a JSON array", "dedupe the rows by the second column", "why does pandas read this as one column?", "sort by created_at and give it back"],
    "log": ["what's failing here? short answer", "group these lines by service and count them", "turn these log lines into a table", "anything suspicious in this log?"],
    "html": ["extract the field values as JSON", "why doesn't this form submit?", "make this table accessible (scope, caption)", "convert to markdown"],
    "markdown": ["convert this table to CSV", "fix the broken table alignment", "add a column 'status' with 'tbd'", "turn it into a bulleted list"],
    "config": ["convert this config to JSON", "is this valid? lint it", "rewrite this as environment variables", "which keys are duplicated?"],
    "sql_dump": ["turn this INSERT into a COPY statement", "why does this fail with a syntax error?", "convert the rows to CSV", "make it idempotent with ON CONFLICT"],
    "email_headers": ["which server did this come from? read the Received chain", "is this spoofed? check the headers", "summarise this mail", "extract sender and date as JSON"],
    "vcard": ["convert these vCards to CSV for import", "upgrade these to vCard 4.0", "why does my phone reject this vcf?", "merge the duplicates"],
    "icalendar": ["why does Outlook show this invite one hour late?", "convert the invite to plain text", "add a 15 min reminder (VALARM)", "extract time and location"],
    "json_api": ["write a TypeScript type for this response", "flatten this to CSV", "why is my jq filter returning null? '.data.attributes'", "pretty-print and sort keys"],
    "git_diff": ["review this diff", "write a commit message for this", "explain what changed", "should this be committed? be honest"],
    "srt": ["shift all timestamps by +2.5 s", "translate the subtitles to English", "convert to WebVTT", "fix the overlapping cues"],
    "latex": ["why does this not compile?", "convert to a plain text letter", "make the address block right-aligned", "translate the letter to English"],
    "spreadsheet": ["why does the VLOOKUP return #N/A?", "convert the cells into a CSV", "write the formula to count non-empty emails", "rebuild as a proper table"],
    "hl7_fhir": ["parse this into JSON (field names please)", "convert HL7 v2 PID to FHIR Patient", "which segment is malformed?", "summarise the message"],
    "sepa_xml": ["validate this pain.001 against the schema rules", "sum the amounts", "convert transactions to CSV", "why does the bank reject this file?"],
}
RELATION = ["my landlord's", "my sister's", "my ex's", "a tenant's", "my neighbour's", "my dad's", "a customer's", "my coworker's"]


def voice(rng, text, lc):
    v = rng.choice(["terse", "polite", "rude", "typos", "abbrev", "codeswitch", "verbose", "plain"])
    if v == "terse":
        text = text.lower().rstrip("?.!")
    elif v == "polite":
        text = "Hello! Could you please help: %s? Thank you so much." % text.rstrip("?.!")
    elif v == "rude":
        text = "%s. no lecture, just do it" % text.rstrip("?.!")
    elif v == "typos":
        w = text.split(" ")
        for _ in range(2):
            i = rng.randrange(len(w))
            if len(w[i]) > 3:
                j = rng.randrange(len(w[i]) - 1)
                w[i] = w[i][:j] + w[i][j + 1] + w[i][j] + w[i][j + 2:]
        text = " ".join(w)
    elif v == "abbrev":
        text = text.replace("please", "pls").replace("you", "u").replace("this", "dis") + " thx"
    elif v == "codeswitch":
        text = lc["intro"] + " " + text
    elif v == "verbose":
        text = "Context: I maintain a small internal tool and got this artifact from a colleague this morning. " + text + ". Keep the original structure where possible."
    if v != "codeswitch" and lc.get("intro") and not lc["tag"].startswith("en") and rng.random() < 0.7:
        text = lc["intro"] + " " + text
    return text, v


def b64file(text, fname, mime):
    return {"type": "file", "file": {"filename": fname, "file_data": "data:%s;base64,%s" % (mime, base64.b64encode(text.encode()).decode())}}


PLACEMENTS = ["user", "system", "assistant", "tool_result", "tool_args", "parts_text", "file_part", "response_format", "user_field", "metadata", "completions"]


def place(rng, placement, fmt, fname, mime, artifact, ask, rows, model, extra_id):
    sysmsg = rng.choice(["You are a helpful assistant.", "You help developers with data files.", "Answer concisely.", "You are an ops assistant for a small company."])
    if placement == "completions":
        return "completions", {"model": rng.choice(["gpt-3.5-turbo-instruct", "hybridgate/auto"]), "prompt": "%s\n\n---\n%s\n---\nAnswer:" % (ask, artifact), "max_tokens": rng.choice([256, 512, 800]), "temperature": 0}
    b = {"model": model}
    if placement == "user":
        msgs = [{"role": "system", "content": sysmsg}, {"role": "user", "content": "%s\n\n%s" % (ask, artifact)}]
    elif placement == "system":
        msgs = [{"role": "system", "content": "%s\nReference file (%s):\n%s" % (sysmsg, fname, artifact)}, {"role": "user", "content": ask}]
    elif placement == "assistant":
        msgs = [{"role": "user", "content": "I'll paste the file, just echo it back first"}, {"role": "assistant", "content": "Received:\n```\n%s\n```" % artifact}, {"role": "user", "content": ask}]
    elif placement == "tool_result":
        cid = "call_%s" % extra_id
        msgs = [{"role": "user", "content": ask + " (file: %s)" % fname},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "read_file", "arguments": json.dumps({"path": "/uploads/" + fname})}}]},
                {"role": "tool", "tool_call_id": cid, "content": artifact}]
        b["tools"] = [{"type": "function", "function": {"name": "read_file", "description": "Read an uploaded file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}}]
    elif placement == "tool_args":
        cid = "call_%s" % extra_id
        msgs = [{"role": "user", "content": "import the attached %s" % fmt},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "import_records", "arguments": json.dumps({"format": fmt, "content": artifact}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": json.dumps({"ok": False, "error": "row 2: unexpected token"})},
                {"role": "user", "content": ask}]
    elif placement == "parts_text":
        msgs = [{"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": artifact}]}]
    elif placement == "file_part":
        msgs = [{"role": "user", "content": [{"type": "text", "text": ask}, b64file(artifact, fname, mime)]}]
    elif placement == "response_format":
        ex = {COLN[k]: r[k] for r in rows[:1] for k in KEYS if k in r}
        msgs = [{"role": "user", "content": "%s -- output must follow the schema; the example in the schema is the row from %s" % (ask, fname)}]
        b["response_format"] = {"type": "json_schema", "json_schema": {"name": "%s_row" % fmt, "strict": True, "schema": {
            "type": "object", "properties": {k: {"type": "string"} for k in ex}, "required": sorted(ex), "additionalProperties": False, "examples": [ex]}}}
    elif placement == "user_field":
        msgs = [{"role": "user", "content": "%s\n\n%s" % (ask, artifact)}]
    else:  # metadata
        msgs = [{"role": "user", "content": "%s\n\n%s" % (ask, artifact)}]
        b["store"] = True
    b["messages"] = msgs
    return "chat", b


# ----------------------------------------------------------------------------------------------------------
# Labelling: search every issued value in the body (strings walked, JSON arguments parsed, files decoded)
# ----------------------------------------------------------------------------------------------------------
def strings(o, out):
    if isinstance(o, str):
        out.append(o)
        out.append(urllib.parse.unquote(o))
        if o.startswith("data:") and ";base64," in o:
            out.append(base64.b64decode(o.split(";base64,", 1)[1]).decode("utf-8"))
        s = o.strip()
        if s[:1] in "{[":
            try:
                strings(json.loads(s), out)
            except ValueError:
                pass
    elif isinstance(o, dict):
        for k in sorted(o):
            out.append(k)
            strings(o[k], out)
    elif isinstance(o, list):
        for x in o:
            strings(x, out)
    return out


def haystack(body):
    h = "\n".join(strings(body, []))
    return h + "\n" + h.replace("''", "'").replace("\\,", ",")


def issued(p):
    vals = [("person", p.full), ("person", "%s^%s" % (p.family, p.given)), ("email", p.email), ("phone", p.phone), ("STREET_ADDRESS", p.address),
            ("DATE_OF_BIRTH", p.dob), ("IP_ADDRESS", p.ip), ("credit_card", p.card), ("MEDICAL_RECORD", p.mrn)]
    if " " in p.full:
        g, f = p.full.split(" ", 1)
        vals.append(("person", "%s^%s" % (f, g)))
    if p.iban:
        vals += [("iban", p.iban), ("iban", p.iban.replace(" ", ""))]
    vals += [(t, v) for t, v in p.ids]
    return vals


def entities_of(body, people):
    h = haystack(body)
    found = set()
    for p in people:
        for t, v in issued(p):
            if v and v in h:
                found.add(t)
    return sorted(found)


# ----------------------------------------------------------------------------------------------------------
# Overlap guard against the other generators (automatic word scan, their sources are not read)
# ----------------------------------------------------------------------------------------------------------
GENERIC = {"Street", "Road", "Lane", "Close", "Gardens", "Mews", "Crescent", "Ave", "Jalan", "Lorong", "Rua", "Travessa", "Avenida", "Strada", "Aleea",
           "Ulica", "Put", "Sokak", "Caddesi", "Am", "Pod", "calle", "avenida", "plaza", "pasaje", "via", "vicolo", "viale", "rue", "allée", "impasse",
           "bin", "binti", "van", "de", "der", "del", "dei", "des", "du", "Neto", "Paes", "Gg", "Jl", "Nguyễn", "Trần", "Văn", "Thị", "Lê", "Phạm", "Võ",
           "Minh", "Hoàng", "đường", "hẻm", "Lis", "Juniper", "Hollow", "Saddlebrook"}


TOK = re.compile(r"[^\s\d\"'`.,;:!?()\[\]{}<>=/\\|#*+&%$@^~_\-]+")


# The generators whose words this one avoids, as they stood when its output was frozen (2026-12-04): a generator
# added later must not change this split's bytes.
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel', 'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tundra', 'unseen', 'wild')


def other_words():
    words = set()
    for f in (ROOT / ("make_%s_signal_sets.py" % other) for other in FROZEN_AGAINST):
        for w in TOK.findall(f.read_bytes().decode("utf-8", "replace")):
            if w[0].isupper() or any(ord(c) > 127 for c in w):
                words.add(w)
    return words


def name_tokens(s):
    return [t for t in TOK.findall(s) if (t[0].isupper() or any(ord(c) > 127 for c in t)) and t not in GENERIC]


def overlap_guard():
    """Drop from the own pools every name / street whose word occurs in the other generators' word set (deterministic,
    order kept), abort if a pool runs empty, then re-check every pool that can be issued and abort on any overlap."""
    theirs = other_words()
    for tag in sorted(L):
        lc = L[tag]
        lc["given"] = [x for x in lc["given"] if not any(t in theirs for t in name_tokens(split(x)[0]))]
        lc["family"] = [x for x in lc["family"] if not any(t in theirs for t in name_tokens(split(x)[0]))]
        lc["streets"] = [x for x in lc["streets"] if x not in theirs]
        if not (lc["given"] and lc["family"] and lc["streets"]):
            raise SystemExit("pool empty after overlap guard: %s" % tag)
    for v in sorted(PUBLIC):
        PUBLIC[v] = [x for x in PUBLIC[v] if x not in theirs and not any(t in theirs for t in name_tokens(x) if len(t) > 3 and t[0].isupper() is False)]
        if not PUBLIC[v]:
            raise SystemExit("public pool empty after overlap guard: %s" % v)
    bad = []
    for tag in sorted(L):
        lc = L[tag]
        for x in lc["given"] + lc["family"]:
            bad += [t for t in name_tokens(split(x)[0]) if t in theirs]
        bad += [s for s in lc["streets"] if s in theirs]
    for v in sorted(PUBLIC):
        bad += [s for s in PUBLIC[v] if s in theirs]
    if bad:
        raise SystemExit("overlap with other generators: %s" % ", ".join(sorted(set(bad))))
    return {t: (len(L[t]["given"]), len(L[t]["family"])) for t in sorted(L)}


# ----------------------------------------------------------------------------------------------------------
# PII split
# ----------------------------------------------------------------------------------------------------------
ETYPE = {"name": "person", "email": "email", "phone": "phone", "address": "STREET_ADDRESS", "dob": "DATE_OF_BIRTH", "ip": "IP_ADDRESS",
         "card": "credit_card", "iban": "iban", "mrn": "MEDICAL_RECORD"}
BASE_COLN = dict(COLN)
REC_COLN = {"name": "item", "email": "order_no", "phone": "sku", "address": "geo", "dob": "timestamp", "idv": "version", "ip": "host_ip",
            "card": "invoice", "iban": "tracking_no", "mrn": "sha"}
BENIGN_KINDS = ["placeholder", "anonymised", "docs", "public", "records"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "claude-sonnet-4", "llama-3.3-70b", "mistral-large"]


def build_pii(rng):
    tags = sorted(L)
    recs = []
    n_sens, n_ben = 18, 13
    k = 0
    for fi, (fmt, render, fname, mime) in enumerate(FORMATS):
        plan = [True] * n_sens + [False] * n_ben
        rng.shuffle(plan)
        for j, sens in enumerate(plan):
            k += 1
            lc = L[tags[(k * 7 + fi) % len(tags)]]
            placement = PLACEMENTS[(k * 5 + j) % len(PLACEMENTS)]
            people = []
            COLN.clear()
            COLN.update(BASE_COLN)
            incidental = False
            if sens:
                n = rng.choice([1, 1, 2, 3, 4, 6])
                people = [Person(rng, lc) for _ in range(n)]
                incidental = rng.random() < 0.17
                if incidental:
                    keys = [rng.choice(["phone", "name", "email", "dob", "ip", "address"])]
                else:
                    base = FORMAT_KEYS.get(fmt, ["name", "email", "phone"])
                    extra = rng.sample([x for x in KEYS if x not in base], rng.randint(0, 3))
                    if rng.random() < 0.55:
                        extra.append("idv")
                    keys = sorted(set(base + extra), key=KEYS.index)
                rows = [person_row(rng, p, keys) for p in people]
                if incidental and len(rows) > 1:
                    rows = rows[:1]
                    people = people[:1]
                kind = "incidental" if incidental else "records_%d" % len(people)
            else:
                kind = BENIGN_KINDS[(k + j) % len(BENIGN_KINDS)]
                if kind == "records":
                    COLN.clear()
                    COLN.update(REC_COLN)
                base = FORMAT_KEYS.get(fmt, ["name", "email", "phone"])
                extra = rng.sample([x for x in KEYS if x not in base], rng.randint(0, 3))
                keys = sorted(set(base + extra), key=KEYS.index)
                rows = [{kk: benign_row(rng, kind, lc, i)[kk] for kk in keys} for i in range(rng.choice([1, 2, 3, 5]))]
            artifact = render(rng, lc, rows)
            if sens and incidental and fmt not in ("log",):
                # bury the single item in a longer artifact of harmless rows
                COLN.clear()
                COLN.update(REC_COLN)
                filler = render(rng, lc, [{kk: benign_row(rng, "records", lc, i)[kk] for kk in ["name", "email", "phone"]} for i in range(rng.randint(3, 8))])
                artifact = filler + "\n\n" + artifact if rng.random() < 0.5 else artifact + "\n\n" + filler
            ask = rng.choice(ASKS[fmt])
            if sens and incidental and "name" in keys:
                ask = "this is %s %s, %s" % (rng.choice(RELATION), fmt.replace("_", " "), ask)
            ask, v = voice(rng, ask, lc)
            model = MODELS[(k + fi) % len(MODELS)]
            endpoint, body = place(rng, placement, fmt, fname, mime, artifact, ask, rows, model, sha("%d" % k)[:10])
            if placement == "user_field" and people:
                body["user"] = people[0].email
            elif placement == "user_field":
                body["user"] = "u_" + sha("u%d" % k)[:16]
            if placement == "metadata":
                body["metadata"] = {"source": fname, "ticket": "TCK-%s" % rd(rng, 6)}
                if people:
                    body["metadata"]["uploaded_by"] = people[0].full
            ents = entities_of(body, people)
            if sens and not ents:
                raise SystemExit("sensitive record without entities: %d %s" % (k, fmt))
            if not sens and ents:
                raise SystemExit("benign record with entities: %d" % k)
            recs.append({"id": "%s-pii-%04d" % (NAME, len(recs) + 1), "category": fmt if sens else fmt + "_benign", "sensitive": sens,
                         "entities": ents, "endpoint": endpoint, "lang": lc["tag"], "style": "%s · %s · %s · %s" % (fmt, placement, v, kind), "body": body,
                         "_people": people})
    COLN.clear()
    COLN.update(BASE_COLN)
    return recs


# ----------------------------------------------------------------------------------------------------------
# Complexity split: easy vs hard asks ABOUT artifacts of the same formats (no personal data needed)
# ----------------------------------------------------------------------------------------------------------
CX_LANG = {  # tag: (easy ask, hard ask) in the writer's language
    "en": ("Convert this to JSON, keep the field order.", "Find the root cause, walk through the reasoning step by step and propose a fix with its trade-offs."),
    "de-DE": ("Wandle das bitte in JSON um.", "Finde die eigentliche Ursache, begründe sie Schritt für Schritt und schlag eine Lösung mit Abwägungen vor."),
    "fr-FR": ("Convertis ça en CSV stp.", "Trouve la cause racine, raisonne étape par étape et propose un correctif en pesant les compromis."),
    "es-ES": ("Resúmelo en tres puntos.", "Encuentra la causa raíz, razona paso a paso y propone una solución comparando alternativas."),
    "es-MX": ("Sácame la lista de columnas nomás.", "Demuestra si la consulta es correcta o da un contraejemplo mínimo y corrígela."),
    "it-IT": ("Traduci le intestazioni in italiano.", "Individua la causa principale, ragiona passo per passo e proponi una correzione valutando i compromessi."),
    "pt-BR": ("Conta quantas linhas tem status 500.", "Descubra a causa raiz, explique o raciocínio passo a passo e proponha uma correção com prós e contras."),
    "pt-PT": ("Ordena por data, por favor.", "Prova que a migração não perde dados em caso de falha a meio, ou mostra o cenário em que perde."),
    "nl-NL": ("Zet dit om naar een Markdown-tabel.", "Zoek de grondoorzaak, redeneer stap voor stap en stel een oplossing voor met de afwegingen."),
    "pl-PL": ("Wypisz wszystkie unikalne wartości z kolumny status.", "Znajdź przyczynę źródłową, uzasadnij krok po kroku i zaproponuj poprawkę z kompromisami."),
    "sv-SE": ("Gör om det här till YAML.", "Bevisa att frågan ger exakt en rad per kund även vid lika datum, eller ge ett motexempel."),
    "da-DK": ("Oversæt kolonnenavnene til engelsk.", "Design en migrering uden nedetid og sammenlign mindst to strategier med risici og rollback."),
    "fi-FI": ("Laske rivien määrä.", "Etsi juurisyy, perustele vaihe vaiheelta ja ehdota korjausta kompromisseineen."),
    "tr-TR": ("Bunu JSON'a çevir.", "Kök nedeni bul, adım adım gerekçelendir ve ödünleşimleriyle bir düzeltme öner."),
    "cs-CZ": ("Převeď to do CSV.", "Dokaž, že dotaz je správný, nebo najdi protipříklad a oprav ho."),
    "ro-RO": ("Fă un rezumat scurt.", "Găsește cauza principală, explică pas cu pas și propune o soluție cu compromisurile ei."),
    "hu-HU": ("Alakítsd át táblázattá.", "Találd meg a kiváltó okot, lépésenként indokold, és javasolj javítást a kompromisszumokkal."),
    "ru-RU": ("Переведи это в JSON.", "Найди первопричину, рассуждай по шагам и предложи исправление с компромиссами."),
    "uk-UA": ("Зроби короткий підсумок.", "Доведи коректність запиту або наведи контрприклад і виправ його."),
    "bg-BG": ("Извади всички дати.", "Проектирай миграция без прекъсване и сравни два подхода с рисковете им."),
    "el-GR": ("Μετάτρεψέ το σε CSV.", "Βρες τη βασική αιτία, εξήγησε βήμα βήμα και πρότεινε λύση με τα αντισταθμίσματα."),
    "ar-EG": ("حوّل ده لـ JSON لو سمحت.", "اعرف السبب الجذري، واشرح خطوة بخطوة، واقترح حل مع المفاضلات."),
    "ar-SA": ("لخص الملف في ثلاث نقاط.", "أثبت أن الاستعلام صحيح أو أعط مثالاً مضاداً وصححه."),
    "fa-IR": ("ستون‌ها را فهرست کن.", "علت اصلی را پیدا کن، گام به گام استدلال کن و راه‌حلی با بده‌بستان‌هایش پیشنهاد بده."),
    "he-IL": ("תמיר את זה ל-CSV בבקשה.", "מצא את שורש הבעיה, נמק שלב אחר שלב והצע תיקון עם השיקולים."),
    "hi-IN": ("इसे JSON में बदल दो।", "मूल कारण खोजो, कदम-दर-कदम तर्क दो और ट्रेड-ऑफ के साथ समाधान सुझाओ।"),
    "bn-BD": ("এটা সংক্ষেপে লিখে দাও।", "মূল কারণ খুঁজে বের করো, ধাপে ধাপে যুক্তি দাও এবং সুবিধা-অসুবিধাসহ সমাধান দাও।"),
    "ta-IN": ("இதை CSV ஆக மாற்றுங்கள்.", "மூல காரணத்தைக் கண்டறிந்து, படிப்படியாக விளக்கி, சமரசங்களுடன் தீர்வு சொல்லுங்கள்."),
    "th-TH": ("ช่วยแปลงเป็น JSON หน่อย", "หาสาเหตุที่แท้จริง อธิบายทีละขั้น และเสนอวิธีแก้พร้อมข้อดีข้อเสีย"),
    "vi-VN": ("Chuyển cái này sang CSV giúp mình.", "Tìm nguyên nhân gốc, lập luận từng bước và đề xuất cách sửa kèm đánh đổi."),
    "id-ID": ("Ubah ini jadi tabel.", "Buktikan query ini benar atau beri contoh tandingan lalu perbaiki."),
    "zh-CN": ("把这个转成JSON。", "找出根本原因，逐步推理，并给出带权衡分析的修复方案。"),
    "zh-TW": ("幫我整理成表格。", "證明這個查詢是正確的，或給出反例並修正。"),
    "ja-JP": ("これをCSVに変換してください。", "根本原因を特定し、段階的に推論して、トレードオフを含む修正案を出してください。"),
    "ko-KR": ("이거 JSON으로 바꿔줘.", "근본 원인을 찾고 단계별로 추론한 뒤 트레이드오프와 함께 수정안을 제시해줘."),
    "sw-KE": ("Badilisha hii kuwa CSV tafadhali.", "Tafuta chanzo halisi, eleza hatua kwa hatua na pendekeza suluhisho pamoja na faida na hasara."),
}

HARD_DETAIL = {
    "log": "Requests time out only when the cache node restarts; correlate the timestamps and explain the causal chain (retries, pool exhaustion, thundering herd).",
    "sql_dump": "Prove that SELECT DISTINCT ON (customer_id) ... ORDER BY customer_id, created_at DESC returns exactly one latest order per customer even with equal timestamps, or give a counterexample.",
    "csv": "The exported totals differ from the ledger by 0.03 per 1,000 rows; determine which rounding mode and float parsing step causes it and prove it.",
    "config": "Given these retry and timeout settings across three services, compute the worst-case end-to-end latency and show whether a retry storm is possible; propose budgets.",
    "json_api": "Design cursor pagination that never skips or duplicates items under concurrent inserts and deletes; argue correctness and index requirements.",
    "git_diff": "This change introduced a race; give the exact interleaving of two workers that double-charges, then propose a fix and argue why it is linearizable.",
    "icalendar": "The weekly RRULE shows one hour off after the DST switch only for attendees in another zone; walk through TZID/UTC expansion and fix it.",
    "hl7_fhir": "Decide if merging two patient records with matching DOB but different identifiers is safe; design the matching rule and quantify false-merge risk.",
    "sepa_xml": "The bank rejects the batch intermittently; reason over the control sum, character set rules and duplicate MsgId handling to find which rule fails.",
    "spreadsheet": "Explain why the array formula recalculates in O(n^2) and redesign the sheet to scale to 200k rows with the same results.",
    "srt": "Subtitles drift linearly; derive a least-squares re-timing from three anchor points and prove it minimises total offset error.",
    "latex": "The compile loops forever; trace the macro expansion to the recursive definition and fix it without changing the output.",
    "html": "Design a migration of this form to a schema with split name/address fields; compare expand-contract vs dual-write, locking on Postgres 16, and rollback.",
    "markdown": "The table renders differently on two renderers; determine from the CommonMark/GFM spec which rule applies and which renderer is wrong.",
    "email_headers": "Determine whether SPF, DKIM and DMARC alignment can all pass for this message given the Received chain; reason step by step.",
    "vcard": "Design a deduplication algorithm for 2M contacts with fuzzy phone/name matching; give its complexity and the precision/recall trade-off.",
}
EASY_DETAIL = ["Output only the result.", "Keep it short.", "No explanation needed.", "Use a code block.", ""]


def big_artifact(rng, fmt, target):
    lines = []
    i = 0
    while sum(len(x) + 1 for x in lines) < target:
        i += 1
        if fmt == "log":
            lines.append("2026-11-04T%02d:%02d:%02d.%03dZ %s [%s] %s dur_ms=%d req=%s" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999),
                         rng.choice(["INFO", "WARN", "ERROR"]), rng.choice(["gateway", "cache", "orders", "payments"]), rng.choice(["GET /v1/items 200", "pool exhausted", "retry 2/3", "cache miss", "upstream timeout"]), rng.randint(1, 9000), sha(str(i))[:8]))
        elif fmt == "sql_dump":
            lines.append("INSERT INTO orders (id, customer_id, sku, qty, created_at) VALUES (%d, %d, 'SKU-%s', %d, '2026-%02d-%02d %02d:00');" % (i, rng.randint(1, 40), rd(rng, 5), rng.randint(1, 9), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23)))
        elif fmt == "config":
            lines.append("  %s_%d:\n    timeout_ms: %d\n    retries: %d\n    backoff: %s" % (rng.choice(["svc_a", "svc_b", "svc_c"]), i, rng.choice([200, 500, 1000, 3000]), rng.randint(0, 5), rng.choice(["exp", "linear", "none"])))
        elif fmt == "json_api":
            lines.append(json.dumps({"id": i, "sku": "SKU-%s" % rd(rng, 5), "price": round(rng.uniform(1, 300), 2), "updated": "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))}) + ",")
        elif fmt == "git_diff":
            lines.append("%s    %s" % (rng.choice(["+", "-", " "]), rng.choice(["balance = fetch_balance(acct)", "if balance >= amount:", "    charge(acct, amount)", "lock.release()", "return Result.ok()", "log.info('charged')"])))
        elif fmt == "srt":
            lines.append("%d\n00:%02d:%02d,000 --> 00:%02d:%02d,500\n%s\n" % (i, i // 60, i % 60, i // 60, i % 60, rng.choice(["Where were you?", "The train is late again.", "[laughs]", "We should go.", "Not tonight."])))
        elif fmt == "spreadsheet":
            lines.append("A%d: SKU-%s | B%d: %d | C%d: =B%d*%0.2f | D%d: =SUMPRODUCT((A$2:A$%d=A%d)*B$2:B$%d)" % (i, rd(rng, 5), i, rng.randint(1, 99), i, i, rng.uniform(1, 50), i, i, i, i))
        else:
            lines.append("%d,SKU-%s,%s,%d,%.2f,2026-%02d-%02d" % (i, rd(rng, 5), rng.choice(PRODUCTS), rng.randint(1, 50), rng.uniform(0.5, 400), rng.randint(1, 12), rng.randint(1, 28)))
    return "\n".join(lines)


def build_cx(rng):
    tags = sorted(CX_LANG)
    fmts = sorted(HARD_DETAIL)
    plan = ["short_simple"] * 46 + ["long_easy"] * 54 + ["short_hard"] * 48 + ["long_hard"] * 42
    rng.shuffle(plan)
    recs = []
    for i, cat in enumerate(plan):
        tag = tags[(i * 11) % len(tags)]
        fmt = fmts[(i * 7 + len(cat)) % len(fmts)]
        easy_l, hard_l = CX_LANG[tag]
        hard = cat in ("short_hard", "long_hard")
        if cat == "short_simple":
            art = big_artifact(rng, fmt, rng.randint(60, 300))
            ask = rng.choice([easy_l, easy_l + " " + rng.choice(EASY_DETAIL), "%s (%s)" % (rng.choice(ASKS[fmt]), easy_l)])
            text = "%s\n\n%s" % (ask, art)
        elif cat == "long_easy":
            art = big_artifact(rng, fmt, rng.randint(1700, 6000))
            ask = rng.choice([easy_l, rng.choice(ASKS[fmt]), easy_l + " " + rng.choice(EASY_DETAIL), "how many lines is this", "summarise in 2 sentences"])
            text = "%s\n\n%s" % (ask, art) if rng.random() < 0.6 else "%s\n\n%s" % (art, ask)
        elif cat == "short_hard":
            text = rng.choice(["%s %s" % (hard_l, HARD_DETAIL[fmt]), HARD_DETAIL[fmt], "%s\n%s" % (HARD_DETAIL[fmt], hard_l)])
            if rng.random() < 0.4:
                text += "\n\n" + big_artifact(rng, fmt, 150)
        else:
            art = big_artifact(rng, fmt, rng.randint(1200, 5000))
            text = "%s\n%s\n\n%s" % (hard_l, HARD_DETAIL[fmt], art) if rng.random() < 0.5 else "%s\n\n%s %s" % (art, HARD_DETAIL[fmt], hard_l)
        text, v = voice(rng, text, {"intro": "", "tag": tag}) if rng.random() < 0.3 else (text, "plain")
        if cat == "long_easy" and len(text) < 1500:
            raise SystemExit("long_easy too short")
        msgs = [{"role": "user", "content": text}]
        if rng.random() < 0.4:
            msgs.insert(0, {"role": "system", "content": rng.choice(["You are a senior engineer.", "Be concise.", "You help with data files."])})
        recs.append({"id": "%s-cx-%04d" % (NAME, i + 1), "category": cat, "label": int(hard), "length_adversarial": cat in ("long_easy", "short_hard"),
                     "endpoint": "chat", "lang": tag, "style": "%s/%s/%s" % ("hard" if hard else "easy", fmt, v),
                     "body": {"model": MODELS[i % len(MODELS)], "messages": msgs}})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261204)
    ap.add_argument("--out", default=str(ROOT / "data" / "signals"))
    a = ap.parse_args()
    pools = overlap_guard()
    rng = random.Random(a.seed)
    pii = build_pii(rng)
    cx = build_cx(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / ("pii_%s.jsonl" % NAME), "w", encoding="utf-8") as fh:
        for r in pii:
            r = {k: v for k, v in r.items() if not k.startswith("_")}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(out / ("complexity_%s.jsonl" % NAME), "w", encoding="utf-8") as fh:
        for r in cx:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # counts
    sens = sum(r["sensitive"] for r in pii)
    ep = collections.Counter(r["endpoint"] for r in pii)
    langs = sorted({r["lang"] for r in pii})
    scripts = sorted({L[t]["script"] for t in langs})
    inc = sum(1 for r in pii if r["style"].endswith("incidental"))
    ents = collections.Counter(e for r in pii for e in r["entities"])
    kinds = collections.Counter(r["style"].split(" · ")[-1] for r in pii if not r["sensitive"])
    print("pii_%s.jsonl: %d requests (%d chat, %d completions) in %d language tags / %d scripts; %d formats; %d sensitive (%.1f%%) / %d benign; %d incidental"
          % (NAME, len(pii), ep["chat"], ep["completions"], len(langs), len(scripts), len(FORMATS), sens, 100.0 * sens / len(pii), len(pii) - sens, inc))
    print("  entities:", dict(sorted(ents.items())))
    print("  benign kinds:", dict(sorted(kinds.items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    cc = collections.Counter(r["category"] for r in cx)
    adv = sum(r["length_adversarial"] for r in cx)
    print("complexity_%s.jsonl: %d chat requests in %d language tags: %s; %d (%.0f%%) length-adversarial, %d labelled 1"
          % (NAME, len(cx), len({r["lang"] for r in cx}), ", ".join("%s %d" % (k, cc[k]) for k in ("short_simple", "long_easy", "short_hard", "long_hard")),
             adv, 100.0 * adv / len(cx), sum(r["label"] for r in cx)))


if __name__ == "__main__":
    main()
