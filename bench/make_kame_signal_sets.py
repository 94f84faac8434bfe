#!/usr/bin/env python3
"""Kame: an independent evaluation split for the request signals, organised by MONEY MOVING BETWEEN PRIVATE PEOPLE.

Writes bench/data/signals/pii_kame.jsonl and bench/data/signals/complexity_kame.jsonl in the record schema of
the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id, category,
label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the first 70 lines of the delta generator (record schema and conventions), the
    first two lines of the two delta files and the brief. Not the detector, its tests, the evaluator, results,
    policies, docs, commit messages or other branches. The other generators were not read: their sources are
    only scanned automatically at run time for capitalised / non-ASCII words (and Han/Kana/Hangul bigrams), and
    every first name, family name and street name of this file is cut against that set (order kept; the run
    aborts if a pool runs empty; generic street words such as "Calle" or "Road" are exempt). Those words are never
    printed.

Organising principle
    By the KIND OF TRANSFER between private people: split_bill (friends sharing a dinner, a trip, a flat's
    bills), loan_repayment (paying back a friend or relative), rent_flatmate (rent and deposits to a flatmate
    or private landlord), remittance (money home across borders), household_help (babysitter, cleaner,
    tutor, plumber paid as private persons), gift (wedding, birthday, baby gifts sent by transfer or post),
    group_collection (office whip-rounds, class funds, a collection for a neighbour), marketplace (second-hand
    sale between two private people), scam_report (a victim reporting a fraudulent payee) and
    disputed_transfer (a mistaken or contested transfer). Values are the ones people really hand out to get
    paid: IBANs, card numbers (the P2P card-to-card habit), mobile numbers used as wallet keys (Bizum, Swish,
    Pix, M-Pesa, GCash, bKash, UPI, PromptPay, MoMo, PayPay, Toss, InstaPay, Bit, BLIK, Lydia, Satispay,
    OPay, SBP, DiMo), e-mail addresses used as payment IDs (Zelle, PayPal, Pix, Chilean transfers), tax or citizen numbers
    used as payment keys (CPF for Pix, RUT in Chilean transfers, TC Kimlik for FAST, Thai citizen ID for
    PromptPay), US routing + account numbers, UK sort code + account with the payee's name, plus the home
    addresses, birth dates and passports that rent, delivery and remittance KYC bring along. 29 locales.

    Sensitive records use category ``<kind>``; benign ones ``<kind>_benign`` are hard negatives of the same
    kind: merchants', landlords' agencies' and charities' own payment details and switchboards, transaction,
    MTCN, UETR and reference IDs, payment links with opaque tokens, amounts and exchange rates, the IBAN
    registry's examples and documentation test card numbers, bank SWIFT/BIC codes, blank payment templates
    with placeholders, public or historical figures, masked / anonymised statements, reserved phone numbers
    and example.com addresses.

    The text is placed in a request field by rotation: user message, system prompt, earlier assistant turn,
    tool result, tool-call arguments (with a ``tools`` schema), text + base64 file content parts, image URL
    query strings, response_format json_schema, ``user``, ``metadata`` with ``store: true``; ~10% use the
    legacy completions endpoint (``prompt``).

Labels
    ``entities`` is computed by searching the serialised body (base64 file parts decoded, URLs unquoted) for
    every value the record issued, so a value that was left out is not labelled. Mobile wallet keys are
    ``phone``; wallet e-mail IDs ``email``; card numbers ``credit_card``; CPF / TC Kimlik are TAX_ID /
    NATIONAL_ID (CPF TAX_ID, TC Kimlik, Chilean RUN/RUT and Thai citizen ID NATIONAL_ID); US routing +
    account ``US_BANK_NUMBER``; a UK sort code + account number has no type of its own and is always given
    with the payee's name (``person``). A payee's name is ``person`` (sole traders paid privately included).
    ``sensitive`` is true exactly when ``entities`` is non-empty (asserted).

Contents (seed 20261205)
    pii_kame.jsonl: 500 requests (438 chat, 62 completions) in 29 language tags (Latin, Cyrillic, Greek, Arabic,
    Hebrew, Devanagari, Bengali, Thai, Han, Kana and Hangul scripts); 10 kinds of transfer x 50 (29 sensitive + 21
    benign each: 290 sensitive / 210 benign). Entity totals (records containing the type): person 258, phone 166,
    STREET_ADDRESS 64, iban 61, email 38, credit_card 20, DATE_OF_BIRTH 15, NATIONAL_ID 14, US_BANK_NUMBER 11,
    PASSPORT 10, TAX_ID 9, IP_ADDRESS 6, ssn 3. Sensitive texts are the payee's own message (full, or a terse
    one-liner, sometimes the key without the payee's name) or the user's story in English; benign ones span 15
    shapes (amount/how-to questions, fx comparisons, transaction/MTCN/UETR/Pix-E2E ids, payment links, merchant,
    agency and charity accounts, registry-example IBANs, test cards, BICs, blank templates, masked statements,
    switchboards, reserved documentation values, public or historical figures).
    complexity_kame.jsonl: 190 chat requests in 23 language tags: short_simple 45, long_easy 52 (>= 1,500 chars),
    short_hard 50, long_hard 43 (>= 1,500 chars); 102 (53%) length-adversarial, 93 labelled 1. Long easy and long
    hard prompts share the same kinds of body (expense lists, group-chat disputes, design notes); only the task
    differs. The run prints all counts.

Validation
    IBANs, card numbers (Luhn), CPF, RUT, TC Kimlik, Thai PIN, US routing numbers and SSNs are validated with
    python-stdnum; every phone number with ``phonenumbers`` (valid for its region); IP addresses with
    ``ipaddress`` (global, outside documentation ranges). Generated cards are checked not to be test numbers.
    Any invalid value aborts the run.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_kame_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
import sys
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf as std_cpf
from stdnum.cl import rut as std_rut
from stdnum.th import pin as std_thpin
from stdnum.tr import tckimlik as std_tck
from stdnum.us import rtn as std_rtn
from stdnum.us import ssn as std_ssn

ROOT = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote',
                  'dune', 'scree', 'geyser', 'tombolo', 'drumlin', 'skerry', 'esker', 'isthmus')
CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')


def tokens(text):
    """Runs of letters, marks and digits (so Indic vowel signs stay inside their word)."""
    out, cur = [], []
    for ch in text:
        if unicodedata.category(ch)[0] in 'LMN':
            cur.append(ch)
        elif cur:
            out.append(''.join(cur))
            cur = []
    if cur:
        out.append(''.join(cur))
    return out


def other_words():
    """Capitalised / non-ASCII words and CJK bigrams of the frozen generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = ROOT / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_bytes().decode('utf-8', 'replace')
        for w in re.findall(r"\b[A-Z][A-Za-z]+", text):
            words.add(w.lower())
        for w in tokens(text):
            if any(ord(c) > 127 for c in w):
                words.add(w.lower())
                for a, b in zip(w, w[1:]):
                    if CJK.match(a) and CJK.match(b):
                        bigrams.add(a + b)
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()
GENERIC = {'calle', 'rua', 'avenida', 'straße', 'strasse', 'weg', 'rue', 'via', 'viale', 'straat', 'ulica',
           'gatan', 'vägen', 'вулиця', 'улица', 'sokak', 'caddesi', 'شارع', 'רחוב', 'road', 'street', 'lane',
           'jalan', 'avenue', 'drive', 'odos', 'οδός', 'pasaje', 'av', 'al', 'ul', 'de', 'da', 'do', 'del', 'la',
           'le', 'van', 'der', 'des', 'di', 'the', 'và', 'đường', 'phố', 'soi', 'ซอย', 'ถนน', 'marg', 'मार्ग',
           'kalye', 'রোড', 'লেন', 'rd', 'dr', 'ln', 'ct', 'trl', 'cir', 'way', 'run', 'close', 'gardens', 'crescent', 'place', 'court', 'mews', 'row', 'park', 'nagar', 'colony'}


def clean(pool, what):
    out = []
    for e in pool:
        ok = True
        for w in tokens(e):
            wl = w.lower().strip('.,')
            if not wl or wl in GENERIC or wl.isdigit():
                continue
            if wl in OTHER_WORDS:
                ok = False
            if any(a + b in OTHER_BIGRAMS for a, b in zip(w, w[1:])):
                ok = False
        if ok:
            out.append(e)
    if not out:
        sys.exit(f'pool ran empty: {what}')
    return out


def ascii_fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).encode(
        'ascii', 'ignore').decode().lower().replace(' ', '')


# ---------------------------------------------------------------------------------------------- locales
# order: 'w' first-last, 'e' last+first without space, 'es' last first with space
L = {}


def loc(tag, region, cur, order, first, last, streets, addr, rails, wallet, ph, dec=','):
    L[tag] = dict(tag=tag, region=region, cur=cur, order=order, first=first, last=last, streets=streets,
                  addr=addr, rails=rails, wallet=wallet, ph=ph, dec=dec)


# ph keys: hi, details, holder, thanks, ask (to the model, local), reason (10 kinds)
KINDS = ['split_bill', 'loan_repayment', 'rent_flatmate', 'remittance', 'household_help', 'gift',
         'group_collection', 'marketplace', 'scam_report', 'disputed_transfer']

loc('es-ES', 'ES', '€', 'w', ['Begoña', 'Iñaki', 'Maite', 'Ximena', 'Rocío', 'Anselmo', 'Nuria', 'Gorka', 'Amparo',
    'Leire', 'Fermín', 'Itziar', 'Casimiro', 'Eulalia'],
    ['Arrieta Solano', 'Gorostiza Pardo', 'Echevarría Luque', 'Quiroga Baena', 'Villalobos Ordóñez',
     'Zubiaurre Mena', 'Carrasco Iturbe', 'Aranzadi Peña', 'Montesinos Lara', 'Olabarrieta Cano'],
    ['Calle Tomás Bretón', 'Calle Ercilla', 'Calle Lagasca', 'Calle Fuencarral', 'Calle Ponzano', 'Calle Abtao'],
    '{s} {n}, {f}º {d}, {pc} {city}', ['iban', 'phone'], 'Bizum',
    dict(hi='¡Buenas!', details='Mis datos', holder='Titular', thanks='¡Gracias!',
         ask='Revisa este mensaje y ponlo más claro:',
         reason=['lo de la cena del sábado', 'lo que te dejé en marzo', 'el alquiler de diciembre',
                 'el envío para mi madre', 'las horas de canguro', 'el regalo de boda de mis primos',
                 'el bote para la jubilación de la jefa', 'la bici que vendo en Wallapop',
                 'este Bizum que me pidieron y no me cuadra', 'la transferencia que hice por error']))
loc('pt-BR', 'BR', 'R$', 'w', ['Joaquim', 'Iracema', 'Wellington', 'Rosângela', 'Valdirene', 'Clodoaldo',
    'Jussara', 'Edinaldo', 'Marinalva', 'Gildásio', 'Tainá', 'Josué', 'Lindalva', 'Deoclécio'],
    ['Nogueira Brandão', 'Cavalcanti Tavares', 'Figueiredo Pinheiro', 'Albuquerque Seixas', 'Bezerra Quintela',
     'Magalhães Couto', 'Sampaio Rebouças', 'Valadares Bastos', 'Siqueira Prado', 'Guimarães Lobo'],
    ['Rua Capote Valente', 'Rua Cardeal Arcoverde', 'Rua Mourato Coelho', 'Rua Fradique Coutinho',
     'Rua Teodoro Sampaio', 'Rua Joaquim Antunes'],
    '{s}, {n}, apto {f}{d}, {city} - SP, {pc}', ['cpf', 'cpf', 'phone', 'email'], 'Pix',
    dict(hi='Oi!', details='Meus dados', holder='Nome', thanks='Valeu!',
         ask='Dá uma revisada nessa mensagem pra mim:',
         reason=['a conta do churrasco', 'o que você me emprestou', 'o aluguel do mês', 'o dinheiro pra minha mãe',
                 'a diária da babá', 'o presente de casamento', 'a vaquinha da turma', 'o celular que vendi na OLX',
                 'esse Pix que pediram no WhatsApp', 'o Pix que mandei errado']))
loc('de-DE', 'DE', '€', 'w', ['Hannelore', 'Wolfram', 'Gudrun', 'Detlef', 'Irmgard', 'Volker', 'Sieglinde',
    'Hartmut', 'Roswitha', 'Eckhard', 'Waltraud', 'Gernot', 'Liesel', 'Reinhold'],
    ['Brinkmann', 'Oberhauser', 'Kettenbach', 'Wiesinger', 'Pfannkuch', 'Rathgeber', 'Dorfmüller', 'Hollweck',
     'Tiedemann', 'Scharnagl', 'Lüdecke', 'Bergmeier'],
    ['Gneisenaustraße', 'Körnerstraße', 'Wörthstraße', 'Zietenstraße', 'Kollwitzstraße', 'Dunckerstraße'],
    '{s} {n}, {pc} {city}', ['iban', 'email'], 'PayPal',
    dict(hi='Hallo zusammen,', details='Meine Bankdaten', holder='Kontoinhaber', thanks='Danke!',
         ask='Kannst du diese Nachricht freundlicher formulieren?',
         reason=['das Essen vom Freitag', 'das Geld, das du mir geliehen hast', 'die Miete für Dezember',
                 'die Überweisung für meine Eltern', 'das Babysitten am Samstag', 'das Hochzeitsgeschenk',
                 'die Sammlung für den Abschied im Büro', 'das Sofa von Kleinanzeigen',
                 'diese Zahlungsaufforderung per SMS', 'die Fehlüberweisung']))
loc('fr-FR', 'FR', '€', 'w', ['Gislaine', 'Anatole', 'Solange', 'Firmin', 'Ghislaine', 'Aurèle', 'Clémence',
    'Bastien', 'Maïwenn', 'Évariste', 'Ombeline', 'Lucien', 'Perrine', 'Thibaut'],
    ['Lefrançois', 'Demarquette', 'Castaing', 'Roussillon', 'Vautrin', 'Berthelot', 'Quéméner', 'Lagarde-Nivet',
     'Pécresse-Hamon', 'Delaunoy', 'Carbonnel', 'Le Goff-Tanguy'],
    ['Rue des Envierges', 'Rue de la Mare', 'Rue Ramponeau', 'Rue Dénoyez', 'Rue des Cascades',
     'Rue Piat'], '{n} {s}, {pc} {city}', ['iban', 'phone'], 'Lydia',
    dict(hi='Coucou !', details='Mes coordonnées bancaires', holder='Titulaire', thanks='Merci !',
         ask='Tu peux reformuler ce message ?',
         reason=['le resto de samedi', "l'argent que tu m'as prêté", 'le loyer de décembre', "l'envoi pour ma mère",
                 'la garde des enfants', 'le cadeau de mariage', 'la cagnotte pour le pot de départ',
                 'le vélo vendu sur Leboncoin', 'ce virement demandé par SMS', 'le virement envoyé par erreur']))
