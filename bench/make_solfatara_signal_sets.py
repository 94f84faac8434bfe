#!/usr/bin/env python3
"""Solfatara: a blind evaluation split for the request signals, set in the world of PRISONS, PROBATION, PAROLE
AND YOUTH JUSTICE.

Writes bench/data/signals/pii_solfatara.jsonl and bench/data/signals/complexity_solfatara.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

The world
    The people who write to an LLM-backed assistant (or pipe text through one) around custody and supervision:
    reception and wing officers, governors and duty managers, custody healthcare nurses, probation officers and
    probation service officers, parole-board case managers, youth offending / youth justice teams, the
    visits-booking line and its portal, prisoners' families (mothers, partners, sisters) sending money,
    booking visits and complaining, defence and prison-law solicitors writing representations, rehabilitation
    and families charities, electronic-monitoring (tagging) contractors and their field officers, ministry
    press offices and the inspectorate.  Jargon of the trade: CSRA, ACCT, OASys, NDelius, RoSH, ROTL, HDC,
    CAS3, PIN credit, VO, SPIP/CIP, UEPE, УИИ, CERESO, 面会, 접견, etc.

How it was written
    Blind: its author read only a short brief, the first 70 lines of bench/make_delta_signal_sets.py (record
    schema and label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl.  No
    detector, test, evaluator, policy, doc, result or commit history was read.  The other generators were
    not read: they are only scanned automatically at run time by ``frozen_words()`` (capitalised ASCII words,
    non-ASCII words and non-ASCII bigrams), and every pool entry of this file (person names, streets,
    localities, establishments, organisations, officials, historical / fictional persons, placeholders) that
    shares a word with that set is dropped and the pool refilled from invented locale-typical parts (capped);
    the run prints how many were dropped.

Organising principle
    By the KIND of message the world produces (nine kinds): ``intake`` (reception / first-night / YOT
    referral / custody-health screens), ``visits`` (family visit bookings and the booking line), ``letter``
    (solicitors' representations, parole and family correspondence), ``complaint`` (COMP1-style complaints,
    ombudsman escalations), ``case_note`` (probation / YOT / wing contact logs, EM exclusion zones),
    ``export`` (CSV / JSON exports: tagging install schedules, prisoner-money transactions, portal logs),
    ``press`` (press-office lines, inspectorate summaries, notices to the public), ``form`` (ROTL, HDC address
    checks, discharge-grant bank details, visitor ID forms) and ``chat`` (family helpline / tablet / solicitor
    chats).  Each kind has sensitive and benign variants, written by personas of the world, rotated over 22
    locales (en-GB, en-US, de-DE, fr-FR, es-ES, es-MX, it-IT, nl-NL, pl-PL, pt-BR, sv-SE, tr-TR, ru-RU, uk-UA,
    el-GR, he-IL, ar-SA, hi-IN, th-TH, zh-CN, ja-JP, ko-KR) in 10 scripts (Latin, Cyrillic, Greek, Hebrew,
    Arabic, Devanagari, Thai, Han, Kana, Hangul), with code-switching between English jargon and the locale.

    Where the line was drawn.  Personal data (sensitive): anything identifying a PRIVATE person of the world
    -- prisoners, people on probation, young people, visitors and family members, victims, solicitors and
    field officers as private individuals: their names (also a first name alone with a relation cue, "my
    sister Oksana"), personal phone numbers (any local format, sometimes with an extension), personal
    e-mails, home / release / curfew addresses, birth dates, national / tax / health numbers, hospital record
    numbers, bank accounts, IBANs, card numbers used to send prisoner money, and the public IP of a family
    member's portal login.  Not personal data (benign hard negatives of the same world): ministers, chief
    inspectors and governors quoted in their public role, historical reformers and fictional prisoners
    (Valjean, Dantes), cited authors, eponymous buildings and streets, establishment switchboards, booking
    and helpline numbers, role mailboxes, emergency numbers, booking / complaint / case / parole / invoice /
    device / tracking references, documentation example values (RFC 5737 / RFC 3849 addresses, example.com,
    the textbook DE89 IBAN), payment-gateway test card numbers, placeholders, blank forms and aggregated or
    already-anonymised texts.

Labels
    ``category`` is the kind for sensitive records and ``<kind>_benign`` for benign ones.  ``entities`` is a
    list of {"type", "value"}, computed by SEARCHING the serialised body (base64 file parts decoded, URLs
    unquoted) for every value the record issued: a value that was left out of the body is not labelled.
    ``sensitive`` is true iff ``entities`` is non-empty (asserted).  Types: PERSON, PHONE_NUMBER,
    EMAIL_ADDRESS, LOCATION (a home address), DATE_TIME (a birth date), ssn (US SSN only), NATIONAL_ID (other
    citizen / social-security numbers), TAX_ID (Steuer-ID, codice fiscale, CPF, INN, RNTRC, PAN),
    HEALTH_INSURANCE (NHS number), MEDICAL_RECORD (hospital record number), US_BANK_NUMBER (ABA routing and
    account), IBAN_CODE, CREDIT_CARD, IP_ADDRESS.  About 12% of the sensitive records carry one incidental
    item inside an otherwise benign-looking text.  The document sits in a request field chosen by rotation:
    user / system / earlier assistant / tool messages, text and file content parts (base64 text files),
    image_url query strings, tool definitions, tool-call arguments, response_format json_schema
    (description / enum / examples), ``user``, ``stop``, ``prediction``, or only ``metadata`` with
    ``store: true``; about 10% use the legacy completions endpoint.

Contents (default seed 40718263; the run prints all counts)
    pii_solfatara.jsonl: 504 requests (454 chat, 50 completions) in 22 language tags; 9 kinds x 56
    (293 sensitive = 58.1%, 211 benign); 36 sensitive records carry a single incidental item.
    complexity_solfatara.jsonl: 190 requests (175 chat, 15 completions) in 20 language tags: short_simple 48, long_easy 48 (>= 1,500
    chars), short_hard 48, long_hard 46; 96 length-adversarial, 94 labelled 1.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (SSN, ABA, NHS,
    Steuer-ID, NIR, DNI, CURP, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat
    Zehut, Aadhaar, PAN, Thai PIN, RRN, Chinese RIC, My Number, IBAN; Luhn for cards and record numbers);
    phone numbers are valid for their region with ``phonenumbers``; IPs are global.  The run aborts on an
    invalid value; every retry loop is capped.

Command (byte-reproducible across PYTHONHASHSEED; python-stdnum and phonenumbers from the project venv)
    python bench/make_solfatara_signal_sets.py [--seed 40718263] [--out bench/data/signals]
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
import sys
import unicodedata
import urllib.parse

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.br import cpf as br_cpf
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gr import amka as gr_amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.ru import inn as ru_inn
from stdnum.se import personnummer as se_pnr
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.ua import rntrc as ua_rntrc
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

SPLIT = "solfatara"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 40718263

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma "
                  "lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer "
                  "zeugen solfatara bergschrund").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:  # skip our own file
            continue
        p = HERE / f"make_{name}_signal_sets.py"
        if not p.exists():
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"\b[A-Z][A-Za-z'\-]+", text):
            words.add(m.group(0).lower())
        prev_non = None
        for t in WORD.findall(text):
            if any(ord(c) > 127 for c in t):
                words.add(t.lower())
                if prev_non is not None:
                    words.add(prev_non + " " + t.lower())
                prev_non = t.lower()
            else:
                prev_non = None
    return words


# generic street-type words and particles: exempt from the freeze
EXEMPT = set("""street st road rd lane ln avenue ave av close drive dr way court ct crescent blvd place
rue allée impasse chemin avenue calle avenida plaza travesía privada cerrada via viale vicolo piazza
ul al ulica rua travessa alameda sokak sk caddesi cad mah ул улица вул вулиця οδός רח רחוב شارع حي
de la le les du des del della delle dei degli di da do dos das van von der den het ten ter y e et und and
of the el los las nr no г м д кв буд по и і в у و في मार्ग गली ซอย""".split())


def P(s):
    return [x.strip() for x in s.split("|") if x.strip()]


# --------------------------------------------------------------------------------------------------------
# locales
# --------------------------------------------------------------------------------------------------------
LOCALES = [
    dict(tag="en-GB", region="GB", script="Latin", order="gf", sep=" ",
         gm=P("Callum|Kieran|Declan|Jordan|Owain|Lewis|Rhys|Tyler"),
         gf=P("Shannon|Kirsty|Leanne|Jade|Bethan|Chantelle|Rhiannon|Nadia"),
         fam=P("Pritchard|Holloway|Dunmore|Ashcroft|Tatlow|Beddoes|Mottram|Hebblethwaite|Fenwick|Radcliffe"),
         gs=P("Jar|Kay|Bran|Dal|Tam|Cor|Ell|Mar"), gem=P("ron|den|ley|vin"), gef=P("ena|lie|ssa|yne"),
         fs=P("Hob|Wint|Ack|Bram|Gos|Thurl|Pell|Ridd"), fe=P("ley|worth|ston|ridge|field|sop"),
         ss=P("Alder|Bramble|Cobden|Furze|Gorse|Hollin|Larch|Tanyard|Quillet|Sorrel"),
         st=P("Road|Street|Lane|Close|Avenue|Crescent|Way|Drive"), sfmt="{s} {t}",
         cs=P("Brack|Thorn|Wend|Hollin|Sket|Marl|Cud|Pens|Ottle"), ce=P("ford|ley|by|wick|ham|thorpe|stow|worth"),
         addr="{n} {street}, {city} {pc}", pc="@@# #@@", dfmt="{d:02d}/{m:02d}/{y}",
         prison=P("HMP {c}|HMYOI {c}|HMP & YOI {c}"),
         prob=P("{c} PDU|{c} YOT|{c} YJS"),
         firm=P("{f1} & {f2}|{f1} Solicitor Advocates|{f1} & {f2} Advocates"),
         offt=P("the Prisons Minister, {p}|HM Chief Inspector of Prisons, {p}|the Governor of {prison}, {p}"),
         mail=P("gmail.com|hotmail.co.uk|outlook.com|yahoo.co.uk|btinternet.com"),
         ph=P("Joe Bloggs|John Smith|A. N. Other|[NAME]"), emerg="999", gov="justice.gov.uk",
         idtype="HEALTH_INSURANCE", iban="GB",
         w=dict(name="Name", dob="DOB", phone="Tel", addr="Address", email="Email", idl="NHS no.", ref="Ref",
                rels=P("my son|my brother|my daughter|my sister"),
                visit="Hi, I want to book a social visit to see {rel} {name} at {prison} on {date}, me and the two kids.",
                note="{name} attended supervision on time; says accommodation is unstable (sofa-surfing), CAS3 referral to follow.",
                complaint="{rel} {name} has been at {prison} three weeks and still has no PIN credit and the property never arrived.",
                notice="From {date} social visits at {prison} run Tue-Sun 14:00-16:00. Book online or ring the visits booking line {switch}.",
                ask="Can you tidy this up and summarise it?",
                inc="If I'm at work ask for {rel} {first}, she'll bring the kids.")),
    dict(tag="en-US", region="US", script="Latin", order="gf", sep=" ",
         gm=P("Tyrell|DeShawn|Cody|Brayden|Jaylen|Travis|Dakota|Marquise"),
         gf=P("Brianna|Kayla|Destiny|Ashlynn|Tamika|Jolene|Shaniqua|Brittany"),
         fam=P("Whitfield|Okafor|Delgado|Haskins|Pruitt|Bledsoe|Kowalczyk|Washburn|Tran|McAllister"),
         gs=P("Jay|Kay|Ty|Dar|Bray|Shay|Lat|Ken"), gem=P("ton|lon|den|ell"), gef=P("anna|onda|isha|elle"),
         fs=P("Hol|Prat|Bur|Stan|Whit|Cald|Mose"), fe=P("ley|field|ner|well|ington|by"),
         ss=P("Cottonwood|Dogwood|Sassafras|Tupelo|Hickory|Persimmon|Buckeye|Catalpa"),
         st=P("St|Ave|Rd|Dr|Ln|Ct|Blvd"), sfmt="{s} {t}",
         cs=P("Harl|Pike|Mill|Bell|Fair|Ox|Coop|Gran"), ce=P("ville|ton|burg|field|port|dale"),
         addr="{n} {street}, {city}, {us} {pc}", pc="#####", dfmt="{m:02d}/{d:02d}/{y}",
         prison=P("{c} Correctional|{c} Jail|{c} Juvenile Detention|{c} Penitentiary"),
         prob=P("{c} Pretrial & Reentry|{c} Diversion|{c} Supervisory Reentry"),
         firm=P("{f1} & {f2} Attorneys|{f1} Defenders|{f1} & {f2} Lawyers"),
         offt=P("Corrections Secretary {p}|the Parole Board Chair, {p}|Warden {p} of {prison}"),
         mail=P("gmail.com|yahoo.com|icloud.com|outlook.com|aol.com"),
         ph=P("John Doe|Jane Doe|[INMATE NAME]|FIRST LAST"), emerg="911", gov="cdcr.ca.gov",
         idtype="ssn", iban=None,
         w=dict(name="Name", dob="DOB", phone="Phone", addr="Address", email="Email", idl="SSN", ref="Case #",
                rels=P("my son|my brother|my daughter|my sister"),
                visit="Hi, I need to schedule a video visit with {rel} {name} at {prison} for {date}. I'm on the approved visitor list.",
                note="{name} reported to PO as scheduled, UA negative, still looking for work; sober living until end of month.",
                complaint="Grievance: {rel} {name} at {prison} hasn't received commissary or mail for three weeks.",
                notice="Starting {date}, visitation at {prison} is Tue-Sun 2-4 PM. Schedule through the main line {switch}.",
                ask="Can you clean this up and summarize?",
                inc="You can also reach {rel} {first}, she handles his commissary.")),
    dict(tag="de-DE", region="DE", script="Latin", order="gf", sep=" ",
         gm=P("Jannik|Dennis|Marvin|Sascha|Dominik|Kevin|Mehmet|Lukas"),
         gf=P("Jacqueline|Mandy|Chantal|Svenja|Aylin|Vanessa|Melanie|Nicole"),
         fam=P("Brüggemann|Kötter|Wessels|Hinrichs|Ahlers|Schwertfeger|Pöhlmann|Gerdes|Tiedemann|Lüders"),
         gs=P("Jan|Till|Ben|Hen|Ul|Wil|Gre|Fen"), gem=P("ko|nik|rik|mar"), gef=P("ke|ja|na|tje"),
         fs=P("Brö|Hölt|Kamp|Wesse|Tied|Rüh|Osterk|Lang"), fe=P("mann|meier|ker|haus|ing|brink"),
         ss=P("Holunder|Ginster|Kiebitz|Quitten|Brachvogel|Hopfen|Wacholder|Ziegelei"),
         st=P("straße|weg|ring|gasse|allee"), sfmt="{s}{t}",
         cs=P("Lehn|Wester|Brinck|Ottmer|Haarl|Söhl|Quern"), ce=P("hausen|stedt|dorf|beck|rode|ingen"),
         addr="{street} {n}, {pc} {city}", pc="#####", dfmt="{d:02d}.{m:02d}.{y}",
         prison=P("JVA {c}|Justizvollzugsanstalt {c}|Jugendstrafanstalt {c}"),
         prob=P("Bewährungshilfe {c}|Jugendgerichtshilfe {c}|Führungsaufsichtsstelle {c}"),
         firm=P("Rechtsanwaltskanzlei {f1}|Strafverteidigung {f1} & {f2}|Anwaltsbüro {f1}|Sozietät {f1} {f2}"),
         offt=P("Justizministerin {p}|Anstaltsleiter {p} ({prison})|Landesjustizvollzugsbeauftragte {p}"),
         mail=P("web.de|gmx.de|t-online.de|gmail.com|freenet.de"),
         ph=P("Max Mustermann|Erika Mustermann|[Name]|N. N."), emerg="110", gov="justiz.nrw.de",
         idtype="TAX_ID", iban="DE",
         w=dict(name="Name", dob="Geb.-Datum", phone="Tel.", addr="Anschrift", email="E-Mail", idl="Steuer-ID", ref="Az.",
                rels=P("meinem Sohn|meinem Bruder|meiner Tochter|meiner Schwester"),
                visit="Hallo, ich möchte einen Besuch bei {rel} {name} in der {prison} am {date} anmelden (2 Erwachsene, 1 Kind).",
                note="{name} erschien pünktlich bei der Bewährungshilfe; Wohnsituation weiterhin ungeklärt, Termin bei der Schuldnerberatung vereinbart.",
                complaint="Bei {rel} {name} in der {prison} kommt seit drei Wochen keine Post an, und der Einkauf wurde zweimal nicht geliefert.",
                notice="Ab {date} finden Besuche in der {prison} Di-So 14:00-16:00 Uhr statt. Anmeldung nur telefonisch über die Zentrale {switch}.",
                ask="Bitte kurz zusammenfassen und auf Englisch übersetzen.",
                inc="Falls ich nicht erreichbar bin, bitte bei {rel} {first} melden.")),
    dict(tag="fr-FR", region="FR", script="Latin", order="gf", sep=" ",
         gm=P("Kévin|Dylan|Mathis|Yanis|Loïc|Bilal|Anthony|Jordan"),
         gf=P("Océane|Laetitia|Sabrina|Inès|Cindy|Maëlle|Audrey|Jessica"),
         fam=P("Vasseur|Delcourt|Marchetti|Bouaziz|Guérin|Ploquin|Dumesnil|Lemaître|Carré|Lefebvre"),
         gs=P("Maë|Lou|Ga|Ro|Tim|Cé|Nol|Fa"), gem=P("lien|ric|tan|bert"), gef=P("line|lie|nne|lise"),
         fs=P("Ber|Cha|Dou|Fro|Lam|Pel|Vau"), fe=P("ville|court|ard|elin|mont|ot"),
         ss=P("des Glycines|des Tanneurs|du Four-à-Chaux|des Peupliers|de la Source-Vive|des Charmilles|du Petit-Verger"),
         st=P("rue|allée|impasse|chemin|avenue"), sfmt="{t} {s}",
         cs=P("Mont|Roche|Beau|Ferr|Lign|Sauv|Vaum"), ce=P("ac|ières|ignan|ay|eval|ourt"),
         addr="{n} {street}, {pc} {city}", pc="#####", dfmt="{d:02d}/{m:02d}/{y}",
         prison=P("EPM de {c}|Quartier QPA de {c}|Maison de détention de {c}"),
         prob=P("SPIP de {c}|PJJ – UEMO de {c}|Antenne SPIP {c}"),
         firm=P("SELARL {f1}|AARPI {f1} & {f2}|SELARL {f1}-{f2}"),
         offt=P("le garde des Sceaux, {p}|la Contrôleuse générale des lieux de privation de liberté, {p}|le directeur de {prison}, {p}"),
         mail=P("orange.fr|free.fr|laposte.net|gmail.com|sfr.fr"),
         ph=P("Jean Dupont|Marie Dupont|[NOM Prénom]|X"), emerg="17", gov="justice.fr",
         idtype="NATIONAL_ID", iban="FR",
         w=dict(name="Nom", dob="Né(e) le", phone="Tél.", addr="Adresse", email="Courriel", idl="N° sécu", ref="Réf.",
                rels=P("mon fils|mon frère|ma fille|ma sœur"),
                visit="Bonjour, je voudrais réserver un parloir pour voir {rel} {name} (établissement : {prison}) le {date}.",
                note="{name} s'est présenté(e) au SPIP ce matin ; toujours sans hébergement stable, orientation 115 et RDV CIP dans 15 jours.",
                complaint="Cela fait trois semaines que {rel} {name} (établissement : {prison}) n'a reçu ni courrier ni mandat.",
                notice="À partir du {date}, les parloirs ({prison}) ont lieu du mardi au dimanche, 14h-16h. Réservation via le standard {switch}.",
                ask="Peux-tu résumer et traduire en anglais ?",
                inc="Si je ne réponds pas, appelez {rel} {first}.")),
    dict(tag="es-ES", region="ES", script="Latin", order="gf", sep=" ", double=True,
         gm=P("Iker|Jonatan|Adrián|Rubén|Álvaro|Aitor|Yeray|Kevin"),
         gf=P("Vanesa|Tamara|Noelia|Yaiza|Estefanía|Lorena|Ainhoa|Nerea"),
         fam=P("Barroso|Carrasco|Quintana|Villalba|Montoya|Escudero|Pastor|Gallardo|Cabello|Ferrer"),
         gs=P("Ai|Ja|Ru|Ma|Xa|Er|Lo"), gem=P("ro|el|án|to"), gef=P("ra|ela|ina|ta"),
         fs=P("Baz|Cer|Mol|Olm|Sarr|Tob|Zub"), fe=P("edo|illo|ano|ares|ueta|ero"),
         ss=P("de los Almendros|del Olivar|de la Alfarería|de Tejedores|del Pozo Nuevo|de las Acacias"),
         st=P("Calle|Avenida|Plaza|Travesía"), sfmt="{t} {s}",
         cs=P("Villa|Torre|Val|Castro|Alcor|Mora"), ce=P("nueva|dejos|verde|lejo|tilla"),
         addr="{street} {n}, {apt}º B, {pc} {city}", pc="#####", dfmt="{d:02d}/{m:02d}/{y}",
         prison=P("C.P. {c}|Establecimiento Penitenciario {c}|Penitenciaria Abierta {c}"),
         prob=P("Servicio de Gestión de Penas y Medidas Alternativas {c}"),
         firm=P("{f1} & {f2} Letrados|Bufete {f1}|Bufete {f1} {f2}"),
         offt=P("el ministro del Interior, {p}|la secretaria general de Instituciones Penitenciarias, {p}|el director de {prison}, {p}"),
         mail=P("gmail.com|hotmail.es|yahoo.es|outlook.es|telefonica.net"),
         ph=P("Fulano de Tal|Juan Español|[NOMBRE]|N.N."), emerg="112", gov="interior.gob.es",
         idtype="NATIONAL_ID", iban="ES",
         w=dict(name="Nombre", dob="F. nacimiento", phone="Tel.", addr="Domicilio", email="Correo", idl="DNI", ref="Ref.",
                rels=P("mi hijo|mi hermano|mi hija|mi hermana"),
                visit="Hola, quiero pedir un vis a vis para ver a {rel} {name} (centro: {prison}) el {date}.",
                note="{name} acudió hoy a la cita en el CIS; sigue sin vivienda estable, se deriva a trabajo social.",
                complaint="Hace tres semanas que {rel} {name} (centro: {prison}) no recibe mis cartas ni el peculio.",
                notice="A partir del {date}, las comunicaciones en {prison} serán de martes a domingo, 16:00-18:00. Cita previa en la centralita {switch}.",
                ask="Resúmelo y tradúcelo al inglés, porfa.",
                inc="Si no contesto, pregunten por {rel} {first}.")),
    dict(tag="es-MX", region="MX", script="Latin", order="gf", sep=" ", double=True,
         gm=P("Brandon|Uriel|Jesús|Ulises|Yahir|Osvaldo|Alán|Kevin"),
         gf=P("Yesenia|Itzel|Guadalupe|Mayra|Xóchitl|Brenda|Dulce|Araceli"),
         fam=P("Ibarra|Zamudio|Cervantes|Tapia|Villegas|Olvera|Cuevas|Saldívar|Arreola|Nava"),
         gs=P("Ya|Ul|Ce|Xi|Ma|Ro"), gem=P("hir|ises|lso|ncio"), gef=P("tzel|mena|nelly|lia"),
         fs=P("Iba|Zam|Cer|Olv|Sal|Arr"), fe=P("rra|udio|vera|ívar|eola|ales"),
         ss=P("Jacarandas|Tabachines|Ahuehuetes|Colorines|Huizaches|Cempasúchil"),
         st=P("Calle|Av.|Privada|Cerrada"), sfmt="{t} {s}",
         cs=P("Tlal|Ixt|Zapo|Chal|Tehu|Acat"), ce=P("tepec|lán|co|pan|titlán"),
         addr="{street} #{n}, Col. {city2}, C.P. {pc}, {city}", pc="#####", dfmt="{d:02d}/{m:02d}/{y}",
         prison=P("CERESO {c}|CEFERESO {c}|Reclusorio Preventivo Varonil {c}|Reclusorio Femenil {c}"),
         prob=P("Medidas Cautelares {c}|Servicio de Medidas Cautelares {c}"),
         firm=P("{f1} {f2} y Asociados|Defensa Penal {f1}"),
         offt=P("el secretario de Seguridad, {p}|la comisionada del Sistema Penitenciario, {p}|el director del {prison}, {p}"),
         mail=P("gmail.com|hotmail.com|yahoo.com.mx|outlook.com"),
         ph=P("Juan Pérez|Fulano de Tal|[NOMBRE COMPLETO]|N. N."), emerg="911", gov="sspc.gob.mx",
         idtype="NATIONAL_ID", iban=None,
         w=dict(name="Nombre", dob="Fecha de nac.", phone="Cel.", addr="Domicilio", email="Correo", idl="CURP", ref="Folio",
                rels=P("mi hijo|mi hermano|mi hija|mi hermana"),
                visit="Buenas, quiero agendar la visita familiar con {rel} {name} en el {prison} para el {date}, ¿qué papeles llevo?",
                note="{name} se presentó a firmar ante la autoridad de supervisión; reporta trabajo en un taller mecánico.",
                complaint="Mi queja: a {rel} {name} en el {prison} no le han entregado sus medicamentos desde hace dos semanas.",
                notice="A partir del {date} la visita en el {prison} será de jueves a domingo de 9:00 a 15:00. Informes al conmutador {switch}.",
                ask="Hazme un resumen y pásalo al inglés.",
                inc="Cualquier cosa, háblenle a {rel} {first}.")),
    dict(tag="it-IT", region="IT", script="Latin", order="gf", sep=" ",
         gm=P("Ciro|Gennaro|Salvatore|Alessio|Mattia|Christian|Davide|Kevin"),
         gf=P("Assunta|Noemi|Rosaria|Ilaria|Debora|Carmela|Martina|Jessica"),
         fam=P("Capuano|Iannone|Scognamiglio|Ferraro|Pellegrino|Amoroso|Cuccurullo|Esposito|Marchetti"),
         gs=P("Ga|Ni|Lu|Ro|Ser|Te|Vi"), gem=P("rino|ello|ano|io"), gef=P("rina|ella|ana|ia"),
         fs=P("Acc|Bran|Cal|Fio|Mar|Sca|Tor"), fe=P("ello|uzzi|ini|one|aro|etti"),
         ss=P("dei Gelsi|delle Fornaci|del Lavatoio|dei Cordai|della Fontanella|degli Ulivi"),
         st=P("Via|Vicolo|Viale|Piazza"), sfmt="{t} {s}",
         cs=P("Monte|Castel|Borgo|Roccaf|Villan"), ce=P("rano|ella|uzzo|ino|ora"),
         addr="{street} {n}, {pc} {city} ({pv})", pc="#####", dfmt="{d:02d}/{m:02d}/{y}",
         prison=P("C.C. {c}|Carcere di {c}|IPM di {c}"),
         prob=P("UEPE di {c}|USSM di {c}"),
         firm=P("Avv. {f1} e Associati|Avvocati {f1} & {f2}"),
         offt=P("il ministro della Giustizia, {p}|il Garante nazionale dei detenuti, {p}|il direttore della {prison}, {p}"),
         mail=P("libero.it|gmail.com|virgilio.it|alice.it|tiscali.it"),
         ph=P("Mario Rossi|Maria Rossi|[NOME COGNOME]|N.N."), emerg="112", gov="giustizia.it",
         idtype="TAX_ID", iban="IT",
         w=dict(name="Nome e cognome", dob="Nato/a il", phone="Tel.", addr="Residenza", email="E-mail", idl="Codice fiscale", ref="Rif.",
                rels=P("mio figlio|mio fratello|mia figlia|mia sorella"),
                visit="Buongiorno, vorrei prenotare un colloquio con {rel} {name} presso la {prison} il {date}.",
                note="{name} si è presentato/a all'UEPE; lavoro di pubblica utilità confermato, alloggio ancora precario.",
                complaint="Da tre settimane {rel} {name}, detenuto/a presso la {prison}, non riceve i pacchi né la posta.",
                notice="Dal {date} i colloqui presso la {prison} si svolgono dal martedì alla domenica, 9:00-15:00. Prenotazioni al centralino {switch}.",
                ask="Riassumi e traduci in inglese, grazie.",
                inc="Se non rispondo chiedete di {rel} {first}.")),
    dict(tag="nl-NL", region="NL", script="Latin", order="gf", sep=" ",
         gm=P("Jordy|Rachid|Stefan|Mitchell|Sem|Bas|Dennis|Kevin"),
         gf=P("Kimberley|Samira|Demi|Femke|Sanne|Naomi|Chantal|Jamie"),
         fam=P("Dijkhuis|Brouwer|Hoekstra|El Amrani|Verbeek|Kuipers|Dekker|Postma|Smeets|de Graaf"),
         gs=P("Jor|Wout|Thij|Sie|Ger|Ma|Lie"), gem=P("ne|s|ijn|en"), gef=P("ke|tje|nda|ne"),
         fs=P("Hoog|Mul|Wes|Bak|Vel|Kor|Ruy"), fe=P("stra|ink|man|huis|sma|kamp"),
         ss=P("Hazelaar|Kievit|Lijsterbes|Zwaluw|Vlasakker|Molenbeek"),
         st=P("straat|laan|weg|hof|singel"), sfmt="{s}{t}",
         cs=P("Oost|Wester|Zand|Hoog|Brou|Lin"), ce=P("voorde|dam|wijk|horst|veen"),
         addr="{street} {n}, {pc} {city}", pc="#### @@", dfmt="{d:02d}-{m:02d}-{y}",
         prison=P("Penitentiaire Inrichting {c}|JJI {c}"),
         prob=P("Reclassering {c}|Jeugdreclassering {c}"),
         firm=P("Advocatenkantoor {f1}|Strafrechtadvocaten {f1} & {f2}"),
         offt=P("staatssecretaris {p}|de Inspecteur-generaal {p}|de directeur van {prison}, {p}"),
         mail=P("gmail.com|hotmail.nl|ziggo.nl|kpnmail.nl|outlook.com"),
         ph=P("Jan Jansen|Piet Pietersen|[NAAM]|N.N."), emerg="112", gov="dji.nl",
         idtype="NATIONAL_ID", iban="NL",
         w=dict(name="Naam", dob="Geb.datum", phone="Tel.", addr="Adres", email="E-mail", idl="BSN", ref="Kenmerk",
                rels=P("mijn zoon|mijn broer|mijn dochter|mijn zus"),
                visit="Hoi, ik wil een bezoek plannen bij {rel} {name} in {prison} op {date}.",
                note="{name} was op tijd bij de reclassering; woonsituatie nog onzeker, doorverwijzing naar schuldhulp.",
                complaint="Klacht: {rel} {name} zit al drie weken in {prison} en heeft nog steeds geen beltegoed of post.",
                notice="Vanaf {date} is het bezoek in {prison} van dinsdag t/m zondag, 14:00-16:00. Afspraak via de receptie {switch}.",
                ask="Kun je dit samenvatten en in het Engels vertalen?",
                inc="Als ik niet opneem, bel dan {rel} {first}.")),
    dict(tag="pl-PL", region="PL", script="Latin", order="gf", sep=" ",
         gm=P("Patryk|Kamil|Dawid|Sebastian|Damian|Grzegorz|Przemysław|Mateusz"),
         gf=P("Paulina|Karolina|Sylwia|Dominika|Ewelina|Justyna|Agnieszka|Natalia"),
         fam=P("Wiśniewski/Wiśniewska|Zieliński/Zielińska|Dudek|Kaczmarek|Wróbel|Jabłoński/Jabłońska|Pawlak|Sikora|Michalak"),
         gs=P("Bo|Ja|Mi|Rad|Wie|Zbi|Sła"), gem=P("sław|mir|dek|rek"), gef=P("sława|mira|na|ta"),
         fs=P("Kow|Mrocz|Grab|Stęp|Piąt|Dziub|Szym"), fe=P("ski/ska|icz|ak|ek|ecki/ecka"),
         ss=P("Jarzębinowa|Kminkowa|Powroźnicza|Słonecznikowa|Bednarska|Wrzosowa|Żurawia"),
         st=P("ul."), sfmt="{t} {s}",
         cs=P("Wól|Brzoz|Kro|Mił|Sław|Trzeb"), ce=P("ówek|ice|nica|owo|ów"),
         addr="{street} {n}/{apt}, {pc} {city}", pc="##-###", dfmt="{d:02d}.{m:02d}.{y}",
         prison=P("Areszt Śledczy {c}|ZK {c}|Schronisko Nieletnich {c}"),
         prob=P("Zespół Kuratorskiej Służby Sądowej {c}|Kuratorzy {c}"),
         firm=P("Adwokat {f1}|Spółka Adwokacka {f1} i {f2}"),
         offt=P("minister sprawiedliwości {p}|Rzecznik Praw Obywatelskich {p}|dyrektor {prison} {p}"),
         mail=P("wp.pl|onet.pl|interia.pl|gmail.com|o2.pl"),
         ph=P("Jan Kowalski|Anna Nowak|[IMIĘ NAZWISKO]|NN"), emerg="112", gov="sw.gov.pl",
         idtype="NATIONAL_ID", iban="PL",
         w=dict(name="Imię i nazwisko", dob="Data ur.", phone="Tel.", addr="Adres zam.", email="E-mail", idl="PESEL", ref="Sygn.",
                rels=P("mój syn|mój brat|moja córka|moja siostra"),
                visit="Dzień dobry, chcę umówić widzenie – osadzony/a: {rel} {name}, {prison}, termin {date}.",
                note="{name} stawił(a) się u kuratora w terminie; nadal bez stałego meldunku, skierowanie do MOPS.",
                complaint="Skarga: {rel} {name} ({prison}) od trzech tygodni nie dostaje moich listów ani paczek.",
                notice="Komunikat – {prison}: od {date} widzenia odbywają się wt-nd 9:00-15:00. Zapisy przez centralę {switch}.",
                ask="Streść to i przetłumacz na angielski.",
                inc="Jak nie odbieram, dzwońcie do {first} ({rel}).")),
    dict(tag="pt-BR", region="BR", script="Latin", order="gf", sep=" ",
         gm=P("Wellington|Cleiton|Jefferson|Kauã|Anderson|Thiago|Luan|Rodrigo"),
         gf=P("Jaqueline|Gleice|Rayssa|Thaís|Kelly|Luana|Daiane|Adriana"),
         fam=P("da Silva Nascimento|Carvalho|Barbosa|Rocha|Moreira|Cardoso|Teixeira|Pimentel|Bezerra"),
         gs=P("Cle|Wel|Jo|Ra|Dai|Ta|Gi"), gem=P("son|ton|nilo|vão"), gef=P("ane|ssa|ely|ara"),
         fs=P("Alv|Bit|Cor|Fon|Mac|Sal|Ter"), fe=P("ares|eira|ado|ino|ões"),
         ss=P("das Paineiras|dos Ipês|do Jequitibá|das Quaresmeiras|dos Seringueiros|da Cachoeirinha"),
         st=P("Rua|Av.|Travessa|Alameda"), sfmt="{t} {s}",
         cs=P("Ita|Jaca|Pira|Caru|Ubi|Mara"), ce=P("quera|reí|tuba|pava|jara"),
         addr="{street}, {n} – {city2}, {city} – {uf}, {pc}", pc="#####-###", dfmt="{d:02d}/{m:02d}/{y}",
         prison=P("Penitenciária {c}|Presídio de {c}|Cadeia de {c}|Unidade Socioeducativa {c}"),
         prob=P("Patronato {c}|VEP de {c}"),
         firm=P("Advocacia {f1}|{f1} & {f2} Advocacia"),
         offt=P("o secretário de Administração Penitenciária, {p}|a juíza corregedora {p}|o diretor da {prison}, {p}"),
         mail=P("gmail.com|hotmail.com|yahoo.com.br|uol.com.br|bol.com.br"),
         ph=P("Fulano de Tal|Beltrano da Silva|[NOME]|NN"), emerg="190", gov="sap.sp.gov.br",
         idtype="TAX_ID", iban=None,
         w=dict(name="Nome", dob="Data de nasc.", phone="Cel.", addr="Endereço", email="E-mail", idl="CPF", ref="Protocolo",
                rels=P("meu filho|meu irmão|minha filha|minha irmã"),
                visit="Oi, quero agendar pra visitar {rel} {name} ({prison}) no dia {date}.",
                note="{name} compareceu ao fórum para assinar; está trabalhando de ajudante de pedreiro, sem pendências.",
                complaint="Reclamação: {rel} {name} ({prison}) está sem receber o jumbo e as cartas faz três semanas.",
                notice="A partir de {date}, as visitas na unidade {prison} serão aos sábados e domingos, 8h-15h. Agendamento pela central {switch}.",
                ask="Resume e traduz pro inglês por favor.",
                inc="Se eu não atender, fala com {rel} {first}.")),
    dict(tag="sv-SE", region="SE", script="Latin", order="gf", sep=" ",
         gm=P("Jonny|Robin|Linus|Emil|Tobias|Dragan|Kevin|Mohammed"),
         gf=P("Sandra|Amina|Linnea|Moa|Felicia|Jessica|Hanna|Ebba"),
         fam=P("Lindqvist|Bergström|Åberg|Sjöberg|Nyström|Ekström|Wallin|Hedlund|Björk|Holm"),
         gs=P("Al|Bo|Ing|Lin|Sti|Tor|Vi"), gem=P("var|n|be|ke"), gef=P("a|ga|da|ra"),
         fs=P("Ahl|Berg|Ek|Gran|Hed|Lund|Sund"), fe=P("qvist|ström|gren|berg|blad|dahl"),
         ss=P("Lönnbärs|Tallbacks|Kvarnbäcks|Mjölnar|Skräddar|Ängsull"),
         st=P("gatan|vägen|stigen|gränd"), sfmt="{s}{t}",
         cs=P("Lill|Norr|Ös|Sand|Berg|Tran"), ce=P("köping|by|vik|hamn|sjö"),
         addr="{street} {n}, {pc} {city}", pc="### ##", dfmt="{y}-{m:02d}-{d:02d}",
         prison=P("Anstalten {c}|Häktet {c}|Ungdomshem {c}"),
         prob=P("Frivården {c}|Socialtjänsten {c}, ungdomsenheten"),
         firm=P("Advokatfirman {f1}|{f1} & {f2} Advokatbyrå|Försvarsadvokat {f1}"),
         offt=P("justitieminister {p}|generaldirektör {p}|kriminalvårdsinspektör {p}"),
         mail=P("gmail.com|hotmail.se|telia.com|outlook.com"),
         ph=P("Sven Svensson|Anna Andersson|[NAMN]|NN"), emerg="112", gov="kriminalvarden.se",
         idtype="NATIONAL_ID", iban="SE",
         w=dict(name="Namn", dob="Född", phone="Tel.", addr="Adress", email="E-post", idl="Personnummer", ref="Dnr",
                rels=P("min son|min bror|min dotter|min syster"),
                visit="Hej, jag vill boka ett besök hos {rel} {name} på {prison} den {date}.",
                note="{name} kom i tid till frivården; boendet fortfarande osäkert, kontakt med socialtjänsten bokad.",
                complaint="Klagomål: {rel} {name} ({prison}) har inte fått mina brev på tre veckor.",
                notice="Från {date} är besökstiderna på {prison} tis-sön 14.00-16.00. Bokning via växeln {switch}.",
                ask="Sammanfatta och översätt till engelska.",
                inc="Om jag inte svarar, ring {rel} {first}.")),
    dict(tag="tr-TR", region="TR", script="Latin", order="gf", sep=" ",
         gm=P("Emre|Burak|Volkan|Serkan|Hakan|Onur|Tolga|Erkan"),
         gf=P("Esra|Büşra|Merve|Tuğba|Gizem|Sevda|Dilek|Özlem"),
         fam=P("Yıldırım|Aydın|Öztürk|Kılıç|Arslan|Doğan|Kaplan|Çelik|Aksoy|Korkmaz"),
         gs=P("Ay|Bar|Cem|Dur|Er|Gök|Tan"), gem=P("han|kan|er|tay"), gef=P("su|nur|ay|gül"),
         fs=P("Ak|Kara|Öz|Gün|Tek|Yal|Son"), fe=P("soy|taş|demir|kaya|oğlu|can"),
         ss=P("Menekşe|Gelincik|Karanfil|Ihlamur|Nergis|Sümbül"),
         st=P("Sokak|Caddesi"), sfmt="{s} {t}",
         cs=P("Kara|Ak|Yeşil|Göl|Ova|Taş"), ce=P("köy|tepe|pınar|ova|hisar"),
         addr="{city2} Mah. {street} No: {n} D: {apt}, {pc} {city}", pc="#####", dfmt="{d:02d}.{m:02d}.{y}",
         prison=P("{c} Cezaevi|{c} İnfaz Kurumu|{c} Çocuk Eğitimevi"),
         prob=P("{c} Denetimli Serbestlik"),
         firm=P("Av. {f1}|{f1} Avukatlık Ortaklığı"),
         offt=P("Adalet Bakanı {p}|Ceza ve Tevkifevleri Genel Müdürü {p}|{prison} müdürü {p}"),
         mail=P("gmail.com|hotmail.com|yandex.com.tr|outlook.com"),
         ph=P("Ahmet Yılmaz|Ayşe Yılmaz|[AD SOYAD]|X"), emerg="112", gov="cte.adalet.gov.tr",
         idtype="NATIONAL_ID", iban="TR",
         w=dict(name="Ad Soyad", dob="Doğum tarihi", phone="Tel", addr="Adres", email="E-posta", idl="TC Kimlik No", ref="Dosya No",
                rels=P("oğlum|erkek kardeşim|kızım|kız kardeşim"),
                visit="Merhaba, {prison} – {rel} {name} için {date} tarihine açık görüş randevusu almak istiyorum.",
                note="{name} denetimli serbestlik müdürlüğüne zamanında geldi; iş arıyor, barınma sorunu devam ediyor.",
                complaint="Şikâyet: {rel} {name} ({prison}) üç haftadır mektuplarımı ve kantin parasını alamıyor.",
                notice="{date} itibarıyla {prison} ziyaret günleri salı-pazar 09:00-15:00. Randevu için santral: {switch}.",
                ask="Bunu özetleyip İngilizceye çevirir misin?",
                inc="Ulaşamazsanız {rel} {first} ile görüşün.")),
    dict(tag="ru-RU", region="RU", script="Cyrillic", order="fg", sep=" ",
         gm=P("Артём|Денис|Руслан|Кирилл|Вадим|Станислав|Тимур|Евгений"),
         gf=P("Ксения|Алёна|Олеся|Дарья|Кристина|Юлия|Виктория|Анастасия"),
         fam=P("Ковалёв/Ковалёва|Шестаков/Шестакова|Зуев/Зуева|Гордеев/Гордеева|Мельников/Мельникова|Субботин/Субботина|Лаптев/Лаптева|Кудрявцев/Кудрявцева"),
         gs=P("Яро|Мило|Свето|Люб|Рад|Бор"), gem=P("слав|мир|ан|ислав"), gef=P("слава|мира|ана|ина"),
         fs=P("Кузь|Лыс|Мох|Тарх|Щег|Бур|Жар"), fe=P("ов/ова|ин/ина|ев/ева|ков/кова"),
         ss=P("Рябиновая|Кленовая|Заречная|Овражная|Литейная|Сиреневая"),
         st=P("ул."), sfmt="{t} {s}",
         cs=P("Верх|Ново|Кам|Бел|Озёр|Сосн"), ce=P("ск|ово|инск|горск|ка"),
         addr="г. {city}, {street}, д. {n}, кв. {apt}, {pc}", pc="######", dfmt="{d:02d}.{m:02d}.{y}",
         prison=P("ИК-{k} (г. {c})|СИЗО-{k} г. {c}|Воспитательная колония г. {c}"),
         prob=P("УИИ по г. {c}|Филиал УИИ {c}"),
         firm=P("Адвокатский кабинет {f1}|Адвокатское бюро «{f1} и {f2}»"),
         offt=P("директор ФСИН {p}|уполномоченный по правам человека {p}|начальник учреждения {prison} {p}"),
         mail=P("mail.ru|yandex.ru|gmail.com|bk.ru|rambler.ru"),
         ph=P("Иванов Иван Иванович|Петров П. П.|[ФИО]|Х"), emerg="112", gov="fsin.gov.ru",
         roman=P("sasha|zhenya|kotik|tima|ksu|lesya|vadik|stas|dasha|ruslan"),
         idtype="TAX_ID", iban=None,
         w=dict(name="ФИО", dob="Дата рождения", phone="Тел.", addr="Адрес", email="Эл. почта", idl="ИНН", ref="№ дела",
                rels=P("мой сын|мой брат|моя дочь|моя сестра"),
                visit="Здравствуйте, хочу записаться на длительное свидание: {rel} {name}, {prison}, дата {date}.",
                note="{name} явился(-ась) в УИИ в установленный день, нарушений нет; трудоустройство в процессе.",
                complaint="Жалоба: {rel} {name} ({prison}) уже три недели не получает мои письма и передачи.",
                notice="С {date} свидания в учреждении {prison} проводятся вт-вс с 9:00 до 15:00. Запись через дежурную часть {switch}.",
                ask="Сделай краткое резюме и переведи на английский.",
                inc="Если не дозвонитесь, спросите {first} ({rel}).")),
    dict(tag="uk-UA", region="UA", script="Cyrillic", order="fg", sep=" ",
         gm=P("Богдан|Тарас|Назар|Остап|Дмитро|Максим|Андрій|Ярослав"),
         gf=P("Оксана|Соломія|Ярина|Христина|Мар'яна|Галина|Ірина|Олеся"),
         fam=P("Коваленко|Шевчук|Бондаренко|Ткачук|Мельничук|Гнатюк|Кравець|Лисенко|Савчук"),
         gs=P("Яро|Мир|Бож|Гор|Свят|Зор|Лад"), gem=P("слав|ко|дан|ій"), gef=P("слава|ка|дана|ина"),
         fs=P("Гна|Дзю|Кова|Лит|Пав|Степ|Оні"), fe=P("енко|чук|юк|ець|ишин"),
         ss=P("Калинова|Вишнева|Гончарна|Надʼярна|Ковальська|Липова"),
         st=P("вул."), sfmt="{t} {s}",
         cs=P("Біло|Ново|Зелено|Горо|Тихо"), ce=P("дар|поле|гірськ|вів|брід"),
         addr="м. {city}, {street}, буд. {n}, кв. {apt}, {pc}", pc="#####", dfmt="{d:02d}.{m:02d}.{y}",
         prison=P("Установа виконання покарань №{k} ({c})|СІЗО м. {c}|Виправна колонія №{k} ({c})"),
         prob=P("Сектор пробації м. {c}|Відділ пробації м. {c}"),
         firm=P("Адвокатське бюро «{f1}»|АБ «{f1} і {f2}»"),
         offt=P("міністр юстиції {p}|омбудсман {p}|начальник установи {prison} {p}"),
         mail=P("ukr.net|gmail.com|i.ua|meta.ua"),
         ph=P("Петренко Петро Петрович|[ПІБ]|Х. Х."), emerg="102", gov="minjust.gov.ua",
         roman=P("oksi|taras|bodya|solomiia|ostap|yaryna|max|dmytro"),
         idtype="TAX_ID", iban="UA",
         w=dict(name="ПІБ", dob="Дата народження", phone="Тел.", addr="Адреса", email="Ел. пошта", idl="РНОКПП", ref="№ справи",
                rels=P("мій син|мій брат|моя донька|моя сестра"),
                visit="Добрий день, хочу записатися на побачення: {rel} {name}, {prison}, {date}.",
                note="{name} зʼявився(-лась) до органу пробації вчасно; шукає роботу, житло тимчасове.",
                complaint="Скарга: {rel} {name} ({prison}) вже три тижні не отримує моїх листів і передач.",
                notice="З {date} побачення в установі {prison} вт-нд 9:00-15:00. Запис через чергову частину {switch}.",
                ask="Коротко підсумуй і переклади англійською.",
                inc="Якщо не відповідаю, телефонуйте {first} ({rel}).")),
    dict(tag="el-GR", region="GR", script="Greek", order="gf", sep=" ",
         gm=P("Στέλιος|Θανάσης|Μιχάλης|Παναγιώτης|Στράτος|Λευτέρης|Μανώλης|Σπύρος"),
         gf=P("Δέσποινα|Βασιλική|Χρυσούλα|Κατερίνα|Σταυρούλα|Αθηνά|Μαρίνα|Ευτυχία"),
         fam=P("Καραγιάννης/Καραγιάννη|Μαυρίδης/Μαυρίδου|Τσακίρης/Τσακίρη|Βλάχος/Βλάχου|Ζαφειρίου|Μπακάλης/Μπακάλη|Οικονόμου|Σταθόπουλος/Σταθοπούλου"),
         gs=P("Στα|Λε|Θεο|Χαρ|Σπυ|Αρ|Μυρ"), gem=P("ύρος|άνθης|λάμπος|ίων"), gef=P("ούλα|ίνα|άνθη|ώ"),
         fs=P("Κουτ|Μπαλ|Τσαν|Χατζη|Σταυρ|Λαζ|Ρου"), fe=P("άκης/άκη|ίδης/ίδου|όπουλος/οπούλου|άτος/άτου"),
         ss=P("Ανεμώνης|Βυσσινιάς|Κυπαρισσίων|Λεμονιάς|Αμυγδαλιάς|Γαρδένιας"),
         st=P("οδός"), sfmt="{s}",
         cs=P("Καλλι|Μυρ|Λευκ|Αγρι|Ποταμ"), ce=P("θέα|ώνια|όπετρα|νιά|ιά"),
         addr="{street} {n}, {pc} {city}", pc="### ##", dfmt="{d:02d}/{m:02d}/{y}",
         prison=P("Κατάστημα Κράτησης {c}|Ειδικό Κατάστημα Κράτησης Νέων {c}"),
         prob=P("Υπηρεσία Επιμελητών Ανηλίκων {c}|Υπηρεσία Επιμελητών Κοινωνικής Αρωγής {c}"),
         firm=P("Δικηγορικό Γραφείο {f1}|{f1} & {f2} Δικηγόροι"),
         offt=P("ο υφυπουργός {p}|η Συνήγορος του Πολίτη {p}|ο διευθυντής του {prison} {p}"),
         mail=P("gmail.com|yahoo.gr|hotmail.com|otenet.gr"),
         ph=P("Γιάννης Παπαδόπουλος|[ΟΝΟΜΑΤΕΠΩΝΥΜΟ]|Χ. Χ."), emerg="112", gov="ministryofcitizenprotection.gov.gr",
         roman=P("stelios|vasso|xrysa|manos|katerina|spyros|marina|thanos"),
         idtype="NATIONAL_ID", iban="GR",
         w=dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", phone="Τηλ.", addr="Διεύθυνση", email="Email", idl="ΑΜΚΑ", ref="Αρ. πρωτ.",
                rels=P("ο γιος μου|ο αδελφός μου|η κόρη μου|η αδελφή μου"),
                visit="Καλησπέρα, θέλω να κλείσω επισκεπτήριο: {rel} {name}, {prison}, στις {date}.",
                note="{name} προσήλθε στην Υπηρεσία Επιμελητών στην ώρα του/της· η στέγαση παραμένει ασταθής.",
                complaint="Παράπονο: {rel} {name} ({prison}) δεν έχει λάβει τα γράμματά μου εδώ και τρεις εβδομάδες.",
                notice="Από {date}, το επισκεπτήριο στο {prison} γίνεται Τρίτη-Κυριακή 09:00-14:00. Κρατήσεις στο τηλεφωνικό κέντρο {switch}.",
                ask="Κάνε μια σύντομη περίληψη και μετάφρασέ το στα αγγλικά.",
                inc="Αν δεν απαντώ, ρωτήστε {rel} {first}.")),
    dict(tag="he-IL", region="IL", script="Hebrew", order="gf", sep=" ",
         gm=P("אורי|יוסי|עומר|אביב|מתן|אלון|שי|דניאל"),
         gf=P("מיכל|שירה|הדס|טליה|רוני|ליאת|אורטל|נועה"),
         fam=P("אזולאי|חדד|שטרן|וקנין|אוחיון|ביטון|פרידמן|בן-שושן|דהן"),
         gs=P("אל|נת|גל|יה|רו|צו"), gem=P("ון|יר|אל"), gef=P("ית|ה|לי"),
         fs=P("בר|גול|רז|שק|אב|זק"), fe=P("ני|וביץ|ן|אי|ר"),
         ss=P("הדקלים|הרימון|השקד|הגפן|הצבר|התאנה"),
         st=P("רח׳"), sfmt="{t} {s}",
         cs=P("שדמ|גבע|נחל|ירו|אלו|כרמ"), ce=P("ון|ית|ים|יה|ות"),
         addr="{street} {n}, דירה {apt}, {city} {pc}", pc="#######", dfmt="{d:02d}/{m:02d}/{y}",
         prison=P("כלא {c}|מעון נעורים {c}"),
         prob=P("יחידת המבחן {c}|יחידת פיקוח {c}"),
         firm=P("{f1} ושות׳|{f1}, {f2} ושות׳"),
         offt=P("השר לביטחון לאומי {p}|נציב שירות בתי הסוהר {p}|מפקד {prison} {p}"),
         mail=P("gmail.com|walla.co.il|hotmail.com|012.net.il"),
         ph=P("ישראל ישראלי|פלוני אלמוני|[שם מלא]"), emerg="100", gov="ips.gov.il",
         roman=P("uri|michal|yossi|shira|omer|hadas|aviv|liat"),
         idtype="NATIONAL_ID", iban="IL",
         w=dict(name="שם מלא", dob="ת. לידה", phone="טל׳", addr="כתובת", email="דוא״ל", idl="ת.ז.", ref="מס׳ תיק",
                rels=P("הבן שלי|האח שלי|הבת שלי|האחות שלי"),
                visit="שלום, אני רוצה לתאם ביקור אצל {rel} {name} ב{prison} בתאריך {date}.",
                note="{name} התייצב/ה לפגישה בשירות המבחן בזמן; עדיין ללא דיור קבוע, הופנה/תה לעו״ס.",
                complaint="תלונה: {rel} {name} ({prison}) לא מקבל/ת את המכתבים שלי כבר שלושה שבועות.",
                notice="החל מ־{date} ביקורים ב{prison} בימים ג׳-א׳ 09:00-15:00. תיאום דרך המרכזייה {switch}.",
                ask="תסכם בקצרה ותתרגם לאנגלית.",
                inc="אם אני לא עונה, תדברו עם {rel} {first}.")),
    dict(tag="ar-SA", region="SA", script="Arabic", order="gf", sep=" ",
         gm=P("فهد|سلطان|نايف|ماجد|بندر|سعود|تركي|مشعل"),
         gf=P("نورة|هيفاء|أريج|منيرة|لمى|عبير|شهد|غادة"),
         fam=P("العتيبي|القحطاني|الغامدي|الشهري|الدوسري|الزهراني|المطيري|الحربي"),
         gs=P("سا|نا|ري|لو|جا|ها"), gem=P("مر|لد|صر"), gef=P("رة|نة|يا"),
         fs=P("السب|الرق|النم|الجع|الهو"), fe=P("يعي|اني|يري|وي"),
         ss=P("الياسمين|النخيل|الورود|السنابل|الريحان"),
         st=P("شارع"), sfmt="{t} {s}",
         cs=P("الرو|الخب|السل|النق|الحز|الشف"), ce=P("يمة|يبة|ان|يرة|ية"),
         addr="حي {city2}، {street}، مبنى {n}، {city} {pc}", pc="#####", dfmt="{d:02d}/{m:02d}/{y}",
         prison=P("سجن {c}|إصلاحية {c}"),
         prob=P("الرعاية اللاحقة في {c}|لجنة السجناء في {c}"),
         firm=P("المحامي {f1}|{f1} و{f2} للاستشارات"),
         offt=P("مدير عام السجون {p}|رئيس هيئة حقوق الإنسان {p}|مدير {prison} {p}"),
         mail=P("gmail.com|hotmail.com|outlook.sa|yahoo.com"),
         ph=P("فلان الفلاني|[الاسم الكامل]"), emerg="911", gov="moi.gov.sa",
         roman=P("fahad|noura|sultan|haifa|majed|areej|bandar|lama"),
         idtype=None, iban="SA",
         w=dict(name="الاسم", dob="تاريخ الميلاد", phone="الجوال", addr="العنوان", email="البريد", idl="الهوية", ref="رقم الملف",
                rels=P("ابني|أخي|ابنتي|أختي"),
                visit="السلام عليكم، أبغى أحجز زيارة: {rel} {name}، {prison}، يوم {date}.",
                note="حضر/ت {name} إلى مكتب الرعاية اللاحقة في الموعد؛ يبحث عن عمل والسكن غير مستقر.",
                complaint="شكوى: {rel} {name} ({prison}) لم يستلم رسائلي منذ ثلاثة أسابيع.",
                notice="اعتباراً من {date} تكون الزيارات في {prison} من الثلاثاء إلى الأحد 9:00-15:00. الحجز عبر السنترال {switch}.",
                ask="لخّص النص وترجمه إلى الإنجليزية لو سمحت.",
                inc="إذا ما رديت كلموا {rel} {first}.")),
    dict(tag="hi-IN", region="IN", script="Devanagari", order="gf", sep=" ",
         gm=P("राहुल|अमित|विकास|सुनील|रोहित|दीपक|अजय|संदीप"),
         gf=P("पूजा|सुनीता|प्रिया|नेहा|अंजलि|रेखा|कविता|ममता"),
         fam=P("यादव|वर्मा|चौहान|तिवारी|पांडे|मिश्रा|कुशवाहा|राठौर|गुप्ता"),
         gs=P("अ|वि|सु|रा|मो|के|दे"), gem=P("नीश|रेंद्र|जय|वेश"), gef=P("निता|रिका|ना|वती"),
         fs=P("भा|सि|रा|कु|ति"), fe=P("रद्वाज|न्हा|ठौर|शवाहा|वारी"),
         ss=P("गुलमोहर|कचनार|पलाश|अमलतास|सेमल"),
         st=P("मार्ग|गली"), sfmt="{s} {t}",
         cs=P("राम|सुल्तान|गोविंद|मोती|शिव"), ce=P("पुर|गंज|नगर|बाग"),
         addr="मकान नं. {n}, {street}, {city2}, {city} {pc}", pc="######", dfmt="{d:02d}/{m:02d}/{y}",
         prison=P("कारागार {c}|जेल {c}|बाल गृह {c}"),
         prob=P("प्रोबेशन अधिकारी {c}"),
         firm=P("{f1} एंड एसोसिएट्स|अधिवक्ता {f1} चैंबर"),
         offt=P("महानिदेशक (कारागार) {p}|गृह मंत्री {p}|{prison} के अधीक्षक {p}"),
         mail=P("gmail.com|yahoo.co.in|rediffmail.com|outlook.com"),
         ph=P("[नाम]|अमुक|क ख ग"), emerg="112", gov="prisons.up.gov.in",
         roman=P("rahul|pooja|amit|priya|vikas|neha|deepak|rekha"),
         idtype="NATIONAL_ID", iban=None,
         w=dict(name="नाम", dob="जन्म तिथि", phone="मोबाइल", addr="पता", email="ईमेल", idl="आधार", ref="केस नं.",
                rels=P("मेरा बेटा|मेरा भाई|मेरी बेटी|मेरी बहन"),
                visit="नमस्ते, मुलाक़ात बुकिंग: {rel} {name}, {prison}, तारीख {date}।",
                note="{name} आज प्रोबेशन अधिकारी के पास समय पर आए; काम की तलाश जारी, रहने की व्यवस्था अस्थायी।",
                complaint="शिकायत: {rel} {name} ({prison}) को तीन हफ़्तों से मेरी चिट्ठियाँ नहीं मिलीं।",
                notice="{date} से {prison} में मुलाक़ात मंगल-रविवार 9:00-15:00 होगी। बुकिंग के लिए स्विचबोर्ड {switch}।",
                ask="इसका सार बताओ और अंग्रेज़ी में अनुवाद करो।",
                inc="मैं फ़ोन न उठाऊँ तो {rel} {first} से बात कर लेना।")),
    dict(tag="th-TH", region="TH", script="Thai", order="gf", sep=" ",
         gm=P("ธนพล|วีระ|ณัฐวุฒิ|อภิชาติ|กิตติ|สุรชัย|อนุชา|ชัยวัฒน์"),
         gf=P("สุดารัตน์|มาลี|กัญญา|ปิยะนุช|วราภรณ์|นภัสสร|ศิริพร|อรุณี"),
         fam=P("ใจดี|ศรีสุข|ทองมา|แก้วประเสริฐ|บุญมี|วงศ์สวัสดิ์|พึ่งทอง|สายสุวรรณ"),
         gs=P("ธีร|สุ|วร|กิต|อน|ชล"), gem=P("ภัทร|ชัย|วุฒิ|พงษ์"), gef=P("ดา|พร|ณี|รัตน์"),
         fs=P("แสง|บุญ|ทอง|ศรี|เพชร"), fe=P("ทอง|สุข|วงศ์|ประเสริฐ|ดี"),
         ss=P("ร่มไม้|สุขใจ|บุญเรือง|ทรัพย์สิน|ร่วมใจ"),
         st=P("ซอย"), sfmt="{t}{s}",
         cs=P("บาง|หนอง|ท่า|บ้าน|ดอน"), ce=P("กระทุ่ม|ขาม|พิกุล|โพธิ์|ตาล"),
         addr="บ้านเลขที่ {n}/{apt} {street} ต.{city2} อ.{city} {pc}", pc="#####", dfmt="{d:02d}/{m:02d}/{yb}",
         prison=P("เรือนจำกลาง{c}|เรือนจำจังหวัด{c}|ทัณฑสถานหญิง{c}|สถานพินิจ{c}"),
         prob=P("สำนักงานคุมประพฤติ{c}|สถานพินิจและคุ้มครองเด็ก{c}"),
         firm=P("สำนักงานทนายความ{f1}|{f1} แอนด์ {f2} ลอว์"),
         offt=P("อธิบดีกรมราชทัณฑ์ {p}|รัฐมนตรีว่าการกระทรวงยุติธรรม {p}|ผู้บัญชาการ{prison} {p}"),
         mail=P("gmail.com|hotmail.com|yahoo.co.th"),
         ph=P("นาย ก|นาง ข|[ชื่อ-สกุล]"), emerg="191", gov="correct.go.th",
         roman=P("tanapol|malee|wira|kanya|kitti|pimnuch|anucha|aroonee"),
         idtype="NATIONAL_ID", iban=None,
         w=dict(name="ชื่อ-สกุล", dob="วันเกิด", phone="โทร", addr="ที่อยู่", email="อีเมล", idl="เลขประจำตัวประชาชน", ref="เลขที่คดี",
                rels=P("ลูกชายของฉัน|พี่ชายของฉัน|ลูกสาวของฉัน|น้องสาวของฉัน"),
                visit="สวัสดีค่ะ ต้องการจองเยี่ยมญาติ: {rel} {name} ที่ {prison} วันที่ {date}",
                note="{name} มารายงานตัวต่อพนักงานคุมประพฤติตรงเวลา กำลังหางาน ที่พักยังไม่แน่นอน",
                complaint="ร้องเรียน: {rel} {name} ({prison}) ไม่ได้รับจดหมายของฉันมาสามสัปดาห์แล้ว",
                notice="ตั้งแต่วันที่ {date} {prison} เปิดให้เยี่ยมญาติ อังคาร-อาทิตย์ 09:00-15:00 จองผ่านโอเปอเรเตอร์ {switch}",
                ask="ช่วยสรุปและแปลเป็นภาษาอังกฤษหน่อย",
                inc="ถ้าติดต่อฉันไม่ได้ ให้ติดต่อ{rel} {first}")),
    dict(tag="zh-CN", region="CN", script="Han", order="fg", sep="",
         gm=P("子轩|浩然|思远|俊杰|宇航|皓宸|峻熙|天佑"),
         gf=P("梓涵|雨桐|欣怡|佳琪|晓雯|婧妍|芮希|诗蕾"),
         fam=P("龚|詹|晏|邬|骆|阎|谭|贺|柯|俞"),
         gs=P("轩|涵|远|桐|怡|杰|琪|航|雯|皓|婧|峻|芮|珂"), gem=P("宁|昊|霖|屹"), gef=P("萱|璇|妤|琳"),
         fs=P("苑|薄|巫|鄢|闵|芮|祁|缪"), fe=P(""),
         ss=P("梧桐|银杏|桂香|枫林|玉兰|槐荫"),
         st=P("路|街"), sfmt="{s}{t}",
         cs=P("江|临|宁|安|清|云|沅"), ce=P("阳|州|平|川|和|溪"),
         addr="{city}市{city2}区{street}{n}号{b}栋{apt}室", pc="######", dfmt="{y}年{m}月{d}日",
         prison=P("{c}监狱|{c}看守所|{c}未成年犯管教所"),
         prob=P("{c}司法所|{c}社区矫正管理局"),
         firm=P("{f1}{f2}律师事务所|{f1}律师事务所"),
         offt=P("司法部副部长{p}|{prison}监狱长{p}|省监狱管理局局长{p}"),
         mail=P("qq.com|163.com|126.com|sina.com"),
         ph=P("张三|李四|[姓名]|某某"), emerg="110", gov="moj.gov.cn",
         roman=P("xiaoyu|zixuan|haoran|tongtong|jiaqi|siyuan|xinyi|junjie"),
         idtype="NATIONAL_ID", iban=None,
         w=dict(name="姓名", dob="出生日期", phone="电话", addr="住址", email="邮箱", idl="身份证号", ref="案号",
                rels=P("我儿子|我哥哥|我女儿|我姐姐"),
                visit="你好，我想预约会见：{rel}{name}，{prison}，日期 {date}。",
                note="{name}按时到司法所报到，目前在找工作，住处不稳定。",
                complaint="投诉：{rel}{name}（{prison}）已经三周没收到我的信和汇款。",
                notice="自{date}起，{prison}会见时间为周二至周日 9:00-15:00，预约请拨总机 {switch}。",
                ask="帮我总结一下并翻译成英文。",
                inc="联系不上我的话，找{rel}{first}。")),
    dict(tag="ja-JP", region="JP", script="Kana", order="fg", sep=" ",
         gm=P("ゆうと|翔太|大輝|颯太|拓海|はると"),
         gf=P("さくら|美咲|陽菜|結衣|彩花|ひなた"),
         fam=P("柳沢|小田切|鳴海|塩谷|篠崎|真壁|日向|久我|宇佐美|東海林"),
         gs=P("ゆ|か|は|な|み|り"), gem=P("うと|ずき|るき|すけ|いち|んじ"), gef=P("なみ|りえ|かこ|ほ|え|みこ"),
         fs=P("柳|篠|真|塩|久|鳴|宮|脇|蒲|芹"), fe=P("沢|崎|壁|谷|我|海|原|田"),
         ss=P("若葉|緑ケ丘|桜台|朝日|北見"),
         st=P("町"), sfmt="{s}{t}",
         cs=P("北|若|緑|桜|朝|芦"), ce=P("見|葉|丘|川|野"),
         addr="〒{pc} {city}市{street}{n}丁目{apt}-{b}", pc="###-####", dfmt="{y}年{m}月{d}日",
         prison=P("{c}刑務所|{c}拘置所|{c}少年院"),
         prob=P("{c}保護観察所|{c}少年鑑別所"),
         firm=P("{f1}法律事務所|{f1}・{f2}法律事務所"),
         offt=P("法務大臣 {p}|{prison}所長 {p}|矯正局長 {p}"),
         mail=P("docomo.ne.jp|ezweb.ne.jp|gmail.com|yahoo.co.jp"),
         ph=P("山田 太郎|山田 花子|[氏名]|○○ ○○"), emerg="110", gov="moj.go.jp",
         roman=P("yuto|sakura|shota|misaki|daiki|hina|takumi|yui"),
         idtype="NATIONAL_ID", iban=None,
         w=dict(name="氏名", dob="生年月日", phone="電話", addr="住所", email="メール", idl="マイナンバー", ref="事件番号",
                rels=P("息子の|兄の|娘の|姉の"),
                visit="{prison}にいる{rel}{name}との面会を{date}に予約したいです。",
                note="{name}は保護観察所に時間どおり出頭。就労先を探している、住居は不安定。",
                complaint="苦情：{rel}{name}（{prison}）に3週間手紙が届いていません。",
                notice="{date}より{prison}の面会受付は火〜日 9:00〜15:00です。予約は代表電話 {switch} まで。",
                ask="要約して英語に訳してください。",
                inc="私に連絡がつかない場合は{rel}{first}に連絡してください。")),
    dict(tag="ko-KR", region="KR", script="Hangul", order="fg", sep="",
         gm=P("민준|지호|도현|준서|시우|건우"),
         gf=P("서윤|하은|은채|채원|지아|수빈"),
         fam=P("권|남궁|변|석|편|탁|모|용|황보|엄"),
         gs=P("서|윤|지|하|민|준|도|현|은|채|율|온|솔|가|린"), gem=P("호|준|우|혁"), gef=P("아|린|희|은"),
         fs=P("권|변|석|편|탁|모|용|엄|봉|국"), fe=P(""),
         ss=P("은행나무|느티|솔바람|개나리|매화"),
         st=P("로|길"), sfmt="{s}{t}",
         cs=P("청|금|송|하|남"), ce=P("원|천|주|평|산"),
         addr="{city}시 {street} {n}, {b}동 {apt}호", pc="#####", dfmt="{y}.{m:02d}.{d:02d}",
         prison=P("{c}교도소|{c}구치소|{c}소년원"),
         prob=P("{c}보호관찰소|{c}준법지원센터"),
         firm=P("{f1} 법률사무소|{f1}{f2} 법률사무소"),
         offt=P("법무부 장관 {p}|교정본부장 {p}|{prison}장 {p}"),
         mail=P("naver.com|daum.net|gmail.com|kakao.com"),
         ph=P("홍길동|김철수|[성명]|○○○"), emerg="112", gov="moj.go.kr",
         roman=P("minjun|seoyun|jiho|haeun|dohyun|chaewon|siwoo|subin"),
         idtype="NATIONAL_ID", iban=None,
         w=dict(name="성명", dob="생년월일", phone="연락처", addr="주소", email="이메일", idl="주민등록번호", ref="사건번호",
                rels=P("제 아들|제 형|제 딸|제 누나"),
                visit="안녕하세요, {prison}에 있는 {rel} {name} 접견을 {date}에 예약하고 싶습니다.",
                note="{name} 보호관찰소에 정시 출석, 구직 중이며 주거는 불안정함.",
                complaint="민원: {rel} {name}({prison})이(가) 3주째 제 편지를 못 받고 있습니다.",
                notice="{date}부터 {prison} 접견 시간은 화~일 09:00~15:00입니다. 예약은 대표번호 {switch}.",
                ask="요약해서 영어로 번역해 줘.",
                inc="제가 연락이 안 되면 {rel} {first}에게 연락 주세요.")),
]
LOC = {L["tag"]: L for L in LOCALES}

HISTORICAL = [
    ("Elizabeth Fry", "prison reformer, Newgate (1813)"), ("John Howard", "The State of the Prisons (1777)"),
    ("Jeremy Bentham", "the panopticon"), ("Alexander Maconochie", "marks system, Norfolk Island"),
    ("Cesare Beccaria", "Dei delitti e delle pene (1764)"), ("Dorothea Dix", "asylum and prison reform"),
    ("Michel Foucault", "Surveiller et punir (1975)"), ("Jean Valjean", "Les Misérables"),
    ("Edmond Dantès", "Le Comte de Monte-Cristo"), ("Andy Dufresne", "The Shawshank Redemption"),
    ("Silvio Pellico", "Le mie prigioni (1832)"), ("Zebulon Brockway", "Elmira Reformatory"),
    ("Walter Crofton", "the Irish system of intermediate prisons"), ("Mary Carpenter", "reformatory schools"),
    ("Henri Charrière", "Papillon"), ("Amy Dorrit", "Little Dorrit, the Marshalsea"),
    ("Ivan Denisovich Shukhov", "One Day in the Life of Ivan Denisovich"), ("Piranesi", "Carceri d'invenzione"),
    ("Thomas Mott Osborne", "Sing Sing reform"), ("Fyodor Dostoevsky", "Notes from the House of the Dead"),
    ("Vidocq", "convict turned chief of the Sûreté, Mémoires (1828)"), ("Javert", "the inspector in Les Misérables"),
    ("Latude", "prisoner of the Bastille, escaped 1756"), ("Solzhenitsyn", "The Gulag Archipelago"),
    ("Dostoyevsky", "Notes from the House of the Dead"), ("Casanova", "escape from the Piombi, 1756"),
    ("Papillon", "Henri Charrière's memoir of Devil's Island"),
]
EPONYM_NAMES = P("Bentham|Maconochie|Foucault|Pellico|Brockway|Crofton|Carpenter|Osborne|Vidocq|Latude|Fry|Howard")


# --------------------------------------------------------------------------------------------------------
# context: rng, frozen pools, identifier makers
# --------------------------------------------------------------------------------------------------------
class Invalid(Exception):
    pass


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, given, family, full, gender):
        self.given, self.family, self.full, self.gender = given, family, full, gender


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.frozen = frozen_words()
        self.dropped = collections.Counter()
        self.pools = {}
        self.build_pools()

    # ---- freeze -------------------------------------------------------------------------------------
    def passes(self, entry):
        toks = [t.lower() for t in WORD.findall(entry)]
        prev = None
        for t in toks:
            if t in EXEMPT or t.isdigit():
                prev = None
                continue
            if t in self.frozen:
                return False
            if any(ord(c) > 127 for c in t):
                if prev is not None and (prev + " " + t) in self.frozen:
                    return False
                prev = t
            else:
                prev = None
        return True

    def pool(self, kind, seeds, inventor, target, key=lambda x: x):
        out, seen = [], set()
        for e in seeds:
            if not self.passes(key(e)):
                self.dropped[kind] += 1
                continue
            if key(e) not in seen:
                seen.add(key(e))
                out.append(e)
        tries = 0
        while len(out) < target and tries < 600:
            tries += 1
            e = inventor()
            if e is None or key(e) in seen or not self.passes(key(e)):
                continue
            seen.add(key(e))
            out.append(e)
        if len(out) < 3:
            raise Invalid(f"pool {kind} ({getattr(self, 'cur', '')}) too small after freeze: {len(out)}")
        return out

    # ---- names --------------------------------------------------------------------------------------
    @staticmethod
    def famform(f, gender):
        if "/" in f:
            m, w = f.split("/")
            return m if gender == "m" else w
        return f

    def mk_name(self, L, given, fam, gender):
        r = self.rng
        fam = self.famform(fam, gender)
        if L.get("double"):
            other = self.famform(r.choice(L["fam"]), gender)
            if other != fam:
                fam = fam + " " + other
        full = (given + L["sep"] + fam) if L["order"] == "gf" else (fam + L["sep"] + given)
        return Person(given, fam, full, gender)

    def invent_person(self, L):
        r = self.rng
        g = r.choice("mf")
        given = r.choice(L["gs"]) + r.choice(L["gem"] if g == "m" else L["gef"])
        if L["tag"] in ("zh-CN", "ko-KR") and r.random() < 0.5:
            given = r.choice(L["gs"]) + r.choice(L["gs"])
        fe = r.choice(L["fe"]) if L["fe"] else ""
        fs = r.choice(L["fs"])
        if "/" in fe:
            fam = fs + fe.split("/")[0] + "/" + fs + fe.split("/")[1]
        else:
            fam = fs + fe
        return self.mk_name(L, given, fam, g)

    def seed_people(self, L):
        r = self.rng
        out = []
        for i in range(24):
            g = "m" if i % 2 == 0 else "f"
            given = r.choice(L["gm"] if g == "m" else L["gf"])
            out.append(self.mk_name(L, given, r.choice(L["fam"]), g))
        return out

    def invent_street(self, L):
        r = self.rng
        x = r.random()
        if x < 0.25:
            s = r.choice(L["ss"])
        elif x < 0.6:
            s = r.choice(L["fs"]) + (r.choice(L["fe"]).split("/")[0] if L["fe"] else r.choice(L["ce"]).strip())
        else:
            s = (r.choice(L["cs"]) + r.choice(L["ce"])).replace(" ", "")
        if L["sfmt"] == "{s}{t}" and L["script"] == "Latin":
            s = s[:1].upper() + s[1:].lower()
        return L["sfmt"].format(s=s, t=r.choice(L["st"]))

    def invent_city(self, L):
        r = self.rng
        return (r.choice(L["cs"]) + r.choice(L["ce"])).strip()

    def build_pools(self):
        r = self.rng
        for L in LOCALES:
            t = self.cur = L["tag"]
            self.pools[(t, "person")] = self.pool("person", self.seed_people(L), lambda L=L: self.invent_person(L), 40,
                                                  key=lambda p: p.full)
            self.pools[(t, "street")] = self.pool("street", [self.invent_street(L) for _ in range(8)],
                                                  lambda L=L: self.invent_street(L), 12)
            self.pools[(t, "city")] = self.pool("locality", [self.invent_city(L) for _ in range(8)],
                                                lambda L=L: self.invent_city(L), 12)
            cities = self.pools[(t, "city")]

            def inv_org(fmts, L=L):
                c = r.choice(cities)
                fam = [p.family for p in self.pools[(t, "person")]]
                return r.choice(fmts).format(c=c, k=r.randint(2, 19), f1=r.choice(fam), f2=r.choice(fam))
            self.pools[(t, "prison")] = self.pool("establishment", [inv_org(L["prison"]) for _ in range(6)],
                                                  lambda L=L: inv_org(L["prison"]), 8)
            self.pools[(t, "prob")] = self.pool("organisation", [inv_org(L["prob"]) for _ in range(4)],
                                                lambda L=L: inv_org(L["prob"]), 6)
            self.pools[(t, "firm")] = self.pool("organisation", [inv_org(L["firm"]) for _ in range(4)],
                                                lambda L=L: inv_org(L["firm"]), 6)
            self.pools[(t, "official")] = self.pool("official", [self.invent_person(L) for _ in range(6)],
                                                    lambda L=L: self.invent_person(L), 6, key=lambda p: p.full)
            fallback = ["__________", "X. X.", "N. N.", "■■■■ ■■■■", "[…]", "***"]
            self.pools[(t, "placeholder")] = self.pool("placeholder", L["ph"], lambda: r.choice(fallback), 3)
        self.pools["historical"] = self.pool("historical", HISTORICAL, lambda: None, 6, key=lambda h: h[0])
        em = (P("Kest|Bran|Yelv|Orm|Tall|Cadd|Fenn|Wyv|Pell|Osg"), P("trak|tek|nex|ora|ium|tag|link"),
              P("Monitoring|Tagging|Telecare|Telemetry"))
        self.pools["em"] = self.pool("organisation", [],
                                     lambda: f"{r.choice(em[0])}{r.choice(em[1])} {r.choice(em[2])}", 6)
        ch = (P("Lamp|Key|Thresh|Bridg|Way|Hearth|Kin|Gate"), P("stone|hold|mark|well|light|field|ward"),
              P("Families|Befriending|Mentoring|CIC|Charitable"))
        self.pools["charity"] = self.pool("organisation", [],
                                          lambda: f"{r.choice(ch[0])}{r.choice(ch[1])} {r.choice(ch[2])}", 6)
        eps = [f"{n} {t}" for n in EPONYM_NAMES for t in ("Road", "Street", "Lane", "Close")]
        self.pools["eponym"] = self.pool("eponym", eps, lambda: None, 4)

    # ---- pickers ------------------------------------------------------------------------------------
    def pick(self, L, what):
        return self.rng.choice(self.pools[(L["tag"], what)])

    def person(self, L, gender=None):
        for _ in range(50):
            p = self.pick(L, "person")
            if gender is None or p.gender == gender:
                return p
        return p

    def digits(self, n):
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def fmt_pattern(self, pat):
        return "".join(str(self.rng.randrange(10)) if c == "#" else self.rng.choice(string.ascii_uppercase) if c == "@"
                       else c for c in pat)

    def dob(self, young=False):
        r = self.rng
        y = r.randint(2008, 2011) if young else r.randint(1958, 2004)
        return dt.date(y, r.randint(1, 12), r.randint(1, 28))

    @staticmethod
    def fdate(L, d):
        return L["dfmt"].format(d=d.day, m=d.month, y=d.year, yb=d.year + 543)

    def future(self):
        r = self.rng
        return dt.date(2026, r.randint(1, 12), r.randint(1, 28))

    def address(self, L):
        r = self.rng
        us = r.choice(P("OH|KY|TN|GA|MO|AZ|PA|NC"))
        s = L["addr"].format(n=r.randint(1, 180), street=self.pick(L, "street"), city=self.pick(L, "city"),
                             city2=self.pick(L, "city"), apt=r.randint(1, 48), b=r.randint(1, 12),
                             pc=self.fmt_pattern(L["pc"]), us=us, pv=r.choice(P("NA|SA|CE|AV|BN")),
                             uf=r.choice(P("SP|MG|BA|PE|RS")))
        return s

    # ---- phones -------------------------------------------------------------------------------------
    def phone(self, L, kind="mobile", ext=False):
        r = self.rng
        region = L["region"]
        t = {"mobile": PNT.MOBILE, "fixed": PNT.FIXED_LINE, "free": PNT.TOLL_FREE}[kind]
        ex = phonenumbers.example_number_for_type(region, t)
        nn = str(ex.national_number)
        lead = "0" * (ex.number_of_leading_zeros or 1) if ex.italian_leading_zero else ""
        for _ in range(200):
            k = min(6, len(nn) - 3) if kind == "mobile" else min(4, len(nn) - 3)
            cand = nn[:-k] + self.digits(k)
            num = phonenumbers.parse(f"+{ex.country_code}{lead}{cand}")
            if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
                continue
            nt = phonenumbers.number_type(num)
            if kind == "mobile" and nt not in (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE):
                continue
            f = r.choice([PNF.NATIONAL, PNF.INTERNATIONAL, PNF.E164, PNF.NATIONAL]) if kind == "mobile" else \
                r.choice([PNF.NATIONAL, PNF.INTERNATIONAL])
            s = phonenumbers.format_number(num, f)
            if ext:
                s += f" ext. {r.randint(100, 4999)}"
            chk = phonenumbers.parse(s, region)
            if not phonenumbers.is_valid_number(chk):
                raise Invalid(f"phone {s}")
            return s
        raise Invalid(f"no phone for {region}")

    def switch(self, L):
        return self.phone(L, self.rng.choice(["fixed", "fixed", "free"]))

    def email(self, L, p):
        r = self.rng
        if L["script"] == "Latin":
            a = re.sub(r"[^a-z]", "", fold(p.given).lower())
            b = re.sub(r"[^a-z]", "", fold(p.family.split()[-1]).lower())
        else:
            a, b = r.choice(L["roman"]), r.choice(L["roman"])
        local = r.choice([f"{a}.{b}", f"{a}{b}{r.randint(1, 99)}", f"{a}_{r.randint(70, 99)}", f"{b}.{a[:1]}{r.randint(1, 9)}"])
        return f"{local}@{r.choice(L['mail'])}"

    def role_mail(self, L):
        r = self.rng
        return f"{r.choice(P('socialvisits|legalvisits|press.office|complaints|parole.casework|yot.referrals|em.enquiries|info'))}@{L['gov']}"

    # ---- identifiers --------------------------------------------------------------------------------
    def national(self, L, p, d):
        """(type, value) for the locale's citizen / tax / health number, validated with python-stdnum."""
        r, t = self.rng, L["tag"]
        m = p.gender == "m"
        for _ in range(3000):
            if t == "en-GB":
                v = str(r.randint(1, 9)) + self.digits(8)
                v = next((v + str(c) for c in range(10) if gb_nhs.is_valid(v + str(c))), None)
                if v:
                    return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}"
            elif t == "en-US":
                a = r.randint(1, 899)
                if a == 666:
                    continue
                v = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
                if us_ssn.is_valid(v):
                    return "ssn", v
            elif t == "de-DE":
                v = str(r.randint(1, 9)) + self.digits(10)
                if de_idnr.is_valid(v):
                    return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
            elif t == "fr-FR":
                dept = r.choice([f"{x:02d}" for x in range(1, 96) if x != 20])
                s = f"{1 if m else 2}{d.year % 100:02d}{d.month:02d}{dept}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
                key = 97 - int(s) % 97
                v = f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {key:02d}"
                if fr_nir.is_valid(v):
                    return "NATIONAL_ID", v
            elif t == "es-ES":
                n = r.randint(10000000, 99999999)
                v = f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
                if es_dni.is_valid(v):
                    return "NATIONAL_ID", v
            elif t == "es-MX":
                cons, vow = "BCDFGHJKLMNPRSTVZ", "AEIOU"
                s = (r.choice(cons) + r.choice(vow) + r.choice(cons) + r.choice(cons) + f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
                     + ("H" if m else "M") + r.choice(P("DF|JC|NL|PL|VZ|MC|GT|CH|SR")) + r.choice(cons) + r.choice(cons)
                     + r.choice(cons) + ("0" if d.year < 2000 else "A"))
                try:
                    v = s + mx_curp.calc_check_digit(s)
                except Exception:
                    continue
                if mx_curp.is_valid(v):
                    return "NATIONAL_ID", v
            elif t == "it-IT":
                s = "".join(r.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{d.year % 100:02d}" + "ABCDEHLMPRST"[d.month - 1]
                s += f"{d.day + (0 if m else 40):02d}" + r.choice(P("H501|F205|F839|L219|A662|G273|D612|C351"))
                v = s + it_cf.calc_check_digit(s)
                if it_cf.is_valid(v):
                    return "TAX_ID", v
            elif t == "nl-NL":
                v = str(r.randint(1, 9)) + self.digits(8)
                if nl_bsn.is_valid(v):
                    return "NATIONAL_ID", v
            elif t == "pl-PL":
                mm = d.month + (20 if d.year >= 2000 else 0)
                s = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{self.digits(3)}{r.choice('13579' if m else '02468')}"
                v = s + pl_pesel.calc_check_digit(s)
                if pl_pesel.is_valid(v):
                    return "NATIONAL_ID", v
            elif t == "pt-BR":
                s = self.digits(9)
                v = s + br_cpf._calc_check_digits(s)
                if br_cpf.is_valid(v):
                    return "TAX_ID", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
            elif t == "sv-SE":
                s = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{self.digits(2)}{r.choice('13579' if m else '02468')}"
                v = f"{s[:6]}-{s[6:]}{luhn.calc_check_digit(s)}"
                if se_pnr.is_valid(v):
                    return "NATIONAL_ID", v
            elif t == "tr-TR":
                s = str(r.randint(1, 9)) + self.digits(8)
                v = s + tr_tck.calc_check_digits(s)
                if tr_tck.is_valid(v):
                    return "NATIONAL_ID", v
            elif t == "ru-RU":
                s = f"{r.randint(1, 89):02d}" + self.digits(8)
                v = s + ru_inn.calc_personal_check_digits(s)
                if ru_inn.is_valid(v):
                    return "TAX_ID", v
            elif t == "uk-UA":
                days = (d - dt.date(1899, 12, 31)).days
                s = f"{days:05d}{self.digits(3)}{r.choice('13579' if m else '02468')}"
                v = next((s + str(c) for c in range(10) if ua_rntrc.is_valid(s + str(c))), None)
                if v:
                    return "TAX_ID", v
            elif t == "el-GR":
                s = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{self.digits(4)}"
                v = s + luhn.calc_check_digit(s)
                if gr_amka.is_valid(v):
                    return "NATIONAL_ID", v
            elif t == "he-IL":
                s = self.digits(8)
                v = s + luhn.calc_check_digit(s)
                if il_idnr.is_valid(v):
                    return "NATIONAL_ID", v
            elif t == "hi-IN":
                s = str(r.randint(2, 9)) + self.digits(10)
                v = s + verhoeff.calc_check_digit(s)
                if in_aadhaar.is_valid(v):
                    return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"
            elif t == "th-TH":
                s = str(r.randint(1, 8)) + self.digits(11)
                v = s + th_pin.calc_check_digit(s)
                if th_pin.is_valid(v):
                    return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
            elif t == "ko-KR":
                g = (1 if m else 2) + (2 if d.year >= 2000 else 0)
                s = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g}{r.randint(0, 95):02d}{self.digits(3)}"
                v = s + kr_rrn.calc_check_digit(s)
                if kr_rrn.is_valid(v):
                    return "NATIONAL_ID", f"{v[:6]}-{v[6:]}"
            elif t == "zh-CN":
                code = r.choice(P("110101|110105|310101|310104|440103|440106|510104|330102|420102|320102"))
                s = f"{code}{d.year}{d.month:02d}{d.day:02d}{self.digits(2)}{r.choice('13579' if m else '02468')}"
                v = s + cn_ric.calc_check_digit(s)
                if cn_ric.is_valid(v):
                    return "NATIONAL_ID", v
            elif t == "ja-JP":
                s = self.digits(11)
                v = s + jp_in.calc_check_digit(s)
                if jp_in.is_valid(v):
                    return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"
            else:
                return None
        raise Invalid(f"no id for {t}")

    def pan(self, p):
        r = self.rng
        for _ in range(200):
            v = "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + "P" + r.choice("ABCDEFGHKLMNPRSTVY") \
                + self.digits(4) + r.choice(string.ascii_uppercase)
            if in_pan.is_valid(v):
                return v
        raise Invalid("pan")

    IBAN_SPEC = {"GB": "@@@@##############", "DE": "#" * 18, "FR": "#" * 23, "ES": "#" * 20, "IT": "@" + "#" * 22,
                 "NL": "@@@@" + "#" * 10, "PL": "#" * 24, "SE": "#" * 20, "TR": "#####0" + "#" * 16, "UA": "#" * 25,
                 "GR": "#" * 23, "IL": "#" * 19, "SA": "#" * 20}

    def iban(self, cc):
        for _ in range(20000):
            bban = self.fmt_pattern(self.IBAN_SPEC[cc])
            num = "".join(str(int(c, 36)) for c in bban + cc + "00")
            v = f"{cc}{98 - int(num) % 97:02d}{bban}"
            if std_iban.is_valid(v):
                return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        raise Invalid(f"iban {cc}")

    TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4000056655665556", "378282246310005"}

    def card(self):
        r = self.rng
        for _ in range(100):
            kind = r.choice(["visa", "mc", "mc", "amex"])
            if kind == "amex":
                s = r.choice(["34", "37"]) + self.digits(12)
            elif kind == "mc":
                s = f"5{r.randint(1, 5)}" + self.digits(13)
            else:
                s = "4" + self.digits(14)
            v = s + luhn.calc_check_digit(s)
            if v in self.TEST_CARDS or not luhn.is_valid(v):
                continue
            if len(v) == 15:
                return f"{v[:4]} {v[4:10]} {v[10:]}"
            return " ".join(v[i:i + 4] for i in range(0, 16, 4))
        raise Invalid("card")

    def mrn(self):
        s = self.digits(7)
        v = s + luhn.calc_check_digit(s)
        if not luhn.is_valid(v):
            raise Invalid("mrn")
        return v

    def aba(self):
        r = self.rng
        for _ in range(100):
            s = f"{r.choice(list(range(1, 13)) + list(range(21, 33))):02d}" + self.digits(6)
            v = s + us_rtn.calc_check_digit(s)
            if us_rtn.is_valid(v):
                return v, self.digits(r.randint(9, 12))
        raise Invalid("aba")

    DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]

    def ip(self):
        r = self.rng
        for _ in range(500):
            if r.random() < 0.8:
                a = ipaddress.IPv4Address(r.getrandbits(32))
            else:
                a = ipaddress.IPv6Address((0x2a02 << 112) | r.getrandbits(96))
            if a.is_global and not a.is_multicast and not any(a in n for n in self.DOC_NETS if n.version == a.version):
                return str(a)
        raise Invalid("ip")

    def doc_ip(self):
        r = self.rng
        return r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                         f"2001:db8::{r.randint(1, 0xffff):x}"])


