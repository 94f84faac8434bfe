#!/usr/bin/env python3
"""Bajada: an independent evaluation split for the request signals, organised by PUBLIC SERVICES AND BENEFITS.

Writes bench/data/signals/pii_bajada.jsonl and bench/data/signals/complexity_bajada.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages or other branches; the record format came from the first 70 lines of the
    delta generator and the first two lines of each delta file. The other generators were not read: their
    sources are only scanned automatically at run time for capitalised / non-ASCII words (and Han / Kana /
    Hangul character bigrams), and every given name, family name, street stem and town of this file is cut
    from its pool when one of its words is in that set (order kept; the run aborts if a pool runs empty).
    Those words are never printed.

Organising principle
    A person dealing with the state as a citizen or resident. Ten kinds of dealing, each a category:
    pension_claim, unemployment_benefit, child_benefit, tax_return, housing_assistance, health_registration
    (health card, GP registration, vaccination records), voter_registration, residence_registration
    (address registration, residence permits, municipal and library cards), vehicle_registration and
    disability_allowance. Sensitive records (``<kind>``) carry the claimant's or a relative's data as it
    turns up in such dealings: filled-in forms, first-person messages to an assistant, letters from the
    agency addressed to the person, a relative or advice worker writing on someone's behalf, caseworker
    system rows, and single incidental items (one phone number, one ID). Benign records
    (``<kind>_benign``) are near misses of the same kind: agencies' own helplines, role mailboxes and
    office addresses, form numbers and reference / case / tracking codes, blank and specimen forms
    (placeholders, specimen names printed on sample documents, documentation values), anonymised case
    notes, statistics, names of laws and historical figures, eponymous diseases and streets.
    25 locales (en-US, en-GB, de-DE, de-AT, fr-FR, es-ES, es-MX, it-IT, nl-NL, pl-PL, pt-BR, sv-SE, fi-FI,
    cs-CZ, bg-BG, tr-TR, el-GR, uk-UA, hi-IN, zh-CN, ja-JP, ko-KR, he-IL, th-TH, ar-EG) with own names,
    streets, towns, phone numbers and identifiers; form labels are in the local language, the writer's
    request is in English or the local language.

    The document is placed in a request field chosen by rotation: user / system / earlier assistant /
    tool messages, tool-call arguments with a ``tools`` schema, text and file content parts (base64 text),
    image URLs with query strings, response_format json_schema, ``user``, ``metadata`` with ``store``,
    multi-turn splits; about 10% use the legacy completions endpoint (``prompt``).

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching
    the serialised body (base64 file parts decoded, URLs unquoted) for every value the record issued.
    ``ssn`` is the US SSN only. Citizen / resident numbers (PESEL, BSN, DNI, personnummer, HETU, rodne cislo,
    EGN, TC kimlik, Aadhaar, resident ID, My Number, RRN, Teudat Zehut, Thai PIN, CURP, UK National
    Insurance number) are NATIONAL_ID; taxpayer numbers (Steuer-ID, numero fiscal, codice fiscale, CPF,
    RNTRC, PAN, RFC, UTR, AFM) TAX_ID; health-system numbers (NHS number, French NIR as on the carte Vitale,
    Austrian social insurance number, German KVNR, Greek AMKA, US Medicare MBI) HEALTH_INSURANCE; hospital /
    clinic record numbers MEDICAL_RECORD; a US routing + account pair US_BANK_NUMBER; a public IP seen on a
    citizen's portal session IP_ADDRESS. A child, a recently deceased spouse, a private landlord or a carer
    named in a claim is a ``person``. ``sensitive`` is true exactly when ``entities`` is non-empty.

Contents (seed 20261205)
    pii_bajada.jsonl: 500 requests (451 chat, 49 completions) in 25 language tags; 10 kinds x 50 (29 sensitive +
    21 benign each: 290 sensitive / 210 benign). Sensitive shapes: filled-in form 103, narrative 63, agency letter 53,
    caseworker row 23, single incidental item 48. Benign shapes: agency contact 39, test fixture with documentation
    values 37, anonymised decision 30, blank / specimen form 30, reference and status 27, law and official 26,
    statistics and history 21. Entity totals (records): person 220, STREET_ADDRESS 207, phone 150, DATE_OF_BIRTH
    143, NATIONAL_ID 86, email 61, iban 59, TAX_ID 49, MEDICAL_RECORD 41, HEALTH_INSURANCE 34, IP_ADDRESS 24,
    DRIVER_LICENSE 22, credit_card 21, PASSPORT 20, ssn 14, US_BANK_NUMBER 12.
    complexity_bajada.jsonl: 190 chat requests in 22 language tags, themed on public services: short_simple 45,
    long_easy 50 (>= 1,500 chars), short_hard 50, long_hard 45; 100 (52%) length-adversarial, 95 labelled 1.
    The run prints all counts.

Validation
    National identifiers, tax and health numbers, IBANs (ISO 13616 and national checks), card numbers (Luhn)
    and SSNs (area/group/serial rules) are validated with python-stdnum; UK NI numbers, KVNR, MBI and MRZ
    check digits with own routines; every issued phone number with ``phonenumbers`` (valid for its region);
    every issued IP with ``ipaddress`` (global, outside the documentation ranges). The run aborts on any
    invalid value and asserts label consistency; it prints the counts.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_bajada_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
import unicodedata
import urllib.parse

import phonenumbers
from phonenumbers import PhoneNumberType as PT
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum import (at, bg, br, cn, cz, de, es, fi, fr, gb, gr, il, in_, it, jp, kr, mx, nl, pl, se, th, tr,
                    ua, us)
import stdnum.at.vnr, stdnum.bg.egn, stdnum.br.cpf, stdnum.cn.ric, stdnum.cz.rc, stdnum.de.idnr  # noqa: E401
import stdnum.es.dni, stdnum.fi.hetu, stdnum.fr.nir, stdnum.fr.nif, stdnum.gb.nhs, stdnum.gb.utr  # noqa: E401
import stdnum.gr.amka, stdnum.gr.vat, stdnum.il.idnr, stdnum.in_.aadhaar, stdnum.in_.pan  # noqa: E401
import stdnum.it.codicefiscale, stdnum.jp.in_, stdnum.kr.rrn, stdnum.mx.curp, stdnum.mx.rfc  # noqa: E401
import stdnum.nl.bsn, stdnum.pl.pesel, stdnum.se.personnummer, stdnum.th.pin, stdnum.tr.tckimlik  # noqa: E401
import stdnum.ua.rntrc, stdnum.us.rtn, stdnum.us.ssn  # noqa: E401

ROOT = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus',
                  'playa', 'pingo', 'kame', 'tepui')

_CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')


def tokens(text):
    """Word tokens: runs of letters/digits and combining marks (keeps Indic and Thai words whole)."""
    out, cur = [], []
    for ch in text:
        if ch.isalnum() or ch == '_' or unicodedata.category(ch) in ('Mn', 'Mc'):
            cur.append(ch)
        elif cur:
            out.append(''.join(cur))
            cur = []
    if cur:
        out.append(''.join(cur))
    return out


def other_words():
    """Capitalised / non-ASCII words and CJK bigrams of the other generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = ROOT / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_bytes().decode('utf-8', 'replace')
        for tok in tokens(text):
            if tok[0].isupper() or any(ord(c) > 127 for c in tok):
                words.add(tok.casefold())
            if any(ord(c) > 127 for c in tok):
                cj = [c for c in tok]
                for a, b in zip(cj, cj[1:]):
                    if _CJK.match(a) and _CJK.match(b):
                        bigrams.add(a + b)
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()


def clean_pool(pool, what, bigrams=True):
    out = []
    for entry in pool:
        key = entry[0] if isinstance(entry, tuple) else entry
        parts = key.split('|')
        bad = False
        for part in parts:
            for tok in tokens(part):
                if tok.isascii() and tok[0].islower():
                    continue  # lower-case particles (de, des, dos, ...) are not in the capitalised-word set
                if tok.casefold() in OTHER_WORDS:
                    bad = True
            chars = list(part)
            for a, b in zip(chars, chars[1:]):
                if bigrams and _CJK.match(a) and _CJK.match(b) and a + b in OTHER_BIGRAMS:
                    bad = True
        if not bad:
            out.append(entry)
    if not out:
        raise SystemExit(f'pool {what} is empty after the overlap cut')
    return out


# --------------------------------------------------------------------------------------------- locales
# given_m, given_f, family ('m|f' for gendered forms), street stems, towns (town, postcode[, extra])
L = {}
L['en-US'] = dict(region='US', country='the United States', order='gf',
    gm=['Odell', 'Thaddeus', 'Cordell', 'Emmett', 'Barrett', 'Quincy', 'Ellery', 'Lamont', 'Rufus', 'Delbert'],
    gf=['Lavinia', 'Marisol', 'Rosalind', 'Junia', 'Tamsin', 'Noreen', 'Philippa', 'Verna', 'Odessa', 'Luanne'],
    fam=['Haverkamp', 'Stoltzfus', 'Brackett', 'Pettibone', 'Quisenberry', 'Ashbury', 'Trimble', 'Vanderpool',
         'Culpepper', 'Moorhouse', 'Gilchrist', 'Pruitt', 'Yoder', 'Satterfield'],
    streets=['Sassafras', 'Tanglewood', 'Persimmon', 'Buckeye', 'Larkspur', 'Cottonwood', 'Whippoorwill', 'Mulberry',
             'Quail Run', 'Foxglove'],
    towns=[('Muncie', 'IN 47303'), ('Chillicothe', 'OH 45601'), ('Bozeman', 'MT 59715'), ('Paducah', 'KY 42001'),
           ('Kalispell', 'MT 59901'), ('Hattiesburg', 'MS 39401'), ('Ithaca', 'NY 14850'), ('Decatur', 'AL 35601')],
    lab=dict(name='Name', dob='Date of birth', addr='Home address', phone='Phone', email='Email'),
    ask='Can you check this before I send it?')
L['en-GB'] = dict(region='GB', country='the UK', order='gf',
    gm=['Gethin', 'Alasdair', 'Crispin', 'Lachlan', 'Rhodri', 'Ewan', 'Torquil', 'Hamish', 'Aled', 'Fergus'],
    gf=['Morwenna', 'Ffion', 'Tegan', 'Isolde', 'Briony', 'Perpetua', 'Hermia', 'Rhiannon', 'Elspeth', 'Nerys'],
    fam=['Pennefather', 'Ackroyd', 'Blenkinsop', 'Treharne', 'Cattermole', 'Scrivener', 'Gedge', 'Lumsden',
         'Hepplewhite', 'Ogilvie', 'Truscott', 'Fairbairn', 'Pilkington', 'Entwistle'],
    streets=['Wexcombe', 'Pennycress', 'Haddow', 'Tollgate', 'Bramblewick', 'Ravensworth', 'Cowslip', 'Sandpiper',
             'Oakhanger', 'Kittiwake'],
    towns=[('Kidderminster', 'DY10 2QH'), ('Stroud', 'GL5 3BY'), ('Llandudno', 'LL30 2RP'), ('Morpeth', 'NE61 1PQ'),
           ('Bridlington', 'YO16 4LA'), ('Barnstaple', 'EX31 1NH'), ('Peebles', 'EH45 8AU'), ('Louth', 'LN11 9PR')],
    lab=dict(name='Full name', dob='Date of birth', addr='Address', phone='Telephone', email='Email'),
    ask='Could you look over this for me before I post it?')
L['de-DE'] = dict(region='DE', country='Germany', order='gf',
    gm=['Hauke', 'Detlef', 'Malte', 'Sönke', 'Jobst', 'Eike', 'Wilko', 'Heiner', 'Gerold', 'Ortwin'],
    gf=['Wiebke', 'Gesine', 'Frauke', 'Henrike', 'Ortrun', 'Imke', 'Reinhild', 'Hiltrud', 'Almut', 'Gundel'],
    fam=['Brinkhaus', 'Tiedemann', 'Oltmanns', 'Lütkemeyer', 'Wendtland', 'Kuhlenkamp', 'Sievers', 'Rehbein',
         'Pahlke', 'Drewes', 'Hinrichsen', 'Mollenhauer', 'Gerdes', 'Wiechmann'],
    streets=['Quendel', 'Holunder', 'Wacholder', 'Schlehen', 'Brombeer', 'Kiebitz', 'Mispel', 'Hagebutten',
             'Pirol', 'Gänseblümchen'],
    towns=[('Delmenhorst', '27749'), ('Lüneburg', '21335'), ('Coesfeld', '48653'), ('Wunstorf', '31515'),
           ('Bad Segeberg', '23795'), ('Gifhorn', '38518'), ('Schwerte', '58239'), ('Bautzen', '02625')],
    lab=dict(name='Name, Vorname', dob='Geburtsdatum', addr='Anschrift', phone='Telefon', email='E-Mail'),
    ask='Kannst du das bitte prüfen, bevor ich es abschicke?')
L['de-AT'] = dict(region='AT', country='Austria', order='gf',
    gm=['Vinzenz', 'Kajetan', 'Engelbert', 'Severin', 'Ferdinand', 'Valentin', 'Leopold', 'Wendelin', 'Hubert'],
    gf=['Notburga', 'Waltraud', 'Herta', 'Roswitha', 'Adelheid', 'Gundula', 'Leopoldine', 'Hermine', 'Traudl'],
    fam=['Pfandl', 'Wurzinger', 'Gschwandtner', 'Hochreiter', 'Kaltenbrunner', 'Obermoser', 'Pichlmayr',
         'Reisinger', 'Stadlbauer', 'Zauner', 'Loidl', 'Haslinger', 'Wimmleitner'],
    streets=['Marillen', 'Kirschblüten', 'Enzian', 'Edelweiß', 'Hollerstauden', 'Zirben', 'Lärchen', 'Steinbock'],
    towns=[('Wels', '4600'), ('Leoben', '8700'), ('Dornbirn', '6850'), ('Amstetten', '3300'), ('Villach', '9500'),
           ('Hallein', '5400'), ('Tulln', '3430')],
    lab=dict(name='Familienname, Vorname', dob='Geburtsdatum', addr='Wohnadresse', phone='Telefon',
             email='E-Mail'),
    ask='Bitte schau dir das an, passt das so?')
L['fr-FR'] = dict(region='FR', country='France', order='gf',
    gm=['Gaspard', 'Anatole', 'Bastien', 'Aurèle', 'Firmin', 'Théophile', 'Lazare', 'Gonzague', 'Honoré'],
    gf=['Solène', 'Maïwenn', 'Ségolène', 'Ombeline', 'Albane', 'Gwenaëlle', 'Clémence', 'Bérangère', 'Armelle'],
    fam=['Kerbrat', 'Lemarié', 'Pouliquen', 'Chabaud', 'Vasseur', 'Rigaudeau', 'Quéméner', 'Bourgoin', 'Lhermitte',
         'Castagné', 'Rebours', 'Fauconnier', 'Mazurier', 'Guillemot'],
    streets=['des Glycines', 'des Tilleuls', 'des Coquelicots', 'du Puits Salé', 'des Mésanges', 'des Aubépines',
             'du Lavoir', 'des Capucines'],
    towns=[('Quimperlé', '29300'), ('Montbrison', '42600'), ('Saint-Dizier', '52100'), ('Vierzon', '18100'),
           ('Lisieux', '14100'), ('Millau', '12100'), ('Dole', '39100'), ('Fougères', '35300')],
    lab=dict(name='Nom et prénom', dob='Date de naissance', addr='Adresse', phone='Téléphone', email='Courriel'),
    ask='Tu peux relire ça avant que je l’envoie ?')
L['es-ES'] = dict(region='ES', country='Spain', order='gf',
    gm=['Iñaki', 'Baltasar', 'Anselmo', 'Casimiro', 'Leandro', 'Fermín', 'Telmo', 'Eusebio', 'Gumersindo'],
    gf=['Remedios', 'Eulalia', 'Nerea', 'Itziar', 'Begoña', 'Ainhoa', 'Consolación', 'Milagros', 'Visitación'],
    fam=['Arrieta', 'Zubizarreta', 'Olabarria', 'Castañeda', 'Villalba', 'Echeverría', 'Quiroga', 'Barrachina',
         'Sobrino', 'Urquijo', 'Lozoya', 'Peñalver', 'Ibarrola', 'Garmendia'],
    streets=['de los Almendros', 'del Azafrán', 'de la Alhóndiga', 'de las Adelfas', 'del Romero', 'de la Acequia',
             'del Pozo Amargo', 'de los Naranjos'],
    towns=[('Talavera de la Reina', '45600'), ('Ponferrada', '24400'), ('Linares', '23700'), ('Manresa', '08240'),
           ('Alcoy', '03801'), ('Zamora', '49001'), ('Lorca', '30800'), ('Mérida', '06800')],
    lab=dict(name='Nombre y apellidos', dob='Fecha de nacimiento', addr='Domicilio', phone='Teléfono',
             email='Correo electrónico'),
    ask='¿Me revisas esto antes de presentarlo?')
L['es-MX'] = dict(region='MX', country='Mexico', order='gf',
    gm=['Octavio', 'Heriberto', 'Anacleto', 'Rigoberto', 'Abundio', 'Eleuterio', 'Fortino', 'Nicanor'],
    gf=['Citlali', 'Xóchitl', 'Itzel', 'Yatziri', 'Eréndira', 'Maricruz', 'Zyanya', 'Guadalupe'],
    fam=['Tlapanco', 'Xicoténcatl', 'Ocampo', 'Zavaleta', 'Arellano', 'Huitrón', 'Cuevas', 'Tenorio', 'Olvera',
         'Balderas', 'Villaseñor', 'Mancera', 'Tzompantzi'],
    streets=['Ahuehuete', 'Tezontle', 'Jacarandas', 'Huizache', 'Mezquite', 'Nopalera', 'Cempasúchil', 'Ocote'],
    towns=[('Zacatecas', '98000'), ('Tlaxcala', '90000'), ('Colima', '28000'), ('Pachuca', '42000'),
           ('Uruapan', '60000'), ('Tehuacán', '75700')],
    lab=dict(name='Nombre completo', dob='Fecha de nacimiento', addr='Domicilio', phone='Teléfono',
             email='Correo'),
    ask='¿Me ayudas a revisar esto antes de mandarlo?')
L['it-IT'] = dict(region='IT', country='Italy', order='gf',
    gm=['Ruggero', 'Corrado', 'Gualtiero', 'Ettore', 'Tancredi', 'Amedeo', 'Vittorino', 'Ermanno', 'Carmine'],
    gf=['Ottavia', 'Ginevra', 'Ludovica', 'Benedetta', 'Filomena', 'Iolanda', 'Costanza', 'Assunta', 'Annunziata'],
    fam=['Scognamiglio', 'Brambilla', 'Pozzoli', 'Capuozzo', 'Trevisan', 'Zanella', 'Boscolo', 'Lanzillotta',
         'Mazzocchi', 'Tagliaferri', 'Cicognani', 'Fumagalli', 'Orlandini', 'Piccirillo'],
    streets=['dei Gelsomini', 'delle Ginestre', 'del Carmine', 'delle Mimose', 'dei Platani', 'della Fontanella',
             'dei Cipressi', 'delle Viole'],
    towns=[('Cremona', '26100'), ('Avellino', '83100'), ('Faenza', '48018'), ('Rovigo', '45100'),
           ('Chiavari', '16043'), ('Matera', '75100'), ('Foligno', '06034'), ('Bassano del Grappa', '36061')],
    lab=dict(name='Cognome e nome', dob='Data di nascita', addr='Residenza', phone='Telefono', email='E-mail'),
    ask='Puoi ricontrollare prima che lo invii?')
L['nl-NL'] = dict(region='NL', country='the Netherlands', order='gf',
    gm=['Sjoerd', 'Gijsbert', 'Hidde', 'Teun', 'Jelmer', 'Douwe', 'Wouter', 'Lieuwe', 'Hessel'],
    gf=['Femke', 'Wietske', 'Marieke', 'Jolien', 'Aaltje', 'Hendrikje', 'Roosmarijn', 'Geertje', 'Tjitske'],
    fam=['Oosterhuis', 'Wijnberg', 'Hoekstra', 'Veenstra', 'Kuipers', 'Terpstra', 'Dijkhuizen', 'Bosma',
         'Zijlstra', 'Groeneveld', 'Schuurman', 'Hofstede', 'Wiersma'],
    streets=['Kievits', 'Vlier', 'Meidoorn', 'Pluvier', 'Dotterbloem', 'Karekiet', 'Lijsterbes', 'Zwanebloem'],
    towns=[('Sneek', '8601 AB'), ('Assen', '9401 HK'), ('Gorinchem', '4201 CG'), ('Venray', '5801 BM'),
           ('Zutphen', '7201 DL'), ('Harderwijk', '3841 AJ'), ('Meppel', '7941 KT')],
    lab=dict(name='Naam', dob='Geboortedatum', addr='Adres', phone='Telefoon', email='E-mail'),
    ask='Kun je dit even nakijken voordat ik het verstuur?')
L['pl-PL'] = dict(region='PL', country='Poland', order='gf',
    gm=['Przemysław', 'Wiesław', 'Zdzisław', 'Bogumił', 'Radosław', 'Mieczysław', 'Dobromir', 'Bronisław'],
    gf=['Bożena', 'Jadwiga', 'Grażyna', 'Halina', 'Teodora', 'Ludmiła', 'Wanda', 'Genowefa'],
    fam=['Kaczmarek', 'Wawrzyniak', 'Pietrzak', 'Sobczak', 'Grzelak', 'Michalak', 'Stępień', 'Kubiak', 'Szymczak',
         'Ratajczak', 'Bartczak', 'Wróblewski|Wróblewska', 'Jabłoński|Jabłońska', 'Chmielewski|Chmielewska'],
    streets=['Jarzębinowa', 'Kalinowa', 'Poziomkowa', 'Wrzosowa', 'Konwaliowa', 'Czeremchowa', 'Dereniowa',
             'Tatarakowa'],
    towns=[('Łomża', '18-400'), ('Zamość', '22-400'), ('Konin', '62-500'), ('Przemyśl', '37-700'),
           ('Ełk', '19-300'), ('Piła', '64-920'), ('Sieradz', '98-200')],
    lab=dict(name='Imię i nazwisko', dob='Data urodzenia', addr='Adres zamieszkania', phone='Telefon',
             email='E-mail'),
    ask='Sprawdzisz to, zanim wyślę?')
L['pt-BR'] = dict(region='BR', country='Brazil', order='gf',
    gm=['Valdemar', 'Josué', 'Edivaldo', 'Ubiratan', 'Gildásio', 'Clodoaldo', 'Genivaldo', 'Adalberto'],
    gf=['Raimunda', 'Gleice', 'Luzinete', 'Iracema', 'Josenilda', 'Marinalva', 'Edileuza', 'Socorro'],
    fam=['Nogueira', 'Bezerra', 'Cavalcanti', 'Albuquerque', 'Magalhães', 'Figueiredo', 'Sampaio', 'Damasceno',
         'Queiroz', 'Brandão', 'Siqueira', 'Arruda', 'Furtado'],
    streets=['dos Cajueiros', 'das Mangabeiras', 'do Ipê Amarelo', 'das Carnaúbas', 'dos Umbuzeiros',
             'da Jurema', 'do Pequizeiro', 'das Sibipirunas'],
    towns=[('Caruaru', '55010-000', 'PE'), ('Mossoró', '59600-000', 'RN'), ('Juazeiro do Norte', '63010-000', 'CE'),
           ('Parnaíba', '64200-000', 'PI'), ('Itabuna', '45600-000', 'BA'), ('Marabá', '68500-000', 'PA')],
    lab=dict(name='Nome completo', dob='Data de nascimento', addr='Endereço', phone='Telefone', email='E-mail'),
    ask='Dá uma olhada nisso antes de eu enviar?')
