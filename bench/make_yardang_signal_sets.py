#!/usr/bin/env python3
"""Yardang: an independent evaluation split for the request signals, organised by RESEARCH, SURVEYS AND STUDIES.

Writes bench/data/signals/pii_yardang.jsonl and bench/data/signals/complexity_yardang.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity:
id, category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages or history; the record format came from the first 70 lines of the delta
    generator and the first two lines of the delta files. The other generators were not read: their sources
    are only scanned automatically at run time for capitalised / non-ASCII words and non-ASCII bigrams, and
    every name and street pool of this file is cut to entries that avoid that set (the run aborts if a pool
    runs empty). Those words are never printed.

Organising principle
    Research, surveys and studies: signed consent forms vs blank consent templates, survey exports (respondent
    e-mail, IP address column) vs anonymised / preview exports, free-text survey answers in which respondents
    leave their own contact details vs answers that name eponyms, public figures and brands, clinical-trial
    style screening logs (name, birth date, hospital record number) vs logs with screening codes and ages,
    field and lab notebooks (an interviewee's home) vs notebooks with sample IDs and coordinates of public
    sites, academic collaboration e-mails, ethics-board submissions and incident reports, data-sharing
    agreements, re-identification key files vs pseudonymised datasets, and participant incentive payments
    (IBAN, card, bank account, tax number) vs voucher codes and registry example values. Private participants
    and respondents are personal data; researchers cited in their published role, institutions' and labs'
    role mailboxes and reference numbers are not. Sensitive records use category ``<kind>``, benign ones
    ``<kind>_benign``. Participant data is written in 22 locales (Latin, Cyrillic, Greek, Hebrew, Arabic,
    Devanagari, Thai, Han, Kana and Hangul scripts) and placed by rotation in user / system / assistant /
    tool messages, tool-call arguments, base64 text file parts, response_format schemas, ``metadata`` with
    ``store: true`` or the legacy completions ``prompt``.

Labels
    ``entities`` is computed by searching the serialised body (file parts decoded, URLs unquoted) for every
    value the record issued. ``ssn`` is the US SSN only; other citizen numbers (DNI, BSN, PESEL,
    personnummer, HETU, T.C. kimlik, Teudat Zehut, Aadhaar, Thai PIN, resident ID, RRN, My Number) are
    NATIONAL_ID; taxpayer numbers (CPF, INN, RNOKPP) TAX_ID; NHS numbers HEALTH_INSURANCE; hospital record
    numbers MEDICAL_RECORD; a US routing + account pair US_BANK_NUMBER; a respondent's public IP IP_ADDRESS.
    ``sensitive`` is true exactly when ``entities`` is non-empty.

Contents (seed 20261205)
    pii_yardang.jsonl: 500 requests (459 chat, 41 completions) in 23 language tags; 10 kinds x 50 (29 sensitive +
    21 benign each: 290 sensitive / 210 benign). Entity totals: person 260, DATE_OF_BIRTH 121, phone 106, email 103,
    MEDICAL_RECORD 58, STREET_ADDRESS 47, NATIONAL_ID 42, IP_ADDRESS 29, iban 24, TAX_ID 14, HEALTH_INSURANCE 10,
    ssn 9, credit_card 8, US_BANK_NUMBER 7. Some sensitive records carry a bare given name next to a contact
    value (labelled person). complexity_yardang.jsonl: 190 chat prompts in 20 language tags: short_simple 48,
    long_easy 52 (>= 1,500 chars), short_hard 52, long_hard 38; 104 (54%) length-adversarial, 90 labelled 1.
    The run prints all counts.

Name pools
    Names, streets and public-figure references are cut against the other generators' word set (whole words;
    for Han and Kana, also character bigrams). Where a locale pool keeps fewer than four entries it is topped
    up with names composed from locale-typical parts, cut the same way; Korean full names are cut as one word.

Validation
    Every identifier is validated with python-stdnum (IBAN, Luhn card, SSN, RTN and the national modules),
    every phone number with ``phonenumbers`` for its region, every IP with ``ipaddress`` (global, outside the
    documentation ranges); the run aborts on an invalid value.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_yardang_signal_sets.py [--seed 20261205] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import ipaddress
import json
import pathlib
import random
import re
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.gb import nhs
from stdnum.il import idnr
from stdnum.in_ import aadhaar
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

HERE = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus',
                  'playa', 'pingo', 'kame', 'tepui', 'arete', 'bajada', 'cuesta', 'loess')


def other_words():
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        t = p.read_text(encoding='utf-8', errors='ignore')
        for w in re.findall(r'\b[A-Z][A-Za-z]+\b', t):
            words.add(w.lower())
        for w in re.findall(r'[^\x00-\x7f\W]+|\w*[^\x00-\x7f]\w*', t):
            words.add(w.lower())
            for i in range(len(w) - 1):
                if ord(w[i]) > 127 and ord(w[i + 1]) > 127:
                    bigrams.add(w[i:i + 2])
    return words, bigrams


OW, OB = other_words()


GENERIC = {'rd', 'ct', 'ln', 'dr', 'ave', 'trace', 'close', 'way', 'row', 'lane', 'drive', 'rue', 'des', 'du', 'de',
           'la', 'le', 'à', 'impasse', 'allée', 'chemin', 'calle', 'avenida', 'travesía', 'del', 'los', 'via', 'vicolo',
           'dei', 'delle', 'ul', 'al', 'rua', 'das', 'dos', 'do', 'travessa', 'am', 'sokak', 'caddesi', 'bulvarı',
           'ул', 'пер', 'вул', 'просп', 'οδός', 'רחוב', 'שדרות', 'شارع', 'gali', 'marg', 'ถนน', 'ซอย', 'no',
           'st', 'street', 'road', 'avenue', 'ave', 'ter', 'pl', 'cir', 'place', 'court', 'yard', 'of', 'the',
           'av', 'str', 'weg', 'straße', 'travessa', 'avenida', 'sokak', 'sokağı', 'д', 'кв'}
CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff]')


def clean(pool, what, allow_empty=False):
    out = []
    for e in pool:
        ok = True
        for tok in re.split(r'[\s|.\-,/]+', e):
            if not tok or tok.isdigit() or tok.lower() in GENERIC:
                continue
            if tok.lower() in OW:
                ok = False
            if CJK.search(tok):  # scripts written without spaces: compare bigrams too
                if any(tok[i:i + 2] in OB for i in range(len(tok) - 1)):
                    ok = False
        if ok:
            out.append(e)
    if not out and not allow_empty:
        raise SystemExit(f'pool ran empty after word cut: {what}')
    return out


# ----------------------------------------------------------------------------------------------- locales
# first/last entries are "native|latin" (latin used for e-mail local parts)
L = {}


def loc(tag, region, first, last, streets, places, addr, dob, lab, mail, idk):
    L[tag] = dict(tag=tag, region=region, first=first, last=last, streets=streets, places=places, addr=addr,
                  dob=dob, lab=lab, mail=mail, idk=idk)


def lab(n, b, t, a, e, i, p, say, cons):
    return dict(N=n, B=b, T=t, A=a, E=e, I=i, P=p, SAY=say, CONS=cons)


loc('en-US', 'US', ['Delphine|Delphine', 'Marisol|Marisol', 'Tobiah|Tobiah', 'Lorelei|Lorelei', 'Everett|Everett',
                    'Shonda|Shonda', 'Ansel|Ansel', 'Corliss|Corliss', 'Jubal|Jubal', 'Wynona|Wynona'],
    ['Birdsall|Birdsall', 'Quackenbush|Quackenbush', 'Pettibone|Pettibone', 'Lovejoy|Lovejoy', 'Haverkamp|Haverkamp',
     'Tolliver|Tolliver', 'Okafor-Reyes|OkaforReyes', 'Wendling|Wendling', 'Stoltzfus|Stoltzfus'],
    ['Sassafras Ridge Rd', 'Persimmon Ct', 'Quaker Hill Ln', 'Cottonwood Bend Dr', 'Redbud Trace', 'Shagbark Ave'],
    ['Dayton, OH 45419', 'Ames, IA 50010', 'Eugene, OR 97405', 'Lubbock, TX 79416', 'Macon, GA 31204'],
    '{n} {s}, {p}', '%m/%d/%Y',
    lab('Name', 'Date of birth', 'Phone', 'Home address', 'Email', 'SSN', 'Participant',
        'happy to do the follow-up interview, text me', 'I agree to take part in this study'),
    ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'], 'ssn')
loc('en-GB', 'GB', ['Imogen|Imogen', 'Rhodri|Rhodri', 'Tamsin|Tamsin', 'Alfie|Alfie', 'Morwenna|Morwenna',
                    'Caradoc|Caradoc', 'Elspeth|Elspeth', 'Ptolemy|Ptolemy'],
    ['Pengelly|Pengelly', 'Ashdown|Ashdown', 'Threlfall|Threlfall', 'Gunnell|Gunnell', 'Oakshott|Oakshott',
     'Rudkin|Rudkin', 'Mallinder|Mallinder'],
    ['Wheelwright Close', 'Saxifrage Way', 'Tanners Row', 'Cowslip Lane', 'Furlong Drive'],
    ['Truro TR1 3HQ', 'Wakefield WF2 8JD', 'Lancaster LA1 4XQ', 'Stroud GL5 1RJ'],
    '{n} {s}, {p}', '%d/%m/%Y',
    lab('Name', 'Date of birth', 'Telephone', 'Address', 'Email', 'NHS number', 'Participant',
        'happy to be contacted again, my mobile is', 'I consent to take part'),
    ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'sky.com'], 'nhs')
loc('de-DE', 'DE', ['Wiebke|Wiebke', 'Hauke|Hauke', 'Gesine|Gesine', 'Ortwin|Ortwin', 'Liesel|Liesel', 'Detlef|Detlef',
                    'Ilka|Ilka', 'Rüdiger|Ruediger'],
    ['Brinkhaus|Brinkhaus', 'Ohlendorf|Ohlendorf', 'Thiessen|Thiessen', 'Kleinschmidt|Kleinschmidt',
     'Wöhrle|Woehrle', 'Rautenberg|Rautenberg', 'Hülsmann|Huelsmann'],
    ['Lerchenweg', 'Am Mühlbach', 'Hagebuttenstraße', 'Ginsterweg', 'Kiebitzring', 'Schlehenpfad'],
    ['34117 Kassel', '49074 Osnabrück', '97070 Würzburg', '24103 Kiel'],
    '{s} {n}, {p}', '%d.%m.%Y',
    lab('Name', 'Geburtsdatum', 'Telefon', 'Anschrift', 'E-Mail', 'IBAN', 'Teilnehmerin',
        'gerne für ein Folgeinterview, erreichbar unter', 'Ich willige in die Teilnahme an der Studie ein'),
    ['web.de', 'gmx.de', 't-online.de', 'posteo.de'], 'iban:DE')
loc('fr-FR', 'FR', ['Ségolène|Segolene', 'Gaëtan|Gaetan', 'Anaïs|Anais', 'Ludovic|Ludovic', 'Maëlle|Maelle',
                    'Évariste|Evariste', 'Clotilde|Clotilde'],
    ['Lemarchand|Lemarchand', 'Duvignau|Duvignau', 'Kerbrat|Kerbrat', 'Pélissier|Pelissier', 'Touzard|Touzard',
     'Auberger|Auberger'],
    ['rue des Glycines', 'impasse du Moulin à Vent', 'allée des Tilleuls', 'chemin de la Garenne',
     'rue du Pressoir'],
    ['86000 Poitiers', '29200 Brest', '63000 Clermont-Ferrand', '21000 Dijon'],
    '{n} {s}, {p}', '%d/%m/%Y',
    lab('Nom', 'Date de naissance', 'Téléphone', 'Adresse', 'Courriel', 'IBAN', 'Participante',
        'je veux bien un second entretien, appelez-moi au', "J'accepte de participer à l'étude"),
    ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'], 'iban:FR')
loc('es-ES', 'ES', ['Itziar|Itziar', 'Fermín|Fermin', 'Remedios|Remedios', 'Anselmo|Anselmo', 'Nerea|Nerea',
                    'Telmo|Telmo', 'Begoña|Begona'],
    ['Arrizabalaga|Arrizabalaga', 'Quintanilla|Quintanilla', 'Villaverde|Villaverde', 'Echeverri|Echeverri',
     'Olmedo|Olmedo', 'Carbajosa|Carbajosa'],
    ['Calle de los Almendros', 'Avenida del Cierzo', 'Calle Zurradores', 'Travesía del Pozo', 'Calle Alcaparra'],
    ['50008 Zaragoza', '37002 Salamanca', '03004 Alicante', '15701 Santiago de Compostela'],
    '{s}, {n}, 2º B, {p}', '%d/%m/%Y',
    lab('Nombre', 'Fecha de nacimiento', 'Teléfono', 'Domicilio', 'Correo', 'DNI', 'Participante',
        'me apunto a la entrevista de seguimiento, mi móvil es', 'Doy mi consentimiento para participar'),
    ['gmail.com', 'hotmail.es', 'telefonica.net'], 'dni')
loc('it-IT', 'IT', ['Ottavia|Ottavia', 'Ruggero|Ruggero', 'Ippolita|Ippolita', 'Settimio|Settimio',
                    'Gaia|Gaia', 'Corrado|Corrado', 'Liliana|Liliana'],
    ['Scarpellini|Scarpellini', 'Bonfiglio|Bonfiglio', 'Tagliaferri|Tagliaferri', 'Migliaccio|Migliaccio',
     'Zanardelli|Zanardelli', 'Pecoraro|Pecoraro'],
    ['Via dei Carbonai', 'Vicolo del Gelsomino', 'Via delle Fornaci', 'Via Acquedotto', 'Via dei Canapai'],
    ['40126 Bologna', '06123 Perugia', '73100 Lecce', '38122 Trento'],
    '{s} {n}, {p}', '%d/%m/%Y',
    lab('Nome', 'Data di nascita', 'Telefono', 'Indirizzo', 'Email', 'IBAN', 'Partecipante',
        "disponibile per l'intervista di follow-up, cell.", 'Acconsento a partecipare allo studio'),
    ['libero.it', 'virgilio.it', 'alice.it', 'tiscali.it'], 'iban:IT')
loc('nl-NL', 'NL', ['Sjoukje|Sjoukje', 'Wouter|Wouter', 'Femke|Femke', 'Gerrit-Jan|GerritJan', 'Lieke|Lieke',
                    'Thijmen|Thijmen', 'Marijke|Marijke'],
    ['van Dongelen|vandongelen', 'Hoekstra-Bosma|hoekstrabosma', 'Wijnands|wijnands', 'de Gooijer|degooijer',
     'Stapelkamp|stapelkamp', 'Bruggeman|bruggeman'],
    ['Korenbloemstraat', 'Spoorsingel', 'Ganzenmarkt', 'Reigerlaan', 'Lindengracht'],
    ['9711 JP Groningen', '6511 AB Nijmegen', '3511 KS Utrecht', '5611 AH Eindhoven'],
    '{s} {n}, {p}', '%d-%m-%Y',
    lab('Naam', 'Geboortedatum', 'Telefoon', 'Adres', 'E-mail', 'BSN', 'Deelnemer',
        'ik wil best een vervolginterview, bel me op', 'Ik geef toestemming voor deelname'),
    ['ziggo.nl', 'kpnmail.nl', 'xs4all.nl', 'gmail.com'], 'bsn')
loc('pl-PL', 'PL', ['Bożena|Bozena', 'Wiesław|Wieslaw', 'Jadwiga|Jadwiga', 'Zdzisław|Zdzislaw', 'Halina|Halina',
                    'Mirosław|Miroslaw', 'Ksenia|Ksenia'],
    ['Grzybowska|grzybowska', 'Szczepaniak|szczepaniak', 'Wróblewski|wroblewski', 'Kołodziej|kolodziej',
     'Pietrzyk|pietrzyk', 'Żmuda|zmuda'],
    ['ul. Jaśminowa', 'ul. Kaczeńców', 'ul. Bednarska', 'al. Lipowa', 'ul. Młynarska'],
    ['31-052 Kraków', '20-400 Lublin', '80-836 Gdańsk', '60-101 Poznań'],
    '{s} {n}/4, {p}', '%d.%m.%Y',
    lab('Imię i nazwisko', 'Data urodzenia', 'Telefon', 'Adres', 'E-mail', 'PESEL', 'Uczestniczka',
        'chętnie wezmę udział w wywiadzie uzupełniającym, mój numer', 'Wyrażam zgodę na udział w badaniu'),
    ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'], 'pesel')
loc('pt-BR', 'BR', ['Iracema|Iracema', 'Valdemar|Valdemar', 'Jussara|Jussara', 'Cleiton|Cleiton', 'Rosângela|Rosangela',
                    'Edivaldo|Edivaldo', 'Luzia|Luzia'],
    ['Albuquerque|albuquerque', 'Nogueira|nogueira', 'Cavalcanti|cavalcanti', 'Brandão|brandao',
     'Figueiredo|figueiredo', 'Sampaio|sampaio'],
    ['Rua das Acácias', 'Travessa do Cajueiro', 'Rua Jequitibá', 'Avenida Bandeirantes', 'Rua dos Ipês'],
    ['Recife - PE, 50740-000', 'Campinas - SP, 13083-970', 'Belém - PA, 66075-110', 'Natal - RN, 59078-970'],
    '{s}, {n}, apto 32, {p}', '%d/%m/%Y',
    lab('Nome', 'Data de nascimento', 'Telefone', 'Endereço', 'E-mail', 'CPF', 'Participante',
        'topo participar da entrevista de retorno, meu zap é', 'Concordo em participar da pesquisa'),
    ['uol.com.br', 'bol.com.br', 'gmail.com', 'terra.com.br'], 'cpf')
loc('sv-SE', 'SE', ['Solveig|Solveig', 'Torbjörn|Torbjorn', 'Ylva|Ylva', 'Gunnar|Gunnar', 'Märta|Marta',
                    'Leif|Leif', 'Ingegerd|Ingegerd'],
    ['Sjöqvist|sjoqvist', 'Lindholm|lindholm', 'Bergkvist|bergkvist', 'Åkesson|akesson', 'Forsgren|forsgren',
     'Ekdahl|ekdahl'],
    ['Blåbärsvägen', 'Smedjegatan', 'Tallstigen', 'Ängsvägen', 'Kvarngränd'],
    ['752 36 Uppsala', '903 26 Umeå', '582 22 Linköping', '411 38 Göteborg'],
    '{s} {n}, {p}', '%Y-%m-%d',
    lab('Namn', 'Födelsedatum', 'Telefon', 'Adress', 'E-post', 'Personnummer', 'Deltagare',
        'ställer gärna upp på en uppföljningsintervju, ring', 'Jag samtycker till att delta i studien'),
    ['telia.com', 'gmail.com', 'bredband.net'], 'personnummer')
loc('fi-FI', 'FI', ['Aino|Aino', 'Tapio|Tapio', 'Sirkka|Sirkka', 'Veikko|Veikko', 'Kaarina|Kaarina', 'Ilmari|Ilmari'],
    ['Hämäläinen|hamalainen', 'Kettunen|kettunen', 'Rautiainen|rautiainen', 'Pesonen|pesonen',
     'Väisänen|vaisanen', 'Ahokas|ahokas'],
    ['Kuusikuja', 'Pihlajatie', 'Myllärintie', 'Saunalahdentie', 'Haapaniemenkatu'],
    ['33100 Tampere', '90100 Oulu', '40100 Jyväskylä', '20100 Turku'],
    '{s} {n} B 12, {p}', '%d.%m.%Y',
    lab('Nimi', 'Syntymäaika', 'Puhelin', 'Osoite', 'Sähköposti', 'Henkilötunnus', 'Osallistuja',
        'voin osallistua jatkohaastatteluun, numeroni on', 'Suostun osallistumaan tutkimukseen'),
    ['gmail.com', 'luukku.com', 'elisanet.fi'], 'hetu')
loc('tr-TR', 'TR', ['Gülsüm|gulsum', 'Hüseyin|huseyin', 'Nermin|nermin', 'Oğuzhan|oguzhan', 'Şükran|sukran',
                    'Cengiz|cengiz'],
    ['Karataş|karatas', 'Yılmazer|yilmazer', 'Doğanay|doganay', 'Çakıroğlu|cakiroglu', 'Sarıgül|sarigul'],
    ['Ihlamur Sokak', 'Menekşe Caddesi', 'Değirmen Sokak', 'Gazi Mustafa Kemal Bulvarı', 'Papatya Sokak'],
    ['06690 Çankaya/Ankara', '35220 Konak/İzmir', '16110 Nilüfer/Bursa'],
    '{s} No:{n} D:5, {p}', '%d.%m.%Y',
    lab('Ad Soyad', 'Doğum tarihi', 'Telefon', 'Adres', 'E-posta', 'T.C. Kimlik No', 'Katılımcı',
        'takip görüşmesine katılabilirim, numaram', 'Araştırmaya katılmayı kabul ediyorum'),
    ['hotmail.com', 'gmail.com', 'yandex.com.tr'], 'tckimlik')
loc('ru-RU', 'RU', ['Евдокия|evdokiya', 'Святослав|svyatoslav', 'Зинаида|zinaida', 'Аркадий|arkadiy', 'Таисия|taisiya',
                    'Всеволод|vsevolod'],
    ['Ширяев|shiryaev', 'Колесникова|kolesnikova', 'Бурмистров|burmistrov', 'Лаптева|lapteva', 'Рябинин|ryabinin'],
    ['ул. Черёмуховая', 'Рябиновый пер.', 'ул. Кожевенная', 'ул. Садовническая'],
    ['630090 Новосибирск', '620014 Екатеринбург', '420111 Казань'],
    '{s}, д. {n}, кв. 17, {p}', '%d.%m.%Y',
    lab('ФИО', 'Дата рождения', 'Телефон', 'Адрес', 'Эл. почта', 'ИНН', 'Участница',
        'готова к повторному интервью, мой телефон', 'Я согласна участвовать в исследовании'),
    ['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru'], 'inn')
loc('uk-UA', 'UA', ['Ярина|yaryna', 'Остап|ostap', 'Соломія|solomiia', 'Тарас|taras', 'Оксана|oksana', 'Богдан|bohdan'],
    ['Кравчук|kravchuk', 'Гнатюк|hnatiuk', 'Мельничук|melnychuk', 'Ковальчук|kovalchuk', 'Стефанишин|stefanyshyn'],
    ['вул. Личаківська', 'вул. Вишнева', 'просп. Свободи', 'вул. Каштанова'],
    ['79000 Львів', '61000 Харків', '65000 Одеса'],
    '{s}, {n}, кв. 8, {p}', '%d.%m.%Y',
    lab('ПІБ', 'Дата народження', 'Телефон', 'Адреса', 'Ел. пошта', 'РНОКПП', 'Учасниця',
        'можу взяти участь у повторному інтерв’ю, мій номер', 'Я погоджуюся взяти участь у дослідженні'),
    ['ukr.net', 'i.ua', 'gmail.com'], 'rntrc')
loc('el-GR', 'GR', ['Χρυσούλα|chrysoula', 'Παναγιώτης|panagiotis', 'Ευανθία|evanthia', 'Σπυρίδων|spyridon',
                    'Αγλαΐα|aglaia'],
    ['Καραμανλάκη|karamanlaki', 'Ζαχαρόπουλος|zacharopoulos', 'Μπουρνάζου|bournazou', 'Τσιρίγος|tsirigos'],
    ['οδός Αμαλιάδος', 'οδός Πλαστήρα', 'οδός Ξενοκράτους', 'οδός Καλλιδρομίου'],
    ['54622 Θεσσαλονίκη', '26221 Πάτρα', '71202 Ηράκλειο'],
    '{s} {n}, {p}', '%d/%m/%Y',
    lab('Ονοματεπώνυμο', 'Ημερομηνία γέννησης', 'Τηλέφωνο', 'Διεύθυνση', 'Email', 'IBAN', 'Συμμετέχουσα',
        'δέχομαι συνέντευξη παρακολούθησης, το κινητό μου', 'Συναινώ να συμμετάσχω στη μελέτη'),
    ['otenet.gr', 'yahoo.gr', 'gmail.com'], 'iban:GR')
loc('he-IL', 'IL', ['נעמה|naama', 'אביתר|evyatar', 'שלומית|shlomit', 'יהונתן|yehonatan', 'הדס|hadas', 'צביקה|tzvika'],
    ['בן־שושן|benshushan', 'אלמוזנינו|almozlino', 'וקנין|vaknin', 'גרוסמן|grossman', 'פרלמוטר|perlmutter'],
    ['רחוב הדקל', 'רחוב הנרקיס', 'רחוב הגפן', 'שדרות ההסתדרות'],
    ['חיפה 3303122', 'באר שבע 8410501', 'רחובות 7610001'],
    '{s} {n}, {p}', '%d/%m/%Y',
    lab('שם', 'תאריך לידה', 'טלפון', 'כתובת', 'דוא"ל', 'ת"ז', 'משתתפת',
        'אשמח לראיון המשך, הטלפון שלי', 'אני מסכימה להשתתף במחקר'),
    ['walla.co.il', 'gmail.com', 'bezeqint.net'], 'idnr')
loc('ar-AE', 'AE', ['مريم|maryam', 'سلطان|sultan', 'نورة|noura', 'حمدان|hamdan', 'شمّا|shamma', 'عبدالله|abdulla'],
    ['الكعبي|alkaabi', 'المهيري|almheiri', 'الشامسي|alshamsi', 'النعيمي|alnuaimi', 'الظاهري|aldhaheri'],
    ['شارع الوحدة', 'شارع المرور', 'شارع الخليج العربي', 'شارع الرقة'],
    ['أبوظبي', 'العين', 'دبي'],
    'فيلا {n}، {s}، {p}', '%d/%m/%Y',
    lab('الاسم', 'تاريخ الميلاد', 'الهاتف', 'العنوان', 'البريد الإلكتروني', 'IBAN', 'المشاركة',
        'يسعدني إجراء مقابلة متابعة، رقمي', 'أوافق على المشاركة في الدراسة'),
    ['hotmail.com', 'gmail.com', 'eim.ae'], 'iban:AE')
loc('hi-IN', 'IN', ['सुनयना|sunayana', 'हरिप्रसाद|hariprasad', 'मालविका|malavika', 'धीरज|dheeraj', 'पुष्पलता|pushpalata',
                    'अनिरुद्ध|aniruddh'],
    ['चतुर्वेदी|chaturvedi', 'भटनागर|bhatnagar', 'श्रीवास्तव|srivastava', 'तिवारी|tiwari', 'खंडेलवाल|khandelwal'],
    ['गली नंबर 4, शास्त्री नगर', 'कमला नेहरू मार्ग', 'सिविल लाइंस', 'गोमती नगर विस्तार'],
    ['लखनऊ 226010', 'जयपुर 302016', 'भोपाल 462016', 'कानपुर 208002'],
    'मकान नं. {n}, {s}, {p}', '%d-%m-%Y',
    lab('नाम', 'जन्म तिथि', 'फ़ोन', 'पता', 'ईमेल', 'आधार', 'प्रतिभागी',
        'फ़ॉलो-अप इंटरव्यू के लिए तैयार हूँ, मेरा नंबर', 'मैं अध्ययन में भाग लेने की सहमति देती हूँ'),
    ['gmail.com', 'rediffmail.com', 'yahoo.co.in'], 'aadhaar')
loc('th-TH', 'TH', ['สุนันทา|sunanta', 'ประเสริฐ|prasert', 'วิไลวรรณ|wilaiwan', 'ธนากร|thanakorn', 'บุษบา|butsaba'],
    ['ศรีสวัสดิ์|srisawat', 'วงศ์ใหญ่|wongyai', 'เพชรรัตน์|phetcharat', 'บุญมา|boonma', 'แก้วมณี|kaewmanee'],
    ['ซอยลาดพร้าว 71', 'ถนนนิมมานเหมินท์', 'ซอยสุขุมวิท 101/1', 'ถนนมิตรภาพ'],
    ['เขตวังทองหลาง กรุงเทพฯ 10310', 'อ.เมือง จ.เชียงใหม่ 50200', 'อ.เมือง จ.ขอนแก่น 40000'],
    'บ้านเลขที่ {n} {s} {p}', '%d/%m/%Y',
    lab('ชื่อ-นามสกุล', 'วันเกิด', 'โทรศัพท์', 'ที่อยู่', 'อีเมล', 'เลขประจำตัวประชาชน', 'ผู้เข้าร่วม',
        'ยินดีให้สัมภาษณ์ติดตามผล โทร', 'ข้าพเจ้ายินยอมเข้าร่วมการวิจัย'),
    ['hotmail.com', 'gmail.com', 'yahoo.co.th'], 'pin')
loc('zh-CN', 'CN', ['秀兰|xiulan', '建国|jianguo', '婉清|wanqing', '志远|zhiyuan', '淑芬|shufen', '浩然|haoran', '梦瑶|mengyao',
                    '国栋|guodong', '雨桐|yutong', '德胜|desheng'],
    ['欧阳|ouyang', '诸葛|zhuge', '司马|sima', '濮|pu', '褚|chu', '阎|yan', '邝|kuang'],
    ['朝阳区望京西路', '海淀区学院路', '武侯区玉林北路', '鼓楼区湖滨路'],
    ['福州市鼓楼区', '武汉市江汉区', '西安市雁塔区'],
    '{p}{s}{n}号院3单元502室', '%Y年%m月%d日',
    lab('姓名', '出生日期', '电话', '住址', '邮箱', '身份证号', '受访者',
        '愿意参加回访，我的手机', '本人同意参加本研究'),
    ['qq.com', '163.com', '126.com', 'sina.com'], 'ric')
loc('ja-JP', 'JP', ['千晴|chiharu', '篤志|atsushi', '瑞穂|mizuho', '柊斗|shuto', '紗耶香|sayaka', '隆之介|ryunosuke',
                    '葵衣|aoi', '睦美|mutsumi'],
    ['勅使河原|teshigawara', '五十嵐|igarashi', '小野寺|onodera', '長谷部|hasebe', '御手洗|mitarai', '東海林|shoji'],
    ['本町二丁目', '桜坂三丁目', '緑ヶ丘一丁目', '栄町四丁目'],
    ['〒980-0811 宮城県仙台市青葉区', '〒730-0011 広島県広島市中区', '〒060-0042 北海道札幌市中央区'],
    '{p}{s}{n}-7-203', '%Y年%m月%d日',
    lab('氏名', '生年月日', '電話', '住所', 'メール', 'マイナンバー', '参加者',
        'フォローアップ面接に協力できます。連絡先は', '私は本研究への参加に同意します'),
    ['docomo.ne.jp', 'yahoo.co.jp', 'ezweb.ne.jp', 'gmail.com'], 'jp_in')
loc('ko-KR', 'KR', ['서연|seoyeon', '도윤|doyoon', '하은|haeun', '준서|junseo', '지유|jiyu', '시우|siwoo', '예린|yerin'],
    ['남궁|namgung', '제갈|jegal', '황보|hwangbo', '선우|sunwoo', '탁|tak', '용|yong'],
    ['테헤란로', '해운대로', '중앙대로', '월드컵북로'],
    ['서울특별시 강남구', '부산광역시 해운대구', '대전광역시 유성구'],
    '{p} {s} {n}, 101동 1203호', '%Y.%m.%d.',
    lab('성명', '생년월일', '전화', '주소', '이메일', '주민등록번호', '참여자',
        '추적 면담에 참여할 수 있습니다. 연락처', '본인은 연구 참여에 동의합니다'),
    ['naver.com', 'daum.net', 'hanmail.net'], 'rrn')

EXTRA = {
 'en-US': (['Verlie|Verlie', 'Orrin|Orrin', 'Lavinia|Lavinia', 'Thaddeus|Thaddeus', 'Zerelda|Zerelda', 'Emmitt|Emmitt',
            'Odessa|Odessa', 'Lucius|Lucius', 'Philomena|Philomena', 'Alonzo|Alonzo', 'Berneice|Berneice', 'Cletus|Cletus'],
           ['Higginbotham|Higginbotham', 'Vanderwerf|Vanderwerf', 'Throckmorton|Throckmorton', 'Kittredge|Kittredge',
            'Scarbrough|Scarbrough', 'Blankenship|Blankenship', 'Applegate|Applegate', 'Fairweather|Fairweather'],
           ['Pawpaw St', 'Buttonbush Ct', 'Sycamore Knoll Rd', 'Chinquapin Dr', 'Foxglove Ter', 'Bittersweet Ln',
            'Hackberry Pl', 'Wahoo Rd', 'Tamarack Cir']),
 'en-GB': (['Ottilie|Ottilie', 'Lachlan|Lachlan', 'Perpetua|Perpetua', 'Fergal|Fergal', 'Lettice|Lettice',
            'Crispin|Crispin', 'Hermione|Hermione', 'Barnaby|Barnaby', 'Dilys|Dilys', 'Gethin|Gethin'],
           ['Fothergill|Fothergill', 'Postlethwaite|Postlethwaite', 'Ravenscroft|Ravenscroft', 'Cattermole|Cattermole'],
           ['Sorrel Close', 'Ropewalk', 'Bellfounders Way', 'Coopers Yard', 'Dovecote Lane', 'Teasel Drive']),
 'de-DE': (['Wendelin|Wendelin', 'Hedwig|Hedwig', 'Gotthold|Gotthold', 'Almut|Almut', 'Eckhard|Eckhard',
            'Friedlinde|Friedlinde', 'Volkmar|Volkmar', 'Irmtraud|Irmtraud', 'Jorinde|Jorinde', 'Reinold|Reinold'],
           ['Pfannkuch|Pfannkuch', 'Ostermeier|Ostermeier', 'Dreesmann|Dreesmann', 'Heitkötter|Heitkoetter'],
           ['Wacholderweg', 'Holunderstieg', 'Zaunkönigweg', 'Töpferstraße', 'Quittenweg']),
 'fr-FR': (['Philibert|Philibert', 'Bérangère|Berangere', 'Anatole|Anatole', 'Gwenola|Gwenola', 'Ghislain|Ghislain',
            'Solange|Solange', 'Aurèle|Aurele', 'Clémentine|Clementine', 'Eustache|Eustache', 'Mahaut|Mahaut'],
           ['Quéméner|Quemener', 'Castagnède|Castagnede', 'Larrouturou|Larrouturou', 'Vaillandet|Vaillandet'],
           ['rue des Chardonnerets', 'impasse des Tanneurs', 'allée des Sorbiers', 'chemin des Vignerons',
            'rue des Coquelicots']),
 'es-ES': (['Ainhoa|Ainhoa', 'Eulalio|Eulalio', 'Covadonga|Covadonga', 'Leandro|Leandro', 'Maite|Maite',
            'Iker|Iker', 'Macarena|Macarena', 'Baltasar|Baltasar', 'Visitación|Visitacion'],
           ['Goikoetxea|Goikoetxea', 'Valdeolmillos|Valdeolmillos', 'Santamarta|Santamarta', 'Berenguer|Berenguer'],
           ['Calle de los Tintoreros', 'Calle Azafrán', 'Calle del Esparto', 'Calle Membrillo']),
 'it-IT': (['Ermenegilda|Ermenegilda', 'Gualtiero|Gualtiero', 'Letizia|Letizia', 'Primo|Primo', 'Nives|Nives',
            'Tancredi|Tancredi', 'Iolanda|Iolanda', 'Ubaldo|Ubaldo', 'Albina|Albina'],
           ['Sbarbaro|Sbarbaro', 'Quagliarella|Quagliarella', 'Trombetta|Trombetta', 'Vitaliano|Vitaliano'],
           ['Via dei Bottai', 'Via del Mandorlo', 'Vicolo dei Cappellai', 'Via dei Vasai']),
 'nl-NL': (['Hiske|Hiske', 'Sietse|Sietse', 'Aukje|Aukje', 'Wessel|Wessel', 'Jitske|Jitske', 'Rintje|Rintje',
            'Geertruida|Geertruida'],
           ['Zwanenburg|zwanenburg', 'Oosterhuis|oosterhuis', 'Kloosterboer|kloosterboer'],
           ['Kievitstraat', 'Vlasakker', 'Turfmarkt', 'Zuringstraat']),
 'pl-PL': (['Bogumiła|Bogumila', 'Przemysław|Przemyslaw', 'Wiesława|Wieslawa', 'Czesław|Czeslaw', 'Genowefa|Genowefa',
            'Bronisław|Bronislaw', 'Sabina|Sabina', 'Ludmiła|Ludmila', 'Radosław|Radoslaw'],
           ['Szczygieł|szczygiel', 'Pietrasik|pietrasik', 'Chmielewska|chmielewska', 'Kuropatwa|kuropatwa',
            'Gąsiorowska|gasiorowska', 'Wierzbicki|wierzbicki', 'Skowronek|skowronek'],
           ['ul. Powsińska', 'ul. Konwaliowa', 'ul. Rymarska', 'ul. Słonecznikowa']),
 'pt-BR': (['Jurema|Jurema', 'Osvaldino|Osvaldino', 'Eunice|Eunice', 'Genival|Genival', 'Marilene|Marilene',
            'Gervásio|Gervasio', 'Iolanda|Iolanda', 'Deusdete|Deusdete', 'Cleonice|Cleonice'],
           ['Vasconcelos|vasconcelos', 'Magalhães|magalhaes', 'Bezerra|bezerra', 'Quaresma|quaresma',
            'Vilela|vilela', 'Cordeiro|cordeiro', 'Pimentel|pimentel'],
           ['Rua das Jabuticabeiras', 'Rua Sabiá', 'Rua dos Seringueiros', 'Travessa Mangaba']),
 'sv-SE': (['Gudrun|Gudrun', 'Ragnvald|Ragnvald', 'Sigrid|Sigrid', 'Evert|Evert', 'Birgitta|Birgitta',
            'Östen|Osten', 'Agneta|Agneta', 'Halvard|Halvard'],
           ['Wennerholm|wennerholm', 'Ljungqvist|ljungqvist', 'Blomgren|blomgren', 'Törnqvist|tornqvist'],
           ['Lingonstigen', 'Hjortronvägen', 'Kopparslagargatan', 'Tranbärsgränd']),
 'fi-FI': (['Eeva-Liisa|eevaliisa', 'Reijo|reijo', 'Ritva|ritva', 'Paavo|paavo', 'Hilkka|hilkka', 'Erkki|erkki',
            'Tuulikki|tuulikki', 'Osmo|osmo', 'Vuokko|vuokko'],
           ['Kinnunen|kinnunen', 'Huttunen|huttunen', 'Tiihonen|tiihonen', 'Lipsanen|lipsanen', 'Kärkkäinen|karkkainen',
            'Pulkkinen|pulkkinen', 'Ruotsalainen|ruotsalainen'],
           ['Puolukkatie', 'Kanervakuja', 'Vasaramiehenkatu']),
 'tr-TR': (['Nurhayat|nurhayat', 'Kadir|kadir', 'Saadet|saadet', 'Erdinç|erdinc', 'Müzeyyen|muzeyyen',
            'Tuncay|tuncay', 'Hacer|hacer'],
           ['Kuzucuoğlu|kuzucuoglu', 'Erkoç|erkoc', 'Sağlamtaş|saglamtas', 'Öztürkmen|ozturkmen', 'Karabulut|karabulut'],
           ['Ardıç Sokak', 'Leylak Sokak', 'Yasemin Sokak', 'Çınaraltı Sokak', 'Sümbül Sokak']),
 'ru-RU': (['Ефросинья|efrosinya', 'Ермолай|ermolay', 'Агриппина|agrippina', 'Прохор|prokhor', 'Серафима|serafima',
            'Фрол|frol', 'Пелагея|pelageya', 'Мирон|miron'],
           ['Пономарёв|ponomaryov', 'Сафонова|safonova', 'Щукин|shchukin', 'Лыкова|lykova', 'Зимин|zimin',
            'Тетерин|teterin', 'Полозова|polozova'],
           ['ул. Можжевеловая', 'ул. Бондарная', 'ул. Гончарная', 'Калиновый пер.', 'ул. Хмелевая']),
 'uk-UA': (['Ганна|hanna', 'Орест|orest', 'Зореслава|zoreslava', 'Любомир|liubomyr', 'Мирослава|myroslava',
            'Назар|nazar', 'Уляна|uliana', 'Ярема|yarema'],
           ['Сапіга|sapiha', 'Дячишин|diachyshyn', 'Коцюба|kotsiuba', 'Бабій|babii', 'Гуменюк|humeniuk',
            'Федорак|fedorak'],
           ['вул. Калинова', 'вул. Ясенева', 'вул. Гончарна', 'вул. Бузкова', 'вул. Чумацька']),
 'el-GR': (['Φωτεινή|foteini', 'Χαράλαμπος|charalampos', 'Σταυρούλα|stavroula', 'Ευστάθιος|efstathios',
            'Ασπασία|aspasia', 'Λάμπρος|lampros', 'Πολυξένη|polyxeni', 'Θεμιστοκλής|themistoklis'],
           ['Παπαδημητρίου|papadimitriou', 'Κουτσογιάννη|koutsogianni', 'Χατζηδάκης|chatzidakis', 'Μαυρίδου|mavridou',
            'Λιάπης|liapis', 'Σκορδίλη|skordili'],
           []),
 'he-IL': (['רוני|roni', 'אליעזר|eliezer', 'מעיין|maayan', 'שמשון|shimshon', 'אורית|orit', 'ניסים|nissim'],
           ['אבוטבול|abutbul', 'שטרנברג|sternberg'], ['רחוב הצבעוני', 'רחוב הרימון']),
 'ar-AE': (['عائشة|aisha', 'راشد|rashid', 'موزة|moza', 'خليفة|khalifa', 'حصة|hessa', 'ذياب|dhiyab', 'اليازية|alyazia'],
           ['الحمادي|alhammadi', 'المنصوري|almansoori', 'السويدي|alsuwaidi', 'الرميثي|alrumaithi', 'المزروعي|almazrouei',
            'القبيسي|alqubaisi'], ['شارع الفلاح']),
 'hi-IN': (['शकुंतला|shakuntala', 'रघुवीर|raghuvir', 'कामिनी|kamini', 'त्रिलोक|trilok', 'सावित्री|savitri'],
           ['बाजपेयी|bajpai', 'दीक्षित|dixit', 'अग्निहोत्री|agnihotri', 'रस्तोगी|rastogi', 'माथुर|mathur',
            'सक्सेना|saxena'], ['मॉल एवेन्यू']),
 'th-TH': (['ลำดวน|lamduan', 'สมหวัง|somwang', 'บุญเรือน|boonruean', 'ไพโรจน์|pairoj', 'จันทร์เพ็ญ|chanpen'],
           ['ทองประเสริฐ|thongprasert', 'นาคสวัสดิ์|naksawat', 'ศรีทองคำ|srithongkham', 'มณีวงศ์|maneewong'],
           ['ซอยรามอินทรา 40', 'ถนนเจริญเมือง']),
 'zh-CN': (['翠娥|cuie', '桂枝|guizhi', '鹤鸣|heming', '蕴仪|yunyi', '砚舟|yanzhou', '澜汐|lanxi', '骞|qian', '芃|peng',
            '濯缨|zhuoying', '蘅|heng', '赟|yun', '犇|ben'],
           ['亓|qi', '逄|pang', '笪|da', '訾|zi', '仉|zhang', '禚|zhuo', '厍|she', '隗|wei'],
           ['鼓楼区杉木巷', '雁塔区槐芽路', '江汉区苎麻街', '鼓楼区乌石巷']),
 'ja-JP': (['鞠乃|kikuno', '蕗子|fukiko', '嶺|rei', '澪|mio', '皐月|satsuki', '槙雄|makio', '柾|masaki'],
           ['勘解由小路|kadenokoji', '宇治橋|ujihashi', '廿楽|tsuzura', '百目鬼|domeki', '躑躅森|tsutsujimori',
            '鴨志田|kamoshida', '八月一日|hozumi'],
           ['鍛冶町', '麹屋町', '畳屋町', '蝋燭町']),
 'ko-KR': (['윤슬|yunseul', '초롱|chorong', '늘봄|neulbom', '한결|hangyeol', '빛나|bitna', '다솜|dasom', '겨레|gyeore',
            '여울|yeoul'],
           ['독고|dokgo', '사공|sagong', '서문|seomun', '어금|eogeum', '동방|dongbang', '망절|mangjeol'],
           ['봉은사로', '광안해변로', '대덕대로', '느티로']),
}
for _t, (_f, _l, _s) in EXTRA.items():
    L[_t]['first'] += _f
    L[_t]['last'] += _l
    L[_t]['streets'] += _s

TAGS = list(L)
for _t in TAGS:
    for _k in ('first', 'last', 'streets'):
        L[_t][_k] = clean(L[_t][_k], f'{_t}/{_k}', allow_empty=True)
# Composed fallbacks: where a pool keeps fewer than 4 entries after the word cut, it is topped up with names
# composed from locale-typical parts (first part + second part), cut against the same word set.
COMP = {
 'en-US': (('Mar', 'Lor', 'Jen', 'Dar', 'Shel', 'Ver'), ('lene', 'etta', 'ell', 'wyn', 'isse', 'lon'),
           ('Ash', 'Hollo', 'Brank', 'Whit', 'Stover', 'Pember'), ('ridge', 'combe', 'wick', 'stead', 'hurst', 'ford'),
           ('Foxbriar', 'Quailrun', 'Elderbark', 'Kettlecreek', 'Mossbank'), ('Rd', 'Ct', 'Ln', 'Dr')),
 'en-GB': (('Ros', 'Gwen', 'Mer', 'Tam', 'Ell', 'Bry'), ('ella', 'wyn', 'ida', 'ric', 'ane', 'lyn'),
           ('Ather', 'Brock', 'Thorn', 'Cald', 'Hep', 'Ward'), ('thwaite', 'ingham', 'combe', 'ley', 'shaw', 'stone'),
           ('Harebell', 'Millrace', 'Tansy', 'Osier', 'Withy'), ('Close', 'Lane', 'Way', 'Drive')),
 'de-DE': (('Hilde', 'Wolf', 'Sieg', 'Gund', 'Adel', 'Ort'), ('gard', 'run', 'helm', 'traud', 'bert', 'lind'),
           ('Brink', 'Kaltt', 'Over', 'Holt', 'Stein', 'Dreck'), ('meier', 'hoff', 'kamp', 'mann', 'bäumer', 'winkel'),
           ('Kranich', 'Schlehen', 'Dohlen', 'Hänfling', 'Wiesel'), ('weg', 'straße', 'ring', 'stieg')),
 'fr-FR': (('Gis', 'Aur', 'Lud', 'Mar', 'Ben', 'Cor'), ('èle', 'elin', 'ivine', 'ianne', 'oît', 'ette'),
           ('Le Gof', 'Kerv', 'Pen', 'Duc', 'Lab', 'Mor'), ('arec', 'ellec', 'hoat', 'ournel', 'arthe', 'vannec'),
           ('rue des Alisiers', 'rue des Merisiers', 'allée des Cormiers', 'impasse des Sabotiers',
            'chemin des Bourriers', 'rue des Cordiers'), ()),
 'es-ES': (('Ama', 'Leo', 'Ru', 'Bel', 'Cas', 'Flo'), ('rante', 'cadia', 'fino', 'isenda', 'ilda', 'rencio'),
           ('Iturr', 'Ech', 'Gar', 'Ola', 'Zub', 'Larr'), ('alde', 'ebarría', 'ikoetxea', 'ondo', 'izarreta', 'agoitia'),
           ('Calle de los Cesteros', 'Calle Retama', 'Calle del Torno', 'Calle Cantarranas'), ()),
 'it-IT': (('Elv', 'Ansel', 'Fior', 'Mir', 'Gian', 'Ros'), ('ira', 'mo', 'enza', 'ella', 'dario', 'alba'),
           ('Scar', 'Bon', 'Tagl', 'Pell', 'Zan', 'Cav'), ('amuzza', 'acorsi', 'iavini', 'egrino', 'otto', 'allari'),
           ('Via dei Funai', 'Via dei Cimatori', 'Vicolo del Cedrone', 'Via delle Conce'), ()),
 'nl-NL': (('Gee', 'Jel', 'Wie', 'Tjal', 'Hil', 'Rin'), ('rtje', 'mer', 'keke', 'ling', 'degonda', 'ske'),
           ('Klein', 'Hoog', 'Wester', 'Dijk', 'Veen', 'Mulder'), ('stra', 'huizen', 'boer', 'kamp', 'werf', 'ink'),
           ('Zwaluwstraat', 'Grutterij', 'Lijnbaan', 'Tichelwerk'), ()),
 'pl-PL': (('Bogu', 'Wito', 'Mści', 'Dobro', 'Sławo', 'Radzi'), ('sława', 'mir', 'sław', 'gniew', 'mira', 'wój'),
           ('Szczy', 'Wierz', 'Grab', 'Chmiel', 'Kozło', 'Mróz'), ('giełło', 'bicka', 'owski', 'arczyk', 'owska', 'ek'),
           ('ul. Rzemieślnicza', 'ul. Łopianowa', 'ul. Szewska', 'ul. Tatarakowa'), ()),
 'pt-BR': (('Ival', 'Marin', 'Edi', 'Rosi', 'Genu', 'Luci'), ('do', 'alva', 'nete', 'neide', 'ína', 'lene'),
           ('Vascon', 'Albuq', 'Bezer', 'Cordei', 'Pimen', 'Ma'), ('celos', 'uerque', 'ril', 'rinho', 'tal', 'galhães'),
           ('Rua das Sapucaias', 'Rua Pitangueira', 'Rua dos Oleiros', 'Travessa Buriti'), ()),
 'sv-SE': (('Ingel', 'Gun', 'Tor', 'Ragn', 'Alv', 'Sol'), ('borg', 'hild', 'vald', 'frid', 'ny', 'veig'),
           ('Sjö', 'Lind', 'Berg', 'Ek', 'Fors', 'Åker'), ('qvist', 'holm', 'gren', 'dahl', 'ström', 'blad'),
           ('Hallonvägen', 'Smedsgränd', 'Tjärnstigen', 'Enrisvägen'), ()),
 'fi-FI': (('Aul', 'Sei', 'Rai', 'Ter', 'Hel', 'Ilp'), ('ikki', 'ja', 'mo', 'ttu', 'ka', 'po'),
           ('Kor', 'Lah', 'Rau', 'Mäki', 'Pelto', 'Nie'), ('honen', 'tinen', 'tiainen', 'nen', 'niemi', 'mistö'),
           ('Puolukkatie', 'Kataja', 'Sepänkatu', 'Variksentie'), ()),
 'tr-TR': (('Gül', 'Nur', 'Ay', 'Er', 'Seval', 'Bay'), ('sen', 'cihan', 'han', 'tuğrul', 'gül', 'ram'),
           ('Kara', 'Ak', 'Demir', 'Yıl', 'Kuzu', 'Sarı'), ('kaya', 'soy', 'oğlu', 'dırım', 'taş', 'gün'),
           ('Ardıç Sokak', 'Ayva Sokak', 'Kestane Sokak', 'Nar Sokak'), ()),
 'ru-RU': (('Свет', 'Мил', 'Влад', 'Ярос', 'Рад', 'Люд'), ('озар', 'ена', 'лен', 'лава', 'омир', 'мила'),
           ('Кукуш', 'Ряб', 'Вороб', 'Снегир', 'Жур', 'Сорок'), ('кин', 'чиков', 'ьёва', 'ёва', 'авлёв', 'ина'),
           ('ул. Шорная', 'ул. Бочарная', 'ул. Веретенная', 'ул. Мыльная'), ()),
 'uk-UA': (('Мир', 'Яро', 'Бож', 'Люб', 'Дан', 'Зор'), ('ослава', 'слав', 'ена', 'ава', 'ило', 'яна'),
           ('Кос', 'Гри', 'Шев', 'Пав', 'Тка', 'Сав'), ('тюк', 'цай', 'чук', 'люк', 'ченко', 'ків'),
           ('вул. Ткацька', 'вул. Млинова', 'вул. Гарбузова', 'вул. Лозова'), ()),
 'el-GR': (('Ευ', 'Θεο', 'Χρυσ', 'Καλ', 'Αγ', 'Φιλ'), ('δοξία', 'φανώ', 'άνθη', 'λιόπη', 'γελική', 'ίππα'),
           ('Παπα', 'Χατζη', 'Καρα', 'Μαυρο', 'Κουτσο', 'Τσα'), ('θανασίου', 'λαμπρου', 'γιαννάκη', 'ματάκη', 'πέτρου', 'ντάκη'),
           ('οδός Ερμιόνης', 'οδός Κανάρη', 'οδός Τσιμισκή'), ()),
 'he-IL': (('אבי', 'נוע', 'של', 'טל', 'אור', 'שי'), ('גיל', 'ה', 'ומי', 'יה', 'נה', 'רה'),
           ('בן', 'בר', 'אבו', 'טל', 'אל', 'שם'), ('דוד', 'חיים', 'עזרא', 'טוב', 'קיים', 'זכאי'),
           ('רחוב הכלנית', 'רחוב האלה', 'רחוב השקד'), ()),
 'ar-AE': (('نو', 'مي', 'حم', 'سل', 'ري', 'شه'), ('ف', 'ثاء', 'يد', 'امة', 'م', 'اب'),
           ('آل', 'بن', 'ال'), ('حبتور', 'غرير', 'فلاسي', 'كتبي', 'شحي', 'ظنحاني'),
           ('شارع السدر', 'شارع الغاف', 'شارع المنهل'), ()),
 'hi-IN': (('सुर', 'मन', 'विद्', 'हेम', 'कुसु', 'गिरि'), ('भि', 'ोरमा', 'यावती', 'लता', 'म', 'राज'),
           ('चौ', 'त्रि', 'पा', 'शु', 'श्री', 'अव'), ('धरी', 'पाठी', 'ण्डेय', 'क्ला', 'माली', 'स्थी'),
           ('नेहरू कॉलोनी', 'आदर्श नगर', 'राजेन्द्र नगर'), ()),
 'th-TH': (('สม', 'ประ', 'วิ', 'บุญ', 'จัน', 'ทอง'), ('ศรี', 'ไพ', 'มาลย์', 'ยืน', 'ทรา', 'ใบ'),
           ('ศรี', 'ทอง', 'แก้ว', 'บุญ', 'สุข', 'เพชร'), ('สมบูรณ์', 'ใบ', 'ประเสริฐ', 'เรือง', 'ทวี', 'ล้อม'),
           ('ถนนห้วยแก้ว', 'ซอยพหลโยธิน 48'), ()),
 'zh-CN': (('蕙', '筠', '璟', '霁', '蓁', '峥'), ('岚', '宁', '翊', '棠', '澈', '禾'),
           ('亓官', '宰父', '谷梁', '段干', '百里', '东郭'), ('',),
           ('箍桶巷', '铁匠巷', '麻绳街', '磨坊路', '簸箕巷', '篾匠街', '镬耳巷', '舂米巷'), ()),
 'ja-JP': (('雅', '芳', '睦', '篤', '穂', '志'), ('乃', '絵', '枝', '晴', '輝', '郎'),
           ('小鳥遊', '一尺八寸', '四月一日', '御子柴', '物集女', '十二月田'), ('',),
           ('紺屋町', '桶屋町', '研屋町', '鞘師町'), ()),
 'ko-KR': (('슬', '솔', '누', '라', '새', '찬'), ('비', '미', '리', '온', '별', '결'),
           ('어', '국', '편', '봉', '채', '궉', '옹', '빈', '묵', '즙', '뇌', '섭', '견', '판', '추', '승', '곽', '탁', '피', '반', '방', '팽'), ('',),
           ('갈마로', '둔산남로', '용두로', '학익로'), ()),
}
import random as _random
_crng = _random.Random(777)


def topup(pool, a, b, what, latin=True, n=10, sep=''):
    if len(pool) >= 4:
        return pool
    combos = [x + sep + y for x in a for y in b]
    _crng.shuffle(combos)
    extra = []
    for c in combos:
        asc = unicodedata.normalize('NFKD', c.replace('ł', 'l').replace('ı', 'i')).encode('ascii', 'ignore').decode()
        e = c + '|' + (asc if latin and asc.isalpha() and len(asc) >= len(c) - 1 else 'p' + str(sum(map(ord, c)) % 997))
        if clean([e], what, allow_empty=True):
            extra.append(e)
        if len(extra) >= n:
            break
    return pool + extra


for _t, (_fa, _fb, _la, _lb, _st, _sf) in COMP.items():
    L[_t]['first'] = topup(L[_t]['first'], _fa, _fb, _t + '/first')
    L[_t]['last'] = topup(L[_t]['last'], _la, _lb, _t + '/last')
    if len(L[_t]['streets']) < 3:
        L[_t]['streets'] = L[_t]['streets'] + [s for s in _st if clean([s], _t, allow_empty=True)]

# Korean names are written as one word (family name + given name): that whole word is cut against the set
_ko_raw_last = [e for e in L['ko-KR']['last']] + [x + '|' + x for x in COMP['ko-KR'][2]]
L['ko-KR']['full'] = clean([lf.split('|')[0] + ff.split('|')[0] + '|' + ff.split('|')[1]
                            for lf in _ko_raw_last for ff in L['ko-KR']['first']], 'ko-KR/full')
L['ko-KR']['last'] = L['ko-KR']['last'] or ['-|-']
for _t in TAGS:
    for _k in ('first', 'last', 'streets'):
        L[_t][_k] = clean(L[_t][_k], f'{_t}/{_k}')

# ----------------------------------------------------------------------------------------------- validators


def must(ok, what):
    if not ok:
        raise SystemExit(f'invalid generated value: {what}')


def pick_check(prefix, alphabet, validate, fmt=lambda s: s):
    for c in alphabet:
        s = fmt(prefix + c)
        if validate(s):
            return s
    return None


def gen_phone(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    for _ in range(500):
        k = 4 if region in ('US',) else 5
        cand = nsn[:-k] + ''.join(rng.choice('0123456789') for _ in range(k))
        if cand == nsn:
            continue
        if region == 'US':
            cand = rng.choice(['614', '319', '541', '806', '478']) + rng.choice('23456789') + \
                ''.join(rng.choice('0123456789') for _ in range(6))
            if cand[3:6] == '555':
                continue
        if region == 'GB' and cand.startswith('7700900'):
            continue
        num = phonenumbers.parse('+' + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            f = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                            phonenumbers.PhoneNumberFormat.E164])
            s = phonenumbers.format_number(num, f)
            p2 = phonenumbers.parse(s, region)
            must(phonenumbers.is_valid_number(p2), s)
            return s
    raise SystemExit('phone generation failed ' + region)


DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]


def gen_ip(rng):
    while True:
        a = ipaddress.ip_address('.'.join(str(rng.randint(1, 223)) for _ in range(4)))
        if a.is_global and not any(a in n for n in DOC_NETS) and not a.is_multicast:
            return str(a)


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


IBAN_LEN = {'DE': 18, 'FR': 23, 'IT': 23, 'GR': 23, 'AE': 19, 'NL': 14}


def gen_iban(rng, cc):
    for _ in range(20000):
        if cc == 'IT':
            bban = rng.choice('ABCDEFGHIJKLMNPRSTUVWXYZ') + digits(rng, 10) + digits(rng, 12)
        elif cc == 'NL':
            bban = rng.choice(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB']) + digits(rng, 10)
        elif cc == 'FR':
            bban = digits(rng, 10) + digits(rng, 11) + digits(rng, 2)
        else:
            bban = digits(rng, IBAN_LEN[cc])
        num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
        chk = 98 - int(num) % 97
        s = f'{cc}{chk:02d}{bban}'
        if s in ('DE89370400440532013000', 'FR1420041010050500013M02606', 'IT60X0542811101000000123456',
                 'GR1601101250000000012300695', 'AE070331234567890123456'):
            continue
        if std_iban.is_valid(s):
            sp = ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if rng.random() < 0.6 else s
            must(std_iban.is_valid(sp), sp)
            return sp
    raise SystemExit('iban failed ' + cc)


def gen_card(rng):
    while True:
        pre = rng.choice(['4', '51', '52', '53', '54', '55'])
        body = pre + digits(rng, 15 - len(pre))
        s = body + luhn.calc_check_digit(body)
        if s in ('4111111111111111', '4242424242424242', '5555555555554444', '5105105105105100'):
            continue
        must(luhn.is_valid(s), s)
        return ' '.join(s[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else s


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = f'{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}'
        if s in ('078-05-1120', '219-09-9999') or s.startswith('987-65-43'):
            continue
        if ssn.is_valid(s):
            return s


def gen_rtn(rng):
    while True:
        s = rng.choice(['0', '1', '2', '3']) + digits(rng, 7)
        r = pick_check(s, '0123456789', rtn.is_valid)
        if r:
            return r


def gen_national(rng, kind, dob):
    y, m, d = dob
    for _ in range(5000):
        if kind == 'ssn':
            return 'ssn', gen_ssn(rng)
        if kind == 'nhs':
            r = pick_check(rng.choice('4') + digits(rng, 8), '0123456789', nhs.is_valid,
                           lambda s: f'{s[:3]} {s[3:6]} {s[6:]}')
            t = 'HEALTH_INSURANCE'
        elif kind.startswith('iban:'):
            return 'iban', gen_iban(rng, kind[5:])
        elif kind == 'dni':
            n = digits(rng, 8)
            r = n + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(n) % 23]
            t = 'NATIONAL_ID'
        elif kind == 'bsn':
            r = pick_check(rng.choice('12345678') + digits(rng, 7), '0123456789', bsn.is_valid)
            t = 'NATIONAL_ID'
        elif kind == 'pesel':
            mm = m + (20 if y >= 2000 else 0)
            r = pick_check(f'{y % 100:02d}{mm:02d}{d:02d}' + digits(rng, 4), '0123456789', pesel.is_valid)
            t = 'NATIONAL_ID'
        elif kind == 'cpf':
            base = digits(rng, 9)
            r = None
            for c in range(100):
                s = f'{base[:3]}.{base[3:6]}.{base[6:]}-{c:02d}'
                if cpf.is_valid(s):
                    r = s
                    break
            t = 'TAX_ID'
        elif kind == 'personnummer':
            r = pick_check(f'{y % 100:02d}{m:02d}{d:02d}-' + digits(rng, 3), '0123456789', personnummer.is_valid)
            t = 'NATIONAL_ID'
        elif kind == 'hetu':
            sep = '-' if y < 2000 else 'A'
            r = pick_check(f'{d:02d}{m:02d}{y % 100:02d}{sep}' + str(rng.randint(2, 8)) + digits(rng, 2),
                           '0123456789ABCDEFHJKLMNPRSTUVWXY', hetu.is_valid)
            t = 'NATIONAL_ID'
        elif kind == 'tckimlik':
            base = rng.choice('123456789') + digits(rng, 8)
            r = None
            for c in range(100):
                s = base + f'{c:02d}'
                if tckimlik.is_valid(s):
                    r = s
                    break
            t = 'NATIONAL_ID'
        elif kind == 'inn':
            base = rng.choice(['77', '50', '54', '66', '16']) + digits(rng, 8)
            r = None
            for c in range(100):
                s = base + f'{c:02d}'
                if inn.is_valid(s):
                    r = s
                    break
            t = 'TAX_ID'
        elif kind == 'rntrc':
            r = pick_check(rng.choice('23') + digits(rng, 8), '0123456789', rntrc.is_valid)
            t = 'TAX_ID'
        elif kind == 'idnr':
            r = pick_check(rng.choice('023') + digits(rng, 7), '0123456789', idnr.is_valid)
            t = 'NATIONAL_ID'
        elif kind == 'aadhaar':
            r = pick_check(rng.choice('23456789') + digits(rng, 10), '0123456789', aadhaar.is_valid,
                           lambda s: f'{s[:4]} {s[4:8]} {s[8:]}')
            t = 'NATIONAL_ID'
        elif kind == 'pin':
            r = pick_check(rng.choice('1358') + digits(rng, 11), '0123456789', pin.is_valid,
                           lambda s: f'{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}')
            t = 'NATIONAL_ID'
        elif kind == 'ric':
            r = pick_check(rng.choice(['110105', '510107', '350102']) + f'{y:04d}{m:02d}{d:02d}' + digits(rng, 3),
                           '0123456789X', ric.is_valid)
            t = 'NATIONAL_ID'
        elif kind == 'rrn':
            g = ('1' if rng.random() < .5 else '2') if y < 2000 else ('3' if rng.random() < .5 else '4')
            r = pick_check(f'{y % 100:02d}{m:02d}{d:02d}' + g + rng.choice(['01', '02', '11', '21', '26', '34'])
                           + digits(rng, 3), '0123456789', rrn.is_valid, lambda s: s[:6] + '-' + s[6:])
            t = 'NATIONAL_ID'
        elif kind == 'jp_in':
            r = pick_check(rng.choice('123456789') + digits(rng, 10), '0123456789', jp_in.is_valid,
                           lambda s: f'{s[:4]} {s[4:8]} {s[8:]}')
            t = 'NATIONAL_ID'
        else:
            raise SystemExit(kind)
        if r:
            return t, r
    raise SystemExit('id failed ' + kind)


# ----------------------------------------------------------------------------------------------- people

class Person:
    def __init__(self, rng, tag):
        lc = L[tag]
        self.tag = tag
        f, fl = rng.choice(lc['first']).split('|')
        la, ll = rng.choice(lc['last']).split('|')
        cjk = tag in ('zh-CN', 'ja-JP', 'ko-KR')
        self.name = (la + f) if cjk else (f + ' ' + la)
        if tag == 'ko-KR':
            self.name, fl = rng.choice(lc['full']).split('|')
            ll = ''
            f = self.name
        self.first = f
        y = rng.randint(1948, 2004)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        self.dobt = (y, m, d)
        import datetime as _dt
        self.dob = _dt.date(y, m, d).strftime(lc['dob'])
        if tag in ('zh-CN', 'ja-JP'):
            self.dob = f'{y}年{m}月{d}日'
        self.phone = gen_phone(rng, lc['region'])
        sep = rng.choice(['.', '_', '', '-'])
        if re.fullmatch(r'p\d+', fl) or re.fullmatch(r'p\d+', ll):  # composed non-Latin name: a handle instead
            fl = rng.choice(['sunny', 'rosebud', 'tiger', 'moonlight', 'bluebird', 'lucky', 'daisy', 'kite'])
            ll = str(rng.randint(1, 999))
        fl = unicodedata.normalize('NFKD', fl.replace('ł', 'l').replace('Ł', 'L')).encode('ascii', 'ignore').decode()
        ll = unicodedata.normalize('NFKD', ll.replace('ł', 'l').replace('ı', 'i')).encode('ascii', 'ignore').decode()
        self.email = f'{fl.lower()}{sep}{ll.lower()}{rng.choice(["", str(y % 100), str(rng.randint(2, 99))])}' \
                     f'@{rng.choice(lc["mail"])}'
        self.addr = lc['addr'].format(n=rng.randint(2, 148), s=rng.choice(lc['streets']), p=rng.choice(lc['places']))
        self.idtype, self.idval = gen_national(rng, lc['idk'], self.dobt)
        self.ip = gen_ip(rng)
        self.mrn = rng.choice(['MRN ', 'MRN: ', 'Hosp. No. ', 'Pat.-Nr. ', 'EHR#']) + digits(rng, rng.choice([7, 8]))
        self.mrn_val = self.mrn.split(' ')[-1].split('#')[-1]


# ----------------------------------------------------------------------------------------------- texts
EPONYM = clean(['Cronbach', 'Likert', 'Bonferroni', 'Wilcoxon', 'Kruskal', 'Spearman', 'Hawthorne', 'Tukey',
                'Benjamini', 'Hochberg', 'Kaplan', 'Meier', 'Mantel', 'Haenszel', 'Cochran', 'Hashimoto', 'Crohn',
                'Asperger', 'Tourette', 'Guttman', 'Krippendorff', 'Shapiro', 'Wilk', 'Levene', 'Welch', 'Fleiss',
                'Glasgow', 'Apgar', 'Bayes', 'Mahalanobis', 'Bland', 'Altman'], 'eponyms')
PUBLIC = ['Marie Curie', 'Florence Nightingale', 'Stanley Milgram', 'Philip Zimbardo', 'Henrietta Lacks',
          'Alfred Kinsey', 'Jean Piaget', 'Ronald Fisher', 'John Snow', 'Ignaz Semmelweis', 'Sigmund Freud',
          'Daniel Kahneman', 'Amos Tversky', 'Elinor Ostrom', 'Margaret Mead']
PUBLIC = clean(PUBLIC, 'public', allow_empty=True) or ['the ' + e + ' study team' for e in EPONYM[:6]]
DISEASE = clean(["Parkinson's disease", "Alzheimer's disease", "Hodgkin lymphoma", "Crohn's disease",
                 "Graves' disease", "Huntington's disease", "Bell's palsy", "Raynaud's phenomenon"], 'disease')
INSTR = [('en', 'Summarise the main themes in these responses.'),
         ('en', 'Code each answer into one of: access, cost, trust, other. Return JSON.'),
         ('en', 'Check this against GDPR Art. 13 and list what is missing.'),
         ('en', 'Translate this into English, keep the layout.'),
         ('en', 'Draft a short, polite reply for the study team.'),
         ('en', 'Pseudonymise this before I upload it to the shared drive.'),
         ('en', 'Convert this into a clean CSV with one row per participant.'),
         ('en', 'Which of these participants meet the inclusion criteria (age 18-65, no prior biologics)?'),
         ('de', 'Bitte fasse das für das Protokoll der Ethikkommission zusammen.'),
         ('fr', 'Peux-tu reformuler ça pour le rapport au comité d’éthique ?'),
         ('es', 'Resume esto para el informe del comité de ética, por favor.'),
         ('ja', 'これを倫理審査委員会向けに要約してください。'),
         ('zh', '请把这些内容整理成表格，方便录入数据库。'),
         ('pt', 'Organize isso em tabela para o relatório do CEP.')]
SYSTEMS = ['You are a research assistant for a university social-science lab. Be precise.',
           'You help a clinical research coordinator with study paperwork.',
           'You are a survey-methods helper. Answer concisely.',
           'You support a field team doing qualitative interviews.',
           'Assistant for a data-management team preparing datasets for sharing.']
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'gpt-4o']
STUDY = ['LIFE-COURSE wave 4', 'HEAT-HEALTH pilot', 'SLEEP-Q cohort', 'rural broadband survey 2026',
         'COMMUTE diary study', 'MIGRANT-VOICES interviews', 'RA-BIO phase II trial', 'caregiver burden survey']
ORGS = ['ethics-committee@uni-research.example.org', 'irb@example.edu', 'dataaccess@example.org',
        'dpo@example.com', 'study-helpdesk@example.org', 'research.office@example.edu']


def dstr(rng):
    return f'2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}'


def s_consent(rng, p, lb):
    vals = [('person', p.name), ('DATE_OF_BIRTH', p.dob), ('phone', p.phone)]
    extra = ''
    if rng.random() < .5:
        vals.append(('STREET_ADDRESS', p.addr))
        extra = f"\n{lb['A']}: {p.addr}"
    if rng.random() < .4:
        vals.append(('email', p.email))
        extra += f"\n{lb['E']}: {p.email}"
    doc = (f"{rng.choice(STUDY)} — consent form v3.2\n{lb['CONS']}. [x]\n{lb['N']}: {p.name}\n{lb['B']}: {p.dob}\n"
           f"{lb['T']}: {p.phone}{extra}\nSignature: {p.first} (signed)   Date: {dstr(rng)}\n"
           f"Witness: study nurse (initials only)")
    return doc, vals


def b_consent(rng, lb):
    pl = rng.choice(['____________', '[participant name]', '<NAME>', '{{full_name}}', '…………'])
    return (f"{rng.choice(STUDY)} — consent form v3.2 (TEMPLATE, do not fill in)\n{lb['CONS']}. [ ]\n{lb['N']}: {pl}\n"
            f"{lb['B']}: __/__/____\n{lb['T']}: +__ ___ _______\nQuestions about your rights: "
            f"{rng.choice(ORGS)}\nApproved by the ethics board, ref. ERB-{rng.randint(2024, 2026)}-{rng.randint(100, 999)}. "
            f"Instrument adapted from {rng.choice(EPONYM)} ({rng.randint(1950, 1999)}).")


def s_survey(rng, ps, lb):
    vals = []
    rows = ['ResponseId,StartDate,IPAddress,RecipientEmail,Q3_consent,Q12_text']
    for q in ps:
        rid = 'R_' + ''.join(rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(15))
        useip, usem = rng.random() < .8, rng.random() < .6
        if not (useip or usem):
            useip = True
        if useip:
            vals.append(('IP_ADDRESS', q.ip))
        if usem:
            vals.append(('email', q.email))
        rows.append(f'{rid},{dstr(rng)} 09:{rng.randint(10, 59)},{q.ip if useip else ""},'
                    f'{q.email if usem else ""},Yes,"{rng.choice(["too long", "ok", "bus too expensive", "n/a"])}"')
    return '\n'.join(rows), vals


def b_survey(rng, n):
    rows = ['ResponseId,StartDate,Status,IPAddress,RecipientEmail,Q3_consent,Q12_text']
    mode = rng.choice(['preview', 'anon', 'hash'])
    for _ in range(n):
        rid = 'R_' + ''.join(rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(15))
        if mode == 'preview':
            ip = rng.choice(['192.0.2.', '198.51.100.', '203.0.113.']) + str(rng.randint(1, 254))
            em, st = f'tester{rng.randint(1, 9)}@example.com', 'Survey Preview'
        elif mode == 'anon':
            ip, em, st = '', '', 'IP Address (anonymized)'
        else:
            ip, em, st = '', 'sha256:' + ''.join(rng.choice('0123456789abcdef') for _ in range(16)), 'Pseudonymised'
        rows.append(f'{rid},{dstr(rng)} 10:{rng.randint(10, 59)},{st},{ip},{em},Yes,'
                    f'"{rng.choice(["too long", "fine", "the " + rng.choice(EPONYM) + " items were confusing"])}"')
    return '\n'.join(rows)


def s_free(rng, p, lb):
    k = rng.random()
    if k < .45:
        return f"Q14 (anything else?): {lb['SAY']} {p.phone} — {p.first}", [('phone', p.phone), ('person', p.first)]
    if k < .7:
        return (f"Q14: {lb['SAY']} {p.email}. {lb['N']}: {p.name}",
                [('email', p.email), ('person', p.name)])
    if k < .85:
        return (f"Q9 free text: the clinic moved and now I need two buses from {p.addr} — it takes an hour.",
                [('STREET_ADDRESS', p.addr)])
    return (f"Q20: I was diagnosed on my birthday ({p.dob}), so the question about age at onset is easy :) — {p.name}",
            [('DATE_OF_BIRTH', p.dob), ('person', p.name)])


def b_free(rng, lb):
    return rng.choice([
        f"Q14: I read about {rng.choice(PUBLIC)} in school and that is why I trust research. No other comments.",
        f"Q9: my father had {rng.choice(DISEASE)}, so I wanted to help. Please don't contact me again.",
        f"Q14: [redacted by study team: phone number]  — I would prefer evening calls.",
        f"Q20: the {rng.choice(EPONYM)} scale questions were repetitive. Call the helpline (112 in an emergency)?",
        f"Q12: {lb['SAY']} [REDACTED]",
        f"Q7: the app version 4.12.{rng.randint(0, 9)} crashed twice, ticket #{rng.randint(40000, 99999)}.",
    ])


def s_screen(rng, ps, lb):
    vals, rows = [], ['Scr#|Name|DOB|MRN|Phone|Eligible|Reason']
    for i, q in enumerate(ps, 1):
        vals += [('person', q.name), ('DATE_OF_BIRTH', q.dob), ('MEDICAL_RECORD', q.mrn_val)]
        ph = ''
        if rng.random() < .4:
            ph = q.phone
            vals.append(('phone', q.phone))
        rows.append(f'S{rng.randint(100, 999)}-{i:03d}|{q.name}|{q.dob}|{q.mrn}|{ph}|'
                    f'{rng.choice(["Y", "N"])}|{rng.choice(["eGFR < 30", "prior biologic", "-", "declined", "pregnant"])}')
    return f"Screening log, site 04, {rng.choice(STUDY)}\n" + '\n'.join(rows), vals


def b_screen(rng, n):
    rows = ['Scr#|Age|Sex|Eligible|Reason|Screen date']
    for i in range(1, n + 1):
        rows.append(f'S{rng.randint(100, 999)}-{i:03d}|{rng.randint(19, 80)}|{rng.choice("FM")}|{rng.choice("YN")}|'
                    f'{rng.choice(["eGFR < 30", "prior biologic", "-", "declined"])}|{dstr(rng)}')
    return (f"Screening log (de-identified), site 0{rng.randint(1, 9)}, protocol NCT0{rng.randint(5000000, 6999999)}, "
            f"EudraCT 2025-00{rng.randint(1000, 9999)}-{rng.randint(10, 99)}\n" + '\n'.join(rows))


def s_notebook(rng, p, lb):
    vals = [('person', p.name), ('STREET_ADDRESS', p.addr)]
    t = (f"Field notebook {dstr(rng)}\n10:40 interview #{rng.randint(3, 40)} with {p.name} at her home, {p.addr}. "
         f"Recorder on 52 min. Kitchen table, grandson present for the first part.")
    if rng.random() < .5:
        vals.append(('phone', p.phone))
        t += f"\nFollow-up: call {p.phone} after the harvest."
    return t, vals


def b_notebook(rng, lb):
    return (f"Lab notebook {dstr(rng)}\nSample BX-{rng.randint(1000, 9999)} collected at the public boat ramp "
            f"({rng.uniform(40, 60):.5f}, {rng.uniform(-5, 25):.5f}). Lot #{rng.randint(100000, 999999)}, "
            f"centrifuge SN {rng.randint(10**7, 10**8)}. Agreement {rng.choice(EPONYM)} kappa = 0.{rng.randint(60, 95)}. "
            f"Participant P-{rng.randint(100, 999)} (age band 40-49) interviewed at the library meeting room.")


def s_email(rng, p, lb):
    vals = [('person', p.name), ('email', p.email)]
    t = (f"From: study coordinator\nTo: partner site\nSubject: withdrawal\n\nHi all, {p.name} ({p.email}) has "
         f"withdrawn from {rng.choice(STUDY)} and asked for her data to be deleted.")
    if rng.random() < .6:
        vals.append((p.idtype, p.idval))
        t += f" Her {lb['I']} for the linkage file is {p.idval}; please remove that row."
    return t, vals


def b_email(rng, lb):
    return (f"From: {rng.choice(ORGS)}\nTo: consortium list\nSubject: DSA signed\n\nDear colleagues, the data-sharing "
            f"agreement for {rng.choice(STUDY)} is countersigned (ref. DSA-{rng.randint(2025, 2026)}-{rng.randint(10, 99)}). "
            f"Requests go to {rng.choice(ORGS)}; the codebook is at https://doi.org/10.5281/zenodo.{rng.randint(10**6, 10**7)}. "
            f"See {rng.choice(PUBLIC)}'s original protocol and {rng.choice(EPONYM)} et al. for the scale.")


def s_ethics(rng, p, lb):
    vals = [('person', p.name), ('DATE_OF_BIRTH', p.dob), ('MEDICAL_RECORD', p.mrn_val)]
    t = (f"Serious adverse event report to the ethics board\nParticipant: {p.name}, {lb['B']} {p.dob}, {p.mrn}\n"
         f"Event: hospitalised {dstr(rng)} with syncope, day 12 of treatment. Causality: possible.")
    if p.idtype in ('HEALTH_INSURANCE',) or rng.random() < .3:
        vals.append((p.idtype, p.idval))
        t += f"\n{lb['I']}: {p.idval}"
    return t, vals


def b_ethics(rng, lb):
    return (f"Ethics application ERB-{rng.randint(2025, 2026)}-{rng.randint(100, 999)}, section 7 (data protection)\n"
            f"Participants' names, dates of birth and contact numbers will be kept on a separate key file "
            f"(fields: [NAME], [DOB], [PHONE]). Transcripts use codes such as P-01. Contact: {rng.choice(ORGS)}. "
            f"Risk of {rng.choice(DISEASE)} symptoms worsening is discussed in section 4.")


def s_dsa(rng, ps, lb):
    vals, rows = [], ['pseudo_id|name|id_number|dob']
    for q in ps:
        vals += [('person', q.name), (q.idtype, q.idval), ('DATE_OF_BIRTH', q.dob)]
        rows.append(f'P-{rng.randint(1000, 9999)}|{q.name}|{q.idval}|{q.dob}')
    return ("Annex B of the data-sharing agreement — sample of the linkage file (to be transferred by SFTP)\n"
            + '\n'.join(rows)), vals


def b_dsa(rng, n):
    rows = ['pseudo_id|age_band|sex|nuts2|score']
    for _ in range(n):
        rows.append(f'P-{rng.randint(1000, 9999)}|{rng.choice(["18-29", "30-44", "45-64", "65+"])}|{rng.choice("FMX")}|'
                    f'{rng.choice(["DE71", "FR10", "ES51", "PL21", "NL33", "ITH5"])}|{rng.randint(5, 40)}')
    return ("Annex B of the data-sharing agreement — pseudonymised extract; keys held by the trusted third party, "
            f"salted SHA-256 ({''.join(rng.choice('0123456789abcdef') for _ in range(64))}).\n" + '\n'.join(rows))


def s_pay(rng, p, lb):
    k = rng.random()
    if p.tag == 'en-US' and rng.random() < .8:
        k = .7
    elif p.tag != 'en-US' and .55 <= k < .8:
        k = .9
    if p.idtype == 'iban' or k < .3:
        ib = p.idval if p.idtype == 'iban' else gen_iban(rng, rng.choice(['DE', 'FR', 'IT', 'NL']))
        return (f"Incentive payout batch — {p.name}, €40 for wave 2, IBAN {ib}", [('person', p.name), ('iban', ib)])
    if k < .55:
        c = gen_card(rng)
        return (f"Please refund {p.first}'s travel (bus + parking) to card {c}, exp {rng.randint(1, 12):02d}/"
                f"{rng.randint(27, 31)}", [('credit_card', c), ('person', p.first)])
    if k < .8 and p.tag == 'en-US':
        r, a = gen_rtn(rng), digits(rng, rng.randint(9, 12))
        return (f"ACH for participant {p.name}: routing {r}, account {a}, $50 gift.",
                [('person', p.name), ('US_BANK_NUMBER', r + ' ' + a), ('US_BANK_NUMBER_R', r)])
    return (f"Honorarium form: {p.name}, {lb['I']} {p.idval}, {lb['A']} {p.addr}",
            [('person', p.name), (p.idtype, p.idval), ('STREET_ADDRESS', p.addr)])


def b_pay(rng, lb):
    return rng.choice([
        f"Incentive batch 2026-{rng.randint(10, 99)}: 48 vouchers, codes GV-{rng.randint(10**5, 10**6)} to "
        f"GV-{rng.randint(10**6, 2 * 10**6)}, total €1,920. Finance contact: {rng.choice(ORGS)}.",
        "Payment sandbox test: card 4111 1111 1111 1111, exp 12/30, CVC 123 — expected 'approved'.",
        "Docs example for the payout form: IBAN DE89 3704 0044 0532 0130 00 (registry example), do not use.",
        f"Honorarium form (blank): Name ______ {lb['I']} ______ {lb['A']} ______. Invoice INV-{rng.randint(10**4, 10**5)}.",
        "Stripe test: 5555 5555 5555 4444 should succeed, 4000 0000 0000 0002 should decline.",
    ])


# ----------------------------------------------------------------------------------------------- placement

def b64(s):
    return base64.b64encode(s.encode('utf-8')).decode('ascii')


def place(rng, i, doc, instr, lang):
    model = MODELS[i % len(MODELS)]
    sysm = rng.choice(SYSTEMS)
    mode = ['user', 'system', 'assistant_echo', 'tool_result', 'tool_call_args', 'file_part', 'response_format',
            'user', 'metadata', 'completions', 'user', 'tool_result'][i % 12]
    body = {'model': model}
    if mode == 'completions':
        body['prompt'] = f"{instr}\n\n{doc}\n\n###\n"
        body['max_tokens'] = 400
        return 'completions', mode, body
    if mode == 'user':
        body['messages'] = [{'role': 'system', 'content': sysm}, {'role': 'user', 'content': f'{instr}\n\n{doc}'}]
    elif mode == 'system':
        body['messages'] = [{'role': 'system', 'content': f'{sysm}\nWorking document:\n{doc}'},
                            {'role': 'user', 'content': instr}]
    elif mode == 'assistant_echo':
        body['messages'] = [{'role': 'user', 'content': 'I will paste it first, just read it.'},
                            {'role': 'assistant', 'content': f'Received:\n{doc}'},
                            {'role': 'user', 'content': instr}]
    elif mode == 'tool_result':
        body['messages'] = [{'role': 'system', 'content': sysm}, {'role': 'user', 'content': instr},
                            {'role': 'assistant', 'content': None, 'tool_calls': [
                                {'id': f'call_{i:04d}', 'type': 'function',
                                 'function': {'name': 'fetch_study_record', 'arguments': json.dumps({'study': 'current'})}}]},
                            {'role': 'tool', 'tool_call_id': f'call_{i:04d}', 'content': doc}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'fetch_study_record', 'description': 'Fetch a record '
                          'from the study database', 'parameters': {'type': 'object', 'properties': {
                              'study': {'type': 'string'}}}}}]
    elif mode == 'tool_call_args':
        body['messages'] = [{'role': 'user', 'content': instr},
                            {'role': 'assistant', 'content': None, 'tool_calls': [
                                {'id': f'call_{i:04d}', 'type': 'function',
                                 'function': {'name': 'save_to_redcap', 'arguments': json.dumps(
                                     {'record_text': doc, 'instrument': 'screening'}, ensure_ascii=False)}}]},
                            {'role': 'tool', 'tool_call_id': f'call_{i:04d}', 'content': '{"status": "saved"}'},
                            {'role': 'user', 'content': 'ok, now confirm what was saved'}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'save_to_redcap', 'parameters': {
            'type': 'object', 'properties': {'record_text': {'type': 'string'}, 'instrument': {'type': 'string'}}}}}]
    elif mode == 'file_part':
        body['messages'] = [{'role': 'user', 'content': [
            {'type': 'text', 'text': instr},
            {'type': 'file', 'file': {'filename': 'study_export.txt',
                                      'file_data': 'data:text/plain;base64,' + b64(doc)}}]}]
    elif mode == 'response_format':
        body['messages'] = [{'role': 'system', 'content': sysm}, {'role': 'user', 'content': instr + '\n\n' + doc}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'study_extract', 'schema': {
            'type': 'object', 'properties': {'summary': {'type': 'string'}, 'flags': {'type': 'array',
                                                                                    'items': {'type': 'string'}}},
            'required': ['summary']}}}
    elif mode == 'metadata':
        body['messages'] = [{'role': 'user', 'content': instr}, {'role': 'user', 'content': [{'type': 'text', 'text': doc}]}]
        body['store'] = True
        body['metadata'] = {'study': 'yardang-demo', 'wave': str(rng.randint(1, 5))}
    if rng.random() < .15:
        body['user'] = 'svc-research-' + ''.join(rng.choice('0123456789abcdef') for _ in range(8))
    if rng.random() < .1:
        body['stop'] = ['\n###']
    if rng.random() < .2:
        body['temperature'] = rng.choice([0, 0.2, 0.7])
    return 'chat', mode, body


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m.group(1)).decode('utf-8'))
    try:
        parts.append(json.dumps(json.loads(s), ensure_ascii=False))
    except Exception:
        pass
    # tool-call arguments are JSON inside JSON: decode them too
    for msg in body.get('messages', []):
        for tc in msg.get('tool_calls') or []:
            parts.append(tc['function']['arguments'])
            parts.append(json.dumps(json.loads(tc['function']['arguments']), ensure_ascii=False))
            try:
                parts.append(str(json.loads(tc['function']['arguments'])))
            except Exception:
                pass
    return '\n'.join(parts)


def plain(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def entities_of(body, vals):
    h = haystack(body)
    h2 = h.replace('\\n', '\n')
    out = set()
    for t, v in vals:
        if t == 'US_BANK_NUMBER_R':
            continue
        if t == 'US_BANK_NUMBER':
            r, a = v.split(' ')
            if r in h2 and a in h2:
                out.add(t)
            continue
        if v in h2 or plain(v) in h:
            out.add(t)
    return sorted(out)


KINDS = ['consent_form', 'survey_export', 'survey_free_text', 'screening_log', 'field_notebook', 'collab_email',
         'ethics_submission', 'data_sharing', 'participant_payment', 'key_file']


def build_pii(rng):
    recs = []
    i = 0
    for k in KINDS:
        for j in range(50):
            sens = j < 29
            tag = TAGS[(j * 7 + KINDS.index(k) * 3) % len(TAGS)]
            if sens and k == 'participant_payment' and j % 4 == 2:
                tag = 'en-US'
            if sens and k in ('ethics_submission', 'participant_payment', 'key_file') and j % 7 == 3:
                tag = 'en-GB'
            if sens and k == 'key_file' and j % 6 == 0:
                tag = 'en-US'
            lb = L[tag]['lab']
            lang_i, instr = INSTR[(j + KINDS.index(k)) % len(INSTR)]
            p = Person(rng, tag)
            vals = []
            if k == 'consent_form':
                doc, vals = s_consent(rng, p, lb) if sens else (b_consent(rng, lb), [])
            elif k == 'survey_export':
                n = rng.randint(1, 5)
                ps = [p] + [Person(rng, rng.choice(TAGS)) for _ in range(n - 1)]
                doc, vals = s_survey(rng, ps, lb) if sens else (b_survey(rng, n + 2), [])
            elif k == 'survey_free_text':
                doc, vals = s_free(rng, p, lb) if sens else (b_free(rng, lb), [])
            elif k == 'screening_log':
                ps = [p] + [Person(rng, tag) for _ in range(rng.randint(0, 3))]
                doc, vals = s_screen(rng, ps, lb) if sens else (b_screen(rng, rng.randint(2, 6)), [])
            elif k == 'field_notebook':
                doc, vals = s_notebook(rng, p, lb) if sens else (b_notebook(rng, lb), [])
            elif k == 'collab_email':
                doc, vals = s_email(rng, p, lb) if sens else (b_email(rng, lb), [])
            elif k == 'ethics_submission':
                doc, vals = s_ethics(rng, p, lb) if sens else (b_ethics(rng, lb), [])
            elif k == 'data_sharing':
                ps = [p] + [Person(rng, tag) for _ in range(rng.randint(0, 2))]
                doc, vals = s_dsa(rng, ps, lb) if sens else (b_dsa(rng, rng.randint(2, 5)), [])
            elif k == 'participant_payment':
                doc, vals = s_pay(rng, p, lb) if sens else (b_pay(rng, lb), [])
            else:  # key_file: re-identification key vs pseudonymised dataset
                if sens:
                    vals = [('person', p.name), ('phone', p.phone), ('email', p.email), (p.idtype, p.idval)]
                    doc = (f"KEY FILE — keep offline!\ncode,name,phone,email,{lb['I']}\nP-{rng.randint(10, 99)},{p.name},"
                           f"{p.phone},{p.email},{p.idval}")
                else:
                    doc = (f"Pseudonymised dataset (no key)\ncode,age_band,region,phone_on_file,email_on_file\n"
                           + '\n'.join(f'P-{rng.randint(10, 99)},{rng.choice(["30-44", "45-64"])},'
                                       f'{rng.choice(["north", "coast", "capital"])},yes,no' for _ in range(4)))
            i += 1
            endpoint, mode, body = place(rng, i, doc, instr, lang_i)
            ents = entities_of(body, vals)
            must(bool(ents) == sens, f'label mismatch {k} {j} {vals}')
            for t, v in vals:  # every issued value must have made it into the body
                must(t == 'US_BANK_NUMBER_R' or t in ents, f'value lost {t}')
            recs.append({'id': f'yardang-pii-{i:04d}', 'category': k if sens else k + '_benign', 'sensitive': sens,
                         'entities': ents, 'endpoint': endpoint, 'lang': tag if (sens or k in (
                             'consent_form', 'survey_free_text', 'ethics_submission', 'participant_payment',
                             'collab_email')) else 'en', 'style': f'{k} · {mode} · instr-{lang_i}', 'body': body})
    return recs


# ----------------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = [
    ('en', 'What does IRB stand for?'), ('en', 'Convert 0.047 to a percentage.'),
    ('de', 'Was heißt „Einwilligungserklärung“ auf Englisch?'), ('fr', 'Combien font 48 participants fois 25 € ?'),
    ('es', 'Traduce "marque una sola casilla" al inglés.'), ('ja', '「質問票」を英語に訳してください。'),
    ('zh', '“问卷调查”用英语怎么说？'), ('it', 'Scrivi la data 05/12/2026 in formato ISO.'),
    ('pt', 'Quanto é 37 de 120 em porcentagem?'), ('nl', 'Wat is de afkorting AVG voluit?'),
    ('pl', 'Przetłumacz "ankieta" na angielski.'), ('ru', 'Переведи «анкета» на английский.'),
    ('en', 'Sort these ages ascending: 44, 19, 63, 27, 35.'), ('en', 'What is a Likert scale, in one sentence?'),
    ('ko', '"설문지"를 영어로 번역해 주세요.'), ('tr', '"Anket" kelimesini İngilizceye çevir.'),
    ('sv', 'Översätt "samtycke" till engelska.'), ('en', 'Capitalise: informed consent form version 2'),
    ('el', 'Μετάφρασε «ερωτηματολόγιο» στα αγγλικά.'), ('he', 'תרגם "שאלון" לאנגלית.'),
    ('ar', 'ترجم كلمة "استبيان" إلى الإنجليزية.'), ('hi', '"सर्वेक्षण" का अंग्रेज़ी अनुवाद क्या है?'),
    ('th', 'แปลคำว่า "แบบสอบถาม" เป็นภาษาอังกฤษ'), ('fi', 'Käännä "kyselylomake" englanniksi.'),
]
SHORT_HARD = [
    'Derive the sample size per arm for a cluster-randomised trial: clusters of {m}, ICC {icc}, detect d = 0.{d} '
    'with 90% power at alpha 0.05. Show the design effect and discuss what happens if cluster sizes vary (CV 0.4).',
    'Prove that Cronbach\'s alpha is a lower bound of reliability under essential tau-equivalence violations, and give '
    'a 3-item counterexample where it is negative.',
    'Design a pseudonymisation scheme that lets two sites link {m} participants across waves without either seeing '
    'the other\'s identifiers. Compare keyed hashing, Bloom-filter PPRL and a trusted third party; trade-offs only.',
    'My lme4 model with random slopes for {m} schools gives a singular fit and the fixed effect flips sign when I '
    'drop the slope. Diagnose the likely causes step by step and say which model you would report and why.',
    'A survey has {icc} item nonresponse on income, MNAR suspected. Propose a sensitivity analysis (delta-adjusted '
    'MI or pattern-mixture), justify the deltas, and explain how to report it.',
    'Show why stopping a trial at the first interim look with p < 0.0{d} inflates type I error, and compute the '
    'O\'Brien-Fleming boundary for 3 looks approximately.',
    'Given a stepped-wedge design with {m} clusters and 5 periods, explain how secular trend confounds the effect '
    'and derive the GLMM you would fit; justify the correlation structure.',
    'Is regression to the mean enough to explain a 0.{d} SD improvement in a pre-post study without control? '
    'Reason quantitatively with test-retest r = 0.7 and selection on the top 20%.',
    'Design a differential-privacy release for a {m}-row survey table with 6 cross-tabs; choose epsilon split and '
    'argue utility vs risk.',
    'Why might propensity-score matching with {m} covariates make balance worse on an unmeasured confounder? '
    'Construct a small DAG example and explain.',
]
LONG_EASY_TASKS = ['Translate all answers into English, keep the numbering.', 'Sort the list by wave, then by code.',
                   'Summarise in five bullet points.', 'Fix spelling only, do not change wording.',
                   'Convert this into a Markdown table.', 'Count how many answers say "yes".']
ANSW = ['the bus was late again', 'questionnaire too long', 'yes', 'no', 'it was fine', 'could not find the room',
        'the nurse was kind', 'yes, happy to continue', 'app froze on page 3', 'no comment', 'maybe next year',
        'the incentive arrived late', 'questions about sleep were unclear']
LONG_HARD = [
    ('Below is our analysis script and the protocol excerpt. The effect estimate doubled after a refactor. Find the '
     'root cause (look for leakage, wrong join keys, duplicated rows) and explain each step of your reasoning.',
     'code'),
    ('Below is the methods section of our observational study. Identify every threat to causal interpretation, rank '
     'them, and propose a design change that addresses the top two, with trade-offs.', 'methods'),
    ('Below is the randomisation log. Allocation looks unbalanced by site. Work out whether the block '
     'randomisation was implemented correctly, and if not, exactly where it failed.', 'log'),
]


def long_easy_doc(rng, n):
    return '\n'.join(f'{k}. (wave {rng.randint(1, 4)}, P-{rng.randint(100, 999)}) {rng.choice(ANSW)}'
                     for k in range(1, n + 1))


def long_hard_doc(rng, kind):
    if kind == 'code':
        lines = ['import pandas as pd', 'resp = pd.read_csv("wave2.csv")', 'base = pd.read_csv("baseline.csv")']
        for k in range(40):
            lines.append(rng.choice([
                'df = resp.merge(base, on="site")  # was on=["site","pid"]',
                'df["score_z"] = (df.score - df.score.mean()) / df.score.std()',
                'df = df[df.completed == 1]', 'df = pd.concat([df, df[df.arm == "B"]])',
                'model = smf.ols("score_z ~ arm + age + C(site)", df).fit()',
                'df["age"] = df["age"].fillna(df["age"].mean())', 'print(model.summary())',
                'df = df.drop_duplicates(subset=["pid"])']))
        return '\n'.join(lines)
    if kind == 'methods':
        s = ['Participants self-selected via a newsletter.', 'Exposure was measured after outcome assessment.',
             'Sites with low recruitment were dropped post hoc.', 'We adjusted for 42 covariates chosen by stepwise AIC.',
             'Outcome assessors knew exposure status.', 'Loss to follow-up was 38% in the exposed group, 12% otherwise.',
             'Analyses were repeated with and without imputation; only the significant one is reported.']
        return ' '.join(rng.choice(s) for _ in range(28))
    rows = ['seq,site,block,arm,time']
    for k in range(1, 60):
        rows.append(f'{k},{rng.choice(["A", "B", "C"])},{(k - 1) // 4 + 1},{rng.choice(["T", "C", "T"])},'
                    f'2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}')
    return '\n'.join(rows)


def build_cx(rng):
    recs = []

    def add(cat, label, adv, lang, style, content, sysm=None):
        msgs = ([{'role': 'system', 'content': sysm}] if sysm else []) + [{'role': 'user', 'content': content}]
        recs.append({'id': f'yardang-cx-{len(recs) + 1:04d}', 'category': cat, 'label': label,
                     'length_adversarial': adv, 'endpoint': 'chat', 'lang': lang, 'style': style,
                     'body': {'model': MODELS[len(recs) % len(MODELS)], 'messages': msgs}})

    for k in range(48):
        lang, q = SHORT_SIMPLE[k % len(SHORT_SIMPLE)]
        if k >= len(SHORT_SIMPLE) and lang == 'en':
            q = q.replace('44', str(rng.randint(20, 90)))
        add('short_simple', 0, False, lang, 'lookup/translate', q, rng.choice([None] + SYSTEMS))
    for k in range(52):
        task = LONG_EASY_TASKS[k % len(LONG_EASY_TASKS)]
        doc = long_easy_doc(rng, rng.randint(45, 70))
        while len(doc) < 1600:
            doc += '\n' + long_easy_doc(rng, 5)
        add('long_easy', 0, True, 'en', 'survey_answers/easy', f'{task}\n\n{doc}' if k % 2 else f'{doc}\n\n{task}',
            rng.choice([None] + SYSTEMS))
    for k in range(52):
        t = SHORT_HARD[k % len(SHORT_HARD)].format(m=rng.choice([12, 20, 25, 40, 200, 1500]),
                                                   icc=rng.choice(['0.02', '0.05', '0.08', '0.3']),
                                                   d=rng.randint(2, 5))
        add('short_hard', 1, True, 'en', 'methods/hard', t, rng.choice([None] + SYSTEMS))
    for k in range(38):
        task, kind = LONG_HARD[k % len(LONG_HARD)]
        doc = long_hard_doc(rng, kind)
        while len(doc) < 1500:
            doc += '\n' + long_hard_doc(rng, kind)
        add('long_hard', 1, False, 'en', f'{kind}/hard', f'{task}\n\n{doc}', rng.choice([None] + SYSTEMS))
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pii = build_pii(rng)
    cx = build_cx(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (('pii_yardang.jsonl', pii), ('complexity_yardang.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8') as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_yardang.jsonl: {len(pii)} requests, {sens} sensitive / {len(pii) - sens} benign; endpoints',
          dict(collections.Counter(r['endpoint'] for r in pii)), '; langs', len({r['lang'] for r in pii}))
    print('categories', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('entities', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    adv = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_yardang.jsonl: {len(cx)} prompts', dict(collections.Counter(r['category'] for r in cx)),
          f'; {adv} ({100 * adv // len(cx)}%) length-adversarial; {sum(r["label"] for r in cx)} labelled 1; langs',
          len({r['lang'] for r in cx}))


if __name__ == '__main__':
    main()
