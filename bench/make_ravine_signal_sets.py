#!/usr/bin/env python3
"""Ravine: a blind evaluation split for the request signals, set in AGRICULTURE, FARMING AND VETERINARY CARE.

Writes bench/data/signals/pii_ravine.jsonl and bench/data/signals/complexity_ravine.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body).

World
    Farms and smallholdings, agricultural co-operatives and contractors, livestock markets and abattoirs,
    veterinary practices (farm and companion animals), animal welfare and rescue, subsidy and land-registry
    paperwork, agronomists, seed and feed suppliers, farm workers and seasonal labour -- and the people and
    software that pipe their texts through an LLM-backed assistant.

How it was written
    Blind: its author read only the brief, the first 70 lines of the delta generator (record schema and label
    conventions) and the first two lines of the two delta jsonl files. No detector, test, evaluator, policy,
    result, doc or commit history was read. The other generators were never read: at run time their sources
    are scanned automatically (FROZEN_AGAINST) and every pool entry of this file (people, streets, localities,
    farms and organisations, placeholders, historical names) sharing a word or non-ASCII bigram with them is
    dropped and refilled from invented locale-typical syllables (capped); the run prints how many.

Organising principle
    By the KIND of message the world produces -- vet_intake, market_letter (livestock market / abattoir /
    buyer correspondence), scheduling (contractors, TB tests, shearing, seasonal crews), welfare_complaint,
    internal_note, export (payroll, herd and member exports), public_notice, subsidy_form (subsidy and land
    registry paperwork) and chat -- each with sensitive and benign variants, in 21 locales and 10 scripts
    (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul), with the world's jargon
    (CPH, BCMS, SFI, withdrawal periods, BCS, DM/ha, ear tags), abbreviations, typos and code-switching.

    Where the line was drawn: a PRIVATE person of the world (farmer, owner, worker, complainant, vet client)
    identified by name (also a first name with a role / relation cue), personal phone, personal e-mail, home
    address, birth date, citizen / tax / health numbers, bank account, IBAN, card, or a private user's public
    IP is personal data. Not personal data (benign hard negatives of the same world): historical scientists
    and breeders and eponyms (Pasteur pipette, Mendel, Gram stain), brands named after people, organisations'
    switchboards and role mailboxes, emergency numbers, CPH holding numbers, ear tags, lot / invoice / order /
    case / movement references, co-op registration numbers, RFC 5737 / 3849 addresses, example.com, test
    card numbers, placeholders (Jane Doe, Max Mustermann, [NAME]), blank forms and aggregated reports.
    Animal names and animal identifiers are never personal data here.

Labels
    ``entities`` is a list of {"type", "value"}: every value the record issued that is found by searching
    the serialised body (base64 file parts decoded, URLs unquoted). ``sensitive`` is true iff it is
    non-empty (asserted). Types: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, LOCATION (home address), DATE_TIME
    (birth date), ssn (US only), NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, MEDICAL_RECORD, US_BANK_NUMBER,
    IBAN_CODE, CREDIT_CARD, IP_ADDRESS. About 12% of sensitive records carry one incidental item only.
    Complexity: short_simple (0), long_easy (0, >= 1,500 chars), short_hard (1), long_hard (1);
    short_hard and long_easy are length_adversarial.

Contents (seed 48150372)
    pii_ravine.jsonl: 504 requests (454 chat, 50 completions), 9 kinds x 56 (33 sensitive + 23 benign each):
    297 sensitive (58.9%) / 207 benign; 36 sensitive ones carry a single incidental item; 21 locales in 10
    scripts. complexity_ravine.jsonl: 192 chat requests in 19 language tags, 48 per category (short_simple,
    long_easy, short_hard, long_hard); 96 length-adversarial, 96 labelled 1. The freeze dropped 537 pool
    entries (refilled from invented syllables where the pool allows). The run prints all counts.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (SSN, ABA, NHS,
    Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat Zehut,
    Aadhaar, Thai PIN, RRN, Chinese RIC, IBAN, Luhn); every phone number is valid for its region with
    ``phonenumbers``; IPs are global. The run aborts on an invalid value; every retry loop is capped.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_ravine_signal_sets.py [--seed 48150372] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import ipaddress
import json
import pathlib
import re
import random
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.us import ssn as us_ssn, rtn as us_rtn
from stdnum.gb import nhs
from stdnum.de import idnr
from stdnum.fr import nir
from stdnum.es import dni
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.br import cpf
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.ru import inn
from stdnum.ua import rntrc
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.th import pin as th_pin
from stdnum.kr import rrn
from stdnum.cn import ric

SPLIT = "ravine"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 48150372

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


EXEMPT = set("""street st road rd lane ln way farm rue chemin route via strada contrada calle camino carrer straat weg
dijk ulica ul al rua estrada gatan vägen väg sokak caddesi cad mahallesi mah yolu улица ул вулиця вул проспект пер
οδός οδ شارع רחוב רח मार्ग गली नगर ถนน ซอย หมู่ 路 街 号 村 丁目 番地 길 로 리 동 de la le du des van der den von
zu del da di do dos das e y och i w na и в the of and an a ve co coop ltd gmbh sa srl bv spa ab as ooo тов llc inc
""".split())

DROPPED = collections.Counter()


class Freeze:
    def __init__(self):
        self.words = frozen_words()

    def ok(self, entry: str) -> bool:
        toks = [t.lower() for t in WORD.findall(entry)]
        prev_non = None
        for t in toks:
            if t in EXEMPT or t.isdigit():
                prev_non = None
                continue
            if t in self.words or (t.capitalize().lower() in self.words):
                return False
            if any(ord(c) > 127 for c in t):
                if prev_non is not None and (prev_non + " " + t) in self.words:
                    return False
                prev_non = t
            else:
                prev_non = None
        return True

    def pool(self, tag, entries, refill, rng, want=None, cap=400):
        want = len(entries) if want is None else want
        kept = []
        for e in entries:
            if self.ok(e) and e not in kept:
                kept.append(e)
            else:
                DROPPED[tag] += 1
        tries = 0
        while refill is not None and len(kept) < want and tries < cap:
            tries += 1
            e = refill(rng)
            if self.ok(e) and e not in kept:
                kept.append(e)
        if not kept:
            raise SystemExit(f"pool {tag} empty after freeze")
        return kept


# ---------------------------------------------------------------- locales
# script, phone region, first names, surnames, syllables (for refill), street pattern, localities, id kind,
# iban country, date format, lexicon
L = {}


def loc(tag, **kw):
    L[tag] = kw


loc("en-GB", script="Latin", region="GB", first="Gethin Rhodri Morag Ailsa Bronwen Tamsin Hamish Carys Eifion Lowri".split(),
    last="Prothero Tregarthen Ashbrook Pengelly Mottram Hedley Cawthorne Ruddock Blenkinsop Treharne".split(),
    syl="bra cken wyn tor ley ham mar bry dun esk holm ford".split(),
    streets=["{n} Drove", "{n} Lane", "Back {n} Road"], towns=["Llanwyddan", "Brackenthwaite", "Upper Coldmarsh", "Hatherfold", "Penrhosgarn"],
    pc=lambda r: f"{r.choice(['SY','LD','CA','EX','TD'])}{r.randint(1,23)} {r.randint(1,9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
    ids=["nhs", "iban"], iban="GB", datefmt="dmy/",
    lex=dict(owner="Owner", phone="Mob", addr="Address", dob="DOB", animal="Animal", hi="Hiya", thanks="Cheers", worker="farm hand"))
loc("en-US", script="Latin", region="US", first="Dwayne Lurleen Cody Marla Travis Jolene Dusty Wendell Shawna Clem".split(),
    last="Haverkamp Stoltzfus Brinkerhoff Dunagan Pettibone Vanderwall Kissinger Muncy Ostrander Burkholder".split(),
    syl="har ven brook dell ton wick lor ber sted man gus ray".split(),
    streets=["{n} County Rd", "{n} Rd", "{n} Hollow Rd"], towns=["Ottersburg, IA", "Cold Spring Fork, NE", "Harlan Mills, KS", "Pettit Crossing, WI", "Dunmore Flats, MN"],
    pc=lambda r: f"{r.randint(50000,68999)}", ids=["ssn", "aba"], iban=None, datefmt="mdy/",
    lex=dict(owner="Client", phone="Cell", addr="Home address", dob="DOB", animal="Patient", hi="Hey", thanks="Thx", worker="ranch hand"))
loc("de-DE", script="Latin", region="DE", first="Hinnerk Wiebke Gesche Folkert Almut Jörn Heike Detlef Imke Reinhild".split(),
    last="Brüggemann Ohlendorf Meyerhoff Tönjes Wübbeler Schlotmann Everding Hollenbeck Kruckenberg Dierksen".split(),
    syl="hol ten bru ker wig mann dorf ber lin sen hus ge".split(),
    streets=["{n}weg", "Am {n}", "{n}straße"], towns=["Ostervehne", "Groß Dellmsen", "Wiebelsloh", "Kirchhatten-Süd", "Bramstedtermoor"],
    pc=lambda r: f"{r.randint(21000,49999)}", ids=["steuerid", "iban"], iban="DE", datefmt="dmy.",
    lex=dict(owner="Tierhalter", phone="Tel.", addr="Anschrift", dob="Geb.", animal="Tier", hi="Moin", thanks="Danke", worker="Erntehelfer"))
loc("fr-FR", script="Latin", region="FR", first="Gaëtan Solène Anthelme Maëlys Perrine Hervé Ghislaine Loïc Josiane Corentin".split(),
    last="Quéméner Bourdillat Lagarrigue Vaissière Chaumeil Pradalier Le Goff-Rannou Delpeuch Coustillac Barbazan".split(),
    syl="lau bou rac mel gui dar pey ric sol vin cha ton".split(),
    streets=["chemin de {n}", "route de {n}", "lieu-dit {n}"], towns=["Saint-Aubin-des-Prés", "Lavaurette", "Montcabrier-le-Haut", "Plouzévédé-Bas", "Saugnac-Estampes"],
    pc=lambda r: f"{r.randint(10,89):02d}{r.randint(100,999)}", ids=["nir", "iban"], iban="FR", datefmt="dmy/",
    lex=dict(owner="Propriétaire", phone="Tél.", addr="Adresse", dob="Né(e) le", animal="Animal", hi="Bonjour", thanks="Merci", worker="saisonnier"))
loc("it-IT", script="Latin", region="IT", first="Ottavio Marisa Gildo Assunta Ercole Liliana Santino Ornella Berto Nives".split(),
    last="Zanardelli Pettenuzzo Scarabottolo Chiappori Tonegutti Bergamaschi Lodigiani Frigerio Manfrotti Dalcerri".split(),
    syl="zan bot tel lu ghi nar pe ro sca fio cal mer".split(),
    streets=["via {n}", "strada vicinale {n}", "località {n}"], towns=["Casalbuttano Alto", "Pieve di Sorgà", "Roncoferraro Basso", "San Zeno Naviglio Est", "Motteggiana"],
    pc=lambda r: f"{r.randint(20000,46999)}", ids=["cf", "iban"], iban="IT", datefmt="dmy/",
    lex=dict(owner="Proprietario", phone="Cell.", addr="Indirizzo", dob="Nato il", animal="Animale", hi="Ciao", thanks="Grazie", worker="bracciante"))
loc("es-ES", script="Latin", region="ES", first="Baltasar Remedios Eulogio Amparo Ceferino Visitación Higinio Prudencia Anselmo Leocadia".split(),
    last="Villarrubia Escudero-Pardo Cañizares Albarracín Montoliu Garcés Peñalver Urquizu Ballesteros Tordesillas".split(),
    syl="val cas tor ri ba mon ce ga rre do lla pe".split(),
    streets=["camino de {n}", "calle {n}", "paraje {n}"], towns=["Villanueva del Cerrillo", "Torrejoncillo Bajo", "Cañadahonda", "Fuentelsaz del Campo", "Almendral de la Vega"],
    pc=lambda r: f"{r.randint(1,52):02d}{r.randint(100,999)}", ids=["dni", "iban"], iban="ES", datefmt="dmy/",
    lex=dict(owner="Titular", phone="Tlf.", addr="Domicilio", dob="F. nac.", animal="Animal", hi="Hola", thanks="Gracias", worker="temporero"))
loc("nl-NL", script="Latin", region="NL", first="Hendrikje Geert Wobbe Aaltje Klaas-Jan Trijntje Derk Gerrie Sjoerd Hiltje".split(),
    last="Wolthuis Veldkamp Hofsteenge Brinkhorst Zijlstra-Bos Ten Napel Kuipers-Hoek Oldenkamp Nijboer Eefting".split(),
    syl="wol tink hof ster veld kamp bo ge rink hui lo dam".split(),
    streets=["{n}weg", "{n}dijk", "Oude {n}"], towns=["Westerhaar-Oost", "Nijeveense", "Oldenzijl", "Schuinesloot-Noord", "Tjalleberd"],
    pc=lambda r: f"{r.randint(7000,9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}", ids=["bsn", "iban"], iban="NL", datefmt="dmy-",
    lex=dict(owner="Eigenaar", phone="Tel", addr="Adres", dob="Geb.datum", animal="Dier", hi="Hoi", thanks="Bedankt", worker="seizoenskracht"))
loc("pl-PL", script="Latin", region="PL", first="Zdzisław Bożena Czesław Grażyna Wiesław Halina Tadeusz Jadwiga Ryszard Stanisława".split(),
    last="Wróblewski Kołodziejczyk Przybyłek Szczepaniak Grzelak Bednarczyk Mazurkiewicz Pietrzykowski Wojtasik Cieślak".split(),
    syl="wro bla szcz ek ski ko pie rz da mi ła ni".split(),
    streets=["ul. {n}", "ul. Polna {n}", "Kolonia {n}"], towns=["Wola Brzozowska", "Zielonki Stare", "Kozłówek Dolny", "Przysieka Mała", "Łęgowo Górne"],
    pc=lambda r: f"{r.randint(10,99)}-{r.randint(100,999)}", ids=["pesel", "iban"], iban="PL", datefmt="dmy.",
    lex=dict(owner="Właściciel", phone="Tel.", addr="Adres", dob="Data ur.", animal="Zwierzę", hi="Dzień dobry", thanks="Dzięki", worker="pracownik sezonowy"))
loc("pt-BR", script="Latin", region="BR", first="Joaquim Valdirene Sebastião Lucimar Genivaldo Rosineide Adailton Marinalva Edvaldo Josefa".split(),
    last="Bortolotto Carvalhaes Piovesan Zanatta Brandalise Rigotti Tessaro Dalpiaz Fontoura Guimarães".split(),
    syl="bor to lo ca val fon tes sa ri go ma ne".split(),
    streets=["Estrada {n}", "Linha {n}", "Rua {n}"], towns=["Santa Cruz do Arroio", "Linha Boa Esperança", "Vila Taquaruçu", "Sítio Três Pinheiros", "Capão Bonito do Sul"],
    pc=lambda r: f"{r.randint(85000,99999)}-{r.randint(0,999):03d}", ids=["cpf"], iban=None, datefmt="dmy/",
    lex=dict(owner="Proprietário", phone="Cel.", addr="Endereço", dob="Nasc.", animal="Animal", hi="Oi", thanks="Valeu", worker="safrista"))
loc("sv-SE", script="Latin", region="SE", first="Gunnel Torbjörn Britt-Marie Ingvar Solveig Arvid Majken Evert Kerstin Sixten".split(),
    last="Backström Hedqvist Lindgärde Ståhlberg Ekholm Wennerlöf Tornqvist Bergsjö Ljungkvist Östergren".split(),
    syl="berg ström lund hed ek qvist sjö ling gren vall tor ås".split(),
    streets=["{n}vägen", "{n}gatan", "{n} gård"], towns=["Övre Ljungby", "Tallsjöhed", "Norrbäcken", "Västra Grönhult", "Källsjömåla"],
    pc=lambda r: f"{r.randint(300,989)} {r.randint(10,99)}", ids=["pnr", "iban"], iban="SE", datefmt="iso",
    lex=dict(owner="Djurägare", phone="Mobil", addr="Adress", dob="Född", animal="Djur", hi="Hej", thanks="Tack", worker="säsongsarbetare"))
loc("tr-TR", script="Latin", region="TR", first="Hüseyin Emine Ramazan Hatice Cemil Şükriye Nurettin Gülsüm Halil Zeliha".split(),
    last="Karadağlı Çakıroğlu Bozkurtlar Demirtaşoğlu Yıldızhan Kocabıyık Sarıkaya Tepecik Ağcaoğlu Dumanlı".split(),
    syl="ka ra dağ çe lik oğ lu ak su tan bay er".split(),
    streets=["{n} Sokak", "{n} Caddesi", "{n} Mahallesi"], towns=["Yeşilköy/Çumra", "Karapınar Kasabası", "Akviran Köyü", "Dereboyu/Ereğli", "Sarıoba"],
    pc=lambda r: f"{r.randint(1,81):02d}{r.randint(100,999)}", ids=["tckn", "iban"], iban="TR", datefmt="dmy.",
    lex=dict(owner="Hayvan sahibi", phone="Tel", addr="Adres", dob="Doğum tarihi", animal="Hayvan", hi="Merhaba", thanks="Teşekkürler", worker="mevsimlik işçi"))
loc("ru-RU", script="Cyrillic", region="RU", first="Евстафий Агриппина Прохор Таисия Савелий Феврония Ермолай Пелагея Аким Матрёна".split(),
    last="Загребельный Кудрявцева Пчелинцев Бородулина Сухоруков Чернобровкин Колокольцева Глухарёв Заплетина Овсянников".split(),
    syl="за гре бо ду ли на ко ва ро пче ль мор".split(),
    streets=["ул. {n}", "пер. {n}", "{n} улица"], towns=["с. Верхние Ключи", "д. Овсяниково", "пос. Залесный", "с. Кривоборье", "д. Малые Грязцы"],
    pc=lambda r: f"{r.randint(140000,690000)}", ids=["inn"], iban=None, datefmt="dmy.",
    lex=dict(owner="Владелец", phone="Тел.", addr="Адрес", dob="Дата рожд.", animal="Животное", hi="Здравствуйте", thanks="Спасибо", worker="сезонный рабочий"))
loc("uk-UA", script="Cyrillic", region="UA", first="Остап Ярина Тарас Оксана Богдан Соломія Мирослав Ганна Северин Уляна".split(),
    last="Грицаєнко Підгайна Куценко Бондарук Ліщинська Семенюк Горобчук Тимошик Вербицька Дорошенко".split(),
    syl="гри ца єн ко під гай ли щин ба рук ся ла".split(),
    streets=["вул. {n}", "пров. {n}", "{n} вулиця"], towns=["с. Верхня Липиця", "с. Кропивне", "смт Зарічне", "с. Буцнів", "с. Гнилиці Малі"],
    pc=lambda r: f"{r.randint(10000,89999)}", ids=["rntrc", "iban"], iban="UA", datefmt="dmy.",
    lex=dict(owner="Власник", phone="Тел.", addr="Адреса", dob="Дата нар.", animal="Тварина", hi="Доброго дня", thanks="Дякую", worker="сезонний працівник"))
loc("el-GR", script="Greek", region="GR", first="Σταμάτης Παναγιώτα Χαράλαμπος Βασιλική Ευστάθιος Κυριακή Θεμιστοκλής Αικατερίνη Σπυρίδων Ευανθία".split(),
    last="Κουτσογιάννης Παπαδοπούλου Μπαλτατζής Τσιρογιάννη Καραγκούνης Ζαχαρόπουλος Μαυρομμάτη Λιακόπουλος Χατζηγεωργίου Ντάλλα".split(),
    syl="κου τσο για ννη πα ρα λα μπα ζα χα ρο ντα".split(),
    streets=["οδός {n}", "Οδ. {n}", "{n} οδός"], towns=["Άνω Καλαμάκι", "Νέα Λαμψάκου", "Κάτω Ραψάνη", "Μεγάλη Βρύση", "Αγία Τριάδα Λάρισας"],
    pc=lambda r: f"{r.randint(300,699)} {r.randint(0,99):02d}", ids=["amka", "iban"], iban="GR", datefmt="dmy/",
    lex=dict(owner="Ιδιοκτήτης", phone="Τηλ.", addr="Διεύθυνση", dob="Ημ. γέννησης", animal="Ζώο", hi="Καλημέρα", thanks="Ευχαριστώ", worker="εποχικός εργάτης"))
loc("ar-EG", script="Arabic", region="EG", first="عبدالرحيم فاطمة سيد زينب حمدي نعيمة رجب سعدية منصور هنية".split(),
    last="الشرقاوي البحيري أبوزيد القليوبي الدمنهوري الفيومي عبدالمقصود الصعيدي النجار الجزار".split(),
    syl="عب دال رح مق صو دي نج بح ير قل يو مي".split(),
    streets=["شارع {n}", "{n} حارة", "عزبة {n}"], towns=["كفر الشيخ سالم", "منية أبو طوق", "عزبة الحمراء", "ميت غزال البحرية", "نزلة الشريف"],
    pc=lambda r: f"{r.randint(11000,45000)}", ids=["card"], iban=None, datefmt="dmy/",
    lex=dict(owner="المالك", phone="موبايل", addr="العنوان", dob="تاريخ الميلاد", animal="الحيوان", hi="السلام عليكم", thanks="شكرا", worker="عامل يومية"))
loc("he-IL", script="Hebrew", region="IL", first="יחזקאל שולמית אהרון ציפורה שמריהו בתיה גדליה רבקה זרח חנה".split(),
    last="גולדשטוף בן־חמו אפשטיין שפירא־לוי טרכטנברג אלמוזנינו זילברמן כהנוביץ ברקוביץ רוזנצוויג".split(),
    syl="גול דש טוף בר קו ביץ זיל מן רו צו אל מו".split(),
    streets=["רחוב {n}", "רח׳ {n}", "משק {n}"], towns=["מושב נחלת גדיש", "כפר יבנאלי", "מושב עין הדר", "קיבוץ גבעת רותם", "כפר שדמות"],
    pc=lambda r: f"{r.randint(1000000,9999999)}", ids=["ilid"], iban=None, datefmt="dmy.",
    lex=dict(owner="בעלים", phone="נייד", addr="כתובת", dob="ת. לידה", animal="בעל חיים", hi="שלום", thanks="תודה", worker="עובד עונתי"))
loc("hi-IN", script="Devanagari", region="IN", first="रामकिशोर सुशीला बलवंत कमलेश्वरी हरिप्रसाद पुष्पलता जगदीश सावित्री भूपेंद्र रामप्यारी".split(),
    last="चौधरी यादव कुशवाहा पटेल गुर्जर राठौर बघेल लोधी सैनी जाटव".split(),
    syl="रा म कि शो र ला व ती बा घे लो धी".split(),
    streets=["गली {n}", "{n} मार्ग", "ग्राम {n}"], towns=["ग्राम बरौली कलां", "ग्राम सिहोरा खुर्द", "ढाणी रामपुरा", "मौजा खेड़ा", "ग्राम नयागांव"],
    pc=lambda r: f"{r.randint(201000,482999)}", ids=["aadhaar"], iban=None, datefmt="dmy/",
    lex=dict(owner="पशुपालक", phone="मोबाइल", addr="पता", dob="जन्म तिथि", animal="पशु", hi="नमस्ते", thanks="धन्यवाद", worker="मजदूर"))
loc("th-TH", script="Thai", region="TH", first="สมหมาย บุญเรือน ประเสริฐ มาลัย ทองใบ สำราญ บุญมี อำไพ สมบัติ จันทร์เพ็ญ".split(),
    last="ศรีสุวรรณ แก้วประเสริฐ บุญยืน ทองคำดี พรหมวงศ์ อินทรสุข ชัยมงคล ปานทอง สุขเจริญ มณีรัตน์".split(),
    syl="ศรี สุ วรรณ แก้ว บุญ ทอง พรหม อิน ชัย ปาน มณี สุข".split(),
    streets=["ถนน{n}", "ซอย{n}", "หมู่ 4 บ้าน{n}"], towns=["ต.หนองบัวแดง อ.ภูเขียว", "ต.บ้านไร่ อ.ด่านช้าง", "ต.โคกสูง อ.พล", "ต.นาดี อ.เมือง", "ต.ห้วยยาง อ.กระนวน"],
    pc=lambda r: f"{r.randint(10000,96999)}", ids=["thpin"], iban=None, datefmt="dmy/",
    lex=dict(owner="เจ้าของสัตว์", phone="โทร", addr="ที่อยู่", dob="วันเกิด", animal="สัตว์", hi="สวัสดีครับ", thanks="ขอบคุณ", worker="แรงงานตามฤดูกาล"))
loc("zh-CN", script="Han", region="CN", first="桂芬 建国 秀兰 德胜 玉珍 长林 翠花 振华 淑芳 富贵".split(),
    last="褚 詹 鲍 蒯 郜 滕 薛 柏 闫 卜".split(),
    syl="桂 德 翠 振 淑 富 长 玉 秀 建 林 华".split(),
    streets=["{n}路", "{n}村", "{n}街"], towns=["河北省 沧州市 献县 张村乡", "山东省 聊城市 莘县 古云镇", "河南省 周口市 郸城县", "吉林省 四平市 梨树县", "黑龙江省 绥化市 望奎县"],
    pc=lambda r: f"{r.randint(100000,169999)}", ids=["ric"], iban=None, datefmt="cjk",
    lex=dict(owner="畜主", phone="手机", addr="住址", dob="出生日期", animal="动物", hi="你好", thanks="谢谢", worker="季节工"))
loc("ja-JP", script="Kana", region="JP", first="ハルエ タツオ キヨコ マサカズ フミエ ヨシノリ チヨ イサム スミレ トシオ".split(),
    last="鶴田 猪股 蕪木 榎本 竹之内 柚木 鴫原 椎葉 菅生 栃尾".split(),
    syl="ハ ル エ タ ツ オ キ ヨ マ サ ノ リ".split(),
    streets=["{n}町", "字{n}", "{n}丁目"], towns=["北海道 河東郡 音更町", "岩手県 岩手郡 雫石町", "宮崎県 児湯郡 川南町", "熊本県 阿蘇郡 小国町", "鹿児島県 曽於市"],
    pc=lambda r: f"〒{r.randint(80,899):03d}-{r.randint(0,9999):04d}", ids=["mrn", "card"], iban=None, datefmt="cjk",
    lex=dict(owner="飼い主", phone="携帯", addr="住所", dob="生年月日", animal="動物", hi="こんにちは", thanks="ありがとうございます", worker="季節労働者"))
loc("ko-KR", script="Hangul", region="KR", first="순자 만복 영숙 춘식 말순 덕배 옥분 봉수 정례 갑동".split(),
    last="탁 편 봉 묵 남궁 제갈 빈 어 채 육".split(),
    syl="순 만 영 춘 말 덕 옥 봉 정 갑 례 식".split(),
    streets=["{n}길", "{n}로", "{n}리"], towns=["전라남도 해남군 송지면", "경상북도 의성군 단촌면", "충청남도 홍성군 결성면", "강원도 평창군 진부면", "전라북도 김제시 백구면"],
    pc=lambda r: f"{r.randint(10000,63999)}", ids=["rrn"], iban=None, datefmt="iso",
    lex=dict(owner="보호자", phone="휴대폰", addr="주소", dob="생년월일", animal="동물", hi="안녕하세요", thanks="감사합니다", worker="계절근로자"))

LOCALES = list(L)
ASCII_SYL = "bra tol ven mik sar dun lo ka rei fen tas jor wil mo ha nu".split()
MAIL_DOMAINS = {"GB": "btinternet.com", "US": "gmail.com", "DE": "web.de", "FR": "orange.fr", "IT": "libero.it",
                "ES": "hotmail.es", "NL": "ziggo.nl", "PL": "wp.pl", "BR": "bol.com.br", "SE": "telia.com",
                "TR": "gmail.com", "RU": "mail.ru", "UA": "ukr.net", "GR": "yahoo.gr", "EG": "yahoo.com",
                "IL": "walla.co.il", "IN": "rediffmail.com", "TH": "hotmail.com", "CN": "163.com",
                "JP": "yahoo.co.jp", "KR": "naver.com"}

# ---------------------------------------------------------------- identifiers


class Bad(Exception):
    pass


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def brute(r, make, check, ncheck=1, cap=300):
    for _ in range(cap):
        p = make(r)
        for s in range(10 ** ncheck):
            v = p + f"{s:0{ncheck}d}"
            if check(v):
                return v
    raise Bad("retry cap")


def bdate(r):
    return r.randint(1948, 2003), r.randint(1, 12), r.randint(1, 28)


def gen_id(kind, r, born):
    y, m, d = born
    if kind == "nhs":
        v = brute(r, lambda r: str(r.randint(4, 6)) + digits(r, 8), nhs.is_valid)
        return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}", nhs.is_valid(v)
    if kind == "ssn":
        for _ in range(200):
            v = f"{r.randint(100, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
            if us_ssn.is_valid(v):
                return "ssn", v, True
        raise Bad("ssn")
    if kind == "aba":
        rt = brute(r, lambda r: r.choice(["07", "10", "11", "09"]) + digits(r, 6), us_rtn.is_valid)
        return "US_BANK_NUMBER", f"routing {rt} acct {digits(r, 10)}", us_rtn.is_valid(rt)
    if kind == "steuerid":
        def mk(r):
            ds = r.sample(range(1, 10), 9)
            ds.insert(r.randint(1, 9), ds[r.randint(0, 8)])
            return "".join(map(str, ds))
        v = brute(r, mk, idnr.is_valid)
        return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", idnr.is_valid(v)
    if kind == "nir":
        v = brute(r, lambda r: f"{r.randint(1, 2)}{y % 100:02d}{m:02d}{r.randint(1, 89):02d}{r.randint(1, 899):03d}{r.randint(1, 999):03d}", nir.is_valid, 2)
        return "NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", nir.is_valid(v)
    if kind == "dni":
        n = f"{r.randint(10000000, 79999999)}"
        v = n + dni.calc_check_digit(n)
        return "NATIONAL_ID", v, dni.is_valid(v)
    if kind == "cf":
        cons = "BCDFGLMNPRSTVZ"
        mc = "ABCDEHLMPRST"[m - 1]
        base = "".join(r.choice(cons) for _ in range(6)) + f"{y % 100:02d}{mc}{d + r.choice([0, 40]):02d}" + r.choice("ABDFGHLM") + f"{r.randint(100, 999)}"
        v = base + codicefiscale.calc_check_digit(base)
        return "TAX_ID", v, codicefiscale.is_valid(v)
    if kind == "bsn":
        v = brute(r, lambda r: str(r.randint(1, 6)) + digits(r, 7), bsn.is_valid)
        return "NATIONAL_ID", v, bsn.is_valid(v)
    if kind == "pesel":
        mm = m + (20 if y >= 2000 else 0)
        v = brute(r, lambda r: f"{y % 100:02d}{mm:02d}{d:02d}{digits(r, 4)}", pesel.is_valid)
        return "NATIONAL_ID", v, pesel.is_valid(v)
    if kind == "cpf":
        v = brute(r, lambda r: digits(r, 9), cpf.is_valid, 2)
        return "TAX_ID", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", cpf.is_valid(v)
    if kind == "pnr":
        v = brute(r, lambda r: f"{y % 100:02d}{m:02d}{d:02d}-{digits(r, 3)}", personnummer.is_valid)
        return "NATIONAL_ID", v, personnummer.is_valid(v)
    if kind == "tckn":
        v = brute(r, lambda r: str(r.randint(1, 9)) + digits(r, 8), tckimlik.is_valid, 2)
        return "NATIONAL_ID", v, tckimlik.is_valid(v)
    if kind == "inn":
        v = brute(r, lambda r: f"{r.randint(10, 89):02d}" + digits(r, 8), inn.is_valid, 2)
        return "TAX_ID", v, inn.is_valid(v)
    if kind == "rntrc":
        v = brute(r, lambda r: str(r.randint(1, 4)) + digits(r, 8), rntrc.is_valid)
        return "TAX_ID", v, rntrc.is_valid(v)
    if kind == "amka":
        v = brute(r, lambda r: f"{d:02d}{m:02d}{y % 100:02d}{digits(r, 4)}", amka.is_valid)
        return "NATIONAL_ID", v, amka.is_valid(v)
    if kind == "ilid":
        v = brute(r, lambda r: str(r.randint(0, 3)) + digits(r, 7), il_idnr.is_valid)
        return "NATIONAL_ID", v, il_idnr.is_valid(v)
    if kind == "aadhaar":
        v = brute(r, lambda r: str(r.randint(2, 9)) + digits(r, 10), aadhaar.is_valid)
        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", aadhaar.is_valid(v)
    if kind == "thpin":
        v = brute(r, lambda r: str(r.randint(1, 8)) + digits(r, 11), th_pin.is_valid)
        return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", th_pin.is_valid(v)
    if kind == "rrn":
        g = r.choice("12") if y < 2000 else r.choice("34")
        v = brute(r, lambda r: f"{y % 100:02d}{m:02d}{d:02d}{g}{r.randint(0, 8):01d}{digits(r, 4)}", rrn.is_valid)
        return "NATIONAL_ID", f"{v[:6]}-{v[6:]}", rrn.is_valid(v)
    if kind == "ric":
        area = r.choice(["130929", "371522", "411625", "220322", "231221"])
        for _ in range(300):
            base = f"{area}{y}{m:02d}{d:02d}{digits(r, 3)}"
            ok = [base + ch for ch in "0123456789X" if ric.is_valid(base + ch)]
            if ok:
                return "NATIONAL_ID", ok[0], True
        raise Bad("ric")
    if kind == "mrn":
        v = f"MRN-{r.randint(10, 99)}-{digits(r, 6)}"
        return "MEDICAL_RECORD", v, bool(re.fullmatch(r"MRN-\d{2}-\d{6}", v))
    if kind == "card":
        for _ in range(300):
            p = r.choice(["4", "52", "54"])
            p = p + digits(r, 15 - len(p))
            v = p + luhn.calc_check_digit(p)
            if luhn.is_valid(v) and v not in TEST_CARDS:
                return "CREDIT_CARD", " ".join(v[i:i + 4] for i in range(0, 16, 4)), True
        raise Bad("card")
    raise KeyError(kind)


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4000056655665556"}
IBAN_BBAN = {"GB": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(r, 14),
             "DE": lambda r: digits(r, 18), "FR": lambda r: digits(r, 10) + digits(r, 11) + digits(r, 2),
             "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(r, 10) + digits(r, 12),
             "ES": lambda r: digits(r, 20), "NL": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(r, 10),
             "PL": lambda r: digits(r, 24), "SE": lambda r: digits(r, 20), "TR": lambda r: digits(r, 5) + "0" + digits(r, 16),
             "UA": lambda r: digits(r, 6) + digits(r, 19), "GR": lambda r: digits(r, 23)}


def gen_iban(r, cc):
    for _ in range(500):
        b = IBAN_BBAN[cc](r)
        cd = std_iban.calc_check_digits(cc + "00" + b)
        v = cc + cd + b
        if std_iban.is_valid(v):
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    raise Bad("iban " + cc)


def gen_phone(r, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(500):
        keep = 3 if len(nat) > 8 else 2
        cand = nat[:keep] + digits(r, len(nat) - keep)
        if cand == nat:
            continue
        n = phonenumbers.parse(("+%d" % ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            fmt = r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL])
            return phonenumbers.format_number(n, fmt)
    raise Bad("phone " + region)


def gen_ip(r):
    for _ in range(200):
        v = f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ipaddress.ip_address(v).is_global:
            return v
    raise Bad("ip")


def fmt_date(tag, y, m, d):
    f = L[tag]["datefmt"]
    if f == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if f == "cjk":
        return f"{y}年{m}月{d}日"
    if f == "mdy/":
        return f"{m:02d}/{d:02d}/{y}"
    return f"{d:02d}{f[-1]}{m:02d}{f[-1]}{y}"


def validate_phone(v, region):
    n = phonenumbers.parse(v, region)
    return phonenumbers.is_valid_number(n)


# ---------------------------------------------------------------- pools


def build_pools(rng, fz):
    P = {}
    for tag, c in L.items():
        syl = c["syl"]
        cjk = c["script"] in ("Han", "Kana", "Hangul", "Thai")

        def inv(r, syl=syl, cjk=cjk, n=(2, 3)):
            w = "".join(r.choice(syl) for _ in range(r.randint(*n)))
            return w if cjk else w[:1].upper() + w[1:]

        firsts = fz.pool(f"{tag}:first", c["first"], lambda r: inv(r), rng)
        lasts = fz.pool(f"{tag}:last", c["last"], lambda r: inv(r, n=(2, 4)), rng)
        stems = fz.pool(f"{tag}:street", [s.format(n=inv(random.Random(tag + str(i)))) for i, s in enumerate(c["streets"] * 2)],
                        lambda r: r.choice(c["streets"]).format(n=inv(r)), rng)
        towns = fz.pool(f"{tag}:town", c["towns"], lambda r: inv(r, n=(3, 4)), rng)
        farms = fz.pool(f"{tag}:org", [f"{inv(random.Random(tag + 'o' + str(i)))} {k}" for i, k in
                                       enumerate(["Agri Co-op", "Vets", "Feeds Ltd", "Livestock Auctions", "Seeds"])],
                        lambda r: inv(r) + " " + r.choice(["Agri Co-op", "Vets", "Feeds Ltd", "Livestock Auctions", "Seeds"]), rng)
        P[tag] = dict(first=firsts, last=lasts, street=stems, town=towns, org=farms)
    P["_hist"] = fz.pool("historical", ["Louis Pasteur", "Gregor Mendel", "Robert Bakewell", "Jethro Tull", "Norman Borlaug",
                                        "Justus von Liebig", "Nikolai Vavilov", "Hans Christian Gram", "Robert Koch", "Bernhard Bang",
                                        "Temple Grandin", "James Herriot", "Yuan Longping", "Cyrus McCormick", "John Deere",
                                        "Harry Ferguson", "Rudolf Steiner", "Albert Howard", "Edward Jenner", "Claude Bourgelat",
                                        "Theobald Smith", "Daniel Elmer Salmon", "Ivan Michurin", "Fritz Haber", "Carl Bosch",
                                        "Luther Burbank", "Masanobu Fukuoka", "Rachel Carson", "Arthur Young", "Coke of Norfolk",
                                        "Albrecht Thaer", "Charles Townshend", "Jan Ingenhousz", "Augusto Righi", "Sewall Wright",
                                        "Friedrich Loeffler", "Edmond Nocard", "Bernhard Nocht", "Antoine Parmentier", "Olivier de Serres",
                                        "Vasily Dokuchaev", "Ibn al-Awwam", "Columella", "Varro", "Lord Rothamsted"],
                           None, rng)
    P["_ph"] = fz.pool("placeholder", ["Jane Doe", "John Doe", "Max Mustermann", "Erika Mustermann", "Mario Rossi", "Jan Kowalski",
                                       "Juan Pérez", "Fulano de Tal", "Иван Иванов", "Joe Bloggs", "[NAME]", "<OWNER_NAME>",
                                       "Jan Modaal", "Jean Dupont", "Sven Svensson", "Ola Nordmann", "Beltrano", "Cicrano", "Mario Bianchi",
                                       "Jan Jansen", "Tizio Caio", "Mustermann", "Kari Nordmann", "{{owner}}", "XXXX XXXX"], None, rng)
    return P


# ---------------------------------------------------------------- persons


def person(r, tag, P):
    c = L[tag]
    born = bdate(r)
    f, l = r.choice(P[tag]["first"]), r.choice(P[tag]["last"])
    if c["script"] in ("Han", "Hangul"):
        name = l + f
    elif c["script"] == "Kana":
        name = f"{l} {f}"
    else:
        name = f"{f} {l}"
    num = r.randint(2, 188)
    street = r.choice(P[tag]["street"])
    town = r.choice(P[tag]["town"])
    if c["script"] in ("Han", "Kana", "Hangul"):
        addr = f"{town} {street}{num}号 {c['pc'](r)}" if c["script"] == "Han" else f"{c['pc'](r)} {town} {street}{num}"
    elif tag == "en-US":
        addr = f"{num * 10} {street}, {town} {c['pc'](r)}"
    elif tag in ("en-GB", "fr-FR"):
        addr = f"{num} {street}, {town}, {c['pc'](r)}" if tag == "fr-FR" else f"{num} {street}, {town} {c['pc'](r)}"
    else:
        addr = f"{street} {num}, {c['pc'](r)} {town}"
    handle = "".join(r.choice(ASCII_SYL) for _ in range(2)) + r.choice([".", "_", ""]) + "".join(r.choice(ASCII_SYL) for _ in range(2)) + str(r.randint(1, 99))
    ids = []
    for k in c["ids"]:
        if k == "iban":
            v = gen_iban(r, c["iban"])
            assert std_iban.is_valid(v)
            ids.append(("IBAN_CODE", v))
        else:
            t, v, ok = gen_id(k, r, born)
            if not ok:
                raise Bad(f"invalid {k} {v}")
            ids.append((t, v))
    phone = gen_phone(r, c["region"])
    if not validate_phone(phone, c["region"]):
        raise Bad("phone")
    return dict(first=f, name=name, phone=phone, email=f"{handle}@{MAIL_DOMAINS[c['region']]}", addr=addr,
                dob=fmt_date(tag, *born), ids=ids, ip=gen_ip(r))


# ---------------------------------------------------------------- documents

KINDS = ["vet_intake", "market_letter", "scheduling", "welfare_complaint", "internal_note", "export", "public_notice",
         "subsidy_form", "chat"]
ANIMALS = ["Holstein heifer 'Daisy', 14 mo, lame LH", "Border collie bitch 'Nell', 6y, vomiting x3", "Texel ram, BCS 2, foot rot",
           "Suffolk ewes x40, scanning", "Jersey cow 'Primrose', milk fever?", "tom cat 'Biscuit', FLUTD", "Saanen goat kids x6, scour",
           "Angus steer lot, pneumonia", "laying hens x1200, drop in lay", "sow 'Peggy', farrowing difficulty", "gelding 'Duke', colic",
           "alpaca 'Pablo', tooth root abscess"]
JARGON = ["withdrawal period 28d meat / 96h milk", "BCS 2.5, rumen fill poor", "SCC 310k last recording", "TB test IDT read day 3 clear",
          "BVD ear-notch neg", "drench: levamisole 7.5mg/kg", "DM/ha 2,450 kg", "N 40 kg/ha top-dress", "CPH 12/345/6789 (holding)",
          "movement ref via BCMS", "SFI action CSAM1", "batch no. L2207-B", "ear tag UK 741236 300457"]
INSTR = {
    "vet_intake": ["tidy up this intake and make a SOAP note", "translate this client intake to English and flag anything urgent", "pull owner + animal fields out as JSON"],
    "market_letter": ["draft a polite reply to this", "summarise this letter in 3 bullets", "translate and fix the tone, keep it short"],
    "scheduling": ["make a schedule table from this", "write the confirmation text msg", "check for clashes and list them"],
    "welfare_complaint": ["triage this welfare report: urgency + next step", "write an acknowledgement to the complainant", "classify: neglect / cruelty / advice"],
    "internal_note": ["clean up my notes", "turn into handover note for next shift", "extract action items"],
    "export": ["convert this export to a markdown table", "dedupe and sort by surname", "find rows with missing fields"],
    "public_notice": ["proofread this notice", "shorten for a Facebook post", "translate to English"],
    "subsidy_form": ["check this form for missing fields", "fill the cover letter from these details", "explain what section C wants"],
    "chat": ["what do you think?", "is this normal? what should I do", "help me word a message"],
}
SYSTEMS = ["You are an assistant for a mixed farm-and-companion veterinary practice.", "You help an agricultural co-operative office with admin.",
           "Assistant for a livestock market's back office. Be concise.", "You assist an animal welfare charity's helpline team.",
           "You help farmers with subsidy and land registry paperwork.", "You are an agronomy assistant for a seed and feed merchant."]


def snippet(r):
    return r.choice(JARGON)


def sens_doc(kind, tag, r, p, P, incidental):
    """Return (text, issued list of (type, value))."""
    c = L[tag]
    x = c["lex"]
    idt, idv = p["ids"][0]
    org = r.choice(P[tag]["org"])
    an = r.choice(ANIMALS)
    if incidental:
        mode = r.choice(["first", "phone", "dob", "email"])
        body = f"{x['hi']} -- {org}, {an}. {snippet(r)}; {snippet(r)}. Next check in 10 days, ref LOT-{r.randint(1000, 9999)}."
        if mode == "first":
            rel = r.choice(["my sister", "my neighbour", "the new lad", "our relief milker", "my brother-in-law"])
            return body + f" {rel} {p['first']} will bring the trailer.", [("PERSON", p["first"])]
        if mode == "phone":
            return body + f" if no one at the yard ring me on {p['phone']}.", [("PHONE_NUMBER", p["phone"])]
        if mode == "dob":
            return body + f" (worker's {x['dob']} for the induction sheet: {p['dob']})", [("DATE_TIME", p["dob"])]
        return body + f" send the invoice to {p['email']} pls", [("EMAIL_ADDRESS", p["email"])]
    iss = [("PERSON", p["name"])]
    if kind == "vet_intake":
        t = (f"{x['owner']}: {p['name']}\n{x['phone']}: {p['phone']}\n{x['addr']}: {p['addr']}\n{x['animal']}: {an}\n"
             f"Hx: {snippet(r)}. Owner reports off feed 2d. Pay card on file: {'yes' if r.random() < .5 else 'no'}")
        iss += [("PHONE_NUMBER", p["phone"]), ("LOCATION", p["addr"])]
    elif kind == "market_letter":
        t = (f"{x['hi']},\nre: lot {r.randint(10, 400)} sold {r.choice(['Tues', 'Thurs'])} ring 2 -- {an.split(',')[0]}.\n"
             f"Please pay the cheque money to {p['name']}, {idt.replace('_', ' ').lower()} {idv}, by BACS. {snippet(r)}.\n{x['thanks']}, {org}")
        iss += [(idt, idv)]
    elif kind == "scheduling":
        t = (f"{r.choice(['Silage', 'Shearing', 'TB test', 'Hoof trimming', 'Spraying'])} crew Mon 06:30. Contact on site: {p['name']} "
             f"{p['phone']}. Access via {p['addr']}. Seasonal {x['worker']} {p['first']} starts Tue, {x['dob']} {p['dob']}.")
        iss += [("PHONE_NUMBER", p["phone"]), ("LOCATION", p["addr"]), ("DATE_TIME", p["dob"]), ("PERSON", p["first"])]
    elif kind == "welfare_complaint":
        t = (f"I want to report {p['name']} at {p['addr']}. Sheep with overgrown fleece & flystrike in the paddock behind the house, "
             f"no water in trough 3 days. My number {p['phone']}, e-mail {p['email']}. Please don't tell them it was me.")
        iss += [("LOCATION", p["addr"]), ("PHONE_NUMBER", p["phone"]), ("EMAIL_ADDRESS", p["email"])]
        iss = [(t_, v) for t_, v in iss if not (t_ == "PERSON")] + [("PERSON", p["name"])]
    elif kind == "internal_note":
        t = (f"Handover: {x['worker']} {p['name']} cut hand on gate latch, taken to A&E, {idt.replace('_', ' ')}: {idv}. "
             f"{snippet(r)}. Paid out of petty cash, need bank: {p['ids'][-1][1]}.")
        iss += [(idt, idv), p["ids"][-1]]
    elif kind == "export":
        rows = ["name;dob;phone;id;hours"]
        rows.append(f"{p['name']};{p['dob']};{p['phone']};{idv};{r.randint(20, 60)}")
        q = person(r, tag, P)
        rows.append(f"{q['name']};{q['dob']};{q['phone']};{q['ids'][0][1]};{r.randint(20, 60)}")
        t = "\n".join(rows)
        iss += [("DATE_TIME", p["dob"]), ("PHONE_NUMBER", p["phone"]), (idt, idv), ("PERSON", q["name"]), ("DATE_TIME", q["dob"]),
                ("PHONE_NUMBER", q["phone"]), (q["ids"][0][0], q["ids"][0][1])]
    elif kind == "public_notice":
        t = (f"NOTICE -- {org}: lost dog (collie x, red collar) near the ford, please contact the owner {p['name']} on {p['phone']}. "
             f"Reward. Do not chase near stock. {snippet(r)}.")
        iss += [("PHONE_NUMBER", p["phone"])]
    elif kind == "subsidy_form":
        t = (f"Applicant: {p['name']}\n{x['dob']}: {p['dob']}\n{x['addr']}: {p['addr']}\nID: {idv}\n"
             f"Payment account: {p['ids'][-1][1]}\nParcels: SK{r.randint(1000, 9999)} {r.randint(2, 40)}.{r.randint(0, 9)} ha permanent grass\n{snippet(r)}")
        iss += [("DATE_TIME", p["dob"]), ("LOCATION", p["addr"]), (idt, idv), p["ids"][-1]]
    else:  # chat
        t = (f"{x['hi']}! my name is {p['name']}, I keep {r.randint(3, 80)} ewes. {an}. vet says {snippet(r)}. "
             f"I logged in from home ({p['ip']}) to the co-op portal and it shows someone else's invoice?? my mail {p['email']}")
        iss += [("IP_ADDRESS", p["ip"]), ("EMAIL_ADDRESS", p["email"])]
    return t, iss


def benign_doc(kind, tag, r, P):
    c = L[tag]
    x = c["lex"]
    org = r.choice(P[tag]["org"])
    an = r.choice(ANIMALS)
    hist = r.choice(P["_hist"])
    ph = r.choice(P["_ph"])
    ref = f"{r.choice(['INV', 'ORD', 'MOV', 'CASE', 'LOT', 'BK'])}-{r.randint(2024, 2026)}-{r.randint(10000, 99999)}"
    switch = r.choice(["0800 123 4567 (switchboard)", "+44 20 7946 0000 (office)", "112", "999", "911", "110", "119"])
    mail = r.choice(["office@example.com", "info@example.org", "accounts@vets.example", "helpline@welfare.example"])
    v = r.randint(0, 5)
    if kind == "vet_intake":
        t = [f"{x['owner']}: {ph}\n{x['phone']}: ____\n{x['addr']}: ____\n{x['animal']}: {an}\nHx: {snippet(r)}",
             f"{x['animal']}: {an}. Gram stain: G+ cocci. Pasteurella suspected. {snippet(r)}. Case {ref}",
             f"Clinic form v3 -- fields: {x['owner']} / {x['phone']} / {x['addr']} / {x['dob']} (leave blank in demo). Out of hours: {switch}"][v % 3]
    elif kind == "market_letter":
        t = (f"{x['hi']}, re {ref}: {r.randint(12, 90)} store lambs averaged £{r.randint(80, 140)}/hd, ring 2. Cheques via accounts, "
             f"{mail}, tel {switch}. Hall named after {hist}. {x['thanks']}, {org}")
    elif kind == "scheduling":
        t = (f"{r.choice(['Silage', 'Shearing', 'TB test', 'Hoof trimming', 'Spraying'])} crew Mon 06:30 at block 4, booking {ref}. "
             f"{r.choice(['John Deere 6R', 'Massey Ferguson 7S', 'Claas Jaguar'])} + 2 trailers. {snippet(r)}. Site contact: the farm office, {switch}.")
    elif kind == "welfare_complaint":
        t = (f"Helpline summary (anonymised): {r.randint(14, 60)} calls this month, {r.randint(3, 12)} about sheep with flystrike, "
             f"{r.randint(1, 5)} about horses without shelter. Case refs {ref}, {ref[:-1]}7. Caller details removed as per policy. {snippet(r)}")
    elif kind == "internal_note":
        t = (f"Handover: {an}. {snippet(r)}. Reread {hist}'s notes on the topic (library). Relief worker [NAME] -- TBC. "
             f"Parts order {ref}, card on test account 4242 4242 4242 4242. Emergency {switch}.")
    elif kind == "export":
        t = "ear_tag;breed;dob_animal;weight_kg;pen\n" + "\n".join(
            f"UK {r.randint(100000, 999999)} {r.randint(100000, 999999)};{r.choice(['LIMx', 'CHx', 'AAx', 'HOL'])};2025-0{r.randint(1, 9)}-{r.randint(10, 28)};{r.randint(180, 520)};P{r.randint(1, 9)}"
            for _ in range(6))
    elif kind == "public_notice":
        t = (f"NOTICE -- {org}: AGM Thursday 19:30 in the {hist} Room. Bluetongue restricted zone update; all movements need a licence ({ref}). "
             f"Queries: {mail} / {switch}. Speaker: the county's Chief Veterinary Officer.")
    elif kind == "subsidy_form":
        t = (f"Applicant: {ph}\n{x['dob']}: DD/MM/YYYY\n{x['addr']}: ________\nID: ________\nPayment account: GB00 XXXX 0000 0000 0000 00\n"
             f"Parcels: SK{r.randint(1000, 9999)} {r.randint(2, 40)}.{r.randint(0, 9)} ha\nCo-op reg no. IP{r.randint(10000, 99999)}R, portal test host 192.0.2.{r.randint(1, 254)}")
    else:
        t = (f"{x['hi']}! question about {hist} -- did he really invent the seed drill / breed improvement thing? also {an}, {snippet(r)}. "
             f"docs show server 2001:db8::{r.randint(1, 99)} and 203.0.113.{r.randint(1, 254)} in the example.")
    return t


# ---------------------------------------------------------------- placement

MODES = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_args", "json_schema",
         "user_field", "stop", "prediction", "metadata"]


def compact(doc):
    return " | ".join(s.strip() for s in doc.splitlines() if s.strip())[:600]


def place(doc, instr, mode, r, kind):
    sysm = {"role": "system", "content": r.choice(SYSTEMS)}
    model = r.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"])
    b = {"model": model}
    if mode == "user":
        b["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
    elif mode == "system":
        b["messages"] = [{"role": "system", "content": f"{sysm['content']}\nContext record:\n{doc}"}, {"role": "user", "content": instr}]
    elif mode == "assistant":
        b["messages"] = [sysm, {"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": f"Received:\n{doc}"},
                         {"role": "user", "content": instr}]
    elif mode == "tool":
        cid = f"call_{r.randint(10**8, 10**9)}"
        b["messages"] = [sysm, {"role": "user", "content": instr},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "fetch_record", "arguments": json.dumps({"kind": kind})}}]},
                         {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif mode == "text_part":
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]}]
    elif mode == "file_part":
        fn = f"{kind}_{r.randint(100, 999)}.txt"
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr},
                                                            {"type": "file", "file": {"filename": fn, "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif mode == "image_url":
        q = urllib.parse.urlencode({"note": compact(doc)[:300], "src": "yard-cam"})
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr + " (photo of the form attached)"},
                                                            {"type": "image_url", "image_url": {"url": f"https://photos.example-farmapp.net/up/{r.randint(1000, 9999)}.jpg?{q}"}}]}]
    elif mode == "tool_def":
        b["messages"] = [sysm, {"role": "user", "content": instr}]
        b["tools"] = [{"type": "function", "function": {"name": "save_record", "description": f"Save the record. Current record: {doc}",
                                                        "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}}]
    elif mode == "tool_args":
        cid = f"call_{r.randint(10**8, 10**9)}"
        b["messages"] = [sysm, {"role": "user", "content": instr},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "store_note", "arguments": json.dumps({"note": doc}, ensure_ascii=False)}}]},
                         {"role": "tool", "tool_call_id": cid, "content": "{\"ok\": true}"}]
    elif mode == "json_schema":
        b["messages"] = [sysm, {"role": "user", "content": instr}]
        lines = [s for s in doc.splitlines() if s.strip()]
        b["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {"type": "object", "description": doc[:800],
                                "properties": {"field": {"type": "string", "enum": lines[:4], "examples": [compact(doc)[:200]]}}}}}
    elif mode == "user_field":
        b["messages"] = [sysm, {"role": "user", "content": instr + "\n\n" + doc}]
        b["user"] = compact(doc)[:120]
    elif mode == "stop":
        b["messages"] = [sysm, {"role": "user", "content": instr}]
        b["stop"] = [compact(doc)[:200], "\n\n###"]
    elif mode == "prediction":
        b["messages"] = [sysm, {"role": "user", "content": instr + " -- keep everything else identical"}]
        b["prediction"] = {"type": "content", "content": doc}
    else:
        b["messages"] = [sysm, {"role": "user", "content": instr}]
        b["store"] = True
        b["metadata"] = {"source": kind, "record": compact(doc)[:500]}
    return b


def search_text(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote_plus(s)]
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
    return "\n".join(parts)


def label(body, issued):
    hay = search_text(body)
    out, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        seen.add((t, v))
        if v in hay or json.dumps(v, ensure_ascii=False)[1:-1] in hay:
            out.append({"type": t, "value": v})
    return out


# ---------------------------------------------------------------- PII split


def make_pii(r, P):
    recs = []
    per_kind, n_sens = 56, 33
    i = 0
    inc = 0
    for k_i, kind in enumerate(KINDS):
        flags = [True] * n_sens + [False] * (per_kind - n_sens)
        r.shuffle(flags)
        s_count = 0
        for j, sens in enumerate(flags):
            i += 1
            tag = LOCALES[(i * 5 + k_i) % len(LOCALES)]
            mode = MODES[(i * 3 + j) % len(MODES)]
            endpoint = "completions" if (i % 10 == 7) else "chat"
            incidental = False
            if sens:
                s_count += 1
                incidental = (s_count % 8 == 3)
                p = person(r, tag, P)
                doc, issued = sens_doc(kind, tag, r, p, P, incidental)
                inc += incidental
            else:
                doc, issued = benign_doc(kind, tag, r, P), []
            typo = r.random() < .25
            instr = r.choice(INSTR[kind])
            if typo:
                instr = instr.replace("the ", "teh ", 1).replace("this", "thsi", 1)
            if endpoint == "completions":
                body = {"model": "hybridgate/auto", "prompt": f"{instr}\n\n{doc}\n\n###\n", "max_tokens": r.choice([256, 400, 800])}
                style_mode = "prompt"
            else:
                body = place(doc, instr, mode, r, kind)
                style_mode = mode
            ents = label(body, issued)
            if sens and not ents:  # the compact field cut every value off: carry the whole document instead
                style_mode = "prediction" if mode != "prediction" else "user"
                body = place(doc, instr, style_mode, r, kind)
                ents = label(body, issued)
            if sens:
                assert ents, (kind, mode, issued)
            assert (len(ents) > 0) == sens
            notes = ["incidental"] if incidental else []
            if not sens:
                notes.append("hard_negative")
            if typo:
                notes.append("typos")
            recs.append({"id": f"{SPLIT}-pii-{i:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": sens,
                         "entities": ents, "endpoint": endpoint, "lang": tag,
                         "style": " · ".join([L[tag]["script"], style_mode] + notes), "body": body})
    order = list(range(len(recs)))
    r.shuffle(order)
    out = []
    for n, o in enumerate(order, 1):
        rec = recs[o]
        rec["id"] = f"{SPLIT}-pii-{n:04d}"
        out.append(rec)
    return out, inc


# ---------------------------------------------------------------- complexity split

CX_LANG = {
    "en": dict(easy="Convert this list to CSV with the same columns, nothing else.", greet="Morning! thanks for yesterday's help with the ration.",
               hard="Work out a 12-month grazing and reseeding plan for this block, with the trade-offs between sward recovery, lambing dates and fertiliser cost; justify each step.",
               analyse="Analyse these records, find the most likely cause of the problem, rank alternative explanations and recommend what to test first."),
    "de-DE": dict(easy="Bitte diese Liste als CSV ausgeben, sonst nichts.", greet="Moin! Danke für gestern.",
                  hard="Erstelle einen Fruchtfolgeplan für 5 Jahre unter Berücksichtigung von Düngeverordnung, Kohlhernie-Risiko und Arbeitsspitzen; begründe die Abwägungen.",
                  analyse="Analysiere die Daten, finde die wahrscheinlichste Ursache und begründe, welche Untersuchung zuerst kommt."),
    "fr-FR": dict(easy="Mets cette liste au format CSV, sans rien ajouter.", greet="Bonjour, merci pour l'aide d'hier !",
                  hard="Propose un plan d'alimentation hivernal pour ce troupeau allaitant avec les compromis coût/énergie/azote et justifie chaque choix.",
                  analyse="Analyse ces relevés, identifie la cause la plus probable et classe les hypothèses alternatives."),
    "es-ES": dict(easy="Pasa esta lista a CSV, sin más.", greet="¡Hola! gracias por lo de ayer.",
                  hard="Diseña un plan de riego deficitario para este olivar con las restricciones de agua dadas y razona los riesgos.",
                  analyse="Analiza estos datos, encuentra la causa más probable y justifica qué prueba hacer primero."),
    "it-IT": dict(easy="Trasforma questo elenco in CSV, nient'altro.", greet="Ciao, grazie per ieri!",
                  hard="Pianifica la razione unifeed per le vacche in lattazione bilanciando amido, NDF e costo; spiega i compromessi.",
                  analyse="Analizza i dati, trova la causa più probabile e ordina le ipotesi alternative."),
    "pl-PL": dict(easy="Zamień tę listę na CSV, nic więcej.", greet="Dzień dobry, dzięki za wczoraj!",
                  hard="Zaplanuj program zwalczania BVD w stadzie z uwzględnieniem kosztów, ryzyka i harmonogramu; uzasadnij kroki.",
                  analyse="Przeanalizuj dane, wskaż najbardziej prawdopodobną przyczynę i uzasadnij kolejność badań."),
    "nl-NL": dict(easy="Zet deze lijst om naar CSV, verder niets.", greet="Hoi, bedankt voor gisteren!",
                  hard="Maak een plan om het stikstofoverschot te verlagen zonder melkproductie te verliezen, met onderbouwde afwegingen.",
                  analyse="Analyseer deze gegevens, vind de waarschijnlijkste oorzaak en rangschik de alternatieven."),
    "pt-BR": dict(easy="Converta esta lista para CSV, só isso.", greet="Oi, valeu pela ajuda ontem!",
                  hard="Monte um plano de IATF para este lote considerando ECC, custo e taxa de prenhez esperada; justifique.",
                  analyse="Analise os dados, ache a causa mais provável e justifique o que testar primeiro."),
    "ru-RU": dict(easy="Преобразуй этот список в CSV, больше ничего.", greet="Здравствуйте, спасибо за вчерашнюю помощь!",
                  hard="Составь план севооборота на 4 года с учётом засухи, кредита и сроков уборки; обоснуй компромиссы.",
                  analyse="Проанализируй данные, найди наиболее вероятную причину и обоснуй порядок анализов."),
    "uk-UA": dict(easy="Перетвори цей список у CSV, нічого більше.", greet="Доброго дня, дякую за вчора!",
                  hard="Сплануй схему захисту соняшнику з урахуванням резистентності, ціни та погоди; обґрунтуй рішення.",
                  analyse="Проаналізуй дані, знайди найімовірнішу причину та обґрунтуй наступні кроки."),
    "el-GR": dict(easy="Μετάτρεψε αυτή τη λίστα σε CSV, τίποτα άλλο.", greet="Καλημέρα, ευχαριστώ για χθες!",
                  hard="Σχεδίασε πρόγραμμα εμβολιασμών και αποπαρασίτωσης για το κοπάδι με τεκμηριωμένες επιλογές.",
                  analyse="Ανάλυσε τα δεδομένα, βρες την πιθανότερη αιτία και τεκμηρίωσε τι ελέγχουμε πρώτα."),
    "tr-TR": dict(easy="Bu listeyi CSV yap, başka bir şey ekleme.", greet="Merhaba, dünkü yardım için teşekkürler!",
                  hard="Bu sürü için kış rasyon planı hazırla, maliyet ve enerji dengesini gerekçelendir.",
                  analyse="Verileri analiz et, en olası nedeni bul ve önce neyin test edileceğini gerekçelendir."),
    "hi-IN": dict(easy="इस सूची को CSV में बदल दो, और कुछ नहीं।", greet="नमस्ते, कल की मदद के लिए धन्यवाद!",
                  hard="इस खेत के लिए रबी फसल योजना बनाओ, पानी, लागत और जोखिम के बीच संतुलन समझाओ।",
                  analyse="इन आंकड़ों का विश्लेषण करो, सबसे संभावित कारण बताओ और पहले कौन सी जांच हो, कारण सहित।"),
    "zh-CN": dict(easy="把这个列表转成CSV，别的不要。", greet="你好，谢谢昨天的帮忙！", hard="为这个猪场制定非洲猪瘟生物安全方案，权衡成本和风险并说明理由。",
                  analyse="分析这些数据，找出最可能的原因，并说明先做哪项检测。"),
    "ja-JP": dict(easy="このリストをCSVに変換してください。それだけで結構です。", greet="こんにちは、昨日はありがとうございました！",
                  hard="この酪農場の暑熱対策と繁殖計画を、コストと受胎率のトレードオフを考えて立ててください。",
                  analyse="データを分析し、最も可能性の高い原因と最初に行う検査を理由とともに示してください。"),
    "ko-KR": dict(easy="이 목록을 CSV로 바꿔 주세요. 다른 건 필요 없어요.", greet="안녕하세요, 어제 도와주셔서 감사합니다!",
                  hard="이 한우 농가의 번식 및 사료 계획을 비용과 수태율을 고려해 세우고 근거를 설명해 주세요.",
                  analyse="데이터를 분석해서 가장 가능성 높은 원인을 찾고 먼저 할 검사를 근거와 함께 알려 주세요."),
    "th-TH": dict(easy="แปลงรายการนี้เป็น CSV อย่างเดียว", greet="สวัสดีครับ ขอบคุณสำหรับเมื่อวาน",
                  hard="วางแผนการปลูกข้าวและการจัดการน้ำสำหรับแปลงนี้ พร้อมเหตุผลของการเลือก", analyse="วิเคราะห์ข้อมูลนี้ หาสาเหตุที่น่าจะเป็นที่สุด และบอกว่าควรตรวจอะไรก่อน"),
    "ar-EG": dict(easy="حول القائمة دي لـ CSV بس.", greet="السلام عليكم، شكرا على مساعدة امبارح!",
                  hard="اعمل خطة تغذية لمزرعة الجاموس دي مع موازنة التكلفة والإنتاج ووضح الأسباب.", analyse="حلل البيانات دي، وقول السبب الأرجح وإيه أول تحليل نعمله."),
    "he-IL": dict(easy="המר את הרשימה ל-CSV, בלי תוספות.", greet="שלום, תודה על העזרה אתמול!",
                  hard="תכנן תוכנית השקיה ודישון למטע עם שיקולי עלות ומים, ונמק כל החלטה.", analyse="נתח את הנתונים, מצא את הסיבה הסבירה ביותר ונמק מה לבדוק קודם."),
}
SHORT_SIMPLE_EN = ["what's the German word for 'heifer'?", "spell out 'BVD' for me", "how many kg in a hundredweight?",
                   "thanks, that's all for today", "capitalise: cph holding number", "what does 'DM' stand for on a silage report?",
                   "reply 'received, thanks' to the feed merchant", "list the days of the week in Welsh"]
SHORT_HARD_EN = ["Cow 6 weeks calved, 38.9°C, ketones 2.1, LDA ping left side, herd has 4 similar cases: differential, what's driving it at herd level, and a transition-cow plan?",
                 "Given 120 ha, 2 contractors, wet spring forecast and a 10-day first-cut window, sequence silage fields to maximise D-value; explain the trade-off.",
                 "Flock of 600 with 18% barren ewes and Toxo/Enzootic both plausible: design the sampling strategy and the decision rule.",
                 "Is it worth switching 40 ha from winter wheat to spring beans under current prices and blackgrass pressure? Reason it through.",
                 "Design a rotational grazing plan for 90 dairy cows on 32 ha with a 21-day round in May; show the calculation."]


def long_table(r, n):
    rows = []
    for i in range(n):
        rows.append(f"{i + 1}. tag UK {r.randint(100000, 999999)} {r.randint(10000, 99999)} -- {r.choice(['HOL', 'JER', 'LIMx', 'AAx', 'BBx'])} -- "
                    f"{r.randint(8, 42)} L/d -- SCC {r.randint(40, 600)}k -- DIM {r.randint(5, 320)} -- pen {r.choice('ABCDEF')}{r.randint(1, 9)}")
    return "\n".join(rows)


def make_cx(r):
    recs = []
    langs = list(CX_LANG)
    cats = ["short_simple", "long_easy", "short_hard", "long_hard"]
    for c_i, cat in enumerate(cats):
        for j in range(48):
            lang = langs[(j * 7 + c_i * 3) % len(langs)]
            D = CX_LANG[lang]
            if cat == "short_simple":
                text = r.choice([D["easy"] + " " + r.choice(["HOL;12;A1", "JER;9;B2"]), D["greet"]]) if lang != "en" or j % 2 else r.choice(SHORT_SIMPLE_EN)
                style = "lookup/greeting"
            elif cat == "long_easy":
                tbl = long_table(r, r.randint(22, 34))
                text = r.choice([D["easy"], "Copy this out again sorted by pen, don't change anything:", "Reformat as a markdown table:"] if lang == "en" else [D["easy"]]) + "\n\n" + tbl
                style = "reformat/herd_export"
            elif cat == "short_hard":
                text = r.choice(SHORT_HARD_EN) if lang == "en" else D["hard"]
                style = "planning/expert"
            else:
                tbl = long_table(r, r.randint(18, 30))
                text = (D["analyse"] + f"\nContext: bulk tank SCC rose from 180k to {r.randint(300, 520)}k over {r.randint(3, 8)} weeks; "
                        f"new parlour liners fitted in week {r.randint(1, 3)}; dry-cow therapy changed to selective.\n\n" + tbl
                        + "\n\n" + D["hard"])
                style = "analysis/herd_health"
            if cat == "long_easy":
                assert len(text) >= 1500, len(text)
            msgs = [{"role": "system", "content": r.choice(SYSTEMS)}] if r.random() < .5 else []
            msgs.append({"role": "user", "content": text})
            recs.append({"id": "", "category": cat, "label": int(cat in ("short_hard", "long_hard")),
                         "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang,
                         "style": style, "body": {"model": "hybridgate/auto", "messages": msgs}})
    r.shuffle(recs)
    for n, rec in enumerate(recs, 1):
        rec["id"] = f"{SPLIT}-cx-{n:04d}"
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    r = random.Random(a.seed)
    fz = Freeze()
    P = build_pools(r, fz)
    print(f"frozen words: {len(fz.words)}; pool entries dropped by the freeze: {sum(DROPPED.values())}")
    for k in sorted(DROPPED):
        if DROPPED[k]:
            print(f"  {k}: {DROPPED[k]}")
    pii, inc = make_pii(r, P)
    cx = make_cx(r)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as fh:
            for rec in rows:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    ns = sum(x["sensitive"] for x in pii)
    ep = collections.Counter(x["endpoint"] for x in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records ({ep['chat']} chat, {ep['completions']} completions), "
          f"{ns} sensitive ({ns / len(pii):.1%}), {len(pii) - ns} benign, {inc} incidental, "
          f"{len({x['lang'] for x in pii})} locales, {len({L[x['lang']]['script'] for x in pii})} scripts")
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("  categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    cc = collections.Counter(x["category"] for x in cx)
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records in {len({x['lang'] for x in cx})} language tags: {dict(sorted(cc.items()))}; "
          f"{sum(x['length_adversarial'] for x in cx)} length-adversarial, {sum(x['label'] for x in cx)} labelled 1")


if __name__ == "__main__":
    main()