loc('it-IT', 'IT', '€', 'w', ['Gianfranco', 'Ornella', 'Ermanno', 'Loredana', 'Tiziano', 'Rosalba',
    'Corrado', 'Mirella', 'Ottavio', 'Donatella', 'Settimio', 'Graziella', 'Ruggero', 'Annunziata'],
    ['Bortolotti', 'Scaramuzza', 'Pellegatta', 'Zanchetta', 'Bonfiglio', 'Cavazzoni', 'Tarantola', 'Manfredini',
     'Lo Iacono', 'Santangelo', 'Righetti', 'Ferraresi'],
    ['Via Ripamonti', 'Via Pestalozzi', 'Via Solari', 'Via Vigevano', 'Via Padova', 'Via Tortona'],
    '{s} {n}, {pc} {city}', ['iban', 'phone'], 'Satispay',
    dict(hi='Ciao ragazzi!', details='I miei dati', holder='Intestatario', thanks='Grazie mille!',
         ask='Mi sistemi questo messaggio?',
         reason=['la cena di sabato', 'i soldi che mi hai prestato', "l'affitto di dicembre", 'i soldi per mia madre',
                 'le ore di baby-sitter', 'il regalo di nozze', 'la colletta per il compleanno del capo',
                 'la bici venduta su Subito', 'questo bonifico chiesto su WhatsApp', 'il bonifico sbagliato']))
loc('nl-NL', 'NL', '€', 'w', ['Joost', 'Marijke', 'Gerben', 'Wietske', 'Sjoerd', 'Hennie', 'Roelof', 'Geertje',
    'Bartel', 'Femke', 'Tjeerd', 'Aaltje', 'Wouter', 'Jikke'],
    ['Hoekstra', 'van Dijkhuizen', 'Wijnands', 'Kloosterman', 'Brouwers', 'Terpstra', 'van Rossem', 'Scholten',
     'Veenstra', 'Oosterhuis', 'de Graaff', 'Haverkamp'],
    ['Van Woustraat', 'Ceintuurbaan', 'Tolstraat', 'Kinkerstraat', 'Bilderdijkstraat', 'Javastraat'],
    '{s} {n}-{f}, {pc} {city}', ['iban'], 'Tikkie',
    dict(hi='Hoi allemaal,', details='Mijn gegevens', holder='t.n.v.', thanks='Dankjewel!',
         ask='Kun je dit bericht netjes maken?',
         reason=['het etentje van vrijdag', 'het geld dat je me leende', 'de huur van december',
                 'het geld voor mijn ouders', 'het oppassen', 'het huwelijkscadeau', 'de pot voor het afscheid',
                 'de fiets van Marktplaats', 'dit betaalverzoek via WhatsApp', 'de verkeerde overboeking']))
loc('pl-PL', 'PL', 'zł', 'w', ['Grażyna', 'Zdzisław', 'Bożena', 'Mieczysław', 'Jadwiga', 'Wiesław', 'Halina',
    'Bogumił', 'Teodora', 'Przemysław', 'Jolanta', 'Radosław', 'Stanisława', 'Czesław'],
    ['Wróblewski', 'Szczepaniak', 'Grabowiecki', 'Pietrzyk', 'Kaczmarczyk', 'Zielonka', 'Sobczak', 'Dudziński',
     'Ostrowski', 'Kowalczuk', 'Jabłoński', 'Wierzbicki'],
    ['ul. Ząbkowska', 'ul. Inżynierska', 'ul. Targowa', 'ul. Okrzei', 'ul. Stalowa', 'ul. Środkowa'],
    '{s} {n}/{f}, {pc} {city}', ['iban', 'phone'], 'BLIK',
    dict(hi='Cześć!', details='Moje dane do przelewu', holder='Odbiorca', thanks='Dzięki!',
         ask='Popraw mi tę wiadomość:',
         reason=['za kolację w sobotę', 'to, co mi pożyczyłeś', 'czynsz za grudzień', 'pieniądze dla mamy',
                 'opiekę nad dziećmi', 'prezent ślubny', 'zrzutkę na urodziny szefowej',
                 'rower z OLX', 'ten przelew na BLIK, o który prosili', 'przelew wysłany przez pomyłkę']))
loc('sv-SE', 'SE', 'kr', 'w', ['Ingegerd', 'Torbjörn', 'Gunnel', 'Leif', 'Solveig', 'Bengt', 'Ylva', 'Arvid',
    'Margareta', 'Sixten', 'Elsy', 'Gösta', 'Vendela', 'Ragnar'],
    ['Lindqvist', 'Bergström', 'Sandell', 'Öberg', 'Hällström', 'Wennerberg', 'Ekdahl', 'Sjöholm', 'Lundgren',
     'Almqvist', 'Nyberg', 'Forsell'],
    ['Götgatan', 'Hornsgatan', 'Ringvägen', 'Bondegatan', 'Skånegatan', 'Åsögatan'],
    '{s} {n}, {pc} {city}', ['phone', 'iban'], 'Swish',
    dict(hi='Hej!', details='Mina uppgifter', holder='Mottagare', thanks='Tack!',
         ask='Kan du skriva om det här meddelandet?',
         reason=['middagen i lördags', 'pengarna du lånade mig', 'hyran för december', 'pengar till mamma',
                 'barnvakten', 'bröllopspresenten', 'insamlingen till chefens avtackning', 'cykeln från Blocket',
                 'den här Swish-förfrågan', 'felaktig överföring']))
loc('uk-UA', 'UA', 'грн', 'w', ['Богдана', 'Тарас', 'Ярина', 'Остап', 'Соломія', 'Мирослав', 'Зоряна',
    'Святослав', 'Оксана', 'Любомир', 'Христина', 'Ярема', 'Орися', 'Всеволод'],
    ['Ковальчук', 'Гнатюк', 'Бондаренко', 'Стецько', 'Мельничук', 'Кравців', 'Литвиненко', 'Гуменюк',
     'Дячишин', 'Ярошенко', 'Федорук', 'Прокопович'],
    ['вулиця Городоцька', 'вулиця Личаківська', 'вулиця Зелена', 'вулиця Стрийська', 'вулиця Коновальця',
     'вулиця Пекарська'], '{s}, {n}, кв. {f}{d}, {city}, {pc}', ['card', 'phone'], 'Monobank',
    dict(hi='Привіт!', details='Мої реквізити', holder='Отримувач', thanks='Дякую!',
         ask='Виправ, будь ласка, це повідомлення:',
         reason=['за вечерю в суботу', 'борг, що ти мені позичав', 'оренду за грудень', 'гроші для батьків',
                 'за няню', 'подарунок на весілля', 'збір на день народження', 'велосипед з OLX',
                 'цей переказ, який просили в Telegram', 'помилковий переказ']))
loc('tr-TR', 'TR', '₺', 'w', ['Gülsüm', 'Ertuğrul', 'Nurhan', 'Kadir', 'Şükran', 'Levent', 'Müzeyyen',
    'Tuncay', 'Hatice', 'Oğuzhan', 'Filiz', 'Yılmaz', 'Perihan', 'Cengiz'],
    ['Karaduman', 'Özdemirci', 'Yücel', 'Akbulut', 'Kocabaş', 'Demirtaşlı', 'Sarıoğlu', 'Tekinalp',
     'Ergüven', 'Balcıoğlu', 'Uysal', 'Gündoğdu'],
    ['Moda Caddesi', 'Bahariye Caddesi', 'Şair Nefi Sokak', 'Kuşdili Caddesi', 'Yoğurtçu Şükrü Sokak',
     'Mühürdar Caddesi'], '{s} No:{n} D:{f}, {pc} {city}', ['iban', 'tckn'], 'FAST',
    dict(hi='Selam!', details='Hesap bilgilerim', holder='Alıcı', thanks='Teşekkürler!',
         ask='Bu mesajı düzeltir misin?',
         reason=['cumartesi akşam yemeği', 'bana verdiğin borç', 'aralık kirası', 'annemlere gönderilecek para',
                 'bakıcı ücreti', 'düğün hediyesi', 'müdürün doğum günü için toplanan para',
                 'sahibinden sattığım bisiklet', "WhatsApp'tan istenen bu havale", 'yanlış gönderilen havale']))
loc('ar-EG', 'EG', 'ج.م', 'w', ['شيماء', 'عمرو', 'نرمين', 'حازم', 'سماح', 'وائل', 'رحاب', 'طارق', 'إيناس',
    'شريف', 'هبة', 'مدحت', 'داليا', 'أيمن'],
    ['عبد الفتاح', 'الشناوي', 'منصور', 'السيوفي', 'الدمرداش', 'البنا', 'عبد الغفار', 'حجازي', 'الطوخي',
     'زهران', 'الجمال', 'بدوي'],
    ['شارع عباس العقاد', 'شارع مكرم عبيد', 'شارع الطيران', 'شارع مصطفى النحاس', 'شارع الثورة',
     'شارع جسر السويس'], '{n} {s}، شقة {f}، {city}', ['phone'], 'InstaPay',
    dict(hi='أهلاً يا جماعة،', details='بياناتي', holder='الاسم', thanks='شكراً!',
         ask='ممكن تعيد صياغة الرسالة دي؟',
         reason=['حساب العشاء', 'الفلوس اللي سلفتهالي', 'إيجار ديسمبر', 'الفلوس لماما', 'أجرة جليسة الأطفال',
                 'هدية الفرح', 'جمعية المكتب', 'الموبايل اللي بعته على دوبيزل', 'التحويل اللي طلبوه على واتساب',
                 'التحويل اللي راح غلط']))
loc('he-IL', 'IL', '₪', 'w', ['אביטל', 'נתנאל', 'הדס', 'עמיחי', 'שירה', 'יהונתן', 'מעיין', 'אלישע', 'רעות',
    'בועז', 'תהילה', 'אורי', 'נגה', 'שמעון'],
    ['בן־חיים', 'רוזנבלום', 'אזולאי', 'פרידמן', 'שטרנברג', 'אבוטבול', 'גולדפרב', 'מזרחי', 'וייסברג', 'חדד',
     'ליבוביץ', 'סויסה'],
    ['רחוב פלורנטין', 'רחוב הרצל', 'רחוב וולפסון', 'רחוב אברבנאל', 'רחוב מסילת ישרים', 'רחוב לבונטין'],
    '{s} {n}, דירה {f}, {city}', ['phone'], 'Bit',
    dict(hi='היי!', details='הפרטים שלי', holder='שם', thanks='תודה!', ask='תנסח לי את ההודעה הזאת יותר יפה:',
         reason=['הארוחה בשישי', 'הכסף שהלווית לי', 'שכר הדירה לדצמבר', 'הכסף להורים', 'הבייביסיטר',
                 'מתנת החתונה', 'הקופה המשותפת ליום ההולדת', 'האופניים מיד2', 'הבקשה בביט שקיבלתי', 'העברה בטעות']))
loc('hi-IN', 'IN', '₹', 'w', ['अनुराधा', 'हर्षवर्धन', 'सुलोचना', 'ऋतुराज', 'मृणालिनी', 'देवव्रत', 'कादंबरी',
    'चंद्रशेखर', 'यामिनी', 'प्रभाकर', 'शकुंतला', 'योगेंद्र', 'वसुंधरा', 'त्रिलोक'],
    ['शेखावत', 'भटनागर', 'कुलश्रेष्ठ', 'रस्तोगी', 'त्रिपाठी', 'बाजपेयी', 'श्रीवास्तव', 'अग्निहोत्री', 'माथुर',
     'दीक्षित', 'पुरोहित', 'सक्सेना'],
    ['गोखले मार्ग', 'कैसरबाग मार्ग', 'अशोक मार्ग', 'विधान सभा मार्ग', 'शाहनजफ़ मार्ग', 'हज़रतगंज मार्ग'],
    'मकान {n}, {s}, {city} {pc}', ['upi'], 'UPI',
    dict(hi='नमस्ते सबको,', details='मेरी डिटेल्स', holder='नाम', thanks='धन्यवाद!',
         ask='इस मैसेज को ठीक कर दो:',
         reason=['शनिवार के डिनर का हिस्सा', 'जो उधार तुमने दिया था', 'दिसंबर का किराया', 'घर भेजने के पैसे',
                 'आया की तनख्वाह', 'शादी का तोहफ़ा', 'ऑफिस का चंदा', 'OLX पर बेची साइकिल',
                 'व्हाट्सऐप पर माँगा गया यह पेमेंट', 'ग़लती से भेजा गया पेमेंट']))
loc('bn-BD', 'BD', '৳', 'w', ['তাহমিনা', 'শাহরিয়ার', 'নুসরাত', 'মাহবুব', 'ফারজানা', 'রাশেদ', 'সাবরিনা',
    'তানভীর', 'জান্নাতুল', 'মিজানুর', 'শারমিন', 'ইমতিয়াজ', 'রোকসানা', 'আসিফ'],
    ['চৌধুরী', 'তালুকদার', 'মজুমদার', 'ভূঁইয়া', 'সরকার', 'খন্দকার', 'মোল্লা', 'হাওলাদার', 'প্রামাণিক',
     'শিকদার', 'বেপারী', 'মৃধা'],
    ['সাত মসজিদ রোড', 'কাজী নজরুল ইসলাম এভিনিউ', 'মিরপুর রোড', 'গ্রিন রোড', 'এলিফ্যান্ট রোড', 'লেক সার্কাস রোড'],
    'বাসা {n}, {s}, {city} {pc}', ['phone'], 'bKash',
    dict(hi='সবাইকে সালাম,', details='আমার তথ্য', holder='নাম', thanks='ধন্যবাদ!',
         ask='এই মেসেজটা ঠিক করে দাও:',
         reason=['শনিবারের খাওয়ার বিল', 'তোমার কাছ থেকে নেওয়া ধার', 'ডিসেম্বরের ভাড়া', 'বাড়িতে পাঠানোর টাকা',
                 'বুয়ার বেতন', 'বিয়ের উপহার', 'অফিসের চাঁদা', 'বিক্রি করা সাইকেল', 'এই বিকাশ অনুরোধ',
                 'ভুল নম্বরে পাঠানো টাকা']))
loc('sw-KE', 'KE', 'KSh', 'w', ['Wanjiru', 'Kiprotich', 'Nyokabi', 'Otieno', 'Achieng', 'Mutua', 'Chebet', 'Kamau',
    'Wairimu', 'Omondi', 'Jepkosgei', 'Njoroge', 'Akinyi', 'Kibet'],
    ['Mwangi', 'Odhiambo', 'Kiplagat', 'Wekesa', 'Ndungu', 'Onyango', 'Macharia', 'Chepkoech', 'Barasa',
     'Kariuki', 'Auma', 'Gitau'],
    ['Ngong Road', 'Argwings Kodhek Road', 'Ole Dume Road', 'Kindaruma Road', 'Lenana Road', 'Rose Avenue'],
    '{s}, Hse {n}, {city}', ['phone'], 'M-Pesa',
    dict(hi='Habari wote,', details='Maelezo yangu', holder='Jina', thanks='Asante sana!',
         ask='Nisaidie kuandika upya ujumbe huu:',
         reason=['bili ya chakula cha jioni', 'deni ulilonikopesha', 'kodi ya Desemba', 'pesa za kutuma nyumbani',
                 'mshahara wa yaya', 'zawadi ya harusi', 'mchango wa ofisi', 'baiskeli niliyouza',
                 'ombi hili la M-Pesa nililopokea', 'pesa nilizotuma kimakosa']))
