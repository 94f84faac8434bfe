#!/usr/bin/env python3
"""Felsenmeer: a blind evaluation split for the request signals, organised by the world of PUBLIC SAFETY AND
EMERGENCY SERVICES.

Writes bench/data/signals/pii_felsenmeer.jsonl and bench/data/signals/complexity_felsenmeer.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body).

How it was written
    Blind. Its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and
    label conventions) and the first 2 lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the
    gateway, tests, evaluator, results, docs, policies, README, other generators, commit history. The other
    generators are only scanned automatically (``frozen_words``) for capitalised / non-ASCII words; every
    name, street, locality, station and placeholder-name pool entry sharing a word (or a non-ASCII bigram)
    with that set is dropped and the pool is refilled from invented locale-typical parts (capped). Generic
    street-type words and particles (street, rue, via, ul., de, la ...) are exempt from the check because
    they are template text, not pool entries. This file skips itself when building the set.

Organising principle and the line drawn
    Nine kinds of message from police, fire, EMS, PSAP (911/112), lost-and-found, traffic, coast guard /
    mountain rescue, victim support and neighbourhood watch work, written by dispatchers, officers,
    firefighters, paramedics, volunteers, caseworkers and members of the public in 22 locales (Latin,
    Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul scripts) with radio codes,
    abbreviations, code-switching and typos. Category ``<kind>`` is sensitive, ``<kind>_benign`` benign.
    Personal data (sensitive): anything that identifies a private person involved in an incident -- callers,
    witnesses, victims, patients, drivers, missing persons, owners of lost property, neighbours, next of kin:
    names (also a first name with a relation / role cue), callback numbers, personal e-mails, home
    addresses, birth dates, national / tax / health numbers, MRNs, bank and card numbers, a private user's
    public IP. Not personal data (benign hard negatives of the same world): emergency and non-emergency
    numbers, stations' switchboards and role mailboxes, named stations / precincts / MRCCs, commissioners,
    chiefs and spokespeople quoted in their public role, press releases with aggregated or already
    anonymised figures ("a 34-year-old man"), incident / CAD / case reference numbers, fleet unit call signs
    and registration-like unit codes, junctions and grid references of public places, eponyms (Glasgow
    Coma Scale, Heimlich), training scenarios with placeholder people (Jane Doe, Max Mustermann ...), blank
    forms, documentation IPs (RFC 5737) and test card numbers.

Labels
    ``entities`` is computed by searching the serialised body (base64 file parts decoded, URLs unquoted) for
    every value the record issued; each entity is {"type", "value"}. ``sensitive`` is true iff entities is
    non-empty (asserted). ``ssn`` only for US SSNs; other citizen numbers NATIONAL_ID; Steuer-ID, CPF, INN,
    RNTRC, codice fiscale TAX_ID; NHS numbers HEALTH_INSURANCE; hospital numbers MEDICAL_RECORD; ABA routing
    + account US_BANK_NUMBER. About 12% of sensitive records carry a single incidental item inside an
    otherwise benign text. Complexity: short_simple / long_easy (>= 1,500 chars) label 0, short_hard /
    long_hard label 1; short_hard and long_easy are length-adversarial.

Contents (seed 20260917; the run prints all counts)
    pii_felsenmeer.jsonl: 495 records in 22 locales, 288 sensitive / 207 benign, 9 kinds x 55
    (32 sensitive + 23 benign), 36 sensitive ones with a single incidental item; 49 completions; the document rotates over user / system /
    assistant / tool messages, text and file content parts, tool-call arguments, tool schemas,
    response_format and the ``user`` field. complexity_felsenmeer.jsonl: 190 records (short_simple 48,
    long_easy 50, short_hard 50, long_hard 42) in 16 language tags, 100 length-adversarial, 92 labelled 1.
    The freeze dropped 368 pool entries (all refilled; see the run output).

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (SSN, ABA RTN,
    NHS, Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA,
    Teudat Zehut, Aadhaar, Thai PIN, RRN, Chinese RIC, IBAN, Luhn for cards); phone numbers with
    ``phonenumbers`` (valid for their region); IPs must be global. The run aborts on an invalid value; every
    retry loop is capped.

Command (deterministic)
    python bench/make_felsenmeer_signal_sets.py [--seed 20260917] [--out bench/data/signals]
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
import unicodedata
import urllib.parse

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from stdnum import iban as s_iban, luhn as s_luhn
from stdnum.br import cpf as s_cpf
from stdnum.cn import ric as s_ric
from stdnum.de import idnr as s_idnr
from stdnum.es import dni as s_dni
from stdnum.fr import nir as s_nir
from stdnum.gb import nhs as s_nhs
from stdnum.gr import amka as s_amka
from stdnum.il import idnr as s_ilid
from stdnum.in_ import aadhaar as s_aadhaar
from stdnum.it import codicefiscale as s_cf
from stdnum.kr import rrn as s_rrn
from stdnum.nl import bsn as s_bsn
from stdnum.pl import pesel as s_pesel
from stdnum.ru import inn as s_inn
from stdnum.se import personnummer as s_pnr
from stdnum.th import pin as s_thpin
from stdnum.tr import tckimlik as s_tck
from stdnum.ua import rntrc as s_rntrc
from stdnum.us import rtn as s_rtn, ssn as s_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "felsenmeer"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer").split()
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


FROZEN = frozen_words()
GENERIC = set("""street st road rd avenue ave lane ln drive dr close crescent gardens way blvd rue avenue impasse allée
chemin de la du des le les calle avda c pza plaza del y via viale piazza vicolo di della ul os al rua av travessa
sokak sk cad caddesi mah mahallesi no d van der den ter ten ул д кв вул буд οδός شارع רחוב ซอย ถนน""".split())
DROPPED = collections.Counter()
DIAG = False


def clean(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    prev = None
    for t in toks:
        if t in GENERIC:
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


def pool(tag, real, parts_a=(), parts_b=(), target=14, joiner=""):
    """Frozen-filtered pool; refilled from composed locale-typical parts (capped, re-checked)."""
    out = []
    for r in real:
        if clean(r):
            out.append(r)
        else:
            DROPPED[tag] += 1
    if parts_a and parts_b:
        combos = [a + joiner + b for a in parts_a for b in parts_b]
        rnd = random.Random(tag)
        rnd.shuffle(combos)
        for c in combos[:400]:
            if len(out) >= target:
                break
            if c not in out and clean(c):
                out.append(c)
    if not out and not DIAG and not tag.endswith(":street"):
        raise SystemExit(f"pool {tag} emptied by the freeze")
    return out


# ----------------------------------------------------------------------------------------------- locales
# lab: name, dob, addr, tel, witness, caller, victim, driver, nok, saw, calm, found, ask, rel, spk
LAB = {
 "en-US": "Name|DOB|Address|Ph|W1|RP|Victim|Driver|NOK|W1 states she saw a dark sedan leave NB at high speed|RP calm, staying on scene|blk leather wallet turned in at front desk|summarize for the shift sgt|my daughter {f}|PIO",
 "en-GB": "Name|DOB|Address|Tel|Witness|Informant|IP|Driver|NOK|Witness saw a dark hatchback make off at speed towards the ring road|Informant calm, remaining at scene|black wallet handed in from the no. 38 bus|summarise for the duty inspector|my son {f}|Force press officer",
 "de-DE": "Name|Geb.-Datum|Anschrift|Tel.|Zeugin|Mitteiler|Geschädigte|Fahrzeugführer|Angehörige|Zeugin sah einen dunklen Pkw mit hoher Geschwindigkeit wegfahren|Mitteiler ruhig, bleibt vor Ort|schwarze Geldbörse im Bus gefunden|bitte kurz zusammenfassen|meine Tochter {f}|Polizeisprecherin",
 "fr-FR": "Nom|Né(e) le|Adresse|Tél.|Témoin|Requérant|Victime|Conducteur|Proche à prévenir|Le témoin a vu un véhicule sombre quitter les lieux à vive allure|Requérant calme, reste sur place|portefeuille noir trouvé dans le bus|résume stp|ma fille {f}|porte-parole de la préfecture",
 "es-ES": "Nombre|F. nac.|Domicilio|Tlf.|Testigo|Alertante|Víctima|Conductor|Familiar de contacto|La testigo vio un turismo oscuro huir a gran velocidad|Alertante tranquilo, permanece en el lugar|cartera negra hallada en el autobús|resúmelo porfa|mi hijo {f}|portavoz de la Policía Local",
 "es-MX": "Nombre|Fecha de nac.|Domicilio|Cel.|Testigo|Reportante|Víctima|Conductor|Familiar|El testigo vio una camioneta oscura salir a exceso de velocidad|Reportante tranquilo, se queda en el lugar|se encontró cartera negra en el camión|hazme un resumen|mi esposa {f}|vocero de Seguridad Ciudadana",
 "it-IT": "Nominativo|Nato/a il|Indirizzo|Tel.|Testimone|Segnalante|Vittima|Conducente|Familiare da avvisare|Il testimone ha visto un'auto scura allontanarsi a forte velocità|Segnalante calmo, resta sul posto|portafoglio nero trovato sull'autobus|riassumi per favore|mia figlia {f}|portavoce della Questura",
 "nl-NL": "Naam|Geb.datum|Adres|Tel.|Getuige|Melder|Slachtoffer|Bestuurder|Contactpersoon|Getuige zag een donkere auto met hoge snelheid wegrijden|Melder rustig, blijft ter plaatse|zwarte portemonnee gevonden in de bus|vat even samen aub|mijn zoon {f}|woordvoerder van de politie",
 "pl-PL": "Imię i nazwisko|Data ur.|Adres|Tel.|Świadek|Zgłaszający|Poszkodowany|Kierujący|Osoba do kontaktu|Świadek widział ciemny samochód odjeżdżający z dużą prędkością|Zgłaszający spokojny, zostaje na miejscu|czarny portfel znaleziony w autobusie|streść proszę|moja córka {f}|rzecznik prasowy KMP",
 "pt-BR": "Nome|Data de nasc.|Endereço|Tel.|Testemunha|Solicitante|Vítima|Condutor|Contato familiar|A testemunha viu um carro escuro fugir em alta velocidade|Solicitante calmo, permanece no local|carteira preta achada no ônibus|resume pra mim|minha filha {f}|porta-voz da PM",
 "sv-SE": "Namn|Född|Adress|Tel|Vittne|Anmälare|Målsägande|Förare|Anhörig|Vittnet såg en mörk bil köra iväg i hög fart|Inringaren lugn, stannar på platsen|svart plånbok hittad på bussen|sammanfatta tack|min son {f}|presstalesperson",
 "tr-TR": "Ad Soyad|Doğum tarihi|Adres|Tel|Tanık|İhbarcı|Mağdur|Sürücü|Yakını|Tanık koyu renkli bir aracın hızla uzaklaştığını gördü|İhbarcı sakin, olay yerinde bekliyor|otobüste siyah cüzdan bulundu|özetler misin|kızım {f}|Emniyet sözcüsü",
 "ru-RU": "ФИО|Дата рожд.|Адрес|Тел.|Свидетель|Заявитель|Потерпевший|Водитель|Родственник|Свидетель видел, как тёмный автомобиль скрылся на большой скорости|Заявитель спокоен, остаётся на месте|в автобусе найден чёрный кошелёк|кратко перескажи|моя дочь {f}|пресс-секретарь ГУ МВД",
 "uk-UA": "ПІБ|Дата нар.|Адреса|Тел.|Свідок|Заявник|Потерпілий|Водій|Родич|Свідок бачив, як темне авто поїхало на великій швидкості|Заявник спокійний, залишається на місці|в автобусі знайдено чорний гаманець|стисло підсумуй|мій син {f}|речниця поліції області",
 "el-GR": "Ονοματεπώνυμο|Ημ. γέννησης|Διεύθυνση|Τηλ.|Μάρτυρας|Καλών|Θύμα|Οδηγός|Συγγενής|Ο μάρτυρας είδε ένα σκούρο αυτοκίνητο να φεύγει με μεγάλη ταχύτητα|Ο καλών είναι ήρεμος, παραμένει στο σημείο|μαύρο πορτοφόλι βρέθηκε στο λεωφορείο|κάνε μια σύνοψη|η κόρη μου η {f}|εκπρόσωπος Τύπου της ΕΛ.ΑΣ.",
 "ar-EG": "الاسم|تاريخ الميلاد|العنوان|الهاتف|الشاهد|المبلّغ|المجني عليه|السائق|أقرب الأقارب|رأى الشاهد سيارة داكنة تغادر بسرعة عالية|المبلّغ هادئ ويبقى في المكان|تم العثور على محفظة سوداء في الأتوبيس|لخص من فضلك|ابني {f}|المتحدث الرسمي باسم الوزارة",
 "he-IL": "שם|ת. לידה|כתובת|טל'|עד|מתקשר|נפגע|נהג|קרוב משפחה|העד ראה רכב כהה נמלט במהירות גבוהה|המתקשר רגוע, נשאר במקום|ארנק שחור נמצא באוטובוס|תסכם בבקשה|הבת שלי {f}|דובר המשטרה",
 "hi-IN": "नाम|जन्म तिथि|पता|फ़ोन|गवाह|कॉलर|पीड़ित|चालक|परिजन|गवाह ने एक गहरे रंग की कार को तेज़ रफ़्तार से भागते देखा|कॉलर शांत है, मौके पर है|बस में काला बटुआ मिला|सारांश बना दो|मेरा बेटा {f}|पुलिस प्रवक्ता",
 "th-TH": "ชื่อ-สกุล|วันเกิด|ที่อยู่|โทร|พยาน|ผู้แจ้ง|ผู้เสียหาย|ผู้ขับขี่|ญาติ|พยานเห็นรถสีเข้มขับออกไปด้วยความเร็วสูง|ผู้แจ้งใจเย็น อยู่ที่เกิดเหตุ|พบกระเป๋าสตางค์สีดำบนรถเมล์|ช่วยสรุปให้หน่อย|ลูกสาวชื่อ{f}|โฆษกตำรวจ",
 "ja-JP": "氏名|生年月日|住所|電話|目撃者|通報者|被害者|運転者|家族連絡先|目撃者は暗い色の車が猛スピードで走り去るのを見た|通報者は落ち着いており現場に留まっている|バス車内で黒い財布を拾得|要約して|娘の{f}|県警広報官",
 "ko-KR": "성명|생년월일|주소|연락처|목격자|신고자|피해자|운전자|보호자|목격자는 어두운 색 차량이 빠른 속도로 달아나는 것을 봤다고 함|신고자 침착, 현장 대기 중|버스에서 검은색 지갑 습득|요약해줘|우리 딸 {f}|경찰청 대변인",
 "zh-CN": "姓名|出生日期|住址|电话|目击者|报警人|受害人|驾驶人|家属|目击者看到一辆深色轿车高速驶离|报警人情绪稳定，留在现场|公交车上拾到黑色钱包|帮我总结一下|我女儿{f}|市公安局新闻发言人",
}
LABKEYS = "name dob addr tel witness caller victim driver nok saw calm found ask rel spk".split()

# region, emergency, non-emergency, email domains, placeholder names, name order
META = {
 "en-US": ("US", "911", "311", ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], ["John Doe", "Jane Doe", "John Q. Public"]),
 "en-GB": ("GB", "999", "101", ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"], ["Joe Bloggs", "Fred Bloggs", "A. N. Other"]),
 "de-DE": ("DE", "112", "110", ["web.de", "gmx.de", "t-online.de", "posteo.de"], ["Max Mustermann", "Erika Mustermann", "Otto Normalverbraucher"]),
 "fr-FR": ("FR", "112", "17", ["orange.fr", "free.fr", "laposte.net", "gmail.com"], ["Jean Dupont", "Marie Dupont", "M. Untel"]),
 "es-ES": ("ES", "112", "091", ["gmail.com", "hotmail.es", "telefonica.net"], ["Fulano de Tal", "Mengano", "Juan Español"]),
 "es-MX": ("MX", "911", "089", ["gmail.com", "hotmail.com", "prodigy.net.mx"], ["Fulano de Tal", "Juan Pérez", "Perengano"]),
 "it-IT": ("IT", "112", "113", ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"], ["Mario Rossi", "Tizio Caio", "Sempronio"]),
 "nl-NL": ("NL", "112", "0900-8844", ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"], ["Jan Modaal", "Piet Jansen", "Jan met de pet"]),
 "pl-PL": ("PL", "112", "997", ["wp.pl", "o2.pl", "onet.pl", "interia.pl"], ["Jan Kowalski", "Anna Kowalska", "Jan Nowak"]),
 "pt-BR": ("BR", "190", "181", ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"], ["Fulano de Tal", "Beltrano", "João da Silva"]),
 "sv-SE": ("SE", "112", "114 14", ["telia.com", "gmail.com", "hotmail.se", "bredband.net"], ["Svensson", "Kalle Anka", "Medelsvensson"]),
 "tr-TR": ("TR", "112", "155", ["hotmail.com", "gmail.com", "yandex.com.tr"], ["Ahmet Yılmaz", "Ayşe Yılmaz", "Falanca Filanca"]),
 "ru-RU": ("RU", "112", "102", ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"], ["Иван Иванов", "Иван Петров", "Вася Пупкин"]),
 "uk-UA": ("UA", "112", "102", ["ukr.net", "i.ua", "gmail.com", "meta.ua"], ["Іван Петренко", "Петро Петренко", "Тарас Шевченко"]),
 "el-GR": ("GR", "112", "100", ["gmail.com", "yahoo.gr", "otenet.gr"], ["Γιάννης Παπαδόπουλος", "Τάδε Δείνα", "ο δείνα"]),
 "ar-EG": ("EG", "122", "123", ["gmail.com", "yahoo.com", "hotmail.com"], ["فلان الفلاني", "فلان بن فلان", "علان"]),
 "he-IL": ("IL", "100", "101", ["walla.co.il", "gmail.com", "bezeqint.net"], ["ישראל ישראלי", "פלוני אלמוני", "פלונית"]),
 "hi-IN": ("IN", "112", "108", ["gmail.com", "rediffmail.com", "yahoo.co.in"], ["राम प्रसाद", "श्याम लाल", "अमुक"]),
 "th-TH": ("TH", "191", "1669", ["gmail.com", "hotmail.com", "yahoo.co.th"], ["นายสมมติ", "นางสาวสมมุติ", "นาย ก."]),
 "ja-JP": ("JP", "110", "#9110", ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"], ["山田太郎", "山田花子", "名無しの権兵衛"]),
 "ko-KR": ("KR", "112", "182", ["naver.com", "daum.net", "gmail.com", "kakao.com"], ["홍길동", "김철수", "아무개"]),
 "zh-CN": ("CN", "110", "12345", ["qq.com", "163.com", "126.com", "sina.com"], ["张三", "李四", "王五"]),
}

# first names (real), first-name fallback parts, surname list or parts, street stems / parts, locality parts
NAMES = {
 "en-US": (["Tamsin", "Darnell", "Kaylee", "Rory", "Marisol", "Deshawn", "Brynn", "Colton", "Latrice", "Everett", "Shayla", "Beckett"],
           (["Ja", "Bra", "Kay", "Mar", "De", "Ty"], ["lynn", "den", "ton", "isha", "shawn", "leigh"]),
           (["Whit", "Hollo", "Brad", "Kings", "Ash", "Crane", "Pem", "Thorn", "Hart", "Wick"], ["ley", "way", "ford", "well", "ton", "more", "by", "stead"])),
 "en-GB": (["Niamh", "Callum", "Imogen", "Rhys", "Siobhan", "Fergus", "Tilly", "Declan", "Keira", "Alfie"],
           (["Hol", "Fre", "Im", "Cal", "Ros", "Ev"], ["lie", "die", "ogen", "lum", "sie", "ie"]),
           (["Cart", "Pen", "Mars", "Hol", "Brom", "Ather", "Dal", "Shep"], ["wright", "worth", "den", "combe", "ridge", "hurst", "field"])),
 "de-DE": (["Henrike", "Jörg", "Mareike", "Till", "Svenja", "Detlef", "Wiebke", "Malte", "Gesine", "Torben"],
           (["Hen", "Ul", "Frie", "Ger", "Lie", "Wal", "Ro", "Ka"], ["rike", "nja", "ke", "bert", "mar", "trud", "wig"]),
           (["Brenn", "Wasch", "Hollen", "Kett", "Rau", "Finster", "Zieg", "Lamp", "Wurm", "Ober"], ["mann", "bauer", "ecker", "hofer", "ler", "brink", "meier"])),
 "fr-FR": (["Maëlys", "Gaëtan", "Solène", "Loïc", "Anaïs", "Thibault", "Clémence", "Yannick", "Ophélie", "Baptiste"],
           (["Ma", "Gaë", "So", "Cla", "Ro", "Lé"], ["lène", "tan", "rine", "ric", "mane", "ïs"]),
           (["Dela", "Beau", "Mont", "Roche", "Ville", "Pas", "Cour", "Mal"], ["court", "fort", "lieu", "mare", "nier", "quet", "teau"])),
 "es-ES": (["Nerea", "Íñigo", "Ainhoa", "Unai", "Rocío", "Borja", "Itziar", "Gonzalo", "Maite", "Xabier"],
           (["Ai", "Ire", "Ma", "Ro", "Gor", "En"], ["txu", "ne", "riel", "cío", "ka", "eko"]),
           (["Ola", "Vald", "Barr", "Sal", "Eche", "Arri", "Mend", "Zub"], ["zábal", "ivia", "ueta", "iola", "aga", "edo", "eras"])),
 "es-MX": (["Yatziri", "Brayan", "Xóchitl", "Uriel", "Itzel", "Jahir", "Citlali", "Osvaldo", "Nayeli", "Eleazar"],
           (["Yat", "Xi", "Ure", "Na", "Itz", "Ya"], ["zil", "mena", "iel", "yeli", "amar", "ret"]),
           (["Cer", "Baz", "Arell", "Quin", "Zamar", "Olv", "Tapi", "Bust"], ["ano", "era", "ipa", "ones", "illo", "eda", "amante"])),
 "it-IT": (["Ginevra", "Ettore", "Nicoletta", "Tancredi", "Ludovica", "Amedeo", "Benedetta", "Corrado", "Ilaria", "Gualtiero"],
           (["Lu", "Ar", "Ra", "Ce", "Fio", "Ot"], ["ciana", "mando", "ffaella", "sare", "renza", "tavio"]),
           (["Bell", "Cast", "Mor", "Fior", "Sant", "Pel", "Scal", "Tor"], ["ucci", "ini", "etti", "elli", "oni", "ozzi", "ese"])),
 "nl-NL": (["Sanne", "Joost", "Femke", "Thijs", "Marloes", "Sjoerd", "Lieke", "Wouter", "Ilse", "Bram"],
           (["Mar", "Jo", "Fen", "Sij", "Wil", "Ger"], ["ieke", "ris", "na", "brecht", "lijn", "rit"]),
           (["van der ", "de ", "van ", "ter ", "van den ", ""], ["Wiel", "Bosch", "Kamp", "Laar", "Heuvel", "Brink", "Molen", "Hoek", "Wielstra", "Boschma", "Kampinga", "Hoekzema", "Dijkhuis"])),
 "pl-PL": (["Zofia", "Bartosz", "Agnieszka", "Wojciech", "Małgorzata", "Przemysław", "Katarzyna", "Grzegorz", "Justyna", "Jarosław"],
           (["Bo", "Mi", "Ra", "Do", "Ja", "Sta"], ["gusław", "rosława", "dosław", "brawa", "nina", "nisław"]),
           (["Wiśn", "Kowal", "Zieliń", "Dąbr", "Pawł", "Krup", "Grab", "Sobcz"], ["iewski", "czyk", "ski", "owski", "ak", "iński"])),
 "pt-BR": (["Thaís", "Wellington", "Luana", "Jefferson", "Gislaine", "Cleiton", "Raíssa", "Anderson", "Kelly", "Rodrigo"],
           (["Jo", "Cle", "Ra", "Da", "We", "Lu"], ["ciane", "berson", "quel", "niel", "lington", "ana"]),
           (["Alb", "Carv", "Figu", "Mour", "Ped", "Rib", "Guim", "Vasc"], ["uquerque", "alho", "eiredo", "ão", "rosa", "eiro", "arães", "oncelos"])),
 "sv-SE": (["Linnea", "Hampus", "Ebba", "Viktor", "Signe", "Oskar", "Tove", "Gustav", "Alva", "Elias"],
           (["Lin", "Ast", "Bir", "Sig", "Tor", "Ing"], ["nea", "rid", "git", "vald", "björn", "eborg"]),
           (["Lind", "Berg", "Sjö", "Ek", "Ström", "Hag", "Ny", "Sand"], ["qvist", "gren", "holm", "blad", "ström", "lund", "berg"])),
 "tr-TR": (["Elif", "Burak", "Zeynep", "Emre", "Büşra", "Oğuz", "Melike", "Kaan", "Gizem", "Serkan"],
           (["Ay", "Gül", "Ba", "Se", "Tu", "Er"], ["şegül", "bahar", "rış", "vda", "ğba", "han"]),
           (["Kara", "Öz", "Ak", "Yıl", "Çelik", "Kurt", "Ay", "Şa"], ["taş", "demir", "soy", "kaya", "oğlu", "türk", "han"])),
}
NAMES2 = {
 "ru-RU": (["Ксения", "Полина", "Алёна", "Варвара", "Ульяна", "Есения", "Злата", "Милана", "Василиса", "Таисия"], ["Артём", "Денис", "Глеб", "Тимур", "Родион", "Ярослав", "Всеволод", "Елисей", "Мирон", "Савелий"],
           ["Зябл", "Кружил", "Медвед", "Сорок", "Полян", "Берёз", "Чернов", "Ласт"], [("ов", "ова"), ("ин", "ина"), ("ев", "ева"), ("ский", "ская")]),
 "uk-UA": (["Оксана", "Ярина", "Соломія", "Богдана", "Зоряна", "Мирослава", "Устина", "Орися", "Дарина", "Златослава"], ["Тарас", "Остап", "Богдан", "Назар", "Ярослав", "Мирослав", "Любомир", "Орест", "Всеволод", "Святослав"],
           ["Ковал", "Шевч", "Бондар", "Ткач", "Мельн", "Гончар", "Кравч", "Литвин"], [("енко", "енко"), ("ук", "ук"), ("ишин", "ишин"), ("ський", "ська")]),
 "el-GR": (["Κατερίνα", "Δέσποινα", "Σταυρούλα", "Αθηνά", "Βασιλική", "Ευτυχία", "Χρυσούλα", "Παρασκευή", "Ασπασία", "Ευανθία"], ["Στέλιος", "Παναγιώτης", "Θοδωρής", "Χαράλαμπος", "Λευτέρης", "Σπυρίδων", "Ευάγγελος", "Αριστείδης", "Μιλτιάδης", "Σωτήρης"],
           ["Παπαδ", "Καραγι", "Μαυρ", "Σταθ", "Λαμπρ", "Κωνσταντ", "Ζαχαρ", "Τσιρ"], [("όπουλος", "οπούλου"), ("άκης", "άκη"), ("ίδης", "ίδου")]),
}
FIRST_PARTS2 = {
 "ru-RU": ((["Ми", "Зла", "Лю", "Ри", "Ве", "Ка"], ["лана", "слава", "дмила", "ната", "рина"]), (["Яро", "Свято", "Мир", "Вла", "Ста"], ["слав", "полк", "он", "дим", "нислав"])),
 "uk-UA": ((["Ми", "Зо", "Ле", "Да", "Усти"], ["слава", "ряна", "ся", "рина", "на"]), (["Ярос", "Ост", "Наз", "Бог", "Люб"], ["лав", "ап", "ар", "дан", "омир"])),
 "el-GR": ((["Ευ", "Χρυ", "Ασ", "Αγ"], ["ανθία", "σούλα", "πασία", "λαΐα"]), (["Σπυ", "Ευ", "Αρι", "Σω"], ["ρίδων", "άγγελος", "στείδης", "τήρης"])),
}
NAMES3 = {  # (given list, given parts, family list, family parts, order: "fl" first-last, "lf" family-first, join)
 "ar-EG": (["عمر", "ياسمين", "محمود", "نورهان", "كريم", "هبة", "طارق", "منى", "حسام", "سلمى"], (["نور", "سيف", "زين", "شهد", "ريم", "جود", "لؤ", "تال"], ["ان", "ين", "ي", "ا", "وان"]),
           ["الشربيني", "النجار", "فرغلي", "منصور", "الدسوقي", "البنا", "عطية"], (["ال"], ["شرقاوي", "منياوي", "دمياطي", "سوهاجي", "فيومي", "بحيري", "قناوي", "طوخي", "قليوبي", "بلبيسي", "سمنودي", "مطاوي", "دكروري", "حفناوي", "زفتاوي", "مليجي"]), "fl", " "),
 "he-IL": (["נועה", "איתי", "שירה", "עומר", "מיכל", "יונתן", "הילה", "אורי"], (["טל", "רז", "גל", "שי"], ["יה", "אל", "ית", "ן"]),
           ["בן-דוד", "מזרחי", "פרץ", "ביטון", "אזולאי", "פרידמן"], (["בר", "גל", "שחר", "רוז", "אבן"], ["און", "עם", "יוסף", "נוי", "טוב"]), "fl", " "),
 "hi-IN": (["अनन्या", "रोहित", "प्रिया", "विकास", "स्नेहा", "अमित", "कविता", "सुरेश"], (["राज", "देव", "सु", "अनु"], ["मीत", "रेखा", "नील", "प्रीत"]),
           ["शर्मा", "वर्मा", "गुप्ता", "यादव", "चौहान", "मिश्रा", "त्रिपाठी", "सक्सेना"], (["श्री", "अग्र", "भट्ट", "चतुर"], ["वास्तव", "वाल", "नागर", "वेदी"]), "fl", " "),
 "th-TH": (["สมชาย", "วิไล", "ณัฐพล", "กมลชนก", "ธนากร", "ปิยะนุช", "อนุชา", "สุภาวดี"], (["กิต", "ปริ", "ศุภ", "วรร"], ["ติพงษ์", "ญญา", "ชัย", "ณา"]),
           [], (["ศรี", "วงศ์", "สุข", "ทอง", "แก้ว", "บุญ"], ["ชัยเจริญ", "สวัสดิ์", "ประเสริฐ", "รุ่งเรือง", "มั่นคง"]), "fl", " "),
 "ja-JP": (["陽菜", "蓮", "結衣", "大翔", "美咲", "悠真", "葵", "湊", "凛", "陸"], (["美", "優", "健", "千", "和"], ["穂", "斗", "里", "太", "奈"]),
           [], (["高", "中", "山", "川", "松", "石", "小", "森", "北", "宮"], ["橋", "村", "井", "野", "原", "崎", "沢", "島"]), "lf", " "),
 "ko-KR": ([], (["민", "서", "지", "현", "예", "도", "하", "윤", "은", "채"], ["준", "우", "아", "린", "진", "호", "빈", "율"]),
           ["김", "이", "박", "최", "정", "강", "윤", "장", "임", "한"], (), "lf", ""),
 "zh-CN": ([], (["伟", "芳", "敏", "静", "磊", "洋", "艳", "俊", "丽", "子"], ["明", "婷", "杰", "涛", "霞", "轩", "萱", "浩"]),
           ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"], (), "lf", ""),
}
STREETS = {  # format, stems/parts, locality parts
 "en-US": ("{n} {s} {t}", ["Larkspur", "Quinby", "Pettigrew", "Redbud", "Sumner"], (["Ash", "Elm", "Brook", "Stone", "Mill", "Fox"], ["wood", "field", "ridge", "dale", "hill"]), ["St", "Ave", "Rd", "Dr", "Ln"], (["Spring", "Cedar", "Lake", "Port"], ["ville", "ton", "view", "dale"])),
 "en-GB": ("{n} {s} {t}", ["Pelham", "Ashdown", "Coppice", "Holloway"], (["Brack", "Tan", "Wend", "Lark", "Sed"], ["ley", "combe", "over", "mead", "gate"]), ["Road", "Lane", "Close", "Crescent", "Gardens"], (["Wen", "Stow", "Thax", "Brin", "Ock", "Sed"], ["ham", "bury", "cott", "thorpe", "ingley", "wick"])),
 "de-DE": ("{s}{t} {n}", ["Linden", "Ahorn", "Holunder", "Amsel", "Kolping"], (["Bir", "Fich", "Wach", "Mühl", "Kirch"], ["ken", "ten", "tel", "bach", "berg"]), ["straße", "weg", "allee", "ring", "gasse"], (["Ober", "Nieder", "Alt", "Neu"], ["wöllstadt", "hausenbach", "kirchberg", "felden"])),
 "fr-FR": ("{n} {t} {s}", ["des Tilleuls", "du Moulin", "de la Forge", "des Acacias"], (["des ", "du "], ["Peupliers", "Lavoir", "Pressoir", "Cerisiers", "Vieux Puits"]), ["rue", "avenue", "impasse", "allée", "chemin"], (["Saint-", "Mont", "Ville"], ["Arnoult", "bazon", "neuve-sur-Oise", "fleurance"])),
 "es-ES": ("{t} {s}, {n}", ["del Olmo", "de la Rosaleda", "Mayor", "de los Almendros"], (["del ", "de la "], ["Alcornoque", "Ermita", "Pilar Viejo", "Trigal"]), ["Calle", "Avda.", "C/", "Pza."], (["Villa", "Torre", "Castro"], ["nueva del Prado", "jimeno", "verde"])),
 "es-MX": ("{t} {s} {n}", ["Jacarandas", "Ahuehuetes", "Tulipanes", "Fresnos"], (["Prol. ", "Priv. "], ["Nogales", "Magnolias", "Colibríes", "Huizaches"]), ["Calle", "Av.", "Cda."], (["Tlal", "Xal", "Chimal", "Ixta", "Tepe", "Ocu"], ["pan", "tepec", "co", "huacán", "tlán"])),
 "it-IT": ("{t} {s} {n}", ["dei Mille", "delle Rose", "Garibaldi", "del Pozzo"], (["dei ", "delle "], ["Gelsi", "Fornaci", "Orti", "Mulini", "Cappuccini"]), ["Via", "Viale", "Vicolo", "Piazza"], (["Roc", "Monte", "Ponte", "Villa", "Castel", "Pog"], ["calupo", "sereno", "lucido", "fosca", "vecchio", "gibonsi"])),
 "nl-NL": ("{s}{t} {n}", ["Linden", "Vlier", "Kastanje", "Meidoorn"], (["Wil", "Ber", "Dui", "Kie"], ["gen", "ken", "ven", "vit"]), ["straat", "laan", "weg", "hof"], (["Oud", "Nieuw", "Groot"], ["-Beijerland", "kerk", "ebroek", "schoten"])),
 "pl-PL": ("ul. {s} {n}/{m}", ["Lipowa", "Ogrodowa", "Słoneczna", "Polna"], (["Jarzębin", "Kasztan", "Sosn", "Wrzos"], ["owa", "owa ", "ki"]), [""], (["Dęb", "Brzez", "Wierzb", "Ols", "Grab", "Jastrzęb"], ["owo", "inka", "ica", "no", "ów", "iec"])),
 "pt-BR": ("{t} {s}, {n}", ["das Acácias", "Sete de Setembro", "dos Ipês", "Boa Vista"], (["das ", "dos "], ["Palmeiras", "Jatobás", "Girassóis", "Andorinhas"]), ["Rua", "Av.", "Travessa"], (["Itapu", "Jacu", "Ibi", "Pira", "Cara", "Tabo"], ["ranga", "tiba", "poã", "cicaba", "mirim", "ena"])),
 "sv-SE": ("{s}{t} {n}", ["Björk", "Lönn", "Rönn", "Hassel"], (["Ekor", "Tall", "Sjö", "Ång"], ["n", "backs", "viks", "ås"]), ["gatan", "vägen", "stigen"], (["Norr", "Söder", "Väster"], ["köping", "tälje", "hamn"])),
 "tr-TR": ("{s} Sk. No:{n} D:{m}", ["Menekşe", "Ihlamur", "Gül", "Lale"], (["Çınar", "Kestane", "Zeytin", "Nar"], ["lı", "altı", "dibi"]), [""], (["Yeni", "Eski", "Aşağı"], ["mahalle", "köy", "şehir"])),
 "ru-RU": ("ул. {s}, д. {n}, кв. {m}", ["Садовая", "Лесная", "Заречная", "Рябиновая"], (["Черёмух", "Сирен", "Клён", "Ольх"], ["овая", "евая"]), [""], (["Ново", "Старо", "Верхне"], ["лесье", "горск", "дольск"])),
 "uk-UA": ("вул. {s}, буд. {n}, кв. {m}", ["Садова", "Калинова", "Вишнева", "Зелена"], (["Ясен", "Горіх", "Терн", "Бузк"], ["ова", "ева"]), [""], (["Бузь", "Вільх", "Липо", "Дуб", "Клен", "Ясин"], ["ківка", "івці", "вець", "ове", "ичі"])),
 "el-GR": ("οδός {s} {n}", ["Αγίας Σοφίας", "Μεσογείων", "Ανεμώνης", "Κυπρίων Αγωνιστών"], (["Αγίου ", "Αγίας "], ["Μηνά", "Μαρίνας", "Φανουρίου", "Τρύφωνα"]), [""], (["Παλαιο", "Μεσο", "Ριζο", "Λιθο", "Καστρο"], ["χώρι", "λάκκος", "πύργος", "βούνι", "κάμπος"])),
 "ar-EG": ("{n} شارع {s}", ["الجمهورية", "الترعة البولاقية", "النخيل", "المدارس"], (["", "ال"], ["سبعين", "بستان", "ورشة", "سكة"]), [""], (["شبر", "منش", "دمن", "سنه", "طمو", "بلق"], ["اوي", "ور", "يط", "وة", "ين"])),
 "he-IL": ("רחוב {s} {n}", ["הרקפת", "הדקל", "האלה", "השקמה"], (["ה"], ["כלנית", "אשל", "צבעוני", "נרקיס"]), [""], (["אלונ", "שקד", "ורד", "רימונ", "זית", "תאנ"], ["ים", "ייה", "ה", "ון"])),
 "hi-IN": ("मकान नं. {n}, {s}", ["गांधी नगर", "सिविल लाइंस", "शिवाजी कॉलोनी", "रामपुरा"], (["नेहरू ", "शांति ", "विकास "], ["विहार", "नगर", "कॉलोनी", "पुरम"]), [""], (["राम", "शिव", "लक्ष्मी", "गोविंद", "कृष्ण", "माधो"], ["पुर", "गढ़", "नगर", "गंज", "पुरा"])),
 "th-TH": ("{n}/{m} ซอย{s}", ["สุขสันต์", "ร่มเย็น", "มิตรภาพ", "เจริญพร"], (["ร่ม", "สุข", "ทอง"], ["ไทร", "ใจ", "หล่อ"]), [""], (["บ้าน", "หนอง"], ["สวน", "บัว", "ไผ่"])),
 "ja-JP": ("{s}{a}丁目{b}-{c}", ["桜ケ丘", "緑町", "本町", "旭町"], (["若", "栄", "東", "新"], ["葉台", "町", "ケ丘", "松"]), [""], (["北", "南", "西"], ["川市", "沢市", "野町"])),
 "ko-KR": ("{s}로 {n}", ["은행나무", "솔빛", "매화", "느티"], (["햇", "푸른", "새"], ["살", "솔", "내", "뜰"]), [""], (["동", "서", "남"], ["원구", "해구", "포시"])),
 "zh-CN": ("{s}路{n}号{b}室", ["和平", "建设", "文化", "新华"], (["东", "西", "南", "北"], ["湖", "关", "塘", "苑"]), [""], (["江", "河", "山"], ["东区", "阳县", "城区"])),
}


def locale_pools():
    P = {}
    for loc in LAB:
        d = {}
        if loc in NAMES:
            first, fparts, lparts = NAMES[loc]
            d["first"] = pool(loc + ":first", first, *fparts)
            if loc == "nl-NL":
                d["last"] = pool(loc + ":last", [], *lparts)
            else:
                d["last"] = pool(loc + ":last", [], *lparts)
            d["order"], d["join"] = "fl", " "
        elif loc in NAMES2:
            ff, fm, roots, sufs = NAMES2[loc]
            fpf, fpm = FIRST_PARTS2[loc]
            d["first_f"] = pool(loc + ":ff", ff, *fpf, target=8)
            d["first_m"] = pool(loc + ":fm", fm, *fpm, target=8)
            pairs = []
            for r in roots:
                for m, f in sufs:
                    if clean(r + m) and clean(r + f):
                        pairs.append((r + m, r + f))
                    else:
                        DROPPED[loc + ":last"] += 1
            d["last_pairs"] = pairs[:20]
            if not pairs:
                raise SystemExit("pool emptied")
            d["order"], d["join"] = "fl", " "
        else:
            gl, gparts, fl, fparts, order, join = NAMES3[loc]
            d["order"], d["join"] = order, join
            if join == "":  # written without a space: the pool entries are whole names (surname, given)
                givens = [a + b for a in gparts[0] for b in gparts[1]] + [a for a in gparts[0]]
                full = pool(loc + ":full", [], fl, givens, target=40)
                d["full"] = [(f[:1], f[1:]) for f in full]
                d["first"] = pool(loc + ":first", [], gparts[0], gparts[1], target=14)
            else:
                d["first"] = pool(loc + ":first", gl, *gparts)
                d["last"] = pool(loc + ":last", fl, *fparts)
        fmt, stems, sparts, types, cparts = STREETS[loc]
        d["street_fmt"], d["street_types"] = fmt, types
        d["streets"] = pool(loc + ":street", stems, *sparts, target=14)
        if len(d["streets"]) < 8:  # refill with streets named after (invented, frozen-checked) surnames
            sur = [p[1] for p in d.get("last_pairs", [])] or d.get("last") or [x[0] + x[1] for x in d.get("full", [])]
            if loc == "uk-UA":
                sur = [x.replace("енко", "енка") for x in sur]
            d["streets"] += [x for x in sur if clean(x)][: 14 - len(d["streets"])]
        d["towns"] = pool(loc + ":town", [], *cparts, target=6)
        d["placeholders"] = pool(loc + ":placeholder", META[loc][4]) if any(clean(x) for x in META[loc][4]) else ["[NAME]"]
        P[loc] = d
    return P


POOLS = locale_pools()
LOCALES = list(LAB)

# ----------------------------------------------------------------------------------------------- identifiers


def deaccent(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum()))


ROMAN = {"ru-RU": ["ksenia", "artem", "polina", "gleb", "timur", "varya"], "uk-UA": ["oksana", "taras", "yaryna", "ostap", "nazar"],
         "el-GR": ["katerina", "stelios", "despina", "thodoris", "lefteris"], "ar-EG": ["omar", "yasmin", "mahmoud", "nourhan", "karim", "heba"],
         "he-IL": ["noa", "itai", "shira", "omer", "michal", "yoni"], "hi-IN": ["ananya", "rohit", "priya", "vikas", "sneha", "amit"],
         "th-TH": ["somchai", "wilai", "nattapon", "kamon", "thanakorn"], "ja-JP": ["haruna", "ren", "yui", "hiroto", "misaki", "yuma"],
         "ko-KR": ["minjun", "seoyeon", "jiwoo", "hayun", "doyun", "eunchae"], "zh-CN": ["wangwei", "lifang", "zhangmin", "liujing", "chenlei"]}


class Ctx:
    """Issues values for one record and remembers them (type, value)."""

    def __init__(self, rng, loc):
        self.rng, self.loc = rng, loc
        self.P = POOLS[loc]
        self.L = dict(zip(LABKEYS, LAB[loc].split("|")))
        self.region, self.emerg, self.nonemerg, self.domains, _ = META[loc]
        self.issued = []

    def put(self, typ, val):
        self.issued.append((typ, val))
        return val

    # -- names
    def _name(self):
        r, P = self.rng, self.P
        if "full" in P:
            l, f = r.choice(P["full"])
            return f, l
        if "last_pairs" in P:
            fem = r.random() < 0.5
            first = r.choice(P["first_f"] if fem else P["first_m"])
            m, f = r.choice(P["last_pairs"])
            return first, (f if fem else m)
        first, last = r.choice(P["first"]), r.choice(P["last"])
        return first, last

    def fullname(self, first, last):
        if self.P["order"] == "lf":
            return last + self.P["join"] + first
        return first + self.P["join"] + last

    def person(self):
        f, l = self._name()
        return self.put("person", self.fullname(f, l))

    def first(self):
        return self.put("person", self._name()[0])

    def public_name(self):  # official in public role: not issued
        f, l = self._name()
        return self.fullname(f, l)

    # -- contact
    def phone(self, issue=True, kind=PNT.MOBILE):
        num = gen_phone(self.region, self.rng, kind)
        fmt = self.rng.choice([PNF.INTERNATIONAL, PNF.NATIONAL, PNF.NATIONAL, PNF.E164])
        s = phonenumbers.format_number(num, fmt)
        return self.put("PHONE_NUMBER", s) if issue else s

    def email(self):
        r = self.rng
        if self.loc in ROMAN:
            local = r.choice(ROMAN[self.loc])
        else:
            f, l = self._name()
            local = deaccent(f).lower() + r.choice([".", "_", ""]) + deaccent(l.split()[-1]).lower()[: r.randint(1, 8)]
        local += str(r.randint(1, 99)) if r.random() < 0.6 else ""
        return self.put("EMAIL_ADDRESS", f"{local}@{r.choice(self.domains)}")

    def town(self):
        return self.rng.choice(self.P["towns"])

    def street_name(self):
        r = self.rng
        s = r.choice(self.P["streets"])
        t = r.choice(self.P["street_types"])
        return self.P["street_fmt"].split("{n}")[0].replace("{s}", s).replace("{t}", t).strip(" ,").replace("{a}", "")

    def addr(self):
        r = self.rng
        s = self.P["street_fmt"].format(n=r.randint(1, 180), m=r.randint(1, 60), s=r.choice(self.P["streets"]),
                                        t=r.choice(self.P["street_types"]), a=r.randint(1, 6), b=r.randint(1, 30), c=r.randint(1, 20))
        town = self.town()
        if self.region == "GB":
            s += f", {town} " + f"{r.choice('BCDLMNS')}{r.choice('EHLNS')}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFHJLNPQRSTUWXY')}{r.choice('ABDEFHJLNPQRSTUWXY')}"
        elif self.region in ("DE", "FR", "ES", "IT", "MX"):
            s += f", {r.randint(10, 97)}{r.randint(100, 999)} {town}"
        elif self.region in ("JP", "CN", "KR"):
            s = town + s
        else:
            s += f", {town}"
        return self.put("STREET_ADDRESS", s)

    def dob(self, issue=True):
        r = self.rng
        d = dt.date(r.randint(1938, 2009), r.randint(1, 12), r.randint(1, 28))
        self._dob = d
        R = self.region
        if R == "US":
            s = d.strftime("%m/%d/%Y")
        elif R in ("GB", "FR", "ES", "MX", "IT", "BR", "GR", "EG", "IN", "IL", "TH"):
            s = d.strftime("%d/%m/%Y")
        elif R in ("DE", "PL", "RU", "UA", "TR"):
            s = d.strftime("%d.%m.%Y")
        elif R in ("NL",):
            s = d.strftime("%d-%m-%Y")
        elif R in ("JP", "CN"):
            s = f"{d.year}年{d.month}月{d.day}日"
        elif R == "KR":
            s = d.strftime("%Y.%m.%d")
        else:
            s = d.isoformat()
        return self.put("DATE_OF_BIRTH", s) if issue else s

    def nid(self):
        """Locale identifier -> (label, value) issued, or None."""
        g = ID_GEN.get(self.loc)
        if not g:
            return None
        d = getattr(self, "_dob", None) or dt.date(self.rng.randint(1950, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28))
        typ, label, fn = g
        return label, self.put(typ, fn(self.rng, d))

    def iban(self):
        cc = {"de-DE": "DE", "nl-NL": "NL", "en-GB": "GB", "pl-PL": "PL", "tr-TR": "TR", "fr-FR": "FR", "it-IT": "IT", "es-ES": "ES"}.get(self.loc)
        if not cc:
            return None
        v = gen_iban(cc, self.rng)
        if self.rng.random() < 0.6:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return self.put("IBAN_CODE", v)

    def card(self):
        v = gen_card(self.rng)
        if self.rng.random() < 0.7:
            v = " ".join(v[i:i + 4] for i in range(0, 16, 4))
        return self.put("CREDIT_CARD", v)

    def ip(self):
        return self.put("IP_ADDRESS", gen_ip(self.rng))

    def mrn(self):
        r = self.rng
        v = r.choice(["MRN ", "Hosp. no. ", "KH-Nr. ", "PAT-", "H"]) + str(r.randint(1000000, 99999999))
        return self.put("MEDICAL_RECORD", v)

    def nhs(self):
        v = gen_nhs(self.rng)
        return self.put("HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}")

    def ssn(self):
        return self.put("ssn", gen_ssn(self.rng))

    def usbank(self):
        rtn = gen_rtn(self.rng)
        acct = str(self.rng.randint(10 ** 7, 10 ** 11))
        self.put("US_BANK_NUMBER", rtn)
        self.put("US_BANK_NUMBER", acct)
        return rtn, acct

    # -- benign material
    def case_no(self):
        r = self.rng
        return r.choice([f"INC-2026-{r.randint(1, 999999):06d}", f"CAD#26-{r.randint(10000, 999999)}", f"Az. {r.randint(100, 9999)}/26",
                         f"Vorgang {r.randint(260101, 261231)}-{r.randint(1000, 2359)}-{r.randint(100000, 999999)}",
                         f"CR/{r.randint(10000, 99999)}/26", f"E{r.randint(2026000000, 2026999999)}", f"№ {r.randint(1000, 99999)}-26"])

    def unit(self):
        r = self.rng
        return r.choice([f"Medic {r.randint(1, 60)}", f"Engine {r.randint(1, 40)}", f"RTW {r.randint(1, 9)}/83-{r.randint(1, 5)}",
                         f"HLF {r.choice([10, 20])}", f"AMB-{r.randint(1000, 9999)}", f"Ladder {r.randint(1, 20)}", f"IRV {r.randint(10, 99)}",
                         f"{r.choice(['FW', 'POL', 'RK'])}-{r.randint(1000, 9999)}", f"Rescue {r.randint(1, 9)}", f"K9-{r.randint(1, 30)}"])

    def station(self):
        t = self.town()
        return self.rng.choice([f"{t} Fire Station", f"Station {self.rng.randint(1, 60)} ({t})", f"{t} Police Station", f"MRCC {t}", f"PSAP {t}"])

    def org_phone(self):
        return self.phone(issue=False, kind=PNT.FIXED_LINE)

    def role_mail(self):
        t = deaccent(self.town()).lower() or "city"
        return self.rng.choice(["press", "lostproperty", "fundbuero", "info", "victimsupport", "dispatch.qa", "foi"]) + "@" + t + "." + self.rng.choice(["police.example", "fire.example.org", "gov.example"])

    def placeholder(self):
        return self.rng.choice(self.P["placeholders"])


def gen_phone(region, rng, kind):
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number_for_type(region, PNT.MOBILE)
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(400):
        keep = rng.choice([2, 3]) if len(nsn) > 6 else 1
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        try:
            pn = phonenumbers.parse("+" + str(ex.country_code) + cand)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(pn, region):
            return pn
    raise SystemExit(f"no valid phone for {region}")


def _last_digit(rng, base_fn, validate, alphabet="0123456789", tries=300):
    for _ in range(tries):
        base = base_fn()
        opts = [base + c for c in alphabet]
        rng.shuffle(opts)
        for o in opts:
            try:
                validate(o)
                return o
            except Exception:
                pass
    raise SystemExit("could not build a valid identifier")


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_ssn(rng):
    for _ in range(300):
        a = rng.randint(1, 665)
        if a == 666:
            continue
        v = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if s_ssn.is_valid(v):
            return v
    raise SystemExit("ssn")


def gen_rtn(rng):
    return _last_digit(rng, lambda: rng.choice(["0", "1", "2", "3"]) + digits(rng, 7), s_rtn.validate)


def gen_nhs(rng):
    return _last_digit(rng, lambda: str(rng.randint(4, 6)) + digits(rng, 8), s_nhs.validate)


def gen_card(rng):
    base = rng.choice(["4", "52", "54"])
    base += digits(rng, 15 - len(base))
    return _last_digit(rng, lambda: base, s_luhn.validate)


def gen_ip(rng):
    for _ in range(300):
        if rng.random() < 0.85:
            a = ipaddress.ip_address(f"{rng.choice([31, 37, 46, 62, 78, 81, 89, 95, 109, 151, 176, 188, 212, 217])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        else:
            a = ipaddress.ip_address(f"2a0{rng.randint(1, 9)}:{rng.randint(0x100, 0xffff):x}:{rng.randint(1, 0xffff):x}::{rng.randint(1, 0xffff):x}")
        if a.is_global:
            return str(a)
    raise SystemExit("ip")


def gen_iban(cc, rng):
    spec = {"DE": "n18", "NL": "a4n10", "GB": "a4n14", "PL": "n24", "TR": "n5z1n16", "FR": "n10n11n2", "IT": "a1n10n12", "ES": "n20"}[cc]
    for _ in range(6000):
        bban = ""
        for kind, n in re.findall(r"([anz])(\d+)", spec):
            if kind == "a":
                bban += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(int(n)))
            elif kind == "z":
                bban += "0" * int(n)
            else:
                bban += digits(rng, int(n))
        s = bban + cc + "00"
        num = int("".join(str(int(c, 36)) for c in s))
        v = f"{cc}{98 - num % 97:02d}{bban}"
        if s_iban.is_valid(v):
            return v
    raise SystemExit("iban " + cc)


def id_pesel(rng, d):
    m = d.month + (20 if d.year >= 2000 else 0)
    return _last_digit(rng, lambda: f"{d.year % 100:02d}{m:02d}{d.day:02d}" + digits(rng, 4), s_pesel.validate)


def id_pnr(rng, d):
    v = _last_digit(rng, lambda: f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + digits(rng, 3), lambda x: s_pnr.validate(x[:6] + "-" + x[6:]))
    return v[:6] + "-" + v[6:]


def id_rrn(rng, d):
    g = ("3" if rng.random() < .5 else "4") if d.year >= 2000 else ("1" if rng.random() < .5 else "2")
    v = _last_digit(rng, lambda: f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + g + digits(rng, 5), s_rrn.validate)
    return v[:6] + "-" + v[6:]


def id_ric(rng, d):
    return _last_digit(rng, lambda: rng.choice(["110105", "310104", "440305", "510107", "330106", "420111"]) + d.strftime("%Y%m%d") + digits(rng, 3),
                       s_ric.validate, "0123456789X")


def id_amka(rng, d):
    return _last_digit(rng, lambda: f"{d.day:02d}{d.month:02d}{d.year % 100:02d}" + digits(rng, 4), s_amka.validate)


def id_nir(rng, d):
    for _ in range(300):
        base = f"{rng.choice('12')}{d.year % 100:02d}{d.month:02d}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        v = base + f"{97 - int(base) % 97:02d}"
        if s_nir.is_valid(v):
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    raise SystemExit("nir")


def id_dni(rng, d):
    n = rng.randint(10000000, 99999999)
    v = f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    s_dni.validate(v)
    return v


def id_cf(rng, d):
    L = "BCDFGHLMNPRSTVZ"
    base = lambda: ("".join(rng.choice(L) for _ in range(3)) + "".join(rng.choice(L + "AEIOU") for _ in range(3)) + f"{d.year % 100:02d}" + "ABCDEHLMPRST"[d.month - 1]
                    + f"{d.day + (40 if rng.random() < .5 else 0):02d}" + rng.choice(["H501", "F205", "L219", "G273", "D612", "A944"]))
    return _last_digit(rng, base, s_cf.validate, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def simple(first, n, validator, alphabet="0123456789", fmt=None):
    def f(rng, d):
        v = _last_digit(rng, lambda: rng.choice(first) + digits(rng, n), validator, alphabet)
        return fmt(v) if fmt else v
    return f


ID_GEN = {
    "en-US": ("ssn", "SSN", lambda r, d: gen_ssn(r)),
    "en-GB": ("HEALTH_INSURANCE", "NHS no.", lambda r, d: (lambda v: f"{v[:3]} {v[3:6]} {v[6:]}")(gen_nhs(r))),
    "de-DE": ("TAX_ID", "Steuer-ID", simple("123456789", 9, s_idnr.validate, fmt=lambda v: f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}")),
    "fr-FR": ("NATIONAL_ID", "N° sécu", id_nir),
    "es-ES": ("NATIONAL_ID", "DNI", id_dni),
    "it-IT": ("TAX_ID", "C.F.", id_cf),
    "nl-NL": ("NATIONAL_ID", "BSN", simple("123456", 7, s_bsn.validate)),
    "pl-PL": ("NATIONAL_ID", "PESEL", id_pesel),
    "pt-BR": ("TAX_ID", "CPF", simple("123456789", 9, s_cpf.validate, fmt=lambda v: f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}")),
    "sv-SE": ("NATIONAL_ID", "Pnr", id_pnr),
    "tr-TR": ("NATIONAL_ID", "TC Kimlik No", simple("123456789", 9, s_tck.validate)),
    "ru-RU": ("TAX_ID", "ИНН", simple("1234567", 10, s_inn.validate)),
    "uk-UA": ("TAX_ID", "РНОКПП", simple("23", 8, s_rntrc.validate)),
    "el-GR": ("NATIONAL_ID", "ΑΜΚΑ", id_amka),
    "he-IL": ("NATIONAL_ID", "ת.ז.", simple("0123", 7, s_ilid.validate)),
    "hi-IN": ("NATIONAL_ID", "आधार", simple("23456789", 10, s_aadhaar.validate, fmt=lambda v: f"{v[:4]} {v[4:8]} {v[8:]}")),
    "th-TH": ("NATIONAL_ID", "เลขบัตรประชาชน", simple("1358", 11, s_thpin.validate)),
    "ko-KR": ("NATIONAL_ID", "주민등록번호", id_rrn),
    "zh-CN": ("NATIONAL_ID", "身份证号", id_ric),
}

# simple() needs two-digit-check ids (CPF, TCKN, INN-12) -> build with two trailing brute digits


def two_check(first, n, validator, fmt=None):
    def f(rng, d):
        for _ in range(300):
            base = rng.choice(first) + digits(rng, n)
            for a in "0123456789":
                v = _try(base + a, validator)
                if v:
                    return fmt(v) if fmt else v
        raise SystemExit("two_check")
    return f


def _try(base, validator):
    for c in "0123456789":
        try:
            validator(base + c)
            return base + c
        except Exception:
            pass
    return None


ID_GEN["pt-BR"] = ("TAX_ID", "CPF", two_check("123456789", 8, s_cpf.validate, fmt=lambda v: f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"))
ID_GEN["tr-TR"] = ("NATIONAL_ID", "TC Kimlik No", two_check("123456789", 8, s_tck.validate))
ID_GEN["ru-RU"] = ("TAX_ID", "ИНН", two_check(["77", "50", "78", "66"], 8, s_inn.validate))


# ----------------------------------------------------------------------------------------------- documents
def when(c):
    r = c.rng
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def hhmm(c):
    return f"{c.rng.randint(0, 23):02d}{c.rng.randint(0, 59):02d}"


def maybe_id(c, sep=": "):
    x = c.nid() if c.rng.random() < 0.75 else None
    return f"\n{x[0]}{sep}{x[1]}" if x else ""


def typo(c, s):
    """Writer's typos: swap two letters in one ASCII word, sometimes."""
    if c.rng.random() < 0.5:
        return s
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if w.isascii() and w.isalpha() and len(w) > 4 and not any(w in v for _, v in c.issued)]
    if not idx:
        return s
    i = c.rng.choice(idx)
    w = words[i]
    j = c.rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


