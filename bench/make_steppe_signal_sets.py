#!/usr/bin/env python3
"""Steppe: an independent evaluation split for the request signals, organised by the STRUCTURE of the exchange.

Writes bench/data/signals/pii_steppe.jsonl and bench/data/signals/complexity_steppe.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs; the record format came from the first 70 lines of the delta generator and the first two lines of
    each delta file. The other generators were not read: their sources are only scanned automatically at run
    time for capitalised / non-ASCII words and non-ASCII bigrams, and every name, street and city pool of this
    file is cut to entries that share no word with that set (deterministic, order kept; the run aborts when a
    pool runs empty). (One slip: a `git log --oneline | head -5` was run in the worktree by habit at the start;
    its five subject lines were seen, nothing else.)

Organising principle
    WHERE in a multi-turn, multi-field exchange the personal data sits and HOW it is referred to afterwards:
      early_turn_backref   given once in an early user turn, later turns only say "the number above", the
                           first name, "the last four digits" (only what is present is labelled)
      system_context       operator-supplied customer context in the system prompt
      tool_result          CRM / registry lookups returned in tool messages
      tool_call_args       arguments the assistant itself produced in tool_calls
      rag_retrieval        retrieved documents / search results pasted into context
      assistant_summary    an earlier assistant turn that summarised the case
      quoted_chain         reply chains and forwarded messages pasted by the user
      side_fields          fields other than message text: user, metadata, tools descriptions / enums /
                           defaults, response_format schema examples, stop, prediction, file-part names
      agent_scratchpad     an agent's own thought / observation log
      group_chat           multi-party chats (speaker prefixes, message `name` fields)
      completion_transcript  legacy completions whose prompt is a whole transcript
    Sensitive records use category ``<kind>``; benign ones ``<kind>_benign`` carry the SAME structure with
    non-personal values of the same shapes: organisations' own contact points (role mailboxes, switchboards,
    offices), documentation values (example.com, 555-01xx, 192.0.2.x / 198.51.100.x / 203.0.113.x, test
    cards, the IBAN registry example), placeholders and blank templates, anonymised text, order / ticket /
    tracking numbers, fictional and historical persons.
    Data comes from 28 locales (Latin, Cyrillic, Greek, Hebrew, Devanagari, Thai, Han, Kana and Hangul
    scripts) with own name, street and city lists, mobile numbers of the locale and the locale's ID; the
    instructions around them are partly in the locale's language, partly English (code-switching).
    Word-set cut: names, streets, organisations, fictional and historical names are cut; street-type words
    ("rue", "ul.", "Calle" ...) and city / postcode strings are exempt (shared geography, not names).

Labels
    ``entities`` is computed by searching the serialised body (base64 file parts decoded, URLs unquoted) for
    every value the record issued. ``person``: a private person's full name (a first name alone is never
    issued as a value: where a later turn refers back by first name, the full name is elsewhere in the same
    body; the other speakers of a group chat appear by first name only and add nothing to the labels). ID types: ssn (US only),
    NATIONAL_ID (DNI, BSN, PESEL, Aadhaar, RIC, RRN, TC Kimlik, personnummer, HETU, CNP, Teudat Zehut, CURP,
    SA ID, Thai PIN, My Number, RUN), TAX_ID (Steuer-ID, codice fiscale, CPF, PAN, INN, RNTRC, CUIT, NIF),
    HEALTH_INSURANCE (NHS number, AMKA), US_BANK_NUMBER (routing + account), iban, credit_card, IP_ADDRESS.

Complexity
    Organised by conversation structure too: an EASY final ask (translate / summarise / reformat / trivial
    maths) after a long hard-looking transcript or pasted engineering thread (long_easy, label 0); a HARD ask
    (proof, design with trade-offs, root-cause debugging) buried after long easy small talk or pasted notes
    (long_hard, label 1); short hard asks alone, after a greeting or under a one-line system prompt
    (short_hard, label 1); short simple lookups in the same three shapes (short_simple, label 0). The label
    follows the final ask only. long_* bodies have >= 1,500 characters of message text, short_* < 600.

Contents (seed 20261205)
    pii_steppe.jsonl: 495 requests (450 chat, 45 completions) in 28 language tags; 11 structures x 45 (26
    sensitive + 19 benign each: 286 sensitive / 209 benign). Entities: person 281, email 91, phone 86,
    STREET_ADDRESS 79, NATIONAL_ID 67, IP_ADDRESS 57, DATE_OF_BIRTH 54, iban 53, credit_card 52, TAX_ID 46,
    HEALTH_INSURANCE 9, ssn 2, US_BANK_NUMBER 1. Benign kinds: historical 41, org 37, anon 34, fiction 34,
    placeholder 32, doc 31. complexity_steppe.jsonl: 190 chat requests in 21 language tags: short_simple 45,
    long_easy 52, short_hard 50, long_hard 43; 102 (54%) length-adversarial, 93 labelled 1.
    The run prints all counts.

Validation
    Every identifier is validated with python-stdnum, every phone number with ``phonenumbers`` (valid for its
    region, not a 555 number), every IP with ``ipaddress`` (global, outside documentation ranges); benign
    records are asserted to contain no issued value, sensitive ones at least one.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_steppe_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.ar import cuit
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.cn import ric
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
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn
from stdnum.za import idnr as za_idnr

ROOT = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine')


def words_of(text):
    # letters, digits and combining marks make a word (Thai / Devanagari vowel signs stay inside their word)
    return ''.join(c if (c.isalnum() or unicodedata.category(c)[0] == 'M' or c == '_') else ' ' for c in text).split()


def other_words():
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = ROOT / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_text(encoding='utf-8')
        for w in words_of(text):
            if w[0].isupper() or any(ord(c) > 127 for c in w):
                words.add(w.casefold())
            if any(ord(c) > 127 for c in w):
                for i in range(len(w) - 1):
                    bigrams.add(w[i:i + 2])
    return words, bigrams


OTHER, OTHER_BI = other_words()


# street-type words and abbreviations are shared vocabulary, not names: they are exempt from the cut
GENERIC = {w.casefold() for w in (
    'rue des du de la le allée impasse chemin calle avenida paseo del los las via vicolo viale delle dei di ul '
    'rua das do dos travessa avenida close lane rise row road dr ct ln trl loop ул пр т пер вул просп οδός '
    'sokak caddesi str bd nr av pasaje calle privada cross main rd sector complex crescent ave st nagar colony '
    'कॉलोनी नगर विहार ซอย ถนน 路 巷 街 大道 로 길 町 rchov רחוב שדרות calçada nedre alto bassa alta norte sur '
    'nueva nova nuevo baja bajo nieder upper lower'.split())}


def clean(pool, what):
    out = []
    for e in pool:
        ws = words_of(e)
        bad = False
        for w in ws:
            if w.casefold() in OTHER and not w.isdigit() and w.casefold() not in GENERIC:
                bad = True
            if any(ord(c) > 127 for c in w) and len(w) >= 2:
                if any(w[i:i + 2] in OTHER_BI for i in range(len(w) - 1)):
                    # long non-ASCII words in alphabetic scripts share bigrams by nature; only reject CJK /
                    # unsegmented words whose bigrams are shared
                    if all(unicodedata.category(c) == 'Lo' and ord(c) > 0x2E80 for c in w):
                        bad = True
        if not bad:
            out.append(e)
    if not out:
        raise SystemExit(f"pool {what} ran empty after the word-set cut")
    return out


# ----------------------------------------------------------------------------------------------- locales
# tag, phone region, given names, family names, name order, streets, (postcode, city), address format,
# id kind, labels {name, phone, addr, dob, id, email, iban}, a line of the locale, date format, romanised given
L = {}

# rarer names / street words added to every pool (the common ones are mostly taken by the earlier generators)
EXTRA = {
    'de-DE': dict(g='Ortrud Wendelin Hiltrud Eckbert Roswitha Gernot Walburga Kunibert Irmgard Reinhild Adelgunde '
                    'Hartwig Sieglinde Volkmar Gerlinde Dietlinde Baldur Edeltraud Winfried Ottilie', f='Brüggemann '
                    'Quistorp Hollesen Vosskuhl Dreesen Uhrbrock Jessulat', s='Kuckucksheide Wachtelstieg '
                    'Hummelbüttel-Weg Sanddornpfad Reetdachweg Knickweg Priggenhagen'),
    'fr-FR': dict(g='Aurélienne Goulven Nolwenn Brieuc Enora Tugdual Gwenola Ronan Mael Soizic Corentin Armelle',
                  f='Kerjean Le Scouarnec Trébaol Jaouen', s='rue de Kerscao|rue du Goëlo|allée de Penhoat|'
                  'impasse des Salicornes|rue du Guilvinec Haut'),
    'es-ES': dict(f2='Aranburu Mendizabal Elizondo Gorostiaga Urrestarazu Altuna', g='Garazi Ibai Izaro Oier Amaia Eneko Uxue Gorka Olatz Mikel Ane Jon Irati', f='Agirrezabala '
                  'Berasategi Lizarralde Otxoa', s='calle Txurruka|calle Urbieta Goikoa|paseo de Errotaburu|'
                  'calle Aldapeta Behea|calle Egia Txiki'),
    'it-IT': dict(g2='Rosalba Gualtiero Annunziata Everardo Filiberta Ruggero Iolanda Crescenzo', g='Gianmaria Ottavia Ludovico Serafina Ermanno Costanza Amedeo Teodolinda Eusebio Brunella',
                  f='Zuccolotto Castagnoli Borromini', s='via delle Ortensie|vicolo Ghiacciaia|via del Broilo|'
                  'via Scaletta Pradello|viale delle Robinie'),
    'nl-NL': dict(f2='Algra Bouma Sikkema Feenstra Wiersma', g='Hiltje Wiebren Geertje Sietse Tjitske Jelmer Froukje Auke Baukje Hidde Trijntje Gerbrand',
                  f='Wijbenga Zijlstra Tjalsma Hofstede', s='Boterdiep Oost|Schuitendiep West|Nieuwe Ebbingestraat|'
                  'Reitdiepskade'),
    'pl-PL': dict(g2='Teofila Ambroży Eufemia Hieronim Kunegunda Bonifacy Wincenty Apolonia Florentyna Sylwester', g='Bronisława Mieczysław Genowefa Zdzisław Leokadia Bogumił Wiesława Czesław Stanisława Radosław',
                  f='Chrzanowska Szymczyk Gołębiewski', s='ul. Wrzosowa|ul. Tatarakowa|ul. Głogowa|ul. Kminkowa|'
                  'ul. Krzywa Kuźnia'),
    'pt-BR': dict(f2='Maranhão Ipanema Tavares Guaraciaba Itaboraí Jequitinhonha', g='Iracema Jandira Ubiratã Moacir Jussara Araci Iberê Potira Jaciara Cauã Anahí Raoni',
                  f='Tabajara Arcoverde Bandeira Sampaio Quixadá Cordeiro Mangabeira', s='Rua Guarapari|'
                  'Rua das Carnaúbas|Travessa Pirarucu|Rua Jaguaribe Velha|Avenida dos Babaçus'),
    'pt-PT': dict(f2='Albergaria Trindade Vilaverde Canavarro', g='Leandra Aníbal Graciete Albano Ermelinda Valdemar Filomena Custódio Benvinda', f='Couceiro '
                  'Valadares', s='Rua do Bonjardim Velho|Travessa do Carregal|Rua das Taipas Altas|Rua do Breyner'),
    'en-GB': dict(g2='Lowri Iolo Carys Fergus Morag Ewan Blodwen Ianto Branwen Struan Catriona Torquil', g='Tamsin Lachlan Morwenna Crispin Eluned Hamish Bryony Tristram Seren Jocasta Alasdair Perpetua',
                  s='Pennyroyal Close|Kittiwake Rise|Ropewalk Mews|Cobbler Yard|Wyvern Lane'),
    'en-US': dict(g='Kinsley Bryson Raelynn Kashton Jaycee Ryker Oaklynn Braxton', f='Blankenship Honeywell '
                  'Stoltzfus Yoder Schexnayder', s='Tumbleweed Ct|Persimmon Hollow Rd|Switchgrass Ln|Ocotillo Dr|'
                  'Sassafras Ridge Trl'),
    'ru-RU': dict(g2='Ефросинья Елисей Пелагея Аким Акулина Савва Евпраксия Онисим Феврония', g='Евдокия Святослав Ульяна Ефим Агафья Мирон Серафима Лукьян Василиса Прохор Любава Фрол',
                  s='ул. Брусничная|ул. Черёмуховая|пер. Шиповниковый|ул. Клюквенная|ул. Облепиховая'),
    'uk-UA': dict(g2='Устим Марта Северин Леся Любомира Назарій Христина Орися Євстахій', g='Ярина Любомир Устина Зиновій Оксана Маркіян Злата Ростислав', s='вул. Туполєва Нижня|'
                  'вул. Джерельна|вул. Бузкова|вул. Ожинова|вул. Калинова Тиха'),
    'el-GR': dict(g2='Ευανθία Κυριάκος Σταματία Γεράσιμος Ασπασία Λεωνίδας Αντιγόνη Περικλής Ηλέκτρα Διονύσης', g='Φωτεινή Σπυρίδων Ξανθή Χαράλαμπος Πολυξένη Ευστάθιος Καλλιόπη Θεμιστοκλής Αγλαΐα',
                  f='Κουτσογιάννη Βλαχοδήμος Γεωργακοπούλου Ζερβού', s='Οδός Μητροπόλεως Άνω|Οδός Βασιλίσσης Όλγας|'
                  'Οδός Φιλικής Εταιρείας|Οδός Καραολή'),
    'tr-TR': dict(f2='Kabasakal Göktürk Uysalcı Bozkurtoğlu Demirdöğen Çağlayangil', g='Nurhayat Sabahattin Gülizar Fikret Şükran Necmettin Hacer Bahattin Nurcan Kemalettin',
                  f='Dumlupınar Sarıkaya Eğilmez Kuşçuoğlu', s='Begonya Sokak|Nergis Sokak|Akasya Caddesi|'
                  'Zerdali Sokak|Ayva Sokak'),
    'sv-SE': dict(g='Ingegerd Torbjörn Solveig Gunnvor Ragnvald Sigbritt Folke Gudrun', s='Blåbärsstigen|'
                  'Rönnbärsvägen|Hjortronvägen'),
    'fi-FI': dict(g='Tuulikki Väinö Orvokki Aarni Helmi Toivo Lahja Onni', s='Puolukkapolku|Kanervatie|'
                  'Katajakuja|Haapalahdentie'),
    'ro-RO': dict(g='Ileana Radu Smaranda Horia Viorica Costel Rodica Aurel Sânziana', s='Str. Brândușei|'
                  'Str. Agrișelor|Str. Lăcrămioarelor|Str. Cireșoaia|Str. Viișoarei'),
    'he-IL': dict(g2='אושרת צביקה חגית ירדן רעות עידו אפרת שגיא מורן נתנאל', g='הדס אלעד רוני יובל ליאור אביגיל', f='וקסלר שפיגלמן אזולאי טננבאום פרידלנדר קורנבליט',
                  s='רחוב השקמה|רחוב הדובדבן|רחוב הצפצפה|רחוב הערבה|רחוב הגפן'),
    'es-MX': dict(g2='Yoltzin Iztli Meztli Xiadani Tlaloc Quetzalli Zyanya Itzae', g='Xóchitl Tonatiuh Yaretzi Cuauhtémoc Nayeli Ehécatl Anayansi Tenoch Atzin', f='Mendívil '
                  'Covarrubias Tlacaélel Izquierdo Huerta Sotomayor', s='Calle Huizache|Calle Tabachín|'
                  'Privada Cempasúchil|Calle Zapote Prieto|Av. Mezquite'),
    'es-AR': dict(g='Nahuel Ailén Bautista Ayelén Thiago Abril Valentino Candela', s='Calle Ombú|'
                  'Pasaje Los Ceibos|Calle Chañar|Calle Algarrobo Blanco'),
    'es-CL': dict(g='Millaray Amaru Ayelén Lautaro Rayén Nahuel Antü Pehuén Ignacia Cristóbal', s='Pasaje Los Quillayes|'
                  'Calle Los Peumos|Pasaje El Canelo|Calle Los Arrayanes'),
    'hi-IN': dict(g='चारुलता ऋत्विक इंदुमती प्रांजल यशोधरा शौर्य तन्मयी अनिरुद्ध वैदेही', f='वाजपेयी पुरोहित '
                  'शुक्लदेव मिश्रवंशी द्विवेदी', s='गौतम नगर|कृष्णा विहार|अशोक कॉलोनी|तिलक नगर'),
    'en-IN': dict(g='Tanmayi Hrithik Vaidehi Pranjal Yashodhara Shaurya Charulata Aniruddh', s='5th Block Koramangala|'
                  'Kalyani Nagar Lane 7|Ballygunge Place East|Anna Nagar 2nd Avenue'),
    'zh-CN': dict(f2='闾丘 钟离 百里 呼延 万俟 端木', g='珂蔓 翊宸 芷蘅 砚舟 绮罗 骁骞 璟珩 蔺萱', f='公孙 澹台 宇文 长孙', s='箬竹巷|杞园路|菱湖街|荻港路'),
    'ja-JP': dict(g='柚葉 慧士 紬 瑛斗 琴音 朔 澪 暖', f='勅使河原 五十嵐 四月一日 小鳥遊', s='梅ヶ枝町|鷹匠町|萩之茶屋|'
                  '鴨々川'),
    'ko-KR': dict(f2='서문 강전 망절 소봉 장곡', g='윤슬 도겸 채아 시율 다온 은찬 소율 태린', f='어금 탁 빈 복', s='달맞이길|광안해변로|'
                  '동백로|문현로'),
    'th-TH': dict(g='ปวริศา ณภัทร ชญานิศ กฤตภาส ธัญชนก ปัณณวัฒน์', f='ไชยวงศ์ษา รุ่งเรืองศรี แก้วประดิษฐ์ '
                  'สุขประเสริฐวงศ์', s='ซอยลาดพร้าว 101|ถนนห้วยแก้ว|ซอยพหลโยธิน 48|ถนนศรีภูมิ'),
    'en-ZA': dict(f2='Vilakazi Pienaar Masondo Coetsee Zwane Hlongwane Terblanche', g='Nokuthula Mpho Zanele Lwazi Anneke Riaan Boitumelo Thabiso', f='Radebe Mahlangu Oosthuizen '
                  'Ntuli Swanepoel', s='Wild Fig Crescent|Spekboom Close|Tambotie Lane|Fever Tree Road'),
}


def _ex(tag, k):
    v = EXTRA.get(tag, {}).get(k, '') + ' ' + EXTRA.get(tag, {}).get(k + '2', '')
    return [x.strip() for x in (v.split('|') if k == 's' else v.split()) if x.strip()]


def loc(tag, region, given, family, order, streets, cities, afmt, idk, labels, line, dfmt, roman, ibancc=None):
    L[tag] = dict(tag=tag, region=region, given=clean(given + _ex(tag, 'g'), tag + ' given'), family=clean(family + _ex(tag, 'f'), tag + ' family'),
                  order=order, streets=clean(streets + _ex(tag, 's'), tag + ' streets'), cities=list(cities),
                  afmt=afmt, idk=idk, labels=labels, line=line, dfmt=dfmt, roman=roman, ibancc=ibancc)


loc('de-DE', 'DE', ['Wiebke', 'Jannik', 'Henrike', 'Torben', 'Gesa', 'Malte', 'Swantje', 'Ole', 'Imke', 'Hauke'],
    ['Brodersen', 'Tiedemann', 'Hinrichsen', 'Lüders', 'Petersdorf', 'Ketelsen', 'Bruhns', 'Rademacher', 'Wittkopp'],
    'gf', ['Amselweg', 'Birkenkamp', 'Hollerstieg', 'Lindenhof', 'Kiebitzring', 'Fliederstraße', 'Kranichweg'],
    ['24837 Schleswig', '25813 Husum', '23552 Lübeck', '26603 Aurich', '21335 Lüneburg'], '{s} {n}, {c}', 'de_idnr',
    dict(name='Name', phone='Handy', addr='Anschrift', dob='geb.', id='Steuer-ID', email='E-Mail', iban='IBAN'),
    'Kannst du mir bitte dabei helfen?', '%d.%m.%Y', None, 'DE')
loc('fr-FR', 'FR', ['Maëlle', 'Gaëtan', 'Solène', 'Erwan', 'Clémence', 'Loïc', 'Anouk', 'Yannick', 'Bérénice'],
    ['Le Goff', 'Quéméner', 'Kerdraon', 'Guillou', 'Morvan', 'Le Bihan', 'Tanguy', 'Riou', 'Cadiou'], 'gf',
    ['rue des Tanneurs', 'allée des Mouettes', 'rue du Pont-Levis', 'impasse des Genêts', 'chemin de Kerhuel'],
    ['29200 Brest', '56100 Lorient', '22300 Lannion', '35400 Saint-Malo', '29900 Concarneau'], '{n} {s}, {c}', 'iban',
    dict(name='Nom', phone='Portable', addr='Adresse', dob='Né(e) le', id='IBAN', email='Courriel', iban='IBAN'),
    'Tu peux m’aider avec ça ?', '%d/%m/%Y', None, 'FR')
loc('es-ES', 'ES', ['Itziar', 'Iñaki', 'Ainhoa', 'Xabier', 'Nerea', 'Aitor', 'Maialen', 'Unai', 'Leire'],
    ['Etxeberria', 'Goikoetxea', 'Arrieta', 'Zubizarreta', 'Olaizola', 'Urkiza', 'Larrañaga', 'Iturbe'], 'gf',
    ['calle Olmo', 'calle Fuenterrabía', 'avenida de los Almendros', 'calle Zurbano Alto', 'paseo del Molinar'],
    ['20012 Donostia', '48007 Bilbao', '01008 Vitoria-Gasteiz', '31002 Pamplona', '26001 Logroño'],
    '{s} {n}, 2º izda., {c}', 'es_dni',
    dict(name='Nombre', phone='Móvil', addr='Domicilio', dob='Fecha de nacimiento', id='DNI', email='Correo',
         iban='IBAN'), '¿Me echas una mano con esto?', '%d/%m/%Y', None, 'ES')
loc('it-IT', 'IT', ['Ilaria', 'Tommaso', 'Benedetta', 'Jacopo', 'Ludovica', 'Pietro', 'Ginevra', 'Niccolò'],
    ['Pellegrini', 'Scognamiglio', 'Bortolotti', 'Zanardi', 'Cavallaro', 'Mazzoleni', 'Quaranta', 'Fumagalli'],
    'gf', ['via dei Tigli', 'vicolo del Pozzo', 'via Saragozza Bassa', 'via delle Fornaci', 'viale dei Pioppi'],
    ['40123 Bologna', '24121 Bergamo', '37121 Verona', '80134 Napoli', '56126 Pisa'], '{s} {n}, {c}', 'it_cf',
    dict(name='Nome', phone='Cellulare', addr='Indirizzo', dob='Nato/a il', id='Codice fiscale', email='Email',
         iban='IBAN'), 'Mi dai una mano con questo?', '%d/%m/%Y', None, 'IT')
loc('nl-NL', 'NL', ['Femke', 'Joris', 'Marieke', 'Sjoerd', 'Lieke', 'Wouter', 'Anouk', 'Thijs', 'Ilse'],
    ['Veenstra', 'Hoekstra', 'Dijkhuizen', 'Brouwer', 'Terpstra', 'Kloosterman', 'Wijnberg', 'Zwart'], 'gf',
    ['Lijsterbeslaan', 'Kromme Dijk', 'Hooiberglaan', 'Ooievaarstraat', 'Spinnerijkade'],
    ['8911 AB Leeuwarden', '9712 CP Groningen', '7511 JD Enschede', '2311 EZ Leiden'], '{s} {n}, {c}', 'nl_bsn',
    dict(name='Naam', phone='Mobiel', addr='Adres', dob='Geboortedatum', id='BSN', email='E-mail', iban='IBAN'),
    'Kun je me hiermee helpen?', '%d-%m-%Y', None, 'NL')
loc('pl-PL', 'PL', ['Zofia', 'Bartosz', 'Agnieszka', 'Przemysław', 'Małgorzata', 'Grzegorz', 'Jadwiga', 'Wojciech'],
    ['Wróblewska', 'Szczepański', 'Kaczmarczyk', 'Grabowska', 'Pawlak', 'Zawadzki', 'Michalak', 'Sobczyk'], 'gf',
    ['ul. Jarzębinowa', 'ul. Kasztelańska', 'ul. Pszenna', 'ul. Sokola', 'ul. Orzechowa'],
    ['30-054 Kraków', '80-831 Gdańsk', '61-809 Poznań', '50-102 Wrocław', '90-001 Łódź'], '{s} {n}/4, {c}', 'pl_pesel',
    dict(name='Imię i nazwisko', phone='Tel. kom.', addr='Adres', dob='Data urodzenia', id='PESEL', email='E-mail',
         iban='Konto'), 'Pomożesz mi z tym?', '%d.%m.%Y', None, 'PL')
loc('pt-BR', 'BR', ['Thaís', 'Caio', 'Luana', 'Rafael', 'Jéssica', 'Vinícius', 'Bianca', 'Otávio', 'Larissa'],
    ['Nogueira', 'Albuquerque', 'Vasconcelos', 'Cavalcanti', 'Figueiredo', 'Brandão', 'Assunção', 'Teixeira'],
    'gf', ['Rua das Jabuticabeiras', 'Rua Tupinambás', 'Travessa do Ipê', 'Rua Piauí Alta', 'Avenida dos Buritis'],
    ['Recife - PE, 50050-000', 'Natal - RN, 59020-100', 'Curitiba - PR, 80010-010', 'Belém - PA, 66010-000'],
    '{s}, {n}, apto 302, {c}', 'br_cpf',
    dict(name='Nome', phone='Celular', addr='Endereço', dob='Data de nasc.', id='CPF', email='E-mail', iban='Pix'),
    'Você pode me ajudar com isso?', '%d/%m/%Y', None)
loc('pt-PT', 'PT', ['Inês', 'Duarte', 'Leonor', 'Tiago', 'Beatriz', 'Gonçalo', 'Matilde', 'Rodrigo'],
    ['Magalhães', 'Sequeira', 'Pinheiro', 'Antunes', 'Quintela', 'Frazão', 'Meireles', 'Carvalhais'], 'gf',
    ['Rua das Flores do Carmo', 'Travessa da Bica', 'Rua do Almada Nova', 'Calçada do Sol'],
    ['4050-265 Porto', '3000-142 Coimbra', '4700-322 Braga', '8000-167 Faro'], '{s}, {n}, 3.º Esq., {c}', 'pt_nif',
    dict(name='Nome', phone='Telemóvel', addr='Morada', dob='Data de nascimento', id='NIF', email='Email',
         iban='IBAN'), 'Podes ajudar-me com isto?', '%d/%m/%Y', None, 'PT')
loc('en-GB', 'GB', ['Niamh', 'Callum', 'Eilidh', 'Rhys', 'Ffion', 'Declan', 'Isla', 'Gethin', 'Rowan'],
    ['Pritchard', 'MacAulay', 'Treharne', 'Fairbairn', 'Gilchrist', 'Holloway', 'Entwistle', 'Blackwood'], 'gf',
    ['Larkspur Close', 'Mill Race Lane', 'Foxglove Rise', 'Tannery Row', 'Heron Wharf Road'],
    ['Swansea SA1 5HF', 'Dundee DD1 4HN', 'Carlisle CA3 8QG', 'Norwich NR2 4EZ', 'Bangor LL57 1UT'],
    '{n} {s}, {c}', 'gb_nhs',
    dict(name='Name', phone='Mobile', addr='Address', dob='DOB', id='NHS no.', email='Email', iban='IBAN'),
    'Could you help me sort this?', '%d/%m/%Y', None)
loc('en-US', 'US', ['Kayla', 'Brandon', 'Shelby', 'Tyler', 'Destiny', 'Colton', 'Brianna', 'Dakota', 'Trevor'],
    ['Kowalczyk', 'Whitfield', 'Rasmussen', 'Delacroix', 'Pettigrew', 'Honeycutt', 'Vandermolen', 'Okafor'], 'gf',
    ['Sycamore Bend Dr', 'Quail Run Ct', 'Prairie Wind Ln', 'Cottonwood Trl', 'Bluebonnet Loop'],
    ['Tulsa, OK 74105', 'Boise, ID 83702', 'Dayton, OH 45409', 'Fresno, CA 93704', 'Mobile, AL 36608'],
    '{n} {s}, {c}', 'us_ssn',
    dict(name='Name', phone='Cell', addr='Home address', dob='DOB', id='SSN', email='Email', iban='Bank'),
    'Can you help me with this?', '%m/%d/%Y', None)
loc('ru-RU', 'RU', ['Ксения', 'Ярослав', 'Алёна', 'Всеволод', 'Полина', 'Тимофей', 'Варвара', 'Глеб'],
    ['Верещагина', 'Колесников', 'Шубина', 'Ларионов', 'Тихомирова', 'Рябинин', 'Прохорова', 'Зуев'], 'gf',
    ['ул. Рябиновая', 'ул. Калинина Нижняя', 'пр-т Строителей', 'ул. Садовая-Черногрязская', 'пер. Кленовый'],
    ['г. Казань, 420111', 'г. Самара, 443099', 'г. Пермь, 614000', 'г. Тверь, 170100'], '{c}, {s}, д. {n}, кв. 17',
    'ru_inn', dict(name='ФИО', phone='Тел.', addr='Адрес', dob='Дата рождения', id='ИНН', email='Почта', iban='Счёт'),
    'Поможешь с этим?', '%d.%m.%Y', ['ksenia', 'yaroslav', 'alena', 'vsevolod', 'polina', 'timofey', 'varvara'])
loc('uk-UA', 'UA', ['Соломія', 'Остап', 'Зоряна', 'Богдан', 'Мирослава', 'Тарас', 'Ганна', 'Орест'],
    ['Ковальчук', 'Гнатюк', 'Стефаник', 'Мельничук', 'Бондар', 'Тимошенко', 'Дячук', 'Савчук'], 'gf',
    ['вул. Личаківська', 'вул. Городоцька', 'вул. Вишнева', 'вул. Зелена', 'просп. Свободи'],
    ['м. Львів, 79008', 'м. Тернопіль, 46001', 'м. Полтава, 36011', 'м. Чернівці, 58000'], '{c}, {s}, {n}, кв. 5',
    'ua_rntrc', dict(name='ПІБ', phone='Тел.', addr='Адреса', dob='Дата народження', id='РНОКПП', email='Пошта',
                     iban='IBAN'), 'Допоможеш із цим?', '%d.%m.%Y', ['solomiia', 'ostap', 'zoriana', 'bohdan'])
loc('el-GR', 'GR', ['Δέσποινα', 'Στέλιος', 'Χρυσούλα', 'Παναγιώτης', 'Ευτυχία', 'Αριστείδης', 'Βασιλική'],
    ['Καραγιάννη', 'Παπαδόγιαννης', 'Σταυροπούλου', 'Μαυρίδης', 'Τσολάκη', 'Λιάπης', 'Ζαχαρίου'], 'gf',
    ['Οδός Ερμού', 'Οδός Αγίας Σοφίας', 'Οδός Κομνηνών', 'Οδός Τσιμισκή', 'Οδός Ολυμπιάδος'],
    ['546 22 Θεσσαλονίκη', '262 21 Πάτρα', '712 02 Ηράκλειο', '451 10 Ιωάννινα'], '{s} {n}, {c}', 'gr_amka',
    dict(name='Ονοματεπώνυμο', phone='Κινητό', addr='Διεύθυνση', dob='Ημ. γέννησης', id='ΑΜΚΑ', email='Email',
         iban='IBAN'), 'Μπορείς να με βοηθήσεις;', '%d/%m/%Y', ['despoina', 'stelios', 'chrysoula', 'panos'], 'GR')
loc('tr-TR', 'TR', ['Elif', 'Kaan', 'Zeynep', 'Emre', 'Büşra', 'Oğuzhan', 'Merve', 'Tuncay', 'Sıla'],
    ['Yıldırım', 'Karakaya', 'Özdemir', 'Çelikkol', 'Aydoğan', 'Kocabaş', 'Erdoğdu', 'Tunçbilek'], 'gf',
    ['Menekşe Sokak', 'Ihlamur Caddesi', 'Çınarlı Sokak', 'Lale Sokak', 'Papatya Caddesi'],
    ['Kadıköy/İstanbul 34710', 'Çankaya/Ankara 06680', 'Konak/İzmir 35250', 'Nilüfer/Bursa 16110'],
    '{s} No:{n} D:3, {c}', 'tr_tc',
    dict(name='Ad Soyad', phone='Cep', addr='Adres', dob='Doğum tarihi', id='TC Kimlik No', email='E-posta',
         iban='IBAN'), 'Bana bu konuda yardım eder misin?', '%d.%m.%Y', None, 'TR')
loc('sv-SE', 'SE', ['Saga', 'Viggo', 'Elsa', 'Hampus', 'Tindra', 'Måns', 'Ebba', 'Linnea', 'Vidar'],
    ['Lindqvist', 'Åkesson', 'Sjöberg', 'Bergkvist', 'Hedlund', 'Norrby', 'Fjällström', 'Ekdahl'], 'gf',
    ['Lingonstigen', 'Skogsduvevägen', 'Hamngatan Nedre', 'Tallbacksvägen', 'Ängsvägen'],
    ['903 27 Umeå', '752 36 Uppsala', '972 32 Luleå', '582 22 Linköping'], '{s} {n}, {c}', 'se_pnr',
    dict(name='Namn', phone='Mobil', addr='Adress', dob='Född', id='Personnummer', email='E-post', iban='IBAN'),
    'Kan du hjälpa mig med det här?', '%Y-%m-%d', None, 'SE')
loc('fi-FI', 'FI', ['Aino', 'Eero', 'Venla', 'Juho', 'Iida', 'Lauri', 'Sanni', 'Ilmari'],
    ['Häkkinen', 'Leinonen', 'Kivelä', 'Pesonen', 'Rautiainen', 'Ylönen', 'Mäkitalo', 'Kettunen'], 'gf',
    ['Koivukuja', 'Pihlajatie', 'Mäntyrinne', 'Satamakatu', 'Kalliopolku'],
    ['33100 Tampere', '90100 Oulu', '40100 Jyväskylä', '20100 Turku'], '{s} {n} B 12, {c}', 'fi_hetu',
    dict(name='Nimi', phone='Puh.', addr='Osoite', dob='Syntymäaika', id='Henkilötunnus', email='Sähköposti',
         iban='IBAN'), 'Voisitko auttaa tässä?', '%d.%m.%Y', None, 'FI')
loc('ro-RO', 'RO', ['Ioana', 'Mihnea', 'Ilinca', 'Sorin', 'Bianca', 'Tudor', 'Anca', 'Vlad', 'Roxana'],
    ['Dumitrescu', 'Ciobanu', 'Vlădescu', 'Moldovan', 'Stoica', 'Bălan', 'Crăciun', 'Neagu'], 'gf',
    ['Str. Teilor', 'Str. Zorilor', 'Str. Mărășești', 'Bd. Independenței', 'Str. Salcâmilor'],
    ['Cluj-Napoca 400124', 'Iași 700259', 'Timișoara 300011', 'Brașov 500030'], '{s} nr. {n}, ap. 8, {c}', 'ro_cnp',
    dict(name='Nume', phone='Mobil', addr='Adresa', dob='Data nașterii', id='CNP', email='Email', iban='IBAN'),
    'Mă poți ajuta cu asta?', '%d.%m.%Y', None, 'RO')
loc('he-IL', 'IL', ['נועה', 'איתי', 'שירה', 'עומר', 'טליה', 'יונתן', 'מאיה', 'אביתר'],
    ['ברקוביץ', 'אלמוג', 'שטרן', 'בן־חיים', 'גולדפרב', 'רוזנטל', 'אוחיון', 'דהן'], 'gf',
    ['רחוב הרימון', 'רחוב האלה', 'רחוב הזית', 'שדרות הנשיאים', 'רחוב התאנה'],
    ['חיפה 3303112', 'באר שבע 8410501', 'רחובות 7630512', 'כפר סבא 4420106'], '{s} {n}, {c}', 'il_id',
    dict(name='שם', phone='נייד', addr='כתובת', dob='תאריך לידה', id='ת.ז.', email='דוא"ל', iban='חשבון'),
    'אפשר עזרה עם זה?', '%d.%m.%Y', ['noa', 'itay', 'shira', 'omer', 'talia', 'yonatan'])
loc('es-MX', 'MX', ['Ximena', 'Emiliano', 'Renata', 'Santiago', 'Itzel', 'Mateo', 'Citlali', 'Rodrigo'],
    ['Villaseñor', 'Cuauhtli', 'Zepeda', 'Ocampo', 'Barragán', 'Arellano', 'Tlapanco', 'Quiroz'], 'gf',
    ['Calle Jacarandas', 'Av. Tulipanes', 'Calle Nogal', 'Privada Ahuehuete', 'Calle Colibrí'],
    ['Col. del Valle, 44100 Guadalajara, Jal.', 'Col. Centro, 68000 Oaxaca, Oax.', 'Col. Obispado, 64060 Monterrey, N.L.'],
    '{s} {n}, {c}', 'mx_curp',
    dict(name='Nombre', phone='Cel.', addr='Domicilio', dob='Fecha de nacimiento', id='CURP', email='Correo',
         iban='CLABE'), '¿Me ayudas con esto?', '%d/%m/%Y', None)
loc('es-AR', 'AR', ['Agustina', 'Facundo', 'Milagros', 'Joaquín', 'Florencia', 'Lautaro', 'Micaela'],
    ['Bianchi', 'Giménez', 'Ferreyra', 'Sosa', 'Cabrera', 'Benítez', 'Aguirre', 'Ledesma'], 'gf',
    ['Calle Ituzaingó', 'Calle Paraguay Norte', 'Av. Pellegrini Sur', 'Pasaje Los Aromos'],
    ['X5000 Córdoba', 'S2000 Rosario', 'M5500 Mendoza', 'T4000 San Miguel de Tucumán'], '{s} {n}, 4° B, {c}',
    'ar_cuit', dict(name='Nombre', phone='Cel', addr='Domicilio', dob='Fecha de nac.', id='CUIL', email='Mail',
                    iban='CBU'), '¿Me das una mano con esto?', '%d/%m/%Y', None)
loc('es-CL', 'CL', ['Catalina', 'Benjamín', 'Antonia', 'Vicente', 'Javiera', 'Tomás', 'Fernanda'],
    ['Sepúlveda', 'Contreras', 'Fuentealba', 'Riquelme', 'Valenzuela', 'Saavedra', 'Cifuentes'], 'gf',
    ['Pasaje Los Copihues', 'Calle Los Boldos', 'Avenida Las Araucarias', 'Calle El Maitén'],
    ['Temuco', 'Valdivia', 'Concepción', 'Puerto Montt'], '{s} {n}, {c}', 'cl_rut',
    dict(name='Nombre', phone='Celular', addr='Dirección', dob='Fecha de nacimiento', id='RUN', email='Correo',
         iban='Cuenta'), '¿Me ayudai con esto?', '%d-%m-%Y', None)
loc('hi-IN', 'IN', ['अनन्या', 'विहान', 'ईशिता', 'आरव', 'मेघना', 'कार्तिक', 'सान्वी', 'अभिनव'],
    ['श्रीवास्तव', 'त्रिपाठी', 'कुलकर्णी', 'भटनागर', 'चतुर्वेदी', 'सक्सेना', 'अग्निहोत्री', 'बघेल'], 'gf',
    ['गुलमोहर कॉलोनी', 'शास्त्री नगर', 'कमला नगर', 'आदर्श विहार', 'नेहरू कॉलोनी'],
    ['लखनऊ 226016', 'भोपाल 462016', 'जयपुर 302017', 'इंदौर 452001'], 'मकान नं. {n}, {s}, {c}', 'in_aadhaar',
    dict(name='नाम', phone='मोबाइल', addr='पता', dob='जन्म तिथि', id='आधार', email='ईमेल', iban='खाता'),
    'क्या आप इसमें मदद कर सकते हैं?', '%d-%m-%Y', ['ananya', 'vihaan', 'ishita', 'aarav', 'meghna', 'kartik'])
loc('en-IN', 'IN', ['Sneha', 'Rohan', 'Pooja', 'Siddharth', 'Kavya', 'Nikhil', 'Aditi', 'Varun'],
    ['Raghunathan', 'Deshpande', 'Menon', 'Banerjee', 'Iyengar', 'Choudhury', 'Naidu', 'Kapoor'], 'gf',
    ['4th Cross, Indiranagar', '12th Main, Jayanagar', 'Lokhandwala Complex Rd', 'Salt Lake Sector II'],
    ['Bengaluru 560038', 'Pune 411004', 'Kolkata 700091', 'Chennai 600041'], 'Flat {n}, {s}, {c}', 'in_pan',
    dict(name='Name', phone='Mobile', addr='Address', dob='DOB', id='PAN', email='Email', iban='A/c'),
    'Can you help me with this pls?', '%d/%m/%Y', None)
loc('zh-CN', 'CN', ['婉清', '子轩', '雨桐', '浩然', '思琪', '梓涵', '俊杰', '欣怡'],
    ['欧阳', '司马', '诸葛', '上官', '慕容', '尉迟', '东方', '皇甫'], 'fg',
    ['桂花路', '梧桐巷', '青石街', '枫林路', '银杏大道'],
    ['浙江省杭州市西湖区', '四川省成都市武侯区', '江苏省苏州市姑苏区', '湖南省长沙市岳麓区'], '{c}{s}{n}号3单元502室',
    'cn_ric', dict(name='姓名', phone='手机', addr='住址', dob='出生日期', id='身份证号', email='邮箱', iban='账号'),
    '能帮我处理一下吗？', '%Y年%m月%d日', ['wanqing', 'zixuan', 'yutong', 'haoran', 'siqi', 'zihan'])
loc('ja-JP', 'JP', ['陽菜', '湊', '結衣', '蓮', '美咲', '颯太', '葵', '悠真'],
    ['長谷部', '宇佐美', '久保田', '佐久間', '葛西', '榎本', '梶原', '東海林'], 'fg',
    ['本町', '栄町', '若葉台', '緑ヶ丘', '桜木町'],
    ['〒980-0811 宮城県仙台市青葉区', '〒060-0042 北海道札幌市中央区', '〒730-0011 広島県広島市中区'],
    '{c}{s}2丁目{n}-5', 'jp_mynum',
    dict(name='氏名', phone='携帯', addr='住所', dob='生年月日', id='マイナンバー', email='メール', iban='口座'),
    'これ手伝ってもらえますか？', '%Y年%m月%d日', ['hina', 'minato', 'yui', 'ren', 'misaki', 'sota'])
loc('ko-KR', 'KR', ['서연', '지훈', '하은', '민재', '예린', '도윤', '수아', '현우'],
    ['남궁', '황보', '제갈', '선우', '독고', '서문', '사공', '동방'], 'fg',
    ['해운대로', '송정길', '수성로', '월드컵로', '대학로'],
    ['부산광역시 해운대구', '대구광역시 수성구', '광주광역시 북구', '대전광역시 유성구'], '{c} {s} {n}, 101동 1203호',
    'kr_rrn', dict(name='성명', phone='휴대폰', addr='주소', dob='생년월일', id='주민등록번호', email='이메일',
                   iban='계좌'), '이것 좀 도와줄 수 있어?', '%Y.%m.%d', ['seoyeon', 'jihoon', 'haeun', 'minjae'])
loc('th-TH', 'TH', ['ณัฐธิดา', 'ธนากร', 'พิมพ์ชนก', 'ภูมิพัฒน์', 'กัญญาณัฐ', 'ศุภวิชญ์'],
    ['ศรีสุวรรณ', 'วงศ์ไพบูลย์', 'ทองประเสริฐ', 'บุญญาศิริ', 'เจริญสุข', 'พึ่งทองคำ'], 'gf',
    ['ซอยสุขุมวิท 71', 'ถนนนิมมานเหมินท์', 'ถนนเจริญกรุง', 'ซอยอารีย์'],
    ['เชียงใหม่ 50200', 'ขอนแก่น 40000', 'หาดใหญ่ 90110', 'กรุงเทพฯ 10110'], 'บ้านเลขที่ {n} {s} {c}', 'th_pin',
    dict(name='ชื่อ', phone='มือถือ', addr='ที่อยู่', dob='วันเกิด', id='เลขบัตรประชาชน', email='อีเมล', iban='บัญชี'),
    'ช่วยหน่อยได้ไหม', '%d/%m/%Y', ['nattida', 'thanakorn', 'pimchanok', 'phumiphat'])
loc('en-ZA', 'ZA', ['Thandeka', 'Sipho', 'Lerato', 'Kagiso', 'Nomvula', 'Tshepo', 'Annelien', 'Pieter'],
    ['Mthembu', 'van der Walt', 'Nkosi', 'Botha', 'Dlamini', 'Steenkamp', 'Mokoena', 'Khumalo'], 'gf',
    ['Protea Crescent', 'Jacaranda Ave', 'Kloof Nek Rd', 'Bougainvillea St', 'Marula Close'],
    ['Bloemfontein 9301', 'Durban 4001', 'Gqeberha 6001', 'Polokwane 0699'], '{n} {s}, {c}', 'za_id',
    dict(name='Name', phone='Cell', addr='Address', dob='DOB', id='ID no.', email='Email', iban='Account'),
    'Can you help me with this quickly?', '%Y/%m/%d', None)

LOCS = list(L)

# ----------------------------------------------------------------------------------------------- validators


def brute(rng, make, valid, last_chars='0123456789', tries=20000):
    for _ in range(tries):
        body = make()
        for c in rng.sample(last_chars, len(last_chars)):
            cand = body + c
            if valid(cand):
                return cand
    raise SystemExit('could not make a valid identifier')


def digits(rng, n, first='123456789'):
    return rng.choice(first) + ''.join(rng.choice('0123456789') for _ in range(n - 1))


def dob(rng):
    return dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 52))


def make_id(rng, kind, d, person):
    yy, mm, dd = d.strftime('%y'), d.strftime('%m'), d.strftime('%d')
    if kind == 'de_idnr':
        v = brute(rng, lambda: digits(rng, 10), idnr.is_valid)
        return 'TAX_ID', f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}'
    if kind == 'es_dni':
        n = digits(rng, 8)
        assert dni.is_valid(n + dni.calc_check_digit(n))
        return 'NATIONAL_ID', n + dni.calc_check_digit(n)
    if kind == 'it_cf':
        def cons(s):
            s = unicodedata.normalize('NFD', s).upper()
            s = ''.join(c for c in s if 'A' <= c <= 'Z')
            c = [x for x in s if x not in 'AEIOU'] + [x for x in s if x in 'AEIOU'] + ['X'] * 3
            return ''.join(c[:3])
        mcode = 'ABCDEHLMPRST'[d.month - 1]
        day = d.day + (40 if rng.random() < .5 else 0)
        body = cons(person['family']) + cons(person['given']) + yy + mcode + f'{day:02d}' + rng.choice(
            ['A944', 'F205', 'L781', 'F839', 'G702', 'H501'])
        v = body + codicefiscale.calc_check_digit(body)
        assert codicefiscale.is_valid(v)
        return 'TAX_ID', v
    if kind == 'nl_bsn':
        return 'NATIONAL_ID', brute(rng, lambda: digits(rng, 8), bsn.is_valid)
    if kind == 'pl_pesel':
        m = d.month + (20 if d.year >= 2000 else 0)
        return 'NATIONAL_ID', brute(rng, lambda: yy + f'{m:02d}' + dd + digits(rng, 4, '0123456789'), pesel.is_valid)
    if kind == 'br_cpf':
        v = brute(rng, lambda: digits(rng, 10), cpf.is_valid)
        return 'TAX_ID', f'{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}'
    if kind == 'pt_nif':
        return 'TAX_ID', brute(rng, lambda: digits(rng, 8, '12'), nif.is_valid)
    if kind == 'gb_nhs':
        v = brute(rng, lambda: digits(rng, 9, '4'), nhs.is_valid)
        return 'HEALTH_INSURANCE', f'{v[:3]} {v[3:6]} {v[6:]}'
    if kind == 'us_ssn':
        while True:
            v = f'{rng.randrange(101, 665):03d}-{rng.randrange(1, 99):02d}-{rng.randrange(1, 9999):04d}'
            if ssn.is_valid(v):
                return 'ssn', v
    if kind == 'ru_inn':
        return 'TAX_ID', brute(rng, lambda: rng.choice(['77', '78', '16', '63', '59']) + digits(rng, 9, '0123456789'),
                               inn.is_valid)
    if kind == 'ua_rntrc':
        return 'TAX_ID', brute(rng, lambda: digits(rng, 9, '23'), rntrc.is_valid)
    if kind == 'gr_amka':
        return 'HEALTH_INSURANCE', brute(rng, lambda: dd + mm + yy + digits(rng, 4, '0123456789'), amka.is_valid)
    if kind == 'tr_tc':
        return 'NATIONAL_ID', brute(rng, lambda: digits(rng, 10), tckimlik.is_valid)
    if kind == 'se_pnr':
        return 'NATIONAL_ID', brute(rng, lambda: yy + mm + dd + '-' + digits(rng, 3, '0123456789'), personnummer.is_valid)
    if kind == 'fi_hetu':
        sep = '-' if d.year < 2000 else 'A'
        return 'NATIONAL_ID', brute(rng, lambda: dd + mm + yy + sep + digits(rng, 3, '0123456789'), hetu.is_valid,
                                    '0123456789ABCDEFHJKLMNPRSTUVWXY')
    if kind == 'ro_cnp':
        s = rng.choice('12') if d.year < 2000 else rng.choice('56')
        return 'NATIONAL_ID', brute(rng, lambda: s + yy + mm + dd + f'{rng.randrange(1, 41):02d}' + digits(rng, 3, '0123456789'),
                                    cnp.is_valid)
    if kind == 'il_id':
        return 'NATIONAL_ID', brute(rng, lambda: digits(rng, 8, '0123'), il_idnr.is_valid)
    if kind == 'mx_curp':
        abc = 'BCDFGHJKLMNPRSTVZ'
        body = lambda: (rng.choice(abc) + rng.choice('AEIOU') + rng.choice(abc) + rng.choice(abc) + yy + mm + dd
                        + rng.choice('HM') + rng.choice(['JC', 'OC', 'NL', 'DF', 'PL', 'YN']) + rng.choice(abc)
                        + rng.choice(abc) + rng.choice(abc) + ('0' if d.year < 2000 else 'A'))
        return 'NATIONAL_ID', brute(rng, body, curp.is_valid)
    if kind == 'ar_cuit':
        v = brute(rng, lambda: rng.choice(['20', '27']) + digits(rng, 8, '23'), cuit.is_valid)
        return 'TAX_ID', f'{v[:2]}-{v[2:10]}-{v[10]}'
    if kind == 'cl_rut':
        v = brute(rng, lambda: digits(rng, 8, '12'), rut.is_valid, '0123456789K')
        return 'NATIONAL_ID', f'{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}'
    if kind == 'in_aadhaar':
        v = brute(rng, lambda: digits(rng, 11, '23456789'), aadhaar.is_valid)
        return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}'
    if kind == 'in_pan':
        A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        while True:
            v = ''.join(rng.choice(A) for _ in range(3)) + 'P' + person['family'][0].upper() + digits(rng, 4) + rng.choice(A)
            if pan.is_valid(v):
                return 'TAX_ID', v
    if kind == 'cn_ric':
        v = brute(rng, lambda: rng.choice(['330106', '510107', '320508', '430104']) + d.strftime('%Y%m%d')
                  + digits(rng, 3, '0123456789'), ric.is_valid, '0123456789X')
        return 'NATIONAL_ID', v
    if kind == 'jp_mynum':
        v = brute(rng, lambda: digits(rng, 11), jp_in.is_valid)
        return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}'
    if kind == 'kr_rrn':
        g = rng.choice('12') if d.year < 2000 else rng.choice('34')
        v = brute(rng, lambda: yy + mm + dd + g + f'{rng.randrange(0, 96):02d}' + digits(rng, 3, '0123456789'), rrn.is_valid)
        return 'NATIONAL_ID', f'{v[:6]}-{v[6:]}'
    if kind == 'th_pin':
        v = brute(rng, lambda: digits(rng, 12, '1358'), th_pin.is_valid)
        return 'NATIONAL_ID', f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}'
    if kind == 'za_id':
        v = brute(rng, lambda: yy + mm + dd + digits(rng, 4, '0123456789') + '08', za_idnr.is_valid)
        return 'NATIONAL_ID', v
    if kind == 'iban':
        return None
    raise KeyError(kind)


BBAN = {'DE': '18n', 'FR': '23n', 'ES': '20n', 'IT': 'c22n', 'NL': 'a10n', 'PL': '24n', 'PT': '21n', 'GR': '23n',
        'TR': '5n0n16n', 'SE': '20n', 'FI': '14n', 'RO': 'a16n'}
BANKS = {'NL': ['INGB', 'RABO', 'ABNA', 'SNSB'], 'RO': ['BTRL', 'RNCB', 'BRDE', 'INGB']}
DOC_IBANS = ('DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606',
             'NL91ABNA0417164300', 'ES9121000418450200051332', 'IT60X0542811101000000123456')


def make_iban(rng, cc):
    A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    for _ in range(200000):
        f = BBAN[cc]
        if cc == 'IT':
            b = rng.choice(A) + ''.join(rng.choice('0123456789') for _ in range(22))
        elif cc == 'NL':
            b = rng.choice(BANKS['NL']) + ''.join(rng.choice('0123456789') for _ in range(10))
        elif cc == 'RO':
            b = rng.choice(BANKS['RO']) + ''.join(rng.choice('0123456789') for _ in range(16))
        elif cc == 'TR':
            b = ''.join(rng.choice('0123456789') for _ in range(5)) + '0' + ''.join(rng.choice('0123456789') for _ in range(16))
        elif cc == 'FR':
            b = ''.join(rng.choice('0123456789') for _ in range(23))
        else:
            b = ''.join(rng.choice('0123456789') for _ in range(int(f[:-1])))
        cd = std_iban.calc_check_digits(cc + '00' + b)
        v = cc + cd + b
        if std_iban.is_valid(v) and v not in DOC_IBANS:
            return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    raise SystemExit('iban ' + cc)


TEST_CARDS = {'4111111111111111', '4242424242424242', '5555555555554444', '4000056655665556', '5105105105105100',
              '4012888888881881', '5200828282828210'}


def make_card(rng):
    while True:
        pre = rng.choice(['4', '51', '52', '53', '54', '55', '2221', '2720'][:6])
        body = pre + ''.join(rng.choice('0123456789') for _ in range(15 - len(pre)))
        v = body + luhn.calc_check_digit(body)
        if luhn.is_valid(v) and v not in TEST_CARDS:
            return ' '.join(v[i:i + 4] for i in range(0, 16, 4))


def make_phone(rng, region, intl):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    for _ in range(5000):
        keep = len(nsn) - 7
        cand = nsn[:keep] + ''.join(rng.choice('0123456789') for _ in range(7))
        if cand == nsn:
            continue
        n = phonenumbers.parse('+' + str(ex.country_code) + cand)
        if region in ('US',) and cand[3:6] == '555':
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if intl else phonenumbers.PhoneNumberFormat.NATIONAL
            s = phonenumbers.format_number(n, fmt)
            assert phonenumbers.is_valid_number(phonenumbers.parse(s, region))
            return s
    raise SystemExit('phone ' + region)


DOC_NETS = [ipaddress.ip_network(x) for x in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]


def make_ip(rng):
    while True:
        a = ipaddress.ip_address('.'.join(str(rng.randrange(1, 224)) if i == 0 else str(rng.randrange(0, 256))
                                          for i in range(4)))
        if a.is_global and not any(a in n for n in DOC_NETS) and not a.is_multicast:
            return str(a)


def make_rtn_acct(rng):
    while True:
        body = rng.choice(['0', '1', '2', '3']) + ''.join(rng.choice('0123456789') for _ in range(7))
        for c in '0123456789':
            if rtn.is_valid(body + c):
                return body + c, ''.join(rng.choice('0123456789') for _ in range(rng.choice([9, 10, 12])))


MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.com', 'gmx.net',
                'web.de', 'orange.fr', 'libero.it', 'wp.pl', 'mail.ru', 'naver.com', 'qq.com', 'seznam.cz', 'ukr.net']


def asciify(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if c.isascii() and c.isalpha()).lower()


def make_person(rng, lc):
    d = L[lc]
    g, f = rng.choice(d['given']), rng.choice(d['family'])
    full = (f + g) if d['order'] == 'fg' and lc in ('zh-CN',) else (f + ' ' + g if d['order'] == 'fg' else g + ' ' + f)
    born = dob(rng)
    p = dict(lc=lc, given=g, family=f, name=full, dob=born.strftime(d['dfmt']))
    p['phone'] = make_phone(rng, d['region'], rng.random() < .5)
    rg = rng.choice(d['roman']) if d['roman'] else asciify(g)
    p['email'] = f"{rg}{rng.choice(['.', '_', ''])}{rng.randrange(7, 99)}@{rng.choice(MAIL_DOMAINS)}"
    p['addr'] = d['afmt'].format(s=rng.choice(d['streets']), n=rng.randrange(2, 148), c=rng.choice(d['cities']))
    idk = d['idk']
    if idk == 'iban':
        p['id'] = ('iban', make_iban(rng, d['ibancc']))
    else:
        p['id'] = make_id(rng, idk, born, p)
    p['iban'] = make_iban(rng, d['ibancc']) if d['ibancc'] else None
    p['card'] = make_card(rng)
    p['ip'] = make_ip(rng)
    return p


ENT = {'name': 'person', 'email': 'email', 'phone': 'phone', 'addr': 'STREET_ADDRESS', 'dob': 'DATE_OF_BIRTH',
       'iban': 'iban', 'card': 'credit_card', 'ip': 'IP_ADDRESS'}

# ----------------------------------------------------------------------------------------------- benign pools
ORGS = clean(['Pebblecombe Water', 'Marrowdale Bus Company', 'Inkwhistle Printing', 'Lowfold Energy',
              'Nettlebank Garden Centre', 'Quernstone Bakery', 'Sloeberry Cinemas', 'Tumbledown Removals',
              'Wickerbasket Hampers', 'Ashcombe Mutual', 'Burdock Telecom', 'Cloudberry Airlines', 'Dovecote Hotels',
              'Brightwater Utilities', 'Larchmont Freight', 'Quillfeather Books', 'Saltmarsh Energy',
              'Copperbeech Insurance', 'Thistledown Telecom', 'Amberline Rail', 'Foxhollow Veterinary',
              'Greywillow Housing', 'Kestrelmoor Dairy', 'Oakapple Pharmacy', 'Riverbend Credit Union',
              'Sunfleck Solar', 'Tidewater Ferries', 'Wrenfield Clinic', 'Yarrowgate Council'], 'orgs')
FICTION = clean(['Ebenezer Scrooge', 'Elizabeth Bennet', 'Hercule Poirot', 'Anna Karenina', 'Jay Gatsby',
                 'Pippi Longstocking', 'Captain Nemo', 'Miss Havisham', 'Don Quixote', 'Tom Sawyer',
                 'Phileas Fogg', 'Jean Valjean', 'Atticus Finch', 'Bilbo Baggins', 'Moomintroll',
                 'Heathcliff Earnshaw', 'Sancho Panza', 'Mowgli', 'Tristram Shandy', 'Oblomov', 'Bartleby',
                 'Lemuel Gulliver', 'Robinson Crusoe', 'Huckleberry Finn', 'Frodo', 'Gandalf', 'Rodion Raskolnikov',
                 'Emma Woodhouse', 'Lisbeth Salander', 'Kommissar Maigret', 'Tintin', 'Nils Holgersson',
                 'Queequeg', 'Dorian Gray', 'Becky Sharp', 'Ichabod Crane', 'Rip Van Winkle', 'Peer Gynt',
                 'Aureliano Buendía', 'Hamlet', 'Ophelia', 'Cyrano de Bergerac', 'Madame Bovary'], 'fiction')
HISTORICAL = clean(['Ada Lovelace', 'Ibn Battuta', 'Murasaki Shikibu', 'Nikola Tesla', 'Hypatia of Alexandria',
                    'Rabindranath Tagore', 'Mary Seacole', 'Alexander von Humboldt', 'Sor Juana Inés de la Cruz',
                    'Srinivasa Ramanujan', 'Sofia Kovalevskaya', 'Gregor Mendel', 'Hildegard of Bingen', 'Zheng He',
                    'Sejong the Great', 'Mansa Musa', 'Emmy Noether', 'Tycho Brahe', 'Olaudah Equiano', 'Ibn Sina',
                    'Maria Sibylla Merian', 'Shen Kuo', 'Omar Khayyam', 'Kalidasa', 'Tokugawa Ieyasu',
                    'Fibonacci', 'Avicenna', 'Brahmagupta', 'Pachacuti', 'Nezahualcoyotl', 'Sundiata Keita'], 'historical')
ROLE_BOX = ['support', 'service', 'billing', 'info', 'kundenservice', 'contact', 'helpdesk', 'noreply', 'privacy',
            'bookings', 'claims', 'servicio', 'atendimento', 'dpo']
DOC_PHONES = ['+1 202-555-0147', '+1 (312) 555-0188', '555-0123', '+1 415-555-0100', '+44 20 7946 0958',
              '+44 161 496 0753', '+61 2 5550 4321']
DOC_EMAILS = ['jane.doe@example.com', 'user@example.org', 'customer@example.net', 'test.user@example.com',
              'someone@example.com']
DOC_IPS = ['192.0.2.17', '198.51.100.23', '203.0.113.42', '203.0.113.7', '198.51.100.200', '2001:db8::1']
DOC_CARDS = ['4111 1111 1111 1111', '4242 4242 4242 4242', '5555 5555 5555 4444']
DOC_IBAN = ['DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'NL91 ABNA 0417 1643 00']


def slug(s):
    return re.sub(r'[^a-z0-9]+', '-', asciify(s.replace(' ', '-')) if s.isascii() else 'x').strip('-')


def order_no(rng):
    return rng.choice(['ORD-', 'INV-', 'TCK-', 'CASE-', 'BK', '#']) + str(rng.randrange(2026000, 2026999)) + \
        rng.choice(['', '-A', '-07', ''])


def benign_vals(rng, lc):
    """Values of the same shapes as a person's, belonging to no private person."""
    d = L[lc]
    mode = rng.choice(['org', 'doc', 'fiction', 'placeholder', 'anon', 'historical'])
    org = rng.choice(ORGS)
    dom = re.sub(r'[^a-z]+', '', org.lower().split()[0]) + rng.choice(['.com', '.co', '.org', '.net'])
    v = dict(mode=mode, org=org)
    if mode == 'org':
        v.update(name=org + ' ' + rng.choice(['customer desk', 'switchboard', 'claims team', 'front office']),
                 first=org.split()[0], phone=make_phone(rng, d['region'], True),
                 email=f'{rng.choice(ROLE_BOX)}@{dom}', addr=d['afmt'].format(
                     s=rng.choice(d['streets']), n=rng.randrange(2, 148), c=rng.choice(d['cities'])) + ' (head office)',
                 dob='2019-0' + str(rng.randrange(1, 10)) + '-1' + str(rng.randrange(0, 9)),
                 id=order_no(rng), idlab='Order no.', iban=rng.choice(DOC_IBAN), card=rng.choice(DOC_CARDS),
                 ip=rng.choice(DOC_IPS), last4=str(rng.randrange(1000, 9999)))
    elif mode in ('doc', 'placeholder'):
        ph = mode == 'placeholder'
        v.update(name='{{customer.full_name}}' if ph else rng.choice(['Jane Doe', 'John Q. Public', 'Max Mustermann',
                                                                       'Erika Mustermann', 'Mario Rossi']),
                 first='{{customer.first_name}}' if ph else 'Jane',
                 phone='<PHONE>' if ph else rng.choice(DOC_PHONES),
                 email='{{customer.email}}' if ph else rng.choice(DOC_EMAILS),
                 addr='[STREET], [POSTCODE] [CITY]' if ph else '123 Example Street, Anytown',
                 dob='[DD/MM/YYYY]' if ph else 'YYYY-MM-DD', id='<ID_NUMBER>' if ph else 'X00000000',
                 idlab=d['labels']['id'], iban=rng.choice(DOC_IBAN), card=rng.choice(DOC_CARDS),
                 ip=rng.choice(DOC_IPS), last4='XXXX')
    elif mode == 'anon':
        v.update(name='Customer A', first='A.', phone='+** *** *** **' + str(rng.randrange(10, 99)),
                 email='[email removed]', addr='[address removed]', dob='[DOB removed]', id='[REDACTED]',
                 idlab=d['labels']['id'], iban='[IBAN removed]', card='**** **** **** ' + str(rng.randrange(1000, 9999)),
                 ip='[IP removed]', last4=str(rng.randrange(1000, 9999)))
    else:
        nm = rng.choice(FICTION if mode == 'fiction' else HISTORICAL)
        v.update(name=nm, first=nm.split()[0], phone=rng.choice(DOC_PHONES), email=rng.choice(DOC_EMAILS),
                 addr=rng.choice(['221B Baker Street, London', 'Green Gables, Avonlea', 'Villa Villekulla',
                                  '12 Grimmauld Place', '742 Evergreen Terrace']) if mode == 'fiction'
                 else 'the museum at ' + rng.choice(d['cities']),
                 dob=rng.choice(['born 1815', 'c. 1304', '1856-07-10', 'Chapter 3']), id='ISBN 978-0-14-143951-8',
                 idlab='Ref.', iban=rng.choice(DOC_IBAN), card=rng.choice(DOC_CARDS), ip=rng.choice(DOC_IPS),
                 last4=str(rng.randrange(1000, 9999)))
    v['lab'] = dict(d['labels'], id=v['idlab'], card='Card', ip='IP')
    if not d['ibancc']:
        v['lab']['iban'] = 'IBAN'
    if mode == 'org':
        v['lab'].update(name='Company', dob='Opening date', phone='Switchboard', email='Mailbox', addr='Head office',
                        card='Test card (sandbox)', ip='Status page IP (docs)')
    return v