L['sv-SE'] = dict(region='SE', country='Sweden', order='gf',
    gm=['Torbjörn', 'Gösta', 'Ragnar', 'Sixten', 'Evert', 'Holger', 'Algot', 'Folke'],
    gf=['Ingegerd', 'Märta', 'Gunilla', 'Signe', 'Ylva', 'Agneta', 'Gunvor', 'Solveig'],
    fam=['Bergqvist', 'Hedlund', 'Sjöberg', 'Wallin', 'Forsberg', 'Nyström', 'Lundqvist', 'Ekholm', 'Öberg',
         'Blomqvist', 'Sandström', 'Rydberg', 'Holmgren'],
    streets=['Lingon', 'Hjortron', 'Rönnbärs', 'Blåklints', 'Kvarn', 'Tranbärs', 'Smultron', 'Vitsippe'],
    towns=[('Östersund', '831 30'), ('Skellefteå', '931 31'), ('Kalmar', '392 31'), ('Borlänge', '784 33'),
           ('Trollhättan', '461 30'), ('Karlskrona', '371 33')],
    lab=dict(name='Namn', dob='Födelsedatum', addr='Adress', phone='Telefon', email='E-post'),
    ask='Kan du kolla igenom det här innan jag skickar?')
L['fi-FI'] = dict(region='FI', country='Finland', order='gf',
    gm=['Jorma', 'Teuvo', 'Eero', 'Pentti', 'Raimo', 'Veikko', 'Tapio', 'Onni'],
    gf=['Aino', 'Pirkko', 'Sirkka', 'Marjatta', 'Tuulikki', 'Riitta', 'Orvokki', 'Kerttu'],
    fam=['Kärkkäinen', 'Heikkilä', 'Väisänen', 'Pesonen', 'Turunen', 'Laaksonen', 'Hyvönen', 'Kettunen',
         'Rautiainen', 'Manninen', 'Pulkkinen', 'Huttunen'],
    streets=['Puolukka', 'Kataja', 'Mustikka', 'Kielo', 'Pihlaja', 'Vanamo', 'Lakka', 'Tervaleppä'],
    towns=[('Kajaani', '87100'), ('Rauma', '26100'), ('Savonlinna', '57130'), ('Kokkola', '67100'),
           ('Hämeenlinna', '13100'), ('Seinäjoki', '60100')],
    lab=dict(name='Nimi', dob='Syntymäaika', addr='Osoite', phone='Puhelin', email='Sähköposti'),
    ask='Voitko tarkistaa tämän ennen kuin lähetän sen?')
L['cs-CZ'] = dict(region='CZ', country='Czechia', order='gf',
    gm=['Bohumil', 'Radek', 'Vratislav', 'Zdeněk', 'Lubomír', 'Přemysl', 'Jaroslav', 'Oldřich'],
    gf=['Ludmila', 'Božena', 'Jarmila', 'Blanka', 'Radka', 'Zdenka', 'Vlasta', 'Libuše'],
    fam=['Dvořák|Dvořáková', 'Procházka|Procházková', 'Kučera|Kučerová', 'Veselý|Veselá', 'Horák|Horáková',
         'Pokorný|Pokorná', 'Kratochvíl|Kratochvílová', 'Šimek|Šimková', 'Fiala|Fialová',
         'Sedláček|Sedláčková', 'Havlík|Havlíková', 'Vondráček|Vondráčková'],
    streets=['Jeřabinová', 'Pampelišková', 'Bezinková', 'Šeříková', 'Vřesová', 'Kaštanová', 'Hlohová', 'Trnková'],
    towns=[('Jihlava', '586 01'), ('Kolín', '280 02'), ('Třebíč', '674 01'), ('Prostějov', '796 01'),
           ('Písek', '397 01'), ('Vsetín', '755 01')],
    lab=dict(name='Jméno a příjmení', dob='Datum narození', addr='Adresa trvalého pobytu', phone='Telefon',
             email='E-mail'),
    ask='Můžeš to zkontrolovat, než to odešlu?')
L['bg-BG'] = dict(region='BG', country='Bulgaria', order='gf',
    gm=['Асен', 'Здравко', 'Светослав', 'Любомир', 'Пламен', 'Цветан', 'Огнян', 'Веселин'],
    gf=['Цветелина', 'Радка', 'Донка', 'Светла', 'Боряна', 'Гергана', 'Златка', 'Тодорка'],
    fam=['Стоянов|Стоянова', 'Цонев|Цонева', 'Кирилов|Кирилова', 'Дончев|Дончева', 'Ганчев|Ганчева',
         'Манолов|Манолова', 'Пенчев|Пенчева', 'Костадинов|Костадинова', 'Вълчев|Вълчева', 'Гълъбов|Гълъбова'],
    streets=['Божур', 'Жеравна', 'Теменуга', 'Люляк', 'Чинар', 'Синчец', 'Здравец', 'Кокиче'],
    towns=[('Габрово', '5300'), ('Сливен', '8800'), ('Ловеч', '5500'), ('Кърджали', '6600'), ('Видин', '3700'),
           ('Добрич', '9300')],
    lab=dict(name='Име и фамилия', dob='Дата на раждане', addr='Постоянен адрес', phone='Телефон',
             email='Имейл'),
    ask='Можеш ли да провериш това преди да го подам?')
L['tr-TR'] = dict(region='TR', country='Turkey', order='gf',
    gm=['Necmettin', 'Abdurrahman', 'Oğuzhan', 'Muammer', 'Şükrü', 'Tevfik', 'Nurettin', 'Sadettin'],
    gf=['Gülizar', 'Nurcan', 'Saadet', 'Feride', 'Şükran', 'Nazmiye', 'Hacer', 'Gönül'],
    fam=['Karabulut', 'Çelikkaya', 'Yılmazer', 'Kocabaş', 'Akbulut', 'Öztürkmen', 'Bayraktaroğlu', 'Gündoğdu',
         'Tekinalp', 'Sarıkaya', 'Eryılmaz', 'Karaosmanoğlu'],
    streets=['Menekşe', 'Ihlamur', 'Karanfil', 'Leylak', 'Çınaraltı', 'Yasemin', 'Begonya', 'Nergis'],
    towns=[('Isparta', '32100'), ('Tokat', '60100'), ('Bolu', '14100'), ('Kütahya', '43100'), ('Çorum', '19100'),
           ('Aksaray', '68100')],
    lab=dict(name='Adı Soyadı', dob='Doğum tarihi', addr='Adres', phone='Telefon', email='E-posta'),
    ask='Göndermeden önce şuna bir bakar mısın?')
L['el-GR'] = dict(region='GR', country='Greece', order='gf',
    gm=['Σπυρίδων', 'Χαράλαμπος', 'Ευάγγελος', 'Αθανάσιος', 'Στυλιανός', 'Ηλίας', 'Παντελής', 'Θεμιστοκλής'],
    gf=['Παρασκευή', 'Σταματία', 'Ευανθία', 'Χρυσούλα', 'Αγλαΐα', 'Ξανθίππη', 'Φωτεινή', 'Καλλιόπη'],
    fam=['Καραγιάννης|Καραγιάννη', 'Μαυρίδης|Μαυρίδου', 'Τσακίρης|Τσακίρη', 'Ζαχαρίου|Ζαχαρίου',
         'Λαμπράκης|Λαμπράκη', 'Κωνσταντινίδης|Κωνσταντινίδου', 'Σταυρόπουλος|Σταυροπούλου',
         'Χατζηδάκης|Χατζηδάκη', 'Μπακάλης|Μπακάλη', 'Γκίκας|Γκίκα'],
    streets=['Μυρτιάς', 'Ανεμώνης', 'Κυκλάμινου', 'Βυσσινιάς', 'Λεμονιάς', 'Πλατάνου', 'Δάφνης', 'Ροδακινιάς'],
    towns=[('Λάρισα', '412 22'), ('Κοζάνη', '501 00'), ('Τρίκαλα', '421 00'), ('Χαλκίδα', '341 00'),
           ('Καλαμάτα', '241 00'), ('Ξάνθη', '671 00')],
    lab=dict(name='Ονοματεπώνυμο', dob='Ημερομηνία γέννησης', addr='Διεύθυνση κατοικίας', phone='Τηλέφωνο',
             email='Email'),
    ask='Μπορείς να το ελέγξεις πριν το στείλω;')
L['uk-UA'] = dict(region='UA', country='Ukraine', order='gf',
    gm=['Остап', 'Тарас', 'Мирослав', 'Ярослав', 'Зиновій', 'Орест', 'Любомир', 'Северин'],
    gf=['Оксана', 'Соломія', 'Ярина', 'Мирослава', 'Христина', 'Богдана', 'Ганна', 'Уляна'],
    fam=['Шевчук', 'Ковальчук', 'Бондаренко', 'Ткаченко', 'Мельничук', 'Гнатюк', 'Дмитренко', 'Савчук',
         'Литвиненко', 'Остапчук', 'Гаврилюк', 'Кузьмишин'],
    streets=['Калинова', 'Вишнева', 'Соборна', 'Ясенева', 'Барвінкова', 'Ліскова', 'Чорнобривців', 'Гайова'],
    towns=[('Вінниця', '21000'), ('Житомир', '10001'), ('Рівне', '33000'), ('Полтава', '36000'),
           ('Черкаси', '18000'), ('Ужгород', '88000')],
    lab=dict(name='ПІБ', dob='Дата народження', addr='Адреса проживання', phone='Телефон', email='Ел. пошта'),
    ask='Перевір, будь ласка, перед тим як я подам.')
L['hi-IN'] = dict(region='IN', country='India', order='gf',
    gm=['अनिरुद्ध', 'प्रभाकर', 'हरिओम', 'योगेश', 'शिवनारायण', 'रामभरोसे', 'जगदीश', 'कमलकांत'],
    gf=['सावित्री', 'कमलेश्वरी', 'मंजुला', 'गायत्री', 'पुष्पलता', 'रेवती', 'शकुंतला', 'उर्मिला'],
    fam=['त्रिपाठी', 'चतुर्वेदी', 'श्रीवास्तव', 'अग्निहोत्री', 'बाजपेयी', 'दीक्षित', 'पाण्डेय', 'उपाध्याय', 'द्विवेदी',
         'रस्तोगी', 'कुशवाहा', 'भार्गव'],
    streets=['गुलमोहर', 'अशोक विहार', 'कदम्ब', 'पारिजात', 'चमेली', 'अमलतास', 'मौलश्री', 'कचनार'],
    towns=[('कानपुर', '208002'), ('प्रयागराज', '211001'), ('गोरखपुर', '273001'), ('झाँसी', '284001'),
           ('बरेली', '243001'), ('अलीगढ़', '202001')],
    lab=dict(name='नाम', dob='जन्म तिथि', addr='पता', phone='मोबाइल', email='ईमेल'),
    ask='कृपया जमा करने से पहले इसे जाँच लें।')
L['zh-CN'] = dict(region='CN', country='China', order='fg',
    gm=['振邦', '国栋', '立新', '建勋', '德明', '永福', '鸿飞', '启航', '景润', '炳坤', '树森', '卫东'],
    gf=['秀兰', '丽娟', '雪梅', '婉婷', '淑芬', '玉珍', '慧敏', '若曦', '佩玲', '桂英', '翠萍', '凤霞'],
    fam=['邝', '甄', '钮', '聂', '覃', '阎', '蒯', '詹', '岑', '鲍', '滕', '欧阳', '上官'],
    streets=['梧桐', '银杏', '丁香', '海棠', '紫藤', '青檀', '芙蓉', '合欢'],
    towns=[('洛阳市', '471000'), ('绵阳市', '621000'), ('赣州市', '341000'), ('柳州市', '545000'), ('宜昌市', '443000'),
           ('潍坊市', '261000')],
    lab=dict(name='姓名', dob='出生日期', addr='住址', phone='手机', email='电子邮箱'),
    ask='提交之前请帮我检查一下。')
L['ja-JP'] = dict(region='JP', country='Japan', order='fg',
    gm=['孝之', '昌平', '敏行', '篤志', '慎吾', '康弘', '晴彦', '善治', '信吾', '辰夫'],
    gf=['佳代子', '喜美子', '芙美', '澄江', '多恵', '真澄', '智恵子', '富士子', '八重', '千鶴'],
    fam=['須藤', '檜山', '大豆生田', '鶴見', '四十物', '百目鬼', '東海林', '小比類巻', '勅使河原', '五百旗頭', '辻本',
         '御手洗'],
    streets=['桜台', '若葉', '緑ケ丘', '富士見', '旭町', '栄町', '寿町', '柳町'],
    towns=[('栃木県宇都宮市', '320-0806'), ('福島県郡山市', '963-8001'), ('岐阜県大垣市', '503-0887'),
           ('鳥取県米子市', '683-0067'), ('愛媛県今治市', '794-0028'), ('秋田県横手市', '013-0021')],
    lab=dict(name='氏名', dob='生年月日', addr='住所', phone='電話番号', email='メールアドレス'),
    ask='提出する前に確認してもらえますか。')
L['ko-KR'] = dict(region='KR', country='South Korea', order='fg',
    gm=['상훈', '재석', '기태', '용수', '병철', '태영', '만식', '종배', '길수'],
    gf=['미숙', '순자', '은정', '말순', '옥자', '정숙', '복희', '점례', '금자'],
    fam=['봉', '탁', '변', '편', '옥', '추', '제갈', '선우', '남궁', '빈', '육', '황보'],
    streets=['은행나무', '느티', '매화', '진달래', '솔빛', '백합', '단풍', '목련'],
    towns=[('청주시', '28501', '충청북도'), ('익산시', '54583', '전라북도'), ('구미시', '39281', '경상북도'),
           ('원주시', '26411', '강원도'), ('진주시', '52722', '경상남도'), ('순천시', '57922', '전라남도'),
           ('공주시', '32540', '충청남도'), ('논산시', '32987', '충청남도'), ('김천시', '39585', '경상북도'),
           ('영주시', '36133', '경상북도'), ('정읍시', '56164', '전라북도'), ('남원시', '55734', '전라북도'),
           ('서산시', '31960', '충청남도'), ('제천시', '27136', '충청북도'), ('삼척시', '25914', '강원도'),
           ('밀양시', '50432', '경상남도'), ('나주시', '58248', '전라남도')],
    lab=dict(name='성명', dob='생년월일', addr='주소', phone='연락처', email='이메일'),
    ask='제출하기 전에 확인 좀 해 주세요.')
L['he-IL'] = dict(region='IL', country='Israel', order='gf',
    gm=['אליעזר', 'שמעון', 'יהושע', 'עזרא', 'נחמיה', 'בועז', 'צבי', 'מרדכי'],
    gf=['רבקה', 'שושנה', 'נחמה', 'אביגיל', 'צביה', 'יוכבד', 'זהבה', 'חנה'],
    fam=['אברמוביץ', 'שפירא', 'רוזנטל', 'ביטון', 'אוחיון', 'אזולאי', 'מזרחי', 'חדד', 'אלמוג', 'טננבאום',
         'שטרנברג', 'בן־חמו'],
    streets=['הרימון', 'הזית', 'התאנה', 'הדקל', 'הכלנית', 'הנרקיס', 'האלה', 'השקד'],
    towns=[('באר שבע', '8410001'), ('חדרה', '3810001'), ('עפולה', '1810001'), ('נתניה', '4210001'),
           ('קריית שמונה', '1100001'), ('רחובות', '7610001')],
    lab=dict(name='שם מלא', dob='תאריך לידה', addr='כתובת', phone='טלפון', email='דוא״ל'),
    ask='תוכל לבדוק את זה לפני שאני שולח?')
L['th-TH'] = dict(region='TH', country='Thailand', order='gf',
    gm=['ธีรวัฒน์', 'ประเสริฐ', 'วีระพงษ์', 'อนุชา', 'ศักดิ์ชัย', 'บุญเลิศ', 'ชาตรี', 'สมบัติ'],
    gf=['บุษบา', 'สุนันทา', 'วิไลวรรณ', 'ปราณี', 'รัชนี', 'จันทร์เพ็ญ', 'อรุณี', 'ลำดวน'],
    fam=['ศรีสุข', 'แก้วประเสริฐ', 'บุญมา', 'ทองดี', 'วงศ์สวัสดิ์', 'สุขเจริญ', 'พรหมวงศ์', 'จันทร์หอม',
         'รัตนพันธ์', 'เพชรรัตน์', 'อินทรวงศ์', 'ศรีวิไล'],
    streets=['มิตรภาพ', 'ราษฎร์อุทิศ', 'ประชาร่วมใจ', 'สุขสวัสดิ์', 'เทศบาลสาย', 'โพธิ์ทอง', 'ทุ่งสว่าง', 'หนองบัว'],
    towns=[('อุดรธานี', '41000'), ('ขอนแก่น', '40000'), ('นครสวรรค์', '60000'), ('ลำปาง', '52000'),
           ('สุราษฎร์ธานี', '84000'), ('อุบลราชธานี', '34000')],
    lab=dict(name='ชื่อ-นามสกุล', dob='วันเกิด', addr='ที่อยู่', phone='โทรศัพท์', email='อีเมล'),
    ask='ช่วยตรวจสอบก่อนส่งให้หน่อยได้ไหม')
L['ar-EG'] = dict(region='EG', country='Egypt', order='gf',
    gm=['محمود', 'شريف', 'حسام', 'عادل', 'مجدي', 'رضا', 'سامح', 'عصام'],
    gf=['نادية', 'سهام', 'هويدا', 'عفاف', 'منى', 'زينب', 'سوسن', 'إجلال'],
    fam=['الشناوي', 'المنياوي', 'الجمال', 'الدسوقي', 'البحيري', 'الفقي', 'عكاشة', 'الحسيني', 'شلبي', 'الطوخي',
         'الزيات', 'المرصفاوي'],
    streets=['الجلاء', 'النخيل', 'الترعة البولاقية', 'السلام', 'الجمهورية', 'الثورة', 'الزهور', 'المحطة'],
    towns=[('طنطا', 'الغربية'), ('المنصورة', 'الدقهلية'), ('أسيوط', 'أسيوط'), ('الزقازيق', 'الشرقية'),
           ('بنها', 'القليوبية'), ('سوهاج', 'سوهاج')],
    lab=dict(name='الاسم', dob='تاريخ الميلاد', addr='العنوان', phone='الهاتف', email='البريد الإلكتروني'),
    ask='ممكن تراجع ده قبل ما أقدّمه؟')

