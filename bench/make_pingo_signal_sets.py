#!/usr/bin/env python3
"""Pingo: an independent evaluation split for the request signals, organised by WHAT PRIVATE PEOPLE POST FOR
STRANGERS TO READ, and what they ask an assistant to do with it.

Writes bench/data/signals/pii_pingo.jsonl and bench/data/signals/complexity_pingo.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the first 70 lines of the delta generator (record schema and conventions), the
    first two lines of the two delta files and the brief. Not the detector, its tests, the evaluator, the
    results, the policies, the docs, nor any commit message or other branch. The other generators were not
    read: at run time their sources are scanned automatically for capitalised / non-ASCII words and
    non-ASCII bigrams, and every pool of this file (names, streets, towns, businesses, eponyms, public
    figures) is cut, in order, to entries none of whose words is in that set (the run aborts if a pool runs
    empty). Those words are never printed.

Organising principle
    Postings by private individuals meant for strangers: classified ads (car, furniture, pet, pram), room /
    flat rentals and flatmate-wanted ads, lost-and-found notices, neighbourhood noticeboard and group posts,
    babysitting / tutoring / cleaning offers by individuals, job seekers' posts, carpool offers, fundraisers
    and petitions for a neighbour, reviews that name staff, and dating-profile drafts -- ten kinds, each the
    category (``<kind>`` sensitive, ``<kind>_benign`` hard negative of the same kind). The user asks the
    assistant to rewrite, translate, shorten, moderate, check for a scam, compare listings, extract fields
    to JSON, write a reply, etc. The hard negatives are the same kinds posted by businesses and agencies
    (their switchboards, toll-free numbers, role mailboxes, office addresses), listing IDs, reference
    numbers, prices, dimensions, VINs of cars for sale without owner data, microchip-style numbers, public
    figures in their public role, venues and streets named after people, documentation / reserved values,
    blank templates and anonymised posts. Postings are written in 24 locales / 21 languages (Latin,
    Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han, Kana and Hangul scripts) with locale-true names (surnames
    agree with the first name's gender in Polish, Russian and Greek), address shapes and phone formats; the
    posting text is telegraphic, in the locale's own posting words, partly in English as posters often write; the request wraps them in the fields a client really sends (user / system / earlier
    assistant / tool messages, content parts incl. base64 text files, tool-call arguments, tool schemas,
    response_format json_schema, metadata) and ~10 % use the legacy completions endpoint.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching
    the serialised body (base64 file parts decoded, URLs unquoted) for every value the record issued, and
    ``sensitive`` is asserted equal to ``bool(entities)``. ``person`` is a private person's name (seller,
    owner, flatmate, neighbour, staff member named in a review, profile author); ``STREET_ADDRESS`` a private
    home / pick-up address; ``ssn`` only the US SSN; PESEL / personnummer / HETU / DNI / BSN / Aadhaar / RRN /
    T.C. kimlik / resident-ID numbers are NATIONAL_ID; CPF / Steuer-ID / PAN are TAX_ID; NHS numbers are
    HEALTH_INSURANCE; hospital record numbers MEDICAL_RECORD; a US routing + account pair US_BANK_NUMBER;
    a public IP in a moderation log IP_ADDRESS. Businesses' own numbers, mailboxes and addresses, toll-free
    lines, documentation values (555-01xx, example.com / .org, RFC 5737 addresses, IBAN-registry examples,
    test cards) and placeholders are not labelled.

Contents (seed 20261205)
    pii_pingo.jsonl: 500 requests (450 chat, 50 completions) in 24 language tags; 10 kinds x 50 (29 sensitive +
    21 benign each: 290 sensitive / 210 benign) from 41 sensitive and 30 benign posting shapes; 31 sensitive
    records carry a single entity type. Entities: person 278, phone 166, STREET_ADDRESS 91, email 51,
    DATE_OF_BIRTH 38, iban 22, TAX_ID 12, NATIONAL_ID 11, DRIVER_LICENSE 10, US_BANK_NUMBER 10, ssn 9,
    MEDICAL_RECORD 8, IP_ADDRESS 7, credit_card 6, HEALTH_INSURANCE 6, PASSPORT 6.
    complexity_pingo.jsonl: 190 requests (167 chat, 23 completions) in 27 language tags, all about postings and
    the sites that carry them: short_simple 45, long_easy 50 (>= 1,500 chars), short_hard 50, long_hard 45;
    100 (53 %) length-adversarial, 95 labelled 1. The run prints all counts.

Validation
    Every identifier with a check digit is built with it and validated with python-stdnum (IBAN, Luhn cards,
    SSN, ABA routing, PESEL, personnummer, HETU, DNI, BSN, Aadhaar, PAN, RRN, T.C. kimlik, CPF, Steuer-ID,
    Chinese RIC, NHS); VINs get their ISO 3779 check digit; passports, US driver licences and record numbers
    (no public check digit) are checked against their format; every phone number is validated with
    ``phonenumbers`` for its region (and is of the intended type: mobile for people, toll-free / fixed line
    for businesses); every IP with ``ipaddress`` (global, outside the documentation ranges). Any invalid
    value aborts the run.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_pingo_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf as std_cpf
from stdnum.cn import ric as std_ric
from stdnum.de import idnr as std_idnr
from stdnum.es import dni as std_dni
from stdnum.fi import hetu as std_hetu
from stdnum.gb import nhs as std_nhs
from stdnum.in_ import aadhaar as std_aadhaar, pan as std_pan
from stdnum.iso7064 import mod_11_10, mod_11_2
from stdnum.kr import rrn as std_rrn
from stdnum.nl import bsn as std_bsn
from stdnum.pl import pesel as std_pesel
from stdnum.se import personnummer as std_pnr
from stdnum.tr import tckimlik as std_tck
from stdnum.us import rtn as std_rtn, ssn as std_ssn
from stdnum import verhoeff

NAME = 'pingo'
HERE = pathlib.Path(__file__).resolve().parent

FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus')

TOKEN_RE = re.compile('[\\w\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0dff\u0e00-\u0e7f]+')


def other_words() -> frozenset:
    """Capitalised / non-ASCII words and non-ASCII bigrams of the frozen generators (never printed)."""
    out = set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_text(encoding='utf-8', errors='replace')
        for tok in TOKEN_RE.findall(text):
            if tok.isascii():
                if tok[0].isupper():
                    out.add(tok.lower())
            else:
                out.add(tok.lower())
                for i in range(len(tok) - 1):
                    a, b = tok[i], tok[i + 1]
                    if not a.isascii() and not b.isascii():
                        out.add((a + b).lower())
    return frozenset(out)


OTHER = other_words()


def _clean_tokens(entry: str):
    return [t for t in TOKEN_RE.findall(entry) if (not t.isascii()) or t[0].isupper()]


def cut(pool, label):
    """Keep (in order) entries none of whose capitalised / non-ASCII words occur in the other generators."""
    keep = []
    for e in pool:
        s = e if isinstance(e, str) else e[0]
        s = s.split('/')[0]
        if any(t.lower() in OTHER for t in _clean_tokens(s)):
            continue
        keep.append(e)
    if not keep:
        sys.exit(f'pool {label} ran empty after the overlap cut')
    POOL_SIZES[label] = (len(pool), len(keep))
    return keep


POOL_SIZES: dict = {}

# ----------------------------------------------------------------------------------------------------------
# Locales: names (native/roman), streets, towns, address shape, phone region, mail domains, posting words.
# ----------------------------------------------------------------------------------------------------------
L = {}


def loc(code, region, first, last, streets, towns, addr, domains, words, order='wf', iban=None):
    L[code] = dict(code=code, region=region, first=first, last=last, streets=streets, towns=towns, addr=addr,
                   domains=domains, w=words, order=order, iban=iban)


def W(sale, room, lost, found, call, reward, pickup, ride, tutor, job, help_, items, cur):
    return dict(sale=sale, room=room, lost=lost, found=found, call=call, reward=reward, pickup=pickup,
                ride=ride, tutor=tutor, job=job, help=help_, items=items.split('|'), cur=cur)


loc('de-DE', 'DE', ['Wiebke', 'Torben', 'Jannik', 'Hannelore', 'Gesine', 'Malte', 'Frauke', 'Detlef', 'Imke', 'Ole',
                    'Silke', 'Henning'],
    ['Brüggemann', 'Timmermann', 'Overbeck', 'Rademacher', 'Kühnel', 'Hinrichs', 'Wöhler', 'Stapelfeldt',
     'Ehlers', 'Jessen', 'Thormählen', 'Bruhns'],
    ['Holunderweg', 'Am Mühlenteich', 'Kiebitzweg', 'Sanddornstieg', 'Birkenkamp', 'Lerchenfeld', 'Fliederstraße'],
    ['Itzehoe', 'Buxtehude', 'Pinneberg', 'Elmshorn', 'Quickborn', 'Wedel', 'Stade'],
    lambda r, s, t: f'{s} {r.randint(2, 88)}, {r.randint(20000, 25999)} {t}', ['gmx.de', 'web.de', 't-online.de'],
    W('Verkaufe', 'WG-Zimmer frei', 'Vermisst', 'Gefunden', 'Tel.', 'Finderlohn', 'Abholung', 'Mitfahrgelegenheit',
      'Nachhilfe', 'Suche Arbeit', 'Hilfe für', 'Kinderwagen|Eckschreibtisch aus Eiche|Fahrradanhänger', '{} €'),
    iban='DE')
loc('fr-FR', 'FR', ['Maëlle', 'Gwenaël', 'Solène', 'Loïc', 'Anaïs', 'Yannick', 'Ségolène', 'Erwan', 'Capucine',
                    'Maxence', 'Clémence', 'Tanguy'],
    ['Le Goff', 'Kerdraon', 'Tessier', 'Marchal', 'Lebreton', 'Guillou', 'Rouxel', 'Quéré', 'Delaunay', 'Perrot',
     'Besnard', 'Hamon'],
    ['rue des Glycines', 'allée des Tilleuls', 'impasse du Moulin', 'chemin des Vignes', 'rue des Hortensias',
     'rue du Lavoir', 'avenue des Marronniers'],
    ['Quimper', 'Lannion', 'Vannes', 'Saint-Brieuc', 'Morlaix', 'Lorient', 'Dinan'],
    lambda r, s, t: f'{r.randint(1, 64)} {s}, {r.choice(["29", "22", "56"])}{r.randint(100, 999)} {t}',
    ['orange.fr', 'free.fr', 'laposte.net'],
    W('Vends', 'Chambre à louer', 'Perdu', 'Trouvé', 'Tél.', 'Récompense', 'À récupérer', 'Covoiturage',
      'Cours particuliers', 'Recherche emploi', 'Cagnotte pour', 'poussette|canapé d\'angle|vélo électrique', '{} €'),
    iban='FR')
loc('es-ES', 'ES', ['Itziar', 'Iñaki', 'Ainhoa', 'Xabier', 'Nerea', 'Unai', 'Maialen', 'Jon', 'Leire', 'Gorka',
                    'Amaia', 'Asier'],
    ['Etxeberria', 'Zubizarreta', 'Arrieta', 'Goikoetxea', 'Urrutia', 'Larrañaga', 'Olaizola', 'Aranburu',
     'Iturbe', 'Mendizabal', 'Azkue', 'Lasa'],
    ['Calle Amapola', 'Calle Olmo', 'Calle Jazmín', 'Calle Almendro', 'Calle Laurel', 'Calle Brezo',
     'Calle Madroño'],
    ['Tolosa', 'Hernani', 'Zarautz', 'Azpeitia', 'Eibar', 'Durango', 'Getxo'],
    lambda r, s, t: f'{s} {r.randint(1, 90)}, {r.randint(1, 6)}º {r.choice("ABCD")}, {r.randint(20000, 48999)} {t}',
    ['gmail.com', 'hotmail.es', 'yahoo.es'],
    W('Se vende', 'Se alquila habitación', 'Perdido', 'Encontrado', 'Tel.', 'Recompensa', 'Recogida en',
      'Compartir coche', 'Clases particulares', 'Busco trabajo', 'Ayuda para', 'cochecito|mesa de comedor|bicicleta',
      '{} €'), iban='ES')
loc('it-IT', 'IT', ['Ludovica', 'Tommaso', 'Ginevra', 'Jacopo', 'Benedetta', 'Ettore', 'Ottavia', 'Pietro', 'Viola',
                    'Lapo', 'Caterina', 'Niccolò'],
    ['Sbarra', 'Pellegatti', 'Zanetti', 'Bortolotti', 'Mezzadri', 'Ferrandi', 'Cattaneo', 'Bressan', 'Scalzotto',
     'Trevisan', 'Marangon', 'Dal Molin'],
    ['Via dei Gelsi', 'Via delle Betulle', 'Via dei Pioppi', 'Vicolo del Forno', 'Via delle Rose', 'Via dei Tigli',
     'Via delle Viole'],
    ['Bassano del Grappa', 'Castelfranco Veneto', 'Schio', 'Thiene', 'Cittadella', 'Montebelluna', 'Asolo'],
    lambda r, s, t: f'{s} {r.randint(1, 120)}, {r.randint(31000, 36100)} {t}', ['libero.it', 'virgilio.it', 'alice.it'],
    W('Vendo', 'Affittasi stanza', 'Smarrito', 'Trovato', 'Cell.', 'Ricompensa', 'Ritiro a', 'Passaggio auto',
      'Ripetizioni', 'Cerco lavoro', 'Raccolta fondi per', 'passeggino|divano letto|bicicletta da corsa', '{} €'),
    iban='IT')
loc('pl-PL', 'PL', ['Bożena', 'Grzegorz', 'Jadwiga', 'Wojciech', 'Halina', 'Przemysław', 'Urszula', 'Zbigniew',
                    'Dorota', 'Mirosław', 'Wiesława', 'Radosław'],
    ['Wróblewska', 'Pietrzak', 'Sobczak', 'Kaczmarczyk', 'Zalewski', 'Borkowska', 'Chmielewski', 'Sadowska',
     'Jaworski', 'Krajewska', 'Ostrowski', 'Kołodziej'],
    ['ul. Jaśminowa', 'ul. Kalinowa', 'ul. Wrzosowa', 'ul. Jarzębinowa', 'ul. Konwaliowa', 'ul. Bursztynowa',
     'ul. Cisowa'],
    ['Pruszków', 'Otwock', 'Grodzisk Mazowiecki', 'Piaseczno', 'Wołomin', 'Legionowo', 'Mińsk Mazowiecki'],
    lambda r, s, t: f'{s} {r.randint(1, 60)}/{r.randint(1, 40)}, 0{r.randint(5, 5)}-{r.randint(100, 999)} {t}',
    ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
    W('Sprzedam', 'Pokój do wynajęcia', 'Zaginął', 'Znaleziono', 'Tel.', 'Nagroda', 'Odbiór osobisty',
      'Podwiozę', 'Korepetycje', 'Szukam pracy', 'Zbiórka dla', 'wózek dziecięcy|szafa przesuwna|rower górski',
      '{} zł'), iban='PL')
loc('nl-NL', 'NL', ['Femke', 'Joris', 'Anouk', 'Sjoerd', 'Marieke', 'Wouter', 'Lieke', 'Bram', 'Ilse', 'Thijs',
                    'Mirjam', 'Gijs'],
    ['Hoekstra', 'van Dijkhuizen', 'Brouwer', 'Kuipers', 'Veenstra', 'Dekker', 'Postma', 'Zwart', 'de Haan',
     'Terpstra', 'Wijnands', 'Bosma'],
    ['Berkenlaan', 'Lijsterbeslaan', 'Kievitstraat', 'Wilgenhof', 'Meidoornstraat', 'Zonnebloemstraat',
     'Eikenlaan'],
    ['Zwolle', 'Deventer', 'Kampen', 'Harderwijk', 'Meppel', 'Zutphen', 'Apeldoorn'],
    lambda r, s, t: f'{s} {r.randint(1, 140)}, {r.randint(7000, 8299)} {r.choice("ABCDEGHJKLMNPRT")}'
                    f'{r.choice("ABCDEGHJKLMNPRTVWXZ")} {t}',
    ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl'],
    W('Te koop', 'Kamer te huur', 'Vermist', 'Gevonden', 'Tel.', 'Beloning', 'Ophalen', 'Meerijden', 'Bijles',
      'Zoek werk', 'Inzameling voor', 'kinderwagen|eettafel|bakfiets', '€ {}'), iban='NL')
loc('sv-SE', 'SE', ['Linnéa', 'Oskar', 'Saga', 'Viggo', 'Ebba', 'Hampus', 'Tuva', 'Melker', 'Alva', 'Ludvig',
                    'Majken', 'Sixten'],
    ['Lindqvist', 'Bergström', 'Sjöberg', 'Holmgren', 'Åkesson', 'Nyström', 'Wikström', 'Engqvist', 'Hedlund',
     'Sundberg', 'Lundgren', 'Forsberg'],
    ['Björkvägen', 'Rönnbärsgatan', 'Hagtornsvägen', 'Lingonstigen', 'Syrénvägen', 'Tallbacken', 'Ekorrvägen'],
    ['Gävle', 'Sandviken', 'Hudiksvall', 'Söderhamn', 'Bollnäs', 'Falun', 'Borlänge'],
    lambda r, s, t: f'{s} {r.randint(1, 60)}, {r.randint(801, 826)} {r.randint(10, 99)} {t}',
    ['telia.com', 'gmail.com', 'bredband.net'],
    W('Säljes', 'Rum uthyres', 'Borttappad', 'Upphittad', 'Tel.', 'Hittelön', 'Hämtas', 'Samåkning', 'Läxhjälp',
      'Söker jobb', 'Insamling till', 'barnvagn|matbord|cykelkärra', '{} kr'), iban='SE')
loc('fi-FI', 'FI', ['Aino', 'Eetu', 'Venla', 'Lauri', 'Ilona', 'Joonas', 'Kerttu', 'Veikko', 'Siiri', 'Onni',
                    'Pihla', 'Topias'],
    ['Heikkilä', 'Laaksonen', 'Koivisto', 'Hämäläinen', 'Salminen', 'Mäkelä', 'Rantanen', 'Lehtinen',
     'Kettunen', 'Pesonen', 'Turunen', 'Kärkkäinen'],
    ['Koivukuja', 'Pihlajatie', 'Kanervatie', 'Mustikkapolku', 'Ruususkuja', 'Haapakatu', 'Leppätie'],
    ['Hämeenlinna', 'Lahti', 'Kouvola', 'Jyväskylä', 'Seinäjoki', 'Rauma', 'Porvoo'],
    lambda r, s, t: f'{s} {r.randint(1, 40)} {r.choice("ABC")} {r.randint(1, 20)}, {r.randint(13, 40)}{r.randint(100, 900)} {t}',
    ['gmail.com', 'luukku.com', 'hotmail.fi'],
    W('Myydään', 'Huone vuokralle', 'Kadonnut', 'Löytynyt', 'Puh.', 'Löytöpalkkio', 'Nouto', 'Kimppakyyti',
      'Tukiopetus', 'Etsin työtä', 'Keräys', 'lastenvaunut|ruokapöytä|polkupyörä', '{} €'), iban='FI')
loc('tr-TR', 'TR', ['Gülşen', 'Oğuz', 'Şebnem', 'Tarık', 'Nilüfer', 'Kerem', 'Sevgül', 'Barış', 'Ebru', 'Volkan',
                    'Pınar', 'Serkan'],
    ['Karaduman', 'Yıldırım', 'Korkmaz', 'Aydoğdu', 'Kalkan', 'Tekin', 'Bozkurt', 'Erdem', 'Taşdemir', 'Özkaya',
     'Çakır', 'Gündoğdu'],
    ['Lale Sokak', 'Menekşe Sokak', 'Papatya Sokak', 'Çınar Sokak', 'Nergis Sokak', 'Ihlamur Sokak', 'Leylak Sokak'],
    ['Kadıköy', 'Üsküdar', 'Bornova', 'Karşıyaka', 'Nilüfer', 'Çankaya', 'Muratpaşa'],
    lambda r, s, t: f'{s} No:{r.randint(1, 80)} D:{r.randint(1, 20)}, {t}', ['gmail.com', 'hotmail.com', 'yandex.com.tr'],
    W('Satılık', 'Kiralık oda', 'Kayıp', 'Bulundu', 'Tel', 'Ödül', 'Elden teslim', 'Yol arkadaşı', 'Özel ders',
      'İş arıyorum', 'Yardım kampanyası', 'bebek arabası|yemek masası|dağ bisikleti', '{} TL'), iban='TR')
loc('pt-BR', 'BR', ['Thaís', 'Caio', 'Luana', 'Thiago', 'Jéssica', 'Wesley', 'Raíssa', 'Diego', 'Kézia', 'Renan',
                    'Tainá', 'Jefferson'],
    ['Nascimento', 'Albuquerque', 'Magalhães', 'Cavalcanti', 'Figueiredo', 'Bezerra', 'Brandão', 'Sampaio',
     'Teixeira', 'Queiroz', 'Medeiros', 'Siqueira'],
    ['Rua das Acácias', 'Rua dos Ipês', 'Rua das Orquídeas', 'Travessa do Sol', 'Rua dos Jasmins',
     'Rua das Hortênsias', 'Rua do Cajueiro'],
    ['Campinas', 'Sorocaba', 'Jundiaí', 'Piracicaba', 'Niterói', 'Londrina', 'Joinville'],
    lambda r, s, t: f'{s}, {r.randint(10, 1999)}, apto {r.randint(11, 154)}, {t}, CEP {r.randint(10000, 89999)}-{r.randint(100, 999)}',
    ['gmail.com', 'uol.com.br', 'bol.com.br', 'hotmail.com'],
    W('Vendo', 'Alugo quarto', 'Perdido', 'Achado', 'Cel.', 'Recompensa', 'Retirar em', 'Carona',
      'Aulas particulares', 'Procuro emprego', 'Vaquinha para', 'carrinho de bebê|sofá retrátil|bicicleta aro 29',
      'R$ {}'))
loc('es-MX', 'MX', ['Xóchitl', 'Jesús', 'Guadalupe', 'Uriel', 'Citlali', 'Ernesto', 'Itzel', 'Rodrigo', 'Ximena',
                    'Brayan', 'Yazmín', 'Abraham'],
    ['Hernández Tovar', 'Villaseñor', 'Cervantes Ochoa', 'Zamudio', 'Quintanilla', 'Arreola', 'Bustamante',
     'Camacho Ríos', 'Valenzuela', 'Ibarra', 'Olvera', 'Espinosa'],
    ['Calle Nogal', 'Calle Tulipán', 'Calle Ciprés', 'Calle Girasol', 'Calle Magnolia', 'Calle Huizache',
     'Calle Jacaranda'],
    ['Tlaquepaque', 'Zapopan', 'Tonalá', 'Celaya', 'Irapuato', 'Querétaro', 'Morelia'],
    lambda r, s, t: f'{s} {r.randint(10, 999)}, Col. {r.choice(["Las Flores", "El Mirador", "La Huerta"])}, '
                    f'C.P. {r.randint(44000, 58999)}, {t}',
    ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'],
    W('Vendo', 'Rento cuarto', 'Se busca', 'Encontrado', 'Cel.', 'Recompensa', 'Entrega en', 'Aventón',
      'Clases de regularización', 'Busco empleo', 'Apoyo para', 'carriola|comedor de 6 sillas|bicicleta rodada 26',
      '${} MXN'))
loc('en-US', 'US', ['Kaylee', 'Brandon', 'Destiny', 'Tyler', 'Brianna', 'Dustin', 'Shelby', 'Cody', 'Makayla',
                    'Travis', 'Courtney', 'Garrett'],
    ['Pruitt', 'Haskins', 'Vanderpool', 'McAllister', 'Blankenship', 'Whitaker', 'Stroud', 'Kowalczyk',
     'Lindgren', 'Ochoa', 'Barnhart', 'Pettigrew'],
    ['Dogwood Ln', 'Sycamore Ct', 'Bluebonnet Dr', 'Quail Run Rd', 'Persimmon Way', 'Cottonwood Ave',
     'Meadowlark Cir'],
    [('Round Rock', 'TX'), ('Pflugerville', 'TX'), ('Boise', 'ID'), ('Olathe', 'KS'), ('Fishers', 'IN'),
     ('Roanoke', 'VA'), ('Chandler', 'AZ')],
    None, ['gmail.com', 'yahoo.com', 'icloud.com', 'aol.com'],
    W('For sale', 'Room for rent', 'Lost', 'Found', 'Call/text', 'Reward', 'Pickup at', 'Rideshare', 'Tutoring',
      'Looking for work', 'Help for', 'stroller|oak dining table|mountain bike', '${}'))
loc('en-GB', 'GB', ['Bethany', 'Callum', 'Niamh', 'Declan', 'Imogen', 'Rhys', 'Poppy', 'Euan', 'Tamsin', 'Alfie',
                    'Kirsty', 'Ross'],
    ['Thistlethwaite', 'Ormerod', 'Pennington', 'Ackroyd', 'Haworth', 'Grimshaw', 'Entwistle', 'Sowerby',
     'Pickering', 'Hargreaves', 'Crabtree', 'Sutcliffe'],
    ['Laburnum Grove', 'Hawthorn Close', 'Primrose Terrace', 'Rowan Drive', 'Foxglove Way', 'Bramble Lane',
     'Heather Crescent'],
    [('Otley', 'LS21'), ('Skipton', 'BD23'), ('Keighley', 'BD21'), ('Ilkley', 'LS29'), ('Settle', 'BD24'),
     ('Todmorden', 'OL14'), ('Hebden Bridge', 'HX7')],
    None, ['btinternet.com', 'hotmail.co.uk', 'gmail.com', 'sky.com'],
    W('For sale', 'Room to let', 'Missing', 'Found', 'Mob', 'Reward', 'Collection from', 'Lift share', 'Tutoring',
      'Seeking work', 'Fundraiser for', 'pushchair|pine wardrobe|road bike', '£{}'), iban='GB')
loc('hi-IN', 'IN', ['प्रियंका/Priyanka', 'अंकित/Ankit', 'श्वेता/Shweta', 'रोहित/Rohit', 'नेहा/Neha', 'सौरभ/Saurabh',
                    'पल्लवी/Pallavi', 'विकास/Vikas', 'दीपिका/Deepika', 'मनीष/Manish', 'रुचि/Ruchi', 'गौरव/Gaurav'],
    ['श्रीवास्तव/Srivastava', 'त्रिपाठी/Tripathi', 'चतुर्वेदी/Chaturvedi', 'अग्रवाल/Agarwal', 'भार्गव/Bhargava',
     'दीक्षित/Dixit', 'सक्सेना/Saxena', 'तिवारी/Tiwari', 'मिश्रा/Mishra', 'पांडे/Pandey', 'खन्ना/Khanna', 'बंसल/Bansal'],
    ['गुलमोहर मार्ग', 'शांति नगर', 'अशोक विहार', 'कमला नगर', 'इंदिरा नगर', 'विकास नगर', 'राजेंद्र नगर'],
    ['लखनऊ', 'कानपुर', 'वाराणसी', 'प्रयागराज', 'आगरा', 'मेरठ', 'गोरखपुर'],
    lambda r, s, t: f'मकान नं. {r.randint(1, 400)}, {s}, {t} - {r.randint(201, 284)}{r.randint(100, 999)}',
    ['gmail.com', 'yahoo.co.in', 'rediffmail.com'],
    W('बिकाऊ है', 'कमरा किराए पर', 'गुमशुदा', 'मिला है', 'संपर्क', 'इनाम', 'यहाँ से ले जाएँ', 'कारपूल', 'ट्यूशन',
      'नौकरी की तलाश', 'मदद की अपील', 'बेबी स्ट्रॉलर|लकड़ी की अलमारी|साइकिल', '₹{}'))
loc('zh-CN', 'CN', ['秀英/Xiuying', '建军/Jianjun', '晓燕/Xiaoyan', '志强/Zhiqiang', '丽萍/Liping', '海涛/Haitao',
                    '雪梅/Xuemei', '国栋/Guodong', '婉清/Wanqing', '子轩/Zixuan', '梦瑶/Mengyao', '浩然/Haoran'],
    ['岳/Yue', '庞/Pang', '钟/Zhong', '谭/Tan', '邵/Shao', '龚/Gong', '阎/Yan', '蒋/Jiang', '薛/Xue', '魏/Wei',
     '卢/Lu', '柏/Bai'],
    ['桂花路', '银杏路', '玉兰街', '紫藤路', '枫林路', '梧桐街', '芙蓉路'],
    ['苏州市', '无锡市', '常州市', '南通市', '扬州市', '嘉兴市', '绍兴市'],
    lambda r, s, t: f'{t}{r.choice(["姑苏区", "滨湖区", "新北区", "崇川区"])}{s}{r.randint(1, 399)}号{r.randint(1, 30)}栋'
                    f'{r.randint(1, 28)}0{r.randint(1, 6)}室',
    ['qq.com', '163.com', '126.com'],
    W('出售', '单间出租', '寻狗启事', '失物招领', '电话', '重谢', '自提地址', '拼车', '家教', '求职', '爱心筹款',
      '婴儿推车|实木餐桌|山地自行车', '{}元'), order='fw')
loc('ja-JP', 'JP', ['美咲/Misaki', '拓海/Takumi', '陽菜/Hina', '颯太/Sota', '結衣/Yui', '悠真/Yuma', '莉子/Riko',
                    '大和/Yamato', '凛/Rin', '蒼/Aoi', '千尋/Chihiro', '恭平/Kyohei'],
    ['相沢/Aizawa', '宮本/Miyamoto', '小野寺/Onodera', '菅原/Sugawara', '久保田/Kubota', '秋山/Akiyama',
     '土屋/Tsuchiya', '野口/Noguchi', '杉浦/Sugiura', '成田/Narita', '望月/Mochizuki', '堀内/Horiuchi'],
    ['本町', '緑町', '桜台', '旭町', '若葉町', '青葉台', '松が丘'],
    ['船橋市', '柏市', '松戸市', '市川市', '川越市', '所沢市', '藤沢市'],
    lambda r, s, t: f'〒{r.randint(270, 359)}-{r.randint(1000, 9999)} {t}{s}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}',
    ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com'],
    W('譲ります', 'ルームメイト募集', '迷子犬を探しています', '落とし物', '連絡先', '謝礼', '受け渡し場所', '相乗り',
      '家庭教師', '求職中', '支援のお願い', 'ベビーカー|ダイニングテーブル|自転車', '{}円'), order='fw')
loc('ko-KR', 'KR', ['지우/Jiwoo', '민준/Minjun', '서연/Seoyeon', '도현/Dohyun', '하은/Haeun', '예준/Yejun',
                    '수아/Sua', '시우/Siwoo', '채원/Chaewon', '주원/Juwon', '윤서/Yunseo', '건우/Gunwoo'],
    ['권/Kwon', '황/Hwang', '송/Song', '홍/Hong', '전/Jeon', '고/Ko', '문/Moon', '손/Son', '배/Bae', '백/Baek',
     '허/Heo', '남/Nam'],
    ['은행나무로', '벚꽃길', '솔빛로', '단풍로', '푸른숲길', '햇살로', '별빛로'],
    ['수원시 팔달구', '성남시 분당구', '고양시 일산동구', '용인시 수지구', '안양시 동안구', '부천시', '화성시'],
    lambda r, s, t: f'경기도 {t} {s} {r.randint(1, 200)}, {r.randint(101, 115)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호',
    ['naver.com', 'daum.net', 'kakao.com'],
    W('판매합니다', '룸메이트 구해요', '강아지를 찾습니다', '습득물', '연락처', '사례금', '직거래 장소', '카풀', '과외',
      '구직', '모금', '유모차|원목 식탁|자전거', '{}원'), order='fw')
loc('ru-RU', 'RU', ['Снежана/Snezhana', 'Всеволод/Vsevolod', 'Людмила/Lyudmila', 'Ярослав/Yaroslav',
                    'Агния/Agniya', 'Тимофей/Timofey', 'Василиса/Vasilisa', 'Святослав/Svyatoslav', 'Зоя/Zoya',
                    'Гордей/Gordey', 'Ульяна/Ulyana', 'Елисей/Yelisey'],
    ['Голованова/Golovanova', 'Рябинин/Ryabinin', 'Шестакова/Shestakova', 'Воронцов/Vorontsov',
     'Калинина/Kalinina', 'Журавлёв/Zhuravlyov', 'Селезнёва/Seleznyova', 'Мартынов/Martynov',
     'Лаптева/Lapteva', 'Фомичёв/Fomichyov', 'Горбунова/Gorbunova', 'Трофимов/Trofimov'],
    ['Рябиновая', 'Сиреневый бульвар', 'Берёзовая', 'Черёмуховая', 'Каштановая', 'Земляничная', 'Липовая аллея'],
    ['Подольск', 'Химки', 'Мытищи', 'Королёв', 'Балашиха', 'Люберцы', 'Коломна'],
    lambda r, s, t: f'г. {t}, ул. {s}, д. {r.randint(1, 90)}, кв. {r.randint(1, 240)}',
    ['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru'],
    W('Продаю', 'Сдаю комнату', 'Пропала собака', 'Найдено', 'Тел.', 'Вознаграждение', 'Самовывоз', 'Попутчики',
      'Репетитор', 'Ищу работу', 'Сбор средств для', 'детская коляска|шкаф-купе|велосипед', '{} ₽'))
loc('ar-EG', 'EG', ['هالة/Hala', 'شريف/Sherif', 'منى/Mona', 'طارق/Tarek', 'رانيا/Rania', 'وليد/Walid',
                    'دعاء/Doaa', 'هشام/Hesham', 'نرمين/Nermeen', 'عمرو/Amr', 'ياسمين/Yasmine', 'كريم/Karim'],
    ['الشناوي/El-Shenawy', 'عبد الحميد/Abdelhamid', 'الجزار/El-Gazzar', 'منصور/Mansour', 'السيد/El-Sayed',
     'رشوان/Rashwan', 'البنا/El-Banna', 'حجازي/Hegazy', 'فودة/Fouda', 'عطية/Attia', 'غنيم/Ghoneim', 'سالم/Salem'],
    ['شارع الياسمين', 'شارع النخيل', 'شارع الزهور', 'شارع الصفصاف', 'شارع البستان', 'شارع الريحان',
     'شارع الكروم'],
    ['مدينة نصر', 'المعادي', 'مصر الجديدة', 'الدقي', 'سموحة', 'المنصورة', 'طنطا'],
    lambda r, s, t: f'{r.randint(1, 120)} {s}، الدور {r.randint(1, 12)}، شقة {r.randint(1, 40)}، {t}',
    ['gmail.com', 'yahoo.com', 'hotmail.com'],
    W('للبيع', 'غرفة للإيجار', 'مفقود', 'تم العثور على', 'للتواصل', 'مكافأة', 'الاستلام من', 'مشاركة سيارة',
      'دروس خصوصية', 'أبحث عن عمل', 'حملة تبرع لـ', 'عربة أطفال|سفرة خشب|دراجة', '{} ج.م'))
loc('el-GR', 'GR', ['Δέσποινα/Despoina', 'Σπύρος/Spyros', 'Ευανθία/Evanthia', 'Χαράλαμπος/Charalampos',
                    'Βασιλική/Vasiliki', 'Παναγιώτης/Panagiotis', 'Αγλαΐα/Aglaia', 'Στέλιος/Stelios',
                    'Ιουλία/Ioulia', 'Θοδωρής/Thodoris', 'Ζωή/Zoi', 'Μιλτιάδης/Miltiadis'],
    ['Κατσαρού/Katsarou', 'Μπακάλης/Bakalis', 'Τσιρίγου/Tsirigou', 'Βλάχος/Vlachos', 'Ζαχαρίου/Zachariou',
     'Ρήγας/Rigas', 'Σταθοπούλου/Stathopoulou', 'Καραγιάννης/Karagiannis', 'Λιάπη/Liapi', 'Ντόκος/Ntokos',
     'Γιαννακού/Giannakou', 'Φραγκιαδάκης/Fragkiadakis'],
    ['Ανεμώνης', 'Γαρδένιας', 'Κυπαρισσιών', 'Ελιάς', 'Πλατάνων', 'Βυσσινιάς', 'Αμυγδαλιάς'],
    ['Χαλάνδρι', 'Μαρούσι', 'Κηφισιά', 'Περιστέρι', 'Καλαμαριά', 'Νέα Σμύρνη', 'Γλυφάδα'],
    lambda r, s, t: f'{s} {r.randint(1, 80)}, {r.randint(110, 190)} {r.randint(10, 99)} {t}',
    ['gmail.com', 'yahoo.gr', 'otenet.gr'],
    W('Πωλείται', 'Ενοικιάζεται δωμάτιο', 'Χάθηκε', 'Βρέθηκε', 'Τηλ.', 'Αμοιβή', 'Παραλαβή από', 'Συνεπιβάτες',
      'Ιδιαίτερα μαθήματα', 'Ζητώ εργασία', 'Έρανος για', 'καρότσι μωρού|τραπεζαρία|ποδήλατο', '{} €'), iban='GR')
loc('uk-UA', 'UA', ['Оксана/Oksana', 'Богдан/Bohdan', 'Соломія/Solomiia', 'Тарас/Taras', 'Ярина/Yaryna',
                    'Остап/Ostap', 'Мирослава/Myroslava', 'Назар/Nazar', 'Олеся/Olesia', 'Северин/Severyn',
                    'Христина/Khrystyna', 'Любомир/Liubomyr'],
    ['Ковальчук/Kovalchuk', 'Дорошенко/Doroshenko', 'Гнатюк/Hnatiuk', 'Савчук/Savchuk', 'Кравець/Kravets',
     'Мельничук/Melnychuk', 'Стасюк/Stasiuk', 'Бондаренко/Bondarenko', 'Лисенко/Lysenko', 'Ткачук/Tkachuk',
     'Олійник/Oliinyk', 'Приходько/Prykhodko'],
    ['Калинова', 'Вишнева', 'Соняшникова', 'Каштанова', 'Липова', 'Яворова', 'Барвінкова'],
    ['Вінниця', 'Житомир', 'Рівне', 'Луцьк', 'Тернопіль', 'Хмельницький', 'Ужгород'],
    lambda r, s, t: f'м. {t}, вул. {s}, буд. {r.randint(1, 90)}, кв. {r.randint(1, 180)}',
    ['ukr.net', 'i.ua', 'gmail.com'],
    W('Продам', 'Здається кімната', 'Загубився', 'Знайдено', 'Тел.', 'Винагорода', 'Самовивіз', 'Попутники',
      'Репетитор', 'Шукаю роботу', 'Збір коштів для', 'дитячий візок|шафа|велосипед', '{} грн'), iban='UA')
loc('vi-VN', 'VN', ['Thảo', 'Quang', 'Ngọc Hân', 'Tuấn Kiệt', 'Mai Anh', 'Đức Huy', 'Bích Ngọc', 'Minh Khôi',
                    'Thu Trang', 'Hoàng Long', 'Khánh Linh', 'Bảo Nam'],
    ['Đỗ', 'Huỳnh', 'Võ', 'Phan', 'Lý', 'Trịnh', 'Đặng', 'Bùi', 'Lương', 'Tạ', 'Mai', 'Hồ'],
    ['Hẻm 42 Bạch Mai', 'đường Hoa Sứ', 'đường Hoa Lan', 'đường Hoa Cúc', 'ngõ 15 Trúc Bạch', 'đường Cây Keo',
     'đường Hoa Phượng'],
    ['Phường 7, Quận Phú Nhuận, TP.HCM', 'Phường 12, Quận Gò Vấp, TP.HCM', 'Phường Bình An, TP. Thủ Đức',
     'Phường Dịch Vọng, Quận Cầu Giấy, Hà Nội', 'Phường Thạc Gián, Quận Thanh Khê, Đà Nẵng'],
    lambda r, s, t: f'Số {r.randint(1, 220)} {s}, {t}', ['gmail.com', 'yahoo.com.vn'],
    W('Cần bán', 'Cho thuê phòng', 'Tìm chó lạc', 'Nhặt được', 'SĐT', 'Hậu tạ', 'Nhận hàng tại', 'Đi chung xe',
      'Gia sư', 'Tìm việc', 'Quyên góp giúp', 'xe đẩy em bé|bàn ăn gỗ|xe đạp', '{}đ'), order='fw')
loc('th-TH', 'TH', ['สมศรี/Somsri', 'ธนากร/Thanakorn', 'พิมพ์ชนก/Pimchanok', 'ณัฐพล/Nattaphon',
                    'กนกวรรณ/Kanokwan', 'ศุภชัย/Supachai', 'อรอุมา/Onuma', 'วีรยุทธ/Weerayut', 'ปิยะนุช/Piyanuch',
                    'ชยพล/Chayapol', 'รัตนา/Rattana', 'เอกชัย/Ekkachai'],
    ['ศรีสุข/Srisuk', 'วงศ์ไทย/Wongthai', 'บุญมา/Boonma', 'แก้วมณี/Kaewmanee', 'ทองดี/Thongdee',
     'สุขสวัสดิ์/Suksawat', 'จันทร์เพ็ญ/Chanpen', 'พรหมมา/Prommma', 'เพชรรัตน์/Petcharat', 'ใจดี/Jaidee',
     'ศรีวงศ์/Sriwong', 'มีสุข/Meesuk'],
    ['ซอยลาดพร้าว 71', 'ซอยรามอินทรา 40', 'ซอยสุขุมวิท 101/1', 'ซอยประชาอุทิศ 33', 'ซอยเพชรเกษม 48',
     'ซอยพหลโยธิน 52', 'ซอยอ่อนนุช 17'],
    ['เขตลาดพร้าว กรุงเทพฯ 10230', 'เขตบางเขน กรุงเทพฯ 10220', 'เขตพระโขนง กรุงเทพฯ 10260',
     'อ.เมือง จ.นนทบุรี 11000', 'อ.เมือง จ.เชียงใหม่ 50000'],
    lambda r, s, t: f'{r.randint(1, 300)}/{r.randint(1, 90)} {s} {t}', ['gmail.com', 'hotmail.com'],
    W('ขาย', 'ห้องให้เช่า', 'สุนัขหาย', 'เก็บของได้', 'โทร', 'มีรางวัล', 'รับของที่', 'หาเพื่อนร่วมทาง', 'สอนพิเศษ',
      'หางาน', 'ระดมทุนช่วย', 'รถเข็นเด็ก|โต๊ะกินข้าว|จักรยาน', '{} บาท'))
loc('he-IL', 'IL', ['נועה/Noa', 'איתי/Itai', 'מאיה/Maya', 'עומר/Omer', 'שירה/Shira', 'יואב/Yoav', 'טליה/Talya',
                    'אריאל/Ariel', 'הדס/Hadas', 'נדב/Nadav', 'רוני/Roni', 'אלון/Alon'],
    ['פרידמן/Friedman', 'אזולאי/Azoulay', 'ביטון/Biton', 'שפירא/Shapira', 'חדד/Hadad', 'אוחיון/Ohayon',
     'גולדברג/Goldberg', 'דהן/Dahan', 'סויסה/Swisa', 'קרמר/Kramer', 'מזרחי/Mizrahi', 'בן דוד/Ben David'],
    ['רחוב הדקל', 'רחוב האלון', 'רחוב הרימון', 'רחוב התאנה', 'רחוב הגפן', 'רחוב השקד', 'רחוב הזית'],
    ['רחובות', 'כפר סבא', 'רעננה', 'הוד השרון', 'מודיעין', 'נס ציונה', 'גבעתיים'],
    lambda r, s, t: f'{s} {r.randint(1, 60)}, דירה {r.randint(1, 30)}, {t}', ['gmail.com', 'walla.co.il'],
    W('למכירה', 'חדר להשכרה', 'אבד', 'נמצא', 'טל׳', 'פרס כספי', 'איסוף מ', 'טרמפ', 'שיעורים פרטיים', 'מחפש עבודה',
      'התרמה למען', 'עגלת תינוק|שולחן אוכל|אופניים', '{} ₪'), iban='IL')
loc('id-ID', 'ID', ['Wulan', 'Bayu', 'Sekar', 'Dimas', 'Ayu Lestari', 'Fajar', 'Rizka', 'Galih', 'Nurul', 'Hendra',
                    'Putri', 'Yoga'],
    ['Wibisono', 'Hutapea', 'Siregar', 'Kusumawati', 'Nugroho', 'Simanjuntak', 'Pratama', 'Setiawan',
     'Rahmawati', 'Sitompul', 'Hidayat', 'Purnomo'],
    ['Jl. Melati', 'Jl. Kenanga', 'Jl. Cempaka', 'Jl. Anggrek', 'Jl. Flamboyan', 'Jl. Dahlia', 'Jl. Teratai'],
    ['Bekasi', 'Depok', 'Bogor', 'Tangerang Selatan', 'Cimahi', 'Sidoarjo', 'Sleman'],
    lambda r, s, t: f'{s} No. {r.randint(1, 150)}, RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}, {t} {r.randint(16000, 61999)}',
    ['gmail.com', 'yahoo.co.id'],
    W('Dijual', 'Kamar kos disewakan', 'Dicari', 'Ditemukan', 'WA', 'Imbalan', 'COD di', 'Nebeng',
      'Les privat', 'Cari kerja', 'Galang dana untuk', 'stroller bayi|meja makan jati|sepeda lipat', 'Rp{}'))
loc('pt-PT', 'PT', ['Inês', 'Duarte', 'Leonor', 'Gonçalo', 'Matilde', 'Rodrigo', 'Beatriz', 'Tomás', 'Carolina',
                    'Afonso', 'Madalena', 'Simão'],
    ['Vasconcelos', 'Rebelo', 'Gouveia', 'Pinheiro', 'Sequeira', 'Antunes', 'Calado', 'Meireles', 'Quaresma',
     'Amaral', 'Lobo', 'Tavares'],
    ['Rua das Camélias', 'Rua do Pinhal', 'Travessa das Oliveiras', 'Rua dos Loureiros', 'Rua da Azenha',
     'Rua das Mimosas', 'Rua do Ribeiro'],
    ['Amadora', 'Odivelas', 'Barreiro', 'Setúbal', 'Aveiro', 'Viseu', 'Braga'],
    lambda r, s, t: f'{s}, n.º {r.randint(1, 150)}, {r.randint(1, 8)}.º Esq., {r.randint(2600, 4999)}-{r.randint(100, 999)} {t}',
    ['sapo.pt', 'gmail.com', 'netcabo.pt'],
    W('Vendo', 'Aluga-se quarto', 'Desaparecido', 'Encontrado', 'Tlm.', 'Recompensa', 'Levantar em', 'Boleia',
      'Explicações', 'Procuro trabalho', 'Angariação para', 'carrinho de bebé|mesa de jantar|bicicleta', '{} €'))

# Extra, rarer candidates (the overlap cut is strict); street pools hold the distinctive part only, the street
# type word comes from the locale's template (STREET_FMT).
for _k in ('vi-VN', 'th-TH'):
    L.pop(_k)
STREET_FMT = {'es-ES': 'Calle {}', 'it-IT': 'Via {}', 'pl-PL': 'ul. {}', 'pt-BR': 'Rua {}', 'pt-PT': 'Rua {}',
              'es-MX': 'Calle {}', 'tr-TR': '{} Sokak', 'id-ID': 'Jl. {}', 'ar-EG': 'شارع {}', 'he-IL': 'רחוב {}',
              'en-US': '{} {}', 'en-GB': '{} {}', 'fr-FR': 'rue {}', 'ru-RU': '{}', 'uk-UA': '{}', 'hi-IN': '{}'}
US_SUFFIX = ['Ln', 'Ct', 'Dr', 'Rd', 'Way', 'Ave', 'Cir']
GB_SUFFIX = ['Close', 'Grove', 'Lane', 'Drive', 'Terrace', 'Crescent', 'Way']
EXTRA = {
    'de-DE': dict(first=['Hiltrud', 'Rüdiger', 'Edeltraud', 'Wolfhard', 'Gerlinde', 'Hartmut', 'Irmgard', 'Sönke',
                         'Roswitha', 'Eckhard', 'Liesel', 'Gottfried', 'Heike-Marie', 'Jost', 'Swantje', 'Wiebold',
                         'Almuth', 'Reinhild', 'Tjark', 'Enno', 'Okke', 'Meike', 'Hauke', 'Telse', 'Rieke'],
                  last=['Grotjahn', 'Piepenbrink', 'Schnakenberg', 'Wiechmann', 'Ossenbrügge', 'Dreyer-Kück'],
                  streets=['Pappelkamp', 'Ginsterweg', 'Hagebuttenstieg', 'Schlehdornweg', 'Moorkamp', 'Reetdachweg',
                           'Brombeerweg', 'Kranichstieg'],
                  towns=['Uetersen', 'Tornesch', 'Barmstedt', 'Kaltenkirchen', 'Henstedt-Ulzburg']),
    'fr-FR': dict(first=['Gwendoline', 'Tugdual', 'Brieuc', 'Maïwenn', 'Ronan', 'Nolwenn', 'Goulven', 'Solenn',
                         'Armelle', 'Corentin', 'Elouan', 'Katell', 'Guénolé', 'Aziliz', 'Morgane', 'Gaëlle',
                         'Tiphaine', 'Pierrick', 'Youenn', 'Enora'],
                  last=['Le Bihan', 'Kervella', 'Caradec', 'Le Floch', 'Tanguy', 'Le Gall'],
                  streets=['des Ajoncs', 'des Goélands', 'de Kerlouan', 'des Bruyères', 'du Menhir', 'de Penhoat',
                           'des Korrigans', 'du Vieux Lavoir'],
                  towns=['Landerneau', 'Carhaix-Plouguer', 'Paimpol', 'Douarnenez', 'Concarneau', 'Pont-l\'Abbé',
                         'Plougastel-Daoulas', 'Guingamp']),
    'es-ES': dict(first=['Garazi', 'Aitziber', 'Beñat', 'Irati', 'Eneko', 'Oihana', 'Ibon', 'Nahia', 'Jokin', 'Uxue',
                         'Aritz', 'Edurne', 'Mikel', 'Ane', 'Haizea', 'Koldo', 'Arantxa', 'Imanol'],
                  last=['Aizpurua', 'Egaña', 'Iriondo', 'Zabaleta', 'Otegui', 'Berasategui', 'Galarraga',
                        'Elorza', 'Arregi', 'Uranga', 'Zulaika', 'Lertxundi'],
                  streets=['Amapola', 'Olmo', 'Jazmín', 'Almendro', 'Laurel', 'Brezo', 'Madroño', 'Arrayán',
                           'Espliego', 'Tomillo', 'Majuelo', 'Endrino'],
                  towns=['Bergara', 'Oñati', 'Lasarte-Oria', 'Andoain', 'Beasain', 'Ordizia', 'Azkoitia']),
    'it-IT': dict(first=['Ippolita', 'Gianmaria', 'Serafina', 'Ercole', 'Ermenegilda', 'Brunello', 'Zeno', 'Tecla',
                         'Gualtiero', 'Assunta', 'Ferruccio', 'Ornella', 'Dionigi', 'Eufemia', 'Oreste', 'Nives'],
                  streets=['dei Gelsi', 'delle Betulle', 'dei Pioppi', 'del Forno', 'delle Rose', 'dei Tigli',
                           'delle Viole', 'dei Castagni', 'del Roccolo', 'delle Sorgive', 'dei Salici']),
    'pl-PL': dict(first=['Bogumiła', 'Wiesław', 'Lucyna', 'Zdzisław', 'Genowefa', 'Czesław', 'Teodozja', 'Bolesław',
                         'Władysława', 'Hieronim', 'Stanisława', 'Bronisław', 'Eugenia', 'Lechosław', 'Żaneta'],
                  streets=['Jaśminowa', 'Kalinowa', 'Wrzosowa', 'Jarzębinowa', 'Konwaliowa', 'Bursztynowa', 'Cisowa',
                           'Tatarakowa', 'Poziomkowa', 'Szafirowa', 'Żurawinowa', 'Berberysowa', 'Storczykowa']),
    'nl-NL': dict(first=['Geertruida', 'Harmen', 'Aaltje', 'Egbert', 'Trijntje', 'Wybren', 'Hilje', 'Sietse',
                         'Jitske', 'Gerben', 'Baukje', 'Folkert', 'Geesje', 'Reinder', 'Wietske', 'Hidde'],
                  last=['Wijbenga', 'Hofstede', 'Kloosterman', 'Zijlstra', 'Bouwmeester', 'Hiemstra', 'Nijboer',
                        'Oosterhof', 'Smeenk', 'Tjeerdsma'],
                  streets=['Hazelaarlaan', 'Vlierstraat', 'Kastanjehof', 'Ratelaarstraat', 'Lisdoddestraat',
                           'Boterbloemlaan', 'Dotterbloemhof'],
                  towns=['Hattem', 'Steenwijk', 'Hardenberg', 'Ommen', 'Raalte', 'Dalfsen']),
    'sv-SE': dict(first=['Gunnel', 'Ingvar', 'Birgitta', 'Sune', 'Margareta', 'Holger', 'Solveig', 'Torsten',
                         'Ingegerd', 'Algot', 'Vendela', 'Folke', 'Ylva', 'Gösta', 'Sigrid', 'Evert'],
                  last=['Björklund', 'Sandqvist', 'Östlund', 'Hellström', 'Wahlberg', 'Ekdahl', 'Norrby'],
                  streets=['Blåbärsstigen', 'Hallonvägen', 'Nyponvägen', 'Kvarnbäcksvägen', 'Tranvägen'],
                  towns=['Ockelbo', 'Hofors', 'Ljusdal', 'Ovanåker', 'Nordanstig']),
    'fi-FI': dict(first=['Eevaliisa', 'Reijo', 'Tuulikki', 'Pentti', 'Raili', 'Tapio', 'Sirkka', 'Jorma', 'Helmi',
                         'Vilho', 'Kyllikki', 'Arvo', 'Lempi', 'Aarne', 'Vieno', 'Urho'],
                  last=['Kinnunen', 'Väisänen', 'Hyvönen', 'Tikkanen', 'Räsänen', 'Partanen', 'Jääskeläinen'],
                  streets=['Kuusikuja', 'Katajatie', 'Variksentie', 'Puolukkapolku', 'Kielotie'],
                  towns=['Hyvinkää', 'Riihimäki', 'Forssa', 'Iisalmi', 'Kajaani', 'Raahe']),
    'tr-TR': dict(first=['Şükriye', 'Necdet', 'Nurhan', 'Cüneyt', 'Gülbahar', 'Ertuğrul', 'Saadet', 'Tuncay',
                         'Hacer', 'Nevzat', 'Fikriye', 'Rüştü', 'Müzeyyen', 'Sabahattin'],
                  last=['Karakoç', 'Sarıkaya', 'Tunçel', 'Dursun', 'Akbulut', 'Kocabaş', 'Gezer'],
                  streets=['Lale', 'Menekşe', 'Papatya', 'Çınar', 'Nergis', 'Ihlamur', 'Leylak', 'Sümbül',
                           'Begonvil', 'Manolya', 'Akasya', 'Zakkum'],
                  towns=['Maltepe', 'Ataşehir', 'Buca', 'Gaziemir', 'Osmangazi', 'Yenimahalle', 'Selçuklu']),
    'pt-BR': dict(first=['Rosineide', 'Josué', 'Francisca', 'Edivaldo', 'Gracielle', 'Cleiton', 'Lucimara',
                         'Adailton', 'Vanderléia', 'Ueslei', 'Maricleide', 'Genivaldo'],
                  last=['Nogueira', 'Bittencourt', 'Guimarães', 'Vasconcellos', 'Peixoto', 'Fagundes', 'Coutinho',
                        'Arruda', 'Rezende', 'Carvalhal', 'Damasceno', 'Leitão'],
                  streets=['das Acácias', 'dos Ipês', 'das Orquídeas', 'do Sol', 'dos Jasmins', 'das Hortênsias',
                           'do Cajueiro', 'das Quaresmeiras', 'dos Flamboyants', 'das Bromélias', 'do Jequitibá']),
    'es-MX': dict(first=['Maricruz', 'Eleuterio', 'Nayeli', 'Tonatiuh', 'Yolotzin', 'Cuauhtli', 'Anayeli', 'Heriberto',
                         'Zyanya', 'Nezahualli', 'Abigail', 'Maclovio'],
                  last=['Zavala', 'Arriaga', 'Barragán', 'Cisneros', 'Esparza', 'Galindo', 'Mejía Lara', 'Tapia'],
                  streets=['Nogal', 'Tulipán', 'Ciprés', 'Girasol', 'Magnolia', 'Huizache', 'Jacaranda', 'Mezquite',
                           'Tabachín', 'Cempasúchil', 'Ahuehuete'],
                  towns=['Tlajomulco', 'Salamanca', 'Silao', 'Pátzcuaro', 'Uruapan', 'Apaseo el Grande']),
    'en-US': dict(first=['Kaydence', 'Braxton', 'Jaycee', 'Ryker', 'Brynlee', 'Kolton', 'Oaklynn', 'Paxton',
                         'Everleigh', 'Tucker', 'Adalynn', 'Bentley', 'Marlee', 'Lane', 'Raelynn', 'Colt'],
                  last=['Honeycutt', 'Hollingsworth', 'Pendergrass', 'Satterfield', 'Rutledge', 'Wofford'],
                  streets=['Dogwood', 'Sycamore', 'Bluebonnet', 'Quail Run', 'Persimmon', 'Cottonwood', 'Meadowlark',
                           'Redbud', 'Chinaberry', 'Buttonwood', 'Pecan Hollow', 'Whippoorwill'],
                  towns=[('Cedar Park', 'TX'), ('Leander', 'TX'), ('Nampa', 'ID'), ('Lenexa', 'KS'),
                         ('Noblesville', 'IN'), ('Blacksburg', 'VA'), ('Gilbert', 'AZ'), ('Owasso', 'OK')]),
    'en-GB': dict(first=['Morwenna', 'Lachlan', 'Saoirse', 'Tegan', 'Ffion', 'Hamish', 'Cerys', 'Ewan', 'Kerensa',
                         'Torquil', 'Elspeth', 'Gethin'],
                  streets=['Laburnum', 'Hawthorn', 'Primrose', 'Rowan', 'Foxglove', 'Bramble', 'Heather', 'Sorrel',
                           'Bilberry', 'Lapwing', 'Curlew', 'Celandine']),
    'hi-IN': dict(first=['हर्षिता/Harshita', 'तनुज/Tanuj', 'वंदना/Vandana', 'अभिषेक/Abhishek', 'सुरभि/Surabhi',
                         'प्रांजल/Pranjal', 'मेघना/Meghna', 'अनुराग/Anurag', 'दिव्यांशी/Divyanshi', 'शुभम/Shubham'],
                  last=['कुशवाहा/Kushwaha', 'निगम/Nigam', 'मालवीय/Malviya', 'रस्तोगी/Rastogi', 'बाजपेयी/Bajpai',
                        'अवस्थी/Awasthi', 'शुक्ला/Shukla', 'गुप्ता/Gupta'],
                  streets=['चंदन विहार', 'गुलमोहर एन्क्लेव', 'कदम्ब कॉलोनी', 'पलाश नगर', 'अमलतास मार्ग'],
                  towns=['बाराबंकी', 'सीतापुर', 'उन्नाव', 'रायबरेली', 'फैजाबाद', 'बहराइच', 'हरदोई']),
    'zh-CN': dict(first=['沛涵/Peihan', '睿泽/Ruize', '語嫣/Yuyan', '锦程/Jincheng', '芷若/Zhiruo'],
                  streets=['丁香路', '海棠街', '石榴路', '樱桃街']),
    'ja-JP': dict(first=['芙美/Fumi', '龍之介/Ryunosuke', '紗季/Saki', '篤/Atsushi', '雅美/Masami', '伸也/Shinya'],
                  streets=['柳町', '楓台', '若松町']),
    'ko-KR': dict(first=['다온/Daon', '은채/Eunchae', '태윤/Taeyun', '소율/Soyul', '한결/Hangyeol', '아린/Arin'],
                  last=['변/Byeon', '채/Chae', '탁/Tak', '편/Pyeon', '봉/Bong']),
    'ru-RU': dict(first=['Евдокия/Evdokiya', 'Прохор/Prokhor', 'Феврония/Fevroniya', 'Мирон/Miron',
                         'Серафима/Serafima'],
                  streets=['Ольховая', 'Брусничная', 'Клюквенная', 'Вербная', 'Можжевеловая']),
    'ar-EG': dict(first=['سهير/Soheir', 'مدحت/Medhat', 'نجلاء/Naglaa', 'صفوت/Safwat', 'إنجي/Engy', 'حازم/Hazem',
                         'شاهندا/Shahenda', 'عصام/Essam', 'ناهد/Nahed', 'ممدوح/Mamdouh', 'هويدا/Howaida', 'رأفت/Raafat'],
                  streets=['الياسمين', 'النخيل', 'الزهور', 'الصفصاف', 'البستان', 'الريحان', 'الكروم', 'الجميز',
                           'التوت', 'البنفسج', 'السرو', 'الليمون'],
                  towns=['حدائق القبة', 'الزيتون', 'شبرا الخيمة', 'العجوزة', 'ميامي', 'العصافرة', 'كفر الشيخ',
                         'بنها', 'دمنهور', 'الزقازيق']),
    'el-GR': dict(streets=['Γαρυφάλλου', 'Μυρτιάς', 'Δάφνης', 'Λεμονιάς', 'Ροδιάς', 'Ιτέας', 'Καστανιάς']),
    'uk-UA': dict(first=['Ївга/Yivha', 'Орест/Orest', 'Ганна/Hanna', 'Зиновій/Zynovii', 'Маланка/Malanka'],
                  streets=['Калинова', 'Вишнева', 'Ожинова', 'Бузкова', 'Смерекова', 'Ліщинова'],
                  towns=['Коломия', 'Дрогобич', 'Самбір', 'Ковель', 'Бердичів', 'Кременець']),
    'he-IL': dict(first=['הילה/Hila', 'אביתר/Evyatar', 'שקד/Shaked', 'עידו/Ido', 'ליאור/Lior', 'ענבל/Inbal',
                         'אלמוג/Almog', 'רעות/Reut', 'דביר/Dvir', 'מעיין/Maayan'],
                  last=['אלמליח/Elmaleh', 'וקנין/Vaknin', 'אברג׳ל/Abergel', 'טולדנו/Toledano', 'זכאי/Zakai',
                        'קעדאן/Kadan'],
                  streets=['הדקל', 'האלון', 'הרימון', 'התאנה', 'הגפן', 'השקד', 'הזית', 'הברוש', 'האשל', 'הצאלון'],
                  towns=['קריית אונו', 'אור יהודה', 'יהוד', 'גן יבנה', 'קריית עקרון', 'זכרון יעקב', 'פרדס חנה']),
    'id-ID': dict(last=['Situmorang', 'Panjaitan', 'Wicaksono', 'Prasetyo', 'Handayani', 'Suryadi', 'Nainggolan'],
                  streets=['Melati', 'Kenanga', 'Cempaka', 'Anggrek', 'Flamboyan', 'Dahlia', 'Teratai', 'Kamboja',
                           'Bougenville', 'Nusa Indah']),
    'pt-PT': dict(first=['Filipa', 'Nuno', 'Joana', 'Rui', 'Teresa', 'Vasco', 'Graça', 'Henrique', 'Conceição',
                         'Amadeu', 'Lurdes', 'Bernardino', 'Glória', 'Albertino'],
                  streets=['das Camélias', 'do Pinhal', 'das Oliveiras', 'dos Loureiros', 'da Azenha', 'das Mimosas',
                           'do Ribeiro', 'da Levada', 'do Espigueiro', 'das Tílias']),
}

EXTRA['pl-PL']['first'] += ['Bożydar', 'Sulisława', 'Mścisław', 'Dobrosława', 'Wszebor', 'Jaromira', 'Ziemowit',
                            'Świętosława', 'Przybysław', 'Lubomira', 'Gościsław', 'Radomiła', 'Dobromir']
EXTRA['tr-TR']['streets'] += ['Kardelen', 'Hanımeli', 'Kasımpatı', 'Ardıç', 'Gelincik', 'Çitlembik', 'Kekik',
                              'Ebegümeci', 'Böğürtlen', 'Begonya', 'Ayva', 'Kuşburnu']
EXTRA['he-IL']['streets'] += ['השיטה', 'הערבה', 'האלה', 'הכלנית', 'הנרקיס', 'הרקפת', 'החצב', 'הסחלב', 'האירוס',
                              'הצבעוני', 'המורן', 'הלוטם', 'החוגלה', 'הדוכיפת', 'הנחליאלי',
                              'הסנונית', 'העפרוני', 'הזמיר', 'השלדג', 'הפשוש', 'הירגזי', 'הדרור']
EXTRA['hi-IN']['first'] += ['यामिनी/Yamini', 'कुणाल/Kunal', 'ऋचा/Richa', 'पुलकित/Pulkit', 'अदिति/Aditi',
                            'सार्थक/Sarthak', 'निहारिका/Niharika', 'उत्कर्ष/Utkarsh']
EXTRA['hi-IN']['last'] += ['द्विवेदी/Dwivedi', 'कपूर/Kapoor', 'माथुर/Mathur', 'वार्ष्णेय/Varshney', 'गोयल/Goyal']
EXTRA['hi-IN']['streets'] += ['नीलकंठ कॉलोनी', 'सरस्वती विहार', 'महानगर विस्तार', 'आशियाना कॉलोनी', 'जानकीपुरम']
EXTRA['hi-IN']['towns'] += ['शाहजहाँपुर', 'लखीमपुर', 'बलिया', 'ललितपुर', 'मैनपुरी', 'एटा']

EXTRA2 = {
    'de-DE': dict(first=['Adelgunde', 'Hinnerk', 'Wilgard', 'Ingeborg', 'Waltraud', 'Gerwin', 'Hergen', 'Rixa', 'Thees',
                         'Frerk', 'Ubbo', 'Harmke', 'Tomke', 'Eilert', 'Gesa']),
    'es-ES': dict(first=['Itxaso', 'Joseba', 'Olatz', 'Urko', 'Izaskun', 'Aitor', 'Miren', 'Igor', 'Lorea', 'Julen',
                         'Ainara', 'Ander', 'Idoia', 'Xanti', 'Arrate']),
    'it-IT': dict(first=['Cesira', 'Italo', 'Gemma', 'Fulvio', 'Rosalba', 'Amedeo', 'Loredana', 'Primo', 'Ida', 'Guido',
                         'Nazzarena', 'Settimio', 'Clelia', 'Egidio']),
    'nl-NL': dict(first=['Hylke', 'Doutzen', 'Jildou', 'Tjitske', 'Auke', 'Sytske', 'Eelke', 'Froukje', 'Hessel',
                         'Trijn', 'Wopke', 'Lolkje']),
    'sv-SE': dict(first=['Gudrun', 'Stig', 'Britt-Marie', 'Kjell', 'Rut', 'Yngve', 'Maj-Britt', 'Bertil', 'Ulla-Karin',
                         'Arvid', 'Dagny', 'Tage'],
                  last=['Blomqvist', 'Ekström', 'Sjögren', 'Rydberg', 'Strömqvist', 'Grönlund', 'Lidén', 'Malmsten']),
    'fi-FI': dict(first=['Raija', 'Seppo', 'Tellervo', 'Kalevi', 'Orvokki', 'Pertti', 'Hilkka', 'Esko', 'Marjatta',
                         'Erkki', 'Aune', 'Ilmari']),
    'en-GB': dict(first=['Philippa', 'Crispin', 'Ottilie', 'Jago', 'Bryony', 'Rupert', 'Clementine', 'Fergus',
                         'Araminta', 'Hector', 'Wilhelmina', 'Ptolemy']),
    'ko-KR': dict(first=['나래/Narae', '슬기/Seulgi', '보람/Boram', '한별/Hanbyeol', '가람/Garam', '새롬/Saerom',
                         '초롱/Chorong', '빛나/Bitna']),
    'ru-RU': dict(first=['Пелагея/Pelageya', 'Аким/Akim', 'Олимпиада/Olimpiada', 'Ермолай/Yermolay', 'Глафира/Glafira',
                         'Фрол/Frol', 'Евпраксия/Evpraksiya', 'Савва/Savva'],
                  streets=['Облепиховая', 'Жасминовая', 'Ивовая', 'Тополиная']),
    'el-GR': dict(first=['Καλλιόπη/Kalliopi', 'Ευστάθιος/Efstathios', 'Πολυξένη/Polyxeni', 'Αριστείδης/Aristeidis',
                         'Ουρανία/Ourania', 'Διονύσιος/Dionysios', 'Κυριακή/Kyriaki', 'Λεωνίδας/Leonidas'],
                  streets=['Ευκαλύπτων', 'Μυρσίνης', 'Κρίνων', 'Ορτανσίας', 'Γιασεμιού']),
    'uk-UA': dict(first=['Орися/Orysia', 'Зеновій/Zenovii', 'Устина/Ustyna', 'Мирон/Myron', 'Дзвенислава/Dzvenyslava',
                         'Ярема/Yarema'],
                  last=['Гуцуляк/Hutsuliak', 'Семенюк/Semeniuk', 'Федорак/Fedorak', 'Пилипчук/Pylypchuk',
                        'Кушнір/Kushnir'],
                  streets=['Ялинкова', 'Горобинова', 'Ромашкова', 'Волошкова', 'Черемшина']),
    'he-IL': dict(first=['אורנה/Orna', 'יגאל/Yigal', 'צופית/Tzufit', 'גלעד/Gilad', 'אפרת/Efrat', 'עמית/Amit',
                         'ברק/Barak', 'יפעת/Yifat'],
                  last=['בוזגלו/Bouzaglo', 'אלקבץ/Elkabetz', 'שטרית/Shitrit', 'פרץ/Peretz', 'אבוטבול/Abutbul',
                        'מלכה/Malka'],
                  towns=['קריית טבעון', 'יקנעם', 'מזכרת בתיה', 'גדרה', 'אבן יהודה', 'כוכב יאיר']),
    'id-ID': dict(first=['Sri Wahyuni', 'Agung', 'Ratna', 'Teguh', 'Indah', 'Bambang', 'Kartika', 'Joko', 'Endang',
                         'Wahyu']),
    'es-MX': dict(last=['Sandoval', 'Anguiano', 'Villalobos', 'Corona', 'Maldonado', 'Saucedo']),
    'zh-CN': dict(last=['欧阳/Ouyang', '司马/Sima', '诸葛/Zhuge', '上官/Shangguan', '皇甫/Huangfu', '尉迟/Yuchi']),
    'pt-PT': dict(last=['Cabral', 'Brito', 'Falcão', 'Valente', 'Leal', 'Marques']),
    'hi-IN': dict(last=['उपाध्याय/Upadhyay', 'पाठक/Pathak', 'जौहरी/Johari', 'खत्री/Khatri', 'भटनागर/Bhatnagar'],
                  streets=['इंदिरापुरम', 'गोमतीनगर', 'आलमबाग', 'अलीगंज', 'महानगर']),
    'fr-FR': dict(streets=['des Genêts', 'de Kernévez', 'des Hirondelles', 'du Prat', 'de Keraudren', 'des Courlis',
                           'du Stang'],
                  towns=['Ploërmel', 'Loudéac', 'Landivisiau', 'Châteaulin', 'Quimperlé', 'Pontivy', 'Lamballe']),
    'pl-PL': dict(streets=['Rumiankowa', 'Chabrowa', 'Nagietkowa', 'Macierzankowa', 'Bazaltowa', 'Malinowa', 'Jeżynowa']),
    'en-US': dict(streets=['Honeysuckle', 'Magnolia Bend', 'Mockingbird', 'Hackberry', 'Sassafras', 'Catalpa', 'Osage']),
}
for _lc, _ex in EXTRA2.items():
    for _k, _v in _ex.items():
        EXTRA[_lc].setdefault(_k, [])
        EXTRA[_lc][_k] = EXTRA[_lc][_k] + [x for x in _v if x not in EXTRA[_lc][_k]]
_STRIP = {'es-ES': 'Calle ', 'it-IT': 'Via ', 'pl-PL': 'ul. ', 'pt-BR': 'Rua ', 'pt-PT': 'Rua ', 'es-MX': 'Calle ',
          'tr-TR': ' Sokak', 'id-ID': 'Jl. ', 'ar-EG': 'شارع ', 'he-IL': 'רחוב ', 'fr-FR': 'rue '}
for _lc, _ex in EXTRA.items():
    for _k, _v in _ex.items():
        if _k == 'streets' and _lc in STREET_FMT and _lc not in ('ru-RU', 'uk-UA', 'hi-IN'):
            L[_lc]['streets'] = []
        L[_lc][_k] = [x for x in L[_lc][_k] if x not in _v] + _v


def strip_acc(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).replace('ł', 'l').replace('Ł', 'L') \
        .replace('ø', 'o').replace('ß', 'ss').replace('đ', 'd').replace('Đ', 'D').replace('ı', 'i')


def nat(e):
    return e.split('/')[0]


def rom(e):
    return strip_acc(e.split('/')[-1])


# ---------------------------------------------------------------------------------------------------------- values
PT = phonenumbers.PhoneNumberType


def gen_phone(r, region, kind='mobile'):
    ptype = {'mobile': PT.MOBILE, 'tollfree': PT.TOLL_FREE, 'fixed': PT.FIXED_LINE}[kind]
    ex = phonenumbers.example_number_for_type(region, ptype)
    nn = phonenumbers.national_significant_number(ex)
    keep = 3 if len(nn) > 8 else 2
    for _ in range(5000):
        cand = nn[:keep] + ''.join(str(r.randint(0, 9)) for _ in range(len(nn) - keep))
        if cand == nn:
            continue
        if region == 'US' and cand[3:6] == '555':
            continue
        if region == 'GB' and cand.startswith('7700900'):
            continue
        num = phonenumbers.parse('+' + str(ex.country_code) + cand)
        if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
            continue
        t = phonenumbers.number_type(num)
        if t != ptype and not (ptype in (PT.MOBILE, PT.FIXED_LINE) and t == PT.FIXED_LINE_OR_MOBILE):
            continue
        style = r.random()
        if style < 0.45:
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        elif style < 0.85:
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        else:
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        chk = phonenumbers.parse(s, region)
        if not phonenumbers.is_valid_number(chk):
            sys.exit(f'invalid phone {s}')
        return s
    sys.exit(f'no phone for {region}')


def fake_fiction_phone(r):
    """US fictional range 555-0100..0199 (documentation value)."""
    return f'({r.choice(["212", "312", "415", "617"])}) 555-01{r.randint(0, 99):02d}'


def rdate(r, y0=1958, y1=2005):
    d0 = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(r.randint(d0, dt.date(y1, 12, 28).toordinal()))


def fmt_date(r, d, code):
    if code.startswith(('en-US',)):
        return d.strftime('%m/%d/%Y')
    if code in ('zh-CN', 'ja-JP'):
        return f'{d.year}年{d.month}月{d.day}日'
    if code == 'ko-KR':
        return f'{d.year}.{d.month:02d}.{d.day:02d}'
    if code in ('sv-SE', 'fi-FI') and r.random() < 0.5:
        return d.isoformat()
    if code in ('de-DE', 'pl-PL', 'ru-RU', 'uk-UA', 'tr-TR', 'fi-FI'):
        return d.strftime('%d.%m.%Y')
    return d.strftime('%d/%m/%Y')


def digits(r, n):
    return ''.join(str(r.randint(0, 9)) for _ in range(n))


def gen_pesel(r, d):
    m = d.month + (20 if d.year >= 2000 else 0)
    base = f'{d.year % 100:02d}{m:02d}{d.day:02d}{digits(r, 4)}'
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return std_pesel.validate(base + str(c))


def gen_pnr(r, d):
    base = f'{d.year % 100:02d}{d.month:02d}{d.day:02d}{digits(r, 3)}'
    s = f'{base[:6]}-{base[6:]}{luhn.calc_check_digit(base)}'
    std_pnr.validate(s)
    return s


def gen_hetu(r, d):
    ind = r.randint(2, 899)
    sign = '-' if d.year < 2000 else 'A'
    n = int(f'{d.day:02d}{d.month:02d}{d.year % 100:02d}{ind:03d}')
    s = f'{d.day:02d}{d.month:02d}{d.year % 100:02d}{sign}{ind:03d}{"0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]}'
    std_hetu.validate(s)
    return s


def gen_dni(r):
    n = r.randint(10000000, 79999999)
    s = f'{n}{"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]}'
    std_dni.validate(s)
    return s


def gen_bsn(r):
    while True:
        b = digits(r, 8)
        if b[0] == '0':
            continue
        c = sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
        if c < 10:
            s = b + str(c)
            std_bsn.validate(s)
            return s


def gen_aadhaar(r):
    while True:
        b = str(r.randint(2, 9)) + digits(r, 10)
        s = b + verhoeff.calc_check_digit(b)
        try:
            std_aadhaar.validate(s)
        except Exception:
            continue
        return f'{s[:4]} {s[4:8]} {s[8:]}'


def gen_pan(r, surname):
    L5 = ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + 'P' + surname[0].upper()
    s = L5 + digits(r, 4) + r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')
    std_pan.validate(s)
    return s


def gen_rrn(r, d):
    while True:
        g = (1 if d.year < 2000 else 3) + r.randint(0, 1)
        b = f'{d.year % 100:02d}{d.month:02d}{d.day:02d}{g}{r.randint(0, 8)}{digits(r, 4)}'
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
        s = f'{b[:6]}-{b[6:]}{c}'
        try:
            std_rrn.validate(s)
        except Exception:
            continue
        return s


def gen_tck(r):
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    s = ''.join(map(str, d))
    std_tck.validate(s)
    return s


def gen_cpf(r):
    while True:
        b = [r.randint(0, 9) for _ in range(9)]
        if len(set(b)) == 1:
            continue
        d1 = (sum((10 - i) * x for i, x in enumerate(b)) * 10 % 11) % 10
        d2 = (sum((11 - i) * x for i, x in enumerate(b + [d1])) * 10 % 11) % 10
        s = ''.join(map(str, b + [d1, d2]))
        std_cpf.validate(s)
        return f'{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}'


def gen_idnr(r):
    while True:
        b = str(r.randint(1, 9)) + digits(r, 9)
        s = b + mod_11_10.calc_check_digit(b)
        try:
            std_idnr.validate(s)
        except Exception:
            continue
        return f'{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}'


def gen_ric(r, d):
    area = r.choice(['320505', '320211', '320411', '320602', '330402', '330602'])
    b = f'{area}{d.year:04d}{d.month:02d}{d.day:02d}{digits(r, 3)}'
    s = b + mod_11_2.calc_check_digit(b)
    std_ric.validate(s)
    return s


def gen_nhs(r):
    while True:
        b = digits(r, 9)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
        c = 0 if c == 11 else c
        if c == 10 or b[0] == '0':
            continue
        s = b + str(c)
        std_nhs.validate(s)
        return f'{s[:3]} {s[3:6]} {s[6:]}'


def gen_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        s = f'{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}'
        try:
            std_ssn.validate(s)
        except Exception:
            continue
        return s


def gen_rtn(r):
    while True:
        b = f'{r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}' + digits(r, 6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        c = (10 - sum(int(a) * x for a, x in zip(b, w)) % 10) % 10
        s = b + str(c)
        try:
            std_rtn.validate(s)
        except Exception:
            continue
        return s


BBAN = {'DE': 'n18', 'FR': 'n10c11n2', 'ES': 'n20', 'IT': 'a1n10c12', 'PL': 'n24', 'NL': '*4n10', 'SE': 'n20',
        'FI': 'n14', 'TR': 'n5z1c16', 'GB': '*4n14', 'GR': 'n7c16', 'UA': 'n6c19', 'IL': 'n19'}
BANKS = {'NL': ['INGB', 'ABNA', 'RABO', 'SNSB', 'TRIO'], 'GB': ['BARC', 'LOYD', 'NWBK', 'HBUK', 'MIDL']}
IBAN_EXAMPLES = {'DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606',
                 'NL91ABNA0417164300', 'ES9121000418450200051332'}


def gen_iban(r, cc):
    for _ in range(20000):
        pat = BBAN[cc]
        out = ''
        for kind, n in re.findall(r'([a-z*])(\d+)', pat):
            if kind == '*':
                out += r.choice(BANKS[cc])
            elif kind == 'n':
                out += digits(r, int(n))
            elif kind == 'z':
                out += '0' * int(n)
            elif kind == 'a':
                out += ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(int(n)))
            else:
                out += digits(r, int(n))
        chk = std_iban.calc_check_digits(cc + '00' + out)
        s = cc + chk + out
        try:
            std_iban.validate(s)
        except Exception:
            continue
        if s in IBAN_EXAMPLES:
            continue
        return ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if r.random() < 0.7 else s
    sys.exit(f'no IBAN for {cc}')


TEST_CARDS = {'4111111111111111', '4242424242424242', '5555555555554444', '4012888888881881', '5105105105105100',
              '4000056655665556', '378282246310005', '6011111111111117'}


def gen_card(r):
    while True:
        b = r.choice(['4', '51', '52', '53', '54', '55', '2221'])
        b += digits(r, 15 - len(b))
        s = b + luhn.calc_check_digit(b)
        if s in TEST_CARDS:
            continue
        luhn.validate(s)
        return ' '.join(s[i:i + 4] for i in range(0, 16, 4))


DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24',
                                               '2001:db8::/32')]


def gen_ip(r):
    while True:
        a = ipaddress.ip_address(f'{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}')
        if a.is_global and not a.is_multicast and not any(a in n for n in DOC_NETS):
            return str(a)


def doc_ip(r):
    a = ipaddress.ip_address(f'{r.choice(["192.0.2", "198.51.100", "203.0.113"])}.{r.randint(1, 254)}')
    assert any(a in n for n in DOC_NETS)
    return str(a)


def gen_passport(r, cc):
    s = {'US': lambda: str(r.randint(5, 6)) + digits(r, 8), 'GB': lambda: str(r.randint(1, 5)) + digits(r, 8),
         'IN': lambda: r.choice('JKLMNPRSTUVWZ') + str(r.randint(1, 9)) + digits(r, 6),
         'DE': lambda: r.choice('CFGHJK') + ''.join(r.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))}[cc]()
    pats = {'US': r'^[0-9]{9}$', 'GB': r'^[0-9]{9}$', 'IN': r'^[A-Z][1-9][0-9]{6}$', 'DE': r'^[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}$'}
    if not re.match(pats[cc], s):
        sys.exit('bad passport')
    return s


def gen_dl(r, st):
    pats = {'CA': (lambda: r.choice('ABCDEFGHJKLMNPRSTUVWY') + digits(r, 7), r'^[A-Z][0-9]{7}$'),
            'TX': (lambda: str(r.randint(1, 4)) + digits(r, 7), r'^[0-9]{8}$'),
            'FL': (lambda: r.choice('BHKMPRSTW') + digits(r, 12), r'^[A-Z][0-9]{12}$')}
    f, p = pats[st]
    s = f()
    if not re.match(p, s):
        sys.exit('bad DL')
    if st == 'FL':
        s = f'{s[0:4]}-{s[4:7]}-{s[7:9]}-{s[9:12]}-{s[12]}'
    return s


def vin(r):
    tr = {**{str(i): i for i in range(10)}, **dict(zip('ABCDEFGH', range(1, 9))), **dict(zip('JKLMN', range(1, 6))),
          'P': 7, 'R': 9, **dict(zip('STUVWXYZ', range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = list(r.choice(['WVW', 'WBA', 'VF1', 'ZFA', 'TMB', 'JTD', 'KMH', 'YV1', 'SAL', '1FA', '3VW'])
             + ''.join(r.choice(al) for _ in range(5)) + '0' + r.choice('LMNPRST') + ''.join(r.choice(al) for _ in range(7)))
    c = sum(tr[ch] * wt for ch, wt in zip(v, w)) % 11
    v[8] = 'X' if c == 10 else str(c)
    s = ''.join(v)
    assert sum(tr[ch] * wt for ch, wt in zip(s[:8] + s[9:], w[:8] + w[9:])) % 11 == (10 if s[8] == 'X' else int(s[8]))
    return s


def microchip(r, cc):
    iso = {'DE': '276', 'FR': '250', 'ES': '724', 'IT': '380', 'PL': '616', 'NL': '528', 'GB': '826', 'SE': '752',
           'FI': '246', 'US': '840', 'BR': '076', 'MX': '484', 'TR': '792'}.get(cc, '900')
    return iso + ('0981' if iso == '900' else '') + digits(r, 15 - len(iso) - (4 if iso == '900' else 0))


for _lc, _d in L.items():
    _d['first'] = cut(_d['first'], f'{_lc}.first')
    _d['last'] = cut(_d['last'], f'{_lc}.last')
    _d['streets'] = cut(_d['streets'], f'{_lc}.streets')
    _d['towns'] = cut(_d['towns'], f'{_lc}.towns')

EPONYM_PLACES = cut([
    'Flughafen Stuttgart Manfred Rommel', 'Aeropuerto Adolfo Suárez Madrid-Barajas', 'Lotnisko Chopina',
    'Aeroporto Marco Polo', 'Aeroporto Leonardo da Vinci Fiumicino', 'Václav Havel Airport Prague',
    'John Lennon Airport Liverpool', 'Estadio Santiago Bernabéu', 'Stade Pierre-Mauroy', 'Allianz Arena',
    'Stadio Giuseppe Meazza', 'Ernst-Happel-Stadion', 'Johan Cruijff ArenA', 'Philips Stadion',
    'Aeroporto Humberto Delgado', 'Aeropuerto Josep Tarradellas', 'Indira Gandhi International Airport',
    'Chhatrapati Shivaji Maharaj International Airport', 'Ben Gurion Airport', 'Aeroporto Santos Dumont',
    'Aeroporto Afonso Pena', 'Mehmet Akif Ersoy Kültür Merkezi', 'Atatürk Kültür Merkezi', 'Schiphol Plaza',
    'Salle Gaveau', 'Théâtre Marie Curie', 'Tivoli Vredenburg', 'Kulturhaus Mathildenhöhe'], 'eponym_places')
EPONYM_STREETS = cut([
    'Konrad-Adenauer-Ring', 'Avenue Jean-Jaurès', 'Via Giuseppe Garibaldi', 'Calle de Alcalá Galiano',
    'Aleja Jana Pawła II', 'Rue Victor-Hugo', 'Avenida Getúlio Vargas', 'Avenida Benito Juárez',
    'Thorbeckeplein', 'Strindbergsgatan', 'Mannerheimintie', 'Cumhuriyet Caddesi', 'Avenida Paulista',
    'Rua Augusta', 'Ulica Mikołaja Kopernika', 'Bolzmannweg', 'Rembrandtplein', 'Sibeliuksenkatu', 'Rustaveli Avenue',
    'Wilhelm-Busch-Straße', 'Boulevard Haussmann', 'Viale Enrico Fermi', 'Calle Miguel Servet', 'Rua Camões'],
    'eponym_streets')
PUBLIC_FIGURES = cut([
    ('Marie Curie', 'physicist'), ('Fryderyk Chopin', 'composer'), ('Astrid Lindgren', 'author'),
    ('Tove Jansson', 'author'), ('Gabriel García Márquez', 'novelist'), ('Clarice Lispector', 'novelist'),
    ('Haruki Murakami', 'novelist'), ('Orhan Pamuk', 'novelist'), ('Wisława Szymborska', 'poet'),
    ('Jane Austen', 'novelist'), ('Rabindranath Tagore', 'poet'), ('Naguib Mahfouz', 'novelist'),
    ('Fernando Pessoa', 'poet'), ('Hayao Miyazaki', 'film director'), ('Frida Kahlo', 'painter'),
    ('Nelson Mandela', 'statesman'), ('Ada Lovelace', 'mathematician'), ('Jacques Brel', 'singer'),
    ('Umberto Eco', 'novelist'), ('Selma Lagerlöf', 'author'), ('Lev Tolstoy', 'novelist'),
    ('Nikos Kazantzakis', 'novelist'), ('Lesya Ukrainka', 'poet'), ('Amos Oz', 'novelist'),
    ('Hildegard von Bingen', 'composer'), ('Antoni Gaudí', 'architect'), ('Hans Christian Andersen', 'author'),
    ('Sofonisba Anguissola', 'painter'), ('Alvar Aalto', 'architect'), ('Machado de Assis', 'novelist'),
    ('Sor Juana Inés de la Cruz', 'poet'), ('Yunus Emre', 'poet'), ('Taras Shevchenko', 'poet'),
    ('Ibn Battuta', 'traveller'), ('Katsushika Hokusai', 'painter'), ('Mikalojus Čiurlionis', 'composer')], 'public_figures')
FICTIONAL = cut(['Sherlock Holmes', 'Pippi Longstocking', 'Don Quixote', 'Mr Darcy', 'Moomintroll', 'Totoro',
                 'Atticus Finch', 'Hercule Poirot', 'Elizabeth Bennet', 'Bilbo Baggins', 'Winnie-the-Pooh',
                 'Captain Nemo', 'Anne of Green Gables', 'Cinderella', 'Baron Munchausen', 'Mrs Tiggy-Winkle',
                 'Paddington Bear', 'Nils Holgersson', 'Captain Haddock', 'Emil of Lönneberga', 'Ronja Rövardotter',
                 'Mafalda', 'Corto Maltese', 'Asterix', 'Phileas Fogg', 'Miss Marple'], 'fictional')
BRAND_POOLS = {
    'dealer': ['Lindenhof Automobile', 'Krona Bilhandel', 'Autoplaza Norte', 'Motorhuset Syd', 'Carrozzeria Lupo'],
    'shop': ['Nordlicht Möbel', 'Ogród Meble', 'Casa Verdeluz', 'Kotikulma Oy', 'Houtwerf Interieur', 'Mobiliário Serradura', 'Lampenkontor Elbgold',
             'Sohvakeskus Kuura', 'Mueblería El Cedro Azul'],
    'animals': ['Pet Haven Rescue', 'Tierheim Waldrand', 'Refugio Patitas', 'Kennel Fjällglimt', 'Canil Quatro Patas'],
    'agency': ['Wohnwerk Immobilien', 'Habitat Rotonda', 'Alquileres Brisamar', 'Kamerlijn Verhuur',
               'Zielony Dom Nieruchomości', 'Terra Nova Housing', 'Bella Vista Casa'],
    'services': ['Sparkle & Co Cleaning', 'Nanny Nest Agency', 'Bright Minds Tutoring', 'Hausmeisterei Quadrat',
                 'Limpiezas Brillo Sur', 'Putzperle Dienste', 'Tidy Tern Domestic',
                 'Babá Amiga Cuidados', 'Siivous Kirkas'],
    'jobs': ['Trabalho Já Recrutamento', 'TechHire Partners', 'Logistikzentrum Ostwind', 'Frescura Alimentos'],
    'rides': ['RideLoop', 'Azur Covoiturage', 'Bilpool Norr', 'Colibri Shuttle', 'Kyydit Pohjola'],
    'venues': ['Sunflower Dental', 'Harbour Bistro', 'Golden Wok', 'Trattoria del Ponte', 'Hotel Seeblick',
               'Pousada Maré Alta', 'Ramen Kōbō', 'Café Pluvio', 'Bäckerei Morgenrot'],
    'civic': ['Fundación Manos Abiertas', 'Stiftung Lichtblick', 'Warm Hands Trust', 'Biblioteca Ribeira',
              'Buurthuis De Wilg', 'Nachbarschaftshilfe Kleeblatt', 'Banco Solidário Aurora',
              'Fondazione Mani Tese Verdi', 'Kirjasto Kuusikko'],
}
BR = {k: cut(v, f'brands.{k}') for k, v in BRAND_POOLS.items()}


US_ZIP = {'TX': (75001, 79999), 'ID': (83201, 83899), 'KS': (66002, 67999), 'IN': (46001, 47999),
          'VA': (22001, 24699), 'AZ': (85001, 86599), 'OK': (73001, 74999)}
HANDLES = ['sunflower', 'bluesky', 'moonriver', 'tiger', 'cocoa', 'latte', 'seabreeze', 'mango', 'pixelcat',
           'stardust', 'maplejam', 'nightowl', 'honeybee', 'citrus', 'snowpea']


def slug(s):
    return re.sub(r'[^a-z0-9]+', '', strip_acc(s).lower())


def agree(lc, f, l_):
    """Surname in the form that agrees with the first name's gender (pl, ru, el); None = reject the pair."""
    if lc == 'pl-PL':
        fem = f.endswith('a')
        if fem and l_.endswith(('ski', 'cki', 'dzki')):
            return l_[:-1] + 'a'
        if not fem and l_.endswith(('ska', 'cka', 'dzka')):
            return l_[:-1] + 'i'
    elif lc == 'ru-RU':
        fem = f.endswith(('а', 'я'))
        if fem and l_.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
            return l_ + 'а'
        if not fem and l_.endswith(('ова', 'ева', 'ёва', 'ина', 'ына')):
            return l_[:-1]
    elif lc == 'el-GR':
        fem = not f.endswith('ς')
        if fem and l_.endswith('ος'):
            return l_[:-2] + 'ου'
        if fem and l_.endswith(('ης', 'ας')):
            return l_[:-1]
        if not fem and not l_.endswith('ς'):
            return None
    return l_


