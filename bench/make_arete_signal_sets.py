#!/usr/bin/env python3
"""Arete: an independent evaluation split for the request signals, organised by EDUCATION AND SCHOOLING.

Writes bench/data/signals/pii_arete.jsonl and bench/data/signals/complexity_arete.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, no commit messages and no other branch; the record format came from the docstring of the delta
    generator and the first two lines of the delta files. The other generators were not read: at run time
    their sources are scanned automatically for capitalised and non-ASCII words (tokens include combining
    marks, so Devanagari / Thai / Hebrew / Arabic words are whole) and for character bigrams of Han / Kana
    words, and every first name, surname, street stem, town and eponym pool of this file is cut to the
    entries that avoid that set (deterministic, order kept; the run aborts if a pool runs empty; Korean names
    are cut as composed family+given names, since single-syllable surnames are all taken). Han and
    Kana entries of the name and street pools are additionally checked bigram by bigram. Romanised forms of
    non-Latin names are used only lower-cased, inside e-mail addresses. No Faker name lists were used.

Organising principle
    EDUCATION AND SCHOOLING: records about pupils, students, parents, teachers and alumni. Ten kinds:
    enrolment (admission forms, university applications), trip (school trips, consent slips, passport lists),
    report (report cards, transcripts, teacher comments), exam (exam entries, resits, access arrangements),
    funding (scholarships, bursaries, student loans, fee payments), sen (special-needs plans, school health
    care plans), tutoring (private tutoring bookings and invoices), alumni (alumni and reunion lists),
    newsletter (school newsletters, notices) and classchat (class and parents' group chats, LMS and
    online-exam logs). Sensitive records use category ``<kind>``, hard negatives ``<kind>_benign``: the
    schools' and universities' own contact points (role mailboxes, switchboards), school addresses, named
    buildings, prizes and scholarships named after historical people, officials in role only, blank
    templates with placeholders, anonymised records (Pupil A, initials-free), course / paper / centre codes,
    candidate-number and student-number look-alikes that belong to no one, ISBNs, room numbers, documentation
    values (example.org, 555-01xx, RFC 5737 addresses, the IBAN registry's examples, test cards).

    The text is written by school secretaries, teachers, registrars, SENCos, trip leaders, bursars, tutors,
    alumni officers, parents and students in 23 locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari,
    Thai, Han, Kana and Hangul scripts); form labels are locale-true and the instruction is in English or in
    the locale's language (change-of-details notes from parents and office notices are written wholly in it).
    The document sits in a request field chosen by rotation: user / system / earlier
    assistant / tool messages, text content parts, base64 file parts (with PII-bearing file names), image
    URLs with query strings, tool-call arguments, response_format json_schema descriptions and examples,
    ``user``, ``metadata`` (with ``store: true``) and the legacy completions ``prompt``.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching
    the serialised body (base64 file parts decoded, URLs unquoted) for every value the record issued, so a
    value that was left out is not labelled; ``sensitive`` is asserted to equal ``bool(entities)``. ``ssn``
    is the US SSN only; other citizen numbers (PESEL, personnummer, HETU, BSN, DNI, TC kimlik, rodne cislo,
    teudat zehut, Aadhaar, RIC, RRN, My Number, Thai PIN, CURP) are NATIONAL_ID, taxpayer numbers
    (Steuer-ID, codice fiscale, CPF, PAN, INN) TAX_ID, NHS numbers and the Greek AMKA HEALTH_INSURANCE,
    hospital numbers MEDICAL_RECORD, a US routing + account pair US_BANK_NUMBER, a public IP of a pupil or
    parent IP_ADDRESS, a pupil's / parent's / alumnus' home address STREET_ADDRESS.

Contents (seed 20261205)
    pii_arete.jsonl: 500 requests (458 chat, 42 completions) in 23 locales; 10 kinds x 50 (29 sensitive + 21
    benign each: 290 sensitive / 210 benign). Entity totals (records carrying the type): person 273,
    DATE_OF_BIRTH 143, phone 126, email 104, STREET_ADDRESS 90, NATIONAL_ID 32, iban 20, MEDICAL_RECORD 18,
    IP_ADDRESS 17, HEALTH_INSURANCE 15, PASSPORT 14, ssn 11, credit_card 9, TAX_ID 7, US_BANK_NUMBER 6,
    DRIVER_LICENSE 5; 23 sensitive records carry person names only (some only first names with a relation
    cue). The benign ones span 14 kinds of near miss (org contact points 44 + 8 in the locale's language,
    eponyms 32, anonymised 29, placeholders 19, number look-alikes 14, exam / course codes 11, documentation
    values 11, policies 9, test cards 8, roles-only chats 8, blank forms 7, aggregate statistics 5,
    itineraries 5). Placements rotate over 12 request fields (41-42 each).
    complexity_arete.jsonl: 190 requests (175 chat, 15 completions) in 21 language tags: short_simple 45,
    long_easy 52 (>= 1,500 chars), short_hard 50, long_hard 43; 102 (53%) length-adversarial, 93 labelled 1.
    All complexity prompts are about schooling and carry no personal data. The run prints all counts.

Validation
    Every identifier is validated with python-stdnum (IBAN, Luhn for cards, SSN rules, national IDs with
    their check digits and, where they encode it, the person's birth date); passport, licence and hospital
    numbers are checked against their national format; every phone number is validated with
    ``phonenumbers`` for its region; every IP with ``ipaddress`` (global, outside documentation ranges).
    The run aborts on any invalid value and prints the counts and the label balance.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_arete_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, isbn as std_isbn, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr as de_idnr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus',
                  'playa', 'pingo', 'kame', 'tepui')
TOK = re.compile(r"(?:\w|[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e00-\u0e7f])+")
CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff]')


def other_words():
    """Capitalised / non-ASCII words and Han-Kana bigrams of the frozen generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            sys.exit(f'missing frozen generator {p.name}')
        for w in TOK.findall(p.read_text(encoding='utf-8')):
            if w[0].isupper() or any(ord(c) > 127 for c in w):
                words.add(w.casefold())
            if CJK.search(w):
                for a, b in zip(w, w[1:]):
                    if ord(a) > 127 and ord(b) > 127:
                        bigrams.add(a + b)
    return words, bigrams


WORDS, BIGRAMS = other_words()


def clean_ok(entry, bigram=True):
    for t in TOK.findall(entry):
        if (t[0].isupper() or any(ord(c) > 127 for c in t)) and t.casefold() in WORDS:
            return False
        if bigram and CJK.search(t):
            for a, b in zip(t, t[1:]):
                if a + b in BIGRAMS:
                    return False
    return True


def cut(pool, name, bigram=True):
    out = [e for e in pool if clean_ok(e.split('|')[0].replace('_', ' '), bigram)]
    if not out:
        sys.exit(f'pool {name} ran empty after the word filter')
    return out

# ---------------------------------------------------------------- raw pools (cut at run time)
# locale table: first names, surnames (native|roman for non-Latin), street stems, cities
RAW = {}
def loc(code, **kw): RAW[code] = kw
loc('en-GB', first='Tamsin Rhiannon Ottilie Bethan Imogen Kerensa Lowenna Elspeth Morwenna Ffion Carys Perran Tegan Jago Ewan Lachlan Caspian Alfie Rufus Torin Callum Dougal Fraser Hamish Ruaridh Eilidh Isla Peran Demelza Briallen',
    last='Pengelly Trelawny Chegwidden Rowbotham Ackroyd Sowerby Heseltine Oldroyd Pickersgill Threlfall Haworth Sidebottom Greenhalgh Entwistle Blackledge Cattermole Quennell Dimmock Pennycook Lumsden Cruickshank Gilchrist Birtwistle Tennent Gowland Brocklehurst',
    streets='Foxglove Larkspur Whinberry Hazelmere Coppice Tanyard Ropewalk Brambling Saltings Meadowsweet Fernhill Kingcup Teasel Sedgemoor Wheelwright Cobbler Thistledown Sorrel',
    cities='Kettering Ulverston Bridport Hexham Ludlow Whitstable Leominster Skipton Otley Morpeth Tiverton Clitheroe Kendal Falmouth Penzance')
loc('en-US', first='Kaylee Brynlee Hadley Maddox Bodhi Everly Jaxon Paisley Remington Sawyer Tatum Brantley Oaklynn Kinsley Rhett Beckett Ellery Jolene Waylon Delaney Colter Marlowe Shiloh Emmitt Rosalind Hollis',
    last='Okonkwo-Barrett Vanderhoek Szymanski Quintanilla Haverkamp Prendergast Lindqvist Dombrowski Yarborough Castellanos Whitlock Boudreaux Pettigrew Hollingsworth Kaczmarek Strickland Abernathy Fairbanks Thibodeaux Witherspoon Kowalczyk Grissom',
    streets='Sycamore Persimmon Cottonwood Chokecherry Buckeye Sassafras Mesquite Catalpa Hackberry Pawpaw Tamarack Quail Bluebonnet Goldenrod Sweetgum Redbud',
    cities='Tulsa Bozeman Duluth Lafayette Paducah Bismarck Kenosha Tallahassee Yakima Flagstaff Asheville Muncie Pueblo Bangor Rapid')
loc('de-DE', first='Merle Ida Frieda Thilo Jannik Wiebke Hauke Imke Kalle Rieke Joscha Fenja Mats Lotta Bent Smilla Jule Tammo Ole Lasse Tjark Enno Hedda Malte Silja Marit',
    last='Brinkmann Oltmanns Hinrichsen Tiedemann Wiechmann Ruppert Kösters Hülsmann Janßen Siebels Vosskamp Dierksen Lüdemann Stratmann Pöppelmann Reimers Harms Tönjes Gerdes Eilers Büscher Kampmeyer Thormählen Hagedorn',
    streets='Holunder Schlehen Wacholder Mispel Ginster Hagebutten Quitten Kranich Reiher Eisvogel Mühlbach Hainbuchen Brombeer Weißdorn Sanddorn Erlen',
    cities='Aurich Leer Vechta Cloppenburg Nordhorn Meppen Husum Itzehoe Bocholt Soest Lippstadt Gütersloh Detmold Hameln Celle')
loc('fr-FR', first='Maëlys Lény Timéo Anaëlle Clémence Gaspard Apolline Bérénice Maxence Ysaline Lisandro Quitterie Baptistine Aymeric Solène Eliott Mayeul Capucine Ombeline Tristan Eulalie Gwendal Loïc Enora Maïwenn',
    last='Le Goff Kerbrat Tanguy Le Bihan Quéméner Morvan Le Gall Cadiou Riou Guivarch Daoulas Pichon Chauvière Bouvier Delmas Vigouroux Cazenave Lacassagne Etcheverry Harispe Fourcade Larrieu Dufourcq',
    streets='Glycines Tilleuls Capucines Pervenches Hortensias Mimosas Églantiers Bleuets Genêts Fauvettes Mésanges Coquelicots Marronniers Primevères Jonquilles',
    cities='Quimper Morlaix Lannion Vannes Dax Pau Mont-de-Marsan Auch Cahors Rodez Millau Aurillac Périgueux Agen Tarbes')
loc('es-ES', first='Iker Unai Ainhoa Leire Aitana Naiara Oihane Ander Gorka Izaskun Begoña Amaia Eneko Xabier Itziar Maialen Nerea Jokin Garazi Uxue Irati Peio Telmo Olaia Maddi',
    last='Etxeberria Urrutia Aguirrezabal Goikoetxea Zubizarreta Arrieta Larrañaga Olazábal Iturbe Ormaetxea Uriarte Mendizábal Azkue Lizarralde Elorza Gaztañaga Bengoetxea Arregi Otxoa Ibarguren',
    streets='Abedules Avellanos Madroños Tejos Alisos Endrinos Brezos Arándanos Saúcos Fresnos Jaras Retamas Romeros Espinos',
    cities='Tolosa Azpeitia Durango Gernika Zarautz Bergara Amurrio Estella Tafalla Laguardia Haro Calahorra Soria Teruel Huesca')
loc('it-IT', first='Ludovica Ginevra Tommaso Brando Nives Azzurra Melchiorre Ettore Bianca Ilaria Gaia Leandro Ottavio Romilda Zeno Egidio Serena Annunziata Corrado Pietro Priamo Orsola Vitaliano Ippolita',
    last='Sbarbaro Tagliaferri Ghirardelli Zanardelli Frattaroli Scarpellini Lombardozzi Balestrieri Capobianco Cacciapuoti Sciacchitano Malacarne Pizzolato Bortolussi Zanotelli Tamburrino Ferraiuolo Santagata Carbonara Pettinari',
    streets='Glicini Gelsomini Oleandri Corbezzoli Carrubi Mandorli Pioppi Lecci Cipressi Ulivi Fichi Melograni Platani Tigli',
    cities='Bassano Cittadella Feltre Belluno Chioggia Rovigo Lugo Faenza Cesena Urbino Fermo Macerata Sulmona Lanciano Matera')
loc('nl-NL', first='Fenna Jelte Sietske Bauke Wytske Hidde Tjitske Gerrit-Jan Marijke Joukje Sjoerd Femke Douwe Lieke Rutger Annelies Hiske Wessel Thijmen Jorien Liset Marnix Floortje Berend',
    last='Bosma Hoekstra Wijbenga Terpstra Kuipers Zijlstra Dijkstra Postma Veenstra Hiemstra Brouwer Smeenk Ter Horst Oosterveld Hogeveen Nijenhuis Kloosterman Boerema Heeringa Sikkema Faber Tuinman',
    streets='Vlier Meidoorn Sleedoorn Wilgen Hazelaar Kievit Grutto Tureluur Lijster Merel Zwaluw Dotter Lisdodde Riet',
    cities='Sneek Drachten Heerenveen Harlingen Franeker Dokkum Meppel Assen Emmen Hoogeveen Zutphen Deventer Tiel Gorinchem Zierikzee')
loc('pl-PL', first='Zuzanna Jagoda Bartosz Wiktoria Ksawery Antonina Igor Franciszek Ignacy Nadia Tymon Hanna Aurelia Bolesław Witold Dobromiła Sambor Radosław Lena Borys Iwona Przemysław Marzena Wojciech',
    last='Brzęczyszczykiewicz Szczepaniak Wróblewska Przybylski Chmielewska Grzybowski Kaźmierczak Pietrzyk Michalak Walczak Dudek Wojciechowska Sobczak Czarnecki Kołodziej Zalewska Jabłoński Kubiak Krawczyk Ostrowska',
    streets='Jarzębinowa Kalinowa Jaśminowa Wrzosowa Konwaliowa Modrzewiowa Sasankowa Bławatkowa Storczykowa Rumiankowa Porzeczkowa Malinowa Agrestowa',
    cities='Zamość Przemyśl Sanok Krosno Tarnów Nowy Sącz Żywiec Ełk Giżycko Łomża Suwałki Kalisz Leszno Piła Gniezno')
loc('pt-BR', first='Thayná Kauã Yasmin Ravi Maitê Heitor Cauã Iolanda Valentina Joaquim Jaciara Raoni Iara Ubirajara Luana Davi Ayla Benício Pietra Anthony Jussara Juçara Tainá Caetano',
    last='Albuquerque Cavalcanti Bezerra Magalhães Figueiredo Vasconcelos Nogueira Queiroz Siqueira Brandão Guimarães Bittencourt Sampaio Aragão Rangel Meireles Damasceno Falcão Teixeira Pimentel',
    streets='Ipês Jacarandás Quaresmeiras Cajueiros Mangueiras Jabuticabeiras Sabiás Bem-te-vis Acerolas Pitangueiras Buritis Juazeiros Tamarindos',
    cities='Caruaru Petrolina Mossoró Juazeiro Itabuna Ilhéus Sobral Imperatriz Parnaíba Garanhuns Arapiraca Vitória Anápolis Uberaba Chapecó')
loc('sv-SE', first='Ebbe Tyra Alvar Saga Elsa Vidar Ingrid Holger Majken Signe Ture Sixten Svea Algot Märta Edvin Tuva Greta Harald Elvira Viggo Stina Folke',
    last='Lindgren Sjöberg Åkesson Bergqvist Holmgren Nordqvist Wikström Ekdahl Sundqvist Lundmark Fransson Hedlund Öberg Strömberg Blomqvist Hägglund Nyström Forsberg Rydberg Löfgren',
    streets='Rönnbärs Hägg Lingon Hjortron Tranbärs Blåklints Prästkrage Smörblomme Vitsippe Kastanje Lönn Ek',
    cities='Skellefteå Östersund Sundsvall Härnösand Falun Borlänge Mora Gävle Hudiksvall Karlstad Arvika Kalmar Växjö Ljungby Ystad')
loc('fi-FI', first='Aino Eetu Iida Onni Veeti Lumi Sisu Ilmari Helmi Väinö Kerttu Aapo Elias Lempi Oiva Siiri Ukko Vilja Aarni Eerika Niilo Pihla Tuure',
    last='Heikkilä Kärkkäinen Hämäläinen Räsänen Lehtonen Pitkänen Kettunen Leinonen Heiskanen Nieminen Savolainen Turunen Karjalainen Peltola Laaksonen Mäkelä Huttunen Ahonen Kinnunen Rautiainen',
    streets='Pihlaja Kataja Mustikka Puolukka Lakka Kanerva Tuomi Kuusi Koivu Haapa Kielo Orvokki Sammal',
    cities='Kajaani Kokkola Seinäjoki Lappeenranta Savonlinna Joensuu Mikkeli Rovaniemi Kemi Iisalmi Raahe Forssa Salo Rauma Lohja')
loc('tr-TR', first='Elif Yağmur Ecrin Miraç Zeynep Eymen Kerem Alparslan Defne Öykü Ilgaz Tuana Berat Nehir Çınar Aras Duru Göktuğ Bade Ömer Asel Umay Baran',
    last='Yılmazer Karakoç Özdemirci Kahraman Bozkurt Eryılmaz Çakıroğlu Taşdemir Gündoğdu Akgündüz Sarıkaya Doğanay Erdoğdu Karabulut Yüksekdağ Türkmen Acar Koçak Aydoğan Tekin',
    streets='Menekşe Papatya Lale Sümbül Nergis Leylak Akasya Ihlamur Çınaraltı Erguvan Manolya Zambak Gelincik',
    cities='Eskişehir Kütahya Afyonkarahisar Isparta Burdur Amasya Tokat Çorum Kastamonu Sinop Bartın Düzce Bolu Niğde Aksaray')
loc('ru-RU', first='Ярослава|Yaroslava Всеволод|Vsevolod Мирон|Miron Есения|Yesenia Ульяна|Ulyana Матвей|Matvey Таисия|Taisiya Савелий|Saveliy Серафима|Serafima Тимофей|Timofey Василиса|Vasilisa Ждан|Zhdan Милана|Milana Захар|Zakhar Агата|Agata Арсений|Arseniy Влада|Vlada Прохор|Prokhor Глеб|Gleb Стефания|Stefania',
    last='Вершинин|Vershinin Колесникова|Kolesnikova Сыромятников|Syromyatnikov Ладыгина|Ladygina Пряхин|Pryakhin Заболоцкая|Zabolotskaya Шелепов|Shelepov Крутикова|Krutikova Оболенцев|Obolentsev Мещерякова|Meshcheryakova Трубецкой|Trubetskoy Головастова|Golovastova Пыжов|Pyzhov Черемисина|Cheremisina Лукашин|Lukashin Варфоломеева|Varfolomeeva',
    streets='Рябиновая Черёмуховая Брусничная Клюквенная Ореховая Кедровая Жасминная Вишнёвая Сиреневая Калиновая Ольховая Малиновая Медовая',
    cities='Вологда Кострома Тамбов Киров Пенза Саранск Чебоксары Йошкар-Ола Сыктывкар Курган Бийск Абакан Ачинск Псков Калуга')