loc('th-TH', 'TH', '฿', 'w', ['ปิยะพงษ์', 'กาญจนา', 'ธีรวัฒน์', 'วรรณภา', 'สุรเชษฐ์', 'พิมพ์ชนก', 'อนุชา',
    'ศิริพร', 'ณัฐวุฒิ', 'รัตนาภรณ์', 'เกรียงไกร', 'ปวีณา', 'ชาญวิทย์', 'อรอุมา'],
    ['ศรีสวัสดิ์', 'วงศ์ไพบูลย์', 'เจริญสุข', 'ทองประเสริฐ', 'แก้วมณี', 'สุขสมบูรณ์', 'บุญมาก', 'พรหมวงศ์',
     'อินทรประเสริฐ', 'ชัยมงคล', 'รุ่งเรืองศรี', 'มั่นคงดี'],
    ['ซอยอารีย์ 4', 'ซอยประดิพัทธ์ 17', 'ถนนพหลโยธิน', 'ซอยสุขุมวิท 71', 'ถนนนครไชยศรี', 'ซอยลาดพร้าว 64'],
    '{n}/{f} {s} {city} {pc}', ['phone', 'thpin'], 'PromptPay',
    dict(hi='สวัสดีทุกคน', details='ข้อมูลของฉัน', holder='ชื่อบัญชี', thanks='ขอบคุณนะ',
         ask='ช่วยเรียบเรียงข้อความนี้ใหม่หน่อย',
         reason=['ค่าอาหารเย็นวันเสาร์', 'เงินที่ยืมไป', 'ค่าเช่าห้องเดือนธันวาคม', 'เงินส่งให้แม่', 'ค่าพี่เลี้ยง',
                 'ของขวัญงานแต่ง', 'เงินรวมซื้อของขวัญหัวหน้า', 'จักรยานที่ขาย', 'คำขอโอนที่ได้รับทางไลน์',
                 'เงินที่โอนผิด']))
loc('vi-VN', 'VN', '₫', 'es', ['Thị Thu Hằng', 'Văn Khoa', 'Ngọc Diệp', 'Đức Thịnh', 'Thị Mỹ Duyên', 'Quốc Bảo',
    'Kim Oanh', 'Hữu Nghĩa', 'Bích Phượng', 'Thanh Tùng', 'Diễm My', 'Công Vinh'],
    ['Phùng', 'Lưu', 'Tạ', 'Đoàn', 'Quách', 'Khúc', 'Lã', 'Mạc', 'Tôn', 'Kiều', 'Thái', 'Hứa'],
    ['đường Trần Quang Khải', 'đường Nguyễn Đình Chiểu', 'phố Hàng Bạc', 'đường Võ Văn Tần', 'phố Lò Đúc',
     'đường Cao Thắng'], 'số {n} {s}, {city}', ['phone'], 'MoMo',
    dict(hi='Chào cả nhà,', details='Thông tin của mình', holder='Tên', thanks='Cảm ơn nhiều!',
         ask='Sửa giúp mình tin nhắn này:',
         reason=['tiền ăn tối thứ bảy', 'khoản mình mượn bạn', 'tiền nhà tháng 12', 'tiền gửi về cho mẹ',
                 'tiền trông trẻ', 'quà cưới', 'quỹ sinh nhật sếp', 'chiếc xe đạp mình bán',
                 'yêu cầu chuyển tiền qua Zalo này', 'khoản chuyển nhầm']))
loc('id-ID', 'ID', 'Rp', 'w', ['Sulastri', 'Bambang', 'Wulandari', 'Hendrawan', 'Ratnasari', 'Sutrisno',
    'Kurniawati', 'Darmawan', 'Puspitasari', 'Haryanto', 'Endang', 'Joko', 'Rahayu', 'Suparman'],
    ['Wibisono', 'Nugroho', 'Setiawan', 'Hartono', 'Saputra', 'Kusumawardani', 'Prasetyo', 'Siregar',
     'Simanjuntak', 'Hutapea', 'Lubis', 'Tambunan'],
    ['Jalan Kemang Raya', 'Jalan Cikini Raya', 'Jalan Tebet Barat', 'Jalan Cipete Raya', 'Jalan Pramuka',
     'Jalan Kalibata'], '{s} No. {n}, RT {f}/RW {d}, {city} {pc}', ['phone'], 'GoPay',
    dict(hi='Halo semua,', details='Data saya', holder='Atas nama', thanks='Makasih ya!',
         ask='Tolong rapikan pesan ini:',
         reason=['patungan makan malam', 'utang yang kamu pinjamkan', 'sewa kos Desember', 'uang kiriman buat ibu',
                 'gaji pengasuh', 'kado pernikahan', 'iuran kantor', 'sepeda yang kujual',
                 'permintaan transfer dari WhatsApp ini', 'transfer yang salah kirim']))
loc('tl-PH', 'PH', '₱', 'w', ['Marites', 'Rodelio', 'Lorna', 'Jericho', 'Rowena', 'Ernesto', 'Maricel',
    'Danilo', 'Jocelyn', 'Reynaldo', 'Analyn', 'Teodoro', 'Rosalinda', 'Virgilio'],
    ['Dimaculangan', 'Macaraeg', 'Pangilinan', 'Dizon', 'Bautista', 'Manalastas', 'Soriano', 'Tolentino',
     'Lacson', 'Magbanua', 'Villareal', 'Caguioa'],
    ['Kalye Maginhawa', 'Kalye Malingap', 'Kalye Mapagkawanggawa', 'Kalye Matimtiman', 'Kalye Makisig',
     'Kalye Mahiyain'], '{n} {s}, Teachers Village, {city}', ['phone'], 'GCash',
    dict(hi='Hello mga beh,', details='Details ko', holder='Pangalan', thanks='Salamat!',
         ask='Paki-ayos naman itong message:',
         reason=['hati sa dinner', 'utang ko sa iyo', 'upa ngayong Disyembre', 'padala para kay Nanay',
                 'sweldo ni yaya', 'regalo sa kasal', 'ambagan sa opisina', 'bike na binenta ko',
                 'itong request sa GCash', 'maling padala']))
loc('zh-CN', 'CN', '¥', 'e', ['思远', '婉清', '俊豪', '雅琴', '泽宇', '梦洁', '浩然', '秀英', '子轩', '慧敏',
    '晓东', '佩玲', '志强', '琳达'],
    ['诸葛', '欧阳', '司马', '上官', '夏侯', '尉迟', '皇甫', '慕容', '闻人', '东方', '钟离', '宇文'],
    ['漕溪北路', '宛平南路', '武康路', '安福路', '岳阳路', '永嘉路'], '上海市徐汇区{s}{n}弄{f}号{d}室',
    ['phone'], '支付宝',
    dict(hi='大家好，', details='我的收款信息', holder='户名', thanks='谢谢！', ask='帮我把这条消息改得客气一点：',
         reason=['周六聚餐的AA', '之前借你的钱', '十二月的房租', '给家里汇的钱', '保姆的工资', '婚礼红包',
                 '领导生日的份子钱', '闲鱼上卖的自行车', '微信上要我转账的这条消息', '转错的那笔钱']))
loc('ja-JP', 'JP', '円', 'e', ['陽菜乃', '悠真', '紗季', '颯太', '美月', '湊斗', '葵衣', '蒼汰', '千景', '律樹',
    '結衣子', '朔也', '柚葉', '慎之介'],
    ['東海林', '勅使河原', '五十嵐', '小鳥遊', '長谷部', '四月一日', '御手洗', '百目鬼', '一ノ瀬', '九十九',
     '天羽', '宍戸'],
    ['北沢', '代沢', '若林', '三宿', '池尻', '太子堂'], '東京都世田谷区{s}{f}丁目{n}番{d}号', ['phone'], 'PayPay',
    dict(hi='お疲れさまです。', details='送金先', holder='名義', thanks='よろしくお願いします！',
         ask='このメッセージを丁寧に直してください：',
         reason=['土曜の飲み会の割り勘', '先月借りたお金', '12月分の家賃', '実家への仕送り', 'ベビーシッター代',
                 '結婚祝い', '部長の送別会の集金', 'メルカリで売った自転車', 'LINEで頼まれたこの送金',
                 '間違えて送ったお金']))
loc('ko-KR', 'KR', '원', 'e', ['서연', '도윤', '하은', '지호', '예린', '시우', '채원', '준서', '윤아', '건우',
    '다인', '태윤', '소율', '현우'],
    ['남궁', '독고', '황보', '제갈', '선우', '사공', '서문', '동방', '탁', '어', '빈', '편'],
    ['성미산로', '동교로', '연희로', '와우산로', '망원로', '월드컵로'], '서울특별시 마포구 {s} {n}, {f}0{d}호',
    ['phone'], '토스',
    dict(hi='다들 안녕,', details='입금 정보', holder='예금주', thanks='고마워!', ask='이 메시지 좀 자연스럽게 고쳐줘:',
         reason=['토요일 저녁 정산', '빌려준 돈', '12월 월세', '부모님께 보낼 돈', '베이비시터 비용', '결혼 축의금',
                 '팀장님 생일 모금', '당근마켓에서 판 자전거', '카톡으로 온 이 송금 요청', '잘못 보낸 송금']))
loc('en-US', 'US', '$', 'w', ['Darnell', 'Kaylee', 'Brody', 'Shaniqua', 'Colton', 'Mckenna', 'Tyrell',
    'Brianna', 'Dustin', 'Jolene', 'Cody', 'Lakisha', 'Garrett', 'Tammy'],
    ['Pettigrew', 'Vanderbeek', 'Okafor-Reyes', 'Haskins', 'Stroud', 'Kowalski-Boyd', 'Threadgill', 'Mcelroy',
     'Dunaway', 'Whitacre', 'Burkhalter', 'Fennimore'],
    ['Hickory Ridge Dr', 'Sycamore Bend Ln', 'Old Mill Pond Rd', 'Quail Hollow Ct', 'Tanglewood Trl',
     'Briarcliff Cir'], '{n} {s}, {city}, OH {pc}', ['email', 'phone', 'usbank'], 'Zelle',
    dict(hi='Hey guys,', details='My details', holder='Name on account', thanks='Thanks!',
         ask='Can you clean up this message?',
         reason=["Saturday's dinner", 'the money you lent me', "December's rent", 'money for my folks back home',
                 'babysitting hours', 'the wedding gift', "the collection for our manager's retirement",
                 'the bike I sold on Marketplace', 'this Zelle request I got by text', 'the transfer I sent by mistake']))
loc('en-GB', 'GB', '£', 'w', ['Siobhan', 'Alistair', 'Morag', 'Callum', 'Eilidh', 'Rhodri', 'Bethan', 'Declan',
    'Niamh', 'Torquil', 'Gwyneth', 'Fergus', 'Ottilie', 'Hamish'],
    ['Featherstonehaugh', 'Ainsworth', 'Trelawney', 'Pemberton-Hale', 'McCreadie', 'Brackenbury', 'Ogilvie',
     'Thistlethwaite', 'Cholmondeley', 'Penhaligon', 'Blenkinsop', 'Ramsbottom'],
    ['Ladysmith Road', 'Cranbourne Gardens', 'Wellfield Crescent', 'Hillmarton Road', 'Ashgrove Close',
     'Thornbury Mews'], '{n} {s}, {city} {pc}', ['sortcode', 'iban'], 'bank transfer',
    dict(hi='Hiya all,', details='My bank details', holder='Account name', thanks='Cheers!',
         ask='Can you tidy this message up?',
         reason=["Friday's curry", 'what you lent me', "December's rent", 'money for mum back home',
                 'the childminding', 'the wedding present', "the whip-round for the boss's leaving do",
                 'the pram I sold on Vinted', 'this payment request I got by text', 'the payment I sent by mistake']))
loc('es-MX', 'MX', '$', 'w', ['Guadalupe', 'Eusebio', 'Citlali', 'Heriberto', 'Yesenia', 'Rigoberto', 'Xóchitl',
    'Fidencio', 'Maricruz', 'Abundio', 'Nayeli', 'Teófilo', 'Araceli', 'Everardo'],
    ['Tlapanco', 'Huerta Olvera', 'Zavala Ibarra', 'Cuevas Mondragón', 'Arriaga Salcido', 'Téllez Bañuelos',
     'Escamilla Rivas', 'Oropeza Landa', 'Carbajal Nava', 'Quintanilla Roa'],
    ['Calle Tonalá', 'Calle Zacatecas', 'Calle Querétaro', 'Calle Colima', 'Calle Chiapas', 'Calle Orizaba'],
    '{s} {n}, int. {f}, Col. Roma Norte, {pc} {city}', ['card', 'phone'], 'DiMo (celular)',
    dict(hi='¡Qué onda!', details='Mis datos', holder='A nombre de', thanks='¡Gracias!',
         ask='¿Me ayudas a corregir este mensaje?',
         reason=['lo de la carne asada', 'lo que me prestaste', 'la renta de diciembre', 'lo que le mando a mi jefa',
                 'lo de la niñera', 'el regalo de la boda', 'la coperacha de la oficina',
                 'la bici que vendí en Marketplace', 'este depósito que me pidieron por WhatsApp',
                 'la transferencia que mandé mal']))
loc('es-CL', 'CL', '$', 'w', ['Catalina', 'Rodrigo', 'Javiera', 'Maximiliano', 'Constanza', 'Benjamín',
    'Francisca', 'Ignacio', 'Antonella', 'Cristóbal', 'Fernanda', 'Vicente', 'Trinidad', 'Matías'],
    ['Larraín Errázuriz', 'Undurraga Vial', 'Bustamante Letelier', 'Cifuentes Orrego', 'Sepúlveda Lagos',
     'Valdivieso Ossa', 'Montt Izquierdo', 'Riquelme Aravena', 'Yáñez Saavedra', 'Echeñique Correa'],
    ['Avenida Italia', 'Calle Condell', 'Calle Dardignac', 'Calle Bellavista', 'Calle Santa Isabel',
     'Calle Santo Domingo'], '{s} {n}, depto {f}0{d}, {city}', ['rut', 'email'], 'transferencia',
    dict(hi='¡Hola cabros!', details='Mis datos para transferir', holder='Nombre', thanks='¡Gracias!',
         ask='¿Me corriges este mensaje?',
         reason=['lo del asado', 'la plata que me prestaste', 'el arriendo de diciembre', 'la plata para mi mamá',
                 'lo de la nana', 'el regalo de matrimonio', 'la vaca de la oficina', 'la bici que vendí',
                 'esta transferencia que me pidieron por WhatsApp', 'la transferencia que hice mal']))
loc('el-GR', 'GR', '€', 'w', ['Χαράλαμπος', 'Ευανθία', 'Σπυρίδων', 'Αγλαΐα', 'Παναγιώτης', 'Σταυρούλα',
    'Θεοφάνης', 'Χρυσούλα', 'Ευστάθιος', 'Καλλιόπη', 'Αριστείδης', 'Φωτεινή', 'Λεωνίδας', 'Ασπασία'],
    ['Παπαδημητρίου', 'Καραγιαννόπουλος', 'Τσακαλώτου', 'Χατζηγεωργίου', 'Μαυρογιάννη', 'Σταματόπουλος',
     'Κουτσογιάννη', 'Ζαφειρίου', 'Λαμπράκη', 'Δημητρακόπουλος', 'Αναστασίου', 'Βλαχογιάννη'],
    ['οδός Ζαΐμη', 'οδός Καλλιδρομίου', 'οδός Μπενάκη', 'οδός Θεμιστοκλέους', 'οδός Αραχώβης', 'οδός Τσαμαδού'],
    '{s} {n}, {pc} {city}', ['iban'], 'IRIS',
    dict(hi='Γεια σας!', details='Τα στοιχεία μου', holder='Δικαιούχος', thanks='Ευχαριστώ!',
         ask='Μπορείς να διορθώσεις αυτό το μήνυμα;',
         reason=['το τραπέζι του Σαββάτου', 'τα λεφτά που μου δάνεισες', 'το ενοίκιο Δεκεμβρίου',
                 'τα χρήματα για τη μητέρα μου', 'τη μπέιμπι σίτερ', 'το δώρο του γάμου', 'τον έρανο του γραφείου',
                 'το ποδήλατο που πούλησα', 'αυτό το αίτημα πληρωμής από SMS', 'τη λάθος μεταφορά']))
