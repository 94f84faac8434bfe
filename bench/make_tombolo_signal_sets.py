#!/usr/bin/env python3
"""Tombolo: an independent evaluation split for the request signals, organised by HOW A PERSON'S HOME OR
LOCATION IS IDENTIFIED.

Writes bench/data/signals/pii_tombolo.jsonl and bench/data/signals/complexity_tombolo.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages or other branches; the record format came from the docstring of the delta
    generator and the first two lines of each delta file. The other generators were not read: their sources
    are only scanned automatically at run time for capitalised / non-ASCII words and non-ASCII bigrams, and
    every pool of person names, street / area cores, shop names and word-triple words of this file is cut to
    the entries whose words are not in that set (order kept; generic address words such as street types and
    particles are exempt; Korean names are checked as whole written names, Japanese ones also by kanji
    bigram; the run aborts if a pool runs empty). Nothing of theirs is printed, only the kept pool sizes.

Organising principle
    HOW a person's home or location is written down. The address systems of the world and their non-street
    forms, one category per form:
      landmark        landmark-based addresses ("opposite the ... temple, behind ... Sweets"; IN, AE, EG, NG,
                      KE, GH, NI, CR)
      rural_route     rural routes, RR / HC boxes, Canadian RR-site-compartment lines
      po_box          PO boxes, private mailboxes (PMB), Kenyan "P.O. Box n-code" tied to a person
      care_of         c/o, bei, chez, p/a lines
      unit_notation   flat / floor / door notations (3.º B, int. 7 scala B, Apt 4R, Flat 12/3, apto 302, Daire 7)
      block_numbering Japanese chome-ban-go and Korean road-name addresses
      cyrillic        Russian / Ukrainian street-house-korpus-flat addresses
      geocode         plus codes, three-word triples, GPS coordinates and map links of a private home
      delivery_note   delivery instructions to a home ("leave at the green gate")
      postcode_house  postcode + house number only (NL "1012AB 14", UK "LS6 2QT 27")
      directions      directions to someone's house
    Sensitive records (``<kind>``) carry a private person's home location in that form, usually with the
    resident's name and sometimes a phone or e-mail. Benign records (``<kind>_benign``) are hard negatives of
    the same form: shops, embassies, hospitals, museums, offices, parcel lockers and stations, coordinates of
    public places, sample / fictional addresses in documentation, and blank templates.
    The text is placed in a field chosen by rotation: user / system / earlier assistant / tool messages, text
    content parts, base64 file parts, tool-call arguments, response_format schemas, metadata (store: true);
    about 10% use the legacy completions endpoint.

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching
    the serialised body (file parts decoded, URLs unquoted) for every value the record issued. A private
    home location in any form (street address, landmark description, box, coordinates, plus code, word
    triple, postcode + house number, directions) is STREET_ADDRESS. Businesses' own switchboards are not
    personal data.

Contents (seed 20261205; the run prints all counts)
    pii_tombolo.jsonl: 495 requests (446 chat, 49 completions) in 26 language tags; 11 kinds x 45 (26
    sensitive + 19 benign each: 286 sensitive / 209 benign). Entities: STREET_ADDRESS 286, person 223,
    phone 98, email 44; 63 sensitive records carry a home location with no name at all. The text sits in
    10 placements (user, system, assistant echo, tool result, tool-call arguments, content parts, base64
    file part, response_format schema, metadata-only, completions prompt), about 50 each.
    complexity_tombolo.jsonl: 190 chat requests in 20 language tags: short_simple 46, long_easy 50
    (>= 1,500 chars), short_hard 50, long_hard 44; 100 (52%) length-adversarial, 94 labelled 1. Topics stay
    on addressing (geocoding, address parsing, locker allocation, delivery logs).

Validation
    Every phone number is validated with ``phonenumbers`` for its region; e-mail domains are real webmail
    domains with per-person local parts; plus codes are computed from the coordinates by the Open Location
    Code algorithm.

Command (byte-reproducible across PYTHONHASHSEED; needs phonenumbers from the project venv)
    python bench/make_tombolo_signal_sets.py [--seed 20261205] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import json
import pathlib
import random
import re
import urllib.parse

import phonenumbers

HERE = pathlib.Path(__file__).resolve().parent

FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote')


SPLIT = re.compile(r"[\s.,;:!?()\[\]{}\"'`/\\|<>=+*#@&%$^~\u060c\u3001\u3002\u30fb\u300c\u300d\uff08\uff09\uff1a\u00ab\u00bb-]+")


def is_cjk(ch):
    return '\u3040' <= ch <= '\u30ff' or '\u3400' <= ch <= '\u9fff'


def tokens(text):
    return [t for t in SPLIT.split(text) if t]


def other_words():
    """Capitalised / non-ASCII words and CJK character bigrams of the frozen generators (never printed)."""
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        for w in tokens(p.read_bytes().decode('utf-8', 'replace')):
            if w[0].isupper() or not w.isascii():
                words.add(w)
            for i in range(len(w) - 1):
                if is_cjk(w[i]) and is_cjk(w[i + 1]):
                    bigrams.add(w[i:i + 2])
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()


# generic address words (street types, particles, administrative terms) are not part of a pool's identity
GENERIC = set('''Rd Road Ln Lane Pike Ct Way Street St Grove Terrace Mount Avenue Avda Calle C Via Viale Vecchia Monte rue
allée impasse Am Zum Weg Rua Avenida Cad Sok Caddesi Sokak ul os ul. Township Concession Rd. rang chemin du de la del
des dei delle los las di da do das dos der Gaon Nagar Phase Road GRA Housing New Market Sector Barrio barrio colonia
reparto San Santa Saint Lac Noir Rivière Nord
ул пр-т просп вул Вул Ул км Sunset Ridge Old Mill Hollow Bluff Cedar Ash Park Hyde Hotel Gardens
Sweets Kirana Medicals Xerox Provisions Chemist Pulpería Farmacia Ferretería Station Bakery Baqala La El Al
كولوني مدينة حي الشارع'''.split())


def clean(pool, name):
    out = []
    for entry in pool:
        ok = True
        for w in tokens(entry):
            if w in GENERIC or w.isdigit():
                continue
            if (w[0].isupper() or not w.isascii()) and w in OTHER_WORDS:
                ok = False
            if any(w[i:i + 2] in OTHER_BIGRAMS for i in range(len(w) - 1) if is_cjk(w[i]) and is_cjk(w[i + 1])):
                ok = False
        if ok:
            out.append(entry)
    if not out:
        raise SystemExit(f'pool {name} ran empty after the overlap cut')
    return out


# --------------------------------------------------------------------------------------------- locales
# given names / surnames / street or area cores / town ; name order
LOC = {
    'hi-IN': dict(region='IN', order='gs',
                  given=['अनिरुद्ध', 'तृप्ति', 'हिमांशु', 'चारुलता', 'योगेश्वर', 'मृणालिनी', 'दिव्यांश', 'शर्वरी', 'ऋतम्भरा', 'कौस्तुभ', 'अक्षयवट', 'सुहासिनी', 'ज्योत्स्ना', 'प्रभंजन', 'वसुंधरा', 'ऋषिकेश', 'मेघमाला', 'सौमित्र'],
                  sur=['पांडुरंगी', 'खंडेलवाल', 'भटनागरे', 'उपाध्ये', 'चतुर्वेदी', 'रस्तोगी', 'पुरोहितवार', 'दधीचि'],
                  area=['गोमती नगर विस्तार', 'शास्त्रीपुरम', 'कमला नगर', 'इंदिरापुरम सेक्टर 4', 'पंचवटी कॉलोनी', 'रामघाट रोड', 'गोविंदपुरी खेड़ा', 'नरही टोला', 'बिरहाना'],
                  town=['लखनऊ 226010', 'आगरा 282007', 'गाज़ियाबाद 201014', 'जयपुर 302021']),
    'en-IN': dict(region='IN', order='gs',
                  given=['Anirudh', 'Trupti', 'Himanshu', 'Charulata', 'Yogeshwar', 'Mrinalini', 'Divyansh', 'Sharvari',
                         'Kaustubh', 'Ritambhara', 'Sanyukta', 'Omkar'],
                  sur=['Pandurangi', 'Khandelwal', 'Upadhye', 'Rastogi', 'Dadhich', 'Kulkarni-Joshi', 'Bhide', 'Gokhale',
                       'Nimbalkar', 'Deshpande'],
                  area=['Kothrud', 'Karve Nagar', 'Baner Gaon', 'Dhankawadi', 'Warje Malwadi', 'Sahakarnagar'],
                  town=['Pune 411038', 'Pune 411052', 'Pune 411043', 'Nashik 422005']),
    'ar-AE': dict(region='AE', order='gs',
                  given=['مريم', 'سلطان', 'عائشة', 'راشد', 'شمسة', 'حمدان', 'موزة', 'خليفة', 'شيخة', 'ذياب', 'ميثاء', 'عفراء', 'سيف الدين', 'حصة', 'مطر', 'نورة بنت', 'غاية', 'ظبية'],
                  sur=['المهيري', 'الكتبي', 'النعيمي', 'الشامسي', 'الظاهري', 'المزروعي', 'الرميثي', 'السويدي', 'القمزي', 'الفلاسي',
                       'بالهول', 'الغفلي', 'الخاجة', 'بن دلموك', 'العليلي', 'اليماحي', 'الطنيجي', 'بوحليبة'],
                  area=['الطوار 2', 'المزهر 1', 'البرشاء جنوب', 'الورقاء 3', 'الخوانیج'],
                  town=['دبي', 'الشارقة', 'عجمان']),
    'ar-EG': dict(region='EG', order='gs',
                  given=['نرمين', 'شريف', 'هبة الله', 'طارق', 'دعاء', 'محمود', 'إسراء', 'كريم', 'رحاب', 'عمرو', 'سماح', 'أسامة', 'شيماء', 'عصام', 'نهلة', 'هشام', 'رشا', 'وائل', 'منة الله', 'حازم', 'ياسمينا', 'بسنت'],
                  sur=['الدمرداش', 'عبد الغفار', 'الشربيني', 'القليوبي', 'البنداري', 'الفيومي', 'أبو النجا', 'الطوخي', 'المنوفي', 'السمالوطي', 'الأتربي', 'الجرجاوي', 'الدسوقي', 'أبو سريع', 'الخولي', 'النمر', 'الحفناوي'],
                  area=['حدائق القبة', 'المنيل', 'عين شمس الشرقية', 'المعادي الجديدة', 'شبرا الخيمة'],
                  town=['القاهرة', 'الجيزة', 'القليوبية']),
    'en-NG': dict(region='NG', order='gs',
                  given=['Chidiebere', 'Oluwaseyi', 'Nneoma', 'Babatunde', 'Ifeoluwa', 'Chinonso', 'Adaeze', 'Temitope',
                         'Obiageli', 'Kelechi'],
                  sur=['Okonkwo-Eze', 'Adeyemi', 'Nwachukwu', 'Ogunleye', 'Eze-Ugwu', 'Afolabi', 'Onyekachi', 'Adebanjo', 'Okafor-Nnaji', 'Oyelaran', 'Chukwuemeka', 'Ibekwe', 'Oladipupo', 'Anyanwu'],
                  area=['Ogudu GRA', 'Gbagada Phase 2', 'Ikotun', 'Trans-Ekulu', 'Rumuokoro', 'Agbani Road'],
                  town=['Lagos', 'Enugu', 'Port Harcourt']),
    'sw-KE': dict(region='KE', order='gs',
                  given=['Wanjiku', 'Otieno', 'Njeri', 'Kiprono', 'Achieng', 'Mwangi', 'Chebet', 'Odhiambo', 'Wambui',
                         'Kipchumba', 'Nyokabi', 'Kerubo', 'Wafula', 'Nafula', 'Kimani', 'Jeptoo', 'Muthoni', 'Barasa', 'Moraa', 'Kiptoo', 'Atieno', 'Ngugi', 'Wangechi', 'Nduta', 'Wairimu', 'Kagwiria', 'Mukami', 'Kinyua', 'Gatwiri', 'Munene', 'Nyaguthii', 'Kiogora', 'Mugambi', 'Kawira', 'Nkatha', 'Jeruto', 'Kiplimo', 'Chelangat', 'Wangui', 'Njambi'],
                  sur=['Kamau', 'Ochieng', 'Mutua', 'Kiplagat', 'Wekesa', 'Nyambura', 'Omondi', 'Cheruiyot', 'Njoroge', 'Wanyonyi', 'Kiprotich', 'Onyango', 'Mwende', 'Kibet', 'Ndungu', 'Maina', 'Cherono'],
                  area=['Kahawa Wendani', 'Githurai 45', 'Kasarani Mwiki', 'Rongai Kware', 'Kitengela Acacia'],
                  town=['Nairobi', 'Kiambu', 'Kajiado']),
    'en-GH': dict(region='GH', order='gs',
                  given=['Akosua', 'Kwabena', 'Efua', 'Yaw', 'Adwoa', 'Kofi', 'Ama', 'Kwesi', 'Abena', 'Kojo', 'Esi', 'Kwaku', 'Akua', 'Fiifi', 'Afua', 'Ekow', 'Adjoa', 'Kobina'],
                  sur=['Asante-Boateng', 'Owusu', 'Mensah', 'Ofori-Atta', 'Boakye', 'Appiah', 'Darko', 'Agyemang', 'Quaye', 'Acquah', 'Tetteh', 'Amponsah', 'Bediako', 'Nkansah', 'Ansah-Kyei'],
                  area=['Dansoman', 'Kasoa New Market', 'Adenta Housing', 'Madina Zongo', 'Kwabenya'],
                  town=['Accra', 'Kumasi', 'Tema']),
    'es-NI': dict(region='NI', order='gs',
                  given=['Xiomara', 'Yader', 'Marbely', 'Exequiel', 'Jahoska', 'Norlan', 'Yelba', 'Franklin'],
                  sur=['Obando Siles', 'Zeledón Ruiz', 'Largaespada', 'Membreño', 'Téllez Urbina', 'Baltodano'],
                  area=['barrio Altagracia', 'colonia Centroamérica', 'reparto Schick', 'barrio Monseñor Lezcano'],
                  town=['Managua', 'León', 'Masaya']),
    'es-CR': dict(region='CR', order='gs',
                  given=['Yorleny', 'Randall', 'Maricruz', 'Minor', 'Xinia', 'Greivin', 'Ileana', 'Olman'],
                  sur=['Solano Vargas', 'Chaves Ureña', 'Barquero Mora', 'Quesada Alfaro', 'Brenes Calvo', 'Sibaja Rojas', 'Arguedas Fallas', 'Villalobos Zúñiga', 'Murillo Cordero', 'Segura Picado'],
                  area=['San Pedro de Montes de Oca', 'Guadalupe de Goicoechea', 'San Francisco de Dos Ríos',
                        'Barrio Escalante', 'Barrio Los Yoses', 'Zapote', 'San Rafael de Escazú'],
                  town=['San José', 'Heredia', 'Cartago']),
    'en-US': dict(region='US', order='gs',
                  given=['Darlene', 'Virgil', 'Loretta', 'Waylon', 'Bernadette', 'Clyde', 'Rosalind', 'Merle',
                         'Twyla', 'Dewey', 'Opal', 'Lonnie'],
                  sur=['Huckabay', 'Prewitt', 'Stallcup', 'Bohannon', 'Tidwell', 'Crisp', 'Gatlin', 'Whitlock',
                       'Pruett', 'Satterfield'],
                  area=['Pecan Hollow Rd', 'Cedar Bluff Ln', 'Old Mill Pike', 'Sassafras Ct', 'Persimmon Way', 'Possum Trot Rd', 'Dogwood Hollow Ln', 'Tater Knob Rd', 'Buckeye Ridge Ct', 'Hackberry Ln'],
                  town=['Mountain View, AR 72560', 'Hazard, KY 41701', 'Eufaula, OK 74432', 'Marfa, TX 79843',
                        'Ely, NV 89301', 'Floyd, VA 24091']),
    'en-CA': dict(region='CA', order='gs',
                  given=['Gordie', 'Shauna', 'Dwayne', 'Marlene', 'Brenton', 'Colleen', 'Kirby', 'Lorna'],
                  sur=['MacIsaac', 'Fehr', 'Hildebrand', 'Penner', 'Kowalchuk', 'Tremblett', 'Doucette', 'Wiebe'],
                  area=['Sunset Ridge Rd', 'Township Rd 512', 'Concession 6'],
                  town=['Vegreville AB  T9C 1R2', 'Steinbach MB  R5G 1N4', 'Antigonish NS  B2G 2L4',
                        'Melfort SK  S0E 1A0']),
    'fr-CA': dict(region='CA', order='gs',
                  given=['Ginette', 'Réjean', 'Solange', 'Gaétan', 'Francine', 'Ghislain', 'Huguette', 'Normand'],
                  sur=['Bouchard-Lévesque', 'Thibodeau', 'Gagnon-Pelletier', 'Ouellette', 'Bérubé', 'Lapointe'],
                  area=['rang Saint-Édouard', 'chemin du Lac-Noir', 'rang de la Rivière-Nord'],
                  town=['Saint-Pacôme QC  G0L 3X0', 'Rimouski QC  G5L 2Y7', 'Amos QC  J9T 3A1']),
    'es-ES': dict(region='ES', order='gs',
                  given=['Remedios', 'Casimiro', 'Inmaculada', 'Eleuterio', 'Maite', 'Fulgencio', 'Begoña', 'Anselmo', 'Rosendo', 'Visitación', 'Gumersindo', 'Amparo', 'Baldomero', 'Purificación'],
                  sur=['Villalobos Arnáiz', 'Cebrián Olmedo', 'Zubiría Larrañaga', 'Carrasco Pardiñas', 'Espinar Quirós', 'Arrizabalaga Ezkurra', 'Barrachina Solsona', 'Picazo Mondéjar', 'Landáburu Goñi'],
                  area=['Calle del Almendro', 'Calle de la Cava Baja', 'Avda. de los Toreros', 'C/ Sierra de Cazorla',
                        'Calle Ribera de Curtidores', 'Calle del Olivar', 'Calle de Embajadores', 'Calle Amor de Dios', 'Calle de la Palma', 'Calle del Espíritu Santo'],
                  town=['28005 Madrid', '41003 Sevilla', '46021 Valencia', '50009 Zaragoza']),
    'it-IT': dict(region='IT', order='gs',
                  given=['Ottavio', 'Graziella', 'Fiorenzo', 'Annunziata', 'Ermanno', 'Lucrezia', 'Tiberio', 'Nives', 'Gualtiero', 'Assunta', 'Eufemia', 'Calogero', 'Rosalba', 'Oreste'],
                  sur=['Pagliarulo', 'Scognamiglio', 'Bertolazzi', 'Mazzucchelli', 'Quaranta', 'Tommasetti'],
                  area=['Via dei Glicini', 'Via Pietralata', 'Viale delle Milizie', 'Via Casilina Vecchia',
                        'Via Monte Cervialto', 'Via dei Sabelli', 'Via degli Ausoni', 'Via dei Volsci', 'Via del Pigneto', 'Via Prenestina'],
                  town=['00159 Roma', '80126 Napoli', '20156 Milano']),
    'fr-FR': dict(region='FR', order='gs',
                  given=['Ghislaine', 'Thibault', 'Maryvonne', 'Gonzague', 'Solène', 'Anatole', 'Berthe', 'Ludovic', 'Gwenaëlle', 'Aurélien', 'Edwige', 'Perrine', 'Sosthène', 'Bertrand'],
                  sur=['Kerhervé', 'Delaunay-Roux', 'Pouliquen', 'Chassagne', 'Vaudrey', 'Le Goff', 'Le Bihan', 'Guéguen', 'Quéméner', "Le Floc'h", 'Tanguy-Morvan', 'Kerdraon', 'Le Moigne', 'Coatanéa', 'Quiniou', 'Le Roux-Gourvès'],
                  area=['rue des Tanneurs', 'allée des Capucines', 'rue du Faubourg-Bonnefoy', 'impasse des Lilas', 'rue de Siam', 'rue Jean-Jaurès', 'rue de Lyon', 'rue Massillon', 'rue de la Porte'],
                  town=['31500 Toulouse', '29200 Brest', '69008 Lyon']),
    'de-DE': dict(region='DE', order='gs',
                  given=['Gerlinde', 'Wolfram', 'Hiltrud', 'Eckhard', 'Waltraud', 'Detlef', 'Irmgard', 'Volkmar', 'Roswitha', 'Hartmut', 'Gudrun', 'Reinhold', 'Brunhilde', 'Ulrike', 'Hannelore', 'Gerd'],
                  sur=['Brinkhoff', 'Quandtmeyer', 'Stratmann', 'Lütkehaus', 'Oberschelp', 'Wienholt'],
                  area=['Am Mühlenbach', 'Lerchenweg', 'Kiebitzstraße', 'Zum Hasenberg', 'Ulmenallee'],
                  town=['48151 Münster', '33602 Bielefeld', '49074 Osnabrück']),
    'en-GB': dict(region='GB', order='gs',
                  given=['Gwendolyn', 'Alasdair', 'Morag', 'Rhodri', 'Philippa', 'Cormac', 'Eirlys', 'Torquil', 'Hermione-Jane', 'Angharad', 'Fenella', 'Crispin', 'Bronwen', 'Lachlan'],
                  sur=['Threlfall', 'Ogilvie', 'Pennington-Hume', 'Aldridge', 'Fairclough', 'Winstanley'],
                  area=['Cardigan Road', 'Brudenell Grove', 'Hyde Park Terrace', 'Ash Road', 'Headingley Mount', 'Brudenell Mount', 'Manor Drive', 'Chestnut Avenue', 'Regent Park Terrace', 'Ash Grove'],
                  town=['Leeds LS6 2QT', 'Leeds LS6 1BN', 'Leeds LS6 3EX', 'Leeds LS4 2HR']),
    'nl-NL': dict(region='NL', order='gs',
                  given=['Femke', 'Gijsbert', 'Wietske', 'Maarten', 'Hennie', 'Sjoerd', 'Anouk', 'Reinier', 'Jikke', 'Sietske', 'Tjitske', 'Wubbo', 'Hidde', 'Marjolein'],
                  sur=['van der Heijden', 'Brouwers', 'de Wolff', 'Hoekstra', 'van Beusekom', 'Zijlstra'],
                  area=['Egelantiersgracht', 'Tweede Boomdwarsstraat', 'Palmgracht', 'Lindengracht'],
                  town=['1015RL Amsterdam', '1015 RX Amsterdam', '1015RB Amsterdam']),
    'pt-BR': dict(region='BR', order='gs',
                  given=['Josélia', 'Ubirajara', 'Rosicléia', 'Gilmar', 'Cleonice', 'Edivaldo', 'Luzinete', 'Adailton'],
                  sur=['Cavalcanti Bezerra', 'Nogueira Falcão', 'Albuquerque Lins', 'Siqueira Brandão', 'Wanderley Maranhão', 'Bandeira de Melo', 'Accioly Tenório', 'Lyra Pessoa', 'Carneiro Leão', 'Buarque Ferraz', 'Dantas Barreto', 'Pontual Monteiro', 'Rego Barros'],
                  area=['Rua Padre Roma', 'Rua das Graças', 'Avenida Norte Miguel Arraes', 'Rua Joaquim Nabuco', 'Rua do Progresso', 'Rua da Hora', 'Rua Amélia', 'Rua do Espinheiro', 'Rua Conde de Irajá'],
                  town=['Recife - PE, 52060-060', 'Olinda - PE, 53020-140', 'Recife - PE, 50710-000']),
    'tr-TR': dict(region='TR', order='gs',
                  given=['Gülizar', 'Necmettin', 'Şükran', 'Haydar', 'Nurten', 'Cevdet', 'Hatice', 'Bülent'],
                  sur=['Karaosmanoğlu', 'Yüksekdağ', 'Tekinalp', 'Çağlayangil', 'Soysalan', 'Bozkurtoğlu'],
                  area=['Bahariye Cad.', 'Moda Cad. Ferit Tek Sok.', 'Kalamış Fener Cad.', 'Gazi Osman Paşa Sok.', 'Şair Nefi Sok.', 'Yoğurtçu Şükrü Sok.', 'Söğütlüçeşme Cad.', 'Mühürdar Cad.'],
                  town=['Kadıköy / İstanbul', 'Çankaya / Ankara', 'Karşıyaka / İzmir']),
    'pl-PL': dict(region='PL', order='gs',
                  given=['Bożena', 'Zdzisław', 'Grażyna', 'Mirosław', 'Jadwiga', 'Czesław', 'Halina', 'Wiesław', 'Bogumiła', 'Zbigniew', 'Teodozja', 'Lucjan', 'Genowefa', 'Bronisław', 'Wiesława', 'Leszek', 'Wacława', 'Hieronim', 'Eugenia', 'Bolesław', 'Stanisława'],
                  sur=['Wróblewska', 'Kaczmarczyk', 'Szczepaniak', 'Przybylski', 'Gołębiowska', 'Pietrzak', 'Brzęczyszczykiewicz', 'Chrząszcz', 'Pszczółkowska', 'Gąsiorowski', 'Źrebiec', 'Śliwińska'],
                  area=['ul. Kościuszki', 'ul. Długosza', 'os. Piastów', 'ul. Zakopiańska'],
                  town=['30-514 Kraków', '31-962 Kraków', '80-243 Gdańsk']),
    'ja-JP': dict(region='JP', order='sg',
                  given=['澄江', '勘太郎', '千鶴', '與一', '紗耶', '玄蔵', '菫', '凛太朗'],
                  sur=['五十嵐', '勅使河原', '四月一日', '御手洗', '小鳥遊', '東海林', '鬼頭', '雲母', '纐纈', '薬袋', '鴇田', '蕪木', '忽那', '鶉野', '欅田', '栂野'],
                  area=['世田谷区桜丘', '杉並区高井戸西', '練馬区石神井台', '大田区久が原', '目黒区八雲', '調布市飛田給', '狛江市猪方', '稲城市矢野口', '清瀬市竹丘', '東久留米市滝山'],
                  town=['東京都']),
    'ko-KR': dict(region='KR', order='sg',
                  given=['어윤슬', '탁은솔', '봉로운', '염시온', '금가람', '제갈다온', '선우나래', '어해솔', '편윤슬', '봉은솔', '육로운', '금시온', '제갈가람', '황보다온', '어나래', '편해솔', '염윤슬', '육은솔', '남궁로운', '제갈시온', '황보가람', '탁다온', '편나래', '염해솔'],
                  sur=[''],
                  area=['마포구 월드컵북로', '성북구 보문로', '관악구 봉천로', '노원구 동일로', '은평구 통일로', '은평구 진관3로', '강서구 방화대로', '양천구 목동서로', '동작구 상도로'],
                  town=['서울특별시']),
    'ru-RU': dict(region='RU', order='gs',
                  given=['Евдокия', 'Святослав', 'Олимпиада', 'Ярополк', 'Аглая', 'Прохор', 'Ульяна', 'Тимофей', 'Пелагея', 'Ферапонт', 'Евфросиния', 'Варфоломей', 'Агафья', 'Онуфрий', 'Серафима', 'Порфирий'],
                  sur=['Завьялова', 'Кудряшов', 'Берестова', 'Охлобыстин', 'Шелепова', 'Мухортов'],
                  area=['ул. Чистопольская', 'ул. Гвардейская', 'пр-т Победы', 'ул. Рихарда Зорге', 'ул. Даурская', 'ул. Ямашева', 'ул. Адоратского', 'ул. Сахарова', 'ул. Фучика'],
                  town=['г. Казань, 420066', 'г. Казань, 420087', 'г. Нижний Новгород, 603024']),
    'uk-UA': dict(region='UA', order='gs',
                  given=['Ярина', 'Богдан', 'Соломія', 'Остап', 'Зоряна', 'Тарас', 'Мирослава', 'Любомир', 'Устина', 'Мирон', 'Северина', 'Ярема', 'Стефанія', 'Зиновій', 'Орися', 'Данило', 'Богодар', 'Ростислава', 'Веселина', 'Звенислава', 'Лукія', 'Гордій', 'Охрім', 'Фотинія', 'Мелетій', 'Домника', 'Власта', 'Ждан'],
                  sur=['Костенко', 'Гнатюк', 'Кравчишин', 'Стефурак', 'Дмитерко', 'Ковалишин'],
                  area=['вул. Личаківська', 'вул. Стрийська', 'вул. Зелена', 'просп. Червоної Калини', 'вул. Пекарська', 'вул. Городоцька', 'вул. Коновальця', 'вул. Левандівська', 'вул. Сихівська'],
                  town=['м. Львів, 79010', 'м. Львів, 79026', 'м. Тернопіль, 46001']),
}
for _t, _d in LOC.items():
    for _k in ('given', 'sur', 'area'):
        _d[_k] = clean(_d[_k], f'{_t}.{_k}')

SHOPS = clean(['Chhabra Sweets', 'Munshi Kirana', 'Tiwari Medicals', 'Bhola Xerox', 'Mama Uchenna Provisions',
               'Pulpería Doña Chepa', 'Farmacia Sarapiquí', 'Baqala Barakah', 'Mathaa Bakery',
               'Agarwal Sweets', 'Gupta Kirana', 'Laxmi Medicals', 'Hotel Annapurna', 'Balaji Xerox',
               'Mama Ngozi Provisions', 'Bobo Chemist', 'Pulpería La Chelita', 'Farmacia Santa Lucía',
               'Ferretería El Tornillo', 'Kwik Fill Station', 'Baqala Al Noor', 'Mathaa Bakery'], 'shops')
WORDS3 = clean(['lantern', 'pebble', 'orchid', 'ladder', 'saucer', 'thistle', 'marble', 'kettle', 'violin', 'walnut',
                'cobalt', 'ribbon', 'meadowlark', 'parsnip', 'tinsel', 'quiver', 'gusty', 'amber', 'hinge', 'drizzle',
                'copper', 'sparrow', 'velvet', 'juniper'], 'words3')

WEBMAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'proton.me', 'icloud.com', 'gmx.de', 'mail.ru',
           'ukr.net', 'naver.com', 'yahoo.co.jp', 'web.de', 'libero.it', 'orange.fr', 'uol.com.br', 'wp.pl']

# --------------------------------------------------------------------------------------------- values
class Rec:
    def __init__(self, rng, lang):
        self.rng, self.lang, self.vals = rng, lang, []
        self.loc = LOC[lang]

    def issue(self, ent, value):
        self.vals.append((ent, value))
        return value

    def person(self):
        g, s = self.rng.choice(self.loc['given']), self.rng.choice(self.loc['sur'])
        if self.loc['order'] == 'sg':
            name = s + g if self.lang == 'ja-JP' else s + g
        else:
            name = f'{g} {s}'
        return self.issue('person', name)

    def phone(self, region=None):
        region = region or self.loc['region']
        rng = self.rng
        for _ in range(2000):
            if region in ('US', 'CA'):
                area = {'US': ['501', '606', '918', '432', '775', '540'], 'CA': ['780', '204', '902', '306', '418']}[region]
                n = f'{rng.choice(area)}{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9999):04d}'
                if n[3:6] == '555':
                    continue
                num = phonenumbers.parse(n, region)
            else:
                ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
                nat = str(ex.national_number)
                k = min(6, len(nat) - 2)
                nat = nat[:-k] + ''.join(str(rng.randint(0, 9)) for _ in range(k))
                num = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(nat))
                if region == 'IT':
                    num.italian_leading_zero = ex.italian_leading_zero
            if phonenumbers.is_valid_number_for_region(num, region) and \
                    phonenumbers.number_type(num) in (phonenumbers.PhoneNumberType.MOBILE,
                                                      phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                fmt = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL])
                s = phonenumbers.format_number(num, fmt)
                chk = phonenumbers.parse(s, region)
                assert phonenumbers.is_valid_number(chk), s
                return self.issue('phone', s)
        raise SystemExit(f'no valid phone for {region}')

    def email(self):
        rng = self.rng
        base = ''.join(rng.choice('bcdfghjklmnprstvwz') + rng.choice('aeiou') for _ in range(rng.randint(2, 4)))
        local = base + rng.choice(['', '.', '_']) + rng.choice(['', str(rng.randint(7, 99)), 'home', 'x'])
        return self.issue('email', f'{local.strip("._")}@{rng.choice(WEBMAIL)}')


OLC = '23456789CFGHJMPQRVWX'


def plus_code(lat, lng):
    lat, lng = lat + 90.0, lng + 180.0
    code, res = '', 20.0
    for _ in range(5):
        dlat, dlng = int(lat // res), int(lng // res)
        lat -= dlat * res
        lng -= dlng * res
        code += OLC[dlat] + OLC[dlng]
        res /= 20.0
    return code[:8] + '+' + code[8:]


# home-ish coordinates per locale region (residential districts)
HOMEAREA = {'IN': (18.50, 73.80), 'AE': (25.23, 55.37), 'EG': (30.08, 31.29), 'NG': (6.56, 3.39), 'KE': (-1.19, 36.93),
            'GH': (5.55, -0.27), 'NI': (12.12, -86.27), 'CR': (9.93, -84.05), 'US': (35.87, -92.11), 'CA': (53.49, -112.05),
            'ES': (40.40, -3.70), 'IT': (41.91, 12.53), 'FR': (43.61, 1.46), 'DE': (51.96, 7.64), 'GB': (53.82, -1.57),
            'NL': (52.38, 4.88), 'BR': (-8.04, -34.90), 'TR': (40.98, 29.03), 'PL': (50.03, 19.94), 'JP': (35.64, 139.62),
            'KR': (37.57, 126.91), 'RU': (55.78, 49.21), 'UA': (49.83, 24.03)}
PUBLIC_PLACES = [  # (name, lat, lng) of monuments, stations, museums
    ('Gateway of India, Mumbai', 18.92198, 72.83465), ('Burj Khalifa, Dubai', 25.19720, 55.27437),
    ('Giza pyramid complex', 29.97923, 31.13420), ('National Theatre, Lagos', 6.47559, 3.36822),
    ('Kenyatta International Convention Centre', -1.28864, 36.82313), ('Kwame Nkrumah Mausoleum, Accra', 5.54466, -0.20165),
    ('Teatro Nacional, San José', 9.93331, -84.07733), ('Gateway Arch, St. Louis', 38.62467, -90.18478),
    ('Museo del Prado', 40.41378, -3.69212), ('Colosseo', 41.89021, 12.49223), ('Capitole de Toulouse', 43.60444, 1.44344),
    ('Rijksmuseum', 52.35999, 4.88524), ('Leeds railway station', 53.79472, -1.54722), ('Hagia Sophia', 41.00853, 28.98016),
    ('Wawel Castle', 50.05408, 19.93541), ('Tokyo Station', 35.68123, 139.76712), ('Gyeongbokgung Palace', 37.57961, 126.97704),
    ('Kazan Kremlin', 55.79880, 49.10560), ('Lviv Opera House', 49.84411, 24.02630), ('Teatro Amazonas', -3.13027, -60.02344),
]


# --------------------------------------------------------------------------------------------- sensitive builders
def n(rng, a, b):
    return rng.randint(a, b)


def s_landmark(r):
    rng, L = r.rng, r.loc
    shop = rng.choice(SHOPS)
    area, town = rng.choice(L['area']), rng.choice(L['town'])
    lang = r.lang
    if lang == 'hi-IN':
        a = f'मकान नं. {n(rng,12,480)}, {rng.choice(["हनुमान मंदिर के सामने", "पानी की टंकी के पीछे", "सरकारी स्कूल के बगल में"])}, {rng.choice(["नीले गेट वाला घर", "दूसरी गली, बाएँ"])}, {area}, {town}'
    elif lang == 'en-IN':
        a = f'House no. {n(rng,3,220)}, {rng.choice(["opposite the blue mosque", "behind " + shop, "near the Hanuman temple", "next to " + shop])}, {rng.choice(["2nd lane on the left", "above the tailor shop", "yellow building 3rd floor"])}, {area}, {town}'
    elif lang == 'ar-AE':
        a = f'فيلا {n(rng,4,88)}، خلف {rng.choice(["مسجد الرحمة", "مدرسة الخليج", "بقالة النور"])}، الشارع {n(rng,6,44)}، {area}، {town}'
    elif lang == 'ar-EG':
        a = f'عمارة {n(rng,3,90)}، أمام {rng.choice(["الجامع الأزرق", "صيدلية الشفاء", "مخبز النصر"])}، الدور {n(rng,2,9)} شقة {n(rng,3,24)}، {area}، {town}'
    elif lang in ('es-NI', 'es-CR'):
        a = f'De {rng.choice(["la iglesia católica", "la antigua " + shop, "la pulpería La Esquina", "el palo de mango"])} {n(rng,1,4)} cuadras al lago, {n(rng,1,3)}{rng.choice([" cuadra", "00 varas"])} arriba, casa {rng.choice(["esquinera portón verde", "de verjas blancas", "color celeste"])}, {area}, {town}'
    else:
        a = f'{rng.choice(["Plot", "House", "Block"])} {n(rng,2,60)}, {rng.choice(["behind " + shop, "opposite the borehole", "after the mosque, 3rd gate", "near the big baobab tree"])}, {rng.choice(["off the tarmac road", "white house with black gate", "last house before the stream"])}, {area}, {town}'
    return r.issue('STREET_ADDRESS', a)


def s_rural_route(r):
    rng, L = r.rng, r.loc
    if r.lang == 'en-US':
        a = rng.choice([f'RR {n(rng,1,9)} Box {n(rng,10,399)}', f'HC {n(rng,30,89)} Box {n(rng,100,9999)}',
                        f'Rural Route {n(rng,1,6)}, Box {n(rng,10,250)}']) + f', {rng.choice(L["town"])}'
    elif r.lang == 'en-CA':
        a = f'RR {n(rng,1,8)}, Site {n(rng,1,40)}, Comp {n(rng,1,60)}, {rng.choice(L["town"])}'
    else:
        a = f'RR {n(rng,1,5)}, {n(rng,100,990)} {rng.choice(L["area"])}, {rng.choice(L["town"])}'
    return r.issue('STREET_ADDRESS', a)


def s_po_box(r):
    rng, L = r.rng, r.loc
    if r.lang == 'en-US':
        a = f'{n(rng,1000,9999)} {rng.choice(L["area"])} PMB {n(rng,100,899)}, {rng.choice(L["town"])}' if rng.random() < .5 \
            else f'PO Box {n(rng,12,2999)}, {rng.choice(L["town"])}'
    elif r.lang == 'sw-KE':
        a = f'S.L.P. {n(rng,100,9999)}-{rng.choice(["00200", "00100", "00618", "01000"])}, {rng.choice(L["town"])}' if rng.random() < .5 \
            else f'P.O. Box {n(rng,100,9999)}-{rng.choice(["00200", "00100", "00618"])}, {rng.choice(L["town"])}'
    elif r.lang == 'ar-AE':
        a = f'ص.ب {n(rng,10000,99999)}، {rng.choice(L["town"])}'
    else:
        a = f'P.O. Box {rng.choice(["AN", "KN", "DS", ""])}{n(rng,100,9999)}, {rng.choice(L["area"])}, {rng.choice(L["town"])}'
    return r.issue('STREET_ADDRESS', a)


def s_care_of(r):
    rng, L = r.rng, r.loc
    host = f'{rng.choice(L["given"])} {rng.choice(L["sur"])}'
    r.issue('person', host)
    street = f'{rng.choice(L["area"])} {n(rng,2,88)}' if r.lang in ('de-DE', 'nl-NL') else \
        f'{n(rng,2,120)}, {rng.choice(L["area"])}' if r.lang == 'fr-FR' else f'{n(rng,2,140)} {rng.choice(L["area"])}'
    pre = {'de-DE': 'bei', 'fr-FR': 'chez', 'nl-NL': 'p/a', 'en-GB': 'c/o', 'en-US': 'c/o'}[r.lang]
    r.issue('STREET_ADDRESS', street)
    return f'{pre} {host}\n{street}\n{rng.choice(L["town"])}'


def s_unit(r):
    rng, L = r.rng, r.loc
    ar, tw = rng.choice(L['area']), rng.choice(L['town'])
    a = {'es-ES': lambda: f'{ar}, {n(rng,1,90)}, {n(rng,1,7)}.º {rng.choice("ABCDI")}, {tw}' if rng.random() < .5 else f'{ar} {n(rng,1,90)}, {n(rng,1,7)}º{rng.choice(["B", "izda.", "dcha.", "C"])}, {tw}',
         'it-IT': lambda: f'{ar} {n(rng,2,210)}, scala {rng.choice("ABCD")}, int. {n(rng,1,30)}, {tw}',
         'fr-FR': lambda: f'Bât. {rng.choice("ABC")}, esc. {n(rng,1,4)}, {n(rng,1,8)}e étage, porte {rng.choice(["gauche", "droite", str(n(rng,10,60))])}, {n(rng,2,80)} {ar}, {tw}',
         'en-US': lambda: f'{n(rng,10,4999)} {ar}, Apt {n(rng,1,9)}{rng.choice("ABCDFRL")}, {tw}',
         'en-IN': lambda: f'Flat {n(rng,1,24)}/{n(rng,1,8)}, {rng.choice(["Sai Krupa Apts", "Shree Ganesh CHS", "Building C-4"])}, {ar}, {tw}',
         'pt-BR': lambda: f'{ar}, {n(rng,20,1900)}, apto {n(rng,1,20)}0{n(rng,1,4)}, bloco {rng.choice("ABC")}, {tw}',
         'tr-TR': lambda: f'{ar} No: {n(rng,2,120)} Kat: {n(rng,1,9)} Daire: {n(rng,1,30)}, {tw}',
         'pl-PL': lambda: f'{ar} {n(rng,2,140)}{rng.choice(["", "a", "b"])} m. {n(rng,1,60)}, {tw}',
         }[r.lang]()
    return r.issue('STREET_ADDRESS', a)


def s_block(r):
    rng, L = r.rng, r.loc
    if r.lang == 'ja-JP':
        a = f'〒{n(rng,150,179)}-{n(rng,1,99):04d} {L["town"][0]}{rng.choice(L["area"])}{n(rng,1,6)}丁目{n(rng,1,30)}番{n(rng,1,20)}号' + \
            rng.choice(['', f' {rng.choice(["コーポ", "ハイツ", "メゾン"])}{rng.choice(["若葉", "桜丘", "清風"])}{n(rng,1,5)}0{n(rng,1,9)}号室']) if rng.random() < .6 \
            else f'{L["town"][0]}{rng.choice(L["area"])}{n(rng,1,6)}-{n(rng,1,30)}-{n(rng,1,20)}'
    else:
        a = f'{L["town"][0]} {rng.choice(L["area"])}{n(rng,2,30)}길 {n(rng,3,99)}' + \
            rng.choice(['', f', {n(rng,101,112)}동 {n(rng,1,25)}0{n(rng,1,4)}호', f' ({rng.choice(["망원동", "성산동", "봉천동"])})'])
    return r.issue('STREET_ADDRESS', a)


def s_cyr(r):
    rng, L = r.rng, r.loc
    if r.lang == 'ru-RU':
        a = f'{rng.choice(L["town"])}, {rng.choice(L["area"])}, д. {n(rng,1,120)}' + rng.choice(['', f', корп. {n(rng,1,4)}', f', стр. {n(rng,1,3)}']) + f', кв. {n(rng,1,240)}'
    else:
        a = f'{rng.choice(L["town"])}, {rng.choice(L["area"])}, буд. {n(rng,1,140)}{rng.choice(["", "а", "б"])}, кв. {n(rng,1,90)}'
    return r.issue('STREET_ADDRESS', a)


def home_coords(r):
    lat0, lng0 = HOMEAREA[r.loc['region']]
    return lat0 + r.rng.uniform(-0.04, 0.04), lng0 + r.rng.uniform(-0.04, 0.04)


def s_geo(r):
    rng = r.rng
    lat, lng = home_coords(r)
    form = rng.randrange(4)
    if form == 0:
        v = f'{lat:.5f}, {lng:.5f}'
        return r.issue('STREET_ADDRESS', v), 'gps'
    if form == 1:
        v = plus_code(lat, lng)
        return r.issue('STREET_ADDRESS', v), 'plus_code'
    if form == 2:
        v = '///' + '.'.join(rng.sample(WORDS3, 3))
        return r.issue('STREET_ADDRESS', v), 'word_triple'
    v = f'{lat:.6f},{lng:.6f}'
    link = rng.choice([f'https://maps.google.com/?q={v}', f'https://www.google.com/maps/place/{urllib.parse.quote(v)}',
                       f'https://www.openstreetmap.org/?mlat={lat:.6f}&mlon={lng:.6f}#map=19/{lat:.5f}/{lng:.5f}'])
    return r.issue('STREET_ADDRESS', link), 'map_link'


def plain_addr(r):
    """A private home street address in the locale's usual form."""
    L = r.loc
    if r.lang in ('ja-JP', 'ko-KR'):
        return s_block(r)
    if r.lang in ('ru-RU', 'uk-UA'):
        return s_cyr(r)
    if r.lang in ('es-ES', 'it-IT', 'fr-FR', 'en-US', 'en-IN', 'pt-BR', 'tr-TR', 'pl-PL'):
        return s_unit(r)
    if r.lang in ('hi-IN', 'ar-AE', 'ar-EG', 'en-NG', 'sw-KE', 'en-GH', 'es-NI', 'es-CR'):
        return s_landmark(r)
    if r.lang in ('de-DE', 'nl-NL'):
        return r.issue('STREET_ADDRESS', f'{r.rng.choice(L["area"])} {n(r.rng,2,88)}, {r.rng.choice(L["town"])}')
    return r.issue('STREET_ADDRESS', f'{n(r.rng,2,140)} {r.rng.choice(L["area"])}, {r.rng.choice(L["town"])}')