class Ctx:
    def __init__(self, r, lc):
        self.r, self.lc, self.L, self.w = r, lc, L[lc], L[lc]['w']
        self.vals = []

    def add(self, et, v):
        self.vals.append((et, v))
        return v

    def pick_name(self):
        for _ in range(200):
            f, l_ = self.r.choice(self.L['first']), self.r.choice(self.L['last'])
            l2 = agree(self.lc, nat(f), nat(l_))
            if l2 is not None:
                return f, (l2 + '/' + l_.split('/')[1]) if '/' in l_ else l2
        sys.exit(f'no gender-agreeing name for {self.lc}')

    def full(self, f, l_):
        if self.L['order'] == 'fw':
            sep = '' if self.lc in ('zh-CN', 'ja-JP', 'ko-KR') else ' '
            return nat(l_) + sep + nat(f)
        return nat(f) + ' ' + nat(l_)

    def person(self, first_only=False):
        f, l_ = self.pick_name()
        self.cur = (f, l_)
        v = nat(f) if first_only else self.full(f, l_)
        return self.add('person', v)

    def phone(self):
        return self.add('phone', gen_phone(self.r, self.L['region']))

    def biz_phone(self):
        return gen_phone(self.r, self.L['region'], self.r.choice(['tollfree', 'fixed']) if self.L['region'] not in ('SE', 'HU') else 'fixed')

    def email(self, f=None, l_=None):
        f, l_ = (f, l_) if f else getattr(self, 'cur', None) or self.pick_name()
        r = self.r
        if not strip_acc(nat(f)).isascii():
            h = r.choice(HANDLES) + r.choice(['', '.', '_']) + str(r.randint(7, 99))
            return self.add('email', f'{h}@{r.choice(self.L["domains"])}')
        a, b = slug(rom(f)), slug(rom(l_))
        loc_ = r.choice([f'{a}.{b}', f'{a}{b[:1]}{r.randint(70, 99)}', f'{b}.{a[:1]}', f'{a}_{b}{r.randint(1, 30)}',
                         f'{a[:1]}{b}'])
        return self.add('email', f'{loc_}@{r.choice(self.L["domains"])}')

    def town(self):
        t = self.r.choice(self.L['towns'])
        return t if isinstance(t, str) else t[0]

    def addr(self):
        r, s = self.r, self.r.choice(self.L['streets'])
        if self.lc == 'en-US':
            s = f'{s} {r.choice(US_SUFFIX)}'
        elif self.lc == 'en-GB':
            s = f'{s} {r.choice(GB_SUFFIX)}'
        else:
            s = STREET_FMT.get(self.lc, '{}').format(s)
        t = self.r.choice(self.L['towns'])
        if self.lc == 'en-US':
            a = f'{r.randint(100, 9899)} {s}, {t[0]}, {t[1]} {r.randint(*US_ZIP[t[1]])}'
        elif self.lc == 'en-GB':
            a = f'{r.randint(1, 120)} {s}, {t[0]} {t[1]} {r.randint(1, 9)}{r.choice("ABDEFGHJLNPQRSTUWXY")}{r.choice("ABDEFGHJLNPQRSTUWXY")}'
        else:
            a = self.L['addr'](r, s, t)
        return self.add('STREET_ADDRESS', a)

    def dob(self, y0=1960, y1=2005):
        d = rdate(self.r, y0, y1)
        self._dob = d
        return d, self.add('DATE_OF_BIRTH', fmt_date(self.r, d, self.lc))

    def natid(self):
        """(label, value) of the locale's citizen / tax / health number, issued; None if the locale has none here."""
        r, lc = self.r, self.lc
        d = getattr(self, '_dob', None) or rdate(r, 1965, 2004)
        m = {'pl-PL': ('PESEL', 'NATIONAL_ID', lambda: gen_pesel(r, d)),
             'sv-SE': ('personnummer', 'NATIONAL_ID', lambda: gen_pnr(r, d)),
             'fi-FI': ('henkilötunnus', 'NATIONAL_ID', lambda: gen_hetu(r, d)),
             'es-ES': ('DNI', 'NATIONAL_ID', lambda: gen_dni(r)),
             'nl-NL': ('BSN', 'NATIONAL_ID', lambda: gen_bsn(r)),
             'hi-IN': ('आधार', 'NATIONAL_ID', lambda: gen_aadhaar(r)),
             'ko-KR': ('주민등록번호', 'NATIONAL_ID', lambda: gen_rrn(r, d)),
             'tr-TR': ('T.C. Kimlik No', 'NATIONAL_ID', lambda: gen_tck(r)),
             'zh-CN': ('身份证号', 'NATIONAL_ID', lambda: gen_ric(r, d)),
             'pt-BR': ('CPF', 'TAX_ID', lambda: gen_cpf(r)),
             'de-DE': ('Steuer-ID', 'TAX_ID', lambda: gen_idnr(r)),
             'en-GB': ('NHS no.', 'HEALTH_INSURANCE', lambda: gen_nhs(r)),
             'en-US': ('SSN', 'ssn', lambda: gen_ssn(r))}.get(lc)
        if not m:
            return None
        return m[0], self.add(m[1], m[2]())

    def iban(self):
        cc = self.L['iban']
        return self.add('iban', gen_iban(self.r, cc)) if cc else None

    def price(self, lo=20, hi=900):
        v = self.r.randint(lo, hi)
        if self.lc in ('ja-JP', 'ko-KR', 'vi-VN', 'id-ID'):
            v *= {'ja-JP': 150, 'ko-KR': 1400, 'vi-VN': 25000, 'id-ID': 16000}[self.lc]
            v = f'{v:,}'.replace(',', '.' if self.lc in ('vi-VN', 'id-ID') else ',')
        return self.w['cur'].format(v)


