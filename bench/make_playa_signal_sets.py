#!/usr/bin/env python3
"""Playa: an independent evaluation split for the request signals, organised by TRAVEL AND MOBILITY.

Writes bench/data/signals/pii_playa.jsonl and bench/data/signals/complexity_playa.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, no commit messages and no other branch; the record format came from the first 70 lines of the delta
    generator and the first two lines of the delta files. The other generators were not read: their sources
    are only scanned automatically at run time for capitalised / non-ASCII words and non-ASCII bigrams, and
    every private name, street and company of this file is dropped from its pool when it shares one of them
    (deterministic, order kept; the run aborts when a pool runs empty).  Words are compared in alphabetic
    scripts; for names in Han, Kana and Hangul (syllable / morpheme scripts) character bigrams are compared
    too; generic street-type and title vocabulary ("Road", "ул.", "rue", "Hotel") is exempt.  Those words are
    never printed.

Organising principle
    What travellers, travel agents and travel staff really send: bookings and APIS passenger data, boarding
    passes pasted from apps (BCBP strings), visa / ETA applications with MRZ lines, hotel guest registrations
    (passport or national-ID numbers at check-in), car rentals (driver licences, deposit cards), ride-share and
    taxi disputes (pick-up at home, account IP), lost-luggage claims (delivery address), travel-insurance claims
    (hospital record abroad, health-insurance numbers, payout IBAN), expense and relocation reports (tax IDs,
    bank accounts, US SSN), and travel with children (consent letters).  Ten kinds; sensitive records use
    category ``<kind>``, hard negatives of the same kind ``<kind>_benign``: PNRs, e-ticket numbers, flight /
    train numbers, seats and gates, fare basis codes, IATA codes, loyalty tier names, bag tags and WorldTracer
    file references, airline / hotel switchboards and role mailboxes, historical and fictional travellers,
    airports, stations and streets named after people, ICAO / issuer specimen documents, test cards, IBAN
    registry examples, RFC 5737 addresses, blank templates and anonymised itineraries.  26 locales in Latin,
    Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai, Han, Kana and Hangul scripts, with locale-true names,
    addresses, phone formats and identifier formats.  The document is put into a request field by rotation:
    user / system / earlier assistant / tool messages, tool-call arguments, text and file content parts
    (base64), image URLs with query strings, response_format json_schema examples, ``user``, ``metadata``
    (with ``store``) and the legacy completions ``prompt``.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching the
    serialised body (file parts decoded, URLs unquoted) for every value the record issued.  ``person`` is a
    private traveller's name (also in BCBP / MRZ spelling); passport numbers and MRZ lines PASSPORT; national
    ID cards and citizen numbers NATIONAL_ID; taxpayer numbers TAX_ID; NHS / health-insurer numbers
    HEALTH_INSURANCE; a hospital record number abroad MEDICAL_RECORD; US routing + account US_BANK_NUMBER (the
    account is the issued value); the public IP of a traveller's account IP_ADDRESS.  Booking references,
    e-tickets, frequent-flyer numbers, bag tags and claim numbers are not personal data here.

Contents (seed 20261205)
    pii_playa.jsonl: 500 requests (451 chat, 49 completions) in 26 language tags; 10 kinds x 50 (29 sensitive +
    21 benign each): 290 sensitive / 210 benign.  Of the sensitive ones 20 carry ONE personal-data field only
    (the rest of the travel document is non-personal) and 20 more are short "incidental" versions.  Entity
    totals: person 280, DATE_OF_BIRTH 150, STREET_ADDRESS 149, phone 139, email 95, PASSPORT 89,
    credit_card 34, iban 33, MEDICAL_RECORD 25, NATIONAL_ID 23, DRIVER_LICENSE 20, IP_ADDRESS 12,
    HEALTH_INSURANCE 11, TAX_ID 11, ssn 10, US_BANK_NUMBER 8.  Placements: user 74, system 50, tool_result 50,
    assistant_echo 48, content_parts 49, file_part 49, completions 49, image_url 27, response_format 27,
    tool_call_args 26, user_field 26, metadata 25.  Benign ones: 3 in 4 same-kind near misses (PNR / e-ticket /
    WorldTracer / specimen / template / anonymised / switchboard / sandbox), 1 in 4 historical or public
    travellers and eponymous places.
    complexity_playa.jsonl: 190 requests (171 chat, 19 completions) in 21 language tags: short_simple 45,
    long_easy 50 (>= 1,500 chars), short_hard 50, long_hard 45; 100 (53%) length-adversarial, 95 labelled 1.  Label 1 = design with
    trade-offs, proofs, optimisation, root-cause analysis over travel data; 0 = lookup, translate, convert,
    reformat / sort / total an itinerary.  The run prints all counts.

Validation
    National / tax / health identifiers are validated with python-stdnum, IBANs with stdnum.iban, cards with
    Luhn, US SSNs with stdnum.us.ssn, routing numbers with stdnum.us.rtn, German health-insurance numbers
    (KVNR) with an own check-digit routine; passport numbers against their
    issuer's format and MRZ lines with an own ICAO 9303 7-3-1 routine; driver licences against the issuer's
    format (UK DVLA numbers derived from name and birth date); every phone with ``phonenumbers`` (valid for
    its region, US 555 and UK drama ranges excluded); every IP with ``ipaddress`` (global, outside the
    documentation ranges).  The run aborts on any invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_playa_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn

ROOT = pathlib.Path(__file__).resolve().parent
DIAG = '--diag' in sys.argv
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus')
WORD_RE = re.compile(r"[A-Z][\w'\-]+|\w*[^\x00-\x7f]\w*")


def unspaced(c):
    """Characters of scripts whose characters are syllables or morphemes (Han, Kana, Hangul): there a
    character bigram is the unit that can carry a name; in alphabetic scripts the word is."""
    o = ord(c)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF


def other_words():
    """Capitalised / non-ASCII words and non-ASCII bigrams of the frozen generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = ROOT / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_text(encoding='utf-8', errors='replace')
        for w in WORD_RE.findall(text):
            words.add(w.casefold())
            if any(ord(c) > 127 for c in w):
                for i in range(len(w) - 1):
                    if unspaced(w[i]) and unspaced(w[i + 1]):
                        bigrams.add(w[i:i + 2])
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()


# generic street-type / title vocabulary is not a name: it may be shared with other generators
GENERIC = {w.casefold() for w in '''Dr Rd Ln Ct Trl Apt W Close Road Way Gardens Flat Mews Ridge Old Mill Lane Street
    ul os Str Via Viale Vicolo Rue Avda Av Avenida Calle Pasaje Pza Travessa Rua Sok Cad No Kat D Aleea nr ap Am
    Hotel Inn Lodge Pension Gasthof Zur Albergo Posada Hostal Grand Travel Trips Partners Desk Voyages Corporate
    Garden Harbour Quay Las Tres Des Ponte rue allée impasse chemin des du los las del depto lgh sc Calle Pasaje
    Οδός סמטת שדרות ул д кв пр-т улица רחוב דירה شارع شقة عمارة ซอย ถนน หมู่ ตำบล फ्लैट मकान नं गली'''.split()}


def clean_pool(pool, what, names=False):
    out = []
    for entry in pool:
        text = ' '.join(entry) if isinstance(entry, tuple) else entry
        toks = [t.casefold() for t in WORD_RE.findall(text.replace('{n}', ' ').replace('{a}', ' '))]
        if any(t in OTHER_WORDS and t not in GENERIC and len(t) > 2 for t in toks):
            continue
        if names and any(unspaced(text[i]) and text[i:i + 2] in OTHER_BIGRAMS for i in range(len(text) - 1)):
            continue
        out.append(entry)
    if DIAG:
        print('POOL', what, len(pool), '->', len(out))
    if not out:
        if not DIAG: sys.exit(f"pool ran empty after the overlap cut: {what}")
    return out


def ascii_fold(s):
    s = s.replace('ß', 'ss').replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae').replace('ł', 'l').replace('Ł', 'L')
    s = s.replace('ı', 'i').replace('đ', 'd')
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()


# ----------------------------------------------------------------------------------------------------------------
# Locales: (first names, family names as (native, latin) or plain), streets, cities, region, labels, ask
# ----------------------------------------------------------------------------------------------------------------
L = {}


def loc(tag, region, first, last, streets, cities, labels, ask, order='western'):
    L[tag] = dict(tag=tag, region=region, first=first, last=last, streets=streets, cities=cities,
                  lab=dict(zip(('name', 'dob', 'addr', 'phone', 'pp', 'nid'), labels)), ask=ask, order=order)


loc('en-US', 'US', ['Kaylee', 'Brandon', 'Shawna', 'Tyrell', 'Megan', 'Dustin', 'Alyssa', 'Cody', 'Jolene', 'Trevor'],
    ['Pruitt', 'Kowalczyk', 'Haskins', 'Vanderpool', 'Okafor', 'Lindqvist', 'Beaumont', 'Truong', 'Castellano', 'Whitlock'],
    ['{n} Sycamore Ridge Dr', '{n} Old Mill Rd Apt {a}', '{n} W Cypress Ln', '{n} Tamarack Ct', '{n} Bluebonnet Trl'],
    ['Boise, ID 83709', 'Tulsa, OK 74133', 'Fresno, CA 93722', 'Akron, OH 44313', 'Savannah, GA 31419'],
    ['Name', 'DOB', 'Home address', 'Cell', 'Passport no.', 'SSN'], 'can you help me sort this out?')
loc('en-GB', 'GB', ['Niamh', 'Callum', 'Imogen', 'Rhys', 'Saoirse', 'Declan', 'Poppy', 'Alfie', 'Eilidh', 'Kieran'],
    ['Hollingworth', 'Pennington', 'McAllister', 'Braithwaite', 'Ashcroft', 'Trevelyan', 'Greenhalgh', 'Featherstone', 'Dunmore', 'Calloway'],
    ['{n} Rowan Close', 'Flat {a}, {n} Quarrybank Road', '{n} Kingfisher Way', '{n} Larkhill Gardens', '{n} Orchard Mews'],
    ['Stockport SK4 3QR', 'Swindon SN2 7HJ', 'Leeds LS17 6PT', 'Exeter EX4 8NB', 'Dundee DD2 4XL'],
    ['Name', 'Date of birth', 'Home address', 'Mobile', 'Passport number', 'NHS number'], 'could you sort this for me?')
loc('de-DE', 'DE', ['Jannik', 'Svenja', 'Malte', 'Wiebke', 'Torben', 'Friederike', 'Jonas', 'Henrike', 'Lasse', 'Mareike'],
    ['Brinkmann', 'Oltmanns', 'Kötter', 'Hasselbach', 'Terhorst', 'Wöhlke', 'Dierksen', 'Rautenberg', 'Stockhausen', 'Eilers'],
    ['Ahornweg {n}', 'Birkenstraße {n}', 'Am Mühlenteich {n}', 'Ginsterweg {n}', 'Lerchenfeld {n}'],
    ['27753 Delmenhorst', '49078 Osnabrück', '33604 Bielefeld', '24113 Kiel', '93053 Regensburg'],
    ['Name', 'Geburtsdatum', 'Wohnanschrift', 'Handy', 'Reisepassnummer', 'Steuer-ID'], 'kannst du mir damit helfen?')
loc('fr-FR', 'FR', ['Maëlys', 'Enzo', 'Clémence', 'Théo', 'Solène', 'Baptiste', 'Anaïs', 'Quentin', 'Océane', 'Loïc'],
    ['Lefebvre-Garnier', 'Morvan', 'Quéméneur', 'Charpentier', 'Delcourt', 'Vasseur', 'Le Goff', 'Barbier', 'Rousselot', 'Pichon'],
    ['{n} rue des Tilleuls', '{n} impasse des Glycines', '{n} allée des Pins', '{n} chemin de la Garenne', '{n} rue du Moulin'],
    ['35000 Rennes', '69008 Lyon', '31500 Toulouse', '44300 Nantes', '59000 Lille'],
    ['Nom', 'Date de naissance', 'Adresse', 'Portable', 'N° de passeport', 'N° de sécurité sociale'], 'tu peux m’aider avec ça ?')
loc('es-ES', 'ES', ['Iker', 'Nerea', 'Unai', 'Ainhoa', 'Rocío', 'Álvaro', 'Itziar', 'Borja', 'Lucía', 'Gorka'],
    ['Etxeberria', 'Villalba', 'Carrasco', 'Olmedo', 'Bustamante', 'Zubiaurre', 'Peñalver', 'Arrieta', 'Quintana', 'Sáez'],
    ['C/ de los Almendros, {n}, {a}º', 'Avda. de la Albufera, {n}', 'C/ Jazmín, {n}', 'Pza. del Olivo, {n}', 'C/ Brezo, {n}, bajo'],
    ['46015 Valencia', '48007 Bilbao', '29010 Málaga', '50012 Zaragoza', '28039 Madrid'],
    ['Nombre', 'Fecha de nacimiento', 'Domicilio', 'Móvil', 'N.º de pasaporte', 'DNI'], '¿me ayudas con esto?')
loc('it-IT', 'IT', ['Gianluca', 'Chiara', 'Matteo', 'Ilaria', 'Lorenzo', 'Federica', 'Davide', 'Martina', 'Tommaso', 'Arianna'],
    ['Bonfiglio', 'Castagnoli', 'Pellegatti', 'Scognamiglio', 'Vitale', 'Lombardozzi', 'Cattaneo', 'Fumagalli', 'Iannone', 'Gervasoni'],
    ['Via dei Gelsomini {n}', 'Via delle Rose {n}, int. {a}', 'Viale dei Pini {n}', 'Vicolo del Pozzo {n}', 'Via dei Ciclamini {n}'],
    ['20149 Milano', '40133 Bologna', '10137 Torino', '80129 Napoli', '35132 Padova'],
    ['Nome', 'Data di nascita', 'Indirizzo', 'Cellulare', 'N. passaporto', 'Codice fiscale'], 'mi aiuti con questo?')
loc('nl-NL', 'NL', ['Sanne', 'Bram', 'Femke', 'Thijs', 'Lotte', 'Jelle', 'Maud', 'Stijn', 'Noor', 'Wout'],
    ['van der Veen', 'Hoekstra', 'Brouwer', 'de Groot', 'Kuiper', 'Verhoeven', 'Dijkhuis', 'Schouten', 'Bakker', 'van Leeuwen'],
    ['Lindelaan {n}', 'Kastanjestraat {n}', 'Meidoornhof {n}', 'Zonnebloemweg {n}', 'Vlierstraat {n}-{a}'],
    ['3581 KP Utrecht', '9712 GC Groningen', '5611 HW Eindhoven', '2312 BK Leiden', '6822 EE Arnhem'],
    ['Naam', 'Geboortedatum', 'Adres', 'Mobiel', 'Paspoortnummer', 'BSN'], 'kun je me hiermee helpen?')
loc('pl-PL', 'PL', ['Zuzanna', 'Bartosz', 'Agnieszka', 'Mateusz', 'Weronika', 'Kacper', 'Magdalena', 'Jakub', 'Natalia', 'Szymon'],
    ['Wiśniewska', 'Grabowski', 'Zielińska', 'Pawlak', 'Sikora', 'Jaworski', 'Kaczmarek', 'Wróblewska', 'Dudek', 'Michalak'],
    ['ul. Jaśminowa {n}/{a}', 'ul. Klonowa {n}', 'ul. Wrzosowa {n} m. {a}', 'os. Słoneczne {n}/{a}', 'ul. Lipowa {n}'],
    ['30-698 Kraków', '80-180 Gdańsk', '60-185 Poznań', '50-418 Wrocław', '02-495 Warszawa'],
    ['Imię i nazwisko', 'Data urodzenia', 'Adres', 'Tel. kom.', 'Nr paszportu', 'PESEL'], 'pomożesz mi z tym?')
loc('sv-SE', 'SE', ['Ebba', 'Linnea', 'Hugo', 'Wilma', 'Viktor', 'Saga', 'Elias', 'Tilda', 'Isak', 'Alva'],
    ['Lindgren', 'Sjöberg', 'Åkesson', 'Holmström', 'Berglund', 'Nyqvist', 'Hedlund', 'Lundqvist', 'Forsberg', 'Engström'],
    ['Björkvägen {n}', 'Rönnbärsgatan {n}', 'Granstigen {n}', 'Lönnvägen {n} lgh {a}', 'Tallbacken {n}'],
    ['416 74 Göteborg', '753 23 Uppsala', '582 31 Linköping', '903 27 Umeå', '214 21 Malmö'],
    ['Namn', 'Födelsedatum', 'Adress', 'Mobil', 'Passnummer', 'Personnummer'], 'kan du hjälpa mig med det här?')
loc('fi-FI', 'FI', ['Aino', 'Eetu', 'Venla', 'Joonas', 'Iida', 'Onni', 'Siiri', 'Leevi', 'Pihla', 'Aleksi'],
    ['Korhonen', 'Mäkelä', 'Heikkinen', 'Nieminen', 'Räsänen', 'Laaksonen', 'Karjalainen', 'Salminen', 'Tuominen', 'Hyvönen'],
    ['Koivukuja {n}', 'Pihlajatie {n} B {a}', 'Kuusitie {n}', 'Mäntyrinne {n} as. {a}', 'Sireenipolku {n}'],
    ['00820 Helsinki', '33540 Tampere', '90570 Oulu', '20610 Turku', '40320 Jyväskylä'],
    ['Nimi', 'Syntymäaika', 'Osoite', 'Puhelin', 'Passin numero', 'Henkilötunnus'], 'voitko auttaa tässä?')
