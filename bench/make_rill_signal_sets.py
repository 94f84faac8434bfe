#!/usr/bin/env python3
"""Rill: a blind evaluation split for the request signals, set in the world of COURTS, LAW FIRMS, NOTARIES
AND LEGAL AID.

Writes bench/data/signals/pii_rill.jsonl and bench/data/signals/complexity_rill.jsonl in the record schema of
the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body).

How it was written
    Blind: its author read only a brief, the first 70 lines of the delta generator (schema and label
    conventions) and the first two lines of the two delta files; no detector, test, evaluator, result,
    policy, doc or commit history. Other generators are only scanned automatically at run time (freeze).

World and organising principle
    Messages that solicitors, barristers, paralegals, notaries, land-registry and court staff (clerks,
    listing offices), legal-aid intake workers, advice-line volunteers, tenants and debtors, witnesses and
    jurors, law students and research assistants, and the software of that world (matter-management
    exports, e-filing portals, conflict checks, billing) send to an LLM-backed assistant. Nine KINDS:
    intake, correspondence, scheduling, complaint, internal_note, export, notice, form, chat; each in a
    sensitive (``<kind>``) and a benign hard-negative (``<kind>_benign``) variant, rotating over 22 locales
    in 10 scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul) with
    legal jargon, abbreviations, typos and code-switching.

Where the line is drawn
    Personal data = anything identifying a PRIVATE person: clients, tenants, debtors, witnesses, jurors,
    trainees named with a role cue, their phones, personal e-mails, home addresses, birth dates, national /
    tax / health numbers, hospital record numbers, bank accounts, IBANs, cards, a private user's public IP.
    Not personal data: judges and officials in their public role, parties of published case law, cited
    authors, eponyms, fictional people, placeholders (Max Mustermann-style), court switchboards and role
    mailboxes, emergency numbers, case / matter / invoice / envelope / title numbers, firm registration
    numbers, RFC 5737/3849 addresses, example.com, test cards, blank forms and anonymised statistics.

Labels
    ``entities`` = list of {"type","value"} found by SEARCHING the serialised body (base64 file parts
    decoded, URLs unquoted) for every value the record issued; ``sensitive`` iff entities non-empty.
    Complexity: short_simple 0, long_easy 0 (>= 1,500 chars), short_hard 1, long_hard 1; short_hard and
    long_easy are length_adversarial.

Contents (default seed 85130647; the run prints all counts)
    pii_rill.jsonl: 504 requests (9 kinds x 56: 33 sensitive + 23 benign), 297 sensitive (59%), 207 benign,
    45 sensitive with a single incidental item; 456 chat / 48 completions; 22 locales, 10 scripts; the
    document rotates over 14 request fields. complexity_rill.jsonl: 190 chat requests, short_simple 48,
    long_easy 48, short_hard 48, long_hard 46; 96 length-adversarial, 94 labelled 1; 23 language tags.
    The freeze dropped 953 pool candidates (mostly invented surnames/places that collided), refilled from
    invented locale-typical parts; public-figure and placeholder pools fell back to invented moot-court
    characters where the freeze emptied them.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (SSN, ABA, NHS,
    Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat Zehut,
    Aadhaar, Thai PIN, RRN, Chinese RIC, My Number, IBAN, Luhn); phones validated with ``phonenumbers``;
    IPs are global. Any invalid value aborts; every retry loop is capped.

Command
    python bench/make_rill_signal_sets.py [--seed 85130647] [--out bench/data/signals]
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
from stdnum import iban as s_iban, luhn, verhoeff
from stdnum.iso7064 import mod_11_10
from stdnum.us import ssn as s_ssn, rtn as s_rtn
from stdnum.gb import nhs as s_nhs
from stdnum.de import idnr as s_idnr
from stdnum.fr import nir as s_nir
from stdnum.es import dni as s_dni
from stdnum.it import codicefiscale as s_cf
from stdnum.nl import bsn as s_bsn
from stdnum.pl import pesel as s_pesel
from stdnum.br import cpf as s_cpf
from stdnum.se import personnummer as s_pnr
from stdnum.tr import tckimlik as s_tck
from stdnum.ru import inn as s_inn
from stdnum.ua import rntrc as s_rntrc
from stdnum.gr import amka as s_amka
from stdnum.il import idnr as s_ilid
from stdnum.in_ import aadhaar as s_aadhaar
from stdnum.th import pin as s_thpin
from stdnum.kr import rrn as s_rrn
from stdnum.cn import ric as s_ric
from stdnum.jp import in_ as s_jpin

SPLIT = "rill"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 85130647

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


# generic street-type words, particles and organisation-type words: exempt from the freeze
EXEMPT = set("""street st road rd lane avenue ave close way drive court ct rue allée chemin via viale corso piazza
calle avenida plaza rua travessa straße str weg gasse platz allee straat laan gracht ul ulica aleja gatan vägen
gränd sokak sokağı cadde caddesi mahallesi mah ulitsa ул улица пр проспект вул вулиця οδός οδ شارع حي רחוב רח׳
मार्ग नगर ถนน ซอย 路 号 街 丁目 番地 길 로 동 de la le du des di del della van der den von und zu y e & and of the
da do dos das legal aid law firm llp ltd gmbh sarl srl bv sp z o o sa ab as ooo тов centre center kanzlei cabinet
studio bureau kancelaria advocacia advokatbyrå hukuk bürosu notariat notaire notaio notaría notary chambers
solicitors advocates partners partner associates group clinic service services trust office despacho
мкд коллегия адвокатов ао і партнери δικηγορική εταιρεία مكتب للمحاماة משרד עו ד एंड एसोसिएट्स
สำนักงานกฎหมาย 법무법인 dr mr ms abogados avocats advocaten legale hukuk bürosu advokatbyrå
kancelaria advocacia kanzlei cabinet""".split())


def tokens(entry):
    toks = [t.lower() for t in WORD.findall(entry)]
    out = [t for t in toks if t not in EXEMPT and not t.isdigit()]
    bigr = [a + " " + b for a, b in zip(toks, toks[1:])
            if any(ord(c) > 127 for c in a + b) and a not in EXEMPT and b not in EXEMPT]
    return out + bigr


# ---------------------------------------------------------------------------------------------- locales
# per locale: script, phone region, name order, seed names, invented parts (given pre/suf, surname pre/suf,
# place pre/suf), street pattern, mail domains, native labels (name, dob, address, phone) and phrases.
L = {}


def loc(code, script, region, order, given, sur, gp, gs, sp, ss, pp, ps, street, doms, lab, note, ask, easy, hard):
    L[code] = dict(code=code, script=script, region=region, order=order, given=given.split("|"), sur=sur.split("|"),
                   gp=gp.split("|"), gs=gs.split("|"), sp=sp.split("|"), ss=ss.split("|"), pp=pp.split("|"),
                   ps=ps.split("|"), street=street, doms=doms.split("|"), lab=lab.split("|"), note=note, ask=ask,
                   easy=easy, hard=hard)


loc("en-GB", "Latin", "GB", "gs", "Rhiannon|Declan|Imogen|Callum", "Pemberthy|Ashdown|Treharne|Culvercott",
    "Bran|Ell|Cor|Wyn|Ros", "wen|ton|ric|isa|elle", "Hal|Crab|Wether|Pell|Stan", "bury|combe|ridge|worth|ley",
    "Ash|Thorn|Mill|Brack", "field|hurst|bourne|minster", "{n} {p} Road", "gmail.com|btinternet.com|outlook.com",
    "Client name|DOB|Address|Mobile", "Landlord served a s.21 notice, deposit not protected.",
    "can you tidy this up for the file pls", "pls convert to a table", "advise on merits and likely costs exposure")
loc("en-US", "Latin", "US", "gs", "Tavia|Brantley|Coralie|Deshawn", "Mulcahey|Ostrander|Pruitte|Vandersloot",
    "Jay|Kay|Ty|Mar|Dal", "lynn|den|ron|isha|ton", "Hol|Brink|Sutt|Wex|Gar", "man|field|stead|ington|er",
    "Cedar|Mill|Oak|Pine", "ville|ton|dale|port", "{n} {p} Ave", "gmail.com|yahoo.com|aol.com",
    "Client|Date of birth|Home address|Cell", "Eviction hearing set, tenant withheld rent over mold.",
    "summarize for the intake memo", "just reformat into a list", "assess defenses and draft a strategy")
loc("de-DE", "Latin", "DE", "gs", "Wiebke|Jannik|Hedwig|Lorenz", "Brennecke|Kaltwasser|Oberhuber|Rieschmann",
    "Wal|Hil|Rein|Sieg|Gun", "trud|mar|hold|wina|bert", "Brenn|Kalt|Eich|Hab|Stoll", "mayer|hofer|lechner|wanger|bichler",
    "Ober|Nieder|Kalt|Alt", "brunn|hausen|felde|ach", "{p}weg {n}", "web.de|gmx.de|t-online.de",
    "Mandant|Geburtsdatum|Anschrift|Handy", "Der Vermieter droht mit Räumungsklage wegen Mietrückstand.",
    "bitte kurz zusammenfassen für die Akte", "bitte als Tabelle formatieren", "bitte Erfolgsaussichten und Prozessrisiko bewerten")
loc("fr-FR", "Latin", "FR", "gs", "Ombeline|Gaëtan|Solène|Anatole", "Courtoisier|Delabarre|Mazerolles|Penvern",
    "Aur|Ma|Cl|Gis|Ber", "élie|eline|ouard|ette|tin", "Chaum|Vill|Fress|Ker|Lab", "ard|eneuve|ignac|oulet|ier",
    "Saint-Ver|Mont|Beau|Val", "ignac|lieu|ville|mont", "{n} rue des {p}", "orange.fr|free.fr|laposte.net",
    "Nom du client|Date de naissance|Adresse|Portable", "Le bailleur a délivré un commandement de payer.",
    "peux-tu résumer pour le dossier", "mets ça en tableau stp", "analyse les chances de succès et la stratégie")
loc("es-ES", "Latin", "ES", "gs", "Itziar|Leandro|Ainhoa|Fermín", "Albarracín|Echeverría|Zurbano|Valdeolmos",
    "Mar|Ro|Ali|Gua|Eus", "cía|berto|ana|dalupe|ebio", "Villa|Torre|Cas|Ur|Alm", "nueva|blanca|tillo|quiza|endros",
    "Val|Villa|Torre|Cas", "deperas|verde|jón|tejada", "Calle {p} {n}", "gmail.com|hotmail.es|telefonica.net",
    "Nombre|Fecha de nacimiento|Domicilio|Móvil", "El casero ha presentado demanda de desahucio por impago.",
    "resúmelo para el expediente porfa", "pásalo a tabla", "valora la viabilidad y la estrategia procesal")
loc("it-IT", "Latin", "IT", "gs", "Ottavia|Ruggero|Benedetta|Ilario", "Scarpellini|Bonaccorsi|Ferraguti|Zanoletti",
    "Gian|Ros|Ma|Fil|Ago", "lucia|ella|rco|iberto|stino", "Scar|Bon|Fer|Zan|Cas", "elli|acorso|aguti|oletti|agrande",
    "Monte|Castel|Borgo|Villa", "franco|nuovo|vecchio|rosa", "Via {p} {n}", "libero.it|virgilio.it|gmail.com",
    "Cliente|Data di nascita|Residenza|Cellulare", "Il locatore ha notificato lo sfratto per morosità.",
    "riassumi per il fascicolo", "mettilo in tabella", "valuta i profili di rischio e la strategia difensiva")
loc("nl-NL", "Latin", "NL", "gs", "Femke|Joost|Marijke|Sjoerd", "Bruinsma|Hoogeveen|Wijnands|Terpstra",
    "Jo|Wil|Fen|Ber|Sie", "ske|lem|tje|end|rd", "Hooge|Wijn|Ter|Bos|Veld", "veen|ands|stra|kamp|huis",
    "Ooster|Wester|Noord|Zuid", "wolde|dijk|horn|meer", "{p}straat {n}", "ziggo.nl|kpnmail.nl|gmail.com",
    "Cliënt|Geboortedatum|Adres|Mobiel", "Verhuurder dreigt met ontruiming wegens huurachterstand.",
    "vat even samen voor het dossier", "zet in een tabel", "beoordeel de proceskansen en de strategie")
loc("pl-PL", "Latin", "PL", "gs", "Bożena|Przemysław|Jadwiga|Radosław", "Wierzbicki|Grabowiecki|Zalewski|Chmielarz",
    "Bo|Mie|Sta|Ja|Wie", "żena|czysław|nisława|dwiga|sław", "Grab|Wierz|Chmiel|Kos|Dąb", "owiecki|bicki|arz|owski|rowski",
    "Stara|Nowa|Dolna|Górna", "Wola|Wieś|Łąka|Góra", "ul. {p} {n}", "wp.pl|onet.pl|interia.pl",
    "Klient|Data urodzenia|Adres|Tel. kom.", "Wierzyciel złożył pozew o zapłatę, komornik zajął konto.",
    "streść do akt proszę", "zrób z tego tabelę", "oceń szanse procesowe i zaproponuj strategię")
loc("pt-BR", "Latin", "BR", "gs", "Jussara|Anderson|Cleonice|Edivaldo", "Figueiró|Quintanilha|Bittencourt|Alvarenga",
    "Jo|Cle|Edi|Ros|Val", "sara|nice|valdo|ângela|dir", "Figuei|Quin|Bitten|Alva|Mace", "ró|tanilha|court|renga|do",
    "Vila|Morro|Campo|Porto", "Alegre|Verde|Novo|Belo", "Rua {p} {n}", "gmail.com|uol.com.br|bol.com.br",
    "Nome|Data de nascimento|Endereço|Celular", "O locador ajuizou ação de despejo por falta de pagamento.",
    "resume pra pasta do processo", "coloca em tabela", "avalie as teses de defesa e a estratégia")
loc("sv-SE", "Latin", "SE", "gs", "Sigrid|Torbjörn|Linnea|Ragnar", "Ekholm|Lindqvist|Sjöberg|Hallgren",
    "Sig|Tor|Lin|Rag|Ast", "rid|björn|nea|nar|rid", "Ek|Lind|Sjö|Hall|Berg", "holm|qvist|berg|gren|ström",
    "Norr|Söder|Väster|Öster", "by|köping|vik|torp", "{p}vägen {n}", "telia.com|gmail.com|bredband.net",
    "Klient|Födelsedatum|Adress|Mobil", "Hyresvärden har sagt upp hyresavtalet pga störningar.",
    "sammanfatta för akten tack", "gör en tabell", "bedöm processrisken och föreslå strategi")
loc("tr-TR", "Latin", "TR", "gs", "Gülşen|Oktay|Nurcan|Erdinç", "Karaduman|Özbilgin|Yazıcıoğlu|Tekinalp",
    "Gül|Ok|Nur|Er|Sev", "şen|tay|can|dinç|gi", "Kara|Öz|Yazıcı|Tekin|Ak", "duman|bilgin|oğlu|alp|soy",
    "Yeni|Eski|Kara|Ak", "köy|dere|tepe|pınar", "{p} Sokak No: {n}", "gmail.com|hotmail.com|yandex.com.tr",
    "Müvekkil|Doğum tarihi|Adres|Cep", "Ev sahibi tahliye davası açtı, kira borcu iddia ediliyor.",
    "dosya için özetler misin", "tablo yap", "dava risklerini ve stratejiyi değerlendir")
loc("ru-RU", "Cyrillic", "RU", "gs", "Евдокия|Ярослав|Снежана|Всеволод", "Колокольцев|Берестова|Звягинцев|Луговская",
    "Свято|Мир|Яро|Люд|Бог", "слав|мила|полк|дана|мир", "Колоколь|Берес|Звяг|Лугов|Сверч", "цев|това|инцев|ская|ков",
    "Верхне|Нижне|Старо|Ново", "горск|реченск|полье|дольск", "ул. {p}ая, д. {n}", "yandex.ru|mail.ru|rambler.ru",
    "ФИО|Дата рождения|Адрес|Тел.", "Кредитор подал заявление о выдаче судебного приказа.",
    "кратко изложи для дела", "оформи таблицей", "оцени перспективы спора и выработай стратегию")
loc("uk-UA", "Cyrillic", "UA", "gs", "Соломія|Остап|Ярина|Тарас", "Гнатюк|Кривошей|Ступка|Дорошенчук",
    "Соло|Ост|Яри|Бог|Мир", "мія|ап|на|дан|ослава", "Гнат|Криво|Ступ|Дорош|Ткач", "юк|шей|ка|енчук|ишин",
    "Верхня|Нова|Стара|Мала", "Слобода|Поляна|Балка|Гора", "вул. {p}а, {n}", "ukr.net|i.ua|gmail.com",
    "ПІБ|Дата народження|Адреса|Тел.", "Колектор телефонує щодня, вимагає сплатити борг.",
    "стисло виклади для справи", "зроби таблицю", "оціни перспективи та стратегію захисту")
loc("el-GR", "Greek", "GR", "gs", "Ευανθία|Σπυρίδων|Καλλιόπη|Θεμιστοκλής", "Παπαδογιάννης|Κουτσοβασίλης|Μαυρομάτη|Ζαχαρόπουλος",
    "Ευ|Σπυ|Καλ|Θε|Αγ", "ανθία|ρίδων|λιόπη|όδωρος|λαΐα", "Παπα|Κουτσο|Μαυρο|Ζαχαρο|Καρα", "δάκης|βασίλης|μάτη|πουλος|γιάννη",
    "Άνω|Κάτω|Νέα|Παλαιά", "Χώρα|Λιβάδι|Πηγή|Ραχούλα", "οδός {p} {n}", "gmail.com|otenet.gr|yahoo.gr",
    "Εντολέας|Ημ. γέννησης|Διεύθυνση|Κινητό", "Ο εκμισθωτής κατέθεσε αγωγή απόδοσης μισθίου.",
    "σύνοψη για τον φάκελο", "κάν' το πίνακα", "αξιολόγησε τις πιθανότητες και τη στρατηγική")
loc("ar-SA", "Arabic", "SA", "gs", "نورة|عبدالإله|هيفاء|مشاري", "الشمراني|العتيبي|القحطاني|الزهراني",
    "عبد|نو|هي|مش|رز", "الرحيم|رة|فاء|اري|ان", "ال|آل ", "شهري|دوسري|غامدي|سبيعي|مطيري|بقمي|سهلي|ثبيتي|خثعمي|بلوي|شلوي|عمري|رويلي|حازمي|فيفي",
    "حي |وادي ", "الروابي|النسيم|الياسمين|الفيحاء|المرسلات|الخزامى|الصفا|الندى", "شارع {p}، رقم {n}", "gmail.com|hotmail.com|outlook.sa",
    "اسم الموكل|تاريخ الميلاد|العنوان|الجوال", "المؤجر رفع دعوى إخلاء بسبب تأخر الإيجار.",
    "لخّص لملف القضية", "حوّله إلى جدول", "قيّم فرص الدعوى واقترح استراتيجية")
loc("he-IL", "Hebrew", "IL", "gs", "אביטל|נתנאל|שקמה|גדעון", "בן-שושן|רוזנצוויג|אלקלעי|טננבאום",
    "אבי|נת|שק|גד|הד", "טל|נאל|מה|עון|ס", "בן-|רוזנ|אלק|טננ|שפי", "שושן|צוויג|לעי|באום|רא",
    "רמת|גבעת|נווה|כפר", "אלון|שקד|תמר|ורד", "רחוב {p} {n}", "walla.co.il|gmail.com|012.net.il",
    "שם הלקוח|תאריך לידה|כתובת|נייד", "בעל הדירה הגיש תביעת פינוי בגלל חוב שכירות.",
    "תסכם לתיק בבקשה", "תעשה טבלה", "תעריך סיכויים ותבנה אסטרטגיה")
loc("hi-IN", "Devanagari", "IN", "gs", "सुलोचना|हरिवंश|कादम्बरी|प्रभाकर", "चतुर्वेदी|भटनागर|खुराना|श्रीवास्तव",
    "सुलो|हरि|कदम|प्रभा|वसु", "चना|वंश|बरी|कर|धा", "चतु|भट|खुरा|श्री|मल", "र्वेदी|नागर|ना|वास्तव|होत्रा",
    "नया|पुराना|उत्तर|दक्षिण", "गंज|पुर|बाग|टोला", "{n}, {p} मार्ग", "gmail.com|rediffmail.com|yahoo.co.in",
    "मुवक्किल|जन्म तिथि|पता|मोबाइल", "मकान मालिक ने बेदखली का मुकदमा दायर किया है।",
    "फाइल के लिए सार बना दो", "टेबल बना दो", "केस की संभावनाएं और रणनीति बताओ")
loc("th-TH", "Thai", "TH", "gs", "ปิยธิดา|ธนากร|วรางคณา|ภูมิพัฒน์", "ศรีสุวรรณ|วงศ์ทองคำ|ธีรประเสริฐ|แก้วมณี",
    "ปิย|ธนา|วรา|ภูมิ|กมล", "ธิดา|กร|งคณา|พัฒน์|ชนก", "ศรี|วงศ์|ธีร|แก้ว|บุญ", "สุวรรณ|ทองคำ|ประเสริฐ|มณี|เรือง",
    "บ้าน", "หนองบัว|ท่าช้าง|โคกสูง|ดอนแก้ว", "{n} ซอย {p}", "gmail.com|hotmail.co.th|yahoo.co.th",
    "ชื่อลูกความ|วันเกิด|ที่อยู่|มือถือ", "เจ้าของบ้านฟ้องขับไล่เพราะค้างค่าเช่า",
    "สรุปเข้าแฟ้มคดีให้หน่อย", "ทำเป็นตาราง", "ประเมินรูปคดีและวางกลยุทธ์")
loc("zh-CN", "Han", "CN", "sg", "秀英|志强|婉清|浩然", "欧阳|司马|诸葛|上官",
    "婉|浩|志|秀|梓", "清|然|强|英|涵", "欧|司|诸|上|端|令|慕|公|夏|尉|宇|长|皇|东|闻|澹", "孙|马|阳|官|木|狐|容|侯|迟|文|甫|方|人|台|冶",
    "", "", "{p}路{n}号", "qq.com|163.com|126.com",
    "当事人|出生日期|住址|手机", "房东起诉要求腾退房屋，称拖欠租金三个月。",
    "帮我整理成案卷摘要", "转成表格", "分析诉讼风险并提出应对策略")
loc("ja-JP", "Kana", "JP", "sg", "さくら|ゆうと|みのり|はると", "たかつかさ|みなせ|あまがさき|ひがしくぼ",
    "さ|ゆ|み|は|こ", "くら|うと|のり|るか|ずえ", "たか|みな|あま|ひがし|にし", "つかさ|せ|がさき|くぼ|ぞの",
    "", "", "{p}町{n}丁目", "docomo.ne.jp|yahoo.co.jp|gmail.com",
    "依頼者|生年月日|住所|携帯", "大家から明渡し請求の訴状が届きました。",
    "記録用に要約して", "表にして", "勝訴見込みと方針を検討して")
loc("ko-KR", "Hangul", "KR", "sg", "서윤|지호|하린|도윤", "남궁|황보|선우|제갈|사공|서문",
    "서|지|하|도|예", "윤|호|린|현|은", "남|황|선|제|독|사|망|강|소|장|어|동|탁|견|빙", "궁|보|우|갈|고|공|절|전|봉|곡|금|방|손",
    "", "", "{p}로 {n}", "naver.com|daum.net|kakao.com",
    "의뢰인|생년월일|주소|휴대폰", "집주인이 명도소송을 제기했습니다.",
    "사건 기록용으로 요약해줘", "표로 만들어줘", "승소 가능성과 소송 전략을 검토해줘")
loc("es-MX", "Latin", "MX", "gs", "Xóchitl|Eréndira|Cuauhtli|Itzel", "Tlalpanco|Huerdo|Zacarías|Ocampillo",
    "Xo|Ere|Cua|It|Gua", "chitl|ndira|uhtli|zel|dalupe", "Tlal|Huer|Zaca|Ocam|Izta", "panco|do|rías|pillo|cuate",
    "San|Santa|Villa|Real", "Tepetl|Xalapilla|Milpa|Cuautla", "Calle {p} #{n}", "gmail.com|hotmail.com|prodigy.net.mx",
    "Nombre|Fecha de nacimiento|Domicilio|Celular", "El arrendador promovió juicio de desahucio.",
    "resúmelo para el expediente", "hazlo tabla", "evalúa la estrategia y los riesgos del juicio")

CJK = {"zh-CN", "ja-JP", "ko-KR"}
ORGW = {"en-GB": "{s} & {t} Solicitors LLP", "en-US": "{s} {t} LLP", "de-DE": "Kanzlei {s} & Partner",
        "fr-FR": "Cabinet {s} Avocats", "es-ES": "{s} & {t} Abogados", "it-IT": "Studio Legale {s}",
        "nl-NL": "{s} Advocaten", "pl-PL": "Kancelaria {s}", "pt-BR": "{s} Advocacia", "sv-SE": "Advokatbyrå {s}",
        "tr-TR": "{s} Hukuk Bürosu", "ru-RU": "Коллегия адвокатов «{s}»", "uk-UA": "АО «{s} і партнери»",
        "el-GR": "Δικηγορική Εταιρεία {s}", "ar-SA": "مكتب {s} للمحاماة", "he-IL": "משרד עו״ד {s}",
        "hi-IN": "{s} एंड एसोसिएट्स", "th-TH": "สำนักงานกฎหมาย{s}", "zh-CN": "{s}律师事务所",
        "ja-JP": "{s}法律事務所", "ko-KR": "법무법인 {s}", "es-MX": "Despacho {s}"}


def build_pools(rng, frozen):
    dropped = collections.Counter()
    pools = {}
    for code in sorted(L):
        c = L[code]

        def fill(seed_list, parts_a, parts_b, target, kind, joiner=""):
            out = []
            for e in seed_list:
                if any(t in frozen for t in tokens(e)):
                    dropped[kind] += 1
                elif e not in out:
                    out.append(e)
            tries = 0
            while len(out) < target and tries < 400:
                tries += 1
                e = rng.choice(parts_a) + joiner + rng.choice(parts_b)
                if not e.strip() or e in out:
                    continue
                if any(t in frozen for t in tokens(e)):
                    dropped[kind] += 1
                    continue
                out.append(e)
            if len(out) < 3:
                raise SystemExit(f"pool {code}/{kind} too small after freeze: {out}")
            return out

        sb = c["ss"] if c["ss"] != [""] else [x[-1] for x in c["gs"]]
        pp = c["pp"] if c["pp"] != [""] else c["sp"]
        ps = c["ps"] if c["ps"] != [""] else c["gs"]
        pools[code] = dict(
            given=fill(c["given"], c["gp"], c["gs"], 12, "given"),
            sur=fill(c["sur"], c["sp"], sb, 10, "surname"),
            place=fill([], pp, ps, 10, "place"),
        )
        pools[code]["org"] = fill([ORGW[code].format(s=a, t=b) for a, b in
                                   zip(pools[code]["sur"], pools[code]["sur"][1:])][:6], [ORGW[code].format(
                                       s=x, t=y) for x in pools[code]["sur"] for y in pools[code]["sur"][:2]],
                                  [""], 6, "org")
    # public / fictional / placeholder / case-law pools (benign)
    public = ["Lord Denning MR", "Lord Atkin", "Justice Ruth Bader Ginsburg", "Chief Justice John Marshall",
              "Sir William Blackstone", "Hugo Grotius", "Atticus Finch", "Jarndyce v Jarndyce", "Portia",
              "Donoghue v Stevenson [1932] AC 562", "Marbury v Madison, 5 U.S. 137", "Carlill v Carbolic Smoke Ball Co",
              "Hadley v Baxendale", "Rylands v Fletcher", "Miranda v Arizona", "Montesquieu", "Cesare Beccaria",
              "Hans Kelsen", "Sir Edward Coke", "Lord Mansfield"]
    place_h = ["Max Mustermann", "Erika Mustermann", "Jane Doe", "John Doe", "Mario Rossi", "Jan Kowalski",
               "Fulano de Tal", "Иван Иванович Иванов", "张三", "山田太郎", "홍길동", "Juan Pérez", "Joe Bloggs",
               "ישראל ישראלי", "Jean Dupont", "Ola Nordmann", "Richard Roe"]
    out_p = []
    for kind, lst in (("public", public), ("placeholder", place_h)):
        keep = []
        for e in lst:
            if any(t in frozen for t in tokens(e)):
                dropped[kind] += 1
            else:
                keep.append(e)
        if len(keep) < 4:  # refill with invented fictional moot-court characters
            g = pools["en-GB"]
            for a in g["given"][:6]:
                keep.append(f"{a} {g['sur'][len(keep) % len(g['sur'])]} (moot-court problem character)")
        out_p.append(keep)
    pools["_public"], pools["_placeholder"] = out_p
    return pools, dropped


# ---------------------------------------------------------------------------------------------- identifiers
def capped(fn, valid, what, tries=200):
    for _ in range(tries):
        v = fn()
        if v is not None and valid(v):
            return v
    raise SystemExit(f"could not generate a valid {what}")


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def dob(rng):
    return dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 62))


def gen_nid(rng, code, d, full):
    """(type, value) for the locale's citizen / tax / health number, validated."""
    if code == "en-US":
        def f():
            a = rng.randrange(1, 900)
            return None if a == 666 else f"{a:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        return "ssn", capped(f, s_ssn.is_valid, "SSN")
    if code == "en-GB":
        def f():
            b = digits(rng, 9)
            c = 11 - sum(int(x) * w for x, w in zip(b, range(10, 1, -1))) % 11
            c = 0 if c == 11 else c
            return None if c == 10 else f"{b[:3]} {b[3:6]} {b[6:]}{c}"
        return "HEALTH_INSURANCE", capped(f, s_nhs.is_valid, "NHS")
    if code == "de-DE":
        def f():
            b = str(rng.randrange(1, 10)) + digits(rng, 9)
            v = b + mod_11_10.calc_check_digit(b)
            return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
        return "TAX_ID", capped(f, s_idnr.is_valid, "Steuer-ID")
    if code == "fr-FR":
        def f():
            b = f"{rng.choice('12')}{d.year % 100:02d}{d.month:02d}{rng.randrange(1, 96):02d}{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}"
            k = s_nir.calc_check_digits(b)
            return f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {k}"
        return "NATIONAL_ID", capped(f, s_nir.is_valid, "NIR")
    if code in ("es-ES",):
        def f():
            b = digits(rng, 8)
            return b + s_dni.calc_check_digit(b)
        return "NATIONAL_ID", capped(f, s_dni.is_valid, "DNI")
    if code == "it-IT":
        def f():
            cons = "BCDFGLMNPRSTVZ"
            b = ("".join(rng.choice(cons) for _ in range(6)) + f"{d.year % 100:02d}" + "ABCDEHLMPRST"[d.month - 1]
                 + f"{d.day + rng.choice([0, 40]):02d}" + rng.choice(["H501", "F205", "L219", "G273", "A944"]))
            return b + s_cf.calc_check_digit(b)
        return "TAX_ID", capped(f, s_cf.is_valid, "codice fiscale")
    if code == "nl-NL":
        def f():
            b = str(rng.randrange(1, 10)) + digits(rng, 7)
            c = sum(int(x) * w for x, w in zip(b, range(9, 1, -1))) % 11
            return None if c == 10 else b + str(c)
        return "NATIONAL_ID", capped(f, s_bsn.is_valid, "BSN")
    if code == "pl-PL":
        def f():
            m = d.month + (20 if d.year >= 2000 else 0)
            b = f"{d.year % 100:02d}{m:02d}{d.day:02d}" + digits(rng, 4)
            return b + s_pesel.calc_check_digit(b)
        return "NATIONAL_ID", capped(f, s_pesel.is_valid, "PESEL")
    if code == "pt-BR":
        def f():
            b = [int(x) for x in digits(rng, 9)]
            d1 = (sum((10 - i) * x for i, x in enumerate(b)) * 10) % 11 % 10
            d2 = (sum((11 - i) * x for i, x in enumerate(b + [d1])) * 10) % 11 % 10
            s = "".join(map(str, b + [d1, d2]))
            return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
        return "TAX_ID", capped(f, s_cpf.is_valid, "CPF")
    if code == "sv-SE":
        def f():
            b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + digits(rng, 3)
            return f"{b[:6]}-{b[6:]}{luhn.calc_check_digit(b)}"
        return "NATIONAL_ID", capped(f, s_pnr.is_valid, "personnummer")
    if code == "tr-TR":
        def f():
            b = str(rng.randrange(1, 10)) + digits(rng, 8)
            return b + s_tck.calc_check_digits(b)
        return "NATIONAL_ID", capped(f, s_tck.is_valid, "TCKN")
    if code == "ru-RU":
        def f():
            b = rng.choice(["77", "50", "78", "66"]) + digits(rng, 8)
            return b + s_inn.calc_personal_check_digits(b)
        return "TAX_ID", capped(f, s_inn.is_valid, "INN")
    if code == "uk-UA":
        def f():
            b = digits(rng, 9)
            return b + s_rntrc.calc_check_digit(b)
        return "TAX_ID", capped(f, s_rntrc.is_valid, "RNTRC")
    if code == "el-GR":
        def f():
            b = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}" + digits(rng, 4)
            return b + luhn.calc_check_digit(b)
        return "NATIONAL_ID", capped(f, s_amka.is_valid, "AMKA")
    if code == "he-IL":
        def f():
            b = digits(rng, 8)
            return b + luhn.calc_check_digit(b)
        return "NATIONAL_ID", capped(f, s_ilid.is_valid, "Teudat Zehut")
    if code == "hi-IN":
        def f():
            b = str(rng.randrange(2, 10)) + digits(rng, 10)
            v = b + verhoeff.calc_check_digit(b)
            return f"{v[:4]} {v[4:8]} {v[8:]}"
        return "NATIONAL_ID", capped(f, s_aadhaar.is_valid, "Aadhaar")
    if code == "th-TH":
        def f():
            b = str(rng.randrange(1, 9)) + digits(rng, 11)
            v = b + s_thpin.calc_check_digit(b)
            return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
        return "NATIONAL_ID", capped(f, s_thpin.is_valid, "Thai PIN")
    if code == "ko-KR":
        def f():
            g = ("1", "2") if d.year < 2000 else ("3", "4")
            b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + rng.choice(g) + f"{rng.randrange(0, 90):02d}" + digits(rng, 3)
            v = b + s_rrn.calc_check_digit(b)
            return f"{v[:6]}-{v[6:]}"
        return "NATIONAL_ID", capped(f, s_rrn.is_valid, "RRN")
    if code == "zh-CN":
        def f():
            b = rng.choice(["110101", "310101", "440103", "510104", "330106"]) + d.strftime("%Y%m%d") + digits(rng, 3)
            return b + s_ric.calc_check_digit(b)
        return "NATIONAL_ID", capped(f, s_ric.is_valid, "RIC")
    if code == "ja-JP":
        def f():
            b = str(rng.randrange(1, 10)) + digits(rng, 10)
            v = b + s_jpin.calc_check_digit(b)
            return f"{v[:4]} {v[4:8]} {v[8:]}"
        return "NATIONAL_ID", capped(f, s_jpin.is_valid, "My Number")
    return None