loc('el-GR', first='Ευανθία|Evanthia Παναγιώτης|Panagiotis Χαρίκλεια|Charikleia Στυλιανός|Stylianos Αθηνά|Athina Ιάσονας|Iasonas Δέσποινα|Despoina Φοίβος|Foivos Κωνσταντίνα|Konstantina Άγγελος|Angelos Ξανθή|Xanthi Λευτέρης|Lefteris Μυρτώ|Myrto Ορέστης|Orestis Ζωή|Zoi Θεοδώρα|Theodora Ραφαήλ|Rafail Βασιλική|Vasiliki',
    last='Παπαδημητρίου|Papadimitriou Καραγιάννη|Karagianni Μαυρομάτης|Mavromatis Τσιμπούκη|Tsimpouki Χατζηγεωργίου|Chatzigeorgiou Κουτσοβασίλη|Koutsovasili Λαμπρόπουλος|Lampropoulos Ζαχαράκη|Zacharaki Σταυρόπουλος|Stavropoulos Δημητροπούλου|Dimitropoulou Μπακόλας|Bakolas Γιαννακοπούλου|Giannakopoulou Ρεντζής|Rentzis Βλαχοπούλου|Vlachopoulou',
    streets='Αμυγδαλιάς Κυπαρισσίων Λεμονιάς Ροδακινιάς Πορτοκαλιάς Βασιλικού Γαρδένιας Μυρτιάς Δάφνης Πλατάνων Ελαιώνων Ιτεών',
    cities='Λάρισα Τρίκαλα Καρδίτσα Κοζάνη Καστοριά Φλώρινα Δράμα Σέρρες Ξάνθη Κομοτηνή Άρτα Πρέβεζα Πύργος Τρίπολη Σπάρτη')
loc('ar-EG', first='يوسف|Youssef ملك|Malak مازن|Mazen جنى|Jana حمزة|Hamza ريم|Reem سليم|Selim لجين|Lojain آسر|Aser تسنيم|Tasneem مروان|Marwan رقية|Roqaya زياد|Ziad حبيبة|Habiba أنس|Anas فريدة|Farida بلال|Belal سلمى|Salma كنزي|Kenzy',
    last='الشناوي|El-Shenawy الدمرداش|El-Demerdash الجزار|El-Gazzar عبدالعظيم|Abdelazim البنا|El-Banna الصعيدي|El-Saeedy المنشاوي|El-Menshawy الطنطاوي|El-Tantawy الفيومي|El-Fayoumy الحلواني|El-Halawany السيسي|El-Sisy القاضي|El-Kady الشرقاوي|El-Sharkawy النجار|El-Naggar الدسوقي|El-Desouky المغربي|El-Maghraby',
    streets='الياسمين النرجس الزيتون الجميز السنط البرقوق الكافور الأقحوان البنفسج الصفصاف الريحان اللبلاب',
    cities='المنصورة طنطا الزقازيق دمنهور بنها كفر_الشيخ المنيا أسيوط سوهاج قنا الفيوم بني_سويف دمياط الإسماعيلية')
loc('he-IL', first='נועם|Noam אביגיל|Avigail איתי|Itai מאיה|Maya יהונתן|Yehonatan שירה|Shira אורי|Ori טליה|Talia עידו|Ido הדר|Hadar רועי|Roi נגה|Noga אליאב|Eliav יעל|Yael עמית|Amit אגם|Agam ינאי|Yanai ליהיא|Lihi',
    last='בן-חמו|Ben-Hamo אלמוג|Almog שטרית|Shitrit גולדברג|Goldberg ביטון|Biton קורנפלד|Kornfeld אזולאי|Azoulay רוזנצוויג|Rosenzweig מזרחי|Mizrahi טננבאום|Tenenbaum אוחיון|Ohayon פרלמוטר|Perlmutter דהן|Dahan וקנין|Vaknin ליבוביץ|Leibovitz',
    streets='הרימון התאנה השקד הדקל האלה הזית החרוב האשל הגפן התמר הכלנית הרקפת הנרקיס',
    cities='רחובות נס_ציונה כפר_סבא רעננה חדרה עפולה טבריה צפת כרמיאל נהריה אשקלון קריית_גת דימונה')
loc('hi-IN', first='आरव|Aarav अद्विक|Advik ईशानी|Ishani कियारा|Kiara वेदांत|Vedant अनिका|Anika रुद्र|Rudra त्रिशा|Trisha शौर्य|Shaurya मिष्टी|Mishti अथर्व|Atharv नव्या|Navya प्रणव|Pranav सान्वी|Saanvi विहान|Vihaan ऋत्विक|Ritvik तनिष्का|Tanishka',
    last='चतुर्वेदी|Chaturvedi श्रीवास्तव|Srivastava भारद्वाज|Bhardwaj त्रिपाठी|Tripathi अग्निहोत्री|Agnihotri कुलश्रेष्ठ|Kulshreshtha बाजपेयी|Bajpai दीक्षित|Dixit रस्तोगी|Rastogi सक्सेना|Saxena माहेश्वरी|Maheshwari खंडेलवाल|Khandelwal पांडेय|Pandey उपाध्याय|Upadhyay',
    streets='गुलमोहर अमलतास कदंब पलाश चंपा मौलश्री हरसिंगार शीशम नीम जामुन',
    cities='कानपुर लखनऊ आगरा मेरठ बरेली अलीगढ़ झांसी गोरखपुर इंदौर ग्वालियर उज्जैन सागर कोटा अजमेर')
loc('zh-CN', first='梓涵|Zihan 浩宇|Haoyu 若曦|Ruoxi 子墨|Zimo 语桐|Yutong 一诺|Yinuo 沐阳|Muyang 欣怡|Xinyi 俊熙|Junxi 芷若|Zhiruo 睿泽|Ruize 可馨|Kexin 皓轩|Haoxuan 思彤|Sitong 奕辰|Yichen 诗涵|Shihan 铭哲|Mingzhe 雨萱|Yuxuan 晟睿|Shengrui 婉清|Wanqing',
    last='欧阳|Ouyang 司马|Sima 诸葛|Zhuge 上官|Shangguan 皇甫|Huangfu 尉迟|Yuchi 慕容|Murong 濮|Pu 邝|Kuang 谯|Qiao 牛|Niu 盛|Sheng 卞|Bian 訾|Zi 甘|Gan 庞|Pang 阎|Yan 柏|Bai',
    streets='枫林 槐荫 桂园 梧桐 杏坛 蔷薇 海棠 丁香 竹溪 兰亭 荷塘 梅岭 樱花 银杏',
    cities='绍兴 嘉兴 湖州 台州 丽水 衢州 芜湖 蚌埠 赣州 九江 岳阳 常德 襄阳 宜昌')
loc('ja-JP', first='湊斗|Minato 柚葉|Yuzuha 颯真|Soma 詩織|Shiori 蒼空|Sora 心結|Miyu 碧斗|Aoto 紬|Tsumugi 朔|Saku 凛花|Rinka 暖|Dan 澪|Mio 律|Ritsu 芽依|Mei 蓮音|Renon 琴葉|Kotoha 晴臣|Haruomi 杏樹|Anju',
    last='真壁|Makabe 鬼塚|Onizuka 柚木|Yunoki 御手洗|Mitarai 勅使河原|Teshigawara 東海林|Shoji 五十嵐|Igarashi 長谷部|Hasebe 百瀬|Momose 雲母|Kirara 四方田|Yomoda 大豆生田|Omameuda 九十九|Tsukumo 小鳥遊|Takanashi 王生|Iku 釘宮|Kugimiya',
    streets='桜丘 柳町 梅園 藤見台 若葉台 緑ケ丘 椿坂 菖蒲沢 萩原 楓台 芙蓉町 朝日が丘',
    cities='前橋市 高崎市 宇都宮市 水戸市 甲府市 松本市 長岡市 富山市 金沢市 福井市 津市 奈良市 松江市 高知市')
loc('ko-KR', first='서윤|Seoyun 도윤|Doyun 하준|Hajun 지아|Jia 시우|Siu 은우|Eunu 하린|Harin 유찬|Yuchan 채원|Chaewon 이안|Ian 로하|Roha 수아|Sua 건우|Geonu 윤슬|Yunseul 다온|Daon 라온|Raon 새봄|Saebom 한결|Hangyeol',
    last='남궁|Namgung 제갈|Jegal 독고|Dokgo 황보|Hwangbo 선우|Seonu 탁|Tak 빈|Bin 편|Pyeon 용|Yong 어|Eo 모|Mo 국|Guk 여|Yeo 변|Byeon 추|Chu',
    streets='은행나무 느티나무 솔숲 매화 진달래 개나리 하늘정원 달빛 별빛 물빛 꽃뫼 새싹',
    cities='청주시 천안시 전주시 순천시 안동시 경주시 포항시 원주시 춘천시 강릉시 김해시 진주시 여수시')
loc('th-TH', first='ปัณณวัฒน์|Pannawat ณัฐธิดา|Natthida ภูริภัทร|Phuriphat พิมพ์ชนก|Phimchanok ธนกฤต|Thanakrit ชญานิษฐ์|Chayanit กันตพงศ์|Kantaphong ปุณยวีร์|Punyawee ศุภวิชญ์|Supawit อชิรญา|Achiraya วรเมธ|Woramet ขวัญข้าว|Khwankhao',
    last='ศรีสุวรรณ|Srisuwan ทองประเสริฐ|Thongprasert วงศ์สวัสดิ์|Wongsawat บุญญาศิริ|Bunyasiri จันทร์เพ็ญ|Chanpen เกษมสุข|Kasemsuk รัตนพันธ์|Rattanaphan พงษ์ไพบูลย์|Phongphaiboon อินทรประเสริฐ|Intaraprasert ชัยมงคล|Chaimongkol สุขเจริญ|Sukcharoen',
    streets='ลาดพร้าว_ซอย_48 รามอินทรา_ซอย_14 พหลโยธิน_ซอย_32 ประชาอุทิศ_ซอย_9 นวมินทร์_ซอย_63 เพชรเกษม_ซอย_77 จรัญสนิทวงศ์_ซอย_35',
    cities='เชียงราย ลำปาง พิษณุโลก นครสวรรค์ ขอนแก่น อุดรธานี อุบลราชธานี นครราชสีมา ระยอง ชลบุรี สุราษฎร์ธานี สงขลา')
loc('cs-CZ', first='Vojtěch Eliška Štěpán Bořivoj Radim Kryštof Dobromila Sabina Libuše Vilém Ondřej Zdeňka Přemysl Bohdana Čeněk Ludmila Jaroslava Matyáš Anežka Sebastián',
    last='Procházková Kratochvíl Dvořáček Hrubešová Šťastný Vondráček Kopecká Pospíšil Sedláčková Zedník Holubová Kučera Nováčková Bartošek Vávrová Hájek Charvátová Jelínek',
    streets='Jeřabinová Šeříková Bezová Kaštanová Lipová Javorová Pampelišková Luční Jasmínová Ořechová Višňová Meruňková',
    cities='Jihlava Třebíč Znojmo Kroměříž Přerov Prostějov Vsetín Trutnov Náchod Písek Tábor Klatovy Cheb Most Kolín')
loc('es-MX', first='Ximena Regina Santiago Itzel Mateo Xóchitl Emiliano Citlali Leonardo Fernanda Tenoch Yaretzi Iker Dafne Axel Zoé Cuauhtémoc Nayeli Abril Rodrigo',
    last='Hernández_Xolalpa Tlapanco Cuautle Ixtlahuaca Zamudio Villaseñor Arredondo Bustamante Galindo Olvera Ocampo Zúñiga Huerta Cervantes_Tenorio Maldonado Sandoval Caballero Quiroz',
    streets='Jacarandas Ahuehuetes Colorines Tabachines Fresnos Ocotes Nogales Magueyes Huizaches Zempoalxóchitl Tulipanes Framboyanes',
    cities='Tlaxcala Pachuca Querétaro Celaya Irapuato Zacatecas Morelia Uruapan Tepic Colima Oaxaca Xalapa Orizaba Tehuacán Cuernavaca')
def more(code, **kw):
    for k, v in kw.items():
        RAW[code][k] = RAW[code][k] + ' ' + v
more('en-GB', first='Wenna Cadan Gethin Bronwen Idris Aneurin Nerys Dilys Glenys Tudur Emrys Meinir Lowri Iestyn Sioned Cerys Heledd Osian Tirion Hywel Berwyn Maelon Ianto Caradog Nia Gwenllian Efa',
     streets='Yarrowby Cowslip Oxlip Tormentil Samphire Lapwing Nuthatch Wagtail Bullfinch Sandpiper Skylark Wayfarer Sloeberry Quickthorn')
more('en-US', first='Tennyson Coralie Dashiell Wrenley Oakes Bexley Lennox Ozzie Marlee Zephyr Temperance Ruger Kashton Jensyn Brecken Kolton Tenley Saylor Raylan Wilder Lakelyn Ryker Stetson Henlee',
     streets='87th 104th 23rd 61st 142nd 39th 56th 118th 72nd 95th')
more('es-ES', first='Ekaitz Haizea Aratz Edurne Goizane Ibai Lorea Mikel_Joseba Nahia Oier Ugaitz Zuriñe Arkaitz Iraia Josu Kepa Alazne Ager Intza Urko Nekane Koldo Arantxa Iñaki',
     last='Aranburu Zabaleta Ugarte Egaña Lasa Garmendia Arruti Beristain Txurruka Etxaniz Zulaika Loidi Aizpurua Irazusta Olano Arana Sarasola Jauregi')
more('it-IT', first='Ermenegildo Gualtiero Filiberto Rosalba Teodolinda Ubaldo Evelina Spartaco Clelia Amedeo Lavinia Ersilia Torquato Gelsomina Nazzareno Assunta Fiorenzo Tecla Romualdo Liliana')
more('nl-NL', cities='Bolsward Workum Joure Wolvega Steenwijk Kampen Hardenberg Coevorden Winschoten Veendam Delfzijl Appingedam')
more('pl-PL', last='Brzozowska Wierzbicki Grabowiecka Szczygieł Kurpiewski Żurawska Błaszczyk Chrobak Ptaszyński Mrozowska Kędzierski Sikorska Pawlikowski Wawrzyniak Gołębiowski Cieślak Kosmala Bryzgalski',
     streets='Tarninowa Dereniowa Pigwowa Głogowa Berberysowa Wiązowa Grabowa Bukszpanowa Żarnowcowa Barwinkowa Nasturcjowa Czeremchowa Żurawinowa Rokitnikowa')
more('pt-BR', last='Cerqueira Bandeira Medrado Quintela Gusmão Peixoto Tavares Lacerda Valadares Holanda Carneiro Cordeiro Prado Rebouças Moura Uchôa Furtado Aguiar Montenegro Freitas',
     streets='Pau-brasil Jatobás Aroeiras Flamboyants Paineiras Cambuís Ingazeiros Oitizeiros Umbuzeiros Carnaubeiras Babaçus Angicos',
     cities='Campina Feira Cabo Petrópolis Blumenau Joinville Cascavel Maringá Londrina Dourados Marabá Santarém Altamira Bagé Pelotas')
more('sv-SE', first='Gustava Ingemar Ylva Sölve Ragnvald Tekla Åsa Gunnel Birger Dagny Torgny Sigvard Hjalmar Sigrun Alfhild Brita Botvid Ingvor Ronja Valdemar Yngve Tove',
     cities='Lycksele Sollefteå Kramfors Ånge Sveg Malung Hagfors Säffle Vimmerby Oskarshamn Nässjö Tranås Motala Finspång Söderhamn')
more('fi-FI', last='Pyykkönen Hyvärinen Tuovinen Kämäräinen Ryynänen Väisänen Puustinen Hiltunen Jääskeläinen Kauppinen Tolvanen Kolehmainen Heikkinen Partanen Tikkanen Ikonen Vänskä Seppälä Laitinen Lyytikäinen',
     streets='Ahomansikka Variksenmarja Suopursu Vaivaiskoivu Tervaleppä Kangasmaitikka Metsätähti Käenkaali Ruusuruoho Sinivuokko',
     cities='Nurmes Lieksa Kuhmo Suomussalmi Kuusamo Kemijärvi Sodankylä Ylivieska Nivala Haapajärvi Pieksämäki Varkaus Heinola Loviisa')
more('tr-TR', streets='1453 2017 3452 1203 6810 4125 2684 5319 1987 7420', last='Köseoğlu Topaloğlu Kuşçuoğlu Dumlupınar Yazıcıoğlu Kabakçı Çelikkol Başaran Ilıcak Sevindik Kocabıyık Değirmenci Ekinci Dalkılıç')
more('ru-RU', first='Елисей|Yelisey Варвара|Varvara Добрыня|Dobrynya Евпраксия|Evpraksiya Любава|Lyubava Святослав|Svyatoslav Феврония|Fevroniya Мирослава|Miroslava Радомир|Radomir Ермолай|Yermolay Фотиния|Fotiniya Аграфена|Agrafena Всеслава|Vseslava Гордей|Gordey Архип|Arkhip Пелагея|Pelageya',
     streets='Ивовая Можжевеловая Тополиная Ясеневая Вересковая Облепиховая Смородиновая Земляничная Черничная Боярышниковая')
more('el-GR', first='Αντιγόνη|Antigoni Ηλέκτρα|Ilektra Πολυξένη|Polyxeni Μιλτιάδης|Miltiadis Φωτεινή|Foteini Χρυσάνθη|Chrysanthi Καλλιόπη|Kalliopi Θεμιστοκλής|Themistoklis Ευτέρπη|Efterpi Αριστείδης|Aristeidis Ιφιγένεια|Ifigeneia Περικλής|Periklis Σταματία|Stamatia Δανάη|Danai Ερμιόνη|Ermioni Αλκμήνη|Alkmini',
     cities='Βέροια Νάουσα Έδεσσα Γιαννιτσά Κιλκίς Πολύγυρος Λιβαδειά Θήβα Χαλκίδα Αμφισσα Καρπενήσι Μεσολόγγι Αγρίνιο Ναύπλιο Άργος')
more('ar-EG', last='أبوزيد|Abouzeid الحفناوي|El-Hefnawy البرعي|El-Beraay الجندي|El-Gendy الزيات|El-Zayat العشري|El-Ashry الفقي|El-Feky المليجي|El-Meligy الهواري|El-Hawary السخاوي|El-Sakhawy الخولي|El-Kholy الإتربي|El-Etreby',
     streets='الجهاد الثورة الجلاء المعز التحرير_الفرعي الشهيد_عبدالمنعم_رياض الترعة_البحرية البحر_الأعظم الجيش_الفرعي الخليفة_المأمون',
     cities='ميت_غمر السنبلاوين ملوي ديروط أبوتيج طهطا نجع_حمادي إسنا إدفو كوم_أمبو أبوكبير فاقوس ههيا منيا_القمح')
more('he-IL', first='אלנתן|Elnatan הודיה|Hodaya נריה|Neriya אוריה|Oriya איילת|Ayelet בארי|Be\'eri עדיאל|Adiel אביה|Aviya שקד|Shaked אלעד|Elad הילה|Hila תהל|Tahel ניצן|Nitzan אריאל|Ariel רז|Raz צוף|Tzuf',
     last='בוזגלו|Bouzaglo אבוטבול|Abutbul חדד|Hadad סויסה|Swissa טולדנו|Toledano אלמקייס|Almakayes דנינו|Danino בן-שושן|Ben-Shushan גבאי|Gabay אפריאט|Afriat ויזלטיר|Wieseltier שפרינצק|Shprinzak זילברשטיין|Silberstein',
     streets='הצבעוני הסביון החצב הדודאים האירוסים הנוריות הלוטם המרווה האזוב היערה',
     cities='יבנה גדרה מזכרת_בתיה קריית_עקרון אור_עקיבא זכרון_יעקב בנימינה יקנעם מגדל_העמק שדרות אופקים')
more('hi-IN', first='अव्यान|Avyaan इवान्या|Ivanya रेयांश|Reyansh मायरा|Myra अहाना|Ahana कियान|Kiyan शिविका|Shivika यथार्थ|Yatharth अविका|Avika विवान|Vivaan ओजस्वी|Ojaswi निर्वाण|Nirvaan तन्मय|Tanmay अन्वी|Anvi हृदान|Hridaan वामिका|Vamika',
     last='गोस्वामी|Goswami मिश्रा|Mishra शुक्ला|Shukla पाठक|Pathak अवस्थी|Awasthi द्विवेदी|Dwivedi बघेल|Baghel तोमर|Tomar रघुवंशी|Raghuvanshi चौरसिया|Chaurasia निगम|Nigam भटनागर|Bhatnagar गंगवार|Gangwar कटियार|Katiyar सेंगर|Sengar',
     streets='कचनार सेमल महुआ खैर बकुल पारिजात रातरानी सागौन अर्जुन करौंदा',
     cities='फ़र्रुख़ाबाद शाहजहाँपुर बहराइच सुल्तानपुर प्रतापगढ़ मिर्ज़ापुर बलिया देवरिया बाराबंकी उन्नाव इटावा मैनपुरी')