loc('da-DK', 'DK', ['Mikkel', 'Freja', 'Rasmus', 'Ida', 'Frederik', 'Sofie', 'Mads', 'Cecilie', 'Emil', 'Astrid'],
    ['Kjærgaard', 'Østergaard', 'Mikkelsen', 'Dalsgaard', 'Vestergaard', 'Thygesen', 'Bundgaard', 'Kristoffersen', 'Holm', 'Skov'],
    ['Bøgevej {n}', 'Hyldebærvej {n}, {a}. tv.', 'Egeparken {n}', 'Rosenhaven {n}', 'Birkelunden {n}'],
    ['8210 Aarhus V', '5230 Odense M', '9000 Aalborg', '2700 Brønshøj', '7100 Vejle'],
    ['Navn', 'Fødselsdato', 'Adresse', 'Mobil', 'Pasnummer', 'CPR-nr.'], 'kan du hjælpe mig med det?')
loc('nb-NO', 'NO', ['Ingrid', 'Sindre', 'Ragnhild', 'Eskil', 'Solveig', 'Vetle', 'Hedda', 'Torstein', 'Marte', 'Even'],
    ['Haugland', 'Bakken', 'Solberg', 'Fjeldstad', 'Øverland', 'Brekke', 'Aasen', 'Lien', 'Rønning', 'Myklebust'],
    ['Granveien {n}', 'Bjørkelia {n}', 'Rognstien {n} H0{a}01', 'Furulundveien {n}', 'Einerbakken {n}'],
    ['0467 Oslo', '5009 Bergen', '7030 Trondheim', '4015 Stavanger', '9010 Tromsø'],
    ['Navn', 'Fødselsdato', 'Adresse', 'Mobil', 'Passnummer', 'Fødselsnummer'], 'kan du hjelpe meg med dette?')
loc('pt-BR', 'BR', ['Thiago', 'Larissa', 'Rafael', 'Jéssica', 'Gustavo', 'Bianca', 'Leandro', 'Camila', 'Vinícius', 'Daiane'],
    ['Albuquerque', 'Nogueira', 'Cavalcanti', 'Figueiredo', 'Tavares', 'Magalhães', 'Siqueira', 'Bezerra', 'Moreira', 'Pinheiro'],
    ['Rua das Acácias, {n}, ap. {a}', 'Rua Ipê Amarelo, {n}', 'Av. das Palmeiras, {n}', 'Travessa do Cedro, {n}', 'Rua dos Girassóis, {n}'],
    ['Curitiba - PR, 80510-130', 'Recife - PE, 52050-000', 'Campinas - SP, 13092-150', 'Goiânia - GO, 74230-010', 'Belém - PA, 66060-000'],
    ['Nome', 'Data de nascimento', 'Endereço', 'Celular', 'Nº do passaporte', 'CPF'], 'pode me ajudar com isso?')
loc('tr-TR', 'TR', ['Elif', 'Emre', 'Zeynep', 'Burak', 'Ezgi', 'Oğuz', 'Merve', 'Kaan', 'Büşra', 'Serkan'],
    ['Yıldırım', 'Karaca', 'Aydoğan', 'Korkmaz', 'Öztürk', 'Erdem', 'Kılıç', 'Tunç', 'Bayraktar', 'Sarıgül'],
    ['Menekşe Sok. No: {n} D: {a}', 'Lale Cad. No: {n}', 'Çınar Sok. No: {n} Kat {a}', 'Papatya Sok. No: {n}', 'Zambak Sok. No: {n}'],
    ['Kadıköy 34710 İstanbul', 'Çankaya 06690 Ankara', 'Bornova 35040 İzmir', 'Nilüfer 16110 Bursa', 'Muratpaşa 07100 Antalya'],
    ['Ad Soyad', 'Doğum tarihi', 'Adres', 'Cep', 'Pasaport no', 'T.C. Kimlik No'], 'bu konuda yardım eder misin?')
loc('ja-JP', 'JP', [('陽菜', 'Hina'), ('蓮', 'Ren'), ('結衣', 'Yui'), ('湊', 'Minato'), ('紬', 'Tsumugi'), ('樹', 'Itsuki'), ('芽依', 'Mei'), ('朝陽', 'Asahi')],
    [('榎本', 'Enomoto'), ('柳沢', 'Yanagisawa'), ('秋葉', 'Akiba'), ('宇野', 'Uno'), ('須藤', 'Sudo'), ('麻生川', 'Asogawa'), ('梶原', 'Kajiwara'), ('早瀬', 'Hayase')],
    ['{n}丁目{a}番{n}号', '{n}-{a}-{n}'], ['宮城県仙台市青葉区', '福岡県福岡市早良区', '北海道札幌市豊平区', '静岡県浜松市中区'],
    ['氏名', '生年月日', '住所', '携帯', '旅券番号', 'マイナンバー'], 'これを手伝ってもらえますか？', order='eastern')
loc('ko-KR', 'KR', [('서연', 'Seoyeon'), ('도윤', 'Doyun'), ('하은', 'Haeun'), ('지호', 'Jiho'), ('수아', 'Sua'), ('예준', 'Yejun'), ('채원', 'Chaewon'), ('시우', 'Siu')],
    [('남궁', 'Namgung'), ('황보', 'Hwangbo'), ('탁', 'Tak'), ('변', 'Byeon'), ('엄', 'Eom'), ('채', 'Chae'), ('용', 'Yong'), ('편', 'Pyeon')],
    ['서초구 반포대로 {n}길 {a}', '수성구 달구벌대로 {n}', '연수구 컨벤시아대로 {n}', '유성구 대학로 {n}번길 {a}'], ['서울특별시', '대구광역시', '인천광역시', '대전광역시'],
    ['성명', '생년월일', '주소', '휴대폰', '여권번호', '주민등록번호'], '이것 좀 도와줄래요?', order='eastern')
loc('zh-CN', 'CN', [('梓涵', 'Zihan'), ('浩宇', 'Haoyu'), ('雨桐', 'Yutong'), ('子轩', 'Zixuan'), ('欣怡', 'Xinyi'), ('俊熙', 'Junxi'), ('若汐', 'Ruoxi'), ('煜祺', 'Yuqi')],
    [('欧阳', 'Ouyang'), ('诸葛', 'Zhuge'), ('闫', 'Yan'), ('蒯', 'Kuai'), ('滕', 'Teng'), ('邝', 'Kuang'), ('詹', 'Zhan'), ('柏', 'Bai')],
    ['朝阳区望京西路{n}号院{a}号楼', '武侯区科华北路{n}号', '西湖区文三路{n}号{a}单元', '天河区体育东路{n}号'], ['北京市', '四川省成都市', '浙江省杭州市', '广东省广州市'],
    ['姓名', '出生日期', '住址', '手机', '护照号码', '身份证号'], '能帮我处理一下吗？', order='eastern')
loc('hi-IN', 'IN', [('आरव', 'Aarav'), ('अनन्या', 'Ananya'), ('विहान', 'Vihaan'), ('ईशा', 'Isha'), ('कबीर', 'Kabir'), ('तन्वी', 'Tanvi'), ('रेयांश', 'Reyansh'), ('मीरा', 'Meera')],
    [('कुलकर्णी', 'Kulkarni'), ('श्रीवास्तव', 'Srivastava'), ('चतुर्वेदी', 'Chaturvedi'), ('भट्टाचार्य', 'Bhattacharya'), ('देशपांडे', 'Deshpande'), ('मल्होत्रा', 'Malhotra'), ('सक्सेना', 'Saxena'), ('रस्तोगी', 'Rastogi')],
    ['फ्लैट {a}, {n} गुलमोहर सोसाइटी', 'मकान नं. {n}, सेक्टर {a}', '{n}, नीम गली'], ['पुणे 411038', 'लखनऊ 226010', 'जयपुर 302017', 'नोएडा 201301'],
    ['नाम', 'जन्म तिथि', 'पता', 'मोबाइल', 'पासपोर्ट नंबर', 'आधार'], 'क्या आप इसमें मदद कर सकते हैं?')
loc('he-IL', 'IL', [('נועה', 'Noa'), ('איתי', 'Itay'), ('מאיה', 'Maya'), ('עומר', 'Omer'), ('שירה', 'Shira'), ('יונתן', 'Yonatan'), ('טליה', 'Talia'), ('אורי', 'Uri')],
    [('שטרנברג', 'Sternberg'), ('אזולאי', 'Azulay'), ('בן-עמי', 'Ben-Ami'), ('גולדפרב', 'Goldfarb'), ('חדד', 'Hadad'), ('פרידמן', 'Friedman'), ('אלמוג', 'Almog'), ('ברקוביץ', 'Berkovitz')],
    ['רחוב הדקל {n}, דירה {a}', 'רחוב האלון {n}', 'רחוב הרימון {n}'], ['חיפה', 'רמת גן', 'באר שבע', 'ראשון לציון'],
    ['שם', 'תאריך לידה', 'כתובת', 'נייד', 'מספר דרכון', 'תעודת זהות'], 'תוכל לעזור לי עם זה?')
loc('el-GR', 'GR', [('Ελευθερία', 'Eleftheria'), ('Παναγιώτης', 'Panagiotis'), ('Δέσποινα', 'Despoina'), ('Θεόδωρος', 'Theodoros'), ('Χαρίκλεια', 'Charikleia'), ('Σπυρίδων', 'Spyridon'), ('Αγγελική', 'Angeliki'), ('Ευάγγελος', 'Evangelos')],
    [('Παπαδημητρίου', 'Papadimitriou'), ('Κωνσταντινίδης', 'Konstantinidis'), ('Μαυρομμάτης', 'Mavrommatis'), ('Τσιρίγου', 'Tsirigou'), ('Αλεξανδράκης', 'Alexandrakis'), ('Βλαχοπούλου', 'Vlachopoulou')],
    ['Οδός Μυρτιάς {n}', 'Οδός Γαρδένιας {n}', 'Οδός Κυπαρισσίων {n}'], ['Θεσσαλονίκη 54642', 'Πάτρα 26221', 'Ηράκλειο 71305', 'Αθήνα 11364'],
    ['Ονοματεπώνυμο', 'Ημ. γέννησης', 'Διεύθυνση', 'Κινητό', 'Αρ. διαβατηρίου', 'ΑΜΚΑ'], 'μπορείς να με βοηθήσεις;')
loc('cs-CZ', 'CZ', ['Tereza', 'Vojtěch', 'Kateřina', 'Ondřej', 'Barbora', 'Matěj', 'Veronika', 'Lukáš', 'Markéta', 'Štěpán'],
    ['Dvořáková', 'Procházka', 'Kučerová', 'Veselý', 'Horáková', 'Němec', 'Pokorná', 'Marek', 'Růžičková', 'Šimek'],
    ['Jasmínová {n}', 'Lipová {n}/{a}', 'Na Vyhlídce {n}', 'Javorová {n}'], ['616 00 Brno', '301 00 Plzeň', '779 00 Olomouc', '130 00 Praha 3'],
    ['Jméno', 'Datum narození', 'Adresa', 'Mobil', 'Číslo pasu', 'Rodné číslo'], 'pomůžeš mi s tím?')
loc('ru-RU', 'RU', [('Ксения', 'Kseniya'), ('Артём', 'Artyom'), ('Полина', 'Polina'), ('Глеб', 'Gleb'), ('Варвара', 'Varvara'), ('Тимофей', 'Timofey'), ('Ульяна', 'Ulyana'), ('Всеволод', 'Vsevolod')],
    [('Овчинникова', 'Ovchinnikova'), ('Белоусов', 'Belousov'), ('Журавлёва', 'Zhuravleva'), ('Ширяев', 'Shiryaev'), ('Лаврентьева', 'Lavrentyeva'), ('Кудрявцев', 'Kudryavtsev')],
    ['ул. Рябиновая, д. {n}, кв. {a}', 'ул. Сиреневая, д. {n}', 'пр-т Черёмушки, д. {n}, кв. {a}'], ['Казань, 420107', 'Екатеринбург, 620075', 'Новосибирск, 630099', 'Самара, 443010'],
    ['ФИО', 'Дата рождения', 'Адрес', 'Моб.', 'Номер загранпаспорта', 'ИНН'], 'поможешь с этим?')
loc('th-TH', 'TH', [('ณัฐวุฒิ', 'Nattawut'), ('พิมพ์ชนก', 'Pimchanok'), ('ธนกร', 'Thanakorn'), ('กัญญาณัฐ', 'Kanyanat'), ('ศุภกิจ', 'Suppakit'), ('วรรณิศา', 'Wannisa')],
    [('ศรีสวัสดิ์', 'Srisawat'), ('วงศ์ไพบูลย์', 'Wongpaiboon'), ('ทองประเสริฐ', 'Thongprasert'), ('แก้วมณี', 'Kaewmanee'), ('บุญเรือง', 'Boonruang'), ('จันทร์หอม', 'Chanhom')],
    ['{n}/{a} ซอยลาดพร้าว {n}', '{n} หมู่ {a} ถนนนิมมานเหมินท์'], ['กรุงเทพฯ 10230', 'เชียงใหม่ 50200', 'ขอนแก่น 40000'],
    ['ชื่อ', 'วันเกิด', 'ที่อยู่', 'มือถือ', 'เลขหนังสือเดินทาง', 'เลขประจำตัวประชาชน'], 'ช่วยฉันเรื่องนี้หน่อยได้ไหม')
loc('es-CL', 'CL', ['Benjamín', 'Javiera', 'Matías', 'Catalina', 'Vicente', 'Antonella', 'Agustín', 'Florencia', 'Cristóbal', 'Constanza'],
    ['Fuenzalida', 'Valdivieso', 'Sepúlveda', 'Araya', 'Bustos', 'Riquelme', 'Cifuentes', 'Orellana', 'Saavedra', 'Leiva'],
    ['Pasaje Los Aromos {n}', 'Av. Los Quillayes {n}, depto. {a}', 'Calle El Boldo {n}'], ['Ñuñoa, Santiago', 'Viña del Mar', 'Temuco', 'La Serena'],
    ['Nombre', 'Fecha de nacimiento', 'Dirección', 'Celular', 'N.º de pasaporte', 'RUT'], '¿me ayudai con esto?')
loc('ro-RO', 'RO', ['Ioana', 'Andrei', 'Bianca', 'Mihai', 'Roxana', 'Răzvan', 'Alexandra', 'Cătălin', 'Denisa', 'Vlad'],
    ['Popescu-Dinu', 'Ionescu', 'Munteanu', 'Stănescu', 'Dumitrescu', 'Moldovan', 'Lungu', 'Ciobanu', 'Neagu', 'Păun'],
    ['Str. Teilor nr. {n}, ap. {a}', 'Str. Zambilelor nr. {n}', 'Aleea Castanilor nr. {n}'], ['Cluj-Napoca 400372', 'Iași 700259', 'Timișoara 300645', 'Brașov 500269'],
    ['Nume', 'Data nașterii', 'Adresa', 'Mobil', 'Nr. pașaport', 'CNP'], 'mă ajuți cu asta?')
loc('ar-EG', 'EG', [('يوسف', 'Youssef'), ('مريم', 'Mariam'), ('عمر', 'Omar'), ('ندى', 'Nada'), ('كريم', 'Karim'), ('سلمى', 'Salma')],
    [('الشناوي', 'El-Shenawy'), ('عبد الحميد', 'Abdelhamid'), ('الجمال', 'El-Gammal'), ('النجار', 'El-Naggar'), ('فوزي', 'Fawzy'), ('رضوان', 'Radwan')],
    ['{n} شارع الياسمين، شقة {a}', '{n} شارع النخيل', 'عمارة {n}، شارع الزيتون'], ['مدينة نصر، القاهرة', 'سموحة، الإسكندرية', 'الدقي، الجيزة'],
    ['الاسم', 'تاريخ الميلاد', 'العنوان', 'موبايل', 'رقم جواز السفر', 'الرقم القومي'], 'ممكن تساعدني في هذا؟')

