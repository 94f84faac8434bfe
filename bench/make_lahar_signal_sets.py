#!/usr/bin/env python3
"""Lahar: a blind evaluation split for the request signals, organised by the world of TRANSPORT AND LOGISTICS.

Writes bench/data/signals/pii_lahar.jsonl and bench/data/signals/complexity_lahar.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial,
endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: the author read only the batch brief, the first 70 lines of bench/make_delta_signal_sets.py and the
    first 2 lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the detector, its tests, the
    evaluator, the results, docs, policies, README, any other generator. Caveat: by mistake, the author's first
    shell command also printed `git status` and the five most recent commit subjects of the worktree (subjects
    only, no diffs); nothing in them was used here. Other generators named in FROZEN_AGAINST were only scanned
    automatically: every name, surname, street, town and company pool entry below is dropped at run time if it
    shares a word (or a non-ASCII bigram) with the words of those files; generic street-type and legal-form
    words (GENERIC below) are not matched, the invented proper part of each entry always is. Pools are filled
    from invented, locale-typical parts with capped retries. This file skips itself in that scan.

Organising principle and the line drawn
    Transport and logistics: airline bookings and APIS lists, passenger assistance (PRM / MEDIF), rail
    operators' delay-repay and refunds, ports and shipping (B/L, manifests, crew lists), courier waybills and
    parcel lockers, customs brokerage, fleet and driver management, airline crew rosters, taxi / ride-hailing
    dispatch, lost property. Ten kinds = ten categories; sensitive records use ``<kind>``, benign ones
    ``<kind>_benign``. Voices: dispatch chats, waybills, customs declarations, crew rosters, complaint
    e-mails, incident logs, CSV / JSON manifests, EDI-ish fragments (UNB/NAD/BGM segments), mixed-language notes
    across 22 locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul scripts).
    Personal data = data about a private natural person: passengers, consignees and senders who are private
    individuals, drivers, crew members, finders/owners of lost items -- names with identifying context, their
    phones, e-mails, home addresses, birth dates, national / tax / health numbers, cards, IBANs, US bank
    numbers, medical record numbers, and the public IP of a private user's device. NOT personal data (benign):
    organisations' own contact data (role mailboxes, switchboards, depots, registered offices), company
    VAT / EORI numbers, container / IMO / AWB / e-ticket / PNR / tracking / booking / seal numbers, flight and
    train numbers, vehicle VINs and fleet plates, HS codes, public officials and executives in their public
    role, eponyms of airports and stations, fictional characters, blank forms and placeholders, payment-test
    and documentation values (RFC 5737 / 3849 addresses, example.* domains, 555-01xx numbers), aggregated
    statistics and already-anonymised rosters.

Labels
    ``entities``: one dict {"type", "value"} per issued personal value found in the serialised body (string
    values walked recursively; data-URL file parts base64-decoded; URLs percent-unquoted). A value not found is
    not labelled; ``sensitive`` is asserted to equal bool(entities). Types: person, PHONE_NUMBER,
    EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE,
    IP_ADDRESS, ssn (US only), US_BANK_NUMBER (value = account, with its routing number), MEDICAL_RECORD.
    Complexity: short_simple (0), long_easy (0, >= 1,500 chars, length-adversarial), short_hard (1,
    length-adversarial), long_hard (1).

Contents (seed 7240519; the run prints these counts)
    pii_lahar.jsonl: 500 requests (450 chat, 50 completions) in 22 locales (en-GB, en-US, de-DE, fr-FR, es-MX,
    pt-BR, it-IT, nl-NL, pl-PL, cs-CZ, tr-TR, ru-RU, ar-AE, he-IL, hi-IN, th-TH, ja-JP, ko-KR, zh-CN, el-GR, sv-SE,
    id-ID); 10 kinds x 50 (29 sensitive + 21 benign each: 290 sensitive / 210 benign); 40 sensitive records (13.8%)
    carry a single incidental item (a first name with a relation cue, one phone number, one birth date). Entity
    counts: person 383, PHONE_NUMBER 238, DATE_OF_BIRTH 163, STREET_ADDRESS 114, CREDIT_CARD 98, NATIONAL_ID 85,
    EMAIL_ADDRESS 65, TAX_ID 37, MEDICAL_RECORD 25, IP_ADDRESS 24, HEALTH_INSURANCE 11, IBAN_CODE 9,
    US_BANK_NUMBER 4, ssn 3. Benign kinds: blank forms 27, fiction 24, test values 22, eponyms 22, aggregated 23,
    company parties 18, reference numbers 18, org contact 17, public role 14, anonymised 14, org role mailboxes 11.
    Placement: 11 slots (user, system, assistant, tool, file part, tool-call arguments, tool schema,
    response_format, ``user`` field, image URL query, completions prompt) ~45-50 each.
    complexity_lahar.jsonl: 190 chat requests in 12 language tags: short_simple 47, long_easy 48 (>= 1,500 chars),
    short_hard 48, long_hard 47; 96 length-adversarial, 95 labelled 1.
    Freeze: 236 pool entries dropped and refilled; of the hard-negative name lists only 3/22 airport eponyms and
    3/18 fictional characters survived (the others shared a word with the frozen set).

Validation
    National / tax / health identifiers are validated with python-stdnum (us.ssn, us.rtn, gb.nhs, gb.utr,
    de.idnr, fr.nir, mx.curp, mx.rfc, br.cpf, it.codicefiscale, nl.bsn, pl.pesel, pl.nip, tr.tckimlik, ru.inn,
    il.idnr, in_.aadhaar, in_.pan, th.pin, kr.rrn, cn.ric, gr.amka, gr.vat, se.personnummer, id.nik, jp.in_,
    cz.rc, iban, luhn); the Emirates ID with Luhn, the US Medicare MBI and hospital MRNs by pattern; every
    phone number with ``phonenumbers`` (valid for its region); private IPs are checked ``is_global``, the
    documentation IPs are checked to lie in RFC 5737 / 3849 ranges. Any invalid value aborts the run; every
    retry loop is capped.

Command (deterministic; byte-identical output for the same seed)
    python bench/make_lahar_signal_sets.py [--seed 7240519] [--out bench/data/signals]
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
import sys
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.cz import rc as czrc
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka, vat as gr_vat
from stdnum.id import nik
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp, rfc
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "lahar"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:
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


FROZEN = frozen_words()
# generic street-type / legal-form / role words that are not matched (the invented proper part always is)
GENERIC = set("""str straße weg gasse platz allee road lane close street avenue way drive rue allée chemin calle
avenida av rua travessa via viale piazza corso straat laan gracht ulica ul aleja sokak sok cadde caddesi mahallesi
mah ulitsa ул улица пр проспект д кв odos οδός οδ gatan vägen gränd jalan jl gang duong đường phố ngõ gmbh ltd
llc inc sa srl bv sp zoo a ş as oy ab kg co sarl spa ltda pt tbk cty tnhh jsc ооо no nr n st apt flat logistik freight
shipping cargo lojistik forwarding express spedizioni air airways jet wings rail bahn trains ferrovie spoor airport
international the at of de da des du la le del van der ter di von al col san santa saint rt rw kel desa
phường xã villa borgo castel nueva nuevo new old شارع فيلا حي ص ب آل رحوב רחוב קרית גבעת נווה मकान नं नगर ซอย
νέα άνω οδός thị văn đường ngõ ул д кв sok sokak no horní dolní nová""".split())


def is_frozen(entry):
    toks = [t.lower() for t in WORD.findall(entry)]
    prev = None
    for t in toks:
        if t not in GENERIC and not t.isdigit() and t in FROZEN:
            return True
        if any(ord(c) > 127 for c in t):
            if prev is not None and not (prev in GENERIC and t in GENERIC) and (prev + " " + t) in FROZEN:
                return True
            prev = t
        else:
            prev = None
    return False


DROPPED = collections.Counter()


def build_pool(rng, maker, n, label, cap=6000):
    out, seen, tries = [], set(), 0
    while len(out) < n and tries < cap:
        tries += 1
        e = maker(rng)
        if e in seen:
            continue
        seen.add(e)
        if is_frozen(e):
            DROPPED[label] += 1
            continue
        out.append(e)
    if not out:
        sys.exit(f"pool {label} empty after freeze")
    return out


# ---------------------------------------------------------------- locales
def C(*xs):
    return lambda r: "".join(r.choice(x) for x in xs)


LOC = {}


def loc(tag, **kw):
    LOC[tag] = kw


loc("en-GB", region="GB", given=C(["Al", "Bry", "Cor", "Dun", "Elw", "Gwyl", "Hes", "Mor", "Rhy", "Tam"], ["ric", "wen", "an", "ella", "yn", "ston", "etta", "is"]),
    sur=C(["Ash", "Brack", "Cold", "Fen", "Hart", "Mill", "Pen", "Thorn", "Wick", "Gar"], ["ley", "well", "ridge", "worth", "combe", "ham", "stead", "by"]),
    street=lambda r: f"{r.randint(2, 188)} {C(['Brack', 'Orm', 'Hollin', 'Sedg', 'Whit', 'Carr'], ['ley', 'wood', 'field', 'mere', 'stone'])(r)} {r.choice(['Road', 'Lane', 'Close', 'Street'])}",
    town=C(["Ather", "Bramp", "Cold", "Kirk", "Nether", "Wex"], ["ton", "bury", "ham", "ford", "by"]),
    post=lambda r: f"{r.choice(['LS', 'BD', 'NE', 'CV', 'SO'])}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
    dob="%d/%m/%Y", ids=["nhs", "utr", "iban_GB"], mail=["btinternet.com", "gmail.com", "outlook.com"],
    lab=dict(name="Name", phone="Tel", addr="Address", dob="DOB", id="Ref"), hi="Hiya,", pl="cheers", urg="URGENT")
loc("en-US", region="US", given=C(["Bray", "Cal", "Dar", "Jen", "Kay", "Lor", "Mar", "Tre", "Shel", "Ty"], ["den", "lyn", "son", "ette", "ra", "ley", "vin", "issa"]),
    sur=C(["Blanch", "Cos", "Dell", "Hol", "Kent", "Mur", "Pratt", "Stan", "Whit", "Yar"], ["ard", "by", "ington", "ston", "field", "wick", "ner", "ows"]),
    street=lambda r: f"{r.randint(100, 9899)} {C(['Cedar', 'Hollis', 'Marl', 'Quin', 'Tall', 'Wynd'], ['brook', 'crest', 'ridge', 'wood', 'dale'])(r)} {r.choice(['Ave', 'Dr', 'St', 'Blvd'])}",
    town=C(["Bell", "Cant", "Fair", "Glen", "Mapl", "Spring"], ["ville", "on", "haven", "ton", "port"]),
    post=lambda r: f"{r.choice(['OH', 'TX', 'GA', 'AZ', 'MN'])} {r.randint(10000, 99899)}",
    dob="%m/%d/%Y", ids=["ssn", "usbank", "mbi", "card"], mail=["gmail.com", "yahoo.com", "icloud.com"],
    lab=dict(name="Name", phone="Cell", addr="Address", dob="DOB", id="SSN"), hi="Hey team,", pl="thx", urg="ASAP")
loc("de-DE", region="DE", given=C(["Wen", "Ul", "Hild", "Gis", "Fried", "Rein", "Lud", "Ott", "Mech", "Sieg"], ["helm", "rike", "mar", "bert", "linde", "gard", "wig", "traud"]),
    sur=C(["Hol", "Brenn", "Kiel", "Lutt", "Reins", "Schwell", "Tann", "Wend", "Zell", "Gött"], ["brecker", "mann", "hager", "ecker", "dorfer", "kamp", "ried", "bauer"]),
    street=lambda r: f"{C(['Ahl', 'Brenn', 'Holl', 'Kasten', 'Linn', 'Ohl'], ['ener', 'hofer', 'dorfer', 'bacher'])(r)} {r.choice(['Straße', 'Weg', 'Allee'])} {r.randint(1, 140)}",
    town=C(["Wendels", "Ahl", "Brenn", "Kirch", "Rott"], ["brück", "hausen", "stedt", "feld"]),
    post=lambda r: f"{r.randint(10100, 99899)}", dob="%d.%m.%Y", ids=["idnr", "iban_DE", "card"], mail=["web.de", "gmx.de", "t-online.de"],
    lab=dict(name="Name", phone="Tel.", addr="Anschrift", dob="Geb.-Datum", id="Steuer-ID"), hi="Moin,", pl="danke dir", urg="DRINGEND")
loc("fr-FR", region="FR", given=C(["Aur", "Bert", "Clém", "Gasp", "Hon", "Maël", "Sol", "Théo", "Val", "Lis"], ["ine", "ard", "ence", "ys", "ette", "ien", "ane", "ic"]),
    sur=C(["Beau", "Champ", "Delav", "Fauch", "Laffr", "Morv", "Pell", "Roch", "Vaill", "Guerr"], ["ier", "ault", "eron", "ignac", "ette", "ois", "and", "enet"]),
    street=lambda r: f"{r.randint(1, 120)} {r.choice(['rue', 'allée', 'chemin'])} des {C(['Gren', 'Merl', 'Vaub', 'Tanc'], ['ettes', 'iers', 'ades', 'elles'])(r)}",
    town=C(["Saint-Aub", "Montf", "Ville", "Roch"], ["erin", "aucon", "neuve-sur-Lys", "emure"]),
    post=lambda r: f"{r.randint(10, 95)}{r.randint(100, 999)}", dob="%d/%m/%Y", ids=["nir", "card"], mail=["orange.fr", "free.fr", "laposte.net"],
    lab=dict(name="Nom", phone="Tél", addr="Adresse", dob="Né(e) le", id="N° SS"), hi="Bonjour,", pl="merci d'avance", urg="URGENT")
loc("es-MX", region="MX", given=C(["Xim", "Itz", "Eus", "Gual", "Leon", "Marib", "Rosen", "Yol", "Fau", "Nic"], ["ena", "el", "ebio", "berto", "ora", "anda", "ardo", "ia"]),
    sur=C(["Barr", "Cued", "Elizon", "Garz", "Quint", "Solór", "Tamay", "Villarr", "Zamb", "Arell"], ["ano", "ado", "do", "ero", "illa", "ez", "ón", "ales"]),
    street=lambda r: f"{r.choice(['Calle', 'Av.'])} {C(['Tlal', 'Coy', 'Mazat', 'Xoch', 'Itza'], ['pan', 'otl', 'epec', 'ilco'])(r)} {r.randint(10, 2400)}, Col. {C(['San', 'Santa'], [' Rafaelito', ' Brígida', ' Eulogio'])(r)}",
    town=C(["Tlaxc", "Zapot", "Huaj", "Tepo"], ["ilco", "ula", "uapan", "tlán"]),
    post=lambda r: f"C.P. {r.randint(10000, 99999)}", dob="%d/%m/%Y", ids=["curp", "rfc", "card"], mail=["hotmail.com", "gmail.com", "prodigy.net.mx"],
    lab=dict(name="Nombre", phone="Cel", addr="Domicilio", dob="Fecha nac.", id="CURP"), hi="Buen día,", pl="gracias", urg="URGENTE")
loc("pt-BR", region="BR", given=C(["Cleb", "Dor", "Eliz", "Gild", "Jaq", "Marl", "Ros", "Thaí", "Wel", "Ivon"], ["son", "ane", "ete", "ásio", "uel", "eide", "ilda", "ino"]),
    sur=C(["Albuqu", "Bezer", "Cavalc", "Figuei", "Goul", "Mour", "Queir", "Siquei", "Tavar", "Vasconc"], ["erque", "ra", "anti", "redo", "art", "ão", "oz", "elos"]),
    street=lambda r: f"{r.choice(['Rua', 'Travessa', 'Av.'])} {C(['Itamb', 'Jacar', 'Paraty', 'Caet', 'Ubir'], ['aré', 'epaguá', 'ema', 'ataba'])(r)}, {r.randint(10, 2900)}",
    town=C(["Itap", "Cambu", "Jacu", "Pirac"], ["eva", "ranga", "ípe", "icaba"]),
    post=lambda r: f"{r.randint(10000, 99999)}-{r.randint(100, 999)}", dob="%d/%m/%Y", ids=["cpf", "card"], mail=["uol.com.br", "bol.com.br", "gmail.com"],
    lab=dict(name="Nome", phone="Cel", addr="Endereço", dob="Nasc.", id="CPF"), hi="Oi pessoal,", pl="valeu", urg="URGENTE")
loc("it-IT", region="IT", given=C(["Arman", "Bened", "Cosim", "Fulv", "Gualt", "Loren", "Ottav", "Rosar", "Tizi", "Vitt"], ["do", "etta", "ia", "iero", "ina", "ano", "ella", "o"]),
    sur=C(["Bragh", "Cacc", "Ferr", "Lomb", "Pagn", "Quar", "Scarp", "Tamb", "Vigan", "Zanard"], ["etti", "iari", "ucci", "ozzi", "oni", "elli", "ato", "ini"]),
    street=lambda r: f"{r.choice(['Via', 'Viale', 'Corso'])} {C(['Cast', 'Fior', 'Malv', 'Ronc', 'Serr'], ['agnola', 'entina', 'ezzo', 'aglia'])(r)} {r.randint(1, 210)}",
    town=C(["Borgo ", "Castel ", "Villa "], ["Tessano", "Fiorengo", "Marzolla"]),
    post=lambda r: f"{r.randint(10010, 98199)}", dob="%d/%m/%Y", ids=["cf", "card"], mail=["libero.it", "tiscali.it", "alice.it"],
    lab=dict(name="Nome", phone="Cell.", addr="Indirizzo", dob="Nato/a il", id="Cod. fiscale"), hi="Ciao a tutti,", pl="grazie mille", urg="URGENTE")
loc("nl-NL", region="NL", given=C(["Aal", "Dirk", "Fem", "Gerr", "Jor", "Mar", "Sjo", "Wou", "Ties", "Ilse"], ["tje", "ke", "an", "ijn", "ina", "ter", "rd", "mijn"]),
    sur=C(["van der Ho", "Bosch", "de Kl", "Veld", "ter Ha", "Wester", "van Dijkh", "Oost"], ["even", "ma", "oost", "huis", "ar", "kamp", "uizen", "erbeek"]),
    street=lambda r: f"{C(['Holl', 'Dreef', 'Kromm', 'Vlier', 'Ruys'], ['ebeek', 'eland', 'waard', 'hove'])(r)}{r.choice(['straat', 'laan', 'gracht'])} {r.randint(1, 220)}",
    town=C(["Oost", "Zuid", "Nieuw", "Ter "], ["erdam", "wolde", "veen", "horst"]),
    post=lambda r: f"{r.randint(1000, 9999)} {r.choice('ABCDEFGHJKLMNPRSTVWXZ')}{r.choice('ABCDEFGHJKLMNPRSTVWXZ')}", dob="%d-%m-%Y", ids=["bsn", "iban_NL", "card"], mail=["ziggo.nl", "kpnmail.nl", "gmail.com"],
    lab=dict(name="Naam", phone="Tel", addr="Adres", dob="Geb.datum", id="BSN"), hi="Hoi,", pl="dank je", urg="SPOED")
loc("pl-PL", region="PL", given=C(["Bron", "Czes", "Grzeg", "Jadw", "Kazim", "Mieczy", "Stan", "Wład", "Zdzis", "Boż"], ["isław", "ława", "orz", "iga", "ierz", "sław", "ena", "ysław"]),
    sur=C(["Brzez", "Chmiel", "Dąbr", "Grab", "Kwiat", "Przyb", "Szczep", "Wróbl", "Zieliń", "Pawl"], ["iński", "owska", "ewicz", "ak", "yszyn", "ańska", "ecki", "owicz"]),
    street=lambda r: f"ul. {C(['Jarzęb', 'Kalin', 'Modrzew', 'Świerk', 'Wrzos'], ['owa', 'inowa', 'ska'])(r)} {r.randint(1, 120)}/{r.randint(1, 60)}",
    town=C(["Brzez", "Dąbr", "Kaliń", "Wólka "], ["ówka", "owice", "iec", "Grodzka"]),
    post=lambda r: f"{r.randint(10, 99)}-{r.randint(100, 999)}", dob="%d.%m.%Y", ids=["pesel", "nip", "iban_PL", "card"], mail=["wp.pl", "onet.pl", "o2.pl"],
    lab=dict(name="Imię i nazwisko", phone="Tel.", addr="Adres", dob="Data ur.", id="PESEL"), hi="Cześć,", pl="dzięki", urg="PILNE")
loc("tr-TR", region="TR", given=C(["Bur", "Cey", "Dil", "Erk", "Gök", "Hül", "Sev", "Tun", "Yıl", "Özg"], ["han", "lan", "ek", "ay", "nur", "ya", "can", "tay"]),
    sur=C(["Akb", "Çel", "Demirt", "Erdo", "Karab", "Öztü", "Sarıç", "Tekin", "Yüksel", "Güle"], ["aş", "ikkol", "ağ", "oğlu", "ulut", "rk", "am", "dere"]),
    street=lambda r: f"{C(['Kavak', 'Çınar', 'Söğüt', 'Ardıç', 'Ilgın', 'Defne', 'Ayva', 'Mersin'], ['lıdere', 'altı', 'başı', 'yurdu', 'özü'])(r)} Sok. No:{r.randint(1, 90)} D:{r.randint(1, 20)}",
    town=C(["Kadı", "Çanak", "Bozt", "Yeni"], ["köy", "tepe", "epe", "şehir"]),
    post=lambda r: f"{r.randint(10000, 81999)}", dob="%d.%m.%Y", ids=["tck", "iban_TR", "card"], mail=["hotmail.com", "yandex.com.tr", "gmail.com"],
    lab=dict(name="Ad Soyad", phone="Tel", addr="Adres", dob="Doğum tarihi", id="TC Kimlik"), hi="Merhaba,", pl="teşekkürler", urg="ACİL")
loc("ru-RU", region="RU", given=C(["Всев", "Евст", "Зинов", "Ксен", "Луке", "Мирос", "Праск", "Ярос", "Фёкл", "Гавр"], ["олод", "афий", "ия", "ья", "рья", "лава", "овья", "ила"]),
    sur=C(["Белоз", "Вереш", "Долгор", "Жеребц", "Колокол", "Скоморох", "Тарак", "Чебот", "Шелех", "Пряник"], ["ёров", "агина", "уков", "ова", "ьцев", "ина", "анов", "арёва"]),
    street=lambda r: f"ул. {C(['Рябинов', 'Черёмухов', 'Калинов', 'Ольхов', 'Ковыльн'], ['ая'])(r)}, д. {r.randint(1, 80)}, кв. {r.randint(1, 240)}",
    town=C(["Сосн", "Берёз", "Озёр", "Камыш"], ["овка", "ово", "ск", "ин"]),
    post=lambda r: f"{r.randint(101000, 692999)}", dob="%d.%m.%Y", ids=["inn", "card"], mail=["mail.ru", "yandex.ru", "rambler.ru"],
    lab=dict(name="ФИО", phone="Тел.", addr="Адрес", dob="Дата рожд.", id="ИНН"), hi="Коллеги, привет.", pl="спасибо", urg="СРОЧНО")
loc("ar-AE", region="AE", given=C(["رو", "سلو", "ميا", "هزا", "نوا", "جما", "غدي", "ورا"], ["ضة", "ان", "ير", "دة", "يل", "رين"]),
    sur=C(["آل "], ["الم", "الق", "الش", "الف", "الز"], ["ر", "ن", "ه", "ط"], ["وزي", "ناوي", "يري", "اني", "وبي"]),
    street=lambda r: f"فيلا {r.randint(1, 90)}، شارع {C(['الن', 'الو', 'الر', 'الط'], ['ر', 'ض', 'ه'], ['يفة', 'اوية', 'ونة', 'يسة'])(r)} {r.randint(1, 40)}",
    town=C(["حي "], ["الن", "الو", "الر", "الط"], ["ر", "ض", "ه"], ["يفة", "اوية", "ونة", "يسة"]),
    post=lambda r: f"ص.ب {r.randint(1000, 99999)}", dob="%d/%m/%Y", ids=["eid", "iban_AE", "card"], mail=["gmail.com", "emirates.net.ae", "hotmail.com"],
    lab=dict(name="الاسم", phone="الهاتف", addr="العنوان", dob="تاريخ الميلاد", id="رقم الهوية"), hi="مرحبا،", pl="شكرا", urg="عاجل")
loc("he-IL", region="IL", given=C(["אבי", "שלו", "נוע", "יהו", "מיכ"], ["גיל", "מית", "דית", "רם", "אלה"]),
    sur=C(["בן ", "רוזנ", "שטר", "אלמ", "גולד"], ["צבי", "בלום", "וזר", "קיים", "ברג"]),
    street=lambda r: f"רחוב {C(['הסנ', 'הדר', 'הזמ', 'התל', 'הכר'], ['וני', 'ונית', 'ירה', 'פנה'], ['ת', 'ם', ''])(r)} {r.randint(1, 90)}",
    town=C(["קרית ", "גבעת ", "נווה "], ["אל", "שק", "רו", "נט"], ["ונה", "מיה", "תמה", "פית"]),
    post=lambda r: f"{r.randint(1000000, 9999999)}", dob="%d.%m.%Y", ids=["ilid", "iban_IL", "card"], mail=["walla.co.il", "gmail.com", "012.net.il"],
    lab=dict(name="שם", phone="טלפון", addr="כתובת", dob="תאריך לידה", id="ת.ז."), hi="היי,", pl="תודה", urg="דחוף")
loc("hi-IN", region="IN", given=C(["अनु", "दीप", "हर्ष", "कवि", "सुर", "विभू"], ["राधा", "ेश", "वर्धन", "ता", "भि", "ति"]),
    sur=C(["श्री", "चतु", "बाज", "कुल", "त्रि"], ["वास्तव", "र्वेदी", "पेयी", "श्रेष्ठ", "पाठी"]),
    street=lambda r: f"मकान नं. {r.randint(1, 400)}, {C(['गुल', 'नील', 'पारि', 'कदं', 'चमे', 'सुर'], ['मोह', 'कम', 'जा', 'बि', 'ली'], ['रा', 'ला', 'त', 'नी'])(r)} नगर",
    town=C(["राम", "सीता", "गोवि"], ["पुरम", "गढ़ी", "न्दपुर"]),
    post=lambda r: f"{r.randint(110001, 855117)}", dob="%d-%m-%Y", ids=["aadhaar", "pan", "card"], mail=["gmail.com", "rediffmail.com", "yahoo.co.in"],
    lab=dict(name="नाम", phone="मोबाइल", addr="पता", dob="जन्म तिथि", id="आधार"), hi="नमस्ते,", pl="धन्यवाद", urg="तुरंत")
loc("th-TH", region="TH", given=C(["สม", "ธนา", "วร", "กิตติ", "พิม"], ["ศักดิ์", "พงษ์", "วรรณ", "ชัย", "พรรณ"]),
    sur=C(["แสง", "ศรี", "บุญ", "ทอง", "วงศ์"], ["ประเสริฐ", "สุวรรณ", "มาลัย", "คำแก้ว", "อุดม"]),
    street=lambda r: f"{r.randint(1, 299)}/{r.randint(1, 99)} ซอย{C(['ร่ม', 'สุข', 'ประ'], ['เกล้า', 'สันต์', 'ชาราษฎร์'])(r)} {r.randint(1, 40)}",
    town=C(["แขวง", "ตำบล"], ["บางขุนเทียน", "หนองบัวลอย", "คลองสามวา"]),
    post=lambda r: f"{r.randint(10100, 96220)}", dob="%d/%m/%Y", ids=["thpin", "card"], mail=["hotmail.com", "gmail.com", "yahoo.co.th"],
    lab=dict(name="ชื่อ", phone="โทร", addr="ที่อยู่", dob="วันเกิด", id="เลขบัตรประชาชน"), hi="สวัสดีครับ", pl="ขอบคุณครับ", urg="ด่วน")
loc("ja-JP", region="JP", given=C(["智", "悠", "莉", "和", "奏", "千"], ["恵子", "真", "乃", "也", "太郎", "尋"]),
    sur=C(["桐", "柴", "榊", "楢", "鶴"], ["ヶ谷", "崎", "原", "沢", "見"]),
    street=lambda r: f"{C(['桜', '若葉', '緑'], ['台', '町', '丘'])(r)}{r.randint(1, 5)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号",
    town=C(["北", "南", "東"], ["葛城市", "深沢町", "浦見市"]),
    post=lambda r: f"〒{r.randint(100, 999)}-{r.randint(1000, 9999)}", dob="%Y年%m月%d日", ids=["mynum", "card"], mail=["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp"],
    lab=dict(name="氏名", phone="電話", addr="住所", dob="生年月日", id="個人番号"), hi="お疲れ様です。", pl="よろしくお願いします", urg="至急")
loc("ko-KR", region="KR", given=C(["편", "봉", "탁", "육", "기", "선우", "남궁", "옥"], ["서", "지", "도", "하", "예", "솔", "채"], ["윤", "훈", "린", "결", "담", "별"]),
    sur=C([""], [""]),
    street=lambda r: f"{C(['은', '별', '솔'], ['행나무', '빛마을', '숲'])(r)}로 {r.randint(1, 300)}번길 {r.randint(1, 40)}, {r.randint(101, 120)}동 {r.randint(101, 2304)}호",
    town=C(["한", "새", "늘"], ["솔동", "빛시", "봄읍"]),
    post=lambda r: f"{r.randint(10000, 63644)}", dob="%Y.%m.%d", ids=["rrn", "card"], mail=["naver.com", "daum.net", "hanmail.net"],
    lab=dict(name="성명", phone="연락처", addr="주소", dob="생년월일", id="주민등록번호"), hi="안녕하세요,", pl="감사합니다", urg="긴급")
loc("zh-CN", region="CN", given=C(["滕", "阮", "欧阳", "幸", "訾"], ["晓岚", "子墨", "若溪", "俊驰", "静姝"]),
    sur=C([""], [""]),
    street=lambda r: f"{C(['梧桐', '翠柳', '银杏'], ['路', '巷', '街'])(r)}{r.randint(1, 300)}号{r.randint(1, 30)}栋{r.randint(101, 2801)}室",
    town=C(["临", "永", "宁"], ["江区", "安县", "川镇"]),
    post=lambda r: f"{r.randint(100000, 850000)}", dob="%Y年%m月%d日", ids=["ric", "card"], mail=["qq.com", "163.com", "126.com"],
    lab=dict(name="姓名", phone="手机", addr="地址", dob="出生日期", id="身份证号"), hi="各位好，", pl="谢谢", urg="加急")
loc("el-GR", region="GR", given=C(["Χαρ", "Σπυρ", "Αγλα", "Ευτυχ", "Παναγ"], ["άλαμπος", "ίδων", "ΐα", "ία", "ιώτα"]),
    sur=C(["Καραμ", "Παπαδ", "Μαυρ", "Λιακ", "Ζερβ"], ["ανλής", "οπούλου", "ογένης", "όπουλος", "ουδάκη"]),
    street=lambda r: f"οδός {C(['Ανθ', 'Δαφν', 'Μυρτ'], ['έων', 'ίδος', 'ιάς'])(r)} {r.randint(1, 120)}",
    town=C(["Νέα ", "Άνω "], ["Κερ", "Λευκ", "Ροδ", "Μυρ", "Σκιν"], ["ασιώνα", "ωνάκι", "οχώρι", "ούλα"]),
    post=lambda r: f"{r.randint(100, 851)} {r.randint(10, 99)}", dob="%d/%m/%Y", ids=["amka", "afm", "iban_GR", "card"], mail=["yahoo.gr", "otenet.gr", "gmail.com"],
    lab=dict(name="Ονοματεπώνυμο", phone="Τηλ.", addr="Διεύθυνση", dob="Ημ. γέννησης", id="ΑΜΚΑ"), hi="Καλημέρα,", pl="ευχαριστώ", urg="ΕΠΕΙΓΟΝ")
loc("sv-SE", region="SE", given=C(["Alv", "Berg", "Dag", "Gun", "Ingr", "Sig", "Tor", "Ylv"], ["ar", "ny", "hild", "vor", "run", "björn", "a"]),
    sur=C(["Ahl", "Berg", "Fjäll", "Lind", "Norr", "Sjö", "Ekh"], ["qvist", "ström", "gren", "blad", "mark", "holm"]),
    street=lambda r: f"{C(['Hägg', 'Rönn', 'Sälg', 'Ljung'], ['backen', 'vägen', 'gatan'])(r)} {r.randint(1, 90)}",
    town=C(["Norr", "Öster", "Väster"], ["ljunga", "hammar", "viken"]),
    post=lambda r: f"{r.randint(100, 984)} {r.randint(10, 99)}", dob="%Y-%m-%d", ids=["pnr", "iban_SE", "card"], mail=["telia.com", "bredband.net", "gmail.com"],
    lab=dict(name="Namn", phone="Tel", addr="Adress", dob="Född", id="Personnr"), hi="Hej,", pl="tack", urg="BRÅDSKANDE")
loc("id-ID", region="ID", given=C(["Bam", "Dwi", "Eko", "Fitri", "Gal", "Ratna", "Sur", "Wah"], ["bang", "yanti", "prasetyo", "ningsih", "ih", "yudi", "ono"]),
    sur=C(["Har", "Kusu", "Nugr", "Sant", "Wibi", "Pur"], ["tono", "mawardani", "oho", "oso", "sono", "nomo"]),
    street=lambda r: f"Jl. {C(['Kenan', 'Melat', 'Cempak', 'Flamb'], ['ga', 'i', 'a Putih', 'oyan'])(r)} No. {r.randint(1, 180)}, RT {r.randint(1, 15):02d}/RW {r.randint(1, 12):02d}",
    town=C(["Kel. ", "Desa "], ["Sukamaju", "Cibereum", "Tanjungsari"]),
    post=lambda r: f"{r.randint(10110, 99974)}", dob="%d-%m-%Y", ids=["nik", "card"], mail=["gmail.com", "yahoo.co.id", "telkom.net"],
    lab=dict(name="Nama", phone="HP", addr="Alamat", dob="Tgl lahir", id="NIK"), hi="Halo kak,", pl="makasih", urg="URGENT")
loc("cs-CZ", region="CZ", given=C(["Bohu", "Dobro", "Jaro", "Vlasti", "Zby", "Radi", "Svato"], ["slava", "mil", "mír", "šek", "gněv", "voj"]),
    sur=C(["Hrd", "Kopř", "Vrab", "Stře", "Pta", "Žluť"], ["lička", "ivová", "covský", "žák", "čník", "oušek"]),
    street=lambda r: f"{C(['Jeřabin', 'Kaštan', 'Lipov', 'Šeřík'], ['ová', 'ská'])(r)} {r.randint(100, 2999)}/{r.randint(1, 60)}",
    town=C(["Horní ", "Dolní ", "Nová "], ["Lhot", "Ves", "Bystř", "Ledn"], ["ice", "ka", "ná"]),
    post=lambda r: f"{r.randint(100, 799)} {r.randint(10, 99)}", dob="%d. %m. %Y", ids=["czrc", "card"], mail=["seznam.cz", "email.cz", "centrum.cz"],
    lab=dict(name="Jméno", phone="Tel.", addr="Adresa", dob="Datum nar.", id="Rodné č."), hi="Ahoj,", pl="díky", urg="SPĚCHÁ")
LOCALES = list(LOC)


def full_name(tag, g, s):
    if tag in ("ja-JP", "ko-KR"):
        return s + g
    if tag in ("zh-CN", "ko-KR"):
        return g  # composed surname + given in one token
    return f"{g} {s}"


POOLS = {}


def build_pools(rng):
    for tag, L in LOC.items():
        POOLS[tag] = dict(
            given=build_pool(rng, L["given"], 18, f"{tag}:given"),
            sur=build_pool(rng, L["sur"], 18, f"{tag}:sur") if tag not in ("zh-CN", "ko-KR") else [""],
            street=build_pool(rng, L["street"], 14, f"{tag}:street"),
            town=build_pool(rng, L["town"], 6, f"{tag}:town"),
        )


COMPANY_PARTS = (["Brennkamp", "Ostravel", "Kaldor", "Merivane", "Tollgard", "Quayline", "Portheim", "Skelby", "Varonda",
                  "Nordwick", "Transvoy", "Caravell", "Hubrecht", "Lindmoor", "Zephyra", "Orbisca"],
                 ["Logistik GmbH", "Freight Ltd", "Shipping BV", "Cargo SA", "Lojistik A.Ş.", "Forwarding LLC",
                  "Express Sp. z o.o.", "Spedizioni Srl"])
AIRLINES = ["Aerovane", "Skelby Air", "Transvoy Airways", "Zephyra Jet", "Merivane Air", "Orbisca Wings"]
RAILS = ["Kaldor Rail", "Nordwick Bahn", "Lindmoor Trains", "Varonda Ferrovie", "Hubrecht Spoor"]
EPONYMS = ["Charles de Gaulle Airport", "Ben Gurion Airport", "Indira Gandhi International", "Leonardo da Vinci–Fiumicino",
           "Warsaw Chopin Airport", "Venice Marco Polo", "John F. Kennedy International", "Sabiha Gökçen Airport",
           "Kingsford Smith Airport", "Jorge Chávez International", "Václav Havel Airport", "Galileo Galilei Airport",
           "Jomo Kenyatta International", "Soekarno-Hatta International", "Chhatrapati Shivaji Maharaj International",
           "Kempegowda International", "Ferenc Liszt International", "Lech Wałęsa Airport", "Tancredo Neves International",
           "Netaji Subhas Chandra Bose International", "Ngurah Rai International", "Adolfo Suárez Madrid–Barajas"]
FICTION = ["Paddington", "Phileas Fogg", "Thomas the Tank Engine", "Hercule Poirot", "Casey Jones", "Passepartout",
           "Harry Potter at King's Cross", "Biggles", "Tintin", "Corto Maltese", "Jim Knopf", "Lukas der Lokomotivführer",
           "Postman Pat", "Captain Haddock", "Sir Topham Hatt", "Fireman Sam", "Captain Nemo", "Snufkin"]


# ---------------------------------------------------------------- identifiers
def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def capped(fn, check, cap=3000):
    for _ in range(cap):
        v = fn()
        try:
            if check(v):
                return v
        except Exception:
            pass
    sys.exit("identifier generation exhausted its retries")


def rand_date(r, y0=1950, y1=2004):
    return dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def iban_for(r, cc):
    fmt = {"GB": lambda: r.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(r, 14), "DE": lambda: digits(r, 18),
           "NL": lambda: r.choice(["RABO", "INGB", "ABNA", "SNSB"]) + digits(r, 10), "PL": lambda: digits(r, 24),
           "TR": lambda: digits(r, 5) + "0" + digits(r, 16), "AE": lambda: digits(r, 19), "IL": lambda: digits(r, 19),
           "GR": lambda: digits(r, 23), "SE": lambda: digits(r, 20)}[cc]

    def mk():
        b = fmt()
        return cc + std_iban.calc_check_digits(cc + "00" + b) + b
    v = capped(mk, lambda x: std_iban.is_valid(x))
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def card(r):
    def mk():
        b = r.choice(["4", "51", "52", "53", "54", "55"])
        b += digits(r, 15 - len(b))
        return b + luhn.calc_check_digit(b)
    v = capped(mk, lambda x: luhn.is_valid(x) and len(set(x[1:])) > 3)
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


def gen_id(r, kind, born):
    """Return (type, value, extra) for an identifier kind; validated."""
    yy, mm, dd = born.year % 100, born.month, born.day
    if kind == "ssn":
        v = capped(lambda: f"{r.randint(101, 665):03d}-{r.randint(10, 99)}-{r.randint(1000, 9999)}", ssn.is_valid)
        return "ssn", v, None
    if kind == "usbank":
        rt = capped(lambda: (lambda b: b + rtn.calc_check_digit(b))(r.choice(["0", "1", "2"]) + digits(r, 7)), rtn.is_valid)
        acct = str(r.randint(1, 9)) + digits(r, r.randint(8, 11))
        return "US_BANK_NUMBER", acct, rt
    if kind == "mbi":
        L = "ACDEFGHJKMNPQRTUVWXY"
        v = f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}-{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}-{r.choice(L)}{r.choice(L)}{r.randint(0, 9)}{r.randint(0, 9)}"
        assert re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-[AC-HJKMNP-RT-Y]{2}\d\d", v), v
        return "HEALTH_INSURANCE", v, None
    if kind == "card":
        return "CREDIT_CARD", card(r), None
    if kind.startswith("iban_"):
        return "IBAN_CODE", iban_for(r, kind[5:]), None
    if kind == "nhs":
        v = capped(lambda: digits(r, 10), lambda x: x[0] != "0" and nhs.is_valid(x))
        return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}", None
    if kind == "utr":
        v = capped(lambda: str(r.randint(1, 9)) + digits(r, 9), utr.is_valid)
        return "TAX_ID", v, None
    if kind == "idnr":
        v = capped(lambda: str(r.randint(1, 9)) + digits(r, 10), de_idnr.is_valid, cap=20000)
        return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", None
    if kind == "nir":
        def mk():
            b = f"{r.randint(1, 2)}{yy:02d}{mm:02d}{r.randint(1, 95):02d}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
            return b + f"{97 - int(b) % 97:02d}"
        v = capped(mk, nir.is_valid)
        return "NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", None
    if kind == "curp":
        cons = "BCDFGHJKLMNPQRSTVWXZ"
        def mk():
            b = (r.choice(cons) + r.choice("AEIOU") + r.choice(cons) + r.choice(cons) + f"{yy:02d}{mm:02d}{dd:02d}" +
                 r.choice("HM") + r.choice(["DF", "JC", "NL", "PL", "VZ", "YN", "GT"]) + r.choice(cons) + r.choice(cons) + r.choice(cons) +
                 ("0" if born.year < 2000 else "A"))
            return b + str(r.randint(0, 9))
        return "NATIONAL_ID", capped(mk, curp.is_valid), None
    if kind == "rfc":
        cons = "BCDFGHJKLMNPQRSTVWXZ"
        def mk():
            return (r.choice(cons) + r.choice("AEIOU") + r.choice(cons) + r.choice(cons) + f"{yy:02d}{mm:02d}{dd:02d}" +
                    r.choice(cons) + r.choice("123456789") + r.choice("0123456789A"))
        return "TAX_ID", capped(mk, lambda x: rfc.is_valid(x, validate_check_digits=True)), None
    if kind == "cpf":
        v = capped(lambda: digits(r, 11), lambda x: len(set(x)) > 2 and cpf.is_valid(x))
        return "TAX_ID", cpf.format(v), None
    if kind == "cf":
        def mk():
            b = ("".join(r.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{yy:02d}" + "ABCDEHLMPRST"[mm - 1] +
                 f"{dd + r.choice([0, 40]):02d}" + r.choice("ABCDEFGHL") + f"{r.randint(100, 999)}")
            return b + codicefiscale.calc_check_digit(b)
        return "TAX_ID", capped(mk, codicefiscale.is_valid), None
    if kind == "bsn":
        v = capped(lambda: str(r.randint(1, 6)) + digits(r, 8), bsn.is_valid)
        return "NATIONAL_ID", v, None
    if kind == "pesel":
        m = mm + (20 if born.year >= 2000 else 0)
        v = capped(lambda: f"{yy:02d}{m:02d}{dd:02d}{digits(r, 5)}", pesel.is_valid)
        return "NATIONAL_ID", v, None
    if kind == "nip":
        v = capped(lambda: str(r.randint(1, 9)) + digits(r, 9), nip.is_valid)
        return "TAX_ID", f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}", None
    if kind == "tck":
        v = capped(lambda: (lambda b: b + tckimlik.calc_check_digits(b))(str(r.randint(1, 9)) + digits(r, 8)), tckimlik.is_valid)
        return "NATIONAL_ID", v, None
    if kind == "inn":
        v = capped(lambda: (lambda b: b + inn.calc_personal_check_digits(b))(f"{r.randint(1, 89):02d}" + digits(r, 8)), inn.is_valid)
        return "TAX_ID", v, None
    if kind == "eid":
        def mk():
            b = f"784{born.year}{digits(r, 7)}"
            return b + luhn.calc_check_digit(b)
        v = capped(mk, luhn.is_valid)
        return "NATIONAL_ID", f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}", None
    if kind == "ilid":
        v = capped(lambda: str(r.randint(0, 3)) + digits(r, 8), il_idnr.is_valid)
        return "NATIONAL_ID", v, None
    if kind == "aadhaar":
        v = capped(lambda: str(r.randint(2, 9)) + digits(r, 11), aadhaar.is_valid)
        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", None
    if kind == "pan":
        v = capped(lambda: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + r.choice("ABCDKLMRS") +
                   digits(r, 4) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), pan.is_valid)
        return "TAX_ID", v, None
    if kind == "thpin":
        v = capped(lambda: str(r.randint(1, 8)) + digits(r, 12), th_pin.is_valid)
        return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", None
    if kind == "mynum":
        v = capped(lambda: digits(r, 12), lambda x: x[0] != "0" and jp_in.is_valid(x))
        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", None
    if kind == "rrn":
        g = (r.choice("12") if born.year < 2000 else r.choice("34"))
        v = capped(lambda: f"{yy:02d}{mm:02d}{dd:02d}{g}{r.randint(0, 95):02d}{digits(r, 4)}", rrn.is_valid)
        return "NATIONAL_ID", f"{v[:6]}-{v[6:]}", None
    if kind == "ric":
        v = capped(lambda: f"{r.choice(['110101', '310104', '440305', '330106', '510107', '420106'])}{born:%Y%m%d}{digits(r, 3)}{r.choice('0123456789X')}", ric.is_valid)
        return "NATIONAL_ID", v, None
    if kind == "amka":
        v = capped(lambda: f"{dd:02d}{mm:02d}{yy:02d}{digits(r, 5)}", amka.is_valid)
        return "HEALTH_INSURANCE", v, None
    if kind == "afm":
        v = capped(lambda: str(r.randint(0, 1)) + digits(r, 8), lambda x: gr_vat.is_valid(x) and x != "000000000")
        return "TAX_ID", v, None
    if kind == "pnr":
        v = capped(lambda: f"{yy:02d}{mm:02d}{dd:02d}{digits(r, 4)}", personnummer.is_valid)
        return "NATIONAL_ID", f"{v[:6]}-{v[6:]}", None
    if kind == "nik":
        v = capped(lambda: f"{r.choice(['3173', '3273', '3578', '5171', '1271'])}{r.randint(1, 40):02d}{dd + r.choice([0, 40]):02d}{mm:02d}{yy:02d}{r.randint(1, 9999):04d}", nik.is_valid)
        return "NATIONAL_ID", v, None
    if kind == "czrc":
        m = mm + r.choice([0, 50])
        v = capped(lambda: f"{yy:02d}{m:02d}{dd:02d}{digits(r, 4)}", lambda x: czrc.is_valid(x) and len(x) == 10)
        return "NATIONAL_ID", f"{v[:6]}/{v[6:]}", None
    raise KeyError(kind)


def phone(r, region, mobile=True, fmt=None):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE)
    nn = phonenumbers.national_significant_number(ex)

    def mk():
        keep = max(2, len(nn) - 6)
        return phonenumbers.parse(f"+{ex.country_code}{nn[:keep]}{digits(r, len(nn) - keep)}")
    p = capped(mk, lambda x: phonenumbers.is_valid_number(x) and phonenumbers.region_code_for_number(x) == region, cap=500)
    f = fmt if fmt is not None else r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL])
    s = phonenumbers.format_number(p, f)
    assert phonenumbers.is_valid_number(phonenumbers.parse(s, region)), "invalid phone"
    return s


ASCII_SYL = ["ka", "ren", "mo", "lu", "ti", "dar", "vin", "sel", "ora", "bek", "nim", "tas", "pel", "zor"]


def email(r, tag):
    local = r.choice(ASCII_SYL) + r.choice(["", ".", "_"]) + r.choice(ASCII_SYL) + str(r.randint(1, 99))
    return f"{local}@{r.choice(LOC[tag]['mail'])}"


def public_ip(r):
    def mk():
        if r.random() < 0.8:
            return f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"2a0{r.randint(0, 9)}:{r.randint(4096, 65535):x}:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"
    return capped(mk, lambda x: ipaddress.ip_address(x).is_global)


def doc_ip(r):
    v = r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                  f"2001:db8::{r.randint(1, 65535):x}"])
    a = ipaddress.ip_address(v)
    assert any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))
    return v


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, r, tag):
        P, L = POOLS[tag], LOC[tag]
        self.tag = tag
        self.given = r.choice(P["given"])
        self.sur = r.choice(P["sur"])
        self.name = full_name(tag, self.given, self.sur)
        self.born = rand_date(r)
        self.dob = self.born.strftime(L["dob"])
        self.street = r.choice(P["street"])
        self.town = r.choice(P["town"])
        self.post = L["post"](r)
        self.phone = phone(r, L["region"])
        self.email = email(r, tag)
        self.ids = [gen_id(r, k, self.born) for k in L["ids"]]

    def addr(self):
        return f"{self.street}, {self.post} {self.town}"


def company(r):
    return build_pool(r, C(*COMPANY_PARTS), 1, "company")[0]


def ref(r, n=6, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(r.choice(alpha) for _ in range(n))


def container_no(r):
    # ISO 6346 with a correct check digit (a reference number, not personal data)
    owner = r.choice(["MRVU", "KLDU", "TSVU", "QYLU", "ORBU"])
    serial = digits(r, 6)
    vals = {c: v for c, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38])}
    s = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(owner + serial))
    return f"{owner}{serial}{s % 11 % 10}"


def awb(r):
    b = r.randint(1000000, 9999999)
    return f"{r.choice(['176', '157', '235', '618'])}-{b}{b % 7}"


def eticket(r):
    return f"{r.choice(['220', '057', '125', '176'])}-{digits(r, 10)}"


def imo(r):
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(5)]
    return "IMO " + "".join(map(str, d)) + str(sum(x * w for x, w in zip(d, range(7, 1, -1))) % 10)


def vin(r):
    tr = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [r.choice(al) for _ in range(17)]
    s = sum(tr[c] * wi for c, wi in zip(v, w)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


# ---------------------------------------------------------------- kinds
KINDS = ["airline_booking", "passenger_assistance", "rail_refund", "shipping_port", "courier_waybill",
         "customs_brokerage", "fleet_driver", "crew_roster", "taxi_dispatch", "lost_property"]


def idv(p, types):
    for t, v, x in p.ids:
        if t in types:
            return t, v, x
    return None


def pick_id(r, p):
    t, v, x = r.choice(p.ids)
    return t, v, x


def sens_doc(r, kind, tag, incidental):
    """Return (document text, instruction, list of issued (type, value, extra))."""
    L = LOC[tag]
    lab = L["lab"]
    p = Person(r, tag)
    iss = []

    def I(t, v, x=None):
        iss.append((t, v, x))
        return v if x is None else f"routing {x} acct {v}"

    if incidental:
        # a single item inside an otherwise operational text
        which = r.choice(["relation", "phone", "dob"])
        ops = ops_filler(r, kind, tag)
        if which == "relation":
            rel = r.choice(["my wife", "my son", "my daughter", "my mother-in-law", "the driver's brother", "his partner"])
            line = f"{L['hi']} {ops} Also {rel} {I('person', p.given)} will meet the shipment / pick it up, she has the paperwork."
        elif which == "phone":
            line = f"{ops}\n\nif anything goes wrong call me directly on {I('PHONE_NUMBER', p.phone)} -- {L['pl']}"
        else:
            line = f"{ops}\nPS the pax travelling unaccompanied was born {I('DATE_OF_BIRTH', p.dob)} so UM rules apply."
        return line, r.choice(INSTR[kind]), iss

    tid, idval, extra = pick_id(r, p)
    if kind == "airline_booking":
        rows = ["SURNAME/GIVEN,DOB,NAT,DOC,SEAT,SSR"]
        for k in range(r.randint(1, 3)):
            q = p if k == 0 else Person(r, tag)
            nm = I("person", q.name)
            rows.append(f"{nm},{I('DATE_OF_BIRTH', q.dob)},{LOC[tag]['region']},{I(*q.ids[0]) if q.ids[0][0] != 'US_BANK_NUMBER' else ''},{r.randint(3, 42)}{r.choice('ABCDEF')},{r.choice(['WCHR', 'VGML', 'NONE', 'DEAF', 'MAAS'])}")
        txt = r.choice([
            f"PNR {ref(r)} / {r.choice(AIRLINES)} flt {ref(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randint(100, 9999)}\nAPIS list pasted from DCS:\n" + "\n".join(rows) + f"\ncontact: {I('PHONE_NUMBER', p.phone)} / {I('EMAIL_ADDRESS', p.email)}",
            f"{L['hi']}\nI was charged twice for booking {ref(r)}. Card {I('CREDIT_CARD', card(r))}, name on card {I('person', p.name)}.\n{lab['addr']}: {I('STREET_ADDRESS', p.street)}, {p.post} {p.town}\n{lab['phone']}: {I('PHONE_NUMBER', p.phone)}\nPlease refund the duplicate, {L['pl']}",
        ])
    elif kind == "passenger_assistance":
        mrn = f"MRN {r.randint(10, 99)}-{digits(r, 6)}"
        assert re.fullmatch(r"MRN \d{2}-\d{6}", mrn)
        txt = r.choice([
            f"MEDIF PART 1\n{lab['name']}: {I('person', p.name)}\n{lab['dob']}: {I('DATE_OF_BIRTH', p.dob)}\nDiagnosis: post-op hip replacement, needs WCHC + aisle chair\nHospital ref: {I('MEDICAL_RECORD', mrn)}\n{lab['id']}: {I(tid, idval, extra)}\nEscort: none\nAttending doc contact {I('PHONE_NUMBER', p.phone)}",
            f"Incident log T2 PRM desk {dt.date(2026, r.randint(1, 12), r.randint(1, 28))} 06:4{r.randint(0, 9)}\nPax {I('person', p.name)} (seat {r.randint(1, 40)}C) collapsed at gate, taken to hospital, {I('MEDICAL_RECORD', mrn)}. Next of kin informed via {I('PHONE_NUMBER', p.phone)}. Home address on file: {I('STREET_ADDRESS', p.street)}.",
        ])
    elif kind == "rail_refund":
        txt = r.choice([
            f"Delay Repay claim\nTrain {r.choice(RAILS)} {r.randint(100, 9999)}, 47 min late.\n{lab['name']}: {I('person', p.name)}\nE-mail: {I('EMAIL_ADDRESS', p.email)}\n{lab['addr']}: {I('STREET_ADDRESS', p.street)}, {p.post} {p.town}\nPay to: {I(tid, idval, extra) if tid in ('IBAN_CODE', 'CREDIT_CARD') else I('CREDIT_CARD', card(r))}\nSeason ticket holder since 2019.",
            f"{L['urg']} -- {L['hi']} my {r.choice(['BahnCard', 'season ticket', 'railcard'])} was blocked and the conductor fined me. {lab['name']} {I('person', p.name)}, {lab['dob']} {I('DATE_OF_BIRTH', p.dob)}, {lab['id']} {I(tid, idval, extra)}. Call me {I('PHONE_NUMBER', p.phone)}!!",
        ])
    elif kind == "shipping_port":
        txt = r.choice([
            f"BILL OF LADING No. {ref(r, 10)}\nShipper: {company(r)}\nConsignee: {I('person', p.name)} (private, household goods / personal effects)\nNotify: {I('STREET_ADDRESS', p.street)}, {p.post} {p.town} / {I('PHONE_NUMBER', p.phone)}\nContainer: {container_no(r)} 20'DV, seal {digits(r, 7)}\nConsignee {lab['id']}: {I(tid, idval, extra)}",
            "CREW LIST (IMO FAL 5) " + imo(r) + "\nNo;Name;Rank;DOB;ID\n" + "\n".join(
                f"{k + 1};{I('person', q.name)};{r.choice(['Master', 'C/O', '2/E', 'AB', 'OS', 'Cook'])};{I('DATE_OF_BIRTH', q.dob)};{I(*q.ids[0])}"
                for k, q in enumerate([p] + [Person(r, tag) for _ in range(r.randint(1, 3))])),
        ])
    elif kind == "courier_waybill":
        txt = r.choice([
            f"WAYBILL {awb(r)}\nRECEIVER: {I('person', p.name)}\n{I('STREET_ADDRESS', p.street)}\n{p.post} {p.town}\nTEL {I('PHONE_NUMBER', p.phone)}\nCOD: yes   pcs 1   wt 2.4kg\nnote: leave w/ neighbour if not home",
            json.dumps({"locker_id": f"LK-{r.randint(100, 999)}", "parcel": ref(r, 12, "0123456789"), "recipient": {"name": I('person', p.name), "msisdn": I('PHONE_NUMBER', p.phone), "email": I('EMAIL_ADDRESS', p.email)}, "pickup_code": digits(r, 6), "status": "EXPIRED_72H"}, ensure_ascii=False, indent=1),
            f"driver app log {dt.date(2026, 3, r.randint(1, 28))}: POD signed by {I('person', p.name)}, geotag mismatch, customer login from {I('IP_ADDRESS', public_ip(r))} disputes delivery",
        ])
    elif kind == "customs_brokerage":
        txt = r.choice([
            f"UNB+UNOC:3+{ref(r, 8)}+{ref(r, 8)}'\nBGM+952+{ref(r, 9, '0123456789')}'\nNAD+CN+++{I('person', p.name)}+{I('STREET_ADDRESS', p.street)}+{p.town}++{p.post}'\nRFF+TIN:{I(tid, idval, extra)}'\nCOM+{I('PHONE_NUMBER', p.phone)}:TE'\nGID+1+2:CT' FTX+AAA+++used personal effects, returning resident'",
            f"Private import, clearance docs\nImporter (natural person): {I('person', p.name)}\n{lab['id']}: {I(tid, idval, extra)}\n{lab['dob']}: {I('DATE_OF_BIRTH', p.dob)}\nHS 8711.60 e-bike, CIF 1,840.00 EUR\nduty paid by card {I('CREDIT_CARD', card(r))}",
        ])
    elif kind == "fleet_driver":
        txt = r.choice([
            "driver_id,name,phone,licence_exp,payroll\n" + "\n".join(
                f"D{r.randint(100, 999)},{I('person', q.name)},{I('PHONE_NUMBER', q.phone)},2027-0{r.randint(1, 9)}-1{r.randint(0, 9)},{I(*(idv(q, ('IBAN_CODE', 'US_BANK_NUMBER', 'TAX_ID', 'NATIONAL_ID')) or q.ids[0]))}"
                for q in [p] + [Person(r, tag) for _ in range(r.randint(1, 3))]),
            f"Tacho infringement report: driver {I('person', p.name)} ({lab['dob']} {I('DATE_OF_BIRTH', p.dob)}) exceeded 4.5h driving, no break. Home: {I('STREET_ADDRESS', p.street)}. Disciplinary meeting; mobile {I('PHONE_NUMBER', p.phone)}.",
        ])
    elif kind == "crew_roster":
        txt = r.choice([
            "ROSTER WK " + str(r.randint(1, 52)) + "\nCREW | RANK | PAIRING | REPORT | CONTACT\n" + "\n".join(
                f"{I('person', q.name)} | {r.choice(['CPT', 'FO', 'SCCM', 'CCM'])} | P{r.randint(1000, 9999)} | 0{r.randint(4, 9)}:{r.choice(['05', '35', '50'])} | {I('PHONE_NUMBER', q.phone)}"
                for q in [p] + [Person(r, tag) for _ in range(r.randint(2, 4))]),
            f"Crew member {I('person', p.name)} called in sick (fatigue report FR-{r.randint(100, 999)}). Staff file: {lab['dob']} {I('DATE_OF_BIRTH', p.dob)}, {lab['id']} {I(tid, idval, extra)}, {I('STREET_ADDRESS', p.street)}. Standby to be activated.",
        ])
    elif kind == "taxi_dispatch":
        txt = r.choice([
            f"[dispatch 23:1{r.randint(0, 9)}] car 4{r.randint(10, 99)} pls pickup {I('person', p.given)} at {I('STREET_ADDRESS', p.street)}, cust phone {I('PHONE_NUMBER', p.phone)}, elderly lady w/ walker, going to A&E\n[car] ok 6 min",
            f"Rider complaint #{r.randint(100000, 999999)}: rider {I('person', p.name)} <{I('EMAIL_ADDRESS', p.email)}> says driver took long route. Account last login IP {I('IP_ADDRESS', public_ip(r))}. Card on file {I('CREDIT_CARD', card(r))}.",
        ])
    else:  # lost_property
        txt = r.choice([
            f"FOUND ITEM #{r.randint(10000, 99999)} coach 7 seat 32: wallet containing ID card ({lab['id']} {I(tid, idval, extra)}), bank card {I('CREDIT_CARD', card(r))}, name {I('person', p.name)}, {lab['dob']} {I('DATE_OF_BIRTH', p.dob)}. Owner not yet contacted.",
            f"{L['hi']} I left my laptop bag on flight {ref(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randint(100, 999)}, row 14. {lab['name']}: {I('person', p.name)}. {lab['phone']}: {I('PHONE_NUMBER', p.phone)}. {lab['addr']}: {I('STREET_ADDRESS', p.street)}, {p.post} {p.town}. Bag has a sticker with my email {I('EMAIL_ADDRESS', p.email)}. {L['pl']}",
        ])
    return txt, r.choice(INSTR[kind]), iss


def ops_filler(r, kind, tag):
    L = LOC[tag]
    return r.choice([
        f"{L['urg']}: container {container_no(r)} rolled to next vessel, new ETA +3d, demurrage clock starts Mon. Booking {ref(r, 9)}.",
        f"flight {ref(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randint(100, 999)} delayed 2h10 (ATC), connections at risk: {r.randint(3, 30)} pax, {r.randint(1, 9)} UMs.",
        f"AWB {awb(r)} held at customs, missing commercial invoice + packing list; broker says Thursday earliest.",
        f"Van {r.randint(10, 99)} broke down on the ring road, 42 drops left, redistributing to routes 7 and 12.",
        f"Train {r.randint(100, 9999)} cancelled due to signal failure, rail replacement buses from platform 4, {L['pl']}.",
    ])


INSTR = {
    "airline_booking": ["pls rebook all on the next flight and draft the email to them", "check the APIS data for errors before we transmit", "summarise the complaint + suggest refund wording", "convert to the JSON format our DCS import wants"],
    "passenger_assistance": ["fill the PRM handover note for the arrival station", "write the incident summary for the duty manager", "translate this for the ground handler", "what SSR codes should this booking carry?"],
    "rail_refund": ["draft a reply approving the compensation", "is this claim eligible under the 30-min rule?", "extract fields into our claims CSV", "rewrite politely, the customer is angry"],
    "shipping_port": ["check the B/L against the booking and list mismatches", "prepare the crew list for port state control submission", "convert to a CSV for the terminal system", "draft the arrival notice to the consignee"],
    "courier_waybill": ["why did this fail? suggest next action", "write the SMS to the receiver", "normalise the address for the routing engine", "turn this into a redelivery ticket"],
    "customs_brokerage": ["validate the declaration and tell me what's missing", "translate the goods description and classify", "explain the EDI segments to the new clerk", "draft the request for the missing docs"],
    "fleet_driver": ["import this into the fleet tool format", "write the warning letter", "which drivers' licences expire first?", "summarise for the ops manager"],
    "crew_roster": ["rebuild the roster so no one breaks rest rules", "send the standby call-out message", "turn into a table sorted by report time", "summarise for crew control"],
    "taxi_dispatch": ["what should dispatch reply?", "write up the complaint outcome", "summarise this shift log", "translate for the driver"],
    "lost_property": ["write the message to the owner", "log this into the lost & found system as JSON", "draft the reply to the passenger", "classify the item and suggest storage period"],
}


def benign_doc(r, kind, tag):
    """Hard negatives of the same kind; returns (text, instruction, style tag)."""
    L = LOC[tag]
    lab = L["lab"]
    air = r.choice(AIRLINES)
    co = company(r)
    org_phone = phone(r, L["region"], mobile=False)
    choices = []
    # organisations' own contact data
    choices.append(("org_contact", f"{air} Customer Relations\nRegistered office: {r.choice(POOLS[tag]['street'])}, {r.choice(POOLS[tag]['town'])}\nSwitchboard {org_phone} (24/7)\ncustomer.relations@{air.lower().replace(' ', '')}.example.com\nClaims under EU261 / ANAC / DGCA rules only via the web form."))
    # blank form / placeholders
    choices.append(("blank_form", f"{lab['name']}: ____________\n{lab['dob']}: __/__/____\n{lab['phone']}: [PHONE]\n{lab['addr']}: [ADDRESS]\n{lab['id']}: <to be completed by passenger>\nSignature: ________  (form {kind.upper()[:4]}-{r.randint(1, 99)} rev {r.randint(1, 9)})"))
    # reference numbers that look like identifiers
    choices.append(("reference_numbers", "ref_type,value\n" + "\n".join([f"container,{container_no(r)}", f"awb,{awb(r)}", f"eticket,{eticket(r)}",
                                                                     f"vessel,{imo(r)}", f"vin,{vin(r)}", f"booking,{ref(r, 9)}", f"hs_code,{r.choice(['8708.99', '6403.99', '8471.30', '3004.90'])}",
                                                                     f"seal,{digits(r, 8)}", f"pnr,{ref(r)}", f"tracking,1Z{ref(r, 16, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ')}"])))
    # documentation / test values
    choices.append(("test_values", f"Sandbox config for the {air} NDC / payment gateway:\nTEST_CARD=4111 1111 1111 1111 (exp 12/30, cvv 123)\nALT_TEST_CARD=5555 5555 5555 4444\nCALLBACK_IP={doc_ip(r)}\nsupport contact: dev@example.org, phone +1 555 0100 (fictional)\nIBAN sample from the spec: DE89 3704 0044 0532 0130 00"))
    # aggregated / anonymised
    choices.append(("aggregated", f"Q{r.randint(1, 4)} summary: on-time {r.randint(70, 95)}.{r.randint(0, 9)}%, complaints {r.randint(200, 4000)} (baggage {r.randint(20, 40)}%, refunds {r.randint(10, 30)}%), lost property items {r.randint(500, 9000)}, returned {r.randint(30, 70)}%, PRM requests {r.randint(1000, 20000)}; no individual data included."))
    choices.append(("anonymised", "ROSTER (pseudonymised)\n" + "\n".join(f"CM-{r.randint(1000, 9999)} | {r.choice(['CPT', 'FO', 'SCCM', 'CCM'])} | P{r.randint(1000, 9999)} | [REDACTED] | rest {r.randint(10, 14)}h" for _ in range(r.randint(3, 6)))))
    # company-to-company
    choices.append(("company_parties", f"Shipper: {co}, VAT/EORI on file\nConsignee: {company(r)}\nNotify: same as consignee, ops desk {org_phone}\nContainer {container_no(r)}, {r.randint(8, 24)} pallets, {r.randint(3000, 22000)} kg, Incoterms {r.choice(['FOB', 'CIF', 'DAP', 'EXW'])}"))
    # eponyms, public figures, fiction
    ep = [e for e in EPONYMS if e in EPONYM_OK]
    if ep:
        choices.append(("eponym", f"Transfer note: bags from {r.choice(ep)} arrive via {r.choice(ep)} hub; MCT 55 min, interline through-check OK."))
    fi = [e for e in FICTION if e in FICTION_OK]
    if fi:
        choices.append(("fiction", f"Idea for the staff training video: a passenger like {r.choice(fi)} misses his connection, what should the agent say? Keep it light, no real customers."))
    if PUBLIC_OK:
        pf = r.choice(PUBLIC_OK)
        choices.append(("public_role", f"Press release: {pf}, CEO of {air}, announced today that the carrier will add {r.randint(3, 12)} routes this winter. Media enquiries: press@{air.lower().replace(' ', '')}.example.com, {org_phone}."))
    choices.append(("org_roles", f"Lost property office, main station: open Mon-Fri 08:00-18:00, {org_phone}, lostandfound@{r.choice(RAILS).lower().replace(' ', '')}.example.net. Items kept 90 days, then donated."))
    style, txt = r.choice(choices)
    return txt, r.choice(INSTR[kind]), style


EPONYM_OK, FICTION_OK, PUBLIC_OK = [], [], []


# ---------------------------------------------------------------- placement
PLACEMENTS = ["user", "system", "assistant", "tool", "file_part", "tool_call_args", "tool_schema", "response_format",
              "user_field", "image_url"]


def place(r, i, doc, instr, lead, tag, sensitive_user=None):
    pl = PLACEMENTS[(i + i // 10) % len(PLACEMENTS)]
    model = r.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "claude-3-5-sonnet"])
    sysmsg = {"role": "system", "content": r.choice(["You help the ops desk of a logistics company.", "You are a dispatch assistant. Be brief.",
                                                     "Assist airport ground staff.", "You support customs brokers; cite the rule you use."])}
    u = f"{lead}\n\n{instr}"
    if pl == "user":
        msgs = [sysmsg, {"role": "user", "content": f"{lead} {instr}\n\n{doc}"}]
    elif pl == "system":
        msgs = [{"role": "system", "content": sysmsg["content"] + "\nCase file:\n" + doc}, {"role": "user", "content": u}]
    elif pl == "assistant":
        msgs = [sysmsg, {"role": "user", "content": "paste back what I sent so I can check"}, {"role": "assistant", "content": "Here it is:\n" + doc}, {"role": "user", "content": u}]
    elif pl == "tool":
        msgs = [sysmsg, {"role": "user", "content": u}, {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "fetch_case", "arguments": json.dumps({"case": ref(r, 8)})}}]},
                {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif pl == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": u}, {"type": "file", "file": {"filename": f"{r.choice(['manifest', 'case', 'export', 'scan'])}_{r.randint(1, 999)}.txt", "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif pl == "tool_call_args":
        msgs = [sysmsg, {"role": "user", "content": u}, {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function", "function": {"name": "create_ticket", "arguments": json.dumps({"body": doc, "queue": "ops"}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": "call_7", "content": "{\"ok\": true}"}, {"role": "user", "content": "now do the rest"}]
    elif pl == "tool_schema":
        body = {"model": model, "messages": [sysmsg, {"role": "user", "content": u}],
                "tools": [{"type": "function", "function": {"name": "submit_record", "description": "Submit the record. Example input:\n" + doc,
                                                            "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}}]}
        return pl, body
    elif pl == "response_format":
        body = {"model": model, "messages": [sysmsg, {"role": "user", "content": u}],
                "response_format": {"type": "json_schema", "json_schema": {"name": "record", "schema": {"type": "object", "description": "Extract like this example: " + doc, "properties": {"fields": {"type": "object"}}}}}}
        return pl, body
    elif pl == "user_field":
        body = {"model": model, "messages": [sysmsg, {"role": "user", "content": f"{u}\n\n{doc}"}], "user": sensitive_user or f"agent-{ref(r, 10, '0123456789abcdef')}"}
        return pl, body
    else:
        q = urllib.parse.quote(doc, safe="")
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": u + "\n(scan of the label attached)"}, {"type": "image_url", "image_url": {"url": f"https://scan.example-courier.net/label.png?ocr={q}"}}]}]
    return pl, {"model": model, "messages": msgs}


def haystack(body):
    out = []

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                out.append(str(k))
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)
            m = re.match(r"data:[^;]+;base64,(.*)$", x, re.S)
            if m:
                out.append(base64.b64decode(m.group(1)).decode("utf-8"))
            if "%" in x:
                out.append(urllib.parse.unquote(x))
            if x.lstrip().startswith("{"):
                try:
                    walk(json.loads(x))
                except ValueError:
                    pass
    walk(body)
    return "\n".join(out)


def entities_of(body, issued):
    h = haystack(body)
    ents, seen = [], set()
    for t, v, x in issued:
        if (t, v) in seen or not v:
            continue
        if v in h and (x is None or x in h):
            seen.add((t, v))
            e = {"type": t, "value": v}
            if x is not None:
                e["routing"] = x
            ents.append(e)
    return ents


# ---------------------------------------------------------------- PII split
def make_pii(r):
    recs = []
    n_per_kind, n_sens = 50, 29
    i = 0
    for ki, kind in enumerate(KINDS):
        for j in range(n_per_kind):
            i += 1
            tag = LOCALES[(i * 7 + ki) % len(LOCALES)]
            L = LOC[tag]
            sensitive = j < n_sens
            lead = r.choice([L["hi"], L["urg"] + "!", "", L["hi"] + " " + L["urg"]])
            if sensitive:
                incidental = j % 8 == 3
                doc, instr, iss = sens_doc(r, kind, tag, incidental)
                style = f"{kind} · {'incidental' if incidental else 'document'}"
                su = None
            else:
                doc, instr, bstyle = benign_doc(r, kind, tag)
                iss, su, incidental = [], None, False
                style = f"{kind} · {bstyle}"
            if sensitive and su is None and not incidental:
                su = next((v for t, v, x in iss if t == "EMAIL_ADDRESS"), None)
            if i % 10 == 5:  # completions endpoint
                body = {"model": r.choice(["gpt-3.5-turbo-instruct", "hybridgate/auto"]), "prompt": f"{lead}\n{doc}\n\n{instr}\n", "max_tokens": 400}
                endpoint, pl = "completions", "prompt"
            else:
                pl, body = place(r, i, doc, instr, lead, tag, su)
                endpoint = "chat"
            ents = entities_of(body, iss)
            if sensitive and not ents:
                sys.exit(f"sensitive record {i} lost all its values")
            assert bool(ents) == sensitive
            recs.append({"id": f"{SPLIT}-pii-{i:04d}", "category": kind if sensitive else f"{kind}_benign", "sensitive": sensitive,
                         "entities": ents, "endpoint": endpoint, "lang": tag, "style": f"{style} · {pl}", "body": body})
    r.shuffle(recs)
    for n, rec in enumerate(recs, 1):
        rec["id"] = f"{SPLIT}-pii-{n:04d}"
    return recs


# ---------------------------------------------------------------- complexity split
SIMPLE = {
    "en": ["what does ETA vs ETD mean?", "convert 2,450 kg to lbs", "is a EUR pallet 120x80 or 120x100?", "what's a TEU?", "spell out 'POD' in courier speak", "how many hours is 0645 to 1410?", "translate 'gate closed' to Spanish", "what is demurrage, one sentence"],
    "de": ["Was heißt 'Lieferschein' auf Englisch?", "Wie viele Paletten passen in einen 13,6 m Sattelauflieger?", "Was bedeutet CMR?"],
    "fr": ["Que signifie 'dédouanement' en anglais ?", "C'est quoi un connaissement ?"],
    "es": ["¿Qué es un conocimiento de embarque?", "convierte 40 pies a metros"],
    "ja": ["「着払い」を英語で言うと？", "TEUとは何ですか？一文で。"],
    "zh": ["什么是提单？一句话解释。", "把 'customs clearance' 翻译成中文"],
    "ru": ["Что такое CMR-накладная? Коротко.", "Переведи 'посадка окончена' на английский"],
    "ar": ["ما معنى 'بوليصة الشحن' بالإنجليزية؟"],
    "pt": ["O que significa 'frete FOB'?"],
    "hi": ["'माल ढुलाई' को अंग्रेज़ी में क्या कहते हैं?"],
    "ko": ["'택배 운송장'을 영어로 뭐라고 해요?"],
    "tr": ["'Gümrük beyannamesi' İngilizcede ne demek?"],
}
HARD = {
    "en": [
        "Formulate crew pairing for a 3-base short-haul network as a set-partitioning ILP with column generation; state the pricing subproblem with EASA FTL duty/rest constraints as resource windows and argue why the LP bound is tight.",
        "Prove or refute: for the capacitated VRP with time windows, a greedy insertion heuristic has no constant approximation ratio. Give a construction.",
        "Our demurrage clause: free time 5 days, then tiered 75/150/300 USD/day, clock paused for terminal strikes but not customs holds, detention merged after gate-out. Container held 17 days with 3 strike days and a 4-day customs hold starting day 9. Compute and justify each step; flag ambiguities.",
        "Design a Bayesian model for no-show rates by fare class to set overbooking limits; derive the expected-revenue-optimal authorisation level with denied-boarding cost and show sensitivity.",
        "Explain how Incoterms DAP vs DDP shift risk and VAT liability when goods are damaged during transshipment in a third country with a bonded warehouse, and what a broker must change on the declaration.",
        "Given Little's law and M/M/c queues, size dock doors for 340 trucks/day with lognormal service times (mean 38 min, cv 0.6); explain why M/M/c underestimates waiting and propose a correction.",
        "Write an O(n log n) algorithm to merge overlapping duty periods across time zones with DST transitions and prove correctness.",
        "Compare hub-and-spoke vs point-to-point for a regional carrier using a network-flow model with connection banks; derive when banking increases revenue net of aircraft utilisation loss.",
    ],
    "de": ["Leite her, wann eine Umschlagsstrategie Cross-Docking gegenüber Lagerhaltung dominiert, unter stochastischer Nachfrage und Fixkosten pro Tor; gib Bedingungen als Ungleichung an.",
           "Analysiere die Haftung nach CMR Art. 17 und 23 bei Teilverlust einer Sammelladung mit Nachnahme, wenn der Unterfrachtführer insolvent ist."],
    "fr": ["Démontre que le problème d'affectation des portes d'embarquement avec contraintes de remorquage est NP-difficile par réduction depuis la coloration de graphes d'intervalles avec restrictions.",
           "Modélise l'optimisation des créneaux ferroviaires sur une ligne à voie unique avec croisements comme un PLNE et discute la relaxation lagrangienne."],
    "es": ["Formula el problema de ubicación de hubs de paquetería con capacidad y cobertura en 48 h como MILP, y explica cómo aplicar descomposición de Benders."],
    "ja": ["港湾のバース割当問題を時間窓付きで混合整数計画として定式化し、ラグランジュ緩和による下界の求め方を説明してください。"],
    "zh": ["请证明带时间窗的取送货问题（PDPTW）是NP难的，并设计一个带修复算子的大邻域搜索算法，分析其复杂度。"],
    "ru": ["Выведи оптимальную политику пополнения запасов запчастей для парка из 120 грузовиков при пуассоновских отказах и сроке поставки 9 дней; обоснуй (s,S) и оцени чувствительность."],
    "pt": ["Modele a programação de escalas de tripulação de ônibus intermunicipais com repouso mínimo de 11h como problema de cobertura de conjuntos e discuta geração de colunas."],
    "ar": ["صِغ مسألة جدولة أطقم الطيران مع قيود ساعات الراحة كبرنامج خطي صحيح، واشرح لماذا يكون توليد الأعمدة مناسباً لها."],
    "ko": ["컨테이너 터미널의 야드 크레인 스케줄링을 혼합정수계획으로 정식화하고 간섭 제약을 포함해 하한을 구하는 방법을 설명하세요."],
}
LANG_TAG = {"en": "en", "de": "de-DE", "fr": "fr-FR", "es": "es-MX", "ja": "ja-JP", "zh": "zh-CN", "ru": "ru-RU", "ar": "ar-AE", "pt": "pt-BR", "hi": "hi-IN", "ko": "ko-KR", "tr": "tr-TR"}


def long_table(r, min_len=1600):
    kinds = [
        lambda: f"{ref(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randint(100, 999)} | {r.choice(['FRA', 'IST', 'DXB', 'GRU', 'NRT', 'WAW'])}-{r.choice(['LHR', 'CDG', 'BKK', 'JFK', 'ICN'])} | STD {r.randint(5, 23):02d}:{r.choice(['05', '20', '45'])} | gate {r.choice('ABCDE')}{r.randint(1, 40)} | {r.choice(['on time', 'delayed', 'boarding', 'cancelled'])}",
        lambda: f"{container_no(r)},{r.choice(['20DV', '40HC', '40RF'])},{r.randint(3000, 28000)} kg,{r.choice(['Hamburg', 'Rotterdam', 'Santos', 'Busan'])},{r.choice(['loaded', 'discharged', 'on hold'])}",
        lambda: f"route {r.randint(1, 40)}: stop {r.randint(1, 60)} -- {r.randint(1, 12)} parcels -- window {r.randint(8, 17)}:00-{r.randint(9, 19)}:00 -- depot {r.choice(['N', 'S', 'E', 'W'])}",
        lambda: f"train {r.randint(100, 9999)} dep {r.randint(5, 23):02d}:{r.randint(0, 59):02d} platform {r.randint(1, 14)} {r.choice(['regional', 'intercity', 'freight path'])}",
    ]
    k = r.choice(kinds)
    rows = []
    while sum(len(x) + 1 for x in rows) < min_len:
        rows.append(k())
    return "\n".join(rows)


EASY_TASKS = ["count the rows and tell me the total", "sort this by the first column", "turn this into a markdown table", "remove duplicate lines", "translate the status words to German", "list only the cancelled / on hold ones", "convert to CSV with a header"]
EASY_L = {"de": ["Zähl bitte die Zeilen", "sortier das nach der ersten Spalte", "mach eine Markdown-Tabelle draus"],
          "fr": ["compte les lignes stp", "trie par la première colonne", "mets ça en tableau markdown"],
          "es": ["cuenta las filas", "ordena por la primera columna", "pásalo a CSV con encabezado"],
          "ja": ["行数を数えてください", "最初の列で並べ替えて", "マークダウンの表にして"],
          "zh": ["数一下有多少行", "按第一列排序", "转成带表头的CSV"],
          "ru": ["посчитай строки", "отсортируй по первому столбцу", "сделай таблицу markdown"],
          "pt": ["conta as linhas", "ordena pela primeira coluna", "converte para CSV com cabeçalho"],
          "tr": ["satırları say", "ilk sütuna göre sırala", "markdown tablosuna çevir"]}
HARD_TASKS = ["find the scheduling conflicts, propose a re-assignment that minimises total delay, and prove no better assignment exists under the constraints", "reconcile these rows against the 4-tier demurrage tariff and detention rules, compute costs, and identify which contractual clause is ambiguous", "build an optimisation model (variables, constraints, objective) that reassigns resources here with rest-time and capacity limits, then argue about its LP relaxation", "detect anomalies, hypothesise root causes statistically, and design an experiment to test them"]


def make_cx(r):
    recs = []
    langs = list(SIMPLE)
    plan = ["short_simple"] * 47 + ["long_easy"] * 48 + ["short_hard"] * 48 + ["long_hard"] * 47
    for i, cat in enumerate(plan):
        lg = langs[i % len(langs)]
        if cat == "short_simple":
            opts = SIMPLE.get(lg) or SIMPLE["en"]
            text, lab = r.choice(opts), 0
            style = "question"
        elif cat == "short_hard":
            hl = lg if lg in HARD else "en"
            lg = hl
            text, lab = r.choice(HARD[hl]), 1
            style = "analysis"
        elif cat == "long_easy":
            lg = r.choice(["en", "en"] + list(EASY_L))
            text, lab = f"{r.choice(EASY_L.get(lg, EASY_TASKS))}\n\n{long_table(r)}", 0
            style = "reformat"
        else:
            hl = r.choice(list(HARD))
            lg = hl
            text, lab = f"{r.choice(HARD_TASKS)}. Background: {r.choice(HARD[hl])}\n\n{long_table(r, 1200)}", 1
            style = "analysis_doc"
        if cat == "long_easy":
            assert len(text) >= 1500
        body = {"model": "hybridgate/auto", "messages": [{"role": "system", "content": "You assist transport and logistics staff."}, {"role": "user", "content": text}]}
        if i % 9 == 4:
            body["messages"].insert(1, {"role": "user", "content": "context: we're the ops desk"})
            body["messages"].insert(2, {"role": "assistant", "content": "OK, go ahead."})
        recs.append({"id": "", "category": cat, "label": lab, "length_adversarial": cat in ("short_hard", "long_easy"),
                     "endpoint": "chat", "lang": LANG_TAG[lg], "style": style, "body": body})
    r.shuffle(recs)
    for n, rec in enumerate(recs, 1):
        rec["id"] = f"{SPLIT}-cx-{n:04d}"
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7240519)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    r = random.Random(a.seed)
    build_pools(r)
    for pool, label in ((AIRLINES, "airline"), (RAILS, "rail")):
        keep = [e for e in pool if not is_frozen(e)]
        DROPPED[label] += len(pool) - len(keep)
        pool[:] = keep or build_pool(r, C(["Vell", "Karro", "Osmi", "Trun"], ["ane Air", "via Rail", "ora Air"]), 3, label)
    EPONYM_OK.extend(e for e in EPONYMS if not is_frozen(e))
    FICTION_OK.extend(e for e in FICTION if not is_frozen(e))
    PUBLIC_OK.extend(build_pool(r, C(["Halvard", "Ysolde", "Corvin", "Marisol", "Tancredi"], [" Brennkamp", " Ostravel", " Merivane", " Quayline"]), 3, "public"))
    pii = make_pii(r)
    cx = make_cx(r)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii", pii), ("complexity", cx)):
        with open(out / f"{name}_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    sens = sum(x["sensitive"] for x in pii)
    inc = sum("incidental" in x["style"] for x in pii)
    print(f"pii_{SPLIT}: {len(pii)} records ({sum(x['endpoint'] == 'chat' for x in pii)} chat, {sum(x['endpoint'] == 'completions' for x in pii)} completions), "
          f"{len({x['lang'] for x in pii})} locales, {sens} sensitive / {len(pii) - sens} benign, {inc} incidental")
    print("  categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("  benign styles:", dict(sorted(collections.Counter(x["style"].split(" · ")[1] for x in pii if not x["sensitive"]).items())))
    print(f"complexity_{SPLIT}: {len(cx)} records, {len({x['lang'] for x in cx})} language tags,", dict(sorted(collections.Counter(x["category"] for x in cx).items())),
          f"{sum(x['length_adversarial'] for x in cx)} length-adversarial, {sum(x['label'] for x in cx)} labelled 1")
    print(f"freeze: {sum(DROPPED.values())} pool entries dropped; eponyms kept {len(EPONYM_OK)}/{len(EPONYMS)}, fiction kept {len(FICTION_OK)}/{len(FICTION)}")


if __name__ == "__main__":
    main()