loc('en-NG', 'NG', '₦', 'w', ['Chiamaka', 'Oluwaseun', 'Ngozi', 'Babatunde', 'Adaeze', 'Chukwuemeka', 'Funmilayo',
    'Ikechukwu', 'Temitope', 'Olumide', 'Nneka', 'Obinna', 'Yetunde', 'Emeka'],
    ['Okonkwo', 'Adeyemi', 'Nwachukwu', 'Olawale', 'Eze', 'Ogunleye', 'Chukwu', 'Adebayo', 'Onyekachi',
     'Oyelaran', 'Ibekwe', 'Afolabi'],
    ['Adeola Odeku Street', 'Bourdillon Road', 'Awolowo Road', 'Admiralty Way', 'Ajose Adeogun Street',
     'Kofo Abayomi Street'], '{n} {s}, {city}', ['phone'], 'OPay',
    dict(hi='Hello everyone,', details='My details', holder='Account name', thanks='Thank you o!',
         ask='Abeg help me rewrite this message:',
         reason=["Saturday's owambe food", 'the money you borrowed me', "December's rent", 'money for mama in the village',
                 "the nanny's pay", 'the wedding gift', 'the office contribution', 'the phone I sold on Jiji',
                 'this transfer request I got on WhatsApp', 'the transfer I sent by mistake']))
loc('ru-RU', 'RU', '₽', 'w', ['Евдокия', 'Всеволод', 'Агафья', 'Святополк', 'Олимпиада', 'Ермолай', 'Прасковья',
    'Феоктист', 'Ульяна', 'Ростислав', 'Василиса', 'Елисей', 'Таисия', 'Пантелей'],
    ['Воскресенская', 'Преображенский', 'Колокольцева', 'Загоруйко', 'Трубецкая', 'Веретенников',
     'Ширяева', 'Кудрявцев', 'Полозова', 'Шелепин', 'Бурмистрова', 'Артамонов'],
    ['улица Покровка', 'улица Маросейка', 'улица Мясницкая', 'улица Пятницкая', 'улица Большая Ордынка',
     'улица Остоженка'], '{s}, д. {n}, кв. {f}{d}, {city}, {pc}', ['card', 'phone'], 'СБП',
    dict(hi='Всем привет!', details='Мои реквизиты', holder='Получатель', thanks='Спасибо!',
         ask='Поправь, пожалуйста, это сообщение:',
         reason=['за ужин в субботу', 'долг, который ты мне давал', 'аренду за декабрь', 'деньги для родителей',
                 'за няню', 'подарок на свадьбу', 'сбор на день рождения начальницы', 'велосипед с Авито',
                 'этот перевод, который просили в Telegram', 'ошибочный перевод']))

CITY = {'es-ES': ('Madrid', '2800'), 'pt-BR': ('São Paulo', '05'), 'de-DE': ('Berlin', '10'), 'fr-FR': ('Paris', '750'),
        'it-IT': ('Milano', '201'), 'nl-NL': ('Amsterdam', '10'), 'pl-PL': ('Warszawa', '03-'), 'sv-SE': ('Stockholm', '11'),
        'uk-UA': ('Львів', '790'), 'tr-TR': ('İstanbul', '347'), 'ar-EG': ('القاهرة', ''), 'he-IL': ('תל אביב', ''),
        'hi-IN': ('लखनऊ', '2260'), 'bn-BD': ('ঢাকা', '12'), 'sw-KE': ('Nairobi', ''), 'th-TH': ('กรุงเทพฯ', '104'),
        'vi-VN': ('Hà Nội', ''), 'id-ID': ('Jakarta Selatan', '12'), 'tl-PH': ('Quezon City', ''), 'zh-CN': ('上海', ''),
        'ja-JP': ('東京', ''), 'ko-KR': ('서울', ''), 'en-US': ('Dayton', '454'), 'en-GB': ('Bristol', 'BS'),
        'es-MX': ('Ciudad de México', '067'), 'es-CL': ('Santiago', ''), 'el-GR': ('Αθήνα', '106'),
        'en-NG': ('Lagos', ''), 'ru-RU': ('Москва', '101')}

EXTRA = {
    'es-ES': (['Eufrasio', 'Herminia', 'Clodomiro', 'Petronila', 'Gumersinda', 'Olegario', 'Escolástica', 'Bonifacia',
               'Hermenegildo', 'Ildefonso', 'Rosendo', 'Leocadia', 'Saturnino', 'Nicasio', 'Obdulia', 'Teodosio'],
              ['Urquijo Sarasola', 'Goikoetxea Ibáñez', 'Larrañaga Soto', 'Mendizábal Roig', 'Txurruka Vidal', 'Azpilicueta', 'Ibargüengoitia', 'Olaizola', 'Etxeberria', 'Lizarazu'], []),
    'pt-BR': (['Jucélia', 'Adenilson', 'Gercina', 'Valdemiro', 'Eronildes', 'Raimunda', 'Zuleide', 'Ubirajara'],
              ['Quaresma', 'Bulhões', 'Junqueira', 'Tabosa', 'Pessanha', 'Mascarenhas', 'Sobreira', 'Vilaça',
               'Azambuja', 'Cerqueira', 'Bandeira', 'Goulart', 'Falcão', 'Peixoto'],
              ['Rua Girassol', 'Rua Harmonia', 'Rua Aspicuelta', 'Rua Wisard', 'Rua Purpurina', 'Rua Inácio Pereira da Rocha',
               'Rua Medeiros de Albuquerque', 'Rua Simpatia', 'Rua Arapiraca', 'Rua Luminárias', 'Rua Heitor Penteado']),
    'de-DE': (['Adelgunde', 'Hildegund', 'Notburga', 'Theodolinde', 'Irmtraud', 'Wunibald', 'Gottlieb', 'Hubertine',
               'Kunigunde', 'Reinhild', 'Siegbert', 'Ortrun', 'Diethelm', 'Edeltraud', 'Traudel', 'Baldur'], [], []),
    'fr-FR': (['Eudoxie', 'Sidonie', 'Anselme', 'Philibert', 'Théophane', 'Gersende', 'Ludivine', 'Enguerrand',
               'Bérangère', 'Honorine', 'Léocadie', 'Amaury', 'Apolline', 'Gonzague', 'Euphrasie', 'Aymeric'], [], []),
    'it-IT': (['Crescenzo', 'Filomena', 'Eusebia', 'Gualtiero', 'Brunilde', 'Ersilia'], ['Sbrocca', 'Pagnottelli', 'Zappacosta', 'Brambati'], []),
    'nl-NL': (['Hiltje', 'Sietse', 'Wobbe', 'Trijntje', 'Hiske', 'Jelle', 'Baukje', 'Dirkje', 'Auke'], ['Wiersma', 'Dijkstra-Hoogeveen', 'Zwaagstra'], []),
    'pl-PL': (['Bogumiła', 'Ziemowit', 'Dobrosława', 'Wszebor', 'Mściwój', 'Jarogniew', 'Lechosław', 'Świętosław',
               'Gościwit', 'Bronisława', 'Wojsław', 'Dobiesław', 'Sławomira', 'Przybysław', 'Radomiła', 'Zbysław'], [], []),
    'sv-SE': ([], ['Tjernberg', 'Rydqvist', 'Klintberg'], []),
    'uk-UA': (['Ярослава', 'Богуслав', 'Звенислава', 'Любава', 'Мстислав', 'Доброслава', 'Остромир', 'Велимира',
               'Зореслав', 'Гордій', 'Устина', 'Северин', 'Килина', 'Дзвенислава', 'Харитон', 'Пріська'],
              ['Гребенюк', 'Стасюк', 'Курило', 'Завгородній', 'Дорошенко'],
              ['вулиця Джерельна', 'вулиця Пасічна', 'вулиця Кульпарківська', 'вулиця Замарстинівська',
               'вулиця Кастелівка', 'вулиця Погулянка', 'вулиця Сихівська']),
    'tr-TR': (['Zübeyde', 'Nusret', 'Saadet', 'Kâmil', 'Remziye', 'Cemalettin', 'Bedriye', 'Haydar'], [],
              ['Kadife Sokak', 'Nail Bey Sokak', 'Mühürdar Yolu', 'Rıza Paşa Yokuşu', 'Söğütlüçeşme Caddesi']),
    'ar-EG': (['نعمات', 'فتحية', 'عزيزة', 'سعدية', 'حمدية', 'رضوان', 'شعبان', 'عطيات', 'صفوت', 'نبوية', 'فوزي', 'بهيرة',
               'رأفت', 'سهير', 'ممدوح', 'عنايات'], ['أبو السعود', 'القليوبي', 'الفقي'], []),
    'he-IL': (['יהודית', 'צביה', 'אליקים', 'חננאל', 'שולמית', 'ברכה'], ['קרמרמן', 'טננבאום', 'בירנבאום', 'אלמליח', 'בוזגלו', 'טולדנו', 'קעדאן', 'שושן'], []),
    'sw-KE': (['Wangechi', 'Nyambura', 'Kerubo', 'Moraa', 'Nafula', 'Nekesa', 'Wafula', 'Simiyu', 'Kemunto', 'Nyaboke',
               'Kipchumba', 'Jelimo', 'Chelangat', 'Kiprono', 'Wanjala', 'Makokha', 'Gathoni', 'Nduta'],
              ['Nyamweya', 'Kipkemboi', 'Wanyonyi', 'Masinde', 'Mogaka', 'Nyakundi', 'Rotich', 'Koech', 'Mutiso',
               'Musyoka', 'Ndolo', 'Kilonzo', 'Wambua', 'Nzioka', 'Mbithi'], []),
    'vi-VN': (['Xuyến', 'Thoa', 'Nguyệt', 'Sương', 'Huề', 'Lựu', 'Trinh', 'Thắm', 'Quế', 'Nhạn', 'Đào', 'Tươi',
               'Hường', 'Thơm', 'Điệp', 'Luyến', 'Cúc', 'Lài', 'Chương', 'Khiêm', 'Thuận', 'Thục Khuê', 'Diệu Uyên', 'Cẩm Nhung', 'Tuệ Trâm', 'Yến Nhi', 'Khải Hoàn', 'Quỳnh Chi', 'Gia Khánh',
               'Trúc Lam', 'Thiên Ân', 'Bảo Ngọc', 'Đăng Khoa', 'Minh Triết', 'Nhã Phương'],
              ['Ông', 'Giáp', 'Khổng', 'Lạc', 'Mẫn', 'Ninh', 'Âu', 'Bạch', 'Cù', 'Diệp', 'Doãn', 'Hầu', 'La', 'Lục', 'Nghiêm',
               'Ôn', 'Phí', 'Sầm', 'Thân', 'Tiêu', 'Trịnh', 'Ứng', 'Vi', 'Yên'],
              ['đường Kỳ Đồng', 'đường Tú Xương', 'phố Hàng Chiếu', 'phố Mã Mây', 'phố Ngõ Gạch', 'đường Bàn Cờ',
               'phố Chả Cá', 'đường Sương Nguyệt Ánh']),
    'id-ID': ([], ['Situmorang', 'Pardede', 'Manurung', 'Sinaga', 'Pohan', 'Harahap', 'Nainggolan'],
              ['Jalan Bangka Raya', 'Jalan Mampang Prapatan', 'Jalan Taman Margasatwa', 'Jalan Duren Tiga']),
    'tl-PH': (['Lualhati', 'Dalisay', 'Ligaya', 'Bayani', 'Liwayway', 'Makisig', 'Tala', 'Amihan'],
              ['Manansala', 'Dimaandal', 'Panganiban', 'Mangubat', 'Dimalanta', 'Macapagal-Lim'],
              ['Kalye Malakas', 'Kalye Mayaman', 'Kalye Maalalahanin', 'Kalye Masikap', 'Kalye Matapang', 'Kalye Mapagmahal',
               'Kalye Malinis', 'Kalye Maningning']),
    'zh-CN': ([], ['禤', '亓', '庹', '昝', '甯', '逯', '隗', '佘', '栾', '濮', '郗', '阙', '亢', '蔺', '宓'], ['宝庆路', '复兴西路', '湖南路']),
    'ja-JP': ([], ['勘解由小路', '釈迦郡', '蓬莱', '雲母', '薬袋', '月見里', '小豆沢'], []),
    'ko-KR': (['예담', '시아', '라온', '다온', '하람', '가온', '나래', '보름', '슬아', '이솔'],
              ['감', '견', '곽', '국', '근', '묵', '반', '방', '봉', '설', '승', '옥', '온', '용', '위', '음', '좌', '창',
               '채', '추', '판', '팽', '표', '함', '형'], []),
    'en-US': (['Dewayne', 'Tawanda', 'Rusty', 'Shelby', 'Kimberlee', 'Jaxon'], ['Honeycutt', 'Yarbrough', 'Blankenship', 'Pennington'],
              ['Pawpaw Creek Rd', 'Whippoorwill Ln', 'Sassafras Run', 'Catawba Ridge Dr', 'Chickadee Way', 'Tupelo Ct',
               'Buttonbush Ln', 'Spicebush Trl', 'Bloodroot Way', 'Mayapple Dr', 'Redbud Cir']),
    'en-GB': (['Wilfred', 'Imogen', 'Barnaby', 'Araminta', 'Cosmo', 'Philippa', 'Jago', 'Morwenna', 'Tamsin', 'Crispin', 'Hermione', 'Lachlan', 'Ffion', 'Peregrine', 'Isla-Rose', 'Rupert'],
              ['Sidebottom', 'Clutterbuck', 'Winterbottom', 'Pickersgill', 'Bottomley', 'Higginbottom', 'Fanshawe', 'Gillingham', 'Postlethwaite', 'Scattergood'], []),
    'es-MX': (['Eleuterio', 'Crispín', 'Macrina', 'Hermelinda', 'Eustolia', 'Fortino', 'Anacleto', 'Sotero', 'Candelaria',
               'Tiburcio', 'Epifanio', 'Zeferino', 'Pánfilo', 'Ausencio', 'Jovita', 'Librado'],
              ['Cuevas', 'Tlacuilo Maza', 'Ahuactzin', 'Tecuapetla', 'Xochihua', 'Tzompantzi', 'Cuautle', 'Xicoténcatl Ruiz', 'Huitrón Ugalde', 'Cuauhtli Ochoa'], []),
    'es-CL': (['Florencia', 'Josefa', 'Agustina', 'Baltazar', 'Clemente', 'Julieta', 'Gaspar', 'Violeta', 'Santino',
               'Leonor', 'Rafaela', 'Tomasa', 'Eliseo', 'Remigio', 'Anaís', 'Renato'],
              ['Allende Irarrázaval', 'Quezada', 'Huaiquimilla', 'Llanquileo', 'Pichún', 'Ñancupil', 'Aninat', 'Ossandón Pizarro', 'Huenchumilla Ancán', 'Painemal Catrileo'], []),
    'el-GR': (['Ευτέρπη', 'Ροδάνθη', 'Φιλοθέη', 'Ζαχαρίας', 'Μιλτιάδης', 'Ιφιγένεια', 'Πολυξένη', 'Αλκιβιάδης', 'Θεμιστοκλής', 'Ερασμία', 'Περικλής'], ['Κωνσταντακόπουλος', 'Μπαλτατζή'], []),
    'en-NG': (['Ifeoluwa', 'Chidinma', 'Oluwatoyin', 'Ebubechukwu', 'Kehinde', 'Ayomide', 'Nkechi', 'Tobiloba'],
              ['Ogbonnaya', 'Okorie', 'Akinwande', 'Onwuachu', 'Ekwueme', 'Adewale-Bello'], []),
    'hi-IN': (['विभावरी', 'ऋचा', 'अहिल्या', 'शार्दूल', 'पुष्यमित्र', 'इरावती', 'कौस्तुभ', 'मंदाकिनी'],
              ['बघेल', 'तोमर', 'सेंगर', 'परिहार', 'कठेरिया', 'बुंदेला', 'गहलोत', 'भाटी', 'झाला', 'चंदेल', 'सोलंकी', 'बिष्ट',
               'नेगी', 'भदौरिया', 'कुशवाहा', 'गंगवार', 'अवस्थी', 'चतुर्वेदी'], []),
    'bn-BD': ([], ['মুন্সী', 'পাটোয়ারী', 'ফকির', 'লস্কর', 'দেওয়ান', 'কাজী', 'বিশ্বাস', 'ঢালী', 'গাজী', 'আকন্দ',
                   'সিদ্দিকী', 'মাতুব্বর', 'হালদার', 'বেপারী', 'সরদার'],
              ['নিউ ইস্কাটন রোড', 'শান্তিনগর রোড', 'বেইলি রোড', 'পরীবাগ লেন', 'কাকরাইল রোড', 'সেগুনবাগিচা রোড',
               'তোপখানা রোড', 'ইন্দিরা রোড', 'আজিমপুর রোড', 'কলাবাগান লেন']),
    'ru-RU': (['Серафима', 'Евпраксия', 'Аникей', 'Фотинья', 'Варфоломей', 'Глафира'], ['Голенищева', 'Пустовойтов'], []),
}
for t, (a, b, c) in EXTRA.items():
    L[t]['first'] += a
    L[t]['last'] += b
    L[t]['streets'] += c