IBAN_FMT = {"de-DE": ("DE", "n18"), "fr-FR": None, "es-ES": None, "it-IT": None, "nl-NL": ("NL", "a4n10"),
            "pl-PL": ("PL", "n24"), "tr-TR": ("TR", "n5z1n16"), "en-GB": ("GB", "a4n14"), "ar-SA": ("SA", "n20"),
            "he-IL": ("IL", "n19"), "el-GR": ("GR", "n23"), "uk-UA": ("UA", "n25"), "sv-SE": ("SE", "n20"),
            "pt-BR": ("BR", "n23a1c1")}


def gen_iban(rng, code):
    spec = IBAN_FMT.get(code) or ("DE", "n18")
    cc, fmt = spec

    def f():
        bban = ""
        for kind, n in re.findall(r"([anzc])(\d+)", fmt):
            for _ in range(int(n)):
                bban += {"a": rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), "n": rng.choice("0123456789"), "z": "0",
                         "c": rng.choice("12")}[kind]
        raw = cc + s_iban.calc_check_digits(cc + "00" + bban) + bban
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return capped(f, s_iban.is_valid, "IBAN")


def gen_card(rng):
    def f():
        b = rng.choice(["4", "51", "52", "53", "54"]) + ""
        b += digits(rng, 15 - len(b))
        v = b + luhn.calc_check_digit(b)
        return None if v.startswith("4111111111111") else " ".join(v[i:i + 4] for i in range(0, 16, 4))
    return capped(f, lambda v: luhn.is_valid(v.replace(" ", "")), "card")