def s_postcode_house(r):
    rng = r.rng
    if r.lang == 'nl-NL':
        pc = f'{n(rng,1011,1098)}{rng.choice(["", " "])}{rng.choice("ABCEGHJKLMNPRSTVWXZ")}{rng.choice("ABCEGHJKLMNPRSTVWXZ")}'
        a = f'{pc} {n(rng,1,240)}' + rng.choice(['', '-2', ' huis', 'A', '-III'])
    else:
        pc = f'{rng.choice(["LS6", "LS4", "LS7", "M14", "B29", "NG7"])} {n(rng,1,9)}{rng.choice("ABDEFGHJLNPQRSTUWXY")}{rng.choice("ABDEFGHJLNPQRSTUWXY")}'
        a = rng.choice([f'{pc} {n(rng,1,180)}', f'{n(rng,1,180)}, {pc}', f'no. {n(rng,1,180)}, {pc}', f'flat {n(rng,1,6)}, {n(rng,1,120)} {pc}'])
    return r.issue('STREET_ADDRESS', a)


DIRECTIONS = {
    'en': ['From the {stop} bus stop walk towards the school, take the second left after the borehole, and it is the third house on the right with a mango tree and a green gate.',
           'Coming off the highway at the {stop} exit, go past the church, turn right at the red container shop, then follow the dirt road to the end. Ours is the house with blue louvres.',
           'Take the 14 bus to {stop}, cross at the pharmacy, go up the hill and it is the white bungalow behind the water tank, number {num}.'],
    'es': ['Desde la parada de {stop}, camine dos cuadras hacia el norte, pase la pulpería y es la tercera casa a mano derecha, portón negro, número {num}.'],
    'fr': ['En sortant du métro {stop}, prenez la deuxième à gauche, passez la boulangerie : c\'est le portail vert au {num}, 3e étage, porte gauche.'],
    'de': ['Vom Bahnhof {stop} aus geradeaus bis zum Kreisel, dann rechts in den Feldweg, das letzte Haus vor dem Wald, Hausnummer {num}.'],
}


