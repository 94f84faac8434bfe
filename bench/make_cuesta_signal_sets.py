#!/usr/bin/env python3
"""Cuesta: an independent evaluation split for the request signals, organised by EVENTS, CLUBS AND MEMBERSHIPS.

Writes bench/data/signals/pii_cuesta.jsonl and bench/data/signals/complexity_cuesta.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only a brief, the first 70 lines of the delta generator (its docstring: the record
    schema and the label conventions) and the first two lines of the two delta files. It did not read the
    detector, its tests, the evaluator, the results, the policies, the docs or any other generator (one slip:
    an habitual ``git log --oneline | head -5`` at the start showed five commit subjects -- kernels, tests and
    the registration of earlier splits, nothing about the detector). The other generators' sources are only
    scanned automatically at run time for capitalised / non-ASCII words (runs of letters, marks and digits, so
    Thai and Devanagari words stay whole) and non-ASCII bigrams, never printed; every given-name, family-name,
    street-name, town and public-figure pool of this file is cut to the entries none of whose words (for Han /
    Kana / Hangul words also: none of whose character bigrams) is in that set, order kept; the run aborts if a
    pool runs empty. Street-type words (Street, calle, ul., ...), organisation kind words (Rowing Club, Chamber
    Choir, ...) and field labels are fixed vocabulary and not pooled; organisation names are a cut town plus a
    kind word.

Organising principle
    People signing up and taking part: race entries (marathons, trail runs, triathlons), sports clubs and
    gyms, weddings and guest lists, conferences and badges, volunteering rosters, faith and community groups,
    choirs and bands, ticketing and seat transfers, co-working memberships and hobby associations. Each of
    the ten kinds has sensitive records (``<kind>``: entry forms, rosters, SEPA mandates, guest lists,
    visa-letter requests, transfer requests, access logs, prayer and call lists ...) and benign hard
    negatives of the same kind (``<kind>_benign``: the organiser's own switchboard and role mailboxes,
    public athletes, speakers and performers in their public role, historical persons, trophies, awards and
    halls named after people, bib, ticket, seat and order numbers, blank registration templates, anonymised
    results, documentation example values, test card numbers, the IBAN registry's example IBANs).
    The data language rotates over 25 locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai,
    Han, Kana and Hangul scripts); the material sits in a request field chosen by rotation: user, system,
    earlier assistant and tool messages, text and base64 file content parts, tool-call arguments,
    response_format schemas, ``user``, ``metadata`` with ``store``, multi-turn splits, and ~10% legacy
    completions ``prompt``.

Labels
    ``entities`` lists every personal-data type present anywhere in the body, computed by searching the
    serialised body (base64 file parts decoded, URLs unquoted) for every value the record issued; ``sensitive``
    is true exactly when it is non-empty. ``ssn`` is the US SSN only; other citizen numbers (DNI, BSN, PESEL,
    personnummer, HETU, TCKN, My Number, RRN, resident ID, Aadhaar, Teudat Zehut, Thai PIN, rodne cislo,
    RUN, fodselsnummer) are NATIONAL_ID; taxpayer numbers (Steuer-ID, codice fiscale, CPF, INN, PAN)
    TAX_ID; NHS numbers and Greek AMKA HEALTH_INSURANCE; hospital record numbers MEDICAL_RECORD; a US routing
    + account pair US_BANK_NUMBER; a public IP of a private person IP_ADDRESS. Organisations' own numbers,
    mailboxes and accounts, public figures in their public role, historical persons and eponyms are benign.

Contents (seed 20261205)
    pii_cuesta.jsonl: 500 requests (450 chat, 50 completions) in 25 locale tags; 10 kinds x 50 (29 sensitive + 21
    benign each: 290 sensitive / 210 benign). Sensitive variants: entry / member cards, rosters, messages from
    the person (in English or in the data language), kind-specific documents (visa-letter, rooming and flight
    lists with passports and MRZ fragments, medical tent logs, SEPA mandates, ACH authorisations, vetting
    requests, fraud reviews, access logs, invoices, donation lists) and 40 incidental records (one given name
    with a relation cue, one private number or mailbox in organisational text). Benign variants: blank forms,
    public-role texts, number-dense ops notes (test cards, documentation IPs, registry IBANs, 555-01xx, hashes,
    order / tracking numbers), anonymised exports and the organisers' own how-to / privacy texts. Entity totals
    (records): person 263, phone 152, STREET_ADDRESS 110, email 98, DATE_OF_BIRTH 92, NATIONAL_ID 32,
    PASSPORT 31, TAX_ID 18, iban 15, IP_ADDRESS 14, HEALTH_INSURANCE 12, credit_card 10, MEDICAL_RECORD 10,
    US_BANK_NUMBER 9, ssn 5, DRIVER_LICENSE 4.
    complexity_cuesta.jsonl: 190 requests (180 chat, 10 completions) in 23 language tags: short_simple 45,
    long_easy 50 (>= 1,500 chars), short_hard 50, long_hard 45; 100 (52%) length-adversarial, 95 labelled 1.
    The run prints all counts.

Validation
    Every identifier is validated with python-stdnum (IBAN, card Luhn, SSN, national / tax / health numbers,
    ABA routing numbers), passport numbers by format plus an ICAO 7-3-1 check digit printed in the MRZ
    fragment, driver's licence and hospital record numbers by format, every phone number (private ones and
    the organisations' landlines) with ``phonenumbers`` (valid for its region), every IP with ``ipaddress``
    (global, outside the documentation ranges). The run aborts on any invalid value and prints the counts.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_cuesta_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn, verhoeff
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fi import hetu
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
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn

NAME = 'cuesta'
ROOT = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus',
                  'playa', 'pingo', 'kame', 'tepui')
CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')


def tokens(text):
    """Words as runs of letters, combining marks, digits and '_' (marks kept, so Thai / Devanagari words stay whole)."""
    import unicodedata
    out, cur = [], []
    for ch in text:
        if ch == '_' or unicodedata.category(ch)[0] in 'LMN':
            cur.append(ch)
        elif cur:
            out.append(''.join(cur))
            cur = []
    if cur:
        out.append(''.join(cur))
    return out


def other_words():
    """Capitalised / non-ASCII words and non-ASCII bigrams of the frozen generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = ROOT / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_bytes().decode('utf-8', 'replace')
        for w in tokens(text):
            if w[0].isupper() or any(ord(c) > 127 for c in w):
                words.add(w)
                if any(ord(c) > 127 for c in w):
                    for i in range(len(w) - 1):
                        bigrams.add(w[i:i + 2])
    return words, bigrams


WORDS, BIGRAMS = other_words()


def clean_pool(name, pool):
    out = []
    for entry in pool:
        bad = False
        for w in tokens(entry):
            if (w[0].isupper() or any(ord(c) > 127 for c in w)) and w in WORDS:
                bad = True
            if CJK.search(w) and any(w[i:i + 2] in BIGRAMS for i in range(len(w) - 1)):
                bad = True
        if not bad:
            out.append(entry)
    if not out:
        sys.exit(f'abort: pool {name} ran empty after the blindness cut')
    return out


def die(msg):
    sys.exit('abort: ' + msg)


