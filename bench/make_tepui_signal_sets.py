#!/usr/bin/env python3
"""Tepui: an independent evaluation split for the request signals, organised by the LEGAL OR ADMINISTRATIVE
PROCEEDING the request comes out of.

Writes bench/data/signals/pii_tepui.jsonl and bench/data/signals/complexity_tepui.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, no commit messages and no other branch; the record format came from the first 70 lines of the delta
    generator and the first two lines of each delta file. The other generators were not read: their sources
    are only scanned automatically at run time for capitalised / non-ASCII words (and CJK / Hangul bigrams,
    Thai runs), and every first name, surname, street stem and firm name of this file is cut against that
    set (deterministic, order kept; the run aborts when a pool runs empty). City names and generic street
    words ("Road", "straße", "rue des") are not cut.

Organising principle
    The kind of PROCEEDING: what parties, paralegals, tenants, employees, witnesses and clerks send an
    assistant -- tenancy and eviction disputes, police and incident reports, witness statements, employment
    tribunal claims, immigration and asylum paperwork, powers of attorney / notarial deeds, divorce and
    custody filings, debt-collection letters, traffic fines and appeals, small-claims forms. Sensitive
    records use category ``<kind>``; benign ones ``<kind>_benign`` are hard negatives of the same kind:
    case and docket numbers, statute and article citations, courts and registries with their switchboards
    and role mailboxes, judges and ministers in their public role, published anonymised judgments ("Mr A",
    "the claimant", initials), landmark cases named after people, fine / penalty / reference numbers, blank
    court forms with placeholders, documentation and reserved example values. 28 locales in Latin, Cyrillic,
    Greek, Hebrew, Arabic, Devanagari, Thai, Han, Kana and Hangul scripts with locale-true names, streets,
    phone formats and identifier formats; field labels are in the data language, the writer's instruction
    mostly in English or the data language.

    The document is placed in a request field chosen by rotation: user / system / earlier assistant / tool
    messages, text content parts, file parts (base64 text, PII-bearing file names), image URLs with query
    strings, tool-call arguments, tool schemas, response_format json_schema examples, ``user`` and
    ``metadata`` (with ``store: true``); about 10 % use the legacy completions endpoint.

Labels
    ``entities`` is computed by searching every string of the body (file parts base64-decoded, URLs
    unquoted) for every value the record issued. ``ssn`` is the US SSN only; other citizen numbers (PESEL,
    BSN, personnummer, HETU, fodselsnummer, rodne cislo, CNP, TC kimlik, Aadhaar, RIC, My Number, RRN, Thai
    PIN, Israeli ID, DNI, NIE, CURP) are NATIONAL_ID; taxpayer numbers (Steuer-ID, codice fiscale, CPF, NIF,
    INN, RNTRC, PAN, RFC, AFM) TAX_ID; social-insurance / health numbers (NHS, French NIR, Austrian VNR, Swiss
    AHV, Greek AMKA) HEALTH_INSURANCE; a hospital record number MEDICAL_RECORD; a US routing + account pair
    US_BANK_NUMBER; a private person's home IP IP_ADDRESS. A party's home address is STREET_ADDRESS; a
    court's address is not. ``sensitive`` is true exactly when ``entities`` is non-empty (asserted).

Contents (seed 20261205; the run prints all counts)
    pii_tepui.jsonl: 500 requests (452 chat, 48 completions) in 28 language tags; 10 kinds x 50 (29 sensitive +
    21 benign each: 290 sensitive / 210 benign); 20 sensitive records carry a single incidental item (one phone,
    e-mail, home address or name in otherwise public court text); the benign ones span 7 kinds of hard negative
    (court contact blocks, anonymised judgments, blank forms, officials + landmark cases, documentation values,
    fine / reference numbers with eponym streets, procedure questions about no one), 30 each. Entity totals:
    person 276, STREET_ADDRESS 186, DATE_OF_BIRTH 158, email 131, phone 130, iban 102, PASSPORT 56,
    NATIONAL_ID 44, credit_card 32, TAX_ID 25, DRIVER_LICENSE 16, HEALTH_INSURANCE 12, IP_ADDRESS 12,
    MEDICAL_RECORD 12, ssn 5, US_BANK_NUMBER 2.
    complexity_tepui.jsonl: 190 chat requests in 29 language tags: short_simple 46, long_easy 50 (>= 1,500
    chars: cause lists to sort / convert / count), short_hard 50 (deadline and limitation computations with
    competing rules, proofs, design with trade-offs, root causes), long_hard 44 (rent ledgers, deadline logs,
    conflicting clauses, two witness statements, travel logs, limitation timelines); 100 (52 %)
    length-adversarial, 94 labelled 1.

Pools
    Person names are composed locale-true: given name + family name (family name first for zh / ja / ko). Where
    the cut against the other generators left few given names, Latin-script locales complete the given-name
    pool with initials ("K. Oostjeveld"), a form court papers use; a single Latin letter is not treated as a
    word. Compound family names (Swedish, Finnish, Basque, Turkish, Greek, Dutch, Italian-style derivatives)
    are composed from parts and cut like the rest.

Validation
    Every identifier with a python-stdnum module is generated to pass it (IBAN, card Luhn, SSN, routing
    number and the national modules named above); passports and driving licences are format-only (MRZ lines
    use an own ICAO 7-3-1 check digit routine); every phone number is valid for its region in
    ``phonenumbers`` and outside reserved drama ranges; every IP is global and outside the documentation
    ranges. The run aborts on any invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_tepui_signal_sets.py [--seed 20261205] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import importlib
import itertools
import ipaddress
import json
import pathlib
import random
import re
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn

HERE = pathlib.Path(__file__).resolve().parent

FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus')

_NOSPACE = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+')
_THAI = re.compile(r'[\u0e00-\u0e7f]+')
# words: letters plus the combining marks of the scripts used here (so Thai / Devanagari / Hebrew / Arabic
# words are not split into fragments at their vowel signs)
_WORD = re.compile(r'(?:[^\W\d_]|[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670'
                   r'\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])+')


def other_words():
    """Capitalised / non-ASCII words, CJK+Hangul bigrams and Thai runs of the frozen generators (never shown)."""
    words, bigrams, thai = set(), set(), []
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        t = p.read_bytes().decode('utf-8', errors='ignore')
        for w in _WORD.findall(t):
            if not w.isascii():
                words.add(w.casefold())
            elif w[0].isupper():
                words.add(w.casefold())
        for run in _NOSPACE.findall(t):
            bigrams.update(run[i:i + 2] for i in range(len(run) - 1))
        thai.extend(_THAI.findall(t))
    return words, bigrams, '\n'.join(thai)


def cut_pool(pool, ow, what):
    words, bigrams, thai = ow
    out = []
    for e in pool:
        ok = all(w.casefold() not in words for w in _WORD.findall(e) if len(w) > 1 or not w.isascii())  # a Latin initial is no word
        for run in _NOSPACE.findall(e):
            if any(run[i:i + 2] in bigrams for i in range(len(run) - 1)):
                ok = False
        for run in _THAI.findall(e):
            if run in thai:
                ok = False
        if ok:
            out.append(e)
    if len(out) < 2:
        raise SystemExit(f'pool {what} ran empty after cutting against the other generators')
    return out


# ----------------------------------------------------------------------------------------------------------
# locales: names, streets, cities, phone patterns, labels
# address templates: {n} house number, {s} street stem, {c} city, {p} postcode
L = {}


def loc(tag, region, first, last, streets, addr, cities, phones, labels, dob_fmt, mail, **kw):
    L[tag] = dict(tag=tag, region=region, first=first.split(), last=last.split(), streets=streets.split('|'),
                  addr=addr, cities=cities, phones=phones, labels=labels.split('|'), dob=dob_fmt, mail=mail, **kw)


# labels: name|born|address|phone|email|id|heading
loc('en-GB', 'GB', 'Imogen Rhys Tamsin Alfie Niamh Callum Ffion Euan Morwenna Jago Isla Hamish Keziah Lowenna',
    'Pengelly Ashworth Trevithick Ollerenshaw Cadwallader Fairbairn Haverstock Marchbank Quarmby Tregear Lumsden '
    'Blenkinsop Sowerby Penhaligon',
    'Pendle|Ribblesdale|Sorrel|Wharfedale|Kittiwake|Bramling|Coldharbour|Fernlea',
    '{n} {s} Road, {c} {p}', [('Leeds', 'LS6 2QT'), ('Bristol', 'BS3 4NJ'), ('Norwich', 'NR2 3DP'),
                             ('Preston', 'PR1 8RH'), ('Swansea', 'SA1 6DE')],
    ['07#########', '0113#######', '0117#######', '01603######'],
    'Full name|Date of birth|Address|Telephone|Email|NHS number|Statement', '%d/%m/%Y',
    ['btinternet.com', 'gmail.com', 'outlook.com', 'sky.com'])
loc('en-US', 'US', 'Kaylee Brantley Delphine Cormac Marisol Tavish Rosalind Dashiell Jolene Everett Maren Thaddeus',
    'Hatchett Pruitt Szymanski Okafor Vandermeer Castellanos Whitlock Abernathy Mulcahy Renteria Stallworth '
    'Dobrowski Kimbrough',
    'Sycamore Bend|Tamarack|Cottonwood|Persimmon|Quail Run|Chickasaw|Saddlebrook|Beaverdam',
    '{n} {s} Dr, {c} {p}', [('Tulsa', 'OK 74105'), ('Dayton', 'OH 45409'), ('Spokane', 'WA 99203'),
                           ('Raleigh', 'NC 27608'), ('Fresno', 'CA 93704')],
    ['918#######', '937#######', '509#######', '919#######', '559#######'],
    'Name|DOB|Address|Phone|Email|SSN|Declaration', '%m/%d/%Y', ['gmail.com', 'yahoo.com', 'icloud.com'])
loc('de-DE', 'DE', 'Wiebke Thorsten Annegret Malte Henrike Jörn Gesine Detlef Silke Ole Ilka Bendix Hauke Frauke',
    'Kettelhake Brüggemann Hinrichsen Pöhlmann Trautwein Schwertfeger Meinhardt Obermüller Lüdtke Zeisberg Harnisch '
    'Oltmanns Düvel',
    'Amsel|Holunder|Lerchen|Kastanien|Weiden|Schlehen|Hagebutten|Wacholder',
    '{s}weg {n}, {p} {c}', [('Bremen', '28203'), ('Kassel', '34119'), ('Münster', '48151'),
                           ('Leipzig', '04275'), ('Kiel', '24105')],
    ['0151########', '0171#######', '0421#######', '0561#######', '0341########'],
    'Name|Geburtsdatum|Anschrift|Telefon|E-Mail|Steuer-ID|Sachverhalt', '%d.%m.%Y',
    ['web.de', 'gmx.de', 't-online.de', 'posteo.de'])
loc('de-AT', 'AT', 'Valentin Theresia Florian Veronika Leopold Hemma Severin Notburga Ferdinand Kunigunde',
    'Auinger Pfandl Rauchenberger Hinterleitner Zechner Strohmaier Ebenbichler Kogler Hörmanseder Wimmleitner',
    'Enzian|Edelweiß|Almrausch|Zirben|Latschen|Krummholz',
    '{s}gasse {n}, {p} {c}', [('Graz', '8010'), ('Linz', '4020'), ('Innsbruck', '6020'), ('Salzburg', '5020')],
    ['0664#######', '0676#######', '0316######', '0732######'],
    'Name|Geburtsdatum|Wohnadresse|Telefon|E-Mail|SV-Nummer|Sachverhalt', '%d.%m.%Y',
    ['gmx.at', 'aon.at', 'chello.at'])
loc('fr-FR', 'FR', 'Solène Gaëtan Maëlys Anatole Bérénice Corentin Ysaline Tanguy Aurore Brieuc Clémence Loïc',
    'Kerbrat Delaunay Rouxel Vasseur Chauvière Lemarchand Perrichon Goasguen Baudouin Quéméner Brossard Letessier',
    'Tanneurs|Cordiers|Glycines|Peupliers|Capucins|Mésanges|Vignerons',
    '{n} rue des {s}, {p} {c}', [('Rennes', '35000'), ('Nantes', '44000'), ('Dijon', '21000'),
                                ('Angers', '49100'), ('Limoges', '87000')],
    ['06########', '07########', '02########', '03########'],
    'Nom et prénom|Date de naissance|Adresse|Téléphone|Courriel|N° de sécurité sociale|Exposé des faits',
    '%d/%m/%Y', ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'])
loc('es-ES', 'ES', 'Iñaki Nerea Aitana Gonzalo Maite Borja Itziar Fermín Ainhoa Begoña Ximo Eneko',
    'Etxeberria Arrieta Olabarria Zurita Cifuentes Garmendia Moratalla Balaguer Urquijo Carbonell Arrizabalaga',
    'Almendros|Alfareros|Jazmines|Tejedores|Azahar|Caldereros',
    'Calle de los {s}, {n}, {p} {c}', [('Valencia', '46005'), ('Bilbao', '48007'), ('Zaragoza', '50004'),
                                       ('Murcia', '30008')],
    ['6########', '96#######', '94#######', '976######'],
    'Nombre y apellidos|Fecha de nacimiento|Domicilio|Teléfono|Correo|DNI|Hechos', '%d/%m/%Y',
    ['gmail.com', 'hotmail.es', 'telefonica.net'])
loc('es-MX', 'MX', 'Ximena Uriel Citlali Yahir Itzel Eréndira Emiliano Xóchitl Tonatiuh Nayeli',
    'Tlapanco Zamudio Xicoténcatl Olvera Quintanilla Bustamante Mendívil Arreola Cuautle Tecuapetla',
    'Ahuehuetes|Colibríes|Jacarandas|Tezontle|Huizaches',
    'Calle {s} {n}, Col. Centro, {p} {c}', [('Puebla, Pue.', 'C.P. 72000'), ('Querétaro, Qro.', 'C.P. 76000'),
                                            ('Morelia, Mich.', 'C.P. 58000')],
    ['55########', '222#######', '442#######', '443#######'],
    'Nombre|Fecha de nacimiento|Domicilio|Teléfono|Correo|CURP|Hechos', '%d/%m/%Y',
    ['gmail.com', 'hotmail.com', 'prodigy.net.mx'])
loc('it-IT', 'IT', 'Ludovica Gianmarco Benedetta Ottavio Ginevra Tancredi Ilaria Corrado Donatella Settimio Fiorella',
    'Abbondanza Scognamiglio Lombardozzi Tagliaferri Zanardelli Bonavita Squillace Mastrangelo Capobianco Sciortino',
    'Gelsi|Tigli|Mughetti|Glicini|Carpentieri|Cordai',
    'Via dei {s} {n}, {p} {c}', [('Bologna', '40125'), ('Bari', '70121'), ('Torino', '10128'),
                                ('Padova', '35121')],
    ['3#########', '051#######', '080#######', '011#######'],
    'Nome e cognome|Data di nascita|Residenza|Telefono|Email|Codice fiscale|Fatti', '%d/%m/%Y',
    ['libero.it', 'virgilio.it', 'alice.it'])
loc('nl-NL', 'NL', 'Sanne Joost Femke Lieke Thijs Marloes Wessel Anouk Gijs Jorien Maaike Bastiaan',
    'Brinkhuis Oosterhout Kraaijeveld Wijnhoven Hooijmans Zwaneveld Teunissen Bosschaart Mulderij Hoogkamp Veldhuizen',
    'Kievit|Reiger|Grutto|Tureluur|Wielewaal|Roerdomp',
    '{s}straat {n}, {p} {c}', [('Utrecht', '3512 AB'), ('Zwolle', '8011 CW'), ('Tilburg', '5038 EB'),
                              ('Groningen', '9711 LM')],
    ['06########', '030#######', '038#######', '050#######'],
    'Naam|Geboortedatum|Adres|Telefoon|E-mail|BSN|Feiten', '%d-%m-%Y', ['ziggo.nl', 'kpnmail.nl', 'gmail.com'])
loc('pl-PL', 'PL', 'Bożena Zdzisław Agnieszka Przemysław Grażyna Radosław Jadwiga Wiesław Ludwik Bogumił Sławomir',
    'Szczepaniak Kaczmarek Pietrzak Sobczak Kołodziej Krawiec Dudek Kubiak Gajda Kędzior Bednarz',
    'Jarzębinowa|Wrzosowa|Kalinowa|Jaśminowa|Porzeczkowa|Tarninowa',
    'ul. {s} {n}, {p} {c}', [('Poznań', '60-101'), ('Lublin', '20-012'), ('Gdańsk', '80-180'),
                            ('Wrocław', '50-020')],
    ['5########', '6########', '7########', '61#######'],
    'Imię i nazwisko|Data urodzenia|Adres|Telefon|E-mail|PESEL|Stan faktyczny', '%d.%m.%Y',
    ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'])
loc('pt-BR', 'BR', 'Thiago Luana Caio Jussara Everaldo Iracema Valdir Rosângela Cauã Tainá Marilene Edivaldo',
    'Bezerra Cavalcanti Albuquerque Magalhães Pimentel Siqueira Damasceno Figueiredo Brandão Junqueira Quintella',
    'Ipês|Jabuticabeiras|Sabiás|Buritis|Mangueiras|Cajueiros',
    'Rua dos {s}, {n}, {c}, CEP {p}', [('Recife - PE', '50610-230'), ('Belo Horizonte - MG', '30150-281'),
                                      ('Curitiba - PR', '80030-000'), ('Fortaleza - CE', '60160-230')],
    ['119########', '819########', '319########', '419########', '813#######'],
    'Nome|Data de nascimento|Endereço|Telefone|E-mail|CPF|Dos fatos', '%d/%m/%Y',
    ['gmail.com', 'uol.com.br', 'bol.com.br', 'hotmail.com'])
loc('pt-PT', 'PT', 'Tomás Leonor Duarte Inês Rodrigo Matilde Gonçalo Afonso Carolina Martim',
    'Valente Fragoso Quaresma Meireles Carvalhal Guerreiro Simões Pacheco Cordeiro Vilaça',
    'Oliveiras|Sobreiros|Medronheiros|Azenhas|Tanoeiros',
    'Rua das {s}, {n}, {p} {c}', [('Braga', '4710-228'), ('Coimbra', '3000-123'), ('Évora', '7000-505')],
    ['9########', '2########'],
    'Nome|Data de nascimento|Morada|Telefone|Email|NIF|Factos', '%d/%m/%Y', ['sapo.pt', 'gmail.com'])
loc('sv-SE', 'SE', 'Linnea Ebba Viggo Tuva Sixten Saga Alva Ture Signe Folke',
    'Bergkvist Sjöberg Hedlund Åkesson Lundqvist Wikström Fagerlund Ekdahl Strandberg Holmgren Ödman',
    'Rönnbärs|Lingon|Hjortron|Sälg|Tranbärs|Videkulls',
    '{s}vägen {n}, {p} {c}', [('Uppsala', '753 20'), ('Umeå', '903 26'), ('Örebro', '702 14')],
    ['07########', '018######', '090######'],
    'Namn|Födelsedatum|Adress|Telefon|E-post|Personnummer|Händelse', '%Y-%m-%d', ['telia.com', 'gmail.com'])
loc('fi-FI', 'FI', 'Aino Eetu Veera Onni Sanni Pihla Tuomas Iida Joonas Ilmari',
    'Mäkelä Heikkinen Lehtonen Rantanen Kärkkäinen Salminen Hämäläinen Väisänen Laaksonen Pesonen Tirkkonen',
    'Pihlaja|Kataja|Tuomi|Vaahtera|Haapa|Kuusi',
    '{s}tie {n}, {p} {c}', [('Tampere', '33100'), ('Oulu', '90100'), ('Jyväskylä', '40100')],
    ['040#######', '050#######', '03#######'],
    'Nimi|Syntymäaika|Osoite|Puhelin|Sähköposti|Henkilötunnus|Tapahtumat', '%d.%m.%Y', ['luukku.com', 'gmail.com'])
loc('nb-NO', 'NO', 'Ingrid Sindre Solveig Eirik Ragnhild Torstein Sigrid Audun Hedda Vegard',
    'Haugland Bakken Fjeldstad Sæther Myklebust Hovland Tveit Rønning Aasen Skjelbred',
    'Bjørkelund|Einerhaug|Lyngbakken|Rognlia|Tyttebær',
    '{s}veien {n}, {p} {c}', [('Bergen', '5003'), ('Trondheim', '7010'), ('Stavanger', '4006')],
    ['4#######', '9#######', '55######'],
    'Navn|Fødselsdato|Adresse|Telefon|E-post|Fødselsnummer|Saksforhold', '%d.%m.%Y', ['online.no', 'gmail.com'])
loc('cs-CZ', 'CZ', 'Vojtěch Bohumil Ondřej Přemysl Radim Kryštof Zbyněk Lubomír Vratislav',
    'Dvořák Procházka Kučera Veselý Horák Pokorný Šťastný Jelínek Kratochvíl Vondráček',
    'Jeřabinová|Šeříková|Lipová|Hlohová|Trnková',
    '{s} {n}, {p} {c}', [('Brno', '602 00'), ('Olomouc', '779 00'), ('Plzeň', '301 00')],
    ['6########', '7########', '5########'],
    'Jméno a příjmení|Datum narození|Bydliště|Telefon|E-mail|Rodné číslo|Skutkový stav', '%d. %m. %Y',
    ['seznam.cz', 'centrum.cz'])
loc('ro-RO', 'RO', 'Ioana Mircea Bianca Sorin Ilinca Tudor Oana Cosmina Bogdan Sânziana',
    'Dumitrescu Munteanu Stanciu Moldovan Constantinescu Bălan Vlădescu Zăvoianu Irimia Căpraru',
    'Teilor|Salcâmilor|Castanilor|Zorelelor|Brânduşei',
    'Str. {s} nr. {n}, {p} {c}', [('Cluj-Napoca', '400114'), ('Iaşi', '700259'), ('Timişoara', '300011')],
    ['07########', '0264######', '0232######'],
    'Nume şi prenume|Data naşterii|Domiciliu|Telefon|E-mail|CNP|Situaţia de fapt', '%d.%m.%Y',
    ['yahoo.com', 'gmail.com'])
loc('tr-TR', 'TR', 'Elif Emre Zeynep Burak Derya Kaan Gülşen Oğuz Nesrin Tolga Sevgül',
    'Yıldırım Öztürk Aydın Şahin Çelik Doğan Arslan Koç Karabulut Eröz Tekinalp',
    'Lale|Menekşe|Akasya|Ihlamur|Manolya|Erguvan',
    '{s} Sokak No: {n}, {p} {c}', [('Kadıköy/İstanbul', '34710'), ('Çankaya/Ankara', '06690'),
                                   ('Karşıyaka/İzmir', '35540')],
    ['5#########', '216#######', '312#######'],
    'Adı soyadı|Doğum tarihi|Adres|Telefon|E-posta|T.C. Kimlik No|Olaylar', '%d.%m.%Y',
    ['hotmail.com', 'gmail.com', 'yandex.com.tr'])
loc('ru-RU', 'RU', 'Светлана Дмитрий Ксения Артём Людмила Ярослав Вера Глеб Олеся Тимофей',
    'Черных Белых Седых Долгих Ткаченко Мироненко Бондаренко Гончаренко Пастух Шевчук',
    'Рябиновая|Черёмуховая|Сиреневая|Брусничная|Кедровая',
    'ул. {s}, д. {n}, кв. {k}, {c}, {p}', [('г. Казань', '420021'), ('г. Самара', '443010'),
                                           ('г. Томск', '634050')],
    ['9#########', '843#######', '846#######'],
    'ФИО|Дата рождения|Адрес|Телефон|Эл. почта|ИНН|Обстоятельства', '%d.%m.%Y', ['yandex.ru', 'mail.ru'])
loc('uk-UA', 'UA', 'Оксана Тарас Богдана Остап Соломія Назар Мирослава Левко Ярина',
    'Кравчук Мельничук Гнатюк Лисенко Ковальчук Гуменюк Савчук Павленко Дячук Федорів',
    'Калинова|Вишнева|Яворова|Смерекова|Ясенева',
    'вул. {s}, {n}, кв. {k}, м. {c}, {p}', [('Львів', '79005'), ('Вінниця', '21050'), ('Полтава', '36011')],
    ['67#######', '50#######', '32#######'],
    'ПІБ|Дата народження|Адреса|Телефон|Ел. пошта|РНОКПП|Обставини', '%d.%m.%Y', ['ukr.net', 'gmail.com'])
loc('el-GR', 'GR', 'Στέλιος Παναγιώτης Θεόδωρος Σπύρος Λευτέρης Χαράλαμπος Μιλτιάδης Ευάγγελος Άγγελος',
    'Καραγιάννης Οικονόμου Δημητρίου Αλεξίου Βλάχος Μαυρίδης Κωνσταντινίδης Τσακίρης Χατζηγεωργίου Σιδηρόπουλος',
    'Ανεμώνης|Βυσσινιάς|Κυκλάμινου|Λεμονιάς|Πλατάνου',
    'Οδός {s} {n}, {p} {c}', [('Θεσσαλονίκη', '546 22'), ('Πάτρα', '262 21'), ('Ηράκλειο', '712 02')],
    ['69########', '231#######', '261#######'],
    'Ονοματεπώνυμο|Ημερομηνία γέννησης|Διεύθυνση|Τηλέφωνο|Email|ΑΜΚΑ|Περιστατικά', '%d/%m/%Y',
    ['otenet.gr', 'gmail.com'])
loc('he-IL', 'IL', 'נועה איתי שירה עומרי הדס אלון יעל אביתר רוני',
    'אזולאי ביטון שפירא אברהמי רוזנטל דהן אלמוג בן-חמו סויסה',
    'הרימון|האלה|השקמה|הצבר|האשל',
    'רחוב {s} {n}, {c} {p}', [('חיפה', '3303211'), ('באר שבע', '8410501'), ('נתניה', '4250000')],
    ['5########', '4#######', '8#######'],
    'שם מלא|תאריך לידה|כתובת|טלפון|דוא"ל|מספר זהות|העובדות', '%d/%m/%Y', ['walla.co.il', 'gmail.com'])
loc('ar-EG', 'EG', 'ياسمين نورهان كريم هبة عمرو سلمى مصطفى رحاب',
    'الشناوي حسنين فرج الجمال البنا عبدالمقصود الدسوقي النجار',
    'الياسمين|النخيل|الجميز|البرتقال',
    '{n} شارع {s}، {c} {p}', [('مدينة نصر، القاهرة', '11371'), ('سموحة، الإسكندرية', '21648'),
                              ('الدقي، الجيزة', '12311')],
    ['10########', '11########', '12########', '2########'],
    'الاسم|تاريخ الميلاد|العنوان|الهاتف|البريد الإلكتروني|الرقم الضريبي|الوقائع', '%d/%m/%Y',
    ['gmail.com', 'yahoo.com'])
loc('hi-IN', 'IN', 'अनुराधा विक्रम प्रियंका सुनीता कविता रोहित मनोहर शालिनी दीपिका',
    'त्रिपाठी चौहान पाण्डेय श्रीवास्तव बघेल उपाध्याय सक्सेना भदौरिया रस्तोगी',
    'गुलमोहर|अमलतास|कचनार|पलाश|सेमल',
    'मकान नं. {n}, {s} मार्ग, {c} - {p}', [('लखनऊ', '226010'), ('भोपाल', '462016'), ('जयपुर', '302017')],
    ['98########', '94########', '70########', '522#######'],
    'नाम|जन्म तिथि|पता|फ़ोन|ईमेल|आधार|तथ्य', '%d/%m/%Y', ['gmail.com', 'rediffmail.com'])
loc('zh-CN', 'CN', '梓萱 浩然 宇航 欣怡 俊杰 雨桐 思远 嘉怡 晓燕 佳琪 一鸣 婉清 泽宇 诗琪 明辉 丽娟 文博 沐阳 若曦 景行 书瑶 铭轩',
    '王 李 张 刘 陈 杨 赵 黄 周 吴 郭 何 罗 韩',
    '丁香|海棠|紫荆|银杏|梧桐|芙蓉|石榴',
    '{c}{s}路{n}号{k}室（邮编{p}）', [('成都市武侯区', '610041'), ('杭州市西湖区', '310012'),
                                   ('武汉市洪山区', '430070')],
    ['13#########', '15#########', '18#########', '28########'],
    '姓名|出生日期|住址|电话|电子邮箱|身份证号|事实经过', '%Y年%m月%d日', ['qq.com', '163.com', '126.com'])
loc('ja-JP', 'JP', '陽菜 大翔 結衣 悠真 美咲 翔太 彩花 健太 真央 拓海 千尋 颯太 琴音 湊',
    '佐藤 鈴木 高橋 渡辺 小林 加藤 吉田 山口 松本 井上 木村 清水 斎藤 森田 石川 長谷川',
    '桜ヶ丘|緑町|若葉台|柳町|梅ヶ丘|松ヶ枝',
    '〒{p} {c}{s}{n}丁目{k}番', [('札幌市中央区', '060-0042'), ('福岡市博多区', '812-0011'),
                               ('仙台市青葉区', '980-0811')],
    ['90########', '80########', '3########', '6########'],
    '氏名|生年月日|住所|電話|メール|マイナンバー|事実', '%Y年%m月%d日', ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com'])
loc('ko-KR', 'KR', '민준 서연 도윤 하은 예준 채원 시우 지안 유나 건우 서진 다온',
    '김 이 박 최 정 강 조 윤 장 임 한 오',
    '매화|은행나무|목련|느티나무|개나리',
    '{c} {s}로 {n}, {k}동 {p}', [('서울특별시 마포구', '04001'), ('부산광역시 해운대구', '48094'),
                                 ('대전광역시 유성구', '34141')],
    ['10########', '2########', '51#######'],
    '성명|생년월일|주소|전화|이메일|주민등록번호|사실관계', '%Y. %m. %d.', ['naver.com', 'daum.net'])
loc('th-TH', 'TH', 'สุดารัตน์ ธนากร วิไลวรรณ กนกวรรณ ณัฐพล พิมพ์ชนก ชยพล อรุณี ศักดิ์ชัย',
    'วงศ์สวัสดิ์ แก้วมณี สายสุวรรณ รัตนพันธ์ ทองประเสริฐ ศรีวิชัย พรหมมา บุญญาศิริ',
    'ประชาอุทิศ|สุขาภิบาล|เทศบาลนิมิต|นาคนิวาส',
    '{n} ถนน{s} {c} {p}', [('เขตลาดพร้าว กรุงเทพฯ', '10230'), ('อ.เมือง เชียงใหม่', '50000'),
                           ('อ.เมือง ขอนแก่น', '40000')],
    ['8########', '9########', '2#######'],
    'ชื่อ-สกุล|วันเกิด|ที่อยู่|โทรศัพท์|อีเมล|เลขประจำตัวประชาชน|ข้อเท็จจริง', '%d/%m/%Y', ['hotmail.com', 'gmail.com'])

# further candidates (compound surnames and given names where the locale composes them)
def cx(a, b, j=''):
    return [x + j + y for x, y in itertools.product(a.split(), b.split())]
EXTRA = {
 'en-GB': dict(first='Ebenezer Tryphena Zillah Jemima Ottoline Peregrine Tarquin Crispin Lettice Clemency Hephzibah Obadiah Jethro Sidony Araminta Perpetua Wilfrid Digory Demelza Loveday Jowan Kerensa Senara Tegen Elowen Piran Cador Gwithian Tamsyn Lowdy Ysolde Bedwyr Gethin Eilidh Ruaridh Morag Torquil Ailsa Seonaid Lachlan Iolo Carys Cerys Dafydd Meinir Heledd Rhodri Siwan Tudur Eifion Elystan Fflur Nesta Cadoc Ianto Aneirin',
              last=cx('Ash Holl Ravens Thorn Black Whin Stain Brack Cross Hazel Gill Birk', 'thwaite croft worth ingham shaw ley bottom')),
 'en-US': dict(first='Jubal Ozias Lavonne Alvena Eudora Zebulon Orval Leafy Arlis Delmer Verlie Ozella Elzie Lurline Odessa Thurman Eldridge Loyd Alpha Mozelle Dovie Ardith Wardell Luvenia Arvilla Delphia Zeb Cleon Talmadge Hollis Versie Ione Ezekial Lela Orpha Lafe Wilbert Beulah Ocie Novella Texanna Jerusha Merritt Shadrach Lavada',
              last=cx('Hatch Pruitt Whit Stall Kim Mul Dob Abern Holl Brink', 'ley worth brough lock more field hurst') ),
 'de-DE': dict(first='Wiltrud Gerlinde Hiltrud Edeltraud Irmtraud Wolfram Giselher Hartwig Swantje Imke Tjark Folkert Reemt Hilke Gesa Okko Enno Wübbo Eilert Meinolf Lambert Heribert Hubertus Gottlieb Burkhard Ansgar Wendelin Liutgard Adelheid Theda Ubbo Hinnerk Jochen Uwe Wigbert Ortwin Waltraud Roswitha Trude Volkmar Gunhild Ingolf Sönke Maik Berit Kerrin Hajo',
              last=cx('Kettel Brügge Tiede Heide Kamp Hasel Lin Rosen Wester Oster Sonne', 'hake mann meier kötter brock wisch beck horst')),
 'de-AT': dict(first='Severin Notburga Kunigunde Hemma Wunibald Bonifaz Engelbert Walburga Crescentia Leopoldine Kajetan Florentina Ignaz Pankraz Vinzenz Wendelin Ottilie Zenzi Mechthild Rupert Virgil Hermagoras Coloman Theodolinde Scholastika',
              last=cx('Hinter Ober Unter Moos Reit Stein Eben', 'leitner huber bichler gruber brunner egger')),
 'fr-FR': dict(first='Anatole Brieuc Tanguy Ysaline Bérénice Solène Gwenaëlle Maëlys Corentin Goulven Tugdual Nolwenn Ronan Erwan Maïwenn Enogat Soizic Clervie Guénolé Jezequel Perrine Honorine Léocadie Théodule Eulalie Philomène Alcide Anselme Evariste Fulbert Hippolyte Léonce Aristide Zéphirin Marcelline Eudoxie Sidonie Clotilde Aurélien Baudouin Pacôme Apolline',
              last=cx('Le Goas Ker Pen Lan Tré Plou', 'bihan guen loc vern drézen hervé madec gall') + cx('Chauv Marchan Perr Brossard Tess', 'ière ichon eau ard')),
 'es-ES': dict(first='Iñaki Nerea Itziar Fermín Ainhoa Begoña Ximo Eneko Aritz Edurne Garazi Unai Oihana Ibai Jon Leire Maialen Peio Xabier Gorka Arantxa Amaia Nekane Xurxo Uxía Breixo Antía Iago Xoán Brais Sabela Roi Martiño Uxue Aitziber Kepa Josune Iker Telmo Nuño Elvira Eufemia Inmaculada Casimiro Ezequiel Baltasar Remedios Encarnación Sagrario Leocadio Gumersindo',
              last=cx('Etxe Arri Ola Gar Uri Zubi Ibar Aldai Goi Beitia Larra', 'berria eta barria mendi arte zabal goitia ondo')),
 'es-MX': dict(first='Citlali Itzel Eréndira Xóchitl Tonatiuh Nayeli Yahir Cuauhtémoc Tenoch Quetzalli Yaretzi Atzin Ixchel Nezahualcóyotl Tlanextli Yoltzin Izel Anahí Iztli Meztli Tecuani Ameyali Yaotl Zyanya Citlalmina Eztli Nahui Necalli',
              last=cx('Tlapan Cuaut Teca Xico Tepe Ocot Zacat Chapul', 'co la tl epec ecatl itla ongo')),
 'it-IT': dict(first='Tancredi Settimio Fiorella Ottavio Ludovica Gianmarco Donatella Corrado Benedetta Ilaria Ginevra Annunziata Carmelina Concetta Crocifissa Gaetano Calogero Gerlando Rosalia Santo Vito Nunzio Pasqualina Filomena Gennaro Ciro Assunta Addolorata Cosimo Damiano Oronzo Sabino Felicita Liborio Eustachio Irmo Nives Ermenegildo Fulvio Teodolinda Gualtiero Manfredi Tullio Flavio',
              last=cx('Bernard Martin Rinald Gentil Bonifac Lorenz Benedett Santor Pellegr Ciccar Tommas Giacom Bartol Franchin Guid', 'ini etti elli ucci one otti')),
 'nl-NL': dict(first='Jorien Maaike Bastiaan Wessel Marloes Lieke Femke Gijs Thijs Sanne Anouk Joost Hendrikje Geertruida Wubbe Sjoerd Tjitske Hylke Wopke Jildou Aukje Douwe Hiske Sytse Rinske Folkert Bauke Minke Jelte Tjeerd Wietske Ids Anneke Joukje Gerbrich Reinout Casper Diederik Floortje Marijke',
              last=cx('Brink Oost Kraai Wijn Hooi Zwane Bos Hoog Velt Weer Bloem', 'huis erhout jeveld hoven mans veld schaart kamp huizen sma stra')),
 'pl-PL': dict(first='Bożydar Przemysław Zdzisław Radosław Wiesław Bogumił Sławomir Ludwik Mściwój Dobromir Ziemowit Lechosław Bolesław Wojsław Sambor Mieszko Racibor Bogusław Czcibor Jarogniew Wszebor Krystian Wawrzyniec Teofil Hieronim Florian Ignacy Ambroży Zenon Euzebiusz',
              last=cx('Szczep Kaczm Pietrz Sobcz Kołodz Krawc Dud Kub Gajd Kędz Bedn Wróbl', 'ak arek iej ek uk ik')),
 'pt-BR': dict(first='Everaldo Iracema Valdir Rosângela Cauã Tainá Marilene Edivaldo Jussara Luana Thiago Caio Ubirajara Jandira Raoni Moacir Iara Jurema Potira Araci Juraci Aurelina Genivaldo Josivaldo Erivaldo Valdemiro Lucineide Marinalva Cleidiane Gildásio Adenilson Rosivaldo Claudionor Edenilson Francisvaldo',
              last=cx('Zanet Bortol Piccin Dalla Zucch Sartor Facchin Pavan Tonet Marchet', 'ti i elli ato on in')),
 'pt-PT': dict(first='Martim Leonor Duarte Matilde Gonçalo Afonso Tomás Inês Carolina Rodrigo Brízida Gervásio Leopoldina Ermelinda Deolinda Albertina Custódio Belmiro Aníbal Ilídio Hermínio Arminda Gracinda Olímpia Benvinda Lucinda Salvador Zulmira',
              last=cx('Carvalh Olive Pereir Figueir Castanh Amieir Salgueir Loureir', 'al ais inho edo ido')),
 'sv-SE': dict(first='Sixten Ture Signe Folke Tuva Viggo Saga Alva Ebba Linnea Gösta Sigvard Ragnvald Torgny Hjalmar Edvin Birger Eskil Ingvar Sture Valdemar Dagny Gunborg Solbritt Inga-Lill Margit Ingegerd Kerstin Britt-Marie Helmer Algot Elof Arvid Assar Botvid',
              last=cx('Berg Sjö Hed Åke Lund Wik Fager Ek Strand Holm Ös Lövs Al Björk Gran', 'kvist berg lund sson qvist ström dahl gren holm blad')),
 'fi-FI': dict(first='Ilmari Aino Eetu Veera Onni Sanni Pihla Tuomas Iida Joonas Väinö Aaro Eino Toivo Ilta Kerttu Siiri Lempi Tyyne Viljo Urho Aarne Sulo Helmi Aili Impi Anelma Tauno Reino Raili Sirkka Kyllikki Martta Ensio Veikko Oiva Unto',
              last=cx('Kivi Mäki Koski Järvi Lahti Niemi Salo Suo Vuori Harju Rinne Haka Kallio', 'nen la mäki lahti niemi aho vaara')),
 'nb-NO': dict(first='Ingrid Sindre Solveig Eirik Ragnhild Torstein Sigrid Audun Hedda Vegard Gunnhild Halvor Åsmund Tormod Sigurd Torbjørn Aslaug Gudrun Ragnvald Eilif Helge Kjellaug Sveinung Tjostolv Borghild Olav Aslak Tarjei Signy Gyda Åshild Vebjørn',
              last=cx('Haug Bakk Fjeld Myk Hov Tve Røn Aas Skjel Bjør Lyng', 'land en stad lebust land it ning en bred kås haug')),
 'cs-CZ': dict(first='Vojtěch Bohumil Ondřej Přemysl Radim Kryštof Zbyněk Lubomír Vratislav Bořivoj Vladislav Ctirad Slavomír Dobroslav Čestmír Hostivít Zdeslav Jaromír Vítězslav Drahomír Věroslav Svatopluk Bohuslav Břetislav Radoslav Metoděj Prokop Vavřinec Kilián',
              last=cx('Hrub Kouk Svob Mach Slav Krejč Bart Dušk Kos Vlč Pech Šim Bedn Kovar', 'ák ík ek ánek')),
 'ro-RO': dict(first='Ioana Mircea Bianca Sorin Ilinca Tudor Oana Cosmina Bogdan Sânziana Dorin Voichița Florica Aurel Ovidiu Virgil Tiberiu Horia Lucreția Viorica Relu Costică Ilarie Codrin Doina Rodica Ecaterina Nicoleta Iulian Octavian Traian Lucian',
              last=cx('Dumitr Munt Stanc Mold Constantin Băl Vlăd Zăvoi Irim Căpr Ursach Lupaș', 'escu eanu iu oveanu an ia aru')),
 'tr-TR': dict(first='Elif Emre Zeynep Burak Derya Kaan Gülşen Oğuz Nesrin Tolga Sevgül Bülent Şükrü Hüsnü Nurhan Türkan Nilüfer Gülbahar Yıldız Sabahattin Nurettin Fikret Cemil Necmettin Ayten Müzeyyen Şerife Hatice Tuncay Ertuğrul Alparslan Kubilay Oktay Orhan Sevim Filiz Gönül Nermin Saadet Bedriye',
              last=cx('Kara Ak Gök Yıl Er Tek Öz Demir Taş Kurt Doğan Çakır', 'bulut tepe su alp dağ kaya inalp soy can han er')),
 'ru-RU': dict(first='Всеволод Святослав Мирон Елисей Ростислав Феофан Игнатий Прохор Евграф Савва Лука Филат Мстислав Вячеслав Добрыня Тихон Ермолай Фрол Аким Парамон Никифор Онуфрий Матвей Демид Радомир Велимир Гордей Платон Кузьма Фома Артемий',
              last=cx('Загор Кузьм Сорок Журавл Вороб Медвед Снегир Лебед Соловь Щеглов Чиж Грач Дроздов Синиц Ершов', 'ов ин ский ёв')),
 'uk-UA': dict(first='Зиновій Ярема Мирон Данило Орест Любомир Северин Богдан Тарас Остап Назар Левко Ярослав Маркіян Лука Соломон Арсен Данилo Ігор Зенон Роман Стефан Юліан Омелян Іларіон Мар\'ян',
              last=cx('Остап Гриц Мирош Данил Семен Кравц Тимош Клим Гаврил Панас Федь Мартин Луць Дмитр', 'чук енко ук ишин ів як')),
 'el-GR': dict(first='Ξενοφών Περικλής Θεμιστοκλής Λεωνίδας Ορέστης Φίλιππος Πρόδρομος Ζαχαρίας Αχιλλέας Τιμολέων Κλεάνθης Μενέλαος Ευκλείδης Αριστείδης Διομήδης Πολύκαρπος Ιάσονας Ανδρόνικος Αρσένιος Στυλιανός Ευστάθιος Παντελεήμων Αναστάσιος Ιπποκράτης Σωτήριος Χρύσανθος Δαμιανός',
              last=cx('Καρα Παπα Χατζη Μαυρο Κοντο Ψαρο', 'θανάσης μιχάλης στεφανίδης λαμπρόπουλος παντελίδης σταυρίδης ζαφειρίου')),
 'he-IL': dict(first='אביעד נוגה ליאב עדיאל טליה יהונתן אביגיל נריה הללי צוריאל ידידיה אלישבע מעיין שקד ליאור עמיחי נחמיה אריאל רעות הדר יובל אחינועם שילת אליעד ענבל צליל',
              last=cx('גולד רוזן זילבר גרין ברג בלום פלד וייס שוורץ', 'בלט שטיין מן בוים פלד טל ברג') ),
 'ar-EG': dict(first='ياسمين نورهان كريم هبة عمرو سلمى مصطفى رحاب شريف دعاء وليد منى حازم سماح تامر إيناس أيمن رشا هشام نيرمين علاء شيماء مدحت سوزان عصام نجلاء ضياء إسراء رامي شهيرة',
              last='الحلواني النحاس العطار الزيات الفخراني الطحان الخياط السقا البرادعي القليوبي المنوفي الفيومي الأسيوطي الدمياطي الشرقاوي البحيري الطنطاوي السوهاجي الأقصري الدمنهوري المحلاوي الزقازيقي البنهاوي الإسنايي المنشاوي الشبراوي الملواني الفرشوطي'.split()),
 'hi-IN': dict(first=cx('देव राज हर्ष अमर विश्व सूर्य चन्द्र इन्द्र ज्ञान प्रेम', 'नाथ कांत दीप पाल वीर मोहन प्रकाश') ,
              last='कुलश्रेष्ठ विजयवर्गीय खण्डेलवाल माहेश्वरी सिंघल तायल कंसल भार्गव पुरोहित बहुगुणा नौटियाल थपलियाल डंगवाल भंडारी उनियाल कोठियाल सेमवाल ममगाईं घिल्डियाल डोभाल बडोनी पोखरियाल रतूड़ी त्रिपाठी चौहान पाण्डेय श्रीवास्तव बघेल उपाध्याय सक्सेना भदौरिया रस्तोगी कुशवाहा निगम माथुर दीक्षित अग्निहोत्री चतुर्वेदी बाजपेयी शुक्ल तिवारी राठौर सिसोदिया भटनागर खत्री अरोड़ा मेहरोत्रा'.split()),
 'zh-CN': dict(first=cx('梓 浩 宇 欣 俊 雨 思 嘉 晓 佳 一 婉 泽 诗 明 沐 若 景 书 铭 睿 奕 瑾 芷 昕', '萱 然 航 怡 杰 桐 远 燕 琪 鸣 清 辉 阳 曦 行 瑶 轩 宁 涵 珂 霖 彤'),
              last='蔡 钟 潘 魏 蒋 谭 廖 邹 熊 龚 邱 侯 尹 段 雷 汤 孔 毛 邵 贺 顾 孟 龙 覃 钱 戴 严 卢 曾 彭 萧 程 崔 范 姚 谢 邓 冯 沈 唐 董 叶 傅 夏 姜 陆 秦 邢 黎 康 贾 汪 温 柳'.split()),
 'ja-JP': dict(first=cx('陽 結 悠 美 翔 彩 健 真 拓 千 颯 琴 湊 蒼 凛 葵 律 碧 紬 朔', '菜 衣 咲 太 花 央 海 尋 汰 音 斗 介 希 乃 人 奈 輝'),
              last='三浦 藤原 岡田 後藤 前田 西村 中島 原田 小野 竹内 金子 和田 中野 杉山 村上 坂本 遠藤 青木 藤井 福田 太田 今井 河野 丸山 大野 増田 平野 菅原 久保 桑原 横山 宮崎 内田 高木 安藤 谷口 大塚 野村 松田 千葉 岩崎 荒木 北村 片山 松井 土屋 吉川 熊谷 秋山'.split()),
 'ko-KR': dict(first=cx('민 서 도 하 예 지 수 현 준 채 윤 태 승 재 은 소 건 우 시 연', '준 연 윤 은 호 빈 우 원 아 진 희 린 율 현 서 혁 훈 영 경 석'),
              last='탁 모 반 봉 편 엄 변 채 천 방 공 현 함 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 라 왕 금 옥 육 인 맹 제 국 어 은 용 남궁 제갈 선우 황보 독고 사공 서문 동방'.split()),
 'th-TH': dict(first=cx('ธนา วรา ศิริ กิตติ พิม ณัฐ ปิยะ อภิ ชุติ ภัทร', 'พร ชัย วรรณ รัตน์ พงศ์ ภา นันท์ กานต์ ญา มา'),
              last=cx('ศรี วงศ์ แก้ว สาย รัตน ทอง พรหม บุญ', 'สวัสดิ์ มณี สุวรรณ พันธ์ ประเสริฐ วิชัย ญาศิริ เจริญ')),
}
STREETS_EXTRA = {
 'he-IL~': 'הדקל הברוש התמר הגפן השיטה הרותם הנרקיס הכלנית הסביון החצב הדודאים המרווה האירוס הסחלב',
 'ko-KR~': '감나무 모과나무 살구나무 앵두나무 소나무 벚꽃 라일락 수국 들국화 해바라기',
 'ru-RU~': 'Клюквенная Смородиновая Малиновая Ежевичная Боярышниковая Тополиная Липовая Вересковая Пихтовая',
 'hi-IN~': 'नीम पीपल बरगद आम्रपाली चम्पा जूही मालती केतकी सारंग',
 'pt-BR~': 'Sapotizeiros Mulungus Cambucás Canafístulas Pequizeiros Quaresmeiras Sibipirunas Guapuruvus Embaúbas',
 'en-GB': 'Kingcup Tormentil Samphire Whinchat Brackenbury Cowslip Yarrow Meadowsweet Sedgemoor Burdock Stitchwort Hawkbit',
 'en-US': 'Sassafras Buckeye Pawpaw Redbud Chinquapin Bluestem Whippoorwill Catalpa Hackberry Sweetgum Bobwhite',
 'de-DE': 'Schlüsselblumen Eberesche Kiebitz Rotdorn Wiesenknopf Sanddorn Ginster Brombeer Mispel Faulbaum',
 'fr-FR': 'Chardonnerets Tisserands Sabotiers Vanniers Passementiers Églantiers Aubépines Merisiers Cardeurs',
 'es-ES': 'Curtidores Cesteros Tintoreros Albardoneros Madroños Alcornoques Cordoneros Guarnicioneros',
 'es-MX': 'Ocotillos Mezquites Tepozanes Nopaleras Zempoaltépetl Huejotes Colorines',
 'it-IT': 'Bottai Cestai Lanaioli Corbezzoli Biancospini Gelsomini Vetrai Ramai Tintori',
 'pl-PL': 'Głogowa Berberysowa Rokitnikowa Szakłakowa Derenia Żarnowcowa Kruszynowa',
 'fi-FI': 'Raita Pajukko Tervaleppä Pihlajisto Kanerva Katajisto Mustikka Suopursu',
 'cs-CZ': 'Dřínová Habrová Jasanová Tisová Bezová Kalinová Rakytníková',
 'ro-RO': 'Măceșilor Cireșilor Scoruşului Gorunului Mesteacănului Alunului',
 'tr-TR': 'Begonvil Kamelya Zakkum Ortanca Nergiz Sümbül Gelincik',
 'ru-RU': 'Облепиховая Жимолостная Калиновая Можжевеловая Ольховая Рябиновый',
 'uk-UA': 'Ожинова Бузинова Грабова Терносливова Глодова Шипшинова',
 'he-IL': 'הדולב התאנה הערבה האלון הזית החרוב הלוטם הכליל',
 'ar-EG': 'الصفصاف الكافور التوت السنط الجوافة المانجو',
 'hi-IN': 'कदम्ब शिरीष हरसिंगार मौलश्री अशोक बकुल',
 'zh-CN': '芍药 木槿 紫薇 蔷薇 杜鹃 桂花 玉兰 茉莉 棠棣',
 'ja-JP': '藤見台 椿町 楓が丘 萩原町 柊町 桔梗台 菖蒲町',
 'ko-KR': '진달래 동백 산수유 배롱나무 자작나무 회화나무',
 'el-GR': 'Κυπαρισσιού Ροδιάς Μυρτιάς Δάφνης Ιτιάς Μουριάς',
 'sv-SE': 'Kvitten Slån Hassel Nypon Fläder Olvon',
 'nl-NL': 'Zwarte Ruiter Kluut Wulp Scholekster Strandloper Lepelaar Bontbek',
 'pt-BR': 'Pitangueiras Aroeiras Jatobás Ingazeiras Paineiras Goiabeiras',
 'th-TH': 'ราชพฤกษ์ ชัยพฤกษ์ อินทนิล ตะแบก',
}


LATIN_INITIALS = {t: 'ABCDEFGHIJKLMNOPRSTVW' for t in
                  ('en-GB', 'en-US', 'de-DE', 'de-AT', 'fr-FR', 'es-ES', 'es-MX', 'it-IT', 'nl-NL', 'pl-PL', 'pt-BR',
                   'pt-PT', 'sv-SE', 'fi-FI', 'nb-NO', 'cs-CZ', 'ro-RO', 'tr-TR')}

LATIN_TRANSLIT = {  # e-mail local parts for non-Latin locales
    'ru-RU': 'svetlana.ch oleg.t g.sedykh k.tkachenko artyom.m vera.bondarenko'.split(),
    'uk-UA': 'oksana.kravchuk taras.m bohdana.h ostap.l solomiia.k nazar.s'.split(),
    'el-GR': 'stelios.k p.oikonomou theo.dimitriou s.vlachos lefteris.m'.split(),
    'he-IL': 'noa.azulay itay.b shira.shapira omri.a hadas.r'.split(),
    'ar-EG': 'yasmin.elshenawy nourhan.h karim.farag heba.elgamal amr.elbanna'.split(),
    'hi-IN': 'anuradha.t vikram.chauhan priyanka.p sunita.srivastava rohit.b'.split(),
    'zh-CN': 'wang.zixuan haoran.li zhang.yuhang liu.xinyi chenjunjie'.split(),
    'ja-JP': 'sato.hina yuma.suzuki takahashi.yui misaki.w kenta.kobayashi'.split(),
    'ko-KR': 'minjun.kim seoyeon.lee park.doyun haeun.choi yejun.jung'.split(),
    'th-TH': 'sudarat.w thanakorn.k wilaiwan.s kanokwan.r nattapol.t'.split(),
}

FAMILY_FIRST = {'zh-CN', 'ja-JP', 'ko-KR'}


# ----------------------------------------------------------------------------------------------------------
# identifiers (each generated to pass its python-stdnum module)
def _mod(name):
    return importlib.import_module('stdnum.' + name)


def brute(rng, make, module, tries=20000):
    m = _mod(module)
    for _ in range(tries):
        v = make(rng)
        if m.is_valid(v):
            return v
    raise SystemExit(f'could not generate a valid {module}')


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def dob_digits(d, fmt):
    return d.strftime(fmt)


def id_for(rng, tag, d, sex):
    """The locale's own citizen/tax/insurance number for a person born d: (entity, label, value)."""
    yy, mm, dd = d.strftime('%y'), d.month, d.day
    if tag == 'en-GB':
        v = brute(rng, lambda r: digits(r, 10), 'gb.nhs')
        return 'HEALTH_INSURANCE', 'NHS number', f'{v[:3]} {v[3:6]} {v[6:]}'
    if tag == 'en-US':
        def mk(r):
            return f'{r.randint(1, 665):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}'
        v = brute(rng, mk, 'us.ssn')
        return 'ssn', 'SSN', f'{v[:3]}-{v[3:5]}-{v[5:]}'
    if tag == 'de-DE':
        v = brute(rng, lambda r: str(r.randint(1, 9)) + digits(r, 10), 'de.idnr')
        return 'TAX_ID', 'Steuer-ID', f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}'
    if tag == 'de-AT':
        v = brute(rng, lambda r: str(r.randint(1, 9)) + digits(r, 3) + d.strftime('%d%m%y'), 'at.vnr')
        return 'HEALTH_INSURANCE', 'SV-Nummer', f'{v[:4]} {v[4:]}'
    if tag == 'fr-FR':
        base = f'{1 if sex == "m" else 2}{yy}{mm:02d}{rng.choice(["35", "44", "21", "49", "87", "75"])}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}'
        v = brute(rng, lambda r: base + f'{97 - int(base) % 97:02d}', 'fr.nir')
        return 'HEALTH_INSURANCE', 'N° de sécurité sociale', f'{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}'
    if tag == 'es-ES':
        if rng.random() < 0.35:
            def mk(r):
                n = r.choice('XYZ') + digits(r, 7)
                return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[int('XYZ'.index(n[0]).__str__() + n[1:]) % 23]
            v = brute(rng, mk, 'es.nie')
            return 'NATIONAL_ID', 'NIE', v
        def mk(r):
            n = digits(r, 8)
            return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(n) % 23]
        v = brute(rng, mk, 'es.dni')
        return 'NATIONAL_ID', 'DNI', v
    if tag == 'es-MX':
        return mx_curp(rng, d, sex)
    if tag == 'it-IT':
        return it_cf(rng, d, sex)
    if tag == 'nl-NL':
        v = brute(rng, lambda r: str(r.randint(1, 6)) + digits(r, 8), 'nl.bsn')
        return 'NATIONAL_ID', 'BSN', v
    if tag == 'pl-PL':
        m = mm + (20 if d.year >= 2000 else 0)
        base = f'{yy}{m:02d}{dd:02d}'
        def mk(r):
            s = digits(r, 3) + r.choice('13579' if sex == 'm' else '02468')
            return base + s + r.choice('0123456789')
        v = brute(rng, mk, 'pl.pesel')
        return 'NATIONAL_ID', 'PESEL', v
    if tag == 'pt-BR':
        v = brute(rng, lambda r: digits(r, 11), 'br.cpf')
        return 'TAX_ID', 'CPF', f'{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}'
    if tag == 'pt-PT':
        v = brute(rng, lambda r: r.choice('123') + digits(r, 8), 'pt.nif')
        return 'TAX_ID', 'NIF', v
    if tag == 'sv-SE':
        v = brute(rng, lambda r: d.strftime('%y%m%d') + '-' + digits(r, 4), 'se.personnummer')
        return 'NATIONAL_ID', 'Personnummer', v
    if tag == 'fi-FI':
        sep = '-' if d.year < 2000 else 'A'
        v = brute(rng, lambda r: d.strftime('%d%m%y') + sep + f'{r.randint(2, 899):03d}' + r.choice('0123456789ABCDEFHJKLMNPRSTUVWXY'), 'fi.hetu')
        return 'NATIONAL_ID', 'Henkilötunnus', v
    if tag == 'nb-NO':
        v = brute(rng, lambda r: d.strftime('%d%m%y') + f'{r.randint(0, 499):03d}' + digits(r, 2), 'no.fodselsnummer')
        return 'NATIONAL_ID', 'Fødselsnummer', v
    if tag == 'cs-CZ':
        v = brute(rng, lambda r: d.strftime('%y%m%d') + digits(r, 4), 'cz.rc')
        return 'NATIONAL_ID', 'Rodné číslo', v[:6] + '/' + v[6:]
    if tag == 'ro-RO':
        s = ('5' if sex == 'm' else '6') if d.year >= 2000 else ('1' if sex == 'm' else '2')
        v = brute(rng, lambda r: s + d.strftime('%y%m%d') + r.choice(['12', '22', '35', '40']) + digits(r, 4), 'ro.cnp')
        return 'NATIONAL_ID', 'CNP', v
    if tag == 'tr-TR':
        v = brute(rng, lambda r: str(r.randint(1, 9)) + digits(r, 10), 'tr.tckimlik')
        return 'NATIONAL_ID', 'T.C. Kimlik No', v
    if tag == 'ru-RU':
        v = brute(rng, lambda r: r.choice(['16', '63', '70']) + digits(r, 10), 'ru.inn')
        return 'TAX_ID', 'ИНН', v
    if tag == 'uk-UA':
        v = brute(rng, lambda r: str(r.randint(2, 3)) + digits(r, 9), 'ua.rntrc')
        return 'TAX_ID', 'РНОКПП', v
    if tag == 'el-GR':
        if rng.random() < 0.5:
            v = brute(rng, lambda r: d.strftime('%d%m%y') + digits(r, 5), 'gr.amka')
            return 'HEALTH_INSURANCE', 'ΑΜΚΑ', v
        v = brute(rng, lambda r: r.choice('01') + digits(r, 8), 'gr.vat')
        return 'TAX_ID', 'ΑΦΜ', v
    if tag == 'he-IL':
        v = brute(rng, lambda r: digits(r, 9), 'il.idnr')
        return 'NATIONAL_ID', 'ת"ז', v
    if tag == 'ar-EG':
        v = brute(rng, lambda r: r.choice('2345') + digits(r, 8), 'eg.tn')
        return 'TAX_ID', 'الرقم الضريبي', f'{v[:3]}-{v[3:6]}-{v[6:]}'
    if tag == 'hi-IN':
        if rng.random() < 0.6:
            v = brute(rng, lambda r: str(r.randint(2, 9)) + digits(r, 11), 'in_.aadhaar')
            return 'NATIONAL_ID', 'आधार', f'{v[:4]} {v[4:8]} {v[8:]}'
        v = brute(rng, lambda r: ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + 'P' +
                  r.choice('BCKPRSTUVY') + digits(r, 4) + r.choice('ABCDEFGHJKLMNPRSTUVWXYZ'), 'in_.pan')
        return 'TAX_ID', 'PAN', v
    if tag == 'zh-CN':
        area = rng.choice(['510107', '330106', '420111'])
        v = brute(rng, lambda r: area + d.strftime('%Y%m%d') + digits(r, 2) + r.choice('13579' if sex == 'm' else '02468') + r.choice('0123456789X'), 'cn.ric')
        return 'NATIONAL_ID', '身份证号', v
    if tag == 'ja-JP':
        v = brute(rng, lambda r: str(r.randint(1, 9)) + digits(r, 11), 'jp.in_')
        return 'NATIONAL_ID', 'マイナンバー', f'{v[:4]} {v[4:8]} {v[8:]}'
    if tag == 'ko-KR':
        s = ('3' if sex == 'm' else '4') if d.year >= 2000 else ('1' if sex == 'm' else '2')
        v = brute(rng, lambda r: d.strftime('%y%m%d') + s + digits(r, 6), 'kr.rrn')
        return 'NATIONAL_ID', '주민등록번호', v[:6] + '-' + v[6:]
    if tag == 'th-TH':
        v = brute(rng, lambda r: str(r.randint(1, 8)) + digits(r, 12), 'th.pin')
        return 'NATIONAL_ID', 'เลขประจำตัวประชาชน', f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}'
    raise KeyError(tag)