more('zh-CN', first='沁|Qin 沐|Mu 琬|Wan 珩|Heng 瑾|Jin 昀|Yun 晞|Xi 煜|Yu 朗|Lang 砚|Yan 骁|Xiao 筠|Yun 蓁|Zhen 苒|Ran 芮|Rui 莜|You 翊|Yi 锴|Kai 峤|Qiao 珞|Luo',
     last='覃|Qin 邬|Wu 闫|Yan 麦|Mai 冼|Xian 莫|Mo 凌|Ling 蒲|Pu 祁|Qi 郏|Jia 宓|Mi 隗|Wei 糜|Mi 檀|Tan 鄢|Yan 蔺|Lin')
more('ja-JP', last='猪瀬|Inose 甘粕|Amakasu 鷲尾|Washio 蓮見|Hasumi 蕪木|Kaburagi 纐纈|Koketsu 舎人|Toneri 薬袋|Minai 銚子|Choshi 宍戸|Shishido 鵜飼|Ukai 仙波|Senba',
     streets='鷺沼 雲雀丘 蛍池 鶴見台 銀杏並 欅台 紅葉台 白樺台')
more('ko-KR', first='윤하|Yunha 예솔|Yesol 도담|Dodam 가온|Gaon 초롱|Chorong 해솔|Haesol 아름|Areum 보람|Boram 나래|Narae 소담|Sodam 여울|Yeoul 슬기|Seulgi 다솜|Dasom 온유|Onyu 누리|Nuri',
     last='봉|Bong 석|Seok 옥|Ok 인|In 감|Gam 예|Ye 경|Gyeong 도|Do 반|Ban 표|Pyo 설|Seol 방|Bang 기|Gi 진|Jin 함|Ham 육|Yuk 견|Gyeon')
more('th-TH', first='ปวริศา|Pawarisa ธัญชนก|Thanchanok กฤตภาส|Krittaphat ภัทรนันท์|Phattharanan ศิรดา|Sirada ปภาวรินท์|Paphawarin ชยพล|Chayaphon ณัฐวรา|Nattawara วรัญญู|Waranyu ธีรดนย์|Teeradon',
     last='เจริญวงศ์ไพศาล|Charoenwongphaisan ศักดิ์สิทธิ์พานิช|Saksitphanit อัครวรานนท์|Akkharawaranon ธนาวุฒิกุล|Thanawutthikul พิพัฒน์ธนากร|Phiphatthanakorn ลิ้มเจริญสุข|Limcharoensuk โชติวัฒนวงศ์|Chotiwatthanawong',
     streets='ซอย_48 ซอย_14 ซอย_32 ซอย_9 ซอย_63 ซอย_77 ซอย_35')
more('cs-CZ', first='Bonifác Květoslava Drahomír Slavomíra Ctibor Vlastimila Dalibor Budislav Jaromíra Radovan Blažena Zbyněk Bohumila Svatopluk Vratislav Miloslava Jindřiška Lubomír')
more('es-MX', first='Quetzalli Yatziri Tonatiuh Anahí Izel Metztli Nezahualcóyotl Xitlali Atzin Yoltzin Amaranta Ameyalli Tlalli Itzayana Tlanextli Yolotl',
     last='Xicoténcatl Tepatl Cuatecontzi Mixcoatl Ahuatzi Tecuatl Tlahuel Zacapantzi Coyotl Tzompantzi Axayácatl Huitzil')
more('ru-RU', first='Всемил|Vsemil Вышеслав|Vysheslav Никандр|Nikandr Митрофан|Mitrofan Нифонт|Nifont Панкрат|Pankrat Евдоким|Evdokim Аксинья|Aksinya Ираида|Iraida Зиновия|Zinovia Калерия|Kaleriya Капитолина|Kapitolina Леокадия|Leokadiya Доминика|Dominika')
more('el-GR', first='Ιωακείμ|Ioakeim Ευθύμιος|Efthymios Γρηγόρης|Grigoris Σωτήρης|Sotiris Νεοκλής|Neoklis Φανούριος|Fanourios Ευαγγελία|Evangelia Σοφία|Sofia Βαρβάρα|Varvara')
more('cs-CZ', first='Bořek Vendelín Horymír Mojmír Kazimíra Ctislava')
more('pl-PL', first='Walentyna Siemowit Irena Ewelina Ludomira Klementyna Bernadeta Wioletta Dominika Adelajda Zdzisława')
RAW['th-TH']['streets'] = '48 14 32 9 63 77 35 21 56'
RAW['hi-IN']['streets'] += ' 14 22 31 7'

# label order: name|dob|addr|phone|email|parent|school|cls|note
LBL = {
    'en': 'Name|Date of birth|Home address|Phone|Email|Parent/guardian|School|Class|Notes',
    'de': 'Name|Geburtsdatum|Wohnanschrift|Telefon|E-Mail|Erziehungsberechtigte/r|Schule|Klasse|Bemerkungen',
    'fr': 'Nom|Date de naissance|Adresse|Téléphone|Courriel|Responsable légal|Établissement|Classe|Remarques',
    'es': 'Nombre|Fecha de nacimiento|Domicilio|Teléfono|Correo|Madre/padre/tutor|Centro|Curso|Observaciones',
    'it': 'Nome|Data di nascita|Indirizzo|Telefono|E-mail|Genitore/tutore|Istituto|Classe|Note',
    'nl': 'Naam|Geboortedatum|Adres|Telefoon|E-mail|Ouder/verzorger|School|Groep|Opmerkingen',
    'pl': 'Imię i nazwisko|Data urodzenia|Adres zamieszkania|Telefon|E-mail|Rodzic/opiekun|Szkoła|Klasa|Uwagi',
    'pt': 'Nome|Data de nascimento|Endereço|Telefone|E-mail|Responsável|Escola|Turma|Observações',
    'sv': 'Namn|Födelsedatum|Adress|Telefon|E-post|Vårdnadshavare|Skola|Klass|Övrigt',
    'fi': 'Nimi|Syntymäaika|Osoite|Puhelin|Sähköposti|Huoltaja|Koulu|Luokka|Lisätiedot',
    'tr': 'Adı Soyadı|Doğum tarihi|Ev adresi|Telefon|E-posta|Veli|Okul|Sınıf|Notlar',
    'ru': 'ФИО|Дата рождения|Адрес проживания|Телефон|Эл. почта|Родитель/законный представитель|Школа|Класс|Примечания',
    'el': 'Ονοματεπώνυμο|Ημερομηνία γέννησης|Διεύθυνση κατοικίας|Τηλέφωνο|Email|Κηδεμόνας|Σχολείο|Τμήμα|Παρατηρήσεις',
    'ar': 'الاسم|تاريخ الميلاد|العنوان|الهاتف|البريد الإلكتروني|ولي الأمر|المدرسة|الصف|ملاحظات',
    'he': 'שם|תאריך לידה|כתובת מגורים|טלפון|דוא"ל|הורה/אפוטרופוס|בית ספר|כיתה|הערות',
    'hi': 'नाम|जन्म तिथि|घर का पता|फ़ोन|ईमेल|अभिभावक|विद्यालय|कक्षा|टिप्पणी',
    'zh': '姓名|出生日期|家庭住址|电话|电子邮箱|监护人|学校|班级|备注',
    'ja': '氏名|生年月日|住所|電話番号|メール|保護者|学校名|学年・組|備考',
    'ko': '이름|생년월일|주소|전화번호|이메일|보호자|학교|학년/반|비고',
    'th': 'ชื่อ-นามสกุล|วันเกิด|ที่อยู่|โทรศัพท์|อีเมล|ผู้ปกครอง|โรงเรียน|ชั้น|หมายเหตุ',
    'cs': 'Jméno a příjmení|Datum narození|Bydliště|Telefon|E-mail|Zákonný zástupce|Škola|Třída|Poznámky',
}
LKEYS = ('name', 'dob', 'addr', 'phone', 'email', 'parent', 'school', 'cls', 'note')
ASK = {
    'en': ['tidy this up and list what is missing', 'turn this into JSON', 'summarise for the head in 3 lines'],
    'de': ['Bitte fass das kurz zusammen', 'Mach daraus bitte eine Tabelle', 'Prüf das bitte auf Fehler'],
    'fr': ['Résume-moi ça en trois lignes', 'Mets ça en tableau stp', 'Vérifie les fautes s’il te plaît'],
    'es': ['Resúmelo en tres líneas', 'Pásalo a una tabla, porfa', 'Revisa si falta algún dato'],
    'it': ['Riassumi in tre righe', 'Mettilo in una tabella', 'Controlla se manca qualcosa'],
    'nl': ['Vat dit even samen', 'Zet dit in een tabel', 'Check of er iets ontbreekt'],
    'pl': ['Streść to w trzech zdaniach', 'Zrób z tego tabelkę', 'Sprawdź, czy czegoś brakuje'],
    'pt': ['Resume isso em três linhas', 'Coloca isso numa tabela', 'Vê se falta alguma informação'],
    'sv': ['Sammanfatta kort', 'Gör en tabell av det här', 'Kolla om något saknas'],
    'fi': ['Tiivistä tämä kolmeen riviin', 'Tee tästä taulukko', 'Tarkista puuttuuko jotain'],
    'tr': ['Bunu üç satırda özetle', 'Bunu tabloya dök', 'Eksik bilgi var mı kontrol et'],
    'ru': ['Сделай краткое резюме', 'Оформи это таблицей', 'Проверь, всё ли заполнено'],
    'el': ['Κάνε μια σύντομη περίληψη', 'Βάλ’ το σε πίνακα', 'Έλεγξε αν λείπει κάτι'],
    'ar': ['لخّص هذا في ثلاثة أسطر', 'حوّل هذا إلى جدول', 'راجع إن كان ينقص شيء'],
    'he': ['תסכם לי את זה בקצרה', 'תעשה מזה טבלה', 'תבדוק אם חסר משהו'],
    'hi': ['इसे तीन पंक्तियों में सारांशित करें', 'इसे तालिका में बदलें', 'देखें कि कुछ छूटा तो नहीं'],
    'zh': ['帮我用三句话概括一下', '整理成表格', '检查一下有没有漏填的'],
    'ja': ['三行で要約してください', '表にまとめてください', '記入漏れがないか確認して'],
    'ko': ['세 줄로 요약해 줘', '표로 정리해 줘', '빠진 항목이 있는지 확인해 줘'],
    'th': ['ช่วยสรุปสั้น ๆ ให้หน่อย', 'ช่วยทำเป็นตาราง', 'ช่วยตรวจว่ามีข้อมูลขาดไหม'],
    'cs': ['Shrň to do tří řádků', 'Udělej z toho tabulku', 'Zkontroluj, jestli něco nechybí'],
}
US_CITY_STATE = {'Tulsa': 'OK', 'Bozeman': 'MT', 'Duluth': 'MN', 'Lafayette': 'LA', 'Paducah': 'KY', 'Bismarck': 'ND',
                 'Kenosha': 'WI', 'Tallahassee': 'FL', 'Yakima': 'WA', 'Flagstaff': 'AZ', 'Asheville': 'NC',
                 'Muncie': 'IN', 'Pueblo': 'CO', 'Bangor': 'ME', 'Rapid': 'SD'}
# code: (lang, phone region, name order, date style, e-mail domains, school pattern, university pattern)
META = {
    'en-GB': ('en', 'GB', 'fl', 'dmy/', 'btinternet.com gmail.com outlook.com sky.com', '{c} Academy', 'University of {c}'),
    'en-US': ('en', 'US', 'fl', 'mdy/', 'gmail.com yahoo.com icloud.com comcast.net', '{c} Middle School', '{c} State University'),
    'de-DE': ('de', 'DE', 'fl', 'dmy.', 'web.de gmx.de t-online.de posteo.de', 'Gymnasium {c}', 'Hochschule {c}'),
    'fr-FR': ('fr', 'FR', 'fl', 'dmy/', 'orange.fr free.fr laposte.net sfr.fr', 'Collège de {c}', 'Université de {c}'),
    'es-ES': ('es', 'ES', 'fl2', 'dmy/', 'gmail.com hotmail.es telefonica.net yahoo.es', 'IES {c}', 'Universidad de {c}'),
    'it-IT': ('it', 'IT', 'fl', 'dmy/', 'libero.it virgilio.it alice.it tiscali.it', 'Istituto Comprensivo di {c}', 'Università di {c}'),
    'nl-NL': ('nl', 'NL', 'fl', 'dmy-', 'ziggo.nl kpnmail.nl hotmail.nl xs4all.nl', 'Basisschool {c}', 'Hogeschool {c}'),
    'pl-PL': ('pl', 'PL', 'fl', 'dmy.', 'wp.pl onet.pl interia.pl o2.pl', 'Szkoła Podstawowa nr 3 w {c}', 'Uniwersytet w {c}'),
    'pt-BR': ('pt', 'BR', 'fl2', 'dmy/', 'gmail.com uol.com.br bol.com.br terra.com.br', 'Escola Estadual de {c}', 'Universidade Federal de {c}'),
    'sv-SE': ('sv', 'SE', 'fl', 'ymd-', 'telia.com bredband.net gmail.com spray.se', '{c} skola', 'Högskolan i {c}'),
    'fi-FI': ('fi', 'FI', 'fl', 'dmy.', 'gmail.com elisanet.fi luukku.com kolumbus.fi', '{c}n yhtenäiskoulu', '{c}n ammattikorkeakoulu'),
    'tr-TR': ('tr', 'TR', 'fl', 'dmy.', 'gmail.com hotmail.com yandex.com.tr mynet.com', '{c} Anadolu Lisesi', '{c} Üniversitesi'),
    'ru-RU': ('ru', 'RU', 'lf', 'dmy.', 'mail.ru yandex.ru rambler.ru bk.ru', 'МБОУ СОШ № 7 г. {c}', '{c}ский государственный университет'),
    'el-GR': ('el', 'GR', 'lf', 'dmy/', 'gmail.com yahoo.gr otenet.gr hotmail.gr', '2ο Γυμνάσιο {c}', 'Πανεπιστήμιο {c}'),
    'ar-EG': ('ar', 'EG', 'fl', 'dmy/', 'gmail.com yahoo.com hotmail.com outlook.com', 'مدرسة {c} الرسمية للغات', 'جامعة {c}'),
    'he-IL': ('he', 'IL', 'fl', 'dmy.', 'gmail.com walla.co.il 012.net.il bezeqint.net', 'בית ספר יסודי {c}', 'המכללה האקדמית {c}'),
    'hi-IN': ('hi', 'IN', 'fl', 'dmy-', 'gmail.com rediffmail.com yahoo.co.in outlook.com', 'केंद्रीय विद्यालय {c}', '{c} विश्वविद्यालय'),
    'zh-CN': ('zh', 'CN', 'lf0', 'cjk', 'qq.com 163.com 126.com sina.com', '{c}市实验小学', '{c}学院'),
    'ja-JP': ('ja', 'JP', 'lf', 'cjk', 'docomo.ne.jp ezweb.ne.jp yahoo.co.jp gmail.com', '{c}立第三中学校', '{c}大学'),
    'ko-KR': ('ko', 'KR', 'lf0', 'ymd.', 'naver.com daum.net hanmail.net gmail.com', '{c} 중앙초등학교', '{c} 대학교'),
    'th-TH': ('th', 'TH', 'fl', 'be/', 'hotmail.com gmail.com yahoo.co.th outlook.co.th', 'โรงเรียน{c}วิทยาคม', 'มหาวิทยาลัย{c}'),
    'cs-CZ': ('cs', 'CZ', 'fl', 'dmy.', 'seznam.cz email.cz centrum.cz volny.cz', 'ZŠ {c}', 'Univerzita {c}'),
    'es-MX': ('es', 'MX', 'fl2', 'dmy/', 'gmail.com hotmail.com prodigy.net.mx outlook.com', 'Secundaria Técnica 12 de {c}', 'Universidad Autónoma de {c}'),
}


class Loc:
    def __init__(self, code):
        self.code = code
        (self.lang, self.region, self.order, self.dstyle, doms, self.school_pat, self.uni_pat) = META[code]
        raw = RAW[code]
        if code != 'ko-KR':
            self.first = cut(raw['first'].split(), code + '.first')
            self.last = cut(raw['last'].split(), code + '.last')
        else:  # Korean names are one token: cut the composed names
            full = [l.split('|')[0] + f.split('|')[0] + '|' + l.split('|')[1] + '.' + f.split('|')[1]
                    for l in raw['last'].split() for f in raw['first'].split()]
            self.full = cut(full, 'ko-KR.full', bigram=False)
        self.streets = cut(raw['streets'].split(), code + '.streets')
        self.cities = [c.replace('_', ' ') for c in cut(raw['cities'].split(), code + '.cities', bigram=False)]
        self.domains = doms.split()
        self.lbl = dict(zip(LKEYS, LBL[self.lang].split('|')))
        self.ask = ASK[self.lang]


# ---------------------------------------------------------------- value generators (validated)
def fold(s):
    s = s.replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('đ', 'd').replace('ı', 'i')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if c.isascii() and (c.isalnum() or c in '.-')).lower()


GENDERED = ('pl-PL', 'cs-CZ', 'ru-RU', 'el-GR')


def first_gender(code, f):
    f = f.split('|')[0]
    if code == 'el-GR':
        return 'm' if f.endswith('ς') or f in ('Ραφαήλ', 'Ιωακείμ') else 'f'
    if code == 'ru-RU':
        return 'm' if f in ('Добрыня',) or not f.endswith(('а', 'я')) else 'f'
    if code == 'cs-CZ':
        return 'f' if f.endswith('a') or f == 'Libuše' else 'm'
    return 'f' if f.endswith('a') else 'm'


def last_gender(code, l):
    l = l.split('|')[0]
    if code == 'pl-PL':
        return 'f' if l.endswith(('ska', 'cka', 'dzka')) else 'm' if l.endswith(('ski', 'cki', 'dzki')) else None
    if code == 'cs-CZ':
        return 'f' if l.endswith('á') else 'm'
    if code == 'ru-RU':
        return 'f' if l.endswith(('ова', 'ева', 'ина', 'ая', 'ёва')) else 'm'
    if code == 'el-GR':
        return None if l.endswith('ίου') else 'f' if l.endswith(('η', 'ου', 'α')) else 'm'
    return None


class Person:
    def __init__(self, loc, rng, last=None):
        self.loc = loc
        self.gender = None
        if loc.code == 'ko-KR' and last is None:
            e = rng.choice(loc.full)
            native, roman = e.split('|')
            self.full, self.first_native = native, native[1:]
            self.rl, self.rf = (fold(x) for x in roman.split('.'))
            self.last_native = native[0]
            return
        self.gender = None
        if loc.code in GENDERED:
            if last is not None:
                lg = last_gender(loc.code, last)
                f = rng.choice([x for x in loc.first if lg is None or first_gender(loc.code, x) == lg] or loc.first)
                l = last
            else:
                f = rng.choice(loc.first)
                g = first_gender(loc.code, f)
                l = rng.choice([x for x in loc.last if last_gender(loc.code, x) in (None, g)] or loc.last)
            self.gender = first_gender(loc.code, f)
        else:
            f = rng.choice(loc.first)
            l = last or rng.choice(loc.last)
        if loc.code == 'ko-KR':
            l = last
        fn, _, fr = f.partition('|')
        ln, _, lr = l.partition('|')
        fn, ln = fn.replace('_', ' '), ln.replace('_', ' ')
        self.first_native, self.last_native = fn, ln
        self.rf, self.rl = fold(fr or fn), fold(lr or ln).replace(' ', '')
        self._l = l
        o = loc.order
        if o == 'fl':
            self.full = f'{fn} {ln}'
        elif o == 'fl2':  # two surnames where the second comes from the pool too
            l2 = rng.choice(loc.last).replace('_', ' ')
            self.full = f'{fn} {ln} {l2}' if l2 != ln and rng.random() < 0.6 else f'{fn} {ln}'
        elif o == 'lf0':
            self.full = f'{ln}{fn}'
        else:
            self.full = f'{ln} {fn}'

    def sibling(self, rng):
        if self.loc.code == 'ko-KR':
            while True:
                p = Person(self.loc, rng)
                if p.full[0] == self.full[0]:
                    return p
        for _ in range(50):
            p = Person(self.loc, rng, last=self._l)
            if p.first_native != self.first_native:
                return p
        return p


