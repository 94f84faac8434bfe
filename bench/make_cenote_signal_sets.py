#!/usr/bin/env python3
"""Cenote: an independent evaluation split for the request signals, organised by HOW MUCH of a value is present
and IN WHAT STATE.

Writes bench/data/signals/pii_cenote.jsonl and bench/data/signals/complexity_cenote.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages or history; the record format came from the docstring of the delta generator
    and the first two lines of the delta files. The other generators were not read: their sources are only
    scanned automatically at run time for capitalised / non-ASCII words (and Han/Kana/Hangul character
    bigrams), and every entry of this file's name, surname, street-name, town, company and public-figure pools
    that shares a word (exactly) or such a bigram with them is dropped (order kept; the run aborts
    if a pool runs empty). Generic street-type words (Street, rue, ul., ...) are not pool entries.

Organising principle
    The STATE of each value, i.e. how much of it is present: full values; values corrected mid-message or in a
    later turn ("0612... sorry, 0613..."); values split across turns or fields (area code in one form field,
    number in another; first name now, surname three turns later; an IBAN in two halves; an e-mail address
    dictated as user + domain); values with a typo a human still recovers (letter O for zero, gmial.com, a
    comma for a dot); values partly masked; values redacted or replaced by placeholders; hashed or tokenised
    values; values quoted back by an assistant; values the user retracts ("ignore the number I gave"). Sensitive
    records (category ``<state>``) carry recoverable personal data in that state; benign records
    (``<state>_benign``) carry the same state on nobody's data or on data no longer recoverable: fully masked
    values (last four digits only, j***@..., XXX-XX-1234), complete redactions, blank templates, hashes and
    vault tokens without their table, documentation values (555-01xx, example.com, test cards, IBAN registry
    examples, RFC 5737 addresses), organisations' switchboards and role mailboxes, public figures in their
    public role, historical persons, order and tracking numbers, and retractions where the client already
    deleted the value. 24 locales (Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai, Han, Kana/Kanji,
    Hangul scripts); blobs are placed by rotation in user / system / assistant / tool messages, content parts,
    base64 file parts, tool-call arguments, ``metadata``, and a share use the legacy completions endpoint.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching the
    serialised body (file parts decoded, URLs unquoted) for every value (or every part of a split value, or the
    typo'd surface form) the record issued, and the run aborts if an issued value is missing. A masked value
    counts only where the rest of the record lets a careful reader recover it in full (e.g. the same value
    unmasked in a tool result); "card ending 4821", "j***@gmail.com" or "XXX-XX-1234" alone are not labelled.
    A corrected or retracted value still present in the body is labelled (the request still carries it). A
    value split across fields is labelled when all its parts are present. ``ssn`` is the US SSN only; other
    citizen / social-security numbers are NATIONAL_ID, taxpayer numbers (Steuer-ID, CPF, PAN, INN, codice
    fiscale) TAX_ID, NHS numbers HEALTH_INSURANCE, hospital record numbers MEDICAL_RECORD, a US routing +
    account pair US_BANK_NUMBER, a public IP of a private user IP_ADDRESS.

Contents (seed 20261205)
    The run prints:
    pii_cenote.jsonl: 500 requests (450 chat, 50 completions) in 24 language tags; 290 sensitive / 210 benign
      categories: corrected 29, corrected_benign 21, full 29, full_benign 21, hashed 29, hashed_benign 21, masked 29, masked_benign 21, placeholder 29, placeholder_benign 21, quoted_back 29, quoted_back_benign 21, redacted 29, redacted_benign 21, retracted 29, retracted_benign 21, split 29, split_benign 21, typo 29, typo_benign 21
      entities: DATE_OF_BIRTH 52, HEALTH_INSURANCE 1, IP_ADDRESS 8, MEDICAL_RECORD 1, NATIONAL_ID 22, STREET_ADDRESS 36, TAX_ID 5, US_BANK_NUMBER 1, credit_card 29, email 79, iban 20, person 200, phone 83, ssn 5
    complexity_cenote.jsonl: 190 chat requests in 24 language tags: short_simple 45, long_easy 52, short_hard 52, long_hard 41; 104 length-adversarial, 93 labelled 1
      pool entries dropped by the overlap cut: 1514
    Each of the 10 states has 29 sensitive and 21 benign records, rotated over 24 locales (en-US / en-GB take a larger
    share of the sensitive ones because they carry SSN, NHS, routing/account and hospital numbers). Complexity: short
    prompts in 24 language tags about masking, check digits, hashing, corrections and retractions (easy: lookups,
    conversions, trivial sums; hard: proofs, designs with trade-offs, probability derivations); long easy prompts are
    lists, templates, logs and glossaries to reformat / count / translate (>= 1,500 chars); long hard ones are a buggy
    masker to root-cause, an event log to reconcile, a conflicting requirement set to design for, a masked data set to
    estimate from. No complexity prompt carries personal data.

Pools
    Names, streets and towns are the author's own lists per locale; many surnames and street names are composed from
    locale-true morphemes (roots x suffixes) so that enough entries survive the overlap cut; gendered surname forms
    (ru, pl, cs, el) follow the first name. Articles / prepositions / generic street-type words are not pool words.

Validation
    Every identifier carries valid check digits and is validated with python-stdnum (IBAN, card Luhn, SSN,
    national IDs); every phone number is validated for its region with ``phonenumbers``; every IP is checked
    with ``ipaddress`` to be global and outside the documentation ranges. Typo'd forms are validated through
    the value they are recovered to. Documentation values are checked to be what they claim (555-01xx, test
    cards pass Luhn, registry IBANs pass mod 97, RFC 5737 ranges).

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_cenote_signal_sets.py [--seed 20261205] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import hashlib
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
from stdnum import luhn, verhoeff
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
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn

HERE = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow')
CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')


def other_words():
    """Capitalised / non-ASCII words and CJK character bigrams of the frozen generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            sys.exit(f'missing frozen generator {p.name}')
        txt = p.read_text(encoding='utf-8')
        for w in re.findall(r'\w+', txt):
            if (w[0].isascii() and w[0].isupper()) or not w.isascii():
                words.add(w)
            for a, b in zip(w, w[1:]):
                if CJK.match(a) and CJK.match(b):
                    bigrams.add(a + b)
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()
CUT = collections.Counter()


def clean_ok(entry):
    for w in re.findall(r'\w+', entry):
        if w.isdigit() or w in globals().get('GENERIC', ()):
            continue
        if w in OTHER_WORDS:
            return False
        for a, b in zip(w, w[1:]):
            if a + b in OTHER_BIGRAMS:
                return False
    return True


def pool(name, items, key=lambda e: e if isinstance(e, str) else ' '.join(x for x in e if isinstance(x, str))):
    kept = [e for e in items if clean_ok(key(e))]
    CUT[name] += len(items) - len(kept)
    if not kept:
        sys.exit(f'pool {name} ran empty after the overlap cut')
    return kept


# ----------------------------------------------------------------------------------------------------------
# locales
# ----------------------------------------------------------------------------------------------------------
FOLD = str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'Ae', 'ß': 'ss', 'ı': 'i', 'đ': 'd'})


def fold(s):
    s = s.translate(FOLD)
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


LOCALES = {}


def locale(tag, **kw):
    LOCALES[tag] = kw


# phrases: upd (update my details), name, phone, email, addr, dob, sorry (correction), ignore (retract a
# number), surname (my surname is), later (I'll send it later), iban (bank account label)
locale('en-US', region='US', order='w',
       first=['Kayleigh', 'Dashiell', 'Marisol', 'Tremaine', 'Brynlee', 'Everett', 'Shauna', 'Cormac', 'Delphine',
              'Jaxon', 'Rosalind', 'Thaddeus'],
       last=['Vanderpool', 'Okafor', 'Hargrove', 'Castellanos', 'Pruitt', 'Lindqvist', 'Whitacre', 'Boudreaux',
             'Kowalczyk', 'Ashby', 'Mercado', 'Tillman'],
       streets=[('Larkspur', 'Lane', 'Bozeman, MT', '59715'), ('Sycamore Bend', 'Drive', 'Eugene, OR', '97405'),
                ('Quail Run', 'Road', 'Lubbock, TX', '79424'), ('Tamarack', 'Court', 'Duluth, MN', '55803'),
                ('Pennywhistle', 'Way', 'Asheville, NC', '28806')],
       addr=lambda s, t, n, c, pc: f'{n} {s} {t}, {c} {pc}', mail=['gmail.com', 'yahoo.com', 'icloud.com'],
       date='us', iban=None, card=True,
       ph=dict(upd='Please update my contact details', name='Name', phone='Phone', email='Email',
               addr='Address', dob='DOB', sorry='sorry, I meant', ignore='ignore the number I gave you, don\'t use it',
               surname='my last name is', later='I\'ll send the number later', iban='Account'))
locale('en-GB', region='GB', order='w',
       first=['Imogen', 'Rhys', 'Ffion', 'Callum', 'Tamsin', 'Alasdair', 'Niamh', 'Oisin', 'Bethan', 'Lachlan'],
       last=['Pemberton', 'Ainsworth', 'Llewellyn', 'Fairbairn', 'Cartwright', 'Rowntree', 'MacAskill',
             'Thistlethwaite', 'Brearley', 'Ogunleye'],
       streets=[('Foxglove', 'Close', 'Harrogate', 'HG2 8PW'), ('Mill Race', 'Lane', 'Kendal', 'LA9 6DT'),
                ('Cobbler', 'Row', 'Stroud', 'GL5 3RS'), ('Heathfield', 'Crescent', 'Ipswich', 'IP4 5NZ'),
                ('Tannery', 'Walk', 'Dumfries', 'DG1 2JQ')],
       addr=lambda s, t, n, c, pc: f'{n} {s} {t}, {c} {pc}', mail=['btinternet.com', 'outlook.com', 'gmail.com'],
       date='gb', iban='GB', card=True,
       ph=dict(upd='Could you update my details please', name='Name', phone='Mobile', email='Email',
               addr='Address', dob='Date of birth', sorry='sorry, it\'s', ignore='ignore the number I sent, wrong one',
               surname='surname is', later='I\'ll ring with the number later', iban='Bank'))
locale('de-DE', region='DE', order='w',
       first=['Wiebke', 'Malte', 'Friederike', 'Jannik', 'Hannelore', 'Torben', 'Gesa', 'Lasse', 'Ilka', 'Henrik'],
       last=['Brinkmöller', 'Ostendorf', 'Quandt', 'Riedesel', 'Tiedemann', 'Wöhrmann', 'Haselhorst', 'Kühnapfel',
             'Dettmer', 'Sönnichsen'],
       streets=[('Am Lindenhügel', '', 'Lüneburg', '21337'), ('Ginsterweg', '', 'Celle', '29223'),
                ('Heckenrosenstraße', '', 'Bamberg', '96052'), ('Am Mühlenteich', '', 'Paderborn', '33098'),
                ('Wacholderpfad', '', 'Husum', '25813')],
       addr=lambda s, t, n, c, pc: f'{s} {n}, {pc} {c}', mail=['web.de', 'gmx.de', 'posteo.de', 't-online.de'],
       date='de', iban='DE', card=True,
       ph=dict(upd='Bitte aktualisieren Sie meine Kontaktdaten', name='Name', phone='Telefon', email='E-Mail',
               addr='Anschrift', dob='geb.', sorry='sorry, ich meinte', ignore='vergiss die Nummer, die ich dir gegeben habe',
               surname='mein Nachname ist', later='die Nummer schicke ich später', iban='Konto'))