# ---------------------------------------------------------------------------------------------------------------
# Locales: own name, street and town lists (written for this file; no Faker lists).  Field labels are in the
# data language.  phone: (region, list of national-number prefixes, total national digits, display style).
# ---------------------------------------------------------------------------------------------------------------
LOCALES = {
    'en-US': dict(region='US', order='gf', id='ssn', iban=None,
                  given=['Delaney', 'Kendrick', 'Marisol', 'Everett', 'Shayla', 'Thaddeus', 'Rosalind', 'Quincy',
                         'Lorena', 'Beckett', 'Jolene', 'Cortez', 'Maribeth', 'Tavion'],
                  family=['Whitacre', 'Pruitt', 'Hargrove', 'Treadwell', 'Mendenhall', 'Bramlett', 'Vukovich',
                          'Oyelaran', 'Castellano', 'Dunaway', 'Kettering', 'Boatwright', 'Lindahl', 'Swearingen'],
                  streets=['{} Bend Rd', '{} Hollow Ln', 'W {} Ter', '{} Ridge Dr', 'N {} Ave', '{} Creek Ct'],
                  street_names=['Sycamore', 'Pruett', 'Juniper', 'Osage', 'Calloway', 'Tamarack', 'Wicklow',
                                'Buckeye', 'Persimmon', 'Chinquapin'],
                  towns=[('Dayton, OH', '45409'), ('Tulsa, OK', '74104'), ('Fresno, CA', '93704'),
                         ('Knoxville, TN', '37917'), ('Spokane, WA', '99203'), ('Lubbock, TX', '79413'),
                         ('Duluth, MN', '55803'), ('Roanoke, VA', '24014')],
                  addr='{n} {street}, {town} {pc}', date='%m/%d/%Y',
                  phone=(['614', '918', '559', '865', '509', '405', '317', '412', '504', '608'], 10),
                  mail=['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com'],
                  L=dict(name='Name', dob='Date of birth', tel='Cell', addr='Home address', mail='Email',
                         ice='Emergency contact', idl='SSN', fmt='can you turn this into a clean table')),
    'en-GB': dict(region='GB', order='gf', id='nhs', iban=None,
                  given=['Imogen', 'Rhodri', 'Tamsin', 'Callum', 'Bethan', 'Fergus', 'Niamh', 'Ruairi', 'Philippa',
                         'Eilidh', 'Torquil', 'Morwenna'],
                  family=['Ashdown', 'Pennycook', 'Greatorex', 'Featherstonhaugh', 'Mabbutt', 'Treharne',
                          'Loveridge', 'Cattermole', 'Rowntree', 'Quarrie', 'Inchbald', 'Bickerstaff'],
                  streets=['{} Close', '{} Crescent', '{} Mews', '{} Lane', '{} Gardens', '{} Walk'],
                  street_names=['Wheatsheaf', 'Larkspur', 'Coppergate', 'Blackthorn', 'Sandpiper', 'Cowslip',
                                'Heathfield', 'Tansy', 'Oakapple', 'Martinmas'],
                  towns=[('Shrewsbury', 'SY3 7QE'), ('Truro', 'TR1 2NL'), ('Harrogate', 'HG2 8LB'),
                         ('Stirling', 'FK8 2DP'), ('Aberystwyth', 'SY23 1LS'), ('Lowestoft', 'NR32 4HT'),
                         ('Kendal', 'LA9 7DE')],
                  addr='{n} {street}, {town} {pc}', date='%d/%m/%Y',
                  phone=(['74', '75', '77', '78', '79'], 10),
                  mail=['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk'],
                  L=dict(name='Name', dob='DOB', tel='Mobile', addr='Address', mail='Email',
                         ice='Next of kin', idl='NHS no.', fmt='could you sort this into a proper table')),
    'de-DE': dict(region='DE', order='gf', id='steuerid', iban='DE',
                  given=['Wiebke', 'Jannik', 'Hiltrud', 'Thorben', 'Frauke', 'Malte', 'Gesche', 'Hauke', 'Ortrun',
                         'Kilian', 'Swantje', 'Eike'],
                  family=['Brüggemann', 'Kötter', 'Ahlers', 'Wiegand', 'Hinrichsen', 'Strothmann', 'Pöhlmann',
                          'Dreesen', 'Lüttgens', 'Vogelsang', 'Heuer', 'Tiedemann'],
                  streets=['{}weg', '{}straße', '{}ring', 'Am {}', '{}gasse', '{}stieg'],
                  street_names=['Holunder', 'Ginster', 'Meisen', 'Krähenwinkel', 'Rübezahl', 'Quitten',
                                'Brombeer', 'Wacholder', 'Haselnuss', 'Mispel'],
                  towns=[('Lüneburg', '21335'), ('Paderborn', '33098'), ('Bamberg', '96047'),
                         ('Göttingen', '37083'), ('Oldenburg', '26122'), ('Tübingen', '72074'), ('Husum', '25813')],
                  addr='{street} {n}, {pc} {town}', date='%d.%m.%Y',
                  phone=(['151', '152', '157', '160', '162', '170', '171', '172', '175', '176'], 11),
                  mail=['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmail.com'],
                  L=dict(name='Name', dob='Geburtsdatum', tel='Handy', addr='Anschrift', mail='E-Mail',
                         ice='Notfallkontakt', idl='Steuer-ID', fmt='Bitte als saubere Tabelle formatieren')),
    'fr-FR': dict(region='FR', order='gf', id=None, iban='FR',
                  given=['Maëlys', 'Gaspard', 'Solène', 'Anatole', 'Clémence', 'Baptiste', 'Ysaline', 'Timothée',
                         'Albane', 'Corentin', 'Eulalie', 'Aurèle'],
                  family=['Vasseur', 'Lecoeuvre', 'Hennequin', 'Rigaud', 'Maupas', 'Delaunoy', 'Castagnède',
                          'Pellerin', 'Quéméner', 'Bouvreuil', 'Tardieu', 'Lagarrigue'],
                  streets=['rue des {}', 'allée des {}', 'impasse des {}', 'chemin des {}', 'rue des {}'],
                  street_names=['Tanneurs', 'Glycines', 'Coquelicots', 'Vignerons', 'Tisserands', 'Mésanges',
                                'Sabotiers', 'Aubépines', 'Pervenches', 'Cordiers'],
                  towns=[('Angers', '49100'), ('Quimper', '29000'), ('Annecy', '74000'), ('Colmar', '68000'),
                         ('Périgueux', '24000'), ('Valence', '26000'), ('Niort', '79000')],
                  addr='{n} {street}, {pc} {town}', date='%d/%m/%Y',
                  phone=(['6', '7'], 9),
                  mail=['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
                  L=dict(name='Nom', dob='Date de naissance', tel='Portable', addr='Adresse', mail='Courriel',
                         ice='Personne à prévenir', idl='N°', fmt='peux-tu mettre ça en tableau propre')),
    'es-ES': dict(region='ES', order='gf2', id='dni', iban='ES',
                  given=['Ainhoa', 'Iker', 'Nerea', 'Unai', 'Maite', 'Gorka', 'Rocío', 'Fermín', 'Araceli', 'Telmo',
                         'Itziar', 'Leandro'],
                  family=['Arrieta', 'Zubiri', 'Valcárcel', 'Olmedo', 'Bermejo', 'Carrasco', 'Echeverría',
                          'Galdós', 'Mancebo', 'Quiroga', 'Sotomayor', 'Urrutia'],
                  streets=['calle {}', 'avenida de los {}', 'calle del {}', 'paseo del {}', 'plaza del {}'],
                  street_names=['Alhelí', 'Almendros', 'Azahar', 'Tejares', 'Romero', 'Lentisco', 'Madroño',
                                'Alcaravea', 'Esparto', 'Membrillo'],
                  towns=[('Logroño', '26003'), ('Cáceres', '10004'), ('Huesca', '22002'), ('Lugo', '27002'),
                         ('Albacete', '02005'), ('Palencia', '34003'), ('Soria', '42003')],
                  addr='{street} {n}, {k}º, {pc} {town}', date='%d/%m/%Y',
                  phone=(['6', '7'], 9),
                  mail=['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es'],
                  L=dict(name='Nombre', dob='Fecha de nacimiento', tel='Móvil', addr='Domicilio', mail='Correo',
                         ice='Contacto de emergencia', idl='DNI', fmt='pásalo a una tabla limpia, porfa')),
    'it-IT': dict(region='IT', order='gf', id='cf', iban=None,
                  given=['Ludovica', 'Tommaso', 'Ginevra', 'Ettore', 'Benedetta', 'Rocco', 'Ottavia', 'Gualtiero',
                         'Cesira', 'Leopoldo', 'Noemi', 'Ruggero'],
                  family=['Sbarbaro', 'Ferraguti', 'Cavallaro', 'Zanchetta', 'Lovato', 'Pizzolato', 'Brambati',
                          'Marchionni', 'Scognamiglio', 'Tagliabue', 'Vitaliano', 'Querzoli'],
                  streets=['via dei {}', 'vicolo dei {}', 'via delle {}', 'viale dei {}'],
                  street_names=['Cordai', 'Bottai', 'Fornaciai', 'Gelsi', 'Cipressi', 'Mugnai', 'Vetrai',
                                'Carbonai', 'Cappellai', 'Ortolani'],
                  towns=[('Cremona', '26100'), ('Pordenone', '33170'), ('Viterbo', '01100'), ('Macerata', '62100'),
                         ('Lecco', '23900'), ('Rovigo', '45100')],
                  addr='{street} {n}, {pc} {town}', date='%d/%m/%Y',
                  phone=(['320', '328', '333', '339', '347', '348', '349', '366', '388', '392'], 10),
                  mail=['libero.it', 'gmail.com', 'virgilio.it', 'alice.it', 'tiscali.it'],
                  L=dict(name='Nome', dob='Data di nascita', tel='Cellulare', addr='Indirizzo', mail='Email',
                         ice='Contatto di emergenza', idl='Codice fiscale', fmt='mettilo in una tabella ordinata')),
    'pt-BR': dict(region='BR', order='gf', id='cpf', iban=None,
                  given=['Thaís', 'Caíque', 'Rayane', 'Wellington', 'Jaqueline', 'Anderson', 'Luana', 'Emerson',
                         'Kauane', 'Gildásio', 'Francielle', 'Railson'],
                  family=['Nogueira', 'Bezerra', 'Magalhães', 'Sampaio', 'Figueiredo', 'Queiroz', 'Vasconcelos',
                          'Caldeira', 'Amaral', 'Brandão', 'Teixeira', 'Rebouças'],
                  streets=['Rua das {}', 'Rua dos {}', 'Travessa das {}', 'Avenida dos {}'],
                  street_names=['Acácias', 'Jacarandás', 'Quaresmeiras', 'Seringueiras', 'Mangueiras',
                                'Cajueiros', 'Buritis', 'Jabuticabeiras', 'Ipês', 'Oitis'],
                  towns=[('Campinas - SP', '13025-320'), ('Londrina - PR', '86020-080'), ('Natal - RN', '59020-150'),
                         ('Uberlândia - MG', '38400-104'), ('Joinville - SC', '89201-100'), ('Belém - PA', '66035-170')],
                  addr='{street}, {n} - {town}, CEP {pc}', date='%d/%m/%Y',
                  phone=(['119', '219', '419', '849', '349', '479', '919', '619'], 11),
                  mail=['gmail.com', 'hotmail.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br'],
                  L=dict(name='Nome', dob='Data de nascimento', tel='Celular', addr='Endereço', mail='E-mail',
                         ice='Contato de emergência', idl='CPF', fmt='organiza isso numa tabela, por favor')),
    'nl-NL': dict(region='NL', order='gf', id='bsn', iban='NL',
                  given=['Femke', 'Joost', 'Marijke', 'Sietse', 'Anouk', 'Wouter', 'Lieke', 'Gijsbert', 'Fenna',
                         'Hidde', 'Roosmarijn', 'Tjerk'],
                  family=['Schuurmans', 'Wijnands', 'Hoogendoorn', 'Brinkhuis', 'Kuipers', 'Oosterhout',
                          'Terpstra', 'Veldkamp', 'Zwiers', 'Dijkhuizen', 'Meulenbelt', 'Haverkamp'],
                  streets=['{}straat', '{}laan', '{}hof', '{}singel', '{}kade'],
                  street_names=['Kievit', 'Dotter', 'Lijsterbes', 'Pinksterbloem', 'Kamperfoelie', 'Zwaluw',
                                'Vlier', 'Reiger', 'Boterbloem', 'Hazelaar'],
                  towns=[('Zwolle', '8011 AB'), ('Deventer', '7411 KP'), ('Leeuwarden', '8911 BE'),
                         ('Amersfoort', '3811 NJ'), ('Delft', '2611 HR'), ('Assen', '9401 GB')],
                  addr='{street} {n}, {pc} {town}', date='%d-%m-%Y',
                  phone=(['6'], 9),
                  mail=['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl', 'xs4all.nl'],
                  L=dict(name='Naam', dob='Geboortedatum', tel='Mobiel', addr='Adres', mail='E-mail',
                         ice='Noodcontact', idl='BSN', fmt='zet dit even in een nette tabel')),
    'pl-PL': dict(region='PL', order='gf', id='pesel', iban='PL',
                  given=['Zofia', 'Bartłomiej', 'Jadwiga', 'Wojciech', 'Małgorzata', 'Przemysław', 'Bożena',
                         'Radosław', 'Grażyna', 'Mieczysław', 'Dobrosława', 'Sławomir'],
                  family=['Wróblewska', 'Kaczmarczyk', 'Szczepańska', 'Zawadzki', 'Gołębiowska', 'Pietrzyk',
                          'Sobczak', 'Kruszewski', 'Jabłońska', 'Chmielewski', 'Żurawska', 'Wilczyński'],
                  streets=['ul. {}', 'ul. {}', 'al. {}'],
                  street_names=['Jarzębinowa', 'Kasztanowa', 'Wrzosowa', 'Modrzewiowa', 'Poziomkowa', 'Sasanki',
                                'Konwaliowa', 'Jaśminowa', 'Storczykowa', 'Bławatna'],
                  towns=[('Rzeszów', '35-061'), ('Olsztyn', '10-512'), ('Opole', '45-015'), ('Toruń', '87-100'),
                         ('Kielce', '25-303'), ('Zamość', '22-400')],
                  addr='{street} {n}/{k}, {pc} {town}', date='%d.%m.%Y',
                  phone=(['50', '51', '53', '60', '66', '69', '72', '78', '79', '88'], 9),
                  mail=['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl', 'gmail.com'],
                  L=dict(name='Imię i nazwisko', dob='Data urodzenia', tel='Telefon', addr='Adres', mail='E-mail',
                         ice='Kontakt w nagłych wypadkach', idl='PESEL', fmt='zrób z tego porządną tabelę')),
    'sv-SE': dict(region='SE', order='gf', id='pnr', iban=None,
                  given=['Ebba', 'Viggo', 'Linnea', 'Gustaf', 'Tindra', 'Ludvig', 'Ylva', 'Hjalmar', 'Alva',
                         'Sixten', 'Majken', 'Evert'],
                  family=['Lindqvist', 'Bergkvist', 'Hedlund', 'Sjöberg', 'Wikström', 'Åkesson', 'Nordlander',
                          'Fagerlund', 'Sundqvist', 'Ekholm', 'Strandberg', 'Hägglund'],
                  streets=['{}vägen', '{}gatan', '{}stigen', '{}gränd'],
                  street_names=['Blåbärs', 'Lingon', 'Tranbärs', 'Hallon', 'Slånbärs', 'Rönnbärs', 'Vitsippe',
                                'Kattfot', 'Smultron', 'Måbär'],
                  towns=[('Umeå', '903 26'), ('Västerås', '722 14'), ('Karlstad', '652 24'), ('Växjö', '352 36'),
                         ('Östersund', '831 34'), ('Borås', '503 32')],
                  addr='{street} {n}, {pc} {town}', date='%Y-%m-%d',
                  phone=(['70', '72', '73', '76', '79'], 9),
                  mail=['telia.com', 'gmail.com', 'hotmail.se', 'outlook.com', 'bredband.net'],
                  L=dict(name='Namn', dob='Födelsedatum', tel='Mobil', addr='Adress', mail='E-post',
                         ice='Anhörig', idl='Personnummer', fmt='gör en snygg tabell av det här')),
    'fi-FI': dict(region='FI', order='gf', id='hetu', iban='FI',
                  given=['Aino', 'Eetu', 'Sanni', 'Juho', 'Veera', 'Tuomas', 'Iida', 'Aleksi', 'Kerttu', 'Onni',
                         'Hilla', 'Ukko'],
                  family=['Heikkilä', 'Kinnunen', 'Rantanen', 'Saarinen', 'Väisänen', 'Hämäläinen', 'Karjalainen',
                          'Laitinen', 'Pesonen', 'Toivonen', 'Nieminen', 'Kettunen'],
                  streets=['{}tie', '{}katu', '{}polku', '{}kuja'],
                  street_names=['Puolukka', 'Mustikka', 'Kanerva', 'Kataja', 'Pihlaja', 'Tuomi', 'Lakka',
                                'Vaahtera', 'Kielo', 'Suopursu'],
                  towns=[('Jyväskylä', '40100'), ('Kuopio', '70100'), ('Joensuu', '80100'), ('Vaasa', '65100'),
                         ('Lappeenranta', '53100'), ('Rovaniemi', '96100')],
                  addr='{street} {n} {K}, {pc} {town}', date='%d.%m.%Y',
                  phone=(['40', '41', '44', '45', '50'], 9),
                  mail=['gmail.com', 'elisanet.fi', 'luukku.com', 'outlook.com', 'kolumbus.fi'],
                  L=dict(name='Nimi', dob='Syntymäaika', tel='Puhelin', addr='Osoite', mail='Sähköposti',
                         ice='Hätäyhteyshenkilö', idl='Henkilötunnus', fmt='tee tästä siisti taulukko')),
    'tr-TR': dict(region='TR', order='gf', id='tckn', iban=None,
                  given=['Elif', 'Emre', 'Zeynep', 'Burak', 'Gülşen', 'Oğuz', 'Pınar', 'Tolga', 'Şebnem', 'Kaan',
                         'Nurhan', 'Volkan'],
                  family=['Yılmazer', 'Karaduman', 'Özbilgin', 'Tekinalp', 'Güleryüz', 'Akçaoğlu', 'Sarıgül',
                          'Dönmez', 'Eryiğit', 'Kocabıyık', 'Uçar', 'Bayraktaroğlu'],
                  streets=['{} Sokak', '{} Caddesi', '{} Sokağı'],
                  street_names=['Menekşe', 'Lale', 'Karanfil', 'Ihlamur', 'Çınaraltı', 'Zambak', 'Sümbül',
                                'Leylak', 'Ardıç', 'Nergis'],
                  towns=[('Eskişehir', '26130'), ('Kayseri', '38030'), ('Trabzon', '61030'), ('Denizli', '20010'),
                         ('Samsun', '55060'), ('Edirne', '22030')],
                  addr='{street} No:{n} D:{k}, {pc} {town}', date='%d.%m.%Y',
                  phone=(['530', '532', '533', '535', '505', '506', '542', '544', '552', '555'], 10),
                  mail=['gmail.com', 'hotmail.com', 'yandex.com.tr', 'outlook.com', 'mynet.com'],
                  L=dict(name='Ad Soyad', dob='Doğum tarihi', tel='Cep', addr='Adres', mail='E-posta',
                         ice='Acil durumda aranacak kişi', idl='TC Kimlik No', fmt='bunu düzgün bir tabloya çevir')),
    'ru-RU': dict(region='RU', order='fg', id='inn', iban=None,
                  given=['Ярослава', 'Всеволод', 'Милена', 'Глеб', 'Агния', 'Тимофей', 'Василиса', 'Святослав',
                         'Есения', 'Добрыня', 'Злата', 'Елисей'],
                  family=['Зябликова', 'Чернышёв', 'Полозова', 'Кудрявцев', 'Самойлова', 'Ветлугин', 'Журавлёва',
                          'Огарёв', 'Лыткина', 'Белозёров', 'Румянцева', 'Шестаков'],
                  streets=['ул. {}', 'ул. {}', '{} ул.'],
                  street_names=['Рябиновая', 'Черёмуховая', 'Брусничная', 'Кедровая', 'Ольховая', 'Сиреневая',
                                'Полевая', 'Вересковая', 'Клюквенная', 'Ореховая'],
                  towns=[('г. Вологда', '160009'), ('г. Кострома', '156005'), ('г. Пенза', '440026'),
                         ('г. Тверь', '170100'), ('г. Калуга', '248000'), ('г. Томск', '634050')],
                  addr='{pc}, {town}, {street}, д. {n}, кв. {k}', date='%d.%m.%Y',
                  phone=(['903', '905', '910', '915', '916', '921', '926', '950', '961', '985'], 10),
                  mail=['yandex.ru', 'mail.ru', 'rambler.ru', 'gmail.com', 'list.ru'],
                  L=dict(name='ФИО', dob='Дата рождения', tel='Телефон', addr='Адрес', mail='Эл. почта',
                         ice='Контакт на случай ЧП', idl='ИНН', fmt='оформи это аккуратной таблицей')),
    'el-GR': dict(region='GR', order='gf', id='amka', iban=None,
                  given=['Δέσποινα', 'Παναγιώτης', 'Χρυσούλα', 'Σταμάτης', 'Ευανθία', 'Λεωνίδας', 'Αγλαΐα',
                         'Θεμιστοκλής', 'Φωτεινή', 'Ηλίας', 'Καλλιόπη', 'Σπυρίδων'],
                  family=['Μαυρογιάννη', 'Κατσαρός', 'Τσιρίγου', 'Βλαχόπουλος', 'Ζαχαρίου', 'Λαζαρίδης',
                          'Ξενάκη', 'Πετρόπουλος', 'Ρηγοπούλου', 'Σταυρίδης', 'Χατζηδάκη', 'Φραγκιαδάκης'],
                  streets=['οδός {}', 'οδός {}'],
                  street_names=['Ανεμώνης', 'Βιολέτας', 'Γαρδένιας', 'Δάφνης', 'Ελιάς', 'Κυκλάμινου',
                                'Μυρτιάς', 'Πλατάνου', 'Ροδιάς', 'Φλαμουριάς'],
                  towns=[('Ιωάννινα', '452 21'), ('Λάρισα', '412 22'), ('Βόλος', '382 21'), ('Χανιά', '731 34'),
                         ('Καλαμάτα', '241 00'), ('Κομοτηνή', '691 00')],
                  addr='{street} {n}, {pc} {town}', date='%d/%m/%Y',
                  phone=(['690', '693', '694', '695', '697', '698', '699'], 10),
                  mail=['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr', 'outlook.com'],
                  L=dict(name='Ονοματεπώνυμο', dob='Ημ. γέννησης', tel='Κινητό', addr='Διεύθυνση', mail='Email',
                         ice='Επαφή έκτακτης ανάγκης', idl='ΑΜΚΑ', fmt='κάνε το έναν καθαρό πίνακα')),
    'ja-JP': dict(region='JP', order='fg_ns', id='mynumber', iban=None,
                  given=['紗希', '悠磨', '朋恵', '颯汰', '志穂', '航平', '瑞穂', '篤志', '千晶', '湊斗', '柚葉', '慶太郎'],
                  family=['簗瀬', '籾山', '舘野', '芹沢', '鴇田', '苅谷', '雫石', '柘植', '椎葉', '蓑輪', '鍋島', '粟野'],
                  streets=['{}', '{}'],
                  street_names=['中央区南三条西', '青葉区錦ケ丘', '北区梅ケ丘', '緑区鳴海町', '東区泉',
                                '西区姪浜', '南区大楠', '中区富士見町'],
                  towns=[('札幌', '060-0063'), ('仙台', '989-3126'), ('名古屋', '458-0801'),
                         ('福岡', '819-0002'), ('広島', '730-0043'), ('熊本', '860-0806')],
                  addr='〒{pc} {town}市{street}町{n}-{k}-{m}', date='%Y年%m月%d日',
                  phone=(['90', '80', '70'], 10),
                  mail=['docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com', 'yahoo.co.jp', 'icloud.com'],
                  L=dict(name='氏名', dob='生年月日', tel='携帯', addr='住所', mail='メール',
                         ice='緊急連絡先', idl='マイナンバー', fmt='これを見やすい表にして')),
    'ko-KR': dict(region='KR', order='fg_ns', id='rrn', iban=None,
                  given=['서윤', '도현', '하은', '지호', '예린', '건우', '채원', '태민', '소율', '준서', '다인', '윤재'],
                  family=['남궁', '제갈', '탁', '편', '봉', '육', '선우', '국', '어', '빈', '옥', '표'],
                  streets=['{}', '{}'],
                  street_names=['해운대구 좌동로', '수성구 들안로', '유성구 대학로', '덕진구 기린대로',
                                '북구 첨단과기로', '남동구 예술로'],
                  towns=[('부산광역시', '48094'), ('대구광역시', '42188'), ('대전광역시', '34134'),
                         ('전주시', '54896'), ('광주광역시', '61005'), ('인천광역시', '21554')],
                  addr='{town} {street} {n}, {k}동 {m}호', date='%Y. %m. %d.',
                  phone=(['10'], 10),
                  mail=['naver.com', 'daum.net', 'gmail.com', 'kakao.com', 'hanmail.net'],
                  L=dict(name='성명', dob='생년월일', tel='휴대폰', addr='주소', mail='이메일',
                         ice='비상연락처', idl='주민등록번호', fmt='이거 깔끔한 표로 정리해줘')),
    'zh-CN': dict(region='CN', order='fg_ns', id='ric', iban=None,
                  given=['梓萱', '皓轩', '雨桐', '俊熙', '芷若', '博文', '欣怡', '昊然', '思琪', '晟睿', '婉清', '嘉懿'],
                  family=['甘', '伍', '阎', '骆', '甄', '蒲', '樊', '邬', '阮', '栾', '汪', '乔'],
                  streets=['{}', '{}'],
                  street_names=['朝阳区望京西路', '徐汇区漕溪北路', '南山区科苑南路', '武侯区玉林北路',
                                '西湖区文三路', '鼓楼区中山北路'],
                  towns=[('北京', '100102'), ('上海', '200030'), ('深圳', '518057'), ('成都', '610041'),
                         ('杭州', '310012'), ('南京', '210009')],
                  addr='{town}市{street}{n}号{k}栋{m}室', date='%Y年%m月%d日',
                  phone=(['13', '15', '18', '17', '19'], 11),
                  mail=['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com'],
                  L=dict(name='姓名', dob='出生日期', tel='手机', addr='住址', mail='邮箱',
                         ice='紧急联系人', idl='身份证号', fmt='帮我整理成一个表格')),
    'hi-IN': dict(region='IN', order='gf', id='aadhaar', iban=None,
                  given=['अदिति', 'विहान', 'ऋतिका', 'अनिरुद्ध', 'मेघना', 'सौरभ', 'पल्लवी', 'कुणाल', 'शिवांगी',
                         'हर्षवर्धन', 'तनुश्री', 'देवांश'],
                  family=['भटनागर', 'कुलकर्णी', 'श्रीवास्तव', 'त्रिपाठी', 'सक्सेना', 'बघेल', 'रस्तोगी', 'पांडेय',
                          'चौबे', 'मल्होत्रा', 'दीक्षित', 'अग्निहोत्री'],
                  streets=['{} मार्ग', '{} नगर', '{} कॉलोनी'],
                  street_names=['गुलमोहर', 'अशोक विहार', 'कदम्ब', 'चंपा', 'मालती', 'नीलगिरि', 'पलाश', 'हरसिंगार'],
                  towns=[('लखनऊ', '226010'), ('भोपाल', '462016'), ('जयपुर', '302017'), ('इंदौर', '452010'),
                         ('कानपुर', '208017'), ('पटना', '800013')],
                  addr='मकान नं. {n}, {street}, {town} {pc}', date='%d/%m/%Y',
                  phone=(['98', '97', '96', '95', '94', '93', '88', '87', '70', '63'], 10),
                  mail=['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'hotmail.com'],
                  L=dict(name='नाम', dob='जन्म तिथि', tel='मोबाइल', addr='पता', mail='ईमेल',
                         ice='आपातकालीन संपर्क', idl='आधार', fmt='इसे एक साफ़ टेबल में बदल दो')),
    'ar-EG': dict(region='EG', order='gf', id=None, iban=None,
                  given=['ملك', 'يوسف', 'جنى', 'مازن', 'رحمة', 'زياد', 'هالة', 'شريف', 'نورهان', 'طارق', 'سلمى', 'عمرو'],
                  family=['الشناوي', 'عبد الحميد', 'البنا', 'الجمال', 'الدسوقي', 'القاضي', 'المنياوي', 'الصاوي',
                          'الفقي', 'حجازي', 'النجار', 'العطار'],
                  streets=['شارع {}', 'شارع {}'],
                  street_names=['الياسمين', 'النخيل', 'الزهور', 'السرايات', 'الفردوس', 'الجلاء', 'المعهد',
                                'النيل الأبيض'],
                  towns=[('المنصورة', ''), ('طنطا', ''), ('أسيوط', ''), ('الزقازيق', ''), ('دمياط', ''),
                         ('بنها', '')],
                  addr='{n} {street}، {town}', date='%d/%m/%Y',
                  phone=(['10', '11', '12', '15'], 10),
                  mail=['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'],
                  L=dict(name='الاسم', dob='تاريخ الميلاد', tel='الموبايل', addr='العنوان', mail='البريد',
                         ice='للطوارئ', idl='الرقم', fmt='رتّب دي في جدول من فضلك')),
    'he-IL': dict(region='IL', order='gf', id='tz', iban=None,
                  given=['נועה', 'איתמר', 'שירה', 'עומרי', 'הדס', 'אביתר', 'מעיין', 'ינון', 'טליה', 'אלעד', 'רוני',
                         'נתנאל'],
                  family=['בן-חיים', 'אזולאי', 'רוזנבלום', 'שטרן', 'ביטון', 'גולדפרב', 'מזרחי', 'אלמוג', 'קליין',
                          'חדד', 'ויינשטוק', 'פרלמן'],
                  streets=['רחוב {}', 'רחוב {}'],
                  street_names=['הדקל', 'הרימון', 'האלון', 'השקד', 'הגפן', 'הצבר', 'הכלנית', 'הנרקיס'],
                  towns=[('רחובות', ''), ('כפר סבא', ''), ('חדרה', ''), ('נתניה', ''), ('מודיעין', ''),
                         ('קריית אונו', '')],
                  addr='{street} {n}, {town}', date='%d.%m.%Y',
                  phone=(['50', '52', '53', '54', '58'], 9),
                  mail=['gmail.com', 'walla.co.il', 'hotmail.com', 'bezeqint.net'],
                  L=dict(name='שם', dob='תאריך לידה', tel='נייד', addr='כתובת', mail='דוא"ל',
                         ice='איש קשר לחירום', idl='ת"ז', fmt='תסדר לי את זה בטבלה')),
    'th-TH': dict(region='TH', order='gf', id='thpin', iban=None,
                  given=['ชนิดา', 'ธนากร', 'พิมพ์ชนก', 'ณัฐวุฒิ', 'กัญญารัตน์', 'ภูริภัทร', 'ศิริพร', 'วรเมธ',
                         'อรอุมา', 'กิตติพัฒน์'],
                  family=['ศรีวงศ์ไทย', 'ทองประเสริฐ', 'บุญญาศิริ', 'แก้วมณีรัตน์', 'จันทร์หอม', 'พงษ์พานิช',
                          'สุขเจริญยิ่ง', 'วัฒนากุลชัย', 'เพชรรุ่งเรือง', 'นาคสวัสดิ์'],
                  streets=['ซอย{}', 'ถนน{}'],
                  street_names=['ลาดพร้าว 71', 'นิมมานเหมินท์', 'ประชาราษฎร์บำเพ็ญ', 'สุขุมวิท 101/1',
                                'ราชพฤกษ์', 'ห้วยแก้ว'],
                  towns=[('เชียงใหม่', '50200'), ('ขอนแก่น', '40000'), ('นครราชสีมา', '30000'),
                         ('หาดใหญ่ สงขลา', '90110'), ('อุดรธานี', '41000')],
                  addr='{n} {street} {town} {pc}', date='%d/%m/%Y',
                  phone=(['81', '86', '89', '91', '92', '95', '98'], 9),
                  mail=['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.co.th'],
                  L=dict(name='ชื่อ-สกุล', dob='วันเกิด', tel='มือถือ', addr='ที่อยู่', mail='อีเมล',
                         ice='ผู้ติดต่อฉุกเฉิน', idl='เลขบัตรประชาชน', fmt='ช่วยจัดเป็นตารางให้หน่อย')),
    'cs-CZ': dict(region='CZ', order='gf', id='rc', iban=None,
                  given=['Kateřina', 'Vojtěch', 'Markéta', 'Ondřej', 'Bohumila', 'Radek', 'Ludmila', 'Přemysl',
                         'Zdeňka', 'Dalibor', 'Vendula', 'Vítězslav'],
                  family=['Procházková', 'Kratochvíl', 'Dvořáková', 'Šimek', 'Hrubá', 'Kolář', 'Vondráčková',
                          'Bureš', 'Šťastná', 'Zelenka', 'Pokorná', 'Havlík'],
                  streets=['{}', '{}'],
                  street_names=['Jeřabinová', 'Lipová', 'Šeříková', 'Bezová', 'Kaštanová', 'Vřesová',
                                'Olšová', 'Jasanová', 'Trnková', 'Habrová'],
                  towns=[('Olomouc', '779 00'), ('Jihlava', '586 01'), ('Třebíč', '674 01'), ('Písek', '397 01'),
                         ('Zlín', '760 01'), ('Tábor', '390 02')],
                  addr='{street} {n}, {pc} {town}', date='%d. %m. %Y',
                  phone=(['60', '72', '73', '77', '79'], 9),
                  mail=['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com', 'post.cz'],
                  L=dict(name='Jméno', dob='Datum narození', tel='Mobil', addr='Bydliště', mail='E-mail',
                         ice='Kontakt v nouzi', idl='Rodné číslo', fmt='udělej z toho přehlednou tabulku')),
    'es-CL': dict(region='CL', order='gf2', id='run', iban=None,
                  given=['Javiera', 'Benjamín', 'Constanza', 'Matías', 'Catalina', 'Vicente', 'Antonella',
                         'Agustín', 'Florencia', 'Cristóbal', 'Trinidad', 'Bastián'],
                  family=['Aravena', 'Cifuentes', 'Henríquez', 'Poblete', 'Saavedra', 'Valenzuela', 'Orellana',
                          'Riquelme', 'Yáñez', 'Sepúlveda', 'Toledo', 'Carrasco'],
                  streets=['Pasaje {}', 'Calle Los {}', 'Avenida Los {}'],
                  street_names=['Boldos', 'Quillayes', 'Maitenes', 'Peumos', 'Litres', 'Canelos', 'Arrayanes',
                                'Coigües', 'Ulmos', 'Lingues'],
                  towns=[('Temuco', ''), ('Talca', ''), ('Chillán', ''), ('Osorno', ''), ('La Serena', ''),
                         ('Rancagua', '')],
                  addr='{street} {n}, {town}', date='%d-%m-%Y',
                  phone=(['9'], 9),
                  mail=['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.com'],
                  L=dict(name='Nombre', dob='Fecha de nacimiento', tel='Celular', addr='Dirección', mail='Correo',
                         ice='Contacto de emergencia', idl='RUN', fmt='ordéname esto en una tabla')),
    'nb-NO': dict(region='NO', order='gf', id='fnr', iban=None,
                  given=['Ingvild', 'Sindre', 'Ragnhild', 'Eirik', 'Solveig', 'Håkon', 'Sigrid', 'Torstein',
                         'Marit', 'Audun', 'Synnøve', 'Vegard'],
                  family=['Haugland', 'Bjørnstad', 'Fjeldheim', 'Myklebust', 'Solbakken', 'Brekke', 'Tveit',
                          'Øvrebø', 'Rognstad', 'Lunde', 'Kvamme', 'Aasen'],
                  streets=['{}veien', '{}gata', '{}bakken'],
                  street_names=['Tyttebær', 'Multe', 'Bjørke', 'Einer', 'Rogn', 'Lyng', 'Hegg', 'Selje',
                                'Molte', 'Blåveis'],
                  towns=[('Tromsø', '9012'), ('Bodø', '8006'), ('Ålesund', '6003'), ('Hamar', '2317'),
                         ('Molde', '6413'), ('Lillehammer', '2609')],
                  addr='{street} {n}, {pc} {town}', date='%d.%m.%Y',
                  phone=(['4', '9'], 8),
                  mail=['online.no', 'gmail.com', 'hotmail.com', 'broadpark.no', 'live.no'],
                  L=dict(name='Navn', dob='Fødselsdato', tel='Mobil', addr='Adresse', mail='E-post',
                         ice='Pårørende', idl='Fødselsnummer', fmt='lag en ryddig tabell av dette')),
    'uk-UA': dict(region='UA', order='fg', id=None, iban=None,
                  given=['Соломія', 'Остап', 'Дарина', 'Богдан', 'Оксана', 'Тарас', 'Ярина', 'Мирослав', 'Христина',
                         'Назар', 'Уляна', 'Северин'],
                  family=['Ковальчук', 'Гнатюк', 'Литвиненко', 'Мельничук', 'Ткачук', 'Дячук', 'Бондаренко',
                          'Присяжнюк', 'Семенюк', 'Кравець', 'Павлюк', 'Гуменюк'],
                  streets=['вул. {}', 'вул. {}'],
                  street_names=['Калинова', 'Вишнева', 'Смерекова', 'Барвінкова', 'Ясенева', 'Буковинська',
                                'Липнева', 'Чорнобривців'],
                  towns=[('м. Тернопіль', '46001'), ('м. Житомир', '10001'), ('м. Полтава', '36011'),
                         ('м. Чернівці', '58000'), ('м. Рівне', '33028')],
                  addr='{town}, {street}, {n}, кв. {k}', date='%d.%m.%Y',
                  phone=(['50', '66', '67', '68', '97', '98', '63', '93'], 9),
                  mail=['ukr.net', 'gmail.com', 'i.ua', 'meta.ua'],
                  L=dict(name='ПІБ', dob='Дата народження', tel='Телефон', addr='Адреса', mail='Пошта',
                         ice='Контакт для екстрених випадків', idl='№', fmt='зроби з цього охайну таблицю')),
}
LOCALE_ORDER = list(LOCALES)

HANDLES = ['runfast', 'kiwi', 'tide', 'owl', 'bramble', 'pixel', 'maple', 'comet', 'fox', 'pebble', 'sparrow',
           'nimbus', 'lark', 'ember', 'otter', 'juno', 'finch', 'cobalt']
ROMAN = {  # romanised first-name stems for e-mail local parts of non-Latin locales (lower case, not pooled)
    'ru-RU': ['yaroslava', 'vsevolod', 'milena', 'gleb', 'agniya', 'timofey', 'vasilisa', 'elisey'],
    'el-GR': ['despina', 'panos', 'chrysa', 'stamatis', 'evanthia', 'leonidas', 'fotini', 'ilias'],
    'ja-JP': ['saki', 'yuma', 'tomoe', 'sota', 'shiho', 'kohei', 'mizuho', 'atsushi'],
    'ko-KR': ['seoyun', 'dohyun', 'haeun', 'jiho', 'yerin', 'gunwoo', 'chaewon', 'taemin'],
    'zh-CN': ['zixuan', 'haoxuan', 'yutong', 'junxi', 'zhiruo', 'bowen', 'xinyi', 'haoran'],
    'hi-IN': ['aditi', 'vihaan', 'ritika', 'aniruddh', 'meghna', 'saurabh', 'pallavi', 'kunal'],
    'ar-EG': ['malak', 'youssef', 'jana', 'mazen', 'rahma', 'ziad', 'hala', 'sherif'],
    'he-IL': ['noa', 'itamar', 'shira', 'omri', 'hadas', 'evyatar', 'maayan', 'inon'],
    'th-TH': ['chanida', 'thanakorn', 'pimchanok', 'nattawut', 'kanyarat', 'phuriphat', 'siriporn', 'woramet'],
    'uk-UA': ['solomiia', 'ostap', 'daryna', 'bohdan', 'oksana', 'taras', 'yaryna', 'nazar'],
}


# Further candidates (appended to the pools before the cut; given names alternate female / male, as do the
# family names of the gendered locales).
EXTRA = {
    'en-US': dict(
        given=['Oriana', 'Lachlan', 'Verity', 'Ambrose', 'Dulcie', 'Sterling', 'Henrietta', 'Cormac', 'Philippa', 'Lazarus',
               'Winona', 'Barnaby', 'Clementine', 'Ignatius', 'Marguerite', 'Roscoe', 'Thomasina', 'Cassius', 'Leontine',
               'Augustin', 'Rosamund', 'Lysander', 'Evangeline', 'Thelonious'],
        family=['Quackenbush', 'Vanderslice', 'Higginbotham', 'Shufelt', 'Rutledge', 'Ainsworth', 'Blankenship',
                'Culpepper', 'Dinwiddie', 'Eckhardt', 'Fenwick', 'Gallagher', 'Haverford', 'Isenhour', 'Jernigan',
                'Kilgore', 'Lockridge', 'Moorehead', 'Nussbaum', 'Overholt', 'Pennington', 'Rinehart', 'Stoltzfus',
                'Tillinghast'],
        street_names=['Hackberry', 'Shagbark', 'Pawpaw', 'Bluestem', 'Switchgrass', 'Redbud', 'Sassafras', 'Buttonbush',
                      'Witch Hazel', 'Sourwood', 'Spicebush', 'Bittersweet', 'Larchmont', 'Quarrystone', 'Foxglove',
                      'Ironweed'],
        towns=[('Muncie, IN', '47303'), ('Ames, IA', '50010'), ('Pocatello, ID', '83201'), ('Kalamazoo, MI', '49006'),
               ('Bozeman, MT', '59715'), ('Tuscaloosa, AL', '35401'), ('Hattiesburg, MS', '39401'),
               ('Bangor, ME', '04401'), ('Kearney, NE', '68847'), ('Flagstaff, AZ', '86001'), ('Paducah, KY', '42001'),
               ('Mankato, MN', '56001')]),
    'en-GB': dict(
        given=['Araminta', 'Peregrine', 'Clemency', 'Hamish', 'Jemima', 'Crispin', 'Perdita', 'Lachlan', 'Honoria', 'Tarquin',
               'Ottoline', 'Gethin', 'Briony', 'Caradoc', 'Elspeth', 'Lorcan', 'Hermione', 'Alasdair', 'Wilhelmina',
               'Euan', 'Cressida', 'Ptolemy', 'Iona', 'Fenton'],
        family=['Throssell', 'Pocklington', 'Winterbottom', 'Scattergood', 'Openshaw', 'Ramsbottom', 'Sidebottom',
                'Cholmondeley', 'Heseltine', 'Lightfoot', 'Mountjoy', 'Goodenough', 'Pennefather', 'Rattray', 'Uttley',
                'Whitlock', 'Yeardley', 'Aldous', 'Blenkinsop', 'Crabtree', 'Dimmock', 'Entwistle', 'Fothergill', 'Gedge'],
        street_names=['Foxhollow', 'Ploughshare', 'Marigold', 'Harebell', 'Swallowfield', 'Kingfisher', 'Dovecote',
                      'Millstream', 'Quince Tree', 'Yarrow', 'Bramblewood', 'Lapwing', 'Thrushwood', 'Cobblestone',
                      'Wagtail', 'Sorrel'],
        towns=[('Ludlow', 'SY8 1PH'), ('Bideford', 'EX39 2QS'), ('Malton', 'YO17 7LY'), ('Oban', 'PA34 4LB'),
               ('Brecon', 'LD3 7EF'), ('Wisbech', 'PE13 1PF'), ('Keswick', 'CA12 5JR'), ('Hexham', 'NE46 3NX'),
               ('Dunfermline', 'KY12 7DS'), ('Barnstaple', 'EX31 1BD'), ('Thirsk', 'YO7 1LL'), ('Penzance', 'TR18 2SH')]),
    'de-DE': dict(
        given=['Almut', 'Gernot', 'Ilka', 'Wolfram', 'Roswitha', 'Hartwig', 'Gundula', 'Volkmar', 'Adelheid', 'Reinhold',
               'Hedwig', 'Ansgar', 'Irmgard', 'Berthold', 'Sieglinde', 'Ekkehard', 'Walburga', 'Gottfried', 'Liesel',
               'Lothar', 'Mechthild', 'Detlef', 'Ottilie', 'Rüdiger'],
        family=['Quernheim', 'Wöltje', 'Schwertfeger', 'Habekost', 'Ollendorff', 'Rübsamen', 'Köppelmann',
                'Segebrecht', 'Zumbusch', 'Fröhlke', 'Grotefend', 'Hülsmeier', 'Klingbeil', 'Lüdeking', 'Middendorf',
                'Niehoff', 'Ostendorp', 'Prigge', 'Riepenhausen', 'Schomaker', 'Thiemann', 'Uhlenbrock', 'Wöhrmann',
                'Zurheide'],
        street_names=['Schlehen', 'Kornblumen', 'Weißdorn', 'Sanddorn', 'Hagebutten', 'Brennnessel', 'Löwenzahn',
                      'Schafgarben', 'Heckenrosen', 'Pfaffenhütchen', 'Mehlbeeren', 'Hainbuchen', 'Kiebitz', 'Zaunkönig',
                      'Dompfaff', 'Wiedehopf'],
        towns=[('Quedlinburg', '06484'), ('Rinteln', '31737'), ('Wolfenbüttel', '38300'), ('Eutin', '23701'),
               ('Dinkelsbühl', '91550'), ('Meppen', '49716'), ('Goslar', '38640'), ('Nördlingen', '86720'),
               ('Lemgo', '32657'), ('Alsfeld', '36304'), ('Schwäbisch Hall', '74523'), ('Leer', '26789')]),
    'fr-FR': dict(
        given=['Apolline', 'Évariste', 'Bérénice', 'Honoré', 'Capucine', 'Lancelot', 'Domitille', 'Florimond', 'Eugénie',
               'Gontran', 'Ombeline', 'Ferréol', 'Philippine', 'Amaury', 'Roselyne', 'Barnabé', 'Sidonie', 'Ysengrin',
               'Violaine', 'Anselme', 'Gwenaëlle', 'Théophane', 'Mahaut', 'Enguerrand'],
        family=['Quintard', 'Bouchereau', 'Chapotot', 'Dauphinot', 'Esnault', 'Fauconnet', 'Goujard', 'Hublot',
                'Jacquemart', 'Lebrasseur', 'Mouchotte', 'Naudin', 'Oudinot', 'Pinçon', 'Ravanel', 'Sauvageot',
                'Thuillier', 'Vauquelin', 'Brossolette', 'Coquelin', 'Daguerre', 'Frémiot', 'Gavarni', 'Lenôtre'],
        street_names=['Chaudronniers', 'Bourreliers', 'Vanniers', 'Maréchaux-Ferrants', 'Potiers', 'Chanvriers',
                      'Lavandières', 'Hêtres Pourpres', 'Églantiers', 'Ajoncs', 'Bruyères', 'Genêts', 'Sureaux',
                      'Alouettes', 'Loriots', 'Bouvreuils'],
        towns=[('Aurillac', '15000'), ('Guéret', '23000'), ('Mende', '48000'), ('Digne-les-Bains', '04000'),
               ('Lons-le-Saunier', '39000'), ('Vesoul', '70000'), ('Montauban', '82000'), ('Alençon', '61000'),
               ('Saint-Brieuc', '22000'), ('Rodez', '12000'), ('Chaumont', '52000'), ('Auch', '32000')]),
    'es-ES': dict(
        given=['Covadonga', 'Eleuterio', 'Begoña', 'Anselmo', 'Visitación', 'Baldomero', 'Almudena', 'Casimiro',
               'Inmaculada', 'Celestino', 'Remedios', 'Florencio', 'Montserrat', 'Gumersindo', 'Purificación', 'Isidoro',
               'Edurne', 'Xabier', 'Arantxa', 'Iñigo', 'Leire', 'Jokin', 'Amaya', 'Aitor'],
        family=['Zorrilla', 'Arteche', 'Basterra', 'Cebrián', 'Dorronsoro', 'Egaña', 'Fuenmayor', 'Garmendia',
                'Iturbe', 'Lasarte', 'Mugica', 'Navascués', 'Olaizola', 'Pedraza', 'Recalde', 'Sagasta', 'Tellechea',
                'Uriarte', 'Villalobos', 'Ybarra', 'Zabaleta', 'Aldecoa', 'Berasategui', 'Goicoechea'],
        street_names=['Jara', 'Retama', 'Cantueso', 'Tomillo', 'Espliego', 'Acebuche', 'Majuelo', 'Algarrobo',
                      'Quejigo', 'Alcornoque', 'Abubilla', 'Jilguero', 'Verderón', 'Mirlo', 'Alcotán', 'Cernícalo'],
        towns=[('Teruel', '44001'), ('Zamora', '49003'), ('Ávila', '05001'), ('Cuenca', '16002'), ('Ourense', '32003'),
               ('Ponferrada', '24401'), ('Plasencia', '10600'), ('Calatayud', '50300'), ('Tudela', '31500'),
               ('Linares', '23700'), ('Guadix', '18500'), ('Astorga', '24700')]),
    'it-IT': dict(
        given=['Agnese', 'Ermenegildo', 'Iolanda', 'Pasquale', 'Assunta', 'Gerardo', 'Filomena', 'Raffaele', 'Annunziata',
               'Vincenzo', 'Clelia', 'Guglielmo', 'Eufemia', 'Saverio', 'Teodolinda', 'Ubaldo', 'Zelinda', 'Ilario',
               'Rosalba', 'Ferdinando', 'Ornella', 'Emidio', 'Loredana', 'Cosimo'],
        family=['Abbondanza', 'Buonocore', 'Capuzzo', 'Dell\'Orto', 'Esposito', 'Fumagalli', 'Gianfreda', 'Inverardi',
                'Lombardozzi', 'Mastrogiacomo', 'Nardelli', 'Orlandini', 'Passalacqua', 'Quadrelli', 'Russomanno',
                'Schiavone', 'Terracciano', 'Ugolini', 'Vannucchi', 'Zampieri', 'Bortolotti', 'Castellucci', 'Dalla Valle',
                'Fiorentini'],
        street_names=['Funai', 'Sellai', 'Calzolai', 'Tintori', 'Conciatori', 'Setaioli', 'Lanaioli', 'Bastai',
                      'Stagnai', 'Vasai', 'Oleandri', 'Corbezzoli', 'Gelsomini', 'Ontani', 'Frassini', 'Noccioli'],
        towns=[('Sondrio', '23100'), ('Vercelli', '13100'), ('Belluno', '32100'), ('Rieti', '02100'),
               ('Isernia', '86170'), ('Matera', '75100'), ('Crotone', '88900'), ('Enna', '94100'), ('Oristano', '09170'),
               ('Fermo', '63900'), ('Urbino', '61029'), ('Faenza', '48018')]),
    'pt-BR': dict(
        given=['Iracema', 'Claudionor', 'Marinalva', 'Josenildo', 'Lucineide', 'Edivaldo', 'Rosineide', 'Valdemir',
               'Elisângela', 'Genivaldo', 'Joelma', 'Adailton', 'Cleonice', 'Everaldo', 'Gislaine', 'Reginaldo',
               'Eulália', 'Sebastião', 'Jucimara', 'Deusdedit', 'Keila', 'Ubiratan', 'Vanusa', 'Aristides'],
        family=['Albuquerque', 'Bittencourt', 'Cavalcanti', 'Diniz', 'Esteves', 'Falcão', 'Guimarães', 'Holanda',
                'Junqueira', 'Lacerda', 'Meireles', 'Nóbrega', 'Pimentel', 'Quintela', 'Rangel', 'Siqueira', 'Tavares',
                'Uchôa', 'Valadares', 'Xavier', 'Aguiar', 'Barreto', 'Coutinho', 'Dantas'],
        street_names=['Carnaúbas', 'Aroeiras', 'Paineiras', 'Sapucaias', 'Embaúbas', 'Pitangueiras', 'Goiabeiras',
                      'Sabiás', 'Bem-te-vis', 'Andorinhas', 'Tangarás', 'Juritis', 'Saíras', 'Araras', 'Corruíras',
                      'Tucanos'],
        towns=[('Sorocaba - SP', '18035-070'), ('Maringá - PR', '87013-010'), ('Caruaru - PE', '55002-000'),
               ('Petrolina - PE', '56304-000'), ('Blumenau - SC', '89010-100'), ('Anápolis - GO', '75020-030'),
               ('Juazeiro - BA', '48903-000'), ('Mossoró - RN', '59610-090'), ('Chapecó - SC', '89802-111'),
               ('Itajaí - SC', '88301-000'), ('Imperatriz - MA', '65900-000'), ('Sobral - CE', '62010-000')]),
    'nl-NL': dict(
        given=['Geertruida', 'Reinout', 'Hendrikje', 'Lodewijk', 'Jannigje', 'Gerrit', 'Aaltje', 'Harmen', 'Fokje',
               'Wessel', 'Grietje', 'Ruurd', 'Trijntje', 'Jelle', 'Tjitske', 'Folkert', 'Marijtje', 'Berend', 'Sjoukje',
               'Douwe', 'Baukje', 'Eelco', 'Wietske', 'Sybren'],
        family=['Oosterbaan', 'Bijlsma', 'Dijkstra', 'Hofstede', 'Klaassens', 'Lagerwey', 'Noordegraaf',
                'Rijpkema', 'Spijkerman', 'Tuinstra', 'Uitterdijk', 'Valkenburg', 'Westerhof', 'Ypma', 'Zijlstra',
                'Bosscher', 'Hettema', 'Kamminga', 'Meindertsma', 'Nauta', 'Postma', 'Reitsma', 'Sikkema', 'Wiersma'],
        street_names=['Wilgenroosje', 'Klaproos', 'Korenbloem', 'Fluitenkruid', 'Dotterbloem', 'Pimpernel',
                      'Grutto', 'Tureluur', 'Scholekster', 'Kwartel', 'Patrijs', 'Wielewaal', 'Sleedoorn', 'Meidoorn',
                      'Vlinderbloem', 'Waterhoen'],
        towns=[('Harderwijk', '3841 AB'), ('Sneek', '8601 BK'), ('Meppel', '7941 KC'), ('Tiel', '4001 LA'),
               ('Hoorn', '1621 CJ'), ('Goes', '4461 HR'), ('Venlo', '5911 JD'), ('Kampen', '8261 GR'),
               ('Emmen', '7811 AE'), ('Roermond', '6041 GB'), ('Gorinchem', '4201 HA'), ('Zutphen', '7201 EA')]),
    'pl-PL': dict(
        given=['Genowefa', 'Zdzisław', 'Bronisława', 'Czesław', 'Leokadia', 'Bogumił', 'Władysława', 'Zbigniew',
               'Kazimiera', 'Ludomir', 'Eugenia', 'Wiesław', 'Stanisława', 'Lechosław', 'Teodora', 'Bolesław', 'Halszka',
               'Witold', 'Jarosława', 'Ignacy', 'Wiesława', 'Florian', 'Mirosława', 'Ziemowit'],
        family=['Szczygielska', 'Brzęczyszczykiewicz', 'Przybylska', 'Grzybowski', 'Kwiatkowska', 'Wróbel',
                'Bocianowska', 'Pstrągowski', 'Sikorska', 'Dzięciołowski', 'Jaskólska', 'Szpakowski', 'Gawrońska',
                'Kosowski', 'Czaplińska', 'Żurawiński', 'Słowikowska', 'Orłowski', 'Kaczyńska', 'Kruczkowski',
                'Dudkowska', 'Zięba', 'Gilowska', 'Kowalik'],
        street_names=['Głogowa', 'Tarninowa', 'Kaliny', 'Berberysowa', 'Dereniowa', 'Szakłakowa', 'Bukszpanowa',
                      'Czeremchowa', 'Pigwowa', 'Morwowa', 'Czajki', 'Kosa', 'Dzięcioła', 'Skowronka', 'Gila', 'Szczygła'],
        towns=[('Przemyśl', '37-700'), ('Łomża', '18-400'), ('Suwałki', '16-400'), ('Sandomierz', '27-600'),
               ('Chełm', '22-100'), ('Konin', '62-500'), ('Leszno', '64-100'), ('Nysa', '48-300'), ('Ełk', '19-300'),
               ('Tczew', '83-110'), ('Krosno', '38-400'), ('Siedlce', '08-110')]),
    'sv-SE': dict(
        given=['Gunborg', 'Algot', 'Ingegerd', 'Verner', 'Sigbritt', 'Ivar', 'Ulrika', 'Torsten', 'Margit', 'Gunnar',
               'Elvira', 'Ragnar', 'Agda', 'Sune', 'Britta', 'Folke', 'Svea', 'Holger', 'Dagny', 'Arvid', 'Gudrun',
               'Birger', 'Inga', 'Tage'],
        family=['Fjällström', 'Granqvist', 'Hellberg', 'Isaksson', 'Järvholm', 'Kullberg', 'Lövgren', 'Malmsten',
                'Nygårds', 'Ollén', 'Palmqvist', 'Rydberg', 'Sandelin', 'Tjernberg', 'Ulvenäs', 'Wahlgren', 'Ytterberg',
                'Zetterlund', 'Älmqvist', 'Örnberg', 'Boström', 'Dahlgren', 'Enqvist', 'Forsgren'],
        street_names=['Nypon', 'Hjortron', 'Kråkbärs', 'Ljung', 'Blåklint', 'Prästkrage', 'Gullviva', 'Styvmorsviol',
                      'Kärrmyntan', 'Tofsvipe', 'Storspov', 'Rödhake', 'Gärdsmyg', 'Domherre', 'Stenknäck', 'Sädesärle'],
        towns=[('Skellefteå', '931 30'), ('Hudiksvall', '824 30'), ('Falun', '791 71'), ('Kalmar', '392 31'),
               ('Visby', '621 55'), ('Kiruna', '981 31'), ('Mora', '792 30'), ('Ystad', '271 39'),
               ('Nyköping', '611 30'), ('Arvika', '671 31'), ('Sundsvall', '852 30'), ('Piteå', '941 33')]),
    'fi-FI': dict(
        given=['Hellevi', 'Toivo', 'Kyllikki', 'Väinö', 'Impi', 'Eino', 'Lempi', 'Urho', 'Martta', 'Arvo', 'Tyyne',
               'Reino', 'Siiri', 'Tauno', 'Elli', 'Veikko', 'Saimi', 'Pentti', 'Irja', 'Heikki', 'Aune', 'Lauri',
               'Vilhelmiina', 'Kalervo'],
        family=['Ahokas', 'Blomqvist', 'Eskelinen', 'Haapalainen', 'Ikonen', 'Jääskeläinen', 'Kokkonen', 'Liimatainen',
                'Manninen', 'Nurmela', 'Oksanen', 'Puustinen', 'Rautiainen', 'Soininen', 'Tiihonen', 'Ukkonen',
                'Vepsäläinen', 'Ylönen', 'Pulkkinen', 'Huttunen', 'Kärkkäinen', 'Lehikoinen', 'Mäkelä', 'Niskanen'],
        street_names=['Kanerva', 'Lumme', 'Ulpukka', 'Karpalo', 'Juolukka', 'Variksenmarja', 'Vadelma', 'Kurjenpolvi',
                      'Leinikki', 'Peipponen', 'Tikka', 'Västäräkki', 'Käpytikka', 'Kiuru', 'Sirkku', 'Rastas'],
        towns=[('Kajaani', '87100'), ('Savonlinna', '57100'), ('Mikkeli', '50100'), ('Seinäjoki', '60100'),
               ('Kokkola', '67100'), ('Hämeenlinna', '13100'), ('Porvoo', '06100'), ('Iisalmi', '74100'),
               ('Kemi', '94100'), ('Raahe', '92100'), ('Salo', '24100'), ('Rauma', '26100')]),
    'tr-TR': dict(
        given=['Gülbahar', 'Alparslan', 'Nilüfer', 'Cengiz', 'Yasemin', 'Ertuğrul', 'Sevgül', 'Kadir', 'Hülya', 'Levent',
               'Feride', 'Orhan', 'Melahat', 'Sinan', 'Perihan', 'Tayfun', 'Nazlı', 'Erkan', 'Gönül', 'Taner', 'Semiha',
               'Ufuk', 'Ayten', 'Özgür'],
        family=['Abacıoğlu', 'Boztepe', 'Canpolat', 'Dağdelen', 'Ekinci', 'Fırat', 'Gündoğdu', 'Hacıoğlu', 'Işıklar',
                'Kahraman', 'Laçin', 'Mutlu', 'Nalbant', 'Oraloğlu', 'Pehlivan', 'Sağlam', 'Taşkıran', 'Ulusoy',
                'Vural', 'Yazıcıoğlu', 'Zorlu', 'Altıntaş', 'Bozkurt', 'Çetinkaya'],
        street_names=['Begonvil', 'Fulya', 'Kardelen', 'Manolya', 'Mimoza', 'Papatya', 'Sardunya', 'Yasemin',
                      'Akasya', 'Ardıçlı', 'Defne', 'Gürgen', 'Kestane', 'Meşe', 'Söğüt', 'Kavak'],
        towns=[('Isparta', '32100'), ('Kastamonu', '37100'), ('Sinop', '57000'), ('Amasya', '05100'),
               ('Kütahya', '43100'), ('Çorum', '19100'), ('Giresun', '28100'), ('Bartın', '74100'), ('Niğde', '51100'),
               ('Burdur', '15100'), ('Tokat', '60100'), ('Bolu', '14100')]),
    'ru-RU': dict(
        given=['Аграфена', 'Мирон', 'Прасковья', 'Ефим', 'Евдокия', 'Савелий', 'Феврония', 'Афанасий', 'Серафима',
               'Лукьян', 'Пелагея', 'Фадей', 'Ульяна', 'Прохор', 'Акулина', 'Кондрат', 'Марфа', 'Никодим', 'Февронья',
               'Емельян', 'Таисия', 'Онуфрий', 'Устинья', 'Ерофей'],
        family=['Перепёлкина', 'Снегирёв', 'Овсянникова', 'Клестов', 'Чечёткина', 'Зимородков', 'Коноплёва',
                'Щеглов', 'Свиристелева', 'Дроздов', 'Кукушкина', 'Дятлов', 'Сорокоумова', 'Скворцов', 'Жаворонкова',
                'Ястребов', 'Горлицына', 'Соловьёв', 'Синицына', 'Воронов', 'Куликова', 'Чижов', 'Иволгина', 'Филинов'],
        street_names=['Жимолостная', 'Облепиховая', 'Калиновая', 'Боярышниковая', 'Можжевеловая', 'Багульниковая',
                      'Морошковая', 'Голубичная', 'Шиповниковая', 'Пихтовая', 'Лиственничная', 'Тальниковая'],
        towns=[('г. Мурманск', '183038'), ('г. Сыктывкар', '167000'), ('г. Кострома', '156000'), ('г. Йошкар-Ола', '424000'),
               ('г. Петрозаводск', '185035'), ('г. Тамбов', '392000'), ('г. Смоленск', '214000'), ('г. Псков', '180000'),
               ('г. Курган', '640000'), ('г. Чита', '672000'), ('г. Биробиджан', '679000'), ('г. Абакан', '655017')]),
    'el-GR': dict(
        given=['Ευδοκία', 'Χαράλαμπος', 'Παρασκευή', 'Αριστείδης', 'Κυριακή', 'Ευστάθιος', 'Σταυρούλα', 'Γεράσιμος',
               'Αικατερίνη', 'Διονύσιος', 'Θεοπίστη', 'Ευάγγελος', 'Πηνελόπη', 'Μιλτιάδης', 'Ουρανία', 'Περικλής',
               'Ασπασία', 'Τιμολέων', 'Ευτέρπη', 'Ιάκωβος', 'Ζωή', 'Κλεάνθης', 'Αθηνά', 'Φίλιππος'],
        family=['Αναγνωστοπούλου', 'Μπαλτάς', 'Γκίκα', 'Δημητρόπουλος', 'Ευαγγέλου', 'Ζερβός', 'Θεοδωροπούλου',
                'Καραβίας', 'Λιάπη', 'Μπιτσάκης', 'Νικολαΐδου', 'Οικονόμου', 'Παπαδημητρίου', 'Ραφαηλίδης',
                'Σαχίνη', 'Τριανταφυλλίδης', 'Υφαντή', 'Φουντουλάκης', 'Χριστοφόρου', 'Ψαρράς', 'Κουντουριώτη',
                'Μαυρίδης', 'Ζαΐμη', 'Κολοβός'],
        street_names=['Αγιοκλήματος', 'Βασιλικού', 'Γιασεμιού', 'Δενδρολιβάνου', 'Θυμαριού', 'Κρίνων', 'Λεβάντας',
                      'Μαντζουράνας', 'Νάρκισσου', 'Πασχαλιάς', 'Ρίγανης', 'Φασκόμηλου'],
        towns=[('Καστοριά', '521 00'), ('Φλώρινα', '531 00'), ('Ναύπλιο', '211 00'), ('Άρτα', '471 00'),
               ('Πρέβεζα', '481 00'), ('Σέρρες', '621 22'), ('Δράμα', '661 00'), ('Ρέθυμνο', '741 00'),
               ('Τρίπολη', '221 00'), ('Λαμία', '351 00'), ('Κοζάνη', '501 00'), ('Ξάνθη', '671 00')]),
    'ja-JP': dict(
        given=['菫', '樹', '楓花', '耀', '澪', '暁', '雛乃', '迅', '琴音', '崚', '紬', '煌', '栞', '凌', '茉莉', '篤',
               '杏珠', '巧', '詩織', '塁', '葵衣', '鷹', '萌', '漣'],
        family=['鮫島', '猪瀬', '鴨志田', '蛭田', '鵜飼', '鰐淵', '熊谷', '猿渡', '鷲尾', '雉子牟田', '鶴ヶ谷', '蜂須賀',
                '鮎川', '鯉渕', '鷺坂', '鳩野', '亀井', '狐塚', '狸穴', '鹿嶋', '鴫原', '鶉野', '燕沢', '雲雀丘'],
        street_names=['鷹匠', '鍛冶', '紺屋', '馬喰', '箪笥', '旅籠', '鋳物師', '畳屋', '桶屋', '呉服', '材木', '塩竈'],
        towns=[('旭川', '070-0031'), ('函館', '040-0011'), ('弘前', '036-8003'), ('盛岡', '020-0021'),
               ('酒田', '998-0044'), ('松本', '390-0811'), ('高山', '506-0011'), ('敦賀', '914-0063'),
               ('尾道', '722-0035'), ('今治', '794-0028'), ('延岡', '882-0823'), ('佐世保', '857-0871')]),
    'ko-KR': dict(
        given=['솔비', '라온', '가람', '한결', '다솜', '이든', '새롬', '누리', '별하', '은솔', '도담', '해솔', '온유',
               '시우', '나래', '바다', '아름', '힘찬', '보름', '우람', '단비', '슬기', '초롱', '빛찬'],
        family=['궉', '묵', '돈', '뇌', '빙', '범', '승', '시', '예', '요', '초', '추', '탄', '판', '피', '학', '함', '형',
                '호', '화', '후', '흥', '독고', '황보'],
        street_names=['수영구 광남로', '연제구 과정로', '달서구 월배로', '서구 둔산로', '완산구 효자로', '광산구 수완로',
                      '연수구 컨벤시아대로', '기장군 기장대로', '중구 태화로', '동구 화랑로'],
        towns=[('울산광역시', '44429'), ('청주시', '28501'), ('창원시', '51430'), ('포항시', '37729'),
               ('원주시', '26464'), ('여수시', '59695'), ('춘천시', '24341'), ('김해시', '50911')]),
    'zh-CN': dict(
        given=['沐澄', '翊辰', '芮溪', '霁川', '筱棠', '槿年', '岚汐', '珩之', '璟瑜', '蘅芜', '溪亭', '枕石', '梓潼', '砚秋',
               '晗蕊', '骁骐', '缃绮', '澍霖', '蓁蓁', '弈铭', '棠溪', '钺', '绾绾', '麟'],
        family=['缪', '冼', '鞠', '乜', '蔺', '訾', '濮', '宓', '郗', '阚', '郏', '谯', '暨', '隗', '眭', '侴', '逄', '亓',
                '佘', '綦', '靳', '覃', '郦', '粟'],
        street_names=['涪城区临园路', '翠屏区南岸西路', '江阳区滨江路', '源汇区嵩山路', '淇滨区兴鹤大街',
                      '城区泽州路', '莲都区丽阳街', '屯溪区黄山路', '咸安区温泉路', '曾都区沿江大道'],
        towns=[('绵阳', '621000'), ('宜宾', '644000'), ('泸州', '646000'), ('漯河', '462000'), ('鹤壁', '458030'),
               ('晋城', '048000'), ('丽水', '323000'), ('黄山', '245000'), ('咸宁', '437100'), ('随州', '441300')]),
    'hi-IN': dict(
        given=['कादम्बरी', 'अभिमन्यु', 'यामिनी', 'चिरंजीव', 'सौदामिनी', 'प्रियव्रत', 'मृणालिनी', 'शशांक', 'वैदेही',
               'ऋषिकेश', 'सुहासिनी', 'अंशुमान', 'हेमलता', 'कौस्तुभ', 'ज्योत्स्ना', 'पुष्कर', 'नंदिनी', 'विक्रमादित्य',
               'मधुमालती', 'तेजस्वी', 'उर्वशी', 'भार्गव', 'चारुलता', 'दिव्यांशु'],
        family=['वाजपेयी', 'भारद्वाज', 'पुरोहित', 'खंडेलवाल', 'माहेश्वरी', 'निगम', 'सिन्हा', 'गोस्वामी', 'उपाध्याय',
                'चतुर्वेदी', 'भार्गव', 'जोशी', 'तिवारी', 'शुक्ला', 'द्विवेदी', 'मिश्रा', 'अवस्थी', 'बाजपेई', 'कश्यप',
                'राठौर', 'शेखावत', 'चंदेल', 'परमार', 'सोलंकी'],
        street_names=['अमलतास', 'कचनार', 'शिरीष', 'मौलश्री', 'सप्तपर्णी', 'रातरानी', 'जूही', 'बकुल', 'केतकी',
                      'सेमल', 'महुआ', 'अर्जुन'],
        towns=[('ग्वालियर', '474009'), ('उदयपुर', '313001'), ('अजमेर', '305001'), ('बरेली', '243001'),
               ('झांसी', '284001'), ('गोरखपुर', '273001'), ('रीवा', '486001'), ('सागर', '470001'),
               ('बीकानेर', '334001'), ('मथुरा', '281001')]),
    'ar-EG': dict(
        given=['شيماء', 'حازم', 'دعاء', 'وليد', 'منة', 'هشام', 'آلاء', 'باسم', 'إسراء', 'عصام', 'رضوى', 'تامر', 'ياسمين',
               'أشرف', 'نيرمين', 'مدحت', 'سهير', 'رأفت', 'عبير', 'سامح', 'نسمة', 'كريم', 'ريهام', 'إيهاب'],
        family=['الشرقاوي', 'البراوي', 'الزيات', 'الطوخي', 'الحلواني', 'السمنودي', 'الأنصاري', 'القليوبي',
                'البحيري', 'الفيومي', 'الإسكندراني', 'الدمياطي', 'المحلاوي', 'الرشيدي', 'الشبراوي', 'الأسيوطي',
                'السويفي', 'الأقصري', 'النوبي', 'الإسناوي', 'البلاسي', 'الشاذلي', 'العشماوي', 'الكفراوي'],
        street_names=['البنفسج', 'الأقحوان', 'الفل', 'الريحان', 'الجميز', 'الصفصاف', 'السنديان', 'الكافور',
                      'النرجس', 'الخزامى', 'اللبلاب', 'الجهنمية'],
        towns=[('كفر الشيخ', ''), ('شبين الكوم', ''), ('المحلة الكبرى', ''), ('بني سويف', ''), ('سوهاج', ''),
               ('قنا', ''), ('الفيوم', ''), ('دمنهور', ''), ('ملوي', ''), ('ميت غمر', '')]),
    'he-IL': dict(
        given=['אביגיל', 'ידידיה', 'הודיה', 'אליעזר', 'צופיה', 'שמעיה', 'אפרת', 'בצלאל', 'רעות', 'עמיחי', 'הילה', 'נחום',
               'אורטל', 'יהונתן', 'שקד', 'אלחנן', 'נגה', 'חנוך', 'ליבי', 'מנחם', 'תהילה', 'גמליאל', 'ספיר', 'אהרון'],
        family=['וולפסון', 'שפירא', 'הורוביץ', 'ליבוביץ', 'מרגליות', 'זילברשטיין', 'גרינברג', 'אבוטבול', 'דהאן',
                'אלבז', 'בוזגלו', 'עמר', 'פרץ', 'טולדנו', 'סויסה', 'אוחיון', 'ששון', 'נחמיאס', 'קורן', 'ברק', 'צור',
                'אשכנזי', 'קרמר', 'בירנבאום'],
        street_names=['האלה', 'הצאלון', 'השיטה', 'האשל', 'הערבה', 'הדולב', 'הלוטם', 'המרווה', 'הקורנית', 'הרקפת',
                      'החצב', 'האירוס'],
        towns=[('גדרה', ''), ('יקנעם', ''), ('נס ציונה', ''), ('זכרון יעקב', ''), ('קריית טבעון', ''),
               ('מעלות-תרשיחא', ''), ('שדרות', ''), ('ערד', ''), ('בית שאן', ''), ('טירת כרמל', '')]),
    'th-TH': dict(
        given=['ปาริชาติ', 'ชยพล', 'วรรณวิสา', 'ธีรภัทร', 'กมลชนก', 'ปัณณวัฒน์', 'รัชนีกร', 'อภิรักษ์', 'จิรัชยา',
               'ศุภวิชญ์', 'ณัฐธิดา', 'พีรพัฒน์', 'สุธาสินี', 'วีรยุทธ', 'เบญจมาศ', 'ชาญวิทย์', 'ปิยธิดา', 'อนุวัฒน์',
               'ลลิตภัทร', 'ภาณุพงศ์'],
        family=['ศรีสมบูรณ์วงศ์', 'เจริญผลพิบูล', 'ธนาสินวัฒนา', 'รุ่งโรจน์ไพศาล', 'อินทรสุวรรณ', 'บุญเรืองศรีสกุล',
                'ทองคำเปลว', 'วงศ์ไพบูลย์ชัย', 'แสงอรุณเลิศ', 'มณีวรรณกุล'],
        street_names=['เจริญกรุง 43', 'รามคำแหง 65', 'พหลโยธิน 52', 'นวมินทร์ 111', 'ศรีนครินทร์', 'กาญจนวนิชย์'],
        towns=[('พิษณุโลก', '65000'), ('อุบลราชธานี', '34000'), ('นครสวรรค์', '60000'), ('ลำปาง', '52100'),
               ('ภูเก็ต', '83000'), ('ระยอง', '21000'), ('สุราษฎร์ธานี', '84000'), ('เชียงราย', '57000')]),
    'cs-CZ': dict(
        given=['Anežka', 'Bořivoj', 'Bohdana', 'Čestmír', 'Drahomíra', 'Jaroslav', 'Jarmila', 'Kvido', 'Libuše', 'Ladislav',
               'Milada', 'Miroslav', 'Radmila', 'Svatopluk', 'Věnceslava', 'Vlastimil', 'Zdislava', 'Záboj', 'Božena',
               'Slavomír', 'Dobromila', 'Vratislav', 'Blažena', 'Lubomír'],
        family=['Sýkorová', 'Čermák', 'Vrabcová', 'Strnad', 'Kosová', 'Holub', 'Drozdová', 'Jeřábek', 'Špačková',
                'Sokol', 'Slavíková', 'Kavka', 'Straková', 'Čáp', 'Vránová', 'Datel', 'Pěnkavová', 'Krahulík',
                'Sojková', 'Stehlík', 'Konipasová', 'Budníček', 'Hýlová', 'Chocholoušek'],
        street_names=['Hlohová', 'Dřínová', 'Javorová', 'Klenová', 'Mléčová', 'Tisová', 'Vrbová', 'Šípková',
                      'Ostružinová', 'Brusinková', 'Borůvková', 'Malinová'],
        towns=[('Kroměříž', '767 01'), ('Prostějov', '796 01'), ('Havlíčkův Brod', '580 01'), ('Strakonice', '386 01'),
               ('Klatovy', '339 01'), ('Náchod', '547 01'), ('Šumperk', '787 01'), ('Vsetín', '755 01'),
               ('Domažlice', '344 01'), ('Rakovník', '269 01')]),
    'es-CL': dict(
        given=['Josefa', 'Maximiliano', 'Antonia', 'Joaquín', 'Fernanda', 'Ignacio', 'Martina', 'Tomás', 'Isidora',
               'Alonso', 'Amanda', 'Renato', 'Emilia', 'Clemente', 'Maite', 'Gaspar', 'Rayén', 'Lautaro', 'Millaray',
               'Aukan', 'Ayelén', 'Nahuel', 'Antü', 'Licán'],
        family=['Huenchumilla', 'Painemal', 'Llancaqueo', 'Quilaqueo', 'Nahuelpán', 'Curiñir', 'Catrileo', 'Millapán',
                'Ancamil', 'Colipi', 'Antileo', 'Huaiquimil', 'Pincheira', 'Bustamante', 'Fuenzalida', 'Irarrázaval',
                'Larraín', 'Montalva', 'Ossandón', 'Pizarro', 'Rebolledo', 'Santelices', 'Undurraga', 'Vergara'],
        street_names=['Notros', 'Tepas', 'Mañíos', 'Raulíes', 'Robles', 'Alerces', 'Avellanos', 'Chilcos', 'Copihues',
                      'Calafates', 'Murtillas', 'Nalcas'],
        towns=[('Valdivia', ''), ('Puerto Montt', ''), ('Coyhaique', ''), ('Curicó', ''), ('Linares', ''),
               ('Los Ángeles', ''), ('Ovalle', ''), ('Copiapó', ''), ('Calama', ''), ('Castro', '')]),
    'nb-NO': dict(
        given=['Gunvor', 'Leiv', 'Borghild', 'Aslak', 'Torunn', 'Gjermund', 'Åshild', 'Kjetil', 'Sissel', 'Tormod',
               'Gro', 'Øyvind', 'Randi', 'Bjarte', 'Turid', 'Sverre', 'Liv', 'Asbjørn', 'Eldbjørg', 'Trygve', 'Aud',
               'Halvard', 'Signe', 'Ivar'],
        family=['Skjervheim', 'Flatebø', 'Hovland', 'Kolstad', 'Lygre', 'Mjelde', 'Nesheim', 'Opsahl', 'Rysstad',
                'Sæther', 'Tjelta', 'Ulvestad', 'Vatne', 'Ørstavik', 'Bakketun', 'Dyrdal', 'Eikrem', 'Fosse',
                'Gjerde', 'Hatlestad', 'Instefjord', 'Jørpeland', 'Kvalheim', 'Landmark'],
        street_names=['Kvitveis', 'Hvitveis', 'Torvmyr', 'Røsslyng', 'Rypebær', 'Krekling', 'Geitrams', 'Mjødurt',
                      'Bekkeblom', 'Gullris', 'Fjellfiol', 'Reinrose'],
        towns=[('Harstad', '9405'), ('Narvik', '8514'), ('Steinkjer', '7713'), ('Gjøvik', '2815'), ('Kongsberg', '3611'),
               ('Arendal', '4836'), ('Førde', '6800'), ('Elverum', '2406'), ('Levanger', '7600'), ('Mo i Rana', '8622')]),
    'uk-UA': dict(
        given=['Орися', 'Любомир', 'Зоряна', 'Ярема', 'Мирослава', 'Богуслав', 'Леся', 'Остромир', 'Дзвінка', 'Святополк',
               'Роксолана', 'Тарасій', 'Світлана', 'Зеновій', 'Одарка', 'Устим', 'Фросина', 'Гордій', 'Ганна',
               'Дем\'ян', 'Параска', 'Трохим', 'Килина', 'Охрім'],
        family=['Шевчишин', 'Пастушенко', 'Коломиєць', 'Панчишин', 'Кривенко', 'Стецюк', 'Загорулько', 'Козачук',
                'Яцишин', 'Гаврилюк', 'Гончаренко', 'Яворський', 'Полтавець', 'Кулик', 'Процик', 'Федорак', 'Гордієнко',
                'Черемшина', 'Мартинюк', 'Бойчук', 'Лесик', 'Цимбалюк', 'Дзюба', 'Ярошенко'],
        street_names=['Бузкова', 'Горобинова', 'Яворова', 'Дубова', 'Березова', 'Тополина', 'Ялинкова', 'Кленова',
                      'Глодова', 'Терносливова'],
        towns=[('м. Ужгород', '88000'), ('м. Луцьк', '43000'), ('м. Кропивницький', '25006'), ('м. Черкаси', '18000'),
               ('м. Суми', '40000'), ('м. Хмельницький', '29000'), ('м. Коломия', '78200'), ('м. Дрогобич', '82100')]),
}
MORE = {'sv-SE': {'given': ['Hjördis', 'Gottfrid', 'Ingalill', 'Ebbe', 'Solweig', 'Osvald', 'Vendela', 'Tryggve', 'Henny',
                            'Assar', 'Signhild', 'Ture', 'Edla', 'Helmer', 'Rut', 'Manfred', 'Vivianne', 'Valdemar',
                            'Gunhild', 'Sigvard', 'Ottilia', 'Einar', 'Majvor', 'Fritiof'],
                  'towns': [('Härnösand', '871 30'), ('Söderhamn', '826 30'), ('Sala', '733 30'), ('Köping', '731 30'),
                            ('Ludvika', '771 30'), ('Motala', '591 30'), ('Vimmerby', '598 30'), ('Oskarshamn', '572 30'),
                            ('Lidköping', '531 30'), ('Alingsås', '441 30'), ('Ängelholm', '262 30'),
                            ('Kristinehamn', '681 30')]},
        'el-GR': {'given': ['Αντιγόνη', 'Παντελεήμων', 'Ερασμία', 'Θρασύβουλος', 'Φιλιώ', 'Αγαμέμνων', 'Μελπομένη',
                            'Ξενοφών', 'Κλεοπάτρα', 'Επαμεινώνδας', 'Πολυξένη', 'Ευριπίδης', 'Αρετούσα', 'Λυκούργος',
                            'Ευφροσύνη', 'Αχιλλέας', 'Θεανώ', 'Σωκράτης', 'Ιφιγένεια', 'Παρμενίων'],
                  'towns': [('Έδεσσα', '582 00'), ('Γρεβενά', '511 00'), ('Κιλκίς', '611 00'), ('Πολύγυρος', '631 00'),
                            ('Λιβαδειά', '321 00'), ('Άμφισσα', '331 00'), ('Καρπενήσι', '361 00'), ('Αμαλιάδα', '272 00'),
                            ('Μεσολόγγι', '302 00'), ('Αγρίνιο', '301 00'), ('Ηγουμενίτσα', '461 00'),
                            ('Σιάτιστα', '503 00')]},
        'fi-FI': {'towns': [('Kuusamo', '93600'), ('Sodankylä', '99600'), ('Kitee', '82500'), ('Nurmes', '75500'),
                            ('Pieksämäki', '76100'), ('Varkaus', '78200'), ('Heinola', '18100'), ('Forssa', '30100'),
                            ('Loimaa', '32200'), ('Uusikaupunki', '23500'), ('Kauhajoki', '61800'), ('Ylivieska', '84100'),
                            ('Kankaanpää', '38700'), ('Orivesi', '35300'), ('Parkano', '39700')]},
        'hi-IN': {'street_names': ['कनेर', 'निर्गुंडी', 'पारिजात', 'करौंदा', 'शमी', 'खेजड़ी', 'रोहिड़ा', 'सिंदूरी',
                                   'सुरभि', 'अलकनंदा', 'मंदाकिनी', 'भागीरथी', 'चंद्रभागा', 'वेत्रवती', 'तमसा', 'शिप्रा']},
        'he-IL': {'street_names': ['השיזף', 'החרוב', 'הלבונה', 'האגוז', 'התאנה', 'הערמון', 'המורן', 'הכליל', 'הסחלב',
                                   'הנורית', 'הדודאים', 'הצבעוני', 'העירית', 'הסייפן', 'הבשמת', 'האזוב', 'הקידה']},
        'pl-PL': {'given': ['Wszebora', 'Mszczuj', 'Sulisława', 'Dobiesław', 'Gościsława', 'Bogusz', 'Radomiła', 'Sambor',
                            'Jarogniewa', 'Świętopełk', 'Wisława', 'Przybysław', 'Dobrochna', 'Krzesimir', 'Ludmiła',
                            'Wojsław']},
        'es-CL': {'given': ['Pascuala', 'Evaristo', 'Clorinda', 'Eliseo', 'Hortensia', 'Segismundo', 'Zunilda',
                            'Belisario', 'Edelmira', 'Abundio', 'Eduvigis', 'Fructuoso', 'Domitila', 'Exequiel',
                            'Rosalinda', 'Ramiro']},
        'en-GB': {'given': ['Tabitha', 'Barnabas', 'Marigold', 'Rollo', 'Letitia', 'Inigo', 'Hyacinth', 'Jolyon',
                            'Euphemia', 'Fitzroy', 'Perpetua', 'Oriel', 'Anstice', 'Aldous', 'Lettice', 'Ranulph']},
        'de-DE': {'given': ['Gerlinde', 'Hubertus', 'Edeltraud', 'Guntram', 'Hannelore', 'Wendelin', 'Kunigunde', 'Notker',
                            'Brunhilde', 'Eberhard', 'Irmtraud', 'Leberecht', 'Wiltrud', 'Gebhard', 'Rotraut',
                            'Dietmar']},
        'pt-BR': {'towns': [('Garanhuns - PE', '55290-000'), ('Parintins - AM', '69151-000'),
                            ('Itabuna - BA', '45600-000'), ('Crato - CE', '63100-000'), ('Patos - PB', '58700-000'),
                            ('Barbacena - MG', '36200-000'), ('Erechim - RS', '99700-000'), ('Lages - SC', '88501-000'),
                            ('Bagé - RS', '96400-000'), ('Cachoeiro de Itapemirim - ES', '29300-000')]},
        'ko-KR': {'given': ['해랑', '가온', '윤슬', '다온', '라희', '로운', '하람', '서진', '유나', '태오'],
                  'street_names': ['영도구 태종로', '사하구 다대로', '금정구 금샘로', '동래구 온천장로', '수성구 범어천로', '울주군 언양로', '달성군 유가읍',
                                   '성산구 원이대로', '흥덕구 직지대로', '만안구 냉천로'],
                  'towns': [('군산시', '54011'), ('목포시', '58613'), ('안동시', '36708'), ('경주시', '38156'), ('제천시', '27150'),
                            ('통영시', '53035'), ('속초시', '24827'), ('순천시', '57958')]},
        'zh-CN': {'street_names': ['涪陵区太极大道', '郫都区犀浦镇', '鄞州区钱湖路', '柯桥区笛扬路', '鹿城区府前街', '椒江区东环大道', '婺城区婺江路', '禅城区季华路',
                                   '蓬江区港口路', '邗江区文昌西路']}}
for _c, _d in MORE.items():
    for _k, _v in _d.items():
        EXTRA.setdefault(_c, {}).setdefault(_k, [])
        EXTRA[_c][_k] = EXTRA[_c][_k] + _v

MORE2 = {'de-DE': {'given': ['Waltraut', 'Arnulf', 'Friedlinde', 'Hildebrand', 'Gisela', 'Ortwin', 'Mechtild', 'Gunther',
                             'Roswita', 'Sieghard', 'Adelgunde', 'Bernward', 'Ermtraud', 'Reinhard', 'Hedda', 'Meinolf',
                             'Walpurga', 'Winfried', 'Liselotte', 'Hartmut', 'Ilsabe', 'Degenhard', 'Thekla', 'Wigand',
                             'Gesa', 'Tjark', 'Imke', 'Okke', 'Tomke', 'Sönke']},
         'it-IT': {'given': ['Veneranda', 'Primo', 'Brunilde', 'Ademaro', 'Liberata', 'Gioacchino', 'Santina', 'Vitaliano',
                             'Ermelinda', 'Serafino', 'Tecla', 'Orazio', 'Pierina', 'Anacleto', 'Marcellina', 'Evaristo',
                             'Ippolita', 'Zeno', 'Adalgisa', 'Gualberto', 'Carmelina', 'Ruggiero', 'Lucrezia', 'Amedeo',
                             'Nunzia', 'Ciriaco', 'Ausilia', 'Eraclio', 'Donatella', 'Fulvio']},
         'es-ES': {'given': ['Eulalia', 'Sinforiano', 'Candelaria', 'Epifanio', 'Presentación', 'Teódulo', 'Ascensión',
                             'Wenceslao', 'Consolación', 'Heliodoro', 'Petronila', 'Olegario', 'Encarnación', 'Valeriano',
                             'Nieves', 'Cipriano', 'Escolástica', 'Hermenegildo', 'Agustina', 'Rufino', 'Leocadia',
                             'Genaro', 'Obdulia', 'Severiano', 'Amparo', 'Tiburcio', 'Reyes', 'Macario', 'Herminia',
                             'Saturnino']},
         'tr-TR': {'given': ['Gülizar', 'Bahadır', 'Nurten', 'Cemalettin', 'Saadet', 'Nusret', 'Firdevs', 'Şahin',
                             'Müzeyyen', 'Reşat', 'Ülkü', 'Turgut', 'Bedriye', 'Necmettin', 'Sündüs', 'Zekeriya', 'Fahriye',
                             'Rahmi', 'Hamiyet', 'Nazım', 'Servet', 'Cahit', 'Mükerrem', 'Talat', 'Nebahat', 'Sabri',
                             'Şükriye', 'Fevzi', 'Remziye', 'Ekrem']},
         'ru-RU': {'given': ['Василина', 'Ипполит', 'Любава', 'Фрол', 'Глафира', 'Тихон', 'Снежана', 'Аристарх',
                             'Олимпиада', 'Евграф', 'Калерия', 'Модест', 'Капитолина', 'Парамон', 'Ираида', 'Феофан',
                             'Нинель', 'Всеслав', 'Лукерья', 'Любомир', 'Аглая', 'Назар', 'Евпраксия', 'Демид', 'Фёкла',
                             'Потап', 'Изольда', 'Радим', 'Владлена', 'Корней']},
         'fi-FI': {'given': ['Sylvi', 'Aarne', 'Helmi', 'Kustaa', 'Alli', 'Väinämö', 'Hilja', 'Yrjö', 'Senja', 'Valto',
                             'Tellervo', 'Jalmari', 'Lyydia', 'Aapeli', 'Eeva-Liisa', 'Oiva', 'Vieno', 'Paavali', 'Kaino',
                             'Sulo', 'Inkeri', 'Kauko', 'Hertta', 'Eljas', 'Anni', 'Voitto', 'Orvokki', 'Topias', 'Pirkko',
                             'Esko']},
         'ko-KR': {'given': ['하늬', '보검', '나린', '결', '봄', '이안', '예솔', '찬솔', '소담', '한울', '가을', '우진', '새벽', '겨레', '은별', '마루',
                             '아라', '다한', '꽃님', '미르'],
                   'family': ['설', '성', '소', '손', '송', '신', '심', '엄', '연', '염', '오', '왕', '우', '원', '위', '유', '은', '음', '인',
                              '임', '장', '전'],
                   'towns': [('익산시', '54596'), ('김천시', '39614'), ('충주시', '27438'), ('거제시', '53259'), ('광양시', '57760'),
                             ('서산시', '31980')]},
         'ar-EG': {'given': ['ضحى', 'مصطفى', 'بسمة', 'حمدي', 'غادة', 'رامي', 'هبة', 'عادل', 'نادية', 'فتحي', 'أمل', 'جمال',
                             'سحر', 'ممدوح', 'إيمان', 'صلاح', 'لبنى', 'نبيل', 'رشا', 'عاطف']},
         'he-IL': {'given': ['אסנת', 'שלומי', 'בתיה', 'צביקה', 'חגית', 'אבשלום', 'זהבה', 'מאיר', 'יפעת', 'עזרא', 'ציפורה',
                             'שמואל', 'אורנה', 'בועז', 'דבורה', 'יחזקאל', 'מרים', 'רפאל', 'לאה', 'גדליה'],
                   'family': ['גבריאלי', 'שושני', 'עזריאל', 'בן-דוד', 'חזן', 'פינטו', 'בן-שושן', 'אלקבץ', 'מימון',
                              'טננבוים', 'גלעדי', 'ירושלמי', 'אוחנה', 'מלכה', 'גבאי', 'וקנין', 'אפשטיין', 'ברגר', 'לנדאו',
                              'קופרמן'],
                   'towns': [('קריית שמונה', ''), ('אופקים', ''), ('נתיבות', ''), ('יבנה', ''), ('גבעת שמואל', ''),
                             ('אור עקיבא', ''), ('כרמיאל', ''), ('בית שמש', '')]},
         'cs-CZ': {'given': ['Jiřina', 'Bohuslav', 'Vlasta', 'Jaromír', 'Květoslava', 'Bedřich', 'Hedvika', 'Otakar',
                             'Růžena', 'Zdeněk', 'Věra', 'Oldřich', 'Jindřiška', 'Stanislav', 'Pavlína', 'Vladimír',
                             'Alžběta', 'Lubor', 'Marie', 'Kamil', 'Ivana', 'Rostislav', 'Hana', 'Lumír']},
         'uk-UA': {'given': ['Стефанія', 'Захар', 'Меланія', 'Арсен', 'Євдокія', 'Ярослав', 'Таміла', "Лук'ян", 'Орина',
                             'Гнат', 'Олеся', 'Марко', "Мар'яна", 'Ігор', 'Віра', 'Андрій', 'Надія', 'Олекса', 'Галина',
                             'Петро'],
                   'towns': [('м. Ковель', '45000'), ('м. Мукачево', '89600'), ('м. Бердичів', '13300'),
                             ('м. Умань', '20300'), ('м. Ізмаїл', '68600'), ('м. Ніжин', '16600')]},
         'nl-NL': {'given': ['Jacoba', 'Hessel', 'Klaasje', 'Sjoerd', 'Aukje', 'Tjeerd', 'Geesje', 'Wiebe', 'Hiltje',
                             'Lolke', 'Jeltje', 'Oene', 'Froukje', 'Rintje', 'Bontje', 'Haije', 'Lutske', 'Minne',
                             'Reinske', 'Sipke']},
         'pt-BR': {'family': ['Carvalhal', 'Mendonça', 'Sarmento', 'Pestana', 'Bragança', 'Lobato', 'Maranhão', 'Pontes',
                              'Quaresma', 'Sobral', 'Trindade', 'Varella', 'Zanetti', 'Arruda', 'Beltrão', 'Cordeiro',
                              'Drummond', 'Espíndola', 'Furtado', 'Lins']},
         'hi-IN': {'family': ['अरोड़ा', 'बंसल', 'गोयल', 'मित्तल', 'सिंघल', 'जैन', 'तायल', 'गर्ग', 'कंसल', 'बत्रा', 'आहूजा',
                              'कोहली', 'सेठी', 'चड्ढा', 'ढींगरा', 'भसीन', 'खन्ना', 'सूद', 'टंडन', 'वोहरा'],
                   'towns': [('अलवर', '301001'), ('भीलवाड़ा', '311001'), ('सतना', '485001'), ('छिंदवाड़ा', '480001'),
                             ('बहराइच', '271801'), ('देवास', '455001'), ('मुरादाबाद', '244001')]},
         'th-TH': {'towns': [('ชัยภูมิ', '36000'), ('ยโสธร', '35000'), ('ลพบุรี', '15000'), ('ตราด', '23000'),
                             ('น่าน', '55000'), ('แพร่', '54000'), ('สกลนคร', '47000'), ('กาฬสินธุ์', '46000')]}}
for _c, _d in MORE2.items():
    for _k, _v in _d.items():
        EXTRA.setdefault(_c, {}).setdefault(_k, [])
        EXTRA[_c][_k] = EXTRA[_c][_k] + _v


def cut_locale_pools():
    for code, loc in LOCALES.items():
        if code == 'ja-JP':
            loc['street_names'] = []
        for key, extra in EXTRA.get(code, {}).items():
            loc[key] = loc[key] + extra
        for key in ('given', 'family'):  # keep the original index: even = female form, odd = male form
            kept = set(clean_pool(f'{code}.{key}', loc[key]))
            loc[key] = [(x, i) for i, x in enumerate(loc[key]) if x in kept]
        loc['street_names'] = clean_pool(f'{code}.street_names', loc['street_names'])
        kept = set(clean_pool(f'{code}.towns', [town_key(t[0]) for t in loc['towns']]))
        loc['towns'] = [t for t in loc['towns'] if town_key(t[0]) in kept]


def town_key(t):
    """The town's own name (no state code, no 'г.' / 'м.' prefix) -- the part that is checked."""
    for pre in ('г. ', 'м. '):
        t = t.replace(pre, '')
    return re.split(r',| - ', t)[0].strip()


# ---------------------------------------------------------------------------------------------------------------
# Value generators (every value validated; abort on an invalid one)
# ---------------------------------------------------------------------------------------------------------------
def digits(rng, n, first='0123456789'):
    return rng.choice(first) + ''.join(rng.choice('0123456789') for _ in range(n - 1))


def check(ok, what, value):
    if not ok:
        die(f'invalid {what}: {value!r}')
    return value


def gen_phone(rng, loc):
    prefixes, total = loc['phone']
    region = loc['region']
    for _ in range(500):
        pre = rng.choice(prefixes)
        nsn = pre + digits(rng, total - len(pre))
        if region == 'US' and (nsn[3:6] == '555' or nsn[3] in '01'):
            continue
        num = phonenumbers.parse(nsn, region) if region != 'US' else phonenumbers.parse('+1' + nsn)
        if phonenumbers.is_valid_number_for_region(num, region):
            style = rng.random()
            if style < 0.45:
                s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            elif style < 0.9:
                s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            else:
                s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            back = phonenumbers.parse(s, region)
            check(phonenumbers.is_valid_number_for_region(back, region), 'phone', s)
            return s
    die('no valid phone for ' + region)


def org_phone(rng, loc):
    """A landline of the organisation (benign: an organisation's own switchboard / office number)."""
    region = loc['region']
    cc = str(phonenumbers.country_code_for_region(region))
    for _ in range(20000):
        first = {'IT': '0', 'IL': '2348', 'DE': '2345678', 'KR': '23456'}.get(region, '123456789')
        num = phonenumbers.parse('+' + cc + digits(rng, rng.randint(8, 11), first))
        if (phonenumbers.is_valid_number_for_region(num, region) and phonenumbers.number_type(num) in (
                phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)):
            if region == 'US' and str(num.national_number)[3:6] == '555':
                continue
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return None


def gen_dob(rng, young=False):
    if young:
        y = rng.randint(2009, 2016)
    else:
        y = rng.randint(1952, 2003)
    return dt.date(y, rng.randint(1, 12), rng.randint(1, 28))


ITALIAN_TOWN_CODES = ['D150', 'G888', 'M082', 'E783', 'E507', 'H620']


def cf_part(s, first=False):
    s = re.sub('[^A-Z]', '', s.upper().replace('À', 'A').replace('È', 'E').replace('É', 'E').replace('Ì', 'I')
               .replace('Ò', 'O').replace('Ù', 'U'))
    cons = [c for c in s if c not in 'AEIOU']
    vows = [c for c in s if c in 'AEIOU']
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ''.join((cons + vows + ['X', 'X', 'X'])[:3])


def gen_id(rng, loc, kind, dob, given='', family='', female=None):
    """Return (value, entity) for the locale's own identifier."""
    if female is None:
        female = rng.random() < 0.5
    if kind == 'ssn':
        while True:
            area = rng.randint(1, 899)
            if area == 666:
                continue
            v = f'{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}'
            if ssn.is_valid(v) and v not in ('078-05-1120', '219-09-9999'):
                return v, 'ssn'
    if kind == 'nhs':
        while True:
            base = digits(rng, 9, '4')
            c = 11 - sum(int(a) * w for a, w in zip(base, range(10, 1, -1))) % 11
            c = 0 if c == 11 else c
            if c != 10:
                v = base + str(c)
                if nhs.is_valid(v):
                    return f'{v[:3]} {v[3:6]} {v[6:]}', 'HEALTH_INSURANCE'
    if kind == 'steuerid':
        for _ in range(100000):
            v = digits(rng, 11, '123456789')
            if idnr.is_valid(v):
                return (f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}' if rng.random() < 0.5 else v), 'TAX_ID'
        die('steuerid')
    if kind == 'dni':
        n = digits(rng, 8, '0123456789')
        return check(dni.is_valid(n + dni.calc_check_digit(n)), 'dni', n + dni.calc_check_digit(n)), 'NATIONAL_ID'
    if kind == 'cf':
        day = dob.day + (40 if female else 0)
        body = (cf_part(family) + cf_part(given, True) + f'{dob.year % 100:02d}' + 'ABCDEHLMPRST'[dob.month - 1]
                + f'{day:02d}' + rng.choice(ITALIAN_TOWN_CODES))
        v = body + codicefiscale.calc_check_digit(body)
        return check(codicefiscale.is_valid(v), 'codice fiscale', v), 'TAX_ID'
    if kind == 'cpf':
        n = digits(rng, 9, '123456789')
        v = n + cpf._calc_check_digits(n)
        check(cpf.is_valid(v), 'cpf', v)
        return f'{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}', 'TAX_ID'
    if kind == 'bsn':
        while True:
            v = digits(rng, 9, '123456789')
            if bsn.is_valid(v):
                return v, 'NATIONAL_ID'
    if kind == 'pesel':
        m = dob.month + (20 if dob.year >= 2000 else 0)
        body = f'{dob.year % 100:02d}{m:02d}{dob.day:02d}{rng.randint(0, 999):03d}{rng.choice("02468" if female else "13579")}'
        v = body + pesel.calc_check_digit(body)
        return check(pesel.is_valid(v), 'pesel', v), 'NATIONAL_ID'
    if kind == 'pnr':
        body = f'{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{rng.randint(0, 999):03d}'
        v = body[:6] + '-' + body[6:] + luhn.calc_check_digit(body)
        return check(personnummer.is_valid(v), 'personnummer', v), 'NATIONAL_ID'
    if kind == 'hetu':
        nnn = rng.randint(2, 899)
        s = f'{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}'
        c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(s + f'{nnn:03d}') % 31]
        v = s + ('A' if dob.year >= 2000 else '-') + f'{nnn:03d}' + c
        return check(hetu.is_valid(v), 'hetu', v), 'NATIONAL_ID'
    if kind == 'tckn':
        n = digits(rng, 9, '123456789')
        v = n + tckimlik.calc_check_digits(n)
        return check(tckimlik.is_valid(v), 'tckn', v), 'NATIONAL_ID'
    if kind == 'inn':
        n = f'{rng.choice(["77", "50", "35", "44", "58", "69", "40", "70"])}{digits(rng, 8)}'
        v = n + inn.calc_personal_check_digits(n)
        return check(inn.is_valid(v), 'inn', v), 'TAX_ID'
    if kind == 'amka':
        body = f'{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{digits(rng, 4)}'
        v = body + luhn.calc_check_digit(body)
        return check(amka.is_valid(v), 'amka', v), 'HEALTH_INSURANCE'
    if kind == 'mynumber':
        n = digits(rng, 11, '123456789')
        v = n + jp_in.calc_check_digit(n)
        check(jp_in.is_valid(v), 'my number', v)
        return f'{v[:4]} {v[4:8]} {v[8:]}', 'NATIONAL_ID'
    if kind == 'rrn':
        for _ in range(10000):
            g = ('4' if female else '3') if dob.year >= 2000 else ('2' if female else '1')
            v = f'{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g}{digits(rng, 6)}'
            v = v[:12]
            s = sum(int(a) * b for a, b in zip(v, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)))
            v = v + str((11 - s % 11) % 10)
            if rrn.is_valid(v):
                return v[:6] + '-' + v[6:], 'NATIONAL_ID'
        die('rrn')
    if kind == 'ric':
        body = rng.choice(['110105', '310104', '440305', '510107', '330106', '320106']) + dob.strftime('%Y%m%d') + \
            f'{rng.randint(0, 99):02d}' + rng.choice('02468' if female else '13579')
        ok = [body + c for c in '0123456789X' if ric.is_valid(body + c)]
        check(len(ok) == 1, 'ric', body)
        return ok[0], 'NATIONAL_ID'
    if kind == 'aadhaar':
        while True:
            n = digits(rng, 11, '23456789')
            v = n + verhoeff.calc_check_digit(n)
            if aadhaar.is_valid(v):
                return f'{v[:4]} {v[4:8]} {v[8:]}', 'NATIONAL_ID'
    if kind == 'pan':
        v = ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + 'P' + rng.choice('ABDGKMPRSTV') + \
            digits(rng, 4, '123456789') + rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
        return check(pan.is_valid(v), 'pan', v), 'TAX_ID'
    if kind == 'tz':
        n = digits(rng, 8, '0123')
        v = n + luhn.calc_check_digit(n)
        return check(il_idnr.is_valid(v), 'teudat zehut', v), 'NATIONAL_ID'
    if kind == 'thpin':
        n = digits(rng, 12, '1358')
        v = n + th_pin.calc_check_digit(n)
        check(th_pin.is_valid(v), 'thai pin', v)
        return f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}', 'NATIONAL_ID'
    if kind == 'rc':
        for _ in range(10000):
            m = dob.month + (50 if female else 0)
            base = f'{dob.year % 100:02d}{m:02d}{dob.day:02d}{rng.randint(0, 999):03d}'
            for c in range(10):
                v = base + str(c)
                if int(v) % 11 == 0 and rc.is_valid(v):
                    return v[:6] + '/' + v[6:], 'NATIONAL_ID'
        die('rodne cislo')
    if kind == 'run':
        n = str(rng.randint(9_000_000, 24_999_999))
        v = n + rut.calc_check_digit(n)
        check(rut.is_valid(v), 'run', v)
        return f'{int(n):,}'.replace(',', '.') + '-' + v[-1], 'NATIONAL_ID'
    if kind == 'fnr':
        for _ in range(10000):
            body = f'{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}' + (
                f'{rng.randint(0, 499):03d}' if dob.year < 2000 else f'{rng.randint(500, 999):03d}')
            try:
                c1 = fodselsnummer.calc_check_digit1(body)
                c2 = fodselsnummer.calc_check_digit2(body + c1)
            except Exception:
                continue
            v = body + c1 + c2
            if len(v) == 11 and fodselsnummer.is_valid(v):
                return v, 'NATIONAL_ID'
        die('fnr')
    die('unknown id kind ' + str(kind))