# more candidates per pool (the overlap cut below keeps only those not used by other generators)
EXTRA = {
'en-US': dict(
 towns2=[('Keokuk', 'IA 52632'), ('Nacogdoches', 'TX 75961'), ('Wapakoneta', 'OH 45895'), ('Tahlequah', 'OK 74464'), ('Natchitoches', 'LA 71457'), ('Oskaloosa', 'IA 52577'), ('Sedalia', 'MO 65301'), ('Pocatello', 'ID 83201')],

 gm=['Alonzo','Clement','Lucius','Ambrose','Cletus','Elmer','Horace','Jethro','Virgil','Wendell','Ulysses','Obadiah','Merle','Lyle','Royce','Sherwood','Thurston','Ezekiel','Amos','Boone','Cyrus','Dewitt','Ephraim','Garland','Hollis','Irving','Jasper','Lowell','Mordecai','Otis','Prentice','Roscoe','Silas','Tobias','Vernon','Wiley'],
 gf=['Ardith','Bernadine','Claudette','Dorcas','Eunice','Florine','Gwendolyn','Henrietta','Imogene','Jolene','Lorena','Mavis','Nadine','Opal','Pearline','Rosetta','Sybil','Thelma','Velma','Wilhelmina','Zelda','Alberta','Beulah','Cordelia','Dovie','Earline','Fannie','Geneva','Hattie','Ione','Leora','Maxine','Ollie','Roxie','Twila'],
 fam=['Applewhite','Birdsong','Catlett','Dinwiddie','Earnhardt','Fortenberry','Gallimore','Honeycutt','Iverson','Jernigan','Kimbrough','Lankford','Mabry','Nesmith','Overstreet','Pickering','Rountree','Shumate','Tidwell','Umstead','Vinson','Whitlock','Yarbrough','Zimmerly','Blankenship','Cavender','Dunaway','Easterling','Flanagan','Grissom','Hembree','Kincaid','Lockhart','Munday','Ogletree','Puckett','Ratliff','Swearingen','Tolliver','Weatherford'],
 streets=['Chinquapin','Sweetgum','Hackberry','Bluebonnet','Paw Paw','Redbud','Dogwood Hollow','Catalpa','Sourwood','Osage','Chokecherry','Bittersweet','Pecan Grove','Boxelder','Tupelo','Wintergreen']),
'en-GB': dict(
 gm=['Barnaby','Cadfael','Dafydd','Eifion','Fenwick','Gareth','Huw','Iolo','Jago','Kenver','Llewellyn','Meirion','Ninian','Osian','Peredur','Ruaridh','Sorley','Tristram','Urien','Wynford','Aneirin','Bryn','Caradog','Dewi','Emrys','Geraint','Idris','Lorcan','Murdo','Struan','Teilo'],
 gf=['Angharad','Blodwen','Carys','Delyth','Eirlys','Gwenllian','Heulwen','Iona','Lowri','Mairead','Nia','Olwen','Seren','Tanwen','Wenna','Bethan','Cerys','Dilys','Eluned','Gwawr','Hafwen','Llinos','Morag','Sioned','Ailsa','Kirsty','Lorna','Catriona','Euphemia','Jessamy'],
 fam=['Ainscough','Bottomley','Cheetham','Duckworth','Eccleston','Fothergill','Greenhalgh','Haworth','Illingworth','Jowett','Kershaw','Longbottom','Mottershead','Nuttall','Ormerod','Pickersgill','Rawsthorne','Sowerbutts','Tattersall','Uttley','Wadsworth','Yeadon','Butterworth','Crabtree','Dewhurst','Earnshaw','Hargreaves','Openshaw','Sutcliffe','Whitworth']),
'de-DE': dict(
 gm=['Ansgar','Bodo','Dietmar','Eckhard','Folkert','Gernot','Hartmut','Ingolf','Jörn','Kai-Uwe','Lothar','Meinhard','Nils-Ole','Olaf','Reemt','Sebald','Tammo','Udo','Volkmar','Wigand','Arnulf','Bernd','Dirk','Ekkehard','Fokko','Gottfried','Helge','Ingo','Knut','Lübbo','Mathis','Onno','Rüdiger','Sievert','Tjark','Uwe'],
 gf=['Anneliese','Birte','Dörte','Edeltraud','Friederike','Gisela','Hannelore','Inken','Jutta','Karin','Liesel','Meike','Nele','Ottilie','Rosemarie','Sabine','Thekla','Ute','Veronika','Waltraut','Adelgunde','Brunhilde','Doris','Elke','Gerlinde','Heike','Ilse','Kerstin','Lieselotte','Margarethe','Rieke','Silke','Tomke','Uta'],
 fam=['Abeling','Bruns','Dieckmann','Eilers','Fiedler','Gramberg','Harms','Iggena','Janssen','Kloppenburg','Lüders','Meiners','Nordhoff','Ohlrogge','Poppinga','Rademacher','Schoon','Thielking','Uphoff','Vosskamp','Warnecke','Ahlers','Bollmann','Detmers','Eickhoff','Frerichs','Gröneweg','Hemken','Jürgens','Kathmann','Lammers','Menke','Niemeyer','Osterloh','Plaggenborg','Rieken','Stührenberg','Tapken','Ubbelohde','Wübbenhorst'],
 streets=['Flieder','Wiesel','Distel','Lerchen','Haselnuss','Kornblumen','Ginster','Sanddorn','Eberesche','Heidelbeer','Weiden','Storchen','Schwalben','Reiher','Moorbirken','Pappel']),
'de-AT': dict(
 fam2=['Aigner', 'Buchegger', 'Danninger', 'Eibl', 'Fellner', 'Grabmayr', 'Hinterleitner', 'Innerhofer', 'Kienberger', 'Lindorfer', 'Mitterbauer', 'Nußbaumer', 'Oberhumer', 'Pöttinger', 'Riegler', 'Schachinger', 'Tiefenbacher', 'Unterberger', 'Waldhör'],
gm=['Alois','Benedikt','Florian','Gottlieb','Ignaz','Johann-Georg','Korbinian','Lambert','Matthäus','Nepomuk','Pankraz','Quirin','Rupert','Sebastian','Thaddäus','Wolfram','Zenzl'],
 gf=['Aloisia','Burgi','Cäcilia','Dorothea','Emerenz','Franziska','Genoveva','Hildegard','Ida','Josefa','Kreszenz','Maria-Theresia','Petronella','Rosina','Theresia','Ulrike','Walburga','Zita']),
'fr-FR': dict(
 fam2=['Abgrall', 'Bescond', 'Caradec', 'Derrien', 'Gourmelen', 'Hascoët', 'Jaouen', 'Kerleroux', 'Le Gall', 'Morvan', 'Nédélec', 'Ollivier', 'Pennec', 'Riou', 'Salaün', 'Tanguy', 'Uguen'],

 gm=['Achille','Barthélemy','Célestin','Désiré','Eudes','Fulbert','Ghislain','Hippolyte','Isidore','Joachim','Léonce','Marcellin','Narcisse','Odilon','Prosper','Rodolphe','Sosthène','Tanguy','Urbain','Valéry','Yvon','Anselme','Benoît','Cyprien','Donatien','Evrard','Florentin','Gatien','Hervé','Ivan','Jocelyn','Loïc','Maël','Nestor','Octave','Pacôme','Ronan','Sulpice','Thibaud'],
 gf=['Adélaïde','Bernadette','Capucine','Domitille','Eugénie','Félicité','Geneviève','Hortense','Ida','Joséphine','Léontine','Mathilde','Nolwenn','Odile','Philomène','Rolande','Sidonie','Thérèse','Urielle','Victorine','Yvonne','Angèle','Blandine','Cunégonde','Edwige','Fantine','Gisèle','Huguette','Irène','Jacqueline','Lucienne','Madeleine','Noëlle','Paulette','Renée','Solange','Yolande'],
 streets=['des Églantiers','des Bleuets','des Pervenches','des Noisetiers','du Vieux Moulin','des Ajoncs','des Myosotis','des Hortensias','de la Fontaine Rouge','des Sorbiers','des Genêts','du Colombier']),
'es-ES': dict(
 gm=['Abundio','Bonifacio','Crisanto','Demetrio','Eladio','Florencio','Gervasio','Hilario','Isidoro','Jacinto','Laureano','Macario','Nemesio','Onofre','Pascual','Quirico','Restituto','Saturnino','Teodosio','Urbano','Venancio','Zacarías','Aniceto','Benigno','Celedonio','Dionisio','Epifanio','Feliciano','Gregorio','Honorio','Inocencio','Leoncio','Marcelino','Norberto','Olegario','Primitivo','Rosendo','Silvestre','Tiburcio'],
 gf=['Adoración','Bienvenida','Candelaria','Dolores','Encarnación','Fuensanta','Gumersinda','Herminia','Inmaculada','Jacinta','Leocadia','Macarena','Nieves','Obdulia','Purificación','Rosalía','Socorro','Trinidad','Úrsula','Vicenta','Zoraida','Amparo','Brígida','Casilda','Digna','Esperanza','Felisa','Genoveva','Hortensia','Irene','Josefa','Luciana','Montserrat','Nuria','Pilar','Rufina','Sagrario','Tomasa'],
 fam=['Aguirrezabala','Beristain','Cenarruzabeitia','Duñabeitia','Elorriaga','Goikoetxea','Iturralde','Landaluce','Mendizábal','Olaizola','Sarasola','Txurruka','Zuloaga','Alberdi','Bengoetxea','Eguiluz','Larrañaga','Ormaetxea'],
 streets=['del Membrillo','de las Eras','del Cierzo','de la Higuera','del Espliego','de la Retama','del Tomillo','de las Cigüeñas','de la Jara','del Alcornoque','de los Olmos','de la Solana']),
'es-MX': dict(
 gm=['Apolinar','Baldomero','Cenobio','Delfino','Eulogio','Filiberto','Genaro','Hermenegildo','Isauro','Jovito','Leobardo','Maclovio','Nabor','Onésimo','Pánfilo','Rosalío','Sotero','Tranquilino','Urbano','Wenceslao','Ausencio','Bardomiano','Cástulo','Crescencio','Doroteo','Efrén','Fidencio','Gumaro','Higinio','Ismael'],
 gf=['Amalia','Bertha','Cleotilde','Dominga','Elvira','Florentina','Gumersinda','Herlinda','Irma','Josefina','Leticia','Macrina','Natividad','Ofelia','Petra','Reveriana','Sabina','Teófila','Urbana','Virginia','Yolanda','Zenaida','Aurelia','Belén','Catalina','Eufrosina','Filomena','Hermelinda','Lucila','Marcelina'],
 fam=['Tlacaelel','Cuautle','Huerta','Ixtlahuac','Mixcoatl','Nezahual','Popoca','Quetzal','Temoltzin','Xochihua','Zacapa','Achcauhtli','Coyotzin','Ehecatl','Itzcoatl','Mazahua','Tecuanhuey','Tepole','Cuaxiloa','Xolalpa'],
 streets=['Amate','Capulín','Colorín','Guamúchil','Huanacaxtle','Palo Dulce','Tepozán','Tejocote','Zapote Negro','Guayabo','Mamey','Tabachín'],
 towns=[('Tulancingo','43600'),('Apizaco','90300'),('Zamora de Hidalgo','59600'),('Río Verde','79610'),('Tuxpan','92800'),('Huejutla','43000')]),
'it-IT': dict(
 fam2=['Abbondanza', 'Bonfiglio', 'Canciani', 'Dell’Orto', 'Ferrazzano', 'Ghezzi', 'Iacobelli', 'Locatelli', 'Mastrangelo', 'Nardelli', 'Occhipinti', 'Pellizzari', 'Quagliarella', 'Rinaldini', 'Santarsiero', 'Tomasoni', 'Vitiello', 'Zampieri'],

 gm=['Alvise','Bonaventura','Calogero','Donato','Egidio','Fortunato','Gerardo','Ilario','Lamberto','Mariano','Nazzareno','Oreste','Primo','Raffaele','Saverio','Teodoro','Ubaldo','Venanzio','Zeno','Agostino','Bartolomeo','Cosimo','Domenico','Erminio','Fiorenzo','Gioacchino','Innocenzo','Leopoldo','Marzio','Nunzio','Osvaldo','Pasquale','Rocco','Sabatino','Tullio'],
 gf=['Addolorata','Brunilde','Concetta','Domenica','Elvira','Fortunata','Gemma','Immacolata','Liboria','Marcella','Nunziata','Ornella','Pasqualina','Rosalba','Santina','Tecla','Ursula','Veneranda','Zaira','Agata','Benvenuta','Carmela','Donatella','Erminia','Flavia','Graziella','Letizia','Mafalda','Nicoletta','Orsola','Pierina','Rachele','Serafina','Teresina'],
 streets=['dei Tigli','delle Ortensie','del Melograno','dei Carpini','della Madonnina','dei Gelsi','delle Acacie','del Frantoio','dei Mandorli','della Cisterna','delle Rondini','del Mulino Vecchio']),
'nl-NL': dict(
 gm=['Ane','Bauke','Cornelis','Dirk-Jan','Egbert','Folkert','Gerrit','Haije','Iede','Jouke','Klaas','Lolke','Meindert','Nanne','Oebele','Pieter-Jan','Reinder','Sietse','Tjeerd','Ubbo','Wybren','Ysbrand','Albertus','Berend','Dedde','Evert','Fokke','Gosse','Harmen','Jacobus','Kees','Lammert','Marten','Otte','Pyter','Rintje','Sybren','Tiemen','Wessel'],
 gf=['Anke','Baukje','Corrie','Dieuwke','Elske','Froukje','Grietje','Hiltje','Ineke','Jantje','Klaasje','Lieske','Marrigje','Neeltje','Okje','Pietje','Riemke','Sjoukje','Trijntje','Uilkje','Willemijn','Yfke','Antje','Berendina','Dineke','Eelkje','Fenna','Gerda','Hennie','Janke','Lutske','Minke','Nynke','Reinske','Sietske','Trees','Wilma'],
 fam=['Adema','Bijlsma','Cuperus','Dijkstra','Elzinga','Faber','Geertsma','Haitsma','Idema','Jorritsma','Kingma','Lautenbach','Miedema','Nauta','Oosterbaan','Postma','Rienstra','Sikkema','Tolsma','Visser','Westra','Ykema','Akkerman','Boersma','Dotinga','Feenstra','Galema','Hiemstra','Jellema','Keizer','Leistra','Mulder','Offringa','Plantinga','Reitsma','Steenstra','Tuinstra','Wassenaar'],
 streets=['Grutto','Tureluur','Lepelaar','Fuut','Koekoeks','Zwaluw','Merel','Boterbloem','Klaproos','Vlinder','Korenbloem','Berken']),
'pl-PL': dict(
 gm=['Bogusław','Czesław','Dionizy','Edmund','Florian','Gerwazy','Hieronim','Ignacy','Jacenty','Kazimierz','Leszek','Marian','Narcyz','Onufry','Protazy','Remigiusz','Stanisław','Tadeusz','Wacław','Zbigniew','Zenon','Alojzy','Bolesław','Cyprian','Dominik','Eugeniusz','Feliks','Henryk','Jerzy','Lucjan','Mirosław','Norbert','Roman','Sylwester','Witold'],
 gf=['Aniela','Bronisława','Celina','Danuta','Eugenia','Felicja','Gabriela','Honorata','Irena','Józefa','Kazimiera','Leokadia','Marianna','Natalia','Otylia','Pelagia','Regina','Stanisława','Teresa','Urszula','Weronika','Zofia','Agnieszka','Barbara','Czesława','Dorota','Elżbieta','Franciszka','Helena','Jolanta','Krystyna','Lucyna','Marzena','Renata','Sabina','Wiesława'],
 fam=['Adamiak','Borowiak','Cieślak','Domagała','Frąckowiak','Gołąb','Hajduk','Janiak','Kowalczyk','Leśniak','Mazurek','Nowak','Olejniczak','Pawlak','Rogala','Sikora','Tomczak','Urbaniak','Wojtczak','Zając','Andrzejak','Banaś','Chojnacki|Chojnacka','Dudek','Fijałkowski|Fijałkowska','Gawron','Jaskuła','Kurek','Lis','Marczak','Nawrot','Owczarek','Piątek','Sowa','Wilk'],
 streets=['Malinowa','Porzeczkowa','Agrestowa','Akacjowa','Bukowa','Cisowa','Grabowa','Jaśminowa','Leszczynowa','Modrzewiowa','Różana','Sosnowa']),
'pt-BR': dict(
 towns2=[('Campina Grande', '58400-000', 'PB'), ('Feira de Santana', '44001-000', 'BA'), ('Vitória da Conquista', '45000-000', 'BA'), ('Patos', '58700-000', 'PB'), ('Caxias', '65600-000', 'MA'), ('Santarém', '68005-000', 'PA'), ('Iguatu', '63500-000', 'CE')],

 gm=['Aderbal','Belarmino','Cícero','Deusdedit','Epaminondas','Florisvaldo','Gumercindo','Hermógenes','Irineu','Jucelino','Laurindo','Manoel','Natanael','Odorico','Pedro Paulo','Raimundo','Sebastião','Teotônio','Ubaldo','Venâncio','Zacarias','Agenor','Benedito','Cosme','Damião','Expedito','Francisco de Assis','Gerôncio','Honório','Inácio','Joaquim','Lourival','Moacir','Nivaldo','Osvaldo','Petrônio','Rivaldo','Severino','Tertuliano'],
 gf=['Alzira','Benedita','Conceição','Dalva','Edite','Fátima','Genilda','Hilda','Ivonete','Jandira','Lindalva','Maria das Dores','Neide','Odete','Penha','Quitéria','Rosilda','Sebastiana','Terezinha','Ubiraci','Valdete','Zuleide','Aparecida','Benvinda','Cleonice','Dorotéia','Eunice','Francinete','Gilvanete','Herondina','Ilza','Joselita','Lucineide','Marlene','Nazaré','Rosimeire'],
 fam=['Araújo','Barreto','Coutinho','Dantas','Esteves','Falcão','Guimarães','Holanda','Leitão','Macedo','Neves','Pimentel','Quintela','Rocha','Soares','Tavares','Valença','Xavier','Aragão','Bandeira','Campelo','Diniz','Frota','Gondim','Jatobá','Lacerda','Maranhão','Nóbrega','Paiva','Rebouças','Sobral','Torquato','Veras'],
 streets=['das Aroeiras','dos Juazeiros','da Craibeira','dos Oitizeiros','das Palmeiras Imperiais','do Jenipapo','da Catingueira','dos Angicos','das Quaresmeiras','do Pau-Brasil','da Mangueira Velha','dos Coqueiros'],
 towns=[('Garanhuns','55290-000','PE'),('Sobral','62010-000','CE'),('Petrolina','56300-000','PE'),('Imperatriz','65900-000','MA'),('Arapiraca','57300-000','AL'),('Crato','63100-000','CE')]),
'sv-SE': dict(
 gm=['Arvid','Birger','Conny','Dag','Einar','Fritiof','Gottfrid','Halvar','Ingemar','Jarl','Kjell','Leif','Manfred','Nils-Erik','Osvald','Rune','Sture','Tage','Ture','Uno','Valdemar','Yngve','Åke','Anders-Petter','Bertil','Curt','Dan','Egon','Filip','Gunnar','Hjalmar','Ivar','Josef','Knut','Lennart','Mats','Olle','Per-Olof','Ragnvald','Sven-Åke'],
 gf=['Alfhild','Berit','Dagny','Elvy','Freja','Gudrun','Hjördis','Inga-Lill','Karin','Lisbeth','Maj-Britt','Nanna','Ottilia','Ragnhild','Sigrid','Tyra','Ulla','Vivianne','Ylva-Li','Åsa','Anna-Greta','Britt-Marie','Dagmar','Ebba','Frida','Gullan','Hedvig','Inger','Jenny','Kerstin','Lena','Margit','Rut','Siv','Viola'],
 fam=['Ahlström','Bäckström','Dahlberg','Engström','Fagerlund','Grönlund','Hägglund','Isaksson','Jonasson','Kjellberg','Lindahl','Malmqvist','Norberg','Palmqvist','Rosenqvist','Strandberg','Törnqvist','Vikström','Westerlund','Ågren','Almqvist','Boström','Dahlgren','Edström','Fransson','Granlund','Hellström','Hjelm','Jäderberg','Kvist','Lövgren','Mörk','Nordlund','Pålsson','Rask','Stenmark','Tjernberg','Wikström'],
 towns=[('Örnsköldsvik','891 33'),('Ljusdal','827 30'),('Söderhamn','826 30'),('Härnösand','871 31'),('Vimmerby','598 30'),('Kiruna','981 31'),('Mora','792 30')]),
'fi-FI': dict(
 gm=['Aarne','Eino','Heikki','Ilmari','Jussi','Kalevi','Lauri','Martti','Niilo','Olavi','Paavo','Reijo','Seppo','Taisto','Uuno','Väinö','Aatos','Esko','Hannu','Into','Kauko','Leevi','Mauno','Oiva','Pertti','Risto','Sulo','Toivo','Urho','Viljo'],
 gf=['Aili','Eeva','Helka','Inkeri','Kaarina','Lempi','Maire','Nelli','Oili','Raili','Saimi','Taimi','Ulla','Vieno','Anelma','Elli','Hilkka','Impi','Kyllikki','Lyyli','Meeri','Neea','Ritva','Senni','Tyyne','Valma','Aune','Eila','Helmi','Irja'],
 fam=['Ahonen','Eskelinen','Hakkarainen','Ikonen','Jääskeläinen','Kauppinen','Lehtonen','Mäkelä','Nurmi','Oksanen','Partanen','Räsänen','Suominen','Tikkanen','Uusitalo','Vesterinen','Airaksinen','Hiltunen','Immonen','Jokela','Karjalainen','Leinonen','Mustonen','Niskanen','Piirainen','Rissanen','Savolainen','Toivonen','Väänänen','Ylönen'],
 towns=[('Iisalmi','74100'),('Varkaus','78200'),('Kemi','94100'),('Raahe','92100'),('Forssa','30100'),('Loimaa','32200'),('Nurmes','75500'),('Kuusamo','93600')]),
'cs-CZ': dict(
 gm=['Bedřich','Čestmír','Dalibor','Evžen','Ferdinand','Hynek','Ivo','Jindřich','Kamil','Ladislav','Miroslav','Norbert','Otakar','Rostislav','Svatopluk','Vítězslav','Vojtěch','Zbyněk','Bořivoj','Ctirad','Drahomír','Jiří','Květoslav','Luboš','Miloš','Oldřich','Radomír','Stanislav','Vladimír'],
 gf=['Alžběta','Bohumila','Čestmíra','Dagmar','Eliška','Hedvika','Irena','Jiřina','Květa','Lenka','Milada','Naděžda','Olga','Růžena','Stanislava','Taťána','Věra','Zdislava','Anežka','Běla','Drahomíra','Emilie','Helena','Ivana','Kamila','Libuše','Marie','Nikola','Pavla','Soňa'],
 fam=['Bartoš|Bartošová','Čermák|Čermáková','Doležal|Doležalová','Hájek|Hájková','Janda|Jandová','Kadlec|Kadlecová','Konečný|Konečná','Lukáš|Lukášová','Mach|Machová','Navrátil|Navrátilová','Pešek|Pešková','Říha|Říhová','Skála|Skálová','Tichý|Tichá','Urban|Urbanová','Vacek|Vacková','Zavadil|Zavadilová','Brabec|Brabcová','Cibulka|Cibulková','Dušek|Dušková','Hrubý|Hrubá','Jelínek|Jelínková','Kopecký|Kopecká','Matoušek|Matoušková','Novotný|Novotná','Polák|Poláková','Šťastný|Šťastná','Vlček|Vlčková'],
 streets=['Lipová','Habrová','Javorová','Modřínová','Ořechová','Třešňová','Vrbová','Zahradní','Bukvová','Slunečnicová'],
 towns=[('Hodonín','695 01'),('Chrudim','537 01'),('Klatovy','339 01'),('Kroměříž','767 01'),('Náchod','547 01'),('Žďár nad Sázavou','591 01'),('Rakovník','269 01')]),
'bg-BG': dict(gm=['Ангел','Благой','Васил','Гочо','Деян','Живко','Илия','Калоян','Ламбо','Младен','Никифор','Орлин','Румен','Стефан','Тихомир','Христо'],
 gf=['Анелия','Бисера','Виолета','Гинка','Деспина','Елка','Жечка','Иглика','Калина','Латинка','Милка','Невена','Румяна','Стоянка','Теодора'],
 fam=['Ангелов|Ангелова','Благоев|Благоева','Георгиев|Георгиева','Желязков|Желязкова','Илиев|Илиева','Колев|Колева','Личев|Личева','Михайлов|Михайлова','Найденов|Найденова','Попов|Попова','Русев|Русева','Славов|Славова','Трифонов|Трифонова','Христов|Христова']),
'tr-TR': dict(
 streets2=['Gelincik', 'Hanımeli', 'Kasımpatı', 'Mimoza', 'Nilüfer', 'Ortanca', 'Sardunya', 'Şebboy', 'Zerdali', 'Kayısı', 'Dut', 'İğde', 'Kestane', 'Söğüt'],
gm=['Bekir','Celalettin','Dursun','Ekrem','Ferit','Galip','Halil İbrahim','İlhami','Kamil','Lütfi','Mahmut','Nevzat','Orhan','Recep','Selahattin','Tahsin','Ümit','Veysel','Yaşar','Zekeriya','Abdülkadir','Bayram','Cemalettin','Davut','Erol','Fahri','Haydar','İsmet','Kadir','Muzaffer'],
 gf=['Ayten','Bedriye','Cemile','Dudu','Emine','Fadime','Gülsüm','Hamiyet','İkbal','Kezban','Lütfiye','Meryem','Nebahat','Pakize','Remziye','Safiye','Şerife','Türkan','Ümmühan','Vesile','Yıldız','Zübeyde','Aynur','Behiye','Cennet','Döndü','Elif','Fatma Zehra','Hanife','Kadriye'],
 fam=['Acar','Bozkurt','Coşkun','Dağlı','Erdem','Fidan','Güneş','Hacıoğlu','Işık','Kaplan','Karakuş','Menteşe','Nalbant','Oral','Pehlivan','Sevim','Taşdemir','Uysal','Varol','Yavuz','Zengin','Akgül','Bulut','Çetinkaya','Doğru','Elmas','Gök','Kalkan','Tunç'],
 streets=['Lale','Gül','Zambak','Sümbül','Çiğdem','Papatya','Kardelen','Akasya','Ardıç','Defne','Erguvan','Ilgın']),
'el-GR': dict(gm=['Ανδρέας','Βασίλειος','Γεράσιμος','Διονύσιος','Ελευθέριος','Ζαχαρίας','Θεόδωρος','Ιάκωβος','Κυριάκος','Λεωνίδας','Μιλτιάδης','Νικηφόρος','Ξενοφών','Οδυσσέας','Περικλής','Ροδόλφος','Σωτήριος','Τιμόθεος','Φώτιος','Χρύσανθος','Αριστείδης','Γρηγόριος','Δημοσθένης','Επαμεινώνδας','Ιπποκράτης'],
 gf=['Αναστασία','Βαρβάρα','Γαρυφαλλιά','Δέσποινα','Ελπίδα','Ζωή','Θεοδώρα','Ιφιγένεια','Κυριακή','Λαμπρινή','Μαγδαληνή','Ναυσικά','Ουρανία','Πηνελόπη','Ραλλού','Σοφία','Τριανταφυλλιά','Υπατία','Φανή','Χαρίκλεια','Αρετή','Γεωργία','Δήμητρα','Ευτέρπη','Ισμήνη'],
 fam=['Αλεξίου|Αλεξίου','Βλάχος|Βλάχου','Γιαννόπουλος|Γιαννοπούλου','Δρόσος|Δρόσου','Ευαγγέλου|Ευαγγέλου','Θεοχάρης|Θεοχάρη','Ιωαννίδης|Ιωαννίδου','Κουτσούκος|Κουτσούκου','Λιάπης|Λιάπη','Μπουρνάζος|Μπουρνάζου','Νταλάκας|Νταλάκα','Ξυδάκης|Ξυδάκη','Πετρόπουλος|Πετροπούλου','Ρήγας|Ρήγα','Σπανός|Σπανού','Τζαννετάκης|Τζαννετάκη','Φραγκιαδάκης|Φραγκιαδάκη','Χριστοδούλου|Χριστοδούλου','Ψαρράς|Ψαρρά','Αθανασόπουλος|Αθανασοπούλου'],
 streets=['Αγίου Νικολάου','Ελιάς','Κερασιάς','Μηλιάς','Πεύκων','Γαρδένιας','Ορχιδέας','Τριανταφυλλιάς','Καστανιάς','Κυπαρίσσων','Ιτέας','Αμυγδαλιάς'],
 towns=[('Βέροια','591 00'),('Σέρρες','621 00'),('Άρτα','471 00'),('Πύργος','271 00'),('Λαμία','351 00'),('Δράμα','661 00'),('Κατερίνη','601 00')]),
'uk-UA': dict(
 towns2=[('Кам’янець-Подільський', '32300'), ('Чортків', '48500'), ('Калуш', '77300'), ('Бровари', '07400'), ('Кременчук', '39600'), ('Лубни', '37500'), ('Самбір', '81400')],
gm=['Андрій','Богдан','Василь','Григорій','Данило','Євген','Захар','Іван','Кирило','Левко','Микола','Назар','Олекса','Петро','Роман','Степан','Тиміш','Устим','Федір','Юліан','Ярема','Арсен','Віталій','Гнат','Дмитро','Ілля','Кузьма','Максим','Олег','Панас'],
 gf=['Антоніна','Валентина','Галина','Дарина','Євгенія','Зоряна','Іванна','Катерина','Лариса','Марта','Ніна','Олеся','Параска','Раїса','Стефанія','Тетяна','Уляна','Фросина','Юлія','Ярослава','Алла','Віра','Ганна','Домініка','Зінаїда','Ірина','Лідія','Марія','Надія','Оляна'],
 fam=['Андрійчук','Бойчук','Вовк','Гончаренко','Данильченко','Єременко','Зінченко','Іваненко','Климчук','Лозинський|Лозинська','Мазур','Назаренко','Олійник','Пилипчук','Романюк','Сидоренко','Тимошенко','Федорчук','Харченко','Юрчишин','Яковенко','Білик','Гуменюк','Довгань','Кравець','Марчук','Павлюк','Ревуцький|Ревуцька','Семенюк','Шаповал'],
 streets=['Садова','Липова','Тополина','Грушева','Жовтнева','Березова','Дубова','Кленова','Польова','Шкільна'],
 towns=[('Коломия','78200'),('Дрогобич','82100'),('Умань','20300'),('Бердичів','13300'),('Ковель','45000'),('Мукачево','89600'),('Ніжин','16600')]),
'hi-IN': dict(
 streets2=['गोविंदपुरी', 'कैलाशपुरी', 'हनुमान नगर', 'तिलक नगर', 'सुभाष नगर', 'पंचवटी', 'गीता कॉलोनी', 'सरोजिनी नगर', 'मालवीय नगर', 'कमला नगर', 'जवाहर नगर'],
gm=['ओमप्रकाश','रामस्वरूप','शिवशंकर','बृजमोहन','चंद्रभान','देवकीनंदन','गिरधारी','हरिशंकर','इंद्रजीत','जगन्नाथ','कृष्णकांत','लक्ष्मीनारायण','महावीर','नंदकिशोर','प्रेमचंद','रघुवीर','सत्यनारायण','त्रिलोकी','उमाशंकर','विश्वनाथ'],
 gf=['अन्नपूर्णा','भगवती','चंद्रकला','दुर्गावती','गंगा देवी','हेमलता','इंदुमती','जानकी','कौशल्या','लीलावती','मालती','निर्मला','पार्वती','राधिका','शारदा','तारा देवी','उषा','विमला','यशोदा','सरस्वती'],
 fam=['अवस्थी','बघेल','चौरसिया','गंगवार','जायसवाल','कनौजिया','लोधी','मौर्य','निगम','पटेल','राजपूत','सक्सेना','तोमर','यादव','वर्मा','गुप्ता','सिंह','कुमार','राठौर','सोनकर','बिंद','पाल','राजभर','निषाद'],
 streets=['नेहरू नगर','शास्त्री नगर','गांधी नगर','विकास नगर','आवास विकास','रामबाग','सिविल लाइंस','कृष्णा नगर','इंदिरा नगर','राजेंद्र नगर','आदर्श नगर','लाजपत नगर'],
 towns=[('मुरादाबाद','244001'),('फ़िरोज़ाबाद','283203'),('शाहजहाँपुर','242001'),('रामपुर','244901'),('मथुरा','281001'),('सहारनपुर','247001'),('फ़ैज़ाबाद','224001')]),
'zh-CN': dict(
 towns2=[('驻马店市', '463000'), ('六盘水市', '553000'), ('鹤壁市', '458000'), ('葫芦岛市', '125000'), ('攀枝花市', '617000'), ('丽水市', '323000')],
fam=['厍','亓','佘','禚','逯','昝','郗','冼','靳','隗','笪','缪','芮','眭','庹','揭','郜','粟','敖','冉','邬','檀','宓','骆','阮','蔺','晏','瞿','郇','淳于','诸葛','司马','尉迟','公孙'],
 streets=['枫林','槐荫','柏树','杏花','荷塘','竹园','桃源','松鹤','菊香','兰亭','榕树','玉兰'],
 gm=['德福','宝山','金生','永强','春生','长林','兴旺','锦荣','宏伟','志远'], gf=['春兰','秋菊','冬梅','月娥','素琴','金凤','彩霞','美玲','巧云','银花']),
'ja-JP': dict(fam=['五十嵐','六車','七五三','八月一日','九十九','十文字','小鳥遊','一尺八寸','栗花落','月見里','鬼頭','猪狩','蛭子','薬師寺','宍戸','纐纈','鷲見','忽那','廿楽','京極'],
 streets=['桜木町','梅ケ丘','松風','竹の台','藤が丘','菖蒲町','紅葉台','朝日が丘','青葉台','白樺','光が丘','つつじが丘']),
'ko-KR': dict(fam=['궉','단','돈','묵','빙','삼','승','여','예','용','인','점','즙','피','하','함','현','형','호','화','교','국','기','내','도','라','마','매','명','반','방','사','석','설','성','소','시','심','안','양','엄','연','염','왕','우','원','위','은','음','전','지','진','차','채','천','태','표','한','허','홍'],
 streets=['개나리','무궁화','벚꽃','소나무','참나무','버들','해오름','달빛','별빛','새싹','푸른','초록']),
'he-IL': dict(
 towns2=[('נתיבות', '8771001'), ('מעלות־תרשיחא', '2101001'), ('יקנעם עילית', '2069201'), ('גדרה', '7070001'), ('קריית מלאכי', '8305101'), ('אור עקיבא', '3060001')],
fam=['אבוטבול','בוזגלו','גבאי','דנינו','הורוביץ','ויסמן','זילברמן','חזן','טולדנו','יונה','כהנוביץ','לוינסון','מלכה','נגר','סויסה','עמר','פינטו','צוקרמן','קרמר','רבינוביץ','שושן','תורג׳מן','אדרי','בן־דוד','גרינשפן','דיין','הלפרין','וקנין','זגורי','חיון'],
 gm=['אברהם','ברוך','גדליה','דוד','הלל','זאב','חיים','טוביה','יעקב','כלב','לייב','מנחם','נפתלי','עמרם','פנחס','צדוק','ראובן','שלמה','תנחום'],
 gf=['אסתר','בתיה','גאולה','דבורה','הדסה','ורד','זלדה','חיה','טובה','יהודית','לאה','מלכה','נעמי','עדינה','פנינה','ציפורה','רחל','שפרה','תמרה'],
 streets=['הגפן','התמר','הברוש','האורן','החרוב','השיטה','הערבה','הדולב','האגוז','התות','הלוטם','הצבר'],
 towns=[('דימונה','8610001'),('טבריה','1410001'),('בית שאן','1110001'),('כרמיאל','2161001'),('אופקים','8750001'),('שדרות','8710001'),('ערד','8920001')]),
'th-TH': dict(fam=['กาญจนวงศ์','ขุนทอง','คงสมบูรณ์','จิตรภักดี','ชัยมงคล','ดวงแก้ว','ตั้งมั่น','ทองคำ','นาคสวัสดิ์','บุญยืน','ปัญญาดี','ผลบุญ','พุ่มพวง','มณีรัตน์','ยอดดำเนิน','รุ่งเรือง','ลิ้มสกุล','วัฒนากุล','ศรีสวัสดิ์','สมบูรณ์ชัย','หอมจันทร์','อ่อนศรี'],
 gm=['กิตติพงษ์','ขจรศักดิ์','จักรพันธ์','ชูชาติ','ณรงค์','ทวีศักดิ์','นิพนธ์','บรรจง','ประยงค์','พงศกร','มานพ','ยงยุทธ','รังสรรค์','วิชัย','สุเทพ','อำนาจ'],
 gf=['กาญจนา','ขวัญใจ','จินตนา','ชฎาพร','ดวงใจ','ทองใบ','นงลักษณ์','บัวผัน','ประภา','พิมพ์ใจ','มาลัย','ยุพิน','รำไพ','วาสนา','สมศรี','อัมพร'],
 towns=[('ร้อยเอ็ด','45000'),('มหาสารคาม','44000'),('ชัยภูมิ','36000'),('พิษณุโลก','65000'),('สกลนคร','47000'),('กาฬสินธุ์','46000'),('ตรัง','92000')]),
'ar-EG': dict(gm=['عبد الفتاح','فتحي','جمال','حمدي','إبراهيم','كمال','لطفي','ممدوح','نبيل','عبد الحليم','صبري','طارق','وجدي','يسري','زكريا','أشرف','بهاء','ثروت','حلمي','خيري'],
 gf=['أمينة','بثينة','تحية','ثريا','جيهان','حنان','خديجة','دلال','رقية','سعاد','شادية','صفاء','عزة','فوزية','كريمة','ليلى','ماجدة','نجلاء','هدى','وفاء'],
 fam=['أبو زيد','البنا','التلاوي','الجوهري','الحداد','الخولي','الدمرداش','الرفاعي','السنباطي','الشرقاوي','الصاوي','الطحان','العشماوي','الغزالي','القاضي','الكفراوي','اللبان','المغربي','النجار','الهواري','بدوي','حجازي','خليل','رضوان','زهران','سالم','شاهين','عبد الغني','غنيم','قنديل'],
 streets=['بورسعيد','الأزهر','طلعت حرب','المدارس','البحر','الجيش','سعد زغلول','عرابي','الخليفة المأمون','المعز','التحرير','النيل'],
 towns=[('دمنهور','البحيرة'),('المنيا','المنيا'),('كفر الشيخ','كفر الشيخ'),('شبين الكوم','المنوفية'),('قنا','قنا'),('الفيوم','الفيوم'),('بني سويف','بني سويف')]),
}