locale('fr-FR', region='FR', order='w',
       first=['Solène', 'Gaëtan', 'Maëlys', 'Anatole', 'Clémence', 'Baptiste', 'Ombeline', 'Yannick', 'Capucine'],
       last=['Lefebvre-Morin', 'Quéméneur', 'Dauphinot', 'Rabaté', 'Vasseur', 'Guillemot', 'Perrichon', 'Brochard',
             'Kerouédan'],
       streets=[('des Glycines', 'rue', 'Angers', '49100'), ('du Vieux Puits', 'impasse', 'Quimper', '29000'),
                ('des Tilleuls', 'allée', 'Besançon', '25000'), ('de la Tannerie', 'chemin', 'Périgueux', '24000'),
                ('Saint-Fiacre', 'rue', 'Chambéry', '73000')],
       addr=lambda s, t, n, c, pc: f'{n} {t} {s}, {pc} {c}', mail=['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
       date='fr', iban='FR', card=True,
       ph=dict(upd='Merci de mettre à jour mes coordonnées', name='Nom', phone='Tél.', email='E-mail',
               addr='Adresse', dob='né(e) le', sorry='pardon, je voulais dire', ignore='oubliez le numéro que je vous ai donné',
               surname='mon nom de famille c\'est', later='je vous envoie le numéro plus tard', iban='IBAN'))
locale('es-ES', region='ES', order='w',
       first=['Itziar', 'Íñigo', 'Remedios', 'Gonzalo', 'Ainhoa', 'Borja', 'Macarena', 'Sebastián', 'Nerea'],
       last=['Etxeberria', 'Villalobos', 'Carrasco Peña', 'Urquijo', 'Benavente', 'Quintanilla', 'Arrieta', 'Sanchís',
             'Olmedo'],
       streets=[('de los Almendros', 'Calle', 'Logroño', '26004'), ('del Carmen Alto', 'Calle', 'Cáceres', '10003'),
                ('de la Alfarería', 'Travesía', 'Teruel', '44002'), ('de Ronda Sur', 'Avenida', 'Lleida', '25005')],
       addr=lambda s, t, n, c, pc: f'{t} {s} {n}, {pc} {c}', mail=['gmail.com', 'hotmail.es', 'telefonica.net'],
       date='es', iban='ES', card=True, ph=dict(upd='Por favor, actualicen mis datos', name='Nombre', phone='Teléfono',
       email='Correo', addr='Dirección', dob='fecha de nacimiento', sorry='perdón, quería decir',
       ignore='olvida el número que te di', surname='mi apellido es', later='el número te lo paso luego', iban='Cuenta'))
locale('it-IT', region='IT', order='w',
       first=['Ludovica', 'Gianmarco', 'Benedetta', 'Ettore', 'Ginevra', 'Tommaso', 'Ilaria', 'Corrado', 'Noemi'],
       last=['Castagnoli', 'Zanardelli', 'Pellegrini', 'Scognamiglio', 'Bortolotti', 'Fumagalli', 'Iacovelli',
             'Manganaro', 'Vitiello'],
       streets=[('dei Gelsomini', 'Via', 'Cremona', '26100'), ('delle Fornaci', 'Vicolo', 'Arezzo', '52100'),
                ('San Rocco', 'Piazzetta', 'Matera', '75100'), ('dei Mulini', 'Via', 'Rovigo', '45100')],
       addr=lambda s, t, n, c, pc: f'{t} {s} {n}, {pc} {c}', mail=['libero.it', 'virgilio.it', 'gmail.com'],
       date='it', iban='IT', card=True, ph=dict(upd='Vi prego di aggiornare i miei dati', name='Nome', phone='Cell.',
       email='Email', addr='Indirizzo', dob='nata il', sorry='scusa, intendevo', ignore='ignora il numero che ti ho dato',
       surname='il cognome è', later='il numero te lo mando dopo', iban='IBAN'))
locale('nl-NL', region='NL', order='w',
       first=['Femke', 'Joost', 'Marieke', 'Sjoerd', 'Lieke', 'Wouter', 'Anouk', 'Thijs', 'Fenna'],
       last=['van Heerebeek', 'Brouwershaven', 'Tjeenk', 'de Vlieger', 'Hoogendijk', 'Zwanenburg', 'Keijzer',
             'van der Molen', 'Rijpkema'],
       streets=[('Klaproosstraat', '', 'Zwolle', '8021 KP'), ('Hoefsmidpad', '', 'Assen', '9402 TG'),
                ('Lijnbaansgracht Oost', '', 'Deventer', '7411 HE'), ('Wilgenhof', '', 'Leeuwarden', '8917 CB')],
       addr=lambda s, t, n, c, pc: f'{s} {n}, {pc} {c}', mail=['ziggo.nl', 'kpnmail.nl', 'gmail.com'],
       date='nl', iban='NL', card=True, ph=dict(upd='Graag mijn gegevens bijwerken', name='Naam', phone='Tel.',
       email='E-mail', addr='Adres', dob='geb.', sorry='sorry, ik bedoel', ignore='negeer het nummer dat ik gaf',
       surname='mijn achternaam is', later='het nummer stuur ik later', iban='Rekening'))
locale('pl-PL', region='PL', order='w',
       first=['Małgorzata', 'Przemysław', 'Agnieszka', 'Bartłomiej', 'Zuzanna', 'Wojciech', 'Jadwiga', 'Radosław'],
       last=['Wiśniewska', 'Brzęczyszczyk', 'Szczepańska', 'Kołodziej', 'Grabowski', 'Wróblewska', 'Zawadzki',
             'Pietrzak'],
       streets=[('Jaśminowa', 'ul.', 'Toruń', '87-100'), ('Kasztanowa', 'ul.', 'Rzeszów', '35-310'),
                ('Łąkowa', 'ul.', 'Olsztyn', '10-437'), ('Cicha', 'ul.', 'Gniezno', '62-200')],
       addr=lambda s, t, n, c, pc: f'{t} {s} {n}, {pc} {c}', mail=['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'],
       date='pl', iban='PL', card=True, ph=dict(upd='Proszę o aktualizację moich danych', name='Imię i nazwisko',
       phone='Tel.', email='E-mail', addr='Adres', dob='ur.', sorry='sorry, chodziło mi o', ignore='zignoruj numer, który podałam',
       surname='nazwisko to', later='numer podeślę później', iban='Nr konta'))
locale('pt-BR', region='BR', order='w',
       first=['Thaís', 'Caíque', 'Jussara', 'Wellington', 'Luana', 'Railson', 'Graziela', 'Otávio'],
       last=['Nascimento Rocha', 'Albuquerque', 'Figueiredo', 'Sampaio', 'Bezerra', 'Magalhães', 'Cavalcanti',
             'Damasceno'],
       streets=[('das Acácias', 'Rua', 'Londrina - PR', '86010-190'), ('Coronel Taumaturgo', 'Rua', 'Natal - RN', '59012-360'),
                ('dos Ipês', 'Travessa', 'Uberlândia - MG', '38400-128'), ('Beira Rio', 'Avenida', 'Itajaí - SC', '88301-200')],
       addr=lambda s, t, n, c, pc: f'{t} {s}, {n}, {c}, CEP {pc}', mail=['gmail.com', 'hotmail.com', 'uol.com.br'],
       date='br', iban='BR', card=True, ph=dict(upd='Por favor atualizem meu cadastro', name='Nome', phone='Celular',
       email='E-mail', addr='Endereço', dob='nascida em', sorry='desculpa, quis dizer', ignore='ignora o número que eu passei',
       surname='meu sobrenome é', later='te mando o número depois', iban='Conta'))
locale('sv-SE', region='SE', order='w',
       first=['Linnéa', 'Viggo', 'Ebba', 'Hjalmar', 'Saga', 'Ture', 'Sigrid', 'Måns'],
       last=['Lindgård', 'Bergqvist', 'Åkesson', 'Sjöberg', 'Hellström', 'Nordenfalk', 'Wahlund', 'Ekdahl'],
       streets=[('Smultronstigen', '', 'Västerås', '722 14'), ('Tallbacksvägen', '', 'Umeå', '903 38'),
                ('Kvarngatan', '', 'Växjö', '352 31'), ('Fiskargränd', '', 'Visby', '621 55')],
       addr=lambda s, t, n, c, pc: f'{s} {n}, {pc} {c}', mail=['telia.com', 'gmail.com', 'hotmail.se'],
       date='iso', iban='SE', card=True, ph=dict(upd='Uppdatera gärna mina uppgifter', name='Namn', phone='Mobil',
       email='E-post', addr='Adress', dob='född', sorry='förlåt, jag menade', ignore='strunta i numret jag gav',
       surname='efternamnet är', later='numret skickar jag sen', iban='Konto'))
locale('fi-FI', region='FI', order='w',
       first=['Aino', 'Eetu', 'Venla', 'Onni', 'Kerttu', 'Lauri', 'Iida', 'Paavo'],
       last=['Hämäläinen', 'Kivelä', 'Ruokonen', 'Taipale', 'Närhi', 'Yli-Kaitala', 'Pelkonen', 'Soininen'],
       streets=[('Kanervatie', '', 'Kuopio', '70820'), ('Pajukuja', '', 'Joensuu', '80160'),
                ('Myllärintie', '', 'Lahti', '15300'), ('Ruiskukkapolku', '', 'Vaasa', '65320')],
       addr=lambda s, t, n, c, pc: f'{s} {n}, {pc} {c}', mail=['gmail.com', 'kolumbus.fi', 'hotmail.fi'],
       date='fi', iban='FI', card=True, ph=dict(upd='Päivittäkää yhteystietoni', name='Nimi', phone='Puh.',
       email='Sähköposti', addr='Osoite', dob='synt.', sorry='anteeksi, tarkoitin', ignore='unohda antamani numero',
       surname='sukunimi on', later='lähetän numeron myöhemmin', iban='Tili'))
locale('cs-CZ', region='CZ', order='w',
       first=['Bohumila', 'Vojtěch', 'Radka', 'Ctibor', 'Markéta', 'Dalibor', 'Zdeňka', 'Kryštof'],
       last=['Dvořáková', 'Kratochvíl', 'Šťastná', 'Holub', 'Procházková', 'Vondráček', 'Říhová', 'Bartoš'],
       streets=[('Třešňová', '', 'Olomouc', '779 00'), ('U Mlýnku', '', 'Tábor', '390 02'),
                ('Lipová alej', '', 'Jihlava', '586 01'), ('Na Výsluní', '', 'Kolín', '280 02')],
       addr=lambda s, t, n, c, pc: f'{s} {n}, {pc} {c}', mail=['seznam.cz', 'email.cz', 'centrum.cz'],
       date='cz', iban='CZ', card=True, ph=dict(upd='Prosím o aktualizaci mých údajů', name='Jméno', phone='Tel.',
       email='E-mail', addr='Adresa', dob='nar.', sorry='pardon, myslela jsem', ignore='to číslo, co jsem poslala, ignorujte',
       surname='příjmení je', later='číslo pošlu později', iban='Účet'))
locale('tr-TR', region='TR', order='w',
       first=['Elif', 'Barış', 'Zeynep', 'Oğuzhan', 'Şebnem', 'Tunç', 'Gülsüm', 'Kerem'],
       last=['Karaosmanoğlu', 'Yıldırım', 'Çelikkol', 'Bozkurt', 'Öztürkmen', 'Sarıgül', 'Akbulut', 'Demirtaşlı'],
       streets=[('Menekşe Sokak', 'No:', 'Kadıköy/İstanbul', '34718'), ('Çınaraltı Caddesi', 'No:', 'Nilüfer/Bursa', '16110'),
                ('Lale Sokak', 'No:', 'Çankaya/Ankara', '06690'), ('Zeytinlik Sokak', 'No:', 'Bornova/İzmir', '35040')],
       addr=lambda s, t, n, c, pc: f'{s} {t} No:{n} D:{n % 9 + 1}, {pc} {c}', mail=['gmail.com', 'hotmail.com', 'yandex.com.tr'],
       date='tr', iban='TR', card=True, ph=dict(upd='Lütfen iletişim bilgilerimi güncelleyin', name='Ad Soyad',
       phone='Tel', email='E-posta', addr='Adres', dob='doğum tarihi', sorry='pardon, şunu demek istedim',
       ignore='verdiğim numarayı dikkate almayın', surname='soyadım', later='numarayı sonra atarım', iban='IBAN'))
locale('ru-RU', region='RU', order='w',
       first=[('Ярослава', 'yaroslava'), ('Всеволод', 'vsevolod'), ('Милена', 'milena'), ('Тимофей', 'timofey'),
              ('Злата', 'zlata'), ('Глеб', 'gleb'), ('Василиса', 'vasilisa'), ('Демид', 'demid')],
       last=[('Верещагина', 'vereshchagina'), ('Колокольцев', 'kolokoltsev'), ('Шубина', 'shubina'),
             ('Завьялов', 'zavyalov'), ('Прохорова', 'prokhorova'), ('Лыткин', 'lytkin'), ('Селезнёва', 'selezneva')],
       streets=[('Черёмуховая', 'ул.', 'Вологда', '160019'), ('Сиреневый', 'б-р', 'Тверь', '170043'),
                ('Рябиновая', 'ул.', 'Калуга', '248016'), ('Береговая', 'ул.', 'Кострома', '156005')],
       addr=lambda s, t, n, c, pc: f'{pc}, г. {c}, {t} {s}, д. {n}, кв. {n * 3 % 97 + 1}', mail=['mail.ru', 'yandex.ru', 'bk.ru'],
       date='ru', iban=None, card=True, ph=dict(upd='Пожалуйста, обновите мои данные', name='ФИО', phone='Тел.',
       email='Почта', addr='Адрес', dob='дата рождения', sorry='ой, то есть', ignore='не используйте номер, который я дал',
       surname='фамилия', later='номер пришлю позже', iban='Счёт'))
locale('el-GR', region='GR', order='w',
       first=[('Δέσποινα', 'despoina'), ('Στυλιανός', 'stylianos'), ('Αγλαΐα', 'aglaia'), ('Παναγιώτης', 'panagiotis'),
              ('Ευανθία', 'evanthia'), ('Χαράλαμπος', 'charalampos')],
       last=[('Καραμανλή', 'karamanli'), ('Τσιρογιάννης', 'tsirogiannis'), ('Μαυρομμάτη', 'mavrommati'),
             ('Ζαφειρίου', 'zafeiriou'), ('Λαμπράκης', 'lamprakis'), ('Ντόκου', 'ntokou')],
       streets=[('Γαρδενίας', 'οδός', 'Λάρισα', '412 22'), ('Κανάρη', 'οδός', 'Βόλος', '383 33'),
                ('Αμαλίας', 'οδός', 'Ιωάννινα', '453 32'), ('Πλατάνων', 'οδός', 'Χανιά', '731 34')],
       addr=lambda s, t, n, c, pc: f'{s} {n}, {pc} {c}', mail=['gmail.com', 'yahoo.gr', 'otenet.gr'],
       date='gr', iban='GR', card=True, ph=dict(upd='Παρακαλώ ενημερώστε τα στοιχεία μου', name='Όνομα', phone='Κιν.',
       email='Email', addr='Διεύθυνση', dob='ημ. γέννησης', sorry='συγγνώμη, εννοούσα', ignore='αγνοήστε τον αριθμό που έδωσα',
       surname='το επώνυμο είναι', later='τον αριθμό θα τον στείλω μετά', iban='IBAN'))
locale('he-IL', region='IL', order='w',
       first=[('נגה', 'noga'), ('איתמר', 'itamar'), ('שירה', 'shira'), ('עידו', 'ido'), ('הדס', 'hadas'), ('אלעד', 'elad')],
       last=[('בן-חמו', 'benhamo'), ('רוזנבליט', 'rozenblit'), ('אזולאי', 'azoulay'), ('גולדפרב', 'goldfarb'),
             ('שטרנברג', 'shternberg'), ('מזרחי-טל', 'mizrahital')],
       streets=[('הרימון', 'רחוב', 'רחובות', '7630512'), ('השקד', 'רחוב', 'כפר סבא', '4424218'),
                ('האלון', 'רחוב', 'נהריה', '2240633'), ('הגפן', 'רחוב', 'אשקלון', '7841217')],
       addr=lambda s, t, n, c, pc: f'{t} {s} {n}, {c} {pc}', mail=['gmail.com', 'walla.co.il', 'bezeqint.net'],
       date='il', iban='IL', card=True, ph=dict(upd='נא לעדכן את הפרטים שלי', name='שם', phone='טלפון', email='מייל',
       addr='כתובת', dob='תאריך לידה', sorry='סליחה, התכוונתי', ignore='תתעלמו מהמספר שנתתי', surname='שם המשפחה',
       later='אשלח את המספר אחר כך', iban='חשבון'))
locale('ar-EG', region='EG', order='w',
       first=[('ياسمين', 'yasmine'), ('مروان', 'marwan'), ('نرمين', 'nermine'), ('شريف', 'sherif'), ('هالة', 'hala'),
              ('طارق', 'tarek')],
       last=[('الشناوي', 'elshenawy'), ('عبد الحميد', 'abdelhamid'), ('الدمرداش', 'eldemerdash'), ('فوزي', 'fawzy'),
             ('المنياوي', 'elminyawy'), ('الجندي', 'elgendy')],
       streets=[('شارع الياسمين', '', 'المعادي، القاهرة', '11728'), ('شارع النخيل', '', 'سموحة، الإسكندرية', '21648'),
                ('شارع الزهور', '', 'المنصورة', '35511')],
       addr=lambda s, t, n, c, pc: f'{n} {t} {s}، {c} {pc}', mail=['gmail.com', 'yahoo.com', 'hotmail.com'],
       date='iso', iban=None, card=True, ph=dict(upd='من فضلك حدّث بياناتي', name='الاسم', phone='موبايل',
       email='الإيميل', addr='العنوان', dob='تاريخ الميلاد', sorry='آسف، أقصد', ignore='تجاهل الرقم اللي بعته',
       surname='اسم العيلة', later='هبعت الرقم بعدين', iban='الحساب'))
locale('hi-IN', region='IN', order='w',
       first=[('अनुष्का', 'anushka'), ('विहान', 'vihaan'), ('तनुजा', 'tanuja'), ('प्रणव', 'pranav'), ('मेघना', 'meghna'),
              ('ऋत्विक', 'ritvik')],
       last=[('भटनागर', 'bhatnagar'), ('कुलकर्णी', 'kulkarni'), ('श्रीवास्तव', 'srivastava'), ('चतुर्वेदी', 'chaturvedi'),
             ('गोखले', 'gokhale'), ('सक्सेना', 'saxena')],
       streets=[('गुलमोहर मार्ग', 'मकान नं.', 'भोपाल, मध्य प्रदेश', '462016'), ('नेहरू कॉलोनी', 'मकान नं.', 'देहरादून, उत्तराखंड', '248001'),
                ('शिवाजी नगर', 'फ्लैट', 'नागपुर, महाराष्ट्र', '440010')],
       addr=lambda s, t, n, c, pc: f'H.No. {n}, {s}, {c} {pc}', mail=['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
       date='in', iban=None, card=True, ph=dict(upd='कृपया मेरा विवरण अपडेट करें', name='नाम', phone='मोबाइल',
       email='ईमेल', addr='पता', dob='जन्म तिथि', sorry='सॉरी, मेरा मतलब', ignore='जो नंबर दिया था उसे इग्नोर करें',
       surname='सरनेम है', later='नंबर बाद में भेजूँगा', iban='खाता'))
locale('ja-JP', region='JP', order='e',
       first=[('晴香', 'haruka'), ('颯太', 'sota'), ('美咲', 'misaki'), ('蒼', 'aoi'), ('千尋', 'chihiro'), ('湊', 'minato'),
              ('結衣', 'yui'), ('陽翔', 'haruto'), ('琴音', 'kotone'), ('樹', 'itsuki')],
       last=[('高梨', 'takanashi'), ('五十嵐', 'igarashi'), ('久保田', 'kubota'), ('真鍋', 'manabe'), ('早乙女', 'saotome'),
             ('東雲', 'shinonome'), ('榊原', 'sakakibara'), ('宇佐美', 'usami'), ('桐生', 'kiryu'), ('朝比奈', 'asahina')],
       streets=[('北区紫竹上堀川町', '', '京都府京都市', '603-8136'), ('中央区大手門', '', '福岡県福岡市', '810-0074'),
                ('青葉区上杉', '', '宮城県仙台市', '980-0011'), ('西区楠木町', '', '広島県広島市', '733-0002')],
       addr=lambda s, t, n, c, pc: f'〒{pc} {c}{s}{n % 5 + 1}-{n % 17 + 1}-{n}', mail=['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com'],
       date='ja', iban=None, card=True, ph=dict(upd='登録情報の更新をお願いします', name='氏名', phone='電話', email='メール',
       addr='住所', dob='生年月日', sorry='すみません、正しくは', ignore='さっき送った番号は無視してください', surname='苗字は',
       later='番号は後で送ります', iban='口座'))
locale('ko-KR', region='KR', order='e',
       first=[('서윤', 'seoyun'), ('도현', 'dohyun'), ('하은', 'haeun'), ('시우', 'siwoo'), ('예린', 'yerin'), ('준서', 'junseo'),
              ('채원', 'chaewon'), ('건우', 'geonwoo'), ('다인', 'dain'), ('윤호', 'yunho')],
       last=[('남궁', 'namgung'), ('황보', 'hwangbo'), ('제갈', 'jegal'), ('선우', 'sunwoo'), ('탁', 'tak'), ('편', 'pyeon'),
             ('여', 'yeo'), ('변', 'byun'), ('모', 'mo'), ('봉', 'bong')],
       streets=[('수영구 광안해변로', '', '부산광역시', '48303'), ('덕진구 기린대로', '', '전북특별자치도 전주시', '54896'),
                ('유성구 대학로', '', '대전광역시', '34134'), ('수지구 풍덕천로', '', '경기도 용인시', '16837')],
       addr=lambda s, t, n, c, pc: f'({pc}) {c} {s} {n}, {n % 9 + 1}0{n % 7 + 1}호', mail=['naver.com', 'daum.net', 'gmail.com'],
       date='ko', iban=None, card=True, ph=dict(upd='회원 정보 수정 부탁드립니다', name='이름', phone='연락처', email='이메일',
       addr='주소', dob='생년월일', sorry='죄송해요, 정정하면', ignore='아까 보낸 번호는 무시해 주세요', surname='성은',
       later='번호는 나중에 보낼게요', iban='계좌'))
locale('zh-CN', region='CN', order='e',
       first=[('梓萱', 'zixuan'), ('浩宇', 'haoyu'), ('雨桐', 'yutong'), ('俊熙', 'junxi'), ('语嫣', 'yuyan'), ('煜祺', 'yuqi'),
              ('芷若', 'zhiruo'), ('皓轩', 'haoxuan'), ('沐辰', 'muchen'), ('婉清', 'wanqing')],
       last=[('欧阳', 'ouyang'), ('司马', 'sima'), ('诸葛', 'zhuge'), ('慕容', 'murong'), ('上官', 'shangguan'), ('闻人', 'wenren'),
             ('东方', 'dongfang'), ('尉迟', 'yuchi'), ('令狐', 'linghu'), ('皇甫', 'huangfu')],
       streets=[('江干区丁桥路', '', '浙江省杭州市', '310021'), ('武侯区玉林北路', '', '四川省成都市', '610041'),
                ('鼓楼区湖滨路', '', '福建省厦门市', '361003'), ('雁塔区科技路', '', '陕西省西安市', '710075')],
       addr=lambda s, t, n, c, pc: f'{c}{s}{n}号{n % 12 + 1}栋{n % 6 + 1}0{n % 4 + 1}室 邮编{pc}', mail=['qq.com', '163.com', '126.com'],
       date='zh', iban=None, card=True, ph=dict(upd='请帮我更新联系方式', name='姓名', phone='手机', email='邮箱', addr='地址',
       dob='出生日期', sorry='不好意思，应该是', ignore='刚才发的号码请忽略', surname='我姓', later='号码稍后发你', iban='账户'))
locale('th-TH', region='TH', order='w',
       first=[('กมลชนก', 'kamonchanok'), ('ธนกฤต', 'thanakrit'), ('พิมพ์ชนก', 'pimchanok'), ('ณัฐวุฒิ', 'nattawut'),
              ('ศิริประภา', 'siriprapha'), ('ภูริภัทร', 'puripat')],
       last=[('วงศ์สุวรรณ', 'wongsuwan'), ('ศรีสมบูรณ์', 'srisomboon'), ('ทองประเสริฐ', 'thongprasert'),
             ('บุญยืน', 'boonyuen'), ('แก้วมณี', 'kaewmanee'), ('รัตนพันธ์', 'rattanaphan')],
       streets=[('ซอยลาดพร้าว 71', 'บ้านเลขที่', 'แขวงสะพานสอง เขตวังทองหลาง กรุงเทพฯ', '10310'),
                ('ถนนนิมมานเหมินท์', 'บ้านเลขที่', 'ตำบลสุเทพ อำเภอเมือง เชียงใหม่', '50200'),
                ('ถนนมิตรภาพ', 'บ้านเลขที่', 'ตำบลในเมือง อำเภอเมือง ขอนแก่น', '40000')],
       addr=lambda s, t, n, c, pc: f'บ้านเลขที่ {n}/{n % 30 + 1} {t}{s} {c} {pc}', mail=['gmail.com', 'hotmail.com', 'yahoo.co.th'],
       date='th', iban=None, card=True, ph=dict(upd='รบกวนอัปเดตข้อมูลติดต่อให้หน่อยค่ะ', name='ชื่อ', phone='โทร',
       email='อีเมล', addr='ที่อยู่', dob='วันเกิด', sorry='ขอโทษค่ะ ที่ถูกคือ', ignore='เบอร์ที่ให้ไปเมื่อกี้ไม่ต้องใช้นะคะ',
       surname='นามสกุล', later='เดี๋ยวส่งเบอร์ให้ทีหลัง', iban='บัญชี'))
locale('da-DK', region='DK', order='w',
       first=['Freja', 'Asger', 'Sofie', 'Troels', 'Ida', 'Mikkel', 'Signe', 'Esben'],
       last=['Bøgelund', 'Kjærsgaard', 'Thygesen', 'Vestergaard', 'Haugbølle', 'Rasmussen-Due', 'Skovgaard', 'Lauritsen'],
       streets=[('Hybenvej', '', 'Silkeborg', '8600'), ('Kirsebærhaven', '', 'Svendborg', '5700'),
                ('Møllestien', '', 'Viborg', '8800'), ('Æblehaven', '', 'Roskilde', '4000')],
       addr=lambda s, t, n, c, pc: f'{s} {n}, {pc} {c}', mail=['gmail.com', 'hotmail.dk', 'mail.dk'],
       date='dk', iban='DK', card=True, ph=dict(upd='Vil I opdatere mine oplysninger', name='Navn', phone='Tlf.',
       email='E-mail', addr='Adresse', dob='født', sorry='undskyld, jeg mente', ignore='se bort fra nummeret jeg gav',
       surname='efternavnet er', later='nummeret sender jeg senere', iban='Konto'))
locale('es-CL', region='CL', order='w',
       first=['Javiera', 'Benjamín', 'Constanza', 'Matías', 'Antonella', 'Vicente', 'Catalina', 'Agustín'],
       last=['Valdivieso', 'Henríquez', 'Araya Soto', 'Cifuentes', 'Sepúlveda', 'Larraín', 'Mardones', 'Gajardo'],
       streets=[('Los Aromos', 'Pasaje', 'Temuco', '4780000'), ('Los Copihues', 'Calle', 'Valdivia', '5090000'),
                ('Manuel Montt', 'Avenida', 'Talca', '3460000')],
       addr=lambda s, t, n, c, pc: f'{t} {s} {n}, {c}', mail=['gmail.com', 'hotmail.cl', 'vtr.net'],
       date='es', iban=None, card=True, ph=dict(upd='Porfa actualicen mis datos', name='Nombre', phone='Fono',
       email='Correo', addr='Dirección', dob='fecha de nacimiento', sorry='perdón, era', ignore='no consideres el número que te mandé',
       surname='mi apellido es', later='el número te lo mando después', iban='Cuenta'))

MOBILE_PREFIX = {
    'US': None, 'GB': ['74', '75', '78', '79'], 'DE': ['151', '160', '170', '176'], 'FR': ['6', '7'], 'ES': ['6'],
    'IT': ['32', '33', '34', '39'], 'NL': ['6'], 'PL': ['50', '51', '53', '60', '69', '72', '88'], 'BR': ['119', '219', '419', '849'],
    'SE': ['70', '72', '73', '76'], 'FI': ['40', '44', '50'], 'CZ': ['60', '72', '73', '77'], 'TR': ['53', '54', '55'],
    'RU': ['91', '92', '96', '98'], 'GR': ['69'], 'IL': ['50', '52', '54'], 'EG': ['10', '11', '12'],
    'IN': ['98', '97', '81', '70'], 'JP': ['90', '80', '70'], 'KR': ['10'], 'CN': ['13', '15', '18'], 'TH': ['8', '9', '6'],
    'DK': ['2', '4', '5'], 'CL': ['9'],
}
US_AREA = ['406', '541', '806', '218', '828', '303', '512', '616', '919', '402']


def region_len(region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    return len(str(ex.national_number))


def gen_phone(rng, region, intl=None):
    for _ in range(2000):
        if region == 'US':
            nsn = rng.choice(US_AREA) + str(rng.randint(2, 9)) + f'{rng.randint(0, 99):02d}' + f'{rng.randint(0, 9999):04d}'
            if nsn[3:6] == '555':
                continue
        else:
            pre = rng.choice(MOBILE_PREFIX[region])
            n = region_len(region) - len(pre)
            nsn = pre + ''.join(str(rng.randint(0, 9)) for _ in range(n))
            if region == 'GB' and nsn.startswith('7700900'):
                continue
        num = phonenumbers.parse(nsn, region) if region != 'US' else phonenumbers.parse('+1' + nsn, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if (intl if intl is not None else rng.random() < 0.4) \
                else phonenumbers.PhoneNumberFormat.NATIONAL
            return phonenumbers.format_number(num, fmt)
    sys.exit(f'could not make a phone for {region}')


def gen_landline(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    s = phonenumbers.national_significant_number(ex)
    for _ in range(3000):
        k = 3 if len(s) > 8 else 2
        nsn = s[:k] + ''.join(str(rng.randint(0, 9)) for _ in range(len(s) - k))
        num = phonenumbers.parse(nsn, region) if region != 'US' else phonenumbers.parse('+1' + nsn, None)
        if region == 'US' and nsn[3:6] == '555':
            continue
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    sys.exit(f'no landline {region}')


def digits(rng, n):
    return ''.join(str(rng.randint(0, 9)) for _ in range(n))


def brute(rng, make, valid, what):
    for _ in range(20000):
        v = make()
        try:
            if valid(v):
                return v
        except Exception:
            pass
    sys.exit(f'could not generate {what}')


def gen_dob(rng):
    return dt.date(rng.randint(1946, 2004), rng.randint(1, 12), rng.randint(1, 28))


def fmt_date(style, d):
    return {
        'us': f'{d.month:02d}/{d.day:02d}/{d.year}', 'gb': f'{d.day:02d}/{d.month:02d}/{d.year}',
        'de': f'{d.day:02d}.{d.month:02d}.{d.year}', 'fr': f'{d.day:02d}/{d.month:02d}/{d.year}',
        'es': f'{d.day:02d}/{d.month:02d}/{d.year}', 'it': f'{d.day:02d}/{d.month:02d}/{d.year}',
        'nl': f'{d.day:02d}-{d.month:02d}-{d.year}', 'pl': f'{d.day:02d}.{d.month:02d}.{d.year}',
        'br': f'{d.day:02d}/{d.month:02d}/{d.year}', 'iso': d.isoformat(), 'fi': f'{d.day}.{d.month}.{d.year}',
        'cz': f'{d.day}. {d.month}. {d.year}', 'tr': f'{d.day:02d}.{d.month:02d}.{d.year}',
        'ru': f'{d.day:02d}.{d.month:02d}.{d.year}', 'gr': f'{d.day}/{d.month}/{d.year}', 'il': f'{d.day}.{d.month}.{d.year}',
        'in': f'{d.day:02d}-{d.month:02d}-{d.year}', 'ja': f'{d.year}年{d.month}月{d.day}日',
        'ko': f'{d.year}년 {d.month}월 {d.day}일', 'zh': f'{d.year}年{d.month}月{d.day}日',
        'th': f'{d.day}/{d.month}/{d.year + 543}', 'dk': f'{d.day}.{d.month}.{d.year}',
    }[style]


def gen_ssn(rng):
    def mk():
        a = rng.randint(1, 899)
        return f'{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}'
    return brute(rng, mk, lambda v: ssn.is_valid(v) and not v.startswith('666') and not v.startswith('078-05'), 'ssn')


def gen_id(rng, tag, dob):
    """(entity type, value, local label) of a citizen / tax / health number."""
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    if tag == 'en-US':
        return 'ssn', gen_ssn(rng), 'SSN'
    if tag == 'en-GB':
        v = brute(rng, lambda: digits(rng, 10), nhs.is_valid, 'nhs')
        return 'HEALTH_INSURANCE', f'{v[:3]} {v[3:6]} {v[6:]}', 'NHS no.'
    if tag == 'de-DE':
        v = brute(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 10), idnr.is_valid, 'idnr')
        return 'TAX_ID', f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}', 'Steuer-ID'
    if tag == 'fr-FR':
        def mk():
            b = f'{rng.randint(1, 2)}{yy:02d}{mm:02d}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}'
            return b + f'{97 - int(b) % 97:02d}'
        v = brute(rng, mk, nir.is_valid, 'nir')
        return 'NATIONAL_ID', nir.format(v), 'n° de sécurité sociale'
    if tag in ('es-ES',):
        b = f'{rng.randint(10000000, 79999999)}'
        v = b + dni.calc_check_digit(b)
        assert dni.is_valid(v)
        return 'NATIONAL_ID', v, 'DNI'
    if tag == 'it-IT':
        months = 'ABCDEHLMPRST'
        def mk():
            b = (''.join(rng.choice('BCDFGLMNPRSTVZ') for _ in range(6)) + f'{yy:02d}' + months[mm - 1] +
                 f'{dd + 40:02d}' + rng.choice('ABDFHL') + f'{rng.randint(100, 999)}')
            return b + codicefiscale.calc_check_digit(b)
        v = brute(rng, mk, codicefiscale.is_valid, 'cf')
        return 'TAX_ID', v, 'codice fiscale'
    if tag == 'nl-NL':
        v = brute(rng, lambda: str(rng.randint(1, 6)) + digits(rng, 8), bsn.is_valid, 'bsn')
        return 'NATIONAL_ID', v, 'BSN'
    if tag == 'pl-PL':
        b = f'{yy:02d}{mm + (20 if dob.year >= 2000 else 0):02d}{dd:02d}{digits(rng, 4)}'
        v = b + pesel.calc_check_digit(b)
        assert pesel.is_valid(v)
        return 'NATIONAL_ID', v, 'PESEL'
    if tag == 'pt-BR':
        v = brute(rng, lambda: digits(rng, 11), lambda x: cpf.is_valid(x) and len(set(x)) > 2, 'cpf')
        return 'TAX_ID', cpf.format(v), 'CPF'
    if tag == 'sv-SE':
        v = brute(rng, lambda: f'{yy:02d}{mm:02d}{dd:02d}-{digits(rng, 4)}', personnummer.is_valid, 'pnr')
        return 'NATIONAL_ID', v, 'personnummer'
    if tag == 'fi-FI':
        sep = '-' if dob.year < 2000 else 'A'
        n = f'{rng.randint(2, 899):03d}'
        c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(f'{dd:02d}{mm:02d}{yy:02d}{n}') % 31]
        v = f'{dd:02d}{mm:02d}{yy:02d}{sep}{n}{c}'
        assert hetu.is_valid(v), v
        return 'NATIONAL_ID', v, 'henkilötunnus'
    if tag == 'cs-CZ':
        m = mm + 50 if rng.random() < 0.5 else mm
        v = brute(rng, lambda: f'{yy:02d}{m:02d}{dd:02d}/{digits(rng, 4)}', lambda x: rc.is_valid(x) and dob.year >= 1954, 'rc') \
            if dob.year >= 1954 else None
        if v is None:
            v = brute(rng, lambda: f'{60 + rng.randint(0, 39)}{m:02d}{dd:02d}/{digits(rng, 4)}', rc.is_valid, 'rc')
        return 'NATIONAL_ID', v, 'rodné číslo'
    if tag == 'tr-TR':
        b = str(rng.randint(1, 9)) + digits(rng, 8)
        v = b + tckimlik.calc_check_digits(b)
        assert tckimlik.is_valid(v)
        return 'NATIONAL_ID', v, 'TC Kimlik No'
    if tag == 'ru-RU':
        b = f'{rng.randint(1, 89):02d}' + digits(rng, 8)
        v = b + inn.calc_personal_check_digits(b)
        assert inn.is_valid(v)
        return 'TAX_ID', v, 'ИНН'
    if tag == 'he-IL':
        v = brute(rng, lambda: digits(rng, 9), lambda x: x[0] != '0' and il_idnr.is_valid(x), 'il')
        return 'NATIONAL_ID', v, 'ת.ז.'
    if tag == 'hi-IN':
        if rng.random() < 0.5:
            b = str(rng.randint(2, 9)) + digits(rng, 10)
            v = b + verhoeff.calc_check_digit(b)
            v = brute(rng, lambda: (lambda b: b + verhoeff.calc_check_digit(b))(str(rng.randint(2, 9)) + digits(rng, 10)),
                      aadhaar.is_valid, 'aadhaar') if not aadhaar.is_valid(v) else v
            return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}', 'आधार'
        L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
        v = ''.join(rng.choice(L) for _ in range(3)) + 'P' + rng.choice(L) + digits(rng, 4) + rng.choice(L)
        assert pan.is_valid(v)
        return 'TAX_ID', v, 'PAN'
    if tag == 'ja-JP':
        v = brute(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 11), jp_in.is_valid, 'mynumber')
        return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}', 'マイナンバー'
    if tag == 'ko-KR':
        g = (1 if dob.year < 2000 else 3) + rng.randint(0, 1)
        v = brute(rng, lambda: f'{yy:02d}{mm:02d}{dd:02d}-{g}{digits(rng, 6)}', rrn.is_valid, 'rrn')
        return 'NATIONAL_ID', v, '주민등록번호'
    if tag == 'zh-CN':
        area = rng.choice(['330104', '510107', '350203', '610113'])
        v = brute(rng, lambda: area + f'{dob.year}{mm:02d}{dd:02d}' + digits(rng, 3) + rng.choice('0123456789X'),
                  ric.is_valid, 'ric')
        return 'NATIONAL_ID', v, '身份证号'
    if tag == 'th-TH':
        v = brute(rng, lambda: str(rng.randint(1, 8)) + digits(rng, 12), pin.is_valid, 'thpin')
        return 'NATIONAL_ID', f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}', 'เลขประจำตัวประชาชน'
    if tag == 'da-DK':
        v = brute(rng, lambda: f'{dd:02d}{mm:02d}{yy:02d}-{digits(rng, 4)}', cpr.is_valid, 'cpr')
        return 'NATIONAL_ID', v, 'CPR-nr.'
    if tag == 'es-CL':
        b = str(rng.randint(8000000, 24999999))
        v = b + rut.calc_check_digit(b)
        assert rut.is_valid(v)
        return 'NATIONAL_ID', rut.format(v), 'RUT'
    return None


