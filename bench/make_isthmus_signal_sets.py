#!/usr/bin/env python3
"""Isthmus: an independent evaluation split for the request signals, organised by KINSHIP AND GENEALOGY.

Writes bench/data/signals/pii_isthmus.jsonl and bench/data/signals/complexity_isthmus.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity:
id, category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages or other branches; the record format came from the docstring of the delta
    generator and the first two lines of each delta file. The other generators were not read: their sources
    are only scanned automatically at run time for capitalised / non-ASCII words and non-ASCII bigrams, and
    every given name, family name and street of this file that shares such a word or bigram is dropped from
    its pool (order kept; the run aborts if a pool runs empty). Those words are never printed.

Organising principle
    KINSHIP AND GENEALOGY: family trees (GEDCOM fragments, ancestry notes), DNA-match messages, obituaries and
    death notices, wedding / birth / adoption announcements, wills, probate and inheritance letters, family
    reunions and group chats, guardianship and custody paperwork, tracing lost relatives, family recipes and
    histories, naming ceremonies, household registers. Sensitive records name living or recently deceased
    private relatives with contact details, dates of birth, home addresses and IDs (category ``<kind>``).
    Benign records (``<kind>_benign``) are hard negatives of the same kind: ancestors long dead (1800s census
    entries, parish registers), royal and famous families in their public role, fictional families,
    surname-origin and heraldry questions, blank family-tree templates, placeholder values, documentation
    phone numbers / example.com mailboxes, and institutions' own contact points (registry offices, archives,
    funeral homes' switchboards). 27 locales with their own naming traditions, scripts, streets, phone and
    ID formats. The document sits in a request field chosen by rotation: user / system / earlier assistant /
    tool messages, tool-call arguments, text parts, base64 file parts, metadata, ``user``; ~10% use the
    legacy completions endpoint.

Labels
    ``entities`` is computed by searching the serialised body (base64 file parts decoded, URLs unquoted) for
    every value the record issued; ``sensitive`` is true exactly when it is non-empty. A recently deceased
    private person's name is ``person``. ``ssn`` is the US SSN only; other citizen numbers (PESEL, BSN, DNI,
    NIR, personnummer, HETU, fødselsnummer, TC kimlik, Teudat Zehut, Aadhaar, resident ID, My Number, RRN,
    AMKA, Thai PIN) are NATIONAL_ID; Steuer-ID, codice fiscale, CPF, INN, RNTRC, PAN and KRA PIN are TAX_ID;
    the NHS number is HEALTH_INSURANCE; a hospital MRN is MEDICAL_RECORD; a US routing + account pair is
    US_BANK_NUMBER; a public IP in a login alert of a private genealogy account is IP_ADDRESS.

Contents (seed 20261205)
    pii_isthmus.jsonl: 495 requests (446 chat, 49 completions) in 28 language tags over 27 locales (Latin,
    Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai, Georgian, Han, Kana and Hangul scripts); 11 kinds x 45
    (26 sensitive + 19 benign each: 286 sensitive / 209 benign). Kinds: family_tree, dna_match, obituary,
    announcement, will_probate, reunion_chat, guardianship, lost_relative, family_recipe, naming_ceremony,
    household_register. Some sensitive records carry one incidental item only (a phone number in a family
    chat, a DNA match's private e-mail). Entity totals: person 266, phone 226, STREET_ADDRESS 248,
    DATE_OF_BIRTH 204, email 78, NATIONAL_ID 43, TAX_ID 18, iban 16, credit_card 9, IP_ADDRESS 9,
    MEDICAL_RECORD 7, HEALTH_INSURANCE 3, ssn 3, US_BANK_NUMBER 1.
    complexity_isthmus.jsonl: 190 chat requests in 22 language tags: short_simple 47, long_easy 50 (>= 1,500
    chars: census / parish transcriptions to reformat, sort, count or translate), short_hard 50 (kinship
    derivations, cM inference, inbreeding proofs, pedigree algorithms, intestacy splits, data-model design),
    long_hard 43 (record linkage over drifting census entries, root-cause debugging of a relationship
    calculator); 100 (53%) length-adversarial, 93 labelled 1. The run prints all counts.

Pool cut
    Generic street-type words and particles (Street, Lane, rue, ul., Calle, van der, ...) are exempt from the
    overlap cut; the bigram test applies to Han and Kana only (alphabetic scripts share every bigram). A locale
    whose given-name pool keeps fewer than two entries, or any pool none, is left out (order kept); the run
    aborts if fewer than 12 locales remain.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (IBAN, Luhn cards,
    SSN rules, ABA routing, national IDs); every phone number with ``phonenumbers`` (valid for its region);
    every IP with ``ipaddress`` (global, outside documentation ranges). The run aborts on an invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_isthmus_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
import string
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.ke import pin as ke_pin
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

ROOT = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo')


TOKEN = re.compile(r'[^\s\x00-\x40\x5b-\x60\x7b-\x7f\u2000-\u206f\u3000-\u3003\u060c\u05be\u30fb]+')


def other_words():
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = ROOT / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        t = p.read_text(encoding='utf-8', errors='replace')
        for w in TOKEN.findall(t):
            if w[0].isupper() or not w.isascii():
                words.add(w.lower())
            for i in range(len(w) - 1):
                if ord(w[i]) > 127 and ord(w[i + 1]) > 127:
                    bigrams.add(w[i:i + 2])
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()


# generic street-type / particle words are common vocabulary, not pool words: exempt from the cut
GENERIC = {'street', 'lane', 'road', 'close', 'way', 'drive', 'court', 'avenue', 'crescent', 'circle', 'terrace',
           'trail', 'bend', 'row', 'mews', 'walk', 'grove', 'calle', 'camino', 'travesía', 'del', 'de', 'la', 'los',
           'las', 'rue', 'impasse', 'chemin', 'allée', 'des', 'du', 'via', 'vicolo', 'strada', 'dei', 'delle',
           'ul', 'rua', 'travessa', 'avenida', 'das', 'dos', 'do', 'sokak', 'caddesi', 'yolu', 'ул', 'пер', 'вул',
           'проезд', 'רחוב', 'شارع', 'οδός', 'ซอย', 'ถนน', 'ngõ', 'đường', 'hẻm', 'van', 'der', 'ter', 'le',
           'nyumba', 'ქუჩა', 'no', 'hollow', 'knoll', 'run',
           'ridge', 'pass', 'flats', 'spur', 'गली', 'नगर', 'विहार', 'कुंज', 'मार्ग', 'कॉलोनी', 'cây', 'hoa', 'thị', 'văn',
           'đình', 'hữu', 'ngõ', 'hẻm', 'đường', 'ซอย', 'ถนน'}
SCRIPTIO = re.compile(r'[\u3040-\u30ff\u3400-\u9fff]')


def clean(pool, what):
    """Drop entries sharing a word (or, for scripts written without spaces, a bigram) with the other splits."""
    out = []
    for e in pool:
        ws = [w for w in TOKEN.findall(e) if w.lower() not in GENERIC]
        bad = any(w.lower() in OTHER_WORDS for w in ws)
        if not bad:
            for w in ws:
                if any(SCRIPTIO.match(w[i]) and SCRIPTIO.match(w[i + 1]) and w[i:i + 2] in OTHER_BIGRAMS
                       for i in range(len(w) - 1)):
                    bad = True
        if not bad:
            out.append(e)
    if not out:
        raise SystemExit(f'pool {what} ran empty after the overlap cut')
    return out


# ----------------------------------------------------------------------------------------------------------
# locales: own name / street pools (cut against the other generators at run time), labels in the language
# ----------------------------------------------------------------------------------------------------------
LOCALES = [
    dict(tag='en-US', region='US', order='gf',
         given=['Delphine', 'Thaddeus', 'Marigold', 'Cornelius', 'Loretta', 'Ambrose', 'Philippa', 'Eustace', 'Winifred',
                'Barnaby', 'Rosalind', 'Lucius', 'Henrietta', 'Ignatius', 'Clementine', 'Jethro', 'Odessa', 'Bertram'],
         family=['Whitcombe', 'Pettigrew', 'Castellanos', 'Okonkwo-Reyes', 'Haverford', 'Lindqvist', 'Abernathy',
                 'Brightwater', 'Tolliver', 'Vandermeer', 'Quackenbush', 'Gallardo', 'Featherstone', 'Pemberton'],
         streets=['Sassafras Lane', 'Quail Hollow Drive', 'Bittersweet Court', 'Cottonwood Bend', 'Persimmon Way',
                  'Larkspur Circle', 'Chokecherry Road', 'Foxglove Terrace', 'Buttonbush Trail', 'Pokeweed Hollow', 'Hackberry Knoll', 'Spicebush Run', 'Pawpaw Ridge Road'],
         cities=[('Dayton, OH', '45409'), ('Boise, ID', '83704'), ('Macon, GA', '31204'), ('Duluth, MN', '55803'),
                 ('Tulsa, OK', '74105')],
         addr='{n} {s}, {c} {p}', ids=['ssn'], bank='us', dob='us',
         lab=dict(born='born', died='died', addr='address', phone='phone', mother='mother', father='father',
                  son='son', daughter='daughter', grandma='Grandma', cousin='cousin', lang='English')),
    dict(tag='en-GB', region='GB', order='gf',
         given=['Perpetua', 'Alaric', 'Tamsin', 'Crispin', 'Morwenna', 'Lysander', 'Hermione', 'Tristram', 'Ottoline',
                'Piers', 'Araminta', 'Fergus', 'Clemency', 'Jocelyn', 'Ptolemy', 'Imogen', 'Ebenezer', 'Lettice', 'Peregrine', 'Gwladys', 'Sacheverell', 'Hesketh'],
         family=['Trelawney', 'Ashcombe', 'Pengelly', 'Fotheringham', 'Blenkinsop', 'Ormerod', 'Cattermole',
                 'Sidebottom', 'Haworth-Briggs', 'Entwistle', 'Pilkington', 'Tregothnan', 'Featherby'],
         streets=['Blackthorn Close', 'Gorse Lane', 'Kingfisher Mews', 'Tanners Row', 'Wheelwright Close',
                  'Coppice Way', 'Damson Grove', 'Sheepwash Lane', 'Saddlers Walk'],
         cities=[('Truro', 'TR1 3QF'), ('Kendal', 'LA9 4PU'), ('Ludlow', 'SY8 1RG'), ('Hexham', 'NE46 3LS'),
                 ('Wells', 'BA5 2RT')],
         addr='{n} {s}, {c} {p}', ids=['nhs'], bank='GB', dob='gb',
         lab=dict(born='born', died='died', addr='address', phone='tel', mother='mum', father='dad', son='son',
                  daughter='daughter', grandma='Nan', cousin='cousin', lang='English')),
    dict(tag='de-DE', region='DE', order='gf',
         given=['Hiltrud', 'Wendelin', 'Irmgard', 'Gottfried', 'Waltraud', 'Eckhard', 'Roswitha', 'Hartmut',
                'Adelheid', 'Volkmar', 'Gertraud', 'Leberecht', 'Notburga', 'Reinhild', 'Siegbert', 'Edeltraud'],
         family=['Mösslacher', 'Dreißigacker', 'Kühnapfel', 'Pfefferkorn', 'Rübsamen', 'Ohnesorge', 'Schwanhäußer',
                 'Wackernagel', 'Kesselring', 'Hagedorn-Lutz', 'Zwirnmann', 'Bleichröder', 'Tiedemann'],
         streets=['Holunderweg', 'Amselstieg', 'Schlehenring', 'Mühlbachgasse', 'Ginsterpfad', 'Zeisigweg',
                  'Brombeerhang', 'Kiebitzstraße', 'Wacholderweg'],
         cities=[('Bamberg', '96052'), ('Detmold', '32756'), ('Fulda', '36043'), ('Passau', '94032'),
                 ('Wismar', '23966')],
         addr='{s} {n}, {p} {c}', ids=['de_idnr'], bank='DE', dob='dot',
         lab=dict(born='geb.', died='gest.', addr='Anschrift', phone='Tel.', mother='Mutter', father='Vater',
                  son='Sohn', daughter='Tochter', grandma='Oma', cousin='Cousine', lang='Deutsch')),
    dict(tag='fr-FR', region='FR', order='gf',
         given=['Apolline', 'Gonzague', 'Bénédicte', 'Anatole', 'Solène', 'Aymeric', 'Ségolène', 'Hippolyte',
                'Maïwenn', 'Tanguy', 'Ombeline', 'Évariste', 'Clothilde', 'Gwendal', 'Enguerrand', 'Bérengère', 'Clovis', 'Ghislaine', 'Corentin', 'Edwige'],
         family=['Lemarchand', 'Quéméner', 'Dubreuil', 'Kerhervé', 'Vasseur-Pichon', 'Le Gall', 'Fourcade',
                 'Chaumontel', 'Berthomieu', 'Riouffreyt', 'Lacombe-Vidal'],
         streets=['rue des Tanneurs', 'impasse des Glycines', 'chemin du Lavoir', 'allée des Cormiers',
                  'rue du Pressoir', 'chemin des Vignerons', 'rue de la Forge', 'rue des Chènevières', 'chemin des Aubépines', 'rue du Colombier', 'impasse des Tisserands'],
         cities=[('Quimper', '29000'), ('Périgueux', '24000'), ('Annecy', '74000'), ('Niort', '79000'),
                 ('Colmar', '68000')],
         addr='{n} {s}, {p} {c}', ids=['fr_nir'], bank='FR', dob='slash',
         lab=dict(born='né(e) le', died='décédé(e) le', addr='adresse', phone='tél.', mother='mère', father='père',
                  son='fils', daughter='fille', grandma='Mamie', cousin='cousine', lang='français')),
    dict(tag='es-ES', region='ES', order='gf2',
         given=['Inmaculada', 'Eulogio', 'Remedios', 'Florencio', 'Amparo', 'Baldomero', 'Consuelo', 'Saturnino',
                'Encarnación', 'Leoncio', 'Purificación', 'Teodosio'],
         family=['Arrizabalaga', 'Villalobos', 'Echeverría', 'Cifuentes', 'Bermúdez', 'Santamaría', 'Olaizola',
                 'Iturralde', 'Carrasquilla', 'Montesdeoca', 'Larrañaga', 'Quintanilla'],
         streets=['Calle del Almendro', 'Calle de los Alfareros', 'Travesía del Olivar', 'Calle Tejedores',
                  'Camino de la Noria', 'Calle del Azahar', 'Calle del Membrillo', 'Calle de los Cesteros', 'Callejón del Madroño', 'Calle Esparteros'],
         cities=[('Logroño', '26004'), ('Cáceres', '10005'), ('Huesca', '22003'), ('Lugo', '27002'),
                 ('Jaén', '23008')],
         addr='{s} {n}, {p} {c}', ids=['es_dni'], bank='ES', dob='slash',
         lab=dict(born='nacido/a el', died='falleció el', addr='domicilio', phone='tel.', mother='madre',
                  father='padre', son='hijo', daughter='hija', grandma='abuela', cousin='prima', lang='español')),
    dict(tag='it-IT', region='IT', order='gf',
         given=['Ermenegildo', 'Assunta', 'Gualtiero', 'Concetta', 'Ottavio', 'Filomena', 'Rosalba', 'Tarcisio',
                'Nunziata', 'Adelmo', 'Liboria', 'Crescenzo'],
         family=['Scognamiglio', 'Bevilacqua', 'Tagliaferri', 'Mastrogiacomo', 'Pellegrinetti', 'Cacciapuoti',
                 'Zanardelli', 'Brambati', 'Quagliarella', 'Lodigiani'],
         streets=['Via dei Vasai', 'Vicolo del Pozzo', 'Via delle Ginestre', 'Via dei Bottai', 'Strada del Mulino',
                  'Via dei Cordai'],
         cities=[('Cremona', '26100'), ('Matera', '75100'), ('Rovigo', '45100'), ('Viterbo', '01100'),
                 ('Lecce', '73100')],
         addr='{s} {n}, {p} {c}', ids=['it_cf'], bank='IT', dob='slash',
         lab=dict(born='nato/a il', died='deceduto/a il', addr='indirizzo', phone='tel.', mother='madre',
                  father='padre', son='figlio', daughter='figlia', grandma='nonna', cousin='cugina',
                  lang='italiano')),
    dict(tag='nl-NL', region='NL', order='gf',
         given=['Geertruida', 'Hendrikus', 'Wilhelmina', 'Gijsbert', 'Aaltje', 'Reinout', 'Trijntje', 'Evert',
                'Hillegonda', 'Maarten-Jan', 'Jannigje', 'Barend'],
         family=['van der Wiel', 'Hoogendoorn', 'Brinkhuis', 'Oosterhuis', 'Verschuren', 'Kloosterboer',
                 'ter Haar', 'Spruijt', 'Wagemakers', 'Zwanenburg'],
         streets=['Lijsterbeslaan', 'Kievitstraat', 'Ruysdaelkade', 'Brem', 'Meidoornhof', 'Zilverschoonweg',
                  'Korenbloemstraat'],
         cities=[('Zwolle', '8011 PK'), ('Deventer', '7411 HV'), ('Leeuwarden', '8911 BE'), ('Tiel', '4001 ND'),
                 ('Assen', '9401 HS')],
         addr='{s} {n}, {p} {c}', ids=['nl_bsn'], bank='NL', dob='dash',
         lab=dict(born='geb.', died='overl.', addr='adres', phone='tel.', mother='moeder', father='vader',
                  son='zoon', daughter='dochter', grandma='oma', cousin='nicht', lang='Nederlands')),
    dict(tag='pl-PL', region='PL', order='gf',
         given=['Bożydar', 'Jadwiga', 'Przemysław', 'Genowefa', 'Wiesław', 'Bronisława', 'Zdzisław', 'Stanisława',
                'Radosław', 'Władysława', 'Teofil', 'Kunegunda'],
         family=['Grzybowski', 'Szczepaniak', 'Chmielewski', 'Wróblewski', 'Przybylski', 'Kaczmarczyk',
                 'Pietrzykowski', 'Żebrowski', 'Ciesielski', 'Głowacki', 'Nowaczyk', 'Kubiak'],
         fem=['Jadwiga', 'Genowefa', 'Bronisława', 'Stanisława', 'Władysława', 'Kunegunda'],
         streets=['ul. Jarzębinowa', 'ul. Kalinowa', 'ul. Bursztynowa', 'ul. Wrzosowa', 'ul. Czeremchowa',
                  'ul. Tkacka', 'ul. Garncarska'],
         cities=[('Płock', '09-402'), ('Tarnów', '33-100'), ('Elbląg', '82-300'), ('Zamość', '22-400'),
                 ('Kalisz', '62-800')],
         addr='{s} {n}, {p} {c}', ids=['pl_pesel'], bank='PL', dob='dot',
         lab=dict(born='ur.', died='zm.', addr='adres', phone='tel.', mother='matka', father='ojciec', son='syn',
                  daughter='córka', grandma='babcia', cousin='kuzynka', lang='polski')),
    dict(tag='sv-SE', region='SE', order='gf',
         given=['Gunborg', 'Torbjörn', 'Ingegerd', 'Sixten', 'Margit', 'Evert', 'Solveig', 'Gösta', 'Ulrika',
                'Algot', 'Britt-Marie', 'Folke', 'Hjördis', 'Ragnvald', 'Gunvor', 'Arvid-Ture', 'Signhild'],
         family=['Fjällström', 'Ekwall', 'Bergkvist', 'Hedenström', 'Lundqvist', 'Sjöberg', 'Malmsten',
                 'Wennerholm', 'Nyqvist', 'Rosendahl'],
         streets=['Slånbärsvägen', 'Tranbärsstigen', 'Hjortrongatan', 'Lingonvägen', 'Rönnbärsgatan',
                  'Videvägen'],
         cities=[('Umeå', '903 27'), ('Falun', '791 31'), ('Växjö', '352 33'), ('Östersund', '831 34'),
                 ('Visby', '621 45')],
         addr='{s} {n}, {p} {c}', ids=['se_pnr'], bank='SE', dob='iso',
         lab=dict(born='född', died='död', addr='adress', phone='tel.', mother='mor', father='far', son='son',
                  daughter='dotter', grandma='mormor', cousin='kusin', lang='svenska')),
    dict(tag='fi-FI', region='FI', order='gf',
         given=['Aune', 'Toivo', 'Sirkka', 'Veikko', 'Tyyne', 'Eino', 'Lahja', 'Urho', 'Impi', 'Arvo', 'Sointu',
                'Kalervo'],
         family=['Hyvärinen', 'Kettunen', 'Räsänen', 'Miettinen', 'Pesonen', 'Tikkanen', 'Karjalainen',
                 'Väisänen', 'Huttunen', 'Leinonen'],
         streets=['Pihlajatie', 'Kanervakuja', 'Mustikkapolku', 'Koivurinne', 'Variksenmarjatie', 'Tervaleppäkuja'],
         cities=[('Kuopio', '70100'), ('Joensuu', '80100'), ('Seinäjoki', '60100'), ('Kajaani', '87100'),
                 ('Rauma', '26100')],
         addr='{s} {n}, {p} {c}', ids=['fi_hetu'], bank='FI', dob='dot',
         lab=dict(born='synt.', died='kuoli', addr='osoite', phone='puh.', mother='äiti', father='isä',
                  son='poika', daughter='tytär', grandma='mummo', cousin='serkku', lang='suomi')),
    dict(tag='nb-NO', region='NO', order='gf',
         given=['Ragnhild', 'Torleif', 'Sigrun', 'Asbjørn', 'Gudrun', 'Einar', 'Borghild', 'Halvard', 'Ingebjørg',
                'Sverre', 'Åshild', 'Leiv'],
         family=['Fjeldstad', 'Haugland', 'Bjørnstad', 'Tveit', 'Rønning', 'Vikhammer', 'Sæther', 'Lunde',
                 'Aasheim', 'Skjelbred'],
         streets=['Bjørkelia', 'Rognebærveien', 'Einerstien', 'Tyttebærlia', 'Kløverbakken', 'Granåsen'],
         cities=[('Tromsø', '9008'), ('Ålesund', '6003'), ('Hamar', '2317'), ('Bodø', '8006'), ('Molde', '6413')],
         addr='{s} {n}, {p} {c}', ids=['no_fnr'], bank='NO', dob='dot',
         lab=dict(born='født', died='død', addr='adresse', phone='tlf.', mother='mor', father='far', son='sønn',
                  daughter='datter', grandma='mormor', cousin='kusine', lang='norsk')),
    dict(tag='pt-BR', region='BR', order='gf',
         given=['Juracy', 'Ivonete', 'Gervásio', 'Rosicleide', 'Valdomiro', 'Marinalva', 'Deusdete', 'Edileuza',
                'Jucelino', 'Cleonice', 'Ariovaldo', 'Lindalva'],
         family=['Albuquerque Nóbrega', 'Cavalcanti', 'Magalhães', 'Wanderley', 'Figueiredo', 'Bezerra',
                 'Vasconcelos', 'Brandão', 'Sampaio', 'Aragão', 'Cerqueira Leite', 'Anunciação', 'Valadares', 'Mascarenhas', 'Tavares Bastos'],
         streets=['Rua das Jabuticabeiras', 'Travessa dos Ipês', 'Rua do Cajueiro', 'Rua das Quaresmeiras',
                  'Avenida dos Flamboyants', 'Rua do Pequizeiro', 'Rua das Sapucaias', 'Rua dos Umbuzeiros', 'Travessa das Mangabeiras'],
         cities=[('Campina Grande - PB', '58400-295'), ('Juiz de Fora - MG', '36010-041'),
                 ('Caruaru - PE', '55002-970'), ('Londrina - PR', '86010-190'), ('Petrópolis - RJ', '25610-080')],
         addr='{s}, {n} - {c}, CEP {p}', ids=['br_cpf'], bank=None, dob='slash',
         lab=dict(born='nascido/a em', died='falecido/a em', addr='endereço', phone='cel.', mother='mãe',
                  father='pai', son='filho', daughter='filha', grandma='vó', cousin='prima', lang='português')),
    dict(tag='tr-TR', region='TR', order='gf',
         given=['Gülizar', 'Nurettin', 'Şükriye', 'Abdurrahim', 'Naciye', 'Fikret', 'Hatice Kübra', 'Muzaffer',
                'Emine Sultan', 'Cemalettin', 'Zübeyde', 'Necmettin'],
         family=['Karaosmanoğlu', 'Yüksekdağ', 'Çağlayan', 'Bozkurtoğlu', 'Eryılmaz', 'Kahveci', 'Tavşancıl',
                 'Değirmenci', 'Akpınar', 'Uzunhasanoğlu'],
         streets=['Menekşe Sokak', 'Ihlamur Caddesi', 'Nergis Sokak', 'Sümbül Sokak', 'Çınaraltı Sokak',
                  'Değirmen Yolu'],
         cities=[('Kayseri', '38030'), ('Trabzon', '61030'), ('Eskişehir', '26130'), ('Malatya', '44100'),
                 ('Denizli', '20010')],
         addr='{s} No:{n}, {p} {c}', ids=['tr_tck'], bank='TR', dob='dot',
         lab=dict(born='doğum', died='vefat', addr='adres', phone='tel', mother='anne', father='baba',
                  son='oğlu', daughter='kızı', grandma='babaanne', cousin='kuzen', lang='Türkçe')),
    dict(tag='ru-RU', region='RU', order='fpg',
         given=['Зинаида', 'Аркадий', 'Ангелина', 'Святослав', 'Евдокия', 'Всеволод', 'Прасковья', 'Ростислав',
                'Глафира', 'Вениамин'],
         family=['Колокольцев', 'Подберёзкин', 'Шелестов', 'Воробьёв', 'Кудрявцев', 'Синицын', 'Журавлёв',
                 'Ракитин', 'Тихомиров', 'Черёмухин', 'Кривоногих', 'Долгих', 'Мирошниченко', 'Седых'],
         fem=['Зинаида', 'Ангелина', 'Евдокия', 'Прасковья', 'Глафира'],
         streets=['ул. Рябиновая', 'ул. Черёмуховая', 'пер. Гончарный', 'ул. Кузнечная', 'ул. Брусничная',
                  'проезд Сиреневый'],
         cities=[('Вологда', '160009'), ('Кострома', '156005'), ('Тамбов', '392000'), ('Псков', '180000'),
                 ('Калуга', '248000')],
         addr='{p}, г. {c}, {s}, д. {n}', ids=['ru_inn'], bank=None, dob='dot',
         lab=dict(born='род.', died='сконч.', addr='адрес', phone='тел.', mother='мать', father='отец',
                  son='сын', daughter='дочь', grandma='бабушка', cousin='двоюродная сестра', lang='русский')),
    dict(tag='uk-UA', region='UA', order='gf',
         given=['Ярина', 'Остап', 'Соломія', 'Богдан', 'Мирослава', 'Тарас', 'Зоряна', 'Ярема', 'Лукія',
                'Любомир'],
         family=['Гнатюк', 'Притула', 'Costюк', 'Дзюба', 'Кравчишин', 'Мельничук', 'Стецько', 'Швачка',
                 'Запорожець', 'Гордієнко'],
         streets=['вул. Калинова', 'вул. Бузкова', 'вул. Гончарна', 'вул. Вишнева', 'вул. Смерекова'],
         cities=[('Полтава', '36000'), ('Чернівці', '58000'), ('Житомир', '10001'), ('Ужгород', '88000'),
                 ('Суми', '40000')],
         addr='{s}, {n}, м. {c}, {p}', ids=['ua_rntrc'], bank='UA', dob='dot',
         lab=dict(born='нар.', died='пом.', addr='адреса', phone='тел.', mother='мати', father='батько',
                  son='син', daughter='донька', grandma='бабуся', cousin='двоюрідна сестра', lang='українська')),
    dict(tag='he-IL', region='IL', order='gf',
         given=['צביה', 'אליקים', 'תהילה', 'נחמיה', 'אביטל', 'ישעיהו', 'רעות', 'עזריאל', 'שפרה', 'חנוך'],
         family=['הורוביץ', 'זילברשטיין', 'בן־חיים', 'אלקלעי', 'רוזנצוויג', 'טננבאום', 'ששון', 'פרלמוטר', 'ויינטרויב', 'קצנלנבוגן'],
         streets=['רחוב הרימון', 'רחוב הדקל', 'רחוב השקמה', 'רחוב הצאלון', 'רחוב האלה'],
         cities=[('רחובות', '7630512'), ('כרמיאל', '2161002'), ('נהריה', '2240321'), ('מודיעין', '7178302')],
         addr='{s} {n}, {c} {p}', ids=['il_tz'], bank='IL', dob='dot',
         lab=dict(born='נולד/ה', died='נפטר/ה', addr='כתובת', phone='טל׳', mother='אמא', father='אבא', son='בן',
                  daughter='בת', grandma='סבתא', cousin='בת דודה', lang='עברית')),
    dict(tag='ar-EG', region='EG', order='gf',
         given=['سعدية', 'عبد الحميد', 'نبوية', 'فتحي', 'زينهم', 'عزيزة', 'شوقي', 'بهية', 'رشاد', 'إنصاف'],
         family=['الشناوي', 'الدمرداش', 'أبو زيد', 'الطوخي', 'عبد الغفار', 'الجزار', 'القليوبي', 'النجار', 'الفيشاوي', 'السمنودي', 'البرلسي', 'الدسوقي'],
         streets=['شارع الجمهورية', 'شارع السد العالي', 'شارع الترعة البولاقية', 'شارع المعز', 'شارع الجلاء'],
         cities=[('طنطا', '31511'), ('المنصورة', '35511'), ('أسيوط', '71511'), ('الزقازيق', '44511')],
         addr='{n} {s}، {c} {p}', ids=[], bank='EG', dob='slash',
         lab=dict(born='مواليد', died='توفي', addr='العنوان', phone='موبايل', mother='الأم', father='الأب',
                  son='الابن', daughter='الابنة', grandma='تيتا', cousin='بنت عمي', lang='العربية')),
    dict(tag='hi-IN', region='IN', order='gf',
         given=['सुलोचना', 'रामेश्वर', 'कौशल्या', 'दयाशंकर', 'विमला', 'हरिप्रसाद', 'सावित्री', 'जगदीश', 'उर्मिला',
                'शिवनारायण'],
         family=['त्रिपाठी', 'चतुर्वेदी', 'बाजपेयी', 'श्रीवास्तव', 'अग्निहोत्री', 'दीक्षित', 'पांडेय', 'मिश्रा', 'बहुगुणा', 'तिवारी-शुक्ल', 'भटनागर', 'सक्सेना'],
         streets=['गुलमोहर कॉलोनी', 'शांति नगर', 'कबीर मार्ग', 'नेहरू विहार', 'आदर्श नगर', 'कचनार गली', 'पारिजात विहार', 'अमलतास कुंज'],
         cities=[('कानपुर', '208012'), ('वाराणसी', '221005'), ('प्रयागराज', '211002'), ('गोरखपुर', '273001')],
         addr='मकान नं. {n}, {s}, {c} {p}', ids=['in_aadhaar', 'in_pan'], bank=None, dob='slash',
         lab=dict(born='जन्म', died='निधन', addr='पता', phone='मोबाइल', mother='माँ', father='पिता', son='बेटा',
                  daughter='बेटी', grandma='दादी', cousin='चचेरी बहन', lang='हिंदी')),
    dict(tag='zh-CN', region='CN', order='fg',
         given=['淑芬', '建国', '桂兰', '振华', '秀珍', '德胜', '玉梅', '国栋', '凤英', '志刚', '翠花', '宝山'],
         family=['欧阳', '司马', '诸葛', '钟', '覃', '闫', '柏', '蔺', '褚', '庞'],
         streets=['梧桐巷', '槐树胡同', '枣林街', '柳荫路', '石榴里'],
         cities=[('山西省太原市', '030001'), ('河南省洛阳市', '471000'), ('湖南省衡阳市', '421001'),
                 ('江西省赣州市', '341000')],
         addr='{c}{s}{n}号 {p}', ids=['cn_ric'], bank=None, dob='cjk',
         lab=dict(born='出生', died='去世', addr='地址', phone='电话', mother='母亲', father='父亲', son='儿子',
                  daughter='女儿', grandma='奶奶', cousin='表姐', lang='中文')),
    dict(tag='ja-JP', region='JP', order='fg_sp',
         given=['ふみ子', '勘助', '千代', '辰五郎', 'キヨ', '源三', 'とめ', '喜八', '澄江', '伊之助'],
         family=['勅使河原', '五十嵐', '四十物', '小鳥遊', '東海林', '百目鬼', '薬師寺', '風間'],
         streets=['桜ヶ丘', '梅ノ木町', '椿台', '楓が丘', '藤見町'],
         cities=[('福島県郡山市', '〒963-8001'), ('長野県松本市', '〒390-0811'), ('岡山県倉敷市', '〒710-0055'),
                 ('秋田県横手市', '〒013-0036')],
         addr='{p} {c}{s}{n}丁目4番2号', ids=['jp_mynumber'], bank=None, dob='cjk',
         lab=dict(born='生まれ', died='逝去', addr='住所', phone='電話', mother='母', father='父', son='長男',
                  daughter='長女', grandma='祖母', cousin='いとこ', lang='日本語')),
    dict(tag='ko-KR', region='KR', order='fg',
         given=['순자', '말순', '판석', '옥분', '갑돌', '길례', '춘식', '덕배', '복희', '영길'],
         family=['남궁', '선우', '제갈', '독고', '황보', '탁', '편', '봉', '어', '모', '함', '추', '육'],
         streets=['은행나무길', '느티나무로', '감나무골길', '매화로', '대추나무길'],
         cities=[('전라북도 전주시 완산구', '54998'), ('경상북도 안동시', '36708'), ('강원도 춘천시', '24341'),
                 ('충청남도 공주시', '32550')],
         addr='{c} {s} {n} ({p})', ids=['kr_rrn'], bank=None, dob='kr',
         lab=dict(born='출생', died='별세', addr='주소', phone='휴대폰', mother='어머니', father='아버지', son='아들',
                  daughter='딸', grandma='할머니', cousin='사촌', lang='한국어')),
    dict(tag='el-GR', region='GR', order='gf',
         given=['Πηνελόπη', 'Χαράλαμπος', 'Ευανθία', 'Παντελής', 'Καλλιόπη', 'Σπυρίδων', 'Ευτέρπη', 'Αριστείδης',
                'Φωτεινή', 'Θεμιστοκλής'],
         family=['Παπαδημητρακόπουλος', 'Καραγιαννίδης', 'Μαυρογιάννης', 'Τσακαλώτος', 'Χατζηγεωργίου',
                 'Κουτσομητρόπουλος', 'Σταυρόπουλος', 'Λαμπρινίδης'],
         fem=['Πηνελόπη', 'Ευανθία', 'Καλλιόπη', 'Ευτέρπη', 'Φωτεινή', 'Μελπομένη', 'Αγλαΐα', 'Θεοπίστη', 'Ξανθίππη',
              'Πολυξένη', 'Ερμιόνη', 'Ευρυδίκη'],
         streets=['οδός Κυπαρισσίων', 'οδός Αμυγδαλιάς', 'οδός Βυσσινιάς', 'οδός Λεμονιάς', 'οδός Πλατάνων'],
         cities=[('Λάρισα', '412 22'), ('Ιωάννινα', '453 32'), ('Καλαμάτα', '241 00'), ('Βόλος', '382 21')],
         addr='{s} {n}, {p} {c}', ids=['gr_amka'], bank='GR', dob='slash',
         lab=dict(born='γενν.', died='απεβίωσε', addr='διεύθυνση', phone='τηλ.', mother='μητέρα', father='πατέρας',
                  son='γιος', daughter='κόρη', grandma='γιαγιά', cousin='ξαδέρφη', lang='ελληνικά')),
    dict(tag='th-TH', region='TH', order='gf',
         given=['บุญเรือน', 'สมปอง', 'ทองใบ', 'ประยูร', 'สายหยุด', 'บุญชู', 'ลำดวน', 'เฉลิม', 'จำเนียร', 'สำราญ'],
         family=['ศรีสุวรรณ', 'แก้วประเสริฐ', 'บุญมาก', 'ทองคำดี', 'พึ่งบุญ', 'วงศ์สวัสดิ์', 'จันทร์หอม', 'สุขเจริญ'],
         streets=['ซอยมะม่วง', 'ถนนลำไย', 'ซอยพิกุล', 'ถนนมะขาม', 'ซอยชมพู่'],
         cities=[('อ.เมือง จ.ขอนแก่น', '40000'), ('อ.เมือง จ.ลำปาง', '52000'), ('อ.เมือง จ.อุบลราชธานี', '34000')],
         addr='{n} {s} {c} {p}', ids=['th_pin'], bank=None, dob='slash',
         lab=dict(born='เกิด', died='ถึงแก่กรรม', addr='ที่อยู่', phone='โทร', mother='แม่', father='พ่อ',
                  son='ลูกชาย', daughter='ลูกสาว', grandma='ยาย', cousin='ลูกพี่ลูกน้อง', lang='ไทย')),
    dict(tag='vi-VN', region='VN', order='fmg',
         given=['Thị Huệ', 'Văn Tảo', 'Thị Nụ', 'Đình Khải', 'Thị Lài', 'Văn Chương', 'Thị Xoan', 'Hữu Lộc'],
         family=['Khổng', 'Quách', 'Tôn Nữ', 'Lục', 'Âu', 'Mạc', 'Thái', 'Ông'],
         streets=['ngõ Hoa Sữa', 'đường Cây Gạo', 'hẻm Bằng Lăng', 'ngõ Cây Sấu', 'đường Phượng Vĩ'],
         cities=[('Nam Định', '420000'), ('Huế', '530000'), ('Quy Nhơn', '590000'), ('Vinh', '460000')],
         addr='số {n} {s}, {c} {p}', ids=[], bank=None, dob='slash',
         lab=dict(born='sinh', died='mất', addr='địa chỉ', phone='ĐT', mother='mẹ', father='bố', son='con trai',
                  daughter='con gái', grandma='bà nội', cousin='chị họ', lang='tiếng Việt')),
    dict(tag='sw-KE', region='KE', order='gf',
         given=['Wanjiku', 'Kiprotich', 'Nyokabi', 'Otieno', 'Chepkoech', 'Mwangangi', 'Akinyi', 'Kamau',
                'Jeptoo', 'Odhiambo'],
         family=['Wambugu', 'Kiplagat', 'Nyamweya', 'Omondi', 'Chebet', 'Mutua', 'Wekesa', 'Koskei'],
         streets=['Mvule Lane', 'Mkuyu Close', 'Mwembe Road', 'Mnazi Avenue', 'Mpingo Crescent'],
         cities=[('Nakuru', '20100'), ('Eldoret', '30100'), ('Kisumu', '40100'), ('Nyeri', '10100')],
         addr='Nyumba {n}, {s}, {c} {p}', ids=['ke_pin'], bank=None, dob='slash',
         lab=dict(born='alizaliwa', died='alifariki', addr='anwani', phone='simu', mother='mama', father='baba',
                  son='mwana', daughter='binti', grandma='bibi', cousin='binamu', lang='Kiswahili')),
    dict(tag='yo-NG', region='NG', order='gf',
         given=['Adébísí', 'Olúwaṣeun', 'Mọ́rẹ́nikẹ́', 'Babátúndé', 'Ìyábọ̀', 'Adégbọlá', 'Fọlákẹ́', 'Kọ́lápọ̀'],
         family=['Adéyẹmí', 'Ọlániyan', 'Akíntúndé', 'Ògúnlẹ́yẹ', 'Fáwọlé', 'Àjàyí-Ọmọ', 'Ìdòwú', 'Awólọ́lá'],
         streets=['Ìrókò Close', 'Àgbàlúmọ̀ Street', 'Ọ̀dán Crescent', 'Apá Avenue'],
         cities=[('Ìbàdàn', '200284'), ('Abẹ́òkúta', '110101'), ('Òṣogbo', '230212')],
         addr='{n} {s}, {c} {p}', ids=[], bank=None, dob='slash',
         lab=dict(born='ọjọ́ ìbí', died='ó di olóògbé', addr='àdírẹ́sì', phone='fóònù', mother='ìyá', father='bàbá',
                  son='ọmọkùnrin', daughter='ọmọbìnrin', grandma='ìyá àgbà', cousin='ẹbí', lang='Yorùbá')),
    dict(tag='ka-GE', region='GE', order='gf',
         given=['ნინო', 'ზურაბ', 'ქეთევან', 'ლევან', 'მანანა', 'ტარიელ', 'ციცინო', 'გურამ', 'ლამარა', 'რევაზ'],
         family=['ჯავახიშვილი', 'ბერიძე', 'წერეთელი', 'კაპანაძე', 'ჩიქოვანი', 'ღლონტი', 'ქავთარაძე', 'ხარაიშვილი', 'მაჭავარიანი', 'ფხაკაძე', 'ცინცაძე', 'ლორთქიფანიძე'],
         streets=['ატამის ქუჩა', 'ვაზის ქუჩა', 'ბროწეულის ქუჩა', 'თუთის ქუჩა', 'კაკლის ქუჩა'],
         cities=[('ქუთაისი', '4600'), ('ბათუმი', '6000'), ('თელავი', '2200'), ('გორი', '1400')],
         addr='{s} {n}, {c} {p}', ids=[], bank='GE', dob='dot',
         lab=dict(born='დაიბადა', died='გარდაიცვალა', addr='მისამართი', phone='ტელ.', mother='დედა', father='მამა',
                  son='ვაჟი', daughter='ქალიშვილი', grandma='ბებია', cousin='ბიძაშვილი', lang='ქართული')),
]

# further pool entries (appended; the overlap cut applies to them as well)
EXTRA = [
    (('en-US', 'given'), ['Zebulon', 'Lavinia', 'Obadiah', 'Tallulah', 'Ephraim', 'Drusilla', 'Hezekiah', 'Zerelda',
                         'Lemuel', 'Philomena', 'Absalom', 'Iantha']),
    (('en-US', 'family'), ['Vanderpool', 'Hollingsworth', 'Shackelford', 'Throckmorton', 'Winterbottom', 'Cruikshank']),
    (('en-GB', 'given'), ['Oswin', 'Hermia', 'Ambrosine', 'Ninian', 'Elspeth', 'Cuthbert', 'Rowena', 'Aldous']),
    (('fr-FR', 'given'), ['Sigebert', 'Pétronille', 'Honorine', 'Eudoxie', 'Gatien', 'Scholastique', 'Lazare']),
    (('it-IT', 'given'), ['Pancrazio', 'Gelsomina', 'Eufemia', 'Callisto', 'Brunilde', 'Nazzareno', 'Ersilia',
                         'Pasquale', 'Annunziata', 'Tancredi']),
    (('it-IT', 'family'), ['Spadafora', 'Capuozzo', 'Sbarbaro', 'Mezzadri', 'Pizzolato', 'Tortorici']),
    (('it-IT', 'streets'), ['Via dei Sellai', 'Vicolo dei Canapai', 'Via delle Filatrici', 'Via dei Ramai']),
    (('es-ES', 'family'), ['Zubizarreta', 'Goicoechea', 'Aranguren', 'Valdelomar', 'Peñalosa', 'Escudero']),
    (('pl-PL', 'given'), ['Bogumiła', 'Mieczysław', 'Czesława', 'Leokadia', 'Wincenty', 'Eustachy', 'Zenobia',
                         'Hieronim', 'Apolonia', 'Bonifacy', 'Felicjan', 'Scholastyka']),
    (('sv-SE', 'given'), ['Gudmund', 'Ingeborg', 'Halvar', 'Ebba-Stina', 'Tyra', 'Agaton', 'Vendela', 'Ture', 'Dagny']),
    (('nb-NO', 'given'), ['Tormod', 'Gyda', 'Olav-Petter', 'Synnøve', 'Amund', 'Torunn', 'Eilif', 'Gunhild', 'Kjellaug']),
    (('fi-FI', 'family'), ['Kärkkäinen', 'Hämäläinen', 'Pulkkinen', 'Rytkönen', 'Kinnunen', 'Pöllänen']),
    (('pt-BR', 'family'), ['Cavalcante de Albuquerque', 'Queiroga', 'Montenegro Pinto', 'Tabosa', 'Garrido Lins',
                          'Maranhão', 'Siqueira Campos', 'Bittencourt']),
    (('ru-RU', 'given'), ['Ефросинья', 'Агафон', 'Пелагея', 'Порфирий', 'Акулина', 'Евграф', 'Феврония', 'Никанор']),
    (('ja-JP', 'family'), ['一ノ瀬', '二階堂', '九十九', '八木沼', '六車', '七種']),
    (('ko-KR', 'family'), ['사공', '서문', '동방', '장곡']),
    (('vi-VN', 'family'), ['Bế', 'Lò', 'Chu Văn', 'Ngô Quang', 'Hầu', 'Sầm']),
    (('sw-KE', 'given'), ['Naliaka', 'Kipkemboi', 'Chelangat', 'Wanjala', 'Nekesa', 'Mwikali', 'Kananu', 'Barasa']),
    (('sw-KE', 'given'), ['Nyawira', 'Kiplimo', 'Wanjohi', 'Jerotich', 'Mutheu', 'Kemunto', 'Lagat', 'Njeri-Ann',
                         'Ruto-Kip', 'Kathambi', 'Waithera', 'Onyango-Ouma', 'Kavata', 'Ndinda', 'Mutindi',
                         'Kalekye', 'Syokau', 'Nthenya', 'Kawira', 'Gacheri', 'Kinya', 'Nkatha']),
    (('sw-KE', 'family'), ['Kiprono', 'Wanyonyi', 'Ng\'ang\'a', 'Kinyanjui', 'Oduya', 'Simiyu']),
    (('el-GR', 'given'), ['Ασπασία', 'Πανάρετος', 'Ευφροσύνη', 'Στυλιανός', 'Χρυσάνθη', 'Παρασκευάς', 'Ευγενία']),
    (('el-GR', 'fem'), ['Ασπασία', 'Ευφροσύνη', 'Χρυσάνθη', 'Ευγενία']),
    (('ru-RU', 'fem'), ['Ефросинья', 'Пелагея', 'Акулина', 'Феврония']),
    (('pl-PL', 'fem'), ['Bogumiła', 'Czesława', 'Leokadia', 'Zenobia', 'Apolonia', 'Scholastyka']),
    (('en-US', 'streets'), ['Bluestem Pass', 'Sumac Flats Road', 'Ironweed Lane', 'Catbrier Court', 'Redbud Spur']),
    (('fr-FR', 'given'), ['Aldegonde', 'Fulbert', 'Sidonie', 'Anselme', 'Radegonde', 'Eudes', 'Théodebert', 'Gwenaëlle',
                         'Enguerrand', 'Bérengère', 'Ghislaine', 'Corentin', 'Edwige']),
    (('fi-FI', 'given'), ['Aukusti', 'Lyyli', 'Vieno', 'Hilja', 'Rauha', 'Taisto', 'Elma', 'Aarne', 'Ilmatar', 'Väinö',
                         'Kyllikki', 'Tauno']),
    (('uk-UA', 'given'), ['Килина', 'Пилип', 'Мотря', 'Трохим', 'Параска', 'Хома', 'Омелян', 'Харитина', 'Северин',
                         'Одарка', 'Гордій', 'Явдоха']),
    (('hi-IN', 'family'), ['कुलश्रेष्ठ', 'अग्रहरि', 'धूलिया', 'नौटियाल', 'उनियाल', 'ममगाईं', 'बहुगुणा', 'भटनागर']),
    (('hi-IN', 'streets'), ['कचनार गली', 'पारिजात विहार', 'अमलतास कुंज', 'कदंब मार्ग', 'हरसिंगार गली', 'सेमल कुंज', 'बेलपत्र गली',
                          'जामुन मार्ग', 'महुआ कुंज', 'खिरनी गली', 'फालसा विहार', 'करौंदा नगर']),
    (('ko-KR', 'family'), ['궉', '빈', '엄', '당', '피', '변', '음', '구', '어', '모', '함', '추', '육']),
    (('el-GR', 'given'), ['Μελπομένη', 'Ζαφείρης', 'Πολύκαρπος', 'Αγλαΐα', 'Θεοπίστη', 'Γεράσιμος', 'Ευστάθιος',
                         'Ξανθίππη', 'Πολυξένη', 'Λυκούργος']),
    (('sw-KE', 'given'), ['Muthoni', 'Kibet', 'Nafula', 'Wafula', 'Kerubo', 'Moraa', 'Anyango', 'Gathoni', 'Wairimu',
                         'Cheruiyot', 'Nyambura', 'Kipchumba']),
    (('vi-VN', 'given'), ['Thị Thoa', 'Văn Bính', 'Thị Khuê', 'Đình Tước', 'Thị Nhài']),
    (('vi-VN', 'family'), ['Giáp', 'Kiều', 'Diệp', 'Lã', 'Tạ', 'Khúc', 'Nghiêm', 'Doãn', 'Kha', 'Ứng', 'Thân', 'Yên', 'Lều']),
    (('vi-VN', 'streets'), ['ngõ Sầu Đông', 'hẻm Cây Thị', 'ngõ Vối']),
    (('th-TH', 'given'), ['ผ่องศรี', 'ทองหล่อ', 'สงัด', 'บุญยืน', 'ละเมียด', 'เจิม']),
    (('th-TH', 'family'), ['ณ ระนอง', 'ปิ่นทอง', 'แสงอรุณ', 'ชูเกียรติ', 'เพ็งแก้ว']),
    (('th-TH', 'streets'), ['ซอยตะแบก', 'ซอยประดู่แดง', 'ถนนกระท้อน']),
]
for (_t, _k), _v in EXTRA:
    next(_L for _L in LOCALES if _L['tag'] == _t).setdefault(_k, []).extend(_v)

POOLS = {}
for _L in LOCALES:
    try:
        _P = {k: clean(_L[k], _L['tag'] + ' ' + k) for k in ('given', 'family', 'streets')}
    except SystemExit:
        continue          # a locale whose pool ran empty is left out as a whole (order kept)
    if len(_P['given']) >= 2:   # two relatives in one record need two distinct given names
        POOLS[_L['tag']] = _P
USED = [L for L in LOCALES if L['tag'] in POOLS]
if len(USED) < 12:
    raise SystemExit('too few locales survived the overlap cut')


# ----------------------------------------------------------------------------------------------------------
# validated value generators
# ----------------------------------------------------------------------------------------------------------
def digits(rng, n):
    return ''.join(rng.choice(string.digits) for _ in range(n))


def brute(rng, make, ok, tries=4000):
    for _ in range(tries):
        v = make()
        if ok(v):
            return v
    raise SystemExit('could not generate a valid value')


def birth(rng, lo=1938, hi=2019):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def fmt_date(d, style):
    return {'us': f'{d.month:02d}/{d.day:02d}/{d.year}', 'gb': f'{d.day} {d.strftime("%B")} {d.year}',
            'dot': f'{d.day:02d}.{d.month:02d}.{d.year}', 'slash': f'{d.day:02d}/{d.month:02d}/{d.year}',
            'dash': f'{d.day:02d}-{d.month:02d}-{d.year}', 'iso': d.isoformat(),
            'cjk': f'{d.year}年{d.month}月{d.day}日', 'kr': f'{d.year}년 {d.month}월 {d.day}일'}[style]


def gen_id(rng, kind, d):
    yy, mm, dd = f'{d.year % 100:02d}', f'{d.month:02d}', f'{d.day:02d}'
    if kind == 'ssn':
        v = brute(rng, lambda: f'{rng.randint(101, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}',
                  ssn.is_valid)
        return 'ssn', v
    if kind == 'nhs':
        v = brute(rng, lambda: rng.choice('4') + digits(rng, 9), nhs.is_valid)
        return 'HEALTH_INSURANCE', f'{v[:3]} {v[3:6]} {v[6:]}'
    if kind == 'de_idnr':
        def mk():
            ds = list(string.digits)
            rng.shuffle(ds)
            body = ds[:9] + [ds[rng.randint(0, 8)]]
            rng.shuffle(body)
            return ''.join(body) + rng.choice(string.digits)
        v = brute(rng, mk, idnr.is_valid, 40000)
        return 'TAX_ID', f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}'
    if kind == 'fr_nir':
        v = brute(rng, lambda: rng.choice('12') + yy + mm + rng.choice(['29', '24', '74', '79', '68']) +
                  digits(rng, 6) + digits(rng, 2), nir.is_valid, 40000)
        return 'NATIONAL_ID', nir.format(v)
    if kind == 'es_dni':
        n = digits(rng, 8)
        return 'NATIONAL_ID', n + dni.calc_check_digit(n)
    if kind == 'it_cf':
        def mk():
            b = (''.join(rng.choice('BCDFGLMNPRSTVZ') for _ in range(6)) + yy + 'ABCDEHLMPRST'[d.month - 1] +
                 f'{d.day + rng.choice([0, 40]):02d}' + rng.choice(['D150', 'F052', 'H620', 'M082', 'E506']))
            return b + codicefiscale.calc_check_digit(b)
        return 'TAX_ID', brute(rng, mk, codicefiscale.is_valid)
    if kind == 'nl_bsn':
        return 'NATIONAL_ID', brute(rng, lambda: rng.choice('1234567') + digits(rng, 8), bsn.is_valid)
    if kind == 'pl_pesel':
        m = d.month + (20 if d.year >= 2000 else 0)
        return 'NATIONAL_ID', brute(rng, lambda: f'{yy}{m:02d}{dd}' + digits(rng, 5), pesel.is_valid)
    if kind == 'se_pnr':
        return 'NATIONAL_ID', brute(rng, lambda: f'{yy}{mm}{dd}-' + digits(rng, 4), personnummer.is_valid)
    if kind == 'fi_hetu':
        sep = '-' if d.year < 2000 else 'A'
        return 'NATIONAL_ID', brute(rng, lambda: f'{dd}{mm}{yy}{sep}{rng.randint(2, 899):03d}' +
                                    rng.choice('0123456789ABCDEFHJKLMNPRSTUVWXY'), hetu.is_valid)
    if kind == 'no_fnr':
        ind = (lambda: f'{rng.randint(0, 499):03d}') if d.year < 2000 else (lambda: f'{rng.randint(500, 999):03d}')
        return 'NATIONAL_ID', brute(rng, lambda: f'{dd}{mm}{yy}' + ind() + digits(rng, 2), fodselsnummer.is_valid,
                                    40000)
    if kind == 'br_cpf':
        return 'TAX_ID', cpf.format(brute(rng, lambda: digits(rng, 11), cpf.is_valid, 40000))
    if kind == 'tr_tck':
        return 'NATIONAL_ID', brute(rng, lambda: rng.choice('123456789') + digits(rng, 10), tckimlik.is_valid, 40000)
    if kind == 'ru_inn':
        return 'TAX_ID', brute(rng, lambda: rng.choice(['35', '44', '68', '60', '40']) + digits(rng, 10), inn.is_valid,
                               40000)
    if kind == 'ua_rntrc':
        return 'TAX_ID', brute(rng, lambda: rng.choice('23') + digits(rng, 9), rntrc.is_valid)
    if kind == 'il_tz':
        return 'NATIONAL_ID', brute(rng, lambda: rng.choice('0123') + digits(rng, 8), il_idnr.is_valid)
    if kind == 'in_aadhaar':
        v = brute(rng, lambda: rng.choice('23456789') + digits(rng, 11), aadhaar.is_valid)
        return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}'
    if kind == 'in_pan':
        v = brute(rng, lambda: ''.join(rng.choice(string.ascii_uppercase) for _ in range(3)) + 'P' +
                  rng.choice('STMBDPG') + digits(rng, 4) + rng.choice(string.ascii_uppercase), pan.is_valid)
        return 'TAX_ID', v
    if kind == 'cn_ric':
        return 'NATIONAL_ID', brute(rng, lambda: rng.choice(['140105', '410302', '430405', '360702']) +
                                    f'{d.year}{mm}{dd}' + digits(rng, 3) + rng.choice('0123456789X'), ric.is_valid,
                                    40000)
    if kind == 'jp_mynumber':
        v = brute(rng, lambda: digits(rng, 12), jp_in.is_valid, 40000)
        return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}'
    if kind == 'kr_rrn':
        g = rng.choice('12') if d.year < 2000 else rng.choice('34')
        return 'NATIONAL_ID', brute(rng, lambda: f'{yy}{mm}{dd}-{g}' + digits(rng, 6), rrn.is_valid, 40000)
    if kind == 'gr_amka':
        return 'NATIONAL_ID', brute(rng, lambda: f'{dd}{mm}{yy}' + digits(rng, 5), amka.is_valid, 40000)
    if kind == 'th_pin':
        return 'NATIONAL_ID', brute(rng, lambda: rng.choice('1358') + digits(rng, 12), th_pin.is_valid, 40000)
    if kind == 'ke_pin':
        return 'TAX_ID', brute(rng, lambda: 'A' + digits(rng, 9) + rng.choice(string.ascii_uppercase), ke_pin.is_valid)
    raise KeyError(kind)


IBAN_LEN = {'GB': 'BBBB' + '9' * 14, 'DE': '9' * 18, 'FR': '9' * 23, 'ES': '9' * 20, 'IT': 'B' + '9' * 22,
            'NL': 'BBBB' + '9' * 10, 'PL': '9' * 24, 'SE': '9' * 20, 'FI': '9' * 14, 'NO': '9' * 11,
            'TR': '9' * 22, 'UA': '9' * 25, 'IL': '9' * 19, 'EG': '9' * 25, 'GR': '9' * 23, 'GE': 'BB' + '9' * 16}


def gen_iban(rng, cc):
    def mk():
        bban = ''.join(rng.choice(string.ascii_uppercase) if c == 'B' else rng.choice(string.digits)
                       for c in IBAN_LEN[cc])
        return cc + std_iban.calc_check_digits(cc + '00' + bban) + bban
    v = brute(rng, mk, std_iban.is_valid, 20000)
    return std_iban.format(v)


def gen_card(rng):
    def mk():
        b = rng.choice(['4', '51', '53', '55'])
        b += digits(rng, 15 - len(b))
        return b + luhn.calc_check_digit(b)
    v = brute(rng, mk, lambda x: luhn.is_valid(x) and len(set(x[1:])) > 4)
    return ' '.join(v[i:i + 4] for i in range(0, 16, 4))


def gen_us_bank(rng):
    r = brute(rng, lambda: rng.choice(['0', '1', '2']) + digits(rng, 8), rtn.is_valid)
    return f'routing {r}, account {digits(rng, rng.randint(9, 12))}'


def gen_phone(rng, region, kind='m', intl=None):
    t = phonenumbers.PhoneNumberType.MOBILE if kind == 'm' else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, t))
    keep = 3 if region != 'US' else 0

    def mk():
        if region == 'US':
            n = rng.choice(['937', '208', '478', '218', '918']) + rng.choice('23456789') + digits(rng, 2) + digits(rng, 4)
            if n[3:6] == '555':
                return None
        else:
            n = ex[:keep] + digits(rng, len(ex) - keep)
        pn = phonenumbers.parse(n, region)
        if not phonenumbers.is_valid_number(pn) or phonenumbers.region_code_for_number(pn) != region:
            return None
        if region == 'GB' and n.startswith('7700900'):
            return None
        f = phonenumbers.PhoneNumberFormat.INTERNATIONAL if (intl if intl is not None else rng.random() < .4) \
            else phonenumbers.PhoneNumberFormat.NATIONAL
        return phonenumbers.format_number(pn, f)
    return brute(rng, mk, lambda v: v is not None)


def gen_ip(rng):
    def mk():
        return ipaddress.ip_address(f'{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.'
                                    f'{rng.randint(1, 254)}')
    docs = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]
    return str(brute(rng, mk, lambda a: a.is_global and not any(a in n for n in docs)))


def ascii_local(s):
    import unicodedata
    t = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z]', '', t)


# ----------------------------------------------------------------------------------------------------------
# people and documents
# ----------------------------------------------------------------------------------------------------------
class Rec:
    def __init__(self):
        self.issued = []
        self.names = set()

    def add(self, etype, value):
        self.issued.append((etype, value))
        return value


def feminine(tag, f):
    """Feminine form of a masculine family name in locales whose surnames inflect for gender."""
    if tag == 'pl-PL':
        return re.sub(r'(ski|cki|dzki)$', lambda m: m.group(1)[:-1] + 'a', f)
    if tag == 'ru-RU':
        if re.search(r'(ов|ев|ёв|ин|ын)$', f):
            return f + 'а'
        return f
    if tag == 'el-GR':
        for a, b in (('ος', 'ου'), ('ης', 'η'), ('ας', 'α')):
            if f.endswith(a):
                return f[:-len(a)] + b
    return f


def person_name(rng, L, family=None):
    P = POOLS[L['tag']]
    g = rng.choice(P['given'])
    f = family or rng.choice(P['family'])
    if g in L.get('fem', ()):
        f = feminine(L['tag'], f)
    elif L['tag'] in ('pl-PL', 'ru-RU', 'el-GR'):
        f = masculine(L, f)
    o = L['order']
    if o == 'fg':
        return g, f, f + g
    if o in ('fg_sp', 'fpg'):
        return g, f, f'{f} {g}'
    if o == 'gf2':
        f2 = rng.choice([x for x in P['family'] if x != f] or [f])
        return g, f, f'{g} {f} {f2}'
    return g, f, f'{g} {f}'


def masculine(L, f):
    for m in L['family']:
        if feminine(L['tag'], m) == f:
            return m
    return f


def address(rng, L):
    c, p = rng.choice(L['cities'])
    return L['addr'].format(n=rng.randint(2, 140), s=rng.choice(POOLS[L['tag']]['streets']), c=c, p=p)


def email_for(rng, g, f):
    loc = ascii_local(g)[:8] + rng.choice(['.', '_', '']) + ascii_local(f)[:10]
    if len(loc) < 4:
        loc = rng.choice(['family', 'home', 'clan', 'tree']) + digits(rng, 4)
    return f'{loc}{rng.randint(1, 99) if rng.random() < .5 else ""}@{rng.choice(["gmail.com", "outlook.com", "yahoo.com", "gmx.net", "proton.me", "icloud.com"])}'


def full_person(rng, L, R, want=('name', 'dob', 'addr', 'phone'), family=None, lo=1938, hi=2019):
    for _ in range(60):
        g, f, name = person_name(rng, L, family)
        if name not in R.names and g not in {n.split()[0] for n in R.names}:
            break
    R.names.add(name)
    d = birth(rng, lo, hi)
    out = {'g': g, 'f': f, 'name': R.add('person', name), 'd': d}
    if 'dob' in want:
        out['dob'] = R.add('DATE_OF_BIRTH', fmt_date(d, L['dob']))
    if 'addr' in want:
        out['addr'] = R.add('STREET_ADDRESS', address(rng, L))
    if 'phone' in want:
        out['phone'] = R.add('phone', gen_phone(rng, L['region']))
    if 'email' in want:
        out['email'] = R.add('email', email_for(rng, g, f))
    if 'id' in want and L['ids']:
        et, v = gen_id(rng, rng.choice(L['ids']), d)
        out['id'] = R.add(et, v)
    return out


def hist_name(rng, L):
    return person_name(rng, L)[2]


def org_phone(rng, L):
    return gen_phone(rng, L['region'], kind='f')


DOC_PHONES = ['(202) 555-01{:02d}', '07700 900{:03d}', '020 7946 0{:03d}']   # reserved drama / documentation ranges


def doc_phone(rng):
    t = rng.choice(DOC_PHONES)
    return t.format(rng.randint(0, 99) if '02d' in t else rng.randint(0, 999))


def blank_form(rng, L, title):
    """A locale-labelled blank template: placeholders only."""
    lab = L['lab']
    ph = rng.choice(['[ ]', '____', '…', '<…>', 'XXXX'])
    return (f"{title}\n{lab['mother']}: {ph}\n{lab['father']}: {ph}\n{lab['daughter']}/{lab['son']}: {ph}, "
            f"{lab['born']} {ph}\n{lab['addr']}: {ph}\n{lab['phone']}: {ph}\ne-mail: name@example.com")


def k_family_tree(rng, L, R, sens):
    lab = L['lab']
    if sens:
        a = full_person(rng, L, R, ('dob', 'addr', 'phone', 'email'))
        b = full_person(rng, L, R, ('dob',), family=a['f'], lo=1990, hi=2021)
        doc = (f"0 @I14@ INDI\n1 NAME {a['name']}\n1 BIRT\n2 DATE {a['dob']}\n1 RESI\n2 ADDR {a['addr']}\n"
               f"2 PHON {a['phone']}\n2 EMAIL {a['email']}\n1 FAMS @F7@\n0 @I15@ INDI\n1 NAME {b['name']}\n"
               f"1 BIRT\n2 DATE {b['dob']}\n1 FAMC @F7@\n1 NOTE living; {lab['daughter']}/{lab['son']}")
        ins = rng.choice(['merge these two GEDCOM records into my tree and tell me what is missing',
                          'convert this GEDCOM fragment to a table (name, birth, residence)',
                          f"({lab['lang']}) check this export before I upload it to the family site"])
    else:
        if rng.random() < .6:
            y = rng.randint(1790, 1860)
            a, b = hist_name(rng, L), hist_name(rng, L)
            doc = (f"0 @I3@ INDI\n1 NAME {a}\n1 BIRT\n2 DATE {y}\n2 PLAC {rng.choice(L['cities'])[0]}\n1 DEAT\n"
                   f"2 DATE {y + rng.randint(40, 80)}\n1 BURI\n2 PLAC parish churchyard\n0 @I4@ INDI\n1 NAME {b}\n"
                   f"1 BIRT\n2 DATE ABT {y + 24}\n1 DEAT\n2 DATE {y + 24 + rng.randint(1, 70)}\n"
                   f"1 SOUR @S2@ parish register, baptisms {y}-{y + 30}")
        else:
            doc = ("0 @I1@ INDI\n1 NAME [Given names] /[SURNAME]/\n1 BIRT\n2 DATE [DD MON YYYY]\n1 RESI\n"
                   "2 ADDR [street, town]\n2 PHON [phone]\n2 EMAIL [name@example.com]\n0 @I2@ INDI\n"
                   "1 NAME [Given names] /[SURNAME]/\n1 FAMC @F1@")
        ins = rng.choice(['convert this GEDCOM fragment to a table (name, birth, death)',
                          'is this GEDCOM 5.5.1 valid? list the errors', 'explain what each tag means'])
    return ins, doc


def k_dna_match(rng, L, R, sens):
    cm = rng.randint(90, 1900)
    if sens and rng.random() < .25:   # incidental: only the match's private e-mail
        g, f, _ = person_name(rng, L)
        em = R.add('email', email_for(rng, g, f))
        doc = (f"Hi, we share {cm} cM on chromosomes 3 and 11. I manage my late father's kit; please reply privately "
               f"to {em} rather than through the site.")
        ins = rng.choice(['how should I reply to this DNA match?', 'what relationship fits these cM?'])
        return ins, doc
    if sens:
        a = full_person(rng, L, R, ('email', 'phone', 'dob'))
        extra = ''
        if rng.random() < .5:
            extra = f"\nsecurity alert on my DNA account: sign-in from {R.add('IP_ADDRESS', gen_ip(rng))}, was that you?"
        doc = (f"Hi! We share {cm} cM across {rng.randint(6, 40)} segments. I'm {a['name']}, "
               f"{L['lab']['born']} {a['dob']}. My {L['lab']['grandma']} was adopted, so I think we are "
               f"half-{L['lab']['cousin']}s. Write me at {a['email']} or text {a['phone']}.{extra}")
        ins = rng.choice(['how should I reply to this DNA match?', 'what relationship fits these cM?',
                          'help me write a careful answer to this message'])
    else:
        doc = rng.choice([
            blank_form(rng, L, 'DNA MATCH CONTACT SHEET'),
            f"Shared cM project ranges: {cm} cM fits 1C1R, half 1C or great-aunt. Segments: {rng.randint(6, 40)}.",
            f"The remains of Richard III were identified in 2013 partly through mtDNA from descendants of his sister "
            f"Anne of York. Haplogroup notes: J1c2c.",
            f"Template reply: Hi [MATCH NAME], we share [X] cM. Contact me via the site messages or at "
            f"dna-help@example.com. Kit ID: [KIT].",
            f"Our DNA project admins can be reached at projects@{rng.choice(['familytreedna', 'wikitree'])}.com; "
            f"haplogroup R-M269 is the commonest in Western Europe."])
        ins = rng.choice(['what relationship fits these cM?', 'explain this to a beginner', 'summarise'])
    return ins, doc


def k_obituary(rng, L, R, sens):
    lab = L['lab']
    if sens:
        died = R.add('person', person_name(rng, L)[2])
        R.names.add(died)
        a = full_person(rng, L, R, ('addr', 'phone'))
        dd = fmt_date(dt.date(2026, rng.randint(1, 11), rng.randint(1, 28)), L['dob'])
        doc = (f"{died}, {lab['died']} {dd}, aged {rng.randint(58, 97)}. For the family: {a['name']}. "
               f"Condolences and flowers to the family home: {a['addr']}. Family contact: {a['phone']}.")
        if rng.random() < .4:
            doc += f" Funeral home switchboard: {org_phone(rng, L)}."
        ins = rng.choice(['make this death notice shorter for the newspaper', f"translate into {lab['lang']}",
                          'proofread this obituary'])
    else:
        y = rng.randint(1820, 1900)
        doc = rng.choice([
            f"{hist_name(rng, L)} ({lab['born']} {y}, {lab['died']} {y + rng.randint(50, 85)}), miller of this parish, "
            f"leaves a widow and six children. Buried {y + 86}.",
            f"[Full name], {lab['died']} [date], aged [age]. Survived by [relatives]. Service at [venue]. "
            f"Donations to [charity]. Enquiries: funeral director, {org_phone(rng, L)}.",
            "Queen Elizabeth II died at Balmoral on 8 September 2022; the state funeral was held at Westminster "
            "Abbey on 19 September 2022.",
            f"Obituary of Ebenezer Scrooge, late of Cornhill, as printed in a 1843 parody pamphlet."])
        ins = rng.choice(['make this death notice shorter', 'proofread this', 'what style is this written in?'])
    return ins, doc


def k_announcement(rng, L, R, sens):
    lab = L['lab']
    if sens:
        baby = full_person(rng, L, R, ('dob',), lo=2026, hi=2026)
        m = full_person(rng, L, R, ('addr', 'phone'), family=baby['f'])
        ev = rng.choice(['birth', 'adoption', 'wedding'])
        if ev == 'wedding':
            R.issued = [x for x in R.issued if x[1] not in (baby['name'], baby['dob'])]
            w = full_person(rng, L, R, ())
            wd = fmt_date(dt.date(2027, rng.randint(4, 9), rng.randint(1, 28)), L['dob'])
            doc = (f"{m['name']} & {w['name']} are getting married on {wd}! RSVP to {m['phone']} or by post "
                   f"to {m['addr']}.")
        else:
            doc = (f"We are overjoyed to announce the {ev} of {baby['name']} ({lab['born']} {baby['dob']}). "
                   f"Love, {m['name']}. Cards welcome at {m['addr']}, or call {m['phone']}.")
        ins = rng.choice(['make this announcement warmer', 'turn this into a card text',
                          f"translate into {lab['lang']}"])
    else:
        doc = rng.choice([
            blank_form(rng, L, 'ANNOUNCEMENT'),
            "Kensington Palace announced the birth of Prince Louis of Wales on 23 April 2018 at St Mary's Hospital.",
            "Announcement template: [Parents' names] joyfully announce the birth of [Baby name], born [date], "
            "[weight]. Contact: [phone] / [email@example.com].",
            "In Pride and Prejudice, Mrs Bennet announces Lydia's marriage to Mr Wickham to the whole of Meryton.",
            f"Register a birth within 42 days at the register office, tel. {org_phone(rng, L)}, "
            f"enquiries@register-office.example.org."])
        ins = rng.choice(['make this announcement warmer', 'is this phrasing formal enough?', 'shorten it'])
    return ins, doc


def k_will(rng, L, R, sens):
    if sens:
        t = full_person(rng, L, R, ('addr', 'dob', 'id'), lo=1935, hi=1960)
        b = full_person(rng, L, R, ('addr',), family=t['f'])
        money = (R.add('US_BANK_NUMBER', gen_us_bank(rng)) if L['bank'] == 'us'
                 else R.add('iban', gen_iban(rng, L['bank'])) if L['bank']
                 else R.add('credit_card', gen_card(rng)))
        ids = f", ID {t['id']}" if 'id' in t else ''
        doc = (f"I, {t['name']}, of {t['addr']}, {L['lab']['born']} {t['dob']}{ids}, declare this my last will. "
               f"I leave my house and the account {money} to {b['name']} of {b['addr']}.")
        ins = rng.choice(['is this will clear enough for probate?', 'draft the letter to the bank for the executor',
                          'summarise who inherits what'])
    else:
        doc = rng.choice([
            blank_form(rng, L, 'LAST WILL (blank)'),
            f"Will of {hist_name(rng, L)}, yeoman, proved {rng.randint(1701, 1799)}: to my son one cow and the "
            f"feather bed; residue to my wife.",
            "I, [TESTATOR NAME], of [ADDRESS], revoke all former wills. I appoint [EXECUTOR] ... IBAN: [IBAN].",
            "Probate registry general enquiries: 0300 123 1072. Search for a will online; fee: GBP 1.50.",
            "Sample IBAN from the registry: GB82 WEST 1234 5698 7654 32 (illustration only)."])
        ins = rng.choice(['summarise who inherits what', 'explain the legal terms', 'is this wording outdated?'])
    return ins, doc


def k_reunion(rng, L, R, sens):
    lab = L['lab']
    if sens and rng.random() < .3:   # incidental: a single phone number, no names
        ph = R.add('phone', gen_phone(rng, L['region']))
        doc = (f"[Mum] reunion 14:00, bring the 1880s photo albums\n[Uncle] {lab['cousin']} has a new number: {ph}\n"
               f"[Mum] 👍 saved")
        ins = rng.choice(['make a checklist from this family chat', 'summarise the chat'])
        return ins, doc
    if sens:
        a = full_person(rng, L, R, ('phone', 'addr'))
        b = full_person(rng, L, R, ('phone', 'dob'), family=a['f'])
        doc = (f"[{a['g']}] reunion is at ours: {a['addr']} — parking in the yard\n[{b['g']}] bringing the cake 🎂 my "
               f"new number {b['phone']}\n[{a['g']}] ok saved. {lab['grandma']}'s birthday list: {b['name']} "
               f"{b['dob']}\n[{a['g']}] call me {a['phone']} if lost")
        R.add('person', a['g'])
        R.add('person', b['g'])
        ins = rng.choice(['make a checklist from this family chat', 'who brings what?', 'summarise the chat'])
    else:
        if rng.random() < .4:
            doc = blank_form(rng, L, 'REUNION SIGN-UP SHEET')
        else:
            doc = (f"[{lab['mother']}] reunion 14:00 at the community hall\n[{lab['cousin']}] hall office says call "
                   f"{org_phone(rng, L)} to book tables\n[{lab['mother']}] bring photo albums, the 1880s ones too\n"
                   f"[{lab['grandma']}] 🎉")
        ins = rng.choice(['make a checklist from this family chat', 'who brings what?', 'summarise the chat'])
    return ins, doc


def k_custody(rng, L, R, sens):
    if sens:
        c = full_person(rng, L, R, ('dob', 'id'), lo=2010, hi=2022)
        g = full_person(rng, L, R, ('addr', 'phone', 'email'), family=c['f'])
        ids = f"\nChild ID: {c['id']}" if 'id' in c else ''
        mrn = ''
        if rng.random() < .3:
            mrn = f"\nPaediatric record: MRN {R.add('MEDICAL_RECORD', digits(rng, 8))}"
        doc = (f"GUARDIANSHIP APPLICATION\nChild: {c['name']}, DOB {c['dob']}{ids}\nProposed guardian: {g['name']} "
               f"({L['lab']['grandma']})\nAddress: {g['addr']}\nPhone: {g['phone']}  E-mail: {g['email']}{mrn}")
        ins = rng.choice(['check this form is complete', 'write the cover letter to the court',
                          'list which documents I still need'])
    else:
        doc = rng.choice([
            blank_form(rng, L, 'GUARDIANSHIP FORM'),
            "GUARDIANSHIP APPLICATION\nChild: ____________ DOB: __/__/____\nProposed guardian: ____________\n"
            "Address: ____________\nPhone: ____________",
            "In Kramer vs. Kramer (1979) Ted and Joanna fight for custody of their son Billy.",
            f"Family court enquiries: {org_phone(rng, L)}, familycourt@example.gov; opening hours 9-16.",
            f"GUARDIANSHIP APPLICATION (training sample)\nChild: Jane Doe, DOB 01/01/2000\nProposed guardian: John Doe"
            f"\nAddress: 123 Example Street, Anytown\nPhone: {doc_phone(rng)}  E-mail: guardian@example.com"])
        ins = rng.choice(['check this form is complete', 'explain the process', 'what does this mean?'])
    return ins, doc


def k_lost_relative(rng, L, R, sens):
    if sens:
        p = full_person(rng, L, R, ('dob', 'addr', 'phone'))
        doc = (f"Looking for my half-{L['lab']['cousin']} {p['name']}, {L['lab']['born']} {p['dob']}. Last known "
               f"address {p['addr']}, old phone {p['phone']}. We lost touch after the divorce.")
        ins = rng.choice(['write a respectful first letter to this relative', 'how can I trace this person?',
                          'draft a social media post'])
    else:
        y = rng.randint(1845, 1895)
        doc = rng.choice([
            f"Looking for what became of {hist_name(rng, L)}, who emigrated in {y} on a steamer, aged about 20.",
            f"The national archives reading room: {org_phone(rng, L)}, enquiries@archives.example.org.",
            "Tracing service template: Name of missing person: [ ] Last known address: [ ] Date of birth: [ ]"])
        ins = rng.choice(['which records should I search?', 'how can I trace this?', 'draft an enquiry'])
    return ins, doc


def k_recipe(rng, L, R, sens):
    lab = L['lab']
    if sens:
        a = full_person(rng, L, R, ('phone', 'addr'))
        doc = (f"{lab['grandma']} {a['name']}'s plum cake: 500 g flour, 250 g butter, 1 kg plums, cinnamon. "
               f"(If it fails call her: {a['phone']} — she still lives at {a['addr']} and loves visitors.)")
        ins = rng.choice(['scale this recipe for 20 people', 'convert to cups', 'write the family cookbook intro'])
    else:
        doc = rng.choice([
            "Tarte Tatin is named after the Tatin sisters, who ran a hotel in Lamotte-Beuvron in the 1880s.",
            f"Surname origin question: is the name {rng.choice(POOLS[L['tag']]['family'])} occupational or "
            f"toponymic? The family crest shows three wheat sheaves on azure.",
            f"{lab['grandma']}'s plum cake: 500 g flour, 250 g butter, 1 kg plums, cinnamon. Bake 45 min at 180 °C."])
        ins = rng.choice(['scale this recipe for 20 people', 'answer the question', 'convert to cups'])
    return ins, doc


def k_naming(rng, L, R, sens):
    if sens:
        b = full_person(rng, L, R, ('dob',), lo=2026, hi=2026)
        p = full_person(rng, L, R, ('addr', 'phone'), family=b['f'])
        doc = (f"Naming ceremony for {b['name']} ({L['lab']['born']} {b['dob']}), hosted by {p['name']} at home, "
               f"{p['addr']}. Please confirm with {p['phone']}.")
        ins = rng.choice(['write the invitation text', 'suggest a blessing to read', 'make it more formal'])
    else:
        doc = rng.choice([
            blank_form(rng, L, 'NAMING CEREMONY INVITATION'),
            "In Icelandic naming, a daughter of Jón takes the patronymic Jónsdóttir; how does that work for adoptees?",
            "Among the Yoruba, the Ìsọmọlórúkọ naming ceremony is held on the 7th or 8th day. What is its history?",
            "Invitation template: Join us for the naming of [Baby] on [date] at [place]. RSVP [phone]."])
        ins = rng.choice(['explain this tradition', 'write the invitation text', 'answer briefly'])
    return ins, doc


def k_census(rng, L, R, sens):
    if sens:
        h = full_person(rng, L, R, ('dob', 'addr', 'id'))
        c = full_person(rng, L, R, ('dob',), family=h['f'], lo=2005, hi=2020)
        ids = f" | ID {h['id']}" if 'id' in h else ''
        doc = (f"Household register (current)\nHead: {h['name']} | {h['dob']}{ids}\n"
               f"{L['lab']['daughter']}: {c['name']} | {c['dob']}\nResidence: {h['addr']}")
        ins = rng.choice(['put this household into JSON', 'translate the headings', 'check for inconsistencies'])
    else:
        y = rng.choice([1841, 1851, 1861, 1871, 1881, 1891])
        rows = '\n'.join(f"{hist_name(rng, L)} | {rng.choice(['Head', 'Wife', 'Son', 'Daur', 'Servant'])} | "
                         f"{rng.randint(1, 70)} | {rng.choice(['ag lab', 'weaver', 'scholar', 'miller'])}"
                         for _ in range(rng.randint(3, 6)))
        doc = f"Census {y}, enumeration district {rng.randint(1, 40)}\n{rows}"
        ins = rng.choice(['put this household into JSON', 'translate the headings', 'check for inconsistencies'])
    return ins, doc


KINDS = [('family_tree', k_family_tree), ('dna_match', k_dna_match), ('obituary', k_obituary),
         ('announcement', k_announcement), ('will_probate', k_will), ('reunion_chat', k_reunion),
         ('guardianship', k_custody), ('lost_relative', k_lost_relative), ('family_recipe', k_recipe),
         ('naming_ceremony', k_naming), ('household_register', k_census)]


# ----------------------------------------------------------------------------------------------------------
# request bodies: the document sits in a field chosen by rotation
# ----------------------------------------------------------------------------------------------------------
SYSTEMS = ['You are a helpful genealogy assistant.', 'You help families write announcements and letters.',
           'You are the assistant of a family-history society. Be concise.',
           'You help a small probate law office with drafting. Do not give legal advice.',
           'You are a friendly writing helper for a family group.']
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'claude-sonnet-4']
PLACES = ['user', 'user', 'system', 'assistant_echo', 'tool_result', 'tool_args', 'parts', 'file', 'metadata',
          'rformat', 'user_field']
TOOLS = [{'type': 'function', 'function': {'name': 'fetch_tree_record', 'description': 'Fetch a record from the '
          'family tree database', 'parameters': {'type': 'object', 'properties': {'record_id': {'type': 'string'}},
                                                  'required': ['record_id']}}}]


def b64(s):
    return base64.b64encode(s.encode('utf-8')).decode('ascii')


def place(rng, ins, doc, kind):
    model = rng.choice(MODELS)
    sysm = {'role': 'system', 'content': rng.choice(SYSTEMS)}
    if rng.random() < .1:
        body = {'model': model, 'prompt': f'{doc}\n\n### Task: {ins}\n### Answer:', 'max_tokens': 400}
        if rng.random() < .5:
            body['stop'] = ['###']
        return 'completions', body, 'completions'
    where = rng.choice(PLACES)
    if where == 'user':
        msgs = [sysm, {'role': 'user', 'content': f'{ins}\n\n{doc}' if rng.random() < .6 else f'{doc}\n\n{ins}'}]
    elif where == 'system':
        msgs = [{'role': 'system', 'content': f'{sysm["content"]}\nRecord on file:\n{doc}'},
                {'role': 'user', 'content': ins}]
    elif where == 'assistant_echo':
        msgs = [sysm, {'role': 'user', 'content': 'pasting it now'},
                {'role': 'assistant', 'content': f'I received this text:\n{doc}'},
                {'role': 'user', 'content': ins}]
    elif where == 'tool_result':
        rid = f'rec_{rng.randint(1000, 9999)}'
        msgs = [sysm, {'role': 'user', 'content': f'{ins} (record {rid})'},
                {'role': 'assistant', 'content': None, 'tool_calls': [{'id': f'call_{rng.randint(10**7, 10**8)}',
                 'type': 'function', 'function': {'name': 'fetch_tree_record',
                                                  'arguments': json.dumps({'record_id': rid})}}]},
                {'role': 'tool', 'tool_call_id': 'call_0', 'content': doc}]
        msgs[3]['tool_call_id'] = msgs[2]['tool_calls'][0]['id']
        body = {'model': model, 'messages': msgs, 'tools': TOOLS}
        return 'chat', body, where
    elif where == 'tool_args':
        cid = f'call_{rng.randint(10**7, 10**8)}'
        msgs = [sysm, {'role': 'user', 'content': ins},
                {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                    'name': 'save_note', 'arguments': json.dumps({'kind': kind, 'text': doc}, ensure_ascii=False)}}]},
                {'role': 'tool', 'tool_call_id': cid, 'content': '{"ok": true}'},
                {'role': 'user', 'content': 'thanks, now do what I asked with that note'}]
        body = {'model': model, 'messages': msgs, 'tools': TOOLS + [{'type': 'function', 'function': {
            'name': 'save_note', 'parameters': {'type': 'object', 'properties': {'kind': {'type': 'string'},
                                                                                 'text': {'type': 'string'}}}}}]}
        return 'chat', body, where
    elif where == 'parts':
        msgs = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ins}, {'type': 'text', 'text': doc}]}]
    elif where == 'file':
        fn = rng.choice(['tree.ged', 'notice.txt', 'family_notes.txt', 'export.ged', 'letter.txt'])
        msgs = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ins}, {'type': 'file', 'file': {
            'filename': fn, 'file_data': f'data:text/plain;base64,{b64(doc)}'}}]}]
    elif where == 'metadata':
        msgs = [sysm, {'role': 'user', 'content': ins + '\n\n' + doc.split('\n')[0][:80]}]
        body = {'model': model, 'messages': msgs, 'store': True,
                'metadata': {'kind': kind, 'source_text': doc[:500]}}
        return 'chat', body, where
    elif where == 'rformat':
        msgs = [sysm, {'role': 'user', 'content': f'{ins}\n\n{doc}'}]
        body = {'model': model, 'messages': msgs, 'response_format': {'type': 'json_schema', 'json_schema': {
            'name': 'family_record', 'schema': {'type': 'object', 'properties': {
                'people': {'type': 'array', 'items': {'type': 'string'}}, 'summary': {'type': 'string'}},
                'required': ['summary']}}}}
        return 'chat', body, where
    else:  # user_field
        msgs = [sysm, {'role': 'user', 'content': f'{ins}\n\n{doc}'}]
        body = {'model': model, 'messages': msgs, 'user': f'fam-{rng.randint(10000, 99999)}', 'temperature': 0.4}
        return 'chat', body, where
    body = {'model': model, 'messages': msgs}
    if rng.random() < .2:
        body['temperature'] = round(rng.uniform(0, 1), 1)
    return 'chat', body, where


def search_strings(body):
    out = [json.dumps(body, ensure_ascii=False)]

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            if x.startswith('data:') and ';base64,' in x:
                out.append(base64.b64decode(x.split(';base64,', 1)[1]).decode('utf-8'))
            elif x.startswith('{'):
                try:
                    out.append(json.dumps(json.loads(x), ensure_ascii=False))
                except ValueError:
                    pass
            out.append(urllib.parse.unquote(x))
    walk(body)
    return '\n'.join(out)


def entities_of(body, issued):
    hay = search_strings(body)
    return sorted({et for et, v in issued if v and v in hay})


# ----------------------------------------------------------------------------------------------------------
# complexity prompts (genealogy themed)
# ----------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = {
    'en': ['What is a GEDCOM file?', "What does 'great-great-grandmother' mean?", 'Write 14 March 1852 as ISO date.',
           'How many years between 1848 and 1901?', "Translate 'birth certificate' into Spanish.",
           'What is a maiden name?'],
    'de-DE': ['Was heißt „Urgroßvater“ auf Englisch?', 'Was ist ein Kirchenbuch?', 'Wie viele Jahre sind 1871 bis 1914?'],
    'fr-FR': ["Que veut dire « arrière-grand-mère » en anglais ?", "C'est quoi un acte de naissance ?",
              'Écris 3 mai 1890 au format ISO.'],
    'es-ES': ['¿Qué significa "bisabuelo" en inglés?', '¿Qué es una partida de bautismo?',
              '¿Cuántos años hay entre 1898 y 1936?'],
    'pl-PL': ['Co znaczy „pradziadek” po angielsku?', 'Co to jest akt urodzenia?'],
    'pt-BR': ['O que é uma certidão de nascimento?', 'Como se diz "bisavó" em inglês?'],
    'it-IT': ['Cosa vuol dire "bisnonna" in inglese?', "Che cos'è un albero genealogico?"],
    'nl-NL': ['Wat betekent "overgrootmoeder" in het Engels?', 'Wat is een doopregister?'],
    'sv-SE': ['Vad betyder "farfarsfar" på engelska?', 'Vad är en husförhörslängd?'],
    'tr-TR': ['"Büyük dede" İngilizcede ne demek?', 'Nüfus kayıt örneği nedir?'],
    'ru-RU': ['Как по-английски «прабабушка»?', 'Что такое метрическая книга?'],
    'ja-JP': ['「曾祖母」は英語で何と言いますか？', '戸籍謄本とは何ですか？'],
    'zh-CN': ['“曾祖父”用英语怎么说？', '什么是族谱？'],
    'ko-KR': ['"증조할머니"는 영어로 뭐예요?', '족보가 뭐예요?'],
    'hi-IN': ['"परदादी" को अंग्रेज़ी में क्या कहते हैं?', 'वंशावली क्या होती है?'],
    'ar-EG': ['ما معنى "جد الأب" بالإنجليزية؟', 'ما هي شجرة العائلة؟'],
    'he-IL': ['איך אומרים "סבא רבא" באנגלית?'],
    'el-GR': ['Πώς λέγεται «προγιαγιά» στα αγγλικά;'],
    'fi-FI': ['Mitä "isoisoäiti" on englanniksi?'],
    'sw-KE': ['"Bibi wa bibi" kwa Kiingereza ni nini?'],
    'vi-VN': ['"Cụ bà" tiếng Anh là gì?'],
    'th-TH': ['"ทวด" ภาษาอังกฤษคืออะไร'],
    'uk-UA': ['Як англійською «прабабуся»?'],
    'ka-GE': ['როგორ არის ინგლისურად „დიდი ბებია“?'],
}

SHORT_HARD = {
    'en': ["My grandmother's sister's grandson's daughter: what is she to me? Derive it and give the general rule "
           "for cousin degree and removal from generation counts.",
           'Design a family-tree data model that supports adoption, surrogacy, same-sex parents and unknown fathers; '
           'compare an adjacency model with an event-based model and justify your choice.',
           'Two testers share 850 cM over 31 segments. With priors over half-sibling, grandparent, uncle and first '
           'cousin, which is most likely? Show the Bayesian reasoning.',
           'Prove that the inbreeding coefficient of a child of first cousins is 1/16.',
           'Give an algorithm for the lowest common ancestors of two people in a pedigree DAG, prove it correct and '
           'state its complexity.',
           'Intestacy: spouse survives, two children, one predeceased leaving two grandchildren; estate 600k. Compare '
           'per stirpes and per capita distribution step by step.',
           'Why do full siblings share 2,200-3,400 cM while parent and child always share about 3,400? Explain via '
           'recombination and derive the expected variance.',
           'Male tester: which of his 8 great-grandparents can have contributed X-DNA? Derive the Fibonacci pattern.',
           'My recursive ancestor counter overflows the stack only on some trees. Which shapes cause it, and how do I '
           'fix it while still detecting cycles from bad data?',
           'Plan deduplication of 2 million genealogy records with fuzzy, transliterated names: blocking keys, '
           'false merges versus missed merges, and how you would measure the trade-off.'],
    'de-DE': ['Beweise, dass ohne Ahnenschwund Generation n genau 2^n Vorfahren hat, und zeige, wie Ahnenschwund '
              'die Zahl bei Cousinenheirat verändert.',
              'Entwirf ein Schema für Erbfolge nach BGB mit Pflichtteilen und begründe die Datenstruktur.'],
    'fr-FR': ["Démontre que deux cousins germains partagent en moyenne 12,5 % de leur ADN autosomal et discute la "
              "variance.", "Conçois un algorithme de fusion d'arbres généalogiques en conflit et justifie tes choix."],
    'es-ES': ['Demuestra por qué los hermanastros comparten en promedio 25 % del ADN y estima la varianza.',
              'Diseña un modelo de datos para apellidos compuestos y su transmisión con compromisos explícitos.'],
    'pl-PL': ['Udowodnij, że liczba przodków w pokoleniu n bez zapętlenia rodowodu wynosi 2^n, i oblicz efekt '
              'małżeństwa kuzynów.'],
    'pt-BR': ['Projete um algoritmo para detectar ciclos impossíveis numa árvore genealógica e prove que termina.'],
    'it-IT': ['Dimostra che il coefficiente di parentela tra zio e nipote è 1/4 e spiega il ragionamento.'],
    'ru-RU': ['Докажи, что коэффициент инбридинга ребёнка двоюродных сибсов равен 1/16, и объясни шаги.'],
    'ja-JP': ['戸籍データの重複統合アルゴリズムを設計し、誤統合と見逃しのトレードオフを論じてください。'],
    'zh-CN': ['请证明：无近亲婚配时第 n 代祖先数为 2^n，并分析族谱合并时的冲突解决策略。'],
    'ko-KR': ['족보 데이터에서 동명이인을 구분하는 알고리즘을 설계하고 장단점을 비교하세요.'],
    'tr-TR': ['Kuzen evliliğinde çocuğun akrabalı yetişme katsayısının 1/16 olduğunu adım adım kanıtla.'],
    'sv-SE': ['Bevisa att halvsyskon i genomsnitt delar 25 % autosomalt DNA och resonera om variansen.'],
    'hi-IN': ['वंशवृक्ष में दो व्यक्तियों का निकटतम साझा पूर्वज खोजने का एल्गोरिदम बनाइए और उसकी जटिलता सिद्ध कीजिए।'],
    'ar-EG': ['صمّم نموذج بيانات لتقسيم الميراث حسب الفرائض مع شرح المفاضلات بين البدائل.'],
    'nl-NL': ['Ontwerp een algoritme om dubbele personen in stambomen samen te voegen en weeg de risico’s af.'],
}

LONG_EASY_TASKS = {
    'en': ['Convert this to CSV with the columns name, role, age, occupation. Nothing else.',
           'Sort these entries alphabetically by name.', 'Translate the column headings into French.',
           'Summarise this transcription in three bullet points.', 'Count how many entries there are.'],
    'de-DE': ['Wandle das in eine Markdown-Tabelle um.', 'Sortiere nach Alter.'],
    'es-ES': ['Convierte esto en una tabla Markdown.', 'Ordena por nombre.'],
    'fr-FR': ['Transforme ceci en tableau Markdown.', 'Trie par âge.'],
    'pl-PL': ['Zamień to na tabelę CSV.'],
    'ja-JP': ['これをCSV形式に変換してください。'],
    'pt-BR': ['Converta isto em uma tabela Markdown.'],
    'zh-CN': ['把这些记录转换成 JSON 列表。'],
    'ru-RU': ['Преобразуй это в таблицу CSV.'],
    'it-IT': ['Ordina per età e restituisci la lista.'],
    'tr-TR': ['Bunu CSV tablosuna dönüştür.'],
}

LONG_HARD_TASKS = {
    'en': ['Several of these entries must be the same people recorded inconsistently. Work out which, build one '
           'consistent family, and justify every merge and every rejected merge with the evidence.',
           'Ages and years conflict across these censuses. Reconstruct the most likely birth years with reasoning, '
           'identify transcription errors, and say which households are the same family over time.'],
    'de-DE': ['Einige Einträge betreffen dieselben Personen. Rekonstruiere die Familie, begründe jede Zuordnung und '
              'erkläre die Widersprüche.'],
    'es-ES': ['Hay contradicciones de edad entre los censos. Reconstruye los años de nacimiento más probables y '
              'justifica cada decisión.'],
    'fr-FR': ["Certaines lignes désignent les mêmes personnes. Reconstitue la famille et justifie chaque fusion."],
    'ja-JP': ['複数の記録が同一人物を指しています。矛盾を解消して家系を再構成し、各判断の根拠を説明してください。'],
    'pt-BR': ['Há contradições entre os censos. Reconstrua a família e justifique cada decisão.'],
}

BUGGY_CODE = '''def relationship(tree, a, b):
    """Return (degree, removal) for cousins a and b."""
    anc_a = ancestors_with_depth(tree, a)
    anc_b = ancestors_with_depth(tree, b)
    common = set(anc_a) & set(anc_b)
    if not common:
        return None
    lca = min(common, key=lambda x: anc_a[x])
    da, db = anc_a[lca], anc_b[lca]
    degree = min(da, db) - 1
    removal = abs(da - db)
    return degree, removal


def ancestors_with_depth(tree, p, depth=0, seen=None):
    seen = seen if seen is not None else {}
    for parent in tree.get(p, []):
        if parent in seen:
            continue
        seen[parent] = depth + 1
        ancestors_with_depth(tree, parent, depth + 1, seen)
    return seen
'''


def census_rows(rng, n):
    rows = []
    locs = [L for L in USED]
    for i in range(n):
        L = rng.choice(locs)
        rows.append(f"{i + 1}. {hist_name(rng, L)} | {rng.choice(['Head', 'Wife', 'Son', 'Daughter', 'Servant', 'Lodger'])}"
                    f" | age {rng.randint(1, 80)} | {rng.choice(['farm labourer', 'weaver', 'scholar', 'miller', 'smith', 'seamstress', 'carter'])}"
                    f" | born {rng.choice(L['cities'])[0]} | census {rng.choice([1851, 1861, 1871, 1881])}")
    return '\n'.join(rows)


def family_census(rng, min_chars=1600):
    """One locale's family over several censuses with drifting ages and spellings, among distractor rows."""
    L = rng.choice(USED)
    fam = rng.choice(POOLS[L['tag']]['family'])
    people = [(rng.choice(POOLS[L['tag']]['given']), role, by) for role, by in
              (('Head', rng.randint(1805, 1815)), ('Wife', rng.randint(1806, 1818)), ('Son', rng.randint(1836, 1842)),
               ('Daughter', rng.randint(1840, 1846)))]
    rows = []
    for year in (1851, 1861, 1871, 1881):
        for g, role, by in people:
            if rng.random() < .2:
                continue
            age = year - by + rng.choice([0, 0, -1, 1, 2])
            if age > 85:
                continue
            nm = g if (rng.random() < .8 or not g.isascii()) else g[:-1] + rng.choice('aeiy')
            rows.append(f"{nm} {fam} | {role} | age {age} | {rng.choice(['farm labourer', 'weaver', 'miller'])} | "
                        f"born {L['cities'][0][0]} | census {year}")
    while len('\n'.join(rows)) < min_chars:
        M = rng.choice(USED)
        rows.append(f"{hist_name(rng, M)} | {rng.choice(['Head', 'Lodger', 'Servant'])} | age {rng.randint(15, 70)} | "
                    f"{rng.choice(['smith', 'carter', 'seamstress'])} | born {rng.choice(M['cities'])[0]} | census "
                    f"{rng.choice([1851, 1861, 1871, 1881])}")
    rng.shuffle(rows)
    return '\n'.join(f'{i + 1}. {r}' for i, r in enumerate(rows))