for _tag, _d in L.items():
    for _k in ('gm', 'gf', 'fam', 'streets', 'towns'):
        _d[_k] = clean_pool(_d[_k] + EXTRA.get(_tag, {}).get(_k, []) + EXTRA.get(_tag, {}).get(_k + '2', []), f'{_tag}.{_k}', bigrams=_k != 'towns')
LOCALES = list(L)
LOCALE_ROTA = LOCALES + ['en-US', 'en-US', 'en-US', 'en-GB', 'de-DE']  # 30 slots: US / UK / DE weighted up
EMAIL_DOMAINS = {'de-DE': ['web.de', 'gmx.de', 't-online.de'], 'de-AT': ['gmx.at', 'aon.at'],
                 'fr-FR': ['orange.fr', 'laposte.net', 'free.fr'], 'it-IT': ['libero.it', 'virgilio.it'],
                 'es-ES': ['telefonica.net', 'gmail.com'], 'pl-PL': ['wp.pl', 'onet.pl', 'interia.pl'],
                 'cs-CZ': ['seznam.cz', 'centrum.cz'], 'ru': [], 'ja-JP': ['docomo.ne.jp', 'yahoo.co.jp'],
                 'ko-KR': ['naver.com', 'daum.net'], 'zh-CN': ['163.com', 'qq.com'], 'pt-BR': ['uol.com.br',
                 'bol.com.br'], 'tr-TR': ['hotmail.com', 'gmail.com'], 'en-GB': ['btinternet.com', 'gmail.com'],
                 'nl-NL': ['ziggo.nl', 'kpnmail.nl'], 'sv-SE': ['telia.com', 'gmail.com'],
                 'fi-FI': ['luukku.com', 'gmail.com'], 'bg-BG': ['abv.bg', 'mail.bg'], 'uk-UA': ['ukr.net', 'i.ua']}
TRANSLIT = str.maketrans({'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'é': 'e', 'è': 'e', 'ë': 'e', 'ï': 'i',
                          'ñ': 'n', 'ó': 'o', 'á': 'a', 'í': 'i', 'ú': 'u', 'ç': 'c', 'ã': 'a', 'õ': 'o', 'ł': 'l',
                          'ż': 'z', 'ź': 'z', 'ś': 's', 'ć': 'c', 'ń': 'n', 'ę': 'e', 'ą': 'a', 'č': 'c', 'ř': 'r',
                          'š': 's', 'ž': 'z', 'ý': 'y', 'ě': 'e', 'ů': 'u', 'ğ': 'g', 'ı': 'i', 'ş': 's',
                          'å': 'a', 'ô': 'o', 'â': 'a', 'ê': 'e', 'ò': 'o', 'à': 'a', 'ù': 'u', 'î': 'i'})
ROMAN = {'zh-CN': (['zhang', 'lihua', 'wang.ying', 'chen88', 'liu.wei', 'zhao.min'], ['163.com', 'qq.com']),
         'ja-JP': (['k.suto', 'hiyama.t', 'tsurumi-m', 'yoshida.s', 'ntakeda'], ['docomo.ne.jp', 'yahoo.co.jp']),
         'ko-KR': (['bong.sh', 'tak1967', 'byun.kt', 'okja.p', 'chu.ms'], ['naver.com', 'daum.net']),
         'hi-IN': (['tripathi.a', 'pbhargava', 'savitri.dixit', 'yogesh.up'], ['rediffmail.com', 'gmail.com']),
         'he-IL': (['shapira.e', 'avi.biton', 'rivka.m'], ['walla.co.il', 'gmail.com']),
         'th-TH': (['teerawat.s', 'busaba.t', 'anucha.k'], ['hotmail.co.th', 'gmail.com']),
         'ar-EG': (['mahmoud.elgamal', 'sherif.f', 'nadia.elhusseini'], ['yahoo.com', 'gmail.com']),
         'el-GR': (['s.karagiannis', 'mavridou.p', 'x.lambrakis'], ['otenet.gr', 'yahoo.gr']),
         'bg-BG': (['a.stoyanov', 'tsoneva.r', 'kirilov.pl'], ['abv.bg', 'mail.bg']),
         'uk-UA': (['o.shevchuk', 'gnatiuk.t', 'savchuk.y'], ['ukr.net', 'i.ua'])}


# --------------------------------------------------------------------------------------------- validators
def check(ok, what):
    if not ok:
        raise SystemExit(f'invalid generated value: {what}')


def brute(rng, make, valid, tries=20000):
    for _ in range(tries):
        v = make()
        try:
            if valid(v):
                return v
        except Exception:
            pass
    raise SystemExit('could not generate a valid identifier')


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def icao(s):
    w = (7, 3, 1)
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else (0 if c == '<' else ord(c) - 55)
        tot += v * w[i % 3]
    return str(tot % 10)


def kvnr_check(letter, body8):
    s = f'{ord(letter) - 64:02d}' + body8
    tot = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return str(tot % 10)


def nino_ok(n):
    return bool(re.fullmatch(r'(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]', n))


def mbi_ok(m):
    a = 'ACDEFGHJKMNPQRTUVWXY'
    return bool(re.fullmatch(rf'[1-9][{a}][{a}0-9]\d[{a}][{a}0-9]\d[{a}]{{2}}\d\d', m))


def phone_ok(num, region, types=(PT.MOBILE, PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE)):
    p = phonenumbers.parse(num, region)
    return phonenumbers.is_valid_number_for_region(p, region) and phonenumbers.number_type(p) in types


def gen_phone(rng, region, kind='mobile'):
    t = {'mobile': PT.MOBILE, 'fixed': PT.FIXED_LINE, 'toll': PT.TOLL_FREE}[kind]
    ex = phonenumbers.example_number_for_type(region, t)
    if ex is None:
        ex = phonenumbers.example_number_for_type(region, PT.FIXED_LINE)
        t = PT.FIXED_LINE
    nat = str(ex.national_number)
    for keep in (3, 4, 5, 2):
        for _ in range(400):
            cand = nat[:keep] + digits(rng, len(nat) - keep)
            p = phonenumbers.parse('+' + str(ex.country_code) + cand, None)
            if phonenumbers.is_valid_number_for_region(p, region) and phonenumbers.number_type(p) in (
                    t, PT.FIXED_LINE_OR_MOBILE):
                if cand == nat:
                    continue
                return p
    if kind != 'mobile':
        return gen_phone(rng, region, 'mobile' if kind == 'fixed' else 'fixed')
    raise SystemExit(f'no phone for {region}')


def fmt_phone(rng, p, region):
    style = rng.random()
    if style < 0.45:
        s = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
    elif style < 0.85:
        s = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    else:
        s = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)
    pp = phonenumbers.parse(s, region)
    check(phonenumbers.is_valid_number_for_region(pp, region), s)
    return s


DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]


def gen_ip(rng):
    if rng.random() < 0.8:
        first = rng.choice([31, 37, 46, 62, 77, 78, 79, 81, 82, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109,
                            151, 176, 178, 185, 188, 212, 217])
        s = f'{first}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}'
    else:
        s = f'2a02:{rng.randint(0x1000, 0xffff):x}:{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}::' \
            f'{rng.randint(1, 0xffff):x}'
    ip = ipaddress.ip_address(s)
    check(ip.is_global and not any(ip in n for n in DOC_NETS), s)
    return s


IBAN_BBAN = {'DE': '8n10n', 'AT': '5n11n', 'FR': '5n5n11n2n', 'ES': '4n4n2n10n', 'IT': '1a5n5n12n', 'NL': 'B10n',
             'PL': '8n16n', 'SE': '3n16n1n', 'FI': '3n11n', 'CZ': '4n6n10n', 'BG': '4a4n2n8n', 'TR': '5n1n16n',
             'GR': '3n4n16n', 'UA': '6n19n', 'BR': '8n5n10n1aC', 'IL': '3n3n13n', 'GB': '4a6n8n'}
NL_BANKS = ['INGB', 'RABO', 'ABNA', 'TRIO', 'SNSB', 'ASNB']