# --- police_incident
def pol_s1(c):
    L = c.L
    v = c.person(); d = c.dob(); w = c.person()
    return (f"INCIDENT REPORT  {c.case_no()}\nOfficer: PC {c.rng.randint(1000, 9999)} / {c.unit()}\nOffence: theft from motor vehicle\n"
            f"{L['victim']} — {L['name']}: {v}\n{L['dob']}: {d}\n{L['addr']}: {c.addr()}\n{L['tel']}: {c.phone()}"
            f"{maybe_id(c)}\n{L['witness']}: {w}, {L['tel']} {c.phone()}\nNarrative: {L['saw']}. Nearside window smashed, laptop bag taken. CCTV req'd from {c.street_name()}.")


def pol_s2(c):
    L = c.L
    ip_ = c.person(); sus = c.person()
    return typo(c, f"{hhmm(c)}hrs attended {c.addr()} re domestic. spoke w/ IP {ip_} ({L['dob']} {c.dob()}), visible bruising L forearm, declined ambo. "
                   f"suspect {sus} GOA prior to arrival, desc. M, 30s, grey hoodie. DASH risk: HIGH. IP contactable on {c.phone()} (safe to call after 1800 only). "
                   f"BWV on. Ref {c.case_no()}.")


def pol_s3(c):
    L = c.L
    v = c.person()
    card = c.card() if c.rng.random() < 0.6 else None
    return (f"Cyber-enabled fraud — online report\nReporting person: {v}\nE-mail: {c.email()}\n{L['tel']}: {c.phone()}\n"
            f"Victim's home IP at time of login: {c.ip()}\n" + (f"Card used fraudulently: {card}\n" if card else "")
            + f"Summary: received SMS pretending to be the bank, entered details on cloned site, £/€ {c.rng.randint(200, 4800)} taken. {c.case_no()}")


