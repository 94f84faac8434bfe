#!/usr/bin/env python3
"""Skerry: an independent evaluation split for the request signals, organised by TALKING ABOUT personal data
versus CONTAINING it.

Writes bench/data/signals/pii_skerry.jsonl and bench/data/signals/complexity_skerry.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the first 70 lines of the delta generator (record schema and conventions), the
    first two lines of each delta jsonl and the brief. Neither the detector, its tests, the evaluator, the
    results, the policies nor the docs were read, and no commit messages or other branches. The other
    generators were not read: at run time their sources are only scanned automatically for capitalised /
    non-ASCII words and for bigrams of Han / Kana / Hangul characters, and every entry of this file's name,
    street, city and public-figure pools that shares a word (or such a bigram) with them is dropped
    (deterministically, order kept; the run aborts if a pool runs empty). Those words are never printed.

Organising principle
    Privacy and data-protection work, where the request either TALKS ABOUT personal data or CONTAINS it:
    data-subject access / erasure requests, breach notifications, redaction and anonymisation jobs, regexes
    and validators for IDs / phones / cards / IBANs, data mapping and schema design for personal fields,
    privacy-policy drafting, DPIAs, test-data and fixture requests, consent logs, account-recovery tickets.
    Sensitive records (category ``<kind>``) really carry someone's data: an erasure request naming the
    requester and their e-mail, an export to redact that still holds values, "does my regex match" with a
    customer's real card. Benign records (``<kind>_benign``) only describe, mask, hash, template or exemplify
    data: field names, format descriptions (DD/MM/YYYY, AAA-GG-SSSS), masked values (****1234), hashes,
    documentation / registry example values, schema definitions, placeholders (<NAME>, {{email}}), the
    company's DPO role mailbox and switchboard, supervisory authorities and public figures in their public
    role, eponyms (Luhn, Verhoeff). 24 locales (Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai,
    Han, Kana and Hangul scripts) with own names, streets, phone formats and national identifiers.

    The privacy document is placed in a request field chosen by rotation: user / system / earlier assistant
    messages, tool results after a tool call, tool-call arguments, base64 file content parts, response_format
    json_schema examples, ``metadata`` with ``store: true``, the ``user`` field; ~10% use the legacy
    completions endpoint.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching the
    serialised body (base64 file parts decoded, URLs unquoted) for every value the record issued; ``sensitive``
    is true exactly when it is non-empty (asserted). ``ssn`` is the US SSN only; citizen numbers (DNI, BSN,
    PESEL, personnummer, HETU, CPR, rodne cislo, TC kimlik, teudat zehut, Aadhaar, RRN, resident ID, Thai PIN)
    are NATIONAL_ID; taxpayer numbers (Steuer-ID, codice fiscale, CPF, INN, PAN) TAX_ID; NHS numbers
    HEALTH_INSURANCE; hospital record numbers MEDICAL_RECORD; a US routing + account pair US_BANK_NUMBER; a
    public IP of a private user IP_ADDRESS; a private person's home address STREET_ADDRESS. Benign records
    issue no personal value at all.

    Generic street-type words (Rd, rue, Calle, ul., Sokak, שדרות, ...) are exempt from the cut (the distinctive
    part of each street is cut); city names and postcodes are a closed set of public places and are not cut.

Contents (seed 20261205)
    pii_skerry.jsonl: 500 requests (450 chat, 50 completions) in 24 language tags; 10 kinds x 50 (29 sensitive +
    21 benign each: 290 sensitive / 210 benign); kinds: dsar, breach_notice, redaction, validator, schema_mapping,
    policy_drafting, dpia, test_data, consent_log, account_recovery. Entity totals: person 261, email 247,
    phone 193, DATE_OF_BIRTH 113, STREET_ADDRESS 61, IP_ADDRESS 58, credit_card 32, NATIONAL_ID 31, TAX_ID 15,
    MEDICAL_RECORD 11, HEALTH_INSURANCE 10, ssn 8, US_BANK_NUMBER 8, iban 5, PASSPORT 3.
    complexity_skerry.jsonl: 190 chat requests in 23 language tags, privacy-engineering themed: short_simple 45,
    long_easy 52 (>= 1,500 chars), short_hard 50, long_hard 43; 102 (54%) length-adversarial, 93 labelled 1.
    The run prints all counts.

Validation
    Every identifier is validated with python-stdnum (IBAN, Luhn cards, US SSN / routing numbers, each national
    ID); passport numbers (US, GB, DE, FR formats) have no check digit of their own: their ICAO 9303 7-3-1 MRZ
    check digit is computed with an own routine (tested on the ICAO specimen) and asserted; every phone number is parsed and validated for its region with ``phonenumbers``; every IP is checked
    with ``ipaddress`` to be global and outside the documentation ranges. Benign documentation values are
    asserted to be what they claim (test cards Luhn-valid and on the well-known list, 555-01xx, RFC 5737).
    The run aborts on any invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_skerry_signal_sets.py [--seed 20261205] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import hashlib
import ipaddress
import json
import pathlib
import random
import re
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn, verhoeff
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.gb import nhs
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo')
CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')
_MARKS = ''.join(chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)) in ('Mn', 'Mc'))
WORD = re.compile(r'(?:[^\W\d_]|[' + re.escape(_MARKS) + r'])+')  # letters incl. combining marks (Devanagari, Thai, ...)


def other_words():
    """Capitalised / non-ASCII words and Han/Kana/Hangul bigrams of the other generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_text(encoding='utf-8', errors='replace')
        for w in WORD.findall(text):
            if w[0].isupper() or not w.isascii():
                words.add(w)
            for a, b in zip(w, w[1:]):
                if CJK.match(a) and CJK.match(b):
                    bigrams.add(a + b)
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()


def clash(entry: str, exempt=frozenset()) -> bool:
    for w in WORD.findall(entry):
        if w in exempt:
            continue
        if w in OTHER_WORDS:
            return True
        for a, b in zip(w, w[1:]):
            if a + b in OTHER_BIGRAMS:
                return True
    return False


def cut(pool, what, exempt=frozenset()):
    out = [e for e in pool if not clash(e[0] if isinstance(e, tuple) else e, exempt)]
    if not out:
        raise SystemExit(f'pool {what} ran empty after the overlap cut')
    return out


_TRANSLIT = str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'Ae', 'ß': 'ss', 'đ': 'd', 'Đ': 'D', 'ı': 'i',
                           'œ': 'oe', 'å': 'a'})


def fold(s: str) -> str:
    s = unicodedata.normalize('NFKD', s.translate(_TRANSLIT))
    return ''.join(c for c in s if c.isascii() and (c.isalnum() or c in '-')).lower()


# ---------------------------------------------------------------------------------------------------- locales
# name entries: native, or (native, romanised) for non-Latin scripts
LOC = {}


def loc(code, **kw):
    LOC[code] = kw


loc('en-US', given=['Thaddeus', 'Marisol', 'Corwin', 'Ysabel', 'Odessa', 'Wendell', 'Rosalind', 'Juniper', 'Alvah', 'Delphia'],
    family=['Pettibone', 'Haskett', 'Brumfield', 'Quarles', 'Stokely', 'Dunnigan', 'Whitcomb', 'Garrity', 'Bilodeau', 'Vanderhoof'],
    streets=['Sycamore Bend Rd', 'Larkspur Ln', 'Old Mill Ct', 'Tamarack Dr', 'Foxglove Way', 'Cobblestone Ter'],
    cities=[('Boise, ID', '83702'), ('Dayton, OH', '45419'), ('Tacoma, WA', '98406'), ('Macon, GA', '31204')],
    addr='{num} {street}, {city} {pc}', phone='US', mail=['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'],
    ids=['ssn', 'us_bank'], dob='%m/%d/%Y', law='CCPA', dpa='the California Privacy Protection Agency',
    L=dict(erase='Please delete all personal information you hold about me under the CCPA.',
           access='I want a copy of all the personal information you have collected about me.',
           name='Name', addr='Address', phone='Phone', dob='Date of birth'))