def gen_aba(rng):
    def f():
        b = rng.choice(["02", "03", "06", "07", "11", "12", "26"]) + digits(rng, 6)
        return f"{b}{s_rtn.calc_check_digit(b)} {digits(rng, rng.randrange(8, 12))}"
    return capped(f, lambda v: s_rtn.is_valid(v.split()[0]), "ABA")


def gen_ip(rng):
    def f():
        v = f"{rng.randrange(1, 224)}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
        return v if ipaddress.ip_address(v).is_global else None
    return capped(f, lambda v: ipaddress.ip_address(v).is_global, "IP")


def gen_phone(rng, region, fixed=False):
    kind = phonenumbers.PhoneNumberType.FIXED_LINE if fixed else phonenumbers.PhoneNumberType.MOBILE
    ex = phonenumbers.example_number_for_type(region, kind)
    nsn = phonenumbers.national_significant_number(ex)

    def f():
        keep = max(2, len(nsn) - 6)
        num = phonenumbers.parse(f"+{ex.country_code}{nsn[:keep]}{digits(rng, len(nsn) - keep)}", None)
        if not phonenumbers.is_valid_number_for_region(num, region):
            return None
        style = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                            phonenumbers.PhoneNumberFormat.E164])
        return phonenumbers.format_number(num, style)
    v = capped(f, lambda s: phonenumbers.is_valid_number(phonenumbers.parse(s, region)), "phone " + region)
    return v