for t, d in L.items():
    d['first'] = clean(d['first'], t + ' first')
    d['last'] = clean(d['last'], t + ' last')
    d['streets'] = clean(d['streets'], t + ' street')
TAGS = list(L)

# ----------------------------------------------------------------------------------------------- values
IBAN_SHAPE = {'ES': '20n', 'DE': '18n', 'FR': '10n11n2n', 'IT': '1a10n12n', 'NL': '4a10n', 'PL': '24n',
              'SE': '20n', 'TR': '5n1n16n', 'GB': '4a14n', 'GR': '7n16n', 'BE': '12n', 'AT': '16n', 'PT': '21n',
              'SA': '2n18n', 'AE': '3n16n', 'IE': '4a14n', 'CH': '5n12n'}
BANK4 = {'GB': ['BARC', 'LOYD', 'NWBK', 'HBUK', 'MIDL', 'NAIA'], 'NL': ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'BUNQ'],
         'IE': ['AIBK', 'BOFI']}
REGISTRY_EXAMPLES = ['DE89370400440532013000', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606',
                     'ES9121000418450200051332', 'NL91ABNA0417164300', 'IT60X0542811101000000123456',
                     'BE68539007547034', 'AT611904300234573201', 'CH9300762011623852957',
                     'PL61109010140000071219812874', 'SE4550000000058398257466', 'GR1601101250000000012300695']
TEST_CARDS = ['4111111111111111', '4242424242424242', '5555555555554444', '4000056655665556', '378282246310005',
              '5105105105105100', '6011111111111117', '4012888888881881', '2223003122003222', '4000000000009995']
BICS = ['DEUTDEFF', 'BNPAFRPP', 'COBADEFFXXX', 'INGBNL2A', 'BBVAESMM', 'UNCRITMM', 'BREXPLPW', 'ESSESESS',
        'TCZBTR2A', 'ETHNGRAA', 'CITIUS33', 'BARCGB22', 'NWBKGB2L', 'CAIXESBB', 'PKOPPLPW', 'SOGEFRPP']