def sens_vals(rng, lc, issued):
    p = make_person(rng, lc)
    d = L[lc]
    v = dict(mode='person', org=rng.choice(ORGS), first=p['given'], lab=dict(d['labels'], card='Card', ip='IP'))
    if not d['ibancc']:
        v['lab']['iban'] = 'IBAN'
    for k in ('name', 'phone', 'email', 'addr', 'dob', 'card', 'ip'):
        v[k] = p[k]
        issued.append((ENT[k], p[k]))
    et, iv = p['id']
    v['id'] = iv
    issued.append((et, iv))
    v['iban'] = p['iban'] or make_iban(rng, rng.choice(['DE', 'NL', 'FR', 'ES', 'PL']))
    issued.append(('iban', v['iban']))
    v['last4'] = p['card'][-4:]
    if lc == 'en-US':
        r, a = make_rtn_acct(rng)
        v['iban'] = f'ABA {r} / acct {a}'
        issued.append(('US_BANK_NUMBER', v['iban']))
    return v

# ----------------------------------------------------------------------------------------------- structures
FIELDS = ['name', 'phone', 'email', 'addr', 'dob', 'id', 'iban', 'card', 'ip']


def pick(rng, k_lo=2, k_hi=4, must='name'):
    rest = [f for f in FIELDS if f != must]
    keys = [must] + rng.sample(rest, rng.randrange(k_lo - 1, k_hi))
    if 'id' not in keys and rng.random() < .35:
        keys.append('id')
    return keys


