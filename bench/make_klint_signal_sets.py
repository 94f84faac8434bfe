#!/usr/bin/env python3
"""Klint: a blind evaluation split for the request signals, set in the world of AVIATION.

Writes bench/data/signals/pii_klint.jsonl and bench/data/signals/complexity_klint.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial,
endpoint, lang, style, body).

World
    Airlines' crew rostering and crew control, airports' operations and lost-and-found, ground handling and
    air cargo, flight schools and pilot licensing, passengers writing about delays, refunds and special
    assistance, aircraft maintenance records and travel agents' booking tools.

How it was written
    Blind: its author read only a brief, the first 70 lines of the delta generator (record schema, label
    conventions) and the first two lines of the two delta files. No detector, test, evaluator, policy,
    result, doc or commit history was read. Other generators are only scanned AUTOMATICALLY at run time by
    ``frozen_words``; every pool entry (person name, street, locality, organisation, placeholder, public
    figure) sharing a word or non-ASCII bigram with that set is dropped (street-type words, particles and
    generic organisation words such as Air/Cargo/Ltd are exempt) and the pool is refilled from invented
    locale-typical syllables (capped). The run prints how many were dropped.

Organising principle
    Nine KINDS of message of this world -- crew_roster (swap / standby requests), crew_control (ops log,
    sick calls), lost_found (airport lost-property intake), pax_complaint (delay / refund / EU261 claims),
    special_assistance (PRM requests), cargo_handling (AWB, manifests, ground-handling exports),
    flight_school (student and licensing files), maintenance_log (tech log, CRS entries) and
    travel_booking (agency booking-tool exports, PNR notes) -- each with sensitive and benign variants,
    rotated over 21 locales in 10 scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han,
    Kana, Hangul), with the world's English jargon (PNR, AWB, PRM, WCHR, CRS, MEL, FTL) code-switched into
    the local language.

    The line between personal data and not: anything identifying a PRIVATE person (a passenger, crew
    member, student pilot, engineer, consignee) is personal: names (also a first name alone with a role or
    relation cue), personal phones (also with extensions), personal e-mails, home addresses, birth dates,
    national / tax / health numbers, hospital record numbers, bank accounts, IBANs, card numbers, a private
    user's public IP. NOT personal (benign hard negatives of the same world): public figures and
    historical aviators, eponyms (airports and streets named after people), airline / airport
    switchboards and role mailboxes, emergency numbers, PNR / AWB / flight / tail / case / invoice numbers,
    registration numbers of organisations, documentation example values (RFC 5737 / 3849 IPs,
    example.com), test card numbers, placeholders, blank forms and aggregated statistics.

Labels
    ``entities`` is a list of {"type", "value"} computed by searching the body (all strings walked, base64
    file parts decoded, URLs unquoted) for every value the record issued; ``sensitive`` is true iff it is
    non-empty (asserted). Types: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, LOCATION (home address), DATE_TIME
    (birth date), ssn, NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, MEDICAL_RECORD, US_BANK_NUMBER, IBAN_CODE,
    CREDIT_CARD, IP_ADDRESS. Category ``<kind>`` for sensitive, ``<kind>_benign`` for benign; about 12% of
    the sensitive ones carry a single incidental item.

    Complexity: short_simple (0), long_easy (0, >= 1,500 chars), short_hard (1), long_hard (1);
    short_hard and long_easy are length_adversarial.

Contents (seed 51327786) -- the run prints all counts
    pii_klint.jsonl: 495 requests (9 kinds x 55: 32 sensitive + 23 benign), about 10% completions, 21 locales.
    complexity_klint.jsonl: 190 chat requests in 16 language tags: short_simple 48, long_easy 48, short_hard 48,
    long_hard 46; 96 length-adversarial, 94 labelled 1. PII: 288 sensitive (36 incidental) / 207 benign, 50 completions.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (SSN, ABA, NHS,
    Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat
    Zehut, Aadhaar, Thai PIN, RRN, RIC, IBAN, Luhn); phone numbers with ``phonenumbers``; IPs are global.
    The run aborts on an invalid value; every retry loop is capped.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_klint_signal_sets.py [--seed 51327786] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import ipaddress
import json
import pathlib
import random
import re
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

SPLIT = "klint"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 51327786

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma "
                  "lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer "
                  "zeugen solfatara bergschrund kopje outwash inlier ravine caldera bluff").split()
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


EXEMPT = set("street st rd road avenue ave lane rue via viale ul ulica de la le van der den von di da do dos das "
             "del al el ben bin str straße strasse gatan vägen straat laan calle rua avenida cad sok sokak "
             "ulitsa prospekt vulytsia odos soi road-no no nr apt flat ltd gmbh bv ab sa spa srl inc llc co "
             "air cargo handling aviation airlines flight school academy services logistics travel tours "
             "mro technics ground ooo tov ae pjsc mah cad sok d lgh apto apt kv kv. d. ул вул д кв 株式会社 会社".split())


def entry_words(entry):
    toks = [t.lower() for t in WORD.findall(entry)]
    out = [t for t in toks if t not in EXEMPT]
    prev = None
    for t in toks:
        if any(ord(c) > 127 for c in t):
            if prev is not None:
                out.append(prev + " " + t)
            prev = t
        else:
            prev = None
    return out


class Freezer:
    def __init__(self):
        self.frozen = frozen_words()
        self.dropped = 0

    def ok(self, entry):
        return not any(w in self.frozen for w in entry_words(entry))

    def filter(self, pool, refill=None, want=None, rng=None, fallback=None):
        kept = []
        for e in pool:
            if self.ok(e):
                kept.append(e)
            else:
                self.dropped += 1
        want = want or len(pool)
        tries = 0
        while refill and len(kept) < want and tries < 400:
            tries += 1
            e = refill(rng)
            if e not in kept and self.ok(e):
                kept.append(e)
        if not kept and fallback:
            kept = list(fallback)
        if not kept:
            raise SystemExit(f"pool emptied by freeze: {pool[:3]}")
        return kept


# ----------------------------------------------------------------------------------------------- locales
# code, region, script, given names, surnames, name order, syllables for refill, streets, cities, labels,
# native sentences: complaint, lost, notice
LOC = {
 "en-US": dict(region="US", script="Latin", given=["Brandee", "Tyrell", "Corliss", "Dwayna", "Jolene", "Marcel"],
    sur=["Okafor-Pruitt", "Vandermolen", "Quisenberry", "Haskett", "Lindqvist-Ruiz", "Tarbox"], order="gs",
    syl=["bran", "del", "ko", "ret", "ma", "lin", "ston", "ver", "qui"],
    streets=["{n} Pelican Ridge Rd", "{n} Old Sawmill Ln", "{n} Wexley Ave Apt 3B"], cities=["Tulsa, OK 74105", "Dayton, OH 45409"],
    lab=("Name", "Phone", "Home address", "DOB"), nat=("Flight got delayed 6 hrs and nobody told us anything, I want my money back.",
    "I left a grey backpack at gate B14 after landing.", "Baggage claim carousels are listed on the arrivals screens.")),
 "en-GB": dict(region="GB", script="Latin", given=["Siobhan", "Callum", "Ffion", "Rhodri", "Maisie", "Declan"],
    sur=["Pennycook", "Ashcombe", "Tregarthen", "Mulvenna", "Braithwell", "Gorrie"], order="gs",
    syl=["pen", "tre", "wyn", "ash", "mul", "car", "bry", "ith", "don"],
    streets=["{n} Tamsin Close", "Flat {n}, Heronsgate Mews", "{n} Penhallow Road"], cities=["Crawley RH10 1QP", "Luton LU2 7AB"],
    lab=("Name", "Tel", "Address", "Date of birth"), nat=("Our flight was cancelled the night before and the rebooking was two days later, I'm claiming compensation.",
    "Lost a navy coat on the shuttle from the long-stay car park.", "Security queues are longest between 05:00 and 07:00.")),
 "de-DE": dict(region="DE", script="Latin", given=["Wiebke", "Jannik", "Ortrun", "Henrike", "Malte", "Gesche"],
    sur=["Brockhöft", "Uhlenkamp", "Terstegen", "Wöhlke", "Klingebiel", "Rademacher-Sahl"], order="gs",
    syl=["brock", "höf", "tes", "wil", "kamp", "ebel", "ler", "mann", "hau"],
    streets=["Lerchenkamp {n}", "Ostertorweg {n}a", "Am Fuchsbau {n}"], cities=["30453 Hannover", "40474 Düsseldorf"],
    lab=("Name", "Telefon", "Anschrift", "Geburtsdatum"), nat=("Unser Flug hatte 4 Stunden Verspätung, ich möchte die Ausgleichszahlung nach EU-Verordnung 261.",
    "Ich habe meinen Rucksack am Gate A22 liegen lassen.", "Die Gepäckausgabe befindet sich im Ankunftsbereich Ebene 0.")),
 "fr-FR": dict(region="FR", script="Latin", given=["Maëlys", "Gaëtan", "Solène", "Anatole", "Clémence", "Yannick"],
    sur=["Lebouvier", "Rigaudeau", "Chasseloup", "Fourmont", "Quéméner", "Bazinet"], order="gs",
    syl=["leb", "ou", "vier", "ri", "gau", "deau", "mont", "que", "zin"],
    streets=["{n} rue des Capucines-Basses", "{n} impasse du Grand Verger", "{n} allée Jeannotte"], cities=["95700 Roissy-en-France", "69125 Colombier-Saugnieu"],
    lab=("Nom", "Tél.", "Adresse", "Date de naissance"), nat=("Mon vol a été retardé de cinq heures, je demande le remboursement et l'indemnisation.",
    "J'ai oublié ma tablette dans la poche du siège 23C.", "Les objets trouvés sont conservés 30 jours au terminal 2.")),
 "es-ES": dict(region="ES", script="Latin", given=["Itziar", "Fermín", "Covadonga", "Ruymán", "Nerea", "Abenchara"],
    sur=["Echevarne", "Zubillaga", "Trujeque", "Olazábal-Pons", "Cienfuegos Lago", "Barredo"], order="gs",
    syl=["itz", "ia", "zu", "bi", "llaga", "rre", "do", "cho", "var"],
    streets=["Calle Peñascal {n}, 2º B", "Avenida de Tirajana {n}", "Calle Ozollo {n}"], cities=["28042 Madrid", "35230 Ingenio"],
    lab=("Nombre", "Teléfono", "Domicilio", "Fecha de nacimiento"), nat=("El vuelo salió con cinco horas de retraso y quiero la devolución.",
    "Perdí una maleta pequeña en la cinta 7.", "Las puertas de embarque cierran 20 minutos antes de la salida.")),
 "it-IT": dict(region="IT", script="Latin", given=["Ilaria", "Gualtiero", "Ottavia", "Tancredi", "Ersilia", "Loris"],
    sur=["Scarabelli", "Pizzolato", "Buonocorsi", "Terzuoli", "Mancinetti", "Zampieri"], order="gs",
    syl=["sca", "ra", "belli", "piz", "zo", "lato", "ter", "zuo", "nel"],
    streets=["Via Ghirlandina {n}", "Viale dei Tigli Ombrosi {n}", "Via Casalecchio {n}/B"], cities=["00054 Fiumicino (RM)", "21010 Ferno (VA)"],
    lab=("Nome", "Cellulare", "Indirizzo", "Data di nascita"), nat=("Il volo è stato cancellato e chiedo il rimborso del biglietto.",
    "Ho dimenticato il passeggino al gate B7.", "Il deposito bagagli è aperto dalle 6 alle 23.")),
 "nl-NL": dict(region="NL", script="Latin", given=["Femke", "Joost", "Marijke", "Sjoerd", "Lieke", "Wouter"],
    sur=["Oudeboon", "Zwanenburg-Kok", "Hoefnagels", "Tiemersma", "Brouwershof", "Kleinjan"], order="gs",
    syl=["oude", "boon", "hoef", "nag", "tie", "mers", "ma", "kleij", "wou"],
    streets=["Zeeduinweg {n}", "Kievitsbloem {n}", "Hoofdvaartlaan {n}"], cities=["2132 LS Hoofddorp", "1187 Amstelveen"],
    lab=("Naam", "Tel", "Adres", "Geboortedatum"), nat=("Onze vlucht had vijf uur vertraging, ik wil compensatie.",
    "Mijn laptoptas ligt nog bij de security in vertrekhal 2.", "Gevonden voorwerpen worden drie maanden bewaard.")),
 "pl-PL": dict(region="PL", script="Latin", given=["Grzegorzyna", "Bożydar", "Jadwiga", "Radosław", "Wiesława", "Zbyszko"],
    sur=["Przybyłek", "Szczęsnowicz", "Gąsiorek", "Wróblewicz-Duda", "Kołtunik", "Ziębiński"], order="gs",
    syl=["przy", "by", "łek", "szczę", "gą", "sio", "rek", "wró", "ziem"],
    streets=["ul. Jaskółcza {n}/4", "ul. Kasztelańska {n}", "os. Zielone Wzgórze {n}"], cities=["02-146 Warszawa", "32-083 Balice"],
    lab=("Imię i nazwisko", "Tel.", "Adres", "Data urodzenia"), nat=("Lot był opóźniony o 4 godziny, proszę o odszkodowanie.",
    "Zostawiłem kurtkę na pokładzie w rzędzie 14.", "Biuro rzeczy znalezionych jest czynne całą dobę.")),
 "pt-BR": dict(region="BR", script="Latin", given=["Josiane", "Valdemir", "Luciléia", "Edivaldo", "Raíssa", "Cleiton"],
    sur=["Albuquerque Sodré", "Paranhos", "Tavolaro", "Jurema Lins", "Bezerra Quintão", "Sampaio Rufino"], order="gs",
    syl=["val", "de", "mir", "lu", "ci", "léia", "jos", "ane", "cle"],
    streets=["Rua Itapiranga, {n}, apto 52", "Avenida Jacarandá-Mimoso, {n}", "Travessa Caiubi, {n}"], cities=["07190-100 Guarulhos - SP", "40301-155 Salvador - BA"],
    lab=("Nome", "Celular", "Endereço", "Data de nascimento"), nat=("Meu voo atrasou seis horas e perdi a conexão, quero reembolso.",
    "Esqueci uma mala de mão no portão 15.", "O check-in fecha 60 minutos antes em voos internacionais.")),
 "sv-SE": dict(region="SE", script="Latin", given=["Ylva", "Torbjörn", "Linnéa", "Gustaf", "Sigrid", "Algot"],
    sur=["Ljungkvist", "Hedbäck", "Sörlinge", "Tallroth", "Wikström-Ahl", "Bergkrantz"], order="gs",
    syl=["ljung", "kvist", "hed", "bäck", "sör", "tall", "roth", "berg", "ylv"],
    streets=["Grantorpsvägen {n}", "Kvarnbäcksgatan {n} lgh 1102", "Sjöbodsvägen {n}"], cities=["190 45 Stockholm-Arlanda", "438 91 Landvetter"],
    lab=("Namn", "Tel", "Adress", "Födelsedatum"), nat=("Flyget blev inställt och jag vill ha pengarna tillbaka.",
    "Jag glömde min mobilladdare vid gate F36.", "Hittegods lämnas vid informationsdisken i terminal 5.")),
 "tr-TR": dict(region="TR", script="Latin", given=["Gülizar", "Erdinç", "Nurşen", "Tolgahan", "Şebnem", "Oğuzhan"],
    sur=["Karabıyıkoğlu", "Tepebaşılı", "Dündaröz", "Sarıkamışlı", "Yelkovan", "Çakırcalı"], order="gs",
    syl=["gül", "er", "diz", "kara", "tepe", "ba", "dün", "sarı", "oğ"],
    streets=["Menekşe Sok. No:{n} D:5", "Kavaklıdere Cad. No:{n}", "Yeşilyurt Mah. {n}. Sok."], cities=["34149 Bakırköy/İstanbul", "35410 Gaziemir/İzmir"],
    lab=("Ad Soyad", "Tel", "Adres", "Doğum tarihi"), nat=("Uçuşum 5 saat rötar yaptı, bilet ücretimin iadesini istiyorum.",
    "Bagaj bandında siyah bir valizimi kaybettim.", "Kayıp eşya ofisi gelen yolcu salonundadır.")),
 "ru-RU": dict(region="RU", script="Cyrillic", given=["Всеволод", "Ульяна", "Ярополк", "Злата", "Елисей", "Агния"],
    sur=["Кукушкина", "Переверзев", "Свиридова", "Бурлаченко", "Шишкарёв", "Тетёркина"], order="gs",
    syl=["сви", "ри", "дов", "бур", "ла", "чен", "ко", "шиш", "кар"],
    streets=["ул. Лётчика Бабушкина, д. {n}, кв. 17", "Аэродромная ул., д. {n}", "пр-т Заречный, д. {n}"], cities=["141400 Химки", "630108 Новосибирск"],
    lab=("ФИО", "Тел.", "Адрес", "Дата рождения"), nat=("Рейс задержали на семь часов, прошу вернуть деньги за билет.",
    "Оставил сумку с ноутбуком у выхода на посадку 12.", "Камера хранения работает круглосуточно.")),
 "uk-UA": dict(region="UA", script="Cyrillic", given=["Богдана", "Остап", "Соломія", "Тарас", "Ярина", "Мирослав"],
    sur=["Гнатюк", "Кривоніс", "Ластівка", "Дзюбенко", "Перебийніс", "Шепелявий"], order="gs",
    syl=["гна", "тюк", "кри", "во", "ніс", "дзю", "бен", "ко", "ла"],
    streets=["вул. Соняшникова, {n}, кв. 8", "просп. Злітний, {n}", "вул. Липова Алея, {n}"], cities=["08300 Бориспіль", "79000 Львів"],
    lab=("ПІБ", "Тел.", "Адреса", "Дата народження"), nat=("Мій рейс скасували, прошу повернути кошти за квиток.",
    "Я залишила парасольку в зоні видачі багажу.", "Довідкове бюро аеропорту працює цілодобово.")),
 "el-GR": dict(region="GR", script="Greek", given=["Σταματία", "Χαράλαμπος", "Ευανθία", "Παντελής", "Ασπασία", "Θεοχάρης"],
    sur=["Καλογεράκη", "Μπουρνάζος", "Τσιριγώτη", "Λαμπρινίδης", "Ζαχαρούλη", "Βαφειάδης"], order="gs",
    syl=["κα", "λο", "γε", "ρά", "μπου", "τσι", "ρι", "βα", "φει"],
    streets=["Οδός Αμαρύλλιδος {n}", "Λεωφ. Κορυδαλλού {n}", "Οδός Θυμαριάς {n}"], cities=["19019 Σπάτα", "55535 Πυλαία"],
    lab=("Ονοματεπώνυμο", "Τηλ.", "Διεύθυνση", "Ημ. γέννησης"), nat=("Η πτήση μας καθυστέρησε πέντε ώρες και ζητώ αποζημίωση.",
    "Ξέχασα το σακίδιό μου στην πύλη Β12.", "Το γραφείο απολεσθέντων βρίσκεται στις αφίξεις.")),
 "ar-AE": dict(region="AE", script="Arabic", given=["مريم", "سلطان", "نورة", "خليفة", "شمسة", "راشد"],
    sur=["الزعابي", "المهيري", "الكتبي", "الرميثي", "الشامسي", "البلوشي"], order="gs",
    syl=["زع", "ابي", "مهي", "ري", "كت", "رمي", "ثي", "شام", "سي"],
    streets=["شارع الورد {n}، فيلا 4", "حي البرشاء، شارع {n}", "منطقة المزهر، فيلا {n}"], cities=["دبي", "العين"],
    lab=("الاسم", "الهاتف", "العنوان", "تاريخ الميلاد"), nat=("تأخرت رحلتي ست ساعات وأطلب استرداد ثمن التذكرة.",
    "نسيت حقيبتي الصغيرة عند البوابة C21.", "مكتب المفقودات يقع في صالة الوصول.")),
 "he-IL": dict(region="IL", script="Hebrew", given=["נועה", "איתמר", "שירה", "עומרי", "הדס", "יונתן"],
    sur=["בן-שושן", "אלמוגי", "קורנבליט", "דהרי", "שטרנפלד", "עזריאלי-כץ"], order="gs",
    syl=["אל", "מו", "גי", "דה", "רי", "קור", "נב", "שט", "רן"],
    streets=["רחוב הדקל {n}", "שדרות האלונים {n}", "רחוב הנרקיס {n}, דירה 6"], cities=["לוד", "ראשון לציון"],
    lab=("שם", "טלפון", "כתובת", "תאריך לידה"), nat=("הטיסה שלנו התעכבה חמש שעות ואני מבקש פיצוי.",
    "שכחתי את התיק שלי בביקורת הביטחונית.", "אבידות ומציאות נמצאות באולם הנכנסים.")),
 "hi-IN": dict(region="IN", script="Devanagari", given=["अंकिता", "हर्षवर्धन", "सुरभि", "देवांश", "पल्लवी", "ऋतिक"],
    sur=["भटनागर", "कुलश्रेष्ठ", "मेहरोत्रा", "त्रिपाठी", "वाजपेयी", "चतुर्वेदी"], order="gs",
    syl=["सु", "र", "भि", "दे", "वां", "कु", "ल", "मे", "ह"],
    streets=["मकान नं. {n}, सेक्टर 21", "फ्लैट {n}, गुलमोहर अपार्टमेंट", "{n}, शांति नगर"], cities=["गुरुग्राम 122017", "लखनऊ 226010"],
    lab=("नाम", "फ़ोन", "पता", "जन्म तिथि"), nat=("मेरी फ़्लाइट पाँच घंटे लेट हुई, मुझे रिफ़ंड चाहिए।",
    "मेरा बैग गेट 32 पर छूट गया।", "खोया-पाया काउंटर आगमन हॉल में है।")),
 "th-TH": dict(region="TH", script="Thai", given=["ณัฐธิดา", "ธนากร", "พิมพ์ชนก", "กิตติพัฒน์", "วรรณิภา", "ศุภชัย"],
    sur=["ศรีสุวรรณ", "วงศ์ประเสริฐ", "ทองมาก", "บุญเรือง", "แก้วกาญจนา", "จันทร์เพ็ญ"], order="gs",
    syl=["ศรี", "สุ", "วง", "ทอง", "บุญ", "แก้ว", "จัน", "พร", "นา"],
    streets=["{n} ซอยลาดกระบัง 14", "{n}/7 หมู่ 3 ถนนกิ่งแก้ว", "{n} ซอยรามคำแหง 65"], cities=["บางพลี สมุทรปราการ 10540", "เมืองภูเก็ต 83000"],
    lab=("ชื่อ", "โทร", "ที่อยู่", "วันเกิด"), nat=("เที่ยวบินดีเลย์ห้าชั่วโมง ขอคืนเงินค่าตั๋วค่ะ",
    "ลืมกระเป๋าไว้ที่ประตู D5 ครับ", "สำนักงานของหายอยู่ที่ชั้น 2 ผู้โดยสารขาเข้า")),
 "zh-CN": dict(region="CN", script="Han", given=["晓岚", "俊熙", "雨桐", "浩然", "思琪", "子墨"],
    sur=["欧阳", "司马", "诸葛", "上官", "皇甫", "东方"], order="sg",
    syl=["岚", "熙", "桐", "墨", "琪", "然", "涵", "睿", "萱"],
    streets=["朝阳区望京西路{n}号院3号楼", "顺义区空港街道{n}号", "浦东新区川沙路{n}弄"], cities=["北京市", "上海市"],
    lab=("姓名", "电话", "住址", "出生日期"), nat=("航班延误了六个小时，我要求退票退款。",
    "我把电脑包落在了B12登机口。", "失物招领处位于到达大厅。")),
 "ja-JP": dict(region="JP", script="Kana", given=["ゆいな", "はると", "みさき", "そうた", "あおい", "けんじ"],
    sur=["小此木", "四十物", "五十嵐", "勅使河原", "十文字", "月見里"], order="sg",
    syl=["ゆ", "い", "な", "は", "る", "と", "み", "さ", "き"],
    streets=["大田区羽田旭町{n}-4-2", "成田市ウィングヒルズ{n}号", "泉佐野市りんくう往来{n}-1"], cities=["東京都", "千葉県"],
    lab=("氏名", "電話", "住所", "生年月日"), nat=("フライトが5時間遅れたので、払い戻しをお願いします。",
    "保安検査場に上着を忘れました。", "遺失物センターは到着ロビーにあります。")),
 "ko-KR": dict(region="KR", script="Hangul", given=["서윤", "도현", "하은", "지호", "예린", "민재"],
    sur=["남궁", "황보", "제갈", "선우", "독고", "사공"], order="sg",
    syl=["서", "윤", "도", "현", "하", "은", "지", "호", "린"],
    streets=["인천광역시 중구 운서동 {n}-3", "강서구 공항대로 {n}길 12", "해운대구 좌동 {n}번지"], cities=["인천", "부산"],
    lab=("성명", "연락처", "주소", "생년월일"), nat=("항공편이 다섯 시간 지연되어 환불을 요청합니다.",
    "탑승구 23번에 가방을 두고 내렸어요.", "유실물 센터는 입국장에 있습니다.")),
}
LOCALES = list(LOC)

ORG_PARTS = ["Norvale", "Quillon", "Brenmoor", "Tessaly", "Orvenna", "Kaltrix", "Zephram", "Vellacor", "Ombrith",
             "Sarnova", "Pellidor", "Trevanne", "Asketo", "Miravel", "Corvalis", "Hesperon"]
ORG_TYPES = ["Air", "Airlines", "Cargo", "Ground Handling", "Flight Academy", "Technics MRO", "Travel", "Aviation Services"]
PUBLIC = ["Amelia Earhart", "Louis Blériot", "Wilbur Wright", "Bessie Coleman", "Igor Sikorsky", "Santos-Dumont",
          "Chesley Sullenberger", "Jean Mermoz", "Yuri Gagarin", "Otto Lilienthal", "Beryl Markham", "Hanna Reitsch"]
EPONYMS = ["Charles de Gaulle Airport", "Leonardo da Vinci–Fiumicino", "Chopin Airport", "Marco Polo Airport",
           "Ataturk Airport", "Indira Gandhi International", "Ben Gurion Airport", "Frederic Chopin Street",
           "Lennon Airport", "Jorge Chavez International", "Sheremetyevo Pushkin"]
PLACEHOLDERS = ["Jane Doe", "Max Mustermann", "John Q. Public", "Erika Musterfrau", "PAX/TEST MR", "Mario Rossi",
                "SURNAME/GIVENNAME MS", "Ivan Ivanov", "Passenger A", "Crew Member X", "Xxxxxx Yyyyy"]


def invent(rng, syl, n=2):
    return "".join(rng.choice(syl) for _ in range(n)).capitalize()


def build_pools(rng, fz):
    pools = {}
    for code in LOCALES:
        d = LOC[code]
        syl = d["syl"]
        given = fz.filter(d["given"], lambda r: invent(r, syl, 2), 6, rng)
        sur = fz.filter(d["sur"], lambda r: invent(r, syl, 3), 6, rng)
        streets = fz.filter(d["streets"], lambda r: invent(r, syl, 3) + " {n}", 3, rng)
        cities = fz.filter(d["cities"], lambda r: invent(r, syl, 3), 2, rng)
        pools[code] = dict(given=given, sur=sur, streets=streets, cities=cities)
    orgs = fz.filter([f"{a} {b}" for a in ORG_PARTS for b in ORG_TYPES[:2]] + [f"{a} {b}" for a in ORG_PARTS for b in ORG_TYPES[2:]],
                     lambda r: invent(r, ["zor", "vel", "tam", "rix", "qua", "nor", "ith", "ven"], 3) + " " + r.choice(ORG_TYPES), 60, rng)
    public = fz.filter(PUBLIC, None, fallback=["the first transatlantic solo pilot"])
    eponyms = fz.filter(EPONYMS, None, fallback=["the airport named after the city's aviation pioneer"])
    placeholders = fz.filter(PLACEHOLDERS, lambda r: "[" + r.choice(["NAME", "PAX NAME", "CREW ID", "SURNAME/FIRST"]) + "]", 6, rng,
                             fallback=["__________", "<…>", "***"])
    return pools, orgs, public, eponyms, placeholders


# -------------------------------------------------------------------------------------------- identifiers
def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def brute(rng, base_fn, validator, checks="0123456789", cap=3000):
    for _ in range(cap):
        base = base_fn()
        for c in checks:
            if validator(base + c):
                return base + c
    raise SystemExit("identifier generation failed")


def must(ok, value):
    if not ok:
        raise SystemExit(f"invalid generated value: {value}")
    return value


def birth(rng):
    return rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28)


def gen_id(rng, code):
    """Returns (type, formatted value) for the locale's citizen / tax / health number."""
    y, m, d = birth(rng)
    if code == "en-US":
        v = brute(rng, lambda: f"{rng.randint(101, 665):03d}{rng.randint(10, 99)}{rng.randint(1000, 999)}"[:8] if False else
                  f"{rng.randint(101, 665):03d}{rng.randint(10, 99):02d}{rng.randint(100, 999):03d}", ssn.is_valid)
        return "ssn", must(ssn.is_valid(v), f"{v[:3]}-{v[3:5]}-{v[5:]}")
    if code == "en-GB":
        v = brute(rng, lambda: str(rng.randint(4, 6)) + _digits(rng, 8), nhs.is_valid)
        return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}"
    if code == "de-DE":
        v = brute(rng, lambda: str(rng.randint(1, 9)) + _digits(rng, 9), idnr.is_valid)
        return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if code == "fr-FR":
        base = f"{rng.randint(1, 2)}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        v = base + nir.calc_check_digits(base)
        must(nir.is_valid(v), v)
        return "NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    if code == "es-ES":
        b = _digits(rng, 8)
        v = b + dni.calc_check_digit(b)
        return "NATIONAL_ID", must(dni.is_valid(v), v)
    if code == "it-IT":
        cons = "BCDFGHLMNPRSTVZ"
        base = ("".join(rng.choice(cons) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
                + f"{d + rng.choice([0, 40]):02d}" + rng.choice(["H501", "F205", "L219", "A944"]))
        v = base + codicefiscale.calc_check_digit(base)
        return "TAX_ID", must(codicefiscale.is_valid(v), v)
    if code == "nl-NL":
        v = brute(rng, lambda: str(rng.randint(1, 6)) + _digits(rng, 7), bsn.is_valid)
        return "NATIONAL_ID", v
    if code == "pl-PL":
        mm = m + (20 if y >= 2000 else 0)
        base = f"{y % 100:02d}{mm:02d}{d:02d}" + _digits(rng, 4)
        v = base + pesel.calc_check_digit(base)
        return "NATIONAL_ID", must(pesel.is_valid(v), v)
    if code == "pt-BR":
        v = brute(rng, lambda: _digits(rng, 9), cpf.is_valid, [f"{i:02d}" for i in range(100)])
        return "TAX_ID", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if code == "sv-SE":
        v = brute(rng, lambda: f"{y % 100:02d}{m:02d}{d:02d}-{rng.randint(100, 999)}", personnummer.is_valid)
        return "NATIONAL_ID", v
    if code == "tr-TR":
        v = brute(rng, lambda: str(rng.randint(1, 9)) + _digits(rng, 8), tckimlik.is_valid, [f"{i:02d}" for i in range(100)])
        return "NATIONAL_ID", v
    if code == "ru-RU":
        v = brute(rng, lambda: rng.choice(["77", "50", "54", "78"]) + _digits(rng, 8), inn.is_valid, [f"{i:02d}" for i in range(100)])
        return "TAX_ID", v
    if code == "uk-UA":
        v = brute(rng, lambda: str(rng.randint(2, 3)) + _digits(rng, 8), rntrc.is_valid)
        return "TAX_ID", v
    if code == "el-GR":
        v = brute(rng, lambda: f"{d:02d}{m:02d}{y % 100:02d}" + _digits(rng, 4), amka.is_valid)
        return "NATIONAL_ID", v
    if code == "he-IL":
        v = brute(rng, lambda: str(rng.randint(0, 3)) + _digits(rng, 7), il_idnr.is_valid)
        return "NATIONAL_ID", v
    if code == "hi-IN":
        v = brute(rng, lambda: str(rng.randint(2, 9)) + _digits(rng, 10), aadhaar.is_valid)
        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"
    if code == "th-TH":
        v = brute(rng, lambda: str(rng.randint(1, 8)) + _digits(rng, 11), th_pin.is_valid)
        return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
    if code == "ko-KR":
        g = (1 if y < 2000 else 3) + rng.randint(0, 1)
        v = brute(rng, lambda: f"{y % 100:02d}{m:02d}{d:02d}{g}{rng.randint(0, 95):02d}" + _digits(rng, 3), rrn.is_valid)
        return "NATIONAL_ID", f"{v[:6]}-{v[6:]}"
    if code == "zh-CN":
        v = brute(rng, lambda: rng.choice(["110105", "310115", "440106", "510104"]) + f"{y}{m:02d}{d:02d}" + _digits(rng, 3),
                  ric.is_valid, "0123456789X")
        return "NATIONAL_ID", v
    return None


IBAN_FMT = {"DE": lambda r: _digits(r, 18), "GB": lambda r: r.choice(["NWBK", "BARC", "MIDL"]) + _digits(r, 14),
            "NL": lambda r: r.choice(["ABNA", "RABO", "INGB"]) + _digits(r, 10), "PL": lambda r: _digits(r, 24),
            "GR": lambda r: _digits(r, 23), "AE": lambda r: _digits(r, 19), "IL": lambda r: _digits(r, 19),
            "TR": lambda r: _digits(r, 5) + "0" + _digits(r, 16), "SE": lambda r: _digits(r, 20)}


def gen_iban(rng, cc):
    for _ in range(500):
        bban = IBAN_FMT[cc](rng)
        v = cc + s_iban.calc_check_digits(cc + "00" + bban) + bban
        if s_iban.is_valid(v):
            return s_iban.format(v)
    raise SystemExit("iban failed " + cc)


def gen_card(rng):
    base = rng.choice(["4", "51", "52", "53", "54", "55"])
    base = base + _digits(rng, 15 - len(base))
    v = base + luhn.calc_check_digit(base)
    must(luhn.is_valid(v) and v not in ("4111111111111111", "4242424242424242"), v)
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


def gen_aba(rng):
    base = rng.choice(["0", "1", "2", "3"]) + _digits(rng, 7)
    v = base + str(rtn.calc_check_digit(base))
    must(rtn.is_valid(v), v)
    return f"routing {v}, acct {_digits(rng, rng.randint(8, 12))}"


def gen_phone(rng, region, ext=False):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(400):
        cand = nat[:3] + _digits(rng, len(nat) - 3)
        num = phonenumbers.parse(cand, region)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            fmt = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                              phonenumbers.PhoneNumberFormat.E164])
            s = phonenumbers.format_number(num, fmt)
            if ext:
                s += rng.choice([" ext. ", " x", " доб. " if region in ("RU", "UA") else " ext "]) + str(rng.randint(100, 4999))
            return s
    raise SystemExit("phone failed " + region)