# ---------------------------------------------------------------------------------------------- people
ROMAN = "ka ri mo ta ne su lo vi an el de ya ko mi ha ju".split()


def person(rng, pools, code):
    c, p = L[code], pools[code]
    g, s = rng.choice(p["given"]), rng.choice(p["sur"])
    full = s + g if c["order"] == "sg" else f"{g} {s}"
    d = dob(rng)
    fmt = rng.choice(["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"] if code not in ("en-US",) else ["%m/%d/%Y", "%Y-%m-%d"])
    if code in CJK:
        fmt = rng.choice(["%Y-%m-%d", "%Y年%m月%d日"]) if code != "ko-KR" else rng.choice(["%Y-%m-%d", "%Y.%m.%d"])
    if c["script"] == "Latin":
        handle = re.sub(r"[^a-z]", "", (g[0] + "." + s).lower().encode("ascii", "ignore").decode()) or "client"
        handle = (g[0] + "." if rng.random() < .5 else "") + re.sub(r"[^a-z]", "", s.lower().encode("ascii", "ignore").decode())
    else:
        handle = "".join(rng.choice(ROMAN) for _ in range(3)) + rng.choice([".", "_", ""])
    email = f"{handle or 'kari'}{rng.randrange(1, 99)}@{rng.choice(c['doms'])}"
    street = c["street"].format(p=rng.choice(p["place"]), n=rng.randrange(1, 180))
    city = rng.choice(p["place"])
    addr = f"{street}, {city}" if code not in CJK else f"{city}{street}"
    return dict(given=g, sur=s, full=full, dob=d.strftime(fmt), d=d, email=email, addr=addr,
                phone=gen_phone(rng, c["region"]), nid=gen_nid(rng, code, d, full))