def fmt_date(loc, d):
    s = loc.dstyle
    if s == 'cjk':
        return f'{d.year}年{d.month}月{d.day}日'
    if s == 'be/':
        return f'{d.day:02d}/{d.month:02d}/{d.year + 543}'
    if s.startswith('ymd'):
        return f'{d.year}{s[3]}{d.month:02d}{s[3]}{d.day:02d}'
    if s.startswith('mdy'):
        return f'{d.month:02d}/{d.day:02d}/{d.year}'
    return f'{d.day:02d}{s[3]}{d.month:02d}{s[3]}{d.year}'


def rdate(rng, y0, y1):
    return dt.date(y0, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def up(rng, n, alpha='ABCDEFGHJKLMNPRSTUVWXYZ'):
    return ''.join(rng.choice(alpha) for _ in range(n))


def address(loc, rng):
    c = loc.code
    s = rng.choice(loc.streets).replace('_', ' ')
    city = rng.choice(loc.cities)
    n = rng.randint(1, 180)
    m = rng.randint(1, 48)
    if c == 'en-GB':
        pc = f'{up(rng, 2)}{rng.randint(1, 29)} {rng.randint(1, 9)}{up(rng, 2, "ABDEFGHJLNPQRSTUWXYZ")}'
        return f'{n} {s} {rng.choice(["Road", "Lane", "Close", "Way", "Gardens", "Drive"])}, {city} {pc}'
    if c == 'en-US':
        st = US_CITY_STATE[city]
        cityn = 'Rapid City' if city == 'Rapid' else city
        street = f'{rng.randint(100, 9899)} {rng.choice("NSEW")} {s} St' if s[0].isdigit() else \
            f'{rng.randint(100, 9899)} {s} {rng.choice(["Ave", "Dr", "Ln", "Ct", "Rd"])}'
        if rng.random() < 0.3:
            street += f' Apt {rng.randint(1, 30)}{rng.choice("ABCD")}'
        return f'{street}, {cityn}, {st} {rng.randint(10001, 99899):05d}'
    if c == 'de-DE':
        return f'{s}{rng.choice(["weg", "straße", "ring", "pfad", "stieg"])} {n}, {rng.randint(10000, 99999)} {city}'
    if c == 'fr-FR':
        return f'{n} {rng.choice(["rue", "allée", "impasse"])} des {s}, {rng.randint(1, 95):02d}{rng.randint(0, 999):03d} {city}'
    if c == 'es-ES':
        return f'Calle {s} {n}, {rng.randint(1, 8)}º {rng.choice("ABCD")}, {rng.randint(1, 52):02d}{rng.randint(0, 999):03d} {city}'
    if c == 'it-IT':
        return f'Via {"degli" if s[0] in "AEIOU" else "dei"} {s} {n}, {rng.randint(10, 98)}{rng.randint(0, 999):03d} {city}'
    if c == 'nl-NL':
        return f'{s}{rng.choice(["laan", "straat", "hof", "weg"])} {n}, {rng.randint(1000, 9999)} {up(rng, 2, "ABCEGHJKLMNPRTVWXZ")} {city}'
    if c == 'pl-PL':
        return f'ul. {s} {n}/{m}, {rng.randint(10, 99)}-{rng.randint(0, 999):03d} {city}'
    if c == 'pt-BR':
        return f'Rua dos {s}, {n * 7} - apto {m}, {city}, CEP {rng.randint(10000, 99999)}-{rng.randint(0, 999):03d}'
    if c == 'sv-SE':
        return f'{s}vägen {n}, {rng.randint(100, 989)} {rng.randint(10, 99)} {city}'
    if c == 'fi-FI':
        return f'{s}tie {n} B {m}, {rng.randint(10, 99)}{rng.randint(0, 999):03d} {city}'
    if c == 'tr-TR':
        so = f'{s}. Sokak' if s[0].isdigit() else f'{s} Sokak'
        return f'{so} No: {n} Daire: {m}, {rng.randint(10, 81)}{rng.randint(0, 999):03d} {city}'
    if c == 'ru-RU':
        return f'ул. {s}, д. {n}, кв. {m * 3}, г. {city}, {rng.randint(160000, 690000)}'
    if c == 'el-GR':
        return f'Οδός {s} {n}, {rng.randint(100, 859)} {rng.randint(10, 99)} {city}'
    if c == 'ar-EG':
        return f'{n} شارع {s}، الدور {m % 9 + 1}، {city}'
    if c == 'he-IL':
        return f'רחוב {s} {n}, דירה {m}, {city}'
    if c == 'hi-IN':
        road = f'सेक्टर {s}' if s.isdigit() else f'{s} मार्ग'
        return f'मकान नं. {n}, {road}, {city} - {rng.randint(200, 289)}{rng.randint(0, 999):03d}'
    if c == 'zh-CN':
        return f'{city}{s}路{n}号{m % 12 + 1}栋{rng.randint(1, 28)}0{rng.randint(1, 4)}室'
    if c == 'ja-JP':
        return f'〒{rng.randint(100, 999)}-{rng.randint(0, 9999):04d} {city}{s}{rng.randint(1, 5)}丁目{n % 30 + 1}-{m}'
    if c == 'ko-KR':
        return f'{city} {s}로{rng.randint(1, 90)}번길 {n}, {rng.randint(101, 115)}동 {rng.randint(1, 25)}0{rng.randint(1, 6)}호'
    if c == 'th-TH':
        return f'{n}/{m} หมู่ {rng.randint(1, 12)} ซอย {s} {city} {rng.randint(10, 96)}{rng.randint(0, 999):03d}'
    if c == 'cs-CZ':
        return f'{s} {n * 11}/{m}, {rng.randint(100, 799)} {rng.randint(10, 99)} {city}'
    if c == 'es-MX':
        return f'Calle {s} {n}, Col. {rng.choice(["Centro", "Jardines", "Las Flores", "Del Valle"])}, C.P. {rng.randint(10000, 99999)}, {city}'
    raise KeyError(c)


_EXAMPLE = {}


def phone(loc, rng, fixed=False):
    reg = loc.region
    for _ in range(5000):
        if reg == 'US':
            area = rng.choice(['918', '406', '218', '337', '270', '701', '262', '850', '509', '928', '828', '765', '719', '207'])
            ex = rng.randint(201, 989)
            if ex == 555 or ex % 100 == 11:
                continue
            nat = f'{area}{ex}{rng.randint(0, 9999):04d}'
        else:
            t = phonenumbers.PhoneNumberType.FIXED_LINE if fixed else phonenumbers.PhoneNumberType.MOBILE
            key = (reg, fixed)
            if key not in _EXAMPLE:
                _EXAMPLE[key] = re.sub(r'\D', '', phonenumbers.format_number(phonenumbers.example_number_for_type(reg, t), phonenumbers.PhoneNumberFormat.NATIONAL))
            ex = _EXAMPLE[key]
            k = 6 if len(ex) > 8 else 5
            nat = ex[:-k] + digits(rng, k)
            if nat == ex:
                continue
        num = phonenumbers.parse(nat, reg)
        if not phonenumbers.is_valid_number_for_region(num, reg):
            continue
        tp = phonenumbers.number_type(num)
        want = {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE} if fixed \
            else {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
        if tp not in want:
            continue
        style = rng.random()
        if style < 0.45:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        if style < 0.85:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    sys.exit(f'no valid phone for {reg}')


def email(p, rng):
    d = rng.choice(p.loc.domains)
    f, l = p.rf or 'x', p.rl or 'y'
    form = rng.randrange(5)
    local = [f'{f}.{l}', f'{f[0]}{l}{rng.randint(1, 99)}', f'{l}.{f}{rng.randint(70, 99)}', f'{f}{l}', f'{f}_{l[:4]}{rng.randint(1, 9)}'][form]
    e = f'{local}@{d}'
    assert re.fullmatch(r'[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+', e), e
    return e


def public_ip(rng):
    while True:
        if rng.random() < 0.8:
            a = ipaddress.ip_address('.'.join(str(rng.randint(1, 223)) for _ in range(4)))
        else:
            a = ipaddress.ip_address(f'2a0{rng.randint(1, 9)}:{rng.randint(0x100, 0xffff):x}:{rng.randint(0, 0xffff):x}:'
                                     f'{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xffff):x}')
        docs = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]
        if a.is_global and not a.is_multicast and not any(a in n for n in docs if n.version == a.version):
            return str(a)


def card(rng):
    while True:
        pre = rng.choice(['4', '51', '52', '53', '54', '55'])
        body = pre + digits(rng, 15 - len(pre))
        num = body + luhn.calc_check_digit(body)
        if len(set(num[1:])) < 5 or num.startswith(('4111', '4242', '4000', '5555', '5105')):
            continue
        luhn.validate(num)
        return ' '.join(num[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else num


IBAN_FMT = {'DE': '8n10n', 'GB': '4a14n', 'NL': '4a10n', 'PL': '24n', 'FI': '14n', 'SE': '20n', 'AT': '16n',
            'IT': '1a10n12c', 'FR': '10n11c2n', 'ES': '20n', 'CZ': '20n', 'GR': '23n', 'TR': '6n16n', 'IL': '19n',
            'BR': '23n1a1c', 'PT': '21n'}


def iban(rng, cc):
    fmt = IBAN_FMT[cc]
    for _ in range(200000):
        bban = ''
        for cnt, kind in re.findall(r'(\d+)([nac])', fmt):
            pool = {'n': '0123456789', 'a': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'c': '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}[kind]
            bban += ''.join(rng.choice(pool) for _ in range(int(cnt)))
        if cc == 'TR':
            bban = bban[:5] + '0' + bban[6:]
        if cc == 'GB':
            bban = rng.choice(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK']) + bban[4:]
        if cc == 'NL':
            bban = rng.choice(['INGB', 'RABO', 'ABNA', 'SNSB', 'ASNB']) + bban[4:]
        base = bban + cc + '00'
        chk = 98 - int(''.join(str(int(ch, 36)) for ch in base)) % 97
        num = f'{cc}{chk:02d}{bban}'
        if std_iban.is_valid(num) and num not in ('DE89370400440532013000', 'GB82WEST12345698765432'):
            return ' '.join(num[i:i + 4] for i in range(0, len(num), 4)) if rng.random() < 0.7 else num
    sys.exit(f'no IBAN for {cc}')


def retry(rng, make, valid):
    for _ in range(200000):
        v = make()
        if valid(v):
            return v
    sys.exit('identifier generation failed')


def pesel_for(rng, d, female):
    mm = d.month + (20 if d.year >= 2000 else 0)
    def mk():
        s = f'{d.year % 100:02d}{mm:02d}{d.day:02d}{digits(rng, 3)}{rng.choice("02468" if female else "13579")}'
        return s + pesel.calc_check_digit(s)
    return retry(rng, mk, pesel.is_valid)


def ids_for(loc, rng, dob, female):
    """(entity, label, value) of this locale's citizen / tax / health number."""
    c = loc.code
    if c == 'en-GB':
        v = retry(rng, lambda: digits(rng, 10), nhs.is_valid)
        return ('HEALTH_INSURANCE', 'NHS number', f'{v[:3]} {v[3:6]} {v[6:]}')
    if c == 'en-US':
        v = retry(rng, lambda: f'{rng.randint(1, 899):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}', us_ssn.is_valid)
        return ('ssn', 'SSN', v)
    if c == 'de-DE':
        return ('TAX_ID', 'Steuer-ID', retry(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 10), de_idnr.is_valid))
    if c == 'es-ES':
        n = f'{rng.randint(10000000, 79999999)}'
        return ('NATIONAL_ID', 'DNI', n + dni.calc_check_digit(n))
    if c == 'es-MX':
        def mk():
            s = (up(rng, 1, 'BCDFGHLMPRSTVZ') + up(rng, 1, 'AEIOU') + up(rng, 2, 'ABCDEGHILMNOPRSTUVZ') +
                 f'{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}' + ('M' if female else 'H') +
                 rng.choice(['DF', 'MC', 'JC', 'PL', 'QT', 'GT', 'MN', 'OC', 'VZ', 'TL']) + up(rng, 3, 'BCDFGHLMNPRSTVZ') +
                 ('A' if dob.year >= 2000 else '0'))
            return s + curp.calc_check_digit(s)
        return ('NATIONAL_ID', 'CURP', retry(rng, mk, curp.is_valid))
    if c == 'it-IT':
        months = 'ABCDEHLMPRST'
        def mk():
            s = (up(rng, 3, 'BCDFGLMNPRSTVZ') + up(rng, 3, 'BCDFGLMNPRSTVZ') + f'{dob.year % 100:02d}' + months[dob.month - 1] +
                 f'{dob.day + (40 if female else 0):02d}' + rng.choice(['H501', 'F205', 'A944', 'L219', 'G273', 'C351', 'D612']))
            return s + codicefiscale.calc_check_digit(s)
        return ('TAX_ID', 'Codice fiscale', retry(rng, mk, codicefiscale.is_valid))
    if c == 'nl-NL':
        return ('NATIONAL_ID', 'BSN', retry(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 8), bsn.is_valid))
    if c == 'pl-PL':
        return ('NATIONAL_ID', 'PESEL', pesel_for(rng, dob, female))
    if c == 'pt-BR':
        v = retry(rng, lambda: digits(rng, 11), lambda s: cpf.is_valid(s) and len(set(s)) > 2)
        return ('TAX_ID', 'CPF', cpf.format(v))
    if c == 'sv-SE':
        sep = '-' if dob.year >= 1926 else '+'
        v = retry(rng, lambda: f'{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{sep}{digits(rng, 2)}{rng.choice("02468" if female else "13579")}{digits(rng, 1)}',
                  personnummer.is_valid)
        return ('NATIONAL_ID', 'Personnummer', v)
    if c == 'fi-FI':
        sign = 'A' if dob.year >= 2000 else '-'
        v = retry(rng, lambda: f'{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{sign}{rng.randint(2, 899):03d}{rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY")}', hetu.is_valid)
        return ('NATIONAL_ID', 'Henkilötunnus', v)
    if c == 'tr-TR':
        return ('NATIONAL_ID', 'T.C. Kimlik No', retry(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 10), tckimlik.is_valid))
    if c == 'ru-RU':
        return ('TAX_ID', 'ИНН', retry(rng, lambda: f'{rng.choice(["35", "44", "68", "43", "58", "13", "21", "12"])}{digits(rng, 10)}', inn.is_valid))
    if c == 'el-GR':
        v = retry(rng, lambda: f'{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{digits(rng, 5)}', amka.is_valid)
        return ('HEALTH_INSURANCE', 'ΑΜΚΑ', v)
    if c == 'he-IL':
        return ('NATIONAL_ID', 'מספר זהות', retry(rng, lambda: str(rng.randint(2, 3)) + digits(rng, 8), il_idnr.is_valid))
    if c == 'hi-IN':
        if rng.random() < 0.7:
            v = retry(rng, lambda: str(rng.randint(2, 9)) + digits(rng, 11), aadhaar.is_valid)
            return ('NATIONAL_ID', 'आधार संख्या', f'{v[:4]} {v[4:8]} {v[8:]}')
        v = retry(rng, lambda: up(rng, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + 'P' + up(rng, 1) + f'{rng.randint(1, 9999):04d}' + up(rng, 1), pan.is_valid)
        return ('TAX_ID', 'PAN', v)
    if c == 'zh-CN':
        def mk():
            s = rng.choice(['330602', '330402', '330502', '331002', '340202', '360702', '430602', '420602']) + \
                f'{dob.year}{dob.month:02d}{dob.day:02d}{rng.randint(1, 99):02d}{rng.choice("02468" if female else "13579")}'
            return s + ric.calc_check_digit(s)
        return ('NATIONAL_ID', '身份证号', retry(rng, mk, ric.is_valid))
    if c == 'ja-JP':
        def mk():
            s = str(rng.randint(1, 9)) + digits(rng, 10)
            return s + jp_in.calc_check_digit(s)
        v = retry(rng, mk, jp_in.is_valid)
        return ('NATIONAL_ID', '個人番号', f'{v[:4]} {v[4:8]} {v[8:]}')
    if c == 'ko-KR':
        g = ('4' if female else '3') if dob.year >= 2000 else ('2' if female else '1')
        def mk():
            s = f'{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g}{rng.randint(0, 95):02d}{digits(rng, 3)}'
            return s + rrn.calc_check_digit(s)
        v = retry(rng, mk, rrn.is_valid)
        return ('NATIONAL_ID', '주민등록번호', f'{v[:6]}-{v[6:]}')
    if c == 'th-TH':
        def mk():
            s = str(rng.randint(1, 8)) + digits(rng, 11)
            return s + th_pin.calc_check_digit(s)
        v = retry(rng, mk, th_pin.is_valid)
        return ('NATIONAL_ID', 'เลขประจำตัวประชาชน', f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}')
    if c == 'cs-CZ':
        mm = dob.month + (50 if female else 0)
        v = retry(rng, lambda: f'{dob.year % 100:02d}{mm:02d}{dob.day:02d}/{digits(rng, 4)}', rc.is_valid)
        return ('NATIONAL_ID', 'Rodné číslo', v)
    if c == 'fr-FR':
        return None
    if c == 'ar-EG':
        return None
    raise KeyError(c)


IBAN_CC = {'de-DE': 'DE', 'en-GB': 'GB', 'nl-NL': 'NL', 'pl-PL': 'PL', 'fi-FI': 'FI', 'sv-SE': 'SE', 'it-IT': 'IT',
           'fr-FR': 'FR', 'es-ES': 'ES', 'cs-CZ': 'CZ', 'el-GR': 'GR', 'tr-TR': 'TR', 'he-IL': 'IL', 'pt-BR': 'BR'}
PASSPORT = {'en-GB': lambda r: digits(r, 9), 'en-US': lambda r: r.choice('ACEF') + digits(r, 8),
            'de-DE': lambda r: 'C' + ''.join(r.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8)),
            'fr-FR': lambda r: digits(r, 2) + up(r, 2) + digits(r, 5), 'es-ES': lambda r: up(r, 3) + digits(r, 6),
            'it-IT': lambda r: up(r, 2) + digits(r, 7), 'nl-NL': lambda r: up(r, 2, 'BCDFGHJKLMNPRSTVWXZ') + ''.join(r.choice('BCDFGHJKLMNPRSTVWXZ0123456789') for _ in range(6)) + digits(r, 1),
            'pl-PL': lambda r: up(r, 2) + digits(r, 7), 'sv-SE': lambda r: digits(r, 8), 'fi-FI': lambda r: 'FP' + digits(r, 7),
            'tr-TR': lambda r: 'U' + digits(r, 8), 'ru-RU': lambda r: f'{r.randint(70, 79)} {digits(r, 7)}',
            'el-GR': lambda r: up(r, 2) + digits(r, 7), 'he-IL': lambda r: digits(r, 8), 'hi-IN': lambda r: up(r, 1) + digits(r, 7),
            'zh-CN': lambda r: 'E' + digits(r, 8), 'ja-JP': lambda r: up(r, 2, 'MT') + digits(r, 7), 'ko-KR': lambda r: 'M' + digits(r, 8),
            'th-TH': lambda r: 'A' + up(r, 1) + digits(r, 7), 'cs-CZ': lambda r: digits(r, 8), 'es-MX': lambda r: 'G' + digits(r, 8),
            'pt-BR': lambda r: up(r, 2) + digits(r, 6), 'ar-EG': lambda r: 'A' + digits(r, 8)}
PASSPORT_RE = re.compile(r'[A-Z0-9]{8,9}|\d{2} \d{7}')


def passport(loc, rng):
    while True:
        v = PASSPORT[loc.code](rng)
        if len(set(v)) > 3:
            assert PASSPORT_RE.fullmatch(v), v
            return v


def us_bank(rng):
    r = retry(rng, lambda: rng.choice('01') + str(rng.randint(0, 2)) + digits(rng, 7), rtn.is_valid)
    return r, digits(rng, rng.randint(9, 12))


def gb_licence(p, dob, female, rng):
    sur = (fold(p.last_native).upper().replace('-', '') + '99999')[:5]
    ini = (fold(p.first_native).upper()[:1] + '9')[:2]
    v = f'{sur}{dob.year % 100 // 10}{dob.month + (50 if female else 0):02d}{dob.day:02d}{dob.year % 10}{ini}9{up(rng, 2)}'
    assert re.fullmatch(r'[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}', v), v
    return v


DL_LOCALES = ('en-GB', 'en-US', 'de-DE', 'fr-FR', 'it-IT', 'nl-NL')


def driver_license(loc, rng):
    c = loc.code
    if c == 'de-DE':
        v = up(rng, 1, 'BFJKLMNS') + digits(rng, 3) + ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(6)) + digits(rng, 1)
    elif c == 'fr-FR':
        v = f'{rng.randint(88, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{digits(rng, 6)}'
    elif c == 'it-IT':
        v = 'U1' + ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(7)) + up(rng, 1)
    elif c == 'nl-NL':
        v = str(rng.randint(1, 5)) + digits(rng, 9)
    else:
        v = rng.choice([lambda: up(rng, 1) + digits(rng, 7), lambda: up(rng, 1) + digits(rng, 12), lambda: digits(rng, 9)])()
    assert re.fullmatch(r'[A-Z0-9]{8,13}', v) and len(set(v)) > 3, v
    return v