def s_directions(r):
    rng = r.rng
    lang = r.lang[:2]
    pool = DIRECTIONS.get(lang, DIRECTIONS['en'])
    stop = rng.choice(r.loc['area'])
    text = rng.choice(pool).format(stop=stop, num=n(rng, 2, 90)) + f' ({stop}, {rng.choice(r.loc["town"])})'
    return r.issue('STREET_ADDRESS', text)


DELIVERY = ['leave at the green gate, the dog is friendly', 'please leave it behind the blue water drum, not with the neighbours',
            'ring twice, intercom is broken, I\'m on the 4th floor', 'put it in the meter box if nobody answers',
            'leave with the guard at the gate and call me', 'do not leave in the lobby, bring it up to the door',
            'side entrance through the garden, the front door is never used']


def s_delivery(r):
    addr = plain_addr(r)
    return addr, r.rng.choice(DELIVERY)


# --------------------------------------------------------------------------------------------- kinds
KINDS = {
    'landmark': ['hi-IN', 'en-IN', 'ar-AE', 'ar-EG', 'en-NG', 'sw-KE', 'en-GH', 'es-NI', 'es-CR'],
    'rural_route': ['en-US', 'en-CA', 'fr-CA'],
    'po_box': ['en-US', 'sw-KE', 'ar-AE', 'en-GH', 'en-NG'],
    'care_of': ['de-DE', 'fr-FR', 'nl-NL', 'en-GB', 'en-US'],
    'unit_notation': ['es-ES', 'it-IT', 'fr-FR', 'en-US', 'en-IN', 'pt-BR', 'tr-TR', 'pl-PL'],
    'block_numbering': ['ja-JP', 'ko-KR'],
    'cyrillic': ['ru-RU', 'uk-UA'],
    'geocode': ['en-IN', 'en-NG', 'sw-KE', 'es-CR', 'en-US', 'de-DE', 'nl-NL', 'pt-BR', 'ja-JP', 'tr-TR', 'ar-AE', 'pl-PL'],
    'delivery_note': ['en-IN', 'es-ES', 'en-US', 'pt-BR', 'tr-TR', 'ja-JP', 'ko-KR', 'ru-RU', 'ar-EG', 'en-GH', 'it-IT'],
    'postcode_house': ['nl-NL', 'en-GB'],
    'directions': ['en-NG', 'en-GH', 'sw-KE', 'es-NI', 'es-CR', 'fr-FR', 'de-DE', 'en-IN'],
}
BUILD = {'landmark': s_landmark, 'rural_route': s_rural_route, 'po_box': s_po_box, 'unit_notation': s_unit,
         'block_numbering': s_block, 'cyrillic': s_cyr, 'postcode_house': s_postcode_house, 'directions': s_directions}