def block(v, keys, sep=': ', lead=''):
    return '\n'.join(f"{lead}{v['lab'].get(k, k)}{sep}{v[k]}" for k in keys)


def sysmsg(rng, v):
    return {'role': 'system', 'content': rng.choice([
        f"You are the customer assistant of {v['org']}. Be brief and polite.",
        'You are a helpful assistant.', f"You help {v['org']} staff write messages. Never invent facts.",
        'Answer in the language of the user.'])}


def k_early_turn_backref(rng, v, lc):
    keys = pick(rng, 2, 4)
    first = v['first']
    intro = {'org': f"Contact details of {v['org']} (from their website):",
             'fiction': 'For my short story, the character sheet:', 'historical': 'For the school poster:',
             'anon': 'Anonymised case (as exported):', 'doc': 'Sample record from the API docs:',
             'placeholder': 'Template fields:'}.get(v['mode'], L[lc]['line'])
    refs = {'phone': rng.choice(['the number above', 'that number']), 'addr': 'the address I gave you',
            'email': 'the same email', 'card': f'the card ending {v["last4"]}', 'iban': 'the account above',
            'dob': 'the date I gave you', 'id': f'the {v["lab"]["id"]} from before'}
    ref = refs[rng.choice([k for k in keys if k in refs])] if any(k in refs for k in keys) else first
    msgs = [sysmsg(rng, v),
            {'role': 'user', 'content': intro + '\n' + block(v, keys)},
            {'role': 'assistant', 'content': rng.choice(['Got it, noted. What should I do with it?',
                                                        'Thanks, I have that. How can I help?', 'OK.'])},
            *rng.choice([
                [{'role': 'user', 'content': 'unrelated: give me three subject lines for a reminder email'},
                 {'role': 'assistant', 'content': "1) Friendly reminder 2) Quick nudge 3) Don't forget"}],
                [{'role': 'user', 'content': 'first, what is the usual opening time of post offices there?'},
                 {'role': 'assistant', 'content': 'Usually around 8 or 9 in the morning; check locally.'}]]),
            {'role': 'user', 'content': rng.choice([
                f'now write a two-line text to {first} saying we will call {ref} on Thursday',
                f'ok, back to the first message: put {ref} in a calendar invite for {first}',
                f'using only what I pasted at the start, fill a contact card for {first}. Use {ref}.'])}]
    return {'model': 'hybridgate/auto', 'messages': msgs}, 'user_turn1 · later partial refs'