def pol_s4(c):
    L = c.L
    rows = [f"{i + 1};{c.person()};{c.phone()};{c.rng.choice(['saw vehicle', 'heard shouting', 'CCTV owner', 'first on scene'])}" for i in range(c.rng.randint(2, 4))]
    return f"witness_list_{c.case_no().replace(' ', '_')}.csv\nnr;{L['name']};{L['tel']};note\n" + "\n".join(rows)


def pol_b1(c):
    L = c.L
    spk = c.public_name()
    return (f"PRESS RELEASE — {c.station()}\n{L['spk']} {spk} said: \"Burglaries in the district fell by {c.rng.randint(3, 19)}% this quarter "
            f"({c.rng.randint(120, 480)} reports vs {c.rng.randint(481, 700)}). A {c.rng.randint(19, 60)}-year-old man was arrested and has been bailed.\" "
            f"Information: call {c.nonemerg} quoting {c.case_no()}, in an emergency always {c.emerg}. Media enquiries: {c.role_mail()} / {c.org_phone()}")


def pol_b2(c):
    L = c.L
    return (f"CRIME REPORT FORM (blank) — {c.station()}\n{L['victim']} {L['name']}: ____________\n{L['dob']}: __/__/____\n{L['addr']}: ____________________\n"
            f"{L['tel']}: [PHONE]\nE-mail: [EMAIL]\nOffence code: ___  Ref: {c.case_no()}\nOfficer collar no.: ____")