TEST_CARDS = {'4111111111111111', '4242424242424242', '5555555555554444', '4012888888881881', '378282246310005',
              '5105105105105100', '4000056655665556', '4000000000000002'}


def gen_card(rng):
    while True:
        kind = rng.random()
        if kind < 0.5:
            body = '4' + digits(rng, 14)
        elif kind < 0.85:
            body = rng.choice(['51', '52', '53', '54', '55']) + digits(rng, 13)
        else:
            body = rng.choice(['34', '37']) + digits(rng, 12)
            v = body + luhn.calc_check_digit(body)
            if v not in TEST_CARDS and luhn.is_valid(v):
                return f'{v[:4]} {v[4:10]} {v[10:]}'
            continue
        v = body + luhn.calc_check_digit(body)
        if v not in TEST_CARDS and luhn.is_valid(v) and len(set(v[6:15])) > 3:
            return ' '.join(v[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.7 else v


def gen_iban(rng, country):
    for _ in range(10000):
        if country == 'DE':
            bban = digits(rng, 8, '1234567') + digits(rng, 10)
        elif country == 'NL':
            bban = rng.choice(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO']) + digits(rng, 10, '0123456789')
        elif country == 'FR':
            bank, branch, acct = digits(rng, 5, '1234'), digits(rng, 5), digits(rng, 11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
            bban = bank + branch + acct + f'{key:02d}'
        elif country == 'ES':
            from stdnum.es import ccc
            bank, office, acct = digits(rng, 4, '0123'), digits(rng, 4), digits(rng, 10)
            cd = ccc.calc_check_digits(bank + office + '00' + acct)
            bban = bank + office + cd + acct
        elif country == 'PL':
            bban = digits(rng, 24, '1')
        elif country == 'FI':
            bban = digits(rng, 14, '1234568')
        else:
            die('iban country ' + country)
        v = country + std_iban.calc_check_digits(country + '00' + bban) + bban
        if std_iban.is_valid(v):
            return ' '.join(v[i:i + 4] for i in range(0, len(v), 4)) if rng.random() < 0.6 else v
    die('iban ' + country)


IBAN_REGISTRY_EXAMPLES = ['DE89 3704 0044 0532 0130 00', 'GB29 NWBK 6016 1331 9268 19', 'NL91 ABNA 0417 1643 00',
                          'FR14 2004 1010 0505 0001 3M02 606', 'ES91 2100 0418 4502 0005 1332',
                          'FI21 1234 5600 0007 85', 'PL61 1090 1014 0000 0712 1981 2874']


def gen_us_bank(rng):
    while True:
        n = rng.choice(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26',
                        '31']) + digits(rng, 6)
        v = n + rtn.calc_check_digit(n)
        if rtn.is_valid(v):
            return v, digits(rng, rng.choice([9, 10, 11, 12]), '123456789')


DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]


def gen_ip(rng):
    while True:
        if rng.random() < 0.85:
            v = '.'.join(str(rng.randint(1, 223) if i == 0 else rng.randint(0, 255)) for i in range(4))
        else:
            v = f'2a0{rng.randint(1, 9)}:{rng.randint(0x100, 0xfff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xffff):x}'
        a = ipaddress.ip_address(v)
        if a.is_global and not any(a in n for n in DOC_NETS if n.version == a.version) and not a.is_multicast:
            return v


def icao(s):
    vals = {**{str(i): i for i in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, '<': 0}
    return str(sum(vals[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def gen_passport(rng, region):
    fmt = {'US': lambda: digits(rng, 9, '56'), 'GB': lambda: digits(rng, 9, '1256'),
           'DE': lambda: 'C' + ''.join(rng.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8)),
           'FR': lambda: digits(rng, 2, '12') + rng.choice('ABCDEFGH') + rng.choice('KLMNPRST') + digits(rng, 5),
           'IN': lambda: rng.choice('JKLMNPRSTUVWZ') + digits(rng, 7, '123456789'),
           'CN': lambda: 'E' + digits(rng, 8, '123456789'),
           'JP': lambda: 'T' + rng.choice('KRSTZ') + digits(rng, 7),
           'BR': lambda: rng.choice(['FX', 'GA', 'YB']) + digits(rng, 6, '123456789'),
           'EG': lambda: 'A' + digits(rng, 8, '123456789'),
           'TR': lambda: 'U' + digits(rng, 8, '123456789'),
           'KR': lambda: 'M' + digits(rng, 8, '123456789'),
           'TH': lambda: 'AA' + digits(rng, 7, '123456789'),
           'UA': lambda: 'FF' + digits(rng, 6, '123456789')}
    generic = lambda: ''.join(rng.choice('ABCEFHKLMNPRSTVXYZ') for _ in range(2)) + digits(rng, 7, '123456789')
    v = fmt.get(region, generic)()
    check(re.fullmatch(r'[A-Z0-9]{8,9}', v) is not None, 'passport', v)
    return v


ISO3 = {'US': 'USA', 'GB': 'GBR', 'DE': 'D<<', 'FR': 'FRA', 'IN': 'IND', 'CN': 'CHN', 'JP': 'JPN', 'BR': 'BRA',
        'EG': 'EGY', 'TR': 'TUR', 'KR': 'KOR', 'TH': 'THA', 'UA': 'UKR', 'NO': 'NOR', 'SE': 'SWE', 'FI': 'FIN',
        'NL': 'NLD', 'PL': 'POL', 'CZ': 'CZE', 'GR': 'GRC', 'IL': 'ISR', 'CL': 'CHL', 'ES': 'ESP', 'IT': 'ITA',
        'RU': 'RUS'}


def gen_dl(rng):
    state, v = rng.choice([('CA', lambda: rng.choice('ABDFGNY') + digits(rng, 7)),
                           ('NY', lambda: digits(rng, 9, '123456789')),
                           ('FL', lambda: rng.choice('BGHKMRSW') + digits(rng, 12)),
                           ('TX', lambda: digits(rng, 8, '1234')),
                           ('IL', lambda: rng.choice('BDHKLMRS') + digits(rng, 11))])
    v = v()
    check(re.fullmatch(r'[A-Z]?\d{7,12}', v) is not None, 'driver licence', v)
    return state, v


def gen_mrn(rng):
    v = rng.choice(['', 'H', 'MR']) + digits(rng, rng.choice([7, 8]), '123456789')
    return check(re.fullmatch(r'(H|MR)?\d{7,8}', v) is not None and v, 'mrn', v)


# ---------------------------------------------------------------------------------------------------------------
# People, addresses and the per-record issue list
# ---------------------------------------------------------------------------------------------------------------
GENDERED = {'ru-RU', 'pl-PL', 'cs-CZ', 'el-GR'}
FOLD = str.maketrans({'ł': 'l', 'ø': 'o', 'ß': 'ss', 'ı': 'i', 'đ': 'd', 'æ': 'ae', 'œ': 'oe', 'Ł': 'L', 'Ø': 'O'})


def ascii_fold(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s.translate(FOLD))
    return ''.join(c for c in s if ord(c) < 128)


class Ctx:
    def __init__(self, rng, code):
        self.rng, self.code, self.loc = rng, code, LOCALES[code]
        self.L = self.loc['L']
        self.issued = []  # (value, entity)

    def issue(self, value, entity):
        self.issued.append((str(value), entity))
        return value

    def pick(self, seq):
        return self.rng.choice(seq)

    def town(self):
        t, pc = self.pick(self.loc['towns'])
        return t, pc

    def address(self):
        rng, loc = self.rng, self.loc
        street = self.pick(loc['streets']).format(self.pick(loc['street_names']))
        town, pc = self.town()
        return loc['addr'].format(n=rng.randint(1, 148), k=rng.randint(1, 9), m=rng.randint(101, 1804),
                                  K=rng.choice('ABC') + ' ' + str(rng.randint(1, 40)), street=street, town=town,
                                  pc=pc).replace(' ,', ',').strip()

    def person(self, young=False, female=None):
        rng, loc, code = self.rng, self.loc, self.code
        if female is None:
            female = rng.random() < 0.5
        par = 0 if female else 1
        gs = [g for g in loc['given'] if g[1] % 2 == par]
        if len(gs) < 3:  # too few of one form left after the cut: draw from all, the form follows the name
            gs = loc['given']
        g, gi = rng.choice(gs)
        female = gi % 2 == 0
        par = gi % 2
        fs = loc['family']
        if code in GENDERED:
            fs = [f for f in fs if f[1] % 2 == par] or fs
        f = rng.choice(fs)[0]
        order = loc['order']
        if order == 'gf':
            name = f'{g} {f}'
        elif order == 'gf2':
            f2 = rng.choice([x for x in loc['family'] if x[0] != f])[0]
            name = f'{g} {f} {f2}'
        elif order == 'fg':
            name = f'{f} {g}'
        else:
            name = f'{f}{g}' if code != 'ja-JP' or rng.random() < 0.6 else f'{f} {g}'
        d = gen_dob(rng, young)
        p = dict(name=name, given=g, family=f, female=female, dob_date=d, dob=d.strftime(loc['date']))
        p['tel'] = gen_phone(rng, loc)
        if code in ROMAN:
            local = rng.choice(ROMAN[code]) + rng.choice(['', '.', '_']) + rng.choice(HANDLES + ['']) + str(
                rng.randint(1, 99) if rng.random() < 0.7 else d.year)
        else:
            gg, ff = ascii_fold(g).lower(), ascii_fold(f).lower().replace(' ', '')
            local = rng.choice([f'{gg}.{ff}', f'{gg[0]}{ff}', f'{gg}{ff[:3]}{d.year % 100:02d}', f'{ff}.{gg}',
                                f'{gg}_{rng.choice(HANDLES)}', f'{gg}{ff}{rng.randint(1, 99)}'])
        p['mail'] = local.strip('._') + '@' + rng.choice(loc['mail'])
        p['addr'] = self.address()
        p['id'] = gen_id(rng, loc, loc['id'], d, g, f, female) if loc['id'] else None
        p['iban'] = gen_iban(rng, loc['iban']) if loc['iban'] else None
        self.issue(p['name'], 'person')
        self.issue(p['dob'], 'DATE_OF_BIRTH')
        self.issue(p['tel'], 'phone')
        self.issue(p['mail'], 'email')
        self.issue(p['addr'], 'STREET_ADDRESS')
        if p['id']:
            self.issue(p['id'][0], p['id'][1])
        if p['iban']:
            self.issue(p['iban'], 'iban')
        return p

    def org_phone(self):
        v = org_phone(self.rng, self.loc)
        return v or '+1 212 555 0100'


def md_table(header, rows):
    out = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
    out += ['| ' + ' | '.join(str(c) for c in r) + ' |' for r in rows]
    return '\n'.join(out)


def csv_table(header, rows, sep=','):
    def q(c):
        c = str(c)
        return f'"{c}"' if (sep in c or '"' in c) else c
    return '\n'.join(sep.join(q(c) for c in r) for r in [header] + rows)


def table(ctx, header, rows):
    r = ctx.rng.random()
    if r < 0.4:
        return md_table(header, rows)
    if r < 0.75:
        return csv_table(header, rows, ctx.rng.choice([',', ';']))
    return csv_table(header, rows, '\t')


def card(ctx, pairs):
    sep = ctx.pick([': ', ': ', ' - ', ' = ', ':\t'])
    return '\n'.join(f'{k}{sep}{v}' for k, v in pairs)


# ---------------------------------------------------------------------------------------------------------------
# Public people, eponyms and organisation words (pooled, cut against the other generators' words)
# ---------------------------------------------------------------------------------------------------------------
POOLS = dict(
    athletes=['Eliud Kipchoge', 'Brigid Kosgei', 'Kenenisa Bekele', 'Tigst Assefa', 'Sifan Hassan',
              'Paula Radcliffe', 'Haile Gebrselassie', 'Peres Jepchirchir', 'Jakob Ingebrigtsen', 'Faith Kipyegon',
              'Courtney Dauwalter', 'Kilian Jornet', 'Jan Frodeno', 'Lucy Charles-Barclay', 'Almaz Ayana',
              'Hellen Obiri', 'Sisay Lemma', 'Yomif Kejelcha', 'Ruth Chepngetich', 'Benson Kipruto'],
    eponyms=['Pierre de Coubertin', 'Emil Zátopek', 'Abebe Bikila', 'Jesse Owens', 'Fanny Blankers-Koen',
             'Paavo Nurmi', 'Grete Waitz', 'Spyridon Louis', 'Dorando Pietri', 'Kitei Son', 'Lasse Virén',
             'Zatopek', 'Nurmi', 'Bikila', 'Coubertin'],
    speakers=['Tim Berners-Lee', 'Fei-Fei Li', 'Margrethe Vestager', 'Linus Torvalds', 'Yann LeCun',
              'Demis Hassabis', 'Katalin Karikó', 'Yuval Noah Harari', 'Christiane Amanpour', 'Mariana Mazzucato',
              'Esther Duflo', 'Guido van Rossum', 'Radia Perlman', 'Joy Buolamwini', 'Andrew Ng'],
    composers=['Barbara Strozzi', 'Francesca Caccini', 'Carlo Gesualdo', 'Orlande de Lassus', 'Dietrich Buxtehude',
               'Josef Rheinberger', 'Healey Willan', 'Cyrillus Kreek', 'Veljo Tormis', 'Rihards Dubra', 'Ēriks Ešenvalds',
               'Urmas Sisask', 'Knut Nystedt', 'Egil Hovland', 'Johann Sebastian Bach', 'Hildegard von Bingen', 'Clara Schumann', 'Antonín Dvořák',
               'Fanny Mendelssohn', 'Jean Sibelius', 'Edvard Grieg', 'Ralph Vaughan Williams', 'Arvo Pärt',
               'Tomás Luis de Victoria', 'Sergei Rachmaninoff', 'Lili Boulanger', 'Zoltán Kodály', 'Heinrich Schütz',
               'Gabriel Fauré', 'Ola Gjeilo', 'Eric Whitacre', 'Pavel Chesnokov', 'Thomas Tallis', 'Josquin des Prez'],
    performers=['Magdalena Kožená', 'Andreas Scholl', 'Isabelle Faust', 'Truls Mørk', 'Leif Ove Andsnes',
                'Mitsuko Uchida', 'Daniil Trifonov', 'Nemanja Radulović', 'Patricia Kopatchinskaja', 'Avi Avital',
                'Jakub Józef Orliński', 'Kristian Bezuidenhout', 'Yo-Yo Ma', 'Cecilia Bartoli', 'Anne-Sophie Mutter', 'Jonas Kaufmann', 'Hilary Hahn', 'Lang Lang',
                'Víkingur Ólafsson', 'Jordi Savall', 'Sheku Kanneh-Mason', 'Yuja Wang', 'Philippe Jaroussky',
                'Sol Gabetta', 'Martin Fröst', 'Khatia Buniatishvili'],
    halls=['Carnegie Hall', 'Sibelius Hall', 'Smetana Hall', 'Wigmore Hall', 'Salle Pleyel', 'Dvořák Hall',
           'Grieghallen', 'Tivoli Vredenburg', 'Rudolfinum', 'Palau de la Música', 'Musikverein', 'Konzerthaus'],
    saints=['Hildegard of Bingen', 'Francis of Assisi', 'Maimonides', 'Rumi', 'Teresa of Ávila', 'Martin Luther',
            'John Wesley', 'Ignatius of Loyola', 'Rabbi Akiva', 'Al-Ghazali', 'Cyril and Methodius',
            'Sergius of Radonezh', 'Bridget of Sweden', 'Nicholas of Myra', 'Hillel the Elder', 'Ibn Arabi'],
    chess=['José Raúl Capablanca', 'Mikhail Tal', 'Judit Polgár', 'Magnus Carlsen', 'Vera Menchik',
           'Aron Nimzowitsch', 'Tigran Petrosian', 'Hou Yifan', 'Viswanathan Anand', 'Akiba Rubinstein',
           'Paul Morphy', 'Emanuel Lasker'],
    hobby_eponyms=['Rowland Hill', 'John James Audubon', 'Caroline Herschel', 'Edwin Hubble', 'George Stephenson',
                   'Charles Messier', 'Carl Linnaeus', 'Maria Sibylla Merian', 'Gregor Mendel', 'Mary Anning'],
)

ORG = {
    'race_entry': (['Half Marathon', 'City Marathon', 'Trail 25K', 'Night Run 10K', 'Sprint Triathlon',
                    'Ultra 80K', 'Relay 4x5K'], 'entries', ['runfest', 'trailseries', 'citymarathon', 'tri-club',
                                                             'nightrun', 'ultratrail']),
    'sports_club': (['Rowing Club', 'Athletic Club', 'Fitness Studio', 'Swim Club', 'Climbing Gym', 'Tennis Club',
                     'Judo Club'], 'office', ['rowingclub', 'athletics-club', 'fitstudio', 'swimclub', 'boulderhall',
                                              'tennisclub']),
    'wedding_guests': (['Manor', 'Vineyard Estate', 'Boathouse', 'Orangery', 'Country House', 'Barn Venue'],
                       'events', ['manor-weddings', 'vineyard-events', 'boathouse-venue', 'orangery', 'barnvenue']),
    'conference_badge': (['DevSummit', 'Open Data Days', 'Health Informatics Forum', 'Logistics Expo',
                          'Civic Tech Camp', 'Robotics Week'], 'registration', ['devsummit', 'opendatadays',
                                                                                'hif-conf', 'logiexpo', 'civictech']),
    'volunteer_roster': (['Food Bank', 'Festival Crew', 'Park Clean-up', 'Marathon Aid Stations', 'Refugee Welcome Desk',
                          'Library Reading Buddies'], 'volunteers', ['foodbank', 'festivalcrew', 'parkfriends',
                                                                     'welcome-desk', 'readingbuddies']),
    'faith_community': (['Parish', 'Congregation', 'Mosque Community', 'Synagogue Community', 'Temple Society',
                         'Community Centre'], 'office', ['parish-office', 'congregation', 'community-centre',
                                                         'templesociety', 'kehilla']),
    'choir_band': (['Chamber Choir', 'Brass Band', 'Youth Orchestra', 'Gospel Choir', 'Big Band', 'Folk Ensemble'],
                   'info', ['chamberchoir', 'brassband', 'youthorchestra', 'gospelchoir', 'bigband']),
    'ticket_transfer': (['Arena', 'Stadium', 'Open Air', 'Concert Hall', 'Comedy Club', 'Festival'], 'tickets',
                        ['arena-tickets', 'stadium-box', 'openair-fest', 'tix-hub', 'festival-tix']),
    'coworking': (['Coworking Loft', 'Hub', 'Desk Collective', 'Maker Space', 'Studio Commons'], 'hello',
                  ['loftwork', 'deskcollective', 'makerspace', 'studiocommons', 'hubspace']),
    'hobby_society': (['Philatelic Society', 'Chess Club', 'Birdwatchers', 'Model Railway Club', 'Astronomy Society',
                       'Beekeepers Association', 'Quilting Guild'], 'secretary', ['philately', 'chessclub',
                                                                                 'birders', 'modelrail', 'astro',
                                                                                 'beekeepers', 'quiltguild']),
}
KINDS = list(ORG)


def cut_pools():
    for k, v in POOLS.items():
        POOLS[k] = clean_pool(k, v)


def town_word(ctx):
    t = ctx.town()[0]
    for pre in ('г. ', 'м. '):
        t = t.replace(pre, '')
    return re.split(r'[,\-]', t)[0].strip()


def org(ctx, kind):
    suffixes, role, slugs = ORG[kind]
    tw = town_word(ctx)
    name = f'{tw} {ctx.pick(suffixes)}'
    dom = ctx.pick(slugs) + '-' + ascii_fold(tw).lower().replace(' ', '')[:8] + ctx.pick(
        ['.org', '.org', '.com', '.net', '.club', '.events'])
    dom = re.sub(r'-\.', '.', dom)
    if dom.split('.')[0].endswith('-'):
        dom = dom.replace('-.', '.')
    return dict(name=name, mail=f'{role}@{dom}', phone=ctx.org_phone(), dom=dom)


def ticket_no(rng, prefix='TKT'):
    return f'{prefix}-{rng.randint(10, 99)}{rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")}{rng.randint(1000, 99999)}'


def hexid(rng, n=12):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


# ---------------------------------------------------------------------------------------------------------------
# Kind-specific non-personal extras and asks
# ---------------------------------------------------------------------------------------------------------------
def extras(ctx, kind):
    r = ctx.rng
    if kind == 'race_entry':
        return [('Bib', str(r.randint(101, 9899))), ('Wave', r.choice('ABCDEF')),
                ('T-shirt', r.choice(['XS', 'S', 'M', 'L', 'XL'])), ('Target time', f'{r.randint(1, 4)}:{r.randint(0, 59):02d}')]
    if kind == 'sports_club':
        return [('Member no.', f'M-{r.randint(1000, 9999)}'), ('Tier', r.choice(['Adult', 'Student', 'Family', 'Off-peak'])),
                ('Start', f'2027-0{r.randint(1, 9)}-01')]
    if kind == 'wedding_guests':
        return [('Table', str(r.randint(1, 18))), ('Menu', r.choice(['fish', 'vegetarian', 'vegan', 'beef', 'kids'])),
                ('Plus one', r.choice(['yes', 'no']))]
    if kind == 'conference_badge':
        return [('Badge', r.choice(['Attendee', 'Speaker', 'Sponsor', 'Press', 'Volunteer'])),
                ('Ticket', ticket_no(r, 'REG')), ('Workshop', r.choice(['W1', 'W2', 'W3', 'none']))]
    if kind == 'volunteer_roster':
        return [('Shift', r.choice(['06:00-10:00', '10:00-14:00', '14:00-18:00', '18:00-22:00'])),
                ('Station', r.choice(['Aid 1', 'Aid 2', 'Info tent', 'Sorting', 'Parking', 'Kitchen'])),
                ('Hi-vis', r.choice(['M', 'L', 'XL']))]
    if kind == 'faith_community':
        return [('Group', r.choice(['choir', 'youth', 'elders', 'food pantry', 'study circle'])),
                ('Visit day', r.choice(['Mon', 'Tue', 'Thu', 'Sat']))]
    if kind == 'choir_band':
        return [('Part', r.choice(['S1', 'S2', 'A1', 'A2', 'T', 'B1', 'B2', 'Trumpet 2', 'Tuba', 'Alto sax'])),
                ('Folder', str(r.randint(1, 60)))]
    if kind == 'ticket_transfer':
        return [('Order', ticket_no(r, 'ORD')), ('Seat', f'Block {r.choice("ABCDEFGH")} / Row {r.randint(1, 40)} / Seat {r.randint(1, 30)}'),
                ('Event date', f'2027-0{r.randint(1, 9)}-{r.randint(10, 28)}')]
    if kind == 'coworking':
        return [('Plan', r.choice(['Hot desk', 'Fixed desk', 'Private office 2p', 'Virtual office'])),
                ('Access card', f'{r.randint(100000, 999999)}'), ('Start', f'2027-0{r.randint(1, 9)}-01')]
    return [('Member since', str(r.randint(1998, 2026))),
            ('Section', r.choice(['Europe 1850-1950', 'rapid', 'waders', 'H0 scale', 'deep sky', 'apiary B'])),
            ('Newsletter', r.choice(['post', 'email']))]


PII_FIELDS = {  # which personal fields a card / roster of this kind carries
    'race_entry': ['name', 'dob', 'tel', 'mail', 'ice'],
    'sports_club': ['name', 'dob', 'addr', 'mail', 'tel'],
    'wedding_guests': ['name', 'addr', 'tel'],
    'conference_badge': ['name', 'mail', 'tel'],
    'volunteer_roster': ['name', 'tel', 'dob'],
    'faith_community': ['name', 'addr', 'tel'],
    'choir_band': ['name', 'tel', 'mail'],
    'ticket_transfer': ['name', 'mail', 'tel'],
    'coworking': ['name', 'addr', 'mail', 'id'],
    'hobby_society': ['name', 'addr', 'mail', 'dob'],
}

ASKS = {
    'race_entry': ['check these entries for missing fields before the start list goes out',
                   'write the confirmation email for this entry', 'which age category does each runner fall into?',
                   'convert to the timing company\'s JSON import format'],
    'sports_club': ['enter this new member into the club database format', 'draft the welcome email',
                    'is anything missing for the direct debit?', 'summarise the changes for the board'],
    'wedding_guests': ['make a seating plan from this', 'write the address labels for the invitations',
                       'who still has not RSVPed?', 'draft a thank-you note template for these guests'],
    'conference_badge': ['prepare the badge print file', 'draft the visa invitation letter',
                         'dedupe the registrations', 'write a reply confirming the badge change'],
    'volunteer_roster': ['build next week\'s shift rota', 'send everyone a reminder text (draft)',
                         'check who is missing a background check', 'who can cover the early shift?'],
    'faith_community': ['draft a short note for the visiting team', 'prepare the annual donation receipts',
                        'make the birthday list for the newsletter', 'summarise for the council meeting'],
    'choir_band': ['make a contact sheet by voice part', 'prepare the rooming list for the tour',
                   'write the reminder about the fees', 'sort by section'],
    'ticket_transfer': ['can this transfer go through?', 'draft a reply to the customer',
                        'review this for fraud signals', 'summarise the case for the box office'],
    'coworking': ['create the monthly invoice', 'draft the membership agreement cover note',
                  'summarise the access log for the manager', 'set up the member in the billing tool'],
    'hobby_society': ['make mailing labels for the newsletter', 'draft the renewal reminder',
                      'welcome the new member (draft)', 'update the member list format'],
}
GENERIC_ASKS = ['extract this into JSON', 'translate to English, keep the layout', 'put this in a table',
                'proofread', 'summarise in two lines']


def ask(ctx, kind):
    r = ctx.rng.random()
    if r < 0.2:
        return ctx.L['fmt']
    if r < 0.35:
        return ctx.pick(GENERIC_ASKS)
    return ctx.pick(ASKS[kind])


def pii_pairs(ctx, p, keys):
    L = ctx.L
    out = []
    for k in keys:
        if k == 'name':
            out.append((L['name'], p['name']))
        elif k == 'dob':
            out.append((L['dob'], p['dob']))
        elif k == 'tel':
            out.append((L['tel'], p['tel']))
        elif k == 'mail':
            out.append((L['mail'], p['mail']))
        elif k == 'addr':
            out.append((L['addr'], p['addr']))
        elif k == 'id' and p['id']:
            out.append((L['idl'], p['id'][0]))
        elif k == 'ice':
            q = ctx.person()
            out.append((L['ice'], f"{q['name']} {q['tel']}"))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Sensitive documents.  Each returns dict(text, fields, ask, sys, fname, ref, variant).
# ---------------------------------------------------------------------------------------------------------------
SYS = {
    'race_entry': 'You help the race office of a running event with entries and participant mail.',
    'sports_club': 'You are the membership assistant of an amateur sports club. Be concise.',
    'wedding_guests': 'You help a couple and their wedding planner with guest logistics.',
    'conference_badge': 'You are the registration assistant for a professional conference.',
    'volunteer_roster': 'You coordinate volunteers for a non-profit. Keep messages friendly and short.',
    'faith_community': 'You assist the office of a local faith community with administration.',
    'choir_band': 'You help the committee of an amateur music ensemble.',
    'ticket_transfer': 'You are a support agent for a ticketing platform. Follow the transfer policy.',
    'coworking': 'You are the community manager assistant of a co-working space.',
    'hobby_society': 'You help the volunteer secretary of a hobby association.',
}


def doc(ctx, kind, text, fields, variant, a=None, fname=None, ref=None):
    return dict(text=text, fields=fields, ask=a or ask(ctx, kind), sys=SYS[kind], variant=variant,
                fname=fname or f'{kind}_{ctx.rng.randint(1, 99):02d}.{ctx.pick(["csv", "txt"])}',
                ref=ref or ticket_no(ctx.rng, 'REF'))


def s_card(ctx, kind):
    o = org(ctx, kind)
    p = ctx.person(young=(kind == 'sports_club' and ctx.rng.random() < 0.3))
    keys = list(PII_FIELDS[kind])
    us_ok = ctx.code != 'en-US' or kind in ('volunteer_roster', 'coworking')  # no SSN on a race or ticket form
    if ctx.rng.random() < 0.6 and p['id'] and 'id' not in keys and us_ok:
        keys.append('id')
    pairs = pii_pairs(ctx, p, keys) + extras(ctx, kind)
    if kind in ('conference_badge', 'ticket_transfer') and ctx.rng.random() < 0.35:
        pairs.append(('Signup IP', ctx.issue(gen_ip(ctx.rng), 'IP_ADDRESS')))
    head = ctx.pick([f'{o["name"]} – registration', f'New sign-up ({o["name"]})', f'Form submission: {o["name"]}'])
    text = head + '\n' + card(ctx, pairs)
    return doc(ctx, kind, text, {k: v for k, v in pairs}, 'card')


def s_roster(ctx, kind):
    o = org(ctx, kind)
    n = ctx.rng.randint(3, 6)
    keys = [k for k in PII_FIELDS[kind] if k != 'ice']
    if ctx.rng.random() < 0.5:
        keys = keys[:2]
    if ctx.loc['id'] and 'id' not in keys and kind in ('volunteer_roster', 'sports_club', 'race_entry') \
            and (ctx.code != 'en-US' or kind == 'volunteer_roster') \
            and ctx.rng.random() < 0.5:
        keys.append('id')
    ex_labels = [e[0] for e in extras(ctx, kind)]
    rows, names = [], set()
    for _ in range(n):
        for _try in range(8):  # no two rows with the same full name
            p = ctx.person(young=(kind in ('sports_club', 'choir_band') and ctx.rng.random() < 0.3))
            if p['name'] not in names:
                break
        names.add(p['name'])
        pp = pii_pairs(ctx, p, keys)
        rows.append([v for _, v in pp] + [v for _, v in extras(ctx, kind)])
    header = [k for k, _ in pii_pairs(ctx, dict(name='', dob='', tel='', mail='', addr='', id=('', '')), keys)] + ex_labels
    text = f'{o["name"]}\n' + table(ctx, header, rows)
    return doc(ctx, kind, text, {'rows': [dict(zip(header, r)) for r in rows]}, 'roster',
               fname=f'{kind}_list.csv')


MESSAGES = {
    'race_entry': ['Hi, this is {name}, bib {bib}. I can\'t run on Sunday after all – can you move my entry to next year? '
                   'You can reach me on {tel}.',
                   'Hello, I registered my daughter {cname} (born {cdob}) for the kids\' 2K but the confirmation shows the '
                   'wrong birth year. My number is {tel}. Thanks, {name}'],
    'sports_club': ['Dear club office, I am moving to {addr} next month, please update my membership. {name}, tel. {tel}',
                    'Hi, I\'d like to sign up my son {cname} (DOB {cdob}) for the junior squad. Best, {name} – {mail}'],
    'wedding_guests': ['Hi it\'s {name}! We\'d love to come, it\'ll be me plus one. Please send the invite to our new place: '
                       '{addr}. My number changed too: {tel}',
                       'So sorry, {name} can\'t make it after all – family stuff. Could you still send the photos link to {mail}?'],
    'conference_badge': ['Hi, I\'m {name}. My badge says the wrong company – could you reprint it? Please reply to my personal '
                         'address {mail}, I\'m off work email this week. Phone: {tel}',
                         'Registration question from {name} ({mail}): can I swap my workshop to W3?'],
    'volunteer_roster': ['Hey, {name} here – I can do the early shift on Saturday, call me on {tel} if plans change.',
                         'Hi, I\'m new! {name}, born {dob}, happy to help in the kitchen. My mobile is {tel}.'],
    'faith_community': ['Please add {name} to the visiting list, she is recovering from hip surgery at home, {addr}. '
                        'Her son can be reached on {tel}.',
                        'Could the youth group contact {name} about the summer camp? Email {mail}, mobile {tel}.'],
    'choir_band': ['Hi all, {name} here (second alto). New phone number: {tel}. Also please use {mail} for the rehearsal list.',
                   'I\'d like to audition for the band – I play trombone. {name}, {tel}, {mail}'],
    'ticket_transfer': ['Hi, I\'m {name}. I bought two tickets with my card {card} but can\'t go – please transfer them to my '
                        'friend {name2}, {mail2}. My email is {mail}.',
                        'My name is {name}, phone {tel}. The app says my ticket was transferred to someone else but I never did that!'],
    'coworking': ['Hi, {name} here – I\'m switching from hot desk to fixed desk from next month. Please invoice to {addr}. Thanks!',
                  'Hello, could you forward my post to my home address ({addr})? I\'m working remotely until March. – {name}, {tel}'],
    'hobby_society': ['Dear secretary, I\'d like to join. {name}, born {dob}, {addr}. Email: {mail}',
                      'Please note my new address for the newsletter: {name}, {addr}.'],
}


LOCAL_MESSAGES = {  # the person writes in the data language (kind-neutral)
    'de-DE': ['Hallo, hier ist {name}. Ich habe eine neue Handynummer: {tel}. Bitte auch die Adresse ändern: {addr}. Danke!',
              'Guten Tag, ich möchte mich abmelden. {name}, geb. {dob}. Bestätigung bitte an {mail}.'],
    'fr-FR': ['Bonjour, c\'est {name}. Mon nouveau numéro : {tel}. Merci de mettre à jour mon adresse : {addr}.',
              'Bonjour, je voudrais inscrire ma fille {cname}, née le {cdob}. Vous pouvez me joindre au {tel}.'],
    'es-ES': ['Hola, soy {name}. Cambié de móvil: {tel}. Mi nueva dirección es {addr}. ¡Gracias!',
              'Buenas, quiero apuntar a mi hijo {cname} (nacido el {cdob}). Mi correo: {mail}'],
    'it-IT': ['Ciao, sono {name}. Nuovo numero: {tel}, nuovo indirizzo: {addr}. Grazie!',
              'Buongiorno, vorrei iscrivere mio figlio {cname}, nato il {cdob}. Scrivetemi a {mail}.'],
    'pt-BR': ['Oi, aqui é {name}. Meu celular novo é {tel}. Endereço: {addr}. Obrigado!',
              'Olá! Quero inscrever minha filha {cname} (nascida em {cdob}). Meu e-mail: {mail}'],
    'nl-NL': ['Hoi, met {name}. Mijn nieuwe nummer is {tel} en ik woon nu op {addr}.',
              'Goedemiddag, ik wil mijn zoon {cname} (geboren {cdob}) aanmelden. Mail: {mail}'],
    'pl-PL': ['Dzień dobry, tu {name}. Mój nowy numer to {tel}, adres: {addr}. Pozdrawiam!',
              'Chciałabym zapisać córkę {cname}, ur. {cdob}. Kontakt: {mail}'],
    'ru-RU': ['Здравствуйте, это {name}. Мой новый номер {tel}, адрес: {addr}. Спасибо!',
              'Добрый день! Хочу записать дочь {cname}, дата рождения {cdob}. Почта для связи: {mail}'],
    'uk-UA': ['Доброго дня, це {name}. Мій новий номер {tel}, адреса: {addr}. Дякую!'],
    'ja-JP': ['お世話になっております。{name}です。携帯番号が{tel}に変わりました。住所は{addr}です。',
              '子どもの{cname}（{cdob}生まれ）を申し込みたいです。連絡先：{mail}'],
    'zh-CN': ['你好，我是{name}。我的新手机号是{tel}，地址：{addr}。谢谢！',
              '您好，我想给孩子{cname}（{cdob}出生）报名，我的邮箱是{mail}。'],
    'ko-KR': ['안녕하세요, {name}입니다. 휴대폰 번호가 {tel}(으)로 바뀌었어요. 주소: {addr}',
              '아이 {cname}({cdob}생) 신청하고 싶어요. 연락은 {mail}로 주세요.'],
    'tr-TR': ['Merhaba, ben {name}. Yeni numaram {tel}, adresim: {addr}. Teşekkürler!'],
    'el-GR': ['Γεια σας, είμαι ο/η {name}. Νέο κινητό: {tel}. Διεύθυνση: {addr}.'],
    'ar-EG': ['السلام عليكم، أنا {name}. رقمي الجديد {tel} والعنوان: {addr}. شكراً'],
    'he-IL': ['שלום, כאן {name}. המספר החדש שלי {tel}, הכתובת: {addr}. תודה!'],
    'hi-IN': ['नमस्ते, मैं {name} हूँ। मेरा नया नंबर {tel} है, पता: {addr}। धन्यवाद!'],
    'cs-CZ': ['Dobrý den, tady {name}. Nové číslo: {tel}, adresa: {addr}. Děkuji!'],
    'sv-SE': ['Hej, det är {name}. Mitt nya nummer är {tel} och adressen {addr}.'],
    'fi-FI': ['Hei, täällä {name}. Uusi numeroni on {tel}, osoite {addr}.'],
    'nb-NO': ['Hei, dette er {name}. Nytt nummer: {tel}, adresse: {addr}.'],
    'th-TH': ['สวัสดีค่ะ {name} นะคะ เบอร์ใหม่ {tel} ที่อยู่ {addr}'],
    'es-CL': ['Hola, soy {name}. Mi celular nuevo es {tel} y vivo en {addr}.'],
}


def s_message(ctx, kind):
    p = ctx.person()
    c = ctx.person(young=True)
    q = ctx.person()
    t = ctx.pick(MESSAGES[kind])
    if ctx.code in LOCAL_MESSAGES and ctx.rng.random() < 0.55:
        t = ctx.pick(LOCAL_MESSAGES[ctx.code])
    card_no = ctx.issue(gen_card(ctx.rng), 'credit_card') if '{card}' in t else ''
    text = t.format(name=p['name'], tel=p['tel'], mail=p['mail'], addr=p['addr'], dob=p['dob'],
                    bib=ctx.rng.randint(100, 9999), cname=c['name'], cdob=c['dob'], name2=q['name'], mail2=q['mail'],
                    card=card_no)
    return doc(ctx, kind, text, {'from': p['name'], 'body': text}, 'message')


LOGISTICS = {
    'race_entry': 'Bib pick-up Friday 14–20 h at the expo; bag drop closes 20 minutes before your wave.',
    'sports_club': 'Training moves to the small hall in the holidays; bring indoor shoes and a padlock.',
    'wedding_guests': 'Shuttle leaves the hotel at 13:15; the barn has no phone signal behind the orchard.',
    'conference_badge': 'Badge desk opens 08:00 in the foyer; lanyards are colour-coded by ticket type.',
    'volunteer_roster': 'Sign in at the blue gazebo, collect your hi-vis and radio, sign out at the end.',
    'faith_community': 'The side door is open from 18:30; the hall kitchen is booked until 21:00.',
    'choir_band': 'Warm-up in room 2 at 18:45, black concert dress, folders stay in the cupboard.',
    'ticket_transfer': 'Doors 19:00, no bags larger than A4, tickets are scanned from the app only.',
    'coworking': 'Front desk staffed 9–17; after hours use your access card at the side entrance.',
    'hobby_society': 'Club night every second Tuesday, 19:30, upstairs room; bring your own tea mug.',
}


def s_incidental(ctx, kind):
    """One personal item in otherwise organisational text: a given name with a relation cue, or a private number."""
    o = org(ctx, kind)
    p = ctx.person()
    ex = extras(ctx, kind)
    info = '\n'.join(f'{k}: {v}' for k, v in ex)
    r = ctx.rng.random()
    if r < 0.4:
        line = f'If the gate is locked call my wife {ctx.issue(p["given"], "person")} on {p["tel"]}.'
    elif r < 0.7:
        line = f'(private mobile for day-of questions: {p["tel"]})'
    else:
        line = f'cc my personal inbox {p["mail"]} please'
    text = (f'{o["name"]} – logistics\nOffice: {o["phone"]} · {o["mail"]}\n{info}\n'
            f'{LOGISTICS[kind]}\n{line}')
    return doc(ctx, kind, text, {'notes': text}, 'incidental')


def mrz_line(ctx, p, passport, region):
    nat = ISO3[region]
    d = p['dob_date'].strftime('%y%m%d')
    exp = f'{ctx.rng.randint(28, 34)}{ctx.rng.randint(1, 12):02d}{ctx.rng.randint(1, 28):02d}'
    num = passport.ljust(9, '<')
    return f'{num}{icao(num)}{nat}{d}{icao(d)}{"F" if p["female"] else "M"}{exp}{icao(exp)}'


def s_special(ctx, kind):
    rng, L = ctx.rng, ctx.L
    o = org(ctx, kind)
    p = ctx.person()
    region = ctx.loc['region']
    if kind in ('conference_badge', 'choir_band', 'wedding_guests'):
        rows, fields = [], []
        for i in range(1 if kind == 'conference_badge' else rng.randint(2, 4)):
            q = p if i == 0 else ctx.person()
            pas = ctx.issue(gen_passport(rng, region), 'PASSPORT')
            line = mrz_line(ctx, q, pas, region)
            rows.append([q['name'], q['dob'], pas, line])
            fields.append({'name': q['name'], 'dob': q['dob'], 'passport': pas})
        what = {'conference_badge': f'Visa invitation letter request – {o["name"]}',
                'choir_band': f'{o["name"]} tour – rooming & flight list', 'wedding_guests':
                'Destination wedding – group flight booking (names must match passports)'}[kind]
        text = what + '\n' + table(ctx, [L['name'], L['dob'], 'Passport', 'MRZ (line 2, first 28)'], rows)
        return doc(ctx, kind, text, {'travellers': fields}, 'passport')
    if kind == 'race_entry':
        mrn = ctx.issue(gen_mrn(rng), 'MEDICAL_RECORD')
        extra = ''
        if ctx.loc['id'] in ('nhs', 'amka'):
            extra = f'\n{L["idl"]}: {p["id"][0]}'
        text = (f'Medical tent log – {o["name"]}\nRunner: {p["name"]} (bib {rng.randint(100, 9999)}), {L["dob"]} {p["dob"]}\n'
                f'Collapsed km {rng.randint(25, 41)}, transferred to {town_word(ctx)} General, MRN {mrn}.{extra}\n'
                f'{L["ice"]} informed: {p["tel"]}')
        return doc(ctx, kind, text, {'runner': p['name'], 'mrn': mrn}, 'medical')
    if kind in ('sports_club', 'hobby_society', 'coworking') and region == 'US':
        routing, acct = gen_us_bank(rng)
        ctx.issue(f'{routing}', 'US_BANK_NUMBER')
        ctx.issue(acct, 'US_BANK_NUMBER')
        text = (f'{o["name"]} – ACH dues authorization\nMember: {p["name"]}\n{L["addr"]}: {p["addr"]}\n'
                f'Routing number: {routing}\nAccount number: {acct} (checking)\nAmount: ${rng.choice([25, 40, 65, 120])}.00 monthly')
        return doc(ctx, kind, text, {'member': p['name'], 'routing': routing, 'account': acct}, 'ach')
    if kind in ('sports_club', 'hobby_society', 'choir_band', 'coworking') and not p['iban'] and kind != 'coworking':
        iban_v = ctx.issue(gen_iban(rng, rng.choice(['DE', 'NL', 'FR', 'ES', 'FI', 'PL'])), 'iban')
    else:
        iban_v = p['iban']
    if kind in ('sports_club', 'hobby_society', 'choir_band') and iban_v:
        text = (f'SEPA direct debit mandate – {o["name"]}\nCreditor ID: DE98ZZZ09999999999\nMandate ref: '
                f'{ticket_no(rng, "MAND")}\n{L["name"]}: {p["name"]}\n{L["addr"]}: {p["addr"]}\nIBAN: {iban_v}\n'
                f'Signed {rng.randint(1, 28)}.{rng.randint(1, 12)}.2026')
        return doc(ctx, kind, text, {'debtor': p['name'], 'iban': iban_v, 'address': p['addr']}, 'sepa')
    if kind == 'volunteer_roster':
        if region == 'US':
            ctx.issue(p['id'][0], 'ssn')
            state, dl = gen_dl(rng)
            ctx.issue(dl, 'DRIVER_LICENSE')
            text = (f'Background check request – {o["name"]}\nVolunteer: {p["name"]}\nDOB: {p["dob"]}\nSSN: {p["id"][0]}\n'
                    f'Driver license: {state} {dl}\nRole: van driver (food pickups)')
        else:
            idp = p['id'] or (ctx.issue(gen_passport(rng, region), 'PASSPORT'), 'PASSPORT')
            text = (f'{o["name"]} – volunteer vetting\n{L["name"]}: {p["name"]}\n{L["dob"]}: {p["dob"]}\n'
                    f'{L["idl"] if p["id"] else "Passport"}: {idp[0]}\nRole: works with minors – check required')
        return doc(ctx, kind, text, {'volunteer': p['name'], 'dob': p['dob']}, 'vetting')
    if kind == 'ticket_transfer':
        ip = ctx.issue(gen_ip(rng), 'IP_ADDRESS')
        cardn = ctx.issue(gen_card(rng), 'credit_card')
        q = ctx.person()
        text = (f'Fraud review – transfer {ticket_no(rng, "TRF")}\nSender: {p["name"]} <{p["mail"]}> from IP {ip}\n'
                f'Recipient: {q["mail"]}\nPayment card: {cardn}\nVerified phone: {p["tel"]}\n'
                f'Flags: 6 transfers in 40 min, new device')
        return doc(ctx, kind, text, {'sender': p['mail'], 'ip': ip, 'card': cardn}, 'fraud_log')
    if kind == 'coworking':
        if ctx.code not in ('hi-IN', 'de-DE', 'it-IT', 'pt-BR', 'ru-RU'):
            ips = [ctx.issue(gen_ip(rng), 'IP_ADDRESS') for _ in range(2)]
            text = (f'{o["name"]} door & Wi-Fi log\n2026-11-{rng.randint(10, 28)} 07:{rng.randint(10, 59)} card '
                    f'{rng.randint(100000, 999999)} ({p["name"]}) main door OK\n'
                    f'VPN login {p["mail"]} from {ips[0]}\nVPN login {p["mail"]} from {ips[1]} (home)')
            return doc(ctx, kind, text, {'member': p['name'], 'ips': ips}, 'access_log')
        tax = p['id']
        if ctx.code == 'hi-IN':
            tax = (ctx.issue(gen_id(rng, ctx.loc, 'pan', p['dob_date'])[0], 'TAX_ID'), 'TAX_ID')
            L = dict(L, idl='PAN')
        text = (f'Invoice details – {o["name"]}\nMember (sole trader): {p["name"]}\nBilling address (home): {p["addr"]}\n'
                + (f'{L["idl"]}: {tax[0]}\n' if tax else '') + (f'IBAN: {p["iban"]}\n' if p['iban'] else '')
                + f'Email: {p["mail"]}')
        return doc(ctx, kind, text, {'member': p['name'], 'address': p['addr']}, 'invoice')
    if kind == 'faith_community':
        rows = []
        for _ in range(rng.randint(2, 5)):
            q = ctx.person()
            rows.append([q['name'], q['id'][0] if q['id'] else q['addr'], f'{rng.randint(5, 90) * 10} '])
        lab = L['idl'] if ctx.loc['id'] else L['addr']
        text = f'{o["name"]} – donations 2026 for receipts\n' + table(ctx, [L['name'], lab, 'Total'], rows)
        return doc(ctx, kind, text, {'donors': rows}, 'donations')
    if kind == 'hobby_society' or kind == 'sports_club':
        idv = p['id']
        text = (f'{o["name"]} – membership card\n{L["name"]}: {p["name"]}\n{L["dob"]}: {p["dob"]}\n'
                + (f'{L["idl"]}: {idv[0]}\n' if idv else f'{L["addr"]}: {p["addr"]}\n') + f'{L["tel"]}: {p["tel"]}')
        return doc(ctx, kind, text, {'member': p['name']}, 'member_card')
    return s_card(ctx, kind)


SENS_BUILDERS = [s_card, s_roster, s_message, s_special, s_special, s_incidental]


# ---------------------------------------------------------------------------------------------------------------
# Benign hard negatives of the same kinds
# ---------------------------------------------------------------------------------------------------------------
PLACEHOLDERS = ['[NAME]', '________', '{{first_name}} {{last_name}}', '<full name>', '…………', '[to be filled in]']


def b_template(ctx, kind):
    """Blank registration form of the kind, with the organisation's own contact points."""
    o = org(ctx, kind)
    L = ctx.L
    ph = ctx.pick(PLACEHOLDERS)
    keys = PII_FIELDS[kind] + (['id'] if ctx.loc['id'] and ctx.rng.random() < 0.4 else [])
    lab = dict(name=L['name'], dob=L['dob'], tel=L['tel'], mail=L['mail'], addr=L['addr'], id=L['idl'], ice=L['ice'])
    lines = [f'{lab[k]}: {ph if k == "name" else ctx.pick(["________", "__/__/____" if k == "dob" else "__________", "…………"])}'
             for k in keys]
    lines += [f'{k}: ____' for k, _ in extras(ctx, kind)]
    text = (f'{o["name"]} – form template v{ctx.rng.randint(2, 9)}\n' + '\n'.join(lines) +
            f'\n\nQuestions? {o["mail"]} / {o["phone"]} (office hours Tue–Thu 10–16)')
    a = ctx.pick(['improve the wording of this form', 'translate this form to English', 'make this form GDPR-friendlier',
                  'turn this into an HTML form', 'which fields are unnecessary?'])
    return doc(ctx, kind, text, {'template': lines, 'contact': o['mail']}, 'blank_template', a=a)


def b_public(ctx, kind):
    rng = ctx.rng
    o = org(ctx, kind)
    P = POOLS
    if kind == 'race_entry':
        ath = rng.sample(P['athletes'], min(3, len(P['athletes'])))
        text = (f'{o["name"]} – press notes\nCourse record holders invited: {", ".join(ath)}.\n'
                f'Winner receives the {rng.choice(P["eponyms"])} Trophy. Elite wave starts 08:00, mass start 08:20.\n'
                f'Media accreditation: {o["mail"]}')
    elif kind == 'sports_club':
        text = (f'{o["name"]} – season opening\nTraining moves to the {rng.choice(P["eponyms"])} Sports Hall from '
                f'{rng.randint(1, 28)} March. Guest session with {rng.choice(P["athletes"])} (Olympic medallist) on Saturday.\n'
                f'Office: {o["phone"]}, {o["mail"]}. Fees unchanged: adults 24/month, students 12/month.')
    elif kind == 'wedding_guests':
        text = (f'Music for the reception\nString quartet plays {rng.choice(P["composers"])} during the drinks; '
                f'we saw {rng.choice(P["performers"])} at the {rng.choice(P["halls"])} and want that programme.\nVenue: {o["name"]}, coordinator desk {o["phone"]}, '
                f'{o["mail"]}\nTimeline: ceremony 14:00, drinks 15:00, dinner 18:30, band 21:00')
    elif kind == 'conference_badge':
        sp = rng.sample(P['speakers'], min(3, len(P['speakers'])))
        text = (f'{o["name"]} 2027 – keynote line-up\nDay 1: {sp[0]}\nDay 2: {sp[1 % len(sp)]}\nClosing panel chaired by '
                f'{sp[2 % len(sp)]}\nSession codes K1–K3, room Auditorium A. Speaker liaison: {o["mail"]}')
    elif kind == 'volunteer_roster':
        text = (f'{o["name"]} – thank-you post draft\n312 volunteers, 1,846 hours, 9.4 tonnes of food sorted this year.\n'
                f'This year\'s {rng.choice(P["hobby_eponyms"] + P["eponyms"])} Award for volunteering goes to the whole '
                f'Saturday sorting team!\nSign-ups for 2027: {o["mail"]}')
    elif kind == 'faith_community':
        s = rng.sample(P['saints'], min(2, len(P['saints'])))
        text = (f'{o["name"]} – autumn programme\nStudy evenings on {s[0]} and {s[-1]}, Thursdays 19:30.\n'
                f'Harvest festival 4 Oct, hymn nos. {rng.randint(1, 600)}, {rng.randint(1, 600)}.\n'
                f'Office: {o["phone"]} · {o["mail"]}')
    elif kind == 'choir_band':
        c = rng.sample(P['composers'], min(3, len(P['composers'])))
        text = (f'{o["name"]} – spring concert programme\n{c[0]}: motet\n{c[1 % len(c)]}: suite\n{c[2 % len(c)]}: '
                f'finale\nSoloist: {rng.choice(P["performers"])} · Venue: {rng.choice(P["halls"])}\n'
                f'Tickets via {o["mail"]}')
    elif kind == 'ticket_transfer':
        text = (f'Event listing – {o["name"]}\n{rng.choice(P["performers"])} live, doors 19:00.\nResale only via the '
                f'official platform at face value. Box office: {o["phone"]}, {o["mail"]}.\nOrder {ticket_no(rng, "ORD")} '
                f'· Block {rng.choice("ABCDEF")} Row {rng.randint(1, 30)}')
    elif kind == 'coworking':
        text = (f'{o["name"]} – community events\nFriday talk: "{rng.choice(P["speakers"])} on open source" (video '
                f'screening + discussion). Meeting room "{rng.choice(P["hobby_eponyms"])}" is bookable via the app.\n'
                f'Front desk: {o["phone"]}, {o["mail"]}')
    else:
        text = (f'{o["name"]} – club night\nSimul exhibition replaying {rng.choice(P["chess"])}\'s classic games; '
                f'talk on {rng.choice(P["hobby_eponyms"])}.\nAnnual {rng.choice(P["chess"] + P["hobby_eponyms"])} '
                f'Memorial cup in May. Secretary mailbox: {o["mail"]}')
    a = ctx.pick(['tighten this up for the newsletter', 'translate into English', 'make a social post out of this',
                  'check the spelling of the names', 'summarise'])
    return doc(ctx, kind, text, {'text': text}, 'public_role', a=a)


def b_numbers(ctx, kind):
    rng = ctx.rng
    o = org(ctx, kind)
    r = rng.random()
    lines = [f'{k}: {v}' for k, v in extras(ctx, kind)]
    if r < 0.25:
        extra = (f'Test payment (sandbox): card 4242 4242 4242 4242, exp 12/34, CVC 123 -> ok; '
                 f'card 4000 0000 0000 0002 -> declined. Buyer: jane.doe@example.com')
        v = 'test_values'
    elif r < 0.45:
        extra = (f'Webhook from 203.0.113.{rng.randint(1, 254)} and 198.51.100.{rng.randint(1, 254)}; scanner 10.0.{rng.randint(0, 9)}.'
                 f'{rng.randint(2, 250)}; attendee hash {hexid(rng, 40)}')
        v = 'doc_ips_hashes'
    elif r < 0.65:
        extra = (f'Pay to the organiser (example from our bank\'s docs): IBAN {rng.choice(IBAN_REGISTRY_EXAMPLES)}; '
                 f'reference {ticket_no(rng, "INV")}')
        v = 'iban_example'
    elif r < 0.82:
        extra = f'Hotline for the day: (212) 555-01{rng.randint(10, 99)} (demo number in the app mock-up); emergencies 112'
        v = 'fictional_phone'
    else:
        extra = (f'Results (anonymised): bib {rng.randint(100, 999)} 1:{rng.randint(10, 59)}:{rng.randint(10, 59)}, '
                 f'bib {rng.randint(100, 999)} 1:{rng.randint(10, 59)}:{rng.randint(10, 59)}; participant IDs are hashed '
                 f'({hexid(rng, 16)}…)')
        v = 'anonymised'
    text = (f'{o["name"]} – {ctx.pick(["ops notes", "order export", "checklist", "integration notes"])}\n'
            + '\n'.join(lines) + f'\nTicket {ticket_no(rng)} · tracking {rng.randint(10**11, 10**12 - 1)}\n{extra}\n'
            f'{ctx.L["mail"]} (office): {o["mail"]} · {ctx.L["tel"]} (office): {o["phone"]}')
    a = ctx.pick(['explain these notes', 'turn this into a checklist', 'format as JSON', 'what is missing here?',
                  'summarise for the team'])
    return doc(ctx, kind, text, {'notes': text}, v, a=a)


def b_anon(ctx, kind):
    rng = ctx.rng
    o = org(ctx, kind)
    ex_labels = [e[0] for e in extras(ctx, kind)]
    rows = [[f'P-{i:03d}', rng.choice(['F', 'M', 'X']), rng.choice(['18-29', '30-39', '40-49', '50-59', '60+'])]
            + [v for _, v in extras(ctx, kind)] for i in range(1, rng.randint(4, 8))]
    text = (f'{o["name"]} – export with names removed ({ctx.L["name"]} → ID)\n'
            + table(ctx, ['ID', 'Gender', 'Age group'] + ex_labels, rows))
    a = ctx.pick(['count per age group', 'sort by ID', 'make a chart description', 'convert to JSON'])
    return doc(ctx, kind, text, {'rows': rows}, 'anonymised_table', a=a)


POLICY = {
    'race_entry': 'Entries can be transferred until 14 days before the race. Log in, open "My entries", choose '
                  '"Transfer" and enter the new runner\'s name, date of birth and e-mail; we check the age limit '
                  'automatically. Bib numbers are assigned by wave and are not transferable on race day.',
    'sports_club': 'To join, fill in the membership form (name, date of birth, address) and the SEPA mandate. Members '
                   'under 18 need a parent\'s signature. We store your data only as long as you are a member plus '
                   'the statutory retention period for payments.',
    'wedding_guests': 'Guest list tips: collect postal addresses six months ahead, ask for dietary needs on the RSVP '
                      'card, and keep phone numbers only for people who need the shuttle. Delete the list after the '
                      'thank-you cards are sent.',
    'conference_badge': 'Badge changes: the name on the badge must match the registration. For visa letters we need '
                        'your passport number and date of birth; send them only through the secure form, never by '
                        'e-mail. Letters are issued within 5 working days.',
    'volunteer_roster': 'Volunteers working with children need a background check before their first shift. Bring '
                        'an ID document to the office; we record only the date of the check, not the document number.',
    'faith_community': 'Donation receipts are issued in January. Please make sure we have your current address and '
                       'tax number on file; you can update them at the office or through the parish app.',
    'choir_band': 'For tours we collect passport details for the flight booking only; they are deleted after the '
                  'trip. Rooming wishes go to the tour manager, not to the group chat.',
    'ticket_transfer': 'Tickets can be transferred to another account holder up to 24 hours before the event. The '
                       'recipient must accept within 48 hours; the original buyer\'s card is never shown to the '
                       'recipient. Resale above face value is not permitted.',
    'coworking': 'Invoices go to the billing address in your profile. Sole traders please add your tax number so '
                 'the invoice is valid; companies add the VAT ID. Access cards are personal and logged at the door.',
    'hobby_society': 'New members receive the newsletter by post or e-mail. The member list is shared only with the '
                     'committee; if you want to swap with other members, opt in on the form.',
}


LOCAL_POLICY = {  # the organiser's own note in the data language: asks for data, contains none
    'de-DE': 'Zur Anmeldung bitte Name, Geburtsdatum, Telefonnummer und Anschrift im Formular eintragen. '
             'Wir geben Ihre Daten nicht weiter.',
    'fr-FR': 'Pour vous inscrire, indiquez votre nom, votre date de naissance et votre numéro de portable dans '
             'le formulaire. Vos données ne sont jamais transmises.',
    'es-ES': 'Para inscribirte, rellena el formulario con tu nombre, fecha de nacimiento, móvil y DNI. '
             'No compartimos tus datos con terceros.',
    'it-IT': 'Per iscriverti compila il modulo con nome, data di nascita, cellulare e codice fiscale.',
    'pt-BR': 'Para se inscrever, preencha nome, data de nascimento, celular e CPF no formulário.',
    'nl-NL': 'Meld je aan met naam, geboortedatum en mobiel nummer via het formulier; je BSN hebben we niet nodig.',
    'pl-PL': 'Aby się zapisać, podaj w formularzu imię i nazwisko, datę urodzenia i numer telefonu.',
    'ru-RU': 'Для регистрации укажите в анкете ФИО, дату рождения и телефон. Мы не передаём данные третьим лицам.',
    'uk-UA': 'Для реєстрації вкажіть у формі ПІБ, дату народження та телефон.',
    'ja-JP': '申込フォームに氏名・生年月日・携帯番号をご記入ください。個人情報は大会運営以外に使用しません。',
    'zh-CN': '报名请在表格中填写姓名、出生日期和手机号码。我们不会向第三方提供您的信息。',
    'ko-KR': '신청서에 성명, 생년월일, 휴대폰 번호를 적어 주세요. 개인정보는 행사 운영에만 사용됩니다.',
    'tr-TR': 'Kayıt için formda ad soyad, doğum tarihi ve telefon numaranızı belirtin.',
    'el-GR': 'Για την εγγραφή συμπληρώστε ονοματεπώνυμο, ημερομηνία γέννησης και κινητό στη φόρμα.',
    'ar-EG': 'للتسجيل يُرجى كتابة الاسم وتاريخ الميلاد ورقم الموبايل في الاستمارة.',
    'he-IL': 'להרשמה יש למלא בטופס שם, תאריך לידה ומספר נייד.',
    'hi-IN': 'पंजीकरण के लिए फ़ॉर्म में नाम, जन्म तिथि और मोबाइल नंबर भरें।',
    'cs-CZ': 'Pro registraci vyplňte ve formuláři jméno, datum narození a telefon.',
    'th-TH': 'กรุณากรอกชื่อ-สกุล วันเกิด และเบอร์มือถือในแบบฟอร์มเพื่อลงทะเบียน',
}


def b_policy(ctx, kind):
    """The organisation's own how-to / privacy text: talks about personal data, contains none."""
    o = org(ctx, kind)
    text = (f'{o["name"]} – {ctx.pick(["FAQ", "how it works", "privacy note", "help centre article"])}\n'
            f'{LOCAL_POLICY[ctx.code] if ctx.code in LOCAL_POLICY and ctx.rng.random() < 0.5 else POLICY[kind]}\n'
            + ctx.pick([f'Questions: {o["mail"]} or {o["phone"]}',
                                              f'{ctx.L["mail"]}: {o["mail"]}\n{ctx.L["tel"]}: {o["phone"]}']))
    a = ctx.pick(['make this friendlier', 'translate into ' + ctx.pick(['Spanish', 'German', 'French', 'Japanese']),
                  'shorten to 2 sentences', 'is this GDPR-compliant?', 'rewrite as bullet points'])
    return doc(ctx, kind, text, {'text': text}, 'policy_text', a=a)


BENIGN_BUILDERS = [b_template, b_public, b_numbers, b_anon, b_policy]


# ---------------------------------------------------------------------------------------------------------------
# Placement of the document in a real request body
# ---------------------------------------------------------------------------------------------------------------
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4o', 'gpt-4.1-mini', 'hybridgate/auto']
PLACEMENTS = ['user', 'system', 'assistant_echo', 'tool_result', 'tool_args', 'parts', 'file', 'multi_turn',
              'response_format', 'metadata', 'user_field', 'user', 'parts', 'tool_result']


def b64(s):
    return base64.b64encode(s.encode('utf-8')).decode('ascii')


def flat_meta(fields):
    out = {}
    for k, v in (fields.items() if isinstance(fields, dict) else []):
        s = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
        key = str(k).strip()[:60] or 'field'
        out[key] = s[:500]
        if len(out) == 16:
            break
    return out


def place(ctx, d, mode):
    rng = ctx.rng
    body = {'model': ctx.pick(MODELS)}
    sysm = {'role': 'system', 'content': d['sys']}
    text, a = d['text'], d['ask']
    if mode == 'completions':
        body['model'] = 'gpt-3.5-turbo-instruct'
        body['prompt'] = f'{d["sys"]}\n\n{text}\n\nTask: {a}\n\nAnswer:'
        body['max_tokens'] = rng.choice([256, 400, 800])
        body['temperature'] = rng.choice([0, 0.2, 0.7])
        return body
    if mode == 'user':
        msgs = [sysm, {'role': 'user', 'content': f'{a}\n\n{text}' if rng.random() < 0.6 else f'{text}\n\n{a}'}]
    elif mode == 'system':
        msgs = [{'role': 'system', 'content': f'{d["sys"]}\n\nCurrent record:\n{text}'},
                {'role': 'user', 'content': a + ' (the record is in your instructions)'}]
    elif mode == 'assistant_echo':
        msgs = [sysm, {'role': 'user', 'content': 'I\'ll paste it in a second, read it first'},
                {'role': 'assistant', 'content': f'Sure. Here is what I received:\n{text}'},
                {'role': 'user', 'content': a}]
    elif mode == 'tool_result':
        cid = 'call_' + hexid(rng, 24)
        body['tools'] = [{'type': 'function', 'function': {
            'name': 'lookup_record', 'description': 'Fetch a record from the organiser database by reference.',
            'parameters': {'type': 'object', 'properties': {'ref': {'type': 'string'}}, 'required': ['ref']}}}]
        msgs = [sysm, {'role': 'user', 'content': f'{a} – ref {d["ref"]}'},
                {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                    'name': 'lookup_record', 'arguments': json.dumps({'ref': d['ref']})}}]},
                {'role': 'tool', 'tool_call_id': cid,
                 'content': json.dumps({'ref': d['ref'], 'record': d['fields']}, ensure_ascii=False)
                 if rng.random() < 0.6 else text}]
    elif mode == 'tool_args':
        cid = 'call_' + hexid(rng, 24)
        body['tools'] = [{'type': 'function', 'function': {
            'name': 'save_record', 'description': 'Store a registration / member record.',
            'parameters': {'type': 'object', 'properties': {'record': {'type': 'object'},
                                                            'source_text': {'type': 'string'}}}}}]
        args = {'record': d['fields']} if rng.random() < 0.5 else {'record': {}, 'source_text': text}
        msgs = [sysm, {'role': 'user', 'content': 'save the record from my last mail'},
                {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                    'name': 'save_record', 'arguments': json.dumps(args, ensure_ascii=False)}}]},
                {'role': 'tool', 'tool_call_id': cid, 'content': '{"status": "saved"}'},
                {'role': 'user', 'content': a}]
    elif mode == 'parts':
        msgs = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': a}, {'type': 'text', 'text': text}]}]
    elif mode == 'file':
        mime = 'text/csv' if d['fname'].endswith('.csv') else 'text/plain'
        msgs = [sysm, {'role': 'user', 'content': [
            {'type': 'text', 'text': a + ' (file attached)'},
            {'type': 'file', 'file': {'filename': d['fname'], 'file_data': f'data:{mime};base64,{b64(text)}'}}]}]
    elif mode == 'multi_turn':
        lines = text.split('\n')
        cut = max(1, len(lines) // 2)
        msgs = [sysm, {'role': 'user', 'content': '\n'.join(lines[:cut])},
                {'role': 'assistant', 'content': 'Got it – is there more?'},
                {'role': 'user', 'content': '\n'.join(lines[cut:]) + f'\n\n{a}'}]
    elif mode == 'response_format':
        msgs = [sysm, {'role': 'user', 'content': f'{a}\n\n{text}'}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'record', 'strict': False, 'schema': {
            'type': 'object', 'properties': {'summary': {'type': 'string'}, 'items': {'type': 'array',
                                                                                     'items': {'type': 'object'}},
                                             'missing_fields': {'type': 'array', 'items': {'type': 'string'}}}}}}
    elif mode == 'metadata':
        msgs = [sysm, {'role': 'user', 'content': f'{a}. The record is attached to this request (ref {d["ref"]}).'}]
        meta = flat_meta(d['fields']) or {'notes': text[:500]}
        if len(text) <= 500:  # the record travels ONLY in metadata
            meta['source_text'] = text
        else:
            msgs[1]['content'] += '\n\n' + text
        body['metadata'] = dict(list(meta.items())[:16])
        body['store'] = True
    elif mode == 'user_field':
        msgs = [sysm, {'role': 'user', 'content': f'{a}\n\n{text}'}]
        m = re.search(r'[\w.+-]+@[\w-]+\.[\w.]+', text)
        body['user'] = m.group(0) if (m and rng.random() < 0.6) else 'usr_' + hexid(rng, 16)
    else:
        die('mode ' + mode)
    body['messages'] = msgs
    if rng.random() < 0.15:
        body['temperature'] = rng.choice([0, 0.3, 0.7])
    if rng.random() < 0.1:
        body['stop'] = ['\n###']
    return body