def mrn(loc, rng):
    v = rng.choice([lambda: 'MRN ' + digits(rng, 7), lambda: 'RX' + digits(rng, 7), lambda: digits(rng, 2) + '-' + digits(rng, 6)])()
    assert re.fullmatch(r'(MRN \d{7}|RX\d{7}|\d{2}-\d{6})', v)
    return v


# ---------------------------------------------------------------- eponyms (historical people; cut like the other pools)
EPONYMS_RAW = ('Comenius|Pestalozzi|Montessori|Froebel|Noether|Lovelace|Faraday|Kepler|Copernicus|Ramanujan|Avicenna|'
               'Al-Khwarizmi|Ibn Khaldun|Mencius|Fukuzawa|Lomonosov|Mendeleev|Cervantes|Erasmus|Linnaeus|Celsius|'
               'Sibelius|Lönnrot|Snellman|Kierkegaard|Palacký|Masaryk|Hypatia|Euclid|Archimedes|Avogadro|Volta|'
               'Marconi|Pasteur|Descartes|Pascal|Cajal|Juárez|Vasconcelos|Freire|Rondon|Camões|Spinoza|Huygens|'
               'Thorbecke|Maimonides|Bialik|Vivekananda|Phule|Cai Yuanpei|Tao Xingzhi|Sunthorn Phu|Sejong|'
               'Ushinsky|Makarenko|Korczak|Steiner|Dewey|Vygotsky|Piaget|Herbart|Diesterweg|Grundtvig|Cygnaeus|'
               'Kodály|Orff|Dalton|Boyle|Hooke|Brunel|Telford|Galvani|Fibonacci|Leibniz|Gauss|Riemann|Hilbert|'
               'Abel|Lie|Napier|Maxwell|Kelvin|Rutherford|Bohr|Ørsted|Tycho Brahe|Rømer|Nansen|Amundsen').split('|')

FIELD_STYLES = ('colon', 'table', 'kv', 'csvrow', 'bullets')


def form(fields, style):
    fields = [(k, v) for k, v in fields if v]
    if style == 'colon':
        return '\n'.join(f'{k}: {v}' for k, v in fields)
    if style == 'table':
        return '| ' + ' | '.join(k for k, _ in fields) + ' |\n|' + '---|' * len(fields) + '\n| ' + ' | '.join(v for _, v in fields) + ' |'
    if style == 'kv':
        return '\n'.join(f'{k} = {v}' for k, v in fields)
    if style == 'csvrow':
        return ';'.join(k for k, _ in fields) + '\n' + ';'.join(v for _, v in fields)
    return '\n'.join(f'• {k} — {v}' for k, v in fields)


class Rec:
    def __init__(self, loc, rng):
        self.loc, self.rng, self.items = loc, rng, []

    def v(self, ent, val):
        self.items.append((ent, val))
        return val

    def pupil(self):
        p = Person(self.loc, self.rng)
        p.female = (p.gender == 'f') if p.gender else self.rng.random() < 0.5
        return p

    def name(self, p):
        return self.v('person', p.full)

    def first(self, p):
        return self.v('person', p.first_native)

    def dob(self, d):
        return self.v('DATE_OF_BIRTH', fmt_date(self.loc, d))

    def addr(self):
        return self.v('STREET_ADDRESS', address(self.loc, self.rng))

    def phone(self):
        return self.v('phone', phone(self.loc, self.rng))

    def email(self, p):
        return self.v('email', email(p, self.rng))

    def natid(self, d, female):
        r = ids_for(self.loc, self.rng, d, female)
        if r is None:
            return None, None
        ent, lab, val = r
        return lab, self.v(ent, val)

    def iban(self):
        cc = IBAN_CC.get(self.loc.code)
        return self.v('iban', iban(self.rng, cc)) if cc else None

    def passport(self):
        return self.v('PASSPORT', passport(self.loc, self.rng))

    def card(self):
        return self.v('credit_card', card(self.rng))

    def ip(self):
        return self.v('IP_ADDRESS', public_ip(self.rng))

    def mrn(self):
        return self.v('MEDICAL_RECORD', mrn(self.loc, self.rng))


def school(loc, rng):
    return loc.school_pat.format(c=rng.choice(loc.cities))


def uni(loc, rng):
    return loc.uni_pat.format(c=rng.choice(loc.cities))


def slug(loc, rng):
    c = fold(rng.choice(loc.cities).split()[0]) or 'school'
    if not c.isascii() or len(c) < 3:
        c = rng.choice(['northfield', 'riverside', 'hillcrest', 'parkview', 'lakeside'])
    tld = {'GB': 'sch.uk', 'US': 'k12.us', 'DE': 'schule.de', 'FR': 'ac-academie.fr', 'IT': 'edu.it', 'NL': 'school.nl',
           'PL': 'edu.pl', 'BR': 'edu.br', 'SE': 'skola.se', 'FI': 'edu.fi', 'TR': 'meb.k12.tr', 'RU': 'edu.ru',
           'GR': 'sch.gr', 'EG': 'edu.eg', 'IL': 'org.il', 'IN': 'edu.in', 'CN': 'edu.cn', 'JP': 'ed.jp', 'KR': 'sc.kr',
           'TH': 'ac.th', 'CZ': 'skola.cz', 'ES': 'edu.es', 'MX': 'edu.mx'}[loc.region]
    return f'{c}.{tld}'


def term_dates(rng):
    y = 2026
    return [dt.date(y, m, rng.randint(1, 27)) for m in sorted(rng.sample(range(1, 13), 3))]


def kid_dob(rng):
    return rdate(rng, 2009, 2020)


def adult_dob(rng, y0=1968, y1=1994):
    return rdate(rng, y0, y1)


GRADES = ['Mathematics', 'English', 'Biology', 'History', 'Art', 'Physical Education', 'Music', 'Geography', 'Chemistry',
          'Computing', 'French', 'Religious Studies']
CONDITIONS = ['dyslexia', 'ADHD (combined type)', 'type 1 diabetes', 'epilepsy', 'autism spectrum condition',
              'severe peanut allergy (adrenaline auto-injector)', 'hearing impairment (bilateral aids)', 'asthma',
              'developmental coordination disorder', 'selective mutism']
COMMENTS = ['works steadily and asks good questions', 'needs to hand homework in on time',
            'has made real progress in written work this term', 'is a kind member of the class',
            'should revise times tables over the holidays', 'participates well in group tasks',
            'must bring PE kit every week', 'reads widely and with enthusiasm']


# ---------------------------------------------------------------- native-language notes (change of details / office notice)
CHANGE_NOTE = {
    'en': 'Hello, this is {parent}, parent of {pupil} ({cls}). We have moved — new address: {addr}. New mobile: {phone}. Thank you!',
    'de': 'Guten Tag, hier ist {parent}, Mutter/Vater von {pupil} (Klasse {cls}). Wir sind umgezogen, neue Adresse: {addr}. Neue Handynummer: {phone}. Danke!',
    'fr': 'Bonjour, je suis {parent}, parent de {pupil} ({cls}). Nous avons déménagé, nouvelle adresse : {addr}. Nouveau portable : {phone}. Merci !',
    'es': 'Hola, soy {parent}, madre/padre de {pupil} ({cls}). Nos hemos mudado; nueva dirección: {addr}. Móvil nuevo: {phone}. ¡Gracias!',
    'it': 'Buongiorno, sono {parent}, genitore di {pupil} ({cls}). Ci siamo trasferiti, nuovo indirizzo: {addr}. Nuovo cellulare: {phone}. Grazie!',
    'nl': 'Hallo, met {parent}, ouder van {pupil} (groep {cls}). We zijn verhuisd, nieuw adres: {addr}. Nieuw mobiel nummer: {phone}. Dank!',
    'pl': 'Dzień dobry, tu {parent}, rodzic {pupil} (klasa {cls}). Przeprowadziliśmy się, nowy adres: {addr}. Nowy numer: {phone}. Dziękuję!',
    'pt': 'Olá, aqui é {parent}, responsável por {pupil} (turma {cls}). Mudamos de endereço: {addr}. Celular novo: {phone}. Obrigado!',
    'sv': 'Hej, det är {parent}, förälder till {pupil} ({cls}). Vi har flyttat, ny adress: {addr}. Nytt mobilnummer: {phone}. Tack!',
    'fi': 'Hei, täällä {parent}, oppilaan {pupil} ({cls}) huoltaja. Muutimme, uusi osoite: {addr}. Uusi puhelinnumero: {phone}. Kiitos!',
    'tr': 'Merhaba, ben {parent}, {pupil} ({cls}) velisiyim. Taşındık, yeni adresimiz: {addr}. Yeni cep telefonum: {phone}. Teşekkürler!',
    'ru': 'Здравствуйте, это {parent}, родитель ученика {pupil} ({cls} класс). Мы переехали, новый адрес: {addr}. Новый телефон: {phone}. Спасибо!',
    'el': 'Καλησπέρα, είμαι ο/η {parent}, κηδεμόνας του/της {pupil} ({cls}). Μετακομίσαμε, νέα διεύθυνση: {addr}. Νέο κινητό: {phone}. Ευχαριστώ!',
    'ar': 'مرحبًا، معكم {parent}، ولي أمر الطالب {pupil} (الصف {cls}). انتقلنا إلى عنوان جديد: {addr}. رقم الموبايل الجديد: {phone}. شكرًا!',
    'he': 'שלום, כאן {parent}, הורה של {pupil} (כיתה {cls}). עברנו דירה, הכתובת החדשה: {addr}. נייד חדש: {phone}. תודה!',
    'hi': 'नमस्ते, मैं {parent}, {pupil} (कक्षा {cls}) का/की अभिभावक। हमारा नया पता: {addr}. नया मोबाइल नंबर: {phone}. धन्यवाद!',
    'zh': '老师您好，我是{pupil}（{cls}班）的家长{parent}。我们搬家了，新地址：{addr}，新手机号：{phone}。谢谢！',
    'ja': 'いつもお世話になっております。{cls}組 {pupil}の保護者の{parent}です。転居しました。新住所：{addr}、携帯：{phone}。よろしくお願いいたします。',
    'ko': '안녕하세요, {cls}반 {pupil} 학부모 {parent}입니다. 이사해서 주소가 바뀌었습니다: {addr}. 새 휴대폰 번호: {phone}. 감사합니다!',
    'th': 'สวัสดีค่ะ ดิฉัน {parent} ผู้ปกครองของ {pupil} (ชั้น {cls}) ย้ายบ้านแล้วค่ะ ที่อยู่ใหม่: {addr} เบอร์มือถือใหม่: {phone} ขอบคุณค่ะ',
    'cs': 'Dobrý den, tady {parent}, zákonný zástupce žáka {pupil} ({cls}). Přestěhovali jsme se, nová adresa: {addr}. Nový mobil: {phone}. Děkuji!',
}
OFFICE_NOTICE = {
    'en': 'The school office is open Monday to Friday, 8:00–15:30. Phone {ophone}, e-mail office@{sl}. Please report absences before 9:00.',
    'de': 'Das Sekretariat ist Mo–Fr von 7:30 bis 13:00 Uhr besetzt. Telefon {ophone}, E-Mail sekretariat@{sl}. Krankmeldungen bitte bis 8:00 Uhr.',
    'fr': 'Le secrétariat est ouvert du lundi au vendredi, 8h–16h30. Tél. {ophone}, courriel secretariat@{sl}. Merci de signaler les absences avant 9h.',
    'es': 'La secretaría atiende de lunes a viernes de 9:00 a 14:00. Teléfono {ophone}, correo secretaria@{sl}. Avisen de las faltas antes de las 9:00.',
    'it': 'La segreteria è aperta dal lunedì al venerdì, 8:00–13:00. Tel. {ophone}, e-mail segreteria@{sl}. Le assenze vanno comunicate entro le 8:30.',
    'nl': 'De administratie is open van maandag tot en met vrijdag, 8.00–16.00 uur. Telefoon {ophone}, e-mail administratie@{sl}. Ziekmelden vóór 8.30 uur.',
    'pl': 'Sekretariat czynny od poniedziałku do piątku w godz. 7:30–15:30. Tel. {ophone}, e-mail sekretariat@{sl}. Nieobecności prosimy zgłaszać do 8:00.',
    'pt': 'A secretaria funciona de segunda a sexta, das 7h às 17h. Telefone {ophone}, e-mail secretaria@{sl}. Comunique faltas até as 8h.',
    'sv': 'Expeditionen är öppen måndag–fredag 8–16. Telefon {ophone}, e-post expedition@{sl}. Sjukanmälan före kl. 8.',
    'fi': 'Koulusihteeri tavoitettavissa ma–pe klo 8–15. Puhelin {ophone}, sähköposti kanslia@{sl}. Poissaoloista ilmoitetaan ennen klo 8.',
    'tr': 'Okul idaresi hafta içi 08:00–16:00 arası açıktır. Telefon {ophone}, e-posta idare@{sl}. Devamsızlıkları saat 09:00’a kadar bildiriniz.',
    'ru': 'Канцелярия работает с понедельника по пятницу с 8:00 до 16:00. Телефон {ophone}, эл. почта kanc@{sl}. О пропусках сообщайте до 8:30.',
    'el': 'Η γραμματεία λειτουργεί Δευτέρα–Παρασκευή 8:00–14:00. Τηλ. {ophone}, email grammateia@{sl}. Οι απουσίες δηλώνονται έως τις 8:30.',
    'ar': 'شؤون الطلاب تعمل من الأحد إلى الخميس من 8 صباحًا حتى 2 ظهرًا. هاتف {ophone}، بريد info@{sl}. يرجى الإبلاغ عن الغياب قبل 8:30.',
    'he': 'המזכירות פתוחה בימים א׳–ה׳ 7:30–14:00. טלפון {ophone}, דוא"ל mazkirut@{sl}. יש לדווח על היעדרות עד 8:00.',
    'hi': 'विद्यालय कार्यालय सोमवार से शनिवार सुबह 8 से दोपहर 2 बजे तक खुला है। फ़ोन {ophone}, ईमेल office@{sl}। अनुपस्थिति की सूचना 8 बजे तक दें।',
    'zh': '学校办公室工作时间为周一至周五 8:00–17:00。电话 {ophone}，邮箱 office@{sl}。请假请在 8:00 前告知班主任。',
    'ja': '学校事務室の受付は平日8:00〜16:30です。電話 {ophone}、メール jimu@{sl}。欠席連絡は8:15までにお願いします。',
    'ko': '행정실 운영 시간은 평일 8:30~16:30입니다. 전화 {ophone}, 이메일 office@{sl}. 결석은 8시 30분 전까지 알려 주세요.',
    'th': 'ห้องธุรการเปิดวันจันทร์–ศุกร์ เวลา 08:00–16:00 น. โทร {ophone} อีเมล office@{sl} กรุณาแจ้งลาก่อน 08:00 น.',
    'cs': 'Kancelář školy je otevřena po–pá 7:30–15:00. Telefon {ophone}, e-mail kancelar@{sl}. Absence omlouvejte do 8:00.',
}


def k_change_note(R, rng, loc):
    p = R.pupil()
    par = p.sibling(rng)
    letters = {'ru': 'АБВГ', 'el': 'ΑΒΓΔ', 'he': 'אבגד', 'ar': 'أبجد', 'hi': 'ABCD', 'th': '1234'}.get(loc.lang, 'ABCD')
    cls = f'{rng.randint(1, 9)}{rng.choice(letters)}' if loc.lang not in ('ja', 'ko', 'zh') else f'{rng.randint(1, 6)}-{rng.randint(1, 5)}'
    if loc.lang == 'th':
        cls = f'ป.{rng.randint(1, 6)}/{rng.randint(1, 4)}'
    return CHANGE_NOTE[loc.lang].format(parent=R.name(par), pupil=R.name(p), cls=cls, addr=R.addr(), phone=R.phone()), 'parent', 'change_of_details'


def b_office_notice(rng, loc, E):
    return OFFICE_NOTICE[loc.lang].format(ophone=org_phone(loc, rng), sl=slug(loc, rng)), 'school office', 'org_contact_native'


# ---------------------------------------------------------------- kinds: sensitive builders
def k_enrolment(R, rng, loc):
    L = loc.lbl
    p = R.pupil()
    d = kid_dob(rng)
    par = p.sibling(rng)
    v = rng.randrange(6) % 5
    if v == 4:
        return k_change_note(R, rng, loc)
    if v == 0:
        lab, idv = R.natid(d, p.female) if rng.random() < 0.85 else (None, None)
        f = [(L['name'], R.name(p)), (L['dob'], R.dob(d)), (L['addr'], R.addr() if rng.random() < 0.8 else ''),
             (L['parent'], R.name(par)), (L['phone'], R.phone()), (L['email'], R.email(par) if rng.random() < 0.6 else ''),
             (L['school'], school(loc, rng)), (L['cls'], f'{rng.randint(1, 9)}{rng.choice("ABCD")}')]
        if lab:
            f.append((lab, idv))
        return 'ENROLMENT FORM 2026/27\n' + form(f, rng.choice(FIELD_STYLES)), 'school secretary', 'form'
    if v == 1:
        d = rdate(rng, 2006, 2008)
        return (f'UCAS-style application — applicant summary\nApplicant: {R.name(p)}\nDate of birth: {R.dob(d)}\n'
                f'Passport no.: {R.passport()}\nContact e-mail: {R.email(p)}\nChoices: {uni(loc, rng)} (Computer Science, '
                f'code G400), {uni(loc, rng)} (Mathematics)\nPredicted grades: A*AA\nPersonal statement (extract): '
                f'"Ever since I took apart my grandfather\'s radio..."'), 'admissions tutor', 'application'
    if v == 2:
        return (f'Dear Admissions team,\nwe have just moved to {R.addr()} and would like a place for our son/daughter '
                f'{R.name(p)} ({L["dob"]}: {R.dob(d)}) in year {rng.randint(2, 9)} from September. '
                f'Please call me on {R.phone()} any time after 4pm.\nKind regards,\n{R.name(par)}'), 'parent', 'email'
    rows = []
    for _ in range(rng.randint(3, 6)):
        q = R.pupil()
        rows.append(f'{R.name(q)};{R.dob(kid_dob(rng))};{R.addr()};{rng.choice(["sibling", "catchment", "distance", "faith"])}')
    return f'waiting list export (admissions criteria)\n{L["name"]};{L["dob"]};{L["addr"]};criterion\n' + '\n'.join(rows), 'registrar', 'waiting_list'


