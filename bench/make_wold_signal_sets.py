#!/usr/bin/env python3
"""Wold: a blind evaluation split for the request signals, set in ARCHITECTURE, PLANNING PERMISSION, BUILDING
CONTROL AND SURVEYORS.

Writes bench/data/signals/pii_wold.jsonl and bench/data/signals/complexity_wold.jsonl in the record schema of the
other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id, category, label,
length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the writer's brief, the first 70 lines of the delta generator (schema and label
    conventions) and the first two lines of the delta data files. Not the detector, the scorer, their tests, the
    evaluator, the results, the policies, the docs, any other generator or any commit message. Other generators'
    sources are only scanned automatically at run time (FROZEN_AGAINST) for capitalised and non-ASCII words, and
    every pool entry (given names, surnames, streets, places, firms, public figures) that collides is dropped and
    refilled from invented, locale-typical composed parts; a collision is never kept.

World and organising principle
    The messages that planning officers, neighbours, objectors, building-control inspectors, architects and their
    clients, party-wall and building surveyors, heritage officers, contractors and estimators, and the software
    between them (planning portals, tender platforms, inspection apps) send to an LLM-backed assistant. Organised
    by the KIND of document: intake, correspondence, scheduling, complaint, internal_note, export (CSV/TSV/JSON
    rows), notice, form, chat -- each with a sensitive variant (category ``<kind>``) and a benign hard-negative
    variant (``<kind>_benign``), several voices per kind. The data language rotates over 21 locales in 10 scripts
    (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul), with planning jargon (FUL, HH,
    LBC, PD, CIL, S106, Part L, U-values, RIBA stages), abbreviations, typos and code-switching with English.
    The document is placed in a request field chosen by rotation over 14 places (user / system / earlier
    assistant / tool messages, text and base64 file parts, image URLs with query strings, tool definitions,
    tool-call arguments, response_format json_schema, ``user``, ``stop``, ``prediction``, ``metadata`` with
    ``store: true``); about 10% use the completions endpoint (``prompt``). Some sensitive records carry a single
    incidental item (one first name with a relation cue, one phone number in a long text, one birth date).

Where the line is drawn
    Personal data: private persons (applicants, neighbours, objectors, clients, occupiers, staff named with a role
    cue, relatives), their phones (extensions too), personal e-mails, home addresses, birth dates, national / tax /
    health numbers, hospital record numbers, bank accounts, IBANs, payment cards, a private user's public IP.
    Benign hard negatives: public figures in their public role and historical architects, cited authors,
    eponyms (Mansard, Palladian, Vitruvian), firms and streets named after people, council switchboards and role
    mailboxes, emergency numbers, planning / building-control / permit / tender / invoice references, company
    registration numbers, list-entry numbers, grid references and coordinates, versions, timestamps, hashes,
    ISBNs, RFC 5737 / 3849 addresses, example.com, published test card numbers, blank forms with placeholders,
    already-anonymised texts and statistics about no one. Benign records contain no private person's data.

Labels
    ``entities`` is a list of {"type", "value"}; it is computed by SEARCHING the serialised body (base64 file parts
    decoded, URLs unquoted) for every value the record issued; ``sensitive`` iff ``entities`` is non-empty. Types:
    PERSON, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, US_SSN, NATIONAL_ID, TAX_ID,
    HEALTH_INSURANCE, MEDICAL_RECORD, IBAN_CODE, CREDIT_CARD, US_BANK_NUMBER, IP_ADDRESS.
    Complexity: short_simple (0), long_easy (0, >= 1,500 chars), short_hard (1), long_hard (1); short_hard and
    long_easy are ``length_adversarial``.

Contents
    About 504 PII records (9 kinds x 56: 33 sensitive + 23 benign) and 190 complexity records; the run prints the
    exact counts, the endpoint / placement / language spread and how many pool entries the freeze dropped.

Validation
    Every identifier carries valid check digits and is validated with python-stdnum (NHS, SSN, ABA routing,
    Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat Zehut,
    Aadhaar, PAN, Thai PIN, RIC, My Number, RRN, IBAN, ISBN) or Luhn (cards, Emirates ID, MRNs); every phone is
    validated with ``phonenumbers``; IPs are global and outside documentation ranges. An invalid value aborts the
    run; every retry loop is capped. Output is byte-reproducible for a seed (only ``random.Random(seed)``).

Command
    python bench/make_wold_signal_sets.py [--seed 24770615] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import ipaddress
import json
import pathlib
import re
import sys
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, isbn as std_isbn, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
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
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

import random

SPLIT = "wold"
DEFAULT_SEED = 24770615
FROZEN_AGAINST = tuple("""arete arroyo atlas atoll bajada barchan bayou bergschrund blind bluff bornhardt butte caldera
canyon caprock cenote cirque coquina coulee cuesta cwm delta doline drumlin dune erg esker estuary felsenmeer fen fjord
flysch fumarole geyser glacier gnamma gour guyot hamada heron hogback hoodoo horst hummock inlier inselberg isthmus
kame karst kestrel kettle kipuka klint knoll kopje lagoon lahar lantern lapiaz loess lunette maar meadow mesa mire
mogote monadnock moraine mosaic moulin nubbin nunatak outwash oxbow pediment pingo playa polje quarry ravine regolith
ria rill sabkha sandur sastrugi scarp scree sealed serac sierra sinter skerry solfatara steppe tafoni talus tarn
tepui tinaja tombolo tor tufa tundra tuya unseen ventifact wadi wild yardang yazoo zeugen""".split())

D = "0123456789"
GENERIC = set("""Street St Road Rd Lane Ln Avenue Ave Way Close Drive Court Place Square Row Hill Gardens Park Terrace
Crescent Mews Walk Yard Green Grove Ltd Limited LLP Inc LLC GmbH AG KG SARL SAS SL SRL BV Sp zoo Ltda AB AS Co
Architects Architecture Surveyors Partnership Partners Associates Studio Building Consultancy Builders Construction
Contractors Group Engineering Design and the of und et y e i da de la le du del von van der den di Straße Strasse Weg
Allee Platz Gasse Rue Avenue Chemin Calle Plaza Via Viale Corso Piazza Laan Straat Gracht Plein ulica Rua Avenida
Travessa vägen gatan gränd Sokak Caddesi Sokağı Mahallesi улица ул проспект пр вулиця вул οδός Οδός شارع רחוב
मार्ग रोड ถนน ซอย 路 街 通り 丁目 로 길 Bau Büro Planung Bureau Estudio Studio Biuro Ateliê Arkitekter Mimarlık""".split())


class Invalid(Exception):
    pass


def need(ok, what):
    if not ok:
        raise Invalid(what)


# ----------------------------------------------------------------------------------------------------- locales
# code: (script, phone region, given, surnames, given syllables A/B, surname syllables A/B, streets, street fmt,
#        places, postcode fn, phrases)
PH_KEYS = ("hi", "app", "obj", "insp", "pw", "thx", "ask", "name", "tel", "addr", "dob")
LOC = {
    "en-GB": dict(script="Latin", region="GB",
        given="Gwendolen Rhodri Tamsin Aldous Morwenna Crispin Isolde Barnaby".split(),
        sur="Pennycook Ashdown Tremlett Haverstock Quilliam Fothergill Brindley Cottesloe".split(),
        gA="Ead Os Wyn Hal Bren Cor Eld Mer".split(), gB="wyn ric ella mund ith ora ley".split(),
        sA="Ash Thorn Brack Wel Hart Mill Cran Sal".split(), sB="combe ridge wood stow field hurst by well".split(),
        streets="Tanners Lane|Orchard Rise|Mill Hollow|Quarry Bank Road|Sheepwash Lane|Pound Close".split("|"),
        sfx=["Lane", "Road", "Close", "Rise"], places="Thornbury|Ashbourne|Lydney|Stroud".split("|"),
        addr=lambda r, n, s, p: f"{n} {s}, {p} {r.choice('GL BS SN HR'.split())}{r.randint(1,19)} {r.randint(1,9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
        ph=("Hi", "planning application", "objection", "building control inspection", "party wall notice", "Thanks",
            "pls summarise", "Name", "Tel", "Address", "DOB")),
    "en-US": dict(script="Latin", region="US",
        given="Delphine Harlan Marguerite Tobias Winona Ellery Cordelia Jasper".split(),
        sur="Vandergrift Hollister Kincannon Pettibone Rutledge Stahlnecker Whitcombe Overbey".split(),
        gA="Jar Lor Kel Dar Bry Ell Tam Sar".split(), gB="ell ena ick anne ton issa en".split(),
        sA="Brook Stone Fair Hollow Red Oak Glen Birch".split(), sB="mont ley field ridge ford dale worth".split(),
        streets="Sycamore Ridge Dr|Old Mill Rd|Cedar Hollow Ln|Creekside Ave|Lantana Ct".split("|"),
        sfx=["Dr", "Ave", "Ln", "Ct"], places="Bozeman, MT 59715|Asheville, NC 28801|Boise, ID 83702|Duluth, MN 55802".split("|"),
        addr=lambda r, n, s, p: f"{n} {s}, {p}",
        ph=("Hi", "permit application", "objection", "building inspection", "party wall notice", "Thanks",
            "pls summarize", "Name", "Phone", "Address", "DOB")),
    "de-DE": dict(script="Latin", region="DE",
        given="Hiltrud Eckhard Roswitha Wendelin Gerlinde Volkmar Irmtraud Baldur".split(),
        sur="Kesselhut Brunnhuber Obermaier Wiesenthal Hollerbach Pfannschmidt Ringseis Dorfner".split(),
        gA="Ger Ans Walt Hild Sieg Ul Rein Ort".split(), gB="run helm traud bert mar wig olf".split(),
        sA="Kessel Brunn Holz Anger Wies Lind Fuchs Moos".split(), sB="hauer bichler maier huber egger lechner reiter".split(),
        streets="Am Mühlbach|Lindenweg|Kastanienallee|Birkenstraße|Im Winkel".split("|"),
        sfx=["straße", "weg", "gasse"], places="10115 Berlin|80331 München|93047 Regensburg|79098 Freiburg".split("|"),
        addr=lambda r, n, s, p: f"{s} {n}, {p}",
        ph=("Hallo", "Bauantrag", "Einwendung", "Bauabnahme", "Nachbarbenachrichtigung (Grenzwand)", "Danke",
            "bitte kurz zusammenfassen", "Name", "Tel.", "Anschrift", "Geb.-Datum")),
    "fr-FR": dict(script="Latin", region="FR",
        given="Solène Aurélien Clémence Gaspard Ombeline Thibault Maïwenn Anatole".split(),
        sur="Delacourt Vermorel Pichonnat Lespinasse Maréchaux Bouvreuil Tissandier Clavelier".split(),
        gA="Ma Lo Cla Hé Jo Ber Ro Ga".split(), gB="rine ël ude lène thilde nard selle".split(),
        sA="Beau Ver Mont Roche Fon Cha Bois Val".split(), sB="vallon mard taine bert rieux lard ssac".split(),
        streets="rue des Tanneurs|chemin du Lavoir|impasse des Glycines|allée des Tilleuls|rue du Puits".split("|"),
        sfx=["rue", "chemin"], places="69002 Lyon|33000 Bordeaux|35000 Rennes|21000 Dijon".split("|"),
        addr=lambda r, n, s, p: f"{n} {s}, {p}",
        ph=("Bonjour", "demande de permis de construire", "recours gracieux", "visite de conformité",
            "notification de travaux sur mur mitoyen", "Merci", "résume stp", "Nom", "Tél.", "Adresse", "Né(e) le")),
    "es-ES": dict(script="Latin", region="ES",
        given="Remedios Baltasar Inmaculada Fulgencio Amparo Eusebio Covadonga Tristán".split(),
        sur="Villaescusa Arrizabalaga Montenegro Carbajosa Ugarteche Peñalver Lacasta Orbaneja".split(),
        gA="Ma Jo Luc Ro Ber Ana Fer Ne".split(), gB="rcela sefa ía sendo nardo stasio rmín".split(),
        sA="Val Mont Villa Peña Castro Fuen Torre Río".split(), sB="verde real franca alba nueva seca mayor".split(),
        streets="Calle del Olivar|Calle Mayor|Camino de la Ermita|Travesía del Pozo|Calle de las Eras".split("|"),
        sfx=["Calle"], places="28013 Madrid|41004 Sevilla|50001 Zaragoza|37002 Salamanca".split("|"),
        addr=lambda r, n, s, p: f"{s}, {n}, {r.randint(1,6)}º {r.choice('ABCD')}, {p}",
        ph=("Hola", "solicitud de licencia de obra", "alegación", "inspección de obra", "aviso de obras en medianera",
            "Gracias", "resúmelo porfa", "Nombre", "Tel.", "Domicilio", "F. nac.")),
    "it-IT": dict(script="Latin", region="IT",
        given="Ornella Gualtiero Loredana Ermenegildo Settimia Tancredi Annunziata Ottavio".split(),
        sur="Bonacorsi Pellizzari Scaramuzza Venturelli Tagliaferri Mazzoleni Ghirardelli Cavalcanti".split(),
        gA="Gia Lu Ma Ro Fra Ste Pie Car".split(), gB="como ciana rilena berto nca fania rina".split(),
        sA="Monte Ca Bel Pog Villa Torre Ros Fon".split(), sB="negri lli trami gioli ssi tana doni".split(),
        streets="Via delle Fornaci|Vicolo del Pozzo|Via dei Mulini|Strada della Pieve|Via del Borgo".split("|"),
        sfx=["Via"], places="40121 Bologna|37121 Verona|53100 Siena|06121 Perugia".split("|"),
        addr=lambda r, n, s, p: f"{s} {n}, {p}",
        ph=("Ciao", "richiesta di permesso di costruire", "osservazione", "sopralluogo di agibilità",
            "comunicazione lavori su muro comune", "Grazie", "riassumi per favore", "Nome", "Tel.", "Indirizzo",
            "Nato/a il")),
    "nl-NL": dict(script="Latin", region="NL",
        given="Gerrieke Wouter Marijke Sjoerd Hendrika Bastiaan Femke Lieuwe".split(),
        sur="Verschoor Bokhorst Dijkgraaf Schuttevaer Hoogeveen Tjalsma Wiersema Kampinga".split(),
        gA="Wil Jo Ger Hen Mar Sjo Tj Ri".split(), gB="lem ke rit drik tijn erd ina".split(),
        sA="Ter Van Oost Bos Dijk Veen Hof Molen".split(), sB="horst kamp meer beek huis sloot brug".split(),
        streets="Molenstraat|Achter de Kerk|Lindengracht|Kerkpad|Dorpsweg".split("|"),
        sfx=["straat", "weg", "laan"], places="1015 AB Amsterdam|3511 LK Utrecht|9711 HV Groningen|2311 EZ Leiden".split("|"),
        addr=lambda r, n, s, p: f"{s} {n}, {p}",
        ph=("Hoi", "aanvraag omgevingsvergunning", "zienswijze", "bouwtoezicht controle", "burenmelding erfgrensmuur",
            "Bedankt", "vat even samen aub", "Naam", "Tel", "Adres", "Geb.datum")),
    "pl-PL": dict(script="Latin", region="PL",
        given="Bożena Mirosław Jadwiga Zdzisław Halina Przemysław Grażyna Wiesław".split(),
        sur="Szczepaniak Wróblewski Grzybowska Kołodziej Pietrzyk Zawadzki Sobczak Michalak".split(),
        gA="Bo Mi Sta Ja Wie Do Ra Zo".split(), gB="gusław rosława nisław dwiga sława rota dosław".split(),
        sA="Brzo Dąb Kło Sośn Wierz Lip Grab Jawor".split(), sB="wski wska niak czyk owicz ecki".split(),
        streets="ul. Ogrodowa|ul. Lipowa|ul. Kasztanowa|ul. Polna|ul. Młyńska".split("|"),
        sfx=["ul."], places="30-001 Kraków|50-001 Wrocław|80-001 Gdańsk|61-001 Poznań".split("|"),
        addr=lambda r, n, s, p: f"{s} {n}/{r.randint(1,40)}, {p}",
        ph=("Dzień dobry", "wniosek o pozwolenie na budowę", "sprzeciw", "odbiór budowlany",
            "zawiadomienie o robotach przy ścianie wspólnej", "Dzięki", "streść proszę", "Imię i nazwisko", "Tel.",
            "Adres", "Data ur.")),
    "pt-BR": dict(script="Latin", region="BR",
        given="Iracema Edivaldo Rosângela Claudionor Marlene Wanderley Lucimara Jucelino".split(),
        sur="Albuquerque Nogueira Cavalcante Figueiredo Magalhães Bittencourt Sampaio Quintanilha".split(),
        gA="Jo Ma Ro Lu Cla Edi Val Ire".split(), gB="sué rileide naldo ciana udete lson dete".split(),
        sA="Val Mon Bar Per Cas Fi Lo Ter".split(), sB="adares reira bosa tanha queira gueira rado".split(),
        streets="Rua das Acácias|Rua do Sobradinho|Travessa dos Ipês|Avenida das Palmeiras|Rua da Olaria".split("|"),
        sfx=["Rua"], places="Belo Horizonte - MG, 30130-010|Curitiba - PR, 80010-000|Recife - PE, 50030-230|Salvador - BA, 40020-000".split("|"),
        addr=lambda r, n, s, p: f"{s}, {n}, apto {r.randint(11,904)}, {p}",
        ph=("Olá", "pedido de alvará de construção", "impugnação", "vistoria de habite-se",
            "notificação de obra em parede-meia", "Obrigado", "resume por favor", "Nome", "Tel.", "Endereço",
            "Data de nasc.")),
    "sv-SE": dict(script="Latin", region="SE",
        given="Ingegerd Torbjörn Gunvor Sixten Birgitta Holger Ylva Stellan".split(),
        sur="Lindqvist Sjöberg Hedlund Nordenfalk Ekström Bergkvist Wahlgren Forsmark".split(),
        gA="Sig Ing Tor Gun Ber Ulf Ast Rag".split(), gB="vald rid björn hild tila rid nhild".split(),
        sA="Sjö Berg Lind Ek Gran Ny Hag Ås".split(), sB="holm lund ström kvist gren dahl berg".split(),
        streets="Kvarnvägen|Skolgatan|Björkbacken|Prästgårdsvägen|Hamngatan".split("|"),
        sfx=["vägen", "gatan"], places="753 20 Uppsala|413 01 Göteborg|222 20 Lund|831 30 Östersund".split("|"),
        addr=lambda r, n, s, p: f"{s} {n}, {p}",
        ph=("Hej", "bygglovsansökan", "invändning", "slutbesiktning", "grannehörande om brandvägg", "Tack",
            "sammanfatta tack", "Namn", "Tel", "Adress", "Född")),
    "tr-TR": dict(script="Latin", region="TR",
        given="Gülizar Nurettin Şükran Hüsamettin Müzeyyen Bahattin Feride Tahsin".split(),
        sur="Karaosmanoğlu Yılmazer Tosunoğlu Kahraman Çelikkol Dursunoğlu Aksoylu Bozkurtlu".split(),
        gA="Ay Gül Nur Meh Ser Fat Yıl Hü".split(), gB="şe sün ten met dar ma dız".split(),
        sA="Kara Ak Demir Tos Öz Kaya Gök Yıldı".split(), sB="oğlu can türk soy kan ürk".split(),
        streets="Çınarlı Sokak|Değirmen Sokağı|Lale Sokak|Kuyulu Sokak|Bahçe Sokak".split("|"),
        sfx=["Sokak"], places="Kadıköy/İstanbul 34710|Çankaya/Ankara 06690|Konak/İzmir 35250|Nilüfer/Bursa 16110".split("|"),
        addr=lambda r, n, s, p: f"{s} No:{n} D:{r.randint(1,18)}, {p}",
        ph=("Merhaba", "yapı ruhsatı başvurusu", "itiraz dilekçesi", "yapı denetim kontrolü", "ortak duvar bildirimi",
            "Teşekkürler", "özetler misin", "Ad Soyad", "Tel", "Adres", "Doğum tarihi")),
    "ru-RU": dict(script="Cyrillic", region="RU",
        given="Евдокия Аркадий Зинаида Всеволод Антонина Ростислав Таисия Святослав".split(),
        sur="Колокольцева Пересветов Чернышёва Звягинцев Белозерова Ракитин Поливанова Тихомиров".split(),
        gA="Ми Ва Ле Ан Свет Бо Ла Яро".split(), gB="рослав силиса нида тонина лана рис риса".split(),
        sA="Бело Черно Ракит Звяг Лыко Колот Полив Сухо".split(), sB="вин цев ова ина ский кова нин".split(),
        streets="ул. Садовая|ул. Кирпичная|пер. Мельничный|ул. Липовая|ул. Заречная".split("|"),
        sfx=["ул."], places="г. Казань, 420111|г. Самара, 443099|г. Тверь, 170100|г. Пермь, 614000".split("|"),
        addr=lambda r, n, s, p: f"{s}, д. {n}, кв. {r.randint(1,120)}, {p}",
        ph=("Здравствуйте", "заявление на разрешение на строительство", "возражение", "проверка стройнадзора",
            "уведомление о работах на общей стене", "Спасибо", "кратко изложи", "ФИО", "Тел.", "Адрес", "Дата рожд.")),
    "uk-UA": dict(script="Cyrillic", region="UA",
        given="Ярослава Остап Соломія Богдан Оксана Тарас Мирослава Северин".split(),
        sur="Коваленчук Гнатюк Дорошенко Левчишин Пилипчук Стасюк Тимошук Куліченко".split(),
        gA="Ярос Бог Мир Ост Зор Лес Дан Ол".split(), gB="лава дан ослав ап яна ько ило".split(),
        sA="Ков Гнат Дор Лев Пилип Стас Тим Кул".split(), sB="алюк юк енко чук ишин ук ич".split(),
        streets="вул. Садова|вул. Млинова|вул. Вишнева|пров. Тихий|вул. Замкова".split("|"),
        sfx=["вул."], places="м. Львів, 79000|м. Вінниця, 21000|м. Полтава, 36000|м. Чернігів, 14000".split("|"),
        addr=lambda r, n, s, p: f"{s}, {n}, кв. {r.randint(1,90)}, {p}",
        ph=("Добрий день", "заява на дозвіл на будівництво", "заперечення", "перевірка ДІАМ",
            "повідомлення про роботи на спільній стіні", "Дякую", "підсумуй будь ласка", "ПІБ", "Тел.", "Адреса",
            "Дата народж.")),
    "el-GR": dict(script="Greek", region="GR",
        given="Ευανθία Χαράλαμπος Σταματία Παναγιώτης Αικατερίνη Θεμιστοκλής Ασπασία Λεωνίδας".split(),
        sur="Καραγιαννίδου Παπαθανασίου Σταυρόπουλος Κωνσταντινίδης Μαυρογιάννη Τσακαλώτος Ζαφειρίου Λαμπράκης".split(),
        gA="Ευ Χα Στα Πα Αι Θε Ασ Λε".split(), gB="γενία ρίκλεια ματης νος σια δωρος κλεια".split(),
        sA="Καρα Παπα Σταυρο Μαυρο Τσακα Ζαφει Λαμπρα Κωστο".split(), sB="πουλος γιάννης δάκης ίδης ρίου λάκης".split(),
        streets="Οδός Αγίου Νικολάου|Οδός Ελιάς|Οδός Πλατάνων|Οδός Μύλων|Οδός Κήπων".split("|"),
        sfx=["Οδός"], places="546 22 Θεσσαλονίκη|262 21 Πάτρα|712 02 Ηράκλειο|451 10 Ιωάννινα".split("|"),
        addr=lambda r, n, s, p: f"{s} {n}, {p}",
        ph=("Γεια σας", "αίτηση οικοδομικής άδειας", "ένσταση", "αυτοψία ελέγχου κατασκευής",
            "ειδοποίηση εργασιών σε μεσοτοιχία", "Ευχαριστώ", "κάνε σύνοψη παρακαλώ", "Ονοματεπώνυμο", "Τηλ.",
            "Διεύθυνση", "Ημ. γέννησης")),
    "ar-AE": dict(script="Arabic", region="AE",
        given="مريم سلطان عائشة حمدان شمسة راشد موزة خليفة".split(),
        sur="المهيري الكعبي الشامسي الظاهري المنصوري النعيمي السويدي الرميثي".split(),
        gA="عب حم سل مي فا نو".split(), gB="دالله دان مى رة طمة رة".split(),
        sA="القب الزع المز الحم العم الكت النق الشر الفل السب".split(), sB="يسي ابي روعي ادي يري بي اوي".split(),
        streets="شارع الورد|شارع النخيل|شارع الريم|شارع الغاف|شارع السدر".split("|"),
        sfx=["شارع"], places="أبوظبي|العين|الشارقة|دبي".split("|"),
        addr=lambda r, n, s, p: f"فيلا {n}، {s}، {p}",
        ph=("مرحبا", "طلب رخصة بناء", "اعتراض", "تفتيش البناء", "إشعار أعمال على الجدار المشترك", "شكرا",
            "لخص من فضلك", "الاسم", "هاتف", "العنوان", "تاريخ الميلاد")),
    "he-IL": dict(script="Hebrew", region="IL",
        given="נעמה אביתר שירה יהונתן הדס נתנאל אורית עמרי".split(),
        sur="בן־שטרית אלמוג רוזנבלום קורנפלד אזולאי שפירא הורוביץ טננבאום".split(),
        gA="אבי נוע שי יה הד נת".split(), gB="גיל ה רה לי אל תן".split(),
        sA="רוזנ קורנ טננ גולד זילבר ליבר".split(), sB="בלום פלד באום שטיין מן ברג".split(),
        streets="רחוב הזית|רחוב הרימון|רחוב האלון|רחוב הגפן|רחוב התאנה".split("|"),
        sfx=["רחוב"], places="חיפה|באר שבע|רעננה|כפר סבא".split("|"),
        addr=lambda r, n, s, p: f"{s} {n}, דירה {r.randint(1,30)}, {p}",
        ph=("שלום", "בקשה להיתר בנייה", "התנגדות", "ביקורת מבנה", "הודעה על עבודות בקיר משותף", "תודה",
            "תסכם בבקשה", "שם", "טל׳", "כתובת", "ת. לידה")),
    "hi-IN": dict(script="Devanagari", region="IN",
        given="सुनैना हर्षवर्धन पद्मिनी विश्वनाथ अनुराधा धर्मेंद्र शकुंतला रघुवीर".split(),
        sur="कुलश्रेष्ठ भटनागर चतुर्वेदी श्रीवास्तव त्रिपाठी अग्निहोत्री वाजपेयी दीक्षित".split(),
        gA="सु अनु हर वि रघु मधु".split(), gB="मित्रा राग षित नोद वीर बाला".split(),
        sA="कुल भट त्रि अग्नि वाज".split(), sB="श्रेष्ठ नागर पाठी होत्री पेयी".split(),
        streets="गुलमोहर मार्ग|नीम वाली गली|सरोजिनी कॉलोनी|पीपल चौक|आम्रपाली एन्क्लेव".split("|"),
        sfx=["मार्ग"], places="लखनऊ 226001|जयपुर 302001|भोपाल 462001|इंदौर 452001".split("|"),
        addr=lambda r, n, s, p: f"मकान नं. {n}, {s}, {p}",
        ph=("नमस्ते", "भवन अनुमति आवेदन", "आपत्ति", "भवन निरीक्षण", "साझा दीवार नोटिस", "धन्यवाद", "सारांश दें",
            "नाम", "फ़ोन", "पता", "जन्म तिथि")),
    "th-TH": dict(script="Thai", region="TH",
        given="สุภาพร ธนากร วิมลรัตน์ ชัยวัฒน์ กาญจนา ณัฐพล พรทิพย์ อนุชา".split(),
        sur="ศรีสวัสดิ์ ทองประเสริฐ วงศ์สุวรรณ จันทร์เพ็ญ เกียรติกำจร บุญญาศิริ พันธุ์ดี แสงอรุณ".split(),
        gA="สุ ธนา วิ ชัย กาญ ณัฐ".split(), gB="ดา กร มล วัฒน์ นา พล".split(),
        sA="ศรี ทอง วงศ์ จันทร์ บุญ แสง".split(), sB="สุข ประเสริฐ สว่าง เจริญ ยืน รุ่ง".split(),
        streets="ซอยลาดพร้าว 48|ถนนนิมมานเหมินท์|ซอยสุขุมวิท 71|ถนนเจริญราษฎร์|ซอยอารีย์ 4".split("|"),
        sfx=["ถนน"], places="กรุงเทพฯ 10310|เชียงใหม่ 50200|ขอนแก่น 40000|ภูเก็ต 83000".split("|"),
        addr=lambda r, n, s, p: f"บ้านเลขที่ {n}/{r.randint(1,99)} {s} {p}",
        ph=("สวัสดีครับ", "คำขออนุญาตก่อสร้างอาคาร", "คำคัดค้าน", "การตรวจสอบอาคาร", "หนังสือแจ้งงานผนังร่วม",
            "ขอบคุณครับ", "ช่วยสรุปหน่อย", "ชื่อ", "โทร", "ที่อยู่", "วันเกิด")),
    "zh-CN": dict(script="Han", region="CN",
        given="婉清 振华 淑芬 国栋 雅琴 志远 秀兰 建峰".split(),
        sur="欧阳 诸葛 上官 司马 慕容 皇甫 令狐 东方".split(),
        gA="婉 振 淑 国 雅 志 秀 建 晓 立".split(), gB="清 华 芬 栋 琴 远 兰 峰 萍 军".split(),
        sA="欧阳 上官 慕容 司马 东方 皇甫 闻人 夏侯 公孙 端木 宇文 长孙 尉迟 澹台 呼延 钟离 轩辕 公冶 濮阳 太叔".split(), sB=[""],
        streets="梧桐路|银杏巷|枫林街|桂花弄|槐树路".split("|"),
        sfx=["路"], places="杭州市西湖区|成都市武侯区|南京市鼓楼区|苏州市姑苏区".split("|"),
        addr=lambda r, n, s, p: f"{p}{s}{n}号{r.randint(1,30)}幢{r.randint(101,2604)}室",
        ph=("您好", "建设工程规划许可申请", "异议", "竣工验收检查", "共用墙施工通知", "谢谢", "请总结一下", "姓名",
            "电话", "地址", "出生日期")),
    "ja-JP": dict(script="Kana", region="JP",
        given="さくら はるか みのり ゆうと あおい こはる ひなた つばさ".split(),
        sur="小野寺 長谷部 五十嵐 勅使河原 二階堂 東海林 宇佐美 久保寺".split(),
        gA="さ み は ゆ あ こ".split(), gB="ちこ のり るみ うき やめ ずえ".split(),
        sA="小野 長谷 五十 宇佐 久保 大河".split(), sB="寺 部 嵐 美 内 原".split(),
        streets="桜町|緑ヶ丘|本町|旭町|松が枝町".split("|"),
        sfx=["町"], places="東京都世田谷区|京都府京都市左京区|福岡県福岡市中央区|北海道札幌市北区".split("|"),
        addr=lambda r, n, s, p: f"〒{r.randint(100,999)}-{r.randint(0,9999):04d} {p}{s}{r.randint(1,5)}丁目{n}-{r.randint(1,20)}",
        ph=("お疲れ様です", "建築確認申請", "異議申立て", "中間検査", "境界壁工事のお知らせ", "よろしくお願いします",
            "要約して", "氏名", "電話", "住所", "生年月日")),
    "ko-KR": dict(script="Hangul", region="KR",
        given="서연 민준 지우 도윤 하은 예준 수아 시우".split(),
        sur="남궁 선우 제갈 황보 독고 사공 서문 동방".split(),
        gA="서 민 지 도 하 예 수 시".split(), gB="연 준 우 윤 은 아 빈 현".split(),
        sA="남궁 선우 제갈 황보 독고 사공 서문 동방 어금 망절 소봉 탁 편 옹 빈 승 국 두 채 봉 육 반 모 연 길 석 인 용 태 시 명".split(), sB=[""],
        streets="은행나무로|느티나무길|벚꽃로|솔밭길|매화로".split("|"),
        sfx=["로", "길"], places="서울특별시 마포구|부산광역시 해운대구|대전광역시 유성구|광주광역시 서구".split("|"),
        addr=lambda r, n, s, p: f"{p} {s} {n}, {r.randint(101,120)}동 {r.randint(101,1504)}호",
        ph=("안녕하세요", "건축허가 신청", "이의신청", "사용승인 검사", "공유벽 공사 통지", "감사합니다",
            "요약해 주세요", "성명", "전화", "주소", "생년월일")),
}
LOCALES = list(LOC)
NOSPACE = {"zh-CN", "ja-JP", "th-TH"}
CC_TLD = {"en-GB": "co.uk", "en-US": "com", "de-DE": "de", "fr-FR": "fr", "es-ES": "es", "it-IT": "it",
          "nl-NL": "nl", "pl-PL": "pl", "pt-BR": "com.br", "sv-SE": "se", "tr-TR": "com.tr", "ru-RU": "ru",
          "uk-UA": "ua", "el-GR": "gr", "ar-AE": "ae", "he-IL": "co.il", "hi-IN": "in", "th-TH": "co.th",
          "zh-CN": "cn", "ja-JP": "jp", "ko-KR": "kr"}
MAILHOSTS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.net", "web.de", "orange.fr",
             "libero.it", "mail.ru", "ukr.net", "naver.com", "qq.com", "163.com", "yahoo.co.jp", "hotmail.com"]
LATIN_SYL = "ka ri mo le sa to vi na de lu ma ro be ti ga no si fe".split()

# public figures / historical / eponyms (benign); frozen like the other pools, never refilled
FAMOUS = ["Christopher Wren", "Andrea Palladio", "Filippo Brunelleschi", "Le Corbusier", "Zaha Hadid",
          "Frank Lloyd Wright", "Ludwig Mies van der Rohe", "Antoni Gaudí", "Walter Gropius", "Kenzo Tange",
          "Tadao Ando", "Oscar Niemeyer", "Alvar Aalto", "Augustus Pugin", "John Soane", "Inigo Jones",
          "Nicholas Hawksmoor", "Karl Friedrich Schinkel", "Lina Bo Bardi", "Renzo Piano", "Norman Foster",
          "Richard Rogers", "Kengo Kuma", "Balkrishna Doshi", "Geoffrey Bawa", "Eileen Gray", "Gottfried Semper",
          "Vitruvius", "Sinan", "Imhotep", "Edwin Lutyens", "Charles Rennie Mackintosh"]
CITED = [("Nikolaus Pevsner", "The Buildings of England"), ("Christopher Alexander", "A Pattern Language"),
         ("Jane Jacobs", "The Death and Life of Great American Cities"), ("Kevin Lynch", "The Image of the City"),
         ("Robert Venturi", "Complexity and Contradiction in Architecture"), ("Steen Eiler Rasmussen",
         "Experiencing Architecture"), ("Jan Gehl", "Life Between Buildings"), ("Stewart Brand", "How Buildings Learn")]
EPONYMS = ["Mansard roof", "Palladian window", "Vitruvian proportions", "Venturi effect in the lightwell",
           "Fibonacci spacing of the mullions", "Belfast truss", "Flemish bond", "Portland stone", "Pratt truss",
           "Euler buckling load", "Darcy's law for the soakaway", "Bernoulli check on the downpipes",
           "Moiré in the brise-soleil", "Fresnel lens in the lantern", "Doric order", "Tudor arch"]
PUBLIC_ROLES = [("the Secretary of State for Levelling Up", "called in the application"),
                ("the Mayor of London", "issued a Stage 2 direction"),
                ("the Planning Inspectorate", "allowed the appeal"),
                ("Historic England", "objected to the scale"),
                ("the Minister for Housing", "announced the new NPPF consultation")]


# ------------------------------------------------------------------------------------------------- validators
def digits(r, n):
    return "".join(r.choice(D) for _ in range(n))


def brute(make, check, what, tries=400):
    for _ in range(tries):
        v = make()
        if v is not None and check(v):
            return v
    raise Invalid(f"could not generate {what}")


def with_check(r, body_fn, check, chars=D, what="id", k=1):
    def make():
        b = body_fn()
        for _ in range(k * 12):
            tail = "".join(r.choice(chars) for _ in range(k))
            if check(b + tail):
                return b + tail
        return None
    return brute(make, lambda v: True, what, 200)


def dob_parts(r):
    return r.randint(1940, 2001), r.randint(1, 12), r.randint(1, 28)


def gen_id(r, loc):
    """Return list of (TYPE, value) national identifiers for the locale."""
    y, m, d = dob_parts(r)
    out = []
    if loc == "en-GB":
        v = with_check(r, lambda: r.choice("4 6 9".split()) + digits(r, 8), nhs.is_valid, what="NHS")
        out.append(("HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}"))
    elif loc == "en-US":
        v = brute(lambda: f"{r.randint(1,665):03d}-{r.randint(1,99):02d}-{r.randint(1,9999):04d}", ssn.is_valid, "SSN")
        out.append(("US_SSN", v))
    elif loc == "de-DE":
        out.append(("TAX_ID", with_check(r, lambda: str(r.randint(1, 9)) + digits(r, 9), idnr.is_valid, what="idnr")))
    elif loc == "fr-FR":
        v = with_check(r, lambda: f"{r.choice('12')}{y%100:02d}{m:02d}{r.choice(['69','33','35','21','75'])}{r.randint(1,990):03d}{r.randint(1,999):03d}",
                       nir.is_valid, what="NIR", k=2)
        out.append(("NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"))
    elif loc == "es-ES":
        out.append(("NATIONAL_ID", with_check(r, lambda: digits(r, 8), dni.is_valid, "TRWAGMYFPDXBNJZSQVHLCKE", "DNI")))
    elif loc == "it-IT":
        mon = "ABCDEHLMPRST"[m - 1]
        v = with_check(r, lambda: "".join(r.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{y%100:02d}{mon}{d + r.choice([0, 40]):02d}" + r.choice(["H501", "A944", "L781", "G478"]),
                       codicefiscale.is_valid, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "CF")
        out.append(("TAX_ID", v))
    elif loc == "nl-NL":
        out.append(("NATIONAL_ID", with_check(r, lambda: str(r.randint(1, 6)) + digits(r, 7), bsn.is_valid, what="BSN")))
    elif loc == "pl-PL":
        out.append(("NATIONAL_ID", with_check(r, lambda: f"{y%100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}" + digits(r, 4), pesel.is_valid, what="PESEL")))
    elif loc == "pt-BR":
        v = with_check(r, lambda: digits(r, 9), cpf.is_valid, what="CPF", k=2)
        out.append(("TAX_ID", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"))
    elif loc == "sv-SE":
        out.append(("NATIONAL_ID", with_check(r, lambda: f"{y%100:02d}{m:02d}{d:02d}-" + digits(r, 3), personnummer.is_valid, what="pnr")))
    elif loc == "tr-TR":
        out.append(("NATIONAL_ID", with_check(r, lambda: str(r.randint(1, 9)) + digits(r, 8), tckimlik.is_valid, what="TCKN", k=2)))
    elif loc == "ru-RU":
        out.append(("TAX_ID", with_check(r, lambda: r.choice(["77", "78", "16", "63", "59"]) + digits(r, 8), inn.is_valid, what="INN", k=2)))
    elif loc == "uk-UA":
        out.append(("TAX_ID", with_check(r, lambda: str(r.randint(1, 4)) + digits(r, 8), rntrc.is_valid, what="RNTRC")))
    elif loc == "el-GR":
        out.append(("NATIONAL_ID", with_check(r, lambda: f"{d:02d}{m:02d}{y%100:02d}" + digits(r, 4), amka.is_valid, what="AMKA")))
    elif loc == "ar-AE":
        v = with_check(r, lambda: f"784{y}" + digits(r, 7), luhn.is_valid, what="EID")
        out.append(("NATIONAL_ID", f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"))
    elif loc == "he-IL":
        out.append(("NATIONAL_ID", with_check(r, lambda: digits(r, 8), il_idnr.is_valid, what="TZ")))
    elif loc == "hi-IN":
        v = with_check(r, lambda: str(r.randint(2, 9)) + digits(r, 10), aadhaar.is_valid, what="Aadhaar")
        out.append(("NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"))
        p = brute(lambda: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + r.choice("ABCDKMSTV") + digits(r, 4) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), pan.is_valid, "PAN")
        out.append(("TAX_ID", p))
    elif loc == "th-TH":
        v = with_check(r, lambda: str(r.randint(1, 8)) + digits(r, 11), th_pin.is_valid, what="PIN")
        out.append(("NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"))
    elif loc == "zh-CN":
        out.append(("NATIONAL_ID", with_check(r, lambda: r.choice(["330106", "510107", "320106", "320508"]) + f"{y}{m:02d}{d:02d}" + digits(r, 3), ric.is_valid, "0123456789X", "RIC")))
    elif loc == "ja-JP":
        v = with_check(r, lambda: digits(r, 11), jp_in.is_valid, what="MyNumber")
        out.append(("NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"))
    elif loc == "ko-KR":
        v = with_check(r, lambda: f"{y%100:02d}{m:02d}{d:02d}" + ("3" if y >= 2000 else r.choice("12")) + r.choice(["01", "10", "25", "41", "48"]) + digits(r, 3), rrn.is_valid, what="RRN")
        out.append(("NATIONAL_ID", f"{v[:6]}-{v[6:]}"))
    for _t, v in out:
        need(v, "id")
    return out


IBAN_SPEC = {"de-DE": "DE", "en-GB": "GB", "pl-PL": "PL", "ar-AE": "AE", "el-GR": "GR", "he-IL": "IL",
             "uk-UA": "UA", "tr-TR": "TR", "nl-NL": "NL"}


def gen_iban(r, loc):
    cc = IBAN_SPEC.get(loc, r.choice(["DE", "NL", "GB"]))
    bban = {"DE": lambda: digits(r, 18), "GB": lambda: r.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(r, 14),
            "PL": lambda: digits(r, 24), "AE": lambda: digits(r, 19), "GR": lambda: digits(r, 23),
            "IL": lambda: digits(r, 19), "UA": lambda: digits(r, 25),
            "TR": lambda: digits(r, 5) + "0" + digits(r, 16), "NL": lambda: r.choice(["ABNA", "INGB", "RABO"]) + digits(r, 10)}[cc]

    def make():
        b = bban()
        num = int("".join(str(int(c, 36)) for c in b + cc + "00"))
        return f"{cc}{98 - num % 97:02d}{b}"
    v = brute(make, std_iban.is_valid, "IBAN")
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if r.random() < 0.6 else v


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4000056655665556", "5105105105105100",
              "4012888888881881", "378282246310005"}


def gen_card(r):
    v = with_check(r, lambda: r.choice(["4", "51", "52", "53", "54", "55"]) + digits(r, 14 if False else 0), luhn.is_valid) if False else None
    def make():
        pre = r.choice(["4", "51", "53", "55", "2221"])
        b = pre + digits(r, 15 - len(pre))
        for c in D:
            if luhn.is_valid(b + c):
                return b + c
        return None
    v = brute(make, lambda x: luhn.is_valid(x) and x not in TEST_CARDS, "card")
    return " ".join(v[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.7 else v


def gen_mrn(r):
    v = with_check(r, lambda: str(r.randint(1, 9)) + digits(r, 7), luhn.is_valid, what="MRN")
    return f"MRN {v}" if r.random() < 0.5 else f"Hosp. no. {v}"


def gen_ip(r):
    def make():
        return f"{r.randint(1,223)}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
    return brute(make, lambda v: ipaddress.ip_address(v).is_global and not any(ipaddress.ip_address(v) in n for n in doc), "IP")


def gen_routing(r):
    return with_check(r, lambda: r.choice(["0", "1", "2", "3"]) + str(r.randint(1, 9)) + digits(r, 6), rtn.is_valid, what="ABA")


def gen_phone(r, region, fixed=False):
    t = phonenumbers.PhoneNumberType.FIXED_LINE if fixed else phonenumbers.PhoneNumberType.MOBILE
    ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number(region)
    nn = str(ex.national_number)
    keep = max(2, len(nn) - 6)

    def make():
        lead = "0" * (ex.number_of_leading_zeros or 1) if ex.italian_leading_zero else ""
        num = phonenumbers.parse(f"+{ex.country_code}{lead}{nn[:keep]}{digits(r, len(nn) - keep)}", None)
        if not phonenumbers.is_valid_number_for_region(num, region):
            return None
        fmt = r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                        phonenumbers.PhoneNumberFormat.E164])
        return phonenumbers.format_number(num, fmt)
    v = brute(make, lambda s: phonenumbers.is_valid_number(phonenumbers.parse(s, region)), f"phone {region}")
    if fixed and r.random() < 0.5:
        v += r.choice([" ext. ", " x", " Durchwahl ", " poste "]) + str(r.randint(10, 999))
    return v


def gen_isbn(r):
    def make():
        b = "978" + r.choice(["0", "1", "3"]) + digits(r, 8)
        for c in D:
            if std_isbn.is_valid(b + c):
                return b + c
        return None
    return brute(make, std_isbn.is_valid, "ISBN")


# --------------------------------------------------------------------------------------------------- the freeze
def frozen_words(root):
    words, seen = set(), []
    for name in FROZEN_AGAINST:
        if name == SPLIT:
            continue
        p = root / "bench" / f"make_{name}_signal_sets.py"
        if not p.exists():
            continue
        seen.append(name)
        txt = p.read_text(encoding="utf-8", errors="replace")
        words.update(re.findall(r"\b[A-Z][\w'’-]*", txt))
        words.update(w for w in re.findall(r"[^\W\d_][\w'’-]*", txt) if any(ord(c) > 127 for c in w))
    nonascii = [w for w in words if any(ord(c) > 127 for c in w)]
    return words, nonascii, seen


class Freeze:
    def __init__(self, words, nonascii):
        self.words, self.nonascii, self.dropped = words, nonascii, collections.Counter()

    def collides(self, entry, nospace=False):
        toks = [t for t in re.split(r"[\s,./\-־]+", entry) if t and t not in GENERIC and not t.isdigit()]
        for t in toks:
            if t in self.words:
                return True
            if nospace and len(t) >= 2 and any(t in w for w in self.nonascii):
                return True
        return False

    def filter(self, pool, kind, nospace=False, refill=None, want=None, r=None):
        out = []
        for e in pool:
            if self.collides(e, nospace):
                self.dropped[kind] += 1
            else:
                out.append(e)
        want = want or len(pool)
        tries = 0
        while refill and len(out) < want and tries < 2000:
            tries += 1
            e = refill()
            if e and e not in out and not self.collides(e, nospace):
                out.append(e)
        need(out, f"freeze emptied {kind} ({pool[0]})")
        return out


# ------------------------------------------------------------------------------------------------------ people
class World:
    def __init__(self, r, fz):
        self.r, self.fz = r, fz
        self.pools = {}
        for loc, L in LOC.items():
            ns = loc in NOSPACE
            g = fz.filter(L["given"], "given", ns, lambda L=L: r.choice(L["gA"]) + r.choice(L["gB"]), 8, r)
            s = fz.filter(L["sur"], "surname", ns, lambda L=L: r.choice(L["sA"]) + r.choice(L["sB"]), 8, r)
            st = fz.filter(L["streets"], "street", ns, lambda L=L: self._street(L), 5, r)
            pl = fz.filter(L["places"], "place", ns, lambda L=L: self._place(L), 3, r)
            self.pools[loc] = dict(given=g, sur=s, streets=st, places=pl)
        self.famous = fz.filter(FAMOUS, "famous")
        self.cited = [c for c in CITED if not fz.collides(c[0]) or fz.dropped.update(["cited"])]
        need(self.cited, "cited")
        firms_raw = ["Hollowell & Strand Architects", "Penhaligon Cartwright LLP", "Brackwater Building Surveyors",
                     "Quayle Tendring Construction Ltd", "Ferncastle Design Studio", "Oldacre Heritage Consultancy"]
        self.firms = fz.filter(firms_raw, "firm", False, self._firm, 6, r)

    def _street(self, L):
        r = self.r
        root = r.choice([r.choice(L["sA"]) + r.choice(L["sB"]), r.choice(L["gA"]) + r.choice(L["gB"])])
        sfx = r.choice(L["sfx"])
        if sfx in ("straße", "weg", "gasse", "straat", "laan", "vägen", "gatan", "路", "町", "로", "길"):
            return root + sfx
        if sfx in ("Lane", "Road", "Close", "Rise", "Dr", "Ave", "Ln", "Ct", "Sokak"):
            return f"{root} {sfx}"
        return f"{sfx} {root}"

    def _place(self, L):
        r = self.r
        root = r.choice(L["sA"]) + r.choice(L["sB"])
        code = re.findall(r"\d[\d\- ]{2,}\d", r.choice(L["places"]))
        return f"{code[0]} {root}" if code else root

    def _firm(self):
        r = self.r
        a = r.choice(LOC["en-GB"]["sA"]) + r.choice(LOC["en-GB"]["sB"])
        b = r.choice(LOC["en-GB"]["sA"]) + r.choice(LOC["en-GB"]["sB"])
        return r.choice([f"{a} & {b} Architects", f"{a} Building Surveyors", f"{a} {b} Construction Ltd",
                         f"{a} Design Studio"])

    def person(self, loc):
        r, P = self.r, self.pools[loc]
        g, s = r.choice(P["given"]), r.choice(P["sur"])
        if loc in ("zh-CN", "ko-KR", "ja-JP"):
            name = s + g if loc != "ja-JP" else f"{s} {g}"
        elif loc == "hi-IN" or loc == "th-TH":
            name = f"{g} {s}"
        else:
            name = f"{g} {s}"
        y, m, d = dob_parts(r)
        dob = r.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}"])
        if loc == "en-US":
            dob = f"{m:02d}/{d:02d}/{y}"
        if loc in ("zh-CN", "ja-JP"):
            dob = f"{y}年{m}月{d}日"
        handle = r.choice(LATIN_SYL) + r.choice(LATIN_SYL) + r.choice([".", "_", ""]) + r.choice(LATIN_SYL) + r.choice(LATIN_SYL) + str(r.randint(1, 99))
        host = r.choice(MAILHOSTS + [f"{r.choice(['mail','post','web'])}.{CC_TLD[loc]}"])
        addr = LOC[loc]["addr"](r, r.randint(2, 148), r.choice(P["streets"]), r.choice(P["places"]))
        rel = r.choice(P["given"])
        while rel == g:
            rel = r.choice(P["given"])
        return dict(name=name, first=g, last=s, dob=dob, email=f"{handle}@{host}", addr=addr,
                    phone=gen_phone(r, LOC[loc]["region"]), phone2=gen_phone(r, LOC[loc]["region"], fixed=True),
                    ids=gen_id(r, loc), iban=gen_iban(r, loc), card=gen_card(r), mrn=gen_mrn(r), ip=gen_ip(r),
                    rel=rel, routing=gen_routing(r), acct=digits(r, r.randint(9, 12)))


# ---------------------------------------------------------------------------------------------- world details
def ref_app(r):
    return r.choice([f"{r.randint(19,26)}/{r.randint(1,9999):05d}/{r.choice(['FUL','HOUSE','LBC','OUT','RES','PA','VAR','DISC'])}",
                     f"PP-{r.randint(10**7, 10**8 - 1)}", f"BC/{r.randint(2019,2026)}/{r.randint(1,9999):04d}",
                     f"PW-{r.randint(2020,2026)}-{r.randint(100,999)}", f"TND-{r.randint(1000,9999)}-{r.choice('ABCDEFG')}"])


def grid(r):
    return r.choice([f"{r.choice(['SU','TQ','ST','SO','SK','NZ'])} {r.randint(1000,9999)} {r.randint(1000,9999)}",
                     f"{r.uniform(-33, 60):.5f}, {r.uniform(-120, 140):.5f}"])


SITES = ["the former bus depot", "land to the rear of the parish hall", "the old maltings", "Unit 4 of the trading estate",
         "the Grade II listed corn exchange", "the community library extension", "the primary school hall",
         "plot 7 of the allocated housing site", "the railway goods shed", "the public car park off the ring road"]
WORKS = ["single-storey rear extension", "loft conversion with rear dormer", "replacement of timber sash windows",
         "two-storey side extension", "basement excavation under the party wall", "change of use to HMO (C4)",
         "installation of air-source heat pump", "demolition of the garage and new annexe",
         "internal alterations to a listed building", "removal of a load-bearing spine wall with a 203x133 UB",
         "raising the ridge height by 600 mm", "new crossover and dropped kerb", "replacement slate roof"]
DEFECTS = ["cavity trays missing above the lintels", "DPC bridged by the patio", "no cavity barriers at the eaves",
           "insufficient bearing of the steel on the padstone", "fire door closers missing on the stair core",
           "the foul drain not tested", "no intumescent collars on soil stacks", "ventilation rates not commissioned",
           "stair pitch 43°, exceeds 42°", "guarding height 850 mm at the landing"]


def doc_lines(r, loc, p, ents, which):
    """Render labelled personal lines in the locale language; register each value issued."""
    L = LOC[loc]["ph"]
    lab = dict(zip(PH_KEYS, L))
    lines = []
    for w in which:
        if w == "name":
            lines.append(f"{lab['name']}: {p['name']}"); ents.append(("PERSON", p["name"]))
        elif w == "tel":
            lines.append(f"{lab['tel']}: {p['phone']}"); ents.append(("PHONE_NUMBER", p["phone"]))
        elif w == "tel2":
            lines.append(f"{lab['tel']} (home): {p['phone2']}"); ents.append(("PHONE_NUMBER", p["phone2"]))
        elif w == "addr":
            lines.append(f"{lab['addr']}: {p['addr']}"); ents.append(("STREET_ADDRESS", p["addr"]))
        elif w == "dob":
            lines.append(f"{lab['dob']}: {p['dob']}"); ents.append(("DATE_OF_BIRTH", p["dob"]))
        elif w == "email":
            lines.append(f"e-mail: {p['email']}"); ents.append(("EMAIL_ADDRESS", p["email"]))
        elif w == "id":
            for t, v in p["ids"]:
                lines.append(f"{r.choice(['ID', 'ref. no.', 'Nr.', 'No.'])} ({t.lower().replace('_', ' ')}): {v}"); ents.append((t, v))
        elif w == "iban":
            lines.append(f"IBAN: {p['iban']}"); ents.append(("IBAN_CODE", p["iban"]))
        elif w == "card":
            lines.append(f"card for the application fee: {p['card']} exp {r.randint(1,12):02d}/{r.randint(27,31)}"); ents.append(("CREDIT_CARD", p["card"]))
        elif w == "mrn":
            lines.append(f"(mobility needs, hospital ref {p['mrn']})"); ents.append(("MEDICAL_RECORD", p["mrn"]))
        elif w == "ip":
            lines.append(f"submitted from IP {p['ip']}"); ents.append(("IP_ADDRESS", p["ip"]))
        elif w == "bank":
            lines.append(f"routing {p['routing']} / acct {p['acct']}"); ents.append(("US_BANK_NUMBER", p["routing"])); ents.append(("US_BANK_NUMBER", p["acct"]))
    return lines


def pick_fields(r, loc, base):
    extra = ["dob", "id", "iban", "card", "mrn", "ip", "tel2"]
    if loc == "en-US":
        extra.append("bank")
    return base + r.sample(extra, r.randint(0, 3))


# -------------------------------------------------------------------------------------------- sensitive docs
def sens_doc(kind, r, loc, p, W, ents):
    ph = dict(zip(PH_KEYS, LOC[loc]["ph"]))
    ref, work, defect = ref_app(r), r.choice(WORKS), r.choice(DEFECTS)
    voice = r.randrange(3)
    if kind == "intake":
        lines = doc_lines(r, loc, p, ents, pick_fields(r, loc, ["name", "tel", "email", "addr"]))
        head = [f"New client brief — RIBA Stage 0/1. Proposal: {work}. Budget £{r.randint(40,400)}k incl. VAT, fees tbc.",
                f"Surveyor instruction ({ph['pw']}) — adjoining owner details below, pls draft the s.3 notice.",
                f"{ph['app']} intake, validation checklist: CIL form, ownership cert A, site plan 1:500 — applicant:"][voice]
        tail = ["Client wants it done before the baby arrives in spring; check PD rights first.",
                "AO has appointed own surveyor? unknown. Award to follow.", "Missing: design & access stmt, heritage stmt."][voice]
        return "\n".join([head, *lines, tail]), ["architect", "pw_surveyor", "validation_officer"][voice]
    if kind == "correspondence":
        lines = doc_lines(r, loc, p, ents, pick_fields(r, loc, ["name", "addr", r.choice(["tel", "email"])]))
        t = [f"{ph['hi']},\n\nRe: {ref} — {work}.\nI write on behalf of my client regarding the {ph['obj']} you lodged. "
             f"Our daylight/sunlight report (BRE 209) shows VSC loss under 20% for your rear windows.\n" + "\n".join(lines) +
             f"\n\nKind regards,\nplanning consultant", 
             f"Dear Sir/Madam,\n\nwe are the adjoining owners at the address below and object to the {work}. The dormer will overlook our garden.\n"
             + "\n".join(lines) + f"\n{ph['thx']}.",
             f"{ph['hi']} — following up my email about the {ph['insp']}. {defect}. Homeowner contact for access:\n" + "\n".join(lines)]
        return t[voice] + "\n\nDraft a polite reply.", ["planning_consultant", "neighbour", "bc_inspector"][voice]
    if kind == "scheduling":
        lines = doc_lines(r, loc, p, ents, pick_fields(r, loc, ["name", "tel", "addr"]))
        when = f"{r.choice(['Mon','Tue','Wed','Thu','Fri'])} {r.randint(8,16)}:{r.choice(['00','30'])}"
        t = [f"Book {ph['insp']} — stage: {r.choice(['foundations','DPC','drains','pre-plaster','completion'])}, {when}. Owner on site:\n",
             f"Site visit for the schedule of condition ({ph['pw']}), {when}, need access to the AO's kitchen & loft.\n",
             f"Can you move my {ph['insp']} slot to {when}? My mum {p['rel']} will let the inspector in, the rest:\n"]
        if voice == 2:
            ents.append(("PERSON", p["rel"]))
        return t[voice] + "\n".join(lines), ["inspection_app", "pw_surveyor", "homeowner"][voice]
    if kind == "complaint":
        lines = doc_lines(r, loc, p, ents, pick_fields(r, loc, ["name", r.choice(["tel", "email"]), "addr"]))
        t = [f"formal complaint!!! the builder next door started the {work} without serving any {ph['pw']} and now there is a crack "
             f"{r.randint(2,8)}mm wide in our chimney breast. council did nothing about {ref}.\n",
             f"Stage 1 complaint re enforcement: unauthorised {work}, no {ph['app']} on record. Complainant:\n",
             f"Client complaint about our surveyor's report (HomeBuyer L2): missed {defect}. Wants the fee back.\n"]
        return t[voice] + "\n".join(lines) + "\nhelp me write this up properly", ["neighbour", "enforcement_officer", "surveyor_practice"][voice]
    if kind == "internal_note":
        lines = doc_lines(r, loc, p, ents, pick_fields(r, loc, ["name", r.choice(["addr", "tel"])]))
        t = [f"Case officer note {ref}: applicant phoned, upset about the {ph['obj']}s. Agreed EOT to {r.randint(1,28)}/{r.randint(1,12)}. ",
             f"BCO site note: {defect}; builder says the structural eng. will issue calcs. ",
             f"QS note: tender clarifications, homeowner prefers option B ({work}). "]
        return t[voice] + "Contact:\n" + "\n".join(lines) + "\nturn this into a tidy file note", ["case_officer", "bc_inspector", "quantity_surveyor"][voice]
    if kind == "export":
        rows = []
        hdr = ["ref", "name", "phone", "address", "status"]
        sep = r.choice([",", "\t", "json"])
        people = [p] + [W.person(loc) for _ in range(r.randint(1, 3))]
        for q in people:
            rows.append([ref_app(r), q["name"], q["phone"], q["addr"], r.choice(["objection", "support", "neutral", "no reply"])])
            ents += [("PERSON", q["name"]), ("PHONE_NUMBER", q["phone"]), ("STREET_ADDRESS", q["addr"])]
        if sep == "json":
            body = "\n".join(json.dumps(dict(zip(hdr, row)), ensure_ascii=False) for row in rows)
        else:
            body = sep.join(hdr) + "\n" + "\n".join(sep.join(c.replace(sep, " ") if sep == "," else c for c in row) for row in rows)
        # commas in addresses were replaced in CSV; re-register what is actually present
        if sep == ",":
            for q in people:
                ents.append(("STREET_ADDRESS", q["addr"].replace(",", " ")))
        return f"neighbour consultation export ({ref}) — count objections per status:\n{body}", "planning_portal"
    if kind == "notice":
        lines = doc_lines(r, loc, p, ents, pick_fields(r, loc, ["name", "addr"]))
        t = [f"PARTY WALL ETC. ACT 1996 — SECTION {r.choice(['1','3','6'])} NOTICE\nBuilding Owner:\n",
             f"NOTICE OF {ph['app'].upper()} — neighbour consultation. Representations within 21 days. Applicant:\n",
             f"{ph['insp']} — completion certificate issued under reg. 17 to:\n"]
        return t[voice] + "\n".join(lines) + f"\nWorks: {work}.\ntranslate into English and check the wording", ["pw_surveyor", "council", "bc_body"][voice]
    if kind == "form":
        lines = doc_lines(r, loc, p, ents, pick_fields(r, loc, ["name", "addr", "tel", "email"]))
        t = ["Householder application form — Q1 Applicant details\n", "Building notice (Reg 12) — owner\n",
             "Listed building consent — Part 2 Agent/Applicant\n"]
        return t[voice] + "\n".join(lines) + f"\nQ7 Description: {work}\nconvert to JSON for the portal", ["applicant", "builder", "heritage_agent"][voice]
    # chat
    single = r.random() < 0.35
    if single:
        what = r.choice(["rel", "phone", "dob"])
        if what == "rel":
            ents.append(("PERSON", p["rel"]))
            txt = (f"ok so the {ph['insp']} failed on {defect}. my brother-in-law {p['rel']} is a joiner, can he sign it off "
                   f"or does it need a competent person scheme? also is {work} PD or do we need a {ph['app']}? "
                   + "Background: " + " ".join(r.sample(DEFECTS, 4)) + ".")
        elif what == "phone":
            ents.append(("PHONE_NUMBER", p["phone"]))
            txt = (f"{ph['hi']}! Long story: we bought a 1930s semi, surveyor's L3 report flagged {defect} and "
                   f"{r.choice(DEFECTS)}; the planners say {work} needs a {ph['app']} because of the Article 4 direction; "
                   f"the neighbour wants a {ph['pw']} award first. The contractor's tender came in at £{r.randint(60,190)}k "
                   f"vs QS estimate £{r.randint(50,150)}k. Contractor said call him on {p['phone']} if questions. "
                   f"What order should we do things in?")
        else:
            ents.append(("DATE_OF_BIRTH", p["dob"]))
            txt = (f"For the self-build CIL exemption form they ask my DOB, it's {p['dob']}, and whether the {work} counts. "
                   f"Which part of the form do I fill?")
        return txt, "homeowner_incidental"
    lines = doc_lines(r, loc, p, ents, pick_fields(r, loc, ["name", "tel"]))
    return (f"{ph['hi']} can u help, im the agent on {ref}, planners want amended plans for the {work}. my client's details for the cover letter:\n"
            + "\n".join(lines) + f"\n{ph['thx']}"), "agent_chat"


# ----------------------------------------------------------------------------------------------- benign docs
def benign_doc(kind, r, loc, W):
    ph = dict(zip(PH_KEYS, LOC[loc]["ph"]))
    ref, work, firm = ref_app(r), r.choice(WORKS), r.choice(W.firms)
    fam, ep = r.choice(W.famous), r.choice(EPONYMS)
    author, book = r.choice(W.cited)
    region = LOC[loc]["region"]
    switch = gen_phone(r, region, fixed=True).split(" ext")[0].split(" x")[0].split(" Durch")[0].split(" poste")[0]
    voice = r.randrange(4)
    ph_name = dict(zip(PH_KEYS, LOC[loc]["ph"]))["name"]
    if kind == "intake":
        t = [f"Client brief template (RIBA Stage 1) for {firm}:\n{ph_name}: [CLIENT NAME]\n{ph['tel']}: [PHONE]\n{ph['addr']}: [SITE ADDRESS]\n"
             f"Scope: {work}. Precedent: {fam}'s use of the {ep}. Fill in nothing, just improve the headings.",
             f"Validation of {ref}: site is {r.choice(SITES)} (grid ref {grid(r)}). Agent: {firm}, Companies House no. {r.randint(10**7, 10**8-1)}. "
             f"Fee paid, receipt INV-{r.randint(10000,99999)}. List what is missing.",
             f"Intake for {r.choice(SITES)}: heritage significance per {author}, '{book}' (ISBN {gen_isbn(r)}). {ph['app']} for {work}.",
             f"Applicant A (anonymised) at [REDACTED] seeks {work}; statistics: {r.randint(55,92)}% of similar HH apps approved in {r.randint(2019,2025)}."][voice]
        return t, ["template", "validation", "heritage", "anonymised"][voice]
    if kind == "correspondence":
        t = [f"{ph['hi']},\nthank you for your enquiry about {ref}. Please contact the planning desk on {switch} (switchboard, Mon–Fri) or "
             f"planning@example.gov.uk. In an emergency with a dangerous structure call 999 / 112.\n{ph['thx']}, Development Management",
             f"Dear {firm},\nwe accept your fee proposal FP-{r.randint(100,999)} v{r.randint(1,4)}.{r.randint(0,9)} for {work}. "
             f"Invoices to accounts@example.com. Regards, Estates Department",
             f"Letter to the conservation officer: the scheme references {fam}'s work and a {ep}. {PUBLIC_ROLES[r.randrange(5)][0]} has "
             f"{PUBLIC_ROLES[r.randrange(5)][1]} on a similar site. Make it more persuasive.",
             f"Re {ref}: the objector (name withheld, address redacted) raised overlooking; officer response attached. Summarise."][voice]
        return t, ["council_desk", "client_org", "heritage", "redacted"][voice]
    if kind == "scheduling":
        t = [f"Schedule: {ph['insp']}s for {r.choice(SITES)} — foundations {r.randint(1,28)}/0{r.randint(1,9)}, DPC +7d, completion +90d. "
             f"Book via bc-bookings@example.org, ref {ref}. Make a table.",
             f"Programme for tender {ref}: site visit {r.randint(8,11)}:00 at {r.choice(SITES)}, clarifications close 17:00 UTC, "
             f"returns via portal v{r.randint(2,9)}.{r.randint(0,20)}. Gantt pls.",
             f"Planning committee {r.randint(1,28)} {r.choice(['March','June','October'])} at the Town Hall, item {r.randint(3,12)}: {ref}. "
             f"Public speaking slots via the democratic services desk {switch}.",
             f"Meeting room booked: '{fam} Room', {firm} office, 14:00–15:30, agenda: {ep} detailing."][voice]
        return t, ["bc_body", "tender", "committee", "office"][voice]
    if kind == "complaint":
        t = [f"Complaint template: 'I, [NAME], of [ADDRESS], object to {ref} because …' — rewrite it in plain English.",
             f"Our firm ({firm}) complains to the portal vendor: upload of {ref} failed at 2025-0{r.randint(1,9)}-1{r.randint(0,9)}T0{r.randint(0,9)}:12Z, "
             f"error hash {''.join(r.choice('0123456789abcdef') for _ in range(40))}, from test host 203.0.113.{r.randint(1,254)}.",
             f"Residents' association complaint about the {r.choice(SITES)}: noise after 18:00, lorries on {fam} Way. Ref {ref}.",
             f"Anonymised ombudsman decision: Mr X complained the council failed to consult on {work}; finding: fault, no injustice."][voice]
        return t, ["template", "firm_vendor", "association", "anonymised"][voice]
    if kind == "internal_note":
        t = [f"Officer note {ref}: {work} complies with policy D{r.randint(1,14)}; 45° rule passed; {ep} acceptable in the conservation area.",
             f"BC note: {r.choice(DEFECTS)} — remedial detail per Approved Doc {r.choice('ABCFLMK')} {r.randint(2019,2024)} ed. Site {grid(r)}.",
             f"QS note: tender {ref} lowest bid {firm} £{r.randint(200,900)}k, 2nd £{r.randint(200,900)}k, PC sums ok.",
             f"Team note: reading group on {author}'s '{book}' Friday; also {fam} lecture recording link https://example.com/talks?id={r.randint(100,999)}."][voice]
        return t, ["case_officer", "bc_inspector", "quantity_surveyor", "studio"][voice]
    if kind == "export":
        rows = [[ref_app(r), r.choice(SITES), r.choice(["approved", "refused", "pending", "withdrawn"]), f"{r.randint(2019,2026)}-0{r.randint(1,9)}-{r.randint(10,28)}",
                 str(r.randint(0, 40))] for _ in range(r.randint(4, 9))]
        hdr = ["ref", "site", "decision", "date", "objections"]
        sep = r.choice([",", "\t", "json"])
        body = ("\n".join(json.dumps(dict(zip(hdr, x))) for x in rows) if sep == "json"
                else sep.join(hdr) + "\n" + "\n".join(sep.join(x) for x in rows))
        return f"planning register export, compute approval rate:\n{body}", "register"
    if kind == "notice":
        t = [f"SITE NOTICE — {ph['app']} {ref}\nProposal: {work} at {r.choice(SITES)}.\nComments to planning@example.gov.uk within 21 days.",
             f"PUBLIC NOTICE: listed building consent {ref}; list entry no. {r.randint(1000000,1500000)}; designed by {fam}.",
             f"{ph['pw']} (blank): Building Owner: ________ Adjoining Owner: ________ Date of service: __/__/____",
             f"Road closure notice: {fam} Street closed for crane lift, permit TTRO-{r.randint(1000,9999)}, contact the streetworks desk {switch}."][voice]
        return t + "\ntranslate and tidy", ["council", "heritage", "blank_form", "highways"][voice]
    if kind == "form":
        t = [f"Form 1APP field list: applicant_name={{{{applicant_name}}}}, phone={{{{phone}}}}, email={{{{email}}}}, site={{{{site_address}}}}. Make a JSON schema.",
             f"Building notice form v{r.randint(1,5)}.{r.randint(0,9)} — fields: [Owner], [Address], [Works]. Example value for works: {work}.",
             f"Tender form: contractor {firm}, reg. no. {r.randint(10**7,10**8-1)}, VAT GB{r.randint(10**8,10**9-1)}, test card 4242 4242 4242 4242 for portal demo.",
             f"Heritage statement form: significance (per {author}), {ep}, grid ref {grid(r)}."][voice]
        return t, ["portal_dev", "bc_body", "tender", "heritage"][voice]
    t = [f"is {work} permitted development if the house is in a conservation area? asking generally",
         f"who designed the {r.choice(['Pantheon dome','Villa Rotonda','Barcelona Pavilion','Farnsworth House','St Paul’s'])}? was it {fam}? and what is a {ep}?",
         f"{ph['hi']}, what's the U-value target for a new wall under Part L {r.randint(2021,2025)}? our ref {ref}",
         f"the {ph['insp']} app shows build 4.{r.randint(0,20)}.{r.randint(0,9)} and coordinates {grid(r)} — is that the site or the office?"][voice]
    return t, ["homeowner", "student", "architect", "bc_app"][voice]


# ------------------------------------------------------------------------------------------------- placement
PLACES = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_args",
          "response_format", "user_field", "stop", "prediction", "metadata"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "claude-sonnet", "local/qwen2.5-14b"]
SYSTEMS = ["You help a planning consultancy draft documents.", "You are an assistant for a building-control team.",
           "You support a party-wall surveyor. Be precise.", "You help an architecture studio with admin."]
ASKS = ["summarise this", "draft a reply", "extract the fields", "translate to English", "check for mistakes"]


def place(r, i, doc, model):
    pl = PLACES[i % len(PLACES)]
    sysm = {"role": "system", "content": r.choice(SYSTEMS)}
    ask = r.choice(ASKS)
    b = {"model": model}
    if pl == "user":
        b["messages"] = [sysm, {"role": "user", "content": doc}]
    elif pl == "system":
        b["messages"] = [{"role": "system", "content": r.choice(SYSTEMS) + "\nCase file:\n" + doc}, {"role": "user", "content": ask}]
    elif pl == "assistant":
        b["messages"] = [sysm, {"role": "user", "content": "here it is"}, {"role": "assistant", "content": "I received:\n" + doc},
                         {"role": "user", "content": ask}]
    elif pl == "tool":
        b["messages"] = [sysm, {"role": "user", "content": "pull the case file"},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "get_case", "arguments": "{}"}}]},
                         {"role": "tool", "tool_call_id": "call_1", "content": doc}, {"role": "user", "content": ask}]
    elif pl == "text_part":
        b["messages"] = [{"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif pl == "file_part":
        fn = r.choice(["objection_letter.txt", "inspection_notes.md", "brief.txt", "tender_returns.csv", "notice.txt"])
        b["messages"] = [{"role": "user", "content": [{"type": "text", "text": ask},
                         {"type": "file", "file": {"filename": fn, "file_data": "data:text/plain;base64," + base64.b64encode(doc.encode()).decode()}}]}]
    elif pl == "image_url":
        q = urllib.parse.urlencode({"case": "plans", "note": doc})
        b["messages"] = [{"role": "user", "content": [{"type": "text", "text": "read the drawing and the note; " + ask},
                         {"type": "image_url", "image_url": {"url": "https://plans.example.org/view?" + q}}]}]
    elif pl == "tool_def":
        b["messages"] = [{"role": "user", "content": ask}]
        b["tools"] = [{"type": "function", "function": {"name": "file_case", "description": "Files this case:\n" + doc,
                      "parameters": {"type": "object", "properties": {"ref": {"type": "string"}}}}}]
    elif pl == "tool_args":
        b["messages"] = [sysm, {"role": "user", "content": "log it"},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function", "function": {"name": "log_record", "arguments": json.dumps({"text": doc}, ensure_ascii=False)}}]},
                         {"role": "tool", "tool_call_id": "call_7", "content": "ok"}, {"role": "user", "content": ask}]
    elif pl == "response_format":
        b["messages"] = [{"role": "user", "content": "extract the record"}]
        b["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {"type": "object",
                                "description": doc, "properties": {"kind": {"type": "string", "enum": ["objection", "notice", "inspection"]},
                                "summary": {"type": "string", "examples": [doc.split("\n")[0]]}}}}}
    elif pl == "user_field":
        b["messages"] = [sysm, {"role": "user", "content": doc}]
        b["user"] = "svc-planning-" + str(r.randint(10, 99))
    elif pl == "stop":
        b["messages"] = [{"role": "user", "content": ask + ", stop at the marker"}]
        b["stop"] = ["\n###", doc]
    elif pl == "prediction":
        b["messages"] = [{"role": "user", "content": "rewrite with corrections, keep layout"}]
        b["prediction"] = {"type": "content", "content": doc}
    else:
        b["messages"] = [{"role": "user", "content": ask}]
        b["store"] = True
        b["metadata"] = {f"line_{j}": ln[:500] for j, ln in enumerate(doc.split("\n")[:16]) if ln}
    return b, pl


def search_text(body):
    parts = [json.dumps(body, ensure_ascii=False)]

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "file_data" and isinstance(v, str):
                    parts.append(base64.b64decode(v.split(",", 1)[1]).decode())
                elif k == "url" and isinstance(v, str):
                    parts.append(urllib.parse.unquote_plus(v))
                elif k == "arguments" and isinstance(v, str):
                    parts.append(v)
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            parts.append(x)
    walk(body)
    return "\n".join(parts)


KINDS = ["intake", "correspondence", "scheduling", "complaint", "internal_note", "export", "notice", "form", "chat"]


def build_pii(r, W):
    recs, idx = [], 0
    plan = []
    for k in KINDS:
        plan += [(k, True)] * 33 + [(k, False)] * 23
    r.shuffle(plan)
    for n, (kind, sens) in enumerate(plan):
        loc = LOCALES[n % len(LOCALES)]
        model = r.choice(MODELS)
        ents = []
        if sens:
            p = W.person(loc)
            doc, voice = sens_doc(kind, r, loc, p, W, ents)
        else:
            doc, voice = benign_doc(kind, r, loc, W)
        if r.random() < 0.10:
            body, pl, endpoint = {"model": "gpt-3.5-turbo-instruct", "prompt": r.choice(ASKS) + ":\n\n" + doc, "max_tokens": 400}, "prompt", "completions"
        else:
            body, pl = place(r, idx, doc, model)
            idx += 1
            endpoint = "chat"
        hay = search_text(body)
        found, seen = [], set()
        for t, v in ents:
            if (t, v) not in seen and v in hay:
                seen.add((t, v))
                found.append({"type": t, "value": v})
        if sens:
            need(found, f"sensitive record lost all its values ({kind}/{pl})")
        recs.append({"id": f"{SPLIT}-pii-{len(recs)+1:04d}", "category": kind if sens else f"{kind}_benign",
                     "sensitive": bool(found), "entities": found, "endpoint": endpoint, "lang": loc,
                     "style": f"{voice} · {pl}", "body": body})
    return recs


# ------------------------------------------------------------------------------------------------ complexity
SHORT_SIMPLE = [
    ("en", "What does 'permitted development' mean?"), ("en", "What is a party wall?"),
    ("en", "How long is a planning permission valid for in England?"), ("en", "What does FUL mean on a planning ref?"),
    ("en", "Spell out CIL and S106."), ("en", "What is a Grade II listed building?"),
    ("de-DE", "Was ist ein Bauantrag?"), ("de-DE", "Wie lange gilt eine Baugenehmigung in Bayern?"),
    ("fr-FR", "C'est quoi un permis de construire ?"), ("fr-FR", "Que veut dire PLU ?"),
    ("es-ES", "¿Qué es una licencia de obra menor?"), ("it-IT", "Cos'è la SCIA?"),
    ("nl-NL", "Wat is een omgevingsvergunning?"), ("pl-PL", "Co to jest warunki zabudowy?"),
    ("pt-BR", "O que é habite-se?"), ("sv-SE", "Vad är bygglov?"), ("tr-TR", "İskan nedir?"),
    ("ru-RU", "Что такое ГПЗУ?"), ("uk-UA", "Що таке містобудівні умови та обмеження?"),
    ("el-GR", "Τι είναι η οικοδομική άδεια;"), ("ar-AE", "ما هي رخصة البناء؟"), ("he-IL", "מה זה היתר בנייה?"),
    ("hi-IN", "नक्शा पास कराने का क्या मतलब है?"), ("th-TH", "ใบอนุญาตก่อสร้างคืออะไร"), ("zh-CN", "什么是容积率？"),
    ("ja-JP", "建ぺい率とは何ですか？"), ("ko-KR", "건폐율이 뭐예요?"),
    ("en", "Translate 'building control completion certificate' into {lang}."), ("en", "Convert {n} sq ft to m²."),
    ("en", "What's the standard pitch for a slate roof?"), ("en", "What does RIBA Stage {s} cover?"),
    ("en", "Is a {n} m² garden shed usually permitted development?"), ("en", "What is a U-value?"),
]
SHORT_HARD = [
    ("en", "A 203x133x25 UB spans {n}.{s} m carrying a 9 kN/m UDL from a masonry wall above; check bending and deflection to EC3 (S275), state assumptions and whether padstones are needed."),
    ("en", "Neighbour's extension breaches the 45° rule on plan but not in elevation; reconcile the BRE 209 VSC and APSH results with policy and argue both sides for an appeal."),
    ("en", "Under the Party Wall Act, can an adjoining owner's surveyor refuse an award for a basement 3 m from the wall but 1.2 m deeper than their foundation? Cite sections s.6(1)/(2) reasoning."),
    ("en", "Design a condensation risk analysis (Glaser) for internal insulation of a solid 9-inch brick listed wall; where does interstitial condensation occur and what vapour control strategy avoids harming the fabric?"),
    ("en", "Is a change of use from Class E to C3 via Class MA prior approval available in a conservation area for a {n} m² unit? Walk through each limb."),
    ("de-DE", "Berechne für eine Holzbalkendecke 5,2 m Spannweite, C24, 8/22 cm, e=62,5 cm, Nutzlast 2,0 kN/m² die Durchbiegung nach EC5 und prüfe Schwingungsnachweis."),
    ("fr-FR", "Un PLU fixe CES 0,4 et hauteur R+2 ; la parcelle est de {n}0 m² en zone ABF. Montre comment optimiser la SDP tout en respectant l'article 7 sur les limites séparatives."),
    ("es-ES", "Explica si una ampliación en planta bajo rasante computa edificabilidad según el PGOU y cómo afecta a la servidumbre de luces del vecino (art. 581 CC)."),
    ("ja-JP", "準防火地域で木造3階建て延べ{n}0㎡の場合、必要な耐火性能と避難規定を整理し、45分準耐火で足りるか検討して。"),
    ("zh-CN", "一栋24米高住宅，按GB 50016计算防火分区和疏散距离，并判断是否需要设置防烟楼梯间，说明推理。"),
    ("ru-RU", "Оцени несущую способность кирпичного простенка 510 мм после пробивки проёма 1,8 м, нагрузка 180 кН; нужен ли металлический обойма по СП 15.13330?"),
    ("ko-KR", "일조권 사선제한과 건폐율 60%, 용적률 200%인 대지 {n}0㎡에서 최대 연면적과 층수를 계산하고 근거를 설명해 주세요."),
    ("it-IT", "Verifica se la sopraelevazione di un piano su muratura portante del 1920 richiede adeguamento sismico secondo NTC 2018 §8.4, e quali analisi servono."),
    ("en", "Compare two-stage design-and-build vs traditional JCT SBC procurement for a Grade I church reordering at £{n}m: risk transfer, heritage consent timing, and cost certainty."),
    ("nl-NL", "Bereken de benodigde Rc-waarde en het dauwpuntrisico voor een na-geïsoleerde spouwmuur met EPS-parels en leg uit waarom koudebruggen bij de latei kritisch zijn."),
    ("pl-PL", "Oblicz, czy strop Kleina o rozpiętości 4,5 m przeniesie dodatkowe obciążenie ścianką działową 2,5 kN/m i zaproponuj wzmocnienie."),
]


def long_easy_doc(r):
    kind = r.randrange(4)
    if kind == 0:
        rows = [f"{i+1}. {ref_app(r)} — {r.choice(SITES)} — {r.choice(WORKS)} — {r.choice(['approved','refused','pending'])}" for i in range(r.randint(22, 34))]
        return "\n".join(rows) + "\n\nsort these by status and count how many are approved", "en", "register_sort"
    if kind == 1:
        rows = [f"Item {i+1}: {r.choice(['facing brick','cavity insulation','timber joists','plasterboard','roof tiles','lintels','DPC roll','sand & cement'])}"
                f" qty {r.randint(1,900)} unit £{r.randint(1,400)}.{r.randint(0,99):02d}" for i in range(r.randint(30, 44))]
        return "Tender schedule of rates:\n" + "\n".join(rows) + "\n\nput this in a table with the total per line", "en", "tender_table"
    if kind == 2:
        rows = [f"- Inspection {i+1} ({r.choice(['foundations','DPC','drains','pre-plaster','roof','completion'])}): {r.choice(DEFECTS)}; status {r.choice(['open','closed'])}"
                for i in range(r.randint(20, 30))]
        lang = r.choice(["de-DE", "fr-FR", "es-ES", "en"])
        ask = {"de-DE": "Bitte nur die offenen Punkte auflisten.", "fr-FR": "Liste seulement les points ouverts.",
               "es-ES": "Enumera solo los puntos abiertos.", "en": "list only the open ones"}[lang]
        return "Building control log:\n" + "\n".join(rows) + "\n\n" + ask, lang, "bc_log_filter"
    para = " ".join(r.choice([f"The applicant proposes a {r.choice(WORKS)} at {r.choice(SITES)}.",
                              f"Consultees raised {r.choice(DEFECTS)} as a point for the building regulations stage.",
                              "The design and access statement describes the materials as matching the existing.",
                              "The site lies within flood zone 1 and no tree preservation orders apply.",
                              f"Historic England offered no comment on reference {ref_app(r)}."]) for _ in range(r.randint(18, 26)))
    lang = r.choice(["en", "ja-JP", "zh-CN", "ko-KR"])
    ask = {"en": "fix the typos only, nothing else", "ja-JP": "この文章を日本語に翻訳してください。", "zh-CN": "请把这段翻译成中文。",
           "ko-KR": "이 글을 한국어로 번역해 주세요."}[lang]
    return para + "\n\n" + ask, lang, "officer_report_translate"


def long_hard_doc(r):
    kind = r.randrange(4)
    if kind == 0:
        bids = "\n".join(f"Contractor {chr(65+i)}: total £{r.randint(300,900)}k; prelims {r.randint(8,18)}%; programme {r.randint(20,52)} wks; "
                         f"qualifications: {r.choice(['excludes asbestos','provisional sum for piling','no LDs accepted','design portion excluded','fixed price only 3 months'])}; "
                         f"H&S score {r.randint(50,95)}; quality {r.randint(40,90)}/100" for i in range(r.randint(6, 9)))
        return ("Tender returns for a Grade II listed school conversion (60/40 quality/price MEAT):\n" + bids +
                "\n\nNormalise the bids for the qualifications, build a weighted scoring matrix, test sensitivity if quality weight drops to 40%, "
                "and recommend with reasons and risks."), "en", "tender_evaluation"
    if kind == 1:
        rooms = "\n".join(f"Window W{i+1}: VSC before {r.randint(20,39)}%, after {r.randint(10,30)}%; NSL before {r.randint(60,100)}%, after {r.randint(30,90)}%; APSH winter {r.randint(0,10)}%"
                          for i in range(r.randint(14, 22)))
        return ("Daylight/sunlight results for the neighbouring terrace (BRE 209, 3rd ed.):\n" + rooms +
                "\n\nIdentify which windows fail the 0.8x former value test, whether the failures are material given room use, "
                "and draft the reasoning an inspector would accept at appeal, considering the urban context flexibility."), "en", "daylight_appeal"
    if kind == 2:
        pol = "\n".join(f"Policy {r.choice(['H','D','HC','SI','GG'])}{r.randint(1,15)}: {r.choice(['optimise density on sites near transport','protect the setting of heritage assets','deliver 35% affordable housing','achieve net zero carbon on site','retain existing buildings where possible','provide 10% biodiversity net gain','avoid harm to residential amenity'])}."
                        for _ in range(r.randint(16, 24)))
        lang = r.choice(["en", "de-DE", "fr-FR"])
        ask = {"en": "Weigh these conflicting policies for a 14-storey scheme next to a conservation area, apply the heritage balance (NPPF 208) and the tilted balance, and reach a reasoned recommendation.",
               "de-DE": "Wäge diese widersprüchlichen Ziele für ein 14-geschossiges Vorhaben neben einem Denkmalensemble ab und begründe eine Empfehlung nach §34 BauGB.",
               "fr-FR": "Arbitre ces politiques contradictoires pour un projet R+13 près d'un site patrimonial remarquable et rédige un avis motivé."}[lang]
        return pol + "\n\n" + ask, lang, "policy_balance"
    loads = "\n".join(f"Level {i}: slab {r.randint(150,300)} mm, imposed {r.choice([1.5,2.0,2.5,3.0,5.0])} kN/m², partitions {r.choice([0.5,1.0,1.2])} kN/m², span {r.randint(4,9)}.{r.randint(0,9)} m"
                      for i in range(r.randint(10, 16)))
    lang = r.choice(["en", "ja-JP", "zh-CN", "ru-RU"])
    ask = {"en": "Run the load takedown to the transfer beam, check punching shear at the column heads, and say where the design breaks first if we add a roof terrace.",
           "ja-JP": "転換梁までの荷重拾いを行い、柱頭のパンチングシアを検討し、屋上テラス追加時の弱点を示して。",
           "zh-CN": "请逐层汇总荷载到转换梁，校核柱顶冲切，并分析增加屋顶露台后最先失效的部位。",
           "ru-RU": "Собери нагрузки до балки-стенки, проверь продавливание у колонн и определи слабое место при добавлении эксплуатируемой кровли."}[lang]
    return loads + "\n\n" + ask, lang, "load_takedown"


def build_cx(r):
    recs = []
    plan = ["short_simple"] * 47 + ["long_easy"] * 48 + ["short_hard"] * 50 + ["long_hard"] * 45
    r.shuffle(plan)
    langs_for = [l for l in LOCALES if l != "en-GB"]
    for cat in plan:
        if cat in ("short_simple", "short_hard"):
            lang, q = r.choice(SHORT_SIMPLE if cat == "short_simple" else SHORT_HARD)
            q = q.format(n=r.randint(2, 9), s=r.randint(0, 7), lang=r.choice(["German", "Japanese", "Arabic", "Polish", "Greek"]))
            if r.random() < 0.3:
                q = r.choice(["quick q: ", "pls ", "hi, ", ""]) + q
            style = "question"
        elif cat == "long_easy":
            q, lang, style = long_easy_doc(r)
            while len(q) < 1500:
                q = q + "\n" + long_easy_doc(r)[0].rsplit("\n\n", 1)[0]
        else:
            q, lang, style = long_hard_doc(r)
        lang = "en" if lang == "en" else lang
        msgs = ([{"role": "system", "content": r.choice(SYSTEMS)}] if r.random() < 0.5 else []) + [{"role": "user", "content": q}]
        if cat == "long_easy":
            need(len(q) >= 1500, "long_easy length")
        recs.append({"id": f"{SPLIT}-cx-{len(recs)+1:04d}", "category": cat, "label": int(cat.endswith("hard")),
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang,
                     "style": style, "body": {"model": r.choice(MODELS), "messages": msgs}})
    _ = langs_for
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default="bench/data/signals")
    a = ap.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    words, nonascii, seen = frozen_words(root)
    fz = Freeze(words, nonascii)
    r = random.Random(a.seed)
    W = World(r, fz)
    pii = build_pii(r, W)
    cx = build_cx(r)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii", pii), ("complexity", cx)):
        with open(out / f"{name}_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
            for x in recs:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
    ns = sum(x["sensitive"] for x in pii)
    print(f"freeze: scanned {len(seen)} generators, {len(words)} words; dropped {sum(fz.dropped.values())} pool entries {dict(sorted(fz.dropped.items()))}")
    print(f"pii_{SPLIT}: {len(pii)} records, {ns} sensitive ({100*ns/len(pii):.1f}%), {len(pii)-ns} benign; "
          f"endpoints {dict(collections.Counter(x['endpoint'] for x in pii))}; langs {len(set(x['lang'] for x in pii))}")
    print("  placements", dict(sorted(collections.Counter(x['style'].split(' · ')[-1] for x in pii).items())))
    print("  entity types", dict(sorted(collections.Counter(e['type'] for x in pii for e in x['entities']).items())))
    print("  single-item sensitive", sum(1 for x in pii if x["sensitive"] and len(x["entities"]) == 1))
    print(f"complexity_{SPLIT}: {len(cx)} records", dict(sorted(collections.Counter(x['category'] for x in cx).items())),
          f"length_adversarial {sum(x['length_adversarial'] for x in cx)}, label1 {sum(x['label'] for x in cx)}, langs {len(set(x['lang'] for x in cx))}")


if __name__ == "__main__":
    try:
        main()
    except Invalid as e:
        sys.exit(f"ABORT: invalid value: {e}")