def long_block(rng, min_chars=1600):
    n = 20
    while True:
        t = census_rows(rng, n)
        if len(t) >= min_chars:
            return t
        n += 5


def pick_lang(rng, table):
    lang = rng.choice(sorted(table))
    return lang, rng.choice(table[lang])


def make_complexity(rng):
    plan = [('short_simple', 47), ('long_easy', 50), ('short_hard', 50), ('long_hard', 43)]
    recs = []
    for cat, n in plan:
        for i in range(n):
            style = ''
            if cat == 'short_simple':
                lang, text = pick_lang(rng, SHORT_SIMPLE)
                msgs = [{'role': 'user', 'content': text}]
                style = 'lookup'
            elif cat == 'short_hard':
                lang, text = pick_lang(rng, SHORT_HARD)
                msgs = [{'role': 'user', 'content': text}]
                style = 'reasoning'
            elif cat == 'long_easy':
                lang, task = pick_lang(rng, LONG_EASY_TASKS)
                block = long_block(rng)
                msgs = [{'role': 'user', 'content': f'{block}\n\n{task}' if rng.random() < .5 else f'{task}\n\n{block}'}]
                style = 'reformat/census'
            else:
                if rng.random() < .35:
                    lang = 'en'
                    filler = long_block(rng, 900)
                    text = (f'Our relationship calculator says two people are 3rd cousins when the family says they '
                            f'are 2nd cousins once removed. Find the root cause in the code below, explain why it '
                            f'happens for this tree, and give a fix with a test.\n\n{BUGGY_CODE}\n'
                            f'Tree excerpt (person | role | age ...):\n{filler}')
                    style = 'debug/code'
                else:
                    lang, task = pick_lang(rng, LONG_HARD_TASKS)
                    text = f'{family_census(rng)}\n\n{task}'
                    style = 'analysis/census'
                msgs = [{'role': 'user', 'content': text}]
            if rng.random() < .3:
                msgs.insert(0, {'role': 'system', 'content': rng.choice(SYSTEMS)})
            body = {'model': rng.choice(MODELS), 'messages': msgs}
            label = 1 if cat in ('short_hard', 'long_hard') else 0
            content = msgs[-1]['content']
            if cat.startswith('long'):
                assert len(content) >= 1500, cat
            recs.append({'category': cat, 'label': label, 'length_adversarial': cat in ('long_easy', 'short_hard'),
                         'endpoint': 'chat', 'lang': lang, 'style': style, 'body': body})
    rng.shuffle(recs)
    return [dict({'id': f'isthmus-cx-{i + 1:04d}'}, **r) for i, r in enumerate(recs)]