def gen_iban(rng, cc):
    spec = IBAN_BBAN[cc]

    def make():
        out = ''
        for n, t in re.findall(r'(\d*)([naBC])', spec):
            if t == 'B':
                out += rng.choice(NL_BANKS)
            elif t == 'C':
                out += rng.choice('12')
            elif t == 'a':
                out += ''.join(rng.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') for _ in range(int(n)))
            else:
                out += digits(rng, int(n))
        cd = std_iban.calc_check_digits(cc + '00' + out)
        return cc + cd + out
    v = brute(rng, make, lambda s: std_iban.validate(s) == s)
    return ' '.join(v[i:i + 4] for i in range(0, len(v), 4)) if rng.random() < 0.7 else v


def gen_card(rng):
    prefix = rng.choice(['4', '51', '52', '53', '54', '55', '2221'])
    body = prefix + digits(rng, 15 - len(prefix))
    num = body + luhn.calc_check_digit(body)
    check(luhn.is_valid(num) and num not in ('4111111111111111', '4242424242424242', '5555555555554444'), num)
    return ' '.join(num[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else num


# --------------------------------------------------------------------------------------------- people
class Person:
    def __init__(self, rng, loc, gender=None, born=None):
        self.rng, self.loc, self.d = rng, loc, L[loc]
        self.g = gender or rng.choice('mf')
        self.given = rng.choice(self.d['gm'] if self.g == 'm' else self.d['gf'])
        fam = rng.choice(self.d['fam'])
        if '|' in fam:
            fam = fam.split('|')[0 if self.g == 'm' else 1]
        self.family = fam
        self.born = born or dt.date(rng.randint(1941, 2003), rng.randint(1, 12), rng.randint(1, 28))

    @property
    def name(self):
        if self.d['order'] == 'fg':
            return self.family + ('' if self.loc in ('zh-CN', 'ko-KR') else ' ') + self.given
        return f'{self.given} {self.family}'

    def dob(self):
        b, loc = self.born, self.loc
        if loc == 'en-US':
            return b.strftime('%m/%d/%Y')
        if loc in ('zh-CN',):
            return f'{b.year}年{b.month}月{b.day}日'
        if loc == 'ja-JP':
            return f'{b.year}年{b.month}月{b.day}日'
        if loc == 'ko-KR':
            return f'{b.year}. {b.month}. {b.day}.'
        if loc in ('sv-SE', 'fi-FI', 'hu-HU'):
            return b.isoformat() if loc == 'sv-SE' else f'{b.day}.{b.month}.{b.year}'
        if loc in ('de-DE', 'de-AT', 'pl-PL', 'cs-CZ', 'bg-BG', 'tr-TR', 'uk-UA'):
            return b.strftime('%d.%m.%Y')
        if loc == 'en-GB' and self.rng.random() < 0.5:
            return f'{b.day} {b.strftime("%B")} {b.year}'
        return b.strftime('%d/%m/%Y')

    def address(self):
        r, d, loc = self.rng, self.d, self.loc
        st = r.choice(d['streets'])
        t = r.choice(d['towns'])
        n = r.randint(2, 148)
        if loc == 'en-US':
            return f'{n * 7 + 100} {st} {r.choice(["St", "Ave", "Dr", "Ln", "Rd", "Ct"])}, {t[0]}, {t[1]}'
        if loc == 'en-GB':
            return f'{n} {st} {r.choice(["Road", "Close", "Lane", "Gardens", "Crescent"])}, {t[0]} {t[1]}'
        if loc in ('de-DE', 'de-AT'):
            suf = r.choice(['weg', 'straße', 'gasse', 'ring'])
            apt = f'/{r.randint(1, 12)}' if loc == 'de-AT' else ''
            return f'{st}{suf} {n}{apt}, {t[1]} {t[0]}'
        if loc == 'fr-FR':
            return f'{n} {r.choice(["rue", "allée", "impasse", "chemin"])} {st}, {t[1]} {t[0]}'
        if loc == 'es-ES':
            return f'Calle {st}, {n}, {r.randint(1, 6)}º {r.choice("ABCD")}, {t[1]} {t[0]}'
        if loc == 'es-MX':
            return f'Calle {st} {n}, Col. Centro, C.P. {t[1]}, {t[0]}'
        if loc == 'it-IT':
            return f'{r.choice(["Via", "Vicolo", "Viale"])} {st} {n}, {t[1]} {t[0]}'
        if loc == 'nl-NL':
            return f'{st}{r.choice(["straat", "laan", "hof"])} {n}, {t[1]} {t[0]}'
        if loc == 'pl-PL':
            return f'ul. {st} {n}/{r.randint(1, 40)}, {t[1]} {t[0]}'
        if loc == 'pt-BR':
            return f'Rua {st}, {n * 3}, apto {r.randint(11, 404)}, {t[0]} - {t[2]}, CEP {t[1]}'
        if loc == 'sv-SE':
            return f'{st}{r.choice(["vägen", "gatan", "stigen"])} {n}, {t[1]} {t[0]}'
        if loc == 'fi-FI':
            return f'{st}{r.choice(["tie", "katu", "polku"])} {n} B {r.randint(1, 30)}, {t[1]} {t[0]}'
        if loc == 'cs-CZ':
            return f'{st} {r.randint(100, 2900)}/{n}, {t[1]} {t[0]}'
        if loc == 'bg-BG':
            return f'ул. „{st}“ № {n}, ет. {r.randint(1, 8)}, ап. {r.randint(1, 40)}, {t[0]} {t[1]}'
        if loc == 'tr-TR':
            return f'{st} Sokak No:{n} D:{r.randint(1, 20)}, {t[1]} {t[0]}'
        if loc == 'el-GR':
            return f'Οδός {st} {n}, {t[1]} {t[0]}'
        if loc == 'uk-UA':
            return f'вул. {st}, буд. {n}, кв. {r.randint(1, 120)}, м. {t[0]}, {t[1]}'
        if loc == 'hi-IN':
            return f'मकान नं. {n}, {st} मार्ग, {t[0]} {t[1]}'
        if loc == 'zh-CN':
            return f'{t[0]}{st}路{n}号{r.randint(1, 30)}栋{r.randint(1, 28)}0{r.randint(1, 4)}室'
        if loc == 'ja-JP':
            return f'〒{t[1]} {t[0]}{st}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}'
        if loc == 'ko-KR':
            return f'{t[2]} {t[0]} {st}로 {n}, {r.randint(101, 115)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호'
        if loc == 'he-IL':
            return f'רחוב {st} {n}, דירה {r.randint(1, 30)}, {t[0]}'
        if loc == 'th-TH':
            return f'{n}/{r.randint(1, 99)} หมู่ {r.randint(1, 12)} ถนน{st} {t[0]} {t[1]}'
        if loc == 'ar-EG':
            return f'{n} شارع {st}، {t[0]}، محافظة {t[1]}'
        raise KeyError(loc)

    def phone(self):
        p = gen_phone(self.rng, self.d['region'], 'mobile' if self.rng.random() < 0.8 else 'fixed')
        return fmt_phone(self.rng, p, self.d['region'])

    def email(self):
        r, loc = self.rng, self.loc
        if loc in ROMAN:
            locals_, doms = ROMAN[loc]
            return f'{r.choice(locals_)}{r.randint(1, 99) if r.random() < 0.5 else ""}@{r.choice(doms)}'
        g = self.given.lower().translate(TRANSLIT)
        f = self.family.lower().translate(TRANSLIT).replace(' ', '')
        g = re.sub(r'[^a-z]', '', g)
        f = re.sub(r'[^a-z]', '', f)
        dom = r.choice(EMAIL_DOMAINS.get(loc) or ['gmail.com', 'outlook.com', 'yahoo.com'])
        lp = r.choice([f'{g}.{f}', f'{g[0]}{f}', f'{f}.{g}{self.born.year % 100:02d}', f'{g}{f[:3]}{r.randint(1, 9)}'])
        return f'{lp}@{dom}'

    # ---- identifiers: return (entity, label, value)
    def ids(self):
        """All identifiers this locale can issue for this person: list of (entity, local label, value)."""
        r, b, loc, g = self.rng, self.born, self.loc, self.g
        yy, mm, dd = b.year % 100, b.month, b.day
        out = []
        if loc == 'en-US':
            ssn = brute(r, lambda: f'{r.randint(1, 665):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}',
                        lambda s: us.ssn.validate(s) == s and s[:3] != '666')
            out.append(('ssn', 'SSN', f'{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}'))
            a = 'ACDEFGHJKMNPQRTUVWXY'
            mbi = (r.choice('123456789') + r.choice(a) + r.choice(a + '0123456789') + r.choice('0123456789') +
                   r.choice(a) + r.choice(a + '0123456789') + r.choice('0123456789') + r.choice(a) + r.choice(a) +
                   digits(r, 2))
            check(mbi_ok(mbi), mbi)
            out.append(('HEALTH_INSURANCE', 'Medicare Number (MBI)', f'{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}'))
        elif loc == 'en-GB':
            n = brute(r, lambda: r.choice('ABCEGHJKLMNPRSTWXYZ') + r.choice('ABCEGHJKLMNPRSTWXYZ') + digits(r, 6) +
                      r.choice('ABCD'), nino_ok)
            out.append(('NATIONAL_ID', 'National Insurance number', f'{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}'))
            nhs = brute(r, lambda: str(r.randint(4, 7)) + digits(r, 9), lambda s: gb.nhs.validate(s) == s)
            out.append(('HEALTH_INSURANCE', 'NHS number', f'{nhs[:3]} {nhs[3:6]} {nhs[6:]}'))
            utr = brute(r, lambda: digits(r, 10), lambda s: gb.utr.validate(s) == s and s[0] != '0')
            out.append(('TAX_ID', 'UTR', utr))
        elif loc == 'de-DE':
            idnr = brute(r, lambda: str(r.randint(1, 9)) + digits(r, 10), lambda s: de.idnr.validate(s) == s)
            out.append(('TAX_ID', 'Steuer-ID', f'{idnr[:2]} {idnr[2:5]} {idnr[5:8]} {idnr[8:]}'
                        if r.random() < 0.5 else idnr))
            letter = r.choice('ABCDEFGHIJKLMNOPRSTUVWZ')
            body = digits(r, 8)
            out.append(('HEALTH_INSURANCE', 'Krankenversichertennummer', letter + body + kvnr_check(letter, body)))
        elif loc == 'de-AT':
            tail = f'{dd:02d}{mm:02d}{yy:02d}'
            v = brute(r, lambda: str(r.randint(1, 9)) + digits(r, 3) + tail, lambda s: at.vnr.validate(s) == s)
            out.append(('HEALTH_INSURANCE', 'Sozialversicherungsnummer', f'{v[:4]} {v[4:]}'))
        elif loc == 'fr-FR':
            dep = r.choice(['29', '42', '52', '18', '14', '12', '39', '35'])
            pre = f'{1 if g == "m" else 2}{yy:02d}{mm:02d}{dep}{r.randint(1, 350):03d}{r.randint(1, 999):03d}'
            nir = pre + f'{97 - int(pre) % 97:02d}'
            check(fr.nir.validate(nir) == nir, nir)
            out.append(('HEALTH_INSURANCE', 'N° de sécurité sociale',
                        f'{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}'))
            nif = brute(r, lambda: str(r.randint(0, 3)) + digits(r, 12), lambda s: fr.nif.validate(s) == s)
            out.append(('TAX_ID', 'Numéro fiscal', f'{nif[:2]} {nif[2:4]} {nif[4:7]} {nif[7:10]} {nif[10:]}'))
        elif loc == 'es-ES':
            n = digits(r, 8)
            dni = n + es.dni.calc_check_digit(n)
            check(es.dni.validate(dni) == dni, dni)
            out.append(('NATIONAL_ID', 'DNI', dni if r.random() < 0.6 else f'{dni[:8]}-{dni[8]}'))
        elif loc == 'es-MX':
            up = re.sub(r'[^A-Z]', 'X', self.family.upper().translate(str.maketrans('ÁÉÍÓÚÑ', 'AEIOUX')))
            gv = re.sub(r'[^A-Z]', 'X', self.given.upper().translate(str.maketrans('ÁÉÍÓÚÑ', 'AEIOUX')))
            vow = next((c for c in up[1:] if c in 'AEIOU'), 'X')
            fam2 = r.choice('ABCDEGHLMNOPRSTVZ')
            st = r.choice(['ZS', 'TL', 'CM', 'HG', 'MN', 'PL'])
            cons = lambda s: next((c for c in s[1:] if c not in 'AEIOU'), 'X')  # noqa: E731
            pre = (f'{up[0]}{vow}{fam2}{gv[0]}{yy:02d}{mm:02d}{dd:02d}{"H" if g == "m" else "M"}{st}'
                   f'{cons(up)}{r.choice("BCDFGHJKLMNPRSTVZ")}{cons(gv)}{"0" if b.year < 2000 else "A"}')
            curp = brute(r, lambda: pre + r.choice('0123456789'), lambda s: mx.curp.validate(s) == s, 200)
            out.append(('NATIONAL_ID', 'CURP', curp))
            rfc = brute(r, lambda: curp[:10] + r.choice('ABCDEFGHJKLMNPRSTUVWXYZ123456789') +
                        r.choice('ABCDEFGHJKLMNPRSTUVWXYZ123456789') + r.choice('0123456789A'),
                        lambda s: mx.rfc.validate(s) == s, 20000)
            out.append(('TAX_ID', 'RFC', rfc))
        elif loc == 'it-IT':
            def cons3(s, given=False):
                s = re.sub(r'[^A-Z]', '', s.upper().translate(str.maketrans('ÀÈÉÌÒÙ', 'AEEIOU')))
                c = [x for x in s if x not in 'AEIOU']
                v = [x for x in s if x in 'AEIOU']
                if given and len(c) > 3:
                    c = [c[0], c[2], c[3]]
                return (''.join(c + v) + 'XXX')[:3]
            month = 'ABCDEHLMPRST'[mm - 1]
            day = dd + (40 if g == 'f' else 0)
            town = r.choice(['D150', 'A509', 'D458', 'H620', 'C621', 'F052', 'D653', 'A703'])
            pre = f'{cons3(self.family)}{cons3(self.given, True)}{yy:02d}{month}{day:02d}{town}'
            cf = pre + it.codicefiscale.calc_check_digit(pre)
            check(it.codicefiscale.validate(cf) == cf, cf)
            out.append(('TAX_ID', 'Codice fiscale', cf))
        elif loc == 'nl-NL':
            bsn = brute(r, lambda: str(r.randint(1, 6)) + digits(r, 8), lambda s: nl.bsn.validate(s) == s)
            out.append(('NATIONAL_ID', 'BSN', bsn if r.random() < 0.6 else f'{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}'))
        elif loc == 'pl-PL':
            m = mm + (20 if b.year >= 2000 else 0)
            pre = f'{yy:02d}{m:02d}{dd:02d}{digits(r, 3)}{r.choice("13579" if g == "m" else "02468")}'
            pesel = brute(r, lambda: pre + r.choice('0123456789'), lambda s: pl.pesel.validate(s) == s, 200)
            out.append(('NATIONAL_ID', 'PESEL', pesel))
        elif loc == 'pt-BR':
            cpf = brute(r, lambda: digits(r, 11), lambda s: br.cpf.validate(s) == s and len(set(s)) > 2)
            out.append(('TAX_ID', 'CPF', f'{cpf[:3]}.{cpf[3:6]}.{cpf[6:9]}-{cpf[9:]}'))
        elif loc == 'sv-SE':
            pre = f'{yy:02d}{mm:02d}{dd:02d}{digits(r, 2)}{r.choice("13579" if g == "m" else "02468")}'
            pn = brute(r, lambda: pre + r.choice('0123456789'), lambda s: se.personnummer.is_valid(s), 200)
            out.append(('NATIONAL_ID', 'Personnummer', f'{pn[:6]}-{pn[6:]}' if r.random() < 0.6 else
                        f'{b.year}{pn[2:6]}-{pn[6:]}'))
        elif loc == 'fi-FI':
            sep = '-' if b.year < 2000 else 'A'
            pre = f'{dd:02d}{mm:02d}{yy:02d}{sep}{r.randint(2, 899):03d}'
            h = brute(r, lambda: pre + r.choice('0123456789ABCDEFHJKLMNPRSTUVWXY'),
                      lambda s: fi.hetu.validate(s) == s, 400)
            out.append(('NATIONAL_ID', 'Henkilötunnus', h))
        elif loc == 'cs-CZ':
            m = mm + (50 if g == 'f' else 0)
            pre = f'{yy:02d}{m:02d}{dd:02d}{digits(r, 3)}'
            rc = brute(r, lambda: pre + r.choice('0123456789'), lambda s: cz.rc.validate(s) == s, 200)
            out.append(('NATIONAL_ID', 'Rodné číslo', f'{rc[:6]}/{rc[6:]}'))
        elif loc == 'bg-BG':
            m = mm + (40 if b.year >= 2000 else 0)
            pre = f'{yy:02d}{m:02d}{dd:02d}{digits(r, 2)}{r.choice("02468" if g == "m" else "13579")}'
            egn = brute(r, lambda: pre + r.choice('0123456789'), lambda s: bg.egn.validate(s) == s, 200)
            out.append(('NATIONAL_ID', 'ЕГН', egn))
        elif loc == 'tr-TR':
            t = brute(r, lambda: str(r.randint(1, 9)) + digits(r, 10), lambda s: tr.tckimlik.validate(s) == s)
            out.append(('NATIONAL_ID', 'T.C. Kimlik No', t))
        elif loc == 'el-GR':
            pre = f'{dd:02d}{mm:02d}{yy:02d}{digits(r, 4)}'
            amka = brute(r, lambda: pre + r.choice('0123456789'), lambda s: gr.amka.validate(s) == s, 200)
            out.append(('HEALTH_INSURANCE', 'ΑΜΚΑ', amka))
            afm = brute(r, lambda: r.choice('01') + digits(r, 8), lambda s: gr.vat.validate(s) == s)
            out.append(('TAX_ID', 'ΑΦΜ', afm))
        elif loc == 'uk-UA':
            days = (b - dt.date(1899, 12, 31)).days
            pre = f'{days:05d}{digits(r, 3)}{r.choice("13579" if g == "m" else "02468")}'
            v = brute(r, lambda: pre + r.choice('0123456789'), lambda s: ua.rntrc.validate(s) == s, 200)
            out.append(('TAX_ID', 'РНОКПП (ІПН)', v))
        elif loc == 'hi-IN':
            a = brute(r, lambda: str(r.randint(2, 9)) + digits(r, 11), lambda s: in_.aadhaar.validate(s) == s)
            out.append(('NATIONAL_ID', 'आधार संख्या', f'{a[:4]} {a[4:8]} {a[8:]}'))
            pan = (''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + 'P' + r.choice('ABDKMSTU') +
                   digits(r, 4) + r.choice('ABCDEFGHJKLMNPRSTUVWXYZ'))
            check(in_.pan.validate(pan) == pan, pan)
            out.append(('TAX_ID', 'PAN', pan))
        elif loc == 'zh-CN':
            reg = r.choice(['410302', '510703', '360702', '450202', '420502', '370702'])
            pre = f'{reg}{b.year}{mm:02d}{dd:02d}{digits(r, 2)}{r.choice("13579" if g == "m" else "02468")}'
            ric = brute(r, lambda: pre + r.choice('0123456789X'), lambda s: cn.ric.validate(s) == s, 200)
            out.append(('NATIONAL_ID', '公民身份号码', ric))
        elif loc == 'ja-JP':
            v = brute(r, lambda: digits(r, 12), lambda s: jp.in_.validate(s) == s and s[0] != '0')
            out.append(('NATIONAL_ID', '個人番号（マイナンバー）', f'{v[:4]} {v[4:8]} {v[8:]}'))
        elif loc == 'ko-KR':
            sexd = ('1' if g == 'm' else '2') if b.year < 2000 else ('3' if g == 'm' else '4')
            rrn = brute(r, lambda: f'{yy:02d}{mm:02d}{dd:02d}{sexd}{r.randint(0, 8)}{r.randint(0, 9)}{digits(r, 4)}',
                        lambda s: kr.rrn.validate(s) == s, 20000)
            out.append(('NATIONAL_ID', '주민등록번호', f'{rrn[:6]}-{rrn[6:]}'))
        elif loc == 'he-IL':
            v = brute(r, lambda: str(r.randint(0, 3)) + digits(r, 8), lambda s: il.idnr.validate(s) == s and
                      s[0] != '0' or (il.idnr.validate(s) == s and s[:2] == '03'))
            out.append(('NATIONAL_ID', 'מספר זהות', v))
        elif loc == 'th-TH':
            v = brute(r, lambda: str(r.randint(1, 5)) + digits(r, 12), lambda s: th.pin.validate(s) == s)
            out.append(('NATIONAL_ID', 'เลขประจำตัวประชาชน', f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}'))
        return out

    def iban(self):
        cc = {'de-DE': 'DE', 'de-AT': 'AT', 'fr-FR': 'FR', 'es-ES': 'ES', 'it-IT': 'IT', 'nl-NL': 'NL',
              'pl-PL': 'PL', 'sv-SE': 'SE', 'fi-FI': 'FI', 'cs-CZ': 'CZ', 'bg-BG': 'BG', 'tr-TR': 'TR',
              'el-GR': 'GR', 'uk-UA': 'UA', 'pt-BR': 'BR', 'he-IL': 'IL', 'en-GB': 'GB'}.get(self.loc)
        return gen_iban(self.rng, cc) if cc else None

    def us_bank(self):
        r = self.rng
        rtn = brute(r, lambda: r.choice(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12',
                                         '21', '22', '26', '31']) + digits(r, 7), lambda s: us.rtn.validate(s) == s)
        acct = str(r.randint(1, 9)) + digits(r, r.randint(8, 11))
        return rtn, acct

    def passport(self):
        r, loc = self.rng, self.loc
        fmt = {'en-US': lambda: str(r.randint(5, 6)) + digits(r, 8),
               'en-GB': lambda: str(r.randint(1, 5)) + digits(r, 8),
               'de-DE': lambda: r.choice('CFGHJK') + ''.join(r.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8)),
               'fr-FR': lambda: digits(r, 2) + ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2)) +
               digits(r, 5),
               'hi-IN': lambda: r.choice('JKLMNPRSTUVWZ') + digits(r, 7),
               'zh-CN': lambda: 'E' + digits(r, 8),
               'ja-JP': lambda: r.choice(['TK', 'TR', 'TZ', 'MZ']) + digits(r, 7),
               'ko-KR': lambda: 'M' + digits(r, 8),
               'tr-TR': lambda: 'U' + digits(r, 8),
               'uk-UA': lambda: ''.join(r.choice('ABCEFGHKMNPTX') for _ in range(2)) + digits(r, 6),
               'pt-BR': lambda: ''.join(r.choice('ABCFGHJKLMNPRSTUVWXYZ') for _ in range(2)) + digits(r, 6),
               'th-TH': lambda: r.choice(['AA', 'AB', 'AC']) + digits(r, 7),
               'ar-EG': lambda: 'A' + digits(r, 8),
               'es-MX': lambda: r.choice('GN') + digits(r, 8)}.get(loc, lambda: ''.join(
                   r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2)) + digits(r, 7))
        return fmt()

    def mrz(self, pno, nat):
        b = self.born
        p = (pno + '<' * 9)[:9]
        dob = f'{b.year % 100:02d}{b.month:02d}{b.day:02d}'
        exp = f'{(b.year + 50) % 100:02d}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}'
        body = p + icao(p) + nat + dob + icao(dob) + ('M' if self.g == 'm' else 'F') + exp + icao(exp) + '<' * 14
        body += icao('<' * 0 + '0')  # personal-number check of an empty field is 0
        line = body[:43]
        comp = line[:10] + line[13:20] + line[21:43]
        line = line + icao(comp)
        check(len(line) == 44 and line[9] == icao(p) and line[27] == icao(exp), line)
        return line

    def driver_license(self):
        r, loc = self.rng, self.loc
        if loc == 'en-US':
            return r.choice([lambda: r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 7),
                             lambda: digits(r, 8), lambda: digits(r, 9),
                             lambda: r.choice('BDFGHJKLMPRSTW') + digits(r, 12)])()
        if loc == 'en-GB':
            f = re.sub(r'[^A-Z]', '', self.family.upper())
            f = (f + '99999')[:5]
            b = self.born
            m = b.month + (50 if self.g == 'f' else 0)
            return (f'{f}{str(b.year)[2]}{m:02d}{b.day:02d}{str(b.year)[3]}{self.given[0].upper()}9'
                    f'{r.randint(0, 9)}{r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")}{r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")}')
        if loc == 'de-DE':
            return ''.join(r.choice('BCDFGHJKLMNPRSTVWXYZ0123456789') for _ in range(11))
        if loc == 'fr-FR':
            return digits(r, 2) + ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2)) + digits(r, 8)
        return digits(r, 10)


# --------------------------------------------------------------------------------------------- kinds
COUNTRY_AGENCY = {
    'pension_claim': {'en-US': 'Social Security Administration', 'en-GB': 'The Pension Service',
                      'de-DE': 'Deutsche Rentenversicherung', 'de-AT': 'Pensionsversicherungsanstalt',
                      'fr-FR': 'Assurance retraite (CNAV)', 'es-ES': 'Instituto Nacional de la Seguridad Social',
                      'it-IT': 'INPS', 'nl-NL': 'Sociale Verzekeringsbank', 'pl-PL': 'ZUS',
                      'sv-SE': 'Pensionsmyndigheten', 'fi-FI': 'Kela / Eläketurvakeskus', 'pt-BR': 'INSS',
                      'ja-JP': '日本年金機構', 'ko-KR': '국민연금공단', 'es-MX': 'IMSS', 'cs-CZ': 'ČSSZ'},
    'unemployment_benefit': {'en-US': 'the state unemployment insurance office', 'en-GB': 'Jobcentre Plus',
                             'de-DE': 'Agentur für Arbeit', 'de-AT': 'AMS', 'fr-FR': 'France Travail',
                             'es-ES': 'SEPE', 'it-IT': 'INPS (NASpI)', 'nl-NL': 'UWV', 'pl-PL': 'Powiatowy Urząd Pracy',
                             'sv-SE': 'Arbetsförmedlingen', 'fi-FI': 'TE-palvelut', 'ko-KR': '고용센터',
                             'ja-JP': 'ハローワーク'},
    'child_benefit': {'en-GB': 'HMRC Child Benefit Office', 'de-DE': 'Familienkasse', 'de-AT': 'Finanzamt (Familienbeihilfe)',
                      'fr-FR': 'CAF', 'nl-NL': 'SVB (kinderbijslag)', 'pl-PL': 'ZUS (800 plus)',
                      'sv-SE': 'Försäkringskassan', 'fi-FI': 'Kela', 'cs-CZ': 'Úřad práce',
                      'ja-JP': '市役所こども課'},
    'tax_return': {'en-US': 'IRS', 'en-GB': 'HMRC', 'de-DE': 'Finanzamt', 'de-AT': 'Finanzamt Österreich',
                   'fr-FR': 'impots.gouv.fr', 'es-ES': 'Agencia Tributaria', 'it-IT': 'Agenzia delle Entrate',
                   'nl-NL': 'Belastingdienst', 'pl-PL': 'Urząd Skarbowy', 'pt-BR': 'Receita Federal',
                   'es-MX': 'SAT', 'sv-SE': 'Skatteverket', 'fi-FI': 'Verohallinto', 'in': 'Income Tax Department',
                   'hi-IN': 'आयकर विभाग', 'ja-JP': '税務署'},
    'housing_assistance': {'en-US': 'the local Public Housing Agency (Section 8)', 'en-GB': 'the council housing benefit team',
                           'de-DE': 'Wohngeldstelle', 'fr-FR': 'CAF (APL)', 'nl-NL': 'Belastingdienst/Toeslagen',
                           'es-ES': 'la oficina de vivienda', 'sv-SE': 'Försäkringskassan (bostadsbidrag)'},
    'health_registration': {'en-GB': 'the GP surgery', 'de-DE': 'die Krankenkasse', 'fr-FR': 'CPAM (Ameli)',
                            'de-AT': 'ÖGK', 'en-US': 'the county health department', 'ja-JP': '保健センター',
                            'ko-KR': '보건소', 'zh-CN': '社区卫生服务中心'},
    'voter_registration': {'en-GB': 'the Electoral Registration Office', 'en-US': 'the county board of elections',
                           'de-DE': 'das Wahlamt', 'fr-FR': 'la mairie (listes électorales)'},
    'residence_registration': {'de-DE': 'Bürgeramt', 'de-AT': 'Meldeamt', 'es-ES': 'el Ayuntamiento (padrón)',
                               'it-IT': "l'Ufficio Anagrafe", 'nl-NL': 'de gemeente (BRP)', 'ja-JP': '区役所',
                               'zh-CN': '派出所户籍窗口', 'cs-CZ': 'Ohlašovna', 'en-GB': 'the council'},
    'vehicle_registration': {'en-US': 'the DMV', 'en-GB': 'DVLA', 'de-DE': 'die Zulassungsstelle', 'fr-FR': 'ANTS',
                             'es-ES': 'la DGT', 'it-IT': 'la Motorizzazione', 'pl-PL': 'Wydział Komunikacji'},
    'disability_allowance': {'en-GB': 'DWP (PIP)', 'en-US': 'SSA (SSDI)', 'de-DE': 'Versorgungsamt',
                             'fr-FR': 'MDPH', 'nl-NL': 'UWV (Wajong)', 'es-ES': 'el IMSERSO'},
}
GENERIC_AGENCY = {'pension_claim': 'the national pension office', 'unemployment_benefit': 'the employment office',
                  'child_benefit': 'the family benefits office', 'tax_return': 'the tax office',
                  'housing_assistance': 'the housing allowance office', 'health_registration': 'the health insurer',
                  'voter_registration': 'the electoral office', 'residence_registration': 'the registry office',
                  'vehicle_registration': 'the vehicle registration office',
                  'disability_allowance': 'the disability assessment office'}
