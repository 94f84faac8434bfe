#!/usr/bin/env python3
"""Sill: a blind evaluation split for the request signals, world MUSIC, TICKETING, FESTIVALS AND NIGHTLIFE.

Writes bench/data/signals/pii_sill.jsonl and bench/data/signals/complexity_sill.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial, endpoint,
lang, style, body), to be evaluated once, blind.

How it was written
    Blind: the author read only the writer's brief, the first 70 lines of make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of the two delta data files. Not read: the detector, the scorer,
    tests, docs, policies, results, the evaluator, any other generator or data file, and no git history. The
    generators named in FROZEN_AGAINST are only scanned at run time for capitalised / non-ASCII words; every pool
    entry (names, surnames, streets, companies, places, public figures) colliding with that word set is dropped
    and refilled from invented, locale-typical composed parts. The run prints how many entries were dropped.

World and organising principle
    Promoters and venues, ticket orders and resale disputes, guest lists and accreditation, artist riders and
    tour itineraries, festival volunteer and crew rosters, noise complaints, door-staff incident logs, fan-club
    mail and royalty statements. Organised by the KIND of document the people and software of that world paste
    into an assistant: intake, correspondence, scheduling, complaint, internal_note, export (CSV/TSV/JSON rows),
    notice, form, chat -- each with a sensitive variant (category ``<kind>``) and a benign hard negative
    (``<kind>_benign``), several voices per kind (box office, promoter, tour manager, door supervisor,
    accreditation desk, volunteer coordinator, fan-club admin, royalty clerk, resident near a venue), and 21
    locales in 10 scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul) with
    code-switching between the data language and English, jargon (GL, +1, AAA, comp, settle, load-in, curfew)
    and typos.

Where the line is drawn
    Personal data: private people (ticket buyers, fans, crew, volunteers, door staff named with a role cue,
    relatives), their phones (extensions too), personal e-mails, home addresses, birth dates, national / tax /
    health numbers, hospital record numbers, IBANs, US routing+account pairs, payment cards, a fan's public IP.
    Not personal data (benign hard negatives): public figures in their public role, historical and fictional
    persons, eponymous venues and streets, box-office switchboards and role mailboxes, emergency numbers, order /
    booking / case / licence numbers, company registrations, versions, timestamps, coordinates, hashes, ISBNs,
    ISRCs, RFC 5737 / RFC 3849 addresses, example.com, published test card numbers, blank forms, anonymised
    texts and statistics. Benign records issue no private value at all.

Labels
    ``entities`` = [{"type", "value"}] for every issued value found by searching the serialised body (file parts
    base64-decoded, URLs unquoted); ``sensitive`` iff entities is non-empty. Types: PERSON, PHONE_NUMBER,
    EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, US_SSN, NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, MEDICAL_RECORD,
    IBAN_CODE, CREDIT_CARD, US_BANK_NUMBER, IP_ADDRESS. Complexity: short_simple 0, long_easy 0 (>= 1,500 chars),
    short_hard 1, long_hard 1; short_hard and long_easy are length_adversarial.

Contents
    Printed by the run. Seed 61842093: pii_sill.jsonl 504 requests (454 chat, 50 completions), 9 kinds x 56 (33 sensitive
    + 23 benign): 297 sensitive (58.9%) / 207 benign, 21 language tags, 10 scripts, 36 sensitive records with a single
    incidental item. complexity_sill.jsonl 190 chat requests in 20 language tags: short_simple 47, long_easy 48
    (>= 1,500 chars), short_hard 48, long_hard 47; 96 length-adversarial, 95 labelled 1. The freeze scanned 112
    generators and dropped 384 pool entries (refilled from composed parts).

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (IBAN mod-97, Luhn
    cards, ABA routing, national numbers); hospital record numbers carry a Luhn digit checked with stdnum.luhn;
    every phone is validated with ``phonenumbers``; IPs are checked to be global. An invalid value aborts the run;
    every retry loop is capped. Only random.Random(seed) is used; output is byte-reproducible.

Command
    python bench/make_sill_signal_sets.py [--seed 61842093] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import ipaddress
import json
import pathlib
import re
import urllib.parse

import phonenumbers
from stdnum import iban as s_iban, luhn as s_luhn
from stdnum.us import ssn as s_ssn, rtn as s_rtn
from stdnum.de import idnr as s_deid
from stdnum.fr import nir as s_nir
from stdnum.es import dni as s_dni
from stdnum.br import cpf as s_cpf
from stdnum.pl import pesel as s_pesel
from stdnum.nl import bsn as s_bsn
from stdnum.se import personnummer as s_sepn
from stdnum.tr import tckimlik as s_tck
from stdnum.ru import inn as s_inn
from stdnum.ua import rntrc as s_rntrc
from stdnum.gr import amka as s_amka
from stdnum.il import idnr as s_ilid
from stdnum.in_ import aadhaar as s_aadhaar, pan as s_pan
from stdnum.th import pin as s_thpin
from stdnum.jp import in_ as s_jpin
from stdnum.kr import rrn as s_rrn
from stdnum.gb import nhs as s_nhs

SPLIT = "sill"
DEFAULT_SEED = 61842093
FROZEN_AGAINST = tuple("""arete arroyo atlas atoll bajada barchan bayou bergschrund blind bluff bornhardt butte caldera
canyon caprock cenote cirque coquina coulee cuesta cwm delta doline drumlin dune erg esker estuary felsenmeer fen fjord
flysch fumarole geyser glacier gnamma gour guyot hamada heron hogback hoodoo horst hummock inlier inselberg isthmus kame
karst kestrel kettle kipuka klint knoll kopje lagoon lahar lantern lapiaz loess lunette maar meadow mesa mire mogote
monadnock moraine mosaic moulin nubbin nunatak outwash oxbow pediment pingo playa polje quarry ravine regolith ria rill
sabkha sandur sastrugi scarp scree sealed serac sierra sinter skerry solfatara steppe tafoni talus tarn tepui tinaja
tombolo tor tufa tundra tuya unseen ventifact wadi wild yardang yazoo zeugen""".split())

GENERIC = {w.casefold() for w in """Street St Road Rd Avenue Ave Lane Way Straße Strasse Weg Platz Allee Rue Boulevard Bd
Calle Avenida Via Viale Piazza Rua Ulica ul Straat Laan Gatan Vägen Sokak Caddesi Cad Sok Mahallesi Mah улица ул проспект
вулиця вул οδός Οδός شارع רחוב मार्ग रोड ถนน ซอย 路 号 丁目 番地 로 길 Records Music Festival Club Hall Arena Ltd GmbH SARL
SL SpA Ltda Sp zoo BV AB AŞ ООО ТОВ Inc LLC Live Sound Events Touring Productions Ticketing Agency Booking Mgmt""".split()}


class Abort(RuntimeError):
    pass


# ----------------------------------------------------------------------------------------------- locales
# (tag, script, region, first names, surnames, [first syllables], [first endings], [surname roots], [surname ends],
#  street roots, street pattern, cities, mail domains, words)
L = {}


def loc(tag, script, region, first, last, fpre, fsuf, lroot, lend, sroots, spat, cities, doms, words):
    L[tag] = dict(tag=tag, script=script, region=region, first=first, last=last, fpre=fpre, fsuf=fsuf, lroot=lroot,
                  lend=lend, sroots=sroots, spat=spat, cities=cities, doms=doms, w=words)


# words: name, phone, addr, dob, guestlist, order, noise sentence, please-help
loc("en-GB", "Latin", "GB", ["Maisie", "Callum", "Niamh", "Rhys", "Imogen", "Fraser"],
    ["Pettigrew", "Ashworth", "Blackmore", "Treloar", "Haldane", "Quigley"], ["Ros", "Bel", "Tam", "Wil", "Ed"],
    ["wyn", "ella", "mer", "bie", "ric"], ["Thorn", "Ash", "Brack", "Mill", "Crane"], ["ley", "wood", "ton", "by"],
    ["Kettering", "Marlowe", "Saltash", "Ferndale"], "{n} {r} Road, {c} {pc}", ["Leeds", "Bristol", "Glasgow"],
    ["gmail.com", "btinternet.com", "outlook.com"],
    ["Name", "Mobile", "Address", "DOB", "guest list", "order", "the bass from the club kept us up till 4am again", "can you help"])
loc("en-US", "Latin", "US", ["Kayla", "Tyrell", "Brooke", "Dakota", "Marisol", "Hunter"],
    ["Kowalczyk", "Delacroix", "Whitfield", "Okafor", "Brannigan", "Lindqvist"], ["Jay", "Bry", "Ken", "Sha", "Cor"],
    ["den", "lyn", "ton", "na", "son"], ["Hol", "Fair", "Wes", "Rad", "Col"], ["lister", "man", "cott", "field"],
    ["Sycamore", "Juniper", "Cottonwood", "Larkspur"], "{n} {r} Ave, {c}, {st} {pc}", ["Austin", "Nashville", "Tulsa"],
    ["gmail.com", "yahoo.com", "icloud.com"],
    ["Name", "Cell", "Address", "DOB", "guest list", "order", "the bar next door blasts music past 2am every weekend", "can you help"])
loc("de-DE", "Latin", "DE", ["Jannik", "Mareike", "Torben", "Svenja", "Malte", "Frauke"],
    ["Brinkhaus", "Oltmanns", "Pflügler", "Wendeborn", "Kästner", "Hollmig"], ["Jan", "Hen", "Wieb", "Ans", "Gerd"],
    ["ke", "rik", "na", "ja", "old"], ["Brink", "Holt", "Kamp", "Rieh", "Wend"], ["mann", "meier", "haus", "ler"],
    ["Lindenhof", "Birkenau", "Mühlgraben", "Eichkamp"], "{r}straße {n}, {pc} {c}", ["Leipzig", "Kassel", "Rostock"],
    ["web.de", "gmx.de", "t-online.de"],
    ["Name", "Handy", "Anschrift", "Geburtsdatum", "Gästeliste", "Bestellung", "Der Bass aus dem Club war wieder bis 4 Uhr zu hören", "kannst du helfen"])
loc("fr-FR", "Latin", "FR", ["Maëlys", "Gaëtan", "Solène", "Timéo", "Clémence", "Yanis"],
    ["Lefebvre-Roux", "Carpentier", "Vasseur", "Guillou", "Le Goff", "Marchetti"], ["Ma", "Léo", "Clo", "Gui", "Ro"],
    ["dine", "rian", "elle", "mane", "zin"], ["Bou", "Char", "Dela", "Mont", "Ver"], ["rdin", "pentier", "court", "lier"],
    ["des Tanneurs", "du Puits", "des Vignes", "du Moulin"], "{n} rue {r}, {pc} {c}", ["Lyon", "Nantes", "Lille"],
    ["orange.fr", "free.fr", "laposte.net"],
    ["Nom", "Portable", "Adresse", "Date de naissance", "liste d'invités", "commande", "la basse du bar nous a encore réveillés à 3h", "tu peux m'aider"])
loc("es-ES", "Latin", "ES", ["Iker", "Nerea", "Aitana", "Unai", "Rocío", "Adrián"],
    ["Etxeberria", "Villalobos", "Carrasco", "Sanjurjo", "Quintana", "Olmedo"], ["Ain", "Ire", "Mai", "Ander", "Lu"],
    ["hoa", "ne", "tz", "cía", "rio"], ["Garrid", "Monter", "Peñal", "Rosal", "Vill"], ["o", "ez", "ver", "ada"],
    ["de los Almendros", "del Olivar", "de la Acequia", "del Pinar"], "Calle {r} {n}, {pc} {c}", ["Valencia", "Bilbao", "Murcia"],
    ["gmail.com", "hotmail.es", "telefonica.net"],
    ["Nombre", "Móvil", "Dirección", "Fecha de nacimiento", "lista de invitados", "pedido", "el ruido del bar sigue hasta las 4 de la mañana", "me ayudas"])
loc("it-IT", "Latin", "IT", ["Gianmarco", "Ilaria", "Tommaso", "Chiara", "Edoardo", "Benedetta"],
    ["Lombardozzi", "Ferraresi", "Pagliuca", "Tedeschi", "Zanardi", "Cavallin"], ["Gian", "Lore", "Ric", "Ser", "Fla"],
    ["luca", "nzo", "cardo", "ena", "via"], ["Bel", "Cast", "Mor", "Pell", "Ross"], ["lini", "aldi", "etti", "ucci"],
    ["dei Tigli", "delle Ginestre", "dei Mulini", "del Pozzo"], "Via {r} {n}, {pc} {c}", ["Bologna", "Torino", "Bari"],
    ["libero.it", "tiscali.it", "virgilio.it"],
    ["Nome", "Cellulare", "Indirizzo", "Data di nascita", "lista ospiti", "ordine", "la musica del locale va avanti fino alle 4", "mi aiuti"])
loc("pt-BR", "Latin", "BR", ["Thiago", "Larissa", "Caíque", "Bianca", "Rafaela", "Davi"],
    ["Albuquerque", "Nogueira", "Cavalcanti", "Bittencourt", "Figueiredo", "Sampaio"], ["Lu", "Ga", "Hei", "Jo", "Ma"],
    ["ana", "briel", "tor", "elle", "naldo"], ["Bar", "Cam", "Fon", "Mace", "Quei"], ["ros", "pos", "seca", "do"],
    ["das Acácias", "dos Ipês", "do Cajueiro", "das Palmeiras"], "Rua {r}, {n} - {c}, CEP {pc}", ["Recife", "Curitiba", "Salvador"],
    ["gmail.com", "uol.com.br", "bol.com.br"],
    ["Nome", "Celular", "Endereço", "Data de nascimento", "lista VIP", "pedido", "o som do bar vai até as 4 da manhã", "pode me ajudar"])
loc("pl-PL", "Latin", "PL", ["Zuzanna", "Bartosz", "Oliwia", "Jakub", "Wiktoria", "Mikołaj"],
    ["Wróblewska", "Kaczmarczyk", "Zalewski", "Szymańska", "Grabowiecki", "Pietrzak"], ["Bo", "Mir", "Rado", "Zbi", "Sta"],
    ["gna", "sław", "mira", "gniew", "ryna"], ["Kowal", "Nowa", "Wrób", "Zieli", "Lis"], ["czyk", "kowski", "ewicz", "ak"],
    ["Jarzębinowa", "Kasztanowa", "Wrzosowa", "Modrzewiowa"], "ul. {r} {n}, {pc} {c}", ["Poznań", "Gdańsk", "Lublin"],
    ["wp.pl", "onet.pl", "interia.pl"],
    ["Imię i nazwisko", "Tel.", "Adres", "Data urodzenia", "lista gości", "zamówienie", "muzyka z klubu dudni do 4 rano", "pomożesz"])
loc("nl-NL", "Latin", "NL", ["Sanne", "Jesse", "Fleur", "Thijs", "Lotte", "Bram"],
    ["van Dongen", "Hoekstra", "Brouwer", "de Wildt", "Veenstra", "Schouten"], ["Jo", "Wou", "Fen", "Lie", "Mar"],
    ["ke", "ter", "na", "rik", "jan"], ["Vis", "Bak", "Hoek", "Dijk", "Meu"], ["ser", "ker", "stra", "man"],
    ["Kastanje", "Vlinder", "Lijsterbes", "Dotterbloem"], "{r}straat {n}, {pc} {c}", ["Utrecht", "Tilburg", "Zwolle"],
    ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    ["Naam", "Mobiel", "Adres", "Geboortedatum", "gastenlijst", "bestelling", "de bas van de club dreunt tot 4 uur door", "kun je helpen"])
loc("sv-SE", "Latin", "SE", ["Linnea", "Hampus", "Saga", "Viggo", "Ebba", "Melker"],
    ["Lindgren-Ek", "Bergqvist", "Holmström", "Sjöberg", "Nyqvist", "Åkesson"], ["Al", "Sig", "Ing", "Tor", "Fre"],
    ["vin", "rid", "var", "dis", "ja"], ["Berg", "Lund", "Sjö", "Ek", "Dahl"], ["qvist", "ström", "gren", "berg"],
    ["Rönnbärs", "Hägg", "Blåklints", "Lärk"], "{r}vägen {n}, {pc} {c}", ["Uppsala", "Umeå", "Malmö"],
    ["telia.com", "gmail.com", "hotmail.se"],
    ["Namn", "Mobil", "Adress", "Födelsedatum", "gästlista", "beställning", "basen från klubben hörs till klockan 4", "kan du hjälpa"])
loc("tr-TR", "Latin", "TR", ["Ece", "Burak", "Zeynep", "Emre", "Defne", "Kerem"],
    ["Yıldırım", "Karaosmanoğlu", "Çelikkaya", "Aydemir", "Özkaya", "Tunalı"], ["Ay", "Tol", "Bur", "Se", "Gül"],
    ["su", "ga", "can", "lin", "han"], ["Kara", "Ak", "Öz", "Demir", "Yıl"], ["taş", "soy", "oğlu", "kaya"],
    ["Lale", "Menekşe", "Ihlamur", "Çınaraltı"], "{r} Sok. No:{n}, {pc} {c}", ["İzmir", "Eskişehir", "Bursa"],
    ["gmail.com", "hotmail.com", "yandex.com.tr"],
    ["Ad Soyad", "Cep", "Adres", "Doğum tarihi", "misafir listesi", "sipariş", "bardan gelen müzik sabah 4'e kadar sürüyor", "yardım eder misin"])
loc("ru-RU", "Cyrillic", "RU", ["Ярослава", "Глеб", "Полина", "Тимофей", "Варвара", "Арсений"],
    ["Белозёрова", "Кривошеин", "Ладыгина", "Шубников", "Журавлёва", "Пестов"], ["Яро", "Свято", "Мило", "Добро", "Стани"],
    ["слав", "мир", "слава", "мира", "лав"], ["Бере", "Соло", "Туман", "Кали", "Ряби"], ["зин", "вьев", "ов", "нин"],
    ["Рябиновая", "Сиреневая", "Кленовая", "Черёмуховая"], "ул. {r}, д. {n}, {c}, {pc}", ["Казань", "Самара", "Пермь"],
    ["yandex.ru", "mail.ru", "rambler.ru"],
    ["ФИО", "Тел.", "Адрес", "Дата рождения", "гест-лист", "заказ", "музыка из клуба гремит до 4 утра", "помоги пожалуйста"])
loc("uk-UA", "Cyrillic", "UA", ["Соломія", "Богдан", "Ярина", "Остап", "Мирослава", "Тарас"],
    ["Коваленко", "Гнатюк", "Ткачук", "Бондарчук", "Лисенко", "Савчук"], ["Любо", "Ярема", "Ост", "Зла", "Доро"],
    ["мир", "слава", "ап", "ата", "фій"], ["Мель", "Гор", "Кравч", "Сав", "Пан"], ["ник", "енко", "ук", "ич"],
    ["Калинова", "Вишнева", "Липова", "Соборна"], "вул. {r}, {n}, {c}, {pc}", ["Львів", "Вінниця", "Чернігів"],
    ["ukr.net", "i.ua", "gmail.com"],
    ["ПІБ", "Тел.", "Адреса", "Дата народження", "гест-ліст", "замовлення", "музика з клубу гримить до 4 ранку", "допоможи"])
loc("el-GR", "Greek", "GR", ["Δανάη", "Στέλιος", "Ιφιγένεια", "Παναγιώτης", "Μυρτώ", "Λευτέρης"],
    ["Κατσαρού", "Μαυρίδης", "Τσολάκη", "Παπαδάκης", "Ζαχαρίου", "Λαμπράκης"], ["Αγλα", "Θεο", "Κλε", "Σταυ", "Φοι"],
    ["ΐα", "δωρος", "ονίκη", "ρούλα", "βος"], ["Καρα", "Μπαλ", "Τσιρ", "Γεωρ", "Σπυ"], ["γιάννης", "άκης", "ίδης", "ου"],
    ["Αμαλίας", "Κρήνης", "Πλατάνων", "Μυρτιδιωτίσσης"], "Οδός {r} {n}, {pc} {c}", ["Πάτρα", "Λάρισα", "Βόλος"],
    ["otenet.gr", "yahoo.gr", "gmail.com"],
    ["Ονοματεπώνυμο", "Κινητό", "Διεύθυνση", "Ημ. γέννησης", "guest list", "παραγγελία", "η μουσική από το μπαρ ακούγεται μέχρι τις 4", "μπορείς να βοηθήσεις"])
loc("ar-EG", "Arabic", "EG", ["يوسف", "مريم", "كريم", "سلمى", "عمرو", "نورهان"],
    ["الشناوي", "عبد الحميد", "الدسوقي", "منصور", "الفيومي", "شاكر"], ["عبد ال", "نور ", "سيف ", "ملك ", "زين "],
    ["رحمن", "الدين", "الإسلام", "ة", "ب"], ["ال", "أبو ", "بن "], ["سيوفي", "زيات", "عطار", "نجار"],
    ["النيل", "الجلاء", "التحرير الفرعي", "السرايات"], "{n} شارع {r}، {c} {pc}", ["الإسكندرية", "المنصورة", "طنطا"],
    ["gmail.com", "yahoo.com", "hotmail.com"],
    ["الاسم", "موبايل", "العنوان", "تاريخ الميلاد", "قائمة الضيوف", "طلب", "صوت الموسيقى من الكافيه مستمر حتى الرابعة فجرا", "ممكن تساعدني"])
loc("he-IL", "Hebrew", "IL", ["נועה", "איתי", "שירה", "עומר", "יעל", "אביתר"],
    ["בן-חמו", "רוזנטל", "אלמוג", "שטרנברג", "גולדפרב", "אזולאי"], ["אבי", "נוע", "טל", "שי", "רו"],
    ["גיל", "ם", "יה", "אל", "ני"], ["בר", "גול", "שט", "רוז"], ["זילבר", "דמן", "ון", "קין"],
    ["הרימון", "הדקל", "האלה", "השקמה"], "רחוב {r} {n}, {c} {pc}", ["חיפה", "באר שבע", "רחובות"],
    ["walla.co.il", "gmail.com", "012.net.il"],
    ["שם", "נייד", "כתובת", "תאריך לידה", "רשימת אורחים", "הזמנה", "המוזיקה מהבר נמשכת עד 4 לפנות בוקר", "אפשר עזרה"])
loc("hi-IN", "Devanagari", "IN", ["अनिकेत", "श्रेया", "ऋतिक", "मानसी", "विहान", "तनीषा"],
    ["कुलकर्णी", "चतुर्वेदी", "भटनागर", "देशपांडे", "रस्तोगी", "सहगल"], ["अनु", "दिव", "हर", "प्र", "सु"],
    ["राग", "या", "ीश", "णव", "मित"], ["त्रि", "श्री", "अग्र", "भार"], ["पाठी", "वास्तव", "वाल", "द्वाज"],
    ["गुलमोहर", "अशोक विहार", "कमला नगर", "चंदन"], "{n}, {r} मार्ग, {c} {pc}", ["पुणे", "लखनऊ", "इंदौर"],
    ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    ["नाम", "मोबाइल", "पता", "जन्मतिथि", "गेस्ट लिस्ट", "ऑर्डर", "क्लब का म्यूज़िक रात 4 बजे तक बजता है", "मदद करो"])
loc("th-TH", "Thai", "TH", ["ณัฐวุฒิ", "พิมพ์ชนก", "ธนากร", "กัญญารัตน์", "ภูมิพัฒน์", "ชนิดา"],
    ["ศรีสุวรรณ", "วงศ์ไพบูลย์", "จันทร์เพ็ญ", "ทองประเสริฐ", "บุญมาก", "แสงอรุณ"], ["ธีร", "ปิย", "วร", "สุ", "อนุ"],
    ["ภัทร", "ดา", "วิทย์", "นันท์", "พงษ์"], ["ศรี", "ทอง", "แก้ว", "บุญ"], ["สมบูรณ์", "ประเสริฐ", "มณี", "ยืน"],
    ["ลาดพร้าว 71", "นิมมานเหมินท์", "ประชาอุทิศ", "สุขุมวิท 49"], "{n} ซอย {r}, {c} {pc}", ["เชียงใหม่", "ขอนแก่น", "หาดใหญ่"],
    ["hotmail.com", "gmail.com", "yahoo.co.th"],
    ["ชื่อ", "มือถือ", "ที่อยู่", "วันเกิด", "เกสต์ลิสต์", "ออเดอร์", "เสียงเพลงจากผับดังถึงตีสี่", "ช่วยหน่อย"])
loc("zh-CN", "Han", "CN", ["梓涵", "浩然", "雨桐", "子轩", "欣怡", "俊杰"],
    ["欧阳", "司马", "诸葛", "上官", "慕容", "皇甫"], ["思", "嘉", "若", "沐", "一"],
    ["彤", "琪", "辰", "宁", "航"], ["公孙", "东方", "令狐", "宇文"], [""],
    ["梧桐", "丁香", "银杏", "海棠"], "{c}{r}路{n}号", ["成都市", "杭州市", "武汉市"],
    ["qq.com", "163.com", "126.com"],
    ["姓名", "手机", "地址", "出生日期", "嘉宾名单", "订单", "酒吧的低音一直响到凌晨四点", "帮我一下"])
loc("ja-JP", "Kana", "JP", ["はると", "ゆいな", "そうた", "ひまり", "りく", "あおい"],
    ["ヤマグチ", "サクラギ", "ミナセ", "タチバナ", "カザマ", "ホシノ"], ["こ", "み", "ゆ", "さ", "な"],
    ["はる", "つき", "なみ", "ずき", "ほ"], ["アサ", "ユキ", "ハナ", "ミズ"], ["ムラ", "モト", "サワ", "ノ"],
    ["さくら", "けやき", "みどり", "あかね"], "{c}{r}町{n}丁目", ["札幌市北区", "福岡市中央区", "仙台市青葉区"],
    ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com"],
    ["氏名", "携帯", "住所", "生年月日", "ゲストリスト", "注文", "ライブハウスの低音が朝4時まで響いている", "手伝って"])
loc("ko-KR", "Hangul", "KR", ["서연", "도윤", "하은", "지호", "예린", "시우"],
    ["남궁", "황보", "제갈", "선우", "독고", "사공"], ["하", "지", "수", "민", "유"],
    ["람", "율", "빈", "온", "솔"], ["강", "윤", "임", "한"], [""],
    ["은행나무", "벚꽃", "느티나무", "솔숲"], "{c} {r}로 {n}", ["부산 해운대구", "대구 수성구", "광주 동구"],
    ["naver.com", "daum.net", "kakao.com"],
    ["이름", "휴대폰", "주소", "생년월일", "게스트 리스트", "주문", "클럽 베이스 소리가 새벽 4시까지 울려요", "도와줘"])

LOCS = sorted(L)
PUBLIC = ["Freddie Mercury", "Édith Piaf", "Umm Kulthum", "Ludwig van Beethoven", "Fela Kuti", "Björk",
          "Kraftwerk", "Nina Simone", "Miriam Makeba", "Ennio Morricone", "Ryuichi Sakamoto", "Lata Mangeshkar"]
VENUES = ["Royal Albert Hall", "Carnegie Hall", "Salle Pleyel", "Teatro Colón", "Olympia", "Paradiso",
          "Gewandhaus", "Wembley Arena", "Bolshoi Theatre", "Budokan"]
ASCII_HANDLES = ["mixtape", "bassline", "nightowl", "vinylhead", "moshpit", "encore", "setlist", "crowdsurf", "afterparty", "b2b"]


# ----------------------------------------------------------------------------------------------- freeze
def frozen_words(root):
    words, seen = set(), 0
    for name in FROZEN_AGAINST:
        if name == SPLIT:
            continue
        p = root / "bench" / f"make_{name}_signal_sets.py"
        if not p.exists():
            continue
        seen += 1
        for t in re.findall(r"[^\W\d_]+", p.read_text(encoding="utf-8", errors="replace")):
            if t[0].isupper() or any(ord(c) > 127 for c in t):
                words.add(t.casefold())
    return words, seen


def collides(entry, words):
    for t in re.findall(r"[^\W\d_]+", entry):
        if t.casefold() in GENERIC:
            continue
        if t.casefold() in words:
            return True
        if any(ord(c) > 127 for c in t) and not t.isascii():
            # Han/Kana/Thai runs have no spaces: also test every frozen non-ASCII word as a substring of length >= 2
            pass
    return False


def apply_freeze(rng, words):
    dropped = collections.Counter()
    for tag in LOCS:
        d = L[tag]
        for key, comp in (("first", lambda: rng.choice(d["fpre"]) + rng.choice(d["fsuf"])),
                          ("last", lambda: rng.choice(d["lroot"]) + rng.choice(d["lend"])),
                          ("sroots", lambda: rng.choice(d["lroot"]) + rng.choice(d["fsuf"])),
                          ("cities", lambda: rng.choice(d["fpre"]) + rng.choice(d["lend"]))):
            keep = [e for e in d[key] if not collides(e, words)]
            dropped[key] += len(d[key]) - len(keep)
            tries = 0
            parts = [x.replace(" ", "") for x in d["fpre"] + d["fsuf"] + d["lroot"] + d["lend"] if x.strip()]
            while len(keep) < len(d[key]):
                tries += 1
                if tries > 3000:
                    break
                c = comp().strip() if tries <= 300 else "".join(rng.choice(parts) for _ in range(2 + tries % 2))
                if key in ("sroots", "cities") and tag in ("zh-CN", "ja-JP", "ko-KR"):
                    c = c.replace(" ", "")
                if c and c not in keep and not collides(c, words):
                    keep.append(c)
            d[key] = keep
            if not keep:
                raise Abort(f"freeze emptied {tag}.{key}")
    global PUBLIC, VENUES
    for nm in ("PUBLIC", "VENUES"):
        pool = globals()[nm]
        keep = [e for e in pool if not collides(e, words)]
        dropped[nm.lower()] += len(pool) - len(keep)
        if len(keep) < 3:
            keep = keep + [e for e in ["the Phantom of the Opera", "Papageno", "Carmen"] if e not in keep]
        globals()[nm] = keep
    return dropped


# ----------------------------------------------------------------------------------------------- values
def brute(rng, prefix, n, ok, fmt=lambda s: s, cap=300):
    for _ in range(cap):
        p = prefix()
        for k in range(10 ** n):
            c = fmt(p + str(k).zfill(n))
            try:
                if ok(c):
                    return c
            except Exception:
                pass
    raise Abort("no valid identifier")


def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def birth(rng):
    return rng.randint(1958, 2006), rng.randint(1, 12), rng.randint(1, 28)


def national(rng, tag, dob):
    y, m, d = dob
    yy, mm, dd = f"{y % 100:02d}", f"{m:02d}", f"{d:02d}"
    v = lambda mod: (lambda s: mod.is_valid(s))
    if tag == "en-GB":
        return "HEALTH_INSURANCE", "NHS no.", brute(rng, lambda: digits(rng, 9, "4"), 1, v(s_nhs), lambda s: f"{s[:3]} {s[3:6]} {s[6:]}")
    if tag == "en-US":
        for _ in range(300):
            a, g, s = rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999)
            c = f"{a:03d}-{g:02d}-{s:04d}"
            if a != 666 and s_ssn.is_valid(c):
                return "US_SSN", "SSN", c
        raise Abort("ssn")
    if tag == "de-DE":
        return "TAX_ID", "Steuer-ID", brute(rng, lambda: digits(rng, 10), 1, v(s_deid))
    if tag == "fr-FR":
        return "NATIONAL_ID", "n° sécu", brute(rng, lambda: f"{rng.choice('12')}{yy}{mm}{rng.randint(1, 95):02d}{rng.randint(1, 899):03d}{rng.randint(1, 999):03d}", 2, v(s_nir),
                                                lambda s: f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}")
    if tag == "es-ES":
        for _ in range(50):
            n = digits(rng, 8)
            for ch in "TRWAGMYFPDXBNJZSQVHLCKE":
                if s_dni.is_valid(n + ch):
                    return "NATIONAL_ID", "DNI", n + ch
        raise Abort("dni")
    if tag == "pt-BR":
        return "TAX_ID", "CPF", brute(rng, lambda: digits(rng, 9), 2, v(s_cpf), lambda s: f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}")
    if tag == "pl-PL":
        mm2 = f"{m + (20 if y >= 2000 else 0):02d}"
        return "NATIONAL_ID", "PESEL", brute(rng, lambda: f"{yy}{mm2}{dd}{rng.randint(0, 9999):04d}", 1, v(s_pesel))
    if tag == "nl-NL":
        return "NATIONAL_ID", "BSN", brute(rng, lambda: digits(rng, 8), 1, v(s_bsn))
    if tag == "sv-SE":
        return "NATIONAL_ID", "personnr", brute(rng, lambda: f"{yy}{mm}{dd}-{rng.randint(0, 999):03d}", 1, v(s_sepn))
    if tag == "tr-TR":
        return "NATIONAL_ID", "TC Kimlik", brute(rng, lambda: digits(rng, 9), 2, v(s_tck))
    if tag == "ru-RU":
        return "TAX_ID", "ИНН", brute(rng, lambda: digits(rng, 10, "1234567"), 2, v(s_inn))
    if tag == "uk-UA":
        return "TAX_ID", "РНОКПП", brute(rng, lambda: digits(rng, 9, "23"), 1, v(s_rntrc))
    if tag == "el-GR":
        return "NATIONAL_ID", "ΑΜΚΑ", brute(rng, lambda: f"{dd}{mm}{yy}{rng.randint(0, 9999):04d}", 1, v(s_amka))
    if tag == "he-IL":
        return "NATIONAL_ID", "ת.ז.", brute(rng, lambda: digits(rng, 8, "0123"), 1, v(s_ilid))
    if tag == "hi-IN":
        if rng.random() < 0.5:
            return "NATIONAL_ID", "आधार", brute(rng, lambda: digits(rng, 11, "23456789"), 1, v(s_aadhaar), lambda s: f"{s[:4]} {s[4:8]} {s[8:]}")
        for _ in range(100):
            c = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + rng.choice("ABKMRSV") + f"{rng.randint(1, 9999):04d}" + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            if s_pan.is_valid(c):
                return "TAX_ID", "PAN", c
        raise Abort("pan")
    if tag == "th-TH":
        return "NATIONAL_ID", "เลขบัตรประชาชน", brute(rng, lambda: digits(rng, 12, "1235"), 1, v(s_thpin))
    if tag == "ja-JP":
        return "NATIONAL_ID", "マイナンバー", brute(rng, lambda: digits(rng, 11), 1, v(s_jpin))
    if tag == "ko-KR":
        return "NATIONAL_ID", "주민등록번호", brute(rng, lambda: f"{yy}{mm}{dd}-{('34' if y >= 2000 else '12')[rng.randint(0, 1)]}{rng.randint(0, 95):02d}{rng.randint(0, 999):03d}", 1, v(s_rrn))
    return None


IBAN_BBAN = {"DE": lambda r: digits(r, 18), "FR": lambda r: digits(r, 23), "ES": lambda r: digits(r, 20),
             "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(r, 22), "PL": lambda r: digits(r, 24),
             "NL": lambda r: r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + digits(r, 10, "0123456789"),
             "TR": lambda r: digits(r, 5) + "0" + digits(r, 16), "GR": lambda r: digits(r, 23), "IL": lambda r: digits(r, 19),
             "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(r, 14), "SE": lambda r: digits(r, 20),
             "BR": None}


def make_iban(rng, cc):
    for _ in range(5000):
        b = IBAN_BBAN[cc](rng)
        num = "".join(str(int(ch, 36)) for ch in b + cc + "00")
        chk = 98 - int(num) % 97
        c = f"{cc}{chk:02d}{b}"
        if s_iban.is_valid(c):
            return " ".join(c[i:i + 4] for i in range(0, len(c), 4)) if rng.random() < 0.6 else c
    raise Abort("iban " + cc)


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4000056655665556", "5105105105105100"}


def make_card(rng):
    for _ in range(100):
        p = rng.choice(["4", "51", "52", "53", "54", "55"])
        body = p + "".join(rng.choice("0123456789") for _ in range(15 - len(p)))
        for k in range(10):
            c = body + str(k)
            if s_luhn.is_valid(c) and c not in TEST_CARDS:
                return " ".join(c[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else c
    raise Abort("card")


def make_mrn(rng):
    return "MRN " + brute(rng, lambda: digits(rng, 7), 1, s_luhn.is_valid)


def make_usbank(rng):
    r = brute(rng, lambda: f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + digits(rng, 6, "0123456789"), 1, s_rtn.is_valid)
    return f"routing {r} acct {digits(rng, rng.randint(9, 11))}"


def make_phone(rng, region, ext=False):
    ex = None
    for t in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        ex = phonenumbers.example_number_for_type(region, t)
        if ex:
            break
    nsn = str(ex.national_number)
    for _ in range(400):
        k = min(6, len(nsn) - 2)
        cand = nsn[:-k] + "".join(rng.choice("0123456789") for _ in range(k))
        n = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(n) and cand != nsn:
            f = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164])
            s = phonenumbers.format_number(n, f)
            chk = phonenumbers.parse(s, region)
            if not phonenumbers.is_valid_number(chk):
                continue
            if ext:
                s += rng.choice([" ext. ", " x", " доб. ", " poste "]) + str(rng.randint(10, 499))
            return s
    raise Abort("phone " + region)


def make_ip(rng):
    for _ in range(200):
        ip = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDEFFFFFF))
        if ip.is_global and not ip.is_multicast:
            return str(ip)
    raise Abort("ip")


def person(rng, tag):
    d = L[tag]
    y, m, dd = birth(rng)
    first, last = rng.choice(d["first"]), rng.choice(d["last"])
    full = f"{last}{first}" if tag == "zh-CN" else (f"{last} {first}" if tag in ("ja-JP", "ko-KR") else f"{first} {last}")
    if tag == "ko-KR":
        full = full.replace(" ", "")
    dob = {"en-US": f"{m:02d}/{dd:02d}/{y}", "zh-CN": f"{y}年{m}月{dd}日", "ja-JP": f"{y}年{m}月{dd}日",
           "ko-KR": f"{y}.{m:02d}.{dd:02d}", "sv-SE": f"{y}-{m:02d}-{dd:02d}", "hi-IN": f"{dd:02d}-{m:02d}-{y}"}.get(tag, f"{dd:02d}.{m:02d}.{y}" if rng.random() < 0.5 else f"{dd:02d}/{m:02d}/{y}")
    pc = {"GB": f"LS{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}", "US": f"{rng.randint(10000, 99999)}",
          "NL": f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGH')}{rng.choice('JKLMNPRS')}", "PL": f"{rng.randint(10, 99)}-{rng.randint(100, 999)}",
          "BR": f"{rng.randint(10000, 99999)}-{rng.randint(100, 999)}", "SE": f"{rng.randint(100, 999)} {rng.randint(10, 99)}"}.get(d["region"], f"{rng.randint(10000, 99999)}")
    addr = d["spat"].format(n=rng.randint(2, 148), r=rng.choice(d["sroots"]), c=rng.choice(d["cities"]), pc=pc, st=rng.choice(["TX", "TN", "OK"]))
    if d["region"] in ("CN", "JP", "KR", "TH"):
        addr = d["spat"].format(n=rng.randint(2, 48), r=rng.choice(d["sroots"]), c=rng.choice(d["cities"]), pc=pc, st="")
    mail = f"{rng.choice(ASCII_HANDLES)}.{rng.choice('abcdefghjklmnprstvz')}{rng.randint(7, 99)}@{rng.choice(d['doms'])}"
    p = dict(first=first, name=full, dob=f"{dob}", phone=make_phone(rng, d["region"], ext=rng.random() < 0.12),
             addr=addr, mail=mail, card=make_card(rng), ip=make_ip(rng))
    nid = national(rng, tag, (y, m, dd))
    p["nid"] = nid
    cc = {"de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT", "pl-PL": "PL", "nl-NL": "NL", "tr-TR": "TR", "el-GR": "GR",
          "he-IL": "IL", "en-GB": "GB", "sv-SE": "SE"}.get(tag)
    p["iban"] = make_iban(rng, cc) if cc else None
    p["usbank"] = make_usbank(rng) if tag == "en-US" else None
    p["mrn"] = make_mrn(rng)
    return p


# ----------------------------------------------------------------------------------------------- documents
KINDS = ["intake", "correspondence", "scheduling", "complaint", "internal_note", "export", "notice", "form", "chat"]
VOICES = {
    "intake": ["box_office", "accreditation_desk", "volunteer_coord"],
    "correspondence": ["promoter", "fan_club_admin", "royalty_clerk"],
    "scheduling": ["tour_manager", "crew_chief", "stage_manager"],
    "complaint": ["resident", "ticket_buyer", "resale_dispute"],
    "internal_note": ["door_supervisor", "venue_manager", "medic_tent"],
    "export": ["ticketing_dev", "data_analyst", "gl_app"],
    "notice": ["festival_ops", "venue_comms", "label_admin"],
    "form": ["accreditation", "crew_onboarding", "refund_form"],
    "chat": ["promoter_dm", "fan_dm", "bar_staff"],
}
ASKS = ["summarise this", "translate to English pls", "extract to JSON", "draft a polite reply", "fix the grammar",
        "make a checklist from it", "classify: urgent / normal", "rewrite more formally", "what's missing here?"]


def ref(rng, pfx):
    return f"{pfx}-{rng.randint(2024, 2026)}-{rng.randint(10000, 999999)}"


def doc_sensitive(rng, kind, voice, tag, p, q):
    """returns (text, [(type, value)])"""
    w = L[tag]["w"]
    typ, lbl, nid = p["nid"] if p["nid"] else (None, None, None)
    items = [("PERSON", p["name"])]
    ev = rng.choice(["Night Shift Weekender", "Blue Hour Open Air", "Kellerbar Sessions", "Sunset Pier Fest", "Hangar 9 Raves"])
    o = ref(rng, rng.choice(["ORD", "TKT", "BK"]))
    if kind == "intake":
        lines = [f"{w[0]}: {p['name']}", f"{w[1]}: {p['phone']}", f"{w[3]}: {p['dob']}", f"E-mail: {p['mail']}"]
        items += [("PHONE_NUMBER", p["phone"]), ("DATE_OF_BIRTH", p["dob"]), ("EMAIL_ADDRESS", p["mail"])]
        if voice == "volunteer_coord":
            lines += [f"{w[2]}: {p['addr']}", "shift pref: bar / recycling, no nights", "T-shirt: M"]
            items.append(("STREET_ADDRESS", p["addr"]))
        if nid and rng.random() < 0.7:
            lines.append(f"{lbl}: {nid}")
            items.append((typ, nid))
        if voice == "accreditation_desk":
            lines += ["pass: AAA / all areas" if rng.random() < 0.5 else "pass: CREW day 2-3", f"photo upload from IP {p['ip']}"]
            items.append(("IP_ADDRESS", p["ip"]))
        rng.shuffle(lines)
        head = {"box_office": f"walk-up at box office, {w[5]} {o}, card declined twice", "accreditation_desk": f"accred request {ev}",
                "volunteer_coord": f"new volunteer sign-up for {ev}"}[voice]
        return head + "\n" + "\n".join(lines), items
    if kind == "correspondence":
        if voice == "royalty_clerk" and p["iban"]:
            items.append(("IBAN_CODE", p["iban"]))
            t = (f"Dear {p['name']},\nplease find your Q{rng.randint(1, 4)} royalty statement attached (PRO ref {o}). "
                 f"Payout of EUR {rng.randint(40, 3900)},{rng.randint(10, 99)} will go to {p['iban']} unless you send new details. "
                 f"As songwriter share 50% / publisher 50%.\nRegards, royalties desk")
        elif voice == "fan_club_admin":
            items += [("STREET_ADDRESS", p["addr"]), ("EMAIL_ADDRESS", p["mail"])]
            t = (f"Hi {p['first']}! welcome to the fan club 💜 your membership pack ships to:\n{p['addr']}\n"
                 f"we'll mail the presale code to {p['mail']} 48h before general sale. {w[7]}?")
        else:
            items += [("PHONE_NUMBER", p["phone"])]
            t = (f"{w[0]}: {p['name']} ({w[1]} {p['phone']}) asked for 2x {w[4]} +1 for {ev}. "
                 f"Promoter OK'd comps, settle at end of night. Re: {o}")
            if q:
                items.append(("PERSON", q["name"]))
                t += f"\nplus one = {q['name']} (her brother)"
        return t, items
    if kind == "scheduling":
        rows = [f"{rng.randint(8, 23):02d}:{rng.choice(['00', '15', '30', '45'])} {x}" for x in ["load-in", "soundcheck", "doors", "curfew"]]
        items += [("PHONE_NUMBER", p["phone"])]
        t = (f"Day sheet {ev} / {rng.choice(['Tue', 'Fri', 'Sat'])}\n" + "\n".join(rows) +
             f"\nDriver: {p['name']} {p['phone']}\nhotel rooming: {p['name']} single, DOB {p['dob']} for passport check")
        items.append(("DATE_OF_BIRTH", p["dob"]))
        if voice == "crew_chief" and p["nid"]:
            t += f"\n{lbl} {nid} (payroll)"
            items.append((typ, nid))
        return t, items
    if kind == "complaint":
        if voice == "resident":
            items += [("STREET_ADDRESS", p["addr"]), ("PHONE_NUMBER", p["phone"])]
            t = f"{w[6]}. {w[0]}: {p['name']}, {w[2]}: {p['addr']}, {w[1]}: {p['phone']}. 3rd complaint this month!!"
        elif voice == "resale_dispute":
            items += [("CREDIT_CARD", p["card"]), ("EMAIL_ADDRESS", p["mail"])]
            t = (f"bought 2 tix on resale for {ev}, QR codes were already scanned at the gate. {w[5]} {o}. "
                 f"paid with card {p['card']}, account {p['mail']}. I want a chargeback. - {p['name']}")
        else:
            items += [("EMAIL_ADDRESS", p["mail"])]
            t = f"{p['name']} here ({p['mail']}) — seated tickets were moved to standing without notice, {w[5]} {o}. refund please"
            if p["usbank"]:
                t += f". refund by ACH to {p['usbank']}"
                items.append(("US_BANK_NUMBER", p["usbank"]))
        return t, items
    if kind == "internal_note":
        if voice == "medic_tent":
            items += [("MEDICAL_RECORD", p["mrn"]), ("DATE_OF_BIRTH", p["dob"])]
            t = (f"medic tent log 01:40 — pt {p['name']}, DOB {p['dob']}, suspected heat exhaustion + 2 pills unknown, "
                 f"transferred to hospital, {p['mrn']}. Friend stayed with pt.")
        elif voice == "door_supervisor":
            items += [("PHONE_NUMBER", p["phone"])]
            t = (f"DS incident log: 23:55 refused entry, intoxicated, guest {p['name']} became aggressive, "
                 f"SIA badge checked, contact no. {p['phone']} taken for police ref {ref(rng, 'CAD')}.")
            if q:
                t += f" Door supervisor on duty: {q['name']}."
                items.append(("PERSON", q["name"]))
        else:
            items += [("EMAIL_ADDRESS", p["mail"])]
            t = f"note for mgmt: bartender {p['name']} ({p['mail']}) short on float again, 3rd time, pls talk to them b4 Sat"
        return t, items
    if kind == "export":
        cols = ["order_id", "name", "email", "phone", "dob", "tier"]
        people = [p] + ([q] if q else [])
        items = []
        sep = rng.choice([",", "\t", "json"])
        rows = []
        for x in people:
            r = [ref(rng, "TKT"), x["name"], x["mail"], x["phone"], x["dob"], rng.choice(["GA", "VIP", "EarlyBird", "Camping+"])]
            items += [("PERSON", x["name"]), ("EMAIL_ADDRESS", x["mail"]), ("PHONE_NUMBER", x["phone"]), ("DATE_OF_BIRTH", x["dob"])]
            rows.append(r)
        if sep == "json":
            t = "\n".join(json.dumps(dict(zip(cols, r)), ensure_ascii=False) for r in rows)
        else:
            t = sep.join(cols) + "\n" + "\n".join(sep.join(r) for r in rows)
        return t, items
    if kind == "notice":
        items += [("PHONE_NUMBER", p["phone"])]
        t = (f"LOST PROPERTY {ev}: a wallet with ID belonging to {p['name']} was handed in at info tent. "
             f"Owner please call {p['phone']} (finder) or come to the info point with ID.")
        return t, items
    if kind == "form":
        f = [f"{w[0]}: {p['name']}", f"{w[3]}: {p['dob']}", f"{w[2]}: {p['addr']}", f"{w[1]}: {p['phone']}"]
        items += [("DATE_OF_BIRTH", p["dob"]), ("STREET_ADDRESS", p["addr"]), ("PHONE_NUMBER", p["phone"])]
        if p["nid"]:
            f.append(f"{lbl}: {nid}")
            items.append((typ, nid))
        if p["iban"]:
            f.append(f"IBAN: {p['iban']}")
            items.append(("IBAN_CODE", p["iban"]))
        elif voice == "refund_form":
            f.append(f"card: {p['card']}")
            items.append(("CREDIT_CARD", p["card"]))
        return f"[{voice.replace('_', ' ')} form — {ev}]\n" + "\n".join(f), items
    # chat
    if voice == "fan_dm":
        items = [("PERSON", p["first"]), ("PHONE_NUMBER", p["phone"])]
        return f"omg my sister {p['first']} lost her wristband at the gate 😭 she's on {p['phone']}, can they reissue? {w[5]} {o}", items
    items += [("PHONE_NUMBER", p["phone"])]
    return f"[23:12] {p['name']}: {w[4]} is closed? I'm on it under {p['name']} +2\n[23:13] me: call me {p['phone']} i'll sort it", items


def doc_incidental(rng, tag, p):
    w = L[tag]["w"]
    base = ("Runbook for Saturday: stage A changeover 25 min, stage B 15 min. Curfew 23:00 strict (licence condition 7). "
            "Bar float 300 per till. Radios channel 3 for security, channel 5 for production. "
            "Wristband colours: green GA, gold VIP, red crew. Recycling cups deposit 2. ")
    c = rng.randrange(3)
    if c == 0:
        return base * 2 + f"If the generator trips, call the tech (my cousin {p['first']}).", [("PERSON", p["first"])], "first_name"
    if c == 1:
        return base + f"Night duty mobile: {p['phone']}. " + base, [("PHONE_NUMBER", p["phone"])], "one_phone"
    return base + f"{w[3]} for the bar-staff age check: {p['dob']}. " + base, [("DATE_OF_BIRTH", p["dob"])], "one_dob"


def doc_benign(rng, kind, voice, tag):
    w = L[tag]["w"]
    pub, ven = rng.choice(PUBLIC), rng.choice(VENUES)
    o = ref(rng, rng.choice(["ORD", "TKT", "BK", "CASE"]))
    neg = []
    if kind == "intake":
        neg = ["blank_form"]
        t = f"box office intake template ({w[4]}):\n{w[0]}: [NAME]\n{w[1]}: [PHONE]\n{w[3]}: [DD.MM.YYYY]\n{w[5]}: {o}\nnotes: ____"
    elif kind == "correspondence":
        neg = ["public_figure", "role_mailbox"]
        t = (f"Dear colleagues, the tribute night to {pub} at {ven} sold 94% of capacity. "
             f"Press enquiries: press@example.com, accreditation: accreditation@example.org. Booking ref {o}.")
    elif kind == "scheduling":
        neg = ["timestamps", "coordinates"]
        t = (f"Day sheet v{rng.randint(1, 4)}.{rng.randint(0, 9)} — load-in 2026-07-{rng.randint(10, 28)}T09:00Z, doors 18:30, curfew 23:00. "
             f"Stage GPS {rng.uniform(40, 55):.5f}, {rng.uniform(-3, 20):.5f}. Support act: {pub} tribute band.")
    elif kind == "complaint":
        neg = ["anonymised", "case_number"]
        t = f"Noise complaint {o}: resident [REDACTED], address [REDACTED]. '{w[6]}'. dB log peak 97 dB(A) at 01:12, licence limit 85."
    elif kind == "internal_note":
        neg = ["emergency_number", "licence_number"]
        t = (f"DS log summary: 14 refusals, 2 ejections, 0 arrests. Premises licence {ref(rng, 'PL')}. "
             f"In an emergency call {rng.choice(['112', '999', '911'])}. No names recorded per policy.")
    elif kind == "export":
        neg = ["statistics", "hashes"]
        hdr = "date,tickets_sold,scanned,no_show_rate,sha256"
        rows = [f"2026-0{rng.randint(5, 9)}-{rng.randint(10, 28)},{rng.randint(800, 9000)},{rng.randint(500, 8000)},{rng.random():.3f},"
                + "".join(rng.choice("0123456789abcdef") for _ in range(64)) for _ in range(rng.randint(3, 6))]
        t = hdr + "\n" + "\n".join(rows)
    elif kind == "notice":
        neg = ["switchboard", "eponymous_venue"]
        t = (f"NOTICE: tonight's show at {ven} moves doors to 19:30. Box office switchboard open 10:00-18:00. "
             f"Accessibility desk: access@example.com. Resale only via the official platform (order refs like {o}).")
    elif kind == "form":
        neg = ["test_card", "rfc5737"]
        t = (f"QA test checkout for {w[5]} flow: card 4242 4242 4242 4242, exp 12/34, CVC 123; webhook from 203.0.113.{rng.randint(1, 254)} "
             f"and 2001:db8::{rng.randint(1, 999):x}; user test@example.com. build {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}")
    else:
        neg = ["public_figure", "isrc_isbn"]
        t = (f"did u see {pub} live at {ven}?? the setlist had ISRC GB-{rng.choice(['AAA', 'XYZ', 'QMU'])}-{rng.randint(10, 26)}-{rng.randint(10000, 99999)}, "
             f"book on the tour is ISBN 978-0-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}")
    return t, neg


# ----------------------------------------------------------------------------------------------- placement
PLACES = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_args",
          "response_format", "user_field", "stop", "prediction", "metadata"]


def place(rng, where, doc, ask, completions):
    if completions:
        return {"model": "hybridgate/auto", "prompt": f"{ask}\n\n{doc}\n\n", "max_tokens": 400}, "completions"
    sysm = {"role": "system", "content": "You are the assistant of a live-music promoter and venue group."}
    body = {"model": rng.choice(["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto"])}
    if where == "user":
        body["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif where == "system":
        body["messages"] = [{"role": "system", "content": "Context document:\n" + doc}, {"role": "user", "content": ask}]
    elif where == "assistant":
        body["messages"] = [sysm, {"role": "user", "content": "paste incoming"}, {"role": "assistant", "content": "Received:\n" + doc},
                            {"role": "user", "content": ask}]
    elif where == "tool":
        body["messages"] = [sysm, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "fetch_record", "arguments": "{}"}}]},
                            {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif where == "text_part":
        body["messages"] = [{"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif where == "file_part":
        b64 = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        body["messages"] = [{"role": "user", "content": [{"type": "text", "text": ask},
                                                         {"type": "file", "file": {"filename": rng.choice(["export.txt", "guestlist.csv", "log.txt"]), "file_data": "data:text/plain;base64," + b64}}]}]
    elif where == "image_url":
        url = "https://cdn.example.net/scan.png?caption=" + urllib.parse.quote(doc)
        body["messages"] = [{"role": "user", "content": [{"type": "text", "text": ask}, {"type": "image_url", "image_url": {"url": url}}]}]
    elif where == "tool_def":
        body["messages"] = [{"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": "lookup_attendee", "description": "Example record:\n" + doc,
                                                           "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}}}]
    elif where == "tool_args":
        body["messages"] = [{"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function",
                                                                                   "function": {"name": "save_note", "arguments": json.dumps({"text": doc}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": "call_7", "content": "saved"}]
    elif where == "response_format":
        body["messages"] = [{"role": "user", "content": ask}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {"type": "object", "description": doc,
                                                                                                        "properties": {"kind": {"type": "string", "enum": ["a", "b"], "examples": [doc[:200]]}}}}}
    elif where == "user_field":
        body["messages"] = [sysm, {"role": "user", "content": ask}]
        body["user"] = doc
    elif where == "stop":
        body["messages"] = [{"role": "user", "content": ask}]
        body["stop"] = [doc, "END"]
    elif where == "prediction":
        body["messages"] = [{"role": "user", "content": ask}]
        body["prediction"] = {"type": "content", "content": doc}
    else:
        body["messages"] = [{"role": "user", "content": ask}]
        body["store"] = True
        body["metadata"] = {"note": doc, "source": "crm"}
    return body, "chat"


def haystack(body):
    parts = [json.dumps(body, ensure_ascii=False)]

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "file_data" and isinstance(v, str) and "base64," in v:
                    parts.append(base64.b64decode(v.split("base64,", 1)[1]).decode("utf-8"))
                elif k == "url" and isinstance(v, str):
                    parts.append(urllib.parse.unquote(v))
                elif k in ("arguments",) and isinstance(v, str):
                    parts.append(v)
                    try:
                        parts.append(json.dumps(json.loads(v), ensure_ascii=False))
                    except ValueError:
                        pass
                else:
                    walk(v)
        elif isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, str):
            parts.append(x)
    walk(body)
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------------- complexity
SS = [("en", "what time do doors usually open for an 8pm gig?"), ("de-DE", "Was heißt 'Soundcheck' auf Deutsch?"),
      ("fr-FR", "c'est quoi un 'rider' dans un contrat d'artiste ?"), ("es-ES", "¿qué significa 'sold out' en una entrada?"),
      ("ja-JP", "「ゲストリスト」って何ですか？"), ("ko-KR", "스탠딩석이 뭐예요?"), ("ru-RU", "что такое гест-лист?"),
      ("pt-BR", "o que é pista premium num show?"), ("it-IT", "cosa vuol dire 'data zero' di un tour?"), ("en", "spell 'accreditation' for me"),
      ("zh-CN", "演唱会的“内场”是什么意思？"), ("tr-TR", "backstage ne demek?"), ("en", "convert 23:30 to 12-hour time"),
      ("nl-NL", "hoeveel is 3 x 45 euro?"), ("pl-PL", "jak po angielsku jest 'bramka biletowa'?"), ("ar-EG", "يعني إيه sold out؟"),
      ("he-IL", "מה זה סאונדצ'ק?"), ("hi-IN", "गेस्ट लिस्ट का मतलब क्या है?"), ("th-TH", "บัตรยืนคืออะไร"), ("el-GR", "τι σημαίνει headliner;"),
      ("en", "give me 3 synonyms for 'gig'"), ("sv-SE", "vad betyder 'curfew' på en festival?"), ("uk-UA", "як англійською 'квиток'?"),
      ("en", "is a wristband the same as a ticket?")]
SH = [("en", "A 12,000-cap arena has 6 entry lanes, each scanning one ticket every 4.5 s with exponential service; arrivals peak at 40/s. Model it as M/M/c, find the minimum lanes so that P(wait > 10 min) < 5%, and show the derivation."),
      ("de-DE", "Beweise oder widerlege: Bei dynamischer Preisgestaltung mit linearer Nachfrage maximiert der Einheitspreis den Erlös nie, wenn Wiederverkauf mit 10 % Gebühr erlaubt ist. Formale Argumentation bitte."),
      ("fr-FR", "Concevez un protocole de billets nominatifs anti-revente qui reste vérifiable hors ligne à l'entrée, résiste au rejeu de QR et aux captures d'écran, et analysez ses modes d'échec."),
      ("en", "Derive the royalty split for a track with 3 writers (40/35/25), a 15% sample clearance off the top, and a publisher admin fee of 20% only on two writers' shares; then prove the shares sum to 100%."),
      ("es-ES", "Optimiza la ruta de una gira de 14 fechas entre 9 ciudades con ventanas de disponibilidad de recintos y un máximo de 600 km por día; formula el problema como programación entera y explica la relajación."),
      ("ja-JP", "転売防止の抽選制度で、同一人物の複数応募を検出する確率モデルを作り、誤検出率と見逃し率のトレードオフを数式で示してください。"),
      ("ko-KR", "페스티벌 3개 스테이지의 타임테이블을 아티스트 간 충돌, 이동시간 15분, 음향 리허설 제약을 모두 만족하도록 제약 충족 문제로 정식화하고 해법을 설명해 주세요."),
      ("ru-RU", "Сравни три модели распределения доходов от стриминга (pro-rata, user-centric, гибрид) и докажи, при каких условиях user-centric выгоднее нишевым артистам."),
      ("en", "Design a consistent-hashing scheme for a ticketing seat-lock service that survives node loss mid-checkout without double-selling; argue linearizability."),
      ("it-IT", "Calcola il livello sonoro a 300 m da un palco con 4 line array da 130 dB a 1 m, considerando assorbimento atmosferico a 20°C e 60% UR, e spiega le ipotesi."),
      ("pt-BR", "Modele o risco de esmagamento em uma pista com 4 pessoas/m² e um gargalo de 3 m; derive o fluxo crítico e proponha um plano de portões com justificativa quantitativa."),
      ("zh-CN", "请为演唱会门票的动态定价设计一个多臂老虎机算法，并分析在存在黄牛转售时的遗憾界。"),
      ("en", "Prove that a guest list merge using last-writer-wins CRDT can drop a +1 under concurrent edits, and give a CRDT that cannot."),
      ("nl-NL", "Stel een wiskundig model op voor de optimale bezetting van vrijwilligersdiensten over 4 dagen met rustregels van 11 uur, en bewijs dat je greedy-aanpak niet optimaal is."),
      ("pl-PL", "Wyprowadź rozkład czasu kolejki do baru przy 3 barmanach i napływie Poissona, a potem oszacuj utracony przychód przy limicie 20 minut."),
      ("tr-TR", "Bilet karaborsasını azaltmak için ikinci el pazar fiyat tavanının etkisini oyun teorisiyle analiz et; Nash dengesini türet."),
      ("he-IL", "נתח מבחינה משפטית וכלכלית האם מגבלת מחיר על מכירה חוזרת של כרטיסים מגדילה את הרווחה הכוללת, עם מודל פורמלי."),
      ("hi-IN", "एक फेस्टिवल के लिए भीड़ घनत्व मॉडल बनाइए और साबित कीजिए कि दो निकास द्वारों का सममित स्थान निकासी समय को न्यूनतम करता है या नहीं।"),
      ("el-GR", "Σχεδίασε αλγόριθμο για τη δίκαιη κατανομή εισιτηρίων σε fan club με λοταρία και απόδειξε ότι είναι strategy-proof."),
      ("ar-EG", "صمم نموذجا رياضيا لتسعير التذاكر الديناميكي مع قيود العدالة، واشرح كيف تثبت أن الحل الأمثل موجود وفريد."),
      ("th-TH", "ออกแบบอัลกอริทึมจัดตารางเวทีเทศกาลที่มีข้อจำกัดการเดินทางของศิลปิน และวิเคราะห์ความซับซ้อนเชิงคำนวณ"),
      ("sv-SE", "Härled hur mycket lågfrekvent buller (63 Hz) som läcker genom en fasad med given transmissionsförlust och föreslå åtgärder med beräkningar."),
      ("uk-UA", "Доведіть, що жадібний алгоритм розсадки гостей за столами з обмеженнями несумісності не завжди оптимальний, і запропонуйте точний метод."),
      ("en", "Our settlement shows a 7.3% variance between scanned attendance and paid tickets. Enumerate causal hypotheses, design a test to distinguish them, and state what data would falsify each.")]
LE_DATA = ["setlist", "merch", "stageplot", "shifts", "rider"]
LE_ASK = [("en", "sort this alphabetically"), ("de-DE", "bitte nach Uhrzeit sortieren"), ("fr-FR", "compte les lignes stp"),
          ("es-ES", "quita los duplicados"), ("ja-JP", "表にしてください"), ("ko-KR", "이걸 표로 바꿔줘"), ("ru-RU", "убери дубликаты"),
          ("pt-BR", "coloca em ordem alfabética"), ("it-IT", "converti in elenco puntato"), ("zh-CN", "请去掉重复的行"), ("en", "make it a markdown table"),
          ("nl-NL", "zet dit in hoofdletters"), ("pl-PL", "policz pozycje"), ("tr-TR", "bunu tabloya çevir")]
LH_ASK = [("en", "reconcile these lines against a 80/20 split after a 12% agency fee, flag every inconsistency, and explain which clause governs each conflict"),
          ("de-DE", "finde die Widersprüche zwischen Zeitplan und Curfew-Auflagen, leite einen zulässigen Plan her und begründe jede Verschiebung"),
          ("fr-FR", "identifie les conflits de planning, propose une réaffectation optimale des équipes et justifie-la formellement"),
          ("es-ES", "detecta incoherencias en estas liquidaciones, modela el reparto correcto y explica el razonamiento paso a paso"),
          ("ja-JP", "この明細の矛盾を特定し、正しい分配を計算し、根拠を説明してください"),
          ("ru-RU", "найди противоречия, построй корректную модель расчёта и обоснуй каждую поправку"),
          ("ko-KR", "일정 충돌을 찾아 최적 재배치를 제안하고 그 근거를 논리적으로 설명해 주세요"),
          ("en", "infer the routing constraints from these legs, find where the plan is infeasible, and propose the cheapest feasible reorder with a proof sketch")]


def long_data(rng, kind, n):
    out = []
    for i in range(1, n + 1):
        if kind == "setlist":
            out.append(f"{i}. Track {rng.randint(1, 40):02d} — key {rng.choice('ABCDEFG')}{rng.choice(['', 'm', '#m'])} — bpm {rng.randint(70, 175)} — {rng.choice(['IEM mix 2', 'click on', 'no click', 'segue'])}")
        elif kind == "merch":
            out.append(f"{i}. {rng.choice(['tee black', 'hoodie grey', 'tote', 'vinyl LP', 'cap', 'poster A2'])} size {rng.choice(['S', 'M', 'L', 'XL', '-'])} — qty {rng.randint(0, 400)} — bin {rng.choice('ABCDEF')}{rng.randint(1, 9)}")
        elif kind == "stageplot":
            out.append(f"ch {i:02d}: {rng.choice(['kick in', 'snare top', 'OH L', 'OH R', 'bass DI', 'gtr amp', 'keys L', 'vox lead', 'vox bv'])} — {rng.choice(['SM57', 'Beta91', 'KM184', 'DI', 'SM58', 'e906'])} — stand {rng.choice(['short', 'tall', 'none'])}")
        elif kind == "shifts":
            out.append(f"slot {i}: role {rng.choice(['bar', 'gate', 'recycling', 'info', 'camping'])} — {rng.randint(8, 22):02d}:00-{rng.randint(8, 23):02d}:00 — crew code V{rng.randint(100, 999)}")
        else:
            out.append(f"{i}. {rng.choice(['still water 24x', 'towels black 12x', 'hummus', 'fresh ginger', 'local beer 2 crates', 'vegan platter', 'ice bags'])} — {rng.choice(['dressing room 1', 'stage left', 'green room'])}")
    return "\n".join(out)


def build_complexity(rng):
    recs = []
    for i in range(47):
        lang, q = SS[i % len(SS)]
        q = rng.choice(["", "quick q: ", "hey ", "pls "]) + q if lang == "en" else q
        recs.append(("short_simple", 0, False, lang, "question/fan", q))
    for i in range(48):
        lang, q = SH[i % len(SH)]
        if i >= len(SH):
            q += rng.choice([" Be rigorous.", " Keep it under 300 words but don't skip steps.", " State assumptions explicitly."])
        recs.append(("short_hard", 1, True, lang, "analysis/ops", q))
    for i in range(48):
        lang, a = LE_ASK[i % len(LE_ASK)]
        k = LE_DATA[i % len(LE_DATA)]
        d = long_data(rng, k, rng.randint(28, 45))
        while len(d) < 1500:
            d += "\n" + long_data(rng, k, 5)
        recs.append(("long_easy", 0, True, lang, f"reformat/{k}", f"{d}\n\n{a}" if rng.random() < 0.5 else f"{a}\n\n{d}"))
    for i in range(47):
        lang, a = LH_ASK[i % len(LH_ASK)]
        k = rng.choice(["royalty", "schedule", "routing"])
        if k == "royalty":
            d = "\n".join(f"{j}. ISRC XX-{rng.choice(['ABC', 'QRS'])}-25-{rng.randint(10000, 99999)} streams {rng.randint(1000, 900000)} rate {rng.uniform(0.002, 0.005):.4f} gross {rng.uniform(10, 3000):.2f} net {rng.uniform(5, 2500):.2f}" for j in range(1, rng.randint(18, 30)))
        elif k == "schedule":
            d = "\n".join(f"{j}. Stage {rng.choice('ABC')} act #{rng.randint(1, 30)} {rng.randint(12, 23):02d}:{rng.choice(['00', '30'])}-{rng.randint(12, 23):02d}:{rng.choice(['15', '45'])} changeover {rng.randint(10, 40)}min curfew 23:00" for j in range(1, rng.randint(15, 28)))
        else:
            d = "\n".join(f"leg {j}: city#{rng.randint(1, 12)} -> city#{rng.randint(1, 12)} {rng.randint(80, 900)} km, venue avail {rng.randint(1, 28)}-{rng.randint(1, 28)} Sep, day off required after 3 shows" for j in range(1, rng.randint(12, 22)))
        recs.append(("long_hard", 1, False, lang, f"analysis/{k}", f"{a}\n\n{d}"))
    out = []
    for n, (cat, lab, adv, lang, style, text) in enumerate(recs, 1):
        body = {"model": "hybridgate/auto", "messages": ([{"role": "system", "content": "You help a festival production office."}] if n % 3 == 0 else []) + [{"role": "user", "content": text}]}
        out.append({"id": f"{SPLIT}-cx-{n:04d}", "category": cat, "label": lab, "length_adversarial": adv, "endpoint": "chat", "lang": lang, "style": style, "body": body})
    rng.shuffle(out)
    for n, r in enumerate(out, 1):
        r["id"] = f"{SPLIT}-cx-{n:04d}"
    return out


# ----------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default="bench/data/signals")
    a = ap.parse_args()
    rng = random_mod.Random(a.seed)
    root = pathlib.Path(__file__).resolve().parent.parent
    words, nsrc = frozen_words(root)
    dropped = apply_freeze(rng, words)
    print(f"freeze: scanned {nsrc} generators, {len(words)} words; dropped {sum(dropped.values())} pool entries {dict(sorted(dropped.items()))}")
    recs = []
    n = 0
    for ki, kind in enumerate(KINDS):
        for j in range(56):
            n += 1
            tag = LOCS[(ki * 7 + j) % len(LOCS)]
            voice = VOICES[kind][j % 3]
            sens = j < 33
            where = PLACES[(ki * 5 + j) % len(PLACES)]
            comp = (ki + j) % 10 == 0
            ask = rng.choice(ASKS) + rng.choice(["", " thx", " asap", " 🙏", ", " + L[tag]["w"][7]])
            style_bits = [voice, where if not comp else "prompt"]
            if sens:
                p = person(rng, tag)
                q = person(rng, tag) if rng.random() < 0.35 else None
                if j % 8 == 7:
                    doc, issued, inc = doc_incidental(rng, tag, p)
                    style_bits.append("incidental:" + inc)
                else:
                    doc, issued = doc_sensitive(rng, kind, voice, tag, p, q)
            else:
                doc, neg = doc_benign(rng, kind, voice, tag)
                issued = []
                style_bits.append("+".join(neg))
            body, ep = place(rng, where, doc, ask, comp)
            hay = haystack(body)
            ents, seen = [], set()
            for t, v in issued:
                if v and (t, v) not in seen and v in hay:
                    seen.add((t, v))
                    ents.append({"type": t, "value": v})
            ents.sort(key=lambda e: (e["type"], e["value"]))
            if sens and not ents:
                raise Abort(f"sensitive record {n} lost all values")
            recs.append({"id": "", "category": kind if sens else f"{kind}_benign", "sensitive": bool(ents), "entities": ents,
                         "endpoint": ep, "lang": tag, "style": " · ".join(style_bits), "body": body})
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"{SPLIT}-pii-{i:04d}"
    cx = build_complexity(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in ((f"pii_{SPLIT}.jsonl", recs), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    ns = sum(r["sensitive"] for r in recs)
    print(f"pii_{SPLIT}.jsonl: {len(recs)} records, {ns} sensitive ({ns / len(recs):.1%}), {len(recs) - ns} benign; "
          f"endpoints {dict(sorted(collections.Counter(r['endpoint'] for r in recs).items()))}; "
          f"{len({r['lang'] for r in recs})} lang tags, {len({L[r['lang']]['script'] for r in recs})} scripts; "
          f"incidental {sum('incidental' in r['style'] for r in recs)}")
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in recs for e in r["entities"]).items())))
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in recs).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records;", dict(sorted(collections.Counter(r["category"] for r in cx).items())),
          f"length_adversarial {sum(r['length_adversarial'] for r in cx)}, label1 {sum(r['label'] for r in cx)}, "
          f"{len({r['lang'] for r in cx})} lang tags; min long_easy chars "
          f"{min(len(r['body']['messages'][-1]['content']) for r in cx if r['category'] == 'long_easy')}")


import random as random_mod  # noqa: E402

if __name__ == "__main__":
    main()