def gen_ip(rng):
    for _ in range(200):
        ip = f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ipaddress.ip_address(ip).is_global:
            return ip
    raise SystemExit("ip failed")


ASCII_MAIL = ["tanglewood", "skyhopper", "n.k.travels", "bluepeak", "orbit.fan", "jumpseat", "mango.tree", "lazy.rotor"]
MAIL_DOM = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "mail.ru", "naver.com", "qq.com", "hotmail.fr", "icloud.com"]


class Person:
    def __init__(self, rng, code, pools):
        p = pools[code]
        self.code = code
        self.given = rng.choice(p["given"])
        self.sur = rng.choice(p["sur"])
        sep = "" if LOC[code]["script"] in ("Han", "Kana", "Hangul") else " "
        self.name = (self.sur + sep + self.given) if LOC[code]["order"] == "sg" else (self.given + sep + self.sur)
        y, m, d = birth(rng)
        self.dob = rng.choice([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"]) if code != "en-US" else f"{m:02d}/{d:02d}/{y}"
        self.phone = gen_phone(rng, LOC[code]["region"], ext=rng.random() < 0.12)
        self.email = f"{rng.choice(ASCII_MAIL)}{rng.randint(7, 98)}@{rng.choice(MAIL_DOM)}"
        self.addr = rng.choice(p["streets"]).format(n=rng.randint(2, 188)) + ", " + rng.choice(p["cities"])
        self.pnr_name = None


# -------------------------------------------------------------------------------------- documents by kind
KINDS = ["crew_roster", "crew_control", "lost_found", "pax_complaint", "special_assistance", "cargo_handling",
         "flight_school", "maintenance_log", "travel_booking"]
WHO = {"crew_roster": ("crew scheduler", "You help an airline crew planning team draft roster messages."),
       "crew_control": ("crew controller", "You are the assistant of an airline Operations Control Centre. Be concise."),
       "lost_found": ("lost & found clerk", "You help the airport lost property office log and match items."),
       "pax_complaint": ("passenger", "You are an airline customer-relations writing assistant."),
       "special_assistance": ("PRM coordinator", "You assist the PRM (passengers with reduced mobility) desk."),
       "cargo_handling": ("cargo agent", "You assist a ground handling and air cargo team with documents."),
       "flight_school": ("flight instructor", "You help a flight training organisation (ATO) with student files."),
       "maintenance_log": ("licensed engineer", "You help Part-145 maintenance staff write tech log entries."),
       "travel_booking": ("travel agent", "You assist travel agents working in a GDS booking tool.")}
ASKS = ["summarise this", "draft a polite reply", "turn this into JSON", "translate to English", "fix grammar pls",
        "classify urgency", "extract the key fields", "write a handover note from this", "check what's missing"]
FLT = ["KQ", "ZV", "QO", "WJ", "UX", "JN"]


def flight(rng):
    return f"{rng.choice(FLT)}{rng.randint(100, 2999)}"


def pnr(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def tail(rng):
    return rng.choice(["D-A", "G-E", "F-H", "EC-N", "SP-L", "TC-J", "VT-K", "HS-T", "HL8", "JA8"]) + "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(2 if rng.random() < 0.5 else 3))


def sensitive_doc(rng, kind, code, pools, orgs):
    """Returns (text, issued [(type, value)], style tag)."""
    L = LOC[code]
    lab = L["lab"]
    P = Person(rng, code, pools)
    issued = [("PERSON", P.name)]
    org = rng.choice(orgs)
    f = flight(rng)
    lines = []
    extra = []
    if kind == "crew_roster":
        lines = [f"Swap request {org} crew planning, bid period {rng.choice(['MAR', 'APR', 'JUL', 'OCT'])}",
                 f"{lab[0]}: {P.name} (F/O, staff no. {rng.randint(10000, 99999)})",
                 f"wants to swap {f} LHR-{rng.choice(['ATH', 'WAW', 'IST', 'ICN'])} D{rng.randint(1, 28)} against SBY AM; FTL ok, rest 12h",
                 f"{lab[1]}: {P.phone}"]
        issued.append(("PHONE_NUMBER", P.phone))
        if rng.random() < 0.4:
            lines.append(f"private mail {P.email}")
            issued.append(("EMAIL_ADDRESS", P.email))
    elif kind == "crew_control":
        lines = [f"OCC log {rng.randint(1, 23):02d}:{rng.randint(0, 59):02d}Z — sick call, {f} tomorrow 06:10",
                 f"CCM {P.name} called in unfit, GP note to follow. reach her at {P.phone}",
                 "Need replacement from HSBY, check duty limits, ACM1 still legal"]
        issued.append(("PHONE_NUMBER", P.phone))
        if rng.random() < 0.4:
            lines.append(f"{lab[2]} for taxi pickup: {P.addr}")
            issued.append(("LOCATION", P.addr))
    elif kind == "lost_found":
        lines = [f"LF-{rng.randint(2024, 2026)}-{rng.randint(10000, 99999)} item report",
                 L["nat"][1], f"{lab[0]}: {P.name}", f"{lab[1]}: {P.phone}", f"{lab[2]}: {P.addr}",
                 f"flight {f}, seat {rng.randint(1, 38)}{rng.choice('ABCDEF')}"]
        issued += [("PHONE_NUMBER", P.phone), ("LOCATION", P.addr)]
    elif kind == "pax_complaint":
        lines = [L["nat"][0], f"{f} booking ref {pnr(rng)}", f"{lab[0]}: {P.name}", f"email {P.email}"]
        issued.append(("EMAIL_ADDRESS", P.email))
        r = rng.random()
        if r < 0.35 and code in ("de-DE", "nl-NL", "pl-PL", "gr", "tr-TR", "el-GR", "ar-AE", "he-IL", "sv-SE", "en-GB"):
            cc = {"de-DE": "DE", "nl-NL": "NL", "pl-PL": "PL", "tr-TR": "TR", "el-GR": "GR", "ar-AE": "AE",
                  "he-IL": "IL", "sv-SE": "SE", "en-GB": "GB"}[code]
            ib = gen_iban(rng, cc)
            lines.append(f"please refund to IBAN {ib}")
            issued.append(("IBAN_CODE", ib))
        elif r < 0.55:
            c = gen_card(rng)
            lines.append(f"paid with card {c}, exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}")
            issued.append(("CREDIT_CARD", c))
        elif r < 0.7 and code == "en-US":
            a = gen_aba(rng)
            lines.append(f"ACH refund: {a}")
            issued.append(("US_BANK_NUMBER", a))
    elif kind == "special_assistance":
        mrn = f"MRN {rng.randint(1000000, 9999999)}"
        lines = [f"PRM request {f}: WCHC, own manual wheelchair (dry cell), needs aisle chair",
                 f"{lab[0]}: {P.name}", f"{lab[3]}: {P.dob}", f"escort: my {rng.choice(['sister', 'son', 'husband', 'daughter'])} "
                 f"{rng.choice(pools[code]['given'])}", f"{lab[1]}: {P.phone}"]
        issued += [("DATE_TIME", P.dob), ("PHONE_NUMBER", P.phone)]
        if rng.random() < 0.45:
            lines.append(f"hospital discharge letter ref {mrn} attached (MEDIF)")
            issued.append(("MEDICAL_RECORD", mrn))
        issued.append(("PERSON", lines[3].split(" ", 3)[-1].strip()))
    elif kind == "cargo_handling":
        awb = f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
        lines = [f"AWB {awb} {rng.randint(1, 40)} pcs {rng.randint(20, 900)} kg, {org}",
                 f"Consignee (private import, personal effects): {P.name}", f"{lab[2]}: {P.addr}",
                 f"notify: {P.phone}", "customs hold — need ID copy of consignee"]
        issued += [("LOCATION", P.addr), ("PHONE_NUMBER", P.phone)]
    elif kind == "flight_school":
        lines = [f"{org} — PPL(A) student file", f"{lab[0]}: {P.name}", f"{lab[3]}: {P.dob}",
                 f"Class 2 medical valid; solo nav ok; skills test booked", f"{lab[1]}: {P.phone}"]
        issued += [("DATE_TIME", P.dob), ("PHONE_NUMBER", P.phone)]
    elif kind == "maintenance_log":
        lines = [f"TLB {tail(rng)} p.{rng.randint(100, 999)}: #2 ENG oil press fluct, MEL 79-31-01 cat C applied",
                 f"CRS signed by B1 engineer {P.name}, lic. {rng.choice(['UK', 'DE', 'PL', 'TR'])}.66.{rng.randint(10000, 99999)}",
                 f"engineer mobile {P.phone}"]
        issued.append(("PHONE_NUMBER", P.phone))
    elif kind == "travel_booking":
        lines = [f"PNR {pnr(rng)}  1.1{P.sur.upper()}/{P.given.upper()}", f"  1 {f} Y {rng.randint(1, 28)}{rng.choice(['MAR', 'JUN', 'NOV'])} HK1",
                 f"SSR DOCS HK1 P/{L['region']}/.../{P.dob}", f"SSR CTCM {P.phone}", f"SSR CTCE {P.email}"]
        issued = [("PERSON", f"{P.sur.upper()}/{P.given.upper()}"), ("DATE_TIME", P.dob), ("PHONE_NUMBER", P.phone), ("EMAIL_ADDRESS", P.email)]
    idv = gen_id(rng, code)
    if idv and kind in ("flight_school", "special_assistance", "cargo_handling", "pax_complaint", "crew_control") and rng.random() < 0.6:
        lines.append(f"ID: {idv[1]}")
        issued.append(idv)
    if kind in ("pax_complaint", "travel_booking") and rng.random() < 0.2:
        ip = gen_ip(rng)
        lines.append(f"web form submitted from {ip}")
        issued.append(("IP_ADDRESS", ip))
    return "\n".join(lines), issued, P


def incidental_doc(rng, kind, code, pools, orgs):
    """Benign-looking text with one incidental item."""
    L = LOC[code]
    P = Person(rng, code, pools)
    choice = rng.randrange(4)
    if choice == 0:
        item = ("PERSON", rng.choice(pools[code]["given"]))
        tail_ = f"(ask the new ramp agent {item[1]}, she knows the ULD codes)"
    elif choice == 1:
        item = ("PHONE_NUMBER", P.phone)
        tail_ = f"if anything is unclear text me on {P.phone}"
    elif choice == 2:
        item = ("DATE_TIME", P.dob)
        tail_ = f"(my daughter travelling solo is UM, born {P.dob})"
    else:
        item = ("PERSON", rng.choice(pools[code]["given"]))
        tail_ = f"p.s. my husband {item[1]} will collect the item"
    text = benign_doc(rng, kind, code, pools, orgs)[0] + "\n" + tail_
    return text, [item]


PUBLIC_MAILBOXES = ["customer.relations@{d}", "lostproperty@{d}", "prm.desk@{d}", "crewcontrol-ops@{d}", "cargo.import@{d}"]


def benign_doc(rng, kind, code, pools, orgs, ctx=None):
    L = LOC[code]
    org = rng.choice(orgs)
    dom = org.split()[0].lower() + ".example.com"
    f = flight(rng)
    pub, epo, ph = ctx or (["Amelia Earhart"], ["Chopin Airport"], ["[NAME]"])
    v = rng.randrange(6)
    if kind == "crew_roster":
        lines = [f"Bid period summary {org}: 412 crew, 38 swap requests, 91% granted", f"open trips: {f}, {flight(rng)} (SBY cover)",
                 f"Roster queries: {rng.choice(PUBLIC_MAILBOXES).format(d=dom)}", "FTL reminder: max 13h FDP, 2 sectors, WOCL rules apply"]
    elif kind == "crew_control":
        lines = [f"OCC log: {f} delayed 47 min, tech (ACARS msg), reroute via {rng.choice(epo)}",
                 f"Crew of {f}: CPT + F/O + 3 CCM, all within limits (names on ops system only)", "ops hotline switchboard +44 20 7946 0000"]
    elif kind == "lost_found":
        lines = [L["nat"][2], f"Found items this week: 214 (83 phones, 41 jackets), case LF-{rng.randint(10000, 99999)}",
                 f"template: {L['lab'][0]}: {rng.choice(ph)} | {L['lab'][1]}: ______", f"contact: {rng.choice(PUBLIC_MAILBOXES).format(d=dom)}"]
    elif kind == "pax_complaint":
        lines = [L["nat"][0], f"booking ref {pnr(rng)}, flight {f}", "I don't want to share my details here, just tell me my rights under EU261",
                 f"Airline press release quoted CEO statement; story compared it to {rng.choice(pub)}'s first crossing"]
    elif kind == "special_assistance":
        lines = ["PRM stats Q3: WCHR 1,204 / WCHS 388 / WCHC 97 / BLND 41 / DEAF 23", f"SSR codes guide for {org}",
                 f"emergency on airside: dial 112 / 911", f"example request: {L['lab'][0]}: {rng.choice(ph)}, WCHR, flight {f}"]
    elif kind == "cargo_handling":
        lines = [f"AWB {rng.randint(100, 999)}-{rng.randint(1000000, 9999999)} {rng.randint(1, 40)} pcs, shipper {org}, consignee {rng.choice(orgs)}",
                 f"DGR: UN3481 PI967 sec II, {rng.randint(2, 12)} ULD PMC", f"handling office tel +1 202 555 0{rng.randint(100, 199)}",
                 f"ULD tracker portal https://{dom}/track?awb={rng.randint(1000000, 9999999)}"]
    elif kind == "flight_school":
        lines = [f"{org} ATO syllabus: PPL(A) 45h min, 10h solo, 150nm cross-country", f"Lecture: the legacy of {rng.choice(pub)}",
                 "Student form fields: name, DOB, licence no., medical class (leave blank)", f"admissions@{dom}"]
    elif kind == "maintenance_log":
        lines = [f"TLB {tail(rng)}: hyd sys 2 qty low, serviced, leak check nil, MEL closed", f"AMM 29-11-00 ref, WO-{rng.randint(100000, 999999)}",
                 f"CRS issued by {org} (Part-145 approval {rng.choice(['UK', 'DE', 'PL'])}.145.{rng.randint(100, 999)})", "test IP for ACARS sim: 192.0.2.44"]
    else:
        lines = [f"PNR {pnr(rng)}  1.1{rng.choice(['DOE/JANE MS', 'TEST/PAX MR', 'SAMPLE/ADULT MR'])}", f"  1 {f} Y 12OCT HK1",
                 "FP CC 4111111111111111 (sandbox test card)", f"agency IATA no. {rng.randint(10000000, 99999999)}, GDS test env 2001:db8::7"]
    if v == 0:
        lines.append(f"signed, Customer Service Team, {org}")
    return "\n".join(lines), []


# ----------------------------------------------------------------------------------------------- placement
PLACEMENTS = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_call",
              "response_format", "user_field", "stop", "prediction", "metadata"]


def place(rng, placement, doc, sysmsg, ask, kind, extra_value=None):
    body = {"model": rng.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"])}
    msgs = [{"role": "system", "content": sysmsg}]
    if placement == "user":
        msgs.append({"role": "user", "content": f"{ask}\n\n{doc}"})
    elif placement == "system":
        msgs[0]["content"] = sysmsg + "\n\nCase file:\n" + doc
        msgs.append({"role": "user", "content": ask})
    elif placement == "assistant":
        msgs += [{"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": "Received:\n" + doc},
                 {"role": "user", "content": ask}]
    elif placement == "tool":
        msgs += [{"role": "user", "content": f"pull the record and {ask}"},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                  "function": {"name": "fetch_record", "arguments": json.dumps({"kind": kind})}}]},
                 {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif placement == "text_part":
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]})
    elif placement == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {
            "filename": f"{kind}_{rng.randint(100, 999)}.txt", "file_data": f"data:text/plain;base64,{data}"}}]})
    elif placement == "image_url":
        q = urllib.parse.quote(doc.replace("\n", " | ")[:600], safe="")
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask + " (scan attached)"},
                     {"type": "image_url", "image_url": {"url": f"https://scans.example-ops.net/view?doc={q}&fmt=png"}}]})
    elif placement == "tool_def":
        body["tools"] = [{"type": "function", "function": {"name": f"file_{kind}", "description": "Context record:\n" + doc,
                          "parameters": {"type": "object", "properties": {"summary": {"type": "string"}}}}}]
        msgs.append({"role": "user", "content": ask})
    elif placement == "tool_call":
        msgs += [{"role": "user", "content": ask},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function",
                  "function": {"name": f"save_{kind}", "arguments": json.dumps({"record": doc}, ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": "call_7", "content": "saved"}, {"role": "user", "content": "now confirm it"}]
    elif placement == "response_format":
        first = doc.split("\n")
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": kind, "schema": {"type": "object",
            "description": "Extract from: " + doc, "properties": {"field": {"type": "string", "enum": first[:3],
            "examples": first[-2:]}}}}}
        msgs.append({"role": "user", "content": ask})
    elif placement == "prediction":
        body["prediction"] = {"type": "content", "content": doc}
        msgs.append({"role": "user", "content": ask + ", keep the same structure"})
    elif placement == "metadata":
        body["store"] = True
        parts = doc.split("\n")
        body["metadata"] = {f"line_{i}": p[:500] for i, p in enumerate(parts[:16])}
        msgs.append({"role": "user", "content": ask + " — the record is attached in metadata"})
    else:  # user_field / stop: the doc goes to the user message, plus one value in the field
        msgs.append({"role": "user", "content": f"{ask}\n\n{doc}"})
        if extra_value:
            if placement == "user_field":
                body["user"] = extra_value
            else:
                body["stop"] = [extra_value, "\n###"]
    body["messages"] = msgs
    return body