def k_system_context(rng, v, lc):
    keys = pick(rng, 2, 5)
    ctx = {'placeholder': 'Customer context (rendered by the CRM template):',
           'org': 'Store context:', 'doc': 'Customer context (sandbox fixture):'}.get(v['mode'], 'Customer context:')
    msgs = [{'role': 'system', 'content': f"You are {v['org']}'s support agent.\n{ctx}\n" + block(v, keys, lead='- ')
             + '\nAddress the customer by first name. Do not read the data back unless asked.'},
            {'role': 'user', 'content': L[lc]['line'] + ' ' + rng.choice([
                'I want to move my delivery to next week.', 'why was I charged twice?',
                'can I change my plan?', 'where is my parcel?'])}]
    if rng.random() < .4:
        msgs.insert(1, {'role': 'system', 'content': 'Tone: warm, max 80 words.'})
    return {'model': rng.choice(['gpt-4o-mini', 'hybridgate/auto']), 'messages': msgs,
            'temperature': 0.3}, 'system prompt context'


def k_tool_result(rng, v, lc):
    keys = pick(rng, 2, 5)
    cid = 'call_' + ''.join(rng.choice('abcdefghijklmnop0123456789') for _ in range(12))
    q = order_no(rng)
    rec = {k if k != 'id' else v['lab']['id']: v[k] for k in keys}
    if v['mode'] == 'org':
        rec = {'store': v['name'], 'hotline': v['phone'], 'mailbox': v['email'], 'order': v['id'], 'status': 'shipped'}
    msgs = [sysmsg(rng, v), {'role': 'user', 'content': f'{L[lc]["line"]} ({q})'},
            {'role': 'assistant', 'content': None, 'tool_calls': [
                {'id': cid, 'type': 'function', 'function': {'name': rng.choice(['crm_lookup', 'get_customer',
                                                                                  'search_accounts']),
                                                             'arguments': json.dumps({'query': q})}}]},
            {'role': 'tool', 'tool_call_id': cid, 'content': json.dumps({'results': [rec], 'count': 1},
                                                                        ensure_ascii=False)}]
    tools = [{'type': 'function', 'function': {'name': 'crm_lookup', 'description': 'Look up a customer or order.',
                                               'parameters': {'type': 'object', 'properties': {
                                                   'query': {'type': 'string'}}, 'required': ['query']}}}]
    return {'model': 'hybridgate/auto', 'messages': msgs, 'tools': tools}, 'tool message result'