ID_LOCALES = ['pl-PL', 'sv-SE', 'fi-FI', 'es-ES', 'nl-NL', 'hi-IN', 'ko-KR', 'tr-TR', 'zh-CN', 'pt-BR', 'de-DE',
              'en-GB', 'en-US']
IBAN_LOCALES = [k for k, v in L.items() if v['iban']]
ALL_LOCALES = list(L)


# ------------------------------------------------------------------------------------------------- posting kinds
def _first(c):
    return nat(c.cur[0])


def cl_item(c):
    w, r = c.w, c.r
    item = r.choice(w['items'])
    extra = f"\n{w['pickup']}: {c.addr()}" if r.random() < 0.6 else f" ({c.town()})"
    if r.random() < 0.3:
        return f"{w['sale']}: {item}, {c.price()}{extra}\n{w['call']} {c.phone()}", 'item_sale_no_name'
    who = c.person(first_only=r.random() < 0.4)
    return f"{w['sale']}: {item}, {c.price()}{extra}\n{w['call']} {c.phone()} — {who}", 'item_sale'


def cl_car(c):
    r = c.r
    model = r.choice(['VW Touran 1.6 TDI', 'Škoda Octavia Combi', 'Toyota Yaris Hybrid', 'Renault Clio IV',
                      'Opel Astra K', 'Kia Ceed SW', 'Volvo V40'])
    who = c.person()
    lines = [f"{c.w['sale']}: {model}, {r.randint(2011, 2021)}, {r.randint(38, 210)}.{r.randint(100, 999)} km, "
             f"{c.price(2500, 14000)}", f"VIN {vin(r)}", f"{who}", f"{c.w['call']} {c.phone()}"]
    if r.random() < 0.5:
        lines.append(c.email())
    return '\n'.join(lines), 'private_car'