loc('en-GB', given=['Ffion', 'Rhodri', 'Torquil', 'Morwenna', 'Alasdair', 'Hester', 'Crispin', 'Elspeth', 'Tamsin', 'Peregrine'],
    family=['Penhaligon', 'Ashdown', 'Tregarthen', 'Cadwallader', 'Blenkinsop', 'Hepplewhite', 'Fairbairn', 'Lethbridge', 'Moorcroft', 'Trelawney'],
    streets=['Quarrendon Close', 'Harebell Gardens', 'Pinfold Lane', 'Withy Mead', 'Kingfisher Rise', 'Cowslip Walk'],
    cities=[('Truro', 'TR1 2HX'), ('Kendal', 'LA9 4QD'), ('Shrewsbury', 'SY3 7PJ'), ('Ipswich', 'IP4 2RT')],
    addr='{num} {street}, {city} {pc}', phone='GB', mail=['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'yahoo.co.uk'],
    ids=['nhs'], dob='%d/%m/%Y', law='UK GDPR', dpa="the ICO",
    L=dict(erase='Please erase my personal data under Article 17 UK GDPR.',
           access='This is a subject access request under Article 15 UK GDPR.',
           name='Name', addr='Address', phone='Phone', dob='Date of birth'))
loc('de-DE', given=['Wiebke', 'Ortwin', 'Frauke', 'Edeltraud', 'Jost', 'Heiderose', 'Volkmar', 'Swantje', 'Gerlinde', 'Reinhild'],
    family=['Brüggemann', 'Kettelhake', 'Osterkamp', 'Dörfler', 'Wienholt', 'Sieverding', 'Hollmichel', 'Pfisterer', 'Kleinschmager', 'Tiedemeyer'],
    streets=['Holunderweg', 'Am Mühlbach', 'Ginsterstieg', 'Kranichstraße', 'Schlehenring', 'Wacholderpfad'],
    cities=[('Lüneburg', '21335'), ('Bamberg', '96052'), ('Paderborn', '33102'), ('Gießen', '35392')],
    addr='{street} {num}, {pc} {city}', phone='DE', mail=['web.de', 'gmx.de', 't-online.de', 'posteo.de'],
    ids=['de_idnr', 'iban_DE'], dob='%d.%m.%Y', law='DSGVO', dpa='the state data protection authority',
    L=dict(erase='Bitte löschen Sie alle meine personenbezogenen Daten gemäß Art. 17 DSGVO.',
           access='Ich beantrage Auskunft über meine gespeicherten Daten nach Art. 15 DSGVO.',
           name='Name', addr='Anschrift', phone='Telefon', dob='Geburtsdatum'))
loc('fr-FR', given=['Aurélien', 'Clémence', 'Gaëtan', 'Ombeline', 'Solène', 'Enguerrand', 'Maëlys', 'Baptistin', 'Ghislaine', 'Anatole'],
    family=['Fauchereau', 'Lemarquis', 'Trébuchon', 'Villecroze', 'Pouzergues', 'Desfontaines', 'Quéméner', 'Cazenave', 'Rouquette', 'Lagarrigue'],
    streets=['rue des Glycines', 'impasse du Lavoir', 'allée des Mésanges', 'chemin de la Garenne', 'rue du Puits-Salé'],
    cities=[('Périgueux', '24000'), ('Quimper', '29000'), ('Valence', '26000'), ('Albi', '81000')],
    addr='{num} {street}, {pc} {city}', phone='FR', mail=['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
    ids=['iban_FR'], dob='%d/%m/%Y', law='RGPD', dpa='the CNIL',
    L=dict(erase="Je vous demande d'effacer toutes mes données personnelles conformément à l'article 17 du RGPD.",
           access="Je souhaite exercer mon droit d'accès (article 15 du RGPD).",
           name='Nom', addr='Adresse', phone='Téléphone', dob='Date de naissance'))
loc('es-ES', given=['Iñaki', 'Remedios', 'Gumersindo', 'Maite', 'Covadonga', 'Eulalio', 'Nieves', 'Fermín', 'Begoña', 'Anselmo'],
    family=['Larrañaga', 'Villaescusa', 'Carbajosa', 'Arizmendi', 'Urquiola', 'Peñalver', 'Olabarrieta', 'Somoza', 'Bermejo', 'Zarzuela'],
    streets=['Calle del Almendro', 'Calle Jazmines', 'Travesía del Cierzo', 'Calle Alfarería', 'Camino de las Eras'],
    cities=[('Logroño', '26002'), ('Cáceres', '10003'), ('Lugo', '27002'), ('Teruel', '44002')],
    addr='{street}, {num}, {pc} {city}', phone='ES', mail=['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'],
    ids=['dni', 'iban_ES'], dob='%d/%m/%Y', law='RGPD', dpa='the AEPD',
    L=dict(erase='Solicito la supresión de todos mis datos personales conforme al artículo 17 del RGPD.',
           access='Ejerzo mi derecho de acceso según el artículo 15 del RGPD.',
           name='Nombre', addr='Dirección', phone='Teléfono', dob='Fecha de nacimiento'))
loc('it-IT', given=['Ottavio', 'Brunella', 'Ermenegildo', 'Loredana', 'Saverio', 'Gelsomina', 'Tancredi', 'Annunziata', 'Rosalba', 'Duilio'],
    family=['Scarpellini', 'Mazzacurati', 'Bonfiglioli', 'Terracciano', 'Guidobaldi', 'Lanzavecchia', 'Caporaso', 'Mastrogiacomo', 'Spadafora', 'Zampieri'],
    streets=['Via dei Gelsi', 'Vicolo del Forno', 'Via delle Ginestre', 'Via Campo Fiorito', 'Strada dei Castagni'],
    cities=[('Ferrara', '44121'), ('Macerata', '62100'), ('Lecce', '73100'), ('Sondrio', '23100')],
    addr='{street} {num}, {pc} {city}', phone='IT', mail=['libero.it', 'virgilio.it', 'gmail.com', 'alice.it'],
    ids=['cf', 'iban_IT'], dob='%d/%m/%Y', law='GDPR', dpa='the Garante',
    L=dict(erase="Chiedo la cancellazione di tutti i miei dati personali ai sensi dell'art. 17 GDPR.",
           access="Chiedo l'accesso ai miei dati ai sensi dell'art. 15 GDPR.",
           name='Nome', addr='Indirizzo', phone='Telefono', dob='Data di nascita'))
loc('nl-NL', given=['Joukje', 'Sjoerd', 'Wietske', 'Hidde', 'Tjitske', 'Ynze', 'Gerbrich', 'Reinout', 'Aukje', 'Folkert'],
    family=['Bloemendaal', 'Hoogeveen', 'Zwanenburg', 'Brinkhuis', 'Veldhoen', 'Oosterbeek', 'Terpstra', 'Wijnhoven', 'Kampstra', 'Hazenberg'],
    streets=['Fluitekruidlaan', 'Meidoornhof', 'Kievitstraat', 'Wilgenweg', 'Lisdoddepad'],
    cities=[('Leeuwarden', '8921 KD'), ('Zwolle', '8011 PR'), ('Deventer', '7412 AB'), ('Assen', '9401 HJ')],
    addr='{street} {num}, {pc} {city}', phone='NL', mail=['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
    ids=['bsn', 'iban_NL'], dob='%d-%m-%Y', law='AVG', dpa='the Autoriteit Persoonsgegevens',
    L=dict(erase='Ik verzoek u al mijn persoonsgegevens te verwijderen op grond van artikel 17 AVG.',
           access='Ik dien hierbij een inzageverzoek in op grond van artikel 15 AVG.',
           name='Naam', addr='Adres', phone='Telefoon', dob='Geboortedatum'))
loc('pl-PL', given=['Bożena', 'Włodzimierz', 'Jadwiga', 'Przemysław', 'Halina', 'Zdzisław', 'Wiesława', 'Radosław', 'Genowefa', 'Bogumił'],
    family=['Kaczmarczyk', 'Szczepaniak', 'Przybylak', 'Dudziak', 'Wawrzyniak', 'Grzelak', 'Sobczak', 'Kubiak', 'Pietrzyk', 'Jędrzejczyk'],
    streets=['ul. Jarzębinowa', 'ul. Konwaliowa', 'ul. Źródlana', 'ul. Wrzosowa', 'ul. Sasanki'],
    cities=[('Olsztyn', '10-437'), ('Rzeszów', '35-064'), ('Kielce', '25-316'), ('Opole', '45-273')],
    addr='{street} {num}, {pc} {city}', phone='PL', mail=['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
    ids=['pesel', 'iban_PL'], dob='%d.%m.%Y', law='RODO', dpa='UODO',
    L=dict(erase='Proszę o usunięcie wszystkich moich danych osobowych zgodnie z art. 17 RODO.',
           access='Proszę o dostęp do moich danych zgodnie z art. 15 RODO.',
           name='Imię i nazwisko', addr='Adres', phone='Telefon', dob='Data urodzenia'))
loc('pt-BR', given=['Claudionor', 'Rosângela', 'Edivaldo', 'Gercina', 'Valdomiro', 'Lucineide', 'Anísio', 'Marilene', 'Jurandir', 'Josélia'],
    family=['Cavalcanti', 'Bezerra', 'Vasconcelos', 'Siqueira', 'Damasceno', 'Brandão', 'Quintela', 'Arruda', 'Meireles', 'Holanda'],
    streets=['Rua das Acácias', 'Travessa Ipê-Amarelo', 'Rua Sabiá', 'Alameda dos Buritis', 'Rua Jatobá'],
    cities=[('Campina Grande - PB', '58400-295'), ('Uberlândia - MG', '38400-118'), ('Londrina - PR', '86010-390')],
    addr='{street}, {num}, {city}, CEP {pc}', phone='BR', mail=['uol.com.br', 'bol.com.br', 'gmail.com', 'terra.com.br'],
    ids=['cpf'], dob='%d/%m/%Y', law='LGPD', dpa='the ANPD',
    L=dict(erase='Solicito a eliminação dos meus dados pessoais, conforme o art. 18 da LGPD.',
           access='Solicito acesso aos meus dados pessoais nos termos do art. 18 da LGPD.',
           name='Nome', addr='Endereço', phone='Telefone', dob='Data de nascimento'))
loc('sv-SE', given=['Gunvor', 'Torbjörn', 'Ylva', 'Sixten', 'Margit', 'Eskil', 'Solveig', 'Arvid', 'Gudmund', 'Ingegerd'],
    family=['Åkesson', 'Sjöberg', 'Bergkvist', 'Norrman', 'Ekdahl', 'Rydén', 'Hägglund', 'Wennerström', 'Lundholm', 'Sandqvist'],
    streets=['Blåklintsvägen', 'Rönnbärsgatan', 'Tallmogatan', 'Ekorrstigen', 'Smultronvägen'],
    cities=[('Umeå', '903 31'), ('Västerås', '722 14'), ('Jönköping', '553 21'), ('Östersund', '831 34')],
    addr='{street} {num}, {pc} {city}', phone='SE', mail=['telia.com', 'gmail.com', 'hotmail.se', 'bredband.net'],
    ids=['pnr'], dob='%Y-%m-%d', law='GDPR', dpa='IMY',
    L=dict(erase='Jag begär att ni raderar alla mina personuppgifter enligt artikel 17 i GDPR.',
           access='Jag begär ett registerutdrag enligt artikel 15 i GDPR.',
           name='Namn', addr='Adress', phone='Telefon', dob='Födelsedatum'))
loc('fi-FI', given=['Tuomo', 'Raili', 'Jorma', 'Sirkka', 'Veikko', 'Tuulikki', 'Pentti', 'Hilkka', 'Kalevi', 'Eija'],
    family=['Kärkkäinen', 'Väisänen', 'Hyvönen', 'Kokkonen', 'Pesonen', 'Rautiainen', 'Honkanen', 'Pitkänen', 'Ylönen', 'Haapalainen'],
    streets=['Pihlajakatu', 'Kuusitie', 'Mustikkapolku', 'Koivukuja', 'Harjukatu'],
    cities=[('Jyväskylä', '40100'), ('Kuopio', '70100'), ('Joensuu', '80100'), ('Vaasa', '65100')],
    addr='{street} {num}, {pc} {city}', phone='FI', mail=['suomi24.fi', 'gmail.com', 'luukku.com', 'elisanet.fi'],
    ids=['hetu'], dob='%d.%m.%Y', law='GDPR', dpa='the Data Protection Ombudsman',
    L=dict(erase='Pyydän poistamaan kaikki henkilötietoni tietosuoja-asetuksen 17 artiklan nojalla.',
           access='Pyydän saada tarkastaa tietoni tietosuoja-asetuksen 15 artiklan nojalla.',
           name='Nimi', addr='Osoite', phone='Puhelin', dob='Syntymäaika'))
loc('da-DK', given=['Ebbe', 'Bodil', 'Henning', 'Gudrun', 'Palle', 'Svend', 'Kresten', 'Tove', 'Valdemar', 'Ulla'],
    family=['Kjærgaard', 'Bøgh', 'Lauritsen', 'Dalsgaard', 'Thygesen', 'Nørregaard', 'Lykkegaard', 'Frandsen', 'Skovgaard', 'Overgaard'],
    streets=['Hybenvej', 'Kirsebærhaven', 'Lærkevænget', 'Slåenbakken', 'Engblommevej'],
    cities=[('Viborg', '8800'), ('Herning', '7400'), ('Svendborg', '5700'), ('Næstved', '4700')],
    addr='{street} {num}, {pc} {city}', phone='DK', mail=['mail.dk', 'gmail.com', 'stofanet.dk', 'hotmail.dk'],
    ids=['cpr'], dob='%d-%m-%Y', law='GDPR', dpa='Datatilsynet',
    L=dict(erase='Jeg anmoder om sletning af alle mine personoplysninger i henhold til artikel 17 i GDPR.',
           access='Jeg anmoder om indsigt i mine oplysninger efter artikel 15 i GDPR.',
           name='Navn', addr='Adresse', phone='Telefon', dob='Fødselsdato'))
loc('cs-CZ', given=['Bohumil', 'Jarmila', 'Vratislav', 'Květoslava', 'Radomír', 'Blažena', 'Čestmír', 'Libuše', 'Dobroslav', 'Zdeňka'],
    family=['Vondráček', 'Kratochvíl', 'Šťastný', 'Pospíšil', 'Zelenka', 'Doležal', 'Nedbal', 'Kopecký', 'Rybář', 'Hrdlička'],
    streets=['Jabloňová', 'Za Humny', 'Lipová alej', 'K Rybníku', 'Šeříková'],
    cities=[('Olomouc', '779 00'), ('Jihlava', '586 01'), ('Zlín', '760 01'), ('Tábor', '390 02')],
    addr='{street} {num}, {pc} {city}', phone='CZ', mail=['seznam.cz', 'email.cz', 'centrum.cz', 'volny.cz'],
    ids=['rc'], dob='%d. %m. %Y', law='GDPR', dpa='ÚOOÚ',
    L=dict(erase='Žádám o výmaz všech mých osobních údajů podle článku 17 GDPR.',
           access='Žádám o přístup k mým osobním údajům podle článku 15 GDPR.',
           name='Jméno', addr='Adresa', phone='Telefon', dob='Datum narození'))
loc('tr-TR', given=['Gülsüm', 'Necati', 'Şükran', 'Hüsamettin', 'Nurhayat', 'Sevim', 'Muammer', 'Feride', 'Cengiz', 'Nevzat'],
    family=['Demirkol', 'Kocabıyık', 'Sarıgül', 'Akyürek', 'Taşkıran', 'Çakıroğlu', 'Eroğlu', 'Karakoç', 'Gündoğdu', 'Yazıcıoğlu'],
    streets=['Menekşe Sokak', 'Ihlamur Caddesi', 'Karanfil Sokak', 'Çınaraltı Sokak', 'Begonya Sokak'],
    cities=[('Eskişehir', '26130'), ('Kayseri', '38030'), ('Denizli', '20010'), ('Trabzon', '61030')],
    addr='{street} No: {num}, {pc} {city}', phone='TR', mail=['hotmail.com', 'gmail.com', 'yandex.com.tr', 'outlook.com'],
    ids=['tckn'], dob='%d.%m.%Y', law='KVKK', dpa='the KVKK Authority',
    L=dict(erase="KVKK'nın 11. maddesi uyarınca tüm kişisel verilerimin silinmesini talep ediyorum.",
           access='KVKK 11. madde kapsamında hakkımda işlenen verilere erişim talep ediyorum.',
           name='Ad Soyad', addr='Adres', phone='Telefon', dob='Doğum tarihi'))
loc('ru-RU', given=[('Всеволод', 'Vsevolod'), ('Ангелина', 'Angelina'), ('Святослав', 'Svyatoslav'), ('Евдокия', 'Evdokiya'),
                    ('Тимофей', 'Timofey'), ('Варвара', 'Varvara'), ('Ростислав', 'Rostislav'), ('Аглая', 'Aglaya')],
    family=[('Шевчук', 'shevchuk'), ('Кравец', 'kravets'), ('Гладких', 'gladkikh'), ('Черных', 'chernykh'), ('Седых', 'sedykh'),
            ('Бондарь', 'bondar'), ('Долгих', 'dolgikh'), ('Мельничук', 'melnichuk')],
    streets=['ул. Рябиновая', 'ул. Черёмуховая', 'пер. Сиреневый', 'ул. Брусничная', 'ул. Кедровая'],
    cities=[('г. Вологда', '160009'), ('г. Калуга', '248000'), ('г. Томск', '634050'), ('г. Псков', '180000')],
    addr='{pc}, {city}, {street}, д. {num}, кв. {apt}', phone='RU', mail=['yandex.ru', 'mail.ru', 'rambler.ru', 'bk.ru'],
    ids=['inn'], dob='%d.%m.%Y', law='152-ФЗ', dpa='Roskomnadzor',
    L=dict(erase='Прошу удалить все мои персональные данные в соответствии с 152-ФЗ.',
           access='Прошу предоставить сведения об обработке моих персональных данных (ст. 14 152-ФЗ).',
           name='ФИО', addr='Адрес', phone='Телефон', dob='Дата рождения'))
loc('he-IL', given=[('אביטל', 'avital'), ('יהונתן', 'yehonatan'), ('שלומית', 'shlomit'), ('עמיחי', 'amichai'), ('אורנה', 'orna'),
                    ('צביקה', 'tzvika'), ('נחמה', 'nechama'), ('אליקים', 'elyakim')],
    family=[('ברקוביץ', 'berkovitz'), ('אלמליח', 'elmaliach'), ('שטרנברג', 'sternberg'), ('אזולאי', 'azulai'), ('גולדפרב', 'goldfarb'),
            ('חדד', 'hadad'), ('וקנין', 'vaknin'), ('טוויטו', 'twito')],
    streets=['רחוב הדקל', 'רחוב הכלנית', 'רחוב הרימון', 'שדרות האלון', 'רחוב הצבר'],
    cities=[('באר שבע', '8410501'), ('חדרה', '3825201'), ('רחובות', '7630502'), ('נהריה', '2240301')],
    addr='{street} {num}, {city} {pc}', phone='IL', mail=['walla.co.il', 'gmail.com', 'bezeqint.net', 'hotmail.com'],
    ids=['il_id'], dob='%d/%m/%Y', law='חוק הגנת הפרטיות', dpa='the Privacy Protection Authority',
    L=dict(erase='אני מבקש/ת למחוק את כל המידע האישי שלי מהמאגר שלכם.',
           access='אני מבקש/ת לעיין במידע שנשמר עליי לפי חוק הגנת הפרטיות.',
           name='שם', addr='כתובת', phone='טלפון', dob='תאריך לידה'))
loc('ar-EG', given=[('حسنين', 'hassanein'), ('نبوية', 'nabawiya'), ('عبدالفتاح', 'abdelfattah'), ('سنية', 'saneya'), ('مجدي', 'magdy'),
                    ('وفاء', 'wafaa'), ('رضوان', 'radwan'), ('إنجي', 'engy')],
    family=[('الشناوي', 'elshennawy'), ('عبدالعال', 'abdelaal'), ('الدمرداش', 'eldemerdash'), ('قنديل', 'kandil'),
            ('الحفناوي', 'elhefnawy'), ('الجزار', 'elgazzar'), ('البرعي', 'elboraie')],
    streets=['شارع الياسمين', 'شارع النخيل', 'شارع الفردوس', 'شارع السنابل', 'شارع الزيتون'],
    cities=[('المنصورة', '35511'), ('طنطا', '31511'), ('أسيوط', '71511'), ('الإسماعيلية', '41511')],
    addr='{num} {street}، {city} {pc}', phone='EG', mail=['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'],
    ids=[], dob='%d/%m/%Y', law='القانون 151 لسنة 2020', dpa='the Personal Data Protection Center',
    L=dict(erase='أطلب حذف جميع بياناتي الشخصية وفقًا لقانون حماية البيانات الشخصية رقم 151 لسنة 2020.',
           access='أطلب الاطلاع على بياناتي الشخصية المحفوظة لديكم.',
           name='الاسم', addr='العنوان', phone='الهاتف', dob='تاريخ الميلاد'))
loc('hi-IN', given=[('अनुराधा', 'Anuradha'), ('विश्वनाथ', 'Vishwanath'), ('सुलोचना', 'Sulochana'), ('हरिप्रसाद', 'Hariprasad'),
                    ('निर्मला', 'Nirmala'), ('देवेंद्र', 'Devendra'), ('कामिनी', 'Kamini'), ('जगदीश', 'Jagdish')],
    family=[('चतुर्वेदी', 'Chaturvedi'), ('बाजपेयी', 'Bajpai'), ('त्रिपाठी', 'Tripathi'), ('खंडेलवाल', 'Khandelwal'),
            ('अग्निहोत्री', 'Agnihotri'), ('मेहरोत्रा', 'Mehrotra'), ('सक्सेना', 'Saxena')],
    streets=['गुलमोहर मार्ग', 'अशोक विहार', 'नीम वाली गली', 'कमला नगर', 'शांति कुंज'],
    cities=[('कानपुर', '208002'), ('इंदौर', '452001'), ('लखनऊ', '226010'), ('भोपाल', '462003')],
    addr='मकान नं. {num}, {street}, {city} - {pc}', phone='IN', mail=['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'],
    ids=['aadhaar', 'pan'], dob='%d-%m-%Y', law='DPDP Act 2023', dpa='the Data Protection Board of India',
    L=dict(erase='कृपया DPDP अधिनियम 2023 के तहत मेरा सारा व्यक्तिगत डेटा मिटा दें।',
           access='कृपया मेरे बारे में रखे गए सभी व्यक्तिगत डेटा की जानकारी दें।',
           name='नाम', addr='पता', phone='फ़ोन', dob='जन्म तिथि'))
loc('zh-CN', given=[('蔚然', 'weiran'), ('沛涵', 'peihan'), ('振邦', 'zhenbang'), ('婉清', 'wanqing'), ('启航', 'qihang'),
                    ('鹤鸣', 'heming'), ('芷若', 'zhiruo'), ('砚秋', 'yanqiu')],
    family=[('邝', 'kuang'), ('詹', 'zhan'), ('骆', 'luo'), ('滕', 'teng'), ('龚', 'gong'), ('阎', 'yan'), ('柯', 'ke')],
    streets=['梧桐路', '槐荫街', '青石巷', '桂香里', '柳岸路'],
    cities=[('江苏省扬州市广陵区', '225002'), ('浙江省绍兴市越城区', '312000'), ('安徽省芜湖市镜湖区', '241000')],
    addr='{city}{street}{num}号{apt}室', phone='CN', mail=['qq.com', '163.com', '126.com', 'sina.com'],
    ids=['ric'], dob='%Y年%m月%d日', law='《个人信息保护法》', dpa='the CAC',
    L=dict(erase='根据《个人信息保护法》第四十七条，请删除我的全部个人信息。',
           access='根据《个人信息保护法》第四十五条，我要求查阅、复制我的个人信息。',
           name='姓名', addr='地址', phone='电话', dob='出生日期'))
loc('ja-JP', given=[('千尋', 'chihiro'), ('篤志', 'atsushi'), ('朔太郎', 'sakutaro'), ('紗季', 'saki'), ('湊', 'minato'),
                    ('柚希', 'yuzuki'), ('孝之', 'takayuki')],
    family=[('鳥海', 'toriumi'), ('檜山', 'hiyama'), ('御手洗', 'mitarai'), ('早乙女', 'saotome'), ('東海林', 'shoji'),
            ('薬師寺', 'yakushiji'), ('犬飼', 'inukai')],
    streets=['桜ケ丘', '若葉町', '緑が丘', '本郷台', '梅ノ木'],
    cities=[('静岡県浜松市中区', '430-0944'), ('石川県金沢市', '920-0853'), ('岡山県倉敷市', '710-0055')],
    addr='〒{pc} {city}{street}{num}-{apt}', phone='JP', mail=['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com', 'ezweb.ne.jp'],
    ids=[], dob='%Y年%m月%d日', law='個人情報保護法', dpa='the PPC',
    L=dict(erase='個人情報保護法に基づき、私の個人情報をすべて削除してください。',
           access='個人情報保護法第33条に基づき、保有個人データの開示を請求します。',
           name='氏名', addr='住所', phone='電話', dob='生年月日'))
loc('ko-KR', given=[('다온', 'daon'), ('한결', 'hangyeol'), ('윤슬', 'yunseul'), ('가람', 'garam'), ('새론', 'saeron'),
                    ('해솔', 'haesol'), ('여울', 'yeoul')],
    family=[('탁', 'tak'), ('변', 'byeon'), ('국', 'guk'), ('추', 'chu'), ('맹', 'maeng'), ('어', 'eo'), ('편', 'pyeon')],
    streets=['느티나무로', '은행나무길', '매화로', '솔빛길', '감나무길'],
    cities=[('전라북도 전주시 완산구', '54999'), ('경상남도 창원시 의창구', '51430'), ('충청북도 청주시 상당구', '28501')],
    addr='{city} {street} {num}, {apt}호 ({pc})', phone='KR', mail=['naver.com', 'daum.net', 'hanmail.net', 'kakao.com'],
    ids=['rrn'], dob='%Y년 %m월 %d일', law='개인정보 보호법', dpa='the PIPC',
    L=dict(erase='개인정보 보호법 제36조에 따라 제 개인정보 전부를 삭제해 주세요.',
           access='개인정보 보호법 제35조에 따라 제 개인정보 열람을 요청합니다.',
           name='이름', addr='주소', phone='전화', dob='생년월일'))
loc('th-TH', given=[('ปิยะนุช', 'piyanuch'), ('ธนากร', 'thanakorn'), ('วิไลวรรณ', 'wilaiwan'), ('ณัฐวุฒิ', 'nattawut'),
                    ('สุพัตรา', 'supattra'), ('กิตติพงษ์', 'kittipong')],
    family=[('ศรีสุวรรณ', 'srisuwan'), ('วงศ์ไพบูลย์', 'wongpaiboon'), ('ทองประเสริฐ', 'thongprasert'), ('จันทร์เพ็ญ', 'chanpen'),
            ('พึ่งบุญ', 'phuengboon')],
    streets=['ซอยลำดวน', 'ถนนราชพฤกษ์', 'ซอยพิกุล', 'ถนนมะลิวัลย์', 'ซอยชบา'],
    cities=[('อ.เมือง จ.ขอนแก่น', '40000'), ('อ.เมือง จ.เชียงราย', '57000'), ('อ.หาดใหญ่ จ.สงขลา', '90110')],
    addr='{num}/{apt} {street} {city} {pc}', phone='TH', mail=['hotmail.com', 'gmail.com', 'yahoo.co.th', 'outlook.co.th'],
    ids=['th_pin'], dob='%d/%m/%Y', law='PDPA', dpa='the PDPC',
    L=dict(erase='ขอให้ลบข้อมูลส่วนบุคคลทั้งหมดของฉันตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล มาตรา 33',
           access='ขอใช้สิทธิ์เข้าถึงข้อมูลส่วนบุคคลของฉันตามมาตรา 30',
           name='ชื่อ', addr='ที่อยู่', phone='โทรศัพท์', dob='วันเกิด'))
loc('el-GR', given=[('Σταυρούλα', 'stavroula'), ('Χαράλαμπος', 'charalampos'), ('Ευανθία', 'evanthia'), ('Σπυρίδων', 'spyridon'),
                    ('Θεμιστοκλής', 'themistoklis'), ('Πολυξένη', 'polyxeni')],
    family=[('Χατζηγεωργίου', 'chatzigeorgiou'), ('Σταματίου', 'stamatiou'), ('Αθανασίου', 'athanasiou'), ('Μιχαηλίδου', 'michailidou'),
            ('Ζαχαρίου', 'zachariou'), ('Λαμπρίδου', 'lampridou')],
    streets=['οδός Βυσσινιάς', 'οδός Ανεμώνης', 'οδός Κυδωνιάς', 'οδός Πλατάνων', 'οδός Δάφνης'],
    cities=[('Λάρισα', '412 22'), ('Ιωάννινα', '453 32'), ('Καλαμάτα', '241 00'), ('Βόλος', '382 21')],
    addr='{street} {num}, {pc} {city}', phone='GR', mail=['gmail.com', 'yahoo.gr', 'otenet.gr', 'hotmail.com'],
    ids=[], dob='%d/%m/%Y', law='ΓΚΠΔ', dpa='the Hellenic DPA',
    L=dict(erase='Ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων σύμφωνα με το άρθρο 17 του ΓΚΠΔ.',
           access='Ασκώ το δικαίωμα πρόσβασης σύμφωνα με το άρθρο 15 του ΓΚΠΔ.',
           name='Όνομα', addr='Διεύθυνση', phone='Τηλέφωνο', dob='Ημερομηνία γέννησης'))
loc('vi-VN', given=['Khải Uyên', 'Quế Chi', 'Đăng Khoa', 'Thục Đoan', 'Gia Huấn', 'Tường Vy', 'Bảo Khuê', 'Hữu Phước'],
    family=['Quách', 'Tạ', 'Khổng', 'Ông', 'Doãn', 'Lạc', 'Thái', 'Giáp'],
    streets=['đường Hoa Sứ', 'hẻm Cây Bàng', 'đường Phượng Vĩ', 'ngõ Hoa Sữa', 'đường Bằng Lăng'],
    cities=[('TP. Huế', '530000'), ('TP. Cần Thơ', '900000'), ('TP. Nha Trang', '650000'), ('TP. Vinh', '460000')],
    addr='Số {num} {street}, {city} {pc}', phone='VN', mail=['gmail.com', 'yahoo.com.vn', 'outlook.com', 'fpt.vn'],
    ids=[], dob='%d/%m/%Y', law='Nghị định 13/2023/NĐ-CP', dpa='A05 (Ministry of Public Security)',
    L=dict(erase='Tôi yêu cầu xóa toàn bộ dữ liệu cá nhân của tôi theo Nghị định 13/2023/NĐ-CP.',
           access='Tôi yêu cầu được truy cập dữ liệu cá nhân của mình đang được lưu trữ.',
           name='Họ tên', addr='Địa chỉ', phone='Điện thoại', dob='Ngày sinh'))

EXTRA = {
    'en-US': dict(given=['Orval', 'Zebulon', 'Philomena', 'Lorraina', 'Ambrose', 'Verlie', 'Cletus', 'Eudora', 'Hollis', 'Mavis', 'Ignatius', 'Larue'],
                  family=['Swearingen', 'Tolliver', 'Mcquistan', 'Dressler', 'Ruckert', 'Pennebaker']),
    'en-GB': dict(given=['Jocasta', 'Fenella', 'Lysander', 'Ptolemy', 'Clemency', 'Barnaby', 'Hermione', 'Aldous', 'Ottoline', 'Gwilym', 'Bronwen', 'Ianto'],
                  family=['Fothergill', 'Pengelly', 'Scrimshaw', 'Tuckwell', 'Ormerod', 'Hallworth']),
    'de-DE': dict(given=['Wigbert', 'Rosmarie', 'Gottlob', 'Hiltrud', 'Lothar', 'Irmtraud', 'Eckhard', 'Waltraud', 'Burkhard', 'Almut', 'Hartmut', 'Sieglinde']),
    'fr-FR': dict(given=['Gonzague', 'Bérangère', 'Sixtine', 'Aymeric', 'Capucine', 'Eudes', 'Philippine', 'Amaury', 'Ségolène', 'Tanguy', 'Honorine', 'Gaspard']),
    'es-ES': dict(given=['Sagrario', 'Inmaculada', 'Evaristo', 'Milagros', 'Leocadio', 'Encarnación', 'Prudencio', 'Visitación', 'Casimiro', 'Ascensión']),
    'it-IT': dict(given=['Filiberto', 'Assunta', 'Gualtiero', 'Ornella', 'Ubaldo', 'Iolanda', 'Bartolomeo', 'Carmelina', 'Lucrezia', 'Nazzareno']),
    'nl-NL': dict(given=['Geertruida', 'Harmen', 'Klaasje', 'Wubbo', 'Trijntje', 'Jelmer', 'Hiltje', 'Douwe']),
    'pl-PL': dict(given=['Bolesław', 'Czesława', 'Mieczysław', 'Stanisława', 'Wacław', 'Leokadia', 'Bronisław', 'Eugenia', 'Teodozja', 'Ignacy']),
    'pt-BR': dict(given=['Deusdete', 'Raimunda', 'Genival', 'Zulmira', 'Adalberto', 'Eronildes', 'Francisquinha', 'Joaquina'],
                  family=['Wanderley', 'Bittencourt', 'Falcão', 'Guimarães', 'Peixoto', 'Tavares', 'Lacerda', 'Medeiros', 'Sampaio', 'Xavier', 'Coutinho', 'Barreto']),
    'sv-SE': dict(given=['Gösta', 'Ingrid-Maj', 'Torsten', 'Elvira', 'Yngve', 'Rut', 'Sigvard', 'Birgitta', 'Folke', 'Märta']),
    'fi-FI': dict(family=['Huttunen', 'Toivanen', 'Jääskeläinen', 'Räsänen', 'Tikkanen', 'Kettunen', 'Heiskanen', 'Savolainen', 'Manninen', 'Miettinen']),
    'da-DK': dict(given=['Aase', 'Bjarne', 'Grethe', 'Ejnar', 'Dorthe', 'Leif', 'Kirsten', 'Holger', 'Lone', 'Preben'],
                  family=['Mikkelsen', 'Kristoffersen', 'Østergaard', 'Bundgaard', 'Søndergaard', 'Damgaard', 'Mølgaard', 'Bisgaard']),
    'cs-CZ': dict(given=['Drahomíra', 'Bořivoj', 'Ludmila', 'Jaroslav', 'Věnceslava', 'Miloslav', 'Svatopluk', 'Bohuslava', 'Vlastimil', 'Ctibor']),
    'tr-TR': dict(given=['Hatice', 'Ragıp', 'Nazmiye', 'Şevket', 'Münevver', 'Kadir', 'Saniye', 'Remzi', 'Nazife', 'İlhami'],
                  family=['Bozkurt', 'Kahraman', 'Karagöz', 'Uzunoğlu', 'Köseoğlu', 'Tekin', 'Dumlupınar', 'Sağlam']),
    'ru-RU': dict(given=[('Аполлинария', 'Apollinariya'), ('Феоктист', 'Feoktist'), ('Агафья', 'Agafya'), ('Ефим', 'Efim'), ('Мирослава', 'Miroslava'),
                         ('Прохор', 'Prokhor'), ('Ульяна', 'Ulyana'), ('Савелий', 'Saveliy')]),
    'he-IL': dict(given=[('שולמית', 'shulamit'), ('אלחנן', 'elchanan'), ('ציפורה', 'tzipora'), ('בצלאל', 'betzalel'), ('הדסה', 'hadassa'),
                         ('ישעיהו', 'yeshayahu'), ('רבקה', 'rivka'), ('אהרון', 'aharon'), ('תמר', 'tamar'), ('נפתלי', 'naftali')],
                  family=[('רוזנטל', 'rosenthal'), ('אבוטבול', 'abutbul'), ('קעדאן', 'kaadan'), ('דהן', 'dahan'), ('בוזגלו', 'buzaglo'),
                          ('ליברמן', 'liberman'), ('עמר', 'amar'), ('שפירא', 'shapira')]),
    'ar-EG': dict(family=[('الفقي', 'elfeki'), ('الصعيدي', 'elsaidi'), ('الشرقاوي', 'elsharkawy'), ('أبوزيد', 'abouzeid')]),
    'hi-IN': dict(given=[('शकुंतला', 'Shakuntala'), ('रामेश्वर', 'Rameshwar'), ('पुष्पलता', 'Pushpalata'), ('गिरिधर', 'Giridhar'), ('सावित्री', 'Savitri'),
                         ('भुवनेश', 'Bhuvanesh'), ('मृणालिनी', 'Mrinalini'), ('चंद्रकांत', 'Chandrakant'), ('उर्मिला', 'Urmila'), ('त्र्यंबक', 'Tryambak')],
                  family=[('कुलश्रेष्ठ', 'Kulshreshtha'), ('भटनागर', 'Bhatnagar'), ('माथुर', 'Mathur'), ('रस्तोगी', 'Rastogi'), ('गोयनका', 'Goenka'),
                          ('सिंघानिया', 'Singhania'), ('पांडेय', 'Pandey'), ('दीक्षित', 'Dixit'), ('तिवारी', 'Tiwari'), ('शुक्ला', 'Shukla')]),
    'zh-CN': dict(family=[('窦', 'dou'), ('栾', 'luan'), ('鄢', 'yan'), ('闵', 'min'), ('蒯', 'kuai')]),
    'ja-JP': dict(given=[('瑞穂', 'mizuho'), ('宗一郎', 'soichiro'), ('小百合', 'sayuri'), ('伊織', 'iori'), ('綾乃', 'ayano'), ('総司', 'soji')]),
    'ko-KR': dict(given=[('하람', 'haram'), ('은솔', 'eunsol'), ('나래', 'narae'), ('슬기', 'seulgi'), ('보람', 'boram')],
                  family=[('옥', 'ok'), ('표', 'pyo'), ('육', 'yuk'), ('빈', 'bin'), ('왕', 'wang'), ('방', 'bang')]),
    'th-TH': dict(given=[('บุษบา', 'busaba'), ('ชยพล', 'chayaphon'), ('รัชนีกร', 'ratchaneekorn'), ('อัครเดช', 'akkharadet'), ('พิมพ์ลภัส', 'phimlaphat'),
                         ('ศุภชัย', 'suppachai'), ('เบญจมาศ', 'benjamas'), ('ปรเมศวร์', 'poramet'), ('ลำดวน', 'lamduan'), ('ทินกร', 'thinnakorn')],
                  family=[('เลิศวิริยะกุล', 'lertwiriyakul'), ('อินทรประสิทธิ์', 'intaraprasit'), ('บุญญาศิริ', 'boonyasiri'), ('สุขเกษม', 'sukkasem'),
                          ('แสงอรุณ', 'saengarun'), ('ชัยมงคล', 'chaimongkol'), ('ปัญญาวงศ์', 'panyawong'), ('รุ่งเรืองศรี', 'rungruangsri')]),
    'el-GR': dict(given=[('Ευτέρπη', 'efterpi'), ('Αριστοτέλης', 'aristotelis'), ('Καλλιόπη', 'kalliopi'), ('Ιάκωβος', 'iakovos'), ('Ανθούλα', 'anthoula'),
                         ('Σωτήριος', 'sotirios'), ('Φωτεινή', 'foteini'), ('Περικλής', 'periklis')]),
    'vi-VN': dict(given=['Khuê', 'Diệu', 'Thuận', 'Quỳnh', 'Nhàn', 'Khiêm', 'Tuệ', 'Thắm', 'Lợi', 'Chinh'],
                  family=['Mạc', 'Âu', 'Cù', 'Kiều', 'Văn', 'Lưu', 'Phí', 'Trịnh', 'Hầu', 'Viên']),
}
EXTRA2 = {
    'en-GB': dict(given=['Aloysius', 'Wystan', 'Ermintrude', 'Ninian', 'Ysolde', 'Lettice', 'Ambrosine', 'Gervase', 'Sholto', 'Araminta', 'Perpetua', 'Tiberius'],
                  streets=['Bramblehurst Drove', 'Sloe Tree Close', 'Nettlecombe Lane', 'Yarrowfield Walk']),
    'fr-FR': dict(given=['Théodebert', 'Aldegonde', 'Wandrille', 'Radegonde', 'Austreberthe', 'Enogat', 'Tugdual', 'Brieuc', 'Guirec', 'Anthelme',
                         'Fulcran', 'Clodomir', 'Eulalie', 'Gwenegan', 'Prigent', 'Bertrande'],
                  streets=['rue des Chardonnerets', 'impasse des Tilleuls-Argentés', 'chemin des Fouteaux', 'allée des Bergeronnettes', 'rue de la Vouivre']),
    'pl-PL': dict(given=['Bogusława', 'Dobrosław', 'Wszebor', 'Sobiesław', 'Świętosław', 'Radomiła', 'Gościwit', 'Jaropełk', 'Władysława', 'Bożydar']),
    'cs-CZ': dict(given=['Kunhuta', 'Spytihněv', 'Bedřiška', 'Vojtěška', 'Hostivít', 'Soběslav', 'Budivoj', 'Dobromila', 'Ratibor', 'Bohdana']),
    'el-GR': dict(given=[('Ευδοξία', 'evdoxia'), ('Πανάρετος', 'panaretos'), ('Χρυσάνθη', 'chrysanthi'), ('Ζαφείριος', 'zafeirios'), ('Αργυρώ', 'argyro'),
                         ('Φραγκίσκος', 'fragkiskos'), ('Τριαντάφυλλος', 'triantafyllos'), ('Πηνελόπη', 'pinelopi'), ('Ερασμία', 'erasmia'), ('Παντελεήμων', 'panteleimon')]),
    'pt-BR': dict(family=['Cerqueira', 'Bulhões', 'Mascarenhas', 'Sobreira', 'Valadares', 'Assunção', 'Arcoverde', 'Tenório', 'Vilela', 'Queiroga', 'Sarmento', 'Lustosa'],
                  streets=['Rua Maracujá-Roxo', 'Travessa dos Bem-te-vis', 'Rua Pau-Brasil', 'Rua Juazeiro', 'Rua dos Sanhaços']),
    'tr-TR': dict(streets=['Hanımeli Sokak', 'Kardelen Sokak', 'Sümbül Sokak', 'Ayva Sokak', 'Ebegümeci Sokak']),
    'ru-RU': dict(given=[('Аристарх', 'Aristarkh'), ('Евпраксия', 'Evpraksiya'), ('Фрол', 'Frol'), ('Серафима', 'Serafima'), ('Лукьян', 'Lukyan')],
                  streets=['ул. Облепиховая', 'ул. Земляничная', 'пер. Калиновый', 'ул. Багульниковая', 'ул. Ежевичная']),
    'he-IL': dict(streets=['רחוב הנרקיס', 'רחוב החצב', 'רחוב הסביון', 'רחוב הדולב', 'רחוב האירוס']),
    'hi-IN': dict(family=[('श्रीमाली', 'Shrimali'), ('पुरोहित', 'Purohit'), ('बहुगुणा', 'Bahuguna'), ('नौटियाल', 'Nautiyal'), ('उनियाल', 'Uniyal'),
                          ('डोभाल', 'Dobhal'), ('थपलियाल', 'Thapliyal'), ('भट्ट', 'Bhatt')],
                  streets=['कदम्ब मार्ग', 'पलाश विहार', 'मौलश्री गली', 'अमलतास नगर', 'चम्पा कुंज']),
    'ja-JP': dict(family=[('勅使河原', 'teshigawara'), ('小鳥遊', 'takanashi'), ('百目鬼', 'domeki'), ('一尺八寸', 'kamatsuka')],
                  streets=['椿台', '楓町', '柊ケ丘', '藤見町', '菖蒲沢']),
    'ko-KR': dict(given=[('라온', 'raon'), ('도담', 'dodam'), ('예슬', 'yeseul'), ('아라', 'ara'), ('은별', 'eunbyeol')],
                  family=[('남궁', 'namgung'), ('황보', 'hwangbo'), ('제갈', 'jegal'), ('선우', 'seonu'), ('독고', 'dokgo'), ('사공', 'sagong'), ('서문', 'seomun')]),
    'vi-VN': dict(streets=['đường Hoa Ngọc Lan', 'hẻm Cây Khế', 'đường Hoa Đại', 'ngõ Cây Thị', 'đường Hoa Mười Giờ']),
    'en-US': dict(streets=['Persimmon Hollow Rd', 'Chokecherry Ln', 'Bittersweet Ct']),
    'fi-FI': dict(streets=['Puolukkatie', 'Kanervakuja', 'Suopursuntie']),
}
EXTRA2['ko-KR']['family'] += [('부', 'bu'), ('화', 'hwa'), ('형', 'hyeong'), ('판', 'pan')]
EXTRA2['hi-IN']['streets'] += ['रातरानी मार्ग', 'चिनार विहार', 'बरगद वाली गली', 'करौंदा कुंज', 'सहजन नगर']
EXTRA2['th-TH'] = dict(streets=['ซอยตะแบก', 'ถนนอินทนิล', 'ซอยพุดซ้อน', 'ซอยเฟื่องฟ้า', 'ถนนชมพูพันธุ์ทิพย์'])
EXTRA2['tr-TR']['streets'] += ['Kekik Sokak', 'Biberiye Sokak', 'Mürver Sokak', 'Funda Sokak']
EXTRA2['ru-RU']['streets'] += ['ул. Шиповниковая', 'ул. Вересковая']
for _code, _x in EXTRA2.items():
    for _k, _v in _x.items():
        EXTRA.setdefault(_code, {})[_k] = EXTRA.get(_code, {}).get(_k, []) + _v
for _code, _x in EXTRA.items():
    for _k, _v in _x.items():
        LOC[_code][_k] = LOC[_code][_k] + _v
# generic street-type / locality words are not names: they are exempt from the overlap cut (the distinctive part is cut)
STREET_TYPES = {'Rd', 'Ln', 'Ct', 'Dr', 'Way', 'Ter', 'Close', 'Gardens', 'Lane', 'Walk', 'Rise', 'Mead', 'Am', 'rue', 'des', 'du', 'de', 'la',
                'impasse', 'allée', 'chemin', 'Calle', 'del', 'las', 'Travesía', 'Camino', 'Via', 'dei', 'delle', 'Vicolo', 'Strada', 'ul',
                'Rua', 'das', 'dos', 'Travessa', 'Alameda', 'Za', 'alej', 'K', 'Sokak', 'Caddesi', 'ул', 'пер', 'רחוב', 'שדרות', 'شارع',
                'मार्ग', 'गली', 'नगर', 'वाली', 'विहार', 'कुंज', 'ซอย', 'ถนน', 'οδός', 'đường', 'hẻm', 'ngõ', 'Old', 'Mill', 'Bend', 'Lipová', 'Hoa', 'Cây'}
FAMILY_FIRST = {'zh-CN', 'ja-JP', 'ko-KR', 'vi-VN'}
for _code, _l in LOC.items():
    _l['given'] = cut(_l['given'], _code + ' given')
    _l['family'] = cut(_l['family'], _code + ' family')
    _l['streets'] = cut(_l['streets'], _code + ' streets', exempt=STREET_TYPES)
    # cities / postcodes are a closed set of public places, not a name pool: they are not cut
LOCALES = list(LOC)

# public figures in their public role / historical / fictional (benign mentions)
PUBLIC = cut(['Helen Dixon', 'Wojciech Wiewiórowski', 'Andrea Jelinek', 'Tim Berners-Lee', 'Shoshana Zuboff', 'Edward Snowden', 'Max Schrems', 'Giovanni Buttarelli', 'Peter Hustinx', 'Ann Cavoukian', 'Hans Peter Luhn', 'Jacobus Verhoeff',
              'Samuel Warren', 'Louis Brandeis', 'Latanya Sweeney', 'Cynthia Dwork', 'Ross Anderson', 'Franz Kafka',
              'George Orwell', 'Sherlock Holmes', 'Winston Smith'], 'public figures')
COMPANIES = cut(['Quorvexa Logistics', 'Snarkwell Telecom', 'Umbracle Energy', 'Plinthwick Travel', 'Gorseway Grocers', 'Zindrel Games',
                 'Ottermere Finance', 'Kvasslund Media', 'Fribbleton Foods', 'Yarrowgate Pharmacy', 'Brindlemoor Versand', 'Zephyrine Mutual', 'Okkervil Pay', 'Tamberlyn Health', 'Vellichor Retail',
                 'Brightwater Logistics', 'Nordlicht Versand', 'Corvid Analytics', 'Pelican Pay', 'Oakumber Health',
                 'Tessellate Insurance', 'Marlowe Mobile', 'Fernhollow Retail', 'Quillfeather Bank'], 'companies')

TEST_CARDS = ['4111 1111 1111 1111', '5555 5555 5555 4444', '4242 4242 4242 4242', '3782 822463 10005',
              '6011 1111 1111 1117', '5105 1051 0510 5100', '4012 8888 8888 1881']
REGISTRY_IBANS = ['DE89 3704 0044 0532 0130 00', 'GB29 NWBK 6016 1331 9268 19', 'FR14 2004 1010 0505 0001 3M02 606',
                  'NL91 ABNA 0417 1643 00', 'ES91 2100 0418 4502 0005 1332', 'IT60 X054 2811 1010 0000 0123 456',
                  'PL61 1090 1014 0000 0712 1981 2874']
for _c in TEST_CARDS:
    assert luhn.is_valid(_c.replace(' ', '')), _c
for _i in REGISTRY_IBANS:
    assert std_iban.is_valid(_i), _i
DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]


# ---------------------------------------------------------------------------------------------------- generators
def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


PHONE = {
    'US': lambda r: f'({r.choice(["208", "937", "253", "478", "614", "503"])}) {r.randint(2, 9)}{digits(r, 2)}-{digits(r, 4)}',
    'GB': lambda r: f'07{r.choice(["4", "5", "8", "9"])}{digits(r, 2)} {digits(r, 6)}',
    'DE': lambda r: f'01{r.choice(["51", "52", "57", "60", "62", "70", "71", "72", "76"])} {digits(r, 7)}',
    'FR': lambda r: f'0{r.choice("67")} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}',
    'ES': lambda r: f'6{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}',
    'IT': lambda r: f'3{r.choice(["20", "28", "33", "35", "39", "47", "49"])} {digits(r, 3)} {digits(r, 4)}',
    'NL': lambda r: f'06-{r.randint(1, 5)}{digits(r, 7)}',
    'PL': lambda r: f'{r.choice(["501", "512", "600", "691", "730", "784", "880"])} {digits(r, 3)} {digits(r, 3)}',
    'BR': lambda r: f'({r.choice(["83", "34", "43"])}) 9{r.randint(6, 9)}{digits(r, 3)}-{digits(r, 4)}',
    'SE': lambda r: f'07{r.choice("0236")}-{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}',
    'FI': lambda r: f'04{r.choice("0456")} {digits(r, 3)} {digits(r, 4)}',
    'DK': lambda r: f'{r.choice(["20", "21", "22", "26", "28", "30", "31", "40", "42", "60", "61"])} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}',
    'CZ': lambda r: f'{r.choice(["602", "603", "605", "720", "731", "775", "777"])} {digits(r, 3)} {digits(r, 3)}',
    'TR': lambda r: f'05{r.choice(["32", "33", "35", "42", "44", "05", "52"])} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}',
    'RU': lambda r: f'+7 9{r.choice(["03", "05", "11", "16", "26", "85"])} {digits(r, 3)}-{digits(r, 2)}-{digits(r, 2)}',
    'IL': lambda r: f'05{r.choice("02348")}-{digits(r, 3)}-{digits(r, 4)}',
    'EG': lambda r: f'01{r.choice("0125")} {digits(r, 4)} {digits(r, 4)}',
    'IN': lambda r: f'+91 {r.choice("6789")}{digits(r, 4)} {digits(r, 5)}',
    'CN': lambda r: f'1{r.choice(["38", "39", "58", "86", "37"])} {digits(r, 4)} {digits(r, 4)}',
    'JP': lambda r: f'0{r.choice(["80", "90", "70"])}-{r.randint(1, 9)}{digits(r, 3)}-{digits(r, 4)}',
    'KR': lambda r: f'010-{r.randint(2, 9)}{digits(r, 3)}-{digits(r, 4)}',
    'TH': lambda r: f'0{r.choice("689")}{r.randint(1, 9)} {digits(r, 3)} {digits(r, 4)}',
    'GR': lambda r: f'69{r.choice("4789")} {digits(r, 3)} {digits(r, 4)}',
    'VN': lambda r: f'09{r.choice("0134")} {digits(r, 3)} {digits(r, 4)}',
}


def phone(rng, region):
    for _ in range(200):
        s = PHONE[region](rng)
        n = phonenumbers.parse(s, region)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            if region == 'US' and re.search(r'555-01\d\d', s):
                continue
            return s
    raise SystemExit(f'no valid phone for {region}')


def switchboard(region):
    """An organisation's hotline: libphonenumber's own toll-free (else fixed-line) example number for the region."""
    PT = phonenumbers.PhoneNumberType
    n = phonenumbers.example_number_for_type(region, PT.TOLL_FREE) or phonenumbers.example_number_for_type(region, PT.FIXED_LINE)
    assert n is not None and phonenumbers.is_valid_number(n), region
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def retry(fn, valid, what):
    for _ in range(5000):
        v = fn()
        if valid(v):
            return v
    raise SystemExit(f'could not make a valid {what}')


def gen_id(rng, kind, p):
    """Return (entity, label, value) for an identifier kind; validated."""
    d = p['dob_date']
    if kind == 'ssn':
        def f():
            a = rng.randint(1, 665)
            return f'{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}'
        return 'ssn', 'SSN', retry(f, lambda v: us_ssn.is_valid(v) and v not in ('078-05-1120', '219-09-9999'), 'ssn')
    if kind == 'us_bank':
        def f():
            b = f'{rng.choice(["0", "1", "2"])}{rng.randint(1, 9)}{digits(rng, 6)}'
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            c = (10 - sum(int(x) * y for x, y in zip(b, w)) % 10) % 10
            return b + str(c)
        r = retry(f, rtn.is_valid, 'routing')
        return 'US_BANK_NUMBER', 'routing / account', f'{r} / {digits(rng, 10)}'
    if kind == 'nhs':
        def f():
            b = f'{rng.randint(4, 6)}{digits(rng, 8)}'
            c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
            c = 0 if c == 11 else c
            return b + str(c) if c != 10 else '0'
        v = retry(f, nhs.is_valid, 'nhs')
        return 'HEALTH_INSURANCE', 'NHS number', f'{v[:3]} {v[3:6]} {v[6:]}'
    if kind == 'de_idnr':
        def f():
            b = str(rng.randint(1, 9)) + digits(rng, 9)
            return b + de_idnr.calc_check_digit(b) if hasattr(de_idnr, 'calc_check_digit') else b + digits(rng, 1)
        v = retry(f, de_idnr.is_valid, 'idnr')
        return 'TAX_ID', 'Steuer-ID', f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}'
    if kind == 'dni':
        n = f'{rng.randint(10000000, 79999999)}'
        v = n + dni.calc_check_digit(n)
        assert dni.is_valid(v)
        return 'NATIONAL_ID', 'DNI', v
    if kind == 'cf':
        cons = lambda s: (re.sub('[^BCDFGHJKLMNPQRSTVWXYZ]', '', fold(s).upper()) + 'XXX')[:3]
        months = 'ABCDEHLMPRST'
        day = d.day + (40 if p['female'] else 0)
        b = f"{cons(p['family_r'])}{cons(p['given_r'])}{d.year % 100:02d}{months[d.month - 1]}{day:02d}{rng.choice(['D548', 'E506', 'I829', 'F205'])}"
        v = b + codicefiscale.calc_check_digit(b)
        assert codicefiscale.is_valid(v), v
        return 'TAX_ID', 'Codice fiscale', v
    if kind == 'bsn':
        v = retry(lambda: str(rng.randint(1, 6)) + digits(rng, 8), bsn.is_valid, 'bsn')
        return 'NATIONAL_ID', 'BSN', v
    if kind == 'pesel':
        m = d.month + (20 if d.year >= 2000 else 0)
        b = f'{d.year % 100:02d}{m:02d}{d.day:02d}{digits(rng, 3)}{rng.choice("02468" if p["female"] else "13579")}'
        v = b + pesel.calc_check_digit(b)
        assert pesel.is_valid(v)
        return 'NATIONAL_ID', 'PESEL', v
    if kind == 'cpf':
        v = retry(lambda: digits(rng, 11), lambda v: cpf.is_valid(v) and len(set(v)) > 2, 'cpf')
        return 'TAX_ID', 'CPF', f'{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}'
    if kind == 'pnr':
        b = f'{d.year % 100:02d}{d.month:02d}{d.day:02d}{digits(rng, 3)}'
        v = f'{b[:6]}-{b[6:]}{luhn.calc_check_digit(b)}'
        assert personnummer.is_valid(v), v
        return 'NATIONAL_ID', 'personnummer', v
    if kind == 'hetu':
        b = f'{d.day:02d}{d.month:02d}{d.year % 100:02d}'
        n = f'{rng.randint(2, 899):03d}'
        c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(b + n) % 31]
        v = f'{b}{"-" if d.year < 2000 else "A"}{n}{c}'
        assert hetu.is_valid(v), v
        return 'NATIONAL_ID', 'henkilötunnus', v
    if kind == 'cpr':
        v = f'{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.choice("0123")}{digits(rng, 3)}'
        v = retry(lambda: f'{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.choice("0123")}{digits(rng, 3)}', cpr.is_valid, 'cpr')
        return 'NATIONAL_ID', 'CPR-nr.', v
    if kind == 'rc':
        mm = d.month + (50 if p['female'] else 0)
        v = retry(lambda: f'{d.year % 100:02d}{mm:02d}{d.day:02d}/{digits(rng, 4)}', rc.is_valid, 'rc')
        return 'NATIONAL_ID', 'rodné číslo', v
    if kind == 'tckn':
        b = str(rng.randint(1, 9)) + digits(rng, 8)
        v = b + tckimlik.calc_check_digits(b)
        assert tckimlik.is_valid(v)
        return 'NATIONAL_ID', 'T.C. Kimlik No', v
    if kind == 'inn':
        b = rng.choice(['77', '35', '40', '70', '60']) + digits(rng, 8)
        v = b + inn.calc_personal_check_digits(b)
        assert inn.is_valid(v)
        return 'TAX_ID', 'ИНН', v
    if kind == 'il_id':
        b = digits(rng, 8)
        v = b + luhn.calc_check_digit(b)
        assert il_idnr.is_valid(v)
        return 'NATIONAL_ID', 'ת.ז.', v
    if kind == 'aadhaar':
        v = retry(lambda: (lambda b: b + verhoeff.calc_check_digit(b))(str(rng.randint(2, 9)) + digits(rng, 10)), aadhaar.is_valid, 'aadhaar')
        return 'NATIONAL_ID', 'Aadhaar', f'{v[:4]} {v[4:8]} {v[8:]}'
    if kind == 'pan':
        L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
        v = ''.join(rng.choice(L) for _ in range(3)) + 'P' + fold(p['family_r'])[0].upper() + digits(rng, 4) + rng.choice(L)
        assert pan.is_valid(v), v
        return 'TAX_ID', 'PAN', v
    if kind == 'rrn':
        g = ('2' if p['female'] else '1') if d.year < 2000 else ('4' if p['female'] else '3')
        v = retry(lambda: (lambda b: b + rrn.calc_check_digit(b))(f'{d.year % 100:02d}{d.month:02d}{d.day:02d}{g}{digits(rng, 5)}'),
                  rrn.is_valid, 'rrn')
        return 'NATIONAL_ID', '주민등록번호', f'{v[:6]}-{v[6:]}'
    if kind == 'ric':
        v = retry(lambda: (lambda b: b + ric.calc_check_digit(b))(
            f'{rng.choice(["321002", "330602", "340202"])}{d.year:04d}{d.month:02d}{d.day:02d}{digits(rng, 2)}{rng.choice("02468" if p["female"] else "13579")}'),
            ric.is_valid, 'ric')
        return 'NATIONAL_ID', '身份证号', v
    if kind == 'th_pin':
        b = str(rng.randint(1, 8)) + digits(rng, 11)
        v = b + pin.calc_check_digit(b)
        assert pin.is_valid(v)
        return 'NATIONAL_ID', 'เลขประจำตัวประชาชน', f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}'
    if kind.startswith('iban_'):
        cc = kind[5:]
        lens = {'DE': 18, 'FR': 23, 'ES': 20, 'IT': 23, 'NL': 14, 'PL': 24}

        def f():
            if cc == 'NL':
                bban = rng.choice(['RABO', 'INGB', 'ABNA', 'SNSB', 'TRIO']) + digits(rng, 10)
            elif cc == 'IT':
                bban = rng.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') + digits(rng, 22)
            else:
                bban = digits(rng, lens[cc])
            return cc + std_iban.calc_check_digits(cc + '00' + bban) + bban
        v = retry(f, lambda v: std_iban.is_valid(v) and v not in {x.replace(' ', '') for x in REGISTRY_IBANS}, 'iban')
        return 'iban', 'IBAN', std_iban.format(v)
    if kind == 'passport':
        nat, num = {'en-US': ('USA', lambda: str(rng.randint(5, 6)) + digits(rng, 8)),
                    'en-GB': ('GBR', lambda: str(rng.randint(1, 5)) + digits(rng, 8)),
                    'de-DE': ('D<<', lambda: 'C' + ''.join(rng.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))),
                    'fr-FR': ('FRA', lambda: digits(rng, 2) + ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2)) + digits(rng, 5))}[p['code']]
        n = num()
        exp = f'{rng.randint(27, 35)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}'
        b = f'{d.year % 100:02d}{d.month:02d}{d.day:02d}'
        mrz = f'{n}{icao(n)}{nat}{b}{icao(b)}{"F" if p["female"] else "M"}{exp}{icao(exp)}'
        assert icao(n) == mrz[9] and icao(b) == mrz[19] and icao(exp) == mrz[27], mrz
        return 'PASSPORT', 'Passport no.', n
    raise KeyError(kind)


