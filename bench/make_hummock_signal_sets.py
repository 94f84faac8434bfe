#!/usr/bin/env python3
"""Hummock: a blind evaluation split for the request signals, set in the world of RESTAURANTS, CATERING, FOOD
DELIVERY AND FOOD-SAFETY INSPECTION.

Writes bench/data/signals/pii_hummock.jsonl and bench/data/signals/complexity_hummock.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity:
id, category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

World
    Restaurant owners and chefs, front-of-house and reservations staff, caterers for weddings and offices,
    delivery couriers and dispatch apps, allergen and hygiene paperwork, environmental-health officers,
    suppliers and wholesalers, diners writing reviews and complaints, food-bank volunteers, and the software
    of that world (booking exports, POS receipts, delivery-app chats, supplier invoices).

How it was written
    Blind: the author read only the brief, the first 70 lines of the delta generator (record schema, label
    conventions) and the first two lines of the two delta files. No detector, test, evaluator, policy, doc,
    result or commit history was read; the other generators are only scanned automatically at run time by
    ``frozen_words()``: every pool entry (person name, street, locality, organisation, placeholder, public
    name) sharing a word or a non-ASCII bigram with that set is dropped and refilled from invented
    locale-typical syllables (capped); the run prints how many were dropped.

Organising principle
    By the KIND of message the trade produces -- reservation (booking exports, table requests), allergen
    (dietary intake, allergen matrices), complaint (diner reviews, refund requests, POS receipts),
    delivery_chat (courier / dispatch-app chats), staff_hr (onboarding, payroll, rota), catering (wedding and
    office catering orders, deposits), inspection (food-poisoning incident notes, inspection reports),
    supplier_invoice (sole-trader and wholesaler invoices), foodbank (client referrals, volunteer notices) --
    each with sensitive and benign variants, over 21 locales in 10 scripts (Latin, Cyrillic, Greek, Hebrew,
    Arabic, Devanagari, Thai, Han, Kana, Hangul). Writers code-switch: the framing request is often English
    trade slang (86 the, pax, covers, 2-top, mise, EHO, GP%) while the document is in the locale language.

Where the line was drawn
    Personal data: anything identifying a private person of that world -- guests, diners, couriers'
    customers, staff, sole-trader suppliers, food-bank clients, patients of an outbreak: names (also a first
    name with a relation / role cue), personal phone numbers (extensions too), personal e-mails, home
    addresses, birth dates, national / tax / health / hospital numbers, bank accounts, IBANs, card numbers,
    a private user's public IP. Not personal data (benign hard negatives of the same world): chefs and
    officials in their public role, historical and fictional cooks, cited authors, eponymous dishes and
    bacteria (Salmonella, Listeria), brands, restaurants' switchboards and role mailboxes, emergency
    numbers, booking / order / invoice / tracking / case numbers, food-business and VAT registration
    numbers, RFC 5737 / 3849 addresses and example.com, PSP test cards, placeholders, blank forms,
    aggregated or already-anonymised text. A restaurant's own business address and its company IBAN are
    not used in benign records (too ambiguous to label).

Labels
    ``entities`` is a list of {"type", "value"} computed by SEARCHING the body's strings (base64 file parts
    decoded, URLs unquoted) for every value the record issued; ``sensitive`` is true iff it is non-empty
    (asserted). Types: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, LOCATION (home address), DATE_TIME (birth date),
    ssn, NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, MEDICAL_RECORD, US_BANK_NUMBER, IBAN_CODE, CREDIT_CARD,
    IP_ADDRESS. About 12% of sensitive records carry one incidental item in an otherwise benign text.

Contents (seed 29475160; the run prints all counts)
    pii_hummock.jsonl: 504 requests (456 chat, 48 completions) in 21 locales; 9 kinds x 56 (33 sensitive + 23
    benign each: 297 sensitive / 207 benign, 59%); 45 of the sensitive ones carry a single incidental item.
    Entity labels: PERSON 265, PHONE_NUMBER 207, DATE_TIME 119, LOCATION 112, EMAIL_ADDRESS 64, CREDIT_CARD 50,
    IBAN_CODE 41, NATIONAL_ID 36, IP_ADDRESS 28, MEDICAL_RECORD 25, TAX_ID 20, US_BANK_NUMBER 6,
    HEALTH_INSURANCE 4, ssn 4. Freeze: 625 pool entries dropped and refilled.
    complexity_hummock.jsonl: 192 chat requests in 16 language tags: short_simple 48, long_easy 48 (>= 1,500
    chars), short_hard 48, long_hard 48; 96 length-adversarial, 96 labelled 1.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (SSN, ABA, NHS,
    Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat
    Zehut, Aadhaar, Thai PIN, RRN, Chinese RIC, IBAN, Luhn); phone numbers are valid for their region with
    ``phonenumbers``; IPs are global. The run aborts on an invalid value; every retry loop is capped.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_hummock_signal_sets.py [--seed 29475160] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import ipaddress
import json
import pathlib
import re
import unicodedata
import urllib.parse

import random

import phonenumbers
from stdnum import iban, luhn
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

SPLIT = "hummock"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 29475160

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma "
                  "lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer "
                  "zeugen solfatara bergschrund kopje outwash inlier ravine caldera bluff doline gour klint").split()
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


EXEMPT = set("street st road rd lane ln avenue ave rue via ul ul. de la le les du des van der den von zum zur am "
             "calle rua avenida av straße strasse weg gasse platz laan straat gatan vägen sokak cad caddesi "
             "улица ул проспект вулиця вул οδός οδ rehov רחוב marg road soi ถนน 路 街 号 通り 丁目 로 길 شارع "
             "trattoria osteria gasthaus café cafe bistro brasserie restaurant kitchen catering bar taverna "
             "lokanta restauracja ресторан ресторація εστιατόριο מסעדה ढाबा ร้าน 饭店 食堂 식당 مطعم deli and & "
             "co ltd gmbh sa srl bv sp. z o.o. ooo тов ab".split())

FROZEN: set = set()
DROPPED = collections.Counter()


def ok_entry(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    for i, t in enumerate(toks):
        if t in EXEMPT:
            continue
        if t in FROZEN:
            return False
        if i and any(ord(c) > 127 for c in t) and any(ord(c) > 127 for c in toks[i - 1]):
            if f"{toks[i - 1]} {t}" in FROZEN:
                return False
    return True


def freeze_pool(kind: str, entries, inventor, rng, want: int, cap: int = 400):
    pool = []
    for e in entries:
        if ok_entry(e):
            pool.append(e)
        else:
            DROPPED[kind] += 1
    tries = 0
    while len(pool) < want and tries < cap:
        tries += 1
        e = inventor(rng)
        if e not in pool and ok_entry(e):
            pool.append(e)
        elif e not in pool:
            DROPPED[kind] += 1
    if not pool:
        raise SystemExit(f"empty pool after freeze: {kind}")
    return pool


# ----------------------------------------------------------------------------------------------------------
# locales: region, script, labels (name, tel, addr, dob, note), allergy line, complaint line, delivery line,
# given names, surnames, invention syllables (gA gB sA sB), street bases, cities, roman handles (non-Latin)
# ----------------------------------------------------------------------------------------------------------
LOC = {
    "en-GB": dict(region="GB", script="Latin", lab="Name|Tel|Address|DOB|Note",
                  allergy="Severe peanut allergy, carries an EpiPen.",
                  complaint="Found a hair in the risotto and waited 50 min for mains.",
                  deliv="Leave at the door, ring the bell twice.",
                  given="Imogen Callum Niamh Rhys Tamsin Declan", sur="Pritchard Haworth Brannigan Tolley Whitcombe Ellery",
                  syl="Bry Cor Ros Dar Fen Lor|wen ian ella ick anna ton|Ash Brad Hal Pen Wick Stan|ford wood ley ridge combe bury",
                  streets="Coppice Malting Tanner Rookery Orchard Sawyer", cities="Leeds Bristol Norwich Derby York Exeter"),
    "en-US": dict(region="US", script="Latin", lab="Name|Phone|Address|DOB|Notes",
                  allergy="Shellfish allergy - anaphylactic, no shared fryer.",
                  complaint="Charged twice for the brisket platter and the order was missing sides.",
                  deliv="Gate code 4411, leave with the doorman.",
                  given="Brandon Kayla Tyrell Madison Dwayne Shelby", sur="Kowalczyk Haskins Delgado Whitlock Brennan Okafor",
                  syl="Jax Kay Bray Ty Mal Dre|den lyn son ette ric ley|Hol Pem Gar Bur Whit Ral|brook ston field man wick son",
                  streets="Sycamore Larkspur Cottonwood Pecan Magnolia Hickory", cities="Tulsa Dayton Fresno Boise Akron Omaha"),
    "de-DE": dict(region="DE", script="Latin", lab="Name|Tel.|Anschrift|Geb.-Datum|Notiz",
                  allergy="Schwere Erdnussallergie, hat einen Adrenalin-Pen dabei.",
                  complaint="Das Schnitzel war kalt und wir haben 50 Minuten gewartet.",
                  deliv="Bitte beim Nachbarn abgeben, Klingel defekt.",
                  given="Jannik Svenja Torben Mareike Henning Gesine", sur="Brökelmann Vollrath Ehlers Kappenberg Tiedemann Rohwedder",
                  syl="Jan Hen Wie Fri Bert Ma|ke nik ja old rike mo|Brök Kapp Tied Roh Voll Ham|mann berg ecke meier wedder horst",
                  streets="Lindenhof Brunnen Mühlen Kastanien Gerber Schmiede", cities="Bielefeld Kassel Gießen Paderborn Osnabrück Lüneburg"),
    "fr-FR": dict(region="FR", script="Latin", lab="Nom|Tél.|Adresse|Date de naissance|Remarque",
                  allergy="Allergie sévère à l'arachide, a un stylo d'adrénaline.",
                  complaint="Le plat était froid et on a attendu 50 minutes.",
                  deliv="Laisser devant la porte, digicode 4B21.",
                  given="Maëlle Gaëtan Solène Quentin Anaïs Loïc", sur="Lemarchal Bouvreuil Carrasset Duchâtel Vaissière Morvillier",
                  syl="Maë Gaë Sol Lo Anaï Quen|lle tan ène ïc s tin|Bouv Carr Duch Vaiss Morv Lem|reuil asset âtel ière illier archal",
                  streets="des Tanneurs|des Capucines|du Moulin|des Vignerons|du Pressoir|des Cordiers", cities="Angers Limoges Besançon Nancy Poitiers Reims"),
    "es-ES": dict(region="ES", script="Latin", lab="Nombre|Tel.|Dirección|Fecha de nacimiento|Nota",
                  allergy="Alergia grave al cacahuete, lleva autoinyector.",
                  complaint="La paella llegó fría y esperamos 50 minutos.",
                  deliv="Dejar en portería, 3º izquierda.",
                  given="Iratxe Borja Nerea Íñigo Ainhoa Rubén", sur="Etxeberri Galarza Montoliu Urquidi Villaplana Carrascal",
                  syl="Ira Bor Ner Ain Ru Íñi|txe ja ea hoa bén go|Etxe Gala Monto Urqui Villa Carras|berri rza liu di plana cal",
                  streets="de los Tintoreros|del Almendro|de la Alfarería|del Olivar|de los Herreros|del Pósito", cities="Albacete Logroño Cáceres Burgos Huesca Lugo"),
    "it-IT": dict(region="IT", script="Latin", lab="Nome|Tel.|Indirizzo|Data di nascita|Nota",
                  allergy="Allergia grave alle arachidi, ha l'autoiniettore.",
                  complaint="La carbonara era fredda e abbiamo aspettato 50 minuti.",
                  deliv="Citofonare, terzo piano senza ascensore.",
                  given="Ludovica Tommaso Ginevra Raffaele Benedetta Jacopo", sur="Scarpellini Bortolazzi Menegatti Cavallucci Zanardelli Pellizzari",
                  syl="Ludo Tom Gine Raf Bene Jaco|vica maso vra faele detta po|Scarpe Borto Mene Caval Zanar Pelli|llini lazzi gatti lucci delli zzari",
                  streets="dei Bottai|dei Mugnai|della Vigna|dei Cordai|del Frantoio|degli Ortolani", cities="Modena Perugia Lecce Treviso Cremona Matera"),
    "nl-NL": dict(region="NL", script="Latin", lab="Naam|Tel.|Adres|Geboortedatum|Opmerking",
                  allergy="Ernstige pinda-allergie, heeft een epipen bij zich.",
                  complaint="De friet was koud en we wachtten 50 minuten.",
                  deliv="Bij de buren afgeven als er niemand thuis is.",
                  given="Joris Femke Sietse Marloes Wouter Ilse", sur="Brinkhorst Hoogendijk Veldkamp Oosterhout Terpstra Wijnbergen",
                  syl="Jor Fem Siet Mar Wou Il|is ke se loes ter se|Brink Hoogen Veld Ooster Terp Wijn|horst dijk kamp hout stra bergen",
                  streets="Bakkers Kuipers Molen Brouwers Zeilmakers Vlasakker", cities="Zwolle Deventer Leeuwarden Tilburg Amersfoort Delft"),
    "pl-PL": dict(region="PL", script="Latin", lab="Imię i nazwisko|Tel.|Adres|Data urodzenia|Uwagi",
                  allergy="Ciężka alergia na orzeszki ziemne, ma adrenalinę.",
                  complaint="Pierogi były zimne, czekaliśmy 50 minut.",
                  deliv="Proszę zostawić pod drzwiami, domofon nie działa.",
                  given="Bożena Radosław Wiesława Przemysław Jadwiga Bartosz", sur="Wróblewska Chmielarz Dziedzic Kołodziej Szczepanik Pawlak",
                  syl="Bo Rado Wie Prze Jad Bar|żena sław sława mysław wiga tosz|Wróbl Chmiel Dziedz Kołodz Szczep Pawl|ewski arz ic iej anik ak",
                  streets="Piekarska Młynarska Kowalska Garncarska Szewska Rybacka", cities="Lublin Rzeszów Opole Toruń Kielce Białystok"),
    "pt-BR": dict(region="BR", script="Latin", lab="Nome|Tel.|Endereço|Data de nascimento|Obs.",
                  allergy="Alergia grave a amendoim, carrega caneta de adrenalina.",
                  complaint="A feijoada chegou fria e esperamos 50 minutos.",
                  deliv="Deixar na portaria, apto 52.",
                  given="Thaís Gilberto Rayane Wellington Jussara Cauã", sur="Albuquerque Nogueira Bittencourt Carvalhal Meirelles Queiroga",
                  syl="Tha Gil Ray Wel Jus Cau|ís berto ane lington sara ã|Albu Nogu Bitten Carva Meire Queir|querque eira court lhal lles oga",
                  streets="das Mangueiras|dos Ipês|da Jaqueira|dos Cajueiros|das Palmeiras|do Pequizeiro", cities="Goiânia Natal Maceió Londrina Sorocaba Uberlândia"),
    "sv-SE": dict(region="SE", script="Latin", lab="Namn|Tel.|Adress|Födelsedatum|Anteckning",
                  allergy="Svår jordnötsallergi, har adrenalinpenna.",
                  complaint="Köttbullarna var kalla och vi väntade 50 minuter.",
                  deliv="Lämna utanför dörren, portkod 1234.",
                  given="Linnea Joakim Ebba Viggo Tuva Hampus", sur="Lindqvist Sjöberg Wahlström Ekholm Bergkvist Norrby",
                  syl="Lin Joa Eb Vig Tu Ham|nea kim ba go va pus|Lind Sjö Wahl Ek Berg Norr|qvist berg ström holm kvist by",
                  streets="Bagare Kvarn Smeds Garvare Fiskar Humle", cities="Umeå Örebro Västerås Gävle Luleå Borås"),
    "tr-TR": dict(region="TR", script="Latin", lab="Ad Soyad|Tel.|Adres|Doğum tarihi|Not",
                  allergy="Ağır yer fıstığı alerjisi var, adrenalin kalemi taşıyor.",
                  complaint="Kebap soğuk geldi, 50 dakika bekledik.",
                  deliv="Kapıya bırakın, zil çalışmıyor.",
                  given="Gülşen Oğuzhan Sevda Tolga Büşra Kaan", sur="Karaköse Yıldırımoğlu Demirtaş Aksoylu Çelikkaya Güleryüz",
                  syl="Gül Oğuz Sev Tol Büş Ka|şen han da ga ra an|Kara Yıldır Demir Aksoy Çelik Güler|köse ımoğlu taş lu kaya yüz",
                  streets="Fırıncı Değirmen Bakırcı Çeşme Kasap Zeytinlik", cities="Eskişehir Kayseri Malatya Denizli Samsun Edirne"),
    "ru-RU": dict(region="RU", script="Cyrillic", lab="ФИО|Тел.|Адрес|Дата рождения|Примечание",
                  allergy="Тяжёлая аллергия на арахис, есть автоинъектор.",
                  complaint="Пельмени принесли холодными, ждали 50 минут.",
                  deliv="Оставить у двери, домофон не работает.",
                  given="Ярослава Всеволод Злата Тимофей Василиса Елисей", sur="Черемисинова Пастухов Голубцова Ворожейкин Сыромятникова Лапшин",
                  syl="Яро Все Зла Тимо Васи Ели|слава волод та фей лиса сей|Черем Пасту Голуб Ворож Сыром Лапш|исинов хов цов ейкин ятников ин",
                  streets="Хлебная Мельничная Рыбацкая Садовая Гончарная Сыроварная", cities="Тамбов Вологда Калуга Пенза Кострома Саранск",
                  rom="yaroslava vseva zlata.t timofey77 vasilisa elisey.k"),
    "uk-UA": dict(region="UA", script="Cyrillic", lab="ПІБ|Тел.|Адреса|Дата народження|Примітка",
                  allergy="Сильна алергія на арахіс, має автоінжектор.",
                  complaint="Вареники були холодні, чекали 50 хвилин.",
                  deliv="Залиште біля дверей, домофон не працює.",
                  given="Соломія Остап Ярина Богдан Мирослава Тарас", sur="Ковальчук Гнатюк Приходько Ткачишин Мельничук Дзюба",
                  syl="Соло Ост Яри Бог Миро Тар|мія ап на дан слава ас|Коваль Гнат Прих Ткач Мельн Дзю|чук юк одько ишин ичук ба",
                  streets="Пекарська Млинова Гончарна Садова Рибна Ковальська", cities="Вінниця Полтава Житомир Чернігів Ужгород Тернопіль",
                  rom="solomiia ostap.h yaryna bohdan88 myroslava taras.k"),
    "el-GR": dict(region="GR", script="Greek", lab="Ονοματεπώνυμο|Τηλ.|Διεύθυνση|Ημ. γέννησης|Σημείωση",
                  allergy="Σοβαρή αλλεργία στα φιστίκια, έχει ένεση αδρεναλίνης.",
                  complaint="Ο μουσακάς ήρθε κρύος και περιμέναμε 50 λεπτά.",
                  deliv="Αφήστε το στην πόρτα, το κουδούνι δεν χτυπάει.",
                  given="Σταυρούλα Χαράλαμπος Ευανθία Παντελής Αγλαΐα Θεοχάρης", sur="Μπακαλόπουλος Τσιρογιάννης Καραμανλίδου Ξενάκης Φουρλή Λαμπρινού",
                  syl="Σταυ Χαρά Ευαν Παντ Αγλ Θεο|ρούλα λαμπος θία ελής αΐα χάρης|Μπακα Τσιρο Καρα Ξεν Φουρ Λαμπρ|λόπουλος γιάννης μανλίδης άκης λής ινός",
                  streets="Αρτοποιών Μυλωνάδων Αμπελουργών Ψαράδων Κεραμέων Ελαιοτριβείου", cities="Λάρισα Βόλος Ιωάννινα Καβάλα Χανιά Πάτρα",
                  rom="stavroula.m charalambos evanthia90 pantelis.k aglaia theocharis"),
    "he-IL": dict(region="IL", script="Hebrew", lab="שם|טל'|כתובת|תאריך לידה|הערה",
                  allergy="אלרגיה חמורה לבוטנים, מחזיק אפיפן.",
                  complaint="השקשוקה הגיעה קרה וחיכינו 50 דקות.",
                  deliv="להשאיר ליד הדלת, האינטרקום לא עובד.",
                  given="אביטל נתנאל הדס עמיחי שירה יהונתן", sur="בן־שושן אלמקייס טובול חזיזה אזולאי מלכיאל",
                  syl="אבי נתנ הד עמי שי יהו|טל אל ס חי רה נתן|בן־ אלמ טוב חזי אזו מלכי|שושן קייס ול זה לאי אל",
                  streets="האופים הטוחנים הכורמים הדייגים הקדרים הבוסתן", cities="חדרה רחובות נתניה עפולה אשקלון כרמיאל",
                  rom="avital.b netanel hadas91 amichai.t shira.m yehonatan"),
    "ar-AE": dict(region="AE", script="Arabic", lab="الاسم|هاتف|العنوان|تاريخ الميلاد|ملاحظة",
                  allergy="حساسية شديدة من الفول السوداني، يحمل قلم أدرينالين.",
                  complaint="وصل الطلب باردًا وانتظرنا 50 دقيقة.",
                  deliv="اترك الطلب عند الباب ولا ترن الجرس.",
                  given="ميثاء حمدان شمّة سلطان موزة راشد", sur="الكتبي المهيري الشامسي النعيمي الظاهري الرميثي",
                  syl="ميث حمد شم سلط موز راش|اء ان ة ان ة د|الكت المهي الشام النعي الظاه الرمي|بي ري سي مي ري ثي",
                  streets="الخبازين الطواحين النخيل السماكين الفخار الليمون", cities="العين الشارقة عجمان الفجيرة خورفكان الذيد",
                  rom="maitha.k hamdan99 shamma.s sultan.n moza.d rashid.r"),
    "hi-IN": dict(region="IN", script="Devanagari", lab="नाम|फ़ोन|पता|जन्म तिथि|टिप्पणी",
                  allergy="मूंगफली से गंभीर एलर्जी है, एपिपेन साथ रखते हैं।",
                  complaint="बिरयानी ठंडी आई और हमने 50 मिनट इंतज़ार किया।",
                  deliv="गेट पर गार्ड को दे दीजिए।",
                  given="तनुजा हर्षवर्धन रुचिका देवांश मृणाल ऋतिका", sur="भटनागर कुलश्रेष्ठ सक्सेना अग्निहोत्री पांडेय खंडेलवाल",
                  syl="तनु हर्ष रुचि देवां मृणा ऋति|जा वर्धन का श ल का|भट कुल सक्स अग्नि पांड खंडेल|नागर श्रेष्ठ ेना होत्री ेय वाल",
                  streets="हलवाई गली|मंडी मार्ग|अनाज मंडी रोड|कुम्हार गली|बाग़ मार्ग|चक्की गली", cities="कानपुर भोपाल इंदौर आगरा जयपुर लखनऊ",
                  rom="tanuja.b harsh.k ruchika93 devansh.s mrinal.a ritika.p"),
    "th-TH": dict(region="TH", script="Thai", lab="ชื่อ|โทร|ที่อยู่|วันเกิด|หมายเหตุ",
                  allergy="แพ้ถั่วลิสงรุนแรง พกปากกาอะดรีนาลีน",
                  complaint="ผัดไทยเย็นชืด รอ 50 นาที",
                  deliv="ฝากไว้ที่ป้อมยาม",
                  given="กมลชนก ธนพล ปิยธิดา วรวุฒิ ณัฐริกา ศุภกร", sur="ศรีสมบูรณ์ วงศ์ทองคำ แก้วประเสริฐ บุญญาศิริ เจริญสุข พึ่งบุญ",
                  syl="กมล ธน ปิย วร ณัฐ ศุภ|ชนก พล ธิดา วุฒิ ริกา กร|ศรี วงศ์ แก้ว บุญ เจริญ พึ่ง|สมบูรณ์ ทองคำ ประเสริฐ ญาศิริ สุข บุญ",
                  streets="ซอยโรงสี ซอยตลาดปลา ซอยสวนมะม่วง ซอยโรงขนม ซอยท่าน้ำ ซอยบ้านหม้อ", cities="เชียงใหม่ ขอนแก่น นครราชสีมา อุดรธานี หาดใหญ่ ระยอง",
                  rom="kamonchanok thanaphon.s piyathida wora.w natthari.k supakorn"),
    "zh-CN": dict(region="CN", script="Han", lab="姓名|电话|地址|出生日期|备注",
                  allergy="花生严重过敏，随身带肾上腺素笔。",
                  complaint="外卖送到时已经凉了，等了50分钟。",
                  deliv="放门口，别敲门，孩子在睡觉。",
                  given="俊熙 雨桐 浩宸 梓萱 沐阳 欣怡", sur="欧阳 诸葛 上官 钟离 司徒 皇甫",
                  syl="俊 雨 浩 梓 沐 欣|熙 桐 宸 萱 阳 怡|欧 诸 上 钟 司 皇|阳 葛 官 离 徒 甫",
                  streets="粮仓 酱园 磨坊 茶亭 鱼市 菜园", cities="绍兴 洛阳 泉州 柳州 襄阳 宜宾",
                  rom="junxi.oy yutong88 haochen.z zixuan_st muyang.s xinyi.hf"),
    "ja-JP": dict(region="JP", script="Kana", lab="氏名|電話|住所|生年月日|備考",
                  allergy="ピーナッツの重度アレルギー、エピペン携帯。",
                  complaint="ラーメンが冷めていて50分待ちました。",
                  deliv="置き配でお願いします。",
                  given="ひなの 悠真 さくら 蒼空 ゆいか 湊斗", sur="早乙女 勅使河原 一ノ瀬 御手洗 五十嵐 東海林",
                  syl="ひな 悠 さく 蒼 ゆい 湊|の 真 ら 空 か 斗|早 勅使 一ノ 御手 五十 東海|乙女 河原 瀬 洗 嵐 林",
                  streets="麹町 酒蔵通り 魚町 米屋町 味噌蔵 茶屋町", cities="金沢 松本 高松 盛岡 倉敷 函館",
                  rom="hinano.s yuma.t sakura77 sora.i yuika.g minato.s"),
    "ko-KR": dict(region="KR", script="Hangul", lab="이름|연락처|주소|생년월일|메모",
                  allergy="땅콩 알레르기 심함, 에피펜 소지.",
                  complaint="국밥이 식어서 왔고 50분 기다렸어요.",
                  deliv="문 앞에 두고 벨 눌러주세요.",
                  given="서윤 도현 하린 지호 예린 시우", sur="남궁 선우 독고 제갈 황보 사공",
                  syl="서 도 하 지 예 시|윤 현 린 호 린 우|남 선 독 제 황 사|궁 우 고 갈 보 공",
                  streets="방앗간 젓갈시장 떡집 국수 장독 술도가", cities="전주 청주 춘천 목포 경주 안동",
                  rom="seoyun.ng dohyun90 harin.s jiho.dg yerin.j siwoo.hb"),
}
NAME_ORDER = {"zh-CN": "{s}{g}", "ko-KR": "{s}{g}", "ja-JP": "{s} {g}"}


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128).lower().replace(" ", "")


def make_address(rng, lc, street, city):
    n = rng.randint(2, 148)
    if lc == "en-GB":
        pc = f"{rng.choice(['LS', 'BS', 'NR', 'DE', 'YO', 'EX'])}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return f"{n} {street} Road, {city} {pc}"
    if lc == "en-US":
        return f"{n * 11} {street} Ave Apt {rng.randint(1, 40)}, {city}, {rng.choice(['OK', 'OH', 'CA', 'ID', 'NE'])} {rng.randint(10000, 99999)}"
    if lc == "de-DE":
        return f"{street}straße {n}, {rng.randint(10000, 99999)} {city}"
    if lc == "fr-FR":
        return f"{n} rue {street}, {rng.randint(10, 95)}{rng.randint(0, 9)}00 {city}"
    if lc == "es-ES":
        return f"C/ {street} {n}, {rng.randint(1, 6)}º {rng.choice('ABCD')}, {rng.randint(10000, 50999)} {city}"
    if lc == "it-IT":
        return f"Via {street} {n}, {rng.randint(10000, 98000)} {city}"
    if lc == "nl-NL":
        return f"{street}straat {n}, {rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJK')}{rng.choice('LMNPRSTVWX')} {city}"
    if lc == "pl-PL":
        return f"ul. {street} {n}/{rng.randint(1, 60)}, {rng.randint(10, 99)}-{rng.randint(100, 999)} {city}"
    if lc == "pt-BR":
        return f"Rua {street}, {n * 7}, apto {rng.randint(11, 99)}, {city} - CEP {rng.randint(10000, 99999)}-{rng.randint(100, 999)}"
    if lc == "sv-SE":
        return f"{street}gatan {n}, {rng.randint(100, 989)} {rng.randint(10, 99)} {city}"
    if lc == "tr-TR":
        return f"{street} Sk. No:{n} D:{rng.randint(1, 20)}, {city}"
    if lc == "ru-RU":
        return f"ул. {street}, д. {n}, кв. {rng.randint(1, 200)}, г. {city}"
    if lc == "uk-UA":
        return f"вул. {street}, {n}, кв. {rng.randint(1, 120)}, м. {city}"
    if lc == "el-GR":
        return f"Οδός {street} {n}, {rng.randint(100, 899)} {rng.randint(10, 99)} {city}"
    if lc == "he-IL":
        return f"רחוב {street} {n} דירה {rng.randint(1, 30)}, {city}"
    if lc == "ar-AE":
        return f"شارع {street}، فيلا {n}، {city}"
    if lc == "hi-IN":
        return f"मकान नं. {n}, {street}, {city} {rng.randint(200001, 499999)}"
    if lc == "th-TH":
        return f"{n}/{rng.randint(1, 99)} {street} {city} {rng.randint(10000, 96999)}"
    if lc == "zh-CN":
        return f"{city}市{street}路{n}号{rng.randint(1, 30)}栋{rng.randint(101, 2804)}室"
    if lc == "ja-JP":
        return f"〒{rng.randint(100, 999)}-{rng.randint(1000, 9999)} {city}市{street}{rng.randint(1, 5)}丁目{n}-{rng.randint(1, 20)}"
    if lc == "ko-KR":
        return f"{city}시 {street}로 {n}번길 {rng.randint(1, 40)}, {rng.randint(101, 1504)}호"
    raise KeyError(lc)


def fmt_date(lc, y, m, d):
    if lc in ("en-US",):
        return f"{m:02d}/{d:02d}/{y}"
    if lc in ("zh-CN", "ja-JP"):
        return f"{y}年{m}月{d}日"
    if lc == "ko-KR":
        return f"{y}. {m}. {d}."
    if lc in ("sv-SE", "hi-IN"):
        return f"{y}-{m:02d}-{d:02d}"
    if lc in ("de-DE", "pl-PL", "ru-RU", "uk-UA", "tr-TR", "nl-NL"):
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y}"


# ----------------------------------------------------------------------------------------------------------
# identifiers (all validated; every loop capped)
# ----------------------------------------------------------------------------------------------------------
def digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def brute(rng, body_fn, valid, checks="0123456789", cap=400):
    for _ in range(cap):
        b = body_fn()
        cs = list(checks)
        rng.shuffle(cs)
        for c in cs:
            if valid(b + c):
                return b + c
    raise SystemExit("identifier generation failed")


def ymd(rng, lo=1950, hi=2006):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def gen_id(rng, lc, y, m, d):
    """One citizen / tax / health number of the locale, given the person's birth date: (type, value)."""
    if lc == "en-US":
        for _ in range(200):
            v = f"{rng.randint(101, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
            if ssn.is_valid(v):
                return "ssn", v
        raise SystemExit("ssn")
    if lc == "en-GB":
        v = brute(rng, lambda: digits(rng, 9, "4"), nhs.is_valid)
        return "HEALTH_INSURANCE", nhs.format(v)

    if lc == "de-DE":
        def body():
            ds = rng.sample("0123456789", 9)
            ds.append(rng.choice(ds))
            rng.shuffle(ds)
            if ds[0] == "0":
                ds[0], ds[1] = ds[1], ds[0]
            return "".join(ds)
        v = brute(rng, body, idnr.is_valid)
        return "TAX_ID", idnr.format(v)
    if lc == "fr-FR":
        for _ in range(200):
            b = f"{rng.randint(1, 2)}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
            v = b + f"{97 - int(b) % 97:02d}"
            if nir.is_valid(v):
                return "NATIONAL_ID", nir.format(v)
        raise SystemExit("nir")
    if lc == "es-ES":
        n = rng.randint(10000000, 99999999)
        v = f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
        assert dni.is_valid(v)
        return "NATIONAL_ID", v
    if lc == "it-IT":
        cons = "BCDFGLMNPRSTVZ"
        body = lambda: ("".join(rng.choice(cons) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
                        + f"{d + rng.choice([0, 40]):02d}" + rng.choice(["F257", "G478", "E506", "L407", "D969", "H501"]))
        return "TAX_ID", brute(rng, body, codicefiscale.is_valid, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if lc == "nl-NL":
        return "NATIONAL_ID", brute(rng, lambda: digits(rng, 8, "12367"), bsn.is_valid)
    if lc == "pl-PL":
        mm = m + (20 if y >= 2000 else 0)
        return "NATIONAL_ID", brute(rng, lambda: f"{y % 100:02d}{mm:02d}{d:02d}{digits(rng, 4)}", pesel.is_valid)
    if lc == "pt-BR":
        v = brute(rng, lambda: digits(rng, 9, "123456789"), lambda s: len(s) == 11 and cpf.is_valid(s),
                  [f"{i:02d}" for i in range(100)])
        return "TAX_ID", cpf.format(v)
    if lc == "sv-SE":
        v = brute(rng, lambda: f"{y % 100:02d}{m:02d}{d:02d}-{digits(rng, 3)}", personnummer.is_valid)
        return "NATIONAL_ID", v
    if lc == "tr-TR":
        return "NATIONAL_ID", brute(rng, lambda: digits(rng, 9, "123456789"), tckimlik.is_valid,
                                    [f"{i:02d}" for i in range(100)])
    if lc == "ru-RU":
        return "TAX_ID", brute(rng, lambda: rng.choice(["77", "50", "68", "35", "40"]) + digits(rng, 8), inn.is_valid,
                               [f"{i:02d}" for i in range(100)])
    if lc == "uk-UA":
        return "TAX_ID", brute(rng, lambda: digits(rng, 9, "123"), rntrc.is_valid)
    if lc == "el-GR":
        return "NATIONAL_ID", brute(rng, lambda: f"{d:02d}{m:02d}{y % 100:02d}{digits(rng, 4)}", amka.is_valid)
    if lc == "he-IL":
        return "NATIONAL_ID", brute(rng, lambda: digits(rng, 8, "0123"), il_idnr.is_valid)
    if lc == "hi-IN":
        v = brute(rng, lambda: digits(rng, 11, "23456789"), aadhaar.is_valid)
        return "NATIONAL_ID", aadhaar.format(v)
    if lc == "th-TH":
        v = brute(rng, lambda: digits(rng, 12, "1358"), th_pin.is_valid)
        return "NATIONAL_ID", th_pin.format(v)
    if lc == "ko-KR":
        v = brute(rng, lambda: f"{y % 100:02d}{m:02d}{d:02d}-{rng.choice('12' if y < 2000 else '34')}{digits(rng, 5)}",
                  rrn.is_valid)
        return "NATIONAL_ID", v
    if lc == "zh-CN":
        v = brute(rng, lambda: rng.choice(["330602", "410302", "350503", "450202", "420602"]) + f"{y}{m:02d}{d:02d}"
                  + digits(rng, 3), ric.is_valid, "0123456789X")
        return "NATIONAL_ID", v
    return None


IBAN_SPEC = {"de-DE": ("DE", "n" * 18), "nl-NL": ("NL", "aaaa" + "n" * 10), "pl-PL": ("PL", "n" * 24),
             "tr-TR": ("TR", "n" * 22), "uk-UA": ("UA", "n" * 25), "el-GR": ("GR", "n" * 23),
             "he-IL": ("IL", "n" * 19), "ar-AE": ("AE", "n" * 19), "en-GB": ("GB", "aaaa" + "n" * 14),
             "fr-FR": ("FR", "n" * 23), "it-IT": ("IT", "a" + "n" * 22), "es-ES": ("ES", "n" * 20),
             "sv-SE": ("SE", "n" * 20)}


def gen_iban(rng, lc):
    cc, spec = IBAN_SPEC[lc]
    for _ in range(3000):
        b = "".join(rng.choice("0123456789") if c == "n" else rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for c in spec)
        v = cc + iban.calc_check_digits(cc + "00" + b) + b
        if iban.is_valid(v):
            return iban.format(v) if rng.random() < 0.6 else v
    raise SystemExit("iban")


def gen_aba(rng):
    r = brute(rng, lambda: rng.choice(["01", "02", "04", "06", "07", "10", "11", "12", "21", "26", "31"]) + digits(rng, 6),
              rtn.is_valid)
    return r, digits(rng, rng.randint(9, 12), "123456789")


def gen_card(rng):
    kind = rng.choice(["4", "51", "53", "55", "37", "4"])
    n = 15 if kind == "37" else 16
    v = brute(rng, lambda: kind + digits(rng, n - len(kind) - 1), luhn.is_valid)
    if kind == "37":
        return f"{v[:4]} {v[4:10]} {v[10:]}"
    return " ".join(v[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.7 else v


def gen_ip(rng):
    for _ in range(500):
        a = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ipaddress.ip_address(a).is_global:
            return a
    raise SystemExit("ip")


PH_FMT = [phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
          phonenumbers.PhoneNumberFormat.E164]


def gen_phone(rng, region, ptype=phonenumbers.PhoneNumberType.MOBILE):
    ex = phonenumbers.example_number_for_type(region, ptype)
    nsn = phonenumbers.national_significant_number(ex)
    keep = max(2, len(nsn) - 7)
    for _ in range(500):
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return phonenumbers.format_number(num, rng.choice(PH_FMT))
    raise SystemExit(f"phone {region}")


# ----------------------------------------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------------------------------------
def splitp(s):
    return s.split("|") if "|" in s else s.split()


class Pools:
    def __init__(self, rng):
        self.p = {}
        for lc, L in sorted(LOC.items()):
            gA, gB, sA, sB = [x.split() for x in L["syl"].split("|")]
            order = NAME_ORDER.get(lc, "{g} {s}")
            givens = freeze_pool("given", L["given"].split(), lambda r: r.choice(gA) + r.choice(gB), rng, 8)
            surs = freeze_pool("surname", L["sur"].split(), lambda r: r.choice(sA) + r.choice(sB), rng, 8)
            names = [order.format(g=g, s=s) for g in givens for s in surs]
            names = freeze_pool("person", names, lambda r: order.format(g=r.choice(givens), s=r.choice(surs)), rng, 10)
            streets = freeze_pool("street", splitp(L["streets"]), lambda r: r.choice(sA) + r.choice(gB), rng, 6)
            cities = freeze_pool("locality", L["cities"].split(), lambda r: r.choice(sA) + r.choice(sB), rng, 6)
            orgs = freeze_pool("organisation", [f"{k} {r}" for k, r in zip(ORG_KIND.get(lc, ORG_KIND["en-GB"]), splitp(L["streets"]))],
                               lambda r: r.choice(ORG_KIND.get(lc, ORG_KIND["en-GB"])) + " " + r.choice(sA) + r.choice(gB), rng, 5)
            self.p[lc] = dict(names=names, givens=givens, streets=streets, cities=cities, orgs=orgs,
                              rom=L.get("rom", "").split())
        self.public = freeze_pool("public", PUBLIC, lambda r: r.choice(PUBLIC_FALLBACK), rng, 6)
        self.placeholders = freeze_pool("placeholder", PLACEHOLDERS, lambda r: r.choice(PLACEHOLDER_FALLBACK), rng, 6)


ORG_KIND = {"en-GB": ["The Crooked Ladle", "Pie & Mash Kitchen", "Harbour Bistro", "Copper Pot Catering", "Oak Deli", "Saltbox Café"],
            "de-DE": ["Gasthaus zum", "Bistro", "Catering", "Brasserie", "Café", "Deli"],
            "fr-FR": ["Brasserie", "Bistro", "Café", "Traiteur", "Restaurant", "Bistro"],
            "it-IT": ["Trattoria", "Osteria", "Catering", "Bar", "Trattoria", "Osteria"],
            "tr-TR": ["Lokanta", "Ocakbaşı", "Kebapçı", "Catering", "Lokanta", "Pide Salonu"],
            "ru-RU": ["Ресторан", "Кафе", "Столовая", "Кейтеринг", "Ресторан", "Кафе"],
            "uk-UA": ["Ресторація", "Кав'ярня", "Їдальня", "Кейтеринг", "Ресторація", "Кав'ярня"],
            "el-GR": ["Εστιατόριο", "Ταβέρνα", "Ψητοπωλείο", "Catering", "Εστιατόριο", "Ταβέρνα"],
            "he-IL": ["מסעדת", "ביסטרו", "קייטרינג", "מסעדת", "ביסטרו", "קייטרינג"],
            "ar-AE": ["مطعم", "مقهى", "مطبخ", "مطعم", "مقهى", "مطبخ"],
            "hi-IN": ["ढाबा", "भोजनालय", "कैटरर्स", "ढाबा", "भोजनालय", "कैटरर्स"],
            "th-TH": ["ร้าน", "ครัว", "ร้าน", "ครัว", "ร้าน", "ครัว"],
            "zh-CN": ["饭店", "食堂", "酒家", "饭店", "食堂", "酒家"],
            "ja-JP": ["食堂", "割烹", "居酒屋", "食堂", "割烹", "居酒屋"],
            "ko-KR": ["식당", "국밥집", "분식", "식당", "국밥집", "분식"]}
for _lc in ("en-US", "es-ES", "nl-NL", "pl-PL", "pt-BR", "sv-SE"):
    ORG_KIND[_lc] = {"en-US": ["Smokehouse", "Diner", "Taqueria", "Catering Co.", "Grill", "Deli"],
                     "es-ES": ["Casa", "Taberna", "Mesón", "Catering", "Bar", "Asador"],
                     "nl-NL": ["Eetcafé", "Brasserie", "Catering", "Bistro", "Eetcafé", "Brasserie"],
                     "pl-PL": ["Bar Mleczny", "Restauracja", "Catering", "Pierogarnia", "Bistro", "Restauracja"],
                     "pt-BR": ["Restaurante", "Boteco", "Buffet", "Lanchonete", "Churrascaria", "Restaurante"],
                     "sv-SE": ["Krogen", "Bistro", "Catering", "Kafé", "Krogen", "Bistro"]}[_lc]

PUBLIC = ["Auguste Escoffier", "Marie-Antoine Carême", "Jean Anthelme Brillat-Savarin", "Isabella Beeton",
          "Fannie Farmer", "Harold McGee", "Hervé This", "Pellegrino Artusi", "Bartolomeo Scappi", "Alexis Soyer",
          "Anton Ego", "Chef Gusteau"]
PUBLIC_FALLBACK = ["Escoffier", "Artusi", "Soyer", "Scappi", "Beeton", "Carême"]
EPONYMS = ["Caesar salad", "peach Melba", "beef Wellington", "eggs Benedict", "Pavlova", "carpaccio", "pizza Margherita",
           "béchamel", "beef Stroganoff", "Waldorf salad", "Salmonella enterica", "Listeria monocytogenes",
           "Escherichia coli O157", "Clostridium botulinum"]
PLACEHOLDERS = ["Jane Doe", "John Q. Public", "Max Mustermann", "Erika Mustermann", "Mario Rossi", "Juan Pérez",
                "Jan Kowalski", "Fulano de Tal", "Иван Иванов", "山田太郎", "홍길동", "ישראל ישראלי"]
PLACEHOLDER_FALLBACK = ["{{guest_full_name}}", "<vorname_nachname>", "[nom_du_client]", "{{имя_гостя}}", "[お客様氏名]",
                        "{{고객_성명}}", "{{nome_ospite}}", "[naam_gast]"]

# ----------------------------------------------------------------------------------------------------------
# the person and the benign stand-ins
# ----------------------------------------------------------------------------------------------------------
FREEMAIL = {"en-GB": ["gmail.com", "btinternet.com", "outlook.com"], "en-US": ["gmail.com", "yahoo.com", "icloud.com"],
            "de-DE": ["web.de", "gmx.de", "t-online.de"], "fr-FR": ["orange.fr", "free.fr", "laposte.net"],
            "es-ES": ["gmail.com", "hotmail.es"], "it-IT": ["libero.it", "virgilio.it"], "nl-NL": ["ziggo.nl", "kpnmail.nl"],
            "pl-PL": ["wp.pl", "onet.pl", "o2.pl"], "pt-BR": ["uol.com.br", "bol.com.br", "gmail.com"],
            "sv-SE": ["telia.com", "gmail.com"], "tr-TR": ["hotmail.com", "gmail.com"], "ru-RU": ["yandex.ru", "mail.ru"],
            "uk-UA": ["ukr.net", "i.ua"], "el-GR": ["otenet.gr", "yahoo.gr"], "he-IL": ["walla.co.il", "gmail.com"],
            "ar-AE": ["gmail.com", "outlook.com"], "hi-IN": ["rediffmail.com", "gmail.com"], "th-TH": ["hotmail.co.th", "gmail.com"],
            "zh-CN": ["qq.com", "163.com"], "ja-JP": ["docomo.ne.jp", "yahoo.co.jp"], "ko-KR": ["naver.com", "daum.net"]}


class Person:
    def __init__(self, rng, pools, lc):
        L, P = LOC[lc], pools.p[lc]
        self.lc = lc
        self.name = rng.choice(P["names"])
        others = [g for g in P["givens"] if g not in self.name] or P["givens"]
        self.first = rng.choice(others)
        handle = (rng.choice(P["rom"]) if P["rom"] else fold(self.name.split()[0]) + rng.choice([".", "_", ""]) +
                  fold(self.name.split()[-1])[: rng.randint(1, 8)])
        self.email = f"{handle}{rng.choice(['', str(rng.randint(1, 99)), str(rng.randint(1960, 2004))])}@{rng.choice(FREEMAIL[lc])}"
        self.phone = gen_phone(rng, L["region"])
        self.address = make_address(rng, lc, rng.choice(P["streets"]), rng.choice(P["cities"]))
        self.y, self.m, self.d = ymd(rng)
        self.dob = fmt_date(lc, self.y, self.m, self.d)
        self.idv = gen_id(rng, lc, self.y, self.m, self.d)
        self.iban = gen_iban(rng, lc) if lc in IBAN_SPEC else None
        self.card = gen_card(rng)
        self.ip = gen_ip(rng)
        self.mrn = f"MRN {digits(rng, 8, '123456789')}"
        self.aba = gen_aba(rng) if lc == "en-US" else None

    def issued(self):
        out = [("PERSON", self.name)] + ([("PERSON", self.first)] if self.first not in self.name else [])
        out += [("PHONE_NUMBER", self.phone), ("EMAIL_ADDRESS", self.email),
                ("LOCATION", self.address), ("DATE_TIME", self.dob), ("CREDIT_CARD", self.card), ("IP_ADDRESS", self.ip),
                ("MEDICAL_RECORD", self.mrn)]
        if self.idv:
            out.append(self.idv)
        if self.iban:
            out.append(("IBAN_CODE", self.iban))
        if self.aba:
            out += [("US_BANK_NUMBER", self.aba[0]), ("US_BANK_NUMBER", self.aba[1])]
        return out


def org_phone(rng, lc):
    try:
        return gen_phone(rng, LOC[lc]["region"], phonenumbers.PhoneNumberType.FIXED_LINE)
    except SystemExit:
        return gen_phone(rng, LOC[lc]["region"], phonenumbers.PhoneNumberType.TOLL_FREE)


EMERGENCY = {"en-GB": "999", "en-US": "911", "de-DE": "112", "fr-FR": "15", "es-ES": "112", "it-IT": "118", "nl-NL": "112",
             "pl-PL": "112", "pt-BR": "192", "sv-SE": "112", "tr-TR": "112", "ru-RU": "103", "uk-UA": "103", "el-GR": "166",
             "he-IL": "101", "ar-AE": "998", "hi-IN": "108", "th-TH": "1669", "zh-CN": "120", "ja-JP": "119", "ko-KR": "119"}
TEST_CARDS = ["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0000 0000 0002", "3782 822463 10005"]
DOC_IPS = ["192.0.2.14", "198.51.100.23", "203.0.113.77", "2001:db8::4f2"]


def ref(rng, prefix):
    return f"{prefix}-{rng.randint(10, 99)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(1000, 99999)}"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s)) or "kitchen"


# ----------------------------------------------------------------------------------------------------------
# kinds: each returns (instruction, document, fields, persona)
# ----------------------------------------------------------------------------------------------------------
def lab(lc):
    return LOC[lc]["lab"].split("|")


def k_reservation(rng, lc, pools, p, org):
    n, t, a, b, note = lab(lc)
    when = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.choice(['12:30', '19:00', '19:45', '20:15', '21:00'])}"
    pax = rng.randint(2, 14)
    if p:
        extra = rng.choice([f"{b}: {p.dob} (birthday cake!)", LOC[lc]["allergy"], f"{a}: {p.address}", f"email {p.email}"])
        doc = (f"booking_id,datetime,pax,{n},{t},{note}\n{ref(rng, 'BK')},{when},{pax},{p.name},{p.phone},\"{extra}\"\n"
               f"{ref(rng, 'BK')},{when[:11]}20:30,2,walk-in,,")
        fields = {"guest": p.name, "phone": p.phone, "covers": str(pax)}
    else:
        doc = (f"booking_id,datetime,pax,{n},{t},{note}\n{ref(rng, 'BK')},{when},{pax},{rng.choice(pools.placeholders)},"
               f"{org_phone(rng, lc)},\"template row - replace\"\n{ref(rng, 'BK')},{when[:11]}20:30,2,walk-in,,\n"
               f"total covers {pax + 2}, no-shows 0, deposit policy: €10 pp via link")
        fields = {"booking": ref(rng, "BK"), "covers": str(pax + 2)}
    instr = rng.choice(["Turn this booking export into a floor-plan note for tonight's FOH brief (2-tops by window).",
                        "clean up this resy export pls, dedupe and flag anything the kitchen needs to know",
                        "Draft the confirmation SMS for each booking in this export."])
    return instr, doc, fields, "front-of-house"


def k_allergen(rng, lc, pools, p, org):
    n, t, a, b, note = lab(lc)
    if p:
        doc = (f"{org} — dietary intake / allergen form\n{n}: {p.name}\n{b}: {p.dob}\n{t}: {p.phone}\n"
               f"{note}: {LOC[lc]['allergy']}\nEvent: {ref(rng, 'EV')}, table {rng.randint(1, 30)}")
        fields = {"guest": p.name, "dob": p.dob, "allergen": "peanut"}
    else:
        dish = rng.sample(EPONYMS[:10], 3)
        doc = (f"{org} — allergen matrix (14 EU allergens), menu v{rng.randint(2, 9)}.{rng.randint(0, 9)}\n"
               + "\n".join(f"{d_}: gluten={rng.choice('YN')}, egg={rng.choice('YN')}, milk={rng.choice('YN')}, "
                           f"nuts={rng.choice('YN')}, mustard={rng.choice('YN')}" for d_ in dish)
               + f"\n{n}: ______  {b}: __/__/____  {t}: ______\n{note}: {LOC[lc]['allergy']} (example wording)")
        fields = {"menu": f"v{rng.randint(2, 9)}", "allergens": "14"}
    instr = rng.choice(["Check this allergen sheet against Natasha's Law wording and tell me what's missing.",
                        "Make a kitchen ticket from this form, big letters for the allergy.",
                        "Translate the form to English for the brigade."])
    return instr, doc, fields, "chef"


def k_complaint(rng, lc, pools, p, org):
    order = ref(rng, "ORD")
    if p:
        doc = (f"From: {p.name} <{p.email}>\nSubject: {order}\n\n{LOC[lc]['complaint']}\n"
               f"Refund to card {p.card} please, or call me on {p.phone}.")
        fields = {"order": order, "customer": p.name, "card": p.card}
    else:
        critic = rng.choice(pools.public)
        doc = (f"Public review digest for {org} (last 30 days, 212 reviews, avg 3.9/5)\n- \"{LOC[lc]['complaint']}\" (x14)\n"
               f"- several guests compare the sauce to {critic}'s recipe\nPOS receipt {order}, card **** {rng.randint(1000, 9999)}, "
               f"test charge on {rng.choice(TEST_CARDS)} voided")
        fields = {"order": order, "avg": "3.9"}
    instr = rng.choice(["Write a short, non-defensive reply to this complaint and propose a goodwill gesture.",
                        "Summarise the complaint and tell me if we owe a refund under our policy (no refunds after 24h).",
                        "classify: food quality / service / billing. JSON only."])
    return instr, doc, fields, "diner"


def k_delivery(rng, lc, pools, p, org):
    trk = ref(rng, "TRK")
    if p:
        doc = (f"[dispatch] order {trk} picked up at {org}\n[courier] on my way, 12 min\n[customer {p.first}] "
               f"{LOC[lc]['deliv']} {p.address}\n[courier] can't find it, calling {p.phone}\n"
               f"[system] customer_ip={p.ip} app=android")
        fields = {"order": trk, "dropoff": p.address, "phone": p.phone}
    else:
        doc = (f"[dispatch] order {trk} picked up at {org}\n[courier #{rng.randint(100, 999)}] on my way, 12 min\n"
               f"[customer] {LOC[lc]['deliv']}\n[system] support hotline {org_phone(rng, lc)}, emergencies {EMERGENCY[lc]}\n"
               f"[system] webhook from {rng.choice(DOC_IPS)} sandbox=true")
        fields = {"order": trk, "eta": "12"}
    instr = rng.choice(["The courier is lost. From this chat, tell him the next step in 1 sentence.",
                        "Extract order id, drop-off, eta from this dispatch chat as JSON.",
                        "Was the late delivery the courier's fault? Read the chat."])
    return instr, doc, fields, "courier"


def k_staff(rng, lc, pools, p, org):
    n, t, a, b, note = lab(lc)
    role = rng.choice(["commis chef", "KP", "sous chef", "barista", "runner"])
    if p:
        bank = (f"IBAN: {p.iban}" if p.iban else f"Routing {p.aba[0]} / Account {p.aba[1]}" if p.aba else f"card {p.card}")
        idline = f"ID: {p.idv[1]}" if p.idv else f"{b}: {p.dob}"
        doc = (f"New starter — {role}\n{n}: {p.name}\n{b}: {p.dob}\n{a}: {p.address}\n{t}: {p.phone}\n{idline}\n{bank}\n"
               f"Start: Monday, shift 07:00–15:00")
        fields = {"starter": p.name, "role": role}
    else:
        doc = (f"Rota wk {rng.randint(1, 52)} — {org}\nMon: sous chef (AM), 2x commis, KP\nTue: closed\nWed: {role} x2, runner\n"
               f"New starter form (blank): {n}: ________ {b}: __/__/____ {a}: ________ IBAN: ____ ____ ____\n"
               f"Food business reg. no. {ref(rng, 'FBR')}, VAT {rng.choice(['DE', 'FR', 'IT', 'NL'])}{digits(rng, 9)}")
        fields = {"week": "rota", "roles": "7"}
    instr = rng.choice(["Put this into the payroll upload format: one line, semicolon separated.",
                        "Write a welcome message for the new starter and what to bring on day 1.",
                        "Check the rota for breaks under the Working Time rules."])
    return instr, doc, fields, "head chef"


def k_catering(rng, lc, pools, p, org):
    n, t, a, b, note = lab(lc)
    guests = rng.randint(40, 180)
    if p:
        pay = f"IBAN {p.iban}" if p.iban else f"card {p.card}"
        doc = (f"Wedding catering enquiry — {guests} guests, canapés + 3 courses + late-night {rng.choice(EPONYMS[:6])}\n"
               f"Client: {p.name} & partner\n{a}: {p.address}\n{t}: {p.phone}\nEmail: {p.email}\nDeposit 30% paid from {pay}")
        fields = {"client": p.name, "guests": str(guests), "email": p.email}
    else:
        doc = (f"Office lunch order PO {ref(rng, 'PO')} — {guests} pax, buffet, 12:00 delivery to reception\n"
               f"Contact: facilities@{slug(org)}.example.com, switchboard {org_phone(rng, lc)}\n"
               f"Menu: {', '.join(rng.sample(EPONYMS[:10], 3))}\nCompany reg. {digits(rng, 8)}, invoice {ref(rng, 'INV')}")
        fields = {"po": ref(rng, "PO"), "pax": str(guests)}
    instr = rng.choice(["Cost this up at 68% GP and draft the quote.", "Reply to the enquiry and ask the 3 questions we always ask.",
                        "Make a prep list and staffing plan for this event."])
    return instr, doc, fields, "caterer"


def k_inspection(rng, lc, pools, p, org):
    n, t, a, b, note = lab(lc)
    case = ref(rng, "EH")
    if p:
        hid = f"{p.idv[1]}" if p.idv else p.mrn
        doc = (f"Suspected food poisoning — case {case}\nEstablishment: {org}\nAffected: {p.name}, {b} {p.dob}\n"
               f"Hospital ref: {p.mrn}; health/ID no.: {hid}\nSymptoms 6h after chicken liver parfait; stool sample pending.")
        fields = {"case": case, "patient": p.name}
    else:
        bug = rng.choice(EPONYMS[10:])
        doc = (f"Inspection report {case} — {org}\nHygiene rating: {rng.randint(1, 5)}/5\nFindings: probe thermometer "
               f"not calibrated; cooling log gaps; risk of {bug}.\nOfficer: Environmental Health (duty line {org_phone(rng, lc)})\n"
               f"Outbreak summary: 7 cases, ages 19–64, no names held by this office.")
        fields = {"case": case, "rating": "3"}
    instr = rng.choice(["Draft our written response to the EHO with corrective actions.",
                        "Summarise this for the owner in plain words.", "What HACCP steps failed here? List them."])
    return instr, doc, fields, "owner"


def k_invoice(rng, lc, pools, p, org):
    inv = ref(rng, "INV")
    if p:
        pay = (f"IBAN {p.iban}" if p.iban else f"ABA {p.aba[0]} acct {p.aba[1]}" if p.aba else f"card {p.card}")
        tax = f"Tax/ID {p.idv[1]}" if p.idv else f"{lab(lc)[2]} {p.address}"
        doc = (f"INVOICE {inv}\nFrom: {p.name} (sole trader — foraged mushrooms & wild garlic)\n{tax}\n"
               f"To: {org}\n12 kg chanterelles @ 24.00 = 288.00\nPay to: {pay}\nQueries: {p.phone}")
        fields = {"invoice": inv, "supplier": p.name}
    else:
        doc = (f"INVOICE {inv}\nFrom: {rng.choice(pools.p[lc]['orgs'])} Wholesale Ltd, VAT {rng.choice(['GB', 'DE', 'FR'])}{digits(rng, 9)}\n"
               f"To: {org}\n20 x rapeseed oil 5L @ 11.40 = 228.00\n6 x {rng.choice(['Dr. Oetker gelatine', 'Heinz ketchup 4.5kg', 'Kikkoman 1L'])}\n"
               f"Pay by the remittance link; accounts@wholesale.example.com; credit note {ref(rng, 'CN')}")
        fields = {"invoice": inv, "total": "228.00"}
    instr = rng.choice(["Enter this invoice into the purchase ledger: supplier, date, net, VAT, total.",
                        "Does this invoice match PO and delivery note? Flag differences.", "Translate the invoice for the accountant."])
    return instr, doc, fields, "supplier"


def k_foodbank(rng, lc, pools, p, org):
    n, t, a, b, note = lab(lc)
    if p:
        doc = (f"Food bank referral {ref(rng, 'FB')}\n{n}: {p.name}\n{b}: {p.dob}\n{a}: {p.address}\n{t}: {p.phone}\n"
               f"Household: 2 adults, 3 children; {LOC[lc]['allergy']}\nReferred by: school family support worker")
        fields = {"client": p.name, "address": p.address}
    else:
        doc = (f"Notice to the public — {org} food drive\nDrop-off Sat 10:00–14:00. We need: tinned fish, UHT milk, rice, nappies.\n"
               f"This month: 412 parcels, 1,096 people fed (38% children). Volunteers: call {org_phone(rng, lc)} or "
               f"volunteer@foodbank.example.org\nIn an emergency call {EMERGENCY[lc]}.")
        fields = {"parcels": "412"}
    instr = rng.choice(["Make this into a parcel packing slip.", "Write a friendly SMS confirming collection time.",
                        "Translate and shorten for the volunteer WhatsApp group."])
    return instr, doc, fields, "volunteer"


KINDS = [("reservation", k_reservation), ("allergen", k_allergen), ("complaint", k_complaint), ("delivery_chat", k_delivery),
         ("staff_hr", k_staff), ("catering", k_catering), ("inspection", k_inspection), ("supplier_invoice", k_invoice),
         ("foodbank", k_foodbank)]


def incidental(rng, lc, pools, org, p):
    """A benign-looking text with one private item."""
    item = rng.choice(["first", "phone", "dob", "email"])
    base = (f"Closing checklist {org}: fryer oil changed, walk-in at 3°C, probe calibrated, "
            f"{rng.choice(EPONYMS[:8])} 86'd tomorrow, bins out, alarm set.")
    if item == "first":
        base += f" My sister {p.first} will do the morning delivery."
    elif item == "phone":
        base += f" If the alarm goes off call me on {p.phone}."
    elif item == "dob":
        base += f" Cake for the new apprentice (born {p.dob})."
    else:
        base += f" Send the photos to {p.email}."
    return base


# ----------------------------------------------------------------------------------------------------------
# placement of the document in the request
# ----------------------------------------------------------------------------------------------------------
SYSTEMS = ["You are the back-office assistant of a restaurant group. Be concise.",
           "You help caterers and restaurant owners with paperwork. Answer in the user's language.",
           "You are a food-safety compliance assistant (HACCP, allergens)."]
PLACEMENTS = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_call_args",
              "json_schema", "user_field", "stop", "prediction", "metadata_only"]