def k_tool_call_args(rng, v, lc):
    cid = 'call_' + ''.join(rng.choice('qrstuvwxyz0123456789') for _ in range(12))
    fn, args = rng.choice([
        ('send_sms', {'to': v['phone'], 'contact_name': v['name'],
                      'body': f"Hi {v['first']}, your appointment is confirmed."}),
        ('send_email', {'to': v['email'], 'subject': 'Your request', 'body': f"Dear {v['name']}, ..."}),
        ('create_contact', {'name': v['name'], 'address': v['addr'], 'birthdate': v['dob']}),
        ('update_payout', {'account_holder': v['name'], 'account': v['iban']}),
        ('verify_identity', {'full_name': v['name'], 'document_number': v['id']}),
    ])
    msgs = [sysmsg(rng, v), {'role': 'user', 'content': rng.choice(['go ahead and send it', 'yes do it',
                                                                    'confirm please', L[lc]['line']])},
            {'role': 'assistant', 'content': None, 'tool_calls': [
                {'id': cid, 'type': 'function', 'function': {'name': fn, 'arguments': json.dumps(
                    args, ensure_ascii=False)}}]},
            {'role': 'tool', 'tool_call_id': cid, 'content': '{"status": "queued"}'},
            {'role': 'user', 'content': 'did it go through? answer yes/no and one line'}]
    return {'model': 'hybridgate/auto', 'messages': msgs}, f'assistant tool_call args · {fn}'


