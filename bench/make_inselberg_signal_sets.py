#!/usr/bin/env python3
"""Inselberg: an independent evaluation split for the request signals, organised by PETS AND VETERINARY CARE.

Writes bench/data/signals/pii_inselberg.jsonl and bench/data/signals/complexity_inselberg.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the first 70 lines of the delta generator (schema), the first two lines of the
    delta files and the brief; not the detector, its tests, the evaluator, results, policies, docs or history.
    The other generators are only scanned automatically at run time for capitalised / non-ASCII words and
    non-ASCII bigrams; every name / street / city of this file whose words overlap that set is dropped
    (deterministically, order kept; the run aborts if a pool runs empty). Those words are never printed.

Organising principle
    Pets and veterinary care: vet clinic front desks, owners writing to clinics, microchip registrations,
    vaccination records, pet insurance claims, boarding kennels, dog walkers and sitters, lost-and-found
    posts, breeders and adoptions. Private owners and sitters (personal data) versus clinics, shelters,
    registries and insurers acting in their organisational role (switchboards, role mailboxes, microchip and
    policy numbers, clinic addresses). Animals' names are not personal data; their owners' are.
    Categories are the scene (``clinic_desk``, ``microchip``, ``vaccination``, ``insurance``, ``boarding``,
    ``walker_sitter``, ``lost_found``, ``breeder_adoption``); benign hard negatives are ``<scene>_benign``.

Labels
    ``entities`` is computed by searching the serialised body (base64 file parts decoded, URLs unquoted) for
    every personal value the record issued. person = private owner / sitter / adopter name; email / phone of
    private people; STREET_ADDRESS = a private home; DATE_OF_BIRTH of an owner; ssn (US), NATIONAL_ID,
    TAX_ID, iban, credit_card, IP_ADDRESS (public IP of an owner). Benign: pets' names, microchip numbers,
    policy / claim / booking numbers, clinics' and shelters' own phones and role mailboxes, example.com,
    555-01xx, test cards, documentation IPs, eponymous breeds/streets/drugs, blank templates, placeholders.

Contents (seed 20261205, as printed by the run)
    pii_inselberg.jsonl: 500 requests (444 chat, 56 completions), 23 language tags (22 locales of owners'
    names / streets / phones in Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana and Hangul
    scripts; request text mostly English front-desk prose); 8 scenes; 287 sensitive / 213 benign (benign kinds: clinic and
    shelter switchboards in the locale's own phone format, role mailboxes and 555-01xx, blank forms,
    placeholders, eponyms, public / historical figures, test values, anonymised notes, chip / policy / claim
    numbers); entity totals: person 287, STREET_ADDRESS 60, email 59, phone 57, DATE_OF_BIRTH 55,
    NATIONAL_ID 43, IP_ADDRESS 37, iban 30, credit_card 24, ssn 15, TAX_ID 4. Data sits in user / system / assistant / tool
    messages, tool-call arguments, text parts, base64 file parts, json_schema requests and legacy prompts.
    complexity_inselberg.jsonl: 190 chat prompts: short_simple 44, long_easy 52 (>= 1,500 chars),
    short_hard 50, long_hard 44; 102 length-adversarial; 94 labelled 1.
    Name pools: where an own name collided with the scanned word set, locale-flavoured blends of two own
    entries (same script) replace it, so some names are invented but plausible for their locale.

Validation
    IDs with python-stdnum, phones with ``phonenumbers`` (valid for region), IPs with ``ipaddress``; any
    invalid value aborts the run. Counts are printed at the end.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_inselberg_signal_sets.py [--seed 20261205] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse, base64, collections, ipaddress, json, pathlib, random, re, urllib.parse

import phonenumbers
from stdnum import iban as s_iban, luhn
from stdnum.us import ssn as s_ssn
from stdnum.es import dni as s_dni
from stdnum.nl import bsn as s_bsn
from stdnum.br import cpf as s_cpf
from stdnum.in_ import pan as s_pan

FROZEN_AGAINST = ('atlas','blind','canyon','cirque','delta','estuary','fjord','glacier','heron','kestrel','lagoon',
                  'lantern','meadow','mosaic','quarry','sealed','sierra','tarn','tundra','unseen','wild',
                  'bayou','moraine','steppe','atoll','fen','mesa','karst','oxbow','butte','cenote',
                  'dune','scree','geyser','tombolo','drumlin','skerry','esker','isthmus',
                  'playa','pingo','kame','tepui','arete','bajada','cuesta','loess',
                  'hoodoo','nunatak','polje','yardang')
HERE = pathlib.Path(__file__).resolve().parent


def other_words():
    words = set()
    for x in FROZEN_AGAINST:
        p = HERE / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        t = p.read_text(encoding='utf-8', errors='ignore')
        for w in re.findall(r'\b[A-Z][\w\'-]+', t):
            words.add(w.lower())
        for w in re.findall(r'\w*[^\x00-\x7f]\w*', t):
            words.add(w.lower())
    return words


OTHER = other_words()


def cut(pool, what):
    out = [e for e in pool if not any(w.lower() in OTHER for w in re.findall(r'\w+', e))]
    if not out:
        raise SystemExit(f'pool {what} ran empty')
    return out

# locale: (lang, region, given names, surnames, street template, cities, local words)
LOC = {
 'en-GB': ('GB', ['Rowena','Tamsin','Crispin','Ottilie','Lysander','Peregrine','Hermia','Jocasta'], ['Pendlebury','Ashdown','Thistlewood','Fairbairn','Scrivener','Bramwell','Quennell'], '{n} {s} Close, {c}', ['Tonbridge','Kettering','Malvern','Bideford']),
 'en-US': ('US', ['Delphine','Wendell','Marisol','Thaddeus','Corliss','Ardith','Lavonne'], ['Vandermolen','Kittredge','Osterhout','Pettibone','Hollenbeck','Swearingen'], '{n} {s} Ave, {c}', ['Bozeman','Keene','Ames','Bend','Missoula','Laramie']),
 'de-DE': ('DE', ['Wiebke','Jannik','Hiltrud','Ortwin','Swantje','Gesche','Wendelin'], ['Ockenfels','Rüdesheimer','Brinkhege','Tiedemann','Quabeck','Harmsen'], '{s} {n}, {c}', ['49074 Osnabrück','25813 Husum','97070 Würzburg']),
 'fr-FR': ('FR', ['Solène','Anatole','Maëlys','Gaspard','Ombeline','Firmin','Clémence'], ['Delacourtie','Fourcade','Lesueur','Pradelle','Vaudrey','Marchetti'], '{n} rue des {s}, {c}', ['29200 Brest','64100 Bayonne','21000 Dijon']),
 'es-ES': ('ES', ['Itziar','Nerea','Iñaki','Remedios','Eulalia','Baltasar','Ainhoa'], ['Urquiaga','Valcárcel','Zubizarreta','Olmedilla','Sarasola','Villoslada'], 'Calle {s} {n}, {c}', ['31001 Pamplona','10003 Cáceres','44001 Teruel']),
 'it-IT': ('IT', ['Ginevra','Ottavio','Benedetta','Ludovico','Fiammetta','Ercole'], ['Bonfiglioli','Scarpellini','Mazzacurati','Tornabuoni','Pellizzari'], 'Via {s} {n}, {c}', ['43121 Parma','06121 Perugia','38122 Trento']),
 'nl-NL': ('NL', ['Femke','Joost','Marijke','Sjoerd','Hiske','Wouter'], ['Brouwershaven','Kuipers','Zwanenburg','Oosterbeek','Hoekstra'], '{s}straat {n}, {c}', ['Leeuwarden','Enschede','Zwolle']),
 'pt-BR': ('BR', ['Iolanda','Raimundo','Jussara','Anselmo','Lucimar','Deolinda'], ['Albuquerque Neto','Figueiredo','Sampaio','Guimarães','Paranhos'], 'Rua {s}, {n}, {c}', ['Londrina','Maringá','Cascavel']),
 'pl-PL': ('PL', ['Jadwiga','Bożydar','Wiesława','Radosław','Halina','Zdzisław'], ['Wierzbicka','Kołodziejczyk','Sobieraj','Grabarczyk','Łukaszewicz'], 'ul. {s} {n}, {c}', ['20-001 Lublin','87-100 Toruń','26-600 Radom','33-100 Tarnów','16-400 Suwałki']),
 'sv-SE': ('SE', ['Ingegerd','Torbjörn','Ylva','Gunnel','Ragnvald','Sigrid'], ['Lindqvist','Åkerlund','Bergström','Sjöholm','Hedenius'], '{s}gatan {n}, {c}', ['903 26 Umeå','752 20 Uppsala','831 30 Östersund','972 31 Luleå','891 33 Örnsköldsvik']),
 'tr-TR': ('TR', ['Gülizar','Oğuzhan','Nesrin','Tuncay','Şermin','Bülent'], ['Karaosmanoğlu','Yıldırımtürk','Çakırbeyli','Eroğlu','Tekinalp'], '{s} Sok. No:{n}, {c}', ['Eskişehir','Kütahya','Isparta','Çorum','Tokat','Niğde']),
 'ru-RU': ('RU', ['Всеволод','Снежана','Ярослава','Мирон','Евдокия','Прохор'], ['Белозерская','Кудрявцев','Стрельникова','Заболоцкий','Шереметьев'], 'ул. {s}, д. {n}, {c}', ['Вологда','Кострома','Тверь']),
 'el-GR': ('GR', ['Ευανθία','Σταμάτης','Χρυσούλα','Παντελής','Φωτεινή'], ['Καλογεροπούλου','Μαυρομάτης','Τσακαλώτος','Ζαχαρίου'], 'Οδός {s} {n}, {c}', ['Ιωάννινα','Λάρισα','Καστοριά','Κοζάνη','Ξάνθη','Πρέβεζα']),
 'ja-JP': ('JP', ['さくら子','健太郎','美千代','浩之','千鶴'], ['小野寺','鳥海','五十嵐','東海林','宇佐美'], '{c}{n}丁目{n}-{n}', ['札幌市北区北','仙台市青葉区一番町']),
 'ko-KR': ('KR', ['서윤','민혁','은숙','태호','하린'], ['남궁','황보','제갈','편','독고'], '{c} {s}로 {n}', ['전주시 완산구','청주시 상당구','춘천시','원주시','목포시','여수시']),
 'zh-CN': ('CN', ['婉清','志远','秀兰','浩然','雨桐'], ['欧阳','诸葛','司马','上官','慕容'], '{c}{s}路{n}号', ['成都市武侯区','苏州市姑苏区','绵阳市','洛阳市','桂林市','赣州市']),
 'ar-EG': ('EG', ['نسرين','عبدالرحمن','هالة','مصطفى','ريهام'], ['الشناوي','أبوزيد','الجمال','عبدالغفار'], 'شارع {s} رقم {n}، {c}', ['المنصورة','طنطا','الزقازيق','دمنهور','بنها','أسيوط']),
 'he-IL': ('IL', ['נועה','עידו','שירה','אביתר','מיכל'], ['בן-עמי','רוזנטל','אלמוג','שטרנברג'], 'רחוב {s} {n}, {c}', ['רחובות','כפר סבא','נס ציונה','קריית אונו','זכרון יעקב','יקנעם']),
 'hi-IN': ('IN', ['सुनैना','अभिमन्यु','रेवती','चिरंजीव','मालविका'], ['चतुर्वेदी','बंदोपाध्याय','कुलकर्णी','त्रिपाठी'], 'मकान {n}, {s} मार्ग, {c}', ['इंदौर','नागपुर']),
 'th-TH': ('TH', ['ศิริพร','ธนากร','วิมลรัตน์','ปิยะพงษ์'], ['ศรีสุวรรณ','วงศ์ไพบูลย์','ทองประเสริฐ'], '{n} ถนน{s} {c}', ['เชียงใหม่','ขอนแก่น']),
 'vi-VN': ('VN', ['Thùy Dung','Quốc Bảo','Ngọc Hân','Trọng Nghĩa'], ['Huỳnh','Lương','Tạ','Khổng'], 'Số {n} đường {s}, {c}', ['Huế','Đà Lạt','Quy Nhơn','Buôn Ma Thuột','Phan Thiết','Cà Mau']),
 'fi-FI': ('FI', ['Aino','Eero','Kerttu','Veikko','Saimi'], ['Hämäläinen','Kivistö','Peltonen','Räsänen'], '{s}nkatu {n}, {c}', ['33100 Tampere','90100 Oulu','40100 Jyväskylä','80100 Joensuu','50100 Mikkeli']),
}
def widen(pool, what):
    """Keep the pool's own entries that survive the cut, then add locale-flavoured blends (first half of one
    entry's last word + second half of another's, same script, any prefix kept) that also survive; deterministic, order kept."""
    ok = lambda e: not any(w.lower() in OTHER for w in re.findall(r'\w+', e))
    out = [e for e in pool if ok(e)]
    for a in pool:
        for b in pool:
            if a != b and len(out) < 8:
                pa, _, la = a.rpartition(' ')
                lb = b.rpartition(' ')[2]
                c = (pa + ' ' if pa else '') + la[:max(2, len(la) // 2)] + lb[len(lb) // 2:]
                if ok(c) and c not in out and len(c) >= 3:
                    out.append(c)
    if not out:
        raise SystemExit(f'pool {what} ran empty')
    return out


for k, (reg, gn, sn, st, cs) in list(LOC.items()):
    LOC[k] = (reg, widen(gn, k + ' given'), widen(sn, k + ' sur'), st, widen(cs, k + ' city'))

PETS = ['Biscuit','Mochi','Pepper','Nala','Fidget','Tofu','Pickles','Bramble','Ziggy','Waffles','Luna','Kiwi']
SPECIES = ['dog (beagle)','cat (british shorthair)','rabbit','dog (cavalier king charles spaniel)','cat (maine coon)',
           'ferret','dog (jack russell terrier)','cockatiel','dog (dobermann)','guinea pig']
SCENES = ['clinic_desk','microchip','vaccination','insurance','boarding','walker_sitter','lost_found','breeder_adoption']
SYS = {
 'clinic_desk': 'You help the front desk of a small-animal veterinary clinic with messages and records.',
 'microchip': 'You assist a national pet microchip database helpdesk.',
 'vaccination': 'You help a vet practice keep vaccination records and reminders tidy.',
 'insurance': 'You are a claims assistant for a pet insurance company.',
 'boarding': 'You help a boarding kennel and cattery manage bookings.',
 'walker_sitter': 'You help a self-employed dog walker and pet sitter with admin.',
 'lost_found': 'You help moderate a community lost-and-found pets board.',
 'breeder_adoption': 'You help an animal shelter and registered breeders with adoption paperwork.',
}
ASK = {
 'clinic_desk': ['Draft a polite reply confirming the appointment.', 'Summarise this for the vet before the consult.', 'Extract the owner details into JSON.'],
 'microchip': ['Update the keeper record with these details.', 'Check this transfer-of-keeper form for missing fields.', 'Write the confirmation email.'],
 'vaccination': ['Turn this into a reminder SMS for next year.', 'Put the record into a table.', 'Which boosters are due?'],
 'insurance': ['Check whether the claim form is complete.', 'Summarise the claim for the assessor.', 'Draft the acknowledgement letter.'],
 'boarding': ['Confirm the booking and list what to bring.', 'Make a check-in sheet from this.', 'Reply about the deposit.'],
 'walker_sitter': ['Make an invoice line from this.', 'Write a handover note for the cover walker.', 'Reply to the client about keys.'],
 'lost_found': ['Tidy this post up for the board.', 'Translate the post into English.', 'Make it shorter for a poster.'],
 'breeder_adoption': ['Check the adoption contract draft.', 'Write a welcome letter to the adopter.', 'Summarise the home-check notes.'],
}


def phone_for(rng, reg, kind=phonenumbers.PhoneNumberType.MOBILE):
    ex = phonenumbers.example_number_for_type(reg, kind) or phonenumbers.example_number(reg)
    nsn = str(ex.national_number)
    for _ in range(200):
        cand = nsn[:-4] + ''.join(rng.choice('0123456789') for _ in range(4))
        p = phonenumbers.parse('+' + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == reg and cand != nsn:
            fmt = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL])
            return phonenumbers.format_number(p, fmt)
    if kind != phonenumbers.PhoneNumberType.MOBILE:
        return phone_for(rng, reg)
    raise SystemExit('no valid phone for ' + reg)


def ssn(rng):
    while True:
        v = f'{rng.randint(100, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}'
        if s_ssn.is_valid(v):
            return v


def card(rng):
    b = rng.choice(['4', '51', '37'])
    ln = 15 if b == '37' else 16
    body = b + ''.join(rng.choice('0123456789') for _ in range(ln - len(b) - 1))
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v)
    return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))


def iban(rng, cc):
    bban = {'DE': lambda: ''.join(rng.choice('0123456789') for _ in range(18)),
            'NL': lambda: rng.choice(['ABNA', 'RABO', 'INGB']) + ''.join(rng.choice('0123456789') for _ in range(10)),
            'FR': lambda: ''.join(rng.choice('0123456789') for _ in range(23))}[cc]
    for _ in range(500):
        b = bban()
        num = ''.join(str(int(c, 36)) for c in b + cc + '00')
        v = cc + f'{98 - int(num) % 97:02d}' + b
        if s_iban.is_valid(v):
            return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    raise SystemExit('iban')


def natid(rng, reg):
    if reg == 'ES':
        n = f'{rng.randint(10000000, 99999999)}'
        v = n + s_dni.calc_check_digit(n); assert s_dni.is_valid(v); return v, 'NATIONAL_ID'
    if reg == 'NL':
        while True:
            v = f'{rng.randint(100000000, 699999999)}'
            if s_bsn.is_valid(v): return v, 'NATIONAL_ID'
    if reg == 'BR':
        n = ''.join(rng.choice('0123456789') for _ in range(9))
        v = n + s_cpf._calc_check_digits(n)
        assert s_cpf.is_valid(v); return s_cpf.format(v), 'TAX_ID'
    if reg == 'IN':
        while True:
            v = ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXZ') for _ in range(3)) + 'P' + rng.choice('ABCDKMRS') + f'{rng.randint(1, 9999):04d}' + rng.choice('ABCDEFGHJK')
            if s_pan.is_valid(v): return v, 'TAX_ID'
    return ssn(rng), 'ssn'


def pub_ip(rng):
    while True:
        ip = ipaddress.ip_address(f'{rng.randint(11, 220)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}')
        if ip.is_global and not any(ip in ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')):
            return str(ip)


def translit(s):
    return re.sub(r'[^a-z]', '', s.lower()) or 'owner'


def person(rng, lang):
    reg, gn, sn, st, cs = LOC[lang]
    g, s = rng.choice(gn), rng.choice(sn)
    if lang in ('ja-JP', 'ko-KR', 'zh-CN'):
        name = s + g if lang != 'ko-KR' else s + g
    else:
        name = f'{g} {s}'
    addr = st.format(n=rng.randint(2, 98), s=rng.choice(sn), c=rng.choice(cs))
    local = translit(g + s)
    if len(local) < 4:
        local = 'owner' + str(rng.randint(10, 99))
    mail = f'{local}{rng.randint(1, 99)}@{rng.choice(["gmail.com", "outlook.com", "web.de", "yahoo.fr", "proton.me"])}'
    return dict(name=name, given=g, addr=addr, mail=mail, reg=reg)


def chip(rng):
    return rng.choice(['985', '977', '941', '900']) + ''.join(rng.choice('0123456789') for _ in range(12))


def dob(rng):
    y, m, d = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f'{y}-{m:02d}-{d:02d}', f'{d:02d}/{m:02d}/{y}', f'{d}.{m}.{y}'])


def sensitive_doc(rng, scene, lang):
    """Returns (text, {entity: [values]})."""
    p = person(rng, lang)
    pet, sp = rng.choice(PETS), rng.choice(SPECIES)
    ents = collections.defaultdict(list)
    ents['person'].append(p['name'])
    lines = []
    extra = rng.sample(['phone', 'email', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'id', 'pay', 'ip'], k=rng.randint(0, 3))
    if rng.random() < 0.12:  # incidental: name only, with relation cue
        lines.append(f"{pet}'s owner {p['given'] if rng.random() < .5 else p['name']} called, {pet} ({sp}) still limping on the left hind.")
        ents = {'person': [p['given'] if p['given'] in lines[0] and p['name'] not in lines[0] else p['name']]}
        return '\n'.join(lines), ents
    head = {
        'clinic_desk': f"Owner: {p['name']}\nPatient: {pet}, {sp}\nReason: vomiting x2 since yesterday, eating grass",
        'microchip': f"Chip {chip(rng)} | animal {pet} ({sp}) | registered keeper: {p['name']}",
        'vaccination': f"{pet} ({sp}) — DHPPi booster + L4 given, rabies due next year. Owner {p['name']}.",
        'insurance': f"Claim for {pet} ({sp}), cruciate surgery, invoice total 2,180.00. Policyholder: {p['name']}",
        'boarding': f"Booking: {pet} ({sp}), 12 nights, own food, twice-daily insulin. Owner: {p['name']}",
        'walker_sitter': f"New client {p['name']} — {pet} ({sp}), 45-min walks Mon/Wed/Fri, key in lockbox.",
        'lost_found': f"LOST: {pet}, {sp}, red collar, scared of bikes. Please contact {p['name']}.",
        'breeder_adoption': f"Adopter: {p['name']}\nAnimal: {pet} ({sp}), neutered, chipped\nHome check: passed, secure garden",
    }[scene]
    lines.append(head)
    for e in extra:
        if e == 'phone':
            v = phone_for(rng, p['reg']); ents['phone'].append(v); lines.append(f'Tel: {v}')
        elif e == 'email':
            v = p['mail']; ents['email'].append(v); lines.append(f'Email: {v}')
        elif e == 'STREET_ADDRESS':
            v = p['addr']; ents['STREET_ADDRESS'].append(v); lines.append(f'Home address: {v}')
        elif e == 'DATE_OF_BIRTH':
            v = dob(rng); ents['DATE_OF_BIRTH'].append(v); lines.append(f"Owner's date of birth: {v}")
        elif e == 'id':
            v, k = natid(rng, p['reg'] if p['reg'] in ('ES', 'NL', 'BR', 'IN', 'US') else rng.choice(['ES', 'NL', 'US']))
            ents[k].append(v); lines.append(f'ID on keeper form: {v}')
        elif e == 'pay':
            if rng.random() < .5:
                v = card(rng); ents['credit_card'].append(v); lines.append(f'Deposit card: {v} exp 09/28')
            else:
                v = iban(rng, rng.choice(['DE', 'NL', 'FR'])); ents['iban'].append(v); lines.append(f'Refund to IBAN {v}')
        elif e == 'ip':
            v = pub_ip(rng); ents['IP_ADDRESS'].append(v); lines.append(f'Form submitted from {v} at 21:14')
    return '\n'.join(lines), dict(ents)


CLINICS = ['Riverside Animal Hospital', 'Pawsworth Veterinary Centre', 'Hillcrest Vets', 'Clinique Vétérinaire des Tilleuls',
           'Tierarztpraxis am Kanal', 'Greenfield Cattery & Kennels', 'Happy Tails Rescue']
CLINICS = cut(CLINICS, 'clinics')
PETS = cut(PETS, 'pets')


def benign_doc(rng, scene, lang):
    pet, sp = rng.choice(PETS), rng.choice(SPECIES)
    clinic = rng.choice(CLINICS)
    kind = rng.choice(['clinic_contact', 'template', 'eponym', 'public', 'placeholder', 'test_values', 'anon', 'numbers',
                       'clinic_locale', 'clinic_locale'])
    if kind == 'clinic_locale':
        reg, gn, sn, st, cs = LOC[lang]
        tel = phone_for(rng, reg, phonenumbers.PhoneNumberType.FIXED_LINE)
        t = (f"{clinic} ({rng.choice(cs)}) — main switchboard {tel}, appointments@ the clinic's own domain, open 08:00-19:00. "
             f"{pet} ({sp}) is booked in for a nail clip; the clinic's ambulance collects from the shelter.")
        return t, kind
    if kind == 'clinic_contact':
        t = f"{clinic}: reception 0800 {rng.randint(100, 999)} {rng.randint(1000, 9999)} (freephone), reception@{rng.choice(['example.com', 'example.org'])}, out-of-hours line (555) 01{rng.randint(10, 99)}. {pet} ({sp}) is booked for a dental at 09:30."
    elif kind == 'template':
        t = f"{scene.replace('_', ' ').title()} form\nOwner name: ____________\nPhone: ____________\nEmail: ____________\nAddress: ____________\nAnimal: {pet}, {sp}"
    elif kind == 'eponym':
        t = rng.choice([f"{pet} is a cavalier King Charles spaniel; screen for Addison's disease and Cushing's? The breeder is on Darwin Street industrial park (unit 4).",
                        f"Jack Russell terrier {pet}: the Schirmer tear test was low, Horner's syndrome suspected after the ear op.",
                        f"Our clinic on Pasteur Avenue moved; the Von Willebrand test for {pet} the dobermann is pending."])
    elif kind == 'public':
        t = rng.choice([f"Is it true Queen Elizabeth II had corgis and Theodore Roosevelt kept a badger? Write a fun fact card for our waiting room, next to {pet}'s photo.",
                        f"Summarise what Louis Pasteur did for rabies vaccination, for a poster about {pet} the clinic cat.",
                        f"James Herriot wrote about Yorkshire vets; recommend three of his books for our client newsletter."])
    elif kind == 'placeholder':
        t = f"Hi [OWNER_NAME], this is a reminder that {pet}'s booster is due on [DATE]. Call us on [CLINIC_PHONE] or reply to [CLINIC_EMAIL]. — {clinic}"
    elif kind == 'test_values':
        t = f"Testing the boarding deposit page: card 4111 1111 1111 1111 exp 12/30, IBAN GB82 WEST 1234 5698 7654 32, webhook from 203.0.113.{rng.randint(1, 254)}. Booking ref BK-{rng.randint(10000, 99999)} for {pet}."
    elif kind == 'anon':
        t = f"Case summary (anonymised): Owner A (40s) reports {pet}, {sp}, lethargic for 3 days. Owner's neighbour B fed the animal while A was away. No contact details retained."
    else:
        t = f"Microchip {chip(rng)} registered to {clinic} (shelter stock). Policy PV-{rng.randint(100000, 999999)}, claim CLM-{rng.randint(10000, 99999)}, invoice INV-{rng.randint(1000, 9999)}, rabies batch RB{rng.randint(1000, 9999)}, tracking 1Z{rng.randint(10**9, 10**10 - 1)}."
    return t, kind


def wrap(rng, scene, text, lang, i):
    """Place text into a field of a realistic body; return endpoint, style, body."""
    ask = rng.choice(ASK[scene])
    mode = rng.choice(['user', 'user', 'system', 'assistant', 'tool', 'file', 'schema', 'tool_args', 'parts', 'completion'])
    model = rng.choice(['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'local/llama-3.1-8b'])
    if mode == 'completion':
        return 'completions', mode, {'model': model, 'prompt': f'{ask}\n\n{text}\n\nAnswer:', 'max_tokens': 300}
    body = {'model': model}
    sysm = {'role': 'system', 'content': SYS[scene]}
    if mode == 'user':
        body['messages'] = [sysm, {'role': 'user', 'content': f'{ask}\n\n{text}'}]
    elif mode == 'system':
        body['messages'] = [{'role': 'system', 'content': SYS[scene] + '\nCurrent record:\n' + text}, {'role': 'user', 'content': ask}]
    elif mode == 'assistant':
        body['messages'] = [sysm, {'role': 'user', 'content': 'paste incoming'}, {'role': 'assistant', 'content': 'Received:\n' + text}, {'role': 'user', 'content': ask}]
    elif mode == 'tool':
        body['messages'] = [sysm, {'role': 'user', 'content': 'pull the record'},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': f'call_{i:04d}', 'type': 'function', 'function': {'name': 'get_record', 'arguments': json.dumps({'scene': scene})}}]},
                            {'role': 'tool', 'tool_call_id': f'call_{i:04d}', 'content': json.dumps({'record': text}, ensure_ascii=False)},
                            {'role': 'user', 'content': ask}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'get_record', 'description': 'Fetch the current record', 'parameters': {'type': 'object', 'properties': {'scene': {'type': 'string'}}}}}]
    elif mode == 'file':
        b64 = base64.b64encode(text.encode()).decode()
        body['messages'] = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ask}, {'type': 'file', 'file': {'filename': f'{scene}_{i}.txt', 'file_data': 'data:text/plain;base64,' + b64}}]}]
    elif mode == 'schema':
        body['messages'] = [sysm, {'role': 'user', 'content': f'{ask}\n\n{text}'}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'record', 'schema': {'type': 'object', 'properties': {'owner': {'type': 'string'}, 'animal': {'type': 'string'}, 'action': {'type': 'string'}}}}}
    elif mode == 'tool_args':
        body['messages'] = [sysm, {'role': 'user', 'content': ask},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': f'call_{i:04d}', 'type': 'function', 'function': {'name': 'save_note', 'arguments': json.dumps({'note': text}, ensure_ascii=False)}}]},
                            {'role': 'tool', 'tool_call_id': f'call_{i:04d}', 'content': '{"ok": true}'}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'save_note', 'parameters': {'type': 'object', 'properties': {'note': {'type': 'string'}}}}}]
    else:
        body['messages'] = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ask}, {'type': 'text', 'text': text}]}]
    if rng.random() < .2:
        body['user'] = f'desk-{rng.randint(1, 40)}'
    if rng.random() < .15:
        body['stop'] = ['\n\n###']
    return 'chat', mode, body


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.findall(r'base64,([A-Za-z0-9+/=]+)', s):
        parts.append(base64.b64decode(m).decode())
    return '\n'.join(parts)


def build_pii(rng):
    langs = list(LOC)
    out = []
    for i in range(500):
        scene = SCENES[i % len(SCENES)]
        lang = langs[(i * 7) % len(langs)]
        sens = rng.random() < 0.58
        if sens:
            text, issued = sensitive_doc(rng, scene, lang)
            ep, mode, body = wrap(rng, scene, text, lang, i)
            hay = haystack(body)
            ents = sorted(k for k, vs in issued.items() if any(v in hay for v in vs))
            style = mode
        else:
            text, kind = benign_doc(rng, scene, lang)
            ep, mode, body = wrap(rng, scene, text, lang, i)
            ents = []
            style = f'{mode} · {kind}'
            benign_lang = lang if kind == 'clinic_locale' else 'en'
        rec = {'id': f'inselberg-pii-{i + 1:04d}', 'category': scene if sens else scene + '_benign', 'sensitive': bool(ents),
               'entities': ents, 'endpoint': ep, 'lang': lang if sens else benign_lang, 'style': style, 'body': body}
        assert rec['sensitive'] == bool(rec['entities'])
        assert rec['sensitive'] == sens, rec['id']
        out.append(rec)
    return out


EASY_TASKS = ['Translate this pet-care leaflet into Spanish.', 'Reformat this vaccination list as a markdown table.',
              'Summarise these kennel rules in five bullets.', 'Sort these items alphabetically and remove duplicates.']
HARD_SHORT = [
    'A clinic has 3 vets, 14 appointment types of different lengths and emergencies arriving as a Poisson process; design a scheduling policy that bounds emergency wait to 15 minutes and prove the bound.',
    'Prove that if every dog in a kennel of n runs must be walked by one of k walkers, each walker at most m dogs per slot, a feasible rota exists iff a certain Hall condition holds; state and prove it.',
    'Our microchip lookup returns the previous keeper after a transfer about 1% of the time, only under load. Reads go to a replica. Walk through possible root causes and how to confirm each.',
    'Design a vaccination-reminder service for 2,000 clinics: data model, idempotent sends across SMS/email, timezone handling and trade-offs between push and batch.',
    'Derive the expected number of lost-pet posts that must be scanned to find a match when posts arrive at rate λ and each matches with probability p, with deduplication; then optimise p vs cost.',
    'A boarding booking system double-books runs when two staff edit at once. Compare optimistic locking, serialisable transactions and a reservation ledger; pick one and justify.',
    'Show that the insulin dose schedule problem for boarded diabetic cats (fixed intervals, staff shifts) reduces to interval scheduling with deadlines, and give an optimal greedy with proof.',
    'Our pet insurance claim model approves 30% more claims for one breed after a retrain. Diagnose step by step: leakage, label shift, feature drift; what experiments separate them?',
]
EASY_SHORT = ['What is the normal body temperature of a dog in °C?', 'Translate "your cat is due for a booster" into French.',
              'Convert 12 lb to kg.', 'How many days are in 12 nights of boarding plus checkout day?', 'Capitalise: rabbit, ferret, cockatiel.',
              'What does DHPPi stand for?', 'Spell-check: "vacination remider for you dog".', 'Give a synonym for "kennel".']


def long_filler(rng, n):
    items = ['DHPPi booster', 'L4 leptospirosis', 'rabies', 'kennel cough (intranasal)', 'FeLV', 'RCP', 'myxomatosis-RHD2', 'flea treatment', 'worming']
    rows = []
    for j in range(n):
        rows.append(f"{j + 1}. {rng.choice(PETS)} — {rng.choice(SPECIES)} — {rng.choice(items)} — due 2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} — run {rng.choice('ABCDEF')}{rng.randint(1, 9)}")
    return '\n'.join(rows)


def build_cx(rng):
    out = []
    plan = ['short_simple'] * 44 + ['long_easy'] * 52 + ['short_hard'] * 50 + ['long_hard'] * 44
    rng.shuffle(plan)
    for i, cat in enumerate(plan):
        if cat == 'short_simple':
            content, label = rng.choice(EASY_SHORT), 0
        elif cat == 'short_hard':
            content, label = rng.choice(HARD_SHORT), 1
        elif cat == 'long_easy':
            content, label = rng.choice(EASY_TASKS) + '\n\n' + long_filler(rng, rng.randint(22, 40)), 0
            while len(content) < 1500:
                content += '\n' + long_filler(rng, 5)
        else:
            content = ('Below is our clinic\'s vaccination-due export. Reminders went out twice for some animals and not at all for others after the DST change. '
                       'Work out from the data which rows were affected, propose the root cause in the scheduler (UTC vs local dates), and design a fix with a migration plan and tests.\n\n'
                       + long_filler(rng, rng.randint(25, 40)))
            label = 1
        body = {'model': 'hybridgate/auto', 'messages': [{'role': 'user', 'content': content}]}
        if rng.random() < .3:
            body['messages'].insert(0, {'role': 'system', 'content': rng.choice(list(SYS.values()))})
        out.append({'id': f'inselberg-cx-{i + 1:04d}', 'category': cat, 'label': label,
                    'length_adversarial': cat in ('long_easy', 'short_hard'), 'endpoint': 'chat', 'lang': 'en',
                    'style': 'pets/vet', 'body': body})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(HERE / 'data' / 'signals'))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pii = build_pii(rng)
    cx = build_cx(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    for name, recs in (('pii_inselberg.jsonl', pii), ('complexity_inselberg.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    sens = sum(r['sensitive'] for r in pii)
    ent = collections.Counter(e for r in pii for e in r['entities'])
    print(f'pii: {len(pii)} ({sens} sensitive / {len(pii) - sens} benign), endpoints', dict(collections.Counter(r['endpoint'] for r in pii)),
          'langs', len({r['lang'] for r in pii}))
    print('categories', dict(sorted(collections.Counter(r['category'] for r in pii).items())))
    print('entities', dict(sorted(ent.items())))
    cc = collections.Counter(r['category'] for r in cx)
    print('complexity:', len(cx), dict(cc), 'adversarial', sum(r['length_adversarial'] for r in cx), 'label1', sum(r['label'] for r in cx))


if __name__ == '__main__':
    main()