# --------------------------------------------------------------------------------------------------------
# kinds of message
# --------------------------------------------------------------------------------------------------------
KINDS = ["intake", "visits", "letter", "complaint", "case_note", "export", "press", "form", "chat"]

SYSTEMS = {
    "intake": ["You help prison reception staff write first-night and induction summaries.",
               "You are a youth justice assistant. Be concise, use plain language."],
    "visits": ["You are the visits booking assistant for a prison families service.",
               "You answer questions from prisoners' families. Be kind and accurate."],
    "letter": ["You are a drafting assistant for a prison-law practice. Do not give legal advice.",
               "You help parole casework staff process representations."],
    "complaint": ["You triage complaints for a prison complaints team (COMP1/COMP2).",
                  "You help a families charity caseworker escalate complaints."],
    "case_note": ["You assist probation practitioners with case recording (NDelius). Keep facts, remove opinion.",
                  "You help youth offending team officers write contact logs."],
    "export": ["You are a data assistant for an electronic-monitoring contractor.",
               "You transform exports for a prison finance / prisoner-money team."],
    "press": ["You are a ministry press-office assistant. Follow the house style.",
              "You summarise inspectorate material for the press office."],
    "form": ["You help staff complete and check prison and probation forms.",
             "You extract fields from scanned forms into JSON."],
    "chat": ["You are the online helper of a prisoners' families helpline.",
             "You are a custody tablet assistant for residents and their families."],
}
ASKS = {
    "intake": ["Summarise this intake for the wing handover.", "Pull out the key risks as bullets.",
               "turn this into the induction checklist format pls", "Translate to English for the healthcare team."],
    "visits": ["Can you confirm the booking and draft a reply?", "Check this request against the visits rules.",
               "pls reply to this family, friendly tone", "Translate this request into English."],
    "letter": ["Tidy this letter and make it more formal.", "Summarise the representations in 5 bullets.",
               "Draft a short acknowledgement to this letter.", "Proofread this before it goes to the Board."],
    "complaint": ["Classify this complaint (property / canteen / visits / staff / healthcare) and suggest a reply.",
                  "Draft a COMP1 response within 5 working days.", "Summarise for the complaints log.",
                  "Is this a COMP1 or should it go straight to COMP2?"],
    "case_note": ["Rewrite this contact log in neutral language.", "Extract the actions and due dates.",
                  "Summarise for the supervision handover.", "Check this note for anything missing for the risk review."],
    "export": ["Convert this to JSON lines.", "Sort by date and remove duplicates.", "Make a summary table per region.",
               "Validate the columns and tell me what's malformed."],
    "press": ["Tighten this into a 120-word press line.", "Draft a holding statement.",
              "Summarise for the minister's briefing.", "Turn this into a notice for the website."],
    "form": ["Extract the fields into JSON.", "Check the form for missing fields.", "Fill the form from these notes.",
             "Convert this form to a table."],
    "chat": ["Reply to the last message.", "Continue the conversation helpfully.", "Summarise the chat for the caseworker.",
             "What should I tell them next?"],
}
PERSONAS = {
    "intake": ["reception_officer", "yot_case_manager", "healthcare_nurse", "induction_orderly_supervisor"],
    "visits": ["family_member", "visits_booking_clerk", "families_officer", "visitor_centre_volunteer"],
    "letter": ["prison_law_solicitor", "parole_case_manager", "family_member", "defence_paralegal"],
    "complaint": ["family_member", "complaints_clerk", "charity_caseworker", "prisoner_via_tablet"],
    "case_note": ["probation_officer", "pso", "yot_officer", "wing_officer"],
    "export": ["em_contractor_analyst", "prisoner_money_team", "portal_developer", "mi_analyst"],
    "press": ["press_officer", "inspectorate_analyst", "governor_staff_officer", "comms_intern"],
    "form": ["omu_administrator", "hdc_caseworker", "discharge_clerk", "visitor"],
    "chat": ["family_member", "helpline_volunteer", "resident_tablet", "duty_solicitor"],
}