_CF_MONTH = 'ABCDEHLMPRST'


def _cf_code(s, first=False):
    s = re.sub(r'[^A-Z]', '', s.upper().replace('À', 'A').replace('È', 'E').replace('Ì', 'I').replace('Ò', 'O').replace('Ù', 'U'))
    cons = [c for c in s if c not in 'AEIOU']
    vow = [c for c in s if c in 'AEIOU']
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ''.join((cons + vow + ['X', 'X', 'X'])[:3])


def it_cf(rng, d, sex, names=None):
    from stdnum.it import codicefiscale as cf
    last, first = names or ('ROSSETTI', 'MARCO')
    day = d.day + (40 if sex == 'f' else 0)
    body = _cf_code(last) + _cf_code(first, True) + d.strftime('%y') + _CF_MONTH[d.month - 1] + f'{day:02d}' + \
        rng.choice(['A944', 'A662', 'L219', 'G224'])
    v = body + cf.calc_check_digit(body)
    cf.validate(v)
    return 'TAX_ID', 'Codice fiscale', v


def mx_curp(rng, d, sex):
    from stdnum.mx import curp
    for _ in range(5000):
        body = (rng.choice('BCDFGHJLMNPRSTVZ') + rng.choice('AEIOU') + rng.choice('BCDFGHJLMNPRSTVZ') +
                rng.choice('ABCDEFGHIJLMNOPRSTUVZ') + d.strftime('%y%m%d') + ('H' if sex == 'm' else 'M') +
                rng.choice(['PL', 'QT', 'MN', 'DF']) + ''.join(rng.choice('BCDFGHJLMNPRSTVZ') for _ in range(3)) +
                ('0' if d.year < 2000 else 'A'))
        v = body + curp.calc_check_digit(body + '0') if hasattr(curp, 'calc_check_digit') else None
        if v and curp.is_valid(v):
            return 'NATIONAL_ID', 'CURP', v
    raise SystemExit('curp')