SENS_FRAMES = [
    ('courier', 'Rewrite this delivery address so a courier can read it, one line per element:\n\n{doc}'),
    ('form_fill', 'Fill the shipping form JSON (name, address_line1, address_line2, city, postcode) from this:\n\n{doc}'),
    ('translate', 'Translate this address note into English, keep the numbers exactly:\n\n{doc}'),
    ('validate', 'Is this address complete enough for a parcel? Tell me what is missing.\n\n{doc}'),
    ('crm', 'Update the customer record with the new home details below and confirm the change.\n\n{doc}'),
    ('letter', 'Draft a short letter to this tenant about the boiler service visit next week.\n\n{doc}'),
    ('geocode_req', 'Geocode this home address and give me lat/lng if you can.\n\n{doc}'),
    ('moving', 'I just moved, please write a change-of-address message for my bank with my new details:\n\n{doc}'),
    ('visit', 'My grandmother lives here and I land at the airport on Friday evening. Plan the trip from the airport to her place, cheapest option:\n\n{doc}'),
    ('carer_rota', 'Make a weekly visiting rota for the carers (Mon-Sun, two visits a day) for this client. Client details:\n\n{doc}'),
    ('neighbour', 'Help me write a polite note to the neighbour about the noise at night. For the header, this is my address:\n\n{doc}'),
    ('gift', 'Order a birthday cake delivered to my sister, pick a bakery nearby and write the card. Delivery to:\n\n{doc}'),
]
LOCAL_ASK = {'hi-IN': 'इस पते को कूरियर के लिए साफ़ लिख दो:', 'ar-AE': 'أعد كتابة هذا العنوان لشركة التوصيل:',
             'ar-EG': 'ظبطلي العنوان ده عشان المندوب:', 'sw-KE': 'Niandikie anwani hii vizuri kwa ajili ya mjumbe:',
             'es-NI': 'Ordename esta dirección para el delivery:', 'es-CR': 'Ayúdeme a ordenar esta dirección para el courier:',
             'es-ES': 'Pásame esta dirección a formato de etiqueta:', 'it-IT': 'Sistemami questo indirizzo per la spedizione:',
             'fr-FR': 'Mets cette adresse au format étiquette :', 'fr-CA': 'Peux-tu remettre cette adresse au format Postes Canada?',
             'de-DE': 'Bitte formatiere die Anschrift für das Paketetikett:', 'nl-NL': 'Zet dit adres netjes voor het verzendlabel:',
             'pt-BR': 'Arruma esse endereço pro formato dos Correios:', 'tr-TR': 'Bu adresi kargo etiketi için düzenle:',
             'pl-PL': 'Popraw ten adres do etykiety kurierskiej:', 'ja-JP': 'この住所を宛名ラベル用に整えてください：',
             'ko-KR': '이 주소를 택배 송장 형식으로 정리해 주세요:', 'ru-RU': 'Оформи этот адрес для курьерской накладной:',
             'uk-UA': 'Оформи цю адресу для накладної Нової пошти:'}