def icao(s):
    """ICAO 9303 check digit (weights 7-3-1)."""
    val = lambda c: int(c) if c.isdigit() else (0 if c == '<' else ord(c) - 55)
    return str(sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def card(rng):
    tests = {c.replace(' ', '') for c in TEST_CARDS}

    def f():
        pre = rng.choice(['4', '51', '53', '55', '2221', '37'])
        n = 15 if pre == '37' else 16
        b = pre + digits(rng, n - len(pre) - 1)
        return b + luhn.calc_check_digit(b)
    v = retry(f, lambda v: luhn.is_valid(v) and v not in tests and len(set(v[1:])) > 3, 'card')
    if len(v) == 15:
        return f'{v[:4]} {v[4:10]} {v[10:]}'
    return ' '.join(v[i:i + 4] for i in range(0, 16, 4))


def public_ip(rng):
    def f():
        if rng.random() < 0.8:
            return str(ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF)))
        return str(ipaddress.IPv6Address((0x2a02 << 112) | rng.getrandbits(100)))

    def ok(s):
        a = ipaddress.ip_address(s)
        return a.is_global and not a.is_multicast and not any(a in n for n in DOC_NETS)
    return retry(f, ok, 'ip')


def mrn(rng):
    return f'{rng.choice(["MRN", "Hosp. no.", "Pat.-Nr."])} {rng.randint(10, 99)}{digits(rng, 6)}'