def completions_body(rng, doc, ask):
    return {"model": rng.choice(["gpt-3.5-turbo-instruct", "hybridgate/auto"]), "prompt": f"{doc}\n\n### {ask}:\n",
            "max_tokens": rng.choice([256, 400, 512])}


def walk_strings(o, out):
    if isinstance(o, str):
        out.append(o)
        if o.startswith("data:") and ";base64," in o:
            out.append(base64.b64decode(o.split(";base64,", 1)[1]).decode("utf-8"))
        if "://" in o or "%" in o:
            out.append(urllib.parse.unquote(o))
        if o[:1] in "{[":
            try:
                walk_strings(json.loads(o), out)
            except ValueError:
                pass
    elif isinstance(o, dict):
        for k in sorted(o):
            out.append(k)
            walk_strings(o[k], out)
    elif isinstance(o, list):
        for x in o:
            walk_strings(x, out)


def label(body, issued):
    strs = []
    walk_strings(body, strs)
    hay = "\n".join(strs)
    ser = json.dumps(body, ensure_ascii=False)
    ents, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        if v in hay or v in ser:
            ents.append({"type": t, "value": v})
            seen.add((t, v))
    return ents


# ---------------------------------------------------------------------------------------------------- PII
def make_pii(rng, pools, orgs, ctx):
    recs = []
    n_incidental = 0
    i = 0
    for kind in KINDS:
        for j in range(55):
            code = LOCALES[(i * 7 + j) % len(LOCALES)]
            i += 1
            sens = j < 32
            who, sysmsg = WHO[kind]
            ask = rng.choice(ASKS)
            placement = PLACEMENTS[(i * 5 + j) % len(PLACEMENTS)]
            endpoint = "completions" if (i % 10 == 3) else "chat"
            style = [who, placement if endpoint == "chat" else "prompt"]
            extra = None
            if sens:
                if j < 4:
                    doc, issued = incidental_doc(rng, kind, code, pools, orgs)
                    style.append("incidental")
                else:
                    doc, issued, P = sensitive_doc(rng, kind, code, pools, orgs)
                    if placement in ("user_field", "stop"):
                        extra = P.email if placement == "user_field" else P.name
                        issued.append(("EMAIL_ADDRESS" if placement == "user_field" else "PERSON", extra))
            else:
                doc, issued = benign_doc(rng, kind, code, pools, orgs, ctx)
                if placement == "user_field":
                    extra = f"agent-{rng.randint(1000, 9999)}"
                elif placement == "stop":
                    extra = "END OF RECORD"
                style.append(rng.choice(["stats", "template", "public", "reference"]))
            body = completions_body(rng, doc, ask) if endpoint == "completions" else place(rng, placement, doc, sysmsg, ask, kind, extra)
            ents = label(body, issued)
            if sens and not ents:
                raise SystemExit(f"sensitive record lost all values: {kind} {placement}")
            if not sens:
                assert not ents
            if sens and style[-1] == "incidental":
                n_incidental += 1
            s = bool(ents)
            assert s == sens
            recs.append({"category": kind if sens else kind + "_benign", "sensitive": s, "entities": ents,
                         "endpoint": endpoint, "lang": code, "style": " · ".join(style), "body": body})
    rng.shuffle(recs)
    out = []
    for k, r in enumerate(recs, 1):
        out.append({"id": f"{SPLIT}-pii-{k:04d}", **r})
    return out, n_incidental