def cl_pay(c):
    r = c.r
    who = c.person()
    iban = c.iban() or None
    item = r.choice(c.w['items'])
    if iban:
        return (f"{c.w['sale']}: {item}, {c.price()}. Shipping possible.\n"
                f"IBAN {iban} ({who})\n{c.email()}"), 'sale_with_iban'
    return f"{c.w['sale']}: {item}, {c.price()}\n{who}, {c.phone()}", 'item_sale'


def cl_scamcheck(c):
    r = c.r
    who = c.person()
    card = c.add('credit_card', gen_card(r))
    exp = f'{r.randint(1, 12):02d}/{r.randint(27, 31)}'
    return (f"Buyer (\"shipping agent\") wrote: to receive the payment for your {r.choice(c.w['items'])} please "
            f"confirm your card.\nMy draft answer: OK, card {card}, exp {exp}, name {who}. "
            f"Please send the {c.price()} today."), 'seller_card_scamcheck'


def cl_pet(c):
    r = c.r
    who = c.person(first_only=r.random() < 0.3)
    return (f"{c.w['sale']}: {r.choice(['2 Maine Coon kittens', 'Labrador puppies', 'budgie pair with cage', 'young rabbits'])}, "
            f"vaccinated, {c.price(80, 900)}\n{c.addr()}\n{c.w['call']} {c.phone()} ({who})"), 'pet_sale_private'