IBAN_BBAN = {
    'GB': lambda rng: rng.choice(['NWBK', 'BARC', 'LOYD', 'MIDL']) + digits(rng, 14),
    'DE': lambda rng: rng.choice(['10010010', '20050550', '37050198', '50010517', '70150000']) + digits(rng, 10),
    'FR': lambda rng: digits(rng, 10) + digits(rng, 11) + digits(rng, 2),
    'ES': lambda rng: digits(rng, 20), 'IT': lambda rng: rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') + digits(rng, 10) + digits(rng, 12),
    'NL': lambda rng: rng.choice(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB']) + digits(rng, 10),
    'PL': lambda rng: digits(rng, 24), 'BR': lambda rng: digits(rng, 23) + 'C1',
    'SE': lambda rng: rng.choice(['500', '800', '600']) + digits(rng, 17), 'FI': lambda rng: digits(rng, 14),
    'CZ': lambda rng: rng.choice(['0100', '0300', '0800', '2010']) + digits(rng, 16),
    'TR': lambda rng: digits(rng, 5) + '0' + digits(rng, 16), 'GR': lambda rng: digits(rng, 7) + digits(rng, 16),
    'IL': lambda rng: digits(rng, 19), 'DK': lambda rng: digits(rng, 14),
}
IBAN_REGISTRY_EXAMPLES = ['DE89370400440532013000', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606',
                          'NL91ABNA0417164300', 'ES9121000418450200051332', 'IT60X0542811101000000123456',
                          'GB82WEST12345698765432', 'CH9300762011623852957', 'PL61109010140000071219812874',
                          'FI2112345600000785', 'DK5000400440116243', 'SE4550000000058398257466']


def gen_iban(rng, cc):
    def mk():
        bban = IBAN_BBAN[cc](rng)
        return cc + std_iban.calc_check_digits(cc + '00' + bban) + bban
    v = brute(rng, mk, lambda x: std_iban.is_valid(x) and x not in IBAN_REGISTRY_EXAMPLES, 'iban ' + cc)
    return std_iban.format(v)


TEST_CARDS = {'4111111111111111', '4242424242424242', '5555555555554444', '4000056655665556', '5105105105105100',
              '4012888888881881', '378282246310005', '6011111111111117', '5200828282828210', '4000000000000002'}


def gen_card(rng):
    def mk():
        b = rng.choice(['4', '51', '52', '53', '54', '55', '2221']) + ''
        b = b + digits(rng, 15 - len(b))
        return b + luhn.calc_check_digit(b)
    v = brute(rng, mk, lambda x: luhn.is_valid(x) and x not in TEST_CARDS, 'card')
    return ' '.join(v[i:i + 4] for i in range(0, 16, 4))


DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]


def gen_ip(rng):
    def mk():
        if rng.random() < 0.8:
            return str(ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF)))
        return str(ipaddress.IPv6Address((0x2a02 << 112) | rng.getrandbits(100)))
    return brute(rng, mk, lambda x: ipaddress.ip_address(x).is_global and not any(ipaddress.ip_address(x) in n for n in DOC_NETS), 'ip')


def gen_mrn(rng):
    return f'MRN {rng.randint(10, 99)}-{digits(rng, 6)}'


def gen_bank(rng):
    """A US ABA routing number (checksum-valid, stdnum) and an account number."""
    routing = brute(rng, lambda: rng.choice(['0', '1', '2', '3']) + digits(rng, 8), rtn.is_valid, 'rtn')
    return routing, digits(rng, rng.choice([9, 10, 12]))




# ----------------------------------------------------------------------------------------------------------
# name / street / town pools: long candidate lists, many composed from locale-true morphemes, then cut
# ----------------------------------------------------------------------------------------------------------
def comp(a, b, sep=''):
    out = []
    for x in a:
        for y in b:
            if isinstance(x, tuple):
                out.append((x[0] + sep + y[0], x[1] + y[1]))
            else:
                out.append(x + sep + y)
    return out


