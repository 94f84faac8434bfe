#!/usr/bin/env python3
"""Ria: a blind evaluation split for the request signals, organised by BANKING, LENDING, INSURANCE AND PERSONAL FINANCE.

Writes bench/data/signals/pii_ria.jsonl and bench/data/signals/complexity_ria.jsonl in the record schema of the
other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id, category,
label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of make_delta_signal_sets.py (schema and label
    conventions) and the first two lines of the two delta JSONL files. Not read: the detector, the scorer, the
    tests, the evaluator, results, docs, policies, README or any other generator. (Caveat: before reading the
    brief the author ran ``git log --oneline | head -5`` once, so five commit subjects of the previous batch
    were seen: sport, utilities and education splits; nothing of their content.) Other generators are only
    scanned automatically by ``frozen_words()`` (capitalised and non-ASCII words; this file is skipped) and
    every name, street, town, company, public-figure and eponym pool entry that shares a word (or a non-ASCII
    bigram) with that set is dropped at run time; pools are refilled from invented, locale-typical parts
    (capped retries, re-checked). For streets and firms the distinctive part is checked; the generic street
    type or legal form ("Road", "Bank plc", "Versicherung AG") is added afterwards, since nearly all such
    generic words are already in the frozen set. The run prints how many entries the freeze dropped.

Organising principle and the line drawn
    The world of retail BANKING, LENDING, INSURANCE AND PERSONAL FINANCE. Nine kinds (categories):
    card_dispute (current-account and card disputes, chargebacks, fraud), loan_mortgage (loan and mortgage
    applications, affordability), credit_file (credit-file corrections, statutory requests), kyc_aml (KYC/AML
    onboarding, source-of-funds / source-of-wealth), insurance_quote (home, motor, travel, life quotes),
    insurance_claim (claims, loss adjusting, travel medical), pension_invest (pension and investment
    statements, transfers), factfind_debt (adviser fact-finds and debt advice), branch_notes (branch and
    call-centre notes, complaints). Sensitive records use ``<kind>``, benign ``<kind>_benign``.
    Personal data = anything about a private customer, applicant, claimant, beneficiary, dependant or
    third party that identifies or is linked to them: names (also a first name with a relation or role cue),
    phones, personal e-mails, home addresses, birth dates, national / tax / health-insurance numbers, card
    numbers, IBANs and US routing+account pairs of private persons, their public IPs from login logs,
    hospital record numbers. NOT personal data (benign hard negatives): an institution's own published data
    (sort codes, SWIFT/BIC, ABA routing numbers, LEIs, ISINs, claim-line and switchboard numbers, role
    mailboxes, registered offices, an insurer's premium-collection IBAN), public executives, central
    bankers and economists quoted in their public role, eponyms (named models and rules), fictional
    characters in training material, blank forms and placeholders, documented test card numbers and
    RFC 5737 addresses, claim / policy / case / chargeback reference numbers, aggregated statistics and
    already-anonymised or masked data (last four digits only).

Labels
    ``entities`` is a list of {"type", "value"} dicts, computed by searching the serialised body (file parts
    base64-decoded, URLs unquoted) for every value the record issued; ``sensitive`` is true iff entities is
    non-empty (asserted). Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH,
    NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US SSN only),
    US_BANK_NUMBER (the account number of a US routing + account pair), MEDICAL_RECORD. Complexity: label 1 =
    needs a strong model (short_hard, long_hard), 0 otherwise; length_adversarial for short_hard and long_easy.

Contents (seed 20260611, printed by the run)
    pii_ria.jsonl: 504 requests (9 kinds x 56: 32 sensitive + 24 benign; 288 sensitive / 216 benign), 22
    locales (Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai, Han, Kana, Hangul scripts), about 10%
    on the completions endpoint; 36 sensitive records carry a single incidental item.
    complexity_ria.jsonl: 192 chat requests in 14 language tags, 48 per category (short_simple, long_easy >= 1,500
    chars, short_hard, long_hard); 96 length-adversarial, 96 labelled 1. The freeze dropped 339 pool entries in 42
    pools (all refilled); 13 of 33 real public-figure names, 6 of 16 eponyms and 2 of 12 fictional names survived.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (IBAN, NHS, UTR,
    SSN, ITIN, ABA RTN, Steuer-IdNr, NIR, DNI, codice fiscale, BSN, PESEL, NIP, CPF, personnummer, TC kimlik,
    INN, AMKA, AFM, Teudat Zehut, Aadhaar, PAN, My Number, RRN, RIC, Thai PIN, CURP, RFC, ZA ID, Egyptian TN,
    BIC, LEI, ISIN); the German KVNR with an own routine; cards with Luhn; every phone number is valid for its
    region (phonenumbers). The run aborts on an invalid value; every retry loop is capped.

Command (deterministic for a given seed; --seed changes the draws, not the distributions)
    python bench/make_ria_signal_sets.py [--seed N] [--out bench/data/signals]
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
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import bic, iban, isin, lei, luhn, verhoeff
from stdnum.au import tfn  # noqa: F401  (kept for parity of imports)
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.eg import tn as eg_tn
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka
from stdnum.gr import vat as gr_vat
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
from stdnum.us import itin, rtn, ssn
from stdnum.za import idnr as za_idnr

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "ria"
DEFAULT_SEED = 20260611

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    own = pathlib.Path(__file__).resolve().name
    for name in FROZEN_AGAINST:
        p = HERE / f"make_{name}_signal_sets.py"
        if not p.exists() or p.name == own:
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
    for i, t in enumerate(toks):
        if t in FROZEN:
            return True
        if i and any(ord(c) > 127 for c in t) and any(ord(c) > 127 for c in toks[i - 1]):
            if toks[i - 1] + " " + t in FROZEN:
                return True
    return False


def freeze_pool(name, entries, parts=None, rng=None, want=8, joiner=""):
    """Drop frozen entries; refill from invented parts (capped, re-checked)."""
    out = []
    for e in entries:
        if clashes(e):
            DROPPED[name] += 1
        elif e not in out:
            out.append(e)
    tries = 0
    while parts and len(out) < want and tries < 400:
        tries += 1
        cand = joiner.join(rng.choice(p) for p in parts)
        if cand in out or clashes(cand):
            continue
        out.append(cand)
    if not out:
        raise SystemExit(f"pool {name} emptied by the freeze")
    return out


# ----------------------------------------------------------------------------------------------- locales
# given names (real, less common), male/female; surname parts (prefix, suffix_m, suffix_f); town parts;
# street-name parts and generic street types; phone region; date format; labels.
LOC = {
    "en-GB": dict(gm="Barnaby Rhodri Fergus Peregrine Cormac Lachlan Ptolemy Alaric".split(),
                  gf="Tamsin Ottilie Imogen Cressida Perpetua Winnifred Jocasta Henrietta".split(),
                  sp="Ash Black Crom Thorn Whit Ems Pell Brack Kerse Wyn Tull Harl".split(),
                  sm="wick worth combe hurst more ridge thwaite stow cote ingham".split(), sf=None,
                  tp="Brack Wex Holl Kers Thorn Mell Dun Ashen".split(), ts="holt combe field bury stead wick".split(),
                  st="Ropers Tanyard Bellfounders Coldharbour Pinfold Glebe Saltings Ferrers".split(),
                  sty=["Road", "Lane", "Close", "Crescent", "Terrace"], region="GB", datef="%d/%m/%Y"),
    "en-US": dict(gm="Dashiell Braxton Keaton Tavion Colby Everett Judson Rhett".split(),
                  gf="Marisol Jolene Latrice Delphine Dakota Kinsley Rosalind Maribel".split(),
                  sp="Pen Hol Stan Crow Mar Whit Bur Ab Kes Lang".split(),
                  sm="dale worth ston ington ley brook field berger".split(), sf=None,
                  tp="Cedar Maple Harlan Quincy Elk Fall".split(), ts="ville ton burg wood port dale".split(),
                  st="Sycamore Buckeye Tamarack Persimmon Chickasaw Cottonwood Redbud".split(),
                  sty=["St", "Ave", "Dr", "Blvd", "Ct"], region="US", datef="%m/%d/%Y"),
    "de-DE": dict(gm="Hartmut Volkmar Detlef Eckhard Lutz Gernot Wolfram Ansgar".split(),
                  gf="Wiebke Gerlinde Ortrud Henrike Irmgard Swantje Hiltrud Almut".split(),
                  sp="Brenn Kalt Ober Wies Lind Stroh Eich Gries Ruß Pfeff".split(),
                  sm="bichler wanger stetter huber mayr reiter hammer egger".split(), sf=None,
                  tp="Alten Nieder Hohen Ober Kirch Wald".split(), ts="kirchen bach feld dorf hausen stetten".split(),
                  st="Flachs Gerber Tuchmacher Weber Zimmerer Hafner Wagner".split(),
                  sty=["gasse", "weg", "straße", "ring"], region="DE", datef="%d.%m.%Y", compound_street=True),
    "fr-FR": dict(gm="Gaëtan Anatole Ghislain Aurélien Côme Évariste Timothée Bastien".split(),
                  gf="Solène Bérangère Maëlys Clémence Ombeline Apolline Gwladys Anouk".split(),
                  sp="Beau Ver Mont Roche Lar Chaba Gram Fouc".split(),
                  sm="champ nier ferrand mousse rieux lanne ouzet".split(), sf=None,
                  tp="Saint-Aubin Ville Mont Champ Bois".split(), ts="-sur-Vienne franche rozier lieu -les-Bains".split(),
                  st="Tanneurs Cordiers Vignerons Tisserands Potiers Cloutiers".split(),
                  sty=["rue des", "impasse des", "allée des", "chemin des"], region="FR", datef="%d/%m/%Y", prefix_street=True),
    "es-ES": dict(gm="Iñaki Leoncio Fermín Eusebio Gonzalo Teodoro Bartolomé Baltasar".split(),
                  gf="Leocadia Remedios Begoña Almudena Covadonga Itziar Rocío Nieves".split(),
                  sp="Valde Torre Mira Casa Villa Fuente Peña Sierra".split(),
                  sm="rrama cilla blanca seca llana hermosa moral".split(), sf=None,
                  tp="Villa Castro Puebla Torre".split(), ts="nueva verde del Río rrubia mayor".split(),
                  st="Alfareros Bordadores Curtidores Herreros Tintoreros".split(),
                  sty=["calle de los", "avenida de los", "plaza de los"], region="ES", datef="%d/%m/%Y", prefix_street=True),
    "it-IT": dict(gm="Ottavio Settimio Pierluigi Gianfranco Arcangelo Corrado Tancredi Ruggero".split(),
                  gf="Ginevra Ludovica Rosalba Ornella Benedetta Annunziata Fiammetta Loredana".split(),
                  sp="Cala Monte Pietra Bella Santo Ferra Rocca Acqua".split(),
                  sm="bretta vecchia fiore lunga santa viva franca".split(), sf=None,
                  tp="Borgo Castel Pieve Monte Roc".split(), ts="franco nuovo vecchio alto cavallo".split(),
                  st="Cordai Vetrai Ramai Battiloro Cimatori Funai".split(),
                  sty=["via dei", "vicolo dei", "piazza dei"], region="IT", datef="%d/%m/%Y", prefix_street=True),
    "nl-NL": dict(gm="Hidde Sjoerd Tjeerd Reinout Wessel Douwe Folkert Ids".split(),
                  gf="Femke Jorien Marloes Geertje Sietske Anouk Fenna Wietske".split(),
                  sp="Hooge Brink Wester Stroo Kamp Veld Oost Zand".split(),
                  sm="veen meijer bosch kerk hof huis inga stra".split(), sf=None,
                  tp="Hooge Wester Zuider Nieuw".split(), ts="veen woude dijk horst zijl".split(),
                  st="Lijnbaans Touwslagers Kuipers Turfdragers".split(),
                  sty=["straat", "gracht", "pad", "laan"], region="NL", datef="%d-%m-%Y", compound_street=True),
    "pl-PL": dict(gm="Radosław Przemysław Zbigniew Bożydar Wojsław Jarogniew Sławomir".split(),
                  gf="Wiesława Jadwiga Bogumiła Grażyna Zdzisława Bronisława Teodora".split(),
                  sp="Kos Wrzos Brzoz Jarzęb Modrzew Sosn Jaworz Grab".split(),
                  sm="owski iński".split(), sf={"owski": "owska", "iński": "ińska"},
                  tp="Wola Dęb Brzez Lipn Kamien".split(), ts="owo ica niki ówek".split(),
                  st="Bednarska Kowalska Garncarska Rymarska Powroźnicza Tkacka".split(),
                  sty=["ul."], region="PL", datef="%d.%m.%Y", prefix_street=True),
    "pt-BR": dict(gm="Cleiton Edivaldo Wanderson Josivaldo Claudionor Gilmar Ubirajara".split(),
                  gf="Rosimeire Valdirene Josineide Gleice Lucimar Edileuza Rosângela".split(),
                  sp="Pedra Vale Monte Ribeira Campo Serra Mata".split(),
                  sm="verde alta nova bela seca funda".split(), sf=None,
                  tp="Ita Ara Pira Jaca Guara".split(), ts="tiba quara puã rema tinga".split(),
                  st="Jequitibás Ipês Jacarandás Sabiás Buritis Imbuías".split(),
                  sty=["Rua dos", "Travessa dos", "Alameda dos"], region="BR", datef="%d/%m/%Y", prefix_street=True),
    "sv-SE": dict(gm="Torbjörn Sölve Ragnvald Arvid Gösta Ingvar Folke".split(),
                  gf="Ingegerd Ylva Gunnel Solveig Sigrid Märta Ulrika".split(),
                  sp="Lind Sjö Ek Gran Björk Åker Hag Ljung".split(),
                  sm="qvist blad ström holm gren lund dahl".split(), sf=None,
                  tp="Björk Sjö Ek Malm Ås".split(), ts="hamra vik sund by torp".split(),
                  st="Smedje Repslagar Garvar Krukmakar Tunnbindar".split(),
                  sty=["gatan", "vägen", "gränd"], region="SE", datef="%Y-%m-%d", compound_street=True),
    "tr-TR": dict(gm="Tunahan Berkay Ilgaz Doruk Alpaslan Oğuzhan Kayra Çınar".split(),
                  gf="Ekinsu Nehir Çağla Meltem Beril Ilgın Nilüfer Şebnem".split(),
                  sp="Kara Ak Demir Yıl Gök Öz Tan Er".split(),
                  sm="başoğlu çelik kaya taş soy dağ bilgin".split(), sf=None,
                  tp="Kuş Ak Kara Yeni Göl".split(), ts="köy dere pınar hisar yurt".split(),
                  st="Çınaraltı Bakırcılar Keçeciler Kazancılar Sarraflar".split(),
                  sty=["Sokak", "Caddesi"], region="TR", datef="%d.%m.%Y"),
    "ru-RU": dict(gm="Всеволод Ростислав Святослав Ермолай Прохор Савелий Елисей".split(),
                  gf="Мирослава Евдокия Аглая Серафима Олимпиада Таисия Василиса".split(),
                  sp="Колокол Журавл Подбор Кедр Сугроб Ольх Брусн Рябин".split(),
                  sm="ёв ин ов ский".split(), sf={"ёв": "ёва", "ин": "ина", "ов": "ова", "ский": "ская"},
                  tp="Бор Ключ Озер Сосн Лес".split(), ts="овск ино ец ки".split(),
                  st="Гончарная Бондарная Кузнечная Шорная Ямская Ткацкая".split(),
                  sty=["ул."], region="RU", datef="%d.%m.%Y", prefix_street=True),
    "el-GR": dict(gm="Σπυρίδων Χαράλαμπος Θεμιστοκλής Αριστείδης Παντελεήμων Ευστάθιος".split(),
                  gf="Παναγιώτα Ευανθία Αγλαΐα Καλλιόπη Πολυξένη Ευτέρπη".split(),
                  sp="Καλο Μαυρο Χατζη Σταυρο Λευκο Κοκκινο".split(),
                  sm="γιαννάκης πουλος κωστίδης δημάκης".split(),
                  sf={"γιαννάκης": "γιαννάκη", "πουλος": "πούλου", "κωστίδης": "κωστίδου", "δημάκης": "δημάκη"},
                  tp="Νεο Παλαιο Ανω Κατω".split(), ts="χώρι κάστρο λίμνη".split(),
                  st="Βυρσοδεψών Σιδηρουργών Αγγειοπλαστών Σχοινοποιών".split(),
                  sty=["οδός"], region="GR", datef="%d/%m/%Y", prefix_street=True),
    "he-IL": dict(gm="עמרי ליאב יהלי אלרואי נהוראי אביתר".split(),
                  gf="אביטל נוגה שקד הדס יערה אלומה".split(),
                  sp="גרינ שטיינ לוינ רוזנ ברנ פלדמ".split(),
                  sm="בלט הולץ בוים שפיגל".split(), sf=None,
                  tp="נווה גבעת כפר".split(), ts="אלונים רימונים תאנים".split(),
                  st="הצורפים הנפחים הקדרים האורגים".split(),
                  sty=["רחוב"], region="IL", datef="%d/%m/%Y", prefix_street=True),
    "hi-IN": dict(gm="नीलकांत हरिभूषण सूर्यदत्त विश्वमोहन शौनक यशवर्धन".split(),
                  gf="मधुलता हेमप्रभा कीर्तिमाला इरावती निहारिका मैत्रेयी".split(),
                  sp="गिरि नाग भार कुल वन".split(), sm="वाल कर वाडे नावत".split(), sf=None,
                  tp="रामपुर शिवगढ़ नंदग्राम".split(), ts=[""],
                  st="कुम्हार ठठेरा जुलाहा लोहार".split(),
                  sty=["गली", "मार्ग"], region="IN", datef="%d/%m/%Y"),
    "ja-JP": dict(gm="湊斗 颯真 律人 悠真 凪斗".split(), gf="澪花 紬希 柚音 凪子 律花".split(),
                  sp="梶 榊 萩 桐 楢 椎 栃 檜".split(), sm="原 沢 森 谷 野 岡".split(), sf=None,
                  tp="北 南 東 西".split(), ts="桜台 緑町 若葉 本町".split(),
                  st="梶ヶ丘 榊台 萩の森 楢原台".split(), sty=[""], region="JP", datef="%Y年%m月%d日"),
    "ko-KR": dict(gm="탁예준 변도윤 석하율 편지후 옥민결".split(), gf="맹서린 국채윤 봉예솔 도하린 탁온유".split(),
                  sp=[""], sm=[""], sf=None, tp="해솔 누리 한빛 가온".split(), ts="동 리".split(),
                  st="버들길 솔숲로 은행나무길 달빛로".split(), sty=[""], region="KR", datef="%Y.%m.%d"),
    "zh-CN": dict(gm="芮思煜 钮泽铭 竺皓宇 晏嘉禾 濮一鸣".split(), gf="阙婉昕 邝若瑾 宓子衿 芮思婉 冉昕悦".split(),
                  sp=[""], sm=[""], sf=None, tp="青枫 梧桐 柳岸 松涛".split(), ts="苑 里 新村".split(),
                  st="梧桐路 杏林街 银杏路 棠棣巷".split(), sty=[""], region="CN", datef="%Y年%m月%d日"),
    "th-TH": dict(gm="ณัฐพล ธนากร กันต์ธีร์ ภัทรพล".split(), gf="พิมพ์ชนก วริศรา ณัฐธิดา ภัทรนันท์".split(),
                  sp="ทอง ศรี สุข เจริญ".split(), sm="กิจชัย พันธ์รัตน์ วงศ์สวัสดิ์ ไพบูลย์".split(), sf=None,
                  tp="บางนา ลาดพร้าว".split(), ts=[""], st="ซอยสุขใจ ซอยร่มไทร ซอยทองคำ".split(),
                  sty=[""], region="TH", datef="%d/%m/%Y"),
    "es-MX": dict(gm="Eleuterio Cuauhtémoc Heriberto Porfirio Jacinto Ulises".split(),
                  gf="Xóchitl Guadalupe Itzel Citlali Maricruz Yolotl".split(),
                  sp="Valde Mira Villa Fuente Casa Alta".split(),
                  sm="rrama cilla llana seca mira".split(), sf=None,
                  tp="Tlal Xal Cuauh Ozu Tzin".split(), ts="tepec pan tlán maloya co".split(),
                  st="Ahuehuetes Jacarandas Huizaches Mezquites".split(),
                  sty=["Calle", "Av.", "Cerrada"], region="MX", datef="%d/%m/%Y", prefix_street=True),
    "ar-EG": dict(gm="شهاب سراج معتز عبدالمعز عبدالحفيظ عبدالودود".split(),
                  gf="رحاب سلسبيل نسرين شيماء ميرفت هالة".split(),
                  sp="البرديسي القليوبي المنياوي الدمنهوري الشرقاوي الفيومي الأسيوطي السوهاجي الإسناوي الطهطاوي المنفلوطي البلتاجي الدمياطي الأخميمي الشبراوي القناوي".split(), sm=[""], sf=None,
                  tp="الزمالك المعادي".split(), ts=[""], st="النخيل الياسمين الصفصاف".split(),
                  sty=["شارع"], region="EG", datef="%d/%m/%Y", prefix_street=True),
    "en-ZA": dict(gm="Lwazi Bongani Themba Sizwe Mandla Kagiso".split(),
                  gf="Nokuthula Zanele Ayanda Lerato Nomvula Palesa".split(),
                  sp="Mase Khu Nde Mthe Ngco Dla".split(), sm="kela malo bane mbu thwa mini".split(), sf=None,
                  tp="Umhla Kwa Emba".split(), ts="nga zulu lenhle".split(),
                  st="Protea Marula Yellowwood Kiaat Tambotie".split(),
                  sty=["Street", "Avenue", "Crescent"], region="ZA", datef="%Y/%m/%d"),
}

LAB = {  # name, dob, address, phone, email, one complaint line, thanks
    "en-GB": ("Name", "DOB", "Address", "Mob", "Email", "I don't recognise these payments and want them refunded", "cheers"),
    "en-US": ("Name", "DOB", "Address", "Cell", "Email", "I did not authorize these charges, please dispute them", "thx"),
    "de-DE": ("Name", "Geb.-Datum", "Anschrift", "Tel.", "E-Mail", "Ich habe diese Abbuchungen nicht veranlasst", "danke"),
    "fr-FR": ("Nom", "Né(e) le", "Adresse", "Tél", "Courriel", "Je ne reconnais pas ces opérations, merci de les contester", "merci"),
    "es-ES": ("Nombre", "F. nac.", "Domicilio", "Móvil", "Correo", "No reconozco estos cargos, quiero reclamar", "gracias"),
    "it-IT": ("Nome", "Data di nascita", "Indirizzo", "Cell.", "Email", "Non riconosco questi addebiti, chiedo il disconoscimento", "grazie"),
    "nl-NL": ("Naam", "Geb.datum", "Adres", "Tel", "E-mail", "Ik herken deze afschrijvingen niet", "bedankt"),
    "pl-PL": ("Imię i nazwisko", "Data ur.", "Adres", "Tel.", "E-mail", "Nie rozpoznaję tych transakcji, proszę o reklamację", "dzięki"),
    "pt-BR": ("Nome", "Data nasc.", "Endereço", "Cel", "E-mail", "Não reconheço essas compras no cartão, quero contestar", "obg"),
    "sv-SE": ("Namn", "Födelsedatum", "Adress", "Mobil", "E-post", "Jag känner inte igen de här dragningarna", "tack"),
    "tr-TR": ("Ad Soyad", "Doğum tarihi", "Adres", "Cep", "E-posta", "Bu harcamaları ben yapmadım, itiraz etmek istiyorum", "teşekkürler"),
    "ru-RU": ("ФИО", "Дата рожд.", "Адрес", "Тел.", "Эл. почта", "Я не совершал эти операции, прошу оспорить", "спасибо"),
    "el-GR": ("Ονοματεπώνυμο", "Ημ. γέννησης", "Διεύθυνση", "Κιν.", "Email", "Δεν αναγνωρίζω αυτές τις χρεώσεις", "ευχαριστώ"),
    "he-IL": ("שם", "ת. לידה", "כתובת", "נייד", "מייל", "אני לא מזהה את החיובים האלה בכרטיס", "תודה"),
    "hi-IN": ("नाम", "जन्म तिथि", "पता", "मोबाइल", "ईमेल", "ये ट्रांजैक्शन मैंने नहीं किए, कृपया विवाद दर्ज करें", "धन्यवाद"),
    "ja-JP": ("氏名", "生年月日", "住所", "携帯", "メール", "この利用には心当たりがありません。調査をお願いします", "よろしくお願いします"),
    "ko-KR": ("성명", "생년월일", "주소", "휴대폰", "이메일", "이 결제는 제가 한 것이 아닙니다. 이의제기 부탁드립니다", "감사합니다"),
    "zh-CN": ("姓名", "出生日期", "地址", "手机", "邮箱", "这几笔消费不是我本人操作的，申请拒付", "谢谢"),
    "th-TH": ("ชื่อ", "วันเกิด", "ที่อยู่", "มือถือ", "อีเมล", "รายการนี้ไม่ใช่ของฉัน ขอปฏิเสธรายการ", "ขอบคุณค่ะ"),
    "es-MX": ("Nombre", "Fecha de nac.", "Domicilio", "Cel", "Correo", "No reconozco estos cargos, quiero levantar aclaración", "gracias"),
    "ar-EG": ("الاسم", "تاريخ الميلاد", "العنوان", "موبايل", "البريد", "أنا لم أقم بهذه العمليات وأريد الاعتراض عليها", "شكرا"),
    "en-ZA": ("Name", "DOB", "Address", "Cell", "Email", "I never made these debit orders, please reverse", "thanks"),
}
LOCALES = list(LOC)
LOC_ROT = LOCALES + ["en-US"] * 4 + ["en-GB"] * 2

MAIL = {"en-GB": ["btinternet.com", "gmail.com", "outlook.com"], "en-US": ["gmail.com", "yahoo.com", "icloud.com"],
        "de-DE": ["web.de", "gmx.de", "t-online.de"], "fr-FR": ["orange.fr", "free.fr", "laposte.net"],
        "es-ES": ["gmail.com", "hotmail.es"], "it-IT": ["libero.it", "virgilio.it"], "nl-NL": ["ziggo.nl", "kpnmail.nl"],
        "pl-PL": ["wp.pl", "onet.pl", "o2.pl"], "pt-BR": ["uol.com.br", "bol.com.br", "gmail.com"],
        "sv-SE": ["telia.com", "gmail.com"], "tr-TR": ["hotmail.com", "gmail.com"], "ru-RU": ["mail.ru", "yandex.ru"],
        "el-GR": ["otenet.gr", "gmail.com"], "he-IL": ["walla.co.il", "gmail.com"], "hi-IN": ["rediffmail.com", "gmail.com"],
        "ja-JP": ["docomo.ne.jp", "yahoo.co.jp"], "ko-KR": ["naver.com", "daum.net"], "zh-CN": ["qq.com", "163.com"],
        "th-TH": ["hotmail.com", "gmail.com"], "es-MX": ["prodigy.net.mx", "hotmail.com"], "ar-EG": ["yahoo.com", "gmail.com"],
        "en-ZA": ["mweb.co.za", "telkomsa.net"]}
ROMAN = "ka ri to mu se na lo vi de ha po ju ta ne mi ko sa ra be".split()


class Bad(Exception):
    pass


def need(ok, what):
    if not ok:
        raise SystemExit(f"invalid generated value: {what}")


# ------------------------------------------------------------------------------------------ identifiers
class Ids:
    def __init__(self, rng):
        self.r = rng

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def retry(self, make, valid, what, cap=5000):
        for _ in range(cap):
            v = make()
            try:
                if valid(v):
                    return v
            except Exception:
                pass
        raise SystemExit(f"could not generate a valid {what}")

    def dob(self):
        return dt.date(1938, 1, 1) + dt.timedelta(days=self.r.randint(0, 365 * 67))

    def card(self):
        kind = self.r.choice(["visa", "visa", "mc", "mc", "amex"])
        if kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = str(self.r.randint(51, 55)) + self.digits(13)
        else:
            body = self.r.choice(["34", "37"]) + self.digits(12)
        num = body + luhn.calc_check_digit(body)
        need(luhn.is_valid(num), "card")
        if kind == "amex":
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, len(num), 4)]
        return self.r.choice([" ".join(groups), num, "-".join(groups)])

    def iban(self, cc):
        fmt = {"GB": lambda: self.r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + self.digits(14),
               "DE": lambda: self.digits(18), "FR": lambda: self.digits(23), "ES": lambda: self.digits(20),
               "IT": lambda: self.r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + self.digits(22),
               "NL": lambda: self.r.choice(["ABNA", "INGB", "RABO", "SNSB"]) + self.digits(10),
               "PL": lambda: self.digits(24), "BR": lambda: self.digits(23) + "C1",
               "SE": lambda: self.digits(20), "TR": lambda: self.digits(5) + "0" + self.digits(16),
               "GR": lambda: self.digits(23), "IL": lambda: self.digits(19), "EG": lambda: self.digits(25)}[cc]

        def make():
            bban = fmt()
            chk = iban.calc_check_digits(cc + "00" + bban)
            return cc + chk + bban
        v = self.retry(make, iban.is_valid, "IBAN " + cc)
        return self.r.choice([iban.format(v), v])

    def phone(self, region):
        ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        nsn = str(ex.national_number)

        def make():
            keep = self.r.randint(2, 3)
            n = nsn[:keep] + self.digits(len(nsn) - keep)
            return phonenumbers.parse("+" + str(ex.country_code) + n)
        p = self.retry(make, lambda x: phonenumbers.is_valid_number(x) and phonenumbers.region_code_for_number(x) == region, "phone " + region, 500)
        f = self.r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                           phonenumbers.PhoneNumberFormat.E164])
        return phonenumbers.format_number(p, f)

    def ip(self):
        def make():
            return ipaddress.IPv4Address(self.r.randint(0x01000000, 0xDFFFFFFF))
        a = self.retry(make, lambda a: a.is_global and not a.is_multicast, "ip")
        return str(a)

    def mrn(self):
        return self.r.choice(["MRN ", "Hosp. no. ", "MRN: ", "Patient ID "]) + self.r.choice(["", "H", "RX"]) + self.digits(7, True)

    def kvnr(self):
        def make():
            letter = self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            return letter + self.digits(8, True)

        def chk(v):
            s = "%02d" % (ord(v[0]) - 64) + v[1:]
            tot = 0
            for i, c in enumerate(s):
                p = int(c) * (1 if i % 2 == 0 else 2)
                tot += p // 10 + p % 10
            return str(tot % 10)
        v = make()
        v = v + chk(v)
        need(re.fullmatch(r"[A-Z]\d{9}", v) and chk(v[:9]) == v[9], "kvnr")
        return v

    # -- per-locale national ids: list of (type, label, value)
    def national(self, loc, dob, female):
        r = self.r
        yy, mm, dd = dob.year % 100, dob.month, dob.day
        out = []
        if loc == "en-GB":
            out.append(("HEALTH_INSURANCE", "NHS no", self.retry(lambda: self.digits(10, True), nhs.is_valid, "nhs")))
            u = self.retry(lambda: self.digits(10, True), utr.is_valid, "utr")
            out.append(("TAX_ID", "UTR", u))
        elif loc == "en-US":
            s = self.retry(lambda: "%03d-%02d-%04d" % (r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)), ssn.is_valid, "ssn")
            out.append(("ssn", "SSN", s))
            it = self.retry(lambda: "9%02d-%02d-%04d" % (r.randint(0, 99), r.choice(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99]), r.randint(0, 9999)), itin.is_valid, "itin")
            out.append(("TAX_ID", "ITIN", it))
        elif loc == "de-DE":
            out.append(("TAX_ID", "Steuer-ID", self.retry(lambda: self.digits(11, True), idnr.is_valid, "idnr", 200000)))
            out.append(("HEALTH_INSURANCE", "KVNR", self.kvnr()))
        elif loc == "fr-FR":
            def mk():
                base = "%d%02d%02d%02d%03d%03d" % (2 if female else 1, yy, mm, r.randint(1, 95), r.randint(1, 990), r.randint(1, 999))
                return base + "%02d" % (97 - int(base) % 97)
            out.append(("NATIONAL_ID", "N° sécu", self.retry(mk, nir.is_valid, "nir")))
        elif loc == "es-ES":
            b = self.digits(8)
            out.append(("NATIONAL_ID", "DNI", b + dni.calc_check_digit(b)))
        elif loc == "it-IT":
            def mk():
                letters = "".join(r.choice("BCDFGHLMNPRSTVZ") for _ in range(6))
                day = dd + (40 if female else 0)
                s = letters + "%02d" % yy + "ABCDEHLMPRST"[mm - 1] + "%02d" % day + r.choice("ABCDEFGHLM") + "%03d" % r.randint(1, 999)
                return s + codicefiscale.calc_check_digit(s)
            out.append(("TAX_ID", "Codice fiscale", self.retry(mk, codicefiscale.is_valid, "cf")))
        elif loc == "nl-NL":
            out.append(("NATIONAL_ID", "BSN", self.retry(lambda: self.digits(9, True), bsn.is_valid, "bsn")))
        elif loc == "pl-PL":
            def mk():
                m = mm + (20 if dob.year >= 2000 else 0)
                s = "%02d%02d%02d%03d%d" % (yy, m, dd, r.randint(0, 999), r.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
                return s + pesel.calc_check_digit(s)
            out.append(("NATIONAL_ID", "PESEL", self.retry(mk, pesel.is_valid, "pesel")))
            out.append(("TAX_ID", "NIP", self.retry(lambda: self.digits(10, True), nip.is_valid, "nip")))
        elif loc == "pt-BR":
            b = self.digits(9)
            v = b + cpf._calc_check_digits(b)
            out.append(("TAX_ID", "CPF", self.retry(lambda: cpf.format(v), cpf.is_valid, "cpf", 2)))
        elif loc == "sv-SE":
            def mk():
                s = "%02d%02d%02d%03d" % (yy, mm, dd, r.randint(0, 999))
                return s[:6] + "-" + s[6:] + luhn.calc_check_digit(s)
            out.append(("NATIONAL_ID", "Personnummer", self.retry(mk, personnummer.is_valid, "pnr")))
        elif loc == "tr-TR":
            def mk():
                b = self.digits(9, True)
                return b + tckimlik.calc_check_digits(b)
            out.append(("NATIONAL_ID", "TC Kimlik No", self.retry(mk, tckimlik.is_valid, "tc")))
        elif loc == "ru-RU":
            def mk():
                b = self.digits(10, True)
                return b + inn.calc_personal_check_digits(b)
            out.append(("TAX_ID", "ИНН", self.retry(mk, inn.is_valid, "inn")))
        elif loc == "el-GR":
            def mk():
                b = "%02d%02d%02d" % (dd, mm, yy) + self.digits(4)
                return b + luhn.calc_check_digit(b)
            out.append(("NATIONAL_ID", "ΑΜΚΑ", self.retry(mk, amka.is_valid, "amka")))
            def mk2():
                b = self.digits(8, True)
                return b + gr_vat.calc_check_digit(b)
            out.append(("TAX_ID", "ΑΦΜ", self.retry(mk2, gr_vat.is_valid, "afm")))
        elif loc == "he-IL":
            def mk():
                b = self.digits(8)
                return b + luhn.calc_check_digit(b)
            out.append(("NATIONAL_ID", "ת.ז.", self.retry(mk, il_idnr.is_valid, "tz")))
        elif loc == "hi-IN":
            def mk():
                b = str(r.randint(2, 9)) + self.digits(10)
                v = b + verhoeff.calc_check_digit(b)
                return v[:4] + " " + v[4:8] + " " + v[8:]
            out.append(("NATIONAL_ID", "आधार", self.retry(mk, aadhaar.is_valid, "aadhaar")))
            def mk2():
                return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + r.choice("ABCDEGKLMNPRSTV") + self.digits(4, True) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            out.append(("TAX_ID", "PAN", self.retry(mk2, pan.is_valid, "pan")))
        elif loc == "ja-JP":
            def mk():
                b = self.digits(11, True)
                return b + jp_in.calc_check_digit(b)
            out.append(("NATIONAL_ID", "マイナンバー", self.retry(mk, jp_in.is_valid, "mynumber")))
        elif loc == "ko-KR":
            def mk():
                g = (4 if female else 3) if dob.year >= 2000 else (2 if female else 1)
                b = "%02d%02d%02d%d%05d" % (yy, mm, dd, g, r.randint(0, 99999))
                v = b + rrn.calc_check_digit(b)
                return v[:6] + "-" + v[6:]
            out.append(("NATIONAL_ID", "주민등록번호", self.retry(mk, rrn.is_valid, "rrn")))
        elif loc == "zh-CN":
            def mk():
                b = r.choice(["110105", "310104", "440305", "330106", "510107", "420102"]) + dob.strftime("%Y%m%d") + "%02d%d" % (r.randint(0, 99), r.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
                return b + ric.calc_check_digit(b)
            out.append(("NATIONAL_ID", "身份证号", self.retry(mk, ric.is_valid, "ric")))
        elif loc == "th-TH":
            def mk():
                b = str(r.randint(1, 8)) + self.digits(11)
                return b + th_pin.calc_check_digit(b)
            out.append(("NATIONAL_ID", "เลขบัตรประชาชน", self.retry(mk, th_pin.is_valid, "thpin")))
        elif loc == "es-MX":
            def mk():
                s = "".join(r.choice("BCDFGLMNPRSTVZ") + r.choice("AEIOU") + r.choice("BCDFGLMNPRSTVZ") + r.choice("BCDFGLMNPRSTVZ") for _ in range(1)) + dob.strftime("%y%m%d") + ("M" if female else "H") + r.choice(["DF", "JC", "NL", "PL", "VZ", "YN"]) + "".join(r.choice("BCDFGLMNPRSTVZ") for _ in range(3)) + ("0" if dob.year < 2000 else "A")
                return s + curp.calc_check_digit(s)
            out.append(("NATIONAL_ID", "CURP", self.retry(mk, curp.is_valid, "curp")))
            def mk2():
                s = "".join(r.choice("BCDFGLMNPRSTVZ") + r.choice("AEIOU") + r.choice("BCDFGLMNPRSTVZ") + r.choice("BCDFGLMNPRSTVZ") for _ in range(1)) + dob.strftime("%y%m%d") + r.choice("ABCDEFGHJKLMN") + r.choice("123456789")
                return s + rfc.calc_check_digit(s)
            out.append(("TAX_ID", "RFC", self.retry(mk2, lambda v: rfc.is_valid(v, validate_check_digits=True), "rfc")))
        elif loc == "ar-EG":
            out.append(("TAX_ID", "الرقم الضريبي", self.retry(lambda: self.digits(9, True), eg_tn.is_valid, "egtn")))
        elif loc == "en-ZA":
            def mk():
                b = dob.strftime("%y%m%d") + "%04d" % (r.randint(0, 4999) if female else r.randint(5000, 9999)) + "08"
                return b + luhn.calc_check_digit(b)
            out.append(("NATIONAL_ID", "ID no", self.retry(mk, za_idnr.is_valid, "zaid")))
        for t, _, v in out:
            need(bool(v), t)
        return out


IBAN_CC = {"en-GB": "GB", "de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT", "nl-NL": "NL", "pl-PL": "PL",
           "pt-BR": "BR", "sv-SE": "SE", "tr-TR": "TR", "el-GR": "GR", "he-IL": "IL", "ar-EG": "EG"}


# --------------------------------------------------------------------------------------------- the world
NAME_ORDER_SURNAME_FIRST = {"ja-JP", "zh-CN", "ko-KR"}
PUBLIC_CANDIDATES = [
    ("Andrew Bailey", "Governor of the Bank of England"), ("Christine Lagarde", "ECB President"),
    ("Jerome Powell", "Fed Chair"), ("Kazuo Ueda", "BoJ Governor"), ("Isabel Schnabel", "ECB board member"),
    ("Philip Lane", "ECB chief economist"), ("Joachim Nagel", "Bundesbank president"),
    ("Tiff Macklem", "Bank of Canada governor"), ("Michele Bullock", "RBA governor"),
    ("Gita Gopinath", "IMF first deputy managing director"), ("Jamie Dimon", "JPMorgan CEO"),
    ("Jane Fraser", "Citigroup CEO"), ("Sergio Ermotti", "UBS CEO"), ("Ana Botín", "Santander executive chair"),
    ("Christian Sewing", "Deutsche Bank CEO"), ("Lesetja Kganyago", "SARB governor"),
    ("Pan Gongsheng", "PBoC governor"), ("Rhee Chang-yong", "Bank of Korea governor"),
    ("Elvira Nabiullina", "Bank of Russia governor"), ("Klaas Knot", "former DNB president"),
    ("Adam Glapiński", "NBP president"), ("Fabio Panetta", "Banca d'Italia governor"),
    ("Yannis Stournaras", "Bank of Greece governor"), ("Mohamed El-Erian", "economist and commentator"),
    ("Nouriel Roubini", "economist"), ("Olivier Blanchard", "former IMF chief economist"),
    ("Erik Thedéen", "Riksbank governor"), ("Amir Yaron", "Bank of Israel governor"),
    ("Victoria Rodríguez Ceja", "Banxico governor"), ("Gabriel Galípolo", "BCB president"),
    ("Fatih Karahan", "TCMB governor"), ("Sanjay Malhotra", "RBI governor"), ("Shaktikanta Das", "former RBI governor"),
]
PUBLIC_ROLES = ["chief economist at {bank}", "CEO of {bank}", "CFO of {bank}", "governor of the central bank",
                "head of rates strategy at {bank}", "chair of {bank}"]
EPONYMS = ["Sharpe ratio", "Black-Scholes model", "Gini coefficient", "Taylor rule", "Kelly criterion",
           "Macaulay duration", "Fisher equation", "Herfindahl index", "Laffer curve", "Markowitz frontier",
           "Ponzi scheme", "Phillips curve", "Sortino ratio", "Vasicek model", "Merton model", "Gordon growth model"]
FICTIONAL = ["Ebenezer Scrooge", "Gordon Gekko", "Jay Gatsby", "Wilkins Micawber", "Walter Mitty", "Scrooge McDuck",
             "Richie Rich", "Monty Burns", "Phileas Fogg", "Elizabeth Bennet", "Bob Cratchit", "Mr Toad"]
BANK_PARTS = (["Vel", "Cor", "Arn", "Sto", "Tre", "Hal", "Quen", "Bry", "Dor", "Lum", "Kes", "Ostr"],
              ["mark", "vane", "dell", "wyn", "brae", "holm", "ridge", "wald", "lea", "stone"])
BANK_FORMS = ["Bank plc", "Building Society", "Mutual Assurance", "Versicherung AG", "Banque SA", "Insurance Ltd",
              "Sparkasse", "Finance Ltd", "Life & Pensions", "Bank N.A."]


def halves(names):
    """Invented, locale-typical given names: first half of one real name + second half of another."""
    heads, tails = [], []
    for n in names:
        cut = len(n) // 2
        for k in sorted(range(1, len(n)), key=lambda i: abs(i - cut)):
            if unicodedata.category(n[k])[0] == "M" or n[k] in "\u0e30\u0e32\u0e33\u0e45":
                continue
            if n.isascii() and (n[k - 1].lower() not in "aeiouy" or n[k].lower() in "aeiouy"):
                continue
            cut = k
            break
        heads.append(n[:cut])
        tails.append(n[cut:])
    return [heads, tails]


class World:
    def __init__(self, rng):
        self.r = rng
        self.ids = Ids(rng)
        self.pools = {}
        for loc, d in LOC.items():
            gm = freeze_pool(f"{loc}/given", d["gm"], halves(d["gm"]), rng, want=6)
            gf = freeze_pool(f"{loc}/given", d["gf"], halves(d["gf"]), rng, want=6)
            sm_parts = [d["sp"], d["sm"]]
            surs = freeze_pool(f"{loc}/surname", [], sm_parts, rng, want=10) if d["sp"] != [""] else [""]
            towns = freeze_pool(f"{loc}/town", [], [d["tp"], d["ts"]], rng, want=5)
            streets = freeze_pool(f"{loc}/street", d["st"], halves(d["st"]), rng, want=4)
            if len(gm) < 2 or len(gf) < 2:
                raise SystemExit(f"given-name pool of {loc} too small after the freeze")
            self.pools[loc] = dict(gm=gm, gf=gf, sur=surs, towns=towns, streets=streets)
        self.banks = [b + " " + f for b in freeze_pool("bank", [], [BANK_PARTS[0], BANK_PARTS[1]], rng, want=14)
                      for f in [rng.choice(BANK_FORMS)]]
        surv = [(n, role) for n, role in PUBLIC_CANDIDATES if not clashes(n)]
        DROPPED["public_figure"] += len(PUBLIC_CANDIDATES) - len(surv)
        self.public = surv
        self.eponyms = [e for e in EPONYMS if not clashes(e.split(" ")[0].replace("-", " "))]
        DROPPED["eponym"] += len(EPONYMS) - len(self.eponyms)
        self.fictional = [f for f in FICTIONAL if not clashes(f)]
        DROPPED["fictional"] += len(FICTIONAL) - len(self.fictional)

    def bank(self):
        return self.r.choice(self.banks)

    def public_figure(self):
        if self.public and self.r.random() < 0.7:
            return self.r.choice(self.public)
        loc = self.r.choice(["en-GB", "de-DE", "fr-FR", "en-US", "it-IT", "sv-SE"])
        p = self.pools[loc]
        name = self.r.choice(p["gm"] + p["gf"]) + " " + self.r.choice(p["sur"])
        return name, self.r.choice(PUBLIC_ROLES).format(bank=self.bank())

    def eponym(self):
        return self.r.choice(self.eponyms) if self.eponyms else "duration-matching rule"

    def fictional_char(self):
        return self.r.choice(self.fictional) if self.fictional else "A. N. Example"

    def town(self, loc):
        return self.r.choice(self.pools[loc]["towns"])

    def address(self, loc):
        r, d, p = self.r, LOC[loc], self.pools[loc]
        st, ty, no, town = r.choice(p["streets"]), r.choice(d["sty"]), r.randint(1, 214), self.town(loc)
        if loc == "en-GB":
            pc = "%s%d %d%s" % (town[:2].upper(), r.randint(1, 19), r.randint(1, 9), "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
            flat = r.choice(["", "Flat %d, " % r.randint(1, 12)])
            return f"{flat}{no} {st} {ty}, {town} {pc}"
        if loc in ("en-US",):
            return f"{no * 10 + r.randint(0, 9)} {st} {ty}, {town}, {r.choice(['OH', 'KS', 'OR', 'NC', 'TX', 'MN'])} {r.randint(10000, 99899)}"
        if loc == "en-ZA":
            return f"{no} {st} {ty}, {town}, {r.randint(1000, 9999)}"
        if loc == "ja-JP":
            return f"〒{r.randint(100, 999)}-{r.randint(1000, 9999)} {town}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}"
        if loc == "zh-CN":
            return f"{town}{st}{no}号{r.randint(1, 30)}栋{r.randint(101, 2804)}室"
        if loc == "ko-KR":
            return f"{town}{st} {no}, {r.randint(101, 120)}동 {r.randint(101, 1504)}호"
        if loc == "th-TH":
            return f"{no}/{r.randint(1, 99)} {st} แขวง{town} {r.randint(10100, 10999)}"
        if loc == "hi-IN":
            return f"मकान नं. {no}, {st} {ty}, {town} - {r.randint(110001, 855999)}"
        if d.get("compound_street"):
            pc = {"de-DE": "%05d" % r.randint(10000, 99999), "nl-NL": "%d %s" % (r.randint(1000, 9999), "".join(r.choice("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(2))),
                  "sv-SE": "%d %02d" % (r.randint(100, 989), r.randint(0, 99))}[loc]
            return f"{st}{ty} {no}, {pc} {town}"
        if d.get("prefix_street"):
            pc = {"fr-FR": "%05d" % r.randint(1000, 95999), "es-ES": "%05d" % r.randint(1000, 52999), "it-IT": "%05d" % r.randint(10000, 98199),
                  "pl-PL": "%02d-%03d" % (r.randint(0, 99), r.randint(0, 999)), "pt-BR": "%05d-%03d" % (r.randint(10000, 99999), r.randint(0, 999)),
                  "ru-RU": "%06d" % r.randint(101000, 692999), "el-GR": "%03d %02d" % (r.randint(100, 851), r.randint(0, 99)),
                  "he-IL": "%07d" % r.randint(1000000, 9999999), "es-MX": "C.P. %05d" % r.randint(10000, 99999), "ar-EG": "%05d" % r.randint(11000, 11999)}[loc]
            if loc == "ru-RU":
                return f"{pc}, г. {town}, {ty} {st}, д. {no}, кв. {r.randint(1, 180)}"
            if loc == "ar-EG":
                return f"{no} {ty} {st}، {town}، {pc}"
            if loc == "he-IL":
                return f"{ty} {st} {no}, {town} {pc}"
            if loc == "pl-PL":
                return f"{ty} {st} {no}/{r.randint(1, 40)}, {pc} {town}"
            return f"{ty} {st} {no}, {pc} {town}"
        return f"{st} {ty} {no}, {town}"

    def _name(self, loc, female):
        r, d, p = self.r, LOC[loc], self.pools[loc]
        given = r.choice(p["gf"] if female else p["gm"])
        sur = r.choice(p["sur"])
        if sur and female and d["sf"]:
            for sm, sf in d["sf"].items():
                if sur.endswith(sm):
                    sur = sur[: -len(sm)] + sf
                    break
        if loc in ("ko-KR", "zh-CN"):
            full = given
        elif loc == "ja-JP":
            full = sur + r.choice([" ", "", "\u3000"]) + given
        else:
            full = f"{given} {sur}"
        return full, given, sur

    def person(self, loc=None):
        r = self.r
        loc = loc or r.choice(LOCALES)
        d, p = LOC[loc], self.pools[loc]
        female = r.random() < 0.5
        for _ in range(60):
            full, given, sur = self._name(loc, female)
            if not clashes(full):
                break
        need(not clashes(full), "name freeze")
        dob = self.ids.dob()
        ids = self.ids.national(loc, dob, female)
        if loc in ("ja-JP", "zh-CN", "ko-KR", "th-TH", "hi-IN", "ar-EG", "he-IL", "ru-RU", "el-GR"):
            local = r.choice(ROMAN) + r.choice(ROMAN) + r.choice([".", "_", ""]) + r.choice(ROMAN) + str(r.randint(1, 99))
        else:
            base = unicodedata.normalize("NFKD", f"{given}.{sur}").encode("ascii", "ignore").decode().lower().replace(" ", "")
            local = r.choice([base, base.replace(".", ""), given[:1].lower() + sur.lower() + str(r.randint(60, 99)), base + str(r.randint(1, 99))])
            local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
        email = local + "@" + r.choice(MAIL[loc])
        person = dict(loc=loc, female=female, given=given, sur=sur, full=full, dob=dob,
                      dob_s=dob.strftime(d["datef"]), phone=self.ids.phone(d["region"]), email=email,
                      addr=self.address(loc), ids=ids, card=self.ids.card(), ip=self.ids.ip(), mrn=self.ids.mrn())
        if loc in IBAN_CC:
            person["iban"] = self.ids.iban(IBAN_CC[loc])
        if loc == "en-US":
            person["rtn"] = self.ids.retry(lambda: self.ids.digits(9), rtn.is_valid, "rtn")
            person["acct"] = self.ids.digits(r.randint(8, 12), True)
        return person

    def relative(self, loc):
        p = self.pools[loc]
        return self.r.choice(p["gf"] + p["gm"])


# ------------------------------------------------------------------------------------------- PII kinds
KINDS = ["card_dispute", "loan_mortgage", "credit_file", "kyc_aml", "insurance_quote", "insurance_claim",
         "pension_invest", "factfind_debt", "branch_notes"]
SYSTEMS = {
    "card_dispute": "You help the disputes & chargebacks team of a retail bank. Be precise about scheme deadlines.",
    "loan_mortgage": "You are an underwriting assistant for a mortgage and personal-loan desk.",
    "credit_file": "You draft correspondence for a credit reference agency's consumer-relations team.",
    "kyc_aml": "You support a financial-crime onboarding team (KYC / EDD / source of funds).",
    "insurance_quote": "You are a quoting assistant for a general insurer (home, motor, travel, life).",
    "insurance_claim": "You help claims handlers and loss adjusters triage claims.",
    "pension_invest": "You assist a pensions and investment administration team.",
    "factfind_debt": "You help financial advisers and debt advisers organise client information.",
    "branch_notes": "You summarise bank branch and contact-centre notes for the CRM.",
}
MERCH = ["AMZN Mktp", "UBER *TRIP", "STEAMGAMES.COM", "APPLE.COM/BILL", "TFL TRAVEL CH", "PAYPAL *EBAY", "NETFLIX.COM",
         "BOLT.EU/O", "ALIEXPRESS", "SHELL 0419", "GOOGLE *YouTube", "BOOKING.COM", "WISE*TOPUP", "BINANCE*CARD"]


def txns(r, n, cur="GBP"):
    d0 = dt.date(2026, r.randint(1, 9), r.randint(1, 20))
    return "\n".join(f"{(d0 + dt.timedelta(days=i * r.randint(0, 2))).isoformat()}  {r.choice(MERCH):<18} {cur} {r.randint(3, 900)}.{r.randint(0, 99):02d}"
                     for i in range(n))


def idlines(p):
    return "\n".join(f"{lab}: {v}" for _, lab, v in p["ids"])


def form(p, keys):
    L = LAB[p["loc"]]
    rows = {"name": (L[0], p["full"]), "dob": (L[1], p["dob_s"]), "addr": (L[2], p["addr"]),
            "phone": (L[3], p["phone"]), "email": (L[4], p["email"])}
    return "\n".join(f"{rows[k][0]}: {rows[k][1]}" for k in keys)


def issued_all(p):
    out = [("person", p["full"]), ("DATE_OF_BIRTH", p["dob_s"]), ("STREET_ADDRESS", p["addr"]),
           ("PHONE_NUMBER", p["phone"]), ("EMAIL_ADDRESS", p["email"]), ("CREDIT_CARD", p["card"]),
           ("IP_ADDRESS", p["ip"]), ("MEDICAL_RECORD", p["mrn"])]
    out += [(t, v) for t, _, v in p["ids"]]
    if "iban" in p:
        out.append(("IBAN_CODE", p["iban"]))
    if "acct" in p:
        out.append(("US_BANK_NUMBER", p["acct"]))
    return out


def bankline(p):
    if "iban" in p:
        return f"IBAN {p['iban']}"
    if "acct" in p:
        return f"ABA routing {p['rtn']} / acct {p['acct']}"
    return ""


def sens_doc(kind, w, p, r):
    L = LAB[p["loc"]]
    cur = {"en-US": "USD", "en-GB": "GBP", "ja-JP": "JPY", "pt-BR": "BRL", "tr-TR": "TRY", "pl-PL": "PLN", "sv-SE": "SEK",
           "ru-RU": "RUB", "hi-IN": "INR", "ko-KR": "KRW", "zh-CN": "CNY", "th-TH": "THB", "es-MX": "MXN", "ar-EG": "EGP",
           "en-ZA": "ZAR", "he-IL": "ILS"}.get(p["loc"], "EUR")
    v = r.randint(0, 2)
    if kind == "card_dispute":
        if v == 0:
            return (f"{L[5]}!!\n{form(p, ['name', 'phone'])}\ncard {p['card']}\n\n{txns(r, r.randint(3, 6), cur)}\n\n{L[6]}",
                    "customer chat", "classify these as fraud vs merchant dispute and tell me the reason code to use")
        if v == 1:
            return ("case_id,cardholder,pan,login_ip,channel,amount\n"
                    f"DSP-{r.randint(100000, 999999)},{p['full']},{p['card'].replace(' ', '')},{p['ip']},app,{r.randint(40, 3000)}.00\n"
                    f"note: cust says phone was stolen, new device bound from {p['ip']} 2 days before. contact {p['phone']}",
                    "dispute csv", "draft the chargeback rebuttal summary + next steps for the agent")
        return (json.dumps({"event": "dispute.opened", "cardholder": {"name": p["full"], "email": p["email"], "pan": p["card"]},
                            "reason": "10.4 other fraud card-absent", "amount": {"value": r.randint(20, 1500), "currency": cur}}, ensure_ascii=False),
                "webhook json", "is this within the 120 day window? what evidence do we request from the customer")
    if kind == "loan_mortgage":
        if v == 0:
            return (f"MORTGAGE APPLICATION — applicant 1\n{form(p, ['name', 'dob', 'addr', 'email'])}\n{idlines(p)}\n"
                    f"Salary {cur} {r.randint(28, 140)}k gross, bonus {r.randint(0, 20)}k; LTV {r.randint(55, 95)}%; {bankline(p)}",
                    "application form", "check affordability at stress rate 7.5% and list missing docs")
        if v == 1:
            return (f"Hi team, broker here. Client {p['full']} ({L[1]} {p['dob_s']}) wants a {r.randint(5, 35)}k personal loan for a car, "
                    f"self-employed {r.randint(2, 9)} yrs. Can you DIP? mob {p['phone']}. {L[6]}",
                    "broker email", "write a DIP decline/accept reasoning and what to ask the broker")
        return (f"{L[0]}: {p['full']}\n{L[2]}: {p['addr']}\n{idlines(p)}\nemployer: {w.bank().split(' ')[0]} Logistics\n"
                f"net monthly {cur} {r.randint(1500, 9000)}; commitments: car finance {r.randint(150, 600)}/m, cards {r.randint(0, 9000)} bal",
                "underwriter notes", "summarise risk and give a recommended loan amount")
    if kind == "credit_file":
        old = w.address(p["loc"])
        issued_extra = [("STREET_ADDRESS", old)]
        return (f"Dear Sir/Madam,\nI am writing under s.159 to correct my credit file. {L[0]}: {p['full']}, {L[1]}: {p['dob_s']}.\n"
                f"Current address: {p['addr']}\nPrevious address (3 yrs): {old}\nA default from {w.bank()} is not mine. {idlines(p)}\n"
                f"Reply to {p['email']}", "customer letter", "draft the notice of correction (max 200 words) and the dispute to the lender"), issued_extra
    if kind == "kyc_aml":
        if v < 2:
            return (f"EDD checklist\n{form(p, ['name', 'dob', 'addr'])}\n{idlines(p)}\nID verified: passport + utility bill\n"
                    f"onboarding session IP {p['ip']}\nSource of funds: sale of flat ({cur} {r.randint(150, 900)}k) + inheritance from father; "
                    f"incoming from {bankline(p) or 'own account abroad'}", "EDD form", "is the source-of-funds evidence sufficient? list gaps, risk-rate the customer")
        return (f"[KYC chat]\nagent: can you confirm your {L[1]}?\ncust: {p['dob_s']}\nagent: and the address on file\ncust: {p['addr']}\n"
                f"cust: my email is {p['email']} btw, the {r.randint(20, 90)}k came from my crypto gains",
                "kyc chat transcript", "what evidence should we request for crypto-derived funds under our policy")
    if kind == "insurance_quote":
        if v == 0:
            return (f"motor quote\n{form(p, ['name', 'dob', 'addr', 'phone'])}\nlicence held {r.randint(1, 30)} yrs, 1 claim {r.randint(2019, 2025)}, "
                    f"car: {r.choice(['VW Golf 1.5 TSI', 'Toyota Yaris Hybrid', 'Kia Sportage', 'Tesla Model 3'])}, garaged, {r.randint(4, 20)}k miles",
                    "quote form", "which rating factors push this premium up and what excess options to offer")
        if v == 1:
            return (f"Life cover enquiry. {L[0]}: {p['full']} / {L[1]} {p['dob_s']} / smoker: no / BMI {r.randint(19, 34)}\n"
                    f"GP records ref {p['mrn']}; sum assured {cur} {r.randint(100, 600)}k over {r.randint(10, 30)}y; contact {p['email']}",
                    "life enquiry", "what underwriting evidence is needed at this age and sum assured")
        return (f"travel insurance, family of 3, {r.randint(7, 30)} days, worldwide ex-US. Lead traveller {p['full']}, born {p['dob_s']}, "
                f"{L[3]} {p['phone']}; pre-existing: asthma", "travel quote", "give me the 3 cover tiers and which pre-existing questions apply")
    if kind == "insurance_claim":
        if v == 0:
            return (f"TRAVEL MEDICAL CLAIM\nclaimant {p['full']} {L[1]} {p['dob_s']}\nhospital: Clínica {w.town(p['loc'])} {p['mrn']}\n{idlines(p)}\n"
                    f"admitted with appendicitis, bill {cur} {r.randint(2, 30)}k, pay to {bankline(p) or 'card ' + p['card']}",
                    "claim form", "check this against the policy wording exclusions and say what to pay")
        if v == 1:
            tp = w.person(p["loc"])
            return (f"Motor claim FNOL: our insured {p['full']} ({p['phone']}) rear-ended at lights. Third party: {tp['full']}, {tp['phone']}, "
                    f"{tp['addr']}. Police ref given. Whiplash claimed by TP.", "FNOL notes", "liability split and reserve suggestion"), \
                [("person", tp["full"]), ("PHONE_NUMBER", tp["phone"]), ("STREET_ADDRESS", tp["addr"])]
        return (f"Home claim — escape of water. Policyholder {p['full']}, {p['addr']}, email {p['email']}. Loss adjuster visit {r.randint(1, 28)}/{r.randint(1, 12)}."
                f" Damage: kitchen ceiling, flooring. Claimed {cur} {r.randint(3, 40)}k.", "adjuster report", "is there underinsurance? apply average and draft the settlement letter")
    if kind == "pension_invest":
        if v < 2:
            return (f"ANNUAL PENSION STATEMENT {dt.date.today().year if False else 2026}\nMember: {p['full']}\n{L[1]}: {p['dob_s']}\n{idlines(p)}\n{L[2]}: {p['addr']}\n"
                    f"Fund value {cur} {r.randint(8, 900)},{r.randint(100, 999)}; contributions YTD {r.randint(1, 30)},{r.randint(100, 999)}\nPayments to: {bankline(p) or 'n/a'}",
                    "pasted statement", "explain the charges and projected value at 67 in plain words")
        return (f"transfer request: {p['full']} wants to move her/his SIPP to us; ceding scheme ref {r.randint(100000, 999999)}; "
                f"{L[4]} {p['email']}, {L[3]} {p['phone']}", "transfer email", "what checks before we accept a pension transfer (scam red flags)")
    if kind == "factfind_debt":
        partner = w.person(p["loc"])
        if v < 2:
            return (f"FACT-FIND\nClient 1: {p['full']}, {L[1]} {p['dob_s']}\nClient 2: {partner['full']}, {L[1]} {partner['dob_s']}\n"
                    f"{L[2]}: {p['addr']}\nDependants: 2 (ages {r.randint(1, 9)} & {r.randint(10, 17)})\nIncome: {cur} {r.randint(25, 120)}k + {r.randint(10, 60)}k\n"
                    f"Goals: retire at 60, pay mortgage off early. ATR: {r.randint(3, 6)}/7", "fact-find", "draft a suitability report outline"), \
                [("person", partner["full"]), ("DATE_OF_BIRTH", partner["dob_s"])]
        return (f"Debt advice budget — client {p['full']}, {L[3]} {p['phone']}\ncreditors: credit card {p['card']} bal {r.randint(1, 9)},{r.randint(100, 999)}; "
                f"catalogue {r.randint(300, 2000)}; council tax arrears {r.randint(200, 1900)}\n{bankline(p)}\nincome UC + PIP",
                "budget sheet", "DMP vs DRO vs IVA: which fits and why"), []
    # branch_notes
    if v == 0:
        return (f"{dt.date(2026, r.randint(1, 11), r.randint(1, 28)).isoformat()} 10:4{r.randint(0, 9)} branch visit. Cust {p['full']} ({p['dob_s']}) came in re blocked card "
                f"{p['card']}, ID&V passed, new {L[3]} {p['phone']} updated. Vulnerable? recent bereavement -> flagged.",
                "branch note", "rewrite for the CRM in neutral wording, keep the vulnerability flag")
    if v == 1:
        return (f"call notes - cust {p['full']} rang, upset about overdraft fees, email {p['email']}, address {p['addr']}, "
                f"login IP {p['ip']} flagged by fraud. offered {r.randint(20, 90)} goodwill.", "call-centre notes", "summarise + classify the complaint (FOS category)")
    return (f"{form(p, ['name', 'addr', 'phone'])}\n{idlines(p)}\n{bankline(p)}\nPOA holder present; customer requests large cash withdrawal {cur} {r.randint(5, 40)},000",
            "teller screen paste", "is this a possible scam/coercion case? what do we ask")


def incidental_doc(kind, w, p, r):
    """Long-ish text about no one, with ONE personal item."""
    rel = w.relative(p["loc"])
    v = r.randint(0, 2)
    filler = (f"Q3 update: {w.bank()} kept its {r.randint(2, 5)}.{r.randint(0, 99):02d}% two-year fix; remortgage volumes up {r.randint(2, 19)}%. "
              "Arrears stable, claims frequency normal for the season, card fraud mostly APP and card-not-present. " * 2)
    if v == 0:
        return (filler + f"\nPS: my {r.choice(['wife', 'husband', 'daughter', 'son', 'mum', 'brother'])} {rel} says hi — she/he handles our joint account.",
                "long memo + relation cue", "tighten this memo to 120 words"), [("person", rel)]
    if v == 1:
        return (filler + f"\nif anything urgent call me on {p['phone']} (personal mobile, not the desk).", "long memo + one phone",
                "tighten this memo to 120 words"), [("PHONE_NUMBER", p["phone"])]
    return (filler + f"\nfor the form: my {LAB[p['loc']][1]} is {p['dob_s']}.", "long memo + one DOB", "shorten and fix grammar"), [("DATE_OF_BIRTH", p["dob_s"])]


def benign_doc(kind, w, r, loc):
    b = w.bank()
    sort = "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99))
    bic_ = w.ids.retry(lambda: "".join(r.choice("ABCDEFGHKLMNPRSTVWZ") for _ in range(4)) + r.choice(["GB", "DE", "FR", "NL", "IT"]) + r.choice(["2L", "22", "MM", "FF"]), bic.is_valid, "bic")
    lei_ = w.ids.retry(lambda: "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(18)), lambda x: True, "lei", 2)
    lei_ = lei_ + "%02d" % (98 - int("".join(str(int(c, 36)) for c in lei_ + "00")) % 97)
    need(lei.is_valid(lei_), "lei")
    isin_ = w.ids.retry(lambda: (lambda s: s + isin.calc_check_digit(s))(r.choice(["GB00", "IE00", "LU0", "US0"]).ljust(4, "0")[:4] + "".join(r.choice("0123456789ABCDEFGH") for _ in range(7))), isin.is_valid, "isin")
    rtn_ = w.ids.retry(lambda: w.ids.digits(9), rtn.is_valid, "rtn")
    line = "0%d00 %03d %04d" % (r.randint(3, 8), r.randint(100, 999), r.randint(0, 9999))
    pf, role = w.public_figure()
    ref = f"{r.choice(['CLM', 'POL', 'CASE', 'CB', 'DSP'])}-{r.randint(2019, 2026)}-{r.randint(100000, 999999)}"
    opts = [
        (f"{b} — registered office: {r.randint(1, 90)} {r.choice(w.pools['en-GB']['streets'])} Wharf, {w.town('en-GB')}. Sort code {sort} (head office), "
         f"BIC {bic_}, LEI {lei_}. Switchboard {line}; complaints@{b.split(' ')[0].lower()}.co.uk", "institution data", "turn this into a JSON contact card"),
        (f"Market wrap: {pf}, {role}, said inflation risks remain two-sided; gilts rallied {r.randint(3, 19)}bp, bank stocks -{r.randint(1, 4)}%. "
         f"Analysts referenced the {w.eponym()} when discussing rate paths.", "market commentary", "summarise in 3 bullets for the advisers' morning note"),
        (f"Test cards for the dispute sandbox: 4111 1111 1111 1111, 5555 5555 5555 4444, 4000 0000 0000 0002 (declined). Webhook host 203.0.113.{r.randint(1, 254)}. "
         f"Chargeback ARN {r.randint(10**22, 10**23 - 1)}, ref {ref}.", "docs/test values", "write pytest cases for the dispute state machine"),
        (f"{LAB[loc][0]}: [CUSTOMER NAME]\n{LAB[loc][1]}: DD/MM/YYYY\n{LAB[loc][2]}: ____________\n{LAB[loc][3]}: +__ ___ ___ ____\nIBAN: XX00 XXXX ...\n"
         f"Card: **** **** **** {r.randint(1000, 9999)}", "blank form", "translate the labels to English and keep the placeholders"),
        (f"Complaints by region (anonymised, n={r.randint(500, 9000)}): North {r.randint(10, 30)}%, South {r.randint(10, 30)}%, claims median {r.randint(800, 5000)}; "
         f"customer 'A' (age band 40-49) and customer 'B' (age band 60-69) redacted per policy. Reference {ref}.", "aggregated data", "chart suggestion + 2 insights"),
        (f"Training case: {w.fictional_char()} applies for a {r.randint(50, 400)}k mortgage with a Ponzi-style income story; trainees identify red flags. "
         f"Fund ISIN {isin_}; ABA routing {rtn_} is {b}'s clearing number.", "training material", "write 5 quiz questions"),
        (f"Claims line {line} (24/7), travel assistance +44 20 7946 0{r.randint(100, 999)}, policy wording v{r.randint(3, 12)}.{r.randint(0, 9)}; "
         f"premium collection: {b}, IBAN GB{r.randint(10, 99)} XXXX 0000 0000 0000 00 (see your schedule). Excess {r.randint(100, 500)} per claim.", "insurer published data", "simplify this for the FAQ page"),
        (f"Policy: {kind.replace('_', ' ')} procedure v{r.randint(2, 9)} — verify identity using two documents, never read back full card numbers, mask all but last 4, "
         f"escalate to the MLRO mailbox mlro@{b.split(' ')[0].lower()}.example within 24h. Ref {ref}.", "internal procedure", "turn this into a checklist"),
    ]
    pick = {"card_dispute": [2, 3, 4, 7], "loan_mortgage": [0, 3, 4, 5], "credit_file": [0, 3, 4, 7], "kyc_aml": [1, 5, 7, 0],
            "insurance_quote": [6, 3, 4, 5], "insurance_claim": [6, 4, 7, 3], "pension_invest": [1, 5, 0, 4],
            "factfind_debt": [3, 4, 5, 7], "branch_notes": [0, 1, 7, 2]}[kind]
    return opts[r.choice(pick)]


# ------------------------------------------------------------------------------------------ placements
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "content_parts", "file_part", "tool_call_args",
              "tool_schema", "response_format", "user_field"]


def place(kind, doc, ask, placement, r, email=None):
    model = r.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"])
    sysmsg = {"role": "system", "content": SYSTEMS[kind]}
    body = {"model": model}
    if placement == "user":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif placement == "system":
        body["messages"] = [{"role": "system", "content": SYSTEMS[kind] + "\nCase context:\n" + doc}, {"role": "user", "content": ask}]
    elif placement == "assistant_echo":
        body["messages"] = [sysmsg, {"role": "user", "content": "pasting the case, wait"},
                            {"role": "assistant", "content": "Received:\n" + doc}, {"role": "user", "content": ask}]
    elif placement == "tool_result":
        body["messages"] = [sysmsg, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "fetch_case", "arguments": json.dumps({"queue": kind})}}]},
                            {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif placement == "content_parts":
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif placement == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode()
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask},
                            {"type": "file", "file": {"filename": f"{kind}_{r.randint(100, 999)}.txt", "file_data": "data:text/plain;base64," + data}}]}]
    elif placement == "tool_call_args":
        body["messages"] = [sysmsg, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function", "function": {"name": "crm_update", "arguments": json.dumps({"note": doc}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": "call_7", "content": "ok"}]
    elif placement == "tool_schema":
        body["messages"] = [sysmsg, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": "file_case", "description": "Files the case in the core system. Example input below.",
                                                          "parameters": {"type": "object", "properties": {"note": {"type": "string", "examples": [doc]}}, "required": ["note"]}}}]
    elif placement == "response_format":
        body["messages"] = [sysmsg, {"role": "user", "content": ask}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "case_summary", "schema": {"type": "object", "description": "Summarise this case: " + doc,
                                   "properties": {"summary": {"type": "string"}, "risk": {"type": "string", "enum": ["low", "medium", "high"]}}}}}
    else:  # user_field
        body["messages"] = [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        body["user"] = email or f"svc-{kind.replace('_', '-')}-{r.randint(10, 99)}"
    return body


def completions_body(kind, doc, ask, r):
    return {"model": r.choice(["gpt-3.5-turbo-instruct", "hybridgate/auto"]), "prompt": f"{SYSTEMS[kind]}\n\n{doc}\n\nTask: {ask}\nAnswer:",
            "max_tokens": r.choice([256, 400, 800])}


def searchable(body):
    text = json.dumps(body, ensure_ascii=False)
    extra = []
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", text):
        extra.append(base64.b64decode(m.group(1)).decode("utf-8"))
    return text + "\n" + "\n".join(extra) + "\n" + urllib.parse.unquote(text)


def entities_of(body, issued):
    hay = searchable(body)
    seen, out = set(), []
    for t, v in issued:
        key = (t, v)
        if key in seen or not v:
            continue
        enc = json.dumps(v, ensure_ascii=False)[1:-1]
        if v in hay or enc in hay:
            seen.add(key)
            out.append({"type": t, "value": v})
    return sorted(out, key=lambda e: (e["type"], e["value"]))


def make_pii(w, r):
    recs, n = [], 0
    per_kind_sens, per_kind_ben, incid = 32, 24, 4
    plan = []
    for kind in KINDS:
        plan += [(kind, "sens_inc")] * incid + [(kind, "sens")] * (per_kind_sens - incid) + [(kind, "ben")] * per_kind_ben
    r.shuffle(plan)
    for kind, what in plan:
        n += 1
        loc = r.choice(LOC_ROT)
        placement = PLACEMENTS[n % len(PLACEMENTS)]
        endpoint = "completions" if n % 10 == 3 else "chat"
        email = None
        if what == "ben":
            doc, style, ask = benign_doc(kind, w, r, loc)
            issued = []
            cat = kind + "_benign"
        else:
            p = w.person(loc)
            if what == "sens_inc":
                (doc, style, ask), issued = incidental_doc(kind, w, p, r)
            else:
                res = sens_doc(kind, w, p, r)
                if isinstance(res[0], tuple):
                    (doc, style, ask), extra = res
                else:
                    (doc, style, ask), extra = res, []
                issued = issued_all(p) + extra
                email = p["email"]
            cat = kind
        if endpoint == "completions":
            body = completions_body(kind, doc, ask, r)
            pl = "prompt"
        else:
            body = place(kind, doc, ask, placement, r, email if placement == "user_field" else None)
            pl = placement
        ents = entities_of(body, issued)
        sensitive = bool(ents)
        assert sensitive == (what != "ben"), (kind, what, style)
        recs.append({"id": f"{SPLIT}-pii-{n:04d}", "category": cat, "sensitive": sensitive, "entities": ents,
                     "endpoint": endpoint, "lang": loc, "style": f"{style} · {pl}" + (" · incidental" if what == "sens_inc" else ""), "body": body})
    return recs


# ------------------------------------------------------------------------------------------ complexity
SHORT_SIMPLE = [
    ("en", "what does APR stand for?"), ("en", "is a debit card the same as a credit card? one line pls"),
    ("de", "Was ist ein Dispo? Kurz bitte."), ("fr", "c'est quoi un RIB ?"), ("es", "¿Qué significa TAE en un préstamo?"),
    ("pt-BR", "o que é Pix? responde curto"), ("pl", "Co to jest BLIK?"), ("ja", "「口座振替」を英語で言うと？"),
    ("zh", "“信用卡账单日”英文怎么说？"), ("ar", "ما معنى كلمة IBAN؟"), ("hi", "EMI का पूरा नाम क्या है?"),
    ("tr", "Kredi kartı ekstre kesim tarihi ne demek?"), ("ru", "что такое БИК банка, в двух словах"),
    ("ko", "체크카드랑 신용카드 차이 한 줄로"), ("it", "cos'è l'IBAN? una frase"), ("en", "convert 1,250 GBP to pence"),
    ("en", "ISA stands for?"), ("en", "spell out 'no claims bonus' as an acronym"), ("de", "Übersetze 'Selbstbeteiligung' ins Englische"),
    ("en", "what's 15% of 240?"), ("fr", "traduire 'franchise' (assurance) en anglais"), ("es", "¿'Seguro a todo riesgo' en inglés?"),
]
SHORT_HARD = [
    ("en", "Derive the modified duration and convexity of a 7y 4.25% annual-coupon bond priced at 97.80, then estimate the price change for +85bp and explain the error of the duration-only estimate."),
    ("en", "A 25y repayment mortgage of 310k at 5.19% fixed for 5y then SVR 7.99%: with 200/month overpayments capped at 10%/yr, when does it end and how much interest is saved? Show the method."),
    ("en", "Prove that put-call parity must hold for European options on a non-dividend stock, and construct the arbitrage if C - P > S - K e^{-rT}."),
    ("en", "Write SQL (Postgres) that computes FIFO realised gains per tax year from a trades table with partial lot disposals and same-day rules; explain edge cases."),
    ("en", "Design a graph-based AML typology detector for mule-account rings over 40M daily transfers: features, algorithm, false-positive control, and how you'd validate it."),
    ("de", "Leite her, warum unter Solvency II die SCR-Aggregation über eine Korrelationsmatrix kleiner als die Summe der Module ist, und gib ein Zahlenbeispiel mit drei Modulen."),
    ("fr", "Explique et calcule la perte de crédit attendue IFRS 9 (stage 1 vs 2) pour un prêt de 200k€ avec PD 12m 1,2 %, PD vie 6 %, LGD 35 %, et discute le critère de SICR."),
    ("es", "Demuestra por qué el criterio de Kelly maximiza el crecimiento logarítmico y calcula la fracción óptima para p=0,55 y cuota 1,9; comenta el riesgo de sobreestimar p."),
    ("pt-BR", "Monte um modelo de precificação para seguro prestamista com mortalidade AT-2000, juros de 6% a.a. e prazo de 48 meses; mostre as fórmulas."),
    ("pl", "Wyprowadź wzór na rzeczywistą roczną stopę oprocentowania (RRSO) z prowizją i ubezpieczeniem, i policz ją numerycznie dla kredytu 50 tys. zł na 60 mies."),
    ("ja", "再保険のエクセス・オブ・ロス契約で、レイヤー5億円xs5億円の期待損失をパレート分布（α=1.6）で計算し、仮定の感度を論じてください。"),
    ("zh", "请推导Vasicek单因子模型下贷款组合的损失分布，并计算99.9%分位数对应的资本要求（PD=2%，相关性0.15，LGD=45%）。"),
    ("ar", "اشرح كيف تحسب معدل العائد الداخلي لتدفقات نقدية غير منتظمة، وأثبت متى يكون هناك أكثر من حل، مع مثال عددي."),
    ("hi", "एक पेंशन फंड के लिए liability-driven investment रणनीति डिज़ाइन करें: duration matching, interest-rate hedge ratio, और leverage का जोखिम समझाएं।"),
    ("ru", "Докажи, что при постоянной интенсивности дефолта цена CDS-спреда ≈ λ·(1−R), и оцени ошибку приближения для λ=3%, R=40%, T=5 лет."),
    ("en", "Our motor book: frequency 7.2%, severity lognormal(8.1, 1.3). Price a 500 excess vs 250 excess, include the behavioural claim-suppression effect, and state assumptions."),
    ("tr", "Bir bankanın LCR ve NSFR oranlarını bir stres senaryosunda birlikte optimize eden doğrusal programı kur ve kısıtları açıkla."),
    ("ko", "몬테카를로로 은퇴 포트폴리오의 파산확률을 추정하는 방법을 설계하고, 4% 인출 규칙의 한계를 수식으로 설명해줘."),
    ("en", "Explain why a Monte Carlo VaR and a historical VaR can rank two portfolios differently, with a constructed 2-asset example."),
    ("it", "Dimostra perché il tasso di sconto implicito in una rendita vitalizia dipende dalla tavola di mortalità e calcola il valore attuale per un 67enne con tasso 3%."),
]
LONG_EASY_ASK = [
    ("en", "sort these by date and give them back as CSV, nothing else"), ("en", "just list the merchant names, one per line, no duplicates"),
    ("de", "Bitte nur die Spaltenüberschriften ins Deutsche übersetzen, Rest unverändert lassen."),
    ("fr", "remets ça sous forme de tableau markdown, sans rien changer"), ("es", "cuenta cuántas líneas hay y dime solo el número"),
    ("pt-BR", "coloca tudo em ordem alfabética pelo nome do estabelecimento"), ("ja", "この明細をそのままMarkdownの表にしてください"),
    ("zh", "把下面的条款按编号整理成列表，不要改内容"), ("pl", "zamień przecinki na średniki, nic więcej"),
    ("en", "fix the capitalisation of the policy headings only"), ("ar", "حوّل هذا الجدول إلى JSON كما هو"),
    ("ru", "просто переведи заголовки столбцов на английский"),
]
LONG_HARD_ASK = [
    ("en", "Reconcile the ledger above against the bank statement lines: identify every discrepancy, explain its probable cause (timing, duplicate, FX, fee), and propose journal entries."),
    ("en", "Using the policy wording above, decide for each of the claims listed whether it is covered, which exclusion or condition applies, and compute the settlement after excess and average."),
    ("de", "Prüfe die Kreditvereinbarung oben auf widersprüchliche Covenants, berechne die Kennzahlen für die drei Quartale und sag, ob ein Event of Default vorliegt; begründe jeden Schritt."),
    ("fr", "À partir de l'historique ci-dessus, construis la matrice de migration des notes, estime la PD à 12 mois par classe et discute la stabilité de la matrice."),
    ("es", "Con los movimientos anteriores, detecta patrones de estructuración (smurfing) y de cuentas mula, justifica cada alerta y estima la tasa de falsos positivos."),
    ("ja", "上の取引履歴から、手数料体系の変更前後で顧客の収益性がどう変わったかを分析し、セグメント別に定量的な結論を出してください。"),
    ("zh", "根据以上保单条款和理赔记录，逐条判断是否应赔付，指出条款间的矛盾，并计算每笔的赔付金额。"),
    ("pt-BR", "Com o extrato acima, calcule o custo efetivo total do rotativo mês a mês, compare com o parcelamento e explique qual seria a melhor estratégia de quitação."),
]
CLAUSES = ["Cover applies to sudden and unforeseen escape of water from a fixed installation.",
           "We will not pay for gradual deterioration, wear and tear or damage caused by a lack of maintenance.",
           "If the sum insured is less than the full rebuilding cost, we will reduce the claim in proportion.",
           "The excess is 350 for each and every claim, 1,000 for subsidence.",
           "Unoccupied for more than 60 consecutive days: escape of water and theft are excluded.",
           "Accidental damage is covered only where the schedule shows the extension was bought.",
           "Claims must be notified within 30 days; late notification may reduce the amount we pay where we are prejudiced.",
           "The borrower shall maintain a leverage ratio not exceeding 3.5x tested quarterly.",
           "Interest cover shall be not less than 4.0x on a rolling 12-month basis.",
           "Any breach remedied within 20 business days shall not constitute an Event of Default."]


def stmt_lines(r, n):
    d0 = dt.date(2026, r.randint(1, 6), 1)
    return "\n".join(f"{(d0 + dt.timedelta(days=i)).isoformat()},{r.choice(MERCH)},{r.choice(['DEBIT', 'CARD', 'DD', 'FPO', 'FEE'])},{r.randint(1, 1500)}.{r.randint(0, 99):02d},{r.randint(-500, 9000)}.{r.randint(0, 99):02d}"
                     for i in range(n))


def make_complexity(r):
    recs = []
    plan = ["short_simple"] * 48 + ["long_easy"] * 48 + ["short_hard"] * 48 + ["long_hard"] * 48
    r.shuffle(plan)
    for i, cat in enumerate(plan, 1):
        kind = r.choice(KINDS)
        sysmsg = {"role": "system", "content": SYSTEMS[kind]}
        if cat == "short_simple":
            lang, text = r.choice(SHORT_SIMPLE)
            style = "quick question"
        elif cat == "short_hard":
            lang, text = r.choice(SHORT_HARD)
            style = "quant/actuarial/analysis"
        elif cat == "long_easy":
            lang, ask = r.choice(LONG_EASY_ASK)
            if r.random() < 0.6:
                doc = "date,description,type,amount,balance\n" + stmt_lines(r, r.randint(35, 60))
                style = "statement reformat"
            else:
                doc = "\n".join(f"{k}. {r.choice(CLAUSES)}" for k in range(1, r.randint(18, 30)))
                style = "policy wording tidy"
            text = f"{ask}\n\n{doc}" if r.random() < 0.5 else f"{doc}\n\n{ask}"
            while len(text) < 1500:
                text += "\n" + stmt_lines(r, 5)
        else:
            lang, ask = r.choice(LONG_HARD_ASK)
            doc = ("LEDGER\n" + stmt_lines(r, r.randint(15, 25)) + "\n\nBANK STATEMENT\n" + stmt_lines(r, r.randint(15, 25))
                   + "\n\nTERMS\n" + "\n".join(f"{k}. {r.choice(CLAUSES)}" for k in range(1, r.randint(6, 12))))
            text = f"{doc}\n\n{ask}"
            style = "reconcile/coverage/covenant analysis"
        body = {"model": r.choice(["hybridgate/auto", "gpt-4o-mini"]), "messages": [sysmsg, {"role": "user", "content": text}]}
        if cat == "long_easy":
            assert len(text) >= 1500
        recs.append({"id": f"{SPLIT}-cx-{i:04d}", "category": cat, "label": int(cat in ("short_hard", "long_hard")),
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang,
                     "style": f"{style}/{kind}", "body": body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    FROZEN.update(frozen_words())
    r = random.Random(a.seed)
    w = World(r)
    pii = make_pii(w, r)
    cx = make_complexity(random.Random(a.seed * 7 + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as f:
            for rec in recs:
                if "entities" in rec:
                    assert rec["sensitive"] == bool(rec["entities"])
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sens = sum(x["sensitive"] for x in pii)
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, "
          f"{sum(x['endpoint'] == 'completions' for x in pii)} completions, {len({x['lang'] for x in pii})} locales, "
          f"{sum('incidental' in x['style'] for x in pii)} incidental")
    print("categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print(f"complexity: {len(cx)} records,", dict(collections.Counter(x["category"] for x in cx)),
          f"length_adversarial {sum(x['length_adversarial'] for x in cx)}, label1 {sum(x['label'] for x in cx)}, langs {len({x['lang'] for x in cx})}")
    print(f"freeze dropped {sum(DROPPED.values())} pool entries ({len(DROPPED)} pools affected)")


if __name__ == "__main__":
    main()