# ---------------------------------------------------------------------------------------------------- people
def cz_feminine(f):
    if f.endswith(('ý', 'í')):
        return f[:-1] + 'á'
    if f.endswith('a'):
        return f[:-1] + 'ová'
    if f.endswith('ek'):
        return f[:-2] + 'ková'
    return f + 'ová'


def person(rng, code, avoid=()):
    for _ in range(50):
        p = _person(rng, code)
        if p['name'] not in avoid:
            return p
    return p


def _person(rng, code):
    L = LOC[code]
    g, f = rng.choice(L['given']), rng.choice(L['family'])
    gn, gr = g if isinstance(g, tuple) else (g, g)
    fn, fr = f if isinstance(f, tuple) else (f, f)
    cz_female = code == 'cs-CZ' and gn.endswith(('a', 'e'))
    if cz_female:
        fn = fr = cz_feminine(fn)
    if code in ('zh-CN', 'ko-KR'):
        name = fn + gn
    elif code in ('ja-JP', 'vi-VN'):
        name = f'{fn} {gn}'
    else:
        name = f'{gn} {fn}'
    import datetime as dt
    dob = dt.date(rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28))
    sep = rng.choice(['.', '_', ''])
    local = f'{fold(gr).replace("-", "")}{sep}{fold(fr).replace("-", "")}'
    if rng.random() < 0.5:
        local += str(rng.randint(1, 99) if rng.random() < 0.6 else dob.year)
    city, pc = rng.choice(L['cities'])
    addr = L['addr'].format(num=rng.randint(2, 148), street=rng.choice(L['streets']), city=city, pc=pc, apt=rng.randint(2, 40))
    p = dict(name=name, given=gn, given_r=gr, family_r=fr, email=f'{local}@{rng.choice(L["mail"])}',
             phone=phone(rng, L['phone']), address=addr, dob_date=dob, dob=dob.strftime(L['dob']),
             female=cz_female if code == 'cs-CZ' else rng.random() < 0.5, code=code)
    p['ids'] = [gen_id(rng, k, p) for k in L['ids']]
    if code in ('en-US', 'en-GB', 'de-DE', 'fr-FR') and rng.random() < 0.35:
        p['ids'].append(gen_id(rng, 'passport', p))
    return p