def haystack(body):
    parts = [json.dumps(body, ensure_ascii=False)]

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            parts.append(x)
            parts.append(urllib.parse.unquote(x))
            m = re.match(r'data:[\w/.+-]+;base64,(.*)$', x, re.S)
            if m:
                parts.append(base64.b64decode(m.group(1)).decode('utf-8'))
            if x[:1] in '{[':
                try:
                    parts.append(json.dumps(json.loads(x), ensure_ascii=False))
                except ValueError:
                    pass
    walk(body)
    return '\n'.join(parts)


ENTITY_ORDER = ['person', 'email', 'phone', 'credit_card', 'ssn', 'iban', 'STREET_ADDRESS', 'DATE_OF_BIRTH',
                'NATIONAL_ID', 'PASSPORT', 'DRIVER_LICENSE', 'TAX_ID', 'HEALTH_INSURANCE', 'MEDICAL_RECORD',
                'US_BANK_NUMBER', 'IP_ADDRESS']


def label(ctx, body):
    hay = haystack(body)
    found = {e for v, e in ctx.issued if v and v in hay}
    return sorted(found)


# ---------------------------------------------------------------------------------------------------------------
# Complexity prompts (events, clubs and memberships; no personal data)
# ---------------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ('en', 'How many laps of a 400 m track make 10 km?'), ('en', 'Translate "registration closes Friday" into Spanish.'),
    ('en', 'Give me a synonym for "roster".'), ('en', 'What does RSVP stand for?'), ('en', 'Convert 42.195 km to miles.'),
    ('en', 'What does AGM stand for in a club context?'), ('en', 'Write a one-line reminder that choir practice moves to 7:30.'),
    ('en', 'Round 3:27:45 to the nearest minute.'), ('en', 'Put these in alphabetical order: tuba, alto, bass, cornet.'),
    ('en', "What's 15% of 80 euros?"), ('en', 'How do you say "welcome, new members" in Italian?'),
    ('en', 'Capitalise this title: annual general meeting of the chess club'), ('en', 'What is a hot desk?'),
    ('en', 'List the four voice parts of an SATB choir.'), ('en', 'How many minutes is 2.5 hours?'),
    ('en', 'Reword politely: "pay your dues".'), ('en', 'Which is longer, a half marathon or 20 km?'),
    ('en', 'Sort ascending: 12, 3, 45, 7, 19'), ('en', 'Give me three names for a running club newsletter.'),
    ('en', 'Is it "guest list" or "guestlist"?'), ('en', 'What is the plural of "chorus"?'),
    ('en', 'How many days between 3 March and 17 March?'), ('en', 'Make this a bullet list: water, gels, pins, chip'),
    ('de-DE', 'Wie viele Runden auf einer 400-m-Bahn sind 10 km?'), ('fr-FR', 'Que signifie RSVP ?'),
    ('es-ES', '¿Cuántos kilómetros tiene un maratón?'), ('it-IT', "Traduci in inglese: 'le iscrizioni chiudono venerdì'."),
    ('pt-BR', 'Quanto é 15% de 80 reais?'), ('nl-NL', "Wat betekent 'ALV' bij een vereniging?"),
    ('pl-PL', "Przetłumacz na angielski: 'zapisy do chóru'."), ('sv-SE', 'Hur många meter är en halvmaraton?'),
    ('fi-FI', 'Mitä RSVP tarkoittaa?'), ('tr-TR', 'Maraton kaç kilometredir?'), ('ru-RU', 'Сколько кругов по 400 м в 10 км?'),
    ('el-GR', 'Τι σημαίνει RSVP;'), ('ja-JP', 'マラソンの距離は何キロですか？'), ('ko-KR', 'RSVP가 무슨 뜻이야?'),
    ('zh-CN', '把"报名截止日期是周五"翻译成英文。'), ('hi-IN', 'मैराथन कितने किलोमीटर की होती है?'),
    ('ar-EG', 'ما معنى RSVP؟'), ('he-IL', 'כמה קילומטרים יש במרתון?'), ('th-TH', 'มาราธอนมีระยะทางกี่กิโลเมตร'),
    ('cs-CZ', 'Kolik kol na 400m dráze je 10 km?'), ('nb-NO', 'Hva betyr RSVP?'), ('uk-UA', 'Скільки кілометрів у марафоні?'),
]
SHORT_HARD = [
    ('en', 'Prove that a single round-robin for 2n teams can be scheduled in 2n−1 rounds with every team playing exactly once per round.'),
    ('en', 'Design a seat-transfer system for resale tickets that prevents double-selling under concurrent requests; compare optimistic locking, a reservation queue and an append-only ledger, including failure modes.'),
    ('en', 'Our race timing shows a few runners finishing before they started — chip mats at start and finish, NTP on both boxes, only in wave C. Give the likely root causes and how to confirm each.'),
    ('en', "Show that seating wedding guests at fixed-size tables so that no 'conflict' pair shares a table is NP-hard, then propose a practical heuristic."),
    ('en', 'Nine choir sections, rehearsal slots hold exactly 3 sections. Find the minimum number of slots so every pair of sections meets exactly once, and prove it is optimal.'),
    ('en', "Design membership billing for a gym with freezes, prorating, family plans and failed-payment retries: data model plus the edge cases that break naive monthly billing."),
    ('en', 'Our badge printer queue deadlocks when two kiosks reprint the same badge. Explain how a lock-ordering bug can cause it and fix it without a global lock.'),
    ('en', 'Prove or disprove: if each of n volunteers is available for at least n/2 of the n shifts, a perfect one-to-one assignment always exists.'),
    ('en', 'With 4-digit random badge codes, how many attendees until a collision is more likely than not? Derive it and explain the approximation.'),
    ('en', 'Design a fair entry system for an oversubscribed marathon: lottery vs first-come vs charity places; analyse incentives, bots and fairness across time zones.'),
    ('en', 'Formulate dynamic desk pricing for a co-working space as an optimisation problem with occupancy constraints; contrast myopic and forward-looking pricing.'),
    ('en', 'For a round-robin with an odd number of teams, prove the minimum number of byes per round and overall.'),
    ('en', 'Our ticket QR codes are HMAC-signed with one shared key on every scanner. Threat-model this and propose a better design for offline scanning.'),
    ('en', 'Why can greedy Swiss-system pairing get stuck in the last round? Give an algorithm that finds a valid pairing whenever one exists.'),
    ('en', 'Show with a counterexample that ranking by age-graded percentage differs from ranking by age-adjusted finish time.'),
    ('en', 'Dues rise from 120 to 150 with 300 members and price elasticity −0.8. Estimate the revenue effect and say when the linear approximation breaks.'),
    ('en', 'Design a data-retention scheme for a sports club with junior members: what is deleted when, and how deletion is proven.'),
    ('en', "Debug: our RSVP form sometimes saves the previous guest's dietary choice. React, state lifted to the parent, list keyed by table index. What is happening and how do you fix it?"),
    ('en', 'In how many ways can 8 people sit at a round table if two given people must not be neighbours? Show the derivation.'),
    ('en', 'Schedule 6 bands on 2 stages in 5 hours with changeover times and shared members who cannot play both stages at once; give a method and argue it finds a schedule when one exists.'),
    ('en', 'Prove that among any 6 club members there are 3 mutual acquaintances or 3 mutual strangers.'),
    ('en', "Our gym door controller still admits members who cancelled within 5 minutes of midnight UTC. Hypothesise the bug and design a test that pins it down."),
    ('en', "Compare event sourcing and CRUD for a ticketing platform's seat inventory; when does each fail?"),
    ('en', 'Split 10 relay runners with predicted times 18..27 min into two teams of 5 with equal totals. Is there a polynomial algorithm for the general case? Argue.'),
    ('en', 'Prove a knockout tournament with n entrants always has exactly n−1 matches, with or without byes.'),
    ('en', 'Formulate volunteer-shift matching (max 2 shifts a day, skill requirements, maximise coverage) as an ILP and discuss how tight its LP relaxation is.'),
    ('en', '3% of ticket transfers are fraud; our model flags 90% of fraud at a 5% false-positive rate. What share of flagged transfers is fraud, and should we auto-block? Argue.'),
    ('en', 'Why is two-phase commit between the payment provider and our ticket inventory a bad idea? Propose a saga with compensations.'),
    ('de-DE', 'Beweise, dass ein Rundenturnier mit 2n Mannschaften in 2n−1 Spieltagen ausgetragen werden kann.'),
    ('fr-FR', 'Conçois un système de transfert de billets qui empêche la double vente sous requêtes concurrentes ; compare les approches et leurs modes de défaillance.'),
    ('es-ES', 'Demuestra que con 9 secciones y ensayos de 3 secciones bastan 12 franjas para que cada par coincida exactamente una vez, y que no se puede con menos.'),
    ('it-IT', "Perché l'abbinamento svizzero greedy può bloccarsi all'ultimo turno? Proponi un algoritmo corretto e giustificalo."),
    ('pt-BR', 'Modele a precificação dinâmica de mesas de coworking como um problema de otimização e discuta os trade-offs.'),
    ('nl-NL', 'Bewijs het minimale aantal vrije rondes in een halve competitie met een oneven aantal teams.'),
    ('pl-PL', 'Zaprojektuj uczciwy system zapisów na maraton z limitem miejsc: loteria vs kolejność zgłoszeń; przeanalizuj boty i zachęty.'),
    ('ru-RU', 'Докажи или опровергни: если каждый из n волонтёров свободен хотя бы в n/2 из n смен, идеальное распределение всегда существует.'),
    ('ja-JP', 'チケット転売で二重販売を防ぐ仕組みを設計し、楽観ロックとキュー方式を障害時の挙動も含めて比較して。'),
    ('zh-CN', '8个人围坐圆桌，指定的两人不能相邻，共有多少种坐法？请给出完整推导。'),
    ('ko-KR', '스위스 방식 체스 대진에서 탐욕적 배정이 마지막 라운드에서 막히는 이유를 설명하고 올바른 알고리즘을 제시해.'),
    ('tr-TR', 'Maraton zamanlama sisteminde bazı koşucular başlamadan bitirmiş görünüyor; olası kök nedenleri ve her birini nasıl doğrulayacağını sırala.'),
    ('sv-SE', 'Hotmodellera HMAC-signerade QR-biljetter med gemensam nyckel på alla skannrar och föreslå en bättre design.'),
    ('fi-FI', 'Suunnittele kuntosalin jäsenlaskutus jäädytyksineen ja perhesopimuksineen; mitkä reunatapaukset rikkovat naiivin laskutuksen?'),
    ('el-GR', 'Δείξε με αντιπαράδειγμα ότι η κατάταξη με ηλικιακό ποσοστό διαφέρει από την κατάταξη με προσαρμοσμένο χρόνο.'),
    ('hi-IN', 'शादी के मेहमानों को तय आकार की मेजों पर बिठाना, जहाँ कुछ जोड़े साथ नहीं बैठ सकते, NP-कठिन क्यों है? एक व्यावहारिक तरीका सुझाइए।'),
    ('ar-EG', 'صمّم نظاماً عادلاً للتسجيل في ماراثون محدود المقاعد وقارن بين القرعة وأسبقية التسجيل من حيث الحوافز والروبوتات.'),
    ('he-IL', 'תכנן מדיניות שמירת נתונים למועדון ספורט עם חברים קטינים: מה נמחק ומתי, ואיך מוכיחים מחיקה.'),
    ('th-TH', 'อธิบายว่าทำไมคิวพิมพ์บัตรงานประชุมเกิด deadlock เมื่อสองเครื่องพิมพ์บัตรเดียวกันพร้อมกัน และแก้อย่างไรโดยไม่ใช้ global lock'),
    ('cs-CZ', 'Odvoď, kolik účastníků je potřeba, aby shoda dvou náhodných čtyřmístných kódů visaček byla pravděpodobnější než ne.'),
    ('nb-NO', 'Planlegg 6 band på 2 scener over 5 timer med skiftetid og felles medlemmer; vis at metoden finner en plan når en finnes.'),
    ('uk-UA', 'Чому форма RSVP іноді зберігає дієтичний вибір попереднього гостя, якщо список має ключ за індексом столу? Поясни й виправ.'),
]
EASY_INSTR = {
    'en': ['sort this by finish time, fastest first', 'convert this to CSV', 'summarise in three bullet points',
           'count how many entries there are per category', 'translate the headings into German, keep the rest',
           'remove the duplicate lines', 'turn the times into 24-hour format'],
    'de-DE': ['Bitte nach Zeit sortieren.', 'Fasse das in drei Stichpunkten zusammen.'],
    'fr-FR': ['Trie par heure, s’il te plaît.', 'Résume en trois points.'],
    'es-ES': ['Ordénalo por hora.', 'Resúmelo en tres puntos.'], 'it-IT': ['Ordina per orario.', 'Riassumi in tre punti.'],
    'pt-BR': ['Ordene por horário.', 'Resuma em três tópicos.'], 'nl-NL': ['Sorteer op tijd.', 'Vat samen in drie punten.'],
    'pl-PL': ['Posortuj według czasu.', 'Streść w trzech punktach.'], 'ru-RU': ['Отсортируй по времени.', 'Кратко перескажи в трёх пунктах.'],
    'ja-JP': ['時間順に並べ替えて。', '3行で要約して。'], 'zh-CN': ['按时间排序。', '用三条要点总结。'], 'ko-KR': ['시간순으로 정렬해줘.', '세 줄로 요약해줘.'],
    'tr-TR': ['Saate göre sırala.', 'Üç maddede özetle.'], 'sv-SE': ['Sortera efter tid.', 'Sammanfatta i tre punkter.'],
    'hi-IN': ['समय के अनुसार क्रम में लगाओ।', 'तीन बिंदुओं में सारांश दो।'], 'ar-EG': ['رتّبها حسب الوقت.', 'لخّصها في ثلاث نقاط.'],
    'he-IL': ['מיין לפי שעה.', 'סכם בשלוש נקודות.'], 'el-GR': ['Ταξινόμησέ τα κατά ώρα.', 'Σύνοψη σε τρία σημεία.'],
    'th-TH': ['เรียงตามเวลา', 'สรุปเป็นสามข้อ'], 'cs-CZ': ['Seřaď podle času.', 'Shrň to ve třech bodech.'],
    'fi-FI': ['Järjestä ajan mukaan.', 'Tiivistä kolmeen kohtaan.'], 'uk-UA': ['Відсортуй за часом.', 'Підсумуй у трьох пунктах.'],
}
EN_EASY = {
    'fixtures': ['convert this to CSV with columns round, home, away, pitch, time', 'remove the duplicate lines',
                 'count how many matches each team plays'],
    'results': ['sort this by finish time, fastest first', 'count how many entries there are per category',
                'convert this to CSV'],
    'inventory': ['add up the quantities per item', 'convert this to CSV', 'sort alphabetically by item'],
    'faq': ['summarise in three bullet points', 'remove the duplicate questions', 'translate into German'],
    'minutes': ['summarise in three bullet points', 'remove the duplicate lines', 'list only the motions that were carried'],
    'timetable': ['turn the times into 24-hour format', 'sort by time', 'convert this to CSV'],
}
TEAMS = ['Reds', 'Blues', 'Greens', 'Golds', 'Silvers', 'Whites', 'Blacks', 'Oranges', 'Purples', 'Teals', 'Maroons', 'Navies']