def caseref(rng):
    return rng.choice([f"CL-{rng.randrange(2019, 2027)}-{rng.randrange(1, 999999):06d}",
                       f"{rng.randrange(10, 99)} C {rng.randrange(100, 9999)}/{rng.randrange(19, 27)}",
                       f"M{rng.randrange(10000, 99999)}.{rng.randrange(1, 40):03d}",
                       f"HH{rng.randrange(20, 27)}C{rng.randrange(10000, 99999)}",
                       f"EF-{rng.randrange(100000, 999999)}-{rng.choice('ABCDEFGH')}"])


# ---------------------------------------------------------------------------------------------- documents
KINDS = ["intake", "correspondence", "scheduling", "complaint", "internal_note", "export", "notice", "form", "chat"]
VOICE = {"intake": ["legal-aid intake worker", "advice-line volunteer"], "correspondence": ["solicitor", "paralegal"],
         "scheduling": ["court clerk", "listing office"], "complaint": ["tenant", "debtor"],
         "internal_note": ["barrister", "trainee solicitor"], "export": ["matter-management export", "billing system"],
         "notice": ["court administration", "notary"], "form": ["e-filing portal", "land registry"],
         "chat": ["member of the public", "law student"]}
REL = ["my sister", "her son", "my landlord's agent", "the new trainee", "my neighbour", "his ex-wife", "our juror",
       "the witness", "my brother-in-law", "the tenant's daughter"]