KIND_INFO = {
    'pension_claim': dict(what='pension claim', forms=['SSA-1-BK', 'BR1', 'R0100', 'EA 4/09', 'ERZ 210',
                          'Cerfa 51508', 'AP1'], ref='PEN', id_pref=('NATIONAL_ID', 'ssn', 'HEALTH_INSURANCE'),
                          extras=['Requested start date: {d1}', 'Employment history: {co1} {y1}–{y2}, {co2} {y2}–{y3}',
                                  'Contribution years claimed: {n}', 'Marital status: widowed',
                                  'Additional child-raising periods: 2 children']),
    'unemployment_benefit': dict(what='unemployment benefit claim', forms=['ES 2', 'UC1', 'Antrag ALG I',
                                 'EX 100', 'NASpI Com'], ref='UB', id_pref=('NATIONAL_ID', 'ssn', 'TAX_ID'),
                                 extras=['Last employer: {co1}', 'Last working day: {d1}',
                                         'Reason for leaving: redundancy (company restructuring)',
                                         'Notice period: 3 months', 'Weekly hours before: 38.5']),
    'child_benefit': dict(what='child benefit claim', forms=['CH2', 'KG 1', 'Anlage Kind', 'Cerfa 11423'],
                          ref='CB', id_pref=('TAX_ID', 'NATIONAL_ID', 'HEALTH_INSURANCE'),
                          extras=['Child lives in my household: yes', 'Other parent also claims: no',
                                  'Child in full-time education from: {d1}']),
    'tax_return': dict(what='tax return', forms=['Form 1040', 'SA100', 'ESt 1 A', '2042', 'Modelo 100',
                       'Modello 730', 'PIT-37', 'DIRPF', 'ITR-1'], ref='TX', id_pref=('TAX_ID', 'ssn', 'NATIONAL_ID'),
                       extras=['Gross salary: {amt1}', 'Tax withheld: {amt2}', 'Commuting distance: 23 km',
                               'Donations: {amt3}', 'Employer: {co1}']),
    'housing_assistance': dict(what='housing allowance application', forms=['HB1', 'Wohngeldantrag WG 1',
                               'Cerfa 10840', 'HUD-50058'], ref='HA', id_pref=('NATIONAL_ID', 'ssn', 'TAX_ID'),
                               extras=['Monthly rent (cold): {amt3}', 'Household members: 3',
                                       'Household income per month: {amt1}', 'Size of flat: 61 m²']),
    'health_registration': dict(what='health card / GP registration', forms=['GMS1', 'S1', 'E-Card Antrag',
                                'Cerfa S1106', 'PH-1'], ref='HR', id_pref=('HEALTH_INSURANCE', 'NATIONAL_ID', 'ssn'),
                                extras=['Vaccination: MMR dose 2, lot {lot}', 'Previous GP practice: {gp}',
                                        'Allergies: penicillin', 'Influenza vaccine given: {d1}']),
    'voter_registration': dict(what='voter registration', forms=['ITR-1 (register to vote)', 'Cerfa 12669',
                               'postal vote application PV1', 'Form EL-155'], ref='VR',
                               id_pref=('NATIONAL_ID', 'ssn', 'TAX_ID'),
                               extras=['Nationality: citizen', 'Postal vote requested: yes',
                                       'Open register: opt out', 'Previous address (moved within last 12 months)']),
    'residence_registration': dict(what='address registration', forms=['Anmeldung (Meldeschein)', 'Meldezettel',
                                   'Volante de empadronamiento', 'Dichiarazione di residenza', '転入届'], ref='RR',
                                   id_pref=('NATIONAL_ID', 'TAX_ID', 'PASSPORT'),
                                   extras=['Moving-in date: {d1}', 'Main residence: yes',
                                           'Library card requested: yes', 'Parking permit zone: 4']),
    'vehicle_registration': dict(what='vehicle registration', forms=['V5C', 'REG 343', 'Zulassungsantrag',
                                 'Cerfa 13750', 'MV-82'], ref='VH', id_pref=('DRIVER_LICENSE', 'NATIONAL_ID', 'ssn'),
                                 extras=['VIN: {vin}', 'Make/model: {car}', 'Previous keeper notified: yes',
                                         'Emission class: Euro 6d', 'Registration fee: {amt3}']),
    'disability_allowance': dict(what='disability allowance claim', forms=['PIP2', 'SSA-3368', 'Antrag nach SGB IX',
                                 'Cerfa 15692', 'AV 3'], ref='DA', id_pref=('NATIONAL_ID', 'HEALTH_INSURANCE', 'ssn'),
                                 extras=['Condition: multiple sclerosis (relapsing-remitting), diagnosed {y3}',
                                         'Mobility: cannot walk more than 50 m', 'Needs help with cooking and washing',
                                         'Medication: interferon beta-1a']),
}
KINDS = list(KIND_INFO)
COMPANIES = ['Brauerei Hofmeister KG', 'Northfield Logistics Ltd', 'Ceramiche Valdarno S.p.A.', 'Talleres Ugarte SL',
             'Kvarnby Snickeri AB', 'Zakłady Mięsne Sokołów', 'Hutní závod Vítkovice', 'Nordwerft GmbH',
             'Textil Anatolia A.Ş.', 'Metalúrgica Serrana Ltda', 'Lakeshore Hospital Laundry', 'Stadtwerke (municipal)']
CARS = ['Škoda Octavia 1.5 TSI', 'Toyota Yaris Hybrid', 'VW Caddy 2.0 TDI', 'Dacia Sandero', 'Ford Transit Custom',
        'Renault Clio V', 'Fiat Panda 1.2', 'Hyundai i20']
HISTORICAL = [
    ('pension_claim', 'Otto von Bismarck introduced the old-age and invalidity insurance law in 1889.'),
    ('pension_claim', 'The Old-Age Pensions Act 1908 was steered through by David Lloyd George.'),
    ('pension_claim', 'Frances Perkins chaired the committee that drafted the Social Security Act of 1935.'),
    ('unemployment_benefit', 'William Beveridge set up the first labour exchanges in 1909.'),
    ('unemployment_benefit', 'The Hartz IV reform of 2005 merged unemployment assistance with social assistance.'),
    ('child_benefit', 'Eleanor Rathbone campaigned for family allowances for over twenty years before 1945.'),
    ('tax_return', 'William Pitt the Younger introduced income tax in Britain in 1799.'),
    ('tax_return', 'The Sixteenth Amendment, ratified in 1913, allowed a federal income tax.'),
    ('housing_assistance', 'The Wagner-Steagall Act of 1937 created the US public housing programme.'),
    ('housing_assistance', 'Aneurin Bevan, as minister, oversaw the post-war council housing programme.'),
    ('health_registration', 'Edward Jenner published his smallpox vaccination results in 1798.'),
    ('health_registration', 'Aneurin Bevan launched the NHS on 5 July 1948.'),
    ('voter_registration', 'Emmeline Pankhurst founded the Women\'s Social and Political Union in 1903.'),
    ('voter_registration', 'Susan B. Anthony was arrested for voting in Rochester in 1872.'),
    ('residence_registration', 'Napoleon\'s civil code of 1804 shaped the civil registers of much of Europe.'),
    ('vehicle_registration', 'Bertha Benz drove from Mannheim to Pforzheim in 1888.'),
    ('vehicle_registration', 'Karl Benz received patent DRP 37435 for his motor car in 1886.'),
    ('disability_allowance', 'Lou Gehrig\'s disease (ALS) and Parkinson\'s disease are listed conditions.'),
    ('disability_allowance', 'Down syndrome and Alzheimer\'s disease are assessed under separate guidance.'),
]
SPECIMEN = [('Erika Mustermann', 'de'), ('Max Mustermann', 'de'), ('John Doe', 'en'), ('Jane Doe', 'en'),
            ('Jan Modaal', 'nl'), ('Matti Meikäläinen', 'fi'), ('Ola Nordmann', 'no'), ('Jan Novák', 'cs'),
            ('Fulano de Tal', 'pt'), ('Mario Rossi', 'it'), ('Jean Dupont', 'fr'), ('Juan Español Español', 'es')]
DOC_VALUES = ['XXX-XX-XXXX', '000-00-0000', 'QQ 12 34 56 C', 'DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32',
              'FR14 2004 1010 0505 0001 3M02 606', '4111 1111 1111 1111', '4242 4242 4242 4242', '(555) 010-0199',
              '+1 202-555-0143', 'applicant@example.com', 'jane.doe@example.org', '192.0.2.44', '198.51.100.7',
              '203.0.113.19', '2001:db8::17', 'L898902C3', '99 99 99 999 999 99', 'AB123456C (format only)']


AGENCY_DOMAINS = {
    'en-US': ['ssa.gov', 'irs.gov', 'hud.gov', 'dmv.ca.gov'], 'en-GB': ['dwp.gov.uk', 'hmrc.gov.uk', 'dvla.gov.uk'],
    'de-DE': ['arbeitsagentur.de', 'drv-bund.de', 'finanzamt.nrw.de'], 'de-AT': ['ams.at', 'oegk.at', 'pv.at'],
    'fr-FR': ['caf.fr', 'ameli.fr', 'ants.gouv.fr'], 'es-ES': ['seg-social.es', 'sepe.es', 'dgt.es'],
    'es-MX': ['imss.gob.mx', 'sat.gob.mx'], 'it-IT': ['inps.it', 'agenziaentrate.it'],
    'nl-NL': ['svb.nl', 'uwv.nl', 'belastingdienst.nl'], 'pl-PL': ['zus.pl', 'gov.pl'],
    'pt-BR': ['inss.gov.br', 'receita.fazenda.gov.br'], 'sv-SE': ['forsakringskassan.se', 'skatteverket.se'],
    'fi-FI': ['kela.fi', 'vero.fi'], 'cs-CZ': ['cssz.cz', 'mpsv.cz'], 'bg-BG': ['nssi.bg', 'nap.bg'],
    'tr-TR': ['sgk.gov.tr', 'gib.gov.tr'], 'el-GR': ['efka.gov.gr', 'aade.gr'], 'uk-UA': ['pfu.gov.ua', 'tax.gov.ua'],
    'hi-IN': ['incometax.gov.in', 'uidai.gov.in'], 'zh-CN': ['mohrss.gov.cn'], 'ja-JP': ['nenkin.go.jp'],
    'ko-KR': ['nps.or.kr'], 'he-IL': ['btl.gov.il'], 'th-TH': ['sso.go.th', 'rd.go.th'], 'ar-EG': ['nosi.gov.eg']}
ROLE_LOCALS = ['info', 'service', 'contact', 'help', 'enquiries', 'kundenservice', 'support', 'post']
LOCAL_OFFICES = {
    'en-US': ['1500 Martin Luther King Jr Blvd', '200 Lincoln Ave, Suite 4'], 'en-GB': ['Churchill Way', 'Nelson Street'],
    'de-DE': ['Konrad-Adenauer-Straße 3', 'Willy-Brandt-Platz 1'], 'de-AT': ['Dr.-Karl-Renner-Ring 3',
    'Kaiser-Josef-Platz 5'], 'fr-FR': ['12 avenue Jean-Jaurès', '9 rue Victor-Hugo'], 'es-ES': [
    'Avenida Blasco Ibáñez 15', 'Plaza Miguel de Unamuno 2'], 'es-MX': ['Avenida Benito Juárez 301',
    'Calle Miguel Hidalgo 12'], 'it-IT': ['Via Giuseppe Verdi 4', 'Piazza Garibaldi 1'], 'nl-NL': ['Thorbeckeplein 1',
    'Wilhelminastraat 2'], 'pl-PL': ['Plac Marii Curie-Skłodowskiej 5', 'ul. Mikołaja Kopernika 10'], 'pt-BR': [
    'Rua Tiradentes 200', 'Avenida Getúlio Vargas 1000'], 'sv-SE': ['Gustav Adolfs torg 1', 'Linnégatan 5'],
    'fi-FI': ['Mannerheimintie 10', 'Runeberginkatu 3'], 'cs-CZ': ['náměstí T. G. Masaryka 1', 'Husova 5'],
    'bg-BG': ['бул. „Васил Левски“ 1', 'ул. „Христо Ботев“ 3'], 'tr-TR': ['Atatürk Bulvarı No:12',
    'İnönü Caddesi No:5'], 'el-GR': ['Λεωφόρος Ελευθερίου Βενιζέλου 12', 'Οδός Καποδιστρίου 3'], 'uk-UA': [
    'вул. Тараса Шевченка, 1', 'просп. Івана Франка, 5'], 'hi-IN': ['महात्मा गांधी मार्ग 1', 'नेहरू रोड 14'],
    'zh-CN': ['中山路1号', '中山北路12号'], 'ja-JP': ['市役所本庁舎1階 3番窓口'], 'ko-KR': ['세종대로 110', '충무로 1'],
    'he-IL': ['שדרות הרצל 1', 'רחוב ז׳בוטינסקי 7'], 'th-TH': ['ถนนพหลโยธิน 1', 'ถนนราชดำเนินกลาง'],
    'ar-EG': ['شارع جمال عبد الناصر 1', 'شارع سعد زغلول 5']}
FORMS = {
    'pension_claim': {'en-US': ['SSA-1-BK'], 'en-GB': ['BR1'], 'de-DE': ['R0100', 'R0500'], 'de-AT': ['ERZ 210'],
                      'fr-FR': ['Cerfa 51508'], 'es-ES': ['modelo de solicitud de jubilación'], 'nl-NL': ['AOW-aanvraag'],
                      'pl-PL': ['ERP-1'], 'sv-SE': ['ansökan om allmän pension'], 'it-IT': ['domanda di pensione']},
    'unemployment_benefit': {'en-US': ['initial UI claim'], 'en-GB': ['UC online claim'], 'de-DE': ['Antrag ALG I'],
                             'de-AT': ['Antrag auf Arbeitslosengeld'], 'fr-FR': ['demande d’ARE'],
                             'es-ES': ['solicitud de prestación contributiva'], 'it-IT': ['NASpI Com'],
                             'nl-NL': ['WW-aanvraag'], 'pl-PL': ['wniosek o zasiłek dla bezrobotnych']},
    'child_benefit': {'en-GB': ['CH2'], 'de-DE': ['KG 1', 'Anlage Kind'], 'de-AT': ['Beih 100'],
                      'fr-FR': ['Cerfa 11423'], 'nl-NL': ['aanvraag kinderbijslag'], 'pl-PL': ['SW-1'],
                      'cs-CZ': ['žádost o přídavek na dítě']},
    'tax_return': {'en-US': ['Form 1040', 'Form 1040-SR'], 'en-GB': ['SA100'], 'de-DE': ['ESt 1 A', 'Anlage N'],
                   'de-AT': ['L1'], 'fr-FR': ['2042', '2042-C'], 'es-ES': ['Modelo 100'], 'it-IT': ['Modello 730'],
                   'pl-PL': ['PIT-37'], 'pt-BR': ['DIRPF'], 'hi-IN': ['ITR-1'], 'es-MX': ['declaración anual'],
                   'sv-SE': ['inkomstdeklaration 1'], 'nl-NL': ['aangifte inkomstenbelasting']},
    'housing_assistance': {'en-US': ['HUD-50058'], 'en-GB': ['HB1'], 'de-DE': ['Wohngeldantrag'],
                           'fr-FR': ['Cerfa 10840'], 'nl-NL': ['aanvraag huurtoeslag']},
    'health_registration': {'en-GB': ['GMS1'], 'de-AT': ['E-Card-Antrag'], 'fr-FR': ['Cerfa S1106', 'formulaire S1'],
                            'de-DE': ['Mitgliedsantrag Krankenkasse'], 'en-US': ['immunization record request']},
    'voter_registration': {'en-GB': ['register to vote (online)', 'postal vote application'],
                           'en-US': ['National Mail Voter Registration Form'], 'fr-FR': ['Cerfa 12669'],
                           'de-DE': ['Antrag auf Briefwahl']},
    'residence_registration': {'de-DE': ['Anmeldung bei der Meldebehörde'], 'de-AT': ['Meldezettel'],
                               'es-ES': ['hoja padronal'], 'it-IT': ['dichiarazione di residenza'],
                               'ja-JP': ['転入届'], 'nl-NL': ['verhuizing doorgeven'], 'cs-CZ': ['přihlašovací lístek']},
    'vehicle_registration': {'en-US': ['REG 343', 'MV-82'], 'en-GB': ['V5C', 'V62'], 'de-DE': ['Zulassungsantrag'],
                             'fr-FR': ['Cerfa 13750'], 'es-ES': ['solicitud de matriculación'],
                             'it-IT': ['modello TT2119'], 'pl-PL': ['wniosek o rejestrację pojazdu']},
    'disability_allowance': {'en-GB': ['PIP2'], 'en-US': ['SSA-3368'], 'de-DE': ['Antrag nach SGB IX'],
                             'fr-FR': ['Cerfa 15692'], 'nl-NL': ['aanvraag Wajong']},
}
STATUS = {'de': 'in Bearbeitung', 'fr': 'en cours d’instruction', 'pl': 'w trakcie rozpatrywania', 'ja': '審査中',
          'es': 'en trámite', 'it': 'in lavorazione', 'nl': 'in behandeling', 'pt': 'em análise', 'sv': 'under handläggning',
          'cs': 'v řízení', 'tr': 'inceleniyor', 'el': 'σε επεξεργασία', 'uk': 'на розгляді', 'zh': '审核中',
          'ko': '심사 중', 'fi': 'käsittelyssä', 'bg': 'в процес на обработка', 'he': 'בטיפול', 'th': 'อยู่ระหว่างพิจารณา',
          'ar': 'قيد المراجعة', 'hi': 'प्रक्रियाधीन'}
BENEFIT_KINDS = {'pension_claim', 'unemployment_benefit', 'child_benefit', 'tax_return', 'housing_assistance',
                 'disability_allowance'}


LAWS = {
    'pension_claim': ['SGB VI § 35', 'Social Security Act 1935, Title II', 'Pensions Act 2014',
                      'Code de la sécurité sociale, art. L351-1', 'Ley General de la Seguridad Social, art. 205'],
    'unemployment_benefit': ['SGB III § 136', 'Welfare Reform Act 2012', 'Arbeitslosenversicherungsgesetz 1977',
                             'Werkloosheidswet', 'Federal Unemployment Tax Act'],
    'child_benefit': ['Einkommensteuergesetz § 62', 'Social Security Contributions and Benefits Act 1992, Part IX',
                      'Familienlastenausgleichsgesetz 1967', 'Algemene Kinderbijslagwet'],
    'tax_return': ['Einkommensteuergesetz § 25', 'Income Tax Act 2007', 'Internal Revenue Code § 6012',
                   'Code général des impôts, art. 170', 'Ley 35/2006 del IRPF'],
    'housing_assistance': ['Wohngeldgesetz § 19', 'Housing Act of 1937, Section 8', 'Housing Benefit Regulations 2006',
                           'Code de la construction et de l’habitation, art. L831-1', 'Wet op de huurtoeslag'],
    'health_registration': ['SGB V § 291', 'National Health Service Act 2006', 'ASVG § 31a',
                            'Infektionsschutzgesetz § 20', 'Code de la santé publique, art. L3111-2'],
    'voter_registration': ['Representation of the People Act 1983', 'National Voter Registration Act of 1993',
                           'Bundeswahlgesetz § 17', 'Code électoral, art. L11', 'Voting Rights Act of 1965'],
    'residence_registration': ['Bundesmeldegesetz § 17', 'Meldegesetz 1991', 'Ley 7/1985, art. 15',
                               '住民基本台帳法 第22条', 'Wet basisregistratie personen'],
    'vehicle_registration': ['Vehicle Excise and Registration Act 1994', 'Fahrzeug-Zulassungsverordnung § 6',
                             'California Vehicle Code § 4000', 'Code de la route, art. R322-1'],
    'disability_allowance': ['SGB IX § 152', 'Welfare Reform Act 2012, Part 4', 'Americans with Disabilities Act of 1990',
                             'Loi n° 2005-102', 'Ley General de Discapacidad (RDL 1/2013)'],
}
OFFICIALS = {
    'pension_claim': ['the Pensions Minister', 'the board of the pension fund'],
    'unemployment_benefit': ['the Federal Employment Agency', 'the Secretary of State for Work and Pensions'],
    'child_benefit': ['the head of the Familienkasse', 'the Child Benefit Office'],
    'tax_return': ['the Commissioner of Internal Revenue', 'the Federal Ministry of Finance'],
    'housing_assistance': ['the housing minister', 'the local housing authority'],
    'health_registration': ['the Chief Medical Officer', 'the Standing Committee on Vaccination (STIKO)'],
    'voter_registration': ['the Electoral Registration Officer', 'the Federal Returning Officer'],
    'residence_registration': ['the Registrar General', 'the municipal registration office'],
    'vehicle_registration': ['the DVLA chief executive', 'the Federal Motor Transport Authority (KBA)'],
    'disability_allowance': ['the Secretary of State for Work and Pensions', 'the Social Security Commissioner'],
}


def form_for(rng, kind, loc):
    f = FORMS[kind].get(loc)
    if f:
        return rng.choice(f)
    return f'{KIND_INFO[kind]["ref"]}-{rng.randint(1, 40):02d} ({KIND_INFO[kind]["what"]} form)'


def role_mailbox(rng, loc):
    return f'{rng.choice(ROLE_LOCALS)}@{rng.choice(AGENCY_DOMAINS[loc])}'


def an(word):
    return ('an ' if word[0] in 'aeiou' else 'a ') + word


def fill(rng, s):
    y1 = rng.randint(1975, 1995)
    return s.format(d1=dt.date(2026, rng.randint(1, 12), rng.randint(1, 28)).isoformat(), y1=y1, y2=y1 + rng.randint(5, 15),
                    y3=y1 + rng.randint(16, 30), co1=rng.choice(COMPANIES), co2=rng.choice(COMPANIES),
                    n=rng.randint(28, 45), amt1=f'{rng.randint(1800, 5200)}.{rng.randint(0, 99):02d}',
                    amt2=f'{rng.randint(200, 1400)}.00', amt3=f'{rng.randint(40, 980)}.{rng.randint(0, 99):02d}',
                    lot=f'{rng.choice("ABCDEFGHJK")}{rng.randint(1000, 9999)}{rng.choice("XYZ")}',
                    vin=vin(rng), car=rng.choice(CARS),
                    gp=rng.choice(['Riverside Medical Practice', 'Praxis am Marktplatz', 'Cabinet médical des Halles',
                                   'Centro de Salud Norte', 'Huisartsenpraktijk De Linde', 'Vårdcentralen Centrum']))


def vin(rng):
    a = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    return rng.choice(['WVW', 'TMB', 'VF1', 'ZFA', 'UU1', 'KMH', 'JTD']) + ''.join(rng.choice(a) for _ in range(14))


def ref_code(rng, kind):
    p = KIND_INFO[kind]['ref']
    return rng.choice([f'{p}-2026-{rng.randint(100000, 999999)}', f'{p}/{rng.randint(10, 99)}/{rng.randint(1000, 9999)}/26',
                       f'{rng.randint(100, 999)}-{p}{rng.randint(10000, 99999)}', f'Case {p}{rng.randint(1000000, 9999999)}'])


def agency(kind, loc):
    return COUNTRY_AGENCY[kind].get(loc) or f'{GENERIC_AGENCY[kind]} ({L[loc]["country"]})'


# --------------------------------------------------------------------------------------------- record builder
class Rec:
    def __init__(self, rng, loc, kind, sensitive):
        self.rng, self.loc, self.kind, self.sensitive = rng, loc, kind, sensitive
        self.values = []   # (entity, value)
        self.style = []

    def v(self, ent, val):
        self.values.append((ent, val))
        return val