def sensitive_doc(kind, r):
    rng = r.rng
    name = r.person() if (kind != 'care_of' and rng.random() < 0.8) else None
    extra = []
    if kind == 'care_of':
        name = r.person()
        addr = s_care_of(r)
        doc = f'{name}\n{addr}'
    elif kind == 'geocode':
        v, form = s_geo(r)
        who = name or 'me'
        doc = {'gps': f'Home pin for {who}: {v} (the gate is on the east side)',
               'plus_code': f'{who} lives out past the last paved road; no street name, the house plus code is {v}',
               'word_triple': f'Address for {who}: no street numbers here, use {v} for the front door',
               'map_link': f'this is where {who} lives, send the carer here: {v}'}[form]
    elif kind == 'delivery_note':
        addr, note = s_delivery(r)
        doc = f'{name or "Recipient"}\n{addr}\nDelivery instructions: {note}'
    else:
        addr = BUILD[kind](r)
        doc = (f'{name}\n' if name else ('My mailing address: ' if kind == 'po_box' else 'My home address: ')) + addr
    if rng.random() < 0.35:
        extra.append(f'Tel: {r.phone()}')
    if rng.random() < 0.15:
        extra.append(f'Email: {r.email()}')
    if extra:
        doc += '\n' + '\n'.join(extra)
    return doc