POOLS = {
    'en-US': dict(
        first=['Kayleigh', 'Dashiell', 'Marisol', 'Tremaine', 'Brynlee', 'Everett', 'Shauna', 'Cormac', 'Leontyne',
               'Odessa', 'Barrett', 'Zebulon', 'Temperance', 'Lavonne', 'Creed', 'Sunniva', 'Ambrose', 'Tallulah',
               'Wendell', 'Corliss', 'Jolene', 'Mabry', 'Rhett', 'Verna', 'Lorcan', 'Deshawna'],
        last=comp(['Hollings', 'Brack', 'Fenn', 'Whit', 'Stan', 'Pember', 'Thorn', 'Haver', 'Culver', 'Ridley'],
                  ['worth', 'ley', 'ridge', 'wick', 'stead', 'more', 'by']),
        streets=['Larkspur', 'Quail Run', 'Tamarack', 'Pennywhistle', 'Bitterroot', 'Chokecherry', 'Buttonbush',
                 'Wild Indigo', 'Pawpaw', 'Switchgrass', 'Bluestem', 'Serviceberry', 'Spicebush'],
        types=['Lane', 'Drive', 'Court', 'Way', 'Road'],
        towns=[('Bozeman', 'MT', '59715'), ('Eugene', 'OR', '97405'), ('Duluth', 'MN', '55803'), ('Missoula', 'MT', '59801'),
               ('Laramie', 'WY', '82070'), ('Keene', 'NH', '03431'), ('Bangor', 'ME', '04401'), ('Emporia', 'KS', '66801'),
               ('Dubuque', 'IA', '52001'), ('Mankato', 'MN', '56001'), ('Pocatello', 'ID', '83201'), ('Hattiesburg', 'MS', '39401')]),
    'en-GB': dict(
        first=['Imogen', 'Rhys', 'Ffion', 'Callum', 'Tamsin', 'Alasdair', 'Niamh', 'Oisin', 'Bethan', 'Lachlan', 'Morwenna',
               'Tegan', 'Gethin', 'Eilidh', 'Peregrine', 'Saoirse', 'Hamish', 'Cerys', 'Ruaridh', 'Elowen', 'Jago', 'Isla-Mae'],
        last=comp(['Thistle', 'Brear', 'Ains', 'Rown', 'Fair', 'Cart', 'Hebble', 'Oller', 'Dunster', 'Lumb'],
                  ['thwaite', 'ley', 'worth', 'bairn', 'wright', 'shaw', 'croft']),
        streets=['Foxglove', 'Mill Race', 'Cobbler', 'Heathfield', 'Tannery', 'Ropewalk', 'Hazelmere', 'Saddler',
                 'Ferrymans', 'Wheelwright', 'Bramblewick', 'Kiln Bank'],
        types=['Close', 'Lane', 'Row', 'Crescent', 'Walk', 'Mews'],
        towns=[('Harrogate', '', 'HG2 8PW'), ('Kendal', '', 'LA9 6DT'), ('Stroud', '', 'GL5 3RS'), ('Ipswich', '', 'IP4 5NZ'),
               ('Dumfries', '', 'DG1 2JQ'), ('Hexham', '', 'NE46 3PU'), ('Ludlow', '', 'SY8 1RT'), ('Barnstaple', '', 'EX31 1HB'),
               ('Llandeilo', '', 'SA19 6AE'), ('Peebles', '', 'EH45 8AD'), ('Morpeth', '', 'NE61 1QF'), ('Frome', '', 'BA11 1AB')]),
    'de-DE': dict(
        first=['Wiebke', 'Malte', 'Friederike', 'Jannik', 'Hannelore', 'Torben', 'Gesa', 'Lasse', 'Ilka', 'Henrik', 'Ortrud',
               'Wendelin', 'Heike', 'Gernot', 'Swantje', 'Rüdiger', 'Almut', 'Volkmar', 'Imke', 'Hartmut', 'Frauke', 'Detlef',
               'Roswitha', 'Eike', 'Tjark', 'Gudrun', 'Enno', 'Mareike'],
        last=comp(['Brink', 'Oster', 'Wöhr', 'Hasel', 'Kühn', 'Tiede', 'Quell', 'Stein', 'Rade', 'Holz', 'Hagel', 'Dreh'],
                  ['möller', 'kamp', 'brügge', 'meier', 'horst', 'becker', 'mann', 'lage', 'hoff']),
        streets=comp(['Ginster', 'Wacholder', 'Heckenrosen', 'Pfaffenhütchen', 'Wiesenknopf', 'Schlehen', 'Mispel',
                      'Faulbaum', 'Kornblumen', 'Eisvogel', 'Zaunkönig', 'Brachvogel'], ['weg', 'straße', 'pfad', 'ring']),
        types=[''],
        towns=[('Lüneburg', '', '21337'), ('Celle', '', '29223'), ('Bamberg', '', '96052'), ('Paderborn', '', '33098'),
               ('Husum', '', '25813'), ('Verden', '', '27283'), ('Wetzlar', '', '35578'), ('Landshut', '', '84028'),
               ('Neuruppin', '', '16816'), ('Eutin', '', '23701'), ('Bad Hersfeld', '', '36251'), ('Meppen', '', '49716')]),
    'fr-FR': dict(
        first=['Solène', 'Gaëtan', 'Maëlys', 'Anatole', 'Clémence', 'Baptiste', 'Ombeline', 'Yannick', 'Capucine',
               'Gwenaëlle', 'Thibault', 'Apolline', 'Eudes', 'Ghislaine', 'Aurèle', 'Bérengère', 'Loïc', 'Sixtine',
               'Maximilien', 'Perrine', 'Tanguy', 'Ysaline'],
        last=comp(['Dauphi', 'Rabat', 'Guille', 'Perri', 'Broch', 'Vasse', 'Morvan', 'Quéme', 'Lemai', 'Charbo', 'Fouqu'],
                  ['not', 'é', 'mot', 'chon', 'ard', 'ur', 'neur', 'gnan', 'eret']),
        streets=['des Glycines', 'du Vieux Puits', 'des Tilleuls', 'de la Tannerie', 'des Églantiers', 'du Lavoir',
                 'des Coquelicots', 'de la Forge', 'des Hirondelles', 'du Pressoir', 'des Aubépines', 'du Moulin Neuf'],
        types=['rue', 'impasse', 'allée', 'chemin'],
        towns=[('Angers', '', '49100'), ('Quimper', '', '29000'), ('Besançon', '', '25000'), ('Périgueux', '', '24000'),
               ('Chambéry', '', '73000'), ('Vannes', '', '56000'), ('Niort', '', '79000'), ('Auxerre', '', '89000'),
               ('Épinal', '', '88000'), ('Rodez', '', '12000'), ('Laval', '', '53000'), ('Dole', '', '39100')]),
    'es-ES': dict(
        first=['Itziar', 'Íñigo', 'Remedios', 'Gonzalo', 'Ainhoa', 'Borja', 'Macarena', 'Sebastián', 'Nerea', 'Leire',
               'Eneko', 'Rocío', 'Fermín', 'Amaia', 'Ruperto', 'Begoña', 'Xabier', 'Montserrat', 'Telmo', 'Iciar'],
        last=comp(['Villa', 'Carra', 'Quinta', 'Arri', 'Bena', 'Olme', 'Urqui', 'Valde', 'Montal', 'Galin'],
                  ['lobos', 'sco', 'nilla', 'eta', 'vente', 'do', 'jo', 'rrama', 'bán']),
        streets=['de los Almendros', 'del Carmen Alto', 'de la Alfarería', 'del Lagar', 'de las Adelfas', 'del Pozo Viejo',
                 'de los Tejedores', 'de la Acequia', 'del Olivar', 'de los Azahares'],
        types=['Calle', 'Travesía', 'Avenida'],
        towns=[('Logroño', '', '26004'), ('Cáceres', '', '10003'), ('Teruel', '', '44002'), ('Lleida', '', '25005'),
               ('Soria', '', '42002'), ('Zamora', '', '49012'), ('Huesca', '', '22004'), ('Ourense', '', '32003'),
               ('Palencia', '', '34001'), ('Cuenca', '', '16002')]),
    'it-IT': dict(
        first=['Ludovica', 'Gianmarco', 'Benedetta', 'Ettore', 'Ginevra', 'Tommaso', 'Ilaria', 'Corrado', 'Noemi',
               'Ottavia', 'Ruggero', 'Ersilia', 'Gaspare', 'Ornella', 'Sandro', 'Azzurra', 'Fulvio', 'Cosimo', 'Annunziata'],
        last=comp(['Castagn', 'Zanard', 'Bortol', 'Fumag', 'Iacov', 'Mangan', 'Vitiel', 'Scogna', 'Pescar', 'Tarant'],
                  ['oli', 'elli', 'otti', 'alli', 'ello', 'aro', 'ini', 'ucci']),
        streets=['dei Gelsomini', 'delle Fornaci', 'San Rocco', 'dei Mulini', 'delle Ginestre', 'del Frantoio',
                 'dei Bottai', 'delle Lavandaie', 'del Torchio', 'dei Cipressi'],
        types=['Via', 'Vicolo', 'Viale'],
        towns=[('Cremona', '', '26100'), ('Arezzo', '', '52100'), ('Matera', '', '75100'), ('Rovigo', '', '45100'),
               ('Macerata', '', '62100'), ('Sondrio', '', '23100'), ('Benevento', '', '82100'), ('Pordenone', '', '33170'),
               ('Rieti', '', '02100'), ('Oristano', '', '09170')]),
    'nl-NL': dict(
        first=['Femke', 'Joost', 'Marieke', 'Sjoerd', 'Lieke', 'Wouter', 'Anouk', 'Thijs', 'Fenna', 'Hidde', 'Jikke',
               'Wiebren', 'Sietske', 'Maarten', 'Geertje', 'Bram', 'Roosmarijn', 'Teun', 'Aukje', 'Floor'],
        last=comp(['Hoogen', 'Zwanen', 'Rijp', 'Keij', 'Brouwers', 'Tjeen', 'Wester', 'Kroon', 'Zee', 'Ooster'],
                  ['dijk', 'burg', 'kema', 'zer', 'haven', 'hof', 'veld', 'stra']),
        streets=comp(['Klaproos', 'Hoefsmid', 'Lijnbaans', 'Wilgen', 'Dotterbloem', 'Kievits', 'Zilverschoon', 'Karekiet',
                      'Pijpenstro', 'Boterbloem'], ['straat', 'pad', 'hof', 'laan']),
        types=[''],
        towns=[('Zwolle', '', '8021 KP'), ('Assen', '', '9402 TG'), ('Deventer', '', '7411 HE'), ('Leeuwarden', '', '8917 CB'),
               ('Meppel', '', '7941 AX'), ('Tiel', '', '4001 LC'), ('Zutphen', '', '7201 DK'), ('Harderwijk', '', '3841 BG'),
               ('Sneek', '', '8601 EM'), ('Goes', '', '4461 HA')]),
    'pl-PL': dict(
        first=['Małgorzata', 'Przemysław', 'Agnieszka', 'Bartłomiej', 'Zuzanna', 'Wojciech', 'Jadwiga', 'Radosław',
               'Bożena', 'Grzegorz', 'Wiesława', 'Zbigniew', 'Ludmiła', 'Mirosław', 'Halina', 'Dobromir', 'Bronisława',
               'Teodor', 'Iwona', 'Sławomir'],
        last=comp(['Brzez', 'Wróbl', 'Szczep', 'Kołodz', 'Grab', 'Zawadz', 'Pietrz', 'Chmiel', 'Żuraw', 'Kwiatk', 'Sosn',
                   'Jarzęb'], ['iński', 'ińska', 'owski', 'owska']),
        streets=['Jaśminowa', 'Kasztanowa', 'Łąkowa', 'Cicha', 'Konwaliowa', 'Jarzębinowa', 'Wrzosowa', 'Sasankowa',
                 'Tatarakowa', 'Malwowa', 'Storczykowa', 'Kaczeńcowa'],
        types=['ul.'],
        towns=[('Toruń', '', '87-100'), ('Rzeszów', '', '35-310'), ('Olsztyn', '', '10-437'), ('Gniezno', '', '62-200'),
               ('Przemyśl', '', '37-700'), ('Łomża', '', '18-400'), ('Siedlce', '', '08-110'), ('Leszno', '', '64-100'),
               ('Ełk', '', '19-300'), ('Konin', '', '62-510')]),
    'pt-BR': dict(
        first=['Thaís', 'Caíque', 'Jussara', 'Wellington', 'Luana', 'Railson', 'Graziela', 'Otávio', 'Rosângela',
               'Edvaldo', 'Kauane', 'Josué', 'Francisca', 'Cleiton', 'Iara', 'Adenilson', 'Marinalva', 'Ítalo'],
        last=comp(['Albu', 'Figuei', 'Sam', 'Bezer', 'Maga', 'Caval', 'Damas', 'Nasci', 'Mont', 'Queir'],
                  ['querque', 'redo', 'paio', 'ra', 'lhães', 'canti', 'ceno', 'mento', 'eiro', 'oz']),
        streets=['das Acácias', 'Coronel Taumaturgo', 'dos Ipês', 'das Quaresmeiras', 'dos Jequitibás', 'das Paineiras',
                 'dos Sabiás', 'das Bromélias', 'dos Cajueiros', 'das Jabuticabeiras'],
        types=['Rua', 'Travessa', 'Avenida'],
        towns=[('Londrina', 'PR', '86010-190'), ('Natal', 'RN', '59012-360'), ('Uberlândia', 'MG', '38400-128'),
               ('Itajaí', 'SC', '88301-200'), ('Petrolina', 'PE', '56304-000'), ('Maringá', 'PR', '87013-000'),
               ('Juazeiro do Norte', 'CE', '63010-000'), ('Chapecó', 'SC', '89801-000'), ('Anápolis', 'GO', '75020-000')]),
    'sv-SE': dict(
        first=['Linnéa', 'Viggo', 'Ebba', 'Hjalmar', 'Saga', 'Ture', 'Sigrid', 'Måns', 'Ylva', 'Algot', 'Tyra', 'Ivar',
               'Elvira', 'Sixten', 'Majken', 'Folke', 'Ronja', 'Gösta', 'Agnes', 'Vilgot'],
        last=comp(['Lind', 'Berg', 'Sjö', 'Hell', 'Ek', 'Wahl', 'Nord', 'Ström', 'Al', 'Rönn', 'Sand', 'Tall'],
                  ['gård', 'qvist', 'berg', 'ström', 'dahl', 'lund', 'blad', 'mark']),
        streets=comp(['Smultron', 'Tallbacks', 'Kvarn', 'Fiskar', 'Blåbärs', 'Lingon', 'Hjortron', 'Ängsull', 'Rönnbärs',
                      'Kattfot', 'Mjölon'], ['stigen', 'vägen', 'gatan', 'gränd']),
        types=[''],
        towns=[('Västerås', '', '722 14'), ('Umeå', '', '903 38'), ('Växjö', '', '352 31'), ('Visby', '', '621 55'),
               ('Östersund', '', '831 34'), ('Falun', '', '791 71'), ('Kalmar', '', '392 31'), ('Skellefteå', '', '931 31'),
               ('Karlstad', '', '652 24'), ('Ystad', '', '271 41')]),
    'fi-FI': dict(
        first=['Aino', 'Eetu', 'Venla', 'Onni', 'Kerttu', 'Lauri', 'Iida', 'Paavo', 'Vilja', 'Tapio', 'Hilkka', 'Aukusti',
               'Ilona', 'Reijo', 'Selja', 'Urho', 'Maaret', 'Kalervo', 'Lumi', 'Veikko'],
        last=comp(['Kive', 'Ruoko', 'Taipa', 'Närhi', 'Pelko', 'Soini', 'Halla', 'Kuusi', 'Leppä', 'Mänty', 'Kataja'],
                  ['lä', 'nen', 'le', 'aho', 'mäki', 'vaara', 'koski']),
        streets=comp(['Kanerva', 'Paju', 'Myllärin', 'Ruiskukka', 'Puolukka', 'Katajan', 'Suopursu', 'Tervaleppä',
                      'Kissankello', 'Vadelma'], ['tie', 'kuja', 'polku']),
        types=[''],
        towns=[('Kuopio', '', '70820'), ('Joensuu', '', '80160'), ('Lahti', '', '15300'), ('Vaasa', '', '65320'),
               ('Mikkeli', '', '50100'), ('Kajaani', '', '87100'), ('Rauma', '', '26100'), ('Savonlinna', '', '57130'),
               ('Seinäjoki', '', '60100'), ('Kokkola', '', '67100')]),
    'cs-CZ': dict(
        first=['Bohumila', 'Vojtěch', 'Radka', 'Ctibor', 'Markéta', 'Dalibor', 'Zdeňka', 'Kryštof', 'Libuše', 'Vratislav',
               'Jarmila', 'Bořivoj', 'Ludmila', 'Radim', 'Blanka', 'Čestmír', 'Vlasta', 'Přemysl', 'Drahomíra', 'Hynek'],
        last=['Kratochvílová', 'Kratochvíl', 'Vondráčková', 'Vondráček', 'Říhová', 'Říha', 'Bartošová', 'Bartoš',
              'Šťastná', 'Šťastný', 'Hrubešová', 'Hrubeš', 'Kopecká', 'Kopecký', 'Vaněčková', 'Vaněček', 'Ptáčková',
              'Ptáček', 'Skálová', 'Skála', 'Zelinková', 'Zelinka', 'Kadlecová', 'Kadlec', 'Jelínková', 'Jelínek'],
        streets=['Třešňová', 'U Mlýnku', 'Lipová alej', 'Na Výsluní', 'Jeřabinová', 'U Tůně', 'Pod Vinicí', 'Šeříková',
                 'Na Pěšině', 'Jasanová', 'U Kovárny', 'Pampelišková'],
        types=[''],
        towns=[('Olomouc', '', '779 00'), ('Tábor', '', '390 02'), ('Jihlava', '', '586 01'), ('Kolín', '', '280 02'),
               ('Písek', '', '397 01'), ('Třebíč', '', '674 01'), ('Prostějov', '', '796 01'), ('Kroměříž', '', '767 01'),
               ('Trutnov', '', '541 01'), ('Znojmo', '', '669 02')]),
    'tr-TR': dict(
        first=['Elif', 'Barış', 'Zeynep', 'Oğuzhan', 'Şebnem', 'Tunç', 'Gülsüm', 'Kerem', 'Nilüfer', 'Alpaslan', 'Sevgül',
               'Doğukan', 'Feraye', 'Yiğit', 'Hülya', 'Batuhan', 'Melahat', 'Kutay', 'Nazlı', 'Özgür'],
        last=comp(['Karaosman', 'Çelik', 'Boz', 'Öztürk', 'Sarı', 'Akbu', 'Demirtaş', 'Kocabaş', 'Uzun', 'Yazıcı', 'Gök'],
                  ['oğlu', 'kol', 'kurt', 'men', 'gül', 'lut', 'lı', 'çe', 'han']),
        streets=comp(['Menekşe', 'Çınaraltı', 'Lale', 'Zeytinlik', 'Ihlamur', 'Begonya', 'Sümbül', 'Akasya', 'Erguvan',
                      'Papatya', 'Nergis'], [' Sokak', ' Caddesi']),
        types=['No:'],
        towns=[('Kadıköy', 'İstanbul', '34718'), ('Nilüfer', 'Bursa', '16110'), ('Çankaya', 'Ankara', '06690'),
               ('Bornova', 'İzmir', '35040'), ('Tepebaşı', 'Eskişehir', '26010'), ('Selçuklu', 'Konya', '42060'),
               ('Atakum', 'Samsun', '55200'), ('Merkezefendi', 'Denizli', '20010'), ('Ortahisar', 'Trabzon', '61030')]),
    'ru-RU': dict(
        first=[('Ярослава', 'yaroslava'), ('Всеволод', 'vsevolod'), ('Милена', 'milena'), ('Тимофей', 'timofey'),
               ('Злата', 'zlata'), ('Глеб', 'gleb'), ('Василиса', 'vasilisa'), ('Демид', 'demid'), ('Агата', 'agata'),
               ('Святослав', 'svyatoslav'), ('Есения', 'yeseniya'), ('Ростислав', 'rostislav'), ('Таисия', 'taisiya'),
               ('Мирон', 'miron'), ('Серафима', 'serafima'), ('Елисей', 'yelisey'), ('Ульяна', 'ulyana'), ('Фёдор', 'fyodor')],
        last=comp([('Колокол', 'kolokol'), ('Завьял', 'zavyal'), ('Прохор', 'prokhor'), ('Лыткин', 'lytkin'),
                   ('Селезн', 'selezn'), ('Верещаг', 'vereshchag'), ('Шуб', 'shub'), ('Брусник', 'brusnik'), ('Ряб', 'ryab'),
                   ('Клюкв', 'klyukv'), ('Журавл', 'zhuravl')], [('ова', 'ova'), ('ов', 'ov'), ('ина', 'ina'), ('ин', 'in')]),
        streets=['Черёмуховая', 'Рябиновая', 'Береговая', 'Клюквенная', 'Брусничная', 'Ольховая', 'Облепиховая',
                 'Васильковая', 'Калиновая', 'Можжевеловая'],
        types=['ул.'],
        towns=[('Вологда', '', '160019'), ('Тверь', '', '170043'), ('Калуга', '', '248016'), ('Кострома', '', '156005'),
               ('Псков', '', '180007'), ('Тамбов', '', '392000'), ('Киров', '', '610017'), ('Смоленск', '', '214000'),
               ('Петрозаводск', '', '185035'), ('Орёл', '', '302028')]),
    'el-GR': dict(
        first=[('Δέσποινα', 'despoina'), ('Στυλιανός', 'stylianos'), ('Αγλαΐα', 'aglaia'), ('Παναγιώτης', 'panagiotis'),
               ('Ευανθία', 'evanthia'), ('Χαράλαμπος', 'charalampos'), ('Ευτέρπη', 'efterpi'), ('Αριστείδης', 'aristeidis'),
               ('Καλλιόπη', 'kalliopi'), ('Θεμιστοκλής', 'themistoklis'), ('Πολυξένη', 'polyxeni'), ('Σπυρίδων', 'spyridon'),
               ('Ουρανία', 'ourania'), ('Λεωνίδας', 'leonidas'), ('Χρυσάνθη', 'chrysanthi')],
        last=comp([('Τσιρογ', 'tsirog'), ('Μαυρομ', 'mavrom'), ('Ζαφειρ', 'zafeir'), ('Λαμπρ', 'lampr'), ('Ντοκ', 'ntok'),
                   ('Καραγ', 'karag'), ('Ψαρ', 'psar'), ('Κουτσ', 'kouts'), ('Βλαχ', 'vlach')],
                  [('ιάννης', 'iannis'), ('άκης', 'akis'), ('ίδης', 'idis'), ('οπούλου', 'opoulou'), ('ίου', 'iou')]),
        streets=['Γαρδενίας', 'Κανάρη', 'Αμαλίας', 'Πλατάνων', 'Μυρτιάς', 'Ευκαλύπτων', 'Αγράμπελης', 'Κυδωνιάς',
                 'Ροδοδάφνης', 'Λεμονιάς'],
        types=[''],
        towns=[('Λάρισα', '', '412 22'), ('Βόλος', '', '383 33'), ('Ιωάννινα', '', '453 32'), ('Χανιά', '', '731 34'),
               ('Καλαμάτα', '', '241 00'), ('Κοζάνη', '', '501 00'), ('Ξάνθη', '', '671 00'), ('Τρίκαλα', '', '421 00')]),
    'he-IL': dict(
        first=[('נגה', 'noga'), ('איתמר', 'itamar'), ('שירה', 'shira'), ('עידו', 'ido'), ('הדס', 'hadas'), ('אלעד', 'elad'),
               ('ליבי', 'libi'), ('יהונתן', 'yehonatan'), ('רוני', 'roni'), ('אביתר', 'evyatar'), ('מעיין', 'maayan'),
               ('נתנאל', 'netanel'), ('אורטל', 'ortal'), ('שקד', 'shaked'), ('צליל', 'tzlil'), ('אלמוג', 'almog')],
        last=[('בן-חמו', 'benhamo'), ('רוזנבליט', 'rozenblit'), ('אזולאי', 'azoulay'), ('גולדפרב', 'goldfarb'),
              ('שטרנברג', 'shternberg'), ('מזרחי-טל', 'mizrahital'), ('אלמליח', 'elmaleh'), ('חדד', 'hadad'),
              ('בוזגלו', 'bouzaglo'), ('וקנין', 'vaknin'), ('טננבאום', 'tenenbaum'), ('קרמרמן', 'kramerman'),
              ('שושני', 'shoshani'), ('יפרח', 'yifrach'), ('זילברשטיין', 'zilbershtein')],
        streets=['הרימון', 'השקד', 'האלון', 'הגפן', 'הדקל', 'התאנה', 'הצבעוני', 'הכלנית', 'האירוס', 'הנרקיס', 'הרקפת',
                 'החרוב'],
        types=['רחוב'],
        towns=[('רחובות', '', '7630512'), ('כפר סבא', '', '4424218'), ('נהריה', '', '2240633'), ('אשקלון', '', '7841217'),
               ('כרמיאל', '', '2161002'), ('מודיעין', '', '7170101'), ('עפולה', '', '1810001'), ('דימונה', '', '8600001')]),
    'ar-EG': dict(
        first=[('ياسمين', 'yasmine'), ('مروان', 'marwan'), ('نرمين', 'nermine'), ('شريف', 'sherif'), ('هالة', 'hala'),
               ('طارق', 'tarek'), ('رحاب', 'rehab'), ('عمرو', 'amr'), ('شيماء', 'shaimaa'), ('حازم', 'hazem'), ('دعاء', 'doaa'),
               ('وليد', 'walid'), ('سماح', 'samah'), ('أشرف', 'ashraf'), ('نهى', 'noha'), ('مصطفى', 'mostafa'), ('إيناس', 'enas'),
               ('تامر', 'tamer'), ('منة الله', 'menna'), ('كريم', 'karim')],
        last=[('ال' + a, 'el' + b) for a, b in [('فيومي', 'fayoumy'), ('دسوقي', 'desouky'), ('محلاوي', 'mahallawy'),
                                                ('طنطاوي', 'tantawy'), ('أسيوطي', 'assiouty'), ('سوهاجي', 'sohagy'),
                                                ('دمياطي', 'domiaty'), ('منوفي', 'menoufy'), ('قناوي', 'qenawy'),
                                                ('بحيري', 'beheiry'), ('شرقاوي', 'sharkawy'), ('إسناوي', 'esnawy'),
                                                ('أخميمي', 'akhmimy'), ('ملواني', 'mallawany')]],
        streets=['شارع الياسمين', 'شارع النخيل', 'شارع الزهور', 'شارع الجميز', 'شارع السنط', 'شارع البرقوق', 'شارع الصفصاف',
                 'شارع اللبخ', 'شارع التوت', 'شارع الكافور'],
        types=[''],
        towns=[('المعادي', 'القاهرة', '11728'), ('سموحة', 'الإسكندرية', '21648'), ('المنصورة', '', '35511'),
               ('الزقازيق', '', '44511'), ('طنطا', '', '31511'), ('بنها', '', '13511'), ('دمنهور', '', '22511'),
               ('المنيا', '', '61511'), ('أسيوط', '', '71511')]),
    'hi-IN': dict(
        first=[('अनुष्का', 'anushka'), ('विहान', 'vihaan'), ('तनुजा', 'tanuja'), ('प्रणव', 'pranav'), ('मेघना', 'meghna'),
               ('ऋत्विक', 'ritvik'), ('शाल्मली', 'shalmali'), ('अभिरूप', 'abhiroop'), ('गार्गी', 'gargi'), ('देवांश', 'devansh'),
               ('इरावती', 'iravati'), ('कुणाल', 'kunal'), ('वैदेही', 'vaidehi'), ('ओजस', 'ojas'), ('मृणाल', 'mrinal'),
               ('सौमित्र', 'saumitra'), ('लावण्या', 'lavanya'), ('हिमांशु', 'himanshu'), ('चारुलता', 'charulata')],
        last=[('भटनागर', 'bhatnagar'), ('कुलकर्णी', 'kulkarni'), ('श्रीवास्तव', 'srivastava'), ('चतुर्वेदी', 'chaturvedi'),
              ('गोखले', 'gokhale'), ('सक्सेना', 'saxena'), ('देशपांडे', 'deshpande'), ('बंदोपाध्याय', 'bandopadhyay'),
              ('नागरकर', 'nagarkar'), ('पुरोहित', 'purohit'), ('कानितकर', 'kanitkar'), ('दीक्षित', 'dixit'),
              ('त्रिपाठी', 'tripathi'), ('वाजपेयी', 'vajpayee'), ('रस्तोगी', 'rastogi'), ('माथुर', 'mathur')],
        streets=['गुलमोहर मार्ग', 'नेहरू कॉलोनी', 'शिवाजी नगर', 'अमलतास मार्ग', 'कदंब विहार', 'पलाश नगर', 'चंपा गली',
                 'मौलश्री एन्क्लेव', 'हरसिंगार मार्ग', 'कचनार कॉलोनी'],
        types=['मकान नं.', 'फ्लैट'],
        towns=[('भोपाल', 'मध्य प्रदेश', '462016'), ('देहरादून', 'उत्तराखंड', '248001'), ('नागपुर', 'महाराष्ट्र', '440010'),
               ('अजमेर', 'राजस्थान', '305001'), ('झाँसी', 'उत्तर प्रदेश', '284001'), ('बिलासपुर', 'छत्तीसगढ़', '495001'),
               ('उदयपुर', 'राजस्थान', '313001'), ('सागर', 'मध्य प्रदेश', '470001')]),
    'ja-JP': dict(
        first=[('蒼', 'aoi'), ('湊', 'minato'), ('樹', 'itsuki'), ('凛', 'rin'), ('楓', 'kaede'), ('栞', 'shiori'), ('蓮', 'ren'),
               ('暁', 'akatsuki'), ('雫', 'shizuku'), ('碧', 'midori'), ('柊', 'shu'), ('澪', 'mio'), ('椿', 'tsubaki'),
               ('漣', 'ren'), ('紬', 'tsumugi'), ('朔', 'saku'), ('灯', 'akari'), ('汐', 'shio')],
        last=comp([('東', 'higashi'), ('南', 'minami'), ('北', 'kita'), ('西', 'nishi'), ('宇', 'u'), ('榊', 'sakaki'),
                   ('桐', 'kiri'), ('朝', 'asa'), ('早', 'haya'), ('真', 'ma'), ('久', 'ku'), ('五', 'go')],
                  [('雲', 'gumo'), ('沢', 'zawa'), ('原', 'hara'), ('野', 'no'), ('谷', 'tani'), ('島', 'shima'), ('生', 'ō'),
                   ('鍋', 'nabe'), ('比奈', 'hina')]),
        streets=['上堀川町', '大手門', '上杉', '楠木町', '柿木原', '山鼻'],
        types=[''],
        towns=[('京都府京都市', '', '603-8136'), ('福岡県福岡市', '', '810-0074'), ('宮城県仙台市', '', '980-0011'),
               ('広島県広島市', '', '733-0002'), ('新潟県新潟市', '', '950-0088'), ('熊本県熊本市', '', '860-0004'),
               ('静岡県浜松市', '', '430-0944'), ('石川県金沢市', '', '920-0918')]),
    'ko-KR': dict(
        first=comp([('서', 'seo'), ('도', 'do'), ('하', 'ha'), ('시', 'si'), ('예', 'ye'), ('채', 'chae'), ('건', 'geon'),
                    ('다', 'da'), ('윤', 'yun'), ('소', 'so'), ('라', 'ra'), ('태', 'tae'), ('은', 'eun'), ('지', 'ji')],
                   [('윤', 'yun'), ('현', 'hyun'), ('은', 'eun'), ('우', 'woo'), ('린', 'rin'), ('원', 'won'), ('인', 'in'),
                    ('호', 'ho'), ('율', 'yul'), ('별', 'byeol'), ('솔', 'sol'), ('담', 'dam')]),
        last=[('남궁', 'namgung'), ('황보', 'hwangbo'), ('제갈', 'jegal'), ('선우', 'sunwoo'), ('탁', 'tak'), ('편', 'pyeon'),
              ('여', 'yeo'), ('변', 'byun'), ('모', 'mo'), ('봉', 'bong'), ('어', 'eo'), ('국', 'guk'), ('피', 'pi'), ('용', 'yong'),
              ('범', 'beom'), ('추', 'chu'), ('맹', 'maeng'), ('육', 'yuk')],
        streets=['광안해변로', '기린대로', '풍덕천로', '직지대로', '팔달로', '충장로', '달맞이길'],
        types=[''],
        towns=[('부산광역시', '', '48303'), ('전주시', '', '54896'), ('대전광역시', '', '34134'), ('용인시', '', '16837'),
               ('청주시', '', '28500'), ('광주광역시', '', '61470'), ('울산광역시', '', '44700'), ('춘천시', '', '24341')]),
    'zh-CN': dict(
        first=comp([('梓', 'zi'), ('浩', 'hao'), ('雨', 'yu'), ('俊', 'jun'), ('语', 'yu'), ('煜', 'yu'), ('芷', 'zhi'),
                    ('皓', 'hao'), ('沐', 'mu'), ('婉', 'wan'), ('清', 'qing'), ('若', 'ruo'), ('锦', 'jin'), ('逸', 'yi')],
                   [('萱', 'xuan'), ('宇', 'yu'), ('桐', 'tong'), ('熙', 'xi'), ('嫣', 'yan'), ('祺', 'qi'), ('辰', 'chen'),
                    ('瑶', 'yao'), ('川', 'chuan'), ('棠', 'tang'), ('澜', 'lan'), ('笙', 'sheng')]),
        last=[('欧阳', 'ouyang'), ('司马', 'sima'), ('诸葛', 'zhuge'), ('慕容', 'murong'), ('上官', 'shangguan'),
              ('闻人', 'wenren'), ('东方', 'dongfang'), ('尉迟', 'yuchi'), ('令狐', 'linghu'), ('皇甫', 'huangfu'),
              ('宓', 'mi'), ('眭', 'sui'), ('阙', 'que'), ('蒯', 'kuai'), ('郗', 'xi'), ('隗', 'wei'), ('逯', 'lu'), ('訾', 'zi'),
              ('屈', 'qu'), ('戚', 'qi'), ('荀', 'xun'), ('缪', 'miao')],
        streets=['丁桥路', '玉林北路', '湖滨路', '科技路', '芙蓉中路', '泉城路', '红军街', '桂香街', '杏林巷', '梧桐巷',
                 '枫桥路', '槐荫巷', '榆林街', '柿子巷'],
        types=[''],
        towns=[('浙江省杭州市', '', '310021'), ('四川省成都市', '', '610041'), ('福建省厦门市', '', '361003'),
               ('陕西省西安市', '', '710075'), ('湖南省长沙市', '', '410005'), ('山东省济南市', '', '250011'),
               ('黑龙江省哈尔滨市', '', '150001'), ('云南省昆明市', '', '650051')]),
    'th-TH': dict(
        first=comp([('กมล', 'kamon'), ('ธน', 'thana'), ('พิมพ์', 'pim'), ('ณัฐ', 'nat'), ('ศิริ', 'siri'), ('ภูริ', 'puri'),
                    ('วร', 'wora'), ('ปิย', 'piya')],
                   [('ชนก', 'chanok'), ('กฤต', 'krit'), ('วุฒิ', 'wut'), ('ประภา', 'prapha'), ('ภัทร', 'pat'), ('นันท์', 'nan'),
                    ('รัตน์', 'rat')]),
        last=comp([('วงศ์', 'wong'), ('ศรี', 'sri'), ('ทอง', 'thong'), ('บุญ', 'boon'), ('แก้ว', 'kaew'), ('รัตน', 'rattana'),
                   ('เพชร', 'phet'), ('จันทร์', 'chan')],
                  [('สุวรรณ', 'suwan'), ('สมบูรณ์', 'somboon'), ('ประเสริฐ', 'prasert'), ('ยืน', 'yuen'), ('มณี', 'manee'),
                   ('พันธ์', 'phan'), ('ไพศาล', 'phaisan'), ('เจริญ', 'charoen')]),
        streets=['ซอยลาดพร้าว 71', 'ถนนนิมมานเหมินท์', 'ถนนมิตรภาพ', 'ซอยรามคำแหง 53', 'ถนนสุริยวงศ์', 'ซอยพหลโยธิน 48',
                 'ถนนเจริญเมือง', 'ซอยประชาอุทิศ 33'],
        types=['บ้านเลขที่'],
        towns=[('กรุงเทพฯ', '', '10310'), ('เชียงใหม่', '', '50200'), ('ขอนแก่น', '', '40000'), ('นครราชสีมา', '', '30000'),
               ('อุดรธานี', '', '41000'), ('พิษณุโลก', '', '65000'), ('สงขลา', '', '90000'), ('ลำปาง', '', '52000')]),
    'da-DK': dict(
        first=['Freja', 'Asger', 'Sofie', 'Troels', 'Ida', 'Mikkel', 'Signe', 'Esben', 'Bodil', 'Halfdan', 'Tove', 'Villads',
               'Rigmor', 'Anker', 'Ellinor', 'Kresten', 'Dagmar', 'Palle', 'Solvej', 'Jeppe'],
        last=comp(['Bøge', 'Kjærs', 'Thyge', 'Vester', 'Haug', 'Skov', 'Lauri', 'Dal', 'Holm', 'Lyng', 'Mølle', 'Kær'],
                  ['lund', 'gaard', 'sen', 'bølle', 'strup', 'by', 'høj']),
        streets=comp(['Hyben', 'Kirsebær', 'Mølle', 'Æble', 'Slåen', 'Tjørne', 'Hassel', 'Kløver', 'Lærke', 'Vibe'],
                     ['vej', 'haven', 'stien', 'toften']),
        types=[''],
        towns=[('Silkeborg', '', '8600'), ('Svendborg', '', '5700'), ('Viborg', '', '8800'), ('Roskilde', '', '4000'),
               ('Holstebro', '', '7500'), ('Nyborg', '', '5800'), ('Haderslev', '', '6100'), ('Hjørring', '', '9800'),
               ('Næstved', '', '4700'), ('Ribe', '', '6760')]),
    'es-CL': dict(
        first=['Javiera', 'Benjamín', 'Constanza', 'Matías', 'Antonella', 'Vicente', 'Catalina', 'Agustín', 'Florencia',
               'Bastián', 'Trinidad', 'Maite', 'Cristóbal', 'Josefa', 'Renato', 'Amanda', 'Gaspar', 'Millaray'],
        last=comp(['Valdivi', 'Henríqu', 'Cifuent', 'Sepúlv', 'Larra', 'Mardon', 'Gajard', 'Huenchu', 'Quilod', 'Painemal'],
                  ['eso', 'ez', 'es', 'eda', 'ín', 'ran', 'o', 'ao']),
        streets=['Los Aromos', 'Los Copihues', 'Los Boldos', 'Las Araucarias', 'Los Quillayes', 'Los Peumos', 'Los Maquis',
                 'Las Nalcas', 'Los Arrayanes', 'Los Ulmos'],
        types=['Pasaje', 'Calle'],
        towns=[('Temuco', '', '4780000'), ('Valdivia', '', '5090000'), ('Talca', '', '3460000'), ('Osorno', '', '5290000'),
               ('Chillán', '', '3780000'), ('Curicó', '', '3340000'), ('Linares', '', '3580000'), ('Coyhaique', '', '5950000')]),
}


