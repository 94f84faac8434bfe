#!/usr/bin/env python3
"""Karst: an independent evaluation split for the request signals, organised by the CAPTURE PATH.

Writes bench/data/signals/pii_karst.jsonl and bench/data/signals/complexity_karst.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only a brief, the first 70 lines of the delta generator (its docstring: the record
    schema and the label conventions) and the first two lines of each delta file. Neither the detector, its
    tests, the evaluator, the results, the policies, the docs nor any commit message or other branch was read,
    and none of it was imported or run. The other generators were not read: their bytes are scanned at run
    time for capitalised or non-ASCII words (a word is a run of letters, digits and combining marks, so that
    Devanagari and Thai vowel signs stay inside their word) and for Han / Kana / Hangul bigrams; every name,
    street, city, organisation, eponym and historical-person pool of this file is cut to the entries whose
    words (and CJK/Hangul bigrams) are not in that set, order kept, and the run aborts if a pool runs empty.
    Names written without spaces (Chinese, Japanese, Korean) are cut as whole-name combinations. In city and
    street entries an administrative prefix before '^' (province, "city of", "soi") and a state suffix after
    '~' ("- PB", "disease") are not cut. Those words are never printed; the run prints only how many entries
    of each pool survived.

Organising principle
    By the CAPTURE PATH -- how the text got into the request:
      ocr_scan       OCR of scanned paper: O/0, l/1/I, S/5, B/8, rn/m confusions, lost diacritics, broken
                     line wraps and hyphenation, page headers/footers, form boxes and tick boxes;
      dictation      speech-to-text: numbers spoken or half-spoken, "at"/"dot" in e-mail addresses, no
                     punctuation, fillers, homophones, "new line" spoken aloud;
      email_chain    quoted reply chains: ">" prefixes, "On ... wrote:", forwarded headers, signatures,
                     confidentiality disclaimers;
      pdf_paste      copy-paste from PDFs and spreadsheets: tabs, broken columns, merged cells, ligatures,
                     page numbers in the middle of the text;
      chat_export    chat / SMS exports with timestamps and sender columns;
      form_export    form-field exports: key=value, percent-encoded query strings, CSV/JSON webhooks;
      screenshot     screenshots described / transcribed by an assistant (image parts plus transcript);
      clipboard      clipboard fragments: cut mid-line, ellipses, stray UI text.
    Sensitive records carry real-looking personal data of private people through each path; the damage a path
    does always leaves each labelled value recoverable by a careful human (at most two classic confusions
    per value, digits never dropped; a value that a path would destroy is not issued). Benign records carry
    the same paths with nobody's data: documentation values, organisations' contact points (role mailboxes,
    switchboards, ward receptions), historical persons, eponyms, placeholders and blank forms, anonymised text,
    ticket/tracking/order numbers, hashes and versions. Categories: ``<path>`` / ``<path>_benign``.
    Data rotate over 25 locales (Latin, Cyrillic, Greek, Devanagari, Han, Kana, Hangul, Hebrew, Arabic and
    Thai scripts) with locale-true names, streets, phone formats and identifiers. The captured text is put
    in a request field chosen by rotation (user / system / earlier assistant / tool messages, text parts,
    base64 file parts, image parts beside a transcript, tool-call arguments, ``metadata`` with ``store``; some
    sensitive requests also carry the person's e-mail address in ``user``); requests also carry ``tools``,
    ``response_format`` json_schema, ``stop`` and ``temperature``, and about 10% use the legacy completions
    endpoint (``prompt``).

Labels
    Each record keeps the exact rendered (possibly damaged) string of every personal value it issued;
    ``entities`` is computed by searching every string of the body (base64 file parts decoded, URLs and
    query strings unquoted) for those rendered strings. Conventions as in delta: ``ssn`` is the US SSN only;
    other citizen / social-security numbers are NATIONAL_ID; taxpayer numbers TAX_ID; NHS numbers and
    social-insurance registry numbers (Greek AMKA) HEALTH_INSURANCE; hospital record numbers MEDICAL_RECORD;
    a routing + account pair US_BANK_NUMBER; a private user's public IP IP_ADDRESS. ``sensitive`` is true
    exactly when ``entities`` is non-empty (asserted).

Contents (seed 20261205)
    pii_karst.jsonl: 496 requests (446 chat, 50 completions) in 25 locale tags; 8 paths x 62 (36 sensitive +
    26 benign: 288 sensitive / 208 benign); 32 of the sensitive ones carry a single incidental value; the benign
    ones span 7 kinds of near-miss (documentation values, organisations' contact points, placeholders / blank
    forms, anonymised text, historical persons, eponyms, reference numbers). en-US and en-GB get extra turns
    in the locale rotation so that the US/UK-only types (SSN, driver's licence, routing/account, NHS) occur.
    complexity_karst.jsonl: 190 requests in 23 language tags: short_simple 45, long_easy 50 (>= 1,500 chars),
    short_hard 50, long_hard 45; 100 (52%) length-adversarial, 95 labelled 1. The run prints all counts,
    the entity totals and how many values of each kind were validated.

Validation
    Every identifier that has check digits is generated with them and validated with python-stdnum (IBAN,
    card Luhn, SSN rules, routing numbers, national/tax/health numbers; NHS check digit computed here and
    validated with stdnum); passports, driver's licences and MRNs (no check digits) follow their national
    formats; documentation IBANs and test cards are validated too; every phone number is validated with ``phonenumbers`` for its
    region; every IP with ``ipaddress`` (private-person IPs global and outside the documentation ranges,
    benign ones inside them). The validation happens on the true value, before the path damages it. The run
    aborts on any invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_karst_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
from stdnum import iban as std_iban, luhn, verhoeff
import stdnum.us.ssn, stdnum.us.rtn, stdnum.gb.nhs, stdnum.de.idnr, stdnum.fr.nir, stdnum.es.dni
import stdnum.it.codicefiscale, stdnum.nl.bsn, stdnum.pl.pesel, stdnum.br.cpf, stdnum.se.personnummer
import stdnum.fi.hetu, stdnum.tr.tckimlik, stdnum.ru.inn, stdnum.ua.rntrc, stdnum.gr.amka, stdnum.gr.vat
import stdnum.in_.aadhaar, stdnum.in_.pan, stdnum.cn.ric, stdnum.jp.in_, stdnum.kr.rrn, stdnum.il.idnr
import stdnum.th.pin, stdnum.cz.rc, stdnum.ro.cnp, stdnum.mx.curp, stdnum.dk.cpr

ROOT = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa')
_CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')


def word_list(text):
    """words: runs of letters, digits, '_' and combining marks (so Devanagari / Thai vowel signs stay inside)."""
    out, cur = [], []
    for ch in text:
        if ch.isalnum() or ch == '_' or unicodedata.category(ch)[0] == 'M':
            cur.append(ch)
        elif cur:
            out.append(''.join(cur))
            cur = []
    if cur:
        out.append(''.join(cur))
    return out


def other_words():
    """Capitalised / non-ASCII words and CJK/Hangul bigrams of the other generators (never printed)."""
    words, bigrams = set(), set()
    for name in FROZEN_AGAINST:
        path = ROOT / f'make_{name}_signal_sets.py'
        if not path.exists():
            continue
        text = path.read_bytes().decode('utf-8', 'replace')
        for w in word_list(text):
            if w[0].isupper() or any(ord(c) > 127 for c in w):
                words.add(w)
                for run in re.findall(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+', w):
                    for i in range(len(run) - 1):
                        bigrams.add(run[i:i + 2])
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()


def clean(entry):
    """True when no word (and no CJK/Hangul bigram) of the entry occurs in the other generators. Text before a
    '^' is an administrative prefix (province, district, 'street', 'city of') and text after a '~' a state / region
    suffix; neither is cut."""
    entry = entry.rsplit('^', 1)[-1].split('~', 1)[0]
    for w in word_list(entry):
        if w in OTHER_WORDS:
            return False
        runs = re.findall(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+', w)
        for run in runs:
            if any(run[i:i + 2] in OTHER_BIGRAMS for i in range(len(run) - 1)):
                return False
    return True


POOL_SIZES = {}


def pool(tag, items):
    items = [s for s in (items.split('|') if isinstance(items, str) else items) if s]
    kept = [s.replace('^', '').replace('~', '') for s in items if clean(s)]
    POOL_SIZES[tag] = (len(kept), len(items))
    if not kept:
        raise SystemExit(f'pool {tag} ran empty after the word cut')
    return kept


# ----------------------------------------------------------------------------------------------------------
# locales: own name / street / city lists (cut against the other generators' words at run time)
# ----------------------------------------------------------------------------------------------------------
# labels: name | address | phone | date of birth | e-mail | "patient/customer" | "signature greeting"
LOCALE_DATA = [
    dict(code='en-US', region='US', order='GF',
         given='Tamsin|Dwight|Maribel|Corwin|Lorna|Ignatius|Shauna|Bertram|Odessa|Wendell|Philippa|Lyle|Rosalind|Thaddeus',
         family='Okonkwo-Reyes|Haverford|Lindqvist|Castellano|Pemberton|Vukovich|Abernathy|Fairweather|Kowalczyk|Stroud|Delacroix|Quimby|Brannigan|Oyelaran',
         streets='Juniper Hollow|Old Mill Creek|Wexford|Sassafras|Tamarack Ridge|Larkspur|Pennington|Chickadee|Ironwood|Buttonbush',
         addr='{n} {s} {t}, {c}, {pc}', types='Rd|Ln|Dr|Ct|Ave',
         cities='Gahanna OH 43230|Bozeman MT 59715|Keizer OR 97303|Dubuque IA 52001|Pflugerville TX 78660|Ypsilanti MI 48197|Hoboken NJ 07030|Kennewick WA 99336',
         mail='gmail.com|yahoo.com|outlook.com|icloud.com|aol.com',
         labels='Name|Home address|Phone|Date of birth|Email|Patient|Best'),
    dict(code='en-GB', region='GB', order='GF',
         given='Ffion|Rhodri|Imogen|Cormac|Niamh|Tobias|Eilidh|Rupert|Saoirse|Declan|Morwenna|Alistair|Hermione|Gethin',
         family='Pritchard|Ashworth|Cunliffe|Blackwood|Llewellyn|Threlfall|Okafor|Haworth|Ferrier|MacAulay|Gosling|Trevelyan|Dunmore|Penhaligon',
         streets='Nettlefield|Coppice|Hawthorn Bank|Wrenfield|Bramblewood|Larchmere|Kingfisher|Foxglove|Millbrook|Rookery',
         addr='{n} {s} {t}, {c} {pc}', types='Road|Lane|Close|Avenue|Crescent',
         cities='Lancaster LA1 4XQ|Totnes TQ9 5HS|Ilkley LS29 8AB|Penarth CF64 1TT|Kendal LA9 4DL|Stroud GL5 1RS|Whitby YO21 3DN|Bangor LL57 2PW',
         mail='btinternet.com|gmail.com|hotmail.co.uk|yahoo.co.uk|outlook.com',
         labels='Name|Address|Tel|DOB|Email|Patient|Kind regards'),
    dict(code='de-DE', region='DE', order='GF',
         given='Wiebke|Hartmut|Gesine|Lorenz|Friederike|Volkmar|Ilse|Jörn|Swantje|Eckhard|Annegret|Malte|Hiltrud|Detlev',
         family='Brinkhaus|Oltmanns|Kühnle|Wachsmuth|Tiedemann|Hollerbach|Schwertfeger|Rademacher|Lüdtke|Bredemeier|Quast|Heinsohn|Ebeling|Pfannkuch',
         streets='Ahornweg|Kastanienallee|Lerchenstieg|Brunnenstraße|Holunderweg|Mühlenkamp|Gartenfelder Straße|Schlehdornweg|Finkenstraße|Wiesengrund',
         addr='{s} {n}, {pc} {c}', types='',
         cities='Lüneburg 21335|Bamberg 96047|Delmenhorst 27749|Görlitz 02826|Meppen 49716|Tübingen 72070|Wismar 23966|Schwerte 58239',
         mail='web.de|gmx.de|t-online.de|posteo.de|gmail.com',
         labels='Name|Anschrift|Telefon|Geburtsdatum|E-Mail|Patient|Viele Grüße'),
    dict(code='fr-FR', region='FR', order='GF',
         given='Ségolène|Gaëtan|Maïwenn|Florian|Bérangère|Thibault|Solène|Anatole|Clémence|Yannick|Héloïse|Baptiste|Gwenaëlle|Aurélien',
         family='Lefebvre-Morin|Kerhervé|Dumoulin|Vasseur|Chauvière|Le Goff|Marchetti|Boissonnet|Taillefer|Guézennec|Rouquette|Castagné|Pelletier|Daubigny',
         streets='des Glycines|du Moulin à Vent|des Tanneurs|de la Charmille|des Coquelicots|du Vieux Puits|des Tilleuls|de la Fontaine Sèche|des Vignerons|du Lavoir',
         addr='{n} {t} {s}, {pc} {c}', types='rue|allée|impasse|chemin|avenue',
         cities='Quimper 29000|Périgueux 24000|Annecy 74000|Niort 79000|Colmar 68000|Vannes 56000|Dole 39100|Millau 12100',
         mail='orange.fr|free.fr|laposte.net|gmail.com|sfr.fr',
         labels='Nom|Adresse|Tél.|Date de naissance|Courriel|Patient|Cordialement'),
    dict(code='es-ES', region='ES', order='GF',
         given='Itziar|Gorka|Nerea|Íñigo|Maite|Ander|Rocío|Fermín|Begoña|Ximo|Leire|Telmo|Amaia|Eneko',
         family='Etxeberria Sanz|Villalobos Mena|Garmendia Ruiz|Cifuentes Prado|Urquijo Gil|Arrieta Lozano|Bengoechea Soto|Zubizarreta Ramos|Olaizola Vidal|Iturbe Campos',
         streets='de los Almendros|del Peñón|de la Alhóndiga|de las Acacias|del Pozo Amargo|de los Tintoreros|de la Noria|del Olivar Viejo',
         addr='{t} {s}, {n}, {fl}, {pc} {c}', types='Calle|Avenida|Paseo|Travesía',
         cities='Logroño 26001|Cáceres 10001|Teruel 44001|Soria 42001|Lugo 27001|Huesca 22001|Ourense 32001|Zamora 49001',
         mail='gmail.com|hotmail.es|yahoo.es|telefonica.net|outlook.es',
         labels='Nombre|Domicilio|Teléfono|Fecha de nacimiento|Correo|Paciente|Un saludo'),
    dict(code='it-IT', region='IT', order='GF',
         given='Ludovica|Ettore|Ginevra|Ottavio|Benedetta|Gianmarco|Ilaria|Tancredi|Noemi|Corrado|Arianna|Leonida|Serena|Ruggero',
         family='Bonfiglioli|Scarpellini|Tagliaferri|Mazzoleni|Benedettini|Cavalcanti|Pizzolato|Sbaraglia|Zanardelli|Fumagalli|Lombardozzi|Rinaldini|Squarcina|Vezzosi',
         streets='dei Gelsomini|delle Fornaci|del Mulino Vecchio|dei Bottai|delle Ginestre|del Pozzo|dei Tessitori|delle Mimose',
         addr='{t} {s} {n}, {pc} {c}', types='Via|Vicolo|Viale|Strada',
         cities='Cremona 26100|Sondrio 23100|Macerata 62100|Rovigo 45100|Matera 75100|Lodi 26900|Rieti 02100|Biella 13900',
         mail='libero.it|virgilio.it|gmail.com|tiscali.it|alice.it',
         labels='Nome|Indirizzo|Tel.|Data di nascita|Email|Paziente|Cordiali saluti'),
    dict(code='nl-NL', region='NL', order='GF',
         given='Femke|Joris|Marieke|Sjoerd|Lieke|Wouter|Anouk|Gijs|Ilse|Teun|Floor|Bram|Nienke|Jelmer',
         family='van der Heijden|Brouwers|Kuipers|de Vries-Lammers|Hoogendoorn|Vermeulen|Dijkstra|Terpstra|van Leeuwen|Groeneveld|Wijnands|Bosman',
         streets='Lindelaan|Kievitstraat|Sluisweg|Berkenhof|Meidoornlaan|Korenbloemstraat|Zwanenhof|Molenwerf',
         addr='{s} {n}, {pc} {c}', types='',
         cities='Zwolle 8011 AB|Deventer 7411 KT|Leeuwarden 8911 BD|Amersfoort 3811 HP|Gouda 2801 JC|Assen 9401 EE|Venlo 5911 AK|Hoorn 1621 CD',
         mail='ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl|xs4all.nl',
         labels='Naam|Adres|Tel.|Geboortedatum|E-mail|Patiënt|Met vriendelijke groet'),
    dict(code='pl-PL', region='PL', order='GF',
         given='Bożena|Grzegorz|Jadwiga|Przemysław|Urszula|Zdzisław|Wiesława|Bartłomiej|Halina|Radosław|Genowefa|Sławomir',
         family='Wróblewska|Szczepański|Grabowska|Przybylski|Kaczmarczyk|Ziółkowska|Pietrzak|Kołodziej|Michalska|Wawrzyniak|Sobczak|Dąbrowski',
         streets='Jaśminowa|Kasztanowa|Łąkowa|Wrzosowa|Pogodna|Słoneczna|Rzemieślnicza|Orzechowa',
         addr='ul. {s} {n}/{ap}, {pc} {c}', types='',
         cities='Bydgoszcz 85-001|Olsztyn 10-001|Rzeszów 35-001|Opole 45-001|Kielce 25-001|Elbląg 82-300|Zamość 22-400|Tarnów 33-100',
         mail='wp.pl|onet.pl|interia.pl|o2.pl|gmail.com',
         labels='Imię i nazwisko|Adres|Tel.|Data urodzenia|E-mail|Pacjent|Pozdrawiam'),
    dict(code='pt-BR', region='BR', order='GF',
         given='Thaís|Josué|Luana|Edivaldo|Rayssa|Cleiton|Jussara|Wellington|Kátia|Adenilson|Maiara|Everaldo',
         family='Nascimento Prates|Albuquerque Lins|Cavalcante Rego|Bezerra Pinto|Figueiredo Assis|Siqueira Braga|Toledo Mourão|Guimarães Paixão|Aragão Leite|Queiroz Maia',
         streets='das Palmeiras Reais|dos Ipês|da Jaqueira|do Cajueiro|das Seriemas|dos Jacarandás|da Boa Sorte|do Buriti',
         addr='{t} {s}, {n}, apto {ap} - {c}, CEP {pc}', types='Rua|Avenida|Travessa',
         cities='Campina Grande - PB 58400-000|Londrina - PR 86010-000|Uberaba - MG 38010-000|Petrolina - PE 56300-000|Joinville - SC 89201-000|Anápolis - GO 75020-000',
         mail='gmail.com|hotmail.com|uol.com.br|bol.com.br|yahoo.com.br',
         labels='Nome|Endereço|Tel|Data de nascimento|E-mail|Paciente|Abs'),
    dict(code='sv-SE', region='SE', order='GF',
         given='Linnéa|Torbjörn|Ebba|Gunnar|Saga|Henning|Ylva|Sixten|Majken|Algot|Tuva|Ragnar',
         family='Sjöberg|Lindqvist-Ek|Hedlund|Forsgren|Åkesson|Blomqvist|Nordström|Ekdahl|Wikström|Lundgren|Bergkvist|Holmgren',
         streets='Björkvägen|Tallstigen|Rönnbärsgatan|Hagtornsvägen|Ekorrstigen|Sjöbodsgatan|Lingonvägen|Vitsippsgatan',
         addr='{s} {n}, {pc} {c}', types='',
         cities='Östersund 831 30|Falun 791 71|Växjö 352 30|Kalmar 392 31|Luleå 972 31|Borås 503 30|Visby 621 55|Skövde 541 30',
         mail='telia.com|gmail.com|hotmail.se|outlook.com|bredband.net',
         labels='Namn|Adress|Tel|Födelsedatum|E-post|Patient|Hälsningar'),
    dict(code='fi-FI', region='FI', order='GF',
         given='Aino|Eino|Venla|Oskari|Iida|Tuomas|Siiri|Lauri|Kerttu|Jaakko|Helmi|Veikko',
         family='Korhonen|Häkkinen|Leppänen|Rautiainen|Tuominen|Kettunen|Nyyssönen|Väisänen|Karjalainen|Hyvärinen|Pesonen|Ahonen',
         streets='Koivukuja|Pihlajatie|Kanervapolku|Mäntyrinne|Kuusitie|Lepikkotie|Sammalkuja|Katajapolku',
         addr='{s} {n} {ap2}, {pc} {c}', types='',
         cities='Kuopio 70100|Jyväskylä 40100|Joensuu 80100|Lappeenranta 53100|Rovaniemi 96100|Seinäjoki 60100|Kajaani 87100|Porvoo 06100',
         mail='gmail.com|luukku.com|hotmail.fi|elisanet.fi|outlook.com',
         labels='Nimi|Osoite|Puh.|Syntymäaika|Sähköposti|Potilas|Terveisin'),
    dict(code='tr-TR', region='TR', order='GF',
         given='Gülşen|Tarkan|Nurcan|Oğuzhan|Şebnem|Volkan|Dilek|Cüneyt|Yeliz|Barış|Sevgül|Erdem',
         family='Karaosmanoğlu|Yazıcıoğlu|Çetinkaya|Tekin|Güleryüz|Akbulut|Özdemirci|Kocabaş|Sarıkaya|Uysal|Demirtaşlı|Ertürk',
         streets='Gül|Menekşe|Çınarlı|Ihlamur|Lale|Kavaklı|Papatya|Nergis',
         addr='{s} Sok. No:{n} D:{ap}, {pc} {c}', types='',
         cities='Eskişehir/Tepebaşı 26010|Denizli/Merkezefendi 20010|Trabzon/Ortahisar 61030|Kayseri/Kocasinan 38010|Samsun/Atakum 55200|Malatya/Battalgazi 44100',
         mail='gmail.com|hotmail.com|yandex.com.tr|outlook.com',
         labels='Ad Soyad|Adres|Tel|Doğum tarihi|E-posta|Hasta|Saygılarımla'),
    dict(code='ru-RU', region='RU', order='FG',
         given='Снежана|Всеволод|Ульяна|Ярослав|Василиса|Глеб|Агния|Тимофей|Злата|Святослав|Любава|Елисей',
         family='Кудрявцева|Пономарёв|Шестакова|Овчинников|Белоусова|Ермолаев|Третьякова|Лапшин|Гусельникова|Мухин|Зимина|Колесников',
         streets='Рябиновая|Черёмуховая|Полевая|Кленовая|Берёзовая|Заречная|Луговая|Сиреневая',
         addr='ул. {s}, д. {n}, кв. {ap}, {c}, {pc}', types='',
         cities='г. Вологда 160000|г. Кострома 156000|г. Псков 180000|г. Тамбов 392000|г. Киров 610000|г. Чебоксары 428000|г. Пенза 440000',
         mail='mail.ru|yandex.ru|rambler.ru|bk.ru|list.ru',
         labels='ФИО|Адрес|Тел.|Дата рождения|Эл. почта|Пациент|С уважением'),
    dict(code='uk-UA', region='UA', order='FG',
         given='Оксана|Тарас|Соломія|Богдан|Ярина|Остап|Мирослава|Назар|Зоряна|Любомир|Уляна|Данило',
         family='Ковальчук|Гнатюк|Литвиненко|Бойчук|Савчук|Дорошенко|Кравець|Мельничук|Гуменюк|Стасюк|Ткачук|Захарченко',
         streets='Вишнева|Калинова|Квітнева|Садова|Соборна|Липова|Яблунева|Городоцька',
         addr='вул. {s}, {n}, кв. {ap}, м. {c}, {pc}', types='',
         cities='Тернопіль 46001|Вінниця 21001|Житомир 10001|Полтава 36000|Ужгород 88000|Чернігів 14000|Рівне 33000',
         mail='ukr.net|gmail.com|i.ua|meta.ua',
         labels='ПІБ|Адреса|Тел.|Дата народження|Ел. пошта|Пацієнт|З повагою'),
    dict(code='el-GR', region='GR', order='GF',
         given='Ευανθία|Σπυρίδων|Χρυσούλα|Παναγιώτης|Δέσποινα|Θεμιστοκλής|Ασπασία|Ευάγγελος|Καλλιόπη|Στυλιανός',
         family='Παπαδοπούλου|Κωνσταντινίδης|Χατζηγεωργίου|Μαυρομμάτης|Τσακίρη|Λαμπρόπουλος|Ζαχαρίου|Καραμανλής-Ρήγα|Σταυρίδου|Μπακογιάννης',
         streets='Ανθέων|Κυπαρισσίων|Ελαιώνος|Αμυγδαλιάς|Πλατάνων|Λεμονιάς|Μυρτιάς|Ροδακινιάς',
         addr='{s} {n}, {pc} {c}', types='',
         cities='Λάρισα 41222|Βόλος 38221|Καλαμάτα 24100|Ιωάννινα 45221|Χανιά 73100|Κομοτηνή 69100|Τρίκαλα 42100',
         mail='gmail.com|yahoo.gr|hotmail.com|otenet.gr',
         labels='Ονοματεπώνυμο|Διεύθυνση|Τηλ.|Ημ. γέννησης|Email|Ασθενής|Με εκτίμηση'),
    dict(code='hi-IN', region='IN', order='GF',
         given='सुलोचना|हर्षवर्धन|मृणालिनी|देवव्रत|शर्मिष्ठा|अनिरुद्ध|वसुंधरा|ऋत्विक|कादंबरी|प्रियव्रत|हेमलता|युधिष्ठिर',
         family='चतुर्वेदी|भार्गव|त्रिपाठी|कुलश्रेष्ठ|अग्निहोत्री|बाजपेयी|रस्तोगी|खंडेलवाल|पुरोहित|सक्सेना',
         streets='गुलमोहर मार्ग|नीम गली|कदंब विहार|अशोक वाटिका लेन|चंपा गली|पलाश नगर',
         addr='मकान नं. {n}, {s}, {c} {pc}', types='',
         cities='कानपुर 208001|ग्वालियर 474001|उदयपुर 313001|वाराणसी 221001|देहरादून 248001|जबलपुर 482001',
         mail='gmail.com|rediffmail.com|yahoo.co.in|outlook.com',
         labels='नाम|पता|फ़ोन|जन्म तिथि|ईमेल|मरीज़|धन्यवाद'),
    dict(code='zh-CN', region='CN', order='FG',
         given='婉清|子墨|思彤|皓轩|雨桐|俊熙|语嫣|泽宇|若溪|铭哲|晓岚|嘉树|芷若|煜祺',
         family='欧阳|司马|上官|诸葛|慕容|皇甫|钟离|宇文|尉迟|公孙|令狐|东方',
         streets='梧桐路|银杏巷|丁香街|紫藤路|海棠巷|玉兰大道|桂花路|枫林路',
         addr='{c}{s}{n}号{ap}室', types='',
         cities='浙江省绍兴市越城区|江苏省扬州市广陵区|福建省泉州市丰泽区|湖南省岳阳市岳阳楼区|四川省绵阳市涪城区|山东省潍坊市奎文区',
         mail='qq.com|163.com|126.com|sina.com',
         labels='姓名|住址|电话|出生日期|邮箱|患者|此致'),
    dict(code='ja-JP', region='JP', order='FG',
         given='千尋|遥斗|紗季|颯太|琴音|湊|柚月|蒼真|菜々子|悠真|澪|朔也',
         family='鷲尾|樋渡|嶋津|久我|篠宮|蓮見|早乙女|御子柴|栗栖|桐ヶ谷|雲母坂|東雲',
         streets='桜ヶ丘|若葉台|緑町|旭町|栄町|梅ヶ枝',
         addr='〒{pc} {c}{s}{n}丁目{ap}番{ap2}号', types='',
         cities='静岡県浜松市中区|長野県松本市|岡山県倉敷市|石川県金沢市|宮城県仙台市青葉区|熊本県熊本市中央区',
         mail='docomo.ne.jp|ezweb.ne.jp|yahoo.co.jp|gmail.com',
         labels='氏名|住所|電話|生年月日|メール|患者|よろしくお願いいたします'),
    dict(code='ko-KR', region='KR', order='FG',
         given='서윤|도윤|하린|시우|지안|은호|채원|건우|나연|준서|다온|태이',
         family='남궁|제갈|선우|황보|독고|사공|서문|동방|탁|편|봉|여',
         streets='은행나무로|벚꽃길|솔밭로|매화길|느티나무로|단풍길',
         addr='{c} {s} {n}, {ap}동 {ap2}호', types='',
         cities='경기도 수원시 영통구|충청북도 청주시 흥덕구|전라북도 전주시 완산구|경상남도 창원시 의창구|강원도 춘천시|대전광역시 유성구',
         mail='naver.com|daum.net|hanmail.net|gmail.com',
         labels='성명|주소|전화|생년월일|이메일|환자|감사합니다'),
    dict(code='he-IL', region='IL', order='GF',
         given='נועה|איתמר|שירה|אלעד|מאיה|עידו|הדס|יובל|ליאורה|אביתר|תמר|נתנאל',
         family='בן-שושן|אלמוג|רוזנבלום|שטרנברג|אזולאי|גולדפרב|בירנבאום|חדד|פרלמוטר|וקנין',
         streets='הדקל|התאנה|הרימון|השקמה|האלה|הצבר|החרוב|הגפן',
         addr='רח\' {s} {n}, דירה {ap}, {c} {pc}', types='',
         cities='רחובות 7630000|כפר סבא 4420000|נהריה 2210000|אשקלון 7810000|רעננה 4350000|עפולה 1810000',
         mail='gmail.com|walla.co.il|bezeqint.net|012.net.il',
         labels='שם|כתובת|טלפון|תאריך לידה|דוא"ל|מטופל|בברכה'),
    dict(code='ar-AE', region='AE', order='GF',
         given='ريم|عبدالرحمن|شيخة|سلطان|موزة|حمدان|مريم|راشد|عائشة|خليفة|نورة|سيف',
         family='المزروعي|الكعبي|الظاهري|النعيمي|الشامسي|المهيري|السويدي|الفلاسي|الحمادي|البلوشي',
         streets='شارع الخزامى|شارع السدر|شارع الغاف|شارع الياسمين|شارع النخيل الشرقي|شارع الريحان',
         addr='فيلا {n}، {s}، {c}، الإمارات', types='',
         cities='العين - حي الجيمي|رأس الخيمة - حي النخيل|الشارقة - حي القرائن|عجمان - حي الروضة|الفجيرة - حي مربح|أبوظبي - حي الخالدية',
         mail='gmail.com|hotmail.com|eim.ae|yahoo.com',
         labels='الاسم|العنوان|الهاتف|تاريخ الميلاد|البريد الإلكتروني|المريض|مع التحية'),
    dict(code='th-TH', region='TH', order='GF',
         given='กมลชนก|ธนวัฒน์|ปิยธิดา|ณัฐพล|วรรณิษา|ศุภชัย|พิมพ์ชนก|อัครพล|ชลธิชา|ภูริทัต',
         family='ศรีสุวรรณ|วงศ์ประเสริฐ|ทองมณี|บุญญาศิริ|เจริญรัตน์|แก้วประดิษฐ์|สุขเกษม|พรหมวงศ์|ชัยมงคล|อินทรสุวรรณ',
         streets='ซอยลำไย|ซอยมะปราง|ซอยกระถิน|ซอยชมพู่|ซอยตะแบก|ซอยพิกุล',
         addr='{n}/{ap} {s} {c} {pc}', types='',
         cities='ต.ช้างเผือก อ.เมือง จ.เชียงใหม่|ต.ในเมือง อ.เมือง จ.ขอนแก่น|ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา|ต.ท่าอิฐ อ.ปากเกร็ด จ.นนทบุรี|ต.หนองปรือ อ.บางละมุง จ.ชลบุรี',
         mail='gmail.com|hotmail.com|yahoo.co.th|outlook.co.th',
         labels='ชื่อ-นามสกุล|ที่อยู่|โทร|วันเกิด|อีเมล|ผู้ป่วย|ขอบคุณครับ'),
    dict(code='cs-CZ', region='CZ', order='GF',
         given='Květoslava|Bohumil|Radka|Vratislav|Jitka|Čestmír|Zdeňka|Přemysl|Ludmila|Vojtěch|Blažena|Dalibor',
         family='Procházková|Kratochvíl|Šťastná|Doležal|Vaňková|Hruška|Pospíšilová|Kadlec|Štěpánková|Bednář|Zelenková|Machala',
         streets='Šeříková|Jabloňová|Lipová alej|Polní|Za Mlýnem|Na Výsluní|Třešňová|U Rybníka',
         addr='{s} {n}/{ap}, {pc} {c}', types='',
         cities='Jihlava 586 01|Olomouc 779 00|Písek 397 01|Kolín 280 02|Třebíč 674 01|Trutnov 541 01',
         mail='seznam.cz|email.cz|centrum.cz|gmail.com',
         labels='Jméno|Adresa|Tel.|Datum narození|E-mail|Pacient|S pozdravem'),
    dict(code='ro-RO', region='RO', order='GF',
         given='Ileana|Sorin|Mădălina|Cătălin|Roxana|Dorin|Violeta|Ovidiu|Lăcrămioara|Tudor|Anca|Florin',
         family='Ionescu-Dobre|Rădulescu|Munteanu|Stoica|Vasilescu|Dumitrache|Pârvulescu|Zamfir|Negoiță|Ciobanu|Tănase|Bălan',
         streets='Teilor|Salcâmilor|Zorilor|Castanilor|Viorelelor|Plopilor|Trandafirilor|Frasinului',
         addr='Str. {s} nr. {n}, bl. {ap2}, ap. {ap}, {c} {pc}', types='',
         cities='Sibiu 550003|Brașov 500007|Oradea 410001|Suceava 720004|Pitești 110001|Bacău 600001',
         mail='yahoo.com|gmail.com|yahoo.ro|outlook.com',
         labels='Nume|Adresa|Tel.|Data nașterii|E-mail|Pacient|Cu stimă'),
    dict(code='es-MX', region='MX', order='GF',
         given='Guadalupe|Xóchitl|Eréndira|Cuauhtémoc|Itzel|Tonatiuh|Nayeli|Moctezuma|Yatziri|Ulises|Citlali|Abundio',
         family='Hernández Tlapa|Ocampo Ruelas|Zúñiga Paredes|Villaseñor Ibarra|Cervantes Loera|Quintero Mata|Bustamante Rosales|Arreola Ochoa|Candelas Frausto|Rentería Solís',
         streets='Jacarandas|Ahuehuetes|Colorines|Tabachines|Huizaches|Mezquites|Ocotillos|Nopaleras',
         addr='{t} {s} {n} Int. {ap}, Col. {c}, C.P. {pc}', types='Calle|Privada|Cerrada|Andador',
         cities='Las Arboledas, Celaya, Gto.|El Mirador, Morelia, Mich.|San Benito, Hermosillo, Son.|Jardines del Sur, Xalapa, Ver.|Valle Dorado, Tepic, Nay.',
         mail='gmail.com|hotmail.com|prodigy.net.mx|yahoo.com.mx|outlook.com',
         labels='Nombre|Domicilio|Tel.|Fecha de nacimiento|Correo|Paciente|Saludos'),
]


# more candidates per locale (rare given names; surnames, streets and CJK / Thai names built from parts)
def combos(a, b, sep=''):
    return '|'.join(x + sep + y for x in a.split() for y in b.split())


EXTRA = {
    'en-US': dict(given='Marisol Eustace Delphine Royce Ottilie Ambrose Wilhelmina Hollis Clementine Lowell Henrietta Garrick Evangeline Emmett Roslyn Thurston Magnolia Cletus Perpetua Alvin',
                  family=combos('Haver Ash Birch Thorn Holly Fen Wick Brook Cran Stan Marl Dun', 'ridge worth ford ley combe stead'),
                  streets=combos('Sorrel Quince Hemlock Foxtail Bittern Spicebush Heron Teasel Yarrow Pawpaw', 'wood hollow glen'),
                  cities='Ottumwa~ IA 52501|Kalispell~ MT 59901|Tullahoma~ TN 37388|Cheyenne~ WY 82001|Stillwater~ OK 74074|Bangor~ ME 04401|Wenatchee~ WA 98801|Hagerstown~ MD 21740'),
    'en-GB': dict(given='Isolde Crispin Tamsyn Hamish Bryony Fergus Araminta Lachlan Marigold Peregrine Ottoline Jago Clemency Torquil Wenna Iolo Elspeth Ruaridh Cerys Tudor Kerensa Jowan Demelza Piran Morveren Ruan Tegen Kenver Lowenna Treeve',
                  family=combos('Ash Thorn Brack Hal Wether Pen Tre Nan Kel Stan', 'combe field ley wick garth thwaite'),
                  streets='Bilberry|Teasel|Sloe|Whinchat|Harebell|Cowslip|Yellowhammer|Damson|Tansy|Sedge|Alder Carr|Heathfield',
                  cities='Keswick CA12 5DQ|Ludlow SY8 1AA|Hexham NE46 1AA|Bideford EX39 2QQ|Sedbergh LA10 5AA|Llandeilo SA19 6AA|Dornoch IV25 3SN|Alnwick NE66 1AA'),
    'de-DE': dict(given='Edeltraud Gernot Irmtraud Hartwig Roswitha Reinhold Waltraud Siegfried Gudrun Wolfram Liesel Baldur Hedwig Ortwin Sieglinde Gisbert Mechthild Eberhard',
                  family=combos('Brink Holz Stein Lind Eich Wald Mühl Kamp Hage Ross', 'hauer meyer kötter brügge hövel bräuker'),
                  streets=combos('Schlehen Wacholder Ginster Erlen Haselnuss Brombeer Quitten Weiden', 'weg stieg'),
                  cities='Itzehoe 25524|Zittau 02763|Wunsiedel 95632|Bad Segeberg 23795|Rotenburg 27356|Sonneberg 96515|Osterode 37520|Hameln 31785'),
    'fr-FR': dict(given='Bertille Gonzague Apolline Anselme Capucine Corentin Eulalie Tanguy Philippine Ghislain Ombeline Enguerrand Albane Côme Domitille Gildas Anaïs Ferréol Clothilde Hippolyte Isaure Evariste Sidonie Marius Zélie Octave',
                  family=combos('Kerg Le Bor Mal Tré Gué Plou Lan', 'uélen oalec rivain gadec bihan hervé'),
                  streets='des Sureaux|des Arbousiers|de la Garenne|des Églantiers|du Clos Fleuri|des Ajoncs|de la Hulotte|des Genêts d\'Or',
                  cities='Lannion 22300|Figeac 46100|Saint-Flour 15100|Guéret 23000|Mende 48000|Pontivy 56300|Aurillac 15000|Lodève 34700'),
    'es-ES': dict(given='Ainhoa Unai Edurne Iker Garazi Aitor Irati Oier Ziortza Julen Arantxa Mikel Uxue Asier Nekane Xabier Iciar Koldo Jaione Imanol Miren Ibai Idoia Urtzi Maialen Eñaut Olatz Gaizka Zuriñe Haritz Nahia Beñat Sorkunde Xabat Itxaso Aritz Meritxell Oriol Xiana Brais Uxía Anxo Iria Breixo',
                  family=combos('Goiko Olabe Ibarguen Zuaz Mendi Larra Echa Urru', 'etxea rria goitia zabal buru') + '|Recuenco|Valdeolmillos|Carrascosa|Peñalver|Montesinos|Villaverde|Escribano|Cantalejo',
                  streets='de los Alfareros|de la Retama|del Madroño|de las Adelfas|del Sabinar|de la Jara|de los Arces|del Cierzo',
                  cities='Tolosa 20400|Azpeitia 20730|Barbastro 22300|Alcañiz 44600|Plasencia 10600|Astorga 24700|Tudela 31500|Jaca 22700'),
    'it-IT': dict(given='Ippolita Tarcisio Clelia Ermanno Ottavia Filiberto Marzia Cosimo Brunilde Rosalbino Teodolinda Gervasio Zelinda Amedeo Ortensia Nazzareno Assunta Gualtiero Immacolata Ulderico',
                  family=combos('Scarp Bort Zan Fav Morand Bell Picc Vettor', 'arelli olotto ini ato etti'),
                  streets='dei Pescatori Vecchi|delle Rogge|del Vignale|dei Mandorli|delle Acacie|del Carmine Basso',
                  cities='Bassano del Grappa 36061|Chioggia 30015|Fidenza 43036|Urbino 61029|Sulmona 67039|Alghero 07041'),
    'nl-NL': dict(given='Hilde Siebe Tjitske Folkert Geertje Wubbo Aaltje Hidde Trijntje Sietse Anneke Douwe Grietje Reinder Hiltje Feike Wietske Harmen',
                  family=combos('Hoog Klein Groot Ooster Wester Noord Zuider', 'veld huis dijk broek kamp werf'),
                  streets=combos('Lijsterbes Hazelaar Vlier Reiger Meerkoet Zilverschoon', 'laan straat hof'),
                  cities='Meppel 7941 AA|Harderwijk 3841 AA|Tiel 4001 AA|Zierikzee 4301 AA|Sneek 8601 AA|Winterswijk 7101 AA'),
    'pl-PL': dict(given='Bronisława Wiesław Stanisława Czesław Leokadia Bogumił Eugenia Mirosław Apolonia Jarosław Helena Zbigniew Teodozja Ludomir Kunegunda Wacław Zenobia Bolesław Florentyna Wszebor Gertruda Gerwazy',
                  family='|'.join(r + s for r in 'Grzyb Brzozow Wierzb Jodłow Świerkow Ostrow Jasionow Olszew'.split() for s in ('ska', 'ski')),
                  streets='Jarzębinowa|Konwaliowa|Bursztynowa|Kminkowa|Storczykowa|Sasankowa|Kalinowa|Wiązowa',
                  cities='Sandomierz 27-600|Przemyśl 37-700|Łomża 18-400|Ełk 19-300|Sanok 38-500|Kłodzko 57-300'),
    'pt-BR': dict(given='Jucélia Valdemir Rosângela Gilmar Cleonice Joselito Marinalva Edivan Lucineide Reginaldo Francinete Adailton',
                  family='Vasconcelos|Bittencourt|Magalhães|Cordeiro|Brandão|Meireles|Sampaio|Quintela|Tavares|Rebouças|Damasceno|Cerqueira|Valadares|Junqueira|Mascarenhas|Sobreira|Falcão|Pimentel|Guedes|Norões|Carvalhedo|Bulhões',
                  streets='das Quaresmeiras|dos Cambarás|da Mangabeira|do Pequizeiro|das Sucupiras|dos Angicos',
                  cities='Crato~ - CE 63100-000|Garanhuns~ - PE 55290-000|Parintins~ - AM 69150-000|Itajubá~ - MG 37500-000|Guarapuava~ - PR 85010-000|Cametá~ - PA 68400-000|Mossoró~ - RN 59600-000|Itabuna~ - BA 45600-000|Chapecó~ - SC 89800-000|Sobral~ - CE 62010-000|Marabá~ - PA 68500-000'),
    'sv-SE': dict(given='Gunborg Folke Signe Evert Britta Helge Sonja Arvid Elvira Ture Dagny Valdemar Ingegerd Gottfrid Ebba-Stina Olof Gunvor Sture Birgitta Hjalmar',
                  family=combos('Sjö Ek Lind Björk Ask Gran Löv Sten', 'dahl holm bäck myr vik lund'),
                  streets=combos('Blåbärs Hjortron Ljung Mossa Rönnbärs Kvitten', 'stigen vägen'),
                  cities='Hudiksvall 824 30|Sala 733 30|Arvika 671 31|Ljungby 341 30|Mora 792 30|Kiruna 981 31'),
    'fi-FI': dict(given='Lempi Urho Sylvi Toivo Impi Väinö Martta Onni Elli Aarne Hilja Reino Tyyne Eetu Alli Aukusti Vieno Kalervo',
                  family=combos('Kivi Koski Lampi Salo Vuori Harju Kangas Laakso Ranta Suo', 'mäki aho niemi lahti järvi korpi'),
                  streets=combos('Kataja Vadelma Puolukka Haapa Tervas Sarajas', 'kuja polku'),
                  cities='Savonlinna 57100|Iisalmi 74100|Raahe 92100|Kemi 94100|Forssa 30100|Loviisa 07900'),
    'tr-TR': dict(given='Nesrin Tayfun Gönül Kutay Sevim Alparslan Feride Orhun Müjgan Tolga Nilüfer Kaan Hülya Sinan Bahar Çağatay Gülizar Oktay Şükran Yiğit',
                  family=combos('Kara Ak Demir Gök Yıldız Taş Ay Er', 'gündüz soylu bilek yurt kaya dağ'),
                  streets='Kestane|Ardıç|Ayva|Zakkum|Begonya|Sümbül|Defne|Manolya',
                  cities='Kastamonu/Merkez 37100|Bartın/Merkez 74100|Amasya/Merkez 05100|Çorum/Merkez 19100|Bolu/Merkez 14100|Sinop/Merkez 57000'),
    'ru-RU': dict(given='Ефросинья Аристарх Пелагея Савва Евдокия Прохор Серафима Платон Аглая Ипполит Феврония Мирон Олимпиада Фрол Феодосия Варфоломей Ксения Ираклий Милица Парамон Таисия Евстафий',
                  family='|'.join(r + s for r in 'Рябинин Клюквин Черемшин Камышин Осокин Вересков Лапотников Суховеев'.split() for s in ('а', '')),
                  streets='Можжевеловая|Облепиховая|Ивовая|Калиновая|Ореховая|Брусничная',
                  cities='г. ^Кинешма 155800|г. ^Галич 157201|г. ^Вязники 601440|г. ^Котлас 165300|г. ^Торжок 172002|г. ^Елец 399770'),
    'uk-UA': dict(given='Устина Северин Орися Зиновій Мирослава Ярема Дзвенислава Лукян Ганна Всеволод Ївга Любомир Дзвінка Богуслав Іванна Остромир Євдокія Ярополк Одарка Гордій Мотрона Охрім Явдоха Свирид',
                  family=combos('Дуб Гай Верб Круш Остап Лук', 'чук енко ишин'),
                  streets='Ялинкова|Ожинова|Горобинова|Барвінкова|Сливова|Черешнева',
                  cities='м. ^Коломия 78200|м. ^Дрогобич 82100|м. ^Ніжин 16600|м. ^Умань 20300|м. ^Мукачево 89600|м. ^Бердичів 13300'),
    'el-GR': dict(given='Αφροδίτη Ιάκωβος Ευτέρπη Λεωνίδας Πολυξένη Χαράλαμπος Ουρανία Αριστείδης Σμαράγδα Τιμολέων Ερασμία Μιλτιάδης Ευδοξία Φώτιος Ανθούλα Παντελής Κυριακή Σωτήριος',
                  family='|'.join(r + s for r in 'Μαυρογιάνν Φραγκιαδάκ Ζερβουδάκ Τζανετάκ Καλογεράκ Σφακιανάκ'.split() for s in ('η', 'ης')),
                  streets='Ευκαλύπτων|Ιτιάς|Γαρδένιας|Κρίνων|Βιολετών|Δάφνης',
                  cities='Ναύπλιο 21100|Πρέβεζα 48100|Καστοριά 52100|Φλώρινα 53100|Άργος 21200|Σπάρτη 23100'),
    'hi-IN': dict(given='ऋतम्भरा ध्रुवेश अम्बालिका वेदांत चित्रांगदा शौर्यवीर सुकन्या अथर्वण दमयन्ती मनोजव यशोधरा विहान इरावती तेजस्वन ' +
                        ' '.join(f + ' ' + m for f, m in zip(combos('नील सौम्य हेम दिव्य', 'प्रभा लता रेखा').split('|'), combos('यश ज्ञान चंद्र प्रभ', 'केतु वर्धन मणि').split('|'))),
                  family='सोमानी|डालमिया|पोद्दार|बियानी|लोहिया|रुंगटा|तापड़िया|मूंदड़ा|काबरा|नेवटिया|केडिया|झंवर|बाहेती|लड्ढा|' + combos('मालवण कुडाळ देवगड राजापूर पाटण वेंगुर्ले सावंतवाडी चिपळूण', 'कर'),
                  streets='चमेली~ कुंज|मौलश्री~ मार्ग|कचनार~ गली|सेमल~ विहार|हरसिंगार~ लेन|अमलतास~ नगर|पारिजात~ एन्क्लेव|कदंब~ कॉलोनी|शिरीष~ मार्ग|बकुल~ विहार|सप्तपर्णी~ नगर|महुआ~ गली',
                  cities='^बीकानेर 334001|^बहराइच 271801|^सीकर 332001|^रतलाम 457001|^झांसी 284001|^हल्द्वानी 263139'),
    'zh-CN': dict(given=combos('沐 昕 砚 槿 岑 霁 璟 湘 禾 翊', '之 舟 禾 宁 远 川 笙 棠'),
                  family='|'.join(list('阙冼粟邝晏仉郜滕糜鄢')),
                  streets=combos('槐 榆 楝 枇杷 杜若 蔷薇', '里 弄 巷'),
                  cities='江西省九江市^濂溪区|安徽省黄山市^屯溪区|广西壮族自治区桂林市^叠彩区|甘肃省天水市^麦积区|河北省保定市^莲池区|云南省大理市^下关镇'),
    'ja-JP': dict(given=combos('柚 朔 凪 紬 璃 晴 楓 蒼', '葉 真 希 斗 乃 人'),
                  family=combos('鷲 樋 嶋 篠 栗 榊 柊 楢', '尾 渡 津 宮 栖 沢'),
                  streets=combos('鶴 雀 藤 楓 梓', 'ヶ丘 見台 野町'),
                  cities='福井県^鯖江市|山形県^鶴岡市|鳥取県^米子市|高知県^四万十市|秋田県^横手市|佐賀県^唐津市'),
    'ko-KR': dict(given=combos('윤 서 하 도 린 온 결 솔', '슬 담 별 율 음 겸'),
                  family='|'.join('탁 편 봉 여 빈 옹 용 추 국 연'.split()),
                  streets=combos('살구 앵두 모과 자두 다래', '나무로 꽃길'),
                  cities='경상북도 ^안동시|전라남도 ^순천시|충청남도 ^공주시|강원도 ^강릉시|경상남도 ^통영시|충청북도 ^제천시'),
    'he-IL': dict(given='אביגיל|שמריהו|צביה|אלנתן|יוכבד|אליקים|רעות|עמיחי|תהילה|הראל|אפרת|נריה|שלומית|בצלאל|אסנת|יהונתן|ציפורה|גדליה',
                  family=combos('זילבר גרינ בלומנ שטרנ וייס רוזנ', 'בוים פלד טל שטיין ברג'),
                  streets='^הלוטם|^הכלנית|^הזית|^האשחר|^הרקפת|^השיטה|^החצב|^האירוס',
                  cities='^קריית טבעון 3600000|^זכרון יעקב 3090000|^בית שאן 1100000|^ירוחם 8050000|^מעלות 2101000|^שדרות 8710000'),
    'ar-AE': dict(given='عفراء|عبدالمحسن|ميثاء|عبدالباسط|هند|عبدالودود|اليازية|سهيل|شما|ذياب|حصة|منصور',
                  family='الرميثي|الزعابي|الطنيجي|الغفلي|الكتبي|العامري|الحوسني|القبيسي|المرر|النقبي|الخييلي|الدرعي',
                  streets='شارع ^السمر|شارع ^الصبار|شارع ^القرم|شارع ^الرمرام|شارع ^الحنظل|شارع ^العوسج',
                  cities='العين - حي ^المقام|رأس الخيمة - حي ^الظيت|الشارقة - حي ^الرحمانية|الفجيرة - حي ^سكمكم|دبا - حي ^الغرفة|كلباء - حي ^الصف'),
    'th-TH': dict(given=combos('ปุณ ธีร ภัท อิส นภ ศศิ กันต์', 'วัฒน์ รดา ชา ภณ นันท์ ธร'),
                  family=combos('บุญ ทอง แก้ว ศรี สุข', 'ประเสริฐกุล รุ่งเรืองชัย มณีวงศ์ วิเศษสิทธิ์'),
                  streets='ซอย^ประดู่|ซอย^มะขามป้อม|ซอย^ตะโก|ซอย^กันเกรา|ซอย^ราชพฤกษ์',
                  cities='ต.^เวียง อ.^เมือง จ.^น่าน|ต.^ในเมือง อ.^เมือง จ.^สุรินทร์|ต.^ท่าวัง อ.^เมือง จ.^นครศรีธรรมราช|ต.^หัวเวียง อ.^เมือง จ.^ลำปาง|ต.^บ้านเหนือ อ.^เมือง จ.^กาญจนบุรี'),
    'cs-CZ': dict(given='Bohumila Kvido Vlasta Ctibor Drahomíra Lubor Libuše Bořivoj Zdislava Jaromír Miloslava Svatopluk Boleslava Kryštof Jarmila Vavřinec Věnceslava Ctirad Hedvika Radovan',
                  family='|'.join(r + s for r in 'Kubát Hořejš Vondrák Šindelář Rybář Kalous'.split() for s in ('ová', '')),
                  streets='Kaštanová|Bezová|Jeřábková|Hlohová|Trnková|Javorová|Lísková|Mirabelková',
                  cities='Domažlice 344 01|Sušice 342 01|Jeseník 790 01|Rokycany 337 01|Litomyšl 570 01|Kroměříž 767 01'),
    'ro-RO': dict(given='Smaranda Vlaicu Floarea Horia Ilinca Radu-Mihai Lucreția Gheorghiță Viorica Traian Domnica Iacob Oltița Mircea-Vlad Firuța Ieremia Zamfira Toma',
                  family=combos('Pop Stan Lup Neag Drag Bratu', 'escu oiu ovici'),
                  streets='Măceșului|Socului|Arinului|Liliacului|Gutuilor|Nucului',
                  cities='Sighișoara 545400|Făgăraș 505200|Mediaș 551001|Turda 401001|Câmpulung 115100|Caracal 235200'),
    'es-MX': dict(given='Zyanya Tlacaelel Itzayana Cuitláhuac Xiadani Nezahual Atzin Izcóatl Yoloxóchitl Tenoch Amaranta Ehécatl Maricruz Heriberto Nayelli Eleuterio Xitlali Rigoberto Anahí Filemón',
                  family='Tlapa|Ruelas|Frausto|Loera|Olguín|Cázares|Mendívil|Arriaga|Tapia|Alcaraz|Valenzuela|Gastélum|Quiñones|Amezcua|Bojórquez|Urías|Verdugo|Zamudio',
                  streets='Guamúchiles|Zapotes|Pitahayas|Capulines|Guayabos|Tejocotes',
                  cities='Los Sauces, ^Zacatecas~, Zac.|Lomas del Valle, ^Colima~, Col.|San Pedro, ^Tlaxcala~, Tlax.|El Carmen, ^Campeche~, Camp.|La Loma, ^Pachuca~, Hgo.'),
}
for _d in LOCALE_DATA:
    _x = EXTRA[_d['code']]
    for _k in ('given', 'family', 'streets', 'cities'):
        if _k in _x:
            _v = _x[_k]
            if _k == 'given' and '|' not in _v:
                _v = '|'.join(_v.split())
            if _k == 'family' and '|' not in _v and ' ' in _v:
                _v = '|'.join(_v.split())
            _d[_k] = _d[_k] + '|' + _v


# ----------------------------------------------------------------------------------------------------------
# value generators (validated before any damage)
# ----------------------------------------------------------------------------------------------------------

VALIDATED = collections.Counter()


def check(ok, what, value):
    if not ok:
        raise SystemExit(f'invalid generated {what}: {value!r}')
    VALIDATED[what] += 1


def fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('ß', 'ss').replace('ı', 'i')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if c.isascii() and (c.isalnum() or c in '.-_'))


def digits(rng, n, first='0123456789'):
    return rng.choice(first) + ''.join(rng.choice('0123456789') for _ in range(n - 1))


def until(rng, make, valid, what, tries=20000):
    for _ in range(tries):
        v = make()
        if valid(v):
            VALIDATED[what] += 1
            return v
    raise SystemExit(f'could not generate a valid {what}')


NANP_AREAS = [206, 215, 303, 312, 319, 404, 412, 425, 469, 503, 512, 541, 563, 612, 614, 616, 702, 717, 734, 757,
              763, 801, 812, 919, 971]


def phone_number(rng, region):
    """A valid phone number for region, as (international, national) strings."""
    def make():
        if region == 'US':
            ex = rng.randrange(201, 999)
            while ex == 555 or ex % 100 == 11:
                ex = rng.randrange(201, 999)
            s = f'+1{rng.choice(NANP_AREAS)}{ex}{digits(rng, 4)}'
            return phonenumbers.parse(s, None)
        ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        nat = str(ex.national_number)
        keep = max(2, len(nat) - 6)
        if region == 'GB':
            nat, keep = '7' + rng.choice('4589') + digits(rng, 8), 2
        new = nat[:keep] + digits(rng, len(nat) - keep)
        return phonenumbers.parse(f'+{ex.country_code}{new}', None)
    for _ in range(5000):
        p = make()
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            nat = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
            if region == 'GB' and nat.startswith('07700 900'):
                continue
            VALIDATED['phone'] += 1
            return (phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL), nat)
    raise SystemExit(f'no valid phone for {region}')


def luhn_complete(prefix, length, rng):
    body = prefix + ''.join(rng.choice('0123456789') for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def card_number(rng):
    kind = rng.choice(['visa', 'mc', 'amex', 'visa'])
    if kind == 'amex':
        n = luhn_complete(rng.choice(['34', '37']), 15, rng)
        disp = f'{n[:4]} {n[4:10]} {n[10:]}'
    else:
        n = luhn_complete('4' if kind == 'visa' else str(rng.randrange(51, 56)), 16, rng)
        disp = ' '.join(n[i:i + 4] for i in range(0, 16, 4))
    check(luhn.is_valid(n) and n not in TEST_CARDS, 'credit_card', n)
    return disp


TEST_CARDS = ['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005', '4000056655665556',
              '5105105105105100', '4012888888881881']

IBAN_BBAN = {'DE': '########' + '##########', 'FR': '##########' + 'AAAAAAAAAAA' + '##', 'ES': '#' * 20,
             'IT': 'X' + '#' * 10 + 'A' * 12, 'NL': 'BBBB' + '#' * 10, 'PL': '#' * 24, 'BR': '#' * 23 + 'C1',
             'SE': '#' * 20, 'FI': '#' * 14, 'TR': '#####0' + '#' * 16, 'GR': '#' * 23, 'CZ': '#' * 20,
             'RO': 'BBBB' + 'A' * 16, 'AE': '#' * 19, 'IL': '#' * 19, 'GB': 'BBBB' + '#' * 14, 'UA': '#' * 25}
BANK_CODES = {'NL': ['RABO', 'INGB', 'ABNA', 'SNSB', 'TRIO'], 'GB': ['BARC', 'LOYD', 'HBUK', 'NWBK', 'MIDL'],
              'RO': ['BTRL', 'RNCB', 'BRDE', 'INGB']}


def iban_number(rng, cc):
    pattern = IBAN_BBAN[cc]

    def make():
        out = []
        for ch in pattern:
            if ch == '#':
                out.append(rng.choice('0123456789'))
            elif ch == 'A':
                out.append(rng.choice('0123456789'))
            elif ch == 'X':
                out.append(rng.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ'))
            elif ch == 'B':
                pass
            else:
                out.append(ch)
        bban = ''.join(out)
        if 'BBBB' in pattern:
            bban = rng.choice(BANK_CODES[cc]) + bban
        check_digits = std_iban.calc_check_digits(cc + '00' + bban)
        return cc + check_digits + bban
    n = until(rng, make, std_iban.is_valid, 'iban')
    return ' '.join(n[i:i + 4] for i in range(0, len(n), 4))


def ssn_number(rng):
    def make():
        a = rng.randrange(1, 900)
        while a == 666:
            a = rng.randrange(1, 900)
        return f'{a:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}'
    return until(rng, make, lambda v: stdnum.us.ssn.is_valid(v) and v not in ('078-05-1120', '219-09-9999'), 'ssn')


def us_bank(rng):
    def make_rtn():
        b = f'{rng.choice([0, 1, 2, 3, 0, 1])}{rng.randrange(1, 10)}' + digits(rng, 6)
        return b + stdnum.us.rtn.calc_check_digit(b)
    rtn = until(rng, make_rtn, stdnum.us.rtn.is_valid, 'us_routing')
    return rtn, digits(rng, rng.choice([9, 10, 12]), '123456789')


def dob_date(rng):
    return dt.date(1942, 1, 1) + dt.timedelta(days=rng.randrange(0, 23000))


def nhs_number(rng):
    def make():
        b = digits(rng, 9, '3456789')
        c = (11 - sum(int(x) * w for x, w in zip(b, range(10, 1, -1))) % 11) % 11
        return b + str(c) if c < 10 else 'x'
    n = until(rng, make, stdnum.gb.nhs.is_valid, 'nhs')
    return f'{n[:3]} {n[3:6]} {n[6:]}'


def nat_ids(rng, code, person):
    """(entity, local label, display) identifiers for this locale and person, each validated."""
    d = person['dob']
    yy, mm, dd = d.strftime('%y'), d.strftime('%m'), d.strftime('%d')
    fem = person['female']
    out = []
    if code == 'en-US':
        out.append(('ssn', 'SSN', ssn_number(rng)))
        st, dl = rng.choice([('CA', lambda: rng.choice('ABDFGY') + digits(rng, 7)), ('NY', lambda: digits(rng, 9)),
                             ('FL', lambda: rng.choice('BHKMS') + digits(rng, 12)), ('TX', lambda: digits(rng, 8, '123'))])
        v = dl()
        check(len(v) >= 8, 'driver_license', v)
        out.append(('DRIVER_LICENSE', f"{st} driver's license", v))
        out.append(('PASSPORT', 'Passport no.', digits(rng, 9, '5')))
        rtn, acct = us_bank(rng)
        out.append(('US_BANK_NUMBER', 'Routing / account', f'{rtn} / {acct}'))
    elif code == 'en-GB':
        out.append(('HEALTH_INSURANCE', 'NHS number', nhs_number(rng)))
        out.append(('PASSPORT', 'Passport number', digits(rng, 9, '12')))
    elif code == 'de-DE':
        out.append(('TAX_ID', 'Steuer-ID', until(rng, lambda: digits(rng, 11, '123456789'), stdnum.de.idnr.is_valid, 'de_idnr')))
        out.append(('PASSPORT', 'Reisepass-Nr.', 'C' + ''.join(rng.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))))
    elif code == 'fr-FR':
        def nir():
            b = f"{2 if fem else 1}{yy}{mm}{rng.choice(['29', '24', '74', '79', '68', '56'])}{digits(rng, 3)}{digits(rng, 3)}"
            return b + f'{97 - int(b) % 97:02d}'
        n = until(rng, nir, stdnum.fr.nir.is_valid, 'fr_nir')
        out.append(('NATIONAL_ID', 'N° de sécurité sociale', f'{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}'))
        out.append(('PASSPORT', 'N° de passeport', digits(rng, 2, '12') + rng.choice('ABCDEFGHJK') + rng.choice('ABCDEFGHJK') + digits(rng, 5)))
    elif code in ('es-ES',):
        b = digits(rng, 8, '1234567')
        n = b + stdnum.es.dni.calc_check_digit(b)
        check(stdnum.es.dni.is_valid(n), 'es_dni', n)
        out.append(('NATIONAL_ID', 'DNI', n))
    elif code == 'it-IT':
        cons = lambda s: (re.sub(r'[^BCDFGHJKLMNPQRSTVWXYZ]', '', fold(s).upper()) + re.sub(r'[^AEIOU]', '', fold(s).upper()) + 'XXX')[:3]
        b = (cons(person['family']) + cons(person['given']) + yy + 'ABCDEHLMPRST'[d.month - 1] +
             f'{d.day + (40 if fem else 0):02d}' + rng.choice('DFGHL') + digits(rng, 3, '1234'))
        n = b + stdnum.it.codicefiscale.calc_check_digit(b)
        check(stdnum.it.codicefiscale.is_valid(n), 'it_cf', n)
        out.append(('TAX_ID', 'Codice fiscale', n))
    elif code == 'nl-NL':
        out.append(('NATIONAL_ID', 'BSN', until(rng, lambda: digits(rng, 9, '123456'), stdnum.nl.bsn.is_valid, 'nl_bsn')))
    elif code == 'pl-PL':
        m = d.month + (20 if d.year >= 2000 else 0)
        sex = rng.choice('02468' if fem else '13579')
        b = f'{yy}{m:02d}{dd}{digits(rng, 3)}{sex}'
        n = b + stdnum.pl.pesel.calc_check_digit(b)
        check(stdnum.pl.pesel.is_valid(n), 'pl_pesel', n)
        out.append(('NATIONAL_ID', 'PESEL', n))
    elif code == 'pt-BR':
        n = until(rng, lambda: digits(rng, 11, '123456789'), stdnum.br.cpf.is_valid, 'br_cpf')
        out.append(('TAX_ID', 'CPF', f'{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}'))
    elif code == 'sv-SE':
        b = f'{yy}{mm}{dd}' + digits(rng, 2) + rng.choice('02468' if fem else '13579')
        n = b + luhn.calc_check_digit(b)
        check(stdnum.se.personnummer.is_valid(n[:6] + '-' + n[6:]), 'se_pnr', n)
        out.append(('NATIONAL_ID', 'Personnummer', f'{d.year}{mm}{dd}-{n[6:]}'))
    elif code == 'fi-FI':
        ind = f'{rng.randrange(2, 899):03d}'
        sep = '-' if d.year < 2000 else 'A'
        n = f'{dd}{mm}{yy}{sep}{ind}' + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(dd + mm + yy + ind) % 31]
        check(stdnum.fi.hetu.is_valid(n), 'fi_hetu', n)
        out.append(('NATIONAL_ID', 'Henkilötunnus', n))
    elif code == 'tr-TR':
        b = digits(rng, 9, '123456789')
        n = b + stdnum.tr.tckimlik.calc_check_digits(b)
        check(stdnum.tr.tckimlik.is_valid(n), 'tr_tckimlik', n)
        out.append(('NATIONAL_ID', 'T.C. Kimlik No', n))
    elif code == 'ru-RU':
        b = rng.choice(['35', '44', '60', '68', '43']) + digits(rng, 8)
        n = b + stdnum.ru.inn.calc_personal_check_digits(b)
        check(stdnum.ru.inn.is_valid(n), 'ru_inn', n)
        out.append(('TAX_ID', 'ИНН', n))
        out.append(('PASSPORT', 'Паспорт серия/номер', f'{digits(rng, 2, "1234567")}{yy} {digits(rng, 6, "123456789")}'))
    elif code == 'uk-UA':
        out.append(('TAX_ID', 'РНОКПП', until(rng, lambda: digits(rng, 10, '123'), stdnum.ua.rntrc.is_valid, 'ua_rntrc')))
    elif code == 'el-GR':
        b = f'{dd}{mm}{yy}' + digits(rng, 3) + rng.choice('02468' if fem else '13579')
        n = b + luhn.calc_check_digit(b)
        check(stdnum.gr.amka.is_valid(n), 'gr_amka', n)
        out.append(('HEALTH_INSURANCE', 'ΑΜΚΑ', n))
        out.append(('TAX_ID', 'ΑΦΜ', until(rng, lambda: digits(rng, 9, '01'), stdnum.gr.vat.is_valid, 'gr_afm')))
    elif code == 'hi-IN':
        def aad():
            b = digits(rng, 11, '23456789')
            return b + verhoeff.calc_check_digit(b)
        n = until(rng, aad, stdnum.in_.aadhaar.is_valid, 'in_aadhaar')
        out.append(('NATIONAL_ID', 'आधार', f'{n[:4]} {n[4:8]} {n[8:]}'))
        p = ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + 'P' + rng.choice('ABCDEGKMRSTV') + digits(rng, 4, '123456789') + rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
        check(stdnum.in_.pan.is_valid(p), 'in_pan', p)
        out.append(('TAX_ID', 'PAN', p))
    elif code == 'zh-CN':
        b = rng.choice(['330602', '321002', '350503', '430602', '510703', '370705']) + d.strftime('%Y%m%d') + digits(rng, 2) + rng.choice('02468' if fem else '13579')
        n = b + stdnum.cn.ric.calc_check_digit(b + '0')
        check(stdnum.cn.ric.is_valid(n), 'cn_ric', n)
        out.append(('NATIONAL_ID', '身份证号', n))
    elif code == 'ja-JP':
        b = digits(rng, 11, '123456789')
        n = b + stdnum.jp.in_.calc_check_digit(b)
        check(stdnum.jp.in_.is_valid(n), 'jp_mynumber', n)
        out.append(('NATIONAL_ID', '個人番号', f'{n[:4]} {n[4:8]} {n[8:]}'))
    elif code == 'ko-KR':
        g = ('2' if fem else '1') if d.year < 2000 else ('4' if fem else '3')

        def rrn():
            b = f'{yy}{mm}{dd}{g}' + f'{rng.randrange(0, 90):02d}' + digits(rng, 3)
            w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
            c = (11 - sum(int(x) * y for x, y in zip(b, w)) % 11) % 10
            return b + str(c)
        n = until(rng, rrn, stdnum.kr.rrn.is_valid, 'kr_rrn')
        out.append(('NATIONAL_ID', '주민등록번호', f'{n[:6]}-{n[6:]}'))
    elif code == 'he-IL':
        def il():
            b = digits(rng, 8, '0123')
            return b + luhn.calc_check_digit(b)
        out.append(('NATIONAL_ID', 'ת.ז.', until(rng, il, stdnum.il.idnr.is_valid, 'il_idnr')))
    elif code == 'ar-AE':
        out.append(('PASSPORT', 'رقم الجواز', rng.choice('NPRS') + digits(rng, 7, '123456789')))
    elif code == 'th-TH':
        def pin():
            b = rng.choice('1358') + digits(rng, 11)
            return b + stdnum.th.pin.calc_check_digit(b)
        n = until(rng, pin, stdnum.th.pin.is_valid, 'th_pin')
        out.append(('NATIONAL_ID', 'เลขประจำตัวประชาชน', f'{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}'))
    elif code == 'cs-CZ':
        m = d.month + (50 if fem else 0)

        def rc():
            b = f'{yy}{m:02d}{dd}{digits(rng, 3)}'
            return b + str(int(b) % 11 % 10)
        n = until(rng, rc, lambda v: stdnum.cz.rc.is_valid(v) and int(v) % 11 == 0, 'cz_rc')
        out.append(('NATIONAL_ID', 'Rodné číslo', f'{n[:6]}/{n[6:]}'))
    elif code == 'ro-RO':
        s = ('2' if fem else '1') if d.year < 2000 else ('6' if fem else '5')
        b = f'{s}{yy}{mm}{dd}' + rng.choice(['32', '08', '05', '33', '03', '04']) + digits(rng, 3, '0123')
        n = b + stdnum.ro.cnp.calc_check_digit(b)
        check(stdnum.ro.cnp.is_valid(n), 'ro_cnp', n)
        out.append(('NATIONAL_ID', 'CNP', n))
    elif code == 'es-MX':
        fam = [fold(w).upper() for w in person['family'].split()]
        giv = fold(person['given']).upper()
        vowel = (re.sub(r'[^AEIOU]', '', fam[0][1:]) + 'X')[0]
        inner = lambda s: (re.sub(r'[AEIOU]', '', s[1:]) + 'X')[0]
        b = (fam[0][0] + vowel + fam[1][0] + giv[0] + yy + mm + dd + ('M' if fem else 'H') +
             rng.choice(['GT', 'MN', 'SR', 'VZ', 'NT', 'DF', 'JC']) + inner(fam[0]) + inner(fam[1]) + inner(giv) +
             ('0' if d.year < 2000 else 'A'))
        n = b + stdnum.mx.curp.calc_check_digit(b)
        check(stdnum.mx.curp.is_valid(n), 'mx_curp', n)
        out.append(('NATIONAL_ID', 'CURP', n))
    return out


IBAN_CC = {'de-DE': 'DE', 'fr-FR': 'FR', 'es-ES': 'ES', 'it-IT': 'IT', 'nl-NL': 'NL', 'pl-PL': 'PL', 'pt-BR': 'BR',
           'sv-SE': 'SE', 'fi-FI': 'FI', 'tr-TR': 'TR', 'el-GR': 'GR', 'cs-CZ': 'CZ', 'ro-RO': 'RO', 'ar-AE': 'AE',
           'he-IL': 'IL', 'en-GB': 'GB', 'uk-UA': 'UA'}
PUBLIC_IP_NETS = ['81.2.', '84.112.', '95.91.', '188.174.', '77.48.', '89.64.', '151.36.', '176.12.', '217.64.',
                  '109.174.', '46.114.', '178.201.', '93.211.', '212.186.', '5.146.', '37.120.']


def public_ip(rng):
    def make():
        if rng.random() < 0.15:
            return f'2a02:{rng.randrange(0x1000, 0xffff):x}:{rng.randrange(0x10, 0xffff):x}:{rng.randrange(1, 0xffff):x}::{rng.randrange(1, 0xff):x}'
        return rng.choice(PUBLIC_IP_NETS) + f'{rng.randrange(0, 256)}.{rng.randrange(1, 255)}'
    doc = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]

    def ok(v):
        a = ipaddress.ip_address(v)
        return a.is_global and not any(a in n for n in doc if n.version == a.version)
    return until(rng, make, ok, 'ip_public')


def doc_ip(rng):
    v = rng.choice(['192.0.2.', '198.51.100.', '203.0.113.']) + str(rng.randrange(1, 255))
    a = ipaddress.ip_address(v)
    check(not a.is_global, 'ip_documentation', v)
    return v


# ----------------------------------------------------------------------------------------------------------
# locales built from the data, pools cut against the other generators' words
# ----------------------------------------------------------------------------------------------------------
GENDERED_FAMILY = {'pl-PL', 'cs-CZ', 'ru-RU', 'el-GR'}
DOUBLE_SURNAME = {'es-ES', 'pt-BR', 'es-MX'}
CJK_LOCALES = {'zh-CN', 'ja-JP', 'ko-KR'}
PC_RE = re.compile(r'^(.*?)\s+((?:[A-Z]{1,2}\d[\dA-Z]?\s\d[A-Z]{2})|(?:\d[\d\- ]*(?:\s[A-Z]{2})?))$')
HANDLES = 'lotus|harbour|nightowl|sunrise|pinecone|bluebird|tidewater|mango|snowfall|paperboat|moonlit|cedar'


class Locale:
    def __init__(self, d):
        c = d['code']
        self.code, self.region, self.order = c, d['region'], d['order']
        g = [(n, i % 2 == 0) for i, n in enumerate(d['given'].split('|'))]
        self.given = [x for x in g if clean(x[0])]
        f = [(n, i % 2 == 0) for i, n in enumerate(d['family'].split('|'))]
        self.double = c in DOUBLE_SURNAME
        if self.double:
            f = [(w, True) for w in dict.fromkeys(w for n, _ in f for w in n.split())]
        self.family = [x for x in f if clean(x[0])]
        if c in CJK_LOCALES:  # names written without a space: cut whole-name combinations (bigrams) instead
            self.given, self.family = g, f
            self.fullnames = [(fa[0] + ('' if c != 'ja-JP' else ' ') + gi[0], gi[1], fa[0], gi[0]) for gi in g for fa in f
                              if clean(fa[0] + gi[0])]
            POOL_SIZES[f'{c}:fullnames'] = (len(self.fullnames), len(g) * len(f))
            if not self.fullnames:
                raise SystemExit(f'pool {c}:fullnames ran empty')
        for tag, lst, full in (('given', self.given, g), ('family', self.family, f)):
            POOL_SIZES[f'{c}:{tag}'] = (len(lst), len(full))
            if not lst:
                raise SystemExit(f'pool {c}:{tag} ran empty')
        self.streets = pool(f'{c}:streets', d['streets'])
        self.types = d['types'].split('|') if d['types'] else ['']
        cities = []
        for entry in d['cities'].split('|'):
            m = PC_RE.match(entry)
            name, pc = (m.group(1), m.group(2)) if m else (entry, None)
            if clean(name):
                cities.append((name.replace('^', '').replace('~', ''), pc))
        POOL_SIZES[f'{c}:cities'] = (len(cities), len(d['cities'].split('|')))
        if not cities:
            raise SystemExit(f'pool {c}:cities ran empty')
        self.cities = cities
        self.addr = d['addr']
        self.mail = d['mail'].split('|')
        self.labels = dict(zip(['name', 'addr', 'phone', 'dob', 'email', 'patient', 'regards'], d['labels'].split('|')))
        self.latin = all(ord(ch) < 0x250 for ch in d['given'].replace('|', ''))


LOCALES = [Locale(d) for d in LOCALE_DATA]
LOC = {l.code: l for l in LOCALES}


def make_person(rng, loc):
    if loc.code in CJK_LOCALES:
        full, female, family, given = rng.choice(loc.fullnames)
    else:
        given, female = rng.choice(loc.given)
        fams = [f for f in loc.family if (loc.code not in GENDERED_FAMILY or f[1] == female)] or loc.family
        family = rng.choice(fams)[0]
        if loc.double:
            second = rng.choice([f for f in loc.family if f[0] != family] or loc.family)[0]
            family = f'{family} {second}'
        full = f'{family} {given}' if loc.order == 'FG' else f'{given} {family}'
    p = dict(given=given, family=family, full=full, female=female, dob=dob_date(rng))
    street = rng.choice(loc.streets)
    city, pc = rng.choice(loc.cities)
    if pc is None:
        pc = {'ja-JP': f'{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}', 'th-TH': f'{rng.choice("1345789")}0{rng.randrange(100, 999)}',
              'es-MX': f'{rng.randrange(20000, 99999)}'}.get(loc.code, '')
    p['addr'] = loc.addr.format(n=rng.randrange(2, 140), s=street, t=rng.choice(loc.types), c=city, pc=pc,
                                ap=rng.randrange(1, 60), ap2=rng.randrange(1, 20), fl=f"{rng.randrange(1, 7)}º {rng.choice('ABCD')}").replace('  ', ' ').strip()
    if loc.latin:
        local = rng.choice(['{g}.{f}', '{g}{f}{n}', '{gi}.{f}', '{f}.{g}{n}', '{g}_{f}'])
        fam_word = fold(family.split()[0].split('-')[0]).lower()
        local = local.format(g=fold(given).lower(), f=fam_word, gi=fold(given)[0].lower(), n=rng.randrange(2, 99))
    elif loc.code == 'zh-CN':
        local = digits(rng, rng.randrange(8, 11), '123456789')
    else:
        local = rng.choice(HANDLES.split('|')) + rng.choice(['', '.', '_']) + str(rng.randrange(1960, 2008) if rng.random() < .5 else rng.randrange(2, 999))
    p['email'] = f'{local}@{rng.choice(loc.mail)}'
    p['phone_intl'], p['phone_nat'] = phone_number(rng, loc.region)
    p['ids'] = nat_ids(rng, loc.code, p)
    return p


DATE_FMT = {'en-US': '%m/%d/%Y', 'en-GB': '%d/%m/%Y', 'de-DE': '%d.%m.%Y', 'ru-RU': '%d.%m.%Y', 'uk-UA': '%d.%m.%Y',
            'pl-PL': '%d.%m.%Y', 'cs-CZ': '%d.%m.%Y', 'ro-RO': '%d.%m.%Y', 'fi-FI': '%d.%m.%Y', 'tr-TR': '%d.%m.%Y',
            'nl-NL': '%d-%m-%Y', 'sv-SE': '%Y-%m-%d', 'zh-CN': '%Y年%m月%d日', 'ja-JP': '%Y年%m月%d日', 'ko-KR': '%Y.%m.%d.',
            'hi-IN': '%d/%m/%Y'}


def fmt_date(loc, d):
    return d.strftime(DATE_FMT.get(loc.code, '%d/%m/%Y'))


def sensitive_items(rng, loc, p, n_extra=None):
    """(entity, label, value) items about person p; the name always first unless incidental."""
    L = loc.labels
    pool_ = [('STREET_ADDRESS', L['addr'], p['addr']), ('phone', L['phone'], rng.choice([p['phone_intl'], p['phone_nat']])),
             ('email', L['email'], p['email']), ('DATE_OF_BIRTH', L['dob'], fmt_date(loc, p['dob']))]
    pool_ += [(e, lab, v) for e, lab, v in p['ids']]
    if loc.code in IBAN_CC and rng.random() < .5:
        pool_.append(('iban', 'IBAN', iban_number(rng, IBAN_CC[loc.code])))
    r = rng.random()
    if r < .2:
        cc = card_number(rng)
        pool_.append(('credit_card', rng.choice(['Card', 'Card no.', 'Amex' if cc[0] == '3' else 'Visa/MC']), cc))
    elif r < .3:
        pool_.append(('MEDICAL_RECORD', 'MRN', rng.choice(['MRN ', 'H', 'KH-', '']) + digits(rng, rng.choice([7, 8]), '123456789')))
    elif r < .4:
        pool_.append(('IP_ADDRESS', rng.choice(['IP', 'Login IP', 'last seen from']), public_ip(rng)))
    k = n_extra if n_extra is not None else rng.randrange(2, 5)
    rng.shuffle(pool_)
    return [('person', L['name'], p['full'])] + pool_[:k]


# ---- benign pools -------------------------------------------------------------------------------------------
HISTORICAL = pool('historical', 'Lise Meitner|Mary Anning|Jagadish Chandra Bose|Sofia Kovalevskaya|Hertha Ayrton|Nettie Stevens|'
                  'Karl Landsteiner|Gerty Cori|Hideyo Noguchi|Santiago Ramón y Cajal|Maria Sibylla Merian|'
                  'Kitasato Shibasaburō|Henrietta Swan Leavitt|Juan de la Cierva|Alberto Santos-Dumont|Inge Lehmann|'
                  'Ignacy Łukasiewicz|Sadi Carnot|Hypatia|Ibn al-Haytham|Mikhail Lomonosov|Tycho Brahe|Anders Celsius|'
                  'Hans Christian Ørsted|Ole Rømer|Bartolomeu Dias|Ferdinand Magellan|Carl Linnaeus|Gregor Mendel|'
                  'Émilie du Châtelet|Ada Byron|Florence Nightingale|Ramon Llull|Hildegard of Bingen|Jan Evangelista Purkyně')
EPONYM_DISEASE = pool('eponyms', 'Hashimoto~ thyroiditis|Crohn~ disease|Kawasaki~ disease|Ménière~ disease|Raynaud~ phenomenon|'
                      'Tourette~ syndrome|Bell~ palsy|Graves~ disease|Sjögren~ syndrome|Guillain-Barré~ syndrome|Addison~ disease|'
                      'Paget~ disease|Wilson~ disease|Osgood-Schlatter~ disease|Legg-Calvé-Perthes~ disease|Baker~ cyst|'
                      'Dupuytren~ contracture|Bornholm~ disease|Kienböck~ disease|Scheuermann~ disease|Tietze~ syndrome|de Quervain~ tenosynovitis')
ORGS = pool('orgs', 'Northfold Housing Trust|Brightwater Clinic|Ostrava Vodárny|Kestavi Logistics|Pellmont Insurance|'
            'Saltmarsh Credit Union|Vireo Telecom|Orbel Dental Group|Castlerock Library Services|Tallowmere Council|'
            'Quillon Pharmacy|Harrowgate Tenants Association|Lumeo Energy|Birchfield Medical Practice|Sundale Utilities|' +
            '|'.join(f'{a}~ {b}' for a, b in zip('Veltraco Quorvane Ondarix Halvexa Tesselby Corvanto Mirelon Plenwick Ashgrovia Brisklet Nauvelle Torquell'.split(),
                                                 ['Housing Trust', 'Dental Group', 'Logistics', 'Pharmacy', 'Energy', 'Credit Union', 'Library Services',
                                                  'Tenants Association', 'Utilities', 'Medical Practice', 'Insurance', 'Telecom'])))
PLACEHOLDERS = ['[NAME]', '<full name>', '__________', '{{customer_name}}', 'FIRST LAST', '[REDACTED]', '***', 'N/A',
                'XXXXXXXX', '(leave blank)']
PUBLIC_PLACES = [('Eiffel Tower', '48.8584, 2.2945'), ('Sydney Opera House', '-33.8568, 151.2153'),
                 ('Hagia Sophia', '41.0086, 28.9802'), ('Table Mountain', '-33.9628, 18.4098'),
                 ('Machu Picchu', '-13.1631, -72.5450'), ('Mount Fuji', '35.3606, 138.7274')]
ORG_DOMAINS = ['northfold-housing.org', 'brightwater-clinic.example', 'kestavi.com', 'pellmont.example.org',
               'vireo-telecom.com', 'tallowmere.gov.uk', 'lumeo-energy.eu']
IBAN_EXAMPLES = ['DE89 3704 0044 0532 0130 00', 'GB29 NWBK 6016 1331 9268 19', 'FR14 2004 1010 0505 0001 3M02 606',
                 'NL91 ABNA 0417 1643 00', 'ES91 2100 0418 4502 0005 1332', 'IT60 X054 2811 1010 0000 0123 456',
                 'PL61 1090 1014 0000 0712 1981 2874', 'BE71 0961 2345 6769', 'CH93 0076 2011 6238 5295 7']
for _ib in IBAN_EXAMPLES:
    check(std_iban.is_valid(_ib), 'iban_registry_example', _ib)
for _c in TEST_CARDS:
    check(luhn.is_valid(_c), 'test_card', _c)


def fiction_phone(rng, loc):
    """documentation / drama phone numbers: NANP 555-01xx, Ofcom drama ranges (07700 900xxx, 020 7946 0xxx)."""
    r = rng.random()
    if loc.region == 'US' or r < .4:
        return f'+1 {rng.choice(["202", "312", "415", "617"])}-555-01{rng.randrange(0, 100):02d}'
    if loc.region == 'GB' or r < .7:
        return f'07700 900{rng.randrange(0, 1000):03d}'
    return f'+44 20 7946 0{rng.randrange(0, 1000):03d}'


SWITCHBOARD = {'de': 'Zentrale', 'fr': 'standard', 'es': 'centralita', 'it': 'centralino', 'nl': 'receptie', 'pl': 'centrala',
               'pt': 'central', 'sv': 'växel', 'fi': 'vaihde', 'tr': 'santral', 'ru': 'многоканальный', 'uk': 'приймальня',
               'cs': 'ústředna', 'ro': 'centrală', 'el': 'τηλεφωνικό κέντρο', 'ja': '代表', 'zh': '总机', 'ko': '대표번호'}


def org_phone(rng, loc):
    return f"{phone_number(rng, loc.region)[1]} ({SWITCHBOARD.get(loc.code.split('-')[0], 'switchboard')})"


def benign_items(rng, loc, kind):
    """(None, label, value) items of the same shape as the sensitive ones, about nobody."""
    L = loc.labels
    org = rng.choice(ORGS)
    dom = rng.choice(ORG_DOMAINS)
    if kind == 'documentation':
        its = [(L['name'], rng.choice(['Jane Doe', 'John Q. Public', 'Test User', 'Example Customer'])),
               (L['email'], rng.choice(['jane.doe@example.com', 'user@example.org', 'test+1@example.net'])),
               (L['phone'], fiction_phone(rng, loc))]
        its.append(rng.choice([('Card', rng.choice(TEST_CARDS)), ('IBAN', rng.choice(IBAN_EXAMPLES)), ('IP', doc_ip(rng))]))
        return its
    if kind == 'org_contact':
        return [(L['name'], org), (L['email'], rng.choice(['support', 'info', 'billing', 'noreply', 'privacy', 'helpdesk']) + '@' + dom),
                (L['phone'], fiction_phone(rng, loc) if rng.random() < .3 else org_phone(rng, loc)),
                (L['addr'], f'{org}, {rng.choice(loc.cities)[0]}')]
    if kind == 'placeholder':
        return [(L['name'], rng.choice(PLACEHOLDERS[:5])), (L['addr'], rng.choice(PLACEHOLDERS)), (L['dob'], rng.choice(['DD/MM/YYYY', 'YYYY-MM-DD', '__/__/____'])),
                (L['phone'], rng.choice(['+__ ___ ___ ____', '(   )    -    ', '[PHONE]'])), ('ID', rng.choice(['XXX-XX-XXXX', '[ID NUMBER]', '___________']))]
    if kind == 'anonymised':
        return [(L['name'], rng.choice(['[REDACTED]', 'Patient A', 'Person 2', '[NAME_1]', 'the claimant'])),
                (L['addr'], rng.choice(['[ADDRESS]', '[redacted], ' + rng.choice(loc.cities)[0]])),
                (L['dob'], rng.choice(['[DATE]', '19XX', 'age band 40-49'])),
                (L['phone'], rng.choice(['***-***-****', '[PHONE]', '+' + '*' * 11])), ('ID', rng.choice(['***-**-****', '[ID]', '###########']))]
    if kind == 'historical':
        h = rng.choice(HISTORICAL)
        return [(L['name'], h), ('born', f'{rng.randrange(1500, 1900)}'), ('context', rng.choice(['museum label', 'textbook chapter', 'exhibition catalogue'])),
                ('archive ref.', f'MS-{rng.randrange(100, 999)}/{rng.randrange(1, 40)}')]
    if kind == 'eponym':
        return [('diagnosis', rng.choice(EPONYM_DISEASE)), ('ward', rng.choice(HISTORICAL) + ' Ward'),
                ('leaflet', f'LFT-{rng.randrange(1000, 9999)}'), (L['phone'], phone_number(rng, loc.region)[1] + ' (ward reception)')]
    if kind == 'references':
        place, coord = rng.choice(PUBLIC_PLACES)
        return [('order', f'ORD-{rng.randrange(2025, 2027)}-{rng.randrange(100000, 999999)}'),
                ('tracking', rng.choice(['1Z', 'JD', 'LX']) + ''.join(rng.choice('0123456789') for _ in range(16))),
                ('ticket', f'#{rng.randrange(40000, 99999)}'), ('sha256', ''.join(rng.choice('0123456789abcdef') for _ in range(16)) + '…'),
                ('version', f'v{rng.randrange(1, 6)}.{rng.randrange(0, 20)}.{rng.randrange(0, 30)}'), ('location', f'{place} ({coord})')]
    raise ValueError(kind)


BENIGN_KINDS = ['documentation', 'org_contact', 'placeholder', 'anonymised', 'historical', 'eponym', 'references']


# ----------------------------------------------------------------------------------------------------------
# capture-path damage (each labelled value stays recoverable for a careful human)
# ----------------------------------------------------------------------------------------------------------
OCR_MAP = {'0': 'O', 'O': '0', '1': 'l', 'l': '1', 'I': 'l', '5': 'S', 'S': '5', '8': 'B', 'B': '8', 'o': '0', 'Z': '2'}


def ocr_confuse(s, rng, k=None):
    k = rng.choice([1, 1, 2]) if k is None else k
    chars = list(s)
    spots = [i for i, c in enumerate(chars) if c in OCR_MAP]
    rng.shuffle(spots)
    for i in sorted(spots[:k]):
        chars[i] = OCR_MAP[chars[i]]
    out = ''.join(chars)
    if k < 2 and 'rn' not in out and 'm' in out and rng.random() < .3:
        i = out.index('m')
        out = out[:i] + 'rn' + out[i + 1:]
    return out


def ocr_name(s, rng):
    r = rng.random()
    if r < .3 and re.search(r'[^\x00-\x7f]', s) and re.search('[A-Za-z]', s):
        return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    if r < .6 and 'm' in s:
        i = s.index('m')
        return s[:i] + 'rn' + s[i + 1:]
    if r < .8 and 'l' in s:
        i = s.index('l')
        return s[:i] + 'I' + s[i + 1:]
    return s


WORDS = {
    'en': 'zero one two three four five six seven eight nine', 'de': 'null eins zwei drei vier fünf sechs sieben acht neun',
    'fr': 'zéro un deux trois quatre cinq six sept huit neuf', 'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve',
    'it': 'zero uno due tre quattro cinque sei sette otto nove', 'pt': 'zero um dois três quatro cinco seis sete oito nove',
    'nl': 'nul een twee drie vier vijf zes zeven acht negen', 'pl': 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć',
    'sv': 'noll ett två tre fyra fem sex sju åtta nio', 'tr': 'sıfır bir iki üç dört beş altı yedi sekiz dokuz',
    'ru': 'ноль один два три четыре пять шесть семь восемь девять',
}
AT_DOT = {'en': ('at', 'dot'), 'de': ('at', 'punkt'), 'fr': ('arobase', 'point'), 'es': ('arroba', 'punto'),
          'it': ('chiocciola', 'punto'), 'pt': ('arroba', 'ponto'), 'nl': ('apenstaartje', 'punt'), 'pl': ('małpa', 'kropka'),
          'sv': ('snabel-a', 'punkt'), 'tr': ('et', 'nokta'), 'ru': ('собака', 'точка'), 'cs': ('zavináč', 'tečka'),
          'fi': ('ät', 'piste'), 'ro': ('arond', 'punct'), 'el': ('παπάκι', 'τελεία'), 'uk': ('равлик', 'крапка')}
MONTHS = {'en': 'january february march april may june july august september october november december',
          'de': 'januar februar märz april mai juni juli august september oktober november dezember',
          'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
          'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
          'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
          'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
          'nl': 'januari februari maart april mei juni juli augustus september oktober november december'}
PLUS = {'en': 'plus', 'de': 'plus', 'fr': 'plus', 'es': 'más', 'it': 'più', 'pt': 'mais', 'nl': 'plus', 'pl': 'plus',
        'sv': 'plus', 'tr': 'artı', 'ru': 'плюс'}


def lang2(loc):
    return loc.code.split('-')[0]


def spoken_digits(s, loc, rng, half=False):
    """digits spoken as words (or, for half-spoken / other languages, as spaced digit groups)."""
    lg = lang2(loc)
    words = WORDS.get(lg)
    s2 = s.replace('+', ' + ')
    out = []
    for ch in s2:
        if ch.isdigit():
            out.append(words.split()[int(ch)] if (words and not half) else ch)
        elif ch == '+':
            out.append(PLUS.get(lg, 'plus'))
        elif ch.isalpha():
            out.append(ch.lower())
    if words and not half:
        return ' '.join(out)
    # half-spoken: digit runs kept, separators become spaces
    return re.sub(r'\s+', ' ', ''.join(c if c.isalnum() else ' ' for c in s.replace('+', f"{PLUS.get(lg, 'plus')} "))).strip().lower()


def spoken_email(e, loc):
    at, dot = AT_DOT.get(lang2(loc), AT_DOT['en'])
    local, dom = e.split('@')
    sp = lambda x: x.replace('.', f' {dot} ').replace('_', ' underscore ')
    return f'{sp(local)} {at} {sp(dom)}'


def spoken_date(d, loc, rng):
    lg = lang2(loc)
    if lg in MONTHS:
        m = MONTHS[lg].split()[d.month - 1]
        return f'{m} {d.day} {d.year}' if lg == 'en' else f'{d.day} {m} {d.year}'
    return f'{d.day} {d.month} {d.year}'


def dictate_value(ent, v, loc, rng, person):
    if ent == 'person':
        return v.lower() if loc.latin else v
    if ent == 'email':
        return spoken_email(v, loc)
    if ent == 'DATE_OF_BIRTH':
        return spoken_date(person['dob'], loc, rng)
    if ent == 'STREET_ADDRESS':
        return re.sub(r'[,.]', '', v).lower() if loc.latin else re.sub(r'[,،]', '', v)
    if ent in ('phone', 'ssn', 'NATIONAL_ID', 'TAX_ID', 'HEALTH_INSURANCE', 'PASSPORT', 'DRIVER_LICENSE', 'US_BANK_NUMBER',
               'credit_card', 'iban', 'MEDICAL_RECORD'):
        return spoken_digits(v, loc, rng, half=rng.random() < .4 or len(re.sub(r'\D', '', v)) > 12)
    if ent == 'IP_ADDRESS':
        return v.replace('.', ' dot ') if ':' not in v else v
    return v.lower()


def ocr_value(ent, v, rng):
    if ent == 'person':
        return ocr_name(v, rng)
    if ent == 'email':
        return v.replace('@', rng.choice(['@', '@ ', '(a)'])) if rng.random() < .5 else ocr_confuse(v.split('@')[0], rng, 1) + '@' + v.split('@')[1]
    if ent == 'STREET_ADDRESS':
        parts = v.split(', ', 1)
        v2 = ocr_confuse(v, rng, 1)
        return v2.replace(', ', ',\n', 1) if len(parts) > 1 and rng.random() < .5 else v2
    if ent == 'IP_ADDRESS':
        return v.replace('.', rng.choice(['.', ','] ), 1)
    return ocr_confuse(v, rng)


# ----------------------------------------------------------------------------------------------------------
# path renderers: items [(entity or None, label, value)] -> (text, issued [(entity, rendered)])
# ----------------------------------------------------------------------------------------------------------
def rand_ts(rng):
    return dt.datetime(2026, rng.randrange(1, 12), rng.randrange(1, 28), rng.randrange(7, 23), rng.randrange(0, 60), rng.randrange(0, 60))


NEEDS_LABEL = {'DATE_OF_BIRTH', 'NATIONAL_ID', 'PASSPORT', 'DRIVER_LICENSE', 'TAX_ID', 'HEALTH_INSURANCE', 'MEDICAL_RECORD',
               'US_BANK_NUMBER', 'ssn', 'IP_ADDRESS', None}


def render_ocr_scan(rng, loc, items, person, sens):
    issued, lines = [], []
    org = rng.choice(ORGS)
    head = rng.choice([f'{org.upper()}  -  {rng.choice(["REGISTRATION FORM", "INTAKE SHEET", "CHANGE OF DETAILS", "APPLICATION"])}',
                       f'Page 1 of {rng.randrange(2, 4)}', f'-- {rng.randrange(1, 9)} --', f'Form K-{rng.randrange(10, 99)} (rev. {rng.randrange(2019, 2026)})'])
    lines.append(ocr_confuse(head, rng, 1))
    box = rng.choice(['| {l}: {v} |', '{l} ........ {v}', '[x] {l}  {v}', '{l}:\n  {v}', '{l} | {v}', '□ {l} _{v}_'])
    for ent, lab, v in items:
        r = ocr_value(ent, v, rng) if ent else (ocr_confuse(v, rng, 1) if rng.random() < .3 and not any(c in v for c in '[]{}_') else v)
        if ent:
            issued.append((ent, r))
        lines.append(box.format(l=ocr_confuse(lab, rng, 1) if rng.random() < .4 else lab, v=r))
        if rng.random() < .25:
            lines.append(rng.choice(['', '~', '.', '_____________', '| |']))
    note = rng.choice(['Please return the com-\npleted form to the front desk.', 'I confirm that the infor-\nmation above is correct.',
                       'Office use only: recei-\nved ____ checked ____', 'Signature: ______________  Date: __/__/____'])
    lines.append(note)
    lines.append(rng.choice([f'Scanned {rand_ts(rng):%Y-%m-%d %H:%M}  ·  {rng.choice(["HP", "Canon", "Brother"])} MFP  ·  300 dpi',
                             'Printed on recycled paper', f'{rng.randrange(1, 4)}/{rng.randrange(4, 6)}', 'C0NFIDENTIAL']))
    return '\n'.join(lines), issued


FILLERS = {'en': ['um', 'uh', 'okay so', 'right', 'sorry'], 'de': ['äh', 'also', 'ähm'], 'fr': ['euh', 'bon', 'alors'],
           'es': ['eh', 'bueno', 'o sea'], 'it': ['ehm', 'allora', 'cioè'], 'pt': ['é', 'então', 'tipo'], 'nl': ['eh', 'nou', 'dus']}
SPOKEN_CMD = ['new line', 'comma', 'period', 'new paragraph', 'full stop']


def render_dictation(rng, loc, items, person, sens):
    issued, parts = [], []
    lg = lang2(loc)
    fill = FILLERS.get(lg, FILLERS['en'])
    parts.append(rng.choice(['ok recording', 'note to self', 'dictation start', 'memo', '']) if lg == 'en' or rng.random() < .5 else '')
    for ent, lab, v in items:
        if ent:
            r = dictate_value(ent, v, loc, rng, person)
            issued.append((ent, r))
        else:
            r = v.lower() if loc.latin else v
            if re.fullmatch(r'[\d\s\-+()]+', v):
                r = spoken_digits(v, loc, rng, half=True)
            elif '@' in v:
                r = spoken_email(v, loc)
        lab2 = lab.lower() if loc.latin else lab
        seg = f'{lab2} {r}'
        if rng.random() < .35:
            seg = f'{rng.choice(fill)} {seg}'
        if rng.random() < .3 and lg == 'en':
            seg += ' ' + rng.choice(SPOKEN_CMD)
        parts.append(seg)
    parts.append(rng.choice(['end of note', 'thats it thanks', 'send that', 'stop recording', '']) if lg == 'en' else '')
    text = ' '.join(p for p in parts if p)
    # homophones in the spoken glue words only (never inside values)
    if lg == 'en':
        for a, b in (('to self', 'two self'), ('thats it', 'thats it'), ('right', 'write')):
            if rng.random() < .3:
                text = text.replace(f' {a} ', f' {b} ', 1) if not any(a in r for _, r in issued) else text
    return text, issued


DISCLAIMERS = ['CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee. If you '
               'received it in error please notify the sender and delete it.',
               'Please consider the environment before printing this email.',
               'This message has been scanned for viruses by MailGuard.',
               'Sent from my iPhone', 'Get Outlook for Android']


def render_email_chain(rng, loc, items, person, sens):
    issued = []
    L = loc.labels
    ts1, ts2 = rand_ts(rng), rand_ts(rng)
    if sens:
        email = person['email']
        name = person['full']
        sender_line = f'{name} <{email}>'
        issued += [('person', name), ('email', email)]
    else:
        dom = rng.choice(ORG_DOMAINS)
        sender_line = f'{rng.choice(ORGS)} <{rng.choice(["support", "noreply", "info", "service"])}@{dom}>'
    body = [f'{L["name"]}: {v}' if False else f'{lab}: {v}' for _, lab, v in items]
    for ent, lab, v in items:
        if ent:
            issued.append((ent, v))
    quoted = ['Hi,', '', rng.choice(['as requested, my details below', 'please update your records:', 'here is the information for the form',
                                    'see below, thanks', 'for the booking:'])] + body + ['', L['regards'] + ',']
    if sens:
        quoted.append(person['given'])
        if rng.random() < .5:
            ph = person['phone_nat']
            quoted.append(f'm: {ph}')
            issued.append(('phone', ph))
    quoted += ['', '-- ', rng.choice(DISCLAIMERS)]
    depth = rng.choice([1, 1, 2])
    q = '\n'.join(('> ' * depth + x).rstrip() for x in quoted)
    text = ''
    if rng.random() < .5:
        text += (f'---------- Forwarded message ---------\nFrom: {sender_line}\nDate: {ts1:%a, %d %b %Y %H:%M}\n'
                 f'Subject: {rng.choice(["Re: your details", "AW: Anmeldung", "RE: registration", "Fwd: update"])}\n'
                 f'To: {rng.choice(["office", "reception", "team"])}@{rng.choice(ORG_DOMAINS)}\n\n')
    text += f'On {ts2:%a, %d %b %Y at %H:%M}, {sender_line} wrote:\n{q}'
    if rng.random() < .4:
        text = rng.choice(['Thanks, noted - will update today.', 'Got it.', 'Forwarding for the file.']) + '\n\n' + text
    return text, issued


LIGATURES = {'fi': 'ﬁ', 'fl': 'ﬂ', 'ff': 'ﬀ'}


def render_pdf_paste(rng, loc, items, person, sens):
    issued = [(e, v) for e, _, v in items if e]
    mode = rng.choice(['columns', 'tsv', 'merged', 'linear'])
    labs = [lab for _, lab, _ in items]
    vals = [v for _, _, v in items]
    if mode == 'columns':
        text = '\n'.join(labs) + '\n\n' + '\n'.join(vals)
    elif mode == 'tsv':
        text = '\t'.join(labs) + '\n' + '\t'.join(vals) + '\n' + '\t' * (len(vals) - 1)
    elif mode == 'merged':
        head = rng.choice(['Customer details', 'Record', 'Row 14', 'Sheet1'])
        text = head + '\t' * len(vals) + '\n' + '\n'.join(f'\t{l}\t\t{v}' for l, v in zip(labs, vals))
    else:
        text = '  '.join(f'{l} {v}' for l, v in zip(labs, vals))
    for a, b in LIGATURES.items():
        if rng.random() < .6:
            text = text.replace(a, b)
            issued = [(e, v.replace(a, b)) for e, v in issued]
    pre = rng.choice(['', f'{rng.randrange(2, 30)}\n', 'Annex B – Personal data sheet\n', 'Table 3\n'])
    post = rng.choice(['', f'\n{rng.randrange(2, 30)}', '\nContinued on next page', f'\nPage {rng.randrange(2, 9)} of {rng.randrange(9, 14)}'])
    return pre + text + post, issued


def render_chat_export(rng, loc, items, person, sens):
    issued = []
    ts = rand_ts(rng)
    style = rng.choice(['whatsapp', 'sms', 'telegram', 'slack'])
    me = rng.choice(['Me', 'You', 'Ich', 'Yo'])
    named = sens and items and items[0][0] == 'person'
    other = person['given'] if named else rng.choice(['Support', 'Front desk', rng.choice(ORGS), 'Bot', 'Customer', 'Client'])
    if sens:
        issued.append(('person', person['given']))  # a first name alone is labelled only together with the full name below
    lines = []
    msgs = [(me, rng.choice(['hi can you send me your details for the form', 'need your info again sorry', 'what was it again?']))]
    for ent, lab, v in items:
        msgs.append((other, f'{lab} {v}' if (rng.random() < .6 or ent in NEEDS_LABEL) else v))
        if ent:
            issued.append((ent, v))
    msgs.append((me, rng.choice(['thx 👍', 'got it', 'perfect', 'ok']))) 
    for who, m in msgs:
        ts += dt.timedelta(seconds=rng.randrange(20, 400))
        if style == 'whatsapp':
            lines.append(f'[{ts:%d.%m.%y, %H:%M:%S}] {who}: {m}')
        elif style == 'sms':
            sender = person['phone_intl'] if (sens and who == other) else ('+1 202-555-0' + str(rng.randrange(100, 200)) if not sens and who == other else 'me')
            lines.append(f'{ts:%Y-%m-%d %H:%M}\t{sender}\t{m}')
        elif style == 'telegram':
            lines.append(f'{who}, [{ts:%d/%m/%Y %H:%M}]\n{m}')
        else:
            lines.append(f'{who}  {ts:%I:%M %p}\n{m}')
    if style == 'sms' and sens:
        issued.append(('phone', person['phone_intl']))
    # the first name alone is not a full identification; drop it unless the full name is present too
    issued = [(e, v) for e, v in issued if not (e == 'person' and v == person['given'])] if sens else issued
    return '\n'.join(lines), issued


def render_form_export(rng, loc, items, person, sens):
    issued = [(e, v) for e, _, v in items if e]
    keys = [re.sub(r'\W+', '_', fold(lab).lower() if loc.latin else lab.lower()).strip('_') or f'field{i}' for i, (_, lab, _) in enumerate(items)]
    vals = [v for _, _, v in items]
    mode = rng.choice(['query', 'kv', 'json', 'csv'])
    if mode == 'query':
        q = urllib.parse.urlencode(list(zip(keys, vals)) + [('submit', 'Send'), ('form_id', str(rng.randrange(100, 999)))])
        text = f'POST /forms/{rng.choice(["contact", "signup", "intake", "callback"])}?{q}' if rng.random() < .5 else f'https://{rng.choice(ORG_DOMAINS)}/thank-you?{q}'
    elif mode == 'kv':
        text = '\n'.join(f'{k}={v}' for k, v in zip(keys, vals)) + f'\nsubmitted_at={rand_ts(rng):%Y-%m-%dT%H:%M:%SZ}'
    elif mode == 'json':
        text = json.dumps({'form': rng.choice(['intake_v2', 'lead', 'registration']), 'fields': dict(zip(keys, vals)),
                           'ts': f'{rand_ts(rng):%Y-%m-%dT%H:%M:%SZ}'}, ensure_ascii=False)
    else:
        text = ';'.join(keys) + '\n' + ';'.join(f'"{v}"' for v in vals)
    return text, issued


APPS = ['the Contacts app', 'a banking app', 'a WhatsApp profile', 'a patient portal', 'an Excel sheet', 'a boarding pass',
        'an ID card scan', 'the Settings > Account page', 'a delivery app', 'a paper form photographed on a desk']


def render_screenshot(rng, loc, items, person, sens):
    issued = []
    app = rng.choice(APPS)
    lines = [f'The screenshot shows {app}. The visible text reads:']
    n_ent = sum(1 for e, _, _ in items if e)
    for ent, lab, v in items:
        if ent and n_ent > 1 and ent not in ('person', 'STREET_ADDRESS') and rng.random() < .2:
            n_ent = 0  # mask at most one value, never the only one
            masked = v[:3] + '•' * max(3, len(v) - 6) + v[-3:]
            lines.append(f'- {lab}: {masked} (partly hidden)')
            continue
        lines.append(f'- {lab}: {v}')
        if ent:
            issued.append((ent, v))
    lines.append(rng.choice(['Some text at the bottom is cut off.', 'There is a blue "Save" button below.', 'The status bar shows 9:41 and 82% battery.', '']))
    return '\n'.join(l for l in lines if l), issued


UI_CRUMBS = ['Copy', 'Share', 'Edit', 'Reply', '⋮', 'Show more', 'Translate', '✓✓', 'Select all', 'Paste']


def render_clipboard(rng, loc, items, person, sens):
    issued = []
    lines = []
    if rng.random() < .6:
        lines.append('…' + rng.choice(['ress on file', 'ase confirm the following', 'nd the details are', 'ontact']))
    for ent, lab, v in items:
        lines.append(rng.choice(['{l}: {v}', '{l} {v}', '{l}\t{v}'] + ([] if ent in NEEDS_LABEL else ['{v}'])).format(l=lab, v=v))
        if ent:
            issued.append((ent, v))
    if rng.random() < .5:
        lines.append(rng.choice(UI_CRUMBS) + '  ' + rng.choice(UI_CRUMBS))
    if rng.random() < .5:
        lines.append(rng.choice(['Ref', 'Tel', 'No']) + ': ' + digits(rng, 3) + '…')  # cut fragment, not recoverable
    return '\n'.join(lines), issued


PATHS = ['ocr_scan', 'dictation', 'email_chain', 'pdf_paste', 'chat_export', 'form_export', 'screenshot', 'clipboard']
RENDER = {p: globals()[f'render_{p}'] for p in PATHS}


# ----------------------------------------------------------------------------------------------------------
# asks and request placement
# ----------------------------------------------------------------------------------------------------------
ASKS = {
    'ocr_scan': ['This is OCR output from a scanned form, fix the obvious recognition errors and return clean JSON.',
                 'the scanner mangled this a bit - which fields are filled in and which are missing?',
                 'OCR text below. Correct O/0 and l/1 mix-ups and format it as a table.',
                 'Typed from a fax scan. Please proofread and tell me what the form is for.'],
    'dictation': ['This is a voice note transcript, turn it into a tidy record with proper punctuation.',
                  'speech to text made a mess, please clean this up into fields',
                  'dictated on the phone while driving - rewrite as a short structured note',
                  'Transcribe this into a form entry, numbers as digits please.'],
    'email_chain': ['Summarise this thread and draft a short reply confirming receipt.',
                    'Pull the details out of the quoted email below into our CRM format.',
                    'who sent this and what do they want? one paragraph',
                    'Draft a polite reply in the same language as the quoted message.'],
    'pdf_paste': ['Copied this out of a PDF and the columns got scrambled - can you put it back together?',
                  'pasted from Excel, please rebuild the row as key: value pairs',
                  'The PDF export broke the table. Reconstruct it as CSV.',
                  'fix the layout of this pasted block'],
    'chat_export': ['Exported chat below. Extract what the customer told us and list open questions.',
                    'summarise this conversation for the handover note',
                    'From this SMS export, fill in the booking form fields.',
                    'Translate the chat into English and keep the timestamps.'],
    'form_export': ['Here is a raw form submission, parse it into readable fields.',
                    'webhook payload from the website form - validate the fields and flag anything odd',
                    'Decode this query string and show me the values.',
                    'Convert this export to a JSON object with snake_case keys.'],
    'screenshot': ['Based on the screenshot description, which details do I still need to ask for?',
                   'Turn what is visible in the screenshot into a contact entry.',
                   'Is anything in this screenshot inconsistent?',
                   'Write the screenshot content as plain text for the ticket.'],
    'clipboard': ['pasted from my clipboard, not sure what got cut - tidy it up',
                  'what is this? I copied it from somewhere and lost the context',
                  'Make this fragment into a clean address block.',
                  'clean this paste and keep only the useful lines'],
}
LOCAL_ASKS = {'de': 'Bitte ordne die Angaben sauber in Felder.', 'fr': 'Merci de remettre ces informations au propre.',
              'es': 'Ordena estos datos en campos, por favor.', 'it': 'Sistema questi dati in campi ordinati.',
              'pt': 'Organize esses dados em campos, por favor.', 'nl': 'Zet deze gegevens netjes in velden.',
              'pl': 'Uporządkuj te dane w pola.', 'sv': 'Ordna uppgifterna i fält, tack.', 'fi': 'Järjestä tiedot kenttiin.',
              'tr': 'Bu bilgileri alanlara düzenle.', 'ru': 'Разбери эти данные по полям.', 'uk': 'Розклади ці дані по полях.',
              'el': 'Τακτοποίησε αυτά τα στοιχεία σε πεδία.', 'hi': 'इन विवरणों को फ़ील्ड में व्यवस्थित करें।',
              'zh': '请把这些信息整理成字段。', 'ja': 'この内容を項目ごとに整理してください。', 'ko': '이 내용을 항목별로 정리해 주세요.',
              'he': 'סדר את הפרטים לשדות בבקשה.', 'ar': 'رتّب هذه البيانات في حقول من فضلك.', 'th': 'ช่วยจัดข้อมูลนี้เป็นช่องๆ หน่อย',
              'cs': 'Uspořádej tyto údaje do polí.', 'ro': 'Te rog organizează datele pe câmpuri.'}
SYSTEMS = ['You are an intake assistant for a front office. Be concise.', 'You clean up captured text for data entry.',
           'You help a small team process incoming documents.', 'You are a helpful assistant.',
           'Extract structured data. Never invent missing values.']
TOOL_NAMES = {'ocr_scan': 'ocr_page', 'dictation': 'transcribe_audio', 'email_chain': 'fetch_email', 'pdf_paste': 'extract_pdf_text',
              'chat_export': 'load_chat_export', 'form_export': 'get_form_submission', 'screenshot': 'describe_image',
              'clipboard': 'read_clipboard'}
SLOTS = ['user', 'parts', 'system', 'assistant', 'tool_result', 'tool_args', 'file', 'metadata', 'schema']


def b64(s):
    return base64.b64encode(s.encode('utf-8')).decode('ascii')


def place(rng, path, text, ask, slot, model, idx):
    sysmsg = {'role': 'system', 'content': rng.choice(SYSTEMS)}
    call_id = f'call_{idx:04d}{rng.randrange(1000, 9999)}'
    tool = TOOL_NAMES[path]
    tools = [{'type': 'function', 'function': {'name': tool, 'description': f'Returns captured text ({path.replace("_", " ")}).',
                                               'parameters': {'type': 'object', 'properties': {'ref': {'type': 'string'}}, 'required': ['ref']}}}]
    body = {'model': model}
    if slot == 'user':
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{ask}\n\n{text}' if rng.random() < .7 else f'{text}\n\n{ask}'}]
    elif slot == 'parts':
        parts = [{'type': 'text', 'text': ask}, {'type': 'text', 'text': text}]
        if path == 'screenshot':
            parts.insert(1, {'type': 'image_url', 'image_url': {'url': f'https://files.{rng.choice(ORG_DOMAINS)}/u/{rng.randrange(10**6, 10**7)}/Screenshot_2026-{rng.randrange(1, 12):02d}-{rng.randrange(1, 28):02d}.png', 'detail': 'low'}})
        body['messages'] = [{'role': 'user', 'content': parts}]
    elif slot == 'system':
        body['messages'] = [{'role': 'system', 'content': f'{rng.choice(SYSTEMS)}\n\nCaptured text for this session:\n"""\n{text}\n"""'},
                            {'role': 'user', 'content': ask}]
    elif slot == 'assistant':
        lead = 'Here is what the image shows:\n' if path == 'screenshot' else 'Here is the text I received:\n'
        body['messages'] = [sysmsg, {'role': 'user', 'content': rng.choice(['I will paste it first', 'see attachment', 'ok here', 'one sec'])},
                            {'role': 'assistant', 'content': lead + text}, {'role': 'user', 'content': ask}]
    elif slot == 'tool_result':
        body['messages'] = [sysmsg, {'role': 'user', 'content': ask},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': call_id, 'type': 'function', 'function': {'name': tool, 'arguments': json.dumps({'ref': f'doc-{rng.randrange(1000, 9999)}'})}}]},
                            {'role': 'tool', 'tool_call_id': call_id, 'content': text}]
        body['tools'] = tools
    elif slot == 'tool_args':
        body['messages'] = [sysmsg, {'role': 'user', 'content': ask},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': call_id, 'type': 'function', 'function': {'name': 'save_captured_text', 'arguments': json.dumps({'source': path, 'text': text}, ensure_ascii=False)}}]},
                            {'role': 'tool', 'tool_call_id': call_id, 'content': json.dumps({'ok': True, 'id': rng.randrange(10**5, 10**6)})},
                            {'role': 'user', 'content': 'and now do what I asked with that text'}]
        body['tools'] = tools + [{'type': 'function', 'function': {'name': 'save_captured_text', 'parameters': {'type': 'object', 'properties': {'source': {'type': 'string'}, 'text': {'type': 'string'}}}}}]
    elif slot == 'file':
        fname = {'ocr_scan': 'scan_{n}.txt', 'dictation': 'voice_memo_{n}.txt', 'email_chain': 'thread_{n}.eml', 'pdf_paste': 'export_{n}.txt',
                 'chat_export': 'WhatsApp Chat {n}.txt', 'form_export': 'submission_{n}.csv', 'screenshot': 'screen_{n}.txt', 'clipboard': 'clip_{n}.txt'}[path].format(n=rng.randrange(100, 999))
        mime = 'message/rfc822' if fname.endswith('.eml') else ('text/csv' if fname.endswith('.csv') else 'text/plain')
        body['messages'] = [{'role': 'user', 'content': [{'type': 'text', 'text': ask},
                                                         {'type': 'file', 'file': {'filename': fname, 'file_data': f'data:{mime};base64,{b64(text)}'}}]}]
    elif slot == 'metadata':
        body['messages'] = [sysmsg, {'role': 'user', 'content': ask + ' (the text is attached in the request metadata)'}]
        body['store'] = True
        body['metadata'] = {'source': path, 'captured_text': text, 'batch': f'b{rng.randrange(100, 999)}'}
    elif slot == 'schema':
        body['messages'] = [sysmsg, {'role': 'user', 'content': f'{ask}\n\n{text}'}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'captured_record', 'strict': True, 'schema': {
            'type': 'object', 'additionalProperties': False, 'required': ['fields', 'issues'],
            'properties': {'fields': {'type': 'object', 'description': 'Corrected field values as found in the captured text.'},
                           'issues': {'type': 'array', 'items': {'type': 'string'}}}}}}
    if rng.random() < .25:
        body['temperature'] = rng.choice([0, 0.2, 0.3])
    if rng.random() < .15:
        body['stop'] = rng.choice([['\n\n###'], ['END'], ['</record>']])
    return body


def haystack(body):
    out = []

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)
            m = re.match(r'data:[\w/.+-]+;base64,(.*)$', x, re.S)
            if m:
                walk(base64.b64decode(m.group(1)).decode('utf-8'))
            out.append(urllib.parse.unquote(x))
            out.append(urllib.parse.unquote_plus(x))
            try:
                walk(json.loads(x))
            except (ValueError, TypeError):
                pass
    walk(body)
    return '\u0000'.join(out)


# ----------------------------------------------------------------------------------------------------------
# PII split
# ----------------------------------------------------------------------------------------------------------
CHAT_MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'local/qwen2.5-7b-instruct']


DEBUG = False


ROTATION = LOCALES + [LOC['en-US'], LOC['en-US'], LOC['en-GB']]


def build_pii(rng):
    records = []
    n_sens, n_ben = 36, 26
    missing = collections.Counter()
    idx = 0
    for pi, path in enumerate(PATHS):
        plan = [('s', i) for i in range(n_sens)] + [('b', i) for i in range(n_ben)]
        rng.shuffle(plan)
        for kind, i in plan:
            idx += 1
            loc = ROTATION[(i * 7 + pi * 3 + (0 if kind == 's' else 11)) % len(ROTATION)]
            person = make_person(rng, loc)
            sens = kind == 's'
            if sens:
                incidental = i % 9 == 4
                if incidental:
                    its = sensitive_items(rng, loc, person, n_extra=1)[1:]
                    variant = 'incidental'
                else:
                    its = sensitive_items(rng, loc, person)
                    variant = f'{len(its)} values'
                items = [(e, lab, v) for e, lab, v in its]
            else:
                variant = BENIGN_KINDS[(i + pi) % len(BENIGN_KINDS)]
                items = [(None, lab, v) for lab, v in benign_items(rng, loc, variant)]
            text, issued = RENDER[path](rng, loc, items, person, sens)
            ask = rng.choice(ASKS[path])
            if rng.random() < .35 and lang2(loc) in LOCAL_ASKS:
                ask = LOCAL_ASKS[lang2(loc)] + ' ' + ask if rng.random() < .3 else LOCAL_ASKS[lang2(loc)]
            if idx % 10 == 3:
                endpoint, slot = 'completions', 'prompt'
                body = {'model': rng.choice(['gpt-3.5-turbo-instruct', 'hybridgate/auto']), 'prompt': f'{ask}\n\n{text}\n\n###\n',
                        'max_tokens': rng.choice([256, 400, 800])}
            else:
                endpoint = 'chat'
                slot = SLOTS[(idx * 5 + pi) % len(SLOTS)]
                if slot == 'metadata' and len(text) > 500:
                    slot = 'tool_result'
                body = place(rng, path, text, ask, slot, rng.choice(CHAT_MODELS), idx)
                if rng.random() < .12:
                    if sens and rng.random() < .5:
                        body['user'] = person['email']
                        issued.append(('email', person['email']))
                    else:
                        body['user'] = 'u_' + ''.join(rng.choice('0123456789abcdef') for _ in range(12))
            hay = haystack(body)
            ents = set()
            for e, r in issued:
                if r in hay:
                    ents.add(e)
                else:
                    missing[e] += 1
                    if DEBUG:
                        print('MISSING', path, slot, e, repr(r)[:80])
            assert sens == bool(ents) or not sens, (path, issued)
            if sens and not ents:
                raise SystemExit(f'sensitive record without a found value: {path}')
            if not sens:
                assert not issued and not ents
            records.append({'id': f'karst-pii-{idx:04d}', 'category': path if sens else f'{path}_benign', 'sensitive': bool(ents),
                            'entities': sorted(ents), 'endpoint': endpoint, 'lang': loc.code,
                            'style': f'{path} · {slot} · {variant}', 'body': body})
    for r in records:
        assert r['sensitive'] == bool(r['entities'])
    return records, missing


# ----------------------------------------------------------------------------------------------------------
# complexity split: prompts that also arrive through the capture paths
# ----------------------------------------------------------------------------------------------------------
SHORT_EASY = [
    ('en', 'dictation', 'whats the capital of {country} question mark'),
    ('en', 'dictation', 'convert {n} degrees fahrenheit to celsius'),
    ('en', 'clipboard', 'fix the capitalisation: "{phrase}"'),
    ('en', 'clipboard', 'what does {acr} stand for?'),
    ('en', 'ocr_scan', 'OCR gave me "{ocrword}" - what word is that?'),
    ('en', 'chat_export', 'translate to {tl}: "see you at the station at {h} o\'clock"'),
    ('en', 'form_export', 'url-decode this: name%3D{word}%26qty%3D{n}'),
    ('en', 'pdf_paste', 'remove the tabs: "{word}\\t\\t{n}\\tunits"'),
    ('de', 'dictation', 'wie viele tage hat der {mon_de} fragezeichen'),
    ('fr', 'dictation', 'combien font {a} fois {b}'),
    ('es', 'clipboard', '¿Cómo se dice "{phrase}" en inglés?'),
    ('it', 'chat_export', 'traduci in inglese: "arrivo alle {h}"'),
    ('pt', 'dictation', 'quanto é {a} mais {b}'),
    ('nl', 'clipboard', 'zet dit in hoofdletters: {word}'),
    ('pl', 'dictation', 'ile to jest {a} razy {b}'),
    ('ru', 'clipboard', 'переведи на английский: «{ru_phrase}»'),
    ('ja', 'ocr_scan', '「{ja_word}」の読み方を教えて'),
    ('zh', 'clipboard', '把“{zh_phrase}”翻译成英文'),
    ('ko', 'dictation', '{a} 더하기 {b}는 얼마야'),
    ('tr', 'chat_export', '"{tr_phrase}" İngilizce ne demek?'),
    ('sv', 'dictation', 'vad är {a} gånger {b}'),
    ('el', 'clipboard', 'μετάφρασε στα αγγλικά: «καλημέρα»'),
    ('hi', 'dictation', '{a} और {b} का जोड़ क्या है'),
    ('ar', 'clipboard', 'ترجم إلى الإنجليزية: "{ar_phrase}"'),
    ('he', 'chat_export', 'תרגם לאנגלית: "{he_phrase}"'),
    ('th', 'dictation', '{a} คูณ {b} เท่ากับเท่าไหร่'),
    ('cs', 'clipboard', 'přelož do angličtiny: "{cs_phrase}"'),
    ('fi', 'dictation', 'paljonko on {a} plus {b}'),
]
SHORT_HARD = [
    ('en', 'dictation', 'prove that the square root of {p} is irrational and explain each step'),
    ('en', 'dictation', 'design a rate limiter for {n} thousand requests per second across {k} regions what are the trade offs between token bucket and sliding window'),
    ('en', 'clipboard', 'Why does this deadlock? `lock(a); lock(b)` in thread 1 and `lock(b); lock(a)` in thread 2 with a {ms}ms timeout retry loop. Propose a fix that keeps throughput.'),
    ('en', 'clipboard', 'Prove or refute: every tournament on {n} vertices has a Hamiltonian path.'),
    ('en', 'chat_export', '[{hh}:{mm}] dev: our p99 jumped from {a}ms to {b}ms after enabling TLS session resumption, CPU is flat. root cause?'),
    ('en', 'ocr_scan', 'Photo of the whiteboard: "T(n) = {k}T(n/{k}) + n log n". Solve the recurrence and justify which master-theorem case applies.'),
    ('en', 'form_export', 'q=how+many+ways+to+tile+a+2x{n}+board+with+dominoes+and+trominoes+derive+the+recurrence'),
    ('en', 'pdf_paste', 'Lemma 3.{k}\tIf G is bipartite then χ(G) ≤ 2.\tShow the converse fails for infinite graphs or prove it holds.'),
    ('en', 'screenshot', 'The screenshot shows a Postgres plan doing a seq scan on {n}M rows despite an index on (tenant_id, created_at). Explain why the planner chose it and how to fix it without a hint.'),
    ('en', 'email_chain', '> can we shard by customer_id or by region?\nWeigh hot-spotting, cross-shard joins and GDPR residency; recommend one for {n} TB growing {k}x/yr.'),
    ('en', 'dictation', 'we have {k} replicas and quorum reads what consistency anomalies can still happen during a network partition give a concrete interleaving'),
    ('en', 'clipboard', 'Find the bug: `for i in range(len(xs)): if xs[i] == t: xs.pop(i)` fails on [{a},{a},{b}]. Explain and give a correct O(n) version with proof of correctness.'),
    ('de', 'dictation', 'beweise dass es unendlich viele primzahlen der form 4k plus {r} gibt'),
    ('de', 'clipboard', 'Warum liefert unser Kafka-Consumer nach einem Rebalance Nachrichten doppelt, obwohl enable.auto.commit=false ist? Ursachen und sichere Lösung.'),
    ('fr', 'dictation', 'démontre que toute suite réelle bornée admet une sous suite convergente'),
    ('fr', 'chat_export', '[{hh}:{mm}] Léa: le cache LRU fuit la mémoire sous charge, {n} threads. Quelle conception lock-free et quels compromis ?'),
    ('es', 'clipboard', 'Diseña un esquema de versionado de API que permita despliegues sin caída con {k} clientes móviles antiguos; compara alternativas.'),
    ('es', 'dictation', 'demuestra por inducción que la suma de los primeros n impares es n al cuadrado y explica el caso base'),
    ('it', 'ocr_scan', 'Esercizio {k}: dimostrare che ogni gruppo di ordine p² è abeliano.'),
    ('pt', 'clipboard', 'Por que este índice composto não é usado em `WHERE b = ? AND a > ?` com {n} milhões de linhas? Explique e proponha alternativas.'),
    ('pl', 'dictation', 'udowodnij że graf planarny ma wierzchołek stopnia co najwyżej pięć'),
    ('ru', 'clipboard', 'Докажи, что в любой группе из {n} человек найдутся двое с одинаковым числом знакомых.'),
    ('ja', 'chat_export', '[{hh}:{mm}] 田中: 分散ロックを Redis で実装したがフェイルオーバー時に二重取得が起きる。原因と安全な設計は？'),
    ('zh', 'dictation', '证明任意{n}个整数中必有两个数之差能被{k}整除'),
    ('ko', 'clipboard', '이벤트 소싱과 CRUD 중 {n}만 건/일 주문 시스템에 무엇이 맞는지 장단점을 비교해 설계해 줘'),
    ('tr', 'dictation', 'her sonlu tamlık bölgesinin bir cisim olduğunu kanıtla'),
    ('nl', 'clipboard', 'Ontwerp een idempotente betaal-webhook-verwerking met retries van {k} providers; welke afwegingen?'),
    ('sv', 'screenshot', 'Skärmbilden visar en flamegraph där {n}% av tiden ligger i malloc. Vad är trolig grundorsak och hur verifierar jag det?'),
    ('hi', 'dictation', 'सिद्ध करो कि √{p} अपरिमेय है'),
    ('uk', 'clipboard', 'Чому цей алгоритм Дейкстри дає неправильну відповідь на графі з від\'ємним ребром {a}? Доведи і запропонуй заміну.'),
]
FILL = dict(country=['Portugal', 'Chile', 'Kenya', 'Vietnam', 'Norway'], phrase=['thank you for your patience', 'the meeting is moved', 'please sign here'],
            acr=['OCR', 'PDF', 'SMS', 'CSV', 'HTTP'], ocrword=['rnodern', 'c1ient', 'B0ok', 'lnvoice'], tl=['Polish', 'Greek', 'Turkish', 'Czech'],
            word=['apples', 'bolts', 'paper', 'cables'], mon_de=['Februar', 'April', 'September'], ru_phrase=['доброе утро', 'счёт оплачен'],
            ja_word=['紫陽花', '向日葵', '蒲公英'], zh_phrase=['会议推迟了', '请稍等'], tr_phrase=['kolay gelsin', 'geçmiş olsun'],
            ar_phrase=['شكرا لك', 'إلى اللقاء'], he_phrase=['בוקר טוב', 'תודה רבה'], cs_phrase=['dobrou noc', 'na shledanou'])


def fill(rng, t):
    vals = {k: rng.choice(v) for k, v in FILL.items()}
    vals.update(n=rng.randrange(3, 120), a=rng.randrange(2, 60), b=rng.randrange(2, 60), h=rng.randrange(6, 11),
                p=rng.choice([2, 3, 5, 7, 11]), k=rng.randrange(2, 9), ms=rng.choice([50, 100, 250]), r=rng.choice([1, 3]),
                hh=f'{rng.randrange(8, 23):02d}', mm=f'{rng.randrange(0, 60):02d}')
    return t.format(**vals)


NOTICE_LINES = ['The library will be closed on public holidays.', 'Bins are collected on Tuesdays before 7 a.m.',
                'Parking permits must be displayed on the dashboard.', 'The lift in block C is under maintenance this week.',
                'Please keep corridors free of bicycles.', 'Quiet hours are from 10 p.m. to 7 a.m.',
                'Recycling: paper in blue bins, glass in green.', 'The community garden opens at 9 a.m. on Saturdays.',
                'Visitors should sign in at reception.', 'Heating will be tested on the first Monday of the month.',
                'Bins are collected on Wednesdays only.', 'Quiet hours start at 11 p.m. on weekdays.',
                'Bicycles may be stored in the corridor of block C.', 'The library is open on the first public holiday of each month.']
STOCK = ['A4 paper', 'toner black', 'stapler', 'sticky notes', 'USB-C cable', 'whiteboard marker', 'envelopes C5', 'binder clips']
LOG_LINES = ['INFO  worker-{w} picked job {j}', 'WARN  pool exhausted, waiting {ms}ms', 'ERROR timeout talking to db-{w} after {ms}ms',
             'INFO  retry {r}/5 for job {j}', 'DEBUG cache miss key=session:{j}', 'INFO  GC pause {ms}ms', 'WARN  lag {ms}ms on partition {w}',
             'ERROR lock wait timeout on row {j}', 'INFO  commit offset {j}', 'INFO  rebalance started gen={r}']


def long_capture(rng, path, kind, target=1600):
    """a long captured text in the shape of the path."""
    lines = []
    i = 0
    while sum(len(x) + 1 for x in lines) < target:
        i += 1
        if kind == 'notice':
            s = rng.choice(NOTICE_LINES)
        elif kind == 'stock':
            s = f'{rng.choice(STOCK)}\t{rng.randrange(1, 400)}\t{rng.choice(["shelf", "cupboard", "drawer"])} {rng.choice("ABCDEF")}{rng.randrange(1, 9)}'
        else:
            s = f'2026-11-{rng.randrange(1, 28):02d}T{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d}Z ' + rng.choice(LOG_LINES).format(w=rng.randrange(1, 9), j=rng.randrange(10**5, 10**6), ms=rng.choice([120, 480, 2000, 5000, 30000]), r=rng.randrange(1, 6))
        if path == 'ocr_scan':
            s = ocr_confuse(s, rng, 1) if rng.random() < .5 else s
            if rng.random() < .2 and len(s) > 30:
                cut = len(s) // 2
                s = s[:cut] + '-\n' + s[cut:]
        elif path == 'email_chain':
            s = '> ' + s
        elif path == 'chat_export':
            s = f'[{rng.randrange(8, 23):02d}:{rng.randrange(0, 60):02d}] {rng.choice(["ops", "dana", "lee", "bot"])}: {s}'
        elif path == 'dictation':
            s = re.sub(r'[^\w\s]', '', s.lower())
        elif path == 'pdf_paste' and rng.random() < .1:
            s += f'\n{rng.randrange(2, 40)}'
        lines.append(s)
    if path == 'email_chain':
        lines.insert(0, f'On {rand_ts(rng):%a, %d %b %Y at %H:%M}, ops-team@{rng.choice(ORG_DOMAINS)} wrote:')
    return '\n'.join(lines)


LONG_EASY_ASKS = [('en', 'Summarise this in three bullet points.'), ('en', 'Fix the OCR errors and return the clean text, nothing else.'),
                  ('en', 'Turn this into a CSV with the same columns.'), ('en', 'Translate this into Spanish.'),
                  ('en', 'How many lines mention ERROR? Just the number.'), ('de', 'Fasse das bitte in zwei Sätzen zusammen.'),
                  ('fr', 'Traduis ce texte en français.'), ('es', 'Resume esto en tres puntos.'), ('it', 'Riassumi in due frasi.'),
                  ('pt', 'Ordene as linhas alfabeticamente.'), ('nl', 'Vat dit samen in drie punten.'), ('pl', 'Streść to w dwóch zdaniach.'),
                  ('ru', 'Кратко перескажи этот текст.'), ('ja', 'この文章を3行で要約してください。'), ('zh', '请把这段文字翻译成中文。'),
                  ('ko', '이 내용을 세 줄로 요약해 주세요.'), ('tr', 'Bunu üç maddede özetle.'), ('sv', 'Sammanfatta i tre punkter.'),
                  ('el', 'Συνόψισε σε τρεις γραμμές.'), ('hi', 'इसे तीन बिंदुओं में सारांशित करें।'), ('ar', 'لخص هذا النص في ثلاث نقاط.'),
                  ('he', 'סכם את זה בשלוש נקודות.'), ('th', 'ช่วยสรุปเป็นสามข้อ'), ('cs', 'Shrň to do tří bodů.'), ('ro', 'Rezumă în trei puncte.'),
                  ('fi', 'Tiivistä kolmeen kohtaan.'), ('uk', 'Підсумуй у трьох пунктах.')]
LONG_HARD_ASKS = [('en', 'Find the root cause of the failures in this log, explain the causal chain step by step, and propose a fix with its trade-offs.'),
                  ('en', 'From this inventory, design a reorder policy that minimises stock-outs under a fixed budget; justify it and state the assumptions.'),
                  ('en', 'These notices conflict in places. Build a consistent rule set, prove there is no contradiction left, and explain which rule wins where.'),
                  ('de', 'Analysiere das Log: Was ist die eigentliche Ursache der Timeouts, wie hängen Retries, Lock-Waits und GC-Pausen zusammen, und welche Architekturänderung empfiehlst du?'),
                  ('fr', 'Analyse ce journal, identifie la cause racine des erreurs et compare deux corrections possibles avec leurs compromis.'),
                  ('es', 'Analiza este registro, reconstruye la cadena causal del fallo y propone un rediseño con sus ventajas y desventajas.'),
                  ('ja', 'このログから障害の根本原因を特定し、因果関係を順に説明し、トレードオフを含めた対策を提案してください。'),
                  ('zh', '分析这段日志，找出超时的根本原因，逐步说明因果链，并比较两种修复方案的利弊。'),
                  ('pt', 'Com base no inventário, projete uma política de reposição ótima sob orçamento fixo e justifique matematicamente.'),
                  ('ru', 'Найди первопричину сбоев в этом логе, объясни цепочку событий и предложи исправление с компромиссами.'),
                  ('ko', '이 로그에서 장애의 근본 원인을 찾고 인과 관계를 단계별로 설명한 뒤 트레이드오프를 포함한 해결책을 제안해 줘.'),
                  ('pl', 'Znajdź przyczynę źródłową błędów w tym logu i zaproponuj dwie poprawki, porównując ich kompromisy.'),
                  ('nl', 'Zoek de grondoorzaak in dit log, leg de causale keten uit en weeg twee oplossingen tegen elkaar af.'),
                  ('it', 'Trova la causa principale degli errori in questo log e confronta due soluzioni con i relativi compromessi.'),
                  ('tr', 'Bu logdaki hataların kök nedenini bul, nedensellik zincirini açıkla ve ödünleşimleriyle bir çözüm öner.'),
                  ('he', 'מצא את שורש התקלות ביומן, הסבר את שרשרת הסיבתיות והצע תיקון עם היתרונות והחסרונות.')]


def build_complexity(rng):
    recs = []
    plan = [('short_simple', 45), ('long_easy', 50), ('short_hard', 50), ('long_hard', 45)]
    flat = [c for c, n in plan for _ in range(n)]
    rng.shuffle(flat)
    cnt = collections.Counter()
    for idx, cat in enumerate(flat, 1):
        k = cnt[cat]
        cnt[cat] += 1
        path = PATHS[(idx * 3 + k) % len(PATHS)]
        if cat == 'short_simple':
            lang, path, t = SHORT_EASY[k % len(SHORT_EASY)]
            text = fill(rng, t)
        elif cat == 'short_hard':
            lang, path, t = SHORT_HARD[k % len(SHORT_HARD)]
            text = fill(rng, t)
        elif cat == 'long_easy':
            lang, ask = LONG_EASY_ASKS[k % len(LONG_EASY_ASKS)]
            kind = ['notice', 'stock', 'log'][k % 3]
            if 'ERROR' in ask:
                kind = 'log'
            cap = long_capture(rng, path, kind, 1600 + rng.randrange(0, 900))
            text = f'{ask}\n\n{cap}' if rng.random() < .6 else f'{cap}\n\n{ask}'
        else:
            lang, ask = LONG_HARD_ASKS[k % len(LONG_HARD_ASKS)]
            kind = 'stock' if 'inventory' in ask or 'inventário' in ask else ('notice' if 'notices' in ask else 'log')
            cap = long_capture(rng, path, kind, 1700 + rng.randrange(0, 1500))
            text = f'{ask}\n\n{cap}'
        label = 1 if cat in ('short_hard', 'long_hard') else 0
        if cat.startswith('long'):
            assert len(text) >= 1500
        if idx % 10 == 7:
            endpoint = 'completions'
            body = {'model': 'hybridgate/auto', 'prompt': text + '\n\nAnswer:', 'max_tokens': 600 if label else 200}
        else:
            endpoint = 'chat'
            r = rng.random()
            if r < .55:
                msgs = [{'role': 'user', 'content': text}]
            elif r < .75:
                msgs = [{'role': 'system', 'content': rng.choice(SYSTEMS)}, {'role': 'user', 'content': text}]
            elif r < .9:
                msgs = [{'role': 'user', 'content': [{'type': 'text', 'text': text}]}]
            else:
                msgs = [{'role': 'user', 'content': rng.choice(['hi', 'quick one', 'another question'])},
                        {'role': 'assistant', 'content': rng.choice(['Sure, go ahead.', 'Hello! How can I help?'])},
                        {'role': 'user', 'content': text}]
            body = {'model': rng.choice(['hybridgate/auto', 'hybridgate/auto', 'gpt-4o-mini']), 'messages': msgs}
        recs.append({'id': f'karst-cx-{idx:04d}', 'category': cat, 'label': label,
                     'length_adversarial': cat in ('long_easy', 'short_hard'), 'endpoint': endpoint, 'lang': lang,
                     'style': f'{path}', 'body': body})
    return recs


# ----------------------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pii, missing = build_pii(rng)
    cx = build_complexity(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (('pii_karst.jsonl', pii), ('complexity_karst.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_karst.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions), {sens} sensitive / {len(pii) - sens} benign, '
          f'{len({r["lang"] for r in pii})} language tags')
    print('  categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print('  slots:', dict(sorted(collections.Counter(r['style'].split(' · ')[1] for r in pii).items())))
    print('  benign kinds:', dict(sorted(collections.Counter(r['style'].split(' · ')[2] for r in pii if not r['sensitive']).items())))
    print('  issued values not found in their body (dropped from labels):', dict(missing) or 0)
    la = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_karst.jsonl: {len(cx)} requests in {len({r["lang"] for r in cx})} language tags: ',
          dict(sorted(collections.Counter(r['category'] for r in cx).items())),
          f'{la} ({100 * la // len(cx)}%) length-adversarial, {sum(r["label"] for r in cx)} labelled 1')
    print('  validated values:', dict(sorted(VALIDATED.items())))
    print('  pools kept/total:', {k: f'{v[0]}/{v[1]}' for k, v in sorted(POOL_SIZES.items()) if v[0] < v[1] or ':' not in k})


if __name__ == '__main__':
    main()