def person_fields(rec, p, which):
    """Render selected fields of person p; returns list of (label, value) and registers values."""
    r, lab = rec.rng, L[p.loc]['lab']
    out = []
    for w in which:
        if w == 'name':
            out.append((lab['name'], rec.v('person', p.name)))
        elif w == 'dob':
            out.append((lab['dob'], rec.v('DATE_OF_BIRTH', p.dob())))
        elif w == 'addr':
            out.append((lab['addr'], rec.v('STREET_ADDRESS', p.address())))
        elif w == 'phone':
            out.append((lab['phone'], rec.v('phone', p.phone())))
        elif w == 'email':
            out.append((lab['email'], rec.v('email', p.email())))
        elif w == 'id':
            ids = p.ids()
            if ids:
                pref = KIND_INFO[rec.kind]['id_pref']
                ids.sort(key=lambda t: pref.index(t[0]) if t[0] in pref else 9)
                ent, labl, val = ids[0] if r.random() < 0.75 else r.choice(ids)
                out.append((labl, rec.v(ent, val)))
        elif w == 'id2':
            ids = p.ids()
            if len(ids) > 1:
                ent, labl, val = ids[-1]
                out.append((labl, rec.v(ent, val)))
        elif w == 'bank':
            if p.loc == 'en-US':
                rtn, acct = p.us_bank()
                out.append(('Routing number', rec.v('US_BANK_NUMBER', rtn)))
                out.append(('Account number', rec.v('US_BANK_NUMBER', acct)))
            else:
                ib = p.iban()
                if ib:
                    out.append(('IBAN', rec.v('iban', ib)))
        elif w == 'passport':
            pno = p.passport()
            out.append(('Passport no.', rec.v('PASSPORT', pno)))
            if r.random() < 0.3:
                nat = {'en-US': 'USA', 'en-GB': 'GBR', 'de-DE': 'D<<', 'fr-FR': 'FRA', 'hi-IN': 'IND', 'zh-CN': 'CHN',
                       'ja-JP': 'JPN', 'ko-KR': 'KOR', 'tr-TR': 'TUR', 'uk-UA': 'UKR', 'pt-BR': 'BRA',
                       'th-TH': 'THA', 'ar-EG': 'EGY', 'es-MX': 'MEX'}.get(p.loc, 'XXX')
                out.append(('MRZ line 2', rec.v('PASSPORT', p.mrz(pno, nat))))
        elif w == 'dl':
            out.append(('Driver licence no.', rec.v('DRIVER_LICENSE', p.driver_license())))
        elif w == 'card':
            out.append(('Card', rec.v('credit_card', gen_card(r))))
        elif w == 'mrn':
            mrn = r.choice([f'MRN {r.randint(1000000, 9999999)}', f'{r.randint(10, 99)}-{r.randint(100000, 999999)}',
                            f'KH{r.randint(10000000, 99999999)}'])
            out.append(('Hospital record no.', rec.v('MEDICAL_RECORD', mrn)))
        elif w == 'ip':
            out.append(('Login IP', rec.v('IP_ADDRESS', gen_ip(r))))
    return out


KIND_FIELDS = {
    'pension_claim': ['name', 'dob', 'id', 'addr', 'phone', 'bank'],
    'unemployment_benefit': ['name', 'id', 'addr', 'email', 'phone', 'bank'],
    'child_benefit': ['name', 'id', 'addr', 'bank', 'child'],
    'tax_return': ['name', 'id', 'addr', 'bank', 'email'],
    'housing_assistance': ['name', 'dob', 'addr', 'phone', 'landlord', 'id'],
    'health_registration': ['name', 'dob', 'id', 'addr', 'phone', 'mrn'],
    'voter_registration': ['name', 'dob', 'addr', 'id', 'email'],
    'residence_registration': ['name', 'dob', 'addr', 'passport', 'landlord', 'phone'],
    'vehicle_registration': ['name', 'addr', 'dl', 'card', 'phone', 'bank'],
    'disability_allowance': ['name', 'dob', 'id', 'addr', 'mrn', 'carer', 'phone'],
}


def sensitive_doc(rec):
    """Returns (doc_text, fields_dict, subject_person)."""
    r, loc, kind = rec.rng, rec.loc, rec.kind
    p = Person(r, loc)
    if kind == 'pension_claim':
        p.born = dt.date(r.randint(1955, 1962), r.randint(1, 12), r.randint(1, 28))
    info = KIND_INFO[kind]
    base = list(KIND_FIELDS[kind])
    mode = r.random()
    if mode < 0.15:
        which = [r.choice([w for w in base if w not in ('child', 'landlord', 'carer')] + ['ip'])]
        rec.style.append('single_item')
    elif mode < 0.5:
        which = [w for w in base if r.random() < 0.6] or ['name', 'addr']
        rec.style.append('partial')
    else:
        which = base + (['ip'] if r.random() < 0.15 else []) + (['id2'] if r.random() < 0.3 else [])
        rec.style.append('full_form')
    extra_people = []
    which2 = []
    for w in which:
        if w == 'child':
            c = Person(r, loc, born=dt.date(r.randint(2009, 2025), r.randint(1, 12), r.randint(1, 28)))
            c.family = p.family if L[loc]['order'] != 'fg' or loc == 'ja-JP' else p.family
            c.g = r.choice('mf')
            extra_people.append(('child', c, ['name', 'dob'] + (['id'] if r.random() < 0.5 else [])))
        elif w == 'landlord':
            extra_people.append(('landlord', Person(r, loc), ['name'] + (['phone'] if r.random() < 0.5 else [])))
        elif w == 'carer':
            extra_people.append(('carer', Person(r, loc), ['name', 'phone']))
        else:
            which2.append(w)
    fields = person_fields(rec, p, which2)
    for role, q, qw in extra_people:
        for lab_, val in person_fields(rec, q, qw):
            fields.append((f'{role}: {lab_}', val))
    extras = [fill(r, e) for e in r.sample(info['extras'], r.randint(1, min(3, len(info['extras']))))]
    ref = ref_code(r, kind)
    ag = agency(kind, loc)
    form = form_for(r, kind, loc)
    if not fields:
        fields = person_fields(rec, p, ['name'])
    shape = r.random()
    if rec.style[-1] == 'single_item':
        lab_, val = fields[0]
        kinds_txt = {
            'person': f'My {r.choice(["mother", "father", "husband", "neighbour", "aunt"])} {val} asked me to help '
                      f'with {an(info["what"])} at {ag}.',
            'IP_ADDRESS': f'{ag} locked my account during the {info["what"]} ({ref}) after a login from {val}. That '
                          f'was me, from home. How do I get it unlocked?',
            'DATE_OF_BIRTH': f'The {info["what"]} ({form}) was rejected because my {lab_} did not match: I wrote '
                             f'{val}. What should I send them?',
            'phone': f'They want a callback number for the {info["what"]} ({ref}), I gave them my mobile {val}.',
            'email': f'Confirmation of the {info["what"]} will go to {val}, is that enough?',
        }
        ent = rec.values[0][0]
        txt = kinds_txt.get(ent, f'{ag} asks for my {lab_} on the {info["what"]} ({form}). It is {val}. '
                                 f'Which box does it go in?')
        rec.style.append('incidental')
        return txt, dict(fields), p
    if shape < 0.4:
        lines = [f'{ag} — {form}', f'Ref: {ref}'] + [f'{a}: {b}' for a, b in fields] + extras
        rec.style.append('form')
        return '\n'.join(lines), dict(fields), p
    if shape < 0.65:
        body = '; '.join(f'{a} {b}' for a, b in fields)
        who = r.choice(['I am filling in', 'I\'m helping a relative with', 'As a volunteer at the advice centre I am doing',
                        'We are preparing', 'I work at the citizens\' advice desk and have'])
        txt = (f'{who} {an(info["what"])} for {ag} ({form}). Details: {body}. ' + ' '.join(extras) +
               f' Reference so far: {ref}.')
        rec.style.append('narrative')
        return txt, dict(fields), p
    if shape < 0.85:
        head = [b for a, b in fields if a in (L[loc]['lab']['name'], L[loc]['lab']['addr'])]
        rest = [f'{a}: {b}' for a, b in fields if b not in head]
        txt = '\n'.join([ag] + head + ['', f'Our reference: {ref}', f'Re: your {info["what"]}', ''] +
                        [f'We have received your application. Please confirm the following details by '
                         f'{dt.date(2026, r.randint(1, 12), r.randint(1, 28)).isoformat()}:'] + rest + extras)
        rec.style.append('agency_letter')
        return txt, dict(fields), p
    txt = json.dumps({'case': ref, 'form': form, 'applicant': dict(fields), 'notes': extras}, ensure_ascii=False)
    rec.style.append('case_row')
    return txt, dict(fields), p