# ---------------------------------------------------------------------------------------------------- kinds
KINDS = ['dsar', 'breach_notice', 'redaction', 'validator', 'schema_mapping', 'policy_drafting', 'dpia',
         'test_data', 'consent_log', 'account_recovery']


def mask_phone(s):
    ds = [i for i, c in enumerate(s) if c.isdigit()]
    keep = set(ds[-2:]) | set(ds[:2] if s.startswith('+') else [])
    return ''.join(c if (not c.isdigit() or i in keep) else '*' for i, c in enumerate(s))


def mask_mail(e):
    a, b = e.split('@')
    return f'{a[0]}***@{b[0]}***.{b.split(".")[-1]}'


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


class Rec:
    def __init__(self):
        self.issued = []  # (entity, value)

    def v(self, ent, val):
        self.issued.append((ent, val))
        return val


def doc_sensitive(kind, rng, code, rec):
    """Return dict(sys, ask, doc, kv, writer) for a record that CONTAINS personal data."""
    L = LOC[code]
    T = L['L']
    co = rng.choice(COMPANIES)
    p = person(rng, code)
    nm = lambda: rec.v('person', p['name'])
    em = lambda: rec.v('email', p['email'])
    ph = lambda: rec.v('phone', p['phone'])
    ad = lambda: rec.v('STREET_ADDRESS', p['address'])
    db = lambda: rec.v('DATE_OF_BIRTH', p['dob'])

    def idl():
        if not p['ids']:
            return ''
        e, lab, val = p['ids'][0] if rng.random() < 0.6 else rng.choice(p['ids'])
        return f'{lab}: {rec.v(e, val)}'
    tid = f'PRIV-{rng.randint(1000, 9999)}'
    if kind == 'dsar':
        which = rng.choice(['erase', 'access'])
        lines = [f'From: {nm()} <{em()}>', f'Subject: {tid}', '', T[which], '', f"{T['name']}: {p['name']}"]
        if rng.random() < 0.6:
            lines.append(f"{T['addr']}: {ad()}")
        if rng.random() < 0.5:
            lines.append(f"{T['phone']}: {ph()}")
        if rng.random() < 0.6:
            x = idl()
            if x:
                lines.append('Identity check: ' + x)
        ibans = [v for e, _, v in p['ids'] if e in ('iban', 'US_BANK_NUMBER')]
        if ibans and rng.random() < 0.5:
            lines.append(f'Refund any remaining credit to: {rec.v("iban" if "/" not in ibans[0] else "US_BANK_NUMBER", ibans[0])}')
        ask = rng.choice([f'Draft our acknowledgement to this {"erasure" if which == "erase" else "access"} request, in the requester\'s language. Deadline is one month.',
                          'Which systems do we need to search for this requester? We have CRM, billing, Zendesk and the data warehouse.',
                          'Check whether this request is valid under ' + L['law'] + ' and whether we must verify identity first.'])
        return dict(sys=f'You help the privacy team of {co} handle data-subject requests.', ask=ask, doc='\n'.join(lines),
                    kv={'ticket': tid, 'requester': p['name'], 'contact': p['email']}, writer='privacy_analyst')
    if kind == 'breach_notice':
        rows, used = [], set()
        for _ in range(rng.randint(1, 3)):
            q = person(rng, code, used)
            used.add(q['name'])
            fields = [rec.v('person', q['name']), rec.v('email', q['email'])]
            if rng.random() < 0.5:
                fields.append(rec.v('DATE_OF_BIRTH', q['dob']))
            if rng.random() < 0.3:
                fields.append(rec.v('credit_card', card(rng)))
            rows.append(' | '.join(fields))
        doc = (f'Incident {tid}: misdirected export sent to a wrong partner on day 0. Affected customers (sample):\n' + '\n'.join(rows))
        ask = rng.choice(['Write the individual notification letter to each affected customer listed, addressing them by name.',
                          f'Do we have to notify {L["dpa"]} within 72 hours? Assess the risk for these people.',
                          'Turn this into the breach-register entry with one line per affected person.'])
        return dict(sys=f'You are the incident-response assistant for {co}.', ask=ask, doc=doc,
                    kv={'incident': tid, 'first_affected': rows[0].split(' | ')[0]}, writer='dpo')
    if kind == 'redaction':
        ip = public_ip(rng)
        lines = [f'customer_name,email,phone,last_login_ip\n{nm()},{em()},{ph()},{rec.v("IP_ADDRESS", ip)}']
        if rng.random() < 0.5:
            lines.append(f'{T["addr"]}: {ad()}')
        if rng.random() < 0.6:
            x = idl()
            if x:
                lines.append(x)
        ask = rng.choice(['Redact every personal field in this export before I send it to the vendor. Keep the column layout.',
                          'Replace names with initials and mask emails and phone numbers except the last two digits.',
                          'Pseudonymise this extract with stable tokens so analysts can still join on the customer.'])
        return dict(sys='You are a data-minimisation assistant.', ask=ask, doc='\n'.join(lines),
                    kv={'job': tid, 'sample_email': p['email']}, writer='data_engineer')
    if kind == 'validator':
        what = rng.choice(['card', 'phone', 'id', 'iban', 'email'])
        if what == 'card':
            val = rec.v('credit_card', card(rng))
            q = f'My Luhn check rejects this card a customer typed in at checkout: {val} (cardholder {nm()}). Is the number wrong or my code?'
        elif what == 'phone':
            val = ph()
            q = f'Why does my regex ^\\+?[0-9 ()-]{{7,15}}$ fail on this customer number from {code}: {val}? It belongs to {nm()}.'
        elif what == 'iban' and any(e == 'iban' for e, _, _ in p['ids']):
            val = rec.v('iban', [v for e, _, v in p['ids'] if e == 'iban'][0])
            q = f'The IBAN check in our payout form says this is invalid, but the customer {nm()} insists it is right: {val}. Who is right?'
        elif what == 'id' and p['ids']:
            e, lab, val = p['ids'][0]
            rec.v(e, val)
            q = f'Our {lab} validator returns false for {val} (submitted by {nm()}, born {db()}). Walk me through the checksum.'
        else:
            val = em()
            q = f'Our signup form rejects {val} for {nm()}. Is my pattern [\\w.]+@[\\w]+\\.[a-z]{{2,3}} too strict?'
        code_snip = rng.choice(['def check(s):\n    s = s.replace(" ", "")\n    return luhn_ok(s)',
                                "const RX = /^[A-Z0-9 ]+$/;\nif (!RX.test(v)) throw new Error('invalid');",
                                'CHECK (value ~ \'^[0-9]{9,12}$\')'])
        return dict(sys='You are a senior developer helping with form validation.', ask='Please debug.', doc=q + '\n\n' + code_snip,
                    kv={'field_value': val}, writer='developer')
    if kind == 'schema_mapping':
        row = {T['name']: nm(), 'email': em(), T['dob']: db(), T['phone']: ph()}
        if rng.random() < 0.5:
            row[T['addr']] = ad()
        ids = [x for x in p['ids'] if x[0] != 'US_BANK_NUMBER']
        if ids and rng.random() < 0.6:
            e, lab, val = ids[0]
            row[lab] = rec.v(e, val)
        doc = 'Sample row pulled from prod for the data map:\n' + json.dumps(row, ensure_ascii=False, indent=1)
        ask = rng.choice(['Build the record-of-processing (Art. 30) data map from this row: category, purpose, retention, lawful basis per field.',
                          'Propose a Postgres schema for these fields with column-level encryption where needed.',
                          'Classify each field of this row as ordinary or special-category data.'])
        return dict(sys='You help with data mapping for a records-of-processing inventory.', ask=ask, doc=doc,
                    kv={'sample_subject': p['name']}, writer='privacy_engineer')
    if kind == 'policy_drafting':
        doc = (f'Our data protection officer is {nm()}, reachable directly on {ph()} or {em()}. '
               f'Complaints can also be lodged with {L["dpa"]}.')
        if rng.random() < 0.4:
            doc += f' Postal contact (home office): {ad()}.'
        ask = rng.choice([f'Rewrite this contact section of our privacy notice in plain {code} language.',
                          'Fit this into the "Who we are" section of the privacy policy and keep it under 80 words.',
                          'Is it ok to publish this DPO contact in the policy, or should it be a role mailbox?'])
        return dict(sys=f'You draft privacy notices for {co}.', ask=ask, doc=doc, kv={'dpo': p['name']}, writer='legal_counsel')
    if kind == 'dpia':
        doc = (f'DPIA annex - complaint that triggered the review: {nm()} ({T["dob"]} {db()}) reported that the loyalty app '
               f'showed their purchase history to another user. Contact: {ph()}.')
        if rng.random() < 0.3:
            m = rec.v('MEDICAL_RECORD', mrn(rng))
            doc += f' Pharmacy purchases were linked to their hospital record {m}.'
        ask = rng.choice(['Score likelihood and severity for this incident in the DPIA risk table and propose mitigations.',
                          'Summarise this complaint for the DPIA and say if prior consultation is needed.'])
        return dict(sys='You assist with data protection impact assessments.', ask=ask, doc=doc, kv={'complainant': p['name']}, writer='dpo')
    if kind == 'test_data':
        n = rng.randint(1, 3)
        rows, used = [], set()
        for _ in range(n):
            q = person(rng, code, used)
            used.add(q['name'])
            r = {'name': rec.v('person', q['name']), 'email': rec.v('email', q['email']), 'phone': rec.v('phone', q['phone'])}
            if rng.random() < 0.4:
                r['card'] = rec.v('credit_card', card(rng))
            rows.append(r)
        doc = 'Copied from yesterday\'s prod dump:\n' + json.dumps(rows, ensure_ascii=False)
        ask = rng.choice(['Turn these into pytest fixtures for the checkout tests.', 'Make 20 more rows that look like these for staging.',
                          'Write a factory_boy factory based on these customers.'])
        return dict(sys='You generate test fixtures.', ask=ask, doc=doc, kv={'seed_customer': rows[0]['email']}, writer='qa_engineer')
    if kind == 'consent_log':
        rows, used = [], set()
        for i in range(rng.randint(2, 4)):
            q = person(rng, code, used)
            used.add(q['name'])
            rows.append(f'2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:00Z '
                        f'{rec.v("email", q["email"])} {rec.v("IP_ADDRESS", public_ip(rng))} marketing={rng.choice(["granted", "withdrawn"])}')
        doc = '\n'.join(rows)
        ask = rng.choice(['Which of these users withdrew consent? Give me a table.',
                          'Can we prove valid consent for these subscribers under ' + L['law'] + '?'])
        return dict(sys='You audit consent records.', ask=ask, doc=doc, kv={'first_row': rows[0][:200]}, writer='marketing_ops')
    if kind == 'account_recovery':
        lines = [f'{T["name"]}: {nm()}', f'{T["dob"]}: {db()}', f'{T["phone"]}: {ph()}', f'old e-mail: {em()}']
        if rng.random() < 0.8:
            x = idl()
            if x:
                lines.append(x)
        pp = [x for x in p['ids'] if x[0] == 'PASSPORT']
        if pp and not any(pp[0][2] in ln for ln in lines):
            lines.append(f'ID document on file: {pp[0][1]} {rec.v("PASSPORT", pp[0][2])}')
        if rng.random() < 0.3:
            lines.append(f'{T["addr"]}: {ad()}')
        ask = rng.choice(['Customer lost access to the account. Do these details match enough to reset 2FA? Draft the reply.',
                          'Write the recovery e-mail to this customer and ask for one more verification item.'])
        return dict(sys=f'You are a support agent for {co}.', ask=ask, doc='\n'.join(lines),
                    kv={'ticket': tid, 'customer': p['name']}, writer='support_agent')
    raise KeyError(kind)


