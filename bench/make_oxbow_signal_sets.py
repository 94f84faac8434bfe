#!/usr/bin/env python3
"""Oxbow: an independent evaluation split for the request signals, organised by WHO THE DATA SUBJECT IS, AND WHEN.

Writes bench/data/signals/pii_oxbow.jsonl and bench/data/signals/complexity_oxbow.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, no commit messages and no history; the record format came from the first 70 lines of the delta
    generator and the first two lines of each delta file. The other generators were not read: at run time
    their sources are only scanned automatically (regex) for capitalised / non-ASCII words and non-ASCII
    bigrams, and every name / street / place pool of this file is cut to entries that avoid that word set
    (deterministic, order kept; the run aborts if a pool runs empty). Those words are never printed.

Organising principle
    By WHO THE DATA SUBJECT IS, AND WHEN: populations whose data flows through specific institutions --
    pupils and children (school reports, paediatrics, child-protection referrals), patients (discharge
    letters, lab results, referrals), care-home residents, prisoners and parolees, refugees and asylum
    seekers (case files, resettlement forms; identity from the country of origin, address and phone from
    the host country), employees (HR files, payroll), tenants, students applying abroad, the recently
    deceased (death notices, probate, estate administration: their data counts as personal), and
    genealogy (family trees that mix living relatives with ancestors dead for a century). Categories are
    ``<group>`` for sensitive records and ``<group>_benign`` for hard negatives of the same population:
    the same institutions' and archives' texts about nobody identifiable now -- people dead for
    generations (19th-century parish registers, census transcriptions, ship manifests, convict and
    workhouse registers, matriculation rolls, gravestones), public figures in their role, fictional
    training case studies, anonymised / aggregated statistics, blank forms with placeholders, eponyms,
    role mailboxes and switchboards, documentation values. Deliberate near misses sit at the era
    boundary: a genealogy file with both ancestors and living relatives is sensitive (only the living
    relatives' values are labelled); one whose every person died generations ago, or whose living
    people are shown as "Living"/"[private]", is benign.

    Data languages rotate over 28 locale tags (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai,
    Ethiopic, Han, Kana and Hangul scripts); the writer (caseworker, nurse, teacher, HR clerk, archivist,
    genealogist, solicitor, ...) often code-switches into English. The document is placed by rotation in
    user / system / earlier assistant / tool messages, tool-call arguments, text and base64 file content
    parts, image URLs with query strings, tool schemas, response_format json_schema, ``user``,
    ``metadata`` (with ``store: true``); ~10% use the legacy completions endpoint.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching
    every string of the serialised body (base64 file parts decoded, URLs unquoted, tool-call arguments
    parsed) for every value the record issued, so a value left out is not labelled; ``sensitive`` is
    true exactly when ``entities`` is non-empty (asserted). Names of people dead for generations are never
    issued values. ``ssn`` is the US SSN only; citizen numbers (PESEL, personnummer, HETU, BSN, DNI/NIE,
    CURP, TC Kimlik, CNP, Teudat Zehut, Aadhaar, RIC, My Number, RRN, Thai PIN) are NATIONAL_ID; taxpayer
    numbers (Steuer-ID, codice fiscale, CPF, INN, RNTRC, PAN, TFN) TAX_ID; health / social-insurance
    numbers (NHS number, French NIR on a carte Vitale, Austrian e-card VNR, Greek AMKA) HEALTH_INSURANCE;
    hospital / clinic record numbers MEDICAL_RECORD; a US routing + account pair US_BANK_NUMBER; a
    private user's public IP IP_ADDRESS; passports (number and ICAO MRZ) PASSPORT; driving licences
    DRIVER_LICENSE.

Contents (seed 20261205)
    pii_oxbow.jsonl: 500 requests (450 chat, 50 completions) in 30 language tags; 10 populations x 50 (29 sensitive
    + 21 benign each: 290 sensitive / 210 benign). Sensitive: 36 carry a single incidental item (a name, a phone, an
    e-mail or a birth date in an otherwise ordinary note), 29 are mixed-era genealogy files. Entity totals: person 262,
    DATE_OF_BIRTH 160, STREET_ADDRESS 158, phone 148, email 121, iban 45, credit_card 30, PASSPORT 36, MEDICAL_RECORD 25,
    NATIONAL_ID 60, TAX_ID 23, ssn 14, IP_ADDRESS 18, US_BANK_NUMBER 6, DRIVER_LICENSE 10, HEALTH_INSURANCE 13. Benign:
    63 historical records (people dead for generations), 30 aggregates, 30 anonymised cases, 27 blank forms, 30
    fictional / historical public figures, 30 institutional contact points with documentation values and eponyms.
    complexity_oxbow.jsonl: 190 chat requests in 25 language tags: short_simple 45, long_easy 50 (>= 1,500 chars),
    short_hard 50, long_hard 45; 100 (52%) length-adversarial, 95 labelled 1. The run prints all counts.

Validation
    Every identifier carries valid check digits and is validated with python-stdnum (IBAN, card Luhn, SSN
    rules, each national number); MRZ lines use an own ICAO 7-3-1 routine; driving-licence numbers follow
    their issuer's layout (no check digit exists); every phone number is validated for its region with
    ``phonenumbers`` and kept out of the fiction / documentation ranges; every IP is checked with
    ``ipaddress`` to be global and outside 192.0.2/24, 198.51.100/24, 203.0.113/24. The run aborts on any
    invalid value and prints the counts.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_oxbow_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
from stdnum import iban as std_iban, luhn
from stdnum.us import ssn as us_ssn, rtn as us_rtn
from stdnum.de import idnr as de_idnr
from stdnum.at import vnr as at_vnr
from stdnum.fr import nir as fr_nir
from stdnum.es import dni as es_dni, nie as es_nie
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.se import personnummer as se_pnr
from stdnum.fi import hetu as fi_hetu
from stdnum.br import cpf as br_cpf
from stdnum.mx import curp as mx_curp
from stdnum.tr import tckimlik as tr_tck
from stdnum.ru import inn as ru_inn
from stdnum.ua import rntrc as ua_rntrc
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.cn import ric as cn_ric
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.th import pin as th_pin
from stdnum.gr import amka as gr_amka
from stdnum.ro import cnp as ro_cnp
from stdnum.gb import nhs as gb_nhs
from stdnum.au import tfn as au_tfn

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_SEED = 20261205
TODAY = dt.date(2026, 12, 5)

# ----------------------------------------------------------------------------------------------------------
# Blindness: pools avoid every capitalised / non-ASCII word (and non-ASCII bigram) of the frozen generators.
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa')
_CAP = re.compile(r"\b[A-Z][A-Za-z'\u2019-]+")
_NONASCII = re.compile(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def other_words():
    words, bigrams = set(), set()
    for name in FROZEN_AGAINST:
        p = ROOT / 'bench' / f'make_{name}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_text(encoding='utf-8', errors='replace')
        for w in _CAP.findall(text):
            words.add(w.strip("'\u2019-").lower())
        for w in _NONASCII.findall(text):
            words.add(w.lower())
            for a, b in zip(w, w[1:]):
                if _CJK.match(a) and _CJK.match(b):
                    bigrams.add(a + b)
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()
GENERIC = {'street', 'road', 'lane', 'avenue', 'close', 'way', 'place', 'drive', 'court', 'st', 'rd', 'ave',
           'the', 'of', 'and', 'de', 'del', 'la', 'le', 'van', 'der', 'den', 'da', 'do', 'dos', 'di', 'von', 'al',
           'calle', 'rua', 'via', 'ul', 'str', 'nr', 'no', 'gatan', 'vägen', 'katu', 'tie', 'dr', 'trl', 'ct', 'ln', 'blvd',
           'crescent', 'terrace', 'gardens', 'walk', 'grove', 'parade', 'boulevard', 'avenida', 'strada', 'strasse',
           'straße', 'weg', 'gasse', 'rue', 'chemin', 'allée', 'impasse', 'paseo', 'viale', 'corso', 'vicolo', 'travessa',
           'privada', 'aleea', 'bulevardul', 'los', 'las', 'des', 'du', 'dei', 'delle', 'am', 'travesía', 'das',
           'רחוב', 'שדרות', 'شارع', 'ถนน', 'ซอย', 'mah', 'sok', 'trail', 'way', 'row', 'yard', 'square', 'fold', 'green'}


def _clashes(entry: str) -> bool:
    for tok in re.findall(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", entry):
        low = tok.lower()
        if low in GENERIC:
            continue
        if low in OTHER_WORDS or low.strip("'\u2019-") in OTHER_WORDS:
            return True
        for a, b in zip(tok, tok[1:]):
            if a + b in OTHER_BIGRAMS:
                return True
    return False


def cut(pool, what):
    kept = [e for e in pool if not _clashes(e if isinstance(e, str) else ' '.join(x for x in e if isinstance(x, str)))]
    if not kept:
        sys.exit(f'abort: pool {what} ran empty after the blindness cut')
    return kept


# ----------------------------------------------------------------------------------------------------------
# Locale packs (own lists). Non-Latin names are 'native:roman'; the roman form only feeds e-mail handles.
def _pairs(s):
    out = []
    for tok in s.split():
        if ':' in tok:
            a, b = tok.split(':')
            out.append((a.replace('_', ' '), b.replace('_', ' ')))
        else:
            out.append((tok.replace('_', ' '), tok.replace('_', ' ')))
    return out


def _list(s, sep='|'):
    return [x.strip() for x in s.split(sep) if x.strip()]


L = {}


def locale(tag, **kw):
    kw['tag'] = tag
    L[tag] = kw


locale('en-GB', region='GB', host='en-GB',
       given=_pairs('Imogen Rhiannon Tamsin Callum Ewan Hollis Saoirse Kieran Bethan Oakley Lowri Fergus Perdita '
                    'Alaric Morwenna Tobias Cerys Rufus Elspeth Jago Maisie Dermot'),
       family=_pairs('Pennycook Tregunna Ashdown Blakemore Crouchley Dimmock Fairbrass Gumbley Hebblethwaite '
                     'Inskip Jowett Kitching Lumsden Mottram Nettleship Oddie Pilbeam Quayle Rawcliffe Scrivens '
                     'Tunnicliffe Varley Whitlock'),
       streets=_list('Larkspur Close|Quarrendon Road|Hollybush Lane|Sandpiper Way|Gledhow Terrace|Ivinghoe Crescent|'
                     'Brackenfield Avenue|Pinfold Street|Coldharbour Walk|Tansley Gardens'),
       cities=[('Leeds', 'LS7'), ('Norwich', 'NR3'), ('Swansea', 'SA2'), ('Plymouth', 'PL4'), ('Carlisle', 'CA1'),
               ('Bolton', 'BL3'), ('Exeter', 'EX2'), ('Stockport', 'SK4')],
       phone=[('7' + p, 10) for p in ('4', '5', '7', '8', '9')],
       labels=dict(name='Name', dob='Date of birth', addr='Address', phone='Phone', email='Email', note='Notes'))
locale('en-US', region='US', host='en-US',
       given=_pairs('Brantley Kinsley Delaney Tavion Marisol Jaxtyn Shaniece Colter Araceli Deshawn Kenzie Bodhi '
                    'Latrice Wyatt Rosalind Everett Nevaeh Dallin Tierney Quinton'),
       family=_pairs('Vandergriff Okonkwo-Hale Pruitt Szymborski Delacroix-Reyes Hollingsworth Blevins Castellanos '
                     'Whitacre Lundgren Escobedo Tillman Haskins Abernathy Villarreal Strickland Yazzie Kowalczyk '
                     'Bergstrom Truong'),
       streets=_list('Sycamore Bend Dr|Old Mill Rd|W Pershing Ave|Bluebonnet Trl|N Kedzie Ave|Cottonwood Ct|'
                     'Ridgecrest Blvd|E Alameda St|Tamarack Ln|Persimmon Way'),
       cities=[('Tulsa', 'OK', '741'), ('Spokane', 'WA', '992'), ('Dayton', 'OH', '454'), ('Fresno', 'CA', '937'),
               ('Chattanooga', 'TN', '374'), ('Lubbock', 'TX', '794'), ('Des Moines', 'IA', '503'),
               ('Albuquerque', 'NM', '871')],
       phone=[(p, 10) for p in ('918', '509', '937', '559', '423', '806', '515', '505')],
       labels=dict(name='Name', dob='DOB', addr='Address', phone='Phone', email='Email', note='Notes'))
locale('de-DE', region='DE', host='de-DE',
       given=_pairs('Wiebke Jannik Hannelore Torben Liesel Malte Swantje Henning Friederike Ole Gesine Detlef '
                    'Rieke Volkmar Imke Eike Almut Bendix'),
       family=_pairs('Brinkhoff Oltmanns Kettwig Hülsmeier Pahlke Wiechers Dörfler Grünewälder Tiedemann Ruschmeyer '
                     'Sievering Klöckner Hoppenstedt Wendling Eggers Brümmer Jaspersen Lüttge'),
       streets=_list('Holunderweg|Am Kreuzkamp|Dorotheenstraße|Ginsterpfad|Hasenheide|Kastanienallee|Rübezahlweg|'
                     'Am Lindenhof|Mühlenkamp|Krummer Stegel'),
       cities=[('Bremen', '28'), ('Kassel', '34'), ('Bielefeld', '33'), ('Rostock', '18'), ('Augsburg', '86'),
               ('Osnabrück', '49'), ('Erfurt', '99'), ('Oldenburg', '26')],
       phone=[(p, n) for p in ('151', '152', '157', '160', '170', '171', '172', '175', '176', '178') for n in (10, 11)],
       labels=dict(name='Name', dob='Geburtsdatum', addr='Anschrift', phone='Telefon', email='E-Mail', note='Vermerk'))
locale('de-AT', region='AT', host='de-AT',
       given=_pairs('Leopoldine Ferdinand Hemma Wolfram Notburga Severin Reinhild Quirin Ottilie Florian Zenzi '
                    'Gottfried Waltraud Kilian'),
       family=_pairs('Pichlmayr Hinterberger Zöchling Strasser-Moik Aichhorn Fürnkranz Ebenberger Wurzinger '
                     'Lackner Gschwandtner Hofstätter Pirklbauer Kreuzhuber Schachinger'),
       streets=_list('Thaliastraße|Gentzgasse|Hernalser Hauptstraße|Lerchenfelder Gürtel|Kaiserfeldgasse|'
                     'Dinghoferstraße|Schörgelgasse|Rudolfskai'),
       cities=[('Wien', '11'), ('Graz', '80'), ('Linz', '40'), ('Salzburg', '50'), ('Innsbruck', '60')],
       phone=[(p, 10) for p in ('664', '660', '676', '699', '650')],
       labels=dict(name='Name', dob='Geburtsdatum', addr='Wohnadresse', phone='Telefon', email='E-Mail', note='Anmerkung'))
locale('fr-FR', region='FR', host='fr-FR',
       given=_pairs('Maëlys Gaspard Solène Anatole Clémence Baptiste Ysaline Aurélien Capucine Florestan Ombeline '
                    'Tristan Apolline Eudes Bérénice Ludovic Marceline Timothée'),
       family=_pairs('Le_Gouëffic Vasseur-Brunet Dubreuil Kerhervé Lemarchal Peyrefitte Chassagne Roussillon '
                     'Tardivel Jolivet Abgrall Fournival Quéméner Delaunoy Charpentreau Mallet-Joris Ducloux Bouvreuil'),
       streets=_list('rue des Capucines|impasse du Moulin-Vieux|allée des Tilleuls|rue Paul-Doumer|chemin de la Garenne|'
                     'rue du Petit-Pont|boulevard de Strasbourg|rue des Glycines|avenue du Maréchal-Foch'),
       cities=[('Rennes', '35'), ('Limoges', '87'), ('Grenoble', '38'), ('Tours', '37'), ('Amiens', '80'),
               ('Nancy', '54'), ('Brest', '29'), ('Dijon', '21')],
       phone=[(p, 9) for p in ('6', '7')],
       labels=dict(name='Nom', dob='Date de naissance', addr='Adresse', phone='Téléphone', email='Courriel', note='Observations'))
locale('es-ES', region='ES', host='es-ES',
       given=_pairs('Itziar Begoña Íñigo Maialen Nuria Gorka Ainhoa Telmo Rocío Eneko Amaia Leire Xabier Milagros '
                    'Ander Macarena Unai Consuelo'),
       family=_pairs('Goikoetxea Arrizabalaga Villanueva-Lasa Echeverría Olabarrieta Cifuentes Barrenetxea Zubizarreta '
                     'Mendizábal Urquiola Carrasquilla Landaluce Azcárate Ibarguren Peñalver Saavedra Txurruka'),
       streets=_list('calle de los Almendros|calle Pintor Sorolla|avenida de la Albufera|calle del Laurel|'
                     'travesía de la Fuente|calle Ercilla|paseo de Zorrilla|calle Mayor de Triana'),
       cities=[('Valladolid', '47'), ('Bilbao', '48'), ('Zaragoza', '50'), ('Murcia', '30'), ('Córdoba', '14'),
               ('Vigo', '36'), ('Gijón', '33')],
       phone=[(p, 9) for p in ('6', '7')],
       labels=dict(name='Nombre', dob='Fecha de nacimiento', addr='Domicilio', phone='Teléfono', email='Correo', note='Observaciones'))
locale('it-IT', region='IT', host='it-IT',
       given=_pairs('Ottavia Ludovica Ettore Brunella Gianmarco Nives Tancredi Assunta Leandro Ornella Corrado '
                    'Ginevra Fulvio Marzia Saverio Teodolinda Romolo Vittoria'),
       family=_pairs('Scaramuzza Brambilla Pellegatta Quaglieri Sgarbossa Tartaglione Zanardelli Boscolo Cuccurullo '
                     'Loiacono Mastrangelo Parisotto Squillace Viscardi Iannuzzi Fumagalli Dell\'Orto Cacciapuoti'),
       streets=_list('via dei Glicini|via Gramsci|viale delle Rimembranze|via del Pratello|vicolo Stretto|'
                     'via San Donato|corso Vercelli|via delle Ortensie|via Mazzini'),
       cities=[('Bologna', '401', 'BO'), ('Torino', '101', 'TO'), ('Padova', '351', 'PD'), ('Bari', '701', 'BA'),
               ('Verona', '371', 'VR'), ('Perugia', '061', 'PG')],
       phone=[('3' + p, 10) for p in ('20', '27', '28', '29', '33', '34', '38', '40', '47', '48', '49')],
       labels=dict(name='Nome', dob='Data di nascita', addr='Indirizzo', phone='Telefono', email='E-mail', note='Note'))
locale('nl-NL', region='NL', host='nl-NL',
       given=_pairs('Femke Joost Marieke Sjoerd Anouk Tijmen Lieke Wouter Floortje Gijs Ilse Jorrit Noortje Maarten '
                    'Roosmarijn Bram Hester Thijmen'),
       family=_pairs('Verschoor van_Wijngaarden Hoekstra Dijkhuizen Bosschaart Veenstra Kloosterman Zwanenburg '
                     'Ruijters Brouwershaven Oosterhout Terpstra Wijnbergen Schuringa Haverkamp Dekkers'),
       streets=_list('Klaverstraat|Zonnebloemlaan|Brederodestraat|Kastanjehof|Lindengracht|Meidoornweg|'
                     'Oudegracht|Vlierstraat|Pijlkruidstraat'),
       cities=[('Utrecht', '35'), ('Groningen', '97'), ('Haarlem', '20'), ('Zwolle', '80'), ('Nijmegen', '65'),
               ('Leiden', '23')],
       phone=[('6', 9)],
       labels=dict(name='Naam', dob='Geboortedatum', addr='Adres', phone='Telefoon', email='E-mail', note='Opmerkingen'))
locale('pl-PL', region='PL', host='pl-PL',
       given=_pairs('Wiesława Bożydar Jadwiga Radosław Bronisława Przemysław Grażyna Zdzisław Ludmiła Witold '
                    'Halszka Sławomir Józefina Bogumił Dobrosława Mściwój'),
       family=_pairs('Brzęczyszczykiewicz Kołodziejczyk Wróblewska Szczepaniak Grzybowska Pietrzykowski Kaczmarczyk '
                     'Zawadzka Chmielewski Jędrzejczak Sobieszczańska Włodarczyk Ostrowska Przybylski'),
       streets=_list('Jarzębinowa|Kasztanowa|Tuwima|Ogrodowa|Konwaliowa|Słowackiego|Wrzosowa|Poziomkowa'),
       cities=[('Łódź', '9'), ('Lublin', '2'), ('Białystok', '1'), ('Rzeszów', '3'), ('Olsztyn', '1'),
               ('Bydgoszcz', '8')],
       phone=[(p, 9) for p in ('50', '51', '53', '57', '60', '66', '69', '72', '78', '79', '88')],
       labels=dict(name='Imię i nazwisko', dob='Data urodzenia', addr='Adres zamieszkania', phone='Telefon', email='E-mail', note='Uwagi'))
locale('sv-SE', region='SE', host='sv-SE',
       given=_pairs('Saga Ebbe Tindra Algot Signe Melker Ylva Vidar Märta Gunnel Torvald Agnes Sixten Linnea Birger'),
       family=_pairs('Ljungqvist Hägglund Wennerström Åkesson Bergkvist Nyström Sandgren Örnberg Fridell Lindroos '
                     'Dahlbäck Stenmark Tornqvist Hedlund'),
       streets=_list('Lingonstigen|Hagtornsvägen|Kvarngatan|Rönnbärsgatan|Sjöviksvägen|Tallbacken|Flädergatan'),
       cities=[('Umeå', '90'), ('Västerås', '72'), ('Norrköping', '60'), ('Gävle', '80'), ('Örebro', '70')],
       phone=[(p, 9) for p in ('70', '72', '73', '76', '79')],
       labels=dict(name='Namn', dob='Födelsedatum', addr='Adress', phone='Telefon', email='E-post', note='Anteckning'))
locale('fi-FI', region='FI', host='fi-FI',
       given=_pairs('Aino Eino Helmi Väinö Siiri Onni Kerttu Toivo Elli Aarne Lempi Sulo Inkeri Veikko'),
       family=_pairs('Hämäläinen Kärkkäinen Pitkänen Honkanen Räsänen Tuominen Ylönen Väisänen Kokkonen Lehtimäki '
                     'Jääskeläinen Niskanen Peltola'),
       streets=_list('Koivukuja|Pihlajatie|Mäntyrinne|Kalliotie|Haapaniemenkatu|Sammonkatu|Puistokatu'),
       cities=[('Tampere', '33'), ('Oulu', '90'), ('Jyväskylä', '40'), ('Kuopio', '70'), ('Turku', '20')],
       phone=[(p, n) for p in ('40', '41', '44', '45', '50') for n in (9, 10)],
       labels=dict(name='Nimi', dob='Syntymäaika', addr='Osoite', phone='Puhelin', email='Sähköposti', note='Huom'))
locale('pt-BR', region='BR', host='pt-BR',
       given=_pairs('Thaís Wellington Gleice Cauã Rosângela Kauê Jussara Ronaldinho Valdirene Edivaldo Luíza Josué '
                    'Maiara Adenilson Iracema Juscelino'),
       family=_pairs('Nascimento Albuquerque Figueiredo Vasconcelos Bittencourt Magalhães Quintanilha Cavalcante '
                     'Sampaio Guimarães Nogueira Brandão Teixeira Damasceno Medeiros'),
       streets=_list('Rua dos Ipês|Rua Tabapuã|Avenida Sapopemba|Rua Voluntários da Pátria|Travessa das Acácias|'
                     'Rua Conselheiro Furtado|Rua Itapicuru'),
       cities=[('São Paulo', 'SP', '0'), ('Belo Horizonte', 'MG', '3'), ('Recife', 'PE', '5'), ('Curitiba', 'PR', '8'),
               ('Salvador', 'BA', '4')],
       phone=[(a + '9', 11) for a in ('11', '31', '81', '41', '71')],
       labels=dict(name='Nome', dob='Data de nascimento', addr='Endereço', phone='Telefone', email='E-mail', note='Observações'))
locale('es-MX', region='MX', host='es-MX',
       given=_pairs('Xóchitl Citlali Eréndira Cuauhtémoc Itzel Tonatiuh Yaretzi Anselmo Guadalupe Nayeli Ulises '
                    'Marisela Heriberto Yoloxóchitl'),
       family=_pairs('Tlapanco Zepeda Olvera Huerta Bustamante Zamudio Carrillo Arriaga Montiel Cervantes Ocampo '
                     'Quintero Rentería Sandoval'),
       streets=_list('Calle Jacarandas|Calle Tepeyac|Avenida Insurgentes Sur|Calle Nogal|Privada Ahuehuetes|'
                     'Calle Xola|Calle Mixcalco'),
       cities=[('Puebla', 'PL', '72'), ('Guadalajara', 'JC', '44'), ('Monterrey', 'NL', '64'), ('Oaxaca', 'OC', '68'),
               ('Mérida', 'YN', '97')],
       phone=[(p, 10) for p in ('222', '33', '81', '951', '999')],
       labels=dict(name='Nombre', dob='Fecha de nacimiento', addr='Domicilio', phone='Teléfono', email='Correo', note='Observaciones'))
locale('tr-TR', region='TR', host='tr-TR',
       given=_pairs('Gülşen Ozan Sevgül Tuncay Nurhan Berkay Şükran Oğuzhan Hatice Cihangir Dilruba Erdinç Yeşim Kıvanç'),
       family=_pairs('Karaağaç Yıldırımoğlu Çetinkaya Ünsal Bozdoğan Kocabıyık Sarıgül Eryılmaz Tekinalp Gündoğdu '
                     'Akyüz Demirtaş Özbilgin'),
       streets=_list('Gül|Menekşe|Çınaraltı|Papatya|Yasemin|Karanfil|Lale'),
       cities=[('Ankara', 'Çankaya', '06'), ('İzmir', 'Karşıyaka', '35'), ('Bursa', 'Nilüfer', '16'),
               ('Eskişehir', 'Tepebaşı', '26'), ('Konya', 'Selçuklu', '42')],
       phone=[(p, 10) for p in ('530', '532', '535', '541', '542', '505', '507', '553')],
       labels=dict(name='Ad Soyad', dob='Doğum tarihi', addr='Adres', phone='Telefon', email='E-posta', note='Not'))
locale('ru-RU', region='RU', host='ru-RU',
       given=_pairs('Всеволод:Vsevolod Ярослава:Yaroslava Евстафий:Evstafiy Агафья:Agafya Мирон:Miron Серафима:Serafima '
                    'Тимофей:Timofey Глафира:Glafira Святослав:Svyatoslav Евдокия:Evdokiya Прохор:Prokhor Василиса:Vasilisa'),
       family=_pairs('Колокольцев:Kolokoltsev Тихомиров:Tikhomirov Берёзкин:Beryozkin Вишневецкий:Vishnevetsky '
                     'Простаков:Prostakov Зимин:Zimin Хлебников:Khlebnikov Добронравов:Dobronravov Журавлёв:Zhuravlyov '
                     'Самойлов:Samoylov Ермолаев:Ermolaev'),
       streets=_list('Садовая|Рябиновая|Заречная|Липовая аллея|Крылова|Черёмушкинская|Речная'),
       cities=[('Казань', '420'), ('Самара', '443'), ('Пермь', '614'), ('Томск', '634'), ('Ярославль', '150')],
       phone=[('9' + p, 10) for p in ('01', '03', '05', '09', '12', '15', '16', '19', '26', '77', '85', '99')],
       labels=dict(name='ФИО', dob='Дата рождения', addr='Адрес', phone='Телефон', email='Эл. почта', note='Примечание'))
locale('uk-UA', region='UA', host='uk-UA',
       given=_pairs('Богдана:Bohdana Остап:Ostap Ярина:Yaryna Тарас:Taras Соломія:Solomiia Назар:Nazar Зоряна:Zoriana '
                    'Любомир:Liubomyr Мирослава:Myroslava Орест:Orest Устина:Ustyna Данило:Danylo'),
       family=_pairs('Кравчук:Kravchuk Гнатюк:Hnatiuk Стельмах:Stelmakh Ковальчишин:Kovalchyshyn Мельничук:Melnychuk '
                     'Дорошенко:Doroshenko Ткачишин:Tkachyshyn Лисенко:Lysenko Бондарчук:Bondarchuk Гуменюк:Humeniuk'),
       streets=_list('Соборна|Квітнева|Зелена|Городоцька|Каштанова|Садова'),
       cities=[('Харків', '61'), ('Львів', '79'), ('Дніпро', '49'), ('Запоріжжя', '69'), ('Вінниця', '21')],
       phone=[(p, 9) for p in ('50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99')],
       labels=dict(name='ПІБ', dob='Дата народження', addr='Адреса', phone='Телефон', email='Ел. пошта', note='Примітка'))
locale('ar-SY', region='JO', host='ar-SY',
       given=_pairs('رهف:rahaf يزن:yazan لمى:lama حمزة:hamza بتول:batoul أنس:anas سدرة:sidra قصي:qusai '
                    'غنى:ghina مؤمن:moamen نور_الهدى:nour تيم:taim'),
       family=_pairs('الحمصي:homsi الشامي:shami قطان:kattan الدباغ:dabbagh العطار:attar حداد:haddad الخطيب:khatib '
                     'السقا:saqqa النحاس:nahhas الحلبي:halabi'),
       streets=_list('شارع الأميرة بسمة|شارع وادي صقرة|شارع الجاردنز|شارع الملكة رانيا|شارع ياجوز'),
       cities=[('عمّان', '11'), ('إربد', '21'), ('الزرقاء', '13'), ('المفرق', '25')],
       phone=[(p, 9) for p in ('77', '78', '79')],
       labels=dict(name='الاسم', dob='تاريخ الميلاد', addr='العنوان', phone='الهاتف', email='البريد الإلكتروني', note='ملاحظات'))
locale('fa-AF', region='DE', host='de-DE',
       given=_pairs('زرمینه:zarmina فرهاد:farhad مرسل:mursal سمیع‌الله:samiullah پلوشه:palwasha نجیب:najib '
                    'هیله:hila ذبیح‌الله:zabihullah شکیلا:shakila واحد:wahid'),
       family=_pairs('احمدزی:ahmadzai کاکړ:kakar هاشمی:hashimi رحیمی:rahimi صافی:safi نوری:noori عزیزی:azizi '
                     'پوپل:popal'),
       labels=dict(name='نام', dob='تاریخ تولد', addr='آدرس', phone='تلفن', email='ایمیل', note='یادداشت'))
locale('ti-ER', region='IT', host='it-IT',
       given=_pairs('ሳምራዊት:samrawit ዳዊት:dawit ሕይወት:hiwet ተስፋይ:tesfay ፍሬወይኒ:freweini ዮናስ:yonas ሉዋም:luwam '
                    'ብርሃነ:berhane ሰላም:selam መብራህቱ:mebrahtu'),
       family=_pairs('ተኽለ:tekle ገብረሂወት:gebrehiwet ኪዳነ:kidane ወልደሚካኤል:woldemichael ሃብተ:habte ዘርአይ:zerai '
                     'ጸጋይ:tsegai ኣብርሃ:abraha'),
       labels=dict(name='ስም', dob='ዕለት ልደት', addr='ኣድራሻ', phone='ቴሌፎን', email='ኢመይል', note='መዘኻኸሪ'))
locale('he-IL', region='IL', host='he-IL',
       given=_pairs('הדס:hadas עומרי:omri נועה:noa איתמר:itamar שקד:shaked יונתן:yonatan רוני:roni אביתר:evyatar '
                    'מעיין:maayan נתנאל:netanel טליה:talya'),
       family=_pairs('בן_חמו:benhamo גולדפרב:goldfarb אלמליח:elmalich שטרנברג:sternberg חזן:hazan בוזגלו:buzaglo '
                     'רוזנטל:rosenthal מזרחי:mizrahi אוחיון:ohayon'),
       streets=_list('רחוב הנרקיסים|רחוב הגפן|שדרות הציונות|רחוב התאנה|רחוב הדקלים|רחוב הזית'),
       cities=[('חיפה', '3'), ('באר שבע', '8'), ('פתח תקווה', '4'), ('אשדוד', '7'), ('נתניה', '4')],
       phone=[(p, 9) for p in ('50', '52', '53', '54', '58')],
       labels=dict(name='שם', dob='תאריך לידה', addr='כתובת', phone='טלפון', email='דוא"ל', note='הערות'))
locale('hi-IN', region='IN', host='hi-IN',
       given=_pairs('अनुराधा:anuradha हर्षवर्धन:harshvardhan मृणाल:mrinal तनुजा:tanuja ऋत्विक:ritvik सौम्या:saumya '
                    'विभूति:vibhuti अक्षत:akshat गार्गी:gargi प्रखर:prakhar शुभ्रा:shubhra देवांश:devansh'),
       family=_pairs('श्रीवास्तव:srivastava त्रिपाठी:tripathi चतुर्वेदी:chaturvedi भार्गव:bhargava अग्निहोत्री:agnihotri '
                     'माथुर:mathur सक्सेना:saxena बाजपेयी:bajpai कुशवाहा:kushwaha रस्तोगी:rastogi'),
       streets=_list('गुलमोहर कॉलोनी|सिविल लाइंस|आलमबाग|इंदिरा नगर सेक्टर|गोमती नगर विस्तार|महानगर'),
       cities=[('लखनऊ', '226'), ('कानपुर', '208'), ('प्रयागराज', '211'), ('वाराणसी', '221'), ('भोपाल', '462')],
       phone=[(p, 10) for p in ('98', '99', '94', '70', '81', '88', '63')],
       labels=dict(name='नाम', dob='जन्म तिथि', addr='पता', phone='फ़ोन', email='ईमेल', note='टिप्पणी'))
locale('zh-CN', region='CN', host='zh-CN',
       given=_pairs('梓萱:zixuan 浩宇:haoyu 欣怡:xinyi 俊熙:junxi 雨桐:yutong 皓轩:haoxuan 诗涵:shihan 子墨:zimo '
                    '婉清:wanqing 泽楷:zekai 若汐:ruoxi 晟睿:shengrui'),
       family=_pairs('郜:gao 濮:pu 訾:zi 闫:yan 蔺:lin 覃:qin 褚:chu 邝:kuang 甄:zhen 宓:mi 缪:miao 靳:jin'),
       streets=_list('桂花路|梧桐巷|玉兰街|樟树湾路|枫林北路|银杏大道'),
       cities=[('杭州市', '西湖区', '330106', '310'), ('成都市', '武侯区', '510107', '610'), ('武汉市', '洪山区', '420111', '430'),
               ('南京市', '鼓楼区', '320106', '210'), ('长沙市', '岳麓区', '430104', '410')],
       phone=[(p, 11) for p in ('135', '138', '139', '150', '151', '158', '187', '188')],
       labels=dict(name='姓名', dob='出生日期', addr='住址', phone='电话', email='邮箱', note='备注'))
locale('ja-JP', region='JP', host='ja-JP',
       given=_pairs('陽葵:himari 蒼:aoi 結菜:yuina 湊:minato 紬:tsumugi 悠真:yuma 凛:rin 颯太:sota 芽依:mei '
                    '律:ritsu 琴音:kotone 朔:saku'),
       family=_pairs('東海林:shoji 勅使河原:teshigawara 小鳥遊:takanashi 四十物:aimono 百目鬼:domeki 五十嵐:igarashi '
                     '月見里:yamanashi 御手洗:mitarai 一尺八寸:kamatsuka 長谷部:hasebe'),
       streets=_list('本町|桜ヶ丘|緑が丘|若葉台|花園町|栄町'),
       cities=[('宮城県仙台市青葉区', '980'), ('静岡県浜松市中央区', '430'), ('石川県金沢市', '920'),
               ('熊本県熊本市中央区', '860'), ('新潟県新潟市中央区', '951')],
       phone=[(p, 10) for p in ('70', '80', '90')],
       labels=dict(name='氏名', dob='生年月日', addr='住所', phone='電話番号', email='メール', note='備考'))
locale('ko-KR', region='KR', host='ko-KR',
       given=_pairs('하람:haram 도윤:doyun 서아:seoa 이안:ian 채원:chaewon 시우:siwoo 윤슬:yunseul 건우:gunwoo '
                    '다온:daon 로운:roun 아린:arin 태오:taeo'),
       family=_pairs('남궁:namgung 독고:dokgo 황보:hwangbo 제갈:jegal 선우:sunwoo 탁:tak 편:pyeon 육:yuk 봉:bong 추:chu'),
       streets=_list('월드컵북로|동일로|중앙대로|수영로|금강로|달구벌대로'),
       cities=[('부산광역시', '해운대구'), ('대구광역시', '수성구'), ('광주광역시', '북구'), ('대전광역시', '유성구'),
               ('인천광역시', '연수구')],
       phone=[('10', 10)],
       labels=dict(name='성명', dob='생년월일', addr='주소', phone='연락처', email='이메일', note='비고'))
locale('th-TH', region='TH', host='th-TH',
       given=_pairs('ณัฐธิดา:natthida ภูริภัทร:phuriphat กัญญาณัฐ:kanyanat ธนวินท์:thanawin ปวีณ์ธิดา:paweethida '
                    'ศุภวิชญ์:suppawit พิมพ์ชนก:pimchanok วรเมธ:woramet'),
       family=_pairs('ศรีสุวรรณ:srisuwan บุญประเสริฐ:boonprasert วงศ์ทองคำ:wongthongkham ชัยมงคล:chaimongkol '
                     'แก้วประดิษฐ์:kaewpradit ทองอินทร์:thongin เพชรรัตน์:petcharat'),
       streets=_list('ซอยลาดพร้าว 71|ถนนประชาราษฎร์บำเพ็ญ|ซอยอ่อนนุช 17|ถนนจรัญสนิทวงศ์|ซอยรามคำแหง 53'),
       cities=[('กรุงเทพมหานคร', '10'), ('เชียงใหม่', '50'), ('ขอนแก่น', '40'), ('นครราชสีมา', '30')],
       phone=[(p, 9) for p in ('61', '62', '63', '64', '65', '80', '81', '86', '89', '91', '92', '95')],
       labels=dict(name='ชื่อ-นามสกุล', dob='วันเกิด', addr='ที่อยู่', phone='โทรศัพท์', email='อีเมล', note='หมายเหตุ'))
locale('el-GR', region='GR', host='el-GR',
       given=_pairs('Ευανθία:evanthia Στυλιανός:stylianos Αικατερίνη:aikaterini Χαράλαμπος:charalampos '
                    'Παρασκευή:paraskevi Ευστράτιος:efstratios Ζωή:zoi Ιάσονας:iasonas Κυριακή:kyriaki Πολυχρόνης:polychronis'),
       family=_pairs('Καραμανλάκης:karamanlakis Τσακαλώτου:tsakalotou Παπαδημητρίου:papadimitriou Χατζηγεωργίου:chatzigeorgiou '
                     'Μαυρογιάννης:mavrogiannis Ζαχαράκη:zacharaki Λιακόπουλος:liakopoulos Ντούμα:ntouma'),
       streets=_list('Ερμού|Αγίου Δημητρίου|Καλλιδρομίου|Μητροπόλεως|Ολύμπου|Κασσάνδρου'),
       cities=[('Θεσσαλονίκη', '54'), ('Πάτρα', '26'), ('Ηράκλειο', '71'), ('Λάρισα', '41'), ('Βόλος', '38')],
       phone=[(p, 10) for p in ('690', '693', '694', '695', '697', '698', '699')],
       labels=dict(name='Ονοματεπώνυμο', dob='Ημερομηνία γέννησης', addr='Διεύθυνση', phone='Τηλέφωνο', email='Email', note='Παρατηρήσεις'))
locale('ro-RO', region='RO', host='ro-RO',
       given=_pairs('Ionela Sorin Mădălina Cătălin Lăcrămioara Dorin Iuliana Viorel Smaranda Costel Anişoara Tudor'),
       family=_pairs('Ţăranu Văcărescu Munteanu-Bălan Ciobotaru Dumitrescu Stoica Pârvulescu Zamfirescu Găină '
                     'Oprişan Niculescu'),
       streets=_list('Strada Trandafirilor|Strada Zorilor|Strada Teiului|Bulevardul Decebal|Strada Fagului|Aleea Parcului'),
       cities=[('Cluj-Napoca', '400'), ('Iaşi', '700'), ('Timişoara', '300'), ('Braşov', '500'), ('Craiova', '200')],
       phone=[('7' + p, 9) for p in ('2', '3', '4', '5', '6')],
       labels=dict(name='Nume', dob='Data naşterii', addr='Adresa', phone='Telefon', email='E-mail', note='Observaţii'))
locale('en-AU', region='AU', host='en-AU',
       given=_pairs('Kirra Lachlan Jarrah Matilda Banjo Talulah Hamish Indigo Ned Waverley Callan Marlee'),
       family=_pairs('Brockhoff Tregenza Pattison Mulgrave Kilpatrick Threlfall Oldfield Cockburn-Bligh Garrard '
                     'Hinchcliffe Wooldridge'),
       streets=_list('Wattle Grove|Banksia Parade|Coolabah Crescent|Grevillea Street|Paperbark Close|Jacaranda Avenue'),
       cities=[('Ballarat', 'VIC', '3350'), ('Toowoomba', 'QLD', '4350'), ('Wagga Wagga', 'NSW', '2650'),
               ('Bendigo', 'VIC', '3550'), ('Launceston', 'TAS', '7250')],
       phone=[('4', 9)],
       labels=dict(name='Name', dob='DOB', addr='Address', phone='Mobile', email='Email', note='Notes'))

# More (rarer) entries: the blindness cut removes many common names, so each pool is deliberately long.
MORE = {
    'en-GB': dict(given='Peregrine Tamsyn Lorcan Ottilie Jolyon Clemency Wilfred Ianthe Barnaby Euphemia Crispin Araminta '
                        'Torquil Hermione Ptolemy Leonie Evander Berenice Lysander Winifred Caspian Philippa Ambrose Romilly',
                  family='Ramsbottom Cholmondeley Featherstonehaugh Higginbottom Wolstenholme Duckworth Shufflebotham Postlethwaite'),
    'en-US': dict(given='Kaydence Brecken Jaylah Maverick Oaklynn Tatum Zaylee Ryker Brynlee Kashton Mckenna Paxton Aubrielle '
                        'Dashiell Emberly Cannon Raelynn Bridger Ansley Lennox Saylor Ledger',
                  family='Schexnayder Thibodeaux Quarles Yarbrough Dunwoody Oglesby Tolliver Satterfield McCorkle Pettigrew '
                         'Honeycutt Kimbrough',
                  streets='Magnolia Bluff Dr|Chickasaw Trl|Hackberry Ln|Prairie Dunes Ct|Whippoorwill Rd|Buttonbush Way|'
                          'Quail Hollow Dr|Redbud Ln|Sassafras Ct|Chokecherry Ln'),
    'de-DE': dict(given='Hiltrud Irmtraud Roswitha Sieglinde Gotthold Wunibald Odilo Ingbert Dietlinde Lioba Walburga Notker '
                        'Ansgar Wolfhard Edeltraud Mechthild Hildegund Kunigunde Ortwin Degenhard Gerlinde Reinhild Hartwig Ottokar '
                        'Sönke Frauke Kalle Enno Wiebke-Marie Hedda Tjark Bendix Meike Gesa Lasse Okke Telse',
                  family='Knoblauch Vogelsang Habermehl Strunkmann Wichmann Siebenhaar Tüshaus Osterkamp Rehbein Dieckmann'),
    'de-AT': dict(given='Gundula Bernadette Eustach Friedlinde Korbinian Ludmilla Ruprecht Scholastika Vinzenz Walpurga '
                        'Emmeram Hiltgund Pankraz Rosalinde'),
    'fr-FR': dict(given='Aymeric Blandine Eudoxie Guilhem Héloïse Isaure Jehan Léontine Maxence Perrine Quitterie Sixtine '
                        'Tancrède Eulalie Ghislain Hortense Philibert Roseline Amaury Bertille Enguerrand Lison Honorine'),
    'es-ES': dict(given='Eguzkiñe Garazi Iker Jone Kepa Lorea Mikel Nahia Oihane Paule Urko Uxue Yerai Zuriñe Aitziber '
                        'Arantxa Bittor Edurne Haizea Igone Josune Koldo Nerea Txomin',
                  family='Aguirrezabala Basterretxea Elorriaga Goitia Iturralde Larrañaga Mugica Otxoa Uriarte Zabaleta '
                         'Etxeberria Arteaga'),
    'it-IT': dict(given='Amedeo Benedetta Cosimo Domitilla Egidio Flaminia Gherardo Ippolita Lorenzino Melchiorre Nicoletta '
                        'Orsola Prospero Quirino Rosalba Sigismondo Tecla Ubaldo Venanzio Zelinda Clotilde Ermenegildo Fiorenza'),
    'nl-NL': dict(given='Jildou Sytske Wiebren Hylke Auke Froukje Tjitske Baukje Gerbrich Jelmer Lolkje Rintje Sjoukje Ytsen'),
    'pl-PL': dict(given='Bolesława Czesław Dobromir Eugenia Gościsław Honorata Ignacy Kazimiera Leokadia Mieczysław Nikodem '
                        'Przemysława Radomiła Sędzimir Teodozja Wacława Zbysław Żywia',
                  family='Bździuch Chrząszcz Dziewięcki Gżegżółka Jaźwiński Kwiatkowiak Łęczycki Pstrągowski Szczygieł Źrebiec',
                  streets='Jaśminowa|Malwowa|Rumiankowa|Storczykowa|Tatarakowa|Wiśniowa|Zawilcowa|Żurawinowa'),
    'sv-SE': dict(given='Alfhild Botvid Dagny Edla Folke Gudrun Hjalmar Ingegerd Jon-Erik Ragnvald Solveig Torgny Ulva '
                        'Valdemar Ebba-Stina Gösta Märit Tyra Sune Tekla Greta-Lill Holger Vendela',
                  family='Blomqvist Fagerlund Granqvist Hallgren Kvarnström Lundquist Norrgård Rosenqvist Strömbäck Wikström'),
    'fi-FI': dict(given='Aune Eero Hilja Ilmari Kyllikki Lauri Martta Niilo Oiva Reino Saima Tauno Urho Vieno Yrjö Impi Kalervo',
                  family='Heikkilä Kauppinen Laitinen Mäkelä Nurmi Pesonen Rautio Salonen Tiainen Vainio Ahonen Halonen Kettunen'),
    'pt-BR': dict(given='Adalgisa Benedito Clarice Dorival Eulália Floriano Genésio Hermínia Irineu Jandira Leontina Moacir '
                        'Nair Otacílio Quitéria Raimunda Sebastião Tertuliano',
                  family='Albuquerque-Lins Bezerra Cordeiro Diniz Esteves Falcão Gusmão Holanda Jatobá Lacerda Meireles Paranhos '
                         'Queiroga Rebouças Siqueira Tavares Uchoa Valadares Xavier'),
    'es-MX': dict(given='Abundio Cleotilde Evaristo Filiberta Gumersindo Hermelinda Jacinto Leocadia Macrina Nicandro Obdulia '
                        'Perfecto Rigoberta Severiano Tranquilino',
                  family='Atzin Cuautle Huitrón Ixtlahuac Mixcoatl Necoechea Tepox Tlatelpa Xicoténcatl Zacarías'),
    'tr-TR': dict(given='Ayşegül Bülent Cansu Deniz Ebru Fikret Gönül Hülya İlkay Kâmil Leyla Melahat Necdet Övgü Pınar Sevim '
                        'Tülin Ümit Vedat Zülfikar Nevzat Şenay',
                  family='Altıntaş Büyükkaya Cömertoğlu Dağdelen Ekinci Fırat Gürsoy Hacıoğlu Işıklar Karabulut Oymak '
                         'Sönmez Taşdemir Uçar Yağcı'),
    'ru-RU': dict(given='Аглая:Aglaya Варфоломей:Varfolomey Гордей:Gordey Дорофея:Dorofeya Евпраксия:Evpraksiya Ермолай:Ermolay '
                        'Лукерья:Lukerya Мстислав:Mstislav Пелагея:Pelageya Савва:Savva Фёкла:Fyokla Христофор:Khristofor'),
    'uk-UA': dict(given='Горислава:Horyslava Добромир:Dobromyr Євдокія:Yevdokiia Лукія:Lukiia Милослав:Myloslav Остапій:Ostapii '
                        'Роксолана:Roksolana Світозар:Svitozar Ярема:Yarema Всеслава:Vseslava Зореслав:Zoreslav Любава:Liubava',
                  family='Вакарчук:Vakarchuk Гайдамака:Haidamaka Дзюба:Dziuba Жежерин:Zhezheryn Коломієць:Kolomiiets '
                         'Перебийніс:Perebyinis Сірко:Sirko Тягнибок:Tiahnybok Чорновол:Chornovol Шкурупій:Shkurupii'),
    'ar-SY': dict(streets='شارع الشميساني|شارع أبو بكر الصديق|شارع المدينة المنورة|شارع عبدالله غوشة|شارع الرينبو|شارع مكة'),
    'he-IL': dict(given='צופיה:tzofia אלישבע:elisheva שילה:shilo נהוראי:nehorai אגם:agam אורטל:ortal זיו:ziv תהילה:tehila '
                        'יהלי:yahali הודיה:hodaya אלמוג:almog רעות:reut אביטל:avital נגה:noga טוהר:tohar שלו:shalev אופק:ofek',
                  family='פרלמוטר:perlmutter וקנין:vaknin אזולאי:azulay טולדנו:toledano אבוטבול:abutbul שושן:shushan '
                         'זילברמן:zilberman סויסה:swisa אלקבץ:alkabetz טייב:tayeb ששון:sasson גבאי:gabay',
                  streets='רחוב הרימון|רחוב השקמה|רחוב הברוש|רחוב האלה|רחוב הכלנית|רחוב הנורית|רחוב החצב|רחוב הדולב|רחוב האשל'),
    'hi-IN': dict(family='अवस्थी:awasthi दीक्षित:dixit पांडेय:pandey मिश्रा:mishra शुक्ला:shukla तिवारी:tiwari निगम:nigam '
                         'खरे:khare कपूर:kapoor भटनागर:bhatnagar'),
    'zh-CN': dict(given='芷岚:zhilan 沐辰:muchen 锦程:jincheng 知秋:zhiqiu 星澜:xinglan 清越:qingyue 景珩:jingheng 谨言:jinyan '
                        '砚池:yanchi 疏桐:shutong 南乔:nanqiao 霁川:jichuan 听澜:tinglan 栖迟:qichi 闻璟:wenjing 怀瑾:huaijin '
                        '蕴仪:yunyi 楚瑶:chuyao 稚鱼:zhiyu 昀舒:yunshu',
                  family='欧阳:ouyang 司马:sima 上官:shangguan 诸葛:zhuge 皇甫:huangfu 尉迟:yuchi 公孙:gongsun 慕容:murong '
                         '令狐:linghu 宇文:yuwen 夏侯:xiahou 端木:duanmu 呼延:huyan 闻人:wenren 郗:xi 逄:pang 禚:zhuo 亓:qi 笪:da 谯:qiao'),
    'ja-JP': dict(given='千颯:chisa 柚葉:yuzuha 碧斗:aoto 杏樹:anju 奏汰:kanata 心晴:koharu 暖人:haruto 凪沙:nagisa '
                        '蒼空:sora 詩織:shiori 伊吹:ibuki 灯:akari',
                  family='秋月:akizuki 鷹司:takatsukasa 薬師寺:yakushiji 伊集院:ijuin 綾小路:ayanokoji 五百旗頭:iokibe '
                         '十文字:jumonji 九十九:tsukumo 月岡:tsukioka 朝比奈:asahina 南雲:nagumo 宍戸:shishido 不破:fuwa '
                         '巽:tatsumi 蓮見:hasumi 我孫子:abiko 鬼頭:kito 設楽:shitara 甘粕:amakasu 卜部:urabe',
                  streets='若宮町|柳町|鍛冶町|紺屋町|錦町|旭町|千代田町|松が枝町'),
    'ko-KR': dict(given='솔미:solmi 가람:garam 새롬:saerom 하늬:hanui 나래:narae 다솜:dasom 여울:yeoul 초롱:chorong 한결:hangyeol '
                        '누리:nuri 미르:mireu 별하:byeolha 은솔:eunsol 해찬:haechan 라온:raon 가온:gaon 한울:hanul 단비:danbi',
                  family='빈:bin 여:yeo 염:yeom 변:byeon 석:seok 설:seol 길:gil 표:pyo 맹:maeng 국:guk 어:eo 팽:paeng 좌:jwa '
                         '견:gyeon 빙:bing 음:eum 도:do 채:chae 진:jin 엄:eom',
                  streets='해운대해변로|들안로|첨단과기로|대덕대로|컨벤시아대로|송도과학로|광안해변로'),
    'el-GR': dict(given='Ανθούλα:anthoula Βαγγέλης:vangelis Γεράσιμος:gerasimos Δέσποινα:despoina Ευτέρπη:efterpi '
                        'Θεμιστοκλής:themistoklis Καλλιόπη:kalliopi Λεωνίδας:leonidas Μυρτώ:myrto Ξενοφών:xenofon '
                        'Ουρανία:ourania Σπυριδούλα:spyridoula',
                  family='Αναστασόπουλος:anastasopoulos Βουρλάκης:vourlakis Γιαννακοπούλου:giannakopoulou '
                         'Δημητρακόπουλος:dimitrakopoulos Ευαγγελάτος:evangelatos Κουτσογιάννη:koutsogianni '
                         'Μπακογιάννης:bakogiannis Σταυρίδου:stavridou Τριανταφύλλου:triantafyllou Φραγκιαδάκης:fragkiadakis'),
    'ro-RO': dict(given='Aurelian Brânduşa Ciprian Doiniţa Florica Gheorghiţă Ilinca Jenică Lucreţia Mirela Nicuşor Paraschiva '
                        'Rodica Sânziana Tiberiu Veturia'),
    'en-AU': dict(given='Darcy Ettie Lachie Mackenzie Ollie Pippa Rory Sheridan Tahlia Wren Bluey Jarrod'),
    'fa-AF': dict(given='ستوری:storai مرجان:marjan احمدشاه:ahmadshah گلالی:gulalai نوید:navid شبنم:shabnam'),
    'th-TH': dict(given='อรัญญา:aranya ชยพล:chayapon ปิยธิดา:piyathida กิตติภณ:kittiphon'),
}
for _tag, _more in MORE.items():
    if _tag not in L:
        continue
    if 'given' in _more:
        L[_tag]['given'] += _pairs(_more['given'])
    if 'family' in _more:
        L[_tag]['family'] += _pairs(_more['family'])
    if 'streets' in _more:
        L[_tag]['streets'] += _list(_more['streets'])


def apply_cut():
    for tag, d in L.items():
        d['given'] = cut(d['given'], tag + '.given')
        d['family'] = cut(d['family'], tag + '.family')
        if 'streets' in d:
            d['streets'] = cut(d['streets'], tag + '.streets')


# ----------------------------------------------------------------------------------------------------------
# Value generators. Everything validated; abort on an invalid value.
def die(msg):
    sys.exit('abort: ' + msg)


def ascii_fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).encode(
        'ascii', 'ignore').decode().lower().replace(' ', '').replace("'", '')


DRAMA = ('7700900', '2079460', '1632960', '491570', '555')


def gen_phone(rng, tag, fmt=None):
    d = L[L[tag]['host']]
    region = d['region']
    for _ in range(5000):
        pre, n = rng.choice(d['phone'])
        nsn = pre + ''.join(rng.choice('0123456789') for _ in range(n - len(pre)))
        if any(nsn.startswith(x) for x in DRAMA) or nsn[len(pre):].count(nsn[-1]) > 5:
            continue
        if region == 'US' and nsn[3:6] == '555':
            continue
        num = phonenumbers.parse(nsn, region)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            f = fmt or rng.choice(['NAT', 'NAT', 'INT', 'E164'])
            out = phonenumbers.format_number(num, {'NAT': phonenumbers.PhoneNumberFormat.NATIONAL,
                                                   'INT': phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                                                   'E164': phonenumbers.PhoneNumberFormat.E164}[f])
            chk = phonenumbers.parse(out, region)
            if not phonenumbers.is_valid_number_for_region(chk, region):
                die('phone ' + out)
            return out
    die('no phone for ' + tag)


def gen_dob(rng, lo, hi):
    a, b = dt.date(lo, 1, 1).toordinal(), dt.date(hi, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def fmt_date(tag, d, rng=None):
    if tag in ('en-US',):
        return f'{d.month:02d}/{d.day:02d}/{d.year}'
    if tag in ('zh-CN',):
        return f'{d.year}年{d.month}月{d.day}日'
    if tag == 'ja-JP':
        return f'{d.year}年{d.month}月{d.day}日'
    if tag == 'ko-KR':
        return f'{d.year}. {d.month}. {d.day}.'
    if tag in ('sv-SE', 'fa-AF', 'ti-ER') or (rng and rng.random() < 0.15):
        return d.isoformat()
    if tag in ('de-DE', 'de-AT', 'pl-PL', 'ru-RU', 'uk-UA', 'fi-FI', 'tr-TR', 'ro-RO'):
        return f'{d.day:02d}.{d.month:02d}.{d.year}'
    if tag in ('nl-NL',):
        return f'{d.day:02d}-{d.month:02d}-{d.year}'
    return f'{d.day:02d}/{d.month:02d}/{d.year}'


def gen_address(rng, tag):
    host = L[tag]['host']
    d = L[host]
    st = rng.choice(d['streets'])
    c = rng.choice(d['cities'])
    n = rng.randint(2, 148)
    if host == 'en-GB':
        return f"{n} {st}, {c[0]} {c[1]} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPQRSTUWXY')}"
    if host == 'en-US':
        return f"{rng.randint(100, 9899)} {st}, {c[0]}, {c[1]} {c[2]}{rng.randint(10, 99)}"
    if host in ('de-DE',):
        return f"{st} {n}, {c[1]}{rng.randint(100, 999)} {c[0]}"
    if host == 'de-AT':
        return f"{st} {n}/{rng.randint(1, 24)}, {c[1]}{rng.randint(10, 99)} {c[0]}"
    if host == 'fr-FR':
        return f"{n} {st}, {c[1]}{rng.randint(0, 9)}{rng.choice(['00', '10', '20', '30'])} {c[0]}"
    if host == 'es-ES':
        return f"{st[0].upper() + st[1:]} {n}, {rng.randint(1, 9)}º {rng.choice('ABCD')}, {c[1]}{rng.randint(0, 19):03d} {c[0]}"
    if host == 'it-IT':
        return f"{st[0].upper() + st[1:]} {n}, {c[1]}{rng.randint(21, 49)} {c[0]} ({c[2]})"
    if host == 'nl-NL':
        return f"{st} {n}, {c[1]}{rng.randint(10, 99)} {rng.choice('BCDEGHJKLMNPRTVWXZ')}{rng.choice('BCDEGHJKLMNPRTVWXZ')} {c[0]}"
    if host == 'pl-PL':
        return f"ul. {st} {n}/{rng.randint(1, 60)}, {c[1]}{rng.randint(0, 9)}-{rng.randint(100, 999)} {c[0]}"
    if host == 'sv-SE':
        return f"{st} {n}, {c[1]}{rng.randint(1, 9)} {rng.randint(10, 99)} {c[0]}"
    if host == 'fi-FI':
        return f"{st} {n} {rng.choice('ABC')} {rng.randint(1, 30)}, {c[1]}{rng.randint(100, 900):03d} {c[0]}"
    if host == 'pt-BR':
        return f"{st}, {n * 7}, apto {rng.randint(11, 184)} – {c[0]} – {c[1]}, CEP {c[2]}{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}"
    if host == 'es-MX':
        return f"{st} {n}, Col. {rng.choice(['Centro', 'Del Valle', 'Reforma', 'Jardines'])}, C.P. {c[2]}{rng.randint(100, 999)}, {c[0]}"
    if host == 'tr-TR':
        return f"{rng.choice(['Atatürk', 'Cumhuriyet', 'Yenimahalle', 'Bahçelievler'])} Mah. {st} Sok. No: {n} D: {rng.randint(1, 20)}, {c[2]}{rng.randint(100, 999)} {c[1]}/{c[0]}"
    if host == 'ru-RU':
        return f"{c[1]}{rng.randint(0, 99):03d}, г. {c[0]}, ул. {st}, д. {n}, кв. {rng.randint(1, 220)}"
    if host == 'uk-UA':
        return f"м. {c[0]}, вул. {st}, буд. {n}, кв. {rng.randint(1, 180)}, {c[1]}{rng.randint(0, 999):03d}"
    if host == 'ar-SY':
        return f"{c[0]}، {st}، بناية رقم {n}، الطابق {rng.randint(1, 6)}"
    if host == 'he-IL':
        return f"{st} {n}, דירה {rng.randint(1, 40)}, {c[0]}"
    if host == 'hi-IN':
        return f"मकान नं. {n}/{rng.randint(1, 40)}, {st}, {c[0]} - {c[1]}{rng.randint(0, 99):03d}"
    if host == 'zh-CN':
        return f"{c[0]}{c[1]}{st}{n}号{rng.randint(1, 12)}栋{rng.randint(1, 30)}0{rng.randint(1, 4)}室"
    if host == 'ja-JP':
        return f"〒{c[1]}-{rng.randint(0, 9999):04d} {c[0]}{st}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    if host == 'ko-KR':
        return f"{c[0]} {c[1]} {st} {n}, {rng.randint(101, 115)}동 {rng.randint(1, 25)}0{rng.randint(1, 4)}호"
    if host == 'th-TH':
        return f"{n}/{rng.randint(1, 90)} {st} {c[0]} {c[1]}{rng.randint(100, 999)}"
    if host == 'el-GR':
        return f"{st} {n}, {c[1]}{rng.randint(0, 9)} {rng.randint(10, 99)} {c[0]}"
    if host == 'ro-RO':
        return f"{st} nr. {n}, bl. {rng.choice('ABCDEFGH')}{rng.randint(1, 9)}, ap. {rng.randint(1, 60)}, {c[0]} {c[1]}{rng.randint(100, 999)}"
    if host == 'en-AU':
        return f"{n} {st}, {c[0]} {c[1]} {c[2]}"
    die('address ' + tag)


def gen_person(rng, tag, sex=None):
    d = L[tag]
    g = rng.choice(d['given'])
    f = rng.choice(d['family'])
    if tag in ('zh-CN', 'ja-JP', 'ko-KR'):
        sep = '' if tag != 'ja-JP' or rng.random() < 0.5 else '\u3000'
        name = f[0] + sep + g[0]
        roman = (g[1], f[1])
    else:
        name = g[0] + ' ' + f[0]
        roman = (g[1], f[1])
    return dict(name=name, given=g[0], family=f[0], roman=roman, tag=tag)


MAILHOSTS = {'en-GB': ['btinternet.com', 'gmail.com', 'outlook.com'], 'en-US': ['gmail.com', 'yahoo.com', 'icloud.com'],
             'de-DE': ['web.de', 'gmx.de', 't-online.de'], 'de-AT': ['gmx.at', 'aon.at'], 'fr-FR': ['orange.fr', 'laposte.net', 'free.fr'],
             'es-ES': ['gmail.com', 'hotmail.es'], 'it-IT': ['libero.it', 'virgilio.it', 'gmail.com'], 'nl-NL': ['ziggo.nl', 'kpnmail.nl'],
             'pl-PL': ['wp.pl', 'onet.pl', 'o2.pl'], 'sv-SE': ['telia.com', 'gmail.com'], 'fi-FI': ['gmail.com', 'elisanet.fi'],
             'pt-BR': ['uol.com.br', 'bol.com.br', 'gmail.com'], 'es-MX': ['prodigy.net.mx', 'gmail.com'], 'tr-TR': ['gmail.com', 'hotmail.com'],
             'ru-RU': ['yandex.ru', 'mail.ru'], 'uk-UA': ['ukr.net', 'i.ua'], 'ar-SY': ['gmail.com', 'hotmail.com'],
             'fa-AF': ['gmail.com', 'yahoo.com'], 'ti-ER': ['gmail.com'], 'he-IL': ['walla.co.il', 'gmail.com'],
             'hi-IN': ['rediffmail.com', 'gmail.com'], 'zh-CN': ['qq.com', '163.com'], 'ja-JP': ['docomo.ne.jp', 'yahoo.co.jp'],
             'ko-KR': ['naver.com', 'daum.net'], 'th-TH': ['hotmail.co.th', 'gmail.com'], 'el-GR': ['otenet.gr', 'yahoo.gr'],
             'ro-RO': ['yahoo.ro', 'gmail.com'], 'en-AU': ['bigpond.com', 'optusnet.com.au']}


def gen_email(rng, p):
    g, f = ascii_fold(p['roman'][0]), ascii_fold(p['roman'][1])
    style = rng.randint(0, 4)
    yr = p['dob'].year if p.get('dob') else rng.randint(1960, 2005)
    local = [f'{g}.{f}', f'{g[0]}{f}{rng.randint(1, 99)}', f'{f}.{g}{yr % 100:02d}', f'{g}_{f[:4]}', f'{g}{f}{yr}'][style]
    if p['tag'] == 'zh-CN' and rng.random() < 0.5:
        local = str(rng.randint(10 ** 7, 10 ** 10))
    return f"{local}@{rng.choice(MAILHOSTS[p['tag']])}"


def gen_ip(rng):
    bad = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]
    for _ in range(1000):
        ip = ipaddress.ip_address(f'{rng.choice([31, 37, 46, 62, 78, 81, 86, 89, 92, 94, 109, 151, 176, 188, 212, 217])}.'
                                  f'{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}')
        if ip.is_global and not any(ip in b for b in bad):
            return str(ip)
    die('ip')


def _search(rng, base_fn, valid, suffixes='0123456789'):
    for _ in range(20000):
        base = base_fn()
        for s in suffixes:
            if valid(base + s):
                return base + s
    die('id search')


def _digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def gen_iban(rng, cc):
    spec = {'DE': 18, 'NL': None, 'GB': None, 'FR': None, 'ES': 20, 'IT': None, 'PL': 24, 'AT': 16, 'SE': 20,
            'FI': 14, 'TR': None, 'RO': None, 'GR': 23, 'UA': None, 'IL': 19, 'BR': None}
    for _ in range(20000):
        if cc == 'NL':
            bban = rng.choice(['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO']) + _digits(rng, 10)
        elif cc == 'GB':
            bban = rng.choice(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + _digits(rng, 14)
        elif cc == 'FR':
            bban = _digits(rng, 10) + _digits(rng, 11) + _digits(rng, 2)
        elif cc == 'IT':
            bban = rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') + _digits(rng, 10) + _digits(rng, 12)
        elif cc == 'TR':
            bban = _digits(rng, 5) + '0' + _digits(rng, 16)
        elif cc == 'RO':
            bban = rng.choice(['BTRL', 'RNCB', 'BRDE', 'INGB']) + ''.join(rng.choice('0123456789ABCDEFGHJK') for _ in range(16))
        elif cc == 'UA':
            bban = _digits(rng, 6) + _digits(rng, 19)
        else:
            bban = _digits(rng, spec[cc])
        if cc == 'DE' and bban[0] == '0':
            continue
        raw = bban + cc + '00'
        num = int(''.join(str(int(ch, 36)) for ch in raw))
        iban = f'{cc}{98 - num % 97:02d}{bban}'
        if iban in ('DE89370400440532013000', 'GB82WEST12345698765432', 'NL91ABNA0417164300', 'FR1420041010050500013M02606'):
            continue
        if std_iban.is_valid(iban):
            return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4)) if rng.random() < 0.6 else iban
    die('iban ' + cc)


TEST_CARDS = {'4111111111111111', '4242424242424242', '5555555555554444', '4012888888881881', '5105105105105100',
              '378282246310005', '4000056655665556', '5200828282828210'}


def gen_card(rng):
    for _ in range(1000):
        pre = rng.choice(['4', '51', '52', '53', '54', '55', '2221'])
        body = pre + _digits(rng, 15 - len(pre))
        card = body + luhn.calc_check_digit(body)
        if card not in TEST_CARDS and luhn.is_valid(card):
            return ' '.join(card[i:i + 4] for i in range(0, 16, 4))
    die('card')


def mrz_check(s):
    vals = {**{str(i): i for i in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, '<': 0}
    return str(sum(vals[c] * w for c, w in zip(s, [7, 3, 1] * 20)) % 10)


def gen_passport(rng, nat, family_roman, given_roman, dob, sex):
    if nat == 'D':
        num = rng.choice('CFGHJK') + ''.join(rng.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))
    else:
        num = rng.choice('ABCNPRSTU') + _digits(rng, 8)
    exp = dt.date(rng.randint(2027, 2035), rng.randint(1, 12), rng.randint(1, 28))
    yymmdd = lambda d: d.strftime('%y%m%d')
    l1 = ('P<' + nat.ljust(3, '<') + re.sub('[^A-Z]', '<', ascii_fold(family_roman).upper()) + '<<'
          + re.sub('[^A-Z]', '<', ascii_fold(given_roman).upper()))[:44].ljust(44, '<')
    pn = num.ljust(9, '<')[:9]
    pers = '<' * 14
    body = pn + mrz_check(pn) + nat.ljust(3, '<') + yymmdd(dob) + mrz_check(yymmdd(dob)) + sex + yymmdd(exp) + mrz_check(yymmdd(exp)) + pers + mrz_check(pers)
    comp = pn + mrz_check(pn) + yymmdd(dob) + mrz_check(yymmdd(dob)) + yymmdd(exp) + mrz_check(yymmdd(exp)) + pers + mrz_check(pers)
    l2 = body + mrz_check(comp)
    if len(l1) != 44 or len(l2) != 44 or mrz_check(l2[:9]) != l2[9]:
        die('mrz')
    return num, l1 + '\n' + l2


def gen_uk_dl(rng, family_roman, given_roman, dob, female):
    sur = (re.sub('[^A-Z]', '', ascii_fold(family_roman).upper()) + '99999')[:5]
    m = dob.month + (50 if female else 0)
    ini = (re.sub('[^A-Z]', '', ascii_fold(given_roman).upper())[:1] + '9')
    return f'{sur}{str(dob.year)[2]}{m:02d}{dob.day:02d}{str(dob.year)[3]}{ini}9{rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")}{rng.randint(10, 99)}'


def gen_us_dl(rng, state):
    if state == 'CA':
        return rng.choice('ABCDEFGHJKLMNPRSTUVWY') + _digits(rng, 7)
    if state == 'TX':
        return _digits(rng, 8)
    if state == 'WA':
        return 'WDL' + ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(9))
    if state == 'OH':
        return rng.choice('ABCDEFGHJKLMNPRST') + rng.choice('ABCDEFGHJKLMNPRST') + _digits(rng, 6)
    return rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + _digits(rng, 12)


def gen_mrn(rng, tag):
    if tag == 'en-GB':
        return 'Hospital no.', f'{rng.choice("RKWJT")}{rng.choice("ABHLMX")}{rng.randint(1, 9)}{_digits(rng, 6)}'
    if tag in ('de-DE', 'de-AT'):
        return rng.choice(['Patienten-Nr.', 'Fallzahl']), _digits(rng, 9)
    if tag == 'fr-FR':
        return 'IPP', _digits(rng, 10)
    if tag == 'zh-CN':
        return '病历号', _digits(rng, 10)
    if tag == 'ja-JP':
        return '診察券番号', _digits(rng, 8)
    return rng.choice(['MRN', 'MR#', 'Chart no.']), _digits(rng, rng.choice([7, 8]))


def gen_ssn(rng):
    def f():
        a = rng.randint(1, 899)
        if a == 666:
            a = 667
        return f'{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}'
    for _ in range(100):
        s = f()
        if us_ssn.is_valid(s) and s not in ('078-05-1120', '219-09-9999'):
            return s
    die('ssn')


def gen_us_bank(rng):
    r = _search(rng, lambda: f'{rng.choice(list(range(1, 13)) + list(range(21, 33))):02d}' + _digits(rng, 6), us_rtn.is_valid)
    return r, _digits(rng, rng.randint(9, 12))


def gen_national(rng, tag, dob, female, p):
    """One locale-true identifier: (label, value, entity type)."""
    y, m, d = dob.year, dob.month, dob.day
    yy = f'{y % 100:02d}'
    if tag == 'en-GB':
        v = _search(rng, lambda: _digits(rng, 9), gb_nhs.is_valid)
        return ('NHS number', f'{v[:3]} {v[3:6]} {v[6:]}', 'HEALTH_INSURANCE')
    if tag == 'en-US':
        return ('SSN', gen_ssn(rng), 'ssn')
    if tag == 'de-DE':
        v = _search(rng, lambda: str(rng.randint(1, 9)) + _digits(rng, 9), de_idnr.is_valid)
        return ('Steuer-ID', f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}' if rng.random() < 0.5 else v, 'TAX_ID')
    if tag == 'de-AT':
        for _ in range(1000):
            serial = f'{rng.randint(1000, 9999)}'
            dd = f'{d:02d}{m:02d}{yy}'
            try:
                v = serial[:3] + at_vnr.calc_check_digit(serial[:3] + '0' + dd) + dd
            except Exception:
                continue
            if at_vnr.is_valid(v):
                return ('SV-Nummer (e-card)', f'{v[:4]} {v[4:]}', 'HEALTH_INSURANCE')
        die('vnr')
    if tag == 'fr-FR':
        for _ in range(1000):
            base = f"{2 if female else 1}{yy}{m:02d}{rng.choice(['35', '87', '38', '37', '80', '54', '29', '21', '75', '99'])}{rng.randint(1, 899):03d}{rng.randint(1, 999):03d}"
            v = base + fr_nir.calc_check_digits(base)
            if fr_nir.is_valid(v):
                return ('N° de sécurité sociale (carte Vitale)', f'{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}', 'HEALTH_INSURANCE')
        die('nir')
    if tag == 'es-ES':
        n = rng.randint(10 ** 7, 10 ** 8 - 1)
        v = f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
        if not es_dni.is_valid(v):
            die('dni')
        return ('DNI', v, 'NATIONAL_ID')
    if tag == 'it-IT':
        cons = lambda s: (re.sub('[^BCDFGHJKLMNPQRSTVWXYZ]', '', ascii_fold(s).upper()) + re.sub('[^AEIOU]', '', ascii_fold(s).upper()) + 'XXX')
        sur = cons(p['family'])[:3]
        gc = re.sub('[^BCDFGHJKLMNPQRSTVWXYZ]', '', ascii_fold(p['given']).upper())
        nam = (gc[0] + gc[2] + gc[3]) if len(gc) >= 4 else cons(p['given'])[:3]
        base = f"{sur}{nam}{yy}{'ABCDEHLMPRST'[m - 1]}{d + (40 if female else 0):02d}{rng.choice(['A944', 'L219', 'G224', 'A662', 'L781', 'G478'])}"
        v = base + it_cf.calc_check_digit(base)
        if not it_cf.is_valid(v):
            die('cf ' + v)
        return ('Codice fiscale', v, 'TAX_ID')
    if tag == 'nl-NL':
        v = _search(rng, lambda: str(rng.randint(1, 6)) + _digits(rng, 7), nl_bsn.is_valid)
        return ('BSN', v, 'NATIONAL_ID')
    if tag == 'pl-PL':
        mm = m + (20 if y >= 2000 else 0)
        base = f'{yy}{mm:02d}{d:02d}{_digits(rng, 3)}{rng.choice("02468" if female else "13579")}'
        v = base + str((10 - sum(int(a) * w for a, w in zip(base, [1, 3, 7, 9] * 3)) % 10) % 10)
        if not pl_pesel.is_valid(v):
            die('pesel')
        return ('PESEL', v, 'NATIONAL_ID')
    if tag == 'sv-SE':
        base = f'{yy}{m:02d}{d:02d}{rng.randint(20, 99)}{rng.choice("02468" if female else "13579")}'
        v = f'{base[:6]}-{base[6:]}{luhn.calc_check_digit(base)}'
        if not se_pnr.is_valid(v):
            die('pnr ' + v)
        return ('Personnummer', v, 'NATIONAL_ID')
    if tag == 'fi-FI':
        ind = rng.randint(2, 899)
        if (ind % 2 == 0) != female:
            ind += 1
        sign = '-' if y < 2000 else 'A'
        core = f'{d:02d}{m:02d}{yy}'
        v = f'{core}{sign}{ind:03d}' + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(core + f'{ind:03d}') % 31]
        if not fi_hetu.is_valid(v):
            die('hetu ' + v)
        return ('Henkilötunnus', v, 'NATIONAL_ID')
    if tag == 'pt-BR':
        for _ in range(1000):
            b = _digits(rng, 9)
            for s in range(100):
                c = b + f'{s:02d}'
                if br_cpf.is_valid(c):
                    return ('CPF', f'{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}', 'TAX_ID')
        die('cpf')
    if tag == 'es-MX':
        L4 = (ascii_fold(p['family'])[:1] + 'AEIOU'[rng.randint(0, 4)] + rng.choice('BCDGHLMNRSTVZ') + ascii_fold(p['given'])[:1]).upper()
        st = rng.choice(['PL', 'JC', 'NL', 'OC', 'YN', 'DF'])
        for _ in range(100):
            base = f"{L4}{yy}{m:02d}{d:02d}{'M' if female else 'H'}{st}{rng.choice('BCDFGHJKLMNPRSTVZ')}{rng.choice('BCDFGHJKLMNPRSTVZ')}{rng.choice('BCDFGHJKLMNPRSTVZ')}{'A' if y >= 2000 else '0'}"
            v = base + mx_curp.calc_check_digit(base)
            if mx_curp.is_valid(v):
                return ('CURP', v, 'NATIONAL_ID')
        die('curp')
    if tag == 'tr-TR':
        b = str(rng.randint(1, 9)) + _digits(rng, 8)
        v = b + tr_tck.calc_check_digits(b)
        if not tr_tck.is_valid(v):
            die('tck')
        return ('T.C. Kimlik No', v, 'NATIONAL_ID')
    if tag == 'ru-RU':
        b = rng.choice(['16', '63', '59', '70', '76']) + _digits(rng, 8)
        v = b + ru_inn.calc_personal_check_digits(b)
        if not ru_inn.is_valid(v):
            die('inn')
        return ('ИНН', v, 'TAX_ID')
    if tag == 'uk-UA':
        days = (dob - dt.date(1899, 12, 31)).days
        for _ in range(100):
            b = f'{days:05d}{_digits(rng, 3)}{rng.choice("02468" if female else "13579")}'
            v = b + ua_rntrc.calc_check_digit(b)
            if ua_rntrc.is_valid(v):
                return ('РНОКПП', v, 'TAX_ID')
        die('rntrc')
    if tag == 'he-IL':
        v = _search(rng, lambda: str(rng.randint(0, 3)) + _digits(rng, 7), il_idnr.is_valid)
        return ('ת.ז.', v, 'NATIONAL_ID')
    if tag == 'hi-IN':
        if rng.random() < 0.6:
            v = _search(rng, lambda: str(rng.randint(2, 9)) + _digits(rng, 10), in_aadhaar.is_valid)
            return ('आधार संख्या', f'{v[:4]} {v[4:8]} {v[8:]}', 'NATIONAL_ID')
        v = ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + 'P' + ascii_fold(p['roman'][1])[0].upper() + _digits(rng, 4) + rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
        if not in_pan.is_valid(v):
            die('pan ' + v)
        return ('PAN', v, 'TAX_ID')
    if tag == 'zh-CN':
        area = rng.choice(L['zh-CN']['cities'])[2]
        b = f'{area}{y}{m:02d}{d:02d}{rng.randint(10, 99)}{rng.choice("02468" if female else "13579")}'
        v = next((b + c for c in '0123456789X' if cn_ric.is_valid(b + c)), None)
        if not v:
            die('ric ' + b)
        return ('身份证号', v, 'NATIONAL_ID')
    if tag == 'ja-JP':
        b = str(rng.randint(1, 9)) + _digits(rng, 10)
        v = b + jp_in.calc_check_digit(b)
        if not jp_in.is_valid(v):
            die('mynumber')
        return ('個人番号', f'{v[:4]} {v[4:8]} {v[8:]}', 'NATIONAL_ID')
    if tag == 'ko-KR':
        g = (4 if female else 3) if y >= 2000 else (2 if female else 1)
        for _ in range(500):
            b = f'{yy}{m:02d}{d:02d}{g}{rng.randint(0, 95):02d}{_digits(rng, 3)}'
            v = b + kr_rrn.calc_check_digit(b)
            if kr_rrn.is_valid(v):
                return ('주민등록번호', f'{v[:6]}-{v[6:]}', 'NATIONAL_ID')
        die('rrn')
    if tag == 'th-TH':
        b = str(rng.randint(1, 8)) + _digits(rng, 11)
        v = b + th_pin.calc_check_digit(b)
        if not th_pin.is_valid(v):
            die('thpin')
        return ('เลขประจำตัวประชาชน', f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}', 'NATIONAL_ID')
    if tag == 'el-GR':
        v = _search(rng, lambda: f'{d:02d}{m:02d}{yy}' + _digits(rng, 3) + rng.choice('02468' if female else '13579'), gr_amka.is_valid)
        return ('ΑΜΚΑ', v, 'HEALTH_INSURANCE')
    if tag == 'ro-RO':
        s = (6 if female else 5) if y >= 2000 else (2 if female else 1)
        b = f'{s}{yy}{m:02d}{d:02d}{rng.randint(1, 40):02d}{rng.randint(1, 999):03d}'
        v = b + ro_cnp.calc_check_digit(b)
        if not ro_cnp.is_valid(v):
            die('cnp')
        return ('CNP', v, 'NATIONAL_ID')
    if tag == 'en-AU':
        v = _search(rng, lambda: _digits(rng, 8), au_tfn.is_valid)
        return ('TFN', f'{v[:3]} {v[3:6]} {v[6:]}', 'TAX_ID')
    if tag in ('ar-SY', 'fa-AF', 'ti-ER'):
        nat = {'ar-SY': 'SYR', 'fa-AF': 'AFG', 'ti-ER': 'ERI'}[tag]
        num, mrz = gen_passport(rng, nat, p['roman'][1], p['roman'][0], dob, 'F' if female else 'M')
        return ('Passport', num, 'PASSPORT')
    die('national ' + tag)


IBAN_CC = {'en-GB': 'GB', 'de-DE': 'DE', 'de-AT': 'AT', 'fr-FR': 'FR', 'es-ES': 'ES', 'it-IT': 'IT', 'nl-NL': 'NL',
           'pl-PL': 'PL', 'sv-SE': 'SE', 'fi-FI': 'FI', 'tr-TR': 'TR', 'ro-RO': 'RO', 'el-GR': 'GR', 'uk-UA': 'UA',
           'he-IL': 'IL'}


# ----------------------------------------------------------------------------------------------------------
# Historical people (dead for generations): never issued values. Own lists, cut like the others.
HIST = {
    'en-GB': (_list('Keziah|Obadiah|Jemima|Hezekiah|Tabitha|Ezekiel|Mercy|Josiah|Thirza|Eliphalet|Dorcas|Jabez|Kerenhappuch|Shadrach'),
              _list('Threadgold|Pocklington|Sidebottom|Gotobed|Winterbottom|Hardcastle|Ollerenshaw|Blenkinsop|Cowburn|Scattergood|Pickersgill|Loveday')),
    'de-DE': (_list('Anna Margaretha|Johann Friedrich|Maria Elisabetha|Johann Heinrich|Catharina Dorothea|Georg Wilhelm|Anna Catharina|Johann Christoph|Eva Rosina|Conrad'),
              _list('Hüpeden|Rodewald|Stöckmann|Meinecke|Bödeker|Schnackenberg|Ohlendorf|Wachsmuth|Knigge|Pröhl')),
    'sv-SE': (_list('Stina|Pehr|Brita|Olof|Kerstin|Nils|Ingrid|Lars|Karin|Jöns|Märet'),
              _list('Olsdotter|Persson|Ersdotter|Jönsson|Nilsdotter|Larsson|Påvelsdotter|Andersdotter')),
    'it-IT': (_list('Giobatta|Annunziata|Gaetano|Filomena|Serafino|Crocifissa|Pasquale|Immacolata|Eustachio|Addolorata'),
              _list('Sciacchitano|Buonocore|Scognamiglio|Lojacono|Spadafora|Tuccillo|Mazzacane|Pappalardo')),
    'pl-PL': (_list('Franciszka|Wojciech|Marianna|Walenty|Agnieszka|Jakub|Rozalia|Bartłomiej|Apolonia|Szymon'),
              _list('Pietraszek|Kubacki|Wdowiak|Gąsiorek|Mazurkiewicz|Słomka|Cebula|Dudziak')),
    'nb-NO': (_list('Ingeborg|Halvor|Gunhild|Knut|Ragnhild|Torstein|Sigrid|Ole|Marit|Tollef'),
              _list('Haugen|Bakkerud|Tveiten|Nordbø|Kleppe|Fossum|Rustad|Lien')),
}
LITERARY = _list('Jane Eyre|Oliver Twist|Tom Brown|Anne Shirley|Huckleberry Finn|Pippi Longstocking|Heidi|Pinocchio|'
                 'David Copperfield|Matilda Wormwood|Wackford Squeers|Nicholas Nickleby|Smike|Becky Sharp|'
                 'Jean Valjean|Cosette|Fantine|Raskolnikov|Sonya Marmeladova|Oblomov|Emma Bovary|Effi Briest|'
                 'Sherlock Holmes|Esther Summerson|Hans Castorp|Josef K.|Ivan Denisovich')
PUBLIC_HIST = _list('Elizabeth Fry|Florence Nightingale|Thomas Barnardo|Fridtjof Nansen|Janusz Korczak|Ignaz Semmelweis|'
                    'Mary Seacole|John Howard|Maria Montessori|Octavia Hill|Robert Owen|Dorothea Dix|Friedrich Fröbel|'
                    'Henri Dunant|Clara Barton|Eglantyne Jebb|Albert Einstein|Marc Chagall|Louis Braille|Edith Cavell|Emmeline Pankhurst|'
                    'Rudolf Virchow|Wilhelm Röntgen|Anna Freud')
HIST_STREETS = _list('Tanyard Row|Chapel Fold|Ropewalk Court|Pinfold Yard|Weavers Square|Tenter Lane|Malt Kiln Row|Goose Green|'
                     'Cordwainers Row|Tallowchandler Yard|Flaxdresser Lane|Fellmonger Row|Hosier Lane|Skinnergate|Ratten Row|'
                     'Shambles Yard|Dyehouse Fold|Bleachfield Row')
PRISON_FICTION = _list('Jean Valjean|Edmond Dantès|Ivan Denisovich|William Dorrit|Abel Magwitch|Hester Prynne')
TENANT_FICTION = _list('Sherlock Holmes|Mrs Hudson|Leopold Bloom|Oblomov|Holly Golightly|Arthur Dent')


HIST_MORE = {
    'en-GB': ('Ebenezer|Zillah|Absalom|Charity|Barzillai|Tryphena|Enoch|Bathsheba|Elkanah|Lettice|Zebedee|Temperance|Phineas|Hephzibah',
              'Bottomley|Fothergill|Haworth|Illingworth|Micklethwaite|Ormerod|Sugden|Tattersall|Uttley|Whiteoak|Ackroyd|Brearley'),
    'de-DE': ('Gottlieb|Anna Regina|Johann Gottfried|Maria Sophia|Christian Ludwig|Dorothea Elisabeth|Johann Jacob|Anna Barbara|'
              'Friedrich August|Christiane Wilhelmine|Joachim Heinrich|Sophie Louise|Ernst Gottlob|Johanne Friederike|Hans Jürgen|Ilsabe',
              'Timmermann|Vosshage|Kruckenberg|Lüdeking|Grotefend|Heitmüller|Brandhorst|Quakernack'),
    'sv-SE': ('Elsa|Per|Anna Greta|Sven|Märta|Anders|Kjerstin|Måns|Botilla|Jöran', 'Svensdotter|Månsson|Jonsdotter|Pålsson'),
    'it-IT': ('Vincenza|Rosario|Carmela|Calogero|Concetta|Gennaro|Assunta|Salvatore|Nunziata|Agatino',
              'Cannizzaro|Lombardo|Pizzolato|Scarpinato|Vitale|Zappalà'),
    'pl-PL': ('Katarzyna|Maciej|Jadwiga|Wawrzyniec|Salomea|Kacper|Tekla|Józef|Łucja|Błażej|Petronela|Grzegorz',
              'Bednarczyk|Kępa|Olejnik|Pawlak|Rzepka|Sowa'),
    'nb-NO': ('Anne|Gudbrand|Kari|Amund|Guri|Eivind|Tone|Aslak|Berte|Helge|Signe|Torkel|Birgit|Nils|Ingrid|Tarald',
              'Sandvik|Bjørnstad|Holte|Kvamme|Myhre|Søreide'),
}


def apply_cut_hist():
    for k, (g, f) in HIST_MORE.items():
        HIST[k] = (HIST[k][0] + _list(g), HIST[k][1] + _list(f))
    global LITERARY, PUBLIC_HIST
    for k, (g, f) in list(HIST.items()):
        HIST[k] = (cut(g, 'hist.' + k + '.given'), cut(f, 'hist.' + k + '.family'))
        if len(HIST[k][0]) < 3 or len(HIST[k][1]) < 3:
            sys.exit(f'abort: historical pool {k} too small after the blindness cut')
    global PRISON_FICTION, TENANT_FICTION, HIST_STREETS
    HIST_STREETS = cut(HIST_STREETS, 'hist_streets')
    LITERARY = cut(LITERARY, 'literary')
    PRISON_FICTION = cut(PRISON_FICTION, 'prison_fiction')
    TENANT_FICTION = cut(TENANT_FICTION, 'tenant_fiction')
    PUBLIC_HIST = cut(PUBLIC_HIST, 'public_hist')


def hist_name(rng, era, avoid=()):
    g, f = HIST[era]
    for _ in range(50):
        n = f'{rng.choice(g)} {rng.choice(f)}'
        if n not in avoid and n.split()[0] not in {a.split()[0] for a in avoid}:
            return n
    return n


class Rec:
    def __init__(self):
        self.issued = []

    def v(self, value, etype):
        self.issued.append((value, etype))
        return value


GROUP_TAGS = {
    'pupil': ['en-GB', 'pl-PL', 'de-DE', 'fr-FR', 'nl-NL', 'sv-SE', 'es-ES', 'ja-JP', 'ko-KR', 'tr-TR', 'hi-IN', 'ro-RO', 'en-US'],
    'patient': ['en-GB', 'de-AT', 'fr-FR', 'it-IT', 'el-GR', 'fi-FI', 'zh-CN', 'th-TH', 'he-IL', 'pt-BR', 'en-US', 'ru-RU'],
    'care_resident': ['en-GB', 'de-DE', 'de-AT', 'nl-NL', 'sv-SE', 'fi-FI', 'ja-JP', 'it-IT', 'en-AU', 'fr-FR'],
    'prisoner': ['en-US', 'en-GB', 'es-MX', 'pt-BR', 'ru-RU', 'tr-TR', 'pl-PL', 'en-AU', 'ro-RO', 'th-TH'],
    'refugee': ['ar-SY', 'fa-AF', 'ti-ER', 'uk-UA', 'ar-SY', 'fa-AF', 'uk-UA'],
    'employee': ['de-DE', 'nl-NL', 'en-US', 'es-ES', 'it-IT', 'pl-PL', 'tr-TR', 'en-US', 'en-AU', 'zh-CN', 'ko-KR', 'ro-RO', 'el-GR', 'hi-IN'],
    'tenant': ['en-GB', 'de-DE', 'fr-FR', 'es-ES', 'sv-SE', 'fi-FI', 'he-IL', 'en-US', 'pt-BR', 'uk-UA', 'ru-RU'],
    'student_abroad': ['zh-CN', 'hi-IN', 'ko-KR', 'tr-TR', 'es-MX', 'pt-BR', 'th-TH', 'ja-JP', 'uk-UA', 'el-GR', 'it-IT'],
    'deceased': ['en-GB', 'de-DE', 'nl-NL', 'sv-SE', 'fi-FI', 'it-IT', 'es-ES', 'en-US', 'ja-JP', 'he-IL', 'en-AU', 'pl-PL'],
    'ancestry': ['en-GB', 'en-US', 'sv-SE', 'de-DE', 'it-IT', 'pl-PL', 'en-AU', 'nl-NL'],
}
BORN = {'pupil': (2009, 2021), 'patient': (1938, 2001), 'care_resident': (1926, 1948), 'prisoner': (1962, 2004),
        'refugee': (1970, 2006), 'employee': (1962, 2004), 'tenant': (1950, 2004), 'student_abroad': (1999, 2008),
        'deceased': (1931, 1978), 'ancestry': (1948, 2012)}

G = {
    'pupil': dict(
        docs=['End-of-term school report', 'Child protection referral (MASH)', 'Paediatric outpatient letter',
              'SEN support plan review', 'School trip consent return', 'Free school meals application',
              'Attendance improvement letter'],
        writers=['class teacher', 'safeguarding lead', 'school nurse', 'paediatric registrar', 'SENCO', 'school office'],
        notes=['Attendance 86% this term; 9 late marks, mostly Mondays.', 'Disclosed to a TA that there is often no food at home at weekends.',
               'Reading age about two years below chronological age; phonics catch-up started.',
               'Seen in clinic: asthma well controlled on salbutamol PRN; growth on 25th centile.',
               'Bruising to left forearm noticed in PE; account given was inconsistent.',
               'Working at greater depth in maths; needs support with handwriting and organisation.',
               'Peanut allergy, carries two auto-injectors (in office and in bag).',
               'Parents separated in September; contact with father every other weekend.',
               'Referred to CAMHS in March, still on the waiting list.', 'Very kind to younger pupils; excellent in choir.'],
        rel='parent/carer', instr=['Tidy up the wording, keep it warm but honest.', 'Summarise this for the strategy meeting in five bullets.',
                                    'Explain this letter in plain words for the parents.', 'Turn this into JSON with one object per child.',
                                    'Translate into English for the receiving school.', 'Draft the letter to the family from these notes.'],
        system=['You help school staff write reports and letters.', 'You are a safeguarding admin assistant for a primary school.',
                'You assist a children\'s outpatient clinic with correspondence.']),
    'patient': dict(
        docs=['Discharge summary', 'Laboratory results', 'GP referral letter', 'Outpatient clinic letter', 'Repeat prescription request',
              'Pre-operative assessment'],
        writers=['ward nurse', 'junior doctor', 'GP receptionist', 'patient', 'clinic secretary', 'pharmacist'],
        notes=['Admitted with community-acquired pneumonia; treated with IV co-amoxiclav, switched to oral on day 3.',
               'HbA1c 71 mmol/mol (previous 58); eGFR 52; potassium 5.4.', 'Suspected TIA, please see within 7 days.',
               'Left total knee replacement planned; stop clopidogrel 7 days before.', 'Ferritin 9, Hb 98 g/L: iron deficiency, start ferrous sulfate.',
               'Known epilepsy, on levetiracetam 750 mg BD; last seizure August.', 'HIV viral load undetectable, CD4 640.',
               'Discharged home with district nurse follow-up for wound care.', 'Positive FIT test; 2-week-wait colonoscopy booked.'],
        rel='next of kin', instr=['Summarise this for the patient in plain language.', 'Extract diagnoses, medicines and follow-up as JSON.',
                                  'Translate the letter into English.', 'Draft a reply to the GP confirming the appointment.',
                                  'Check the letter for errors before I send it.'],
        system=['You are a clinical documentation assistant. Be accurate.', 'You assist a GP practice front desk.',
                'You help hospital staff with correspondence; never invent results.']),
    'care_resident': dict(
        docs=['Care plan review', 'Admission assessment', 'Incident report (fall)', 'Fee payment form', 'Family update',
              'DoLS application notes'],
        writers=['care home manager', 'senior carer', 'activities coordinator', 'resident\'s daughter', 'finance officer'],
        notes=['Moderate dementia; becomes distressed in the late afternoon, responds well to music.',
               'Found on the floor beside the bed at 03:10, no head injury, observations normal.',
               'Needs two carers and a hoist for transfers; pressure area on sacrum grade 2.',
               'Weight down 3.1 kg in two months; fortified diet and weekly weighing.',
               'Enjoys the garden and the Tuesday reminiscence group.', 'DNACPR in place, discussed with family.',
               'Lacks capacity regarding residence; best-interests meeting held.'],
        rel='next of kin', instr=['Write a short update for the family from these notes.', 'Make this incident report clearer.',
                                  'Summarise for the care review.', 'Fill in the fee form from this information as JSON.'],
        system=['You help a residential care home with records and family letters.', 'You support care staff with documentation.']),
    'prisoner': dict(
        docs=['Parole dossier summary', 'Probation supervision note', 'Release and resettlement plan', 'Prison visit booking',
              'Legal visit request', 'Licence conditions'],
        writers=['probation officer', 'prison chaplain', 'defence solicitor', 'partner of the prisoner', 'resettlement worker'],
        notes=['Serving 4 years for burglary; eligible for release on licence in March.', 'Completed the Thinking Skills programme; positive staff reports.',
               'Exclusion zone around the victim\'s address; curfew 19:00-07:00 with tag.', 'Two adjudications for possession of a phone.',
               'Housing on release not yet confirmed; approved premises requested.', 'Recall risk: missed two appointments last month.',
               'Maintains contact with two children through the visits centre.'],
        rel='partner', instr=['Summarise the key risks for the parole board.', 'Draft a letter confirming the visit.',
                              'Rewrite these notes in a neutral professional tone.', 'List the licence conditions as a checklist.'],
        system=['You assist probation staff with case notes.', 'You help a criminal defence firm draft letters.']),
    'refugee': dict(
        docs=['Asylum interview record', 'Resettlement referral form', 'Family reunification application', 'Housing allocation',
              'Legal aid intake', 'Integration course registration'],
        writers=['caseworker', 'interpreter', 'legal aid volunteer', 'resettlement officer', 'housing officer'],
        notes=['Fled after the family home was destroyed; spent 14 months in a transit camp.', 'Travels with two children under 10 and an elderly mother.',
               'Needs an interpreter; no documents except the passport below.', 'Husband missing since the crossing; tracing request opened.',
               'Chronic kidney disease, needs dialysis three times a week.', 'Qualified teacher; wants to have the diploma recognised.',
               'Appointment at the foreigners\' office missed because of illness.'],
        rel='family member', instr=['Translate this into English for the case file.', 'Summarise for the resettlement panel.',
                                    'Fill the referral form JSON from these notes.', 'Draft an appointment letter in simple language.'],
        system=['You help an NGO legal advice service with case files.', 'You assist resettlement caseworkers; be precise with names and dates.']),
    'employee': dict(
        docs=['HR file note', 'Payroll change form', 'Sickness absence record', 'Disciplinary hearing invitation', 'New starter form',
              'Reference request'],
        writers=['HR advisor', 'payroll clerk', 'line manager', 'employee', 'recruiter'],
        notes=['Salary increase to 48,500 from 1 January.', 'Absent 11 days in six months (back pain); occupational health referral.',
               'Hearing relates to unauthorised absence on three occasions.', 'Starts 3 February, probation six months.',
               'Requested flexible working (compressed hours) after return from parental leave.', 'Bank details changed; please update before the next run.'],
        rel='emergency contact', instr=['Draft the letter to the employee.', 'Extract the payroll fields as JSON.',
                                        'Summarise this file note for the manager.', 'Check this form for missing fields.'],
        system=['You assist an HR department.', 'You are a payroll assistant; keep figures exact.']),
    'tenant': dict(
        docs=['Tenancy application', 'Rent arrears letter', 'Repair request', 'Deposit return', 'Notice to quit', 'Reference check'],
        writers=['letting agent', 'landlord', 'housing officer', 'tenant', 'deposit scheme adviser'],
        notes=['Rent 1,150 per month; arrears now 2,300 (two months).', 'Black mould in the bathroom ceiling, reported three times.',
               'Deposit 1,725; deduction proposed for carpet cleaning.', 'Tenant has a guarantor; references satisfactory.',
               'Boiler broken since Friday; two small children in the flat.', 'Tenancy ends 31 January; inspection booked.'],
        rel='guarantor', instr=['Write a polite but firm letter from these notes.', 'Summarise the dispute in three lines.',
                                'Extract the tenancy details as JSON.', 'Reply to the tenant in their language.'],
        system=['You help a letting agency with correspondence.', 'You assist a housing association\'s tenancy team.']),
    'student_abroad': dict(
        docs=['University application', 'Study visa checklist', 'Scholarship application', 'Transcript request', 'Student accommodation booking',
              'Portal login alert'],
        writers=['applicant', 'parent', 'education agent', 'admissions officer', 'international office'],
        notes=['Applying for MSc Data Science, intake September; IELTS 7.0.', 'Needs a CAS letter before the visa appointment.',
               'Funding: family sponsor letter and bank statement attached.', 'Requests single en-suite room, arrival 14 September.',
               'Predicted grades A*AA; personal statement attached.', 'New sign-in to the applicant portal from an unrecognised device.'],
        rel='sponsor', instr=['Check my personal statement and form for mistakes.', 'Fill the application JSON from this.',
                              'Write an email to the admissions office.', 'Translate this into English.'],
        system=['You help international students with applications.', 'You assist a university international office.']),
    'deceased': dict(
        docs=['Death notice', 'Probate application notes', 'Estate account closure letter', 'Funeral arrangement', 'Tell Us Once notes',
              'Executor\'s checklist'],
        writers=['funeral director', 'probate solicitor', 'executor (son)', 'bank bereavement team', 'registrar'],
        notes=['Will dated 2019; two executors; estate below the IHT threshold.', 'Council tax account to be closed from the date of death.',
               'Please close the current account and send the balance to the executor.', 'Funeral at the crematorium, family flowers only.',
               'Pension overpayment to be recovered from the estate.', 'The house is empty; insurers have been told.'],
        rel='executor', instr=['Write the death notice text for the local paper.', 'Draft the letter to the bank.',
                               'Summarise what the executor still has to do.', 'Translate this for the relatives abroad.'],
        system=['You help families and professionals with bereavement paperwork.', 'You assist a probate firm.']),
    'ancestry': dict(
        docs=['Family tree export', 'Genealogy research notes', 'DNA match message', 'Family reunion invitation list'],
        writers=['family historian', 'genealogy hobbyist', 'DNA match', 'cousin'],
        notes=[], rel='cousin', instr=['Tidy this tree into a table.', 'Convert this to GEDCOM.', 'Summarise the line of descent.',
                                       'Reply to the DNA match.'],
        system=['You help people with genealogy research.', 'You are a family-history assistant.']),
}


# ----------------------------------------------------------------------------------------------------------
# Sensitive records: a subject of the group, written about by someone of the institution.
FIELDS = {
    'pupil': ['dob', 'addr', 'id', 'rel', 'mrn'],
    'patient': ['dob', 'mrn', 'id', 'phone', 'addr', 'rel'],
    'care_resident': ['dob', 'id', 'rel', 'iban', 'card', 'addr'],
    'prisoner': ['dob', 'addr', 'id', 'rel', 'dl', 'phone'],
    'refugee': ['dob', 'passport', 'phone', 'addr', 'email', 'rel'],
    'employee': ['dob', 'addr', 'id', 'iban', 'phone', 'email', 'rel', 'usbank'],
    'tenant': ['phone', 'email', 'addr', 'iban', 'card', 'id', 'rel', 'dl'],
    'student_abroad': ['dob', 'passport', 'email', 'phone', 'ip', 'addr'],
    'deceased': ['dob', 'addr', 'id', 'iban', 'rel'],
}
PASS_NAT = {'zh-CN': 'CHN', 'hi-IN': 'IND', 'ko-KR': 'KOR', 'tr-TR': 'TUR', 'es-MX': 'MEX', 'pt-BR': 'BRA', 'th-TH': 'THA',
            'ja-JP': 'JPN', 'uk-UA': 'UKR', 'el-GR': 'GRC', 'it-IT': 'ITA', 'ar-SY': 'SYR', 'fa-AF': 'AFG', 'ti-ER': 'ERI'}


def render_fields(rng, rec, tag, p, fields, group):
    lab = L[tag]['labels']
    rows = [(lab['name'], rec.v(p['name'], 'person'))]
    female = p['female']
    for f in fields:
        if f == 'dob':
            rows.append((lab['dob'], rec.v(fmt_date(tag, p['dob'], rng), 'DATE_OF_BIRTH')))
        elif f == 'addr':
            rows.append((lab['addr'], rec.v(gen_address(rng, tag), 'STREET_ADDRESS')))
        elif f == 'phone':
            rows.append((lab['phone'], rec.v(gen_phone(rng, tag), 'phone')))
        elif f == 'email':
            rows.append((lab['email'], rec.v(gen_email(rng, p), 'email')))
        elif f == 'id':
            if tag in ('ar-SY', 'fa-AF', 'ti-ER') and group != 'refugee':
                continue
            if tag == 'en-GB' and group in ('employee', 'tenant', 'prisoner', 'deceased', 'student_abroad'):
                rows.append(('Driving licence no.', rec.v(gen_uk_dl(rng, p['roman'][1], p['roman'][0], p['dob'], female), 'DRIVER_LICENSE')))
                continue
            label, val, et = gen_national(rng, tag, p['dob'], female, p)
            rows.append((label, rec.v(val, et)))
        elif f == 'mrn':
            ml, mv = gen_mrn(rng, tag)
            rows.append((ml, rec.v(mv, 'MEDICAL_RECORD')))
        elif (f == 'usbank' or f == 'iban') and tag == 'en-US':
            r, a = gen_us_bank(rng)
            rows.append(('Direct deposit', rec.v(f'routing {r}, account {a}', 'US_BANK_NUMBER')))
        elif f == 'iban' and tag in IBAN_CC:
            rows.append(('IBAN', rec.v(gen_iban(rng, IBAN_CC[tag]), 'iban')))
        elif f == 'card':
            rows.append(('Card', rec.v(gen_card(rng), 'credit_card')))
        elif f == 'dl':
            if tag == 'en-US':
                st = rng.choice(['CA', 'TX', 'WA', 'OH', 'FL'])
                rows.append((f'{st} driver license', rec.v(gen_us_dl(rng, st), 'DRIVER_LICENSE')))
            elif tag == 'en-GB':
                rows.append(('Driving licence no.', rec.v(gen_uk_dl(rng, p['roman'][1], p['roman'][0], p['dob'], female), 'DRIVER_LICENSE')))
        elif f == 'passport':
            nat = PASS_NAT.get(tag, 'UTO')
            num, mrz = gen_passport(rng, nat, p['roman'][1], p['roman'][0], p['dob'], 'F' if female else 'M')
            rows.append(('Passport', rec.v(num, 'PASSPORT')))
            if rng.random() < 0.5:
                rows.append(('MRZ', '\n' + rec.v(mrz, 'PASSPORT')))
        elif f == 'ip':
            rows.append(('Sign-in IP', rec.v(gen_ip(rng), 'IP_ADDRESS')))
        elif f == 'rel':
            q = gen_person(rng, tag)
            q['female'] = rng.random() < 0.5
            how = rng.choice(['phone', 'email'])
            val = rec.v(gen_phone(rng, tag), 'phone') if how == 'phone' else rec.v(gen_email(rng, q), 'email')
            rows.append((G[group]['rel'], f"{rec.v(q['name'], 'person')}, {val}"))
    return rows


def fmt_rows(rng, rows):
    style = rng.choice(['form', 'form', 'csv', 'pipe'])
    if style == 'form':
        return '\n'.join(f'{k}: {v}' for k, v in rows), style
    if style == 'csv':
        rows = [(k, v.replace('\n', ' ')) for k, v in rows]
        return ';'.join(k for k, _ in rows) + '\n' + ';'.join(v for _, v in rows), style
    return '\n'.join(f'| {k} | {v} |' for k, v in rows), style


def build_sensitive(rng, rec, group, tag, k):
    spec = G[group]
    if group == 'ancestry':
        return build_ancestry(rng, rec, tag, k)
    p = gen_person(rng, tag)
    p['female'] = rng.random() < 0.5
    p['dob'] = gen_dob(rng, *BORN[group])
    doc = rng.choice(spec['docs'])
    writer = rng.choice(spec['writers'])
    notes = rng.sample(spec['notes'], rng.randint(1, 3))
    if k % 7 == 3:  # a single incidental item in an otherwise ordinary text
        kind = rng.choice(['name', 'phone', 'email', 'dob'])
        if kind == 'name':
            core = f"Re: {rec.v(p['name'], 'person')} -- " + ' '.join(notes)
        elif kind == 'phone':
            core = ' '.join(notes) + f" If anything changes, the family can be reached on {rec.v(gen_phone(rng, tag), 'phone')}."
        elif kind == 'email':
            core = ' '.join(notes) + f" Copy the reply to {rec.v(gen_email(rng, p), 'email')} please."
        else:
            core = f"{doc}, {L[tag]['labels']['dob']} {rec.v(fmt_date(tag, p['dob'], rng), 'DATE_OF_BIRTH')} (name on the cover sheet). " + ' '.join(notes)
        text = f'{doc}\n\n{core}'
        return text, writer, 'incidental_' + kind
    fields = [f for f in FIELDS[group] if rng.random() < 0.6] or [FIELDS[group][0]]
    if group == 'refugee' and 'passport' not in fields and rng.random() < 0.6:
        fields.insert(1, 'passport')
    if group == 'deceased':
        dod = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
        rows = render_fields(rng, rec, tag, p, fields, group)
        rows.insert(2 if len(rows) > 1 else 1, ('Date of death', fmt_date(tag, dod, rng)))
        notes.insert(0, rng.choice(['Died peacefully at home.', 'Died in hospital after a short illness.', 'Died suddenly.',
                                    'Died at the care home where they had lived since 2023.']))
    else:
        rows = render_fields(rng, rec, tag, p, fields, group)
    block, style = fmt_rows(rng, rows)
    text = f'{doc}\n\n{block}\n\n{L[tag]["labels"]["note"]}: ' + ' '.join(notes)
    return text, writer, style


def build_ancestry(rng, rec, tag, k):
    era = tag if tag in HIST else rng.choice(['en-GB', 'de-DE', 'sv-SE', 'it-IT', 'pl-PL'])
    lines = []
    y = rng.randint(1770, 1800)
    for gen in range(rng.randint(2, 4)):
        b = y + gen * rng.randint(26, 30)
        a = hist_name(rng, era)
        lines.append(f'Gen {gen + 1}: {a} (b. {b}, d. {min(b + rng.randint(30, 85), rng.randint(1900, 1925))}) m. {hist_name(rng, era, (a,))}')
    lines.append('Gen ...: [three generations omitted]')
    n_living = rng.randint(1, 3)
    for i in range(n_living):
        p = gen_person(rng, tag)
        p['female'] = rng.random() < 0.5
        p['dob'] = gen_dob(rng, *BORN['ancestry'])
        extra = []
        r = rng.random()
        if r < 0.45:
            extra.append('b. ' + rec.v(fmt_date(tag, p['dob'], rng), 'DATE_OF_BIRTH'))
        else:
            extra.append(f'b. {p["dob"].year}')
        if rng.random() < 0.4:
            extra.append('lives at ' + rec.v(gen_address(rng, tag), 'STREET_ADDRESS'))
        if rng.random() < 0.35:
            extra.append('email ' + rec.v(gen_email(rng, p), 'email'))
        if rng.random() < 0.2:
            extra.append('tel ' + rec.v(gen_phone(rng, tag), 'phone'))
        lines.append(f'Living: {rec.v(p["name"], "person")} ({", ".join(extra)})')
    head = rng.choice(G['ancestry']['docs'])
    if head == 'DNA match message':
        text = (f'{head}\n\nHi, we share 212 cM across 9 segments. My line goes back to the people below; I think we meet at Gen 2.\n'
                + '\n'.join(lines))
    else:
        text = head + '\n\n' + '\n'.join(lines)
    return text, rng.choice(G['ancestry']['writers']), 'mixed_eras'


# ----------------------------------------------------------------------------------------------------------
# Benign hard negatives of the same population: nobody identifiable now.
HIST_TEXT = {
    'pupil': ('Admission register, board school, {year}', '{no}. {name}, born {bd}, father {father}, {occ}; left {left} "to work in the mill"'),
    'patient': ('Casebook of the county asylum, {year}', '{no}. {name}, aged {age}, admitted {ad}; supposed cause "domestic trouble"; discharged recovered {left}'),
    'care_resident': ('Workhouse admission and discharge book, {year}', '{no}. {name}, aged {age}, {occ}, admitted {ad} with {n} children; discharged {left} "by own request"'),
    'prisoner': ('Convict indent, transport ship, {year}', '{no}. {name}, tried {ad} at the assizes, 7 years, larceny; native place a parish of the county; {occ}, can read only'),
    'refugee': ('Emigrant passenger list, steamer from Hamburg, {year}', '{no}. {name}, {age}, {occ}, last residence a village in the district; destination New York; steerage'),
    'employee': ('Wage book of the spinning mill, week ending {ad}', '{no}. {name}, {occ}, 58 hours, 14s 6d; fined 3d for lateness'),
    'tenant': ('Census enumeration book, {year}, household schedule {no}', '{no} {street}: {name}, head, married, {age}, {occ}; {father}, lodger, {age2}, labourer'),
    'student_abroad': ('Matriculation register of the university, {year}', '{no}. {name}, son of {father} ({occ}), matriculated {ad}, faculty of law; died {left}'),
    'deceased': ('Churchyard monumental inscriptions, transcribed', 'Stone {no}: In loving memory of {name} who departed this life {ad} aged {age}; also {father}, died {left}'),
    'ancestry': ('Family tree export (all individuals deceased)', 'Gen {no}: {name} (b. {bd}, d. {left}) m. {father}'),
}
OCC = ['farm labourer', 'weaver', 'domestic servant', 'blacksmith', 'seamstress', 'coal miner', 'carter', 'dressmaker', 'tailor', 'shoemaker']


def hist_doc(rng, group):
    era = rng.choice(list(HIST))
    year = rng.randint(1832, 1899)
    head, row = HIST_TEXT[group]
    lines = [head.format(year=year, no=rng.randint(1, 300), ad=f'{rng.randint(1, 28)} {rng.choice(["Jan", "Mar", "May", "Jul", "Sep", "Nov"])} {year}')]
    for i in range(rng.randint(3, 7)):
        bd = f'{rng.randint(1, 28)} {rng.choice(["Feb", "Apr", "Jun", "Aug", "Oct", "Dec"])} {year - rng.randint(8, 40)}'
        nm = hist_name(rng, era)
        lines.append(row.format(no=rng.randint(1, 400) if group != 'ancestry' else i + 1, name=nm, bd=bd,
                                father=hist_name(rng, era, (nm,)), occ=rng.choice(OCC), left=year + rng.randint(1, 30),
                                age=rng.randint(19, 70), age2=rng.randint(16, 60), ad=f'{rng.randint(1, 28)}.{rng.randint(1, 12)}.{year}',
                                n=rng.randint(1, 5), street=rng.choice(HIST_STREETS)))
    if group == 'ancestry':
        lines.append(f'Gen {len(lines)}: Living (private) m. Living (private)')
        lines.append('Living individuals hidden by the export settings.')
    instr = rng.choice(['Transcribe this into a clean table.', 'Modernise the spelling and summarise what it tells us about the period.',
                        'Extract the rows as JSON for our archive catalogue.', 'Translate this archive extract into English.',
                        'What do these entries say about living conditions at the time?'])
    return '\n'.join(lines), instr, 'archivist', 'historic_' + era, era


AGG = {
    'pupil': ['attendance %', 'persistent absence %', 'pupils on FSM', 'EHCPs', 'referrals to children\'s services'],
    'patient': ['admissions', 'median length of stay (days)', '30-day readmissions %', 'DNA rate %', 'beds occupied'],
    'care_resident': ['residents', 'falls per 1,000 bed days', 'pressure ulcers', 'hospital transfers', 'vacancies'],
    'prisoner': ['population', 'releases on licence', 'recalls', 'self-harm incidents', 'education enrolments'],
    'refugee': ['applications lodged', 'grants at first instance', 'appeals', 'resettled families', 'median wait (weeks)'],
    'employee': ['headcount', 'sickness days per FTE', 'leavers', 'gender pay gap %', 'vacancies'],
    'tenant': ['tenancies', 'arrears cases', 'repairs open', 'evictions', 'average rent'],
    'student_abroad': ['applications', 'offers', 'visa refusals', 'enrolled', 'deferrals'],
    'deceased': ['registered deaths', 'probate grants', 'median days to grant', 'intestacies', 'estates over threshold'],
    'ancestry': ['records transcribed', 'parishes covered', 'baptisms', 'marriages', 'burials'],
}


def agg_doc(rng, group):
    cols = AGG[group]
    units = {'pupil': 'Year', 'patient': 'Ward', 'care_resident': 'Home', 'prisoner': 'Wing', 'refugee': 'Quarter',
             'employee': 'Department', 'tenant': 'Estate', 'student_abroad': 'Country group', 'deceased': 'District', 'ancestry': 'Decade'}[group]
    lines = [f'{units} | ' + ' | '.join(cols)]
    for i in range(rng.randint(4, 8)):
        lines.append(f'{units} {i + 1} | ' + ' | '.join(str(round(rng.uniform(0, 400), rng.choice([0, 1]))) for _ in cols))
    lines.append('Counts under 5 suppressed. No individual can be identified from this table.')
    instr = rng.choice(['Write three sentences for the annual report from this table.', 'Which unit stands out and why might that be?',
                        'Turn this into a chart spec (Vega-Lite JSON).', 'Summarise the trend for the board.'])
    return '\n'.join(lines), instr, 'analyst', 'aggregate'


def blank_doc(rng, group, tag):
    lab = L[tag]['labels']
    ph = rng.choice([('________', '__/__/____'), ('{{name}}', '{{date_of_birth}}'), ('[NAME]', '[DOB]'), ('<name>', 'DD.MM.YYYY')])
    doc = rng.choice(G[group]['docs'])
    fill = {'________': ('________', '________', '____@____'), '{{name}}': ('{{name}}', '{{address}}', '{{email}}'),
            '[NAME]': ('[NAME]', '[ADDRESS]', '[EMAIL]'), '<name>': ('<name>', '<address>', '<email>')}[ph[0]]
    rows = [(lab['name'], fill[0]), (lab['dob'], ph[1]), (lab['addr'], fill[1]), (lab['phone'], '+__ ___ ___ ____'), (lab['email'], fill[2])]
    if group in ('patient', 'pupil'):
        rows.append(('NHS / MRN', '___ ___ ____'))
    if group in ('employee', 'tenant', 'care_resident', 'deceased'):
        rows.append(('IBAN', 'XX00 XXXX XXXX XXXX XXXX XX'))
    text = f'{doc} -- TEMPLATE v{rng.randint(2, 9)}.{rng.randint(0, 9)}\n\n' + '\n'.join(f'{k}: {v}' for k, v in rows)
    instr = rng.choice(['Improve the layout of this blank form.', 'Translate the field labels into English.', 'Turn this template into a JSON schema.',
                        'Which fields are missing for GDPR compliance?', 'Add a short privacy notice at the bottom.'])
    return text, instr, rng.choice(G[group]['writers']), 'blank_form'


def anon_doc(rng, group, tag):
    doc = rng.choice(G[group]['docs'])
    notes = ' '.join(rng.sample(G[group]['notes'], min(2, len(G[group]['notes'])))) if G[group]['notes'] else 'Tree pruned for publication.'
    who = rng.choice({'pupil': ['Child A', 'Pupil 3', 'the child (name withheld)'], 'patient': ['Patient X', '[PATIENT]', 'the patient (pseudonym P17)'],
                      'care_resident': ['Resident R4', 'Mrs [redacted]', 'the resident'], 'prisoner': ['Offender 2', 'the person on licence', '[NAME REDACTED]'],
                      'refugee': ['Applicant A', 'the claimant (anonymised)', 'Family 6'], 'employee': ['Employee E-12', 'the employee', '[NAME]'],
                      'tenant': ['Tenant T', 'the tenant (name withheld)', '[TENANT]'], 'student_abroad': ['Applicant #4412', 'the student', '[APPLICANT]'],
                      'deceased': ['the deceased (name withheld)', 'Mr [X]', '[DECEASED]'], 'ancestry': ['Living', 'Private', '[living person]']}[group])
    lab = L[tag]['labels']
    text = (f'{doc} (anonymised for teaching / audit)\n{lab["name"]}: {who}\n{lab["dob"]}: [removed]\n{lab["addr"]}: [removed], '
            f'postcode district only\nRef: {rng.choice(["CASE", "REF", "TKT", "ORD"])}-{rng.randint(100000, 999999)}\n{lab["note"]}: {notes}')
    instr = rng.choice(['Use this anonymised case for a training quiz: write four questions.', 'Is this sufficiently anonymised? Explain.',
                        'Summarise the case for the audit log.', 'Rewrite the notes in plain English.'])
    return text, instr, rng.choice(G[group]['writers']), 'anonymised'


FICTION = {
    'pupil': 'Write an end-of-term school report for {lit} as if from their teacher -- it is for our English-literature lesson on the novel.',
    'patient': 'For a history-of-medicine talk: summarise what {pub} changed about hospital practice, and how patients were recorded then.',
    'care_resident': 'Our dementia-care training uses {lit} as a literary character study. Write a reflective care-plan exercise for students.',
    'prisoner': 'Compare how the novel records the imprisonment of {lit} (the fictional prisoner) with real 19th-century prison registers.',
    'refugee': 'Explain what a Nansen passport was and name why {pub} matters in the history of refugee protection.',
    'employee': 'Draft a mock HR disciplinary letter to {lit} (fictional character) for a drama-club sketch about office life.',
    'tenant': 'Write a tongue-in-cheek tenancy reference for {lit}, the fictional lodger, for a literature-themed party.',
    'student_abroad': 'For our study-abroad fair: a short paragraph on {pub} as an example of a student who studied abroad.',
    'deceased': 'Write a 120-word obituary-style tribute to {pub} for the anniversary display in the museum foyer.',
    'ancestry': 'Sketch the family background of {pub} as far as it is publicly documented, for a school project.',
}


def fiction_doc(rng, group):
    lit = rng.choice({'prisoner': PRISON_FICTION, 'tenant': TENANT_FICTION}.get(group, LITERARY))
    text = FICTION[group].format(lit=lit, pub=rng.choice(PUBLIC_HIST))
    return text, '', rng.choice(['teacher', 'trainer', 'museum volunteer', 'student']), 'fiction_or_public_figure'


ORG = {
    'pupil': 'Contact the school office at office@school.example.org or on {tel} (term time only). Safeguarding concerns: dsl@school.example.org. '
             'Our Montessori nursery and the Duke of Edinburgh award group meet on Thursdays. Ticket {tkt} covers the trip deposit.',
    'patient': 'Ward 7 (Nightingale wing) switchboard {tel}; results line via results@hospital.example.org. Hodgkin lymphoma clinic and the '
               'Parkinson\'s nurse specialist are on level 2. Appointment ref {tkt}. Test patient record: MRN 0000000 (training system).',
    'care_resident': 'Alzheimer\'s Society helpline and our reception ({tel}) are open 9-5; enquiries@carehome.example.org. Fees can be paid to '
                     'the sample account in the brochure: IBAN DE89 3704 0044 0532 0130 00 (illustration only). Invoice {tkt}.',
    'prisoner': 'Visits booking line {tel}; legal visits: legalvisits@prison.example.gov. The Howard League and the Elizabeth Fry centre '
                'provide support. Booking reference {tkt}.',
    'refugee': 'Refugee advice line {tel}, intake@ngo.example.org. The Nansen Refugee Award ceremony is open to the public. Case reference {tkt}; '
               'the demo portal logs sign-ins from 203.0.113.{n} (documentation range).',
    'employee': 'Payroll queries: payroll@company.example.com or {tel}. Test card for the expenses sandbox: 4111 1111 1111 1111. '
                'Sample IBAN in the form guide: GB82 WEST 1234 5698 7654 32. Ticket {tkt}; build 4.{n}.2; commit a3f9c1e.',
    'tenant': 'Lettings office {tel}, repairs@lettings.example.co.uk. Flats on Wellington Road and Gladstone Street are now available. '
              'Deposit protection certificate {tkt}.',
    'student_abroad': 'Admissions: admissions@university.example.edu, {tel}. Erasmus+, Fulbright and Chevening information sessions '
                      'weekly. Application ID {tkt}. Example MRZ in our guide: P<UTOERIKSSON<<ANNA<MARIA (ICAO specimen).',
    'deceased': 'Bereavement services {tel}, bereavement@council.example.gov.uk. The Tell Us Once reference is {tkt}. The Churchill '
                'room and the Cavell chapel can be booked for services.',
    'ancestry': 'Ask the archive at archive@records.example.org or {tel}. The FreeBMD index and the 1921 census are searchable; '
                'order {tkt}; image hash 9f86d081884c7d65.',
}


def org_doc(rng, group):
    tel = rng.choice(['(312) 555-01' + f'{rng.randint(0, 99):02d}', '020 7946 0' + f'{rng.randint(0, 999):03d}', '0113 496 0' + f'{rng.randint(0, 999):03d}',
                      '+1 202-555-01' + f'{rng.randint(0, 99):02d}', '07700 900' + f'{rng.randint(0, 999):03d}'])
    text = ORG[group].format(tel=tel, tkt=f'{rng.choice(["TKT", "REF", "ORD", "INV"])}-{rng.randint(10 ** 6, 10 ** 7 - 1)}', n=rng.randint(1, 254))
    instr = rng.choice(['Rewrite this as a friendly FAQ answer.', 'Translate this notice.', 'Shorten this to two sentences for an SMS.',
                        'Format this as a contact card.'])
    return text, instr, 'office', 'org_contacts_docvalues'


def build_benign(rng, group, tag, k):
    kind = ['historic', 'blank', 'aggregate', 'anonymised', 'historic', 'fiction', 'org'][k % 7]
    if group == 'ancestry' and kind in ('blank',):
        kind = 'historic'
    if kind == 'historic':
        text, instr, writer, style, era = hist_doc(rng, group)
        return text, instr, writer, style, era
    if kind == 'blank':
        return (*blank_doc(rng, group, tag), tag)
    if kind == 'aggregate':
        return (*agg_doc(rng, group), tag)
    if kind == 'anonymised':
        return (*anon_doc(rng, group, tag), tag)
    if kind == 'fiction':
        return (*fiction_doc(rng, group), 'en')
    return (*org_doc(rng, group), 'en')


# ----------------------------------------------------------------------------------------------------------
# Placement across the fields a client really sends.
MODELS = ['hybridgate/auto', 'hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'local/qwen2.5-7b-instruct']
PLACES = ['user', 'system', 'assistant_echo', 'tool_result', 'tool_args', 'file_part', 'image_url', 'response_format',
          'tools_schema', 'metadata', 'user_field', 'user', 'parts_text']


def b64(s):
    return base64.b64encode(s.encode('utf-8')).decode('ascii')


def place(rng, k, text, instr, system, writer, issued):
    model = rng.choice(MODELS)
    if k % 10 == 7:
        body = {'model': model, 'prompt': f'{system}\n\n### Document\n{text}\n\n### Task\n{instr or "See above."}\n\n### Answer\n',
                'max_tokens': rng.choice([256, 512, 800]), 'temperature': rng.choice([0, 0.2, 0.7])}
        if rng.random() < 0.5:
            body['stop'] = ['###']
        return 'completions', body, 'completions'
    where = PLACES[(k * 5 + rng.randint(0, 2)) % len(PLACES)]
    sysmsg = {'role': 'system', 'content': system}
    body = {'model': model}
    if where == 'user':
        body['messages'] = [sysmsg, {'role': 'user', 'content': text if not instr else (f'{instr}\n\n{text}' if rng.random() < 0.5 else f'{text}\n\n---\n{instr}')}]
    elif where == 'system':
        body['messages'] = [{'role': 'system', 'content': f'{system}\nCurrent record (from the case system):\n{text}'},
                            {'role': 'user', 'content': instr or 'Go ahead.'}]
    elif where == 'assistant_echo':
        body['messages'] = [sysmsg, {'role': 'user', 'content': 'I am pasting the record, just read it back first.'},
                            {'role': 'assistant', 'content': 'Here is what I received:\n' + text},
                            {'role': 'user', 'content': instr or 'Thanks, now do it.'}]
    elif where in ('tool_result', 'tool_args'):
        cid = f'call_{rng.getrandbits(64):016x}'
        fn = rng.choice(['fetch_case_record', 'get_document', 'lookup_file', 'read_register_entry'])
        tools = [{'type': 'function', 'function': {'name': fn, 'description': 'Fetch a record from the institution\'s system.',
                                                   'parameters': {'type': 'object', 'properties': {'ref': {'type': 'string'}, 'text': {'type': 'string'}},
                                                                  'required': ['ref']}}}]
        if where == 'tool_result':
            args = json.dumps({'ref': f'R-{rng.randint(10000, 99999)}'})
            content = text
        else:
            args = json.dumps({'ref': f'R-{rng.randint(10000, 99999)}', 'text': text}, ensure_ascii=False)
            content = json.dumps({'status': 'stored'})
        body['messages'] = [sysmsg, {'role': 'user', 'content': instr or 'Please handle this.'},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {'name': fn, 'arguments': args}}]},
                            {'role': 'tool', 'tool_call_id': cid, 'content': content}]
        body['tools'] = tools
    elif where == 'file_part':
        fname = rng.choice(['record.txt', 'scan_ocr.txt', 'export.csv', 'notes.md'])
        body['messages'] = [sysmsg, {'role': 'user', 'content': [
            {'type': 'text', 'text': instr or 'See the attached file.'},
            {'type': 'file', 'file': {'filename': fname, 'file_data': f'data:text/plain;base64,{b64(text)}'}}]}]
    elif where == 'image_url':
        vals = [v for v, _ in issued if '\n' not in v][:2]
        q = urllib.parse.urlencode({'subject': vals[0], 'ref': vals[-1]} if vals else {'ref': f'SCAN-{rng.randint(1000, 9999)}', 'page': '1'})
        body['messages'] = [sysmsg, {'role': 'user', 'content': [
            {'type': 'text', 'text': f'{instr}\n\nOCR text of the scan:\n{text}'.strip()},
            {'type': 'image_url', 'image_url': {'url': f'https://scans.records.example.org/view.png?{q}', 'detail': 'low'}}]}]
    elif where == 'response_format':
        first = [ln for ln in text.split('\n') if ln.strip()][1:3]
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{instr}\n\n{text}'.strip()}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'record', 'strict': True, 'schema': {
            'type': 'object', 'additionalProperties': False, 'required': ['summary', 'fields'],
            'properties': {'summary': {'type': 'string'},
                           'fields': {'type': 'array', 'items': {'type': 'string'}, 'description': 'One entry per line, e.g. ' + ' / '.join(first)}}}}}
    elif where == 'tools_schema':
        body['messages'] = [sysmsg, {'role': 'user', 'content': instr or 'Use the tool.'}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'file_record', 'description': 'Files a record. Worked example of the input the clerk pasted:\n' + text,
                                                           'parameters': {'type': 'object', 'properties': {'body': {'type': 'string'}}, 'required': ['body']}}}]
        body['tool_choice'] = 'auto'
    elif where == 'metadata':
        if len(text) <= 500:
            body['messages'] = [sysmsg, {'role': 'user', 'content': instr or 'Handle the record in the metadata.'}]
            body['metadata'] = {'writer': writer, 'record': text}
        else:
            body['messages'] = [sysmsg, {'role': 'user', 'content': f'{instr}\n\n{text}'.strip()}]
            body['metadata'] = {'writer': writer, 'excerpt': text[:500]}
        body['store'] = True
    elif where == 'user_field':
        mails = [v for v, e in issued if e == 'email']
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{instr}\n\n{text}'.strip()}]
        body['user'] = mails[0] if mails else f'u_{rng.getrandbits(48):012x}'
    else:  # parts_text
        body['messages'] = [sysmsg, {'role': 'user', 'content': [{'type': 'text', 'text': instr or 'Read this.'}, {'type': 'text', 'text': text}]}]
    if rng.random() < 0.15:
        body['stop'] = ['\n\n\n', 'END']
    if rng.random() < 0.2:
        body['temperature'] = rng.choice([0, 0.3, 1])
    return 'chat', body, where


def haystack(body):
    out = []

    def walk(o):
        if isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
        elif isinstance(o, str):
            out.append(o)
            out.append(urllib.parse.unquote_plus(o))
            m = re.match(r'data:[^;]+;base64,(.*)$', o, re.S)
            if m:
                out.append(base64.b64decode(m.group(1)).decode('utf-8'))
            if o[:1] in '{[':
                try:
                    walk(json.loads(o))
                except ValueError:
                    pass
    walk(body)
    return '\n'.join(out)


def revalidate(issued, tag):
    """Second, independent pass over every issued value of a record; abort on anything invalid."""
    region = L[L[tag]['host']]['region'] if tag in L else None
    bad = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]
    for v, e in issued:
        if e == 'phone':
            n = phonenumbers.parse(v, region)
            if not phonenumbers.is_valid_number(n) or phonenumbers.region_code_for_number(n) != region:
                die(f'phone invalid for {region}')
        elif e == 'iban':
            if not std_iban.is_valid(v.replace(' ', '')):
                die('iban invalid')
        elif e == 'credit_card':
            c = v.replace(' ', '')
            if not luhn.is_valid(c) or c in TEST_CARDS:
                die('card invalid')
        elif e == 'IP_ADDRESS':
            ip = ipaddress.ip_address(v)
            if not ip.is_global or any(ip in b for b in bad):
                die('ip invalid')
        elif e == 'ssn':
            if not us_ssn.is_valid(v):
                die('ssn invalid')
        elif e == 'US_BANK_NUMBER':
            if not us_rtn.is_valid(re.search(r'routing (\d{9})', v).group(1)):
                die('routing invalid')
        elif e == 'PASSPORT' and '\n' in v:
            l2 = v.split('\n')[1]
            if mrz_check(l2[:9]) != l2[9] or mrz_check(l2[13:19]) != l2[19] or mrz_check(l2[21:27]) != l2[27]:
                die('mrz invalid')
        elif e in ('NATIONAL_ID', 'TAX_ID', 'HEALTH_INSURANCE'):
            c = re.sub(r'[\s.\-/]', '', v)
            ok = any(m.is_valid(c) for m in (de_idnr, at_vnr, fr_nir, es_dni, it_cf, nl_bsn, pl_pesel, se_pnr, fi_hetu, br_cpf,
                                                  mx_curp, tr_tck, ru_inn, ua_rntrc, il_idnr, in_aadhaar, in_pan, cn_ric, jp_in, kr_rrn,
                                                  th_pin, gr_amka, ro_cnp, gb_nhs, au_tfn)) or se_pnr.is_valid(v) or fi_hetu.is_valid(v)
            if not ok:
                die(f'{e} invalid')


def compute_entities(body, issued):
    h = haystack(body)
    return sorted({e for v, e in issued if v in h}, key=lambda s: (s.lower(), s))


INSTR_LOCAL = {
    'de-DE': ['Fass das bitte kurz zusammen.', 'Bitte ins Englische übersetzen.', 'Mach daraus ein JSON.', 'Formuliere einen Brief an die Familie.'],
    'de-AT': ['Bitte kurz zusammenfassen, danke!', 'Kannst du das ins Englische übersetzen?'],
    'fr-FR': ['Résume-moi ça en quelques lignes.', 'Traduis en anglais stp.', 'Rédige un courrier à partir de ces notes.'],
    'es-ES': ['Resúmelo en tres puntos.', 'Tradúcelo al inglés, porfa.', 'Redacta una carta a partir de esto.'],
    'it-IT': ['Riassumi in poche righe.', 'Traduci in inglese per favore.', 'Prepara una lettera da questi appunti.'],
    'nl-NL': ['Vat dit kort samen.', 'Vertaal naar het Engels.', 'Zet dit om naar JSON.'],
    'pl-PL': ['Streść to w punktach.', 'Przetłumacz na angielski.', 'Napisz z tego pismo do rodziny.'],
    'sv-SE': ['Sammanfatta kort.', 'Översätt till engelska.'], 'fi-FI': ['Tiivistä lyhyesti.', 'Käännä englanniksi.'],
    'pt-BR': ['Resume isso pra mim.', 'Traduz pro inglês.', 'Monta um JSON com esses dados.'],
    'es-MX': ['Hazme un resumen, por fa.', 'Pásalo al inglés.'], 'tr-TR': ['Bunu kısaca özetle.', 'İngilizceye çevir.'],
    'ru-RU': ['Кратко перескажи.', 'Переведи на английский.', 'Составь письмо по этим заметкам.'],
    'uk-UA': ['Стисло підсумуй.', 'Переклади англійською.'], 'ar-SY': ['لخّص هذا من فضلك.', 'ترجم إلى الإنجليزية.'],
    'fa-AF': ['لطفاً خلاصه کن.', 'به انگلیسی ترجمه کن.'], 'ti-ER': ['ብሓጺሩ ጠቕልሎ።', 'ናብ እንግሊዝኛ ተርጉሞ።'],
    'he-IL': ['תסכם בקצרה בבקשה.', 'תתרגם לאנגלית.'], 'hi-IN': ['इसका सारांश बना दो।', 'अंग्रेज़ी में अनुवाद करो।'],
    'zh-CN': ['帮我总结一下。', '翻译成英文。', '整理成JSON。'], 'ja-JP': ['要約してください。', '英語に翻訳してください。'],
    'ko-KR': ['요약해 주세요.', '영어로 번역해 주세요.'], 'th-TH': ['ช่วยสรุปให้หน่อย', 'แปลเป็นภาษาอังกฤษ'],
    'el-GR': ['Κάνε μια σύντομη περίληψη.', 'Μετάφρασε στα αγγλικά.'], 'ro-RO': ['Fă un rezumat scurt.', 'Tradu în engleză.'],
}


def make_pii(rng):
    groups = list(G)
    recs = []
    n_sens, n_ben = 29, 21
    plan = []
    for g in groups:
        plan += [(g, True, i) for i in range(n_sens)] + [(g, False, i) for i in range(n_ben)]
    rng.shuffle(plan)
    for k, (g, sens, i) in enumerate(plan):
        tags = GROUP_TAGS[g]
        tag = tags[(i + k) % len(tags)]
        rec = Rec()
        if sens:
            text, writer, style = build_sensitive(rng, rec, g, tag, i)
            instr = rng.choice(G[g]['instr'])
            if tag in INSTR_LOCAL and rng.random() < 0.4:
                instr = rng.choice(INSTR_LOCAL[tag])
            lang = tag
        else:
            text, instr, writer, style, lang = build_benign(rng, g, tag, i)
        system = rng.choice(G[g]['system'])
        endpoint, body, where = place(rng, k, text, instr, system, writer, rec.issued)
        revalidate(rec.issued, tag)
        ents = compute_entities(body, rec.issued)
        if sens and not ents:
            die(f'sensitive record without entity: {g} {style}')
        if not sens and ents:
            die('benign record with entity')
        recs.append({'category': g if sens else g + '_benign', 'sensitive': bool(ents), 'entities': ents, 'endpoint': endpoint,
                     'lang': lang, 'style': f'{writer} · {where} · {style}', 'body': body})
    for n, r in enumerate(recs, 1):
        r['id'] = f'oxbow-pii-{n:04d}'
        assert r['sensitive'] == bool(r['entities'])
    return [{k: r[k] for k in ('id', 'category', 'sensitive', 'entities', 'endpoint', 'lang', 'style', 'body')} for r in recs]


# ----------------------------------------------------------------------------------------------------------
# Complexity prompts: the same institutions' work, easy vs hard, with length pulling the other way half the time.
SHORT_SIMPLE = [
    ('en', 'What does DNACPR stand for?'), ('en', 'What does SENCO stand for?'), ('en', 'What is the full form of CAMHS?'),
    ('en', 'A care home has {a} beds and {b} are occupied. How many are free?'), ('en', 'Convert {w} weeks into days.'),
    ('en', 'Is 14 March 2027 a Sunday?'), ('en', 'Spell out the number {a} in words.'), ('en', 'What is {p}% of {a}?'),
    ('de-DE', 'Was heißt "Entlassbrief" auf Englisch?'), ('de-DE', 'Wie viele Tage hat der Februar {y}?'),
    ('fr-FR', 'Traduis « bulletin scolaire » en anglais.'), ('fr-FR', 'Combien font {a} + {b} ?'),
    ('es-ES', '¿Cuánto es el {p} % de {a}?'), ('es-ES', '¿Cómo se dice "acta de defunción" en inglés?'),
    ('it-IT', 'Come si dice "cartella clinica" in inglese?'), ('pt-BR', 'Quantos meses tem um ano letivo de {m} semestres?'),
    ('nl-NL', 'Hoeveel uur zit er in {w} dagen?'), ('pl-PL', 'Jak jest po angielsku "świadectwo szkolne"?'),
    ('sv-SE', 'Vad betyder förkortningen LSS?'), ('fi-FI', 'Paljonko on {a} kertaa 3?'),
    ('ru-RU', 'Сколько минут в {w} часах?'), ('uk-UA', 'Як англійською "посвідка на проживання"?'),
    ('tr-TR', '{a} ile {b} toplamı kaç eder?'), ('el-GR', 'Πώς λέγεται «εξιτήριο» στα αγγλικά;'),
    ('ar-SY', 'ما معنى كلمة "لاجئ" بالإنجليزية؟'), ('he-IL', 'איך אומרים "חוזה שכירות" באנגלית?'),
    ('hi-IN', '"छात्रवृत्ति" को अंग्रेज़ी में क्या कहते हैं?'), ('zh-CN', '“出院小结”用英语怎么说？'),
    ('ja-JP', '「成績表」は英語で何と言いますか？'), ('ko-KR', '"재학증명서"를 영어로 뭐라고 하나요?'),
    ('th-TH', '"ใบมรณบัตร" ภาษาอังกฤษคืออะไร'), ('ro-RO', 'Cât face {a} minus {b}?'),
    ('en', 'Sort these alphabetically: ward, clinic, pharmacy, theatre.'), ('en', 'Capitalise this: probate registry opening hours'),
    ('en', 'What year did the 1881 census take place in, and on which date roughly?'), ('en', 'Round {a}.{b} to the nearest whole number.'),
    ('en', 'What is the plural of "executor"?'), ('en', 'How many hours are in a 37.5-hour week times 4?'),
    ('de-AT', 'Was ist eine e-card?'), ('es-MX', '¿Qué significa CURP?'), ('it-IT', 'Quanti giorni ha novembre?'),
    ('fi-FI', 'Mitä tarkoittaa lyhenne Kela?'), ('ko-KR', '{a} 더하기 {b}는?'), ('ja-JP', '{a}の2倍はいくつですか？'),
    ('fa-AF', 'کلمه "پناهنده" به انگلیسی چه می‌شود؟'), ('ti-ER', '"ቤት ትምህርቲ" ብእንግሊዝኛ እንታይ ይበሃል?'),
]
SHORT_HARD = [
    ('en', 'Prove that among any 13 pupils at least two were born in the same month, and show 12 is not enough.'),
    ('en', 'A ward has 3 nurses; each shift needs 2, nobody works 3 consecutive shifts, each gets one weekend off. Is a 14-day rota possible? Prove it or construct one.'),
    ('en', 'Why can a Postgres advisory lock leak under pgbouncer transaction pooling? Give the root cause and two fixes with trade-offs.'),
    ('en', 'Design a consent model for a school app: parents see grades, pupils 13-17 can hide counselling notes. Argue the trade-offs.'),
    ('en', 'Show that √{sq} is irrational.'),
    ('en', 'Our nightly probate batch double-posts payments only when DST ends. Hypothesise the root cause and how to prove it.'),
    ('en', 'Derive the expected number of distinct birthdays among {n} residents (365-day year).'),
    ('en', 'Design the data model for a genealogy site that must hide living people but keep ancestors public. Edge cases and trade-offs?'),
    ('en', 'Prove that a pedigree with no pedigree collapse has exactly 2^(k+1) − 2 ancestors over k generations, and explain what changes when cousins marry.'),
    ('en', 'Two care homes share one night nurse; calls arrive Poisson λ={l}/h at each. Estimate the chance of a conflicting call in 10 minutes and justify the model.'),
    ('de-DE', 'Beweise, dass jede Zahl der Form n³−n durch 6 teilbar ist.'),
    ('de-DE', 'Entwirf eine Löschstrategie für Personalakten (Aufbewahrungsfristen vs. Auskunftsrecht) und begründe die Abwägungen.'),
    ('fr-FR', 'Démontre que la somme des n premiers entiers impairs vaut n². Puis généralise.'),
    ('fr-FR', 'Pourquoi un cache Redis partagé entre deux hôpitaux peut-il renvoyer le dossier d\'un autre patient ? Cause probable et correctif.'),
    ('es-ES', 'Diseña un sistema de turnos de visitas penitenciarias con cupos por familia; analiza equidad frente a eficiencia.'),
    ('es-ES', 'Demuestra que no existe un entero x con x² ≡ 2 (mod 3).'),
    ('it-IT', 'Dimostra che in ogni grafo finito il numero di vertici di grado dispari è pari.'),
    ('pt-BR', 'Projete a fila de reassentamento de refugiados priorizando vulnerabilidade sem gerar espera infinita; discuta os trade-offs.'),
    ('nl-NL', 'Waarom kan een huurbetaling dubbel worden geboekt bij een retry na een timeout? Oorzaak en idempotent ontwerp.'),
    ('pl-PL', 'Udowodnij, że dla każdego n ≥ 1 liczba 7^n − 1 jest podzielna przez 6.'),
    ('sv-SE', 'Designa ett system för skolskjuts med {n} barn och 3 bussar; motivera avvägningarna mellan restid och kostnad.'),
    ('fi-FI', 'Todista, että kahden peräkkäisen kokonaisluvun tulo on aina parillinen, ja yleistä kolmelle.'),
    ('ru-RU', 'Докажи, что в любой группе из 6 человек найдутся трое попарно знакомых или трое попарно незнакомых.'),
    ('uk-UA', 'Чому черга заявок біженців зависає при одночасному оновленні статусу? Знайди першопричину й запропонуй виправлення.'),
    ('tr-TR', 'Bordro sisteminde yuvarlama hatası ayda 1 kuruş sapma yaratıyor; kök nedeni bul ve tasarım değişikliği öner.'),
    ('el-GR', 'Απόδειξε ότι υπάρχουν άπειροι πρώτοι αριθμοί και εξήγησε γιατί το επιχείρημα δεν λειτουργεί για δίδυμους πρώτους.'),
    ('ar-SY', 'صمّم نظاماً لمطابقة طلبات لمّ شمل الأسر مع بيانات ناقصة، وناقش المفاضلة بين الدقة والخصوصية.'),
    ('he-IL', 'הוכח שאין פתרון שלם למשוואה x² − 3y² = 2.'),
    ('hi-IN', 'सिद्ध कीजिए कि किसी भी 8 छात्रों में कम से कम दो का जन्मदिन सप्ताह के एक ही दिन पड़ता है।'),
    ('zh-CN', '证明：任意 13 个整数中必有两个之差能被 12 整除。'),
    ('zh-CN', '设计一个病历系统的访问控制模型，兼顾急诊“破窗”访问与审计，分析权衡。'),
    ('ja-JP', '介護施設の夜勤シフトで、連続3夜勤禁止と各人月4夜勤以上の条件を満たす割り当ては常に存在するか？証明せよ。'),
    ('ko-KR', '기숙사 배정 알고리즘에서 안정 매칭이 항상 존재함을 증명하고, 학생 최적성을 설명하라.'),
    ('th-TH', 'จงพิสูจน์ว่า n² + n เป็นจำนวนคู่เสมอสำหรับทุกจำนวนเต็ม n'),
    ('ro-RO', 'De ce un job de arhivare a dosarelor de deces rulează de două ori după failover? Cauza și soluția.'),
    ('en', 'Explain why this deadlocks and fix it: thread A locks beds then patients; thread B locks patients then beds.'),
    ('en', 'Is it possible to seat 8 tenants at a round table so no two neighbours share a floor, given floors of sizes 3,3,2? Prove.'),
    ('en', 'Design an audit-log scheme that proves no one edited a prisoner\'s record after sign-off, without a blockchain. Trade-offs?'),
    ('en', 'Prove that every tree with at least two vertices has at least two leaves.'),
    ('en', 'Our ORM returns a deceased customer as active only on replica reads. Likely root cause and how to confirm?'),
    ('en', 'A pupil-tracking app must work offline and merge edits from two teachers. CRDT or last-writer-wins? Argue it.'),
    ('en', 'Show that for n ≥ 5, 2^n > n². Then find every n where it fails.'),
    ('de-DE', 'Warum liefert unser Dienstplan-Solver nachts andere Ergebnisse als tagsüber? Nenne plausible Ursachen und wie man sie eingrenzt.'),
    ('es-MX', 'Demuestra que todo número de la forma 4k+3 tiene un factor primo de la misma forma.'),
    ('pl-PL', 'Zaprojektuj schemat bazy dla akt więźniów z historią zmian i prawem do zapomnienia; omów kompromisy.'),
    ('it-IT', 'Perché un indice unico su (codice fiscale) fallisce per alcuni pazienti stranieri? Analizza la causa e proponi un modello migliore.'),
    ('tr-TR', 'Her n için n⁵ − n sayısının 30 ile bölündüğünü kanıtla.'),
    ('ja-JP', '在留外国人の氏名表記ゆれ（ローマ字・カタカナ）を名寄せする設計を、誤結合と取りこぼしのトレードオフを含めて論じよ。'),
    ('ko-KR', '유학생 비자 만료 알림이 일부 사용자에게 두 번 발송된다. 시간대와 재시도를 고려해 근본 원인을 추론하라.'),
    ('nl-NL', 'Bewijs dat √2 + √3 irrationaal is.'),
]
ITEMS = ['syringes 5ml', 'saline 10ml', 'nitrile gloves M', 'incontinence pads L', 'hoist slings', 'exercise books A4',
         'whiteboard pens', 'lanyards', 'visitor badges', 'archive boxes', 'acid-free folders', 'bed linen sets', 'meal trays']


def long_list(rng, n_min=1600):
    rows, i = [], 1
    while len('\n'.join(rows)) < n_min:
        rows.append(f'{i}. {rng.choice(ITEMS)} | qty {rng.randint(1, 400)} | shelf {rng.choice("ABCDEF")}{rng.randint(1, 9)} | checked {2026}-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}')
        i += 1
    return '\n'.join(rows)


MINUTES = ['The committee approved the new visiting hours.', 'Fire drill moved to the second Tuesday.',
           'The library will close early on Friday for stocktaking.', 'Minibus MOT is due next month.',
           'Catering asked for dietary lists one week ahead.', 'Parking permits will be renewed in January.',
           'The heating contractor will service the boilers on the 12th.', 'New lockers arrive before half-term.',
           'Volunteers are needed for the summer fair.', 'The reception desk will trial a new sign-in tablet.']


def long_minutes(rng, n_min=1600):
    out = []
    while len(' '.join(out)) < n_min:
        out.append(f'Item {len(out) + 1}: ' + rng.choice(MINUTES))
    return '\n'.join(out)


EASY_TASKS = ['Sort this list by quantity, largest first.', 'Convert this to CSV with a header row.', 'Remove duplicate item names and list each once.',
              'Summarise these minutes in three bullet points.', 'Translate these minutes into German.', 'Count how many lines mention shelf A.',
              'Put this into a Markdown table.', 'Rewrite in plain English, keep the order.']


def long_log(rng):
    lines = []
    t = dt.datetime(2026, 11, 3, 1, 59, 0)
    for i in range(40):
        t += dt.timedelta(seconds=rng.randint(3, 50))
        ev = rng.choice(['batch=payments worker=2 posted=1', 'batch=payments worker=1 posted=1', 'lock acquired key=estate:{}'.format(rng.randint(100, 120)),
                         'retry after timeout 30s', 'clock sync offset=+3600s', 'lock released key=estate:{}'.format(rng.randint(100, 120)),
                         'cron fired job=probate_nightly', 'worker=2 heartbeat missed', 'lease renewed worker=1'])
        lines.append(f'{t.isoformat()}Z INFO {ev}')
    return '\n'.join(lines)


CODE = '''def allocate_rooms(students, rooms):
    assigned = {}
    for s in sorted(students, key=lambda s: s.priority):
        for r in rooms:
            if r.capacity > len([x for x in assigned.values() if x == r.id]):
                assigned[s.id] = r.id
                break
    return assigned

def release(assigned, student_id, waitlist, rooms):
    room = assigned.pop(student_id)
    nxt = waitlist.pop()
    assigned[nxt.id] = room
    return assigned
'''


TIMETABLE_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
SUBJECTS = ['Maths', 'English', 'Science', 'History', 'Geography', 'Art', 'Music', 'PE', 'French', 'Computing', 'RE', 'Drama']


def long_timetable(rng, n_min=1600):
    rows = []
    while len('\n'.join(rows)) < n_min:
        for d in TIMETABLE_DAYS:
            rows.append(f'{d} period {len(rows) % 6 + 1}: {rng.choice(SUBJECTS)} in room {rng.randint(1, 30)} with class {rng.randint(7, 11)}{rng.choice("ABCD")}')
    return '\n'.join(rows)


GLOSSARY = ['discharge letter', 'next of kin', 'power of attorney', 'care plan', 'parole board', 'tenancy deposit',
            'residence permit', 'probate', 'executor', 'school report', 'free school meals', 'sick note', 'payslip',
            'notice period', 'waiting list', 'referral', 'safeguarding', 'visiting hours', 'repairs', 'arrears']


def long_glossary(rng, n_min=1600):
    rows = []
    while len('\n'.join(rows)) < n_min:
        t = rng.choice(GLOSSARY)
        rows.append(f'- {t}: a term used on our public information leaflets; page {rng.randint(1, 40)}, section {rng.randint(1, 9)}.')
    return '\n'.join(rows)


SPEC = ['The portal must show pupils their own grades immediately after marking.',
        'Parents of pupils under 16 see everything the pupil sees.',
        'Counselling notes are visible only to the counsellor and the safeguarding lead.',
        'Pupils aged 13 or over may ask that a counselling referral is not shown to parents.',
        'Grades are released to parents in a weekly digest, not in real time.',
        'The safeguarding lead can override any visibility setting, but every override is logged.',
        'Data must be deleted six years after a pupil leaves, except safeguarding files (25 years).',
        'The system must work offline on school tablets for up to two days.',
        'Teachers can correct a grade for 14 days; afterwards only the head of year can.',
        'Exports to the local authority contain no free-text notes.']


def make_complexity(rng):
    recs = []
    fill = lambda s: s.format(a=rng.randint(12, 480), b=rng.randint(2, 11), w=rng.randint(2, 9), p=rng.choice([5, 12, 15, 20, 25]),
                              y=rng.choice([2027, 2028]), m=rng.randint(2, 4), n=rng.choice([13, 25, 8]), n1=12, sq=rng.choice([2, 3, 5, 6, 7]),
                              l=rng.choice([2, 3, 4]))
    for i in range(45):
        lang, s = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
        recs.append(('short_simple', 0, False, lang, 'lookup/translate/arith', fill(s)))
    for i in range(50):
        lang, s = SHORT_HARD[i % len(SHORT_HARD)]
        recs.append(('short_hard', 1, True, lang, 'proof/design/root-cause', fill(s)))
    for i in range(50):
        kind = i % 4
        if kind == 0:
            src, task = long_list(rng), rng.choice(EASY_TASKS[:3] + EASY_TASKS[6:7])
        elif kind == 1:
            src, task = long_minutes(rng), rng.choice(EASY_TASKS[3:5] + EASY_TASKS[7:])
        elif kind == 2:
            src, task = long_timetable(rng), rng.choice(['List every Maths lesson with its day and room.', 'Convert this timetable into a CSV table.',
                                                         'How many PE lessons are there in total?', 'Sort the lessons by room number.'])
        else:
            src, task = long_glossary(rng), rng.choice(['Translate each term into Spanish, keep the page references.', 'Alphabetise this glossary.',
                                                        'Remove duplicate terms.', 'Translate each term into Polish.'])
        lang = ['en', 'de-DE', 'fr-FR', 'es-ES', 'pl-PL', 'it-IT', 'nl-NL', 'pt-BR', 'sv-SE', 'tr-TR'][i % 10]
        pre = {'en': '', 'de-DE': '(bitte auf Englisch antworten) ', 'fr-FR': '(réponse courte svp) ', 'es-ES': '(rápido, por favor) ', 'pl-PL': '(szybko) ',
               'it-IT': '(veloce per favore) ', 'nl-NL': '(kort graag) ', 'pt-BR': '(rapidinho) ', 'sv-SE': '(snabbt tack) ', 'tr-TR': '(kısaca lütfen) '}[lang]
        recs.append(('long_easy', 0, True, lang, 'reformat/summarise/translate', f'{pre}{task}\n\n{src}'))
    for i in range(45):
        kind = i % 5
        if kind == 3:
            reqs = rng.sample(SPEC, len(SPEC))
            body = ('Requirements for the school portal, collected from staff, parents and the data-protection officer:\n'
                    + '\n'.join(f'R{j + 1}. {r} Raised by {rng.choice(["the head", "the PTA", "the DPO", "IT", "the SENCO"])} on '
                                 f'{rng.randint(1, 28)}.{rng.randint(1, 12)}.2026; priority {rng.choice(["must", "should", "could"])}.' for j, r in enumerate(reqs))
                    + '\n\nSeveral requirements conflict. Identify every conflict, explain why it is one, propose an access-control and '
                    'retention design that resolves them, and justify each trade-off you make. Say which requirement you would push back on.')
            style = 'design/conflicting-requirements'
        elif kind == 4:
            lines = [f'Person {j}: born {1840 + 7 * j}, baptised {1840 + 7 * j + rng.choice([0, 0, 1])}, parent of Person {j + 1}, died {1840 + 7 * j + rng.randint(40, 80)}' for j in range(1, 26)]
            lines[rng.randint(5, 20)] += ' (note: marriage record says aged 14 at marriage in the year of the next person\'s birth)'
            body = ('Transcribed family chain from parish books:\n' + '\n'.join(lines) + '\n\nCheck the chain for logical impossibilities '
                    '(parents too young, children born after a parent\'s death, etc.). For each one, reason step by step, say which record is '
                    'most likely wrong and what other source would settle it. Then prove whether the chain can be consistent if one '
                    'baptism year is shifted by at most two years.')
            style = 'reasoning/consistency'
        elif kind == 0:
            body = (f'{long_log(rng)}\n\nThe probate nightly job posted some estate payments twice on the night the clocks went back. '
                    'From the log above, work out the most likely root cause (consider the lease, the clock offset and the retry), '
                    'explain the sequence of events step by step, and propose a fix that stays correct across DST and worker failover.')
            style = 'root-cause/log'
        elif kind == 1:
            body = (f'{CODE}\n' + long_minutes(rng, 900) + '\n\nThe minutes above are context only. The allocation code has at least three bugs '
                    '(fairness, off-by-one on capacity, waitlist order, crash on empty waitlist). Find each, explain why it is wrong with a '
                    'concrete counter-example, and redesign the algorithm so that priority is respected and re-allocation is stable. '
                    'Discuss complexity and trade-offs.')
            style = 'debug/design'
        else:
            body = (long_list(rng, 1200) + '\n\nThree care homes share this stock. Each home must keep at least a two-week buffer of every item, '
                    'deliveries happen only on Mondays and Thursdays, and the van carries 60 units. Plan the transfers for the next four weeks '
                    'to minimise van trips, prove that your plan never breaks the buffer rule, and say which constraint binds first.')
            style = 'planning/proof'
        lang = ['en', 'en', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP', 'pl-PL'][i % 7]
        pre = {'en': '', 'de-DE': 'Bitte gründlich, Antwort auf Deutsch.\n', 'fr-FR': 'Réponds en français, de façon rigoureuse.\n',
               'es-ES': 'Responde en español y justifica cada paso.\n', 'ja-JP': '日本語で、根拠を示して丁寧に答えてください。\n',
               'pl-PL': 'Odpowiedz po polsku, szczegółowo.\n'}[lang]
        recs.append(('long_hard', 1, False, lang, style, pre + body))
    rng.shuffle(recs)
    out = []
    for n, (cat, label, adv, lang, style, text) in enumerate(recs, 1):
        if cat == 'long_easy' and len(text) < 1500:
            die('long_easy too short')
        if cat.startswith('short') and len(text) > 400:
            die('short too long')
        msgs = [{'role': 'user', 'content': text}]
        if rng.random() < 0.3:
            msgs.insert(0, {'role': 'system', 'content': rng.choice(['You are a helpful assistant.', 'You help staff of a public service.', 'Answer concisely.'])})
        body = {'model': rng.choice(MODELS), 'messages': msgs}
        out.append({'id': f'oxbow-cx-{n:04d}', 'category': cat, 'label': label, 'length_adversarial': adv, 'endpoint': 'chat',
                    'lang': lang, 'style': style, 'body': body})
    return out


# ----------------------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=str(ROOT / 'bench' / 'data' / 'signals'))
    a = ap.parse_args()
    apply_cut()
    apply_cut_hist()
    rng = random.Random(a.seed)
    pii = make_pii(rng)
    cx = make_complexity(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (('pii_oxbow.jsonl', pii), ('complexity_oxbow.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8', newline='\n') as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    ep = collections.Counter(r['endpoint'] for r in pii)
    print(f'pii_oxbow.jsonl: {len(pii)} requests ({ep["chat"]} chat, {ep["completions"]} completions) in '
          f'{len({r["lang"] for r in pii})} language tags; {sens} sensitive / {len(pii) - sens} benign')
    print('  categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print('  placements:', dict(sorted(collections.Counter(r['style'].split(' · ')[1] for r in pii).items())))
    print('  sensitive with a single incidental item:', sum('incidental' in r['style'] for r in pii),
          '; mixed-era genealogy files:', sum('mixed_eras' in r['style'] for r in pii))
    print('  benign kinds:', dict(sorted(collections.Counter(r['style'].split(' · ')[2].split('_')[0] for r in pii if not r['sensitive']).items())))
    cc = collections.Counter(r['category'] for r in cx)
    adv = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_oxbow.jsonl: {len(cx)} chat requests in {len({r["lang"] for r in cx})} language tags: ' +
          ', '.join(f'{k} {cc[k]}' for k in ('short_simple', 'long_easy', 'short_hard', 'long_hard')) +
          f'; {adv} ({100 * adv // len(cx)}%) length-adversarial, {sum(r["label"] for r in cx)} labelled 1')


if __name__ == '__main__':
    main()