# ----------------------------------------------------------------------------------------------------------
# PII split
# ----------------------------------------------------------------------------------------------------------
LITERAL_PHONES = [('0300 123 1072', 'GB')]   # an organisation's published switchboard used in a benign template


def make_pii(rng, n_sens=26, n_ben=19):
    recs = []
    li = 0
    for kind, fn in KINDS:
        for sens in [True] * n_sens + [False] * n_ben:
            L = USED[li % len(USED)]
            li += 1
            for _ in range(50):
                R = Rec()
                ins, doc = fn(rng, L, R, sens)
                endpoint, body, where = place(rng, ins, doc, kind)
                ents = entities_of(body, R.issued)
                if sens and ents:
                    break
                if not sens:
                    assert not R.issued and not ents
                    break
            else:
                raise SystemExit('could not place a sensitive record')
            for et, v in R.issued:
                check_value(et, v, L)
            lang = L['tag']
            local = [x for k in ('given', 'family', 'streets') for x in POOLS[lang][k]]
            local += [c for c, _ in L['cities']] + [v for v in L['lab'].values() if len(v) > 2]
            if not sens and not lang.startswith('en') and not any(x in doc for x in local):
                lang = 'en'     # a benign text that carries nothing of the locale is English
            recs.append({'category': kind if sens else f'{kind}_benign', 'sensitive': bool(ents), 'entities': ents,
                         'endpoint': endpoint, 'lang': lang, 'style': f'{kind} · {where}', 'body': body})
            assert recs[-1]['sensitive'] == bool(recs[-1]['entities'])
    rng.shuffle(recs)
    return [dict({'id': f'isthmus-pii-{i + 1:04d}'}, **r) for i, r in enumerate(recs)]