def place(rng, where, instr, doc, fields, model, persona):
    sysm = {"role": "system", "content": rng.choice(SYSTEMS)}
    body = {"model": model}
    if where == "user":
        body["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
    elif where == "system":
        body["messages"] = [{"role": "system", "content": f"{sysm['content']}\nContext document:\n{doc}"},
                            {"role": "user", "content": instr}]
    elif where == "assistant":
        body["messages"] = [sysm, {"role": "user", "content": "pasting it now"},
                            {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": instr}]
    elif where == "tool":
        body["messages"] = [sysm, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                             "function": {"name": "fetch_record", "arguments": json.dumps({"source": "pos"})}}]},
                            {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif where == "text_part":
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]}]
    elif where == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        fname = rng.choice(["export.csv", "form.txt", "chat_log.txt", "invoice.txt", "notes.md"])
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr},
                            {"type": "file", "file": {"filename": fname, "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif where == "image_url":
        q = urllib.parse.urlencode(fields)
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr + " (photo of the ticket attached)"},
                            {"type": "image_url", "image_url": {"url": f"https://media.tickets.example.net/scan/{rng.randint(1000, 9999)}.jpg?{q}"}}]}]
    elif where == "tool_def":
        body["messages"] = [sysm, {"role": "user", "content": instr}]
        body["tools"] = [{"type": "function", "function": {"name": "save_record", "description": f"Saves the record below.\n{doc}",
                          "parameters": {"type": "object", "properties": {k: {"type": "string"} for k in fields}}}}]
    elif where == "tool_call_args":
        body["messages"] = [sysm, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function",
                             "function": {"name": "upsert_record", "arguments": json.dumps({**fields, "raw": doc}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": "call_7", "content": "{\"ok\": true}"}]
    elif where == "json_schema":
        body["messages"] = [sysm, {"role": "user", "content": instr}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {"type": "object",
                                   "description": doc, "properties": {k: {"type": "string", "examples": [v]} for k, v in fields.items()}}}}
    elif where == "user_field":
        body["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
        body["user"] = next(iter(fields.values()))
    elif where == "stop":
        lines = doc.split("\n")
        body["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n" + "\n".join(lines[2:])}]
        body["stop"] = ["\n###"] + [ln[:200] for ln in lines[:2]]
    elif where == "prediction":
        body["messages"] = [sysm, {"role": "user", "content": f"{instr} Keep the layout, change as little as possible."}]
        body["prediction"] = {"type": "content", "content": doc}
    elif where == "metadata_only":
        body["messages"] = [sysm, {"role": "user", "content": instr}]
        body["store"] = True
        body["metadata"] = {k: v[:500] for k, v in fields.items()} | {"persona": persona}
    return body


def strings_of(obj):
    if isinstance(obj, str):
        yield obj
        if obj.startswith("data:") and ";base64," in obj:
            yield base64.b64decode(obj.split(";base64,", 1)[1]).decode("utf-8")
        if "://" in obj or "%" in obj:
            yield urllib.parse.unquote_plus(obj)
        if obj.startswith("{"):
            try:
                yield from strings_of(json.loads(obj))
            except ValueError:
                pass
    elif isinstance(obj, dict):
        for k in obj:
            yield from strings_of(k)
            yield from strings_of(obj[k])
    elif isinstance(obj, list):
        for v in obj:
            yield from strings_of(v)


def label(body, issued):
    hay = "\n".join(strings_of(body))
    seen, out = set(), []
    for t, v in issued:
        if v and v in hay and (t, v) not in seen:
            seen.add((t, v))
            out.append({"type": t, "value": v})
    return out


def build_pii(rng, pools, seed):
    locs = sorted(LOC)
    recs = []
    per_kind = 56
    for ki, (kind, fn) in enumerate(KINDS):
        for j in range(per_kind):
            i = ki * per_kind + j
            lc = locs[(ki * 5 + j) % len(locs)]
            sens = (j * 5 + ki) % per_kind < 33  # 33 of 56 per kind (59%)
            org = rng.choice(pools.p[lc]["orgs"])
            p = Person(rng, pools, lc) if sens else None
            inc = sens and rng.random() < 0.12
            if inc:
                instr, doc, fields, persona = rng.choice(["Tidy this up into bullet points.", "Translate to English.",
                                                          "Fix the spelling, keep it short."]), incidental(rng, lc, pools, org, p), \
                    {"note": "closing"}, "kitchen porter"
            else:
                instr, doc, fields, persona = fn(rng, lc, pools, p, org)
            endpoint = "completions" if rng.random() < 0.10 else "chat"
            model = rng.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"])
            if endpoint == "completions":
                where = "prompt"
                body = {"model": rng.choice(["gpt-3.5-turbo-instruct", "hybridgate/auto"]), "prompt": f"{instr}\n\n{doc}\n\n###\n",
                        "max_tokens": rng.choice([256, 512])}
            else:
                where = PLACEMENTS[i % len(PLACEMENTS)]
                body = place(rng, where, instr, doc, fields, model, persona)
            ents = label(body, p.issued() if p else [])
            if sens and not ents:  # the value landed nowhere: fall back to the user message
                body = place(rng, "user", instr, doc, fields, model, persona)
                where = "user"
                ents = label(body, p.issued())
            assert bool(ents) == sens, (kind, lc, where)
            recs.append({"id": f"{SPLIT}-pii-{len(recs) + 1:04d}", "category": kind if sens else f"{kind}_benign",
                         "sensitive": sens, "entities": ents, "endpoint": endpoint, "lang": lc,
                         "style": f"{persona} · {where}" + (" · incidental" if inc else ""), "body": body})
    return recs


# ----------------------------------------------------------------------------------------------------------
# complexity
# ----------------------------------------------------------------------------------------------------------
CX_LANGS = {
    "en": ("Hi! What time does the fish market open on Saturdays?", "Reformat this list as a table, nothing else:",
           "Our GP fell from 71% to 63% in 6 weeks while covers rose 12%. Give me a ranked diagnosis plan with what data to pull first."),
    "de": ("Danke, bis morgen!", "Bitte diese Liste alphabetisch sortieren, sonst nichts ändern:",
           "Entwirf einen HACCP-Plan für Sous-vide-Schweinebauch (72 h, 64 °C) mit kritischen Kontrollpunkten und Grenzwerten."),
    "fr": ("Bonjour, vous ouvrez à quelle heure le dimanche ?", "Recopie cette liste en majuscules :",
           "Nous passons de 80 à 140 couverts : redessine le flux en cuisine et le planning des postes, avec les goulots probables."),
    "es": ("¿Cómo se dice 'sin gluten' en inglés?", "Pasa esta lista a formato CSV sin cambiar nada:",
           "Compara tres modelos de precio para un catering de boda (por persona, por mesa, fijo) con riesgo de no-shows del 8%."),
    "it": ("Grazie mille, ciao!", "Metti in ordine alfabetico questo elenco:",
           "Valuta se conviene produrre la pasta fresca internamente: costi, manodopera, spazio, rischio igienico; conclusione motivata."),
    "pt-BR": ("Oi, vocês entregam no domingo?", "Converta esta lista em tabela Markdown:",
              "Monte um plano de redução de desperdício com metas por setor, sabendo que 18% das compras viram lixo."),
    "pl": ("Dzień dobry, ile kosztuje obiad dnia?", "Przepisz tę listę jako CSV:",
           "Zaprojektuj menu sezonowe z kosztem porcji poniżej 9 zł, uwzględniając alergeny i czas wydawania 7 minut."),
    "tr": ("Merhaba, rezervasyon gerekli mi?", "Bu listeyi tabloya çevir, başka bir şey yapma:",
           "Üç şube arasında merkezi mutfak kurmanın lojistik ve gıda güvenliği risklerini analiz et, öneri sun."),
    "ru": ("Спасибо, всё получили!", "Переведи этот список в CSV без изменений:",
           "Разработай план действий при вспышке норовируса среди персонала: изоляция, уборка, уведомления, сроки."),
    "ja": ("こんにちは、ランチは何時からですか？", "このリストを表に整形してください：",
           "原価率が38%に上がった原因を仮説立てし、検証の順番と必要なデータを説明してください。"),
    "zh": ("谢谢，明天见！", "把这个清单改成表格，不要改内容：",
           "为一家100座的火锅店设计高峰期排班和备料方案，并说明如何在食品安全与出餐速度之间取舍。"),
    "ko": ("안녕하세요, 주차 가능한가요?", "이 목록을 표로 바꿔 주세요:",
           "배달 수수료 인상 후 메뉴 가격을 어떻게 조정할지, 수요 탄력성을 고려해 시나리오별로 분석해 주세요."),
    "ar": ("شكراً جزيلاً!", "أعد كتابة هذه القائمة كجدول فقط:",
           "ضع خطة لتوسيع خدمة التموين للشركات مع تحليل التكاليف والمخاطر وسلسلة التبريد."),
    "hi": ("नमस्ते, आज का मेन्यू क्या है?", "इस सूची को तालिका में बदल दीजिए:",
           "शादी के 600 मेहमानों के लिए रसोई, स्टाफ़ और खाद्य सुरक्षा की पूरी योजना बनाइए, जोखिम सहित।"),
    "el": ("Ευχαριστώ, καλό βράδυ!", "Μετάτρεψε αυτή τη λίστα σε πίνακα:",
           "Ανάλυσε αν αξίζει να ανοίξουμε και μεσημέρι: κόστος προσωπικού, νεκρό σημείο, κίνδυνοι."),
    "he": ("תודה, נתראה מחר!", "תעתיק את הרשימה הזאת לטבלה:",
           "תכנן מעבר לתפריט עונתי עם תמחור מנות, ניהול ספקים וזמני הכנה, ונמק כל החלטה."),
}
ITEMS = ["flour T55 25kg", "butter 82% 10kg", "eggs L x360", "double cream 5L", "shallots 5kg", "chicken thighs 10kg",
         "basmati 20kg", "tinned tomatoes 2.5kg x6", "rapeseed oil 20L", "lemons x100", "parsley x20 bunches", "salt 25kg"]


def long_list(rng, target=1600):
    lines, i = [], 0
    while sum(len(x) + 1 for x in lines) < target:
        i += 1
        lines.append(f"{i}. {rng.choice(ITEMS)} | supplier {rng.choice(['A', 'B', 'C'])} | £{rng.randint(3, 90)}.{rng.randint(0, 99):02d} | "
                     f"delivered 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} | temp {rng.randint(1, 5)}°C")
    return "\n".join(lines)


def build_cx(rng):
    recs = []
    langs = list(CX_LANGS)
    cats = ["short_simple", "long_easy", "short_hard", "long_hard"]
    hard_extra = ["Explain your reasoning and trade-offs.", "Show the numbers.", "Prioritise and justify."]
    for i in range(192):
        cat = cats[i % 4]
        lg = langs[(i // 4 + i) % len(langs)]
        simple, easy, hard = CX_LANGS[lg]
        if cat == "short_simple":
            text = simple
        elif cat == "long_easy":
            text = f"{easy}\n\n{long_list(rng)}"
        elif cat == "short_hard":
            text = f"{hard} {rng.choice(hard_extra)}"
        else:
            text = (f"{hard}\n\nData (last 8 weeks of purchases and temperature logs):\n{long_list(rng, rng.randint(1500, 2600))}\n\n"
                    f"Covers per week: {', '.join(str(rng.randint(600, 1400)) for _ in range(8))}")
        sysm = rng.choice(SYSTEMS)
        body = {"model": rng.choice(["hybridgate/auto", "gpt-4o-mini"]),
                "messages": [{"role": "system", "content": sysm}, {"role": "user", "content": text}]}
        if cat == "long_easy":
            assert len(text) >= 1500
        recs.append({"id": f"{SPLIT}-cx-{i + 1:04d}", "category": cat, "label": int(cat.endswith("hard")),
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lg,
                     "style": f"{cat}/{['chef', 'owner', 'caterer', 'foh'][i % 4]}", "body": body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    args = ap.parse_args()
    global FROZEN
    FROZEN = frozen_words()
    rng = random.Random(args.seed)
    pools = Pools(rng)
    pii = build_pii(rng, pools, args.seed)
    cx = build_cx(random.Random(args.seed + 1))
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii", pii), ("complexity", cx)):
        with open(out / f"{name}_{SPLIT}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ns = sum(r["sensitive"] for r in pii)
    print(f"frozen words: {len(FROZEN)}; pool entries dropped: {sum(DROPPED.values())} {dict(sorted(DROPPED.items()))}")
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {ns} sensitive / {len(pii) - ns} benign "
          f"({ns / len(pii):.0%}); endpoints {dict(sorted(collections.Counter(r['endpoint'] for r in pii).items()))}; "
          f"{sum('incidental' in r['style'] for r in pii)} incidental; {len({r['lang'] for r in pii})} locales")
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records;", dict(sorted(collections.Counter(r["category"] for r in cx).items())),
          f"{sum(r['length_adversarial'] for r in cx)} length-adversarial, {sum(r['label'] for r in cx)} label 1, "
          f"{len({r['lang'] for r in cx})} language tags")


if __name__ == "__main__":
    main()