IBAN_BBAN = {  # country: BBAN length pattern (digits unless noted)
    'GB': lambda r: r.choice(['NWBK', 'BARC', 'LOYD', 'HBUK']) + digits(r, 14),
    'DE': lambda r: digits(r, 18), 'AT': lambda r: digits(r, 16), 'FR': lambda r: digits(r, 23),
    'ES': lambda r: digits(r, 20), 'IT': lambda r: r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 22),
    'NL': lambda r: r.choice(['RABO', 'INGB', 'ABNA', 'SNSB']) + digits(r, 10), 'PL': lambda r: digits(r, 24),
    'PT': lambda r: digits(r, 21), 'SE': lambda r: digits(r, 20), 'FI': lambda r: digits(r, 14),
    'NO': lambda r: digits(r, 11), 'CZ': lambda r: digits(r, 20), 'RO': lambda r: r.choice(['BTRL', 'RNCB', 'BRDE']) + digits(r, 16),
    'TR': lambda r: digits(r, 22), 'UA': lambda r: digits(r, 25), 'GR': lambda r: digits(r, 23),
    'IL': lambda r: digits(r, 19), 'EG': lambda r: digits(r, 25), 'BR': lambda r: digits(r, 23) + r.choice('CP') + digits(r, 1),
}
IBAN_EXAMPLES = {'DE89370400440532013000', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606',
                 'ES9121000418450200051332', 'IT60X0542811101000000123456', 'NL91ABNA0417164300',
                 'PL61109010140000071219812874', 'AT611904300234573201', 'BE68539007547034', 'CH9300762011623852957'}