# ---------------------------------------------------------------------------------------------- complexity
CX_LANG = {
 "en": ("Convert this to CSV, same columns, nothing else.", "Analyse this and propose a recovery plan; justify each trade-off.", "hi, what does {x} stand for?", "Reason it through: {p}"),
 "de-DE": ("Bitte als CSV ausgeben, Spalten unverändert.", "Analysiere das und schlage einen Recovery-Plan vor, begründe die Abwägungen.", "Hallo, wofür steht {x}?", "Denk das bitte durch: {p}"),
 "fr-FR": ("Mets ça en CSV, mêmes colonnes.", "Analyse et propose un plan de reprise, justifie chaque arbitrage.", "Bonjour, que veut dire {x} ?", "Raisonne étape par étape : {p}"),
 "es-ES": ("Pásalo a CSV con las mismas columnas.", "Analiza y propone un plan de recuperación justificando cada decisión.", "Hola, ¿qué significa {x}?", "Razónalo: {p}"),
 "it-IT": ("Convertilo in CSV, stesse colonne.", "Analizza e proponi un piano di recupero motivando i compromessi.", "Ciao, cosa significa {x}?", "Ragiona passo passo: {p}"),
 "pl-PL": ("Zamień na CSV, te same kolumny.", "Przeanalizuj i zaproponuj plan naprawczy, uzasadnij kompromisy.", "Cześć, co znaczy {x}?", "Przemyśl to: {p}"),
 "pt-BR": ("Converte pra CSV, mesmas colunas.", "Analisa e propõe um plano de recuperação justificando as escolhas.", "Oi, o que significa {x}?", "Raciocina: {p}"),
 "tr-TR": ("Bunu CSV'ye çevir, sütunlar aynı kalsın.", "Analiz et ve gerekçeli bir toparlanma planı öner.", "Merhaba, {x} ne demek?", "Adım adım düşün: {p}"),
 "ru-RU": ("Переведи в CSV, колонки те же.", "Проанализируй и предложи план восстановления, обоснуй компромиссы.", "Привет, что значит {x}?", "Рассуди по шагам: {p}"),
 "el-GR": ("Μετάτρεψέ το σε CSV, ίδιες στήλες.", "Ανάλυσε και πρότεινε σχέδιο ανάκαμψης με αιτιολόγηση.", "Γεια, τι σημαίνει {x};", "Σκέψου βήμα βήμα: {p}"),
 "ar-AE": ("حوّل هذا إلى CSV بنفس الأعمدة.", "حلّل واقترح خطة تعافٍ مع تبرير كل موازنة.", "مرحبا، ماذا يعني {x}؟", "فكّر خطوة بخطوة: {p}"),
 "he-IL": ("המר ל-CSV, אותן עמודות.", "נתח והצע תוכנית התאוששות עם נימוק לכל פשרה.", "היי, מה זה {x}?", "חשוב שלב אחר שלב: {p}"),
 "hi-IN": ("इसे CSV में बदल दो, कॉलम वही रखो।", "विश्लेषण करो और रिकवरी प्लान सुझाओ, हर फ़ैसले का कारण बताओ।", "नमस्ते, {x} का मतलब क्या है?", "सोचकर बताओ: {p}"),
 "zh-CN": ("把这个转成CSV，列不变。", "请分析并提出恢复方案，说明每个取舍的理由。", "你好，{x}是什么意思？", "请一步步推理：{p}"),
 "ja-JP": ("これをCSVに変換して、列はそのままで。", "分析して回復計画を提案し、各判断の理由を述べて。", "こんにちは、{x}って何の略？", "順を追って考えて：{p}"),
 "ko-KR": ("이걸 CSV로 바꿔줘, 열은 그대로.", "분석하고 복구 계획을 제안해줘, 각 선택의 근거도.", "안녕, {x}가 뭐야?", "단계별로 생각해줘: {p}"),
}
ABBR = ["MEL", "WCHR", "ETOPS", "NOTAM", "ULD", "FDP", "CRS", "AOG", "PNR", "SSR", "MCT", "QRH"]
HARD_P = [
 "inbound {f} is 52 min late into the hub, MCT is 45 min, 38 pax connect onto two outbound waves, crew of the outbound would hit max FDP if we hold 30 min. Hold, swap aircraft, or misconnect — which minimises total pax delay and EU261 exposure?",
 "an A320 has an inop APU under MEL cat C and the next station has no GPU after 22:00; the rotation has 4 sectors with 25-min turns. Replan the rotation and explain the risks.",
 "a student has 38.5 h total, 8 h solo, and the ATO wants the skills test in 10 days with weather risk 40% per day; design a training plan that still meets the 45 h/10 h minima.",
 "two freighters, 14 PMC positions each, 19 ULDs with DG constraints (UN3481 not adjacent to UN1845, max 3 per side). Find a load plan and prove it respects the segregation.",
 "our crew pairing has 6 reserve pilots for 41 departures with a 7% sick rate; estimate the probability we run short on a day and propose a reserve policy.",
 "a passenger was denied boarding on a 2,800 km flight, rerouted with 3h40 delay at arrival; another on the same PNR missed a connection on a separate ticket. Work out compensation under EU261 for both and explain the edge cases.",
]


