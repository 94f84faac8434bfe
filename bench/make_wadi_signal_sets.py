#!/usr/bin/env python3
"""Wadi: a blind evaluation split for the request signals -- TAX, ACCOUNTING, PAYROLL BUREAUS AND CUSTOMS BROKERAGE.

Writes bench/data/signals/pii_wadi.jsonl and bench/data/signals/complexity_wadi.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial,
endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the writer brief, the first 70 lines of make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. The detector, its
    tests, the evaluator, results, policies, docs, commit history and the other generators were not read; the
    other generators' sources are only scanned automatically at run time (FROZEN_AGAINST) for capitalised and
    non-ASCII words, and every colliding pool entry is dropped and refilled from composed names.

World and organising principle
    Messages that tax preparers, self-assessment filers, VAT/GST clerks, payroll bureaus, auditors, bookkeepers,
    customs brokers, tax-authority letters and tax-software exports send to an LLM assistant. Organised by the
    KIND of document (intake, correspondence, scheduling, complaint, internal_note, export, notice, form, chat),
    each with a sensitive variant (category ``<kind>``) and a benign hard negative (``<kind>_benign``), several
    voices per kind, rotated over 23 locales in 10 scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari,
    Thai, Han, Kana, Hangul) with jargon (SA100, P60, UStVA, 1040, ITR, EORI, HS code, MRN), abbreviations,
    typos and code-switching between the data language and English.

Where the line is drawn
    Personal data: private clients, taxpayers, employees and importers; staff named with a role cue; relatives
    with a relation cue; their phones (also with extensions), personal e-mails, home addresses, birth dates,
    national / tax numbers, IBANs, payment cards, US routing+account pairs and a private user's public IP.
    Not personal data (benign): public figures in their public role (finance ministers, tax commissioners),
    historical persons and eponyms (Pacioli, Laffer, Benford, Pigou), firms and streets named after people,
    organisations' switchboards and role mailboxes, emergency numbers, MRN / case / invoice / EORI-style
    firm identifiers, company registration numbers, HS codes, versions, timestamps, hashes, ISBNs, RFC 5737 /
    RFC 3849 addresses, example.com, published test cards, blank forms with placeholders, anonymised rows and
    aggregate statistics.

Labels
    ``entities`` = [{"type", "value"}] for every issued personal value found by SEARCHING the serialised body
    (base64 file parts decoded, URLs unquoted); ``sensitive`` iff non-empty. US SSN -> US_SSN; other citizen /
    social numbers -> NATIONAL_ID; taxpayer numbers (Steuer-ID, NIF/DNI, codice fiscale, CPF, UTR, INN, RNTRC,
    NIP, AFM, PAN, Egyptian TN) -> TAX_ID; IBAN -> IBAN_CODE; card -> CREDIT_CARD; routing+account ->
    US_BANK_NUMBER; plus PERSON, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, IP_ADDRESS.
    Complexity: short_simple 0, long_easy 0 (>= 1,500 chars), short_hard 1, long_hard 1; short_hard and
    long_easy are length_adversarial.

Contents (seed 52907461)
    Printed by the run: pii_wadi.jsonl 504 requests = 9 kinds x (33 sensitive + 23 benign) = 297 / 207
    (58.9% sensitive), 51 completions, 23 language tags in 10 scripts, 39 sensitive records with a single
    incidental item, 15 placements; complexity_wadi.jsonl 192 chat requests in 12 languages (48 per category,
    96 labelled 1, 96 length-adversarial). The freeze scanned 109 generators and dropped 521 pool entries
    (given 179, surnames 165, streets 87, cities 68, public figures 13, firms 8, eponym streets 1), refilled
    from composed names.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (IBAN mod-97,
    Luhn cards, ABA routing); every phone number with ``phonenumbers``; IPs must be global; an invalid value
    aborts the run; every retry loop is capped; output is byte-reproducible (random.Random(seed) only).

Command
    python bench/make_wadi_signal_sets.py [--seed N] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import ipaddress
import json
import pathlib
import re
import sys
import unicodedata
import urllib.parse

import random

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.eg import tn as eg_tn
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import utr
from stdnum.gr import vat as gr_vat
from stdnum.il import idnr as il_idnr
from stdnum.in_ import pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import nip
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

SPLIT = "wadi"
DEFAULT_SEED = 52907461
FROZEN_AGAINST = tuple("""arete arroyo atlas atoll bajada barchan bayou bergschrund blind bluff bornhardt butte caldera
canyon caprock cenote cirque coquina coulee cuesta cwm delta doline drumlin dune erg esker estuary felsenmeer fen fjord
flysch fumarole geyser glacier gnamma gour guyot hamada heron hogback hoodoo horst hummock inlier inselberg isthmus kame
karst kestrel kettle kipuka klint kopje lagoon lahar lantern lapiaz loess lunette maar meadow mesa mogote monadnock moraine
mosaic moulin nubbin nunatak outwash oxbow pediment pingo playa polje quarry ravine regolith ria rill sabkha sandur
sastrugi scarp scree sealed serac sierra sinter skerry solfatara steppe tafoni talus tarn tepui tinaja tombolo tor tufa
tundra tuya unseen ventifact wild yardang yazoo zeugen""".split())

GENERIC = set("""Street St Road Rd Avenue Ave Lane Way Close Drive Straße Strasse Str Weg Platz Allee Gasse Rue Avenue Boulevard
Calle Avda Via Viale Piazza Corso Rua Avenida Praça Laan Straat Plein Gracht Ulica Aleja Plac Gatan Vägen Sokak Caddesi Cad
Mahallesi GmbH Ltd LLC Inc Co KG AG SA SRL BV AB Sp Partners Partner Tax Steuer Steuerberatung Accounting Accountants
Payroll Customs Brokers Brokerage Bureau Services Group Associates Consulting Treuhand Conseil Asesores Gestoría Studio
Associati Contabilidade Belastingadvies Biuro Rachunkowe Redovisning Muhasebe Gümrük Müşavirliği Mali""".split())

KINDS = ["intake", "correspondence", "scheduling", "complaint", "internal_note", "export", "notice", "form", "chat"]
PLACES = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_call",
          "response_format", "user_field", "stop", "prediction", "metadata"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto", "claude-3-5-sonnet", "llama-3.1-70b-instruct"]


class Abort(Exception):
    pass


# ----------------------------------------------------------------------------------------------------- locales
# name pools, syllables for composed refill, streets, cities (postcode pattern), labels
LOC = {
    "de-DE": dict(script="Latin", region="DE", iban="DE", given="Jannik Merle Torben Silke Henrik Wiebke Jost Frauke".split(),
                  sur="Brackmann Wöhrle Tiedemann Oltmanns Kässbohrer Rieckhoff Hölscher Pannwitz".split(),
                  syl=["Har", "mel", "Win", "tje", "Bor", "ke", "Lüt", "je", "Ans", "gar", "Ede", "wold"], sufx=["mann", "ing", "hoff", "ke"],
                  streets=["Lindenhofweg", "Am Kiesberg", "Brunnenstraße", "Hainbuchenweg", "Rosenanger"], cities=[("Kassel", "341##"), ("Lüneburg", "213##"), ("Gera", "075##")],
                  L=dict(name="Name", dob="Geburtsdatum", tax="Steuer-ID", addr="Anschrift", phone="Tel.", bank="IBAN", mail="E-Mail",
                         hi="Hallo", ret="Einkommensteuererklärung", note="Mandant hat Belege nachgereicht, Werbungskosten prüfen.", vat="UStVA", slip="Lohnabrechnung")),
    "fr-FR": dict(script="Latin", region="FR", iban="FR", given="Maëlle Gaëtan Solène Aurélien Ombeline Thibaut Léonie Baptiste".split(),
                  sur="Vaillancourt Peyrefitte Delaunay Boisseau Lemarquis Chabrol Tessier Gravelotte".split(),
                  syl=["Ber", "nar", "Clé", "mence", "Fau", "vel", "Mar", "ti", "Ro", "lan", "Eu", "lie"], sufx=["eau", "ière", "and", "ot"],
                  streets=["rue des Tanneurs", "allée des Sorbiers", "chemin du Moulin-Neuf", "impasse des Glycines"], cities=[("Angers", "490##"), ("Limoges", "870##"), ("Nancy", "540##")],
                  L=dict(name="Nom", dob="Date de naissance", tax="N° de sécurité sociale", addr="Adresse", phone="Tél.", bank="IBAN", mail="Courriel",
                         hi="Bonjour", ret="déclaration de revenus", note="Le client a fourni les justificatifs, vérifier les frais réels.", vat="déclaration de TVA", slip="bulletin de paie")),
    "es-ES": dict(script="Latin", region="ES", iban="ES", given="Iciar Ander Nerea Íñigo Ainhoa Fermín Rocío Gonzalo".split(),
                  sur="Echeverría Larrañaga Villalobos Urquijo Benavente Zubizarreta Arrieta Olmedo".split(),
                  syl=["Al", "ba", "Mi", "ren", "Gor", "ka", "Ne", "rea", "Ja", "vi", "Ru", "ti"], sufx=["ez", "aga", "eta", "ero"],
                  streets=["Calle de los Almendros", "Calle Alfareros", "Avenida de la Ribera", "Travesía del Pozo"], cities=[("Zaragoza", "500##"), ("Burgos", "090##"), ("Murcia", "300##")],
                  L=dict(name="Nombre", dob="Fecha de nacimiento", tax="NIF", addr="Domicilio", phone="Tel.", bank="IBAN", mail="Correo",
                         hi="Hola", ret="declaración de la renta", note="El cliente aportó facturas, revisar deducciones.", vat="modelo 303", slip="nómina")),
    "it-IT": dict(script="Latin", region="IT", iban="IT", given="Ludovica Ettore Benedetta Tommaso Ginevra Saverio Ilaria Corrado".split(),
                  sur="Scarpellini Bonfiglioli Tagliaferri Mazzoleni Ciampolini Ferraresi Bertolazzi Quagliotti".split(),
                  syl=["Gia", "co", "Lu", "cre", "Ot", "ta", "Vi", "na", "Sil", "vio", "Ma", "ri"], sufx=["etti", "oni", "elli", "ari"],
                  streets=["Via dei Mulini", "Via del Carmine", "Vicolo Stretto", "Via delle Fornaci"], cities=[("Bergamo", "241##"), ("Modena", "411##"), ("Lecce", "731##")],
                  L=dict(name="Nome", dob="Data di nascita", tax="Codice fiscale", addr="Indirizzo", phone="Tel.", bank="IBAN", mail="Email",
                         hi="Buongiorno", ret="dichiarazione dei redditi (730)", note="Il cliente ha consegnato le ricevute, verificare detrazioni.", vat="liquidazione IVA", slip="cedolino")),
    "nl-NL": dict(script="Latin", region="NL", iban="NL", given="Maartje Joost Femke Sietse Lieke Wouter Anouk Ruben".split(),
                  sur="Brouwershaven Terpstra Hoekstra-Vos Wijnbergen Dijkhuizen Kloosterman Veenstra Oosterhuis".split(),
                  syl=["Jel", "le", "Sjoer", "d", "Ti", "mo", "Hid", "de", "Rin", "ske", "Bou", "ke"], sufx=["stra", "inga", "huis", "man"],
                  streets=["Lijnbaansgracht", "Populierenlaan", "Zuiderdijk", "Kerkpad"], cities=[("Zwolle", "8011 ##"), ("Leeuwarden", "8911 ##"), ("Delft", "2611 ##")],
                  L=dict(name="Naam", dob="Geboortedatum", tax="BSN", addr="Adres", phone="Tel.", bank="IBAN", mail="E-mail",
                         hi="Hoi", ret="aangifte inkomstenbelasting", note="Klant heeft bonnetjes nagestuurd, aftrekposten checken.", vat="btw-aangifte", slip="loonstrook")),
    "pl-PL": dict(script="Latin", region="PL", iban="PL", given="Zofia Bartosz Agnieszka Wojciech Małgorzata Przemysław Dorota Kacper".split(),
                  sur="Wróblewska Szczepaniak Kołodziej Zawadzki Przybylska Jabłoński Gołębiowska Kamiński".split(),
                  syl=["Bo", "gu", "Mie", "czy", "Ja", "dwi", "Sta", "ni", "Wie", "sła", "Ro", "ma"], sufx=["ński", "wicz", "czak", "ska"],
                  streets=["ul. Ogrodowa", "ul. Kasztanowa", "ul. Młynarska", "ul. Polna"], cities=[("Lublin", "20-###"), ("Toruń", "87-###"), ("Opole", "45-###")],
                  L=dict(name="Imię i nazwisko", dob="Data urodzenia", tax="NIP", addr="Adres", phone="Tel.", bank="IBAN", mail="E-mail",
                         hi="Dzień dobry", ret="PIT-37", note="Klient dosłał faktury, sprawdzić ulgi.", vat="JPK_V7", slip="pasek wynagrodzeń")),
    "pt-BR": dict(script="Latin", region="BR", iban=None, given="Thaís Caio Luana Everton Jussara Wellington Rayssa Davi".split(),
                  sur="Nogueira Bittencourt Cavalcanti Figueiredo Quaresma Albuquerque Vasconcelos Siqueira".split(),
                  syl=["Ja", "ci", "Ro", "drí", "Ta", "ma", "Edi", "la", "Ju", "re", "Mo", "ra"], sufx=["eira", "inho", "ães", "oso"],
                  streets=["Rua das Acácias", "Rua Pedra Azul", "Avenida Beira-Rio", "Travessa do Sol"], cities=[("Campinas", "13###-###"), ("Recife", "50###-###"), ("Londrina", "86###-###")],
                  L=dict(name="Nome", dob="Data de nascimento", tax="CPF", addr="Endereço", phone="Tel.", bank="Conta", mail="E-mail",
                         hi="Oi", ret="declaração do IRPF", note="Cliente mandou os recibos, conferir deduções médicas.", vat="apuração de ICMS", slip="holerite")),
    "en-GB": dict(script="Latin", region="GB", iban="GB", given="Imogen Rhys Harriet Callum Niamh Ewan Bethan Alfie".split(),
                  sur="Pemberton Hargreaves Ashworth Fothergill Trevelyan Cartwright Whitlock Penhaligon".split(),
                  syl=["Ai", "sla", "Gwen", "ith", "Ros", "lyn", "Cor", "rie", "Tam", "sin", "Mer", "ryn"], sufx=["worth", "by", "ton", "ley"],
                  streets=["Mill Lane", "Orchard Close", "Chapel Row", "Beech Grove"], cities=[("Leeds", "LS6 #QX"), ("Norwich", "NR2 #HF"), ("Swansea", "SA1 #PJ")],
                  L=dict(name="Name", dob="DOB", tax="UTR", addr="Address", phone="Tel", bank="IBAN", mail="Email",
                         hi="Hi", ret="SA100 self-assessment", note="Client sent receipts late, check allowable expenses.", vat="VAT return (MTD)", slip="payslip")),
    "en-US": dict(script="Latin", region="US", iban=None, given="Brayden Kaylee Tucker Shelby Dalton Makenna Colby Ashlyn".split(),
                  sur="Hollingsworth McAllister Vandermeer Kowalczyk Thibodeaux Abernathy Lindqvist Oyelaran".split(),
                  syl=["Jax", "on", "Kay", "den", "Bri", "lee", "Ty", "son", "Ry", "lan", "Mad", "ix"], sufx=["son", "field", "ridge", "ley"],
                  streets=["Cottonwood Dr", "Pinecrest Ave", "Willow Bend Rd", "Quail Run Ct"], cities=[("Tulsa, OK", "741##"), ("Boise, ID", "837##"), ("Dayton, OH", "454##")],
                  L=dict(name="Name", dob="DOB", tax="SSN", addr="Address", phone="Phone", bank="Routing/Acct", mail="Email",
                         hi="Hey", ret="1040 return", note="Client dropped off W-2s and 1099-NEC, check Schedule C.", vat="sales tax filing", slip="paystub")),
    "sv-SE": dict(script="Latin", region="SE", iban="SE", given="Linnea Viggo Ebba Hampus Saga Ludvig Tindra Melker".split(),
                  sur="Bergqvist Lundholm Sjöberg Åkerlund Norrby Wahlgren Ekström Hedlund".split(),
                  syl=["Sig", "rid", "Tor", "vald", "Al", "ma", "Bir", "ger", "Ing", "rid", "Sten", "ar"], sufx=["qvist", "lund", "berg", "ström"],
                  streets=["Storgatan", "Björkvägen", "Kvarngatan", "Ängsvägen"], cities=[("Umeå", "903 ##"), ("Örebro", "702 ##"), ("Lund", "222 ##")],
                  L=dict(name="Namn", dob="Födelsedatum", tax="Personnummer", addr="Adress", phone="Tel", bank="IBAN", mail="E-post",
                         hi="Hej", ret="inkomstdeklaration", note="Kunden skickade kvitton, kolla avdrag.", vat="momsdeklaration", slip="lönespecifikation")),
    "tr-TR": dict(script="Latin", region="TR", iban="TR", given="Elif Burak Zeynep Emre Gülşen Oğuz Derya Kerem".split(),
                  sur="Karaağaç Yıldırımoğlu Özdemirci Kocabaş Sarıkaya Tekinalp Erdoğdu Akbulut".split(),
                  syl=["Nur", "can", "Ay", "şe", "Tol", "ga", "Se", "vim", "Bo", "ra", "İl", "kay"], sufx=["oğlu", "tekin", "soy", "er"],
                  streets=["Lale Sokak", "Çınar Caddesi", "Menekşe Sokak", "Atlı Sokak"], cities=[("Eskişehir", "26###"), ("Kayseri", "38###"), ("Bursa", "16###")],
                  L=dict(name="Ad Soyad", dob="Doğum tarihi", tax="TC Kimlik No", addr="Adres", phone="Tel", bank="IBAN", mail="E-posta",
                         hi="Merhaba", ret="yıllık gelir vergisi beyannamesi", note="Mükellef faturaları gönderdi, giderleri kontrol et.", vat="KDV beyannamesi", slip="bordro")),
    "ru-RU": dict(script="Cyrillic", region="RU", iban=None, given="Всеволод Ярослава Тимофей Злата Гордей Милена Арсений Василиса".split(),
                  sur="Воскобойников Загребельная Потапенко Кудрявцева Лыткин Шереметьева Чеботарёв Мухина".split(),
                  syl=["Ро", "сти", "Ве", "ле", "Ми", "ро", "Сла", "ва", "Бо", "жен", "Ла", "да"], sufx=["ов", "ин", "ский", "енко"],
                  streets=["ул. Садовая", "ул. Заречная", "пер. Кирпичный", "ул. Луговая"], cities=[("Самара", "4430##"), ("Томск", "6340##"), ("Казань", "4200##")],
                  L=dict(name="ФИО", dob="Дата рождения", tax="ИНН", addr="Адрес", phone="Тел.", bank="Счёт", mail="Эл. почта",
                         hi="Здравствуйте", ret="декларация 3-НДФЛ", note="Клиент донёс чеки, проверить вычеты.", vat="декларация по НДС", slip="расчётный листок")),
    "uk-UA": dict(script="Cyrillic", region="UA", iban="UA", given="Богдана Остап Соломія Тарас Оксана Назар Ярина Любомир".split(),
                  sur="Гнатюк Ковальчук Дорошенко Савчук Процишин Мельничук Бондаренко Стефанишин".split(),
                  syl=["Ми", "ро", "Ле", "ся", "Во", "ло", "Да", "на", "Ів", "ан", "Ха", "ри"], sufx=["енко", "чук", "ишин", "ук"],
                  streets=["вул. Городоцька", "вул. Липова", "вул. Зелена", "пров. Садовий"], cities=[("Львів", "790##"), ("Вінниця", "210##"), ("Полтава", "360##")],
                  L=dict(name="ПІБ", dob="Дата народження", tax="РНОКПП", addr="Адреса", phone="Тел.", bank="IBAN", mail="Ел. пошта",
                         hi="Добрий день", ret="декларація про майновий стан", note="Клієнт надіслав чеки, перевірити знижку.", vat="декларація з ПДВ", slip="розрахунковий лист")),
    "bg-BG": dict(script="Cyrillic", region="BG", iban="BG", given="Радослав Десислава Светослав Йорданка Пламен Гергана Калоян Цветелина".split(),
                  sur="Стоянова Хаджиев Пенчева Добрев Куртева Младенов Чакърова Вълчев".split(),
                  syl=["Бо", "ян", "Ве", "се", "Ра", "да", "Ни", "ко", "Ми", "ле", "Ста", "ни"], sufx=["ов", "ева", "чев", "ова"],
                  streets=["ул. Цар Самуил", "ул. Липа", "бул. Витоша", "ул. Рила"], cities=[("Пловдив", "40##"), ("Варна", "90##"), ("Русе", "70##")],
                  L=dict(name="Име", dob="Дата на раждане", tax="ЕГН", addr="Адрес", phone="Тел.", bank="IBAN", mail="Имейл",
                         hi="Здравейте", ret="годишна данъчна декларация", note="Клиентът донесе фактурите, да се провери.", vat="справка-декларация по ДДС", slip="фиш за заплата")),
    "el-GR": dict(script="Greek", region="GR", iban="GR", given="Δανάη Στυλιανός Χαρίκλεια Παντελής Ευανθία Λεωνίδας Φωτεινή Αριστείδης".split(),
                  sur="Καραμανλάκη Παπαθανασίου Βλαχογιάννης Τσιμπούκη Ζαχαρόπουλος Μαυροκέφαλου Κουτσογιάννης Λιάπη".split(),
                  syl=["Θε", "ο", "Κυ", "ρια", "Σω", "τη", "Ευ", "γε", "Μα", "ρι", "Λε", "νι"], sufx=["όπουλος", "άκη", "ίδης", "άτου"],
                  streets=["οδός Ερμού", "οδός Αγίου Νικολάου", "οδός Κυπαρισσιών", "οδός Ελιάς"], cities=[("Λάρισα", "412 ##"), ("Πάτρα", "262 ##"), ("Ηράκλειο", "712 ##")],
                  L=dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", tax="ΑΦΜ", addr="Διεύθυνση", phone="Τηλ.", bank="IBAN", mail="Email",
                         hi="Καλημέρα", ret="δήλωση Ε1", note="Ο πελάτης έστειλε αποδείξεις, έλεγχος δαπανών.", vat="δήλωση ΦΠΑ", slip="εκκαθαριστικό μισθοδοσίας")),
    "ar-SA": dict(script="Arabic", region="SA", iban="SA", given="رنيم عبدالإله هتان وجدان مشاري لجين نواف شهد".split(),
                  sur="الحربي القحطاني الشهراني العتيبي الزهراني الدوسري المطيري الغامدي".split(),
                  syl=["سل", "طا", "نو", "ري", "جم", "ان", "فر", "اس", "مي", "اد", "ور", "د"], sufx=["ي", "ان", "ين", "ة"],
                  streets=["شارع الأمير سلطان", "شارع التحلية", "طريق الملك فهد", "شارع الورود"], cities=[("الرياض", "12###"), ("جدة", "23###"), ("الدمام", "32###")],
                  L=dict(name="الاسم", dob="تاريخ الميلاد", tax="رقم الهوية", addr="العنوان", phone="جوال", bank="الآيبان", mail="البريد",
                         hi="مرحبا", ret="إقرار الزكاة", note="العميل أرسل الفواتير، يرجى مراجعة المصروفات.", vat="إقرار ضريبة القيمة المضافة", slip="مسير الرواتب")),
    "ar-EG": dict(script="Arabic", region="EG", iban=None, given="منة شريف ياسمين كريم دينا حازم هبة تامر".split(),
                  sur="الشناوي عبدالحميد الجمال السيوفي منصور الدسوقي البنا الشربيني".split(),
                  syl=["أس", "ما", "رح", "اب", "عا", "دل", "مر", "وة", "حس", "ام", "نه", "ى"], sufx=["ي", "ان", "ين", "اوي"],
                  streets=["شارع النيل", "شارع التحرير", "شارع مصدق", "شارع الثورة"], cities=[("القاهرة", "11###"), ("الإسكندرية", "21###"), ("المنصورة", "35###")],
                  L=dict(name="الاسم", dob="تاريخ الميلاد", tax="رقم التسجيل الضريبي", addr="العنوان", phone="موبايل", bank="حساب", mail="البريد",
                         hi="أهلا", ret="الإقرار الضريبي السنوي", note="العميل بعت الفواتير، راجع المصاريف.", vat="إقرار القيمة المضافة", slip="كشف المرتب")),
    "he-IL": dict(script="Hebrew", region="IL", iban="IL", given="נועה איתמר הדס עומרי שירה יואב טליה אביתר".split(),
                  sur="בן-שושן רוזנצוויג אלמוג קורנבלום חדד שטרנברג אזולאי ליברמן".split(),
                  syl=["אל", "יה", "נו", "גה", "רו", "תם", "מי", "כל", "שי", "רן", "דו", "ר"], sufx=["י", "ון", "ה", "יאל"],
                  streets=["רחוב הזית", "רחוב הרימון", "שדרות הנשיא", "רחוב התאנה"], cities=[("חיפה", "32###"), ("באר שבע", "84###"), ("נתניה", "42###")],
                  L=dict(name="שם", dob="תאריך לידה", tax="ת.ז.", addr="כתובת", phone="טל'", bank="IBAN", mail="מייל",
                         hi="שלום", ret="דוח שנתי למס הכנסה", note="הלקוח שלח קבלות, לבדוק הוצאות מוכרות.", vat='דוח מע"מ', slip="תלוש שכר")),
    "hi-IN": dict(script="Devanagari", region="IN", iban=None, given="अनिरुद्ध श्रुति विवेक पल्लवी हर्षवर्धन मेघना प्रणव ऋचा".split(),
                  sur="कुलकर्णी चतुर्वेदी देशपांडे श्रीवास्तव बघेल त्रिपाठी गोखले निगम".split(),
                  syl=["सु", "मि", "त्रा", "अ", "मो", "ल", "कि", "र", "ण", "दी", "प", "क"], sufx=["वाल", "कर", "नाथ", "ी"],
                  streets=["गांधी नगर", "शिवाजी मार्ग", "नेहरू कॉलोनी", "लक्ष्मी नगर"], cities=[("जयपुर", "3020##"), ("इंदौर", "4520##"), ("पुणे", "4110##")],
                  L=dict(name="नाम", dob="जन्म तिथि", tax="PAN", addr="पता", phone="फ़ोन", bank="खाता", mail="ईमेल",
                         hi="नमस्ते", ret="ITR-1 रिटर्न", note="क्लाइंट ने रसीदें भेजीं, 80C कटौती जांचें।", vat="GSTR-3B", slip="सैलरी स्लिप")),
    "th-TH": dict(script="Thai", region="TH", iban=None, given="ณัฐวุฒิ พิมพ์ชนก ธนกฤต กัญญาณัฐ ภูริ ชนิดา ศุภชัย วรรณา".split(),
                  sur="ศรีสมบูรณ์ ทองประเสริฐ วงศ์สวัสดิ์ แก้วมณี จันทร์เพ็ญ บุญเรือง สุขสำราญ พรหมมา".split(),
                  syl=["กม", "ล", "ศรี", "วร", "ชัย", "พร", "นภ", "า", "สุ", "ดา", "ปิย", "ะ"], sufx=["วงศ์", "สกุล", "ศรี", "ไชย"],
                  streets=["ถนนนิมมานเหมินท์", "ซอยสุขุมวิท 39", "ถนนมิตรภาพ", "ถนนเจริญกรุง"], cities=[("เชียงใหม่", "502##"), ("ขอนแก่น", "400##"), ("กรุงเทพฯ", "101##")],
                  L=dict(name="ชื่อ", dob="วันเกิด", tax="เลขประจำตัวประชาชน", addr="ที่อยู่", phone="โทร", bank="บัญชี", mail="อีเมล",
                         hi="สวัสดีครับ", ret="ภ.ง.ด.90", note="ลูกค้าส่งใบเสร็จมาแล้ว ตรวจค่าลดหย่อน", vat="ภ.พ.30", slip="สลิปเงินเดือน")),
    "zh-CN": dict(script="Han", region="CN", iban=None, given="子涵 浩宇 思彤 俊熙 雨萱 明轩 欣怡 宇航".split(),
                  sur="欧阳 司马 诸葛 尉迟 濮 滕 靳 闵".split(),
                  syl=["婉", "清", "嘉", "辰", "若", "汐", "景", "行", "沐", "阳", "书", "瑶"], sufx=[],
                  streets=["滨江路", "丁香巷", "幸福里", "桂花街"], cities=[("杭州市", "3100##"), ("成都市", "6100##"), ("西安市", "7100##")],
                  L=dict(name="姓名", dob="出生日期", tax="身份证号", addr="地址", phone="手机", bank="账号", mail="邮箱",
                         hi="您好", ret="个税年度汇算", note="客户补交了发票，核对专项附加扣除。", vat="增值税申报", slip="工资条")),
    "ja-JP": dict(script="Kana", region="JP", iban=None, given="ひなた 蒼空 さくら 颯太 ゆずき 湊斗 みおり 陽翔".split(),
                  sur="小野寺 五十嵐 長谷部 宇佐美 菅原 大河内 柏木 御手洗".split(),
                  syl=["あ", "か", "り", "な", "ゆ", "み", "そ", "ら", "は", "る", "こ", "と"], sufx=["子", "美", "斗", "也"],
                  streets=["桜町", "本町", "緑ヶ丘", "栄町"], cities=[("札幌市", "060-####"), ("仙台市", "980-####"), ("金沢市", "920-####")],
                  L=dict(name="氏名", dob="生年月日", tax="マイナンバー", addr="住所", phone="電話", bank="口座", mail="メール",
                         hi="お疲れさまです", ret="確定申告", note="お客様から領収書が届きました。医療費控除を確認。", vat="消費税申告", slip="給与明細")),
    "ko-KR": dict(script="Hangul", region="KR", iban=None, given="서연 도윤 하은 시우 지아 은우 채원 준서".split(),
                  sur="남궁 황보 제갈 선우 독고 편 탁 예".split(),
                  syl=["민", "서", "윤", "하", "지", "우", "예", "린", "태", "현", "소", "율"], sufx=[],
                  streets=["테헤란로", "해운대로", "중앙대로", "동성로"], cities=[("서울특별시 강남구", "06###"), ("부산광역시 해운대구", "48###"), ("대구광역시 중구", "41###")],
                  L=dict(name="성명", dob="생년월일", tax="주민등록번호", addr="주소", phone="휴대폰", bank="계좌", mail="이메일",
                         hi="안녕하세요", ret="종합소득세 신고", note="고객이 영수증을 보냈습니다. 공제 항목 확인.", vat="부가세 신고", slip="급여명세서")),
}
LOCALES = list(LOC)
EASTERN = {"zh-CN", "ja-JP", "ko-KR"}
CJK_SCRIPTS = {"Han", "Kana", "Hangul"}

# public figures / eponyms / historical persons (benign), firms named after people, eponym streets
PUBLIC = ["Luca Pacioli", "Arthur Laffer", "Frank Benford", "Arthur Cecil Pigou", "James Tobin", "Henry George",
          "Corrado Gini", "William Pitt the Younger", "Josiah Stamp", "Jean-Baptiste Colbert", "Ibn Khaldun",
          "Kautilya", "Nicholas Kaldor", "Richard Musgrave", "Max Frisch"]
FIRMS = ["Kesselring & Duve Steuerberatung GmbH", "Ostrander Payroll Services Ltd", "Marchetti Associati Studio",
         "Bramwell Customs Brokers LLC", "Vandeputte Belastingadvies BV", "Okonjo Accounting Group",
         "Halvorsen Redovisning AB", "Castellanos Asesores SL"]
EPONYM_STREETS = ["Pacioli Street", "Colbert Avenue", "Adam-Smith-Platz", "Via Luca Pacioli", "Rue Colbert"]


# ------------------------------------------------------------------------------------------------------ freeze
def frozen_words(root: pathlib.Path):
    words, blob, seen, missing = set(), [], 0, []
    for name in FROZEN_AGAINST:
        if name == SPLIT:
            continue
        p = root / f"make_{name}_signal_sets.py"
        if not p.exists():
            missing.append(name)
            continue
        seen += 1
        txt = p.read_text(encoding="utf-8", errors="replace")
        words.update(re.findall(r"\b[A-Z][A-Za-z'\-]*[a-z][A-Za-z'\-]*\b", txt))
        for w in re.split(TOKSPLIT, txt):
            if w and any(ord(c) > 127 for c in w):
                words.add(w)
                blob.append(w)
    return words, "\n".join(blob), seen, missing


TOKSPLIT = r"[\s\"'`,.;:!?()\[\]{}<>/\\|=+*#@$%^&~\-–—«»“”„…·、。，：；！？（）「」『』]+"
UNSPACED = r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]"


def collides(entry: str, words, blob) -> bool:
    toks = [t for t in re.split(r"[\s,.&/'()\-]+", entry) if t]
    for t in toks:
        if t in GENERIC:
            continue
        if t in words or t.capitalize() in words:
            return True
        if re.search(UNSPACED, t) and len(t) >= 2 and t in blob:
            return True
        if re.search(r"[\uac00-\ud7af]", t) and len(t) >= 2 and re.search(r"(^|\n)" + re.escape(t), blob):
            return True
    return False


def compose(rng, loc, kind, words, blob):
    cfg = LOC[loc]
    syl = cfg["syl"]
    for _ in range(200):
        if cfg["script"] in ("Han",):
            s = rng.choice(syl) + rng.choice(syl) if kind == "given" else rng.choice("岑 邬 缪 宓 冼 穆 庞 甘 逄 佘 仝 禚 鄢 綦 亓 笪 郗 乜 端木 公孙 慕容 东方 令狐 上官 皇甫 夏侯 闻人 澹台".split())
        elif cfg["script"] == "Hangul":
            s = rng.choice(syl) + rng.choice(syl) if kind == "given" else rng.choice("모 반 옥 염 봉 석 설 맹 빈 옹 견 준 엄 위 단 필 사공 서문 동방 어금 망절 소봉 장곡 강전".split())
        elif cfg["script"] == "Kana":
            s = (rng.choice(syl) + rng.choice(syl) + rng.choice(cfg["sufx"])) if kind == "given" else rng.choice("榊原 千葉谷 鳴海 穂積 葛西 椎名野 勘解由小路 東海林 四十物 百目鬼 月見里 小鳥遊".split())
        elif kind == "given":
            s = rng.choice(syl[0::2]) + rng.choice(syl[1::2])
        else:
            s = rng.choice(syl[0::2]) + rng.choice(syl[1::2]) + rng.choice(cfg["sufx"])
        if cfg["script"] == "Latin":
            s = s[0].upper() + s[1:].lower()
        if not collides(s, words, blob):
            return s
    raise Abort(f"cannot compose a non-colliding {kind} for {loc}")


def apply_freeze(rng, words, blob):
    dropped = collections.Counter()
    for loc in LOCALES:
        cfg = LOC[loc]
        for key, kind in (("given", "given"), ("sur", "sur")):
            keep = [x for x in cfg[key] if not collides(x, words, blob)]
            dropped[key] += len(cfg[key]) - len(keep)
            n = len(cfg[key])
            guard = 0
            while len(keep) < n and guard < 100:
                guard += 1
                try:
                    c = compose(rng, loc, kind, words, blob)
                except Abort:
                    if len(keep) >= 2:
                        break
                    raise
                if c not in keep:
                    keep.append(c)
            cfg[key] = keep
        for key in ("streets",):
            keep = [x for x in cfg[key] if not collides(x, words, blob)]
            dropped[key] += len(cfg[key]) - len(keep)
            while len(keep) < 2:
                keep.append(compose(rng, loc, "sur", words, blob) + (" Street" if cfg["script"] == "Latin" else ""))
            cfg[key] = keep
        keepc = [c for c in cfg["cities"] if not collides(c[0], words, blob)]
        dropped["cities"] += len(cfg["cities"]) - len(keepc)
        cfg["cities"] = keepc or [(compose(rng, loc, "sur", words, blob), cfg["cities"][0][1])]
    g = globals()
    for key in ("PUBLIC", "FIRMS", "EPONYM_STREETS"):
        keep = [x for x in g[key] if not collides(x, words, blob)]
        dropped[key] += len(g[key]) - len(keep)
        g[key] = keep
    # refill firms from composed surnames (organisations named after invented people)
    guard = 0
    while len(g["FIRMS"]) < 5 and guard < 50:
        guard += 1
        loc = rng.choice(["de-DE", "en-GB", "nl-NL", "it-IT"])
        f = compose(rng, loc, "sur", words, blob) + rng.choice([" & Partner Steuerberatung", " Payroll Services Ltd", " Belastingadvies BV", " Associati Studio"])
        if f not in g["FIRMS"]:
            g["FIRMS"].append(f)
    if not g["PUBLIC"]:
        g["PUBLIC"] = ["the Chancellor of the Exchequer", "the IRS Commissioner"]
    if not g["EPONYM_STREETS"]:
        g["EPONYM_STREETS"] = ["Customs House Quay"]
    return dropped


# --------------------------------------------------------------------------------------------- value makers
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def brute(rng, body_fn, k, alphabet, validate, what):
    for _ in range(400):
        body = body_fn()
        for i in range(len(alphabet) ** k):
            suf, j = "", i
            for _ in range(k):
                suf = alphabet[j % len(alphabet)] + suf
                j //= len(alphabet)
            cand = body + suf
            try:
                if validate(cand):
                    return cand
            except Exception:
                pass
    raise Abort(f"could not make a valid {what}")


def ok(mod):
    return lambda v: bool(mod.is_valid(v))


def rand_date(rng, y0=1952, y1=2004):
    d0 = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(d0 + rng.randrange((dt.date(y1, 12, 28).toordinal() - d0)))


def make_taxid(rng, loc, dob):
    y, m, d = dob.year, dob.month, dob.day
    if loc == "de-DE":
        v = brute(rng, lambda: rng.choice("123456789") + digits(rng, 9), 1, "0123456789", ok(idnr), "Steuer-ID"); return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if loc == "fr-FR":
        v = brute(rng, lambda: rng.choice("12") + f"{y % 100:02d}{m:02d}" + f"{rng.randint(1, 89):02d}" + digits(rng, 6), 2, "0123456789", ok(nir), "NIR")
        return "NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    if loc == "es-ES":
        return "TAX_ID", brute(rng, lambda: digits(rng, 8), 1, "TRWAGMYFPDXBNJZSQVHLCKE", ok(dni), "DNI")
    if loc == "it-IT":
        L = "BCDFGLMNPRSTVZ"
        body = lambda: "".join(rng.choice(L) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + f"{d + rng.choice([0, 40]):02d}" + rng.choice("ABCDEFGHLM") + f"{rng.randint(1, 999):03d}"
        return "TAX_ID", brute(rng, body, 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", ok(codicefiscale), "codice fiscale")
    if loc == "nl-NL":
        return "NATIONAL_ID", brute(rng, lambda: rng.choice("1234567") + digits(rng, 7), 1, "0123456789", ok(bsn), "BSN")
    if loc == "pl-PL":
        v = brute(rng, lambda: rng.choice("123456789") + digits(rng, 8), 1, "0123456789", ok(nip), "NIP"); return "TAX_ID", f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}"
    if loc == "pt-BR":
        v = brute(rng, lambda: digits(rng, 9), 2, "0123456789", ok(cpf), "CPF"); return "TAX_ID", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if loc == "en-GB":
        v = brute(rng, lambda: "", 0, "", lambda _: False, "x") if False else None
        for _ in range(2000):
            c = digits(rng, 10)
            if utr.is_valid(c):
                return "TAX_ID", f"{c[:5]} {c[5:]}"
        raise Abort("UTR")
    if loc == "en-US":
        for _ in range(500):
            c = f"{rng.randint(100, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
            if ssn.is_valid(c):
                return "US_SSN", f"{c[:3]}-{c[3:5]}-{c[5:]}"
        raise Abort("SSN")
    if loc == "sv-SE":
        v = brute(rng, lambda: f"{y % 100:02d}{m:02d}{d:02d}" + digits(rng, 3), 1, "0123456789", lambda c: personnummer.is_valid(c[:6] + "-" + c[6:]), "personnummer")
        return "NATIONAL_ID", v[:6] + "-" + v[6:]
    if loc == "tr-TR":
        return "NATIONAL_ID", brute(rng, lambda: rng.choice("123456789") + digits(rng, 8), 2, "0123456789", ok(tckimlik), "TCKN")
    if loc == "ru-RU":
        return "TAX_ID", brute(rng, lambda: f"{rng.randint(1, 89):02d}" + digits(rng, 8), 2, "0123456789", ok(inn), "INN")
    if loc == "uk-UA":
        return "TAX_ID", brute(rng, lambda: rng.choice("123") + digits(rng, 8), 1, "0123456789", ok(rntrc), "RNTRC")
    if loc == "bg-BG":
        mm = m + (40 if y >= 2000 else 0)
        return "NATIONAL_ID", brute(rng, lambda: f"{y % 100:02d}{mm:02d}{d:02d}" + digits(rng, 3), 1, "0123456789", ok(egn), "EGN")
    if loc == "el-GR":
        return "TAX_ID", brute(rng, lambda: rng.choice("0123") + digits(rng, 7), 1, "0123456789", ok(gr_vat), "AFM")
    if loc == "ar-SA":
        return None
    if loc == "ar-EG":
        for _ in range(500):
            c = rng.choice("123456789") + digits(rng, 8)
            if eg_tn.is_valid(c):
                return "TAX_ID", f"{c[:3]}-{c[3:6]}-{c[6:]}"
        raise Abort("EG TN")
    if loc == "he-IL":
        return "NATIONAL_ID", brute(rng, lambda: rng.choice("0123") + digits(rng, 7), 1, "0123456789", ok(il_idnr), "Israeli ID")
    if loc == "hi-IN":
        for _ in range(200):
            c = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + rng.choice("ABCDEGHJKLMNPRSTVW") + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            if pan.is_valid(c):
                return "TAX_ID", c
        raise Abort("PAN")
    if loc == "th-TH":
        v = brute(rng, lambda: rng.choice("1358") + digits(rng, 11), 1, "0123456789", ok(th_pin), "Thai PIN")
        return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
    if loc == "zh-CN":
        return "NATIONAL_ID", brute(rng, lambda: rng.choice(["110105", "310104", "330106", "510107", "610113", "440305"]) + dob.strftime("%Y%m%d") + digits(rng, 3), 1, "0123456789X", ok(ric), "RIC")
    if loc == "ja-JP":
        v = brute(rng, lambda: rng.choice("123456789") + digits(rng, 10), 1, "0123456789", ok(jp_in), "My Number"); return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"
    if loc == "ko-KR":
        g = ("1" if rng.random() < .5 else "2") if y < 2000 else ("3" if rng.random() < .5 else "4")
        for _ in range(400):
            body = f"{y % 100:02d}{m:02d}{d:02d}" + g + f"{rng.randint(0, 95):02d}" + digits(rng, 3)
            for c in "0123456789":
                if rrn.is_valid(body + c):
                    v = body + c
                    return "NATIONAL_ID", v[:6] + "-" + v[6:]
        raise Abort("RRN")
    raise Abort(loc)


def make_phone(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(300):
        cand = nat[: max(2, len(nat) - 6)] + digits(rng, len(nat) - max(2, len(nat) - 6))
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num):
            fmt = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                              phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.E164])
            s = phonenumbers.format_number(num, fmt)
            chk = phonenumbers.parse(s, region)
            if not phonenumbers.is_valid_number(chk):
                raise Abort("phone reparse " + s)
            return s
    raise Abort("phone " + region)


def make_iban(rng, cc):
    spec = {"DE": lambda: digits(rng, 18), "FR": lambda: digits(rng, 23), "ES": lambda: digits(rng, 20),
            "IT": lambda: rng.choice("ABCDEFGHIJ") + digits(rng, 22), "NL": lambda: rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + digits(rng, 10),
            "PL": lambda: digits(rng, 24), "GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(rng, 14),
            "SE": lambda: digits(rng, 20), "TR": lambda: digits(rng, 5) + "0" + digits(rng, 16), "UA": lambda: digits(rng, 25),
            "BG": lambda: rng.choice(["BNBG", "UNCR", "STSA"]) + digits(rng, 6) + digits(rng, 8), "GR": lambda: digits(rng, 23),
            "SA": lambda: digits(rng, 20), "IL": lambda: digits(rng, 19)}[cc]
    for _ in range(3000):
        bban = spec()
        num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
        cand = f"{cc}{98 - num % 97:02d}{bban}"
        if std_iban.is_valid(cand):
            return " ".join(cand[i:i + 4] for i in range(0, len(cand), 4))
    raise Abort("IBAN " + cc)


def make_card(rng):
    for _ in range(100):
        pre = rng.choice(["4", "51", "53", "55", "2221", "37"])
        n = 15 if pre == "37" else 16
        body = pre + digits(rng, n - len(pre) - 1)
        c = body + luhn.calc_check_digit(body)
        if luhn.is_valid(c) and c not in ("4111111111111111", "4242424242424242", "5555555555554444"):
            return " ".join(c[i:i + 4] for i in range(0, len(c), 4)) if n == 16 else f"{c[:4]} {c[4:10]} {c[10:]}"
    raise Abort("card")


def make_ip(rng):
    for _ in range(200):
        if rng.random() < .8:
            ip = ipaddress.ip_address(f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        else:
            ip = ipaddress.ip_address(f"2a0{rng.randint(0, 9)}:{rng.randint(4096, 65535):x}:{rng.randint(1, 65535):x}::{rng.randint(1, 65535):x}")
        if ip.is_global and not ip.is_multicast:
            return str(ip)
    raise Abort("ip")


def make_us_bank(rng):
    for _ in range(200):
        body = rng.choice(["0", "1", "2", "3"]) + digits(rng, 7)
        for c in "0123456789":
            if rtn.is_valid(body + c):
                return f"{body + c} / {digits(rng, rng.randint(9, 12))}"
    raise Abort("rtn")


def TRANSLIT_fn(x):
    return unicodedata.normalize("NFKD", x.replace("ß", "ss").replace("ł", "l").replace("ı", "i")).encode("ascii", "ignore").decode()
ROMAN = {"ru-RU": "kuzmina.o", "uk-UA": "oleh.m", "bg-BG": "petrova.r", "el-GR": "k.papad", "ar-SA": "n.alharbi",
         "ar-EG": "m.elsayed", "he-IL": "yoni.b", "hi-IN": "prateek.k", "th-TH": "nattapong.s", "zh-CN": "wangxh",
         "ja-JP": "sato.yuki", "ko-KR": "kimjh"}
MAILHOST = {"de-DE": "web.de", "fr-FR": "orange.fr", "ru-RU": "mail.ru", "ko-KR": "naver.com", "zh-CN": "qq.com", "ja-JP": "yahoo.co.jp",
            "pl-PL": "wp.pl", "it-IT": "libero.it", "tr-TR": "hotmail.com", "pt-BR": "uol.com.br", "uk-UA": "ukr.net"}


def person(rng, loc, n):
    cfg = LOC[loc]
    g, s = rng.choice(cfg["given"]), rng.choice(cfg["sur"])
    if loc in EASTERN:
        full = s + g if loc != "ko-KR" else s + g
        if loc == "ja-JP":
            full = s + " " + g
    else:
        full = g + " " + s
    dob = rand_date(rng)
    if loc in ROMAN:
        local = ROMAN[loc] + str(rng.randint(7, 98))
    else:
        local = TRANSLIT_fn(g.lower() + rng.choice([".", "_", ""]) + s.lower().split("-")[0])
        local = re.sub(r"[^a-z0-9._]", "", local) + rng.choice(["", str(dob.year % 100), str(rng.randint(1, 99))])
    mail = f"{local}@{MAILHOST.get(loc, rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com']))}"
    city, pc = rng.choice(cfg["cities"])
    pc = "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pc)
    st = rng.choice(cfg["streets"])
    no = rng.randint(2, 148)
    if loc in EASTERN:
        addr = f"〒{pc} {city}{st}{rng.randint(1, 9)}-{no}-{rng.randint(1, 30)}" if loc == "ja-JP" else (
            f"{city} {st} {no}, {pc}" if loc == "ko-KR" else f"{city}{st}{no}号{rng.randint(1, 20)}栋{rng.randint(101, 2404)}室")
    elif loc in ("ru-RU", "uk-UA", "bg-BG"):
        addr = f"{st}, д. {no}, кв. {rng.randint(1, 120)}, {pc} {city}" if loc == "ru-RU" else f"{st}, {no}, {pc} {city}"
    elif loc == "en-US":
        addr = f"{no * 13} {st}, {city} {pc}"
    elif loc in ("fr-FR", "en-GB", "th-TH"):
        addr = f"{no} {st}, {pc} {city}" if loc == "fr-FR" else (f"{no} {st}, {city} {pc}" if loc == "en-GB" else f"{no}/{rng.randint(1, 40)} {st} {city} {pc}")
    else:
        addr = f"{st} {no}, {pc} {city}"
    tax = make_taxid(rng, loc, dob)
    dfmt = {"en-US": "%m/%d/%Y", "zh-CN": "%Y-%m-%d", "ja-JP": "%Y/%m/%d", "ko-KR": "%Y.%m.%d", "en-GB": "%d/%m/%Y", "sv-SE": "%Y-%m-%d"}.get(loc, "%d.%m.%Y" if n % 2 else "%d/%m/%Y")
    p = dict(given=g, sur=s, full=full, dob=dob.strftime(dfmt), mail=mail, addr=addr, phone=make_phone(rng, cfg["region"]), tax=tax,
             iban=make_iban(rng, cfg["iban"]) if cfg["iban"] else None, card=make_card(rng), ip=make_ip(rng),
             usbank=make_us_bank(rng) if loc == "en-US" else None)
    return p


# ---------------------------------------------------------------------------------------------- documents
def fields(p, L, keys):
    out = []
    for k in keys:
        if k == "name": out.append(f"{L['name']}: {p['full']}")
        elif k == "dob": out.append(f"{L['dob']}: {p['dob']}")
        elif k == "tax" and p["tax"]: out.append(f"{L['tax']}: {p['tax'][1]}")
        elif k == "addr": out.append(f"{L['addr']}: {p['addr']}")
        elif k == "phone": out.append(f"{L['phone']}: {p['phone']}")
        elif k == "mail": out.append(f"{L['mail']}: {p['mail']}")
        elif k == "bank":
            if p["iban"]: out.append(f"{L['bank']}: {p['iban']}")
            elif p["usbank"]: out.append(f"{L['bank']}: {p['usbank']}")
    return "\n".join(out)


def issued(p):
    v = [("PERSON", p["full"]), ("DATE_OF_BIRTH", p["dob"]), ("EMAIL_ADDRESS", p["mail"]), ("STREET_ADDRESS", p["addr"]),
         ("PHONE_NUMBER", p["phone"]), ("CREDIT_CARD", p["card"]), ("IP_ADDRESS", p["ip"])]
    if p["tax"]: v.append(p["tax"])
    if p["iban"]: v.append(("IBAN_CODE", p["iban"]))
    if p["usbank"]: v.append(("US_BANK_NUMBER", p["usbank"]))
    return v


def ref(rng, pre):
    return f"{pre}-{rng.randint(2024, 2026)}-{rng.randint(10000, 99999)}"


def sensitive_doc(rng, kind, loc, p, voice, extra):
    L = LOC[loc]["L"]
    r = rng.random()
    if kind == "intake":
        head = rng.choice([f"new client onboarding for {L['ret']} pls check the KYC fields",
                           f"Intake from the front desk – {L['ret']} / bookkeeping package, missing docs?",
                           f"{L['hi']}, ich/I need to set up this client in the practice software, map to fields"])
        return head + "\n\n" + fields(p, L, ["name", "dob", "tax", "addr", "phone", "mail", "bank"]) + f"\nEngagement: {L['ret']} + {L['vat']}\nFee quote: {rng.randint(180, 1400)} (ex VAT)"
    if kind == "correspondence":
        return (f"Draft a polite reply to this client, keep it short.\n\n---\n{L['hi']},\n{L['note']}\n"
                f"{p['full']}\n{p['addr']}\n{L['tax']}: {p['tax'][1] if p['tax'] else '-'}\n{L['phone']}: {p['phone']}\n---\n"
                f"They ask when the {L['ret']} refund lands and whether we got the {L['slip']} for March.")
    if kind == "scheduling":
        ext = rng.choice([" ext. 214", " x31", " (ext 7)", ""])
        return (rng.choice(["Book a 30-min call re: payroll year-end", "reschedule the P11D review", f"Termin {L['ret']} Besprechung"])
                + f" with {p['full']} – mobile {p['phone']}{ext}, email {p['mail']}. Prefers Tue/Thu after 16:00. "
                + f"Add to the shared calendar and send the invite from the bureau mailbox.")
    if kind == "complaint":
        bank = p["iban"] or p["usbank"] or p["card"]
        return (f"Client complaint, categorise + draft apology:\n\"{L['hi']}. My {L['ret']} refund still not paid after 11 weeks!! "
                f"I am {p['full']}, {L['tax']} {p['tax'][1] if p['tax'] else ''}, the money should go to {bank}. "
                f"Your colleague never called back on {p['phone']}. Unacceptable.\"")
    if kind == "internal_note":
        rel = rng.choice(["wife", "husband", "daughter", "son", "mother"])
        return (f"WP ref {ref(rng, 'AUD')} – audit working paper, payroll cycle.\nTested 25 payslips. Exception: payroll clerk {p['full']} "
                f"(DOB {p['dob']}) was paid twice in Feb; {rel} also on payroll. {L['note']}\nBank details on file: {p['iban'] or p['usbank'] or p['card']}.\n"
                "Summarise the finding for the management letter.")
    if kind == "export":
        other = p
        rows = [["employee", "dob", "tax_id", "iban_or_acct", "gross", "net"]]
        rows.append([other["full"], other["dob"], other["tax"][1] if other["tax"] else "", other["iban"] or other["usbank"] or "", f"{rng.randint(2100, 8900)}.00", f"{rng.randint(1500, 6000)}.{rng.randint(10, 99)}"])
        for q in extra:
            rows.append([q["full"], q["dob"], q["tax"][1] if q["tax"] else "", q["iban"] or q["usbank"] or "", f"{rng.randint(2100, 8900)}.00", f"{rng.randint(1500, 6000)}.{rng.randint(10, 99)}"])
        fmt = rng.choice(["csv", "tsv", "json"])
        if fmt == "json":
            body = "\n".join(json.dumps(dict(zip(rows[0], rw)), ensure_ascii=False) for rw in rows[1:])
        else:
            sep = "," if fmt == "csv" else "\t"
            body = "\n".join(sep.join(rw) for rw in rows)
        return f"payroll run export ({fmt}) from the bureau software – check net vs gross and flag anomalies\n\n{body}"
    if kind == "notice":
        return (f"Explain this tax-authority notice in plain English for the client:\n\nNOTICE OF ASSESSMENT {ref(rng, 'NA')}\n"
                f"{p['full']}\n{p['addr']}\n{L['tax']}: {p['tax'][1] if p['tax'] else '—'}\n{L['dob']}: {p['dob']}\n"
                f"Amount due: {rng.randint(120, 9800)}.{rng.randint(10, 99)} — penalty for late {L['ret']}. Pay within 30 days.")
    if kind == "form":
        return (rng.choice(["Customs declaration (private import), check for errors:", "Refund claim form, fill the missing boxes:", "VAT registration form for a sole trader — validate:"])
                + "\n" + fields(p, L, ["name", "addr", "tax", "dob", "phone", "mail", "bank"]).replace("\n", " | ")
                + f"\nGoods: used {rng.choice(['camera', 'bicycle', 'sewing machine', 'laptop'])}, HS {rng.choice(['8525.89', '8712.00', '8452.10', '8471.30'])}, value {rng.randint(90, 2400)} EUR\n"
                + f"Client IP at signing: {p['ip']}")
    # chat
    rel = rng.choice(["my husband", "my wife", "my dad", "my partner"])
    return (f"{rel} {p['given']} and I file jointly this year. {L['hi']}! his/her {L['tax']} is {p['tax'][1] if p['tax'] else 'n/a'}, "
            f"we moved to {p['addr']} in June. can we still claim the home office thing? also i paid the {L['vat']} late with card {p['card']}, penalty?")


def incidental_doc(rng, kind, loc, p):
    L = LOC[loc]["L"]
    filler = (f"Context: we are a small payroll bureau doing {L['slip']}s for about 40 employers. Year-end is coming, "
              f"the {L['vat']} and the {L['ret']} deadlines overlap and the software export keeps dropping the cost-centre column. "
              "We reconcile the control account weekly, the suspense account has 14 open items, mostly bank charges and "
              "one duplicated supplier invoice. Please propose a checklist for the closing week, with owners and dates. ")
    pick = rng.choice(["rel", "phone", "dob"])
    if pick == "rel":
        s, v = f"(my sister {p['given']} covers the phones on Fridays)", ("PERSON", p["given"])
    elif pick == "phone":
        s, v = f"If anything is unclear call me on {p['phone']}.", ("PHONE_NUMBER", p["phone"])
    else:
        s, v = f"Note: the new trainee's date of birth is {p['dob']} for the payroll setup.", ("DATE_OF_BIRTH", p["dob"])
    return filler * 2 + s + " " + L["note"], [v]


def benign_doc(rng, kind, loc):
    L = LOC[loc]["L"]
    pub, firm, st = rng.choice(PUBLIC), rng.choice(FIRMS), rng.choice(EPONYM_STREETS)
    switch = rng.choice(["HMRC helpline 0300 200 3300", "IRS 800-829-1040", "Finanzamt switchboard +49 30 9024 0", "emergency 112", "911"])
    role = rng.choice(["payroll@", "vat-desk@", "info@", "clients@", "noreply@"]) + rng.choice(["example.com", "bureau.example", "example.org"])
    v = rng.randrange(3)
    if kind == "intake":
        return [f"Blank onboarding template for the {L['ret']} package, translate headers to English:\n{L['name']}: ____\n{L['dob']}: __/__/____\n{L['tax']}: [TAX_ID]\n{L['addr']}: [ADDRESS]\n{L['bank']}: [IBAN]\nReturn to {role}",
                f"New corporate client: {firm}, company reg. no. HRB {rng.randint(10000, 99999)}, EORI-style ref GB{rng.randint(100000000000, 999999999999)}, office at {st} {rng.randint(1, 90)}. Draft engagement letter scope (bookkeeping + {L['vat']}).",
                f"Intake checklist v{rng.randint(2, 6)}.{rng.randint(0, 9)} for {L['ret']} – list which documents a new client must bring (P60, {L['slip']}, bank interest statements). No client yet."][v]
    if kind == "correspondence":
        return [f"Letter template from the tax office, rewrite friendlier:\n'{L['hi']} [Taxpayer], your {L['ret']} for 2024 (case {ref(rng, 'CASE')}) has been received. Questions: {switch}.'",
                f"Reply to {role} about the press statement by {pub}: explain to clients what the mentioned principle means for {L['vat']}.",
                f"Translate this circular: 'The {L['vat']} rate changes from 1 July. Invoices dated earlier keep the old rate.' Signed: Customs & Excise Directorate, {st}."][v]
    if kind == "scheduling":
        return [f"Put these deadlines in a calendar: {L['vat']} Q2 due 2025-08-07T23:59Z, {L['ret']} 31 Jan, payroll RTI every run date. Room: '{pub}' meeting room, booking {ref(rng, 'BK')}.",
                f"schedule the team training on {L['ret']} changes, 14:00–16:00 CET, dial-in via {switch.split(' ', 1)[0]} desk, agenda from {role}",
                f"Reorder the filing calendar by due date: MRN batch {rng.randint(10, 99)}A{rng.randint(100000, 999999)}, invoice INV-{rng.randint(1000, 9999)}, booking {ref(rng, 'BK')}"][v]
    if kind == "complaint":
        return [f"Our tax software v{rng.randint(3, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 20)} crashes when exporting the {L['vat']} XML (sha256 {''.join(rng.choice('0123456789abcdef') for _ in range(64))}). Draft a complaint to the vendor's support desk {role}.",
                f"Customer complaint log (anonymised): Client [A] waited 9 weeks for {L['ret']} refund; Client [B] payslip wrong tax code. Summarise trends.",
                f"Write a complaint to the customs office about a 6-day clearance delay on entry {ref(rng, 'MRN')}, container at terminal 3, gate coordinates 51.9496, 4.1453."][v]
    if kind == "internal_note":
        return [f"Audit WP note: applied Benford's law to 12,400 journal lines; first-digit distribution within tolerance (chi² 9.8, df 8). Cite {pub} where relevant. ISA 240 risk low.",
                f"Internal memo: IFRS 16 lease schedule reviewed, discount rate 4.2%. Reference: Pacioli-style double entry, ISBN 978-0-19-881012-5. {L['note']}",
                f"Team note: {firm} switched payroll provider; average headcount 37, median gross 3,150, turnover 11%. No individual data."][v]
    if kind == "export":
        rows = "\n".join(f"EMP-{i:04d},[REDACTED],{rng.randint(2000, 7000)}.00,{rng.choice(['1257L', 'BR', 'D0', 'K50'])}" for i in range(1, rng.randint(5, 9)))
        return [f"payroll export (already anonymised) – sum gross by tax code\nemp_id,name,gross,tax_code\n{rows}",
                "\n".join(json.dumps({"period": f"2025-{m:02d}", "vat_out": rng.randint(1000, 90000), "vat_in": rng.randint(1000, 60000)}) for m in range(1, 7)) + "\ncompute net VAT per month",
                "hs_code\tdescription\tduty_rate\n" + "\n".join(f"{rng.choice(['8471.30', '6403.99', '0901.21', '8517.13'])}\t{rng.choice(['laptops', 'footwear', 'coffee', 'phones'])}\t{rng.randint(0, 17)}%" for _ in range(6)) + "\nexplain which goods attract the highest duty"][v]
    if kind == "notice":
        return [f"PUBLIC NOTICE: {L['vat']} portal maintenance 2025-11-02 01:00–05:00 UTC. Helpline {switch}. Reference {ref(rng, 'PN')}. Summarise.",
                f"Explain: 'Finance Minister {pub} announced the threshold rises to 90,000 from April.' What changes for small firms?",
                f"Customs notice to all brokers: new CDS release v{rng.randint(1, 9)}.{rng.randint(0, 9)}; test endpoint 192.0.2.{rng.randint(1, 254)} / 2001:db8::{rng.randint(1, 999):x}; contact {role}."][v]
    if kind == "form":
        return [f"Blank {L['vat']} form, explain each box:\nBox 1 VAT due on sales: ____\nBox 4 VAT reclaimed: ____\n{L['name']}: <NAME>\n{L['tax']}: <ID>",
                f"Test payment form for our tax-software sandbox: card 4111 1111 1111 1111, exp 12/30, CVC 123, name 'Test User', email test@example.com. Why is validation failing?",
                f"Refund claim form example from the handbook (fictional taxpayer 'Max Mustermann', {L['tax']} 000-00-0000). Explain box 7."][v]
    return [f"Is the {L['vat']} on restaurant bills deductible? {L['hi']}. Asking for our office at {st}.",
            f"What did {pub} argue about taxation, and how does the Laffer curve relate to {L['ret']} policy today?",
            f"quick q: {L['slip']} shows tax code 1257L and NI letter A – what do they mean? no personal details, just general."][v]


# ---------------------------------------------------------------------------------------------- placement
def place(rng, where, doc, loc, filename_hint):
    sysmsg = rng.choice(["You assist a tax and accounting practice.", "You are a payroll bureau assistant.", "You help customs brokers prepare declarations.", "Bookkeeping copilot. Be concise."])
    ask = rng.choice(["see attached", "please process the above", "do it", "pls check", "bitte prüfen / please check"])
    body = {"model": rng.choice(MODELS)}
    msgs = [{"role": "system", "content": sysmsg}]
    if where == "user":
        msgs.append({"role": "user", "content": doc})
    elif where == "system":
        msgs[0]["content"] = sysmsg + "\nCase file:\n" + doc
        msgs.append({"role": "user", "content": ask})
    elif where == "assistant":
        msgs += [{"role": "user", "content": "I'll paste it first"}, {"role": "assistant", "content": "Received:\n" + doc}, {"role": "user", "content": ask}]
    elif where == "tool":
        msgs += [{"role": "user", "content": "pull the record from the practice system"},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "fetch_record", "arguments": "{}"}}]},
                 {"role": "tool", "tool_call_id": "call_1", "content": doc}, ]
    elif where == "text_part":
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]})
    elif where == "file_part":
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {"filename": filename_hint + ".txt",
                     "file_data": "data:text/plain;base64," + base64.b64encode(doc.encode()).decode()}}]})
    elif where == "image_url":
        url = "https://scans.bureau.example/upload/page1.png?ocr=" + urllib.parse.quote(doc)
        msgs.append({"role": "user", "content": [{"type": "text", "text": "OCR of the scanned letter is in the link"}, {"type": "image_url", "image_url": {"url": url}}]})
    elif where == "tool_def":
        msgs.append({"role": "user", "content": ask})
        body["tools"] = [{"type": "function", "function": {"name": "file_return", "description": "Context for filing:\n" + doc, "parameters": {"type": "object", "properties": {"ok": {"type": "boolean"}}}}}]
    elif where == "tool_call":
        msgs += [{"role": "user", "content": "submit it"},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": "call_9", "type": "function", "function": {"name": "submit_filing", "arguments": json.dumps({"note": doc}, ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": "call_9", "content": "{\"status\": \"queued\"}"}]
    elif where == "response_format":
        msgs.append({"role": "user", "content": "extract to the schema"})
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {"type": "object", "description": doc,
                                   "properties": {"category": {"type": "string", "enum": ["refund", "penalty", "payroll", "customs"]}}}}}
    elif where == "user_field":
        msgs.append({"role": "user", "content": ask + "\n" + doc})
        body["user"] = "bureau-ws-" + str(rng.randint(10, 99))
    elif where == "stop":
        msgs.append({"role": "user", "content": "continue the letter"})
        body["stop"] = [doc, "\n###"]
    elif where == "prediction":
        msgs.append({"role": "user", "content": "fix typos only, keep layout"})
        body["prediction"] = {"type": "content", "content": doc}
    elif where == "metadata":
        msgs.append({"role": "user", "content": "log this for the audit trail"})
        body["metadata"] = {"case_note": doc, "source": "bureau"}
        body["store"] = True
    body["messages"] = msgs
    return body


def search_text(body):
    parts = [json.dumps(body, ensure_ascii=False)]

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "file_data" and isinstance(v, str) and "base64," in v:
                    parts.append(base64.b64decode(v.split("base64,", 1)[1]).decode())
                elif k == "url" and isinstance(v, str):
                    parts.append(urllib.parse.unquote(v))
                else:
                    walk(v)
        elif isinstance(o, list):
            for x in o:
                walk(x)
        elif isinstance(o, str):
            parts.append(o)
    walk(body)
    return "\n".join(parts)


def entities_in(body, values):
    txt = search_text(body)
    out, seen = [], set()
    for t, v in values:
        if v and v in txt and (t, v) not in seen:
            seen.add((t, v))
            out.append({"type": t, "value": v})
    return out


# ------------------------------------------------------------------------------------------------ PII set
def build_pii(rng):
    recs = []
    n_sens, n_ben = 33, 23
    plan = []
    for k in KINDS:
        plan += [(k, True)] * n_sens + [(k, False)] * n_ben
    rng.shuffle(plan)
    counters = collections.Counter()
    inc = 0
    for i, (kind, sens) in enumerate(plan):
        loc = LOCALES[i % len(LOCALES)]
        where = PLACES[(i * 5 + counters[kind]) % len(PLACES)]
        counters[kind] += 1
        completions = (i % 10 == 3)
        voice = rng.choice(["preparer", "bookkeeper", "payroll_clerk", "auditor", "customs_broker", "client", "tax_software"])
        values = []
        if sens:
            p = person(rng, loc, i)
            if kind != "export" and counters[kind] % 8 == 0:
                doc, values = incidental_doc(rng, kind, loc, p)
                inc += 1
                style_x = "incidental"
            else:
                extra = [person(rng, loc, i + j) for j in range(rng.randint(1, 3))] if kind == "export" else []
                doc = sensitive_doc(rng, kind, loc, p, voice, extra)
                values = issued(p) + [v for q in extra for v in issued(q)]
                style_x = "full"
            if kind == "internal_note" and style_x == "full":
                values = [v for v in values if v[0] != "PERSON"] + [("PERSON", p["full"])]
        else:
            doc = benign_doc(rng, kind, loc)
            style_x = "hard_negative"
        fname = rng.choice(["scan_0412", "client_notes", "export_q3", "letter", "declaration"])
        if completions:
            body = {"model": rng.choice(MODELS), "prompt": rng.choice(["Task: summarise for the file.\n\n", "Rewrite formally:\n"]) + doc, "max_tokens": 400}
            where = "prompt"
        else:
            body = place(rng, where, doc, loc, fname)
        ents = entities_in(body, values)
        if sens and not ents:
            raise Abort(f"sensitive record {i} lost all values ({where})")
        recs.append({"id": f"{SPLIT}-pii-{i + 1:04d}", "category": kind if sens else kind + "_benign", "sensitive": bool(ents),
                     "entities": ents, "endpoint": "completions" if completions else "chat", "lang": loc,
                     "style": f"{voice} · {where} · {style_x}", "body": body})
    return recs, inc


# ------------------------------------------------------------------------------------------------ complexity
SIMPLE = {
    "en": ["What is the VAT rate on children's clothes in the UK?", "When is the self-assessment deadline?", "What does P60 mean?",
           "Convert 1,250 USD to EUR at 0.92.", "Is a payslip the same as a pay stub?", "What's an EORI number?"],
    "de": ["Was ist eine UStVA?", "Bis wann muss die Steuererklärung abgegeben werden?", "Was bedeutet Steuerklasse 3?"],
    "fr": ["C'est quoi la TVA intracommunautaire ?", "Quand dois-je déclarer mes revenus ?", "Que signifie « net à payer » sur un bulletin ?"],
    "es": ["¿Qué es el modelo 303?", "¿Cuándo se presenta la renta?", "¿Qué significa IRPF?"],
    "ru": ["Что такое 3-НДФЛ?", "До какого числа сдают декларацию по НДС?", "Что значит код дохода 2000?"],
    "ja": ["確定申告の期限はいつですか？", "源泉徴収票とは何ですか？", "インボイス制度を一言で説明して。"],
    "zh": ["个税汇算截止日期是哪天？", "增值税专用发票是什么？", "工资条上的五险一金指什么？"],
    "ar": ["ما هي نسبة ضريبة القيمة المضافة في السعودية؟", "ما معنى الرقم الضريبي؟"],
    "hi": ["GSTR-3B कब फाइल करना होता है?", "TDS का मतलब क्या है?"],
    "pt": ["O que é o carnê-leão?", "Quando vence a declaração do IR?"],
    "ko": ["연말정산은 언제 하나요?", "부가세 신고 기간이 언제예요?"],
    "tr": ["KDV beyannamesi ne zaman verilir?", "Bordro nedir?"],
}
HARD = {
    "en": ["A UK sole trader with £92k turnover sells digital services to EU consumers and B2B to Germany; work out VAT registration, place of supply and OSS obligations and what happens if the threshold is crossed mid-quarter.",
           "Design a reconciliation algorithm that matches 40k bank lines to ledger entries with partial payments, FX differences and batched direct debits; give complexity and failure modes.",
           "Our client imports goods from a related party and pays a royalty on resale; explain whether the royalty is dutiable under WTO valuation Article 8 and how to adjust the customs value.",
           "Prove or refute: a flat tax with a personal allowance is always progressive in average rates. Then compute the break-even for a two-bracket system.",
           "An employee works 3 days in France, 2 in Switzerland, lives in Germany; determine social-security coordination, where payroll tax is due and treaty tie-breakers.",
           "Write SQL to detect duplicate supplier invoices with fuzzy vendor names and amounts within 1%, and explain false positives."],
    "de": ["Ein Arbeitnehmer wechselt unterjährig von Steuerklasse 1 auf 3 und erhält eine Abfindung – berechne die Fünftelregelung und erkläre den Progressionsvorbehalt beim Elterngeld.",
           "Innergemeinschaftliches Reihengeschäft mit drei Beteiligten: welche Lieferung ist die bewegte, und wann greift das Dreiecksgeschäft?"],
    "fr": ["Une SAS facture des prestations à une filiale marocaine avec retenue à la source : analyser la convention fiscale, le crédit d'impôt et la TVA applicable.",
           "Expliquez comment le prélèvement à la source gère un salarié multi-employeurs avec un taux individualisé et des revenus fonciers."],
    "es": ["Una sociedad española con establecimiento permanente en Portugal: cómo evitar la doble imposición, qué pasa con las pérdidas y cómo se presenta el modelo 200."],
    "ru": ["ИП на УСН продаёт маркетплейсом в Казахстан: определите место реализации, НДС, валютный контроль и риски переквалификации.",
           "Сравните амортизацию по налоговому и бухгалтерскому учёту для лизинга и рассчитайте отложенные налоги за 3 года."],
    "ja": ["海外子会社への役務提供の対価について、移転価格税制と源泉徴収、消費税の内外判定を整理し、リスクを順位付けしてください。"],
    "zh": ["跨境电商以9610模式出口，同时国内有增值税留抵，请分析退税、汇率损益和关务合规之间的关系并给出方案。"],
    "ar": ["شركة سعودية تستورد من شركة شقيقة في الإمارات وتدفع رسوم امتياز؛ حلل أثر ذلك على القيمة الجمركية وضريبة الاستقطاع والزكاة."],
    "hi": ["एक कंपनी ने दो राज्यों में सेवा दी और ITC mismatch है; GSTR-2B मिलान, ब्याज और नोटिस जवाब की रणनीति समझाइए।"],
    "ko": ["해외 파견 직원의 급여를 원천징수할 때 조세조약, 외국납부세액공제, 4대보험 적용 여부를 단계별로 분석해 주세요."],
}
LANGS_S = list(SIMPLE)
LANGS_H = list(HARD)


def long_ledger(rng, n=40):
    acc = ["4000 Sales", "5000 COGS", "6100 Rent", "6200 Wages", "6300 Travel", "2200 VAT control", "1200 Bank", "7100 Bank charges"]
    return "\n".join(f"{i:03d} | 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} | {rng.choice(acc)} | {rng.choice(['Dr', 'Cr'])} | {rng.randint(10, 9999)}.{rng.randint(0, 99):02d} | {rng.choice(['INV', 'PMT', 'JNL', 'BNK'])}-{rng.randint(1000, 9999)}" for i in range(1, n + 1))


def long_hs(rng, n=35):
    return "\n".join(f"{i}. {rng.choice(['cotton t-shirts', 'LED lamps', 'green coffee', 'ceramic tiles', 'bicycle parts', 'printer toner', 'wool yarn'])} — HS {rng.randint(1000, 9999)}.{rng.randint(10, 99)} — qty {rng.randint(1, 900)} — origin {rng.choice(['CN', 'VN', 'TR', 'IN', 'MX', 'MA'])} — value {rng.randint(100, 40000)} EUR" for i in range(1, n + 1))


EASY_TASKS = {"en": ["sort these lines by date, nothing else", "turn this into a markdown table", "fix the typos in the account names", "remove exact duplicate lines"],
              "de": ["bitte nur nach Datum sortieren", "als Tabelle formatieren, sonst nichts"],
              "fr": ["mets ça en tableau, c'est tout", "trie par montant croissant"],
              "es": ["ordénalo por fecha y ya", "pásalo a tabla"],
              "ja": ["日付順に並べ替えてください。", "表にしてください。"],
              "zh": ["按日期排序即可。", "整理成表格。"],
              "ru": ["просто отсортируй по дате", "сделай таблицу"]}
HARD_TASKS = {"en": ["Reconcile the ledger against the VAT control account, find the three postings that explain the difference, propose correcting journals and explain the audit-trail implications.",
                     "Classify each line under the correct HS heading using GRI 1-6, identify which need binding tariff information, compute duty and import VAT and flag preferential-origin opportunities."],
              "de": ["Prüfe die Buchungen auf Vorsteuerabzugsfähigkeit, ermittle Korrekturen für die UStVA und begründe jede mit Paragraphen."],
              "fr": ["Analyse ces écritures, identifie les anomalies de TVA déductible, propose les écritures correctrices et justifie-les."],
              "ja": ["仕訳を分析し、消費税の区分誤りを特定して修正仕訳と根拠を示してください。"],
              "ru": ["Проанализируй проводки, найди ошибки в НДС, предложи корректировки и обоснуй их ссылками на НК РФ."]}


def build_cx(rng):
    recs = []
    plan = [("short_simple", 0)] * 48 + [("long_easy", 0)] * 48 + [("short_hard", 1)] * 48 + [("long_hard", 1)] * 48
    rng.shuffle(plan)
    sysmsgs = ["You assist a tax and accounting practice.", "You are a payroll bureau assistant.", "You help customs brokers."]
    for i, (cat, lab) in enumerate(plan):
        if cat == "short_simple":
            lang = LANGS_S[i % len(LANGS_S)]; text = rng.choice(SIMPLE[lang]); style = "question/simple"
        elif cat == "short_hard":
            lang = LANGS_H[i % len(LANGS_H)]; text = rng.choice(HARD[lang]); style = "question/analysis"
        elif cat == "long_easy":
            lang = list(EASY_TASKS)[i % len(EASY_TASKS)]
            data = long_ledger(rng) if rng.random() < .5 else long_hs(rng)
            text = data + "\n\n" + rng.choice(EASY_TASKS[lang]); style = "reformat/long"
        else:
            lang = list(HARD_TASKS)[i % len(HARD_TASKS)]
            data = long_ledger(rng, rng.randint(20, 45)) if rng.random() < .5 else long_hs(rng, rng.randint(15, 35))
            text = rng.choice(HARD_TASKS[lang]) + "\n\n" + data; style = "analysis/long"
        if cat == "long_easy":
            guard = 0
            while len(text) < 1500 and guard < 5:
                guard += 1
                text = long_ledger(rng, 20) + "\n" + text
            if len(text) < 1500:
                raise Abort("long_easy too short")
        body = {"model": rng.choice(MODELS), "messages": [{"role": "system", "content": rng.choice(sysmsgs)}, {"role": "user", "content": text}]}
        recs.append({"id": f"{SPLIT}-cx-{i + 1:04d}", "category": cat, "label": lab, "length_adversarial": cat in ("short_hard", "long_easy"),
                     "endpoint": "chat", "lang": lang, "style": style, "body": body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default="bench/data/signals")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    here = pathlib.Path(__file__).resolve().parent
    words, blob, seen, missing = frozen_words(here)
    dropped = apply_freeze(rng, words, blob)
    print(f"freeze: scanned {seen} generators ({len(missing)} listed but absent: {' '.join(missing) or '-'}), {len(words)} words; dropped "
          + ", ".join(f"{k}={v}" for k, v in sorted(dropped.items())) + f" (total {sum(dropped.values())})")
    try:
        pii, inc = build_pii(rng)
        cx = build_cx(rng)
    except Abort as e:
        sys.exit(f"ABORT: {e}")
    out = pathlib.Path(a.out); out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    s = sum(r["sensitive"] for r in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {s} sensitive ({100 * s / len(pii):.1f}%), {len(pii) - s} benign, "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions, {len({r['lang'] for r in pii})} langs, "
          f"{len({LOC[r['lang']]['script'] for r in pii})} scripts, {inc} incidental")
    print("  by category:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  places:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    c = collections.Counter(r["category"] for r in cx)
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records {dict(sorted(c.items()))}, label1={sum(r['label'] for r in cx)}, "
          f"length_adversarial={sum(r['length_adversarial'] for r in cx)}, langs={len({r['lang'] for r in cx})}")


if __name__ == "__main__":
    main()
