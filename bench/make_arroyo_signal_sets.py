#!/usr/bin/env python3
"""Arroyo: a blind evaluation split for the request signals, set in the world of CHILDCARE, FOSTERING,
ADOPTION AND CHILDREN'S SOCIAL WORK.

World
    Nurseries and childminders, foster carers and fostering agencies, adoption panels, children's social
    workers and their case notes, family courts' welfare reports, parent groups, school safeguarding leads,
    youth workers, regulators' inspection notices, and the software these people use (case-management
    exports, rota tools, payment portals). Everybody pipes their text through an LLM-backed assistant.

How it was written
    Blind: its author read only the split brief, the first 70 lines of make_delta_signal_sets.py (record
    schema, label conventions) and the first two lines of the two delta jsonl files. No detector, test,
    evaluator, result, policy, doc or history was read. The other generators are only scanned automatically
    at run time (``frozen_words``); every pool of invented names, streets, localities, organisations and
    placeholders is filtered against that word set and refilled from invented locale-typical syllables.

Organising principle
    By the KIND of message the people of this world send: intake/referral, case_note, correspondence,
    scheduling (rotas, contact sessions), complaint, export (case-management CSV), notice (public notices,
    inspection notices), form (carer applications, consent forms), chat (parent / carer group chats), each
    with sensitive and benign variants, rotated over 22 locales in 10 scripts (Latin, Cyrillic, Greek,
    Hebrew, Arabic, Devanagari, Thai, Han, Kana, Hangul), with the jargon of the trade (LAC, FC, CiN, CP,
    PEP, SGO, IRO, LADO, Kita, ASE, PMI ...), typos and code-switching between English and the locale.

    Where the line was drawn: personal data is anything identifying a PRIVATE person -- a child, parent,
    carer, childminder or applicant: a name (also a bare first name with a relation or role cue), personal
    phone, personal e-mail, home address, birth date, national / tax / health numbers, IBAN, US routing +
    account, card number, a private user's public IP. Not personal data (benign hard negatives of the same
    world): historical pedagogues and cited authors (Montessori, Bowlby, Korczak ...), fictional children,
    eponyms (Apgar score, Montessori method), organisations' switchboards and role mailboxes, child
    helplines and emergency numbers, case / invoice / booking / inspection reference numbers, registration
    numbers of settings, documentation values (RFC 5737 / 3849 addresses, example.com), test card numbers,
    placeholders, blank forms, aggregated or already-anonymised texts.

Labels
    PII: ``entities`` is a list of {"type", "value"} found by SEARCHING the serialised body (base64 file
    parts decoded, URLs unquoted) for every value the record issued; a value left out is not labelled;
    ``sensitive`` is true iff entities is non-empty (asserted). Categories ``<kind>`` / ``<kind>_benign``.
    Complexity: short_simple 0, long_easy 0 (>= 1,500 chars), short_hard 1, long_hard 1; short_hard and
    long_easy are length_adversarial.

Contents (seed 63018275; the run prints the counts)
    pii_arroyo.jsonl: 504 requests (9 kinds x 56: 33 sensitive + 23 benign each = 297 / 207, 58.9%),
    455 chat / 49 completions, 22 locale tags in 10 scripts; 36 of the sensitive ones (12.1%) carry a single
    incidental item. Entity labels: PERSON 502, LOCATION 203, PHONE_NUMBER 243, DATE_TIME 152, EMAIL 74,
    NATIONAL_ID 38, IBAN_CODE 30, CREDIT_CARD 29, IP_ADDRESS 29, TAX_ID 10, HEALTH_INSURANCE 4,
    US_BANK_NUMBER 4, ssn 4. Freeze: 284 pool entries dropped (given 95, family 75, street 34, locality 29,
    historic 23, fiction 13, eponym 8, placeholder 7) and refilled where invented.
    complexity_arroyo.jsonl: 192 chat requests in 20 language tags, 48 per category; 96 length-adversarial,
    96 labelled 1.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (SSN, ABA, NHS,
    Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat
    Zehut, Aadhaar, Thai PIN, RRN, Chinese RIC, IBAN, Luhn); phone numbers are valid for their region with
    ``phonenumbers``; IPs are global. The run aborts on an invalid value; every retry loop is capped.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_arroyo_signal_sets.py [--seed 63018275] [--out bench/data/signals]
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
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

SPLIT = "arroyo"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 63018275
CAP = 5000

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma "
                  "lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer "
                  "zeugen solfatara bergschrund kopje outwash inlier ravine caldera bluff doline gour klint").split()
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


EXEMPT = set("""street st road rd lane close way avenue ave drive dr court rue allée chemin via viale piazza corso
calle avenida plaza paseo straße strasse weg platz gasse allee ring str laan straat plein ul ulica al aleja rua
travessa praça gatan vägen väg gränd sokak sokağı caddesi cad mah mahallesi sk no ул улица пр проспект пер вул вулиця
просп οδός οδ λεωφ רחוב רח شارع حي मार्ग नगर गली ซอย ถนน 路 街 号 丁目 番地 로 길 동 de la le les du des van der den
von zu di da do dos das del y e and of the el al bin ibn nursery kita crèche creche asilo nido fostering agency
centre center house family trust school""".split())
FROZEN: set = set()
DROPPED = collections.Counter()


def clean(entries, kind, refill=None, rng=None, want=None, names_only=False):
    """Drop pool entries sharing a word / non-ASCII bigram with FROZEN; refill from invented parts (capped)."""
    out = []
    def ok(e):
        toks = [t.lower() for t in WORD.findall(e)]
        for i, t in enumerate(toks):
            if t in EXEMPT or t.isdigit():
                continue
            if names_only and not any(w[:1].isupper() and w.lower() == t for w in WORD.findall(e)):
                continue  # eponyms: only the capitalised name-bearing words are checked
            if t in FROZEN:
                return False
            if i and any(ord(c) > 127 for c in t) and any(ord(c) > 127 for c in toks[i - 1]) \
                    and f"{toks[i-1]} {t}" in FROZEN:
                return False
        return True
    for e in entries:
        if ok(e) and e not in out:
            out.append(e)
        else:
            DROPPED[kind] += 1
    want = want or len(entries)
    tries = 0
    while refill and len(out) < want and tries < CAP:
        tries += 1
        e = refill(rng)
        if ok(e) and e not in out:
            out.append(e)
        else:
            DROPPED[kind] += 1
    if not out:
        raise SystemExit(f"pool {kind} empty after freeze")
    return out


# ---------------------------------------------------------------------------------------------- locales
# code, script, region, name order, given syllables, family syllables, family suffixes, seed given, seed family,
# street template, locality seeds, labels (name, dob, address, phone, id), note sentence, notice sentence,
# e-mail providers, id kind, iban country, date style
LOC = [
 dict(code="en-GB", script="Latin", region="GB", order="gf", gs="Bren Cal Dar Ell Fen Jor Kel Lor Mar Ros Tam Wyn".split(),
      ge="a ie en an ey ella ton".split(), fs="Ash Brack Cor Dun Hal Pen Rad Thorn Whit Yar".split(), fe="ley well by ridge sworth combe".split(),
      street="{n} {r} Close", city="Brackenford Ulsworth Hadderley Penmoor".split(), post=lambda r: f"{r.choice('BS LS NE HU')}{r.randint(1,19)} {r.randint(1,9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTU')}",
      lab=("Child", "DOB", "Home address", "Tel", "NHS no."), note="Contact went ok, bit unsettled at handover, FC says bedwetting again since Tues.",
      notice="Setting closed Monday for INSET, normal drop-off resumes Tuesday 7.45.", mail="gmail.com hotmail.co.uk btinternet.com".split(),
      idk="nhs", iban="GB", date="dmy/"),
 dict(code="en-US", script="Latin", region="US", order="gf", gs="Bray Cor Dal Jax Kay Lan Mac Ree Sky Tav".split(),
      ge="den lyn son ah ie ton".split(), fs="Bell Crom Dov Gar Hollis Kend Mar Stan Wex".split(), fe="field ham ley more son wick".split(),
      street="{n} {r} Ave", city="Pellston Marrowville Oakhurst Dunmere".split(), post=lambda r: f"{r.choice(['OH','KY','IN','TN'])} {r.randint(40000,47999)}",
      lab=("Child", "DOB", "Address", "Cell", "SSN"), note="Visit was fine, kiddo clingy at pickup, foster mom says night terrors are back.",
      notice="Center closed Monday for staff training; regular hours resume Tuesday 6:30am.", mail="gmail.com yahoo.com icloud.com".split(),
      idk="ssn", iban=None, date="mdy/"),
 dict(code="de-DE", script="Latin", region="DE", order="gf", gs="Jan Lin Mar Fen Ole Ten Wie Hau Rie Kas".split(),
      ge="ja ke nik tje ma ten".split(), fs="Brem Hal Kort Lind Mör Senn Wal Zell".split(), fe="ing mann hofer beck städt".split(),
      street="{r}weg {n}", city="Hollbach Wendstedt Ummerfeld Lauterhain".split(), post=lambda r: f"{r.randint(10000,99999)}",
      lab=("Kind", "geb.", "Anschrift", "Tel.", "Steuer-ID"), note="Umgang verlief ruhig, Kind bei Übergabe etwas weinerlich, PM berichtet Einnässen.",
      notice="Die Kita bleibt am Brückentag geschlossen, Notbetreuung nach Anmeldung.", mail="web.de gmx.de t-online.de".split(),
      idk="steuer", iban="DE", date="dmy."),
 dict(code="fr-FR", script="Latin", region="FR", order="gf", gs="Ma Lé Ro Cé Jo Ti Nol Sa Gui Au".split(),
      ge="line no rian zie lie dric".split(), fs="Bou Char Dela Fau Lam Mor Pel Ver".split(), fe="rand tier chaud vin lain mont".split(),
      street="{n} rue des {r}", city="Vaulmont Sercy-le-Bois Aubrenne Chalvry".split(), post=lambda r: f"{r.randint(10,95)}{r.randint(100,999)}",
      lab=("Enfant", "Né(e) le", "Adresse", "Tél.", "N° sécu"), note="Visite médiatisée calme, l'enfant a pleuré au départ, l'ASE est informée.",
      notice="La crèche sera fermée le pont de l'Ascension, accueil assuré par la halte-garderie.", mail="orange.fr free.fr laposte.net".split(),
      idk="nir", iban="FR", date="dmy/"),
 dict(code="es-ES", script="Latin", region="ES", order="gf", gs="Al Bea Ca Dio Ma Ne Ro Sa Te Iru".split(),
      ge="ra na cio lia do nes".split(), fs="Ba Cer Gal Lo Mon Ru Va Zu".split(), fe="rrueco ñeda lindo quera villa rreta".split(),
      street="Calle {r} {n}", city="Villalbar Cerrejo Montiñán Rualba".split(), post=lambda r: f"{r.randint(10,52):02d}{r.randint(0,999):03d}",
      lab=("Menor", "F. nac.", "Domicilio", "Tlf.", "DNI"), note="La visita supervisada fue tranquila, el menor lloró al final, lo comento con la EAIA.",
      notice="La escuela infantil cierra el puente de mayo, servicio de guardia con inscripción.", mail="gmail.com hotmail.es yahoo.es".split(),
      idk="dni", iban="ES", date="dmy/"),
 dict(code="it-IT", script="Latin", region="IT", order="gf", gs="Ar Ber Cla Dal Gio Lu Ma Ric Sil Ve".split(),
      ge="ina etta ino ello ia aldo".split(), fs="Bar Cas Fer Gal Mor Pes Sco Vel".split(), fe="ucci etti ini one aro elli".split(),
      street="Via {r} {n}", city="Borgovalle Castelmerlo Pianoro Sanfrate".split(), post=lambda r: f"{r.randint(10000,98168)}",
      lab=("Minore", "nato/a il", "Residenza", "Cell.", "C.F."), note="Incontro protetto sereno, il minore ha pianto al distacco, aggiorno il TM.",
      notice="L'asilo nido resta chiuso per il ponte, riapertura lunedì ore 7.30.", mail="libero.it gmail.com virgilio.it".split(),
      idk="cf", iban="IT", date="dmy/"),
 dict(code="nl-NL", script="Latin", region="NL", order="gf", gs="Bas Fem Jel Lie Maar Noor Sjo Wou Ties Ruu".split(),
      ge="ke tje le rd s ien".split(), fs="Bak Drie Hoek Kamp Mol Ste Vel Wou".split(), fe="stra huis kamp dijk man berg".split(),
      street="{r}straat {n}", city="Oudewerve Hillegaard Brommeer Zandwijk".split(), post=lambda r: f"{r.randint(1000,9999)} {r.choice('ABCDEFGHJKLMNPRS')}{r.choice('ABCDEFGHJKLMNPRS')}",
      lab=("Kind", "geb.", "Adres", "Tel", "BSN"), note="Omgangsmoment rustig verlopen, kind huilde bij afscheid, JBT is op de hoogte.",
      notice="Het kinderdagverblijf is gesloten op de studiedag, BSO draait normaal.", mail="ziggo.nl kpnmail.nl gmail.com".split(),
      idk="bsn", iban="NL", date="dmy-"),
 dict(code="pl-PL", script="Latin", region="PL", order="gf", gs="Ag Bo Da Ja Ka Mi Ola Ro Ze Wi".split(),
      ge="nieszka dan sia weł mila tosz".split(), fs="Brzo Cho Dąb Kowa Lis Ruda Wierz Żu".split(), fe="wski wska cki ńska rek ła".split(),
      street="ul. {r} {n}", city="Brzezinów Dąbrowiec Lesznik Wolanów".split(), post=lambda r: f"{r.randint(10,99)}-{r.randint(100,999)}",
      lab=("Dziecko", "ur.", "Adres", "Tel.", "PESEL"), note="Kontakt przebiegł spokojnie, dziecko płakało przy pożegnaniu, PCPR poinformowane.",
      notice="Żłobek będzie nieczynny w piątek po święcie, dyżur w sali nr 2.", mail="wp.pl onet.pl o2.pl".split(),
      idk="pesel", iban="PL", date="dmy."),
 dict(code="pt-BR", script="Latin", region="BR", order="gf", gs="Ra Lu Ta Gi Ma Thi Ke Da Jo Bia".split(),
      ge="ele ago ane ison ara elo".split(), fs="Bra Car Fa Lou Mo Rez Sal Tei".split(), fe="ndão valho rias reiro ende xeira".split(),
      street="Rua {r}, {n}", city="Pedralva Santo Anselmo Vargelinha Itaporé".split(), post=lambda r: f"{r.randint(10000,99999)}-{r.randint(100,999)}",
      lab=("Criança", "Nasc.", "Endereço", "Cel.", "CPF"), note="A visita assistida foi tranquila, a criança chorou na despedida, CREAS ciente.",
      notice="A creche estará fechada na sexta por planejamento pedagógico.", mail="gmail.com uol.com.br bol.com.br".split(),
      idk="cpf", iban=None, date="dmy/"),
 dict(code="sv-SE", script="Latin", region="SE", order="gf", gs="Al Bo El Fri Hu Li Mo Sa Ti Vi".split(),
      ge="va ra got lle nda ke".split(), fs="Berg Dahl Ek Fors Lind Sjö Ström Vik".split(), fe="kvist gren holm mark lund ström".split(),
      street="{r}gatan {n}", city="Bjärnvik Löderup Tallhed Östermo".split(), post=lambda r: f"{r.randint(100,984)} {r.randint(10,99)}",
      lab=("Barn", "Född", "Adress", "Tel", "Personnr"), note="Umgänget gick lugnt, barnet grät vid överlämningen, familjehemssekreteraren vet.",
      notice="Förskolan är stängd på planeringsdagen, fritids öppet som vanligt.", mail="telia.com gmail.com hotmail.se".split(),
      idk="pnr", iban="SE", date="ymd-"),
 dict(code="tr-TR", script="Latin", region="TR", order="gf", gs="Ay Be Ce Do Ege Ha Ke Mer Se Yu".split(),
      ge="lin rk ren han nur su".split(), fs="Ak Bal Ça Dur Er Kar Öz Yıl".split(), fe="soy kaya doğan men tekin taş".split(),
      street="{r} Sokak No:{n}", city="Yeşilova Karaburun Dereköy Akçalı".split(), post=lambda r: f"{r.randint(1,81):02d}{r.randint(100,999)}",
      lab=("Çocuk", "D.T.", "Adres", "Tel", "TCKN"), note="Görüşme sakin geçti, çocuk ayrılırken ağladı, ASHB bilgilendirildi.",
      notice="Kreş bayram arifesinde kapalıdır, nöbetçi öğretmen bulunacaktır.", mail="gmail.com hotmail.com yandex.com".split(),
      idk="tckn", iban="TR", date="dmy."),
 dict(code="ru-RU", script="Cyrillic", region="RU", order="fg", gs="Ве Ли Ми Ра Зо Ка Та Ва Ни Ле".split(),
      ge="ра на ся лия рина дим".split(), fs="Бел Вор Гри Ду Жур Кос Лап Сор".split(), fe="ова ина ской енко цова ева".split(),
      street="ул. {r}, д. {n}", city="Верхнеозёрск Прилужье Каменск-Подгорный Ясногорье".split(), post=lambda r: f"{r.randint(101000,692999)}",
      lab=("Ребёнок", "Дата рожд.", "Адрес", "Тел.", "ИНН"), note="Встреча прошла спокойно, ребёнок плакал при расставании, опека в курсе.",
      notice="Детский сад закрыт на санобработку в пятницу, дежурная группа работает.", mail="mail.ru yandex.ru bk.ru".split(),
      idk="inn", iban=None, date="dmy."),
 dict(code="uk-UA", script="Cyrillic", region="UA", order="fg", gs="Ок Да Ма Ір Ол Ор Со Бо Те Ус".split(),
      ge="сана рина ля ина ко дій".split(), fs="Бон Гнат Кор Лев Мир Павл Сем Ткач".split(), fe="енко чук ишин ська як ець".split(),
      street="вул. {r}, {n}", city="Зеленопілля Новоярів Березань-Лісова Світлодар".split(), post=lambda r: f"{r.randint(10000,99999)}",
      lab=("Дитина", "Дата нар.", "Адреса", "Тел.", "РНОКПП"), note="Зустріч пройшла спокійно, дитина плакала під час прощання, ССД повідомлено.",
      notice="Дитячий садок зачинено в п'ятницю на санобробку.", mail="ukr.net gmail.com i.ua".split(),
      idk="rntrc", iban="UA", date="dmy."),
 dict(code="el-GR", script="Greek", region="GR", order="fg", gs="Αγ Δη Ευ Κα Μυ Νε Σο Χρ Φω Ιω".split(),
      ge="γελική μήτρης ρίνα σταθία ρσίνη άννης".split(), fs="Παπα Καρα Μαυρο Σταυ Τσα Βλα".split(), fe="δοπούλου γιάννη κώστα ρίδη λάκη θάκης".split(),
      street="{r} {n}", city="Κάτω Λιβάδι Νέα Μηλιά Άνω Ρόδα Παλαιοχώρι Σερβίων".split(), post=lambda r: f"{r.randint(100,851)} {r.randint(10,99)}",
      lab=("Παιδί", "Ημ. γέν.", "Διεύθυνση", "Τηλ.", "ΑΜΚΑ"), note="Η εποπτευόμενη επίσκεψη ήταν ήρεμη, το παιδί έκλαψε στον αποχωρισμό.",
      notice="Ο παιδικός σταθμός θα παραμείνει κλειστός την Παρασκευή.", mail="gmail.com yahoo.gr otenet.gr".split(),
      idk="amka", iban="GR", date="dmy/"),
 dict(code="he-IL", script="Hebrew", region="IL", order="gf", gs="אור נו טל שי רו עד גל מי".split(),
      ge="ית אל ן ה ני רון".split(), fs="בר גול דר חז לב נח רז שפ".split(), fe="ון ניק רי מן אי זון".split(),
      street="רחוב {r} {n}", city="גבעת הדס כפר אלונה נווה שקמה מצפה ירדן".split(), post=lambda r: f"{r.randint(1000000,9999999)}",
      lab=("ילד/ה", "ת. לידה", "כתובת", "טל'", "ת\"ז"), note="המפגש בפיקוח עבר בשקט, הילד בכה בפרידה, העו\"ס עודכנה.",
      notice="הגן יהיה סגור ביום שישי לרגל חופשה, צהרון כרגיל.", mail="gmail.com walla.co.il 012.net.il".split(),
      idk="tz", iban="IL", date="dmy."),
 dict(code="ar-AE", script="Arabic", region="AE", order="gf", gs="مر سل نو هد را لي جم عا".split(),
      ge="يم ى ان ة ال ور".split(), fs="الزر القم النب الصف الحو الرم".split(), fe="اوي يري اني ودي ابي".split(),
      street="شارع {r}، فيلا {n}", city="الرحبة الخوانيج البديع مليحة".split(), post=lambda r: f"ص.ب {r.randint(1000,99999)}",
      lab=("الطفل", "تاريخ الميلاد", "العنوان", "هاتف", "IBAN"), note="مرت الزيارة تحت الإشراف بهدوء، وبكى الطفل عند الوداع.",
      notice="تغلق الحضانة يوم الخميس بمناسبة العطلة الرسمية.", mail="gmail.com hotmail.com outlook.com".split(),
      idk=None, iban="AE", date="dmy/"),
 dict(code="ar-SA", script="Arabic", region="SA", order="gf", gs="فه رن عب غد لم نو سع هي".split(),
      ge="د ا ير ى يم ان".split(), fs="الشو العن الدب المط الغر الرب".split(), fe="يخي ادي وني يعي لاني".split(),
      street="حي {r}، شارع {n}", city="الخرج عنيزة بريدة المجمعة".split(), post=lambda r: f"{r.randint(11000,34999)}",
      lab=("الطفل", "تاريخ الميلاد", "العنوان", "جوال", "IBAN"), note="تمت الزيارة بهدوء، والأم الحاضنة تذكر أن الطفل يستيقظ ليلاً.",
      notice="تعلن الحضانة عن إغلاقها يوم الأحد لأعمال الصيانة.", mail="gmail.com hotmail.com outlook.sa".split(),
      idk=None, iban="SA", date="dmy/"),
 dict(code="hi-IN", script="Devanagari", region="IN", order="gf", gs="अनु प्रि रो दी सु मी का वि".split(),
      ge="राग ष्का हन पिका धा रा नव".split(), fs="शर्म वर्म चौह मिश्र ठाक यादव".split(), fe="ा ान र ी".split(),
      street="मकान {n}, {r} मार्ग", city="रामपुरा कला सीतापुर खुर्द बेलगांव नवलगढ़ी".split(), post=lambda r: f"{r.randint(110001,855999)}",
      lab=("बच्चा", "जन्म तिथि", "पता", "मोबाइल", "आधार"), note="निगरानी में मुलाक़ात शांत रही, बच्चा विदा के समय रोया, CWC को सूचित किया।",
      notice="आँगनवाड़ी केंद्र शुक्रवार को बंद रहेगा, पोषण वितरण सोमवार को होगा।", mail="gmail.com rediffmail.com yahoo.in".split(),
      idk="aadhaar", iban=None, date="dmy/"),
 dict(code="th-TH", script="Thai", region="TH", order="gf", gs="กม ปร ศิ วร นภ สุ ธน พิม".split(),
      ge="ลวรรณ ชญา ริน ภัทร นันท์ ดา".split(), fs="ศรี แก้ว ทอง บุญ สุข วงศ์".split(), fe="สวัสดิ์ ประเสริฐ มณี ชัย เจริญ".split(),
      street="{n} ซอย {r}", city="บ้านหนองแก ท่าช้างเผือก นาดีงาม ห้วยทรายทอง".split(), post=lambda r: f"{r.randint(10100,96220)}",
      lab=("เด็ก", "วันเกิด", "ที่อยู่", "โทร", "เลขบัตรประชาชน"), note="การเยี่ยมภายใต้การดูแลเป็นไปด้วยดี เด็กร้องไห้ตอนแยกจากกัน",
      notice="ศูนย์พัฒนาเด็กเล็กปิดทำการวันศุกร์นี้", mail="gmail.com hotmail.com yahoo.co.th".split(),
      idk="thpin", iban=None, date="thai"),
 dict(code="zh-CN", script="Han", region="CN", order="fg", gs="晓 雨 子 欣 俊 思 梓 浩 嘉 一".split(),
      ge="涵 萱 轩 彤 宁 辰".split(), fs="闫 廖 龚 邬 詹 鲍 卜 岑 禤 郗 隗 晁 訾 宓 蒯 璩 厍 逯 亓 佘 酆 笪 阚 缑 暨 帅 宦 殳".split(), fe=[""],
      street="{r}路{n}号", city="青禾镇 柳湾区 石岭县 东坪镇".split(), post=lambda r: f"{r.randint(100000,850000)}",
      lab=("幼儿", "出生日期", "住址", "电话", "身份证号"), note="探视过程平稳，孩子分别时哭了，已告知社工。",
      notice="本周五幼儿园因消毒暂停开放，请家长提前安排。", mail="qq.com 163.com 126.com".split(),
      idk="ric", iban=None, date="zh"),
 dict(code="ja-JP", script="Kana", region="JP", order="fg", gs="ゆ は さ み こ り あ な".split(),
      ge="うと るか くら なみ ころ ん".split(), fs="槙 椎 柾 樋 榊 篠 蔦 楢".split(), fe="原 野 田 谷 川 沢".split(),
      street="{r}町{n}-{n2}", city="みどり台 さくら坂 北ひがし 若葉野".split(), post=lambda r: f"〒{r.randint(100,999)}-{r.randint(1000,9999)}",
      lab=("園児", "生年月日", "住所", "電話", "保険者番号"), note="面会は落ち着いていましたが、別れ際に本児が泣きました。児相に報告済み。",
      notice="金曜日は保育園の職員研修のため休園です。", mail="docomo.ne.jp yahoo.co.jp gmail.com".split(),
      idk=None, iban=None, date="ja"),
 dict(code="ko-KR", script="Hangul", region="KR", order="fg", gs="서 지 하 도 예 윤 채 시".split(),
      ge="린 우 율 현 아 준".split(), fs="탁 봉 추 왕 반 석 편 엄 묵 빈 옥 국 어 은 팽 제 경 맹 궉 즙 삼 돈".split(), fe=[""],
      street="{r}로 {n}", city="푸른마을 새솔동 달빛리 햇살읍".split(), post=lambda r: f"{r.randint(10000,63999)}",
      lab=("아동", "생년월일", "주소", "연락처", "주민번호"), note="면접교섭은 차분했으나 아이가 헤어질 때 울었습니다. 아보전에 공유함.",
      notice="금요일은 어린이집 교사 연수로 휴원합니다.", mail="naver.com daum.net gmail.com".split(),
      idk="rrn", iban=None, date="ko"),
]
NONLATIN_NOSPACE = {"zh-CN", "ja-JP"}


def cap(s):
    return s[:1].upper() + s[1:]


def build_pools(rng):
    for L in LOC:
        sp = L["script"] in ("Latin", "Cyrillic", "Greek")
        def gname(r, L=L, sp=sp):
            g = r.choice(L["gs"]) + r.choice(L["ge"])
            return cap(g.lower()) if sp else g
        def fname(r, L=L, sp=sp):
            f = r.choice(L["fs"]) + r.choice(L["fe"])
            return cap(f.lower()) if sp else f
        if L["code"] not in ("zh-CN", "ko-KR"):
            L["given"] = clean([], f"given/{L['code']}", gname, rng, 14)
        if L["code"] in ("zh-CN", "ko-KR"):  # names are one token: freeze the full name
            full = clean([], f"given/{L['code']}", lambda r, L=L: r.choice(L["fs"]) + gname(r), rng, 14)
            L["full"] = full
            L["given"], L["family"] = [x[1:] for x in full], [x[:1] for x in full]
        else:
            L["family"] = clean([], f"family/{L['code']}", fname, rng, 12)
        def root(r, L=L, sp=sp):
            return (cap((r.choice(L["fs"]) + r.choice(L["ge"])).lower()) if sp else r.choice(L["fs"]) + r.choice(L["ge"]))
        L["roots"] = clean([], f"street/{L['code']}", root, rng, 10)
        L["city"] = clean(L["city"], f"locality/{L['code']}", lambda r, L=L: root(r) + ("" if not sp else ""), rng, 4)
        orgs = [f"{r} Nursery" for r in L["roots"][:3]] + [f"{r} Fostering Partnership" for r in L["roots"][3:6]] + \
               [f"{c} Family Centre" for c in L["city"][:2]]
        L["orgs"] = clean(orgs, f"org/{L['code']}", lambda r, L=L: f"{root(r)} Children's Centre", rng, 8)


def person_name(L, r, given_only=False):
    g, f = r.choice(L["given"]), r.choice(L["family"])
    if given_only:
        return g
    if L["order"] == "gf":
        return f"{g} {f}"
    return f"{f}{g}" if L["code"] in ("zh-CN", "ko-KR") else (f"{f} {g}" if L["code"] != "ja-JP" else f"{f} {g}")


# ------------------------------------------------------------------------------------------- identifiers
def brute(prefix, alphabet, n, valid):
    for i in range(len(alphabet) ** n):
        suf, k = "", i
        for _ in range(n):
            suf = alphabet[k % len(alphabet)] + suf
            k //= len(alphabet)
        if valid(prefix + suf):
            return prefix + suf
    return None


def D(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def date_of(r, adult):
    y = r.randint(1962, 1996) if adult else r.randint(2009, 2023)
    return y, r.randint(1, 12), r.randint(1, 28)


def fmt_date(L, y, m, d):
    s = L["date"]
    if s == "mdy/":
        return f"{m:02d}/{d:02d}/{y}"
    if s == "ymd-":
        return f"{y}-{m:02d}-{d:02d}"
    if s == "thai":
        return f"{d}/{m}/{y + 543}"
    if s == "zh":
        return f"{y}年{m}月{d}日"
    if s == "ja":
        return f"{y}年{m}月{d}日"
    if s == "ko":
        return f"{y}. {m}. {d}."
    return f"{d:02d}{s[3]}{m:02d}{s[3]}{y}"


def national_id(L, r, ymd):
    y, m, d = ymd
    k = L["idk"]
    for _ in range(CAP):
        v = t = None
        if k == "nhs":
            v, t = brute(D(r, 9), "0123456789", 1, nhs.is_valid), "HEALTH_INSURANCE"
            v = v and f"{v[:3]} {v[3:6]} {v[6:]}"
        elif k == "ssn":
            v, t = f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}", "ssn"
        elif k == "steuer":
            v, t = brute(str(r.randint(1, 9)) + D(r, 9), "0123456789", 1, de_idnr.is_valid), "TAX_ID"
        elif k == "nir":
            p = f"{r.randint(1, 2)}{y % 100:02d}{m:02d}{r.randint(1, 95):02d}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
            v, t = brute(p, "0123456789", 2, nir.is_valid), "NATIONAL_ID"
        elif k == "dni":
            v, t = brute(D(r, 8), "TRWAGMYFPDXBNJZSQVHLCKE", 1, dni.is_valid), "NATIONAL_ID"
        elif k == "cf":
            L3 = lambda: "".join(r.choice("BCDFGLMNPRSTVZ") for _ in range(3))
            p = f"{L3()}{L3()}{y % 100:02d}{'ABCDEHLMPRST'[m - 1]}{d + r.choice([0, 40]):02d}{r.choice('ABCDFGHL')}{r.randint(100, 999)}"
            v, t = brute(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, codicefiscale.is_valid), "TAX_ID"
        elif k == "bsn":
            v, t = brute(str(r.randint(1, 6)) + D(r, 7), "0123456789", 1, bsn.is_valid), "NATIONAL_ID"
        elif k == "pesel":
            mm = m + (20 if y >= 2000 else 0)
            v, t = brute(f"{y % 100:02d}{mm:02d}{d:02d}{D(r, 4)}", "0123456789", 1, pesel.is_valid), "NATIONAL_ID"
        elif k == "cpf":
            v, t = brute(D(r, 9), "0123456789", 2, cpf.is_valid), "TAX_ID"
            v = v and cpf.format(v)
        elif k == "pnr":
            v, t = brute(f"{y % 100:02d}{m:02d}{d:02d}{D(r, 3)}", "0123456789", 1, personnummer.is_valid), "NATIONAL_ID"
            v = v and f"{y}{v[4:6]}{v[6:8]}-{v[6+2:]}" if False else (v and f"{v[:6]}-{v[6:]}")
        elif k == "tckn":
            v, t = brute(str(r.randint(1, 9)) + D(r, 8), "0123456789", 2, tckimlik.is_valid), "NATIONAL_ID"
        elif k == "inn":
            v, t = brute(f"{r.randint(10, 89)}{D(r, 8)}", "0123456789", 2, inn.is_valid), "TAX_ID"
        elif k == "rntrc":
            v, t = brute(D(r, 9), "0123456789", 1, rntrc.is_valid), "TAX_ID"
        elif k == "amka":
            v, t = brute(f"{d:02d}{m:02d}{y % 100:02d}{D(r, 4)}", "0123456789", 1, amka.is_valid), "NATIONAL_ID"
        elif k == "tz":
            v, t = brute(D(r, 8), "0123456789", 1, il_idnr.is_valid), "NATIONAL_ID"
        elif k == "aadhaar":
            v, t = brute(str(r.randint(2, 9)) + D(r, 10), "0123456789", 1, aadhaar.is_valid), "NATIONAL_ID"
            v = v and f"{v[:4]} {v[4:8]} {v[8:]}"
        elif k == "thpin":
            v, t = brute(str(r.randint(1, 8)) + D(r, 11), "0123456789", 1, th_pin.is_valid), "NATIONAL_ID"
            v = v and th_pin.format(v)
        elif k == "rrn":
            g = (3 if y >= 2000 else 1) + r.randint(0, 1)
            v, t = brute(f"{y % 100:02d}{m:02d}{d:02d}{g}{r.randint(0, 8)}{D(r, 4)}", "0123456789", 1, rrn.is_valid), "NATIONAL_ID"
            v = v and f"{v[:6]}-{v[6:]}"
        elif k == "ric":
            v, t = brute(f"{r.choice(['110101', '310104', '440106', '510107'])}{y}{m:02d}{d:02d}{D(r, 3)}", "0123456789X", 1, ric.is_valid), "NATIONAL_ID"
        if v:
            return t, v
    raise SystemExit(f"cannot make id {k}")


VALIDATORS = {"HEALTH_INSURANCE": nhs.is_valid, "ssn": ssn.is_valid}


def check_id(L, t, v):
    k = L["idk"]
    f = {"nhs": nhs, "ssn": ssn, "steuer": de_idnr, "nir": nir, "dni": dni, "cf": codicefiscale, "bsn": bsn,
         "pesel": pesel, "cpf": cpf, "pnr": personnummer, "tckn": tckimlik, "inn": inn, "rntrc": rntrc,
         "amka": amka, "tz": il_idnr, "aadhaar": aadhaar, "thpin": th_pin, "rrn": rrn, "ric": ric}[k]
    if not f.is_valid(v):
        raise SystemExit(f"invalid {k} {v}")


IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "SE": 24, "TR": 26, "UA": 29,
            "GR": 27, "IL": 23, "AE": 23, "SA": 24}


def make_iban(cc, r):
    n = IBAN_LEN[cc] - 4
    for _ in range(CAP):
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD"]) + D(r, 14)
        elif cc == "NL":
            bban = r.choice(["ABNA", "RABO", "INGB"]) + D(r, 10)
        elif cc == "IT":
            bban = r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + D(r, n - 1)
        elif cc == "TR":
            bban = D(r, 5) + "0" + D(r, 16)
        else:
            bban = D(r, n)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        v = f"{cc}{98 - int(num) % 97:02d}{bban}"
        if std_iban.is_valid(v):
            return std_iban.format(v)
    raise SystemExit(f"no iban {cc}")


def make_phone(L, r):
    reg = L["region"]
    ex = phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    for _ in range(CAP):
        cand = nsn[:max(2, len(nsn) - 7)] + D(r, len(nsn) - max(2, len(nsn) - 7))
        pn = phonenumbers.parse(cand, reg)
        if phonenumbers.is_valid_number(pn):
            f = r.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL])
            s = phonenumbers.format_number(pn, f)
            if not phonenumbers.is_valid_number(phonenumbers.parse(s, reg)):
                raise SystemExit("phone")
            return s
    raise SystemExit(f"no phone {reg}")


def make_card(r):
    for _ in range(CAP):
        p = r.choice(["4", "51", "53", "55"])
        c = brute(p + D(r, 15 - len(p)), "0123456789", 1, luhn.is_valid)
        if c and c not in ("4111111111111111", "4242424242424242"):
            return " ".join(c[i:i + 4] for i in range(0, 16, 4))
    raise SystemExit("card")


def make_ip(r):
    for _ in range(CAP):
        ip = ipaddress.ip_address(f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
        if ip.is_global:
            return str(ip)
    raise SystemExit("ip")


def ascii_handle(s, r):
    a = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    a = re.sub(r"[^a-z]", "", a)
    if len(a) < 3:
        a = "".join(r.choice(["ka", "mi", "to", "ra", "ne", "yu", "so", "li"]) for _ in range(3))
    return a


def make_person(L, r, adult):
    given, family = r.choice(L["given"]), r.choice(L["family"])
    if "full" in L:
        k = r.randrange(len(L["full"]))
        given, family = L["given"][k], L["family"][k]
    name = (f"{given} {family}" if L["order"] == "gf" else
            (f"{family}{given}" if L["code"] in ("zh-CN", "ko-KR") else f"{family} {given}"))
    ymd = date_of(r, adult)
    p = dict(name=name, given=given, family=family, dob=fmt_date(L, *ymd), ymd=ymd)
    p["phone"] = make_phone(L, r)
    p["email"] = f"{ascii_handle(given, r)}.{ascii_handle(family, r)}{r.randint(1, 99)}@{r.choice(L['mail'])}"
    st = L["street"].format(r=r.choice(L["roots"]), n=r.randint(2, 148), n2=r.randint(1, 30))
    p["address"] = f"{st}, {L['post'](r)} {r.choice(L['city'])}"
    if L["idk"]:
        p["idt"], p["id"] = national_id(L, r, ymd)
        check_id(L, p["idt"], p["id"].replace(" ", "").replace("-", "") if L["idk"] not in ("cpf", "ric", "thpin", "rrn", "pnr", "ssn") else p["id"])
    if L["code"] == "en-US":
        for _ in range(CAP):
            rt = brute(str(r.choice([0, 1, 2, 3])) + D(r, 7), "0123456789", 1, rtn.is_valid)
            if rt:
                break
        p["bank"] = f"routing {rt} acct {D(r, r.randint(9, 12))}"
        p["bank_v"] = p["bank"]
    if L["iban"]:
        p["iban"] = make_iban(L["iban"], r)
    p["card"] = make_card(r)
    p["ip"] = make_ip(r)
    if L["idk"] == "ssn" and not ssn.is_valid(p["id"]):
        raise SystemExit("ssn")
    return p


# ---------------------------------------------------------------------------------------- hard negatives
HISTORIC = ["Maria Montessori", "Friedrich Fröbel", "Janusz Korczak", "John Bowlby", "Mary Ainsworth",
            "Donald Winnicott", "Lev Vygotsky", "Loris Malaguzzi", "Emmi Pikler", "Thomas Coram", "Jean Piaget",
            "Johann Heinrich Pestalozzi", "Urie Bronfenbrenner", "Eglantyne Jebb", "Anton Makarenko", "Célestin Freinet",
            "Magda Gerber", "Selma Fraiberg", "René Spitz", "Harry Harlow", "Vasily Sukhomlinsky", "Rudolf Dreikurs",
            "Susan Isaacs", "Margaret McMillan", "Bruno Bettelheim", "Ellen Key"]
FICTION = ["Oliver Twist", "Anne Shirley", "Pippi Longstocking", "Heidi", "Matilda Wormwood", "Tracy Beaker",
           "Jane Eyre", "Mowgli", "Pollyanna Whittier", "Huckleberry Finn", "Emil Tischbein", "Nils Holgersson", "Mafalda",
           "Chibi Maruko", "Momo"]
EPONYM = ["the Apgar score", "the Montessori method", "a Pikler triangle", "the Bowlby attachment model",
          "Reggio Emilia-style atelier", "the Denver developmental screen", "Kempe's battered-child paper",
          "the Bayley scales", "Freinet-style class printing press", "the Fröbel gifts", "the Brazelton scale"]
PLACEHOLDER = ["Jane Doe", "John Doe", "Max Mustermann", "Erika Mustermann", "[CHILD NAME]", "<carer_name>",
               "Child A", "FC1", "XX.XX.XXXX", "{{parent_first_name}}"]
HELPLINES = ["116 111 (child helpline, EU harmonised)", "112", "999", "911", "0800 1111", "116 000 (missing children)",
             "1098 (CHILDLINE India)", "1300 (Thailand social assistance)"]
DOC_IPS = ["192.0.2.15", "198.51.100.23", "203.0.113.7", "2001:db8::4a"]
TEST_CARDS = ["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444"]


def refno(r, kind):
    return {"case": f"CS-{r.randint(2023, 2026)}-{r.randint(10000, 99999)}", "urn": f"EY{r.randint(100000, 999999)}",
            "inv": f"INV-{r.randint(100000, 999999)}", "book": f"BK{r.randint(1000, 9999)}-{r.choice('ABCDEFGH')}",
            "charity": f"Reg. charity {r.randint(1000000, 1199999)}", "track": f"1Z{D(r, 16)}",
            "panel": f"AP/{r.randint(2024, 2026)}/{r.randint(10, 99)}"}[kind]


# ------------------------------------------------------------------------------------------------ kinds
KINDS = ["intake", "case_note", "correspondence", "scheduling", "complaint", "export", "notice", "form", "chat"]
WHO = {"intake": "duty social worker", "case_note": "children's social worker", "correspondence": "fostering team admin",
       "scheduling": "nursery manager", "complaint": "parent", "export": "case-management system",
       "notice": "regulator's comms officer", "form": "fostering applicant", "chat": "parent group admin"}
INSTR = {
    "intake": ["triage this referral, RAG rate it and suggest next steps (strategy disc? S47?)", "summarise the MASH referral in 5 bullets for the duty manager"],
    "case_note": ["tidy my case note into proper recording style, keep it factual", "turn these scribbles into a chronology entry"],
    "correspondence": ["draft a warm but clear reply to this", "translate this letter to English and keep the tone"],
    "scheduling": ["make this into a weekly rota table", "find clashes in the contact timetable below"],
    "complaint": ["help me respond to this complaint within our 10 working days policy", "classify this complaint (stage 1/2) and draft the acknowledgement"],
    "export": ["convert this export to JSON records", "dedupe these rows and tell me which are missing a review date"],
    "notice": ["proofread this notice for parents", "rewrite this inspection notice in plain language"],
    "form": ["check this form for missing fields", "extract the fields of this form into the schema"],
    "chat": ["summarise what the group agreed", "reply to the last message in the same tone"],
}


def doc_sensitive(kind, L, r, p, q, org, incidental):
    """A document with personal data. Returns (text, issued values [(type, value)])."""
    lab = L["lab"]
    vals = []
    def V(t, v):
        vals.append((t, v))
        return v
    if incidental:
        # benign-looking text with one single incidental item
        choice = r.randrange(4)
        base = doc_benign(kind, L, r, org)[0]
        if choice == 0:
            rel = r.choice(["my sister", "the new apprentice", "our childminder", "my foster son", "the bank-staff nanny"])
            item = f"({rel} {V('PERSON', p['given'])} says hi)"
        elif choice == 1:
            item = f"if anything call me on {V('PHONE_NUMBER', q['phone'])}"
        elif choice == 2:
            item = f"{lab[1]} {V('DATE_TIME', p['dob'])}"
        else:
            item = f"pls cc {V('EMAIL_ADDRESS', q['email'])}"
        lines = base.split("\n")
        lines.insert(r.randint(1, max(1, len(lines) - 1)), item)
        return "\n".join(lines), vals
    ident = []
    if "id" in p and r.random() < 0.75:
        ident.append(f"{lab[4]}: {V(p['idt'], p['id'])}")
    if kind == "intake":
        t = (f"REFERRAL {refno(r, 'case')} | source: school DSL\n{lab[0]}: {V('PERSON', p['name'])}, {lab[1]} {V('DATE_TIME', p['dob'])}\n"
             f"{lab[2]}: {V('LOCATION', p['address'])}\nParent/carer: {V('PERSON', q['name'])}, {lab[3]} {V('PHONE_NUMBER', q['phone'])}\n"
             + "\n".join(ident) + f"\nConcern: bruise L cheek, explanation inconsistent; {L['note']}\nSibs: yes (2), CiN previously.")
    elif kind == "case_note":
        t = (f"{r.randint(1, 28)}/{r.randint(1, 12)} HV to {V('PERSON', p['given'])} @ {V('LOCATION', p['address'])}\n"
             f"{L['note']}\nmum ({V('PERSON', q['name'])}) presented tired, wants respite. PEP due. "
             f"Agreed: SW to ring {V('PHONE_NUMBER', q['phone'])} Fri re: nursery funding. " + " ".join(ident))
    elif kind == "correspondence":
        t = (f"Dear {V('PERSON', q['name'])},\n{org} writes regarding the placement of {V('PERSON', p['given'])} "
             f"({lab[1]} {V('DATE_TIME', p['dob'])}). Your fostering allowance will be paid to {V('IBAN_CODE', p['iban']) if 'iban' in p else V('US_BANK_NUMBER', p['bank']) if 'bank' in p else V('EMAIL_ADDRESS', q['email'])}.\n"
             f"{L['note']}\nKind regards, Supervising SW")
    elif kind == "scheduling":
        rows = [f"Mon 10:00-12:00 contact {V('PERSON', p['name'])} w/ birth mum, venue family centre, transport: {V('PERSON', q['name'])} ({V('PHONE_NUMBER', q['phone'])})",
                f"Wed 15:30 LAC review {refno(r, 'case')}", f"Thu 09:00 pick-up from {V('LOCATION', p['address'])}"]
        t = f"{org} rota wk{r.randint(1, 52)}\n" + "\n".join(rows)
    elif kind == "complaint":
        t = (f"I am writing to complain about how {org} handled my son {V('PERSON', p['given'])}'s accident. Nobody rang me on "
             f"{V('PHONE_NUMBER', q['phone'])}. I want this escalated. — {V('PERSON', q['name'])}, {V('LOCATION', q['address'])}, "
             f"{V('EMAIL_ADDRESS', q['email'])}")
    elif kind == "export":
        hdr = "child_id,full_name,dob,address,carer_phone,legal_status,next_review"
        rows = [hdr]
        for who in (p, q):
            rows.append(f"{r.randint(100000, 999999)},{V('PERSON', who['name'])},{V('DATE_TIME', who['dob'])},\"{V('LOCATION', who['address'])}\","
                        f"{V('PHONE_NUMBER', who['phone'])},{r.choice(['S20', 'ICO', 'FCO', 'SGO'])},2026-0{r.randint(1, 9)}-1{r.randint(0, 9)}")
        t = "\n".join(rows)
    elif kind == "notice":
        t = (f"Notice to parents — {org}\n{L['notice']}\nLost property: a blue coat belonging to {V('PERSON', p['given'])} from Room 2 "
             f"(parent {V('PERSON', q['name'])} please collect). Payment issue: card {V('CREDIT_CARD', p['card'])} was declined for the "
             f"{r.choice(['March', 'April', 'May'])} invoice.")
    elif kind == "form":
        t = (f"FOSTERING APPLICATION — stage 1\nApplicant: {V('PERSON', q['name'])}\n{lab[1]}: {V('DATE_TIME', q['dob'])}\n"
             f"{lab[2]}: {V('LOCATION', q['address'])}\nE-mail: {V('EMAIL_ADDRESS', q['email'])}\n{lab[3]}: {V('PHONE_NUMBER', q['phone'])}\n"
             + "\n".join(ident) + "\nDBS consent: Y  Spare room: Y  Pets: 1 dog"
             + (f"\nAllowance to: {V('IBAN_CODE', q['iban'])}" if "iban" in q and r.random() < 0.5 else "")
             + (f"\nDirect deposit: {V('US_BANK_NUMBER', q['bank'])}" if "bank" in q else ""))
    else:  # chat
        t = (f"[{r.randint(7, 21)}:{r.randint(10, 59)}] {V('PERSON', q['given'])} ({L['code'][:2]} group): {L['note'][:60]}\n"
             f"[{r.randint(7, 21)}:{r.randint(10, 59)}] admin: who's doing the pickup for {V('PERSON', p['name'])} tmrw?\n"
             f"[{r.randint(7, 21)}:{r.randint(10, 59)}] {q['given']}: me, text me {V('PHONE_NUMBER', q['phone'])} pls. "
             f"also login issue from {V('IP_ADDRESS', q['ip'])} on the payment portal")
    return t, vals


def doc_benign(kind, L, r, org):
    lab = L["lab"]
    hist, fic, epo = r.choice(HISTORIC), r.choice(FICTION), r.choice(EPONYM)
    ph = r.choice(PLACEHOLDER)
    dom = re.sub(r"[^a-z]", "", ascii_handle(org, r))[:12] or "setting"
    if kind == "intake":
        t = (f"REFERRAL {refno(r, 'case')} | source: school DSL\n{lab[0]}: {ph}\n{lab[1]}: __/__/____\n{lab[2]}: [redacted]\n"
             f"Concern: {L['note']}\nThreshold per {hist}-informed practice model; out of hours call {r.choice(HELPLINES)}.")
    elif kind == "case_note":
        t = (f"Team learning note (anonymised): Child A (age 4) and Child B. {L['note']}\nReflect using {epo}; "
             f"cf. {hist} on attachment. Case {refno(r, 'case')} closed to CiN.")
    elif kind == "correspondence":
        t = (f"Dear {ph},\n{org} ({refno(r, 'charity')}) thanks you for your interest in fostering. Please reply to "
             f"fostering@{dom}.example.org or call our switchboard. Your enquiry ref is {refno(r, 'case')}.\n{L['notice']}")
    elif kind == "scheduling":
        t = (f"{org} rota wk{r.randint(1, 52)}\nMon 08:00 Room 1 (babies) 3 staff, ratio 1:3\nTue 13:00 {epo} training\n"
             f"Wed 10:00 panel {refno(r, 'panel')}\nFri INSET. Booking {refno(r, 'book')}")
    elif kind == "complaint":
        t = (f"Complaint {refno(r, 'case')} — stage 1 summary (names removed). Parent of a child in Room 2 unhappy about "
             f"late invoice {refno(r, 'inv')}; setting URN {refno(r, 'urn')}. {L['notice']}")
    elif kind == "export":
        rows = ["child_id,full_name,dob,address,carer_phone,legal_status,next_review"]
        for _ in range(3):
            rows.append(f"{r.randint(100000, 999999)},[REDACTED],XXXX-XX-XX,[REDACTED],[REDACTED],{r.choice(['S20', 'ICO', 'FCO'])},2026-0{r.randint(1, 9)}-15")
        rows.append(f"# audit: exported from 10.0.0.{r.randint(2, 250)} / {r.choice(DOC_IPS)} by role 'team_manager'")
        t = "\n".join(rows)
    elif kind == "notice":
        t = (f"Notice to parents — {org}\n{L['notice']}\nThis term's theme: {fic} and friends! Our {epo} corner is open. "
             f"Safeguarding lead: safeguarding@{dom}.example.org. Emergencies: {r.choice(HELPLINES)}. "
             f"Test payment card for the new portal sandbox: {r.choice(TEST_CARDS)}.")
    elif kind == "form":
        t = (f"FOSTERING APPLICATION — stage 1 (blank template)\nApplicant: ______\n{lab[1]}: DD/MM/YYYY\n{lab[2]}: ______\n"
             f"E-mail: name@example.com\n{lab[3]}: +00 000 000 000\nExample: {ph}")
    else:
        t = (f"[{r.randint(7, 21)}:{r.randint(10, 59)}] admin: book club picks {fic} this month, and a talk on {hist}\n"
             f"[{r.randint(7, 21)}:{r.randint(10, 59)}] admin: {L['notice']}\n"
             f"[{r.randint(7, 21)}:{r.randint(10, 59)}] admin: portal down? status page says outage ref {refno(r, 'case')}")
    return t, []


# ---------------------------------------------------------------------------------------------- placement
PLACES = ["user", "system", "assistant_echo", "tool_msg", "text_parts", "file_part", "image_url", "tool_def",
          "tool_args", "response_format", "user_field", "stop", "prediction", "metadata_only"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/local"]


def place(r, where, instr, doc, vals, kind, L):
    b = {"model": r.choice(MODELS)}
    sysm = {"role": "system", "content": f"You assist a {WHO[kind]} ({L['code']}). Be accurate and concise."}
    if where == "user":
        b["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
    elif where == "system":
        b["messages"] = [{"role": "system", "content": f"Case context:\n{doc}"}, {"role": "user", "content": instr}]
    elif where == "assistant_echo":
        b["messages"] = [sysm, {"role": "user", "content": "pasting it now"},
                         {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": instr}]
    elif where == "tool_msg":
        b["messages"] = [sysm, {"role": "user", "content": instr},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                          "function": {"name": "fetch_record", "arguments": json.dumps({"ref": refno(r, "case")})}}]},
                         {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif where == "text_parts":
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]}]
    elif where == "file_part":
        fn = f"{kind}_{r.randint(100, 999)}.txt"
        if vals and vals[0][0] == "PERSON" and r.random() < 0.4:
            fn = f"{kind}_{vals[0][1].replace(' ', '_')}.txt"
        data = base64.b64encode(doc.encode()).decode()
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr},
                         {"type": "file", "file": {"filename": fn, "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif where == "image_url":
        lines, acc = [], 0
        for ln in doc.split("\n"):
            if acc + len(ln) > 420:
                break
            lines.append(ln)
            acc += len(ln)
        url = "https://portal.scan.example/view.png?" + urllib.parse.urlencode({"src": kind, "ocr": "\n".join(lines)})
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": instr + " (OCR text is in the link)"},
                                                             {"type": "image_url", "image_url": {"url": url}}]}]
    elif where == "tool_def":
        b["messages"] = [sysm, {"role": "user", "content": instr}]
        b["tools"] = [{"type": "function", "function": {"name": "save_record", "description": f"Save a record like:\n{doc}",
                       "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}}]
    elif where == "tool_args":
        b["messages"] = [sysm, {"role": "user", "content": instr},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "call_9", "type": "function",
                          "function": {"name": "save_record", "arguments": json.dumps({"kind": kind, "text": doc}, ensure_ascii=False)}}]},
                         {"role": "tool", "tool_call_id": "call_9", "content": "{\"ok\": true}"}, {"role": "user", "content": "now confirm"}]
    elif where == "response_format":
        enum = sorted({v for t, v in vals if t == "PERSON"}) or ["Child A", "Child B"]
        b["messages"] = [sysm, {"role": "user", "content": instr}]
        b["response_format"] = {"type": "json_schema", "json_schema": {"name": f"{kind}_record", "schema": {
            "type": "object", "description": doc, "properties": {"subject": {"type": "string", "enum": enum},
                                                                  "summary": {"type": "string", "examples": [doc[:160]]}}}}}
    elif where == "user_field":
        ident = next((v for t, v in vals if t == "EMAIL_ADDRESS"), None) or f"staff-{r.randint(1000, 9999)}"
        b["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
        b["user"] = ident
    elif where == "stop":
        nm = next((v for t, v in vals if t == "PERSON"), "Signed")
        b["messages"] = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
        b["stop"] = [f"\n{nm}:", "###"]
    elif where == "prediction":
        b["messages"] = [sysm, {"role": "user", "content": instr + " (only fix typos, keep the rest)"}]
        b["prediction"] = {"type": "content", "content": doc}
    else:  # metadata_only
        md = {"kind": kind, "ref": refno(r, "case")}
        for i, (t, v) in enumerate(vals[:6]):
            md[f"{t.lower()}_{i}"] = v
        if not vals:
            md["note"] = doc[:400]
        b["messages"] = [sysm, {"role": "user", "content": instr}]
        b["store"] = True
        b["metadata"] = md
    return b


def search_text(body):
    parts = []
    def walk(x):
        if isinstance(x, dict):
            for k in sorted(x):
                walk(k)
                walk(x[k])
        elif isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, str):
            parts.append(x)
            if x.startswith("data:") and ";base64," in x:
                parts.append(base64.b64decode(x.split(";base64,", 1)[1]).decode("utf-8"))
            if "%" in x or "+" in x:
                parts.append(urllib.parse.unquote_plus(x))
            if x.startswith("{"):
                try:
                    walk(json.loads(x))
                except ValueError:
                    pass
    walk(body)
    return "\n".join(parts)


def gen_pii(r):
    out = []
    per_kind_s, per_kind_b = 33, 23
    n = 0
    li = 0
    for kind in KINDS:
        plan = [True] * per_kind_s + [False] * per_kind_b
        r.shuffle(plan)
        inc_slots = set(r.sample(range(per_kind_s), 4))
        si = 0
        for sens in plan:
            L = LOC[li % len(LOC)]
            li += 1
            n += 1
            org = r.choice(L["orgs"])
            incidental = sens and si in inc_slots
            if sens:
                si += 1
                p, q = make_person(L, r, False), make_person(L, r, True)
                doc, vals = doc_sensitive(kind, L, r, p, q, org, incidental)
            else:
                doc, vals = doc_benign(kind, L, r, org)
            instr = r.choice(INSTR[kind])
            where = PLACES[(n * 5 + li) % len(PLACES)]
            if incidental and where in ("metadata_only", "image_url"):
                where = "user"
            completions = r.random() < 0.10
            if completions:
                body = {"model": r.choice(MODELS), "prompt": f"{instr}\n\n{doc}\n\n###\n", "max_tokens": 400}
                if r.random() < 0.3:
                    body["stop"] = ["###"]
                where = "prompt"
            else:
                body = place(r, where, instr, doc, vals, kind, L)
            text = search_text(body)
            ents, seen = [], set()
            for t, v in vals:
                if v in text and (t, v) not in seen:
                    seen.add((t, v))
                    ents.append({"type": t, "value": v})
            sensitive = bool(ents)
            assert sensitive == bool(ents)
            cat = kind if sensitive else f"{kind}_benign"
            style = f"{WHO[kind].replace(' ', '_')} · {where}" + (" · incidental" if incidental and sensitive else "") + \
                    ("" if sens else " · hard_negative")
            out.append({"id": f"{SPLIT}-pii-{n:04d}", "category": cat, "sensitive": sensitive, "entities": ents,
                        "endpoint": "completions" if completions else "chat", "lang": L["code"], "style": style, "body": body})
    return out


# ------------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = [
    ("en", "hi! what time does the nursery open tomorrow?"), ("en", "convert 14:30 to 12-hour time"),
    ("de-DE", "Wie schreibt man 'Eingewöhnung' auf Englisch?"), ("fr-FR", "Merci pour votre aide, bonne journée !"),
    ("es-ES", "¿Cuántos días tiene febrero de 2026?"), ("it-IT", "Traduci 'asilo nido' in inglese."),
    ("nl-NL", "Wat betekent de afkorting BSO?"), ("pl-PL", "Dzień dobry! Jak się masz?"),
    ("pt-BR", "Coloque em maiúsculas: reunião de pais sexta"), ("sv-SE", "Vad står förkortningen BVC för?"),
    ("tr-TR", "'Kreş' kelimesini İngilizceye çevir."), ("ru-RU", "Сколько будет 18 умножить на 4?"),
    ("uk-UA", "Привіт! Дякую за допомогу."), ("el-GR", "Πώς λέγεται 'ανάδοχη οικογένεια' στα αγγλικά;"),
    ("he-IL", "תרגם לאנגלית: גן ילדים"), ("ar-AE", "ما معنى كلمة حضانة بالإنجليزية؟"),
    ("hi-IN", "आँगनवाड़ी का अंग्रेज़ी में क्या अर्थ है?"), ("th-TH", "สวัสดีครับ ขอบคุณมาก"),
    ("zh-CN", "把“家长会”翻译成英文"), ("ja-JP", "「保育園」を英語にしてください"), ("ko-KR", "어린이집을 영어로 뭐라고 해요?"),
    ("en", "what does LAC stand for?"), ("en", "sort these: Room 3, Room 1, Room 2"), ("en", "spell-check: safegaurding"),
]
SHORT_HARD = [
    ("en", "Sibling group of 3 (2, 7, 13). Eldest refuses placement with the younger two; only a 2-bed carer available now. Weigh keeping them together vs. split placement with contact, and set out a plan for the next 72 hours."),
    ("en", "A childminder reports a 9-month-old with a torn frenulum and a plausible fall story. Which thresholds apply, who decides, and what is the order of calls?"),
    ("de-DE", "Pflegekind (5) mit FASD, Rückführungsantrag der Mutter läuft. Wie würdest du Kindeswohl, Bindung und Elternrecht abwägen? Begründe."),
    ("fr-FR", "Un adolescent placé demande à vivre chez son oncle non agréé. Analyse les risques, le cadre légal et propose une stratégie en étapes."),
    ("es-ES", "Dos familias de acogida, una con experiencia en TEA y otra cerca del colegio actual. ¿Qué criterios priorizas y por qué?"),
    ("it-IT", "Il TM chiede una valutazione sulla capacità genitoriale con evidenze contrastanti. Come strutturi il ragionamento e le raccomandazioni?"),
    ("nl-NL", "Een pleegkind van 15 wil stoppen met bezoek aan vader. Hoe weeg je participatierecht af tegen de rechterlijke omgangsregeling?"),
    ("pl-PL", "Rodzina zastępcza zgłasza wypalenie, a dziecko ma przed sobą egzaminy. Zaproponuj plan wsparcia i oceń ryzyko rozwiązania pieczy."),
    ("pt-BR", "Criança em acolhimento há 2 anos, família extensa tardia aparece. Avalie reintegração x adoção e os riscos de cada caminho."),
    ("sv-SE", "Hur bör socialtjänsten resonera när ett placerat barn vill flytta hem men föräldern avböjer insatser? Ge en strukturerad bedömning."),
    ("tr-TR", "Koruyucu aile ile biyolojik aile arasında ziyaret çatışması var. Çocuğun yararını merkeze alarak bir çözüm planı kur."),
    ("ru-RU", "Опекун просит разрешить переезд в другой регион, у ребёнка регулярные встречи с бабушкой. Проанализируй интересы сторон и предложи решение."),
    ("uk-UA", "Дитина-ВПО у прийомній сім'ї, мати за кордоном хоче забрати. Які ризики та покроковий план дій служби?"),
    ("el-GR", "Αξιολόγησε αν μια αναδοχή συγγενών είναι κατάλληλη όταν ο παππούς έχει παλιό ιστορικό βίας. Τεκμηρίωσε."),
    ("he-IL", "נערה בת 16 בפנימייה מבקשת לעבור למשפחת אומנה. נתח יתרונות, סיכונים והשפעה על הקשר עם האחים."),
    ("ar-AE", "كيف توازن بين استقرار الطفل في الحضانة البديلة ورغبة الأب في الحضانة بعد تعافيه؟ قدم تحليلاً منظماً."),
    ("hi-IN", "बाल कल्याण समिति को गोद लेने बनाम फ़ॉस्टर केयर पर सिफ़ारिश देनी है; तर्कसहित विश्लेषण करें।"),
    ("th-TH", "วิเคราะห์ความเสี่ยงและวางแผนเมื่อเด็กในครอบครัวอุปถัมภ์มีพฤติกรรมทำร้ายตนเอง"),
    ("zh-CN", "寄养儿童出现严重分离焦虑，寄养家庭想终止合作。请分析原因并制定分阶段干预方案。"),
    ("ja-JP", "里親委託中の児童が実親との面会後に不安定になる。面会頻度をどう判断すべきか、根拠とともに論じてください。"),
    ("ko-KR", "위탁아동의 원가정 복귀 여부를 판단할 때 고려할 요인과 우선순위를 논리적으로 제시해 주세요."),
    ("en", "Design a fair overtime rota for 14 nursery staff with ratio rules 1:3/1:4/1:8 and two part-timers who can't do Fridays; explain trade-offs."),
    ("en", "Our adoption panel keeps splitting 4-4. Propose a decision rule change and analyse its effect on bias and timeliness."),
    ("en", "Estimate how many foster carers we need in 2027 from: 3% yearly rise in LAC, 11% carer attrition, 40 new approvals/yr. Show reasoning."),
]
REFORMAT = {"en": "Reformat this as a markdown table, don't change anything:", "de-DE": "Bitte als Tabelle formatieren, nichts ändern:",
            "fr-FR": "Mets ceci en tableau, sans rien modifier :", "es-ES": "Pásalo a tabla sin cambiar nada:",
            "it-IT": "Metti in tabella senza cambiare nulla:", "nl-NL": "Zet dit in een tabel, verder niets aanpassen:",
            "pl-PL": "Sformatuj jako tabelę, nic nie zmieniaj:", "pt-BR": "Formate como tabela, sem alterar nada:",
            "tr-TR": "Bunu tablo yap, hiçbir şeyi değiştirme:", "ru-RU": "Оформи это таблицей, ничего не меняя:",
            "uk-UA": "Оформи таблицею, нічого не змінюй:", "el-GR": "Κάνε το πίνακα χωρίς αλλαγές:",
            "zh-CN": "请整理成表格，不要改动内容：", "ja-JP": "表に整形してください。内容は変えないでください：",
            "ko-KR": "내용 바꾸지 말고 표로 정리해 주세요:", "he-IL": "סדר את זה בטבלה בלי לשנות:"}
ANALYSE = {"en": "Analyse this chronology: identify patterns of risk, missed opportunities, and recommend a plan with priorities and reasons.",
           "de-DE": "Analysiere diese Chronologie: Risikomuster, verpasste Chancen, und empfiehl einen priorisierten Hilfeplan mit Begründung.",
           "fr-FR": "Analyse cette chronologie : schémas de risque, occasions manquées, et recommande un plan priorisé et argumenté.",
           "es-ES": "Analiza esta cronología: patrones de riesgo, oportunidades perdidas y recomienda un plan priorizado y razonado.",
           "it-IT": "Analizza questa cronologia: pattern di rischio, occasioni mancate e proponi un piano motivato con priorità.",
           "nl-NL": "Analyseer deze chronologie: risicopatronen, gemiste kansen, en adviseer een onderbouwd plan met prioriteiten.",
           "pl-PL": "Przeanalizuj chronologię: wzorce ryzyka, przeoczone sygnały, i zaproponuj uzasadniony plan z priorytetami.",
           "pt-BR": "Analise esta cronologia: padrões de risco, oportunidades perdidas e recomende um plano priorizado e justificado.",
           "ru-RU": "Проанализируй хронологию: паттерны риска, упущенные возможности, предложи план с приоритетами и обоснованием.",
           "ja-JP": "この経過記録を分析し、リスクのパターン、見落とされた機会、優先順位付きの支援計画を根拠とともに示してください。",
           "ko-KR": "이 경과 기록을 분석해 위험 패턴, 놓친 기회를 찾고 우선순위와 근거가 있는 계획을 제안해 주세요.",
           "ar-AE": "حلل هذا التسلسل الزمني: أنماط الخطر والفرص الضائعة، واقترح خطة ذات أولويات مع التعليل."}
EVENTS = ["school reports Child A hungry at breakfast club", "HV: home cold, mum tearful, dad absent", "A&E attendance, minor burn, explanation plausible",
          "nursery notes speech delay, referral to SALT", "police DV callout, child present, no arrests", "missed two health appointments",
          "mum engages with parenting course, attendance 3/8", "older sibling excluded from school", "GP: maternal depression, meds started",
          "neighbour concern: shouting at night", "CiN plan review, progress partial", "school attendance drops to 71%"]


def gen_cx(r):
    out = []
    n = 0
    def add(cat, label, adv, lang, style, content, system=None):
        nonlocal n
        n += 1
        msgs = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": content}]
        out.append({"id": f"{SPLIT}-cx-{n:04d}", "category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat",
                    "lang": lang, "style": style, "body": {"model": r.choice(MODELS), "messages": msgs}})
    for i in range(48):
        lang, t = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
        if i >= len(SHORT_SIMPLE):
            t = t + r.choice([" thx", " pls", "", " :)"])
        add("short_simple", 0, False, lang, "lookup/greeting/chore", t)
    langs = sorted(REFORMAT)
    for i in range(48):
        lang = langs[i % len(langs)]
        L = LOC[i % len(LOC)]
        lines = []
        while sum(len(x) + 1 for x in lines) < 1600 + r.randint(0, 900):
            lines.append(f"{len(lines) + 1}. {r.choice(['Room 1', 'Room 2', 'Baby room', 'Pre-school'])} | "
                         f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {r.randint(7, 17)}:{r.choice(['00', '15', '30', '45'])} | "
                         f"staff {r.randint(1, 6)} | children {r.randint(3, 24)} | snack: {r.choice(['fruit', 'toast', 'yoghurt', 'rice cakes'])} | "
                         f"{r.choice(L['city'])}")
        chore = r.choice([REFORMAT[lang], REFORMAT[lang], "Sort by day then time and give it back:", "Count the rows and copy them as CSV:"])
        add("long_easy", 0, True, lang if chore == REFORMAT[lang] else "en", "reformat/rota", chore + "\n\n" + "\n".join(lines))
    for i in range(48):
        lang, t = SHORT_HARD[i % len(SHORT_HARD)]
        add("short_hard", 1, True, lang, "judgement/planning", t)
    alangs = sorted(ANALYSE)
    for i in range(48):
        lang = alangs[i % len(alangs)]
        ev = []
        while sum(len(x) + 1 for x in ev) < 1500 + r.randint(0, 1200):
            ev.append(f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}: {r.choice(EVENTS)}")
        ev.sort()
        add("long_hard", 1, False, lang, "analysis/chronology", ANALYSE[lang] + "\n\n" + "\n".join(ev),
            system="You support children's social workers with case analysis. Do not invent facts.")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    FROZEN.update(frozen_words())
    r = random.Random(a.seed)
    build_pools(r)
    for lst, kind, fb in ((HISTORIC, "historic", None), (FICTION, "fiction", None), (EPONYM, "eponym", None),
                          (PLACEHOLDER, "placeholder", None)):
        lst[:] = clean(lst, kind, fb, r, None, names_only=(kind == "eponym"))
        if kind == "placeholder":  # word-free placeholders cannot collide
            lst.extend(["[***]", "<____>", "{{ … }}", "___ ___"])
        if len(lst) < 2:
            raise SystemExit(f"pool {kind} too small")
    for L in LOC:
        if min(len(L["given"]), len(L["family"]), len(L["roots"]), len(L["city"])) < 3:
            raise SystemExit(f"pool too small {L['code']}")
    pii = gen_pii(r)
    cx = gen_cx(r)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for fn, rows in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / fn, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    s = sum(x["sensitive"] for x in pii)
    print(f"frozen words: {len(FROZEN)}; pool entries dropped: {sum(DROPPED.values())}")
    by = collections.Counter()
    for k, v in sorted(DROPPED.items()):
        by[k.split("/")[0]] += v
    print("dropped by pool:", dict(sorted(by.items())))
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {s} sensitive / {len(pii) - s} benign "
          f"({100 * s / len(pii):.1f}%), completions {sum(x['endpoint'] == 'completions' for x in pii)}, "
          f"langs {len({x['lang'] for x in pii})}, incidental {sum('incidental' in x['style'] for x in pii)}")
    print("  by category:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records, langs {len({x['lang'] for x in cx})}, "
          f"{dict(sorted(collections.Counter(x['category'] for x in cx).items()))}, "
          f"length_adversarial {sum(x['length_adversarial'] for x in cx)}, label1 {sum(x['label'] for x in cx)}")
    assert all(len(json.dumps(x['body']['messages'][-1]['content'], ensure_ascii=False)) >= 1500
               for x in cx if x['category'] == 'long_easy')


if __name__ == "__main__":
    main()