# more candidates per locale (the overlap cut keeps only entries no frozen generator uses)
EXTRA = {
    'en-US': ('Kendra Darnell Brynlee Jaxon Marisol Keegan Shelby Tanner Lacey Colton Raelynn Deshawn Everly Cayden Juniper Lyle',
              'Gorski Heffernan Spradlin Tillotson Abernathy Quarles Lundgren Mcelroy Bozeman Rasmussen Villarreal Ostrowski Pettigrew Kimura Delacruz Haverty',
              ['{n} Persimmon Ct', '{n} Saddlebrook Ln', '{n} Magnolia Bend Dr', '{n} Copperfield Way Apt {a}', '{n} Redbud Cir', '{n} Prairie Sage Rd']),
    'en-GB': ('Tamsin Ffion Lowri Ewan Fergus Hamish Morwenna Cerys Ruaridh Isla-Mae Caoimhe Dougal Bryony Ianto Keziah Oisin',
              'Attwood Pemberton Lockhart Whitmore Rowntree Cheetham Haworth Ravenscroft Blenkinsop Trelawney Mottram Sowerby Duckworth Aldridge Penhaligon Gilchrist',
              ['{n} Sandpiper Close', '{n} Foxglove Crescent', 'Flat {a}, {n} Heathfield Road', '{n} Blackthorn Drive', '{n} Wrenbury Avenue', '{n} Hawthorn Terrace']),
    'de-DE': ('Ole Frauke Hauke Imke Jasper Merle Fiete Tjark Antje Kerstin Enno Silke Gesa Thore Rieke Wolfram',
              'Hinrichs Tjaden Bruns Ohlendorf Reimers Gerdes Harms Vosskamp Plöger Wübbena Sievers Janßen Strothmann Niehoff Ahlers Bödeker',
              ['Holunderweg {n}', 'Sanddornstieg {n}', 'Kiebitzweg {n}', 'Wacholderstraße {n}', 'Hagebuttenweg {n}', 'Am Heidekamp {n}']),
    'fr-FR': ('Gwenaëlle Yannick Maïwenn Ronan Soizic Erwan Apolline Gaëtan Bérénice Corentin Ludivine Tanguy Capucine Killian Nolwenn Aurélien',
              'Kerbrat Le Bihan Tanguy Guillou Rivoallan Abgrall Pellen Cadiou Jaouen Le Corre Boscher Gourmelon Nédélec Péron Cariou Quillec',
              ['{n} rue des Hortensias', '{n} allée des Mimosas', '{n} rue des Bleuets', '{n} impasse des Coquelicots', '{n} chemin des Aubépines', '{n} rue des Églantiers']),
    'es-ES': ('Aitana Eneko Maialen Oier Ane Xabier Leire Asier Naiara Ander Amaia Iñigo Uxue Jon Garazi Aritz',
              'Goikoetxea Urrutia Lasa Aranburu Olabarria Zabaleta Irigoien Mendizabal Azkue Elorza Iturbe Larrañaga Gaztelu Oyarzabal Berasategui Ugalde',
              ['C/ Madreselva, {n}', 'C/ Lentisco, {n}, {a}º', 'C/ Romero, {n}', 'Avda. de los Naranjos, {n}', 'C/ Retama, {n}', 'C/ Azahar, {n}, {a}ºB']),
    'it-IT': ('Ludovica Jacopo Ginevra Edoardo Benedetta Niccolò Vittoria Filippo Beatrice Ettore Caterina Gabriele Rebecca Leonardo Bianca Pietro',
              'Brambilla Colombo Ferrario Galbiati Mauri Sala Pozzi Crippa Villa Bianchessi Limonta Redaelli Longoni Cazzaniga Tagliabue Arosio',
              ['Via delle Mimose {n}', 'Via dei Glicini {n}', 'Via delle Ortensie {n}, sc. {a}', 'Via dei Mughetti {n}', 'Via delle Camelie {n}', 'Via dei Tulipani {n}']),
    'nl-NL': ('Floor Siem Isa Teun Fleur Ruben Jip Mees Roos Daan Lieke Gijs Fenna Joep Nienke Sven',
              'Postma Wijnstra Hettinga Bosma Dijkstra Visser Zwart Meijer Huisman Koopmans Veenstra Terpstra Mulder Hofstra Jelsma Wiersma',
              ['Berkenlaan {n}', 'Wilgenhof {n}', 'Rozenstraat {n}', 'Hazelaarweg {n}', 'Lijsterbeslaan {n}', 'Sleedoornstraat {n}']),
    'pl-PL': ('Oliwia Igor Maja Filip Amelia Wiktor Lena Dawid Julia Kamil Hanna Patryk Alicja Oskar Emilia Dominik',
              'Wójcik Kwiatkowska Lewandowski Mazur Krawczyk Piotrowska Nowicki Adamczyk Zając Dąbrowska Jankowski Wieczorek Majewska Olszewski Stępień Jaworska',
              ['ul. Kalinowa {n}', 'ul. Jarzębinowa {n}/{a}', 'ul. Bzowa {n}', 'ul. Konwaliowa {n}', 'ul. Akacjowa {n} m. {a}', 'ul. Głogowa {n}']),
    'sv-SE': ('Märta Ville Elsa Malte Stina Algot Majken Ture Signe Folke Greta Sixten Ines Vilgot Svea Loke',
              'Wikström Östlund Sandberg Dahlgren Ekholm Björklund Wallin Norberg Hellström Lindblom Åberg Söderberg Fransson Blomqvist Strand Grönlund',
              ['Hasselvägen {n}', 'Videgatan {n}', 'Syrenvägen {n}', 'Aspstigen {n}', 'Kastanjegatan {n} lgh {a}', 'Hagtornsvägen {n}']),
    'fi-FI': ('Nelli Veeti Ella Eino Kerttu Väinö Hilla Toivo Seela Urho Minea Niilo Vilja Jalmari Helmi Aatos',
              'Väisänen Lehtonen Koskinen Järvinen Hämäläinen Kettunen Rantanen Ahonen Miettinen Leinonen Turunen Savolainen Pesonen Kinnunen Honkanen Jokinen',
              ['Pajukuja {n}', 'Haapatie {n}', 'Tervaleppäkuja {n}', 'Kanervatie {n} A {a}', 'Vaahterapolku {n}', 'Lehmuskatu {n}']),
    'da-DK': ('Magnus Signe Anton Laura Villads Karla Oscar Esther Gustav Alma Storm Silje Lauge Vigga Bertil Liv',
              'Kjeldsen Bach Søndergaard Lauridsen Gregersen Kirkegaard Nørgaard Toft Overgaard Dam Brandt Munk Ravn Lund Juul Bang',
              ['Hasselvej {n}', 'Kirsebærvænget {n}', 'Pilevej {n}, {a}. th.', 'Tjørnevej {n}', 'Lærkevej {n}', 'Ahornvej {n}']),
    'nb-NO': ('Tuva Sander Silje Håkon Maren Eirik Guro Vegard Synnøve Audun Tiril Steinar Oda Amund Frøya Kjetil',
              'Tveit Nygård Strand Hovland Vik Sandvik Eide Moen Berge Tangen Lunde Haugen Dahle Fossum Nesse Grønlie',
              ['Hasselveien {n}', 'Selje veien {n}', 'Lyngveien {n}', 'Ospeveien {n}', 'Kirsebærbakken {n}', 'Hegglia {n}']),
    'pt-BR': ('Kauã Yasmin Enzo Ágatha Davi Heloísa Caio Lívia Otávio Marina Ícaro Sabrina Wesley Raíssa Murilo Tainá',
              'Vasconcelos Sampaio Quintela Brandão Teixeira Lacerda Guimarães Andrade Medeiros Peixoto Barros Coutinho Falcão Rezende Aragão Valadares',
              ['Rua das Orquídeas, {n}', 'Rua Jacarandá, {n}, ap. {a}', 'Rua das Hortênsias, {n}', 'Av. dos Ipês, {n}', 'Rua Sabiá, {n}', 'Rua Manacá, {n}']),
    'tr-TR': ('Deniz Ilgın Yiğit Defne Arda Beren Çağan Ecrin Alp Nehir Tuna İpek Baran Duru Eymen Nisan',
              'Akbulut Çetinkaya Güneş Keskin Özdemir Uysal Aksoy Demirci Eren Tekin Şahin Avcı Koç Polat Ateş Aslan',
              ['Akasya Sok. No: {n}', 'Erguvan Sok. No: {n} D: {a}', 'Manolya Cad. No: {n}', 'Ihlamur Sok. No: {n}', 'Leylak Sok. No: {n}', 'Nergis Sok. No: {n} D: {a}']),
    'cs-CZ': ('Eliška Jonáš Adéla Vít Kristýna Šimon Zuzana Prokop Anežka Radim Klára Bohdan Magdaléna Dominik Sabina Kryštof',
              'Sedláček Kolářová Bartoš Fialová Čermák Doležalová Havlíček Králová Zeman Benešová Urban Šťastná Kříž Vaňková Bláha Machová',
              ['Šeříková {n}', 'Jeřabinová {n}/{a}', 'Kaštanová {n}', 'Habrová {n}', 'Olšová {n}', 'Vřesová {n}']),
    'es-CL': ('Maite Bastián Josefa Joaquín Amanda Tomás Trinidad Ignacio Emilia Maximiliano Isidora Renato Martina Gaspar Pía Diego',
              'Huenchumilla Carrasco Ñancupil Toro Vergara Pizarro Alarcón Contreras Muñoz Espinoza Tapia Reyes Jara Paredes Aguilera Ulloa',
              ['Pasaje Las Quilas {n}', 'Calle Los Maitenes {n}', 'Av. Los Canelos {n}, depto. {a}', 'Pasaje El Maqui {n}', 'Calle Los Coihues {n}', 'Pasaje Las Lumas {n}']),
    'ro-RO': ('Sorina Tudor Anca Radu Miruna Horia Oana Sorin Irina Dragoș Raluca Bogdan Ilinca Ovidiu Corina Tiberiu',
              'Constantinescu Rusu Matei Gheorghiu Oprea Florea Dobre Stoica Barbu Toma Niculescu Sârbu Anghel Dinu Vlad Preda',
              ['Str. Florilor nr. {n}', 'Str. Salcâmilor nr. {n}, ap. {a}', 'Str. Liliacului nr. {n}', 'Str. Brazilor nr. {n}', 'Aleea Trandafirilor nr. {n}', 'Str. Plopilor nr. {n}']),
}
EXTRA_T = {
    'ja-JP': ([('莉子', 'Riko'), ('颯太', 'Sota'), ('琴音', 'Kotone'), ('悠真', 'Yuma'), ('心晴', 'Koharu'), ('瑛太', 'Eita'), ('美月', 'Mizuki'), ('柚希', 'Yuzuki'), ('奏多', 'Kanata'), ('凛', 'Rin'), ('葵', 'Aoi'), ('詩織', 'Shiori')],
              [('小此木', 'Okonogi'), ('鬼頭', 'Kito'), ('勅使河原', 'Teshigawara'), ('五十嵐', 'Igarashi'), ('東海林', 'Shoji'), ('百瀬', 'Momose'), ('舘', 'Tachi'), ('我妻', 'Wagatsuma')], []),
    'ko-KR': ([('윤슬', 'Yunseul'), ('다온', 'Daon'), ('로운', 'Roun'), ('나래', 'Narae'), ('한결', 'Hangyeol'), ('새봄', 'Saebom'), ('가온', 'Gaon'), ('해솔', 'Haesol'), ('보람', 'Boram'), ('슬기', 'Seulgi'), ('우람', 'Uram'), ('다솜', 'Dasom')],
              [('선우', 'Seonu'), ('제갈', 'Jegal'), ('독고', 'Dokgo'), ('사공', 'Sagong'), ('서문', 'Seomun'), ('모', 'Mo'), ('어', 'Eo'), ('도', 'Do'), ('공', 'Gong'), ('봉', 'Bong')],
              ['마포구 월드컵로{n}길 {a}', '해운대구 좌동순환로 {n}', '분당구 정자일로 {n}']),
    'zh-CN': ([('沐阳', 'Muyang'), ('语桐', 'Yutong'), ('锦程', 'Jincheng'), ('瑾萱', 'Jinxuan'), ('皓轩', 'Haoxuan'), ('芷晴', 'Zhiqing'), ('铭泽', 'Mingze'), ('可馨', 'Kexin'), ('晟睿', 'Shengrui'), ('歆瑶', 'Xinyao'), ('翊鸣', 'Yiming'), ('昕怡', 'Xinyi')],
              [('濮', 'Pu'), ('贲', 'Ben'), ('訾', 'Zi'), ('逄', 'Pang'), ('阙', 'Que'), ('宓', 'Mi'), ('冼', 'Xian'), ('钭', 'Tou'), ('亓', 'Qi'), ('仉', 'Zhang')],
              ['鼓楼区湖滨路{n}号{a}室', '南山区桃园路{n}号', '江汉区青年路{n}号{a}栋']),
    'hi-IN': ([('अद्वैत', 'Advait'), ('निहारिका', 'Niharika'), ('ऋत्विक', 'Ritvik'), ('सान्वी', 'Saanvi'), ('प्रणव', 'Pranav'), ('इरा', 'Ira'), ('शौर्य', 'Shaurya'), ('मृणाल', 'Mrinal'), ('तनिष्क', 'Tanishk'), ('अवनि', 'Avani')],
              [('बाजपेयी', 'Bajpai'), ('त्रिपाठी', 'Tripathi'), ('खंडेलवाल', 'Khandelwal'), ('पुरोहित', 'Purohit'), ('गोखले', 'Gokhale'), ('जोशी', 'Joshi'), ('अग्निहोत्री', 'Agnihotri'), ('नाडकर्णी', 'Nadkarni')],
              ['फ्लैट {a}, {n} अशोक वाटिका अपार्टमेंट', 'मकान नं. {n}, गली नं. {a}', '{n}, कमला नगर']),
    'he-IL': ([('הדס', 'Hadas'), ('אליאב', 'Eliav'), ('רוני', 'Roni'), ('עידו', 'Ido'), ('יעל', 'Yael'), ('נדב', 'Nadav'), ('ליאור', 'Lior'), ('אביגיל', 'Avigail'), ('תומר', 'Tomer'), ('ענבל', 'Inbal')],
              [('שפירא', 'Shapira'), ('דהן', 'Dahan'), ('ויסמן', 'Weissman'), ('בירנבאום', 'Birnbaum'), ('טננבאום', 'Tenenbaum'), ('אוחיון', 'Ohayon'), ('קליין', 'Klein'), ('זילברמן', 'Zilberman')],
              ['רחוב התאנה {n}, דירה {a}', 'רחוב השקד {n}', 'רחוב הזית {n}', 'רחוב הברוש {n}']),
    'el-GR': ([('Ιφιγένεια', 'Ifigeneia'), ('Στυλιανός', 'Stylianos'), ('Ζωή', 'Zoi'), ('Αριστείδης', 'Aristeidis'), ('Κυριακή', 'Kyriaki'), ('Μιλτιάδης', 'Miltiadis'), ('Ευανθία', 'Evanthia'), ('Χαράλαμπος', 'Charalampos')],
              [('Καραγιάννη', 'Karagianni'), ('Ζαχαρόπουλος', 'Zacharopoulos'), ('Λαμπράκη', 'Lamprakis'), ('Χατζηγεωργίου', 'Chatzigeorgiou'), ('Σταυροπούλου', 'Stavropoulou'), ('Μπακαλάκος', 'Bakalakos')],
              ['Οδός Πικροδάφνης {n}', 'Οδός Ασφοδέλων {n}', 'Οδός Βουκαμβιλίας {n}']),
    'ru-RU': ([('Злата', 'Zlata'), ('Ярослав', 'Yaroslav'), ('Милана', 'Milana'), ('Святослав', 'Svyatoslav'), ('Василиса', 'Vasilisa'), ('Елисей', 'Yelisey'), ('Есения', 'Yeseniya'), ('Богдан', 'Bogdan')],
              [('Голубева', 'Golubeva'), ('Тихонов', 'Tikhonov'), ('Воронцова', 'Vorontsova'), ('Селезнёв', 'Seleznev'), ('Миронова', 'Mironova'), ('Фомичёв', 'Fomichev')],
              ['ул. Черёмуховая, д. {n}, кв. {a}', 'ул. Брусничная, д. {n}', 'ул. Кедровая, д. {n}, кв. {a}', 'ул. Жасминная, д. {n}']),
    'th-TH': ([('ปวีณ์ธิดา', 'Paweethida'), ('ภูริพัฒน์', 'Phuriphat'), ('ชนิกานต์', 'Chanikan'), ('ธีรภัทร', 'Theerapat'), ('กมลชนก', 'Kamonchanok'), ('พีรพล', 'Peerapon')],
              [('ลิ้มสกุล', 'Limsakul'), ('อุดมสุข', 'Udomsuk'), ('พงษ์พานิช', 'Phongphanit'), ('เรืองศรี', 'Ruangsri'), ('ธนสาร', 'Thanasan'), ('สายทอง', 'Saithong')],
              ['{n}/{a} ซอยรามคำแหง {n}', '{n} หมู่ {a} ตำบลสุเทพ']),
    'ar-EG': ([('حبيبة', 'Habiba'), ('زياد', 'Ziad'), ('فرح', 'Farah'), ('مازن', 'Mazen'), ('جنى', 'Jana'), ('آسر', 'Aser'), ('رقية', 'Ruqayya'), ('سيف', 'Seif')],
              [('الدمرداش', 'El-Demerdash'), ('القاضي', 'El-Kady'), ('الصيرفي', 'El-Sayrafy'), ('السبكي', 'El-Sobky'), ('المنياوي', 'El-Minyawi'), ('البنا', 'El-Banna')],
              ['{n} شارع البنفسج، شقة {a}', '{n} شارع الريحان', '{n} شارع الفل']),
}
for _t, (_f, _l, _s) in EXTRA.items():
    L[_t]['first'] = L[_t]['first'] + _f.split()
    L[_t]['last'] = L[_t]['last'] + _l.split() if _t not in ('fr-FR',) else L[_t]['last'] + ['Kerbrat', 'Le Bihan', 'Guillou', 'Rivoallan', 'Abgrall', 'Pellen', 'Cadiou', 'Jaouen', 'Le Corre', 'Boscher', 'Gourmelon', 'Nédélec', 'Péron', 'Cariou', 'Quillec']
    L[_t]['streets'] = L[_t]['streets'] + _s
for _t, (_f, _l, _s) in EXTRA_T.items():
    L[_t]['first'] = L[_t]['first'] + _f
    L[_t]['last'] = L[_t]['last'] + _l
    L[_t]['streets'] = L[_t]['streets'] + _s