def make_iban(rng, cc):
    for _ in range(20000):
        bban = IBAN_BBAN[cc](rng)
        v = cc + std_iban.calc_check_digits(cc + '00' + bban) + bban
        if std_iban.is_valid(v) and v not in IBAN_EXAMPLES:
            return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    raise SystemExit('iban ' + cc)


TEST_CARDS = {'4111111111111111', '4242424242424242', '5555555555554444', '4012888888881881', '5105105105105100',
              '378282246310005', '4000056655665556', '6011111111111117'}


def make_card(rng):
    for _ in range(1000):
        pre = rng.choice(['4' + digits(rng, 5), '51' + digits(rng, 4), '53' + digits(rng, 4), '2221' + digits(rng, 2)])
        body = pre + digits(rng, 9)
        v = body + luhn.calc_check_digit(body)
        if luhn.is_valid(v) and v not in TEST_CARDS:
            return ' '.join(v[i:i + 4] for i in range(0, 16, 4))
    raise SystemExit('card')


def make_us_bank(rng):
    rtn = brute(rng, lambda r: r.choice(['0', '1', '2', '3']) + str(r.randint(1, 9)) + digits(r, 7), 'us.rtn')
    return f'routing {rtn}, account {digits(rng, rng.choice([9, 10, 12]))}'


RESERVED_PHONE_PREFIXES = ('7700900', '7700 900', '555')


