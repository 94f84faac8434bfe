#!/usr/bin/env python3
"""Maar: a blind evaluation split for the request signals, organised by HOUSING AND PROPERTY work.

Writes bench/data/signals/pii_maar.jsonl and bench/data/signals/complexity_maar.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial,
endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: the author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py and the
    first two lines of the two delta JSONL files. Not read: gateway/, tests/, the evaluator, results,
    RESULTS.md, docs, policies, README, other generators. Caveat: by mistake the author's first shell
    command ran `git status`/`git log --oneline | head -5` in the worktree, so five commit subjects were
    seen (they mention a "sector words" rule and "a name of record with a private life"); nothing in this
    file was designed from them. Other generators were only scanned automatically (the freeze below):
    every name, street, town, company and mail-domain pool entry is checked against their capitalised and
    non-ASCII words at run time and dropped on overlap; pools are refilled from invented, locale-typical
    parts (capped retries). Generic designators (Road, Straße, ul., GmbH, Ltd ...) are kept out of the
    check, the distinctive part of each entry is checked; this file itself is skipped.

Organising principle and the line drawn
    The world of housing and property: repair tickets, tenancy deposit disputes, tenancy applications and
    referencing, CSV rent ledgers, planning and building-control correspondence, property-portal JSON
    (listings and viewing leads), conveyancing / AML files, owners' association and co-ownership minutes,
    social-housing allocations, building surveys and construction sites. Ten kinds, each a category with
    sensitive records (``<kind>``) and hard negatives of the same kind (``<kind>_benign``).
    Personal data = anything about a private individual: tenants, applicants, buyers, sellers, objectors,
    owners in arrears, site workers, household members -- their names (also a bare first name with a role
    or relation cue), home addresses tied to an occupant, phones, e-mails, birth dates, national / tax /
    health numbers, hospital record numbers, bank accounts and cards, the IP of a private enquirer.
    Not personal data here: organisations' own contact data (repairs@ mailboxes, branch switchboards,
    registered offices, a firm's client account IBAN), elected councillors and mayors in their public role,
    eponymous buildings and streets, fictional tenants in training material, placeholders and blank forms,
    documentation / test values (RFC 5737 IPs, example.com, test card numbers, 555-01xx), addresses of
    non-dwellings (sites, depots, offices) and street-level listing locations without a house number,
    property identifiers (UPRN, title numbers, cadastral references, EPC and deposit-certificate numbers,
    planning references), aggregated or already-anonymised ledgers and case notes.

Labels
    ``entities`` = the values the record issued that are found in the serialised body (file parts
    base64-decoded, URLs unquoted, JSON strings inside strings parsed), each {"type", "value"}. ``sensitive``
    is true iff entities is non-empty (asserted). ssn is the US SSN only; other citizen numbers NATIONAL_ID;
    taxpayer numbers (UTR, Steuer-ID, NIF, codice fiscale, CPF, INN, PAN, AFM, ITIN) TAX_ID; NHS / AMKA
    HEALTH_INSURANCE; hospital numbers MEDICAL_RECORD; a US routing+account pair US_BANK_NUMBER (value =
    the account number). Complexity: short_simple 0, long_easy 0 (>= 1,500 chars), short_hard 1, long_hard 1;
    length_adversarial = short_hard or long_easy.

Contents
    Seed 20260314. pii_maar.jsonl: 500 requests (450 chat, 50 completions) in 22 locales (en-GB/US/IE, de, fr,
    es, it, nl, pl, pt-BR, sv, cs, el, ru, tr, he, ar-AE, hi, ja, zh, ko, th); 10 kinds x 50 (29 sensitive + 21
    benign): 290 sensitive / 210 benign; 40 sensitive records carry a single incidental item (relation-cued first
    name, one phone, one birth date). Placements: user, system, assistant echo, tool result, base64 file part,
    text parts, tool-call arguments, tool schema, response_format, `user` field (45 each) + 50 completions.
    complexity_maar.jsonl: 190 chat requests in 16 language tags: short_simple 47, long_easy 50 (>= 1,500 chars),
    short_hard 48, long_hard 45; 98 length-adversarial, 93 labelled 1. The run prints all counts.

Validation
    Every identifier is validated with python-stdnum (IBAN incl. the Spanish CCC, UTR, NHS, SSN, ITIN, RTN,
    PPS, Steuer-ID, NIR, NIF, DNI/NIE, codice fiscale, BSN, PESEL, NIP, CPF, personnummer, rodne cislo, AMKA,
    AFM, INN, TC kimlik, Israeli ID, Aadhaar, PAN, My Number, RIC, RRN, Thai PIN) or Luhn (cards, Emirates
    ID); every phone with ``phonenumbers`` for its region; IPs are global unicast. Hospital numbers have no
    check digit (cue-labelled). The run aborts on an invalid value; every retry loop is capped.

Command (deterministic for a seed)
    python bench/make_maar_signal_sets.py [--seed 20260314] [--out bench/data/signals]
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
from stdnum.gb import nhs, utr
from stdnum.us import ssn as us_ssn, itin as us_itin, rtn as us_rtn
from stdnum.ie import pps
from stdnum.de import idnr
from stdnum.fr import nir, nif as fr_nif
from stdnum.es import dni, nie, ccc
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel, nip
from stdnum.br import cpf
from stdnum.se import personnummer
from stdnum.cz import rc
from stdnum.gr import amka, vat as gr_vat
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as jp_in
from stdnum.cn import ric
from stdnum.kr import rrn
from stdnum.th import pin as th_pin

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "maar"

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
# generic designators kept out of the check (they name no one); the distinctive part is always checked
GENERIC = set("road close lane gardens way street avenue drive court rd st ave apt flat unit straße weg allee "
              "platz gasse rue allée chemin impasse calle avenida carrer via viale piazza vicolo straat laan "
              "gracht ul ulica aleja rua travessa gatan vägen gränd ulice náměstí třída οδός οδ λεωφ ул улица "
              "пр пер sokak sok cad caddesi mah mahallesi רחוב רח شارع مارج gmbh ltd llc inc sarl sl srl bv "
              "sp zoo z o o ab s r o as aş ooo ооо e v ev kg co lettings estates property homes housing "
              "association services plumbing heating building immobilien haustechnik bau gestion immobilier "
              "plomberie bâtiments cabinet hausverwaltung solicitors van den der ter de ten mah cad no d "
              "des du la le les д кв ул пр "
              "विहार नगर कुंज सोसाइटी फ्लैट प्लॉट ห้อง อาคาร ซอย شقة بناية דירה 号 栋 室 동 호 コーポ 号室 丁目 番地 int apto lgh nám m os bât".split())
REJECTED = collections.Counter()


def clean_ok(entry):
    toks = [t.lower() for t in WORD.findall(entry.replace("{n}", " ").replace("{u}", " ").replace("_", " "))]
    prev = None
    for t in toks:
        if t in GENERIC or t.isdigit() or len(t) == 1:
            prev = None
            continue
        if t in FROZEN:
            return False
        if any(ord(c) > 127 for c in t):
            if prev is not None and (prev + " " + t) in FROZEN:
                return False
            prev = t
        else:
            prev = None
    return True


def build_pool(rng, maker, n, what, cap=4000):
    out, seen = [], set()
    for _ in range(cap):
        if len(out) >= n:
            break
        e = maker(rng)
        if e in seen:
            continue
        seen.add(e)
        if clean_ok(e):
            out.append(e)
        else:
            REJECTED[what] += 1
    if len(out) < max(3, n // 3):
        raise SystemExit(f"pool {what} too small after freeze: {len(out)}")
    return out


# ---------------------------------------------------------------- locales: invented name parts, labels, phrases
def P(s):
    return s.split()


LOC = {
    "en-GB": dict(region="GB", f1=P("Ros Mar Hal Bry Eld Wyn Tam Cor Jess Aud Lor Fin"), f2=P("alind wen ric onie ith na sie ella amy a yn ley"),
                  s1=P("Tolle Hask Merri Bran Quill Ashe Fother Gadd Pell Whin"), s2=P("croft worth ingham sby well ridge stone by lock ham"),
                  st=["{n} {x} Road", "Flat {u}, {n} {x} Close", "{n} {x} Lane", "{n} {x} Gardens"], x1=P("Quill Tansy Marrow Hobb Lark Wend Cress Bramble"), x2=P("wick mere field brook gate holt"),
                  t1=P("Ashby Tolle Mar Brack Wend Hollin Stave"), t2=P("bury ford combe ley thorpe"), dob="{d:02d}/{m:02d}/{y}",
                  mail=P("btinternet.com outlook.com yahoo.co.uk gmail.com"),
                  lab=dict(name="Tenant", phone="Mobile", addr="Address", dob="DOB", email="Email"),
                  rep="boiler keeps losing pressure, no hot water since sat, also black mould in the bathroom ceiling again",
                  dep="the check-out report blames us for wear and tear that was already in the inventory", hi="Hi"),
    "en-US": dict(region="US", f1=P("Day Kend Tre Shan Ly Mar Ash Bro Cor Jal"), f2=P("lon ra vor ice dell quis lyn dy ette en"),
                  s1=P("Whit Bask Ogles Pender Rutt Vand Hollo Kimbr Stra Dun"), s2=P("comb ley by grass erly man way ough ton sett"),
                  st=["{n} {x} Ave, Apt {u}", "{n} {x} Street", "{n} {x} Drive"], x1=P("Sycam Cotton Pine Lowry Bluest Fawn Marl"), x2=P("ridge wood dale brook ville"),
                  t1=P("Cedar Fawn Marl Lowry Bluest"), t2=P("ville ton field crossing"), dob="{m:02d}/{d:02d}/{y}",
                  mail=P("gmail.com yahoo.com icloud.com hotmail.com"),
                  lab=dict(name="Resident", phone="Cell", addr="Unit address", dob="Date of birth", email="Email"),
                  rep="AC unit in the bedroom is leaking water onto the carpet and the disposal is jammed", dep="landlord kept the whole security deposit with no itemized list", hi="Hey"),
    "en-IE": dict(region="IE", f1=P("Ao Sior Cia Ros Nia Eoi Orl Tad Dea Fia"), f2=P("ife sha rnat in mh agh ith gh la"),
                  s1=P("Mac O' Fitz Ni"), s2=P("Garrity Culleen Durnan Fennell Harrigan Lorcan Mulvihy Tierney Brogan"),
                  st=["Apt {u}, {x} Court", "{n} {x} Road", "{n} {x} Avenue"], x1=P("Glenmor Ardcul Rathbeg Killeal Dromore"), x2=P("e a an ey"),
                  t1=P("Bally Kil Clon Rath Dun"), t2=P("mahon dare rea cormac ree"), dob="{d:02d}/{m:02d}/{y}",
                  mail=P("eircom.net gmail.com outlook.ie"), lab=dict(name="Tenant", phone="Mob", addr="Address", dob="DOB", email="Email"),
                  rep="storage heater in the kitchen is dead and there's damp coming through the gable wall", dep="the landlord is holding the deposit over a few marks on the wall", hi="Hiya"),
    "de-DE": dict(region="DE", f1=P("Hann Ros Wil Frie Lui Jo Ger Ans Mal Ed"), f2=P("elore wita helma dolin trud hannes linde gard wine mund"),
                  s1=P("Brenn Hock Kessel Mauer Ritz Quell Lind Wetter Zauch Pfeff"), s2=P("wald meier bacher huber ingen gruber tner rath ecker lein"),
                  st=["{x}straße {n}", "{x}weg {n}", "{x}allee {n}, {u}. OG"], x1=P("Quell Holunder Ginster Eschen Lerchen Mühlbach Auen"), x2=P("grund hof feld berg"),
                  t1=P("Quell Wetter Lind Haar Stein"), t2=P("bruck heim stedt hausen dorf"), dob="{d:02d}.{m:02d}.{y}",
                  mail=P("web.de gmx.de t-online.de posteo.de"), lab=dict(name="Mieter", phone="Tel.", addr="Anschrift", dob="geb.", email="E-Mail"),
                  rep="Heizung im Wohnzimmer bleibt kalt, Thermostat getauscht, bringt nix. Außerdem tropft der Wasserhahn in der Küche",
                  dep="die Kaution wurde nach 7 Monaten immer noch nicht abgerechnet", hi="Hallo"),
    "fr-FR": dict(region="FR", f1=P("Mael Clo Gaë Ambr Lis Ten Solè Oran Bap Ros"), f2=P("ise tilde lle oine ette ine ane ille tiste ine"),
                  s1=P("Ducas Ferr Lemar Gaudr Vasse Bonn Chabr Thiv Pellet Morv"), s2=P("sel and ier ault eau aix eron ot in elle"),
                  st=["{n} rue des {x}", "{n}, allée du {x}", "Bât. B, {n} chemin de la {x}"], x1=P("Gravel Mouill Bréch Sarrag Tremb Lavand Corbel Fouss Pervench Ronc"), x2=P("ines ières eraies onnets ettes"),
                  t1=P("Saint-Aubin Vill Mont Bois"), t2=P("-sur-Loiret ebrune fort -le-Vicomte"), dob="{d:02d}/{m:02d}/{y}",
                  mail=P("orange.fr free.fr laposte.net sfr.fr"), lab=dict(name="Locataire", phone="Tél", addr="Adresse", dob="né(e) le", email="Courriel"),
                  rep="fuite sous l'évier depuis lundi, le parquet gonfle, et la VMC de la salle de bain ne marche plus",
                  dep="le propriétaire retient 900 € sur le dépôt de garantie sans justificatif", hi="Bonjour"),
    "es-ES": dict(region="ES", f1=P("Itzi Nah Ma Ro Cande Alma Uxu Ire Lei Xim"), f2=P("ar ia carena cío laria dena e ne re ena"),
                  s1=P("Garri Olaz Beni Ferr Castr Arri Mend Zubi Lla Quiro"), s2=P("ga ábal tez eño illo aga ívil eta nas ós"),
                  st=["C/ {x}, {n}, {u}º B", "Avda. de los {x}, {n}", "Carrer de {x}, {n}"], x1=P("Almaz Cerval Tomill Quejig Retam Zarzal Brezal Lentisc"), x2=P("ares illos edas ones"),
                  t1=P("Villa Torre Castil Alcor"), t2=P("nueva del Jarama blanca de Tajo"), dob="{d:02d}/{m:02d}/{y}",
                  mail=P("telefonica.net gmail.com hotmail.es yahoo.es"), lab=dict(name="Inquilino/a", phone="Tlf", addr="Domicilio", dob="F. nac.", email="Correo"),
                  rep="hay humedad en la pared del dormitorio y el termo no calienta desde el finde", dep="el casero no me devuelve la fianza y ya ha pasado más de un mes", hi="Hola"),
    "it-IT": dict(region="IT", f1=P("Lore Ma Ame Cost Fio Ilar Ott Seve Gia Nor"), f2=P("dana rtina deo anza renza io avia rina como ina"),
                  s1=P("Bellav Cast Dell' Ferr Gual Mont Pavon Sciar Tresc Zan"), s2=P("ucci ellini Aquila arese tieri agna ese rino ani etti"),
                  st=["Via {x} {n}, int. {u}", "Viale dei {x} {n}", "Vicolo {x} {n}"], x1=P("Gelsomini Borgazzi Carpanedo Frassinelli Mirandoli Trebbiani"), x2=[""],
                  t1=P("Borgo Castel Monte San"), t2=P("franco vecchio rotondo lupo"), dob="{d:02d}/{m:02d}/{y}",
                  mail=P("libero.it virgilio.it tiscali.it gmail.com"), lab=dict(name="Conduttore", phone="Cell.", addr="Indirizzo", dob="nato/a il", email="Email"),
                  rep="la caldaia va in blocco ogni notte, codice E10, e c'è un'infiltrazione dal terrazzo del vicino", dep="il locatore non restituisce il deposito cauzionale", hi="Buongiorno"),
    "nl-NL": dict(region="NL", f1=P("Jor Mar Fem Lie Wou Ja Roe Sie Tij Ei"), f2=P("ieke rit ke ven ter nneke lof ske men be"),
                  s1=P("van den ter de van der"), s2=P("Broekhuyzen Velthorst Hulswit Kampenga Wiersum Doornbosch Lankhaar Ooijevaar"),
                  st=["{x}straat {n}", "{x}laan {n}-{u}", "{x}gracht {n} hs"], x1=P("Kievit Wilgen Hazel Dotter Lisdodde Fluitekruid Egelantier"), x2=[""],
                  t1=P("Oosterw Lammer Velsen Beijer"), t2=P("ijk woude veer dam"), dob="{d:02d}-{m:02d}-{y}",
                  mail=P("ziggo.nl kpnmail.nl hotmail.nl gmail.com"), lab=dict(name="Huurder", phone="Tel", addr="Adres", dob="geb.datum", email="E-mail"),
                  rep="cv-ketel geeft storing, geen warm water, en er zit schimmel in de badkamer", dep="de verhuurder houdt de borg in voor 'schoonmaakkosten'", hi="Hoi"),
    "pl-PL": dict(region="PL", f1=P("Bo Zdzi Mał Wie Ja Ksa Miro Ste Gra Lu"), f2=P("żena sława gorzata sława dwiga wera sław fania żyna dmiła"),
                  s1=P("Wardo Kęsz Przyby Chmie Żmu Grabo Luto Szczy Brzo Dzie"), s2=P("szczyk ycki łowicz lewski dziński wiak sławski pior zowski ciuch"),
                  st=["ul. {x} {n}/{u}", "al. {x} {n}", "os. {x} {n} m. {u}"], x1=P("Jarzę Kaczeń Modrze Wrzo Sasan Tatar Głogo Perzy"), x2=P("cowa nkowa likowa niowa"),
                  t1=P("Wola Górki Stara Nowa"), t2=P("Kęszycka Brzozowa Łęczna Zagórna"), dob="{d:02d}.{m:02d}.{y}",
                  mail=P("wp.pl onet.pl interia.pl o2.pl"), lab=dict(name="Najemca", phone="Tel.", addr="Adres", dob="data ur.", email="E-mail"),
                  rep="cieknie kaloryfer w pokoju, zalało panele, i nie działa domofon", dep="wynajmujący nie oddaje kaucji, twierdzi że ściany do malowania", hi="Dzień dobry"),
    "pt-BR": dict(region="BR", f1=P("Tha Lu Raí Jo Gis Eve Dai Cle Ney Iara"), f2=P("ís ciene ssa elma lene rton ane ide valdo cy"),
                  s1=P("Bragan Quint Mace Aran Figuei Valad Pinhei Carvo Sampai Teix"), s2=P("ça ela do tes rêdo ares ro alho na eira"),
                  st=["Rua {x}, {n}, apto {u}", "Av. {x}, {n}", "Travessa {x}, {n}"], x1=P("Jacaran Carnaú Jatobá Sabiá Maracu Tamari Buriti Caraí"), x2=P("zinho rana çuí tinga"),
                  t1=P("Vilar Serrit Itaqu Porang"), t2=P("inha ema ubá ópolis"), dob="{d:02d}/{m:02d}/{y}",
                  mail=P("uol.com.br bol.com.br gmail.com terra.com.br"), lab=dict(name="Locatário", phone="Cel", addr="Endereço", dob="Nasc.", email="E-mail"),
                  rep="o chuveiro queimou e tem infiltração no teto do banheiro", dep="a imobiliária não devolveu o caução", hi="Oi"),
    "sv-SE": dict(region="SE", f1=P("Sig Ing Tov Hjal Ma Ebb As Lin Elv Bir"), f2=P("rid eborg e mar ja a trid nea ira ger"),
                  s1=P("Ljung Berg Ek Sjö Gran Hag Ny Lind Stor Tall"), s2=P("qvist gren dahl holm mark sten lund blad vik ström"),
                  st=["{x}gatan {n}, lgh {u}", "{x}vägen {n}", "{x}gränd {n}"], x1=P("Ripsbärs Kvarnbäcks Smörblomme Tranbärs Rönnbärs"), x2=[""],
                  t1=P("Norr Sjö Ljung Tall"), t2=P("åsen köping hamn vik"), dob="{y}-{m:02d}-{d:02d}",
                  mail=P("telia.com bredband.net gmail.com hotmail.se"), lab=dict(name="Hyresgäst", phone="Tel", addr="Adress", dob="Född", email="E-post"),
                  rep="element i sovrummet är kallt och det droppar från taket i badrummet", dep="hyresvärden vill inte betala tillbaka depositionen", hi="Hej"),
    "cs-CZ": dict(region="CZ", f1=P("Vlas Bože Rad Lud Dra Zde Jar Mla Kvě Sve"), f2=P("ta na mila mila homíra ňka oslava da toslava tlana"),
                  s1=P("Hruš Kře Podho Vrb Chlu Zdrá Lopa Mrá Bure Šťa"), s2=P("ková čková rská ová mová halová tová zková šová stná"),
                  st=["{x} {n}/{u}", "nám. {x} {n}", "{x} {n}"], x1=P("Jeřabinová Kapradinová Mochnová Bezová Tolitová"), x2=[""],
                  t1=P("Horní Dolní Nové Staré"), t2=P("Hradiště Lhotky Rybníky Dvorce"), dob="{d}. {m}. {y}",
                  mail=P("seznam.cz email.cz centrum.cz"), lab=dict(name="Nájemce", phone="Tel.", addr="Adresa", dob="nar.", email="E-mail"),
                  rep="nefunguje kotel, v koupelně plíseň a okno v kuchyni netěsní", dep="pronajímatel nevrátil jistotu", hi="Dobrý den"),
    "el-GR": dict(region="GR", f1=P("Ευ Χα Δη Ξα Φω Ρο Στα Λε Πα Ευφ"), f2=P("θυμία ρίκλεια μήτρης νθή τεινή δάνθη μάτης ωνίδας γιώτα ροσύνη"),
                  s1=P("Παπα Καρα Μαυρο Τσα Λια Κουτ Σκα Βλα"), s2=P("γεωργίου μανλής κωστάκης σούλης ντάρης ρέλλης φίδης χάκης"),
                  st=["Οδός {x} {n}", "{x} {n}, {u}ος όροφος"], x1=P("Ασφοδ Κυκλαμ Μυρτ Δαφν Ελατ Θυμαρ"), x2=P("ελιάς ινιάς ούλας ιώνων"),
                  t1=P("Μυρσ Πλατ Κερασ Λυγερ"), t2=P("ινούπολη ανιώτισσα οχώρι"), dob="{d:02d}/{m:02d}/{y}",
                  mail=P("otenet.gr yahoo.gr gmail.com"), lab=dict(name="Μισθωτής", phone="Τηλ.", addr="Διεύθυνση", dob="Ημ. γέννησης", email="Email"),
                  rep="ο θερμοσίφωνας δεν δουλεύει και έχει υγρασία στον τοίχο της κουζίνας", dep="ο ιδιοκτήτης δεν επιστρέφει την εγγύηση", hi="Καλησπέρα"),
    "ru-RU": dict(region="RU", f1=P("Ве Зла Ми Яро Ста Ли Ро Да Ол Ев"), f2=P("сла ра лена слава нислава дия стислав рина еся докия"),
                  s1=P("Кос Бело Зве Ряби Тума Глу Пере Сыро"), s2=P("ницын грудов ренцев новский шенко ховцев ветов мятин"),
                  st=["ул. {x}, д. {n}, кв. {u}", "пр. {x}, д. {n}"], x1=P("Рябин Черёмух Колоколь Тополь Сирен Ольх"), x2=P("инская овская ецкая ищенская"),
                  t1=P("Верхне Нижне Старо Ново"), t2=P("луговск озёрск сосновск"), dob="{d:02d}.{m:02d}.{y}",
                  mail=P("mail.ru yandex.ru rambler.ru"), lab=dict(name="Наниматель", phone="Тел.", addr="Адрес", dob="Дата рожд.", email="Эл. почта"),
                  rep="течёт батарея, соседи снизу жалуются, и не работает домофон", dep="хозяин не возвращает залог", hi="Здравствуйте"),
    "tr-TR": dict(region="TR", f1=P("Ay Bü Ce Öz Ta İl Nur Er Gü Se"), f2=P("sel şra mal gür rık kay hayat dem lay da"),
                  s1=P("Kara Ak Yıl Demir Soy Gök Tez Çal"), s2=P("doğan taşlı başoğlu kayalı ören yazıcı ceylan dağlı"),
                  st=["{x} Mah. No:{n} D:{u}", "{x} Cad. No:{n}"], x1=P("Ihlam Akas Karanf Menek Çınar Erguv"), x2=P("urlu yalı ilköy şeli"),
                  t1=P("Yeni Eski Aşağı Yukarı"), t2=P("köy pınar ova yaka"), dob="{d:02d}.{m:02d}.{y}",
                  mail=P("hotmail.com gmail.com yandex.com.tr"), lab=dict(name="Kiracı", phone="Tel", addr="Adres", dob="D.T.", email="E-posta"),
                  rep="kombi arıza veriyor, sıcak su yok, banyoda da rutubet var", dep="ev sahibi depozitoyu iade etmiyor", hi="Merhaba"),
    "he-IL": dict(region="IL", f1=P("אלי נו רו תמ עד שי יה אב"), f2=P("אור עם נית רה ין לי בל גיל"),
                  s1=P("בר גול שפי רוזנ לנד אשכ"), s2=P("זון דמן רא בלום אוי נזי"),
                  st=["רח' {x} {n}, דירה {u}", "שד' {x} {n}"], x1=P("הדק הכלנ הצבענ הרקפ החצב"), x2=P("ונית יות ונים ית"),
                  t1=P("גבעת נווה כפר"), t2=P("אלונית שקדים תאנים"), dob="{d:02d}/{m:02d}/{y}",
                  mail=P("walla.co.il gmail.com 012.net.il"), lab=dict(name="שוכר", phone="טל'", addr="כתובת", dob="ת. לידה", email="מייל"),
                  rep="יש רטיבות בתקרה של המקלחת והדוד לא מחמם", dep="המשכיר לא מחזיר את הפיקדון", hi="שלום"),
    "ar-AE": dict(region="AE", f1=P("سل نو رن يز هد جو لم ور"), f2=P("مى ار يم ان يل اد ين ى"),
                  s1=P("الح الز الب الق الش المر"), s2=P("مادي رعوني اقري حطاني ميري زوعي"),
                  st=["شقة {u}، بناية {x}، شارع {n}"], x1=P("الياسم الغاف الريح السدر الخزام"), x2=P("ينة ات انة ية"),
                  t1=P("حي"), t2=P("النخيلات الرمالة المزارع"), dob="{d:02d}/{m:02d}/{y}",
                  mail=P("gmail.com hotmail.com eim.ae"), lab=dict(name="المستأجر", phone="هاتف", addr="العنوان", dob="تاريخ الميلاد", email="البريد"),
                  rep="المكيف لا يعمل وفي تسريب مياه من السقف", dep="المالك رافض يرجع مبلغ التأمين", hi="مرحبا"),
    "hi-IN": dict(region="IN", f1=P("अनि सुर प्रि वि मे रो दी कु"), f2=P("केत भि यंका नय घा हित पिका णाल"),
                  s1=P("बघे सक्से तिवा दुग्ग कुल भट"), s2=P("ल ना री ड़ कर्णी नागर"),
                  st=["फ्लैट {u}, {x} सोसाइटी, प्लॉट {n}"], x1=P("गुलमो अमल पला कदं मौल"), x2=P("हर_विहार तास_कुंज श_नगर ब_एन्क्लेव"),
                  t1=P("नया पुराना"), t2=P("सरायपुर गोविंदगढ़ बेलापुरा"), dob="{d:02d}/{m:02d}/{y}",
                  mail=P("gmail.com rediffmail.com yahoo.co.in"), lab=dict(name="किरायेदार", phone="मोबाइल", addr="पता", dob="जन्म तिथि", email="ईमेल"),
                  rep="बाथरूम में सीलन है और गीज़र काम नहीं कर रहा", dep="मकान मालिक सिक्योरिटी डिपॉजिट वापस नहीं कर रहे", hi="नमस्ते"),
    "ja-JP": dict(region="JP", f1=P("晴 奏 湊 悠 颯 紬 結 凪"), f2=P("斗 花 介 乃 真 輝 帆 実"),
                  s1=P("榎 柳 浅 宮 芦 椎 楢 枡"), s2=P("沢 岡 瀬 川 谷 島 原 野"),
                  st=["{x}{n}丁目{u}番地 コーポ{n}0{u}号室", "{x}{n}-{u}-{n}"], x1=P("榎 椿 楓 萩 菫"), x2=P("ヶ丘 台 坂 ノ木"),
                  t1=P("北 南 東 西"), t2=P("榎町 柳台 楢原"), dob="{y}年{m}月{d}日",
                  mail=P("docomo.ne.jp ezweb.ne.jp gmail.com yahoo.co.jp"), lab=dict(name="入居者", phone="電話", addr="住所", dob="生年月日", email="メール"),
                  rep="給湯器がエラー表示で止まっています。浴室の換気扇も異音がします", dep="敷金の返還額に納得できません", hi="お世話になっております"),
    "zh-CN": dict(region="CN", f1=P("子 雨 若 思 嘉 梓 亦 沐"), f2=P("墨 桐 溪 辰 禾 璇 瑶 衡"),
                  s1=P("邝 聂 温 甘 钟 阮 滕 祁"), s2=[""],
                  st=["{x}{n}号{u}栋{n}0{u}室"], x1=P("桂香 梧桐 柳岸 荷塘 枫林 槐荫"), x2=P("路 里 街 巷"),
                  t1=P("东 西 南 北"), t2=P("湖新区 桥镇 坪街道"), dob="{y}年{m}月{d}日",
                  mail=P("qq.com 163.com 126.com"), lab=dict(name="租客", phone="电话", addr="地址", dob="出生日期", email="邮箱"),
                  rep="卫生间漏水到楼下了，热水器也打不着火", dep="房东不退押金，说墙面要重新刷", hi="您好"),
    "ko-KR": dict(region="KR", f1=P("윤 서 재 하 도 은 린 겸"), f2=P("솔 아 율 준 희 담 빈 결"),
                  s1=P("탁 편 봉 어 변 국 채 하"), s2=[""],
                  st=["{x} {n}, {u}동 {n}0{u}호"], x1=P("느티 은행 솔바람 단풍 버들"), x2=P("나무로 잎길 골길 숲로"),
                  t1=P("새 옛"), t2=P("솔마을 들마을"), dob="{y}.{m:02d}.{d:02d}",
                  mail=P("naver.com daum.net gmail.com"), lab=dict(name="임차인", phone="연락처", addr="주소", dob="생년월일", email="이메일"),
                  rep="보일러 에러코드 나오고 화장실 천장에서 물이 새요", dep="집주인이 보증금을 안 돌려줘요", hi="안녕하세요"),
    "th-TH": dict(region="TH", f1=P("กิต ธนา พิม ศุภ อรุณ ปวี ชล ณัฐ"), f2=P("ติยา ภพ ลดา กร วดี ชัย นิภา พล"),
                  s1=P("ศรี วงศ์ แสง ทอง บุญ เพชร"), s2=P("สุวรรณกุล ประเสริฐวงศ์ อารีย์ชัย ไพศาลกิจ รัตนาภรณ์ เจริญผล"),
                  st=["ห้อง {u} อาคาร {x} ซอย {n}"], x1=P("ลำดวน ราชพฤกษ์ ชมพู พุดซ้อน กาสะลอง"), x2=P("เพลส วิลล์ เรสซิเดนซ์ คอนโด"),
                  t1=P("หนอง โคก ดอน ห้วย"), t2=P("ตะเคียนทอง มะขามป้อม สะแกงาม กระทิงลาย"), dob="{d}/{m}/{y_be}",
                  mail=P("gmail.com hotmail.com"), lab=dict(name="ผู้เช่า", phone="โทร", addr="ที่อยู่", dob="วันเกิด", email="อีเมล"),
                  rep="แอร์น้ำหยด และท่อห้องน้ำตัน", dep="เจ้าของหอไม่คืนเงินประกัน", hi="สวัสดีครับ"),
}
LOCALES = list(LOC)
NAMESEP = {"ja-JP": " ", "zh-CN": "", "ko-KR": ""}
LATIN = {"en-GB", "en-US", "en-IE", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "pt-BR", "sv-SE", "cs-CZ", "tr-TR"}
LOC["nl-NL"]["s1"] = ["van den", "ter", "de", "van der", "van", "Ten"]
LOC["en-IE"]["s1"] = ["Mac", "O'", "Fitz", "Ní ", "Mc"]


def join_parts(a, b):
    if not b:
        return a
    if b[0] in "-'" or b[0].islower() or not b[0].isalpha() or a.endswith(("'", " ")):
        return a + b
    if not a[-1].isascii() and not b[0].isascii() and unicodedata.category(b[0]).startswith("L") and not b[0].isupper():
        return a + b
    return a + " " + b if (a.isascii() or b[0].isupper()) else a + b


def make_person_maker(loc):
    L = LOC[loc]

    def mk(rng):
        first = rng.choice(L["f1"]) + rng.choice(L["f2"])
        if loc == "ja-JP":
            return rng.choice(L["s1"]) + rng.choice(L["s2"]) + " " + first
        if loc in ("zh-CN", "ko-KR"):
            return rng.choice(L["s1"]) + first
        s1 = rng.choice(L["s1"]); s2 = rng.choice(L["s2"])
        if loc == "nl-NL":
            return f"{first} {s1} {s2}"
        if loc == "en-IE":
            return f"{first} {s1.strip()}{' ' if s1.endswith(' ') else ''}{s2}" if not s1.endswith(" ") else f"{first} {s1}{s2}"
        sur = s1 + s2 if (s1.endswith("'") or not s1.isascii() or s2[:1].islower()) else s1 + " " + s2
        return f"{first} {sur}"
    return mk


def make_street_maker(loc):
    L = LOC[loc]

    def mk(rng):
        x = rng.choice(L["x1"]) + rng.choice(L["x2"])
        tpl = rng.choice(L["st"])
        return tpl.replace("{x}", x.replace("_", " "))
    return mk


def make_town_maker(loc):
    L = LOC[loc]
    return lambda rng: join_parts(rng.choice(L["t1"]), rng.choice(L["t2"]))


def make_company_maker(loc, kind):
    L = LOC[loc]
    de = {"agency": ["Hausverwaltung {s} GmbH", "{t} Immobilien GmbH"], "contractor": ["{s} Haustechnik GmbH", "Bau {s} GmbH & Co. KG"]}
    en = {"agency": ["{s} Lettings", "{t} Property Services Ltd", "{s} & {s2} Estates"], "contractor": ["{s} Plumbing & Heating Ltd", "{t} Building Services Ltd"]}
    fr = {"agency": ["Cabinet {s} Gestion", "{t} Immobilier SARL"], "contractor": ["{s} Plomberie SARL", "Bâtiments {s} SARL"]}
    gen = {"agency": ["{s} Property", "{t} Housing Association"], "contractor": ["{s} Building Services", "{t} Homes"]}
    pool = {"de-DE": de, "en-GB": en, "en-US": en, "en-IE": en, "fr-FR": fr}.get(loc, gen)[kind]
    pm = make_person_maker(loc)

    def mk(rng):
        s = pm(rng).split(" ", 1)[-1] if loc not in ("zh-CN", "ko-KR", "ja-JP") else pm(rng).split(" ")[0][:2]
        s2 = pm(rng).split(" ", 1)[-1]
        return rng.choice(pool).format(s=s, s2=s2, t=make_town_maker(loc)(rng))
    return mk


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in " .-'")).strip()


HANDLE_A = P("kes mar tol bri vand yel oru sen dak lum fiz rad wen pio tam")
HANDLE_B = P("ko ra vin ta dell ny mo sha lin er us ix")

# ---------------------------------------------------------------- validated identifiers


def check(ok, what, value):
    if not ok:
        raise SystemExit(f"invalid {what}: {value}")
    return value


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def capped(rng, fn, valid, what, cap=400):
    for _ in range(cap):
        v = fn(rng)
        if v is not None and valid(v):
            return v
    raise SystemExit(f"could not make a valid {what}")


def luhn_complete(prefix_digits):
    return prefix_digits + luhn.calc_check_digit(prefix_digits)


def card(rng):
    kind = rng.choice(["visa", "mc", "amex", "mc2"])
    if kind == "visa":
        v = luhn_complete("4" + digits(rng, 14))
    elif kind == "mc":
        v = luhn_complete(str(rng.randint(51, 55)) + digits(rng, 13))
    elif kind == "mc2":
        v = luhn_complete(str(rng.randint(2221, 2720)) + digits(rng, 11))
    else:
        v = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
    check(luhn.is_valid(v), "card", v)
    if v in ("4111111111111111", "5555555555554444", "378282246310005"):
        return card(rng)
    if len(v) == 15:
        return f"{v[:4]} {v[4:10]} {v[10:]}"
    return rng.choice([" ", "-", ""]).join(v[i:i + 4] for i in range(0, 16, 4))


BBAN = {
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14),
    "DE": lambda r: digits(r, 18), "IE": lambda r: r.choice(["AIBK", "BOFI"]) + digits(r, 14),
    "NL": lambda r: r.choice(["INGB", "ABNA", "RABO", "SNSB"]) + digits(r, 10), "PL": lambda r: digits(r, 24),
    "SE": lambda r: digits(r, 20), "CZ": lambda r: digits(r, 20), "GR": lambda r: digits(r, 23),
    "TR": lambda r: digits(r, 5) + "0" + digits(r, 16), "IL": lambda r: digits(r, 19), "AE": lambda r: digits(r, 19),
    "FR": lambda r: digits(r, 23), "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(r, 22),
}


def iban(rng, cc):
    def mk(r):
        if cc == "ES":
            b, o, a = digits(r, 4), digits(r, 4), digits(r, 10)
            bban = b + o + ccc.calc_check_digits(b + o + "00" + a) + a
        else:
            bban = BBAN[cc](r)
        body = cc + "00" + bban
        return cc + std_iban.calc_check_digits(body) + bban
    v = capped(rng, mk, std_iban.is_valid, "IBAN")
    return std_iban.format(v) if rng.random() < 0.7 else v


IBAN_CC = {"en-GB": "GB", "en-IE": "IE", "de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT", "nl-NL": "NL",
           "pl-PL": "PL", "sv-SE": "SE", "cs-CZ": "CZ", "el-GR": "GR", "tr-TR": "TR", "he-IL": "IL", "ar-AE": "AE"}


def phone(rng, loc):
    region = LOC[loc]["region"]
    kinds = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    for _ in range(300):
        ex = phonenumbers.example_number_for_type(region, rng.choice(kinds))
        if ex is None:
            continue
        nsn = str(ex.national_number)
        keep = min(len(nsn) - 4, rng.choice([2, 3]))
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        try:
            num = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num) or str(num.national_number) == nsn or phonenumbers.region_code_for_number(num) != region:
            continue
        if region == "US" and cand[3:6] == "555":
            continue
        fmt = rng.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                          phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164])
        v = phonenumbers.format_number(num, fmt)
        back = phonenumbers.parse(v, region)
        check(phonenumbers.is_valid_number(back) and phonenumbers.region_code_for_number(back) == region, "phone", v)
        return v
    raise SystemExit(f"no phone for {region}")


def public_ip(rng):
    for _ in range(200):
        if rng.random() < 0.85:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        else:
            a = ipaddress.IPv6Address((0x2a02 << 112) | rng.getrandbits(100))
        if a.is_global and not a.is_multicast and not a.is_reserved:
            return str(a)
    raise SystemExit("no ip")


def dob(rng):
    y = rng.randint(1941, 2004); m = rng.randint(1, 12); d = rng.randint(1, 28)
    return y, m, d


def fmt_dob(loc, ymd):
    y, m, d = ymd
    return LOC[loc]["dob"].format(y=y, m=m, d=d, y_be=y + 543)


def national_ids(rng, loc, ymd, female):
    """(type, value, label) of the identifiers a record of this locale may carry; all validated."""
    y, m, d = ymd
    out = []
    if loc == "en-GB":
        out.append(("TAX_ID", capped(rng, lambda r: (lambda b: utr.calc_check_digit(b) + b)(digits(r, 9)), utr.is_valid, "UTR"), "UTR"))
        v = capped(rng, lambda r: digits(r, 9) + r.choice("0123456789"), nhs.is_valid, "NHS")
        out.append(("HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}", "NHS no."))
    elif loc == "en-US":
        def s(r):
            a = r.randint(1, 899)
            if a == 666:
                return None
            return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        out.append(("ssn", capped(rng, s, us_ssn.is_valid, "SSN"), "SSN"))
        out.append(("TAX_ID", capped(rng, lambda r: f"9{digits(r, 2)}-{r.choice([70, 71, 78, 83, 88, 90, 94, 97])}-{digits(r, 4)}", us_itin.is_valid, "ITIN"), "ITIN"))
    elif loc == "en-IE":
        def p(r):
            b = digits(r, 7)
            for L_ in "ABCDEFGHIJKLMNOPQRSTUVW":
                if pps.is_valid(b + L_):
                    return b + L_
        out.append(("NATIONAL_ID", capped(rng, p, pps.is_valid, "PPS"), "PPSN"))
    elif loc == "de-DE":
        def t(r):
            b = str(r.randint(1, 9)) + digits(r, 9)
            for c in "0123456789":
                if idnr.is_valid(b + c):
                    return b + c
        v = capped(rng, t, idnr.is_valid, "Steuer-ID", cap=2000)
        out.append(("TAX_ID", rng.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"]), "Steuer-ID"))
    elif loc == "fr-FR":
        def n(r):
            b = ("2" if female else "1") + f"{y % 100:02d}{m:02d}" + r.choice(["75", "69", "33", "44", "59"]) + digits(r, 6)
            return b + f"{97 - int(b) % 97:02d}"
        v = capped(rng, n, nir.is_valid, "NIR")
        out.append(("NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", "n° sécu"))
        out.append(("TAX_ID", capped(rng, lambda r: (lambda b: b + fr_nif.calc_check_digits(b))(r.choice("0123") + digits(r, 9)), fr_nif.is_valid, "NIF"), "n° fiscal"))
    elif loc == "es-ES":
        if rng.random() < 0.6:
            b = digits(rng, 8); out.append(("NATIONAL_ID", check(dni.is_valid(b + dni.calc_check_digit(b)), "DNI", b + dni.calc_check_digit(b)), "DNI"))
        else:
            b = rng.choice("XYZ") + digits(rng, 7); v = b + nie.calc_check_digit(b)
            out.append(("NATIONAL_ID", check(nie.is_valid(v), "NIE", v), "NIE"))
    elif loc == "it-IT":
        def cf(r):
            L_ = "BCDFGHLMNPRSTVZ"
            b = "".join(r.choice(L_) for _ in range(3)) + "".join(r.choice(L_) for _ in range(2)) + r.choice("AEIOU")
            b += f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + f"{d + (40 if female else 0):02d}" + r.choice(["H501", "F205", "L219", "G273", "D612"])
            return b + codicefiscale.calc_check_digit(b)
        out.append(("TAX_ID", capped(rng, cf, codicefiscale.is_valid, "codice fiscale"), "C.F."))
    elif loc == "nl-NL":
        def b_(r):
            b = str(r.randint(1, 6)) + digits(r, 7)
            for c in "0123456789":
                if bsn.is_valid(b + c):
                    return b + c
        out.append(("NATIONAL_ID", capped(rng, b_, bsn.is_valid, "BSN"), "BSN"))
    elif loc == "pl-PL":
        def p(r):
            mm = m + (20 if y >= 2000 else 0)
            b = f"{y % 100:02d}{mm:02d}{d:02d}" + digits(r, 3) + r.choice("02468" if female else "13579")
            for c in "0123456789":
                if pesel.is_valid(b + c):
                    return b + c
        out.append(("NATIONAL_ID", capped(rng, p, pesel.is_valid, "PESEL"), "PESEL"))
        def n(r):
            b = str(r.randint(1, 9)) + digits(r, 8)
            for c in "0123456789":
                if nip.is_valid(b + c):
                    return b + c
        v = capped(rng, n, nip.is_valid, "NIP")
        out.append(("TAX_ID", rng.choice([v, f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}"]), "NIP"))
    elif loc == "pt-BR":
        def c(r):
            b = digits(r, 9)
            for cc_ in range(100):
                v = b + f"{cc_:02d}"
                if cpf.is_valid(v):
                    return v
        v = capped(rng, c, cpf.is_valid, "CPF", cap=50)
        out.append(("TAX_ID", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", "CPF"))
    elif loc == "sv-SE":
        def p(r):
            b = f"{y % 100:02d}{m:02d}{d:02d}-{digits(r, 2)}{r.choice('02468' if female else '13579')}"
            for c in "0123456789":
                if personnummer.is_valid(b + c):
                    return b + c
        out.append(("NATIONAL_ID", capped(rng, p, personnummer.is_valid, "personnummer"), "Personnr"))
    elif loc == "cs-CZ":
        def p(r):
            b = f"{y % 100:02d}{m + (50 if female else 0):02d}{d:02d}" + digits(r, 3)
            for c in "0123456789":
                if int(b + c) % 11 == 0 and rc.is_valid(b + c):
                    return f"{b[:6]}/{b[6:]}{c}"
        out.append(("NATIONAL_ID", capped(rng, p, rc.is_valid, "rodné číslo"), "r.č."))
    elif loc == "el-GR":
        def a(r):
            b = f"{d:02d}{m:02d}{y % 100:02d}" + digits(r, 4)
            for c in "0123456789":
                if amka.is_valid(b + c):
                    return b + c
        out.append(("HEALTH_INSURANCE", capped(rng, a, amka.is_valid, "AMKA"), "ΑΜΚΑ"))
        def f(r):
            b = r.choice("01") + digits(r, 7)
            for c in "0123456789":
                if gr_vat.is_valid(b + c):
                    return b + c
        out.append(("TAX_ID", capped(rng, f, gr_vat.is_valid, "AFM"), "ΑΦΜ"))
    elif loc == "ru-RU":
        def i(r):
            b = r.choice(["77", "50", "78", "66", "16"]) + digits(r, 8)
            for c in range(100):
                if inn.is_valid(b + f"{c:02d}"):
                    return b + f"{c:02d}"
        out.append(("TAX_ID", capped(rng, i, inn.is_valid, "INN", cap=50), "ИНН"))
    elif loc == "tr-TR":
        def t(r):
            b = str(r.randint(1, 9)) + digits(r, 8)
            for c in range(100):
                if tckimlik.is_valid(b + f"{c:02d}"):
                    return b + f"{c:02d}"
        out.append(("NATIONAL_ID", capped(rng, t, tckimlik.is_valid, "TCKN", cap=50), "TC Kimlik No"))
    elif loc == "he-IL":
        out.append(("NATIONAL_ID", capped(rng, lambda r: luhn_complete(digits(r, 8)), il_idnr.is_valid, "Israeli ID"), "ת.ז."))
    elif loc == "ar-AE":
        v = capped(rng, lambda r: luhn_complete(f"784{y}" + digits(r, 7)), luhn.is_valid, "Emirates ID")
        out.append(("NATIONAL_ID", f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}", "رقم الهوية"))
    elif loc == "hi-IN":
        def a(r):
            b = str(r.randint(2, 9)) + digits(r, 10)
            for c in "0123456789":
                if aadhaar.is_valid(b + c):
                    return b + c
        v = capped(rng, a, aadhaar.is_valid, "Aadhaar")
        out.append(("NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", "आधार"))
        L_ = "ABCDEFGHJKLMNPRSTUVWXYZ"
        out.append(("TAX_ID", capped(rng, lambda r: "".join(r.choice(L_) for _ in range(3)) + "P" + r.choice(L_) + digits(r, 4) + r.choice(L_), pan.is_valid, "PAN"), "PAN"))
    elif loc == "ja-JP":
        def j(r):
            b = digits(r, 11)
            for c in "0123456789":
                if jp_in.is_valid(b + c):
                    return b + c
        v = capped(rng, j, jp_in.is_valid, "My Number")
        out.append(("NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", "マイナンバー"))
    elif loc == "zh-CN":
        def c(r):
            b = r.choice(["110105", "310104", "440106", "510107", "330106"]) + f"{y}{m:02d}{d:02d}" + digits(r, 2) + r.choice("02468" if female else "13579")
            for k in "0123456789X":
                if ric.is_valid(b + k):
                    return b + k
        out.append(("NATIONAL_ID", capped(rng, c, ric.is_valid, "RIC"), "身份证号"))
    elif loc == "ko-KR":
        def k(r):
            g = (4 if female else 3) if y >= 2000 else (2 if female else 1)
            b = f"{y % 100:02d}{m:02d}{d:02d}{g}" + digits(r, 5)
            for c in "0123456789":
                if rrn.is_valid(b + c):
                    return f"{b[:6]}-{b[6:]}{c}"
        out.append(("NATIONAL_ID", capped(rng, k, rrn.is_valid, "RRN"), "주민등록번호"))
    elif loc == "th-TH":
        def t(r):
            b = str(r.randint(1, 8)) + digits(r, 11)
            for c in "0123456789":
                if th_pin.is_valid(b + c):
                    return b + c
        v = capped(rng, t, th_pin.is_valid, "Thai PIN")
        out.append(("NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "เลขบัตรประชาชน"))
    for t_, v, _ in out:
        assert v, (loc, t_)
    return out


# ---------------------------------------------------------------- pools and personas
class World:
    def __init__(self, rng):
        self.people, self.streets, self.towns, self.agencies, self.contractors, self.mail = {}, {}, {}, {}, {}, {}
        for loc in LOCALES:
            self.people[loc] = build_pool(rng, make_person_maker(loc), 40, f"person:{loc}")
            self.streets[loc] = build_pool(rng, lambda r, mk=make_street_maker(loc): mk(r), 14, f"street:{loc}")
            self.towns[loc] = build_pool(rng, make_town_maker(loc), 6, f"town:{loc}", cap=600)
            self.agencies[loc] = build_pool(rng, make_company_maker(loc, "agency"), 8, f"agency:{loc}")
            self.contractors[loc] = build_pool(rng, make_company_maker(loc, "contractor"), 6, f"contractor:{loc}")
            doms = [d for d in LOC[loc]["mail"] if clean_ok(d.split(".")[0])]
            self.mail[loc] = doms or ["mailbox-post.net"]
            REJECTED["maildomain"] += len(LOC[loc]["mail"]) - len(doms)


class Person:
    def __init__(self, rng, world, loc):
        self.loc = loc
        self.name = rng.choice(world.people[loc])
        parts = self.name.split(" ")
        self.first = parts[-1] if loc == "ja-JP" else (self.name[1:] if loc in ("zh-CN", "ko-KR") else parts[0])
        self.female = rng.random() < 0.5
        self.dob = dob(rng)
        self.dob_s = fmt_dob(loc, self.dob)
        self.phone = phone(rng, loc)
        st = rng.choice(world.streets[loc])
        self.street = st.replace("{n}", str(rng.randint(2, 148))).replace("{u}", str(rng.randint(1, 9)))
        self.town = rng.choice(world.towns[loc])
        if loc in LATIN:
            base = ascii_fold(self.name).lower().replace("'", "").split()
            handle = rng.choice([f"{base[0]}.{base[-1]}", f"{base[0][0]}{base[-1]}{rng.randint(1, 99)}", f"{base[0]}{rng.randint(70, 99)}"])
        else:
            handle = rng.choice(HANDLE_A) + rng.choice(HANDLE_B) + str(rng.randint(1, 999))
        self.email = f"{handle}@{rng.choice(world.mail[loc])}"
        self.ids = national_ids(rng, loc, self.dob, self.female)
        self.iban = iban(rng, IBAN_CC[loc]) if loc in IBAN_CC else None
        self.card = card(rng)
        self.ip = public_ip(rng)


class Rec:
    def __init__(self):
        self.issued = []

    def __call__(self, typ, value):
        self.issued.append((typ, value))
        return value


def pick_id(rng, p, rec, pref=None):
    cands = [x for x in p.ids if pref is None or x[0] in pref] or p.ids
    t, v, lab = rng.choice(cands)
    return f"{lab}: {rec(t, v)}"


def bank_line(rng, p, rec):
    if p.iban:
        return f"IBAN {rec('IBAN_CODE', p.iban)}"
    if p.loc == "en-US":
        routing = capped(rng, lambda r: (lambda b: next((b + c for c in '0123456789' if us_rtn.is_valid(b + c)), None))(r.choice(["0", "1", "2", "3"]) + digits(r, 7)), us_rtn.is_valid, "RTN")
        acct = digits(rng, rng.choice([9, 10, 12]))
        return f"routing {routing} / acct {rec('US_BANK_NUMBER', acct)}"
    return f"card {rec('CREDIT_CARD', p.card)}"


EXAMPLE_IP = ["192.0.2.14", "198.51.100.23", "203.0.113.77", "2001:db8::5"]
TEST_CARDS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4242 4242 4242 4242"]


def uprn(rng):
    return str(rng.randint(10000000000, 100099999999))


def epc(rng):
    return "-".join(digits(rng, 4) for _ in range(5))


def plan_ref(rng):
    return rng.choice([f"{rng.randint(21, 26)}/{rng.randint(100, 3999):05d}/{rng.choice(['FUL', 'HOU', 'LBC', 'PA', 'OUT'])}",
                       f"BV-{rng.randint(2022, 2026)}-{rng.randint(1000, 99999)}", f"PC {rng.randint(10, 95)}{digits(rng, 3)} {rng.randint(23, 26)} {digits(rng, 5)}"])


def title_no(rng):
    return rng.choice(["AGL", "NGL", "TGL", "SY", "WK", "MX"]) + digits(rng, 6)


def money(rng, lo, hi):
    return f"{rng.randint(lo, hi):,}.{rng.choice(['00', '50', '20', '75'])}"


# ---------------------------------------------------------------- the ten kinds
def k_repair(rng, W, loc, rec, benign):
    L = {**LOC[loc], **LOC[loc]["lab"]}; ag = rng.choice(W.agencies[loc]); co = rng.choice(W.contractors[loc])
    tk = f"RPR-{rng.randint(2024, 2026)}-{rng.randint(1000, 99999):05d}"
    if benign:
        v = rng.randrange(3)
        if v == 0:
            return (f"Ticket {tk} | Block {rng.choice('ABCDE')}, unit {rng.randint(1, 40)} | UPRN {uprn(rng)}\nCategory: heating / P2 (24h)\n"
                    f"Reported via app. {L['rep']}\nAssigned: {co} (switchboard via portal), SLA breach risk: low\nNotes: [TENANT NAME] requests AM slot, key safe code in CRM field, do NOT paste here",
                    "turn this into a job sheet for the contractor", "helpdesk_export")
        if v == 1:
            return (f"From: repairs@{ascii_fold(ag.split()[0]).lower() or 'lettings'}.example.com\nTo: all residents\nSubject: planned works {tk}\n\n"
                    f"Dear resident, {co} will replace the communal boiler plant on levels 0-2 between 07:30 and 16:00. Hot water off approx. 6 hrs. "
                    f"Out-of-hours emergency line is on the noticeboard. Tenant placeholder for mailmerge: «FirstName» «Surname», flat «Unit».",
                    "make it friendlier and shorter", "notice_template")
        return (f"{L['hi']}! Training scenario for new repairs coordinators: Mrs Hudson (221B) reports the landlord's kettle tripping the RCD. "
                f"Walk through triage: is it landlord's responsibility under s.11? Which priority code? {L['rep']}",
                "write the model answer for the quiz", "training_case")
    p = Person(rng, W, loc)
    v = rng.randrange(3)
    if v == 0:
        doc = (f"{L['hi']}, {L['rep']}.\n{L['name']}: {rec('person', p.name)}\n{L['addr']}: {rec('STREET_ADDRESS', p.street)}, {p.town}\n"
               f"{L['phone']}: {rec('PHONE_NUMBER', p.phone)}\nbest time mornings, dog is friendly lol")
        style = "tenant_message"
    elif v == 1:
        doc = (f"ticket_id,unit,reported_by,contact,issue,access\n{tk},\"{rec('STREET_ADDRESS', p.street)}\",{rec('person', p.name)},"
               f"{rec('EMAIL_ADDRESS', p.email)},\"{L['rep'][:60]}\",\"tenant WFH Tue/Thu, {L['phone']} {rec('PHONE_NUMBER', p.phone)}\"")
        style = "csv_export"
    else:
        doc = (f"[WhatsApp] {p.first}: {L['rep']}\n[WhatsApp] {ag}: sorry to hear, can you confirm your full name + email for the job?\n"
               f"[WhatsApp] {p.first}: {rec('person', p.name)}, {rec('EMAIL_ADDRESS', p.email)}. plumber can call me {rec('PHONE_NUMBER', p.phone)}")
        rec("person", p.first)
        style = "whatsapp_chat"
    return doc, rng.choice(["raise a works order from this", "classify priority P1-P4 and draft a reply", "extract to JSON for the CRM"]), style


def k_deposit(rng, W, loc, rec, benign):
    L = {**LOC[loc], **LOC[loc]["lab"]}; ag = rng.choice(W.agencies[loc]); cert = f"{rng.choice(['DPS', 'TDS', 'MYD', 'RTB'])}-{digits(rng, 8)}"
    if benign:
        v = rng.randrange(3)
        if v == 0:
            return (f"Adjudication outcomes Q{rng.randint(1, 4)} (aggregated, no personal data)\nawarded to tenant in full,{rng.randint(20, 40)}%\nsplit,{rng.randint(35, 55)}%\n"
                    f"awarded to landlord,{rng.randint(10, 25)}%\nmost disputed items: cleaning, redecoration, garden\nScheme helpline: published on website; certificate format e.g. {cert}",
                    "summarise for our landlord newsletter", "aggregate_stats")
        if v == 1:
            return (f"TEMPLATE — deposit return request\nDear [Landlord name],\nRe: tenancy at [property address], deposit protected under certificate no. [{cert}]\n"
                    f"I ask for the return of £[amount] to account [IBAN / sort code + account]. Deductions must be itemised (see {ag} guidance).\nYours, [Tenant name]",
                    "translate this template into plain English for students", "blank_template")
        return (f"Case study (anonymised): Tenant A v Landlord B, deposit £1,350, protected late (day 41). Claimed deductions: carpet £420, "
                f"cleaning £180. Adjudicator: carpet 9 yrs old, fair wear; cleaning partially upheld. Cert {cert}. {L['dep']}.",
                "what would the likely outcome be in court for the late protection?", "anonymised_case")
    p = Person(rng, W, loc)
    doc = (f"{L['hi']},\n{L['dep']}. Moved out {rng.randint(1, 28)}/{rng.randint(1, 12)}, keys returned to {ag}.\n"
           f"Deposit cert {cert}. Please refund to {bank_line(rng, p, rec)}\n"
           f"forwarding address: {rec('STREET_ADDRESS', p.street)}, {p.town}\n{rec('person', p.name)}\n{L['phone']} {rec('PHONE_NUMBER', p.phone)}")
    if rng.random() < 0.4:
        doc += f"\n{L['email']}: {rec('EMAIL_ADDRESS', p.email)}"
    return doc, rng.choice(["draft a firm but polite reply to the landlord", "is this deduction lawful? reply in my language", "write the dispute submission for the scheme"]), "tenant_email"


def k_application(rng, W, loc, rec, benign):
    L = {**LOC[loc], **LOC[loc]["lab"]}; ag = rng.choice(W.agencies[loc])
    if benign:
        v = rng.randrange(3)
        if v == 0:
            return (f"{ag} — tenancy application (blank)\n{L['name']}: ____________\n{L['dob']}: DD/MM/YYYY\n{L['phone']}: +__ ___ ___ ____\n"
                    f"{L['email']}: name@example.com\nID type: passport / national ID no.: ____________\nEmployer: ______  Gross salary: ______\nGuarantor required if income < 30x monthly rent.",
                    "convert this form to a JSON schema", "blank_form")
        if v == 1:
            return (f"API docs — referencing endpoint POST /v2/applicants\nexample body: {{\"name\": \"Jane Doe\", \"dob\": \"1990-01-01\", \"ssn\": \"000-00-0000\", "
                    f"\"email\": \"jane.doe@example.com\", \"phone\": \"+1 202-555-0143\", \"card\": \"{rng.choice(TEST_CARDS)}\", \"ip\": \"{rng.choice(EXAMPLE_IP)}\"}}\n"
                    "Returns 201 with applicant_id (UUID). Sandbox only accepts the documented test values.",
                    "write a python client for this endpoint", "api_docs")
        return (f"Affordability rule set v{rng.randint(2, 5)}.{rng.randint(0, 9)}: rent-to-income max 35%; self-employed: 2 yrs SA302; "
                f"students: UK guarantor or 6 months upfront; right-to-rent share code checked online. {ag} lettings desk handles queries.",
                "turn these rules into a decision table", "policy_text")
    p = Person(rng, W, loc)
    fields = [f"{L['name']}: {rec('person', p.name)}", f"{L['dob']}: {rec('DATE_OF_BIRTH', p.dob_s)}", pick_id(rng, p, rec),
              f"{L['addr']} (current): {rec('STREET_ADDRESS', p.street)}, {p.town}"]
    if rng.random() < 0.6:
        fields.append(f"{L['email']}: {rec('EMAIL_ADDRESS', p.email)}")
    if rng.random() < 0.5:
        fields.append(f"{L['phone']}: {rec('PHONE_NUMBER', p.phone)}")
    if rng.random() < 0.3:
        g = Person(rng, W, loc)
        fields.append(f"Guarantor: {rec('person', g.name)} ({L['phone']} {rec('PHONE_NUMBER', g.phone)})")
    fields.append(f"Employer: {rng.choice(W.contractors[loc])}, salary {money(rng, 24000, 71000)}")
    rng.shuffle(fields)
    return ("APPLICATION FORM — " + ag + "\n" + "\n".join(fields),
            rng.choice(["check this application against our affordability rules", "fill the referencing JSON from it", "what's missing before we can do right-to-rent?"]), "pasted_form")


def k_ledger(rng, W, loc, rec, benign):
    rows = ["date,unit,tenant,amount_due,amount_paid,method,note"]
    if benign:
        for i in range(rng.randint(6, 12)):
            rows.append(f"2025-{rng.randint(1, 12):02d}-01,U{rng.randint(1, 60):03d},T-{digits(rng, 5)},{rng.randint(600, 1900)}.00,{rng.randint(0, 1900)}.00,{rng.choice(['SO', 'DD', 'HB', 'UC'])},")
        rows.append(f"TOTAL,,,,,,arrears ratio {rng.randint(2, 9)}.{rng.randint(0, 9)}% (tenant refs pseudonymised)")
        return "\n".join(rows), rng.choice(["which units are in arrears over 2 months?", "make a pivot by month"]), "csv_pseudonymised"
    n = rng.randint(4, 9)
    for i in range(n):
        p = Person(rng, W, loc)
        use = i == 0 or rng.random() < 0.5
        ten = rec("person", p.name) if use else f"T-{digits(rng, 5)}"
        method = bank_line(rng, p, rec) if use and rng.random() < 0.6 else rng.choice(["SO", "DD", "HB"])
        note = f"promised to pay, {rec('PHONE_NUMBER', p.phone)}" if use and rng.random() < 0.3 else ""
        rows.append(f"2025-{rng.randint(1, 12):02d}-01,U{rng.randint(1, 60):03d},{ten},{rng.randint(600, 1900)}.00,{rng.randint(0, 1900)}.00,\"{method}\",{note}")
    return "\n".join(rows), rng.choice(["calculate arrears per tenant and draft reminder letters", "reconcile against bank statement", "flag anyone eligible for a section 8 notice"]), "csv_ledger"


def k_planning(rng, W, loc, rec, benign):
    L = {**LOC[loc], **LOC[loc]["lab"]}; ref = plan_ref(rng); town = rng.choice(W.towns[loc]); cllr = rng.choice(W.people[loc])
    if benign:
        v = rng.randrange(3)
        if v == 0:
            return (f"PUBLIC NOTICE — Town and Country Planning\nApplication {ref}: change of use of former bus depot, land north of {rng.choice(W.streets[loc]).replace('{n}', '').replace('{u}', '').strip(' ,')}, {town}, "
                    f"to 48 affordable homes. Applicant: {rng.choice(W.contractors[loc])}. Comments by 21 days to planning@{town.lower().replace(' ', '')[:10]}.gov.example. "
                    f"Committee chair Cllr {cllr} will take the item on the {rng.randint(1, 28)}th.",
                    "summarise the notice in 3 bullet points", "public_notice")
        if v == 1:
            return (f"Building control completion certificate, ref {ref}. Works: loft conversion with dormer, Part B fire escape windows, Part L U-values 0.15. "
                    f"Inspector visits: foundations n/a, structure, insulation, final. Approved Inspector: {rng.choice(W.contractors[loc])}. Property: UPRN {uprn(rng)}.",
                    "explain each stage to a homeowner", "certificate")
        return (f"Minutes, planning committee {town}: the Mayor, {cllr}, opened. Item 4 {ref}: 9 objections received (names withheld per policy), "
                f"themes: parking, overlooking, loss of light (BRE 25° test passed). Resolution: approve subject to s106 (30% affordable).",
                "write a press summary", "committee_minutes")
    p = Person(rng, W, loc)
    doc = (f"Objection to application {ref}\nI live at {rec('STREET_ADDRESS', p.street)}, {p.town}, directly behind the site. The extension will overlook our garden "
           f"and my daughter's bedroom. {rng.choice(['We already have damp issues', 'Parking is already impossible', 'The hedge is a bat roost'])}.\n"
           f"{rec('person', p.name)}\n{rec('EMAIL_ADDRESS', p.email) if rng.random() < 0.6 else rec('PHONE_NUMBER', p.phone)}")
    return doc, rng.choice(["make this objection more persuasive, cite material planning considerations", "translate to English and tidy it"]), "resident_objection"


def k_portal(rng, W, loc, rec, benign):
    ag = rng.choice(W.agencies[loc]); lid = rng.randint(10 ** 7, 10 ** 8)
    st = rng.choice(W.streets[loc]).replace("{n}", "").replace("{u}", "").strip(" ,/-")
    if benign:
        d = {"listing_id": lid, "status": "for_sale", "price": rng.randint(95, 890) * 1000, "beds": rng.randint(1, 5), "epc": {"rating": rng.choice("BCDE"), "cert": epc(rng)},
             "display_address": f"{st}, {rng.choice(W.towns[loc])}", "geo": [round(rng.uniform(-8, 30), 5), round(rng.uniform(36, 60), 5)],
             "agent": {"name": ag, "branch_phone": "see branch page", "email": f"sales@{ascii_fold(ag.split()[0]).lower() or 'agency'}.example.com"},
             "description": "Bright two-bed in the Georgian quarter, walking distance to Victoria Park and the Brunel bridge."}
        return json.dumps(d, ensure_ascii=False, indent=rng.choice([None, 2])), rng.choice(["rewrite the description for Instagram", "validate this against our listing schema"]), "portal_json"
    p = Person(rng, W, loc)
    d = {"lead_id": f"LD{digits(rng, 9)}", "listing_id": lid, "type": rng.choice(["viewing_request", "valuation_request", "private_seller"]),
         "contact": {"name": rec("person", p.name), "phone": rec("PHONE_NUMBER", p.phone), "email": rec("EMAIL_ADDRESS", p.email)},
         "message": rng.choice(["can we view saturday?", "mortgage in principle attached", "we're chain free"])}
    if rng.random() < 0.5:
        d["meta"] = {"ip": rec("IP_ADDRESS", p.ip), "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)"}
    if d["type"] == "valuation_request":
        d["contact"]["property"] = rec("STREET_ADDRESS", p.street)
    return json.dumps(d, ensure_ascii=False, indent=rng.choice([None, 2])), rng.choice(["draft a reply to this lead", "score this lead hot/warm/cold"]), "portal_lead_json"


def k_convey(rng, W, loc, rec, benign):
    ag = rng.choice(W.agencies[loc]); firm = rng.choice(W.contractors[loc]).split()[0] + " Solicitors"
    if benign:
        v = rng.randrange(2)
        if v == 0:
            return (f"COMPLETION STATEMENT (draft)\nTitle {title_no(rng)} | price {money(rng, 150000, 700000)} | SDLT {money(rng, 0, 30000)}\n"
                    f"Land Registry fee 150.00 | search pack 320.40\nPay balance to {firm} client account IBAN {iban(random.Random(rng.random()), rng.choice(['GB', 'IE', 'DE']))} (firm's client account, ref = matter no. {digits(rng, 6)})\n"
                    "Buyer: [BUYER 1] / [BUYER 2]", "check the arithmetic", "completion_statement")
        return (f"Cadastral reference / referencia catastral {rng.choice(['9872023VH5797S0001WX', '2749704YJ0624N0001DI'])}; title number {title_no(rng)}; "
                f"property UPRN {uprn(rng)}. Searches: local authority, drainage, environmental, chancel. Restrictive covenant of 1898 (Lord Ashcombe's estate) prohibits trade use.",
                "explain these searches to a first-time buyer", "file_note")
    p = Person(rng, W, loc)
    doc = (f"AML / KYC — {firm}\nClient: {rec('person', p.name)}\n{LOC[loc]['lab']['dob']}: {rec('DATE_OF_BIRTH', p.dob_s)}\n{pick_id(rng, p, rec)}\n"
           f"Source of funds: sale of {rec('STREET_ADDRESS', p.street)} + gift from parents\nCompletion monies from: {bank_line(rng, p, rec)}\nmatter {digits(rng, 6)}, agent {ag}")
    return doc, rng.choice(["is anything missing for CDD?", "draft the source-of-funds questionnaire", "summarise for the fee earner"]), "aml_sheet"


def k_meeting(rng, W, loc, rec, benign):
    ag = rng.choice(W.agencies[loc]); chair = rng.choice(W.people[loc])
    body = (f"Owners' meeting / Eigentümerversammlung / AG copropriété — {ag}\n1. Quorum: {rng.randint(51, 88)}% of shares present or by proxy.\n"
            f"2. Roof repair: quotes {money(rng, 40000, 90000)} and {money(rng, 40000, 90000)}; resolution passed {rng.randint(60, 90)}%.\n"
            f"3. Reserve fund top-up {rng.randint(5, 20)}%.\n")
    if benign:
        return body + "4. Arrears: units 7 and 12 (owners not named per house rules), total " + money(rng, 2000, 9000) + ". Managing agent's office line for queries.", \
            rng.choice(["write the minutes in formal style", "list action items with owners by role"]), "minutes_anon"
    p = Person(rng, W, loc)
    body += f"4. Arrears: {rec('person', p.name)} (unit {rng.randint(1, 30)}) owes {money(rng, 2000, 9000)}; agreed payment plan, contact {rec('PHONE_NUMBER', p.phone)}.\n"
    if rng.random() < 0.5:
        q = Person(rng, W, loc)
        body += f"5. Proxy: {rec('person', q.name)}, {rec('STREET_ADDRESS', q.street)}, votes for the owner of unit {rng.randint(1, 30)}.\n"
    return body, rng.choice(["write the minutes in formal style", "draft the arrears letter"]), "minutes"


def k_social(rng, W, loc, rec, benign):
    L = {**LOC[loc], **LOC[loc]["lab"]}
    if benign:
        v = rng.randrange(2)
        if v == 0:
            return (f"Allocation scheme {rng.randint(2023, 2026)}: Band A — urgent medical / statutory overcrowding; Band B — homeless duty owed; "
                    f"Band C — local connection, 2+ yrs. Bids per cycle: 3. Data: {rng.randint(2000, 9000)} households on register, median wait {rng.randint(11, 60)} months (aggregated).",
                    "explain the bands to an applicant in simple words", "policy_stats")
        return (f"Case note (anonymised for training): Applicant X, household of 4, 2-bed need, currently in B&B. Child C has asthma, GP letter on file. "
                f"Recommended Band A medical. {L['rep']}.", "is Band A justified? argue both sides", "anonymised_case")
    p = Person(rng, W, loc)
    kid = Person(rng, W, loc)
    mlab, mrn = rng.choice(['MRN', 'Hosp no.', 'K-Nr.']), digits(rng, rng.choice([7, 8]))
    doc = (f"Housing register application\nLead applicant: {rec('person', p.name)}, {L['dob']} {rec('DATE_OF_BIRTH', p.dob_s)}\n{pick_id(rng, p, rec)}\n"
           f"Household: son {rec('person', kid.first)} (age {rng.randint(2, 15)})\nMedical: COPD, wheelchair user; hospital ref {mlab} {rec('MEDICAL_RECORD', mrn)}\n"
           f"Current address: {rec('STREET_ADDRESS', p.street)} (overcrowded, 1 bed)\nSupport worker notes: anxious, prefers text on {rec('PHONE_NUMBER', p.phone)}")
    return doc, rng.choice(["assess banding under our scheme", "write the OT referral", "summarise for the allocations panel"]), "register_form"


def k_site(rng, W, loc, rec, benign):
    co = rng.choice(W.contractors[loc])
    if benign:
        v = rng.randrange(2)
        if v == 0:
            return (f"Site notice — principal contractor {co}. F10 notification no. {digits(rng, 7)}. Working hours 08:00-18:00 Mon-Fri, 08:00-13:00 Sat. "
                    f"Site office switchboard on hoarding. Scaffold tag inspection weekly. Emergency: 112/999.", "translate into Polish and Romanian for the crew", "site_notice")
        return (f"Defect schedule (surveyor)\nD01 cracked lintel over rear door, cat 2\nD02 missing cavity trays, cat 1\nD03 DPC bridged by render, cat 2\n"
                f"D04 Part M threshold >15mm, cat 3\nEPC {epc(rng)} | UPRN {uprn(rng)}", "prioritise and estimate costs", "defect_schedule")
    w = Person(rng, W, loc); e = Person(rng, W, loc)
    doc = (f"Site induction register — {co}\nWorker: {rec('person', w.name)} | {LOC[loc]['lab']['dob']}: {rec('DATE_OF_BIRTH', w.dob_s)} | {LOC[loc]['lab']['phone']}: {rec('PHONE_NUMBER', w.phone)}\n"
           f"Emergency contact: {rec('person', e.first)} (wife/husband) {rec('PHONE_NUMBER', e.phone)}\nTrade: dryliner | PPE issued | toolbox talk signed")
    if rng.random() < 0.4:
        doc += f"\nAccident book: slipped on scaffold ladder, wrist sprain. {pick_id(rng, w, rec)}"
    return doc, rng.choice(["check the register is complete", "draft the RIDDOR assessment", "turn into a table"]), "induction_register"


KINDS = {"repair_ticket": k_repair, "deposit_dispute": k_deposit, "tenancy_application": k_application, "rent_ledger": k_ledger,
         "planning_control": k_planning, "portal_listing": k_portal, "conveyancing": k_convey, "owners_meeting": k_meeting,
         "social_housing": k_social, "site_survey": k_site}


def incidental(rng, W, loc, kind, rec):
    doc, ask, style = KINDS[kind](rng, W, loc, rec, True)
    p = Person(rng, W, loc)
    v = rng.randrange(3)
    if v == 0:
        rel = rng.choice(["my mum", "my neighbour", "my partner", "our caretaker's wife", "my son"])
        add = f"PS {rel} {rec('person', p.first)} will be in to let them in."
    elif v == 1:
        add = f"(if the door code fails ring {rec('PHONE_NUMBER', p.phone)})"
    else:
        add = f"occupant born {rec('DATE_OF_BIRTH', p.dob_s)}, vulnerable — priority"
    lines = doc.split("\n")
    lines.insert(rng.randint(1, len(lines)), add)
    return "\n".join(lines), ask, style + " · incidental"


# ---------------------------------------------------------------- placement
SYSTEMS = ["You assist a residential lettings agency. Be concise.", "You help a housing association's repairs team.",
           "Du unterstützt eine Hausverwaltung.", "You are a conveyancing assistant. Do not give legal advice.",
           "Vous assistez un syndic de copropriété.", "You help a council planning and building-control team."]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4o", "hybridgate/auto"]
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "file_part", "text_parts", "tool_call_args", "tool_schema", "response_format", "user_field"]


def place(rng, doc, ask, mode, idx, rec_values):
    sysm = {"role": "system", "content": rng.choice(SYSTEMS)}
    body = {"model": rng.choice(MODELS)}
    if mode == "completions":
        body["prompt"] = f"{doc}\n\n### {ask}\n"
        body["max_tokens"] = rng.choice([256, 512, 800])
        return body
    if mode == "user":
        msgs = [sysm, {"role": "user", "content": rng.choice([f"{ask}\n\n{doc}", f"{doc}\n\n{ask}", f"{ask}:\n```\n{doc}\n```"])}]
    elif mode == "system":
        msgs = [{"role": "system", "content": sysm["content"] + "\nCase file:\n" + doc}, {"role": "user", "content": ask}]
    elif mode == "assistant_echo":
        msgs = [sysm, {"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": "Received:\n" + doc}, {"role": "user", "content": ask}]
    elif mode == "tool_result":
        cid = f"call_{digits(rng, 6)}"
        msgs = [sysm, {"role": "user", "content": ask + " (pull it from the CRM)"},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "crm_fetch", "arguments": json.dumps({"case": f"C{digits(rng, 6)}"})}}]},
                {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif mode == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {"filename": rng.choice(["ticket.txt", "export.csv", "form.txt", "minutes.txt"]), "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif mode == "text_parts":
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif mode == "tool_call_args":
        cid = f"call_{digits(rng, 6)}"
        msgs = [sysm, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "save_record", "arguments": json.dumps({"source_text": doc, "queue": "housing"}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": "{\"ok\": true}"}, {"role": "user", "content": "now do it"}]
    elif mode == "tool_schema":
        msgs = [sysm, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": "file_case", "description": "Files a housing case. Example of an input document:\n" + doc,
                                                            "parameters": {"type": "object", "properties": {"summary": {"type": "string"}, "priority": {"type": "string", "enum": ["P1", "P2", "P3", "P4"]}}, "required": ["summary"]}}}]
    elif mode == "response_format":
        msgs = [sysm, {"role": "user", "content": ask}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "housing_extract", "schema": {"type": "object", "description": "Extract from: " + doc,
                                                                                                              "properties": {"fields": {"type": "object"}}}}}
    else:  # user_field
        msgs = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        em = [v for t, v in rec_values if t == "EMAIL_ADDRESS"]
        body["user"] = em[0] if em else f"portal-session-{digits(rng, 10)}"
    body["messages"] = msgs
    return body


def haystack(body):
    out = []

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)
            out.append(urllib.parse.unquote(x))
            if x.startswith("data:") and ";base64," in x:
                out.append(base64.b64decode(x.split(",", 1)[1]).decode("utf-8"))
            s = x.strip()
            if s[:1] in "{[":
                try:
                    walk(json.loads(s))
                except ValueError:
                    pass
    walk(body)
    return "\n".join(out) + "\n" + json.dumps(body, ensure_ascii=False)


def entities_of(body, issued):
    h = haystack(body)
    ents, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        seen.add((t, v))
        if v and v in h:
            ents.append({"type": t, "value": v})
    return ents


# ---------------------------------------------------------------- complexity
SIMPLE = [("en", "What does 'tenancy at will' mean? one line pls"), ("en", "convert {a} sq ft to m2"), ("en", "spell out HMO and EPC"),
          ("en", "write a one-line reminder that bins go out on Tuesday"), ("en", "is 'fair wear and tear' one word or three? quick"),
          ("de", "Was heißt 'Nebenkostenabrechnung' auf Englisch?"), ("de", "Rechne {a} m² in Quadratfuß um."), ("fr", "Que veut dire « état des lieux » en anglais ?"),
          ("fr", "Écris un SMS court pour confirmer la visite de {h}h demain."), ("es", "¿Cómo se dice 'fianza' en inglés?"), ("pl", "Jak jest 'kaucja' po angielsku?"),
          ("ja", "「敷金」を英語で何と言いますか？"), ("zh", "“押金”用英语怎么说？"), ("ko", "'관리비'를 영어로 뭐라고 해요?"), ("ru", "Переведи на английский: «протекает крыша»"),
          ("it", "Come si dice 'caparra' in inglese?"), ("nl", "Wat is 'servicekosten' in het Engels?"), ("tr", "'Aidat' İngilizcede ne demek?"),
          ("pt-BR", "Como se diz 'fiador' em inglês?"), ("en", "rent is {r} a month, what is that per week? (x12/52)"), ("sv", "Vad betyder 'andrahandsuthyrning' på engelska?"),
          ("el", "Πώς λέγεται 'κοινόχρηστα' στα αγγλικά;"), ("he", "איך אומרים 'ועד בית' באנגלית?"), ("en", "give me 3 synonyms for 'spacious' for a listing")]
HARD = [("en", "BTL: price {p}k, 25% deposit, interest-only at {i}%, rent {r}/m, voids 4%, costs 18%, higher-rate taxpayer under s.24. Compute after-tax cash yield and 7-yr IRR at 2.5% growth vs. a 4% index fund; state which assumptions flip the answer."),
        ("en", "Lease extension, {y} yrs unexpired, ground rent £{g} doubling every 25 yrs, FH value £{p}k: estimate the premium incl. marriage value at 5% deferment and 6% capitalisation, and explain the relativity choice."),
        ("en", "C24 timber joists at 400 c/c spanning {s} m, imposed 1.5 kN/m², dead 0.5 kN/m²: pick a section per EC5 checking bending, shear and deflection (L/333), showing kmod and ksys."),
        ("en", "Service charge: 14 flats weighted by floor area, two ground-floor shops exempt from lift costs, lift repair £{q}. Work each share, then say whether s.20 consultation was needed and the consequence if skipped."),
        ("de", "WEG-Reform: Ein Eigentümer verlangt eine Wallbox (§ 20 Abs. 2 WEG). Wer trägt Bau-, Folge- und Stromkosten nach § 21 WEG, und wie ändert sich das, wenn die Mehrheit die Nutzung für alle beschließt? Mit Begründung."),
        ("fr", "Copropriété : ravalement de {q} € voté à l'art. 25, un copropriétaire conteste pour défaut de mise en concurrence. Analysez les délais (art. 42), le risque d'annulation et la stratégie du syndic."),
        ("es", "Calcula la actualización de renta con el límite del índice de referencia 2025 para un contrato de {r} €/mes firmado en 2022, y razona si el arrendador puede repercutir el IBI y la tasa de basuras."),
        ("ja", "原状回復ガイドラインに基づき、入居{y}年後のクロス張替え費用{q}円の借主負担額を耐用年数6年で計算し、特約が有効となる条件を説明してください。"),
        ("zh", "某小区加装电梯，一楼至六楼业主分摊比例如何设计才能通过“双三分之二”表决？请给出计算方案并分析一楼业主的补偿依据。"),
        ("pl", "Wspólnota mieszkaniowa: uchwała o podwyższeniu zaliczek o {i}% przyjęta w trybie indywidualnego zbierania głosów. Czy jest skuteczna wobec właściciela, który nie głosował? Przeanalizuj art. 23 i 25 uoWL."),
        ("en", "Heat-pump sizing: 1930s semi, {a} m² floor, wall U 1.6→0.3 after EWI, ACH 1.0, design -3°C/21°C. Estimate heat loss before/after and size the unit; discuss flow temperature and emitter upgrades."),
        ("it", "Condominio: la ripartizione delle spese per il rifacimento del lastrico solare ad uso esclusivo (art. 1126 c.c.) con {q} € di spesa; calcola le quote per 8 unità con millesimi diversi e discuti i casi di infiltrazione."),
        ("en", "Renters' Rights Act vs. the old s.21 regime: for a landlord selling with a tenant in situ, map which grounds apply, notice periods, and the evidence needed; flag the transitional rules."),
        ("ko", "전세보증금 {q}만원, 선순위 근저당 채권최고액 비율이 시세의 {i}0%일 때 경매 시 회수 가능성을 추정하고, 전세보증보험 가입 요건과 비교해 분석해 주세요.")]
LONG_EASY_ASKS = [("en", "sort these by unit number, nothing else"), ("en", "make this a markdown table"), ("de", "nur die Spaltenüberschriften ins Deutsche übersetzen"),
                  ("fr", "compte combien de lignes mentionnent 'chaudière'"), ("es", "quita los duplicados"), ("pl", "zrób z tego listę punktowaną"),
                  ("ja", "日付順に並べ替えてください"), ("en", "fix capitalisation only"), ("nl", "zet dit om naar CSV met puntkomma's"), ("zh", "把这个列表按楼栋分组")]
ITEMS = ["boiler pressure low", "chaudière en panne", "leaking tap", "mould in bathroom", "broken entry phone", "door closer loose", "light out stairwell B",
         "gutter blocked", "window won't lock", "smoke alarm chirping", "fence panel down", "damp patch ceiling", "bins not collected", "lift out of service"]
LONG_HARD_ASKS = [("en", "Reconcile these service-charge accounts against the lease apportionment clauses, identify every overcharge with the clause it breaches, check whether s.20 consultation applied to each major item, and draft a reasoned challenge for the tribunal with calculations."),
                  ("en", "Using the survey findings, produce a prioritised remediation programme: sequence works by risk and dependency, estimate costs with ranges, identify Building Safety Act duty-holder obligations, and argue which items can be recovered through the service charge."),
                  ("de", "Prüfe die Klauseln des Mietvertrags auf Unwirksamkeit nach §§ 307 ff. BGB (Schönheitsreparaturen, Kleinreparaturen, Indexmiete), erkläre Wechselwirkungen und gib eine begründete Empfehlung mit Rechtsprechung."),
                  ("fr", "Analysez ce procès-verbal d'AG : identifiez les résolutions adoptées à une mauvaise majorité, les risques de contestation dans le délai de deux mois, et proposez une stratégie chiffrée pour le syndic."),
                  ("en", "Rebut the appellant's planning statement point by point against the development plan and NPPF, weigh harm to the conservation area against public benefits, and draft the council's statement of case conclusions."),
                  ("es", "Revisa las actas y el presupuesto: calcula la derrama por coeficiente para cada piso, detecta acuerdos nulos o anulables según la LPH y redacta un informe para la junta con alternativas de financiación.")]


def lines_block(rng, n):
    out = []
    for i in range(n):
        out.append(f"{i + 1}. Block {rng.choice('ABCD')} unit {rng.randint(1, 60)} — {rng.choice(ITEMS)} — raised 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} — status {rng.choice(['open', 'closed', 'awaiting parts'])}")
    return "\n".join(out)


def lease_doc(rng):
    cl = []
    for i in range(rng.randint(9, 14)):
        cl.append(rng.choice([
            f"Clause {i + 1}. The Lessee shall pay {rng.randint(3, 12)}.{rng.randint(0, 9)}% of the Total Expenditure incurred in respect of the Building, save that costs of the lift shall be borne only by flats on floors 1-5.",
            f"Clause {i + 1}. The Lessor may establish a reserve fund not exceeding £{rng.randint(5, 40)},000 per annum, to be held on trust under s.42 LTA 1987.",
            f"Clause {i + 1}. Management fee: £{rng.randint(180, 420)} per flat per annum plus VAT; no other administration charges save as set out in Schedule {rng.randint(3, 7)}.",
            f"Clause {i + 1}. Insurance commission received by the Lessor shall be credited to the service charge account.",
            f"Clause {i + 1}. Accounts: year-end {rng.choice(['31 March', '24 June', '31 December'])}; certificate within 6 months; balancing charge payable within 28 days."]))
    acc = "\n".join(f"{item},{rng.randint(800, 38000)}.{rng.choice(['00', '40', '95'])}" for item in
                    rng.sample(["lift repair", "roof works", "management fee", "insurance", "cleaning", "gardening", "reserve transfer", "legal fees", "fire risk assessment", "CCTV", "door entry upgrade", "external decoration"], 9))
    return "LEASE EXTRACT\n" + "\n".join(cl) + "\n\nACCOUNTS (item,GBP)\n" + acc + "\n\nSURVEY NOTES\n" + lines_block(rng, rng.randint(8, 14))


def complexity(rng):
    recs = []
    for i in range(47):
        lang, q = SIMPLE[i % len(SIMPLE)]
        q = q.format(a=rng.randint(200, 2400), h=rng.randint(9, 18), r=rng.choice([950, 1200, 1475, 2100]))
        recs.append(("short_simple", 0, lang, "question/" + ("en" if lang == "en" else "translate"), q))
    for i in range(50):
        lang, ask = LONG_EASY_ASKS[i % len(LONG_EASY_ASKS)]
        doc = lines_block(rng, rng.randint(16, 32))
        while len(doc) < 1500:
            doc += "\n" + lines_block(rng, 4)
        recs.append(("long_easy", 0, lang, "reformat/repairs_log", rng.choice([f"{ask}\n\n{doc}", f"{doc}\n\n{ask}"])))
    for i in range(48):
        lang, q = HARD[i % len(HARD)]
        q = q.format(p=rng.randint(180, 650), i=rng.choice([4, 5, 6, 7]), r=rng.randint(900, 2600), y=rng.randint(55, 84), g=rng.choice([150, 250, 400]),
                     s=rng.choice([3.6, 4.2, 4.8]), q=rng.randint(18, 95) * 1000, a=rng.randint(85, 140))
        recs.append(("short_hard", 1, lang, "reasoning/housing", q))
    for i in range(45):
        lang, ask = LONG_HARD_ASKS[i % len(LONG_HARD_ASKS)]
        recs.append(("long_hard", 1, lang, "analysis/housing", f"{lease_doc(rng)}\n\n{ask}"))
    out = []
    for n, (cat, label, lang, style, text) in enumerate(recs):
        if cat == "long_easy":
            assert len(text) >= 1500
        sysm = rng.choice(SYSTEMS)
        body = {"model": rng.choice(MODELS), "messages": [{"role": "system", "content": sysm}, {"role": "user", "content": text}]} if rng.random() < 0.6 else \
            {"model": rng.choice(MODELS), "messages": [{"role": "user", "content": text}]}
        out.append({"category": cat, "label": label, "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang, "style": style, "body": body})
    rng.shuffle(out)
    for n, r in enumerate(out, 1):
        r["id"] = f"{SPLIT}-cx-{n:04d}"
    return [{k: r[k] for k in ("id", "category", "label", "length_adversarial", "endpoint", "lang", "style", "body")} for r in out]


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260314)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    W = World(rng)
    plan = []
    for kind in KINDS:
        for j in range(50):
            plan.append((kind, j < 29, j < 29 and j % 8 == 3))
    rng.shuffle(plan)
    pii = []
    for n, (kind, sens, inc) in enumerate(plan):
        loc = LOCALES[(n * 7 + n // 22) % len(LOCALES)]
        rec = Rec()
        if inc:
            doc, ask, style = incidental(rng, W, loc, kind, rec)
        else:
            doc, ask, style = KINDS[kind](rng, W, loc, rec, not sens)
        mode = "completions" if n % 10 == 6 else PLACEMENTS[(n + n // 10) % len(PLACEMENTS)]
        body = place(rng, doc, ask, mode, n, rec.issued)
        ents = entities_of(body, rec.issued)
        assert bool(ents) == sens, (kind, sens, loc, rec.issued)
        if not sens:
            assert not rec.issued
        for e in ents:
            if e["type"] == "PHONE_NUMBER":
                check(phonenumbers.is_valid_number(phonenumbers.parse(e["value"], LOC[loc]["region"])), "phone", e["value"])
        pii.append({"id": f"{SPLIT}-pii-{n + 1:04d}", "category": kind if sens else kind + "_benign", "sensitive": sens, "entities": ents,
                    "endpoint": "completions" if mode == "completions" else "chat", "lang": loc, "style": f"{style} · {mode}", "body": body})
    cx = complexity(rng)
    out = pathlib.Path(a.out); out.mkdir(parents=True, exist_ok=True)
    for name, rows in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    c = collections.Counter
    print(f"pii: {len(pii)} records, {sum(r['sensitive'] for r in pii)} sensitive / {sum(not r['sensitive'] for r in pii)} benign, "
          f"{len(set(r['lang'] for r in pii))} locales, completions {sum(r['endpoint'] == 'completions' for r in pii)}, "
          f"incidental {sum('incidental' in r['style'] for r in pii)}")
    print("categories:", dict(sorted(c(r["category"] for r in pii).items())))
    print("entity types:", dict(sorted(c(e["type"] for r in pii for e in r["entities"]).items())))
    print("placements:", dict(sorted(c(r["style"].split(" · ")[-1] for r in pii).items())))
    print(f"complexity: {len(cx)} records, {dict(sorted(c(r['category'] for r in cx).items()))}, adversarial {sum(r['length_adversarial'] for r in cx)}, "
          f"label1 {sum(r['label'] for r in cx)}, langs {len(set(r['lang'] for r in cx))}")
    print("freeze rejections per pool:", sum(REJECTED.values()), "entries dropped;", "pools affected:", len(REJECTED))


if __name__ == "__main__":
    main()
