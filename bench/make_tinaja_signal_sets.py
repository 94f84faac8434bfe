#!/usr/bin/env python3
"""Tinaja: a blind evaluation split for the request signals, organised by the world of SCIENCE AND RESEARCH.

Writes bench/data/signals/pii_tinaja.jsonl and bench/data/signals/complexity_tinaja.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body).

How it was written
    Blind. Its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py and the first
    two lines of the two delta files. Not read: the detector, the scorer, tests, the evaluator, results,
    docs, policies, commit messages, other generators (their sources are only scanned automatically, see
    the freeze). The freeze: every capitalised word and every non-ASCII word / non-ASCII bigram of the
    generators named in FROZEN_AGAINST (this file skipped) forms a word set; every entry of the name,
    street-stem, city, institution-stem and eponym pools that shares a word with it is dropped and the
    pools are refilled from invented, locale-typical syllables (capped retries, re-checked). Generic
    type words in templates (street type, "Institute", "Hospital") are template vocabulary, not pool
    entries, and are not frozen. The run prints how many candidates the freeze dropped.

Organising principle and the line drawn
    The people of research: university labs, clinical trials and research ethics boards, grant applications
    and peer review, lab equipment bookings, biobanks and study participants, conferences and journals, PhD
    supervision and doctoral admissions. Ten kinds (categories): ethics_application, consent_form,
    participant_log, biobank_manifest, peer_review, grant_budget, equipment_booking, phd_admissions,
    conference_registration, lab_notebook; benign twins are ``<kind>_benign``. Voices: study nurses,
    trial coordinators, REB secretaries, biobank technicians, reviewers, grant officers, lab managers,
    PhD students and supervisors, conference organisers -- as notebooks, forms, CSV / JSON exports from
    LIMS / CTMS / booking systems, e-mails and chats mixing English with the local language.
    Personal data (sensitive): anything about a private, identifiable person -- a participant, donor,
    applicant, student, staff member or reviewer -- named or identified by a contact detail or identifier,
    including incidental single items (a first name with a relation / role cue, one private phone number in
    a long text, one birth date). NOT personal data (benign): office holders in their public role (ethics
    board chair, editor-in-chief, programme director as published), cited authors and eponyms of methods and
    diseases, organisations' own role mailboxes, switchboards, registered addresses and the institution's
    own bank account, blank forms and placeholders, pseudonymised participant codes, aggregated counts,
    protocol / sample / booking / manuscript / grant reference numbers, catalogue and lot numbers, CAS
    numbers, DOIs, private-network and documentation IP addresses (RFC 1918 / 5737), visit dates that are
    not birth dates.

Labels
    PII: ``entities`` is a list of {"type", "value"} found by searching the serialised body (ensure_ascii
    off; base64 file parts decoded; URL-unquoted) for every value the record issued; ``sensitive`` is true
    iff entities is non-empty (asserted against the intended label). Types: person, PHONE_NUMBER,
    EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, CREDIT_CARD,
    IBAN_CODE, IP_ADDRESS, ssn (US only), US_BANK_NUMBER (routing and account), MEDICAL_RECORD. Complexity:
    label 1 = needs a strong model (short_hard, long_hard); length_adversarial for short_hard and long_easy;
    long_easy >= 1,500 characters.

Contents (seed 20260311; the run prints these counts)
    pii_tinaja.jsonl: 500 requests, 10 kinds x 50 (29 sensitive + 21 benign): 290 sensitive / 210 benign,
    40 sensitive ones with a single incidental item; 21 locales (Latin, Cyrillic, Greek, Hebrew, Arabic,
    Devanagari, Thai, Han, Kana/Kanji, Hangul); about 10% completions endpoint; the document is placed by
    rotation in user / system / assistant / tool messages, text and file content parts, tool-call arguments,
    tool schemas, response_format and ``user``.
    complexity_tinaja.jsonl: 192 chat requests, 48 per category, 96 length-adversarial, 96 labelled 1,
    in 14 languages.

Validation
    National / tax / health ids with python-stdnum (us.ssn, us.rtn, gb.nhs, de.idnr, fr.nir, es.dni,
    it.codicefiscale, nl.bsn, pl.pesel, br.cpf, se.personnummer, fi.hetu, kr.rrn, cn.ric, in_.aadhaar,
    in_.pan, il.idnr, ru.inn, gr.amka, tr.tckimlik, th.pin, jp.in_, iban), Emirates ID, cards, MRNs and
    member numbers with Luhn, phones with phonenumbers.is_valid_number for their region, IPs must be
    global. Any invalid value aborts the run; every retry loop is capped.

Command (deterministic, byte-reproducible)
    python bench/make_tinaja_signal_sets.py [--seed N] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import hashlib
import ipaddress
import json
import pathlib
import random
import re
import string
import sys
import urllib.parse

import phonenumbers
from stdnum import iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "tinaja"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:
            continue  # skip our own file
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
DROPPED = collections.Counter()


def is_free(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    toks += [t.lower() for t in re.findall(r"[A-Za-z'\-]+", entry)]
    for t in toks:
        if t in FROZEN:
            return False
    nons = [t.lower() for t in WORD.findall(entry)]
    for a, b in zip(nons, nons[1:]):
        if any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b) and f"{a} {b}" in FROZEN:
            return False
    return True


def build_pool(kind, make, n, rng, cap=4000):
    out, seen = [], set()
    for _ in range(cap):
        if len(out) >= n:
            break
        cand = make(rng)
        key = cand if isinstance(cand, str) else cand[0]
        if key in seen:
            continue
        seen.add(key)
        if is_free(key):
            out.append(cand)
        else:
            DROPPED[kind] += 1
    if len(out) < max(3, n // 4):
        sys.exit(f"pool {kind} could not be filled ({len(out)}/{n})")
    return out


# ----------------------------------------------------------------------------------------------- locales
def P(s):  # "native|roman native|roman" -> list of (native, roman)
    return [tuple(x.split("|")) if "|" in x else (x, x) for x in s.split()]


LOCALES = {
    "en-US": dict(cc="US", order="gf", g1=P("Bre Jor Kal Tam Dex Mar Sha Cor Lin Wy"), g2=P("lynn den sey ara ton issa wen ric ette"),
                  f1=P("Hal Pem Whit Strat Cor Ash Bly Dun Fen Mor"), f2=P("bury ridge lock worth mond ley ford ston"),
                  st="{n} {s} {t}", types=["St", "Ave", "Rd", "Ln", "Blvd"], pc=lambda r: f"{r.randint(10000, 99899)}",
                  city="{c}, OH", dfmt="%m/%d/%Y", mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
                  lb=("Name", "DOB", "Phone", "Address", "SSN"), say=["pt called back, ok for visit 3", "consent signed, copy in binder", "sample spun and frozen at -80"]),
    "en-GB": dict(cc="GB", order="gf", g1=P("Im Ros Fen Ail Cal Tam Bry Gem Har Lo"), g2=P("ogen wyn sie la um ley mia ton"),
                  f1=P("Ald Brock Cran Thorn Pell Wick Stan Hux Lang Penn"), f2=P("hurst wick thorpe combe field shaw well den"),
                  st="{n} {s} {t}", types=["Road", "Lane", "Close", "Street", "Crescent"], pc=lambda r: f"{r.choice(['LS', 'BS', 'NR', 'CB', 'OX'])}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFHJLNPRTW')}{r.choice('ABDEFHJLNPRTW')}",
                  city="{c}", dfmt="%d/%m/%Y", mail=["gmail.com", "btinternet.com", "hotmail.co.uk"],
                  lb=("Name", "DOB", "Tel", "Address", "NHS no."), say=["rang re: blood draw, will rebook", "consent form scanned to TMF", "aliquots logged in freezer 2"]),
    "de-DE": dict(cc="DE", order="gf", g1=P("Wieb Ans Fried Hed Jor Kun Lie Mal Ot Rut"), g2=P("ke gard run wig mar bert lind helm"),
                  f1=P("Brenn Holz Kies Wend Mahl Stein Rott Fels Lind Thal"), f2=P("bacher hagen kötter stätter winkel brügge hofer reuther"),
                  st="{s}{t} {n}", types=["straße", "weg", "gasse", "ring"], pc=lambda r: f"{r.randint(10115, 99998)}",
                  city="{c}", dfmt="%d.%m.%Y", mail=["web.de", "gmx.de", "t-online.de", "posteo.de"],
                  lb=("Name", "Geb.-Datum", "Tel.", "Anschrift", "Steuer-ID"), say=["Proband hat Termin verschoben", "Einwilligung liegt unterschrieben vor", "Probe bei -80 °C eingelagert"]),
    "fr-FR": dict(cc="FR", order="gf", g1=P("Mael Ler Clo Ysol Bast Gwen Aur Théo Sol Lou"), g2=P("ise ane ène ien ric elle ard ine"),
                  f1=P("Ker Mont Val Roche Beau Lan Dur Fon Gar Ples"), f2=P("vennec aubert lière taine rival ouët gonde"),
                  st="{n} {t} {s}", types=["rue", "allée", "chemin", "impasse"], pc=lambda r: f"{r.randint(10, 95):02d}{r.randint(0, 999):03d}",
                  city="{c}", dfmt="%d/%m/%Y", mail=["orange.fr", "free.fr", "laposte.net", "gmail.com"],
                  lb=("Nom", "Date de naissance", "Tél.", "Adresse", "N° sécu"), say=["le participant a reporté la visite", "consentement signé, original au classeur", "échantillon congelé à -80 °C"]),
    "es-ES": dict(cc="ES", order="gf", g1=P("Itzi Mon Ain Xab Leir Ner Gai Ro Ux Ama"), g2=P("ar ane tziar ea oa iño urne ia"),
                  f1=P("Goi Arri Etxe Olai Zub Mend Urr Lasa Irib Bar"), f2=P("koetxea ola gaina zabal ibar aldea urdin"),
                  st="{t} {s}, {n}", types=["Calle", "Avenida", "Paseo", "Plaza"], pc=lambda r: f"{r.randint(1001, 50840):05d}",
                  city="{c}", dfmt="%d/%m/%Y", mail=["gmail.com", "hotmail.es", "yahoo.es"],
                  lb=("Nombre", "Fecha de nacimiento", "Tel.", "Domicilio", "DNI"), say=["la paciente pide cambiar la cita", "consentimiento firmado y archivado", "muestra alicuotada y congelada"]),
    "it-IT": dict(cc="IT", order="gf", g1=P("Ottav Seraf Gin Lud Cam Albe Ilar Mir Tull Rem"), g2=P("ia io ella ina ano etta ilde"),
                  f1=P("Castel Bor Mazz Ferr Scar Tod Vall Pir Gual Sant"), f2=P("ucci etti arotti ante azzi olini ieri"),
                  st="{t} {s} {n}", types=["Via", "Viale", "Vicolo", "Piazza"], pc=lambda r: f"{r.randint(10, 98)}{r.randint(0, 999):03d}",
                  city="{c}", dfmt="%d/%m/%Y", mail=["libero.it", "virgilio.it", "gmail.com"],
                  lb=("Nome", "Data di nascita", "Cell.", "Indirizzo", "Codice fiscale"), say=["la partecipante ha spostato la visita", "consenso firmato, copia in archivio", "campione conservato a -80 °C"]),
    "nl-NL": dict(cc="NL", order="gf", g1=P("Fem Jel Sjo Wout Ilse Bram Tjit Rinse Aal Hid"), g2=P("ke mer erd ske je ina"),
                  f1=P("Ter Bos Oost Kamp Wester Haver Drie Lut Grev"), f2=P("kamp huizen bergen veld stra broek wijk"),
                  st="{s}{t} {n}", types=["straat", "laan", "gracht", "weg"], pc=lambda r: f"{r.randint(1011, 9999)} {r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}",
                  city="{c}", dfmt="%d-%m-%Y", mail=["ziggo.nl", "kpnmail.nl", "gmail.com"],
                  lb=("Naam", "Geboortedatum", "Tel", "Adres", "BSN"), say=["deelnemer belt terug voor bezoek 2", "toestemming getekend en gescand", "monster ingevroren in vriezer C"]),
    "pl-PL": dict(cc="PL", order="gf", g1=P("Bożen Wies Zdzis Mirosł Jadw Grzeg Ludm Stan Przem Agn"), g2=P("a ław ka iusz ieszka isz"),
                  f1=P("Wrzos Kowal Grab Brzoz Sadow Lis Cieśl Dąbr Wierzb Żur"), f2=P("ewski ecka iak owska czyk iński"),
                  st="{t} {s} {n}", types=["ul.", "al.", "os."], pc=lambda r: f"{r.randint(0, 99):02d}-{r.randint(0, 999):03d}",
                  city="{c}", dfmt="%d.%m.%Y", mail=["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
                  lb=("Imię i nazwisko", "Data urodzenia", "Tel.", "Adres", "PESEL"), say=["uczestniczka przełożyła wizytę", "zgoda podpisana, kopia w segregatorze", "próbka zamrożona w -80"]),
    "pt-BR": dict(cc="BR", order="gf", g1=P("Jurem Odil Thai Lucim Clei Rosân Wand Edil Marl Gilv"), g2=P("a son ane ilda ete ênia ério"),
                  f1=P("Albuq Bitten Caval Mour Sequ Barr Quint Noron Vasc Pint"), f2=P("erque court cante eira ão anha ez"),
                  st="{t} {s}, {n}", types=["Rua", "Avenida", "Travessa", "Alameda"], pc=lambda r: f"{r.randint(1000, 99999):05d}-{r.randint(0, 999):03d}",
                  city="{c}", dfmt="%d/%m/%Y", mail=["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
                  lb=("Nome", "Data de nasc.", "Cel.", "Endereço", "CPF"), say=["a participante remarcou a visita", "TCLE assinado e arquivado", "amostra congelada no freezer -80"]),
    "sv-SE": dict(cc="SE", order="gf", g1=P("Ylv Sol Tor Embl Hjal Sig Alv Rag Frej Lin"), g2=P("a ve mar ny dis gun hild"),
                  f1=P("Björk Lind Sjö Berg Ström Ek Fjäll Ås Hag Lövg"), f2=P("qvist dahl gren blad holm vall strand"),
                  st="{s}{t} {n}", types=["vägen", "gatan", "stigen", "backen"], pc=lambda r: f"{r.randint(100, 984)} {r.randint(10, 99)}",
                  city="{c}", dfmt="%Y-%m-%d", mail=["telia.com", "gmail.com", "hotmail.se"],
                  lb=("Namn", "Födelsedatum", "Tel", "Adress", "Personnummer"), say=["deltagaren flyttade besöket", "samtycke signerat och skannat", "prov fryst i -80"]),
    "fi-FI": dict(cc="FI", order="gf", g1=P("Aino Vei Sii Kaar Ilm Tuu Vil Hel Oll Rai"), g2=P("ja kko na ari ppo tta li"),
                  f1=P("Kivi Mäki Lah Vir Hiet Kors Paju Salo Ranta Nie"), f2=P("koski lahti nen vaara harju järvi la"),
                  st="{s}{t} {n}", types=["katu", "tie", "kuja", "polku"], pc=lambda r: f"{r.randint(100, 99999):05d}",
                  city="{c}", dfmt="%d.%m.%Y", mail=["gmail.com", "luukku.com", "elisanet.fi"],
                  lb=("Nimi", "Syntymäaika", "Puh.", "Osoite", "Henkilötunnus"), say=["osallistuja siirsi käyntiä", "suostumus allekirjoitettu", "näyte pakastettu -80 asteeseen"]),
    "tr-TR": dict(cc="TR", order="gf", g1=P("Nesl Gülş Sevg Ozan Barış Ece Tül Berk Dil Çağ"), g2=P("ihan en ül ay can nur ra"),
                  f1=P("Kara Yıl Akçe Demir Öz Taş Gök Erd Kocak Ulu"), f2=P("oğlu dız türk kaya soy alp"),
                  st="{s} {t} No:{n}", types=["Sokak", "Caddesi", "Bulvarı"], pc=lambda r: f"{r.randint(1000, 81999):05d}",
                  city="{c}", dfmt="%d.%m.%Y", mail=["gmail.com", "hotmail.com", "yandex.com.tr"],
                  lb=("Ad Soyad", "Doğum tarihi", "Tel", "Adres", "TC Kimlik No"), say=["katılımcı randevuyu erteledi", "onam formu imzalandı", "numune -80'de saklanıyor"]),
    "el-GR": dict(cc="GR", order="gf", g1=P("Ευτυχ|Eftych Αγλα|Agla Θεοδ|Theod Καλλ|Kall Σπυρ|Spyr Φωτ|Fot Ζωγρ|Zogr Ερμ|Erm"), g2=P("ία|ia ούλα|oula ίδης|idis ώ|o ος|os"),
                  f1=P("Παπα|Papa Καρα|Kara Μαυρο|Mavro Λαζ|Laz Ξεν|Xen Τσολ|Tsol Χατζη|Chatzi Σταυ|Stav"), f2=P("δάκη|daki γιάννη|gianni πούλου|poulou ίδου|idou"),
                  st="{t} {s} {n}", types=["Οδός", "Λεωφ."], pc=lambda r: f"{r.randint(100, 851)} {r.randint(10, 99)}",
                  city="{c}", dfmt="%d/%m/%Y", mail=["gmail.com", "yahoo.gr", "otenet.gr"],
                  lb=("Ονοματεπώνυμο", "Ημ. γέννησης", "Τηλ.", "Διεύθυνση", "ΑΜΚΑ"), say=["ο συμμετέχων μετέθεσε την επίσκεψη", "η συναίνεση υπογράφηκε", "το δείγμα φυλάσσεται στους -80"]),
    "ru-RU": dict(cc="RU", order="fg", g1=P("Ярос|Yaros Всев|Vsev Милан|Milan Злат|Zlat Добр|Dobr Свет|Svet Любом|Lyubom Радм|Radm"), g2=P("лава|lava олод|olod а|a ина|ina ир|ir"),
                  f1=P("Берез|Berez Кедр|Kedr Сокол|Sokol Журав|Zhurav Рябин|Ryabin Вереск|Veresk Озер|Ozer Липат|Lipat"), f2=P("ова|ova ин|in ецкая|etskaya ский|sky ихина|ikhina"),
                  st="{t} {s}, д. {n}", types=["ул.", "пр-т", "пер."], pc=lambda r: f"{r.randint(101000, 692999)}",
                  city="г. {c}", dfmt="%d.%m.%Y", mail=["mail.ru", "yandex.ru", "rambler.ru"],
                  lb=("ФИО", "Дата рождения", "Тел.", "Адрес", "ИНН"), say=["участник перенёс визит", "согласие подписано", "образец заморожен при -80"]),
    "he-IL": dict(cc="IL", order="gf", g1=P("נוג|Nog אביט|Avit שקד|Shaked רוני|Roni עדי|Adi גל|Gal תמ|Tam ליא|Lia"), g2=P("ה|a ל|el ית|it ור|or"),
                  f1=P("בר|Bar שח|Shach גול|Gol רז|Raz אפ|Af טל|Tal כנ|Kan"), f2=P("זילי|zili מוני|moni דרור|dror ניאל|niel"),
                  st="{t} {s} {n}", types=["רחוב", "שדרות"], pc=lambda r: f"{r.randint(1000000, 9999999)}",
                  city="{c}", dfmt="%d/%m/%Y", mail=["gmail.com", "walla.co.il", "012.net.il"],
                  lb=("שם", "תאריך לידה", "טלפון", "כתובת", "ת.ז."), say=["המשתתפת דחתה את הביקור", "טופס הסכמה נחתם", "הדגימה הוקפאה ב-80"]),
    "ar-AE": dict(cc="AE", order="gf", g1=P("رغ|Ragh سلس|Sals مي|May شه|Shah نو|Nou ثر|Thar جو|Jou"), g2=P("د|ad بيل|bil ساء|saa اب|ab ري|ri"),
                  f1=P("الحو|Al-Haw الزر|Al-Zar المن|Al-Man الكث|Al-Kath السو|Al-Suw"), f2=P("يدي|aydi عوني|ouni صوري|souri يري|iri"),
                  st="{t} {s}، {n}", types=["شارع", "طريق"], pc=lambda r: f"{r.randint(1000, 99999)}",
                  city="{c}", dfmt="%d/%m/%Y", mail=["gmail.com", "hotmail.com", "yahoo.com"],
                  lb=("الاسم", "تاريخ الميلاد", "الهاتف", "العنوان", "رقم الهوية"), say=["المشارك أجّل الزيارة", "تم توقيع نموذج الموافقة", "العينة مجمدة عند -80"]),
    "hi-IN": dict(cc="IN", order="gf", g1=P("तुहि|Tuhi वेदा|Veda सौमि|Saumi ऋत्वि|Ritvi अन्वि|Anvi मेघा|Megha इशि|Ishi"), g2=P("ना|na का|ka त्र|tra श|sh"),
                  f1=P("भर|Bhar कुल|Kul देश|Desh रघु|Raghu वर्म|Varm मनो|Mano"), f2=P("द्वाज|dwaj कर्णी|karni पांडे|pande वंशी|vanshi"),
                  st="{n}, {s} {t}", types=["मार्ग", "नगर", "कॉलोनी"], pc=lambda r: f"{r.randint(110001, 855117)}",
                  city="{c}", dfmt="%d/%m/%Y", mail=["gmail.com", "rediffmail.com", "yahoo.co.in"],
                  lb=("नाम", "जन्म तिथि", "फ़ोन", "पता", "आधार"), say=["प्रतिभागी ने विज़िट आगे बढ़ाई", "सहमति पत्र पर हस्ताक्षर हो गए", "सैंपल -80 पर रखा है"]),
    "th-TH": dict(cc="TH", order="gf", g1=P("ปวี|Pawi กมล|Kamon ณัฐ|Nat ธิดา|Thida พิม|Phim อร|On"), g2=P("ณา|na รัตน์|rat ชา|cha พร|phon"),
                  f1=P("ศรี|Sri ทอง|Thong แสง|Saeng วงศ์|Wong บุญ|Bun"), f2=P("สุวรรณ|suwan ประเสริฐ|prasoet เจริญ|charoen มณี|mani"),
                  st="{n} ถนน{s}", types=[""], pc=lambda r: f"{r.randint(10100, 96220)}",
                  city="{c}", dfmt="%d/%m/%Y", mail=["gmail.com", "hotmail.com"],
                  lb=("ชื่อ", "วันเกิด", "โทร", "ที่อยู่", "เลขบัตรประชาชน"), say=["อาสาสมัครขอเลื่อนนัด", "ลงนามใบยินยอมแล้ว", "เก็บตัวอย่างที่ -80"]),
    "zh-CN": dict(cc="CN", order="fg", g1=P("澜|lan 珩|heng 琮|cong 翊|yi 嵘|rong 璟|jing 沅|yuan 棠|tang"), g2=P("舸|ge 芃|peng 蘅|heng 湄|mei 岚|lan 昀|yun"),
                  f1=P("郁|Yu 邝|Kuang 詹|Zhan 宓|Mi 阙|Que 糜|Mi 訾|Zi 濮|Pu"), f2=P(""), nospace=True,
                  st="{s}路{n}号", types=[""], pc=lambda r: f"{r.randint(100000, 850000)}",
                  city="{c}市", dfmt="%Y年%m月%d日", mail=["163.com", "qq.com", "126.com"],
                  lb=("姓名", "出生日期", "电话", "住址", "身份证号"), say=["受试者要求改期", "知情同意书已签署", "样本已存入-80冰箱"]),
    "ja-JP": dict(cc="JP", order="fg", g1=P("朔|Saku 凪|Nagi 柚|Yuzu 紬|Tsumugi 灯|Akari 澄|Sumi"), g2=P("帆|ho 乃|no 羽|ha 季|ki 哉|ya"),
                  f1=P("榎|Eno 楢|Nara 桐|Kiri 椎|Shii 樫|Kashi 栗|Kuri"), f2=P("淵|buchi 畑|hata 塚|zuka 垣|gaki 瀬|se"),
                  st="{s}町{n}-{m}", types=[""], pc=lambda r: f"〒{r.randint(100, 999)}-{r.randint(0, 9999):04d}",
                  city="{c}市", dfmt="%Y年%m月%d日", mail=["docomo.ne.jp", "gmail.com", "yahoo.co.jp"],
                  lb=("氏名", "生年月日", "電話", "住所", "マイナンバー"), say=["被験者が来院日を変更", "同意書署名済み", "検体を-80℃で保管"]),
    "ko-KR": dict(cc="KR", order="fg", g1=P("서|seo 윤|yun 하|ha 린|rin 온|on 솔|sol"), g2=P("담|dam 슬|seul 빛|bit 율|yul 혜|hye"),
                  f1=P("탁|Tak 편|Pyeon 옥|Ok 봉|Bong 빈|Bin 견|Gyeon"), f2=P(""), nospace=True,
                  st="{s}로 {n}", types=[""], pc=lambda r: f"{r.randint(10000, 63644):05d}",
                  city="{c}시", dfmt="%Y.%m.%d", mail=["naver.com", "daum.net", "gmail.com"],
                  lb=("성명", "생년월일", "연락처", "주소", "주민등록번호"), say=["피험자가 방문 일정 변경", "동의서 서명 완료", "검체 -80도 보관"]),
}
PLACE_PARTS = {  # invented place stems per script family
    "latn": (P("Wend Hol Mar Kest Brin Ost Sal Trev Gald Vorn Ell Quen Ravel Dorn Lisk"), P("ham dorp mouth stead brück ville wick ås ona haven more stad")),
}
LOCAL_PLACE = {
    "el-GR": (P("Αρκο|Arko Λευκο|Lefko Μυρ|Myr Καλα|Kala"), P("χώρι|chori πολη|poli νήσι|nisi")),
    "ru-RU": (P("Верх|Verkh Крутo|Kruto Сосн|Sosn Ольх|Olkh"), P("горск|gorsk овец|ovets ильск|ilsk")),
    "he-IL": (P("גבע|Geva נוה|Neve כפר|Kfar"), P("תמר|tamar אלון|alon רימון|rimon")),
    "ar-AE": (P("وادي|Wadi جبل|Jabal رأس|Ras"), P("الغاف|al-Ghaf السدر|al-Sidr النخيل|al-Nakhil")),
    "hi-IN": (P("कमल|Kamal शांति|Shanti अमर|Amar"), P("पुर|pur गढ़|garh नगर|nagar")),
    "th-TH": (P("บาง|Bang ท่า|Tha นา|Na"), P("ขาม|kham ยาง|yang ทอง|thong")),
    "zh-CN": (P("澄|Cheng 溆|Xu 枞|Zong 漳|Zhang"), P("川|chuan 浦|pu 岭|ling 阳|yang")),
    "ja-JP": (P("榧|Kaya 葛|Kuzu 萩|Hagi 蓼|Tade"), P("沢|sawa 野|no 原|hara 見|mi")),
    "ko-KR": (P("솔|Sol 늘|Neul 가람|Garam 새|Sae"), P("내|nae 뫼|moe 벌|beol 골|gol")),
}


# ---------------------------------------------------------------------------------------- identifiers
class Bad(Exception):
    pass


def need(ok, what):
    if not ok:
        raise SystemExit(f"invalid generated value: {what}")


def complete(valid, base, alphabet=string.digits, tail=1):
    import itertools
    for combo in itertools.product(alphabet, repeat=tail):
        cand = base + "".join(combo)
        try:
            if valid(cand):
                return cand
        except Exception:
            pass
    return None


def retry(fn, what, cap=300):
    for _ in range(cap):
        v = fn()
        if v:
            return v
    raise SystemExit(f"retry cap hit for {what}")


def luhn_complete(base):
    return base + luhn.calc_check_digit(base)


def rdigits(r, n, first_nonzero=False):
    s = "".join(r.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


def gen_id(loc, r, dob):
    """Main personal identifier of a locale: (type, formatted value)."""
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    if loc == "en-US":
        v = retry(lambda: (lambda s: s if us_ssn.is_valid(s) else None)(f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"), "ssn")
        return "ssn", v
    if loc == "en-GB":
        v = retry(lambda: complete(nhs.is_valid, str(r.randint(4, 6)) + rdigits(r, 8)), "nhs")
        return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}"
    if loc == "de-DE":
        def f():
            d = r.sample(string.digits, 9)
            d.append(r.choice(d))
            r.shuffle(d)
            if d[0] == "0":
                return None
            return complete(de_idnr.is_valid, "".join(d))
        v = retry(f, "idnr")
        return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if loc == "fr-FR":
        base = f"{r.choice('12')}{yy:02d}{mm:02d}{r.randint(1, 95):02d}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
        v = base + nir.calc_check_digits(base)
        need(nir.is_valid(v), v)
        return "NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    if loc == "es-ES":
        b = rdigits(r, 8)
        v = b + dni.calc_check_digit(b)
        need(dni.is_valid(v), v)
        return "NATIONAL_ID", v
    if loc == "it-IT":
        def f():
            cons = "BCDFGLMNPRSTVZ"
            b = "".join(r.choice(cons) for _ in range(6)) + f"{yy:02d}" + "ABCDEHLMPRST"[mm - 1] + f"{dd + r.choice([0, 40]):02d}" + r.choice("ABCDEFGHLM") + f"{r.randint(1, 999):03d}"
            v = b + codicefiscale.calc_check_digit(b)
            return v if codicefiscale.is_valid(v) else None
        return "TAX_ID", retry(f, "cf")
    if loc == "nl-NL":
        v = retry(lambda: complete(bsn.is_valid, str(r.randint(1, 6)) + rdigits(r, 7)), "bsn")
        return "NATIONAL_ID", v
    if loc == "pl-PL":
        m = mm + (20 if dob.year >= 2000 else 0)
        v = retry(lambda: complete(pesel.is_valid, f"{yy:02d}{m:02d}{dd:02d}" + rdigits(r, 4)), "pesel")
        return "NATIONAL_ID", v
    if loc == "pt-BR":
        v = retry(lambda: complete(cpf.is_valid, rdigits(r, 9, True), tail=2), "cpf")
        return "TAX_ID", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if loc == "sv-SE":
        v = retry(lambda: complete(lambda s: personnummer.is_valid(s[:6] + "-" + s[6:]), f"{yy:02d}{mm:02d}{dd:02d}" + rdigits(r, 3)), "pnr")
        return "NATIONAL_ID", v[:6] + "-" + v[6:]
    if loc == "fi-FI":
        sep = "-" if dob.year < 2000 else "A"
        v = retry(lambda: complete(hetu.is_valid, f"{dd:02d}{mm:02d}{yy:02d}{sep}{r.randint(2, 899):03d}", alphabet="0123456789ABCDEFHJKLMNPRSTUVWXY"), "hetu")
        return "NATIONAL_ID", v
    if loc == "tr-TR":
        v = retry(lambda: complete(tckimlik.is_valid, rdigits(r, 9, True), tail=2), "tckimlik")
        return "NATIONAL_ID", v
    if loc == "el-GR":
        v = retry(lambda: complete(amka.is_valid, f"{dd:02d}{mm:02d}{yy:02d}" + rdigits(r, 4)), "amka")
        return "NATIONAL_ID", v
    if loc == "ru-RU":
        v = retry(lambda: complete(inn.is_valid, f"{r.choice([77, 78, 50, 66, 16, 54])}{rdigits(r, 8)}", tail=2), "inn")
        return "TAX_ID", v
    if loc == "he-IL":
        v = retry(lambda: complete(il_idnr.is_valid, rdigits(r, 8, True)), "il")
        return "NATIONAL_ID", v
    if loc == "ar-AE":
        v = luhn_complete(f"784{dob.year}{rdigits(r, 7)}")
        need(luhn.is_valid(v) and len(v) == 15, v)
        return "NATIONAL_ID", f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"
    if loc == "hi-IN":
        v = retry(lambda: complete(aadhaar.is_valid, str(r.randint(2, 9)) + rdigits(r, 10)), "aadhaar")
        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"
    if loc == "th-TH":
        v = retry(lambda: complete(th_pin.is_valid, str(r.randint(1, 8)) + rdigits(r, 11)), "thpin")
        return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
    if loc == "zh-CN":
        v = retry(lambda: complete(ric.is_valid, f"{r.choice(['110101', '310104', '440106', '510107', '330106'])}{dob:%Y%m%d}{rdigits(r, 3)}", alphabet=string.digits + "X"), "ric")
        return "NATIONAL_ID", v
    if loc == "ja-JP":
        v = retry(lambda: complete(jp_in.is_valid, rdigits(r, 11, True)), "mynumber")
        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}"
    if loc == "ko-KR":
        s = ("1" if dob.year < 2000 else "3") if r.random() < .5 else ("2" if dob.year < 2000 else "4")
        v = retry(lambda: complete(rrn.is_valid, f"{yy:02d}{mm:02d}{dd:02d}{s}{r.randint(0, 95):02d}{rdigits(r, 3)}"), "rrn")
        return "NATIONAL_ID", v[:6] + "-" + v[6:]
    raise SystemExit(loc)


IBAN_FMT = {"de-DE": ("DE", "18n"), "nl-NL": ("NL", "4a10n"), "en-GB": ("GB", "4a14n"), "pl-PL": ("PL", "24n"),
            "sv-SE": ("SE", "20n"), "fi-FI": ("FI", "14n"), "el-GR": ("GR", "23n"), "tr-TR": ("TR", "22n"),
            "ar-AE": ("AE", "19n"), "fr-FR": ("FR", "23n"), "it-IT": ("IT", "1a22n"), "pt-BR": ("BR", "23n1a1n")}


def gen_iban(loc, r):
    cc, f = IBAN_FMT[loc]
    b = ""
    for n, t in re.findall(r"(\d+)([na])", f):
        b += "".join(r.choice(string.digits if t == "n" else string.ascii_uppercase) for _ in range(int(n)))
    v = cc + iban.calc_check_digits(cc + "00" + b) + b
    need(iban.is_valid(v), v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def gen_card(r):
    kind = r.choice(["visa", "mc", "amex"])
    if kind == "amex":
        v = luhn_complete(r.choice(["34", "37"]) + rdigits(r, 12))
        f = f"{v[:4]} {v[4:10]} {v[10:]}"
    else:
        v = luhn_complete((("4" + rdigits(r, 14)) if kind == "visa" else (str(r.randint(51, 55)) + rdigits(r, 13))))
        f = " ".join(v[i:i + 4] for i in range(0, 16, 4))
    need(luhn.is_valid(v), v)
    return f


def gen_phone(loc, r, intl=None):
    cc = LOCALES[loc]["cc"]
    ex = phonenumbers.example_number_for_type(cc, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(300):
        k = min(6, len(nat) - 2)
        cand = nat[:-k] + rdigits(r, k)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == cc:
            fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if (intl if intl is not None else r.random() < .6) else phonenumbers.PhoneNumberFormat.NATIONAL
            return phonenumbers.format_number(num, fmt)
    raise SystemExit(f"phone cap {loc}")


def gen_ip(r):
    for _ in range(300):
        ip = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if ip.is_global:
            return str(ip)
    raise SystemExit("ip cap")


def gen_mrn(r):
    v = luhn_complete(rdigits(r, 7))
    need(luhn.is_valid(v), v)
    return v


def gen_usbank(r):
    v = retry(lambda: complete(rtn.is_valid, r.choice(["0", "1", "2"]) + rdigits(r, 7)), "rtn")
    return v, rdigits(r, r.randint(9, 12), True)


def gen_member(r):
    v = "W" + luhn_complete(rdigits(r, 9))
    need(luhn.is_valid(v[1:]), v)
    return v


# ------------------------------------------------------------------------------------------- people
def fmt_date(loc, d):
    return d.strftime(LOCALES[loc]["dfmt"])


class World:
    def __init__(self, r):
        self.r = r
        self.names, self.streets, self.cities = {}, {}, {}
        for loc, L in LOCALES.items():
            def mk(rr, L=L):
                g = rr.choice(L["g1"]); g2 = rr.choice(L["g2"]); f = rr.choice(L["f1"]); f2 = rr.choice(L["f2"]) if L["f2"] else ("", "")
                given = (g[0] + g2[0], (g[1] + g2[1]).capitalize())
                fam = (f[0] + f2[0], f[1] + f2[1])
                if L.get("nospace"):
                    native = fam[0] + given[0]
                elif L["order"] == "fg":
                    native = fam[0] + " " + given[0]
                else:
                    native = given[0] + " " + fam[0]
                return (native, given[0], given[1], fam[1].replace(" ", "").replace("-", "").lower())
            self.names[loc] = build_pool("name:" + loc, mk, 40, r)
            pp = LOCAL_PLACE.get(loc, PLACE_PARTS["latn"])
            self.cities[loc] = build_pool("city:" + loc, lambda rr, pp=pp: rr.choice(pp[0])[0] + rr.choice(pp[1])[0], 10, r)
            sp = LOCAL_PLACE.get(loc, (L["f1"], PLACE_PARTS["latn"][1]))
            self.streets[loc] = build_pool("street:" + loc, lambda rr, sp=sp: rr.choice(sp[0])[0] + rr.choice(sp[1])[0], 14, r)
        inst1 = P("Halvor Brennick Ostmar Quellin Sarvik Tremont Caldor Vennik Morrow Eldhaven Rask Tallis Corvane Lindqvar Astley")
        self.insts = build_pool("institution", lambda rr: rr.choice(inst1)[0] + rr.choice(["", "ia", "burgh", "holm", "ford"]), 14, r)
        # journal titles: invented stem (already freeze-checked via the institution pool) + generic title words
        self.journals = [f"{rr} {t}" for rr, t in zip(self.insts, ["Journal of Translational Nephrology", "Reports in Proteomics",
                         "Annals of Applied Epidemiology", "Letters in Neuroimaging", "Journal of Glycobiology", "Biostatistics Review",
                         "Comparative Oncology", "Integrative Physiology", "Trials Methodology", "Open Bioethics"])]
        epon = ["Kaplan-Meier estimator", "Cox regression", "Wilcoxon signed-rank test", "Mann-Whitney U", "Kruskal-Wallis test",
                "Bonferroni correction", "Benjamini-Hochberg procedure", "Cohen's kappa", "Cronbach's alpha", "Likert scale",
                "Bland-Altman plot", "Fisher's exact test", "Tukey HSD", "Spearman correlation", "Shapiro-Wilk test",
                "Kolmogorov-Smirnov test", "Levene's test", "Welch's t-test", "Hosmer-Lemeshow test", "Nelson-Aalen estimator",
                "Michaelis-Menten kinetics", "Lineweaver-Burk plot", "Sanger sequencing", "Gram stain", "Petri dish",
                "Bunsen burner", "Erlenmeyer flask", "Pasteur pipette", "Kjeldahl method", "Soxhlet extraction",
                "Bradford assay", "Southern blot", "Golgi apparatus", "Krebs cycle", "Hodgkin lymphoma", "Crohn's disease",
                "Parkinson's disease", "Huntington's disease", "Hashimoto's thyroiditis", "Kawasaki disease", "Glasgow Coma Scale",
                "Apgar score", "Mantel-Haenszel estimate", "Wald test", "Breslow thickness", "Gleason score", "Bayes factor",
                "Pearson's chi-squared test", "Poisson regression", "Gaussian process", "Markov chain Monte Carlo",
                "Mendelian randomisation", "Hardy-Weinberg equilibrium", "Bragg peak", "Doppler ultrasound", "Vernier caliper"]
        self.eponyms = [e for e in epon if is_free(e)]
        DROPPED["eponym"] += len(epon) - len(self.eponyms)
        if len(self.eponyms) < 5:
            self.eponyms += ["PRISMA flow diagram", "CONSORT checklist", "Declaration-style consent"]  # generic fallbacks

    def person(self, loc, dob_range=(1940, 2004)):
        r = self.r
        L = LOCALES[loc]
        native, given, given_rom, fam_rom = r.choice(self.names[loc])
        import datetime as dt
        dob = dt.date(r.randint(*dob_range), r.randint(1, 12), r.randint(1, 28))
        handle = r.choice([f"{given_rom.lower()}.{fam_rom}", f"{given_rom.lower()[0]}{fam_rom}{dob.year % 100:02d}", f"{fam_rom}.{given_rom.lower()}{r.randint(1, 99)}"])
        handle = re.sub(r"[^a-z0-9.]", "", handle.lower()) or f"user{r.randint(100, 999)}"
        st = L["st"].format(n=r.randint(1, 180), m=r.randint(1, 30), s=r.choice(self.streets[loc]), t=r.choice(L["types"])).strip()
        addr = f"{st}, {L['pc'](r)} {L['city'].format(c=r.choice(self.cities[loc]))}"
        idt, idv = gen_id(loc, r, dob)
        p = dict(loc=loc, name=native, given=given, dob=dob, dob_s=fmt_date(loc, dob), email=f"{handle}@{r.choice(L['mail'])}",
                 phone=gen_phone(loc, r), addr=addr, idt=idt, idv=idv, mrn=gen_mrn(r))
        return p


# -------------------------------------------------------------------------------------- documents
KINDS = ["ethics_application", "consent_form", "participant_log", "biobank_manifest", "peer_review", "grant_budget",
         "equipment_booking", "phd_admissions", "conference_registration", "lab_notebook"]

ASKS = {
    "ethics_application": ["pls tidy this SAE narrative for the REB amendment, keep facts", "Kannst du das für den Ethikantrag ins Englische übersetzen?", "summarise for the DSMB in 5 lines", "check if this amendment text is consistent w/ protocol v3.2"],
    "consent_form": ["extract the fields into JSON for REDCap import", "is this consent form complete? list what's missing", "traduis le formulaire en anglais stp", "the participant wants to withdraw, draft a reply"],
    "participant_log": ["convert this screening log to a clean table", "who is overdue for visit 3? reply in bullets", "schreib eine Erinnerungs-SMS für die Probanden", "dedupe this list pls"],
    "biobank_manifest": ["validate this LIMS export, any missing fields?", "make a shipping manifest for the courier from this", "convert to CSV", "which aliquots are past the 5y retention?"],
    "peer_review": ["polish my reviewer report, keep it constructive", "reviewer found this in the supplement - draft a note to the editor", "translate reviewer comments to English", "summarise the main concerns"],
    "grant_budget": ["check the budget justification adds up", "format the personnel table for the funder portal", "draft the email to finance about the stipend payment", "rewrite the justification in formal tone"],
    "equipment_booking": ["who booked the confocal most this month?", "summarise this access log", "draft reminder to users about no-shows", "convert the booking export into a weekly schedule"],
    "phd_admissions": ["summarise this applicant for the committee", "draft an offer letter from this", "extract the data into our admissions sheet", "write feedback for the unsuccessful candidate"],
    "conference_registration": ["process this registration, what's missing?", "draft the visa invitation letter", "reconcile the reimbursement claim", "translate the registration confirmation"],
    "lab_notebook": ["clean up this ELN entry for the weekly meeting", "turn my notes into a methods paragraph", "what went wrong with this run?", "fix typos, keep my abbreviations"],
}
SYSTEMS = ["You are a research-office assistant at a university hospital.", "You help clinical trial coordinators with documentation. Be accurate.",
           "Assistant for a biobank team. Answer concisely.", "You support journal editors and reviewers.", "Helpful lab assistant. Use SI units."]
ROLES = ["REB secretary", "study nurse", "trial coordinator", "biobank tech", "reviewer", "grant officer", "lab manager", "supervisor", "conference organiser", "PhD student"]


def typo(r, s):
    words = s.split(" ")
    for _ in range(r.randint(0, 2)):
        i = r.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha() and w.isascii():
            j = r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def sensitive_doc(kind, w, loc, r, incidental):
    """Return (text, issued[(type, value)])."""
    L = LOCALES[loc]
    lb = L["lb"]
    say = r.choice(L["say"])
    inst = r.choice(w.insts)
    if incidental:
        mode = r.choice(["name", "phone", "dob"])
        p = w.person(loc)
        filler = "\n".join(f"- {x}" for x in r.sample([
            "centrifuge 2 still making that noise, ticket logged", "buffer A pH 7.4 remade, lot 22-0913", "Western blot looked patchy again",
            "journal club moved to Thu 14:00", "remember: ethics renewal due end of month", "the -80 alarm test is on Monday",
            "pipette P200 sent for calibration", "DSMB pack due next week", "ordered new nitrile gloves size M", "seminar room 2.14 booked",
            "cell line passage 17, mycoplasma test pending", "backup of the plate reader PC done"], 6))
        if mode == "name":
            cue = r.choice([f"my supervisor's husband {p['given']} said he'd pick up the dry ice", f"participant 014's daughter {p['given']} called about parking",
                            f"our new student {p['given']} is still waiting for her badge", f"the reviewer's assistant {p['given']} asked for the source data"])
            return f"{filler}\n- {cue}\n- {say}", [("person", p["given"])]
        if mode == "phone":
            return f"{filler}\n- courier for the biobank shipment: ring the driver on {p['phone']} (his own mobile)\n- {say}", [("PHONE_NUMBER", p["phone"])]
        return f"{filler}\n- {say}\n- note for the AE form: subject was born {p['dob_s']}, check eligibility window", [("DATE_OF_BIRTH", p["dob_s"])]

    p = w.person(loc, (1988, 2000) if kind in ("phd_admissions",) else (1940, 2004))
    issued = [("person", p["name"])]
    idt = p["idt"]
    if kind == "ethics_application":
        t = (f"AMENDMENT 4 – SAE narrative (protocol {inst.upper()[:3]}-{r.randint(2023, 2026)}-{r.randint(10, 99)})\n"
             f"{lb[0]}: {p['name']}   {lb[1]}: {p['dob_s']}   MRN {p['mrn']}\n"
             f"Pt admitted w/ grade 3 neutropenia 9 days after cycle 2. G-CSF started, recovered. PI assessed as related. {say}.\n"
             f"Contact for follow-up: {p['phone']}")
        issued += [("DATE_OF_BIRTH", p["dob_s"]), ("MEDICAL_RECORD", p["mrn"]), ("PHONE_NUMBER", p["phone"])]
    elif kind == "consent_form":
        t = (f"INFORMED CONSENT – signed copy\n{lb[0]}: {p['name']}\n{lb[1]}: {p['dob_s']}\n{lb[3]}: {p['addr']}\n{lb[2]}: {p['phone']}\n"
             f"{lb[4]}: {p['idv']}\nI agree to storage of my samples for future research: YES  /  re-contact: YES\n"
             f"Signature: {p['name'].split()[0]} ____   ({say})")
        issued += [("DATE_OF_BIRTH", p["dob_s"]), ("STREET_ADDRESS", p["addr"]), ("PHONE_NUMBER", p["phone"]), (idt, p["idv"])]
    elif kind == "participant_log":
        rows = ["screen_no,name,dob,phone,mrn,status"]
        others = [w.person(loc) for _ in range(r.randint(1, 3))]
        for i, q in enumerate([p] + others):
            rows.append(f"S{r.randint(100, 999)},{q['name']},{q['dob_s']},{q['phone']},{q['mrn']},{r.choice(['eligible', 'screen fail', 'V2 done', 'lost to FU'])}")
            issued += [("person", q["name"]), ("DATE_OF_BIRTH", q["dob_s"]), ("PHONE_NUMBER", q["phone"]), ("MEDICAL_RECORD", q["mrn"])]
        t = "\n".join(rows) + f"\n# {say}"
    elif kind == "biobank_manifest":
        rec = {"donor": {"name": p["name"], "dob": p["dob_s"], "id_number": p["idv"], "mrn": p["mrn"]},
               "samples": [{"aliquot": f"BB-{r.randint(10000, 99999)}-{i}", "matrix": r.choice(["plasma", "serum", "PBMC", "FFPE"]),
                            "freezer": f"F{r.randint(1, 9)}/R{r.randint(1, 6)}/B{r.randint(1, 40)}"} for i in range(1, 4)],
               "consent": "broad", "note": say}
        if loc == "en-US":
            mid = gen_member(r)
            rec["donor"]["insurance_member_id"] = mid
            issued.append(("HEALTH_INSURANCE", mid))
        t = json.dumps(rec, ensure_ascii=False, indent=1)
        issued += [("DATE_OF_BIRTH", p["dob_s"]), (idt, p["idv"]), ("MEDICAL_RECORD", p["mrn"])]
    elif kind == "peer_review":
        if r.random() < .5:
            t = (f"Reviewer 2, MS {r.choice(w.journals)[:3].upper()}-D-{r.randint(24, 26)}-{r.randint(1000, 9999)}\n"
                 f"Major: Supplementary Table S3 is not de-identified. Row 7 lists {p['name']}, born {p['dob_s']}, hospital no. {p['mrn']}. "
                 f"This must be removed before publication and the data-protection officer informed.\nMinor: the {r.choice(w.eponyms)} is misapplied in Fig 2.")
            issued += [("DATE_OF_BIRTH", p["dob_s"]), ("MEDICAL_RECORD", p["mrn"])]
        else:
            acct = gen_iban(loc, r) if loc in IBAN_FMT else None
            t = (f"Honorarium form – external reviewer\nName: {p['name']}\nPrivate address: {p['addr']}\nE-mail: {p['email']}\n"
                 + (f"IBAN: {acct}\n" if acct else f"{lb[4]}: {p['idv']}\n") + "Review completed 3 rounds, 2 manuscripts.")
            issued += [("STREET_ADDRESS", p["addr"]), ("EMAIL_ADDRESS", p["email"])] + ([("IBAN_CODE", acct)] if acct else [(idt, p["idv"])])
    elif kind == "grant_budget":
        if loc == "en-US":
            rt, ac = gen_usbank(r)
            pay = f"direct deposit routing {rt} account {ac}"
            extra = [("US_BANK_NUMBER", rt), ("US_BANK_NUMBER", ac)]
        elif loc in IBAN_FMT:
            ib = gen_iban(loc, r)
            pay = f"stipend to IBAN {ib}"
            extra = [("IBAN_CODE", ib)]
        else:
            pay = f"payroll {lb[4]} {p['idv']}"
            extra = [(idt, p["idv"])]
        t = (f"Personnel | role | FTE | months | cost\n{p['name']} | doctoral researcher | 1.0 | 36 | {r.randint(90, 160)}k\n"
             f"Postdoc (TBN) | analysis | 0.5 | 24 | {r.randint(40, 80)}k\nNote from grants office: {pay}; {lb[4]}: {p['idv']}. {say}")
        issued += extra + [(idt, p["idv"])]
    elif kind == "equipment_booking":
        ip = gen_ip(r)
        t = (f"booking_id;instrument;user;start;end;login_ip;mobile\n"
             f"BK{r.randint(10000, 99999)};Confocal LSM-2;{p['name']};2026-0{r.randint(1, 9)}-1{r.randint(0, 9)} 08:00;12:00;{ip};{p['phone']}\n"
             f"BK{r.randint(10000, 99999)};Flow cytometer;core staff;2026-03-02 13:00;17:00;10.20.{r.randint(0, 255)}.{r.randint(1, 254)};-\n"
             f"# user logged in from home VPN, {say}")
        issued += [("IP_ADDRESS", ip), ("PHONE_NUMBER", p["phone"])]
    elif kind == "phd_admissions":
        t = (f"Applicant file – PhD programme in Molecular Medicine, intake {r.randint(2025, 2027)}\n{lb[0]}: {p['name']}\n{lb[1]}: {p['dob_s']}\n"
             f"{lb[3]}: {p['addr']}\nEmail: {p['email']}\n{lb[4]}: {p['idv']}\n"
             f"Supervisor note: strong MSc, but disclosed ongoing treatment for depression – ask about accommodations, do not share with panel.")
        issued += [("DATE_OF_BIRTH", p["dob_s"]), ("STREET_ADDRESS", p["addr"]), ("EMAIL_ADDRESS", p["email"]), (idt, p["idv"])]
    elif kind == "conference_registration":
        card = gen_card(r)
        t = (f"REG-{r.randint(1000, 9999)} | delegate: {p['name']} | {p['email']} | {p['phone']}\n"
             f"Visa letter needed – date of birth {p['dob_s']}, home address {p['addr']}\n"
             f"Paid by card {card} exp {r.randint(1, 12):02d}/{r.randint(27, 31)}")
        issued += [("EMAIL_ADDRESS", p["email"]), ("PHONE_NUMBER", p["phone"]), ("DATE_OF_BIRTH", p["dob_s"]), ("STREET_ADDRESS", p["addr"]), ("CREDIT_CARD", card)]
    else:  # lab_notebook
        t = (f"ELN {r.randint(2025, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}\nPilot blood draw (self-experiment, not under protocol!): donor {p['name']}, "
             f"b. {p['dob_s']}, {p['phone']}. 2x EDTA tubes, spun 2000 g 10 min, plasma to -80 box 7.\n{say}")
        issued += [("DATE_OF_BIRTH", p["dob_s"]), ("PHONE_NUMBER", p["phone"])]
    return t, issued


def benign_doc(kind, w, loc, r):
    L = LOCALES[loc]
    lb = L["lb"]
    inst = r.choice(w.insts)
    dom = f"{inst.lower()}.example.edu"
    board = f"ethics-office@{dom}"
    ep = r.choice(w.eponyms)
    year = r.randint(2024, 2026)
    office = r.choice(w.names[loc])[0]  # an office holder named in a published, public role
    sw = r.choice(["+1 202 555 0143", "0800 000 000", "(555) 010-0199", "+44 20 7946 0000"])
    variants = {
        "ethics_application": [
            f"RESEARCH ETHICS BOARD – application template v{r.randint(2, 7)}.{r.randint(0, 9)}\n{lb[0]}: ____________\n{lb[1]}: DD/MM/YYYY\n{lb[4]}: [not collected]\nProtocol no.: REB-{year}-{r.randint(100, 999)}\nQueries: {board} or switchboard {sw}",
            f"REB decision letter, ref REB-{year}-{r.randint(100, 999)}: approved with conditions. Signed: Prof. {office}, Chair, Research Ethics Board, {inst} University (on behalf of the Board). Statistical plan uses the {ep}.",
            f"Aggregate SAE table (n={r.randint(80, 400)}): grade 3 neutropenia {r.randint(3, 19)}, febrile neutropenia {r.randint(0, 6)}, deaths 0. Participant IDs pseudonymised (P-001…P-{r.randint(80, 400)}). {r.choice(L['say'])}."],
        "consent_form": [
            f"CONSENT FORM (blank) – version {r.randint(1, 5)}.0, {year}\n{lb[0]}: ______\n{lb[1]}: __/__/____\n{lb[2]}: ______\n{lb[3]}: ______\nStudy contact: research.nurses@{dom}",
            f"Example filled form for training only: {lb[0]}: [PARTICIPANT NAME]  {lb[1]}: [DOB]  {lb[4]}: [ID NUMBER]  signature: [X]",
            f"Consent withdrawal stats Q{r.randint(1, 4)}: {r.randint(2, 12)} of {r.randint(200, 600)} withdrew (sample destruction requested in {r.randint(0, 5)}). No identifiers in this report."],
        "participant_log": [
            "subject,arm,visit,date,status\n" + "\n".join(f"P-{i:03d},{r.choice('AB')},V{r.randint(1, 6)},{year}-0{r.randint(1, 9)}-{r.randint(10, 28)},{r.choice(['done', 'missed', 'scheduled'])}" for i in range(1, r.randint(5, 12))),
            f"Screening summary week {r.randint(1, 52)}: screened {r.randint(10, 40)}, eligible {r.randint(5, 20)}, randomised {r.randint(2, 12)}. Age bands 18-40: {r.randint(1, 9)}, 41-65: {r.randint(1, 9)}, >65: {r.randint(0, 5)}.",
            f"Visit window calculator: V2 = randomisation +14 d (±3), V3 = +28 d (±5). Example: randomised {year}-03-02 → V2 {year}-03-16."],
        "biobank_manifest": [
            json.dumps({"shipment": f"SHP-{year}-{r.randint(100, 999)}", "from": f"{inst} Biobank", "to": "Central lab", "samples": [{"aliquot": f"BB-{r.randint(10000, 99999)}-{i}", "donor_code": f"D{r.randint(1000, 9999)}", "matrix": "plasma", "dob": None} for i in range(1, 4)], "temp_logger": f"TL-{r.randint(100000, 999999)}"}, indent=1),
            f"Biobank SOP-{r.randint(10, 99)}: label aliquots with donor code only, never name or date of birth. Freezer F{r.randint(1, 9)} alarm → call facilities {sw}.",
            f"Catalogue order: EDTA tubes cat. {r.randint(360000, 369999)}, lot {r.randint(1000000, 9999999)}; cryoboxes cat. BX-{r.randint(100, 999)}; dry ice CAS 124-38-9."],
        "peer_review": [
            f"Reviewer 1 report, MS JRN-D-{year % 100}-{r.randint(1000, 9999)}: the authors apply the {ep}; the {r.choice(w.eponyms)} would be more appropriate. Cite doi:10.{r.randint(1000, 9999)}/{r.randint(100000, 999999)}.",
            f"Dear Prof. {office}, as Editor-in-Chief of {r.choice(w.journals)}, thank you for the invitation. I have no conflicts. Please send the files to the editorial office address (editorial@{dom}).",
            f"Decision: minor revision. Reviewer scores: 4/5, 3/5, 4/5. Manuscript ID {r.choice(w.journals)[:3].upper()}-{year}-{r.randint(100, 999)}."],
        "grant_budget": [
            f"Personnel | FTE | cost\nPI | 0.2 | {r.randint(20, 40)}k\nPostdoc 1 (TBN) | 1.0 | {r.randint(60, 90)}k\nPhD student (to be recruited) | 1.0 | {r.randint(40, 60)}k\nTotal direct: {r.randint(300, 900)}k. Grant ref GA-{year}-{r.randint(10000, 99999)}.",
            f"Payments to {inst} University (institutional account) {gen_iban(r.choice(list(IBAN_FMT)), r)}, reference GA-{year}-{r.randint(1000, 9999)}. Finance office: grants@{dom}.",
            f"Budget justification: consumables ({r.choice(['ELISA kits', 'antibodies', 'sequencing'])}) {r.randint(10, 60)}k, equipment {r.randint(5, 90)}k, open-access fees {r.randint(2, 9)}k."],
        "equipment_booking": [
            f"booking_id;instrument;group;start;end;host\nBK{r.randint(10000, 99999)};Confocal LSM-2;Group {r.choice('ABCDEFGH')};{year}-03-04 09:00;11:00;192.0.2.{r.randint(1, 254)}\nBK{r.randint(10000, 99999)};Cryostat;Group {r.choice('ABCDEFGH')};{year}-03-05 14:00;16:00;10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"Facility rules: max 4 h per booking, cancellations 24 h ahead. Vendor service hotline {sw}. Instrument PC at 172.16.{r.randint(0, 31)}.{r.randint(1, 254)}.",
            f"Utilisation report {year}: confocal {r.randint(40, 95)}%, flow {r.randint(30, 90)}%, SEM {r.randint(10, 70)}%. No-show rate {r.randint(2, 15)}%."],
        "phd_admissions": [
            f"PhD admissions {year}: {r.randint(150, 500)} applications, {r.randint(20, 60)} interviewed, {r.randint(8, 25)} offers. Contact: phd-admissions@{dom}.",
            f"Application form (blank): {lb[0]} ______  {lb[1]} ______  Email ______  Proposed supervisor ______  Research area ______",
            f"Programme director's welcome (as published on the programme website): Prof. {office}, Director of the Doctoral School of {inst} University, welcomes the {year} cohort."],
        "conference_registration": [
            f"Registration fees: early bird €{r.randint(200, 400)}, student €{r.randint(80, 200)}. Test payment card 4111 1111 1111 1111 for the sandbox. Venue: {inst} Congress Centre, main entrance.",
            f"Keynote programme: opening lecture by Prof. {office}, President of the {inst} Society for Proteomics; session on the {ep}.",
            f"Invoice INV-{year}-{r.randint(10000, 99999)}, booking ref CONF{r.randint(100000, 999999)}, {r.randint(2, 40)} delegates from Group {r.choice('ABCDEF')}. Registration desk: {sw}, registration@{dom}."],
        "lab_notebook": [
            f"ELN {year}-0{r.randint(1, 9)}-{r.randint(10, 28)}: Bradford standard curve R²=0.99{r.randint(1, 9)}, samples 1-12 in duplicate. Analysis via {ep}. {r.choice(L['say'])}.",
            f"Buffer recipe: NaCl (CAS 7647-14-5) 150 mM, Tris-HCl pH 7.4 50 mM, EDTA 1 mM. Lot {r.randint(100000, 999999)}. Store 4 °C.",
            f"PCR run {r.randint(1, 60)}: 35 cycles, Ta 58 °C, band at ~{r.randint(2, 9)}00 bp. Plate layout saved as plate_{r.randint(1, 99)}.csv."],
    }
    return r.choice(variants[kind]) + ("\n" + r.choice(L["say"]) if r.random() < .4 else "")


# ------------------------------------------------------------------------------------------- placing
PLACES = ["user", "system", "assistant", "tool", "parts_text", "file", "tool_args", "tool_schema", "response_format", "user_field"]


def place(doc, ask, where, r, sensitive_user=None, completions=False):
    model = r.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"])
    if completions:
        return {"model": model, "prompt": f"{ask}\n\n{doc}\n\n", "max_tokens": r.choice([256, 512])}, "completions"
    sysm = {"role": "system", "content": r.choice(SYSTEMS)}
    b = {"model": model}
    if where == "user":
        b["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif where == "system":
        b["messages"] = [{"role": "system", "content": f"{sysm['content']}\nCase file:\n{doc}"}, {"role": "user", "content": ask}]
    elif where == "assistant":
        b["messages"] = [sysm, {"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": ask}]
    elif where == "tool":
        cid = f"call_{r.randint(10 ** 8, 10 ** 9)}"
        b["messages"] = [sysm, {"role": "user", "content": ask},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "fetch_record", "arguments": json.dumps({"system": r.choice(["REDCap", "LIMS", "CTMS", "ELN"])})}}]},
                         {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif where == "parts_text":
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif where == "file":
        data = base64.b64encode(doc.encode()).decode()
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {"filename": f"export_{r.randint(1, 999)}.txt", "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif where == "tool_args":
        cid = f"call_{r.randint(10 ** 8, 10 ** 9)}"
        b["messages"] = [sysm, {"role": "user", "content": ask},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "save_note", "arguments": json.dumps({"text": doc}, ensure_ascii=False)}}]},
                         {"role": "tool", "tool_call_id": cid, "content": "saved"}, {"role": "user", "content": "ok now do it"}]
    elif where == "tool_schema":
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["tools"] = [{"type": "function", "function": {"name": "file_record", "description": f"Files a record. Example input:\n{doc}", "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}}]
    elif where == "response_format":
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {"type": "object", "description": f"Source document:\n{doc}", "properties": {"summary": {"type": "string"}}}}}
    else:  # user_field
        b["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    if sensitive_user:
        b["user"] = sensitive_user
    elif where == "user_field":
        b["user"] = f"lab-user-{r.randint(1000, 9999)}"
    return b, "chat"


def find_entities(body, issued):
    hay = json.dumps(body, ensure_ascii=False)
    extra = []
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", hay):
        extra.append(base64.b64decode(m.group(1)).decode("utf-8"))
    for part in ([body.get("messages")] if body.get("messages") else []):
        for msg in part:
            for tc in msg.get("tool_calls") or []:
                extra.append(json.loads(tc["function"]["arguments"]).__repr__())
                extra.append(tc["function"]["arguments"])
    hay_all = hay + "\n" + "\n".join(extra) + "\n" + urllib.parse.unquote(hay)
    out, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        seen.add((t, v))
        if v in hay_all or json.dumps(v, ensure_ascii=False)[1:-1] in hay:
            out.append({"type": t, "value": v})
    return out


def make_pii(w, r):
    recs = []
    locs = list(LOCALES)
    n_inc = 0
    k = 0
    for kind in KINDS:
        for j in range(50):
            sens = j < 29
            loc = locs[(k * 7 + j) % len(locs)]
            k += 1
            incidental = sens and j % 8 == 3
            ask = typo(r, r.choice(ASKS[kind]))
            where = PLACES[(k + k // 10) % len(PLACES)]
            comp = (k % 10 == 4)
            if sens:
                doc, issued = sensitive_doc(kind, w, loc, r, incidental)
                n_inc += incidental
                suser = None
                if where == "user_field" and not incidental:
                    em = [v for t, v in issued if t == "EMAIL_ADDRESS"]
                    suser = em[0] if em else None
                body, ep = place(doc, ask, where, r, suser, comp)
                ents = find_entities(body, issued)
                if not ents:
                    sys.exit(f"sensitive record without entities: {kind} {loc} {where}")
            else:
                doc = benign_doc(kind, w, loc, r)
                body, ep = place(doc, ask, where, r, None, comp)
                ents = []
            style = f"{ROLES[KINDS.index(kind)]} · {'completions' if ep == 'completions' else where}" + (" · incidental" if incidental else "")
            recs.append(dict(category=kind if sens else kind + "_benign", sensitive=bool(ents), entities=ents, endpoint=ep, lang=loc, style=style, body=body))
            assert recs[-1]["sensitive"] == sens
    r.shuffle(recs)
    out = []
    for i, rec in enumerate(recs, 1):
        out.append({"id": f"{SPLIT}-pii-{i:04d}", **rec})
    return out, n_inc


# ---------------------------------------------------------------------------------------- complexity
SIMPLE = [("en", "convert 37.5 °C to Fahrenheit"), ("en", "what does IRB stand for?"), ("de", "Was heißt 'informed consent' auf Deutsch?"),
          ("fr", "combien de µL dans 0,25 mL ?"), ("es", "¿cómo se abrevia 'ensayo clínico aleatorizado' en inglés?"), ("ja", "「査読」を英語で何と言いますか？"),
          ("zh", "把 'biobank' 翻译成中文"), ("pt", "quantos mg em 2,5 g?"), ("pl", "jak jest 'recenzent' po angielsku?"), ("ko", "'연구윤리위원회'를 영어로?"),
          ("en", "sort these sample IDs: BB-17, BB-3, BB-101, BB-22"), ("en", "make this title case: effects of cold exposure on brown fat"),
          ("ru", "переведи 'грант' на английский"), ("ar", "ما معنى PhD؟"), ("hi", "'सहमति पत्र' का अंग्रेज़ी क्या है?"), ("en", "is 1,500 rpm the same as g-force? one line"),
          ("de", "schreib 'Probe' im Plural"), ("en", "format as APA: smith j 2019 cold exposure journal of physiology 12 3-9"), ("fr", "corrige : 'les echantillon sont congeler'"),
          ("en", "what's the freezing point of water in K?"), ("es", "¿qué es un póster en un congreso? una frase"), ("it", "traduci 'borsa di dottorato' in inglese"),
          ("en", "round 0.04672 to 2 significant figures"), ("nl", "wat is een promotor bij een PhD?")]
HARD = [("en", "Derive the per-arm sample size for a non-inferiority trial: success 80% both arms, margin 10 points, one-sided α=0.025, power 90%; then adjust for 15% dropout and for a cluster design with ICC 0.03, m=20, and justify each step."),
        ("en", "Prove that without censoring the Kaplan–Meier estimator equals the empirical survival function, and show where the argument fails under informative censoring."),
        ("de", "Warum führt die Adjustierung für einen Collider zu Verzerrung? Konstruiere ein DAG-Beispiel aus einer Biobank-Kohorte und berechne die induzierte Assoziation für lineare Gaußsche Modelle."),
        ("fr", "Dans un essai en stepped-wedge à 6 clusters et 7 périodes, dérive la variance de l'effet traitement sous un modèle à effets aléatoires de Hussey–Hughes et discute l'impact d'une tendance séculaire mal spécifiée."),
        ("es", "Con inhibición competitiva, deriva Km aparente y Vmax en Michaelis–Menten y explica por qué el gráfico de Lineweaver–Burk sesga la estimación; propone un estimador mejor."),
        ("ja", "交差ランダム効果（被験者×項目）を含む混合モデルを lme4 で指定し、特異フィットが起きる理由と対処法を理論的に説明してください。"),
        ("zh", "在回归断点设计中若存在操纵运行变量，请推导McCrary检验的思想，并给出一种稳健的识别策略及其假设。"),
        ("en", "Our REB asks whether broad consent for a biobank covers polygenic risk score return to participants under GDPR Art. 9(2)(j) and 89; argue both sides and propose a compliant re-consent design."),
        ("pt", "Explique por que o teste de log-rank perde poder com riscos que se cruzam e proponha uma alternativa com RMST, incluindo a escolha de τ."),
        ("en", "Given a two-stage adaptive design with sample size re-estimation, show how to preserve type I error using the inverse-normal combination test."),
        ("ko", "메타분석에서 이질성이 클 때 DerSimonian–Laird 추정치의 문제점과 HKSJ 보정이 필요한 이유를 수식으로 설명하라."),
        ("ru", "Докажи, что при множественных сравнениях процедура Бенджамини–Хохберга контролирует FDR при независимости, и объясни, что меняется при положительной зависимости."),
        ("en", "Design a power analysis for a within-subject fMRI study with 3 conditions using a mixed model, explaining how to simulate it and which variance components dominate."),
        ("pl", "Zaproponuj strategię imputacji wielokrotnej dla brakujących danych MNAR w badaniu klinicznym i analizę wrażliwości typu delta-adjusted."),
        ("en", "Why can an instrumental variable estimate exceed the OLS estimate in Mendelian randomisation? Give the bias formulas under weak instruments and pleiotropy."),
        ("ar", "اشرح كيف تُصمم تجربة سريرية متعددة الأذرع متعددة المراحل (MAMS) مع ضبط خطأ النوع الأول، مع مثال عددي."),
        ("hi", "बायेसियन अनुकूली डोज़-फाइंडिंग (CRM) की तुलना 3+3 डिज़ाइन से करें और पोस्टीरियर अपडेट का गणित समझाएँ।"),
        ("en", "A reviewer says our ROC AUC comparison is invalid because the models were tuned on the same folds; formalise the optimism bias and propose a nested CV correction.")]


def long_easy(r, i):
    lang, ask = r.choice([("en", "sort this list alphabetically by instrument, nothing else"), ("de", "bitte als Markdown-Tabelle formatieren"),
                          ("fr", "compte combien de lignes ont le statut 'done'"), ("es", "quita las filas duplicadas"), ("ja", "この表をCSVに変換して"),
                          ("zh", "把这个列表翻译成英文表头即可"), ("pt", "coloque em ordem de data"), ("en", "fix the typos in the notes column only")])
    rows = []
    while sum(len(x) + 1 for x in rows) < 1600 + r.randint(0, 1500):
        rows.append(f"{len(rows) + 1}. {r.choice(['Confocal LSM-2', 'Flow cytometer', 'Cryostat', 'qPCR cycler', 'Plate reader', 'SEM'])} — Group {r.choice('ABCDEFGH')} — "
                    f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} — {r.choice(['done', 'no-show', 'cancelled', 'done'])} — {r.choice(['ok', 'lazer warm-up slow', 'needs clenaing', 'ok', 'filter set 3'])}")
    return lang, f"{ask}\n\n" + "\n".join(rows)


def long_hard(r, i):
    lang, ask = r.choice([("en", "Reconcile these reviewer comments: identify contradictions, decide which statistical criticism is valid, and draft a point-by-point rebuttal with a revised analysis plan."),
                          ("de", "Prüfe dieses Besuchsprotokoll auf Protokollverletzungen, bewerte die Auswirkung auf die Per-Protocol-Population und begründe jede Entscheidung."),
                          ("fr", "Analyse ce plan d'analyse statistique : repère les incohérences entre estimands, méthodes de gestion des événements intercurrents et analyses de sensibilité, puis propose une version corrigée."),
                          ("es", "Revisa esta solicitud al comité de ética: identifica riesgos para los participantes, lagunas en el consentimiento y propone mitigaciones justificadas."),
                          ("ja", "以下の査読コメントと著者回答を読み、統計的主張の誤りを特定し、編集者への推奨を根拠付きで書いてください。"),
                          ("zh", "阅读以下实验记录，推断失败的根本原因，设计对照实验并说明每个对照排除了哪种假设。")])
    pieces = ["R1: The primary endpoint changed between registration and the SAP without justification.",
              "R2: The mixed model ignores site clustering; random intercepts for site are needed.",
              "R1: Multiplicity across 4 secondary endpoints is not addressed.",
              "R3: The per-protocol analysis excludes 18% of patients, mostly in arm B, after unblinding.",
              "Visit log: P-014 V3 done day 41 (window 28±5); P-022 took rescue medication before V2.",
              "SAP 5.2: intercurrent event 'treatment discontinuation' handled by treatment policy; 5.4 says hypothetical.",
              "ELN: band missing at 48 h in all lanes, but loading control fine; antibody lot changed on day 3.",
              "Ethics: participants are recruited by their treating physician; compensation €150 per visit; samples stored indefinitely.",
              "Author reply: we used a Wilcoxon test because the data were skewed; the effect remains significant after Bonferroni.",
              "R2: The sample size assumed SD 8 but the observed SD was 14; the trial is underpowered for the stated effect."]
    body = []
    while sum(len(x) + 1 for x in body) < r.randint(900, 3000):
        body.append(r.choice(pieces) + f" [{r.choice(['p.', 'line', 'row'])} {r.randint(1, 300)}]")
    return lang, f"{ask}\n\n" + "\n".join(body)


def make_cx(r):
    recs = []
    for cat in ["short_simple", "long_easy", "short_hard", "long_hard"]:
        for i in range(48):
            if cat == "short_simple":
                lang, txt = SIMPLE[i % len(SIMPLE)]
                txt = typo(r, txt) if lang == "en" and r.random() < .3 else txt
            elif cat == "short_hard":
                lang, txt = HARD[i % len(HARD)]
                if i >= len(HARD):
                    txt = txt + r.choice(["", " Be rigorous.", " Show the algebra.", " Keep it under 400 words but complete."])
            elif cat == "long_easy":
                lang, txt = long_easy(r, i)
                assert len(txt) >= 1500
            else:
                lang, txt = long_hard(r, i)
            msgs = [{"role": "user", "content": txt}]
            if r.random() < .4:
                msgs.insert(0, {"role": "system", "content": r.choice(SYSTEMS)})
            recs.append(dict(category=cat, label=int(cat.endswith("hard")), length_adversarial=cat in ("short_hard", "long_easy"),
                             endpoint="chat", lang=lang, style=f"research/{cat}", body={"model": "hybridgate/auto", "messages": msgs}))
    r.shuffle(recs)
    return [{"id": f"{SPLIT}-cx-{i:04d}", **x} for i, x in enumerate(recs, 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260311)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    r = random.Random(a.seed)
    w = World(r)
    pii, n_inc = make_pii(w, r)
    cx = make_cx(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        data = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)
        (out / name).write_text(data, encoding="utf-8")
        print(name, len(recs), "sha256", hashlib.sha256(data.encode()).hexdigest())
    sens = sum(x["sensitive"] for x in pii)
    print("pii: sensitive", sens, "benign", len(pii) - sens, "incidental", n_inc, "locales", len({x["lang"] for x in pii}),
          "endpoints", dict(collections.Counter(x["endpoint"] for x in pii)))
    print("pii categories", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("entity types", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("cx", dict(collections.Counter(x["category"] for x in cx)), "adversarial", sum(x["length_adversarial"] for x in cx),
          "label1", sum(x["label"] for x in cx), "langs", len({x["lang"] for x in cx}))
    print("freeze: frozen words", len(FROZEN), "dropped candidates", sum(DROPPED.values()), "eponyms dropped", DROPPED["eponym"],
          "eponyms kept", len(w.eponyms))


if __name__ == "__main__":
    main()
