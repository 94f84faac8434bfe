#!/usr/bin/env python3
"""Gnamma: a blind evaluation split for the request signals, organised by the world of SCHOOLS, COLLEGES AND UNIVERSITIES.

Writes bench/data/signals/pii_gnamma.jsonl and bench/data/signals/complexity_gnamma.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. The detector, its
    tests, the evaluator, the results, the policies, the docs and all commit messages were not read, and the
    detector was never run. The other generators were not read: at run time their sources are scanned
    automatically for capitalised / non-ASCII words (the FROZEN_AGAINST freeze, own file skipped), and every
    entry of every name, street, town, school, company, historical-figure and eponym pool that shares a word
    (or a non-ASCII bigram) with that set is dropped and refilled from invented, locale-typical parts. Only
    the generic type words listed in GENERIC (Road, straße, School, van, de ...) are exempt from that check.

Organising principle and the line drawn
    Education: admissions and applications, pupil and student records, special educational needs and
    disability (SEND) support plans, attendance and safeguarding referrals, exam entries and access
    arrangements, parent-teacher correspondence, school-trip consent forms, student finance and hardship
    funds, alumni and fundraising -- nine kinds, each with sensitive records (category ``<kind>``) and hard
    negatives of the same kind (``<kind>_benign``). Voices: admissions officers, class teachers, SENCos,
    designated safeguarding leads, exams officers, parents, trip leaders, student-finance advisers,
    alumni-relations staff, registrars, students; forms, CSV and JSON exports, MIS extracts, e-mails, chat,
    pasted letters, mixed with the data language of 24 locales (Latin, Cyrillic, Greek, Hebrew, Arabic,
    Devanagari, Thai, Han, Kana, Hangul scripts).
    The line: a private pupil, student, parent, carer, alumnus or donor is personal data wherever they are
    named or reachable (name with a role or relation cue, their own phone, e-mail, home address, birth
    date, national / tax / health number, hospital number, bank or card details, their own public IP).
    NOT personal data (benign): head teachers, principals, vice-chancellors and governors named in
    published prospectuses, inspection reports, newsletters and league tables in their public role;
    the institution's own offices, role mailboxes (admissions@, exams@, dsl@), switchboards, registered
    offices and the institution's own bank account for fees; helplines; exam-board specifications and past
    papers with fictional candidates; candidate numbers, centre numbers, UCAS-style personal IDs, student
    IDs, UPN-like and ULN-like strings that stand alone without a person; aggregated or anonymised results
    ("Pupil A", percentages); blank forms and templates with placeholders; historical figures and
    eponyms taught in lessons; test card numbers and documentation IP addresses in IT guides.
    Pupil / student / candidate IDs that appear NEXT to a named person are part of that record but are not
    labelled as an entity type (no such type exists); the record is sensitive through the other items.

Labels
    ``entities`` is a list of {"type", "value"} dicts, computed by searching the serialised body (file parts
    base64-decoded, URLs unquoted) for every value the record issued; ``sensitive`` is true iff entities is
    non-empty (asserted; benign records issue nothing). Types: person, PHONE_NUMBER, EMAIL_ADDRESS,
    STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID, HEALTH_INSURANCE (NHS, AMKA-like health numbers),
    CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US only), US_BANK_NUMBER (routing and account), MEDICAL_RECORD
    (hospital numbers). About 12% of the sensitive records carry one incidental item only (a first name with
    a relation cue, one phone number, one birth date in a long text). Complexity: short_simple and long_easy
    label 0, short_hard and long_hard label 1; long_easy (>= 1,500 chars) and short_hard are
    length-adversarial.

Contents (seed 20260415; the run prints all counts)
    pii_gnamma.jsonl: 504 requests (9 kinds x 56: 33 sensitive + 23 benign each = 297 sensitive / 207
    benign, 58.9%); 36 sensitive records carry a single incidental item; 24 locales; ~10% completions
    endpoint; the document is placed by rotation in user / system / assistant / tool messages, text and
    file content parts, tool-call arguments, tool schemas, response_format json_schema and the ``user``
    field. complexity_gnamma.jsonl: 190 chat requests: short_simple 48, long_easy 50, short_hard 48,
    long_hard 44; 98 length-adversarial; 92 labelled 1; in 16 languages.

Validation
    Every national / tax / health identifier is generated with its check digits and validated with
    python-stdnum (gb.nhs, gb.utr, us.ssn, us.rtn, de.idnr, fr.nir, es.dni, mx.curp, it.codicefiscale, nl.bsn,
    pl.pesel, br.cpf, se.personnummer, tr.tckimlik, ru.inn, gr.amka, il.idnr, in_.aadhaar, in_.pan, jp.in_,
    kr.rrn, cn.ric, th.pin, eg.tn, au.tfn, ie.pps, za.idnr, iban); card numbers pass Luhn; every phone number
    is valid for its region by ``phonenumbers``; IPs are global unicast and outside documentation ranges.
    The run aborts on an invalid value; every retry loop is capped.

Command (deterministic, byte-reproducible across PYTHONHASHSEED)
    python bench/make_gnamma_signal_sets.py [--seed 20260415] [--out bench/data/signals]
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
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.au import tfn as au_tfn
from stdnum.br import cpf as br_cpf
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.eg import tn as eg_tn
from stdnum.es import dni as es_dni
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.gr import amka as gr_amka
from stdnum.ie import pps as ie_pps
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
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "gnamma"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma lunette coquina").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:
            continue  # never freeze against our own file
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


# generic type words and particles that are not names; exempt from the freeze check
GENERIC = set("""road street lane close grove crescent terrace avenue ave way drive park place st rd dr apt unit flat
court hill view gardens row walk mews square blvd boulevard
school college academy university primary secondary high grammar institute lyceum gymnasium grundschule gesamtschule
schule école lycée collège colegio instituto escuela liceo scuola istituto basisschool szkoła podstawowa liceum escola
skola okulu lisesi школа гимназия лицей σχολείο γυμνάσιο λύκειο בית ספר مدرسة विद्यालय
van der de den da di del della von bin al ibn ten ter le la les du des y e o mac o' st. saint
rue allée chemin impasse calle avenida via viale straat laan weg ul. ulica rua travessa vägen gatan sokak caddesi mah
ул улица пр проспект οδός רחוב שדרות شارع मार्ग नगर ซอย ถนน
co ltd gmbh inc sa srl bv ab plc trust foundation fund board examinations council
building wing library prize scholarship house centre hall""".split())

LOCALE_DATA: dict = {}


def tokens_of(entry: str):
    return [t.lower() for t in WORD.findall(entry)]


def clashes(entry: str, frozen: set) -> bool:
    toks = tokens_of(entry)
    for t in toks:
        if t.isdigit() or t in GENERIC:
            continue
        if t in frozen:
            return True
    prev = None
    for t in toks:
        if any(ord(c) > 127 for c in t):
            if prev is not None and (prev + " " + t) in frozen and not (prev in GENERIC and t in GENERIC):
                return True
            prev = t
        else:
            prev = None
    return False


# ---------------------------------------------------------------------------------------------------------
# locales: name parts (invented, locale-typical), town/street parts, labels, local sentences, identifiers
# ---------------------------------------------------------------------------------------------------------
def L(**kw):
    return kw


LOCALES = {
    "en-GB": L(region="GB", order="w", sp=" ",
               gA="Al Bren Cal Dor El Fen Gil Har Isl Jos Kel Lor Mer Nor Osw Pel Ros Tam Wyn Ed".split(),
               gB="a ie en ly wyn ora ric iel ette bert ton".split(),
               sA="Ash Brack Cold Dun Fair Gren Hol Kirk Lang Mill Pen Rad Stan Thorn Wed Whit Yar Bram".split(),
               sB="ley wick ford hurst by combe stow thwaite more den field worth".split(),
               tA="Ashen Bram Coll Dray Elm Fox Hen Lyd Marl Quen Sed Tew".split(),
               tB="bury ham field ington stead well bridge minster".split(),
               lab=("Full name", "DOB", "Home address", "Tel", "Email", "Parent/carer", "Year group", "Pupil ID", "Notes"),
               ask="can you tidy this up and draft a short reply pls",
               notes=["Mum rang the office at 8.40, said he'd be in after the dentist.", "Free school meals – yes. Pupil premium.", "Left the lunch hall upset again, spoke to HoY."],
               date="%d/%m/%Y", mail=["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"]),
    "en-US": L(region="US", order="w", sp=" ",
               gA="Bry Cay Dal Ever Jax Kay Lan Mad Ry Sky Tay Bro Har Pais Rey".split(),
               gB="den lee son lyn ton ley ra ette iah er".split(),
               sA="Aber Bax Carl Dow Ellis Gar Hollo Kend Lock Mar Prent Stock Tull Wend".split(),
               sB="nathy ter ton ling way field man dale son more by".split(),
               tA="Cedar Maple Oak Pine Brook Clear Green Fair Spring Red".split(),
               tB="ville ton dale field port wood ridge view".split(),
               lab=("Student name", "Date of birth", "Address", "Phone", "Email", "Parent/guardian", "Grade", "Student ID", "Notes"),
               ask="can u summarize this and write a reply to the family, keep it friendly",
               notes=["Counselor notified. IEP meeting moved to Thursday.", "Bus 14 dropped off late again per front desk.", "Reduced lunch eligible, form on file."],
               date="%m/%d/%Y", mail=["gmail.com", "yahoo.com", "hotmail.com", "icloud.com"]),
    "en-IE": L(region="IE", order="w", sp=" ",
               gA="Ao Cia Dar Éa Fio Ois Ró Sao Tad Nia Cai".split(),
               gB="ife rán ragh mon nn ín isín irse hg mh".split(),
               sA="Mac Giol O'Dwy O'Flan Mac Ail O'Cuin Ní Bhr Mac Con".split(),
               sB="ler agan lín naill ire ane".split(),
               tA="Bally Kil Clon Dun Rath Car Ath".split(),
               tB="more macree duff gorm cullen rick boy".split(),
               lab=("Name", "DOB", "Address", "Mobile", "Email", "Parent/guardian", "Class", "PPSN/School no.", "Notes"),
               ask="Can you put this into a proper letter for the Board of Management? Go raibh maith agat",
               notes=["Gaeilge exemption application pending.", "Mam says he was sick all weekend.", "Bus ticket from the school transport scheme lost again."],
               date="%d/%m/%Y", mail=["gmail.com", "eircom.net", "hotmail.com"]),
    "en-AU": L(region="AU", order="w", sp=" ",
               gA="Kob Mat Lach Jar Sha Cait Bro Tal Zan Mack".split(),
               gB="lan ilda ie lyn ey enna ar ia on".split(),
               sA="Bun Car Dar Kel Mor Nor Rob Tam War Yal".split(),
               sB="dell roo bin ton rell beck worth ingham".split(),
               tA="Wal Coo Kur Mur Tar Bel Nar Yar".split(),
               tB="langa ree ong rumbah oona ridge ina".split(),
               lab=("Student", "DOB", "Address", "Mob", "Email", "Parent/carer", "Year", "Student no.", "Notes"),
               ask="reckon you could summarise this for the year coordinator? cheers",
               notes=["Sport carnival permission still not back.", "Parent rang re uniform, will call back arvo.", "NCCD adjustment level: supplementary."],
               date="%d/%m/%Y", mail=["bigpond.com", "gmail.com", "outlook.com.au"]),
    "en-ZA": L(region="ZA", order="w", sp=" ",
               gA="Tha Lwa Nom Sipho Ze Ka Mpho Ayan Lin Pal".split(),
               gB="bo ndo sa nele kho di lesa".split(),
               sA="Mkh Dla Nde Mab Kho Sit Ngu Mthe".split(),
               sB="ize mini bele uza thole ole mbu".split(),
               tA="Eden Bloem Kwa Umla Roode Mid".split(),
               tB="vale fontein zulu dorp poort stad".split(),
               lab=("Learner name", "DOB", "Address", "Cell", "Email", "Parent/guardian", "Grade", "Learner no.", "Notes"),
               ask="please summarise for the SGB and draft a reply to the parent",
               notes=["Learner transport fee arrears.", "Ma'am phoned, the taxi strike again.", "Grade 12 learner, NSC registration done."],
               date="%Y/%m/%d", mail=["gmail.com", "webmail.co.za", "mweb.co.za"]),
    "de-DE": L(region="DE", order="w", sp=" ",
               gA="Jo Ma Lu Ha Fe Ki Ro Ste Wi Gre Ul Be".split(),
               gB="nja rek tte lina nno lko rike mar ssa dian".split(),
               sA="Brunn Eich Hage Kessel Lind Morg Ober Rein Schwarz Tann Wald Zieg".split(),
               sB="mann bauer berger hofer ler städt brink kamp inger".split(),
               tA="Alt Neu Ober Nieder Hohen Bad Sankt Groß".split(),
               tB="hausen dorf felden heim bach rode au".split(),
               lab=("Name", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail", "Erziehungsberechtigte", "Klasse", "Schülernr.", "Bemerkung"),
               ask="Bitte fasse das kurz zusammen und formuliere eine freundliche Antwort an die Eltern.",
               notes=["Fehlt seit Montag unentschuldigt, Klassenlehrerin informiert.", "Nachteilsausgleich: 25 % Zeitverlängerung bei Klassenarbeiten.", "Mutter bittet um Rückruf nach 16 Uhr."],
               date="%d.%m.%Y", mail=["gmx.de", "web.de", "t-online.de", "posteo.de"]),
    "fr-FR": L(region="FR", order="w", sp=" ",
               gA="Ma Lé Cla Éli Ro Thé Ba Jo Sa Ga Au".split(),
               gB="line o rine ane ël nce ette mence bin stin".split(),
               sA="Bel Dela Font Lanc Mar Rou Vil Bois Cham Per Duv".split(),
               sB="court lière ain eau ier aud ard mont val ot".split(),
               tA="Saint-Bri Mont Ville Bourg Font Roche Beau".split(),
               tB="euil ac ville mont ières ay enne".split(),
               lab=("Nom et prénom", "Date de naissance", "Adresse", "Tél.", "Courriel", "Responsable légal", "Classe", "N° élève", "Observations"),
               ask="Peux-tu résumer ce message et rédiger une réponse polie aux parents ?",
               notes=["Absent depuis lundi, pas de justificatif.", "PAP en cours : tiers-temps aux évaluations.", "La maman demande un rendez-vous avec le CPE."],
               date="%d/%m/%Y", mail=["orange.fr", "free.fr", "laposte.net", "gmail.com"]),
    "es-ES": L(region="ES", order="w2", sp=" ",
               gA="Al Be Ca Da Es Fe Lu Ma Ne Ro Sa Te".split(),
               gB="ba rto rmen niel ther rmín cía rina rea cío".split(),
               sA="Albe Carra Escu Garri Lizar Mendi Olaz Peral Sarmi Villa".split(),
               sB="rra do ez ga eta ondo ales ito ena".split(),
               tA="Villa Torre Puebla Castro Valde Alba".split(),
               tB="nueva moro rrubia verde mar lejo".split(),
               lab=("Nombre y apellidos", "Fecha de nacimiento", "Domicilio", "Teléfono", "Correo", "Tutor/a legal", "Curso", "NIA", "Observaciones"),
               ask="¿Me resumes esto y redactas una respuesta para la familia?",
               notes=["Falta desde el lunes sin justificar.", "Tiene adaptación curricular no significativa.", "La madre pide tutoría el jueves."],
               date="%d/%m/%Y", mail=["gmail.com", "hotmail.es", "telefonica.net"]),
    "es-MX": L(region="MX", order="w2", sp=" ",
               gA="Xi Ya Ix Ra Gua Lu Ma Fer Jo Ale".split(),
               gB="mena retzi chel úl dalupe pita nuel nanda sué xa".split(),
               sA="Cuauh Tlal Huer Oroz Zava Ybar Quin Anza".split(),
               sB="temoc pan ta co la ra tero ldúa".split(),
               tA="San Santa Villa Tlaque Zapo Coyo".split(),
               tB="paque tlán acán huacán tepec".split(),
               lab=("Nombre del alumno", "Fecha de nacimiento", "Domicilio", "Celular", "Correo", "Padre/madre/tutor", "Grado y grupo", "Matrícula", "Observaciones"),
               ask="¿me ayudas a resumir esto y hacer un citatorio para los papás?",
               notes=["Faltó 4 días esta semana, no hay justificante.", "Beca para el Bienestar en trámite.", "La mamá pide cita con orientación."],
               date="%d/%m/%Y", mail=["gmail.com", "hotmail.com", "prodigy.net.mx"]),
    "it-IT": L(region="IT", order="w", sp=" ",
               gA="Al Be Ca Do Fi Gio Lo Ma Ot Ri Sa Vi".split(),
               gB="berta nedetta rmelo nato lippo rgia renzo ttia tavio ccardo".split(),
               sA="Belli Capo Ferra Gallo Lomba Marche Rossa Santo Tode Vitale".split(),
               sB="ni rdi tti schi lli ro sco".split(),
               tA="Borgo Castel Monte Ponte Villa".split(),
               tB="franco vecchio nuovo alto fiorito".split(),
               lab=("Cognome e nome", "Data di nascita", "Indirizzo", "Cellulare", "Email", "Genitore/tutore", "Classe", "Matricola", "Note"),
               ask="Mi riassumi questa comunicazione e prepari una risposta per la famiglia?",
               notes=["Assente da lunedì senza giustificazione.", "PDP attivo: tempi aggiuntivi nelle verifiche.", "La madre chiede colloquio con il coordinatore."],
               date="%d/%m/%Y", mail=["libero.it", "gmail.com", "alice.it", "tiscali.it"]),
    "nl-NL": L(region="NL", order="nl", sp=" ",
               gA="Ma Jo Ti Lo Fe Ri Se Wo Ba Ev Ha".split(),
               gB="rijn ost es uk nna jn bine uter rt tje".split(),
               sA="Berk Dijk Gaal Hoek Kamp Meer Sloot Veld Wal Brink".split(),
               sB="hout stra man sma enburg ink ers".split(),
               tA="Zuid Noord Oost West Groot Nieuw".split(),
               tB="broek veen wolde horst dam sloot".split(),
               lab=("Naam", "Geboortedatum", "Adres", "Telefoon", "E-mail", "Ouder/verzorger", "Groep/klas", "Leerlingnr.", "Opmerkingen"),
               ask="Kun je dit samenvatten en een nette reactie aan de ouders opstellen?",
               notes=["Sinds maandag ongeoorloofd afwezig, leerplicht ingelicht.", "Dyslexieverklaring aanwezig, extra tijd.", "Vader belt na 17.00 terug."],
               date="%d-%m-%Y", mail=["ziggo.nl", "kpnmail.nl", "gmail.com"]),
    "pl-PL": L(region="PL", order="w", sp=" ",
               gA="Ba Do Ja Ka Ma Ra Ste Wi Zo Ag".split(),
               gB="rtosz minika nina cper łgorzata fał nisław told fia nieszka".split(),
               sA="Brzo Dąbro Gawli Kowa Lisie Nowa Pawło Sowi Wró Zieli".split(),
               sB="wski cka ński czyk wicz ska".split(),
               tA="Stary Nowy Wola Dolny Górny".split(),
               tB="gród brzeg bór las wieś".split(),
               lab=("Imię i nazwisko", "Data urodzenia", "Adres", "Telefon", "E-mail", "Rodzic/opiekun", "Klasa", "Nr w dzienniku", "Uwagi"),
               ask="Możesz to streścić i przygotować odpowiedź do rodziców?",
               notes=["Nieobecny od poniedziałku, brak usprawiedliwienia.", "Opinia z poradni: wydłużony czas pisania.", "Mama prosi o kontakt z wychowawczynią."],
               date="%d.%m.%Y", mail=["wp.pl", "onet.pl", "interia.pl", "o2.pl"]),
    "pt-BR": L(region="BR", order="w2", sp=" ",
               gA="Ana Bru Cai Dan Fer Gab Lu Ma Ra Thi Vi".split(),
               gB="lice no o iela nanda riel ana theus ssa ago".split(),
               sA="Albu Bezer Carva Fonse Macha Noguei Pimen Queiro Sampa".split(),
               sB="querque ra lho ca do tel z io".split(),
               tA="Santa São Vila Porto Campo Bela".split(),
               tB="rosa verde alegre grande nova".split(),
               lab=("Nome do aluno", "Data de nascimento", "Endereço", "Celular", "E-mail", "Responsável", "Turma", "Matrícula", "Observações"),
               ask="Pode resumir isso e escrever uma resposta educada para a família?",
               notes=["Faltou a semana toda, sem atestado.", "Tem laudo de TDAH, precisa de tempo extra.", "A mãe pediu reunião com a coordenação."],
               date="%d/%m/%Y", mail=["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"]),
    "sv-SE": L(region="SE", order="w", sp=" ",
               gA="As Bir El Fri Hed In Lin Mal Sig Tov Ul".split(),
               gB="trid git in da vig grid nea te rid la".split(),
               sA="Berg Dahl Ek Hag Lind Ny Sjö Strand Ås Fors".split(),
               sB="ström qvist lund gren berg holm dahl blad".split(),
               tA="Norr Söder Öster Väster Lill Stor".split(),
               tB="köping hamn by torp sund vik".split(),
               lab=("Namn", "Födelsedatum", "Adress", "Telefon", "E-post", "Vårdnadshavare", "Klass", "Elev-id", "Anteckning"),
               ask="Kan du sammanfatta det här och skriva ett svar till vårdnadshavarna?",
               notes=["Ogiltig frånvaro sedan måndag, mentor informerad.", "Extra anpassningar: förlängd skrivtid.", "Pappa ringer tillbaka efter jobbet."],
               date="%Y-%m-%d", mail=["telia.com", "gmail.com", "hotmail.se"]),
    "tr-TR": L(region="TR", order="w", sp=" ",
               gA="Ay Bur Can Del Ece Gök Ka Mer Öz Se Yi".split(),
               gB="şe ak su en ren han ve lin gül vet".split(),
               sA="Akın Bal Çelik Demir Er Kara Kılıç Öz Şa Yıl".split(),
               sB="soy kaya oğlu dağ tekin han can taş".split(),
               tA="Yeni Eski Kara Ak Göl Çam".split(),
               tB="köy dere pınar yurt kent tepe".split(),
               lab=("Adı Soyadı", "Doğum tarihi", "Adres", "Telefon", "E-posta", "Veli", "Sınıf", "Okul no", "Not"),
               ask="Bunu özetleyip veliye kibar bir cevap yazar mısın?",
               notes=["Pazartesiden beri devamsız, veli aranmadı.", "RAM raporu var, sınavlarda ek süre.", "Annesi rehber öğretmenle görüşmek istiyor."],
               date="%d.%m.%Y", mail=["gmail.com", "hotmail.com", "yandex.com.tr"]),
    "ru-RU": L(region="RU", order="w", sp=" ",
               gA="Ва Да Ев Ки Ли Ма Ни Пол Се Та Юл".split(),
               gB="ря рья гения рилл дия рина кита ина мён ия".split(),
               sA="Бело Вол Гро Жур Кузне Мельни Соко Тиму Ша Ер".split(),
               sB="ва ков ченко цова ский нова рин шов".split(),
               tA="Ново Верх Старо Бело Красно".split(),
               tB="горск дольск озёрск поле слав".split(),
               lab=("ФИО", "Дата рождения", "Адрес", "Телефон", "Эл. почта", "Законный представитель", "Класс", "№ личного дела", "Примечание"),
               ask="Сократи, пожалуйста, и подготовь вежливый ответ родителям.",
               notes=["Отсутствует с понедельника без уважительной причины.", "Заключение ПМПК: увеличенное время на ОГЭ.", "Мама просит перезвонить после 18:00."],
               date="%d.%m.%Y", mail=["mail.ru", "yandex.ru", "gmail.com"]),
    "el-GR": L(region="GR", order="w", sp=" ",
               gA="Αθη Γεωρ Δη Ελ Μα Νι Παν Σο Φω".split(),
               gB="νά γία μήτρης ένη ρία κόλας αγιώτα φία τεινή".split(),
               sA="Αντω Βλα Καρα Μαυρο Παπα Σταυ Τσα Χατζη".split(),
               sB="νίου χος γιάννης πούλου δάκης ρίδης κος".split(),
               tA="Νέα Άνω Κάτω Παλαιά".split(),
               tB="Σμύρνη Λιόσια Χώρα Πόλη Λίμνη".split(),
               lab=("Ονοματεπώνυμο", "Ημ. γέννησης", "Διεύθυνση", "Τηλέφωνο", "Email", "Κηδεμόνας", "Τμήμα", "Αρ. μητρώου", "Παρατηρήσεις"),
               ask="Μπορείς να το συνοψίσεις και να γράψεις μια ευγενική απάντηση στους γονείς;",
               notes=["Απουσιάζει από τη Δευτέρα χωρίς δικαιολογητικό.", "Γνωμάτευση ΚΕΣΥ: προφορική εξέταση.", "Η μητέρα ζητά ραντεβού με τον υπεύθυνο τμήματος."],
               date="%d/%m/%Y", mail=["gmail.com", "yahoo.gr", "otenet.gr"]),
    "he-IL": L(region="IL", order="w", sp=" ",
               gA="אב גל דנ יע מי נו רו של תמ אל".split(),
               gB="יה עד יאל ל כל עה ני ומית ר ון".split(),
               sA="בר גולד כה לוי מזר פר רוז שפי אבר".split(),
               sB="זילי ן נר חי מן ץ אל די".split(),
               tA="קרית גבעת נווה רמת".split(),
               tB="אורנים הדס שקד ברוש".split(),
               lab=("שם מלא", "תאריך לידה", "כתובת", "טלפון", "דוא\"ל", "הורה/אפוטרופוס", "כיתה", "מס' תלמיד", "הערות"),
               ask="אפשר לסכם את זה ולנסח תשובה מנומסת להורים?",
               notes=["נעדר מיום ראשון ללא אישור.", "התאמות בבחינות: הארכת זמן 25%.", "האמא מבקשת שיחה עם המחנכת."],
               date="%d.%m.%Y", mail=["gmail.com", "walla.co.il", "012.net.il"]),
    "ar-EG": L(region="EG", order="w", sp=" ",
               gA="أم حس خا سل عم فا كر مر نو يا".split(),
               gB="ينة ام لد مى ر طمة يم سمين".split(),
               sA="عبد الش النج الحل المص السي البد".split(),
               sB="الرحمن ريف ار بي ري د وي".split(),
               tA="منية كفر ميت دير".split(),
               tB="النصر الزيات غمر السلام".split(),
               lab=("الاسم", "تاريخ الميلاد", "العنوان", "الهاتف", "البريد الإلكتروني", "ولي الأمر", "الصف", "رقم الجلوس", "ملاحظات"),
               ask="ممكن تلخص ده وتكتب رد مهذب لولي الأمر؟",
               notes=["غائب منذ يوم الأحد بدون عذر.", "يحتاج وقت إضافي في الامتحانات.", "الأم طلبت مقابلة الأخصائي الاجتماعي."],
               date="%d/%m/%Y", mail=["gmail.com", "yahoo.com", "hotmail.com"]),
    "hi-IN": L(region="IN", order="w", sp=" ",
               gA="अनि प्रि सु दी रा वि कु मा".split(),
               gB="ता या मन पक जीव नय नाल धवी".split(),
               sA="अग्र चौ जो त्रि पां सक्से".split(),
               sB="वाल धरी शी पाठी डे ना".split(),
               tA="राम कृष्ण शिव गोविंद".split(),
               tB="पुर गढ़ नगर गंज".split(),
               lab=("नाम", "जन्म तिथि", "पता", "मोबाइल", "ईमेल", "अभिभावक", "कक्षा", "प्रवेश संख्या", "टिप्पणी"),
               ask="kya aap isko short mein summarise karke parents ko reply draft kar sakte ho?",
               notes=["सोमवार से अनुपस्थित, कोई सूचना नहीं।", "परीक्षा में अतिरिक्त समय की अनुमति।", "माँ ने क्लास टीचर से मिलने का समय माँगा है।"],
               date="%d-%m-%Y", mail=["gmail.com", "rediffmail.com", "yahoo.co.in"]),
    "ja-JP": L(region="JP", order="e", sp=" ",
               gA="陽 結 美 大 悠 蒼 彩 健 真 千".split(),
               gB="菜 翔 咲 輝 人 太 花 斗 央 里".split(),
               sA="佐 高 中 小 山 松 石 森 清 藤".split(),
               sB="野 橋 村 川 口 本 井 原 田 沢".split(),
               tA="東 西 南 北 新 若".split(),
               tB="葉台 丘 ヶ浜 見町 宮".split(),
               lab=("氏名", "生年月日", "住所", "電話", "メール", "保護者", "学年・組", "生徒番号", "備考"),
               ask="これを要約して、保護者への丁寧な返信文を作ってください。",
               notes=["月曜日から欠席、連絡なし。", "合理的配慮：試験時間延長あり。", "母親が担任との面談を希望。"],
               date="%Y年%m月%d日", mail=["docomo.ne.jp", "gmail.com", "yahoo.co.jp"]),
    "ko-KR": L(region="KR", order="e", sp="",
               gA="민 서 지 하 도 예 시 유 주 은".split(),
               gB="준 연 우 윤 현 린 아 호 원 빈".split(),
               sA="김 이 박 최 정 강 조 윤 장 임".split(),
               sB=[""],
               tA="새 푸른 한 솔".split(),
               tB="마을 빛 누리 내".split(),
               lab=("이름", "생년월일", "주소", "연락처", "이메일", "보호자", "학년/반", "학번", "비고"),
               ask="이거 요약해서 학부모님께 보낼 정중한 답장 써 줄래?",
               notes=["월요일부터 무단결석, 연락 없음.", "시험 시간 연장 대상자.", "어머니께서 담임 상담 요청하셨음."],
               date="%Y.%m.%d", mail=["naver.com", "daum.net", "gmail.com"]),
    "zh-CN": L(region="CN", order="e", sp="",
               gA="子 雨 欣 浩 思 梓 俊 佳 一 晨".split(),
               gB="涵 轩 怡 然 宇 琪 杰 彤 诺 阳".split(),
               sA="王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙".split(),
               sB=[""],
               tA="东 西 南 北 新 安".split(),
               tB="湖 山 桥 河 城".split(),
               lab=("姓名", "出生日期", "家庭住址", "联系电话", "邮箱", "监护人", "班级", "学籍号", "备注"),
               ask="帮我把这段整理一下，再给家长写一个礼貌的回复。",
               notes=["周一起未到校，未请假。", "考试需延长时间。", "妈妈希望和班主任面谈。"],
               date="%Y年%m月%d日", mail=["qq.com", "163.com", "126.com"]),
    "th-TH": L(region="TH", order="w", sp=" ",
               gA="กมล ชน ธน นภ ปิย พิม วร ศิริ".split(),
               gB="วรรณ กานต์ พล พร ชัย นันท์ ดา รัตน์".split(),
               sA="ศรี วงศ์ บุญ แสง ทอง จันทร์ สุข รุ่ง".split(),
               sB="สวัสดิ์ ประเสริฐ เรือง สมบูรณ์ วิไล".split(),
               tA="บาง ลาด หนอง บ้าน".split(),
               tB="ใหญ่ พร้าว บัว ไผ่".split(),
               lab=("ชื่อ-นามสกุล", "วันเกิด", "ที่อยู่", "โทร", "อีเมล", "ผู้ปกครอง", "ชั้น", "เลขประจำตัวนักเรียน", "หมายเหตุ"),
               ask="ช่วยสรุปข้อความนี้และร่างคำตอบสุภาพถึงผู้ปกครองให้หน่อย",
               notes=["ขาดเรียนตั้งแต่วันจันทร์ ไม่มีใบลา", "ได้รับการขยายเวลาสอบ", "คุณแม่ขอพบครูประจำชั้น"],
               date="%d/%m/%Y", mail=["gmail.com", "hotmail.com"]),
}
LOCS = list(LOCALES)
LATIN_HANDLES = "mama papa fam home kids nest sun sky rock blue star lion maple river".split()


def brute(prefix, alphabet, n, is_valid):
    """Complete `prefix` with n check characters so that is_valid() holds (bounded search)."""
    import itertools
    for tail in itertools.product(alphabet, repeat=n):
        if is_valid(prefix + "".join(tail)):
            return prefix + "".join(tail)
    raise ValueError("no check digit")


class Gen:
    def __init__(self, seed: int, frozen: set):
        self.r = random.Random(seed)
        self.frozen = frozen
        self.dropped = collections.Counter()
        self.name_pools = {}
        self.stems = {}
        for loc in LOCS:
            self.name_pools[loc] = self._names(loc)
            self.stems[loc] = self._stems(loc)

    # ---- pools with freeze
    def _keep(self, kind, entry):
        if clashes(entry, self.frozen):
            self.dropped[kind] += 1
            return False
        return True

    def _names(self, loc):
        d = LOCALES[loc]
        pool, seen = [], set()
        for _ in range(4000):
            if len(pool) >= 60:
                break
            g = self.r.choice(d["gA"]) + self.r.choice(d["gB"])
            s = self.r.choice(d["sA"]) + self.r.choice(d["sB"])
            if d["order"] == "w2":
                s = s + " " + self.r.choice(d["sA"]) + self.r.choice(d["sB"])
            if d["order"] == "nl" and self.r.random() < 0.4:
                s = self.r.choice(["van der ", "de ", "van "]) + s
            if (g, s) in seen or len(g) < 2:
                continue
            seen.add((g, s))
            shown = (s + d["sp"] + g) if d["order"] == "e" else (g + " " + s)
            if self._keep("name", shown):
                pool.append((g, s))
        if len(pool) < 20:
            raise SystemExit(f"name pool for {loc} too small after freeze: {len(pool)}")
        return pool

    def _stems(self, loc):
        d = LOCALES[loc]
        out = {"street": [], "town": []}
        for _ in range(3000):
            if len(out["street"]) >= 25 and len(out["town"]) >= 15:
                break
            st = self.r.choice(d["sA"]) + self.r.choice(d["sB"]) if self.r.random() < 0.5 else self.r.choice(d["tA"]) + self.r.choice(d["tB"])
            tw = self.r.choice(d["tA"]) + self.r.choice(d["tB"])
            if len(out["street"]) < 25 and st not in out["street"] and self._keep("street", st):
                out["street"].append(st)
            if len(out["town"]) < 15 and tw not in out["town"] and self._keep("town", tw):
                out["town"].append(tw)
        if len(out["street"]) < 8 or len(out["town"]) < 5:
            raise SystemExit(f"street/town pool for {loc} too small after freeze")
        return out

    def pool_filter(self, kind, entries):
        return [e for e in entries if self._keep(kind, e)]

    # ---- primitives
    def name(self, loc):
        g, s = self.r.choice(self.name_pools[loc])
        d = LOCALES[loc]
        if d["order"] == "e":
            return g, s, s + d["sp"] + g
        return g, s, g + " " + s

    def dob(self, lo, hi):
        start = dt.date(lo, 1, 1).toordinal()
        end = dt.date(hi, 12, 28).toordinal()
        return dt.date.fromordinal(self.r.randint(start, end))

    def fmt_date(self, loc, d):
        f = LOCALES[loc]["date"]
        if loc in ("ko-KR",):
            return f"{d.year}. {d.month}. {d.day}."
        s = d.strftime(f)
        if loc in ("ja-JP", "zh-CN"):
            s = f"{d.year}年{d.month}月{d.day}日"
        return s

    def phone(self, loc, kind="mobile"):
        region = LOCALES[loc]["region"]
        t = phonenumbers.PhoneNumberType.MOBILE if kind == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE
        ex = phonenumbers.example_number_for_type(region, t)
        base = phonenumbers.national_significant_number(ex)
        for _ in range(300):
            keep = max(2, len(base) - 6)
            nsn = base[:keep] + "".join(str(self.r.randint(0, 9)) for _ in range(len(base) - keep))
            if nsn == base:
                continue
            if region == "US" and nsn[3:6] == "555":
                continue
            num = phonenumbers.parse("+" + str(ex.country_code) + nsn, None)
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
                fmt = self.r.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL])
                s = phonenumbers.format_number(num, fmt)
                assert phonenumbers.is_valid_number(phonenumbers.parse(s, region)), s
                return s
        raise SystemExit(f"could not make a valid phone for {region}")

    def email(self, loc, g, s):
        d = LOCALES[loc]
        dom = self.r.choice(d["mail"])
        if all(ord(c) < 128 for c in g + s.replace("'", "")):
            base = self.r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[:3]}{self.r.randint(1, 99)}", f"{s}.{g}"]).lower()
            base = re.sub(r"[^a-z0-9.]", "", base.replace(" ", ""))
        else:
            base = self.r.choice(LATIN_HANDLES) + "." + self.r.choice(LATIN_HANDLES) + str(self.r.randint(10, 99))
        base = base.encode("ascii", "ignore").decode() or "family"
        return f"{base}@{dom}"

    def address(self, loc):
        st = self.r.choice(self.stems[loc]["street"])
        tw = self.r.choice(self.stems[loc]["town"])
        n = self.r.randint(2, 190)
        r = self.r
        D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        U = lambda k: "".join(r.choice("ABDEFHJLNPRSTWY") for _ in range(k))
        if loc == "en-GB":
            return f"{n} {st} {r.choice(['Road', 'Lane', 'Close', 'Grove', 'Crescent', 'Terrace'])}, {tw}, {U(2)}{r.randint(1, 20)} {r.randint(1, 9)}{U(2)}"
        if loc == "en-US":
            return f"{n * 7} {st} {r.choice(['Ave', 'St', 'Dr', 'Blvd'])}, Apt {r.randint(1, 40)}, {tw}, {r.choice(['OH', 'TX', 'GA', 'MN', 'OR', 'NC'])} {D(5)}"
        if loc == "en-IE":
            return f"{n} {st} {r.choice(['Park', 'Grove', 'Road'])}, {tw}, {U(1)}{D(2)} {U(1)}{D(1)}{U(1)}{D(1)}"
        if loc == "en-AU":
            return f"{n} {st} {r.choice(['Street', 'Avenue', 'Crescent'])}, {tw} {r.choice(['NSW', 'VIC', 'QLD', 'WA'])} {D(4)}"
        if loc == "en-ZA":
            return f"{n} {st} {r.choice(['Street', 'Avenue', 'Drive'])}, {tw}, {D(4)}"
        if loc == "de-DE":
            return f"{st}{r.choice(['straße', 'weg', 'allee'])} {n}, {D(5)} {tw}"
        if loc == "fr-FR":
            return f"{n} {r.choice(['rue', 'allée', 'chemin'])} des {st}, {D(5)} {tw}"
        if loc == "es-ES":
            return f"Calle {st} {n}, {r.randint(1, 8)}º {r.choice('ABCD')}, {D(5)} {tw}"
        if loc == "es-MX":
            return f"Calle {st} {n}, Col. {r.choice(self.stems[loc]['street'])}, {D(5)} {tw}"
        if loc == "it-IT":
            return f"Via {st} {n}, {D(5)} {tw}"
        if loc == "nl-NL":
            return f"{st}{r.choice(['straat', 'laan', 'weg'])} {n}, {D(4)} {U(2)} {tw}"
        if loc == "pl-PL":
            return f"ul. {st} {n}/{r.randint(1, 60)}, {D(2)}-{D(3)} {tw}"
        if loc == "pt-BR":
            return f"Rua {st}, {n}, apto {r.randint(11, 154)}, {tw} - SP, {D(5)}-{D(3)}"
        if loc == "sv-SE":
            return f"{st}{r.choice(['vägen', 'gatan'])} {n}, {D(3)} {D(2)} {tw}"
        if loc == "tr-TR":
            return f"{st} Mah. {r.choice(self.stems[loc]['street'])} Sk. No:{n} D:{r.randint(1, 20)}, {D(5)} {tw}"
        if loc == "ru-RU":
            return f"ул. {st}, д. {n}, кв. {r.randint(1, 200)}, г. {tw}, {D(6)}"
        if loc == "el-GR":
            return f"Οδός {st} {n}, {D(3)} {D(2)} {tw}"
        if loc == "he-IL":
            return f"רחוב {st} {n}, {tw} {D(7)}"
        if loc == "ar-EG":
            return f"{n} شارع {st}، {tw}"
        if loc == "hi-IN":
            return f"मकान नं. {n}, {st} मार्ग, {tw} {D(6)}"
        if loc == "ja-JP":
            return f"〒{D(3)}-{D(4)} {tw}市{st}町{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        if loc == "ko-KR":
            return f"{tw}시 {st}로 {n}, {r.randint(101, 115)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호"
        if loc == "zh-CN":
            return f"{tw}市{st}路{n}号{r.randint(1, 6)}单元{r.randint(1, 30)}0{r.randint(1, 4)}室"
        if loc == "th-TH":
            return f"{n}/{r.randint(1, 99)} ซอย{st} ถนน{r.choice(self.stems[loc]['street'])} {tw} {D(5)}"
        raise KeyError(loc)

    def national(self, loc, dob, g="X", s="X", female=None):
        """Return (type, value, label) for this locale; validated."""
        r = self.r
        D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        for _ in range(500):
            try:
                if loc == "en-GB":
                    if r.random() < 0.6:
                        v = brute(str(r.randint(4, 7)) + D(8), "0123456789", 1, gb_nhs.is_valid)
                        gb_nhs.validate(v)
                        return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}", "NHS no."
                    b = D(9)
                    v = gb_utr.calc_check_digit(b) + b
                    gb_utr.validate(v)
                    return "TAX_ID", v, "UTR"
                if loc == "en-US":
                    a = r.randint(101, 665)
                    v = f"{a:03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999):04d}"
                    us_ssn.validate(v)
                    return "ssn", v, "SSN"
                if loc == "en-IE":
                    sfx = "A" if r.random() < 0.3 else ""
                    v = brute(D(7), "WABCDEFGHIJKLMNOPQRSTUV", 1, lambda x: ie_pps.is_valid(x + sfx)) + sfx
                    ie_pps.validate(v)
                    return "NATIONAL_ID", v, "PPSN"
                if loc == "en-AU":
                    b = D(8)
                    for c in range(10):
                        v = b + str(c)
                        if au_tfn.is_valid(v):
                            return "TAX_ID", f"{v[:3]} {v[3:6]} {v[6:]}", "TFN"
                    continue
                if loc == "en-ZA":
                    b = dob.strftime("%y%m%d") + D(4) + "08"
                    v = b + str(luhn.calc_check_digit(b))
                    za_idnr.validate(v)
                    return "NATIONAL_ID", v, "ID no."
                if loc == "de-DE":
                    digs = r.sample("0123456789", 9)
                    digs.insert(r.randint(0, 9), r.choice(digs))
                    if digs[0] == "0":
                        continue
                    v = brute("".join(digs), "0123456789", 1, de_idnr.is_valid)
                    de_idnr.validate(v)
                    return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", "Steuer-ID"
                if loc == "fr-FR":
                    b = str(r.choice([1, 2])) + dob.strftime("%y%m") + f"{r.randint(1, 95):02d}" + D(3) + D(3)
                    k = fr_nir.calc_check_digits(b)
                    v = b + k
                    fr_nir.validate(v)
                    return "NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", "N° de sécurité sociale"
                if loc == "es-ES":
                    b = D(8)
                    v = b + es_dni.calc_check_digit(b)
                    es_dni.validate(v)
                    return "NATIONAL_ID", v, "DNI"
                if loc == "es-MX":
                    L4 = "".join(r.choice("BCDFGHLMNPRSTVZ") for _ in range(1)) + r.choice("AEIOU") + "".join(r.choice("BCDFGHLMNPRSTVZ") for _ in range(2))
                    b = L4 + dob.strftime("%y%m%d") + r.choice("HM") + r.choice(["DF", "JC", "NL", "PL", "VZ"]) + "".join(r.choice("BCDFGHLMNPRSTVZ") for _ in range(3)) + ("0" if dob.year < 2000 else "A")
                    v = b + mx_curp.calc_check_digit(b + "0")
                    mx_curp.validate(v)
                    return "NATIONAL_ID", v, "CURP"
                if loc == "it-IT":
                    months = "ABCDEHLMPRST"
                    b = "".join(r.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + dob.strftime("%y") + months[dob.month - 1] + f"{dob.day + (40 if r.random() < 0.5 else 0):02d}" + r.choice("FHL") + D(3)
                    v = b + it_cf.calc_check_digit(b)
                    it_cf.validate(v)
                    return "TAX_ID", v, "Codice fiscale"
                if loc == "nl-NL":
                    b = str(r.randint(1, 6)) + D(7)
                    for c in range(10):
                        v = b + str(c)
                        if nl_bsn.is_valid(v):
                            return "NATIONAL_ID", v, "BSN"
                    continue
                if loc == "pl-PL":
                    m = dob.month + (20 if dob.year >= 2000 else 0)
                    b = dob.strftime("%y") + f"{m:02d}" + dob.strftime("%d") + D(4)
                    v = b + pl_pesel.calc_check_digit(b)
                    pl_pesel.validate(v)
                    return "NATIONAL_ID", v, "PESEL"
                if loc == "pt-BR":
                    v = brute(D(9), "0123456789", 2, br_cpf.is_valid)
                    br_cpf.validate(v)
                    return "TAX_ID", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", "CPF"
                if loc == "sv-SE":
                    b = dob.strftime("%y%m%d") + D(3)
                    v = b + str(luhn.calc_check_digit(b))
                    s_ = f"{v[:6]}-{v[6:]}"
                    se_pnr.validate(s_)
                    return "NATIONAL_ID", s_, "Personnummer"
                if loc == "tr-TR":
                    b = str(r.randint(1, 9)) + D(8)
                    v = b + tr_tck.calc_check_digits(b)
                    tr_tck.validate(v)
                    return "NATIONAL_ID", v, "T.C. Kimlik No"
                if loc == "ru-RU":
                    v = brute(str(r.randint(1, 9)) + D(9), "0123456789", 2, ru_inn.is_valid)
                    ru_inn.validate(v)
                    return "TAX_ID", v, "ИНН"
                if loc == "el-GR":
                    b = dob.strftime("%d%m%y") + D(4)
                    v = b + str(luhn.calc_check_digit(b))
                    gr_amka.validate(v)
                    return "HEALTH_INSURANCE", v, "ΑΜΚΑ"
                if loc == "he-IL":
                    b = D(8)
                    v = b + str(luhn.calc_check_digit(b))
                    il_idnr.validate(v)
                    return "NATIONAL_ID", v, "ת.ז."
                if loc == "ar-EG":
                    v = str(r.randint(1, 9)) + D(8)
                    eg_tn.validate(v)
                    return "TAX_ID", eg_tn.format(v), "رقم التسجيل الضريبي"
                if loc == "hi-IN":
                    if r.random() < 0.6:
                        v = brute(str(r.randint(2, 9)) + D(10), "0123456789", 1, in_aadhaar.is_valid)
                        in_aadhaar.validate(v)
                        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", "आधार"
                    v = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + r.choice("ABCDEFGHKLMNPRSTVY") + D(4) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                    in_pan.validate(v)
                    return "TAX_ID", v, "PAN"
                if loc == "ja-JP":
                    b = D(11)
                    v = b + jp_in.calc_check_digit(b)
                    jp_in.validate(v)
                    return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", "マイナンバー"
                if loc == "ko-KR":
                    sx = r.choice("34") if dob.year >= 2000 else r.choice("12")
                    b = dob.strftime("%y%m%d") + sx + f"{r.randint(0, 8)}{r.randint(0, 9)}{r.randint(0, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
                    v = b + kr_rrn.calc_check_digit(b)
                    kr_rrn.validate(v)
                    return "NATIONAL_ID", f"{v[:6]}-{v[6:]}", "주민등록번호"
                if loc == "zh-CN":
                    b = r.choice(["110105", "310104", "440106", "510107", "330106"]) + dob.strftime("%Y%m%d") + D(3)
                    v = b + cn_ric.calc_check_digit(b)
                    cn_ric.validate(v)
                    return "NATIONAL_ID", v, "身份证号"
                if loc == "th-TH":
                    b = str(r.randint(1, 8)) + D(11)
                    v = b + th_pin.calc_check_digit(b)
                    th_pin.validate(v)
                    return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "เลขประจำตัวประชาชน"
            except Exception:
                continue
        raise SystemExit(f"could not make a valid national id for {loc}")

    def iban(self, loc):
        cc = {"de-DE": ("DE", 18), "fr-FR": ("FR", 23), "es-ES": ("ES", 20), "it-IT": ("IT", 23), "nl-NL": ("NL", 14),
              "pl-PL": ("PL", 24), "sv-SE": ("SE", 20), "tr-TR": ("TR", 22), "el-GR": ("GR", 23), "en-GB": ("GB", 18),
              "en-IE": ("IE", 18), "pt-BR": ("BR", 25), "he-IL": ("IL", 19), "ar-EG": ("EG", 25)}.get(loc, ("DE", 18))
        c, n = cc
        for _ in range(200):
            r = self.r
            if c in ("GB", "IE"):
                bban = "".join(r.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4)) + "".join(str(r.randint(0, 9)) for _ in range(14))
            elif c == "NL":
                bban = "".join(r.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4)) + "".join(str(r.randint(0, 9)) for _ in range(10))
            elif c == "IT":
                bban = r.choice("ABCDEFGHJKLMNPRSTWXYZ") + "".join(str(r.randint(0, 9)) for _ in range(10)) + "".join(str(r.randint(0, 9)) for _ in range(12))
            elif c == "BR":
                bban = "".join(str(r.randint(0, 9)) for _ in range(23)) + "C" + "1"
            elif c == "FR":
                bban = "".join(str(r.randint(0, 9)) for _ in range(23))
            else:
                bban = "".join(str(r.randint(0, 9)) for _ in range(n))
            v = c + std_iban.calc_check_digits(c + "00" + bban) + bban
            if std_iban.is_valid(v):
                return std_iban.format(v)
        raise SystemExit("could not make a valid IBAN")

    def card(self):
        for _ in range(200):
            pre = self.r.choice(["4", "51", "52", "53", "54", "55", "37"])
            ln = 15 if pre == "37" else 16
            b = pre + "".join(str(self.r.randint(0, 9)) for _ in range(ln - len(pre) - 1))
            v = b + str(luhn.calc_check_digit(b))
            if luhn.is_valid(v) and v not in ("4242424242424242", "4111111111111111", "5555555555554444"):
                if ln == 16:
                    return " ".join(v[i:i + 4] for i in range(0, 16, 4))
                return f"{v[:4]} {v[4:10]} {v[10:]}"
        raise SystemExit("card")

    def us_bank(self):
        for _ in range(500):
            b = f"{self.r.choice([0, 1, 2, 3])}{self.r.randint(0, 9)}" + "".join(str(self.r.randint(0, 9)) for _ in range(6))
            for c in range(10):
                if us_rtn.is_valid(b + str(c)):
                    return b + str(c), "".join(str(self.r.randint(0, 9)) for _ in range(self.r.randint(9, 12)))
        raise SystemExit("rtn")

    def public_ip(self):
        for _ in range(500):
            if self.r.random() < 0.8:
                a = ipaddress.IPv4Address(self.r.randint(0x01000000, 0xDFFFFFFF))
            else:
                a = ipaddress.IPv6Address((0x2a02 << 112) | self.r.getrandbits(100))
            if a.is_global and not a.is_multicast and not a.is_reserved and not str(a).startswith(("192.0.2.", "198.51.100.", "203.0.113.")) and not str(a).lower().startswith("2001:db8"):
                return str(a)
        raise SystemExit("ip")

    def mrn(self):
        r = self.r
        v = r.choice(["RX", "MRN ", "H", "K0", "RJ"]) + "".join(str(r.randint(0, 9)) for _ in range(r.choice([7, 8])))
        assert re.fullmatch(r"[A-Z0-9 ]{8,12}", v)
        return v


# ---------------------------------------------------------------------------------------------------------
# a "family" = pupil + parent with all items, all values issued through `iss`
# ---------------------------------------------------------------------------------------------------------
class Rec:
    def __init__(self, g: Gen, loc: str):
        self.g, self.loc, self.issued = g, loc, []

    def iss(self, typ, val):
        self.issued.append((typ, val))
        return val

    def person(self, lo=2008, hi=2019):
        g, s, full = self.g.name(self.loc)
        d = self.g.dob(lo, hi)
        return dict(given=g, sur=s, full=full, dob=d)


KINDS = ["admissions", "pupil_records", "send_support", "attendance_safeguarding", "exam_access",
         "parent_correspondence", "trip_consent", "student_finance", "alumni_fundraising"]

ROLES = {
    "admissions": ["admissions officer", "school business manager", "parent", "registrar"],
    "pupil_records": ["data manager", "registrar", "class teacher", "office admin"],
    "send_support": ["SENCo", "teaching assistant", "educational psychologist", "parent"],
    "attendance_safeguarding": ["DSL", "attendance officer", "head of year", "pastoral lead"],
    "exam_access": ["exams officer", "SENCo", "head of sixth form", "student"],
    "parent_correspondence": ["class teacher", "parent", "head of year", "form tutor"],
    "trip_consent": ["trip leader", "office admin", "parent", "EVC"],
    "student_finance": ["student finance adviser", "bursar", "student", "welfare officer"],
    "alumni_fundraising": ["alumni relations officer", "development director", "volunteer", "database admin"],
}

INSTR = {
    "admissions": ["check this application for anything missing before the panel tmrw", "draft an offer letter based on this",
                   "turn this into a row for the admissions spreadsheet (csv)", "is this family inside the catchment? summarise the appeal points"],
    "pupil_records": ["convert this MIS export to a clean table", "update the record and tell me what changed",
                      "write the CTF transfer summary for the receiving school", "dedupe these contacts pls"],
    "send_support": ["summarise the provision section for the annual review", "rewrite the one-page profile in plain language for the child",
                     "draft the EHCP section F wording", "list the outcomes as SMART targets"],
    "attendance_safeguarding": ["write up this concern for the DSL log, factual only", "draft the attendance letter (stage 2)",
                                "summarise for the MASH referral form", "chronology pls, oldest first"],
    "exam_access": ["fill in the access arrangements application from this", "check the entries against the clash list",
                    "draft the special consideration request", "reply to this parent about the extra time"],
    "parent_correspondence": ["help me reply to this parent, calm and professional", "translate this for the family and soften the tone",
                              "summarise the thread", "draft a reply saying we'll call back"],
    "trip_consent": ["make the emergency contact list for the trip", "check consent forms for missing medical info",
                     "format this for the coach company", "write the risk assessment notes for this pupil"],
    "student_finance": ["assess this hardship application against the criteria", "set up the bursary payment from these details",
                        "draft the decision email", "reconcile this fee payment"],
    "alumni_fundraising": ["segment these alumni for the telethon", "draft a thank-you letter for this gift",
                           "clean this export for the CRM import", "write a personalised reunion invite"],
}

SCHOOL_TYPES = ["Academy", "High School", "Primary School", "College", "Grammar School"]


def school_name(g: Gen, loc):
    st = g.r.choice(g.stems[loc]["street"])
    return f"{st} {g.r.choice(SCHOOL_TYPES)}"


def school_domain(name):
    base = re.sub(r"[^a-z]", "", name.lower().encode("ascii", "ignore").decode())[:18] or "school"
    return base + ".sch.example"


def labline(lab, k, v):
    return f"{lab[k]}: {v}"


# ---------------- sensitive templates ----------------
def sens_doc(kind, rec: Rec, variant: int):
    g, loc = rec.g, rec.loc
    d = LOCALES[loc]
    lab = d["lab"]
    r = g.r
    kid = rec.person()
    par = rec.person(1968, 1992)
    par["sur"] = kid["sur"] if r.random() < 0.6 else par["sur"]
    if d["order"] == "e":
        par["full"] = par["sur"] + d["sp"] + par["given"]
    else:
        par["full"] = par["given"] + " " + par["sur"]
    I = rec.iss
    kname = I("person", kid["full"])
    pname = I("person", par["full"])
    kdob = I("DATE_OF_BIRTH", g.fmt_date(loc, kid["dob"]))
    phone = I("PHONE_NUMBER", g.phone(loc))
    mail = I("EMAIL_ADDRESS", g.email(loc, par["given"], par["sur"]))
    addr = I("STREET_ADDRESS", g.address(loc))
    note = r.choice(d["notes"])
    sid = f"{r.choice(['S', 'P', 'L', ''])}{r.randint(20180, 20259)}{r.randint(100, 999)}"
    year = r.choice(["Y7", "Y9", "Y11", "Y12", "4B", "6A", "10C"])
    idt = None

    def ident(who=kid):
        nonlocal idt
        t, v, l = g.national(loc, who["dob"])
        I(t, v)
        idt = l
        return l, v

    v = variant % 4
    if kind == "admissions":
        if v == 0:
            l, iv = ident()
            return "\n".join([f"== {g.r.choice(['In-year admission', 'Reception application', 'Y7 application'])} ==",
                              labline(lab, 0, kname), labline(lab, 1, kdob), f"{l}: {iv}", labline(lab, 2, addr),
                              labline(lab, 5, pname), labline(lab, 3, phone), labline(lab, 4, mail),
                              f"Sibling at school: {r.choice(['yes', 'no', 'Y - in ' + year])}", labline(lab, 8, note)])
        if v == 1:
            return (f"Subject: Appeal – {kname}\n\nDear Clerk to the Appeals Panel,\n\nI am writing to appeal the decision not to offer my "
                    f"child {kname} (born {kdob}) a place. We live at {addr}, which your own map puts 0.{r.randint(3, 9)} miles from the gate. "
                    f"{note}\n\nYou can reach me on {phone} or {mail}.\n\nYours faithfully,\n{pname}")
        if v == 2:
            rows = ["name,dob,address,distance_km,sibling,criterion"]
            rows.append(f"\"{kname}\",{kdob},\"{addr}\",{r.randint(1, 60) / 10},N,{r.randint(2, 6)}")
            k2 = rec.person()
            n2 = I("person", k2["full"])
            rows.append(f"\"{n2}\",{I('DATE_OF_BIRTH', g.fmt_date(loc, k2['dob']))},\"{I('STREET_ADDRESS', g.address(loc))}\",{r.randint(1, 60) / 10},Y,2")
            return "\n".join(rows) + f"\n# contact for row 1: {pname} {phone}"
        return (f"UCAS ref draft for {kname} ({sid})\n{kname} joined us in {year} and has been a committed member of the debating society. "
                f"Predicted A*AB. Personal email for offers: {mail}. DOB {kdob}. Home: {addr}.")
    if kind == "pupil_records":
        if v == 0:
            l, iv = ident()
            obj = {"pupil_id": sid, "legal_name": kname, "dob": kdob, "address": addr, "id_document": {"type": l, "number": iv},
                   "contacts": [{"name": pname, "relation": "parent", "phone": phone, "email": mail, "priority": 1}], "sen": r.choice(["N", "K", "E"])}
            return json.dumps(obj, ensure_ascii=False, indent=1)
        if v == 1:
            return (f"{lab[0]};{lab[1]};{lab[6]};{lab[4]};{lab[5]}\n{kname};{kdob};{year};{mail};{pname}\n"
                    f"-- change of address received {dt.date(2026, r.randint(1, 12), r.randint(1, 28)).isoformat()}: {addr}, tel {phone}")
        if v == 2:
            ip = I("IP_ADDRESS", g.public_ip())
            return (f"[parent portal audit]\nuser={mail} child={kname} ({year})\nlogin ok from {ip} — changed mobile to {phone}\n"
                    f"address on file: {addr}\n{labline(lab, 8, note)}")
        l, iv = ident()
        return (f"CTF transfer notes → receiving school\n{labline(lab, 0, kname)} | {labline(lab, 1, kdob)} | {l} {iv}\n{labline(lab, 5, pname)} ({phone})\n"
                f"{labline(lab, 2, addr)}\nAttendance {r.randint(78, 99)}.{r.randint(0, 9)}%. {note}")
    if kind == "send_support":
        if v == 0:
            l, iv = ident()
            mr = I("MEDICAL_RECORD", g.mrn())
            return (f"EHC PLAN – SECTION A/B extract\nChild: {kname}   DOB: {kdob}\n{l}: {iv}   Hospital no.: {mr}\nAddress: {addr}\n"
                    f"Parent: {pname} ({phone})\nB. Needs: {r.choice(['ASC diagnosis 2022, sensory seeking', 'Speech, language and communication needs', 'Dyslexia, working memory 8th centile', 'Cerebral palsy, uses walker'])}\n{note}")
        if v == 1:
            return (f"One page profile\nWhat people like about {I('person', kid['given'])}: kind, funny, loves trains\nHow best to support me: visual timetable, "
                    f"movement breaks\nFull name {kname}, {lab[1]} {kdob}\nMum: {pname} — {mail}")
        if v == 2:
            mr = I("MEDICAL_RECORD", g.mrn())
            l, iv = ident()
            return (f"Individual healthcare plan\n{kname} ({year}) DOB {kdob}   {l}: {iv}\nCondition: type 1 diabetes, pump. Clinic ref {mr}\n"
                    f"Emergency contact: {pname} {phone}\nHome: {addr}")
        return (f"Hi, referral to EP service for {kname}, {lab[6]} {year}, born {kdob}. Parents consent given ({pname}, {mail}, {phone}). "
                f"Concerns: literacy well below ARE, anxiety around tests. {note}")
    if kind == "attendance_safeguarding":
        if v == 0:
            l, iv = ident()
            return (f"{l} {iv}\nCONCERN LOG {dt.date(2026, r.randint(1, 12), r.randint(1, 28)).isoformat()} 08:{r.randint(10, 59)}\nChild: {kname} ({year}), DOB {kdob}\n"
                    f"Disclosed to TA that {r.choice(['mum’s partner shouts and hits the wall', 'there is no food at home', 'older cousin takes her phone at night'])}.\n"
                    f"Lives at {addr} with {pname}. Parent mobile {phone}. Actions: DSL informed, body map not needed.")
        if v == 1:
            return (f"{pname}\n{addr}\n\nDear {pname},\n\nRe: {kname} – attendance {r.randint(70, 89)}%\n\n{kname}'s attendance has fallen below 90%. "
                    f"Please contact the attendance team. {note}")
        if v == 2:
            l, iv = ident()
            obj = {"referral": "children missing education", "child": {"name": kname, "dob": kdob, "id": iv, "id_type": l},
                   "last_known_address": addr, "parent": {"name": pname, "tel": phone}, "days_missing": r.randint(10, 40)}
            return json.dumps(obj, ensure_ascii=False)
        return (f"- 09:02 rang {pname} on {phone}, no answer\n- 09:40 home visit {addr}, curtains shut\n- 10:15 {kname} ({year}) still not in, "
                f"flagged to DSL. {note}")
    if kind == "exam_access":
        if v == 0:
            return (f"Access arrangements – Form 8 draft\nCandidate: {kname}  Cand. no. {r.randint(1000, 9999)}  DOB {kdob}\n"
                    f"Assessor: standardised scores below 85 (speed of reading). Arrangement: 25% extra time, reader.\nParent contact {pname} {mail}")
        if v == 1:
            rows = ["cand_no,uci,name,dob,entries"]
            rows.append(f"{r.randint(1000, 9999)},{r.randint(10000, 99999)}{r.choice('ABCDEFGH')}{r.randint(10, 26)}{r.randint(1000, 9999)}{r.choice('ABCDXYZ')},\"{kname}\",{kdob},8300H;8461F")
            k2 = rec.person(2008, 2010)
            rows.append(f"{r.randint(1000, 9999)},,\"{I('person', k2['full'])}\",{I('DATE_OF_BIRTH', g.fmt_date(loc, k2['dob']))},8700;8702")
            return "\n".join(rows)
        if v == 2:
            mr = I("MEDICAL_RECORD", g.mrn())
            return (f"Special consideration – {kname}, DOB {kdob}. Admitted to hospital (patient no. {mr}) the night before Paper 2. "
                    f"Letter from consultant attached. Parent: {pname}, {phone}.")
        return (f"From: {mail}\nHi, my son {kname} has two exams at the same time on the {r.randint(2, 28)}th, what happens? "
                f"He's in {year}. Thanks, {pname} ({phone})")
    if kind == "parent_correspondence":
        if v == 0:
            return (f"From: {pname} <{mail}>\nSubject: {kname} {year}\n\n{note}\nAlso he's been really upset about the group chat, can someone call me? "
                    f"{phone}\n\n{pname}\n{addr}")
        if v == 1:
            return (f"[WhatsApp]\n{pname}: hiya is {I('person', kid['given'])} ok?? she said she was sent out of maths\n{pname}: my number's {phone} if easier\n"
                    f"Teacher: I'll check and get back to you")
        if v == 2:
            return (f"Dear {pname},\n\nThank you for your email about {kname}. {note}\n\nKind regards\n\n> On Tue, {pname} <{mail}> wrote:\n> pls ring me")
        return (f"{labline(lab, 5, pname)}\n{labline(lab, 2, addr)}\n{labline(lab, 3, phone)}\nRe: {kname}, {lab[1]} {kdob}\n{note}")
    if kind == "trip_consent":
        if v == 0:
            l, iv = ident()
            return (f"CONSENT – {r.choice(['Y8 residential', 'Geography field trip', 'Ski trip', 'Exchange visit'])}\n{labline(lab, 0, kname)}\n{labline(lab, 1, kdob)}\n"
                    f"{l}: {iv}\nEmergency contact: {pname} {phone}\nMedical: {r.choice(['nut allergy – EpiPen x2', 'asthma, blue inhaler', 'none'])}\nSigned ✓")
        if v == 1:
            rows = ["pupil;dob;emergency_contact;phone;dietary"]
            rows.append(f"{kname};{kdob};{pname};{phone};{r.choice(['veg', 'halal', 'none', 'GF'])}")
            k2 = rec.person()
            rows.append(f"{I('person', k2['full'])};{I('DATE_OF_BIRTH', g.fmt_date(loc, k2['dob']))};—;—;none")
            return "\n".join(rows)
        if v == 2:
            l, iv = ident()
            return json.dumps({"traveller": kname, "date_of_birth": kdob, "id_type": l, "id_number": iv, "home_address": addr, "guardian": pname, "guardian_email": mail}, ensure_ascii=False)
        return f"hi it's {pname}, {I('person', kid['given'])} can go on the trip but she gets travel sick, ring me on {phone} if anything. {note}"
    if kind == "student_finance":
        stu = rec.person(1996, 2007)
        sname = I("person", stu["full"])
        if v == 0:
            ib = I("IBAN_CODE", g.iban(loc)) if loc != "en-US" else None
            if ib is None:
                rt, ac = g.us_bank()
                I("US_BANK_NUMBER", rt)
                I("US_BANK_NUMBER", ac)
                bank = f"Routing {rt}, account {ac}"
            else:
                bank = f"IBAN {ib}"
            return (f"HARDSHIP FUND APPLICATION\nStudent: {sname}  ID {sid}\nTerm address: {addr}\nMobile: {phone}\n{bank}\n"
                    f"Reason: {r.choice(['rent arrears after job loss', 'laptop stolen', 'childcare costs rose', 'estranged from family'])}. Monthly income £{r.randint(300, 900)}.")
        if v == 1:
            c = I("CREDIT_CARD", g.card())
            return (f"Fee payment query – {pname} paid the trip/fees by card {c} but the portal shows unpaid for {kname}. Receipt to {mail}.")
        if v == 2:
            t, iv, l = g.national(loc, stu["dob"])
            I(t, iv)
            return f"Bursary form\n{lab[0]}: {sname}\n{l}: {iv}\n{lab[2]}: {addr}\n{lab[4]}: {mail}\nHousehold income band: B"
        if (variant // 4) % 2 == 1 or loc == "en-US":
            rt, ac = g.us_bank()
            I("US_BANK_NUMBER", rt)
            I("US_BANK_NUMBER", ac)
            t, iv, l = g.national("en-US", stu["dob"])
            I(t, iv)
            return (f"Refund by direct deposit for {sname} ({sid}, study-abroad year in the US)\nABA routing: {rt}\nChecking acct: {ac}\n"
                    f"{l}: {iv}\nMailing address: {addr}\nEmail {mail}")
        ip = I("IP_ADDRESS", g.public_ip())
        return f"{sname} ({sid}) says she never submitted the loan form — log shows submission from {ip}, email {mail}, phone {phone}."
    if kind == "alumni_fundraising":
        alum = rec.person(1950, 1995)
        an = I("person", alum["full"])
        ad = I("DATE_OF_BIRTH", g.fmt_date(loc, alum["dob"]))
        if v == 0:
            return (f"constituent_id,name,class_of,email,phone,address,last_gift\n{r.randint(10000, 99999)},\"{an}\",{alum['dob'].year + 18},{mail},{phone},\"{addr}\",{r.randint(25, 5000)}")
        mail = I("EMAIL_ADDRESS", g.email(loc, alum["given"], alum["sur"]))
        if v == 1:
            ib = I("IBAN_CODE", g.iban(loc)) if loc != "en-US" else I("CREDIT_CARD", g.card())
            return (f"Gift Aid / direct debit declaration\nName: {an}\nHome address: {addr}\nAccount: {ib}\nI am a UK taxpayer ✓  Date of birth {ad}")
        if v == 2:
            return (f"Dear {an},\n\nIt was lovely to see you at the {alum['dob'].year + 38} reunion. As promised, we will call you on {phone} "
                    f"about the scholarship in your late husband's name.\n\nWarm wishes")
        return f"legacy pledge note: {an}, b. {ad}, wants the bequest to the bursary fund; solicitor to write to {addr}. Email {mail}."
    raise KeyError(kind)


def incidental_doc(kind, rec: Rec, variant: int):
    """Long, mostly impersonal text with ONE personal item."""
    g, loc, r = rec.g, rec.loc, rec.g.r
    fill = {
        "admissions": "Our oversubscription criteria are applied in order: looked-after children, siblings, distance measured in a straight line. ",
        "pupil_records": "Records are retained until the pupil's 25th birthday in line with the retention schedule. Export runs nightly at 02:00. ",
        "send_support": "The graduated approach follows assess, plan, do, review. Provision maps are updated each half term. ",
        "attendance_safeguarding": "Registers close at 09:10. Code N is used when no reason is given; code M for medical appointments. ",
        "exam_access": "Candidates must bring clear pencil cases. Mobile phones must be handed in before entering the exam room. ",
        "parent_correspondence": "Parents' evening bookings open on Monday via the app. Appointments are five minutes each. ",
        "trip_consent": "Coaches leave from the bus bay at 07:30. Packed lunch required on day one. Pupils must wear school hoodies. ",
        "student_finance": "The hardship fund is discretionary and cannot cover tuition fees. Decisions are made within ten working days. ",
        "alumni_fundraising": "The annual fund supports bursaries, the library refurbishment and music scholarships. ",
    }[kind] * r.randint(4, 7)
    v = variant % 3
    if v == 0:
        g_, s_, _ = g.name(loc)
        item = rec.iss("person", g_)
        rel = r.choice(["my daughter", "my son", "our youngest", "her brother"])
        return fill + f"\n\nPS {rel} {item} will be late on Thursday, dentist."
    if v == 1:
        ph = rec.iss("PHONE_NUMBER", g.phone(loc))
        return fill + f"\n\n(if nobody picks up at the office just ring me on {ph})"
    d = rec.iss("DATE_OF_BIRTH", g.fmt_date(loc, g.dob(2010, 2018)))
    return fill + f"\n\nQuestion from a parent: my child was born {d}, which year group would they go into?"


# ---------------- benign templates ----------------
def benign_doc(kind, g: Gen, loc: str, variant: int, pools):
    d = LOCALES[loc]
    lab = d["lab"]
    r = g.r
    sch = school_name(g, loc)
    dom = school_domain(sch)
    head = " ".join(g.name(loc)[2:3])
    switch = g.phone(loc, "fixed")
    fig = r.choice(pools["figures"])
    epo = r.choice(pools["eponyms"])
    board = r.choice(pools["boards"])
    v = variant % 6
    blank = "\n".join(f"{l}: ______________" for l in lab[:7])
    if v == 0:  # public role / prospectus / inspection
        txt = {
            "admissions": f"PROSPECTUS 2027\nWelcome from our Headteacher, {head}.\n{sch} is a {r.randint(600, 1600)}-place school. Admissions enquiries: admissions@{dom}, switchboard {switch}. Open evening 8 October, tours 09:15.",
            "pupil_records": f"Privacy notice (pupils)\nData controller: {sch}. Data protection officer: dpo@{dom}. Head teacher {head} is responsible for the school's census returns. We share data with the DfE as required by law.",
            "send_support": f"SEN Information Report\nOur SENCo can be contacted via senco@{dom} or the school office on {switch}. The governor with SEND responsibility reports annually; the Principal, {head}, chairs the inclusion committee.",
            "attendance_safeguarding": f"Safeguarding policy (published)\nDesignated Safeguarding Lead: contact dsl@{dom}. Out of hours call the local authority duty line. Headteacher {head} is deputy DSL. Childline 0800 1111.",
            "exam_access": f"Exams policy\nExams officer: exams@{dom}. Centre number {r.randint(10000, 79999)}. The head of centre, {head}, is responsible for ensuring compliance with {board} regulations.",
            "parent_correspondence": f"NEWSLETTER – week {r.randint(1, 38)}\nA message from {head}, Headteacher: thank you for a brilliant sports day! Office: {switch}, office@{dom}.",
            "trip_consent": f"Trip itinerary – Y9 history\nDay 1: museum visit, galleries on {fig}. Museum group bookings desk: groups@museum.example. Trip leader mailbox: trips@{dom}. Emergency: school switchboard {switch}.",
            "student_finance": f"Student Funding Office\nOpen Mon–Thu 10:00–16:00. Email funding@{dom}, phone {switch}. Pay fees to {sch} — IBAN {g.iban(loc)} (school account, quote the invoice number).",
            "alumni_fundraising": f"Campaign update\nVice-Principal {head} opened the new {epo} science wing. Development office: alumni@{dom}, {switch}. Registered charity no. {r.randint(1000000, 1199999)}.",
        }[kind]
        return txt
    if v == 1:  # blank forms / templates
        return f"[TEMPLATE – do not fill in here]\n{kind.replace('_', ' ').title()} form\n{blank}\nSigned (parent/carer): ________  Date: __/__/____\nReturn to the office at {sch}."
    if v == 2:  # aggregated / anonymised
        rows = "\n".join(f"{y},{r.randint(80, 240)},{r.randint(85, 98)}.{r.randint(0, 9)}%,{r.randint(0, 30)}" for y in ["Y7", "Y8", "Y9", "Y10", "Y11"])
        extra = {"attendance_safeguarding": "Pupil A (Y8) and Pupil B (Y10) were referred; details held on the secure system.",
                 "send_support": "Case study: Child X, Year 4, made 8 months' progress in reading age after precision teaching.",
                 "exam_access": f"{r.randint(8, 19)}% of candidates had 25% extra time; {r.randint(1, 5)}% a reader.",
                 "student_finance": f"{r.randint(140, 400)} applications, {r.randint(60, 90)}% approved, median award £{r.randint(200, 900)}."}.get(kind, "Figures are rounded; cohorts under 5 are suppressed.")
        return f"year,cohort,attendance,persistent_absence\n{rows}\n\n{extra}"
    if v == 3:  # identifier-like formats without a person
        return {
            "exam_access": f"Past paper Q4: {r.choice(pools['fiction'])} buys 3 notebooks at £1.20 each. Candidate number: 0000. Centre number: 00000. UCI format: 12345A123456B (13 chars).",
            "admissions": f"UCAS Personal ID format is 10 digits, shown as 123-456-7890. Institution code {r.choice('ABCDEFGHKLMNPRSTW')}{r.randint(10, 99)}. Course code {r.choice('FGLNQVW')}{r.randint(100, 999)}.",
            "pupil_records": f"UPN format: a letter + 12 digits, e.g. A123456789012 (check letter computed mod 23). ULN: 10 digits. Student ID pattern S{r.randint(2020, 2026)}-#####.",
        }.get(kind, f"Ref {kind[:3].upper()}-{r.randint(2020, 2027)}-{r.randint(1000, 9999)} | invoice INV{r.randint(100000, 999999)} | room B{r.randint(1, 40)} | test card 4242 4242 4242 4242 | portal at 192.0.2.{r.randint(1, 254)}")
    if v == 4:  # historical figures / eponyms / fiction in lessons
        return (f"Lesson plan ({lab[6]} {r.choice(['7', '9', '10'])}): {fig} — source analysis. Starter: recap {epo}. "
                f"Extension: compare with {r.choice(pools['figures'])}. Homework on the learning platform. "
                f"Set text character study: {r.choice(pools['fiction'])}.")
    # local-language policy snippet, no person
    return f"{d['notes'][0].split(',')[0]} — [{lab[0]}], [{lab[6]}]. {lab[8]}: __________\n(model text for the {kind.replace('_', ' ')} procedure; names go in the MIS, not here)"


# ---------------------------------------------------------------------------------------------------------
# placement
# ---------------------------------------------------------------------------------------------------------
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "content_parts", "file_part", "tool_args",
              "tools_schema", "response_format", "user_field"]
SYSTEMS = {
    "admissions": "You help a school admissions team. Follow the admissions code.",
    "pupil_records": "You assist a school data manager with MIS records.",
    "send_support": "You support SEND staff writing plans and reviews.",
    "attendance_safeguarding": "You assist pastoral and safeguarding staff. Be factual.",
    "exam_access": "You help the exams office with entries and access arrangements.",
    "parent_correspondence": "You help teachers write to families.",
    "trip_consent": "You help organise educational visits.",
    "student_finance": "You assist a student funding office.",
    "alumni_fundraising": "You help the alumni and development office.",
}


def place(kind, doc, instr, placement, rec_mail, r, model):
    body = {"model": model}
    sysm = {"role": "system", "content": SYSTEMS[kind]}
    if placement == "user":
        body["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
    elif placement == "system":
        body["messages"] = [{"role": "system", "content": SYSTEMS[kind] + "\n\nCONTEXT DOCUMENT:\n" + doc}, {"role": "user", "content": instr}]
    elif placement == "assistant_echo":
        body["messages"] = [sysm, {"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": "Received:\n" + doc},
                            {"role": "user", "content": instr}]
    elif placement == "tool_result":
        cid = f"call_{r.randint(100000, 999999)}"
        body["messages"] = [sysm, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "fetch_record", "arguments": json.dumps({"ref": f"R{r.randint(1000, 9999)}"})}}]},
                            {"role": "tool", "tool_call_id": cid, "content": doc}]
        body["tools"] = [{"type": "function", "function": {"name": "fetch_record", "description": "Fetch a record from the MIS", "parameters": {"type": "object", "properties": {"ref": {"type": "string"}}}}}]
    elif placement == "content_parts":
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]}]
    elif placement == "file_part":
        b64 = base64.b64encode(doc.encode("utf-8")).decode()
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr},
                                                                {"type": "file", "file": {"filename": f"{kind}_{r.randint(1, 99)}.txt", "file_data": "data:text/plain;base64," + b64}}]}]
    elif placement == "tool_args":
        cid = f"call_{r.randint(100000, 999999)}"
        body["messages"] = [sysm, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "save_note", "arguments": json.dumps({"category": kind, "text": doc}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": cid, "content": "{\"status\": \"saved\"}"},
                            {"role": "user", "content": "thanks, now do the next step"}]
        body["tools"] = [{"type": "function", "function": {"name": "save_note", "description": "Save a note to the case file", "parameters": {"type": "object", "properties": {"category": {"type": "string"}, "text": {"type": "string"}}}}}]
    elif placement == "tools_schema":
        body["messages"] = [sysm, {"role": "user", "content": instr}]
        body["tools"] = [{"type": "function", "function": {"name": "send_letter", "description": "Send a letter. Use this record as the source:\n" + doc,
                                                           "parameters": {"type": "object", "properties": {"body": {"type": "string"}, "channel": {"type": "string", "enum": ["email", "post", "app"]}}}}}]
    elif placement == "response_format":
        body["messages"] = [sysm, {"role": "user", "content": instr}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {"type": "object", "description": "Extract from: " + doc,
                                                                                                    "properties": {"summary": {"type": "string"}, "action": {"type": "string"}}}}}
    elif placement == "user_field":
        body["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
        body["user"] = rec_mail or f"staff-{r.randint(1000, 9999)}"
    else:
        raise KeyError(placement)
    return body


def serialise_for_search(body):
    text = json.dumps(body, ensure_ascii=False)
    extra = []

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "file_data" and isinstance(v, str) and ";base64," in v:
                    extra.append(base64.b64decode(v.split(";base64,", 1)[1]).decode("utf-8"))
                elif k == "arguments" and isinstance(v, str):
                    extra.append(v)
                else:
                    walk(v)
        elif isinstance(o, list):
            for x in o:
                walk(x)
        elif isinstance(o, str):
            extra.append(o)

    walk(body)
    return urllib.parse.unquote(text + "\n" + "\n".join(extra))


def entities_of(body, issued):
    hay = serialise_for_search(body)
    out, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        if v and v in hay:
            seen.add((t, v))
            out.append({"type": t, "value": v})
    return out


HIST = ["Marie Curie", "Mary Seacole", "Emmeline Pankhurst", "Ada Lovelace", "Alan Turing", "Florence Nightingale", "Isaac Newton",
        "Rosalind Franklin", "Walter Tull", "Noor Inayat Khan", "Olaudah Equiano", "Boudica", "Elizabeth Fry", "Grace Darling",
        "Ibn Battuta", "Ibn al-Haytham", "Hypatia", "Murasaki Shikibu", "King Sejong", "Zheng He", "Savitribai Phule",
        "Rani Lakshmibai", "Toussaint Louverture", "Sor Juana Inés de la Cruz", "Mansa Musa", "Nzinga of Ndongo",
        "Maria Montessori", "Friedrich Fröbel", "Johann Pestalozzi", "Jan Amos Komenský", "Janusz Korczak", "Lev Vygotsky",
        "Kliment Timiryazev", "Emmy Noether", "Sofya Kovalevskaya", "Srinivasa Ramanujan", "Chien-Shiung Wu", "Mary Anning",
        "Dorothy Hodgkin", "Katherine Johnson", "Rachel Carson", "Wangari Maathai", "Al-Biruni", "Omar Khayyam"]
EPONYMS = ["Pythagoras' theorem", "Bunsen burner", "Fibonacci sequence", "Avogadro constant", "Mendel's laws", "Hooke's law",
           "Pascal's triangle", "Venn diagram", "Doppler effect", "Braille alphabet", "Kelvin scale", "Ohm's law", "Halley Building",
           "Seacole Wing", "Turing Centre", "Darwin Library", "Boyle's law", "Euler line", "Socratic method", "Bloom's taxonomy"]
FICTION = ["Sam", "Priya", "Jun", "Ola", "Tomasz", "Kofi", "Ines", "Lior", "Amara", "Ravi", "Mr Gradgrind", "Miss Honey",
           "Scout", "Piggy", "Eddie Carbone", "Inspector Goole", "Sheila Birling", "Lennie Small", "Jekyll", "Heathcliff"]
BOARDS = ["AQA", "OCR", "Pearson Edexcel", "WJEC Eduqas", "CCEA", "SQA", "Cambridge International", "IB Organization",
          "Kultusministerkonferenz", "Baccalauréat", "Selectividad", "Matura board"]


def build_pii(g: Gen, frozen):
    r = g.r
    pools = {"figures": g.pool_filter("figure", HIST), "eponyms": g.pool_filter("eponym", EPONYMS),
             "fiction": g.pool_filter("fiction", FICTION), "boards": g.pool_filter("board", BOARDS)}
    # refill from invented, locale-typical parts (already freeze-checked name pools), capped
    en_pool = g.name_pools["en-GB"] + g.name_pools["en-AU"] + g.name_pools["en-IE"]
    for _ in range(200):
        if len(pools["figures"]) >= 16:
            break
        gv, sv = r.choice(en_pool)
        born = r.randint(1790, 1890)
        e = f"{gv} {sv} ({born}–{born + r.randint(40, 85)})"
        if e not in pools["figures"] and g._keep("figure", e):
            pools["figures"].append(e)
    for _ in range(200):
        if len(pools["eponyms"]) >= 12:
            break
        gv, sv = r.choice(en_pool)
        e = f"{sv} {r.choice(['Building', 'Wing', 'Library', 'Prize', 'Scholarship', 'House'])}"
        if e not in pools["eponyms"] and g._keep("eponym", e):
            pools["eponyms"].append(e)
    for _ in range(200):
        if len(pools["fiction"]) >= 12:
            break
        e = r.choice(en_pool)[0]
        if e not in pools["fiction"] and g._keep("fiction", e):
            pools["fiction"].append(e)
    if not pools["boards"]:
        pools["boards"] = ["the awarding body"]
    for k in ("figures", "eponyms", "fiction"):
        if len(pools[k]) < 4:
            raise SystemExit(f"{k} pool too small after freeze")
    recs = []
    idx = 0
    models = ["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto", "gpt-4.1", "claude-sonnet"]
    for ki, kind in enumerate(KINDS):
        plan = [("sens", i) for i in range(29)] + [("inc", i) for i in range(4)] + [("ben", i) for i in range(23)]
        r.shuffle(plan)
        for j, (what, vi) in enumerate(plan):
            idx += 1
            loc = LOCS[(idx * 5 + ki * 3) % len(LOCS)]
            rec = Rec(g, loc)
            role = ROLES[kind][(j + ki) % 4]
            if what == "sens":
                doc = sens_doc(kind, rec, vi)
                form = f"v{vi % 4}"
            elif what == "inc":
                doc = incidental_doc(kind, rec, vi + ki)
                form = "incidental"
            else:
                doc = benign_doc(kind, g, loc, vi + ki, pools)
                form = ["public_role", "blank_form", "aggregated", "id_format", "lesson", "model_text"][(vi + ki) % 6]
            instr = INSTR[kind][(j + vi) % 4]
            if r.random() < 0.3:
                instr = LOCALES[loc]["ask"]
            elif r.random() < 0.15:
                instr = instr.replace("please", "pls").replace(" the ", " teh ", 1)
            completions = (idx % 10 == 4)
            model = models[idx % len(models)]
            if completions:
                body = {"model": model, "prompt": f"{SYSTEMS[kind]}\n\n{doc}\n\n### Task: {instr}\n### Answer:", "max_tokens": 400}
                placement = "prompt"
            else:
                placement = PLACEMENTS[(idx + ki) % len(PLACEMENTS)]
                mails = [v for t, v in rec.issued if t == "EMAIL_ADDRESS"]
                body = place(kind, doc, instr, placement, mails[0] if (mails and placement == "user_field") else None, r, model)
            ents = entities_of(body, rec.issued)
            sensitive = bool(ents)
            if what == "ben":
                assert not rec.issued and not sensitive
            else:
                assert sensitive, (kind, what, vi, placement)
            recs.append({"id": f"{SPLIT}-pii-{idx:04d}", "category": kind if sensitive else kind + "_benign", "sensitive": sensitive,
                         "entities": ents, "endpoint": "completions" if completions else "chat", "lang": loc,
                         "style": f"{role} · {placement} · {form}", "body": body,
                         "_inc": what == "inc"})
    return recs


# ---------------------------------------------------------------------------------------------------------
# complexity
# ---------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "What time does the school day usually end in UK secondary schools?"), ("en", "Translate 'parents' evening' into French."),
    ("en", "Convert 54 out of 80 into a percentage."), ("en", "Give me 3 ideas for a Y2 wet play activity."),
    ("en", "Spell check: 'Dear parents, we recieved you're forms, thank you.'"), ("en", "What does GCSE stand for?"),
    ("de", "Wie viele Schulstunden hat eine typische Woche in der Grundschule?"), ("de", "Übersetze 'Elternsprechtag' ins Englische."),
    ("fr", "Combien de semaines dure une année scolaire en France ?"), ("fr", "Donne-moi un synonyme de « devoirs »."),
    ("es", "¿Qué significa ESO en el sistema educativo español?"), ("es", "Escribe un saludo corto para el primer día de clase."),
    ("pt", "Qual a diferença entre ensino fundamental e médio?"), ("pl", "Jak po angielsku jest 'wychowawca klasy'?"),
    ("ja", "「保護者会」を英語で何と言いますか？"), ("zh", "“家长会”用英语怎么说？"), ("ko", "'방과후 수업'을 영어로 번역해 줘."),
    ("ar", "ما معنى كلمة 'منهج' بالإنجليزية؟"), ("hi", "'विद्यालय' का अंग्रेज़ी अनुवाद क्या है?"), ("ru", "Сколько длится урок в российской школе?"),
    ("tr", "'Veli toplantısı' İngilizcede ne demek?"), ("it", "Come si dice 'pagella' in inglese?"), ("nl", "Wat betekent 'havo'?"),
    ("sv", "Vad betyder 'lov' i skolsammanhang?"),
]
SHORT_HARD = [
    ("en", "Prove that the sum of the first n odd numbers is n², then design a 4-step question sequence exposing the misconception that it is 2n."),
    ("en", "A timetable has 5 periods × 5 days, 12 classes, 9 shared labs; show the lab constraint problem is NP-hard by reduction from graph colouring."),
    ("en", "Derive an unbiased estimator of a school's value-added score when pupils are clustered in classes, and state its variance."),
    ("en", "Admissions lottery with sibling priority: prove whether it is strategy-proof under deferred acceptance with ties broken randomly."),
    ("en", "Explain why Cronbach's alpha can be high for a multidimensional test; give a numeric counterexample."),
    ("en", "Write a Python function that assigns pupils to tutor groups minimising friendship-triangle splits; justify complexity."),
    ("de", "Beweise, dass jede Permutation als Produkt von Transpositionen darstellbar ist, und entwirf dazu eine Unterrichtsstunde für die 11. Klasse mit typischen Fehlvorstellungen."),
    ("de", "Modelliere die Klassenbildung mit Inklusionsschülern als ganzzahliges lineares Programm und erkläre die Relaxierung."),
    ("fr", "Montre que la moyenne pondérée des notes peut inverser le classement de deux élèves (paradoxe de Simpson) avec un exemple minimal et explique-le."),
    ("fr", "Conçois un barème de notation sur 20 qui est invariant par translation des notes et justifie mathématiquement."),
    ("es", "Demuestra que la raíz de 2 es irracional y diseña una rúbrica que distinga tres niveles de razonamiento en la prueba."),
    ("es", "Calcula el tamaño muestral para estimar el abandono escolar con ±2 % al 95 % en un muestreo por conglomerados con ICC 0,05."),
    ("pt", "Prove que a mediana minimiza a soma dos desvios absolutos e explique as implicações para médias de notas."),
    ("pl", "Udowodnij, że algorytm Gale’a–Shapleya przy rekrutacji do liceów daje stabilne przydziały, i wskaż, kto na nim zyskuje."),
    ("ja", "大学入試の得点調整で、等化法（IRT）と線形変換の違いを数式で説明し、どちらが公平か論じて。"),
    ("zh", "证明：若一个班的成绩服从正态分布，则标准分排序与原始分排序一致；再举出一个非正态反例说明加权后排序会改变。"),
    ("ko", "수능 표준점수와 백분위의 관계를 수식으로 설명하고, 과목 선택이 불공정을 만드는 조건을 증명해 줘."),
    ("ar", "اشرح لماذا يؤدي التصحيح على منحنى إلى ظلم الطلاب في الفصول الصغيرة، مع مثال عددي وبرهان."),
    ("hi", "सिद्ध कीजिए कि √3 अपरिमेय है और कक्षा 9 के लिए एक मूल्यांकन रूब्रिक बनाइए जो तर्क के स्तर अलग करे।"),
    ("ru", "Докажи, что в любой группе из 6 учеников найдутся трое попарно знакомых или трое попарно незнакомых, и предложи олимпиадную задачу-обобщение."),
    ("tr", "Okul yerleştirmede en yüksek puan önceliğinin istikrarlı eşleşme verdiğini kanıtla ve kimin zarar gördüğünü tartış."),
    ("it", "Dimostra che il voto medio non è una misura ordinale valida e proponi un'alternativa con giustificazione formale."),
    ("nl", "Bewijs dat loting met gewogen voorkeuren bij schoolkeuze niet strategiebestendig is, met een minimaal tegenvoorbeeld."),
    ("en", "Given grade boundaries set by equipercentile equating across two years, show when this fails to preserve standards and propose a fix."),
]
LE_INSTR = [("en", "sort this list alphabetically by subject, nothing else"), ("en", "count how many rows have code L"),
            ("en", "turn this into a markdown table"), ("de", "Bitte nur die Tippfehler korrigieren."),
            ("fr", "Mets ce texte en forme avec des puces, sans rien changer d'autre."), ("es", "Quita las filas duplicadas."),
            ("pl", "Zamień to na CSV."), ("ja", "これを表形式に整えてください。"), ("zh", "请把重复的行删掉。"), ("pt", "Coloque em ordem alfabética."),
            ("ru", "Переведи заголовки столбцов на английский."), ("tr", "Sadece satır sayısını söyle."), ("ar", "رتب القائمة حسب التاريخ."),
            ("ko", "중복된 줄만 지워 줘.")]
LH_INSTR = [("en", "Analyse whether the component grade boundaries are consistent, estimate the inter-component correlation, identify anomalous centres and recommend a statistically defensible adjustment with caveats."),
            ("en", "Find the bug that causes double-booked rooms, prove your fix is correct, and refactor to a constraint-propagation approach with complexity analysis."),
            ("en", "These admission policy clauses conflict. Map the dependencies, decide which prevails under the code, and redraft them so the oversubscription order is unambiguous; cite the tie-break logic."),
            ("de", "Analysiere die Daten, schätze ein Mehrebenenmodell (Schüler in Klassen) und begründe, ob der Förderkurs wirkt. Diskutiere Confounder."),
            ("fr", "Analyse ces résultats, détecte les incohérences de notation entre correcteurs et propose une procédure d'harmonisation justifiée statistiquement."),
            ("es", "Revisa este código, encuentra por qué el algoritmo de asignación de plazas no es estable, demuéstralo y propón una versión correcta."),
            ("ja", "このデータから採点者間信頼性を推定し、偏りのある採点者を特定して、補正方法を理論的に説明してください。"),
            ("zh", "分析这些数据，建立多层线性模型评估教学干预效果，并讨论选择偏差与识别假设。"),
            ("pl", "Przeanalizuj dane, oceń rzetelność testu i zaproponuj korektę progów punktowych z uzasadnieniem statystycznym."),
            ("ru", "Найди логические противоречия в положении о приёме, построй граф зависимостей пунктов и предложи непротиворечивую редакцию.")]

SUBJECTS = ["Maths", "English", "Biology", "Chemistry", "Physics", "History", "Geography", "French", "Art", "Music", "PE", "Computing", "RE", "Drama"]


def long_easy_doc(r):
    k = r.randint(0, 3)
    lines = []
    while sum(len(x) + 1 for x in lines) < 1650:
        if k == 0:
            lines.append(f"{len(lines) + 1}. {r.choice(SUBJECTS)} — room {r.choice('ABCDEFG')}{r.randint(1, 30)} — period {r.randint(1, 6)} — {r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}")
        elif k == 1:
            lines.append(f"Pupil {len(lines) + 1:02d}: " + " ".join(r.choice(["/", "\\", "L", "N", "M", "/", "\\", "C"]) for _ in range(10)))
        elif k == 2:
            lines.append(f"{r.choice(SUBJECTS)} reading list item {len(lines) + 1}: chapter {r.randint(1, 20)}, pages {r.randint(1, 200)}-{r.randint(201, 400)}, due week {r.randint(1, 38)}")
        else:
            lines.append(f"{dt.date(2026, r.randint(1, 12), r.randint(1, 28)).isoformat()} | {r.choice(['hall', 'library', 'sports hall', 'drama studio'])} booked for {r.choice(['assembly', 'mock exam', 'club', 'rehearsal', 'open evening'])}")
    return "\n".join(lines)


def long_hard_doc(r, which):
    lines = []
    if which % 3 == 0:
        lines.append("centre,candidate,paper1,paper2,coursework,examiner")
        while sum(len(x) + 1 for x in lines) < 1800:
            lines.append(f"{r.randint(10000, 79999)},C{r.randint(1000, 9999)},{r.randint(10, 80)},{r.randint(10, 80)},{r.randint(5, 40)},E{r.randint(1, 12)}")
    elif which % 3 == 1:
        lines.append("def schedule(lessons, rooms):\n    booked = {}\n    for l in sorted(lessons, key=lambda x: x.size):")
        lines.append("        for room in rooms:\n            if room.capacity >= l.size and (room, l.period) not in booked:\n                booked[(room.id, l.period)] = l\n                break")
        lines.append("    return booked\n")
        while sum(len(x) + 1 for x in lines) < 1700:
            lines.append(f"lessons.append(Lesson(id={len(lines)}, size={r.randint(8, 32)}, period={r.randint(1, 30)}, subject='{r.choice(SUBJECTS)}'))")
    else:
        n = 1
        while sum(len(x) + 1 for x in lines) < 1800:
            lines.append(f"{n}. " + r.choice(["Siblings have priority over distance except where the sibling is in the sixth form.",
                                               "Distance is measured from the front door to the main gate by the shortest walking route.",
                                               "Looked-after children are admitted first, regardless of any other criterion.",
                                               "Where two applicants live equidistant, a random allocation is made by an independent person.",
                                               "Children of staff employed for two or more years have priority after siblings.",
                                               "Distance is measured in a straight line from the home address point."]))
            n += 1
    return "\n".join(lines)


def build_complexity(r):
    recs = []
    plan = [("short_simple", i) for i in range(48)] + [("long_easy", i) for i in range(50)] + [("short_hard", i) for i in range(48)] + [("long_hard", i) for i in range(44)]
    r.shuffle(plan)
    for n, (cat, i) in enumerate(plan, 1):
        if cat == "short_simple":
            lang, text = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
            if i >= len(SHORT_SIMPLE):
                text = text + r.choice([" thx", " (quick one)", " — short answer pls", ""])
            style = "lookup/translate"
        elif cat == "short_hard":
            lang, text = SHORT_HARD[i % len(SHORT_HARD)]
            if i >= len(SHORT_HARD):
                text = r.choice(["Quick q: ", "For my PGCE essay: ", "Staff CPD: ", ""]) + text
            style = "proof/modelling"
        elif cat == "long_easy":
            lang, ins = LE_INSTR[i % len(LE_INSTR)]
            text = long_easy_doc(r) + "\n\n" + ins
            style = "reformat/sort"
        else:
            lang, ins = LH_INSTR[i % len(LH_INSTR)]
            text = ins + "\n\n" + long_hard_doc(r, i)
            style = "analysis/debug/policy"
        if cat == "long_easy":
            assert len(text) >= 1500
        label = 1 if cat in ("short_hard", "long_hard") else 0
        msgs = [{"role": "user", "content": text}]
        if r.random() < 0.3:
            msgs.insert(0, {"role": "system", "content": "You are an assistant for teachers and school staff."})
        recs.append({"id": f"{SPLIT}-cx-{n:04d}", "category": cat, "label": label, "length_adversarial": cat in ("short_hard", "long_easy"),
                     "endpoint": "chat", "lang": lang, "style": style, "body": {"model": "hybridgate/auto", "messages": msgs}})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260415)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    frozen = frozen_words()
    g = Gen(a.seed, frozen)
    pii = build_pii(g, frozen)
    cx = build_complexity(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    n_inc = sum(1 for x in pii if x.pop("_inc"))
    with open(out / f"pii_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for x in pii:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(out / f"complexity_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for x in cx:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    sens = sum(x["sensitive"] for x in pii)
    print(f"frozen words: {len(frozen)}; pool entries dropped by freeze: {dict(sorted(g.dropped.items()))}")
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign ({sens / len(pii):.1%}), incidental {n_inc}")
    print("  endpoints:", dict(collections.Counter(x["endpoint"] for x in pii)))
    print("  locales:", len({x["lang"] for x in pii}))
    print("  categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(x["style"].split(" · ")[1] for x in pii).items())))
    print(f"complexity: {len(cx)} records,", dict(sorted(collections.Counter(x["category"] for x in cx).items())),
          f"adversarial {sum(x['length_adversarial'] for x in cx)}, label1 {sum(x['label'] for x in cx)}, langs {len({x['lang'] for x in cx})}")


if __name__ == "__main__":
    main()