# --------------------------------------------------------------------------------------------- benign docs
def benign_doc(kind, lang, rng):
    L = LOC[lang]
    tw = rng.choice(L['town'])
    shop = rng.choice(SHOPS)
    if kind == 'landmark':
        opts = [f'Our shop {shop} is opposite the blue mosque, behind the bus depot, {rng.choice(L["area"])}, {tw}. Open 9-9, all days.',
                f'Clinic location: {rng.choice(["City Eye Hospital", "St. Anne Maternity Home", "Jeevan Diagnostics"])}, next to the petrol pump, opposite the district court, {tw}.',
                'Template for the delivery app: "House no. ____, near ______ (landmark), ______ (area), PIN ______"',
                f'Embassy visa section: behind the main post office, opposite the stadium gate {n(rng,1,9)}, {tw}. Appointments only.',
                f'Branch {n(rng,2,60)} of {rng.choice(["the cooperative bank", "the mobile-money agent network", "the water utility"])}: first floor above {shop}, near the {rng.choice(["clock tower", "old cinema", "taxi rank"])}, {rng.choice(L["area"])}, {tw}.',
                f'Polling station {n(rng,3,90)}: government primary school, behind the police post, {rng.choice(L["area"])} ward.']
        if lang == 'hi-IN':
            opts.append(f'दुकान का पता: {shop}, हनुमान मंदिर के सामने, {rng.choice(L["area"])}, {tw}. समय: सुबह 9 से रात 9.')
        elif lang.startswith('ar'):
            opts.append(f'عنوان الصيدلية: خلف مسجد الرحمة، بجوار محطة البنزين، {rng.choice(L["area"])}، {tw}. مفتوح 24 ساعة.')
        elif lang.startswith('es'):
            opts.append(f'{shop}: de la rotonda {n(rng,1,4)} cuadras al sur, frente al parque central, {rng.choice(L["area"])}, {tw}. Abierto de lunes a sábado.')
        if lang in ('hi-IN', 'es-NI', 'es-CR') or lang.startswith('ar'):
            opts = opts[-1:] * 2 + opts
    elif kind == 'rural_route':
        opts = ['USPS Publication 28 example: RURAL ROUTE 2 BOX 152 should be written RR 2 BOX 152 and HIGHWAY CONTRACT ROUTE 68 BOX 23A as HC 68 BOX 23A.',
                f'County Extension Office, RR 1 Box 3 (courthouse annex), {rng.choice(LOC["en-US"]["town"])}. Soil testing Tuesdays.',
                'Form field help: enter rural addresses as "RR ___ Box ___" or "HC ___ Box ___", not as a PO Box.',
                f'Canada Post guide: rural addresses use the form "RR 6 STN MAIN" / "SITE 5 COMP 14 RR 1"; replace with your own.',
                f'Volunteer fire department, HC {n(rng,30,89)} Box 1 (station house), open house on Saturday {n(rng,1,28)}.',
                f'Rural carrier route RR {n(rng,1,9)} now has {n(rng,180,640)} boxes; the post office asks customers to trim hedges near mailboxes.']
    elif kind == 'po_box':
        opts = [f'Send warranty returns to: {shop} Ltd., P.O. Box {n(rng,100,9999)}, {tw}. Do not send cash.',
                f'Parcel locker pickup point "{tw.split(",")[0]} Central Station locker bank B", code sent by SMS to the buyer.',
                'Kenya Post explains: P.O. Box 30000-00100 means box 30000 at the GPO, postal code 00100.',
                'Registered office: P.O. Box ______, City ______ (fill in before printing).',
                f'{rng.choice(["County Revenue Authority", "Water Resources Board", "Teachers Service Commission"])}, P.O. Box {n(rng,100,9999)}, {tw} — general enquiries only.',
                f'Customer returns centre: PMB {n(rng,100,999)}, {n(rng,100,9999)} Industrial Pkwy (warehouse intake, dock {n(rng,1,12)}).']
    elif kind == 'care_of':
        opts = ['Letters to Sherlock Holmes are still addressed c/o 221B Baker Street, London; the museum answers some of them.',
                'Harbourline Holdings Ltd, c/o Registered Agent Services, Suite 400, 1 Commerce Plaza (company statutory address).',
                'Template: [Name]\nc/o [Host name]\n[Street] [No.]\n[Postcode] [Town]',
                'German style guide: "bei" or "c/o" precedes the name of the main tenant, e.g. Max Mustermann, c/o Erika Musterfrau.',
                f'{rng.choice(["Festival press office", "Conference secretariat", "Chess olympiad organisers"])} c/o {rng.choice(["Town Hall", "City Museum", "University Guest House"])}, room {n(rng,1,40)}.',
                f'Mail for the {rng.choice(["rowing club", "allotment association", "choir"])} goes c/o the parish office, opening hours Tue/Thu.']
    elif kind == 'unit_notation':
        opts = ['In Spanish addresses "3.º B" means third floor, door B; "izda." and "dcha." mean left and right door.',
                f'Our office moved: {shop} S.L., Planta 4.ª, oficina 12, Paseo de la Castellana 95, 28046 Madrid.',
                'Italian notation: "scala B, int. 7" is staircase B, internal flat 7. Example: Via Roma 1, scala A, int. 3.',
                'Template: Flat ___/___, ______ Apartments, ______ Road, ______ PIN ______',
                'Dental practice, 1480 Broadway, Suite 4R, New York, NY 10036 (front desk open 8-5).',
                f'Notaría {n(rng,2,40)}: Calle Mayor {n(rng,1,90)}, 2.º izda., {rng.choice(["28013 Madrid", "46001 Valencia"])} — cita previa.',
                f'Studio legale, Via Nazionale {n(rng,10,200)}, scala A, int. {n(rng,1,20)}, 00184 Roma — orari di ricevimento 9-13.',
                f'Escritório de contabilidade: Avenida Boa Viagem {n(rng,100,5000)}, sala {n(rng,1,20)}0{n(rng,1,9)}, Recife - PE.']
    elif kind == 'block_numbering':
        opts = ['東京都千代田区丸の内1丁目 (東京駅) の住所表記：丁目・番・号の順に書きます。例：1-9-1。',
                '東京都庁：東京都新宿区西新宿2丁目8番1号（代表の問い合わせ窓口）',
                '서울특별시청: 서울특별시 중구 세종대로 110 (도로명주소 예시)',
                'Korean road-name addresses read 시/도 + 구 + 로/길 + building number, e.g. 세종대로 110 for Seoul City Hall.',
                '住所入力テンプレート：〒___-____ ____都道府県 ____市区町村 __丁目__番__号 ____号室',
                f'区役所の窓口は{n(rng,1,5)}階です。所在地は案内板の番地表示（{n(rng,1,6)}-{n(rng,1,30)}-{n(rng,1,20)}）をご確認ください。',
                f'주민센터 안내: 도로명주소 예시 "세종대로 {n(rng,1,200)}"처럼 도로명과 건물번호로 표기합니다. 민원실 {n(rng,1,3)}층.']
    elif kind == 'cyrillic':
        opts = ['Государственный Эрмитаж: Дворцовая пл., д. 2, Санкт-Петербург, 190000 — режим работы на сайте музея.',
                'Шаблон: г. ________, ул. ________, д. ___, корп. ___, кв. ___',
                'Львівська національна опера: просп. Свободи, 28, м. Львів, 79000 — каса працює з 10:00.',
                'Почтовое отделение 420111: г. Казань, ул. Кремлёвская — выдача посылок до 20:00.',
                f'Поликлиника № {n(rng,2,40)}: регистратура, корп. {n(rng,1,4)}, каб. {n(rng,100,320)}, приём с 8:00.',
                f'Відділення Нової пошти № {n(rng,2,200)}: вул. ____, буд. __ — адресу уточнюйте в застосунку.']
    elif kind == 'geocode':
        name, lat, lng = rng.choice(PUBLIC_PLACES)
        opts = [f'Meet at {name}: {lat:.5f}, {lng:.5f}. The tour starts at 10.',
                f'Plus code of {name}: {plus_code(lat, lng)} — use it in the taxi app.',
                f'Event location: {name} https://maps.google.com/?q={lat:.6f},{lng:.6f}',
                'A three-word address looks like ///index.home.raft in the documentation; it is a made-up example.',
                f'Centroid of the city for the map widget: {HOMEAREA[L["region"]][0]:.2f}, {HOMEAREA[L["region"]][1]:.2f} (zoom 11).',
                f'Geofence for the {name} car park: radius {n(rng,50,400)} m around {lat:.4f}, {lng:.4f}.']
    elif kind == 'delivery_note':
        opts = [f'Supplier delivery instructions for {shop}: use loading bay 3 at the rear, leave pallets by the green gate, ask for the duty manager.',
                'Deliveries to the hospital pharmacy: basement level -1, ring the bell at door P2, not the main entrance.',
                'Parcel locker 24/7 in the station hall: leave at locker bank C; the code is e-mailed to the buyer.',
                'Checkout form placeholder: "Delivery instructions (e.g. leave at the back door)" — max 140 characters.',
                f'Restaurant {shop}: deliveries before 10:00 via the side alley, ring bell {n(rng,1,4)}, never through the dining room.',
                f'Office building reception, floor {n(rng,1,20)}: couriers leave parcels at the front desk and sign the log.']
    elif kind == 'postcode_house':
        opts = ['Rijksmuseum, Museumstraat 1, 1071 XX Amsterdam — ingang via de passage.',
                'PostNL example in the API docs: postcode 1234AB, huisnummer 1, toevoeging A.',
                'Leeds Central Library, Calverley Street, LS1 3AB — open Mon-Sat.',
                'UK government sample: SW1A 2AA 10 (10 Downing Street, Prime Minister\'s Office).',
                'Form validation rule: Dutch postcode regex ^[1-9][0-9]{3} ?[A-Z]{2}$ followed by the house number.',
                f'Bibliotheek vestiging {n(rng,2,30)}: Oosterdokskade 143, 1011 DL Amsterdam — ingang aan de kade.',
                f'Anne Frank Huis, Westermarkt 20, 1016 DK Amsterdam — tickets alleen online, tijdslot {n(rng,9,17)}:00.']
    else:  # directions
        opts = [f'Directions to {rng.choice(["Korle Bu Teaching Hospital", "the district hospital", "Hotel Lakeview"])}: from the main roundabout take the second exit, pass the fuel station, the entrance is opposite the market.',
                'From the station, walk north along the river to the bridge; the campsite reception is the red hut on the left.',
                'In the novel, Miss Havisham\'s house is reached by going past the church and over the marshes (fictional).',
                f'Wedding venue {rng.choice(["Rosewood Gardens", "Lakeside Pavilion", "Hacienda Los Cedros"])}: off the highway at km {n(rng,3,60)}, follow the signs, parking behind the chapel.',
                f'Directions to the {rng.choice(["district court", "passport office", "teaching hospital"])}: from the {rng.choice(L["area"])} junction go straight {n(rng,2,5)} blocks, it is opposite the stadium.']
    text = rng.choice(opts)
    asks = ['Format this for the website footer.', 'Is this written correctly?',
            'Turn this into a JSON object with the fields you can find.', 'Summarise for the staff notice board.']
    asks.append('Translate into English.' if not text.isascii() else 'Translate into French.')
    ask = rng.choice(asks)
    return f'{ask}\n\n{text}'


# --------------------------------------------------------------------------------------------- placement
SYSTEMS = ['You are a logistics assistant for a courier company.', 'You help a small online shop with orders.',
           'You are an assistant for a home-care agency.', 'You are a helpful assistant.',
           'You assist a property management office.', 'You help staff of a municipal services desk.']
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4o', 'gpt-4.1-mini']
TOOLS = [{'type': 'function', 'function': {'name': 'create_shipment', 'description': 'Create a shipment label.',
                                           'parameters': {'type': 'object', 'properties': {'recipient': {'type': 'string'},
                                                                                           'address': {'type': 'string'},
                                                                                           'notes': {'type': 'string'}},
                                                          'required': ['address']}}}]