class Rec:
    def __init__(self, g, L):
        self.g, self.L = g, L
        self.issued = []

    def add(self, typ, value):
        self.issued.append((typ, value))
        return value


def ref(g, prefix):
    return f"{prefix}-{g.rng.randint(2024, 2026)}-{g.digits(6)}"


def hist(g):
    return g.rng.choice(g.pools["historical"])


def official(g, L, prison):
    return g.rng.choice(L["offt"]).format(p=g.pick(L, "official").full, prison=prison)


def inc_item(g, L, R):
    """One incidental personal item, in the locale."""
    r = g.rng
    w = L["w"]
    c = r.randrange(4)
    if c == 0:
        k = r.randrange(4)
        p = g.person(L, "m" if k < 2 else "f")
        return w["inc"].format(rel=w["rels"][k], first=R.add("PERSON", p.given))
    if c == 1:
        return f"{w['phone']}: {R.add('PHONE_NUMBER', g.phone(L))}"
    if c == 2:
        return f"{w['dob']}: {R.add('DATE_TIME', g.fdate(L, g.dob()))}"
    return f"{w['email']}: {R.add('EMAIL_ADDRESS', g.email(L, g.person(L)))}"


def id_line(g, L, R, p, d):
    got = g.national(L, p, d)
    if not got:
        return None
    return f"{L['w']['idl']}: {R.add(got[0], got[1])}"