EXTRA_FIRST = {
    'en-GB': ['Tegwen', 'Bronwen', 'Eluned', 'Caradoc', 'Iolo', 'Morag', 'Fenella', 'Crispin', 'Jocasta', 'Ottilie', 'Aled',
              'Siwan', 'Heledd', 'Torquil', 'Seonaid', 'Innes', 'Fearghas', 'Mhairi', 'Cressida', 'Araminta', 'Perpetua',
              'Barnaby', 'Clemmie', 'Hywel', 'Angharad'],
    'nl-NL': ['Wietske', 'Jelte', 'Hylke', 'Tjitske', 'Rinske', 'Gerbrich', 'Sytse', 'Bauke', 'Ymkje', 'Jorrit', 'Minke',
              'Pieternel', 'Berend', 'Hendrikje', 'Gijsbert', 'Ruurd', 'Marrit', 'Sjaak', 'Trijntje', 'Evert-Jan'],
    'sv-SE': ['Gunvor', 'Torsten', 'Märta', 'Evert', 'Ingegerd', 'Holger', 'Solveig', 'Arvid', 'Birger', 'Lovisa', 'Edvin',
              'Valdemar', 'Ragnhild', 'Sune', 'Britt-Marie', 'Anneli', 'Vendela', 'Gullan', 'Ragnar', 'Siv'],
    'el-GR': [('Ευδοκία', 'evdokia'), ('Σωτηρία', 'sotiria'), ('Μιλτιάδης', 'miltiadis'), ('Ηλέκτρα', 'ilektra'),
              ('Κλεάνθης', 'kleanthis'), ('Φωτεινή', 'foteini'), ('Ζαχαρίας', 'zacharias'), ('Ανθούλα', 'anthoula'),
              ('Ευστάθιος', 'efstathios'), ('Σταυρούλα', 'stavroula'), ('Περικλής', 'periklis'), ('Ασπασία', 'aspasia'),
              ('Φραγκίσκος', 'fragkiskos'), ('Ερασμία', 'erasmia'), ('Διονύσης', 'dionysis'), ('Αρετή', 'areti')],
    'es-CL': ['Anahí', 'Ignacia', 'Emilia', 'Fernanda', 'Joaquín', 'Rayén', 'Aylin', 'Alonso', 'Maximiliano', 'Pía',
              'Ayelén', 'Clemente', 'Lautaro', 'Isidora', 'Tadeo', 'Colomba', 'Amaru', 'Belén', 'Cristián', 'Antú'],
    'es-ES': ['Covadonga', 'Arantxa', 'Paloma', 'Álvaro', 'Inmaculada', 'Pelayo', 'Candela', 'Jacinto', 'Lourdes',
              'Ximena', 'Gorka', 'Maitane', 'Aitor', 'Marcelino', 'Custodia', 'Baltasar', 'Edurne', 'Yeray'],
    'fr-FR': ['Bertille', 'Églantine', 'Anselme', 'Philibert', 'Marceline', 'Guillemette', 'Honorine', 'Théophile',
              'Eulalie', 'Aymeric', 'Gauthier', 'Armelle', 'Blandine', 'Sosthène', 'Léopoldine', 'Corentin', 'Briac', 'Nolwenn'],
    'it-IT': ['Crocifissa', 'Fiorenzo', 'Gualtiero', 'Manfredi', 'Orsola', 'Prospero', 'Settimio', 'Tecla', 'Ubaldo',
              'Zeno', 'Assunta', 'Brunella', 'Liborio', 'Nunzia', 'Calogero', 'Romilda'],
    'de-DE': ['Adelheid', 'Berthold', 'Dörte', 'Eckhard', 'Fenja', 'Gisbert', 'Hedwig', 'Ingolf', 'Jutta', 'Kunibert',
              'Liesel', 'Meinhard', 'Notburga', 'Reinhild', 'Siegmar', 'Traudl', 'Waltraud', 'Wolfram', 'Hiltrud', 'Ortwin'],
    'pl-PL': ['Genowefa', 'Czesław', 'Eugenia', 'Feliks', 'Henryka', 'Ignacy', 'Janina', 'Kazimiera', 'Leszek',
              'Nikodem', 'Pelagia', 'Stanisława', 'Urszula', 'Władysław', 'Jolanta', 'Bogumiła', 'Eustachy'],
    'pt-BR': ['Benedita', 'Claudionor', 'Dalva', 'Eronildes', 'Gilvan', 'Heloísa', 'Ivanilda', 'Lindomar', 'Nadir',
              'Odete', 'Raimunda', 'Sebastiana', 'Valdir', 'Zuleide', 'Josefa', 'Genivaldo'],
    'cs-CZ': ['Anežka', 'Bedřich', 'Dobroslava', 'Jindřich', 'Květoslava', 'Miroslava', 'Oldřich', 'Pavla', 'Svatopluk',
              'Šárka', 'Vavřinec', 'Zbyněk', 'Žofie', 'Bohuslav', 'Ivana'],
    'ru-RU': [('Аглая', 'aglaya'), ('Евстафий', 'yevstafiy'), ('Лукерья', 'lukerya'), ('Фаина', 'faina'), ('Захар', 'zakhar'),
              ('Олимпиада', 'olimpiada'), ('Савелий', 'saveliy'), ('Нонна', 'nonna'), ('Феофан', 'feofan'), ('Римма', 'rimma'),
              ('Стефания', 'stefaniya'), ('Кузьма', 'kuzma'), ('Ариадна', 'ariadna'), ('Платон', 'platon')],
    'he-IL': [('אביטל', 'avital'), ('ינאי', 'yanai'), ('תהל', 'tahel'), ('ארבל', 'arbel'), ('הלל', 'hillel'),
              ('עומרי', 'omri'), ('אגם', 'agam'), ('נבו', 'nevo'), ('טליה', 'talya'), ('אוריה', 'oriya'), ('דביר', 'dvir'),
              ('שחר', 'shahar'), ('ליאל', 'liel')],
    'ar-EG': [('رضوى', 'radwa'), ('سيف', 'seif'), ('جيهان', 'gihan'), ('عصام', 'essam'), ('فريدة', 'farida'),
              ('مدحت', 'medhat'), ('لبنى', 'lobna'), ('هشام', 'hesham'), ('بسمة', 'basma'), ('ممدوح', 'mamdouh'),
              ('ريهام', 'reham'), ('شادي', 'shady')],
    'hi-IN': [('अरुंधति', 'arundhati'), ('यशोधरा', 'yashodhara'), ('शार्दूल', 'shardul'), ('कात्यायनी', 'katyayani'),
              ('तेजस', 'tejas'), ('निहारिका', 'niharika'), ('पार्थिव', 'parthiv'), ('सुहासिनी', 'suhasini'), ('अनिरुद्ध', 'aniruddh'),
              ('मालविका', 'malvika'), ('वेदांत', 'vedant'), ('ऐश्वर्या', 'aishwarya')],
    'da-DK': ['Birthe', 'Carsten', 'Else', 'Flemming', 'Grethe', 'Henning', 'Inger', 'Jørgen', 'Karen-Margrethe', 'Ove',
              'Pernille', 'Søren', 'Ulla', 'Vagn', 'Ejnar', 'Malou'],
}
EXTRA_LAST = {
    'he-IL': [('אבוטבול', 'abutbul'), ('בן-שושן', 'benshushan'), ('דהן', 'dahan'), ('גבאי', 'gabay'), ('אוחיון', 'ohayon'),
              ('פרץ-לוי', 'peretzlevi'), ('נחמיאס', 'nahmias'), ('ברקוביץ', 'berkovitz'), ('זלצמן', 'zaltsman'), ('טייב', 'taieb')],
    'hi-IN': [('भाटिया', 'bhatia'), ('खरे', 'khare'), ('तलवलकर', 'talwalkar'), ('अग्निहोत्री', 'agnihotri'),
              ('उपाध्याय', 'upadhyay'), ('चौबे', 'choubey'), ('थपलियाल', 'thapliyal'), ('नौटियाल', 'nautiyal'),
              ('बहुगुणा', 'bahuguna'), ('ममगाईं', 'mamgain'), ('कुकरेती', 'kukreti'), ('डंगवाल', 'dangwal'),
              ('पैन्यूली', 'painuly'), ('घिल्डियाल', 'ghildiyal'), ('उनियाल', 'uniyal')],
    'ko-KR': [('금', 'geum'), ('견', 'gyeon'), ('기', 'ki'), ('마', 'ma'), ('명', 'myung'), ('반', 'ban'), ('방', 'bang'),
              ('빈', 'bin'), ('석', 'seok'), ('설', 'seol'), ('옥', 'ok'), ('왕', 'wang'), ('천', 'cheon'), ('표', 'pyo'),
              ('함', 'ham'), ('길', 'gil'), ('음', 'eum'), ('단', 'dan')],
    'zh-CN': [('谭', 'tan'), ('廖', 'liao'), ('邝', 'kuang'), ('冼', 'xian'), ('佘', 'she'), ('蔺', 'lin'), ('晏', 'yan'),
              ('仝', 'tong'), ('钮', 'niu'), ('岑', 'cen'), ('甘', 'gan'), ('聂', 'nie'), ('贲', 'ben'), ('饶', 'rao')],
    'th-TH': comp([('สุข', 'suk'), ('ธรรม', 'thamma'), ('อินทร', 'inthara'), ('พรหม', 'phrom'), ('ชัย', 'chai')],
                  [('สวัสดิ์', 'sawat'), ('วิเศษ', 'wiset'), ('สถิตย์', 'sathit'), ('ศักดิ์', 'sak'), ('กุล', 'kun'),
                   ('วัฒนา', 'watthana')]),
}
EXTRA_STREETS = {
    'ar-EG': ['الياسمين', 'النخيل', 'الجميز', 'السنط', 'البرقوق', 'الصفصاف', 'اللبخ', 'التوت', 'الكافور', 'الحور',
              'الفيكس', 'العنب', 'الزيزفون', 'الرمان'],
    'hi-IN': ['गुलमोहर', 'अमलतास', 'कदंब', 'पलाश', 'चंपा', 'मौलश्री', 'हरसिंगार', 'कचनार', 'शीशम', 'जामुन', 'कनेर',
              'सेमल', 'बकुल', 'महुआ'],
    'th-TH': ['ลาดพร้าว 71', 'นิมมานเหมินท์', 'มิตรภาพ', 'รามคำแหง 53', 'สุริยวงศ์', 'พหลโยธิน 48', 'เจริญเมือง',
              'ประชาอุทิศ 33', 'ศรีจันทร์', 'หน้าเมือง', 'ท่าแพ', 'ช้างคลาน', 'วัวลาย', 'กลางเมือง', 'ประชาสโมสร'],
    'tr-TR': ['Menekşe', 'Çınaraltı', 'Lale', 'Zeytinlik', 'Ihlamur', 'Begonya', 'Sümbül', 'Akasya', 'Erguvan', 'Papatya',
              'Nergis', 'Gelincik', 'Manolya', 'Karanfil', 'Kardelen', 'Hanımeli'],
    'ja-JP': ['紺屋町', '鍛冶町', '材木町', '桜木町', '柳町', '鷹匠町', '鋳物師町', '塩屋町', '呉服町', '蛍町', '鶯谷',
              '葵町', '萱町', '榎町', '椿坂'],
    'ko-KR': ['벚꽃길', '은행나무길', '솔밭로', '갈대숲길', '매화로', '동백로', '해오름길', '물빛로', '소나무길', '반딧불로',
              '느티나무로', '억새길', '모래내로', '다솜길'],
    'es-CL': ['Los Aromos', 'Los Copihues', 'Los Boldos', 'Las Araucarias', 'Los Quillayes', 'Los Peumos', 'Los Maquis',
              'Las Nalcas', 'Los Arrayanes', 'Los Ulmos', 'Los Coigües', 'Los Canelos', 'Los Litres'],
}
EXTRA_TOWNS = {
    'en-US': [('Emporia', 'KS', '66801'), ('Spearfish', 'SD', '57783'), ('Kalispell', 'MT', '59901'), ('Oneonta', 'NY', '13820'),
              ('Nacogdoches', 'TX', '75961'), ('Ottumwa', 'IA', '52501'), ('Kirksville', 'MO', '63501'), ('Bemidji', 'MN', '56601')],
    'pt-BR': [('Garanhuns', 'PE', '55290-000'), ('Mossoró', 'RN', '59600-000'), ('Itabuna', 'BA', '45600-000'),
              ('Cascavel', 'PR', '85801-000'), ('Imperatriz', 'MA', '65900-000'), ('Parintins', 'AM', '69151-000')],
    'tr-TR': [('Odunpazarı', 'Eskişehir', '26010'), ('Yenimahalle', 'Ankara', '06170'), ('Karşıyaka', 'İzmir', '35540'),
              ('Osmangazi', 'Bursa', '16050'), ('Meram', 'Konya', '42090'), ('İlkadım', 'Samsun', '55060'),
              ('Akçaabat', 'Trabzon', '61300'), ('Bayraklı', 'İzmir', '35530'), ('Pamukkale', 'Denizli', '20160')],
    'el-GR': [('Ναύπλιο', '', '211 00'), ('Πρέβεζα', '', '481 00'), ('Καστοριά', '', '521 00'), ('Φλώρινα', '', '531 00'),
              ('Άρτα', '', '471 00'), ('Σπάρτη', '', '231 00'), ('Μεσολόγγι', '', '302 00'), ('Κιλκίς', '', '611 00'),
              ('Έδεσσα', '', '582 00'), ('Γρεβενά', '', '511 00')],
    'hi-IN': [('टिहरी', 'उत्तराखंड', '249001'), ('पौड़ी', 'उत्तराखंड', '246001'), ('अल्मोड़ा', 'उत्तराखंड', '263601'),
              ('रुड़की', 'उत्तराखंड', '247667'), ('हल्द्वानी', 'उत्तराखंड', '263139'), ('विदिशा', 'मध्य प्रदेश', '464001'),
              ('सीहोर', 'मध्य प्रदेश', '466001'), ('बैतूल', 'मध्य प्रदेश', '460001'), ('छिंदवाड़ा', 'मध्य प्रदेश', '480001')],
    'ja-JP': [('遠野市', '岩手県', '028-0524'), ('八女市', '福岡県', '834-0031'), ('臼杵市', '大分県', '875-0041'),
              ('萩市', '山口県', '758-0041'), ('犬山市', '愛知県', '484-0081'), ('飛騨市', '岐阜県', '509-4241'),
              ('津和野町', '島根県', '699-5605'), ('日南市', '宮崎県', '887-0021'), ('伊万里市', '佐賀県', '848-0041'),
              ('湯沢市', '秋田県', '012-0814'), ('五所川原市', '青森県', '037-0063')],
    'ko-KR': [('남원시', '전북특별자치도', '55740'), ('정읍시', '전북특별자치도', '56150'), ('영주시', '경상북도', '36100'),
              ('공주시', '충청남도', '32540'), ('논산시', '충청남도', '32960'), ('김천시', '경상북도', '39540'),
              ('통영시', '경상남도', '53030'), ('속초시', '강원특별자치도', '24830'), ('삼척시', '강원특별자치도', '25920'),
              ('나주시', '전라남도', '58260')],
    'zh-CN': [('阆中市', '四川省', '637400'), ('婺源县', '江西省', '333200'), ('歙县', '安徽省', '245200'),
              ('凤凰县', '湖南省', '416200'), ('平遥县', '山西省', '031100'), ('黟县', '安徽省', '245500'),
              ('霞浦县', '福建省', '355100'), ('腾冲市', '云南省', '679100'), ('建水县', '云南省', '654300'),
              ('磐安县', '浙江省', '322300')],
    'th-TH': [('ลำพูน', '', '51000'), ('น่าน', '', '55000'), ('แพร่', '', '54000'), ('ตราด', '', '23000'),
              ('ชุมพร', '', '86000'), ('ระนอง', '', '85000'), ('สกลนคร', '', '47000'), ('มุกดาหาร', '', '49000'),
              ('ยโสธร', '', '35000'), ('กาฬสินธุ์', '', '46000')],
}
for _t, _v in EXTRA_FIRST.items():
    POOLS[_t]['first'] = POOLS[_t]['first'] + _v
for _t, _v in EXTRA_LAST.items():
    POOLS[_t]['last'] = POOLS[_t]['last'] + _v
for _t, _v in EXTRA_STREETS.items():
    POOLS[_t]['streets'] = POOLS[_t]['streets'] + _v
for _t, _v in EXTRA_TOWNS.items():
    POOLS[_t]['towns'] = POOLS[_t]['towns'] + _v
POOLS['ar-EG']['types'] = ['شارع']
POOLS['hi-IN']['types'] = ['']
POOLS['th-TH']['types'] = ['ถนน', 'ซอย']
POOLS['tr-TR']['types'] = ['Sokak', 'Caddesi']
POOLS['hi-IN']['streets'] += ['Amaltas Marg', 'Kadamb Vihar', 'Palash Nagar', 'Maulshree Enclave', 'Harsingar Path',
                              'Kachnar Colony', 'Semal Kunj', 'Bakul Residency', 'Mahua Lane', 'Kaner Apartments']
POOLS['hi-IN']['towns'] += [('Almora', 'Uttarakhand', '263601'), ('Roorkee', 'Uttarakhand', '247667'),
                            ('Haldwani', 'Uttarakhand', '263139'), ('Vidisha', 'Madhya Pradesh', '464001'),
                            ('Sehore', 'Madhya Pradesh', '466001'), ('Betul', 'Madhya Pradesh', '460001'),
                            ('Chhindwara', 'Madhya Pradesh', '480001'), ('Ratlam', 'Madhya Pradesh', '457001')]
# articles / prepositions / generic street words are not pool words (they name nobody)
GENERIC = {'Los', 'Las', 'El', 'La', 'De', 'de', 'del', 'Del', 'des', 'du', 'la', 'los', 'las', 'dei', 'delle', 'dos', 'das',
           'Am', 'Na', 'U', 'Pod', 'San', 'Coronel', 'alej', 'Lane', 'Road', 'Close', 'Row', 'Run'}


for _tag, _L in LOCALES.items():
    _pp = POOLS[_tag]
    _L['first'] = pool(_tag + '.first', _pp['first'], key=lambda e: e if isinstance(e, str) else e[0])
    _L['last'] = pool(_tag + '.last', _pp['last'], key=lambda e: e if isinstance(e, str) else e[0])
    _L['streets'] = pool(_tag + '.streets', _pp['streets'])
    _L['types'] = _pp['types']
    _L['towns'] = pool(_tag + '.towns', _pp['towns'], key=lambda e: e[0])
TAGS = list(LOCALES)

COMPANIES = pool('companies', [
    ('Kvarnbacken Elservice', 'SE', 'se'), ('Brightwater Drain & Plumbing', 'US', 'com'), ('Ostermoor Hofladen', 'DE', 'de'),
    ('Valtrebon Boulangerie', 'FR', 'fr'), ('Castelnuovo Ferramenta', 'IT', 'it'), ('Hoornbeek Fietsenmakerij', 'NL', 'nl'),
    ('Serrazul Panificadora', 'BR', 'com.br'), ('Kivikko Tietotalo', 'FI', 'fi'), ('Zvonek pekárna', 'CZ', 'cz'),
    ('Podkówka Zakład Szewski', 'PL', 'pl'), ('Ribacorva Talleres', 'ES', 'es'), ('Tuğlacı Yapı Market', 'TR', 'com.tr'),
    ('Copperleaf Lettings', 'GB', 'co.uk'), ('Skovbrynet VVS', 'DK', 'dk'), ('Maitenes Ferretería', 'CL', 'cl'),
    ('Olivewood Veterinary Clinic', 'US', 'com'), ('Reinholdt Glaserei', 'DE', 'de'), ('Quillfeather Books', 'GB', 'co.uk'),
    ('Tindrel Bikes', 'NL', 'nl'), ('Marrowgate Dental', 'GB', 'co.uk'), ('Fennick Hardware', 'US', 'com'),
    ('Orvelle Pâtisserie', 'FR', 'fr'), ('Skarvik Marin', 'SE', 'se'), ('Lönnhagen Bygg', 'SE', 'se'),
    ('Brakkenfeld Elektro', 'DE', 'de'), ('Pirellone Ottica', 'IT', 'it'), ('Vetrallo Serramenti', 'IT', 'it'),
    ('Kellaruusu Kukkakauppa', 'FI', 'fi'), ('Zarzecze Meble', 'PL', 'pl'), ('Solvarde Clínica', 'ES', 'es'),
    ('Ipêverde Materiais', 'BR', 'com.br'), ('Hvidkløver Tandklinik', 'DK', 'dk'), ('Brusnikov Remont', 'RU', 'ru'),
], key=lambda e: e[0].split()[0])
PUBLIC = pool('public', [
    ('Ursula von der Leyen', 'President of the European Commission'), ('Christine Lagarde', 'President of the ECB'),
    ('Mette Frederiksen', 'Prime Minister of Denmark'), ('Ulf Kristersson', 'Prime Minister of Sweden'),
    ('Petteri Orpo', 'Prime Minister of Finland'), ('Kristalina Georgieva', 'Managing Director of the IMF'),
    ('Pedro Sánchez', 'Prime Minister of Spain'), ('Donald Tusk', 'Prime Minister of Poland'),
    ('Keir Starmer', 'Prime Minister of the United Kingdom'), ('Jerome Powell', 'Chair of the Federal Reserve'),
    ('Ngozi Okonjo-Iweala', 'Director-General of the WTO'), ('Tedros Adhanom Ghebreyesus', 'Director-General of the WHO'),
    ('Giorgia Meloni', 'Prime Minister of Italy'), ('Roberta Metsola', 'President of the European Parliament'),
    ('Volker Türk', 'UN High Commissioner for Human Rights'), ('Rafael Grossi', 'Director General of the IAEA'),
    ('Mathias Cormann', 'Secretary-General of the OECD'), ('Nadia Calviño', 'President of the European Investment Bank'),
    ('Andrew Bailey', 'Governor of the Bank of England'), ('Joachim Nagel', 'President of the Bundesbank'),
    ('Kazuo Ueda', 'Governor of the Bank of Japan'), ('Pan Gongsheng', "Governor of the People's Bank of China"),
    ('Gabriel Galípolo', 'Governor of the Central Bank of Brazil'), ('Teresa Ribera', 'Executive Vice-President of the European Commission'),
    ('Kaja Kallas', 'EU High Representative for Foreign Affairs'), ('Alar Karis', 'President of Estonia'),
    ('Petr Pavel', 'President of the Czech Republic'), ('Alexander Stubb', 'President of Finland'),
    ('Frank-Walter Steinmeier', 'Federal President of Germany'), ('Sergio Mattarella', 'President of Italy'),
    ('Karin Keller-Sutter', 'Swiss Federal Councillor'), ('Jonas Gahr Støre', 'Prime Minister of Norway'),
])
HISTORICAL = pool('historical', [
    ('Ada Lovelace', dt.date(1815, 12, 10)), ('Nikola Tesla', dt.date(1856, 7, 10)), ('Selma Lagerlöf', dt.date(1858, 11, 20)),
    ('Fernando Pessoa', dt.date(1888, 6, 13)), ('Rabindranath Tagore', dt.date(1861, 5, 7)), ('Emmy Noether', dt.date(1882, 3, 23)),
    ('Srinivasa Ramanujan', dt.date(1887, 12, 22)), ('Karel Čapek', dt.date(1890, 1, 9)), ('Hedy Lamarr', dt.date(1914, 11, 9)),
    ('Jean Sibelius', dt.date(1865, 12, 8)), ('Wisława Szymborska', dt.date(1923, 7, 2)), ('Nazım Hikmet', dt.date(1902, 1, 15)),
    ('Lise Meitner', dt.date(1878, 11, 7)), ('Bertha von Suttner', dt.date(1843, 6, 9)), ('Gerty Cori', dt.date(1896, 8, 15)),
    ('Mary Somerville', dt.date(1780, 12, 26)), ('Chien-Shiung Wu', dt.date(1912, 5, 31)), ('Sofia Kovalevskaya', dt.date(1850, 1, 15)),
    ('Tycho Brahe', dt.date(1546, 12, 14)), ('Anders Celsius', dt.date(1701, 11, 27)), ('Kristian Birkeland', dt.date(1867, 12, 13)),
    ('Niels Henrik Abel', dt.date(1802, 8, 5)), ('Sophie Germain', dt.date(1776, 4, 1)), ('Maria Gaetana Agnesi', dt.date(1718, 5, 16)),
    ('Laura Bassi', dt.date(1711, 10, 29)), ('Inge Lehmann', dt.date(1888, 5, 13)), ('Hertha Ayrton', dt.date(1854, 4, 28)),
    ('Carlos Chagas', dt.date(1879, 7, 9)), ('Hideyo Noguchi', dt.date(1876, 11, 9)), ('Božena Němcová', dt.date(1820, 2, 4)),
    ('Minna Canth', dt.date(1844, 3, 19)), ('Aleksis Kivi', dt.date(1834, 10, 10)), ('Gabriela Mistral', dt.date(1889, 4, 7)),
    ('Violeta Parra', dt.date(1917, 10, 4)), ('Halide Edib Adıvar', dt.date(1884, 6, 11)), ('Kostis Palamas', dt.date(1859, 1, 13)),
])
PLACEHOLDER_NAMES = pool('placeholder_names', ['John Doe', 'Jane Doe', 'Max Mustermann', 'Erika Mustermann',
                                                'Fulano de Tal', 'Joe Bloggs', 'Richard Roe'])


GENDERED = {
    'ru-RU': (lambda f: f[-1] in 'ая', lambda l: l[-1] in 'ая'),
    'pl-PL': (lambda f: f.endswith('a'), lambda l: l.endswith('a')),
    'cs-CZ': (lambda f: f[-1] in 'ae', lambda l: l[-1] in 'á'),
    'el-GR': (lambda f: f[-1] in 'αηήί', lambda l: not l.endswith('ς')),
}


