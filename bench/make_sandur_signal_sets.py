#!/usr/bin/env python3
"""Sandur: a blind evaluation split for the request signals, organised by HOSPITALITY AND FOOD SERVICE.

Writes bench/data/signals/pii_sandur.jsonl and bench/data/signals/complexity_sandur.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the batch brief, the first 70 lines of make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of the two delta JSONL files. Not read: the detector, the
    scorer, their tests, the evaluator, results, docs, policies and the other generators. (Caveat: one
    accidental `git log --oneline | head -5` at the start showed five commit subjects naming three earlier
    splits' themes; nothing else of them was seen.) The other generators are only scanned automatically, at
    run time, for capitalised and non-ASCII words (FROZEN_AGAINST, this file skipped); every pool of names,
    street cores, venue/company cores, towns, chefs, guides and mail domains is filtered against that set and
    refilled with names composed from invented, locale-typical parts (capped retries, re-checked). Generic
    words (street-type words, "Hotel", "Trattoria" ...) live in templates, not in pools.

Organising principle and the line drawn
    Hospitality and food service, in 10 kinds (= categories): guest_registration (registration cards, guest
    register exports, ID scans), pre_arrival (guest e-mails and chats before a stay), folio_billing (folios,
    invoices, refunds), incident_lost_property (duty-manager incident logs, lost & found), table_reservation
    (restaurant and bar bookings, allergy notes), staff_rota_tips (rotas, tip pools, new-starter forms),
    review_reply (reviews, complaint e-mails and replies), banqueting_event (wedding / conference BEOs, dietary
    lists, seating plans), delivery_order (delivery and takeaway orders, courier chats) and hygiene_licensing
    (inspections, premises licences, food-handler registers). Each kind has sensitive records (category
    ``<kind>``) and benign hard negatives of the same kind (``<kind>_benign``).
    Personal data = anything about a private guest, diner, customer, employee or applicant: their name (also a
    bare first name with a relation/role cue), private phone, private e-mail, home address, birth date,
    identity/tax/health/bank/card numbers, hospital record numbers, the public IP of a guest device.
    NOT personal data (benign): chefs, restaurateurs, critics and hoteliers named in their public role
    (guidebook and award entries, press quotes), the venue's or company's own contact data (reservations@ /
    events@ mailboxes, switchboards, registered offices, company VAT numbers), eponymous dishes and cocktails,
    fictional hoteliers and cooks, blank forms and merge-tag templates, documentation / test values (test card
    numbers, example.com, RFC 5737 addresses), masked cards (**** 1234), booking / folio / order / licence /
    establishment reference numbers, and aggregated or already anonymised data (room numbers, counts, "Guest A").

Labels
    ``entities`` is computed by searching the serialised body (ensure_ascii=False; base64 file parts decoded;
    URLs unquoted) for every value the record issued; each entity is {"type", "value"}; sensitive is true iff
    entities is non-empty (asserted; benign records issue nothing). Types: person, PHONE_NUMBER, EMAIL_ADDRESS,
    STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID (BSN, PESEL, TCKN, NIR, DNI/NIE, Aadhaar, Thai PIN, My Number,
    RRN, resident ID, personnummer, Teudat Zehut), TAX_ID (UTR, Steuer-IdNr, NIF, codice fiscale, CPF, NIP,
    AFM, INN, PAN), HEALTH_INSURANCE (NHS number, AMKA), CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US only),
    US_BANK_NUMBER (routing number and account number, each a value), MEDICAL_RECORD (hospital MRN).
    Complexity: short_simple (0), long_easy (0, >= 1,500 chars), short_hard (1), long_hard (1);
    length_adversarial = short_hard or long_easy.

Contents (seed 66066; the run prints these counts)
    pii_sandur.jsonl: 500 requests (444 chat, 56 completions) in 20 locales (en-GB en-US de-DE fr-FR es-ES it-IT
    nl-NL pt-BR pl-PL tr-TR el-GR ru-RU ar-AE he-IL hi-IN th-TH ja-JP ko-KR zh-CN sv-SE; Latin, Greek, Cyrillic,
    Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul); 10 kinds x 50 (29 sensitive + 21 benign): 290 sensitive /
    210 benign; 35 sensitive records carry a single incidental item. Documents rotate over user / system /
    assistant-echo / tool-result messages, text and base64 file content parts, tool-call arguments, tool schemas,
    response_format json_schema and the `user` field, plus the completions endpoint.
    complexity_sandur.jsonl: 190 requests in 11 languages: short_simple 48, long_easy 48, short_hard 48,
    long_hard 46; 96 length-adversarial, 94 labelled 1.
    Freeze: 709 pool entries dropped, 523 refilled from invented parts (most real-name pools were emptied).

Validation
    Every identifier is validated with python-stdnum (Luhn for cards and MRNs, mod-97 for IBANs, the national
    modules for the rest); every phone number with phonenumbers (is_valid_number for its region); public IPs
    with ipaddress.is_global. An invalid value aborts the run; every retry loop is capped.

Command (deterministic for a given seed, independent of PYTHONHASHSEED; --seed changes the draws, not the
distributions)
    python bench/make_sandur_signal_sets.py [--seed N] [--out bench/data/signals]
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
from stdnum import iban as std_iban, luhn, verhoeff
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nif as fr_nif, nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka, vat as gr_vat
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "sandur"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        p = HERE / f"make_{name}_signal_sets.py"
        if not p.exists() or p.resolve() == pathlib.Path(__file__).resolve():
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
FREEZE_LOG = collections.Counter()


def is_clean(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    for i, t in enumerate(toks):
        if t in FROZEN:
            return False
        if i and any(ord(c) > 127 for c in t) and any(ord(c) > 127 for c in toks[i - 1]):
            if toks[i - 1] + " " + t in FROZEN:
                return False
    return True


def freeze_pool(name, pool, parts, rng, target=None, joiner="", key=lambda e: e):
    """Drop frozen entries; refill from invented parts (capped, re-checked)."""
    kept = [e for e in pool if is_clean(key(e))]
    FREEZE_LOG[name + ":dropped"] += len(pool) - len(kept)
    target = target or max(6, len(pool))
    tries = 0
    while len(kept) < target and parts and tries < 400:
        tries += 1
        cand = joiner.join(rng.choice(p) for p in parts).strip()
        if cand and cand not in kept and is_clean(key(cand)):
            kept.append(cand)
            FREEZE_LOG[name + ":refilled"] += 1
    if not kept:
        raise SystemExit(f"pool {name} emptied by the freeze")
    return kept


# ----------------------------------------------------------------------------------------------- locales
LABELS = {  # name|dob|address|phone|email|id|arrival|departure|room|allergies|notes|signature
    "en": "Name|Date of birth|Home address|Phone|Email|ID / passport no.|Arrival|Departure|Room|Allergies|Notes|Signature",
    "de": "Name|Geburtsdatum|Wohnanschrift|Telefon|E-Mail|Ausweis-Nr.|Anreise|Abreise|Zimmer|Allergien|Bemerkungen|Unterschrift",
    "fr": "Nom|Date de naissance|Adresse|Téléphone|E-mail|N° pièce d'identité|Arrivée|Départ|Chambre|Allergies|Remarques|Signature",
    "es": "Nombre|Fecha de nacimiento|Domicilio|Teléfono|Correo|N.º documento|Llegada|Salida|Habitación|Alergias|Observaciones|Firma",
    "it": "Nome e cognome|Data di nascita|Indirizzo|Telefono|E-mail|N. documento|Arrivo|Partenza|Camera|Allergie|Note|Firma",
    "nl": "Naam|Geboortedatum|Adres|Telefoon|E-mail|ID-nummer|Aankomst|Vertrek|Kamer|Allergieën|Opmerkingen|Handtekening",
    "pt": "Nome|Data de nascimento|Endereço|Telefone|E-mail|Nº documento|Chegada|Saída|Quarto|Alergias|Observações|Assinatura",
    "pl": "Imię i nazwisko|Data urodzenia|Adres zamieszkania|Telefon|E-mail|Nr dokumentu|Przyjazd|Wyjazd|Pokój|Alergie|Uwagi|Podpis",
    "tr": "Ad Soyad|Doğum tarihi|Adres|Telefon|E-posta|Kimlik no|Giriş|Çıkış|Oda|Alerjiler|Notlar|İmza",
    "el": "Ονοματεπώνυμο|Ημερομηνία γέννησης|Διεύθυνση|Τηλέφωνο|Email|Αρ. ταυτότητας|Άφιξη|Αναχώρηση|Δωμάτιο|Αλλεργίες|Σημειώσεις|Υπογραφή",
    "ru": "ФИО|Дата рождения|Адрес|Телефон|Эл. почта|Номер документа|Заезд|Выезд|Номер|Аллергии|Примечания|Подпись",
    "ar": "الاسم|تاريخ الميلاد|العنوان|الهاتف|البريد الإلكتروني|رقم الهوية|الوصول|المغادرة|الغرفة|الحساسية|ملاحظات|التوقيع",
    "he": "שם מלא|תאריך לידה|כתובת|טלפון|דוא״ל|מס׳ זהות|הגעה|עזיבה|חדר|אלרגיות|הערות|חתימה",
    "hi": "नाम|जन्म तिथि|पता|फ़ोन|ईमेल|पहचान संख्या|आगमन|प्रस्थान|कमरा|एलर्जी|टिप्पणी|हस्ताक्षर",
    "th": "ชื่อ-นามสกุล|วันเกิด|ที่อยู่|โทรศัพท์|อีเมล|เลขบัตรประชาชน|วันเข้าพัก|วันออก|ห้อง|อาการแพ้|หมายเหตุ|ลายเซ็น",
    "ja": "氏名|生年月日|住所|電話番号|メール|身分証番号|到着日|出発日|部屋|アレルギー|備考|署名",
    "ko": "성명|생년월일|주소|전화번호|이메일|신분증 번호|체크인|체크아웃|객실|알레르기|비고|서명",
    "zh": "姓名|出生日期|地址|电话|邮箱|证件号码|入住|离店|房间|过敏|备注|签名",
    "sv": "Namn|Födelsedatum|Adress|Telefon|E-post|ID-nummer|Ankomst|Avresa|Rum|Allergier|Övrigt|Underskrift",
}
LABEL_KEYS = "name dob addr phone email idno arr dep room allergy notes sig".split()

# native phrases: late arrival | nut allergy | left item | thanks | table for four at eight | birthday
PHRASES = {
    "en": ["we'll be arriving late, around 11pm", "severe nut allergy", "I think I left my charger in the room",
           "thanks so much", "table for 4 at 8pm pls", "it's a birthday"],
    "de": ["wir kommen erst gegen 23 Uhr an", "schwere Nussallergie", "ich habe mein Ladekabel im Zimmer vergessen",
           "vielen Dank", "Tisch für 4 Personen um 20 Uhr", "es ist ein Geburtstag"],
    "fr": ["nous arriverons tard, vers 23h", "allergie sévère aux fruits à coque", "j'ai oublié mon chargeur dans la chambre",
           "merci beaucoup", "une table pour 4 à 20h svp", "c'est un anniversaire"],
    "es": ["llegaremos tarde, sobre las 23h", "alergia grave a los frutos secos", "creo que me dejé el cargador en la habitación",
           "muchas gracias", "mesa para 4 a las 21h", "es un cumpleaños"],
    "it": ["arriveremo tardi, verso le 23", "grave allergia alla frutta a guscio", "credo di aver lasciato il caricatore in camera",
           "grazie mille", "tavolo per 4 alle 20", "è un compleanno"],
    "nl": ["we komen laat aan, rond 23.00 uur", "ernstige notenallergie", "ik denk dat ik mijn oplader op de kamer heb laten liggen",
           "heel erg bedankt", "tafel voor 4 om 19.30", "het is een verjaardag"],
    "pt": ["vamos chegar tarde, por volta das 23h", "alergia grave a castanhas", "acho que esqueci o carregador no quarto",
           "muito obrigada", "mesa para 4 às 20h", "é aniversário"],
    "pl": ["przyjedziemy późno, około 23:00", "silna alergia na orzechy", "chyba zostawiłam ładowarkę w pokoju",
           "bardzo dziękuję", "stolik dla 4 osób na 20:00", "to są urodziny"],
    "tr": ["geç geleceğiz, 23:00 gibi", "ciddi fındık/fıstık alerjisi", "şarj aletimi odada unuttum galiba",
           "çok teşekkürler", "saat 20:00 için 4 kişilik masa", "doğum günü sürprizi"],
    "el": ["θα φτάσουμε αργά, γύρω στις 23:00", "σοβαρή αλλεργία στους ξηρούς καρπούς", "νομίζω ξέχασα τον φορτιστή στο δωμάτιο",
           "ευχαριστώ πολύ", "τραπέζι για 4 στις 21:00", "έχουμε γενέθλια"],
    "ru": ["мы приедем поздно, около 23:00", "сильная аллергия на орехи", "кажется, я забыла зарядку в номере",
           "большое спасибо", "столик на 4 персоны на 20:00", "у нас день рождения"],
    "ar": ["سنصل متأخرين حوالي الساعة 11 مساءً", "حساسية شديدة من المكسرات", "أعتقد أنني نسيت الشاحن في الغرفة",
           "شكراً جزيلاً", "طاولة لأربعة أشخاص الساعة 8 مساءً", "عندنا عيد ميلاد"],
    "he": ["נגיע מאוחר, בסביבות 23:00", "אלרגיה חמורה לאגוזים", "נראה לי ששכחתי את המטען בחדר",
           "תודה רבה", "שולחן ל-4 בשעה 20:00", "יש לנו יום הולדת"],
    "hi": ["हम देर से पहुँचेंगे, लगभग रात 11 बजे", "मेवों से गंभीर एलर्जी", "शायद मेरा चार्जर कमरे में रह गया",
           "बहुत धन्यवाद", "रात 8 बजे 4 लोगों के लिए टेबल", "जन्मदिन है"],
    "th": ["จะถึงดึกประมาณห้าทุ่มนะคะ", "แพ้ถั่วรุนแรง", "น่าจะลืมสายชาร์จไว้ในห้อง",
           "ขอบคุณมากค่ะ", "โต๊ะ 4 ที่ สองทุ่ม", "มีวันเกิดค่ะ"],
    "ja": ["到着は23時頃と遅くなります", "ナッツの重度アレルギーあり", "部屋に充電器を忘れたと思います",
           "よろしくお願いします", "20時に4名で予約したいです", "誕生日のお祝いです"],
    "ko": ["밤 11시쯤 늦게 도착할 예정입니다", "견과류 심한 알레르기", "객실에 충전기를 두고 온 것 같아요",
           "감사합니다", "저녁 8시 4명 예약 부탁드려요", "생일이에요"],
    "zh": ["我们大概晚上11点才到", "严重坚果过敏", "我好像把充电器落在房间里了",
           "非常感谢", "晚上8点4位", "是生日"],
    "sv": ["vi kommer sent, runt 23", "svår nötallergi", "jag tror att jag glömde laddaren på rummet",
           "tack så mycket", "bord för 4 kl 19", "det är en födelsedag"],
}

L = {}  # locale specs


def spec(tag, lang, region, given, family, parts_given, parts_family, streets, parts_street, towns, parts_town,
         addr, order="gf", sep=" ", domains=(), dob_fmt="%d/%m/%Y", handles=None):
    L[tag] = dict(tag=tag, lang=lang, region=region, given=given.split(), family=family.split(),
                  parts_given=parts_given, parts_family=parts_family, streets=streets.split("|"),
                  parts_street=parts_street, towns=towns.split("|"), parts_town=parts_town, addr=addr,
                  order=order, sep=sep, domains=list(domains), dob_fmt=dob_fmt, handles=handles)


def P(s):
    return [x.split() or [""] for x in s.split("/")]


spec("en-GB", "en", "GB", "Harriet Callum Imogen Rhys Niamh Ewan Poppy Declan Tamsin Gareth Ffion Alfie",
     "Pennington Ashworth Hollis Bramley Tranter Whitlock Mabey Crossland Dunmore Fairclough Pickering Trevelyan",
     P("Ash Bel Cor Dar Fen Gil Hal Lor Mar Ros Tam Wil/ley wyn ric ina ton ette ie"),
     P("Brad Cop Dun Hart Kel Lang Mor Pen Thorn Wad Whit Yar/bury combe thwaite well stock ridge hurst wick"),
     "Coppice|Tanners|Mallard|Orchard|Foundry|Cherrywood|Saddlers|Weavers",
     P("Brook Elm Fern Hazel Larch Mill Oat Willow/field gate side croft"),
     "Harrogate|Kendal|Ludlow|Whitby|Frome|Bideford|Penrith|Oakham", P("Ash Brad Lang Mar Wen Stour/ham ford by minster ton"),
     "{n} {s} {t5}, {town} {pc}", domains=["btinternet.com", "gmail.com", "outlook.com"])
spec("en-US", "en", "US", "Kayla Tyrone Brianna Dustin Shelby Marcus Jolene Trevor Destiny Cody Latoya Brent",
     "Kowalczyk Delgado Whitfield Okafor Brandt Mercer Haskins Tolliver Pruitt Vasquez McCray Dunagan",
     P("Bray Jay Kay Ty Shay Dal Lan Rae/den lee son lynn cee ton"),
     P("Hol Pru Tol Mac Dun Har Whit Bran/ford ley ston man ner field"),
     "Sycamore|Magnolia|Chestnut|Ridgecrest|Old Mill|Briar|Pecan|Juniper",
     P("Cedar Hickory Prairie Stone Quail Aspen/wood view crest run"),
     "Asheville|Bozeman|Savannah|Galveston|Duluth|Flagstaff|Spokane|Tulsa", P("Mill Fair Green Clear Spring/ville dale port field"),
     "{n} {s} {t5}, {town}, {st} {zip}", domains=["gmail.com", "yahoo.com", "icloud.com"], dob_fmt="%m/%d/%Y")
spec("de-DE", "de", "DE", "Jannik Mareike Torben Svenja Lukas Friederike Henning Anneliese Malte Wiebke Jörn Insa",
     "Brinkmann Oltmanns Hagedorn Kuschke Wendlandt Pohlmann Dreesen Lüders Stegemann Rathjen Vosskamp Tiedemann",
     P("Jan Hen Wieb Ma Tor Fen Ole Sön/ke na nik dje rike ja"),
     P("Brink Hage Wend Pohl Stege Rath Tiede Oltm Lüd/mann dorn landt kamp meier hoff ens"),
     "Linden|Kastanien|Mühlen|Birken|Hafen|Gerber|Ulmen|Holunder",
     P("Eichen Wiesen Kirch Schmiede Brunnen Rosen/grund anger winkel"),
     "Lüneburg|Bamberg|Husum|Wetzlar|Goslar|Passau|Celle|Lindau", P("Ober Nieder Alt Neu Klein/felden hausen bruck stedt"),
     "{s}{t5} {n}, {pc} {town}", domains=["web.de", "gmx.de", "t-online.de"], dob_fmt="%d.%m.%Y")
spec("fr-FR", "fr", "FR", "Maëlys Quentin Solène Thibault Clémence Gaëtan Ophélie Baptiste Anaïs Loïc Margaux Yannick",
     "Lefebvre Marchand Brossard Chevallier Guérin Delaunay Poirier Lemaître Vasseur Rouxel Lebreton Fauvel",
     P("Maë Clé Soli Thi Gaë Oph Aure Ma/lys mence ne bault tan lie lien rine"),
     P("Le Del Ma Vas Rou Fau Bro Che/breton aunay rchand seur xel vel ssard vallier"),
     "Tanneurs|Tilleuls|Cordeliers|Capucins|Vignerons|Lavandières|Moulins|Remparts",
     P("Chardon Mélè Sorb Aubép Tremb Cornouill/ières aies ettes ines"),
     "Annecy|Colmar|Sète|Vannes|Albi|Dole|Saumur|Honfleur", P("Sain Bel Mont Ville Val/lac court fort mont"),
     "{n} {t5} des {s}, {pc} {town}", domains=["orange.fr", "laposte.net", "free.fr"])
spec("es-ES", "es", "ES", "Itziar Iker Nerea Álvaro Ainhoa Rubén Macarena Jordi Lucía Sergio Maite Unai",
     "Etxeberria Gallardo Menéndez Quintana Sáez Cabello Villalobos Arrieta Pastor Benítez Olmedo Carrasco",
     P("Ai Mai Ne Ibon Uxue Ari Iña Le/tziar rea ane ki tor goi"),
     P("Etxe Olme Carra Villa Arri Gall Quin Bení/berria do sco lobos eta ardo tana tez"),
     "Alfareros|Olivos|Tintoreros|Almendros|Azahar|Cordeleros|Naranjos|Lagares",
     P("Alcor Bresc Cantu Dorn Fresn Olmed Jazm/illos ales eras edas"),
     "Cáceres|Logroño|Teruel|Soria|Jaca|Ronda|Cuenca|Gandía", P("Villa Torre Alba Fuente Val/verde nueva rrubia seca"),
     "{t5} de los {s}, {n}, {pc} {town}", domains=["gmail.com", "hotmail.es", "telefonica.net"])
spec("it-IT", "it", "IT", "Chiara Matteo Ilaria Davide Benedetta Gianluca Federica Lorenzo Martina Simone Noemi Tommaso",
     "Esposito Galli Bellandi Ferraro Marchetti Lombardo Rinaldi Sartori Pellegrini Fontana Zanetti Cattaneo",
     P("Chia Ila Bene Gian Fede Noe Tomma Ludo/ra luca rica mi so vica"),
     P("Bell Zan Catt Ferr Sart Rin Pell Font/andi etti aneo aro ori aldi egrini ana"),
     "Tessitori|Gelsi|Mugnai|Orefici|Castagni|Vetrai|Cordai|Tintori",
     P("Gelsom Corbezz Sambu Carpin Frass Tiglie/ini oli eti ari"),
     "Cremona|Lucca|Matera|Urbino|Asti|Trento|Lecce|Rovigo", P("Borgo Monte Castel Villa Pieve/nuovo rosso franco santo"),
     "{t5} dei {s} {n}, {pc} {town}", domains=["libero.it", "alice.it", "gmail.com"])
spec("nl-NL", "nl", "NL", "Sanne Joris Femke Thijs Lotte Bram Eline Ruben Noor Wouter Fenna Sjoerd",
     "Bakker Visser Smits Meijer Mulder Bosman Kuipers Verhoeven Dekker Brouwer Hoekstra Postma",
     P("San Fem Lot Joo Sjo Wou Fen Thij/ne ke te rd ter na s"),
     P("Bos Kuip Hoek Post Brouw Dek Verh Smi/man ers stra ma er ker oeven ts"),
     "Lindeboom|Molenwerf|Karnemelk|Kastanjelaan|Wilgenhof|Brouwerij|Zeilmakers|Lijnbaan",
     P("Beuken Eiken Vlier Hazel/hof gracht dijk kade"),
     "Zwolle|Deventer|Leeuwarden|Gouda|Hoorn|Venlo|Alkmaar|Breda", P("Oost West Noord Zuid Groot/wijk dorp veen horst"),
     "{s}{t5} {n}, {pc} {town}", domains=["ziggo.nl", "kpnmail.nl", "gmail.com"], dob_fmt="%d-%m-%Y")
spec("pt-BR", "pt", "BR", "Thaís Gustavo Larissa Rodrigo Letícia Vinícius Camila Leandro Bianca Fábio Jaqueline Otávio",
     "Nascimento Carvalho Ribeiro Moreira Cavalcanti Teixeira Barbosa Araújo Rocha Pinheiro Siqueira Guimarães",
     P("Thaí Lari Leti Vini Jaque Ota Dai Ray/s ssa cia cius line vio ane ssa"),
     P("Cava Sique Guima Pinhe Texe Barb Mor Ribe/lcanti ira rães iro osa eira"),
     "Jacarandás|Ipês|Mangueiras|Seringueiras|Cajueiros|Flamboyants|Paineiras|Quaresmeiras",
     P("Jamb Pitang Acerol Cambu Jabotic Tarum/eiras inhas ais udos"),
     "Londrina|Petrópolis|Joinville|Olinda|Paraty|Ilhéus|Blumenau|Caruaru", P("Vila Santa Bela Nova Campo/verde vista mar alegre"),
     "{t5} dos {s}, {n} - {town}, CEP {pc}", domains=["uol.com.br", "bol.com.br", "gmail.com"])
spec("pl-PL", "pl", "PL", "Zuzanna Bartosz Agnieszka Krzysztof Małgorzata Wojciech Katarzyna Paweł Joanna Tomasz Oliwia Kacper",
     "Nowak Kaczmarek Wróbel Mazur Pawlak Dudek Zając Sikora Michalak Kubiak Jabłoński Grabowski",
     P("Zuz Bar Agn Woj Kat Oli Kac Mał/anna tosz ieszka ciech arzyna wia per gosia"),
     P("Kacz Wró Paw Mich Kub Grab Jab Sik/marek bel lak alak iak owski łoński ora"),
     "Lipowa|Kasztanowa|Młynarska|Garbarska|Piekarska|Sadowa|Ogrodowa|Klonowa",
     P("Jaśmin Brzoz Wiśni Modrzew Kalin Głog Jarzębin/owa ska na"),
     "Toruń|Zamość|Sandomierz|Olsztyn|Kalisz|Płock|Nysa|Elbląg", P("Nowa Stara Wola Góra Dolna/wieś lipka brzeg"),
     "{t5} {s} {n}, {pc} {town}", domains=["wp.pl", "onet.pl", "o2.pl"], dob_fmt="%d.%m.%Y")
spec("tr-TR", "tr", "TR", "Elif Burak Zeynep Emre Merve Oğuz Ayşe Kaan Büşra Serkan Ecrin Tolga",
     "Yılmaz Kaya Demir Şahin Çelik Aydın Öztürk Arslan Doğan Kılıç Korkmaz Erdem",
     P("El Bu Zey Em Mer Oğ Ay Ka Ec Tol/if rak nep re ve uz şe an rin ga"),
     P("Yıl Kay Dem Şah Çel Ayd Özt Ars Kork Erd/maz a ir in ik ın ürk lan em"),
     "Lale|Menekşe|Çınar|Nergis|Papatya|Akasya|Zambak|Karanfil",
     P("Menek Nerg Akas Zamb Karanf Ihlam Ergu/şe is ya ak il ur van"),
     "Eskişehir|Amasya|Kastamonu|Sinop|Mardin|Safranbolu|Ayvalık|Edremit", P("Kara Yeni Ak Göl Dere/köy pınar yurt kent"),
     "{s} {t5} No:{n} D:{m}, {pc} {town}", domains=["gmail.com", "hotmail.com", "yandex.com.tr"], dob_fmt="%d.%m.%Y")
spec("el-GR", "el", "GR", "Δήμητρα Γιώργος Ελένη Νίκος Κατερίνα Σπύρος Αθηνά Παναγιώτης Βασιλική Θανάσης Ζωή Στέλιος",
     "Παπαδάκης Κωνσταντίνου Αλεξίου Μαυρίδης Οικονόμου Τσακίρης Βλάχος Καραγιάννης Δημητρίου Σταθόπουλος Χατζής Λαμπράκης",
     P("Δη Σπυ Αθη Βα Θα Στε Μυρ Ευ/μήτρα ρίδων ναΐς σιλεία νάσης λιανή τώ γενία"),
     P("Παπα Καρα Χατζη Μαυρο Σταθο Τσακ Λαμπρ Οικο/δάκης γιάννης δάκης πουλος ίρης άκης νόμου"),
     "Ερμού|Αριστοτέλους|Ηρώδου|Πλάτωνος|Σωκράτους|Ομήρου|Πινδάρου|Μενάνδρου",
     P("Αλκ Ευρ Θεμ Καλ Λεων Φιλ/ιβιάδου ιπίδου ιστοκλέους λικράτους ίδου ήμονος"),
     "Ναύπλιο|Καλαμάτα|Χανιά|Ιωάννινα|Βόλος|Καβάλα|Ρέθυμνο|Τρίκαλα", P("Νέα Άνω Κάτω Παλαιά/ Σμύρνη Χώρα Πόλη Κώμη"),
     "{s} {n}, {pc} {town}", domains=["otenet.gr", "gmail.com", "yahoo.gr"])
spec("ru-RU", "ru", "RU", "Анастасия Дмитрий Екатерина Алексей Ольга Никита Юлия Сергей Ксения Артём Полина Глеб",
     "Черных Седых Белых Долгих Ковальчук Шевченко Лысенко Бондаренко Мельник Кравец Гончаренко Зайченко",
     P("Ана Ксе Поли Ели Ва Ми Ти Ар/стасия ния на зар силиса рон хон сений"),
     P("Бел Сед Долг Черн Кругл Гладк Сух/ых их"),
     "Садовая|Рябиновая|Липовая|Береговая|Школьная|Озёрная|Полевая|Ключевая",
     P("Рябин Ольх Клён Сирен Калин Черёмух/овая ская ный"),
     "Кострома|Вологда|Псков|Калуга|Тверь|Рязань|Суздаль|Ярославль", P("Ново Старо Бело Красно/горск дольск речье поле"),
     "{t5} {s}, д. {n}, кв. {m}, {town}, {pc}", domains=["mail.ru", "yandex.ru", "rambler.ru"], dob_fmt="%d.%m.%Y")
spec("ar-AE", "ar", "AE", "ريم خالد نورة يوسف مريم عمر لطيفة سعيد هند فيصل شمسة حمدان",
     "المنصوري الهاشمي الشامسي الكعبي الظاهري النعيمي البلوشي المرزوقي الزعابي السويدي القاسمي الرميثي",
     P("عبد/الرحيم الوهاب الباسط الحفيظ المجيد الودود الصمد الجليل"),
     P("ال/ز ش ق م ن/رعوني بيلي حطاني سكري عفاري"),
     "الورود|الياسمين|النخيل|السدر|الغاف|اللؤلؤ|المرجان|الريحان",
     P("ال/بيلسان كافور عنبر قرنفل ياقوت زمرد سوسن"),
     "العين|الفجيرة|خورفكان|دبا|الذيد|كلباء|الرويس|ليوا", P("وادي جبل رأس/ الحلو الأخضر الخيمة"),
     "{t5} {s}، فيلا {n}، {town}", domains=["gmail.com", "hotmail.com", "eim.ae"])
spec("he-IL", "he", "IL", "נועה איתי שירה עומר מיכל יונתן תמר אביב הדס רועי ליאור נטע",
     "כהן לוי מזרחי פרץ ביטון אברהם פרידמן שפירא אזולאי גבאי אוחיון דהן",
     P("אל נו טל שי מי רו/אור נה מה עד גל ני"),
     P("רוזנ גולד זילבר ברג שטרנ קלי/ בלום פלד צוויג הולץ ליכט"),
     "הרימון|התאנה|הזית|הגפן|החרוב|הדקל|השקד|הברוש",
     P("ה/סנ רפ גל תמ נב צל/ דלון ורית ונה ילה מור"),
     "רחובות|נתניה|חדרה|עפולה|כרמיאל|אשקלון|רעננה|נהריה", P("גבעת כפר נווה רמת/ אלון שקד תמר ורד"),
     "{t5} {s} {n}, {town}", domains=["walla.co.il", "gmail.com", "012.net.il"], dob_fmt="%d.%m.%Y")
spec("hi-IN", "hi", "IN", "प्रिया राहुल अनन्या विक्रम स्नेहा अर्जुन कविता रोहित पूजा आदित्य मेघा सौरभ",
     "शर्मा वर्मा गुप्ता अग्रवाल मेहता जोशी चौहान सक्सेना त्रिपाठी कपूर भार्गव श्रीवास्तव",
     P("अनु दिव्य ऋषि तनु ईशा कुणा निध हर्ष/ ल ि ा"),
     P("भट मल्ह सिंघ बज खुर/नागर होत्रा निया पेयी राना"),
     "गांधी|नेहरू|तिलक|सुभाष|पटेल|विवेकानंद|टैगोर|शास्त्री",
     P("चंपा गुलमोहर अमलतास कदंब मौलश्री/वाटिका कुंज विहार"),
     "इंदौर|भोपाल|जयपुर|लखनऊ|नासिक|उदयपुर|मैसूर|देहरादून", P("राम श्याम हरि देव चंद्र सूर्य/नगर पुर गंज गढ़"),
     "मकान नं. {n}, {s} {t5}, {town} - {pc}", domains=["gmail.com", "rediffmail.com", "yahoo.co.in"])
spec("th-TH", "th", "TH", "สมชาย วรรณา ธนากร ปิยะพร กิตติ สุดารัตน์ อนุชา นภัสสร ชัยวัฒน์ พิมพ์ชนก",
     "ศรีสุข วงศ์ใหญ่ แก้วมณี ทองดี บุญมา จันทร์เพ็ญ สุขสวัสดิ์ พรหมมา รัตนวงศ์ ศักดิ์ดี",
     P("กัญ ปวี ณัฐ ศุภ อร ภาณ ธีร วีร/ญา ณา ธิดา ชัย พล ภัทร นันท์"),
     P("ศรี ทอง แสง บุญ รุ่ง สุข/วงศ์ สกุล ประเสริฐ เจริญ ไพศาล รัตน์"),
     "สุขุมวิท|พหลโยธิน|รัชดาภิเษก|ลาดพร้าว|เพชรบุรี|นิมมานเหมินท์|ห้วยแก้ว|เจริญกรุง",
     P("ศรี สุข เจริญ ประชา รัตน/นคร ราษฎร์ อุทิศ สัมพันธ์ ธานี"),
     "เชียงใหม่|ขอนแก่น|อุดรธานี|หัวหิน|ภูเก็ต|หาดใหญ่|ลำปาง|น่าน", P("บ้าน ทุ่ง ห้วย/ สวน ทราย ไผ่"),
     "{n}/{m} ถนน{s} {town} {pc}", domains=["hotmail.com", "gmail.com"])
spec("ja-JP", "ja", "JP", "陽菜 大輝 美咲 翔太 結衣 健太 さくら 拓海 真由 蓮 葵 湊",
     "佐藤 鈴木 高橋 渡辺 伊藤 中村 小林 加藤 吉田 山口 松本 井上",
     P("奈 悠 遥 晴 颯 琴 瑛 蒼/斗 実 乃 真 輝 花 也 希"),
     P("浅 岩 杉 久 柳 桑 梶 芦/沼 野 原 島 谷 畑 尾 川"),
     "桜丘|緑町|本町|若葉|旭町|栄町|港南|泉",
     P("桜 緑 若 旭 栄 泉 柳 桐/丘 町 台 坂 野"),
     "金沢|松江|高松|函館|長野|倉敷|盛岡|宇都宮", P("新 北 南 東/ 浜 田 原 山"),
     "〒{pc} {town}市{s}{m}丁目{n}-{k}", order="fg", domains=["docomo.ne.jp", "yahoo.co.jp", "gmail.com"], dob_fmt="%Y年%m月%d日")
spec("ko-KR", "ko", "KR", "민준 서연 지훈 하은 도윤 수빈 현우 예린 준호 지아 시우 채원",
     "김 이 박 최 정 강 조 윤 장 임 한 오",
     P("서 하 윤 도 시 채 은 태/진 율 현 람 온 빈 결 솔"),
     P("남 황 제 선 독 사/궁 보 갈 우 고 공"),
     "테헤란로|올림픽로|세종대로|중앙로|해운대로|구월로|동성로|충장로",
     P("가람 누리 다솜 미르 한울 별빛 해솔/로 길"),
     "수원|전주|청주|포항|강릉|목포|춘천|경주", P("신 구 동 남/ 평 산 원 포"),
     "{town}시 {s} {n}, {m}동 {k}호 ({pc})", order="fg", sep="", domains=["naver.com", "daum.net", "gmail.com"], dob_fmt="%Y. %m. %d.")
spec("zh-CN", "zh", "CN", "子涵 浩然 欣怡 宇轩 梓萱 俊杰 雨桐 明轩 诗涵 嘉怡 一诺 思远",
     "王 李 张 刘 陈 杨 黄 赵 周 吴 徐 孙",
     P("沐 若 清 语 一 思 景 书/辰 宁 岚 涵 航 瑶 川 禾"),
     P("欧 司 上 东 夏 公 尉 澹/阳 马 官 方 侯 孙 迟 台"),
     "建设|人民|解放|中山|和平|文化|青年|光明",
     P("金 玉 青 紫 翠 丹/桂 枫 柏 竹 荷 槐"),
     "绍兴|扬州|桂林|洛阳|泉州|大理|烟台|嘉兴", P("东 西 南 北 新/ 阳 州 安 宁"),
     "{town}市{s}路{n}号{m}单元{k}室 {pc}", order="fg", sep="", domains=["qq.com", "163.com", "126.com"], dob_fmt="%Y年%m月%d日")
spec("sv-SE", "sv", "SE", "Ebba Linnea Oskar Hampus Saga Viggo Tindra Alvar Klara Edvin Majken Tage",
     "Lindqvist Bergström Sandberg Holmgren Nyström Ekdahl Forsberg Sjöberg Wallin Åkesson Lundgren Hedlund",
     P("Eb Lin Hamp Sag Vig Tind Alv Maj/ba nea us a go ra ar ken"),
     P("Berg Holm Ny Ek Fors Sjö Wall Lund Hed/ström gren dahl berg in lund qvist"),
     "Björk|Rönn|Lind|Hassel|Al|Lönn|Sälg|Hägg",
     P("Syren Fläder Ljung Slån Nypon Hagtorn Vide Tall/s e"),
     "Västerås|Örebro|Gävle|Visby|Kalmar|Luleå|Ystad|Falun", P("Norr Söder Öster Väster Berg/köping hamn by åsen"),
     "{s}{t5} {n}, {pc} {town}", domains=["telia.com", "gmail.com", "bredband.net"], dob_fmt="%Y-%m-%d")

STREET_TYPES = {
    "en-GB": ["Lane", "Road", "Close", "Street", "Gardens"], "en-US": ["St", "Ave", "Dr", "Lane", "Blvd"],
    "de-DE": ["straße", "weg", "allee"], "fr-FR": ["rue", "allée", "impasse"], "es-ES": ["Calle", "Avenida", "Paseo"],
    "it-IT": ["Via", "Viale", "Vicolo"], "nl-NL": ["straat", "laan", "weg"], "pt-BR": ["Rua", "Avenida", "Travessa"],
    "pl-PL": ["ul.", "al."], "tr-TR": ["Sokak", "Caddesi"], "el-GR": [""], "ru-RU": ["ул.", "пер."], "ar-AE": ["شارع", "حي"],
    "he-IL": ["רחוב", "שדרות"], "hi-IN": ["मार्ग", "रोड"], "th-TH": [""], "ja-JP": [""], "ko-KR": [""], "zh-CN": [""],
    "sv-SE": ["gatan", "vägen"],
}
US_STATES = ["NC", "MT", "GA", "TX", "MN", "AZ", "WA", "OK"]
HANDLE_PARTS = P("nour yuki hana lina mika sora taro arun dev kai nia rin leo zoe max ola eli tia/"
                 "k m s t b r j h a n l")


def romanize(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i"))
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


# ----------------------------------------------------------------------------------------------- identifiers
class Invalid(Exception):
    pass


def digits(rng, n, first_nonzero=False):
    d = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and d[0] == "0":
        d = rng.choice("123456789") + d[1:]
    return d


def complete(prefix, ok, alphabet="0123456789"):
    for c in alphabet:
        if ok(prefix + c):
            return prefix + c
    return None


def capped(make, what, cap=3000):
    for _ in range(cap):
        v = make()
        if v:
            return v
    raise Invalid(f"could not make a valid {what}")


def must(ok, value, what):
    if not ok:
        raise Invalid(f"invalid {what}: {value!r}")
    return value


def dob(rng):
    return dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 55))


def mk_card(rng, masked=False):
    kind = rng.choice(["visa", "mc", "amex"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    else:
        body = "4" + digits(rng, 14)
    num = body + luhn.calc_check_digit(body)
    must(luhn.is_valid(num), num, "card")
    if kind == "amex":
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return rng.choice([" ", "-", ""]).join(num[i:i + 4] for i in range(0, 16, 4))


def mk_iban(rng, cc):
    fmt = {"DE": "d8d10", "GB": "A4d14", "FR": "d23", "ES": "d20", "IT": "A1d22", "NL": "A4d10", "PL": "d24",
           "TR": "d5:0d16", "GR": "d23", "SE": "d20", "AE": "d19", "IL": "d19", "BR": None}[cc]
    banks = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"]}

    def make():
        bban = ""
        for kind, n in re.findall(r"([dA]|:\d)(\d*)", fmt):
            if kind == "A":
                bban += rng.choice(banks[cc]) if cc in banks else rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            elif kind.startswith(":"):
                bban += kind[1:]
            else:
                bban += digits(rng, int(n))
        raw = bban + cc + "00"
        num = int("".join(str(int(c, 36)) for c in raw))
        val = f"{cc}{98 - num % 97:02d}{bban}"
        return val if std_iban.is_valid(val) else None

    v = capped(make, "IBAN " + cc, 5000)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def mk_phone(rng, region, kind="mobile", fmt=None):
    t = phonenumbers.PhoneNumberType.MOBILE if kind == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    nat = phonenumbers.national_significant_number(ex)
    keep = max(2, len(nat) - 7) if region != "US" else 3

    def make():
        cand = nat[:keep] + digits(rng, len(nat) - keep)
        if region == "US":
            cand = rng.choice(["312", "415", "617", "704", "406", "912", "512", "918"]) + str(rng.randint(2, 9)) + digits(rng, 6)
        n = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if not phonenumbers.is_valid_number(n) or phonenumbers.region_code_for_number(n) != region:
            return None
        f = fmt or rng.choice(["intl", "nat", "e164"])
        ff = {"intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL, "nat": phonenumbers.PhoneNumberFormat.NATIONAL,
              "e164": phonenumbers.PhoneNumberFormat.E164}[f]
        return phonenumbers.format_number(n, ff)

    v = capped(make, "phone " + region, 500)
    must(phonenumbers.is_valid_number(phonenumbers.parse(v, region)), v, "phone")
    return v


def mk_ip(rng):
    def make():
        a = ipaddress.IPv4Address(rng.randrange(1 << 24, 223 << 24))
        return str(a) if a.is_global else None
    return capped(make, "ip")


def mk_mrn(rng):
    b = digits(rng, 7, True)
    v = b + luhn.calc_check_digit(b)
    return must(luhn.is_valid(v), v, "MRN")


def _nat(rng, tag, born):
    """Return (type, value) national/tax/health identifiers for a locale (all validated)."""
    out = []
    yy, mm, dd = born.strftime("%y"), born.strftime("%m"), born.strftime("%d")
    if tag == "en-GB":
        out.append(("HEALTH_INSURANCE", capped(lambda: (lambda v: v and f"{v[:3]} {v[3:6]} {v[6:]}")(
            complete(digits(rng, 9, True), nhs.is_valid)), "nhs")))
        def u():
            d9 = digits(rng, 9)
            c = complete("", lambda x: utr.is_valid(x + d9))
            return c and c + d9
        out.append(("TAX_ID", capped(u, "utr")))
    elif tag == "en-US":
        def s():
            v = f"{rng.randint(100, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
            return v if ssn.is_valid(v) else None
        out.append(("ssn", capped(s, "ssn")))
    elif tag == "de-DE":
        def s():
            ds = rng.sample("0123456789", 9)
            ds.insert(rng.randrange(10), rng.choice(ds))
            ds = "".join(ds[:10])
            if ds[0] == "0":
                return None
            v = complete(ds, idnr.is_valid)
            return v and f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
        out.append(("TAX_ID", capped(s, "idnr")))
    elif tag == "fr-FR":
        def s():
            dept = f"{rng.randint(1, 95):02d}"
            if dept == "20":
                return None
            body = rng.choice("12") + yy + mm + dept + f"{rng.randint(1, 999):03d}" + f"{rng.randint(1, 999):03d}"
            key = 97 - int(body) % 97
            v = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
            return v if nir.is_valid(v) else None
        out.append(("NATIONAL_ID", capped(s, "nir")))
        out.append(("TAX_ID", capped(lambda: (lambda b: b + fr_nif.calc_check_digits(b) if fr_nif.is_valid(b + fr_nif.calc_check_digits(b)) else None)(
            rng.choice("0123") + digits(rng, 9)), "fr nif")))
    elif tag == "es-ES":
        def s():
            b = digits(rng, 8)
            v = b + dni.calc_check_digit(b)
            return v if dni.is_valid(v) else None
        out.append(("NATIONAL_ID", capped(s, "dni")))
    elif tag == "it-IT":
        def s():
            L_ = "BCDFGHLMNPRSTVZ"
            b = ("".join(rng.choice(L_) for _ in range(3)) + "".join(rng.choice(L_ + "AEIOU") for _ in range(3)) + yy +
                 "ABCDEHLMPRST"[born.month - 1] + f"{born.day + rng.choice([0, 40]):02d}" + rng.choice("ABCDEFGHLM") +
                 f"{rng.randint(1, 999):03d}")
            v = b + codicefiscale.calc_check_digit(b)
            return v if codicefiscale.is_valid(v) else None
        out.append(("TAX_ID", capped(s, "codice fiscale")))
    elif tag == "nl-NL":
        out.append(("NATIONAL_ID", capped(lambda: complete(digits(rng, 8, True), bsn.is_valid), "bsn")))
    elif tag == "pt-BR":
        def s():
            b = digits(rng, 9)
            v = b + cpf._calc_check_digits(b)
            return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if cpf.is_valid(v) else None
        out.append(("TAX_ID", capped(s, "cpf")))
    elif tag == "pl-PL":
        def s():
            m = born.month + (20 if born.year >= 2000 else 0)
            b = yy + f"{m:02d}" + dd + digits(rng, 4)
            v = b + pesel.calc_check_digit(b)
            return v if pesel.is_valid(v) else None
        out.append(("NATIONAL_ID", capped(s, "pesel")))
        out.append(("TAX_ID", capped(lambda: (lambda v: v and f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}")(
            complete(digits(rng, 9, True), nip.is_valid)), "nip")))
    elif tag == "tr-TR":
        def s():
            b = digits(rng, 9, True)
            v = b + tckimlik.calc_check_digits(b)
            return v if tckimlik.is_valid(v) else None
        out.append(("NATIONAL_ID", capped(s, "tckn")))
    elif tag == "el-GR":
        def s():
            b = dd + mm + yy + digits(rng, 4)
            v = b + luhn.calc_check_digit(b)
            return v if amka.is_valid(v) else None
        out.append(("HEALTH_INSURANCE", capped(s, "amka")))
        out.append(("TAX_ID", capped(lambda: complete(digits(rng, 8, True), gr_vat.is_valid), "afm")))
    elif tag == "ru-RU":
        def s():
            b = digits(rng, 10, True)
            v = b + inn.calc_personal_check_digits(b)
            return v if inn.is_valid(v) else None
        out.append(("TAX_ID", capped(s, "inn")))
    elif tag == "he-IL":
        def s():
            b = digits(rng, 8, True)
            v = b + luhn.calc_check_digit(b)
            return v if il_idnr.is_valid(v) else None
        out.append(("NATIONAL_ID", capped(s, "teudat zehut")))
    elif tag == "hi-IN":
        def s():
            b = rng.choice("23456789") + digits(rng, 10)
            v = b + verhoeff.calc_check_digit(b)
            return f"{v[:4]} {v[4:8]} {v[8:]}" if aadhaar.is_valid(v) else None
        out.append(("NATIONAL_ID", capped(s, "aadhaar")))
        def p():
            A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            v = "".join(rng.choice(A) for _ in range(3)) + "P" + rng.choice(A) + digits(rng, 4) + rng.choice(A)
            return v if pan.is_valid(v) else None
        out.append(("TAX_ID", capped(p, "pan")))
    elif tag == "th-TH":
        def s():
            v = complete(rng.choice("12345678") + digits(rng, 11), th_pin.is_valid)
            return v and f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
        out.append(("NATIONAL_ID", capped(s, "thai pin")))
    elif tag == "ja-JP":
        def s():
            v = complete(digits(rng, 11, True), jp_in.is_valid)
            return v and f"{v[:4]} {v[4:8]} {v[8:]}"
        out.append(("NATIONAL_ID", capped(s, "my number")))
    elif tag == "ko-KR":
        def s():
            g = rng.choice("12") if born.year < 2000 else rng.choice("34")
            v = complete(yy + mm + dd + g + f"{rng.randint(0, 95):02d}" + digits(rng, 3), rrn.is_valid)
            return v and f"{v[:6]}-{v[6:]}"
        out.append(("NATIONAL_ID", capped(s, "rrn")))
    elif tag == "zh-CN":
        def s():
            b = rng.choice(["110105", "310104", "440305", "510107", "330106", "420106", "320102"]) + born.strftime("%Y%m%d") + digits(rng, 3)
            v = b + ric.calc_check_digit(b)
            return v if ric.is_valid(v) else None
        out.append(("NATIONAL_ID", capped(s, "ric")))
    elif tag == "sv-SE":
        def s():
            b = yy + mm + dd + digits(rng, 3)
            v = f"{b[:6]}-{b[6:]}{luhn.calc_check_digit(b)}"
            return v if personnummer.is_valid(v) else None
        out.append(("NATIONAL_ID", capped(s, "personnummer")))
    return out


IBAN_CC = {"en-GB": "GB", "de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT", "nl-NL": "NL", "pl-PL": "PL",
           "tr-TR": "TR", "el-GR": "GR", "sv-SE": "SE", "ar-AE": "AE", "he-IL": "IL"}


def mk_us_bank(rng):
    def s():
        return complete(f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + digits(rng, 6), rtn.is_valid)
    r = capped(s, "routing")
    return r, digits(rng, rng.randint(9, 12), True)


# ----------------------------------------------------------------------------------------------- public pools
VENUE_CORES = ("Orsolina Valmontier Kastelholm Saltbrae Quinceworth Rookhaven Figtrellis Aldersalt Lindqvarn Corvetto "
               "Brasalina Marrowgate Pimentière Olivenhain Tamarisco Juniperra Vellacourt Rosmarijn Ambervale Nocellara "
               "Soutache Gravlund Perlhuhn Cardamomo Tavolino Ostermoor Kumquat Belvaro Halvemaan Sorrelby").split()
VENUE_TYPES = ["Hotel {c}", "Trattoria {c}", "{c} Brasserie", "The {c} Arms", "{c} Kitchen", "Ryokan {c}", "Café {c}",
               "{c} Grand Hotel", "Bistro {c}", "{c} Rooftop Bar", "Gasthof {c}", "Hostal {c}", "{c} Events & Banqueting",
               "{c} Dumpling House", "Taverna {c}", "{c} Lodge"]
GUIDE_CORES = ("Tablewise Forkline Brasalmanac Plateworthy Ladlemark Saucier Cloche Amuse Mise").split()
EPONYMS = ["Beef Wellington", "Peach Melba", "Eggs Benedict", "Caesar salad", "Pavlova", "Chateaubriand",
           "Oysters Rockefeller", "Bellini", "Pizza Margherita", "Carpaccio", "Crêpes Suzette", "Beef Stroganoff",
           "Sachertorte", "Earl Grey", "Waldorf salad", "Tournedos Rossini", "Negroni", "Bloody Mary", "Tom Collins",
           "Shirley Temple", "Arnold Palmer", "Poire Belle Hélène", "Bismarck herring", "Cobb salad", "Nachos"]
FICTION = ["Basil Fawlty", "Sybil Fawlty", "Remy the rat", "Auguste Gusteau", "Colette Tatou", "Monsieur Gustave",
           "Zero Moustafa", "Jack Torrance", "Norman Bates", "Mrs Patmore", "Carmy Berzatto", "Sweeney Todd",
           "Mrs Lovett", "Willy Wonka", "Jiro the sushi master"]
DOMAINS_FALLBACK = P("post mail net inbox brief/vik lane nest box ly")
INSTR = {  # translate to English | summarise | extract JSON | draft a polite reply
    "de": ["übersetz das bitte ins Englische", "kurz zusammenfassen bitte", "als JSON extrahieren", "schreib eine höfliche Antwort"],
    "fr": ["traduis en anglais stp", "fais-moi un résumé court", "extrais en JSON", "rédige une réponse polie"],
    "es": ["tradúcelo al inglés porfa", "resúmelo en 3 líneas", "sácalo en JSON", "redacta una respuesta amable"],
    "it": ["traduci in inglese per favore", "riassumi in breve", "estrai in JSON", "scrivi una risposta cortese"],
    "nl": ["vertaal naar het Engels aub", "vat kort samen", "zet om naar JSON", "schrijf een nette reactie"],
    "pt": ["traduz pro inglês por favor", "resume rapidinho", "extrai em JSON", "escreve uma resposta educada"],
    "pl": ["przetłumacz na angielski", "streść krótko", "wyciągnij do JSON", "napisz uprzejmą odpowiedź"],
    "tr": ["İngilizceye çevirir misin", "kısaca özetle", "JSON olarak çıkar", "kibar bir cevap yaz"],
    "el": ["μετάφρασέ το στα αγγλικά", "κάνε μια σύντομη περίληψη", "βγάλε τα πεδία σε JSON", "γράψε μια ευγενική απάντηση"],
    "ru": ["переведи на английский", "кратко перескажи", "вытащи поля в JSON", "напиши вежливый ответ"],
    "ar": ["ترجم إلى الإنجليزية من فضلك", "لخّص باختصار", "استخرج الحقول بصيغة JSON", "اكتب رداً مهذباً"],
    "he": ["תתרגם לאנגלית בבקשה", "תסכם בקצרה", "תוציא לשדות JSON", "תנסח תשובה מנומסת"],
    "hi": ["कृपया अंग्रेज़ी में अनुवाद करें", "संक्षेप में बताइए", "JSON में निकालिए", "विनम्र जवाब लिखिए"],
    "th": ["ช่วยแปลเป็นภาษาอังกฤษหน่อย", "สรุปสั้นๆ", "ดึงข้อมูลเป็น JSON", "ร่างคำตอบสุภาพ"],
    "ja": ["英語に翻訳してください", "短く要約して", "JSONに抽出して", "丁寧な返信を作成して"],
    "ko": ["영어로 번역해 주세요", "짧게 요약해 줘", "JSON으로 추출해 줘", "정중한 답장 써 줘"],
    "zh": ["请翻译成英文", "简单总结一下", "提取成JSON", "写一封礼貌的回复"],
    "sv": ["översätt till engelska tack", "sammanfatta kort", "extrahera till JSON", "skriv ett artigt svar"],
    "en": ["tidy this up", "summarise for handover", "extract the fields as JSON", "draft a polite reply"],
}


class Person:
    pass


class World:
    def __init__(self, rng):
        self.rng = rng
        self.pools = {}
        for tag, s in sorted(L.items()):
            j = "" if s["lang"] in ("ja", "ko", "zh", "th", "ar", "hi") else ""
            self.pools[tag] = dict(
                given=freeze_pool(tag + ":given", s["given"], s["parts_given"], rng, 10, j),
                family=freeze_pool(tag + ":family", s["family"], s["parts_family"], rng, 10,
                                   ""),
                street=freeze_pool(tag + ":street", s["streets"], s["parts_street"], rng, 6,
                                   ""),
                town=freeze_pool(tag + ":town", s["towns"], s["parts_town"], rng, 6),
                domain=freeze_pool(tag + ":domain", s["domains"], [DOMAINS_FALLBACK[0], [x + ".net" for x in DOMAINS_FALLBACK[1]]], rng, 3,
                                   key=lambda e: e.split(".")[0]),
            )
        self.venues = freeze_pool("venue", VENUE_CORES, P("Alder Bram Cor Fen Hal Mar Oster Quin Sor Tam/"
                                                          "ella wick mont vale holm ino ière gate"), rng, 24)
        self.guides = freeze_pool("guide", GUIDE_CORES, P("Plate Fork Spoon Table Glass/mark line wise list"), rng, 6)
        self.eponyms = freeze_pool("eponym", EPONYMS, [], rng, 1)
        self.fiction = freeze_pool("fiction", FICTION, [], rng, 1)


class Ctx:
    def __init__(self, world, tag, rng):
        self.w, self.tag, self.rng = world, tag, rng
        self.s = L[tag]
        self.pool = world.pools[tag]
        self.lab = dict(zip(LABEL_KEYS, LABELS[self.s["lang"]].split("|")))
        self.ph = PHRASES[self.s["lang"]]
        self.ins = INSTR[self.s["lang"]]
        self.issued = []

    def v(self, typ, value):
        self.issued.append((typ, value))
        return value

    def ch(self, seq):
        return self.rng.choice(seq)

    # ---- private people
    def person(self):
        r, s = self.rng, self.s
        p = Person()
        p.given, p.family = r.choice(self.pool["given"]), r.choice(self.pool["family"])
        p.name = (p.family + s["sep"] + p.given) if s["order"] == "fg" else f"{p.given} {p.family}"
        p.born = dob(r)
        p.dob = p.born.strftime(s["dob_fmt"]) if r.random() < 0.75 else p.born.isoformat()
        p.phone = mk_phone(r, s["region"])
        dom = r.choice(self.pool["domain"])
        if all(ord(c) < 0x250 for c in p.given + p.family):
            g, f = romanize(p.given), romanize(p.family)
            p.email = r.choice([f"{g}.{f}", f"{g}{f[:1]}{r.randint(1, 99)}", f"{g[:1]}{f}", f"{f}.{g}{r.randint(70, 99)}"]) + "@" + dom
        else:
            p.email = r.choice(HANDLE_PARTS[0]) + r.choice([".", "_", ""]) + r.choice(HANDLE_PARTS[1]) + str(r.randint(1, 999)) + "@" + dom
        p.address = self.address()
        p.ids = _nat(r, self.tag, p.born)
        if self.tag in IBAN_CC:
            p.ids.append(("IBAN_CODE", mk_iban(r, IBAN_CC[self.tag])))
        if self.tag == "en-US":
            rt, acct = mk_us_bank(r)
            p.ids += [("US_BANK_NUMBER", rt), ("US_BANK_NUMBER", acct)]
        p.card = mk_card(r)
        return p

    def postcode(self):
        r, t = self.rng, self.tag
        A = "ABCDEFGHJKLMNPRSTUWXYZ"
        return {"en-GB": lambda: f"{r.choice(A)}{r.choice(A)}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice(A)}{r.choice(A)}",
                "nl-NL": lambda: f"{r.randint(1000, 9999)} {r.choice(A)}{r.choice(A)}",
                "pt-BR": lambda: f"{r.randint(10000, 99999)}-{r.randint(0, 999):03d}",
                "pl-PL": lambda: f"{r.randint(10, 99)}-{r.randint(100, 999)}",
                "el-GR": lambda: f"{r.randint(100, 859)} {r.randint(10, 99)}",
                "sv-SE": lambda: f"{r.randint(100, 985)} {r.randint(10, 99)}",
                "ja-JP": lambda: f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}",
                "ru-RU": lambda: str(r.randint(100000, 699999)), "hi-IN": lambda: str(r.randint(110001, 855999)),
                "zh-CN": lambda: str(r.randint(100000, 859999)),
                }.get(t, lambda: f"{r.randint(10000, 98999)}")()

    def address(self):
        r, s = self.rng, self.s
        return s["addr"].format(n=r.randint(1, 180), s=r.choice(self.pool["street"]), t5=r.choice(STREET_TYPES[self.tag]),
                                town=r.choice(self.pool["town"]), pc=self.postcode(), st=r.choice(US_STATES),
                                zip=f"{r.randint(10000, 99950)}", m=r.randint(1, 40), k=r.randint(101, 1204)).replace("  ", " ").strip()

    # ---- public / organisational values (never issued)
    def venue(self):
        return self.ch(VENUE_TYPES).format(c=self.ch(self.w.venues))

    def vdomain(self, venue):
        core = romanize(re.sub(r"\b(Hotel|Trattoria|Brasserie|The|Arms|Kitchen|Ryokan|Café|Grand|Bistro|Rooftop|Bar|Gasthof|"
                               r"Hostal|Events|Banqueting|Dumpling|House|Taverna|Lodge)\b|&", "", venue)) or "venue"
        return core + self.ch([".com", "-hotels.com", ".co", "group.com"])

    def org_phone(self):
        return mk_phone(self.rng, self.s["region"], "fixed", self.ch(["intl", "nat"]))

    def org_mail(self, venue, box=None):
        return (box or self.ch(["reservations", "frontdesk", "events", "info", "banqueting", "guestrelations", "hello", "lostandfound"])) + "@" + self.vdomain(venue)

    def org_address(self):
        return self.address()  # the venue's own business address (registered office / premises)

    def public_name(self):
        return f"{self.ch(self.pool['given'])} {self.ch(self.pool['family'])}" if self.s["order"] == "gf" else \
            self.ch(self.pool["family"]) + self.s["sep"] + self.ch(self.pool["given"])

    def date(self, lo=0, hi=120):
        d = dt.date(2026, 3, 1) + dt.timedelta(days=self.rng.randint(lo, hi))
        return d.strftime(self.ch(["%d/%m", "%Y-%m-%d", "%d %b", "%a %d.%m."]))

    def ref(self, kind="conf"):
        r = self.rng
        return {"conf": lambda: f"{r.choice(['RES', 'CNF', 'BK', ''])}{r.randint(100000, 999999)}",
                "folio": lambda: f"F{r.randint(20000, 99999)}/{r.randint(1, 9)}",
                "order": lambda: f"#{r.choice(['DLV', 'ORD', 'TK'])}-{r.randint(1000000, 9999999)}",
                "lic": lambda: f"PL/{r.randint(2019, 2026)}/{r.randint(100, 9999):04d}",
                "fhrs": lambda: str(r.randint(100000, 1999999)),
                "pnr": lambda: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))}[kind]()


# ----------------------------------------------------------------------------------------------- documents
def form(pairs, sep=": "):
    return "\n".join(f"{k}{sep}{v}" for k, v in pairs)


def first_id(c, p, types=None):
    for t, v in p.ids:
        if types is None or t in types:
            return t, v
    return None


def id_line(c, p, types=("NATIONAL_ID", "TAX_ID", "ssn")):
    x = first_id(c, p, types)
    return [(c.lab["idno"], c.v(x[0], x[1]))] if x else []


# ---- guest_registration
def reg_card(c):
    p, r = c.person(), c.rng
    rows = [(c.lab["name"], c.v("person", p.name)), (c.lab["dob"], c.v("DATE_OF_BIRTH", p.dob))]
    rows += id_line(c, p)
    rows += [(c.lab["addr"], c.v("STREET_ADDRESS", p.address)), (c.lab["phone"], c.v("PHONE_NUMBER", p.phone))]
    if r.random() < 0.6:
        rows.append((c.lab["email"], c.v("EMAIL_ADDRESS", p.email)))
    rows += [(c.lab["arr"], c.date()), (c.lab["room"], r.randint(101, 918)), (c.lab["sig"], "✓ (signed at desk)")]
    doc = f"=== {c.venue()} — REG CARD ===\n" + form(rows)
    ins = c.ch(["OCR from the scanner, fix obvious errors and map to PMS fields (guest_name, dob, doc_no, address, phone)",
                c.ins[2], "night audit: check this reg card is complete for the police report, anything missing?"])
    return doc, ins, "You help the front office team of a hotel with admin.", "reg_card"


def guest_register_csv(c):
    r = c.rng
    lines = ["room;guest;dob;doc_no;nationality;arr;dep"]
    for _ in range(r.randint(2, 5)):
        p = c.person()
        x = first_id(c, p, ("NATIONAL_ID", "TAX_ID", "ssn"))
        lines.append(";".join([str(r.randint(101, 640)), c.v("person", p.name), c.v("DATE_OF_BIRTH", p.dob),
                               c.v(x[0], x[1]) if x else "", c.s["region"], c.date(0, 3), c.date(4, 9)]))
    doc = "\n".join(lines)
    ins = c.ch(["convert this export to the fixed-width format the local police portal wants (one guest per line)",
                "dedupe and sort by room, keep all columns", "which rows are missing a doc number?"])
    return doc, ins, "Hotel night auditor assistant.", "guest_register_csv"


def desk_chat(c):
    p = c.person()
    doc = (f"guest at desk now, passport chip won't read. typed it by hand:\n{c.v('person', p.name)} / "
           f"{c.v('DATE_OF_BIRTH', p.dob)} / {c.v('PHONE_NUMBER', p.phone)}\n{c.ph[0]} — walk-in, 2 nts, rack rate")
    return doc, "pls format for the reg card + write the PMS note", None, "desk_chat"


def reg_blank(c):
    v = c.venue()
    rows = [(c.lab[k], "________________") for k in ("name", "dob", "addr", "phone", "email", "idno", "arr", "dep", "sig")]
    doc = f"{v}\n{c.org_address()} · {c.org_phone()} · {c.org_mail(v, 'frontdesk')}\n\n{form(rows)}\n\n" \
          f"Data processed per our privacy notice; cards kept 1 year then shredded."
    return doc, c.ch(["translate the blank form into English, keep the layout", "make this form fit on A5",
                      "add a field for vehicle plate"]), None, "blank_card"


def reg_apidoc(c):
    doc = ('POST /v2/guests  (PMS sandbox)\nExample body:\n{"first_name": "Jane", "last_name": "Doe", "email": "jane.doe@example.com",\n'
           ' "phone": "+1 555 0100", "date_of_birth": "1970-01-01", "document_number": "X0000000", "room": "101"}\n'
           "Returns 201 with guest_id (uuid). Sandbox resets nightly. Rate limit 60 req/min.")
    return doc, c.ch(["write a python function that calls this endpoint with retries", "what does 201 mean here and how do I handle 409?",
                      "turn this into a Postman collection"]), "You are a developer assistant for hotel IT.", "api_doc"


def reg_stats(c):
    r = c.rng
    rows = "\n".join(f"{cc}: {r.randint(20, 900)} arrivals, avg LOS {r.uniform(1.2, 4.8):.1f} nts"
                     for cc in r.sample(["DE", "FR", "GB", "US", "IT", "NL", "CN", "JP", "KR", "IL", "AE", "IN", "BR", "PL", "SE"], 7))
    doc = f"{c.venue()} — arrivals by nationality, Q{r.randint(1, 4)} (tourism board return, no names)\n{rows}"
    return doc, c.ch([c.ins[1], "make a bar chart spec (vega-lite) from this", "which markets grew? draft 2 lines for the owner"]), None, "stats"


# ---- pre_arrival
def pre_email(c):
    p, r = c.person(), c.rng
    rel = c.person()
    body = (f"Hello,\nbooking {c.ref()} for {c.date()} — {c.ph[0]}.\n{c.ph[1]} (me). "
            f"{'Also ' + c.ph[5] + ': my ' + r.choice(['husband', 'wife', 'partner']) + ' ' + c.v('person', rel.given) + ' turns 40 — any chance of a cake?' if r.random() < 0.5 else ''}\n"
            f"Mobile {c.v('PHONE_NUMBER', p.phone)} if anything.\n{c.ph[3]},\n{c.v('person', p.name)}\n{c.v('EMAIL_ADDRESS', p.email)}")
    return body, c.ch(["draft a warm reply confirming late arrival + what we can do for the birthday", c.ins[3], "log the requests as PMS traces"]), \
        "You help the reservations team of a boutique hotel.", "guest_email"


def pre_whatsapp(c):
    p = c.person()
    doc = (f"[18:02] +guest: hi its {c.v('person', p.name)}, we're booked for {c.date()}\n[18:02] +guest: {c.ph[0]}\n"
           f"[18:05] reception: no problem! we need a card to guarantee late arrival\n[18:07] +guest: {c.v('CREDIT_CARD', p.card)} exp 0{c.rng.randint(1, 9)}/2{c.rng.randint(7, 9)}\n"
           f"[18:07] +guest: my number here {c.v('PHONE_NUMBER', p.phone)}")
    return doc, "summarise this whatsapp for the night team + what should we NOT have done here?", None, "whatsapp"


def pre_channel_json(c):
    p, kid, r = c.person(), c.person(), c.rng
    kb = dt.date(2016 + r.randint(0, 8), r.randint(1, 12), r.randint(1, 28)).isoformat()
    d = {"channel": r.choice(["OTA", "GDS", "direct"]), "confirmation": c.ref(), "guest": {"name": c.v("person", p.name),
         "email": c.v("EMAIL_ADDRESS", p.email), "phone": c.v("PHONE_NUMBER", p.phone)},
         "children": [{"name": c.v("person", kid.given), "dob": c.v("DATE_OF_BIRTH", kb)}],
         "requests": [c.ph[0], "cot", c.ph[1]]}
    return json.dumps(d, ensure_ascii=False, indent=1), "is the child under 6 on arrival (free breakfast)? then list the traces", None, "channel_json"


def pre_template(c):
    v = c.venue()
    doc = (f"Subject: Your stay at {v} on {{{{arrival_date}}}}\n\nDear {{{{first_name}}}},\nwe look forward to welcoming you. "
           f"Check-in from 15:00. Questions? {c.org_mail(v, 'reservations')} or {c.org_phone()}.\nParking: {{{{parking_info}}}}\n— Guest Relations")
    return doc, c.ch(["make it sound less corporate, keep the merge tags", c.ins[0], "add a line about the spa, keep {{tags}}"]), None, "merge_template"


def pre_policy(c):
    v = c.venue()
    doc = (f"{v} · {c.org_address()}\nSwitchboard {c.org_phone()} · {c.org_mail(v)}\n"
           f"Late arrival after 23:00: key box, code sent by SMS 2h before. Pets €25/night. City tax collected at check-in.")
    return doc, c.ch([c.ins[1], "rewrite as FAQ", "translate to German and French"]), None, "venue_policy"


def pre_anon(c):
    r = c.rng
    doc = "\n".join(f"Rm {r.randint(101, 820)}: {r.choice([c.ph[0], c.ph[1], 'extra pillows', 'high floor', 'quiet room', 'cot', c.ph[5]])}"
                    for _ in range(r.randint(5, 9)))
    return "Tomorrow's arrivals — traces (names removed):\n" + doc, "group by department (HK, F&B, FO)", None, "anon_traces"


# ---- folio_billing
def folio(c):
    p, r = c.person(), c.rng
    items = "\n".join(f"{c.date(0, 4)}  {r.choice(['Room', 'Breakfast', 'Minibar', 'Spa', 'Room service', 'City tax'])}  {r.randint(4, 260)},{r.randint(0, 99):02d}"
                      for _ in range(r.randint(3, 7)))
    doc = (f"FOLIO {c.ref('folio')}\n{c.v('person', p.name)}\n{c.v('STREET_ADDRESS', p.address)}\n{items}\n"
           f"Paid: {c.v('CREDIT_CARD', p.card)}")
    return doc, c.ch(["guest says minibar was charged twice, check and write the correction note", "reformat as a clean invoice"]), \
        "You help the accounts team of a hotel group.", "folio"


def refund(c):
    p = c.person()
    bank = [x for x in p.ids if x[0] in ("IBAN_CODE", "US_BANK_NUMBER")]
    if bank:
        acct = " / ".join(c.v(t, v) for t, v in bank)
    else:
        acct = c.v("CREDIT_CARD", p.card)
    doc = f"Refund request — deposit for cancelled event\nName: {c.v('person', p.name)}\nAccount: {acct}\nAmount: {c.rng.randint(80, 1900)}.00\nReason: {c.ph[5]}, cancelled >30d"
    return doc, "draft the approval email and the payment instruction for finance", None, "refund"


def invoice_taxid(c):
    p = c.person()
    x = first_id(c, p, ("TAX_ID", "NATIONAL_ID", "ssn"))
    doc = (f"pls reissue invoice {c.ref('folio')} in the guest's own name (not company):\n"
           f"{c.v('person', p.name)}\n{c.v('STREET_ADDRESS', p.address)}\n" + (f"{x[0].replace('_', ' ').lower()}: {c.v(x[0], x[1])}" if x else c.v("EMAIL_ADDRESS", p.email)))
    return doc, c.ins[2], None, "invoice_reissue"


def folio_masked(c):
    r = c.rng
    v = c.venue()
    doc = (f"FOLIO {c.ref('folio')} — corporate account\nBill to: {c.ch(c.w.venues)} Consulting GmbH, registered office {c.org_address()}\n"
           f"VAT reg. DE{r.randint(100000000, 999999999)} (company)\nRoom {r.randint(101, 900)} x{r.randint(1, 5)} nts\nPaid: VISA ****{r.randint(1000, 9999)} (auth {r.randint(100000, 999999)})\n"
           f"Issued by {v}, {c.org_mail(v, 'accounts')}")
    return doc, c.ch(["check VAT is split correctly for room vs breakfast", "reformat as a clean invoice"]), None, "masked_folio"


def pay_testdoc(c):
    doc = ("Payment gateway — sandbox cards\n4111 1111 1111 1111  Visa  approve\n4000 0000 0000 0002  Visa  decline\n"
           "5555 5555 5555 4444  MC  approve\n3782 822463 10005  Amex 3DS challenge\nAny future expiry, CVC 123. Webhook test IP 203.0.113.10.")
    return doc, c.ch(["write pytest cases for approve/decline", "why would the amex one trigger 3DS?"]), "Developer assistant.", "test_cards"


def revenue_report(c):
    r = c.rng
    rows = "\n".join(f"{m}: occ {r.randint(48, 97)}% ADR {r.randint(80, 320)} RevPAR {r.randint(50, 280)}" for m in
                     ["Jan", "Feb", "Mar", "Apr", "May", "Jun"])
    return f"{c.venue()} H1 KPIs\n{rows}", c.ch([c.ins[1], "compute H1 average RevPAR"]), None, "kpi_report"


# ---- incident_lost_property
def incident(c):
    p, r = c.person(), c.rng
    h = first_id(c, p, ("HEALTH_INSURANCE", "NATIONAL_ID", "ssn"))
    doc = (f"DUTY MANAGER LOG {c.date()} 21:40\nGuest {c.v('person', p.name)} (rm {r.randint(101, 700)}, {c.lab['dob']} {c.v('DATE_OF_BIRTH', p.dob)}) "
           f"slipped on wet floor by spa pool, head knock, conscious. Ambulance called 21:44, taken to General.\n"
           f"Hospital ref MRN {c.v('MEDICAL_RECORD', mk_mrn(r))}" + (f"; insurance/health no. {c.v(h[0], h[1])}" if h else "") +
           f"\nWet floor sign was NOT out. Witness: lifeguard on shift. Next of kin tel {c.v('PHONE_NUMBER', c.person().phone)}")
    return doc, c.ch(["write this up as a formal incident report for the insurer", "what follow-up actions + who to notify?"]), \
        "You assist hotel duty managers with reports.", "incident_log"


def lost_found(c):
    r = c.rng
    lines = ["ref | item | room | owner | contact | ship to"]
    for _ in range(r.randint(2, 4)):
        p = c.person()
        lines.append(f"LF{r.randint(1000, 9999)} | {r.choice(['iPad', 'ring', 'teddy bear', 'laptop charger', 'passport wallet'])} | {r.randint(101, 700)} | "
                     f"{c.v('person', p.name)} | {c.v('PHONE_NUMBER', p.phone)} | {c.v('STREET_ADDRESS', p.address)}")
    return "\n".join(lines), "write the courier labels + a short email to each owner (" + c.ph[2] + ")", None, "lost_property"


def wifi_abuse(c):
    p = c.person()
    doc = (f"IT ticket: guest Wi-Fi abuse notice from ISP. Session mapped to {c.v('person', p.name)}, rm {c.rng.randint(101, 700)}, "
           f"public IP {c.v('IP_ADDRESS', mk_ip(c.rng))} at 02:13. Torrent traffic.")
    return doc, "do we have to tell the guest? draft the internal note", None, "wifi_ticket"


def lf_anon(c):
    r = c.rng
    rows = "\n".join(f"LF{r.randint(1000, 9999)} | {r.choice(['umbrella', 'charger', 'scarf', 'glasses', 'book', 'toy dinosaur'])} | rm {r.randint(101, 700)} | {r.choice(['held', 'disposed 90d', 'collected'])}"
                     for _ in range(r.randint(6, 10)))
    return "Lost & found — month end (no owner data)\n" + rows, c.ch([c.ins[1], "count by status"]), None, "lf_anon"


def incident_stats(c):
    r = c.rng
    doc = (f"H&S quarterly: {r.randint(2, 9)} slips (Guest A-D, no names kept), {r.randint(0, 3)} kitchen burns (staff), 1 fire alarm activation (toaster).\n"
           f"Security desk {c.org_phone()} · security@{c.vdomain(c.venue())}. Emergency 112.")
    return doc, c.ch(["turn into a slide with 3 bullets", "which risk should we fix first?"]), None, "hs_stats"


def security_policy(c):
    v = c.venue()
    doc = (f"{v} CCTV policy: footage kept 30 days; requests to {c.org_mail(v, 'dpo')}; duty manager line {c.org_phone()}.\n"
           f"Like {c.ch(c.w.fiction)} would say: never give a room number to a caller.")
    return doc, c.ch([c.ins[0], "shorten to a staff poster"]), None, "cctv_policy"


# ---- table_reservation
def res_export(c):
    r = c.rng
    lines = ["time,pax,name,phone,notes"]
    for _ in range(r.randint(3, 6)):
        p = c.person()
        lines.append(f"{r.choice(['18:30', '19:00', '19:45', '20:15', '21:00'])},{r.randint(2, 8)},{c.v('person', p.name)},{c.v('PHONE_NUMBER', p.phone)},"
                     f"{r.choice([c.ph[1], 'window', 'VIP regular', 'high chair', c.ph[5], ''])}")
    return "\n".join(lines), c.ch(["make tonight's host sheet, allergies in CAPS", "which tables to combine for the 8-tops?"]), \
        "You help a restaurant floor manager.", "res_export"


def res_email(c):
    p = c.person()
    doc = (f"Hi, {c.ph[4]} on {c.date()}. {c.ph[5]} — {c.v('person', p.given)}'s, born {c.v('DATE_OF_BIRTH', p.dob)} (yes we're that old!). "
           f"{c.ph[1]} for one of us. Reach me at {c.v('PHONE_NUMBER', p.phone)}\n{c.v('person', p.name)}")
    return doc, c.ins[3], None, "res_email"


def host_chat(c):
    p = c.person()
    doc = f"regular {c.v('person', p.name)} coming at 8, usual table 12, {c.ph[1]}. if late ring {c.v('PHONE_NUMBER', p.phone)}. dont seat near the kitchen door"
    return doc, "write the note for the floor team", None, "host_chat"


def allergen_matrix(c):
    r = c.rng
    dishes = r.sample(c.w.eponyms, min(5, len(c.w.eponyms)))
    doc = "dish | gluten | milk | egg | nuts | sulphites\n" + "\n".join(
        f"{d} | {' | '.join(r.choice(['Y', '-']) for _ in range(5))}" for d in dishes)
    return doc, c.ch(["check this: Beef Wellington surely has gluten + egg?", "make the allergen sheet for the pass"]), None, "allergen_matrix"


def widget_config(c):
    v = c.venue()
    doc = json.dumps({"venue": v, "slots": ["18:00", "18:30", "20:30"], "max_pax": 8, "contact": c.org_mail(v, "reservations"),
                      "phone": c.org_phone(), "test_booking": {"name": "Test Guest", "email": "test@example.com", "phone": "+44 20 7946 0000"}},
                     ensure_ascii=False, indent=1)
    return doc, c.ch(["add a 21:00 slot on Fri/Sat only", "validate this JSON"]), "Developer assistant.", "widget_config"


def covers_plan(c):
    r = c.rng
    rows = "\n".join(f"T{t}: {r.randint(2, 8)} pax {r.choice(['18:00', '19:30', '21:00'])}" for t in r.sample(range(1, 30), 9))
    return f"Sat covers plan ({c.venue()})\n{rows}", c.ch(["how many covers per seating?", "suggest a turn plan"]), None, "covers_plan"


# ---- staff_rota_tips
def rota(c):
    r = c.rng
    lines = ["name | role | Mon | Tue | Wed | Thu | Fri | mobile"]
    for _ in range(r.randint(3, 6)):
        p = c.person()
        lines.append(f"{c.v('person', p.name)} | {r.choice(['CDP', 'commis', 'KP', 'waiter', 'bartender', 'host'])} | "
                     + " | ".join(r.choice(["AM", "PM", "OFF", "split"]) for _ in range(5)) + f" | {c.v('PHONE_NUMBER', p.phone)}")
    return "\n".join(lines), c.ch(["who breaks the 11h rest rule? fix it", "send each person their shifts as a text"]), \
        "You help a restaurant GM with staffing.", "rota"


def tip_pool(c):
    r = c.rng
    lines = ["tronc week 23: total 2,480.00 — points"]
    for _ in range(r.randint(3, 5)):
        p = c.person()
        bank = next(((t, v) for t, v in p.ids if t in ("IBAN_CODE", "US_BANK_NUMBER")), None)
        lines.append(f"{c.v('person', p.name)}  {r.choice([1, 1.5, 2, 2.5])} pts  " + (c.v(bank[0], bank[1]) if bank else c.v("PHONE_NUMBER", p.phone) + " (pay by app)"))
    return "\n".join(lines), "compute each share and make the bank upload CSV", None, "tip_pool"


def new_starter(c):
    p, r = c.person(), c.rng
    ec = c.person()
    rows = [(c.lab["name"], c.v("person", p.name)), (c.lab["dob"], c.v("DATE_OF_BIRTH", p.dob)), (c.lab["addr"], c.v("STREET_ADDRESS", p.address))]
    rows += [(t.replace("_", " "), c.v(t, v)) for t, v in p.ids if t != "US_BANK_NUMBER" or r.random() < 0.9]
    rows.append(("emergency contact", f"{r.choice(['mum', 'brother', 'partner'])} {c.v('person', ec.given)} {c.v('PHONE_NUMBER', ec.phone)}"))
    return "NEW STARTER — commis chef\n" + form(rows), "check nothing's missing for payroll and write the welcome email", None, "new_starter"


def rota_roles(c):
    r = c.rng
    rows = "\n".join(f"{role} | " + " | ".join(r.choice(["AM", "PM", "OFF"]) for _ in range(7)) for role in
                     ["Sous", "CDP grill", "CDP pastry", "Commis 1", "Commis 2", "KP 1", "FOH lead", "Runner"])
    return "Rota template (roles only)\nrole | M | T | W | T | F | S | S\n" + rows, c.ch(["does every day have cover for grill?", "count hours per role at 8h"]), None, "rota_roles"


def tronc_policy(c):
    doc = ("Tronc policy v3: 100% of card tips to the pool; troncmaster = independent; points: GM 0, AM 1.5, waiter 1, runner 0.75, "
           f"KP 0.75, chef 1. Queries: tronc@{c.vdomain(c.venue())}. Example: 2,000 pool / 40 pts = 50/pt.")
    return doc, c.ch(["is this compliant with the Employment (Allocation of Tips) Act?", c.ins[1]]), None, "tronc_policy"


def hr_summary(c):
    doc = f"Holiday accrual for zero-hours staff: 12.07% of hours worked. HR helpdesk {c.org_phone()}, hr@{c.vdomain(c.venue())}."
    return doc, c.ch(["worked example for 26 hours/week", c.ins[0]]), None, "hr_policy"


# ---- review_reply
def complaint(c):
    p = c.person()
    doc = (f"Subject: complaint — booking {c.ref()}\nWe found hair in the bed and the AC was broken. {c.ph[3]}? No. "
           f"I want a call back: {c.v('PHONE_NUMBER', p.phone)}.\n{c.v('person', p.name)}, {c.v('EMAIL_ADDRESS', p.email)}")
    return doc, c.ch(["draft an apology with a goodwill gesture", c.ins[3]]), "You help a hotel guest relations manager.", "complaint_email"


def bad_reply(c):
    p = c.person()
    doc = (f"Draft public reply to 2★ review:\n'Dear {c.v('person', p.name)}, we checked room {c.rng.randint(101, 700)} and our records show you "
           f"arrived at 2am and called reception from {c.v('PHONE_NUMBER', p.phone)} three times...'")
    return doc, "is this reply ok to post publicly? rewrite it", None, "public_reply_draft"


def review_incidental(c):
    p = c.person()
    doc = (f"Review (TripAdvisor-style): 'Lovely stay, but the guest next door — a woman called {c.v('person', p.name)}, she introduced herself — "
           f"partied till 3am.' Please reply.")
    return doc, c.ins[3], None, "review_names_third_party"


def reply_public(c):
    doc = (f"Review by 'Verified guest, couple': 'The {c.ch(c.w.eponyms)} was superb, service slow, it felt like {c.ch(c.w.fiction)} was on reception.'\n"
           f"Response signed: The Management, {c.venue()}")
    return doc, c.ch(["polish our response, friendly but short", "classify sentiment per aspect"]), None, "review_public"


def press_chef(c):
    chef, v = c.public_name(), c.venue()
    doc = (f"Press: chef-patron {chef} of {v} retains two stars in the {c.ch(c.w.guides)} Guide 2026; "
           f"\"Our kitchen is about the market,\" {chef} told the awards ceremony. Bookings via {c.org_mail(v, 'reservations')}.")
    return doc, c.ch([c.ins[0], "write a 2-line social post for our page", "summarise for the newsletter"]), None, "chef_press"


def award_list(c):
    r = c.rng
    rows = "\n".join(f"{i}. {c.venue()} — chef {c.public_name()} ({r.choice(['new entry', 'up 3', 'down 1', 'Best Newcomer'])})" for i in range(1, 7))
    return f"{c.ch(c.w.guides)} 50 Best (published list)\n{rows}", c.ch(["which are new entries?", c.ins[0]]), None, "award_list"


# ---- banqueting_event
def wedding_beo(c):
    a, b, r = c.person(), c.person(), c.rng
    diet = "\n".join(f"- {c.v('person', c.person().name)}: {r.choice(['coeliac', 'vegan', c.ph[1], 'halal', 'no shellfish'])}" for _ in range(r.randint(2, 4)))
    doc = (f"BEO #{r.randint(1000, 9999)} — WEDDING {c.date(30, 200)}\nCouple: {c.v('person', a.name)} & {c.v('person', b.name)}\n"
           f"Contact on the day: {c.v('PHONE_NUMBER', a.phone)} / {c.v('EMAIL_ADDRESS', b.email)}\n{r.randint(60, 180)} pax, 3 courses, "
           f"{c.ch(c.w.eponyms)} as main\nDietary:\n{diet}")
    return doc, c.ch(["turn into kitchen + FOH function sheets", "cost this at 68/head + 20% service"]), "You assist a banqueting office.", "wedding_beo"


def seating(c):
    r = c.rng
    tables = []
    for t in range(1, r.randint(3, 5)):
        tables.append(f"Table {t}: " + ", ".join(c.v("person", c.person().name) for _ in range(r.randint(3, 5))))
    return "Seating plan\n" + "\n".join(tables), "make place cards + flag anyone split from their +1", None, "seating_plan"


def delegates(c):
    r = c.rng
    lines = ["name,email,mobile,dietary"]
    for _ in range(r.randint(3, 5)):
        p = c.person()
        lines.append(f"{c.v('person', p.name)},{c.v('EMAIL_ADDRESS', p.email)},{c.v('PHONE_NUMBER', p.phone)},{r.choice(['none', 'veg', 'GF', 'kosher'])}")
    return "\n".join(lines), c.ch(["badge list + dietary summary", c.ins[2]]), None, "delegate_list"


def beo_template(c):
    doc = ("BEO TEMPLATE\nEvent: [EVENT NAME]\nHost: [CLIENT NAME] — [PHONE]\nPax: [n]\nMenu: [STARTER]/[MAIN]/[DESSERT]\nDietary: [LIST]\n"
           "Timings: arrival [HH:MM], speeches [HH:MM]")
    return doc, c.ch(["add AV and room setup sections", c.ins[0]]), None, "beo_template"


def conf_beo(c):
    v, r = c.venue(), c.rng
    doc = (f"Conference BEO — {c.ch(c.w.venues)} Pharma annual kickoff, {r.randint(80, 400)} pax\nOrganiser: events team, events@{c.vdomain(c.ch(c.w.venues))}, "
           f"switchboard {c.org_phone()}\nVenue: {v}\nCoffee x2, lunch buffet, {r.randint(5, 30)} veg / {r.randint(1, 8)} GF (counts only)")
    return doc, c.ch(["build the timeline", "cost the F&B"]), None, "conference_beo"


def diet_counts(c):
    r = c.rng
    doc = f"Gala dinner dietary summary: {r.randint(200, 500)} pax; veg {r.randint(10, 60)}, vegan {r.randint(5, 30)}, coeliac {r.randint(1, 9)}, nut allergy {r.randint(1, 6)}. Tables named after grape varieties."
    return doc, c.ch(["how many of each main to order with 5% buffer?", c.ins[1]]), None, "diet_counts"


# ---- delivery_order
def order_json(c):
    p = c.person()
    d = {"order": c.ref("order"), "items": [{"sku": "M12", "qty": 2}, {"sku": "D03", "qty": 1}],
         "customer": {"name": c.v("person", p.name), "phone": c.v("PHONE_NUMBER", p.phone), "address": c.v("STREET_ADDRESS", p.address)},
         "notes": "ring twice, dog", "payment": {"card": c.v("CREDIT_CARD", p.card)}}
    return json.dumps(d, ensure_ascii=False), c.ch(["why did this fail validation?", "make the kitchen ticket"]), None, "order_json"


def courier_chat(c):
    p = c.person()
    doc = (f"courier: outside {c.v('STREET_ADDRESS', p.address)}, nobody answering\nsupport: calling customer {c.v('PHONE_NUMBER', p.phone)} now\n"
           f"courier: leave with neighbour?")
    return doc, "what's the policy answer + write the message to the customer", None, "courier_chat"


def phone_order(c):
    p = c.person()
    doc = f"phone order 19:12 — {c.v('person', p.given)} (says she's the landlady's daughter) collecting 2x pad thai, 1 spring rolls, cb {c.v('PHONE_NUMBER', p.phone)}"
    return doc, "make the ticket", None, "takeaway_note"


def menu_json(c):
    r = c.rng
    d = {"menu": [{"name": e, "price": round(r.uniform(6, 32), 2)} for e in r.sample(c.w.eponyms, min(4, len(c.w.eponyms)))],
         "restaurant": c.venue(), "support": c.org_phone()}
    return json.dumps(d, ensure_ascii=False), c.ch(["add allergen fields", c.ins[0]]), None, "menu_json"


def order_redacted(c):
    doc = f"Order {c.ref('order')} — customer [REDACTED], zone {c.rng.randint(1, 12)}, ETA 35m, tracking {c.ref('pnr')}, refund 4.50 issued."
    return doc, c.ch(["write the status update", c.ins[1]]), None, "order_redacted"


def delivery_apidoc(c):
    doc = ('Webhook example: {"order_id": "ORD-0000", "customer": {"name": "John Doe", "phone": "+1-202-555-0143", "email": "john@example.org"}, '
           '"ip": "198.51.100.23"}  — values are documentation samples.')
    return doc, c.ch(["write the pydantic model", "what if phone is missing?"]), "Developer assistant.", "webhook_doc"


# ---- hygiene_licensing
def licence_app(c):
    p = c.person()
    rows = [("Designated premises supervisor", c.v("person", p.name)), (c.lab["dob"], c.v("DATE_OF_BIRTH", p.dob)),
            (c.lab["addr"], c.v("STREET_ADDRESS", p.address))] + id_line(c, p) + [(c.lab["phone"], c.v("PHONE_NUMBER", p.phone))]
    doc = f"Premises licence variation — {c.venue()}\n" + form(rows)
    return doc, c.ch(["check the form is complete before we submit", c.ins[2]]), "You help a bar operator with licensing paperwork.", "licence_application"


def handler_register(c):
    r = c.rng
    lines = ["name | dob | Level 2 cert no. | expiry"]
    for _ in range(r.randint(3, 5)):
        p = c.person()
        lines.append(f"{c.v('person', p.name)} | {c.v('DATE_OF_BIRTH', p.dob)} | FH{r.randint(100000, 999999)} | {c.date(100, 700)}")
    return "\n".join(lines), "who needs refresher training before the inspection?", None, "food_handler_register"


def sick_staff(c):
    p = c.person()
    doc = f"inspection prep: {c.v('person', p.name)} (commis) sent home Tue with vomiting, back Fri?? 48h rule. EHO visiting Thu."
    return doc, "what do we tell the EHO + write the exclusion record", None, "exclusion_note"


def inspection_pub(c):
    v = c.venue()
    doc = (f"Published inspection: {v}, {c.org_address()}. Establishment ID {c.ref('fhrs')}. Rating 4/5. Hygiene good; structure "
           f"improvement needed; management confidence good. Business contact {c.org_phone()}.")
    return doc, c.ch([c.ins[1], "what should they fix to get a 5?"]), None, "inspection_public"


def haccp_log(c):
    r = c.rng
    rows = "\n".join(f"{h:02d}:00 walk-in {r.uniform(1, 6):.1f}°C / freezer {r.uniform(-22, -15):.1f}°C / hot hold {r.randint(58, 75)}°C" for h in range(7, 23, 2))
    return "HACCP log\n" + rows, c.ch(["flag anything out of range", c.ins[1]]), None, "haccp_log"


def licence_register(c):
    rows = "\n".join(f"{c.ref('lic')} — {c.venue()} — on/off sales, until 01:00" for _ in range(5))
    return "Public licensing register extract (premises only)\n" + rows, c.ch(["which allow off-sales?", c.ins[0]]), None, "licence_register"


KINDS = {
    "guest_registration": ([reg_card, guest_register_csv, desk_chat], [reg_blank, reg_apidoc, reg_stats]),
    "pre_arrival": ([pre_email, pre_whatsapp, pre_channel_json], [pre_template, pre_policy, pre_anon]),
    "folio_billing": ([folio, refund, invoice_taxid], [folio_masked, pay_testdoc, revenue_report]),
    "incident_lost_property": ([incident, lost_found, wifi_abuse], [lf_anon, incident_stats, security_policy]),
    "table_reservation": ([res_export, res_email, host_chat], [allergen_matrix, widget_config, covers_plan]),
    "staff_rota_tips": ([rota, tip_pool, new_starter], [rota_roles, tronc_policy, hr_summary]),
    "review_reply": ([complaint, bad_reply, review_incidental], [reply_public, press_chef, award_list]),
    "banqueting_event": ([wedding_beo, seating, delegates], [beo_template, conf_beo, diet_counts]),
    "delivery_order": ([order_json, courier_chat, phone_order], [menu_json, order_redacted, delivery_apidoc]),
    "hygiene_licensing": ([licence_app, handler_register, sick_staff], [inspection_pub, haccp_log, licence_register]),
}


def incidental(c, benign_fn):
    doc, ins, sys_, style = benign_fn(c)
    p, r = c.person(), c.rng
    k = r.randrange(3)
    if k == 0:
        line = f"(ps — my {r.choice(['wife', 'husband', 'daughter', 'son', 'mum', 'flatmate', 'sous chef'])} {c.v('person', p.given)} will handle it if I'm off)"
    elif k == 1:
        line = f"if anything comes up call me on {c.v('PHONE_NUMBER', p.phone)}"
    else:
        line = f"{c.lab['dob']}: {c.v('DATE_OF_BIRTH', p.dob)} (for the birthday voucher)"
    filler = "\n".join(f"- {x}" for x in r.sample(["checked", "ok", "to do Monday", "see attached", "FYI only", "no action"], 3))
    return f"{doc}\n\n{filler}\n{line}", ins, sys_, style + "+incidental_" + ["relation_name", "phone", "dob"][k]


# ----------------------------------------------------------------------------------------------- placement
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "content_parts", "file_part", "tool_call_args",
              "tool_schema", "response_format", "user_field", "user", "content_parts"]


def place(kind_i, doc, ins, sys_, c, model, how):
    r = c.rng
    sysm = [{"role": "system", "content": sys_}] if sys_ else []
    if how == "completions":
        return {"model": model, "prompt": f"{ins}\n\n{doc}\n\n###\n", "max_tokens": 400}
    b = {"model": model}
    if how == "user":
        b["messages"] = sysm + [{"role": "user", "content": f"{ins}\n\n{doc}"}]
    elif how == "system":
        b["messages"] = [{"role": "system", "content": (sys_ or "Hospitality assistant.") + "\n\nCONTEXT:\n" + doc},
                         {"role": "user", "content": ins}]
    elif how == "assistant_echo":
        b["messages"] = sysm + [{"role": "user", "content": "pasting it now"},
                                {"role": "assistant", "content": "Got it, here's what I received:\n" + doc},
                                {"role": "user", "content": ins}]
    elif how == "tool_result":
        b["messages"] = sysm + [{"role": "user", "content": ins},
                                {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                                 "function": {"name": "pms_lookup", "arguments": json.dumps({"query": "latest"})}}]},
                                {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif how == "content_parts":
        b["messages"] = sysm + [{"role": "user", "content": [{"type": "text", "text": ins}, {"type": "text", "text": doc}]}]
    elif how == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        b["messages"] = sysm + [{"role": "user", "content": [{"type": "text", "text": ins}, {"type": "file", "file": {
            "filename": r.choice(["export.txt", "beo.txt", "log.csv", "scan_ocr.txt"]), "file_data": "data:text/plain;base64," + data}}]}]
    elif how == "tool_call_args":
        b["messages"] = sysm + [{"role": "user", "content": ins},
                                {"role": "assistant", "content": None, "tool_calls": [{"id": "call_9", "type": "function",
                                 "function": {"name": "save_note", "arguments": json.dumps({"note": doc, "dept": "FO"}, ensure_ascii=False)}}]},
                                {"role": "tool", "tool_call_id": "call_9", "content": "saved"},
                                {"role": "user", "content": "now do what I asked"}]
    elif how == "tool_schema":
        b["messages"] = sysm + [{"role": "user", "content": ins}]
        b["tools"] = [{"type": "function", "function": {"name": "file_record", "description": "Files the record below.\n" + doc,
                                                        "parameters": {"type": "object", "properties": {"summary": {"type": "string"}}}}}]
    elif how == "response_format":
        b["messages"] = sysm + [{"role": "user", "content": ins}]
        b["response_format"] = {"type": "json_schema", "json_schema": {"name": "extract", "schema": {
            "type": "object", "description": "Source document:\n" + doc, "properties": {"fields": {"type": "object"}}}}}
    elif how == "user_field":
        b["messages"] = sysm + [{"role": "user", "content": f"{ins}\n\n{doc}"}]
        b["user"] = "fo-desk-" + str(r.randint(1, 40))
    return b


def entities_of(body, issued):
    s = json.dumps(body, ensure_ascii=False)
    hay = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r"data:text/plain;base64,([A-Za-z0-9+/=]+)", s):
        hay.append(base64.b64decode(m.group(1)).decode("utf-8"))
    # tool-call arguments are JSON inside JSON: decode one level as well
    for m in body.get("messages", []) or []:
        for tc in m.get("tool_calls") or []:
            hay.append(tc["function"]["arguments"])
            try:
                hay.append(json.dumps(json.loads(tc["function"]["arguments"]), ensure_ascii=False))
            except ValueError:
                pass
    text = "\n".join(hay)
    seen, out = set(), []
    for t, v in issued:
        if (t, v) not in seen and v and v in text:
            seen.add((t, v))
            out.append({"type": t, "value": v})
    return out


# ----------------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = {
    "en": ["translate 'the kitchen closes at 10pm' into Spanish", "how many tablespoons in 100 ml?",
           "write a sign: pool closed for cleaning until 3pm", "latte vs flat white, one line", "spell check: 'complimentary brekfast is servd 7-10'",
           "what does 86 mean in a kitchen?", "give me 5 names for a brunch cocktail", "what's a BEO?"],
    "de": ["Wie sagt man 'Zimmer ist fertig' auf Englisch?", "Schreib ein Schild: Küche heute ab 21 Uhr geschlossen", "Was heißt 'mise en place'?"],
    "fr": ["Comment dit-on 'addition' en anglais au restaurant ?", "Écris une affiche : petit-déjeuner de 7h à 10h", "c'est quoi un couvert ?"],
    "es": ["¿Cómo se dice 'camarera de pisos' en inglés?", "Escribe un cartel: terraza cerrada por lluvia"],
    "it": ["Come si dice 'coperto' in inglese?", "Scrivi un cartello: ascensore fuori servizio"],
    "ja": ["「チェックアウトは11時です」を英語にして", "おしぼりって英語で何？"],
    "zh": ["“退房时间是中午12点”用英语怎么说？", "写一个告示：泳池今天关闭"],
    "tr": ["'Kahvaltı dahil' İngilizce nasıl denir?"], "ar": ["كيف أقول 'الغرفة جاهزة' بالإنجليزية؟"],
    "pt": ["Como se diz 'gorjeta' em inglês?"], "ko": ["'체크인은 오후 3시부터입니다'를 영어로"],
}
SHORT_HARD = {
    "en": ["120-room hotel, no-show rate 8% (binomial), walk cost €180, marginal room value €95. Derive the optimal overbooking level and show the critical-fractile argument.",
           "Menu engineering: 6 dishes with given popularity and contribution margins — explain why the Kasavana-Smith matrix can mislead when covers shift between dayparts, and propose a better metric with a formula.",
           "Design an integer programming model for a restaurant rota: 14 staff, 11h rest rule, max 48h avg over 17 weeks, skill coverage per shift. Give variables, constraints, objective.",
           "A cooked rice batch cooled from 63°C to 8°C took 3h10m in a 20 L gastro. Is it compliant with the 2-stage cooling rule, and what is the B. cereus risk reasoning? Propose a validated process.",
           "Derive break-even ADR for a 60-key hotel: fixed costs 1.9M/yr, variable cost per occupied room 31, target occupancy 72%, 8% OTA commission on 55% of rooms. Then sensitivity to occupancy ±5pp.",
           "Tip pooling: compare US FLSA tip-credit rules, UK Allocation of Tips Act 2023 and German law on Trinkgeld taxation for a group operating in all three; where do the rules conflict?"],
    "de": ["Leite die optimale Überbuchungsrate für ein 80-Zimmer-Hotel her (No-show 6 %, Walk-Kosten 150 €, Zimmerwert 110 €) und erkläre das Newsvendor-Argument.",
           "Entwirf ein HACCP-Konzept für Sous-vide-Garen von Schweinebauch (68 °C, 24 h) inkl. kritischer Grenzwerte und Verifizierung."],
    "fr": ["Modélise la tarification dynamique d'un hôtel de 90 chambres avec élasticité-prix −1,4 en semaine et −0,6 le week-end ; dérive le prix optimal.",
           "Explique pourquoi un ratio coût matière de 28 % peut cacher une perte et propose une analyse par marge sur coût variable."],
    "es": ["Diseña un modelo de pronóstico de cubiertos con estacionalidad semanal y efecto de eventos; justifica la elección frente a ARIMA."],
    "it": ["Ricava il prezzo di break-even per un banchetto di 220 coperti con costi fissi di sala e costo variabile per piatto; analizza la sensibilità al no-show."],
    "ja": ["客室120室、ノーショー率7%の二項分布でオーバーブッキング最適数を導出し、ウォークコストとの関係を説明して。"],
    "zh": ["为一家有150间客房的酒店设计收益管理的投标价格(bid price)控制模型，并推导其线性规划对偶。"],
    "pt": ["Compare a tributação de gorjetas no Brasil (Lei 13.419) com a Espanha e proponha um rateio justo por pontos com fórmula."],
    "tr": ["60 odalı otel için sabit ve değişken maliyetlerle başabaş ADR hesabını türet ve doluluk duyarlılığını analiz et."],
}
LONG_EASY_ASKS = {
    "en": ["sort this alphabetically and remove duplicates", "convert to a markdown table", "count how many lines mention gluten",
           "fix capitalisation only, change nothing else"],
    "de": ["alphabetisch sortieren und Duplikate entfernen", "als Markdown-Tabelle ausgeben"],
    "fr": ["trie par ordre alphabétique et supprime les doublons", "mets en tableau markdown"],
    "es": ["ordénalo alfabéticamente y quita duplicados"], "it": ["ordina alfabeticamente e togli i doppioni"],
    "ja": ["五十音順に並べて重複を削除して"], "zh": ["按字母排序并去重"], "pt": ["coloque em ordem alfabética e tire duplicados"],
}
LONG_HARD_ASKS = {
    "en": ["Diagnose why GOP fell despite higher occupancy, quantify each driver, and build a 6-month forecast with assumptions.",
           "These banqueting contract clauses conflict on cancellation, attrition and force majeure. Work out which prevails, the client's exposure for a 40% attrition, and redraft.",
           "From these temperature and delivery logs, reconstruct the most likely cause of the norovirus/Campylobacter cluster, with reasoning about incubation periods, and list corrective actions.",
           "Solve this seating plan under all the constraints, explain conflicts that cannot be satisfied, and propose the minimal relaxation."],
    "de": ["Analysiere, warum das GOP trotz höherer Auslastung gesunken ist, quantifiziere die Treiber und erstelle eine Prognose."],
    "fr": ["Analyse les clauses contradictoires (annulation, attrition, force majeure), détermine laquelle prévaut et chiffre l'exposition du client."],
    "es": ["Reconstruye la causa más probable del brote a partir de estos registros, razonando los periodos de incubación."],
    "ja": ["これらのデータからGOP低下の要因を定量化し、6か月の予測を作成して。"],
    "zh": ["根据这些温度和进货记录推断食物中毒最可能的原因，并说明潜伏期推理。"],
}


def long_block(r, kind, n_min=1500):
    out = []
    while len("\n".join(out)) < n_min:
        i = len(out) + 1
        if kind == "menu":
            out.append(f"{i}. {r.choice(['tomato soup', 'burrata', 'lamb shoulder', 'gnocchi', 'tarte tatin', 'sea bass', 'fries', 'club sandwich'])} — "
                       f"{r.choice(['contains gluten', 'GF', 'vegan', 'contains milk', 'contains nuts'])} — {r.randint(6, 34)}.{r.choice(['00', '50', '95'])}")
        elif kind == "stock":
            out.append(f"{r.choice(['flour 25kg', 'butter 1kg', 'cream 1L', 'eggs tray', 'napkins', 'tealights', 'prosecco', 'lemons'])}; qty {r.randint(1, 90)}; "
                       f"{r.choice(['dry store', 'walk-in', 'bar', 'cellar'])}; {r.choice(['ok', 'reorder', 'check'])}")
        elif kind == "pnl":
            out.append(f"{r.choice(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'])} | occ {r.randint(55, 95)}% | ADR {r.randint(90, 260)} | rooms rev {r.randint(300, 900)}k | "
                       f"F&B {r.randint(100, 400)}k | payroll {r.randint(200, 500)}k | energy {r.randint(20, 90)}k | OTA comm {r.randint(20, 120)}k | GOP {r.randint(-40, 300)}k")
        elif kind == "contract":
            out.append(f"{i}.{r.randint(1, 5)} " + r.choice([
                "If the Client cancels within 60 days of the Event, 75% of the estimated charges are due.",
                "Attrition of up to 10% of guaranteed numbers is permitted without charge if notified 14 days prior.",
                "Neither party is liable for failure caused by force majeure, including epidemic and government restriction.",
                "Final numbers are the guarantee; charges apply to the higher of guaranteed or actual.",
                "Notwithstanding clause 4, deposits are non-refundable in all circumstances."]))
        elif kind == "temps":
            out.append(f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {r.randint(6, 23):02d}:{r.choice(['00', '30'])} "
                       f"{r.choice(['chicken delivery 7.9C', 'walk-in 4.1C', 'walk-in 9.4C', 'hot hold 57C', 'rice cooled 3h', 'oysters rec 5C', 'KP ill reported'])}")
        else:  # seating
            out.append(f"Guest{i} ({r.choice(['bride side', 'groom side', 'work'])}) must {r.choice(['sit with', 'not sit with', 'be near'])} Guest{r.randint(1, 60)}; "
                       f"{r.choice(['wheelchair', 'near exit', 'kids table', 'none'])}")
    return "\n".join(out)


def complexity(rng, n_each=(48, 48, 48, 46)):
    recs = []
    cats = ["short_simple", "long_easy", "short_hard", "long_hard"]
    for ci, cat in enumerate(cats):
        for j in range(n_each[ci]):
            if cat == "short_simple":
                lang = rng.choice(sorted(SHORT_SIMPLE))
                text, style = rng.choice(SHORT_SIMPLE[lang]), "front_desk/quick"
            elif cat == "short_hard":
                lang = rng.choice(sorted(SHORT_HARD))
                text, style = rng.choice(SHORT_HARD[lang]), "revenue_ops/analysis"
            elif cat == "long_easy":
                lang = rng.choice(sorted(LONG_EASY_ASKS))
                kind = rng.choice(["menu", "stock", "seating", "temps"])
                text = long_block(rng, kind) + "\n\n" + rng.choice(LONG_EASY_ASKS[lang])
                style = f"pasted_{kind}/reformat"
            else:
                lang = rng.choice(sorted(LONG_HARD_ASKS))
                kind = rng.choice(["pnl", "contract", "temps", "seating"])
                text = rng.choice(LONG_HARD_ASKS[lang]) + "\n\n" + long_block(rng, kind, rng.choice([900, 1500, 2500]))
                style = f"pasted_{kind}/analysis"
            label = int(cat in ("short_hard", "long_hard"))
            if cat == "long_easy":
                assert len(text) >= 1500
            endpoint = "completions" if rng.random() < 0.08 else "chat"
            model = rng.choice(["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto"])
            if endpoint == "completions":
                body = {"model": model, "prompt": text, "max_tokens": 600}
            else:
                msgs = [{"role": "user", "content": text}]
                if rng.random() < 0.4:
                    msgs.insert(0, {"role": "system", "content": rng.choice(["You assist hotel and restaurant managers.",
                                                                              "You are a hospitality operations analyst.", "Be concise."])})
                body = {"model": model, "messages": msgs}
            recs.append(dict(category=cat, label=label, length_adversarial=cat in ("short_hard", "long_easy"),
                             endpoint=endpoint, lang=lang, style=style, body=body))
    rng.shuffle(recs)
    for i, x in enumerate(recs, 1):
        x_id = {"id": f"{SPLIT}-cx-{i:04d}"}
        x_id.update(x)
        recs[i - 1] = x_id
    return recs


# ----------------------------------------------------------------------------------------------- main
def pii(rng, world, per_kind=50, n_sens=29):
    tags = sorted(L)
    recs = []
    k = 0
    for kind, (sens, ben) in KINDS.items():
        for j in range(per_kind):
            tag = tags[(k * 7 + j * 3 + rng.randrange(3)) % len(tags)]
            c = Ctx(world, tag, rng)
            sensitive = j < n_sens
            if sensitive and (j % 8 == 5 or (j == 2 and k % 2 == 0)):
                doc, ins, sys_, style = incidental(c, ben[j % len(ben)])
            elif sensitive:
                doc, ins, sys_, style = sens[j % len(sens)](c)
            else:
                doc, ins, sys_, style = ben[j % len(ben)](c)
                assert not c.issued
            how = "completions" if rng.random() < 0.1 else PLACEMENTS[(j + k) % len(PLACEMENTS)]
            body = place(k, doc, ins, sys_, c, rng.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1"]), how)
            ents = entities_of(body, c.issued)
            assert bool(ents) == sensitive, (kind, style, how, c.issued)
            recs.append(dict(category=kind if sensitive else kind + "_benign", sensitive=sensitive, entities=ents,
                             endpoint="completions" if how == "completions" else "chat", lang=tag,
                             style=f"{style} · {how}", body=body))
        k += 1
    rng.shuffle(recs)
    return [dict({"id": f"{SPLIT}-pii-{i:04d}"}, **x) for i, x in enumerate(recs, 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=66066)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    global FROZEN
    FROZEN = frozen_words()
    rng = random.Random(a.seed)
    world = World(random.Random(a.seed * 7 + 1))
    p = pii(rng, world)
    cx = complexity(random.Random(a.seed * 13 + 5))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii", p), ("complexity", cx)):
        with open(out / f"{name}_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
            for x in recs:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
    sens = sum(x["sensitive"] for x in p)
    inc = sum("incidental" in x["style"] for x in p)
    et = collections.Counter(e["type"] for x in p for e in x["entities"])
    print(f"pii_{SPLIT}.jsonl: {len(p)} requests ({sum(x['endpoint'] == 'chat' for x in p)} chat, "
          f"{sum(x['endpoint'] == 'completions' for x in p)} completions) in {len(set(x['lang'] for x in p))} locales; "
          f"{sens} sensitive / {len(p) - sens} benign; {inc} incidental; {len(KINDS)} kinds")
    print("  categories:", dict(sorted(collections.Counter(x["category"] for x in p).items())))
    print("  entity types:", dict(sorted(et.items())))
    cc = collections.Counter(x["category"] for x in cx)
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} requests in {len(set(x['lang'] for x in cx))} languages: {dict(sorted(cc.items()))}; "
          f"{sum(x['length_adversarial'] for x in cx)} length-adversarial, {sum(x['label'] for x in cx)} labelled 1")
    print("freeze:", {k: v for k, v in sorted(FREEZE_LOG.items()) if v}.__len__(), "pool adjustments;",
          sum(v for k, v in FREEZE_LOG.items() if k.endswith("dropped")), "entries dropped,",
          sum(v for k, v in FREEZE_LOG.items() if k.endswith("refilled")), "refilled")


if __name__ == "__main__":
    main()