def k_rag_retrieval(rng, v, lc):
    keys = pick(rng, 2, 4)
    head = {'fiction': 'Excerpt, novel study guide', 'historical': 'Encyclopedia entry',
            'org': 'Company contact page', 'doc': 'API reference (examples)', 'placeholder': 'Form template',
            'anon': 'Anonymised case library'}.get(v['mode'], rng.choice(['Intake form (scanned, OCR)',
                                                                           'Support ticket export',
                                                                           'Tenant file']))
    docs = [f"[doc 1] Returns policy v3.2: items may be returned within 30 days.",
            f"[doc 2] {head}\n" + block(v, keys),
            f"[doc 3] FAQ: {rng.choice(['Opening hours are 9-17.', 'Refunds take 5 working days.'])}"]
    rng.shuffle(docs)
    where = rng.choice(['system', 'tool', 'user'])
    ctx = 'Retrieved context:\n' + '\n\n'.join(docs)
    q = rng.choice(['Answer using only the retrieved context: what is the return window?',
                    'Which document mentions a deadline?', 'summarise doc 2 in one sentence'])
    if where == 'system':
        msgs = [{'role': 'system', 'content': 'Use the context.\n' + ctx}, {'role': 'user', 'content': q}]
    elif where == 'tool':
        msgs = [{'role': 'user', 'content': q}, {'role': 'assistant', 'content': None, 'tool_calls': [
            {'id': 'call_rag1', 'type': 'function', 'function': {'name': 'retrieve', 'arguments': '{"k": 3}'}}]},
                {'role': 'tool', 'tool_call_id': 'call_rag1', 'content': ctx}]
    else:
        msgs = [{'role': 'user', 'content': ctx + '\n\n' + q}]
    return {'model': 'hybridgate/auto', 'messages': msgs}, f'retrieved docs in {where}'


def k_assistant_summary(rng, v, lc):
    keys = pick(rng, 2, 4)
    summ = rng.choice(['Summary of what you told me:', 'Here is the case so far:', 'Recap:']) + '\n' + block(
        v, keys, lead='• ')
    msgs = [sysmsg(rng, v), {'role': 'user', 'content': rng.choice(['ok', 'thanks', L[lc]['line']])},
            {'role': 'assistant', 'content': summ + '\nAnything to add?'},
            {'role': 'user', 'content': rng.choice(['no, now make it a formal letter', 'translate your recap to English',
                                                    'great, shorten it to one line'])}]
    return {'model': 'hybridgate/auto', 'messages': msgs}, 'earlier assistant summary'


def k_quoted_chain(rng, v, lc):
    sender = v['name'] if v['mode'] not in ('org',) else v['org']
    addr = v['email']
    body = block(v, pick(rng, 1, 3))
    quote = '\n'.join('> ' + x for x in '\n'.join((f"From: {sender} <{addr}>", 'Subject: Re: ' + rng.choice(
        ['your booking', 'the invoice', 'tomorrow', 'paperwork']), '', L[lc]['line'], body)).split('\n'))
    older = '\n'.join('>> ' + x for x in ['On Monday the team wrote:', 'Please send the details below.'])
    text = rng.choice(['can you reply to this politely, say yes to Tuesday',
                       'fwd from my colleague, what do they want?', 'translate this thread to English']) + \
        '\n\n---------- Forwarded message ----------\n' + quote + '\n' + older
    return {'model': 'hybridgate/auto', 'messages': [{'role': 'user', 'content': text}]}, 'pasted reply chain'


def k_side_fields(rng, v, lc):
    where = rng.choice(['user', 'metadata', 'tools_enum', 'tools_default', 'response_format', 'stop', 'prediction',
                        'file_name', 'file_data'])
    body = {'model': 'hybridgate/auto', 'messages': [{'role': 'user', 'content': rng.choice(
        ['write a friendly reminder about tomorrow', 'draft the confirmation message',
         'extract the fields as JSON', L[lc]['line']])}]}
    if where == 'user':
        body['user'] = v['email'] if v['mode'] != 'placeholder' else '{{end_user_id}}'
    elif where == 'metadata':
        body['store'] = True
        body['metadata'] = rng.choice([{'customer': v['name'], 'contact': v['phone'], 'ticket': order_no(rng)},
                                       {'client_ip': v['ip'], 'ticket': order_no(rng)},
                                       {'payer': v['email'], 'card_on_file': v['card']}])
    elif where in ('tools_enum', 'tools_default'):
        prop = {'type': 'string', 'description': 'recipient'}
        if where == 'tools_enum':
            prop['enum'] = [v['email'], 'team@' + slug(v['org']) + '.com']
        else:
            prop['default'] = v['phone']
        body['tools'] = [{'type': 'function', 'function': {'name': 'notify', 'description': f"Notify {v['name']}",
                                                           'parameters': {'type': 'object',
                                                                          'properties': {'to': prop}}}}]
    elif where == 'response_format':
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'contact', 'schema': {
            'type': 'object', 'properties': {'name': {'type': 'string', 'examples': [v['name']]},
                                            'id': {'type': 'string', 'examples': [v['id']]},
                                            'address': {'type': 'string', 'description': 'e.g. ' + v['addr']}}}}}
    elif where == 'stop':
        body['stop'] = [v['name'], v['phone']]
    elif where == 'prediction':
        body['prediction'] = {'type': 'content', 'content': f"Dear {v['name']},\nwe will deliver to {v['addr']}."}
    else:
        doc = f"{v['lab']['name']}: {v['name']}\n{v['lab']['id']}: {v['id']}\n{v['lab']['dob']}: {v['dob']}"
        fname = (slug(v['org']) + '_' + (v['id'] if where == 'file_name' else 'scan') + '.txt')
        data = base64.b64encode((doc if where == 'file_data' else 'see attached form').encode()).decode()
        body['messages'][0]['content'] = [{'type': 'text', 'text': body['messages'][0]['content']},
                                          {'type': 'file', 'file': {'filename': fname,
                                                                    'file_data': 'data:text/plain;base64,' + data}}]
    return body, f'field {where}'


def k_agent_scratchpad(rng, v, lc):
    keys = pick(rng, 2, 4)
    pad = ('Thought: I need the customer record before answering.\nAction: crm.search["' + order_no(rng) + '"]\n'
           'Observation: ' + '; '.join(f"{v['lab'].get(k, k)}={v[k]}" for k in keys) +
           '\nThought: the record matches; next I verify the delivery window.\nAction: calendar.free_slots[]\n')
    msgs = [{'role': 'system', 'content': 'You are an agent. Use Thought/Action/Observation.'},
            {'role': 'user', 'content': L[lc]['line'] + ' ' + rng.choice(['rebook my visit', 'check my order'])},
            {'role': 'assistant', 'content': pad},
            {'role': 'user', 'content': 'Observation: slots 10:00, 14:30. Continue.'}]
    return {'model': 'hybridgate/auto', 'messages': msgs}, 'agent scratchpad'


def k_group_chat(rng, v, lc):
    d = L[lc]
    if v['mode'] == 'person':
        speakers = [v['name'], rng.choice(d['given']), rng.choice(d['given'])]
    else:
        speakers = [v['name'] if v['mode'] in ('fiction', 'historical') else 'Dispatcher', 'Driver 2', 'Moderator']
    lines = [f"[{speakers[1]}] {rng.choice(['who is bringing the chairs?', 'running late', 'ok see you'])}",
             f"[{speakers[0]}] {d['line']} {rng.choice(['my number', 'call me on', 'reach me at'])} {v['phone']}",
             f"[{speakers[2]}] 👍",
             f"[{speakers[0]}] {rng.choice(['address is', 'come to', 'pickup at'])} {v['addr']}"]
    head = {'fiction': 'Our book-club roleplay chat (everyone plays a character):',
            'historical': 'Class chat for the history costume day (students write in role):',
            'anon': 'Group chat export:', 'doc': 'Demo chat from the app store screenshots:',
            'placeholder': 'Chat template (fields not filled):'}.get(v['mode'], 'Group chat export:')
    text = head + '\n' + '\n'.join(lines) + '\n\n' + rng.choice(
        ['who volunteered for what? one line each', 'make a to-do list from this chat', 'summarise the plan'])
    msgs = [{'role': 'user', 'content': text}]
    return {'model': 'hybridgate/auto', 'messages': msgs}, 'multi-party chat'