def org_line(rng, pools, code):
    o = rng.choice(pools[code]["org"])
    return o, gen_phone(rng, L[code]["region"], fixed=True)


def doc(rng, pools, code, kind, sens, incidental):
    """returns (text, issued [(type, value)], shorts [values for short placements])"""
    c = L[code]
    lab = c["lab"]
    ref = caseref(rng)
    org, sw = org_line(rng, pools, code)
    pub = rng.choice(pools["_public"])
    ph = rng.choice(pools["_placeholder"])
    dom = "example.com" if rng.random() < .5 else "example.org"
    issued, shorts = [], []
    if sens and not incidental:
        p = person(rng, pools, code)
        p2 = person(rng, pools, code)
        extra = {}
        if rng.random() < .35:
            extra["IBAN_CODE"] = gen_iban(rng, code) if code != "en-US" else None
        if code == "en-US" and rng.random() < .5:
            extra["US_BANK_NUMBER"] = gen_aba(rng)
        if rng.random() < .2:
            extra["CREDIT_CARD"] = gen_card(rng)
        if rng.random() < .2:
            extra["IP_ADDRESS"] = gen_ip(rng)
        if rng.random() < .15:
            extra["MEDICAL_RECORD"] = f"MRN {rng.choice('ABKRT')}{digits(rng, 7)}"
        extra = {k: v for k, v in extra.items() if v}
        nid = p["nid"]
        idl = f"ID ({nid[0]})" if nid else ""
        bank = "; ".join(f"{k.split('_')[0].lower()}: {v}" for k, v in sorted(extra.items()))
        T = {
            "intake": f"LEGAL AID INTAKE – {org} – ref {ref}\n{lab[0]}: {p['full']}\n{lab[1]}: {p['dob']}\n"
                      f"{lab[2]}: {p['addr']}\n{lab[3]}: {p['phone']}\nemail: {p['email']}\n"
                      + (f"{idl}: {nid[1]}\n" if nid else "") + (f"{bank}\n" if bank else "")
                      + f"Issue: {c['note']}\nMeans: UC + PIP, 2 deps. Conflict chk: clear vs {p2['full']} (opp. party).",
            "correspondence": f"Our ref: {ref}\nDear {p['full']},\nRe: your matter – {c['note']}\nWe write to confirm our "
                              f"instructions. We hold your address as {p['addr']} and your DOB as {p['dob']}. Pls call "
                              f"me on {p['phone']} or reply to {p['email']}." + (f" Payment ref {bank}." if bank else "")
                              + f"\nYours sincerely,\n{org}",
            "scheduling": f"Listing request {ref}: hearing to be relisted, witness {p['full']} (tel {p['phone']}) "
                          f"unavailable 3–14 May (hospital, {extra.get('MEDICAL_RECORD', 'no MRN')}). Second witness "
                          f"{p2['full']}, {p2['phone']}. Time estimate 1 day. {c['note']}",
            "complaint": f"Formal complaint re {org}. My name is {p['full']}, born {p['dob']}, living at {p['addr']}. "
                         f"They took money from my account {bank or p['email']} w/o consent!! {c['note']} "
                         f"Contact: {p['phone']}." + (f" {idl}: {nid[1]}" if nid else ""),
            "internal_note": f"Attendance note {ref} – {c['note']} Client {p['full']} ({lab[1]} {p['dob']}) attended w/ "
                             f"{REL[rng.randrange(len(REL))].split()[-1]} {p2['given']}. "
                             + (f"{idl} {nid[1]} verified (AML). " if nid else "")
                             + f"Next: LBA to opp. Time 0.6h. {bank}",
            "export": "matter_id,client,dob,email,phone,address,id\n" + "\n".join(
                f"{caseref(rng)},{q['full']},{q['dob']},{q['email']},{q['phone']},\"{q['addr']}\",{q['nid'][1] if q['nid'] else ''}"
                for q in (p, p2)) + (f"\n# payment: {bank}" if bank else ""),
            "notice": f"NOTICE OF POSSESSION HEARING – claim {ref}\nTo: {p['full']}, {p['addr']}\n{c['note']}\n"
                      f"You must attend. Enquiries: {sw}. Served by post on {p['full']} ({lab[1]} {p['dob']}).",
            "form": json.dumps({"form": "e-filing/notarial deed", "case": ref, "party_1": {"name": p["full"],
                                "dob": p["dob"], "address": p["addr"], "id": nid[1] if nid else None,
                                "phone": p["phone"]}, "party_2": {"name": p2["full"], "email": p2["email"]},
                                "fees": bank or None, "notary": org}, ensure_ascii=False, indent=1),
            "chat": f"[09:14] visitor: hi, {c['note']} my name is {p['full']}, number {p['phone']}\n[09:15] adviser: "
                    f"thanks, can you confirm postcode/address?\n[09:16] visitor: {p['addr']}"
                    + (f", paid fee with {bank}" if bank else "") + "\n[09:16] adviser: ok, logging this.",
        }
        text = T[kind]
        issued = [("PERSON", p["full"]), ("PERSON", p2["full"]), ("DATE_TIME", p["dob"]),
                  ("DATE_TIME", p2["dob"]), ("LOCATION", p["addr"]), ("LOCATION", p2["addr"]),
                  ("PHONE_NUMBER", p["phone"]), ("PHONE_NUMBER", p2["phone"]), ("EMAIL_ADDRESS", p["email"]),
                  ("EMAIL_ADDRESS", p2["email"])] + ([nid] if nid else []) + ([p2["nid"]] if p2["nid"] else []) \
            + sorted(extra.items()) + ([("PERSON", p2["given"])] if kind == "internal_note" else [])
        shorts = [p["full"], p["email"], p["phone"]]
    else:
        T = {
            "intake": f"LEGAL AID INTAKE – blank template v3 ({org})\n{lab[0]}: [________]\n{lab[1]}: [DD/MM/YYYY]\n"
                      f"{lab[2]}: [________]\n{lab[3]}: [________]\nExample entry: {ph}, 01/01/1970\n"
                      f"Q3 stats: 412 enquiries, 58% housing, 21% debt. Switchboard {sw}.",
            "correspondence": f"Our ref: {ref}\nTo the Court Manager, listing office (listings@{dom})\nDear Sir or Madam,\n"
                              f"We enclose the bundle index. As {pub} observed, the overriding objective applies. "
                              f"{c['note']} Please call our switchboard {sw}.\nYours faithfully,\n{org}",
            "scheduling": f"CAUSE LIST – Court 4 – before {pub}\n10:00 {ref} {org} v {rng.choice(pools[code]['org'])} (TE 2h)\n"
                          f"14:00 {caseref(rng)} directions, remote (CVP). Enquiries: {sw}, hearings@{dom}.",
            "complaint": f"Complaint ref {ref} about the e-filing portal: envelope EF-{digits(rng, 8)} rejected twice, "
                         f"invoice INV-{digits(rng, 6)} charged twice. Ombudsman scheme ref OMB/{digits(rng, 5)}. "
                         f"Firm SRA ID {digits(rng, 6)}. Helpdesk {sw}. {c['note']}",
            "internal_note": f"Research note {ref}: see {pub}; cf. the {rng.choice(['Bolam test', 'Wednesbury principle', 'Miranda warning', 'Hague Rules', 'Napoleonic Code'])}. "
                             f"{c['note']} Client anonymised as [CLIENT A]; opp. party [B].",
            "export": "matter_id,fee_earner,type,wip_gbp,status\n" + "\n".join(
                f"{caseref(rng)},FE{rng.randrange(1, 40):02d},{rng.choice(['housing', 'debt', 'conveyancing', 'probate'])},"
                f"{rng.randrange(100, 9999)}.{rng.randrange(0, 99):02d},{rng.choice(['open', 'closed', 'on hold'])}"
                for _ in range(rng.randrange(3, 7))) + f"\n# export by matter-svc@{dom} from 192.0.2.{rng.randrange(1, 255)}",
            "notice": f"PUBLIC NOTICE: {org} / county court counter closed Friday. E-filing remains open. Emergencies: "
                      f"{rng.choice(['112', '999', '911', '110'])}. Queries: {sw} or enquiries@{dom}. {c['note']}",
            "form": json.dumps({"form": "e-filing test fixture", "case": ref, "party_1": {"name": ph, "dob": "1970-01-01",
                                "address": "[ADDRESS]", "phone": "+1 555 0100"}, "card": "4111 1111 1111 1111",
                                "client_ip": "198.51.100.7", "ipv6": "2001:db8::17", "email": f"jane.doe@{dom}",
                                "notary": org}, ensure_ascii=False, indent=1),
            "chat": f"[09:14] visitor: general question – {c['note']} how long does the process take in my country?\n"
                    f"[09:15] adviser: usually 6–10 weeks; in danger call {rng.choice(['112', '999', '911'])}; "
                    f"our advice line is {sw}.",
        }
        text = T[kind]
        shorts = [ref, f"listings@{dom}", sw]
        if incidental:
            p = person(rng, pools, code)
            choice = rng.randrange(4)
            if choice == 0:
                bit = (f" PS: {rng.choice(REL)} {p['given']} will bring the papers.", ("PERSON", p["given"]))
            elif choice == 1:
                bit = (f" (call back on {p['phone']})", ("PHONE_NUMBER", p["phone"]))
            elif choice == 2:
                bit = (f" – client DOB {p['dob']}", ("DATE_TIME", p["dob"]))
            else:
                bit = (f" cc {p['email']}", ("EMAIL_ADDRESS", p["email"]))
            lines = text.split("\n")
            i = rng.randrange(len(lines))
            lines[i] += bit[0]
            text = "\n".join(lines)
            issued = [bit[1]]
            shorts = [bit[1][1]]
    if c["script"] != "Latin" and rng.random() < .5:
        text = f"{c['note']}\n{text}"
    return text, issued, shorts