def benign_doc(rec):
    r, loc, kind = rec.rng, rec.loc, rec.kind
    info = KIND_INFO[kind]
    ag = agency(kind, loc)
    form = form_for(r, kind, loc)
    ref = ref_code(r, kind)
    lab = L[loc]['lab']
    shape = r.randrange(7)
    if shape == 0:
        tel = gen_phone(r, L[loc]['region'], 'toll')
        tel_s = phonenumbers.format_number(tel, phonenumbers.PhoneNumberFormat.NATIONAL if r.random() < 0.6 else
                                           phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        fields = {'helpline': tel_s, 'mailbox': role_mailbox(r, loc), 'office': r.choice(LOCAL_OFFICES[loc]),
                  'hours': 'Mon–Fri 08:00–18:00', 'form': form}
        txt = (f'{ag} — contact\nHelpline (free): {tel_s}\nWrite to: {fields["mailbox"]}\n'
               f'Visit: {fields["office"]} ({r.choice(L[loc]["towns"])[0]})\nOpening hours: {fields["hours"]}\n'
               f'Bring form {form} and your reference number.')
        rec.style.append('agency_contact')
    elif shape == 1:
        sp = r.choice(SPECIMEN)[0]
        dv = r.sample(DOC_VALUES, 3)
        fields = {lab['name']: r.choice(['__________', f'{sp} (specimen)', '[SURNAME], [First name]']),
                  lab['dob']: r.choice(['DD/MM/YYYY', 'TT.MM.JJJJ', '____-__-__']),
                  lab['addr']: '[street, number, postcode, town]', 'example values': dv}
        txt = (f'{form} — completion guide ({ag})\n' + '\n'.join(f'{k}: {v}' for k, v in fields.items()) +
               f'\nThe sample sheet shows the specimen name {sp}; do not copy it.')
        rec.style.append('blank_specimen')
    elif shape == 2:
        fields = {'case': ref, 'claimant': '[NAME REDACTED]', 'born': '19**', 'address': '[ADDRESS]',
                  'id': '***-**-****' if loc == 'en-US' else '[ID REMOVED]',
                  'outcome': r.choice(['award confirmed', 'refused, appeal lodged', 'further evidence requested'])}
        txt = (f'Anonymised decision summary ({ag}), {form}:\n' + json.dumps(fields, ensure_ascii=False) +
               '\nThe claimant had paid contributions for 31 years; the panel applied the standard rate.')
        rec.style.append('anonymised')
    elif shape == 3:
        hist = [h for k, h in HISTORICAL if k == kind] or [r.choice(HISTORICAL)[1]]
        n1, n2 = r.randint(120, 990), r.randint(11, 64)
        fields = {'stat': f'{n1},{r.randint(100, 999)} claims in 2025', 'days': n2, 'note': r.choice(hist)}
        txt = (f'{ag}: {fields["stat"]}, median processing time {n2} days, {r.randint(3, 29)}% decided online. '
               f'{fields["note"]} Helpline volumes peak in January.')
        rec.style.append('statistics_history')
    elif shape == 4:
        fields = {'reference': ref, 'form': form,
                  'status': STATUS.get(loc[:2], 'pending review') if r.random() < 0.7 else 'pending review'}
        day = dt.date(2026, r.randint(1, 12), r.randint(1, 28)).isoformat()
        if kind in BENEFIT_KINDS:
            fields.update(payment_date=day, amount=f'{r.randint(90, 1900)}.{r.randint(0, 99):02d}')
        else:
            fields.update(appointment=f'{day} {r.randint(8, 15)}:{r.choice(["00", "15", "30", "45"])}',
                          counter=f'{r.choice("ABCD")}{r.randint(1, 30)}')
        fields['letter_tracking'] = (f'{r.choice(["JD", "RR", "LX"])}{r.randint(100000000, 999999999)}'
                                     f'{L[loc]["region"]}')
        txt = (f'The portal of {ag} shows for my {info["what"]}: ' + ', '.join(f'{k}={v}' for k, v in fields.items()) +
               '. What does the status mean and when will it be paid?')
        rec.style.append('reference_status')
    elif shape == 5:
        fields = {'test_user': r.choice(['jane.doe@example.org', 'tester@example.com']),
                  'test_phone': r.choice(['+1 202-555-0143', '(555) 010-0182', '+44 20 7946 0958']),
                  'test_ip': r.choice(['192.0.2.44', '198.51.100.7', '203.0.113.19', '2001:db8::17']),
                  'test_iban': r.choice(['DE89370400440532013000', 'GB82WEST12345698765432', 'NL91ABNA0417164300']),
                  'test_card': r.choice(['4111111111111111', '4242424242424242', '5555555555554444']),
                  'applicant': r.choice(SPECIMEN)[0]}
        txt = (f'Fixture for the {info["what"]} portal of {ag} (staging):\n' + json.dumps(fields, ensure_ascii=False) +
               '\nGenerate 3 more fixtures in the same shape using only documentation values.')
        rec.style.append('test_fixture')
    else:
        fields = {'law': r.choice(LAWS[kind]), 'official': r.choice(OFFICIALS[kind]),
                  'office': r.choice(LOCAL_OFFICES[loc])}
        txt = (f'Under {fields["law"]}, {fields["official"]} publishes the {info["what"]} rules each year. '
               f'Appeals go to the office at {fields["office"]}. Form {form} replaces the older paper version.')
        rec.style.append('law_official')
    return txt, fields, None


# --------------------------------------------------------------------------------------------- carriers
ASKS = {
    'pension_claim': ['Check my pension claim for missing information.', 'Draft a cover letter to go with this.',
                      'What happens next with this pension claim?'],
    'unemployment_benefit': ['Help me answer the questions on this form.', 'Write a polite chaser about this claim.',
                             'Is anything wrong in these details?'],
    'child_benefit': ['Translate this into English for the school.', 'Summarise what they are asking for.',
                      'Draft a reply confirming the details.'],
    'tax_return': ['Which boxes do these go into?', 'Double-check the numbers.', 'Explain the refund to me simply.'],
    'housing_assistance': ['Write an appeal against the refusal.', 'Turn this into a short letter.',
                           'What evidence should I attach?'],
    'health_registration': ['Help me register with this.', 'Make a checklist of what to bring.',
                            'Translate this to English please.'],
    'voter_registration': ['Can I still vote by post with this?', 'Fill in the online form fields from this.',
                           'Summarise the deadlines.'],
    'residence_registration': ['Prepare the Anmeldung for me.', 'Draft an email to book an appointment.',
                               'What documents am I missing?'],
    'vehicle_registration': ['Write the message to the registration office.', 'Check the details match.',
                             'Summarise what I still have to pay.'],
    'disability_allowance': ['Help me describe my daily needs better.', 'Draft the mandatory reconsideration letter.',
                             'Make this clearer for the assessor.'],
}
SYSTEMS = ['You help residents with forms for public services. Be accurate and concise.',
           'You are a citizens\' advice assistant. Do not give legal advice; explain procedures.',
           'Assistant for a municipal one-stop service desk.',
           'You help people deal with government agencies in plain language.',
           'You are a benefits caseworker copilot for a local authority.']
CARRIERS = ['user', 'system', 'assistant_echo', 'tool_result', 'completions', 'tool_call_args', 'content_parts',
            'user', 'file_part', 'image_url', 'response_format', 'user_field', 'user', 'metadata', 'multi_turn',
            'completions', 'tool_result', 'content_parts', 'user', 'multi_turn']


def model_name(r):
    return r.choice(['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'gpt-4o'])


def _case(ref):
    return ref if ref.startswith('Case') else f'case {ref}'


def build_body(rec, txt, fields, carrier):
    r, kind, loc = rec.rng, rec.kind, rec.loc
    ask = r.choice(ASKS[kind])
    if r.random() < 0.35:
        ask = L[loc]['ask'] + ' ' + ask if r.random() < 0.5 else L[loc]['ask']
    sysm = {'role': 'system', 'content': r.choice(SYSTEMS)}
    body = {'model': model_name(r)}
    if carrier == 'completions':
        body['prompt'] = f'{txt}\n\n### Task: {ask}\n### Answer:'
        body['max_tokens'] = r.choice([256, 400, 800])
        if r.random() < 0.5:
            body['stop'] = ['###']
        return 'completions', body
    msgs = [sysm]
    if carrier == 'user':
        msgs.append({'role': 'user', 'content': f'{ask}\n\n{txt}' if r.random() < 0.5 else f'{txt}\n\n{ask}'})
    elif carrier == 'system':
        msgs[0] = {'role': 'system', 'content': f'{sysm["content"]}\nCase context for this session:\n{txt}'}
        msgs.append({'role': 'user', 'content': ask})
    elif carrier == 'assistant_echo':
        msgs += [{'role': 'user', 'content': 'I will paste the document, just read it.'},
                 {'role': 'assistant', 'content': f'Received. Here is the text as I read it:\n{txt}'},
                 {'role': 'user', 'content': ask}]
    elif carrier == 'tool_result':
        cid = f'call_{r.randint(10 ** 11, 10 ** 12 - 1)}'
        msgs += [{'role': 'user', 'content': f'Look up {_case(ref_code(r, kind))}. {ask}'},
                 {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                     'name': 'lookup_case', 'arguments': json.dumps({'system': kind})}}]},
                 {'role': 'tool', 'tool_call_id': cid, 'content': txt}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'lookup_case', 'description':
                          'Fetch a case from the caseworker system', 'parameters': {'type': 'object', 'properties': {
                              'system': {'type': 'string'}}, 'required': ['system']}}}]
    elif carrier == 'tool_call_args':
        cid = f'call_{r.randint(10 ** 11, 10 ** 12 - 1)}'
        args = {k if k.isascii() else f'field_{i}': v for i, (k, v) in enumerate(fields.items())}
        msgs += [{'role': 'user', 'content': f'{ask}\n{txt[:0]}Submit it when it looks right.'},
                 {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                     'name': 'submit_form', 'arguments': json.dumps(args, ensure_ascii=False)}}]},
                 {'role': 'tool', 'tool_call_id': cid, 'content': json.dumps({'status': 'validation_error',
                                                                              'field': 'signature'})},
                 {'role': 'user', 'content': 'What does that error mean?'}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'submit_form', 'description':
                          f'Submit the {KIND_INFO[kind]["what"]} to {agency(kind, loc)}',
                          'parameters': {'type': 'object', 'additionalProperties': True}}}]
    elif carrier == 'content_parts':
        msgs.append({'role': 'user', 'content': [{'type': 'text', 'text': ask}, {'type': 'text', 'text': txt}]})
    elif carrier == 'file_part':
        b64 = base64.b64encode(txt.encode('utf-8')).decode()
        fname = f'{KIND_INFO[kind]["ref"].lower()}_{r.randint(100, 999)}.txt'
        msgs.append({'role': 'user', 'content': [{'type': 'text', 'text': ask}, {'type': 'file', 'file': {
            'filename': fname, 'file_data': f'data:text/plain;base64,{b64}'}}]})
    elif carrier == 'image_url':
        q = urllib.parse.urlencode({k if k.isascii() else f'f{i}': v if isinstance(v, (str, int)) else json.dumps(v)
                                    for i, (k, v) in enumerate(list(fields.items())[:4])})
        url = f'https://portal.service.example.gov/preview/{KIND_INFO[kind]["ref"].lower()}.png?{q}'
        msgs.append({'role': 'user', 'content': [{'type': 'text', 'text': f'{ask} The scan is attached.'},
                                                 {'type': 'image_url', 'image_url': {'url': url, 'detail': 'low'}}]})
    elif carrier == 'response_format':
        msgs.append({'role': 'user', 'content': f'{ask}\n\n{txt}'})
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'form_check', 'schema': {
            'type': 'object', 'properties': {'missing_fields': {'type': 'array', 'items': {'type': 'string'}},
                                             'summary': {'type': 'string'}}, 'required': ['summary']}}}
    elif carrier == 'user_field':
        msgs.append({'role': 'user', 'content': f'{txt}\n\n{ask}'})
        em = [v for e, v in rec.values if e == 'email']
        body['user'] = em[0] if em else f'u_{r.randint(10 ** 7, 10 ** 8)}'
    elif carrier == 'metadata':
        msgs.append({'role': 'user', 'content': ask})
        body['store'] = True
        body['metadata'] = {'channel': 'service-desk', 'case_note': txt}
    elif carrier == 'multi_turn':
        cut = txt.rfind('\n', 0, len(txt) // 2 + 1)  # split between lines only, never inside a value
        cut = max(cut, 0)
        msgs += [{'role': 'user', 'content': f'{ask}\n{txt[:cut]}'},
                 {'role': 'assistant', 'content': 'Thanks — please send the rest of the document.'},
                 {'role': 'user', 'content': txt[cut:].strip()}]
    if r.random() < 0.2 and carrier not in ('tool_result', 'tool_call_args'):
        body['temperature'] = r.choice([0, 0.2, 0.7])
    body['messages'] = msgs
    return 'chat', body


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    extra = []
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        extra.append(base64.b64decode(m.group(1)).decode('utf-8'))
    for m in re.finditer(r'https?://[^\s"]+', s):
        extra.append(urllib.parse.unquote_plus(m.group(0)))
    # JSON-escaped strings inside tool arguments: decode once more
    for m in re.finditer(r'"arguments": "((?:[^"\\]|\\.)*)"', s):
        extra.append(json.loads('"' + m.group(1) + '"'))
    return s + '\n' + '\n'.join(extra)


def gen_pii(seed):
    rng = random.Random(seed)
    recs = []
    per_kind_sens, per_kind_ben = 29, 21
    li = 0
    for kind in KINDS:
        plan = [True] * per_kind_sens + [False] * per_kind_ben
        rng.shuffle(plan)
        for j, sens in enumerate(plan):
            loc = LOCALE_ROTA[(li * 7 + 3) % len(LOCALE_ROTA)]
            li += 1
            r = random.Random(rng.randrange(2 ** 32))
            rec = Rec(r, loc, kind, sens)
            if sens:
                txt, fields, _ = sensitive_doc(rec)
            else:
                txt, fields, _ = benign_doc(rec)
            carrier = CARRIERS[(li * 3 + KINDS.index(kind)) % len(CARRIERS)]
            if carrier == 'user_field' and not any(e == 'email' for e, _ in rec.values) and sens:
                carrier = 'user'
            if carrier == 'tool_call_args' and not fields:
                carrier = 'user'
            endpoint, body = build_body(rec, txt, fields, carrier)
            hay = haystack(body)
            ents = sorted({e for e, v in rec.values if v in hay})
            if sens and not ents:
                raise SystemExit(f'sensitive record lost its values: {kind} {loc} {carrier}')
            assert bool(ents) == sens
            recs.append({'category': kind if sens else f'{kind}_benign', 'sensitive': bool(ents), 'entities': ents,
                         'endpoint': endpoint, 'lang': loc, 'style': ' · '.join(rec.style + [carrier]),
                         'body': body})
    rng.shuffle(recs)
    for i, rec in enumerate(recs, 1):
        rec_id = {'id': f'bajada-pii-{i:04d}'}
        rec_id.update(rec)
        recs[i - 1] = rec_id
    return recs


# --------------------------------------------------------------------------------------------- complexity
EASY_SHORT = {
    'en': ['What does "{t}" mean on a {w}?', 'Translate "{t}" into French.', 'Is {d} a weekday?',
           'Spell out the abbreviation {a}.', 'Put these in alphabetical order: {l}.', 'What is 12% of {n}?'],
    'de': ['Was bedeutet „{t}“ auf einem Formular?', 'Übersetze „{t}“ ins Englische.', 'Wie viel sind 19 % von {n}?'],
    'fr': ['Que signifie « {t} » sur un formulaire ?', 'Traduis « {t} » en anglais.'],
    'es': ['¿Qué significa «{t}» en un formulario?', 'Traduce «{t}» al inglés.'],
    'it': ['Cosa vuol dire "{t}" su un modulo?', 'Traduci "{t}" in inglese.'],
    'nl': ['Wat betekent "{t}" op een formulier?', 'Vertaal "{t}" naar het Engels.'],
    'pl': ['Co oznacza „{t}” na formularzu?', 'Przetłumacz „{t}” na angielski.'],
    'pt': ['O que significa "{t}" num formulário?', 'Traduza "{t}" para o inglês.'],
    'sv': ['Vad betyder "{t}" på en blankett?', 'Översätt "{t}" till engelska.'],
    'fi': ['Mitä "{t}" tarkoittaa lomakkeessa?', 'Käännä "{t}" englanniksi.'],
    'cs': ['Co znamená „{t}“ na formuláři?', 'Přelož „{t}“ do angličtiny.'],
    'tr': ['Formda "{t}" ne anlama geliyor?', '"{t}" ifadesini İngilizceye çevir.'],
    'el': ['Τι σημαίνει «{t}» σε ένα έντυπο;', 'Μετάφρασε το «{t}» στα αγγλικά.'],
    'uk': ['Що означає «{t}» у формі?', 'Переклади «{t}» англійською.'],
    'bg': ['Какво означава „{t}“ във формуляра?', 'Преведи „{t}“ на английски.'],
    'hi': ['फ़ॉर्म पर "{t}" का क्या मतलब है?', '"{t}" का अंग्रेज़ी में अनुवाद करें।'],
    'zh': ['表格上的“{t}”是什么意思？', '把“{t}”翻译成英文。'],
    'ja': ['書類の「{t}」とはどういう意味ですか。', '「{t}」を英語に訳してください。'],
    'ko': ['서류에 있는 "{t}"은 무슨 뜻이에요?', '"{t}"를 영어로 번역해 주세요.'],
    'he': ['מה פירוש "{t}" בטופס?', 'תרגם את "{t}" לאנגלית.'],
    'th': ['"{t}" ในแบบฟอร์มหมายถึงอะไร', 'แปล "{t}" เป็นภาษาอังกฤษ'],
    'ar': ['ما معنى "{t}" في الاستمارة؟', 'ترجم "{t}" إلى الإنجليزية.'],
}
TERMS = ['Meldebescheinigung', 'Wohngeld', 'Kindergeld', 'P60', 'avis d’imposition', 'empadronamiento', 'ISEE',
         'Zorgtoeslag', 'PIT-37', 'CPF', 'personbevis', 'Kela-kortti', 'výpis z rejstříku', 'e-Devlet', 'ΑΜΚΑ',
         'довідка', 'UPRN', '住民票', '户口本', '주민등록등본', 'tax code 1257L', 'council tax band D']
ABBR = ['DWP', 'HMRC', 'SSA', 'DMV', 'IRS', 'CAF', 'SEPE', 'UWV', 'ZUS', 'INPS', 'DVLA', 'PIP']


def easy_short(r, lang):
    t = r.choice(EASY_SHORT[lang])
    return t.format(t=r.choice(TERMS), w=r.choice(['tax form', 'benefit letter', 'council bill']),
                    d=dt.date(2027, r.randint(1, 12), r.randint(1, 28)).strftime('%d %B %Y'), a=r.choice(ABBR),
                    l=', '.join(r.sample(ABBR, 5)), n=r.randint(120, 9800))


LONG_EASY_INSTR = {
    'en': ['Summarise this notice in five bullet points.', 'Convert this list into a CSV with the same columns.',
           'Sort these rows by date, oldest first, and return them unchanged otherwise.',
           'Translate this notice into plain Spanish.', 'Extract every date in this text as a list.'],
    'de': ['Fasse diesen Bescheid in fünf Stichpunkten zusammen.', 'Mach aus dieser Liste eine Tabelle.'],
    'fr': ['Résume cet avis en cinq points.', 'Transforme cette liste en tableau.'],
    'es': ['Resume este aviso en cinco puntos.', 'Convierte esta lista en una tabla.'],
    'it': ['Riassumi questo avviso in cinque punti.'], 'nl': ['Vat deze brief samen in vijf punten.'],
    'pl': ['Streść to pismo w pięciu punktach.'], 'pt': ['Resuma este aviso em cinco tópicos.'],
    'sv': ['Sammanfatta beskedet i fem punkter.'], 'fi': ['Tiivistä tämä ilmoitus viiteen kohtaan.'],
    'cs': ['Shrň toto oznámení do pěti bodů.'], 'tr': ['Bu duyuruyu beş maddede özetle.'],
    'el': ['Συνόψισε την ανακοίνωση σε πέντε σημεία.'], 'uk': ['Підсумуй це повідомлення у п’яти пунктах.'],
    'bg': ['Обобщи съобщението в пет точки.'], 'hi': ['इस सूचना का पाँच बिंदुओं में सारांश दें।'],
    'zh': ['用五个要点总结这份通知。'], 'ja': ['この通知を5つの箇条書きで要約してください。'],
    'ko': ['이 안내문을 다섯 줄로 요약해 주세요.'], 'he': ['סכם את ההודעה בחמש נקודות.'],
    'th': ['สรุปประกาศนี้เป็น 5 ข้อ'], 'ar': ['لخّص هذا الإشعار في خمس نقاط.'],
}
NOTICE_LINES = [
    'The council offices at the Town Hall are closed on public holidays; online services remain available.',
    'Residual waste is collected fortnightly; recycling bins go out on the alternate week before 7 a.m.',
    'Applications for the winter fuel payment must reach the office before the last working day of March.',
    'Library cards are free for residents; replacement cards cost 2.50 and can be paid at any branch.',
    'Parking permits for zone {z} are renewed annually; the renewal letter is sent six weeks in advance.',
    'Citizens can book an appointment for passport photos at the one-stop shop on weekday mornings.',
    'The swimming pool at the leisure centre will be closed for maintenance from {d} for two weeks.',
    'Council tax instalments are taken on the 1st or 15th of each month, as chosen on the direct debit form.',
    'Bulky waste collection can be booked online; up to five items per collection, fee 25.00.',
    'Polling stations open at 07:00 and close at 22:00; the nearest station is shown on the poll card.',
    'Vehicle tax reminders are posted four weeks before the tax runs out; SORN can be declared online.',
    'The pension statement shows contribution years; gaps can be filled by voluntary contributions.',
    'Garden waste subscriptions for {y} open on {d}; the sticker is posted within ten working days.',
    'Residents moving within the borough must update the electoral register within one month.',
    'Free flu vaccinations are offered at the health centre on Tuesdays from {d}; no appointment needed.',
    'The housing register is reviewed every year; applicants who do not reply within 28 days are removed.',
    'Blue badge applications need a recent photo and proof of address; decisions take up to 12 weeks.',
    'The registry office issues certified copies of certificates on the same day if ordered before 11 a.m.',
    'School transport passes for zone {z} are issued in August; lost passes are replaced for a fee of 10.00.',
    'Street lighting faults can be reported online with the lamp-post number printed on the column.',
    'Child benefit is paid every four weeks, usually on a Monday or Tuesday, into the account given on the claim.',
    'Tax returns filed on paper must arrive by 31 October; online returns have until 31 January.',
]


def long_easy(r, lang):
    rows = []
    kind = r.random()
    if kind < 0.5:
        pool = r.sample(NOTICE_LINES, len(NOTICE_LINES))
        while sum(len(x) for x in rows) < 1700:
            rows.append(pool[len(rows) % len(pool)].format(z=r.randint(1, 9), y=2027,
                                                           d=dt.date(2027, r.randint(1, 12), r.randint(1, 28)).isoformat()))
        doc = '\n'.join(f'{i + 1}. {x}' for i, x in enumerate(rows))
        style = 'notice'
    else:
        i = 0
        while sum(len(x) for x in rows) < 1700:
            i += 1
            rows.append(f'{i}; {r.choice(["Bürgeramt Mitte", "Service desk North", "Library Eastgate", "Recycling centre", "Registry office", "Jobcentre West"])}; '
                        f'{dt.date(2027, r.randint(1, 12), r.randint(1, 28)).isoformat()}; '
                        f'{r.choice(["open 08-16", "closed", "open 10-14", "open 09-18"])}; '
                        f'{r.choice(["walk-in", "appointment only", "phone only"])}')
        doc = 'id; office; date; hours; access\n' + '\n'.join(rows)
        style = 'table'
    instr = r.choice(LONG_EASY_INSTR[lang])
    return (f'{instr}\n\n{doc}' if r.random() < 0.6 else f'{doc}\n\n{instr}'), style


SHORT_HARD = [
    'Design an eligibility engine for child benefit that handles retroactive changes of custody. Compare event '
    'sourcing with bitemporal tables and justify your choice.',
    'Prove that a tax schedule with non-decreasing marginal rates gives a convex tax function and that the '
    'average rate never exceeds the top marginal rate.',
    'Our pension calculator pays one extra month to people born on the 1st of a month. Reason through the likely '
    'off-by-one causes in a monthly accrual loop and how to test for each.',
    'A DMV office has arrivals at {n} per hour and 12-minute mean service. Using M/M/c, find the fewest clerks to '
    'keep the mean wait under 15 minutes and explain the sensitivity to a 10% surge.',
    'Design deduplication of citizen records across three registries with no shared key: blocking strategy, '
    'match scoring, thresholds and how to measure false merges.',
    'Show that a housing allowance taper of {p}% combined with a 20% income tax creates an effective marginal rate '
    'above 60% for some incomes and propose a schedule that avoids cliff edges.',
    'Two benefits each claim to be paid "first" when income is assessed. Model the circular dependency and find a '
    'fixed point or show none exists for a {p}% taper.',
    'Design an offline-first voter registration app for areas with poor signal: sync conflicts, duplicate '
    'submissions, and audit trail — weigh the trade-offs.',
    'Why could a nightly batch that recomputes tax refunds give different results on a rerun over the same data? '
    'List root causes ranked by likelihood and how to prove each.',
    'Given means-tested benefit A (withdrawn at {p}%) and B (withdrawn at 40%), derive the income range where '
    'working one more hour lowers net income, step by step.',
    'Design a queueing and appointment system for a residence-registration office that must hit a 14-day legal '
    'deadline; compare overbooking strategies.',
    'Prove or refute: under first-past-the-post with three parties, adding a polling station can change the winner '
    'even if no voter changes preference.',
    'Our address-matching service marks 3% of valid addresses as unknown since a postcode update. Give a '
    'step-by-step plan to find the root cause.',
    'Design the data model for disability assessments so that reassessments keep history and appeals can reopen '
    'a decision; explain the trade-offs.',
    'Estimate, with explicit assumptions, how many clerks a city of {k} residents needs for vehicle re-registrations '
    'after a plate reform, and how wrong the estimate could be.',
]
SHORT_HARD_LOC = {
    'de': ['Entwirf eine Architektur für die digitale Wohngeldbeantragung mit Datenabruf beim Finanzamt; wäge '
           'Datenschutz, Latenz und Ausfallsicherheit gegeneinander ab.',
           'Beweise, dass bei Progressionszonen mit steigendem Grenzsteuersatz der Durchschnittssteuersatz monoton '
           'wächst.'],
    'fr': ['Conçois un système de calcul des APL qui gère les changements rétroactifs de revenus ; compare deux '
           'approches et justifie.', 'Démontre que le quotient familial plafonné crée un avantage non monotone.'],
    'es': ['Diseña un sistema de cita previa para el padrón que evite reventas de citas; analiza compromisos.',
           'Explica paso a paso por qué la reconciliación de pensiones falla solo en años bisiestos.'],
    'pl': ['Zaprojektuj system wypłat 800 plus odporny na podwójne wnioski; porównaj dwa podejścia.'],
    'pt': ['Projete um sistema antifraude para o INSS que minimize falsos positivos; justifique as escolhas.'],
    'it': ['Progetta il calcolo dell\'ISEE con dati incompleti e spiega i compromessi tra precisione e tempi.'],
    'ja': ['年金記録の名寄せで誤結合を防ぐ仕組みを設計し、トレードオフを説明してください。'],
    'zh': ['设计一个跨省社保转移的数据同步方案，分析一致性与延迟之间的权衡。'],
    'ko': ['주민등록 전입신고 시스템의 중복 신고 문제 원인을 단계적으로 분석하고 해결책을 비교해 주세요.'],
    'nl': ['Ontwerp een toeslagensysteem dat terugvorderingen voorkomt; weeg de alternatieven af.'],
    'sv': ['Designa ett system för bostadsbidrag som hanterar retroaktiva inkomständringar; motivera valen.'],
    'tr': ['e-Devlet randevu sistemindeki çift kayıt hatasının kök nedenini adım adım analiz et.'],
}
LONG_HARD_ASKS = [
    'The log below is from the pension recalculation job. Some claimants get a lower amount after the rerun. '
    'Find the root cause, explain the chain of events and propose a fix with a test.',
    'These rules for housing allowance conflict in places. Work out which rule wins in each conflict, show '
    'the reasoning, and propose a consistent rewrite.',
    'Here is the design note for the new registration portal. Identify the three weakest decisions, explain the '
    'failure modes, and propose alternatives with trade-offs.',
]


LONG_HARD_ASKS_LOC = {
    'de': ['Das Log unten stammt vom Rentenneuberechnungslauf. Manche Berechtigte bekommen nach dem erneuten Lauf '
           'weniger. Finde die Ursache, erkläre die Kette der Ereignisse und schlage eine Korrektur mit Test vor.',
           'Diese Wohngeldregeln widersprechen sich teilweise. Arbeite heraus, welche Regel jeweils Vorrang hat, '
           'begründe es und schlage eine widerspruchsfreie Fassung vor.',
           'Hier ist die Designnotiz für das neue Meldeportal. Benenne die drei schwächsten Entscheidungen, erkläre '
           'die Fehlerbilder und schlage Alternativen mit Abwägungen vor.'],
    'fr': ['Le journal ci-dessous vient du recalcul des pensions. Certains assurés touchent moins après la relance. '
           'Trouve la cause racine, explique l’enchaînement et propose un correctif avec un test.',
           'Ces règles d’aide au logement se contredisent par endroits. Détermine laquelle prévaut dans chaque '
           'conflit, justifie, et propose une réécriture cohérente.',
           'Voici la note de conception du nouveau portail d’inscription. Identifie les trois décisions les plus '
           'faibles, explique les modes de défaillance et propose des alternatives argumentées.'],
    'es': ['El registro de abajo es del recálculo de pensiones. Algunos pensionistas cobran menos tras repetirlo. '
           'Encuentra la causa raíz, explica la cadena de hechos y propone una corrección con una prueba.',
           'Estas normas de ayuda al alquiler se contradicen en parte. Decide cuál prevalece en cada conflicto, '
           'razónalo y propone una redacción coherente.',
           'Esta es la nota de diseño del nuevo portal de empadronamiento. Señala las tres decisiones más débiles, '
           'explica cómo fallan y propone alternativas con sus compromisos.'],
}
RULES = [
    'Income is assessed over the 12 months before the application unless a change of more than {p}% is expected.',
    'A household member absent for more than {m} months is not counted, except students.',
    'Students are counted only if they receive no study grant.',
    'Rent includes heating costs where the landlord does not bill them separately.',
    'Heating costs are never included in rent for the purpose of this allowance.',
    'Changes take effect from the first day of the month after they occur.',
    'Changes that increase the allowance take effect from the day they occur.',
    'The maximum eligible rent for a household of {k} is {amt} per month.',
    'Where two rules conflict, the rule more favourable to the applicant applies.',
    'Where a rule in this section conflicts with section {k}, section {k} prevails.',
    'Lump-sum payments are spread over {m} months for the income test.',
    'Children in shared care count as household members in the home where they spend most nights.',
    'A claim backdated by more than {m} months requires good cause shown in writing.',
    'Capital above {amt} excludes entitlement entirely.',
]
DESIGN = [
    'Sessions are stored server-side for {h} hours to allow resuming a form.',
    'Uploaded evidence is scanned synchronously before the form can be submitted.',
    'The portal calls the population register on every page load to prefill the address.',
    'Appointments are allocated first-come-first-served at midnight.',
    'Error messages include the validation rule identifier for support staff.',
    'The registry API has a {s}-second timeout and no retry.',
    'Drafts are encrypted with a per-user key derived from the login password.',
    'Peak load in the week before the deadline is about {n} submissions per hour.',
    'All municipalities share one database schema; local fields are stored as free-text JSON.',
    'Status e-mails are sent from the web request thread after commit.',
    'Identity is verified once at login; later steps trust the session cookie.',
    'Reports for the ministry are produced by nightly full-table exports.',
    'The appointment calendar is cached at the CDN for {h} minutes.',
    'Caseworkers can edit submitted forms in place; the previous version is not kept.',
]


def long_hard(r):
    which = r.randrange(3)
    lines = []
    if which == 0:
        t = dt.datetime(2026, 11, r.randint(1, 28), 2, 0, 0)
        while sum(len(x) for x in lines) < 1800:
            t += dt.timedelta(seconds=r.randint(1, 40))
            lines.append(r.choice([
                f'{t.isoformat()} INFO recalc batch={r.randint(1, 40)} claims={r.randint(100, 900)} ok',
                f'{t.isoformat()} WARN accrual month boundary tz=Europe/Berlin shift={r.choice([-1, 0, 1])}h',
                f'{t.isoformat()} DEBUG rounding mode={r.choice(["HALF_UP", "HALF_EVEN"])} value={r.randint(100, 2500)}.{r.randint(0, 999):03d}',
                f'{t.isoformat()} INFO cache hit ratio={r.random():.2f} worker={r.randint(1, 8)}',
                f'{t.isoformat()} ERROR retry claim_ref=PEN-2026-{r.randint(100000, 999999)} reason=stale_rate_table']))
    elif which == 1:
        pool = r.sample(RULES, len(RULES))
        for i, rule in enumerate(pool, 1):
            lines.append(f'§{i}. ' + rule.format(p=r.choice([10, 15, 20]), m=r.choice([3, 6, 12]),
                                                 k=r.randint(2, 9), amt=r.choice(['640', '780', '5,000', '60,000'])))
    else:
        pool = r.sample(DESIGN, len(DESIGN))
        for i, d in enumerate(pool, 1):
            lines.append(f'{i}. ' + d.format(h=r.choice([15, 24, 48]), s=r.choice([2, 5, 30]),
                                             n=r.choice(['4,000', '18,000', '60,000'])))
    if which == 1:
        lines += ['', 'Test cases to resolve:'] + [
            f'- Household of {r.randint(2, 6)}, rent {r.randint(420, 980)} incl. heating, one student with a grant, '
            f'income change of {r.randint(5, 30)}% expected from month {r.randint(2, 11)}.' for _ in range(6)]
    elif which == 2:
        lines += ['', 'Constraints:'] + r.sample([
            '- Legal deadline: registrations must be processed within 14 days.',
            '- Budget allows two application servers and one managed database.',
            '- Accessibility: WCAG 2.1 AA, screen-reader users must complete every step.',
            '- Data may not leave the national cloud region.',
            '- The population register is down for maintenance every Sunday 01:00-05:00.',
            '- Support staff must be able to explain any rejection to a citizen on the phone.',
            '- About 30% of users start on a phone and finish on a desktop.',
            '- Audit logs must be kept for 10 years and be tamper-evident.'], 6)
    lang = r.choice(['en', 'en', 'en', 'de', 'fr', 'es'])
    ask = LONG_HARD_ASKS[which] if lang == 'en' else LONG_HARD_ASKS_LOC[lang][which]
    return ask + '\n\n' + '\n'.join(lines), ['log', 'rules', 'design'][which], lang


def gen_complexity(seed):
    rng = random.Random(seed + 1)
    langs = list(EASY_SHORT)
    recs = []
    seen = set()

    def add(cat, label, adv, lang, style, content, sysm=None):
        if content in seen:
            return False
        seen.add(content)
        msgs = ([{'role': 'system', 'content': sysm}] if sysm else []) + [{'role': 'user', 'content': content}]
        recs.append({'category': cat, 'label': label, 'length_adversarial': adv, 'endpoint': 'chat', 'lang': lang,
                     'style': style, 'body': {'model': rng.choice(['hybridgate/auto', 'gpt-4o-mini']),
                                              'messages': msgs}})
        return True
    i = 0
    while sum(1 for x in recs if x['category'] == 'short_simple') < 45:
        lang = langs[i % len(langs)]
        i += 1
        add('short_simple', 0, False, lang, 'lookup/translate', easy_short(rng, lang))
    i = 0
    while sum(1 for x in recs if x['category'] == 'long_easy') < 50:
        lang = list(LONG_EASY_INSTR)[i % len(LONG_EASY_INSTR)]
        i += 1
        c, st = long_easy(rng, lang)
        assert len(c) >= 1500
        add('long_easy', 0, True, lang, f'summarise-reformat/{st}', c, rng.choice(SYSTEMS))
    i = 0
    while sum(1 for x in recs if x['category'] == 'short_hard') < 50:
        i += 1
        if i % 3 == 0:
            lang = list(SHORT_HARD_LOC)[(i // 3) % len(SHORT_HARD_LOC)]
            c = rng.choice(SHORT_HARD_LOC[lang])
        else:
            lang = 'en'
            c = rng.choice(SHORT_HARD).format(n=rng.randint(18, 60), p=rng.choice([45, 55, 65, 70, 85]),
                                              k=rng.choice(['80,000', '250,000', '1.2 million']))
        if len(c) > 400:
            continue
        if not add('short_hard', 1, True, lang, 'design-proof-debug', c):
            continue
    while sum(1 for x in recs if x['category'] == 'long_hard') < 45:
        c, st, lang = long_hard(rng)
        assert len(c) >= 1500
        add('long_hard', 1, False, lang, f'analysis/{st}', c, rng.choice(SYSTEMS))
    rng.shuffle(recs)
    out = []
    for k, rec in enumerate(recs, 1):
        d = {'id': f'bajada-cx-{k:04d}'}
        d.update(rec)
        out.append(d)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    pii = gen_pii(a.seed)
    cx = gen_complexity(a.seed)
    with open(out / 'pii_bajada.jsonl', 'w', encoding='utf-8') as f:
        for rec in pii:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(out / 'complexity_bajada.jsonl', 'w', encoding='utf-8') as f:
        for rec in cx:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_bajada.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions) in {len({r["lang"] for r in pii})} '
          f'language tags; {sens} sensitive / {len(pii) - sens} benign')
    print('per category:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print('carriers:', dict(sorted(collections.Counter(r['style'].split(' · ')[-1] for r in pii).items())))
    print('sensitive shapes:', dict(sorted(collections.Counter(r['style'].split(' · ')[1] for r in pii
                                                               if r['sensitive']).items())),
          '| single incidental item:', sum('incidental' in r['style'] for r in pii))
    print('benign shapes:', dict(sorted(collections.Counter(r['style'].split(' · ')[0] for r in pii
                                                            if not r['sensitive']).items())))
    cc = collections.Counter(r['category'] for r in cx)
    adv = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_bajada.jsonl: {len(cx)} requests in {len({r["lang"] for r in cx})} language tags: '
          f'{dict(sorted(cc.items()))}; {adv} ({100 * adv // len(cx)}%) length-adversarial, '
          f'{sum(r["label"] for r in cx)} labelled 1')


if __name__ == '__main__':
    main()