def benign_tail(g, L, prison):
    """A line of same-world hard negatives."""
    r = g.rng
    c = r.randrange(7)
    if c == 0:
        return f"Switchboard {g.switch(L)} · emergencies {L['emerg']}"
    if c == 1:
        return f"Enquiries: {g.role_mail(L)} (ref {ref(g, 'VB')})"
    if c == 2:
        h = hist(g)
        return f"cf. {h[0]}, {h[1]}"
    if c == 3:
        return f"Quote from {official(g, L, prison)}: \"Safer prisons depend on families staying in touch.\""
    if c == 4:
        return f"Visitors' car park: entrance on {r.choice(g.pools['eponym'])}, {prison}"
    if c == 6 - 1 and r.random() < 0.5:
        return f"Family support: {r.choice(g.pools['charity'])}, helpline {g.switch(L)}"
    if c == 5:
        return f"Test environment: https://visits.example.com/api (client IP {g.doc_ip()})"
    return f"Invoice {ref(g, 'INV')} · PO {g.digits(8)} · tracking {r.choice(['JD', 'RM', '1Z'])}{g.digits(12)}"


def build(g, L, kind, mode):
    """Return dict(doc, ask, system, persona, meta, fname, neg, R)."""
    r = g.rng
    w = L["w"]
    R = Rec(g, L)
    prison = g.pick(L, "prison")
    prob = g.pick(L, "prob")
    date = g.fdate(L, g.future())
    sens = mode in ("S",)
    neg = ""
    meta = {}
    k = r.randrange(4)
    rel = w["rels"][k]
    lines = []

    def P_(gender=None):
        return g.person(L, gender)

    if kind == "intake":
        if sens:
            young = r.random() < 0.35
            p, d = P_(), g.dob(young)
            hdr = f"YOT referral – {prob}" if young else f"RECEPTION / FIRST NIGHT – {prison}"
            lines = [hdr, f"{w['name']}: {R.add('PERSON', p.full)}", f"{w['dob']}: {R.add('DATE_TIME', g.fdate(L, d))}"]
            il = id_line(g, L, R, p, d)
            if il:
                lines.append(il)
            if r.random() < 0.4:
                lines.append(f"{w['addr']}: {R.add('LOCATION', g.address(L))}")
            nok = P_("f" if k >= 2 else None)
            lines.append(f"NOK: {R.add('PERSON', nok.full)} – {R.add('PHONE_NUMBER', g.phone(L))}")
            if L["tag"] in ("en-GB", "en-US") and r.random() < 0.5:
                lines.append(f"Hospital MRN {R.add('MEDICAL_RECORD', g.mrn())} (discharged from A&E before court)")
            lines += ["CSRA: standard · ACCT: not opened · first night centre, cell 2-14",
                      "Meds handed in: sertraline 50mg; smoker, vape pack issued; wants PIN numbers added."]
            meta = {"subject": p.full, "dob": g.fdate(L, d), "establishment": prison}
        else:
            c = r.randrange(3)
            if c == 0:
                ph = g.pick(L, "placeholder")
                lines = [f"RECEPTION TEMPLATE – {prison}", f"{w['name']}: {ph}", f"{w['dob']}: __/__/____",
                         f"{w['idl']}: ______", "NOK: __________ (tel. __________)", "CSRA: ☐ standard ☐ high",
                         benign_tail(g, L, prison)]
                neg = "blank_form"
            elif c == 1:
                lines = [f"{prison} – reception summary, week {r.randint(1, 52)}",
                         f"{r.randint(20, 60)} receptions ({r.randint(5, 20)} remand, {r.randint(1, 9)} recall), "
                         f"{r.randint(0, 6)} ACCTs opened, {r.randint(2, 14)} healthcare referrals, {r.randint(0, 4)} CSRA high.",
                         f"{w['ref']}: {ref(g, 'RCP')}", benign_tail(g, L, prison)]
                neg = "aggregate"
            else:
                h = hist(g)
                lines = [f"Induction training scenario – {prison}",
                         f"Case study: {h[0]} ({h[1]}) arrives at reception after a long sentence. "
                         "Practise the CSRA questions and the first-night checklist.", benign_tail(g, L, prison)]
                neg = "fiction_historical"
            meta = {"establishment": prison, "ref": ref(g, "RCP")}
    elif kind == "visits":
        if sens:
            vis, pris = P_(), P_("m" if k < 2 else "f")
            d = g.dob()
            lines = [w["visit"].format(rel=rel, name=R.add("PERSON", pris.full), prison=prison, date=date),
                     f"{w['name']}: {R.add('PERSON', vis.full)}", f"{w['dob']}: {R.add('DATE_TIME', g.fdate(L, d))}",
                     f"{w['phone']}: {R.add('PHONE_NUMBER', g.phone(L))}"]
            if r.random() < 0.5:
                lines.append(f"{w['email']}: {R.add('EMAIL_ADDRESS', g.email(L, vis))}")
            if r.random() < 0.3:
                lines.append(f"portal login {R.add('IP_ADDRESS', g.ip())} 21:14 (session {g.digits(8)})")
            lines.append(f"Booking ref {ref(g, 'VB')}")
            meta = {"visitor": vis.full, "prisoner": pris.full, "date": date}
        else:
            c = r.randrange(3)
            if c == 0:
                lines = [w["notice"].format(prison=prison, date=date, switch=g.switch(L)), benign_tail(g, L, prison),
                         f"Emergency: {L['emerg']}"]
                neg = "notice_switchboard"
            elif c == 1:
                lines = [f"Booking {ref(g, 'VB')} confirmed – {prison}, Hall 2, table {r.randint(1, 30)}, 14:00-16:00.",
                         "Bring photo ID; lockers take £1 coins; no food from outside.", benign_tail(g, L, prison)]
                neg = "booking_reference"
            else:
                ph = g.pick(L, "placeholder")
                lines = ["Example request for the FAQ page:",
                         w["visit"].format(rel=rel, name=ph, prison=prison, date=date), benign_tail(g, L, prison)]
                neg = "placeholder_relation"
            meta = {"establishment": prison, "date": date}
    elif kind == "letter":
        firm = g.pick(L, "firm")
        if sens:
            cl, sol = P_(), P_()
            d = g.dob()
            lines = [firm, f"{w['ref']}: {ref(g, 'PB')}", f"To: Parole Board / Governor, {prison}",
                     f"Re: our client {R.add('PERSON', cl.full)}, {w['dob']} {R.add('DATE_TIME', g.fdate(L, d))}"]
            il = id_line(g, L, R, cl, d)
            if il and r.random() < 0.6:
                lines.append(il)
            if r.random() < 0.6:
                nk = P_("m" if k < 2 else "f")
                lines.append(f"Proposed release address: {R.add('LOCATION', g.address(L))} (occupier: "
                             f"{R.add('PERSON', nk.full)}, {R.add('PHONE_NUMBER', g.phone(L))})")
            lines += ["We request a legal visit within 14 days and disclosure of the updated OASys and the "
                      "psychology report before the oral hearing.",
                      f"Yours faithfully, {R.add('PERSON', sol.full)}"]
            meta = {"client": cl.full, "firm": firm}
        else:
            c = r.randrange(3)
            if c == 0:
                ph = g.pick(L, "placeholder")
                lines = [firm, f"{w['ref']}: {ref(g, 'PB')}", f"Re: our client {ph} ({w['dob']} [DD/MM/YYYY])",
                         "We write further to the Board's directions ...", f"Legal visits: {g.role_mail(L)}"]
                neg = "template"
            elif c == 1:
                lines = [firm, f"Dear Sir or Madam, we refer to the recent report by {official(g, L, prison)}, "
                               f"on {prison}, and to the statement of {official(g, L, prison)}.",
                         "Our firm will brief clients generally; no individual case is discussed.",
                         benign_tail(g, L, prison)]
                neg = "public_officials"
            else:
                h = hist(g)
                lines = [f"Letter to the editor ({firm})",
                         f"Two centuries after {h[0]} ({h[1]}), our prisons remain overcrowded.",
                         benign_tail(g, L, prison)]
                neg = "historical"
            meta = {"firm": firm, "ref": ref(g, "PB")}
    elif kind == "complaint":
        if sens:
            pris, comp = P_("m" if k < 2 else "f"), P_()
            lines = [w["complaint"].format(rel=rel, name=R.add("PERSON", pris.full), prison=prison),
                     f"{w['name']}: {R.add('PERSON', comp.full)}", f"{w['phone']}: {R.add('PHONE_NUMBER', g.phone(L))}"]
            c = r.randrange(3)
            if c == 0:
                lines.append(f"I paid £40 through the send-money service with card {R.add('CREDIT_CARD', g.card())} and it bounced.")
            elif c == 1 and L["iban"]:
                lines.append(f"Refund to IBAN {R.add('IBAN_CODE', g.iban(L['iban']))}")
            else:
                lines.append(f"{w['email']}: {R.add('EMAIL_ADDRESS', g.email(L, comp))}")
            lines.append(f"COMP1 {ref(g, 'C1')}")
            meta = {"complainant": comp.full, "prisoner": pris.full}
        else:
            c = r.randrange(3)
            if c == 0:
                lines = [f"Complaints data {prison}, Q{r.randint(1, 4)}: {r.randint(200, 900)} COMP1, {r.randint(20, 90)} COMP2, "
                         f"{r.randint(5, 40)} to the Ombudsman; top themes property, canteen, visits.",
                         benign_tail(g, L, prison)]
                neg = "aggregate"
            elif c == 1:
                lines = [f"Complaint about policy (no individual case): the visits changes announced by "
                         f"{official(g, L, prison)} cut weekend slots.", f"Ref {ref(g, 'C1')}", benign_tail(g, L, prison)]
                neg = "public_officials"
            else:
                lines = ["COMP1 form – blank", f"{w['name']}: ____________  {w['ref']}: ______",
                         "Wing/cell: ____  What is your complaint about?", benign_tail(g, L, prison)]
                neg = "blank_form"
            meta = {"establishment": prison, "type": "COMP1"}
    elif kind == "case_note":
        if sens:
            p = P_()
            lines = [f"{date} 10:15 Office visit ({prob}) – " + w["note"].format(name=R.add("PERSON", p.full))]
            c = r.randrange(3)
            if c == 0:
                v = P_()
                lines.append(f"EM: curfew 19:00-07:00 at {R.add('LOCATION', g.address(L))}; exclusion zone 500 m around "
                             f"victim {R.add('PERSON', v.full)}'s home. Tag {g.fmt_pattern('EM-@@####')}.")
            elif c == 1:
                m_ = P_("f")
                lines.append(f"Spoke to mother {R.add('PERSON', m_.full)} on {R.add('PHONE_NUMBER', g.phone(L))}; "
                             "confirms he is home by curfew.")
            else:
                d = g.dob()
                lines.append(f"{w['dob']} {R.add('DATE_TIME', g.fdate(L, d))}; " + (id_line(g, L, R, p, d) or "no ID on file"))
            lines.append("RoSH: medium (known adult). Next appt in 7 days.")
            meta = {"pop": p.full, "team": prob}
        else:
            c = r.randrange(3)
            ph = g.pick(L, "placeholder")
            if c == 0:
                lines = [f"{date} 10:15 Office visit – " + w["note"].format(name="[PoP]"),
                         f"CRN {g.fmt_pattern('@######')} · RoSH medium · {prob}", benign_tail(g, L, prison)]
                neg = "anonymised"
            elif c == 1:
                h = hist(g)
                lines = [f"Training vignette for new PSOs ({prob}): treat {h[0]} ({h[1]}) as the person on licence.",
                         w["note"].format(name=h[0]), benign_tail(g, L, prison)]
                neg = "fiction_historical"
            else:
                lines = ["Case note template:", w["note"].format(name=ph), "Actions: ______ by __/__", benign_tail(g, L, prison)]
                neg = "placeholder"
            meta = {"team": prob, "template": "contact_log"}
    elif kind == "export":
        em = r.choice(g.pools["em"])
        if sens:
            c = r.randrange(3)
            if c == 0:
                lines = [f"# {em} – install schedule {date}", "job_id,subject,address,curfew,contact,device"]
                for _ in range(r.randint(2, 4)):
                    p = P_()
                    lines.append(f"{g.digits(6)},{R.add('PERSON', p.full)},\"{R.add('LOCATION', g.address(L))}\","
                                 f"19:00-07:00,{R.add('PHONE_NUMBER', g.phone(L))},{g.fmt_pattern('RF-####-@@')}")
            elif c == 1:
                lines = [f"# prisoner money – {prison} – sends {date}", "txn,sender,card,amount,prisoner_ref"]
                for _ in range(r.randint(2, 4)):
                    p = P_()
                    lines.append(f"{g.digits(9)},{R.add('PERSON', p.full)},{R.add('CREDIT_CARD', g.card())},"
                                 f"{r.randint(5, 90)}.00,{g.fmt_pattern('@####@@')}")
            else:
                lines = ["# visits portal audit log"]
                for _ in range(r.randint(2, 4)):
                    p = P_()
                    lines.append(json.dumps({"ts": f"2026-0{r.randint(1, 9)}-1{r.randint(0, 9)}T2{r.randint(0, 3)}:0{r.randint(0, 9)}Z",
                                             "email": R.add("EMAIL_ADDRESS", g.email(L, p)),
                                             "ip": R.add("IP_ADDRESS", g.ip()), "action": "book_visit"}, ensure_ascii=False))
            meta = {"export": lines[0][2:], "rows": str(len(lines) - 2)}
        else:
            c = r.randrange(3)
            if c == 0:
                lines = ["establishment,receptions,visits,complaints"] + [
                    f"\"{g.pick(L, 'prison')}\",{r.randint(50, 500)},{r.randint(300, 3000)},{r.randint(10, 200)}" for _ in range(4)]
                neg = "aggregate"
            elif c == 1:
                lines = [f"# {em} device inventory", "serial,firmware,status,courier_tracking"] + [
                    f"{g.fmt_pattern('RF-####-@@')},v{r.randint(2, 5)}.{r.randint(0, 9)},in_stock,"
                    f"1Z{g.digits(16)}" for _ in range(4)]
                neg = "device_serials"
            else:
                lines = ["# staging config (docs)", f"allow_from: [{g.doc_ip()}, {g.doc_ip()}]",
                         "notify: ops@example.com", f"test_card: {r.choice(sorted(g.TEST_CARDS))}",
                         "sample_user: " + g.pick(L, "placeholder")]
                neg = "docs_example"
            meta = {"export": lines[0].strip("# "), "rows": str(len(lines) - 1)}
    elif kind == "press":
        if sens:
            p = P_()
            c = r.randrange(2)
            if c == 0:
                lines = [f"PRESS LINE – NOT FOR RELEASE – {prison}",
                         f"Death in custody: {R.add('PERSON', p.full)}, born {R.add('DATE_TIME', g.fdate(L, g.dob()))}. "
                         "Next of kin informed; PPO investigation opened.",
                         f"Journalist asked for the family: sister {R.add('PERSON', P_('f').full)}, {R.add('PHONE_NUMBER', g.phone(L))}"]
            else:
                lines = [f"Appeal (draft) – absconder from {prison}",
                         f"{R.add('PERSON', p.full)}, {w['dob']} {R.add('DATE_TIME', g.fdate(L, g.dob()))}, "
                         f"last seen near {R.add('LOCATION', g.address(L))}.", f"Do not approach. Call {L['emerg']}."]
            lines.append(official(g, L, prison) + " will not comment further.")
            meta = {"subject": p.full, "establishment": prison}
        else:
            c = r.randrange(3)
            if c == 0:
                lines = [f"PRESS RELEASE – {date}", f"New family visits hall opens at {prison}.",
                         f"{official(g, L, prison)} said: \"Strong family ties cut reoffending.\"",
                         f"Media enquiries: {g.role_mail(L)}, {g.switch(L)}"]
                neg = "public_officials"
            elif c == 1:
                lines = [f"Inspection summary: {prison}", f"Safety: {r.randint(1, 4)}/4; respect {r.randint(1, 4)}/4; "
                                                           f"{r.randint(20, 70)}% of prisoners locked up 22h+; "
                                                           f"{r.randint(2, 30)} recommendations.",
                         f"Report ref {ref(g, 'HMIP')}", benign_tail(g, L, prison)]
                neg = "aggregate"
            else:
                lines = [w["notice"].format(prison=prison, date=date, switch=g.switch(L)),
                         f"The visitor centre has moved to {r.choice(g.pools['eponym'])}.", f"Emergency: {L['emerg']}"]
                neg = "eponym_notice"
            meta = {"establishment": prison, "kind": "press"}
    elif kind == "form":
        if sens:
            p, d = P_(), g.dob()
            ftitle = r.choice(["ROTL application", "HDC address check", "Discharge grant – bank details", "Visitor ID form"])
            lines = [f"{ftitle} – {prison}", f"{w['name']}: {R.add('PERSON', p.full)}",
                     f"{w['dob']}: {R.add('DATE_TIME', g.fdate(L, d))}"]
            il = id_line(g, L, R, p, d)
            if il:
                lines.append(il)
            if L["tag"] == "hi-IN" and r.random() < 0.5:
                lines.append(f"PAN: {R.add('TAX_ID', g.pan(p))}")
            lines.append(f"{w['addr']}: {R.add('LOCATION', g.address(L))}")
            if L["iban"]:
                lines.append(f"IBAN: {R.add('IBAN_CODE', g.iban(L['iban']))}")
            elif L["tag"] == "en-US":
                rt, acct = g.aba()
                lines.append(f"Routing (ABA): {R.add('US_BANK_NUMBER', rt)}  Account: {R.add('US_BANK_NUMBER', acct)}")
            lines.append(f"{w['phone']}: {R.add('PHONE_NUMBER', g.phone(L))}")
            meta = {"form": ftitle, "name": p.full, "dob": g.fdate(L, d)}
        else:
            c = r.randrange(3)
            ph = g.pick(L, "placeholder")
            if c == 0:
                lines = [f"HDC address check – blank – {prison}", f"{w['name']}: {ph}", f"{w['addr']}: ________________",
                         f"{w['phone']}: ____________", "Occupier consent: ☐ yes ☐ no"]
                neg = "blank_form"
            elif c == 1:
                lines = ["Discharge grant – guidance (example values only)", f"{w['name']}: {ph}",
                         "IBAN: DE89 3704 0044 0532 0130 00 (example)", f"Card (test): {r.choice(sorted(g.TEST_CARDS))}",
                         "Contact: discharge@example.org"]
                neg = "docs_example"
            else:
                n_app = r.randint(10, 60)
                lines = [f"ROTL board outcomes {prison}: {n_app} applications, {r.randint(5, n_app)} approved, "
                         f"{r.randint(0, 5)} failures to return.", f"{w['ref']}: {ref(g, 'ROTL')}", benign_tail(g, L, prison)]
                neg = "aggregate"
            meta = {"form": lines[0][:60]}
    elif kind == "chat":
        if sens:
            p = P_("m" if k < 2 else "f")
            lines = [f"family: hi {rel} {R.add('PERSON', p.given)} is in {prison} since tuesday, how do i put money on the phone?",
                     "helper: You can add PIN credit via the send-money service. Do you know the prison number?",
                     f"family: no sorry. {w['phone']} {R.add('PHONE_NUMBER', g.phone(L))}"]
            if r.random() < 0.5:
                lines.append(f"family: {w['name']} {R.add('PERSON', p.full)}, {w['dob']} {R.add('DATE_TIME', g.fdate(L, g.dob()))}")
            meta = {"channel": "webchat", "caller_number": next(v for t, v in R.issued if t == "PHONE_NUMBER")}
        else:
            c = r.randrange(3)
            if c == 0:
                lines = ["user: how do I send money to someone in prison?",
                         "helper: Use the online send-money service; you need their prison number and date of birth.",
                         f"user: and if I'm worried about them tonight? helper: call the prison switchboard {g.switch(L)} "
                         f"and ask for the duty governor, or {L['emerg']} in an emergency."]
                neg = "switchboard_emergency"
            elif c == 1:
                lines = ["user: " + w["visit"].format(rel=rel, name=g.pick(L, "placeholder"), prison=prison, date=date),
                         "helper: That's the example from our guide – please fill in your own details in the form."]
                neg = "placeholder_relation"
            else:
                h = hist(g)
                lines = [f"resident: who was {h[0]}?", f"helper: {h[0]} – {h[1]}. The library has a copy.",
                         benign_tail(g, L, prison)]
                neg = "historical"
            meta = {"channel": "webchat", "topic": neg}
    if mode == "I":
        # otherwise benign text with one incidental item
        pos = r.randint(1, len(lines))
        lines.insert(pos, inc_item(g, L, R))
        meta = dict(meta)
        meta["note"] = lines[pos]
    sep = "\n"
    ask = r.choice(ASKS[kind] + [w["ask"]])
    fname = f"{kind}_{g.digits(4)}.txt"
    if sens or mode == "I":
        first_person = next((v for t, v in R.issued if t == "PERSON"), None)
        if first_person and r.random() < 0.5 and L["script"] == "Latin":
            fname = f"{kind}_{fold(first_person).replace(' ', '_')}.txt"
    return dict(doc=sep.join(lines), ask=ask, system=r.choice(SYSTEMS[kind]), persona=r.choice(PERSONAS[kind]),
                meta={k_: str(v)[:500] for k_, v in meta.items()}, fname=fname, neg=neg, R=R)