MAILS = {'de-DE': ['web.de', 'gmx.de', 'posteo.de'], 'pt-BR': ['gmail.com', 'hotmail.com', 'uol.com.br'],
         'en-US': ['gmail.com', 'yahoo.com', 'outlook.com'], 'es-CL': ['gmail.com', 'hotmail.cl'],
         '*': ['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'icloud.com']}
HANDLE_WORDS = ['kumo', 'sora', 'mint', 'pebble', 'tiger', 'mango', 'nova', 'lotus', 'river', 'bamboo', 'comet',
                'sunny', 'maple', 'koi', 'falcon', 'ginger']


class V:
    """Values issued for one record: list of (entity, exact string)."""

    def __init__(self):
        self.items = []

    def add(self, ent, s):
        self.items.append((ent, s))
        return s


def fmt_iban(s, rng):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if rng.random() < 0.6 else s


def make_iban(rng, cc):
    while True:
        bban = ''
        for m in re.finditer(r'(\d+)([na])', IBAN_SHAPE[cc]):
            n, t = int(m.group(1)), m.group(2)
            if t == 'a':
                bban += rng.choice(BANK4[cc]) if cc in BANK4 and n == 4 else ''.join(
                    rng.choice('ABCDEFGHJKLMNPRSTUVWXZ') for _ in range(n))
            else:
                bban += ''.join(rng.choice('0123456789') for _ in range(n))
        if cc == 'TR':
            bban = bban[:5] + '0' + bban[6:]
        raw = bban + cc + '00'
        num = ''.join(str(int(c, 36)) for c in raw)
        chk = 98 - int(num) % 97
        s = f'{cc}{chk:02d}{bban}'
        try:
            std_iban.validate(s)
        except Exception:
            continue
        if s not in REGISTRY_EXAMPLES:
            return s


def make_card(rng):
    while True:
        p = rng.choice(['4', '51', '52', '53', '54', '55', '2221', '2720', '4', '220'])
        ln = 16
        body = p + ''.join(rng.choice('0123456789') for _ in range(ln - len(p) - 1))
        s = body + luhn.calc_check_digit(body)
        luhn.validate(s)
        if s not in TEST_CARDS and len(set(s)) > 4:
            return s


def fmt_card(s, rng):
    r = rng.random()
    return ' '.join(s[i:i + 4] for i in range(0, 16, 4)) if r < 0.6 else ('-'.join(
        s[i:i + 4] for i in range(0, 16, 4)) if r < 0.7 else s)


def make_phone(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(2000):
        keep = max(2, len(nat) - 7)
        cand = nat[:keep] + ''.join(rng.choice('0123456789') for _ in range(len(nat) - keep))
        if cand == nat:
            continue
        n = phonenumbers.parse('+' + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number_for_region(n, region) and phonenumbers.number_type(n) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return n
    sys.exit('no phone for ' + region)


def fmt_phone(n, rng):
    r = rng.random()
    f = (phonenumbers.PhoneNumberFormat.INTERNATIONAL if r < 0.45 else phonenumbers.PhoneNumberFormat.NATIONAL
         if r < 0.85 else phonenumbers.PhoneNumberFormat.E164)
    return phonenumbers.format_number(n, f)


def make_cpf(rng):
    b = ''.join(rng.choice('0123456789') for _ in range(9))
    d1 = (sum(int(b[i]) * (10 - i) for i in range(9)) * 10) % 11 % 10
    d2 = (sum(int((b + str(d1))[i]) * (11 - i) for i in range(10)) * 10) % 11 % 10
    s = b + str(d1) + str(d2)
    std_cpf.validate(s)
    return std_cpf.format(s) if rng.random() < 0.7 else s


def make_rut(rng):
    b = str(rng.randint(8_000_000, 24_999_999))
    s = b + std_rut.calc_check_digit(b)
    std_rut.validate(s)
    return std_rut.format(s) if rng.random() < 0.7 else s[:-1] + '-' + s[-1]


def make_tckn(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        s = ''.join(map(str, d)) + str(d10) + str(d11)
        try:
            std_tck.validate(s)
            return s
        except Exception:
            continue


def make_thpin(rng):
    b = str(rng.randint(1, 8)) + ''.join(rng.choice('0123456789') for _ in range(11))
    s = b + std_thpin.calc_check_digit(b)
    std_thpin.validate(s)
    return std_thpin.format(s) if rng.random() < 0.5 else s


def make_rtn(rng):
    while True:
        b = rng.choice(['04', '06', '07', '11', '12', '21', '26', '31', '32']) + ''.join(
            rng.choice('0123456789') for _ in range(6))
        for c in '0123456789':
            try:
                std_rtn.validate(b + c)
                return b + c
            except Exception:
                pass


def make_ssn(rng):
    while True:
        s = f'{rng.randint(100, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}'
        try:
            std_ssn.validate(s)
            return f'{s[:3]}-{s[3:5]}-{s[5:]}'
        except Exception:
            pass


def make_ip(rng):
    while True:
        ip = ipaddress.ip_address('.'.join(str(rng.randint(1, 223)) for _ in range(4)))
        if ip.is_global and not any(ip in ipaddress.ip_network(n) for n in
                                    ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')):
            return str(ip)


def person(rng, lc, v, first_only=False):
    f, la = rng.choice(L[lc]['first']), rng.choice(L[lc]['last'])
    o = L[lc]['order']
    name = f if first_only else (la + f if o == 'e' else (la + ' ' + f if o == 'es' else f + ' ' + la))
    if lc == 'ja-JP' and not first_only and rng.random() < 0.5:
        name = la + ' ' + f
    v.add('person', name)
    return name, f, la


def email_for(rng, lc, f, la):
    dom = rng.choice(MAILS.get(lc, MAILS['*']))
    a, b = ascii_fold(f), ascii_fold(la)
    if a and b and re.fullmatch(r'[a-z]+', a) and re.fullmatch(r'[a-z]+', b):
        local = rng.choice([f'{a}.{b}', f'{a}{b[:1]}{rng.randint(10, 99)}', f'{a[:1]}{b}', f'{b}.{a}{rng.randint(1, 9)}'])
    else:
        local = f'{rng.choice(HANDLE_WORDS)}.{rng.choice(HANDLE_WORDS)}{rng.randint(10, 999)}'
    return f'{local}@{dom}'


def address(rng, lc, v):
    d = L[lc]
    city, pc0 = CITY[lc]
    pc = pc0 + ''.join(rng.choice('0123456789') for _ in range(max(0, 5 - len(pc0)))) if pc0 else ''
    if lc == 'en-GB':
        pc = f'BS{rng.randint(3, 9)} {rng.randint(1, 9)}{rng.choice("ABDEFGHJLNPQRSTUWXY")}{rng.choice("ABDEFGHJLNPQRSTUWXY")}'
    if lc == 'pt-BR':
        pc = f'05{rng.randint(100, 499)}-{rng.randint(0, 999):03d}'
    s = d['addr'].format(s=rng.choice(d['streets']), n=rng.randint(2, 188), f=rng.randint(1, 9),
                         d=rng.choice(['A', 'B', 'C', '2', '4']) if lc not in ('ko-KR', 'es-CL', 'zh-CN', 'ja-JP', 'id-ID', 'uk-UA', 'ru-RU') else rng.randint(1, 9),
                         pc=pc, city=city)
    return v.add('STREET_ADDRESS', s.strip(', '))


DOT_LOCALES = {'zh-CN', 'ja-JP', 'ko-KR', 'th-TH', 'he-IL', 'hi-IN', 'bn-BD', 'en-US', 'en-GB', 'en-NG', 'tl-PH',
               'sw-KE', 'es-MX', 'ar-EG'}
RANGE = {'split_bill': (9, 90), 'loan_repayment': (30, 600), 'rent_flatmate': (280, 1100), 'remittance': (60, 500),
         'household_help': (25, 220), 'gift': (20, 250), 'group_collection': (5, 40), 'marketplace': (15, 400),
         'scam_report': (50, 1500), 'disputed_transfer': (20, 900)}


def amount(rng, lc, lo=8, hi=900):
    d = L[lc]
    mult = {'₫': 25000, 'Rp': 15000, '₩': 1300, '원': 1300, '¥': 7, '円': 150, '₹': 80, '৳': 110, 'KSh': 130,
            '₱': 55, '₦': 1500, '₽': 90, 'грн': 40, '₺': 34, 'ج.م': 49, '₪': 3.7, '฿': 35, 'kr': 10.5, 'zł': 4,
            'R$': 5}.get(d['cur'], 1)
    if lc in ('es-MX', 'es-CL'):
        mult = 18 if lc == 'es-MX' else 900
    a = round(rng.uniform(lo, hi) * mult, 2 if mult < 20 else 0)
    txt = f'{a:,.2f}' if mult < 20 else f'{int(a):,}'
    if mult >= 1000:
        a = round(a, -3)
        txt = f'{int(a):,}'
    if lc in DOT_LOCALES:
        pass
    elif d['dec'] == ',':
        txt = txt.replace(',', ' ').replace('.', ',')
    return f"{d['cur']}{txt}" if d['cur'] in ('$', '£', '₹', 'R$', '₱', '₦', '¥', '₺', 'KSh') else f"{txt} {d['cur']}"


def rail_text(rng, lc, v, name, f, la, force=None):
    """A payee's payment key in the locale's usual form; returns text."""
    d = L[lc]
    r = force or rng.choice(d['rails'])
    reg = d['region']
    if r == 'iban':
        cc = reg if reg in IBAN_SHAPE else 'DE'
        s = v.add('iban', fmt_iban(make_iban(rng, cc), rng))
        return f'IBAN {s}' if rng.random() < 0.7 else f'IBAN: {s} (BIC {rng.choice(BICS)})'
    if r == 'phone':
        s = v.add('phone', fmt_phone(make_phone(rng, reg), rng))
        return f"{d['wallet']} {s}"
    if r == 'upi':
        n = make_phone(rng, 'IN')
        digits = str(n.national_number)
        v.add('phone', digits)
        return f"UPI {digits}@{rng.choice(['ybl', 'paytm', 'okaxis', 'ibl'])}"
    if r == 'email':
        s = v.add('email', email_for(rng, lc, f, la))
        return f"{d['wallet']}: {s}" if lc != 'pt-BR' else f'chave Pix (e-mail): {s}'
    if r == 'cpf':
        s = v.add('TAX_ID', make_cpf(rng))
        return f'chave Pix (CPF): {s}'
    if r == 'rut':
        s = v.add('NATIONAL_ID', make_rut(rng))
        bank = rng.choice(['BancoEstado, CuentaRUT', 'Banco de Chile, cuenta corriente', 'Santander, cuenta vista'])
        acc = s.replace('.', '').split('-')[0] if 'CuentaRUT' in bank else str(rng.randint(10_000_000, 99_999_999))
        if 'CuentaRUT' in bank:
            v.add('NATIONAL_ID', acc)
        em = v.add('email', email_for(rng, lc, f, la))
        return f'RUT {s}\n{bank} n° {acc}\n{em}'
    if r == 'tckn':
        s = v.add('NATIONAL_ID', make_tckn(rng))
        return f'FAST kolay adres (TCKN): {s}'
    if r == 'thpin':
        s = v.add('NATIONAL_ID', make_thpin(rng))
        return f'PromptPay (เลขบัตรประชาชน) {s}'
    if r == 'card':
        s = v.add('credit_card', fmt_card(make_card(rng), rng))
        return {'uk-UA': f'Карта Monobank: {s}', 'ru-RU': f'Карта: {s}'}.get(lc, f'Tarjeta: {s}')
    if r == 'usbank':
        rt, acct = make_rtn(rng), str(rng.randint(10 ** 8, 10 ** 12 - 1))
        v.add('US_BANK_NUMBER', rt)
        v.add('US_BANK_NUMBER', acct)
        return f'Routing {rt}, checking acct {acct}'
    if r == 'sortcode':
        sc = f'{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}'
        return f'Sort code {sc}, account {rng.randint(10_000_000, 99_999_999)}'
    raise ValueError(r)


# ------------------------------------------------------------------------------------------ sensitive scenes
ASK_EN = {
    'split_bill': ['Turn this into a short friendly reminder for the group chat', 'Check the maths and rewrite the split',
                   'Extract who owes what as JSON'],
    'loan_repayment': ['Write a polite nudge to ask for the rest back', 'Make a repayment plan message from this',
                       'Translate this into English for my partner'],
    'rent_flatmate': ['Draft the standing-order note for my flatmate', 'Write a short rent reminder from this',
                      'Turn this into a simple rent receipt'],
    'remittance': ['Fill the transfer form fields from this', 'Is this enough info for the remittance app?',
                   'Translate this for the money-transfer agent'],
    'household_help': ['Write a thank-you message and confirm the payment', 'Make an invoice-style summary of this',
                       'Calculate the hours and draft the payment note'],
    'gift': ['Write a warm card text that goes with the transfer', 'Draft the message to the guests about the gift',
             'Make this gift note sound less awkward'],
    'group_collection': ['Write the group message asking everyone to chip in', 'Summarise who has paid into the collection',
                         'Draft a reminder for the people who have not paid'],
    'marketplace': ['Is it safe to pay like this? Reply to the seller', 'Write a reply confirming the sale and payment',
                    'Draft a message with the delivery and payment details'],
    'scam_report': ['Is this a scam? What should I do?', 'Help me write the fraud report to my bank',
                    'Summarise this for the police report'],
    'disputed_transfer': ['Write the recall request to my bank', 'Draft a message asking the person to send it back',
                          'Help me write the complaint about this transfer'],
}


def scene_sensitive(rng, kind, lc, v):
    d = L[lc]
    ph = d['ph']
    ki = KINDS.index(kind)
    name, f, la = person(rng, lc, v)
    amt = amount(rng, lc, *RANGE[kind])
    pay = rail_text(rng, lc, v, name, f, la)
    lines = [ph['hi'], f"{ph['reason'][ki]}: {amt}.", f"{ph['details']}:", pay, f"{ph['holder']}: {name}",
             ph['thanks']]
    if not pay.startswith('Sort code') and rng.random() < 0.22:
        del lines[4]  # the key alone, no payee name
    extra = []
    if kind == 'split_bill':
        if rng.random() < 0.5:
            others = [person(rng, lc, v, first_only=rng.random() < 0.3)[0] for _ in range(rng.randint(2, 4))]
            lines.insert(2, ' / '.join(f'{o} {amount(rng, lc, 5, 60)}' for o in others))
    elif kind == 'rent_flatmate':
        if rng.random() < 0.7:
            lines.insert(2, address(rng, lc, v))
    elif kind == 'remittance':
        r = rng.random()
        if r < 0.3:
            extra.append(f'Receiver DOB: {v.add("DATE_OF_BIRTH", f"{rng.randint(1950, 2002)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")}')
        elif r < 0.6:
            pp = rng.choice('ABCDEFGHKLMNPRTU') + ''.join(rng.choice('0123456789') for _ in range(8))
            extra.append(f'Receiver passport no. {v.add("PASSPORT", pp)}')
        if rng.random() < 0.5:
            sn, sf, sl = person(rng, rng.choice(['en-US', 'en-GB', 'de-DE', 'es-ES', 'it-IT']), v)
            extra.append(f'Sender: {sn}')
    elif kind == 'household_help':
        if rng.random() < 0.4:
            extra.append(f'{rng.choice(["6 h", "4,5 h", "8 h", "3 h"])} x {amount(rng, lc, 10, 20)}')
    elif kind == 'gift':
        if rng.random() < 0.6:
            lines.insert(3, address(rng, lc, v))
    elif kind == 'group_collection':
        ps = [person(rng, lc, v)[0] for _ in range(rng.randint(2, 5))]
        lines.insert(2, '\n'.join(f'✓ {p} – {amount(rng, lc, 5, 30)}' for p in ps))
    elif kind == 'marketplace':
        if rng.random() < 0.6:
            lines.insert(2, address(rng, lc, v))
        if rng.random() < 0.3:
            lines.insert(2, v.add('phone', fmt_phone(make_phone(rng, d['region']), rng)))
    elif kind == 'scam_report':
        r = rng.random()
        if lc == 'en-US' and r < 0.55:
            extra.append(f'They also asked for my SSN and I gave it: {v.add("ssn", make_ssn(rng))}')
        elif r < 0.5:
            extra.append(f'My own card they asked for: {v.add("credit_card", fmt_card(make_card(rng), rng))}')
    elif kind == 'disputed_transfer':
        r = rng.random()
        if lc == 'en-US' and r < 0.5:
            rt, acct = make_rtn(rng), str(rng.randint(10 ** 7, 10 ** 11))
            extra.append(f'It left my checking account (routing {v.add("US_BANK_NUMBER", rt)}, account {v.add("US_BANK_NUMBER", acct)}).')
        elif r < 0.3:
            extra.append(f'Login alert came from IP {v.add("IP_ADDRESS", make_ip(rng))}, not my home network.')
        elif r < 0.6:
            me, mf, ml = person(rng, lc, v)
            extra.append(f'Account holder (me): {me}, born {v.add("DATE_OF_BIRTH", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1955, 2001)}")}')
    if rng.random() < 0.22:  # the user tells the story in English instead of pasting the payee's message
        addr = address(rng, lc, v) if kind in ('rent_flatmate', 'gift', 'marketplace') else ''
        rel = rng.choice(['cousin', 'flatmate', 'old school friend', 'neighbour', 'sister-in-law', 'colleague'])
        text = {
            'split_bill': f"Four of us went away for the weekend and I paid most of it ({amt}). My {rel} {name} is the treasurer and "
                          f"wants everyone to send their share to {pay}.",
            'loan_repayment': f"My {rel} {name} lent me {amt} in spring. I want to pay it back in three parts to {pay}.",
            'rent_flatmate': f"I'm subletting my room at {addr} to {name} from January; rent is {amt} a month, paid to {pay}.",
            'remittance': f"I send {amt} every month to my mother {name} back home; her {d['wallet']} key is {pay}. Is there a cheaper way?",
            'household_help': f"Our babysitter {name} asked to be paid {amt} for last week, to {pay}.",
            'gift': f"We're sending {amt} as a wedding gift to my {rel} {name} via {pay}; the card goes by post to {addr}.",
            'group_collection': f"I'm collecting for a leaving present for my {rel} {name}; everyone please send {amt} to {pay}.",
            'marketplace': f"I'm selling my old sofa to {name} for {amt}; pickup at {addr}, payment to {pay}.",
            'scam_report': f"Someone claiming to be my {rel} {name} texted from a new number asking for {amt} to {pay}.",
            'disputed_transfer': f"I sent {amt} to {pay} by mistake; it was meant for my {rel} {name}. The receiver won't answer.",
        }[kind]
        ask = rng.choice(ASK_EN[kind])
        return text + ('\n' + ' '.join(extra) if extra else ''), ask
    if rng.random() < 0.3:  # terse one-liner instead of the full message
        keep = [x for x in lines[1:] if x not in (ph['thanks'], f"{ph['details']}:")]
        text = ' · '.join(keep + extra)
    elif kind == 'scam_report' and rng.random() < 0.5:
        text = (f"I got a message about {ph['reason'][ki]!r} asking me to send {amt} urgently to {pay}"
                + (f" in the name of {name}" if f"{ph['holder']}: {name}" in lines else '') + '. '
                + ' '.join(extra) + (' I already paid.' if rng.random() < 0.5 else ''))
    else:
        text = '\n'.join(lines + extra)
    lang_local = rng.random() < 0.35
    ask = ph['ask'] if lang_local else rng.choice(ASK_EN[kind])
    return text, ask


# -------------------------------------------------------------------------------------------- benign scenes
MERCHANTS = ['Taberna Los Arcos SL', 'Pizzeria Il Forno Rosso Srl', 'Café Zuckerhut GmbH', 'Brasserie du Canal SARL',
             'Hostel Blue Ladder BV', 'Sushi Tora KK', 'Harbour Kitchen Ltd', 'Verde Catering Ltda',
             'Karaköy Meyhane Ltd. Şti.', 'Bistro Kolorowa sp. z o.o.']
AGENCIES = ['Keyhaven Lettings Ltd', 'Inmobiliaria Sol y Luz SL', 'Wohnbau Nordhafen GmbH', 'Agence Saint-Martin Immo',
            'Huurbeheer Centrum BV', 'Immobiliare Navigli Srl']
CHARITIES = ['Fundación Mar Abierto', 'Kinderhilfe Sonnenweg e.V.', 'Fondazione Aria Pulita', 'Stichting Voedselhoek',
             'Association Les Petits Pas', 'Riverside Food Bank (reg. charity 1187345)']
REMIT = ['Western Union', 'MoneyGram', 'Wise', 'Remitly', 'WorldRemit', 'Ria']
FIGURES = ['Charles Ponzi', 'Victor Lustig', 'Frank Abagnale (as portrayed in the film)', 'Muhammad Yunus',
           'Elon Musk', 'Taylor Swift', 'Cristiano Ronaldo', 'MrBeast']
ORG_PHONES = [('GB', '0800 0280 111'), ('DE', '0800 1234567'), ('ES', '900 123 456'), ('FR', '0 800 97 09 09'),
              ('IT', '800 123 456'), ('US', '1-800-555-0199'), ('NL', '0800 0224'), ('AU', '1800 123 456')]


def tok(rng, n=12, al='ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'):
    return ''.join(rng.choice(al) for _ in range(n))


def benign_variant(rng, kind, lc):
    """One of 13 hard-negative shapes, phrased for this kind of transfer. Returns (text, shape)."""
    ph = L[lc]['ph']
    ki = KINDS.index(kind)
    amt = amount(rng, lc, *RANGE[kind])
    reason = ph['reason'][ki]
    if rng.random() < 0.28:
        t = {
            'split_bill': f"Dinner for six came to {amt}; three of us had wine (an extra fifth of the bill) and service is 12.5%. Work out each share.",
            'loan_repayment': f"I borrowed {amt} from a friend at 0% and will repay a tenth of it per month from January. When is it paid off?",
            'rent_flatmate': f"Our flat costs {amt} a month; rooms are 14, 11 and 9 m² and we share the living room. What is a fair split by area?",
            'remittance': f"To send {amt} home: option 1 fee 2.99 at rate 0.9123, option 2 no fee at 0.9011. Which gives more to the receiver?",
            'household_help': f"Nanny share between two families: {amt} a week, split 60/40 by hours. What does each family pay per month?",
            'gift': f"How much do guests usually give as a cash wedding gift in {CITY[lc][0]}? Our budget is {amt}.",
            'group_collection': f"Class fund: 28 pupils gave a share each, total {amt}; we spent a third on the teacher's present. How much is left?",
            'marketplace': f"Order {rng.randint(10 ** 9, 10 ** 10 - 1)} shipped, tracking 1Z{tok(rng, 6, 'ABCDEFGHJKLMNPRSTUVWXY0123456789')}"
                           f"{rng.randint(10 ** 9, 10 ** 10 - 1)}. Paid {amt} with buyer protection. When does the money go to the seller?",
            'scam_report': "Our bank's notice says: 'We will never ask you to move money to a safe account, read out a one-time code or "
                           "pay a [NAME] you have not met.' Put this into simpler words for my grandparents.",
            'disputed_transfer': f"What is the deadline to recall an instant transfer of {amt} sent to the wrong account, and does the bank need the receiver's consent?",
        }[kind]
        return t, 'arithmetic_or_howto'
    shape = rng.choice(['merchant', 'registry', 'testcard', 'link', 'txid', 'fx', 'bic', 'template', 'figure',
                        'masked', 'switchboard', 'reserved', 'charity'])
    while shape == 'figure' and kind not in ('scam_report', 'disputed_transfer', 'group_collection', 'gift', 'remittance'):
        shape = rng.choice(['link', 'txid', 'fx', 'template', 'masked', 'registry', 'testcard'])
    if kind == 'rent_flatmate' and shape in ('merchant', 'charity'):
        shape = 'agency'
    if kind in ('gift', 'group_collection') and shape == 'merchant':
        shape = 'charity'
    cc = L[lc]['region'] if L[lc]['region'] in IBAN_SHAPE else rng.choice(['DE', 'ES', 'NL', 'FR'])
    if shape == 'merchant':
        m = rng.choice(MERCHANTS)
        t = (f"{ph['hi']} {reason}: {amt}.\nThe restaurant/shop wants the whole amount paid to the business:\n{m}\n"
             f"IBAN {fmt_iban(make_iban(rng, cc), rng)} · BIC {rng.choice(BICS)}\nRef. invoice {rng.randint(2026001, 2026999)}")
    elif shape == 'agency':
        t = (f"Rent ({reason}) is paid to the agency's client account, not to any of us:\n{rng.choice(AGENCIES)}\n"
             f"IBAN {fmt_iban(make_iban(rng, cc), rng)}\nReference: UNIT-{rng.randint(10, 99)}-{tok(rng, 4, 'ABCDEFGHJK')}\nTotal {amt}")
    elif shape == 'charity':
        t = (f"Instead of {reason}, we donate {amt} together to {rng.choice(CHARITIES)}.\n"
             f"Donation account IBAN {fmt_iban(make_iban(rng, cc), rng)}, BIC {rng.choice(BICS)}, reference DON{rng.randint(1000, 9999)}")
    elif shape == 'registry':
        ex = rng.choice(REGISTRY_EXAMPLES)
        t = (f"For the app's transfer form ({reason}) I'm validating IBANs. The registry example {ex} passes; "
             f"{ex[:-1]}{(int(ex[-1]) + 1) % 10} should fail. Write a regex plus mod-97 check.")
    elif shape == 'testcard':
        c = rng.choice(TEST_CARDS)
        t = (f"Testing our split-payment checkout in sandbox mode ({reason}, {amt}). Test card {c}, "
             f"exp 12/34, CVC 123 returns 'succeeded' but the webhook never fires. Any idea?")
    elif shape == 'link':
        host = rng.choice(['https://tikkie.me/pay/', 'https://pay.sumup.com/b2c/', 'https://buy.stripe.com/',
                           'https://www.lydia-app.com/collect/', 'https://qr.payconiq.com/', 'https://splt.to/'])
        t = f"{ph['hi']} {reason}: {amt} each. Pay here: {host}{tok(rng, 14)} (link expires in 14 days) {ph['thanks']}"
    elif shape == 'txid':
        t = rng.choice([
            f"{reason}: sent {amt}. MTCN {rng.randint(10 ** 9, 10 ** 10 - 1)}, tracking status 'available for pickup'.",
            f"{reason}: transfer ref {tok(rng, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}, UETR "
            f"{tok(rng, 8, '0123456789abcdef')}-{tok(rng, 4, '0123456789abcdef')}-4{tok(rng, 3, '0123456789abcdef')}-a{tok(rng, 3, '0123456789abcdef')}-{tok(rng, 12, '0123456789abcdef')}, amount {amt}.",
            f"{reason}: Pix E2E ID E{rng.randint(10 ** 7, 10 ** 8 - 1)}2026120{rng.randint(1, 5)}{rng.randint(1000, 2359)}{tok(rng, 11, 'abcdefghjkmnpqrstuvwxyz0123456789')}, {amt}.",
            f"{reason}: order #{rng.randint(100000, 999999)}-{rng.randint(10, 99)}, paid {amt}, txn {rng.randint(10 ** 11, 10 ** 12 - 1)}."])
        t += ' What does this status mean and how long until it arrives?'
    elif shape == 'fx':
        r1 = round(rng.uniform(0.5, 40), 4)
        t = (f"{reason}: I need to send {amt}. Provider A rate {r1}, fee 3.99; provider B rate {round(r1 * 0.985, 4)}, "
             f"no fee. {rng.choice(REMIT)} shows 'margin 1.2%'. Which is cheaper for this amount?")
    elif shape == 'bic':
        b = rng.choice(BICS)
        t = f"For {reason} the form asks for the recipient bank's SWIFT. Is {b} the head office code or a branch? What does {b[:4]} stand for?"
    elif shape == 'template':
        t = (f"{ph['hi']} {reason}: [AMOUNT]\n{ph['details']}:\nIBAN: [__ __ ____ ____ ____ ____]\n"
             f"{ph['holder']}: [FULL NAME]\nPhone ({L[lc]['wallet']}): [+__ ___ ___ ___]\n{ph['thanks']}\n\n"
             "Make this template nicer; I'll fill the blanks myself later.")
    elif shape == 'figure':
        fg = rng.choice(FIGURES)
        t = rng.choice([f"Saw a post where {fg} supposedly doubles any transfer sent for {reason}. Classic scheme, right? Explain how it works.",
                        f"How did {fg}'s scheme work and how is it similar to requests like '{reason}' I get online?"])
    elif shape == 'masked':
        t = (f"Statement line ({reason}):\n{rng.randint(1, 28):02d}.11 SEPA-Überweisung an ***** ****, IBAN {cc}** **** **** **** **{rng.randint(10, 99)} "
             f"-{amt}\nCard **** **** **** {rng.randint(1000, 9999)} – {amt}\nWhy do I see it twice?")
    elif shape == 'switchboard':
        reg, num = rng.choice(ORG_PHONES)
        t = (f"About {reason}: the bank's fraud line is {num} (printed on the back of the card) and "
             f"their mailbox is {rng.choice(['fraud', 'support', 'disputes', 'help'])}@{rng.choice(['n26.com', 'revolut.com', 'bunq.com', 'wise.com'])}. "
             "Which should I contact first and what do I say?")
    elif shape == 'reserved':
        t = (f"Writing the help page of our P2P app ({reason}). Sample payee for the screenshots: phone "
             f"+1 202-555-01{rng.randint(0, 99):02d}, e-mail {rng.choice(['payee', 'friend', 'flatmate', 'seller'])}@example.com, "
             f"device IP 198.51.100.{rng.randint(1, 254)}, IBAN {rng.choice(REGISTRY_EXAMPLES)}. Rewrite the sample section more clearly.")
    else:
        raise ValueError(shape)
    return t, shape


# ----------------------------------------------------------------------------------------------- placement
FIELDS = ['user', 'user', 'system', 'assistant', 'tool_result', 'tool_args', 'file', 'image_url', 'json_schema',
          'metadata', 'group_chat', 'user_field']
SYS = ['You help people manage shared expenses.', 'You are a personal finance assistant in a banking app.',
       'You are a helpful assistant.', 'Answer briefly.', 'You help users write messages.']
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4o', 'hybridgate/auto', 'gpt-4.1-mini']


def place(rng, text, ask, field, sensitive, v, lc):
    body = {'model': rng.choice(MODELS)}
    sysm = {'role': 'system', 'content': rng.choice(SYS)}
    if field == 'user':
        body['messages'] = [sysm, {'role': 'user', 'content': f'{ask}\n\n{text}' if rng.random() < 0.5 else f'{text}\n\n{ask}'}]
    elif field == 'system':
        body['messages'] = [{'role': 'system', 'content': f'{sysm["content"]} Context the user shared earlier:\n{text}'},
                            {'role': 'user', 'content': ask}]
    elif field == 'assistant':
        body['messages'] = [sysm, {'role': 'user', 'content': 'I will paste the message I got.'},
                            {'role': 'assistant', 'content': f'Sure, here is what you pasted:\n{text}'},
                            {'role': 'user', 'content': ask}]
    elif field == 'tool_result':
        cid = 'call_' + tok(rng, 20, 'abcdefghijklmnopqrstuvwxyz0123456789')
        body['messages'] = [sysm, {'role': 'user', 'content': ask},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                                'name': 'read_latest_message', 'arguments': json.dumps({'chat': 'payments', 'n': 1})}}]},
                            {'role': 'tool', 'tool_call_id': cid, 'content': json.dumps({'text': text}, ensure_ascii=False)}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'read_latest_message', 'description': 'Read chat messages',
                                                           'parameters': {'type': 'object', 'properties': {'chat': {'type': 'string'}, 'n': {'type': 'integer'}}}}}]
    elif field == 'tool_args':
        cid = 'call_' + tok(rng, 20, 'abcdefghijklmnopqrstuvwxyz0123456789')
        body['messages'] = [sysm, {'role': 'user', 'content': ask},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                                'name': 'prepare_transfer', 'arguments': json.dumps({'note': text, 'confirm': False}, ensure_ascii=False)}}]},
                            {'role': 'tool', 'tool_call_id': cid, 'content': '{"status": "draft_saved"}'},
                            {'role': 'user', 'content': 'ok, now answer my question'}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'prepare_transfer', 'description': 'Prepare (not send) a transfer draft',
                                                           'parameters': {'type': 'object', 'properties': {'note': {'type': 'string'}, 'confirm': {'type': 'boolean'}}, 'required': ['note']}}}]
    elif field == 'file':
        b64 = base64.b64encode(text.encode('utf-8')).decode()
        body['messages'] = [sysm, {'role': 'user', 'content': [
            {'type': 'text', 'text': ask},
            {'type': 'file', 'file': {'filename': rng.choice(['chat.txt', 'note.txt', 'export.txt', 'payment.txt']),
                                      'file_data': f'data:text/plain;base64,{b64}'}}]}]
    elif field == 'image_url':
        q = urllib.parse.urlencode({'data': text, 'size': '300'})
        body['messages'] = [sysm, {'role': 'user', 'content': [
            {'type': 'text', 'text': ask + ' (the QR below encodes the payment message)'},
            {'type': 'image_url', 'image_url': {'url': f'https://api.qrserver.com/v1/create-qr-code/?{q}'}}]}]
    elif field == 'json_schema':
        body['messages'] = [sysm, {'role': 'user', 'content': f'{text}\n\nExtract the payment details.'}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'payment', 'strict': True, 'schema': {
            'type': 'object', 'properties': {'amount': {'type': 'string'}, 'payee': {'type': 'string'},
                                            'key': {'type': 'string', 'description': 'IBAN, phone, card or other payment key'},
                                            'reason': {'type': 'string'}},
            'required': ['amount', 'payee', 'key', 'reason'], 'additionalProperties': False}}}
    elif field == 'metadata':  # metadata values are limited to 512 characters: short texts only
        body['store'] = True
        body['metadata'] = {'source': 'chat_export', 'snippet': text}
        body['messages'] = [sysm, {'role': 'user', 'content': ask}]
    elif field == 'group_chat':
        msgs = []
        t0 = rng.randint(8 * 60, 20 * 60)
        for i, line in enumerate(text.split('\n')):
            t0 += rng.randint(0, 9)
            msgs.append(f'[{t0 // 60:02d}:{t0 % 60:02d}] {"A" if i % 3 else "B"}: {line}')
        body['messages'] = [sysm, {'role': 'user', 'content': 'Group chat export:\n' + '\n'.join(msgs) + f'\n\n{ask}'}]
    elif field == 'user_field':
        body['messages'] = [sysm, {'role': 'user', 'content': f'{text}\n\n{ask}'}]
        if sensitive and rng.random() < 0.7:
            body['user'] = v.add('email', email_for(rng, lc, rng.choice(L[lc]['first']), rng.choice(L[lc]['last'])))
        else:
            body['user'] = 'u_' + tok(rng, 16, '0123456789abcdef')
    if rng.random() < 0.15:
        body['stop'] = ['\n\n###']
    if rng.random() < 0.2:
        body['temperature'] = round(rng.choice([0, 0.2, 0.7]), 1)
    return body