MORE = {
    'en-GB': ('Tegan Lachlan Marnie Euan Tilly Finlay Orla Torin Elspeth Gethin Kenna Brodie Ailsa Tristram Carys Idris Rhiannon Seren Bethan'.split(), [],
              ['{n} Damson Close', '{n} Gorse Lane', '{n} Teasel Way', '{n} Bilberry Rise', 'Flat {a}, {n} Yarrow Court']),
    'es-ES': ('Maider Ibai Nahia Urko Izaskun Koldo Edurne Mikel Arantxa Haizea Beñat Olatz Julen Irati Ekain Nekane'.split(), [], []),
    'es-CL': ('Amaru Millaray Rayén Ayelén Nahuel Lautaro Alen Pilar Belén Anahí Clemente Fernanda'.split(), [], []),
    'fi-FI': ([], 'Kärkkäinen Huttunen Partanen Ikonen Rissanen Lyytikäinen Kokkonen Tolvanen Manninen Pulkkinen'.split(), []),
    'en-US': ([], [], ['{n} Hickory Hollow Rd', '{n} Whispering Pines Dr', '{n} Chokecherry Ln', '{n} Bramblewood Ct Apt {a}', '{n} Buttonbush Trl']),
    'tr-TR': ([], [], ['Begonya Sok. No: {n}', 'Kardelen Sok. No: {n} D: {a}', 'Sümbül Sok. No: {n}', 'Karanfil Cad. No: {n}', 'Gülhatmi Sok. No: {n}', 'Ardıç Sok. No: {n}']),
    'ja-JP': ([('結菜', 'Yuna'), ('大翔', 'Hiroto'), ('澪', 'Mio'), ('千尋', 'Chihiro'), ('瑠璃', 'Ruri'), ('颯', 'Hayate'), ('楓', 'Kaede'), ('蒼', 'Aoi'), ('灯', 'Akari'), ('珠希', 'Tamaki'), ('環', 'Tamaki'), ('巧', 'Takumi')], [], []),
    'ko-KR': ([('하람', 'Haram'), ('이안', 'Ian'), ('라온', 'Raon'), ('아름', 'Areum'), ('빛나', 'Bitna'), ('초롱', 'Chorong'), ('단비', 'Danbi'), ('은솔', 'Eunsol'), ('태린', 'Taerin'), ('시온', 'Sion')], [],
              ['동작구 노량진로{n}길 {a}', '달서구 월배로 {n}', '덕양구 화중로 {n}']),
    'he-IL': ([('שקד', 'Shaked'), ('אלמה', 'Alma'), ('איתמר', 'Itamar'), ('הילה', 'Hila')],
              [('רוזנטל', 'Rosenthal'), ('אשכנזי', 'Ashkenazi'), ('מזרחי', 'Mizrahi'), ('ביטון', 'Biton'), ('אלבז', 'Elbaz'), ('סויסה', 'Suissa'), ('נחמיאס', 'Nahmias'), ('גבאי', 'Gabay'), ('וקנין', 'Vaknin'), ('הורוביץ', 'Horowitz')],
              ['שדרות הנרקיסים {n}', 'רחוב הכלנית {n}, דירה {a}', 'רחוב האירוס {n}', 'רחוב הסביון {n}', 'רחוב החצב {n}']),
    'el-GR': ([('Πολυξένη', 'Polyxeni'), ('Λεωνίδας', 'Leonidas'), ('Ασπασία', 'Aspasia'), ('Φώτιος', 'Fotios'), ('Ξανθή', 'Xanthi'), ('Αχιλλέας', 'Achilleas'), ('Καλλιόπη', 'Kalliopi'), ('Ορέστης', 'Orestis'), ('Θεανώ', 'Theano'), ('Παρασκευάς', 'Paraskevas')],
              [('Φραγκιαδάκη', 'Fragkiadaki'), ('Ντόκος', 'Ntokos'), ('Σαρρής', 'Sarris'), ('Μπούρα', 'Boura'), ('Γιαννακοπούλου', 'Giannakopoulou'), ('Ρηγόπουλος', 'Rigopoulos')],
              ['Οδός Ροδοδάφνης {n}', 'Οδός Κρίνων {n}']),
    'ru-RU': ([('Арсений', 'Arseniy'), ('Стефания', 'Stefaniya'), ('Мирон', 'Miron'), ('Агата', 'Agata'), ('Савелий', 'Saveliy'), ('Таисия', 'Taisiya'), ('Платон', 'Platon'), ('Любава', 'Lyubava'), ('Демид', 'Demid'), ('Ярослава', 'Yaroslava')], [], []),
    'hi-IN': ([], [('सहस्रबुद्धे', 'Sahasrabuddhe'), ('कर्णिक', 'Karnik'), ('निगम', 'Nigam'), ('माथुर', 'Mathur'), ('पंडित', 'Pandit'), ('भार्गव', 'Bhargava'), ('ढोलकिया', 'Dholakia'), ('ओझा', 'Ojha')],
              ['फ्लैट {a}, {n} पलाश रेजीडेंसी', '{n}, गोमती नगर विस्तार', 'मकान नं. {n}, वैशाली नगर']),
    'ar-EG': ([], [('الفيومي', 'El-Fayoumi'), ('الشربيني', 'El-Sherbiny'), ('الحلواني', 'El-Helwany'), ('العدوي', 'El-Adawy'), ('الزهيري', 'El-Zoheiry')],
              ['{n} شارع الأقحوان، شقة {a}', '{n} شارع السوسن']),
    'th-TH': ([], [], ['{n}/{a} ซอยวัชรพล {n}', '{n} หมู่ {a} ตำบลแม่เหียะ', '{n}/{a} ถนนศรีจันทร์', '{n} ซอยอ่อนนุช {a}', '{n}/{a} ถนนมิตรภาพ']),
    'ru-RU2': None,
}
MORE.pop('ru-RU2')
MORE['ru-RU'] = ([('Евдокия', 'Evdokiya'), ('Ермолай', 'Yermolay'), ('Фёкла', 'Fyokla'), ('Прохор', 'Prokhor'), ('Аграфена', 'Agrafena'), ('Никанор', 'Nikanor'),
                  ('Пелагея', 'Pelageya'), ('Мстислав', 'Mstislav'), ('Ростислава', 'Rostislava'), ('Радомир', 'Radomir'), ('Велимир', 'Velimir'), ('Изяслав', 'Izyaslav')], [], [])
MORE['he-IL'][0].extend([('ניצן', 'Nitzan'), ('אביה', 'Aviya'), ('גפן', 'Gefen'), ('עמרי', 'Omri'), ('אלון', 'Alon')])
MORE['he-IL'][1].extend([('לנדאו', 'Landau'), ('זכאי', 'Zakai'), ('יחזקאל', 'Yehezkel'), ('טולדנו', 'Toledano'), ('אסולין', 'Asulin'), ('ברגר', 'Berger')])
MORE['he-IL'][2].extend(['רחוב הדולב {n}', 'רחוב המורן {n}', 'רחוב האשל {n}, דירה {a}', 'רחוב הלוטם {n}', 'סמטת הקורנית {n}', 'רחוב הקורנית {n}, דירה {a}', 'רחוב האזוב {n}', 'סמטת הלשישית {n}', 'רחוב הסתוונית {n}'])
MORE['ko-KR'][0].extend([('새롬', 'Saerom'), ('한울', 'Hanul'), ('누리', 'Nuri'), ('보늬', 'Bonui'), ('다올', 'Daol'), ('하늬', 'Hanui'), ('여울', 'Yeoul'), ('슬아', 'Seula')])
MORE['en-GB'][2].extend(['{n} Burdock Road', '{n} Campion Walk', '{n} Medlar Close', '{n} Sorrel Gardens'])
for _t, (_f, _l, _s) in MORE.items():
    L[_t]['first'] = L[_t]['first'] + _f
    L[_t]['last'] = L[_t]['last'] + _l
    L[_t]['streets'] = L[_t]['streets'] + _s

for _t, _d in L.items():
    _d['first'] = clean_pool(_d['first'], _t + ' first', names=True)
    _d['last'] = clean_pool(_d['last'], _t + ' last', names=True)
    _d['streets'] = clean_pool(_d['streets'], _t + ' streets')

LATIN = {'en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pl-PL', 'sv-SE', 'fi-FI', 'da-DK', 'nb-NO',
         'pt-BR', 'tr-TR', 'cs-CZ', 'es-CL', 'ro-RO'}
ISO3 = dict(US='USA', GB='GBR', DE='D<<', FR='FRA', ES='ESP', IT='ITA', NL='NLD', PL='POL', SE='SWE', FI='FIN',
            DK='DNK', NO='NOR', BR='BRA', TR='TUR', JP='JPN', KR='KOR', CN='CHN', IN='IND', IL='ISR', GR='GRC',
            CZ='CZE', RU='RUS', TH='THA', CL='CHL', RO='ROU', EG='EGY')
HOTELS = clean_pool(['Hotel Saltmarsh Quay', 'Kotka Harbour Inn', 'Albergo Ponte Sereno', 'Posada Las Tres Lunas',
                     'Pension Weidenhof', 'Grand Hôtel des Mouettes', 'Ryokan Kawasemi-tei', 'Riverside Lodge Tamsin',
                     'Hostal Marinero', 'Aparthotel Nordlys', 'Hotel Cedrela Garden', 'Gasthof Zur Linde'], 'hotels')
AGENCIES = clean_pool(['Wayfarer Desk Travel', 'Kompas Corporate Travel', 'Bluewater Voyages', 'Reiseteam Nordkap',
                       'Andes Ruta Viajes', 'Meridian Expense Desk', 'Portolan Trips', 'Aerovia Partners'], 'agencies')
AIRLINES = [('BA', '125'), ('LH', '220'), ('AF', '057'), ('KL', '074'), ('IB', '075'), ('TK', '235'), ('EK', '176'),
            ('SK', '117'), ('AY', '105'), ('LA', '045'), ('NH', '205'), ('KE', '180'), ('CA', '999'), ('AI', '098'),
            ('LY', '114'), ('A3', '390'), ('OK', '064'), ('SU', '555'), ('TG', '217'), ('MS', '077'), ('UA', '016'),
            ('DL', '006'), ('LO', '080'), ('AZ', '055')]
IATA = ['LHR', 'FRA', 'CDG', 'AMS', 'MAD', 'FCO', 'IST', 'DXB', 'ARN', 'HEL', 'CPH', 'OSL', 'GRU', 'SCL', 'NRT', 'ICN',
        'PEK', 'DEL', 'TLV', 'ATH', 'PRG', 'BKK', 'CAI', 'OTP', 'WAW', 'JFK', 'SFO', 'LIS', 'VIE', 'ZRH', 'BCN', 'MUC']
EPONYM_PLACES = ['Charles de Gaulle Airport (CDG)', 'John F. Kennedy International (JFK)', 'Václav Havel Airport Prague (PRG)',
                 'Warsaw Chopin Airport (WAW)', 'Leonardo da Vinci–Fiumicino (FCO)', 'Indira Gandhi International (DEL)',
                 'Ben Gurion Airport (TLV)', 'Marco Polo Airport, Venice (VCE)', 'Franz Josef Strauss Airport, Munich (MUC)',
                 'Humberto Delgado Airport, Lisbon (LIS)', 'Arturo Merino Benítez Airport, Santiago (SCL)',
                 'Henri Coandă International, Bucharest (OTP)', 'Berlin Brandenburg Airport Willy Brandt (BER)',
                 'Madrid–Barajas Adolfo Suárez (MAD)', 'Chhatrapati Shivaji Maharaj International, Mumbai (BOM)',
                 'Kraków John Paul II Airport (KRK)', 'Liverpool John Lennon Airport (LPL)', 'Amsterdam Centraal',
                 'Gare Montparnasse — Bienvenüe', 'Wien Hauptbahnhof, Karlsplatz exit', 'Rue Victor Hugo, Nice',
                 'Avenida Presidente Vargas, Rio de Janeiro', 'Nelson Mandela Square, Sandton']
HISTORICAL = ['Ibn Battuta', 'Marco Polo', 'Ferdinand Magellan', 'Amelia Earhart', 'Phileas Fogg', 'Isabella Bird',
              'Thomas Cook', 'Xuanzang', 'Zheng He', 'Gertrude Bell', 'Nellie Bly', 'Vasco da Gama', 'Freya Stark',
              'Roald Amundsen', 'Alexandra David-Néel', 'Hergé’s Tintin', 'Jules Verne']


# ----------------------------------------------------------------------------------------------------------------
# Identifier generators (each validated; abort on failure)
# ----------------------------------------------------------------------------------------------------------------
def die(msg):
    sys.exit('INVALID: ' + msg)


def rdigits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def brute(rng, make, valid, tries=5000):
    for _ in range(tries):
        v = make()
        if valid(v):
            return v
    die('could not generate ' + make.__name__)


def gen_phone(rng, region, fmt=None, fixed=False):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE if fixed else
                                              phonenumbers.PhoneNumberType.MOBILE)
    nsn = ('0' if ex.italian_leading_zero else '') + str(ex.national_number)
    keep = max(2, len(nsn) - 7) if region not in ('US',) else 3
    for _ in range(5000):
        cand = nsn[:keep] + rdigits(rng, len(nsn) - keep)
        if region == 'US' and (cand[3:6] == '555' or cand[3] in '01'):
            continue
        if region == 'GB' and cand.startswith('7700900'):
            continue
        pn = phonenumbers.parse('+' + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == region:
            f = fmt if fmt is not None else rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                                                       phonenumbers.PhoneNumberFormat.NATIONAL,
                                                       phonenumbers.PhoneNumberFormat.INTERNATIONAL])
            s = phonenumbers.format_number(pn, f)
            check_phone(s, region)
            return s
    die('phone ' + region)


def check_phone(s, region):
    pn = phonenumbers.parse(s, region)
    if not phonenumbers.is_valid_number(pn):
        die('phone ' + s)


def gen_ip(rng):
    docs = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]
    while True:
        a = ipaddress.ip_address('.'.join(str(rng.randint(1, 254)) for _ in range(4)))
        if a.is_global and not any(a in d for d in docs) and not a.is_multicast:
            return str(a)


def gen_card(rng):
    tests = {'4111111111111111', '4242424242424242', '5555555555554444', '4012888888881881', '5105105105105100'}
    while True:
        body = rng.choice(['4', '51', '52', '53', '54', '55']) + ''
        body += rdigits(rng, 15 - len(body))
        num = body + luhn.calc_check_digit(body)
        if num not in tests and luhn.is_valid(num):
            return ' '.join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = dict(DE='18n', FR='23n', ES='20n', IT='1a22n', NL='4a10n', PL='24n', SE='20n', FI='14n', DK='14n',
                 NO='11n', TR='22n', GR='23n', CZ='20n', RO='4a16n', GB='4a14n', BR='23n1a1c', IL='19n')


def gen_iban(rng, cc):
    spec = IBAN_SPEC[cc]

    def make():
        bban = ''
        for n, t in re.findall(r'(\d+)([nac])', spec):
            for _ in range(int(n)):
                bban += rng.choice('0123456789' if t == 'n' else 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
        if cc == 'NL':
            bban = rng.choice(['INGB', 'RABO', 'ABNA', 'TRIO']) + bban[4:]
        if cc == 'GB':
            bban = rng.choice(['BARC', 'LOYD', 'NWBK', 'HBUK']) + bban[4:]
        if cc == 'BR':
            bban = bban[:-2] + 'C1'
        raw = cc + '00' + bban
        return cc + std_iban.calc_check_digits(raw) + bban
    v = brute(rng, make, std_iban.is_valid)
    if v in ('DE89370400440532013000', 'GB29NWBK60161331926819'):
        die('iban example')
    return std_iban.format(v)


def dob(rng, lo=1952, hi=2003):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def nid(rng, tag, d, sex):
    """(value, entity) for the locale's citizen / tax / health number, validated."""
    yy, mm, dd = d.year % 100, d.month, d.day
    if tag == 'en-US':
        def make():
            a = rng.randint(1, 899)
            return f'{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}'
        return brute(rng, make, ssn.is_valid), 'ssn'
    if tag == 'en-GB':
        def make():
            return rdigits(rng, 9) + rng.choice('0123456789')
        v = brute(rng, make, nhs.is_valid)
        return f'{v[:3]} {v[3:6]} {v[6:]}', 'HEALTH_INSURANCE'
    if tag == 'de-DE':
        def make():
            ds = list('0123456789')
            rng.shuffle(ds)
            ds = ds[:9] + [ds[rng.randint(0, 8)]]
            rng.shuffle(ds)
            if ds[0] == '0':
                return 'x'
            b = ''.join(ds)
            return b + rng.choice('0123456789')
        v = brute(rng, make, lambda x: x != 'x' and idnr.is_valid(x))
        return f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}', 'TAX_ID'
    if tag == 'fr-FR':
        b = f"{'1' if sex == 'M' else '2'}{yy:02d}{mm:02d}{rng.choice(['35', '69', '31', '44', '59'])}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        v = b + nir.calc_check_digits(b)
        if not nir.is_valid(v):
            die('nir')
        return nir.format(v), 'NATIONAL_ID'
    if tag == 'es-ES':
        b = rdigits(rng, 8)
        v = b + dni.calc_check_digit(b)
        if not dni.is_valid(v):
            die('dni')
        return v, 'NATIONAL_ID'
    if tag == 'it-IT':
        return None, None  # built from the name in person()
    if tag == 'nl-NL':
        return brute(rng, lambda: str(rng.randint(1, 9)) + rdigits(rng, 8), bsn.is_valid), 'NATIONAL_ID'
    if tag == 'pl-PL':
        m = mm + (20 if d.year >= 2000 else 0)
        return brute(rng, lambda: f'{yy:02d}{m:02d}{dd:02d}' + rdigits(rng, 5), pesel.is_valid), 'NATIONAL_ID'
    if tag == 'sv-SE':
        v = brute(rng, lambda: f'{yy:02d}{mm:02d}{dd:02d}-' + rdigits(rng, 4), personnummer.is_valid)
        return v, 'NATIONAL_ID'
    if tag == 'fi-FI':
        sep = '-' if d.year < 2000 else 'A'
        v = brute(rng, lambda: f'{dd:02d}{mm:02d}{yy:02d}{sep}{rng.randint(2, 899):03d}' + rng.choice('0123456789ABCDEFHJKLMNPRSTUVWXY'), hetu.is_valid)
        return v, 'NATIONAL_ID'
    if tag == 'da-DK':
        v = brute(rng, lambda: f'{dd:02d}{mm:02d}{yy:02d}-' + rdigits(rng, 4), cpr.is_valid)
        return v, 'NATIONAL_ID'
    if tag == 'nb-NO':
        v = brute(rng, lambda: f'{dd:02d}{mm:02d}{yy:02d}' + rdigits(rng, 5), fodselsnummer.is_valid, 20000)
        return v, 'NATIONAL_ID'
    if tag == 'pt-BR':
        v = brute(rng, lambda: rdigits(rng, 11), cpf.is_valid, 20000)
        return cpf.format(v), 'TAX_ID'
    if tag == 'tr-TR':
        return brute(rng, lambda: str(rng.randint(1, 9)) + rdigits(rng, 10), tckimlik.is_valid, 50000), 'NATIONAL_ID'
    if tag == 'ja-JP':
        v = brute(rng, lambda: rdigits(rng, 12), jp_in.is_valid)
        return f'{v[:4]} {v[4:8]} {v[8:]}', 'NATIONAL_ID'
    if tag == 'ko-KR':
        s = ('1' if sex == 'M' else '2') if d.year < 2000 else ('3' if sex == 'M' else '4')
        v = brute(rng, lambda: f'{yy:02d}{mm:02d}{dd:02d}-{s}' + rdigits(rng, 6), rrn.is_valid)
        return v, 'NATIONAL_ID'
    if tag == 'zh-CN':
        v = brute(rng, lambda: rng.choice(['110105', '510107', '330106', '440106']) + d.strftime('%Y%m%d') +
                  rdigits(rng, 3) + rng.choice('0123456789X'), ric.is_valid)
        return v, 'NATIONAL_ID'
    if tag == 'hi-IN':
        v = brute(rng, lambda: str(rng.randint(2, 9)) + rdigits(rng, 11), aadhaar.is_valid)
        return f'{v[:4]} {v[4:8]} {v[8:]}', 'NATIONAL_ID'
    if tag == 'he-IL':
        return brute(rng, lambda: rdigits(rng, 9), il_idnr.is_valid), 'NATIONAL_ID'
    if tag == 'el-GR':
        return brute(rng, lambda: f'{dd:02d}{mm:02d}{yy:02d}' + rdigits(rng, 5), amka.is_valid), 'HEALTH_INSURANCE'
    if tag == 'cs-CZ':
        m = mm + (50 if sex == 'F' else 0)
        v = brute(rng, lambda: f'{yy:02d}{m:02d}{dd:02d}' + rdigits(rng, 4), rc.is_valid, 20000)
        return v[:6] + '/' + v[6:], 'NATIONAL_ID'
    if tag == 'ru-RU':
        return brute(rng, lambda: rng.choice(['77', '78', '16', '66', '54']) + rdigits(rng, 10), inn.is_valid, 50000), 'TAX_ID'
    if tag == 'th-TH':
        v = brute(rng, lambda: str(rng.randint(1, 8)) + rdigits(rng, 12), pin.is_valid)
        return f'{v[0]} {v[1:5]} {v[5:10]} {v[10:12]} {v[12]}', 'NATIONAL_ID'
    if tag == 'es-CL':
        b = str(rng.randint(9_000_000, 24_999_999))
        v = b + rut.calc_check_digit(b)
        if not rut.is_valid(v):
            die('rut')
        return rut.format(v), 'NATIONAL_ID'
    if tag == 'ro-RO':
        s = ('1' if sex == 'M' else '2') if d.year < 2000 else ('5' if sex == 'M' else '6')
        v = brute(rng, lambda: f'{s}{yy:02d}{mm:02d}{dd:02d}' + rng.choice(['12', '22', '35', '08']) + rdigits(rng, 4), cnp.is_valid)
        return v, 'NATIONAL_ID'
    return None, None


