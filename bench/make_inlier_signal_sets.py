#!/usr/bin/env python3
"""Inlier: a blind evaluation split for the request signals, set in the world of MARITIME, PORTS, FISHING AND
SEAFARERS (crewing and manning agencies, shipping lines and ship managers, port authorities and harbour masters,
fishing vessels and cooperatives, marinas and yacht clubs, seafarers' missions and unions, ferry operators,
maritime training colleges, flag and coastguard registries).

How it was written
    Blind: its author read only the split brief, the first 70 lines of bench/make_delta_signal_sets.py and the
    first 2 lines of the two delta jsonl files. Nothing else of the repository (detector, tests, evaluator,
    results, policies, docs, other generators, history) was read. Other generators are only scanned
    automatically at run time by the freeze below; every pool entry (person name, street, town, organisation,
    historical figure) sharing a word (or non-ASCII bigram) with them is dropped and refilled from invented
    locale-typical syllables (capped); the run prints how many were dropped.

Organising principle
    Nine KINDS of message of the maritime world -- crew intake (manning agency CVs, seafarer documents),
    correspondence (ship manager / P&I / union letters), scheduling (crew change, berth, watch rota, marina
    slots), complaints (ferry passengers, marina berth holders), internal notes (harbour master log, mission
    welfare visit), exports (crew lists, FAL forms, catch logs as CSV), public notices (notices to mariners,
    port closures), forms (registry, licence, college enrolment) and chats (skipper / co-op / yacht club) --
    each with a sensitive and a benign variant, rotated over 24 locales in 10 scripts (Latin, Cyrillic, Greek,
    Hebrew, Arabic, Devanagari, Thai, Han, Kana, Hangul) with maritime jargon (ETA, ETB, POB, STCW, CoC, SIRB,
    IMO no., MMSI, VHF ch16, NtM) and code-switching between English and the locale language.

    The line: a PRIVATE person of that world (seafarer, cadet, fisher, passenger, berth holder, next of kin) is
    personal data: name, first name with a role / relation cue, personal phone, personal e-mail, home address,
    birth date, national / tax / health numbers, bank accounts, IBAN, card, a private user's public IP. NOT
    personal data: harbour masters and officials named in their public role, historical and fictional persons
    (Magellan, Captain Nemo), eponyms (Plimsoll line, Beaufort scale), organisations' switchboards and role
    mailboxes, VHF channels and emergency numbers (112, MRCC), IMO / MMSI / call signs / voyage, booking,
    B/L, invoice and case numbers, RFC 5737 / 3849 IPs, example.com, test cards, placeholders and blank forms,
    aggregated statistics.

Labels
    PII: category ``<kind>`` (sensitive) or ``<kind>_benign``; ``entities`` = list of {type, value} found by
    searching the serialised body (base64 file parts decoded, URLs unquoted) for every value the record issued;
    ``sensitive`` iff entities non-empty (asserted). Complexity: short_simple 0, long_easy 0 (>= 1,500 chars),
    short_hard 1, long_hard 1; short_hard and long_easy are length_adversarial.

Contents (default seed 40917263; the run prints all counts)
    pii_inlier.jsonl: 504 requests (453 chat, 51 completions) in 24 language tags, 9 kinds; 292 sensitive (58%) /
    212 benign; 35 sensitive ones carry a single incidental item. complexity_inlier.jsonl: 190 chat requests in 16
    language tags: short_simple 47, long_easy 48 (>= 1,500 chars), short_hard 50, long_hard 45; 98
    length-adversarial, 95 labelled 1. Freeze drops (persons, streets, towns, orgs, historical, eponyms) printed.

Validation
    Every identifier has valid check digits and is validated with python-stdnum (SSN, ABA, NHS, Steuer-ID, NIR,
    DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat Zehut, Aadhaar, Thai PIN,
    RRN, Chinese RIC, IBAN, Luhn); phones validated for their region with phonenumbers; IPs are global. Aborts
    on an invalid value; every retry loop is capped.

Command
    python bench/make_inlier_signal_sets.py [--seed 40917263] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import ipaddress
import json
import pathlib
import re
import random
import urllib.parse

import phonenumbers
from stdnum import iban as s_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_id
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

SPLIT = "inlier"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 40917263

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma "
                  "lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer "
                  "zeugen solfatara bergschrund").split()
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
GENERIC = set("""street st road rd lane avenue ave quay wharf pier rue quai via calle avenida rua ul ulica
straße strasse weg gatan vägen gate veien sokak sokağı caddesi cd straat laan kade de da do dos la le el van
der den di del von al ul. no nr apt flat harbour port authority marine maritime shipping lines line ltd gmbh
bv sa spa ab as co inc llc club yacht marina union mission seafarers college academy ferry ferries fishing
cooperative coop agency crewing manning management registry coastguard pilots pilot of the and sailing
ship shipmanagement services логистик улица ул вулиця οδός רחוב شارع मार्ग ถนน 路 通り 로 길""".split())

FAM = {}
DROPPED = collections.Counter()


def frozen_hit(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    prev = None
    for t in toks:
        if t in GENERIC or len(t) < 2:
            prev = None
            continue
        if t in FAM["w"]:
            return True
        if any(ord(c) > 127 for c in t):
            if prev and f"{prev} {t}" in FAM["w"]:
                return True
            prev = t
        else:
            prev = None
    return False


# --- locales: tag, phone region, script, given syllables, surname syllables, surname suffixes, street fmt,
#     labels (name, phone, address, born), a locale line
LOC = [
    ("en-GB", "GB", "Latin", "Bry Cal Ewa Fen Gar Hol Ily Jor Kel Lor Mar Nev".split(), "an en ith ys on ell".split(),
     "Tre Pen Hal Crow Bos Mor Lan".split(), "worth ridge cott ley stow".split(), "{nn} {x} Road", ("Name", "Mob", "Home addr", "DOB"), "Crew change at the lock, ETA 0600 if the pilot boards on time."),
    ("en-US", "US", "Latin", "Bra Cor Del Jax Ky Ma Ry Ta Wes Zan".split(), "den lyn son ton ra ley".split(),
     "Hal Brock Mill Stan Whit Cars".split(), "field ford man ley wick".split(), "{nn} {x} Ave", ("Name", "Cell", "Home", "DOB"), "Deckhand paperwork for the tug, TWIC and MMC copies attached."),
    ("en-PH", "PH", "Latin", "Jun Rey Ma Ar Jes Lor Ro Cris Ed Ma".split(), "nel lito rie vin aly mar".split(),
     "Dela Ba Ca Ma Pa Sa Ta".split(), "lmonte gtas cuyan nalo bungan quiao".split(), "{nn} {x} St., Brgy. {t}", ("Pangalan", "CP", "Tirahan", "Kapanganakan"), "Salamat po, ready na ang SIRB at CoC ko para sa susunod na kontrata."),
    ("de-DE", "DE", "Latin", "Jo Fin Lu Ma Han Ole Wi Tje Ke Fri".split(), "nas ke lina rit ko mo".split(),
     "Ha Ber Ker Lüd Ott Brö Dei".split(), "mann sen ke ting höft".split(), "{x}straße {nn}", ("Name", "Handy", "Anschrift", "geb."), "Bitte die Heuer für den Matrosen bis Freitag anweisen, Schiff liegt am Kai 4."),
    ("fr-FR", "FR", "Latin", "Gaë Yan Ma Lou Ti Enz Cé Ro Noé".split(), "lle nis ël ane phine ric".split(),
     "Le Ker Guil Ma Ber Quéré".split(), "vec rec ouen ec lan gal".split(), "{nn} rue {x}", ("Nom", "Tél", "Adresse", "Né le"), "Le patron pêcheur demande un créneau de débarque à la criée demain matin."),
    ("es-ES", "ES", "Latin", "Iñi Xo Ai Bre Ro Ma Ne Ux".split(), "tor an ana ño ia ela".split(),
     "Ca Ote Bar Lou Ri Fer".split(), "reira ro ñido seiro veda".split(), "Rúa {x}, {nn}", ("Nombre", "Móvil", "Domicilio", "F. nac."), "El marinero embarca en el arrastrero el lunes, falta el certificado médico."),
    ("it-IT", "IT", "Latin", "Sal Gen Ros Ca Vi Ma Ti".split(), "vatore naro alba rmela ncenzo".split(),
     "Esp Sca Ama Cap Lo Rus".split(), "osito ppa ruso iello presti".split(), "Via {x} {nn}", ("Nome", "Cell.", "Residenza", "Nato il"), "Il marittimo sbarca a fine contratto, serve il libretto di navigazione aggiornato."),
    ("nl-NL", "NL", "Latin", "Jo Sie Ma Wou Ti Bar Ee".split(), "ris ts rijke ter nus nd".split(),
     "Zee Dek Hoog Wes Ko Brou".split(), "man ker stra huis wer".split(), "{x}kade {nn}", ("Naam", "Mobiel", "Adres", "Geb."), "De schipper meldt zich bij de havendienst voor de ligplaats van de kotter."),
    ("pl-PL", "PL", "Latin", "Szy Ma Ka Woj Bar Do Zby".split(), "mon rek mil ciech tosz lina".split(),
     "Ko Wo Mo Sza Gr Ba".split(), "walczyk szczak rowski dziński zelak".split(), "ul. {x}a {nn}", ("Imię i nazwisko", "Tel.", "Adres", "Ur."), "Marynarz prosi o przelew wynagrodzenia przed zaokrętowaniem w Gdyni."),
    ("pt-BR", "BR", "Latin", "Jo Ra Cle Ma Thi Lu Iva".split(), "ão imundo ber ria ago zia".split(),
     "Sal Bra Mou Pi Que Ta".split(), "vador ndão rão nheiro iroz vares".split(), "Rua {x}, {nn}", ("Nome", "Cel", "Endereço", "Nasc."), "O pescador precisa renovar a carteira de pescador profissional até sexta."),
    ("sv-SE", "SE", "Latin", "Bjö Ma Sti Ing Ås Ebb".split(), "rn ja g rid a e".split(),
     "Strö Sjö Hav Lind Berg".split(), "mberg holm qvist ström dahl".split(), "{x}gatan {nn}", ("Namn", "Mobil", "Adress", "Född"), "Fiskaren vill byta bryggplats i gästhamnen till nästa säsong."),
    ("nb-NO", "NO", "Latin", "Tor Ei Sig Ran Kjer Sol".split(), "bjørn nar rid veig sti veig".split(),
     "Hau Vik Næs Strand Sel".split(), "gen nes set vold øy".split(), "{x}veien {nn}", ("Navn", "Mobil", "Adresse", "Født"), "Mannskapet på sjarken trenger nye hyresavtaler før sesongen."),
    ("tr-TR", "TR", "Latin", "Mu Ke Ay Se Bu Oğu".split(), "rat mal şe vgi rak z".split(),
     "Kaya Deniz Yal Kap Akar".split(), "oğlu can tepe soy".split(), "{x} Sokağı No:{nn}", ("Ad Soyad", "Cep", "Adres", "D. Tarihi"), "Gemiadamı cüzdanı yenilendi, liman başkanlığına teslim edilecek."),
    ("ru-RU", "RU", "Cyrillic", "Сте Ар Ми Ва Гле Ки".split(), "пан тём хаил дим б рилл".split(),
     "Мор Кор Вол Руб Лод".split(), "ошин абельников нов цов кин".split(), "ул. {x}ская, д. {nn}", ("ФИО", "Тел.", "Адрес", "Д.р."), "Матрос просит перевести зарплату до отхода судна из порта."),
    ("uk-UA", "UA", "Cyrillic", "Тара Ос Бог Ярос Ол".split(), "с тап дан лав ена".split(),
     "Мор Кор Шев Гнат Коз".split(), "енко ук чук ишин".split(), "вул. {x}на, {nn}", ("ПІБ", "Моб.", "Адреса", "Дата нар."), "Моряк чекає на контракт, диплом і медична довідка вже готові."),
    ("el-GR", "GR", "Greek", "Σπυ Γιαν Νικ Ελ Δημ".split(), "ρος νης ολας ένη ήτρης".split(),
     "Βαρ Καλ Ψαρ Λιμ Σταυ".split(), "δάκης ογεράκης όπουλος ιώτης".split(), "οδός {x}ου {nn}", ("Ονοματεπώνυμο", "Κιν.", "Διεύθυνση", "Γέν."), "Ο ναυτικός ζητά βεβαίωση θαλάσσιας υπηρεσίας για το ΝΑΤ."),
    ("he-IL", "IL", "Hebrew", "אבי רו נו שי עו".split(), "שי ני עם רן דד".split(),
     "בר ים מל גל חי".split(), "דוד ון כה עזר".split(), "רחוב {x} {nn}", ("שם", "נייד", "כתובת", "ת. לידה"), "המלח מבקש אישור יציאה מהנמל לפני המשמרת."),
    ("ar-EG", "EG", "Arabic", "مح كري يو سا عم".split(), "مود م سف مي رو".split(),
     "البح الصي الشا الدم".split(), "ري اد طي ياطي".split(), "شارع {x} رقم {nn}", ("الاسم", "موبايل", "العنوان", "تاريخ الميلاد"), "البحار يطلب تجديد جواز البحار قبل رحلة الميناء القادمة."),
    ("hi-IN", "IN", "Devanagari", "अजी सुरे रवि मनो दीप".split(), "त श न्द ज क".split(),
     "नाय पाटि मोर कोळी तां".split(), "क ल े डेल".split(), "{nn}, {x} मार्ग", ("नाम", "मोबाइल", "पता", "जन्म तिथि"), "नाविक का CDC और पासपोर्ट जहाज़ पर चढ़ने से पहले जमा करना है।"),
    ("th-TH", "TH", "Thai", "สม ประ วิ ชัย อน".split(), "ชาย สิทธิ์ พล วัฒน์ ันต์".split(),
     "ทอง ศรี แก้ว ทะเล".split(), "ดี สุข มณี วงศ์".split(), "{nn} ถนน{x}", ("ชื่อ", "มือถือ", "ที่อยู่", "วันเกิด"), "ลูกเรือประมงขอเบิกค่าจ้างล่วงหน้าก่อนออกเรือ"),
    ("zh-CN", "CN", "Han", "海 志 建 晓 国 明".split(), "涛 强 峰 帆 波 航".split(),
     "林 郑 黄 蔡 庄".split(), "".split() or [""], "{x}海路{nn}号", ("姓名", "手机", "住址", "出生日期"), "船员明天在码头换班，请确认船员证和健康证。"),
    ("ja-JP", "JP", "Kana", "ゆう けん しょう たく".split(), "た じ へい や".split(),
     "浜 汐 港 磯".split(), "田 崎 口 野".split(), "{x}町{nn}-{nn}", ("氏名", "携帯", "住所", "生年月日"), "乗組員の交代は明朝の入港後、岸壁3番で行います。"),
    ("ko-KR", "KR", "Hangul", "민 재 성 현 동".split(), "준 호 수 우 철".split(),
     "박 최 윤 한 송".split(), [""], "{x}항로 {nn}", ("성명", "휴대폰", "주소", "생년월일"), "선원은 내일 부산항에서 승선 예정이며 선원수첩이 필요합니다."),
    ("id-ID", "ID", "Latin", "Ba Dwi Ek Agu Yu Ri".split(), "yu ki ko stinus di anto".split(),
     "Sa Ha Pra Ku Wi".split(), "rtono dianto setyo naedi bowo".split(), "Jl. {x} No. {nn}", ("Nama", "HP", "Alamat", "Tgl lahir"), "ABK minta gaji ditransfer sebelum kapal berangkat dari pelabuhan."),
]
SPACELESS = {"zh-CN", "ja-JP", "ko-KR"}
CITY = {"en-GB": "Portcallow", "en-US": "Bayhaven", "en-PH": "Tabunoc", "de-DE": "Wischhafen", "fr-FR": "Pornivec",
        "es-ES": "Portonovo do Mar", "it-IT": "Marinella Scalea", "nl-NL": "Zeewierdam", "pl-PL": "Rozewiczno",
        "pt-BR": "Itapoá Velha", "sv-SE": "Skärvikshamn", "nb-NO": "Sjøvågen", "tr-TR": "Kıyıbaşı", "ru-RU": "Приморск-Северный",
        "uk-UA": "Чорноморка", "el-GR": "Λιμνιώνας", "he-IL": "חוף כרמלה", "ar-EG": "رأس البحيرة", "hi-IN": "कोळीवाडा",
        "th-TH": "บ้านแหลมทอง", "zh-CN": "渔湾镇", "ja-JP": "汐見浦", "ko-KR": "해솔포", "id-ID": "Tanjung Karangsari"}
TOWN_SUF = ["haven", "mouth", "wick", "ness", "port", "sund", "vik", "hamn", "burgh"]
ORG_TYPES = ["Crewing Agency", "Ship Management", "Shipping Lines", "Port Authority", "Fishing Cooperative",
             "Yacht Club", "Seafarers Mission", "Seafarers Union", "Ferries", "Maritime Academy", "Marina", "Pilots"]
ORG_ROOT = "Norvan Kestmar Bluewake Tidemark Solvang Aquila Orcadia Seabright Nauteq Halvor Brightkeel Oceandra " \
           "Marvik Saltgate Pelagon Windlass Corvane Drakmar Stellwave Tethys Galevard Ankerholm Vessa Coralind".split()
HISTORIC = ["Ferdinand Magellan", "Zheng He", "Vasco da Gama", "Samuel Plimsoll", "Francis Beaufort",
            "Joseph Conrad", "Herman Melville", "Captain Nemo", "Captain Ahab", "James Cook", "Grace O'Malley",
            "Gerardus Mercator", "Matthew Flinders", "Abel Tasman", "Fridtjof Nansen", "Jules Verne"]
EPONYM = ["Plimsoll line", "Beaufort scale", "Mercator chart", "Nansen bottle", "Davis quadrant", "Kelvin compass",
          "Fresnel lens", "Douglas sea scale", "Coriolis effect"]


def syl_name(rng, a, b, cap=True):
    w = rng.choice(a) + rng.choice(b)
    return w


def build_pools(rng):
    pools = {}
    for (tag, reg, scr, ga, gb, sa, sb, sfmt, labels, line) in LOC:
        people, streets = [], []
        tries = 0
        while len(people) < 14 and tries < 2000:
            tries += 1
            g = syl_name(rng, ga, gb)
            s = rng.choice(sa) + rng.choice(sb)
            full = (s + g) if tag in ("zh-CN", "ko-KR") else (s + " " + g if tag == "ja-JP" else g + " " + s)
            if full in people:
                continue
            if frozen_hit(full):
                DROPPED["person"] += 1
                continue
            people.append(full)
        tries = 0
        while len(streets) < 6 and tries < 2000:
            tries += 1
            x = rng.choice(sa) + rng.choice(sb) if tag not in ("zh-CN", "ko-KR") else rng.choice(ga) + rng.choice(gb)
            if frozen_hit(x):
                DROPPED["street"] += 1
                continue
            if x not in streets:
                streets.append(x)
        if len(people) < 6 or len(streets) < 3:
            raise SystemExit(f"pool too small for {tag}")
        city = CITY[tag]
        if frozen_hit(city):
            DROPPED["locality"] += 1
            for _ in range(200):
                city = rng.choice(sa) + rng.choice(TOWN_SUF)
                if not frozen_hit(city):
                    break
            else:
                raise SystemExit("no town")
        pools[tag] = dict(people=people, streets=streets, city=city)
    orgs = []
    for r in ORG_ROOT:
        if frozen_hit(r):
            DROPPED["organisation"] += 1
            continue
        orgs.append(r)
    tries = 0
    while len(orgs) < 16 and tries < 2000:
        tries += 1
        r = rng.choice("Kel Mar Sal Nor Ves Tal Bry Cor Hav Ost".split()) + rng.choice("wake mar vard keel holm sund".split())
        if r not in orgs and not frozen_hit(r):
            orgs.append(r)
    hist = [h for h in HISTORIC if not frozen_hit(h)]
    DROPPED["historical"] += len(HISTORIC) - len(hist)
    epo = [e for e in EPONYM if not frozen_hit(e)]
    DROPPED["eponym"] += len(EPONYM) - len(epo)
    if not hist:  # every historical name frozen: fall back to unnamed descriptions (no person word at all)
        hist = ["the first circumnavigator", "the 15th-century treasure-fleet admiral", "the inventor of the load line"]
    EPONYM[:] = epo or ["great-circle route", "dead reckoning", "load line"]
    return pools, orgs, hist


# ---------------- identifiers ----------------
def _brute(body_fn, validate, rng, digits="0123456789", n=1):
    for _ in range(400):
        b = body_fn()
        for _ in range(30):
            c = b + "".join(rng.choice(digits) for _ in range(n))
            try:
                if validate(c):
                    return c
            except Exception:
                pass
    raise SystemExit("could not generate valid id")


def rd(rng, k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def dob(rng):
    return rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28)


def ids_for(tag, rng, y, m, d):
    """returns list of (type, value) citizen numbers for the locale"""
    v = lambda mod: (lambda c: mod.is_valid(c))
    out = []
    if tag == "en-US":
        out.append(("ssn", _brute(lambda: f"{rng.randint(101, 665):03d}-{rng.randint(10, 99):02d}-", v(ssn), rng, n=4)))
    elif tag == "en-GB":
        n = _brute(lambda: rd(rng, 9).replace("0", "4", 1) if True else "", v(nhs), rng)
        out.append(("HEALTH_INSURANCE", f"{n[:3]} {n[3:6]} {n[6:]}"))
    elif tag == "de-DE":
        out.append(("TAX_ID", _brute(lambda: str(rng.randint(1, 9)) + rd(rng, 9), v(idnr), rng)))
    elif tag == "fr-FR":
        body = f"{rng.randint(1, 2)}{y % 100:02d}{m:02d}{rng.choice(['29', '56', '22', '17', '13'])}{rd(rng, 3)}{rd(rng, 3)}"
        key = 97 - int(body) % 97
        val = f"{body}{key:02d}"
        out.append(("NATIONAL_ID", f"{val[0]} {val[1:3]} {val[3:5]} {val[5:7]} {val[7:10]} {val[10:13]} {val[13:]}"))
    elif tag == "es-ES":
        n = rd(rng, 8)
        out.append(("NATIONAL_ID", n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]))
    elif tag == "it-IT":
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        base = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + \
            f"{d + rng.choice([0, 40]):02d}" + rng.choice("FHLG") + f"{rng.randint(100, 999)}"
        out.append(("TAX_ID", base + codicefiscale.calc_check_digit(base)))
    elif tag == "nl-NL":
        out.append(("NATIONAL_ID", _brute(lambda: str(rng.randint(1, 9)) + rd(rng, 7), v(bsn), rng)))
    elif tag == "pl-PL":
        base = f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}{rd(rng, 4)}"
        out.append(("NATIONAL_ID", base + pesel.calc_check_digit(base)))
    elif tag == "pt-BR":
        c = _brute(lambda: rd(rng, 9), v(cpf), rng, n=2)
        out.append(("TAX_ID", f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"))
    elif tag == "sv-SE":
        out.append(("NATIONAL_ID", _brute(lambda: f"{y % 100:02d}{m:02d}{d:02d}-{rd(rng, 3)}", v(personnummer), rng)))
    elif tag == "tr-TR":
        b = str(rng.randint(1, 9)) + rd(rng, 8)
        out.append(("NATIONAL_ID", b + tckimlik.calc_check_digits(b)))
    elif tag == "ru-RU":
        b = rng.choice(["78", "39", "25", "51"]) + rd(rng, 8)
        out.append(("TAX_ID", b + inn.calc_personal_check_digits(b)))
    elif tag == "uk-UA":
        out.append(("TAX_ID", _brute(lambda: str(rng.randint(2, 3)) + rd(rng, 8), v(rntrc), rng)))
    elif tag == "el-GR":
        out.append(("HEALTH_INSURANCE", _brute(lambda: f"{d:02d}{m:02d}{y % 100:02d}{rd(rng, 4)}", v(amka), rng)))
    elif tag == "he-IL":
        out.append(("NATIONAL_ID", _brute(lambda: rd(rng, 8), v(il_id), rng)))
    elif tag == "hi-IN":
        a = _brute(lambda: str(rng.randint(2, 9)) + rd(rng, 10), v(aadhaar), rng)
        out.append(("NATIONAL_ID", f"{a[:4]} {a[4:8]} {a[8:]}"))
    elif tag == "th-TH":
        p = _brute(lambda: str(rng.randint(1, 8)) + rd(rng, 11), v(th_pin), rng)
        out.append(("NATIONAL_ID", f"{p[0]}-{p[1:5]}-{p[5:10]}-{p[10:12]}-{p[12]}"))
    elif tag == "ko-KR":
        out.append(("NATIONAL_ID", _brute(lambda: f"{y % 100:02d}{m:02d}{d:02d}-{rng.choice('12' if y < 2000 else '34')}{rd(rng, 5)}", v(rrn), rng)))
    elif tag == "zh-CN":
        out.append(("NATIONAL_ID", _brute(lambda: rng.choice(["350203", "370202", "330902", "460200"]) + f"{y}{m:02d}{d:02d}{rd(rng, 3)}", v(ric), rng, digits="0123456789X")))
    for t, val in out:
        assert t and val
    return out


IBAN_CC = {"de-DE": ("DE", lambda r: rd(r, 18)), "pl-PL": ("PL", lambda r: rd(r, 24)), "el-GR": ("GR", lambda r: rd(r, 23)),
           "tr-TR": ("TR", lambda r: rd(r, 5) + "0" + rd(r, 16)), "nl-NL": ("NL", lambda r: r.choice(["INGB", "ABNA", "RABO"]) + rd(r, 10)),
           "fr-FR": ("FR", lambda r: rd(r, 23)), "es-ES": ("ES", lambda r: rd(r, 20)), "it-IT": ("IT", lambda r: r.choice("ABCX") + rd(r, 22)),
           "nb-NO": ("NO", lambda r: rd(r, 11)), "sv-SE": ("SE", lambda r: rd(r, 20)), "he-IL": ("IL", lambda r: rd(r, 19)),
           "en-GB": ("GB", lambda r: r.choice(["NWBK", "BARC", "LOYD"]) + rd(r, 14))}


def make_iban(tag, rng):
    cc, f = IBAN_CC[tag]
    for _ in range(300):
        bban = f(rng)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        val = f"{cc}{98 - int(num) % 97:02d}{bban}"
        if s_iban.is_valid(val):
            return " ".join(val[i:i + 4] for i in range(0, len(val), 4))
    raise SystemExit("iban")


def make_phone(reg, rng):
    ex = phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(300):
        cand = nat[:3] + rd(rng, len(nat) - 3)
        p = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number_for_region(p, reg):
            fmt = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                              phonenumbers.PhoneNumberFormat.E164])
            return phonenumbers.format_number(p, fmt)
    raise SystemExit("phone " + reg)


def make_card(rng):
    for _ in range(100):
        b = rng.choice(["4", "51", "52", "53", "54", "55"])
        b = b + rd(rng, 15 - len(b))
        c = b + luhn.calc_check_digit(b)
        if luhn.is_valid(c) and c not in ("4111111111111111",):
            return " ".join(c[i:i + 4] for i in range(0, 16, 4))
    raise SystemExit("card")


def make_ip(rng):
    for _ in range(200):
        ip = ".".join(str(rng.randint(1, 223)) if i == 0 else str(rng.randint(0, 255)) for i in range(4))
        if ipaddress.ip_address(ip).is_global:
            return ip
    raise SystemExit("ip")


def make_aba(rng):
    r = _brute(lambda: rng.choice(["0", "1", "2", "3"]) + rd(rng, 7), rtn.is_valid, rng)
    return f"routing {r} acct {rd(rng, 10)}"


def translit(s):
    return re.sub(r"[^a-z]", "", s.lower())


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        FAM["w"] = frozen_words()
        self.pools, self.orgs, self.hist = build_pools(self.rng)

    # a private person's data for locale
    def person(self, loc):
        rng = self.rng
        tag, reg = loc[0], loc[1]
        P = self.pools[tag]
        name = rng.choice(P["people"])
        y, m, d = dob(rng)
        latin = translit(name) or "crew"
        if not re.search(r"[a-z]{3}", latin):
            latin = rng.choice(["seaman", "ab.deck", "bosun", "oiler", "cook", "cadet"]) + rd(rng, 2)
        email = f"{latin[:10]}.{rd(rng, 2)}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'mail.ru' if tag in ('ru-RU', 'uk-UA') else 'proton.me'])}"
        nn = str(rng.randint(2, 148))
        addr = loc[7].format(x=rng.choice(P["streets"]), nn=nn, t=P["city"]) + ", " + P["city"]
        ent = [("PERSON", name), ("PHONE_NUMBER", make_phone(reg, rng)), ("EMAIL_ADDRESS", email),
               ("LOCATION", addr), ("DATE_TIME", f"{y}-{m:02d}-{d:02d}" if rng.random() < .6 else f"{d:02d}.{m:02d}.{y}")]
        ent += ids_for(tag, rng, y, m, d)
        r = rng.random()
        if tag in IBAN_CC and r < .55:
            ent.append(("IBAN_CODE", make_iban(tag, rng)))
        elif tag == "en-US" and r < .6:
            ent.append(("US_BANK_NUMBER", make_aba(rng)))
        if rng.random() < .15:
            ent.append(("CREDIT_CARD", make_card(rng)))
        if rng.random() < .12:
            ent.append(("IP_ADDRESS", make_ip(rng)))
        if rng.random() < .08:
            ent.append(("MEDICAL_RECORD", f"MRN-{rd(rng, 7)}"))
        return ent

    def org(self):
        return f"{self.rng.choice(self.orgs)} {self.rng.choice(ORG_TYPES)}"


KINDS = ["crew_intake", "correspondence", "scheduling", "complaint", "internal_note", "export", "public_notice",
         "form", "chat"]
SYSTEMS = {"crew_intake": "You help a crewing agency screen seafarer applications (STCW, CoC, medicals).",
           "correspondence": "You draft letters for a ship manager's crew department.",
           "scheduling": "You plan crew changes, berth windows and watch rotas.",
           "complaint": "You answer customer complaints for a ferry operator and marina.",
           "internal_note": "You tidy up harbour master and seafarers' mission log notes.",
           "export": "You convert crew lists and catch logs between formats.",
           "public_notice": "You help a port authority write notices to mariners.",
           "form": "You check registry and licence forms for a flag administration.",
           "chat": "You are the assistant in a fishing co-op / yacht club group chat."}
ASK = {"crew_intake": ["screen this applicant for 2/O on a bulk carrier", "is this AB fit for the tanker pool? check docs exp",
                       "summarise candidate for the principal, short pls"],
       "correspondence": ["draft a polite reply to this", "translate to English and make it formal", "rewrite for the P&I club"],
       "scheduling": ["make a crew change plan from this", "fit this into the berth schedule", "build watch rota 4-on 8-off"],
       "complaint": ["draft apology + refund answer", "classify this complaint and suggest next step", "reply kindly, offer rebooking"],
       "internal_note": ["clean up this log entry", "turn this into a handover note", "fix typos keep the facts"],
       "export": ["convert to CSV for the crew list (FAL 5)", "make JSON out of this", "reformat as a table"],
       "public_notice": ["translate this notice", "shorten for VHF broadcast", "make it clearer for leisure sailors"],
       "form": ["check this form for missing fields", "extract fields to JSON", "validate the entries"],
       "chat": ["answer in the group", "summarise what they want", "reply short, friendly"]}


def doc_sensitive(g, kind, loc, ent, incidental):
    rng = g.rng
    lab = loc[8]
    line = loc[9]
    E = dict(ent)
    vessel = f"MV {rng.choice(g.orgs)} {rng.choice(['Star', 'Trader', 'Spirit', 'Pride', 'II'])}"
    imo = f"IMO {rng.randint(9100000, 9899999)}"
    if incidental:
        t, v = rng.choice([e for e in ent if e[0] in ("PERSON", "PHONE_NUMBER", "DATE_TIME", "EMAIL_ADDRESS")])
        if t == "PERSON":
            first = v.split()[0] if " " in v else v
            cue = rng.choice(["my brother", "the new deck cadet", "our bosun", "his wife", "the cook"])
            v = first
            s = f"{cue} {first} will bring the spare VHF handset"
        elif t == "PHONE_NUMBER":
            s = f"if no answer on ch16 call the skipper's own mobile {v}"
        elif t == "DATE_TIME":
            s = f"(oiler on board, born {v}, needs his medical renewed)"
        else:
            s = f"cc the deckhand on {v} pls"
        body = (f"{vessel} ({imo}) ETA pilot station 0530 LT, ETB 0700 berth 12. Bunkers 320 mt VLSFO requested, "
                f"garbage declaration sent, {line} Draft fwd 9.4 aft 10.1. Agent {g.org()} switchboard handles port dues. {s}. "
                f"Cargo ops expected 36 h, shore leave subject to ISPS level 1.")
        return body, [(t, v)]
    kv = [f"{lab[0]}: {E['PERSON']}", f"{lab[1]}: {E['PHONE_NUMBER']}", f"{lab[2]}: {E['LOCATION']}",
          f"{lab[3]}: {E['DATE_TIME']}", f"e-mail: {E['EMAIL_ADDRESS']}"]
    for t, v in ent[5:]:
        kv.append(f"{t.lower().replace('_', ' ')}: {v}")
    rng.shuffle(kv)
    drop = rng.randint(0, 2)
    kv = kv[:len(kv) - drop] if len(kv) > 5 else kv
    frame = {
        "crew_intake": f"Applicant for {rng.choice(['AB', 'OS', '2/O', '3/E', 'Oiler', 'Cook', 'ETO'])} via {g.org()}. Sea time 46 months tankers, CoC II/1 valid, COVID/yellow fever ok.\n",
        "correspondence": f"Dear Sir/Madam,\nre: wages and repatriation of our crew member, {vessel}.\n{line}\n",
        "scheduling": f"Crew change {vessel} at anchorage B, launch 1400. Off-signer / on-signer details:\n",
        "complaint": f"Complaint ferry crossing 18:40 (booking FRY-{rd(rng, 6)}): car deck closed early, cabin not as booked.\n",
        "internal_note": f"Duty log {rng.randint(1, 28)}/{rng.randint(1, 12)} -- mission welfare visit on {vessel}; seafarer asked for help.\n",
        "export": "",
        "public_notice": f"Notice re berth allocation at the marina, pontoon C -- holder named below has arrears, {line}\n",
        "form": f"Seafarer registration form / flag registry -- section A personal data:\n",
        "chat": f"[{rng.randint(5, 22)}:{rng.randint(10, 59)}] skipper: {line}\n",
    }[kind]
    if kind == "export":
        keys = [k.split(":")[0] for k in kv]
        return "rank;" + ";".join(keys) + "\nAB;" + ";".join(k.split(": ", 1)[1] for k in kv) + "\n", ent
    return frame + "\n".join(kv) + "\n", ent


def doc_benign(g, kind, loc):
    rng = g.rng
    lab, line = loc[8], loc[9]
    off = f"Capt. {rng.choice(g.pools[loc[0]]['people'])}"
    hist = rng.choice(g.hist)
    epo = rng.choice(EPONYM)
    org = g.org()
    dom = "example.com"
    variants = [
        f"{lab[0]}: ________\n{lab[1]}: ________\n{lab[2]}: ________\n{lab[3]}: __/__/____\nCoC no.: ______  (blank form -- do not fill in here)",
        f"{lab[0]}: Jane Doe\n{lab[1]}: +1 555 0100\n{lab[2]}: 123 Example Street\ne-mail: crew@{dom}\n(test data, placeholder values)",
        f"The Harbour Master, {off}, announced that the channel closes 0600-1400 for dredging. Contact harbour control VHF ch 12 or the switchboard; emergencies 112 / MRCC.",
        f"Cadet essay: how {hist} changed navigation; compare with the {epo}. 3 pages, cite sources. Booking ref SEA-{rd(rng, 6)}.",
        f"Crew list summary {org}: 22 POB, nationalities PH 12, UA 4, IN 3, TR 3; average age 34; 2 cadets. No names in this export (anonymised).",
        f"Invoice INV-{rd(rng, 7)} port dues {imo_like(rng)}, MMSI {rng.randint(200000000, 775999999)}, call sign {rng.choice('DVCPO')}{rng.choice('ABCQ')}{rd(rng, 3)}. Pay to {org}, ops@{dom}.",
        f"Server log: vessel portal login from 192.0.2.{rng.randint(1, 254)} and 2001:db8::{rng.randint(1, 99)} (docs ranges). Test card 4242 4242 4242 4242 exp 12/34.",
        f"Notice to Mariners {rng.randint(1, 60)}/{rng.randint(2024, 2027)}: buoy {rng.randint(1, 40)} off station. Case no. NTM-{rd(rng, 5)}. {line} (no persons involved)",
        f"[{rng.randint(5, 22)}:{rng.randint(10, 59)}] club bot: regatta on {hist} Quay postponed, race office {org} answers at info@{dom}. {line}",
    ]
    return variants[KINDS.index(kind) % len(variants) if rng.random() < .4 else rng.randrange(len(variants))]


def imo_like(rng):
    return f"IMO {rng.randint(9100000, 9899999)}"


def place(g, i, kind, doc, ask, endpoint, sensitive_name_file=None):
    """Put the document into a field of the request body chosen by rotation."""
    rng = g.rng
    model = rng.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "claude-sonnet"])
    if endpoint == "completions":
        return {"model": model, "prompt": f"{ask}\n\n{doc}\n\nAnswer:", "max_tokens": 300}, "completions_prompt"
    sysm = {"role": "system", "content": SYSTEMS[kind]}
    slot = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_args",
            "json_schema", "user_field", "stop", "prediction", "metadata"][i % 14]
    b = {"model": model}
    if slot == "user":
        b["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif slot == "system":
        b["messages"] = [{"role": "system", "content": SYSTEMS[kind] + "\nContext:\n" + doc}, {"role": "user", "content": ask}]
    elif slot == "assistant":
        b["messages"] = [sysm, {"role": "user", "content": "pasting now"}, {"role": "assistant", "content": "Received:\n" + doc},
                         {"role": "user", "content": ask}]
    elif slot == "tool":
        b["messages"] = [sysm, {"role": "user", "content": ask},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{i}", "type": "function", "function": {"name": "fetch_record", "arguments": json.dumps({"ref": f"R{i}"})}}]},
                         {"role": "tool", "tool_call_id": f"call_{i}", "content": doc}]
    elif slot == "text_part":
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif slot == "file_part":
        fn = rng.choice(["crewlist.txt", "log.txt", "form.txt", "notice.txt", "export.csv"])
        data = base64.b64encode(doc.encode()).decode()
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask},
                                                              {"type": "file", "file": {"filename": fn, "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif slot == "image_url":
        q = urllib.parse.quote(doc[:400])
        b["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask + " (scan attached)"},
                                                              {"type": "image_url", "image_url": {"url": f"https://scan.portdocs.net/v1/render.png?src=crew&note={q}"}}]}]
    elif slot == "tool_def":
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["tools"] = [{"type": "function", "function": {"name": "file_record", "description": "File this record:\n" + doc,
                                                        "parameters": {"type": "object", "properties": {"ok": {"type": "boolean"}}}}}]
    elif slot == "tool_args":
        b["messages"] = [sysm, {"role": "user", "content": ask},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{i}", "type": "function", "function": {"name": "save_note", "arguments": json.dumps({"text": doc}, ensure_ascii=False)}}]},
                         {"role": "tool", "tool_call_id": f"call_{i}", "content": "saved"}]
    elif slot == "json_schema":
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {"type": "object", "description": doc,
                                "properties": {"status": {"type": "string", "enum": ["ok", "check"], "examples": [doc[:160]]}}}}}
    elif slot == "user_field":
        b["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        b["user"] = "portal-" + rd(rng, 6)
    elif slot == "stop":
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["stop"] = [l[:120] for l in doc.split("\n") if l.strip()][:4]
    elif slot == "prediction":
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["prediction"] = {"type": "content", "content": doc}
    else:
        b["messages"] = [sysm, {"role": "user", "content": ask}]
        b["store"] = True
        b["metadata"] = {"source": "crew-portal", "note": doc[:500]}
    return b, slot


def search_text(body):
    s = json.dumps(body, ensure_ascii=False)
    extra = []
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        extra.append(base64.b64decode(m.group(1)).decode("utf-8"))
    parts = [s, urllib.parse.unquote(s)] + extra
    # tool-call arguments are JSON-in-JSON: decode them too
    for m in re.finditer(r'"arguments": "((?:[^"\\]|\\.)*)"', s):
        parts.append(json.loads('"' + m.group(1) + '"'))
    return "\n".join(parts)


def label(body, issued):
    text = search_text(body)
    seen, out = set(), []
    for t, v in issued:
        if (t, v) not in seen and v in text:
            seen.add((t, v))
            out.append({"type": t, "value": v})
    return out


def gen_pii(g):
    rng = g.rng
    recs = []
    n_total, n_sens = 504, 292
    flags = [True] * n_sens + [False] * (n_total - n_sens)
    rng.shuffle(flags)
    inc_count = 0
    for i, sens in enumerate(flags):
        kind = KINDS[i % 9]
        loc = LOC[(i * 7) % len(LOC)]
        endpoint = "completions" if i % 10 == 3 else "chat"
        ask = rng.choice(ASK[kind])
        if loc[0] not in ("en-GB", "en-US") and rng.random() < .3:
            ask = loc[9].split(",")[0] + " -- " + ask
        incidental = False
        if sens:
            ent = g.person(loc)
            incidental = rng.random() < .12
            doc, issued = doc_sensitive(g, kind, loc, ent, incidental)
        else:
            doc, issued = doc_benign(g, kind, loc), []
        body, slot = place(g, i, kind, doc, ask, endpoint)
        ents = label(body, issued)
        if sens and not ents:  # everything got truncated away: put it in the user message instead
            body, slot = place(g, 0, kind, doc, ask, endpoint)
            ents = label(body, issued)
        is_s = bool(ents)
        assert is_s == sens, (i, slot)
        inc_count += incidental
        style = f"{kind} · {slot}" + (" · incidental" if incidental else "")
        recs.append({"id": f"inlier-pii-{i + 1:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": is_s,
                     "entities": ents, "endpoint": endpoint, "lang": loc[0], "style": style, "body": body})
    return recs, inc_count


CX_LANGS = {"en": ("What does ETB mean?", "Thanks, got it!", "Convert 12 knots to km/h."),
            "de-DE": ("Was heißt ETA auf Deutsch?", "Danke, bis morgen an der Pier!", "Wie viele Meter sind 3 Kabellängen?"),
            "fr-FR": ("Que veut dire « criée » ?", "Merci, bonne traversée !", "Combien font 5 milles en km ?"),
            "es-ES": ("¿Qué es un práctico?", "¡Gracias, buen viento!", "¿Qué canal VHF es el 16?"),
            "pl-PL": ("Co to jest kabotaż?", "Dzięki, do zobaczenia w porcie!", "Ile to 2 mile morskie w km?"),
            "ru-RU": ("Что такое лоцманская проводка?", "Спасибо, до встречи на судне!", "Сколько узлов в 20 км/ч?"),
            "uk-UA": ("Що таке суднова роль?", "Дякую, гарного рейсу!", "Скільки метрів у 4 морських саженях?"),
            "el-GR": ("Τι σημαίνει ναυτολόγιο;", "Ευχαριστώ, καλό ταξίδι!", "Πόσα χιλιόμετρα είναι 10 ναυτικά μίλια;"),
            "he-IL": ("מה זה מעגן?", "תודה, נתראה בנמל!", "כמה קמ\"ש הם 15 קשר?"),
            "ar-EG": ("ما معنى رصيف الميناء؟", "شكرا، رحلة سعيدة!", "كم كيلومتر في ٣ أميال بحرية؟"),
            "hi-IN": ("CDC का पूरा नाम क्या है?", "धन्यवाद, शुभ यात्रा!", "12 नॉट कितने किमी/घंटा?"),
            "th-TH": ("ท่าเทียบเรือคืออะไร", "ขอบคุณครับ", "10 ไมล์ทะเลเท่ากับกี่กิโลเมตร"),
            "zh-CN": ("什么是引航员？", "谢谢，一路顺风！", "12节等于多少公里每小时？"),
            "ja-JP": ("「入港」の読み方は？", "ありがとう、また港で！", "5海里は何キロ？"),
            "ko-KR": ("선원수첩이 뭐예요?", "감사합니다, 안전 항해하세요!", "10노트는 시속 몇 km예요?"),
            "tr-TR": ("Kılavuz kaptan ne demek?", "Teşekkürler, iyi seyirler!", "8 deniz mili kaç km?")}
HARD_SHORT = ["Our bulk carrier loads 58,000 t iron ore at 1.025 density with 9.8 m summer draft; berth limit 9.5 m in brackish water 1.010. Work out FWA effect and whether we must short-ship, show reasoning.",
              "Laytime: NOR tendered Fri 1530, WIBON, SHINC, 24h turn time, rain stopped work 11 h. Who bears the delay and what is demurrage at 18,500/day? Argue both sides.",
              "Design a 4-vessel crew change plan across Manila, Singapore and Rotterdam minimising flights and MLC max-on-board breaches; state trade-offs.",
              "A fishing co-op must cut cod quota 22% next year. Propose an allocation scheme across 14 boats of different sizes that is fair and legally defensible.",
              "Given a 2.5 kn ebb, 15 kn beam wind and 180 m LOA, plan the turning manoeuvre in a 350 m basin with one tug; explain risks.",
              "Evaluate whether a ferry operator can lawfully deny boarding under EU 1177/2010 after a 3-hour technical delay and what compensation applies."]
EASY_CHORES = ["Reformat this crew list into a table, keep all columns:", "Copy these berth bookings into CSV, same order:",
               "Put each line of this catch log in uppercase:", "Sort these buoys by number, nothing else:"]


def gen_cx(g):
    rng = g.rng
    recs = []
    langs = sorted(CX_LANGS)
    cats = ["short_simple"] * 47 + ["long_easy"] * 48 + ["short_hard"] * 50 + ["long_hard"] * 45
    rng.shuffle(cats)
    for i, cat in enumerate(cats):
        lang = langs[i % len(langs)]
        L = CX_LANGS[lang]
        if cat == "short_simple":
            txt, style = rng.choice(L), "lookup/greeting"
        elif cat == "long_easy":
            rows = [f"{k + 1}. buoy {rng.choice('NSEW')}-{rng.randint(1, 99)} | pos {rng.randint(50, 60)}°{rng.randint(0, 59)}'N {rng.randint(1, 20)}°{rng.randint(0, 59)}'E | light Fl({rng.randint(1, 4)}) {rng.choice('GRWY')} {rng.randint(2, 10)}s | checked {rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}"
                    for k in range(rng.randint(22, 30))]
            txt, style = rng.choice(EASY_CHORES) + " (" + L[0] + ")\n" + "\n".join(rows), "reformat"
        elif cat == "short_hard":
            txt, style = rng.choice(HARD_SHORT) + ("" if lang == "en" else f" ({L[1]} -- answer in {lang})"), "analysis"
        else:
            log = "\n".join(f"{h:02d}00 pos {rng.randint(30, 60)}N {rng.randint(1, 40)}W co {rng.randint(0, 359):03d} sp {rng.randint(6, 15)} kn wind {rng.choice(['SW', 'W', 'NW'])} {rng.randint(4, 9)} Bft swell {rng.uniform(1, 6):.1f} m fuel ROB {rng.randint(300, 900)} mt"
                            for h in range(0, 24))
            txt = (rng.choice(HARD_SHORT) + f"\nAlso use this deck log to decide whether to divert for weather routing and estimate the fuel margin to the next bunker port, with a risk assessment ({L[0]}):\n" + log)
            style = "planning/analysis"
        if cat == "long_easy":
            assert len(txt) >= 1500, len(txt)
        body = {"model": "hybridgate/auto", "messages": [{"role": "system", "content": "You are a maritime operations assistant."}, {"role": "user", "content": txt}]}
        recs.append({"id": f"inlier-cx-{i + 1:04d}", "category": cat, "label": int(cat.endswith("hard")),
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang,
                     "style": style, "body": body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    g = Gen(a.seed)
    pii, inc = gen_pii(g)
    cx = gen_cx(g)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ns = sum(r["sensitive"] for r in pii)
    print(f"frozen words: {len(FAM['w'])}; dropped pool entries: {dict(sorted(DROPPED.items()))}")
    print(f"pii_{SPLIT}: {len(pii)} total, {ns} sensitive ({ns / len(pii):.0%}), {len(pii) - ns} benign, {inc} incidental, "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions, {len({r['lang'] for r in pii})} langs")
    print("  entity types:", dict(sorted(collections.Counter(e['type'] for r in pii for e in r['entities']).items())))
    print(f"complexity_{SPLIT}: {len(cx)} total,", dict(sorted(collections.Counter(r['category'] for r in cx).items())),
          f"{len({r['lang'] for r in cx})} langs")


if __name__ == "__main__":
    main()