# --------------------------------------------------------------------------------------------------------
# placement into an OpenAI request body
# --------------------------------------------------------------------------------------------------------
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "text_parts", "file_part", "image_url", "tool_def",
              "tool_call_args", "json_schema", "user_field", "stop", "prediction", "metadata_only"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto", "llama-3.1-8b-instruct", "mistral-small-latest"]


def call_id(g):
    return "call_" + "".join(g.rng.choice(string.ascii_letters + string.digits) for _ in range(20))


def place(g, b, placement, endpoint):
    r = g.rng
    model = r.choice(MODELS)
    doc, ask, system = b["doc"], b["ask"], b["system"]
    if endpoint == "completions":
        return {"model": model, "prompt": f"{ask}\n\n{doc}\n\n###\n", "max_tokens": r.choice([256, 400, 512]),
                "temperature": r.choice([0, 0.2, 0.7])}
    body = {"model": model}
    if placement == "user":
        body["messages"] = [{"role": "system", "content": system}, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif placement == "system":
        body["messages"] = [{"role": "system", "content": f"{system}\n\nCase context:\n{doc}"},
                            {"role": "user", "content": ask}]
    elif placement == "assistant_echo":
        body["messages"] = [{"role": "system", "content": system}, {"role": "user", "content": "I'll paste it, read it first"},
                            {"role": "assistant", "content": f"Got it, here's what I received:\n{doc}"},
                            {"role": "user", "content": ask}]
    elif placement == "tool_result":
        cid = call_id(g)
        body["messages"] = [{"role": "system", "content": system}, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [
                                {"id": cid, "type": "function",
                                 "function": {"name": "fetch_record", "arguments": json.dumps({"ref": ref(g, "REC")})}}]},
                            {"role": "tool", "tool_call_id": cid, "content": doc}]
        body["tools"] = [{"type": "function", "function": {"name": "fetch_record", "description": "Fetch a case record.",
                                                           "parameters": {"type": "object", "properties": {"ref": {"type": "string"}},
                                                                          "required": ["ref"]}}}]
    elif placement == "text_parts":
        body["messages"] = [{"role": "system", "content": system},
                            {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif placement == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        body["messages"] = [{"role": "user", "content": [
            {"type": "text", "text": ask},
            {"type": "file", "file": {"filename": b["fname"], "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif placement == "image_url":
        q = urllib.parse.urlencode(b["meta"], quote_via=urllib.parse.quote)
        url = f"https://scans.{r.choice(['visits-portal', 'omu-docs', 'yjs-forms'])}.example.net/page/{g.digits(5)}.png?{q}"
        body["messages"] = [{"role": "system", "content": system}, {"role": "user", "content": [
            {"type": "text", "text": ask + " (scan attached)"}, {"type": "image_url", "image_url": {"url": url}}]}]
    elif placement == "tool_def":
        body["messages"] = [{"role": "system", "content": system}, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {
            "name": "file_note", "description": "Files a note in the case system. Example input:\n" + doc,
            "parameters": {"type": "object", "properties": {"text": {"type": "string"}, "ref": {"type": "string"}},
                           "required": ["text"]}}}]
        body["tool_choice"] = "auto"
    elif placement == "tool_call_args":
        cid = call_id(g)
        body["messages"] = [{"role": "system", "content": system}, {"role": "user", "content": "log it"},
                            {"role": "assistant", "content": None, "tool_calls": [
                                {"id": cid, "type": "function",
                                 "function": {"name": "save_note", "arguments": json.dumps({"text": doc}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": cid, "content": "{\"status\": \"saved\"}"},
                            {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": "save_note", "parameters": {
            "type": "object", "properties": {"text": {"type": "string"}}}}}]
    elif placement == "json_schema":
        vals = list(b["meta"].values())
        body["messages"] = [{"role": "system", "content": system}, {"role": "user", "content": ask}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "strict": True, "schema": {
            "type": "object", "properties": {
                "summary": {"type": "string", "description": "Summarise this record:\n" + doc},
                "key": {"type": "string", "enum": vals, "examples": vals[:1]}},
            "required": ["summary", "key"], "additionalProperties": False}}}
    elif placement == "user_field":
        body["messages"] = [{"role": "system", "content": system}, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        iss = b["R"].issued
        body["user"] = next((v for t, v in iss if t in ("EMAIL_ADDRESS", "PERSON")), None) or f"u_{g.digits(10)}"
    elif placement == "stop":
        body["messages"] = [{"role": "system", "content": system}, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        body["stop"] = ["\n###", "END OF NOTE"]
    elif placement == "prediction":
        body["messages"] = [{"role": "system", "content": system},
                            {"role": "user", "content": ask + " Keep the wording of the predicted draft where possible."}]
        body["prediction"] = {"type": "content", "content": doc}
    elif placement == "metadata_only":
        body["messages"] = [{"role": "system", "content": system},
                            {"role": "user", "content": "Write a one-line status update for the weekly dashboard."}]
        body["store"] = True
        body["metadata"] = dict(b["meta"])
    return body


def strings_of(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings_of(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings_of(v)


def haystack(body):
    parts = []
    for s in strings_of(body):
        parts.append(s)
        m = re.match(r"data:[\w/.+-]+;base64,(.*)$", s, re.S)
        if m:
            parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
        if s.startswith("http"):
            parts.append(urllib.parse.unquote_plus(s))
        if s.startswith("{"):
            try:
                parts.extend(strings_of(json.loads(s)))
            except ValueError:
                pass
    return "\n".join(parts)


def label(body, issued):
    hs = haystack(body)
    out, seen = [], set()
    for t, v in issued:
        if (t, v) not in seen and v in hs:
            seen.add((t, v))
            out.append({"type": t, "value": v})
    return out


# --------------------------------------------------------------------------------------------------------
# PII split
# --------------------------------------------------------------------------------------------------------
def make_pii(g):
    r = g.rng
    plan = []
    for ki, kind in enumerate(KINDS):
        ns, nb = (33, 23) if ki < 5 else (32, 24)
        modes = ["S"] * ns + ["B"] * nb
        for j in range(ns):
            if j % 8 == 3:
                modes[j] = "I"
        plan += [(kind, m) for m in modes]
    r.shuffle(plan)
    recs = []
    for i, (kind, mode) in enumerate(plan):
        L = LOCALES[(i * 5 + i // 22) % len(LOCALES)]
        endpoint = "completions" if i % 10 == 7 else "chat"
        placement = PLACEMENTS[(i * 3 + i // 14) % len(PLACEMENTS)] if endpoint == "chat" else "prompt"
        b = build(g, L, kind, mode)
        body = place(g, b, placement, endpoint)
        ents = label(body, b["R"].issued)
        if mode != "B" and not ents:  # nothing survived this placement: fall back to the user message
            placement = "user"
            body = place(g, b, placement, endpoint)
            ents = label(body, b["R"].issued)
        sensitive = mode != "B"
        assert sensitive == bool(ents), (i, kind, mode, placement)
        style = f"{b['persona']} · {placement}" + (" · incidental" if mode == "I" else "") + (f" · {b['neg']}" if b["neg"] else "")
        recs.append({"id": f"{SPLIT}-pii-{i + 1:04d}", "category": kind if sensitive else f"{kind}_benign",
                     "sensitive": sensitive, "entities": ents, "endpoint": endpoint, "lang": L["tag"], "style": style,
                     "body": body})
    return recs


# --------------------------------------------------------------------------------------------------------
# complexity split
# --------------------------------------------------------------------------------------------------------
CX_LANGS = ["en", "de-DE", "fr-FR", "es-ES", "pl-PL", "ru-RU", "uk-UA", "ar-SA", "he-IL", "hi-IN", "th-TH", "zh-CN",
            "ja-JP", "ko-KR", "el-GR", "tr-TR", "it-IT", "nl-NL", "pt-BR", "sv-SE"]

CX_SIMPLE = {
    "en": ["What does ROTL stand for?", "Thanks, that's all for today!", "What time do prison visits usually start at weekends?",
           "Convert 14:30 to 12-hour time."],
    "de-DE": ["Wofür steht die Abkürzung JVA?", "Danke, schönes Wochenende!"],
    "fr-FR": ["Que veut dire SPIP ?", "Merci beaucoup, bonne journée !"],
    "es-ES": ["¿Qué significa CIS en prisiones?", "¡Gracias, hasta mañana!"],
    "pl-PL": ["Co oznacza skrót ZK?", "Dzięki, miłego dnia!"],
    "ru-RU": ["Как расшифровывается УИИ?", "Спасибо, до завтра!"],
    "uk-UA": ["Що означає скорочення СІЗО?", "Дякую, гарного дня!"],
    "ar-SA": ["ما معنى الإفراج المشروط؟", "شكراً جزيلاً، مع السلامة!"],
    "he-IL": ["מה זה שב״ס?", "תודה רבה, יום טוב!"],
    "hi-IN": ["पैरोल का मतलब क्या है?", "धन्यवाद, शुभ दिन!"],
    "th-TH": ["คุมประพฤติ แปลว่าอะไร", "ขอบคุณมากค่ะ"],
    "zh-CN": ["社区矫正是什么意思？", "谢谢，再见！"],
    "ja-JP": ["仮釈放とは何ですか？", "ありがとうございました！"],
    "ko-KR": ["가석방이 뭐예요?", "감사합니다, 좋은 하루 되세요!"],
    "el-GR": ["Τι σημαίνει ΚΚ Κορυδαλλού; Απλώς το όνομα.", "Ευχαριστώ πολύ!"],
    "tr-TR": ["Açık görüş ne demek?", "Teşekkürler, iyi günler!"],
    "it-IT": ["Cosa vuol dire UEPE?", "Grazie mille, buona giornata!"],
    "nl-NL": ["Waar staat PI voor?", "Dank je, fijne dag!"],
    "pt-BR": ["O que é o jumbo na cadeia?", "Valeu, boa tarde!"],
    "sv-SE": ["Vad betyder frivården?", "Tack, ha en bra dag!"],
}
CX_SHORT_HARD = {
    "en": ["Sentenced to 4 years (standard determinate, release at 40%) on 12 March 2026 after 143 days on remand: work out "
           "the conditional release date step by step and say how remand is credited.",
           "Design a visits rota for 3 halls sharing 2 visits rooms with 6 officers per session, no hall twice in a row; "
           "prove the rota meets every constraint.",
           "A young person breached two YRO requirements but started an apprenticeship last month. Weigh breach "
           "proceedings against a warning and justify your recommendation."],
    "de-DE": ["Ein Proband hat zwei Weisungen verletzt, hat aber seit vier Wochen eine Lehrstelle. Wäge ab, ob ein "
              "Widerrufsantrag verhältnismäßig ist, und begründe deine Empfehlung schrittweise."],
    "fr-FR": ["Un condamné à 3 ans a 210 jours de détention provisoire et des crédits de réduction de peine : calcule "
              "pas à pas sa date de libération et explique les hypothèses."],
    "es-ES": ["Compara el tercer grado y la libertad condicional para un interno con buena conducta pero sin arraigo "
              "familiar, y argumenta cuál recomendarías y por qué."],
    "pl-PL": ["Skazany ma 6 lat, odbył 3 lata i 2 miesiące. Oceń krok po kroku, czy spełnia przesłanki warunkowego "
              "przedterminowego zwolnienia i jakie ryzyka wskazać sądowi."],
    "ru-RU": ["Составь план перевода 40 осуждённых между двумя колониями за 3 дня при 2 автозаках по 12 мест; "
              "обоснуй, что план выполним."],
    "uk-UA": ["Порівняй ризики пробаційного нагляду й умовно-дострокового звільнення для неповнолітнього та "
              "обґрунтуй свою рекомендацію."],
    "ar-SA": ["قارن بين الإفراج المشروط والمراقبة الإلكترونية لسجين محكوم بخمس سنوات، وبيّن بالتفصيل أيهما أنسب ولماذا."],
    "he-IL": ["נתח אם יש להמליץ על שחרור מוקדם לאסיר עם התנהגות טובה אך שתי עבירות משמעת בשנה האחרונה, ונמק."],
    "hi-IN": ["एक क़ैदी की सज़ा 7 साल है और 4 साल पूरे हुए हैं; चरण-दर-चरण तय करो कि पैरोल देना उचित है या नहीं और जोखिम बताओ।"],
    "th-TH": ["วิเคราะห์ว่าควรใช้กำไล EM หรือคุมประพฤติแบบรายงานตัวกับเยาวชนที่ทำผิดซ้ำ พร้อมให้เหตุผลทีละขั้น"],
    "zh-CN": ["一名社区矫正对象两次迟到报到但已稳定就业，请分析是否应提请撤销缓刑，并逐步说明理由。"],
    "ja-JP": ["仮釈放の審理で、再犯リスクと家族の受け入れ体制をどう比較衡量すべきか、段階的に論じてください。"],
    "ko-KR": ["교도소 세 곳의 과밀 수용률과 인력을 고려해 이송 계획을 세우고, 계획이 타당한 이유를 단계별로 설명해 줘."],
    "el-GR": ["Σύγκρινε την υφ' όρον απόλυση με το ηλεκτρονικό βραχιόλι για κρατούμενο με καλή διαγωγή και τεκμηρίωσε την πρότασή σου."],
    "tr-TR": ["Koşullu salıverilme tarihini 8 yıl hapis ve 410 gün tutukluluk için adım adım hesapla ve varsayımları açıkla."],
    "it-IT": ["Valuta se proporre l'affidamento in prova o la detenzione domiciliare per un condannato con lavoro ma "
              "senza casa, motivando passo per passo."],
    "nl-NL": ["Beoordeel of een voorwaardelijke invrijheidstelling verantwoord is bij twee recente incidenten en een "
              "stabiele baan, en onderbouw je advies."],
    "pt-BR": ["Calcule passo a passo a progressão de regime para pena de 9 anos por crime comum, primário, com 1 ano de "
              "remição, e explique cada fração."],
    "sv-SE": ["Planera utslussning för en klient med 18 månader kvar, missbruk och skulder; motivera varje steg och risk."],
}
CX_EASY_ASK = {
    "en": ["Sort this list by date.", "Convert this to CSV.", "Copy the table but put the headers in bold.",
           "Count the rows and tell me the total."],
    "de-DE": ["Sortiere die Liste nach Datum.", "Wandle das in CSV um."],
    "fr-FR": ["Trie cette liste par date.", "Convertis en CSV."],
    "es-ES": ["Ordena esta lista por fecha.", "Pásalo a CSV."],
    "pl-PL": ["Posortuj listę według daty.", "Zamień to na CSV."],
    "ru-RU": ["Отсортируй список по дате.", "Преобразуй в CSV."],
    "uk-UA": ["Відсортуй список за датою.", "Перетвори на CSV."],
    "ar-SA": ["رتّب القائمة حسب التاريخ.", "حوّلها إلى CSV."],
    "he-IL": ["מיין את הרשימה לפי תאריך.", "המר ל-CSV."],
    "hi-IN": ["इस सूची को तारीख़ के हिसाब से लगाओ।", "इसे CSV में बदल दो।"],
    "th-TH": ["เรียงรายการตามวันที่", "แปลงเป็น CSV"],
    "zh-CN": ["按日期排序这个列表。", "转换成CSV格式。"],
    "ja-JP": ["日付順に並べ替えて。", "CSVに変換して。"],
    "ko-KR": ["날짜순으로 정렬해 줘.", "CSV로 바꿔 줘."],
    "el-GR": ["Ταξινόμησε τη λίστα κατά ημερομηνία.", "Μετάτρεψέ το σε CSV."],
    "tr-TR": ["Listeyi tarihe göre sırala.", "CSV'ye dönüştür."],
    "it-IT": ["Ordina la lista per data.", "Converti in CSV."],
    "nl-NL": ["Sorteer de lijst op datum.", "Zet dit om naar CSV."],
    "pt-BR": ["Ordena a lista por data.", "Converte pra CSV."],
    "sv-SE": ["Sortera listan efter datum.", "Gör om till CSV."],
}
CX_HARD_ASK = {
    "en": ["Analyse these logs: identify patterns of non-compliance, weigh alternative explanations, and recommend "
           "whether to breach, with reasons.",
           "Using these inspection figures, diagnose the likely causes of the deterioration and propose a prioritised "
           "90-day action plan with trade-offs."],
    "de-DE": ["Analysiere die Einträge, erkenne Muster, wäge Erklärungen ab und empfiehl begründet das weitere Vorgehen."],
    "fr-FR": ["Analyse ces données, identifie les tendances, discute les causes possibles et propose un plan d'action argumenté."],
    "es-ES": ["Analiza estos registros, detecta patrones, valora explicaciones alternativas y recomienda con argumentos."],
    "pl-PL": ["Przeanalizuj dane, wskaż wzorce, oceń alternatywne wyjaśnienia i zaproponuj uzasadniony plan działań."],
    "ru-RU": ["Проанализируй записи, выяви закономерности, оцени альтернативные объяснения и дай обоснованную рекомендацию."],
    "uk-UA": ["Проаналізуй записи, знайди закономірності, зваж альтернативні пояснення й дай обґрунтовану рекомендацію."],
    "ar-SA": ["حلّل هذه السجلات، واستخرج الأنماط، وقيّم التفسيرات البديلة، ثم قدّم توصية مُعلّلة."],
    "he-IL": ["נתח את הרישומים, זהה דפוסים, שקול הסברים חלופיים והמלץ על צעדים בנימוק מפורט."],
    "hi-IN": ["इन रिकॉर्ड का विश्लेषण करो, पैटर्न पहचानो, वैकल्पिक कारणों को तौलो और तर्क सहित सिफ़ारिश दो।"],
    "th-TH": ["วิเคราะห์บันทึกเหล่านี้ หารูปแบบ ชั่งน้ำหนักคำอธิบายอื่น และเสนอแนวทางพร้อมเหตุผล"],
    "zh-CN": ["分析这些记录，找出规律，权衡其他可能的解释，并给出有理有据的建议。"],
    "ja-JP": ["記録を分析し、傾向を特定し、別の説明も比較したうえで、根拠のある提案をしてください。"],
    "ko-KR": ["기록을 분석해 패턴을 찾고, 다른 설명 가능성을 따져 본 뒤 근거 있는 권고안을 제시해 줘."],
    "el-GR": ["Ανάλυσε τα δεδομένα, εντόπισε μοτίβα, στάθμισε εναλλακτικές εξηγήσεις και πρότεινε τεκμηριωμένο σχέδιο."],
    "tr-TR": ["Kayıtları analiz et, örüntüleri bul, alternatif açıklamaları tart ve gerekçeli bir öneri sun."],
    "it-IT": ["Analizza i dati, individua gli schemi, valuta spiegazioni alternative e proponi un piano motivato."],
    "nl-NL": ["Analyseer de gegevens, zoek patronen, weeg alternatieve verklaringen af en geef een onderbouwd advies."],
    "pt-BR": ["Analisa os registros, identifica padrões, pesa explicações alternativas e recomenda com justificativa."],
    "sv-SE": ["Analysera uppgifterna, hitta mönster, väg alternativa förklaringar och ge en motiverad rekommendation."],
}


def long_table(g, kind):
    r = g.rng
    rows = []
    if kind == "visits":
        head = "slot | hall | date | time | status"
        for i in range(40):
            rows.append(f"{i + 1} | Hall {r.randint(1, 4)} | 2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} | "
                        f"{r.choice(['09:30', '14:00', '15:45'])} | {r.choice(['open', 'booked', 'closed'])}")
    elif kind == "canteen":
        head = "item | code | price | limit"
        items = ["tuna pouch", "noodles", "rice 1kg", "shower gel", "stamps x6", "phone credit 5", "vape pod", "biscuits",
                 "coffee", "tea bags", "batteries AA", "writing paper"]
        for i in range(45):
            rows.append(f"{r.choice(items)} | C{g.digits(4)} | {r.randint(30, 600) / 100:.2f} | {r.randint(1, 6)}")
    else:
        head = "device | firmware | battery | last_seen"
        for i in range(40):
            rows.append(f"RF-{g.digits(4)}-{r.choice(['AA', 'BX', 'KQ'])} | v{r.randint(2, 5)}.{r.randint(0, 9)} | "
                        f"{r.randint(5, 100)}% | 2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:00")
    return head + "\n" + "\n".join(rows)


def long_case(g):
    r = g.rng
    out = []
    for i in range(18):
        out.append(r.choice([
            f"Week {i + 1}: curfew violation {r.randint(5, 95)} min late; subject says bus cancelled; strap intact.",
            f"Week {i + 1}: all curfews met; attended {r.randint(1, 3)} of 3 appointments; UA {r.choice(['negative', 'positive for cannabis'])}.",
            f"Week {i + 1}: partner reports arguments at the address; police called once, no further action.",
            f"Week {i + 1}: started work shifts 22:00-06:00 without telling the responsible officer; variation requested late.",
            f"Week {i + 1}: inspection data: assaults {r.randint(5, 40)}, self-harm incidents {r.randint(10, 80)}, "
            f"staff vacancy {r.randint(5, 30)}%, time out of cell {r.randint(1, 8)}h.",
            f"Week {i + 1}: tag reported 'no signal' {r.randint(1, 9)} times between 01:00 and 04:00; base unit replaced.",
        ]))
    return "Person A (anonymised), 24-week EM curfew + rehabilitation requirement:\n" + "\n".join(out)


def make_complexity(g):
    r = g.rng
    plan = ["short_simple"] * 48 + ["long_easy"] * 48 + ["short_hard"] * 48 + ["long_hard"] * 46
    r.shuffle(plan)
    recs = []
    for i, cat in enumerate(plan):
        lang = CX_LANGS[(i * 7 + i // 20) % len(CX_LANGS)]
        style = ""
        if cat == "short_simple":
            text = r.choice(CX_SIMPLE[lang])
            style = "lookup_or_greeting"
        elif cat == "short_hard":
            text = r.choice(CX_SHORT_HARD[lang])
            style = "reasoning/short"
        elif cat == "long_easy":
            tk = r.choice(["visits", "canteen", "devices"])
            text = f"{r.choice(CX_EASY_ASK[lang])}\n\n{long_table(g, tk)}"
            while len(text) < 1500:
                text += "\n" + long_table(g, tk).split("\n", 1)[1]
            style = f"reformat/{tk}"
        else:
            text = f"{r.choice(CX_HARD_ASK[lang])}\n\n{long_case(g)}"
            while len(text) < 1500:
                text += "\n" + long_case(g).split("\n", 1)[1]
            style = "analysis/em_case"
        if cat.startswith("long"):
            assert len(text) >= 1500, (cat, len(text))
        endpoint = "completions" if i % 13 == 5 else "chat"
        model = r.choice(MODELS)
        if endpoint == "completions":
            body = {"model": model, "prompt": text + "\n\n", "max_tokens": 600}
        else:
            msgs = [{"role": "user", "content": text}]
            if r.random() < 0.5:
                msgs.insert(0, {"role": "system", "content": r.choice(sum(SYSTEMS.values(), []))})
            body = {"model": model, "messages": msgs}
        recs.append({"id": f"{SPLIT}-cx-{i + 1:04d}", "category": cat, "label": int(cat.endswith("hard")),
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": endpoint, "lang": lang,
                     "style": style, "body": body})
    return recs


# --------------------------------------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args(argv)
    g = Ctx(a.seed)
    print(f"frozen words: {len(g.frozen)}; pool entries dropped by the freeze: {sum(g.dropped.values())} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(g.dropped.items()))})")
    pii = make_pii(g)
    cx = make_complexity(g)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8", newline="\n") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    ns = sum(x["sensitive"] for x in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} requests ({sum(x['endpoint'] == 'chat' for x in pii)} chat, "
          f"{sum(x['endpoint'] == 'completions' for x in pii)} completions) in {len({x['lang'] for x in pii})} language tags, "
          f"{len({LOC[x['lang']]['script'] for x in pii})} scripts")
    print(f"  sensitive {ns} ({100 * ns / len(pii):.1f}%), benign {len(pii) - ns}; "
          f"incidental {sum('incidental' in x['style'] for x in pii)}")
    print("  per kind: " + ", ".join(f"{k} {sum(x['category'] == k for x in pii)}+{sum(x['category'] == k + '_benign' for x in pii)}"
                                     for k in KINDS))
    et = collections.Counter(e["type"] for x in pii for e in x["entities"])
    print("  entity types: " + ", ".join(f"{k} {v}" for k, v in sorted(et.items())))
    pl = collections.Counter(x["style"].split(" · ")[1] for x in pii)
    print("  placements: " + ", ".join(f"{k} {v}" for k, v in sorted(pl.items())))
    cc = collections.Counter(x["category"] for x in cx)
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} requests ({sum(x['endpoint'] == 'chat' for x in cx)} chat) in "
          f"{len({x['lang'] for x in cx})} language tags: " + ", ".join(f"{k} {cc[k]}" for k in
                                                                        ("short_simple", "long_easy", "short_hard", "long_hard"))
          + f"; length-adversarial {sum(x['length_adversarial'] for x in cx)}, label 1: {sum(x['label'] for x in cx)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