PP_FMT = {'US': (r'[0-9]{9}', lambda r: str(r.randint(5, 6)) + rdigits(r, 8)),
          'GB': (r'[0-9]{9}', lambda r: str(r.randint(1, 5)) + rdigits(r, 8)),
          'DE': (r'C[CFGHJKLMNPRTVWXYZ0-9]{8}', lambda r: 'C' + ''.join(r.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))),
          'FR': (r'[0-9]{2}[A-Z]{2}[0-9]{5}', lambda r: rdigits(r, 2) + r.choice('ABCDEFGHJK') + r.choice('ABCDEFGHJK') + rdigits(r, 5)),
          'ES': (r'[A-Z]{3}[0-9]{6}', lambda r: r.choice(['PAA', 'PAB', 'PAC', 'XDA']) + rdigits(r, 6)),
          'IT': (r'[A-Z]{2}[0-9]{7}', lambda r: r.choice(['YA', 'YB', 'YC']) + rdigits(r, 7)),
          'NL': (r'[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]', lambda r: r.choice(['NX', 'NW', 'NT']) + ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(6)) + rdigits(r, 1)),
          'PL': (r'[A-Z]{2}[0-9]{7}', lambda r: r.choice(['EA', 'ER', 'ES']) + rdigits(r, 7)),
          'SE': (r'[0-9]{8}', lambda r: rdigits(r, 8)),
          'FI': (r'[A-Z]{2}[0-9]{7}', lambda r: r.choice(['XP', 'XM']) + rdigits(r, 7)),
          'DK': (r'[0-9]{9}', lambda r: '2' + rdigits(r, 8)),
          'NO': (r'[A-Z]{2}[0-9]{7}', lambda r: r.choice(['FK', 'FH']) + rdigits(r, 7)),
          'BR': (r'[A-Z]{2}[0-9]{6}', lambda r: r.choice(['FX', 'GA', 'FZ']) + rdigits(r, 6)),
          'TR': (r'U[0-9]{8}', lambda r: 'U' + rdigits(r, 8)),
          'JP': (r'T[A-Z][0-9]{7}', lambda r: 'T' + r.choice('KRSZ') + rdigits(r, 7)),
          'KR': (r'M[0-9]{8}', lambda r: 'M' + rdigits(r, 8)),
          'CN': (r'E[A-Z0-9][0-9]{7}', lambda r: 'E' + r.choice('ABCDEFGH0123456789') + rdigits(r, 7)),
          'IN': (r'[A-Z][0-9]{7}', lambda r: r.choice('JKLMNPRSTUVWZ') + rdigits(r, 7)),
          'IL': (r'[0-9]{8}', lambda r: '3' + rdigits(r, 7)),
          'GR': (r'[A-Z]{2}[0-9]{7}', lambda r: r.choice(['AK', 'AN', 'AP']) + rdigits(r, 7)),
          'CZ': (r'[0-9]{8}', lambda r: '4' + rdigits(r, 7)),
          'RU': (r'7[0-9]{8}', lambda r: '7' + rdigits(r, 8)),
          'TH': (r'A[A-Z][0-9]{7}', lambda r: 'A' + r.choice('ABCD') + rdigits(r, 7)),
          'CL': (r'[A-Z][0-9]{8}', lambda r: r.choice('FP') + rdigits(r, 8)),
          'RO': (r'0[0-9]{8}', lambda r: '05' + rdigits(r, 7)),
          'EG': (r'A[0-9]{8}', lambda r: 'A' + rdigits(r, 8))}


def gen_passport(rng, region):
    rx, mk = PP_FMT[region]
    v = mk(rng)
    if not re.fullmatch(rx, v):
        die('passport ' + region)
    return v


def mrz_check(s):
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s):
        v = 0 if c == '<' else int(c) if c.isdigit() else ord(c) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def mrz_lines(p, ppno, expiry):
    iso = ISO3[p['region']]
    surname = re.sub(r'[^A-Z]', '<', ascii_fold(p['last_l']).upper())
    given = re.sub(r'[^A-Z]', '<', ascii_fold(p['first_l']).upper())
    l1 = ('P<' + iso + surname + '<<' + given).ljust(44, '<')[:44]
    num = ppno.ljust(9, '<')[:9]
    b = p['dob'].strftime('%y%m%d')
    e = expiry.strftime('%y%m%d')
    opt = '<' * 14
    part = num + mrz_check(num) + iso + b + mrz_check(b) + p['sex'] + e + mrz_check(e) + opt + mrz_check(opt)
    comp = num + mrz_check(num) + b + mrz_check(b) + e + mrz_check(e) + opt + mrz_check(opt)
    l2 = part + mrz_check(comp)
    if len(l2) != 44 or mrz_check(l2[:9]) != l2[9] or mrz_check(l2[13:19]) != l2[19]:
        die('mrz')
    return l1, l2


def dvla(p):
    s = re.sub(r'[^A-Z]', '', ascii_fold(p['last_l']).upper())[:5].ljust(5, '9')
    d = p['dob']
    m = d.month + (50 if p['sex'] == 'F' else 0)
    ini = ascii_fold(p['first_l']).upper()[0] + '9'
    v = f'{s}{str(d.year)[2]}{m:02d}{d.day:02d}{str(d.year)[3]}{ini}9{"ABCDEFGHJKLMNPRSTUVWXYZ"[(d.day * 7 + m) % 23]}{"ABCDEFGHJKLMNPRSTUVWXYZ"[(d.year + len(s)) % 23]}'
    if not re.fullmatch(r'[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}', v):
        die('dvla')
    return v


DL_FMT = {'en-GB': None,
          'en-US': (r'[A-Z]\d{7}|\d{9}|[A-Z]\d{12}', lambda r: r.choice([r.choice('ABDEFNY') + rdigits(r, 7), str(r.randint(1, 9)) + rdigits(r, 8), r.choice('BDGHKMPRSTW') + rdigits(r, 12)])),
          'de-DE': (r'[A-Z0-9]{11}', lambda r: r.choice('BFJKN') + rdigits(r, 3) + ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + rdigits(r, 1) + r.choice('ABCDEFGH') + rdigits(r, 2)),
          'fr-FR': (r'\d{2}[A-Z]{2}\d{5}|\d{12}', lambda r: rdigits(r, 12)),
          'it-IT': (r'[A-Z]{2}\d{7}[A-Z]', lambda r: r.choice(['MI', 'RM', 'TO', 'BO', 'NA']) + rdigits(r, 7) + r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')),
          'pl-PL': (r'\d{5}/\d{2}/\d{4}', lambda r: rdigits(r, 5) + '/' + rdigits(r, 2) + '/' + rdigits(r, 4)),
          'nl-NL': (r'\d{10}', lambda r: '5' + rdigits(r, 9)),
          'ja-JP': (r'\d{12}', lambda r: r.choice(['30', '44', '62', '02']) + rdigits(r, 10)),
          'ko-KR': (r'\d{2}-\d{2}-\d{6}-\d{2}', lambda r: r.choice(['11', '12', '13', '21']) + '-' + rdigits(r, 2) + '-' + rdigits(r, 6) + '-' + rdigits(r, 2)),
          'pt-BR': (r'\d{11}', lambda r: '0' + rdigits(r, 10)),
          'ro-RO': (r'[0-9]{9}', lambda r: rdigits(r, 9))}


def gen_dl(rng, p):
    tag = p['tag']
    if tag == 'en-GB':
        return dvla(p)
    if tag == 'es-ES':
        return p['nid'] if p['nid_type'] == 'NATIONAL_ID' else None
    if tag not in DL_FMT:
        return None
    rx, mk = DL_FMT[tag]
    v = mk(rng)
    if not re.fullmatch(rx, v):
        die('dl ' + tag)
    return v


def kvnr_check(letter, digits8):
    s = f'{ord(letter) - 64:02d}' + digits8
    tot = 0
    for i, c in enumerate(s):
        v = int(c) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return str(tot % 10)


def kvnr(rng):
    """German statutory health-insurance number: letter + 8 digits + check digit (own routine)."""
    letter = rng.choice('ABCDEFGHIJKLMNOPRSTUVWZ')
    d8 = str(rng.randint(1, 9)) + rdigits(rng, 7)
    v = letter + d8 + kvnr_check(letter, d8)
    if not re.fullmatch(r'[A-Z]\d{9}', v) or kvnr_check(v[0], v[1:9]) != v[9]:
        die('kvnr')
    return v


CF_MONTH = 'ABCDEHLMPRST'


def codice_fiscale(p):
    def cons(s):
        return [c for c in s if c.isalpha() and c not in 'AEIOU']

    def vow(s):
        return [c for c in s if c in 'AEIOU']
    sn = ascii_fold(p['last_l']).upper().replace(' ', '')
    fn = ascii_fold(p['first_l']).upper()
    a = ''.join((cons(sn) + vow(sn) + ['X'] * 3)[:3])
    c = cons(fn)
    b = ''.join([c[0], c[2], c[3]]) if len(c) >= 4 else ''.join((c + vow(fn) + ['X'] * 3)[:3])
    d = p['dob']
    day = d.day + (40 if p['sex'] == 'F' else 0)
    base = f'{a}{b}{d.year % 100:02d}{CF_MONTH[d.month - 1]}{day:02d}' + ['F205', 'A944', 'L219', 'F839', 'G224'][d.day % 5]
    v = base + codicefiscale.calc_check_digit(base)
    if not codicefiscale.is_valid(v):
        die('cf')
    return v


SEX = {}
for _t in L:
    SEX[_t] = None


def female_by_name(tag, first):
    """Grammatical gender of a given name where the surname form or an ID's sex digit depends on it."""
    if tag in ('pl-PL', 'cs-CZ', 'it-IT', 'ro-RO', 'ru-RU'):
        return first[-1] in 'aаяAА'
    if tag == 'el-GR':
        return not first.endswith('ς')
    return None


def surname_fits(tag, last, fem):
    if fem is None:
        return True
    if tag == 'pl-PL':
        return not last.endswith(('ski', 'cki')) if fem else not last.endswith(('ska', 'cka'))
    if tag == 'cs-CZ':
        return last.endswith('á') if fem else not last.endswith('á')
    if tag == 'ru-RU':
        return last.endswith('а') if fem else not last.endswith('а')
    if tag == 'el-GR':
        return (not last.endswith('ς')) if fem else last.endswith('ς')
    return True


def person(rng, tag):
    d = L[tag]
    f = rng.choice(d['first'])
    fn, fl = (f if isinstance(f, tuple) else (f, ascii_fold(f)))
    fem = female_by_name(tag, fn)
    lasts = [x for x in d['last'] if surname_fits(tag, x[0] if isinstance(x, tuple) else x, fem)] or d['last']
    la = rng.choice(lasts)
    ln, ll = (la if isinstance(la, tuple) else (la, ascii_fold(la)))
    if d['order'] == 'eastern':
        sep = '' if tag in ('ja-JP', 'zh-CN', 'ko-KR') else ' '
        native = ln + (' ' if tag == 'ja-JP' else sep) + fn
    else:
        native = fn + ' ' + ln
    latin = fl + ' ' + ll
    sex = rng.choice('MF') if fem is None else ('F' if fem else 'M')
    b = dob(rng)
    p = dict(tag=tag, region=d['region'], first=fn, last=ln, first_l=fl, last_l=ll, name=native, latin=latin,
             sex=sex, dob=b)
    v, t = nid(rng, tag, b, sex)
    if tag == 'it-IT':
        v, t = codice_fiscale(p), 'TAX_ID'
    p['nid'], p['nid_type'] = v, t
    n, a = rng.randint(2, 98), rng.randint(1, 24)
    st = rng.choice(d['streets']).format(n=n, a=a)
    city = rng.choice(d['cities'])
    if tag in ('ja-JP', 'zh-CN'):
        p['addr'] = city + st
    elif tag == 'ko-KR':
        p['addr'] = city + ' ' + st
    elif tag in ('hi-IN', 'he-IL', 'ar-EG', 'th-TH'):
        p['addr'] = st + '، ' + city if tag == 'ar-EG' else st + ', ' + city
    else:
        p['addr'] = st + ', ' + city
    p['phone'] = gen_phone(rng, d['region'])
    dom = rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'gmx.net', 'web.de',
                      'hotmail.com', 'mail.ru', 'naver.com', 'qq.com', 'seznam.cz', 'orange.fr', 'libero.it'])
    local = re.sub(r'[^a-z.]', '', (fl + rng.choice(['.', '', '_']) + ll).lower().replace('_', '.').replace(' ', ''))
    p['email'] = local.strip('.') + (str(rng.randint(1, 99)) if rng.random() < 0.4 else '') + '@' + dom
    p['pp'] = gen_passport(rng, d['region'])
    p['dl'] = gen_dl(rng, p)
    return p


def fmt_date(rng, d, tag):
    if tag == 'en-US':
        return rng.choice([d.strftime('%m/%d/%Y'), d.strftime('%B %-d, %Y')])
    if tag in ('ja-JP', 'zh-CN'):
        return f'{d.year}年{d.month}月{d.day}日'
    if tag == 'ko-KR':
        return f'{d.year}년 {d.month}월 {d.day}일'
    if tag in ('de-DE', 'pl-PL', 'cs-CZ', 'ru-RU', 'fi-FI', 'nb-NO', 'da-DK', 'ro-RO', 'tr-TR'):
        return d.strftime('%d.%m.%Y')
    if tag == 'sv-SE':
        return d.isoformat()
    return rng.choice([d.strftime('%d/%m/%Y'), d.isoformat(), d.strftime('%d %b %Y').upper()])


# ----------------------------------------------------------------------------------------------------------------
# Travel artefacts (not personal data)
# ----------------------------------------------------------------------------------------------------------------
def pnr(rng):
    return ''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))


def flight(rng):
    al = rng.choice(AIRLINES)
    return al, f'{al[0]}{rng.randint(10, 2999)}'


def eticket(rng, al=None):
    al = al or rng.choice(AIRLINES)
    return f'{al[1]}-{rdigits(rng, 10)}'


def seat(rng):
    return f'{rng.randint(1, 48)}{rng.choice("ABCDEFHJK")}'


def route(rng):
    a, b = rng.sample(IATA, 2)
    return a, b


def tdate(rng):
    return dt.date(2026, 12, 5) + dt.timedelta(days=rng.randint(3, 200))


def bagtag(rng, al):
    return '0' + al[1] + rdigits(rng, 6)


def wt_ref(rng, al, stn):
    return f'{stn}{al[0]}{rdigits(rng, 5)}'


TIERS = ['Gold', 'Platinum', 'Senator', 'Flying Blue Silver', 'Executive Club Bronze', 'Diamond', 'Elite Plus',
         'Miles&Smiles Classic Plus', 'EuroBonus Gold', 'Frequent Traveller', 'Sapphire', 'Titanium Elite']