def pol_b3(c):
    ph = c.placeholder()
    return (f"TRAINING SCENARIO 4B (fictional) — probationer assessment\nRole-player: '{ph}', {c.rng.randint(20, 70)}, reports a stolen bicycle outside {c.station()}. "
            f"Assessor notes: candidate used the NDM, checked PNC for frame no. {c.rng.randint(10 ** 7, 10 ** 8)}, gave crime ref {c.case_no()}. "
            f"Marks: communication 4/5, legislation 3/5. Nothing in this scenario relates to a real person.")


def pol_b4(c):
    return (f"Shift stats {c.station()} — {when(c)[:10]}\nunits on: {', '.join(c.unit() for _ in range(4))}\n"
            f"calls: P1 {c.rng.randint(2, 20)} / P2 {c.rng.randint(10, 40)} / P3 {c.rng.randint(20, 80)}\narrests {c.rng.randint(0, 9)}, stop-search {c.rng.randint(0, 15)} (all anonymised)\n"
            f"open refs: {c.case_no()}, {c.case_no()}, {c.case_no()}")


# --- fire_rescue_log
def fire_s1(c):
    L = c.L
    occ = c.person(); nok = c.person()
    return (f"{c.unit()} / {c.unit()} — {when(c)}\nStructure fire, 2nd floor flat, {c.addr()}\n"
            f"Occupant rescued via ladder: {occ}, {L['dob']} {c.dob()}, smoke inhal., handed to {c.unit()}.\n"
            f"{L['nok']}: {nok} {c.phone()}\nCause: unattended pan (tbc by FIU). BA crews 2x2, stop msg {hhmm(c)}.")