def k_completion_transcript(rng, v, lc):
    keys = pick(rng, 2, 4)
    agent = rng.choice(['Agent', 'Bot', 'Support'])
    head = {'fiction': f"The following is a scene from our radio drama set at {v['org']}.",
            'historical': 'The following is a museum quiz-bot transcript.',
            'doc': f"The following is a sample conversation from the {v['org']} API docs (test data only).",
            'placeholder': 'Transcript template (fields unrendered).',
            'anon': f"Anonymised transcript from {v['org']} QA review."}.get(
        v['mode'], f"The following is a support conversation for {v['org']}.")
    if v['mode'] == 'org':
        return {'model': 'hybridgate/auto', 'prompt': head + f"\n\nCustomer: {L[lc]['line']}\n{agent}: Of course. "
                f"Your order {v['id']} is on its way. For changes call our switchboard {v['phone']} or write to "
                f"{v['email']}.\nCustomer: thanks\n{agent}:", 'max_tokens': 120,
                'stop': ['\nCustomer:']}, 'legacy transcript'
    prompt = (head + f"\n\nCustomer: {L[lc]['line']}\n"
              f"{agent}: Sure, can you confirm your details?\nCustomer: " + ', '.join(v[k] for k in keys) +
              f"\n{agent}: Thanks. Anything else?\nCustomer: {rng.choice(['no that is all', 'change the date too'])}\n"
              f"{agent}:")
    return {'model': rng.choice(['gpt-3.5-turbo-instruct', 'hybridgate/auto']), 'prompt': prompt,
            'max_tokens': 120, 'stop': ['\nCustomer:']}, 'legacy transcript'


KINDS = [('early_turn_backref', k_early_turn_backref), ('system_context', k_system_context),
         ('tool_result', k_tool_result), ('tool_call_args', k_tool_call_args), ('rag_retrieval', k_rag_retrieval),
         ('assistant_summary', k_assistant_summary), ('quoted_chain', k_quoted_chain), ('side_fields', k_side_fields),
         ('agent_scratchpad', k_agent_scratchpad), ('group_chat', k_group_chat),
         ('completion_transcript', k_completion_transcript)]


def haystack(body):
    """The serialised body plus every string in it, JSON strings parsed, base64 file parts decoded, URLs unquoted."""
    parts = [json.dumps(body, ensure_ascii=False)]

    def walk(x):
        if isinstance(x, dict):
            for k, y in x.items():
                walk(k)
                walk(y)
        elif isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, str):
            parts.append(x)
            parts.append(urllib.parse.unquote(x))
            for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', x):
                parts.append(base64.b64decode(m.group(1)).decode('utf-8'))
            if x[:1] in '{[':
                try:
                    walk(json.loads(x))
                except ValueError:
                    pass
    walk(body)
    return '\n'.join(parts)


def present(val, hay):
    """val occurs in hay as a whole token (not inside a longer number or word)."""
    i = hay.find(val)
    while i >= 0:
        before = hay[i - 1] if i else ' '
        after = hay[i + len(val):i + len(val) + 2]
        if not (before.isalnum() or before in '.+') and not (after[:1].isalnum() or
                                                            (after[:1] == '.' and after[1:2].isdigit())):
            return True
        i = hay.find(val, i + 1)
    return False


def gen_pii(seed):
    rng = random.Random(seed)
    out = []
    n_sens, n_ben = 26, 19
    i = 0
    for kind, fn in KINDS:
        plan = [True] * n_sens + [False] * n_ben
        rng.shuffle(plan)
        for j, sens in enumerate(plan):
            lc = LOCS[(i * 7 + j) % len(LOCS)]
            i += 1
            issued = []
            v = sens_vals(rng, lc, issued) if sens else benign_vals(rng, lc)
            body, style = fn(rng, v, lc)
            hay = haystack(body)
            # values nested in JSON strings (tool args / tool content) appear escaped once more
            ents = sorted({t for t, val in issued if present(val, hay)}, key=str.lower)
            if sens:
                assert ents, (kind, lc, style)
            else:
                assert not issued and not ents
            out.append({'category': kind if sens else kind + '_benign', 'sensitive': bool(ents), 'entities': ents,
                        'endpoint': 'completions' if 'prompt' in body else 'chat', 'lang': lc,
                        'style': style + ('' if sens else ' · ' + v['mode']), 'body': body})
    rng.shuffle(out)
    for n, r in enumerate(out, 1):
        r_id = {'id': f'steppe-pii-{n:04d}'}
        r_id.update(r)
        out[n - 1] = r_id
    return out


# ----------------------------------------------------------------------------------------------- complexity
HARD_TURNS = [  # hard-looking earlier turns (the final ask decides the label)
    ('user', 'We have a Raft cluster of five nodes across two regions and we see split votes after every network '
             'blip. Election timeout is 150-300 ms, heartbeat 50 ms, cross-region RTT is about 90 ms.'),
    ('assistant', 'Split votes under those numbers are expected: the randomised timeout window (150 ms wide) is '
                  'barely larger than two cross-region round trips, so candidates in different regions often time '
                  'out within one RTT of each other. Widening the window, adding pre-vote and keeping a stable '
                  'leader preference in the primary region are the usual levers; each trades failover latency.'),
    ('user', 'And the proof sketch that pre-vote cannot reduce safety? I want the invariant spelled out.'),
    ('assistant', 'Pre-vote never changes persistent state: a node only increments its term after a majority '
                  'answered a pre-vote request positively, and those answers are granted under exactly the '
                  'log-up-to-date rule of a real vote. So Election Safety and Log Matching are untouched; what '
                  'changes is liveness, because a partitioned node can no longer disrupt a healthy leader.'),
    ('user', 'Our Postgres replica lags 40 s under write bursts; WAL sender shows write_lag small but replay_lag '
             'huge. hot_standby_feedback is on, max_standby_streaming_delay 30s. Queries on the replica are long.'),
    ('assistant', 'That pattern points at replay conflicts: long replica queries hold snapshots, replay waits up to '
                  'max_standby_streaming_delay before cancelling them, and with feedback on the primary also keeps '
                  'dead tuples longer. Options: move analytics to a separate replica, lower the delay, or accept '
                  'cancellations; each shifts pain between freshness, bloat and query failures.'),
    ('user', 'Then the type-level question: why does my Rust trait object need `dyn Trait + Send + \'static` when '
             'I spawn it, while the generic version with `T: Trait` compiles without the bound?'),
    ('assistant', 'Because tokio::spawn requires the future to be Send + \'static; with a generic T the compiler '
                  'checks the concrete type at each call site, whereas a trait object erases it, so the bounds must '
                  'be written on the object type itself. Adding them to the trait as supertraits is the alternative.'),
    ('user', 'Lemma: if f is convex and differentiable on R^n then any stationary point is a global minimiser. '
             'I have the first-order condition but I get stuck on the direction of the inequality.'),
    ('assistant', 'Use f(y) >= f(x) + grad f(x)^T (y - x) for all y; at a stationary point grad f(x) = 0, so '
                  'f(y) >= f(x) for every y. The inequality direction comes from convexity along the segment.'),
    ('user', 'Kafka consumer group rebalances every few minutes; max.poll.interval.ms is 300000 and processing a '
             'batch sometimes takes 6 minutes because of a slow downstream API. Static membership is off.'),
    ('assistant', 'The consumer exceeds max.poll.interval.ms, is considered dead and triggers a rebalance, which '
                  'pauses every member. Fixes: smaller max.poll.records, async processing with manual commits, a '
                  'larger interval, or static membership with cooperative rebalancing; each changes the '
                  'failure-detection time or the at-least-once window.'),
    ('user', 'Show me why the amortised cost of push on a doubling dynamic array is O(1), using the potential '
             'method, and why shrinking at 1/2 full breaks it.'),
    ('assistant', 'Take Phi = 2n - capacity. A cheap push costs 1 and raises Phi by 2; an expanding push copies n '
                  'items but Phi drops by about n, so the amortised cost stays 3. Shrinking at half full lets an '
                  'adversary alternate push/pop at the boundary, paying Theta(n) each time; shrink at 1/4 instead.'),
    ('user', 'The TLS handshake fails only for clients behind one corporate proxy: "unknown CA" although the chain '
             'validates in a browser. Server sends leaf + intermediate; the proxy re-signs traffic.'),
    ('assistant', 'A re-signing proxy presents its own root, so the clients need that root in their trust store; '
                  'browsers often have it via enterprise policy while your runtime bundles its own CA file. Either '
                  'configure the runtime to use the system store or exempt the host from interception.'),
]
EASY_TURNS = [
    ('user', 'Here is the list of snacks for Saturday: crisps, apples, two cakes, juice, water, sandwiches.'),
    ('assistant', 'Nice list! Anything you want me to do with it?'),
    ('user', 'Also the guests: twelve kids and six adults, party starts at three, ends at six.'),
    ('assistant', 'Noted: 18 people, 15:00 to 18:00.'),
    ('user', 'Weather looks fine. The park has a shelter if it rains. We booked the tables near the pond.'),
    ('assistant', 'Sounds lovely. A shelter is a good backup.'),
    ('user', 'Inventory: 40 paper plates, 60 cups, 3 rolls of tape, 2 packs of balloons, 1 pump, 5 bin bags.'),
    ('assistant', 'Got it, that looks like enough for 18 people.'),
    ('user', 'Meeting notes: budget approved; poster due Friday; Lena books the hall; next meeting in two weeks.'),
    ('assistant', 'Thanks, I have the notes.'),
    ('user', 'Reading list for the club: three novels, one poetry book, and a short story collection for June.'),
    ('assistant', 'Great mix. Shall I format it?'),
    ('user', 'Shopping for the week: oats, milk, bananas, rice, lentils, tomatoes, onions, a loaf of bread, tea.'),
    ('assistant', 'Noted, nine items.'),
    ('user', 'The bus leaves at 7:40 from the main square and gets back around 19:00. Bring a packed lunch.'),
    ('assistant', 'Okay: depart 7:40, return about 19:00, packed lunch.'),
    ('user', 'Garden jobs: water the tomatoes, cut the hedge, move the compost bin, plant the tulip bulbs.'),
    ('assistant', 'Four garden jobs noted.'),
    ('user', 'Recipe: 200 g flour, 2 eggs, 300 ml milk, a pinch of salt, butter for the pan. Makes 8 pancakes.'),
    ('assistant', 'Classic pancake batter, thanks.'),
    ('user', 'Holiday dates: we leave on the 14th, stay six nights at the lake, and drive back on the 20th.'),
    ('assistant', 'Six nights, 14th to 20th. Sounds relaxing.'),
    ('user', 'Club fees: juniors pay 20 a term, adults 35, families 60. Payment by the end of the month.'),
    ('assistant', 'Got the fee table.'),
]
EASY_ASKS = {
    'en': ['translate your last reply into Spanish', 'put the lines above in alphabetical order',
           'what is 18 times 3?', 'summarise this conversation in two bullet points',
           'make the previous answer bold-free plain text', 'what day of the week is 2027-01-01?',
           'format the list as a markdown table', 'count how many messages I sent'],
    'de': ['übersetze deine letzte Antwort ins Englische', 'fasse das Gespräch in zwei Sätzen zusammen'],
    'fr': ['traduis ta dernière réponse en anglais', 'résume la discussion en une phrase'],
    'es': ['traduce tu última respuesta al inglés', 'resume la conversación en una frase'],
    'pt': ['traduz a tua última resposta para inglês', 'resume a conversa numa frase'],
    'ru': ['переведи свой последний ответ на английский', 'кратко перескажи разговор в одной фразе'],
    'ja': ['最後の返答を英語に翻訳して', 'この会話を一文で要約して'],
    'zh': ['把你上一条回答翻译成英文', '用一句话总结这段对话'],
    'ko': ['마지막 답변을 영어로 번역해 줘', '이 대화를 한 문장으로 요약해 줘'],
    'it': ['traduci la tua ultima risposta in inglese'], 'pl': ['przetłumacz swoją ostatnią odpowiedź na angielski'],
    'tr': ['son cevabını İngilizceye çevir'], 'nl': ['vertaal je laatste antwoord naar het Engels'],
    'hi': ['अपना पिछला जवाब अंग्रेज़ी में अनुवाद करो'], 'sv': ['översätt ditt senaste svar till engelska'],
}
HARD_ASKS = {
    'en': ['Given everything above, design the seating and food logistics so that allergens never share a serving '
           'line, and prove your plan needs at most three lines for any guest list with k allergen groups.',
           'Now the real question: the booking system double-books the pond tables when two parents confirm within '
           'the same second. Find the root cause in a read-check-write flow over a REST API and propose two fixes '
           'with their trade-offs.',
           'Ignore the small talk. Prove that every tournament on n vertices has a Hamiltonian path, then give an '
           'O(n log n) algorithm to find one and argue its correctness.',
           'Design a cache invalidation scheme for the poster-versioning service with multi-region writes; compare '
           'write-through, TTL and event-driven invalidation under partition, and recommend one.',
           'Why does this deadlock? Thread A locks accounts in id order, thread B locks by the order in the transfer '
           'request, and a retry wrapper re-acquires after timeout. Walk through an interleaving and fix it.'],
    'de': ['Beweise, dass die Summe der Kehrwerte der Primzahlen divergiert, und erkläre jeden Schritt.',
           'Entwirf ein Schema für idempotente Zahlungen über zwei Dienste und wäge Saga gegen 2PC ab.'],
    'fr': ['Démontre que tout graphe planaire est 5-coloriable et explique où la preuve utilise la formule d’Euler.'],
    'es': ['Diseña una estrategia de particionado para una tabla de 2 TB con consultas por rango y por cliente, '
           'y justifica los compromisos.'],
    'ja': ['上の条件で、二つのリージョン間の書き込み競合を解決する方式を設計し、CRDTとリーダー方式の得失を比較して。'],
    'zh': ['请证明：任意有限群中，阶为2的元素个数为奇数当且仅当群的阶为偶数，并说明关键步骤。'],
    'ru': ['Найди причину утечки памяти: объекты держатся в кэше через замыкания обработчиков событий; предложи '
           'два исправления и сравни их.'],
    'pt': ['Projete um limitador de taxa distribuído para 50 mil req/s com tolerância a partições e compare token '
           'bucket com janela deslizante.'],
    'ko': ['두 노드가 같은 키를 동시에 갱신할 때 마지막 쓰기 우선 방식이 데이터를 잃는 시나리오를 구성하고 대안을 설계해 줘.'],
}
SHORT_SIMPLE = {
    'en': ['What is the capital of Peru?', 'Convert 5 km to miles.', 'Spell "necessary" backwards.',
           'What is 15% of 80?', 'Give me a synonym for "happy".', 'Uppercase this: hello world',
           'How many days are in a leap year?', 'Translate "good morning" to Italian.'],
    'de': ['Wie viel ist 7 mal 8?', 'Wie heißt die Hauptstadt von Kanada?'],
    'fr': ['Combien font 12 plus 30 ?', 'Quelle est la capitale du Chili ?'],
    'es': ['¿Cuántos minutos tiene un día?', 'Traduce "gracias" al alemán.'],
    'ja': ['富士山の高さは？', '「ありがとう」を英語で。'], 'zh': ['一年有几个月？', '把“你好”翻译成法语。'],
    'ru': ['Сколько будет 9 умножить на 6?'], 'ko': ['서울은 어느 나라의 수도야?'], 'pl': ['Ile to jest 100 podzielić przez 4?'],
    'tr': ['Türkiye\'nin başkenti neresi?'], 'nl': ['Hoeveel is 25 plus 17?'], 'it': ['Quanti giorni ha febbraio?'],
    'hi': ['भारत की राजधानी क्या है?'], 'el': ['Πόσο κάνει 6 επί 7;'], 'he': ['כמה זה 10 ועוד 15?'],
    'th': ['ประเทศไทยมีกี่จังหวัด'], 'pt': ['Quanto é 9 mais 16?'], 'uk': ['Скільки буде 8 помножити на 4?'],
    'en2': ['Sort these words: pear, apple, fig.', 'What is the boiling point of water in Fahrenheit?',
            'Write "2026-12-05" as 5 December 2026.', 'Round 3.14159 to two decimals.',
            'What is the plural of "mouse"?', 'Give me the ISO code for Japan.', 'Turn "Hello There" into lowercase.',
            'How many centimetres are in 2.5 metres?', 'Which planet is closest to the sun?',
            'Add a full stop to: the meeting is at noon', 'What is 2 to the power of 10?',
            'Name the three primary colours.', 'Convert 30 °C to Fahrenheit.', 'What is the opposite of "ancient"?',
            'Capitalise every word: the quick brown fox', 'Make this a bullet list: eggs, milk, bread'],
    'sv': ['Vad är 14 plus 29?'], 'fi': ['Mikä on Ruotsin pääkaupunki?'], 'ro': ['Cât fac 6 ori 9?'],
    'es2': ['¿Cuál es el plural de "lápiz"?'], 'de2': ['Schreib "danke" auf Französisch.', 'Wie viele Tage hat der Juni?'],
    'fr2': ['Mets cette phrase au pluriel : le chat dort.'], 'ja2': ['5の3乗はいくつ？'], 'zh2': ['北京是哪个国家的首都？'],
}
SHORT_HARD = {
    'en': ['Prove that sqrt(2) + sqrt(3) is irrational.', 'Design a leaderless replicated counter that tolerates '
           'partitions; justify convergence.', 'Why can `x == x` be false in JavaScript and in IEEE 754? Give the '
           'full reasoning, then a safe equality for a sort comparator.',
           'Show that a bipartite graph has a perfect matching iff Hall\'s condition holds (one direction suffices).',
           'Our p99 doubled after enabling TLS session tickets on half the fleet only. Hypothesise causes and design '
           'an experiment to isolate them.', 'Compare B-trees and LSM-trees for a 90% write workload with range scans; '
           'recommend one with trade-offs.', 'Find the bug: a binary search uses mid = (lo + hi) / 2 on int32 indices '
           'and loops forever on some inputs. Explain both failure modes.'],
    'de': ['Beweise: Es gibt unendlich viele Primzahlen der Form 4k+3.', 'Warum hängt ein Go-Programm, wenn ein '
           'ungepufferter Kanal in derselben Goroutine beschrieben und gelesen wird? Schritt für Schritt.'],
    'fr': ['Montre que toute suite réelle bornée admet une sous-suite convergente.'],
    'es': ['Demuestra que el grafo completo K5 no es planar.'],
    'ja': ['2つのサービス間で正確に一回の配信を保証する設計を考え、トレードオフを説明して。'],
    'zh': ['证明：若n²是偶数，则n是偶数，并推广到素数p。'],
    'ru': ['Докажи, что у любого многочлена нечётной степени с вещественными коэффициентами есть вещественный корень.'],
    'ko': ['읽기 위주 서비스에서 캐시 일관성을 보장하는 방법 세 가지를 비교하고 하나를 추천해 줘.'],
    'pt': ['Por que este código em Python vaza memória: uma lista global guarda callbacks que capturam self? '
           'Explique e corrija.'], 'it': ['Dimostra che la serie armonica diverge, con due metodi diversi.'],
    'pl': ['Zaprojektuj schemat blokad dla przelewów między kontami, który wyklucza zakleszczenia, i udowodnij to.'],
    'tr': ['İki sıralı diziyi O(log(m+n)) zamanda birleştirmeden medyanı bulan algoritmayı açıkla ve doğruluğunu göster.'],
    'nl': ['Bewijs dat elke boom met n knopen precies n-1 kanten heeft.'],
    'en2': ['Prove that every integer n > 1 has a prime factorisation, and that it is unique.',
            'Design an idempotency-key scheme for a payments API that survives client retries and server crashes.',
            'A cron job runs twice at DST changes. Explain precisely why and design a schedule that cannot.',
            'Why does `SELECT ... FOR UPDATE SKIP LOCKED` still give duplicate work items in our queue when the '
            'worker commits after the HTTP call? Reason it through.',
            'Prove that the halting problem is undecidable by diagonalisation.',
            'Choose between optimistic and pessimistic locking for a seat-booking system at 5k writes/s; argue it.',
            'Show that any comparison sort needs Omega(n log n) comparisons in the worst case.',
            'Our Node service leaks file descriptors only under HTTP keep-alive. Propose hypotheses and a test plan.',
            'Derive the expected number of coin flips to see two heads in a row.',
            'Design a schema migration that renames a hot column with zero downtime; list the steps and risks.',
            'Prove that the greedy algorithm is optimal for interval scheduling by earliest finish time.',
            'Why might a Bloom filter with k=1 beat k=7 in practice for our 1 MB budget? Quantify.',
            'Find the flaw: "all horses are the same colour" by induction on n.',
            'Design sharding for a chat app where groups can have 200k members; justify the partition key.'],
    'fr2': ['Conçois une file de messages exactement-une-fois entre deux bases et discute les compromis.'],
    'de2': ['Warum ist Double-Checked Locking in Java ohne volatile kaputt? Zeig die problematische Umordnung.'],
    'es2': ['Demuestra que hay infinitos números primos de la forma 6k+5.'],
    'ru2': ['Спроектируй систему распределённых блокировок на Redis и объясни, когда она ломается.'],
    'zh2': ['设计一个支持撤销的协同编辑算法，比较OT与CRDT的取舍。'],
    'ja2': ['なぜこのPythonのマルチスレッドプログラムはCPU使用率が上がらないのか、GILを踏まえて説明し改善案を示して。'],
}