def long_data(rng, which):
    if which == 'fixtures':
        rows = []
        for i in range(rng.randint(45, 60)):
            a, b = rng.sample(TEAMS, 2)
            rows.append(f'Round {i // 6 + 1}: {a} vs {b} — pitch {rng.randint(1, 4)} — {rng.randint(9, 20)}:{rng.choice(["00", "30"])}')
        return '\n'.join(rows)
    if which == 'results':
        return '\n'.join(f'bib {rng.randint(100, 2999)}  cat {rng.choice(["M40", "W35", "M20", "W50", "U18"])}  '
                         f'{rng.randint(0, 1)}:{rng.randint(30, 59)}:{rng.randint(0, 59):02d}  chip ok'
                         for _ in range(rng.randint(60, 80)))
    if which == 'inventory':
        items = ['hurdle', 'cone', 'bib pack', 'stopwatch', 'first-aid kit', 'music stand', 'folding chair',
                 'extension lead', 'banner', 'radio', 'hi-vis vest', 'water crate']
        return '\n'.join(f'{i + 1}. {rng.choice(items)} — qty {rng.randint(1, 60)} — store {rng.choice("ABCD")}{rng.randint(1, 9)}'
                         for i in range(rng.randint(50, 70)))
    if which == 'faq':
        qa = ['Q: Can I bring a guest? A: Yes, each member may bring one guest per month.',
              'Q: Where do I park? A: Use the public car park behind the sports hall; the front is for deliveries.',
              'Q: Is there a locker? A: Lockers are free for the day; bring your own padlock.',
              'Q: What if I am late? A: Late arrivals join at the next break so the warm-up is not disturbed.',
              'Q: Are children allowed? A: Under-14s must be accompanied at all times.',
              'Q: Can I pause my membership? A: Pauses of one to three months are possible once a year.',
              'Q: Is the venue step-free? A: Yes, there is a lift next to the main entrance.',
              'Q: What should I wear? A: Comfortable clothes and clean indoor shoes.']
        return '\n\n'.join(rng.choice(qa) for _ in range(rng.randint(18, 24)))
    if which == 'minutes':
        items = ['The treasurer presented the accounts; the balance is stable.', 'The chair thanked the volunteers.',
                 'Motion to raise the junior fee by 2 was carried 31–4.', 'The kit order will go out in April.',
                 'The hall booking for the summer concert is confirmed.', 'Any other business: none.',
                 'The website will move to the new host next month.', 'The auditors found no irregularities.']
        return '\n'.join(f'{i + 1}. {rng.choice(items)}' for i in range(rng.randint(30, 40)))
    return '\n'.join(f'{rng.randint(1, 12)}:{rng.choice(["00", "15", "30", "45"])} {rng.choice(["am", "pm"])} — '
                     f'{rng.choice(["warm-up", "sectionals", "tutti", "break", "sound check", "doors", "awards", "cool-down"])}'
                     f' — room {rng.randint(1, 9)}' for _ in range(rng.randint(60, 80)))