def k_trip(R, rng, loc):
    L = loc.lbl
    v = rng.randrange(5) if loc.code in DL_LOCALES else rng.randrange(4)
    dest = rng.choice(['Kraków', 'the Rhine valley', 'a field centre in Snowdonia', 'Barcelona', 'the science museum', 'Kyoto', 'Crete'])
    if v == 0:
        p, par = R.pupil(), None
        par = p.sibling(rng)
        return ('CONSENT SLIP — residential trip to ' + dest + '\n' + form([
            (L['name'], R.name(p)), (L['dob'], R.dob(kid_dob(rng))), (L['parent'], R.name(par)),
            ('Emergency contact', R.phone()), (L['note'], rng.choice(CONDITIONS)),
            ('Signed', par.full), ('Date', fmt_date(loc, dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))))],
            rng.choice(FIELD_STYLES)), 'trip leader', 'consent_slip')
    if v == 1:
        rows = []
        for _ in range(rng.randint(3, 7)):
            q = R.pupil()
            rows.append(f'{R.name(q)}, {R.dob(kid_dob(rng))}, {R.passport()}')
        return (f'Passenger list for the travel agent (flights to {dest}) — name, date of birth, passport\n' + '\n'.join(rows),
                'trip leader', 'passport_list')
    if v == 2:
        p = R.pupil()
        return (f'Room list Tuesday: room 12 — {R.name(p)} + {R.name(R.pupil())}; room 14 — {R.name(R.pupil())}. '
                f'{R.first(p)}\'s mum asked us to ring her at {R.phone()} if he doesn\'t sleep.', 'teacher', 'room_list')
    if v == 4 or (v == 3 and loc.code in DL_LOCALES and rng.random() < 0.7):
        drv = Person(loc, rng)
        drv.female = rng.random() < 0.5
        d = adult_dob(rng)
        lic = gb_licence(drv, d, drv.female, rng) if loc.code == 'en-GB' else driver_license(loc, rng)
        return ('VOLUNTEER DRIVER DECLARATION (away fixture / trip)\n' + form([
            (L['name'], R.name(drv)), (L['dob'], R.dob(d) if rng.random() < 0.6 else ''),
            ('Driving licence no.', R.v('DRIVER_LICENSE', lic)), (L['phone'], R.phone()),
            ('Vehicle', rng.choice(['7-seat MPV', 'estate car', 'people carrier'])), ('Insurance covers business use', 'yes')],
            rng.choice(FIELD_STYLES)), 'PE teacher', 'volunteer_driver')
    p = R.pupil()
    par = p.sibling(rng)
    return (f'hi, {R.name(par)} here. can the coach drop {R.first(p)} at our house after the trip? it\'s {R.addr()}, '
            f'right on the way. my mobile {R.phone()}', 'parent', 'pickup')


def k_report(R, rng, loc):
    L = loc.lbl
    p = R.pupil()
    v = rng.randrange(3)
    if v == 0:
        subj = rng.sample(GRADES, 5)
        grades = '\n'.join(f'{s}: {rng.choice(["A", "B", "B+", "C", "4", "5", "6", "7"])}' for s in subj)
        return (f'END OF YEAR REPORT\n{L["name"]}: {R.name(p)}   {L["cls"]}: {rng.randint(5, 11)}{rng.choice("ABC")}   '
                f'{L["dob"]}: {R.dob(kid_dob(rng))}\n{grades}\nAttendance: {rng.randint(86, 100)}%\nTutor comment: '
                f'{p.first_native} {rng.choice(COMMENTS)}.'), 'form tutor', 'report_card'
    if v == 1:
        d = rdate(rng, 1995, 2005)
        lab, idv = R.natid(d, p.female)
        extra = f'\n{lab}: {idv}' if lab else ''
        return (f'Transcript request\nStudent: {R.name(p)}\n{L["dob"]}: {R.dob(d)}\nStudent e-mail: {R.email(p)}\n'
                f'Send certified copy to: {R.addr()}{extra}\nProgramme: BSc Biology (2019–2022)'), 'registrar', 'transcript'
    lines = []
    for _ in range(rng.randint(3, 6)):
        q = R.pupil()
        lines.append(f'- {R.name(q)}: {rng.choice(COMMENTS)}, {rng.choice(COMMENTS)}')
    return 'rewrite these report comments so they sound warmer, keep them short:\n' + '\n'.join(lines), 'teacher', 'comments'


def k_exam(R, rng, loc):
    L = loc.lbl
    p = R.pupil()
    d = rdate(rng, 2007, 2010)
    v = rng.randrange(3)
    cand = f'{rng.randint(1000, 9999)}'
    if v == 0:
        lab, idv = R.natid(d, p.female)
        f = [('Candidate name', R.name(p)), (L['dob'], R.dob(d)), ('Candidate number', cand),
             ('Entries', rng.choice(['8300/1H, 8300/2H, 8300/3H', '8461/1F, 8461/2F', '9MA0/01, 9MA0/02'])),
             (L['email'], R.email(p))]
        if lab:
            f.append((lab, idv))
        return 'EXAM ENTRY — summer series 2027\n' + form(f, rng.choice(FIELD_STYLES)), 'exams officer', 'entry'
    if v == 1:
        return (f'hello, I failed the statistics module (STAT1201) and want to register for the resit in August. '
                f'I am {R.name(p)}, student e-mail {R.email(p)}, phone {R.phone()}. what do I have to pay?'), 'student', 'resit'
    hid = R.natid(d, p.female) if loc.code in ('en-GB', 'el-GR') else (None, None)
    extra = f'\n{hid[0]}: {hid[1]}' if hid[0] else ''
    return (f'Access arrangements application\nCandidate: {R.name(p)} ({R.dob(d)})\nEvidence: {rng.choice(CONDITIONS)}, '
            f'assessed by specialist teacher\nRequested: 25% extra time, rest breaks, separate room{extra}'), 'SENCo', 'access'


def k_funding(R, rng, loc):
    L = loc.lbl
    p = R.pupil()
    v = rng.randrange(4)
    if loc.code == 'en-US' and (v in (0, 1) or rng.random() < 0.5):
        r, a = us_bank(rng)
        R.v('US_BANK_NUMBER', r)
        R.v('US_BANK_NUMBER', a)
        par = p.sibling(rng)
        return (f'FAFSA prep notes for {R.name(p)} — parent: {R.name(par)}, parent SSN {R.v("ssn", ids_for(loc, rng, adult_dob(rng), False)[2])}, '
                f'student DOB {R.dob(rdate(rng, 2007, 2008))}, refund direct deposit routing {r} account {a}'), 'college counsellor', 'loan'
    if v <= 1:
        ib = R.iban()
        d = rdate(rng, 2004, 2008)
        lab, idv = R.natid(d, p.female)
        f = [(L['name'], R.name(p)), (L['dob'], R.dob(d)), (L['addr'], R.addr()), ('Household income', f'{rng.randint(14, 48)} 500'),
             ('IBAN', ib or ''), (lab or '', idv or '')]
        return 'Scholarship / bursary application\n' + form(f, rng.choice(FIELD_STYLES)), 'bursar', 'bursary_form'
    if v == 2:
        par = p.sibling(rng)
        return (f'Payment for the autumn term fees: cardholder {R.name(par)}, card {R.card()}, exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}, '
                f'receipt to {R.email(par)}. Pupil: {p.full}'), 'parent', 'fee_card'
    rows = []
    for _ in range(rng.randint(2, 5)):
        q = R.pupil()
        ib = R.iban()
        rows.append(f'{R.name(q)}\t{ib or R.v("phone", phone(loc, rng))}\t{rng.randint(150, 900)}.00')
    return 'hardship fund payout batch (name / account / amount)\n' + '\n'.join(rows), 'finance office', 'payout'


def k_sen(R, rng, loc):
    L = loc.lbl
    p = R.pupil()
    d = kid_dob(rng)
    par = p.sibling(rng)
    v = rng.randrange(3)
    if v == 0:
        lab, idv = R.natid(d, p.female) if rng.random() < 0.6 or loc.code in ('en-GB', 'el-GR') else (None, None)
        f = [(L['name'], R.name(p)), (L['dob'], R.dob(d)), ('Need', rng.choice(CONDITIONS)),
             ('Hospital number', R.mrn() if rng.random() < 0.6 else ''), (lab or '', idv or ''),
             (L['parent'], par.full), (L['phone'], R.phone())]
        R.name(par)
        return 'INDIVIDUAL EDUCATION PLAN (confidential)\n' + form(f, rng.choice(FIELD_STYLES)) + \
            '\nTargets: 1) read 30 high-frequency words 2) use a movement break card', 'SENCo', 'iep'
    if v == 1:
        hid = R.natid(d, p.female) if loc.code in ('en-GB', 'el-GR') else (None, None)
        extra = f' {hid[0]}: {hid[1]}.' if hid[0] else ''
        return (f'Individual healthcare plan — {R.name(p)}, {L["dob"]} {R.dob(d)}.{extra} Condition: {rng.choice(CONDITIONS)}. '
                f'Clinic letter ref {R.mrn()}. In an emergency call the emergency services, then mum on {R.phone()}.'), 'school nurse', 'health_plan'
    return (f'Hi {R.first(par)}, following our meeting about {R.first(p)}\'s assessment: the educational psychologist '
            f'confirmed {rng.choice(CONDITIONS)}. I have added the arrangements to {p.first_native}\'s plan. Best, SENCo'), 'SENCo', 'parent_email'


def k_tutoring(R, rng, loc):
    L = loc.lbl
    p = R.pupil()
    par = p.sibling(rng)
    v = rng.randrange(4) if loc.code in DL_LOCALES else rng.randrange(3)
    if v == 0:
        return (f'New booking: {R.name(p)} (Year {rng.randint(7, 13)}, maths), home lessons Tuesdays 17:00 at {R.addr()}. '
                f'Parent {R.name(par)}, {R.phone()}.'), 'tutor', 'booking'
    if v == 1:
        tutor = Person(loc, rng)
        ib = R.iban()
        if loc.code == 'en-US':
            r, a = us_bank(rng)
            pay = f'ACH routing {R.v("US_BANK_NUMBER", r)}, account {R.v("US_BANK_NUMBER", a)}'
        else:
            pay = f'IBAN {ib}' if ib else f'card on file {R.card()}'
        tlab, tid = R.natid(adult_dob(rng), rng.random() < 0.5) if rng.random() < 0.7 else (None, None)
        tline = f' ({tlab} {tid})' if tlab else ''
        return (f'INVOICE 2026-{rng.randint(10, 99)}\nTutor: {R.name(tutor)}{tline}\nBill to: {R.name(par)}, {R.email(par)}\n'
                f'8 × 60 min chemistry @ {rng.randint(25, 60)}\nPay to: {pay}'), 'tutor', 'invoice'
    if v == 3:
        tutor = Person(loc, rng)
        tutor.female = rng.random() < 0.5
        d = adult_dob(rng, 1960, 2001)
        lic = gb_licence(tutor, d, tutor.female, rng) if loc.code == 'en-GB' else driver_license(loc, rng)
        return ('Tutor vetting checklist (agency copy)\n' + form([
            (loc.lbl['name'], R.name(tutor)), (loc.lbl['dob'], R.dob(d)), ('Photo ID seen', 'driving licence'),
            ('Licence number', R.v('DRIVER_LICENSE', lic)), (loc.lbl['addr'], R.addr() if rng.random() < 0.7 else ''),
            ('Enhanced check', 'clear, certificate seen'), ('Subjects', 'maths, physics')], rng.choice(FIELD_STYLES))), 'agency', 'vetting'
    return (f'session notes — {R.name(p)}: struggled with simultaneous equations, fine with ratio. next week: '
            f'quadratics. reminder sent to {R.email(par)}'), 'tutor', 'session_notes'


def k_alumni(R, rng, loc):
    L = loc.lbl
    v = rng.randrange(3)
    yr = rng.randint(1978, 2012)
    if v == 0:
        rows = []
        for _ in range(rng.randint(3, 6)):
            q = Person(loc, rng)
            rows.append(f'{R.name(q)},{R.email(q)},{R.phone() if rng.random() < 0.5 else ""}')
        return f'class of {yr} reunion — RSVP sheet\nname,email,phone\n' + '\n'.join(rows), 'alumni officer', 'rsvp'
    q = Person(loc, rng)
    if v == 1:
        return (f'Hello alumni office, this is {R.name(q)} (class of {yr}). Please update my details: new address '
                f'{R.addr()}, mobile {R.phone()}. Happy to speak at careers day!'), 'alumnus', 'update'
    return (f'Donor record\n' + form([(L['name'], R.name(q)), (L['dob'], R.dob(adult_dob(rng, 1955, 1990))),
                                      (L['addr'], R.addr()), (L['email'], R.email(q)), ('Class of', str(yr)),
                                      ('Gift aid', 'yes')], rng.choice(FIELD_STYLES))), 'development office', 'donor'


def k_newsletter(R, rng, loc):
    v = rng.randrange(3)
    if rng.random() < 0.2:
        return k_change_note(R, rng, loc)
    if v == 0:
        p, q = R.pupil(), R.pupil()
        return (f'NEWSLETTER — week {rng.randint(2, 38)}\nStars of the week: {R.name(p)} (3B) for a brilliant poem and '
                f'{R.name(q)} (5A) for helping a new classmate.\nLost property: a blue coat; please contact the office.'), 'headteacher', 'stars'
    if v == 1:
        par = Person(loc, rng)
        return (f'PTA corner: a huge thank you to {R.name(par)}, who ran the bake sale. If you can help at the '
                f'winter fair, text {par.first_native} on {R.phone()} or write to {R.email(par)}.'), 'PTA', 'pta'
    rows = ', '.join(f'{R.name(R.pupil())} ({rng.randint(6, 11)})' for _ in range(rng.randint(2, 4)))
    p = R.pupil()
    return (f'Birthdays this month: {rows}. And happy birthday to {R.name(p)}, born {R.dob(kid_dob(rng))} — our '
            f'youngest reader!'), 'class teacher', 'birthdays'


def k_classchat(R, rng, loc):
    v = rng.randrange(4)
    if v == 3:
        p = R.pupil()
        return (f'fwd from my son:\n> New sign-in to your school account {R.email(p)}\n> Device: Chromebook, {rng.choice(["Chrome", "Edge"])}\n'
                f'> IP address: {R.ip()} (approximate location shown)\n> If this wasn\'t you, reset your password.\n'
                f'is this our home connection or someone else? we are on fibre at home', 'parent', 'login_alert')
    if v == 0:
        a, b, c = Person(loc, rng), Person(loc, rng), R.pupil()
        t = f'{rng.randint(10, 28)}/{rng.randint(1, 12):02d}'
        return (f'[{t}, 19:42] {R.name(a)}: party for {R.first(c)} on saturday 3pm at ours, {R.addr()}\n'
                f'[{t}, 19:45] {R.name(b)}: lovely! is it ok if I drop the twins early?\n'
                f'[{t}, 19:47] {a.full}: of course, call me {R.phone()}'), 'parent', 'parents_group'
    if v == 1:
        rows = []
        for _ in range(rng.randint(2, 5)):
            q = R.pupil()
            rows.append(f'2026-11-{rng.randint(10, 28)}T0{rng.randint(8, 9)}:{rng.randint(10, 59)}:00Z login ok user={R.email(q)} ip={R.ip()}')
        return 'online exam proctoring log (flag duplicate IPs)\n' + '\n'.join(rows), 'IT technician', 'lms_log'
    p = R.pupil()
    return (f'class chat 9C\n{p.first_native}: can someone send the chem homework\n'
            f'{rng.choice(["zo", "mk", "tt"])}: add {R.name(p)} to the group, her number is {R.phone()}'), 'student', 'class_group'


SENS = {'enrolment': k_enrolment, 'trip': k_trip, 'report': k_report, 'exam': k_exam, 'funding': k_funding,
        'sen': k_sen, 'tutoring': k_tutoring, 'alumni': k_alumni, 'newsletter': k_newsletter, 'classchat': k_classchat}


# ---------------------------------------------------------------- kinds: benign hard negatives
def org_phone(loc, rng):
    if loc.region == 'US':
        return f'({rng.choice(["918", "406", "218"])}) 555-01{rng.randint(0, 99):02d}'
    return phone(loc, rng, fixed=True)


def b_enrolment(rng, loc, E):
    L = loc.lbl
    v = rng.randrange(5)
    if v == 4:
        return b_office_notice(rng, loc, E)
    sl = slug(loc, rng)
    if v == 0:
        return 'ENROLMENT FORM 2026/27 (blank, please print)\n' + form([(L[k], '________') for k in ('name', 'dob', 'addr', 'parent', 'phone', 'email', 'cls')], rng.choice(FIELD_STYLES)), 'school secretary', 'blank_template'
    if v == 1:
        return (f'Admissions enquiries for {school(loc, rng)}: admissions@{sl}, switchboard {org_phone(loc, rng)} '
                f'(Mon–Fri 8:30–15:30). School address: {address(loc, rng)}. Open evening in the {E[0]} Hall.'), 'school secretary', 'org_contact'
    if v == 2:
        return (f'Applications summary 2026: 412 applications, 180 places; 61 offers on sibling criterion, 97 on distance '
                f'(furthest offer 1.84 km), 22 on faith. Applicant A (looked-after child) admitted under criterion 1; '
                f'Applicants B–D placed on the waiting list. Course codes: G400, G100, F300.'), 'registrar', 'anonymised_stats'
    return (f'Student number format: 8 digits starting with the entry year, e.g. 2026XXXX. Do not confuse it with the '
            f'UCAS Personal ID (10 digits, e.g. 000-000-0000) or the course code (e.g. CS-2041).'), 'registrar', 'id_lookalike'


def b_trip(rng, loc, E):
    L = loc.lbl
    v = rng.randrange(4)
    if v == 0:
        return ('CONSENT SLIP — residential trip (template)\n' + form([(L['name'], '[pupil name]'), (L['dob'], '[dd/mm/yyyy]'),
                 (L['parent'], '[parent/carer]'), ('Emergency contact', '[phone]'), (L['note'], '[medical needs]')], rng.choice(FIELD_STYLES))), 'trip leader', 'blank_template'
    if v == 1:
        return (f'Itinerary day 2: 09:00 {E[1]} Museum, 12:30 lunch at the youth hostel ({address(loc, rng)}), 15:00 '
                f'workshop at the {E[2]} Institute. Coach operator depot: {org_phone(loc, rng)}. Flight LH 2417, booking ref QX7PLM.'), 'trip leader', 'itinerary'
    if v == 2:
        return (f'Risk assessment summary: 46 pupils, 5 staff (ratio 1:9). Pupil 7 and Pupil 23 carry inhalers; Pupil 31 '
                f'has an auto-injector (kept by staff member B). Passports collected and checked on 12 March.'), 'trip leader', 'anonymised'
    return (f'Packing list: passport or ID card (check expiry!), EHIC/GHIC card, packed lunch for day 1, waterproof, '
            f'max 40 euros pocket money. Emergency numbers abroad: 112. School trip phone is the office number {org_phone(loc, rng)}.'), 'school office', 'org_contact'


def b_report(rng, loc, E):
    v = rng.randrange(4)
    if v == 0:
        return ('Comment bank (replace [Name] and [he/she]):\n- [Name] works steadily and asks good questions.\n'
                '- [Name] needs to hand homework in on time.\n- [Name] has made real progress; [he/she] should now...'), 'teacher', 'placeholder'
    if v == 1:
        rows = '\n'.join(f'Pupil {i}: {rng.randint(31, 98)}%' for i in range(1, rng.randint(6, 12)))
        return f'Mock results 10C (anonymised):\n{rows}\nclass mean?', 'teacher', 'anonymised'
    if v == 2:
        return ('Grade boundaries 8300 (higher tier), summer 2026: 9 = 214, 8 = 183, 7 = 153, 6 = 122, 5 = 91, 4 = 61. '
                'Paper codes 8300/1H, 8300/2H, 8300/3H, max 240.'), 'exams officer', 'codes'
    return (f'Transcript template v3: Student: {{full_name}}, Student ID: {{student_id}}, Programme: {{programme}}. '
            f'Signed on behalf of the Registrar. Printed on paper with the {E[0]} crest.'), 'registrar', 'placeholder'