def make_phone(rng, loc_, intl=None, fixed=False):
    region = loc_['region']
    for _ in range(5000):
        pat = rng.choice(loc_['phones'])
        raw = ''.join(rng.choice('0123456789') if ch == '#' else ch for ch in pat)
        try:
            n = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        nsn = phonenumbers.national_significant_number(n)
        if not phonenumbers.is_valid_number_for_region(n, region):
            continue
        if fixed and phonenumbers.number_type(n) not in (phonenumbers.PhoneNumberType.FIXED_LINE,
                                                         phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            continue
        if region == 'GB' and nsn.startswith('7700900'):
            continue
        if region == 'US' and nsn[3:6] == '555':
            continue
        use_intl = intl if intl is not None else rng.random() < 0.4
        fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if use_intl else phonenumbers.PhoneNumberFormat.NATIONAL
        s = phonenumbers.format_number(n, fmt)
        assert phonenumbers.is_valid_number(phonenumbers.parse(s, region)), s
        return s
    raise SystemExit('phone ' + region)


def make_ip(rng):
    for _ in range(1000):
        a = ipaddress.ip_address(rng.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global and not any(a in ipaddress.ip_network(n) for n in
                                   ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')):
            return str(a)
    raise SystemExit('ip')


PASSPORT_FMT = {'en-GB': '#########', 'en-US': '5########', 'de-DE': 'C@@@@@@@@', 'de-AT': 'P#######',
                'fr-FR': '##AA#####', 'es-ES': 'AAA######', 'es-MX': 'G########', 'it-IT': 'YA#######',
                'nl-NL': 'AA@@@@@@#', 'pl-PL': 'AA#######', 'pt-BR': 'FA######', 'pt-PT': 'C######',
                'sv-SE': '########', 'fi-FI': 'FP#######', 'nb-NO': 'FC#######', 'cs-CZ': '########',
                'ro-RO': '0#######', 'tr-TR': 'U########', 'ru-RU': '7########', 'uk-UA': 'FA######',
                'el-GR': 'AA#######', 'he-IL': '3#######', 'ar-EG': 'A########', 'hi-IN': 'A#######',
                'zh-CN': 'E########', 'ja-JP': 'TK#######', 'ko-KR': 'M########', 'th-TH': 'AA#######'}
ISO3 = {'en-GB': 'GBR', 'en-US': 'USA', 'de-DE': 'D<<', 'de-AT': 'AUT', 'fr-FR': 'FRA', 'es-ES': 'ESP',
        'es-MX': 'MEX', 'it-IT': 'ITA', 'nl-NL': 'NLD', 'pl-PL': 'POL', 'pt-BR': 'BRA', 'pt-PT': 'PRT',
        'sv-SE': 'SWE', 'fi-FI': 'FIN', 'nb-NO': 'NOR', 'cs-CZ': 'CZE', 'ro-RO': 'ROU', 'tr-TR': 'TUR',
        'ru-RU': 'RUS', 'uk-UA': 'UKR', 'el-GR': 'GRC', 'he-IL': 'ISR', 'ar-EG': 'EGY', 'hi-IN': 'IND',
        'zh-CN': 'CHN', 'ja-JP': 'JPN', 'ko-KR': 'KOR', 'th-TH': 'THA'}


def make_passport(rng, tag):
    out = []
    for ch in PASSPORT_FMT[tag]:
        out.append(rng.choice('0123456789') if ch == '#' else rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') if ch == 'A'
                   else rng.choice('CFGHJKLMNPRTVWXYZ0123456789') if ch == '@' else ch)
    return ''.join(out)


def mrz_check(s):
    val = {**{str(i): i for i in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, '<': 0}
    return str(sum(val[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz_line2(pno, tag, d, sex, rng):
    p = (pno + '<' * 9)[:9]
    exp = dt.date(2029 + rng.randint(0, 6), rng.randint(1, 12), rng.randint(1, 28))
    b, e = d.strftime('%y%m%d'), exp.strftime('%y%m%d')
    pers = '<' * 14
    core = p + mrz_check(p) + ISO3[tag] + b + mrz_check(b) + sex.upper() + e + mrz_check(e) + pers + mrz_check(pers)
    comp = mrz_check(p + mrz_check(p) + b + mrz_check(b) + e + mrz_check(e) + pers + mrz_check(pers))
    line = core + comp
    assert len(line) == 44, line
    return line


def make_dl(rng, tag, last, d, sex, first):
    if tag == 'en-GB':
        sn = (re.sub('[^A-Z]', '', last.upper()) + '99999')[:5]
        m = d.month + (50 if sex == 'f' else 0)
        return f'{sn}{str(d.year)[2]}{m:02d}{d.day:02d}{str(d.year)[3]}{first[0].upper()}9{rng.randint(0, 9)}' \
               f'{rng.choice("ABCDEFGHJK")}{rng.choice("ABCDEFGHJK")}'
    if tag == 'en-US':
        return rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(rng, 7)
    if tag in ('de-DE', 'de-AT'):
        return rng.choice('BFJN') + digits(rng, 3) + ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(6)) + digits(rng, 1)
    if tag == 'fr-FR':
        return digits(rng, 2) + rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') * 1 + rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(rng, 5)
    return rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(rng, 8)


# ----------------------------------------------------------------------------------------------------------
# hard-negative material (public, documentation, anonymised)
CASE_NO = {
    'en-GB': ['Claim No. K{a}QZ{n4}', 'Case No. {n7}/2025', 'Appeal Ref: APP/{a}{n4}/W/25/{n7}', 'Tribunal ref {n7}/2025'],
    'en-US': ['Case No. 2:25-cv-0{n4}', 'Docket No. 25-{n4}', 'Index No. L&T {n5}/25', 'Citation #T{n7}'],
    'de-DE': ['Az. {n3} C {n4}/25', 'Az. 2 Ca {n4}/25', 'Geschäftszeichen {n3} Js {n5}/25', 'Aktenzeichen 12 F {n3}/25'],
    'de-AT': ['GZ {n2} C {n3}/25{a}', 'GZ 3 Cga {n3}/25', 'Zl. {n5}/2025'],
    'fr-FR': ['RG n° 25/{n5}', 'N° Portalis {a}{a}{a}{a}-W-B7J-{a}{a}{a}{a}', 'PV n° {n5}/2025', 'N° parquet {n5}{n5}'],
    'es-ES': ['Procedimiento n.º {n3}/2025', 'Autos {n4}/2025', 'NIG {n5}{n5}{n4}', 'Atestado n.º {n5}/25'],
    'es-MX': ['Expediente {n4}/2025', 'Juicio {n3}/2025', 'Carpeta de investigación {n5}/2025'],
    'it-IT': ['R.G. n. {n4}/2025', 'N. {n5}/2025 R.G.N.R.', 'Verbale n. {n7}'],
    'nl-NL': ['Zaaknummer C/{n2}/{n6} / HA ZA 25-{n3}', 'ECLI:NL:RBMNE:2025:{n4}', 'CJIB-nummer {n5}{n5}{n4}'],
    'pl-PL': ['Sygn. akt I C {n3}/25', 'Sygn. akt IV P {n3}/25', 'RSD {n5}/25'],
    'pt-BR': ['Processo nº {n7}-{n2}.2025.8.26.0100', 'BO nº {n5}/2025', 'Auto de infração {a}{n7}'],
    'pt-PT': ['Processo n.º {n4}/25.{n1}T8PRT', 'NUIPC {n3}/25.{n1}PBBRG'],
    'sv-SE': ['Mål nr T {n4}-25', 'Diarienummer {n3}-{n5}-2025', 'Ärendenummer {n7}'],
    'fi-FI': ['Asianumero L 25/{n5}', 'Diaarinumero {n4}/2025', 'Rikesakko nro {n7}'],
    'nb-NO': ['Saksnr. 25-{n6}TVI-{a}{a}{a}{a}', 'Anmeldelsesnr. {n8}'],
    'cs-CZ': ['Sp. zn. {n2} C {n3}/2025', 'Č. j. {n3} T {n2}/2025'],
    'ro-RO': ['Dosar nr. {n4}/{n3}/2025', 'Proces-verbal seria {a}{a} nr. {n7}'],
    'tr-TR': ['Esas No: 2025/{n3}', 'Dosya No: 2025/{n5} E.', 'Ceza tutanağı {a}{a} {n6}'],
    'ru-RU': ['Дело № 2-{n4}/2025', 'УИД {n2}RS00{n2}-01-2025-{n6}-{n2}', 'Постановление № 188101{n8}{n4}'],
    'uk-UA': ['Справа № {n3}/{n4}/25', 'ЄУН {n3}/{n5}/25'],
    'el-GR': ['Αριθμός κατάθεσης {n4}/2025', 'Αρ. πρωτ. {n5}/2025'],
    'he-IL': ['ת"א {n5}-0{n1}-25', 'תיק מספר {n5}-25', 'דו"ח מס\' {n8}'],
    'ar-EG': ['القضية رقم {n4} لسنة 2025', 'محضر رقم {n5} لسنة 2025'],
    'hi-IN': ['वाद संख्या {n3}/2025', 'CNR No. UPLK01-00{n4}-2025', 'FIR No. {n4}/2025'],
    'zh-CN': ['（2025）川0107民初{n4}号', '（2025）浙0106民初{n5}号', '决定书编号 5101{n8}{n4}'],
    'ja-JP': ['令和7年(ワ)第{n4}号', '令和7年(家イ)第{n3}号', '告知番号 {n2}-{n5}'],
    'ko-KR': ['2025가단{n5}', '2025드단{n5}', '사건번호 2025고정{n4}'],
    'th-TH': ['คดีหมายเลขดำที่ ผบ.{n4}/2568', 'ใบสั่งเลขที่ {n8}'],
}
STATUTES = {
    'tenancy': ['§ 573c BGB', 'Art. 1728 Code civil', 'section 21 of the Housing Act 1988', 'art. 9 LAU',
                'art. 1596 Codice civile', 'art. 7:271 BW', 'art. 11 ustawy o ochronie praw lokatorów',
                'Lei 8.245/1991, art. 9', '12 kap. 46 § jordabalken', 'Renters\' Rights Act 2025'],
    'police_report': ['§ 263 StGB', 'art. 313-1 Code pénal', 'Section 1 Fraud Act 2006', 'art. 640 c.p.',
                      'art. 286 k.k.', '18 U.S.C. § 1343', 'art. 171 Código Penal', 'ст. 159 УК РФ'],
    'witness_statement': ['CPR Part 32', 'PD 57AC', 'Rule 602 Federal Rules of Evidence', '§ 57 StPO',
                          'art. 433 Code de procédure pénale', 'art. 497 c.p.p.', 'art. 203 kodeks postępowania karnego'],
    'employment_tribunal': ['section 94 Employment Rights Act 1996', 'section 13 Equality Act 2010', '§ 1 KSchG',
                            'art. L1235-3 Code du travail', 'art. 55 Estatuto de los Trabajadores', '29 U.S.C. § 207',
                            'art. 45 Kodeks pracy', 'art. 482 CLT'],
    'immigration': ['Article 1A(2) of the 1951 Refugee Convention', 'Article 3 ECHR', 'Paragraph 276ADE(1)',
                    '§ 25 Abs. 2 AufenthG', 'art. L. 423-23 CESEDA', 'Regulation (EU) No 604/2013 (Dublin III)',
                    '8 U.S.C. § 1158', 'art. 31 Ley 12/2009'],
    'power_of_attorney': ['Mental Capacity Act 2005, s. 9', '§ 1820 BGB', 'art. 1984 Code civil',
                          'art. 1392 Codice civile', 'art. 1713 Código Civil', 'art. 653 Código Civil (BR)'],
    'family_court': ['Children Act 1989, s. 8', '§ 1671 BGB', 'art. 373-2 Code civil', 'art. 337-ter c.c.',
                     'Hague Convention of 25 October 1980', 'Regulation (EU) 2019/1111', 'art. 58 kodeksu rodzinnego'],
    'debt_collection': ['Fair Debt Collection Practices Act, 15 U.S.C. § 1692g', 'Limitation Act 1980, s. 5',
                        '§ 286 BGB', 'art. L. 124-1 CPCE', 'art. 1219 Código Civil', 'Verbraucherkreditrichtlinie 2008/48/EG'],
    'traffic_fine': ['§ 24 StVG', 'Road Traffic Regulation Act 1984, s. 89', 'art. R413-14 Code de la route',
                     'art. 142 Codice della strada', 'art. 92 Kodeksu wykroczeń', 'Art. 218 CTB',
                     'Straßenverkehrsordnung 1960, § 20'],
    'small_claims': ['CPR Part 27', 'Regulation (EC) No 861/2007', '§ 495a ZPO', 'art. 843 Code de procédure civile',
                     'art. 250.2 LEC', 'Lei 9.099/1995', 'art. 505¹ k.p.c.'],
}
LANDMARK = ['Roe v. Wade', 'Donoghue v Stevenson', 'Miranda v. Arizona', 'Brown v. Board of Education',
            'Carlill v Carbolic Smoke Ball Co', 'Marbury v. Madison', 'Gideon v. Wainwright', 'Costa v ENEL',
            'Van Gend en Loos', 'Francovich v Italy', 'Salomon v A Salomon & Co Ltd', 'Rylands v Fletcher',
            'Hadley v Baxendale', 'Obergefell v. Hodges', 'Mabo v Queensland (No 2)', 'Vishaka v State of Rajasthan',
            'Street v Mountford', 'Tyrer v United Kingdom', 'Soering v United Kingdom', 'Chahal v United Kingdom',
            'Hirsi Jamaa v Italy', 'Mathieu-Mohin and Clerfayt v Belgium', 'Kesavananda Bharati v State of Kerala',
            'Bosman', 'Defrenne v Sabena', 'Gillick v West Norfolk AHA', 'Payne v. Tennessee']
OFFICIALS = ['Lady Hale, then President of the UK Supreme Court', 'Lord Denning MR', 'Justice Sonia Sotomayor',
             'Chief Justice John Roberts', 'Justice Ruth Bader Ginsburg', 'Justice Thurgood Marshall',
             'Koen Lenaerts, President of the Court of Justice', 'Robert Badinter, garde des Sceaux',
             'Simone Veil', 'Lord Bingham', 'Earl Warren', 'Andreas Voßkuhle, then President of the BVerfG',
             'Justice D. Y. Chandrachud', 'Lord Reed, President of the Supreme Court']
ANON = ['Mr A', 'the claimant', 'Ms B.', 'Herr K.', 'Frau M.', 'M. X', 'Mme Y.', 'the appellant', 'the respondent',
        'AB v CD', 'X v Y', 'Sig. R.', 'Sr. P.', 'the tenant (T.)', 'the child (C, aged 9)', 'der Kläger',
        'la requérante', 'el demandado', 'Pan M.', 'Z.', '原告', '被告', '申立人A', '원고', 'המבקש']
BLANK = ['Name: ______________________', 'Date of birth: __ / __ / ____', 'Address: [ADDRESS]', 'Tel.: [PHONE]',
         'Email: <email>', 'Signature: ____________', 'IBAN: __ __ ____ ____ ____ ____ __', '{{claimant_name}}',
         '{{defendant_address}}', 'ID no.: [________]', 'Date: ___/___/20__', '<<REDACTED>>', '[NAME REMOVED]']
DOC_VALUES = ['jane.doe@example.com', 'claimant@example.org', 'tenant@example.net', '(555) 010-0199',
              '+1 202-555-0143', '192.0.2.44', '198.51.100.23', '203.0.113.9', 'DE89 3704 0044 0532 0130 00',
              'GB29 NWBK 6016 1331 9268 19', 'FR14 2004 1010 0505 0001 3M02 606', '4111 1111 1111 1111',
              '4242 4242 4242 4242', '2001:db8::17', 'https://example.com/upload?case=DEMO-0001']
ROLE_MAILBOX = ['registry', 'clerk', 'enquiries', 'poststelle', 'greffe', 'info', 'civil.listing', 'tribunal.ops',
                'court.admin', 'efiling', 'bussgeldstelle', 'contact', 'ufficio.notifiche', 'secretaria']
COURT = {
    'en-GB': 'County Court at {c}', 'en-US': '{c} County District Court', 'de-DE': 'Amtsgericht {c}',
    'de-AT': 'Bezirksgericht {c}', 'fr-FR': 'Tribunal judiciaire de {c}', 'es-ES': 'Juzgado de Primera Instancia de {c}',
    'es-MX': 'Juzgado Civil de {c}', 'it-IT': 'Tribunale di {c}', 'nl-NL': 'Rechtbank, locatie {c}',
    'pl-PL': 'Sąd Rejonowy w {c}', 'pt-BR': 'Juizado Especial Cível de {c}', 'pt-PT': 'Tribunal Judicial de {c}',
    'sv-SE': '{c} tingsrätt', 'fi-FI': '{c} käräjäoikeus', 'nb-NO': '{c} tingrett', 'cs-CZ': 'Okresní soud {c}',
    'ro-RO': 'Judecătoria {c}', 'tr-TR': '{c} Sulh Hukuk Mahkemesi', 'ru-RU': 'Мировой суд, {c}',
    'uk-UA': 'Районний суд, м. {c}', 'el-GR': 'Ειρηνοδικείο {c}', 'he-IL': 'בית משפט השלום {c}',
    'ar-EG': 'محكمة {c}', 'hi-IN': 'जिला न्यायालय, {c}', 'zh-CN': '{c}人民法院', 'ja-JP': '{c}簡易裁判所',
    'ko-KR': '{c} 지방법원', 'th-TH': 'ศาลแขวง {c}',
}
COURT_DOMAIN = {'en-GB': 'justice.gov.uk', 'en-US': 'courts.state.gov', 'de-DE': 'justiz.niedersachsen.de',
                'de-AT': 'justiz.gv.at', 'fr-FR': 'justice.fr', 'es-ES': 'justicia.es', 'es-MX': 'pjedomex.gob.mx',
                'it-IT': 'giustizia.it', 'nl-NL': 'rechtspraak.nl', 'pl-PL': 'sad.gov.pl', 'pt-BR': 'tjpe.jus.br',
                'pt-PT': 'tribunais.org.pt', 'sv-SE': 'dom.se', 'fi-FI': 'oikeus.fi', 'nb-NO': 'domstol.no',
                'cs-CZ': 'justice.cz', 'ro-RO': 'just.ro', 'tr-TR': 'adalet.gov.tr', 'ru-RU': 'msudrf.ru',
                'uk-UA': 'court.gov.ua', 'el-GR': 'ministryofjustice.gr', 'he-IL': 'court.gov.il',
                'ar-EG': 'moj.gov.eg', 'hi-IN': 'ecourts.gov.in', 'zh-CN': 'chinacourt.gov.cn',
                'ja-JP': 'courts.go.jp', 'ko-KR': 'scourt.go.kr', 'th-TH': 'coj.go.th'}
EPONYM_STREETS = ['Konrad-Adenauer-Ufer', 'Avenue du Général-de-Gaulle', 'Martin Luther King Jr. Blvd',
                  'Via Giuseppe Garibaldi', 'Calle de Miguel de Unamuno', 'Rua Rui Barbosa', 'ul. Marii Curie-Skłodowskiej',
                  'Karl-Renner-Ring', 'Avenida Benito Juárez', 'Atatürk Bulvarı']

# ----------------------------------------------------------------------------------------------------------
KINDS = ['tenancy', 'police_report', 'witness_statement', 'employment_tribunal', 'immigration', 'power_of_attorney',
         'family_court', 'debt_collection', 'traffic_fine', 'small_claims']

WRITER = {
    'tenancy': ['tenant', 'landlord', 'letting agent', 'housing adviser', 'paralegal'],
    'police_report': ['victim', 'desk officer', 'insurance clerk', 'paralegal', 'victim support volunteer'],
    'witness_statement': ['witness', 'trainee solicitor', 'paralegal', 'court clerk'],
    'employment_tribunal': ['employee', 'HR adviser', 'union rep', 'paralegal'],
    'immigration': ['applicant', 'caseworker', 'legal aid clerk', 'sponsor', 'interpreter'],
    'power_of_attorney': ['notary clerk', 'adult child', 'care home manager', 'paralegal'],
    'family_court': ['parent', 'family mediator', 'paralegal', 'court clerk'],
    'debt_collection': ['collections agent', 'debtor', 'debt adviser', 'paralegal'],
    'traffic_fine': ['driver', 'fleet manager', 'appeals clerk', 'parking adviser'],
    'small_claims': ['claimant', 'defendant', 'small-shop owner', 'court clerk'],
}
NARR = {
    'tenancy': ['The tenant has occupied the flat since {yr}. The boiler failed on {d1} and was not repaired; '
                'the landlord served a notice to quit on {d2} citing rent arrears of {amt}.',
                'Deposit of {amt} paid at move-in was not protected; inventory disputes over carpet and oven.',
                'Eviction hearing listed; tenant says the notice period was too short and asks for more time.'],
    'police_report': ['On {d1} around 22:40 the complainant\'s bicycle was taken from the courtyard; a neighbour saw two '
                      'men leaving in a grey van.', 'The complainant reports online shopping fraud: paid {amt} for a '
                      'sofa that never arrived, seller stopped answering.', 'Minor collision in a car park on {d1}; '
                      'the other driver left without exchanging details; damage to rear bumper.'],
    'witness_statement': ['I was standing at the bus stop on {d1} when I saw the cyclist hit by the delivery van turning '
                          'left. The van did not indicate.', 'I have worked next to the shop for six years and I saw '
                          'the argument on {d1} at about 18:15.', 'I make this statement from my own knowledge; the '
                          'facts are true to the best of my belief.'],
    'employment_tribunal': ['The claimant was dismissed on {d1} after 4 years of service, without a hearing; unpaid '
                            'overtime of {amt} remains outstanding.', 'Claim for unfair dismissal and holiday pay; '
                            'the respondent employer says the role was redundant.', 'The claimant raised a grievance '
                            'about harassment on {d1}; it was never investigated.'],
    'immigration': ['Application for family reunification with spouse; arrival on {d1}, residence permit expires {d2}.',
                    'Asylum claim lodged on {d1}; interview scheduled; applicant fled after threats to family.',
                    'Renewal of residence permit for work; employer letter attached; biometrics appointment {d2}.'],
    'power_of_attorney': ['I, the undersigned, appoint my daughter as attorney for property and financial affairs, '
                          'including the operation of my bank accounts.', 'General power of attorney before the '
                          'notary for the sale of the family flat; the grantor is hospitalised.',
                          'Lasting power of attorney for health and welfare; two attorneys acting jointly.'],
    'family_court': ['Petition for divorce after 11 years of marriage; one child; the parties separated on {d1}.',
                     'Application for residence order; the father asks for alternate weekends and half the holidays.',
                     'Child maintenance of {amt} per month unpaid since {d1}.'],
    'debt_collection': ['Final reminder: the outstanding balance of {amt} on your account is overdue since {d1}.',
                        'The debtor disputes the claim and asks for proof of the original contract.',
                        'Payment plan proposed: 12 instalments; first payment due {d2}.'],
    'traffic_fine': ['Speeding offence recorded on {d1}: 68 km/h in a 50 km/h zone; the registered keeper is asked '
                     'to name the driver.', 'Parking penalty appeal: the signs were covered by scaffolding on {d1}.',
                     'Bus lane camera notice; the driver was taking a sick passenger to hospital.'],
    'small_claims': ['The claimant paid {amt} for a kitchen fitting which was never completed; the builder stopped '
                     'answering after {d1}.', 'Claim for a returned deposit of {amt}; the defendant refused.',
                     'The defendant admits part of the claim and offers half.'],
}
TASKS = ['Translate this into English, keep the layout:', 'Summarise this in 5 bullet points for the file:',
         'Draft a polite reply to this:', 'Extract the parties and key dates as JSON:',
         'Check this for mistakes before I file it:', 'Rewrite this in plain language:',
         'Turn this into a formal letter:', 'Which deadline applies here? Short answer.',
         'Fill in the court form from these details:', 'Make a timeline from this:']
TASKS_LOCAL = {
    'de-DE': 'Bitte fasse das kurz zusammen:', 'de-AT': 'Bitte formell umformulieren:',
    'fr-FR': 'Peux-tu résumer ce dossier ?', 'es-ES': 'Redacta una respuesta formal a esto:',
    'es-MX': 'Ayúdame a llenar el formato con estos datos:', 'it-IT': 'Correggi gli errori prima del deposito:',
    'nl-NL': 'Vat dit samen voor het dossier:', 'pl-PL': 'Przetłumacz na angielski:', 'pt-BR': 'Resuma para a petição:',
    'pt-PT': 'Reescreve isto de forma clara:', 'sv-SE': 'Sammanfatta detta:', 'fi-FI': 'Tiivistä tämä:',
    'nb-NO': 'Oppsummer dette:', 'cs-CZ': 'Shrň to prosím:', 'ro-RO': 'Rezumă te rog:', 'tr-TR': 'Bunu özetle:',
    'ru-RU': 'Составь краткое изложение:', 'uk-UA': 'Підсумуй це:', 'el-GR': 'Σύνοψη παρακαλώ:',
    'he-IL': 'תסכם בבקשה:', 'ar-EG': 'لخص هذا من فضلك:', 'hi-IN': 'इसका सार लिखिए:', 'zh-CN': '请帮我总结：',
    'ja-JP': '要約してください：', 'ko-KR': '요약해 주세요:', 'th-TH': 'ช่วยสรุปให้หน่อย:',
    'en-GB': 'Can you tidy this up?', 'en-US': 'Can you clean this up?'}
SYSTEMS = ['You are a legal drafting assistant. Do not give legal advice.',
           'You help a community law centre with paperwork.', 'You assist court staff with correspondence.',
           'You are a careful paralegal assistant. Answer concisely.', 'You help tenants and workers understand letters.']


# ----------------------------------------------------------------------------------------------------------
class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        ow = other_words()
        for tag, lc in L.items():
            ex = EXTRA.get(tag, {})
            sp = lambda v: v.split() if isinstance(v, str) else list(v)
            lc['first'] = list(dict.fromkeys(lc['first'] + sp(ex.get('first', []))))
            lc['last'] = list(dict.fromkeys(lc['last'] + sp(ex.get('last', []))))
            lc['streets'] = list(dict.fromkeys(lc['streets'] + STREETS_EXTRA.get(tag, '').split() +
                                               STREETS_EXTRA.get(tag + '~', '').split()))
            if lc['first'][0].isascii() or tag in LATIN_INITIALS:  # Latin scripts: initials complete the pool
                lc['first'] = lc['first'] + [c + '.' for c in LATIN_INITIALS.get(tag, 'ABCDEFGHJKLMNPRST')]
            lc['first'] = cut_pool(lc['first'], ow, tag + ' first')
            lc['last'] = cut_pool(lc['last'], ow, tag + ' last')
            lc['streets'] = cut_pool(lc['streets'], ow, tag + ' streets')
        self.pool_sizes = {t: (len(l['first']), len(l['last']), len(l['streets'])) for t, l in L.items()}

    # --- a private person with the values the record may issue
    def person(self, tag):
        r, lc = self.rng, L[tag]
        f, l = r.choice(lc['first']), r.choice(lc['last'])
        if tag in FAMILY_FIRST:
            name = l + f if tag in ('zh-CN', 'ko-KR') else f'{l} {f}'
        elif tag in ('he-IL', 'ar-EG', 'hi-IN', 'th-TH', 'ru-RU', 'uk-UA', 'el-GR'):
            name = f'{f} {l}'
        else:
            name = f'{f} {l}'
        d = dt.date(r.randint(1955, 2004), r.randint(1, 12), r.randint(1, 28))
        sex = r.choice('mf')
        c, pc = r.choice(lc['cities'])
        addr = lc['addr'].format(n=r.randint(2, 148), s=r.choice(lc['streets']), c=c, p=pc, k=r.randint(1, 90))
        if tag in LATIN_TRANSLIT:
            local = r.choice(LATIN_TRANSLIT[tag]) + str(r.randint(1, 99))
        else:
            import unicodedata
            norm = lambda s: ''.join(ch for ch in unicodedata.normalize('NFKD', s) if ch.isascii() and ch.isalpha()).lower()
            nf, nl = norm(f) or 'x', norm(l) or 'post'
            norm = lambda s: {f: nf, l: nl}[s]
            local = r.choice([f'{norm(f)}.{norm(l)}', f'{norm(f)[0]}{norm(l)}{r.randint(1, 99)}', f'{norm(l)}.{norm(f)}{r.randint(70, 99)}'])
        email = f'{local}@{r.choice(lc["mail"])}'
        return dict(name=name, first=f, last=l, dob=d, sex=sex, addr=addr, email=email, tag=tag)

    def fmt_date(self, tag, d):
        return d.strftime(L[tag]['dob'])

    def rand_date(self, year=2025):
        return dt.date(year, self.rng.randint(1, 11), self.rng.randint(1, 28))

    def ref(self, tag):
        r = self.rng
        t = r.choice(CASE_NO[tag])
        return re.sub(r'\{(n\d|a)\}', lambda m: (r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') if m.group(1) == 'a'
                                                 else digits(r, int(m.group(1)[1]))), t)

    def narr(self, kind, tag):
        r = self.rng
        cur = {'en-GB': '£', 'en-US': '$', 'pl-PL': 'zł ', 'pt-BR': 'R$ ', 'tr-TR': '₺', 'ru-RU': '₽', 'uk-UA': '₴',
               'sv-SE': 'SEK ', 'nb-NO': 'NOK ', 'cs-CZ': 'Kč ', 'ro-RO': 'RON ', 'he-IL': '₪', 'ar-EG': 'EGP ',
               'hi-IN': '₹', 'zh-CN': '¥', 'ja-JP': '¥', 'ko-KR': '₩', 'th-TH': '฿', 'es-MX': 'MX$'}.get(tag, '€')
        amt = cur + r.choice(['1,240', '860', '2,310', '3,500', '4,200', '780', '12,600'])
        return r.choice(NARR[kind]).format(d1=self.fmt_date(tag, self.rand_date()), d2=self.fmt_date(tag, self.rand_date()),
                                           amt=amt, yr=r.randint(2012, 2023))


def build_pii(g: Gen):
    r = g.rng
    tags = list(L)
    records = []
    placements = ['user', 'system', 'assistant', 'tool', 'tool_args', 'parts', 'file', 'image_url', 'schema',
                  'user_field', 'metadata', 'completion', 'user', 'parts', 'tool', 'completion']
    counter = 0
    for ki, kind in enumerate(KINDS):
        for j in range(50):
            sensitive = j < 29
            tag = tags[(ki * 7 + j * 3) % len(tags)]
            place = placements[(ki + j * 5) % len(placements)]
            if place == 'completion' and r.random() < 0.2:
                place = 'user'
            rec = (make_sensitive if sensitive else make_benign)(g, kind, tag, place, j)
            counter += 1
            rec['id'] = f'tepui-pii-{counter:04d}'
            records.append(rec)
    order = list(range(len(records)))
    r.shuffle(order)
    out = [records[i] for i in order]
    for i, rec in enumerate(out, 1):
        rec['id'] = f'tepui-pii-{i:04d}'
    return out


def doc_block(tag, rows):
    return '\n'.join(f'{k}: {v}' for k, v in rows)


def make_sensitive(g, kind, tag, place, j):
    r, lc = g.rng, L[tag]
    lab = lc['labels']
    p = g.person(tag)
    issued = []
    rows = []
    incidental = j % 10 == 9
    if incidental:  # one single item in otherwise public text
        what = r.choice(['phone', 'email', 'addr', 'name'])
        parts = [f'{COURT[tag].format(c=r.choice(lc["cities"])[0])} — {g.ref(tag)}', r.choice(STATUTES[kind]),
                 g.narr(kind, tag)]
        if what == 'phone':
            v = make_phone(r, lc)
            issued.append(('phone', v))
            parts.append(f'(please call me back on {v} after 17:00, mobile only)')
        elif what == 'email':
            issued.append(('email', p['email']))
            parts.append(f'Send the draft to my private address {p["email"]}, not the office one.')
        elif what == 'addr':
            issued.append(('STREET_ADDRESS', p['addr']))
            parts.append(f'{lab[2]}: {p["addr"]}')
        else:
            issued.append(('person', p['name']))
            parts.append(f'{lab[0]}: {p["name"]}')
        doc = '\n\n'.join(parts)
        style_extra = 'incidental'
    else:
        rows.append((lab[0], p['name']))
        issued.append(('person', p['name']))
        fields = {
            'tenancy': ['addr', 'phone', 'email', 'iban', 'dob'],
            'police_report': ['dob', 'addr', 'phone', 'id', 'card', 'ip', 'mrn'],
            'witness_statement': ['dob', 'addr', 'phone', 'passport', 'email'],
            'employment_tribunal': ['addr', 'email', 'phone', 'id', 'iban', 'dob'],
            'immigration': ['dob', 'passport', 'id', 'addr', 'phone', 'email'],
            'power_of_attorney': ['dob', 'id', 'addr', 'iban', 'second'],
            'family_court': ['dob', 'addr', 'second', 'child', 'id', 'iban'],
            'debt_collection': ['addr', 'iban', 'card', 'dob', 'id', 'phone', 'usbank'],
            'traffic_fine': ['addr', 'dl', 'dob', 'email', 'passport'],
            'small_claims': ['addr', 'phone', 'email', 'iban', 'second'],
        }[kind]
        k = r.randint(2, min(5, len(fields)))
        chosen = [f for f in fields if f in r.sample(fields, k)]
        if tag == 'en-US':  # US parties: SSN and ACH details are what these files carry
            if 'id' not in chosen and r.random() < 0.6:
                chosen.append('id')
            if kind in ('debt_collection', 'employment_tribunal', 'small_claims', 'family_court') and r.random() < 0.7:
                chosen.append('usbank')
        for f in chosen:
            if f == 'dob':
                v = g.fmt_date(tag, p['dob']); rows.append((lab[1], v)); issued.append(('DATE_OF_BIRTH', v))
            elif f == 'addr':
                rows.append((lab[2], p['addr'])); issued.append(('STREET_ADDRESS', p['addr']))
            elif f == 'phone':
                v = make_phone(r, lc); rows.append((lab[3], v)); issued.append(('phone', v))
            elif f == 'email':
                rows.append((lab[4], p['email'])); issued.append(('email', p['email']))
            elif f == 'id':
                et, idl, v = id_for(r, tag, p['dob'], p['sex'])
                if tag == 'it-IT':
                    et, idl, v = it_cf(r, p['dob'], p['sex'], (p['last'], p['first']))
                rows.append((idl, v)); issued.append((et, v))
            elif f == 'iban':
                cc = lc['region'] if lc['region'] in IBAN_BBAN else r.choice(['DE', 'FR', 'GB'])
                v = make_iban(r, cc); rows.append(('IBAN', v)); issued.append(('iban', v))
            elif f == 'card':
                v = make_card(r); rows.append(('Card', v)); issued.append(('credit_card', v))
            elif f == 'usbank':
                if tag == 'en-US':
                    v = make_us_bank(r); rows.append(('Bank (ACH)', v)); issued.append(('US_BANK_NUMBER', v))
            elif f == 'ip':
                v = make_ip(r); rows.append(('Login from home IP', v)); issued.append(('IP_ADDRESS', v))
            elif f == 'mrn':
                v = f'MRN {r.choice(["H", "K", "RX"])}{digits(r, 7)}'
                rows.append(('Hospital record (A&E visit)', v)); issued.append(('MEDICAL_RECORD', v))
            elif f == 'passport':
                v = make_passport(r, tag); rows.append(('Passport', v)); issued.append(('PASSPORT', v))
                if kind == 'immigration' and r.random() < 0.5:
                    line = mrz_line2(v, tag, p['dob'], 'M' if p['sex'] == 'm' else 'F', r)
                    rows.append(('MRZ', line))
            elif f == 'dl':
                v = make_dl(r, tag, p['last'] if p['last'].isascii() else 'XYZ', p['dob'], p['sex'],
                            p['first'] if p['first'].isascii() else 'X')
                rows.append(('Driving licence', v)); issued.append(('DRIVER_LICENSE', v))
            elif f in ('second', 'child'):
                q = g.person(tag)
                if f == 'child':
                    q['dob'] = dt.date(r.randint(2011, 2021), r.randint(1, 12), r.randint(1, 28))
                    cd = g.fmt_date(tag, q['dob'])
                    rows.append(('Child', f'{q["name"]}, {cd}')); issued += [('person', q['name']), ('DATE_OF_BIRTH', cd)]
                else:
                    role = {'power_of_attorney': 'Attorney', 'family_court': 'Respondent', 'small_claims': 'Defendant'}[kind]
                    rows.append((role, f'{q["name"]}, {q["addr"]}'))
                    issued += [('person', q['name']), ('STREET_ADDRESS', q['addr'])]
        head = f'{lab[6]} — {g.ref(tag)}' if r.random() < 0.5 else lab[6]
        doc = head + '\n' + doc_block(tag, rows) + '\n\n' + g.narr(kind, tag)
        style_extra = 'full'
    return assemble(g, kind, tag, place, doc, issued, True, style_extra, p)


ANON_LOCAL = {'de': ['Herr K.', 'Frau M.', 'der Kläger', 'die Beklagte', 'Kläger zu 1)'],
              'fr': ['M. X', 'Mme Y.', 'la requérante', 'le défendeur'], 'es': ['el demandado', 'D. P.', 'la actora'],
              'it': ['Sig. R.', 'il ricorrente', 'la convenuta'], 'pl': ['Pan M.', 'powódka', 'pozwany'],
              'pt': ['Sr. P.', 'o autor', 'a ré'], 'nl': ['eiser', 'gedaagde', 'mevrouw [X]'],
              'zh': ['原告', '被告', '申请人张某'], 'ja': ['申立人A', '相手方B', '原告X'], 'ko': ['원고', '피고', '신청인 A'],
              'he': ['המבקש', 'המשיבה', 'פלוני'], 'ru': ['истец', 'ответчик Н.', 'гражданин К.'],
              'uk': ['позивач', 'відповідач О.'], 'tr': ['davacı', 'davalı A.'], 'el': ['ο ενάγων', 'η εναγομένη']}


def anon(r, tag):
    return r.choice(ANON[:10] + ANON_LOCAL.get(tag[:2], []) * 2)


def make_benign(g, kind, tag, place, j):
    r, lc = g.rng, L[tag]
    lab = lc['labels']
    city = r.choice(lc['cities'])[0]
    court = COURT[tag].format(c=city)
    variant = j % 7
    slug = re.sub(r'[^a-z]', '', city.split(',')[0].lower())[:10] or 'court'
    mailbox = f'{r.choice(ROLE_MAILBOX)}@{slug + "." if slug != "court" and r.random() < 0.5 else ""}{COURT_DOMAIN[tag]}'
    switch = make_phone(r, lc, fixed=True)
    if variant == 0:  # court contact block + case number + statute
        doc = (f'{court}\n{g.ref(tag)}\nSwitchboard: {switch}\nEmail: {mailbox}\n\n'
               f'Re: {r.choice(STATUTES[kind])}. {anon(r, tag)} v {anon(r, tag)}. Hearing listed for '
               f'{g.fmt_date(tag, g.rand_date(2026))} at 10:00, courtroom 4.')
        kinds_ = 'court_contact'
    elif variant == 1:  # published anonymised judgment
        a, b = anon(r, tag), anon(r, tag)
        doc = (f'{g.ref(tag)} — published judgment (anonymised)\n{a} brought proceedings against {b} under '
               f'{r.choice(STATUTES[kind])}. {g.narr(kind, tag)} The court, following {r.choice(LANDMARK)}, '
               f'allowed the appeal in part.')
        kinds_ = 'anonymised_judgment'
    elif variant == 2:  # blank form
        doc = (f'{lab[6]} — FORM (blank)\n{lab[0]}: ____________\n{lab[1]}: __/__/____\n{lab[2]}: [ADDRESS]\n'
               f'{lab[3]}: [PHONE]\n{lab[4]}: <email>\n{lab[5]}: [__________]\n' + '\n'.join(r.sample(BLANK, 3)) +
               f'\nReturn to: {court}, {mailbox}')
        kinds_ = 'blank_form'
    elif variant == 3:  # officials and landmark cases
        doc = (f'Reading list for the {kind.replace("_", " ")} seminar: {r.choice(LANDMARK)}; {r.choice(LANDMARK)}. '
               f'Note the remarks of {r.choice(OFFICIALS)} on proportionality, and the speech of '
               f'{r.choice(OFFICIALS)}. Statute: {r.choice(STATUTES[kind])}. Docket example: {g.ref(tag)}.')
        kinds_ = 'public_figures_landmarks'
    elif variant == 4:  # documentation / reserved values in a template or test fixture
        vals = r.sample(DOC_VALUES, 4)
        doc = (f'Test fixture for our e-filing form ({kind}). Use only documentation values:\n'
               f'field_a = {vals[0]}\nfield_b = {vals[1]}\nfield_c = {vals[2]}\nfield_d = {vals[3]}\n'
               f'case_ref = {g.ref(tag)}\nclaimant_name = {{{{claimant_name}}}}')
        kinds_ = 'documentation_values'
    elif variant == 5:  # fine / reference numbers and eponym streets
        doc = (f'{g.ref(tag)}\nReference: {digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}\nAmount: '
               f'{r.choice(["€70", "£65", "$150", "120 zł", "€235"])}\nPay by {g.fmt_date(tag, g.rand_date(2026))} at '
               f'{court} cashier, {r.choice(EPONYM_STREETS)} {r.randint(1, 40)} (public building). Switchboard '
               f'{switch}. Statute: {r.choice(STATUTES[kind])}.')
        kinds_ = 'reference_numbers'
    else:  # generic question about the proceeding, role mailbox, no one
        doc = (f'{TASKS_LOCAL[tag]} {g.narr(kind, tag).replace("The complainant", "A complainant").replace("The claimant", "A claimant")}\n'
               f'General enquiries: {mailbox} / {switch}. Under {r.choice(STATUTES[kind])}, what happens next?')
        kinds_ = 'procedure_question'
    return assemble(g, kind, tag, place, doc, [], False, kinds_, None)


def b64(s):
    return base64.b64encode(s.encode('utf-8')).decode('ascii')


def assemble(g, kind, tag, place, doc, issued, sensitive, extra, p):
    r = g.rng
    writer = r.choice(WRITER[kind])
    task = TASKS_LOCAL[tag] if r.random() < 0.3 else r.choice(TASKS)
    model = r.choice(['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto'])
    sysmsg = {'role': 'system', 'content': r.choice(SYSTEMS)}
    body = {'model': model}
    endpoint = 'chat'
    if place == 'user':
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{task}\n\n{doc}'}]
    elif place == 'system':
        body['messages'] = [{'role': 'system', 'content': f'{sysmsg["content"]}\nCase material for this session:\n{doc}'},
                            {'role': 'user', 'content': task}]
    elif place == 'assistant':
        body['messages'] = [sysmsg, {'role': 'user', 'content': 'I pasted the document earlier, read it back to me'},
                            {'role': 'assistant', 'content': 'Here is what you sent:\n' + doc},
                            {'role': 'user', 'content': task}]
    elif place == 'tool':
        body['tools'] = [{'type': 'function', 'function': {'name': 'fetch_case_document', 'description': 'Fetch a document from the case file',
                                                           'parameters': {'type': 'object', 'properties': {'case_ref': {'type': 'string'}}, 'required': ['case_ref']}}}]
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{task} (the document is in the case file)'},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': 'call_' + digits(r, 8), 'type': 'function',
                             'function': {'name': 'fetch_case_document', 'arguments': json.dumps({'case_ref': 'current'})}}]},
                            {'role': 'tool', 'tool_call_id': 'call_x', 'content': doc}]
        body['messages'][3]['tool_call_id'] = body['messages'][2]['tool_calls'][0]['id']
    elif place == 'tool_args':
        body['tools'] = [{'type': 'function', 'function': {'name': 'submit_filing', 'description': 'Submit a filing to the court portal',
                                                           'parameters': {'type': 'object', 'properties': {'kind': {'type': 'string'}, 'text': {'type': 'string'}}}}}]
        cid = 'call_' + digits(r, 8)
        body['messages'] = [sysmsg, {'role': 'user', 'content': 'File it.'},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function',
                             'function': {'name': 'submit_filing', 'arguments': json.dumps({'kind': kind, 'text': doc}, ensure_ascii=False)}}]},
                            {'role': 'tool', 'tool_call_id': cid, 'content': '{"status": "rejected", "reason": "missing signature page"}'},
                            {'role': 'user', 'content': 'It was rejected. What do I fix?'}]
    elif place == 'parts':
        body['messages'] = [sysmsg, {'role': 'user', 'content': [{'type': 'text', 'text': task}, {'type': 'text', 'text': doc}]}]
    elif place == 'file':
        fname = f'{kind}_{g.ref(tag)[-5:].replace("/", "-")}.txt'
        if sensitive and p is not None and ('person', p['name']) in issued and r.random() < 0.5 and p['last'].isascii():
            fname = f'{kind}_{p["last"].lower()}.txt'
        body['messages'] = [sysmsg, {'role': 'user', 'content': [
            {'type': 'text', 'text': task},
            {'type': 'file', 'file': {'filename': fname, 'file_data': 'data:text/plain;base64,' + b64(doc)}}]}]
    elif place == 'image_url':
        q = urllib.parse.urlencode({'doc': doc[:400]})
        body['messages'] = [sysmsg, {'role': 'user', 'content': [
            {'type': 'text', 'text': task + '\n(scan attached; OCR text in the link)'},
            {'type': 'image_url', 'image_url': {'url': f'https://scans.filing-portal.net/view?{q}'}}]}]
        doc = doc[:400]
    elif place == 'schema':
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{task} Use the schema; the example shows the format.'}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': f'{kind}_record', 'schema': {
            'type': 'object', 'properties': {'summary': {'type': 'string'}, 'parties': {'type': 'array', 'items': {'type': 'string'}}},
            'examples': [{'summary': doc, 'parties': []}]}}}
    elif place == 'user_field':
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{task}\n\n{doc}'}]
    elif place == 'metadata':
        body['store'] = True
        body['metadata'] = {'matter': g.ref(tag)[:60], 'note': doc[:500]}
        body['messages'] = [sysmsg, {'role': 'user', 'content': 'Draft a short cover note for the attached matter (see metadata).'}]
        doc = doc[:500]
    elif place == 'completion':
        endpoint = 'completions'
        body = {'model': 'hybridgate/auto', 'prompt': f'{doc}\n\n{task}\n', 'max_tokens': 400,
                'stop': ['\n\n\n']}
    if place == 'user_field' and sensitive and p is not None:
        if r.random() < 0.5:
            body['user'] = p['email']
            issued = issued + [('email', p['email'])]
        else:
            body['user'] = f'portal-{digits(r, 6)}'
    elif place == 'user_field':
        body['user'] = f'clerk-{digits(r, 5)}'
    if endpoint == 'chat' and r.random() < 0.15:
        body['temperature'] = 0.2
    # labels from what is actually present
    hay = haystack(body)
    ents = sorted({et for et, v in issued if v in hay})
    if sensitive and not ents:
        # the value may have been cut by truncation: keep the record in the user message instead
        return assemble(g, kind, tag, 'user', doc if len(doc) > 0 else doc, issued, sensitive, extra, p)
    rec = {'id': '', 'category': kind if sensitive else f'{kind}_benign', 'sensitive': bool(ents), 'entities': ents,
           'endpoint': endpoint, 'lang': tag, 'style': f'{writer} · {place} · {extra}', 'body': body}
    assert rec['sensitive'] == bool(rec['entities'])
    assert rec['sensitive'] == sensitive, (kind, place, doc)
    return rec


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def haystack(body):
    out = []
    for s in strings(body):
        out.append(s)
        if s.startswith('data:') and ';base64,' in s:
            out.append(base64.b64decode(s.split(';base64,', 1)[1]).decode('utf-8'))
        if s.startswith('http'):
            out.append(urllib.parse.unquote_plus(s))
        if s.startswith('{'):
            try:
                out.extend(strings(json.loads(s)))
            except ValueError:
                pass
    return '\n'.join(out)