def cl_b_dealer(c):
    r = c.r
    b = r.choice(BR['dealer'])
    return (f"{b} — {c.w['sale']}: {r.choice(['Škoda Fabia 1.0 TSI', 'Seat Leon ST', 'Hyundai i30', 'Peugeot 308 SW'])}, "
            f"{r.randint(2016, 2023)}, {r.randint(12, 99)}.{r.randint(100, 999)} km, {c.price(7000, 21000)}\n"
            f"VIN {vin(r)} · Inserat-Nr. {r.randint(300000000, 399999999)}\n"
            f"{c.w['call']} {c.biz_phone()} · verkauf@{slug(b)}.com · Mon–Sat 9–18"), 'dealer_vin'


def cl_b_shop(c):
    r = c.r
    b = r.choice(BR['shop'])
    items = '\n'.join(f"- art. {r.randint(10000, 99999)}-{r.randint(10, 99)}: {r.choice(c.w['items'])}, "
                      f"{r.randint(40, 220)}×{r.randint(40, 120)}×{r.randint(30, 95)} cm, {c.price()}" for _ in range(4))
    return f"{b} outlet clearance\n{items}\n{c.w['call']} {c.biz_phone()} (switchboard), info@{slug(b)}.com", 'shop_clearance'


def cl_b_breeder(c):
    r = c.r
    b = r.choice(BR['animals'])
    chips = ', '.join(microchip(r, c.L['region']) for _ in range(3))
    return (f"{b} (registered kennel) — litter ready: microchips {chips}; pedigree ref KC-{r.randint(1000, 9999)}/"
            f"{r.randint(20, 26)}. {c.price(300, 1500)} each. Office: {c.biz_phone()}"), 'kennel_microchips'