class P:
    """One private data subject of one locale."""

    def __init__(self, rng, tag):
        L = LOCALES[tag]
        self.tag, self.L, self.ph = tag, L, L['ph']
        f = rng.choice(L['first'])
        lasts = L['last']
        if tag in GENDERED:
            fem_first, fem_last = GENDERED[tag]
            nat = f if isinstance(f, str) else f[0]
            want = fem_first(nat)
            lasts = [x for x in lasts if fem_last(x if isinstance(x, str) else x[0]) == want] or lasts
        l = rng.choice(lasts)
        self.first, fr = (f, fold(f)) if isinstance(f, str) else f
        self.last, lr = (l, fold(l)) if isinstance(l, str) else l
        if L['order'] == 'e':
            self.full = f'{self.last} {self.first}' if tag == 'ja-JP' else f'{self.last}{self.first}'
        else:
            self.full = f'{self.first} {self.last}'
        fr, lr = re.sub(r'[^a-z]', '', fr.lower()), re.sub(r'[^a-z]', '', lr.lower())
        self.dob = gen_dob(rng)
        self.dob_s = fmt_date(L['date'], self.dob)
        local = rng.choice([f'{fr}.{lr}', f'{fr[0]}{lr}{self.dob.year % 100:02d}', f'{lr}.{fr}{rng.randint(2, 99)}',
                            f'{fr}_{lr}', f'{fr}{lr[:3]}{self.dob.year}'])
        self.local, self.domain = local, rng.choice(L['mail'])
        self.email = f'{local}@{self.domain}'
        self.phone = gen_phone(rng, L['region'])
        s, t = rng.choice(L['streets']), rng.choice(L['types'])
        town, extra, pc = rng.choice(L['towns'])
        if not extra:
            city = town
        elif tag in ('ja-JP', 'zh-CN'):
            city = extra + town
        elif tag == 'ko-KR':
            city = extra + ' ' + town
        else:
            city = town + {'pt-BR': ' - ', 'tr-TR': '/', 'ar-EG': '، '}.get(tag, ', ') + extra
        self.no = rng.randint(2, 88)
        self.street, self.stype, self.city, self.pc = s, t, city, pc
        self.addr = L['addr'](s, t, self.no, city, pc)
        self.id = gen_id(rng, tag, self.dob)
        self.iban = gen_iban(rng, L['iban']) if L['iban'] else None
        self.card = gen_card(rng)
        self.ip = gen_ip(rng)


def company(rng, tag=None):
    region = LOCALES[tag]['region'] if tag else None
    cands = [c for c in COMPANIES if c[1] == region] or COMPANIES
    name, reg, tld = rng.choice(cands)
    dom = re.sub(r'[^a-z]', '', fold(name).lower().replace('&', ''))[:18] + '.' + tld
    return name, gen_landline(rng, reg), dom, reg


def phone_parts(s, region):
    num = phonenumbers.parse(s, region)
    nsn = str(num.national_number)
    k = phonenumbers.length_of_national_destination_code(num) or 3
    return f'+{num.country_code}', nsn[:k], nsn[k:]


def mutate_digit(rng, s):
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    i = rng.choice(idx[len(idx) // 2:])
    d = str((int(s[i]) + rng.randint(1, 8)) % 10)
    return s[:i] + d + s[i + 1:]


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


def ph(p, k):
    return p.ph[k]


# ----------------------------------------------------------------------------------------------------------
# documentation / nobody values
# ----------------------------------------------------------------------------------------------------------
def doc_phone(rng):
    v = f'+1 {rng.choice(["202", "312", "415", "617"])}-555-01{rng.randint(0, 99):02d}'
    assert re.fullmatch(r'\+1 \d{3}-555-01\d\d', v)
    return v


def doc_ip(rng):
    return rng.choice([f'192.0.2.{rng.randint(1, 254)}', f'198.51.100.{rng.randint(1, 254)}',
                       f'203.0.113.{rng.randint(1, 254)}', f'2001:db8::{rng.randint(1, 0xffff):x}'])


def doc_email(rng):
    return rng.choice(['jane.doe', 'john.doe', 'user', 'alice', 'bob', 'test.user', 'customer']) + '@' + \
        rng.choice(['example.com', 'example.org', 'example.net'])


def test_card(rng):
    v = rng.choice(sorted(TEST_CARDS - {'378282246310005'}))
    assert luhn.is_valid(v)
    return ' '.join(v[i:i + 4] for i in range(0, 16, 4))


def reg_iban(rng):
    v = rng.choice(IBAN_REGISTRY_EXAMPLES)
    assert std_iban.is_valid(v)
    return std_iban.format(v)


def order_no(rng):
    return rng.choice([f'ORD-{rng.randint(2024, 2026)}-{digits(rng, 6)}', f'#{digits(rng, 7)}',
                       f'1Z{digits(rng, 3)}E{digits(rng, 2)}{digits(rng, 10)}', f'INC{digits(rng, 7)}',
                       f'RMA-{digits(rng, 5)}', f'TKT-{digits(rng, 5)}'])


def notable(rng):
    if rng.random() < 0.35:
        n, role = rng.choice(PUBLIC)
        return n, role, None
    n, d = rng.choice(HISTORICAL)
    return n, None, d


def mask_email(e):
    local, dom = e.split('@')
    return f'{local[0]}***@{dom}'


def mask_phone(s):
    ds = [i for i, c in enumerate(s) if c.isdigit()]
    keep = set(ds[-2:]) | set(ds[:2])
    return ''.join(c if (not c.isdigit() or i in keep) else '*' for i, c in enumerate(s))


def mask_card(c):
    return '**** **** **** ' + c.replace(' ', '')[-4:]


def mask_iban(v):
    return v[:2] + '** **** **** **** ' + v.replace(' ', '')[-4:]


def mask_id(v):
    ds = [i for i, c in enumerate(v) if c.isalnum()]
    keep = set(ds[-4:])
    return ''.join(c if (not c.isalnum() or i in keep) else 'X' for i, c in enumerate(v))


def typo_email(rng, p):
    dom = p.domain
    opts = []
    if dom == 'gmail.com':
        opts += [p.local + '@gmial.com', p.local + '@gmail.con', p.local + '@gmai.com']
    if 'hotmail' in dom:
        opts += [p.local + '@' + dom.replace('hotmail', 'hotmial')]
    if 'yahoo' in dom:
        opts += [p.local + '@' + dom.replace('yahoo', 'yahooo')]
    opts += [p.local + '@' + dom.replace('.', ',', 1), p.local + '@@' + dom, p.local + ' @' + dom]
    return rng.choice(opts)


def typo_phone(rng, s):
    idx = [i for i, c in enumerate(s) if c in '01']
    if not idx:
        return s.replace(' ', '  ', 1) + ' ' if ' ' in s else s + '.'
    i = rng.choice(idx)
    return s[:i] + {'0': 'O', '1': 'l'}[s[i]] + s[i + 1:]


def typo_name(rng, full):
    chars = list(full)
    idx = [i for i in range(1, len(chars) - 2) if chars[i].isalpha() and chars[i + 1].isalpha() and chars[i] != chars[i + 1]]
    if not idx:
        return full
    i = rng.choice(idx)
    chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return ''.join(chars)


EN_ASKS = ['Can you turn this into a clean JSON object?', 'Summarise this in two lines.', 'Draft a short polite reply.',
           'Translate this to English.', 'What is missing before we can process this?', 'Fix the formatting please.',
           'Classify this: billing / delivery / account / other.', 'Write a one-line CRM note from this.']
SYSTEMS = ['You are a customer-support assistant. Be concise.', 'You help a small office with admin tasks.',
           'You are an assistant inside a CRM. Answer in the user\'s language.', 'You draft replies for a helpdesk.',
           'You are a data-entry assistant. Output only what is asked.']


def S(rng):
    return rng.choice(SYSTEMS)


def A(rng):
    return rng.choice(EN_ASKS)


def jd(o):
    return json.dumps(o, ensure_ascii=False)


def tc(name, args, cid):
    return {'id': cid, 'type': 'function', 'function': {'name': name, 'arguments': jd(args)}}


def callid(rng):
    return 'call_' + ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(20))


PLACEMENTS = ['user', 'parts', 'file', 'system', 'tool_result', 'tool_args', 'assistant_prev', 'metadata', 'user']


def place(rng, i, blob, ask):
    """Put one text blob into a chat request, by rotation over the fields a client really sends."""
    where = PLACEMENTS[i % len(PLACEMENTS)]
    if where == 'metadata' and len(blob) > 480:
        where = 'parts'
    sysm = {'role': 'system', 'content': S(rng)}
    extra = {}
    if where == 'user':
        msgs = [sysm, {'role': 'user', 'content': f'{ask}\n\n{blob}' if rng.random() < 0.5 else f'{blob}\n\n{ask}'}]
    elif where == 'parts':
        msgs = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ask}, {'type': 'text', 'text': blob}]}]
    elif where == 'file':
        fn = rng.choice(['note.txt', 'ticket_export.txt', 'form.txt', 'paste.md', 'message.eml.txt'])
        data = base64.b64encode(blob.encode()).decode()
        msgs = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ask},
                {'type': 'file', 'file': {'filename': fn, 'file_data': f'data:text/plain;base64,{data}'}}]}]
    elif where == 'system':
        msgs = [{'role': 'system', 'content': S(rng) + '\n\nCase context:\n' + blob}, {'role': 'user', 'content': ask}]
    elif where == 'tool_result':
        cid = callid(rng)
        msgs = [sysm, {'role': 'user', 'content': 'Open the latest case. ' + ask},
                {'role': 'assistant', 'content': None, 'tool_calls': [tc('get_case', {'latest': True}, cid)]},
                {'role': 'tool', 'tool_call_id': cid, 'content': jd({'case_text': blob})}]
        extra['tools'] = [{'type': 'function', 'function': {'name': 'get_case', 'description': 'Fetch a support case',
                           'parameters': {'type': 'object', 'properties': {'latest': {'type': 'boolean'}}}}}]
    elif where == 'tool_args':
        cid = callid(rng)
        msgs = [sysm, {'role': 'user', 'content': 'Save this as a note.'},
                {'role': 'assistant', 'content': None, 'tool_calls': [tc('save_note', {'text': blob}, cid)]},
                {'role': 'tool', 'tool_call_id': cid, 'content': '{"ok": true}'},
                {'role': 'user', 'content': 'Thanks. ' + ask}]
        extra['tools'] = [{'type': 'function', 'function': {'name': 'save_note', 'parameters': {
            'type': 'object', 'properties': {'text': {'type': 'string'}}, 'required': ['text']}}}]
    elif where == 'assistant_prev':
        msgs = [sysm, {'role': 'user', 'content': 'I dictated something earlier, read it back.'},
                {'role': 'assistant', 'content': 'Here is what I have:\n' + blob}, {'role': 'user', 'content': ask}]
    else:  # metadata
        msgs = [sysm, {'role': 'user', 'content': ask + ' (the text is in the request metadata)'}]
        extra['metadata'] = {'source': 'crm', 'note': blob}
        extra['store'] = True
    return msgs, extra, where


def flatten(msgs):
    out = []
    for m in msgs:
        c = m.get('content')
        if isinstance(c, list):
            parts = []
            for part in c:
                if part['type'] == 'text':
                    parts.append(part['text'])
                elif part['type'] == 'file':
                    parts.append(base64.b64decode(part['file']['file_data'].split(',', 1)[1]).decode())
            c = '\n'.join(parts)
        if m.get('tool_calls'):
            c = (c or '') + ' '.join(f"[{t['function']['name']}({t['function']['arguments']})]" for t in m['tool_calls'])
        out.append(f"{m['role'].capitalize()}: {c}")
    return '\n\n'.join(out) + '\n\nAssistant:'


# ----------------------------------------------------------------------------------------------------------
# sensitive builders, one per state; each returns (blob+ask | msgs+extra), needles, style
# ----------------------------------------------------------------------------------------------------------
def U(c):
    return {'role': 'user', 'content': c}


def AS(c):
    return {'role': 'assistant', 'content': c}


def SY(c):
    return {'role': 'system', 'content': c}


def id_or_phone(p):
    if p.id:
        return p.id[0], p.id[1], p.id[2]
    return 'phone', p.phone, p.ph['phone']


def s_full(rng, tag, k):
    p, h = P(rng, tag), LOCALES[tag]['ph']
    v = k % 7
    if v == 0:
        blob = f"{h['upd']}:\n{h['name']}: {p.full}\n{h['phone']}: {p.phone}\n{h['email']}: {p.email}"
        nd = [('person', p.full), ('phone', p.phone), ('email', p.email)]
        if p.id and k % 2 == 0:
            blob += f"\n{p.id[2]}: {p.id[1]}"
            nd.append((p.id[0], p.id[1]))
        return dict(blob=blob, ask=A(rng)), nd, 'contact_update'
    if v == 1:
        blob = f"{h['name']}: {p.full}\n{h['addr']}: {p.addr}\n{h['phone']}: {p.phone}"
        return dict(blob=blob, ask='Check this delivery address is complete.'), \
            [('person', p.full), ('STREET_ADDRESS', p.addr), ('phone', p.phone)], 'shipping_form'
    if v == 2:
        et, val, lab = id_or_phone(p)
        blob = f"{h['name']}: {p.full}\n{h['dob']}: {p.dob_s}\n{lab}: {val}"
        nd = [('person', p.full), ('DATE_OF_BIRTH', p.dob_s), (et, val)]
        if tag in ('en-US', 'en-GB'):
            mrn = gen_mrn(rng)
            blob += f"\nHospital no.: {mrn}"
            nd.append(('MEDICAL_RECORD', mrn))
        return dict(blob=blob, ask='Is anything inconsistent in this identity check?'), nd, 'identity_check'
    if v == 3:
        if tag == 'en-US':
            r, a = gen_bank(rng)
            blob = f"Refund to {p.full}, routing {r}, account {a}"
            return dict(blob=blob, ask=A(rng)), [('person', p.full), ('US_BANK_NUMBER', r), ('US_BANK_NUMBER', a)], 'refund_bank'
        if p.iban:
            blob = f"{h['name']}: {p.full}\n{h['iban']}: {p.iban}"
            return dict(blob=blob, ask='Prepare the refund instruction.'), [('person', p.full), ('iban', p.iban)], 'refund_iban'
        blob = f"{p.full} — card {p.card}, exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}"
        return dict(blob=blob, ask='Why might this payment fail?'), [('person', p.full), ('credit_card', p.card)], 'card'
    if v == 4:
        blob = f"Chargeback: cardholder {p.full}, PAN {p.card}, contact {p.email}"
        return dict(blob=blob, ask=A(rng)), [('person', p.full), ('credit_card', p.card), ('email', p.email)], 'chargeback'
    if v == 5:
        blob = f"Blocked sign-in for {p.email} from {p.ip} at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} UTC, 5 failed attempts"
        return dict(blob=blob, ask='Explain this security alert in plain words.'), [('email', p.email), ('IP_ADDRESS', p.ip)], 'login_alert'
    rel = rng.choice(['my sister', 'my neighbour', 'our babysitter', 'my dad'])
    blob = (f"Packing list for the weekend: tent, two sleeping bags, stove, gas, headlamps, first-aid kit, rain covers, "
            f"snacks for the kids. If we lose signal, {rel} has the spare keys: {p.phone}. "
            f"Leaving Friday 6pm, back Sunday afternoon.")
    return dict(blob=blob, ask='Turn this into a checklist.'), [('phone', p.phone)], 'single_phone'


