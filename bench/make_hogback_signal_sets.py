#!/usr/bin/env python3
"""Hogback: a blind evaluation split for the request signals, organised by SPORT, FITNESS AND CLUBS.

Writes bench/data/signals/pii_hogback.jsonl and bench/data/signals/complexity_hogback.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of the delta generator (schema and label
    conventions) and the first two lines of the two delta files. Not read: the detector, its tests, the
    evaluator, the results, the policies, the docs and the other generators (their sources are only scanned
    automatically by the freeze below). Caveat: one command run at the start of the session also printed the
    five newest one-line commit subjects of the worktree branch; nothing else of the git history was read.
    The detector and the evaluator were never run.

Organising principle
    The world of sport, fitness and clubs, in nine kinds (the ``category``; ``<kind>_benign`` for the hard
    negatives of the same kind): gym_membership (memberships, direct-debit mandates, freezes, class
    bookings), parq_screening (PAR-Q / induction health forms), junior_club (junior league registrations,
    safeguarding, consent and pick-up lists), club_admin (amateur team sheets, subs, treasurer's lists,
    WhatsApp groups), race_entry (entries, bib lists, results, medical-tent logs), coaching_pt (personal
    training and coaching clients, invoices), sports_physio (physio and injury notes, insurer claims),
    stadium_ticketing (fans' accounts, season tickets, payments, bans), sports_media (copy and research
    about professional athletes).  Voices: front-desk staff, club secretaries, junior coaches, treasurers,
    race directors, medics, PTs, physios, ticket-office agents, sports journalists -- with their jargon
    (DD, PAR-Q, U11s, subs, DNF, bib, ACL, RTP, STH), typos, forms, CSV, JSON, emails and chat, in 20
    locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana and Hangul scripts).

    The line drawn: personal data is anything about a PRIVATE individual of that world -- a member, a
    junior player or parent, a runner, a client, a patient, a fan -- once it is tied to a name or a
    relation/role cue: names, phones, personal e-mails, home addresses, birth dates, national / tax / health
    numbers, bank and card details, the public IP of a fan's or member's session.  NOT personal data: a
    professional athlete, coach, referee or race winner in their public sporting role (results, transfers,
    quotes, published injury news), the club's / gym's / stadium's own role mailboxes, switchboards and
    registered offices, eponyms (Osgood-Schlatter, a stadium named after a founder), fictional characters,
    blank forms and placeholders, documentation and test values (test cards, RFC 5737 addresses, example
    IBANs), bib / ticket / booking / membership / order reference numbers with no one attached, and
    aggregated or already-anonymised data (age-group counts, "Player 7", "[NAME]").

Labels
    ``entities`` is a list of {"type", "value"} dicts computed by searching the serialised body (string
    leaves, tool-call arguments parsed, base64 file parts decoded, URLs unquoted) for every value the record
    issued; a value that did not land in the body is not labelled.  ``sensitive`` is true iff entities is
    non-empty (asserted, and asserted to match the intent of the template).  ``ssn`` is the US SSN only;
    other citizen / social-security numbers are NATIONAL_ID; taxpayer numbers TAX_ID; NHS numbers, KVNR,
    insurer member numbers HEALTH_INSURANCE; hospital / clinic record numbers MEDICAL_RECORD; a US routing
    plus account pair US_BANK_NUMBER (value = the account number).  Some sensitive records (about 12%) carry
    one incidental item only (a first name with a relation cue, one phone number in a long text, one birth
    date).

Contents (seed 20260605; the run prints these counts)
    pii_hogback.jsonl: 504 requests (454 chat, 50 completions) in 20 locales; 288 sensitive / 216 benign; 36
          incidental; 9 kinds
      categories: {'club_admin': 32, 'club_admin_benign': 24, 'coaching_pt': 32, 'coaching_pt_benign': 24,
          'gym_membership': 32, 'gym_membership_benign': 24, 'junior_club': 32, 'junior_club_benign': 24,
          'parq_screening': 32, 'parq_screening_benign': 24, 'race_entry': 32, 'race_entry_benign': 24,
          'sports_media': 32, 'sports_media_benign': 24, 'sports_physio': 32, 'sports_physio_benign': 24,
          'stadium_ticketing': 32, 'stadium_ticketing_benign': 24}
      entity types: {'CREDIT_CARD': 51, 'DATE_OF_BIRTH': 215, 'EMAIL_ADDRESS': 141, 'HEALTH_INSURANCE': 27,
          'IBAN_CODE': 45, 'IP_ADDRESS': 31, 'MEDICAL_RECORD': 27, 'NATIONAL_ID': 21, 'PHONE_NUMBER': 259,
          'STREET_ADDRESS': 89, 'TAX_ID': 8, 'US_BANK_NUMBER': 16, 'person': 459, 'ssn': 11}
    complexity_hogback.jsonl: 190 requests in 21 language tags: {'short_simple': 48, 'long_hard': 46, 'long_easy':
          48, 'short_hard': 48}; 96 length-adversarial, 94 labelled 1
    freeze: 100251 words; redraws per pool: 161 over 35 pools
    pii: 9 kinds x (28 sensitive + 4 incidental-only + 24 benign); about 10% completions endpoint; entities cover 14 types (counts above).

Validation
    Every national / tax / health identifier is validated with python-stdnum (KVNR, Emirates ID, MRNs and
    insurer member numbers carry a Luhn / own check digit that is re-validated), every IBAN with
    stdnum.iban, every card with Luhn, every phone number with ``phonenumbers`` (valid for its region),
    every IP with ``ipaddress`` (global).  The run aborts on an invalid value; every retry loop is capped.
    Every name, street, club/company and place pool is checked against the freeze word set of the other
    splits; entries are composed from invented, locale-typical parts and re-drawn (capped) on an overlap.
    Generic vocabulary joined to an invented stem (street types such as Road/Straße, club forms such as
    FC/Harriers, legal forms such as Ltd/GmbH) is exempt from that check, because the freeze set contains
    nearly every capitalised English and German common noun; the invented stems are checked.

Command (deterministic for a given seed; --seed changes the draws, not the distributions)
    python bench/make_hogback_signal_sets.py [--seed 20260605] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import hashlib
import ipaddress
import json
import pathlib
import random
import re
import sys
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.us import ssn as us_ssn, rtn as us_rtn
from stdnum.gb import nhs as gb_nhs, utr as gb_utr
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.es import dni as es_dni
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.br import cpf as br_cpf
from stdnum.se import personnummer as se_pnr
from stdnum.tr import tckimlik as tr_tck
from stdnum.ru import inn as ru_inn
from stdnum.gr import amka as gr_amka, vat as gr_vat
from stdnum.il import idnr as il_idnr
from stdnum.in_ import pan as in_pan, aadhaar as in_aadhaar
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.th import pin as th_pin
from stdnum.cn import ric as cn_ric

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "hogback"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")
def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
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


def clashes(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    if any(t in FROZEN for t in toks):
        return True
    for a, b in zip(toks, toks[1:]):
        if any(ord(c) > 127 for c in a + b) and f"{a} {b}" in FROZEN:
            return True
    return False


def compose(rng, pool_name, make, cap=400):
    """Draw an entry from make(rng) that shares no word with the freeze set (capped retries)."""
    for _ in range(cap):
        e = make(rng)
        if not clashes(e):
            return e
        DROPPED[pool_name] += 1
    raise SystemExit(f"freeze: could not compose an entry for pool {pool_name}")


class Invalid(Exception):
    pass


def retry(make, ok, cap=20000):
    for _ in range(cap):
        v = make()
        try:
            if ok(v):
                return v
        except Exception:
            pass
    raise SystemExit("retry cap hit while generating a valid identifier")


def must(cond, what):
    if not cond:
        raise SystemExit(f"invalid value generated: {what}")


# ----------------------------------------------------------------------------------------------------------------
# Locales: invented name parts (composed, freeze-checked), labels, phrases, identifiers.
# ----------------------------------------------------------------------------------------------------------------
def L(**kw):
    kw["gp"], kw["gs"] = kw["gp"].split(), kw["gs"].split()
    kw["fp"], kw["fs"] = kw["fp"].split(), kw["fs"].split()
    kw["labels"] = dict(zip("name dob phone email address emergency notes signed".split(), kw["labels"].split("|")))
    kw["phr"] = dict(zip("reg inj cancel thanks".split(), kw["phr"].split("|")))
    kw.setdefault("lat", None)
    if kw["lat"]:
        kw["lat"] = kw["lat"].split()
    return kw


LOCALES = {
    "en-GB": L(region="GB", gp="Bren Cal Dar Ell Fen Gar Hal Jas Kel Lor Mar Ner Os Per Ros Tam Wil Cor", gs="wyn dric ton ella ia rick ley den ine bert issa anne wen", fp="Ash Brad Cress Dun Fair Hol Kirk Lang Mor Pen Rad Thorn Whit Yar Corr Blen", fs="well by ford ham ley combe stock worth field more wick stead thorpe", join=" ", order="gf",
               street="{n} {S} {T}", T="Road Close Lane Crescent Way Drive Gardens", pc="AAd dAA", dob="%d/%m/%Y", iban="GB",
               ids=[("HEALTH_INSURANCE", "nhs"), ("TAX_ID", "utr")], mail="gmail.com outlook.com btinternet.com yahoo.co.uk",
               labels="Name|Date of birth|Phone|Email|Address|Emergency contact|Notes|Signed",
               phr="can you register my son for the U11s pls|sore knee since saturdays match|I'd like to cancel my membership from next month|cheers"),
    "en-US": L(region="US", gp="Bray Cam Dell Emer Jax Kay Lan Mad Rory Sky Tay Bry Kin", gs="den lyn son ton ley ette ara ric ston ella", fp="Ash Bel Cald Dur Gris Hol Kess Lock Mer Stan Tull Wex", fs="well ford man ton ley wood field ridge brook stead worth", join=" ", order="gf",
               street="{n} {S} {T}", T="St Ave Blvd Dr Ct Ln", pc="ddddd", dob="%m/%d/%Y", iban=None,
               ids=[("ssn", "ssn"), ("US_BANK_NUMBER", "usbank"), ("HEALTH_INSURANCE", "usmember")], mail="gmail.com yahoo.com icloud.com hotmail.com",
               labels="Name|DOB|Phone|Email|Address|Emergency contact|Notes|Signature",
               phr="need to sign my son up for U10 travel|knee's been bugging me since Saturday's game|I want to cancel my membership effective next month|thanks!"),
    "de-DE": L(region="DE", gp="Jör Wal Ans Det Fri Hel Kuni Lud Ot Sieg Ul Ger Ber Mecht", gs="gund mar helm ke trud lind rich bert wig hild win", fp="Brack Dorn Ecken Fal Grub Hollen Kiel Lind Merz Ober Rott Schwan Wiesen Quell", fs="bach berger mann huber meier feld hofer brink städt wald rath", join=" ", order="gf",
               street="{S}{t} {n}", t="straße weg gasse allee ring", pc="ddddd", dob="%d.%m.%Y", iban="DE",
               ids=[("TAX_ID", "idnr"), ("HEALTH_INSURANCE", "kvnr")], mail="web.de gmx.de t-online.de gmx.net",
               labels="Name|Geburtsdatum|Telefon|E-Mail|Anschrift|Notfallkontakt|Bemerkungen|Unterschrift",
               phr="bitte meinen Sohn für die U11 anmelden|Knie tut seit dem Spiel am Samstag weh|ich möchte meine Mitgliedschaft zum Monatsende kündigen|danke & sportliche Grüße"),
    "fr-FR": L(region="FR", gp="Ama Béré Cla Éti Gil Jéro Lou Mari Noé Oli Sév Ysal", gs="nice lie ane enne bert ette ric ine aud elle", fp="Beau Cham Dela Fon Gran Lar Mont Pel Roch Vau Ver Quin", fs="champ rieux vert ville lac court mont bois dier nesse", join=" ", order="gf",
               street="{n} rue {S}", pc="ddddd", dob="%d/%m/%Y", iban="FR",
               ids=[("NATIONAL_ID", "nir")], mail="orange.fr free.fr laposte.net sfr.fr",
               labels="Nom|Date de naissance|Téléphone|Courriel|Adresse|Personne à prévenir|Remarques|Signature",
               phr="merci d'inscrire mon fils en U11|douleur au genou depuis le match de samedi|je souhaite résilier mon abonnement le mois prochain|merci, sportivement"),
    "es-ES": L(region="ES", gp="Ali Bea Cris Edu Fau Ire Jaci Lore Nere Ro Teo", gs="nto triz ana ardo sto lda ncia delia lio", fp="Alba Bece Cas Echa Gal Iri Lo Mend Oli Quin Sala Vill", fs="rra var tillo ndo zaga rte vares ñeda guren ejo", join=" ", order="gff",
               street="Calle {S}, {n}", pc="ddddd", dob="%d/%m/%Y", iban="ES",
               ids=[("NATIONAL_ID", "dni")], mail="gmail.com hotmail.es yahoo.es telefonica.net",
               labels="Nombre|Fecha de nacimiento|Teléfono|Correo|Dirección|Contacto de emergencia|Observaciones|Firma",
               phr="porfa inscribid a mi hijo en alevines|me duele la rodilla desde el partido del sábado|quiero darme de baja del gimnasio el mes que viene|gracias, un saludo"),
    "it-IT": L(region="IT", gp="Ansel Benedet Cesa Donat Fiam Gual Ludo Mira Orne Rober Vitto", gs="ta mo ella ina rio etta ino", fp="Bel Cara Fer Gial Lomb Marz Pesc Spada Tor Zan Quar", fs="otti ucci ardi etti oni aro ini elli", join=" ", order="gf",
               street="Via {S} {n}", pc="ddddd", dob="%d/%m/%Y", iban="IT",
               ids=[("TAX_ID", "cf")], mail="libero.it virgilio.it alice.it gmail.com",
               labels="Nome|Data di nascita|Telefono|Email|Indirizzo|Contatto di emergenza|Note|Firma",
               phr="vorrei iscrivere mio figlio agli esordienti|male al ginocchio dalla partita di sabato|vorrei disdire l'abbonamento dal mese prossimo|grazie, saluti sportivi"),
    "nl-NL": L(region="NL", gp="Aal Bram Cees Dirk Eef Fem Geer Lieu Maar Ties Wou", gs="tje ke ina ert ien ster rik", fp="Berk Dijk Hoek Kamp Veen Wout Beem Stap Zwaan", fs="hof stra huis man horst ink sma", join=" ", order="gf",
               street="{S}{t} {n}", t="straat laan weg singel", pc="dddd AA", dob="%d-%m-%Y", iban="NL",
               ids=[("NATIONAL_ID", "bsn")], mail="ziggo.nl kpnmail.nl hotmail.nl gmail.com",
               labels="Naam|Geboortedatum|Telefoon|E-mail|Adres|Noodcontact|Opmerkingen|Handtekening",
               phr="graag mijn zoon inschrijven voor de JO11|knie doet pijn sinds de wedstrijd van zaterdag|ik wil mijn abonnement per volgende maand opzeggen|bedankt, sportieve groet"),
    "pl-PL": L(region="PL", gp="Bogu Cze Dobro Jaro Kazi Miro Rado Stani Wie Zdzi", gs="sław mir sława miła na ław", fp="Bor Chmiel Dąbr Gaw Kowal Lew Mrocz Pietr Sob Wrób Zaj", fs="owski ewska ecki czak iak ański ińska ek", join=" ", order="gf",
               street="ul. {S} {n}", pc="dd-ddd", dob="%d.%m.%Y", iban="PL",
               ids=[("NATIONAL_ID", "pesel")], mail="wp.pl o2.pl onet.pl interia.pl",
               labels="Imię i nazwisko|Data urodzenia|Telefon|E-mail|Adres|Kontakt alarmowy|Uwagi|Podpis",
               phr="proszę zapisać syna do drużyny U11|boli mnie kolano od sobotniego meczu|chcę zrezygnować z karnetu od przyszłego miesiąca|dzięki, pozdrawiam"),
    "pt-BR": L(region="BR", gp="Ade Cleo Dja Eli Gra Jusce Lu Mai Rai Tha Val", gs="lina nilda ir ane ciana son mara elma lton", fp="Albu Bar Carva Fon Gue Ma Noguei Queiro Sam Tava", fs="querque ros lhaes seca des cedo ra paio res", join=" ", order="gff",
               street="Rua {S}, {n}", pc="ddddd-ddd", dob="%d/%m/%Y", iban=None,
               ids=[("TAX_ID", "cpf")], mail="uol.com.br bol.com.br gmail.com terra.com.br",
               labels="Nome|Data de nascimento|Telefone|E-mail|Endereço|Contato de emergência|Observações|Assinatura",
               phr="quero inscrever meu filho no sub-11|joelho doendo desde o jogo de sábado|quero cancelar o plano da academia no mês que vem|valeu, abraço"),
    "sv-SE": L(region="SE", gp="Ag Bir Eb Hjal Ing Lin Sol Tor Ul Åse Stig", gs="nes ger ba mar rid nea veig björn ve", fp="Berg Dahl Ek Gran Hag Lind Ny Sand Sjö Ström Vik", fs="qvist gren ström blad lund berg holm stedt vall", join=" ", order="gf",
               street="{S}{t} {n}", t="gatan vägen stigen", pc="ddd dd", dob="%Y-%m-%d", iban="SE",
               ids=[("NATIONAL_ID", "pnr")], mail="telia.com hotmail.se gmail.com bredband.net",
               labels="Namn|Födelsedatum|Telefon|E-post|Adress|Nödkontakt|Anteckningar|Underskrift",
               phr="vill anmäla min son till P11|ont i knät sedan matchen i lördags|jag vill säga upp mitt gymkort från nästa månad|tack, hälsningar"),
    "tr-TR": L(region="TR", gp="Ay Bur Ce Dil Er Gök Ha Il Ke Nil Se Tu Yı", gs="han kan ren nur şen dal gül lay can", fp="Ak Bal Çe Dem Er Kara Öz Sarı Tok Yıl Ulu", fs="soy kaya oğlu men taş dağ gün türk çelik", join=" ", order="gf",
               street="{S} Sokak No: {n}", pc="ddddd", dob="%d.%m.%Y", iban="TR",
               ids=[("NATIONAL_ID", "tck")], mail="hotmail.com yandex.com.tr gmail.com",
               labels="Ad Soyad|Doğum tarihi|Telefon|E-posta|Adres|Acil durum kişisi|Notlar|İmza",
               phr="oğlumu U11 takımına kaydettirmek istiyorum|cumartesi maçından beri dizim ağrıyor|üyeliğimi gelecek ay iptal etmek istiyorum|teşekkürler, sportif selamlar"),
    "ru-RU": L(region="RU", gp="Ар Бо Вла Гле Да Зла Ми Ро Свя Яро", gs="слав дан тон мир ан", fp="Бел Вор Гус Жда Кор Лап Мух Соб Тих Шуб", fs="ов ин енко цев ник ёв ский", join=" ", order="fg",
               street="ул. {S}ская, д. {n}", pc="dddddd", dob="%d.%m.%Y", iban=None, lat="vla dan mir ros sla zhe kor tikh bel gus lap sob",
               ids=[("TAX_ID", "inn")], mail="yandex.ru mail.ru rambler.ru",
               labels="ФИО|Дата рождения|Телефон|Эл. почта|Адрес|Экстренный контакт|Примечания|Подпись",
               phr="хочу записать сына в команду U11|болит колено после субботнего матча|хочу расторгнуть абонемент со следующего месяца|спасибо, с уважением"),
    "el-GR": L(region="GR", gp="Αρ Δη Ευ Θε Κλε Λυ Νι Πα Σπυ Χρυ", gs="στος μήτρης γγελία όδωρος άνθη δία κόλας σούλα", fp="Αλε Βλα Γεωρ Καρα Μαυ Παπα Σταυ Τσα Χατζη", fs="ξίου χάκης γιάδης μάνος ρίδης πούλου λιάρης κου", join=" ", order="gf",
               street="οδός {S} {n}", pc="ddd dd", dob="%d/%m/%Y", iban="GR", lat="kos tas vla pap sta mav niki evi dimi",
               ids=[("NATIONAL_ID", "amka"), ("TAX_ID", "afm")], mail="otenet.gr yahoo.gr gmail.com",
               labels="Ονοματεπώνυμο|Ημερομηνία γέννησης|Τηλέφωνο|Email|Διεύθυνση|Επαφή έκτακτης ανάγκης|Σημειώσεις|Υπογραφή",
               phr="θέλω να γράψω τον γιο μου στην ομάδα Κ11|πονάει το γόνατο από τον αγώνα του Σαββάτου|θέλω να ακυρώσω τη συνδρομή από τον επόμενο μήνα|ευχαριστώ"),
    "ar-AE": L(region="AE", gp="سل نز رو جم هد بش فر ور تم", gs="يمان ار يل ان ير يدة يفة وان", fp="الحو الزع النع الشم المه القب الطن", fs="ارثي يبي يمي سي يري يسي اجي", join=" ", order="gf",
               street="شارع {S}، فيلا {n}", pc="", dob="%d/%m/%Y", iban="AE", lat="sal naz rou jam had bash far war tam",
               ids=[("NATIONAL_ID", "eid")], mail="gmail.com eim.ae outlook.com",
               labels="الاسم|تاريخ الميلاد|الهاتف|البريد الإلكتروني|العنوان|جهة اتصال للطوارئ|ملاحظات|التوقيع",
               phr="أرغب في تسجيل ابني في فريق تحت 11 سنة|ألم في الركبة منذ مباراة السبت|أريد إلغاء اشتراكي في النادي من الشهر القادم|شكرًا"),
    "he-IL": L(region="IL", gp="אל עד נו יה של רו תמ גל", gs="יעד ינה עם ונתן ומית ני יר ית", fp="בר גל שק טל רוז אור נח", fs="נשטיין מן דלר יאלי ביץ עוז קין ברג", join=" ", order="gf",
               street="רחוב {S} {n}", pc="ddddddd", dob="%d/%m/%Y", iban="IL", lat="eli adi noa yah shai roni tami gal",
               ids=[("NATIONAL_ID", "ilid")], mail="walla.co.il gmail.com 012.net.il",
               labels="שם|תאריך לידה|טלפון|דוא\"ל|כתובת|איש קשר לחירום|הערות|חתימה",
               phr="אני רוצה לרשום את הבן שלי לקבוצת הילדים|כאב בברך מאז המשחק בשבת|אני רוצה לבטל את המנוי מהחודש הבא|תודה"),
    "hi-IN": L(region="IN", gp="अनु दिव हर कौ मन प्र सु वि त", gs="राग ्या षित शल स्वी ज्वल हानी भूति तिका नय", fp="अग्र चौ दे कुल मेह राठ त्रि बं", fs="वाल धरी शपांडे कर्णी रोत्रा ौर वेदी सल", join=" ", order="gf",
               street="{n}, {S} मार्ग", pc="dddddd", dob="%d-%m-%Y", iban=None, lat="anu div har kau man pra su vi tan",
               ids=[("NATIONAL_ID", "aadhaar"), ("TAX_ID", "pan")], mail="rediffmail.com gmail.com yahoo.co.in",
               labels="नाम|जन्म तिथि|फ़ोन|ईमेल|पता|आपातकालीन संपर्क|टिप्पणी|हस्ताक्षर",
               phr="मैं अपने बेटे का अंडर-11 टीम में नाम लिखवाना चाहता हूँ|शनिवार के मैच के बाद से घुटने में दर्द है|मैं अगले महीने से अपनी जिम सदस्यता रद्द करना चाहता हूँ|धन्यवाद"),
    "ja-JP": L(region="JP", gp="颯 湊 柚 結 陽 悠 凛 蒼 詩 琴", gs="斗 葉 真 希 太 音 花 也 乃 莉", fp="樫 榊 蓮 桐 萩 柚 楢 葛 椿 楓", fs="野 沢 原 谷 崎 岡 川 森 田 島", join=" ", order="fg",
               street="{S}町{a}-{b}-{c}", pc="ddd-dddd", dob="%Y年%m月%d日", iban=None, lat="haya minato yuzu yui haru rin ao kashi sakaki",
               ids=[("NATIONAL_ID", "mynum")], mail="docomo.ne.jp yahoo.co.jp gmail.com",
               labels="氏名|生年月日|電話|メール|住所|緊急連絡先|備考|署名",
               phr="息子をU-11チームに登録したいです|土曜の試合から膝が痛いです|来月でジムの会員を退会したいです|よろしくお願いします"),
    "ko-KR": L(region="KR", gp="서 민 지 하 윤 도 예 준 수 현 은 채 태 율 온 솔 결 빈", gs="서 민 지 하 윤 도 예 준 수 현 은 채 태 율 온 솔 결 빈", fp="김 이 박 최 정 강 조 윤 장 임 한 오 서 신", fs="", join="", order="fg",
               street="{S}로 {n}", pc="ddddd", dob="%Y.%m.%d", iban=None, lat="seo min ji ha yun do ye jun su hyun eun chae",
               ids=[("NATIONAL_ID", "rrn")], mail="naver.com daum.net gmail.com",
               labels="성명|생년월일|전화|이메일|주소|비상 연락처|비고|서명",
               phr="아들을 U-11 팀에 등록하고 싶어요|토요일 경기 이후로 무릎이 아파요|다음 달부터 헬스장 회원권을 해지하고 싶습니다|감사합니다"),
    "th-TH": L(region="TH", gp="กฤ ธน ปิย วร สุ อภิ ณัฐ พิม ชน ศุภ", gs="ษดา พล นุช วุฒิ ภัทร ชญา ดา กานต์", fp="ศรี วงศ์ ทอง สุข เจริญ บุญ แสง พงษ์ รัตน", fs="สวัสดิ์ ไพบูลย์ ประเสริฐ วัฒนา สกุล ชัย ทรัพย์ กิจ", join=" ", order="gf",
               street="{n}/{m} ซอย{S}", pc="ddddd", dob="%d/%m/%Y", iban=None, lat="krit thana piya worn suk aphi nat pim chon",
               ids=[("NATIONAL_ID", "thpin")], mail="hotmail.co.th gmail.com",
               labels="ชื่อ-นามสกุล|วันเกิด|โทรศัพท์|อีเมล|ที่อยู่|ผู้ติดต่อฉุกเฉิน|หมายเหตุ|ลงชื่อ",
               phr="อยากสมัครให้ลูกชายเข้าทีมรุ่นอายุไม่เกิน 11 ปี|ปวดเข่าตั้งแต่แมตช์วันเสาร์|ต้องการยกเลิกสมาชิกฟิตเนสตั้งแต่เดือนหน้า|ขอบคุณครับ"),
    "zh-CN": L(region="CN", gp="昀 澄 棠 珩 汐 璟 沅 芮 骁 萱 熠 晗 钰 翊", gs="昀 澄 棠 珩 汐 璟 沅 芮 骁 萱 熠 晗 钰 翊", fp="柏 岑 鄂 房 葛 衡 嵇 廉 阮 邵 滕 岳", fs="", join="", order="fg",
               street="{S}路{n}号", pc="dddddd", dob="%Y年%m月%d日", iban=None, lat="bai cen fang ge heng lian ruan shao teng yue",
               ids=[("NATIONAL_ID", "ric")], mail="qq.com 163.com 126.com",
               labels="姓名|出生日期|电话|邮箱|地址|紧急联系人|备注|签名",
               phr="想给儿子报名U11梯队|周六比赛后膝盖一直疼|我想从下个月起取消健身房会员|谢谢"),
}


# ----------------------------------------------------------------------------------------------------------------
# Identifiers (each validated; abort on an invalid value)
# ----------------------------------------------------------------------------------------------------------------
def digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def kvnr_ok(v):
    if not re.fullmatch(r"[A-Z]\d{9}", v):
        return False
    s = f"{ord(v[0]) - 64:02d}" + v[1:9]
    tot = 0
    for i, ch in enumerate(s):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(v[9])


def luhn_ok(digs):
    return digs.isdigit() and luhn.is_valid(digs)


def make_id(rng, kind, dob):
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    if kind == "ssn":
        v = retry(lambda: f"{rng.randint(101, 899):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}", lambda x: us_ssn.is_valid(x))
    elif kind == "usbank":
        routing = retry(lambda: digits(rng, 9, "0123"), lambda x: us_rtn.is_valid(x))
        v = (routing, digits(rng, rng.choice([9, 10, 12]), "123456789"))
    elif kind == "usmember":
        v = retry(lambda: "".join(rng.choice("ABCDEFGHJKMNPRSTUWXYZ") for _ in range(3)) + digits(rng, 9), lambda x: luhn_ok(x[3:]))
    elif kind == "nhs":
        v = retry(lambda: digits(rng, 10, "456"), lambda x: gb_nhs.is_valid(x))
        v = f"{v[:3]} {v[3:6]} {v[6:]}"
        must(gb_nhs.is_valid(v), "nhs")
    elif kind == "utr":
        v = retry(lambda: digits(rng, 10, "123456789"), lambda x: gb_utr.is_valid(x))
    elif kind == "idnr":
        v = retry(lambda: digits(rng, 11, "123456789"), lambda x: de_idnr.is_valid(x))
    elif kind == "kvnr":
        v = retry(lambda: rng.choice("ABCDEFGHIKLMNOPRSTUVWZ") + digits(rng, 9, "123456789"), kvnr_ok)
    elif kind == "nir":
        def mk():
            base = f"{rng.choice('12')}{yy:02d}{mm:02d}{rng.choice(['13', '33', '59', '69', '75', '31', '44', '67'])}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
            return base + f"{97 - int(base) % 97:02d}"
        v = retry(mk, lambda x: fr_nir.is_valid(x))
        v = f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
        must(fr_nir.is_valid(v), "nir")
    elif kind == "dni":
        v = retry(lambda: digits(rng, 8) + rng.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: es_dni.is_valid(x))
    elif kind == "cf":
        def mk():
            L_ = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(3)) + "".join(rng.choice("BCDFGLMNPRSTVZAEIOU") for _ in range(3))
            day = dd + (40 if rng.random() < 0.5 else 0)
            body = f"{L_}{yy:02d}{'ABCDEHLMPRST'[mm - 1]}{day:02d}{rng.choice('AFHLG')}{rng.randint(100, 999)}"
            return body + it_cf.calc_check_digit(body)
        v = retry(mk, lambda x: it_cf.is_valid(x))
    elif kind == "bsn":
        v = retry(lambda: digits(rng, 9, "123456789"), lambda x: nl_bsn.is_valid(x))
    elif kind == "pesel":
        m = mm + (20 if dob.year >= 2000 else 0)
        v = retry(lambda: f"{yy:02d}{m:02d}{dd:02d}" + digits(rng, 5), lambda x: pl_pesel.is_valid(x))
    elif kind == "cpf":
        v = retry(lambda: digits(rng, 11, "123456789"), lambda x: br_cpf.is_valid(x))
        v = br_cpf.format(v)
    elif kind == "pnr":
        v = retry(lambda: f"{yy:02d}{mm:02d}{dd:02d}-" + digits(rng, 4), lambda x: se_pnr.is_valid(x))
    elif kind == "tck":
        v = retry(lambda: digits(rng, 11, "123456789"), lambda x: tr_tck.is_valid(x))
    elif kind == "inn":
        v = retry(lambda: digits(rng, 12, "1234567"), lambda x: ru_inn.is_valid(x) and len(x) == 12)
    elif kind == "amka":
        v = retry(lambda: f"{dd:02d}{mm:02d}{yy:02d}" + digits(rng, 5), lambda x: gr_amka.is_valid(x))
    elif kind == "afm":
        v = retry(lambda: digits(rng, 9, "01"), lambda x: gr_vat.is_valid(x))
    elif kind == "eid":
        v = retry(lambda: f"784{dob.year}" + digits(rng, 8), lambda x: luhn_ok(x))
        v = f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"
    elif kind == "ilid":
        v = retry(lambda: digits(rng, 9, "0123"), lambda x: il_idnr.is_valid(x))
    elif kind == "aadhaar":
        v = retry(lambda: digits(rng, 12, "23456789"), lambda x: in_aadhaar.is_valid(x))
        v = f"{v[:4]} {v[4:8]} {v[8:]}"
    elif kind == "pan":
        v = retry(lambda: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + rng.choice("ABCDGKMRSTV") + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), lambda x: in_pan.is_valid(x))
    elif kind == "mynum":
        v = retry(lambda: digits(rng, 12, "123456789"), lambda x: jp_in.is_valid(x))
        v = f"{v[:4]} {v[4:8]} {v[8:]}"
    elif kind == "rrn":
        g = rng.choice("34") if dob.year >= 2000 else rng.choice("12")
        v = retry(lambda: f"{yy:02d}{mm:02d}{dd:02d}-{g}" + digits(rng, 6), lambda x: kr_rrn.is_valid(x))
    elif kind == "thpin":
        v = retry(lambda: digits(rng, 13, "1358"), lambda x: th_pin.is_valid(x))
        v = f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
    elif kind == "ric":
        def mk():
            b = rng.choice(["110101", "310104", "440106", "510107", "330106", "320102"]) + dob.strftime("%Y%m%d") + digits(rng, 3)
            return b + cn_ric.calc_check_digit(b)
        v = retry(mk, lambda x: cn_ric.is_valid(x))
    else:
        raise SystemExit(f"unknown id kind {kind}")
    return v


def validate_id(kind, v):
    f = {"ssn": us_ssn.is_valid, "nhs": gb_nhs.is_valid, "utr": gb_utr.is_valid, "idnr": de_idnr.is_valid, "kvnr": kvnr_ok,
         "nir": fr_nir.is_valid, "dni": es_dni.is_valid, "cf": it_cf.is_valid, "bsn": nl_bsn.is_valid, "pesel": pl_pesel.is_valid,
         "cpf": br_cpf.is_valid, "pnr": se_pnr.is_valid, "tck": tr_tck.is_valid, "inn": ru_inn.is_valid, "amka": gr_amka.is_valid,
         "afm": gr_vat.is_valid, "eid": lambda x: luhn_ok(x.replace("-", "")), "ilid": il_idnr.is_valid, "aadhaar": in_aadhaar.is_valid,
         "pan": in_pan.is_valid, "mynum": jp_in.is_valid, "rrn": kr_rrn.is_valid, "thpin": th_pin.is_valid, "ric": cn_ric.is_valid,
         "usmember": lambda x: luhn_ok(x[3:]) and x[:3].isalpha(), "usbank": lambda x: us_rtn.is_valid(x[0]) and x[1].isdigit()}[kind]
    must(f(v), kind)


IBAN_BBAN = {"GB": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + digits(r, 14),
             "DE": lambda r: digits(r, 18, "123456789"), "FR": lambda r: digits(r, 23, "123"), "ES": lambda r: digits(r, 20, "0123"),
             "IT": lambda r: r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 22), "NL": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + digits(r, 10),
             "PL": lambda r: digits(r, 24, "123456789"), "SE": lambda r: digits(r, 20, "123456789"), "TR": lambda r: digits(r, 5, "123456789") + "0" + digits(r, 16),
             "GR": lambda r: digits(r, 23, "0"), "AE": lambda r: digits(r, 19, "0"), "IL": lambda r: digits(r, 19, "0123456789")}


def make_iban(rng, cc):
    def mk():
        bban = IBAN_BBAN[cc](rng)
        return cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
    v = retry(mk, lambda x: std_iban.is_valid(x), cap=3000)
    f = std_iban.format(v) if rng.random() < 0.75 else v
    must(std_iban.is_valid(f), "iban")
    return f


def make_card(rng):
    prefix = rng.choice(["4", "51", "52", "53", "54", "55", "2221", "37", "6011"])
    n = 15 if prefix == "37" else 16
    for _ in range(200):
        body = prefix + digits(rng, n - len(prefix) - 1)
        num = body + luhn.calc_check_digit(body)
        if num.startswith(("4242424242", "4111111111", "5555555555", "4000")):
            continue
        break
    must(luhn_ok(num), "card")
    if n == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    sep = rng.choice([" ", "-", " ", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def make_mrn(rng):
    v = retry(lambda: digits(rng, 8, "123456789"), luhn_ok)
    return rng.choice(["MRN ", "MRN: ", "Pat.-Nr. ", "Hosp No ", "病历号 ", "NHC "]) + v, v


def make_ip(rng):
    for _ in range(500):
        if rng.random() < 0.8:
            a = ipaddress.ip_address(f"{rng.randint(2, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        else:
            a = ipaddress.ip_address("2a0" + str(rng.randint(0, 9)) + ":" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(7)))
        if a.is_global and not a.is_multicast:
            return str(a)
    raise SystemExit("ip cap")


def make_phone(rng, region, mobile=True):
    typ = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, typ)
    nat = phonenumbers.national_significant_number(ex)
    for _ in range(500):
        keep = max(2, len(nat) - 6)
        cand = nat[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nat) - keep))
        try:
            num = phonenumbers.parse(cand, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(num, region) and cand != nat:
            fmt = rng.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                              phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.E164])
            s = phonenumbers.format_number(num, fmt)
            chk = phonenumbers.parse(s, region)
            must(phonenumbers.is_valid_number_for_region(chk, region), "phone")
            return s
    raise SystemExit("phone cap")


# ----------------------------------------------------------------------------------------------------------------
# Persons, streets, clubs (freeze-checked pools composed from invented parts)
# ----------------------------------------------------------------------------------------------------------------
def ascii_fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128 and (c.isalnum()))


class Person:
    def __init__(self, rng, lc, minor=False, year_range=None):
        Lc = LOCALES[lc]
        self.rng, self.lc, self.L = rng, lc, Lc

        def given(r):
            if lc == "zh-CN":
                return r.choice(Lc["gp"]) + (r.choice(Lc["gs"]) if r.random() < 0.7 else "")
            return r.choice(Lc["gp"]) + r.choice(Lc["gs"])

        def family(r):
            f = r.choice(Lc["fp"]) + (r.choice(Lc["fs"]) if Lc["fs"] else "")
            if Lc["order"] == "gff":
                f += " " + r.choice(Lc["fp"]) + r.choice(Lc["fs"])
            return f

        def full(r):
            g, f = given(r), family(r)
            return (f + Lc["join"] + g) if Lc["order"] == "fg" else (g + Lc["join"] + f)

        self.full = compose(rng, f"person:{lc}", full)
        if Lc["order"] == "fg":
            self.family = self.full[:1] if Lc["join"] == "" else self.full.split(" ")[0]
            self.given = self.full[len(self.family):].strip()
        else:
            self.given, self.family = self.full.split(" ", 1)
        lo, hi = year_range or ((2009, 2019) if minor else (1952, 2003))
        self.dob = dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
        self._cache = {}

    def dob_str(self):
        return self.dob.strftime(self.L["dob"])

    def phone(self):
        return self._cache.setdefault("phone", make_phone(self.rng, self.L["region"]))

    def email(self):
        if "email" not in self._cache:
            r = self.rng
            if self.L["lat"]:
                a, b = r.choice(self.L["lat"]), r.choice(self.L["lat"])
            else:
                a, b = ascii_fold(self.given).lower(), ascii_fold(self.family.split(" ")[0]).lower()
            # the freeze applies to the name-derived local part; the provider domain is generic vocabulary
            local = compose(r, "email", lambda rr: rr.choice([f"{a}.{b}", f"{a}{b}{rr.randint(1, 99)}", f"{a[0]}{b}", f"{b}.{a}{rr.randint(70, 99)}", f"{a}_{b}",
                                                            f"{rr.choice(self.L['lat'] or [a])}{b}{rr.randint(1, 999)}"]))
            self._cache["email"] = local + "@" + r.choice(self.L["mail"].split())
        return self._cache["email"]

    def street(self):
        if "street" not in self._cache:
            r, Lc = self.rng, self.L
            stem = compose(r, f"street:{self.lc}", lambda rr: rr.choice(Lc["fp"]) + (rr.choice(Lc["fs"]) if Lc["fs"] else rr.choice(Lc["gp"])))
            s = Lc["street"].format(n=r.randint(1, 180), S=stem, T=r.choice(Lc.get("T", "Road").split()), t=r.choice(Lc.get("t", "weg").split()),
                                    m=r.randint(1, 40), a=r.randint(1, 5), b=r.randint(1, 30), c=r.randint(1, 20))
            self._cache["street"] = s
        return self._cache["street"]

    def postcode(self):
        r = self.rng
        return "".join(r.choice("ABCDEFGHJKLMNPRSTUWY") if c == "A" else (r.choice("0123456789") if c == "d" else c) for c in self.L["pc"])

    def ident(self, kind):
        if kind not in self._cache:
            self._cache[kind] = make_id(self.rng, kind, self.dob)
            validate_id(kind, self._cache[kind])
        return self._cache[kind]

    def iban(self):
        return self._cache.setdefault("iban", make_iban(self.rng, self.L["iban"]))


CLUB_FORMS = {"en-GB": ["{S} Harriers", "{S} Town FC", "{S} Rovers JFC", "{S} Leisure Centre", "{S} Athletic Club", "{S} RFC"],
              "en-US": ["{S} Youth Soccer", "{S} Fitness", "{S} Track Club", "{S} Little League"],
              "de-DE": ["TSV {S}", "SV {S} 1921 e.V.", "FitPark {S}", "LG {S}"], "fr-FR": ["AS {S}", "US {S}", "Club de course {S}"],
              "es-ES": ["CD {S}", "Club Atletismo {S}", "Gimnasio {S}"], "it-IT": ["ASD {S}", "Polisportiva {S}", "Palestra {S}"],
              "nl-NL": ["VV {S}", "AV {S}", "Sportschool {S}"], "pl-PL": ["KS {S}", "UKS {S}", "Klub Biegacza {S}"],
              "pt-BR": ["Academia {S}", "EC {S}", "Escolinha {S}"], "sv-SE": ["{S} IF", "{S} IK", "{S} Gym"],
              "tr-TR": ["{S} Spor Kulübü", "{S} Gençlik SK", "{S} Fitness"], "ru-RU": ["СК «{S}»", "ДЮСШ {S}", "Фитнес-клуб «{S}»"],
              "el-GR": ["ΑΟ {S}", "Γυμναστήριο {S}"], "ar-AE": ["نادي {S} الرياضي", "أكاديمية {S}"], "he-IL": ["הפועל {S}", "מכבי {S}", "סטודיו {S}"],
              "hi-IN": ["{S} क्रिकेट अकादमी", "{S} स्पोर्ट्स क्लब"], "ja-JP": ["{S}FC", "{S}スポーツクラブ", "{S}ランニングクラブ"],
              "ko-KR": ["{S} FC", "{S} 피트니스", "{S} 러닝크루"], "th-TH": ["สโมสร{S}", "{S} ฟิตเนส"], "zh-CN": ["{S}足球俱乐部", "{S}健身", "{S}跑团"]}


def club_name(rng, lc):
    Lc = LOCALES[lc]
    stem = compose(rng, f"club:{lc}", lambda r: r.choice(Lc["fp"]) + (r.choice(Lc["fs"]) if Lc["fs"] else r.choice(Lc["gp"])))
    return rng.choice(CLUB_FORMS[lc]).format(S=stem), stem


def club_domain(rng, stem):
    s = ascii_fold(stem).lower() or "club" + str(rng.randint(10, 99))
    return s + rng.choice(["-sc.org", "fc.club", "-ac.org.uk", "fitness.com", "-sport.de", "club.org"])


# ----------------------------------------------------------------------------------------------------------------
# Record content: an Issuer remembers every personal value a template put into the document.
# ----------------------------------------------------------------------------------------------------------------
class Issuer:
    def __init__(self):
        self.items = []

    def add(self, typ, value):
        self.items.append((typ, value))
        return value

    def name(self, p):
        return self.add("person", p.full)

    def first(self, p):
        return self.add("person", p.given)

    def phone(self, p):
        return self.add("PHONE_NUMBER", p.phone())

    def email(self, p):
        return self.add("EMAIL_ADDRESS", p.email())

    def addr(self, p):
        return self.add("STREET_ADDRESS", p.street())

    def dob(self, p):
        return self.add("DATE_OF_BIRTH", p.dob_str())

    def ident(self, p, which=0):
        ids = p.L["ids"]
        typ, kind = ids[which % len(ids)]
        v = p.ident(kind)
        if kind == "usbank":
            self.add("US_BANK_NUMBER", v[1])
            return f"routing {v[0]} / acct {v[1]}"
        return self.add(typ, v)

    def ident_of(self, p, typ):
        for t, kind in p.L["ids"]:
            if t == typ:
                return self.add(t, p.ident(kind)) if kind != "usbank" else self.ident(p, p.L["ids"].index((t, kind)))
        return None

    def bank(self, p):
        if p.L["iban"]:
            return "IBAN " + self.add("IBAN_CODE", p.iban())
        if p.lc == "en-US":
            return self.ident(p, 1)
        return "card " + self.add("CREDIT_CARD", make_card(p.rng))

    def health(self, p):
        """The locale's health-insurance number, else a private insurer's member number (Luhn-checked)."""
        for t, kind in p.L["ids"]:
            if t == "HEALTH_INSURANCE":
                return self.add(t, p.ident(kind))
        return self.add("HEALTH_INSURANCE", p.ident("usmember"))

    def card(self, rng):
        return self.add("CREDIT_CARD", make_card(rng))

    def ip(self, rng):
        return self.add("IP_ADDRESS", make_ip(rng))

    def mrn(self, rng):
        shown, v = make_mrn(rng)
        must(luhn_ok(v), "mrn")
        self.add("MEDICAL_RECORD", v)
        return shown


def lab(lc, k):
    return LOCALES[lc]["labels"][k]


def phr(lc, k):
    return LOCALES[lc]["phr"][k]


def form(rng, lc, pairs):
    style = rng.randrange(4)
    if style == 0:
        return "\n".join(f"{k}: {v}" for k, v in pairs)
    if style == 1:
        return "\n".join(f"{k.upper()} .......... {v}" for k, v in pairs)
    if style == 2:
        return "| field | value |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in pairs)
    return json.dumps({k: v for k, v in pairs}, ensure_ascii=False, indent=rng.choice([None, 2]))


def when(rng, y0=2025, y1=2026):
    d = dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
    return d


def money(rng, lo, hi):
    return f"{rng.randint(lo, hi)}.{rng.choice(['00', '50', '99', '95'])}"


def org_phone(rng, lc):
    return make_phone(rng, LOCALES[lc]["region"], mobile=False)


def pro(rng, lc):
    """An invented professional athlete / coach / referee: a public figure in their public role."""
    return Person(rng, lc, year_range=(1988, 2004))


TIERS = ["Off-peak", "Anytime", "Student", "Family", "Swim only", "Corporate", "Flex 10-pack"]
CLASSES = ["Spin 45", "HIIT", "Body Pump", "Reformer Pilates", "Aqua-fit", "Boxfit", "Yoga flow", "Kettlebells", "Over-60s circuits"]
SPORTS = ["football", "netball", "rugby", "hockey", "basketball", "cricket", "futsal", "handball", "volleyball"]


# ---- gym_membership -------------------------------------------------------------------------------------------------
def gym_s_joining(rng, lc, I):
    p = Person(rng, lc)
    club, stem = club_name(rng, lc)
    pairs = [(lab(lc, "name"), I.name(p)), (lab(lc, "dob"), I.dob(p)), (lab(lc, "address"), I.addr(p) + " " + p.postcode()),
             (lab(lc, "phone"), I.phone(p)), (lab(lc, "email"), I.email(p)), ("Membership", rng.choice(TIERS)),
             ("DD / SEPA mandate" if p.L["iban"] else "Payment", I.bank(p)), ("Start", when(rng).isoformat())]
    if rng.random() < .5:
        pairs.insert(2, ("ID no.", I.ident(p, rng.randrange(3))))
    ask = rng.choice(["check this joining form for missing fields and draft the welcome email",
                      "new member from the front desk, pls set up the DD and tell me what's missing",
                      "turn this into our CRM JSON (first_name,last_name,dob,tier,payment)"])
    return ask, f"{club} — joining form\n" + form(rng, lc, pairs), "front_desk/joining_form"


def gym_s_cancel(rng, lc, I):
    p = Person(rng, lc)
    club, stem = club_name(rng, lc)
    mem = f"M{rng.randint(100000, 999999)}"
    doc = (f"Subject: {rng.choice(['cancel', 'Kündigung', 'membership', 're: freeze'])} {mem}\n\n{rng.choice(['Hi', 'Hallo', 'Bonjour', 'Hola', 'Hey'])},\n"
           f"{phr(lc, 'cancel')}. {rng.choice(['I moved house to ', 'new address: ', 'Please send the confirmation to '])}{I.addr(p)}. "
           f"{rng.choice(['Tel', 'mob', 'call me'])} {I.phone(p)}\n{rng.choice(['dont take the DD again pls', 'last month was double charged!!', 'can i freeze instead for 2 months (surgery)?'])}\n\n{phr(lc, 'thanks')}\n{I.name(p)}\n{lab(lc, 'member') if 'member' in p.L['labels'] else 'Member no'} {mem}")
    ask = rng.choice(["draft a reply confirming the cancellation terms (30 days notice)", "is this a valid cancellation under our T&Cs? reply politely",
                      "summarise for the ops manager"])
    return ask, doc, "member/email_cancellation"


def gym_s_failed_dd(rng, lc, I):
    rows = ["member_id,name,email,account,amount,reason"]
    for _ in range(rng.randint(3, 5)):
        p = Person(rng, lc)
        acct = I.bank(p).replace("IBAN ", "").replace("card ", "")
        rows.append(f"M{rng.randint(10000, 99999)},{I.name(p)},{I.email(p)},{acct},{money(rng, 19, 65)},{rng.choice(['AC04 closed', 'AM04 insufficient funds', 'MD06 refund request', 'R01', 'declined'])}")
    ask = rng.choice(["failed direct debits from last night's run — write a short, non-threatening reminder for each", "group these by reason code and tell me who to call first"])
    return ask, "\n".join(rows), "finance/csv_failed_dd"


def gym_s_waitlist(rng, lc, I):
    cls = rng.choice(CLASSES)
    items = []
    for i in range(rng.randint(3, 5)):
        p = Person(rng, lc)
        items.append({"pos": i + 1, "member": I.name(p), "mobile": I.phone(p), "booked_at": f"{when(rng).isoformat()}T0{rng.randint(6, 9)}:{rng.randint(10, 59)}"})
    doc = json.dumps({"class": cls, "studio": rng.randint(1, 3), "capacity": 20, "waitlist": items}, ensure_ascii=False, indent=2)
    return rng.choice(["two people cancelled — who do I text and what do I say?", "write the SMS for the first two on the waitlist"]), doc, "booking_system/json_waitlist"


def gym_i(rng, lc, I):
    p = Person(rng, lc)
    club, _ = club_name(rng, lc)
    filler = "\n".join(f"{d} {rng.randint(6, 20)}:00 {rng.choice(CLASSES)} (studio {rng.randint(1, 3)})" for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] for _ in range(2))
    if rng.random() < 0.5:
        cue = f"btw my {rng.choice(['wife', 'partner', 'sister', 'daughter'])} {I.first(p)} wants to try the {rng.choice(CLASSES)} too, is the guest pass still a thing?"
    else:
        cue = f"if anything changes ring me on {I.phone(p)}"
    doc = f"{club} timetable (autumn)\n{filler}\n\n{cue}"
    return "which classes fit after 6pm on weekdays? list them", doc, "member/incidental"


def gym_b_blank(rng, lc, I):
    pairs = [(lab(lc, k), v) for k, v in [("name", "[FIRST NAME] [SURNAME]"), ("dob", "DD/MM/YYYY"), ("address", "________________"), ("phone", "+__ ___ ___ ____"),
                                             ("email", "name@example.com")]] + [("IBAN", "DE89 3704 0044 0532 0130 00 (example, replace)"), ("Membership", " / ".join(TIERS[:4]))]
    return rng.choice([f"translate this blank joining form for our {lc} members, keep the placeholders", "make this form accessible (labels, order)"]), form(rng, lc, pairs), "template/blank_form"


def gym_b_stats(rng, lc, I):
    club, stem = club_name(rng, lc)
    lines = [f"{t}: {rng.randint(40, 900)} active, churn {rng.randint(2, 9)}.{rng.randint(0, 9)}%" for t in TIERS]
    doc = (f"{club} — monthly KPI pack\n" + "\n".join(lines) + f"\nFailed DDs: {rng.randint(10, 80)} (AM04 {rng.randint(30, 70)}%)\nClass fill rate: {rng.randint(55, 97)}%\n"
           f"Contact: membership@{club_domain(rng, stem)} | reception {org_phone(rng, lc)} | Registered office: Unit {rng.randint(1, 9)}, {stem} Business Park")
    return rng.choice(["write three bullet insights for the board", "what's driving churn? hypothesise"]), doc, "management/aggregates"


def gym_b_dev(rng, lc, I):
    doc = ("POST /v2/members/{id}/mandates\n" + json.dumps({"member_id": f"M{rng.randint(100000, 999999)}", "iban": "GB82 WEST 1234 5698 7654 32", "card_test": "4242 4242 4242 4242",
                                                          "email": "test.member@example.com", "client_ip": f"192.0.2.{rng.randint(1, 254)}", "booking_ref": f"BK-{rng.randint(10000, 99999)}-{rng.choice('ABCXYZ')}"}, indent=2)
           + "\nResponse 422: mandate_reference must be 18 chars")
    return "why does the sandbox reject this? fix the payload", doc, "developer/sandbox_values"


# ---- parq_screening -------------------------------------------------------------------------------------------------
PARQ = ["Has your doctor ever said you have a heart condition?", "Do you feel pain in your chest during physical activity?",
        "Do you lose balance because of dizziness?", "Do you have a bone or joint problem made worse by exercise?",
        "Are you currently taking medication for blood pressure?", "Are you pregnant or have you given birth in the last 6 months?",
        "Do you know of any other reason you should not do physical activity?"]
CONDITIONS = ["type 1 diabetes (pump)", "asthma, blue inhaler", "hypertension, ramipril 5mg", "post-op knee (meniscus, 2024)", "epilepsy, controlled",
              "AF, on apixaban", "lower back pain (L4/L5)", "24 wks pregnant"]


def parq_s_form(rng, lc, I):
    p = Person(rng, lc)
    ec = Person(rng, lc)
    ans = "\n".join(f"{i + 1}. {q} {rng.choice(['NO', 'NO', 'YES', 'no', 'Y'])}" for i, q in enumerate(PARQ))
    hid = f"\nHealth insurance no.: {I.health(p)}" if rng.random() < 0.6 else ""
    doc = (f"PAR-Q+ ({rng.choice(['paper, scanned', 'kiosk', 'app v3.2'])})\n{lab(lc, 'name')}: {I.name(p)}\n{lab(lc, 'dob')}: {I.dob(p)}{hid}\n{ans}\n"
           f"Conditions / meds: {rng.choice(CONDITIONS)}\n{lab(lc, 'emergency')}: {ec.given} ({rng.choice(['husband', 'mum', 'partner', 'son'])}) {I.phone(ec)}\n{lab(lc, 'signed')}: {p.given[:1]}.{p.family[:1]}. {when(rng).isoformat()}")
    return rng.choice(["does this member need GP clearance before the induction? explain", "summarise the risks for the instructor, 3 bullets"]), doc, "induction/parq_form"


def parq_s_note(rng, lc, I):
    p = Person(rng, lc)
    doc = (f"induction notes {when(rng).isoformat()} — {I.name(p)} ({I.dob(p)})\nticked YES to Q{rng.randint(1, 7)}, says {rng.choice(CONDITIONS)}. BP {rng.randint(135, 170)}/{rng.randint(85, 105)} on arrival. "
           f"didnt do the treadmill part. told her to see GP, will call back on {I.phone(p)}\n- {rng.choice(['PT', 'duty mgr', 'instructor'])}")
    return rng.choice(["rewrite these notes properly for the member file", "draft the letter to the GP asking for clearance"]), doc, "instructor/shorthand_notes"


def parq_s_app(rng, lc, I):
    p = Person(rng, lc)
    doc = json.dumps({"event": "parq.submitted", "email": I.email(p), "dob": I.dob(p), "answers": {f"q{i + 1}": rng.random() < 0.25 for i in range(7)},
                      "free_text": rng.choice(CONDITIONS), "client_ip": I.ip(rng), "ua": "FitApp/5.1 (iPhone)"}, ensure_ascii=False)
    return "write the rule that routes this submission (flag if any yes)", doc, "app/webhook_json"


def parq_i(rng, lc, I):
    p = Person(rng, lc)
    guide = "\n".join(f"- {q} If YES: complete PAR-Q+ follow-up {i + 1}." for i, q in enumerate(PARQ))
    doc = f"Screening guidance for instructors\n{guide}\n\nexample from today: member (DOB {I.dob(p)}) answered yes to 2 and 5, waiting on GP letter."
    return "turn this guidance into a one-page checklist", doc, "policy/incidental"


def parq_b_blank(rng, lc, I):
    doc = "\n".join(f"{i + 1}. {q}  [ ] YES  [ ] NO" for i, q in enumerate(PARQ)) + f"\n\n{lab(lc, 'name')}: ____________  {lab(lc, 'dob')}: __/__/____  {lab(lc, 'signed')}: ________"
    return rng.choice([f"translate this PAR-Q into the language of {lc}, keep checkboxes", "simplify the wording to reading age 9"]), doc, "template/blank_parq"


def parq_b_eponyms(rng, lc, I):
    doc = ("Conditions that need medical clearance before high-intensity classes: Wolff-Parkinson-White syndrome, Marfan syndrome, hypertrophic cardiomyopathy, "
           "Raynaud's phenomenon (cold water), Osgood-Schlatter disease in juniors, Parkinson's disease (balance), Crohn's disease flare. "
           f"Last quarter: {rng.randint(200, 600)} PAR-Qs, {rng.randint(8, 25)}% with a YES, {rng.randint(1, 9)} referred. Questions: health.safety@{club_domain(rng, club_name(rng, lc)[1])}")
    return "which of these affect aqua classes? short answer", doc, "policy/eponyms_aggregates"


# ---- junior_club ----------------------------------------------------------------------------------------------------
def jun_s_reg(rng, lc, I):
    c, par = Person(rng, lc, minor=True), Person(rng, lc)
    sport = rng.choice(SPORTS)
    pairs = [("Player", I.name(c)), (lab(lc, "dob"), I.dob(c)), ("Age group", f"U{rng.randint(7, 16)}"), ("Parent/guardian", I.name(par)),
             (lab(lc, "phone"), I.phone(par)), (lab(lc, "email"), I.email(par)), (lab(lc, "address"), I.addr(par)),
             ("Child ID (federation card)", I.ident(c, rng.randrange(2)) if rng.random() < .5 else "to follow"), ("Medical", rng.choice(["asthma — inhaler in kit bag", "none", "nut allergy, EpiPen", "ADHD, meds at breakfast", "glasses"])), ("Photo consent", rng.choice(["Y", "N"]))]
    return rng.choice([f"registration for {sport}, check age group is right for the 2025/26 season", "put this into the league's registration CSV format", phr(lc, "reg")]), form(rng, lc, pairs), "junior_secretary/registration"


def jun_s_safeguard(rng, lc, I):
    c, par = Person(rng, lc, minor=True), Person(rng, lc)
    doc = (f"CONFIDENTIAL — welfare concern log\nchild: {I.name(c)}, {lab(lc, 'dob')} {I.dob(c)}\nreported by: U{rng.randint(9, 15)} coach\n"
           f"{rng.choice(['turned up to training hungry 3 weeks running, no kit', 'bruising on arm, said fell off bike, different story to teammate', 'told assistant coach about arguments at home, upset'])}. "
           f"mum ({I.name(par)}) not answering on {I.phone(par)}.\nnext step: refer to club welfare officer")
    return rng.choice(["help me write this up for the county FA welfare officer, factual only", "what do I do next under safeguarding policy?"]), doc, "welfare_officer/concern_log"


def jun_s_roster(rng, lc, I):
    rows = ["shirt;player;dob;parent_mobile;pickup"]
    for i in range(rng.randint(4, 7)):
        c, par = Person(rng, lc, minor=True), Person(rng, lc)
        rows.append(f"{i + 2};{I.name(c)};{I.dob(c)};{I.phone(par)};{rng.choice(['mum', 'dad', 'grandad', 'carpool', 'self (U16)'])}")
    return rng.choice(["tournament saturday — make a carpool plan from this", "print-friendly team sheet pls, sorted by shirt"]), "\n".join(rows), "team_manager/csv_roster"


def jun_s_chat(rng, lc, I):
    a, b, c = Person(rng, lc), Person(rng, lc), Person(rng, lc, minor=True)
    doc = (f"[{when(rng).isoformat()} 19:02] {I.name(a)}: {phr(lc, 'reg')}\n[19:05] Coach: ok send me his dob\n[19:07] {a.given}: {I.dob(c)}, {I.first(c)}\n"
           f"[19:11] {I.phone(b)}: is training still on, pitch looks flooded\n[19:12] Coach: on, astro at 6")
    return rng.choice(["summarise this group chat for the committee", "pull out any action items"]), doc, "parents_whatsapp/chat_export"


def jun_i(rng, lc, I):
    p = Person(rng, lc, minor=True)
    fx = "\n".join(f"{when(rng).isoformat()} U{rng.randint(8, 14)} vs {club_name(rng, lc)[0]} KO {rng.randint(9, 11)}:{rng.choice(['00', '30'])}" for _ in range(8))
    if rng.random() < 0.5:
        cue = f"\n\nalso can my {rng.choice(['son', 'daughter', 'nephew'])} {I.first(p)} move up to the older group? he's been bored"
    else:
        cue = f"\n\n(player born {I.dob(p)} — is that U11 or U12 next season?)"
    return "which fixtures clash with the school half-term (last week of October)?", f"Fixtures autumn\n{fx}{cue}", "parent/incidental"


def jun_b_fixtures(rng, lc, I):
    club, stem = club_name(rng, lc)
    fx = "\n".join(f"{when(rng).isoformat()}  {club_name(rng, lc)[0]} v {club_name(rng, lc)[0]}  pitch {rng.randint(1, 6)}" for _ in range(6))
    doc = (f"{club} youth section — league fixtures\n{fx}\nPostponements: fixtures.sec@{club_domain(rng, stem)}, ground {org_phone(rng, lc)}\nRegistered office: {stem} Sports Ground, {rng.randint(1, 99)} Pavilion Way")
    return "format as a table and flag double-headers", doc, "league/fixtures_public"


def jun_b_anon(rng, lc, I):
    rows = "\n".join(f"Player {i + 1}: {rng.randint(5, 20)} sessions, {rng.randint(0, 9)} goals, asthma plan {'Y' if rng.random() < .2 else 'N'}" for i in range(10))
    return "which players need more minutes? it's anonymised already", f"U{rng.randint(9, 13)} squad — season summary (anonymised)\n{rows}", "coach/anonymised"


def jun_b_form(rng, lc, I):
    doc = (f"Junior registration 2025/26\nPlayer name: [CHILD NAME]\n{lab(lc, 'dob')}: [DD/MM/YYYY]\nParent/guardian: [NAME]  {lab(lc, 'phone')}: [MOBILE]\nMedical info: [ ]\n"
           "Photo consent: [Y/N]\nFees: U7-U10 £95, U11-U16 £120, sibling discount 10%\nDBS checked coaches only. Welfare officer: welfare@club-example.org")
    return rng.choice(["rewrite this form friendlier for parents", f"translate to {lc}"]), doc, "template/blank_form"


# ---- club_admin -----------------------------------------------------------------------------------------------------
def club_s_teamsheet(rng, lc, I):
    sport = rng.choice(SPORTS)
    rows = []
    for i in range(rng.randint(6, 11)):
        p = Person(rng, lc)
        rows.append(f"{i + 1}. {I.name(p) if rng.random() < .7 else p.given + ' ' + p.family[:1] + '.'} — subs {rng.choice(['paid', 'owes £' + str(rng.randint(5, 40)), 'PAID', 'tbc'])}")
    cap = Person(rng, lc)
    doc = f"Sunday {sport} — team sheet v {club_name(rng, lc)[0]}\n" + "\n".join(rows) + f"\ncaptain {I.name(cap)} {I.phone(cap)}, meet 9:15"
    return rng.choice(["who still owes subs? write a cheeky group message", "pick a formation from this lot"]), doc, "captain/team_sheet"


def club_s_treasurer(rng, lc, I):
    rows = ["Name\tAccount\tAnnual sub\tStatus"]
    for _ in range(rng.randint(3, 6)):
        p = Person(rng, lc)
        rows.append(f"{I.name(p)}\t{I.bank(p)}\t{money(rng, 60, 240)}\t{rng.choice(['paid', 'overdue 60d', 'part-paid', 'refund due'])}")
    return rng.choice(["treasurer's list — draft reminder letters for the overdue ones", "total by status please"]), "\n".join(rows), "treasurer/tsv"


def club_s_card(rng, lc, I):
    p = Person(rng, lc)
    doc = (f"hiya, sorry late with subs again!! can you just take it off my card {I.card(rng)} exp {rng.randint(1, 12):02d}/{rng.randint(26, 30)} cvv {rng.randint(100, 999)}. "
           f"if it bounces ring {I.phone(p)}" + (f" or pull it from {I.bank(p)}" if lc == "en-US" or rng.random() < .3 else "") + f"\n{p.given}")
    return "club treasurer here — is it ok to process this? and what do i reply", doc, "member/email_card"


def club_s_discipline(rng, lc, I):
    p = Person(rng, lc)
    doc = (f"Disciplinary panel {when(rng).isoformat()}\nPlayer: {I.name(p)} ({lab(lc, 'dob')} {I.dob(p)}) — {lab(lc, 'address')}: {I.addr(p)}\nCharge: violent conduct (C2), "
           f"ref report says {rng.choice(['headbutt after final whistle', 'struck opponent off the ball', 'abusive language to assistant ref'])}.\nPrevious: {rng.randint(0, 3)} cautions. Sanction proposed: {rng.randint(3, 8)}-match ban.")
    return "draft the outcome letter to the player", doc, "disciplinary_secretary/minutes"


def club_i(rng, lc, I):
    p = Person(rng, lc)
    mins = "\n".join(f"{i + 1}. {t}" for i, t in enumerate(rng.sample(["Apologies received", "Treasurer's report: balance up 12%", "Pitch drainage quote £4,200",
                                                                       "Kit sponsor renewal", "Bar rota", "Volunteer of the year", "Women's team entry fees", "AOB: minibus MOT"], 7)))
    doc = f"AGM minutes draft\n{mins}\n\nif anyone can help with the bar rota text me {I.phone(p)}"
    return "tidy these minutes for the website", doc, "secretary/incidental"


def club_b_agm(rng, lc, I):
    club, stem = club_name(rng, lc)
    doc = (f"{club} — AGM {when(rng).year}\nAttendance: {rng.randint(18, 60)} members. Chair's report: promotion to Division {rng.randint(1, 3)}, {rng.randint(3, 8)} teams.\n"
           f"Treasurer: income {rng.randint(20, 90)}k, subs {rng.randint(40, 70)}%, bar {rng.randint(10, 30)}%.\nClub office: secretary@{club_domain(rng, stem)}, {org_phone(rng, lc)}. Registered office: Clubhouse, {stem} Recreation Ground.")
    return "write a 150-word news item for the website", doc, "committee/roles_only"


def club_b_refs(rng, lc, I):
    doc = "\n".join(f"Invoice INV-{rng.randint(2024000, 2026999)}  pitch hire {rng.choice(SPORTS)}  booking {rng.randint(100000, 999999)}  £{money(rng, 40, 300)}  PO {rng.randint(4500000000, 4599999999)}" for _ in range(6))
    doc += f"\nCouncil leisure bookings line {org_phone(rng, lc)} (Mon-Fri)"
    return "which invoices are duplicates? (same booking)", doc, "treasurer/reference_numbers"


# ---- race_entry -----------------------------------------------------------------------------------------------------
def race_s_entries(rng, lc, I):
    with_id = rng.random() < .45
    rows = ["bib,first,last,dob,club,email,ice_phone" + (",id_federation" if with_id else "")]
    for _ in range(rng.randint(3, 6)):
        p, ice = Person(rng, lc), Person(rng, lc)
        I.name(p)
        rows.append(f"{rng.randint(100, 9999)},{p.given},{p.family},{I.dob(p)},{rng.choice(['UA', club_name(rng, lc)[0]])},{I.email(p)},{I.phone(ice)}"
                    + (f",{I.ident(p, rng.randrange(2))}" if with_id else ""))
    return rng.choice(["dedupe these entries and assign waves by predicted time", "export for the timing company, they need YYYY-MM-DD"]), "\n".join(rows), "race_director/csv_entries"


def race_s_medtent(rng, lc, I):
    lines = []
    for _ in range(rng.randint(2, 4)):
        p, nok = Person(rng, lc), Person(rng, lc)
        lines.append(f"{rng.randint(9, 13)}:{rng.randint(10, 59)} bib {rng.randint(100, 9999)} {I.name(p)} — {rng.choice(['collapsed 200m from finish, temp 40.1', 'hyponatraemia?, confused', 'ankle inversion', 'chest pain km 31'])}; "
                     f"{rng.choice(['transferred to A&E', 'discharged', 'obs 30 min'])}" + (f", {I.mrn(rng)}" if rng.random() < .5 else "") + f"; NOK {I.phone(nok)}")
    return rng.choice(["write the incident summary for the safety advisory group", "which cases need follow-up calls today?"]), "MEDICAL TENT LOG\n" + "\n".join(lines), "race_medic/log"


def race_s_transfer(rng, lc, I):
    a, b = Person(rng, lc), Person(rng, lc)
    doc = (f"Hi race team, I'm injured ({phr(lc, 'inj')}) and want to transfer my place (bib {rng.randint(1000, 30000)}) to my friend.\n"
           f"Me: {I.name(a)}, {I.email(a)}\nFriend: {I.name(b)}, {lab(lc, 'dob')} {I.dob(b)}, {I.email(b)}\nthanks")
    return "apply our transfer policy (deadline passed 2 days ago) and reply", doc, "runner/email_transfer"


def race_s_chip(rng, lc, I):
    p = Person(rng, lc)
    doc = json.dumps({"registration": {"full_name": I.name(p), "birth_date": I.dob(p), "mobile": I.phone(p), "tshirt": rng.choice("SMLX"), "chip": f"CH{rng.randint(100000, 999999)}",
                                       "signup_ip": I.ip(rng)}, "event": f"{rng.choice(['10K', 'half', 'marathon', 'trail 50K'])} {when(rng).year}"}, ensure_ascii=False)
    return "map this into the timing vendor schema and list missing fields", doc, "timing/json_registration"


def race_i(rng, lc, I):
    p = Person(rng, lc)
    info = "\n".join(f"km {k}: {rng.choice(['water', 'gels', 'water + electrolytes', 'first aid', 'toilets'])}" for k in range(3, 42, 3))
    cue = (f"my {rng.choice(['husband', 'wife', 'dad', 'brother'])} {I.first(p)} is running his first one, where should I stand to see him twice?" if rng.random() < .5
           else f"spectator question, text back to {I.phone(p)}")
    return "answer the spectator question using the course info", f"Course info\n{info}\n\n{cue}", "spectator/incidental"


def race_b_elite(rng, lc, I):
    rows = []
    for i in range(6):
        a = pro(rng, lc)
        rows.append(f"{i + 1}. {a.full} ({rng.choice(['KEN', 'ETH', 'JPN', 'GBR', 'GER', 'BRA', 'TUR'])}) 2:0{rng.randint(4, 9)}:{rng.randint(10, 59)} — prize ${rng.choice([50000, 25000, 15000, 10000, 5000, 2500])}")
    return "write the press release headline and 3 paragraphs", "Elite men — official results\n" + "\n".join(rows), "press_officer/elite_results"


def race_b_anon(rng, lc, I):
    rows = "\n".join(f"{cat}: {rng.randint(20, 900)} finishers, median {rng.randint(3, 5)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}, DNF {rng.randint(0, 9)}%" for cat in ["M18", "F18", "M40", "F40", "M50", "F50", "M60", "F60"])
    bibs = ", ".join(str(rng.randint(100, 20000)) for _ in range(8))
    return "compare age groups and make a chart spec", f"Finisher stats by category\n{rows}\nBibs with missing split at km 21: {bibs}", "race_director/aggregates"


def race_b_course(rng, lc, I):
    club, stem = club_name(rng, lc)
    doc = (f"Race HQ: {stem} Sports Hall. Medical tents at km 10, 21, 30, finish. In an emergency call 112 / 999 or tell a marshal. "
           f"Race office {org_phone(rng, lc)} (race day only), info@{club_domain(rng, stem)}. Test your chip at stand B. Bag drop ref format: BAG-#####.")
    return "make this into a 6-question FAQ", doc, "organiser/public_contacts"


# ---- coaching_pt ----------------------------------------------------------------------------------------------------
def pt_s_intake(rng, lc, I):
    p = Person(rng, lc)
    pairs = [("Client", I.name(p)), (lab(lc, "dob"), I.dob(p)), (lab(lc, "phone"), I.phone(p)), ("Goal", rng.choice(["lose 8kg before wedding", "first marathon", "rehab after C-section", "strength for hiking"])),
             ("Weight/BF", f"{rng.randint(55, 110)}kg / {rng.randint(15, 38)}%"), ("Tax/ID no. (for receipts)", (I.ident_of(p, "TAX_ID") or I.ident(p, 0)) if rng.random() < .5 else "n/a"), ("Meds", rng.choice(["none", "sertraline 50mg", "levothyroxine", "metformin"]))]
    return rng.choice(["build a 4-week plan for this client, 3 sessions/wk", "what questions should I ask at the first session?"]), form(rng, lc, pairs), "personal_trainer/intake"


def pt_s_invoice(rng, lc, I):
    coach, client = Person(rng, lc), Person(rng, lc)
    tax = next(((t, k) for t, k in coach.L["ids"] if t == "TAX_ID"), None)
    taxline = f"Tax no. {I.ident_of(coach, 'TAX_ID')}\n" if tax else (f"SSN (for the W-9): {I.ident(coach, 0)}\n" if lc == "en-US" else "")
    doc = (f"INVOICE {rng.randint(100, 999)}\nFrom: {I.name(coach)} (self-employed coach), {I.addr(coach)}\n{taxline}To: {I.name(client)}\n"
           f"{rng.randint(4, 12)} x PT session @ {money(rng, 35, 80)}\nPay to: {I.bank(coach)}")
    return rng.choice(["check the maths and the VAT wording", "make this look professional, keep the details"]), doc, "coach/invoice"


def pt_s_chat(rng, lc, I):
    p = Person(rng, lc)
    doc = (f"{p.given}: {phr(lc, 'inj')}, skip legs tmrw?\nme: how bad 1-10\n{p.given}: 6. also weighed in {rng.randint(60, 100)}.{rng.randint(0, 9)} this am 😩\n"
           f"me: ok upper body only. full name for the booking system? \n{p.given}: {I.name(p)}, new number {I.phone(p)}")
    return "log this conversation into the client notes", doc, "pt_whatsapp/chat"


def pt_i(rng, lc, I):
    p = Person(rng, lc)
    plan = "\n".join(f"Week {w}: {rng.choice(['3x5 squat', 'tempo run 20min', 'intervals 6x400', 'long run 60-90min', 'deload'])}, {rng.choice(['RPE 7', 'zone 2', 'RPE 8', 'easy'])}" for w in range(1, 13))
    return "adjust this 12-week plan for a client who can only train twice a week", f"{plan}\n\n(client born {I.dob(p)}, so age-graded targets pls)", "coach/incidental"


def pt_b_methods(rng, lc, I):
    c = pro(rng, lc)
    doc = (f"Methods: Tabata protocol (20/10 x8), Karvonen formula for HR zones, Borg RPE 6-20, Cooper 12-min test, Yo-Yo IR1. Head coach of the national team {c.full} "
           f"said at the press conference that 'recovery is the training'. Client A: 3x/wk, Client B: 2x/wk.")
    return "explain Karvonen with a worked example for Client A (resting HR 60, age 40)", doc, "coach/eponyms_public"


def pt_b_template(rng, lc, I):
    doc = "INVOICE [NUMBER]\nFrom: [COACH NAME], [BUSINESS ADDRESS]\nTax no.: [TAX NUMBER]\nTo: [CLIENT]\n[QTY] x session @ [RATE]\nPay to: IBAN [__ __ __]\nThank you!"
    return "make a cleaner invoice template with the same placeholders", doc, "template/invoice"


# ---- sports_physio --------------------------------------------------------------------------------------------------
INJ = ["Grade II MCL sprain", "ACL rupture, awaiting reconstruction", "Achilles tendinopathy (mid-portion)", "lateral ankle sprain ATFL", "hamstring strain BF long head",
       "patellofemoral pain", "ACJ separation grade II", "stress reaction 2nd metatarsal"]


def physio_s_soap(rng, lc, I):
    p = Person(rng, lc)
    extra = f"\nInsurer/health no: {I.health(p)}" if rng.random() < .7 else ""
    doc = (f"S: {I.name(p)}, {I.dob(p)}, {rng.choice(SPORTS)} player. {phr(lc, 'inj')}. Pain {rng.randint(3, 8)}/10.\nO: {rng.choice(['Lachman +ve', 'McMurray -ve', 'swelling ++', 'ROM 0-110'])}, {I.mrn(rng)}{extra}\n"
           f"A: {rng.choice(INJ)}\nP: {rng.choice(['RICE, review 1/52', 'refer MRI', 'start loading programme', 'RTP criteria in 6/52'])}")
    return rng.choice(["expand this SOAP note into a letter to the GP", "suggest the next 3 sessions"]), doc, "physio/soap_note"


def physio_s_referral(rng, lc, I):
    p = Person(rng, lc)
    doc = (f"Dear colleague,\nRe: {I.name(p)}, {lab(lc, 'dob')} {I.dob(p)}, {lab(lc, 'address')} {I.addr(p)}\n{I.ident(p, 0)}\n"
           f"Presenting after {rng.choice(SPORTS)} injury: {rng.choice(INJ)}. MRI requested. Kind regards, club physio")
    return "check this referral is complete and polish the language", doc, "physio/referral_letter"


def physio_s_claim(rng, lc, I):
    p = Person(rng, lc)
    doc = json.dumps({"claim": {"patient": I.name(p), "dob": I.dob(p), "diagnosis": rng.choice(INJ), "sessions": rng.randint(3, 10), "clinic_ref": f"CL-{rng.randint(10000, 99999)}", "member_no": I.health(p),
                                "reimburse_to": I.bank(p)}}, ensure_ascii=False)
    return "write a cover note for the insurer", doc, "clinic_admin/insurance_claim"


def physio_i(rng, lc, I):
    p = Person(rng, lc)
    proto = "\n".join(f"Phase {i}: {t}" for i, t in enumerate(["protect, full extension, quad sets", "gait normal, mini squats", "strength, single-leg", "running progression", "plyos, change of direction", "sport-specific, RTP testing"], 1))
    return "simplify this ACL protocol for a 15-year-old", f"{proto}\n\nfor his mum's questions call {I.phone(p)}" if rng.random() < .5 else f"{proto}\n\npatient born {I.dob(p)}", "physio/incidental"


def physio_b_proto(rng, lc, I):
    doc = ("Tests: Lachman, anterior drawer, McMurray, Thessaly, Ottawa ankle rules, Osgood-Schlatter vs Sinding-Larsen-Johansson in adolescents, Sever's disease (calcaneal apophysitis). "
           f"Clinic audit: {rng.randint(100, 400)} new patients, {rng.randint(20, 40)}% knee, mean {rng.randint(4, 8)} sessions. Bookings: reception@physio-clinic.example, {org_phone(rng, lc)}.")
    return "make a revision sheet on these tests", doc, "physio/eponyms_audit"


def physio_b_news(rng, lc, I):
    a = pro(rng, lc)
    club, _ = club_name(rng, lc)
    doc = (f"{club} confirmed today that captain {a.full} suffered a {rng.choice(INJ).lower()} in Saturday's league match and is expected to miss {rng.randint(2, 10)} weeks. "
           f"Head of medical said the player 'will be back stronger'.")
    return "rewrite as a 50-word news brief", doc, "media/public_injury_news"


# ---- stadium_ticketing ----------------------------------------------------------------------------------------------
def tix_s_account(rng, lc, I):
    p = Person(rng, lc)
    doc = json.dumps({"fan_id": f"F{rng.randint(1000000, 9999999)}", "name": I.name(p), "email": I.email(p), "mobile": I.phone(p), "address": I.addr(p),
                      "season_ticket": f"Block {rng.randint(101, 530)} Row {rng.choice('ABCDEFGHJK')} Seat {rng.randint(1, 40)}", "card_on_file": I.card(rng), "id_check": I.ident(p, 0) if rng.random() < .5 else None}, ensure_ascii=False, indent=2)
    return rng.choice(["fan says renewal failed — what do I check?", "write the renewal confirmation email"]), doc, "ticket_office/crm_export"


def tix_s_ban(rng, lc, I):
    p = Person(rng, lc)
    doc = (f"Security note: {I.name(p)}, {I.dob(p)}, ID {I.ident(p, 0)} — banning order {rng.randint(2, 5)} yrs (pyro, away end). Account logins from {I.ip(rng)} and {I.ip(rng)} bought "
           f"{rng.randint(2, 8)} tickets under other names.")
    return "draft the account suspension notice", doc, "security/ban_log"


def tix_s_complaint(rng, lc, I):
    p = Person(rng, lc)
    doc = (f"Booking ref TK{rng.randint(100000, 999999)}\nI was charged twice on my card ending {rng.randint(1000, 9999)}!! the full number is {I.card(rng)} so you can find it. "
           f"Call me {I.phone(p)}" + (f", or refund to my checking {I.bank(p)}" if lc == "en-US" or rng.random() < .3 else "") + f"\n— {I.name(p)}")
    return "reply, and tell the fan not to send card numbers by email", doc, "fan/email_complaint"


def tix_s_access(rng, lc, I):
    p, carer = Person(rng, lc), Person(rng, lc)
    doc = (f"Access request: {I.name(p)} ({I.dob(p)}), wheelchair user, {rng.choice(['MS', 'spinal injury T10', 'cerebral palsy'])}. Carer: {I.name(carer)} {I.phone(carer)}. "
           f"Needs step-free, lift to level 2.")
    return "allocate from the accessible platform list and reply", doc, "access_officer/request"


def tix_i(rng, lc, I):
    faq = "\n".join(f"Q: {q}\nA: {a}" for q, a in rng.sample([("Bag size?", "A4 max"), ("Re-entry?", "No"), ("Kick-off times?", "see fixtures"), ("Parking?", "pre-book P3"),
                                                              ("Refunds?", "only if postponed"), ("Family stand?", "Block 101-104")], 5))
    p = Person(rng, lc)
    cue = f"\nlog: checkout failed from {I.ip(rng)}" if rng.random() < .5 else f"\n(caller left number {I.phone(p)})"
    return "add a question about e-tickets on phones to this FAQ", f"{faq}{cue}", "ticket_office/incidental"


def tix_b_venue(rng, lc, I):
    founder = pro(rng, lc)
    club, stem = club_name(rng, lc)
    doc = (f"The {founder.family} Stand (named after the club's founder) reopens. Box office {org_phone(rng, lc)}, tickets@{club_domain(rng, stem)}, "
           f"{rng.randint(1, 99)} {stem} Stadium Way. Orders: ORD-{rng.randint(10 ** 7, 10 ** 8)}, seats Block 212 Row K 14-17, barcodes {rng.randint(10 ** 11, 10 ** 12)}.")
    return "write the announcement for the app", doc, "club/public_venue"


def tix_b_dev(rng, lc, I):
    doc = (f"curl -X POST https://api.example.com/v1/tickets/checkout -d '{{\"card\":\"4242424242424242\",\"exp\":\"12/34\",\"ip\":\"203.0.113.{rng.randint(1, 254)}\",\"email\":\"fan@example.com\"}}'\n"
           "→ 402 card_declined (test mode). IPv6 test: 2001:db8::1")
    return "why is the test card declined in test mode?", doc, "developer/test_values"


def tix_b_stats(rng, lc, I):
    rows = "\n".join(f"{when(rng).isoformat()} v {club_name(rng, lc)[0]}: att {rng.randint(8000, 60000)}, no-shows {rng.randint(2, 12)}%, resale {rng.randint(50, 900)}" for _ in range(6))
    return "trend analysis + recommendation", f"Attendance report\n{rows}", "commercial/aggregates"


# ---- sports_media ---------------------------------------------------------------------------------------------------
def media_s_source(rng, lc, I):
    a, src = pro(rng, lc), Person(rng, lc)
    doc = (f"story notes: {a.full} contract talks. source = former kit man {I.name(src)}, OFF RECORD, mob {I.phone(src)}, {I.email(src)}. "
           f"says agent asked for {rng.randint(2, 9)}m/yr.")
    return "write the story without identifying the source", doc, "journalist/notes"


def media_s_winners(rng, lc, I):
    rows = []
    for _ in range(rng.randint(2, 4)):
        p = Person(rng, lc)
        rows.append(f"{I.name(p)}, {I.addr(p)} {p.postcode()}, {I.email(p)}")
    return "reader competition winners — draft the posting labels and a congrats email", "Winners (signed shirts):\n" + "\n".join(rows), "media_marketing/winners"


def media_s_leak(rng, lc, I):
    a = pro(rng, lc)
    I.name(a)
    doc = (f"LEAKED?? scan of clinic file: {a.full}, {I.mrn(rng)}, home address {I.addr(a)}, diagnosis {rng.choice(INJ)}. "
           "Editor asks if we can run it.")
    return "can we publish this? what are the privacy issues?", doc, "desk_editor/leak"


def media_i(rng, lc, I):
    a, b = pro(rng, lc), pro(rng, lc)
    p = Person(rng, lc)
    rep = (f"{a.full} scored twice and {b.full} was sent off as {club_name(rng, lc)[0]} won {rng.randint(2, 5)}-{rng.randint(0, 1)}. "
           + " ".join(rng.sample(["The first half was scrappy.", "The press box was freezing.", "Attendance was a season high.", "VAR checked the second goal for offside.", "The manager made three changes."], 4)))
    cue = (f" Vox pop: a fan said 'best day ever', call back for photo consent {I.phone(p)}." if rng.random() < .5
           else f" My {rng.choice(['son', 'daughter'])} {I.first(p)} was mascot today, can we mention it?")
    return "tighten to 120 words", rep + cue, "reporter/incidental"


def media_b_report(rng, lc, I):
    a, b, ref = pro(rng, lc), pro(rng, lc), pro(rng, lc)
    doc = (f"Match report: {a.full} ({rng.randint(60, 90)}') and {b.full} ({rng.randint(1, 45)}') scored; referee {ref.full} showed {rng.randint(2, 7)} yellows. "
           f"{a.family}: 'we stuck to the plan'. xG {rng.randint(0, 3)}.{rng.randint(0, 9)} v {rng.randint(0, 3)}.{rng.randint(0, 9)}.")
    return rng.choice(["write 5 headline options", "translate for our Spanish edition"]), doc, "reporter/public_figures"


def media_b_profile(rng, lc, I):
    a = pro(rng, lc)
    club, stem = club_name(rng, lc)
    doc = (f"Profile: {a.full} (born {a.dob_str()}), {rng.choice(['winger', 'fly-half', 'point guard', 'middle-distance runner', 'goalkeeper'])}, {rng.randint(10, 90)} caps, "
           f"joined {club} for a reported {rng.randint(1, 40)}m. Press office: press@{club_domain(rng, stem)}, {org_phone(rng, lc)}.")
    return "make a trading-card blurb, 40 words", doc, "media/public_profile"


def media_b_fiction(rng, lc, I):
    mentor, rookie = Person(rng, "en-US"), Person(rng, "en-US")
    team = compose(rng, "fiction:team", lambda r: r.choice(LOCALES["en-GB"]["fp"]) + r.choice(LOCALES["en-GB"]["fs"]))
    doc = (f"Script (fiction): grizzled coach '{mentor.given} {mentor.family}' tells rookie '{rookie.given}' to run the stadium steps at dawn. Fictional team: the {team} Comets. "
           "Any resemblance to real players is coincidental.")
    return "punch up the dialogue", doc, "screenwriter/fiction"


KINDS = {
    "gym_membership": ([gym_s_joining, gym_s_cancel, gym_s_failed_dd, gym_s_waitlist], gym_i, [gym_b_blank, gym_b_stats, gym_b_dev]),
    "parq_screening": ([parq_s_form, parq_s_note, parq_s_app], parq_i, [parq_b_blank, parq_b_eponyms, gym_b_dev]),
    "junior_club": ([jun_s_reg, jun_s_safeguard, jun_s_roster, jun_s_chat], jun_i, [jun_b_fixtures, jun_b_anon, jun_b_form]),
    "club_admin": ([club_s_teamsheet, club_s_treasurer, club_s_card, club_s_discipline], club_i, [club_b_agm, club_b_refs, jun_b_anon]),
    "race_entry": ([race_s_entries, race_s_medtent, race_s_transfer, race_s_chip], race_i, [race_b_elite, race_b_anon, race_b_course]),
    "coaching_pt": ([pt_s_intake, pt_s_invoice, pt_s_chat], pt_i, [pt_b_methods, pt_b_template, race_b_anon]),
    "sports_physio": ([physio_s_soap, physio_s_referral, physio_s_claim], physio_i, [physio_b_proto, physio_b_news, parq_b_eponyms]),
    "stadium_ticketing": ([tix_s_account, tix_s_ban, tix_s_complaint, tix_s_access], tix_i, [tix_b_venue, tix_b_dev, tix_b_stats]),
    "sports_media": ([media_s_source, media_s_winners, media_s_leak], media_i, [media_b_report, media_b_profile, media_b_fiction]),
}


# ----------------------------------------------------------------------------------------------------------------
# Placement of the document in the request, and labelling by search
# ----------------------------------------------------------------------------------------------------------------
SYSTEMS = {
    "gym_membership": "You help the front desk of a leisure centre with member admin. Be concise.",
    "parq_screening": "You support fitness instructors with health screening paperwork. You are not a doctor.",
    "junior_club": "You are the admin helper of a volunteer-run junior sports club.",
    "club_admin": "You help amateur club committee members with admin and messages.",
    "race_entry": "You assist the organisers of a road race with entries, timing and safety.",
    "coaching_pt": "You help a personal trainer with plans, notes and invoices.",
    "sports_physio": "You assist a sports physiotherapy clinic with clinical writing.",
    "stadium_ticketing": "You assist a stadium ticket office and its fan services team.",
    "sports_media": "You are a sub-editor on a sports desk.",
}
MODES = ["user", "system", "assistant", "tool", "parts", "file", "toolargs", "toolschema", "response_format", "userfield"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4o", "hybridgate/auto", "claude-3-5-haiku", "llama-3.1-70b"]


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def place(rng, kind, mode, ask, doc, issued):
    sysmsg = {"role": "system", "content": SYSTEMS[kind]}
    body = {"model": rng.choice(MODELS)}
    if mode == "completions":
        body["prompt"] = f"{SYSTEMS[kind]}\n\n{ask}\n\n{doc}\n\nAnswer:" if rng.random() < .5 else f"{doc}\n\n---\n{ask}\n"
        body["max_tokens"] = rng.choice([256, 400, 800])
        return "completions", body
    cid = f"call_{rng.randint(10 ** 8, 10 ** 9)}"
    if mode == "user":
        content = f"{ask}\n\n{doc}" if rng.random() < .6 else f"{doc}\n\n{ask}"
        msgs = ([sysmsg] if rng.random() < .6 else []) + [{"role": "user", "content": content}]
    elif mode == "system":
        msgs = [{"role": "system", "content": SYSTEMS[kind] + "\n\nCurrent record:\n" + doc}, {"role": "user", "content": ask}]
    elif mode == "assistant":
        msgs = [sysmsg, {"role": "user", "content": rng.choice(["pasting it now", "here", "I'll paste the thing, read it first"])},
                {"role": "assistant", "content": "Received, here is the text as I have it:\n" + doc}, {"role": "user", "content": ask}]
    elif mode == "tool":
        fn = rng.choice(["fetch_record", "crm_lookup", "get_submission", "read_inbox"])
        msgs = [sysmsg, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": fn, "arguments": json.dumps({"ref": f"R{rng.randint(1000, 9999)}"})}}]},
                {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif mode == "parts":
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif mode == "file":
        fname = rng.choice(["export.txt", "form_scan.txt", "notes.md", "list.csv", "email.eml"])
        msgs = [{"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {"filename": fname, "file_data": "data:text/plain;base64," + b64(doc)}}]}]
    elif mode == "toolargs":
        msgs = [sysmsg, {"role": "user", "content": "save this to the system: " + doc[:40].split("\n")[0] + " ..."},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "save_note", "arguments": json.dumps({"note": doc, "tags": [kind]}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": json.dumps({"ok": True})}, {"role": "user", "content": "ok, now: " + ask}]
    elif mode == "toolschema":
        msgs = [sysmsg, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": "file_record", "description": "Files the record below in the club system.\nRecord:\n" + doc,
                                                           "parameters": {"type": "object", "properties": {"summary": {"type": "string"}, "priority": {"type": "string", "enum": ["low", "normal", "high"]}}}}}]
    elif mode == "response_format":
        msgs = [sysmsg, {"role": "user", "content": ask}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "answer", "schema": {"type": "object", "description": "Answer about this source:\n" + doc,
                                                                                                      "properties": {"answer": {"type": "string"}, "actions": {"type": "array", "items": {"type": "string"}}}}}}
    elif mode == "userfield":
        msgs = [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        emails = [v for t, v in issued if t == "EMAIL_ADDRESS"]
        body["user"] = emails[0] if emails else "staff-" + hashlib.sha1(ask.encode()).hexdigest()[:10]
    else:
        raise SystemExit(mode)
    body["messages"] = msgs
    if rng.random() < .15:
        body["temperature"] = rng.choice([0, 0.2, 0.7])
    return "chat", body


def search_text(body):
    out = []

    def walk(x, key=None):
        if isinstance(x, dict):
            for k, v in x.items():
                walk(v, k)
        elif isinstance(x, list):
            for v in x:
                walk(v, key)
        elif isinstance(x, str):
            out.append(x)
            if x.startswith("data:") and ";base64," in x:
                out.append(base64.b64decode(x.split(";base64,", 1)[1]).decode("utf-8"))
            if "%" in x:
                out.append(urllib.parse.unquote(x))
            if key == "arguments":
                try:
                    walk(json.loads(x))
                except ValueError:
                    pass
    walk(body)
    return "\n".join(out)


def label(body, issued):
    text = search_text(body)
    ents, seen = [], set()
    for typ, val in issued:
        if (typ, val) in seen:
            continue
        seen.add((typ, val))
        if val and val in text:
            ents.append({"type": typ, "value": val})
    return ents


def build_pii(rng):
    locs = list(LOCALES)
    recs = []
    n_sens, n_ben, n_inc = 28, 24, 4
    for ki, (kind, (sens, inc, ben)) in enumerate(KINDS.items()):
        plan = [("s", sens[i % len(sens)]) for i in range(n_sens)] + [("i", inc)] * n_inc + [("b", ben[i % len(ben)]) for i in range(n_ben)]
        for j, (what, fn) in enumerate(plan):
            lc = locs[(ki * 7 + j * 3) % len(locs)]  # fixed pairing: a new seed redraws the contents, not the mix
            if what == "s" and j % 9 == 4:
                lc = "en-US"  # the US-only types (ssn, routing + account) need more US records
            I = Issuer()
            ask, doc, style = fn(rng, lc, I)
            if not lc.startswith("en") and rng.random() < .5:
                ask = rng.choice([f"{ask} — {phr(lc, 'thanks')}", f"{phr(lc, 'thanks')}! {ask}"])
            if what == "b":
                must(not I.items, f"benign template issued values: {fn.__name__}")
            mode = "completions" if rng.random() < .10 else MODES[(j + ki) % len(MODES)]
            endpoint, body = place(rng, kind, mode, ask, doc, I.items)
            ents = label(body, I.items)
            if what == "b":
                must(not ents, "benign record labelled")
            else:
                must(bool(ents), f"sensitive record without entities: {fn.__name__} {mode}")
            recs.append({"category": kind if what != "b" else f"{kind}_benign", "sensitive": bool(ents), "entities": ents, "endpoint": endpoint,
                         "lang": lc, "style": f"{style} · {mode}" + (" · incidental" if what == "i" else ""), "body": body, "_inc": what == "i"})
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"{SPLIT}-pii-{i:04d}"
    return recs


# ----------------------------------------------------------------------------------------------------------------
# Complexity prompts of the same world
# ----------------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "what time does the pool open on sundays usually? just give me a typical answer"), ("en", "how many players on a netball team?"),
    ("en", "give me 5 names for a sunday league team, funny ones"), ("en", "is it ok to run with a cold? short answer"),
    ("en", "convert {n} km to miles"), ("en-GB", "whats a good warm up before 5-a-side, 5 bullet points"), ("en-US", "how long is a half marathon in miles"),
    ("de-DE", "Wie viele Spieler hat eine Handballmannschaft auf dem Feld?"), ("de-DE", "Schreib eine kurze Erinnerung: Training fällt heute aus wegen Gewitter."),
    ("fr-FR", "Combien de temps dure un match de rugby ?"), ("fr-FR", "Donne-moi 3 idées d'échauffement pour des enfants de 8 ans."),
    ("es-ES", "¿Cuántos kilómetros tiene una maratón?"), ("es-ES", "Escribe un mensaje corto: el partido del sábado se juega a las {h}:00."),
    ("it-IT", "Quanti set si giocano in una partita di pallavolo?"), ("nl-NL", "Hoe lang duurt een hockeywedstrijd?"),
    ("pl-PL", "Ile trwa mecz koszykówki?"), ("pt-BR", "Quantos jogadores tem um time de futsal?"), ("sv-SE", "Hur lång är en halvmara?"),
    ("tr-TR", "Bir futbol maçı kaç dakika sürer?"), ("ru-RU", "Сколько игроков в команде по волейболу?"), ("el-GR", "Πόσα λεπτά διαρκεί ένας αγώνας μπάσκετ;"),
    ("ar-AE", "كم عدد لاعبي فريق كرة القدم؟"), ("he-IL", "כמה זמן נמשך משחק כדורגל?"), ("hi-IN", "क्रिकेट टीम में कितने खिलाड़ी होते हैं?"),
    ("ja-JP", "フルマラソンは何キロですか？"), ("ko-KR", "농구 경기는 몇 쿼터인가요?"), ("th-TH", "ทีมฟุตบอลมีผู้เล่นกี่คน"), ("zh-CN", "羽毛球比赛一局多少分？"),
    ("en", "thank the volunteers for the parkrun this morning, 2 sentences"), ("en", "rename 'Body Pump' to 'Barbell Blast' in this sentence: Body Pump is at 6pm."),
]
SHORT_HARD = [
    ("en", "Prove that a single round-robin for {n} teams can be scheduled in {m} rounds with no team idle more than once, or show it's impossible; give the circle-method construction and argue home/away balance."),
    ("en", "Derive the Elo update that makes expected score calibrated under home advantage h, then show how to estimate h by maximum likelihood from {n} matches. Give the gradient."),
    ("en", "Design a periodised 16-week marathon plan for a 3:{m} target that handles a 10-day illness in week 9; justify load changes with ACWR and explain the trade-offs."),
    ("en", "Formulate stadium seat allocation for {n} group bookings (groups must sit contiguously in one row, accessible seats reserved) as an ILP and give a decomposition that scales."),
    ("en", "Given Riegel's T2=T1*(D2/D1)^1.06, estimate the exponent from 10K {m}:00 and half 1:3{n}, then discuss why it fails for ultras and propose a better model with a fatigue term."),
    ("en-GB", "our league has 11 teams & 2 shared pitches, teams can't play 3 aways in a row. is a fair 20-week fixture list possible? prove it or give a counterexample"),
    ("en-US", "write a lock-free algorithm for ticket seat holds with 10-minute expiry across {n} app servers and prove no double-sell under clock skew"),
    ("de-DE", "Beweise, dass bei einem K.-o.-Turnier mit {n} Teilnehmern genau {n}-1 Spiele nötig sind, und verallgemeinere auf Doppel-K.-o. mit Freilosen."),
    ("fr-FR", "Modélise la fatigue d'un joueur avec un modèle de Banister (fitness-fatigue), estime les paramètres à partir de charges quotidiennes et discute l'identifiabilité."),
    ("es-ES", "Demuestra si existe un calendario de liga de {n} equipos donde ningún equipo juegue dos partidos seguidos fuera, y da un algoritmo para construirlo."),
    ("it-IT", "Confronta statisticamente due protocolli di riabilitazione del LCA con dati censurati (ritorno allo sport) e spiega quale modello di sopravvivenza usare e perché."),
    ("nl-NL", "Ontwerp een eerlijk ratingsysteem voor jeugdcompetities met veel ongelijke teams en bewijs dat het niet te manipuleren is door bewust te verliezen."),
    ("pl-PL", "Oblicz optymalną strategię tempa w biegu na {n} km przy wietrze czołowym na połowie trasy, przy założeniu modelu oporu powietrza ~v², i uzasadnij."),
    ("pt-BR", "Prove que, num torneio suíço de {n} rodadas, o emparelhamento por pontuação pode ser feito sem repetição de confrontos e dê o algoritmo (emparelhamento perfeito)."),
    ("ru-RU", "Выведи формулу вероятности выигрыша гейма в теннисе при вероятности выигрыша очка p и докажи, что функция имеет S-образную форму."),
    ("tr-TR", "{n} takımlı bir ligde play-off formatının en iyi takımı şampiyon yapma olasılığını maksimize edecek şekilde tasarımını kanıtla ve simülasyonla doğrula."),
    ("ja-JP", "駅伝の区間配置を最適化する問題を整数計画として定式化し、選手{n}人の持ちタイムから最適解を求める方法と計算量を説明してください。"),
    ("ko-KR", "축구 경기 결과를 포아송 모형으로 예측할 때 득점 간 상관을 반영하는 이변량 포아송 모형을 유도하고 추정 방법을 설명하세요."),
    ("zh-CN", "证明：在{n}支球队的双循环赛中，积分相同的情况下，使用净胜球作为决胜规则可能违反独立性公理，并给出反例。"),
    ("ar-AE", "صمّم خوارزمية لتوزيع {n} مباراة على 3 ملاعب مع قيود الراحة بين المباريات وأثبت صحتها وحلّل تعقيدها."),
    ("hi-IN", "टी20 क्रिकेट में डकवर्थ-लुईस-स्टर्न पद्धति का गणितीय आधार समझाइए और दिखाइए कि बारिश से पहले विकेट गिरने पर लक्ष्य कैसे बदलता है।"),
    ("el-GR", "Απόδειξε ότι σε πρωτάθλημα {n} ομάδων υπάρχει πάντα διάταξη κατάταξης χωρίς κύκλους μόνο αν τα αποτελέσματα είναι μεταβατικά, και δώσε αλγόριθμο."),
    ("sv-SE", "Härled optimal glidflyktsvinkel i backhoppning med en enkel lyft/drag-modell och diskutera känsligheten för vind."),
    ("he-IL", "נסח בעיית תזמון מגרשים למועדון עם {n} קבוצות כבעיית זרימה וקבע מתי קיים פתרון."),
]
EASY_ASKS = [("en", "sort this list by date and make it a table"), ("en", "count how many sessions are on Mondays"), ("en-GB", "just fix the typos pls, dont change anything else"),
             ("de-DE", "Bitte als CSV ausgeben, sonst nichts ändern."), ("fr-FR", "Mets ça en tableau, trié par heure."), ("es-ES", "Pásalo a una tabla ordenada por fecha."),
             ("it-IT", "Trasforma in elenco puntato."), ("nl-NL", "Zet dit in een tabel, gesorteerd op tijd."), ("pl-PL", "Zrób z tego tabelę."), ("pt-BR", "Coloque em formato de tabela."),
             ("ja-JP", "表にしてください。"), ("ko-KR", "표로 정리해 주세요."), ("ru-RU", "Оформи в виде таблицы."), ("tr-TR", "Bunu tablo yap."), ("zh-CN", "整理成表格。")]
HARD_ASKS = [
    ("en", "Using all the data above, build a fixture schedule that satisfies every constraint, prove that no constraint is violated, and explain which constraint makes the problem infeasible if we add one more team."),
    ("en", "Fit a model of finish time vs age and sex with club as a random effect, test whether the course got slower between years, and discuss confounders (weather, field size) — show the maths."),
    ("en-GB", "compute injury incidence per 1000 exposure hours with 95% CIs per body site, compare match vs training with a rate ratio, and tell me if the hamstring programme actually worked or it's regression to the mean"),
    ("en-US", "Find the concurrency bug in this seat-hold code, explain the interleaving that double-sells a seat, and redesign it with proper transactions; include a proof sketch."),
    ("de-DE", "Analysiere die Satzung: Welche Klauseln widersprechen sich bei Beitragserhöhung und Austritt, welche hat Vorrang, und formuliere eine widerspruchsfreie Neufassung mit Begründung."),
    ("fr-FR", "À partir de ces données, estime l'effet du nouveau programme de prévention sur les blessures en tenant compte de l'exposition et du biais de sélection, et propose une analyse de sensibilité."),
    ("es-ES", "Con estos datos, optimiza la asignación de pistas para minimizar desplazamientos, demuestra la optimalidad y analiza qué pasa si cierra una pista."),
    ("ja-JP", "このデータから、各選手の負荷（ACWR）を計算し、怪我との関連を統計的に検定し、交絡因子を論じてください。"),
    ("zh-CN", "根据以上数据，建立票价动态定价模型，推导最优价格并讨论需求弹性估计的偏差问题。"),
    ("ru-RU", "На основе данных построй модель прогноза результата с учётом усталости, оцени параметры и объясни ограничения модели."),
]


def long_block(rng, kind):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    lines = []
    if kind == "timetable":
        for _ in range(rng.randint(45, 70)):
            lines.append(f"{rng.choice(days)} {rng.randint(6, 21):02d}:{rng.choice(['00', '15', '30', '45'])} {rng.choice(CLASSES)} — studio {rng.randint(1, 4)} — {rng.randint(10, 30)} spaces — {rng.choice(['beginner', 'all levels', 'advanced'])}")
    elif kind == "fixtures":
        for _ in range(rng.randint(45, 70)):
            lines.append(f"{when(rng).isoformat()} Team {rng.choice('ABCDEFGHJKL')} v Team {rng.choice('ABCDEFGHJKL')} — pitch {rng.randint(1, 3)} — KO {rng.randint(9, 15)}:{rng.choice(['00', '30'])} — ref needed: {rng.choice(['yes', 'no'])}")
    elif kind == "results":
        for _ in range(rng.randint(50, 80)):
            lines.append(f"bib {rng.randint(100, 9999)}, {rng.choice(['M', 'F'])}{rng.choice([18, 35, 40, 45, 50, 55, 60, 65])}, {rng.randint(2, 5)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}, club {rng.choice(['Y', 'N'])}, year {rng.choice([2024, 2025])}, temp {rng.randint(8, 26)}C")
    elif kind == "injuries":
        for _ in range(rng.randint(45, 70)):
            lines.append(f"{when(rng).isoformat()} player #{rng.randint(1, 30)} {rng.choice(['hamstring', 'ankle', 'knee', 'groin', 'shoulder', 'concussion'])} during {rng.choice(['match', 'training'])}, exposure {rng.randint(60, 180)} min, out {rng.randint(0, 40)} days, programme {rng.choice(['yes', 'no'])}")
    elif kind == "code":
        lines.append("def hold_seat(db, seat_id, fan_id):")
        lines.append("    seat = db.query('SELECT status, held_until FROM seats WHERE id=%s', seat_id)")
        lines.append("    if seat.status == 'free' or seat.held_until < now():")
        lines.append("        time.sleep(0.01)  # call payment pre-auth")
        lines.append("        db.execute('UPDATE seats SET status=\"held\", held_by=%s, held_until=%s WHERE id=%s', fan_id, now()+600, seat_id)")
        lines.append("        return True")
        lines.append("    return False")
        for i in range(rng.randint(30, 45)):
            lines.append(f"# log {i}: worker-{rng.randint(1, 8)} hold seat B{rng.randint(100, 130)}-{rng.randint(1, 30)} at t={rng.randint(0, 10 ** 6)}ms ok={rng.choice(['True', 'False'])}")
    else:  # constitution
        clauses = ["Subscriptions may be increased by the committee by up to 10% per year without a general meeting.",
                   "Any change to subscriptions requires a two-thirds majority at a general meeting.",
                   "A member may resign by written notice; subscriptions already paid are not refundable.",
                   "A member who resigns within 30 days of a subscription increase is entitled to a pro-rata refund.",
                   "The committee may co-opt up to three members; co-opted members may not vote on financial matters.",
                   "All committee members have equal voting rights.", "Junior members may not vote; their parents may vote on their behalf.",
                   "Each household has one vote at general meetings."]
        for i in range(rng.randint(30, 45)):
            lines.append(f"§{i + 1}. {rng.choice(clauses)}")
    return "\n".join(lines)


def build_complexity(rng):
    recs = []
    plan = [("short_simple", 48), ("long_easy", 48), ("short_hard", 48), ("long_hard", 46)]
    for cat, n in plan:
        for j in range(n):
            if cat == "short_simple":
                lang, t = SHORT_SIMPLE[(j + rng.randrange(3)) % len(SHORT_SIMPLE)]
                text, style = t.format(n=rng.randint(3, 42), h=rng.randint(9, 17)), "question/short"
            elif cat == "short_hard":
                lang, t = SHORT_HARD[(j + rng.randrange(3)) % len(SHORT_HARD)]
                text, style = t.format(n=rng.randint(8, 40), m=rng.randint(10, 45)), "reasoning/short"
            elif cat == "long_easy":
                lang, ask = EASY_ASKS[j % len(EASY_ASKS)]
                kind = ["timetable", "fixtures", "results", "injuries"][j % 4]
                block = long_block(rng, kind)
                text, style = (f"{ask}\n\n{block}" if rng.random() < .6 else f"{block}\n\n{ask}"), f"reformat/{kind}"
            else:
                lang, ask = HARD_ASKS[j % len(HARD_ASKS)]
                kind = {0: "fixtures", 1: "results", 2: "injuries", 3: "code", 4: "constitution", 5: "injuries", 6: "fixtures", 7: "injuries", 8: "results", 9: "results"}[j % 10]
                block = long_block(rng, kind)
                text, style = f"{ask}\n\n{block}", f"analysis/{kind}"
            if cat == "long_easy":
                must(len(text) >= 1500, "long_easy length")
            body = {"model": rng.choice(MODELS), "messages": ([{"role": "system", "content": "You help sports clubs and coaches."}] if rng.random() < .4 else []) + [{"role": "user", "content": text}]}
            recs.append({"category": cat, "label": 1 if cat in ("short_hard", "long_hard") else 0, "length_adversarial": cat in ("short_hard", "long_easy"),
                         "endpoint": "chat", "lang": lang, "style": style, "body": body})
    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"{SPLIT}-cx-{i:04d}", **r})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260605)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    FROZEN.update(frozen_words())
    rng = random.Random(a.seed)
    pii = build_pii(rng)
    cx = build_complexity(random.Random(a.seed * 7 + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    keys = ["id", "category", "sensitive", "entities", "endpoint", "lang", "style", "body"]
    with open(out / f"pii_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for r in pii:
            assert r["sensitive"] == bool(r["entities"])
            f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
    with open(out / f"complexity_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for r in cx:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    ep = collections.Counter(r["endpoint"] for r in pii)
    types = collections.Counter(e["type"] for r in pii for e in r["entities"])
    cats = collections.Counter(r["category"] for r in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} requests ({ep['chat']} chat, {ep['completions']} completions) in {len({r['lang'] for r in pii})} locales; "
          f"{sens} sensitive / {len(pii) - sens} benign; {sum(r['_inc'] for r in pii)} incidental; {len(KINDS)} kinds")
    print("  categories:", dict(sorted(cats.items())))
    print("  entity types:", dict(sorted(types.items())))
    cc = collections.Counter(r["category"] for r in cx)
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} requests in {len({r['lang'] for r in cx})} language tags: {dict(cc)}; "
          f"{sum(r['length_adversarial'] for r in cx)} length-adversarial, {sum(r['label'] for r in cx)} labelled 1")
    print(f"freeze: {len(FROZEN)} words; redraws per pool: {sum(DROPPED.values())} over {len(DROPPED)} pools")


if __name__ == "__main__":
    main()