def searchable(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote_plus(s)]
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m.group(1)).decode('utf-8'))

    def walk(o):
        if isinstance(o, dict):
            for x in o.values():
                walk(x)
        elif isinstance(o, list):
            for x in o:
                walk(x)
        elif isinstance(o, str):
            parts.append(o)
            if o.startswith('{'):
                try:
                    walk(json.loads(o))
                except ValueError:
                    pass
    walk(body)
    return '\n'.join(parts)


def validate_value(ent, val, region):
    """Second, independent check of every issued value; aborts the run on any invalid one."""
    digits = re.sub(r'\D', '', val)
    try:
        if ent == 'iban':
            std_iban.validate(val)
            assert val.replace(' ', '') not in REGISTRY_EXAMPLES
        elif ent == 'credit_card':
            luhn.validate(digits)
            assert digits not in TEST_CARDS and len(digits) == 16
        elif ent == 'phone':
            n = phonenumbers.parse(val, region)
            assert phonenumbers.is_valid_number_for_region(n, region), val
        elif ent == 'ssn':
            std_ssn.validate(val)
        elif ent == 'TAX_ID':
            std_cpf.validate(val)
        elif ent == 'NATIONAL_ID':
            if region == 'CL' and len(digits) < 9 and '-' not in val:  # CuentaRUT account number = RUN body
                assert 7 <= len(digits) <= 8
            elif region == 'CL':
                std_rut.validate(val)
            elif region == 'TR':
                std_tck.validate(val)
            elif region == 'TH':
                std_thpin.validate(val)
            else:
                raise AssertionError(region)
        elif ent == 'US_BANK_NUMBER':
            if len(digits) == 9 and digits[:2] in ('04', '06', '07', '11', '12', '21', '26', '31', '32'):
                try:
                    std_rtn.validate(digits)
                except Exception:
                    assert 8 <= len(digits) <= 12
            else:
                assert 8 <= len(digits) <= 12
        elif ent == 'IP_ADDRESS':
            ip = ipaddress.ip_address(val)
            assert ip.is_global and not any(ip in ipaddress.ip_network(n) for n in
                                            ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'))
        elif ent == 'email':
            assert re.fullmatch(r'[a-z0-9.]+@[a-z0-9.]+\.[a-z]+', val) and 'example.' not in val
    except Exception as exc:
        sys.exit(f'invalid {ent}: {exc!r}')


# ----------------------------------------------------------------------------------------------- PII build
def build_pii(rng):
    recs = []
    per_kind_s, per_kind_b = 29, 21
    plan = []
    for k in KINDS:
        plan += [(k, True)] * per_kind_s + [(k, False)] * per_kind_b
    rng.shuffle(plan)
    li = 0
    for i, (kind, sens) in enumerate(plan):
        lc = TAGS[(li * 7 + i) % len(TAGS)]
        li += 1
        if kind == 'remittance' and sens and L[lc]['region'] in ('US', 'GB', 'DE', 'FR', 'NL', 'SE'):
            lc = rng.choice(['sw-KE', 'tl-PH', 'hi-IN', 'es-MX', 'bn-BD', 'vi-VN', 'en-NG', 'uk-UA', 'ar-EG'])
        if sens and kind in ('scam_report', 'disputed_transfer') and rng.random() < 0.35:
            lc = 'en-US'
        if sens and kind == 'remittance' and rng.random() < 0.15:
            lc = 'pt-BR'
        v = V()
        if sens:
            text, ask = scene_sensitive(rng, kind, lc, v)
            style = 'payee_message'
        else:
            text, style = benign_variant(rng, kind, lc)
            ask = ''
        completions = rng.random() < 0.1
        field = rng.choice(FIELDS)
        if field == 'metadata' and len(text) > 500:
            field = 'user'
        if completions:
            prompt = f'{text}\n\n{ask}\n\nAnswer:' if ask else f'{text}\n\nAnswer:'
            body = {'model': rng.choice(['gpt-3.5-turbo-instruct', 'hybridgate/auto']), 'prompt': prompt,
                    'max_tokens': rng.choice([128, 256, 400])}
            field = 'prompt'
        else:
            body = place(rng, text, ask or rng.choice(['What do you make of this?', 'Explain this please.', 'Rewrite more clearly.']),
                         field, sens, v, lc)
        for e, val in v.items:
            validate_value(e, val, L[lc]['region'])
        hay = searchable(body)
        ents = sorted({e for e, s in v.items if s in hay}, key=str.lower)
        if sens:
            assert ents, (kind, lc, text)
        else:
            assert not v.items
        recs.append({'id': f'kame-pii-{i + 1:04d}', 'category': kind if sens else kind + '_benign',
                     'sensitive': bool(ents), 'entities': ents, 'endpoint': 'completions' if completions else 'chat',
                     'lang': lc, 'style': f'{style} · {field}', 'body': body})
    for r in recs:
        assert r['sensitive'] == bool(r['entities'])
    return recs


# ----------------------------------------------------------------------------------------------- complexity
CX_SHORT_SIMPLE = [
    ('en', 'What is 84.60 split four ways?'), ('en', 'Convert 250 EUR to cents.'),
    ('es-ES', '¿Cómo se dice "te hago un Bizum" en inglés?'), ('de-DE', 'Was heißt "Verwendungszweck" auf Englisch?'),
    ('fr-FR', 'Traduis en anglais : « je te rembourse demain ».'), ('pt-BR', 'O que significa "chave Pix"?'),
    ('it-IT', 'Quanto fa 120 diviso 3?'), ('nl-NL', 'Vertaal "betaalverzoek" naar het Engels.'),
    ('pl-PL', 'Co to jest BLIK? Jedno zdanie.'), ('sv-SE', 'Vad betyder "Swisha mig"?'),
    ('tr-TR', 'Havale ile EFT arasındaki fark nedir? Kısaca.'), ('ja-JP', '「割り勘」を英語で言うと？'),
    ('zh-CN', '"AA制"用英语怎么说？'), ('ko-KR', '"정산"을 영어로 뭐라고 해?'), ('hi-IN', '"उधार" का अंग्रेज़ी में क्या मतलब है?'),
    ('sw-KE', 'Tafsiri "nitakulipa kesho" kwa Kiingereza.'), ('en', 'Round 33.333 to two decimals.'),
    ('en', 'What does IBAN stand for?'), ('en', 'Is a 15% tip on 62 dollars about 9.30?'),
    ('ru-RU', 'Переведи на английский: «скинь на карту».'), ('uk-UA', 'Як англійською "переказ"?'),
    ('el-GR', 'Πώς λέγεται «έρανος» στα αγγλικά;'), ('vi-VN', '"Chuyển khoản" tiếng Anh là gì?'),
    ('id-ID', 'Apa arti "patungan" dalam bahasa Inggris?'), ('th-TH', '"โอนเงิน" ภาษาอังกฤษคืออะไร'),
    ('ar-EG', 'يعني إيه "جمعية" بالإنجليزي؟'), ('he-IL', 'איך אומרים "העברה בנקאית" באנגלית?'),
    ('en', 'Make this title case: paying back a friend'), ('en', 'What is 3 x 17.50?'),
    ('en', 'Sort these amounts: 12, 7.5, 30, 2'), ('es-MX', '¿Qué es una coperacha?'),
    ('en', 'Fix the spelling: "recieved the transfere"'), ('en', 'How many cents in 4.05 dollars?'),
    ('bn-BD', '"ধার" শব্দের ইংরেজি কী?'), ('tl-PH', 'Ano ang ibig sabihin ng "ambagan"?'),
]
CX_SHORT_HARD = [
    ('en', 'Prove that any set of debts among n friends can be settled with at most n−1 transfers, and show that minimising the number of transfers is NP-hard.'),
    ('en', 'Design an idempotent P2P transfer API that survives client retries and a crash between debit and credit. Compare outbox vs two-phase commit.'),
    ('en', 'Splitting 100.00 three ways with banker\'s rounding loses a cent in our ledger. Find the root cause and give an allocation that provably sums exactly.'),
    ('en', 'Our double-entry ledger shows a 0.01 drift only for FX transfers settled after midnight UTC. Reason through the likely causes and how to confirm each.'),
    ('en', 'Give a proof that the greedy "largest creditor pays largest debtor" settlement is not always optimal, with a minimal counterexample.'),
    ('en', 'Design a fraud-scoring rule set for instant payments with a 200 ms budget; discuss false-positive cost versus authorised push payment losses.'),
    ('es-ES', 'Demuestra que el problema de minimizar transferencias para saldar deudas en un grupo equivale a particionar en subconjuntos de suma cero.'),
    ('de-DE', 'Entwirf ein Datenmodell für geteilte Ausgaben mit mehreren Währungen und wechselnden Kursen; begründe die Abwägungen.'),
    ('fr-FR', 'Pourquoi un virement instantané peut-il être débité deux fois lors d\'un timeout réseau ? Analyse les causes et propose une correction.'),
    ('pt-BR', 'Projete um sistema de cobrança recorrente via Pix que lide com falhas parciais; compare consistência forte e eventual.'),
    ('ja-JP', '割り勘アプリで端数処理を公平にする方法を設計し、その公平性を証明してください。'),
    ('zh-CN', '证明：n个人之间的任意债务关系，最少转账次数等于 n 减去零和子集划分的最大块数。'),
    ('en', 'A remittance corridor has fees f(x)=a+bx and FX spread s. Derive when splitting one transfer into k transfers is cheaper, and prove it.'),
    ('en', 'Two services debit the same wallet concurrently; balances occasionally go negative despite a check. Explain the race and give a fix with trade-offs.'),
    ('it-IT', 'Progetta la riconciliazione tra estratto conto e app di spese condivise quando i bonifici arrivano con causali incomplete.'),
    ('ko-KR', '송금 API에서 중복 요청을 막는 멱등성 키 설계를 하고, 만료 정책의 트레이드오프를 설명해줘.'),
    ('pl-PL', 'Udowodnij, że w grafie długów suma sald wynosi zero i wyprowadź z tego dolną granicę liczby przelewów.'),
    ('en', 'Design rate limiting for a payment-request feature that stops scammers spamming requests but not families splitting bills. Discuss trade-offs.'),
    ('ru-RU', 'Спроектируй схему хранения денежных сумм (целые копейки vs decimal) для мультивалютного кошелька и обоснуй выбор.'),
    ('en', 'Why can floating point make sum(shares) != total, and prove the largest-remainder method always fixes it.'),
    ('tr-TR', 'Taksitli borç geri ödemesinde erken ödeme durumunda faiz yeniden hesaplamasını tasarla; farklı yaklaşımların ödünleşimlerini tartış.'),
    ('en', 'A webhook for "transfer.completed" arrives before "transfer.created" 0.3% of the time. Diagnose and design an ordering-tolerant consumer.'),
    ('nl-NL', 'Ontwerp een algoritme dat een groepsrekening eerlijk verdeelt als mensen gedeeltelijk meededen; bewijs dat het totaal klopt.'),
    ('en', 'Show that settling group debts with the fewest transfers reduces from 3-PARTITION.'),
    ('sv-SE', 'Designa en kö för Swish-liknande betalningar där ordning per konto garanteras; jämför partitionering och lås.'),
]
LONG_EASY_TASKS = [
    ('en', 'Turn this list into a CSV with columns date, description, amount. Do not change anything else.'),
    ('en', 'Sort these expenses by date and give me the list back.'), ('en', 'Translate all of these lines into Spanish.'),
    ('es-ES', 'Resume este chat en tres frases.'), ('de-DE', 'Fasse diese Liste in drei Sätzen zusammen.'),
    ('fr-FR', 'Mets cette liste au format tableau Markdown.'), ('pt-BR', 'Traduza estas linhas para o inglês.'),
    ('it-IT', 'Riassumi questo elenco in poche righe.'), ('ja-JP', 'このリストを日付順に並べ替えてください。'),
    ('zh-CN', '把这份清单整理成表格。'), ('pl-PL', 'Zamień tę listę na tabelę.'), ('en', 'Remove the duplicate lines.'),
]
ITEMS = ['groceries', 'taxi', 'pizza', 'cinema', 'train tickets', 'electricity share', 'internet share', 'drinks',
         'museum', 'petrol', 'parking', 'breakfast', 'gift wrap', 'flowers', 'cleaning supplies', 'water bill']
LONG_HARD_TASKS = [
    ('en', 'log', 'Here is our settlement service code and log. Find the root cause of the duplicate payouts and propose a fix with trade-offs.'),
    ('en', 'list', 'Below is the ledger export. Work out step by step why the group balance does not sum to zero and design a reconciliation procedure that prevents it.'),
    ('en', 'doc', 'Here is the design doc for our shared-wallet feature. Critique it: identify consistency, fraud and privacy risks, rank them, and propose an alternative architecture.'),
    ('en', 'list', 'Using these transactions, derive the minimum set of transfers to settle everyone and prove that it is minimal.'),
    ('en', 'chat', 'The group disagrees about who paid what. Reconstruct a consistent ledger from this chat, point out the contradictory claims, and justify which version must be true.'),
    ('es-ES', 'log', 'Aquí tienes el código y el log del servicio de liquidaciones. Encuentra la causa raíz de los pagos duplicados y propone una solución razonando los compromisos.'),
    ('de-DE', 'doc', 'Hier ist das Designdokument. Bewerte es kritisch: Konsistenz-, Betrugs- und Datenschutzrisiken, priorisiert, plus eine alternative Architektur.'),
    ('fr-FR', 'chat', 'Le groupe ne se met pas d\'accord. Reconstitue un registre cohérent à partir de cette discussion et démontre quelles affirmations sont contradictoires.'),
    ('ja-JP', 'list', 'この取引一覧から全員を精算する最小の送金集合を導き、それが最小であることを証明してください。'),
]
DOC_LINES = [
    'Balances are cached in the mobile client and synced every 30 seconds; the server trusts the client balance when offline.',
    'Each transfer is written to the ledger table first and the bank payout is triggered by a cron job every 5 minutes.',
    'Currency conversion uses the rate at the time the expense is created, not when it is settled.',
    'Members can edit or delete any expense in the group, including ones created by others, without an audit trail.',
    'Payment requests can be sent to any phone number, registered or not, with a free-text message of up to 500 characters.',
    'Rounding: each share is rounded half-up to two decimals independently; the remainder is ignored.',
    'Idempotency keys are generated on the server after the request is received.',
    'Refunds are modelled as negative expenses in the same table as normal expenses.',
    'The settle-up suggestion is computed greedily by pairing the largest debtor with the largest creditor.',
    'Webhooks from the payment provider are processed in arrival order by a single consumer with at-least-once delivery.',
    'Group exports are generated as CSV including all members\' payment keys and are cached on a public CDN path for 24 hours.',
    'Rate limiting is per device ID, which the client generates on first launch.',
    'A transfer is marked completed when the provider returns HTTP 202.',
    'Account deletion removes the user row but leaves their expenses pointing to a null member.',
    'Multi-currency groups store amounts as floating-point numbers in the group\'s base currency.',
    'Support staff can impersonate any user to debug settlement issues; sessions are not logged.',
]
DOC_HEAD = ('Shared wallet v2 — design draft\nGoal: let groups of friends pool money, split expenses and settle up with '
            'instant transfers. Non-goals: lending, interest, business accounts.\nDecisions so far:\n')
CHAT_LINES = [
    'A: I paid the cabin deposit, 240', 'B: no wait, the deposit was 260, I saw the receipt', 'C: I did groceries Tuesday, 63.20',
    'A: fuel both ways was on me, 88', 'D: I sent A 50 on Sunday already', 'B: I covered the boat trip for everyone, 180 total',
    'C: the boat was 150, 30 was the tip which only A and B wanted', 'D: I skipped dinner on Friday so leave me out of that one',
    'A: Friday dinner was 132 for four', 'B: I never got the 20 C said they sent', 'C: I sent B 20 by transfer, check again',
    'D: parking 24, split between the two cars', 'A: B, you owe me 35 from the last trip as well', 'B: that 35 was settled in March',
    'C: breakfast Saturday 41.50, all four', 'D: I paid the cleaning fee, 60', 'A: cleaning fee was included in the deposit I think',
    'B: ok then D gets the 60 back from the host, not from us',
]


def cx_expense_lines(rng, n):
    return '\n'.join(f'{i + 1}. 2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} — {rng.choice(ITEMS)} — '
                     f'{rng.randint(2, 180)}.{rng.randint(0, 99):02d} — paid by member {rng.choice("ABCDEFG")}' for i in range(n))


def cx_log(rng, n):
    out = []
    for i in range(n):
        t = f'2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z'
        ev = rng.choice(['payout.requested', 'payout.debited', 'payout.retry', 'payout.credited', 'lock.acquired',
                         'lock.timeout', 'ledger.post', 'webhook.received'])
        out.append(f'{t} worker-{rng.randint(1, 4)} {ev} transfer_id=tr_{tok(rng, 10, "abcdef0123456789")} '
                   f'amount={rng.randint(1, 500)}.{rng.randint(0, 99):02d} attempt={rng.randint(1, 3)}')
    code = ('def settle(batch):\n    for t in batch:\n        if not ledger.exists(t.id):\n            bank.payout(t)\n'
            '            ledger.post(t)\n    return True\n\n# retry policy: 3 attempts, 2s backoff, lock ttl 1s\n')
    return code + '\n'.join(out)


def build_cx(rng):
    recs = []
    plan = ([('short_simple', 0)] * 45 + [('long_easy', 0)] * 52 + [('short_hard', 1)] * 50 + [('long_hard', 1)] * 43)
    rng.shuffle(plan)
    for i, (cat, label) in enumerate(plan):
        if cat == 'short_simple':
            lang, text = rng.choice(CX_SHORT_SIMPLE)
            style = 'lookup/translate/arith'
        elif cat == 'short_hard':
            lang, text = rng.choice(CX_SHORT_HARD)
            style = 'proof/design/debug'
        elif cat == 'long_easy':
            lang, task = rng.choice(LONG_EASY_TASKS)
            r = rng.random()
            if r < 0.6:
                body_txt, src = cx_expense_lines(rng, rng.randint(34, 55)), 'list'
            elif r < 0.85:
                body_txt, src = '\n'.join(rng.choice(CHAT_LINES) for _ in range(rng.randint(45, 70))), 'chat'
            else:
                body_txt, src = '\n'.join(f'{j + 1}. {x}' for j, x in enumerate(rng.sample(DOC_LINES, len(DOC_LINES)))), 'doc'
            text = f'{task}\n\n{body_txt}' if rng.random() < 0.5 else f'{body_txt}\n\n{task}'
            style = f'reformat/translate/summarise/{src}'
        else:
            lang, src, task = rng.choice(LONG_HARD_TASKS)
            if src == 'log':
                body_txt = cx_log(rng, rng.randint(26, 38))
            elif src == 'list':
                body_txt = cx_expense_lines(rng, rng.randint(30, 40))
            elif src == 'chat':
                body_txt = '\n'.join(rng.sample(CHAT_LINES, len(CHAT_LINES))) + '\n' + '\n'.join(
                    rng.choice(CHAT_LINES) for _ in range(rng.randint(30, 40)))
            else:
                body_txt = DOC_HEAD + '\n'.join(f'{j + 1}. {x}' for j, x in enumerate(rng.sample(DOC_LINES, len(DOC_LINES))))
            text = f'{task}\n\n{body_txt}'
            style = f'root-cause/design/proof/{src}'
        if cat.startswith('long'):
            assert len(text) >= 1500, (cat, style, len(text))
        else:
            assert len(text) < 400, (cat, len(text))
        msgs = [{'role': 'user', 'content': text}]
        if rng.random() < 0.4:
            msgs.insert(0, {'role': 'system', 'content': rng.choice(SYS)})
        recs.append({'id': f'kame-cx-{i + 1:04d}', 'category': cat, 'label': label,
                     'length_adversarial': cat in ('long_easy', 'short_hard'), 'endpoint': 'chat', 'lang': lang,
                     'style': style, 'body': {'model': rng.choice(MODELS), 'messages': msgs}})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pii = build_pii(rng)
    cx = build_cx(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (('pii_kame.jsonl', pii), ('complexity_kame.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8') as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    c = collections.Counter(r['category'] for r in pii)
    ents = collections.Counter(e for r in pii for e in r['entities'])
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_kame.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions), {sens} sensitive / {len(pii) - sens} benign, '
          f'{len({r["lang"] for r in pii})} language tags')
    print('  categories:', dict(sorted(c.items())))
    print('  entities:', dict(sorted(ents.items())))
    print('  fields:', dict(sorted(collections.Counter(r['style'].split(' · ')[1] for r in pii).items())))
    print('  benign shapes:', dict(sorted(collections.Counter(r['style'].split(' · ')[0] for r in pii if not r['sensitive']).items())))
    cc = collections.Counter(r['category'] for r in cx)
    adv = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_kame.jsonl: {len(cx)} requests in {len({r["lang"] for r in cx})} language tags: {dict(sorted(cc.items()))}; '
          f'{adv} ({100 * adv // len(cx)}%) length-adversarial, {sum(r["label"] for r in cx)} labelled 1')


if __name__ == '__main__':
    main()