def doc_benign(kind, rng, code):
    """Return dict(sys, ask, doc, kv, writer) for a record that only TALKS ABOUT personal data."""
    L = LOC[code]
    T = L['L']
    co = rng.choice(COMPANIES)
    dom = fold(co.split()[0]) + rng.choice(['.example', '.example.com', '-corp.example'])
    role = rng.choice(['privacy', 'dpo', 'dsar', 'dataprotection']) + '@' + dom
    tid = f'PRIV-{rng.randint(1000, 9999)}'
    pub = rng.choice(PUBLIC)
    fmt = L['dob'].replace('%d', 'DD').replace('%m', 'MM').replace('%Y', 'YYYY')
    if kind == 'dsar':
        doc = rng.choice([
            f'{T["access" if rng.random() < 0.5 else "erase"]}\n\n{T["name"]}: <NAME>\n{T["addr"]}: <ADDRESS>\n{T["phone"]}: <PHONE>\nReply to: {role}',
            f'Template DSAR acknowledgement: "Dear {{{{first_name}}}}, we received your request {tid} on {{{{received_date}}}}. We will reply within one month." Queue mailbox: {role}.',
            f'Stats for Q3: 41 access requests, 17 erasure requests, median response 12 days, 2 extensions (Art. 12(3)). Requests arrive at {role}.',
            f'Case note: the {L["law"]} request ({tid}) was verified and closed; requester identity is held only in the ticketing system, not here.',
            f'Requester (a customer in her forties, account opened {rng.randint(2012, 2024)}) asks for erasure but has an open invoice. '
            f'Can we refuse part of the request? Identity was verified by replying from the address on file.',
            f'How should we verify the identity of someone who asks by post for a copy of their data without collecting a copy of their {rng.choice(["passport", "ID card", "driving licence"])}?'])
        ask = rng.choice(['Improve this template and translate it into the requester\'s language.', 'Summarise this for the monthly privacy report.',
                          'What are the legal deadlines implied here?', 'Make this sound friendlier.'])
        return dict(sys=f'You help the privacy team of {co}.', ask=ask, doc=doc, kv={'ticket': tid, 'queue': role}, writer='privacy_analyst')
    if kind == 'breach_notice':
        doc = rng.choice([
            f'Incident {tid}: approx. {rng.randint(200, 9000)} customer records exposed (fields: name, e-mail, hashed password). '
            f'No payment data. Discovered {rng.randint(1, 28)} days ago. Notified {L["dpa"]} on day 2.',
            f'Notification letter template: "Dear [CUSTOMER NAME], on [DATE] we discovered that [DATA CATEGORIES] may have been accessed..." '
            f'Questions: {role}.',
            f'Register entry {tid}: cause misconfigured S3 bucket; categories contact data; {rng.randint(10, 500)} data subjects; risk: medium.'])
        ask = rng.choice(['Is this notifiable within 72 hours under Art. 33? Explain.', 'Rewrite the template in plain language.',
                          'Draft the press holding statement.', 'Fill the blanks of a supervisory-authority form with what we know.'])
        return dict(sys=f'You are the incident-response assistant for {co}.', ask=ask, doc=doc, kv={'incident': tid}, writer='dpo')
    if kind == 'redaction':
        doc = rng.choice([
            f'customer_name,email,phone,last_login_ip\n[REDACTED],{mask_mail("x" + "a@b.com")},{mask_phone(phone(rng, L["phone"]))},203.0.113.{rng.randint(1, 254)}',
            'customer_name,email,card\n' + '\n'.join(f'CUST-{rng.randint(10000, 99999)},{sha("c" + str(rng.random()))[:16]},**** **** **** {digits(rng, 4)}' for _ in range(3)),
            f'{T["name"]}: ███████ ██████\n{T["addr"]}: ████, {rng.choice(L["cities"])[0]}\n{T["dob"]}: ██/██/19██',
            'user_id,email_sha256,country\n' + '\n'.join(f'{rng.randint(100000, 999999)},{sha(str(rng.random()))},{code[-2:]}' for _ in range(3))])
        ask = rng.choice(['Is this export properly redacted, or is anything still identifying?', 'Check this masked extract before it goes to the vendor.',
                          'Are hashed e-mails personal data under GDPR recital 26? Explain using this sample.'])
        return dict(sys='You are a data-minimisation assistant.', ask=ask, doc=doc, kv={'job': tid}, writer='data_engineer')
    if kind == 'validator':
        doc = rng.choice([
            f'Write a regex for {code} dates of birth in the format {fmt} and reject impossible dates.',
            f'My Luhn check returns false for the test card {rng.choice(TEST_CARDS)}. That number should pass, right? Code: sum(digits[::-2])...',
            f'Our IBAN validator rejects the registry example {rng.choice(REGISTRY_IBANS)}. Is mod-97 wrong in my code?',
            'Validate US SSNs of the form AAA-GG-SSSS: reject area 000, 666 and 900-999, group 00 and serial 0000.',
            f'The phone field should accept the fictional range (202) 555-01{rng.randint(0, 99):02d} in our demo build; update the pattern.',
            f'Implement the {rng.choice(["Verhoeff", "Luhn", "ISO 7064 mod 11,10"])} check digit in TypeScript with unit tests.',
            f'E-mail validation: should we accept plus addressing like user+tag@example.com? Our regex is ^[^@\\s]+@[^@\\s]+$',
            f'We display cards as BIN + last four, e.g. {rng.choice(["4929", "5412", "3742"])} **** **** {digits(rng, 4)}. Write the masking function and a regex that detects unmasked PANs.',
            f'IBANs are shown masked as {code[-2:] if code[-2:] in ("DE", "FR", "ES", "IT", "NL", "PL") else "DE"}{rng.randint(10, 99)} **** **** **** **{digits(rng, 2)} {digits(rng, 2)}. Is that enough to count as pseudonymised?',
            f'Our phone field stores E.164 (+<country code><subscriber number>, max 15 digits). Write a validator for {code} numbers using libphonenumber.',
            f'Corporate addresses follow firstname.lastname@<company domain>. Write a regex that flags only such addresses in log lines.'])
        return dict(sys='You are a senior developer helping with form validation.', ask='Please help.', doc=doc,
                    kv={'field_format': fmt}, writer='developer')
    if kind == 'schema_mapping':
        fields = [T['name'], 'email', T['dob'], T['phone'], T['addr'], 'national_id', 'iban', 'ip_address']
        rng.shuffle(fields)
        doc = rng.choice([
            'CREATE TABLE customer (\n' + ',\n'.join(f'  "{f}" text' for f in fields[:5]) + '\n);',
            'Fields in the CRM export: ' + ', '.join(fields) + f'. Date format {fmt}. Phone stored E.164.',
            json.dumps({'entity': 'Customer', 'fields': [{'name': f, 'pii': True, 'retention_days': rng.choice([365, 730, 2555])} for f in fields[:4]]},
                       ensure_ascii=False)])
        ask = rng.choice(['Build the Art. 30 data map from these fields: category, purpose, retention, lawful basis.',
                          'Which of these columns need column-level encryption? Justify briefly.',
                          'Propose a normalised schema and mark the personal fields.'])
        return dict(sys='You help with data mapping for a records-of-processing inventory.', ask=ask, doc=doc,
                    kv={'table': 'customer'}, writer='privacy_engineer')
    if kind == 'policy_drafting':
        doc = rng.choice([
            f'Our data protection officer can be reached at {role}. Complaints can be lodged with {L["dpa"]}.',
            f'We collect: {T["name"]}, e-mail, {T["phone"]}, {T["dob"]} (to verify age). Retention: 24 months after the last order.',
            f'Add a paragraph on the right to be forgotten, citing the 2014 Google Spain judgment (C-131/12), and quote {pub} on privacy by design.',
            f'Controller: {co}, registered office. Contact: {role}.',
            f'Controller: {co}. Customer service hotline (switchboard, Mon-Fri 9-17): {switchboard(L["phone"])}. Data protection officer: {role}.'])
        ask = rng.choice([f'Rewrite this for our privacy notice in {code} and keep it under 100 words.',
                          'Make this section compliant with Art. 13 GDPR.', 'Turn this into a FAQ with three questions.'])
        return dict(sys=f'You draft privacy notices for {co}.', ask=ask, doc=doc, kv={'controller': co}, writer='legal_counsel')
    if kind == 'dpia':
        doc = rng.choice([
            'Processing: loyalty app links purchase history to customer profiles. Data: contact data, purchase history, coarse location. '
            f'Data subjects: ~{rng.randint(20, 900)}k customers. Risks: profiling, function creep.',
            f'Risk table: R1 unauthorised access (L=3,S=4); R2 re-identification from pseudonymised exports (L=2,S=4); R3 excessive retention (L=4,S=2).',
            f'Screening against the DPIA list of {L["dpa"]}: systematic monitoring? yes; large scale? yes; vulnerable data subjects? no.'])
        ask = rng.choice(['Score these risks and propose mitigations.', 'Is a full DPIA required? Give reasons.',
                          'Summarise this DPIA draft for the board.'])
        return dict(sys='You assist with data protection impact assessments.', ask=ask, doc=doc, kv={'dpia': tid}, writer='dpo')
    if kind == 'test_data':
        doc = rng.choice([
            json.dumps([{'name': '<NAME>', 'email': f'user{i}@example.com', 'phone': f'+1 202-555-01{rng.randint(0, 99):02d}',
                         'card': rng.choice(TEST_CARDS)} for i in range(1, 3)]),
            f'Fixtures must use only example.com addresses, 555-01xx phone numbers, test cards such as {rng.choice(TEST_CARDS)} '
            f'and IPs from 198.51.100.0/24. No production data.',
            f'Generate {rng.randint(10, 50)} synthetic {code} customers with realistic-looking but fake names; dates as {fmt}.',
            json.dumps({'iban': rng.choice(REGISTRY_IBANS), 'holder': 'Test Holder', 'ip': f'192.0.2.{rng.randint(1, 254)}'})])
        ask = rng.choice(['Turn these into pytest fixtures.', 'Write a factory_boy factory from this spec.', 'Make this fixture file valid JSON.'])
        return dict(sys='You generate test fixtures.', ask=ask, doc=doc, kv={'suite': 'checkout'}, writer='qa_engineer')
    if kind == 'consent_log':
        doc = '\n'.join(f'2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:00:00Z subj={sha(str(rng.random()))[:20]} '
                        f'ip=203.0.113.{rng.randint(1, 254)} marketing={rng.choice(["granted", "withdrawn"])} cmp_version=2.{rng.randint(0, 9)}'
                        for _ in range(rng.randint(2, 4)))
        ask = rng.choice(['Count grants vs withdrawals.', 'Is this log enough to demonstrate consent under Art. 7(1)?'])
        return dict(sys='You audit consent records.', ask=ask, doc=doc, kv={'log': 'cmp-export'}, writer='marketing_ops')
    if kind == 'account_recovery':
        doc = rng.choice([
            f'Ticket {tid}: customer cannot log in. Verified via masked phone {mask_phone(phone(rng, L["phone"]))} and e-mail {mask_mail("q" + "z@m.org")}.',
            f'Recovery policy: ask for {T["dob"]} ({fmt}) and the last 4 digits of the card on file (****). Never read out the full number.',
            f'Macro for agents: "Hi {{{{customer_first_name}}}}, to reset your 2FA please reply from the address on file." Escalate to {role}.'])
        ask = rng.choice(['Improve this macro.', 'Is this verification process strong enough? Suggest changes.',
                          'Translate this support note into English.'])
        return dict(sys=f'You are a support agent for {co}.', ask=ask, doc=doc, kv={'ticket': tid}, writer='support_agent')
    raise KeyError(kind)