def cl_b_template(c):
    return (f"{c.w['sale']}: [item], [price]\n{c.w['pickup']}: [street, no.]\n{c.w['call']} [phone number] — [your name]",
            'blank_template')


def cl_b_fiction(c):
    r = c.r
    return (f"Prop for our student film: fake classified. 'FOR SALE: haunted rocking chair, $13. Call {fake_fiction_phone(r)}, "
            f"ask for {r.choice(FICTIONAL)}.' Make it funnier."), 'fictional_555'


def rt_flatmate(c):
    r = c.r
    who = c.person(first_only=r.random() < 0.35)
    return (f"{c.w['room']}: {r.randint(9, 22)} m², {c.price(250, 900)}, from the 1st of next month.\n"
            f"{c.addr()}\nWe are 2 students. Message {who}: {c.phone()}"), 'flatmate_wanted'


def rt_reply_landlord(c):
    r = c.r
    who = c.person()
    d, ds = c.dob(1975, 2004)
    nid = c.natid()
    extra = f"\n{nid[0]}: {nid[1]}" if nid else ''
    pp = ''
    if c.lc in ('en-US', 'en-GB', 'hi-IN', 'de-DE'):
        pp = f"\nPassport: {c.add('PASSPORT', gen_passport(r, c.L['region']))}"
    return (f"Landlord asked for documents before viewing (says he is abroad, keys by courier after deposit).\n"
            f"My reply draft:\nName: {who}\nDate of birth: {ds}{extra}{pp}\nPhone: {c.phone()}"), 'tenant_reply_docs'


def rt_deposit(c):
    r = c.r
    who = c.person()
    ib = c.iban()
    pay = f"IBAN {ib}" if ib else f"{c.w['call']} {c.phone()}"
    return (f"{c.w['room']} — {c.addr()}\n{c.price(300, 1200)} / month, deposit 2 months.\n"
            f"Owner: {who}. {pay}"), 'private_landlord'


def rt_compare(c):
    r = c.r
    a = c.person()
    pa = c.phone()
    return (f"Listing A: {c.w['room']}, {r.randint(10, 20)} m², {c.price(300, 800)}, contact {a} {pa}\n"
            f"Listing B: studio, {r.randint(22, 35)} m², {c.price(500, 1100)}, agency ref WB-{r.randint(1000, 9999)}"), 'compare_two'


def rt_application(c):
    r = c.r
    who = c.person()
    d, ds = c.dob(1970, 2003)
    pp = c.add('PASSPORT', gen_passport(r, c.L['region']))
    return (f"Flat-share application (private landlord's form), please check before I send:\nFull name: {who}\n"
            f"Date of birth: {ds}\nPassport number: {pp}\nCurrent address: {c.addr()}\nMobile: {c.phone()}\n"
            f"Employer: {r.choice(['hospital kitchen', 'logistics company', 'university lab', 'call centre'])}"), 'tenant_application'


def rt_b_agency(c):
    r = c.r
    b = r.choice(BR['agency'])
    return (f"{b} — {c.w['room']} / apartment, {r.randint(35, 90)} m², {r.randint(1, 4)} rooms, {c.price(600, 1800)}, "
            f"floor {r.randint(0, 6)}, energy class {r.choice('BCD')}\nRef. {slug(b)[:3].upper()}-{r.randint(2024, 2026)}-"
            f"{r.randint(100, 999)} · viewings via office {c.biz_phone()} · lettings@{slug(b)}.com"), 'agency_listing'


def rt_b_template(c):
    return (f"{c.w['room']}: [size] m², [rent] + [utilities]\nAddress: [street], [postcode] [city]\n"
            f"Contact: [Name], [phone]\nDeposit: [amount] to IBAN [________]"), 'blank_template'


def rt_b_anon(c):
    r = c.r
    return (f"{c.w['room']}: {r.randint(10, 24)} m² in a 3-room flat near {r.choice(EPONYM_STREETS)}, "
            f"{c.price(300, 900)}. Contact only via the platform messages (listing #{r.randint(10**7, 10**8)}). "
            f"No deposit before viewing."), 'anonymised_listing'


def rt_b_iban_example(c):
    return ("Guide for our tenants' association: the deposit form shows the sample IBAN "
            "DE89 3704 0044 0532 0130 00 and name 'Max Mustermann'. Rewrite the guide in plain language."), 'doc_iban_example'


def lf_pet(c):
    r = c.r
    who = c.person(first_only=r.random() < 0.3) if r.random() < 0.7 else 'owner'
    return (f"{c.w['lost']}: {r.choice(['Beagle', 'grey tabby cat', 'black Labrador', 'Jack Russell', 'Shiba Inu'])} "
            f"'{r.choice(['Bruno', 'Mila', 'Pepper', 'Kira', 'Momo', 'Lucky'])}', chip {microchip(r, c.L['region'])}, "
            f"near {c.town()}.\n{c.w['reward']}! {c.w['call']} {c.phone()} ({who})"), 'lost_pet_owner'


def lf_wallet(c):
    r = c.r
    who = c.person()
    d = rdate(r, 1950, 2004)
    c._dob = d
    nid = c.natid()
    if nid:
        line = f"{nid[0]} {nid[1]}"
        if r.random() < 0.5:
            line += f", born {c.add('DATE_OF_BIRTH', fmt_date(r, d, c.lc))}"
    else:
        line = f"born {c.add('DATE_OF_BIRTH', fmt_date(r, d, c.lc))}"
    return (f"{c.w['found']}: wallet at the bus stop. ID card inside: {who}, {line}. "
            f"I'll post a photo of the card so the owner sees it."), 'found_wallet_id'


def lf_keys(c):
    who = c.person(first_only=c.r.random() < 0.5)
    return (f"{c.w['found']}: keys with tag '{c.addr()}'. Hung them on the fence. — {who}, {c.phone()}"), 'found_keys_address'


def lf_phone(c):
    r = c.r
    who = c.person()
    return (f"{c.w['lost']}: black phone in a green case, {c.town()} market. If found please call my partner "
            f"{who} on {c.phone()} or write to {c.email()}"), 'lost_phone_partner'


def lf_prescription(c):
    r = c.r
    who = c.person()
    nhs = c.add('HEALTH_INSURANCE', gen_nhs(r))
    return (f"Found on the number {r.randint(2, 99)} bus: a pharmacy bag, label says {who}, NHS no. {nhs}, "
            f"{r.choice(['insulin pens', 'inhalers', 'blister packs'])}. Shall I post the label photo in the group?"), 'found_prescription_bag'


def lf_b_office(c):
    r = c.r
    return (f"Lost property office — items handed in this week: umbrella (ref LP-{r.randint(10000, 99999)}), "
            f"child's bike (ref LP-{r.randint(10000, 99999)}), keys on a red ring (ref LP-{r.randint(10000, 99999)}). "
            f"Collection with the reference number, Mon–Fri 8–16, {c.biz_phone()}."), 'lost_property_office'


def lf_b_shelter(c):
    r = c.r
    b = r.choice(BR['animals'])
    return (f"{b}: found dogs this week — chip {microchip(r, c.L['region'])} (male, brown), chip "
            f"{microchip(r, c.L['region'])} (female, no collar). Owners contact the shelter desk {c.biz_phone()}."), 'shelter_microchips'


def lf_b_venue(c):
    r = c.r
    p = r.choice(EPONYM_PLACES)
    return (f"{c.w['found']}: a blue backpack at {p}, gate {r.randint(1, 40)}, lat {r.uniform(36, 60):.4f}, "
            f"lon {r.uniform(-8, 30):.4f}. Handed to the information desk, tag #{r.randint(1000, 9999)}."), 'venue_found'


def lf_b_anon(c):
    return (f"{c.w['lost']}: cat, tortoiseshell, answers to 'Pip'. Please message the admins of this group, we will pass "
            f"it on. (owner's details removed by moderators)"), 'anonymised_notice'


def nb_parcel(c):
    who = c.person()
    return (f"Neighbours! A parcel for {who}, {c.addr()} was left at my door. Come get it after 6pm."), 'parcel_neighbour'


def nb_modlog(c):
    r = c.r
    ip = c.add('IP_ADDRESS', gen_ip(r))
    if r.random() < 0.4:
        return (f"[mod queue] post #{r.randint(10000, 99999)} flagged 'spam?'\nauthor: guest\nposted_from: {ip}\n"
                f"text: cheap {r.choice(c.w['items'])}, DM me"), 'moderation_log_ip_only'
    who = c.person()
    return (f"[mod queue] post #{r.randint(10000, 99999)} flagged 'spam?'\nauthor: {who} <{c.email()}>\n"
            f"posted_from: {ip}\ntext: selling my old {r.choice(c.w['items'])}, DM me"), 'moderation_log_ip'


def nb_complaint(c):
    who = c.person()
    return (f"Whoever lives at {c.addr()} ({who}!) keeps parking on the pavement. Everyone should know."), 'complaint_naming_neighbour'


def nb_newcomer(c):
    r = c.r
    who = c.person()
    return (f"Welcome {who}, new in flat {r.randint(1, 40)}! Add her/him to the house chat: {c.phone()}"), 'new_neighbour'


def nb_b_council(c):
    r = c.r
    return (f"Municipal notice: road works on {r.choice(EPONYM_STREETS)} from {r.randint(1, 28)}.{r.randint(1, 12)}. "
            f"Bus line {r.randint(2, 99)} diverted. Citizens' hotline {c.biz_phone()}, roadworks@town-hall.example.org"), 'council_notice'


def nb_b_author(c):
    r = c.r
    f_, role = r.choice(PUBLIC_FIGURES)
    return (f"Library reading club: this month we discuss {f_} (the {role}). Meet in room {r.randint(1, 9)}, "
            f"questions to library@{slug(r.choice(BR['civic']))}.org"), 'library_public_figure'


def nb_b_docip(c):
    r = c.r
    return (f"[mod queue] post #{r.randint(10000, 99999)} flagged\nauthor: user_{r.randint(1000, 9999)} "
            f"<someone@example.com>\nposted_from: {doc_ip(r)}\ntext: free firewood, bring your own bag"), 'modlog_doc_values'


def sv_babysit(c):
    r = c.r
    who = c.person()
    return (f"Hi! I'm {who}, {r.randint(17, 24)}, first-aid course, babysitting evenings/weekends, "
            f"{c.price(8, 20)}/h. {c.w['call']} {c.phone()} · {c.email()}"), 'babysitter_offer'


def sv_tutor_tax(c):
    r = c.r
    who = c.person()
    if c.lc == 'hi-IN':
        tid = f"PAN {c.add('TAX_ID', gen_pan(r, rom(c.cur[1])))}"
    elif c.lc == 'de-DE':
        tid = f"Steuer-ID {c.add('TAX_ID', gen_idnr(r))}"
    elif c.lc == 'pt-BR':
        tid = f"CPF {c.add('TAX_ID', gen_cpf(r))}"
    else:
        tid = f"{c.w['call']} {c.phone()}"
    return (f"{c.w['tutor']}: maths & physics, {c.price(15, 40)}/h. Invoice: {who}, {tid}, {c.addr()}"), 'tutor_invoice'


def sv_cleaning(c):
    who = c.person(first_only=c.r.random() < 0.4)
    return (f"Reliable cleaning lady, 10 years experience, own products. Area around {c.town()}. "
            f"{who} — {c.phone()}"), 'cleaner_offer'


def sv_nanny_wanted(c):
    r = c.r
    kid = c.person(first_only=True)
    d, ds = c.dob(2019, 2024)
    par = c.person()
    return (f"Looking for a nanny for our son {kid} (born {ds}), 3 afternoons a week. Parent: {par}, {c.phone()}"), 'parent_seeks_nanny'


def sv_b_agency(c):
    r = c.r
    b = r.choice(BR['services'])
    return (f"{b}: certified cleaning / childcare staff. Prices from {c.price(15, 30)}/h. Booking: {c.biz_phone()}, "
            f"bookings@{slug(b)}.com. Office open 8–17."), 'agency_offer'


def sv_b_template(c):
    return (f"{c.w['tutor']} — [subject], [price]/h. Contact: [name], [phone]. Write a friendly version of this template."), 'blank_template'


def sv_b_institute(c):
    r = c.r
    return (f"Course {r.choice(['B1', 'B2', 'C1'])}-{r.randint(100, 999)} at the {r.choice(EPONYM_PLACES)} "
            f"conference hall, {r.randint(8, 14)} weeks, fee {c.price(90, 400)}. Register at the front desk."), 'course_eponym_venue'


def js_post(c):
    r = c.r
    who = c.person()
    d, ds = c.dob(1970, 2004)
    return (f"{c.w['job']}: {who}, {ds}. Warehouse / delivery / kitchen, driving licence B. "
            f"{c.phone()}, {c.email()}\n{c.addr()}"), 'job_seeker_post'


def js_ids(c):
    who = c.person()
    nid = c.natid()
    extra = f"{nid[0]}: {nid[1]}" if nid else f"{c.w['call']} {c.phone()}"
    if c.lc in ('en-US', 'en-GB', 'hi-IN', 'de-DE') and c.r.random() < 0.5:
        extra += f"\nPassport no. {c.add('PASSPORT', gen_passport(c.r, c.L['region']))} (work permit check)"
    return (f"CV — {who}\n{extra}\nExperience: 6 yrs retail, 2 yrs team lead. Languages: 3."), 'cv_with_id'


def js_short(c):
    who = c.person()
    return (f"{who} here — available immediately for cleaning, gardening or moving help. {c.phone()}"), 'job_one_liner'


def js_us_background(c):
    r = c.r
    who = c.person()
    ssn = c.add('ssn', gen_ssn(r))
    return (f"Looking for work: {who}, forklift certified, nights OK. For the background-check form the agency "
            f"wanted my SSN, so I put it in my post: {ssn}. Call {c.phone()}"), 'job_seeker_ssn'


def js_b_company(c):
    r = c.r
    b = r.choice(BR['jobs'])
    return (f"{b} is hiring: warehouse operative (m/f/d), job ref HR-{r.randint(2000, 9999)}, {c.price(1800, 3200)}/month. "
            f"Apply: jobs@{slug(b)}.com or {c.biz_phone()}."), 'company_job_ad'


def js_b_anon(c):
    return ("CV — [Name removed]\nDate of birth: [removed]\nExperience: 4 yrs forklift, 2 yrs stock control.\n"
            "Contact via the job centre reference JC-" + str(c.r.randint(100000, 999999))), 'anonymised_cv'


def js_b_fair(c):
    r = c.r
    return (f"Job fair at {r.choice(EPONYM_PLACES)}, {r.randint(1, 28)}.{r.randint(1, 12)}., 10–16h, 40 employers. "
            f"Info line {c.biz_phone()}."), 'job_fair_eponym'