def place(doc, rng, i, lang, sensitive):
    """Return (endpoint, style, body)."""
    model = rng.choice(MODELS)
    sysmsg = rng.choice(SYSTEMS)
    slot = i % 10
    ask = rng.choice(SENS_FRAMES)
    if sensitive and lang in LOCAL_ASK and rng.random() < 0.4:
        user_text = f'{LOCAL_ASK[lang]}\n\n{doc}'
        tag = 'local_ask'
    elif sensitive:
        user_text = ask[1].format(doc=doc)
        tag = ask[0]
    else:
        user_text, tag = doc, 'benign'
    if slot == 9:
        return 'completions', f'{tag} · prompt', {'model': 'gpt-3.5-turbo-instruct', 'prompt': user_text + '\n\nAnswer:',
                                                  'max_tokens': 256, 'temperature': 0.2}
    if slot == 0:
        return 'chat', f'{tag} · user', {'model': model, 'messages': [{'role': 'system', 'content': sysmsg},
                                                                      {'role': 'user', 'content': user_text}]}
    if slot == 1:
        return 'chat', f'{tag} · system', {'model': model, 'messages': [
            {'role': 'system', 'content': f'{sysmsg}\nCurrent case notes:\n{doc}'},
            {'role': 'user', 'content': 'what should I do next with this case? keep it short'}]}
    if slot == 2:
        return 'chat', f'{tag} · assistant_echo', {'model': model, 'messages': [
            {'role': 'user', 'content': 'I will paste the text, read it first'},
            {'role': 'assistant', 'content': f'Received:\n{doc}'},
            {'role': 'user', 'content': 'ok now ' + (ask[1].split('\n')[0].lower() if sensitive else 'clean it up')}]}
    if slot == 3:
        return 'chat', f'{tag} · tool_result', {'model': model, 'tools': TOOLS, 'messages': [
            {'role': 'user', 'content': 'look up the record and prepare the label'},
            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': f'call_{i:05d}', 'type': 'function',
                                                                   'function': {'name': 'lookup_record', 'arguments': json.dumps({'ref': f'R-{rng.randint(10000, 99999)}'})}}]},
            {'role': 'tool', 'tool_call_id': f'call_{i:05d}', 'content': doc}]}
    if slot == 4:
        return 'chat', f'{tag} · tool_call_args', {'model': model, 'tools': TOOLS, 'messages': [
            {'role': 'user', 'content': 'create the shipment'},
            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': f'call_{i:05d}', 'type': 'function', 'function': {
                'name': 'create_shipment', 'arguments': json.dumps({'address': doc, 'notes': 'fragile'}, ensure_ascii=False)}}]},
            {'role': 'tool', 'tool_call_id': f'call_{i:05d}', 'content': '{"status": "error", "reason": "address ambiguous"}'},
            {'role': 'user', 'content': 'why did it fail? fix the address field'}]}
    if slot == 5:
        return 'chat', f'{tag} · content_parts', {'model': model, 'messages': [{'role': 'user', 'content': [
            {'type': 'text', 'text': 'see below'}, {'type': 'text', 'text': user_text}]}]}
    if slot == 6:
        b64 = base64.b64encode(doc.encode('utf-8')).decode('ascii')
        return 'chat', f'{tag} · file_part', {'model': model, 'messages': [{'role': 'user', 'content': [
            {'type': 'text', 'text': 'Use the attached note. ' + (ask[1].split('\n')[0] if sensitive else 'Tidy it.')},
            {'type': 'file', 'file': {'filename': 'address_note.txt', 'file_data': f'data:text/plain;base64,{b64}'}}]}]}
    if slot == 7:
        return 'chat', f'{tag} · response_format', {'model': model, 'messages': [
            {'role': 'user', 'content': 'Extract the address into the schema.'}],
            'response_format': {'type': 'json_schema', 'json_schema': {'name': 'address', 'schema': {
                'type': 'object', 'properties': {'address': {'type': 'string', 'description': 'Source text: ' + doc}},
                'required': ['address']}}}}
    return 'chat', f'{tag} · metadata', {'model': model, 'store': True, 'metadata': {'note': doc[:512]},
                                        'messages': [{'role': 'user', 'content': 'Log this request; reply OK.'}]}


def strings(o):
    if isinstance(o, str):
        yield o
        if o.startswith('data:') and ';base64,' in o:
            yield base64.b64decode(o.split(';base64,', 1)[1]).decode('utf-8')
        if 'arguments' not in o:
            yield urllib.parse.unquote(o)
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def haystack(body):
    parts = list(strings(body))
    more = []
    for p in parts:
        try:
            j = json.loads(p)
            more.extend(strings(j))
        except Exception:
            pass
    return '\n'.join(parts + more)


def detect_lang(text, default):
    """Language tag of a benign text (its local part), falling back to English."""
    if re.search(r'[\u3040-\u30ff\u4e00-\u9fff]', text):
        return 'ja-JP'
    if re.search(r'[\uac00-\ud7af]', text):
        return 'ko-KR'
    if re.search(r'[іїєІЇЄ]', text):
        return 'uk-UA'
    if re.search(r'[\u0400-\u04ff]', text):
        return 'ru-RU'
    if re.search(r'[\u0900-\u097f]', text):
        return 'hi-IN'
    if 'cuadras' in text:
        return default
    if re.search(r'[\u0600-\u06ff]', text):
        return default if default.startswith('ar') else 'ar-EG'
    for tag, cue in (('nl-NL', 'ingang'), ('es-ES', 'cita previa'), ('it-IT', 'ricevimento'), ('pt-BR', 'Escritório')):
        if cue in text:
            return tag
    return 'en'


# --------------------------------------------------------------------------------------------- PII set
PER_KIND = 45
SENS_PER_KIND = 26


def build_pii(seed):
    rng = random.Random(seed)
    recs = []
    plan = []
    for kind, langs in KINDS.items():
        for j in range(PER_KIND):
            plan.append((kind, langs[j % len(langs)], j < SENS_PER_KIND))
    rng.shuffle(plan)
    for i, (kind, lang, sens) in enumerate(plan):
        if sens:
            r = Rec(rng, lang)
            doc = sensitive_doc(kind, r)
            endpoint, style, body = place(doc, rng, i, lang, True)
            hay = haystack(body)
            ents = sorted({e for e, v in r.vals if v in hay}, key=lambda e: (e != e.upper(), e))
            ents = sorted(set(ents))
            assert 'STREET_ADDRESS' in ents, (kind, doc, style)
            cat = kind
        else:
            doc = benign_doc(kind, lang, rng)
            endpoint, style, body = place(doc, rng, i, lang, False)
            ents, cat = [], f'{kind}_benign'
            lang = detect_lang(doc, lang)
        rec = {'id': f'tombolo-pii-{i + 1:04d}', 'category': cat, 'sensitive': bool(ents), 'entities': ents,
               'endpoint': endpoint, 'lang': lang, 'style': style, 'body': body}
        assert rec['sensitive'] == sens, rec
        recs.append(rec)
    return recs


# --------------------------------------------------------------------------------------------- complexity set
SHORT_HARD = [
    'Prove that an 8-character Open Location Code cell can never straddle two different 4-character cells, or give a counterexample.',
    'Design a dedup key for addresses across NL, UK and JP formats; argue which normalisation steps can create false merges.',
    'Our geocoder returns the right street but the wrong city for ~2% of Korean road-name addresses. List root-cause hypotheses and the experiment that separates each.',
    'Why might a haversine distance computed in float32 be off by 30 m in Tokyo but not in Quito? Derive the error bound.',
    'Trade-offs: store addresses as free text, as a normalised struct, or as a geocode? Pick one for a courier app in Lagos and defend it.',
    'Give an O(n log n) algorithm to assign 10k deliveries to 40 lockers with capacity limits and prove it is optimal or show why no greedy is.',
    'A rural route renumbering broke our address matcher only for boxes above 999. Reason about where the bug likely is.',
    'Show that three-word addressing with a 40k-word list cannot cover the earth at 3 m resolution, then size the list needed.',
    'Design an address-entry UX that works for landmark-based addresses without a street; what fails for screen-reader users?',
    'Our postcode lookup cache has a 0.3% stale-hit rate after boundary changes. Propose an invalidation scheme and analyse its cost.',
    'Why does sorting Japanese addresses by string order misplace 10丁目 before 2丁目, and how would you design a collation that is also stable across kanji/arabic digits?',
    'Prove or refute: snapping GPS points to the nearest road segment can change which side of a river a house is assigned to, and bound how often.',
]
PLACES_PUBLIC = ['Central Library', 'Main Post Office', 'City Museum', 'Railway Station', 'Town Hall', 'Sports Arena',
                 'Botanical Garden', 'Bus Terminal', 'Fire Station 3', 'Community Pool', 'Market Hall', 'Depot North']


def long_list(rng, k):
    rows = []
    for j in range(k):
        rows.append(f'{j + 1}. {rng.choice(PLACES_PUBLIC)} — locker bank {rng.choice("ABCDEFG")}{rng.randint(1, 40)} — '
                    f'capacity {rng.randint(12, 96)} — opened {2019 + rng.randint(0, 7)}-{rng.randint(1, 12):02d}')
    return '\n'.join(rows)


def long_log(rng, k):
    lines = []
    for j in range(k):
        lines.append(f'2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z '
                     f'geocoder worker={rng.randint(1, 8)} req={rng.randint(100000, 999999)} '
                     f'{rng.choice(["cache_hit", "cache_miss", "fallback=centroid", "timeout upstream=osm", "ok score=0.93", "ok score=0.41", "retry=2"])}'
                     f' latency_ms={rng.randint(3, 2400)}')
    return '\n'.join(lines)


SIMPLE_T = [
    ('en', 'Convert {lat} degrees latitude to degrees, minutes and seconds.'),
    ('en', 'What is {a} + {b}?'),
    ('en', 'Put this postcode in upper case with a space: {pc}'),
    ('en', 'How many kilometres is {mi} miles? One number please.'),
    ('en', 'Spell out the abbreviation "{abbr}" as used in addresses.'),
    ('es-ES', '¿Cuánto es {a} por {c}?'), ('es-ES', 'Traduce "{en}" al español.'),
    ('fr-FR', 'Combien font {a} moins {c} ?'), ('fr-FR', 'Traduis « {en} » en français.'),
    ('de-DE', 'Was ist {a} geteilt durch 2?'), ('de-DE', 'Übersetze "{en}" ins Deutsche.'),
    ('it-IT', 'Quanto fa {a} più {b}?'), ('pt-BR', 'Traduza "{en}" para o português.'),
    ('nl-NL', 'Vertaal "{en}" naar het Nederlands.'), ('pl-PL', 'Ile to jest {a} razy 3?'),
    ('tr-TR', '"{en}" ifadesini Türkçeye çevir.'), ('ru-RU', 'Переведи «{en}» на русский.'),
    ('uk-UA', 'Скільки буде {a} плюс {b}?'), ('ja-JP', '「{en}」を日本語に訳してください。'),
    ('ko-KR', '"{en}"를 한국어로 번역해 주세요.'), ('hi-IN', '{a} और {b} का योग क्या है?'),
    ('ar-EG', 'ترجم "{en}" إلى العربية.'), ('sw-KE', 'Tafsiri "{en}" kwa Kiswahili.'),
    ('el-GR', 'Μετάφρασε το "{en}" στα ελληνικά.'), ('he-IL', 'תרגם את "{en}" לעברית.'),
    ('vi-VN', 'Dịch "{en}" sang tiếng Việt.'), ('id-ID', 'Terjemahkan "{en}" ke bahasa Indonesia.'),
]
PHRASES = ['leave it at the back door', 'second floor, door on the left', 'ring the bell twice', 'post office box',
           'opposite the petrol station', 'parcel locker', 'the gate code is on the invoice', 'ground floor flat']