# ---------------------------------------------------------------------------------------------------- placement
PLACEMENTS = ['user', 'system', 'tool_result', 'tool_args', 'file_part', 'assistant_echo', 'response_format',
              'metadata', 'user_field', 'user_parts']
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'gpt-4o']


def place(rng, d, placement, kind):
    sys, ask, doc, kv = d['sys'], d['ask'], d['doc'], d['kv']
    body = {'model': rng.choice(MODELS)}
    if placement == 'user':
        msgs = [{'role': 'system', 'content': sys}, {'role': 'user', 'content': f'{ask}\n\n{doc}'}]
    elif placement == 'user_parts':
        msgs = [{'role': 'system', 'content': sys}, {'role': 'user', 'content': [
            {'type': 'text', 'text': ask}, {'type': 'text', 'text': doc}]}]
    elif placement == 'system':
        msgs = [{'role': 'system', 'content': f'{sys}\n\nCase material:\n{doc}'}, {'role': 'user', 'content': ask}]
    elif placement == 'tool_result':
        cid = f'call_{rng.getrandbits(48):012x}'
        body['tools'] = [{'type': 'function', 'function': {'name': 'fetch_ticket', 'description': 'Fetch a privacy ticket by id',
                                                           'parameters': {'type': 'object', 'properties': {'ticket_id': {'type': 'string'}},
                                                                          'required': ['ticket_id']}}}]
        msgs = [{'role': 'system', 'content': sys}, {'role': 'user', 'content': ask},
                {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                    'name': 'fetch_ticket', 'arguments': json.dumps({'ticket_id': f'T{rng.randint(10000, 99999)}'})}}]},
                {'role': 'tool', 'tool_call_id': cid, 'content': doc}]
    elif placement == 'tool_args':
        cid = f'call_{rng.getrandbits(48):012x}'
        body['tools'] = [{'type': 'function', 'function': {'name': 'update_case', 'description': 'Update the privacy case record',
                                                           'parameters': {'type': 'object', 'properties': {k: {'type': 'string'} for k in kv}}}}]
        msgs = [{'role': 'system', 'content': sys}, {'role': 'user', 'content': f'{ask}\n\n{doc}'},
                {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                    'name': 'update_case', 'arguments': json.dumps(kv, ensure_ascii=False)}}]},
                {'role': 'tool', 'tool_call_id': cid, 'content': '{"ok": true}'},
                {'role': 'user', 'content': 'Now continue with the task above.'}]
    elif placement == 'file_part':
        fname = rng.choice(['case', 'export', 'ticket', 'notes']) + rng.choice(['.txt', '.csv', '.md'])
        b64 = base64.b64encode(doc.encode()).decode()
        msgs = [{'role': 'system', 'content': sys}, {'role': 'user', 'content': [
            {'type': 'text', 'text': ask}, {'type': 'file', 'file': {'filename': fname, 'file_data': f'data:text/plain;base64,{b64}'}}]}]
    elif placement == 'assistant_echo':
        msgs = [{'role': 'system', 'content': sys}, {'role': 'user', 'content': 'I will paste the material first.'},
                {'role': 'assistant', 'content': f'Received:\n{doc}'}, {'role': 'user', 'content': ask}]
    elif placement == 'response_format':
        msgs = [{'role': 'system', 'content': sys}, {'role': 'user', 'content': ask}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'privacy_case', 'strict': True, 'schema': {
            'type': 'object', 'description': doc, 'additionalProperties': False,
            'properties': {k: {'type': 'string', 'examples': [v]} for k, v in kv.items()} | {'answer': {'type': 'string'}},
            'required': list(kv) + ['answer']}}}
    elif placement == 'metadata':
        msgs = [{'role': 'system', 'content': sys}, {'role': 'user', 'content': f'{ask}\n\n{doc}'}]
        body['store'] = True
        body['metadata'] = {k: str(v)[:500] for k, v in kv.items()}
    elif placement == 'user_field':
        msgs = [{'role': 'system', 'content': sys}, {'role': 'user', 'content': f'{ask}\n\n{doc}'}]
        mails = [v for v in kv.values() if '@' in str(v)]
        body['user'] = str(mails[0] if mails else next(iter(kv.values())))[:200]
    else:
        raise KeyError(placement)
    body['messages'] = msgs
    if rng.random() < 0.2:
        body['temperature'] = rng.choice([0, 0.2, 0.7])
    if rng.random() < 0.1:
        body['stop'] = ['\n###']
    return body


def completion_body(rng, d):
    return {'model': rng.choice(['gpt-3.5-turbo-instruct', 'hybridgate/auto']),
            'prompt': f"{d['sys']}\n\n{d['doc']}\n\nTask: {d['ask']}\n\nAnswer:", 'max_tokens': rng.choice([256, 512, 800])}


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m.group(1)).decode('utf-8'))
    # JSON-escaped strings inside strings (tool-call arguments): decode one more level
    for m in re.finditer(r'"arguments": "((?:[^"\\]|\\.)*)"', s):
        parts.append(json.loads('"' + m.group(1) + '"'))
    return '\n'.join(parts)


def entities_of(body, issued):
    h = haystack(body)
    return sorted({e for e, v in issued if v and v in h}, key=lambda x: (x.lower(), x))


# ---------------------------------------------------------------------------------------------------- PII split
def build_pii(seed):
    rng = random.Random(seed)
    out = []
    per_kind_sens, per_kind_ben = 29, 21
    plan = []
    for k in KINDS:
        plan += [(k, True)] * per_kind_sens + [(k, False)] * per_kind_ben
    rng.shuffle(plan)
    for i, (kind, sens) in enumerate(plan):
        code = rng.choice(['en-US', 'en-GB']) if rng.random() < 0.16 else LOCALES[(i * 7 + rng.randrange(3)) % len(LOCALES)]
        rec = Rec()
        d = doc_sensitive(kind, rng, code, rec) if sens else doc_benign(kind, rng, code)
        if rng.random() < 0.1:
            endpoint, placement = 'completions', 'prompt'
            body = completion_body(rng, d)
        else:
            endpoint = 'chat'
            placement = PLACEMENTS[(i + rng.randrange(2)) % len(PLACEMENTS)]
            body = place(rng, d, placement, kind)
        ents = entities_of(body, rec.issued)
        if sens and not ents:  # every issued value left the body (cannot happen with the templates, but keep labels honest)
            raise SystemExit(f'sensitive record without entities: {kind}')
        if not sens:
            assert not rec.issued
        assert bool(ents) == sens
        out.append({'id': f'skerry-pii-{i + 1:04d}', 'category': kind if sens else f'{kind}_benign', 'sensitive': bool(ents),
                    'entities': ents, 'endpoint': endpoint, 'lang': code, 'style': f"{d['writer']} · {placement}", 'body': body})
    return out