# ---------------------------------------------------------------------------------------------- placement
PLACES = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_args",
          "json_schema", "user_field", "stop", "prediction", "metadata"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "local/llama-3.1-8b"]


def place(rng, where, text, shorts, ask, voice):
    sysmsg = {"role": "system", "content": f"You assist a {voice} in a legal practice. Be precise; no legal advice."}
    body = {"model": rng.choice(MODELS)}
    if where == "user":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{ask}\n\n{text}"}]
    elif where == "system":
        body["messages"] = [{"role": "system", "content": f"Matter context:\n{text}"}, {"role": "user", "content": ask}]
    elif where == "assistant":
        body["messages"] = [sysmsg, {"role": "user", "content": "pasting the doc"},
                            {"role": "assistant", "content": f"Received:\n{text}"}, {"role": "user", "content": ask}]
    elif where == "tool":
        body["messages"] = [sysmsg, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                             "function": {"name": "fetch_matter", "arguments": "{}"}}]},
                            {"role": "tool", "tool_call_id": "call_1", "content": text}]
    elif where == "text_part":
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask},
                                                                  {"type": "text", "text": text}]}]
    elif where == "file_part":
        fn = re.sub(r"[^\w.-]", "_", shorts[0])[:40] + "_file.txt" if rng.random() < .5 else "matter_export.txt"
        data = base64.b64encode(text.encode("utf-8")).decode()
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file",
                            "file": {"filename": fn, "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif where == "image_url":
        q = urllib.parse.urlencode({"party": shorts[0], "ref": shorts[-1], "page": 2})
        body["messages"] = [sysmsg, {"role": "user", "content": [
            {"type": "text", "text": ask + " (scan attached)"},
            {"type": "image_url", "image_url": {"url": f"https://efile.courts-portal.invalid/scan/p2.png?{q}"}}]}]
    elif where == "tool_def":
        body["messages"] = [sysmsg, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": "file_document", "description":
                          f"Files the document below.\n{text}", "parameters": {"type": "object", "properties":
                          {"case": {"type": "string"}}}}}]
    elif where == "tool_args":
        body["messages"] = [sysmsg, {"role": "user", "content": ask}, {"role": "assistant", "content": None,
                            "tool_calls": [{"id": "call_7", "type": "function", "function": {"name": "conflict_check",
                             "arguments": json.dumps({"document": text}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": "call_7", "content": "no conflict found"}]
    elif where == "json_schema":
        body["messages"] = [sysmsg, {"role": "user", "content": ask}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "matter", "schema": {
            "type": "object", "description": text, "properties": {"party": {"type": "string", "enum": shorts[:2],
                                                                          "examples": shorts[-1:]}}}}}
    elif where == "user_field":
        body["messages"] = [sysmsg, {"role": "user", "content": ask}]
        body["user"] = shorts[0]
    elif where == "stop":
        body["messages"] = [sysmsg, {"role": "user", "content": ask}]
        body["stop"] = [shorts[0], "\n###"]
    elif where == "prediction":
        body["messages"] = [sysmsg, {"role": "user", "content": ask}]
        body["prediction"] = {"type": "content", "content": text}
    elif where == "metadata":
        body["messages"] = [sysmsg, {"role": "user", "content": ask}]
        body["store"] = True
        body["metadata"] = {"matter": shorts[-1][:500], "party": shorts[0][:500], "source": voice}
    return body


def haystack(body):
    out = []

    def walk(x):
        if isinstance(x, dict):
            for k in sorted(x):
                walk(x[k])
        elif isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, str):
            out.append(x)
            out.append(urllib.parse.unquote_plus(x))
            m = re.match(r"data:[\w/.+-]+;base64,(.*)$", x, re.S)
            if m:
                out.append(base64.b64decode(m.group(1)).decode("utf-8"))
    walk(body)
    return "\n".join(out)


def label(body, issued):
    h = haystack(body)
    ents, seen = [], set()
    for t, v in issued:
        if v and (t, v) not in seen and v in h:
            seen.add((t, v))
            ents.append({"type": t, "value": v})
    return ents


# ---------------------------------------------------------------------------------------------- complexity
DOCKET = ["hearing bundle index", "witness statement", "disclosure list", "costs schedule", "skeleton argument",
          "exhibit", "consent order", "notice of change", "N244 application", "land registry TR1"]
CLAUSES = ["The Tenant shall pay the Rent monthly in advance; the Landlord may forfeit after 21 days' arrears.",
           "The deposit shall be protected within 30 days; failure renders any s.21 notice invalid.",
           "Either party may terminate on two months' written notice expiring at the end of a period.",
           "Liability for consequential loss is excluded save for fraud or death or personal injury.",
           "Service by e-mail is valid only where the recipient has confirmed in writing it accepts it.",
           "Guarantor liability continues notwithstanding any variation or extension of time to the Tenant.",
           "Interest accrues on late payments at 8% above base rate under the Late Payment Act.",
           "The arbitration seat is London; the law of the contract is that of the place of performance."]
SHORT_SIMPLE = ["what does 'without prejudice' mean?", "hi! thanks for the help yesterday", "spell out 'ECHR' please",
                "what's the abbreviation for Court of Appeal?", "translate 'affidavit' into French",
                "convert 14:30 to 12-hour format for the cause list", "which form is N1?", "is 'defendant' the one being sued?",
                "good morning, new week in chambers", "capitalise: county court at central london"]
SHORT_HARD = ["Tenant paid rent late 3 times, deposit unprotected, s.21 served day 29: is the notice valid and what's the best route for the landlord?",
              "Two co-defendants, one insolvent: how should we apportion costs risk and should we offer a Part 36?",
              "Witness contradicts her own statement on timing; plan a cross-examination strategy in 5 steps.",
              "Is a notarised foreign POA enough to sell land here, or do we need apostille plus translation? weigh the risks.",
              "Debtor has 3 CCJs and a pending IVA proposal; rank the creditor's enforcement options by expected recovery.",
              "Draft the argument that a limitation period was postponed by deliberate concealment, anticipating the reply.",
              "Conflict check hit: we acted for the opponent 4 years ago on an unrelated lease. can we act? reason it through.",
              "Juror researched the defendant online mid-trial: analyse the appeal grounds and likely outcome."]
LONG_HARD_ASK = ["Identify conflicts between these clauses, decide which prevails and propose redrafts with reasons.",
                 "Analyse the chronology, find the limitation issues and build a litigation plan with risks.",
                 "Evaluate each defence against these terms and recommend a negotiation strategy."]


def complexity(rng, pools, codes):
    recs = []
    cats = ["short_simple"] * 48 + ["long_easy"] * 48 + ["short_hard"] * 48 + ["long_hard"] * 46
    rng.shuffle(cats)
    for i, cat in enumerate(cats):
        code = codes[i % len(codes)]
        c = L[code]
        native = rng.random() < .5
        if cat == "short_simple":
            txt = rng.choice(SHORT_SIMPLE) if not native else c["easy"] + ": " + caseref(rng)
            style = "lookup"
        elif cat == "short_hard":
            txt = (c["hard"] + ": " if native else "") + rng.choice(SHORT_HARD)
            style = "judgement"
        elif cat == "long_easy":
            rows = "\n".join(f"{j + 1}. {rng.choice(DOCKET)} — {caseref(rng)} — filed {dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(300))}"
                             f" — {rng.randrange(2, 60)} pp" for j in range(rng.randrange(30, 40)))
            ask = c["easy"] if native else rng.choice(["sort by date and make a table", "remove duplicates, keep the list",
                                                       "copy the refs into one column", "reformat as CSV"])
            txt = f"{rows}\n\n{ask}"
            style = "reformat"
        else:
            cl = "\n".join(f"{j + 1}.{k + 1} {rng.choice(CLAUSES)}" for j in range(rng.randrange(6, 9))
                           for k in range(rng.randrange(1, 4)))
            ask = c["hard"] if native else rng.choice(LONG_HARD_ASK)
            txt = f"{ask}\n\n{cl}\n\nFacts: {c['note']}"
            style = "analysis"
        if cat == "long_easy" and len(txt) < 1500:
            raise SystemExit("long_easy too short")
        body = {"model": rng.choice(MODELS), "messages": [{"role": "system", "content": "You are a legal assistant."},
                                                          {"role": "user", "content": txt}]}
        recs.append({"id": f"rill-cx-{i + 1:04d}", "category": cat, "label": int(cat.endswith("hard")),
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat",
                     "lang": code if native else "en", "style": f"{style}/{rng.choice(sum(VOICE.values(), []))}",
                     "body": body})
    return recs


# ---------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    frozen = frozen_words()
    pools, dropped = build_pools(rng, frozen)
    codes = sorted(L)
    recs = []
    n, per_kind = 0, 56  # 9 kinds x 56 = 504 records; 33 sensitive each (~59%)
    for ki, kind in enumerate(KINDS):
        flags = [True] * 33 + [False] * (per_kind - 33)
        rng.shuffle(flags)
        for j, sens in enumerate(flags):
            n += 1
            code = codes[(n * 7 + ki) % len(codes)]
            incidental = sens and rng.random() < .12
            text, issued, shorts = doc(rng, pools, code, kind, sens and not incidental, incidental)
            voice = VOICE[kind][j % 2]
            ask = rng.choice([L[code]["ask"], "summarise this", "extract the key dates", "draft a reply",
                              "translate to English", "check for errors"])
            completions = rng.random() < .10
            if completions:
                body = {"model": rng.choice(MODELS), "prompt": f"{ask}\n\n{text}\n\nAnswer:", "max_tokens": 400}
                where = "prompt"
            else:
                where = PLACES[(n + ki) % len(PLACES)]
                body = place(rng, where, text, shorts, ask, voice)
            ents = label(body, issued)
            if sens and not ents:
                raise SystemExit(f"sensitive record {n} lost all its values")
            assert bool(ents) == sens or (not sens and not ents)
            recs.append({"id": f"rill-pii-{n:04d}", "category": kind if ents else f"{kind}_benign",
                         "sensitive": bool(ents), "entities": ents,
                         "endpoint": "completions" if completions else "chat", "lang": code,
                         "style": f"{voice} · {where}" + (" · incidental" if incidental else ""), "body": body})
            recs[-1]["_inc"] = incidental
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    inc = sum(r.pop("_inc") for r in recs)
    for r in recs:
        assert r["sensitive"] == bool(r["entities"])
    with open(out / f"pii_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cx = complexity(rng, pools, codes)
    with open(out / f"complexity_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for r in cx:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in recs)
    print(f"freeze: {len(frozen)} frozen words; dropped {sum(dropped.values())} pool entries {dict(sorted(dropped.items()))}")
    print(f"pii_{SPLIT}.jsonl: {len(recs)} records, {sens} sensitive ({sens / len(recs):.0%}), {len(recs) - sens} benign, "
          f"{inc} incidental; endpoints {dict(sorted(collections.Counter(r['endpoint'] for r in recs).items()))}; "
          f"{len(set(r['lang'] for r in recs))} locales, {len(set(L[r['lang']]['script'] for r in recs))} scripts")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in recs).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in recs for e in r["entities"]).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records;", dict(sorted(collections.Counter(r["category"] for r in cx).items())),
          f"{len(set(r['lang'] for r in cx))} language tags, {sum(r['length_adversarial'] for r in cx)} length-adversarial, "
          f"{sum(r['label'] for r in cx)} labelled 1")


if __name__ == "__main__":
    main()