ABBR = ['PMB', 'HC', 'RR', 'c/o', 'Apt', 'Ste', 'Bldg', 'PO']
HARD_EXTRA = [
    'We shard address records by the first {k} characters of the postcode. Show that hot spots are unavoidable for UK data and propose a sharding key with a bounded skew, with proof sketch.',
    'A courier app shows the pin {m} m off only for addresses entered in Arabic digits. Give a ranked list of root causes and one decisive test for each.',
    'Prove that any deterministic rounding of coordinates to {d} decimals either leaks the block or merges two houses, and quantify both at the equator.',
    'Design a consistent-hashing scheme for {k} geocoder replicas that survives one region outage without remapping more than 1/{k} of keys; prove the bound.',
    'Our nightly dedup merged {m} distinct flats into one record. Walk through how "3B", "3 B" and "3-B" normalise and design a safer comparison with its trade-offs.',
    'Derive the expected number of collisions when {m} homes get random three-word codes from a list of {k}000 words; when does it exceed one?',
]
HARD_LOCAL_T = {
    'es-ES': 'Diseña un algoritmo para normalizar direcciones con piso y puerta ("3.º B", "3B", "tercero B") y analiza sus casos de colisión en {m} registros.',
    'fr-FR': 'Pourquoi notre tri des tournées devient-il quadratique au-delà de {m} logements par immeuble ? Propose une correction et prouve sa complexité.',
    'de-DE': 'Entwirf ein Schema für Adressen mit „bei“-Zeilen, Hinterhaus und Etage für {m} Mieter; begründe die Abwägungen für Suche und Datenschutz.',
    'ru-RU': 'Докажи, что жадная маршрутизация курьеров по {k} корпусам дома не всегда оптимальна, и приведи контрпример.',
    'uk-UA': 'Спроєктуй індекс для пошуку адрес з корпусами та квартирами на {m} записів і порівняй два підходи за пам’яттю та швидкістю.',
    'ja-JP': '番地の「1-2-3」と「1丁目2番3号」を同一視する正規化を設計し、{m}件のデータで誤統合が起きる条件を論証してください。',
    'ko-KR': '지번 주소와 도로명 주소를 매칭하는 알고리즘을 설계하고, {m}건 중 일대다 매핑에서 생기는 오류를 분석해 주세요.',
    'pt-BR': 'Por que nossa validação de CEP falha só para {m} condomínios com bloco e apto? Liste hipóteses e como testar cada uma.',
    'tr-TR': 'Kat ve daire numarasını serbest metinden ayıran bir ayrıştırıcı tasarla; {m} örnekte belirsiz durumları ve çözüm seçeneklerini tartış.',
    'hi-IN': 'लैंडमार्क-आधारित पतों को जियोकोड करने का तरीका डिज़ाइन करें और बताएं कि {m} पतों में गलत मिलान कहाँ और क्यों होंगे।',
    'ar-EG': 'صمّم طريقة لتطبيع العناوين المعتمدة على المعالم لعدد {m} عنوان وحلّل المفاضلة بين الدقة وسرعة الإدخال.',
    'pl-PL': 'Zaprojektuj deduplikację adresów z numerem mieszkania ("m. 4", "/4") dla {m} rekordów i udowodnij, że nie scala różnych lokali.',
    'it-IT': 'Progetta un parser per "scala B, int. 7" e analizza i compromessi tra regole e modello statistico su {m} indirizzi.',
    'nl-NL': 'Ontwerp een sleutel voor postcode + huisnummer + toevoeging die {m} adressen uniek houdt; bewijs waarom "14-2" en "14 II" samenvallen of niet.',
    'sw-KE': 'Buni mfumo wa kugawa vifurushi {m} kwa maeneo bila majina ya barabara, na ulinganishe mbinu mbili kwa faida na hasara zake.',
}
EASY_ASK = {
    'en': ['sort these alphabetically by place name', 'convert this list to CSV with a header row',
           'remove duplicate lines and keep the order', 'count how many lockers each place has', 'summarise in three bullet points'],
    'es-ES': ['ordena la lista alfabéticamente', 'pásalo a CSV con cabecera'], 'fr-FR': ['trie cette liste par ordre alphabétique'],
    'de-DE': ['wandle die Liste in CSV um'], 'it-IT': ['elimina le righe duplicate'], 'pt-BR': ['ordene por capacidade'],
    'nl-NL': ['zet dit om naar een tabel'], 'pl-PL': ['posortuj według daty'], 'tr-TR': ['listeyi tarihe göre sırala'],
    'ru-RU': ['переведи названия мест на русский'], 'uk-UA': ['прибери дублікати'], 'ja-JP': ['この一覧をCSVに変換してください'],
    'ko-KR': ['장소 이름을 한국어로 번역해 주세요'], 'hi-IN': ['इस सूची को वर्णानुक्रम में लगाओ'], 'ar-EG': ['رتب القائمة حسب السعة'],
    'sw-KE': ['panga orodha hii kwa tarehe'],
}
HARD_ASK = {
    'en': 'Using the log, work out the most likely root cause, what evidence rules out the alternatives, and a fix with a rollout plan.',
    'de-DE': 'Finde anhand des Logs die wahrscheinlichste Ursache, begründe, welche Indizien die Alternativen ausschließen, und plane den Fix.',
    'es-ES': 'Con el log, deduce la causa raíz más probable, qué evidencia descarta las alternativas y un plan de corrección.',
    'ja-JP': 'このログから最も可能性の高い根本原因を推論し、他の仮説を否定する根拠と修正の展開計画を示してください。',
    'ru-RU': 'По логу определи наиболее вероятную первопричину, какие данные исключают альтернативы, и предложи исправление с планом выката.',
    'pt-BR': 'Usando o log, descubra a causa raiz mais provável, que evidências descartam as alternativas e um plano de correção.',
}
NOTICE = ('The municipality will renumber houses in the {a} district from {d} March. Each household receives a new number '
          'plate free of charge. Old numbers remain valid for post for twelve months. Residents do not need to apply; '
          'the plates are delivered by municipal staff between 9:00 and 17:00 on weekdays. Businesses must update their '
          'signage within six months. Questions can be asked at the service desk in the town hall. ')
PARSER = """def parse_unit(s):
    s = s.strip().upper()
    m = re.match(r"(\\d+)\\s*([A-Z]?)$", s)
    if not m:
        return None
    floor = int(m.group(1)) // 10
    door = m.group(2) or str(int(m.group(1)) % 10)
    return floor, door
"""


def build_cx(seed):
    rng = random.Random(seed + 1)
    plan = [('short_simple', 0)] * 46 + [('long_easy', 0)] * 50 + [('short_hard', 1)] * 50 + [('long_hard', 1)] * 44
    rng.shuffle(plan)
    recs = []
    for i, (cat, label) in enumerate(plan):
        P = dict(a=rng.randint(12, 480), b=rng.randint(3, 99), c=rng.randint(2, 9), lat=round(rng.uniform(-60, 60), 4),
                 mi=rng.randint(3, 400), pc=rng.choice(['ls6 2qt', '1012ab', 'sw1a 2aa', 'b29 1sl']), abbr=rng.choice(ABBR),
                 en=rng.choice(PHRASES), k=rng.randint(2, 9), m=rng.randint(40, 5000), d=rng.randint(2, 6))
        if cat == 'short_simple':
            lang, t = SIMPLE_T[i % len(SIMPLE_T)]
            text, style = t.format(**P), 'lookup/translate/arith'
        elif cat == 'short_hard':
            if rng.random() < 0.45:
                lang = sorted(HARD_LOCAL_T)[i % len(HARD_LOCAL_T)]
                text = HARD_LOCAL_T[lang].format(**P)
            else:
                lang = 'en'
                text = (rng.choice(SHORT_HARD) if rng.random() < 0.5 else rng.choice(HARD_EXTRA)).format(**P)
            style = 'design/proof/debug'
        elif cat == 'long_easy':
            lang = sorted(EASY_ASK)[i % len(EASY_ASK)]
            if rng.random() < 0.7:
                text = long_list(rng, rng.randint(28, 40)) + f'\n\n{rng.choice(EASY_ASK[lang])}'
                style = 'reformat/list'
            else:
                body = ''.join(NOTICE.format(a=rng.choice(PLACES_PUBLIC), d=rng.randint(1, 28)) for _ in range(4))
                target = rng.choice(['Spanish', 'Polish', 'Swahili', 'Turkish', 'Korean', 'Greek'])
                ask = rng.choice(['Summarise this notice in two sentences.', f'Translate this notice into {target}.',
                                  'Make a bulleted list of the dates and deadlines in this notice.'])
                text, style, lang = body + '\n\n' + ask, 'summarise/translate/notice', 'en'
        else:
            lang = rng.choice(sorted(HARD_ASK))
            kind = rng.randrange(3)
            if kind == 0:
                text = long_log(rng, rng.randint(22, 34)) + f'\n\nSince Tuesday ~{rng.randint(3, 12)}% of deliveries land on the city centroid. ' + HARD_ASK[lang]
                style = 'root_cause/log'
            elif kind == 1:
                text = (long_list(rng, rng.randint(22, 30)) + f'\n\nDesign an allocation policy for these locker banks under a {rng.randint(10, 40)}% demand '
                        'spike in December: model it, compare at least two strategies with their trade-offs, and prove your '
                        'policy never overfills a bank.')
                style, lang = 'design/tradeoffs', 'en'
            else:
                text = (PARSER + '\n' + long_log(rng, rng.randint(14, 20)) + f'\n\nparse_unit("{rng.randint(100, 999)}B") and "12" give wrong floors for '
                        'buildings with more than 9 floors. Find every bug, explain why the tests passed, and give a corrected design with its trade-offs.')
                style, lang = 'root_cause/code', 'en'
        if cat == 'long_easy':
            assert len(text) >= 1500, len(text)
        body = {'model': 'hybridgate/auto', 'messages': [{'role': 'user', 'content': text}]}
        if rng.random() < 0.3:
            body['messages'].insert(0, {'role': 'system', 'content': rng.choice(SYSTEMS)})
        recs.append({'id': f'tombolo-cx-{i + 1:04d}', 'category': cat, 'label': label,
                     'length_adversarial': cat in ('long_easy', 'short_hard'), 'endpoint': 'chat', 'lang': lang,
                     'style': style, 'body': body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii, cx = build_pii(a.seed), build_cx(a.seed)
    for name, recs in (('pii_tombolo.jsonl', pii), ('complexity_tombolo.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8') as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    print(f'pii_tombolo.jsonl: {len(pii)} requests ({sum(r["endpoint"] == "chat" for r in pii)} chat, '
          f'{sum(r["endpoint"] == "completions" for r in pii)} completions), {sens} sensitive / {len(pii) - sens} benign, '
          f'{len({r["lang"] for r in pii})} language tags')
    print('  categories:', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for r in pii for e in r['entities']).items())))
    print('  slots:', dict(sorted(collections.Counter(r['style'].split(' · ')[1] for r in pii).items())))
    c = collections.Counter(r['category'] for r in cx)
    adv = sum(r['length_adversarial'] for r in cx)
    print(f'complexity_tombolo.jsonl: {len(cx)} requests in {len({r["lang"] for r in cx})} language tags: {dict(sorted(c.items()))}; '
          f'{adv} ({100 * adv // len(cx)}%) length-adversarial, {sum(r["label"] for r in cx)} labelled 1')
    print('  pool sizes after overlap cut (given/sur/area):', {k: (len(v['given']), len(v['sur']), len(v['area'])) for k, v in LOC.items()},
          'shops', len(SHOPS), 'words3', len(WORDS3))


if __name__ == '__main__':
    main()