FARES = ['YLOWBG', 'QNC14RT', 'KSAVER', 'VFLEX', 'MOWGB', 'TLITE', 'HSTDEU', 'BPREM', 'ZBIZ3', 'LRT7NR']


def fflyer(rng, al):
    return f'{al[0]} {rdigits(rng, 9)}'


# ----------------------------------------------------------------------------------------------------------------
# Kinds: each returns (title, fields [(key, value)], text, issued [(value, type)], note)
# ----------------------------------------------------------------------------------------------------------------
class Doc:
    """A travel document: note lines (no personal data) and field lines, each field with the values it issues."""

    def __init__(self):
        self.items = []

    def add(self, key, value, typ=None, line=None, extra=()):
        iss = ([(value, typ)] if typ else []) + list(extra)
        self.items.append(dict(key=key, value=value, line=line if line is not None else f'{key}: {value}', issued=iss))

    def note(self, line):
        self.items.append(dict(key=None, value=None, line=line, issued=[]))

    def keep_one(self, rng):
        """Incidental variant: keep the notes and ONE field that carries personal data."""
        carrying = [i for i, it in enumerate(self.items) if it['issued']]
        keep = rng.choice(carrying)
        self.items = [it for i, it in enumerate(self.items) if not it['issued'] or i == keep]

    @property
    def fields(self):
        return [(it['key'], it['value']) for it in self.items if it['key']]

    @property
    def issued(self):
        return [v for it in self.items for v in it['issued']]

    def text(self):
        return '\n'.join(it['line'] for it in self.items)


def us_bank(rng):
    r = rdigits(rng, 8)
    r = r + rtn.calc_check_digit(r)
    if not rtn.is_valid(r):
        die('rtn')
    return r, rdigits(rng, rng.randint(9, 12))


def payout(rng, d, p, what):
    if p['region'] == 'US':
        r, acct = us_bank(rng)
        d.add('routing', r, None, f'{what}: ABA routing {r}', extra=[])
        d.add('account', acct, 'US_BANK_NUMBER', f'account no. {acct}')
    elif p['region'] in IBAN_SPEC:
        ib = gen_iban(rng, p['region'])
        d.add('iban', ib, 'iban', f'{what}: IBAN {ib}')


def k_booking(rng, p, inc):
    d = Doc()
    al, fl = flight(rng)
    a, b = route(rng)
    lab = L[p['tag']]['lab']
    d.note(f'PNR {pnr(rng)} — {fl} {a}-{b} {tdate(rng).strftime("%d%b").upper()} seat {seat(rng)} fare {rng.choice(FARES)}')
    nm = p['name'] if rng.random() < 0.6 else p['latin']
    d.add('passenger', nm, 'person', f"{lab['name']}: {nm}")
    if not inc:
        d.add('email', p['email'], 'email')
        d.add('phone', p['phone'], 'phone', f"{lab['phone']}: {p['phone']}")
        if rng.random() < 0.6:
            bd = fmt_date(rng, p['dob'], p['tag'])
            d.add('date_of_birth', bd, 'DATE_OF_BIRTH', f"{lab['dob']}: {bd}")
        if rng.random() < 0.5:
            d.add('passport', p['pp'], 'PASSPORT', f"APIS {lab['pp']}: {p['pp']} exp {tdate(rng).replace(year=2031).isoformat()}")
        if rng.random() < 0.3:
            c = gen_card(rng)
            d.add('card', c, 'credit_card', f'paid with card {c} exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}')
    d.note(f'FF {fflyer(rng, al)} ({rng.choice(TIERS)})')
    if not inc and rng.random() < 0.3:
        comp = person(rng, p['tag'])
        cd = fmt_date(rng, comp['dob'], p['tag'])
        d.add('passenger_2', comp['name'], 'person', f"2. {comp['name']} — {cd}", extra=[(cd, 'DATE_OF_BIRTH')])
    return 'booking', d, rng.choice(['please change the flight to one day later and tell me the fare difference',
                                     'rebook this pax on the next departure, same cabin',
                                     'write the confirmation email to the passenger',
                                     'extract this into the APIS JSON format', 'check this booking for errors'])


def k_boarding(rng, p, inc):
    d = Doc()
    al, fl = flight(rng)
    a, b = route(rng)
    ref = pnr(rng)
    sur = re.sub(r'[^A-Z]', '', ascii_fold(p['last_l']).upper())
    giv = re.sub(r'[^A-Z]', '', ascii_fold(p['first_l']).upper())
    bcbp_name = f'{sur}/{giv}'
    jd = tdate(rng).timetuple().tm_yday
    bc = f'M1{bcbp_name.ljust(20)[:20]}E{ref} {a}{b}{al[0]:<3}{fl[2:].zfill(4)} {jd:03d}Y{seat(rng).zfill(4)}0{rng.randint(10, 199):03d} 100'
    d.add('bcbp', bc, None, f'barcode: {bc}', extra=[(bcbp_name.ljust(20)[:20].strip(), 'person')])
    d.note(f'{fl} {a} → {b}  gate {rng.choice("ABCDEFGH")}{rng.randint(1, 60)}  boarding {rng.randint(5, 22):02d}:{rng.choice(["05", "20", "35", "50"])}  group {rng.randint(1, 5)}')
    if not inc:
        d.add('name', f'{p["latin"].upper()}', 'person', f'Passenger: {p["latin"].upper()}')
        if rng.random() < 0.5:
            d.add('frequent_flyer_email', p['email'], 'email', f'sent to {p["email"]}')
        if rng.random() < 0.3:
            ip = gen_ip(rng)
            d.add('checkin_ip', ip, 'IP_ADDRESS', f'app check-in from IP {ip} ({p["latin"]} account)')
    return 'boarding', d, rng.choice(['my boarding pass shows the wrong seat, what do I tell the gate agent?',
                                      'decode this barcode string field by field',
                                      'is this boarding pass for the right day?', 'translate this for my mum'])


def k_visa(rng, p, inc):
    d = Doc()
    lab = L[p['tag']]['lab']
    exp = dt.date(rng.randint(2028, 2035), rng.randint(1, 12), rng.randint(1, 28))
    d.add('full_name', p['name'], 'person', f"{lab['name']}: {p['name']}")
    bd = fmt_date(rng, p['dob'], p['tag'])
    d.add('dob', bd, 'DATE_OF_BIRTH', f"{lab['dob']}: {bd}")
    if not inc or rng.random() < 0.5:
        if rng.random() < 0.5:
            l1, l2 = mrz_lines(p, p['pp'], exp)
            d.add('mrz', l1 + '\n' + l2, None, f'MRZ:\n{l1}\n{l2}',
                  extra=[(l2[:9].rstrip('<'), 'PASSPORT'), (l1[5:].split('<<')[0].replace('<', ' ').strip(), 'person')])
        else:
            d.add('passport_number', p['pp'], 'PASSPORT', f"{lab['pp']}: {p['pp']}")
    if not inc:
        if p['nid'] and rng.random() < 0.6:
            d.add('national_id', p['nid'], p['nid_type'], f"{lab['nid']}: {p['nid']}")
        d.add('address', p['addr'], 'STREET_ADDRESS', f"{lab['addr']}: {p['addr']}")
        if rng.random() < 0.5:
            d.add('phone', p['phone'], 'phone', f"{lab['phone']}: {p['phone']}")
    d.note(f'Application type: {rng.choice(["ESTA", "UK ETA", "Schengen C visa", "eVisa India", "K-ETA", "ETIAS", "Australian ETA"])}; purpose: {rng.choice(["tourism", "business meeting", "conference", "visiting family"])}')
    return 'visa', d, rng.choice(['fill the application JSON from this', 'does anything here look wrong before I submit?',
                                  'write the cover letter for the consulate', 'which fields do I still need?'])


def k_hotel(rng, p, inc):
    d = Doc()
    lab = L[p['tag']]['lab']
    h = rng.choice(HOTELS)
    d.note(f'{h} — registration card, room {rng.randint(101, 918)}, {rng.randint(1, 9)} nights, rate code {rng.choice(["BAR", "CORP2", "AAA", "PKG"])}')
    d.add('guest', p['name'], 'person', f"{lab['name']}: {p['name']}")
    if p['nid'] and p['nid_type'] == 'NATIONAL_ID' and rng.random() < 0.5:
        d.add('id_document', p['nid'], p['nid_type'], f"{lab['nid']}: {p['nid']}")
    else:
        d.add('passport', p['pp'], 'PASSPORT', f"{lab['pp']}: {p['pp']}")
    if not inc:
        bd = fmt_date(rng, p['dob'], p['tag'])
        d.add('dob', bd, 'DATE_OF_BIRTH', f"{lab['dob']}: {bd}")
        d.add('home_address', p['addr'], 'STREET_ADDRESS', f"{lab['addr']}: {p['addr']}")
        if rng.random() < 0.4:
            c = gen_card(rng)
            d.add('guarantee_card', c, 'credit_card', f'card on file {c}')
    return 'hotel', d, rng.choice(['enter this into the police guest report format', 'prepare the pre-arrival email',
                                   'the guest wants a late checkout, draft the reply', 'check the registration is complete'])


def k_rental(rng, p, inc):
    d = Doc()
    lab = L[p['tag']]['lab']
    d.note(f'Rental agreement RA{rdigits(rng, 9)} — pick-up {rng.choice(IATA)} {tdate(rng).isoformat()} — group {rng.choice(["CDMR", "IDAR", "SFAR", "ECMN"])}')
    d.add('driver', p['name'] if p['tag'] in LATIN else p['latin'], 'person')
    if p['dl']:
        d.add('driving_licence', p['dl'], 'DRIVER_LICENSE', f'Driving licence no.: {p["dl"]}')
    else:
        d.add('passport', p['pp'], 'PASSPORT', f"{lab['pp']}: {p['pp']}")
    if not inc:
        bd = fmt_date(rng, p['dob'], p['tag'])
        d.add('dob', bd, 'DATE_OF_BIRTH', f"{lab['dob']}: {bd}")
        if rng.random() < 0.6:
            c = gen_card(rng)
            d.add('deposit_card', c, 'credit_card', f'deposit authorised on {c}')
        if rng.random() < 0.5:
            d.add('address', p['addr'], 'STREET_ADDRESS', f"{lab['addr']}: {p['addr']}")
        d.add('phone', p['phone'], 'phone', f"{lab['phone']}: {p['phone']}")
    d.note(f'Damage noted: {rng.choice(["scratch rear bumper", "none", "chip windscreen", "dent passenger door"])}; fuel {rng.choice(["full/full", "3/4 on return"])}')
    return 'rental', d, rng.choice(['dispute this damage charge for me', 'add a second driver, write the request',
                                    'summarise the agreement', 'the counter says the licence is not valid, why?'])


def k_ride(rng, p, inc):
    d = Doc()
    d.note(f'Trip {rng.choice(["UB", "BL", "FN", "CB"])}-{rdigits(rng, 8)} on {tdate(rng).isoformat()}: fare {rng.randint(18, 140)}.{rng.randint(0, 99):02d}, surge {rng.choice(["1.0x", "1.6x", "2.1x"])}')
    d.add('rider', p['name'], 'person', f'Rider: {p["name"]}')
    d.add('pickup', p['addr'], 'STREET_ADDRESS', f'Pick-up: {p["addr"]} (home)')
    if not inc:
        d.add('rider_phone', p['phone'], 'phone', f'Rider phone: {p["phone"]}')
        if rng.random() < 0.5:
            d.add('account_email', p['email'], 'email', f'Account: {p["email"]}')
        if rng.random() < 0.5:
            ip = gen_ip(rng)
            d.add('login_ip', ip, 'IP_ADDRESS', f'Last login from {ip}')
    d.note('Driver took a detour through the ring road; I was charged twice and the card shows two holds.')
    return 'ride', d, rng.choice(['write the complaint to the ride-share support', 'was I overcharged? work it out',
                                  'summarise this for my expense claim', 'draft a chargeback request'])


def k_luggage(rng, p, inc):
    d = Doc()
    al, fl = flight(rng)
    a, b = route(rng)
    d.note(f'Property Irregularity Report {wt_ref(rng, al, b)} — {fl} {a}-{b}, tag {bagtag(rng, al)}, {rng.choice(["black Samsonite 75cm", "red hardshell", "grey duffel", "blue trolley with yellow strap"])}')
    d.add('passenger', p['latin'] if rng.random() < 0.5 else p['name'], 'person')
    d.add('delivery_address', p['addr'], 'STREET_ADDRESS', f'Deliver to: {p["addr"]}')
    if not inc:
        d.add('contact_phone', p['phone'], 'phone', f'Contact: {p["phone"]}')
        d.add('contact_email', p['email'], 'email', f'Email: {p["email"]}')
        if rng.random() < 0.3:
            payout(rng, d, p, 'Interim expenses to')
    return 'luggage', d, rng.choice(['it has been 6 days, write a firm follow-up', 'list the costs I can claim',
                                     'translate the report into English', 'fill the claim form from this'])


def k_insurance(rng, p, inc):
    d = Doc()
    lab = L[p['tag']]['lab']
    d.note(f'Policy {rng.choice(["TRV", "WLD", "ANN"])}-{rdigits(rng, 7)}, claim {rdigits(rng, 6)} — {rng.choice(["appendicitis in Bangkok", "ankle fracture skiing", "food poisoning on a cruise", "cancelled trip, bereavement"])}')
    d.add('insured', p['name'], 'person', f"{lab['name']}: {p['name']}")
    bd = fmt_date(rng, p['dob'], p['tag'])
    d.add('dob', bd, 'DATE_OF_BIRTH', f"{lab['dob']}: {bd}")
    if not inc:
        mrn = rng.choice(['HN', 'MRN ', 'Pt. ID ', 'Fallnr. ']) + rdigits(rng, rng.choice([7, 8, 9]))
        d.add('hospital_record', mrn, 'MEDICAL_RECORD', f'Hospital record abroad: {mrn}')
        if p['nid_type'] == 'HEALTH_INSURANCE':
            d.add('health_no', p['nid'], 'HEALTH_INSURANCE', f"{lab['nid']}: {p['nid']}")
        elif p['tag'] == 'de-DE':
            kv = kvnr(rng)
            d.add('health_no', kv, 'HEALTH_INSURANCE', f'Krankenversichertennummer: {kv}')
        if rng.random() < 0.6:
            payout(rng, d, p, 'Pay the claim to')
        if rng.random() < 0.4:
            d.add('email', p['email'], 'email')
    return 'insurance', d, rng.choice(['write the claim cover letter', 'which documents am I still missing?',
                                       'the insurer rejected it as pre-existing, draft an appeal', 'summarise the claim'])


def k_expense(rng, p, inc):
    d = Doc()
    d.note(f'Expense report EXP-{tdate(rng).year}-{rdigits(rng, 5)} — trip {rng.choice(IATA)}/{rng.choice(IATA)}; hotel 3 nights {rng.randint(300, 900)} EUR; taxi {rng.randint(20, 90)} EUR; per diem 4 x {rng.choice([28, 40, 57])}')
    d.add('employee', p['name'] if rng.random() < 0.6 else p['latin'], 'person')
    if p['region'] == 'US':
        acct = rdigits(rng, rng.randint(9, 12))
        r = brute(rng, lambda: rdigits(rng, 8), lambda x: True)
        r = r + rtn.calc_check_digit(r)
        if not rtn.is_valid(r):
            die('rtn')
        d.add('routing', r, None, f'Direct deposit routing {r}')
        d.add('account', acct, 'US_BANK_NUMBER', f'account {acct}')
        if not inc:
            d.add('ssn', p['nid'], 'ssn', f'SSN (relocation W-2 gross-up): {p["nid"]}')
    elif p['region'] in IBAN_SPEC:
        ib = gen_iban(rng, p['region'])
        d.add('iban', ib, 'iban', f'Reimburse to IBAN {ib}')
    if not inc:
        if p['nid_type'] == 'TAX_ID' and p['region'] != 'US':
            d.add('tax_id', p['nid'], 'TAX_ID', f'Tax ID: {p["nid"]}')
        if rng.random() < 0.4:
            c = gen_card(rng)
            d.add('corporate_card', c, 'credit_card', f'Corporate card {c}')
        if rng.random() < 0.3:
            d.add('home_address', p['addr'], 'STREET_ADDRESS', f'Relocation destination: {p["addr"]}')
    return 'expense', d, rng.choice(['check these against the travel policy', 'convert everything to EUR and total it',
                                     'write the approval email to finance', 'flag anything non-reimbursable'])


def k_minor(rng, p, inc):
    d = Doc()
    child = person(rng, p['tag'])
    for _ in range(200):  # same grammatical gender as the parent where the family name has gendered forms
        if (female_by_name(p['tag'], child['first']) == female_by_name(p['tag'], p['first'])
                and child['first'] != p['first']):
            break
        child = person(rng, p['tag'])
    child['dob'] = dob(rng, 2012, 2022)
    child_name = child['first'] + (' ' + p['last'] if L[p['tag']]['order'] == 'western' else '')
    if L[p['tag']]['order'] == 'eastern':
        child_name = p['last'] + (' ' if p['tag'] == 'ja-JP' else '') + child['first']
    d.note('Travel consent letter — minor travelling with one parent')
    d.add('consenting_parent', p['name'], 'person', f'I, {p["name"]}, consent to my child travelling abroad')
    d.add('child', child_name, 'person', f'Child: {child_name}')
    cb = fmt_date(rng, child['dob'], p['tag'])
    d.add('child_dob', cb, 'DATE_OF_BIRTH', f'born {cb}')
    if not inc:
        d.add('child_passport', child['pp'], 'PASSPORT', f'passport {child["pp"]}')
        d.add('parent_address', p['addr'], 'STREET_ADDRESS', f'Address: {p["addr"]}')
        d.add('parent_phone', p['phone'], 'phone', f'Contact: {p["phone"]}')
    a, b = route(rng)
    d.note(f'Travel {a}-{b} {tdate(rng).isoformat()} to {tdate(rng).isoformat()}.')
    return 'minor', d, rng.choice(['make this a proper notarisable letter', 'translate it for the border officer',
                                   'is this enough for an airline unaccompanied-minor check?', 'fix the wording'])