def fire_s2(c):
    L = c.L
    return typo(c, f"Brandursachenermittlung {c.case_no()}: Mieterin {c.person()}, geb. {c.dob()}, gibt an, Steckdosenleiste hinter Sofa habe geraucht. "
                   f"{maybe_id(c, ' ')} Eigentümer {c.person()}, erreichbar {c.phone()}. Objekt: {c.addr()}. Sachschaden ca. {c.rng.randint(5, 90)} T€.")


def fire_s3(c):
    L = c.L
    d = {"incident": c.case_no(), "type": "RTC entrapment", "units": [c.unit(), c.unit()],
         "casualties": [{"name": c.person(), "dob": c.dob(), "injuries": "# femur L"}, {"name": c.person(), "injuries": "walking wounded"}],
         "reporting_contact": {"phone": c.phone(), "email": c.email()}}
    return json.dumps(d, ensure_ascii=False, indent=1)


def fire_b1(c):
    return (f"{c.station()} — incident log {when(c)[:10]}\n{hhmm(c)} {c.unit()} mob. AFA, {c.street_name()} — false alarm good intent\n"
            f"{hhmm(c)} {c.unit()} + {c.unit()} mob. grass fire, hydrant H{c.rng.randint(100, 999)} used, {c.rng.randint(1, 5)} ha\n"
            f"{hhmm(c)} {c.unit()} stood down. Ref {c.case_no()}. No casualties.")