ID_CHECKS = {'ssn': [ssn], 'HEALTH_INSURANCE': [nhs],
             'NATIONAL_ID': [nir, dni, bsn, pesel, personnummer, hetu, fodselsnummer, tckimlik, il_idnr, aadhaar, ric,
                             jp_in, rrn, amka, th_pin],
             'TAX_ID': [idnr, codicefiscale, cpf, inn, rntrc, pan, ke_pin]}


def check_value(et, v, L):
    """Re-validate every issued value by its type; abort on anything invalid."""
    ok = True
    if et == 'phone':
        pn = phonenumbers.parse(v, L['region'])
        ok = phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == L['region']
    elif et == 'iban':
        ok = std_iban.is_valid(v)
    elif et == 'credit_card':
        c = v.replace(' ', '')
        ok = len(c) == 16 and luhn.is_valid(c) and c not in ('4111111111111111', '4242424242424242',
                                                            '5555555555554444', '5105105105105100')
    elif et == 'IP_ADDRESS':
        a = ipaddress.ip_address(v)
        ok = a.is_global and not any(a in ipaddress.ip_network(n)
                                     for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'))
    elif et == 'US_BANK_NUMBER':
        ok = rtn.is_valid(re.search(r'routing (\d{9})', v).group(1))
    elif et in ID_CHECKS:
        ok = any(m.is_valid(v) for m in ID_CHECKS[et])
    elif et == 'email':
        ok = re.fullmatch(r'[a-z0-9._]+@[a-z.]+', v) is not None and 'example' not in v
    if not ok:
        raise SystemExit(f'invalid {et} value generated')


def validate_literals():
    for num, region in LITERAL_PHONES:
        if not phonenumbers.is_valid_number(phonenumbers.parse(num, region)):
            raise SystemExit(f'invalid literal phone {num}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    a = ap.parse_args()
    validate_literals()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii = make_pii(random.Random(a.seed))
    cx = make_complexity(random.Random(a.seed + 1))
    for name, recs in (('pii_isthmus.jsonl', pii), ('complexity_isthmus.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    ns = sum(r['sensitive'] for r in pii)
    print(f'pii_isthmus.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions) in {len({r["lang"] for r in pii})} '
          f'language tags; {ns} sensitive / {len(pii) - ns} benign; locales used: {len(USED)}/{len(LOCALES)}')
    print('  categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print('  fields:', dict(sorted(collections.Counter(r['style'].split(' · ')[1] for r in pii).items())))
    print(f'complexity_isthmus.jsonl: {len(cx)} requests in {len({r["lang"] for r in cx})} language tags; '
          + ', '.join(f'{k} {v}' for k, v in sorted(collections.Counter(r['category'] for r in cx).items()))
          + f'; {sum(r["length_adversarial"] for r in cx)} length-adversarial, {sum(r["label"] for r in cx)} '
            f'labelled 1')


if __name__ == '__main__':
    main()