# ----------------------------------------------------------------------------------------------------------
# complexity: prompts from the same proceedings, label 1 = hard, 0 = easy
TERMS = ['stay of execution', 'ex parte', 'res judicata', 'Versäumnisurteil', 'référé', 'amparo', 'habeas corpus',
         'without prejudice', 'forum non conveniens', 'Mahnbescheid', 'injonction de payer', 'caution (deposit)',
         'Section 21 notice', 'lasting power of attorney', 'apostille', 'non-refoulement', 'subpoena duces tecum',
         'affidavit', 'statutory declaration', 'default judgment', 'contempt of court', 'pro bono', 'Dublin transfer',
         'Schlichtungsverfahren', 'procura generale', 'poder notarial', 'usucapião', 'mediation', 'garnishment']
SIMPLE_LOCAL = [
    ('de-DE', 'Was bedeutet „{t}“? Ein Satz reicht.'), ('fr-FR', 'Que veut dire « {t} » ? Une phrase.'),
    ('es-ES', '¿Qué significa «{t}»? En una frase.'), ('it-IT', 'Cosa significa "{t}"? Una frase.'),
    ('pl-PL', 'Co znaczy „{t}”? Jednym zdaniem.'), ('pt-BR', 'O que significa "{t}"? Uma frase.'),
    ('nl-NL', 'Wat betekent "{t}"? Eén zin.'), ('sv-SE', 'Vad betyder "{t}"? En mening.'),
    ('tr-TR', '"{t}" ne demek? Tek cümle.'), ('ru-RU', 'Что означает «{t}»? Одним предложением.'),
    ('uk-UA', 'Що означає «{t}»? Одним реченням.'), ('el-GR', 'Τι σημαίνει «{t}»; Μία πρόταση.'),
    ('he-IL', 'מה פירוש "{t}"? משפט אחד.'), ('ar-EG', 'ما معنى "{t}"؟ جملة واحدة.'),
    ('hi-IN', '"{t}" का क्या मतलब है? एक वाक्य में।'), ('zh-CN', '“{t}”是什么意思？一句话。'),
    ('ja-JP', '「{t}」とは何ですか？一文で。'), ('ko-KR', '"{t}"가 무슨 뜻인가요? 한 문장으로.'),
    ('th-TH', '"{t}" หมายความว่าอะไร ตอบสั้นๆ'), ('cs-CZ', 'Co znamená „{t}“? Jednou větou.'),
    ('ro-RO', 'Ce înseamnă „{t}”? O propoziție.'), ('fi-FI', 'Mitä "{t}" tarkoittaa? Yhdellä lauseella.'),
    ('nb-NO', 'Hva betyr «{t}»? Én setning.'), ('pt-PT', 'O que quer dizer "{t}"? Numa frase.'),
    ('en', 'What does "{t}" mean? One sentence.'), ('en', 'Give a one-line definition of "{t}".'),
]
SIMPLE_EN = ['How many calendar days are there from {d1} to {d2}?', 'Convert {d1} to ISO 8601 format.',
             'Put this citation in italics where needed: {c} [1932] AC 562.', 'Translate "notice to quit" into {lg}.',
             'Is {d1} a weekday?', 'Capitalise this heading: "claim form n1 – particulars of claim"',
             'Add 14 days to {d1}.', 'What is 12% of €1,850?', 'Give me the plural of "affidavit".',
             'Sort these case refs: {r1}, {r2}, {r3}']