def fire_b2(c):
    return (f"Drill plan — Heimlich & CPR refresher + Stokes basket lift\nCasualty role: '{c.placeholder()}' (mannequin 'Resusci Anne')\n"
            f"Station: {c.station()}  Units: {c.unit()}, {c.unit()}\nOC: Watch Manager on duty; public enquiries {c.org_phone()}")


def fire_b3(c):
    spk = c.public_name()
    return (f"Chief Fire Officer {spk} presented the annual report: {c.rng.randint(3000, 9000)} incidents, {c.rng.randint(2, 30)} fire deaths "
            f"({c.rng.randint(5, 40)}% fewer than 2025), average attendance {c.rng.randint(6, 11)}:{c.rng.randint(10, 59)} min. Free home fire safety checks: {c.org_phone()}.")


# --- ambulance_dispatch
def amb_s1(c):
    L = c.L
    extra = f"\nNHS no. {c.nhs()}" if c.region == "GB" and c.rng.random() < 0.7 else ""
    return typo(c, f"CAD {c.case_no()} | MPDS 10-D-04 | {c.unit()} assigned\nPt: {c.person()} {L['dob']} {c.dob()}\n{L['addr']}: {c.addr()}\n"
                   f"CB: {c.phone()}\nHx: chest pain 40min, diaphoretic, ASA given by caller{extra}\nHandover ED: {c.mrn()}")


def amb_s2(c):
    L = c.L
    d = {"epcr": {"incident": c.case_no(), "unit": c.unit(), "patient": {"name": c.person(), "dob": c.dob(), "address": c.addr()},
                  "vitals": {"GCS": c.rng.randint(9, 15), "HR": c.rng.randint(50, 140), "SpO2": c.rng.randint(85, 99)},
                  "mrn": c.mrn(), "nok": {"name": c.person(), "phone": c.phone()}}}
    x = c.nid()
    if x:
        d["epcr"]["patient"]["id"] = x[1]
    return json.dumps(d, ensure_ascii=False)


def amb_s3(c):
    L = c.L
    return (f"{L['caller']}: {c.person()} ({c.phone()}) — {L['calm']}. Pt is caller's neighbour {c.person()}, ~80s, fall in bathroom, "
            f"conscious, can't get up. Door code given. {c.unit()} ETA 14. KeySafe at {c.addr()}.")


def amb_b1(c):
    return (f"Unit status board {when(c)}\n" + "\n".join(f"{c.unit()}\t{c.rng.choice(['AOR', 'At hospital', 'En route', 'Clear', 'Meal break'])}\t{c.case_no()}" for _ in range(5))
            + f"\nHospital diversion: {c.town()} General ED on divert until {hhmm(c)}; switchboard {c.org_phone()}")


def amb_b2(c):
    return (f"QA review (anonymised): Pt M/60s, MPDS 09-E-01, CPR instructions started at 0:52, first shock 7:10. GCS on arrival 3 (Glasgow Coma Scale). "
            f"Cincinnati stroke scale not applicable. Unit {c.unit()}, ref {c.case_no()}. Caller identity removed per policy.")


def amb_b3(c):
    return (f"Non-emergency guidance card — {c.station()}\nLife-threatening: {c.emerg}. Urgent but not life-threatening: {c.nonemerg}. "
            f"Patient transport bookings: {c.org_phone()} / {c.role_mail()}. Template: Pt [NAME], DOB [DD/MM/YYYY], address [ADDRESS].")


# --- emergency_call_summary
def call_s1(c):
    L = c.L
    return (f"{c.emerg} CALL SUMMARY {when(c)} {c.case_no()}\nANI: {c.phone()}  ALI: {c.addr()} (Phase II, unc. 30m)\n{L['caller']}: {c.person()}\n"
            f"Nature: smoke from neighbour's garage, no one inside per caller. {L['calm']}. Tx: {c.unit()}, {c.unit()}.")


def call_s2(c):
    L = c.L
    rel = L["rel"].format(f=c.first())
    return typo(c, f"transcript excerpt\nCT: {c.emerg}, what's the address of your emergency?\nC: it's {c.addr()}, please hurry, {rel} isn't breathing\n"
                   f"CT: what's the number you're calling from?\nC: {c.phone()}\nCT: ok stay on the line, I'm starting CPR instructions.")


def call_s3(c):
    L = c.L
    return (f"Text-to-{c.emerg} session {c.case_no()}\nfrom {c.phone()}: cant talk, someone in my house\nCT: address?\n"
            f"from caller: {c.addr()}\nCT: name?\nfrom caller: {c.person()}, {L['dob']} {c.dob()}{maybe_id(c)}" + (f"\nfollow-up email: {c.email()}" if c.rng.random() < .5 else ""))


def call_b1(c):
    return (f"PSAP monthly report {c.station()}\ncalls answered: {c.rng.randint(20000, 90000)}; within 10 s: {c.rng.randint(85, 99)}%\n"
            f"abandoned: {c.rng.randint(1, 6)}%; pocket dials: {c.rng.randint(500, 5000)}; non-emergency line {c.nonemerg}: {c.rng.randint(5000, 30000)} calls\n"
            f"Public reminder: {c.emerg} works without SIM; hoax calls are an offence.")


def call_b2(c):
    return (f"TEST CALL LOG — routine ALI verification, {when(c)}\nANI: 000-000-0000 (test trunk)  ALI: [TEST RECORD]\n"
            f"Caller: '{c.placeholder()}' (trainer), result PASS, ref {c.case_no()}, console 7.")


def call_b3(c):
    return (f"How to call for help in {c.town()}:\n• Police / fire / ambulance: {c.emerg}\n• Non-emergency: {c.nonemerg}\n• Deaf/speech: text {c.emerg}\n"
            f"• PSAP switchboard (admin only): {c.org_phone()}\nNever give your card details to someone claiming to be from the emergency services.")


# --- lost_found
def lf_s1(c):
    L = c.L
    card = c.card() if c.rng.random() < 0.5 else None
    x = c.nid() if not card else None
    return (f"Fundbuch / lost property entry {c.case_no()}\nItem: {L['found']}\nContents: {'card ' + card if card else ''}"
            f"{'ID card ' + x[0] + ' ' + x[1] if x else ''}, cash {c.rng.randint(5, 120)}\nOwner traced: {c.person()}, {c.phone()}\nHanded in by: {c.person()}")


def lf_s2(c):
    L = c.L
    return typo(c, f"Hi, I lost my grey backpack with a laptop on the tram yesterday around 6pm, my name is {c.person()}, "
                   f"you can reach me at {c.email()} or {c.phone()}. My address in case someone posts it: {c.addr()}. " + (f"For the finder's reward use {c.iban() or c.card()}. " if c.rng.random() < .4 else "") + "Thanks!!")


def lf_s3(c):
    rows = [f"{c.case_no()},{c.rng.choice(['umbrella', 'phone', 'keys', 'glasses', 'passport'])},{c.person()},{c.phone()}" for _ in range(c.rng.randint(2, 4))]
    return "ref,item,claimant,contact\n" + "\n".join(rows)


def lf_b1(c):
    return (f"Lost property office {c.station()} — opening hours Mon–Fri 9–15. Found this week: 14 umbrellas, 6 phones, 3 bicycles "
            f"(frame nos. on request), 1 hearing aid. Claims: {c.role_mail()}, tel. {c.org_phone()}, quote the item ref e.g. {c.case_no()}. "
            f"Unclaimed items are auctioned after 6 months.")


def lf_b2(c):
    L = c.L
    return (f"CLAIM FORM — {L['found']}\n{L['name']}: [FULL NAME]\n{L['tel']}: [PHONE]\nE-mail: name@example.com\nItem ref: {c.case_no()}\nProof of ownership: ________")


def lf_b3(c):
    return (f"found items export\nref;item;where;date\n" + "\n".join(f"{c.case_no()};{c.rng.choice(['wallet (no ID)', 'umbrella', 'scarf', 'phone, locked', 'keys x3'])};"
                                                                     f"{c.rng.choice(['bus ', 'tram ', 'line '])}{c.rng.randint(1, 99)};{when(c)[:10]}" for _ in range(5)))


# --- traffic_accident
def tr_s1(c):
    L = c.L
    return (f"VU-Aufnahme / collision {c.case_no()} — {when(c)}\nLocation: junction {c.street_name()} / {c.street_name()}\n"
            f"{L['driver']} 1: {c.person()}, {L['dob']} {c.dob()}, {c.addr()}, {L['tel']} {c.phone()}{maybe_id(c)}\n"
            f"{L['driver']} 2: {c.person()}, {L['tel']} {c.phone()}\n{L['witness']}: {c.person()}\nDamage: V1 front, V2 rear nearside. Breath test neg. both.")


def tr_s2(c):
    L = c.L
    return typo(c, f"hey so the guy who hit my car gave me this: {c.person()}, lives at {c.addr()}, number {c.phone()}. "
                   f"police came ({c.unit()}) and gave ref {c.case_no()}. can you write the email to my insurer?")


def tr_s3(c):
    L = c.L
    return (f"Injured passenger: {c.person()}, {L['dob']} {c.dob()}, conveyed by {c.unit()} to ED ({c.mrn()}). "
            f"{L['nok']} informed: {c.person()} {c.phone()}.")


def tr_b1(c):
    return (f"TRAFFIC BULLETIN {when(c)}: {c.street_name()} closed between junctions {c.rng.randint(2, 30)} and {c.rng.randint(31, 60)} after a collision "
            f"involving a lorry and two cars. A {c.rng.randint(18, 80)}-year-old woman was taken to hospital with minor injuries. Diversions via {c.street_name()}. "
            f"Witnesses and dashcam footage: {c.nonemerg}, quote {c.case_no()}.")


def tr_b2(c):
    L = c.L
    return (f"European accident statement — template\nVehicle A — {L['driver']}: ______  {L['addr']}: ______\nVehicle B — {L['driver']}: ______\n"
            f"Insurer / policy no.: ______\nSketch: [ ]  Example filled in for training by '{c.placeholder()}', plate XX-000-XX")


def tr_b3(c):
    return (f"Collision stats {c.town()} 2025: {c.rng.randint(300, 2000)} injury collisions, {c.rng.randint(2, 40)} fatal; top junction: "
            f"{c.street_name()} / {c.street_name()} ({c.rng.randint(10, 40)}). Fleet units involved: {c.unit()}, {c.unit()}. Road safety officer: {c.role_mail()}")