def b_exam(rng, loc, E):
    v = rng.randrange(4)
    if v == 0:
        return (f'Exam timetable: Mon 18 May AM 8300/1H (1h30), Wed 20 May PM 8461/1F, Fri 22 May AM 9MA0/01. Centre number '
                f'{rng.randint(10000, 79999)}. Candidates must arrive 20 minutes early.'), 'exams officer', 'codes'
    if v == 1:
        return (f'For resit queries contact exams@{slug(loc, rng)} or the exams office {org_phone(loc, rng)}. Resit fee: '
                f'45 per paper. Deadline 21 February.'), 'exams officer', 'org_contact'
    if v == 2:
        return ('Seating plan rule: candidate numbers 0001–0120 in the sports hall, 0121–0180 in room B214, access '
                'arrangements in the library annex. Candidate number is a 4-digit centre-local code.'), 'exams officer', 'id_lookalike'
    return (f'Access arrangements policy (extract): applications are made for candidates with a history of need, '
            f'e.g. dyslexia or Irlen syndrome, following an assessment by a specialist teacher (Form 8).'), 'SENCo', 'policy'


def b_funding(rng, loc, E):
    v = rng.randrange(4)
    if v == 0:
        return (f'The {E[0]} Scholarship covers full tuition for two students a year; the {E[1]} Prize (500) goes to the best '
                f'dissertation in physics. Applications via the bursary portal by 31 January.'), 'bursar', 'eponym'
    if v == 1:
        return ('Fee payments by bank transfer to the school account, reference = invoice number (e.g. INV-2026-0413). '
                'Example of a correctly formatted IBAN from our guidance sheet: GB82 WEST 1234 5698 7654 32.'), 'finance office', 'doc_value'
    if v == 2:
        return ('Student loan repayment: 9% of income above the threshold (Plan 2: 28,470 a year), written off after 30 '
                'years. Interest RPI + up to 3%. Worked example: salary 35,000 → 49 a month.'), 'careers adviser', 'policy'
    return ('Payment integration test: use card 4242 4242 4242 4242, any future expiry, CVC 123; declined test card '
            '4000 0000 0000 0002. Never paste real parents\' cards into the sandbox.'), 'developer', 'test_card'


def b_sen(rng, loc, E):
    v = rng.randrange(3)
    if v == 0:
        return ('Guidance for staff: pupils with Down syndrome often benefit from visual timetables; for pupils with '
                'Tourette syndrome agree an exit card; Asperger profiles are now described as autism.'), 'SENCo', 'eponym'
    if v == 1:
        return ('IEP (anonymised for training): Child X, Year 4. Need: dyslexia. Targets: 1) read 30 high-frequency words '
                '2) use a movement break card. Review: termly with parents.'), 'SENCo', 'anonymised'
    return (f'SEND enquiries: senco@{slug(loc, rng)}, tel. {org_phone(loc, rng)}. Our SEN information report is on the '
            f'website; the local offer is published by the council.'), 'SENCo', 'org_contact'


def b_tutoring(rng, loc, E):
    v = rng.randrange(3)
    if v == 0:
        return (f'Lesson plan: elimination drills, then ten minutes of history of algebra starting with {E[1]}; '
                f'homework: exercises 4.1–4.9 (ISBN {std_isbn.format(retry(rng, lambda: "978" + digits(rng, 10), std_isbn.is_valid))}).'), 'tutor', 'eponym'
    if v == 1:
        return (f'Tutoring agency price list: GCSE 38/h, A-level 45/h, group of 3 25/h each. Bookings via '
                f'bookings@{slug(loc, rng)} or {org_phone(loc, rng)}.'), 'agency', 'org_contact'
    return ('invoice template: Tutor: [Your name]  Bill to: [Parent name]  Lessons: [n] × [rate]  Pay to: [IBAN]  '
            'Reference: INV-[yyyy]-[nnn]'), 'tutor', 'placeholder'


def b_alumni(rng, loc, E):
    v = rng.randrange(3)
    if v == 0:
        return (f'Reunion for the class of {rng.randint(1980, 2010)}: 14 June, {E[0]} Hall, {address(loc, rng)}. RSVP to '
                f'alumni@{slug(loc, rng)} — 83 of 212 alumni have replied so far.'), 'alumni officer', 'org_contact'
    if v == 1:
        return (f'Heritage wall: the old science block is named after {E[1]}, the library after {E[2]}. Our archive holds '
                f'registers from 1887 onwards.'), 'alumni officer', 'eponym'
    return ('Alumni survey 2026 (aggregated): 38% work in education, 21% in health; median graduation year 2004; '
            'respondent IDs R001–R640 are random and not linked to names.'), 'development office', 'anonymised'


def b_newsletter(rng, loc, E):
    v = rng.randrange(4)
    if v == 3:
        return b_office_notice(rng, loc, E)
    td = term_dates(rng)
    if v == 0:
        return (f'NEWSLETTER\nTerm dates: {", ".join(fmt_date(loc, d) for d in td)} (INSET). The new {E[0]} Building opens '
                f'after half term. Office: {org_phone(loc, rng)}, office@{slug(loc, rng)}.'), 'headteacher', 'org_contact'
    if v == 1:
        return (f'Congratulations to Year 6, winners of the {E[1]} Cup, and to the choir, who sang at the town hall for the '
                f'Mayor. Reminder: the school minibus is registered to the school, not to staff.'), 'headteacher', 'eponym'
    return ('Photo consent reminder: photos of pupils are published only with consent and never with full names. '
            'Forms are in book bags (form PC-3).'), 'headteacher', 'policy'


def b_classchat(rng, loc, E):
    v = rng.randrange(3)
    if v == 0:
        return ('[14/11, 19:02] Class rep: reminder, non-uniform day friday, bring 1 coin\n[14/11, 19:05] Parent (3B): '
                'thanks! is the maths homework p.42 or p.44?\n[14/11, 19:06] Class rep: p.44, ex. 3–7'), 'parent', 'roles_only'
    if v == 1:
        return ('LMS docs: sample log line `2026-11-12T08:31:00Z login ok user=student@example.org ip=192.0.2.44`; '
                'proctoring flags two logins from 198.51.100.7 within 5 minutes.'), 'IT technician', 'doc_value'
    return ('9C chat: who has the answers for chem worksheet 3?? / it\'s due thursday / teacher said use the periodic '
            f'table on p.112, copies in the {E[0]} library'), 'student', 'eponym'


BENIGN = {'enrolment': b_enrolment, 'trip': b_trip, 'report': b_report, 'exam': b_exam, 'funding': b_funding,
          'sen': b_sen, 'tutoring': b_tutoring, 'alumni': b_alumni, 'newsletter': b_newsletter, 'classchat': b_classchat}


# ---------------------------------------------------------------- request bodies
SYSTEMS = {
    'school secretary': 'You help the office of a state school with admin. Be concise.',
    'admissions tutor': 'You assist a university admissions team.',
    'parent': 'You are a helpful assistant.',
    'registrar': 'You support the registry office of a college. Output plain text unless asked.',
    'trip leader': 'You help teachers organise educational visits.',
    'teacher': 'You are a teaching assistant bot for classroom teachers.',
    'form tutor': 'You are a teaching assistant bot for classroom teachers.',
    'exams officer': 'You help a school exams office. Follow exam-board rules.',
    'student': 'You are a study helper.',
    'SENCo': 'You help a special educational needs coordinator write clearly and kindly.',
    'college counsellor': 'You help US high-school counselors with financial aid paperwork.',
    'bursar': 'You help a school bursary with finance admin.',
    'finance office': 'You help a school finance office.',
    'school nurse': 'You help a school nurse with care plans.',
    'tutor': 'You help a private tutor run their business.',
    'alumni officer': 'You help an alumni relations office.',
    'alumnus': 'You are a helpful assistant.',
    'development office': 'You help a school development office.',
    'headteacher': 'You help a head teacher write the weekly newsletter.',
    'PTA': 'You help a parent-teacher association.',
    'class teacher': 'You help a class teacher with parent communication.',
    'IT technician': 'You help a school IT technician.',
    'school office': 'You help the office of a state school with admin.',
    'careers adviser': 'You help a school careers adviser.',
    'PE teacher': 'You help a PE department organise fixtures.',
    'developer': 'You are a senior developer helping with an edtech codebase.',
    'agency': 'You help a tutoring agency with marketing copy.',
}
EN_ASK = ['tidy this up and list what is missing', 'turn this into JSON with one object per person', 'summarise in 3 bullet points',
          'translate into English', 'draft a short polite reply', 'check for spelling mistakes only', 'make this into a table',
          'what should I do next with this?', 'shorten to one paragraph for the newsletter']
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'local/llama-3.1-8b-instruct']
PLACEMENTS = ('user', 'parts', 'system', 'assistant_echo', 'tool_result', 'tool_args', 'file_b64', 'image_url',
              'response_format', 'user_field', 'metadata', 'completions')


def build_body(doc, ask, role, loc, rng, placement, fname):
    model = rng.choice(MODELS)
    sysmsg = {'role': 'system', 'content': SYSTEMS.get(role, 'You are a helpful assistant.')}
    if placement == 'completions':
        return 'completions', {'model': model, 'prompt': f'{doc}\n\n### {ask}:\n', 'max_tokens': 400, 'temperature': 0.2}
    body = {'model': model}
    if placement == 'user':
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{ask}\n\n{doc}' if rng.random() < 0.5 else f'{doc}\n\n{ask}'}]
    elif placement == 'parts':
        body['messages'] = [sysmsg, {'role': 'user', 'content': [{'type': 'text', 'text': ask}, {'type': 'text', 'text': doc}]}]
    elif placement == 'system':
        body['messages'] = [{'role': 'system', 'content': sysmsg['content'] + '\n\nRecord on screen:\n' + doc},
                            {'role': 'user', 'content': ask}]
    elif placement == 'assistant_echo':
        body['messages'] = [sysmsg, {'role': 'user', 'content': 'I\'ll paste the record first'},
                            {'role': 'assistant', 'content': 'Sure — here is what I received:\n' + doc},
                            {'role': 'user', 'content': ask}]
    elif placement == 'tool_result':
        body['tools'] = [{'type': 'function', 'function': {'name': 'get_record', 'description': 'Fetch a record from the school MIS',
                          'parameters': {'type': 'object', 'properties': {'record_id': {'type': 'string'}}, 'required': ['record_id']}}}]
        cid = f'call_{digits(rng, 6)}'
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'open record R-{rng.randint(1000, 9999)} and {ask}'},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                                'name': 'get_record', 'arguments': json.dumps({'record_id': f'R-{rng.randint(1000, 9999)}'})}}]},
                            {'role': 'tool', 'tool_call_id': cid, 'content': json.dumps({'status': 'ok', 'record': doc}, ensure_ascii=False)}]
    elif placement == 'tool_args':
        body['tools'] = [{'type': 'function', 'function': {'name': 'send_message', 'description': 'Send a message via the school messaging system',
                          'parameters': {'type': 'object', 'properties': {'channel': {'type': 'string', 'enum': ['email', 'sms', 'app']},
                                                                          'body': {'type': 'string'}}, 'required': ['channel', 'body']}}}]
        cid = f'call_{digits(rng, 6)}'
        body['messages'] = [sysmsg, {'role': 'user', 'content': 'send the note below to the office'},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                                'name': 'send_message', 'arguments': json.dumps({'channel': rng.choice(['email', 'app']), 'body': doc}, ensure_ascii=False)}}]},
                            {'role': 'tool', 'tool_call_id': cid, 'content': '{"status": "queued"}'},
                            {'role': 'user', 'content': f'ok, now {ask}'}]
    elif placement == 'file_b64':
        data = base64.b64encode(doc.encode('utf-8')).decode('ascii')
        body['messages'] = [sysmsg, {'role': 'user', 'content': [
            {'type': 'text', 'text': ask},
            {'type': 'file', 'file': {'filename': fname, 'file_data': f'data:text/plain;base64,{data}'}}]}]
    elif placement == 'image_url':
        url = f'https://mis.{slug(loc, rng)}/render.png?' + urllib.parse.urlencode({'text': doc, 'w': 800})
        body['messages'] = [sysmsg, {'role': 'user', 'content': [
            {'type': 'text', 'text': f'screenshot of the record, {ask}'},
            {'type': 'image_url', 'image_url': {'url': url, 'detail': 'low'}}]}]
    elif placement == 'response_format':
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{ask}. Use the schema; its description has the source record.'}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'school_record', 'strict': True, 'schema': {
            'type': 'object', 'description': 'Source record:\n' + doc,
            'properties': {'summary': {'type': 'string'}, 'missing_fields': {'type': 'array', 'items': {'type': 'string'}}},
            'required': ['summary', 'missing_fields'], 'additionalProperties': False}}}
    elif placement == 'user_field':
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{ask}\n\n{doc}'}]
        body['user'] = f'staff-{rng.randint(100, 999)}'
    elif placement == 'metadata':
        body['store'] = True
        body['metadata'] = {'source': 'mis-export', 'record': doc[:512]}
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{ask} (record attached in metadata)'}]
    if rng.random() < 0.15:
        body['stop'] = ['\n###', 'END']
    if rng.random() < 0.2:
        body['temperature'] = round(rng.uniform(0, 1), 1)
    return 'chat', body


LATIN = 'A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff'


def leaves(x):
    if isinstance(x, dict):
        for v in x.values():
            yield from leaves(v)
    elif isinstance(x, list):
        for v in x:
            yield from leaves(v)
    elif isinstance(x, str):
        yield x
        if x[:1] in '{[':
            try:
                yield from leaves(json.loads(x))
            except ValueError:
                pass


def present(body, items):
    """Entity types whose issued values occur in the body: serialised JSON, every string leaf (JSON-in-JSON
    decoded), URL-unquoted, base64 file parts decoded."""
    s = json.dumps(body, ensure_ascii=False)
    hay = [s]
    for leaf in leaves(body):
        hay.append(leaf)
        hay.append(urllib.parse.unquote_plus(leaf))
        for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', leaf):
            hay.append(base64.b64decode(m.group(1)).decode('utf-8'))
    text = '\n'.join(hay)
    ents = set()
    for ent, val in items:
        if re.search(f'(?<![{LATIN}0-9]){re.escape(val)}(?![{LATIN}0-9])', text):
            ents.add(ent)
    return sorted(ents)


# ---------------------------------------------------------------- PII split
KINDS = list(SENS)
N_PER_KIND, N_SENS = 50, 29


def make_pii(rng):
    eponyms = cut(EPONYMS_RAW, 'eponyms')
    locs = [Loc(c) for c in META]
    rot = locs + [locs[1], locs[0], locs[1], locs[0]]  # en-US / en-GB twice as often (their own ID types)
    out = []
    seen = set()
    counter = 0
    for ki, kind in enumerate(KINDS):
        flags = [True] * N_SENS + [False] * (N_PER_KIND - N_SENS)
        rng.shuffle(flags)
        for j, sens in enumerate(flags):
            counter += 1
            rk = rot + {'funding': [locs[1]] * 4, 'tutoring': [locs[1], locs[0]], 'exam': [locs[0]]}.get(kind, [])
            loc = rk[(ki * 7 + j) % len(rk)]
            placement = PLACEMENTS[(ki * 5 + j) % len(PLACEMENTS)]
            if rng.random() < 0.45:
                ask = rng.choice(loc.ask)
            else:
                ask = rng.choice(EN_ASK)
            for attempt in range(40):
                R = Rec(loc, rng)
                if sens:
                    doc, role, sub = SENS[kind](R, rng, loc)
                    names = [v for e, v in R.items if e == 'person']
                    fname = f'{kind} - {names[0]}.txt' if names and rng.random() < 0.5 else f'{kind}_{rng.randint(100, 999)}.txt'
                else:
                    doc, role, sub = BENIGN[kind](rng, loc, rng.sample(eponyms, 3))
                    fname = f'{kind}_{rng.choice(["template", "export", "notice"])}_{rng.randint(1, 99)}.txt'
                pl = placement
                if pl == 'metadata' and len(doc) > 512:
                    pl = 'user'
                endpoint, body = build_body(doc, ask, role, loc, rng, pl, fname)
                ents = present(body, R.items)
                key = json.dumps(body, ensure_ascii=False, sort_keys=True)
                if sens == bool(ents) and key not in seen:
                    seen.add(key)
                    break
            else:
                sys.exit(f'could not build {kind} record')
            if sens and 'user' in body and any(e == 'email' for e, _ in R.items) and rng.random() < 0.5:
                body['user'] = next(v for e, v in R.items if e == 'email')
                ents = present(body, R.items)
            assert bool(ents) == sens
            out.append({'id': f'arete-pii-{counter:04d}', 'category': kind if sens else f'{kind}_benign', 'sensitive': sens,
                        'entities': ents, 'endpoint': endpoint, 'lang': loc.code,
                        'style': f'{role} · {pl} · {sub}', 'body': body})
    return out


# ---------------------------------------------------------------- complexity split (education prompts, no personal data)
SUBJECTS = ['Mathematics', 'English', 'Biology', 'Chemistry', 'Physics', 'History', 'Geography', 'French', 'Art', 'Music',
            'Computing', 'PE', 'Drama', 'Economics', 'Latin', 'Spanish', 'Religious Studies', 'Design Technology']