LG = ['German', 'French', 'Spanish', 'Polish', 'Turkish', 'Japanese', 'Hindi', 'Arabic', 'Thai', 'Korean']

HARD_SHORT = [
    ('en', 'A tenancy started on {d1} with rent due on the {n}th. Notice was posted first class on {d2} (deemed served 2 '
           'business days later) and must give at least two months ending on the day before a rent day. Bank holidays '
           'fall on the {h1} and {h2} of the following months. Work out the earliest valid expiry date, step by step, and '
           'say what changes if the lease instead says "one calendar month".'),
    ('en', 'A debt of {amt} fell due on {d1}. The debtor paid {p1} on {d2} and acknowledged the debt in writing six years '
           'later. Under a 6-year limitation rule where acknowledgement restarts time but part-payment by a third party '
           'does not, and a competing 3-year rule for consumer claims, decide whether the claim is time-barred today. '
           'Reason through each rule and the conflict.'),
    ('en', 'Three custody constraints: (1) the child spends no more than {n} consecutive nights away from either parent; '
           '(2) each parent gets exactly half of the 14 nights in a fortnight; (3) school nights Mon–Thu are with the parent '
           'living within {km} km of the school, which only one does. Prove whether a fortnightly schedule exists and give '
           'one if it does.'),
    ('en', 'Design a conflict-of-interest checker for a firm with {n}0,000 matters in {k} scripts: exact vs phonetic vs '
           'transliteration-aware matching, the false-positive cost for partners, storage, and audit. Give the trade-offs '
           'and recommend one design.'),
    ('en', 'Our court e-filing deadline calculator returns the wrong date only when the deadline lands on a Monday after a '
           'DST change. It stores deadlines as UTC midnight and adds 86400*N seconds. Explain the root cause precisely and '
           'propose a fix that also handles court holidays.'),
    ('en', 'Claimant values the claim at {amt}, expects to win with p={p}; each side pays {c} in costs; loser pays 60% of '
           'the winner\'s costs. Compute the rational settlement range for both sides and show how it moves if p drops '
           'by 0.1.'),
    ('en', 'Show that these clauses cannot all hold at once, or find a reading where they do: (a) notices by e-mail are '
           'effective on sending; (b) no notice is effective outside business hours; (c) termination notice takes effect on '
           'receipt; (d) the tenant may only be given notice in writing delivered by hand.'),
    ('en', 'A fine of {amt} doubles if unpaid after 28 days and an appeal suspends the clock, but only for appeals lodged '
           'within 14 days; an appeal was lodged on day {n} and rejected on day {m}. On what day does the fine double? '
           'Justify each step, including the case where the rejection is served by post.'),
    ('de-DE', 'Ein Mieter kündigt am {d1} per Einschreiben, Zugang am übernächsten Werktag. Die Frist ist drei Monate zum '
              'Monatsende, Zugang bis zum dritten Werktag zählt noch. Samstag ist Werktag. Bestimme das Mietende und begründe '
              'jeden Schritt; was gilt, wenn der dritte Werktag ein Feiertag ist?'),
    ('fr-FR', 'Un jugement est signifié le {d1}. Le délai d\'appel est d\'un mois, prorogé au premier jour ouvrable suivant. '
              'La partie réside à l\'étranger (délai augmenté de deux mois). Calcule la date limite et explique chaque '
              'étape, puis discute le cas d\'une signification à une adresse erronée.'),
    ('es-ES', 'Diseña un sistema de reparto de asuntos para un juzgado con {n} magistrados: reglas de turno, '
              'incompatibilidades y recusaciones. Compara dos algoritmos y justifica cuál elegirías.'),
    ('pl-PL', 'Termin na apelację to 14 dni od doręczenia wyroku z uzasadnieniem. Wyrok doręczono {d1}, uzasadnienie '
              'sporządzono później i doręczono po {n} dniach. Ustal termin krok po kroku i wyjaśnij, co się zmienia, gdy '
              'ostatni dzień przypada w sobotę.'),
    ('ja-JP', '賃料滞納が{n}か月続いた場合の解除の可否を、信頼関係破壊の法理に沿って段階的に検討し、反対の結論になる事情も挙げてください。'),
    ('zh-CN', '证明：若每名法官每周最多开庭{n}次，且每个案件需两名不同法官，则每周最多能审理多少案件？给出构造并证明上界。'),
    ('ru-RU', 'Срок исковой давности три года, течение приостанавливается на время досудебной претензии (до 30 дней). '
              'Претензия направлена {d1}, ответ получен через {n} дней. Определи последний день подачи иска и обоснуй.'),
    ('en', 'An applicant needs 5 years\' continuous residence with no more than 180 days abroad in any rolling 12 months. '
           'Trips: {n} weeks in year 1, two trips of {m} days straddling the end of year 2, 95 days in year 4. Decide '
           'whether the qualifying period is met, showing the worst rolling window, and say which trip to document first.'),
    ('en', 'Two witnesses disagree: W1 says the van turned left on a green filter arrow at 08:10; W2 says the lights were '
           'all red and it was 08:20. The signal log shows the filter arrow only runs 07:00-08:00 on weekdays, and the day '
           'was a bank holiday. Which account is more reliable and why? Consider every way both could be partly right.'),
    ('en', 'Design the data model for a court\'s small-claims portal that must support joint claimants, counterclaims, '
           'partial admissions and payment plans, while letting anonymised judgments be published. Discuss the trade-offs '
           'of one table per party role versus a generic party table.'),
    ('en', 'Is this argument valid? "Every eviction requires a court order; some possession orders are not evictions; '
           'therefore some possession orders do not require a court order." Prove or refute with a counter-model.'),
    ('en', 'A power of attorney requires two of three attorneys to sign, but attorney C may not act on property '
           'matters and attorney A is abroad for {n} weeks. Enumerate which transactions remain possible, and design a '
           'rule for the bank\'s system that enforces this correctly.'),
    ('de-DE', 'Ein Bußgeldbescheid wird am {d1} zugestellt, Einspruchsfrist zwei Wochen; der Betroffene war vom {n}. an '
              'verreist. Prüfe Schritt für Schritt Fristablauf und Wiedereinsetzung und nenne das stärkste Gegenargument.'),
    ('it-IT', 'Progetta un calendario delle udienze per {n} giudici e 3 aule che minimizzi i rinvii, considerando '
              'incompatibilità e urgenze; confronta due approcci e giustifica la scelta.'),
    ('ko-KR', '보증금 반환 청구에서 임대인이 원상복구 비용을 공제하려 합니다. 통상 손모와 특별 손모를 구분하는 기준을 단계적으로 '
              '검토하고, 반대 결론이 나올 수 있는 사정을 제시하세요.'),
    ('tr-TR', 'Kira artışı için iki kural çatışıyor: yasal üst sınır %{n} ve sözleşmedeki TÜFE maddesi. Hangisinin '
              'uygulanacağını adım adım gerekçelendir ve karşı görüşü değerlendir.'),
]
LONG_EASY_TASKS = ['Sort these hearings by date and give me a clean table.', 'Convert this list to CSV with the same columns.',
                   'Count how many hearings are in courtroom 3.', 'Remove the duplicate lines and return the list.',
                   'Translate the column headings into English, leave the rest.', 'Summarise this list in one sentence.',
                   'Extract only the case numbers, one per line.', 'Bitte alphabetisch nach Aktenzeichen sortieren.',
                   'Pasa esta lista a formato tabla.', 'Mets cette liste au format CSV.', 'この一覧を日付順に並べてください。',
                   'Отсортируй список по дате.']