# --- sar_rescue
def sar_s1(c):
    L = c.L
    return (f"MISSING PERSON — mountain rescue callout {c.case_no()}\nSubject: {c.person()}, {L['dob']} {c.dob()}, experienced hiker, red jacket{maybe_id(c)}\n"
            f"Mobile: {c.phone()} (last ping {hhmm(c)}, cell near hut)\nCar found at trailhead parking. {L['nok']}: {c.person()} {c.phone()}\n"
            f"Plan: teams 1-3 sweep segments A-C, dog team, heli requested.")


def sar_s2(c):
    L = c.L
    crew = ", ".join(c.person() for _ in range(c.rng.randint(2, 3)))
    return typo(c, f"MRCC {c.town()} log {when(c)}: yacht overdue, skipper {c.person()} ({c.phone()}), crew {crew}. "
                   f"Shore contact {c.person()} {c.email()}. Last pos 54°{c.rng.randint(0, 59)}'N 010°{c.rng.randint(0, 59)}'E. Lifeboat launched.")


def sar_s3(c):
    L = c.L
    return f"PLB activation, registered owner: {c.person()}, {c.addr()}, emergency contact {c.phone()}."


def sar_b1(c):
    return (f"SAR EXERCISE 'GREY SEAL' — all persons fictional\nCasualty: '{c.placeholder()}' (dummy), MOB from ferry at 53°{c.rng.randint(0, 59)}'N 004°{c.rng.randint(0, 59)}'W\n"
            f"Assets: {c.unit()}, rescue helicopter R{c.rng.randint(100, 999)}, all-weather lifeboat. Coordinated by {c.station()}. Debrief {when(c)}")


def sar_b2(c):
    return (f"Mountain rescue annual: {c.rng.randint(80, 400)} callouts, {c.rng.randint(2, 20)} fatalities, {c.rng.randint(40, 90)}% lower-limb injuries. "
            f"In an emergency call {c.emerg} and ask for Police then Mountain Rescue. Donations: {c.role_mail()}. Avalanche level 3 (considerable) above 1,800 m.")


def sar_b3(c):
    return (f"Coast guard advice: file a passage plan, carry a PLB and VHF DSC. Channel 16 for distress, MMSI of the station {c.rng.randint(2000000, 2999999)}0. "
            f"{c.station()} public line {c.org_phone()}.")


# --- victim_support
def vs_s1(c):
    L = c.L
    pay = c.iban()
    bank = ""
    if pay:
        bank = f"\nIBAN for compensation: {pay}"
    elif c.region == "US":
        rtn, acct = c.usbank()
        bank = f"\nRestitution deposit: routing {rtn}, account {acct}"
        if c.rng.random() < .7:
            bank += f"\nSSN: {c.ssn()}"
    return (f"REFERRAL — victim support {c.case_no()}\n{L['victim']}: {c.person()}\n{L['dob']}: {c.dob()}\n{L['addr']}: {c.addr()}\n"
            f"{L['tel']}: {c.phone()} (text first)\nE-mail: {c.email()}{bank}{maybe_id(c)}\nNeeds: interpreter, safety planning, court familiarisation visit.")


def vs_s2(c):
    L = c.L
    return typo(c, f"Caseworker note {when(c)}: spoke to {c.person()} again, still scared to go home, ex-partner {c.person()} breached the order twice. "
                   f"Moved temporarily to her sister's at {c.addr()}. Do NOT share this address. Safe number {c.phone()}.")


def vs_s3(c):
    L = c.L
    return (f"Online harassment statement: abusive messages to {c.person()} ({c.email()}), her own login IPs from the provider's report: {c.ip()}, {c.ip()}.")


def vs_b1(c):
    return (f"Victim support leaflet — free and confidential, whether or not you reported the crime. EU victims helpline 116 006. "
            f"Local office {c.station()}: {c.org_phone()}, {c.role_mail()}. In an emergency {c.emerg}.")


def vs_b2(c):
    L = c.L
    return (f"REFERRAL FORM (blank)\n{L['victim']}: [NAME]\n{L['dob']}: [DOB]\n{L['addr']}: [ADDRESS]\nIBAN: [IBAN]\nConsent to share: yes / no\nRef: {c.case_no()}")


def vs_b3(c):
    return (f"Grant report Q{c.rng.randint(1, 4)}: {c.rng.randint(300, 1500)} victims supported ({c.rng.randint(50, 70)}% women, {c.rng.randint(5, 20)}% under 18), "
            f"{c.rng.randint(20, 90)} court accompaniments. Case study (anonymised): 'Client A', 40s, burglary victim, received target hardening.")


# --- neighbourhood_watch
def nw_s1(c):
    L = c.L
    return typo(c, f"[{hhmm(c)[:2]}:{hhmm(c)[2:]}] {c.first()}: anyone else see the van outside no. {c.rng.randint(1, 90)}?? the white one\n"
                   f"[{hhmm(c)[:2]}:{hhmm(c)[2:]}] {c.person()}: thats {c.person()}'s builder, she lives at {c.addr()}, call her {c.phone()} if worried\n"
                   f"[{hhmm(c)[:2]}:{hhmm(c)[2:]}] admin: pls no addresses in the group ppl")


def nw_s2(c):
    L = c.L
    return (f"Watch coordinator list (do not forward)\n" + "\n".join(f"{c.person()} | {c.addr()} | {c.phone()}" for _ in range(c.rng.randint(2, 3))))


def nw_s3(c):
    return (f"Scam alert from a member: {c.person()} got a fake 'police' call asking for bank details; the caller knew her address ({c.addr()}). "
            f"She reported it, her router IP {c.ip()} was flagged in the phishing logs." + (f" She had read out her card {c.card()} before hanging up." if c.rng.random() < .5 else ""))


def nw_b1(c):
    spk = c.public_name()
    return (f"Neighbourhood Watch newsletter — {c.town()}\nNext meeting: community hall, Thursday 19:00, guest PCSO {spk} (public role). "
            f"Ward crime last month: 3 burglaries, 11 vehicle crimes, 2 ASB reports. Report non-urgent: {c.nonemerg}; emergencies {c.emerg}. "
            f"Coordinator mailbox: {c.role_mail()}")


def nw_b2(c):
    return (f"Doorbell camera tips: keep recordings 30 days, don't post faces online, share with police via portal quoting ref {c.case_no()}. "
            f"Example clip metadata: device cam-{c.rng.randint(100, 999)}, IP 192.0.2.{c.rng.randint(1, 254)} (example), time {when(c)}.")


def nw_b3(c):
    return (f"Street rota (roles only): {c.street_name()} — patrol A Mon/Wed, patrol B Fri; {c.street_name()} — vacant. "
            f"Leaflets from {c.station()}; test card for the raffle payment 4111 1111 1111 1111 (sandbox).")


KINDS = {
    "police_incident": ([pol_s1, pol_s2, pol_s3, pol_s4], [pol_b1, pol_b2, pol_b3, pol_b4], "officer"),
    "fire_rescue_log": ([fire_s1, fire_s2, fire_s3], [fire_b1, fire_b2, fire_b3], "firefighter"),
    "ambulance_dispatch": ([amb_s1, amb_s2, amb_s3], [amb_b1, amb_b2, amb_b3], "paramedic"),
    "emergency_call_summary": ([call_s1, call_s2, call_s3], [call_b1, call_b2, call_b3], "dispatcher"),
    "lost_found": ([lf_s1, lf_s2, lf_s3], [lf_b1, lf_b2, lf_b3], "lost_property_clerk"),
    "traffic_accident": ([tr_s1, tr_s2, tr_s3], [tr_b1, tr_b2, tr_b3], "traffic_officer"),
    "sar_rescue": ([sar_s1, sar_s2, sar_s3], [sar_b1, sar_b2, sar_b3], "sar_volunteer"),
    "victim_support": ([vs_s1, vs_s2, vs_s3], [vs_b1, vs_b2, vs_b3], "caseworker"),
    "neighbourhood_watch": ([nw_s1, nw_s2, nw_s3], [nw_b1, nw_b2, nw_b3], "watch_coordinator"),
}


def incidental(c, benign_fn):
    """An otherwise benign text of the kind with one personal item."""
    text = benign_fn(c)
    k = c.rng.randrange(3)
    L = c.L
    if k == 0:
        item = f"(PS: {L['rel'].format(f=c.first())} helped with this, thanks)"
    elif k == 1:
        item = f"call me back on {c.phone()} if anything is unclear"
    else:
        item = f"{L['caller']} {L['dob']} {c.dob()}"
    lines = text.split("\n")
    pos = c.rng.randint(1, len(lines))
    lines.insert(pos, item)
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------- placement
SYSTEMS = ["You assist emergency services staff with writing and admin. Be concise.",
           "You are a helper for a 24/7 control room. Use plain language.",
           "You help volunteers of a rescue organisation.", "Assistant for a police admin team. Never invent facts."]