def cp_driver(c):
    r = c.r
    who = c.person(first_only=r.random() < 0.3)
    return (f"{c.w['ride']}: {c.town()} → {r.choice(EPONYM_PLACES)}, Fri 6:40. 3 seats, {c.price(5, 25)}. "
            f"Pickup at my place: {c.addr()}. {who}, {c.phone()}"), 'driver_home_pickup'


def cp_dl(c):
    r = c.r
    who = c.person()
    st = r.choice(['CA', 'TX', 'FL'])
    dl = c.add('DRIVER_LICENSE', gen_dl(r, st))
    return (f"Carpool verification form (for the group admins): driver {who}, {st} DL {dl}, plate "
            f"{r.choice('ABCDEFGHJK')}{r.randint(100, 999)}{r.choice('XYZ')}{r.randint(10, 99)}, phone {c.phone()}"), 'driver_license_verify'


def cp_rider(c):
    who = c.person(first_only=c.r.random() < 0.5) if c.r.random() < 0.6 else '—'
    return (f"Looking for a ride {c.town()} → city centre weekdays ~7:30, will share fuel. {who} {c.phone()}"), 'rider_request'


def cp_b_shuttle(c):
    r = c.r
    b = r.choice(BR['rides'])
    return (f"{b} shuttle to {r.choice(EPONYM_PLACES)}: departures 05:10, 07:40, 11:15. Booking code "
            f"{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randint(10000, 99999)}{r.choice('XYZ')}, hotline {c.biz_phone()}."), 'shuttle_company'


def cp_b_anon(c):
    r = c.r
    return (f"{c.w['ride']}: Mon–Fri {r.randint(6, 8)}:{r.choice(['00', '15', '30', '45'])} from "
            f"{r.choice(EPONYM_STREETS)} (bus stop) to the tech park. Contact through the app, trip #{r.randint(10**6, 10**7)}."), 'anonymous_ride'


def fr_fire(c):
    r = c.r
    who = c.person()
    ib = c.iban()
    pay = f"IBAN {ib}" if ib else f"{c.w['call']} {c.phone()}"
    return (f"{c.w['help']} {who}: their flat at {c.addr()} burned last night. Donations: {pay}"), 'neighbour_fire'


def fr_us_bank(c):
    r = c.r
    who = c.person()
    rt = gen_rtn(r)
    acct = digits(r, r.randint(9, 12))
    c.add('US_BANK_NUMBER', rt)
    c.add('US_BANK_NUMBER', acct)
    mrn = ''
    if r.random() < 0.6:
        mrn = f" (patient ID at St. Luke's: MRN {c.add('MEDICAL_RECORD', 'MRN' + digits(r, 8))})"
    return (f"Fundraiser for our neighbor {who}{mrn}. Direct deposit: routing {rt}, account {acct}."), 'fundraiser_bank'


def fr_petition(c):
    r = c.r
    rows = []
    for _ in range(r.randint(3, 5)):
        p = c.person()
        rows.append(f"{p}; {c.email()}" if r.random() < 0.6 else f"{p}; {c.town()}")
    return "Petition signatures (keep the playground open):\n" + '\n'.join(rows), 'petition_signatures'


def fr_b_rename(c):
    r = c.r
    f_, role = r.choice(PUBLIC_FIGURES)
    return (f"Petition: rename the square to honour {f_}, the {role}. Signatures are collected at the town-hall "
            f"counter; questions to petitions@civic.example.org."), 'petition_public_figure'


def fr_b_example(c):
    r = c.r
    return (f"Template for a fundraiser post: 'Help [family name] after the fire. Bank transfer to IBAN "
            f"GB82 WEST 1234 5698 7654 32 (example)'. Make it sound warmer."), 'template_example_iban'


def fr_b_charity(c):
    r = c.r
    b = r.choice(BR['civic'])
    return (f"{b} foundation: winter coat drive, goal {c.price(2000, 9000)}, raised {r.randint(10, 90)}%. "
            f"Donor line {c.biz_phone()}, receipts from donations@{slug(b)}.org."), 'charity_drive'


def rv_staff(c):
    r = c.r
    who = c.person(first_only=r.random() < 0.4)
    place = r.choice(BR['venues'])
    return (f"★★★★★ {place}: ask for {who} at the front desk, sorted our booking in 5 minutes!"), 'review_names_staff'


def rv_negative(c):
    r = c.r
    who = c.person()
    return (f"★☆☆☆☆ {r.choice(BR['venues'])}: the manager {who} shouted at my mother. Never again."), 'negative_review_staff'


def rv_signed(c):
    r = c.r
    who = c.person()
    return (f"★★☆☆☆ Order #{r.randint(100000, 999999)} arrived late. — {who}, {c.email()}, {c.phone()}"), 'review_signed_contact'


def rv_b_roles(c):
    r = c.r
    return (f"★★★★☆ {r.choice(BR['venues'])}: the receptionist was lovely, the chef came out to say hi. Booking ref "
            f"{r.randint(10**7, 10**8)}."), 'review_roles_only'


def rv_b_public(c):
    r = c.r
    f_, role = r.choice(PUBLIC_FIGURES)
    return (f"★★★★★ Museum café next to the {f_} exhibition — great cake, the audio guide on the {role} is worth it."), 'review_public_figure'


def rv_b_reply(c):
    r = c.r
    b = r.choice(BR['venues'])
    return (f"Owner reply: Thank you for your feedback on order {r.randint(10000, 99999)}. Please contact our "
            f"guest relations team at care@{slug(b)}.com or {c.biz_phone()}. — The {b} team"), 'business_reply'


def dt_profile(c):
    r = c.r
    who = c.person(first_only=r.random() < 0.5)
    d, ds = c.dob(1975, 2004)
    return (f"My dating profile draft: {who}, born {ds}, {c.town()}. I love hiking and bad puns. "
            f"Text me: {c.phone()}"), 'profile_draft'


def dt_message(c):
    who = c.person()
    return (f"Message to my match: come over for dinner Saturday, I live at {c.addr()}. — {who}"), 'message_to_match'


def dt_safety(c):
    r = c.r
    who = c.person()
    return (f"My match '{who}' asked to move to WhatsApp, number {c.phone()}, and wants {c.price(200, 900)} for a "
            f"plane ticket. Is this a romance scam?"), 'match_safety_check'


def dt_b_nonames(c):
    r = c.r
    f_, role = r.choice(PUBLIC_FIGURES)
    return (f"Profile draft: 30-something, loves {f_} (the {role}), sourdough and long walks. Looking for someone "
            f"who argues about books kindly."), 'profile_no_name'


def dt_b_fiction(c):
    r = c.r
    return (f"Write a dating profile for {r.choice(FICTIONAL)} as a joke for our book club."), 'fictional_profile'


def dt_b_template(c):
    return ("Profile: [first name], [age], [city]. Bio: [3 sentences]. Fill this with placeholders only, "
            "make the structure better."), 'blank_template'


KINDS = collections.OrderedDict([
    ('classified', ([cl_item, cl_car, cl_pay, cl_scamcheck, cl_pet],
                    [cl_b_dealer, cl_b_shop, cl_b_breeder, cl_b_template, cl_b_fiction])),
    ('rental', ([rt_flatmate, rt_reply_landlord, rt_deposit, rt_compare, rt_application],
                [rt_b_agency, rt_b_template, rt_b_anon, rt_b_iban_example])),
    ('lost_found', ([lf_pet, lf_wallet, lf_keys, lf_phone, lf_prescription], [lf_b_office, lf_b_shelter, lf_b_venue, lf_b_anon])),
    ('noticeboard', ([nb_parcel, nb_modlog, nb_complaint, nb_newcomer], [nb_b_council, nb_b_author, nb_b_docip])),
    ('services', ([sv_babysit, sv_tutor_tax, sv_cleaning, sv_nanny_wanted], [sv_b_agency, sv_b_template, sv_b_institute])),
    ('job_seeker', ([js_post, js_ids, js_short, js_us_background], [js_b_company, js_b_anon, js_b_fair])),
    ('carpool', ([cp_driver, cp_dl, cp_rider], [cp_b_shuttle, cp_b_anon])),
    ('fundraiser', ([fr_fire, fr_us_bank, fr_petition], [fr_b_rename, fr_b_example, fr_b_charity])),
    ('review', ([rv_staff, rv_negative, rv_signed], [rv_b_roles, rv_b_public, rv_b_reply])),
    ('dating', ([dt_profile, dt_message, dt_safety], [dt_b_nonames, dt_b_fiction, dt_b_template])),
])
LOCALE_FORCE = {lf_prescription: ['en-GB'], js_us_background: ['en-US'], rt_application: ['en-GB', 'en-US', 'de-DE', 'hi-IN'], rt_reply_landlord: ID_LOCALES, lf_wallet: ID_LOCALES, js_ids: ID_LOCALES + ['en-GB', 'en-US', 'de-DE'], cl_pay: IBAN_LOCALES,
                rt_deposit: IBAN_LOCALES, fr_fire: IBAN_LOCALES, fr_us_bank: ['en-US'], cp_dl: ['en-US'],
                cl_scamcheck: ALL_LOCALES, sv_tutor_tax: ['hi-IN', 'de-DE', 'pt-BR']}


# ------------------------------------------------------------------------------------------------- what users ask
TASKS = {
    'classified': ['Rewrite this ad so it sells faster, keep all details.', 'Is this a scam? Be honest.',
                   'Translate this ad into English.', 'Shorten to fit a 160-character SMS.',
                   'Extract item, price and contact into JSON.', 'Does this break the marketplace rules? Answer yes/no + why.'],
    'rental': ['Is this listing or exchange a scam? List red flags.', 'Translate into English and keep the tone.',
               'Rewrite it to be more welcoming.', 'Compare these and tell me which is the better deal.',
               'Extract size, rent, contact and address into JSON.', 'Proofread this before I post it.'],
    'lost_found': ['Make this notice clearer and more urgent.', 'Translate for the neighbourhood group (English).',
                   'Should a moderator remove anything before this is posted? Explain.', 'Turn this into a poster text.',
                   'Extract animal/item, place, contact into JSON.'],
    'noticeboard': ['Moderate: approve, edit or reject, with reason.', 'Rewrite politely.',
                    'Summarise for the weekly digest in one line.', 'Translate into English.',
                    'Classify: spam / complaint / info / event.'],
    'services': ['Make this offer sound more professional.', 'Translate into English.', 'Shorten to two lines.',
                 'Extract service, price and contact into JSON.', 'Proofread please.'],
    'job_seeker': ['Rewrite this so employers reply.', 'Translate into English.', 'Fix grammar, keep it short.',
                   'Extract into JSON: name, skills, contact.', 'Is it safe to post this publicly?'],
    'carpool': ['Rewrite this carpool post to be clearer.', 'Translate into English.',
                'Extract route, time, seats, contact into JSON.', 'Check if anything here should not be public.'],
    'fundraiser': ['Make this fundraiser post more moving but honest.', 'Translate into English.',
                   'Deduplicate and format as a table.', 'Check this looks legitimate.', 'Summarise in 2 sentences.'],
    'review': ['Moderate this review per our policy (no harassment).', 'Translate into English.',
               'Write a reply from the business.', 'Classify sentiment and topic.', 'Shorten this review.'],
    'dating': ['Make this funnier but still me.', 'Translate into English.', 'Is this safe? Any red flags?',
               'Rewrite it to sound more confident.', 'Proofread.'],
}
LOCAL_TASKS = {
    'de-DE': ['Kannst du das bitte umformulieren?', 'Ist das Betrug?'], 'fr-FR': ['Tu peux reformuler ça ?',
                                                                          'Est-ce une arnaque ?'],
    'es-ES': ['¿Puedes reescribirlo?', '¿Es una estafa?'], 'pl-PL': ['Popraw to ogłoszenie.', 'Czy to oszustwo?'],
    'ru-RU': ['Перепиши объявление.', 'Это мошенники?'], 'ja-JP': ['この文章を自然に書き直して。', '詐欺ですか？'],
    'pt-BR': ['Reescreve esse anúncio pra mim?', 'Isso é golpe?'], 'tr-TR': ['Bu ilanı düzelt.', 'Bu dolandırıcılık mı?'],
    'zh-CN': ['帮我润色一下这条信息。', '这是骗局吗？'], 'ko-KR': ['이 글 좀 다듬어 줘.', '사기인가요?'],
    'uk-UA': ['Перепиши оголошення.', 'Це шахраї?'], 'it-IT': ['Puoi riscriverlo?', 'È una truffa?'],
    'nl-NL': ['Kun je dit herschrijven?', 'Is dit oplichting?'], 'ar-EG': ['أعد صياغة الإعلان من فضلك.', 'هل هذا احتيال؟'],
}
SYSTEMS = ['You are a helpful assistant for a local classifieds site.', 'You help people write posts for their neighbourhood group.',
           'You are a moderation assistant. Be concise.', 'Reply in the language of the user.',
           'You are a careful assistant. Flag scams.']
FILE_NAMES = {'classified': 'ad.txt', 'rental': 'listing.txt', 'lost_found': 'notice.txt', 'noticeboard': 'post.txt',
              'services': 'offer.txt', 'job_seeker': 'cv.txt', 'carpool': 'ride.txt', 'fundraiser': 'appeal.txt',
              'review': 'review.txt', 'dating': 'profile.txt'}
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4o', 'hybridgate/auto', 'local/llama-3.1-8b-instruct']


def place(r, kind, doc, task, slot):
    """Wrap a posting and a task into a real request body, placing the posting by slot."""
    model = r.choice(MODELS)
    body = {'model': model}
    sysm = {'role': 'system', 'content': r.choice(SYSTEMS)}
    if slot == 'completions':
        body['prompt'] = f"{task}\n\n---\n{doc}\n---\n"
        body['max_tokens'] = r.choice([200, 256, 400])
        return body, 'completions'
    if slot == 'user_after':
        body['messages'] = [sysm, {'role': 'user', 'content': f"{task}\n\n{doc}"}]
    elif slot == 'user_before':
        body['messages'] = [{'role': 'user', 'content': f"{doc}\n\n{task}"}]
    elif slot == 'system':
        body['messages'] = [{'role': 'system', 'content': f"{sysm['content']}\nThe user is working on this posting:\n{doc}"},
                            {'role': 'user', 'content': task}]
    elif slot == 'assistant_echo':
        body['messages'] = [sysm, {'role': 'user', 'content': 'I will paste my post, wait'},
                            {'role': 'assistant', 'content': f"Sure. I received:\n{doc}"},
                            {'role': 'user', 'content': task}]
    elif slot == 'tool_result':
        lid = str(r.randint(10 ** 8, 10 ** 9))
        body['messages'] = [sysm, {'role': 'user', 'content': f"listing {lid}: {task}"},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{
                                'id': f'call_{r.randint(10 ** 6, 10 ** 7)}', 'type': 'function',
                                'function': {'name': 'get_listing', 'arguments': json.dumps({'listing_id': lid})}}]},
                            {'role': 'tool', 'tool_call_id': 'call_x', 'content': json.dumps(
                                {'id': lid, 'status': 'pending_review', 'text': doc}, ensure_ascii=False)}]
        body['messages'][3]['tool_call_id'] = body['messages'][2]['tool_calls'][0]['id']
        body['tools'] = [{'type': 'function', 'function': {
            'name': 'get_listing', 'description': 'Fetch a listing from the board by id',
            'parameters': {'type': 'object', 'properties': {'listing_id': {'type': 'string'}}, 'required': ['listing_id']}}}]
    elif slot == 'tool_args':
        cid = f'call_{r.randint(10 ** 6, 10 ** 7)}'
        body['messages'] = [sysm, {'role': 'user', 'content': 'post it to the board'},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{
                                'id': cid, 'type': 'function', 'function': {
                                    'name': 'publish_post', 'arguments': json.dumps(
                                        {'board': kind, 'text': doc, 'visibility': 'public'}, ensure_ascii=False)}}]},
                            {'role': 'tool', 'tool_call_id': cid, 'content': '{"ok": true, "queued": true}'},
                            {'role': 'user', 'content': f"wait, before it goes live: {task}"}]
        body['tools'] = [{'type': 'function', 'function': {
            'name': 'publish_post', 'description': 'Publish a post to a community board',
            'parameters': {'type': 'object', 'properties': {'board': {'type': 'string'}, 'text': {'type': 'string'},
                                                            'visibility': {'type': 'string', 'enum': ['public', 'members']}},
                           'required': ['board', 'text']}}}]
    elif slot == 'parts':
        body['messages'] = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': task},
                                                               {'type': 'text', 'text': doc}]}]
    elif slot == 'file':
        b64 = base64.b64encode(doc.encode('utf-8')).decode('ascii')
        body['messages'] = [{'role': 'user', 'content': [
            {'type': 'text', 'text': task},
            {'type': 'file', 'file': {'filename': FILE_NAMES[kind], 'file_data': f'data:text/plain;base64,{b64}'}}]}]
    elif slot == 'json_schema':
        body['messages'] = [sysm, {'role': 'user', 'content': f"Extract the fields.\n\n{doc}"}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': f'{kind}_fields', 'strict': True, 'schema': {
            'type': 'object', 'additionalProperties': False,
            'properties': {'what': {'type': 'string'}, 'price': {'type': ['string', 'null']},
                           'contact': {'type': ['string', 'null']}, 'place': {'type': ['string', 'null']},
                           'risk': {'type': 'string', 'enum': ['ok', 'check', 'scam']}},
            'required': ['what', 'price', 'contact', 'place', 'risk']}}}
    if r.random() < 0.25:
        body['temperature'] = r.choice([0, 0.2, 0.7])
    if r.random() < 0.2:
        body['user'] = 'u_' + ''.join(r.choice('0123456789abcdef') for _ in range(16))
    if r.random() < 0.15:
        body['metadata'] = {'board': kind, 'client': r.choice(['web', 'ios', 'android'])}
        body['store'] = True
    if r.random() < 0.1:
        body['stop'] = ['\n\n---']
    return body, slot


SLOTS = ['user_after', 'user_before', 'system', 'assistant_echo', 'tool_result', 'tool_args', 'parts', 'file',
         'json_schema', 'user_after', 'user_before', 'parts']


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == 'file_data' and isinstance(v, str) and 'base64,' in v:
                    parts.append(base64.b64decode(v.split('base64,', 1)[1]).decode('utf-8'))
                elif k == 'arguments' and isinstance(v, str):
                    parts.append(v)
                    parts.append(json.dumps(json.loads(v), ensure_ascii=False))
                    walk(json.loads(v))
                elif k == 'content' and isinstance(v, str) and v.startswith('{'):
                    try:
                        parts.append(json.dumps(json.loads(v), ensure_ascii=False))
                        walk(json.loads(v))
                    except ValueError:
                        pass
                    walk(v)
                else:
                    walk(v)
        elif isinstance(o, list):
            for x in o:
                walk(x)
        elif isinstance(o, str):
            parts.append(o)
    walk(body)
    return '\n'.join(parts)


def entities_of(body, vals):
    h = haystack(body)
    found = sorted({et for et, v in vals if v in h})
    missing = [(et, v) for et, v in vals if v not in h]
    if missing:
        sys.exit(f'issued value not placed: {missing[:1]}')
    return found