HEAR_TYPES = ['case management conference', 'possession hearing', 'small claims hearing', 'directions hearing',
              'preliminary hearing', 'final hearing', 'mention', 'appeal hearing', 'costs assessment', 'mediation']
LONG_HARD_TASKS = [
    'Using the ledger above, reconstruct the arrears at each rent day, applying each payment to the oldest unpaid month '
    'unless the tenant specified otherwise. Determine whether arrears were at least two months both on the date of the '
    'notice and on the hearing date, and explain how the result changes if the landlord was entitled to allocate payments '
    'to service charges first.',
    'Find the root cause of the wrong deadlines in the log above. Several hypotheses are possible (timezone, holiday '
    'table, off-by-one in the service rule); test each against the entries, rule out the ones that do not fit, and '
    'propose a fix with a regression test.',
    'The clauses above conflict on notice, service and liability. Map the dependencies, decide which clause prevails '
    'under a specific-over-general rule and under a later-over-earlier rule, and draft a consistent replacement.',
    'Compare the two statements above line by line. Identify every inconsistency on time, place and sequence, decide '
    'which ones matter for liability, and explain which account a court would likely prefer and why.',
    'From the travel log above, compute the longest period of continuous residence that satisfies a maximum of 180 '
    'days abroad in any rolling 12 months, identify the breaking trip if any, and explain the calculation.',
    'From the timeline above, decide which limitation periods have expired for each of the four claims, considering '
    'acknowledgements, part payments and the suspension during mediation, and justify each conclusion.',
]


def complexity_records(g: Gen):
    r = g.rng
    out = []
    tags_all = list(L)

    def chat(content, system=None):
        msgs = ([{'role': 'system', 'content': system}] if system else []) + [{'role': 'user', 'content': content}]
        return {'model': 'hybridgate/auto', 'messages': msgs}

    def dstr():
        return g.rand_date().strftime(r.choice(['%d/%m/%Y', '%Y-%m-%d', '%d %B %Y']))

    # short_simple 46
    for i in range(46):
        if i % 2 == 0:
            lang, t = SIMPLE_LOCAL[(i // 2) % len(SIMPLE_LOCAL)]
            txt = t.format(t=TERMS[i % len(TERMS)])
            style = 'definition'
        else:
            lang = 'en'
            txt = SIMPLE_EN[(i // 2) % len(SIMPLE_EN)].format(d1=dstr(), d2=dstr(), c=r.choice(LANDMARK), lg=r.choice(LG),
                                                              r1=g.ref('en-GB'), r2=g.ref('en-GB'), r3=g.ref('en-GB'))
            style = 'lookup/trivial'
        out.append(('short_simple', 0, False, lang, style, chat(txt)))
    # long_easy 50
    for i in range(50):
        tag = tags_all[i % len(tags_all)]
        lines = []
        n = r.randint(28, 40)
        for k in range(1, n + 1):
            lines.append(f'{k}. {g.ref(tag)} — {r.choice(HEAR_TYPES)} — {g.fmt_date(tag, g.rand_date(2026))} '
                         f'{r.randint(9, 15)}:{r.choice(["00", "15", "30", "45"])} — courtroom {r.randint(1, 9)} — '
                         f'{anon(r, tag)} v {anon(r, tag)}')
        task = LONG_EASY_TASKS[i % len(LONG_EASY_TASKS)]
        txt = (f'{task}\n\n' if i % 2 else '') + '\n'.join(lines) + ('' if i % 2 else f'\n\n{task}')
        assert len(txt) >= 1500, len(txt)
        out.append(('long_easy', 0, True, tag, 'reformat/cause_list', chat(txt, r.choice(SYSTEMS))))
    # short_hard 50
    for i in range(50):
        lang, t = HARD_SHORT[i % len(HARD_SHORT)]
        txt = t.format(d1=dstr(), d2=dstr(), n=r.randint(3, 12), m=r.randint(20, 40), h1=r.randint(1, 28),
                       h2=r.randint(1, 28), amt=r.choice(['€12,000', '£8,400', '$25,000', '€4.300']),
                       p1=r.choice(['€200', '£50', '$75']), km=r.randint(15, 80), k=r.randint(3, 9),
                       p=r.choice(['0.55', '0.6', '0.7', '0.65']), c=r.choice(['€3,000', '£5,000', '$4,000']))
        assert len(txt) < 700
        out.append(('short_hard', 1, True, lang, 'reasoning/proceeding', chat(txt)))
    # long_hard 44
    for i in range(44):
        tag = tags_all[(i * 5) % len(tags_all)]
        kind = i % 6
        if kind == 0:
            rows = []
            bal = 0
            rent = r.choice([650, 780, 925, 1100])
            for k in range(24):
                paid = r.choice([rent, rent, rent, 0, rent // 2, rent + 100])
                bal += rent - paid
                rows.append(f'{2024 + k // 12}-{k % 12 + 1:02d}-01 rent {rent} paid {paid} note: '
                            f'{r.choice(["", "for last month", "partial", "service charge", "via housing benefit"])}')
            body = '\n'.join(rows) + f'\nNotice served 2025-{r.randint(3, 11):02d}-{r.randint(1, 28):02d}; hearing 2026-{r.randint(1, 3):02d}-15.'
        elif kind == 1:
            rows = []
            for k in range(30):
                rows.append(f'2026-03-{k % 28 + 1:02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z INFO deadline_calc '
                            f'served={g.rand_date(2026)} rule={r.choice(["14d", "1m", "28d", "2bd"])} result={g.rand_date(2026)} '
                            f'tz={r.choice(["UTC", "Europe/Berlin", "Europe/London"])} holidays_v={r.choice(["2025.2", "2026.1"])}')
            body = '\n'.join(rows)
        elif kind == 2:
            clauses = ['Notices are effective on receipt, save that e-mail notices are effective the next business day.',
                       'The aggregate liability of each party shall not exceed the fees paid in the preceding 12 months.',
                       'Either party may terminate on three months\' written notice delivered by hand.',
                       'Nothing in this Agreement limits liability for fraud.',
                       'Notices sent by e-mail are effective on sending.',
                       'Termination is without prejudice to accrued rights; clauses 7, 9 and 12 survive.']
            body = '\n'.join(f'{a}.{b}. {r.choice(clauses)}' for a in range(1, 13) for b in range(1, r.randint(2, 3)))
        elif kind == 3:
            acts = ['I saw the van', 'the cyclist came from the left', 'the lights were green', 'the lights had just changed',
                    'a bus blocked my view', 'the driver got out and shouted', 'I heard a bang before I looked',
                    'the van was indicating', 'the van did not indicate', 'it was raining lightly', 'the road was dry']
            w1 = '\n'.join(f'W1 ¶{k}: at 08:{r.randint(0, 30):02d} {r.choice(acts)}.' for k in range(1, 16))
            w2 = '\n'.join(f'W2 ¶{k}: at 08:{r.randint(0, 30):02d} {r.choice(acts)}.' for k in range(1, 16))
            body = 'STATEMENT 1 (witness 1, anonymised)\n' + w1 + '\n\nSTATEMENT 2 (witness 2, anonymised)\n' + w2
        elif kind == 4:
            rows = []
            dday = dt.date(2019, 1, 1)
            for k in range(36):
                dday += dt.timedelta(days=r.randint(20, 70))
                rows.append(f'trip {k + 1}: out {dday.isoformat()} back {(dday + dt.timedelta(days=r.randint(2, 40))).isoformat()} '
                            f'({r.choice(["family", "work", "holiday", "funeral", "conference"])})')
            body = '\n'.join(rows)
        else:
            evs = ['invoice issued', 'reminder sent', 'part payment received', 'written acknowledgement', 'mediation started',
                   'mediation ended', 'claim form issued', 'defence filed', 'letter before action']
            body = '\n'.join(f'{g.rand_date(r.randint(2017, 2025))}: claim {r.choice("ABCD")} — {r.choice(evs)}'
                             for _ in range(40))
        task = LONG_HARD_TASKS[kind]
        txt = body + '\n\n' + task
        if len(txt) < 1500:
            txt = body + '\n' + body + '\n\n' + task
        out.append(('long_hard', 1, False, 'en', 'analysis/' + ['arrears', 'rootcause', 'clauses', 'statements', 'residence', 'limitation'][kind],
                    chat(txt, r.choice(SYSTEMS))))
    order = list(range(len(out)))
    r.shuffle(order)
    recs = []
    for i, k in enumerate(order, 1):
        cat, label, adv, lang, style, body = out[k]
        recs.append({'id': f'tepui-cx-{i:04d}', 'category': cat, 'label': label, 'length_adversarial': adv,
                     'endpoint': 'chat', 'lang': lang, 'style': style, 'body': body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    g = Gen(a.seed)
    pii = build_pii(g)
    cx = complexity_records(g)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / 'pii_tepui.jsonl', 'w', encoding='utf-8') as f:
        for rec in pii:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(out / 'complexity_tepui.jsonl', 'w', encoding='utf-8') as f:
        for rec in cx:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    sens = sum(x['sensitive'] for x in pii)
    ep = collections.Counter(x['endpoint'] for x in pii)
    print(f'pii_tepui.jsonl: {len(pii)} requests ({ep["chat"]} chat, {ep["completions"]} completions), '
          f'{sens} sensitive / {len(pii) - sens} benign, {len({x["lang"] for x in pii})} language tags')
    print('  categories:', dict(sorted(collections.Counter(x['category'] for x in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for x in pii for e in x['entities']).items())))
    print('  placements:', dict(sorted(collections.Counter(x['style'].split(' · ')[1] for x in pii).items())))
    print('  benign kinds:', dict(sorted(collections.Counter(x['style'].split(' · ')[2] for x in pii if not x['sensitive']).items())))
    print('  incidental sensitive:', sum(1 for x in pii if x['sensitive'] and x['style'].endswith('incidental')))
    cc = collections.Counter(x['category'] for x in cx)
    adv = sum(x['length_adversarial'] for x in cx)
    print(f'complexity_tepui.jsonl: {len(cx)} prompts in {len({x["lang"] for x in cx})} language tags: {dict(sorted(cc.items()))}; '
          f'{adv} ({100 * adv // len(cx)}%) length-adversarial, {sum(x["label"] for x in cx)} labelled 1')
    print('  pool sizes after cut (first, last, streets):', g.pool_sizes)


if __name__ == '__main__':
    main()