MODELS = ["hybridgate/auto", "hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "llama-3.1-70b-instruct", "mistral-small-latest"]
ASKS = ["summarise this for the handover", "translate to English", "turn this into a table", "check for missing info",
        "draft a short reply", "rewrite in a neutral tone for the log", "extract the key facts as JSON"]
PLACES = ["user", "system", "assistant", "tool", "parts", "file", "tool_args", "tool_schema", "response_format", "user_field"]


def place(doc, c, idx, completions):
    r = c.rng
    ask = r.choice([c.L["ask"], r.choice(ASKS), r.choice(ASKS)])
    model = r.choice(MODELS)
    if completions:
        return "completions", "prompt", {"model": model, "prompt": f"{ask}:\n\n{doc}\n\n---\n", "max_tokens": r.choice([256, 400, 800]), "temperature": 0.2}
    p = PLACES[(idx + idx // 10) % len(PLACES)]
    sys = {"role": "system", "content": r.choice(SYSTEMS)}
    if p == "user":
        msgs = [sys, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif p == "system":
        msgs = [{"role": "system", "content": f"{sys['content']}\nContext document:\n{doc}"}, {"role": "user", "content": ask}]
    elif p == "assistant":
        msgs = [sys, {"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": ask}]
    elif p == "tool":
        msgs = [sys, {"role": "user", "content": f"pull up {c.case_no()} and {ask}"},
                {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{idx:04d}", "type": "function", "function": {"name": "records_lookup", "arguments": json.dumps({"ref": c.case_no()})}}]},
                {"role": "tool", "tool_call_id": f"call_{idx:04d}", "content": doc}]
    elif p == "parts":
        msgs = [sys, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif p == "file":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        msgs = [sys, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {"filename": f"log_{idx:04d}.txt", "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif p == "tool_args":
        msgs = [sys, {"role": "user", "content": "file this in the records system please"},
                {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{idx:04d}", "type": "function", "function": {"name": "create_record", "arguments": json.dumps({"text": doc, "priority": "routine"}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": f"call_{idx:04d}", "content": json.dumps({"status": "created"})}, {"role": "user", "content": ask}]
    elif p == "tool_schema":
        body = {"model": model, "messages": [sys, {"role": "user", "content": ask}],
                "tools": [{"type": "function", "function": {"name": "submit_report", "description": f"Submit the report. Current draft:\n{doc}",
                                                             "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}}}]}
        return "chat", p, body
    elif p == "response_format":
        body = {"model": model, "messages": [sys, {"role": "user", "content": ask}],
                "response_format": {"type": "json_schema", "json_schema": {"name": "report", "schema": {"type": "object", "description": f"Structure this source:\n{doc}",
                                                                                                        "properties": {"summary": {"type": "string"}}}}}}
        return "chat", p, body
    else:
        msgs = [sys, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        body = {"model": model, "messages": msgs, "user": c.email() if (c.issued and r.random() < 0.5) else f"console-{r.randint(1, 40):02d}"}
        return "chat", p, body
    return "chat", p, {"model": model, "messages": msgs}


def searchable(body):
    s = json.dumps(body, ensure_ascii=False)
    extra = []
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        extra.append(base64.b64decode(m.group(1)).decode("utf-8"))
    hay = s + "\n" + "\n".join(extra)
    return hay + "\n" + urllib.parse.unquote(hay) + "\n" + json.loads(json.dumps(s))


def entities_of(body, issued):
    hay = searchable(body)
    # tool-call arguments are JSON inside JSON: also search the decoded argument strings
    for m in body.get("messages", []) or []:
        for tc in m.get("tool_calls", []) or []:
            hay += "\n" + tc["function"]["arguments"] + "\n" + json.dumps(json.loads(tc["function"]["arguments"]), ensure_ascii=False)
            try:
                hay += "\n" + "\n".join(str(v) for v in json.loads(tc["function"]["arguments"]).values())
            except Exception:
                pass
    hay += "\n" + "\n".join(_strings(body))
    out, seen = [], set()
    for typ, val in issued:
        if (typ, val) in seen:
            continue
        if val in hay:
            seen.add((typ, val))
            out.append({"type": typ, "value": val})
    return out


def _strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from _strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from _strings(v)


def build_pii(seed):
    rng = random.Random(seed)
    recs = []
    idx = 0
    sens_n = 0
    for kind, (sfns, bfns, writer) in KINDS.items():
        plan = [True] * 32 + [False] * 23
        rng.shuffle(plan)
        for j, sens in enumerate(plan):
            idx += 1
            loc = LOCALES[(idx * 7 + j) % len(LOCALES)]
            c = Ctx(random.Random(f"{seed}:{idx}"), loc)
            voice = "full"
            if sens:
                sens_n += 1
                if sens_n % 8 == 0:
                    doc = incidental(c, bfns[j % len(bfns)])
                    voice = "incidental"
                else:
                    doc = sfns[j % len(sfns)](c)
            else:
                doc = bfns[j % len(bfns)](c)
                if c.issued:
                    raise SystemExit(f"benign template issued values: {kind}")
            completions = (idx * 7) % 10 == 3
            endpoint, where, body = place(doc, c, idx, completions)
            if not sens:
                assert not c.issued, "benign record issued a value"
            ents = entities_of(body, c.issued)
            assert bool(ents) == sens, (kind, idx, c.issued)
            recs.append({"id": f"{SPLIT}-pii-{idx:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": sens, "entities": ents,
                         "endpoint": endpoint, "lang": loc, "style": f"{writer} · {where} · {voice}", "body": body})
    return recs


# ----------------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = [
 ("en", "What's the non-emergency police number in the UK?"), ("en", "Convert {h}:{m} to 12-hour time."),
 ("en", "Spell the plate K{n} RD in the NATO alphabet."), ("en", "is 'ambulence' spelled right"), ("en", "What does ETA mean on a dispatch log?"),
 ("en", "Translate 'stay on the line, help is coming' into Spanish."), ("de", "Was heißt RTW ausgeschrieben?"),
 ("de", "Wie lautet die Notrufnummer der Feuerwehr in Deutschland?"), ("fr", "Que veut dire SAMU ?"), ("fr", "Traduis « gardez votre calme » en anglais."),
 ("es", "¿Qué significa la clave 10-4 por radio?"), ("pt-BR", "Qual é o número do SAMU no Brasil?"), ("ja", "「救急車」を英語で何と言いますか？"),
 ("ru", "Как расшифровывается МЧС?"), ("ar", "ما هو رقم الإسعاف في مصر؟"), ("hi", "एम्बुलेंस का नंबर क्या है?"), ("ko", "'소방서'를 영어로 번역해줘."),
 ("it", "Cosa significa 'codice rosso' al 118?"), ("pl", "Przetłumacz 'proszę się nie rozłączać' na angielski."), ("tr", "Yangın ihbarı için hangi numara aranır?"),
 ("zh", "把“请保持冷静”翻译成英文。"), ("en", "Round {n}.{m} km to the nearest whole km."), ("nl", "Wat is het nummer voor niet-spoedeisende politiezaken?"),
 ("sv", "Vad betyder förkortningen RAKEL?"),
]
SHORT_HARD = [
 ("en", "Ambulance calls arrive Poisson at λ={a}/h, service ~exp with mean {b} min, {k} units. Compute P(wait) via Erlang C and the mean wait, then the smallest unit count with P(wait)<5%. Show the work."),
 ("en", "Prove or refute: greedy placement in the maximal covering location problem for ambulances achieves ≥(1−1/e) of optimal coverage. State exactly which submodularity conditions you need."),
 ("en", "Search segments A/B/C have POA 0.5/0.3/0.2. A sweep of A with POD 0.{d} finds nothing. Give the Bayesian-updated POAs and decide whether to search B (POD 0.7, cost 2) or A again (cost 1) to maximise POD per unit cost."),
 ("de", "Eine Leitstelle hat {p} % Fehlanrufe. Ein Vorfilter hat Sensitivität 0,95 und Spezifität 0,90. Leite her, wie sich die mittlere Annahmezeit in einem M/M/c-Modell mit c={k} ändert, und diskutiere die Kosten falsch-negativer Filterung."),
 ("fr", "Analyse juridique : une commune peut-elle publier l'enregistrement d'un appel au 18 ? Confronte RGPD art. 6 et 9, le CRPA et le secret professionnel ; donne les arguments des deux côtés et une conclusion nuancée."),
 ("es", "Diseña un algoritmo para agrupar llamadas al 112 del mismo incidente con ubicaciones imprecisas (radio 50–2000 m) y horas cercanas; demuestra su complejidad y analiza los casos límite."),
 ("ja", "漂流物の位置推定：風速{a}ノット、風圧流係数3%、潮流1.2ノット北東。{k}時間後の捜索範囲をベクトル計算で求め、誤差の伝播も説明して。"),
 ("ru", "Докажи, что задача назначения бригад скорой помощи с временными окнами NP-трудна, построив сведение от известной NP-полной задачи."),
 ("pt-BR", "Modele como programação inteira a escala de bombeiros 24x72 com descanso mínimo, cobertura por posto e equidade de fins de semana; explique a linearização das restrições."),
 ("ko", "동시다발 화재 시 소방력 배치 문제를 다목적 최적화로 정식화하고, 파레토 최적해를 구하는 알고리즘과 그 한계를 설명해줘."),
 ("zh", "证明：在M/M/c排队模型中增加一辆救护车总能降低平均等待时间，并给出边际收益递减的严格条件。"),
 ("it", "Confronta i modelli di triage START e SALT in un maxi-evento con {p} feriti: costruisci un'analisi decisionale con probabilità di sotto-triage e giustifica la scelta."),
 ("pl", "Wyprowadź wzór na optymalne rozmieszczenie {k} zespołów ratownictwa na odcinku drogi długości L przy jednorodnym rozkładzie zdarzeń i wykaż jego optymalność."),
 ("en", "A 911 center must choose between two CAD vendors with correlated failure modes. Build a fault tree with the given MTBFs ({a}k h and {b}k h, common-cause β=0.{d}) and compute system availability; justify assumptions."),
 ("tr", "Deprem sonrası {k} arama-kurtarma ekibinin {p} enkaz alanına atanmasını hayatta kalma olasılığının zamanla üstel azaldığı varsayımıyla modelle ve çözüm yöntemini gerekçelendir."),
 ("ar", "صمم نموذجا إحصائيا للتنبؤ بعدد بلاغات الحرائق صيفا مع الموسمية ودرجات الحرارة، واشرح كيفية التحقق منه وتجنب التسرب الزمني في البيانات."),
 ("hi", "आपातकालीन कॉल सेंटर में {k} ऑपरेटर हैं और कॉल दर {a} प्रति घंटा है; Erlang C से प्रतीक्षा संभावना निकालो और स्टाफिंग का तर्क सहित सुझाव दो।"),
]
LONG_EASY_TASKS = [
 ("en", "how many rows have status CLOSED? just the number"), ("en", "put this into a markdown table, same columns"),
 ("de", "bitte alphabetisch nach Einheit sortieren, sonst nichts ändern"), ("fr", "traduis seulement les en-têtes de colonnes en français"),
 ("es", "corrige solo las faltas de ortografía"), ("pt-BR", "liste todas as unidades mencionadas, sem repetir"),
 ("ja", "この表をCSVに変換して"), ("ru", "посчитай строки с приоритетом P1"), ("it", "metti tutto in maiuscolo"), ("ko", "각 줄 앞에 번호만 붙여줘"),
]
LONG_HARD_TASKS = [
 ("en", "Reconcile the radio log against the AVL pings: find every point where the reported status contradicts the GPS position, compute 90th-percentile response time per priority excluding those, and explain which anomalies suggest a systemic status-button problem rather than crew error."),
 ("de", "Prüfe die drei SOP-Fassungen auf Widersprüche (Alarmierungsstufen, Nachalarmierung, Übergabe), lege dar welche Regel Vorrang hat und formuliere eine konsolidierte Fassung mit Begründung je Absatz."),
 ("fr", "À partir de ces appels et de la position des casernes, propose le redéploiement d'un seul engin maximisant la couverture à 10 min ; justifie par calcul et discute la robustesse face aux pics de nuit."),
 ("es", "Con la tabla de segmentos de búsqueda y los resultados de cada batida, recalcula las POA bayesianas tras cada barrido, decide el orden óptimo de los próximos tres barridos y justifica con la POD acumulada."),
 ("ja", "このログから各出動の覚知〜現着時間を再計算し、優先度別の90パーセンタイルを出し、基準未達の原因を仮説立てして検証方法まで示して。"),
 ("pt-BR", "Compare os protocolos abaixo, identifique conflitos de responsabilidade entre SAMU, bombeiros e PM em acidentes com múltiplas vítimas e redija um fluxo unificado com justificativas jurídicas e operacionais."),
 ("ru", "Сопоставь журнал вызовов и журнал радиообмена, восстанови хронологию, найди расхождения во времени прибытия и оцени, какие из них влияют на выполнение норматива 20 минут."),
]


def long_log(rng, n_min=1600):
    lines, i = [], 0
    st = ["CLOSED", "OPEN", "CLOSED", "PENDING"]
    while sum(len(x) + 1 for x in lines) < n_min:
        i += 1
        lines.append(f"{i:03d} | {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} | P{rng.randint(1, 3)} | "
                     f"{rng.choice(['Medic', 'Engine', 'Ladder', 'RTW', 'IRV', 'Rescue'])} {rng.randint(1, 40)} | "
                     f"{rng.choice(['fall', 'chest pain', 'AFA', 'RTC', 'smoke seen', 'welfare check', 'lift rescue', 'grass fire'])} | "
                     f"grid {rng.choice('ABCDEFGH')}{rng.randint(1, 30)} | {rng.choice(st)} | AVL {rng.randint(1, 30)}.{rng.randint(0, 9)} km")
    return "seq | time | prio | unit | nature | location | status | dist\n" + "\n".join(lines)


def build_cx(seed):
    rng = random.Random(f"{seed}:cx")
    plan = [("short_simple", 48), ("long_easy", 50), ("short_hard", 50), ("long_hard", 42)]
    items = [c for c, n in plan for _ in range(n)]
    rng.shuffle(items)
    recs = []
    for i, cat in enumerate(items, 1):
        r = random.Random(f"{seed}:cx:{i}")
        fill = dict(h=r.randint(13, 23), m=r.randint(10, 59), n=r.randint(2, 9), a=r.randint(2, 14), b=r.randint(25, 70), k=r.randint(3, 9), d=r.randint(4, 8), p=r.randint(6, 40))
        sys = None
        if cat == "short_simple":
            lang, text = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
            text = text.format(**fill)
        elif cat == "short_hard":
            lang, text = SHORT_HARD[i % len(SHORT_HARD)]
            text = text.format(**fill)
        elif cat == "long_easy":
            lang, task = LONG_EASY_TASKS[i % len(LONG_EASY_TASKS)]
            text = f"{task}\n\n{long_log(r, r.randint(1600, 3200))}"
        else:
            lang, task = LONG_HARD_TASKS[i % len(LONG_HARD_TASKS)]
            doc = long_log(r, r.randint(1200, 2600))
            if r.random() < 0.5:
                doc += "\n\nSOP v3 §4.2: second alarm if no stop message within 20 min.\nSOP v4 §4.2: second alarm if no stop message within 15 min or any BA emergency.\nSOP v4-draft §4.5: IC may suppress second alarm when mutual aid is en route."
            text = f"{task}\n\n{doc}"
            sys = "You support a regional emergency services control room. Show calculations and assumptions."
        label = int(cat in ("short_hard", "long_hard"))
        adv = cat in ("short_hard", "long_easy")
        if cat == "long_easy":
            assert len(text) >= 1500
        msgs = ([{"role": "system", "content": sys}] if sys else []) + [{"role": "user", "content": text}]
        recs.append({"id": f"{SPLIT}-cx-{i:04d}", "category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat",
                     "lang": lang, "style": f"{cat}/public_safety", "body": {"model": r.choice(MODELS), "messages": msgs}})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260917)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii, cx = build_pii(a.seed), build_cx(a.seed)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"pii: {len(pii)} records, {len({r['lang'] for r in pii})} locales, {sens} sensitive / {len(pii) - sens} benign, "
          f"endpoints {dict(collections.Counter(r['endpoint'] for r in pii))}, incidental {sum('incidental' in r['style'] for r in pii)}")
    print("categories:", dict(collections.Counter(r["category"] for r in pii)))
    print("entity types:", dict(collections.Counter(e["type"] for r in pii for e in r["entities"])))
    print("placements:", dict(collections.Counter(r["style"].split(" · ")[1] for r in pii)))
    print(f"complexity: {len(cx)} records, {dict(collections.Counter(r['category'] for r in cx))}, "
          f"adversarial {sum(r['length_adversarial'] for r in cx)}, label1 {sum(r['label'] for r in cx)}, langs {len({r['lang'] for r in cx})}")
    print("freeze dropped pool entries:", sum(DROPPED.values()))


if __name__ == "__main__":
    main()