KINDS = [('booking', k_booking), ('boarding', k_boarding), ('visa', k_visa), ('hotel', k_hotel), ('rental', k_rental),
         ('ride', k_ride), ('luggage', k_luggage), ('insurance', k_insurance), ('expense', k_expense),
         ('minor', k_minor)]


# ---- benign near-misses (no issued values) -----------------------------------------------------------------------
def b_common(rng, kind):
    al, fl = flight(rng)
    a, b = route(rng)
    h = rng.choice(HOTELS)
    hist = rng.choice(HISTORICAL)
    epo = rng.choice(EPONYM_PLACES)
    agency = rng.choice(AGENCIES)
    hdom = re.sub(r'[^a-z]', '', ascii_fold(h).lower())[:18] + '.example.com'
    sw = gen_phone(rng, rng.choice(['GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'SE']), phonenumbers.PhoneNumberFormat.INTERNATIONAL, fixed=True)
    variants = {
        'booking': [
            f'Loyalty tiers compared: {rng.choice(TIERS)} vs {rng.choice(TIERS)} vs {rng.choice(TIERS)} — lounge access, extra bag, priority boarding. Make a table.',
            f'Crew pairing {al[0]}-{rdigits(rng, 4)}: CPT [ID 40213], FO [ID 51877], 3 CC; {fl} {a}-{b}, report 05:10, block 3h25, rest at {h}.',
            f'PNR {pnr(rng)}\n1 {fl} Y {tdate(rng).strftime("%d%b").upper()} {a}{b} HK1 0715 0940\n2 {flight(rng)[1]} Y {tdate(rng).strftime("%d%b").upper()} {b}{a} HK1 1830 2105\nTKT {eticket(rng, al)} FARE BASIS {rng.choice(FARES)}\nPassenger: MR [NAME REDACTED]',
            f'Group block for the conference: 24 seats on {fl} {a}-{b}, fare {rng.choice(FARES)}, name list due 21 days before departure. Contact the group desk at groups@{hdom} or the {agency} switchboard {sw}.',
            f'Template for the booking confirmation:\nDear {{{{passenger_name}}}},\nyour booking {{{{pnr}}}} on flight {{{{flight_no}}}} from {{{{origin}}}} to {{{{destination}}}} is confirmed. Seat: {{{{seat}}}}.',
            f'Sandbox booking test: card 4111 1111 1111 1111, exp 12/30, CVV 123, passenger "Test Passenger", email qa@example.com, phone +1 202 555 0147. Expected response: PNR {pnr(rng)}, e-ticket {eticket(rng)}.',
        ],
        'boarding': [
            f'BCBP spec example: M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100 — which field is the Julian date? Our own pass: {fl}, seat {seat(rng)}, gate {rng.choice("ABCD")}{rng.randint(1, 40)}, zone {rng.randint(1, 5)}.',
            f'Boarding pass: PASSENGER [hidden in screenshot] | {fl} | {a} → {b} | seat {seat(rng)} | gate B{rng.randint(1, 60)} | PNR {pnr(rng)} | {rng.choice(TIERS)} | SkyPriority',
            f'Gate change at {epo}: {fl} now departs from gate {rng.choice("ABCDE")}{rng.randint(1, 90)}, boarding {rng.randint(6, 22):02d}:{rng.choice(["10", "40"])}. Seats {seat(rng)} and {seat(rng)} are still free.',
        ],
        'visa': [
            'ICAO Doc 9303 specimen MRZ:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\nexplain each check digit',
            f'Visa application form (blank): Surname: __________  Given names: __________  Date of birth: __/__/____  Passport no.: __________  Home address: __________. Which of these does the {rng.choice(["ETIAS", "UK ETA", "ESTA", "K-ETA"])} form actually require?',
            'German specimen passport: MUSTERMANN, ERIKA, born 12.08.1964, document no. C01X00T47 — why does the specimen use those values?',
            f'Our visa letter template says: "{{{{applicant_name}}}}, holder of passport {{{{passport_no}}}}, will attend the {rng.choice(["TravelTech Summit", "Routes Europe", "ITB"])} at {epo.split(" (")[0]}". Make it more formal.',
        ],
        'hotel': [
            f'{h}: reception {sw}, reservations@{hdom}, frontdesk@{hdom}. Check-in from 15:00, rate code CORP2, room {rng.randint(101, 918)} block of 12 for {rng.choice(["Routes Europe", "the ITB delegation", "a wedding group"])}.',
            f'Guest registration card (empty):\nName ______  Nationality ______  Passport/ID no. ______  Date of birth ______  Address ______\nTranslate the headings into {rng.choice(["Spanish", "Japanese", "Greek", "Thai"])}.',
            f'Night audit: rooms 201-214 occupied, guest [GUEST_1] in 203 no-show, folio #{rdigits(rng, 6)} posted, card token tok_{rdigits(rng, 10)}. No names in this export.',
            f'The hotel is on {epo.split(",")[0] if "Rue" in epo or "Avenida" in epo else "Rue Victor Hugo"} — the staff call it the "{hist}" suite after the explorer. Write a 2-line description.',
        ],
        'rental': [
            f'Rental agreement RA{rdigits(rng, 9)}: group CDMR, pick-up {a} {tdate(rng).isoformat()}, drop-off {b}. Driver: [MAIN DRIVER]. Licence no.: ____________. Deposit pre-auth 300 EUR.',
            f'UK driving licence number format: e.g. MORGA753116SM9IJ on the DVLA sample card — explain what each block encodes.',
            f'Counter rules at {agency}: young-driver fee under 25, IDP required for non-Latin licences, call {sw} for roadside assistance, damage photos to claims@{hdom}.',
        ],
        'ride': [
            f'Trip {rng.choice(["UB", "BL"])}-{rdigits(rng, 8)}: pick-up {epo}, drop-off {rng.choice(EPONYM_PLACES)}, fare {rng.randint(18, 90)}.{rng.randint(0, 99):02d}, surge 1.6x. Support ticket #{rdigits(rng, 7)}.',
            f'Log line: 2026-11-{rng.randint(10, 28)}T08:{rng.randint(10, 59)}:02Z ride_request from 203.0.113.{rng.randint(1, 254)} pickup_lat=48.8566 pickup_lng=2.3522 (public square) status=DRIVER_ASSIGNED',
            f'Taxi rank at {epo}: fixed fare to the centre is {rng.randint(35, 70)} EUR, the dispatcher number is {sw}. Was I charged correctly at {rng.randint(41, 95)} EUR?',
        ],
        'luggage': [
            f'WorldTracer file {wt_ref(rng, al, b)}, bag tag {bagtag(rng, al)}, {rng.choice(["black Samsonite 75cm", "red hardshell"])}, last seen {a}. Status: forwarded on {flight(rng)[1]}.',
            f'Lost luggage claim form (blank): Passenger name: ________ Delivery address: ________ Phone: ________ PIR reference: ________. Which fields are mandatory under the Montreal Convention?',
            f'Baggage services at {epo}: baggage@{hdom} (role mailbox), desk {sw}, open 06:00–23:00. Tags {bagtag(rng, al)} and {bagtag(rng, al)} arrived on {fl}.',
        ],
        'insurance': [
            f'Policy wording TRV-{rdigits(rng, 7)}, section 4.2: medical expenses up to 5,000,000 EUR; excess 100 EUR; claims to claims@{hdom}, 24h assistance {sw}.',
            f'Claim anonymised for training: [INSURED], [DOB], hospital [HOSPITAL], record [MRN], diagnosis K35.8, treated {tdate(rng).isoformat()}. Classify the claim type.',
            f'Compare the repatriation cover of two plans for a trip in the footsteps of {hist}; plan A excess 50 EUR, plan B 150 EUR with cancellation.',
        ],
        'expense': [
            f'Expense report EXP-2027-{rdigits(rng, 5)}: hotel {rng.randint(300, 900)} EUR, taxi {rng.randint(20, 90)} EUR, per diem 4 x 40. Employee: [EMP_ID]. Bank: DE89 3704 0044 0532 0130 00 (registry example used in our test data).',
            f'Travel policy: economy below 6 hours, hotel cap 180 EUR in {rng.choice(["Madrid", "Prague", "Warsaw", "Lisbon"])}, receipts via expenses@{hdom}. Card test number 5555 5555 5555 4444 in the sandbox only.',
            f'Per diem table {tdate(rng).year}: FR 120, DE 105, JP 16,500 JPY, BR 410 BRL. Flight {fl} ticket {eticket(rng, al)}, fare {rng.choice(FARES)}, cost centre 4410.',
        ],
        'minor': [
            'Template: "I, [PARENT NAME], consent to my child [CHILD NAME], born [DATE], holder of passport [NUMBER], travelling to [COUNTRY] with [ACCOMPANYING ADULT]." Make it bilingual EN/ES.',
            f'Unaccompanied minor service on {fl}: fee 110 EUR per sector, ages 5–11 mandatory, escort hands over at gate {rng.choice("ABC")}{rng.randint(1, 40)}. Call the airline on {sw} or write to umnr@{hdom}.',
            f'School trip roster (anonymised): Pupil 01–18, group leader [TEACHER], PNR {pnr(rng)}, {fl} {a}-{b}, seats rows {rng.randint(20, 30)}–{rng.randint(31, 40)}.',
        ],
    }
    ask = {'booking': 'can you check this?', 'boarding': 'help me read this', 'visa': 'what do I do with this?',
           'hotel': 'draft the reply', 'rental': 'explain this', 'ride': 'was this right?',
           'luggage': 'what are the next steps?', 'insurance': 'summarise', 'expense': 'check against policy',
           'minor': 'improve this'}[kind]
    return rng.choice(variants[kind]), ask


def b_public(rng, kind):
    """Public figure in a public role / historical traveller near-miss."""
    hist = rng.choice(HISTORICAL)
    epo = rng.choice(EPONYM_PLACES)
    lines = [
        f'At the {rng.choice(["ITB Berlin", "Routes World", "WTM London"])} keynote, the airline\'s chief executive announced new routes to {rng.choice(CITIES)}; the press office ({rng.choice(["press@", "media@"])}airline.example.com) shared the slides. Summarise the announcement for our {kind} newsletter.',
        f'The UN Secretary-General arrived at {epo} for the climate conference, according to the official press release. Which {kind} logistics would a delegation office plan for?',
        f'Write a {kind} themed quiz question about {hist}: where did the journey start, and what would the route look like with today\'s flights via {rng.choice(IATA)}?',
        f'The Prime Minister’s delegation arrived at {epo} for the summit; the foreign ministry published the official programme. Summarise the travel logistics in 3 bullets.',
        f'Our {kind} FAQ mentions "{hist}" as the name of the lounge at {epo}. Rewrite the FAQ entry more clearly.',
    ]
    return rng.choice(lines), 'go'


# ----------------------------------------------------------------------------------------------------------------
# Placement into a request body
# ----------------------------------------------------------------------------------------------------------------
SYSTEMS = ['You are a travel assistant for a corporate travel agency. Be concise.',
           'You help airline customer-service agents draft replies.', 'You are a hotel front-office assistant.',
           'You assist travellers with paperwork: visas, claims, complaints.', 'You are an expense-audit assistant.',
           'Eres un asistente de viajes.', 'Du bist ein Reiseassistent für Geschäftsreisende.']
SYS_KIND = {'booking': ['You are the reservations assistant of a travel agency.', 'Eres el asistente de reservas de una agencia de viajes.'],
            'boarding': ['You help airline customer-service agents draft replies.', 'You help travellers with airport questions.'],
            'visa': ['You assist travellers with paperwork: visas, claims, complaints.', 'You help a visa service centre check applications.'],
            'hotel': ['You are a hotel front-office assistant.', 'Du bist der Assistent der Hotelrezeption.'],
            'rental': ['You assist car-rental counter staff.', 'You help customers with car-rental disputes.'],
            'ride': ['You help riders write complaints to ride-hailing and taxi companies.', 'You assist a taxi dispatch office.'],
            'luggage': ['You help passengers with delayed and lost baggage.', 'You assist an airline baggage-services desk.'],
            'insurance': ['You assist a travel-insurance claims handler.', 'You help travellers file insurance claims.'],
            'expense': ['You are an expense-audit assistant.', 'You help employees with travel expense and relocation reports.'],
            'minor': ['You help families prepare travel documents for children.', 'You assist travellers with paperwork: visas, claims, complaints.']}
TOOL_NAMES = {'booking': 'get_pnr', 'boarding': 'scan_boarding_pass', 'visa': 'submit_application', 'hotel': 'register_guest',
              'rental': 'create_rental', 'ride': 'open_trip_dispute', 'luggage': 'file_pir', 'insurance': 'file_claim',
              'expense': 'submit_expense', 'minor': 'create_consent_letter'}
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'gpt-4o']
PLACEMENTS = ['user', 'system', 'assistant_echo', 'tool_result', 'tool_call_args', 'content_parts', 'file_part',
              'image_url', 'completions', 'response_format', 'user_field', 'metadata', 'user', 'tool_result',
              'content_parts', 'system', 'user', 'completions', 'assistant_echo', 'file_part']


def place(rng, kind, placement, text, fields, ask, loc_ask, benign):
    model = rng.choice(MODELS)
    sysmsg = rng.choice(SYS_KIND[kind] + SYS_KIND[kind] + SYSTEMS[:1])
    ask_full = (loc_ask + ' ' if loc_ask and rng.random() < 0.5 else '') + ask
    fdict = {k: v for k, v in fields} if fields else {'note': text}
    if placement == 'completions':
        return 'completions', {'model': model, 'prompt': f'{sysmsg}\n\n{text}\n\nTask: {ask_full}\nAnswer:',
                               'max_tokens': rng.choice([256, 400, 512]), 'temperature': 0.2}
    body = {'model': model}
    msgs = [{'role': 'system', 'content': sysmsg}]
    if placement == 'user':
        msgs.append({'role': 'user', 'content': f'{ask_full}\n\n{text}' if rng.random() < 0.5 else f'{text}\n\n{ask_full}'})
    elif placement == 'system':
        msgs[0]['content'] = sysmsg + '\n\nCurrent case file:\n' + text
        msgs.append({'role': 'user', 'content': ask_full})
    elif placement == 'assistant_echo':
        msgs += [{'role': 'user', 'content': 'I will paste it, just confirm you got it'},
                 {'role': 'assistant', 'content': 'Received:\n' + text},
                 {'role': 'user', 'content': ask_full}]
    elif placement == 'tool_result':
        tid = 'call_' + ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(16))
        msgs += [{'role': 'user', 'content': ask_full},
                 {'role': 'assistant', 'content': None, 'tool_calls': [{'id': tid, 'type': 'function', 'function': {
                     'name': TOOL_NAMES[kind], 'arguments': json.dumps({'ref': pnr(rng)})}}]},
                 {'role': 'tool', 'tool_call_id': tid, 'content': json.dumps(fdict, ensure_ascii=False)}]
        body['tools'] = [{'type': 'function', 'function': {'name': TOOL_NAMES[kind], 'description': f'Look up the {kind} record',
                                                           'parameters': {'type': 'object', 'properties': {'ref': {'type': 'string'}}}}}]
    elif placement == 'tool_call_args':
        tid = 'call_' + ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(16))
        msgs += [{'role': 'user', 'content': ask_full},
                 {'role': 'assistant', 'content': None, 'tool_calls': [{'id': tid, 'type': 'function', 'function': {
                     'name': TOOL_NAMES[kind], 'arguments': json.dumps(fdict, ensure_ascii=False)}}]},
                 {'role': 'tool', 'tool_call_id': tid, 'content': json.dumps({'status': rng.choice(['error: field missing', 'queued', 'rejected: format'])})},
                 {'role': 'user', 'content': 'why did that fail? fix it and call again'}]
        body['tools'] = [{'type': 'function', 'function': {'name': TOOL_NAMES[kind], 'description': f'Submit the {kind} record',
                                                           'parameters': {'type': 'object', 'properties': {k: {'type': 'string'} for k in fdict}}}}]
    elif placement == 'content_parts':
        msgs.append({'role': 'user', 'content': [{'type': 'text', 'text': ask_full}, {'type': 'text', 'text': text}]})
    elif placement == 'file_part':
        fname = f'{kind}_{rng.randint(100, 999)}.txt'
        data = base64.b64encode(text.encode()).decode()
        msgs.append({'role': 'user', 'content': [{'type': 'text', 'text': ask_full + ' (see attached)'},
                                                 {'type': 'file', 'file': {'filename': fname, 'file_data': 'data:text/plain;base64,' + data}}]})
    elif placement == 'image_url':
        q = urllib.parse.urlencode({k: v for k, v in fdict.items()}, quote_via=urllib.parse.quote)
        url = f'https://scan.{rng.choice(["tripdocs", "passcan", "faststay"])}.example.net/v2/render.png?{q}'
        msgs.append({'role': 'user', 'content': [{'type': 'text', 'text': ask_full + ' — photo of the document below'},
                                                 {'type': 'image_url', 'image_url': {'url': url, 'detail': 'high'}}]})
    elif placement == 'response_format':
        msgs.append({'role': 'user', 'content': ask_full + '\nReturn JSON only.'})
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': f'{kind}_record', 'strict': True, 'schema': {
            'type': 'object', 'properties': {k: {'type': 'string'} for k in fdict}, 'required': list(fdict),
            'additionalProperties': False, 'examples': [fdict]}}}
    elif placement == 'user_field':
        msgs.append({'role': 'user', 'content': f'{text}\n\n{ask_full}'})
    elif placement == 'metadata':
        msgs.append({'role': 'user', 'content': ask_full + ' (details are in the case metadata)'})
        body['store'] = True
        body['metadata'] = {k[:64]: str(v).replace('\n', ' ')[:512] for k, v in list(fdict.items())[:16]}
        body['metadata']['channel'] = rng.choice(['agent-desktop', 'mobile-app', 'email-bridge'])
    body['messages'] = msgs
    if rng.random() < 0.15:
        body['stop'] = ['\n###']
    if rng.random() < 0.2:
        body['temperature'] = rng.choice([0, 0.2, 0.7])
    return 'chat', body


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m.group(1)).decode('utf-8'))
    for m in re.finditer(r'https?://[^"\s]+', s):
        parts.append(urllib.parse.unquote(m.group(0)))
    # tool-call arguments are JSON inside JSON: add the decoded strings too
    def walk(o):
        if isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
        elif isinstance(o, str):
            parts.append(o)
    walk(body)
    return '\n'.join(parts)


