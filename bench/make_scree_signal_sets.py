#!/usr/bin/env python3
"""Scree: an independent evaluation split for the request signals, organised by NAMING CONVENTIONS ACROSS CULTURES.

Writes bench/data/signals/pii_scree.jsonl and bench/data/signals/complexity_scree.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages or history; the record format came from the first 70 lines of the delta
    generator and the first two lines of each delta file. The other generators (FROZEN_AGAINST below) were not
    read: their sources are only scanned automatically at run time for capitalised / non-ASCII words and
    Han/Kana character bigrams, and every entry of this file's name, company, street and figure pools whose
    words (or Han/Kana bigrams) occur there is dropped (deterministically, order kept; the run aborts if a
    pool runs empty). Names are built from part pools (given, family, patronymic ...) so each part is checked
    on its own; name particles, honorifics and one-letter initials (van, der, bin, Herr, Dr, K.) are exempt, and
    in street / company entries only the distinctive (starred) street or firm name is checked, not the city,
    district or street type. Words are tokenised with the combining marks of abugidas kept inside the word.

Organising principle
    How a person's name is built and written: family-name-first order (Chinese, Japanese, Korean, Hungarian,
    Vietnamese, Mongolian), patronymics and matronymics (Icelandic, Russian, Arabic nasab with bin/ibn/bint,
    Ethiopian), particles (van der, de la, von, al-, ben, Ní, Mac, da), compound and double surnames (Spanish,
    Portuguese, Brazilian, English double-barrelled), mononyms (Indonesian, Burmese, Afghan, Tamil), honorifics
    and kinship titles (Herr Dr., Sayyid, -san, Mrs, Ustaz, Shri/Smt., Dona, Khun, Hanım), initials (South
    Indian initial-first names), ALL-CAPS family names on forms, married / maiden names (née, geb., -né,
    de), nicknames and diminutives. Kinds: family_first, patronymic, particle, compound_surname, mononym,
    honorific, initials, caps_form, married_maiden, nickname. Sensitive records (category ``<kind>``) name a
    private living person in that convention, mostly with other personal data; benign hard negatives
    (``<kind>_benign``) use the same convention for public figures in their public role, historical persons,
    dynasties, fictional characters, placeholder names (Max Mustermann, Nguyễn Văn A, Jón Jónsson ...),
    blank forms, companies, streets, mosques and schools named after people, and questions about the
    convention itself; organisations' switchboards there are not personal data.

    The text is placed, by rotation, in user / system / earlier assistant / tool messages, content parts
    (text and base64 file parts), tool-call arguments, response_format json_schema descriptions, the
    ``user`` field, ``metadata`` (with store: true), and the legacy completions ``prompt``.

Labels
    ``entities`` is computed by searching the serialised body (base64 file parts decoded, URLs unquoted) for
    every personal value the record issued; ``sensitive`` is true exactly when it is non-empty (asserted).
    ``person`` is a private individual's name in any rendering issued (native script, romanised, caps);
    citizen numbers are NATIONAL_ID (incl. French NIR), taxpayer numbers TAX_ID (Steuer-ID, INN, NIF, CPF,
    PAN, codice fiscale), NHS numbers HEALTH_INSURANCE, hospital numbers MEDICAL_RECORD, US SSN ``ssn``.

Contents (seed 20261205)
    pii_scree.jsonl: 500 requests (444 chat, 56 completions) in 36 language tags (35 among the sensitive ones: Latin,
    Cyrillic, Arabic, Hebrew, Ethiopic, Devanagari, Tamil, Telugu, Malayalam, Thai, Han, Kana, Hangul scripts);
    10 kinds x 50 (29 sensitive + 21 benign each: 290 sensitive / 210 benign); 45 sensitive records carry only the
    name (with a relation or context cue). Entity totals: person 290, phone 101, DATE_OF_BIRTH 102, STREET_ADDRESS 76,
    email 75, iban 46, credit_card 33, NATIONAL_ID 32, MEDICAL_RECORD 31, IP_ADDRESS 28, TAX_ID 20, ssn 3,
    HEALTH_INSURANCE 1. Benign: 113 in the data language; 30 are blank templates in the sensitive records' own layout
    and labels, 29 are public / historical / eponymous entries in that layout, the rest questions about the convention.
    complexity_scree.jsonl: 190 chat requests in 27 language tags: short_simple 45, long_easy 50 (>= 1,500 chars),
    short_hard 50, long_hard 45 (>= 1,500 chars); 100 (52%) length-adversarial, 95 labelled 1.
    The run prints all counts and how many entries of each pool survived the overlap cut.

Validation
    Every identifier is validated with python-stdnum (IBAN, Luhn cards, SSN rules, national IDs), every phone
    with ``phonenumbers`` for its region, IPs with ``ipaddress`` (global, outside documentation ranges); the run
    aborts on an invalid value.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_scree_signal_sets.py [--seed 20261205] [--out bench/data/signals]
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
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.id import nik
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pt import nif
from stdnum.ru import inn
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.us import ssn

ROOT = pathlib.Path(__file__).resolve().parent
FROZEN_AGAINST = ('atlas', 'blind', 'canyon', 'cirque', 'delta', 'estuary', 'fjord', 'glacier', 'heron', 'kestrel',
                  'lagoon', 'lantern', 'meadow', 'mosaic', 'quarry', 'sealed', 'sierra', 'tarn', 'tundra', 'unseen',
                  'wild', 'bayou', 'moraine', 'steppe', 'atoll', 'fen', 'mesa', 'karst', 'oxbow', 'butte', 'cenote')
EXEMPT = set('van der den de la le du des von zu bin ibn bint al el abu umm ben bat ní nic mac mc ó da dos das di del '
             'y e herr frau dr prof mr mrs ms miss sayyid sayyida hajji hajja ustaz ustazah puan encik shri smt sri '
             'dona dom khun hanım bey san sama kun chan née geb ép verh ng daw u ko ma sir dame'.split())
HANKANA = re.compile(r'[\u3040-\u30ff\u3400-\u9fff]+')
# a word: letters/digits plus combining marks of abugidas (so Thai, Indic and Arabic words are not cut in pieces)
WORD = re.compile(r'(?:\w|[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed'
                  r'\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u102b-\u109f\u1200-\u137f\u200c\u200d])+')


def other_words():
    words, bigrams = set(), set()
    for x in FROZEN_AGAINST:
        p = ROOT / f'make_{x}_signal_sets.py'
        if not p.exists():
            continue
        text = p.read_text(encoding='utf-8', errors='replace')
        for w in WORD.findall(text):
            if w[0].isupper() or any(ord(c) > 127 for c in w):
                words.add(w.lower())
        for run in HANKANA.findall(text):
            for i in range(len(run) - 1):
                bigrams.add(run[i:i + 2])
    return words, bigrams


OTHER_WORDS, OTHER_BIGRAMS = other_words()


def clean(entry):
    if '*' in entry:  # only the starred (distinctive) segments are checked; city names, street types etc. are not
        entry = ' '.join(re.findall(r'\*([^*]+)\*', entry))
    for w in WORD.findall(entry):
        lw = w.lower()
        if lw in EXEMPT or len(w) == 1:
            continue
        if (w[0].isupper() or any(ord(c) > 127 for c in w)) and lw in OTHER_WORDS:
            return False
    for run in HANKANA.findall(entry):
        for i in range(len(run) - 1):
            if run[i:i + 2] in OTHER_BIGRAMS:
                return False
    return True


CUT_STATS = collections.Counter()


def pool(name, items):
    items = [s.strip() for s in items if s.strip()]
    kept = [s.replace('*', '') for s in items if clean(s)]
    CUT_STATS[name] = (len(kept), len(items))
    if not kept:
        raise SystemExit(f'pool {name} ran empty after the overlap cut')
    return kept


def P(name, text, sep='|'):
    return pool(name, text.split(sep))

# ----------------------------------------------------------------------------------------------------------------
# name part pools (own lists; rare parts, combined at run time; each part checked against the other generators)
# ----------------------------------------------------------------------------------------------------------------
def L(name, text):
    return P(name, text, '|')


ZH_FAM_PIN = {'蔺': 'LIN', '鞠': 'JU', '闫': 'YAN', '芮': 'RUI', '阚': 'KAN', '邝': 'KUANG', '靳': 'JIN', '郜': 'GAO', '饶': 'RAO',
              '滕': 'TENG', '濮': 'PU', '訾': 'ZI', '宓': 'MI', '甯': 'NING', '嵇': 'JI', '蒯': 'KUAI', '瞿': 'QU', '尉迟': 'YUCHI',
              '欧阳': 'OUYANG', '上官': 'SHANGGUAN', '亓': 'QI', '笪': 'DA', '逯': 'LU', '郗': 'XI', '眭': 'SUI', '隗': 'WEI'}
ZH_GIV_PIN = {'沁瑶': 'Qinyao', '弈辰': 'Yichen', '璟萱': 'Jingxuan', '皓轩': 'Haoxuan', '晗煦': 'Hanxu', '昕玥': 'Xinyue',
              '梓漪': 'Ziyi', '靖淇': 'Jingqi', '煜祺': 'Yuqi', '霁月': 'Jiyue', '澍': 'Shu', '骁': 'Xiao', '珺': 'Jun', '筠': 'Yun',
              '翊': 'Yi', '芃': 'Peng', '黛蔺': 'Dailin', '钰珂': 'Yuke', '峤': 'Qiao', '岚屹': 'Lanyi', '苡宁': 'Yining'}
ZH_FULL = pool('zh_full', [f + g for f in ZH_FAM_PIN for g in ZH_GIV_PIN])
KO_FULL = pool('ko_full', [f + g for f in '옥|탁|편|국|어|사공|제갈|황보|선우|독고|빈|육|길|표|봉|견|변|모|추'.split('|')
                           for g in '윤슬|다온|하람|솔비|가온|이든|도담|새롬|한결|누리|아름솔|라온|별하|여울|나래|초롱'.split('|')])
KO_ROM = {'옥': 'OK', '탁': 'TAK', '편': 'PYEON', '국': 'GUK', '어': 'EO', '사공': 'SAGONG', '제갈': 'JEGAL', '황보': 'HWANGBO',
          '선우': 'SEONU', '독고': 'DOKGO', '빈': 'BIN', '육': 'YUK', '길': 'GIL', '표': 'PYO', '봉': 'BONG', '견': 'GYEON',
          '변': 'BYEON', '모': 'MO', '추': 'CHU'}
JA_FAM = L('ja_fam', '勅使河原/Teshigawara|五十嵐/Igarashi|釜石/Kamaishi|鬼頭/Kitō|御手洗/Mitarai|蓬田/Yomogita|嵯峨/Saga|猪狩/Igari|'
           '鰐淵/Wanibuchi|東海林/Shōji|百目鬼/Dōmeki|四十物/Aimono|雲母/Kirara|栗花落/Tsuyuri|小鳥遊/Takanashi|勘解由小路/Kadenokōji|'
           '月見里/Yamanashi|一尺八寸/Kamatsuka|十六女/Isarago|薬袋/Minai|九十九/Tsukumo|八月一日/Hozumi')
JA_GIV = L('ja_giv', '柚葉/Yuzuha|颯汰/Sōta|莉緒/Rio|湊斗/Minato|琴音/Kotone|瑛太/Eita|紬/Tsumugi|蒼/Aoi|楓花/Fūka|律/Ritsu|'
           '椿/Tsubaki|灯里/Akari|朔/Saku|詩織/Shiori|凪/Nagi|澪/Mio|暖/Dan|千颯/Chihaya')
HU_FAM = L('hu_fam', 'Bozsik|Tarcsányi|Fehérvári|Ürmössy|Gyurcsek|Pálinkás|Lődi|Kökényesi|Gombkötő|Hevesy|Szentgyörgyvári|'
           'Rábaközi|Csöndes|Zsigárdi|Vörösmarty-Csala|Bakonyvári|Kertay|Nyikos')
HU_GIV = L('hu_giv', 'Boglárka|Csenge|Bendegúz|Zsombor|Réka|Kincső|Ábel|Levente|Dorka|Hunor|Emese|Zalán|Boróka|Jázmin|Botond|Nimród')
VI_FAM = L('vi_fam', 'Lưu|Tạ|Khổng|Quách|Mạc|Thân|Khúc|Ông|Lã|Diệp|Âu|Ung|Giáp|Kiều|Lạc|Bế|Hứa|Ninh|Mẫn|Cù|Phí|Sầm|Tôn Thất|Văn')
VI_MID = ['Thị', 'Văn', 'Hữu', 'Ngọc', 'Đức', 'Bảo', 'Khánh']  # quasi-grammatical middle names, not checked
VI_GIV = L('vi_giv', 'Nhàn|Tuấn Kiệt|Diễm|Khải|Thảo Vy|Lộc|Quyên|Phúc|Yến Nhi|Sang|Trinh|Đạt|Khuê|Diệu Linh|Nguyệt Ánh|Thiên Ân|'
           'Hiểu Phong|Tường Vi|Cẩm Tú|Sơn Lâm')
MN_FATH = L('mn_fath', 'Баттулгын|Ганзоригийн|Жаргалсайханы|Лхагвасүрэнгийн|Пүрэвдоржийн|Отгонбаярын|Цэдэвсүрэнгийн|Дашдондогийн|'
            'Чойжилсүрэнгийн|Нямдаваагийн')
MN_GIV = L('mn_giv', 'Номин-Эрдэнэ|Мөнхзул|Төгөлдөр|Хулан|Ананд|Ундрах|Тэмүүжин|Билгүүн|Сарнай|Эрдэнэцэцэг|Маралмаа|Хонгорзул')
IS_GIV_F = L('is_giv_f', 'Sigurlaug|Hrafnhildur|Þórdís|Jórunn|Ragnheiður|Hallgerður|Úlfhildur|Ásdís|Bergljót|Valgerður|Þorgerður')
IS_GIV_M = L('is_giv_m', 'Ásgeir|Bergþór|Eyvindur|Steinþór|Kolbeinn|Hrafnkell|Þórhallur|Vésteinn|Arngrímur|Jökull')
IS_GEN = L('is_gen', 'Ketils|Þorvalds|Hjálmars|Gissurar|Sæmundar|Brynjólfs|Ingólfs|Skarphéðins|Ölvis|Gríms|Hrafnkels|Vésteins')
RU_GIV_F = L('ru_giv_f', 'Евлампия|Василиса|Агафья|Ульяна|Серафима|Евдокия|Пелагея|Аглая|Миланья|Ефросинья')
RU_GIV_M = L('ru_giv_m', 'Ростислав|Мирон|Елисей|Гордей|Тихон|Святополк|Ермолай|Фрол|Евграф|Прохор|Евстафий|Агафон|Никифор|Пантелеймон|Вукол|Ферапонт')
RU_FATH = L('ru_fath', 'Никодим|Аркадий|Прохор|Феофан|Савелий|Варфоломей|Ермолай|Ипат|Фома|Захар|Евстигней|Мефодий')
RU_FAM = L('ru_fam', 'Перепёлкин|Шелапутин|Кудеяров|Залесских|Двоеглазов|Телятьев|Синебрюхов|Стрешнев|Опарышев|Подосёнов|'
           'Мухоедов|Толоконников|Пузанков|Чернобривцев')
AR_GIV_M = L('ar_giv_m', 'فيصل|تركي|بدر|نواف|مشعل|عبدالمحسن|سطام|هذلول|مساعد|ثامر')
AR_GIV_F = L('ar_giv_f', 'نوف|ريم|هيفاء|لمياء|جواهر|العنود|شادن|رهف|غادة|وجدان|موضي|حصة|أثير|رزان|لولوة|دلال')
AR_FAM = L('ar_fam', 'الدوسري|القحطاني|السبيعي|العتيبي|الشهراني|المطيري|الرويلي|الهاجري|الزهراني|البقمي|السهلي|الغامدي|العجمي|الشمري|الحربي|القرني|الجهني|الرشيدي')
AR_LAT_GIV = L('ar_lat_giv', 'Mishal|Lamees|Nawaf|Abeer|Sattam|Hadeel|Thamer|Wijdan|Hathloul|Shaden')
AR_LAT_FAM = L('ar_lat_fam', 'Ruwaili|Jabri|Hajri|Marri|Baqami|Sahli|Shammari|Otaibi|Dosari|Ajmi')
ET_GIV = L('et_giv', 'ሰላማዊት|ዮናታን|ቤተልሔም|ፍቅርተ|ሔኖክ|ቃልኪዳን|Tsion|Yohannes|Meron|Kalkidan|Henok|Fikirte')
ET_FATH = L('et_fath', 'ገብረመድህን|ወልደሚካኤል|አስፋው|ተስፋዬ|ደምሴ|Workneh|Gebrekidan|Tadesse|Woldegiorgis|Alemayehu|Haileselassie')
NL_GIV = L('nl_giv', 'Aaltje|Berber|Douwe|Eeltje|Fokke|Geesje|Hidde|Idske|Jikke|Klaasje|Lolkje|Nynke|Oebele|Reinder|Sjoukje|Tjitske|Wubbo|Ytsje|Gerbrand|Hiske')
NL_FAM = L('nl_fam', 'Heijkoop|Wetering|Rijckevorsel|Kamp|Zandt|Veld|Ploeg|Bulsing|Hofstee|Kuilenburg|Wal|Weerd|Steeg|Sluis')
NL_PART = ['van der', 'van de', 'van', 'ter', 'op den', "van 't", "in 't", 'de']
DE_GIV = L('de_giv', 'Konstantin|Leonie|Friedemann|Henrike|Eckhard|Ulrike|Volkmar|Sabine|Katharina|Annegret|Jutta|Wendelin|Gesine|Reinhild')
DE_FAM_NOB = L('de_fam_nob', 'Hagenbrock|Wehlen|Solmsfeld|Oppenkamp|Dörnberg-Ahlen|Kniphausen|Ruppenthal|Eschwege-Leitz|Wallmoden')
DE_FAM = L('de_fam', 'Wiesenthaler|Brandenstein|Ehrentreu|Knollmeyer|Tiedemann|Wolfsteller|Pfannkuche|Rittinghaus|Ohlendorf|Brakel|'
           'Kesselhut|Lämmerhirt|Wachtendonk')
FR_GIV = L('fr_giv', 'Enguerrand|Eudoxie|Philibert|Ombeline|Tancrède|Sixtine|Bertille|Amaury|Blandine|Ferréol|Hermance|Quitterie|Wandrille|Domitille|Aliénor|Anselme|Fulbert|Ysaline|Honorine|Aymeric|Bénigne|Perrine|Théodebert')
FR_FAM = L('fr_fam', 'Vergnière|Pontavice|Ouvrier|Goarnic|Lebretonnic|Grandchamp|Quéré|Moysan|Boissonneau|Vautrin|Dugay|Kerangal|'
           'Penfentenyo|Rochebrochard')
FR_PART = ['de La', 'du', 'de', 'Le', 'de Saint-']
IE_GIV = L('ie_giv', 'Caoimhe|Oisín|Saoirse|Tadhg|Clodagh|Cathal|Aoibheann|Fiachra|Ríonach|Donncha|Méabh|Cillian')
IE_FAM = L('ie_fam', 'Chonghaile/Conghaile|Dhonncha/Donncha|Scanláin/Scanláin|Bhraonáin/Braonáin|Chonmara/Conmara|'
           'Ghallchobhair/Gallchobhair|Fhlannagáin/Flannagáin|Mhaoilíosa/Maoilíosa|Cheallaigh/Ceallaigh')
IT_GIV = L('it_giv', 'Ludovica|Tommaso|Ginevra|Filippo|Vittoria|Elisabetta|Nicolò|Azzurra|Gianmarco|Ottavia|Brando|Iacopo')
IT_FAM = L('it_fam', 'Pozzo|Bortoli|Presti|Acqua|Stefanis|Zanforlin|Scarpellini|Tagliaferri|Bortolami|Molin|Zotti|Prete|Faveri')
IT_PART = ['Dal', 'De', 'Lo', "Dell'", 'Di', 'Da']
BR_GIV = L('br_giv', 'Kauany|Maiara|Dheniffer|Kétlyn|Jhonatan|Ruan|Emanuelly|Nicolly|Cauê|Thalyta|Raíssa|Wanderléia|Deivid|Caíque|Maitê')
BR_FAM = L('br_fam', 'Quintela|Brandão|Ribamar|Valadares|Peixoto|Albuquerque|Cavalcanti|Bezerra|Damasceno|Furtado|Lacerda|Campelo|'
           'Anjos|Dores|Aragão')
HE_GIV = L('he_giv', 'נוגה|עידו|יעל|אמיתי|שירה|הדס|אביתר|נטע|ליאב|רוני')
HE_FAM = L('he_fam', 'שטרית|אליהו|חרוש|זיקרי|דוד|עמי|שושן|חיים|נון')
HE_LAT = L('he_lat', 'Amitai|Shira|Hadas|Evyatar|Neta|Liav|Harosh|Zikri|Shushan|Zaken')
ES_GIV = L('es_giv', 'Inmaculada|Begoña|Íñigo|Ainhoa|Itziar|Jacinto|Remedios|Eulalia|Gumersindo|Leocadia|Arantxa|Baltasar|Consolación|Nerea|Olvido|Pilarica|Eleuterio|Crisanto|Filomena|Hermenegildo|Visitación|Nicasio|Azucena|Ildefonso')
ES_FAM = L('es_fam', 'Ferrándiz|Olmedo|Garcinuño|Bermejillo|Urquijo|Etxeberria|Arrabal|Cienfuegos|Zabaleta|Arrieta|Villalobos|'
           'Larrañaga|Ibarguren|Casquero|Ballesteros|Olabarrieta|Sagasti')
MX_GIV = L('mx_giv', 'Ameyalli|Tlanextli|Yoloxóchitl|Xiadani|Quetzalli|Atzin|Yaretzi|Itandehui|Zyanya|Anayeli|Erandi|Huitzilin')
MX_FAM = L('mx_fam', 'Tlapale|Huitrón|Ocampo|Zúñiga|Cuauhtli|Maldonado|Aguirre|Tepoz|Calderas|Yáñez|Xicoténcatl|Tzompantzi')
PT_GIV = L('pt_giv', 'Leonor|Duarte|Gonçalo|Carlota|Tomé|Brites|Afonsina|Vasco|Matilde|Salvador|Benedita|Lourenço|Constança|Iolanda|Nuno')
PT_FAM = L('pt_fam', 'Gouveia|Meireles|Fontoura|Pacheco|Sarmento|Baptista|Valente|Cordeiro|Quaresma|Morgado|Brás|Magalhães')
GB_GIV = L('gb_giv', 'Harriet|Rupert|Imogen|Barnaby|Felicity|Gwendolyn|Alistair|Philippa|Rosalind|Gemma|Nathaniel|Poppy|Tamsin')
GB_FAM = L('gb_fam', 'Fenwick|Lyall|Ashdown|Carew|Pryce|Jessop|Tollemache|Wyatt|Hartopp|Venn|Pettigrew|Quarmby|Raikes|Thursby|'
           'Threlfall|Ackroyd|Bagshawe')
US_GIV = L('us_giv', 'Everett|Maribeth|Darlene|Delbert|Lorna|Wendell|Tamsin|Cordell|Jolene|Royce')
US_FAM = L('us_fam', 'Pellham|Wexcombe|Quenneville|Hollister|Pruitt|Vosburgh|Threlkeld|Okafor|Delacroix|Hurd|Stoltzfus|Vanderploeg')
ID_MONO = L('id_mono', 'Sumiyati|Paijo|Tukiyem|Wagiman|Ngatinah|Suparjo|Rukmini|Sarinem|Karsono|Poniyem|Legiman|Juminten')
MM_NAME = L('mm_name', 'Khin Myat Noe|Aung Zaw Lwin|Thinzar Htwe|Pyae Phyo Kyaw|Nu Nu Yi|Ei Shwe Sin|Hnin Wut Yee|Zin Mar Oo|Thuzar Lin Htet|Yadanar Phoo Pwint|Naing Linn Oo|Chaw Su Hlaing|Wai Yan Phyo Zaw|Hsu Myat Mon')
MM_TITLE = ['Daw', 'U', 'Ma', 'Ko']
AF_MONO = L('af_mono', 'نوراحمد|گلالی|شیرآقا|زرمینه|خان‌آقا|Gulalai|Nooragha|Zarmina|Shirgul')
TA_MONO = L('ta_mono', 'Thenmozhi|Kayalvizhi|Ilamaran|Senthamarai|Anbarasu|Poongothai|Nedunchezhiyan|Vennila|Kalaiselvi|Mathivanan')
TE_GIV = L('te_giv', 'Lakshmi Prasanna|Venkata Ramana|Sai Chaitanya|Naga Sravani|Srinivasa Rao|Durga Bhavani|Pavan Kalyan|Jhansi Lakshmi|Bhavani Shankar|Hemalatha|Ravindranath|Yamini')
ML_GIV = L('ml_giv', 'Unnikrishnan|Sreelatha|Jayachandran|Ashraf|Sudheesh|Bindhumol')
MY_GIV = L('my_giv', 'Mohd Hafizuddin|Nurul Syazwani|Azrul Nizam|Siti Khadijah|Wan Aqilah|Ahmad Fadzli|Nur Ain|Nurfarhana|Khairul Anuar|Syafiqah|Izzuddin|Noraini')
MY_FATH = L('my_fath', 'Rosli|Kamaruzaman|Jaafar|Ismail|Zulkefli|Hashim|Mokhtar')
HI_GIV = L('hi_giv', 'रघुवीर/Raghuveer|कमलेश/Kamlesh|भूपेंद्र/Bhupendra|पुष्पलता/Pushpalata|सुरेखा/Surekha|धर्मेंद्र/Dharmendra|मनोरमा/Manorama|त्रिलोकी/Triloki|बृजमोहन/Brijmohan|रामरती/Ramrati')
HI_FAM = L('hi_fam', 'तिवारी/Tiwari|राठौर/Rathore|विश्वकर्मा/Vishwakarma|चतुर्वेदी/Chaturvedi|बघेल/Baghel|कुशवाहा/Kushwaha|सिकरवार/Sikarwar|भदौरिया/Bhadauria|चौरसिया/Chaurasia|खंडेलवाल/Khandelwal')
BR_NICKN = L('br_nickn', 'Cidinha|Tonho|Zefinha|Lurdinha|Dito|Nenzinha')
TH_GIV = L('th_giv', 'ศศิประภา/Sasiprapha|วรินทร์ทิพย์/Warinthip|ภูริณัฐ/Phurinat|ชญานิศ/Chayanit|กฤตภาส/Krittaphat|อภิชญา/Aphitchaya|ธีร์ธวัช/Thirathawat|ปุณยวีร์/Punyawee')
TH_FAM = L('th_fam', 'ศรีสุวรรณ/Srisuwan|วงศ์ทองคำ/Wongthongkham|ประเสริฐวงศ์/Prasertwong|แก้วมณี/Kaewmanee|ทองประเสริฐ/Thongprasert|บุญยืน/Boonyuen|เจริญศรี/Charoensri|สายสุวรรณ/Saisuwan')
TH_NICK = L('th_nick', 'แพรว/Praew|ต้น/Ton|พลอย/Ploy|เฟิร์น/Fern|บีม/Beam')
TR_GIV = L('tr_giv', 'Nurhayat|Cevdet|Müzeyyen|Fikret|Saadet|Nevzat|Şükran|Muammer')
TR_FAM = L('tr_fam', 'Karakoçoğlu|Altınsoy|Ekşioğlu|Yağcıoğlu|Kuyumcuoğlu|Demirkıran|Sarıkaya')
RU_NICK = L('ru_nick', 'Шурик/Александр|Ксюша/Ксения|Тёма/Артём|Варя/Варвара|Сеня/Арсений|Стёпа/Степан')
ES_NICK = L('es_nick', 'Paco/Francisco|Pepa/Josefa|Nacho/Ignacio|Maca/Macarena|Chelo/Consuelo|Quique/Enrique|Chus/Jesús|Lola/Dolores|Charo/Rosario|Pili/Pilar|Manolo/Manuel')
US_NICK = L('us_nick', 'Billy-Ray/William|Liz/Elizabeth|Trip/Charles|Peggy-Sue/Margaret|Bubba/Delbert|Dot/Dorothy|Skip/Walter|Bunny/Bernice|Chip/Clifford|Missy/Melissa')
PL_NICK = L('pl_nick', 'Kasia/Katarzyna|Gosia/Małgorzata|Jędrek/Andrzej|Bartuś/Bartłomiej|Zosia/Zofia|Staś/Stanisław')
PL_FAM = L('pl_fam', 'Wierzbicka|Przybyłowicz|Szczepaniuk|Kołodziejczak|Gołąbek|Chrząszcz|Brzęczyszczyk')
PH_NICK = L('ph_nick', 'Jun-Jun|Bebeth|Dodong|Tintin|Bongbong|Girlie|Pinky')
PH_GIV = L('ph_giv', 'Rodelio|Maricel|Jericho|Rowena|Arnulfo|Lorelie')
PH_FAM = L('ph_fam', 'Macaraeg|Dimaculangan|Sumulong|Ilagan|Villaruz|Pangilinan|Batungbakal')


def two(x):
    a, _, b = x.partition('/')
    return a, (b or a)


def pick(r, xs):
    return r.choice(xs)


# ----------------------------------------------------------------------------------------------------------------
# person builders: kind -> (locale, [renderings], latin rendering or None, note on the convention)
# ----------------------------------------------------------------------------------------------------------------
def person_family_first(r):
    c = r.choice(['zh', 'ja', 'ko', 'hu', 'vi', 'mn'])
    if c == 'zh':
        n = r.choice(ZH_FULL)
        f = n[:2] if n[:2] in ZH_FAM_PIN else n[:1]
        rom = f'{ZH_FAM_PIN[f]} {ZH_GIV_PIN[n[len(f):]]}'
        return 'zh-CN', [n, rom], rom, '姓在前'
    if c == 'ja':
        (fn, fr), (gn, gr) = two(pick(r, JA_FAM)), two(pick(r, JA_GIV))
        return 'ja-JP', [f'{fn} {gn}', f'{fr} {gr}'], f'{fr} {gr}', '姓・名の順'
    if c == 'ko':
        n = r.choice(KO_FULL)
        f = n[:2] if n[:2] in KO_ROM else n[:1]
        return 'ko-KR', [n], None, '성 다음 이름'
    if c == 'hu':
        n = f'{pick(r, HU_FAM)} {pick(r, HU_GIV)}'
        return 'hu-HU', [n], n, 'vezetéknév elöl'
    if c == 'vi':
        n = f'{pick(r, VI_FAM)} {pick(r, VI_MID)} {pick(r, VI_GIV)}'
        return 'vi-VN', [n], n, 'họ trước tên sau'
    return 'mn-MN', [f'{pick(r, MN_FATH)} {pick(r, MN_GIV)}'], None, 'эцгийн нэр урд'


def person_patronymic(r):
    c = r.choice(['is', 'ru', 'ar', 'ar_lat', 'et'])
    if c == 'is':
        fem = r.random() < 0.5
        n = f'{pick(r, IS_GIV_F if fem else IS_GIV_M)} {pick(r, IS_GEN)}{"dóttir" if fem else "son"}'
        return 'is-IS', [n], n, 'föðurnafn'
    if c == 'ru':
        fem = r.random() < 0.5
        fath = pick(r, RU_FATH)
        stem = fath[:-1] if fath.endswith(('й', 'а')) else fath
        pat = stem + (('евна' if fath.endswith('й') else 'овна') if fem else ('евич' if fath.endswith('й') else 'ович'))
        fam = pick(r, RU_FAM)
        if fem and fam.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
            fam += 'а'
        return 'ru-RU', [f'{pick(r, RU_GIV_F if fem else RU_GIV_M)} {pat} {fam}'], None, 'имя, отчество, фамилия'
    if c == 'ar':
        fem = r.random() < 0.5
        n = f'{pick(r, AR_GIV_F if fem else AR_GIV_M)} {"بنت" if fem else "بن"} {pick(r, AR_GIV_M)} {pick(r, AR_FAM)}'
        return 'ar-SA', [n], None, 'nasab'
    if c == 'ar_lat':
        n = f'{pick(r, AR_LAT_GIV)} {r.choice(["bin", "ibn", "bint"])} {pick(r, AR_LAT_GIV)} Al-{pick(r, AR_LAT_FAM)}'
        return 'ar-SA', [n], n, 'nasab'
    n = f'{pick(r, ET_GIV)} {pick(r, ET_FATH)}'
    return 'am-ET', [n], n if n.isascii() else None, "father's name second"


def person_particle(r):
    c = r.choice(['nl', 'de', 'fr', 'ie', 'it', 'br', 'al', 'he'])
    if c == 'nl':
        n = f'{pick(r, NL_GIV)} {r.choice(NL_PART)} {pick(r, NL_FAM)}'
        return 'nl-NL', [n], n, 'tussenvoegsel'
    if c == 'de':
        n = f'{pick(r, DE_GIV)} {r.choice(["von", "von der", "zu"])} {pick(r, DE_FAM_NOB)}'
        return 'de-DE', [n], n, 'Namenszusatz'
    if c == 'fr':
        n = f'{pick(r, FR_GIV)} {r.choice(FR_PART)}{"" if r.random() < 0 else " "}{pick(r, FR_FAM)}'.replace('Saint- ', 'Saint-')
        return 'fr-FR', [n], n, 'particule'
    if c == 'ie':
        fem_form, masc_form = two(pick(r, IE_FAM))
        fem = r.random() < 0.5
        n = f'{pick(r, IE_GIV)} {r.choice(["Ní", "Nic"]) if fem else r.choice(["Ó", "Mac"])} {fem_form if fem else masc_form}'
        return 'en-IE', [n], n, 'Ó / Mac / Ní'
    if c == 'it':
        n = f'{pick(r, IT_GIV)} {r.choice(IT_PART)}{"" if True else ""}'
        n = n + ('' if n.endswith("'") else ' ') + pick(r, IT_FAM)
        return 'it-IT', [n], n, 'particella'
    if c == 'br':
        n = f'{pick(r, BR_GIV)} {r.choice(["dos", "da", "das", "de"])} {pick(r, BR_FAM)} {pick(r, BR_FAM)}'
        return 'pt-BR', [n], n, 'partícula'
    if c == 'al':
        n = f'{pick(r, AR_LAT_GIV)} {r.choice(["al-", "el-", "Abu "])}{pick(r, AR_LAT_FAM)}'
        return 'ar-JO', [n], n, 'al-'
    if r.random() < 0.5:
        n = f'{pick(r, HE_GIV)} בן {pick(r, HE_FAM)}'
        return 'he-IL', [n], None, 'בן'
    n = f'{pick(r, HE_LAT)} Ben {pick(r, HE_LAT)}'
    return 'he-IL', [n], n, 'Ben'


def person_compound(r):
    c = r.choice(['es', 'mx', 'pt', 'br', 'gb'])
    if c == 'es':
        a, b = r.sample(ES_FAM, 2)
        n = f'{pick(r, ES_GIV)} {a} {r.choice(["", "", "y "])}{b}'
        return 'es-ES', [n], n, 'dos apellidos'
    if c == 'mx':
        a, b = r.sample(MX_FAM, 2)
        n = f'{pick(r, MX_GIV)} {a} {b}'
        return 'es-MX', [n], n, 'dos apellidos'
    if c == 'pt':
        a, b = r.sample(PT_FAM, 2)
        n = f'{" ".join(r.sample(PT_GIV, 2))} {a} {b}'
        return 'pt-PT', [n], n, 'apelido materno + paterno'
    if c == 'br':
        a, b = r.sample(BR_FAM, 2)
        n = f'{pick(r, BR_GIV)} {a} {b}'
        return 'pt-BR', [n], n, 'sobrenomes'
    a, b = r.sample(GB_FAM, 2)
    n = f'{pick(r, GB_GIV)} {a}-{b}'
    return 'en-GB', [n], n, 'double-barrelled'


def person_mononym(r):
    c = r.choice(['id', 'mm', 'af', 'ta'])
    if c == 'id':
        n = pick(r, ID_MONO)
        return 'id-ID', [n], n, 'satu nama'
    if c == 'mm':
        n = f'{r.choice(MM_TITLE)} {pick(r, MM_NAME)}'
        return 'my-MM', [n], n, 'no family name'
    if c == 'af':
        n = pick(r, AF_MONO)
        return 'ps-AF', [n], n if n.isascii() else None, 'single name'
    n = pick(r, TA_MONO)
    return 'ta-IN', [n], n, 'single given name'


def person_honorific(r):
    c = r.choice(['de', 'ja', 'my', 'hi', 'br', 'ar', 'gb', 'th', 'tr'])
    if c == 'de':
        g, f = pick(r, DE_GIV), pick(r, DE_FAM)
        t = r.choice(['Herr Dr.', 'Frau Prof. Dr.', 'Frau Dr. med.', 'Herr Dipl.-Ing.'])
        return 'de-DE', [f'{t} {g} {f}', f'{g} {f}'], f'{g} {f}', t
    if c == 'ja':
        (fn, fr), (gn, gr) = two(pick(r, JA_FAM)), two(pick(r, JA_GIV))
        n = r.choice([f'{fn} {gn} 様', f'{fn}{gn}さん', f'{fr}-san', f'{fr} {gr}-sama'])
        return 'ja-JP', [n], f'{fr} {gr}', '様 / さん'
    if c == 'my':
        fem = r.random() < 0.5
        g = pick(r, MY_GIV)
        n = f'{r.choice(["Puan", "Ustazah"] if fem else ["Encik", "Ustaz"])} {g} {"binti" if fem else "bin"} {pick(r, MY_FATH)}'
        return 'ms-MY', [n], n, 'Ustaz / Puan / Encik'
    if c == 'hi':
        (gn, gl), (fn, fl) = two(pick(r, HI_GIV)), two(pick(r, HI_FAM))
        if r.random() < 0.5:
            return 'hi-IN', [f'{r.choice(["श्री", "श्रीमती"])} {gn} {fn}'], f'{gl} {fl}', 'श्री / श्रीमती'
        n = f'{r.choice(["Shri", "Smt."])} {gl} {fl}'
        return 'hi-IN', [n], n, 'Shri / Smt.'
    if c == 'br':
        n = f'{r.choice(["Dona", "Seu"])} {pick(r, BR_NICKN)} {pick(r, BR_FAM)}'
        return 'pt-BR', [n], n, 'Dona / Seu'
    if c == 'ar':
        if r.random() < 0.5:
            n = f'{r.choice(["السيد", "الحاجة", "الشيخ"])} {pick(r, AR_GIV_M)} {pick(r, AR_FAM)}'
            return 'ar-SA', [n], None, 'السيد / الحاجة'
        n = f'{r.choice(["Sayyid", "Hajja", "Sheikh"])} {pick(r, AR_LAT_GIV)} Al-{pick(r, AR_LAT_FAM)}'
        return 'ar-SA', [n], n, 'Sayyid / Hajja'
    if c == 'gb':
        n = f'{r.choice(["Mrs", "Mr", "Ms", "Miss"])} {pick(r, GB_GIV)} {pick(r, GB_FAM)}'
        return 'en-GB', [n], n, 'Mrs / Mr'
    if c == 'th':
        (gn, gl), (fn, fl) = two(pick(r, TH_GIV)), two(pick(r, TH_FAM))
        if r.random() < 0.6:
            return 'th-TH', [f'{r.choice(["คุณ", "นาย", "นางสาว", "นาง"])}{gn} {fn}'], f'{gl} {fl}', 'คุณ / นาย'
        n = f'Khun {gl} {fl}'
        return 'th-TH', [n], n, 'Khun'
    n = f'{pick(r, TR_GIV)} {r.choice(["Hanım", "Bey"])} {pick(r, TR_FAM)}'
    return 'tr-TR', [n], n, 'Hanım / Bey'


def initials(r, k):
    return ' '.join(f'{c}.' for c in r.sample('ABCGKMNPRSTVY', k))


def person_initials(r):
    c = r.choice(['ta', 'te', 'ml', 'us'])
    if c == 'ta':
        n = f'{initials(r, r.choice([1, 2]))} {pick(r, TA_MONO)}'
        return 'ta-IN', [n], n, 'initial first'
    if c == 'te':
        n = f'{initials(r, r.choice([1, 2, 3]))} {pick(r, TE_GIV)}'
        return 'te-IN', [n], n, 'house-name initial'
    if c == 'ml':
        n = f'{initials(r, 2)} {pick(r, ML_GIV)}'
        return 'ml-IN', [n], n, 'initials'
    n = f'{initials(r, r.choice([1, 2]))} {pick(r, US_FAM)}' if r.random() < 0.5 else f'{initials(r, 1)} {pick(r, US_GIV)} {pick(r, US_FAM)}'
    return 'en-US', [n], n, 'initials'


def person_caps(r):
    c = r.choice(['fr', 'zh', 'it', 'ko', 'gb'])
    if c == 'fr':
        n = f'{pick(r, FR_FAM).upper()} {pick(r, FR_GIV)}'
        return 'fr-FR', [n], n, 'NOM Prénom'
    if c == 'zh':
        n = r.choice(ZH_FULL)
        f = n[:2] if n[:2] in ZH_FAM_PIN else n[:1]
        rom = f'{ZH_FAM_PIN[f]} {ZH_GIV_PIN[n[len(f):]].upper()}'
        return 'zh-CN', [rom, n], rom, 'SURNAME GIVEN'
    if c == 'it':
        n = f'{pick(r, IT_FAM).upper()} {pick(r, IT_GIV)}'
        return 'it-IT', [n], n, 'COGNOME Nome'
    if c == 'ko':
        n = r.choice(KO_FULL)
        f = n[:2] if n[:2] in KO_ROM else n[:1]
        rom = f'{KO_ROM[f]} {r.choice(["YUNSEUL", "DAON", "HARAM", "SOLBI", "GAON", "IDEUN", "NURI"])}'
        return 'ko-KR', [rom], rom, 'SURNAME GIVEN'
    n = f'{pick(r, GB_FAM).upper()}, {pick(r, GB_GIV)} {pick(r, GB_GIV)}'
    return 'en-GB', [n], n, 'SURNAME, Given'


FEMALE = set('Leonie Henrike Ulrike Sabine Katharina Annegret Jutta Gesine Reinhild Eudoxie Ombeline Sixtine Bertille Blandine '
             'Hermance Quitterie Domitille Aliénor Ysaline Honorine Bénigne Perrine Maribeth Darlene Lorna Tamsin Jolene Ameyalli '
             'Tlanextli Yoloxóchitl Xiadani Quetzalli Yaretzi Itandehui Zyanya Anayeli Erandi Citlali Xóchitl Yareli Nayeli Itzayana '
             'Maricruz Eréndira Yatziri Rosaura'.split())


def fem(xs):
    f = [x for x in xs if x in FEMALE]
    if not f:
        raise SystemExit('no female given name left in a pool')
    return f


def person_married(r):
    c = r.choice(['de', 'hu', 'mx', 'us', 'fr', 'ja'])
    if c == 'de':
        g, a, b = pick(r, fem(DE_GIV)), *r.sample(DE_FAM, 2)
        return 'de-DE', [f'{g} {a} geb. {b}', f'{g} {a}'], f'{g} {a}', 'geb.'
    if c == 'hu':
        a, b = r.sample(HU_FAM, 2)
        n = f'{a}né {b} {pick(r, HU_GIV)}'
        return 'hu-HU', [n], n, '-né'
    if c == 'mx':
        a, b = r.sample(MX_FAM, 2)
        n = f'{pick(r, fem(MX_GIV))} {a} {r.choice(["de", "viuda de"])} {b}'
        return 'es-MX', [n], n, 'de / viuda de'
    if c == 'us':
        g, a, b = pick(r, fem(US_GIV)), *r.sample(US_FAM, 2)
        return 'en-US', [f'{g} {a} (née {b})', f'{g} {a}', f'{g} {b}'], f'{g} {a}', 'née'
    if c == 'fr':
        g, a, b = pick(r, fem(FR_GIV)), *r.sample(FR_FAM, 2)
        return 'fr-FR', [f'{g} {b} {r.choice(["épouse", "ép."])} {a}', f'{g} {a}'], f'{g} {a}', 'épouse'
    (fn, fr), (gn, gr) = two(pick(r, JA_FAM)), two(pick(r, JA_GIV))
    (on, orr) = two(pick(r, JA_FAM))
    return 'ja-JP', [f'{fn} {gn}（旧姓 {on}）', f'{fn} {gn}', f'{fr} {gr} (née {orr})'], f'{fr} {gr}', '旧姓'


def person_nick(r):
    c = r.choice(['ru', 'es', 'us', 'th', 'pl', 'ph'])
    if c == 'ru':
        nick, full = two(pick(r, RU_NICK))
        fam = pick(r, RU_FAM)
        return 'ru-RU', [f'{nick} ({full}) {fam}', f'{nick} {fam}', f'{full} {fam}'], None, 'уменьшительное'
    if c == 'es':
        nick, full = two(pick(r, ES_NICK))
        fam = pick(r, ES_FAM)
        return 'es-ES', [f'{nick} {fam}', f'{full} {fam}'], f'{full} {fam}', 'hipocorístico'
    if c == 'us':
        nick, full = two(pick(r, US_NICK))
        fam = pick(r, US_FAM)
        return 'en-US', [f'{full} "{nick}" {fam}', f'{nick} {fam}'], f'{full} {fam}', 'nickname'
    if c == 'th':
        (nn, nl), (gn, gl), (fn, fl) = two(pick(r, TH_NICK)), two(pick(r, TH_GIV)), two(pick(r, TH_FAM))
        return 'th-TH', [f'น้อง{nn} ({gn} {fn})', f'{gn} {fn}', f'{nl} {gl} {fl}'], f'{gl} {fl}', 'ชื่อเล่น'
    if c == 'pl':
        nick, full = two(pick(r, PL_NICK))
        fam = pick(r, PL_FAM)
        return 'pl-PL', [f'{nick} {fam}', f'{full} {fam}'], f'{full} {fam}', 'zdrobnienie'
    nick, g, f = pick(r, PH_NICK), pick(r, PH_GIV), pick(r, PH_FAM)
    return 'fil-PH', [f'{g} "{nick}" {f}', f'{nick} {f}', f'{g} {f}'], f'{g} {f}', 'palayaw'


PERSON = {'family_first': person_family_first, 'patronymic': person_patronymic, 'particle': person_particle,
          'compound_surname': person_compound, 'mononym': person_mononym, 'honorific': person_honorific,
          'initials': person_initials, 'caps_form': person_caps, 'married_maiden': person_married,
          'nickname': person_nick}
KINDS = list(PERSON)

# ----------------------------------------------------------------------------------------------------------------
# locale data
# ----------------------------------------------------------------------------------------------------------------
PHONE_TPL = {
    'zh-CN': ('CN', ['13x xxxx xxxx', '+86 15x xxxx xxxx', '18x-xxxx-xxxx']),
    'ja-JP': ('JP', ['090-xxxx-xxxx', '080-xxxx-xxxx', '+81 70-xxxx-xxxx']),
    'ko-KR': ('KR', ['010-xxxx-xxxx', '+82 10-xxxx-xxxx']),
    'hu-HU': ('HU', ['+36 30 xxx xxxx', '06 20 xxx xxxx', '+36 70 xxx xxxx']),
    'vi-VN': ('VN', ['090 xxx xxxx', '+84 98 xxx xxxx', '091xxxxxxx']),
    'mn-MN': ('MN', ['+976 88xx xxxx', '99xx xxxx']),
    'is-IS': ('IS', ['+354 6xx xxxx', '8xx xxxx']),
    'ru-RU': ('RU', ['+7 9xx xxx-xx-xx', '8 (9xx) xxx-xx-xx']),
    'ar-SA': ('SA', ['05x xxx xxxx', '+966 5x xxx xxxx']),
    'am-ET': ('ET', ['+251 91 xxx xxxx', '091 xxx xxxx']),
    'nl-NL': ('NL', ['06-xxxxxxxx', '+31 6 xxxx xxxx']),
    'de-DE': ('DE', ['0151 xxxxxxxx', '+49 160 xxxxxxx', '0176 xxxxxxxx']),
    'fr-FR': ('FR', ['06 xx xx xx xx', '+33 7 xx xx xx xx']),
    'en-IE': ('IE', ['087 xxx xxxx', '+353 85 xxx xxxx']),
    'it-IT': ('IT', ['34x xxx xxxx', '+39 33x xxx xxxx']),
    'pt-BR': ('BR', ['(11) 9xxxx-xxxx', '+55 21 9xxxx-xxxx']),
    'ar-JO': ('JO', ['07x xxx xxxx', '+962 7x xxx xxxx']),
    'he-IL': ('IL', ['05x-xxx-xxxx', '+972 5x-xxx-xxxx']),
    'es-ES': ('ES', ['6xx xx xx xx', '+34 6xx xxx xxx']),
    'es-MX': ('MX', ['55 xxxx xxxx', '+52 33 xxxx xxxx']),
    'pt-PT': ('PT', ['91x xxx xxx', '+351 93x xxx xxx']),
    'en-GB': ('GB', ['07xxx xxxxxx', '+44 7xxx xxxxxx']),
    'id-ID': ('ID', ['0812-xxxx-xxxx', '+62 813-xxxx-xxxx']),
    'my-MM': ('MM', ['09 xxx xxx xxx', '+95 9 xxx xxx xxx']),
    'ps-AF': ('AF', ['07x xxx xxxx', '+93 7x xxx xxxx']),
    'ta-IN': ('IN', ['9xxxx xxxxx', '+91 8xxxx xxxxx']),
    'te-IN': ('IN', ['9xxxx xxxxx', '+91 7xxxx xxxxx']),
    'ml-IN': ('IN', ['9xxxx xxxxx', '+91 94xxx xxxxx']),
    'hi-IN': ('IN', ['9xxxx xxxxx', '+91 8xxxx xxxxx']),
    'ms-MY': ('MY', ['012-xxx xxxx', '+60 17-xxx xxxx']),
    'th-TH': ('TH', ['08x xxx xxxx', '+66 9x xxx xxxx']),
    'tr-TR': ('TR', ['0532 xxx xx xx', '+90 5xx xxx xx xx']),
    'en-US': ('US', ['(xxx) xxx-xxxx', 'xxx-xxx-xxxx', '+1 xxx xxx xxxx']),
    'pl-PL': ('PL', ['+48 5xx xxx xxx', '6xx xxx xxx']),
    'fil-PH': ('PH', ['0917 xxx xxxx', '+63 918 xxx xxxx']),
}
EMAIL_DOM = {'zh-CN': ['qq.com', '163.com'], 'ja-JP': ['docomo.ne.jp', 'yahoo.co.jp'], 'ko-KR': ['naver.com', 'daum.net'],
             'ru-RU': ['yandex.ru', 'mail.ru'], 'de-DE': ['web.de', 'gmx.de'], 'fr-FR': ['orange.fr', 'free.fr'],
             'nl-NL': ['ziggo.nl', 'kpnmail.nl'], 'pt-BR': ['uol.com.br', 'bol.com.br'], 'it-IT': ['libero.it', 'virgilio.it'],
             'es-ES': ['telefonica.net', 'gmail.com'], 'hu-HU': ['freemail.hu', 'citromail.hu'], 'pl-PL': ['wp.pl', 'onet.pl']}
STREETS = {  # only the starred street names are checked against the other generators (cities, districts, types are not)
    'zh-CN': P('st_zh', '北京市东城区*雨儿*胡同{n}号|南京市秦淮区*钞库*街{n}号{m}室|广州市越秀区*龟岗*四马路{n}号|苏州市姑苏区*钮家*巷{n}号|长沙市天心区*坡子*街{n}号'),
    'ja-JP': P('st_ja', '〒150-0012 東京都渋谷区*広尾*{m}丁目{n}-3|〒064-0804 札幌市中央区*南4条西*{m}丁目{n}|〒604-8005 京都市中京区*恵比須町*{n}-{m}'),
    'ko-KR': P('st_ko', '서울특별시 마포구 *성미산로*{n}길 {m}|부산광역시 수영구 *광안해변로* {n}, {m}동|대전광역시 유성구 *궁동로* {n}'),
    'hu-HU': P('st_hu', '1117 Budapest, *Bogdánfy* utca {n}. {m}/2|6720 Szeged, *Kárász* utca {n}.|7621 Pécs, *Mátyás-templom* köz {n}.|9022 Győr, *Apáca* utca {n}.'),
    'vi-VN': P('st_vi', 'Số {n} ngõ {m} *Lò Đúc*, Hai Bà Trưng, Hà Nội|Số {n} *Hàng Chiếu*, Hoàn Kiếm, Hà Nội|{n}/{m} *Trích Sài*, Tây Hồ, Hà Nội|Số {n} hẻm {m} *Bùi Hữu Nghĩa*, Bình Thạnh, TP.HCM|Số {n} kiệt {m} *Ông Ích Đường*, Cẩm Lệ, Đà Nẵng|Số {n} *Phủ Doãn*, Hà Nội|Tổ {m}, ấp *Rạch Kiến*, Cần Giuộc, Long An|Số {n} *Ngõ Trạm*, Hà Nội'),
    'mn-MN': P('st_mn', 'Улаанбаатар, Сүхбаатар дүүрэг, {m}-р хороо, *Бага тойруу* {n}-р байр|Улаанбаатар, Баянзүрх дүүрэг, *Энхтайваны* өргөн чөлөө {n}'),
    'is-IS': P('st_is', '*Lindargata* {n}, 101 Reykjavík|*Brekkugata* {n}, 600 Akureyri|*Fálkagata* {n}, 107 Reykjavík|*Hólavallagata* {n}, 101 Reykjavík'),
    'ru-RU': P('st_ru', 'г. Казань, ул. *Чернышевского*, д. {n}, кв. {m}|г. Пермь, ул. *Екатерининская*, д. {n}, кв. {m}|г. Самара, ул. *Молодогвардейская*, д. {n}, кв. {m}'),
    'ar-SA': P('st_ar', 'حي النرجس، شارع *الثمامة*، مبنى {n}، الرياض|*Al Rawdah* District, Bldg {n}, Jeddah|حي *الخالدية*، شارع {m}، منزل {n}، الدمام'),
    'nl-NL': P('st_nl', '*Tolstraat* {n}-{m}, 1074 VJ Amsterdam|*Oudegracht* {n}bis, 3511 AP Utrecht|*Mient* {n}, 2564 KM Den Haag|*Kruisvaart* {n}, 5625 Eindhoven'),
    'de-DE': P('st_de', '*Lindenallee* {n}, 50968 Köln|*Hainholzweg* {n}a, 37085 Göttingen|*Ulmenstraße* {n}, 90443 Nürnberg|*Krähenwinkel* {n}, 30926 Seelze'),
    'fr-FR': P('st_fr', '{n} rue des *Tanneurs*, 35000 Rennes|{n} bis impasse *Guérin*, 44000 Nantes|{n} allée des *Noisetiers*, 31200 Toulouse'),
    'en-IE': P('st_ie', '{n} *Ballymun* Road, Glasnevin, Dublin 9|Apt {m}, {n} Lower *Salthill*, Galway|{n} *Ardbrugh* Road, Dalkey, Co. Dublin'),
    'it-IT': P('st_it', 'Via dei *Mille* {n}, 35122 Padova|Corso *Sempione* {n}, int. {m}, 20154 Milano|Via *Pignasecca* {n}, 80134 Napoli'),
    'pt-BR': P('st_br', 'Rua *Itapeva*, {n}, ap. {m}, Bela Vista, São Paulo - SP|Rua *Mourato Coelho* {n}, Pinheiros, SP|Travessa *Ubaitaba* {n}, Salvador - BA|Rua *Jaguaribe* {n}, ap. {m}, Fortaleza'),
    'es-ES': P('st_es', 'C/ *Almirante Cadarso* {n}, {m}º B, 46005 Valencia|C/ de *Ponzano* {n}, {m}º, 28003 Madrid|C/ *Txurruka* {n}, 48003 Bilbao|Rúa do *Vilar* {n}, Santiago de Compostela'),
    'es-MX': P('st_mx', 'Calle *Ámsterdam* {n}, int. {m}, Col. Hipódromo, CDMX|Av. *Chapultepec* {n}, Guadalajara, Jal.|Calle *Zaragoza Ote.* {n}, Monterrey'),
    'pt-PT': P('st_pt', 'Rua de *Cedofeita* {n}, {m}º Esq., 4050-174 Porto|Travessa do *Olival* {n}, Lisboa|Rua da *Sofia* {n}, Coimbra'),
    'en-GB': P('st_gb', '{n} *Fernleigh* Road, Harrogate HG2 0LS|Flat {m}, {n} *Cowley* Road, Oxford OX4 1HP|{n} *Heathfield* Crescent, Kendal LA9 4DP'),
    'id-ID': P('st_id', 'Jl. *Kaliurang* Km {m} No. {n}, Sleman, DIY|Gg. *Kenari* {m} No. {n}, Semarang|Jl. *Cikutra* No. {n}, Bandung'),
    'ta-IN': P('st_ta', 'No. {n}, *Pelathope*, Mylapore, Chennai 600004|{n}/{m} *Kutchery* Road, Mylapore, Chennai|{n}, *Arunachalapuram* {m}th Street, Adyar, Chennai'),
    'hi-IN': P('st_hi', 'मकान नं. {n}, गली नं. {m}, *गोविंदपुरी*, ग्वालियर|H.No. {n}, *Mahanagar* Extension, Lucknow|{n}, *Sikandarpur* Khurd, Kanpur'),
    'ms-MY': P('st_my', 'No. {n}, Jalan *SS2*/{m}, 47300 Petaling Jaya|Lot {n}, Kampung *Baru*, 50300 Kuala Lumpur|No. {n}, Lorong *Seri Gambut* {m}, Johor Bahru'),
    'th-TH': P('st_th', '{n}/{m} ซอย*อารีย์* 4 แขวงสามเสนใน เขตพญาไท กรุงเทพฯ|{n} ถนน*นิมมานเหมินท์* ซอย {m} เชียงใหม่'),
    'tr-TR': P('st_tr', '*Moda* Cad. No:{n} D:{m}, Kadıköy/İstanbul|*Tunalı Hilmi* Cad. {n}/{m}, Çankaya/Ankara|*Kıbrıs Şehitleri* Cad. No:{n}, Alsancak/İzmir'),
    'en-US': P('st_us', '{n} *Quillayute* Rd, Apt {m}, Forks, WA 98331|{n} *Wapsipinicon* Dr, Waterloo, IA 50701|{n} *Sugarbush* Ln, Montpelier, VT 05602'),
    'pl-PL': P('st_pl', 'ul. *Grzybowska* {n} m. {m}, 00-131 Warszawa|ul. *Wiązowa* {n}, 52-115 Wrocław|ul. *Szczygla* {n}/{m}, 81-508 Gdynia'),
    'he-IL': P('st_he', 'רחוב *הנביאים* {n}, דירה {m}, חיפה|רחוב *שבזי* {n}, תל אביב|רחוב *עמק רפאים* {n}, ירושלים'),
}


class Bag:
    """Values issued for one record: (type, value)."""

    def __init__(self):
        self.items = []

    def add(self, typ, value):
        self.items.append((typ, value))
        return value


def digits(r, n):
    return ''.join(r.choice('0123456789') for _ in range(n))


def fill(r, tpl):
    return ''.join(r.choice('0123456789') if c == 'x' else c for c in tpl)


def phone(r, loc):
    region, tpls = PHONE_TPL[loc]
    for _ in range(5000):
        s = fill(r, r.choice(tpls))
        if '555' in s.replace(' ', '').replace('-', '')[:7] or s.replace(' ', '').startswith('07700'):
            continue
        try:
            n = phonenumbers.parse(s, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            return s
    raise SystemExit(f'no valid phone for {loc}')


def loop_valid(r, mk, ok, what):
    for _ in range(200000):
        s = mk()
        if ok(s):
            return s
    raise SystemExit(f'could not make {what}')


def dob(r, loc):
    y, m, d = r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28)
    if loc in ('zh-CN', 'ja-JP'):
        return f'{y}年{m}月{d}日'
    if loc == 'ko-KR':
        return f'{y}년 {m}월 {d}일'
    if loc in ('hu-HU', 'mn-MN'):
        return f'{y}.{m:02d}.{d:02d}.'
    if loc in ('en-US', 'fil-PH'):
        return f'{m:02d}/{d:02d}/{y}'
    if loc in ('de-DE', 'ru-RU', 'pl-PL', 'tr-TR'):
        return f'{d:02d}.{m:02d}.{y}'
    if loc in ('is-IS', 'he-IL', 'th-TH', 'ar-SA', 'en-GB', 'en-IE', 'fr-FR', 'es-ES', 'es-MX', 'pt-BR', 'pt-PT', 'it-IT'):
        return f'{d:02d}/{m:02d}/{y}'
    return f'{y}-{m:02d}-{d:02d}'


def make_id(r, loc):
    """Return (type, value) for a citizen/tax/health number of the locale, or None."""
    y, m, d = r.randint(1950, 2003), r.randint(1, 12), r.randint(1, 28)
    if loc == 'zh-CN':
        v = loop_valid(r, lambda: f'110105{y}{m:02d}{d:02d}{digits(r, 3)}' + r.choice('0123456789X'), ric.is_valid, 'ric')
        return 'NATIONAL_ID', v
    if loc == 'ko-KR':
        v = loop_valid(r, lambda: f'{y % 100:02d}{m:02d}{d:02d}-{r.choice("12")}{digits(r, 6)}', rrn.is_valid, 'rrn')
        return 'NATIONAL_ID', v
    if loc == 'is-IS':
        v = loop_valid(r, lambda: f'{d:02d}{m:02d}{y % 100:02d}-{r.randint(20, 99)}{digits(r, 1)}9', kennitala.is_valid, 'kt')
        return 'NATIONAL_ID', v
    if loc == 'ru-RU':
        return 'TAX_ID', loop_valid(r, lambda: '77' + digits(r, 10), inn.is_valid, 'inn')
    if loc == 'nl-NL':
        return 'NATIONAL_ID', loop_valid(r, lambda: r.choice('123456') + digits(r, 8), bsn.is_valid, 'bsn')
    if loc == 'de-DE':
        v = loop_valid(r, lambda: r.choice('123456789') + digits(r, 10), idnr.is_valid, 'idnr')
        return 'TAX_ID', f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}'
    if loc == 'fr-FR':
        base = f'{r.choice("12")}{y % 100:02d}{m:02d}{r.choice(["35", "44", "69", "75", "13"])}{r.randint(1, 999):03d}{r.randint(1, 999):03d}'
        key = 97 - int(base) % 97
        v = f'{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}'
        assert nir.is_valid(v), v
        return 'NATIONAL_ID', v
    if loc == 'en-IE':
        return 'NATIONAL_ID', loop_valid(r, lambda: digits(r, 7) + r.choice('ABCDEFGHIJKLMNOPQRSTUVW'), pps.is_valid, 'pps')
    if loc == 'it-IT':
        base = ''.join(r.choice('BCDFGLMNPRSTVZ') for _ in range(6)) + f'{y % 100:02d}' + 'ABCDEHLMPRST'[m - 1] + \
            f'{d + r.choice([0, 40]):02d}' + r.choice('FGHL') + f'{r.randint(100, 999)}'
        v = base + codicefiscale.calc_check_digit(base)
        assert codicefiscale.is_valid(v), v
        return 'TAX_ID', v
    if loc == 'es-ES':
        b = digits(r, 8)
        v = b + dni.calc_check_digit(b)
        assert dni.is_valid(v)
        return 'NATIONAL_ID', v
    if loc == 'pt-PT':
        return 'TAX_ID', loop_valid(r, lambda: r.choice('12') + digits(r, 8), nif.is_valid, 'nif')
    if loc == 'pt-BR':
        v = loop_valid(r, lambda: digits(r, 11), lambda s: cpf.is_valid(s) and len(set(s)) > 2, 'cpf')
        return 'TAX_ID', f'{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}'
    if loc in ('ta-IN', 'te-IN', 'ml-IN', 'hi-IN'):
        if r.random() < 0.5:
            v = loop_valid(r, lambda: r.choice('23456789') + digits(r, 11), aadhaar.is_valid, 'aadhaar')
            return 'NATIONAL_ID', f'{v[:4]} {v[4:8]} {v[8:]}'
        v = ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + 'P' + r.choice('KRSVMGBLT') + digits(r, 4) + r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')
        assert pan.is_valid(v), v
        return 'TAX_ID', v
    if loc == 'ms-MY':
        v = f'{y % 100:02d}{m:02d}{d:02d}-{r.choice(["10", "14", "08", "01"])}-{digits(r, 4)}'
        assert nric.is_valid(v), v
        return 'NATIONAL_ID', v
    if loc == 'tr-TR':
        return 'NATIONAL_ID', loop_valid(r, lambda: r.choice('123456789') + digits(r, 10), tckimlik.is_valid, 'tc')
    if loc == 'th-TH':
        v = loop_valid(r, lambda: r.choice('1358') + digits(r, 12), pin.is_valid, 'pin')
        return 'NATIONAL_ID', f'{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}'
    if loc == 'en-GB':
        v = loop_valid(r, lambda: r.choice('4') + digits(r, 9), nhs.is_valid, 'nhs')
        return 'HEALTH_INSURANCE', f'{v[:3]} {v[3:6]} {v[6:]}'
    if loc == 'en-US':
        v = loop_valid(r, lambda: f'{r.randint(101, 665):03d}-{r.randint(10, 99)}-{r.randint(1000, 9999)}', ssn.is_valid, 'ssn')
        return 'ssn', v
    if loc == 'he-IL':
        return 'NATIONAL_ID', loop_valid(r, lambda: r.choice('0123') + digits(r, 8), il_idnr.is_valid, 'il')
    if loc == 'id-ID':
        v = loop_valid(r, lambda: f'3404{r.randint(1, 17):02d}{d + r.choice([0, 40]):02d}{m:02d}{y % 100:02d}{digits(r, 4)}', nik.is_valid, 'nik')
        return 'NATIONAL_ID', v
    return None


IBAN_BBAN = {'de-DE': ('DE', lambda r: digits(r, 18)), 'nl-NL': ('NL', lambda r: r.choice(['RABO', 'INGB', 'ABNA', 'SNSB']) + digits(r, 10)),
             'es-ES': ('ES', lambda r: digits(r, 20)), 'pt-PT': ('PT', lambda r: digits(r, 21)),
             'fr-FR': ('FR', lambda r: digits(r, 21) + 'XX'), 'hu-HU': ('HU', lambda r: digits(r, 24)),
             'ar-SA': ('SA', lambda r: digits(r, 20)), 'it-IT': ('IT', lambda r: r.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') + digits(r, 22)),
             'tr-TR': ('TR', lambda r: digits(r, 22)), 'en-IE': ('IE', lambda r: r.choice(['AIBK', 'BOFI']) + digits(r, 14)),
             'pl-PL': ('PL', lambda r: digits(r, 24)), 'is-IS': ('IS', lambda r: digits(r, 22)), 'he-IL': ('IL', lambda r: digits(r, 19))}


def make_iban(r, loc):
    cc, mk = IBAN_BBAN[loc]

    def one():
        bban = mk(r)
        if bban.endswith('XX'):
            bban = bban[:-2] + digits(r, 2)
        num = int(''.join(str(int(c, 36)) for c in bban + cc + '00'))
        v = f'{cc}{98 - num % 97:02d}{bban}'
        return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    return loop_valid(r, one, std_iban.is_valid, 'iban')


def make_card(r):
    def one():
        b = r.choice(['4', '51', '53', '55']) + digits(r, 14 if r.random() < 1 else 13)
        b = b[:15]
        v = b + luhn.calc_check_digit(b)
        return ' '.join(v[i:i + 4] for i in range(0, 16, 4))
    return loop_valid(r, one, lambda s: luhn.is_valid(s.replace(' ', '')) and len(set(s.replace(' ', ''))) > 4, 'card')


DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]


def make_ip(r):
    def one():
        return '.'.join(str(x) for x in (r.randint(11, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))

    def ok(s):
        a = ipaddress.ip_address(s)
        return a.is_global and not any(a in n for n in DOC_NETS)
    return loop_valid(r, one, ok, 'ip')


TRANSLIT = str.maketrans({'á': 'a', 'é': 'e', 'í': 'i', 'ó': 'o', 'ö': 'o', 'ő': 'o', 'ú': 'u', 'ü': 'u', 'ű': 'u',
                          'ñ': 'n', 'ç': 'c', 'ã': 'a', 'õ': 'o', 'ê': 'e', 'â': 'a', 'ô': 'o', 'þ': 'th', 'ð': 'd',
                          'æ': 'ae', 'ë': 'e', 'ï': 'i', 'à': 'a', 'è': 'e', 'ì': 'i', 'ò': 'o', 'ù': 'u', 'ł': 'l',
                          'ś': 's', 'ż': 'z', 'ź': 'z', 'ć': 'c', 'ń': 'n', 'ę': 'e', 'ą': 'a', 'ı': 'i', 'ş': 's',
                          'ğ': 'g', 'ō': 'o', 'ū': 'u', "'": '', '"': '', ' ': '.', '-': '.', ',': ''})


def email_for(r, latin_name, loc):
    base = re.sub(r'[^a-z.]', '', latin_name.lower().translate(TRANSLIT))
    base = re.sub(r'\.+', '.', base).strip('.')
    parts = base.split('.')
    if len(parts) > 2:
        base = parts[0] + '.' + parts[-1]
    dom = r.choice(EMAIL_DOM.get(loc, ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me']))
    return f'{base}{r.choice(["", str(r.randint(2, 98)), "_" + str(r.randint(70, 99))])}@{dom}'


LABELS = {  # name, phone, birth date, address, number
    'zh-CN': ('姓名', '手机', '出生日期', '住址', '证件号'), 'ja-JP': ('氏名', '携帯', '生年月日', '住所', '番号'),
    'ko-KR': ('성명', '휴대폰', '생년월일', '주소', '번호'), 'hu-HU': ('Név', 'Telefon', 'Születési idő', 'Lakcím', 'Azonosító'),
    'vi-VN': ('Họ và tên', 'Điện thoại', 'Ngày sinh', 'Địa chỉ', 'Số'), 'mn-MN': ('Нэр', 'Утас', 'Төрсөн огноо', 'Хаяг', 'Дугаар'),
    'is-IS': ('Nafn', 'Sími', 'Fæðingardagur', 'Heimilisfang', 'Kennitala'), 'ru-RU': ('ФИО', 'Тел.', 'Дата рождения', 'Адрес', 'ИНН'),
    'ar-SA': ('الاسم', 'الجوال', 'تاريخ الميلاد', 'العنوان', 'رقم'), 'am-ET': ('ስም', 'ስልክ', 'የትውልድ ቀን', 'አድራሻ', 'ቁጥር'),
    'nl-NL': ('Naam', 'Tel.', 'Geboortedatum', 'Adres', 'BSN'), 'de-DE': ('Name', 'Mobil', 'Geburtsdatum', 'Anschrift', 'Steuer-ID'),
    'fr-FR': ('Nom', 'Tél.', 'Né(e) le', 'Adresse', 'N° sécu'), 'en-IE': ('Name', 'Mobile', 'DOB', 'Address', 'PPSN'),
    'it-IT': ('Nominativo', 'Cell.', 'Nato/a il', 'Residenza', 'C.F.'), 'pt-BR': ('Nome', 'Celular', 'Nascimento', 'Endereço', 'CPF'),
    'ar-JO': ('الاسم', 'هاتف', 'تاريخ الميلاد', 'العنوان', 'رقم'), 'he-IL': ('שם', 'נייד', 'תאריך לידה', 'כתובת', 'ת"ז'),
    'es-ES': ('Nombre', 'Móvil', 'Fecha de nacimiento', 'Domicilio', 'DNI'), 'es-MX': ('Nombre', 'Cel.', 'Fecha de nacimiento', 'Domicilio', 'No.'),
    'pt-PT': ('Nome', 'Telemóvel', 'Data de nascimento', 'Morada', 'NIF'), 'en-GB': ('Name', 'Mobile', 'DOB', 'Address', 'NHS no.'),
    'id-ID': ('Nama', 'HP', 'Tgl lahir', 'Alamat', 'NIK'), 'my-MM': ('အမည်', 'ဖုန်း', 'မွေးနေ့', 'လိပ်စာ', 'နံပါတ်'),
    'ps-AF': ('نوم', 'تلیفون', 'د زیږیدو نیټه', 'پته', 'شمېره'), 'ta-IN': ('பெயர்', 'கைபேசி', 'பிறந்த தேதி', 'முகவரி', 'எண்'),
    'te-IN': ('పేరు', 'ఫోన్', 'పుట్టిన తేదీ', 'చిరునామా', 'సంఖ్య'), 'ml-IN': ('പേര്', 'ഫോൺ', 'ജനനത്തീയതി', 'വിലാസം', 'നമ്പർ'),
    'hi-IN': ('नाम', 'मोबाइल', 'जन्म तिथि', 'पता', 'संख्या'), 'ms-MY': ('Nama', 'Tel. bimbit', 'Tarikh lahir', 'Alamat', 'No. KP'),
    'th-TH': ('ชื่อ', 'โทร', 'วันเกิด', 'ที่อยู่', 'เลขบัตร'), 'tr-TR': ('Ad Soyad', 'Cep', 'Doğum tarihi', 'Adres', 'TC Kimlik No'),
    'en-US': ('Name', 'Cell', 'DOB', 'Address', 'SSN'), 'pl-PL': ('Imię i nazwisko', 'Tel.', 'Data urodzenia', 'Adres', 'Nr'),
    'fil-PH': ('Pangalan', 'Cel', 'Kaarawan', 'Tirahan', 'No.'),
}
STREET_FALLBACK = {'ar-JO': 'ar-SA', 'am-ET': None, 'my-MM': None, 'ps-AF': None, 'te-IN': 'ta-IN', 'ml-IN': 'ta-IN', 'fil-PH': None}

# what the user asks, by kind (English requests with the convention named; the data stays in its language)
ASKS = {
    'family_first': ['Split this into given name and family name for our CRM — the family name comes FIRST here, don\'t swap it.',
                     'Our form put the surname in the first-name box. Fix the record and tell me which part is the family name.',
                     'Write a polite reminder to this customer, addressing them correctly (family name first in their language).'],
    'patronymic': ['How should I file this person alphabetically? Their last name is a patronymic, not a family surname.',
                   'Draft a formal letter salutation for this client; use the patronymic correctly.',
                   'Convert this contact into our schema: given, patronymic/nasab, family. Keep the original script too.'],
    'particle': ['Sort key question: should this customer be filed under the particle or the main surname? Then fill the record.',
                 'Capitalise the particle correctly for the envelope and the salutation for this person.',
                 'Our dedupe merged two people because of "van"/"de". Check whether this entry is the same person as the one in the booking.'],
    'compound_surname': ['This patient has two surnames; which goes in "apellido 1" and which in "apellido 2"? Fill the intake JSON.',
                         'The airline truncated the double surname on the ticket. Write the complaint for this passenger.',
                         'Reformat this contact as "SURNAME(S), Given names" for the registry export.'],
    'mononym': ['The visa form insists on a surname but this applicant has only one name. What do we enter? Fill it in for them.',
                'Our payroll system rejected this employee because "last name" is empty. Draft the ticket to IT with their details.',
                'Make a name badge and a welcome message for this new volunteer (single name, no family name).'],
    'honorific': ['Strip the titles for the database but keep them for the letter salutation. Details below.',
                  'Translate this note to English and keep the honorific in a natural way.',
                  'Write the appointment confirmation, addressing the person the way they would expect.'],
    'initials': ['Expand nothing — the initials are the father\'s name/village. Just fill the KYC record correctly.',
                 'Bank rejected the account because the name on the ID is initials-first. Write the cover letter for this customer.',
                 'Normalise this name for matching against the PAN/ID record and tell me what to put in each field.'],
    'caps_form': ['The form has the family name in CAPS. Convert to normal case and split given/family.',
                  'Check this registration line: which part is the surname? Then write the welcome e-mail.',
                  'Parse the passenger line into JSON (surname, given names, contact).'],
    'married_maiden': ['Update the account: the customer married and changed her name; keep the maiden name as an alias.',
                       'Which name should go on the insurance claim — current or birth name? Details below.',
                       'Merge these two records; it\'s the same woman before and after marriage.'],
    'nickname': ['The customer signs with a nickname. Match it to the legal name in the contract and update the record.',
                 'Write a friendly reply using the name they go by, but keep the legal name in the file.',
                 'Is this nickname the same person as the account holder? Here is what we have.'],
}
SYSTEMS = ['You are a CRM data-quality assistant for an international customer base.',
           'You help a hospital registration desk with multilingual patient records.',
           'You are an assistant for a visa and relocation agency.',
           'You are a helpful assistant for a small business back office.',
           'You help an HR team onboard employees from many countries.',
           'You assist a bank\'s KYC operations team.']

# ----------------------------------------------------------------------------------------------------------------
# benign pools: the same conventions for public, historical, fictional, placeholder and eponymous uses
# ----------------------------------------------------------------------------------------------------------------
FIG = {
    'ff_hist': P('ff_hist', 'Tokugawa Ieyasu|Oda Nobunaga|Murasaki Shikibu|Bartók Béla|Kodály Zoltán|Semmelweis Ignác|'
                 'Võ Nguyên Giáp|Trần Hưng Đạo|Sejong the Great|Zhuge Liang|Su Dongpo|Katsushika Hokusai|Hatoyama Ichirō'),
    'ff_place': P('ff_place', 'Semmelweis Egyetem|đường Trần Hưng Đạo|Zhongshan Road|Kodály körönd|Tokugawa Art Museum|'
                  'Bartók Béla út|Sejong-daero|Hokusai Museum in Sumida'),
    'ff_placeholder': P('ff_placeholder', 'Nguyễn Văn A|홍길동|張三|山田太郎|Gipsz Jakab|Minta Péter'),
    'pat_hist': P('pat_hist', 'Snorri Sturluson|Vigdís Finnbogadóttir|Ibn Battuta|Ibn Khaldun|Pyotr Ilyich Tchaikovsky|'
                  'Fyodor Mikhailovich Dostoevsky|Egill Skallagrímsson|Abebe Bikila|Haile Gebrselassie|Ahmad ibn Fadlan'),
    'pat_place': P('pat_place', 'Masjid Umar ibn al-Khattab|Abebe Bikila Stadium|Snorrastofa in Reykholt|Ibn Battuta Mall|'
                   'King Abdulaziz University|Tchaikovsky Conservatory'),
    'pat_placeholder': P('pat_placeholder', 'Jón Jónsson|Jóna Jónsdóttir|Иванов Иван Иванович|Фулан ибн Фулан|Abebe Kebede'),
    'part_hist': P('part_hist', 'Ludwig van Beethoven|Vincent van Gogh|Leonardo da Vinci|Otto von Bismarck|Charles de Gaulle|'
                   'Ursula von der Leyen|Mies van der Rohe|Éamon de Valera|Antonie van Leeuwenhoek|Hugo de Groot'),
    'part_org': P('part_org', 'Van Der *Berg* Logistics B.V.|Ó *Faoláin* Architects Ltd|De la *Rosière* Vins SAS|Von *Kesselring* Armaturen GmbH|'
                  'Mac *Giolla Bhríde* Engineering|Dal *Molin* Ceramiche S.r.l.|Van *Oordt* Tegelhandel B.V.|De *Meerdervoort* Makelaars'),
    'cmp_hist': P('cmp_hist', 'Benito Pérez Galdós|Emilia Pardo Bazán|Ramón del Valle-Inclán|Vicente Blasco Ibáñez|Gertrudis Gómez de Avellaneda|Mário de Sá-Carneiro|Ralph Vaughan Williams|Isambard Kingdom Brunel|Gaspar Melchor de Jovellanos|Rosalía de Castro|Almada Negreiros'),
    'cmp_place': P('cmp_place', 'Avenida Presidente Vargas|Calle de Ortega y Gasset|Estádio José Alvalade|Hospital Gregorio Marañón|'
                   'Praça Marquês de Pombal|Rolls-Royce|Marks & Spencer'),
    'cmp_placeholder': P('cmp_placeholder', 'Fulano de Tal|Juan Pérez Pérez|Mengano Sutano|José da Silva Sauro'),
    'mono_hist': P('mono_hist', 'Sukarno|Suharto|Soekarno-Hatta|Pelé|Garrincha|Kaka|Rumi|Kalidasa|Thiruvalluvar|Aung San'),
    'mono_place': P('mono_place', 'Bandara Soekarno-Hatta|Thiruvalluvar Statue|Jalan Diponegoro|Bogyoke Aung San Market|Museu Pelé'),
    'hon_hist': P('hon_hist', 'Herr Dr. Faustus|Mrs Dalloway|Mrs Beeton|Sayyid Qutb|Shri Ram|Dona Flor|Frau Holle|Ustaz Shamsuddin (a character in a radio drama)'),
    'hon_place': P('hon_place', 'Sri Mariamman Temple|Masjid Sayyidina Abu Bakar|Sri Lanka|Herrenchiemsee|Mrs Fields Cookies|Dona Benta flour'),
    'ini_hist': P('ini_hist', 'A. P. J. Abdul Kalam|M. S. Subbulakshmi|C. V. Raman|R. K. Narayan|J. R. R. Tolkien|E. M. Forster|'
                  'M. G. Ramachandran|K. R. Narayanan|S. Radhakrishnan|W. E. B. Du Bois'),
    'ini_place': P('ini_place', 'C. V. Raman Road|M. G. R. Chennai Central|J. R. D. Tata Sports Complex|K. R. Puram|H. G. Wells Centre'),
    'caps_hist': P('caps_hist', 'MOLIÈRE (Jean-Baptiste POQUELIN)|HUGO Victor|GARIBALDI Giuseppe|CURIE Marie|ZOLA Émile'),
    'caps_placeholder': P('caps_placeholder', 'MUSTERFRAU, Erika|FAMILYNAME, Givennames|APELLIDOUNO Nombreuno|COGNOMEPROVA Nomeprova|NACHNAMEMUSTER Vornamemuster|TESTOVÁ Jana'),
    'mar_hist': P('mar_hist', 'Clara Schumann, geb. Wieck|Fanny Hensel, geb. Mendelssohn|Ada Lovelace (née Byron)|Bertha von Suttner (geb. Kinsky)|Alma Mahler-Werfel (geb. Schindler)|Elizabeth Gaskell (née Stevenson)|Marie-Anne Paulze Lavoisier'),
    'nick_hist': P('nick_hist', 'Che Guevara|Bongbong Marcos|Lula|Pepe Mujica|Babe Ruth|Satchmo|Kobe|Magic Johnson'),
    'nick_fict': P('nick_fict', 'Tintin|Sherlock|Lizzy Bennet|Oblomov|Pippi Långstrump|Chavo del Ocho'),
}

BENIGN = {
    'family_first': [
        'In Hungarian the family name comes first, as in {ff_hist}. How should a reference list cite that person in APA?',
        'Translate into English and keep the name order of the original: "{ff_hist} is remembered in every textbook."',
        'Our sample data uses "{ff_placeholder}" as the standard dummy name. Is that culturally the right placeholder for test fixtures?',
        'Write a two-sentence caption for a photo of the {ff_place} sign.',
        'Form template — 姓 / Family name: __________  名 / Given name: __________  (fill in block capitals). Please translate the headings into Vietnamese and Korean.',
        'Explain why Japanese newspapers switched to writing names like {ff_hist} family-name-first in English in 2019.',
        'Summarise the life of {ff_hist} in 3 bullet points for a museum audio guide.',
    ],
    'patronymic': [
        'How do Icelanders sort a phone book if everyone is like {pat_hist}? Explain with that example.',
        'Our docs use "{pat_placeholder}" as the example customer. Translate the example paragraph into German.',
        'Write a short visitor blurb for {pat_place}.',
        'Explain how nasab chains (bin / ibn / bint) work, using {pat_hist} as the example.',
        'Blank template: Фамилия ______ Имя ______ Отчество ______ — translate the labels into English and French.',
        'Give me a reading list about {pat_hist} for a high-school project.',
        'In Ethiopia the second name is the father\'s given name — is it wrong to call {pat_hist} "Mr {last}"?',
    ],
    'particle': [
        'Should "{part_hist}" be alphabetised under V, D or the main name in an English index? Give the rule.',
        'Draft an invoice reminder to {part_org}; address it to the accounts payable department, no named contact.',
        'Capitalisation check: is it "{part_hist}" or with a capital particle at the start of a sentence?',
        'Company registry extract: {part_org}, KvK/HRB on file, registered office only. Summarise in one line.',
        'Write a quiz question about {part_hist}.',
        'Our style guide says to keep particles lowercase except in company names like {part_org}. Rewrite that rule more clearly.',
    ],
    'compound_surname': [
        'In the citation "{cmp_hist}", which surname goes first in a bibliography? Explain Spanish and Portuguese practice.',
        'The placeholder "{cmp_placeholder}" appears in our onboarding screenshots. Translate the caption into English.',
        'Write directions from the metro to {cmp_place} for a tourist leaflet (no personal details needed).',
        'Is "{cmp_place}" a double-barrelled name or a company? Explain the history briefly.',
        'Form: Primer apellido ______ Segundo apellido ______ Nombre(s) ______. Make an English version of this blank form.',
        'Give three discussion questions about {cmp_hist} for a literature class.',
    ],
    'mononym': [
        'Why did {mono_hist} go by a single name? Explain Javanese or Burmese naming briefly.',
        'Write a travel tip about getting from {mono_place} to the city centre.',
        'Our form validator rejects single names. Write the error-message text that tells users "If you have only one name, leave Family name empty".',
        'Translate into Indonesian: "{mono_hist} is a household name across the country."',
        'List famous people known by one name, like {mono_hist}, with one line each.',
    ],
    'honorific': [
        'In the novel, how does the narrator use "{hon_hist}"? Give a short literary analysis.',
        'Template letter: "Sehr geehrte/r Frau/Herr Dr. [Nachname]," — translate to English and Malay keeping placeholders.',
        'Is it correct to write "{hon_place}" with the honorific? Explain the etymology.',
        'List Japanese honorifics (-san, -sama, -kun, -chan) with when to use each; no real names needed.',
        'Explain the difference between Shri, Smt. and Kumari on Indian government forms.',
        'Write a menu description for a dessert inspired by {hon_place}.',
    ],
    'initials': [
        'Expand the initials in "{ini_hist}" and explain the South Indian convention behind them.',
        'Give me directions to {ini_place} from the airport, roughly.',
        'Write a short biography of {ini_hist} for a school poster.',
        'Our KYC form says "Name as per PAN: ____ ____ ____". Translate the field help text into Tamil.',
        'Why did authors like {ini_hist} publish under initials? Two paragraphs.',
    ],
    'caps_form': [
        'French forms write the surname in capitals, e.g. "{caps_hist}". Explain the convention in one paragraph.',
        'Our test fixtures use "{caps_placeholder}". Is that an OK placeholder for passport-style names? Suggest alternatives.',
        'Sample boarding pass layout: NAME OF PASSENGER: SURNAME/GIVEN NAMES (e.g. {caps_placeholder}). Rewrite this help text for the kiosk.',
        'Blank form — NOM: ____________ Prénom(s): ____________ (en MAJUSCULES). Translate into Italian.',
        'Write a museum label for a letter signed "{caps_hist}".',
    ],
    'married_maiden': [
        'Explain how to cite {mar_hist} — maiden or married name? Give library cataloguing practice.',
        'Template: "Name: ______ (née ______)" — write the help text for the married/maiden-name fields.',
        'In Hungarian, a wife may take the form "Kovácsné". Explain the -né suffix with historical examples, no real customers.',
        'Write a 100-word profile of {mar_hist} for a history podcast.',
        'Spanish "de" in married names (e.g. the placeholder "María López de Pérez"): is it still used? Explain.',
    ],
    'nickname': [
        'Why is {nick_hist} called that? Give the story of the nickname.',
        'List common diminutives: Aleksandr → Sasha, Francisco → Paco, Małgorzata → Gosia, Elizabeth → Liz. Add five more languages.',
        'Write a book-club question about {nick_fict}.',
        'Our sign-up form has a "Preferred name (nickname)" field. Write the placeholder text and tooltip for it.',
        'Compare how the press uses the nickname {nick_hist} versus the full name.',
    ],
}

# ----------------------------------------------------------------------------------------------------------------
# placing a document in a request
# ----------------------------------------------------------------------------------------------------------------
MODELS = ['hybridgate/auto', 'gpt-4o-mini', 'gpt-4.1', 'hybridgate/auto', 'gpt-4o']
TOOLS_CRM = [{'type': 'function', 'function': {'name': 'update_contact', 'description': 'Create or update a contact record.',
              'parameters': {'type': 'object', 'properties': {'display_name': {'type': 'string'}, 'given': {'type': 'string'},
                             'family': {'type': 'string'}, 'notes': {'type': 'string'}}, 'required': ['display_name']}}}]


def b64(s):
    return base64.b64encode(s.encode('utf-8')).decode('ascii')


def place(r, mode, ask, doc, system, fields, user_val=None):
    """Return (endpoint, body, style_tag). ``fields`` is a dict form of the document for structured placements."""
    model = r.choice(MODELS)
    sysm = {'role': 'system', 'content': system}
    if mode == 'completions':
        return 'completions', {'model': model, 'prompt': f'{system}\n\n{doc}\n\nTask: {ask}\nAnswer:', 'max_tokens': 300,
                               'temperature': 0.2}, 'legacy_prompt'
    body = {'model': model}
    if mode == 'user':
        body['messages'] = [sysm, {'role': 'user', 'content': f'{ask}\n\n{doc}'}]
    elif mode == 'system':
        body['messages'] = [{'role': 'system', 'content': f'{system}\nRecord in context:\n{doc}'}, {'role': 'user', 'content': ask}]
    elif mode == 'assistant_echo':
        body['messages'] = [sysm, {'role': 'user', 'content': 'pasting the record from the old system, one sec'},
                            {'role': 'assistant', 'content': f'Thanks, I have this:\n{doc}'}, {'role': 'user', 'content': ask}]
    elif mode == 'tool_result':
        cid = f'call_{r.randrange(16**12):012x}'
        body['messages'] = [sysm, {'role': 'user', 'content': ask},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                                'name': 'lookup_record', 'arguments': json.dumps({'ref': f'R-{r.randint(10000, 99999)}'})}}]},
                            {'role': 'tool', 'tool_call_id': cid, 'content': json.dumps(fields, ensure_ascii=False)}]
        body['tools'] = [{'type': 'function', 'function': {'name': 'lookup_record', 'description': 'Fetch a record by internal ref.',
                          'parameters': {'type': 'object', 'properties': {'ref': {'type': 'string'}}, 'required': ['ref']}}}]
    elif mode == 'tool_args':
        cid = f'call_{r.randrange(16**12):012x}'
        body['messages'] = [sysm, {'role': 'user', 'content': ask},
                            {'role': 'assistant', 'content': None, 'tool_calls': [{'id': cid, 'type': 'function', 'function': {
                                'name': 'update_contact', 'arguments': json.dumps({'display_name': next(iter(fields.values())),
                                                                                   'notes': doc}, ensure_ascii=False)}}]},
                            {'role': 'tool', 'tool_call_id': cid, 'content': '{"status":"pending_review"}'},
                            {'role': 'user', 'content': 'ok, now double-check what you sent'}]
        body['tools'] = TOOLS_CRM
    elif mode == 'parts':
        body['messages'] = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ask}, {'type': 'text', 'text': doc}]}]
    elif mode == 'file':
        body['messages'] = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ask + ' (record attached)'},
                            {'type': 'file', 'file': {'filename': 'record.txt', 'file_data': 'data:text/plain;base64,' + b64(doc)}}]}]
    elif mode == 'response_format':
        body['messages'] = [sysm, {'role': 'user', 'content': ask + '\nReturn JSON per the schema; the source record is in the schema description.'}]
        body['response_format'] = {'type': 'json_schema', 'json_schema': {'name': 'name_record', 'strict': True, 'schema': {
            'type': 'object', 'description': 'Source record:\n' + doc, 'additionalProperties': False,
            'properties': {'given': {'type': 'string'}, 'family': {'type': 'string'}, 'sort_key': {'type': 'string'}},
            'required': ['given', 'family', 'sort_key']}}}
    elif mode == 'image_url':
        q = urllib.parse.urlencode({'form': 'intake', 'line': doc.split('\n')[0]})
        body['messages'] = [sysm, {'role': 'user', 'content': [{'type': 'text', 'text': ask + '\n' + '\n'.join(doc.split('\n')[1:])},
                            {'type': 'image_url', 'image_url': {'url': f'https://scans.formdesk-cdn.net/render.png?{q}', 'detail': 'low'}}]}]
    elif mode == 'metadata':
        first, _, rest = doc.partition('\n')
        body['messages'] = [sysm, {'role': 'user', 'content': f'{ask}\n\n{rest or "(see ticket)"}'}]
        body['store'] = True
        body['metadata'] = {'ticket': f'T{r.randint(100000, 999999)}', 'subject_line': first[:500]}
    else:
        raise ValueError(mode)
    if user_val is not None:
        body['user'] = user_val
    if r.random() < 0.15:
        body['stop'] = ['\n\n###']
    if r.random() < 0.2:
        body['temperature'] = round(r.choice([0, 0.2, 0.7]), 1)
    return 'chat', body, mode


MODES = ['user', 'system', 'assistant_echo', 'tool_result', 'tool_args', 'parts', 'file', 'response_format', 'image_url',
         'metadata', 'user', 'parts']


def strings_of(obj, out):
    if isinstance(obj, str):
        out.append(obj)
        out.append(urllib.parse.unquote_plus(obj))
        m = re.match(r'data:[^;]+;base64,(.*)$', obj, re.S)
        if m:
            out.append(base64.b64decode(m.group(1)).decode('utf-8'))
        if obj[:1] in '{[':
            try:
                strings_of(json.loads(obj), out)
            except ValueError:
                pass
    elif isinstance(obj, dict):
        for k, v in obj.items():
            strings_of(k, out)
            strings_of(v, out)
    elif isinstance(obj, list):
        for v in obj:
            strings_of(v, out)
    return out


def entities_of(body, bag):
    hay = '\n'.join(strings_of(body, [])) + '\n' + json.dumps(body, ensure_ascii=False)
    return sorted({t for t, v in bag.items if v in hay})


# ----------------------------------------------------------------------------------------------------------------
# PII records
# ----------------------------------------------------------------------------------------------------------------
SHARED_NOTES = ['Style guide 4.2: Icelandic names are filed under the given name; patronymics are not surnames.',
                'ICAO 9303: in the MRZ, names are upper-cased, spaces and hyphens become "<".',
                'House rule: titles and honorifics go in the salutation field, never in the name field.',
                'Reminder: keep diacritics; do not invent a family name for single-name persons.',
                'Spanish and Portuguese records: store both surnames; sort on the first one.',
                'For East Asian names the family name is written first; do not swap on import.',
                'Particles (van, de, al-) stay with the surname; index rules differ by country.',
                'Married and birth names are kept as separate, dated name records.']
CASE_NOTES = ['Needs a callback about the appointment change.', 'Asked for the refund to go to the account below.',
              'New joiner, starts Monday.', 'Walk-in, no referral letter.', 'Wants paper statements only.',
              'Complained that the name was misspelt on the last letter.', 'Visa appointment rescheduled twice.']


def sensitive_record(r, kind, i):
    bag = Bag()
    loc, rends, latin, note = PERSON[kind](r)
    lab = LABELS[loc]
    for x in rends:
        bag.add('person', x)
    name = rends[0] if len(rends) == 1 or r.random() < 0.5 else f'{rends[0]} ({rends[1]})'
    single = r.random() < 0.12
    lines = [f'{lab[0]}: {name}']
    fields = {'name': name}
    email = None
    if single:
        lines = [r.choice([f'Note from the front desk: {name} called, will come back tomorrow.',
                           f'{name} is my neighbour — she asked me to check this for her.',
                           f'Re: {name} — the card was printed with the wrong name order.'])]
    else:
        opts = ['phone', 'dob', 'addr', 'id', 'email', 'iban', 'extra']
        r.shuffle(opts)
        for o in opts[:r.choice([1, 2, 2, 3, 3, 4])]:
            if o == 'phone':
                v = bag.add('phone', phone(r, loc))
                lines.append(f'{lab[1]}: {v}')
                fields['phone'] = v
            elif o == 'dob':
                v = bag.add('DATE_OF_BIRTH', dob(r, loc))
                lines.append(f'{lab[2]}: {v}')
                fields['dob'] = v
            elif o == 'addr':
                sl = STREET_FALLBACK.get(loc, loc)
                if sl and sl in STREETS:
                    v = bag.add('STREET_ADDRESS', r.choice(STREETS[sl]).format(n=r.randint(3, 148), m=r.randint(2, 19)))
                    lines.append(f'{lab[3]}: {v}')
                    fields['address'] = v
            elif o == 'id':
                got = make_id(r, loc)
                if got:
                    v = bag.add(got[0], got[1])
                    lines.append(f'{lab[4]}: {v}')
                    fields['id_number'] = v
            elif o == 'email':
                src = latin or next((x for x in rends[1:] if x.isascii()), None)
                if src and re.search(r'[a-z]', src.lower().translate(TRANSLIT)):
                    email = bag.add('email', email_for(r, src, loc))
                    lines.append(f'E-mail: {email}')
                    fields['email'] = email
            elif o == 'iban' and loc in IBAN_BBAN:
                v = bag.add('iban', make_iban(r, loc))
                lines.append(f'IBAN: {v}')
                fields['iban'] = v
            elif o == 'extra':
                x = r.choice(['card', 'ip', 'mrn'])
                if x == 'card':
                    v = bag.add('credit_card', make_card(r))
                    lines.append(f'Card on file: {v}')
                elif x == 'ip':
                    v = bag.add('IP_ADDRESS', make_ip(r))
                    lines.append(f'Last login from {v}')
                else:
                    v = bag.add('MEDICAL_RECORD', f'MRN {r.randint(10, 99)}-{r.randint(100000, 999999)}')
                    lines.append(v)
                fields['extra'] = v
        lines.append(r.choice(CASE_NOTES))
    if r.random() < 0.3:
        lines.append(r.choice(SHARED_NOTES))
    doc = '\n'.join(lines)
    ask = r.choice(ASKS[kind])
    mode = 'completions' if i % 10 == 7 else MODES[(i * 7 + r.randrange(3)) % len(MODES)]
    user_val = email if (email and r.random() < 0.25) else (f'agent-{r.randint(100, 999)}' if r.random() < 0.3 else None)
    ep, body, style = place(r, mode, ask, doc, r.choice(SYSTEMS), fields, user_val)
    ents = entities_of(body, bag)
    assert 'person' in ents, (kind, mode, doc)
    return {'category': kind, 'sensitive': True, 'entities': ents, 'endpoint': ep, 'lang': loc,
            'style': f'{note} · {style}' + (' · single' if single else '')}, body


def fill_slots(r, tpl):
    def sub(m):
        key = m.group(1)
        if key == 'last':
            return sub.last.split()[-1]
        v = r.choice(FIG[key])
        sub.last = v
        return v
    sub.last = 'X'
    return re.sub(r'\{(\w+)\}', sub, tpl)


BENIGN_LANG = {'family_first': ['hu-HU', 'ja-JP', 'vi-VN', 'ko-KR', 'zh-CN'], 'patronymic': ['is-IS', 'ru-RU', 'ar-SA', 'am-ET'],
               'particle': ['nl-NL', 'de-DE', 'fr-FR', 'en-IE'], 'compound_surname': ['es-ES', 'pt-PT', 'pt-BR', 'es-MX'],
               'mononym': ['id-ID', 'my-MM', 'ta-IN'], 'honorific': ['de-DE', 'ja-JP', 'ms-MY', 'hi-IN'],
               'initials': ['ta-IN', 'te-IN', 'en-US'], 'caps_form': ['fr-FR', 'it-IT', 'en-GB'],
               'married_maiden': ['en-US', 'hu-HU', 'es-MX', 'de-DE'], 'nickname': ['ru-RU', 'es-ES', 'pl-PL', 'fil-PH']}
BENIGN_ASK = ['', 'quick one: ', 'For the newsletter — ', 'Homework help: ', 'Style-guide question. ', 'pls ']


def benign_record(r, kind, i):
    tpl = r.choice(BENIGN[kind])
    text = ('' if '\n' in tpl else r.choice(BENIGN_ASK)) + fill_slots(r, tpl)
    extra = r.random()
    if extra < 0.2:
        text += f'\n(ref ticket #{r.randint(100000, 999999)}, order {r.choice("ABCDEFGH")}{r.randint(1000000, 9999999)})'
    elif extra < 0.3:
        text += '\nQuestions to the desk: info@example.org'
    mode = 'completions' if i % 10 == 3 else MODES[(i * 5 + r.randrange(4)) % len(MODES)]
    if mode in ('tool_result', 'tool_args'):
        fields = {'topic': text.split('\n')[0][:120], 'note': r.choice(SHARED_NOTES)}
        ask = 'Use the context you fetched.'
        doc = text
    else:
        lines = text.split('\n')
        ask, doc, fields = lines[0], '\n'.join(lines[1:] + [r.choice(SHARED_NOTES)]), {'topic': lines[0][:120]}
    ep, body, style = place(r, mode, ask, doc, r.choice(SYSTEMS[3:] + ['You are a knowledgeable reference assistant.']), fields,
                            f'editor-{r.randint(10, 99)}' if r.random() < 0.2 else None)
    return {'category': f'{kind}_benign', 'sensitive': False, 'entities': [], 'endpoint': ep, 'lang': r.choice(BENIGN_LANG[kind]),
            'style': f'{kind} · {style}'}, body

BENIGN_NATIVE = {
    'family_first': [('hu-HU', 'Hogyan kell idézni {ff_hist} nevét egy angol nyelvű szakdolgozatban, ha nálunk a vezetéknév áll elöl?'),
                     ('ja-JP', '{ff_hist}について、小学生向けに三行で説明してください。'),
                     ('vi-VN', 'Tên mẫu "{ff_placeholder}" thường dùng trong biểu mẫu nào? Giải thích ngắn gọn.')],
    'patronymic': [('is-IS', 'Skrifaðu stutta kynningu á {pat_hist} fyrir grunnskólanema.'),
                   ('ru-RU', 'Объясни, как правильно склонять отчество на примере «{pat_placeholder}» (это образец, не реальный человек).'),
                   ('ar-SA', 'اشرح معنى "بن" و"بنت" في الأسماء العربية مع مثال {pat_hist}.')],
    'particle': [('nl-NL', 'Hoort "{part_hist}" in de index onder de V of onder de achternaam? Leg de Nederlandse en Belgische regel uit.'),
                 ('de-DE', 'Bitte eine kurze Zahlungserinnerung an die {part_org} formulieren, an die Buchhaltung, ohne Ansprechpartner.'),
                 ('fr-FR', 'Faut-il écrire « De » ou « de » dans « {part_hist} » en début de phrase ?')],
    'compound_surname': [('es-ES', '¿Por qué "{cmp_hist}" aparece a veces con un solo apellido? Explícalo para una clase de secundaria.'),
                         ('pt-BR', 'O nome fictício "{cmp_placeholder}" serve de exemplo em formulários? Explique a origem.')],
    'mononym': [('id-ID', 'Jelaskan mengapa banyak orang Jawa seperti {mono_hist} hanya memakai satu nama.'),
                ('ta-IN', '{mono_hist} பற்றி மூன்று வரிகளில் எழுதுங்கள்.')],
    'honorific': [('ms-MY', 'Terangkan beza gelaran Ustaz, Encik dan Puan dalam surat rasmi. Tiada nama sebenar diperlukan.'),
                  ('hi-IN', 'सरकारी फॉर्म में "श्री", "श्रीमती" और "कुमारी" का प्रयोग कब करें? उदाहरण के लिए [नाम] लिखें।'),
                  ('ja-JP', '「様」「さん」「殿」の違いをビジネスメールの観点で説明してください。')],
    'initials': [('ta-IN', '"{ini_hist}" என்ற பெயரில் உள்ள முதலெழுத்துகள் எதைக் குறிக்கின்றன?'),
                 ('te-IN', 'తెలుగు పేర్లలో ఇంటిపేరు ముందు ఎందుకు వస్తుంది? {ini_place} వంటి పేర్లతో వివరించండి.')],
    'caps_form': [('fr-FR', 'Pourquoi écrit-on le nom en majuscules sur les formulaires, comme « {caps_hist} » ?'),
                  ('it-IT', 'Modulo vuoto: COGNOME ________ NOME ________. Traduci le etichette in inglese e tedesco.')],
    'married_maiden': [('de-DE', 'Was bedeutet „geb.“ in einer Todesanzeige? Erkläre es am Beispiel {mar_hist}.'),
                       ('hu-HU', 'Magyarázd el a -né képző történetét, valós ügyfélnevek nélkül.')],
    'nickname': [('ru-RU', 'Перечисли уменьшительные формы имён Александр, Ксения и Артём.'),
                 ('pl-PL', 'Skąd się wzięło zdrobnienie „Kasia” od Katarzyna? Podaj inne przykłady.'),
                 ('fil-PH', 'Bakit karaniwan sa Pilipinas ang palayaw tulad ng "Bongbong" o "Jun-Jun"? Ipaliwanag nang maikli.')],
}


def benign_text(r, kind):
    if r.random() < 0.35:
        lang, tpl = r.choice(BENIGN_NATIVE[kind])
    else:
        lang, tpl = 'en', r.choice(BENIGN[kind])
    return lang, tpl


KIND_FIG = {'family_first': ['ff_hist', 'ff_place'], 'patronymic': ['pat_hist', 'pat_place'], 'particle': ['part_hist', 'part_org'],
            'compound_surname': ['cmp_hist', 'cmp_place'], 'mononym': ['mono_hist', 'mono_place'], 'honorific': ['hon_hist', 'hon_place'],
            'initials': ['ini_hist', 'ini_place'], 'caps_form': ['caps_hist', 'caps_placeholder'], 'married_maiden': ['mar_hist'],
            'nickname': ['nick_hist', 'nick_fict']}
BLANKS = ['________', '[NAME]', '<given> <FAMILY>', '<<full_name>>', '…', '(leave blank)', 'XXXXXXXX']
FIG_NOTES = ['Public figure, for the quiz card — no private data.', 'Museum label draft.', 'Entry for the school encyclopedia page.',
             'Used as an example in our style guide.', 'Heading of the reading-list section.']


def benign_record2(r, kind, i):
    u = r.random()
    if u < 0.3:  # the same record layout as the sensitive siblings, but a blank template or a public / eponymous entry
        lang = r.choice(BENIGN_LANG[kind])
        lab = LABELS[lang]
        if u < 0.15:
            b = r.choice(BLANKS)
            doc = '\n'.join(f'{x}: {b}' for x in (lab[0], lab[1], lab[2], lab[3]))
            tpl = 'Template check before we send it out — ' + r.choice(ASKS[kind]) + '\n' + doc
        else:
            doc = f'{lab[0]}: {{{r.choice(KIND_FIG[kind])}}}\n{r.choice(FIG_NOTES)}'
            tpl = r.choice(['Format this entry consistently with the convention of the name.',
                            'Give the correct sort key and display form for this entry.',
                            'Check the name order and capitalisation in this entry.']) + '\n' + doc
        rec, body = benign_record_from(r, kind, i, tpl)
        rec['lang'] = lang
        rec['style'] += ' · blank_template' if u < 0.15 else ' · public_entry'
        return rec, body
    lang, tpl = benign_text(r, kind)
    rec, body = benign_record_from(r, kind, i, tpl)
    rec['lang'] = lang
    return rec, body


def benign_record_from(r, kind, i, tpl):
    BENIGN_TMP = BENIGN[kind]
    BENIGN[kind] = [tpl]
    try:
        return benign_record(r, kind, i)
    finally:
        BENIGN[kind] = BENIGN_TMP


# ----------------------------------------------------------------------------------------------------------------
# complexity prompts (about names and naming systems)
# ----------------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ('en', 'What does "née" mean before a surname?'), ('en', 'Translate "family name" into Korean.'),
    ('en', 'Write "Guðmundsdóttir" in capital letters.'), ('en', 'Is "Ní" used for women in Irish surnames? One word answer.'),
    ('en', 'What is the plural of "surname"?'), ('en', 'Spell out the abbreviation "Smt." used in India.'),
    ('de-DE', 'Was bedeutet „geb.“ vor einem Namen?'), ('fr-FR', 'Que veut dire « ép. » dans un nom ?'),
    ('es-ES', '¿Qué significa "viuda de" en un apellido?'), ('ja-JP', '「旧姓」を英語で言うと？'),
    ('ru-RU', 'Что такое отчество? Одно предложение.'), ('id-ID', 'Apa arti "binti" dalam nama?'),
    ('hi-IN', '"श्रीमती" का अंग्रेज़ी में क्या अर्थ है?'), ('ko-KR', '"성"과 "이름"의 차이를 한 문장으로.'),
    ('zh-CN', '"复姓"是什么意思？举两个例子。'), ('vi-VN', '"Thị" trong tên phụ nữ Việt có nghĩa gì?'),
    ('is-IS', 'Hvað þýðir "-dóttir"?'), ('hu-HU', 'Mit jelent a "-né" a névben?'), ('nl-NL', 'Schrijf je "van" met een hoofdletter in "meneer Van Dijk"?'),
    ('pt-BR', 'O que significa "Dona" antes de um nome?'), ('tr-TR', '"Hanım" ne anlama gelir?'), ('ar-SA', 'ما معنى "بن" في الاسم؟'),
    ('pl-PL', 'Jakie jest zdrobnienie od "Małgorzata"?'), ('it-IT', 'Come si abbrevia "dottoressa"?'), ('th-TH', 'คำว่า "นางสาว" ใช้กับใคร?'),
    ('ms-MY', 'Apakah maksud "Ustazah"?'), ('he-IL', 'מה פירוש "בן" בשם משפחה?'), ('el-GR', 'Τι σημαίνει «το γένος» σε έντυπο;'),
    ('en', 'Convert to title case: "MARIA DE LOS ANGELES"'), ('en', 'How many words are in "Juan Carlos de la Fuente"?'),
    ('en', 'Reformat as "Last, First": "Alex Morgan"'), ('en', 'Alphabetise: Zhou, Abe, Müller, Costa.'),
    ('sv-SE', 'Vad betyder "född" i en dödsannons?'), ('fi-FI', 'Mitä tarkoittaa "o.s." nimen perässä?'),
    ('uk-UA', 'Що означає «по батькові»?'), ('bn-BD', '"বেগম" শব্দটির অর্থ কী?'),
]
SHORT_HARD = [
    ('en', 'Design a person-name data model for a global bank that supports mononyms, patronymics, family-name-first order, name history after marriage and multiple scripts. Compare 3 schemas and pick one, with migration risks.'),
    ('en', 'Our dedupe merged "María José Ruiz" with "José María Ruiz" and split "van der Berg" from "Van Der Berg". Find the likely root causes and propose a matching rule with its false-merge/false-split trade-off.'),
    ('en', 'Hungarian collation treats "cs", "dzs", "gy", "ly", "ny", "sz", "ty", "zs" as letters and "ö" after "o". Derive the sorted order of: Szabó, Sánta, Csizmár, Cserép, Zsolnay, Zólyomi, Győri, Gál — justify each comparison.'),
    ('en', 'Prove or refute: for any set of names, sorting by (family, given) and then stable-sorting by given gives the same order as sorting by (given, family).'),
    ('en', 'A sign-up form splits "first" and "last" name. List the failure modes across 8 naming traditions and design an alternative form with a validation strategy; argue the UX vs data-quality trade-offs.'),
    ('en', 'Explain why Unicode NFC vs NFD mismatches can make "Nguyễn" fail equality in a PostgreSQL unique index while looking identical, then design a fix that does not break existing foreign keys.'),
    ('en', 'Given a fuzzy matcher with Jaro-Winkler threshold 0.92, estimate how transliteration variants (Mohammed/Muhammad/Mohamed) and patronymic chains change precision and recall; propose a better blocking key.'),
    ('en', 'Design a sanctions-screening pipeline for Arabic nasab names (bin/ibn/bint chains of varying length). What do you tokenize on, how do you score partial chains, and how do you keep false positives manageable?'),
    ('en', 'A Japanese client\'s system stores names family-first, the US CRM given-first. Data flows both ways nightly. Design a reconciliation that is idempotent and explain how you prevent double swapping.'),
    ('en', 'Root-cause this: uppercasing "Straße" then lowercasing gives "strasse", and "İstanbul".lower() breaks our Turkish name search. Explain both and design locale-safe case folding for name matching.'),
    ('es-ES', 'Diseña un algoritmo para deducir primer y segundo apellido en nombres hispanos con partículas ("de la", "del", "y"). Analiza casos ambiguos y el coste de error.'),
    ('de-DE', 'Entwirf ein Konzept, wie ein Melderegister Adelsprädikate („von“, „zu“), Doppelnamen und Geburtsnamen speichert; vergleiche zwei Modelle und begründe die Wahl.'),
    ('fr-FR', 'Démontre que l\'ordre alphabétique « à la française » (particule ignorée) n\'est pas compatible avec un tri par clé unique sans prétraitement ; propose une clé de tri et prouve sa correction.'),
    ('ja-JP', '氏名の姓・名が逆転して登録される不具合の根本原因を、CSV取込・文字コード・UI の三点から推論し、再発防止策を比較してください。'),
    ('ru-RU', 'Спроектируй модуль склонения ФИО в падежах для писем, учитывая несклоняемые фамилии и двойные имена; оцени риски ошибок и как их тестировать.'),
    ('zh-CN', '设计一个支持复姓（欧阳、上官）与少数民族姓名的姓名拆分算法，分析误拆分的代价并给出评测方案。'),
    ('ar-SA', 'صمم خوارزمية لمطابقة الأسماء العربية بسلاسل النسب المختلفة الطول، ووازن بين الدقة والاستدعاء.'),
    ('pt-BR', 'Por que ordenar sobrenomes brasileiros pelo último sobrenome difere da prática portuguesa? Proponha uma chave de ordenação que sirva aos dois e demonstre casos-limite.'),
    ('ko-KR', '복성(남궁, 제갈)과 외자 이름을 구분하는 성명 분리 규칙을 설계하고 오분류 비용을 분석하세요.'),
    ('hi-IN', 'दक्षिण भारतीय आद्याक्षर-पहले नामों को KYC डेटाबेस से मिलाने की रणनीति बनाइए और गलत मिलान के जोखिम बताइए।'),
    ('is-IS', 'Hannaðu leitarkerfi fyrir símaskrá þar sem fólk er skráð eftir eiginnafni; berðu saman tvær lausnir og rökstuddu val.'),
    ('tr-TR', 'Türkçe büyük/küçük harf dönüşümünün (I/ı, İ/i) isim eşleştirmede yol açtığı hataların kök nedenini açıkla ve bir çözüm tasarla.'),
    ('nl-NL', 'Ontwerp een sorteersleutel voor Nederlandse en Belgische namen met tussenvoegsels die beide conventies ondersteunt; bewijs dat hij een totale ordening geeft.'),
    ('vi-VN', 'Thiết kế cách lưu tên người Việt trong hệ thống quốc tế chỉ có "First/Last name"; phân tích ưu nhược điểm của ba phương án.'),
    ('pl-PL', 'Zaprojektuj algorytm dopasowania zdrobnień do imion pełnych (Kasia→Katarzyna) z oceną ryzyka błędnych dopasowań.'),
]
STYLE_GUIDE = ('Names are written as the person writes them. Keep diacritics. Do not invent a family name when a person has '
               'only one name. Particles follow the convention of the country of origin. Titles are not part of the name '
               'field. Use the preferred name in greetings and the legal name on contracts. ')
GUIDE_SENT = STYLE_GUIDE.split('. ') + ['Nicknames go in the preferred-name field only', 'Initials are kept with their full stops',
                                         'Upper-case family names on forms are converted to normal case only on request',
                                         'A name in a non-Latin script is stored together with its romanisation',
                                         'Patronymics are stored as such and not used as sort keys unless local practice does so',
                                         'Compound surnames keep their hyphen or conjunction as written']


def guide(r, n):
    out = []
    while sum(len(x) for x in out) < n:
        out.append(f'{len(out) + 1}. ' + r.choice(GUIDE_SENT).strip().rstrip('.') + '.')
    return '\n'.join(out)


ROW_GIVEN = ['Alex', 'Sam', 'Robin', 'Kim', 'Jordan', 'Casey', 'Noor', 'Ari', 'Dana', 'Lee', 'Eli', 'Rene']
ROW_FAM = ['Placeholder', 'Sample', 'Testcase', 'Example', 'Dummy', 'Mock', 'Fixture', 'Specimen']


def long_easy(r):
    t = r.randrange(5)
    if t == 0:
        rows = [f'{j + 1}. {r.choice(ROW_FAM).upper()} {r.choice(ROW_GIVEN)} — team {r.choice("ABCD")} — desk {r.randint(1, 90)}'
                for j in range(45)]
        return 'en', 'reformat', 'Convert each line to "Given FAMILY" order, keep numbering:\n\n' + '\n'.join(rows)
    if t == 1:
        text = guide(r, r.randint(1600, 2600))
        return 'en', 'summarise', f'Summarise this naming style guide in 3 bullets:\n\n{text}'
    if t == 2:
        heads = ['Family name', 'Given name(s)', 'Patronymic', 'Name at birth', 'Preferred name', 'Title', 'Suffix',
                 'Name in native script', 'Romanised name', 'Alias']
        lang = r.choice(['German', 'Spanish', 'Japanese', 'Turkish', 'Indonesian', 'Polish'])
        r.shuffle(heads)
        text = '\n'.join(f'- {h}: help text — {guide(r, 150)}' for h in heads)
        return 'en', 'translate', f'Translate these form labels and help texts into {lang}:\n\n{text}'
    if t == 3:
        rows = [f'{{"id": {j}, "label": "{r.choice(ROW_GIVEN)} {r.choice(ROW_FAM)}", "seats": {r.randint(1, 9)}}}' for j in range(40)]
        return 'en', 'extract', 'Add up the "seats" field and list the labels alphabetically:\n\n' + '\n'.join(rows)
    text = guide(r, r.randint(1600, 2400))
    lang = r.choice([('es-ES', 'Resume en dos frases:'), ('de-DE', 'Fasse in zwei Sätzen zusammen:'), ('fr-FR', 'Résume en deux phrases :'),
                     ('ja-JP', '二文で要約してください：'), ('pt-BR', 'Resuma em duas frases:')])
    return lang[0], 'summarise', f'{lang[1]}\n\n{text}'


SPLIT_CODE = '''def split_name(full):
    parts = full.strip().split(" ")
    if len(parts) == 1:
        return {"given": parts[0], "family": ""}
    particles = {"van", "der", "de", "la", "von", "bin", "al"}
    family = [parts[-1]]
    i = len(parts) - 2
    while i > 0 and parts[i].lower() in particles:
        family.insert(0, parts[i]); i -= 1
    return {"given": " ".join(parts[:i + 1]), "family": " ".join(family)}
'''


def long_hard(r):
    t = r.randrange(4)
    if t == 0:
        logs = '\n'.join(f'2026-11-{r.randint(10, 28)}T0{r.randint(0, 9)}:{r.randint(10, 59)}:00Z WARN merge candidate score={r.random():.3f} '
                         f'rule=name_exact+dob a_id={r.randint(10000, 99999)} b_id={r.randint(10000, 99999)} normalized_equal=True'
                         for _ in range(22))
        return 'en', 'debug', ('Our CRM started merging different customers after we added Unicode normalisation. Here is the '
                               'normaliser and logs. Find the root cause, explain why it only hits some scripts, and propose a fix '
                               'with a migration plan for the wrongly merged records.\n\n'
                               'def norm(s):\n    s = unicodedata.normalize("NFKD", s)\n    s = "".join(c for c in s if not unicodedata.combining(c))\n'
                               '    return s.casefold().replace("-", " ").strip()\n\n' + logs)
    if t == 1:
        cases = '\n'.join(f'FAIL test_split[{c}] expected family={e!r}' for c, e in [
            ('Maarten van de Wetering', 'van de Wetering'), ('Ana Rita Gouveia Meireles', 'Gouveia Meireles'),
            ('Sukarno', ''), ('Nguyen Van An', 'Nguyen'), ('Jón Þórsson', 'Þórsson'), ('de la Cruz Maria', 'de la Cruz'),
            ('Ibrahim bin Musa', 'bin Musa'), ('Kim Minji', 'Kim'), ('K. S. Arun', '')] * 3)
        cases = '\n'.join(r.sample(cases.split('\n'), r.randint(20, 27)))
        return 'en', 'debug', ('This name splitter fails the tests below. Explain each failure class, decide which failures are '
                               'actually unsolvable without locale information, and redesign the API and data model so the '
                               'remaining cases pass; justify the trade-offs.\n\n' + SPLIT_CODE + '\n' + cases)
    if t == 2:
        reqs = '\n'.join(f'R{j}. {x}' for j, x in enumerate([
            'Names must round-trip exactly as entered, in any script.', 'Search must find a person by any romanisation.',
            'Letters must use the correct salutation and honorific.', 'Passport exports need the MRZ form (A-Z only).',
            'Married persons may keep, replace or combine names; history must be kept.', 'Mononyms must never get a fake surname.',
            'Sorting must follow the user locale.', 'The API is used by 14 downstream systems that expect first/last.'] * 3, 1))
        return 'en', 'design', (f'We must replace first_name/last_name in a {r.randint(3, 90)}-million-row customer table. Requirements below, some '
                                'in tension. Propose a target schema, a phased migration, how the 14 consumers are kept working, and '
                                'which requirements you would relax and why.\n\n' + reqs)
    lang, ask = r.choice([('de-DE', 'Analysiere die Ursache und entwirf eine Lösung mit Abwägungen:'),
                          ('es-ES', 'Analiza la causa raíz y propone una solución con sus compromisos:'),
                          ('ja-JP', '根本原因を分析し、トレードオフを含めた解決策を設計してください：')])
    body = ('Ticket: Seit dem Release 4.2 werden Nachnamen mit Präfix falsch sortiert und doppelt angelegt. ' * 4 +
            '\n' + SPLIT_CODE + '\nBeobachtungen:\n' + '\n'.join(f'- Import {j}: {r.randint(20, 400)} Duplikate, Quelle '
                                                                 f'{r.choice(["CSV", "API", "Formular"])}' for j in range(18)))
    return lang, 'debug', f'{ask}\n\n{body}'


ROW_GIVEN = pool("row_given", ROW_GIVEN)
SIMPLE_SUFFIX = ['', ' Thanks!', ' (short answer please)', ' Just the answer.']
HARD_SUFFIX = ['', ' Keep it under 250 words.', ' Show your reasoning step by step.', ' Give pseudocode where useful.']
CX_SYSTEMS = [None, 'You are a helpful assistant.', 'You are an expert in internationalisation and data quality.']


def cx_body(r, text):
    msgs = []
    s = r.choice(CX_SYSTEMS)
    if s:
        msgs.append({'role': 'system', 'content': s})
    msgs.append({'role': 'user', 'content': text})
    body = {'model': r.choice(MODELS), 'messages': msgs}
    if r.random() < 0.2:
        body['max_tokens'] = r.choice([200, 800, 2000])
    return body


def build_complexity(r):
    out = []

    def cycle(items, n, suffixes):
        seq, k = [], 0
        while len(seq) < n:
            order = list(items)
            r.shuffle(order)
            for it in order:
                if len(seq) < n:
                    seq.append((it, suffixes[k % len(suffixes)]))
            k += 1
        return seq
    for (lang, t), suf in cycle(SHORT_SIMPLE, 45, SIMPLE_SUFFIX):
        out.append(('short_simple', 0, False, lang, 'lookup/short', t + suf))
    for _ in range(50):
        lang, task, t = long_easy(r)
        assert len(t) >= 1500, len(t)
        out.append(('long_easy', 0, True, lang, f'{task}/long', t))
    for (lang, t), suf in cycle(SHORT_HARD, 50, HARD_SUFFIX):
        assert len(t) < 600
        out.append(('short_hard', 1, True, lang, 'reasoning/short', t + suf))
    for _ in range(45):
        lang, task, t = long_hard(r)
        assert len(t) >= 1500, len(t)
        out.append(('long_hard', 1, False, lang, f'{task}/long', t))
    r.shuffle(out)
    recs = []
    for i, (cat, lab, adv, lang, style, t) in enumerate(out, 1):
        recs.append({'id': f'scree-cx-{i:04d}', 'category': cat, 'label': lab, 'length_adversarial': adv, 'endpoint': 'chat',
                     'lang': lang, 'style': style, 'body': cx_body(r, t)})
    return recs


def build_pii(r):
    plan = []
    for k in KINDS:
        plan += [(k, True)] * 29 + [(k, False)] * 21
    r.shuffle(plan)
    recs, seen = [], set()
    for i, (k, sens) in enumerate(plan, 1):
        for _ in range(50):
            rec, body = sensitive_record(r, k, i) if sens else benign_record2(r, k, i)
            key = json.dumps(body, sort_keys=True, ensure_ascii=False)
            if key not in seen:
                break
        seen.add(key)
        assert rec['sensitive'] == bool(rec['entities'])
        recs.append({'id': f'scree-pii-{i:04d}', **rec, 'body': body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261205)
    ap.add_argument('--out', default=str(ROOT / 'data' / 'signals'))
    a = ap.parse_args()
    r = random.Random(a.seed)
    pii = build_pii(r)
    cx = build_complexity(r)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (('pii_scree.jsonl', pii), ('complexity_scree.jsonl', cx)):
        with open(out / name, 'w', encoding='utf-8', newline='\n') as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    # report
    ns = sum(x['sensitive'] for x in pii)
    print(f'pii_scree.jsonl: {len(pii)} requests ({sum(x["endpoint"] == "chat" for x in pii)} chat, '
          f'{sum(x["endpoint"] == "completions" for x in pii)} completions), {ns} sensitive / {len(pii) - ns} benign, '
          f'{len({x["lang"] for x in pii})} language tags')
    print('  categories:', dict(sorted(collections.Counter(x['category'] for x in pii).items())))
    print('  entities:', dict(sorted(collections.Counter(e for x in pii for e in x['entities']).items())))
    print('  single-item sensitive:', sum('single' in x['style'] for x in pii))
    print('  placements:', dict(sorted(collections.Counter(x['style'].split(' · ')[-1] if not x['style'].endswith(' · single')
                                                         else x['style'].split(' · ')[-2] for x in pii).items())))
    cc = collections.Counter(x['category'] for x in cx)
    adv = sum(x['length_adversarial'] for x in cx)
    print(f'complexity_scree.jsonl: {len(cx)} chat requests in {len({x["lang"] for x in cx})} language tags: {dict(sorted(cc.items()))}; '
          f'{adv} ({100 * adv // len(cx)}%) length-adversarial, {sum(x["label"] for x in cx)} labelled 1')
    print('pool cut (kept/total):', ', '.join(f'{k} {v[0]}/{v[1]}' for k, v in CUT_STATS.items() if v[0] < v[1]))


if __name__ == '__main__':
    main()