# ---------------------------------------------------------------------------------------------------- complexity split
CX_LANG = {
    'en': ('Summarise this in three bullet points.', 'Translate this into German.', 'Convert this into a Markdown table.'),
    'de-DE': ('Fasse das in drei Stichpunkten zusammen.', 'Übersetze das ins Deutsche.', 'Mach daraus eine Markdown-Tabelle.'),
    'fr-FR': ('Résume ceci en trois points.', 'Traduis ceci en français.', 'Transforme ceci en tableau Markdown.'),
    'es-ES': ('Resume esto en tres viñetas.', 'Traduce esto al español.', 'Convierte esto en una tabla Markdown.'),
    'it-IT': ('Riassumi in tre punti.', 'Traduci in italiano.', 'Trasforma in una tabella Markdown.'),
    'nl-NL': ('Vat dit samen in drie punten.', 'Vertaal dit naar het Nederlands.', 'Zet dit om in een Markdown-tabel.'),
    'pl-PL': ('Streść to w trzech punktach.', 'Przetłumacz to na polski.', 'Zamień to na tabelę Markdown.'),
    'pt-BR': ('Resuma isso em três tópicos.', 'Traduza isso para o português.', 'Converta isso em uma tabela Markdown.'),
    'sv-SE': ('Sammanfatta detta i tre punkter.', 'Översätt detta till svenska.', 'Gör om detta till en Markdown-tabell.'),
    'fi-FI': ('Tiivistä tämä kolmeen kohtaan.', 'Käännä tämä suomeksi.', 'Muuta tämä Markdown-taulukoksi.'),
    'da-DK': ('Opsummer dette i tre punkter.', 'Oversæt dette til dansk.', 'Lav dette om til en Markdown-tabel.'),
    'cs-CZ': ('Shrň to do tří bodů.', 'Přelož to do češtiny.', 'Převeď to na tabulku v Markdownu.'),
    'tr-TR': ('Bunu üç maddede özetle.', 'Bunu Türkçeye çevir.', 'Bunu Markdown tablosuna dönüştür.'),
    'ru-RU': ('Кратко изложи это в трёх пунктах.', 'Переведи это на русский.', 'Преобразуй это в таблицу Markdown.'),
    'he-IL': ('סכם את זה בשלוש נקודות.', 'תרגם את זה לעברית.', 'הפוך את זה לטבלת Markdown.'),
    'ar-EG': ('لخّص هذا في ثلاث نقاط.', 'ترجم هذا إلى العربية.', 'حوّل هذا إلى جدول Markdown.'),
    'hi-IN': ('इसे तीन बिंदुओं में सारांशित करें।', 'इसका हिंदी में अनुवाद करें।', 'इसे Markdown तालिका में बदलें।'),
    'zh-CN': ('用三个要点概括这段内容。', '把这段翻译成中文。', '把这个转换成 Markdown 表格。'),
    'ja-JP': ('これを3つの箇条書きで要約してください。', 'これを日本語に翻訳してください。', 'これをMarkdownの表に変換してください。'),
    'ko-KR': ('이것을 세 가지 요점으로 요약해 주세요.', '이것을 한국어로 번역해 주세요.', '이것을 마크다운 표로 바꿔 주세요.'),
    'th-TH': ('สรุปเนื้อหานี้เป็นสามข้อ', 'แปลข้อความนี้เป็นภาษาไทย', 'แปลงข้อมูลนี้เป็นตาราง Markdown'),
    'el-GR': ('Σύνοψε αυτό σε τρία σημεία.', 'Μετάφρασε αυτό στα ελληνικά.', 'Μετάτρεψε αυτό σε πίνακα Markdown.'),
    'vi-VN': ('Tóm tắt nội dung này thành ba ý.', 'Dịch đoạn này sang tiếng Việt.', 'Chuyển nội dung này thành bảng Markdown.'),
}
CX_LANGS = list(CX_LANG)
# the second phrase of CX_LANG translates INTO the tag's language; CX_ANSWER asks for the answer in that language
CX_ANSWER = {'de-DE': 'Antworte auf Deutsch.', 'fr-FR': 'Réponds en français.', 'es-ES': 'Responde en español.',
             'it-IT': 'Rispondi in italiano.', 'nl-NL': 'Antwoord in het Nederlands.', 'pl-PL': 'Odpowiedz po polsku.',
             'pt-BR': 'Responda em português.', 'sv-SE': 'Svara på svenska.', 'fi-FI': 'Vastaa suomeksi.', 'da-DK': 'Svar på dansk.',
             'cs-CZ': 'Odpověz česky.', 'tr-TR': 'Türkçe cevap ver.', 'ru-RU': 'Ответь по-русски.', 'he-IL': 'ענה בעברית.',
             'ar-EG': 'أجب باللغة العربية.', 'hi-IN': 'हिंदी में उत्तर दें।', 'zh-CN': '请用中文回答。', 'ja-JP': '日本語で答えてください。',
             'ko-KR': '한국어로 답해 주세요.', 'th-TH': 'ตอบเป็นภาษาไทย', 'el-GR': 'Απάντησε στα ελληνικά.', 'vi-VN': 'Trả lời bằng tiếng Việt.'}

SHORT_SIMPLE = ['What does DSAR stand for?', 'How many days does GDPR Art. 33 allow for notifying the authority?',
                'Convert 2026-03-14 to DD/MM/YYYY.', 'What is the English term for "Auftragsverarbeitungsvertrag"?',
                'Is an IP address listed as personal data in GDPR recital 30? Yes or no.', 'Spell out the acronym DPIA.',
                'What is 12 + 30 days?', 'Give me the ISO country code for Denmark.', 'Which article of the GDPR covers the right to erasure?',
                'Put these in alphabetical order: retention, consent, erasure, access.', 'Translate "data controller" into French.',
                'What year did the GDPR start to apply?', 'Uppercase this: privacy by design', 'How many digits does a Luhn check digit have?',
                'What does CCPA stand for?', 'Is "privacy@company.example" a role mailbox or a personal one?', 'Expand the abbreviation DPO.',
                'Write 2026-12-05 in US date format.', 'What is the plural of "datum"?', 'How many hours are in 3 days?', 'Name the French data protection authority.', 'Reformat as snake_case: Date Of Birth',
                'Is 365 days longer than 12 months of 30 days?', 'What does PII stand for?', 'Give a synonym for "pseudonymise".']
SHORT_HARD = [
    'Prove that the Laplace mechanism with scale Δf/ε is ε-differentially private, then show what breaks if Δf is underestimated by 2x.',
    'Design an erasure pipeline across Postgres, Kafka (7-day retention), S3 backups (35 days) and a feature store; compare tombstones vs crypto-shredding.',
    'Our HMAC pseudonyms rotate the key monthly and joins across months silently drop 4% of users. Find the root cause and a migration plan.',
    'Show that k-anonymity with k=5 can still leak a sensitive attribute (homogeneity attack) and prove l-diversity fixes that case but not skewness.',
    'Two consent services disagree on 0.3% of users after a retry storm. Reason about idempotency keys and clock skew to find which one is wrong.',
    'Design a tokenisation vault for card numbers that keeps the last four digits searchable; argue the PCI scope trade-offs of format-preserving encryption.',
    'Bloom-filter deny-list for erased e-mails: derive the false-positive rate for 10M entries and 8 hash functions and choose m for p < 1e-6.',
    'Prove or refute: hashing e-mails with SHA-256 makes them anonymous under GDPR recital 26. Quantify the dictionary-attack cost.',
    'Our DSAR export misses rows for users who changed e-mail twice. Derive the join bug from an SCD type-2 table and fix the query.',
    'Plan a retention policy that satisfies 10-year tax record rules and erasure requests at once; discuss conflicts and legal bases step by step.',
    'A redaction regex is catastrophic-backtracking on 40 kB inputs. Explain why (?:[A-Z][a-z]+\\s?)+ blows up and give a linear-time alternative.',
    'Design privacy-preserving record linkage between two hospitals using Bloom-filter encodings; analyse the frequency attack and mitigations.',
    'Derive the re-identification risk when ZIP code, birth date and sex are released together for a 2M population; state assumptions.',
    'Compare federated analytics, secure aggregation and local DP for keyboard telemetry; pick one under a 5% accuracy-loss budget and justify.',
    'Prove that randomised response with p=0.75 gives ln(3)-local DP and derive the unbiased estimator for the true proportion.',
    'Our erasure job succeeds but the users reappear after nightly replication. List hypotheses and an experiment to tell them apart.',
    'Design consent-versioning so that a policy change invalidates only the purposes it touches; model it as a state machine and check invariants.',
    'Find the flaw: our "anonymous" analytics ID is SHA-1(device_id || day). Show how to link a user across days and fix it without breaking daily uniques.',
    'Design a right-to-access export that finishes within 30 days for 400 TB across 60 services with partial outages; give the orchestration and failure semantics.',
    'Prove that composing three ε=0.5 DP releases gives at most 1.5-DP, and compute the tighter bound with advanced composition for δ=1e-6.',
    'Choose between row-level security and per-tenant schemas for a multi-tenant HR system under GDPR; analyse leak risk, migration cost and erasure.',
    'A consent banner A/B test shows 9% higher opt-in in variant B but the logs show duplicated events. Derive whether the effect survives deduplication.',
    'Design a key-management scheme for crypto-shredding per data subject that survives backup restore; reason about key escrow and audit.',
    'Argue whether a salted per-tenant hash of phone numbers is pseudonymous or anonymous data, then design a key-custody scheme that changes the answer.',
]
EASY_BODY = ['Retention schedule, line {i}: category "support tickets" — keep {n} months after closure, then delete; owner: customer care; system: helpdesk.',
             'Policy clause {i}: We process contact data to deliver orders (Art. 6(1)(b)), for {n} months after the last purchase, then anonymise.',
             'Training log {i}: module "privacy basics" completed by team {n}; score passed; next refresher due in 12 months.',
             'Vendor {i}: processor for e-mail delivery; DPA signed; sub-processors {n}; transfer mechanism SCCs 2021; review yearly.']
HARD_LOG = ['{t} erasure-worker INFO batch={b} deleted=250 table=orders_archive lag_ms={n}',
            '{t} replica-sync WARN replayed WAL segment {b} from snapshot; rows_upserted={n}',
            '{t} erasure-worker INFO batch={b} deleted=250 table=customers lag_ms={n}',
            '{t} cdc-consumer DEBUG offset={n} topic=customers.changes op=u',
            '{t} backup-restore INFO restored partition p{b} to staging; rows={n}']


PSEUDO_CODE = '''import hashlib, hmac

KEY = load_key("pseudo")          # rotated yearly


def token(tenant_id: int, customer_id: str) -> str:
    raw = f"{tenant_id}{customer_id}".encode()
    digest = hmac.new(KEY, raw, hashlib.sha256).hexdigest()
    return digest[:12]            # short tokens for the BI tool


def erase(tenant_id, customer_id, db):
    t = token(tenant_id, customer_id)
    db.execute("DELETE FROM events WHERE token = %s", (t,))
    db.execute("DELETE FROM profiles WHERE token = %s", (t,))
'''


def build_cx(seed):
    rng = random.Random(seed + 1)
    plan = [('short_simple', 0)] * 45 + [('long_easy', 0)] * 52 + [('short_hard', 1)] * 50 + [('long_hard', 1)] * 43
    rng.shuffle(plan)
    out = []
    for i, (cat, label) in enumerate(plan):
        lang = CX_LANGS[(i * 5 + rng.randrange(2)) % len(CX_LANGS)]
        summ, trans, table = CX_LANG[lang]
        sys = rng.choice(['You are a helpful assistant for a privacy team.', 'You are a concise assistant.', None])
        if cat == 'short_simple':
            text = rng.choice(SHORT_SIMPLE)
            if lang != 'en' and rng.random() < 0.5:
                text = f'{trans}\n\n{text}'
            elif lang != 'en':
                text = f'{text} {CX_ANSWER[lang]}'
            style = 'lookup'
        elif cat == 'short_hard':
            text = rng.choice(SHORT_HARD)
            if lang != 'en':
                text += ' ' + CX_ANSWER[lang]
            style = 'reasoning'
        elif cat == 'long_easy':
            lines = []
            while sum(len(x) + 1 for x in lines) < rng.randint(1600, 3200):
                lines.append(rng.choice(EASY_BODY).format(i=len(lines) + 1, n=rng.randint(2, 60)))
            ask = rng.choice([summ, trans, table, 'Sort these lines by the number at the end and remove duplicates.',
                              'Extract every line number and its number of months into a JSON list.', 'Count how many lines start with "Vendor".'])
            text = ('\n'.join(lines) + '\n\n' + ask) if rng.random() < 0.6 else (ask + '\n\n' + '\n'.join(lines))
            style = 'reformat/summarise/translate'
        else:
            if rng.random() < 0.5:
                lines = []
                for j in range(rng.randint(22, 45)):
                    lines.append(rng.choice(HARD_LOG).format(t=f'2026-11-{rng.randint(10, 28)}T0{rng.randint(1, 5)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z',
                                                            b=rng.randint(100, 999), n=rng.randint(10, 9000)))
                text = ('Erased customers keep reappearing in the customers table about a day after the erasure job reports success. '
                        'Logs from the last run are below. Work out the root cause step by step, rank the hypotheses, and propose a fix '
                        'that also covers backups and the CDC stream.\n\n' + '\n'.join(lines))
                style = 'root_cause'
            elif rng.random() < 0.35:
                code = PSEUDO_CODE + '\n' + '\n'.join(f'# sample {j}: tenant={rng.randint(1, 40)} token={sha(str(rng.random()))[:12]} collided_with={sha(str(rng.random()))[:12]}'
                                                        for j in range(rng.randint(12, 25)))
                text = ('Our pseudonymisation tokens collide for about 0.1% of users across tenants, which merges two customers\' erasure '
                        'requests. Here is the code and some collision samples. Find the root cause, explain the probability maths '
                        'behind the observed rate, and propose a fix with a migration plan that keeps old tokens resolvable.\n\n' + code)
                style = 'root_cause_code'
            else:
                lines = [rng.choice(EASY_BODY).format(i=j + 1, n=rng.randint(2, 60)) for j in range(rng.randint(14, 24))]
                text = ('\n'.join(lines) + '\n\nThese retention rules conflict with each other and with statutory tax-record duties. '
                        'Identify every conflict, decide which rule must win and why, design an enforcement job that deletes or '
                        'anonymises in the right order across systems, and prove it never leaves orphaned personal data.')
                style = 'design_tradeoffs'
            if lang != 'en':
                text += '\n\n' + CX_ANSWER[lang]
        msgs = ([{'role': 'system', 'content': sys}] if sys else []) + [{'role': 'user', 'content': text}]
        body = {'model': rng.choice(MODELS), 'messages': msgs}
        if cat == 'long_easy':
            assert len(text) >= 1500
        adv = cat in ('long_easy', 'short_hard')
        out.append({'id': f'skerry-cx-{i + 1:04d}', 'category': cat, 'label': label, 'length_adversarial': adv,
                    'endpoint': 'chat', 'lang': lang, 'style': style, 'body': body})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    outdir = pathlib.Path(a.out)
    outdir.mkdir(parents=True, exist_ok=True)
    pii = build_pii(a.seed)
    cx = build_cx(a.seed)
    for name, recs in (('pii_skerry.jsonl', pii), ('complexity_skerry.jsonl', cx)):
        with open(outdir / name, 'w', encoding='utf-8') as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    C = collections.Counter
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_skerry.jsonl: {len(pii)} requests, {sens} sensitive / {len(pii) - sens} benign; '
          f'endpoints {dict(C(r["endpoint"] for r in pii))}; {len(C(r["lang"] for r in pii))} language tags')
    print('  categories:', dict(sorted(C(r['category'] for r in pii).items())))
    print('  placements:', dict(sorted(C(r['style'].split(' · ')[1] for r in pii).items())))
    print('  entity totals:', dict(sorted(C(e for r in pii for e in r['entities']).items())))
    print(f'complexity_skerry.jsonl: {len(cx)} prompts, {dict(sorted(C(r["category"] for r in cx).items()))}; '
          f'{sum(r["length_adversarial"] for r in cx)} length-adversarial, {sum(r["label"] for r in cx)} labelled 1; '
          f'{len(C(r["lang"] for r in cx))} language tags')


if __name__ == '__main__':
    main()