def filler(rng, turns, min_chars):
    """Whole (user, assistant) exchanges, shuffled as pairs, until the transcript reaches min_chars; when the
    pairs run out, a pasted long block (a list of the same kind) is appended instead of repeating them."""
    pairs = [(turns[i], turns[i + 1]) for i in range(0, len(turns) - 1, 2)]
    order = list(pairs)
    rng.shuffle(order)
    msgs, size = [], 0
    while size < min_chars and order:
        for role, text in order.pop():
            msgs.append({'role': role, 'content': text})
            size += len(text)
    if size < min_chars:
        rows = []
        while size + sum(len(r) for r in rows) < min_chars:
            rows.append(f"{len(rows) + 1}. " + rng.choice(['tables', 'chairs', 'cups', 'plates', 'bins', 'lamps',
                                                             'ropes', 'cones', 'flags']) + f" x{rng.randrange(2, 60)}"
                        + rng.choice([' (hall)', ' (shed)', ' (van)', '']))
        msgs.append({'role': 'user', 'content': 'Also the full checklist:\n' + '\n'.join(rows)})
        msgs.append({'role': 'assistant', 'content': 'Checklist received.'})
    return msgs


_BAGS = {}


def lang_pick(rng, d):
    """Draw without replacement from all (language, text) items of d; refill when empty."""
    bag = _BAGS.setdefault(id(d), [])
    if not bag:
        bag.extend((k.rstrip('0123456789'), t) for k, v in d.items() for t in v)
        rng.shuffle(bag)
    return bag.pop()


def gen_cx(seed):
    rng = random.Random(seed + 1)
    out = []
    plan = [('short_simple', 45), ('long_easy', 52), ('short_hard', 50), ('long_hard', 43)]
    for cat, n in plan:
        for _ in range(n):
            if cat == 'long_easy':
                src = rng.choice(['hard_transcript', 'hard_transcript', 'pasted_thread'])
                lg, ask = lang_pick(rng, EASY_ASKS)
                msgs = filler(rng, HARD_TURNS, rng.randrange(1600, 3400))
                if src == 'pasted_thread':
                    text = '\n\n'.join(f"{m['role'].upper()}: {m['content']}" for m in msgs)
                    msgs = [{'role': 'user', 'content': 'Pasted from our engineering channel:\n\n' + text + '\n\n' + ask}]
                else:
                    msgs.append({'role': 'user', 'content': ask})
                style = f'easy ask after long hard-looking {src}'
                label, adv = 0, True
            elif cat == 'long_hard':
                src = rng.choice(['easy_chat', 'easy_chat', 'pasted_notes'])
                lg, ask = lang_pick(rng, HARD_ASKS)
                msgs = filler(rng, EASY_TURNS, rng.randrange(1600, 3200))
                if src == 'pasted_notes':
                    text = '\n'.join(m['content'] for m in msgs)
                    msgs = [{'role': 'user', 'content': text + '\n\n' + ask}]
                else:
                    msgs.append({'role': 'user', 'content': ask})
                style = f'hard ask buried after long easy {src}'
                label, adv = 1, False
            elif cat == 'short_hard':
                lg, ask = lang_pick(rng, SHORT_HARD)
                shape = rng.choice(['single', 'after_greeting', 'system_only'])
                if shape == 'single':
                    msgs = [{'role': 'user', 'content': ask}]
                elif shape == 'after_greeting':
                    msgs = [{'role': 'user', 'content': 'hi'}, {'role': 'assistant', 'content': 'Hi! How can I help?'},
                            {'role': 'user', 'content': ask}]
                else:
                    msgs = [{'role': 'system', 'content': 'Be concise.'}, {'role': 'user', 'content': ask}]
                style = f'short hard · {shape}'
                label, adv = 1, True
            else:
                lg, ask = lang_pick(rng, SHORT_SIMPLE)
                shape = rng.choice(['single', 'followup', 'system_only'])
                if shape == 'single':
                    msgs = [{'role': 'user', 'content': ask}]
                elif shape == 'followup':
                    msgs = [{'role': 'user', 'content': 'quick one'}, {'role': 'assistant', 'content': 'Sure, go ahead.'},
                            {'role': 'user', 'content': ask}]
                else:
                    msgs = [{'role': 'system', 'content': 'You are a helpful assistant.'}, {'role': 'user', 'content': ask}]
                style = f'short simple · {shape}'
                label, adv = 0, False
            body = {'model': 'hybridgate/auto', 'messages': msgs}
            size = sum(len(m['content']) for m in msgs)
            if cat.startswith('long'):
                assert size >= 1500, size
            else:
                assert size < 600, size
            out.append({'category': cat, 'label': label, 'length_adversarial': adv, 'endpoint': 'chat', 'lang': lg,
                        'style': style, 'body': body})
    rng.shuffle(out)
    return [dict({'id': f'steppe-cx-{n:04d}'}, **r) for n, r in enumerate(out, 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    a = ap.parse_args()
    outd = pathlib.Path(a.out)
    outd.mkdir(parents=True, exist_ok=True)
    pii = gen_pii(a.seed)
    cx = gen_cx(a.seed)
    for name, recs in (('pii_steppe.jsonl', pii), ('complexity_steppe.jsonl', cx)):
        with open(outd / name, 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_steppe.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions), {sens} sensitive / {len(pii) - sens} '
          f'benign, {len({r["lang"] for r in pii})} language tags')
    print('categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print('benign modes:', dict(sorted(collections.Counter(r['style'].split(' · ')[-1] for r in pii
                                                           if not r['sensitive']).items())))
    adv = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_steppe.jsonl: {len(cx)} requests, {len({r["lang"] for r in cx})} language tags,',
          dict(sorted(collections.Counter(r['category'] for r in cx).items())),
          f'{adv} ({100 * adv / len(cx):.0f}%) length-adversarial, {sum(r["label"] for r in cx)} labelled 1')


if __name__ == '__main__':
    main()
