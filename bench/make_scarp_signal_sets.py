#!/usr/bin/env python3
"""Scarp: an independent, blind evaluation split for the request signals, organised by LEGAL PRACTICE.

Writes bench/data/signals/pii_scarp.jsonl and bench/data/signals/complexity_scarp.jsonl in the record schema of
the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id, category,
label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind. Its author read only a brief, the first 70 lines of bench/make_delta_signal_sets.py (record schema,
    label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the
    detector, the scorer, their tests, the evaluator, results, docs, policies, READMEs, commit messages or any
    other generator. Other generators are only scanned automatically (FROZEN_AGAINST below): every capitalised
    ASCII word and every non-ASCII word (and non-ASCII bigram) of their sources forms a frozen set, and every
    entry of this file's name, surname, street, town, firm and famous-name pools that shares a word with it is
    dropped at run time (capped refills from invented, locale-typical parts; this file's own source is
    skipped). Generic type words of streets and firms (Road, rue, ul., -straße, GmbH, LLP, ...) are not pool
    entries and are not checked; the distinctive part always is. Han and Hangul names are written as one token
    (surname + given), so there the freeze is applied to that full token and to the romanised given name.

Organising principle
    The paperwork of legal practice -- law firms, courts, notaries, immigration advisers and legal-aid clinics --
    in ten kinds used as categories: case_note, court_listing, judgment, client_intake, engagement_letter,
    witness_statement, immigration_file, notarial_deed, legal_aid_means, trust_billing. Writers are solicitors,
    paralegals, trainees, court clerks, notary clerks, immigration advisers, clinic volunteers, legal secretaries
    and clients themselves, writing in 21 locales (Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Han, Kana,
    Hangul and Thai scripts) with the jargon, abbreviations, typos and English/local code-switching of the trade:
    pasted forms, CSV exports, JSON from case-management systems, e-mails, chat.
    Sensitive records use category ``<kind>``, benign hard negatives of the same kind ``<kind>_benign``.

The line drawn (what a law firm's privacy officer would call personal data)
    Personal: anything identifying or about a private individual -- clients, parties, witnesses, applicants,
    defendants in a listing, payers -- their names (a first name with a relation/role cue counts), phone, private
    e-mail, home address, birth date, national/tax/health numbers, bank and card data, the public IP of their
    e-signature, hospital record numbers quoted in a personal-injury file.
    Not personal: judges and famous jurists named in their public role, cited case names and eponymous doctrines
    (law-report citations), fictional lawyers, the firm's / court's / registry's own switchboards, role
    mailboxes and registered office, a firm's client-account IBAN and VAT number (a legal person's data), case,
    docket, claim, ECLI, invoice, matter and land-register numbers, statute citations, fee tables, card-network
    test numbers in payment-portal instructions, blank forms and placeholders, aggregated clinic/court
    statistics and anonymised judgments (initials / "the appellant"). Those are the benign records.

Labels
    ``entities`` lists every personal-data type present anywhere in the body, computed by searching all strings
    of the body (base64 file parts decoded, URLs unquoted) for every value the record issued; a value not
    found is not labelled. Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH,
    NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US SSN only),
    US_BANK_NUMBER (routing and account), MEDICAL_RECORD. sensitive == bool(entities) is asserted.
    About 12% of the sensitive records carry one incidental item only.
    Complexity: short_simple (0), long_easy (0, >= 1,500 chars, length-adversarial), short_hard (1,
    length-adversarial), long_hard (1).

Contents (seed 20270311; the run prints all counts)
    pii_scarp.jsonl: 500 requests, 10 kinds x 50 (29 sensitive + 21 benign each: 290 / 210), 21 locales,
    ~10% on the completions endpoint, the document placed by rotation in user / system / assistant / tool
    messages, text and file content parts, tool-call arguments, tool schemas, response_format and ``user``.
    35 of the 290 sensitive records carry a single incidental item (12%).
    complexity_scarp.jsonl: 192 chat requests (48 per category) in 20 language tags, 96 length-adversarial,
    96 labelled 1.

Validation
    Every identifier is validated with python-stdnum (us.ssn, us.itin, us.rtn, gb.nhs, gb.utr, de.idnr,
    fr.nir, fr.nif, mx.curp, mx.rfc, br.cpf, it.codicefiscale, nl.bsn, pl.pesel, tr.tckimlik, ru.inn,
    gr.amka, gr.vat, il.idnr, in_.aadhaar, in_.pan, cn.ric, jp.in_, kr.rrn, th.pin, ro.cnp, cl.rut, eg.tn,
    iban, luhn for cards, MRNs and the IMSS number); every phone number with phonenumbers (valid and of its
    region); every IP must be global. The run aborts on an invalid value; every retry loop is capped.

Command (deterministic for a seed)
    python bench/make_scarp_signal_sets.py [--seed 20270311] [--out bench/data/signals]
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
from stdnum.br import cpf as br_cpf
from stdnum.cl import rut as cl_rut
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.eg import tn as eg_tn
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.gr import amka as gr_amka
from stdnum.gr import vat as gr_vat
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp
from stdnum.mx import rfc as mx_rfc
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.ro import cnp as ro_cnp
from stdnum.ru import inn as ru_inn
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.us import itin as us_itin
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "scarp"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma lunette coquina hamada flysch regolith sinter tufa scarp").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:  # never freeze against this file itself
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


FROZEN: set = set()
DROPPED = collections.Counter()


def frozen_hit(*texts: str) -> bool:
    for text in texts:
        toks = [t.lower() for t in WORD.findall(text)]
        prev = None
        for t in toks:
            if t in FROZEN:
                return True
            for m in re.finditer(r"[A-Za-z'\-]{2,}", t):
                if m.group(0).lower() in FROZEN:
                    return True
            if any(ord(c) > 127 for c in t):
                if prev is not None and (prev + " " + t) in FROZEN:
                    return True
                prev = t
            else:
                prev = None
    return False


class Invalid(Exception):
    pass


def must(cond, what):
    if not cond:
        raise Invalid(what)


# ----------------------------------------------------------------------------------------------------------------
# Locales: invented, locale-typical parts ("native|roman" for non-Latin scripts)
# ----------------------------------------------------------------------------------------------------------------
def P(s):
    return s.split()


LOC = {
    "en-US": dict(region="US", gp=(P("Bray Cal Dex Jor Kend Lor Mar Ros Tav Wyl Ell Bren"), P("den lyn ton ley rick elle anne son")),
                  sp=(P("Ash Brad Cal Dorn Hal Kirk Mell Pem Ruth Stan Thorn Wex"), P("ford wick ley sworth ton well field more")),
                  pl=(P("Bram Cedar Elk Fox Hazel Lark Maple Quill Rook Sor Wren Ivy"), P("wood ridge brook dale field haven ton mont")),
                  addr=lambda r, s, t, pc: f"{r.randint(12, 9800)} {s} {r.choice(['St', 'Ave', 'Dr', 'Ln', 'Rd'])}, {t}, {r.choice(['OH', 'TX', 'GA', 'AZ', 'PA', 'MN'])} {pc}",
                  pc=lambda r: f"{r.randint(10000, 99899)}", court="County Superior Court", dfmt="%m/%d/%Y",
                  mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com"]),
    "en-GB": dict(region="GB", gp=(P("Ais Bry Cer Dyl Ein Fen Gwy Isl Lor Mor Rhi Tam"), P("wen la ian ona ley bie sie ys")),
                  sp=(P("Ack Bark Carr Dow Enn Gill Hebb Lark Midd Ord Pick Tull"), P("royd worth ington shaw thwaite combe hurst ridge")),
                  pl=(P("Ashen Brack Cold Dun Eller Hawk Kel Lang Mar Oak Pen Stow"), P("bury combe ford ley stead wick thorpe ham")),
                  addr=lambda r, s, t, pc: f"{r.randint(1, 220)} {s} {r.choice(['Road', 'Lane', 'Close', 'Crescent', 'Gardens'])}, {t} {pc}",
                  pc=lambda r: f"{r.choice(['LS', 'BS', 'NE', 'CF', 'NR', 'EX'])}{r.randint(1, 29)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}",
                  court="County Court at", dfmt="%d/%m/%Y", mail=["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"]),
    "de-DE": dict(region="DE", gp=(P("Wal Ger Hel Ott Rein Sieg Lud Hart Diet Ans Bert Wil"), P("mar hild rud wig trud mund win lind")),
                  sp=(P("Brenn Holz Kess Lind Stein Wald Ross Feld Grun Hag Kirch Moos"), P("huber ecker bauer berger ler inger reiter meier")),
                  pl=(P("Alten Birk Eschen Fahr Hohen Kalt Lerch Mühl Nieder Roth Schön Ulm"), P("bach au feld hagen heim stedt rode dorf")),
                  addr=lambda r, s, t, pc: f"{s}{r.choice(['straße', 'weg', 'gasse', 'ring'])} {r.randint(1, 140)}{r.choice(['', '', 'a', 'b'])}, {pc} {t}",
                  pc=lambda r: f"{r.randint(10115, 99998):05d}", court="Amtsgericht", dfmt="%d.%m.%Y",
                  mail=["web.de", "gmx.de", "t-online.de", "posteo.de"]),
    "fr-FR": dict(region="FR", gp=(P("Aur Bast Cél Dor Éli Flav Gaë Lou Mael Sol Théo Yv"), P("ine ien elle ane ette ou ïs ard")),
                  sp=(P("Barr Chab Dur Fau Garn Lach Marc Pey Roch Sauv Tess Vaill"), P("and ier ot eau oux ac ard elle")),
                  pl=(P("Beau Clair Font Gran Mont Roche Sauv Val Ville Bois Saint-Aub Pré"), P("mont lieu fort champ val court noy pierre")),
                  addr=lambda r, s, t, pc: f"{r.randint(1, 180)} {r.choice(['rue', 'avenue', 'impasse', 'allée', 'chemin'])} des {s}, {pc} {t}",
                  pc=lambda r: f"{r.randint(1000, 95999):05d}", court="Tribunal judiciaire de", dfmt="%d/%m/%Y",
                  mail=["orange.fr", "free.fr", "laposte.net", "gmail.com"]),
    "es-MX": dict(region="MX", gp=(P("Ama Bel Cris Dal Eli Gua Ixch Lu Mar Nay Rey Xim"), P("ranta indo elia ena uel ita ena ardo")),
                  sp=(P("Alv Barr Cant Esp Gall Iban Lizar Mend Oroz Quin Sauc Zav"), P("arado agán ejo inoza ardo ez zola ez")),
                  pl=(P("Agua Ciéne Cerr Llan Mira Pal Río Sal Tlal Vall Zapo Ixt"), P("prieta ga al ito flores mas pan co")),
                  addr=lambda r, s, t, pc: f"Calle {s} {r.randint(1, 990)}, Col. {t}, C.P. {pc}, {r.choice(['Jal.', 'N.L.', 'Pue.', 'Gto.', 'CDMX'])}",
                  pc=lambda r: f"{r.randint(1000, 99999):05d}", court="Juzgado Civil de", dfmt="%d/%m/%Y",
                  mail=["gmail.com", "hotmail.com", "outlook.com", "prodigy.net.mx"]),
    "pt-BR": dict(region="BR", gp=(P("Ad Cau Dal Edil Gle Iara Jand Lu Nair Rai Tain Van"), P("ilson ane ira son ice ara elson ete")),
                  sp=(P("Amar Bitt Cavalc Dorn Fag Guim Lacerd Mour Pinh Quint Salg Torr"), P("al ante elles undes eiro ado ana ão")),
                  pl=(P("Água Boa Campo Ita Jacu Mira Pira Serra Taqua Vila Ibi Uba"), P("tuba pora nova cema linda rema tiba ndi")),
                  addr=lambda r, s, t, pc: f"Rua {s}, {r.randint(1, 3200)}, apto {r.randint(11, 904)} - {t}, {pc}",
                  pc=lambda r: f"{r.randint(10000, 99999)}-{r.randint(0, 999):03d}", court="Vara Cível de", dfmt="%d/%m/%Y",
                  mail=["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"]),
    "it-IT": dict(region="IT", gp=(P("Ales Bened Cor Donat Erm Fulv Gian Lod Mir Ors Tarc Vin"), P("ina etta ello ano ilde ucci ero ia")),
                  sp=(P("Bald Carb Ferr Gall Lomb Mazz Pagn Sant Spin Tred Zanon Vall"), P("ucci ini otti etti elli aro oni ese")),
                  pl=(P("Borgo Castel Colle Fonte Monte Pieve Rocca San Vald Villa Poggio Torre"), P("franco nuovo alto vecchio rosso fiore mare piano")),
                  addr=lambda r, s, t, pc: f"Via {s} {r.randint(1, 210)}, {pc} {t} ({r.choice(['TO', 'BO', 'PD', 'BA', 'FI', 'PG'])})",
                  pc=lambda r: f"{r.randint(10010, 98168):05d}", court="Tribunale di", dfmt="%d/%m/%Y",
                  mail=["libero.it", "gmail.com", "tiscali.it", "virgilio.it"]),
    "nl-NL": dict(region="NL", gp=(P("Ar Bram Dier Eel Floor Gert Jel Lie Maar Rik Siem Wob"), P("jan ke tje ien co ske mer dert")),
                  sp=(P("Bak Dijk Hoog Kamp Lange Mol Ooster Ruis Veen Wester Zand Haver"), P("stra huis kamp broek hout veld man berg")),
                  pl=(P("Ald Bui Dok Ee Gel Hoorn Lem Nij Oud Rijs Sloot Wier"), P("dorp wijk horst dam loo brug meer hoven")),
                  addr=lambda r, s, t, pc: f"{s}{r.choice(['straat', 'laan', 'weg', 'gracht'])} {r.randint(1, 260)}, {pc} {t}",
                  pc=lambda r: f"{r.randint(1011, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}", court="Rechtbank", dfmt="%d-%m-%Y",
                  mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"]),
    "pl-PL": dict(region="PL", gp=(P("Bogu Dobro Jaro Miro Rado Sławo Wie Zby Leszk Bron Kaz Mści"), P("sław mira gniew sława wit ena ysław ina")),
                  sp=(P("Brzoz Dąbr Grab Jasz Kowal Lip Mrocz Olsz Pawl Rych Sosn Wierzb"), P("owski ewicz czak ińska ek iak ski uk")),
                  pl=(P("Biała Dolna Górna Kozi Lesz Modrz Nowa Stara Wola Zielo Brze Ruda"), P("wice ków nica gród owo ice poręba lesie")),
                  addr=lambda r, s, t, pc: f"ul. {s} {r.randint(1, 140)}/{r.randint(1, 60)}, {pc} {t}",
                  pc=lambda r: f"{r.randint(0, 99):02d}-{r.randint(0, 999):03d}", court="Sąd Rejonowy w", dfmt="%d.%m.%Y",
                  mail=["wp.pl", "onet.pl", "interia.pl", "gmail.com"]),
    "tr-TR": dict(region="TR", gp=(P("Ay Bar Cey Dil Ece Gök Ilg Kıv Mer Nil Oz Tol"), P("han dem lan sel nur ay türk can")),
                  sp=(P("Akın Bal Çak Dur Er Gün Kara Öz Sarı Tek Yaz Ulu"), P("soy oğlu taş kaya demir baş göz türk")),
                  pl=(P("Akça Bağ Çam Dere Gül Kızıl Kuş Orta Sarı Yeni Taş Yeşil"), P("köy tepe pınar dere ova yurt lık alan")),
                  addr=lambda r, s, t, pc: f"{s} Mah. {r.choice(['Lale', 'Menekşe', 'Karanfil', 'Zambak', 'Papatya'])} Sk. No:{r.randint(1, 90)} D:{r.randint(1, 24)}, {pc} {t}",
                  pc=lambda r: f"{r.randint(1000, 81999):05d}", court="Asliye Hukuk Mahkemesi", dfmt="%d.%m.%Y",
                  mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"]),
    "ru-RU": dict(region="RU", gp=(P("Ве|Ve Гле|Gle Ев|Ev Зла|Zla Мсти|Msti Ра|Ra Свето|Sveto Яро|Yaro Лю|Lyu Бо|Bo Ми|Mi Да|Da"),
                                   P("слава|slava дан|dan гений|geny мир|mir димир|dimir мила|mila рина|rina нат|nat")),
                  sp=(P("Бере|Bere Вол|Vol Груз|Gruz Дуб|Dub Жур|Zhur Кал|Kal Лап|Lap Мох|Mokh Окун|Okun Пест|Pest Сыч|Sych Тюр|Tyur"),
                      P("зин|zin овцев|ovtsev ухин|ukhin енко|enko ятин|yatin ницкий|nitsky арев|arev ышев|yshev")),
                  pl=(P("Бел|Bel Вер|Ver Горо|Goro Зар|Zar Крас|Kras Лес|Les Ново|Novo Озер|Ozer Сос|Sos Тих|Tikh Ясн|Yasn Ель|El"),
                      P("огорск|ogorsk ово|ovo инск|insk ецк|etsk ополь|opol ники|niki ухино|ukhino ское|skoe")),
                  addr=lambda r, s, t, pc: f"{pc}, г. {t}, ул. {s}ская, д. {r.randint(1, 120)}, кв. {r.randint(1, 300)}",
                  pc=lambda r: f"{r.randint(101000, 692999)}", court="районный суд г.", dfmt="%d.%m.%Y",
                  mail=["mail.ru", "yandex.ru", "bk.ru", "gmail.com"]),
    "el-GR": dict(region="GR", gp=(P("Αγλ|Agl Δαμ|Dam Ευτ|Ef Θεοδ|Theod Ιφ|If Λυσ|Lys Μυρ|Myr Ξεν|Xen Πολ|Pol Σπυρ|Spyr Φαιδ|Faid Χαρ|Char"),
                                   P("αΐα|aia ίων|ion ούλα|oula ίδα|ida άνθη|anthi έας|eas ούσα|ousa ιππος|ippos")),
                  sp=(P("Αγγελ|Angel Βλαχ|Vlach Γαλαν|Galan Δρακ|Drak Καλογ|Kalog Λαμπρ|Lampr Μαυρ|Mavr Νικολ|Nikol Παπαδ|Papad Σταυρ|Stavr Τσακ|Tsak Χατζ|Chatz"),
                      P("όπουλος|opoulos άκης|akis ίδης|idis ίου|iou έας|eas ιώτης|iotis άτος|atos ούδης|oudis")),
                  pl=(P("Αγι|Agi Καλ|Kal Κρυ|Kry Λευκ|Lefk Μεγ|Meg Νε|Ne Παλ|Pal Ροδ|Rod Σκια|Skia Χρυσ|Chrys Ψαρ|Psar Ωρ|Or"),
                      P("όβρυση|ovrysi όκαμπος|okampos όπολη|opoli οχώρι|ochori άδα|ada ίτσα|itsa")),
                  addr=lambda r, s, t, pc: f"Οδός {s} {r.randint(1, 160)}, {pc} {t}",
                  pc=lambda r: f"{r.randint(104, 851)} {r.randint(0, 99):02d}", court="Ειρηνοδικείο", dfmt="%d/%m/%Y",
                  mail=["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"]),
    "he-IL": dict(region="IL", gp=(P("אבי|Avi נוע|Noa עד|Ad של|Shal יה|Yah רו|Ro תמ|Tam גל|Gal אל|El הד|Had ליא|Lia עמ|Am"),
                                   P("נועם|noam יה|ya רון|ron אור|or יאל|iel דן|dan ית|it שי|shai")),
                  sp=(P("בר|Bar גולד|Gold רוז|Roz שטר|Shtr אבו|Abu פר|Per כה|Ka זק|Zak מל|Mel דוב|Dov הר|Har טל|Tal"),
                      P("נבאום|enbaum קוביץ|kovitz שטיין|shtein ציון|tzion אלי|eli זון|zon ינר|iner מן|man")),
                  pl=(P("גבע|Geva כפר|Kfar נוה|Neve רמת|Ramat מצפה|Mitzpe גני|Ganei בית|Beit עין|Ein"),
                      P("אלון|alon שקד|shaked תמר|tamar רימון|rimon אורן|oren זית|zayit ברוש|brosh חצב|hatzav")),
                  addr=lambda r, s, t, pc: f"רחוב {s} {r.randint(1, 90)}, דירה {r.randint(1, 40)}, {t} {pc}",
                  pc=lambda r: f"{r.randint(1000000, 9999999)}", court="בית משפט השלום", dfmt="%d/%m/%Y",
                  mail=["gmail.com", "walla.co.il", "012.net.il", "hotmail.com"]),
    "ar-EG": dict(region="EG", gp=(P("عبد|Abd نور|Nour مر|Mar سل|Sal هد|Had رح|Rah جم|Gam شر|Shar بس|Bas فر|Far ند|Nad ول|Wal"),
                                   P("الرؤوف|elraouf هان|han وى|wa مى|ma يل|il ين|een يدة|eeda يم|eem")),
                  sp=(P("ال|El"), P("زرقاني|zarqany منوفي|menoufy دمياطي|domyaty قليوبي|qalyouby بهنساوي|bahnasawy فيومي|fayoumy سمنودي|samanoudy مطراوي|matrawy طحطاوي|tahtawy إخميمي|ekhmimy ملواني|mallawany سنهوتي|sanhouty قوصي|qousy بلبيسي|belbeisy شبراوي|shubrawy دسوقي|desouky فارسكوري|fareskoury سمالوطي|samalouty منفلوطي|manfalouty أبنوبي|abnouby بياضي|bayady مغاغي|maghaghy نبراوي|nabarawy طنطاوي|tantawy قناوي|qenawy سوهاجي|sohagy")),
                  pl=(P("ال|El"), P("زهيرية|zuheireya سنطاوية|santaweya وردانية|wardaneya نخيلية|nakhileya جميزية|gemmeizeya ريحانية|rayhaneya صفصافية|safsafeya برديسية|bardiseya قلمشية|qalamsheya طوخانية|toukhaneya شنوانية|shenwaneya دمنهورية|damanhoureya")),
                  addr=lambda r, s, t, pc: f"{r.randint(1, 99)} شارع {s}، {t}، الرمز البريدي {pc}",
                  pc=lambda r: f"{r.randint(11311, 82999)}", court="محكمة", dfmt="%d/%m/%Y",
                  mail=["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"]),
    "hi-IN": dict(region="IN", gp=(P("सु|Su अनि|Ani दे|De प्र|Pra वि|Vi ऋ|Ri मे|Me का|Ka स्व|Sva नी|Nee रु|Ru ता|Ta"),
                                   P("मेधा|medha रुद्ध|ruddh वांश|vansh णव|nav शाल|shal तिका|tika ज्ञा|gya रिका|rika")),
                  sp=(P("चौ|Chau बघे|Baghe द्वि|Dwi कुल|Kul मह|Mah पुरो|Puro सक्से|Saxe भट्ट|Bhatt"),
                      P("रसिया|rasia ल|l वेदी|vedi श्रेष्ठ|shreshth ाजन|ajan हित|hit ना|na नागर|nagar")),
                  pl=(P("रा|Ra बे|Be सो|So चं|Chan कु|Ku मो|Mo"), P("मपुर|mpur लगांव|lgaon नीपत|nipat दनगर|dnagar रावली|rawali तीहारी|tihari")),
                  addr=lambda r, s, t, pc: f"मकान नं. {r.randint(1, 480)}, {s} मार्ग, {t}, पिन {pc}",
                  pc=lambda r: f"{r.randint(110001, 855999)}", court="जिला न्यायालय", dfmt="%d/%m/%Y",
                  mail=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"]),
    "zh-CN": dict(region="CN", gp=(P("若|Ruo 沐|Mu 思|Si 嘉|Jia 语|Yu 昊|Hao 锦|Jin 梓|Zi 清|Qing 欣|Xin 泽|Ze 书|Shu"),
                                   P("澜|lan 辰|chen 瑶|yao 朗|lang 萱|xuan 翊|yi 溪|xi 骁|xiao")),
                  sp=(P("阮|Ruan 宓|Mi 岑|Cen 闵|Min 蔺|Lin 邝|Kuang 栾|Luan 郗|Xi 殷|Yin 濮|Pu 籍|Ji 芮|Rui"), P("|")),
                  pl=(P("青|Qing 云|Yun 桂|Gui 柳|Liu 松|Song 金|Jin 石|Shi 白|Bai"), P("溪|xi 岭|ling 湾|wan 塘|tang 坪|ping 渡|du")),
                  addr=lambda r, s, t, pc: f"{t}区{s}路{r.randint(1, 899)}号{r.randint(1, 30)}栋{r.randint(101, 2804)}室",
                  pc=lambda r: f"{r.randint(100000, 850000)}", court="人民法院", dfmt="%Y年%m月%d日", cjk=True,
                  mail=["qq.com", "163.com", "126.com", "sina.com"]),
    "ja-JP": dict(region="JP", gp=(P("陽|Haru 湊|Minato 結|Yui 悠|Yu 蒼|Ao 凛|Rin 紬|Tsumu 颯|Haya 栞|Shio 朔|Saku"),
                                   P("斗|to 菜|na 真|ma 希|ki 太|ta 乃|no 里|ri 生|o")),
                  sp=(P("榊|Sakaki 梶|Kaji 蔦|Tsuta 柊|Hiiragi 楢|Nara 椿|Tsubaki 樫|Kashi 萩|Hagi 芦|Ashi 菅|Suga"),
                      P("間|ma 沢|zawa 瀬|se 岡|oka 尾|o 谷|tani 野|no 川|kawa")),
                  pl=(P("緑|Midori 桜|Sakura 若|Waka 東|Higashi 宮|Miya 白|Shira 北|Kita 南|Minami"), P("ヶ丘|gaoka 町|machi 台|dai 原|hara 浜|hama 坂|zaka")),
                  addr=lambda r, s, t, pc: f"〒{pc} {t}{r.randint(1, 5)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号 {s}ハイツ{r.randint(101, 508)}",
                  pc=lambda r: f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}", court="地方裁判所", dfmt="%Y年%m月%d日", jspace=True,
                  mail=["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "icloud.com"]),
    "ko-KR": dict(region="KR", gp=(P("서|Seo 하|Ha 지|Ji 도|Do 윤|Yun 채|Chae 은|Eun 시|Si 태|Tae 예|Ye"), P("윤|yun 린|rin 겸|gyeom 율|yul 온|on 결|gyeol 담|dam 솔|sol")),
                  sp=(P("봉|Bong 탁|Tak 편|Pyeon 빈|Bin 국|Guk 어|Eo 견|Gyeon 옥|Ok 여|Yeo 용|Yong"), P("|")),
                  pl=(P("푸른|Pureun 햇살|Haetsal 새솔|Saesol 솔빛|Solbit 은빛|Eunbit 한빛|Hanbit"), P("마을|maeul 동|dong 길|gil")),
                  addr=lambda r, s, t, pc: f"{t} {s}로 {r.randint(1, 320)}, {r.randint(101, 120)}동 {r.randint(101, 2305)}호 ({pc})",
                  pc=lambda r: f"{r.randint(1000, 63644):05d}", court="지방법원", dfmt="%Y. %m. %d.", cjk=True,
                  mail=["naver.com", "daum.net", "gmail.com", "kakao.com"]),
    "th-TH": dict(region="TH", gp=(P("กิต|Kit ธนา|Thana พิม|Phim ศุภ|Suppha วร|Wora ณัฐ|Nat ปภา|Papha อร|On"), P("ติพัฒน์|tiphat กร|korn ลดา|lada ชัย|chai วดี|wadee นันท์|nan")),
                  sp=(P("ศรี|Sri ทอง|Thong แก้ว|Kaeo บุญ|Bun สุข|Suk เพชร|Phet"), P("สวัสดิ์วงศ์|sawatwong ประเสริฐกุล|prasertkun รุ่งเรืองชัย|rungrueangchai เจริญผล|charoenphon มณีรัตน์|maneerat")),
                  pl=(P("บาง|Bang หนอง|Nong ท่า|Tha บ้าน|Ban"), P("ตะเคียน|takhian บัวทอง|buathong ไผ่งาม|phaingam โพธิ์|pho")),
                  addr=lambda r, s, t, pc: f"{r.randint(1, 299)}/{r.randint(1, 99)} ซอย{s} ตำบล{t} {pc}",
                  pc=lambda r: f"{r.randint(10100, 96220)}", court="ศาลแพ่ง", dfmt="%d/%m/%Y", thai=True,
                  mail=["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th"]),
    "ro-RO": dict(region="RO", gp=(P("Ancu Bogd Crin Dor Ilin Luc Mirc Oct Raluc Sor Tudo Vlăd"), P("a ina el ana ița an ela iu")),
                  sp=(P("Bârl Ciob Dobr Gheorgh Lup Mocan Negr Pop Stoic Tăn Urs Zăv"), P("escu eanu anu oiu ache ici aș ea")),
                  pl=(P("Valea Dealu Poiana Izvoru Câmpu Satu Cetatea Luncă"), P("Mare Nouă Rece Verde Lungă Dulce Albă Seacă")),
                  addr=lambda r, s, t, pc: f"Str. {s} nr. {r.randint(1, 120)}, bl. {r.randint(1, 40)}, ap. {r.randint(1, 80)}, {t}, cod {pc}",
                  pc=lambda r: f"{r.randint(10000, 927999):06d}", court="Judecătoria", dfmt="%d.%m.%Y",
                  mail=["yahoo.com", "gmail.com", "yahoo.ro", "outlook.com"]),
    "es-CL": dict(region="CL", gp=(P("Anto Bast Cons Darí Flor Ign Javi Mati Pía Renat Tom Valen"), P("nella ián anza o encia acio era ías")),
                  sp=(P("Araya Bustam Cárc Fuenz Henríq Laba Mansill Orell Quilod Sepúl Tapi Urrut"), P("ante alida ez eda ia ana ran ueta")),
                  pl=(P("Alto Cerro Llano Puerto Quebrada Villa Lomas Río"), P("Verde Blanco Hondo Claro Azul Seco Largo Bueno")),
                  addr=lambda r, s, t, pc: f"Pasaje {s} {r.randint(100, 4800)}, depto. {r.randint(11, 1804)}, {t}",
                  pc=lambda r: f"{r.randint(1000000, 9999999)}", court="Juzgado de Letras de", dfmt="%d-%m-%Y",
                  mail=["gmail.com", "hotmail.com", "vtr.net", "outlook.cl"]),
}


def split_nr(part):
    if "|" in part:
        a, b = part.split("|", 1)
        return a, b
    return part, part


def compose(r, parts, sep=""):
    pre = r.choice(parts[0])
    suf = r.choice(parts[1])
    a, ar = split_nr(pre)
    b, br = split_nr(suf)
    return a + sep + b, (ar + br)


def build_pool(name, make, n, rng, cap=4000):
    out, seen = [], set()
    for _ in range(cap):
        if len(out) >= n:
            break
        native, roman = make(rng)
        if not native or native in seen:
            continue
        if frozen_hit(native, roman):
            DROPPED[name] += 1
            continue
        seen.add(native)
        out.append((native, roman))
    must(len(out) >= max(4, n // 3), f"pool {name} too small after freeze ({len(out)})")
    return out


POOLS = {}


def make_pools(rng):
    for tag, L in LOC.items():
        g = build_pool(f"{tag}:given", lambda r, L=L: compose(r, L["gp"]), 30, rng)
        if L.get("cjk"):
            # Han / Hangul surnames are a closed one-syllable class: the written name is ONE token (surname+given),
            # so the freeze is applied to that full token and to the romanised given name.
            def full(r, L=L):
                sn, sr = split_nr(r.choice(L["sp"][0]))
                gn, grn = compose(r, L["gp"])
                return sn + gn, grn
            fl = build_pool(f"{tag}:fullname", full, 40, rng)
            s = [(n[:1], "") for n, _ in fl]
        else:
            fl = None
            s = build_pool(f"{tag}:surname", lambda r, L=L: compose(r, L["sp"]), 30, rng)
        sep = " " if tag in ("ro-RO", "es-CL") else ""
        st = build_pool(f"{tag}:street", lambda r, L=L, sep=sep: compose(r, L["pl"], sep), 24, rng)
        tw = build_pool(f"{tag}:town", lambda r, L=L, sep=sep: compose(r, L["pl"], sep), 24, rng)
        POOLS[tag] = dict(given=g, surname=s, street=st, town=tw, full=fl)


# ----------------------------------------------------------------------------------------------------------------
# Identifiers (all validated)
# ----------------------------------------------------------------------------------------------------------------
def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def complete(base, validator, ndig=1):
    for k in range(10 ** ndig):
        cand = base + f"{k:0{ndig}d}"
        if validator(cand):
            return cand
    return None


def capped(fn, what, cap=300):
    for _ in range(cap):
        v = fn()
        if v:
            return v
    raise Invalid(f"could not build {what}")


def gen_ssn(r, p):
    def f():
        a = r.randint(1, 665)
        v = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        return v if a != 666 and us_ssn.is_valid(v) else None
    return capped(f, "ssn")


def gen_itin(r, p):
    def f():
        v = f"9{r.randint(0, 99):02d}-{r.choice([70, 71, 75, 78, 80, 84, 88, 90, 92, 94, 97])}-{r.randint(1, 9999):04d}"
        return v if us_itin.is_valid(v) else None
    return capped(f, "itin")


def gen_rtn(r):
    return capped(lambda: complete(r.choice(["0", "1", "2", "3"]) + digits(r, 7), us_rtn.is_valid), "rtn")


def gen_nhs(r, p):
    def f():
        v = complete(str(r.randint(4, 6)) + digits(r, 8), gb_nhs.is_valid)
        return v and f"{v[:3]} {v[3:6]} {v[6:]}"
    return capped(f, "nhs")


def gen_utr(r, p):
    def f():
        for k in range(10):
            v = str(k) + digits(r, 9)
            if gb_utr.is_valid(v):
                return v
        return None
    return capped(f, "utr")


def gen_idnr(r, p):
    def f():
        ds = r.sample(range(10), 9)
        ds.append(r.choice(ds))
        r.shuffle(ds)
        if ds[0] == 0:
            return None
        return complete("".join(map(str, ds)), de_idnr.is_valid)
    v = capped(f, "idnr")
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def gen_nir(r, p):
    d = p["dob"]

    def f():
        base = f"{p['sex_digit']}{d.year % 100:02d}{d.month:02d}{r.randint(1, 95):02d}{r.randint(1, 899):03d}{r.randint(1, 999):03d}"
        key = 97 - int(base) % 97
        v = base + f"{key:02d}"
        return v if fr_nir.is_valid(v) else None
    v = capped(f, "nir")
    return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def gen_frnif(r, p):
    def f():
        first = str(r.randint(0, 3)) + digits(r, 9)
        v = first + f"{int(first) % 511:03d}"
        return v if fr_nif.is_valid(v) else None
    v = capped(f, "fr nif")
    return f"{v[:2]} {v[2:4]} {v[4:7]} {v[7:10]} {v[10:]}"


def _letters(r, n, pool="BCDFGHJKLMNPRSTVZ"):
    return "".join(r.choice(pool) for _ in range(n))


def gen_curp(r, p):
    d = p["dob"]

    def f():
        base = (r.choice("BCDFGLMPRSTV") + r.choice("AEIOU") + _letters(r, 2, "ABCDEGHILMNOPRSTVZ") +
                d.strftime("%y%m%d") + p["sex_mx"] + r.choice(["JC", "NL", "PL", "GT", "DF", "MC", "VZ"]) +
                _letters(r, 3) + ("0" if d.year < 2000 else "A"))
        return complete(base, mx_curp.is_valid)
    return capped(f, "curp")


def gen_rfc(r, p):
    d = p["dob"]

    def f():
        base = r.choice("BCDFGLMPRSTV") + r.choice("AEIOU") + _letters(r, 2, "ABCDEGHILMNOPRSTVZ") + d.strftime("%y%m%d") + _letters(r, 1, "ABCDEFGHJKLMNPRSTUVWXYZ123456789") + str(r.randint(1, 9))
        for c in "0123456789A":
            if mx_rfc.is_valid(base + c):
                return base + c
        return None
    return capped(f, "rfc")


def gen_nss_mx(r, p):
    def f():
        v = complete(digits(r, 10), luhn.is_valid)
        return v if v and v[0] != "0" else None
    return capped(f, "imss nss")


def gen_cpf(r, p):
    def f():
        v = complete(digits(r, 9), br_cpf.is_valid, 2)
        return v and f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    return capped(f, "cpf")


MONTHS_CF = "ABCDEHLMPRST"


def gen_cf(r, p):
    d = p["dob"]

    def f():
        day = d.day + (40 if p["sex"] == "F" else 0)
        base = (_letters(r, 3, "BCDFGLMNPRSTVZ") + _letters(r, 1, "BCDFGLMNPRSTVZ") + r.choice("AEIOU") + _letters(r, 1, "BCDFGLMNPRSTVZ") +
                f"{d.year % 100:02d}{MONTHS_CF[d.month - 1]}{day:02d}" + r.choice(["A944", "L219", "G273", "D612", "C351", "F205"]))
        v = base + it_cf.calc_check_digit(base)
        return v if it_cf.is_valid(v) else None
    return capped(f, "codice fiscale")


def gen_bsn(r, p):
    def f():
        v = complete(str(r.randint(1, 6)) + digits(r, 7), nl_bsn.is_valid)
        return v
    return capped(f, "bsn")


def gen_pesel(r, p):
    d = p["dob"]

    def f():
        m = d.month + (20 if d.year >= 2000 else 0)
        sexd = r.choice([0, 2, 4, 6, 8]) if p["sex"] == "F" else r.choice([1, 3, 5, 7, 9])
        base = f"{d.year % 100:02d}{m:02d}{d.day:02d}{digits(r, 3)}{sexd}"
        return complete(base, pl_pesel.is_valid)
    return capped(f, "pesel")


def gen_tck(r, p):
    def f():
        return complete(str(r.randint(1, 9)) + digits(r, 8), tr_tck.is_valid, 2)
    return capped(f, "tckimlik")


def gen_inn(r, p):
    def f():
        return complete(f"{r.randint(1, 79):02d}" + digits(r, 8), ru_inn.is_valid, 2)
    return capped(f, "inn")


def gen_amka(r, p):
    d = p["dob"]

    def f():
        return complete(d.strftime("%d%m%y") + digits(r, 4), gr_amka.is_valid)
    return capped(f, "amka")


def gen_afm(r, p):
    def f():
        return complete(str(r.randint(0, 1)) + digits(r, 7), gr_vat.is_valid)
    return capped(f, "afm")


def gen_ilid(r, p):
    def f():
        return complete(digits(r, 8), il_idnr.is_valid)
    return capped(f, "il id")


def gen_egtn(r, p):
    def f():
        v = f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(100, 999)}"
        return v if eg_tn.is_valid(v) else None
    return capped(f, "eg tn")


def gen_aadhaar(r, p):
    def f():
        v = complete(str(r.randint(2, 9)) + digits(r, 10), in_aadhaar.is_valid)
        return v and f"{v[:4]} {v[4:8]} {v[8:]}"
    return capped(f, "aadhaar")


def gen_pan(r, p):
    def f():
        v = _letters(r, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "P" + p["sur_initial"] + f"{r.randint(1, 9999):04d}" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        return v if in_pan.is_valid(v) else None
    return capped(f, "pan")


def gen_ric(r, p):
    d = p["dob"]

    def f():
        base = r.choice(["110101", "310104", "440106", "510107", "330106", "420102"]) + d.strftime("%Y%m%d") + digits(r, 3)
        v = base + cn_ric.calc_check_digit(base + "0")
        return v if cn_ric.is_valid(v) else None
    return capped(f, "cn ric")


def gen_mynum(r, p):
    def f():
        v = complete(str(r.randint(1, 9)) + digits(r, 10), jp_in.is_valid)
        return v and f"{v[:4]} {v[4:8]} {v[8:]}"
    return capped(f, "my number")


def gen_rrn(r, p):
    d = p["dob"]

    def f():
        s = (3 if p["sex"] == "M" else 4) if d.year >= 2000 else (1 if p["sex"] == "M" else 2)
        base = d.strftime("%y%m%d") + str(s) + digits(r, 1) + f"{r.randint(0, 95):02d}" + digits(r, 2)
        v = complete(base, kr_rrn.is_valid)
        return v and f"{v[:6]}-{v[6:]}"
    return capped(f, "rrn")


def gen_thpin(r, p):
    def f():
        v = complete(str(r.randint(1, 8)) + digits(r, 11), th_pin.is_valid)
        return v and f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
    return capped(f, "th pin")


def gen_cnp(r, p):
    d = p["dob"]

    def f():
        s = (1 if p["sex"] == "M" else 2) if d.year < 2000 else (5 if p["sex"] == "M" else 6)
        base = f"{s}{d.strftime('%y%m%d')}{r.randint(1, 46):02d}{r.randint(1, 999):03d}"
        return complete(base, ro_cnp.is_valid)
    return capped(f, "cnp")


def gen_rut(r, p):
    def f():
        body = str(r.randint(7000000, 24999999))
        for c in "0123456789K":
            if cl_rut.is_valid(body + c):
                return f"{int(body):,}".replace(",", ".") + "-" + c
        return None
    return capped(f, "rut")


IDS = {  # per locale: list of (type, local label, generator)
    "en-US": [("ssn", "SSN", gen_ssn), ("TAX_ID", "ITIN", gen_itin)],
    "en-GB": [("HEALTH_INSURANCE", "NHS no.", gen_nhs), ("TAX_ID", "UTR", gen_utr)],
    "de-DE": [("TAX_ID", "Steuer-ID", gen_idnr)],
    "fr-FR": [("NATIONAL_ID", "N° sécu", gen_nir), ("TAX_ID", "N° fiscal", gen_frnif)],
    "es-MX": [("NATIONAL_ID", "CURP", gen_curp), ("TAX_ID", "RFC", gen_rfc), ("HEALTH_INSURANCE", "NSS (IMSS)", gen_nss_mx)],
    "pt-BR": [("TAX_ID", "CPF", gen_cpf)],
    "it-IT": [("TAX_ID", "C.F.", gen_cf)],
    "nl-NL": [("NATIONAL_ID", "BSN", gen_bsn)],
    "pl-PL": [("NATIONAL_ID", "PESEL", gen_pesel)],
    "tr-TR": [("NATIONAL_ID", "T.C. Kimlik No", gen_tck)],
    "ru-RU": [("TAX_ID", "ИНН", gen_inn)],
    "el-GR": [("NATIONAL_ID", "ΑΜΚΑ", gen_amka), ("TAX_ID", "ΑΦΜ", gen_afm)],
    "he-IL": [("NATIONAL_ID", "ת.ז.", gen_ilid)],
    "ar-EG": [("TAX_ID", "رقم التسجيل الضريبي", gen_egtn)],
    "hi-IN": [("NATIONAL_ID", "आधार", gen_aadhaar), ("TAX_ID", "PAN", gen_pan)],
    "zh-CN": [("NATIONAL_ID", "身份证号", gen_ric)],
    "ja-JP": [("NATIONAL_ID", "マイナンバー", gen_mynum)],
    "ko-KR": [("NATIONAL_ID", "주민등록번호", gen_rrn)],
    "th-TH": [("NATIONAL_ID", "เลขประจำตัวประชาชน", gen_thpin)],
    "ro-RO": [("NATIONAL_ID", "CNP", gen_cnp)],
    "es-CL": [("NATIONAL_ID", "RUN", gen_rut)],
}
IBAN_CC = {"en-GB": ("GB", lambda r: _letters(r, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(r, 14)),
           "de-DE": ("DE", lambda r: digits(r, 18)), "fr-FR": ("FR", None), "it-IT": ("IT", None),
           "nl-NL": ("NL", lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digits(r, 10)),
           "pl-PL": ("PL", lambda r: digits(r, 24)), "tr-TR": ("TR", lambda r: digits(r, 5) + "0" + digits(r, 16)),
           "el-GR": ("GR", lambda r: digits(r, 23)), "he-IL": ("IL", lambda r: digits(r, 19)),
           "ro-RO": ("RO", lambda r: _letters(r, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(r, 16)),
           "ar-EG": ("EG", lambda r: digits(r, 25)), "pt-BR": ("BR", lambda r: digits(r, 23) + "C1")}


def gen_iban(r, tag):
    cc, bb = IBAN_CC[tag]
    if bb is None:
        return None

    def f():
        bban = bb(r)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        v = f"{cc}{98 - int(num) % 97:02d}{bban}"
        return v if std_iban.is_valid(v) else None
    v = capped(f, f"iban {cc}")
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def gen_card(r):
    def f():
        pre = r.choice(["4" + digits(r, 5), "5" + str(r.randint(1, 5)) + digits(r, 4), "2" + str(r.randint(221, 720)) + digits(r, 2)])
        v = complete(pre + digits(r, 9), luhn.is_valid)
        if not v or v.startswith("4111") or v.startswith("5555"):
            return None
        return " ".join(v[i:i + 4] for i in range(0, 16, 4))
    return capped(f, "card")


def gen_mrn(r):
    def f():
        v = complete(str(r.randint(1, 9)) + digits(r, 6), luhn.is_valid)
        return v
    return capped(f, "mrn")


def gen_ip(r):
    def f():
        ip = ipaddress.IPv4Address(r.randint(0x0B000000, 0xDF000000))
        return str(ip) if ip.is_global and not ip.is_multicast else None
    return capped(f, "ip")


def gen_phone(r, region, kind="MOBILE", style=None):
    t = getattr(phonenumbers.PhoneNumberType, kind)
    ex = phonenumbers.example_number_for_type(region, t)
    must(ex is not None, f"no example {region}")
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(400):
        cand = nsn[:-5] + digits(r, 5) if len(nsn) > 6 else nsn
        n = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region and phonenumbers.number_type(n) in (t, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            fmt = style if style is not None else r.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL])
            s = phonenumbers.format_number(n, fmt)
            chk = phonenumbers.parse(s, region)
            must(phonenumbers.is_valid_number(chk), f"phone {s}")
            return s
    raise Invalid(f"phone {region}")


# ----------------------------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------------------------
def fmt_date(d, tag):
    return d.strftime(LOC[tag]["dfmt"])


def make_person(r, tag):
    L, pool = LOC[tag], POOLS[tag]
    g, gr = r.choice(pool["given"])
    s, sr = r.choice(pool["surname"])
    if L.get("cjk"):
        full, gr = r.choice(pool["full"])
        s, g = full[:1], full[1:]
        sr = split_nr(next(x for x in L["sp"][0] if x.startswith(s)))[1]
    elif L.get("jspace") or L.get("thai"):
        full = s + " " + g if L.get("jspace") else g + " " + s
    else:
        full = g + " " + s
    if tag == "es-MX" or tag == "es-CL":
        s2, _ = r.choice(pool["surname"])
        full = f"{full} {s2}"
    dob = dt.date(r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28))
    sex = r.choice("MF")
    p = dict(tag=tag, name=full, first=g, sur=s, dob=dob, sex=sex, sex_digit=1 if sex == "M" else 2, sex_mx="H" if sex == "M" else "M",
             sur_initial=(sr[:1] or "K").upper())
    roman = (gr + "." + sr).lower().replace("'", "")
    roman = re.sub(r"[^a-z.]", "", roman.encode("ascii", "ignore").decode()) or "client"
    p["email"] = f"{roman}{r.choice(['', str(r.randint(1, 99)), str(dob.year)])}@{r.choice(L['mail'])}"
    st, _ = r.choice(pool["street"])
    tw, _ = r.choice(pool["town"])
    p["addr"] = L["addr"](r, st, tw, L["pc"](r))
    p["phone"] = gen_phone(r, L["region"])
    p["dob_s"] = fmt_date(dob, tag)
    p["ids"] = [(typ, lab, fn(r, p)) for typ, lab, fn in IDS[tag]]
    return p


def firm_name(r, tag):
    pool = POOLS[tag]["surname"]
    a, b = r.sample(pool, 2)
    suffix = {"en-US": "LLP", "en-GB": "Solicitors", "de-DE": "Rechtsanwälte PartG mbB", "fr-FR": "Avocats", "es-MX": "Abogados S.C.",
              "pt-BR": "Advogados Associados", "it-IT": "Studio Legale", "nl-NL": "Advocaten", "pl-PL": "Kancelaria Prawna",
              "tr-TR": "Hukuk Bürosu", "ru-RU": "коллегия адвокатов", "el-GR": "Δικηγορική Εταιρεία", "he-IL": "משרד עורכי דין",
              "ar-EG": "للمحاماة", "hi-IN": "एडवोकेट्स", "zh-CN": "律师事务所", "ja-JP": "法律事務所", "ko-KR": "법무법인",
              "th-TH": "สำนักงานกฎหมาย", "ro-RO": "SCA", "es-CL": "Abogados"}[tag]
    if tag in ("zh-CN", "ja-JP", "ko-KR"):
        return f"{a[0]}{b[0]}{suffix}"
    return f"{a[0]} & {b[0]} {suffix}"


def town(r, tag):
    return r.choice(POOLS[tag]["town"])[0]


# ----------------------------------------------------------------------------------------------------------------
# Local phrases (writer's voice); English falls back where a locale lacks a key
# ----------------------------------------------------------------------------------------------------------------
EN = dict(name="Name", dob="DOB", addr="Address", phone="Tel", email="Email", client="Client",
          note="client rang re: the dismissal, v. anxious, says employer never gave written reasons. wants to know if she can still claim.",
          stmt="I was standing at the bus stop when the van reversed into the fence. I saw the driver get out and look at the damage before driving off.",
          ask="pls summarise for the file, keep it short", deed="appeared before me, the undersigned notary",
          imm="application for a residence permit (family reunification)", aid="applies for legal aid; monthly net income and outgoings below",
          judg="The court finds that the notice to quit was defective and dismisses the claim for possession.")
PH = {
    "en-US": dict(note="PC w/ client re: wrongful termination, says HR never gave write-up. SOL question – EEOC charge filed?", ask="can u summarize this for the file"),
    "en-GB": dict(note="Att. on client by tel. re s.21 notice, LL never protected the deposit. Advised re: s.213 HA 2004. Client v. worried re kids' school."),
    "de-DE": dict(name="Name", dob="Geb.", addr="Anschrift", phone="Tel.", email="E-Mail", client="Mandant",
                  note="Mandant rief an wg. Kündigung, Arbeitgeber hat keine Gründe genannt, Frist läuft (3 Wo. KSchG!). Will wissen ob Klage Sinn macht.",
                  stmt="Ich stand an der Bushaltestelle, als der Transporter rückwärts gegen den Zaun fuhr. Der Fahrer stieg aus, sah sich den Schaden an und fuhr weg.",
                  ask="bitte kurz für die Akte zusammenfassen", deed="erschien vor mir, dem unterzeichnenden Notar", imm="Antrag auf Aufenthaltserlaubnis (Familiennachzug)",
                  aid="beantragt Beratungshilfe / PKH; Einkommen und Ausgaben siehe unten", judg="Das Gericht stellt fest, dass die Kündigung unwirksam ist; die Räumungsklage wird abgewiesen."),
    "fr-FR": dict(name="Nom", dob="Né(e) le", addr="Adresse", phone="Tél.", email="Courriel", client="Client",
                  note="RDV client : licenciement contesté, pas de lettre motivée, délai de 12 mois pour saisir les prud'hommes. Client très inquiet.",
                  stmt="J'étais à l'arrêt de bus quand la camionnette a reculé dans la clôture. Le conducteur est descendu, a regardé les dégâts puis est reparti.",
                  ask="merci de résumer pour le dossier", deed="a comparu devant Maître, notaire soussigné", imm="demande de titre de séjour (regroupement familial)",
                  aid="demande d'aide juridictionnelle ; ressources mensuelles ci-dessous", judg="Le tribunal constate la nullité du congé et déboute le bailleur de sa demande d'expulsion."),
    "es-MX": dict(name="Nombre", dob="Fecha de nac.", addr="Domicilio", phone="Cel.", email="Correo", client="Cliente",
                  note="Cliente llamó x despido injustificado, el patrón no le dio aviso por escrito. Plazo de 2 meses p/ demanda ante el Tribunal Laboral.",
                  stmt="Yo estaba en la parada del camión cuando la camioneta se echó en reversa contra la barda. El chofer se bajó, vio el daño y se fue.",
                  ask="resúmelo para el expediente porfa", deed="compareció ante mí, Notario Público", imm="solicitud de residencia temporal por unidad familiar",
                  aid="solicita asesoría jurídica gratuita; ingresos mensuales abajo", judg="Se declara improcedente la acción de desahucio y se absuelve a la parte demandada."),
    "pt-BR": dict(name="Nome", dob="Data de nasc.", addr="Endereço", phone="Cel", email="E-mail", client="Cliente",
                  note="Cliente ligou sobre demissão sem justa causa, empresa não pagou verbas rescisórias. Prazo de 2 anos p/ reclamação trabalhista.",
                  stmt="Eu estava no ponto de ônibus quando a van deu ré e bateu no muro. O motorista desceu, olhou o estrago e foi embora.",
                  ask="resume pra mim pro processo", deed="compareceu perante mim, Tabelião", imm="pedido de autorização de residência (reunião familiar)",
                  aid="requer assistência da Defensoria Pública; renda mensal abaixo", judg="Julgo improcedente o pedido de despejo e condeno o autor nas custas."),
    "it-IT": dict(name="Nome", dob="Nato/a il", addr="Residenza", phone="Cell.", email="Email", client="Cliente",
                  note="Tel. cliente x licenziamento, nessuna motivazione scritta. Termine 60 gg per impugnazione stragiudiziale!",
                  stmt="Ero alla fermata dell'autobus quando il furgone in retromarcia ha urtato la recinzione. L'autista è sceso, ha guardato il danno ed è ripartito.",
                  ask="riassumi per il fascicolo grazie", deed="è comparso avanti a me, Notaio", imm="domanda di permesso di soggiorno per motivi familiari",
                  aid="istanza di ammissione al patrocinio a spese dello Stato; redditi sotto", judg="Il Tribunale dichiara l'inefficacia della disdetta e rigetta la domanda di rilascio."),
    "nl-NL": dict(name="Naam", dob="Geb.datum", addr="Adres", phone="Tel", email="E-mail", client="Cliënt",
                  note="Cliënt belde ivm ontslag op staande voet, werkgever geen dringende reden gegeven. Termijn 2 mnd verzoekschrift kantonrechter!",
                  stmt="Ik stond bij de bushalte toen het busje achteruit tegen het hek reed. De bestuurder stapte uit, keek naar de schade en reed weg.",
                  ask="graag kort samenvatten voor het dossier", deed="verscheen voor mij, notaris", imm="aanvraag verblijfsvergunning gezinshereniging",
                  aid="vraagt toevoeging aan bij de Raad voor Rechtsbijstand; inkomen hieronder", judg="De kantonrechter wijst de vordering tot ontruiming af."),
    "pl-PL": dict(name="Imię i nazwisko", dob="Data ur.", addr="Adres", phone="Tel.", email="E-mail", client="Klient",
                  note="Klient dzwonił ws. wypowiedzenia umowy o pracę bez uzasadnienia. Termin 21 dni na odwołanie do sądu pracy!",
                  stmt="Stałem na przystanku, kiedy bus cofając uderzył w ogrodzenie. Kierowca wysiadł, obejrzał szkodę i odjechał.",
                  ask="streść proszę do akt", deed="stawił się przede mną, notariuszem", imm="wniosek o zezwolenie na pobyt czasowy (łączenie rodzin)",
                  aid="wnosi o nieodpłatną pomoc prawną; dochody poniżej", judg="Sąd oddala powództwo o eksmisję i zasądza koszty od powoda."),
    "tr-TR": dict(name="Adı Soyadı", dob="Doğum T.", addr="Adres", phone="Tel", email="E-posta", client="Müvekkil",
                  note="Müvekkil aradı, iş akdi gerekçesiz feshedilmiş. Arabulucuya başvuru süresi 1 ay, acil!",
                  stmt="Otobüs durağında bekliyordum, kamyonet geri geri gelip çite çarptı. Şoför indi, hasara baktı ve gitti.",
                  ask="dosya için kısaca özetler misin", deed="huzurumda hazır bulunan", imm="aile birleşimi ikamet izni başvurusu",
                  aid="adli yardım talebi; aylık gelir aşağıda", judg="Mahkemece tahliye davasının reddine karar verilmiştir."),
    "ru-RU": dict(name="ФИО", dob="Дата рожд.", addr="Адрес", phone="Тел.", email="Эл. почта", client="Доверитель",
                  note="Доверитель звонил по поводу увольнения без объяснения причин. Срок на иск в суд – 1 месяц!",
                  stmt="Я стоял на остановке, когда фургон сдал назад и врезался в забор. Водитель вышел, посмотрел на повреждения и уехал.",
                  ask="кратко резюмируй для дела", deed="явился ко мне, нотариусу", imm="заявление на разрешение на временное проживание",
                  aid="просит бесплатную юридическую помощь; доходы ниже", judg="Суд отказывает в удовлетворении иска о выселении."),
    "el-GR": dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", addr="Διεύθυνση", phone="Τηλ.", email="Email", client="Εντολέας",
                  note="Τηλ. εντολέα για απόλυση χωρίς αιτιολογία. Προθεσμία 3 μηνών για αγωγή ακυρότητας!",
                  stmt="Ήμουν στη στάση του λεωφορείου όταν το βαν έκανε όπισθεν και χτύπησε τον φράχτη. Ο οδηγός κατέβηκε, κοίταξε τη ζημιά και έφυγε.",
                  ask="σύνοψη για τον φάκελο παρακαλώ", deed="εμφανίστηκε ενώπιόν μου, της συμβολαιογράφου", imm="αίτηση άδειας διαμονής για οικογενειακή επανένωση",
                  aid="αίτηση νομικής βοήθειας· μηνιαίο εισόδημα παρακάτω", judg="Το δικαστήριο απορρίπτει την αγωγή απόδοσης μισθίου."),
    "he-IL": dict(name="שם מלא", dob="ת. לידה", addr="כתובת", phone="טל'", email="מייל", client="לקוח",
                  note="הלקוח התקשר בעניין פיטורים ללא שימוע. לבדוק התיישנות ולהגיש תביעה לבית הדין לעבודה.",
                  stmt="עמדתי בתחנת האוטובוס כשהטנדר נסע אחורה ונתקע בגדר. הנהג יצא, הסתכל על הנזק ונסע.",
                  ask="תסכם לי בקצרה לתיק בבקשה", deed="הופיע בפניי, נוטריון", imm="בקשה לאשרת שהייה במסגרת איחוד משפחות",
                  aid="בקשה לסיוע משפטי; הכנסה חודשית להלן", judg="בית המשפט דוחה את תביעת הפינוי."),
    "ar-EG": dict(name="الاسم", dob="تاريخ الميلاد", addr="العنوان", phone="موبايل", email="البريد", client="الموكل",
                  note="الموكل اتصل بخصوص الفصل التعسفي، صاحب العمل لم يقدم أسباب مكتوبة. لازم نرفع الدعوى قبل فوات الميعاد.",
                  stmt="كنت واقفاً في محطة الأتوبيس لما العربية رجعت لورا وخبطت السور. السواق نزل وبص على التلفيات ومشي.",
                  ask="لخص لي ده للملف لو سمحت", deed="حضر أمامي أنا الموثق", imm="طلب إقامة بغرض لم الشمل",
                  aid="يطلب المساعدة القضائية؛ الدخل الشهري أدناه", judg="حكمت المحكمة برفض دعوى الطرد وألزمت المدعي المصروفات."),
    "hi-IN": dict(name="नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", email="ईमेल", client="मुवक्किल",
                  note="मुवक्किल ने फोन किया – बिना नोटिस नौकरी से निकाला गया। लेबर कोर्ट में केस की limitation check करनी है।",
                  stmt="मैं बस स्टॉप पर खड़ा था जब वैन पीछे हटते हुए दीवार से टकराई। ड्राइवर उतरा, नुकसान देखा और चला गया।",
                  ask="फाइल के लिए छोटा सा सारांश बना दो", deed="मेरे समक्ष उपस्थित हुए, नोटरी", imm="परिवार पुनर्मिलन हेतु निवास परमिट आवेदन",
                  aid="निःशुल्क विधिक सहायता हेतु आवेदन; मासिक आय नीचे", judg="न्यायालय बेदखली का वाद खारिज करता है।"),
    "zh-CN": dict(name="姓名", dob="出生日期", addr="住址", phone="手机", email="邮箱", client="委托人",
                  note="委托人来电：公司未说明理由解除劳动合同，需确认劳动仲裁时效（一年）。",
                  stmt="我当时在公交站等车，看到面包车倒车撞上了围栏。司机下车看了看损坏情况就开走了。",
                  ask="帮我整理成案卷摘要", deed="在我公证员面前", imm="家庭团聚居留许可申请", aid="申请法律援助；月收入见下", judg="本院认为，解除通知无效，驳回原告的诉讼请求。"),
    "ja-JP": dict(name="氏名", dob="生年月日", addr="住所", phone="電話", email="メール", client="依頼者",
                  note="依頼者より電話。理由の説明なく解雇されたとのこと。労働審判の申立てを検討。",
                  stmt="私はバス停に立っていたところ、バンが後退してフェンスにぶつかるのを見ました。運転手は降りて損傷を見てから立ち去りました。",
                  ask="記録用に要約してください", deed="本職の面前に出頭し", imm="家族滞在の在留資格認定証明書交付申請", aid="法テラスの民事法律扶助を申請。月収は以下のとおり", judg="当裁判所は、明渡請求を棄却する。"),
    "ko-KR": dict(name="성명", dob="생년월일", addr="주소", phone="연락처", email="이메일", client="의뢰인",
                  note="의뢰인 전화 – 서면 통지 없이 해고됨. 노동위원회 부당해고 구제신청 기간(3개월) 확인 필요.",
                  stmt="저는 버스 정류장에 서 있었는데 승합차가 후진하다가 울타리를 들이받았습니다. 운전자는 내려서 파손을 보고 그냥 갔습니다.",
                  ask="기록용으로 요약 부탁", deed="본 공증인 앞에 출석하여", imm="가족결합 체류허가 신청", aid="법률구조 신청; 월 소득은 아래와 같음", judg="원고의 명도청구를 기각한다."),
    "th-TH": dict(name="ชื่อ-สกุล", dob="วันเกิด", addr="ที่อยู่", phone="โทร", email="อีเมล", client="ลูกความ",
                  note="ลูกความโทรมาเรื่องถูกเลิกจ้างโดยไม่แจ้งเหตุผล ต้องเช็คอายุความฟ้องศาลแรงงาน",
                  stmt="ผมยืนอยู่ที่ป้ายรถเมล์ตอนที่รถตู้ถอยหลังชนรั้ว คนขับลงมาดูความเสียหายแล้วขับหนีไป",
                  ask="ช่วยสรุปสั้นๆ เข้าแฟ้มคดีหน่อย", deed="ได้มาปรากฏตัวต่อหน้าข้าพเจ้า", imm="คำขออนุญาตพำนักเพื่อรวมครอบครัว", aid="ขอรับความช่วยเหลือทางกฎหมาย รายได้ต่อเดือนด้านล่าง", judg="ศาลพิพากษายกฟ้องขับไล่"),
    "ro-RO": dict(name="Nume", dob="Data nașterii", addr="Domiciliu", phone="Tel.", email="E-mail", client="Client",
                  note="Clientul a sunat – concediat fără motivare scrisă. Termen 45 de zile pentru contestație la tribunal!",
                  stmt="Stăteam în stația de autobuz când duba a dat cu spatele în gard. Șoferul a coborât, s-a uitat la pagubă și a plecat.",
                  ask="te rog rezumă pentru dosar", deed="s-a prezentat în fața mea, notar public", imm="cerere de permis de ședere pentru reîntregirea familiei",
                  aid="solicită asistență judiciară; venituri lunare mai jos", judg="Instanța respinge cererea de evacuare ca neîntemeiată."),
    "es-CL": dict(name="Nombre", dob="Fecha nac.", addr="Domicilio", phone="Fono", email="Correo", client="Cliente",
                  note="Cliente llamó x despido sin causa, empleador no mandó carta de aviso. Plazo 60 días hábiles p/ demanda en Juzgado del Trabajo.",
                  stmt="Yo estaba en el paradero cuando la camioneta retrocedió y chocó la reja. El chofer se bajó, miró el daño y se fue.",
                  ask="resúmelo para la carpeta porfa", deed="compareció ante mí, Notario Público", imm="solicitud de visa de residencia temporal por reunificación familiar",
                  aid="solicita patrocinio de la Corporación de Asistencia Judicial; ingresos abajo", judg="Se rechaza la demanda de precario, con costas."),
}


def ph(tag, key):
    return PH.get(tag, {}).get(key) or EN[key]


# famous / public-role names and eponymous doctrines of the legal world (subject to the freeze)
FAMOUS = ["Lord Denning MR", "Ruth Bader Ginsburg", "Thurgood Marshall", "Oliver Wendell Holmes Jr.", "Baroness Hale of Richmond",
          "Sandra Day O'Connor", "Robert Badinter", "Fritz Bauer", "Cesare Beccaria", "Rui Barbosa", "Rafał Lemkin", "B. R. Ambedkar",
          "Aharon Barak", "Benjamin Cardozo", "Learned Hand", "Hersch Lauterpacht", "René Cassin", "Hans Kelsen", "Anatoly Koni",
          "Clarence Darrow", "Lord Atkin", "Lord Bingham", "Antonin Scalia", "Earl Warren"]
FICTION = ["Atticus Finch", "Perry Mason", "Horace Rumpole", "Saul Goodman", "Elle Woods", "Jarndyce v Jarndyce", "Portia (The Merchant of Venice)",
           "Annalise Keating", "Vincent Gambini", "Ally McBeal", "Jack McCoy", "Denny Crane"]
DOCTRINES = ["the Bolam test", "Wednesbury unreasonableness", "Hadley v Baxendale", "Donoghue v Stevenson", "Carlill v Carbolic Smoke Ball Co",
             "Marbury v. Madison", "Miranda warnings", "Gillick competence", "the Caparo test", "a Mareva injunction", "an Anton Piller order",
             "a Calderbank offer", "a Norwich Pharmacal order", "a Tomlin order", "a Beddoe order", "Brown v. Board of Education",
             "Gideon v. Wainwright", "the Salomon principle", "Rylands v Fletcher", "Pepper v Hart", "Costa v ENEL", "Van Gend en Loos",
             "Cassis de Dijon", "the Lüth judgment", "Francovich liability", "the Hague Child Abduction Convention"]


def filtered(name, lst):
    out = []
    for x in lst:
        core = re.sub(r"\b(v\.?|the|a|an|of|and|Co|Jr|MR|Lord|Baroness|test|order|principle|judgment|liability|injunction|offer|warnings|competence|unreasonableness|Convention)\b", " ", x)
        if frozen_hit(core):
            DROPPED[name] += 1
        else:
            out.append(x)
    return out


# ----------------------------------------------------------------------------------------------------------------
# Placement of the document in the request
# ----------------------------------------------------------------------------------------------------------------
SYS = {"solicitor": "You are an assistant for a small law firm. Be precise, do not invent facts.",
       "paralegal": "You help paralegals draft and tidy file documents.",
       "trainee": "You assist trainee lawyers. Explain your reasoning briefly.",
       "court_clerk": "You assist court administrative staff with listings and correspondence.",
       "notary_clerk": "You assist a notarial office with drafting and checklists.",
       "immigration_adviser": "You assist a regulated immigration advice service.",
       "clinic_volunteer": "You assist volunteers at a free legal advice clinic.",
       "legal_secretary": "You help with typing, formatting and correspondence in a law office.",
       "client": "You are a helpful assistant.",
       "accounts_clerk": "You assist the accounts team of a law firm (client account, billing)."}
ROLES = list(SYS)

PLACEMENTS = ["user", "user", "system", "assistant", "tool_result", "parts_text", "file_part", "tool_args", "tool_schema",
              "response_format", "user_field", "image_url", "user", "parts_text", "assistant", "tool_result"]


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def place(r, doc, ask, role, placement, rec_no, model, short_item=None):
    sysmsg = {"role": "system", "content": SYS[role]}
    body = {"model": model}
    if placement == "user":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}" if r.random() < 0.7 else f"{doc}\n\n---\n{ask}"}]
    elif placement == "system":
        body["messages"] = [{"role": "system", "content": SYS[role] + "\n\nMatter context (from the case-management system):\n" + doc},
                            {"role": "user", "content": ask}]
    elif placement == "assistant":
        body["messages"] = [sysmsg, {"role": "user", "content": "i'll paste the document first, don't do anything yet"},
                            {"role": "assistant", "content": "OK, received:\n" + doc}, {"role": "user", "content": ask}]
    elif placement == "tool_result":
        cid = f"call_{rec_no:04d}{r.randint(100, 999)}"
        body["messages"] = [sysmsg, {"role": "user", "content": ask + " (pull it from the DMS)"},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "dms_get_document", "arguments": json.dumps({"matter": f"M-{r.randint(10000, 99999)}", "doc": r.randint(1, 300)})}}]},
                            {"role": "tool", "tool_call_id": cid, "content": doc}]
        body["tools"] = [{"type": "function", "function": {"name": "dms_get_document", "description": "Fetch a document from the firm's document management system", "parameters": {"type": "object", "properties": {"matter": {"type": "string"}, "doc": {"type": "integer"}}, "required": ["matter"]}}}]
    elif placement == "parts_text":
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif placement == "file_part":
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask + " (attached)"},
                                                                 {"type": "file", "file": {"filename": f"scan_{rec_no:04d}.txt", "file_data": "data:text/plain;base64," + b64(doc)}}]}]
    elif placement == "tool_args":
        cid = f"call_{rec_no:04d}{r.randint(100, 999)}"
        body["messages"] = [sysmsg, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "save_file_note", "arguments": json.dumps({"note": doc, "billable_units": r.randint(1, 6)}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": cid, "content": json.dumps({"status": "saved"})},
                            {"role": "user", "content": "now give me the summary as well"}]
        body["tools"] = [{"type": "function", "function": {"name": "save_file_note", "description": "Save an attendance/file note to the matter", "parameters": {"type": "object", "properties": {"note": {"type": "string"}, "billable_units": {"type": "integer"}}}}}]
    elif placement == "tool_schema":
        body["messages"] = [sysmsg, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": "file_to_matter", "description": "File the document below to its matter. Document:\n" + doc,
                                                           "parameters": {"type": "object", "properties": {"matter_ref": {"type": "string"}}}}}]
    elif placement == "response_format":
        body["messages"] = [sysmsg, {"role": "user", "content": ask + " and return JSON"}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "file_summary", "schema": {"type": "object", "description": "Summary of this document: " + doc,
                                                                                                           "properties": {"summary": {"type": "string"}, "deadlines": {"type": "array", "items": {"type": "string"}}}}}}
    elif placement == "user_field":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        if short_item:
            body["user"] = short_item
    elif placement == "image_url":
        q = urllib.parse.quote(doc[:180])
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask + "\n\n" + doc},
                                                                 {"type": "image_url", "image_url": {"url": f"https://dms.internal.invalid/preview?caption={q}"}}]}]
    else:
        raise ValueError(placement)
    return body


def strings(obj):
    if isinstance(obj, str):
        yield obj
        if obj.startswith("data:") and ";base64," in obj:
            yield base64.b64decode(obj.split(";base64,", 1)[1]).decode("utf-8")
        if obj.startswith("http"):
            yield urllib.parse.unquote(obj)
        if obj[:1] in "{[":
            try:
                yield from strings(json.loads(obj))
            except ValueError:
                pass
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def entities_of(body, issued):
    hay = "\n".join(strings(body))
    ents, seen = [], set()
    for typ, val in issued:
        if val and val in hay and (typ, val) not in seen:
            seen.add((typ, val))
            ents.append({"type": typ, "value": val})
    return ents


# ----------------------------------------------------------------------------------------------------------------
# Sensitive documents, one builder per kind: returns (doc, ask, issued, short_item)
# ----------------------------------------------------------------------------------------------------------------
def idline(p, k=0):
    typ, lab, val = p["ids"][k % len(p["ids"])]
    return f"{lab}: {val}", (typ, val)


def s_case_note(r, tag, p):
    issued = [("person", p["name"]), ("PHONE_NUMBER", p["phone"])]
    dtm = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026 {r.randint(8, 18)}:{r.choice(['05', '20', '40'])}"
    lines = [f"ATTENDANCE NOTE  {dtm}  fee earner: {r.choice(['JK', 'AM', 'trainee', 'RS', 'MP'])}  units: {r.randint(1, 5)}",
             f"{ph(tag, 'client')}: {p['name']}  ({ph(tag, 'phone')} {p['phone']})", "", ph(tag, "note")]
    if r.random() < 0.5:
        lines.append(f"{ph(tag, 'dob')}: {p['dob_s']}")
        issued.append(("DATE_OF_BIRTH", p["dob_s"]))
    if r.random() < 0.4:
        mrn = gen_mrn(r)
        lines.append(f"PI angle? GP letter + A&E records requested, hosp. MRN {mrn}")
        issued.append(("MEDICAL_RECORD", mrn))
    if r.random() < 0.35:
        lines.append(f"client email for docs: {p['email']}")
        issued.append(("EMAIL_ADDRESS", p["email"]))
    lines.append(r.choice(["ACTION: LBA by Fri, diarise limitation.", "TODO: conflict check done ✔, send CCL.", "NB client prefers WhatsApp, no calls at work"]))
    return "\n".join(lines), ph(tag, "ask"), issued, None


def s_court_listing(r, tag, p):
    q = make_person(r, tag)
    ct = f"{LOC[tag]['court']} {town(r, tag)}"
    rows = ["case_no,time,courtroom,parties,type,judge"]
    issued = [("person", p["name"]), ("person", q["name"])]
    for i in range(r.randint(3, 6)):
        rows.append(f"{r.randint(1, 40)} C {r.randint(100, 999)}/26,{9 + i}:{r.choice(['00', '30'])},{r.randint(1, 12)},[private - family],{r.choice(['FDR', 'DRA', 'FHDRA'])},DJ (duty)")
    k = r.randint(1, len(rows) - 1)
    rows.insert(k, f"{r.randint(1, 40)} F {r.randint(100, 999)}/26,{r.randint(9, 15)}:15,{r.randint(1, 12)},{p['name']} v {q['name']},{r.choice(['eviction', 'debt claim', 'child arrangements', 'non-mol'])},DJ (duty)")
    extra = ""
    if r.random() < 0.5:
        extra = f"\nDefendant for custody list: {q['name']}, {ph(tag, 'dob')} {q['dob_s']}, {ph(tag, 'addr')}: {q['addr']}"
        issued += [("DATE_OF_BIRTH", q["dob_s"]), ("STREET_ADDRESS", q["addr"])]
    doc = f"{ct} — daily cause list (exported from listing system)\n" + "\n".join(rows) + extra
    ask = r.choice(["sort by courtroom and tell me which of our matters clash", "make a clean table for the usher", "which hearings are before 11?"])
    return doc, ask, issued, None


def s_judgment(r, tag, p):
    q = make_person(r, tag)
    idl, idv = idline(p)
    doc = (f"JUDGMENT (unredacted draft — NOT FOR PUBLICATION)\n{LOC[tag]['court']} {town(r, tag)}, Case {r.randint(1, 30)} O {r.randint(10, 999)}/25\n\n"
           f"Claimant: {p['name']}, {ph(tag, 'addr')}: {p['addr']}, {idl}\nDefendant: {q['name']}\n\n"
           f"1. {ph(tag, 'judg')}\n2. The claimant's account of the events is accepted; the defendant's witness was evasive.\n"
           f"3. Costs follow the event.")
    issued = [("person", p["name"]), ("person", q["name"]), ("STREET_ADDRESS", p["addr"]), idv]
    ask = r.choice(["anonymise this for publication — initials only, strip the address and ID", "translate para 1 into English", "proofread the draft before it goes to the judge"])
    return doc, ask, issued, None


def s_client_intake(r, tag, p):
    issued = [("person", p["name"]), ("DATE_OF_BIRTH", p["dob_s"]), ("PHONE_NUMBER", p["phone"]), ("EMAIL_ADDRESS", p["email"]), ("STREET_ADDRESS", p["addr"])]
    fields = {ph(tag, "name"): p["name"], ph(tag, "dob"): p["dob_s"], ph(tag, "addr"): p["addr"], ph(tag, "phone"): p["phone"], ph(tag, "email"): p["email"]}
    for typ, lab, val in p["ids"]:
        fields[lab] = val
        issued.append((typ, val))
    fields["matter"] = r.choice(["tenancy deposit", "unfair dismissal", "divorce / financial remedy", "road traffic accident", "inheritance dispute"])
    fields["referral"] = r.choice(["Google", "friend", "CAB", "previous client"])
    if r.random() < 0.5:
        doc = json.dumps({"form": "online_intake_v3", "submitted": f"2026-0{r.randint(1, 9)}-{r.randint(10, 28)}T{r.randint(8, 22)}:{r.randint(10, 59)}:00Z", "fields": fields}, ensure_ascii=False, indent=1)
    else:
        doc = "NEW CLIENT INTAKE\n" + "\n".join(f"{k}: {v}" for k, v in fields.items())
    return doc, r.choice(["run a quick conflict check list from this and draft the welcome email", "check the form is complete", "map this into our CMS fields"]), issued, None


def s_engagement(r, tag, p):
    firm = firm_name(r, tag)
    issued = [("person", p["name"]), ("STREET_ADDRESS", p["addr"]), ("EMAIL_ADDRESS", p["email"])]
    pay = ""
    if r.random() < 0.5:
        card = gen_card(r)
        pay = f"Retainer of 1,500.00 paid by card {card} (exp {r.randint(1, 12):02d}/{r.randint(27, 31)})"
        issued.append(("CREDIT_CARD", card))
    elif tag in IBAN_CC and IBAN_CC[tag][1]:
        ib = gen_iban(r, tag)
        pay = f"Refunds of unused retainer will be paid to the client's account {ib}"
        issued.append(("IBAN_CODE", ib))
    else:
        pay = "Retainer: 1,500.00 on account."
    ip = gen_ip(r)
    issued.append(("IP_ADDRESS", ip))
    doc = (f"{firm}\n\nPrivate & confidential\n{p['name']}\n{p['addr']}\nby email: {p['email']}\n\n"
           f"Dear {p['name']},\nENGAGEMENT LETTER — {r.choice(['employment claim', 'purchase of property', 'family matter', 'estate administration'])}\n"
           f"Thank you for instructing us. Our hourly rate is 240 + VAT; we will give an estimate at each stage. {pay}.\n\n"
           f"--- e-signature audit trail ---\nsigned by {p['email']} from IP {ip} at 2026-0{r.randint(1, 9)}-{r.randint(10, 28)} {r.randint(8, 22)}:{r.randint(10, 59)} UTC")
    return doc, r.choice(["tighten the wording of the retainer para", "check this is consistent with our standard terms", "summarise what the client agreed to"]), issued, None


def s_witness(r, tag, p):
    issued = [("person", p["name"]), ("STREET_ADDRESS", p["addr"])]
    head = f"WITNESS STATEMENT of {p['name']}\n{ph(tag, 'addr')}: {p['addr']}\n"
    if r.random() < 0.6:
        head += f"{ph(tag, 'dob')}: {p['dob_s']}\n"
        issued.append(("DATE_OF_BIRTH", p["dob_s"]))
    if r.random() < 0.5:
        head += f"{ph(tag, 'phone')}: {p['phone']}\n"
        issued.append(("PHONE_NUMBER", p["phone"]))
    doc = head + f"\n1. {ph(tag, 'stmt')}\n2. I believe that the facts stated in this witness statement are true.\n\nSigned ........  Dated ........"
    return doc, r.choice(["turn this into a proper CPR 32 statement in English, numbered paras", "list any inconsistencies with the police report", ph(tag, "ask")]), issued, None


def s_immigration(r, tag, p):
    issued = [("person", p["name"]), ("DATE_OF_BIRTH", p["dob_s"]), ("PHONE_NUMBER", p["phone"])]
    sp = make_person(r, tag)
    idl, idv = idline(p)
    doc = (f"CASEWORK CHECKLIST — {ph(tag, 'imm')}\nApplicant: {p['name']} ({ph(tag, 'dob')} {p['dob_s']})\n{idl}\n"
           f"Sponsor: {sp['name']}, {sp['addr']}\nApplicant mob: {p['phone']}\n"
           f"[x] marriage cert (apostille)  [ ] English A1  [x] bank statements 6m  [ ] accommodation report\nBiometrics appt pending. Fee paid.")
    issued += [idv, ("person", sp["name"]), ("STREET_ADDRESS", sp["addr"])]
    if tag == "en-US":
        doc += f"\nI-130 petitioner SSN on file: {sp['ids'][0][2]}"
        issued.append(("ssn", sp["ids"][0][2]))
    return doc, r.choice(["what's still missing? draft a chaser email to the applicant", "translate checklist to English for the caseworker", "summarise status"]), issued, None


def s_notary(r, tag, p):
    q = make_person(r, tag)
    idl, idv = idline(p, 1)
    idl2, idv2 = idline(q, 0)
    doc = (f"{r.choice(['KAUFVERTRAG / DEED OF SALE', 'POWER OF ATTORNEY', 'DEED OF GIFT'])} — draft v{r.randint(2, 6)}\n\n"
           f"{ph(tag, 'deed')}:\n1) {p['name']}, {ph(tag, 'dob')} {p['dob_s']}, {ph(tag, 'addr')}: {p['addr']}, {idl}\n"
           f"2) {q['name']}, {idl2}\n\nThe parties declare that the property registered under parcel {r.randint(100, 999)}/{r.randint(1, 20)} is transferred free of encumbrances.")
    issued = [("person", p["name"]), ("person", q["name"]), ("DATE_OF_BIRTH", p["dob_s"]), ("STREET_ADDRESS", p["addr"]), idv, idv2]
    if tag in IBAN_CC and IBAN_CC[tag][1] and r.random() < 0.6:
        ib = gen_iban(r, tag)
        doc += f"\nThe purchase price shall be paid to the seller's account {ib} within 14 days."
        issued.append(("IBAN_CODE", ib))
    return doc, r.choice(["check party details vs. the ID copies and flag typos", "translate into English for the foreign buyer", "proofread"]), issued, None


def s_legal_aid(r, tag, p):
    idl, idv = idline(p)
    rows = [f"{ph(tag, 'name')},{p['name']}", f"{ph(tag, 'dob')},{p['dob_s']}", f"{idl.split(': ')[0]},{idv[1]}",
            f"net wage,{r.randint(600, 1900)}", f"rent,{r.randint(300, 900)}", f"child benefit,{r.randint(100, 300)}", f"dependants,{r.randint(0, 4)}"]
    issued = [("person", p["name"]), ("DATE_OF_BIRTH", p["dob_s"]), idv]
    if tag == "en-US":
        rt, acct = gen_rtn(r), digits(r, r.randint(9, 12))
        rows.append(f"bank routing/acct,{rt} / {acct}")
        issued += [("US_BANK_NUMBER", rt), ("US_BANK_NUMBER", acct)]
    elif tag in IBAN_CC and IBAN_CC[tag][1]:
        ib = gen_iban(r, tag)
        rows.append(f"IBAN,{ib}")
        issued.append(("IBAN_CODE", ib))
    doc = f"{ph(tag, 'aid')}\n" + "\n".join(rows)
    return doc, r.choice(["is she under the means threshold? show the calc", "clean this csv up", "draft the covering letter to the legal aid board"]), issued, None


def s_trust(r, tag, p):
    rows = ["date,matter,description,dr,cr,payer"]
    issued = [("person", p["name"])]
    for i in range(r.randint(3, 6)):
        rows.append(f"2026-0{r.randint(1, 9)}-{r.randint(10, 28)},M{r.randint(1000, 9999)},{r.choice(['search fees', 'counsel fee', 'SDLT', 'court fee'])},{r.randint(50, 4000)}.00,,office")
    pay = None
    if tag == "en-US":
        rt, acct = gen_rtn(r), digits(r, 10)
        pay = f"ACH from {p['name']} rtn {rt} acct {acct}"
        issued += [("US_BANK_NUMBER", rt), ("US_BANK_NUMBER", acct)]
    elif tag in IBAN_CC and IBAN_CC[tag][1] and r.random() < 0.6:
        ib = gen_iban(r, tag)
        pay = f"transfer from {p['name']} {ib}"
        issued.append(("IBAN_CODE", ib))
    else:
        card = gen_card(r)
        pay = f"card payment {p['name']} {card}"
        issued.append(("CREDIT_CARD", card))
    rows.insert(2, f"2026-0{r.randint(1, 9)}-{r.randint(10, 28)},M{r.randint(1000, 9999)},money on account,,{r.randint(500, 20000)}.00,{pay}")
    doc = "CLIENT ACCOUNT LEDGER (export)\n" + "\n".join(rows)
    return doc, r.choice(["reconcile — what's the client balance?", "flag any breaches of the accounts rules", "format as a table for the bill"]), issued, None


S_BUILDERS = {"case_note": s_case_note, "court_listing": s_court_listing, "judgment": s_judgment, "client_intake": s_client_intake,
              "engagement_letter": s_engagement, "witness_statement": s_witness, "immigration_file": s_immigration,
              "notarial_deed": s_notary, "legal_aid_means": s_legal_aid, "trust_billing": s_trust}
KINDS = list(S_BUILDERS)


def incidental(r, tag, kind, p):
    """One personal item in an otherwise impersonal text."""
    pad = {"case_note": "Research note: limitation runs from date of knowledge; check s.14A LA 1980 analogues. Precedent bank updated.",
           "court_listing": "Listing office reminder: all bundles to be lodged 7 days before the hearing; e-filing portal down Sat 2-6am.",
           "judgment": "Draft reasons: the notice was served by post and deemed served on the second business day; the claim fails.",
           "client_intake": "Intake triage rules: housing = priority; employment = 2nd tier; anything with a court date in < 14 days goes to the duty solicitor.",
           "engagement_letter": "Standard terms v7: hourly rates, interim billing monthly, complaints procedure per the regulator's rules.",
           "witness_statement": "Statement template: numbered paragraphs, first person, own words, statement of truth at the end.",
           "immigration_file": "Checklist update: fee increases from next month; biometric appointments now bookable online.",
           "notarial_deed": "Office memo: apostille requests now take 5 working days; bring original plus one copy.",
           "legal_aid_means": "Means test update: gross income cap unchanged; capital disregard for pensioners remains.",
           "trust_billing": "Month-end: all client-account reconciliations to be signed off by the COFA by the 5th."}[kind]
    kind_of = r.choice(["first", "phone", "dob", "email"])
    if kind_of == "first":
        cue = r.choice(["my sister", "the client's son", "our trainee's mum", "the landlord's wife", "her ex-partner"])
        item = p["first"]
        doc = f"{pad}\n\nps — {cue} {item} will bring the documents on Thursday."
        issued = [("person", item)]
    elif kind_of == "phone":
        doc = f"{pad}\n\nIf anything comes up over the weekend call me on {p['phone']}."
        issued = [("PHONE_NUMBER", p["phone"])]
    elif kind_of == "dob":
        doc = f"{pad}\n\nAlso: client's DOB is {p['dob_s']} — needed for the court form."
        issued = [("DATE_OF_BIRTH", p["dob_s"])]
    else:
        doc = f"{pad}\n\nforward anything to {p['email']}"
        issued = [("EMAIL_ADDRESS", p["email"])]
    return doc, r.choice(["tidy this up", "make this into bullet points", "summarise"]), issued, None


# ----------------------------------------------------------------------------------------------------------------
# Benign hard negatives, of the same kinds
# ----------------------------------------------------------------------------------------------------------------
def org_contacts(r, tag):
    sw = gen_phone(r, LOC[tag]["region"], "FIXED_LINE", phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    box = r.choice(["reception", "listing", "enquiries", "newclients", "accounts", "registry", "info", "kanzlei"])
    dom = re.sub(r"[^a-z]", "", firm_name(r, "en-GB").split(" & ")[0].lower())[:10] or "firm"
    return sw, f"{box}@{dom}-law.example"


def b_case_note(r, tag, F):
    return (f"RESEARCH NOTE — matter ref {r.choice(['CL', 'EMP', 'HSG'])}/{r.randint(1000, 9999)}/{r.randint(20, 26)}\n"
            f"Client: [withheld — see CMS]\nIssue: duty of care / causation.\nAuthorities: {r.choice(F['doc'])}; {r.choice(F['doc'])}. "
            f"{r.choice(F['famous'])} put it memorably in the leading judgment. Compare the approach in {r.choice(F['doc'])}.\n"
            f"Statute: s.{r.randint(1, 90)}({r.randint(1, 5)}) of the Act; § {r.randint(200, 900)} BGB analogy for the German subsidiary.\nNext: counsel's opinion by {r.randint(1, 28)}/{r.randint(1, 12)}."), ph(tag, "ask")


def b_court_listing(r, tag, F):
    sw, box = org_contacts(r, tag)
    rows = ["case_no,time,courtroom,parties,type,judge"]
    for i in range(r.randint(4, 7)):
        a, b = firm_name(r, tag).split(" ")[0], town(r, tag)
        rows.append(f"{r.choice(['HC', 'CL', 'BL'])}-2026-{r.randint(100, 9999):06d},{9 + i}:{r.choice(['00', '30'])},{r.randint(1, 20)},{a} Holdings Ltd v {b} Municipal Council,{r.choice(['CMC', 'PTR', 'trial day 2', 'costs'])},Judge of the Commercial List")
    return (f"{LOC[tag]['court']} {town(r, tag)} — public commercial list\n" + "\n".join(rows) +
            f"\nListing office: {sw} / {box}. Hearings are in public unless the judge directs otherwise."), r.choice(["sort by courtroom", "count hearings per type", "reformat as markdown"])


def b_judgment(r, tag, F):
    return (f"[ANONYMISED FOR PUBLICATION] ECLI:{LOC[tag]['region']}:{r.choice(['HR', 'BGH', 'CASS', 'UKSC'])}:2026:{r.randint(100, 999)}\n"
            f"A.B. (appellant, born 19**) v C.D. (respondent)\n\n1. {ph(tag, 'judg')}\n2. Applying {r.choice(F['doc'])} and {r.choice(F['doc'])}, the appeal is allowed.\n"
            f"3. As {r.choice(F['famous'])} observed, justice must not only be done but be seen to be done."), r.choice(["summarise the ratio", "translate para 1", "what test did the court apply?"])


def b_client_intake(r, tag, F):
    sw, box = org_contacts(r, tag)
    return (f"NEW CLIENT INTAKE — blank v4 (please print)\n{ph(tag, 'name')}: ______________________\n{ph(tag, 'dob')}: __/__/____\n"
            f"{ph(tag, 'addr')}: ______________________\n{ph(tag, 'phone')}: ______________\n{p_idlabel(tag)}: [ID NUMBER]\n"
            f"Example format only: {ph(tag, 'dob')} 01/01/1970, ID XXX-XX-XXXX\nQuestions? {sw} or {box}"), r.choice(["translate the form labels into English", "make it accessible (plain language)", "turn into a JSON schema"]) if not tag.startswith("en") else r.choice(["make it accessible (plain language)", "turn into a JSON schema", "add a field for preferred language"])


def p_idlabel(tag):
    return IDS[tag][0][1]


def b_engagement(r, tag, F):
    firm = firm_name(r, tag)
    sw, box = org_contacts(r, tag)
    extra = ""
    if tag in IBAN_CC and IBAN_CC[tag][1] and r.random() < 0.5:
        extra = f"\nOur client account (firm): {gen_iban(r, tag)} — quote matter number as reference."
    return (f"{firm} — Registered office: {r.randint(1, 90)} {r.choice(['Chancery', 'Temple', 'Court', 'Guild'])} Row, {town(r, tag)}\nSwitchboard {sw} · {box}\n"
            f"VAT reg {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)} · Regulated, firm no. {r.randint(100000, 999999)}\n\n"
            f"Dear [CLIENT NAME],\nRe: [MATTER]\nThank you for instructing us. Our fees are charged at [RATE] per hour plus VAT.{extra}\n"
            f"Yours sincerely,\n[FEE EARNER]"), r.choice(["fix typos in our template", "make it shorter and friendlier", "check for missing standard clauses"])


def b_witness(r, tag, F):
    return (f"Practice note — witness statements\n- First person, witness's own words, numbered paragraphs.\n- Identify documents referred to.\n"
            f"- Recall the cross-examination scene with {r.choice(F['fiction'])}: never ask a question you don't know the answer to.\n"
            f"- Anonymised example: 'W1 states that at approx. 14:00 she saw the vehicle reverse into the fence.'\n"
            f"- Statement of truth: 'I believe that the facts stated in this witness statement are true.'"), r.choice(["turn into a checklist", "shorten", "add an example paragraph"])


def b_immigration(r, tag, F):
    sw, box = org_contacts(r, tag)
    n = r.randint(800, 9000)
    return (f"Immigration advice service — monthly stats (aggregated, no personal data)\nCases opened: {n}; family reunification {r.randint(10, 60)}%; "
            f"refusals appealed: {r.randint(5, 40)}%; median processing {r.randint(40, 220)} days.\n{ph(tag, 'imm')}: fee {r.randint(100, 900)}; "
            f"application ref format e.g. {r.choice(['GWF', 'APP', 'RES'])}0{r.randint(10000000, 99999999)}.\nHelpline (public): {sw}"), r.choice(["write a short summary for the board", "chart-ready CSV please", "translate"])


def b_notary(r, tag, F):
    sw, box = org_contacts(r, tag)
    return (f"DEED TEMPLATE — {ph(tag, 'deed')}:\n1) [SELLER NAME], {ph(tag, 'dob')} [DD.MM.YYYY], {ph(tag, 'addr')}: [ADDRESS], {p_idlabel(tag)}: [__________]\n"
            f"2) [BUYER NAME] ...\nLand register: {town(r, tag)} sheet {r.randint(1000, 9999)}, parcel {r.randint(1, 999)}/{r.randint(1, 30)}\n"
            f"Notarial fee table ref. {r.randint(21000, 25999)} KV; chamber of notaries switchboard {sw}"), r.choice(["check the template for missing fields", "proofread"] + ([] if tag.startswith("en") else ["translate to English"]))


def b_legal_aid(r, tag, F):
    sw, box = org_contacts(r, tag)
    return (f"{ph(tag, 'aid')} — ELIGIBILITY GUIDE\nthreshold,gross monthly,{r.randint(1800, 2900)}\nthreshold,disposable,{r.randint(600, 800)}\n"
            f"threshold,capital,{r.randint(3000, 8000)}\nclinic stats Q{r.randint(1, 4)}: {r.randint(100, 900)} enquiries, {r.randint(20, 70)}% housing\n"
            f"Advice line {sw} (Mon-Fri) · {box}"), r.choice(["explain the thresholds in plain language", "clean this csv", "translate to English"])


def b_trust(r, tag, F):
    rows = ["invoice_no,matter,client,amount,status"]
    for _ in range(r.randint(4, 7)):
        a = firm_name(r, tag).split(" ")[0]
        rows.append(f"INV-{r.randint(20260000, 20269999)},M{r.randint(1000, 9999)},{a} Logistics {r.choice(['Ltd', 'GmbH', 'S.A.', 'SpA'])},{r.randint(500, 90000)}.00,{r.choice(['paid', 'overdue', 'part-paid'])}")
    return ("BILLING RUN — corporate clients\n" + "\n".join(rows) +
            "\n\n" + r.choice(["Payment portal test cards (sandbox only): 4111 1111 1111 1111, 5555 5555 5555 4444, exp any future date, CVC 123.",
                                "For UAT of the online retainer page use 4242 4242 4242 4242 (any CVC) and 4000 0000 0000 0002 for a decline.",
                                "Stripe test card for the client portal: 4242424242424242; Amex test 378282246310005. Never enter real cards in staging.",
                                "Aggregate: 41 invoices, 12 overdue, DSO 63 days. Client-account interest rate 2.1%."])), r.choice(["total overdue?", "sort by amount", "draft chaser email template"])


B_BUILDERS = {"case_note": b_case_note, "court_listing": b_court_listing, "judgment": b_judgment, "client_intake": b_client_intake,
              "engagement_letter": b_engagement, "witness_statement": b_witness, "immigration_file": b_immigration,
              "notarial_deed": b_notary, "legal_aid_means": b_legal_aid, "trust_billing": b_trust}

KIND_ROLE = {"case_note": ["solicitor", "trainee", "paralegal"], "court_listing": ["court_clerk", "paralegal", "legal_secretary"],
             "judgment": ["court_clerk", "trainee", "solicitor"], "client_intake": ["paralegal", "clinic_volunteer", "client"],
             "engagement_letter": ["legal_secretary", "solicitor"], "witness_statement": ["paralegal", "trainee", "client"],
             "immigration_file": ["immigration_adviser", "client", "paralegal"], "notarial_deed": ["notary_clerk"],
             "legal_aid_means": ["clinic_volunteer", "paralegal"], "trust_billing": ["accounts_clerk", "legal_secretary"]}
MODELS = ["hybridgate/auto", "hybridgate/auto", "gpt-4o-mini", "gpt-4o", "claude-3-5-sonnet", "llama-3.1-70b-instruct"]


def typo(r, s):
    if r.random() < 0.3 and len(s) > 8:
        i = r.randint(1, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def build_pii(r):
    F = dict(famous=filtered("famous", FAMOUS), fiction=filtered("fiction", FICTION), doc=filtered("doctrine", DOCTRINES))
    must(len(F["famous"]) >= 3 and len(F["fiction"]) >= 2 and len(F["doc"]) >= 4, "famous pools emptied by the freeze")
    tags = list(LOC)
    recs = []
    n = 0
    for ki, kind in enumerate(KINDS):
        plan = [True] * 29 + [False] * 21
        r.shuffle(plan)
        inc_slots = set(r.sample([i for i, s in enumerate(plan) if s], 4 if ki % 2 == 0 else 3))
        for j, sens in enumerate(plan):
            n += 1
            tag = tags[(n * 7 + ki) % len(tags)]
            role = r.choice(KIND_ROLE[kind])
            placement = PLACEMENTS[(n * 5 + ki) % len(PLACEMENTS)]
            model = r.choice(MODELS)
            variant = "full"
            short = None
            if sens:
                p = make_person(r, tag)
                if j in inc_slots:
                    doc, ask, issued, short = incidental(r, tag, kind, p)
                    variant = "incidental"
                else:
                    doc, ask, issued, short = S_BUILDERS[kind](r, tag, p)
                if placement == "user_field" and variant != "incidental":
                    short = f"client:{p['email']}"
                    issued.append(("EMAIL_ADDRESS", p["email"]))
            else:
                doc, ask = B_BUILDERS[kind](r, tag, F)
                issued = []
                variant = "hard_negative"
                if placement == "user_field":
                    short = f"fe-{r.randint(100, 999)}"
            ask = typo(r, ask)
            endpoint = "completions" if (n % 10 == 3) else "chat"
            if endpoint == "completions":
                body = {"model": model, "prompt": f"### {SYS[role]}\n### Document\n{doc}\n### Task: {ask}\n### Answer:\n", "max_tokens": r.choice([256, 512, 800])}
                placement = "prompt"
            else:
                body = place(r, doc, ask, role, placement, n, model, short)
            ents = entities_of(body, issued)
            if sens:
                must(ents, f"no entity found in sensitive record {n}")
                if variant == "incidental":
                    must(len({e['type'] for e in ents}) == 1, "incidental with more than one type")
            sensitive = bool(ents)
            must(sensitive == sens, f"sensitivity mismatch {n}")
            recs.append({"id": f"{SPLIT}-pii-{n:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": sensitive,
                         "entities": [{"type": e["type"], "value": e["value"]} for e in ents],
                         "endpoint": endpoint, "lang": tag, "style": f"{role} · {placement} · {variant}", "body": body})
    r.shuffle(recs)
    for i, rec in enumerate(recs, 1):
        rec["id"] = f"{SPLIT}-pii-{i:04d}"
    return recs


# ----------------------------------------------------------------------------------------------------------------
# Complexity
# ----------------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "What does 'pro bono' mean?"), ("en", "Spell out the abbreviation 'CPR' as used in English civil courts."),
    ("en", "What's the plural of 'affidavit'?"), ("en", "Translate 'power of attorney' into French."),
    ("de-DE", "Was heißt 'Aktenzeichen' auf Englisch?"), ("de-DE", "Wie schreibt man 'Rechtsanwaltskammer' richtig, mit einem oder zwei s?"),
    ("fr-FR", "Comment dit-on 'huissier de justice' en anglais ?"), ("fr-FR", "C'est quoi une 'mise en demeure' en une phrase ?"),
    ("es-MX", "¿Qué significa 'amparo'? Una línea."), ("es-MX", "Traduce 'notario público' al inglés."),
    ("pt-BR", "O que é 'habeas corpus'? Responde curto."), ("pt-BR", "Como se abrevia 'Tribunal de Justiça'?"),
    ("it-IT", "Cosa vuol dire 'udienza' in inglese?"), ("nl-NL", "Wat is een 'dagvaarding' in het Engels?"),
    ("pl-PL", "Jak jest 'pełnomocnictwo' po angielsku?"), ("ru-RU", "Как по-английски 'исковое заявление'?"),
    ("ja-JP", "「弁護士」は英語で何と言いますか？"), ("zh-CN", "“律师函”用英语怎么说？"), ("ko-KR", "'소장'을 영어로 뭐라고 해요?"),
    ("ar-EG", "يعني إيه 'توكيل عام' بالإنجليزي؟"), ("he-IL", "איך אומרים 'ייפוי כוח' באנגלית?"), ("hi-IN", "'हलफनामा' को अंग्रेज़ी में क्या कहते हैं?"),
    ("en", "Convert 14 March 2026 to ISO date format."), ("en", "Is 'judgement' or 'judgment' used for court decisions in the UK?"),
    ("en", "Capitalise this heading: 'particulars of claim'"), ("en", "What does 'ibid.' mean in a footnote?"),
    ("en", "Give me a polite one-line out-of-office for a law firm."), ("en", "What's the abbreviation for 'versus' in case names?"),
    ("de-DE", "Was bedeutet 'ZPO'?"), ("fr-FR", "Quelle est l'abréviation de 'article' dans un code ?"), ("es-CL", "¿Qué es un 'exhorto'? Breve."),
    ("tr-TR", "'Vekaletname' İngilizce ne demek?"), ("el-GR", "Πώς λέγεται 'δικόγραφο' στα αγγλικά;"), ("ro-RO", "Ce înseamnă 'citație'?"),
    ("th-TH", "คำว่า 'ทนายความ' ภาษาอังกฤษคืออะไร"), ("en", "How many days are in a 'clear 14 days' notice? Just the number rule, one line."),
    ("en", "Sort alphabetically: tort, contract, equity, agency"), ("en", "Write 'Section 21' the way it's usually abbreviated."),
    ("en", "What is a 'bundle' in UK litigation? one sentence"), ("en", "Translate 'sin perjuicio' into English."),
    ("nl-NL", "Wat betekent 'kort geding'? Eén zin."), ("it-IT", "Che significa 'decreto ingiuntivo'? In breve."),
    ("pt-BR", "Traduz 'petição inicial' pro inglês."), ("de-DE", "Was ist eine 'Vollmacht'? Ein Satz."),
    ("en", "Fix the capitalisation: 'the supreme court of the united kingdom'"), ("en", "What does 'et seq.' mean?"),
    ("ja-JP", "「訴状」の読み方は？"), ("zh-CN", "“仲裁”是什么意思？一句话。"),
]
SHORT_HARD = [
    ("en", "A claimant beats its own Part 36 offer at trial but the defendant had earlier made a Calderbank offer the claimant failed to beat on one head of loss. Analyse the costs consequences and the court's discretion, with the competing arguments."),
    ("en", "Under Brussels I bis, an asymmetric jurisdiction clause lets the bank sue anywhere but binds the borrower to Luxembourg. The borrower is a consumer domiciled in Italy. Which court(s) have jurisdiction and why? Address Art. 25 and the consumer section."),
    ("en", "Draft a limitation analysis for a latent-defect claim against an architect where contract and tort run concurrently, the defect was discoverable 7 years after completion, and there was a collateral warranty. Identify the best and worst case dates."),
    ("en", "A tenant's deposit was protected 3 days late and the prescribed information never served; the tenancy then became periodic and was renewed by a new fixed term. How many penalty awards can be claimed and is a s.21 notice valid now? Reason step by step."),
    ("en", "Compare attorney–client privilege, the work-product doctrine and English litigation privilege for an internal investigation report prepared before any claim was threatened. Where would each protect it and where not?"),
    ("en", "Under the Hague Child Abduction Convention, a parent argues 'grave risk' under Art. 13(b) and the child (11) objects. Set out how courts weigh these, the protective-measures approach, and what evidence would be decisive."),
    ("en", "Our client signed a settlement agreement with a confidentiality clause, then made a protected disclosure to the regulator. Is the clause enforceable against her, and could the employer recover the settlement sum? Analyse."),
    ("en", "Explain whether a notarial deed executed abroad by a German notary satisfies the form requirement for a transfer of Swiss GmbH shares, and what the conflict-of-laws analysis looks like."),
    ("en", "A US client wants to serve process on a Chinese defendant by e-mail. Analyse the Hague Service Convention objection by China, FRCP 4(f)(3), and the split in federal case law."),
    ("en", "A joint bank account holder dies; the survivor claims it by survivorship but the deceased paid 90% in. Analyse presumption of resulting trust vs advancement and the evidence needed."),
    ("de-DE", "Der Mandant hat eine Bürgschaft auf erstes Anfordern in AGB übernommen. Ist das wirksam, und wie wirkt sich § 307 BGB auf die Umdeutung in eine selbstschuldnerische Bürgschaft aus? Bitte mit Gegenargumenten."),
    ("de-DE", "Klage wurde beim unzuständigen Landgericht eingereicht, Verjährung läuft morgen ab. Wirkt die Zustellung 'demnächst' i.S.d. § 167 ZPO, wenn auf Verweisung angetragen wird? Prüfe Schritt für Schritt."),
    ("fr-FR", "Une clause de non-concurrence sans contrepartie financière a été signée par un salarié parti depuis 8 mois. Analyse la nullité, la possibilité de renonciation tardive et les dommages-intérêts."),
    ("fr-FR", "Analyse la responsabilité du notaire qui n'a pas vérifié une servitude non publiée, en distinguant devoir de conseil et obligation d'efficacité de l'acte."),
    ("es-MX", "Analiza si procede el amparo indirecto contra una orden de embargo dictada en un juicio mercantil cuando el tercero no fue emplazado, y qué suspensión puede pedirse."),
    ("pt-BR", "Analise se a cláusula de eleição de foro em contrato de adesão com consumidor é válida à luz do CDC e do CPC/2015, e quando o juiz pode declinar de ofício."),
    ("it-IT", "Un decreto ingiuntivo è stato notificato a un indirizzo PEC errato. Analizza la validità della notifica, l'opposizione tardiva ex art. 650 c.p.c. e le possibili eccezioni."),
    ("nl-NL", "Analyseer of een concurrentiebeding in een tijdelijk contract zonder schriftelijke motivering geldig is (art. 7:653 BW) en welke rol het belangenafweging-criterium speelt."),
    ("pl-PL", "Przeanalizuj, czy zachowek może być dochodzony od obdarowanego, gdy darowizna nastąpiła 12 lat temu na rzecz dalszego krewnego, oraz jak liczyć substrat."),
    ("ru-RU", "Проанализируй, можно ли оспорить сделку должника по ст. 61.2 Закона о банкротстве, если она совершена за 11 месяцев до возбуждения дела и по рыночной цене."),
    ("ja-JP", "賃借人が無断転貸したが、背信的行為と認めるに足りない特段の事情がある場合、賃貸人は解除できるか。判例の考え方と立証責任を分析してください。"),
    ("zh-CN", "分析：劳动合同约定的竞业限制未约定经济补偿，员工离职后履行了六个月，能否主张补偿？用人单位能否单方解除竞业限制？"),
    ("ko-KR", "임대차 계약갱신요구권 행사 후 임대인이 실거주를 이유로 거절했다가 제3자에게 임대한 경우 손해배상 산정 방법을 분석해 주세요."),
    ("es-CL", "Analiza si procede la nulidad del despido por no pago de cotizaciones previsionales (Ley Bustos) cuando el empleador pagó después de la demanda."),
    ("en", "Our client's arbitration award was set aside at the seat. Can it still be enforced in another New York Convention state? Compare the approaches and the key authorities."),
    ("en", "An attorney discovers that a former client, now adverse, shared confidential info with a lateral hire. Analyse disqualification, screening, and the imputation rules."),
    ("en", "Does a will signed by video-witnessing satisfy formalities if the witnesses signed a scanned copy rather than the original? Analyse validity and rectification options."),
    ("en", "Model the expected value of settling now at 60k vs trial with 55% chance of 140k, adverse costs exposure 45k, own costs 38k to trial, and a Part 36 uplift. Show the decision tree and sensitivity."),
    ("en", "Identify all potential conflicts: we act for a landlord in rent arrears proceedings and a new client is the tenant's guarantor in an unrelated matter, while a partner's spouse sits on the landlord's board."),
    ("he-IL", "נתח האם הסכם ממון שנחתם לפני הנישואין ללא אישור בית משפט תקף, ומה הדין אם אושר רק בידי נוטריון."),
    ("ar-EG", "حلل مدى صحة إنهاء عقد الإيجار القديم بعد وفاة المستأجر وامتداده للورثة وفقاً لأحكام المحكمة الدستورية."),
    ("hi-IN", "विश्लेषण करें: क्या बिना रजिस्ट्रेशन वाला बिक्री समझौता विशिष्ट पालन के मुकदमे में साक्ष्य के रूप में स्वीकार्य है? धारा 49 पंजीकरण अधिनियम के संदर्भ में।"),
    ("tr-TR", "Kira tespit davası ile tahliye davası aynı anda açılırsa derdestlik ve bekletici mesele açısından nasıl değerlendirilir? Analiz et."),
    ("el-GR", "Ανάλυσε αν η καταγγελία σύμβασης εργασίας χωρίς καταβολή αποζημίωσης είναι άκυρη και ποιες είναι οι συνέπειες για τους μισθούς υπερημερίας."),
    ("ro-RO", "Analizează dacă o clauză penală excesivă poate fi redusă de instanță din oficiu și cum interacționează cu dobânda penalizatoare."),
    ("th-TH", "วิเคราะห์ว่าสัญญาค้ำประกันที่ให้ผู้ค้ำรับผิดอย่างลูกหนี้ร่วมยังมีผลหรือไม่ หลังการแก้ไขประมวลกฎหมายแพ่งฯ ปี 2557"),
    ("en", "Reconcile two conflicting jurisdiction clauses in a master agreement and its later SOW (exclusive English courts vs ICC arbitration in Paris) and advise which governs a dispute about an SOW invoice."),
    ("en", "A director signed a personal guarantee 'for and on behalf of' the company. Is she personally liable? Analyse construction, the Statute of Frauds and rectification."),
    ("en", "Assess whether a without-prejudice e-mail that contains an admission and a threat can be admitted under the 'unambiguous impropriety' exception."),
    ("en", "A client wants to rely on force majeure for a delayed shipment; the clause lists 'epidemic' but not 'government order'. Construe it, consider frustration as fallback, and the notice requirement."),
    ("fr-FR", "Un testament olographe non daté mais contenant une référence à un événement connu est-il valable ? Analyse et jurisprudence."),
    ("de-DE", "Ist ein notarielles Schuldanerkenntnis mit Unterwerfung unter die sofortige Zwangsvollstreckung wirksam, wenn die Vollmacht des Vertreters nur privatschriftlich war? Analyse."),
    ("en", "Explain how the 'discovery rule' interacts with statutes of repose in a products-liability case in a state that recognises both, and which one controls."),
    ("en", "Construct the strongest argument AND the strongest rebuttal on whether an employment tribunal has jurisdiction over a worker posted abroad for 3 years by a UK employer."),
    ("en", "Critically assess whether an LLM-drafted witness statement breaches PD 57AC and what disclosures should be made to the court."),
    ("es-MX", "Compara la prescripción y la caducidad de la acción cambiaria directa en un pagaré vencido, con los plazos y cómo se interrumpen."),
    ("pt-BR", "Analise a responsabilidade do advogado por perda de prazo recursal à luz da teoria da perda de uma chance, com critérios de quantificação."),
    ("it-IT", "Analizza la responsabilità solidale del committente per i crediti retributivi dei dipendenti dell'appaltatore e i limiti temporali."),
]
CONTRACT_CLAUSES = [
    "The Client shall pay all invoices within 30 days of the invoice date.",
    "Either party may terminate this agreement on 30 days' written notice.",
    "Notices shall be in writing and sent to the addresses set out above.",
    "The Firm's liability is limited to the amount of its professional indemnity cover.",
    "Fees are charged by reference to the time spent and the hourly rates below.",
    "Interest accrues on overdue invoices at 4% above base rate.",
    "The Client may ask for a bill to be assessed by the court.",
    "Files are kept for seven years after the matter closes and then destroyed.",
    "This agreement is governed by the law of the jurisdiction of the Firm's registered office.",
    "Money held in client account earns interest in accordance with the Firm's interest policy.",
]
LISTING_ROWS = ["CMC", "PTR", "trial day 1", "trial day 2", "costs hearing", "application (1 hr)", "mention", "directions"]


def long_easy_text(r, lang):
    kind = r.choice(["listing", "letter", "glossary", "minutes"])
    if kind == "listing":
        rows = [f"{i + 1}. {r.choice(['HC', 'CL', 'BL', 'KB'])}-2026-{r.randint(1000, 99999):06d} | room {r.randint(1, 20)} | {r.randint(9, 16)}:{r.choice(['00', '15', '30', '45'])} | {r.choice(LISTING_ROWS)} | est. {r.randint(1, 6)}h" for i in range(45)]
        body = "\n".join(rows)
        ask = {"en": "sort this cause list by time and remove duplicates", "de-DE": "sortiere diese Terminliste nach Uhrzeit", "fr-FR": "trie ce rôle d'audience par heure",
               "es-MX": "ordena esta lista de audiencias por hora", "pt-BR": "ordena essa pauta por horário", "ja-JP": "この期日一覧を時刻順に並べ替えて"}.get(lang, "sort this by time")
    elif kind == "letter":
        paras = [r.choice(CONTRACT_CLAUSES) for _ in range(28)]
        body = "\n".join(f"{i + 1}. {c}" for i, c in enumerate(paras))
        ask = {"en": "fix spacing and make the numbering consistent, don't change the wording", "de-DE": "nur Formatierung vereinheitlichen, Text nicht ändern",
               "it-IT": "uniforma solo la numerazione, non cambiare il testo", "nl-NL": "alleen de nummering consistent maken", "zh-CN": "只统一编号格式，不要改内容"}.get(lang, "make the numbering consistent")
    elif kind == "glossary":
        terms = [("affidavit", "a written statement confirmed by oath"), ("claimant", "the party bringing a claim"), ("disclosure", "the process of revealing documents"),
                 ("injunction", "a court order to do or stop doing something"), ("costs", "legal fees and expenses"), ("hearing", "a court session"),
                 ("judgment", "the decision of the court"), ("bundle", "the indexed set of documents for a hearing"), ("stay", "a suspension of proceedings"),
                 ("service", "formal delivery of documents"), ("appeal", "a challenge to a decision"), ("counsel", "a barrister or advocate")]
        body = "\n".join(f"{t} — {d}" for t, d in terms * 3)
        ask = {"en": "alphabetise this glossary and drop the repeats", "es-CL": "ordena alfabéticamente y quita los repetidos", "pl-PL": "posortuj alfabetycznie i usuń powtórzenia",
               "ko-KR": "알파벳순으로 정렬하고 중복 제거해줘", "ru-RU": "отсортируй по алфавиту и убери повторы"}.get(lang, "alphabetise and dedupe")
    else:
        items = ["Coffee machine on floor 3 is broken again.", "Reminder: timesheets by Friday.", "The library will close early on Thursday.",
                 "New printer codes have been issued.", "Fire drill next Tuesday at 10am.", "Please tidy the meeting rooms after use.",
                 "Parking permits renew at month end.", "The Christmas party venue is booked.", "IT will update laptops overnight."]
        body = "\n".join(f"- {r.choice(items)}" for _ in range(40))
        ask = {"en": "turn these office-meeting minutes into 5 bullet points", "fr-FR": "résume ces notes de réunion en 5 puces", "tr-TR": "bu toplantı notlarını 5 maddede özetle",
               "he-IL": "סכם בחמש נקודות", "ar-EG": "لخص الملاحظات دي في ٥ نقاط"}.get(lang, "summarise in 5 bullets")
    return body, ask


LONG_HARD_FACTS = [
    "On 3 March the supplier delivered the first batch late; the buyer accepted it under protest by e-mail.",
    "The framework agreement contains an exclusive English jurisdiction clause; the purchase orders refer to ICC arbitration.",
    "A without-prejudice meeting took place on 12 April; the buyer's CEO said 'we know the batch was fine, we just need leverage'.",
    "The supplier's terms limit liability to the price of the defective batch and exclude consequential loss.",
    "The buyer terminated on 2 May citing repudiatory breach; the supplier says the termination itself was repudiatory.",
    "Witness A (warehouse) says the pallets were damp on arrival; Witness B (logistics) says they were dry and photographs show condensation only.",
    "The buyer's insurer has paid out and is pursuing a subrogated claim in the buyer's name.",
    "A second contract for packaging was signed later with a different governing law (New York).",
    "Limitation: the first defects were noticed 5 years and 10 months ago; a standstill agreement expired last month.",
    "The supplier has entered a restructuring plan in another EU member state; a moratorium may apply.",
]


def long_hard_text(r, lang):
    facts = [r.choice(LONG_HARD_FACTS) for _ in range(14)]
    body = "\n".join(f"[{i + 1}] {f}" for i, f in enumerate(facts))
    ask = {"en": "Using these facts, prepare an advice: (1) which forum and why, (2) the strength of the repudiation arguments on both sides, (3) the effect of the liability cap, (4) whether the WP statement is admissible, (5) limitation risk, and (6) a recommended strategy with risk ranking. Reconcile the witness evidence.",
           "de-DE": "Erstelle auf Grundlage dieser Fakten ein Gutachten: Gerichtsstand vs. Schiedsklausel, wer hat wirksam gekündigt, Wirksamkeit der Haftungsbegrenzung, Verwertbarkeit der Vergleichsgespräche, Verjährung, und eine Strategieempfehlung mit Risikoabwägung.",
           "fr-FR": "À partir de ces faits, rédige une consultation : juridiction compétente vs arbitrage, résiliation fautive, validité de la clause limitative, recevabilité des échanges confidentiels, prescription, et stratégie recommandée.",
           "es-MX": "Con estos hechos, elabora un dictamen: competencia vs. arbitraje, quién incumplió, validez de la limitación de responsabilidad, admisibilidad de lo dicho en negociación, prescripción y estrategia con riesgos.",
           "ja-JP": "これらの事実に基づき、管轄と仲裁、解除の有効性、責任制限条項、和解協議での発言の証拠能力、消滅時効、推奨戦略とリスク評価を分析してください。",
           "zh-CN": "根据以上事实写一份法律意见：管辖与仲裁条款冲突、解除是否有效、责任限制条款效力、和解谈话能否作为证据、诉讼时效，以及附风险排序的策略建议。"}.get(lang)
    if ask is None:
        lang = "en"
        ask = "Analyse these facts as a senior litigator: forum, repudiation, liability cap, WP admissibility, limitation, cross-border insolvency moratorium; give a reasoned strategy with probabilities."
    pad = "\n\nBackground documents (excerpt):\n" + "\n".join(f"Clause {i + 1}: {r.choice(CONTRACT_CLAUSES)}" for i in range(r.randint(4, 10)))
    return body + pad, ask, lang


def build_cx(r):
    recs = []
    langs_easy = ["en", "en", "de-DE", "fr-FR", "es-MX", "pt-BR", "ja-JP", "it-IT", "nl-NL", "zh-CN", "es-CL", "pl-PL", "ko-KR", "ru-RU", "tr-TR", "he-IL", "ar-EG"]
    for i in range(48):
        lang, q = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
        recs.append(("short_simple", 0, False, lang, "lookup/translate", [{"role": "user", "content": q}]))
    for i in range(48):
        lang, q = SHORT_HARD[i % len(SHORT_HARD)]
        msgs = [{"role": "system", "content": "You are a legal research assistant. Do not give legal advice to the public."}] if i % 3 == 0 else []
        recs.append(("short_hard", 1, True, lang, "analysis/short", msgs + [{"role": "user", "content": q}]))
    for i in range(48):
        lang = langs_easy[i % len(langs_easy)]
        for _ in range(20):
            body, ask = long_easy_text(r, lang)
            if len(body) + len(ask) >= 1600:
                break
        content = f"{ask}\n\n{body}" if i % 2 else f"{body}\n\n{ask}"
        must(len(content) >= 1500, "long_easy too short")
        recs.append(("long_easy", 0, True, lang, "format/long", [{"role": "user", "content": content}]))
    for i in range(48):
        lang0 = ["en", "de-DE", "fr-FR", "es-MX", "ja-JP", "zh-CN", "en", "ko-KR"][i % 8]
        body, ask, lang = long_hard_text(r, lang0)
        recs.append(("long_hard", 1, False, lang, "analysis/long", [{"role": "system", "content": "You assist a litigation team."}, {"role": "user", "content": f"{ask}\n\n{body}"}]))
    r.shuffle(recs)
    out = []
    for i, (cat, label, adv, lang, style, msgs) in enumerate(recs, 1):
        out.append({"id": f"{SPLIT}-cx-{i:04d}", "category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat", "lang": lang,
                    "style": style, "body": {"model": r.choice(MODELS), "messages": msgs}})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20270311)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    global FROZEN
    FROZEN = frozen_words()
    r = random.Random(a.seed)
    make_pools(r)
    pii = build_pii(r)
    cx = build_cx(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / f"pii_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for rec in pii:
            assert rec["sensitive"] == bool(rec["entities"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(out / f"complexity_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for rec in cx:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sens = sum(x["sensitive"] for x in pii)
    print(f"frozen words: {len(FROZEN)}; pool entries dropped by the freeze: {sum(DROPPED.values())} ({dict(sorted(DROPPED.items()))})")
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, locales {len({x['lang'] for x in pii})}, "
          f"endpoints {dict(collections.Counter(x['endpoint'] for x in pii))}")
    print("pii categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("pii entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("incidental:", sum("incidental" in x["style"] for x in pii), "placements:", dict(sorted(collections.Counter(x["style"].split(" · ")[1] for x in pii).items())))
    print(f"complexity: {len(cx)} records, categories {dict(sorted(collections.Counter(x['category'] for x in cx).items()))}, "
          f"length-adversarial {sum(x['length_adversarial'] for x in cx)}, label1 {sum(x['label'] for x in cx)}, langs {len({x['lang'] for x in cx})}")


if __name__ == "__main__":
    main()