def table(rng, n, kind):
    rows = []
    for i in range(n):
        if kind == 0:
            rows.append(f"{i + 1}. {flight(rng)} | {rng.choice(['FRA', 'WAW', 'ICN', 'BKK', 'GRU', 'DXB'])}-{rng.choice(['ATH', 'IST', 'NRT', 'TLV', 'DEL'])} | STD {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} | gate {rng.choice('ABCDE')}{rng.randint(1, 40)} | {rng.choice(['on time', 'delayed', 'boarding', 'closed'])}")
        elif kind == 1:
            rows.append(f"{i + 1}. LF-{rng.randint(10000, 99999)} | {rng.choice(['umbrella', 'phone', 'passport cover', 'headphones', 'jacket', 'tablet'])} | found {rng.choice(['T1', 'T2', 'pier C', 'bus 3'])} | shelf {rng.choice('ABCDEF')}{rng.randint(1, 9)}")
        else:
            rows.append(f"{i + 1}. {tail(rng)} | task {rng.randint(10, 79)}-{rng.randint(10, 99)}-{rng.randint(0, 9)}0 | due {rng.randint(100, 9000)} FH | status {rng.choice(['open', 'closed', 'deferred'])}")
    return "\n".join(rows)


def make_complexity(rng):
    langs = list(CX_LANG)
    cats = [("short_simple", 0, False)] * 48 + [("long_easy", 0, True)] * 48 + [("short_hard", 1, True)] * 48 + [("long_hard", 1, False)] * 46
    recs = []
    for i, (cat, lab, adv) in enumerate(cats):
        lang = langs[(i * 5) % len(langs)]
        easy, hard, simple, hardq = CX_LANG[lang]
        sysm = rng.choice(["You are an airline operations assistant.", "You help airport staff.", "You assist a flight school."])
        if cat == "short_simple":
            txt = simple.format(x=rng.choice(ABBR)) if rng.random() < 0.7 else f"{simple.format(x=rng.choice(ABBR))} thx"
            style = "lookup"
        elif cat == "long_easy":
            t = ""
            while len(t) < 1600:
                t += table(rng, 10, i % 3) + "\n"
            txt = easy + "\n\n" + t
            style = "reformat"
        elif cat == "short_hard":
            txt = hardq.format(p=rng.choice(HARD_P).format(f=flight(rng)))
            style = "reasoning"
        else:
            t = table(rng, rng.randint(12, 30), i % 3)
            txt = hard + "\n\n" + t + "\n\nconstraints: " + rng.choice(HARD_P).format(f=flight(rng))
            style = "analysis"
        if cat == "long_easy":
            assert len(txt) >= 1500
        body = {"model": "hybridgate/auto", "messages": [{"role": "system", "content": sysm}, {"role": "user", "content": txt}]}
        recs.append({"category": cat, "label": lab, "length_adversarial": adv, "endpoint": "chat", "lang": lang,
                     "style": style, "body": body})
    rng.shuffle(recs)
    return [{"id": f"{SPLIT}-cx-{k:04d}", **r} for k, r in enumerate(recs, 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    fz = Freezer()
    pools, orgs, public, eponyms, placeholders = build_pools(rng, fz)
    print(f"freeze: {len(fz.frozen)} frozen words, {fz.dropped} pool entries dropped and refilled")
    pii, n_inc = make_pii(rng, pools, orgs, (public, eponyms, placeholders))
    cx = make_complexity(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {sens} sensitive ({sens / len(pii):.0%}), {len(pii) - sens} benign, "
          f"{n_inc} incidental, endpoints {dict(sorted(collections.Counter(r['endpoint'] for r in pii).items()))}, "
          f"{len(set(r['lang'] for r in pii))} locales, {len(set(LOC[c]['script'] for c in LOCALES))} scripts")
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records, {dict(sorted(collections.Counter(r['category'] for r in cx).items()))}, "
          f"{sum(r['length_adversarial'] for r in cx)} length-adversarial, {sum(r['label'] for r in cx)} label 1, "
          f"{len(set(r['lang'] for r in cx))} language tags")


if __name__ == "__main__":
    main()