def s_corrected(rng, tag, k):
    p, h = P(rng, tag), LOCALES[tag]['ph']
    v = k % 6
    if v == 0:
        wrong = mutate_digit(rng, p.phone)
        t = f"{h['phone']}: {wrong}… {h['sorry']} {p.phone}. {p.full}"
        return dict(blob=t, ask=A(rng)), [('phone', p.phone), ('person', p.full)], 'phone_mid_message'
    if v == 1:
        wrong = p.local[:-1] + '@' + p.domain if len(p.local) > 3 else 'x' + p.email
        msgs = [SY(S(rng)), U(f"{h['upd']}: {p.full}, {wrong}"), AS(f'Thanks — I have {wrong} on file now.'),
                U(f"{h['sorry']} {p.email}")]
        return dict(msgs=msgs), [('person', p.full), ('email', p.email)], 'email_next_turn'
    if v == 2:
        wl = typo_name(rng, p.last)
        msgs = [SY(S(rng)), U(f"Booking for {p.first} {wl}, table for 4, Saturday 19:30"),
                AS('Booked. Anything else?'), U(f"{h['sorry']}: {p.last}, not {wl}. {h['phone']} {p.phone}")]
        return dict(msgs=msgs), [('person', p.first), ('person', p.last), ('phone', p.phone)], 'surname_next_turn'
    if v == 3 and p.id and (k // 6) % 2 == 1:
        et, val, lab = p.id
        wrong = mutate_digit(rng, val)
        msgs = [SY(S(rng)), U(f"{lab} {wrong}"), AS(f'That {lab} does not pass validation.'), U(f"{h['sorry']} {val}")]
        return dict(msgs=msgs), [(et, val)], 'id_after_validation'
    if v == 3:
        wrong = fmt_date(LOCALES[tag]['date'], p.dob.replace(year=p.dob.year + 1))
        t = f"{h['name']}: {p.full}\n{h['dob']}: {wrong} — {h['sorry']} {p.dob_s}"
        return dict(blob=t, ask='Update the record.'), [('person', p.full), ('DATE_OF_BIRTH', p.dob_s)], 'dob_mid_message'
    if v == 4 and p.iban:
        wrong = mutate_digit(rng, p.iban)
        msgs = [SY(S(rng)), U(f"{h['iban']}: {wrong}"), AS('That IBAN fails its checksum. Could you check it?'),
                U(f"{h['sorry']} {p.iban} ({p.full})")]
        return dict(msgs=msgs), [('iban', p.iban), ('person', p.full)], 'iban_after_checksum'
    wrong_no = p.no + rng.randint(1, 9)
    wrong = LOCALES[tag]['addr'](p.street, p.stype, wrong_no, p.city, p.pc)
    msgs = [SY(S(rng)), U(f"{h['addr']}: {wrong}"), AS('Noted.'),
            U(f"{h['sorry']}: {p.addr}. {h['name']}: {p.full}")]
    return dict(msgs=msgs), [('STREET_ADDRESS', p.addr), ('person', p.full)], 'address_house_number'


def s_split(rng, tag, k):
    p, h = P(rng, tag), LOCALES[tag]['ph']
    v = k % 6
    if v == 0:
        cc, ndc, rest = phone_parts(p.phone, LOCALES[tag]['region'])
        form = {'first_name': p.first, 'last_name': p.last, 'country_code': cc, 'area_code': ndc, 'number': rest}
        cid = callid(rng)
        msgs = [SY(S(rng)), U('Register the caller from the form.'),
                AS(None) | {'tool_calls': [tc('create_contact', form, cid)]},
                {'role': 'tool', 'tool_call_id': cid, 'content': '{"status": "created"}'}, U('Confirm what you saved.')]
        return dict(msgs=msgs, extra={'tools': [{'type': 'function', 'function': {'name': 'create_contact', 'parameters': {
            'type': 'object', 'properties': {x: {'type': 'string'} for x in form}}}}]}), \
            [('person', p.first), ('person', p.last), ('phone', cc), ('phone', ndc), ('phone', rest)], 'phone_in_form_fields'
    if v == 1:
        msgs = [SY(S(rng)), U(f"hi, {p.first} here, I ordered last week"), AS('Hi! What can I do for you?'),
                U('the parcel never arrived'), AS('Sorry about that. Can I have your surname for the lookup?'),
                U(f"{h['surname']} {p.last}")]
        return dict(msgs=msgs), [('person', p.first), ('person', p.last)], 'name_across_turns'
    if v == 2:
        msgs = [SY(S(rng)), U(f"{p.full}. email: {p.local}"), AS('And the domain?'), U(f"@{p.domain}")]
        return dict(msgs=msgs), [('person', p.full), ('email', p.local), ('email', '@' + p.domain)], 'email_local_then_domain'
    if v == 3 and p.iban:
        a, b = p.iban[:12], p.iban[12:].strip()
        msgs = [SY(S(rng)), U(f"{h['iban']} {p.full}: {a}"), AS('Go on.'), U(b)]
        return dict(msgs=msgs), [('iban', a), ('iban', b), ('person', p.full)], 'iban_two_halves'
    if v == 4 and p.id:
        et, val, lab = p.id
        a, b = val[:len(val) // 2], val[len(val) // 2:]
        msgs = [SY(S(rng)), U(f"{p.full}, {lab} {a}"), AS('The number looks short — is there more?'), U(f"yes sorry: ...{b}")]
        return dict(msgs=msgs), [('person', p.full), (et, a), (et, b)], 'id_two_halves'
    if v in (3, 4):
        c = p.card
        msgs = [SY(S(rng)), U(f"paying for the course, first half of the card {c[:9]}"), AS('And the remaining digits?'),
                U(f"{c[10:]} exp {rng.randint(1, 12):02d}/{rng.randint(27, 30)}")]
        return dict(msgs=msgs), [('credit_card', c[:9]), ('credit_card', c[10:])], 'card_two_halves'
    street = (f'{p.street} {p.stype}' if tag in ('en-US', 'en-GB', 'tr-TR') else f'{p.stype} {p.street}').strip()
    addr = {'given_name': p.first, 'family_name': p.last, 'street': street,
            'house_number': str(p.no), 'postcode': p.pc, 'city': p.city}
    extra = {'response_format': {'type': 'json_schema', 'json_schema': {'name': 'label', 'schema': {
        'type': 'object', 'properties': {'label_text': {'type': 'string'}}}}}}
    msgs = [SY(S(rng)), U('Build a shipping label line from these fields:\n' + jd(addr))]
    return dict(msgs=msgs, extra=extra), [('person', p.first), ('person', p.last), ('STREET_ADDRESS', p.street),
                                          ('STREET_ADDRESS', p.pc)], 'address_in_fields'


def s_typo(rng, tag, k):
    p, h = P(rng, tag), LOCALES[tag]['ph']
    v = k % 6
    if v == 0:
        e = typo_email(rng, p)
        return dict(blob=f"{h['name']}: {p.full}\n{h['email']}: {e}", ask=A(rng)), [('person', p.full), ('email', e)], 'email_domain_typo'
    if v == 1:
        ph_ = typo_phone(rng, p.phone)
        return dict(blob=f"{h['phone']}: {ph_}  ({p.full})", ask='Normalise this phone number to E.164.'), \
            [('phone', ph_), ('person', p.full)], 'phone_letter_for_digit'
    if v == 2:
        n = typo_name(rng, p.full)
        return dict(blob=f"{h['name']}: {n}\n{h['dob']}: {p.dob_s}", ask=A(rng)), [('person', n), ('DATE_OF_BIRTH', p.dob_s)], 'name_transposed'
    if v == 3 and p.iban:
        ib = p.iban.replace('0', 'O', 1) if '0' in p.iban[4:] else p.iban.lower()
        return dict(blob=f"{h['iban']}: {ib}\n{p.full}", ask='Is this IBAN valid?'), [('iban', ib), ('person', p.full)], 'iban_letter_O'
    if v == 4:
        st = typo_name(rng, p.addr)
        return dict(blob=f"{h['addr']}: {st}\n{p.full}", ask='Correct the spelling of this address.'), \
            [('STREET_ADDRESS', st), ('person', p.full)], 'address_typo'
    c = p.card
    i = max(j for j, ch in enumerate(c[:14]) if ch in '01') if any(ch in '01' for ch in c[:14]) else None
    ct = c[:i] + {'0': 'O', '1': 'l'}[c[i]] + c[i + 1:] if i is not None else c.replace(' ', ' -', 1)
    return dict(blob=f"card {ct} — {p.full}", ask='Why does the payment form reject this?'), \
        [('credit_card', ct), ('person', p.full)], 'card_letter_for_digit'


def s_masked(rng, tag, k):
    p, h = P(rng, tag), LOCALES[tag]['ph']
    v = k % 5
    if v == 0:
        rec = {'customer': {'email_display': mask_email(p.email), 'email': p.email, 'tier': 'silver'}}
        cid = callid(rng)
        msgs = [SY('Never reveal unmasked data to the user.'), U('What email do we have for the last caller?'),
                AS(None) | {'tool_calls': [tc('lookup_customer', {'last_caller': True}, cid)]},
                {'role': 'tool', 'tool_call_id': cid, 'content': jd(rec)}]
        return dict(msgs=msgs), [('email', p.email)], 'mask_leaks_in_tool_result'
    if v == 1:
        et, val, lab = id_or_phone(p)
        t = f"{h['name']}: {p.full}\n{h['dob']}: {p.dob_s}\n{lab}: {mask_id(val)}"
        return dict(blob=t, ask='Fill the verification checklist.'), [('person', p.full), ('DATE_OF_BIRTH', p.dob_s)], \
            'id_masked_name_dob_full'
    if v == 2:
        msgs = [SY(S(rng)), AS(f"Card on file: {p.card} ({p.full}). Displaying as {mask_card(p.card)}."),
                U(f'ok so the card ending {p.card[-4:]} is the right one? charge it')]
        return dict(msgs=msgs), [('credit_card', p.card), ('person', p.full)], 'card_masked_but_full_in_history'
    if v == 3:
        t = f"{h['phone']}: {mask_phone(p.phone)}\n\n--\n{p.full}\n{p.phone}"
        return dict(blob=t, ask=A(rng)), [('phone', p.phone), ('person', p.full)], 'phone_masked_signature_full'
    ib = mask_iban(p.iban) if p.iban else mask_card(p.card)
    t = f"{h['name']}: {p.full}\n{h['addr']}: {p.addr}\n{h['iban']}: {ib}"
    return dict(blob=t, ask='Write the dunning letter header.'), [('person', p.full), ('STREET_ADDRESS', p.addr)], 'account_masked_address_full'


def s_redacted(rng, tag, k):
    p, h = P(rng, tag), LOCALES[tag]['ph']
    v = k % 5
    if v == 0:
        t = f"[NAME] called about invoice {order_no(rng)}; call back on {p.phone} after 3pm."
        return dict(blob=t, ask=A(rng)), [('phone', p.phone)], 'name_redacted_phone_missed'
    if v == 1:
        t = (f"Dear [REDACTED],\nthe [REDACTED] at [ADDRESS REDACTED] will be inspected on Tuesday.\n"
             f"Kind regards,\n{p.full}\n{p.email}")
        return dict(blob=t, ask='Summarise.'), [('person', p.full), ('email', p.email)], 'signature_missed'
    if v == 2:
        msgs = [SY(f'Ticket owner: {p.full} <{p.email}>. Redact personal data in replies.'),
                U('Customer <EMAIL_1> says the app logs them out. Draft the reply to <PERSON_1>.')]
        return dict(msgs=msgs), [('person', p.full), ('email', p.email)], 'redacted_user_original_in_system'
    if v == 3:
        val = p.iban or p.card
        et = 'iban' if p.iban else 'credit_card'
        t = f"Payee: ████████ ██████\n{h['addr']}: ██████████\n{h['iban']}: {val}"
        return dict(blob=t, ask='Is this ready to send to accounting?'), [(et, val)], 'blocks_but_account_missed'
    t = f"<PERSON_1> ({h['dob']} {p.dob_s}) lives at {p.addr} with <PERSON_2>."
    nd = [('DATE_OF_BIRTH', p.dob_s), ('STREET_ADDRESS', p.addr)]
    if p.id:
        t += f" {p.id[2]}: {p.id[1]}."
        nd.append((p.id[0], p.id[1]))
    return dict(blob=t, ask='Rewrite in formal style.'), nd, 'pseudonyms_dob_address_left'


def s_placeholder(rng, tag, k):
    p, h = P(rng, tag), LOCALES[tag]['ph']
    v = k % 4
    if v == 0:
        cid = callid(rng)
        args = {'template': 'Dear {{first_name}} {{last_name}}, your appointment is confirmed. Reply to {{email}}.',
                'variables': {'first_name': p.first, 'last_name': p.last, 'email': p.email}}
        msgs = [SY(S(rng)), U('Send the confirmation.'), AS(None) | {'tool_calls': [tc('render_and_send', args, cid)]},
                {'role': 'tool', 'tool_call_id': cid, 'content': '{"queued": true}'}, U('Did it go out?')]
        return dict(msgs=msgs), [('person', p.first), ('person', p.last), ('email', p.email)], 'template_with_variables'
    if v == 1:
        t = f"{h['name']}: {p.full}\n{h['phone']}: <PHONE>\n{h['email']}: {{{{email}}}}\n{h['addr']}: [ADDRESS]"
        return dict(blob=t, ask='Which fields are still placeholders?'), [('person', p.full)], 'half_filled_form'
    if v == 2:
        t = f"first_name,last_name,email,phone\n{{first_name}},{{last_name}},{{email}},{{phone}}\n{p.first},{p.last},{p.email},{p.phone}"
        return dict(blob=t, ask='Validate this mail-merge CSV.'), \
            [('person', p.first), ('person', p.last), ('email', p.email), ('phone', p.phone)], 'merge_csv_header_and_row'
    et, val, lab = id_or_phone(p)
    t = f"{h['name']}: ____________\n{h['dob']}: {p.dob_s}\n{lab}: {val}\n{h['addr']}: ____________"
    return dict(blob=t, ask='What still has to be filled in?'), [('DATE_OF_BIRTH', p.dob_s), (et, val)], 'blank_name_id_filled'


def s_hashed(rng, tag, k):
    p, h = P(rng, tag), LOCALES[tag]['ph']
    v = k % 4
    if v == 0:
        ev = {'event': 'signup', 'email': p.email, 'email_sha256': sha(p.email.lower()), 'ts': 1764900000 + rng.randint(0, 10 ** 6)}
        nd = [('email', p.email)]
        if k % 8 == 4:
            ev = {'event': 'login', 'ip': p.ip, 'ip_hmac': sha('k' + p.ip), 'user_hash': sha(p.email.lower())}
            nd = [('IP_ADDRESS', p.ip)]
        return dict(blob=jd(ev), ask='Which fields should we drop before sending to analytics?'), nd, 'raw_beside_hash'
    if v == 1:
        t1, t2 = 'tok_' + sha(p.full)[:16], 'tok_' + sha(p.phone)[:16]
        vault = {t1: p.full, t2: p.phone}
        cid = callid(rng)
        msgs = [SY(S(rng)), U(f'Detokenise {t1} and {t2} for the courier.'),
                AS(None) | {'tool_calls': [tc('vault_lookup', {'tokens': [t1, t2]}, cid)]},
                {'role': 'tool', 'tool_call_id': cid, 'content': jd(vault)}]
        return dict(msgs=msgs), [('person', p.full), ('phone', p.phone)], 'token_vault_table'
    if v == 2:
        return dict(blob=f"{p.phone}", ask='Give me the SHA-256 of this phone number in E.164 form, for a hashed match:'), \
            [('phone', p.phone)], 'hash_me_raw_value'
    pid = f'P-{rng.randint(10000, 99999)}'
    key = f"pseudonym,name,{h['dob']}\n{pid},{p.full},{p.dob_s}"
    data = f"pseudonym,visit,score\n{pid},2026-03-02,14\n{pid},2026-05-11,9"
    msgs = [SY(S(rng)), U('data.csv:\n' + data), U('key.csv (re-identification table):\n' + key + '\n\nmerge them')]
    return dict(msgs=msgs), [('person', p.full), ('DATE_OF_BIRTH', p.dob_s)], 'pseudonyms_with_key'


def s_quoted(rng, tag, k):
    p, h = P(rng, tag), LOCALES[tag]['ph']
    v = k % 4
    if v == 0:
        msgs = [SY('Earlier turns were summarised to save tokens.'),
                AS(f"I've updated your delivery address to {p.addr} and your number to {p.phone}."), U('great, when does it ship?')]
        return dict(msgs=msgs), [('STREET_ADDRESS', p.addr), ('phone', p.phone)], 'assistant_confirms_address'
    if v == 1:
        msgs = [SY(S(rng)), U('read back what you have'), AS(f"Cardholder {p.full}, card number {p.card}. Shall I proceed?"),
                U('yes')]
        return dict(msgs=msgs), [('person', p.full), ('credit_card', p.card)], 'assistant_reads_card_back'
    if v == 2:
        et, val, lab = id_or_phone(p)
        nd = [(et, val), ('DATE_OF_BIRTH', p.dob_s)]
        extra_s = ''
        if tag in ('en-US', 'en-GB'):
            mrn = gen_mrn(rng)
            extra_s = f' Your hospital number is {mrn}.'
            nd.append(('MEDICAL_RECORD', mrn))
        msgs = [SY(S(rng)), AS(f"So your {lab} is {val} and {h['dob']} {p.dob_s} — correct?{extra_s}"), U('correct')]
        return dict(msgs=msgs), nd, 'assistant_echoes_id'
    draft = f"Dear {p.full},\nThank you for your message. We will write to {p.email} once the review is done."
    msgs = [SY(S(rng)), AS(draft), U('make it shorter')]
    return dict(msgs=msgs), [('person', p.full), ('email', p.email)], 'assistant_draft_quotes'


def s_retracted(rng, tag, k):
    p, h = P(rng, tag), LOCALES[tag]['ph']
    v = k % 4
    if v == 0:
        msgs = [SY(S(rng)), U(f"{h['phone']}: {p.phone}"), AS('Got it.'), U(h['ignore'])]
        return dict(msgs=msgs), [('phone', p.phone)], 'ignore_the_number'
    if v == 1 and p.id and (k // 4) % 2 == 1:
        et, val, lab = p.id
        msgs = [SY(S(rng)), U(f"{lab}: {val}"), AS('Thanks.'), U(f"wait, scratch the {lab}, you don't need it, right?")]
        return dict(msgs=msgs), [(et, val)], 'scratch_the_id'
    if v == 1:
        val = p.iban or p.card
        et = 'iban' if p.iban else 'credit_card'
        msgs = [SY(S(rng)), U(f"{p.full} — {val}"), U("please forget that, I shouldn't have pasted my bank details here")]
        return dict(msgs=msgs), [('person', p.full), (et, val)], 'forget_my_account'
    if v == 2:
        msgs = [SY(S(rng)), U("don't use my email for this, just answer here: how do I export my data?")]
        return dict(msgs=msgs, extra={'metadata': {'contact': p.email}, 'store': True}), [('email', p.email)], 'retracted_but_in_metadata'
    msgs = [SY(S(rng)), U(f"{p.full}, {h['dob']} {p.dob_s}"), AS('Thanks!'), U("actually don't store my birthday, remove it")]
    return dict(msgs=msgs), [('person', p.full), ('DATE_OF_BIRTH', p.dob_s)], 'remove_my_birthday'


# ----------------------------------------------------------------------------------------------------------
# benign builders: the same states on nobody's data, or on data no longer recoverable
# ----------------------------------------------------------------------------------------------------------
def b_full(rng, tag, k):
    h = LOCALES[tag]['ph']
    v = k % 6
    if v == 0:
        name, tel, dom, _ = company(rng, tag)
        t = f"{name}\n{h['phone']}: {tel}\n{h['email']}: {rng.choice(['info', 'support', 'kontakt', 'service'])}@{dom}\nMon–Fri 8–17"
        return dict(blob=t, ask='Translate this shop footer to English.'), 'org_contact_points'
    if v == 1:
        t = (f"fixtures:\n  email: {doc_email(rng)}\n  phone: \"{doc_phone(rng)}\"\n  card: \"{test_card(rng)}\"\n"
             f"  iban: \"{reg_iban(rng)}\"\n  ip: {doc_ip(rng)}")
        return dict(blob=t, ask='Convert this YAML fixture to JSON.'), 'documentation_values'
    if v == 2:
        n, role, d = notable(rng)
        if role:
            t = f"{n}, {role}, said at today's press conference that the budget talks will resume next week."
        else:
            t = f"{n} (born {d.isoformat()}) is the subject of our museum's new exhibition opening in May."
        return dict(blob=t, ask='Summarise in one sentence.'), 'public_or_historical_person'
    if v == 3:
        n, _, d = notable(rng)
        d = d or dt.date(1900, 1, 1)
        t = f"Quiz card: name: {n}\nborn: {fmt_date(LOCALES[tag]['date'], d) if d.year >= 1900 else d.isoformat()}\nhint: look at the photo"
        return dict(blob=t, ask='Make three more quiz questions in this format.'), 'historical_with_dates'
    if v == 4:
        t = f"Order {order_no(rng)} shipped, tracking {order_no(rng)}, invoice {order_no(rng)}. Delivery window 9–13h."
        return dict(blob=t, ask=A(rng)), 'order_tracking_numbers'
    name, tel, dom, _ = company(rng, tag)
    t = f"{name} moved: new showroom, opening hours 10–18, call {tel} for appointments, or write to hello@{dom}."
    return dict(blob=t, ask='Write a short social post from this.'), 'business_announcement'


def b_corrected(rng, tag, k):
    h = LOCALES[tag]['ph']
    v = k % 6
    if v == 0:
        a = order_no(rng)
        b = mutate_digit(rng, a)
        return dict(blob=f"order {a}… {h['sorry']} {b}", ask='Where is my parcel?'), 'order_number_corrected'
    if v == 1:
        a, b = doc_phone(rng), doc_phone(rng)
        return dict(blob=f"in the sample config use {a} — {h['sorry']} {b}, the other one is taken by the mock",
                    ask='Update the sample.'), 'documentation_phone_corrected'
    if v == 2:
        a, b = test_card(rng), test_card(rng)
        msgs = [SY('You help developers integrate payments.'), U(f'testing checkout with {a}'), AS('Which test mode are you in?'),
                U(f"{h['sorry']} {b}, the 3DS test card")]
        return dict(msgs=msgs), 'test_card_corrected'
    if v == 3:
        name, t1, dom, reg = company(rng, tag)
        t2 = gen_landline(rng, reg)
        return dict(blob=f"{name} hotline: {t1} — {h['sorry']} {t2} (the old switchboard closed)", ask=A(rng)), 'switchboard_corrected'
    if v == 4:
        a, b = rng.sample(HISTORICAL, 2)
        msgs = [SY(S(rng)), U(f"write a short bio of {a[0]}"), AS('Sure — which length?'), U(f"{h['sorry']} {b[0]}, 100 words")]
        return dict(msgs=msgs), 'historical_person_corrected'
    a = f'v{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}'
    b = mutate_digit(rng, a)
    msgs = [SY(S(rng)), U(f'the bug appears in {a}'), AS('Thanks, noted.'), U(f"{h['sorry']} {b}")]
    return dict(msgs=msgs), 'version_corrected'


def b_split(rng, tag, k):
    h = LOCALES[tag]['ph']
    v = k % 5
    if v == 0:
        name, tel, dom, reg = company(rng, tag)
        cc, ndc, rest = phone_parts(tel, reg)
        form = {'organisation': name, 'department': 'customer service', 'country_code': cc, 'area_code': ndc, 'number': rest}
        return dict(msgs=[SY(S(rng)), U('Make a vCard from these fields:\n' + jd(form))]), 'org_phone_in_fields'
    if v == 1:
        n, role, d = notable(rng)
        first, last = n.split(' ', 1)
        msgs = [SY(S(rng)), U(f'who was {first}…'), AS('Could you give the full name?'), U(f'{last}{", the " + role if role else ", the historical one"}')]
        return dict(msgs=msgs), 'notable_name_across_turns'
    if v == 2:
        ip = doc_ip(rng)
        if ':' in ip:
            a, b = ip.rsplit(':', 1)
            a += ':'
        else:
            a, b = ip.rsplit('.', 1)
            a += '.'
        return dict(msgs=[SY('You help with network documentation.'), U(f'subnet prefix {a}0/24'), U(f'gateway host part {b}, write the docs line')]), 'documentation_ip_split'
    if v == 3:
        c = test_card(rng)
        return dict(msgs=[SY('You help developers integrate payments.'), U(f'sandbox card first half {c[:9]}'), U(f'second half {c[10:]}, which brand is it?')]), 'test_card_split'
    ib = reg_iban(rng)
    return dict(msgs=[SY(S(rng)), U(f'the registry example IBAN starts {ib[:12]}'), U(f'and ends {ib[12:].strip()} — explain the check digits')]), 'registry_iban_split'


def b_typo(rng, tag, k):
    h = LOCALES[tag]['ph']
    v = k % 5
    if v == 0:
        name, tel, dom, _ = company(rng, tag)
        return dict(blob=f"Questions? {name}: suport@{dom} or {tel}", ask='Fix the typos.'), 'role_mailbox_typo'
    if v == 1:
        n, role, d = notable(rng)
        return dict(blob=f"{typo_name(rng, n)} {'(' + role + ')' if role else '(historical)'} is quoted in chapter 3.",
                    ask='Fix the spelling of the name.'), 'notable_name_typo'
    if v == 2:
        c = test_card(rng)
        return dict(blob=f"stripe test card {c.replace('4', 'A', 1) if '4' in c else c + '0'} keeps failing",
                    ask='What did I mistype?'), 'test_card_typo'
    if v == 3:
        p_ = doc_phone(rng).replace('0', 'O', 1)
        return dict(blob=f"placeholder phone in the docs: {p_}", ask='Is this a valid example number?'), 'documentation_phone_typo'
    o = order_no(rng)
    return dict(blob=f"tracking {o.replace('0', 'O', 1)}", ask='The tracking page says not found, why?'), 'tracking_number_typo'


def b_masked(rng, tag, k):
    h = LOCALES[tag]['ph']
    p = P(rng, tag)  # only masked forms of this subject's data leave this function
    v = k % 5
    if v == 0:
        return dict(blob=f"Payment declined for card {mask_card(p.card)}, exp **/**. Order {order_no(rng)}.", ask=A(rng)), 'card_last_four_only'
    if v == 1:
        return dict(blob=f"We sent a code to {mask_email(p.email)} and {mask_phone(p.phone)}.", ask='Translate this verification text.'), 'contact_masked_only'
    if v == 2:
        m = 'XXX-XX-' + digits(rng, 4)
        return dict(blob=f"IVR: caller verified with SSN ending {m}; issue: password reset.", ask='Summarise the call.'), 'ssn_last_four_only'
    if v == 3:
        ib = mask_iban(p.iban) if p.iban else mask_card(p.card)
        return dict(blob=f"Customer #{digits(rng, 6)} — {h['iban']}: {ib} — direct debit failed twice.", ask=A(rng)), 'account_masked_only'
    et, val, lab = id_or_phone(p)
    return dict(blob=f"{lab}: {mask_id(val)}\n{h['name']}: {p.full[0]}. {('*' * 5)}\n{h['dob']}: **/**/19**", ask='Which checks can we still do?'), 'id_and_name_masked'


def b_redacted(rng, tag, k):
    h = LOCALES[tag]['ph']
    v = k % 5
    if v == 0:
        t = f"[NAME] called about invoice {order_no(rng)}; call back on [PHONE] after 3pm."
    elif v == 1:
        t = "Dear [REDACTED],\nthe [REDACTED] at [ADDRESS REDACTED] will be inspected on Tuesday.\nKind regards,\n[REDACTED]\n[EMAIL REDACTED]"
    elif v == 2:
        t = "<PERSON_1> (<DATE_1>) lives at <LOCATION_1> with <PERSON_2>; contact <EMAIL_1>, <PHONE_1>."
    elif v == 3:
        t = f"Payee: ████████ ██████\n{h['addr']}: ██████████\n{h['iban']}: ██ ████ ████ ████ ████ ██"
    else:
        t = f"{h['name']}: ***\n{h['phone']}: ***\n{h['email']}: ***\n{h['addr']}: ***\n(redacted by DLP policy 4.2)"
    return dict(blob=t, ask=rng.choice(['Summarise.', 'Rewrite in formal style.', 'Is this ready to send?', A(rng)])), \
        ['bracket_tags', 'fully_redacted_letter', 'numbered_pseudonyms', 'block_characters', 'asterisks_dlp'][v]


def b_placeholder(rng, tag, k):
    h = LOCALES[tag]['ph']
    v = k % 5
    if v == 0:
        cid = callid(rng)
        args = {'template': 'Dear {{first_name}} {{last_name}}, your appointment is confirmed. Reply to {{email}}.',
                'variables': {'first_name': '{{first_name}}', 'last_name': '{{last_name}}', 'email': '{{email}}'}}
        msgs = [SY(S(rng)), U('Preview the template with empty variables.'),
                AS(None) | {'tool_calls': [tc('render_preview', args, cid)]}, {'role': 'tool', 'tool_call_id': cid, 'content': '{"ok": true}'}]
        return dict(msgs=msgs), 'template_unfilled'
    if v == 1:
        t = f"{h['name']}: <NAME>\n{h['phone']}: <PHONE>\n{h['email']}: {{{{email}}}}\n{h['addr']}: [ADDRESS]\n{h['dob']}: DD/MM/YYYY"
        return dict(blob=t, ask='Translate the labels of this blank form.'), 'blank_form'
    if v == 2:
        return dict(blob="first_name,last_name,email,phone\n{first_name},{last_name},{email},{phone}\n%FIRST%,%LAST%,%EMAIL%,%PHONE%",
                    ask='Validate this mail-merge CSV.'), 'merge_csv_no_rows'
    if v == 3:
        n = rng.choice(PLACEHOLDER_NAMES)
        return dict(blob=f"Sample: {n}, {doc_email(rng)}, {doc_phone(rng)}", ask='Is this sample data safe to ship in the docs?'), 'sample_person'
    return dict(blob="Hi $FIRST_NAME, your order ${ORDER_ID} ships to ${SHIPPING_ADDRESS}. Questions: ${SUPPORT_EMAIL}",
                ask='Rewrite this template in a warmer tone, keep the variables.'), 'shell_style_template'


def b_hashed(rng, tag, k):
    p = P(rng, tag)  # only hashes of this subject's data leave this function
    v = k % 4
    if v == 0:
        ev = {'event': 'signup', 'email_sha256': sha(p.email.lower()), 'phone_sha256': sha(p.phone), 'ts': 1764900000 + rng.randint(0, 10 ** 6)}
        return dict(blob=jd(ev), ask='Is this event safe to send to analytics?'), 'hashes_only'
    if v == 1:
        t1, t2 = 'tok_' + sha(p.full)[:16], 'tok_' + sha(p.phone)[:16]
        return dict(blob=f"shipment {order_no(rng)}: recipient {t1}, phone {t2} (vault: eu-1)", ask='Explain what these tokens are.'), 'vault_tokens_no_table'
    if v == 2:
        b = '$2b$12$' + base64.b64encode(hashlib.sha256(p.local.encode()).digest()).decode()[:53].replace('+', '.').replace('=', '')
        return dict(blob=f"users.csv row: id={rng.randint(1000, 9999)}, pw_hash={b}", ask='Which hashing scheme is this?'), 'password_hash'
    pid = f'P-{rng.randint(10000, 99999)}'
    return dict(blob=f"pseudonym,visit,score\n{pid},2026-03-02,14\n{pid},2026-05-11,9", ask='Plot-ready summary please.'), 'pseudonyms_without_key'


def b_quoted(rng, tag, k):
    v = k % 4
    if v == 0:
        c = gen_card(rng)
        msgs = [SY(S(rng)), AS(f'I have your card ending {c[-4:]} on file. Shall I use it?'), U('yes')]
        return dict(msgs=msgs), 'assistant_reads_last_four'
    if v == 1:
        name, tel, dom, _ = company(rng, tag)
        msgs = [SY(S(rng)), U('how do I reach them?'), AS(f'{name} can be reached at {tel} or service@{dom}.'), U('thanks, and on weekends?')]
        return dict(msgs=msgs), 'assistant_quotes_org_contact'
    if v == 2:
        n, role, d = notable(rng)
        msgs = [SY(S(rng)), AS(f'{n}{" (" + role + ")" if role else ""} is often quoted as the source of that idea.'), U('source?')]
        return dict(msgs=msgs), 'assistant_quotes_notable'
    msgs = [SY(S(rng)), AS('Your template reads: "Hello {{first_name}}, we will call you at {{phone}}."'), U('add a sign-off')]
    return dict(msgs=msgs), 'assistant_quotes_template'


def b_retracted(rng, tag, k):
    h = LOCALES[tag]['ph']
    v = k % 4
    if v == 0:
        msgs = [SY(S(rng)), U('[this message was deleted]'), AS('Got it.'), U(h['ignore'])]
        return dict(msgs=msgs), 'value_deleted_by_client'
    if v == 1:
        msgs = [SY(S(rng)), U(f'in the example use {doc_phone(rng)}'), U('ignore that number, it was a test one; use no phone at all')]
        return dict(msgs=msgs), 'documentation_value_retracted'
    if v == 2:
        msgs = [SY(S(rng)), U(f'order {order_no(rng)}'), AS('Looking it up.'), U('ignore the order number I gave, I found the parcel')]
        return dict(msgs=msgs), 'order_number_retracted'
    msgs = [SY(S(rng)), U(h['later'] + ' — first, what documents do I need to open an account?')]
    return dict(msgs=msgs), 'value_promised_not_given'


STATES = [('full', s_full, b_full), ('corrected', s_corrected, b_corrected), ('split', s_split, b_split),
          ('typo', s_typo, b_typo), ('masked', s_masked, b_masked), ('redacted', s_redacted, b_redacted),
          ('placeholder', s_placeholder, b_placeholder), ('hashed', s_hashed, b_hashed), ('quoted_back', s_quoted, b_quoted),
          ('retracted', s_retracted, b_retracted)]
N_SENS, N_BEN = 29, 21
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'gpt-4o']


def searchable(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m.group(1)).decode('utf-8', 'replace'))
    for m in re.finditer(r'"arguments": "((?:[^"\\]|\\.)*)"', s):
        parts.append(json.loads('"' + m.group(1) + '"'))
    return '\n'.join(parts)


def build_pii(seed):
    rng = random.Random(seed)
    recs = []
    n = 0
    for si, (state, sb, bb) in enumerate(STATES):
        for j in range(N_SENS + N_BEN):
            sens = j < N_SENS
            k = j if sens else j - N_SENS
            tag = TAGS[(j * 5 + si * 7) % len(TAGS)]
            if j < N_SENS and j % 6 == 5:
                tag = 'en-US' if (j // 6) % 2 else 'en-GB'
            if sens:
                spec, needles, style = sb(rng, tag, k)
            else:
                spec, style = bb(rng, tag, k)
                needles = []
            i = n
            if 'blob' in spec:
                msgs, extra, where = place(rng, i + si, spec['blob'], spec['ask'])
            else:
                msgs, extra, where = spec['msgs'], dict(spec.get('extra', {})), 'conversation'
            endpoint = 'completions' if (i * 7 + si) % 10 == 3 else 'chat'
            body = {'model': rng.choice(MODELS)}
            if endpoint == 'completions':
                body['prompt'] = flatten(msgs)
                body['max_tokens'] = rng.choice([256, 400, 512])
                if 'metadata' in extra:
                    body['prompt'] += '\n\n(metadata) ' + jd(extra['metadata'])
            else:
                body['messages'] = msgs
                body.update(extra)
                if rng.random() < 0.2:
                    body['temperature'] = rng.choice([0, 0.2, 0.7])
                if rng.random() < 0.15:
                    body['user'] = 'u_' + sha(str(rng.random()))[:12]
            hay = searchable(body)
            ents = set()
            for et, val in needles:
                if val not in hay:
                    sys.exit(f'issued value missing from body: {state} {style} {et}')
                ents.add(et)
            ents = sorted(ents)
            assert bool(ents) == sens, (state, style)
            n += 1
            recs.append({'id': f'cenote-pii-{n:04d}', 'category': state if sens else state + '_benign', 'sensitive': sens,
                         'entities': ents, 'endpoint': endpoint, 'lang': tag,
                         'style': f'{style} · {where if endpoint == "chat" else "prompt"}', 'body': body})
    order = list(range(len(recs)))
    random.Random(seed + 1).shuffle(order)
    out = [recs[i] for i in order]
    for idx, r in enumerate(out, 1):
        r['id'] = f'cenote-pii-{idx:04d}'
    return out


# ----------------------------------------------------------------------------------------------------------
# complexity: prompts about values in different states (no personal data), easy vs hard, short vs long
# ----------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = {
    'en': ['What does the "XXX" in a masked card number like XXXX-XXXX-XXXX-{d4} mean?', 'Convert {date} to DD.MM.YYYY.',
           'Is support@ a personal or a role mailbox? One word.', 'Uppercase this reference: ord-{d4}-ab',
           'What is {a} + {b}?', 'Replace {{{{city}}}} with Lyon in: "Welcome to {{{{city}}}}!"',
           'How many digits does a typical Visa card number have?', 'Sort ascending: {a}, {b}, {c}, {d4}',
           'What does [REDACTED] mean in a document?', 'Give me the plural of "placeholder".',
           'Remove the spaces from this reference: {d4} {d4b} {a}', 'Which is larger, {a} or {b}?'],
    'de': ['Was bedeutet „geschwärzt“ in einem Dokument?', 'Rechne {a} + {b}.', 'Schreib das Datum {date} als TT.MM.JJJJ.'],
    'fr': ['Que signifie « caviardé » dans un document ?', 'Combien font {a} fois 3 ?', 'Mets en majuscules : réf {d4}-xk'],
    'es': ['¿Qué significa "anonimizado"?', 'Convierte {date} a DD/MM/AAAA.', '¿Cuánto es {a} menos {b}?'],
    'ja': ['「マスキング」を英語で何と言いますか？', '{a}+{b}はいくつですか？'],
    'zh-CN': ['“脱敏”用英语怎么说？', '{a}加{b}等于多少？'],
    'ru': ['Как по-английски «замаскированный номер»?', 'Сколько будет {a} + {b}?'],
    'pt-BR': ['O que significa "dado mascarado"?', 'Quanto é {a} + {b}?'],
    'ko': ['"가명처리"를 영어로 뭐라고 하나요?'], 'tr': ['"Maskelenmiş" kelimesinin İngilizcesi nedir?'],
    'pl': ['Co znaczy „zanonimizowany”?'], 'it': ['Cosa significa "oscurato" in un documento?'],
    'ar': ['ما معنى كلمة "منقّح" في مستند؟'], 'hi': ['"मास्क किया गया नंबर" का अंग्रेज़ी में क्या अर्थ है?'],
    'nl': ['Wat betekent "geanonimiseerd"?'], 'sv': ['Vad är {a} + {b}?'], 'fi': ['Mitä "peitetty numero" on englanniksi?'],
    'cs': ['Kolik je {a} + {b}?'], 'da': ['Hvad betyder "pseudonymiseret"?'], 'el': ['Τι σημαίνει «ανωνυμοποιημένο»;'],
    'he': ['מה פירוש המילה "מושחר" במסמך?'], 'th': ['คำว่า "ปิดบังข้อมูล" ภาษาอังกฤษคืออะไร'],
    'vi': ['"Che giấu dữ liệu" tiếng Anh là gì?'], 'id': ['Apa arti "disamarkan" dalam dokumen?'],
}
SHORT_HARD = {
    'en': [
        'Prove that the Luhn checksum detects every single-digit substitution, and give a transposition of adjacent digits it misses.',
        'Prove that ISO 7064 mod 97-10 (as used in IBANs) detects all single-character substitutions. Be rigorous.',
        'Hashing e-mail addresses with unsalted SHA-256 before sharing them: explain why this is not anonymisation, estimate the attack cost, and propose a mitigation with its trade-offs.',
        'Design a dedup key for customer records where phones may be masked to the last {k} digits, e-mails may contain typos and names can be split across fields. Discuss false merges vs missed merges.',
        'A redaction pass misses values corrected mid-sentence ("0612… sorry, 0613…"). Propose an algorithm, its complexity, and how you would test it.',
        'With k-anonymity k={k} on (zip3, birth year, sex), show how adding the last 4 digits of a phone number can break it, and quantify the risk.',
        'Design a tokenisation vault that supports erasure requests without breaking referential integrity across {k} services. Compare two designs.',
        'Our masker returns "****1234" for some 15-digit cards and "***1234" for others after an upgrade. List candidate root causes and a bisection plan.',
        'What is the probability that two independent uniformly random Luhn-valid 16-digit numbers share their last four digits? Show each step.',
        'An attacker knows the first 6 and last 4 digits of a card. How many candidates remain after the Luhn check? Derive it.',
        'Argue whether partial masking (first 6 + last 4) of card numbers is reversible given {k} leaked receipts from the same card. Formalise.',
        'Design a schema for storing values that users later retract, so that analytics stay consistent and the retracted value is unrecoverable. Trade-offs?',
        'Two services disagree on a customer\'s phone after a correction race. Design a conflict-resolution rule and prove it converges.',
        'Find a counterexample or prove: if a regex masks all digits except the last four, the masked output is always k-anonymous for k ≥ 10.',
    ],
    'de': ['Beweise, dass die Prüfziffer der Luhn-Formel jede Einzelziffer-Vertauschung mit Nachbarn außer 0↔9 erkennt.',
           'Entwirf eine Pseudonymisierung mit Rückverfolgbarkeit nur für eine Treuhandstelle; wäge Sicherheit gegen Betriebskosten ab.'],
    'fr': ["Démontre qu'un hachage tronqué à {k} caractères hexadécimaux d'adresses e-mail produit des collisions dès quelques millions d'entrées ; chiffre-le.",
           'Conçois une stratégie de déduplication de fiches clients partiellement masquées et justifie les compromis.'],
    'es': ['Diseña un esquema para fusionar registros con teléfonos parcialmente enmascarados y explica los riesgos de falsos positivos.'],
    'ja': ['部分マスクされた電話番号（下{k}桁のみ）から本人を再識別できる確率を、人口と番号帯から推定する方法を段階的に示してください。'],
    'zh-CN': ['请证明：仅保留银行卡后四位时，若同一用户有{k}条不同交易记录，攻击者无法恢复完整卡号；并指出证明的前提。'],
    'ru': ['Спроектируй систему токенизации с правом на удаление данных; сравни два подхода и их компромиссы.'],
    'pt-BR': ['Prove ou refute: os dígitos verificadores do CPF detectam qualquer erro em um único dígito.'],
    'ko': ['가명처리된 데이터에 재식별 키가 함께 유출될 때의 위험을 정량화하고 완화책의 장단점을 비교하세요.'],
    'tr': ['Maskelenmiş kart numaralarında son dört hane ile tekrar tanımlama riskini adım adım hesapla.'],
    'pl': ['Zaprojektuj algorytm wykrywania poprawek wartości w kolejnych wiadomościach czatu i oszacuj jego złożoność.'],
    'it': ['Dimostra o confuta: il carattere di controllo del codice fiscale rileva tutte le trasposizioni di caratteri adiacenti.'],
    'nl': ['Ontwerp een methode om correcties van waarden over meerdere chatberichten heen te herkennen en bespreek de afwegingen.'],
    'sv': ['Bevisa att kontrollsiffran i ett personnummer upptäcker varje fel i en enskild siffra.'],
    'fi': ['Todista, että henkilötunnuksen tarkistusmerkki havaitsee jokaisen yksittäisen numerovirheen.'],
    'cs': ['Dokaž, že podmínka dělitelnosti rodného čísla jedenácti odhalí každou chybu v jedné číslici.'],
    'da': ['Design en strategi for sletning i en tokeniseringsboks uden at bryde referentiel integritet, og vurder kompromiserne.'],
    'el': ['Απόδειξε ότι ο αλγόριθμος Luhn δεν εντοπίζει την αντιμετάθεση 09↔90 και εξήγησε γιατί.'],
    'he': ['תכנן מנגנון לזיהוי ערכים שתוקנו בין הודעות בצ׳אט והערך את הסיבוכיות שלו.'],
    'th': ['จงพิสูจน์ว่าการแฮชอีเมลโดยไม่ใส่ salt ไม่ถือเป็นการทำให้ข้อมูลเป็นนิรนาม พร้อมประเมินต้นทุนการโจมตี'],
    'vi': ['Hãy chứng minh rằng chỉ giữ 4 số cuối của thẻ không đủ để ẩn danh khi có nhiều giao dịch liên kết; nêu giả định.'],
    'id': ['Rancang skema penyimpanan nilai yang ditarik kembali oleh pengguna dan jelaskan kompromi desainnya.'],
}


LEAD_INS = ['', 'Quick one: ', 'For my notes: ', 'Please be precise. ']


def filler_rows(rng, n):
    statuses = ['shipped', 'pending', 'returned', 'cancelled', 'delivered']
    rows = []
    for i in range(n):
        rows.append(f"{i + 1}. ref ORD-{rng.randint(100000, 999999)} | customer C-{rng.randint(1000, 9999)} | "
                    f"card ****{rng.randint(1000, 9999)} | status {rng.choice(statuses)} | "
                    f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    return '\n'.join(rows)


def template_doc(rng, n):
    keys = ['first_name', 'last_name', 'email', 'phone', 'street', 'city', 'postcode', 'order_id', 'iban', 'due_date']
    lines = []
    for i in range(n):
        a, b = rng.sample(keys, 2)
        lines.append(f"Section {i + 1}: Dear {{{{{a}}}}}, please confirm {{{{{b}}}}} before the deadline. "
                     f"If anything is wrong, reply and we will update {{{{{a}}}}} in our records.")
    return '\n'.join(lines)


def event_log(rng, n):
    kinds = ['value_set', 'value_corrected', 'value_masked', 'value_redacted', 'value_hashed', 'value_retracted']
    out = []
    t = 1764900000
    for i in range(n):
        t += rng.randint(1, 900)
        out.append(f"{t} rec=R{rng.randint(1, 12):02d} field={rng.choice(['phone', 'email', 'iban', 'dob', 'addr'])} "
                   f"op={rng.choice(kinds)} svc={rng.choice(['crm', 'billing', 'search', 'export'])} "
                   f"ver={rng.randint(1, 9)}")
    return '\n'.join(out)


MASKER_CODE = '''def mask(value, keep=4, ch="*"):
    digits = [c for c in value if c.isdigit()]
    if len(digits) <= keep:
        return value
    out, seen = [], 0
    total = len(digits)
    for c in value:
        if c.isdigit():
            seen += 1
            out.append(c if seen > total - keep else ch)
        else:
            out.append(c if c != " " else "")
    return "".join(out)


def normalise(value):
    value = value.strip().replace("-", " ")
    if value.startswith("00"):
        value = "+" + value[2:]
    return value


def process(record):
    for field in ("card", "phone", "account"):
        if field in record and record[field]:
            record[field + "_masked"] = mask(normalise(record[field]))
            if record.get("legacy"):
                record[field] = record[field][-4:]
    return record
'''


def long_easy(rng, lang):
    v = rng.randrange(5)
    lang = 'en'
    if v == 0:
        body = filler_rows(rng, rng.randint(24, 34))
        lang, ask = rng.choice([('en', 'Convert this list to CSV with a header row.'), ('en', 'Count how many rows have status shipped.'),
                                ('en', 'Sort these rows by date, oldest first.'), ('en', 'Give me only the refs of returned orders.'),
                                ('de', 'Wandle diese Liste in CSV mit Kopfzeile um.'), ('fr', "Convertis cette liste en CSV avec une ligne d'en-tête."),
                                ('es', 'Ordena estas filas por fecha, de la más antigua a la más reciente.'),
                                ('ja', 'このリストをヘッダー付きのCSVに変換してください。'), ('pl', 'Policz, ile wierszy ma status shipped.'),
                                ('pt-BR', 'Liste só as referências dos pedidos devolvidos.'), ('sv', 'Sortera raderna efter datum, äldst först.')])
    elif v == 1:
        body = template_doc(rng, rng.randint(14, 20))
        ask = rng.choice(['List every distinct placeholder name used above.', 'Replace every {{due_date}} with 30 June.',
                          'Translate this template into ' + rng.choice(['German', 'French', 'Spanish', 'Japanese']) + ', keep the placeholders.'])
    elif v == 2:
        body = event_log(rng, rng.randint(22, 30))
        ask = rng.choice(['How many lines have op=value_masked?', 'Reformat this log as a Markdown table.',
                          'Extract the distinct record ids.'])
    elif v == 3:
        paras = [
            'Masked values show only the last digits of a number; the rest is replaced by a fixed character.',
            'Redacted values are removed entirely and replaced by a tag such as [REDACTED] or a block of characters.',
            'Placeholders such as {{email}} mark where a value will be inserted later by a template engine.',
            'Hashed values are one-way digests; they can still be matched against a list of candidates.',
            'Tokenised values are replaced by a random token; the mapping lives in a separate vault.',
            'Corrected values replace an earlier value; both may still be present in the message history.',
            'Retracted values are ones the user asked us to disregard; the client may or may not delete them.',
        ]
        body = '\n\n'.join(rng.choice(paras) + ' ' + rng.choice(paras) for _ in range(9))
        ask = rng.choice(['Summarise this glossary in 5 bullet points.', 'Translate this text into Portuguese.',
                          'Fix the punctuation and return the same text.', 'Turn this into a two-column table: term, definition.'])
    else:
        body = '\n'.join(f"- step {i + 1}: open ticket TKT-{rng.randint(10000, 99999)}, set field '{rng.choice(['status', 'priority', 'queue'])}' "
                         f"to '{rng.choice(['open', 'low', 'billing', 'closed', 'high'])}', add note 'checked on 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}'"
                         for i in range(rng.randint(16, 22)))
        ask = rng.choice(['Number these steps again from 1 and remove duplicates.', 'Convert these steps into a JSON array of objects.',
                          'Summarise what these steps do in two sentences.'])
    text = f"{ask}\n\n{body}" if rng.random() < 0.5 else f"{body}\n\n{ask}"
    while len(text) < 1500:
        text += '\n' + filler_rows(rng, 3)
    return text, ['list/reformat', 'template/placeholders', 'log/count', 'glossary/summarise-translate', 'steps/renumber'][v], lang


def long_hard(rng, lang):
    v = rng.randrange(4)
    lang = 'en'
    if v == 0:
        cases = '\n'.join(f"case {i + 1}: input={rng.choice(['4111 1111 1111 1111', '0044 20 7946 0000', '3782-822463-10005', ' 12 34 ', '+1 202-555-0100'])!r} "
                          f"legacy={rng.choice([True, False])} -> got {rng.choice(['****1111', '***0000', '*********0005', ' 12 34 ', '***********0100'])}"
                          for i in range(14))
        text = (f"Our masking utility behaves inconsistently. Code:\n\n```python\n{MASKER_CODE}```\n\nObserved:\n{cases}\n\n"
                "Find the root causes (there is more than one), explain which observed outputs each explains, and propose a fix with tests.")
        style = 'debug/masker'
    elif v == 1:
        log = event_log(rng, rng.randint(30, 38))
        text = (f"Here is an event log from four services that each keep a copy of customer fields:\n\n{log}\n\n"
                "Reconstruct, for each record and field, which state (set, corrected, masked, redacted, hashed, retracted) each service "
                "should end in, identify ordering anomalies where a later service acted on a stale version, and propose a protocol "
                "(with an argument why it converges) that prevents them.")
        style = 'reasoning/event-log'
    elif v == 2:
        base = [f'Support erasure of any value within {rng.choice([7, 14, 30])} days across all {rng.randint(3, 9)} replicas.',
                'Analytics must keep stable counts per customer after erasure.',
                f'Support agents must see only the last {rng.choice([2, 4])} digits of account numbers.',
                'Fraud team needs exact matching of card numbers across merchants.',
                f'Backups are immutable for {rng.choice([35, 90, 180])} days.', 'Search must find customers by partial phone numbers.',
                'Exports to partners may contain only hashed e-mail addresses.', f'Latency budget for lookups is {rng.choice([5, 20, 50])} ms p99.',
                'Users can correct any field; the previous value must remain auditable for 1 year.',
                'Retracted values must never reach the model provider.', 'Placeholders in templates are filled only at send time.',
                'Data for EU residents stays in EU regions.', 'The support chatbot may quote back a value only if the user typed it in this session.',
                'Masked and unmasked copies must never be joinable by the analytics team.']
        rng.shuffle(base)
        reqs = '\n'.join(f'R{i + 1}. {r}' for i, r in enumerate(base))
        reqs = ('Context: four services (crm, billing, search, export) each hold copies of customer fields; a vault service '
                'issues tokens; a nightly job pushes aggregates to a warehouse; partners receive weekly exports.\n\n' + reqs)
        ask = rng.choice([('en', 'Some requirements conflict. Identify every conflict, design an architecture (tokenisation vault, masking '
                                 'layer, hashing with keys, crypto-shredding) that satisfies as many as possible, and justify each trade-off '
                                 'you make. Include a failure-mode analysis.'),
                          ('de', 'Einige Anforderungen widersprechen sich. Finde alle Konflikte, entwirf eine Architektur, die möglichst viele '
                                 'erfüllt, begründe jeden Kompromiss und analysiere die Fehlerfälle.'),
                          ('fr', "Certaines exigences sont contradictoires. Identifie chaque conflit, conçois une architecture qui en satisfait "
                                 "le plus possible et justifie chaque compromis, avec une analyse des modes de défaillance."),
                          ('es', 'Algunos requisitos entran en conflicto. Identifica cada conflicto, diseña una arquitectura que cumpla el '
                                 'máximo posible y justifica cada compromiso, con un análisis de modos de fallo.')])
        lang = ask[0]
        incidents = '\n'.join(f'- incident {rng.randint(100, 999)}: ' + rng.choice([
            'an export contained unmasked phone numbers for one partner',
            'a retracted e-mail address reappeared after a replica restore',
            'hashed e-mails were matched back by a partner using a purchased list',
            'a corrected address was overwritten by a stale search index',
            'tokens issued in staging were accepted by production']) for _ in range(5))
        text = f"Requirements for our customer-data platform:\n\n{reqs}\n\nRecent incidents:\n{incidents}\n\n{ask[1]}"
        style = 'design/tradeoffs'
    else:
        rows = filler_rows(rng, 30)
        text = (f"Dataset of orders with masked cards (last four digits kept):\n\n{rows}\n\n"
                "Estimate, with a derivation, how many distinct real cards are likely behind these masked values assuming uniform "
                "last-four digits, state the estimator you use, give its bias, and compute a 95% interval.")
        style = 'math/estimation'
    return text, style, lang


def build_complexity(seed):
    rng = random.Random(seed + 7)
    plan = [('short_simple', 45), ('long_easy', 52), ('short_hard', 52), ('long_hard', 41)]
    recs = []
    seen_texts = set()
    for cat, n in plan:
        for i in range(n):
            if cat in ('short_simple', 'short_hard'):
                pool_ = SHORT_SIMPLE if cat == 'short_simple' else SHORT_HARD
                pairs = [(lg, t) for lg in sorted(pool_) for t in pool_[lg]]
                lang, tpl = pairs[i % len(pairs)]
                lead = LEAD_INS[(i // len(pairs)) % len(LEAD_INS)]
                text = lead + tpl.format(a=rng.randint(11, 99), b=rng.randint(11, 99), c=rng.randint(100, 400), d4=rng.randint(1000, 9999),
                                  d4b=rng.randint(1000, 9999), k=rng.randint(3, 12),
                                  date=f'2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}')
                style = 'short/' + ('lookup' if cat == 'short_simple' else 'reasoning')
            elif cat == 'long_easy':
                lang = 'en'
                text, style, lang = long_easy(rng, lang)
            else:
                lang = 'en'
                text, style, lang = long_hard(rng, lang)
            if text in seen_texts:
                sys.exit(f'duplicate complexity prompt in {cat}')
            seen_texts.add(text)
            label = 1 if cat in ('short_hard', 'long_hard') else 0
            adv = cat in ('long_easy', 'short_hard')
            if cat.startswith('long'):
                assert len(text) >= 1500, (cat, len(text))
            else:
                assert len(text) < 600
            body = {'model': 'hybridgate/auto', 'messages': []}
            if rng.random() < 0.4:
                body['messages'].append(SY(rng.choice(['You are a helpful assistant.', 'Answer precisely.', 'You help a data-protection team.'])))
            body['messages'].append(U(text))
            recs.append({'category': cat, 'label': label, 'length_adversarial': adv, 'endpoint': 'chat', 'lang': lang,
                         'style': style, 'body': body})
    random.Random(seed + 9).shuffle(recs)
    out = []
    for idx, r in enumerate(recs, 1):
        out.append({'id': f'cenote-cx-{idx:04d}', **r})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii = build_pii(a.seed)
    cx = build_complexity(a.seed)
    with open(out / 'pii_cenote.jsonl', 'w', encoding='utf-8') as f:
        for r in pii:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(out / 'complexity_cenote.jsonl', 'w', encoding='utf-8') as f:
        for r in cx:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    cats = collections.Counter(r['category'] for r in pii)
    ents = collections.Counter(e for r in pii for e in r['entities'])
    print(f"pii_cenote.jsonl: {len(pii)} requests ({sum(r['endpoint'] == 'chat' for r in pii)} chat, "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions) in {len({r['lang'] for r in pii})} language tags; "
          f"{sum(r['sensitive'] for r in pii)} sensitive / {sum(not r['sensitive'] for r in pii)} benign")
    print('  categories: ' + ', '.join(f'{k} {v}' for k, v in sorted(cats.items())))
    print('  entities: ' + ', '.join(f'{k} {v}' for k, v in sorted(ents.items())))
    ccat = collections.Counter(r['category'] for r in cx)
    print(f"complexity_cenote.jsonl: {len(cx)} chat requests in {len({r['lang'] for r in cx})} language tags: "
          + ', '.join(f'{k} {ccat[k]}' for k in ('short_simple', 'long_easy', 'short_hard', 'long_hard'))
          + f"; {sum(r['length_adversarial'] for r in cx)} length-adversarial, {sum(r['label'] for r in cx)} labelled 1")
    print(f'  pool entries dropped by the overlap cut: {sum(CUT.values())}')


if __name__ == '__main__':
    main()