def long_hard_text(rng, i):
    k = i % 5
    if k == 0:
        lines = []
        for j in range(rng.randint(40, 55)):
            t = f'2026-11-14T19:{j // 2:02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z'
            seat = f'{rng.choice("AB")}-{rng.randint(1, 3)}-{rng.randint(1, 9)}'
            lines.append(f'{t} worker={rng.randint(1, 4)} req={hexid(rng, 8)} seat={seat} '
                         f'{rng.choice(["SELECT available=1", "UPDATE seats SET sold=1", "COMMIT", "cache HIT", "cache MISS", "payment OK"])}')
        return ('Seat inventory logs from the night two buyers got the same seat. We run 4 workers, a read-through cache in '
                'front of Postgres (READ COMMITTED), and the sale is SELECT then UPDATE in one transaction.\n\n'
                + '\n'.join(lines) + '\n\nFind the root cause of the double sale, explain the interleaving that causes '
                'it, and propose a fix; compare at least two fixes and their costs under a 10x traffic peak.')
    if k == 1:
        rows = [f'{rng.randint(100, 999)},{rng.randint(0, 1)}:{rng.randint(10, 59)}:{rng.randint(0, 59):02d},'
                f'{rng.randint(0, 2)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{rng.choice(["mat1", "mat2"])}'
                for _ in range(rng.randint(50, 70))]
        return ('Timing export (bib, split at 21.1 km, finish, start mat). Some finish times are smaller than the split.\n'
                'bib,split,finish,mat\n' + '\n'.join(rows) + '\n\nWork out what classes of error produce these rows '
                '(clock offsets between mats, wrong start mat, wrap-around at the hour), design a correction algorithm, '
                'and prove it never reorders two runners whose raw times were both valid.')
    if k == 2:
        cons = [f'- {rng.choice(TEAMS)} cannot play on {rng.choice(["Saturday", "Sunday"])} of round {rng.randint(1, 11)}'
                for _ in range(rng.randint(25, 35))]
        cons += [f'- {a} and {b} share a pitch and must not both be at home in the same round' for a, b in
                 [rng.sample(TEAMS, 2) for _ in range(6)]]
        return ('League of 12 teams, double round-robin, 22 rounds, home/away alternation as even as possible.\n'
                'Constraints:\n' + '\n'.join(cons) + '\n\nEither construct a schedule satisfying every constraint or '
                'prove that none exists; explain the method (e.g. the circle method plus repair, or a SAT/ILP model) '
                'and the trade-offs between them.')
    if k == 3:
        code = '''def monthly_charge(member, today):
    start = member.start_date
    months = (today.year - start.year) * 12 + today.month - start.month
    if member.frozen_until and member.frozen_until > today:
        return 0
    if today.day == start.day or (today.day == 28 and start.day > 28 and today.month == 2):
        price = member.plan.price
        if member.family_id:
            price = price * 0.8
        if months == 0:
            price = price * (30 - start.day) / 30
        return round(price, 2)
    return 0
'''
        logs = '\n'.join(f'charge member={rng.randint(1000, 9999)} date=2028-0{rng.randint(2, 3)}-{rng.choice(["28", "29", "01", "31"])} '
                         f'amount={rng.choice(["39.00", "31.20", "0.00", "39.00"])}' for _ in range(rng.randint(30, 40)))
        return ('Our gym billing job runs daily and calls this function for every member:\n\n' + code +
                '\nCharge log around the end of February 2028:\n' + logs + '\n\nSome members were charged twice and '
                'some not at all. Find every bug (leap years, months without day 29-31, prorating, freezes), explain '
                'which log lines each one produces, and rewrite the function so a member is charged exactly once per '
                'billing period; argue why your version is correct.')
    sessions = '\n'.join(f'S{j:02d}: {rng.randint(30, 300)} expected, needs {rng.choice(["projector", "stage", "round tables", "nothing"])}, '
                         f'track {rng.choice("ABCD")}, not before {rng.randint(9, 15)}:00' for j in range(1, rng.randint(35, 45)))
    return ('Conference with 6 rooms (capacities 40, 60, 80, 120, 200, 400) over two days, 8 slots a day.\n'
            + sessions + '\n\nDesign an algorithm that assigns sessions to rooms and slots, minimising overflow and '
                         'track clashes; give its complexity, explain why the greedy largest-first approach can fail '
                         'here with a concrete example from this list, and describe the trade-offs of an ILP model.')