# ----------------------------------------------------------------------------------------------------------------
# PII set
# ----------------------------------------------------------------------------------------------------------------
# identifier-rich locales for the kinds whose documents carry them (driver licences, tax / bank / health numbers)
BOOST = {'rental': ['en-GB', 'en-US', 'de-DE', 'it-IT', 'pl-PL', 'ja-JP', 'ko-KR', 'pt-BR', 'es-ES', 'nl-NL'],
         'expense': ['en-US', 'de-DE', 'en-US', 'it-IT', 'pt-BR', 'en-US', 'ru-RU', 'en-GB'],
         'insurance': ['en-GB', 'el-GR', 'de-DE', 'en-US', 'en-GB', 'el-GR'],
         'visa': ['en-US', 'hi-IN', 'zh-CN', 'tr-TR', 'ko-KR']}


def build_pii(rng):
    tags = list(L)
    recs = []
    n_sens, n_ben = 29, 21
    for ki, (kind, fn) in enumerate(KINDS):
        for j in range(n_sens + n_ben):
            tag = tags[(ki * 7 + j) % len(tags)]
            if j < n_sens and (j % 3 == 0 or (kind == 'expense' and j % 3 == 1)) and kind in BOOST:
                tag = BOOST[kind][(j // 3) % len(BOOST[kind])]
            placement = PLACEMENTS[(ki * 3 + j) % len(PLACEMENTS)]
            if j < n_sens:
                inc = j % 6 == 5
                p = person(rng, tag)
                _, doc, ask = fn(rng, p, inc)
                if inc and j % 12 == 11:
                    doc.keep_one(rng)
                    inc = 'single'
                text, fields = doc.text(), doc.fields
                loc_ask = L[tag]['ask']
                endpoint, body = place(rng, kind, placement, text, fields, ask, loc_ask, False)
                if placement == 'user_field':
                    body['user'] = p['email']
                issued = doc.issued + ([(p['email'], 'email')] if placement == 'user_field' else [])
                style = f'{placement}' + (' · single item' if inc == 'single' else ' · incidental' if inc else '')
                cat = kind
            else:
                if j % 4 == 3:
                    text, ask = b_public(rng, kind)
                    sub = 'public_or_historical'
                else:
                    text, ask = b_common(rng, kind)
                    sub = 'near_miss'
                loc_ask = L[tag]['ask']
                endpoint, body = place(rng, kind, placement, text, None, ask, loc_ask, True)
                if placement == 'user_field':
                    body['user'] = f'agent-{rdigits(rng, 5)}'
                issued = []
                style = f'{placement} · {sub}'
                cat = kind + '_benign'
            hay = haystack(body)
            ents = sorted({t for v, t in issued if v and v in hay})
            if j < n_sens and not ents:
                die(f'no entity landed in {kind} {j} {placement}')
            rec = dict(id='', category=cat, sensitive=bool(ents), entities=ents, endpoint=endpoint, lang=tag,
                       style=style, body=body)
            assert rec['sensitive'] == bool(rec['entities'])
            recs.append(rec)
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r['id'] = f'playa-pii-{i:04d}'
    return recs


# ----------------------------------------------------------------------------------------------------------------
# Complexity set
# ----------------------------------------------------------------------------------------------------------------
CITIES = ['Lisbon', 'Oslo', 'Athens', 'Prague', 'Seoul', 'Osaka', 'Santiago', 'Cairo', 'Bangkok', 'Bucharest', 'Kraków',
          'Helsinki', 'Recife', 'Izmir', 'Pune', 'Haifa', 'Porto', 'Bergen', 'Valencia', 'Gdańsk']

SHORT_SIMPLE = [
    ('en', 'What is the IATA code for {c} airport?'), ('en', 'Convert {h} hours {m} minutes to minutes.'),
    ('en', 'Translate "my suitcase is lost" into {lang}.'), ('de', 'Wie spät ist es in {c}, wenn es in Berlin 14:00 ist? Nur die Uhrzeit.'),
    ('fr', 'Traduis en anglais : « Le vol est retardé de deux heures. »'), ('es', '¿Cuántos kilos son {n} libras? Redondea.'),
    ('it', 'Scrivi "{c}" in maiuscolo.'), ('ja', '「搭乗券」を英語に訳してください。'), ('ko', '"수하물"을 영어로 번역해 주세요.'),
    ('pt', 'Quanto é {n} euros vezes 2?'), ('nl', 'Zet deze datum om naar ISO: 5 december 2026.'),
    ('pl', 'Przetłumacz na angielski: "Gdzie jest bramka {g}?"'), ('sv', 'Vad heter {c} på engelska?'),
    ('tr', '"Uçuşum iptal edildi" cümlesini İngilizceye çevir.'), ('zh', '把"登机口"翻译成英文。'),
    ('hi', '"टिकट" का अंग्रेज़ी अनुवाद क्या है?'), ('el', 'Μετάφρασε στα αγγλικά: «καλό ταξίδι».'),
    ('ru', 'Сколько будет {n} + {m}?'), ('en', 'List the days of the week in {lang}.'),
    ('en', 'Is {c} in the Schengen area? Yes or no.'), ('th', 'แปลคำว่า "สนามบิน" เป็นภาษาอังกฤษ'),
    ('he', 'תרגם לאנגלית: "איפה היציאה?"'), ('ar', 'ترجم إلى الإنجليزية: "أين مكتب الأمتعة؟"'),
    ('cs', 'Převeď {n} km na míle (zaokrouhli).'), ('en', 'Spell out the NATO alphabet for the code {pnr}.'),
]
SHORT_HARD = [
    ('en', 'Prove that in any round trip itinerary on a directed flight graph with positive fares, removing a cycle never increases cost, and state where the argument fails with fare-combinability rules.'),
    ('en', 'Design an overbooking policy for a {n}-seat aircraft with 7% no-show rate and a denied-boarding cost of 600 EUR: derive the optimal number of extra bookings and discuss the trade-offs.'),
    ('en', 'Our fare search returns a cheaper A-B-A than A-B one-way 12% of the time. Root-cause the likely pricing-engine bug; list hypotheses and the test that separates them.'),
    ('en', 'Give an algorithm for the minimum-connection itinerary with minimum connecting times per airport and time windows; prove correctness and complexity.'),
    ('de', 'Entwirf ein Datenmodell für Umbuchungen bei Streiks, das Teilstrecken, Codeshares und Erstattungsansprüche nach EU 261 abbildet, und begründe die Abwägungen.'),
    ('fr', 'Démontre que le problème d’affectation des équipages avec repos minimal est NP-difficile par réduction, puis propose une heuristique.'),
    ('es', 'Diseña un sistema de reservas de hotel que evite la doble venta entre canales con latencia de 30 s; compara bloqueo optimista y pesimista.'),
    ('ja', '乗り継ぎ最小時間と遅延確率を考慮して、乗り継ぎ失敗の確率を最小にする経路選択を定式化し、近似解法を説明してください。'),
    ('ko', '항공권 가격이 시간에 따라 변할 때 언제 구매해야 기대 비용이 최소가 되는지 최적 정지 문제로 모델링하고 증명하세요.'),
    ('zh', '行李分拣系统偶尔把转机行李送错航班。请给出根本原因分析的步骤，并区分软件、扫描和人工因素。'),
    ('pt', 'Projete um algoritmo de precificação dinâmica para assentos de ônibus interestaduais e discuta justiça, receita e previsibilidade.'),
    ('it', 'Dimostra che l’itinerario più economico con al massimo k scali si calcola con Bellman-Ford a k+1 iterazioni e spiega perché Dijkstra non basta.'),
    ('nl', 'Ontwerp een cachingstrategie voor beschikbaarheidsqueries van treinen met vertragingen; analyseer consistentie versus latentie.'),
    ('pl', 'Zaprojektuj system kolejek dla odprawy bagażowej z dwoma typami stanowisk i udowodnij, kiedy wspólna kolejka jest lepsza.'),
    ('en', 'Rail pass: {n} travel days in 2 months across 5 countries with reservation fees. Formulate as an integer program and explain how to solve it exactly.'),
    ('en', 'Why could a time-zone bug make overnight flights show arrival before departure only for DST weeks? Reason through the failure modes and propose a fix.'),
    ('tr', 'Havalimanı kapı atama problemini kısıtlarıyla modelle, açgözlü yaklaşımın neden başarısız olabileceğini bir karşı örnekle göster.'),
    ('ru', 'Докажи, что задача о коммивояжёре с временными окнами для экскурсионного маршрута NP-трудна, и предложи точный метод для 15 точек.'),
    ('sv', 'Utforma ett lojalitetsprogram där poängen inte kan arbitrageras mellan partnerflygbolag; resonera kring incitament och bedrägeri.'),
    ('en', 'Given hourly no-show data, design an A/B test to evaluate a new check-in reminder, including power analysis and pitfalls with seasonality.'),
    ('he', 'תכנן מערכת התראות על עיכובים שמאזנת בין התראות שווא להחמצות, והסבר איך לבחור סף.'),
    ('el', 'Απόδειξε ότι ο άπληστος αλγόριθμος για ανάθεση θέσεων σε ομάδες οικογενειών δεν είναι βέλτιστος και πρότεινε καλύτερο.'),
    ('en', 'A seat map service deadlocks under load when two agents swap seats. Explain the likely lock-ordering cause and design a fix with proof of freedom from deadlock.'),
    ('hi', 'बजट, समय और आराम के बीच संतुलन रखते हुए 4 शहरों की यात्रा का बहु-उद्देश्य अनुकूलन मॉडल बनाइए और ट्रेड-ऑफ समझाइए।'),
    ('fi', 'Suunnittele hinnoittelumalli, jossa lentolipun muutosmaksu riippuu ajankohdasta, ja perustele miksi se on kannustinyhteensopiva.'),
]


def long_table(rng, rows):
    out = []
    for i in range(rows):
        al, fl = flight(rng)
        a, b = route(rng)
        d = tdate(rng)
        out.append(f'{i + 1}. {d.isoformat()} {fl} {a}-{b} dep {rng.randint(5, 22):02d}:{rng.choice(["00", "15", "30", "45"])} '
                   f'arr {rng.randint(6, 23):02d}:{rng.choice(["05", "20", "35", "50"])} fare {rng.choice(FARES)} {rng.randint(89, 1400)} EUR seat {seat(rng)}')
    return '\n'.join(out)


EASY_ASKS = [('en', 'Reformat this list as a CSV with columns date, flight, from, to, dep, arr, fare_code, price, seat.'),
             ('en', 'Sort these segments by date and give the list back.'),
             ('de', 'Übersetze die Spaltenbedeutungen ins Deutsche und gib die Liste unverändert zurück.'),
             ('es', 'Resume en 3 frases: cuántos vuelos, qué fechas, precio total.'),
             ('fr', 'Mets cette liste sous forme de tableau Markdown.'),
             ('en', 'Count how many segments depart from each airport.'),
             ('ja', 'この一覧をJSON配列に変換してください。'),
             ('pt', 'Remova as linhas duplicadas e devolva a lista.'),
             ('it', 'Somma i prezzi e dimmi il totale.'),
             ('pl', 'Zamień ceny na PLN po kursie 4,3 i zwróć listę.'),
             ('nl', 'Zet alle tijden om naar 12-uursnotatie.'),
             ('ko', '이 목록을 날짜순으로 정렬해 주세요.')]
HARD_ASKS = [('en', 'Find the cheapest set of segments that forms a valid round trip from the first origin, respecting a 60-minute minimum connection and fare-code combinability (no mixing of NR codes with FLEX); show your reasoning and prove no cheaper combination exists.'),
             ('en', 'Our reconciliation job reports these segments as double-charged. Work out which rows are genuine duplicates versus legitimate repeat trips, explain the root cause in the de-duplication key, and propose a corrected key with trade-offs.'),
             ('de', 'Entwirf einen Algorithmus, der aus diesen Segmenten Reiseketten bildet (Umsteigezeit ≥ 45 min, gleiche Stadt), begründe die Komplexität und diskutiere Randfälle wie Mitternacht und Zeitzonen.'),
             ('es', 'Diseña una política de reprogramación para estos vuelos si la huelga cancela todos los de un aeropuerto; compara minimizar coste, retraso total y número de pasajeros afectados.'),
             ('fr', 'Analyse ces segments pour détecter une anomalie tarifaire systématique, formule une hypothèse testable et décris la démarche de validation statistique.'),
             ('ja', 'これらの区間から、乗継時間の制約と予算内で訪問都市数を最大化する旅程を求める最適化問題を定式化し、解法と計算量を説明してください。'),
             ('zh', '请分析这些航段的票价与座位之间是否存在定价漏洞，推导可能的根本原因，并设计修复方案及其权衡。')]
LONG_EASY_EXTRA = ['Hotel voucher terms: check-in from 15:00, check-out until 11:00, breakfast 07:00–10:30, city tax payable locally, free cancellation up to 48 hours before arrival, late arrival must be announced to the property, pets on request, parking subject to availability. ']


def build_cx(rng):
    recs = []
    langs_name = ['Spanish', 'German', 'Japanese', 'Greek', 'Thai', 'Polish', 'Turkish', 'Hindi']

    def fill(s):
        return s.format(c=rng.choice(CITIES), h=rng.randint(1, 14), m=rng.randint(1, 59), n=rng.randint(2, 300),
                        lang=rng.choice(langs_name), g=f'{rng.choice("ABCD")}{rng.randint(1, 40)}', pnr=pnr(rng))

    def body(text, sysmsg=None):
        msgs = ([{'role': 'system', 'content': sysmsg}] if sysmsg else []) + [{'role': 'user', 'content': text}]
        return {'model': rng.choice(MODELS), 'messages': msgs}
    for i in range(45):
        lang, t = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
        recs.append(dict(category='short_simple', label=0, length_adversarial=False, lang=lang,
                         style='lookup/translate/convert', body=body(fill(t), rng.choice([None, SYSTEMS[0]]))))
    for i in range(50):
        lang, ask = EASY_ASKS[i % len(EASY_ASKS)]
        rows = rng.randint(16, 30)
        tbl = long_table(rng, rows)
        text = (rng.choice(LONG_EASY_EXTRA) if i % 3 == 0 else '') + tbl
        content = f'{ask}\n\n{text}' if i % 2 else f'{text}\n\n{ask}'
        while len(content) < 1500:
            content += '\n' + long_table(rng, 4)
        assert len(content) >= 1500
        recs.append(dict(category='long_easy', label=0, length_adversarial=True, lang=lang,
                         style='reformat/itinerary', body=body(content, rng.choice([None, SYSTEMS[0], SYSTEMS[4]]))))
    for i in range(50):
        lang, t = SHORT_HARD[i % len(SHORT_HARD)]
        recs.append(dict(category='short_hard', label=1, length_adversarial=True, lang=lang,
                         style='design/proof/root-cause', body=body(fill(t), rng.choice([None, SYSTEMS[1]]))))
    for i in range(45):
        lang, ask = HARD_ASKS[i % len(HARD_ASKS)]
        tbl = long_table(rng, rng.randint(18, 30))
        while len(tbl) < 1500:
            tbl += '\n' + long_table(rng, 4)
        content = f'{ask}\n\n{tbl}' if i % 2 else f'{tbl}\n\n{ask}'
        assert len(content) >= 1500
        recs.append(dict(category='long_hard', label=1, length_adversarial=False, lang=lang,
                         style='optimise/analyse itinerary', body=body(content, rng.choice([None, SYSTEMS[0]]))))
    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        endpoint, b = 'chat', r['body']
        if i % 10 == 0:  # legacy completions
            endpoint = 'completions'
            b = {'model': b['model'], 'prompt': '\n\n'.join(m['content'] for m in b['messages']) + '\n\nAnswer:',
                 'max_tokens': 800 if r['label'] else 200}
        out.append(dict(id=f'playa-cx-{i:04d}', category=r['category'], label=r['label'],
                        length_adversarial=r['length_adversarial'], endpoint=endpoint, lang=r['lang'], style=r['style'],
                        body=b))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pii = build_pii(rng)
    cx = build_cx(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (('pii_playa.jsonl', pii), ('complexity_playa.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_playa.jsonl: {len(pii)} requests, {sens} sensitive / {len(pii) - sens} benign')
    print('  endpoints:', dict(sorted(collections.Counter(r['endpoint'] for r in pii).items())))
    print('  languages:', len({r['lang'] for r in pii}))
    print('  categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print('  placements:', dict(sorted(collections.Counter(r['style'].split(' · ')[0] for r in pii).items())))
    print(f'complexity_playa.jsonl: {len(cx)} requests;', dict(sorted(collections.Counter(r['category'] for r in cx).items())),
          'endpoints', dict(sorted(collections.Counter(r['endpoint'] for r in cx).items())),
          f"length-adversarial {sum(r['length_adversarial'] for r in cx)}, label 1: {sum(r['label'] for r in cx)}, languages {len({r['lang'] for r in cx})}")


if __name__ == '__main__':
    main()