SHORT_SIMPLE = [
    ('en', 'What is 18 out of 24 as a percentage?'), ('en', 'Spell "necessary" backwards.'),
    ('en', 'How many weeks are in a school year of 190 days, 5 days a week?'), ('en', 'Give me a synonym for "diligent".'),
    ('en', 'What does GCSE stand for?'), ('en', 'Put these in alphabetical order: Physics, Art, Music, Biology, Latin'),
    ('en', 'Translate "parents\' evening" into French.'), ('en', 'Round 67.45 to one decimal place.'),
    ('de', 'Was heißt "Klassenfahrt" auf Englisch?'), ('de', 'Wie viele Minuten sind 3 Schulstunden à 45 Minuten?'),
    ('fr', 'Comment dit-on « bulletin scolaire » en anglais ?'), ('fr', 'Combien font 15 % de 240 ?'),
    ('es', '¿Cuál es el plural de "lápiz"?'), ('es', 'Traduce "recreo" al inglés.'),
    ('it', 'Come si dice "pagella" in inglese?'), ('pl', 'Ile to jest 7 razy 8?'), ('pl', 'Przetłumacz "zebranie z rodzicami" na angielski.'),
    ('pt-BR', 'Qual é o antônimo de "aprovado"?'), ('sv', 'Vad betyder "skolavslutning" på engelska?'),
    ('fi', 'Mitä on "lukujärjestys" englanniksi?'), ('tr', '"Karne" İngilizcede ne demek?'),
    ('ru', 'Как по-английски «родительское собрание»?'), ('el', 'Πώς λέγεται «σχολική εκδρομή» στα αγγλικά;'),
    ('ar', 'ما معنى كلمة "homework" بالعربية؟'), ('he', 'איך אומרים "טיול שנתי" באנגלית?'),
    ('hi', '"परीक्षा" का अंग्रेज़ी शब्द क्या है?'), ('zh', '“期末考试”用英语怎么说？'), ('ja', '「通知表」は英語で何と言いますか？'),
    ('ko', '"수행평가"를 영어로 뭐라고 해?'), ('th', '"ใบรายงานผลการเรียน" ภาษาอังกฤษคืออะไร'),
    ('cs', 'Jak se řekne „vysvědčení“ anglicky?'), ('nl', 'Wat is 3/4 als decimaal getal?'),
    ('en', 'Convert 1 h 35 min into minutes.'), ('en', 'Is 2027 a leap year?'), ('en', 'What is the capital of Canada?'),
    ('en', 'Capitalise the first letter of each word: "end of term assembly"'), ('en', 'How many sides does a hexagon have?'),
    ('de', 'Schreib "schulanfang" richtig groß.'), ('es', '¿Cuántos días tiene febrero en 2028?'), ('fr', 'Quel est le participe passé de « apprendre » ?'),
    ('en', 'What is the average of 12, 15 and 18?'), ('ja', '12と18の最大公約数は？'), ('zh', '把“school bus”翻译成中文'),
    ('ru', 'Сколько будет 144 разделить на 12?'), ('en', 'Turn "Year 7 trip to the zoo" into title case for a poster.'),
    ('it', 'Quanto fa 25 per 4?'), ('ko', '3시간 20분은 몇 분이야?'),
]
SHORT_HARD = [
    ('en', 'Prove that in any class of 13 pupils at least two were born in the same month, then show 13 is the smallest size for which this is guaranteed.'),
    ('en', 'A school must split 30 pupils into 5 groups of 6 so that no two friends (friendship graph given later) share a group. Is this always possible if each pupil has at most 4 friends? Prove or give a counterexample.'),
    ('en', 'Design an admissions lottery for an oversubscribed school that prioritises siblings but remains strategy-proof. What trade-offs do you accept?'),
    ('en', 'Why can a school\'s average grade go up in every subgroup while the overall average goes down? Construct a numeric example and explain the mechanism.'),
    ('en', 'My gradebook script computes mean = sum(marks) / len(marks) and returns 0 for one class but not others. Give the likely root causes and how to test each.'),
    ('en', 'Prove that a round-robin timetable for 2n teams over 2n-1 rounds always exists (every team meets every other once).'),
    ('en', 'We want exam seating where no two candidates from the same class sit adjacent (grid 8x6). Model it, give an algorithm and argue its complexity.'),
    ('en', 'Prove by induction that 1 + 3 + 5 + ... + (2n-1) = n^2 and explain it to a Year 9 class with a picture-free argument.'),
    ('en', 'Compare weighted GPA vs unweighted GPA for university admissions: which incentives does each create, and when does each mislead?'),
    ('en', 'In a class of 30, what is the probability that two pupils share a birthday? Derive the formula, don\'t just quote 70%.'),
    ('en', 'Design a data model for student records that keeps history of name changes and guardianship changes while supporting GDPR erasure. Justify the choices.'),
    ('en', 'Race condition? Two teachers submit grades for the same pupil at once and one grade disappears. Explain how this happens with read-modify-write and how to fix it at the DB level.'),
    ('en', 'Is it possible to schedule 9 exams in 4 slots if the conflict graph is the Petersen graph plus one isolated vertex? Argue carefully.'),
    ('en', 'Show that any valid rule for ranking schools from pairwise pupil comparisons can produce cycles, and relate this to Arrow\'s theorem.'),
    ('de', 'Beweise, dass es in jeder Schulklasse zwei Kinder mit gleich vielen Freunden in der Klasse gibt (Freundschaft symmetrisch).'),
    ('de', 'Entwirf einen Algorithmus für die Verteilung von Wahlpflichtkursen nach Präferenzen mit Kapazitätsgrenzen und begründe, warum er stabil ist.'),
    ('fr', 'Démontre que la somme des angles d’un triangle vaut 180° à partir de l’axiome des parallèles, puis explique où la preuve échoue en géométrie sphérique.'),
    ('fr', 'Concevoir un barème de notation qui limite l’inflation des notes entre classes : quelles options, quels compromis ?'),
    ('es', 'Demuestra que √2 es irracional y explica por qué el mismo argumento falla para √4.'),
    ('es', 'Diseña un sistema de asignación de tutores a alumnos que minimice desplazamientos y equilibre la carga; analiza los compromisos.'),
    ('it', 'Dimostra che con 6 studenti ce ne sono sempre 3 che si conoscono tutti o 3 che non si conoscono affatto.'),
    ('pl', 'Udowodnij, że liczba uczniów, którzy podali rękę nieparzystej liczbie osób, jest parzysta.'),
    ('pt-BR', 'Por que remover a nota mais baixa de cada aluno pode mudar o ranking da turma? Construa um exemplo e analise quando isso é justo.'),
    ('ru', 'Докажи, что среди любых 51 чисел из 1..100 найдутся два взаимно простых.'),
    ('ru', 'Спроектируй систему расписания для школы на 40 классов: какие ограничения жёсткие, какие мягкие, каким методом решать и почему?'),
    ('zh', '证明：任意五个整数中总能选出三个，其和能被3整除。'),
    ('zh', '设计一个在线考试防作弊方案，权衡隐私、成本与误判率，并说明取舍。'),
    ('ja', '任意の自然数nについて n^3 - n が6で割り切れることを証明せよ。'),
    ('ja', '学年末の成績処理で端数処理の順序が結果を変える例を作り、原因を説明して。'),
    ('ko', '반 배정에서 친구 요청을 최대한 들어주면서 인원 균형을 맞추는 알고리즘을 설계하고 복잡도를 분석해 줘.'),
    ('tr', 'Bir sınıftaki 25 öğrenciden herhangi 5 kişilik grupta en az iki kişinin aynı sıraya oturduğunu gösteren güvercin yuvası argümanını kur ve sınırını kanıtla.'),
    ('nl', 'Waarom convergeert een iteratief cijferherwegingsalgoritme niet altijd? Geef een voorbeeld en een voorwaarde voor convergentie.'),
    ('sv', 'Bevisa att det finns oändligt många primtal och förklara varför Euklides bevis inte ger nästa primtal.'),
    ('el', 'Απόδειξε ότι σε κάθε πεπερασμένο γράφημα ο αριθμός των κορυφών περιττού βαθμού είναι άρτιος.'),
    ('ar', 'صمّم نظام توزيع منح دراسية يوازن بين الحاجة والتفوق، واشرح المقايضات واحتمالات التلاعب.'),
    ('he', 'הוכח שבכל טורניר (גרף מכוון שלם) יש מסלול המילטוני.'),
    ('hi', 'सिद्ध कीजिए कि किसी भी कक्षा के बच्चों को दो टीमों में ऐसे बाँटा जा सकता है कि हर बच्चे के कम से कम आधे दोस्त दूसरी टीम में हों।'),
    ('cs', 'Navrhni spravedlivý algoritmus pro rozdělení žáků do skupin na výlet a dokaž, že nikdo nemůže získat výhodu lhaním.'),
    ('fi', 'Todista, että jokaisessa 7 oppilaan ryhmässä jollakulla on parillinen määrä kavereita ryhmän sisällä.'),
    ('en', 'My timetable solver (backtracking) takes minutes for 20 classes but hours for 22. Explain why and propose two fixes with their trade-offs.'),
    ('en', 'Prove that the median of marks minimises the sum of absolute deviations, and say when a school should report it instead of the mean.'),
    ('en', 'Design caching for a school MIS so that report cards generate fast but never show a stale grade after an appeal. Discuss invalidation.'),
    ('en', 'Two moderation schemes: scale each teacher\'s marks to a common mean, or anchor with common scripts. Which is fairer and when does each fail?'),
    ('en', 'Why does `sorted(pupils, key=lambda p: p.grade)` put "10" before "9" in our export? Explain and give a robust fix for grades like "9+", "A*".'),
]


def long_text_table(rng, n):
    rows = []
    for i in range(1, n + 1):
        rows.append(f'{i}. {rng.choice(SUBJECTS)} — room {rng.choice("ABCDE")}{rng.randint(101, 320)} — '
                    f'{rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"])} period {rng.randint(1, 6)} — group {rng.randint(7, 13)}{rng.choice("XYZ")}')
    return '\n'.join(rows)


POLICY_PARAS = [
    'Pupils are expected to arrive by 8:40 and to register with their form tutor. Late arrivals sign in at reception.',
    'Homework is set according to the published timetable and should take no longer than the stated time.',
    'Mobile phones must be switched off and kept in bags during the school day unless a teacher gives permission.',
    'The library is open from 8:00 until 16:30 and pupils may borrow up to four books for three weeks.',
    'Uniform must be worn correctly on the way to and from school. Jewellery is limited to one pair of studs.',
    'Trips are charged at cost; families facing hardship may apply to the trips fund in confidence.',
    'Reports are issued twice a year, with a parents\' consultation evening each term.',
    'Pupils who are unwell should not attend; parents are asked to inform the attendance line before 9:00.',
    'The school operates a restorative approach to behaviour, with detentions as a last resort.',
    'Lockers are available for a deposit, refunded when the key is returned at the end of the year.',
    'Lunch can be paid for online in advance; pupils who forget money will still receive a meal and the account is debited.',
    'Coursework deadlines are published at the start of each term; extensions are granted only by the head of department.',
    'Music lessons take place on a rotating timetable so that pupils do not miss the same academic lesson every week.',
    'The sports hall is closed for maintenance during the first week of the summer holiday.',
    'Pupils may use the computer rooms at lunchtime if a member of staff is present; printing credits are topped up monthly.',
    'Clubs run from 15:30 to 16:30; a list is published every half term and places are allocated on a first-come basis.',
    'Fire drills take place once a term; pupils leave by the nearest exit and line up by form on the playing field.',
    'Lost property is kept for four weeks and then donated to the second-hand uniform sale.',
]
LONG_EASY_ASKS = [
    ('en', 'turn this into a CSV with columns n, subject, room, day, period, group'), ('en', 'sort these lines by day and period, nothing else'),
    ('en', 'count how many lessons are on Friday'), ('en', 'summarise this policy in five bullet points for parents'),
    ('de', 'Übersetze diesen Text bitte ins Deutsche.'), ('fr', 'Traduis ce texte en français, sans rien changer d’autre.'),
    ('es', 'Resume este texto en tres frases.'), ('pl', 'Przetłumacz to na polski.'), ('ja', 'この文章を日本語に翻訳してください。'),
    ('zh', '请把这段文字翻译成中文。'), ('pt-BR', 'Faça um resumo curto disso.'), ('it', 'Trasforma l’elenco in una tabella markdown.'),
    ('ru', 'Переведи это на русский.'), ('tr', 'Bunu Türkçeye çevir.'), ('ko', '이 목록을 표로 바꿔 줘.'), ('nl', 'Maak hier een korte samenvatting van.'),
    ('en', 'fix the capitalisation and punctuation only'), ('en', 'list every room number that appears, deduplicated'),
]
BUGGY_CODE = '''def load_marks(path):
    marks = {}
    with open(path) as f:
        next(f)
        for line in f:
            pupil, subject, mark = line.strip().split(',')
            marks.setdefault(pupil, {})[subject] = mark
    return marks


def average(pupil_marks):
    total = 0
    for subject, mark in pupil_marks.items():
        total += mark
    return total / len(pupil_marks)


def rank(marks):
    scores = {p: average(m) for p, m in marks.items()}
    ordered = sorted(scores, key=scores.get)
    return {p: i for i, p in enumerate(ordered)}


def apply_resits(marks, resits):
    for pupil, subject, new in resits:
        if new > marks[pupil][subject]:
            marks[pupil][subject] = new
    return marks


def export(marks, out):
    ranks = rank(marks)
    with open(out, 'w') as f:
        for p in marks:
            f.write(f"{p},{average(marks[p]):.1f},{ranks[p]}\\n")
'''
TIMETABLE_SPEC = '''Constraints for the 2027 timetable:
- 42 teaching groups, 31 teachers, 28 rooms (4 labs, 2 gyms, 3 art rooms, 1 music suite).
- 5 days x 6 periods; period 4 is followed by lunch, period 6 ends at 15:20.
- Science practicals need a lab for a double period (two consecutive periods, not across lunch).
- Part-time teachers: T07 not Monday/Tuesday, T12 only periods 1-4, T19 not Friday.
- No teacher teaches more than 5 periods a day or more than 3 periods in a row.
- Year 11 option blocks A-D must be taught simultaneously across 6 groups each.
- PE needs a gym; gyms are shared with the community on Wednesday period 6.
- Each group must not have the same subject twice in one day except doubles.
- Soft: minimise teachers' free periods between lessons; spread maths across the week; keep languages in the morning.
'''


HARD_TAILS = [('en', ''), ('en', 'Be rigorous.'), ('de', 'Antworte bitte auf Deutsch und begründe jeden Schritt.'),
              ('fr', 'Réponds en français, étape par étape.'), ('es', 'Responde en español y justifica cada paso.'),
              ('zh', '请用中文回答，并逐步论证。'), ('ja', '日本語で、段階的に説明してください。'), ('ru', 'Ответь по-русски, с обоснованием каждого шага.'),
              ('pt-BR', 'Responda em português, passo a passo.'), ('pl', 'Odpowiedz po polsku i uzasadnij każdy krok.')]
ATTENDANCE_SQL = """SELECT c.class_code, w.week_no,
       100.0 * SUM(CASE WHEN a.mark IN ('/', '\\', 'L', 'B') THEN 1 ELSE 0 END) / COUNT(DISTINCT s.pupil_id) AS pct
FROM classes c
JOIN enrolments s ON s.class_code = c.class_code
JOIN weeks w ON w.week_no BETWEEN 1 AND 39
LEFT JOIN attendance a ON a.pupil_id = s.pupil_id AND a.week_no = w.week_no
GROUP BY c.class_code, w.week_no;
-- enrolments(pupil_id, class_code, start_date, end_date)  -- end_date NULL while on roll
-- attendance(pupil_id, week_no, session, mark)            -- two sessions a day, AM and PM
"""
EXAM_TIMER_JS = """let remaining = EXAM_SECONDS;
const timer = setInterval(() => {
  remaining -= 1;
  display.textContent = fmt(remaining);
  if (remaining <= 0) { clearInterval(timer); submitAnswers(); }
}, 1000);
window.addEventListener('visibilitychange', () => { if (document.hidden) pauseAutosave(); });
async function submitAnswers() {
  const res = await fetch('/api/submit', {method: 'POST', body: JSON.stringify({answers, clientTime: Date.now()})});
  if (!res.ok) setTimeout(submitAnswers, 5000);
}
// server: accept if body.clientTime <= exam.end_ts
"""


def make_complexity(rng):
    out = []
    cats = ['short_simple'] * 45 + ['long_easy'] * 52 + ['short_hard'] * 50 + ['long_hard'] * 43
    rng.shuffle(cats)
    ss, sh = list(SHORT_SIMPLE), list(SHORT_HARD)
    rng.shuffle(ss)
    rng.shuffle(sh)
    counters = collections.Counter()
    for i, cat in enumerate(cats, 1):
        k = counters[cat]
        counters[cat] += 1
        system = rng.choice([None, 'You are a helpful assistant for teachers.', 'You are a study helper for secondary school students.',
                             'Answer briefly.'])
        if cat == 'short_simple':
            lang, text = ss[k % len(ss)]
            if k >= len(ss):
                text = text + rng.choice([' Thanks!', ' (quick one)', ' pls', ''])
            label, adv = 0, False
        elif cat == 'short_hard':
            lang, text = sh[k % len(sh)]
            if k >= len(sh):
                text = rng.choice(['Quick question: ', 'For my lesson plan: ', '']) + text
            label, adv = 1, True
        elif cat == 'long_easy':
            lang, ask = LONG_EASY_ASKS[k % len(LONG_EASY_ASKS)]
            if 'CSV' in ask or 'sort' in ask or 'count' in ask or 'room' in ask or 'tabel' in ask or 'table' in ask or '표' in ask:
                doc = long_text_table(rng, rng.randint(30, 45))
            else:
                paras = POLICY_PARAS[:]
                rng.shuffle(paras)
                doc = ''
                while len(doc) < 1600:
                    doc += ('\n\n' if doc else '') + paras.pop()
            text = f'{ask}\n\n{doc}' if rng.random() < 0.5 else f'{doc}\n\n{ask}'
            label, adv = 0, True
        else:
            v = k % 6
            lang, tail = rng.choice(HARD_TAILS)
            sample = '\n'.join(f'P{rng.randint(1, 240):03d},{rng.choice(SUBJECTS)},{rng.randint(1, 9)}' for _ in range(rng.randint(12, 30)))
            if v == 4:
                text = (ATTENDANCE_SQL + f'\n-- the dashboard shows {rng.randint(101, 140)}% attendance for some classes in week '
                        f'{rng.randint(2, 38)} and pupils who left in {rng.choice(["October", "January", "March"])} still count as absent.\n'
                        'Find the root causes in the query and data model, explain each, and rewrite it. ' + tail)
            elif v == 5:
                text = (EXAM_TIMER_JS + f'\nCandidates on slow laptops get up to {rng.randint(2, 9)} extra minutes and some submissions '
                        'arrive after the deadline but are accepted. Explain the root causes, the security implications, and design a '
                        'server-side fix with its trade-offs. ' + tail)
            elif v == 0:
                text = ('marks.csv (first rows)\npupil,subject,mark\n' + sample + '\n\n' + BUGGY_CODE + '\nThe exported averages are wrong (sometimes a TypeError, and after resits the ranking is '
                        'reversed: the best pupil gets rank 0 at the bottom of the report, and "9" beats "10"). Find every root cause, '
                        'explain how they interact, and give a corrected version with tests. ' + tail)
            elif v == 1:
                text = (TIMETABLE_SPEC.replace('42', str(rng.randint(30, 60))).replace('31 teachers', f'{rng.randint(25, 45)} teachers') + '\nPropose a solving approach (model + algorithm), explain which constraints you would relax '
                        'first if infeasible and why, and estimate the search-space size. Compare ILP vs CP-SAT vs local search for this. ' + tail)
            elif v == 2:
                tbl = '\n'.join(f'School {c}: group {g} — pupils {rng.randint(40, 400)}, pass rate {rng.randint(35, 95)}%'
                                for c in 'ABCDEF' for g in ('disadvantaged', 'not disadvantaged'))
                text = (tbl + '\n\nThe council ranks schools by overall pass rate. Show, with these numbers, whether the ranking can '
                        'reverse when you compare within groups, explain the mechanism, and design a fairer measure, including its '
                        'weaknesses (small cohorts, regression to the mean). ' + tail)
            else:
                paras = '\n\n'.join(rng.sample(POLICY_PARAS, 6))
                text = (paras + '\n\nAdmissions criteria (in order): 1. looked-after children; 2. siblings; 3. children of staff; '
                        '4. distance. Tie-break: random lottery. A parent argues the sibling rule plus distance tie-breaking lets '
                        'families game the system by renting near the school for one year. Analyse whether the criteria are '
                        'manipulable, prove or refute that the lottery makes them strategy-proof, and propose a revised rule set '
                        'with the trade-offs. ' + tail)
            label, adv = 1, False
        if rng.random() < 0.1:
            body = {'model': rng.choice(MODELS), 'prompt': text + '\n\nAnswer:', 'max_tokens': 600}
            endpoint = 'completions'
        else:
            msgs = ([{'role': 'system', 'content': system}] if system else []) + [{'role': 'user', 'content': text}]
            body = {'model': rng.choice(MODELS), 'messages': msgs}
            endpoint = 'chat'
        if cat == 'long_easy':
            assert len(text) >= 1500, len(text)
        out.append({'id': f'arete-cx-{i:04d}', 'category': cat, 'label': label, 'length_adversarial': adv,
                    'endpoint': endpoint, 'lang': lang, 'style': f'education/{cat}', 'body': body})
    return out


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii = make_pii(random.Random(a.seed))
    cx = make_complexity(random.Random(a.seed + 1))
    for r in pii:
        assert r['sensitive'] == bool(r['entities'])
    for name, rows in (('pii_arete.jsonl', pii), ('complexity_arete.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8', newline='\n') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_arete.jsonl: {len(pii)} requests ({collections.Counter(r["endpoint"] for r in pii)}), '
          f'{sens} sensitive / {len(pii) - sens} benign, {len({r["lang"] for r in pii})} language tags')
    print('  categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entities:', dict(collections.Counter(e for r in pii for e in r['entities']).most_common()))
    print('  placements:', dict(collections.Counter(r['style'].split(' · ')[1] for r in pii).most_common()))
    cc = collections.Counter(r['category'] for r in cx)
    adv = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_arete.jsonl: {len(cx)} requests ({collections.Counter(r["endpoint"] for r in cx)}), '
          f'{len({r["lang"] for r in cx})} language tags, {dict(cc)}, {adv} ({100 * adv // len(cx)}%) length-adversarial, '
          f'{sum(r["label"] for r in cx)} labelled 1')


if __name__ == '__main__':
    main()