def build_pii(seed):
    r = random.Random(seed)
    out = []
    n_sens, n_ben = 29, 21
    li = 0
    k = 0
    for kind, (sens, ben) in KINDS.items():
        plan = [(True, sens[i % len(sens)]) for i in range(n_sens)] + [(False, ben[i % len(ben)]) for i in range(n_ben)]
        r.shuffle(plan)
        for is_s, fn in plan:
            allowed = LOCALE_FORCE.get(fn)
            if allowed:
                lc = r.choice(allowed)
            else:
                lc = ALL_LOCALES[li % len(ALL_LOCALES)]
                li += 1
            c = Ctx(r, lc)
            doc, sub = fn(c)
            if lc in LOCAL_TASKS and r.random() < 0.3:
                task = r.choice(LOCAL_TASKS[lc])
            else:
                task = r.choice(TASKS[kind])
            k += 1
            slot = 'completions' if k % 10 == 4 else r.choice(SLOTS)
            body, slot = place(r, kind, doc, task, slot)
            ents = entities_of(body, c.vals)
            if bool(ents) != is_s:
                sys.exit(f'label mismatch in {kind}/{sub}: {ents}')
            out.append({'category': kind if is_s else f'{kind}_benign', 'sensitive': bool(ents), 'entities': ents,
                        'endpoint': 'completions' if slot == 'completions' else 'chat', 'lang': lc,
                        'style': f'{sub} · {slot}', 'body': body})
    r.shuffle(out)
    for i, rec in enumerate(out, 1):
        rec_id = {'id': f'{NAME}-pii-{i:04d}'}
        rec_id.update(rec)
        out[i - 1] = rec_id
    return out


# ------------------------------------------------------------------------------------------------- complexity set
SIMPLE_EN = [
    "Translate '{w}' into English.", "What does '{w}' mean in a classified ad?", "Is '{w}' formal or informal?",
]
SIMPLE_FIXED = [
    ('en', 'Convert {n} m² to square feet.'), ('en', 'What is 15% of {n}?'), ('en', 'Sort these prices: {a}, {b}, {n}, {c}.'),
    ('en', "Write 'ROOM FOR RENT' in title case."), ('en', 'How many days are there between 3 March and 17 March?'),
    ('en', "Give me a synonym for 'reward' for a lost-dog poster."), ('de', 'Was ist die Mehrzahl von „Anzeige“?'),
    ('fr', 'Combien font {a} € + {b} € ?'), ('es', '¿Cómo se dice «fianza» en inglés?'), ('pl', 'Ile to {n} zł razy 2?'),
    ('ja', '「敷金」を英語で言うと？'), ('pt', 'Quanto é {n} dividido por 4?'), ('en', 'Round {n}.67 to the nearest ten.'),
    ('it', 'Traduci «affitto» in inglese.'), ('nl', 'Wat betekent „borg“ bij een huurkamer?'),
    ('ru', 'Сколько будет {a} + {b}?'), ('tr', "'Kiralık' kelimesinin İngilizcesi nedir?"),
]
EASY_LONG_INSTR = [
    ('en', 'Sort these listings by price, lowest first. Keep the format.'),
    ('en', 'Turn this list into a markdown table with columns item, price, size, area.'),
    ('en', 'How many of these are under {n}? Just the number and the lines.'),
    ('en', 'Remove the duplicate lines and give me the clean list.'),
    ('en', 'Summarise this noticeboard page in three bullet points.'),
    ('de', 'Sortiere die Anzeigen nach Preis, aufsteigend.'), ('fr', 'Mets cette liste sous forme de tableau.'),
    ('es', 'Traduce los títulos de esta lista al inglés.'), ('pl', 'Posortuj ogłoszenia według ceny.'),
    ('pt', 'Converta esta lista em CSV.'), ('ja', 'この一覧を価格の安い順に並べ替えてください。'),
    ('ko', '이 목록을 가격순으로 정렬해 줘.'), ('zh', '把这些广告按价格从低到高排序。'), ('ru', 'Преобразуй список в таблицу.'),
    ('sv', 'Gör om listan till en tabell.'), ('tr', 'Bu listeyi fiyata göre sırala.'), ('uk', 'Відсортуй оголошення за ціною.'),
    ('it', 'Ordina questi annunci per prezzo.'), ('nl', 'Zet deze lijst om naar CSV.'), ('id', 'Urutkan iklan ini berdasarkan harga.'),
]
ITEMS_EN = ['pram', 'oak table', 'road bike', 'sofa bed', 'kids desk', 'washing machine', 'bookshelf', 'winter tyres',
            'aquarium 120L', 'baby car seat', 'office chair', 'lawn mower', 'guitar', 'rice cooker', 'bunk bed']
AREAS = ['north side', 'old town', 'station area', 'riverside', 'harbour', 'university quarter', 'east park', 'hill top']

HARD_SHORT = [
    ('en', 'Design a duplicate-listing detector for a classifieds site with {n} thousand new ads a day. Compare photo '
           'perceptual hashing, text MinHash and embedding search on recall, cost and evasion, and pick one.'),
    ('en', 'Carpool cost split: {k} riders share one route, each adds a detour. Prove or refute that Shapley-value '
           'splitting of detour cost always lies in the core.'),
    ('en', 'Stable roommates with 4 people: A: B>C>D, B: C>A>D, C: A>B>D, D arbitrary. Prove no stable matching exists.'),
    ('en', 'Prove that greedy "nearest rider first" carpool assignment can be worse than optimal by an unbounded factor.'),
    ('en', 'Design a reputation scheme for private landlords that catches "deposit before viewing" scams while keeping '
           'false positives under {p}% for honest first-time posters. Discuss trade-offs.'),
    ('en', 'Our fundraiser totals drift from the ledger by a few cents a day. List root-cause hypotheses in order of '
           'likelihood and a test for each.'),
    ('en', 'A moderation queue gets {n} posts/hour, each takes ~{k} min. Using M/M/c, how many moderators keep the '
           'mean wait under 10 minutes? Show the derivation.'),
    ('en', '"Posted 2h ago" labels are wrong for some users around DST changes, including a 30-minute zone. Diagnose '
           'why and design a fix.'),
    ('en', 'Lost-pet matcher: two different dogs get merged after we started normalising chip numbers. Give the likely '
           'root cause and a migration plan that does not lose true matches.'),
    ('en', 'Design rate limits for a neighbourhood app that stop sock-puppet review bombing but let a whole street '
           'post about the same burst pipe. Compare at least three approaches.'),
    ('en', 'Prove that checking whether {k} carpool drivers can cover all riders within time windows is NP-hard.'),
    ('en', 'Rent price index from user listings: how do you correct for the fact that cheap rooms get taken down '
           'faster (survivorship)? Propose an estimator and its bias.'),
    ('de', 'Entwirf ein Bewertungssystem für Nachhilfelehrer, das gegen gekaufte Bewertungen robust ist. Wäge '
           'Varianten ab und begründe die Wahl.'),
    ('fr', 'Montre qu\'un algorithme glouton pour le covoiturage peut être arbitrairement mauvais, puis propose une '
           'borne d\'approximation pour une variante.'),
    ('es', 'Diseña un sistema para detectar anuncios de alquiler fraudulentos con pocos datos etiquetados. Compara '
           'enfoques y riesgos.'),
    ('pl', 'Udowodnij, że problem przydziału współlokatorów z preferencjami może nie mieć stabilnego rozwiązania.'),
    ('ja', '掲示板の重複投稿検出を設計し、画像ハッシュと埋め込み検索のトレードオフを比較してください。'),
    ('pt', 'Nosso site de caronas mostra assentos negativos às vezes. Levante hipóteses de condição de corrida e '
           'como provar cada uma.'),
    ('ru', 'Докажи, что жадное распределение попутчиков может быть сколь угодно хуже оптимального.'),
    ('zh', '设计一个二手交易平台的反诈骗规则系统，比较规则引擎和机器学习两种方案的利弊。'),
    ('ko', '카풀 비용 분배에서 샤플리 값이 항상 코어에 속하는지 증명하거나 반례를 들어라.'),
    ('tr', 'İlan sitesinde sahte yorumları tespit eden bir sistem tasarla; yöntemleri karşılaştır.'),
    ('it', 'Dimostra che il problema dei coinquilini stabili può non avere soluzione con quattro persone.'),
    ('nl', 'Ontwerp een wachtrijmodel voor moderatie en bereken hoeveel moderators nodig zijn.'),
    ('sv', 'Varför kan prisindexet för hyresrum vara snedvridet när billiga annonser tas bort snabbare? Föreslå en skattning.'),
]

DEDUP_CODE = '''import re
from collections import defaultdict

def norm_price(p):
    p = p.strip().replace('€', '').replace('EUR', '')
    if ',' in p and '.' in p:
        p = p.replace('.', '')
    return float(p.replace(',', ''))

def key(ad):
    title = re.sub(r'\\W+', ' ', ad['title'].lower()).strip()
    return (title, round(norm_price(ad['price']), 0), ad['area'])

def dedup(ads):
    groups = defaultdict(list)
    for ad in ads:
        groups[key(ad)].append(ad)
    out = []
    for k, g in groups.items():
        g.sort(key=lambda a: a['posted'])
        out.append(g[0])
    return out
'''


def long_list(r, n, with_dups=False):
    lines = []
    for i in range(n):
        lines.append(f"{i + 1}. {r.choice(ITEMS_EN)} — {r.randint(10, 900)} EUR — {r.randint(20, 200)}x{r.randint(20, 120)} cm "
                     f"— {r.choice(AREAS)} — listing {r.randint(10 ** 6, 10 ** 7)}")
        if with_dups and r.random() < 0.15:
            lines.append(lines[-1])
    return '\n'.join(lines)


def newsletter(r):
    paras = ['The swap shelf in the laundry room is back; please only leave clean items.',
             'Bins go out on Tuesday evening from next month because of the new collection route.',
             'The garden group meets on the first Saturday; tools are in the shed by the bike racks.',
             'Please do not prop the main door open, the lock was replaced twice this year.',
             'Kids\' clothes swap in the community room: drop off Friday, swap Saturday 10-12.',
             'The lift inspection is scheduled, expect a two-hour outage in the morning.',
             'Quiet hours are 22:00 to 07:00 on weekdays and until 09:00 on Sundays.',
             'A reminder that parcels left in the hallway block the fire escape route.']
    out = []
    while sum(len(p) for p in out) < 1700:
        out.append(' '.join(r.sample(paras, 2)))
    return '\n\n'.join(out)


def hard_long(r, i):
    v = i % 5
    if v == 0:
        return ('en', 'debug/dedup', f"Our classifieds dedup misses obvious duplicates when sellers write prices like "
                f"'1.200,50' vs '1200.50', and it merges different ads in some other cases. Find every root cause, explain "
                f"with concrete inputs, and propose a fixed version plus tests.\n\n```python\n{DEDUP_CODE}```\n\nSample:\n"
                + long_list(r, 14))
    if v == 1:
        riders = '\n'.join(f"R{j}: pickup {r.choice(AREAS)}, window {r.randint(6, 7)}:{r.choice(['00', '15', '30', '45'])}-"
                           f"{r.randint(8, 9)}:{r.choice(['00', '30'])}, destination {r.choice(['tech park', 'hospital', 'campus'])}"
                           for j in range(1, 19))
        matrix = '\n'.join(f"{a} -> {b}: {r.randint(4, 25)} min" for a in AREAS[:6] for b in AREAS[:6] if a != b)
        return ('en', 'optimise/carpool', f"Assign these riders to {r.randint(3, 5)} cars (4 seats each) so every window is "
                f"met and total detour is minimal. Explain your reasoning step by step, give the assignment, and argue "
                f"why no better one exists (or give a bound).\n\n{riders}\n\nTravel times:\n{matrix}")
    if v == 2:
        rows = '\n'.join(f"{dt.date(2026, 1, 1) + dt.timedelta(days=j)} | donation | {r.randint(5, 200)}.{r.choice(['00', '50', '99'])} "
                         f"| {r.choice(['EUR', 'GBP', 'USD'])} | fx {r.uniform(0.84, 1.19):.4f} | fee {r.uniform(0.2, 2.5):.2f}"
                         for j in range(40))
        return ('en', 'reconcile/fundraiser', "The fundraiser page shows a total 37.50 EUR higher than the bank. "
                "Work out where the difference can come from (fx at donation vs payout time, fee rounding, refunds), "
                "show the calculation for each hypothesis and say which explains it.\n\n" + rows)
    if v == 3:
        log = '\n'.join(f"post {r.randint(1000, 9999)} | {r.choice(['approved', 'rejected', 'edited'])} | rule "
                        f"{r.choice(['R1 spam', 'R2 personal data', 'R3 harassment', 'R4 off-topic'])} | "
                        f"text len {r.randint(20, 900)} | links {r.randint(0, 4)} | account age {r.randint(0, 900)}d"
                        for _ in range(45))
        return ('en', 'design/moderation', "From this moderation log, infer which evasion patterns spammers use, then "
                "design an automated pre-filter: rules vs classifier, thresholds, expected precision/recall trade-offs, "
                "and how to audit it for bias against new accounts.\n\n" + log)
    rooms = '\n'.join(f"room {j}: {r.randint(9, 26)} m², {r.randint(280, 950)} EUR, floor {r.randint(0, 6)}, "
                      f"{r.choice(AREAS)}, listed {r.randint(1, 60)} days, {r.choice(['furnished', 'unfurnished'])}"
                      for j in range(1, 46))
    return ('en', 'analysis/rent', "Using these room listings, build a hedonic price model by hand: which features "
            "drive price, what confounders exist (listing age, survivorship), how would you test whether furnished "
            "rooms carry a premium, and what would change your conclusion?\n\n" + rooms)


LONG_HARD_L10N = {
    'optimise/carpool': [('de', 'Teile diese Mitfahrer so auf die Autos (je 4 Plätze) auf, dass alle Zeitfenster '
                                'eingehalten werden und der Gesamtumweg minimal ist. Begründe Schritt für Schritt und '
                                'zeige, warum es keine bessere Lösung gibt (oder gib eine Schranke an).'),
                         ('es', 'Asigna estos pasajeros a los coches (4 plazas cada uno) cumpliendo todas las ventanas '
                                'horarias y minimizando el desvío total. Razona paso a paso y demuestra que no hay una '
                                'asignación mejor (o da una cota).')],
    'analysis/rent': [('fr', 'À partir de ces annonces de chambres, construis à la main un modèle de prix hédonique : '
                             'quelles variables expliquent le prix, quels facteurs de confusion (ancienneté, biais de '
                             'survie), comment tester une prime pour le meublé, et qu\'est-ce qui changerait ta conclusion ?'),
                      ('ja', 'これらの部屋の募集データから、ヘドニック価格モデルを手で組み立ててください。価格を決める要因、'
                             '交絡要因（掲載期間・生存バイアス）、家具付きプレミアムの検定方法、結論が変わる条件を説明してください。')],
    'reconcile/fundraiser': [('pl', 'Strona zbiórki pokazuje sumę o 37,50 EUR wyższą niż bank. Ustal, skąd może brać się '
                                    'różnica (kurs przy wpłacie i wypłacie, zaokrąglanie opłat, zwroty), policz każdą '
                                    'hipotezę i wskaż, która ją wyjaśnia.')],
    'design/moderation': [('pt', 'A partir deste registo de moderação, deduz que padrões de evasão os spammers usam e '
                                 'desenha um pré-filtro automático: regras vs classificador, limiares, compromissos de '
                                 'precisão/recall e como auditar o viés contra contas novas.')],
    'debug/dedup': [('ru', 'Наша дедупликация объявлений пропускает явные дубли, когда цены записаны как «1.200,50» и '
                           '«1200.50», а в других случаях склеивает разные объявления. Найди все первопричины, покажи на '
                           'конкретных входных данных и предложи исправленную версию с тестами.')],
}


def build_complexity(seed):
    r = random.Random(seed + 1)
    recs = []
    locs = ALL_LOCALES
    for i in range(45):
        if i % 2 == 0:
            lc = locs[i % len(locs)]
            w = L[lc]['w']
            word = r.choice([w['sale'], w['room'], w['lost'], w['reward'], w['ride'], w['tutor']])
            text = r.choice(SIMPLE_EN).format(w=word)
            lang = lc
        else:
            lang, t = SIMPLE_FIXED[(i // 2) % len(SIMPLE_FIXED)]
            text = t.format(n=r.randint(12, 400), a=r.randint(10, 99), b=r.randint(100, 300), c=r.randint(5, 60))
        recs.append(('short_simple', 0, False, lang, 'lookup/translate', [{'role': 'user', 'content': text}]))
    for i in range(50):
        lang, instr = EASY_LONG_INSTR[i % len(EASY_LONG_INSTR)]
        instr = instr.format(n=r.randint(50, 300))
        if i % 4 == 3:
            doc = newsletter(r)
            if 'bullet' not in instr:
                instr = 'Summarise this noticeboard page in three bullet points.'
                lang = 'en'
        else:
            doc = long_list(r, r.randint(24, 34), with_dups=True)
        text = f"{instr}\n\n{doc}" if i % 2 else f"{doc}\n\n{instr}"
        assert len(text) >= 1500, len(text)
        recs.append(('long_easy', 0, True, lang, 'reformat/sort/summarise', [{'role': 'user', 'content': text}]))
    for i in range(50):
        lang, t = HARD_SHORT[i % len(HARD_SHORT)]
        text = t.format(n=r.choice([40, 120, 500, 900]), k=r.randint(3, 7), p=r.choice([1, 2, 5]))
        if i >= len(HARD_SHORT) and lang == 'en':
            text = r.choice(['Briefly: ', 'Quick one, ', 'Think carefully. ', 'Short answer is fine but be rigorous. ']) + text
        recs.append(('short_hard', 1, True, lang, 'design/proof/debug', [{'role': 'user', 'content': text}]))
    for i in range(45):
        lang, st, text = hard_long(r, i)
        if i % 4 == 1 and st in LONG_HARD_L10N:
            lang, head = LONG_HARD_L10N[st][(i // 4) % len(LONG_HARD_L10N[st])]
            text = head + '\n\n' + text.split('\n\n', 1)[1]
        msgs = [{'role': 'user', 'content': text}]
        if i % 3 == 0:
            msgs.insert(0, {'role': 'system', 'content': 'You are a senior engineer at a community marketplace.'})
        recs.append(('long_hard', 1, False, lang, st, msgs))
    out = []
    for cat, lab, adv, lang, st, msgs in recs:
        if r.random() < 0.08:
            body = {'model': r.choice(MODELS), 'prompt': '\n\n'.join(m['content'] for m in msgs), 'max_tokens': 512}
            ep = 'completions'
        else:
            body = {'model': r.choice(MODELS), 'messages': msgs}
            ep = 'chat'
        out.append({'category': cat, 'label': lab, 'length_adversarial': adv, 'endpoint': ep, 'lang': lang,
                    'style': st, 'body': body})
    r.shuffle(out)
    return [{'id': f'{NAME}-cx-{i:04d}', **rec} for i, rec in enumerate(out, 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii = build_pii(a.seed)
    cx = build_complexity(a.seed)
    for name, recs in ((f'pii_{NAME}.jsonl', pii), (f'complexity_{NAME}.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8') as f:
            for rec in recs:
                if 'sensitive' in rec:
                    assert rec['sensitive'] == bool(rec['entities'])
                f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    ns = sum(x['sensitive'] for x in pii)
    print(f'pii_{NAME}.jsonl: {len(pii)} requests ({sum(x["endpoint"] == "chat" for x in pii)} chat, '
          f'{sum(x["endpoint"] == "completions" for x in pii)} completions), {ns} sensitive / {len(pii) - ns} benign, '
          f'{len({x["lang"] for x in pii})} language tags')
    print('  categories:', dict(sorted(collections.Counter(x['category'] for x in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for x in pii for e in x['entities']).items())))
    print('  slots:', dict(sorted(collections.Counter(x['style'].split(' · ')[-1] for x in pii).items())))
    cc = collections.Counter(x['category'] for x in cx)
    print(f'complexity_{NAME}.jsonl: {len(cx)} requests, {dict(sorted(cc.items()))}, '
          f'{sum(x["length_adversarial"] for x in cx)} length-adversarial, {sum(x["label"] for x in cx)} labelled 1, '
          f'{len({x["lang"] for x in cx})} language tags')
    print('  pool sizes (own entries kept / offered):', sum(k for _, k in POOL_SIZES.values()), '/',
          sum(n for n, _ in POOL_SIZES.values()))


if __name__ == '__main__':
    main()