def build_complexity(rng):
    out = []
    ss = list(SHORT_SIMPLE)
    rng.shuffle(ss)
    for i, (lang, t) in enumerate(ss[:45]):
        out.append(('short_simple', 0, False, lang, 'lookup/translate/trivial', [{'role': 'user', 'content': t}]))
    which = ['fixtures', 'results', 'inventory', 'faq', 'minutes', 'timetable']
    langs = list(EASY_INSTR)
    for i in range(50):
        w = which[i % len(which)]
        lang = langs[i % len(langs)] if i % 3 else 'en'
        if lang == 'en':
            instr = rng.choice(EN_EASY[w])
        else:
            instr = EASY_INSTR[lang][0 if w in ('results', 'timetable', 'fixtures') else 1]
        data = long_data(rng, w)
        while len(data) < 1600:
            data += '\n' + long_data(rng, w)
        content = f'{instr}\n\n{data}' if rng.random() < 0.5 else f'{data}\n\n{instr}'
        msgs = [{'role': 'user', 'content': content}]
        if rng.random() < 0.3:
            msgs.insert(0, {'role': 'system', 'content': 'You help the volunteers who run a local club.'})
        out.append(('long_easy', 0, True, lang, f'reformat/{w}', msgs))
    sh = list(SHORT_HARD)
    rng.shuffle(sh)
    for lang, t in sh[:50]:
        out.append(('short_hard', 1, True, lang, 'reasoning/design/proof', [{'role': 'user', 'content': t}]))
    for i in range(45):
        t = long_hard_text(rng, i)
        msgs = [{'role': 'user', 'content': t}]
        if rng.random() < 0.4:
            msgs.insert(0, {'role': 'system', 'content': 'You are a senior engineer helping an events platform team.'})
        out.append(('long_hard', 1, False, 'en', ['root_cause', 'algorithm_proof', 'constraint_scheduling',
                                                   'debugging', 'design_tradeoffs'][i % 5], msgs))
    rng.shuffle(out)
    recs = []
    for n, (cat, lab, adv, lang, style, msgs) in enumerate(out, 1):
        if n % 19 == 7:
            body = {'model': 'gpt-3.5-turbo-instruct', 'prompt': '\n\n'.join(m['content'] for m in msgs) + '\n\nAnswer:',
                    'max_tokens': 600}
            ep = 'completions'
        else:
            body = {'model': rng.choice(MODELS), 'messages': msgs}
            ep = 'chat'
        recs.append(dict(id=f'{NAME}-cx-{n:04d}', category=cat, label=lab, length_adversarial=adv, endpoint=ep,
                         lang=lang, style=style, body=body))
    for r in recs:
        L = len(json.dumps(r['body'], ensure_ascii=False))
        text_len = sum(len(m['content']) for m in r['body'].get('messages', [])) or len(r['body'].get('prompt', ''))
        if r['category'] == 'long_easy' and text_len < 1500:
            die('long_easy too short')
        if r['category'].startswith('short') and text_len > 400:
            die('short prompt too long: ' + r['id'])
    return recs


# ---------------------------------------------------------------------------------------------------------------
# Build, check, write
# ---------------------------------------------------------------------------------------------------------------
PER_KIND, SENS_PER_KIND = 50, 29
US_KINDS = ('sports_club', 'hobby_society', 'coworking', 'volunteer_roster')
FORCE = {**{(k, 3): ['en-US'] for k in US_KINDS},
         ('race_entry', 4): ['en-GB', 'el-GR', 'en-GB'], ('race_entry', 10): ['el-GR', 'en-GB', 'el-GR'],
         ('faith_community', 3): ['de-DE', 'it-IT', 'pt-BR'], ('faith_community', 10): ['ru-RU', 'de-DE', 'it-IT'],
         ('coworking', 4): ['hi-IN', 'de-DE', 'it-IT'], ('coworking', 10): ['pt-BR', 'ru-RU', 'hi-IN'],
         ('ticket_transfer', 3): ['en-US', 'pt-BR', 'ja-JP']}


def build_pii(rng):
    recs = []
    li = 0
    for ki, kind in enumerate(KINDS):
        for j in range(PER_KIND):
            sensitive = j < SENS_PER_KIND
            code = LOCALE_ORDER[(li * 7 + ki) % len(LOCALE_ORDER)]
            li += 1
            if sensitive and (kind, j % 12) in FORCE:  # make room for the rarer identifiers of the kind
                opts = FORCE[(kind, j % 12)]
                code = opts[(j // 12) % len(opts)]
            ctx = Ctx(rng, code)
            if sensitive:
                d = SENS_BUILDERS[j % len(SENS_BUILDERS)](ctx, kind)
            else:
                d = BENIGN_BUILDERS[j % len(BENIGN_BUILDERS)](ctx, kind)
            mode = 'completions' if (j * 3 + ki) % 10 == 4 else PLACEMENTS[(j + ki * 3) % len(PLACEMENTS)]
            body = place(ctx, d, mode)
            ents = label(ctx, body)
            if sensitive and not ents:
                die(f'sensitive record without entities: {kind} {d["variant"]} {mode}')
            if not sensitive and ents:
                die(f'benign record with entities: {kind} {ents}')
            recs.append(dict(category=kind if sensitive else kind + '_benign', sensitive=bool(ents), entities=ents,
                             endpoint='completions' if mode == 'completions' else 'chat', lang=code,
                             style=f'{d["variant"]} · {mode}', body=body))
    rng.shuffle(recs)
    out = []
    for n, r in enumerate(recs, 1):
        assert r['sensitive'] == bool(r['entities'])
        out.append({'id': f'{NAME}-pii-{n:04d}', **r})
    return out


def write(path, recs):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    args = ap.parse_args()
    cut_locale_pools()
    cut_pools()
    rng = random.Random(args.seed)
    pii = build_pii(rng)
    cx = build_complexity(random.Random(args.seed + 1))
    out = pathlib.Path(args.out)
    write(out / f'pii_{NAME}.jsonl', pii)
    write(out / f'complexity_{NAME}.jsonl', cx)
    ns = sum(r['sensitive'] for r in pii)
    print(f'pii_{NAME}.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions) in {len({r["lang"] for r in pii})} language '
          f'tags; {ns} sensitive / {len(pii) - ns} benign')
    print('  per category:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entity totals:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print('  styles (variant):', dict(sorted(collections.Counter(r['style'].split(' · ')[0] for r in pii).items())))
    print('  placements:', dict(sorted(collections.Counter(r['style'].split(' · ')[1] for r in pii).items())))
    c = collections.Counter(r['category'] for r in cx)
    adv = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_{NAME}.jsonl: {len(cx)} requests in {len({r["lang"] for r in cx})} language tags: '
          + ', '.join(f'{k} {c[k]}' for k in ('short_simple', 'long_easy', 'short_hard', 'long_hard'))
          + f'; {adv} ({100 * adv // len(cx)}%) length-adversarial, {sum(r["label"] for r in cx)} labelled 1; '
          f'{sum(r["endpoint"] == "completions" for r in cx)} completions')


if __name__ == '__main__':
    main()
