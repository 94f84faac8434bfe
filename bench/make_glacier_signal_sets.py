#!/usr/bin/env python3
"""Glacier: the fifteenth independent evaluation split for the request signals (issue 12).

Writes bench/data/signals/pii_glacier.jsonl and bench/data/signals/complexity_glacier.jsonl, to be evaluated once,
blind, with bench/signals_eval.py (same record schema as the other splits: id, category, sensitive, entities,
endpoint, lang, style, body for PII; id, category, label, length_adversarial, endpoint, lang, style, body for
complexity).

How it was written
    In isolation, for issue 12: its author read neither the detector (gateway/signals), its tests, the results,
    nor the evaluator; only bench/make_meadow_signal_sets.py and the first lines of the meadow files were read for
    the record schema, and other generators were skimmed only to avoid their names, templates and organisation.

Organising principle
    INDUSTRY / WORKFLOW: every record is a request as a vertical application would send it (logistics dispatch,
    insurance claims, travel bookings, school administration, banking support, telehealth, real estate,
    recruiting, game community moderation, government forms, retail returns, legal intake).  The category is
    the industry; the style names the request shape (system prompt, multi-turn, tool schema, tool call,
    response_format, file part, pasted CSV / JSON / e-mail thread, completions prompt) and, for benign records,
    the kind of hard negative.  Identifiers carry valid check digits (python-stdnum) and phone numbers are valid
    for their region (phonenumbers); both are re-validated when the script runs.

Usage
    python bench/make_glacier_signal_sets.py [--seed 20261215] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import json
import random
import string
from pathlib import Path

import phonenumbers
from stdnum import iban as s_iban, luhn, verhoeff
from stdnum.au import tfn as s_au_tfn
from stdnum.be import nn as s_be_nn
from stdnum.br import cpf as s_br_cpf
from stdnum.ca import sin as s_ca_sin
from stdnum.ch import ssn as s_ch_ahv
from stdnum.cl import rut as s_cl_rut
from stdnum.cn import ric as s_cn_ric
from stdnum.cz import rc as s_cz_rc
from stdnum.ee import ik as s_ee_ik
from stdnum.es import dni as s_es_dni
from stdnum.fi import hetu as s_fi_hetu
from stdnum.fr import nir as s_fr_nir
from stdnum.gb import nhs as s_gb_nhs
from stdnum.gr import amka as s_gr_amka
from stdnum.il import idnr as s_il_id
from stdnum.in_ import aadhaar as s_in_aadhaar
from stdnum.kr import rrn as s_kr_rrn
from stdnum.nl import bsn as s_nl_bsn
from stdnum.no import fodselsnummer as s_no_fnr
from stdnum.pl import pesel as s_pl_pesel
from stdnum.pt import nif as s_pt_nif
from stdnum.ro import cnp as s_ro_cnp
from stdnum.se import personnummer as s_se_pnr
from stdnum.th import pin as s_th_pin
from stdnum.tr import tckimlik as s_tr_tc
from stdnum.us import ssn as s_us_ssn
from stdnum.za import idnr as s_za_id

SEED = 20261215
OUT = Path(__file__).resolve().parent / "data" / "signals"

# --------------------------------------------------------------------------------------------------------------
# Locales: language tag -> region, names, streets, cities, four short instructions in that language.
# Instructions: (summarise for the file, draft a reply, check completeness, what next)
# --------------------------------------------------------------------------------------------------------------
L = {}


def loc(tag, region, given, family, streets, cities, asks, east=False, zipf="#####"):
    L[tag] = dict(region=region, given=given.split(), family=family.split(), streets=streets, cities=cities.split("|"),
                  asks=asks, east=east, zipf=zipf)


loc("en", "US", "", "",
    ["{n} Larchmont Ave", "{n} Sutter Creek Rd", "{n} W Birchfield St"], "Duluth, MN|Tacoma, WA|Macon, GA|Reno, NV",
    ["Summarize this for the case file.", "Draft a short reply to them.", "Is anything missing from this record?", "What's the next step here?"])
loc("en-GB", "GB", "", "",
    ["{n} Wellgate Road", "Flat {n}, Kestrel Court", "{n} Mill Lane"], "Hexham NE46 3PL|Truro TR1 2HE|Stirling FK8 1QA|Bangor LL57 2DG",
    ["Pop this into a case summary.", "Write a reply, British spelling please.", "Anything missing here?", "What do we do next?"])
loc("en-IN", "IN", "", "",
    ["{n}, 4th Cross, Indiranagar", "Plot {n}, Sector 21", "{n} Lal Bahadur Marg"], "Bengaluru 560038|Gurugram 122016|Pune 411004|Kochi 682016",
    ["Kindly summarise for the file.", "Please draft reply to customer.", "Kindly check if details are complete.", "Please advise next step."])
loc("en-ZA", "ZA", "", "",
    ["{n} Jan Smuts Ave", "{n} Bree Street", "Unit {n}, Protea Park"], "Johannesburg 2196|Cape Town 8001|Durban 4001|Pretoria 0181",
    ["Summarise this for the file please.", "Draft a reply, friendly tone.", "Check if this is complete.", "What must happen next?"])
loc("en-AU", "AU", "", "",
    ["{n} Boundary St", "{n}/12 Ocean Pde", "{n} Wattle Grove"], "Ballarat VIC 3350|Toowoomba QLD 4350|Fremantle WA 6160|Hobart TAS 7000",
    ["Summarise for the file, cheers.", "Draft a reply for me.", "Is this complete?", "What's next?"])
loc("en-CA", "CA", "", "",
    ["{n} Rideau St", "{n} Portage Ave", "{n} rue Saint-Denis"], "Ottawa ON K1N 5Y3|Winnipeg MB R3C 0V8|Halifax NS B3H 1Y6|Regina SK S4P 3Y2",
    ["Summarize for the file.", "Draft a reply.", "Anything missing?", "Next step?"])
loc("de", "DE", "", "",
    ["Lindenstraße {n}", "Am Kiesgrund {n}", "Kastanienallee {n}"], "10437 Berlin|50667 Köln|04109 Leipzig|79098 Freiburg",
    ["Fass das bitte für die Akte zusammen.", "Entwirf eine kurze Antwort an die Person.", "Fehlt in dem Datensatz etwas?", "Was ist der nächste Schritt?"])
loc("fr", "FR", "", "",
    ["{n} rue des Tanneurs", "{n} allée des Cerisiers", "{n} boulevard Gambetta"], "69002 Lyon|35000 Rennes|13006 Marseille|31000 Toulouse",
    ["Résume ceci pour le dossier.", "Rédige une réponse courtoise.", "Est-ce que le dossier est complet ?", "Quelle est la prochaine étape ?"])
loc("es", "ES", "", "",
    ["Calle del Pez {n}", "Avenida de los Olmos {n}, 3ºB", "Paseo de la Ribera {n}"], "28004 Madrid|48001 Bilbao|41003 Sevilla|46002 Valencia",
    ["Resume esto para el expediente.", "Redacta una respuesta breve.", "¿Falta algo en este registro?", "¿Cuál es el siguiente paso?"])
loc("es-CL", "CL", "", "",
    ["Av. Irarrázaval {n}", "Pasaje Los Aromos {n}", "Calle Condell {n}"], "Ñuñoa, Santiago|Valparaíso|Temuco|Concepción",
    ["Resume esto para la ficha.", "Redacta una respuesta al cliente.", "¿Está completo?", "¿Qué hago ahora?"])
loc("pt", "PT", "", "",
    ["Rua das Flores, {n}", "Travessa do Carmo, {n}", "Avenida da Boavista, {n}"], "4050-262 Porto|1200-109 Lisboa|3000-150 Coimbra|8000-138 Faro",
    ["Resume isto para o processo.", "Redige uma resposta curta.", "Falta alguma coisa neste registo?", "Qual é o passo seguinte?"])
loc("pt-BR", "BR", "", "",
    ["Rua Harmonia, {n}", "Av. Sete de Setembro, {n}", "Rua das Palmeiras, {n}, ap. 12"], "São Paulo - SP, 05435-000|Salvador - BA, 40060-001|Curitiba - PR, 80010-000|Recife - PE, 50050-000",
    ["Resuma isso pra ficha.", "Escreve uma resposta pro cliente.", "Tá faltando alguma coisa?", "Qual o próximo passo?"])
loc("it", "IT", "", "",
    ["Via dei Serragli {n}", "Corso Vercelli {n}", "Vicolo del Moro {n}"], "50124 Firenze|20144 Milano|00153 Roma|40126 Bologna",
    ["Riassumi per la pratica.", "Scrivi una breve risposta.", "Manca qualcosa in questa scheda?", "Qual è il prossimo passo?"])
loc("nl", "NL", "", "",
    ["Prinsengracht {n}", "Lindelaan {n}", "Kerkstraat {n}-hs"], "1015 DV Amsterdam|3511 AB Utrecht|9711 LM Groningen|5611 EM Eindhoven",
    ["Vat dit samen voor het dossier.", "Schrijf een kort antwoord.", "Ontbreekt er iets?", "Wat is de volgende stap?"])
loc("pl", "PL", "", "",
    ["ul. Kwiatowa {n}", "ul. Długa {n} m. 4", "al. Lipowa {n}"], "00-950 Warszawa|30-001 Kraków|80-830 Gdańsk|50-001 Wrocław",
    ["Podsumuj to do akt.", "Napisz krótką odpowiedź.", "Czy czegoś brakuje?", "Jaki jest następny krok?"])
loc("sv", "SE", "", "",
    ["Storgatan {n}", "Björkvägen {n}", "Kungsgatan {n} lgh 1102"], "114 55 Stockholm|411 04 Göteborg|211 22 Malmö|753 10 Uppsala",
    ["Sammanfatta det här för ärendet.", "Skriv ett kort svar.", "Saknas något?", "Vad är nästa steg?"])
loc("fi", "FI", "", "",
    ["Mannerheimintie {n}", "Koivukuja {n} B 7", "Satamakatu {n}"], "00100 Helsinki|33100 Tampere|20100 Turku|90100 Oulu",
    ["Tee tästä yhteenveto asiakirjaan.", "Kirjoita lyhyt vastaus.", "Puuttuuko jotain?", "Mikä on seuraava vaihe?"])
loc("da", "DK", "", "",
    ["Nørregade {n}", "Skovvej {n}, 2. tv", "Havnegade {n}"], "1165 København K|8000 Aarhus C|5000 Odense C|9000 Aalborg",
    ["Opsummer det til sagen.", "Skriv et kort svar.", "Mangler der noget?", "Hvad er næste skridt?"])
loc("nb", "NO", "", "",
    ["Storgata {n}", "Bjørkeveien {n}", "Kirkegata {n} H0201"], "0182 Oslo|5003 Bergen|7011 Trondheim|4006 Stavanger",
    ["Oppsummer dette for saken.", "Skriv et kort svar.", "Mangler noe?", "Hva er neste steg?"])
loc("tr", "TR", "", "",
    ["Bağdat Cad. No:{n}", "Papatya Sok. No:{n} D:3", "Atatürk Bulvarı No:{n}"], "34728 Kadıköy/İstanbul|06420 Çankaya/Ankara|35210 Konak/İzmir|16040 Osmangazi/Bursa",
    ["Bunu dosya için özetle.", "Kısa bir yanıt taslağı yaz.", "Eksik bir şey var mı?", "Sonraki adım ne?"])
loc("ru", "RU", "", "",
    ["ул. Садовая, д. {n}", "пр-т Мира, д. {n}, кв. 14", "ул. Лесная, д. {n}"], "г. Казань, 420111|г. Самара, 443010|г. Пермь, 614000|г. Томск, 634050",
    ["Кратко изложи для дела.", "Составь короткий ответ.", "Всё ли заполнено?", "Какой следующий шаг?"])
loc("uk", "UA", "", "",
    ["вул. Личаківська, {n}", "вул. Хрещатик, {n}, кв. 7", "просп. Шевченка, {n}"], "Львів, 79008|Київ, 01001|Одеса, 65000|Харків, 61000",
    ["Підсумуй для справи.", "Напиши коротку відповідь.", "Чогось бракує?", "Що робити далі?"])
loc("el", "GR", "", "",
    ["Οδός Ερμού {n}", "Λεωφ. Κηφισίας {n}", "Οδός Αγίας Σοφίας {n}"], "105 63 Αθήνα|546 22 Θεσσαλονίκη|262 21 Πάτρα|712 02 Ηράκλειο",
    ["Συνόψισε για τον φάκελο.", "Γράψε μια σύντομη απάντηση.", "Λείπει κάτι;", "Ποιο είναι το επόμενο βήμα;"])
loc("he", "IL", "", "",
    ["רחוב הרצל {n}", "שדרות רוטשילד {n}", "רחוב הנביאים {n}"], "תל אביב|חיפה|ירושלים|באר שבע",
    ["סכם את זה לתיק.", "נסח תשובה קצרה.", "חסר משהו ברשומה?", "מה הצעד הבא?"])
loc("ar", "SA", "", "",
    ["شارع الأمير سلطان {n}", "حي النخيل، مبنى {n}", "طريق الملك فهد {n}"], "الرياض 12271|جدة 23432|الدمام 32241|مكة 24231",
    ["لخص هذا للملف.", "اكتب ردًا قصيرًا.", "هل ينقص شيء في السجل؟", "ما الخطوة التالية؟"])
loc("fa", "IR", "", "",
    ["خیابان ولیعصر، پلاک {n}", "کوچه یاس، پلاک {n}", "بلوار کشاورز، پلاک {n}"], "تهران|اصفهان|شیراز|تبریز",
    ["این را برای پرونده خلاصه کن.", "یک پاسخ کوتاه بنویس.", "چیزی کم است؟", "قدم بعدی چیست؟"])
loc("hi", "IN", "", "",
    ["मकान {n}, गली 3, करोल बाग", "{n}, शास्त्री नगर", "फ्लैट {n}, गोमती नगर"], "नई दिल्ली 110005|जयपुर 302016|लखनऊ 226010|भोपाल 462003",
    ["इसे फ़ाइल के लिए संक्षेप में लिखो।", "एक छोटा जवाब लिखो।", "क्या कुछ छूटा है?", "अगला कदम क्या है?"])
loc("bn", "BD", "", "",
    ["বাড়ি {n}, রোড ১২, ধানমন্ডি", "{n} কাজী নজরুল ইসলাম এভিনিউ", "বাসা {n}, মিরপুর ১০"], "ঢাকা ১২০৯|চট্টগ্রাম ৪০০০|সিলেট ৩১০০|রাজশাহী ৬০০০",
    ["ফাইলের জন্য সারাংশ করো।", "একটি ছোট উত্তর লেখো।", "কিছু বাদ পড়েছে?", "পরের ধাপ কী?"])
loc("ta", "IN", "", "",
    ["{n}, காமராஜர் சாலை", "கதவு எண் {n}, அண்ணா நகர்", "{n}, பெரியார் தெரு"], "சென்னை 600040|மதுரை 625001|கோயம்புத்தூர் 641002|திருச்சி 620001",
    ["கோப்புக்காக சுருக்கமாக எழுது.", "ஒரு சிறிய பதில் எழுது.", "ஏதாவது விடுபட்டுள்ளதா?", "அடுத்த படி என்ன?"])
loc("zh", "CN", "", "",
    ["朝阳区建国路{n}号", "徐汇区漕溪北路{n}弄3号", "天河区体育西路{n}号"], "北京市|上海市|广州市|成都市",
    ["帮我整理成案卷摘要。", "起草一段简短回复。", "这条记录有缺项吗？", "下一步该怎么做？"], east=True)
loc("ja", "JP", "", "",
    ["中央区銀座{n}-3-1", "北区梅田{n}-2-5", "青葉区一番町{n}-4"], "東京都|大阪府|宮城県仙台市|福岡県福岡市",
    ["ファイル用に要約してください。", "短い返信文を作成して。", "記入漏れはありますか？", "次の手順は？"], east=True)
loc("ko", "KR", "", "",
    ["강남구 테헤란로 {n}", "마포구 월드컵북로 {n}", "해운대구 우동 {n}-7"], "서울특별시|부산광역시|대구광역시|인천광역시",
    ["파일용으로 요약해 줘.", "짧은 답장을 써 줘.", "빠진 항목이 있어?", "다음 단계는 뭐야?"], east=True)
loc("th", "TH", "", "",
    ["{n} ถนนสุขุมวิท", "{n}/5 ซอยอารีย์", "{n} ถนนนิมมานเหมินท์"], "กรุงเทพฯ 10110|เชียงใหม่ 50200|ขอนแก่น 40000|ภูเก็ต 83000",
    ["สรุปเรื่องนี้ลงแฟ้ม", "ร่างคำตอบสั้นๆ", "ข้อมูลครบไหม", "ขั้นต่อไปคืออะไร"])
loc("vi", "VN", "", "",
    ["{n} Lý Thường Kiệt", "{n} Nguyễn Trãi, P.7", "Số {n} ngõ 42 Láng Hạ"], "Quận 10, TP.HCM|Đống Đa, Hà Nội|Hải Châu, Đà Nẵng|Ninh Kiều, Cần Thơ",
    ["Tóm tắt cho hồ sơ.", "Soạn một câu trả lời ngắn.", "Còn thiếu gì không?", "Bước tiếp theo là gì?"])
loc("id", "ID", "", "",
    ["Jl. Cendana No. {n}", "Jl. Kebon Jeruk Raya No. {n}", "Gang Melati {n}"], "Jakarta Barat 11530|Bandung 40115|Yogyakarta 55281|Medan 20152",
    ["Ringkas untuk berkas.", "Buat balasan singkat.", "Ada yang kurang?", "Langkah berikutnya apa?"])
loc("sw", "KE", "", "",
    ["Ngong Road, nyumba {n}", "Moi Avenue {n}", "Kiambu Road {n}"], "Nairobi 00100|Mombasa 80100|Kisumu 40100|Nakuru 20100",
    ["Fupisha hii kwa faili.", "Andika jibu fupi.", "Kuna kitu kinakosekana?", "Hatua inayofuata ni ipi?"])
loc("ro", "RO", "", "",
    ["Str. Lipscani nr. {n}", "Bd. Unirii nr. {n}, bl. 4", "Str. Teilor nr. {n}"], "030031 București|400001 Cluj-Napoca|700028 Iași|300001 Timișoara",
    ["Rezumă asta pentru dosar.", "Scrie un răspuns scurt.", "Lipsește ceva?", "Care e pasul următor?"])
loc("cs", "CZ", "", "",
    ["Vinohradská {n}", "Na Příkopě {n}", "Lidická {n}"], "120 00 Praha 2|602 00 Brno|301 00 Plzeň|779 00 Olomouc",
    ["Shrň to do spisu.", "Napiš krátkou odpověď.", "Chybí něco?", "Jaký je další krok?"])
loc("hu", "HU", "", "",
    ["Andrássy út {n}", "Fő utca {n}", "Kossuth Lajos u. {n}"], "1061 Budapest|4024 Debrecen|6720 Szeged|7621 Pécs",
    ["Foglald össze az aktához.", "Írj rövid választ.", "Hiányzik valami?", "Mi a következő lépés?"])
loc("et", "EE", "", "",
    ["Pikk {n}", "Tartu mnt {n}-5", "Narva mnt {n}"], "10133 Tallinn|51004 Tartu|80010 Pärnu|20308 Narva",
    ["Tee sellest toimiku kokkuvõte.", "Kirjuta lühike vastus.", "Kas midagi on puudu?", "Mis on järgmine samm?"])
loc("ur", "PK", "", "",
    ["مکان {n}، گلی 5، ماڈل ٹاؤن", "فلیٹ {n}، بلاک بی، گلشن اقبال", "{n} مال روڈ"], "لاہور|کراچی|اسلام آباد|پشاور",
    ["فائل کے لیے خلاصہ کریں۔", "ایک مختصر جواب لکھیں۔", "کیا کچھ کم ہے؟", "اگلا قدم کیا ہے؟"])
loc("ms", "MY", "", "",
    ["No. {n}, Jalan Ampang", "{n}, Lorong Kenanga 3", "No. {n}, Jalan Tun Razak"], "50450 Kuala Lumpur|10200 George Town|80000 Johor Bahru|93000 Kuching",
    ["Ringkaskan untuk fail.", "Tulis balasan ringkas.", "Ada yang tertinggal?", "Apa langkah seterusnya?"])
# Name pools: written for this file, then every name checked against the text of the other generators (none shared).
NAMES = {
    'en': (['Odalys', 'Briony', 'Evander', 'Clementine', 'Ambrose', 'Marigold', 'Caspian'], ['Wetherbee', 'Oakhurst', 'Brightwater', 'Quenby', 'Hollingworth', 'Tremayne', 'Ravenscroft']),
    'en-GB': (['Perpetua', 'Gervase', 'Aldous', 'Elowen', 'Tristram', 'Inigo'], ['Bellingham', 'Cotterill', 'Pargeter', 'Stoneleigh', 'Merriweather', 'Abernethy', 'Gosforth', 'Wraxall']),
    'en-IN': (['Ishaan', 'Charvi', 'Devansh', 'Mrinalini', 'Advait', 'Tanvika', 'Rudransh', 'Ojasvi', 'Vedika', 'Hridaan'], ['Ranganathan', 'Iyengar', 'Sabharwal', 'Venkatraman', 'Kalyanaraman', 'Chakraborti', 'Bhandarkar']),
    'en-ZA': (['Kagiso', 'Nandi', 'Themba', 'Nokuthula', 'Mpho', 'Ayanda', 'Refilwe', 'Tshepiso', 'Siyabonga'], ['Mahlangu', 'Radebe', 'Moloi', 'Masilela', 'Hlongwane']),
    'en-AU': (['Lachie', 'Brodie', 'Yindi', 'Coen', 'Tamsyn', 'Marlee', 'Koa', 'Bodhi'], ['Treloar', 'McAlister', 'Pitcairn', 'Strahan', 'Wetherall', 'Yeoman', 'Gillespie', 'Cavanagh', 'Kilgour', 'Merewether']),
    'en-CA': (['Gabrielle', 'Solenne', 'Brody', 'Mireille', 'Oona', 'Killian'], ['MacInnis', 'Beaulieu', 'Fairbairn', 'Arsenault', 'LeBlanc-Mori', 'Gendron', 'Doucette']),
    'de': (['Liesel', 'Gesine', 'Hildegard', 'Wendelin', 'Rosamunde', 'Eike', 'Thassilo', 'Adelheid', 'Volkmar', 'Irmgard', 'Leopoldine', 'Gerwin'], ['Brockhaus', 'Schwarzkopf', 'Hämmerle', 'Rieckhoff', 'Dannemann', 'Kronawitter', 'Pfefferkorn', 'Wüstenhagen']),
    'fr': (['Tancrède', 'Aurèle', 'Bertille', 'Enguerrand', 'Sixtine', 'Gauthier', 'Cyprien'], ['Bourdieu', 'Rouxel', 'Goarnig', 'Kerbrat', 'Quéméner', 'Abgrall', 'Trémolières', 'Pelissou']),
    'es': (['Baltasar', 'Fermín', 'Remedios', 'Amaranta', 'Leocadia', 'Ezequías', 'Sagrario', 'Teodomiro', 'Visitación'], ['Valcárcel', 'Sanjurjo', 'Olmedo', 'Barrenechea', 'Lozano', 'Echeverría-Zubiri', 'Mondragón', 'Villaescusa', 'Taboada', 'Castiñeira']),
    'es-CL': (['Anaís', 'Bastián', 'Millaray', 'Gaspar', 'Anselmo'], ['Huenchullán', 'Cárcamo', 'Aravena', 'Montalva', 'Quezada', 'Riquelme', 'Ñancupil', 'Catrileo', 'Larraín-Bunster', 'Echaurren']),
    'pt': (['Leonilde', 'Bartolomeu', 'Joaquina', 'Aníbal', 'Henriqueta', 'Adelino', 'Felisbela', 'Custódio', 'Zulmira', 'Belmiro'], ['Quaresma', 'Carrilho', 'Anacleto', 'Bettencourt', 'Pestana', 'Fragoso', 'Vilaça', 'Gouveia', 'Cordeiro']),
    'pt-BR': (['Lívia', 'Isadora', 'Kauã', 'Maitê', 'Iracema', 'Jandira', 'Ubirajara', 'Potira', 'Raoni'], ['Guimarães', 'Pimentel', 'Carvalhal', 'Paranaguá', 'Brasiliense', 'Tabajara', 'Mascarenhas', 'Jucá', 'Aragão']),
    'it': (['Tommaso', 'Cosimo', 'Lapo', 'Ippolita', 'Brunilde', 'Ugolino', 'Fiammetta', 'Violante'], ['Tagliaferri', 'Bonfiglio', 'Guerrieri', 'Marchesini', 'Ruggeri', 'Castellani', 'Abbondanza', 'Sbarbaro', 'Vannucchi', 'Pellegrinetti']),
    'nl': (['Fokke', 'Sybren', 'Aafke', 'Rinske', 'Tjalling', 'Marijke', 'Douwe', 'Hiske'], ['Oosterhuis', 'Verbeek', 'Dijkgraaf', 'Schimmelpenninck', 'Bosschaert', 'Zijlstra', 'Oudshoorn']),
    'pl': (['Bożydar', 'Władysława', 'Wincenty', 'Genowefa', 'Lechosław', 'Bronisława', 'Mieczysław', 'Dobrosława'], ['Zawadzka', 'Nowakowska', 'Piątek', 'Szczepańczyk', 'Chrząszcz', 'Brzęczyszczak', 'Wawrzyniak', 'Kołodziejczyk', 'Gąsiorowska']),
    'sv': (['Algot', 'Ingegerd', 'Gottfrid', 'Sigrun', 'Torvald', 'Ulrika', 'Folke', 'Ragnvi', 'Botvid'], ['Nyström', 'Wallin', 'Östlund', 'Frisk', 'Runesson', 'Hellqvist', 'Tengroth', 'Ekdahl', 'Gyllenram', 'Brodin']),
    'fi': (['Veeti', 'Aukusti', 'Toivo', 'Sulevi', 'Hilkka', 'Eino', 'Vilppu'], ['Leinonen', 'Väisänen', 'Kettunen', 'Turunen', 'Pyykkönen', 'Tuominen-Saari', 'Räsänen']),
    'da': (['Villads', 'Asta', 'Bertram', 'Karla', 'Aksel', 'Dagmar', 'Holger', 'Ragna', 'Sigurd', 'Alberte'], ['Thomsen', 'Østergaard', 'Lauritzen', 'Mikkelsen', 'Bruun', 'Ravnkilde', 'Bjerregaard', 'Skovgaard', 'Damsgaard', 'Fogh']),
    'nb': (['Eskil', 'Audun', 'Torbjørg', 'Gudbrand', 'Åshild', 'Leiv', 'Sigvor', 'Ivar-Kristian', 'Borghild', 'Trygve'], ['Lunde', 'Bjørnstad', 'Skogheim', 'Tvedten', 'Myrvang', 'Kvalheim', 'Grøndahl', 'Rønneberg', 'Ulvestad']),
    'tr': (['Defne', 'Emir', 'Ecrin', 'Alparslan', 'Nurhan', 'Tayfun', 'Sevgül', 'Oğuzhan', 'Gülizar', 'Berkay'], ['Demirci', 'Kalkan', 'Erdem', 'Şahinler', 'Karabulut', 'Yazıcıoğlu', 'Dağdeviren', 'Köseoğlu', 'Altıntaş']),
    'ru': (['Василиса', 'Евдокия', 'Святослав', 'Агриппина', 'Ермолай', 'Пелагея', 'Аристарх', 'Серафима', 'Прохор', 'Ростислава'], ['Воронцова', 'Лаптев', 'Гончарова', 'Белоусова', 'Кудрявцев', 'Ефимова', 'Зуев', 'Подольский', 'Шереметьева', 'Дорохов']),
    'uk': (['Уляна', 'Данило', 'Іванна', 'Левко', 'Северина', 'Орест', 'Маркіян'], ['Ковальчук', 'Мельничук', 'Литвиненко', 'Гаврилюк', 'Стецько', 'Дзюба', 'Кушнірук', 'Пилипчук', 'Яремчук', 'Вакуленко']),
    'el': (['Ελευθερία', 'Στέλιος', 'Χρυσάνθη', 'Αριστείδης', 'Ηλίας', 'Παντελής', 'Ευτέρπη', 'Θεμιστοκλής', 'Καλλιόπη', 'Σπυρίδων'], ['Κωνσταντινίδης', 'Σταυροπούλου', 'Ραφαηλίδης', 'Λαμπράκη', 'Χατζηγεωργίου', 'Τσακαλώτου', 'Μπαλτατζής', 'Καραμανλάκη']),
    'he': (['איתמר', 'מעיין', 'עומר', 'אלון', 'נחמה', 'צופיה', 'אליסף', 'רעות'], ['אלמוג', 'רוזנבלום', 'שטרית', 'חדד', 'לנדאו', 'גרינברג', 'בירנבאום']),
    'ar': (['طلال', 'جود', 'فيصل', 'لمى', 'هيا', 'بندر', 'عبير', 'نواف', 'غدير', 'مشاعل'], ['القحطاني', 'الغامدي', 'الدوسري', 'المطيري', 'السبيعي', 'العنزي', 'البقمي', 'الرشيدي']),
    'fa': (['کاوه', 'ترانه', 'سیاوش', 'فرنوش', 'کیانوش', 'مهتاب', 'بردیا', 'شیدا'], ['طباطبایی', 'موسوی', 'نیک\u200cنام', 'فراهانی', 'صدری', 'جهانگیری', 'قزوینی']),
    'hi': (['अनिका', 'विहान', 'सान्वी', 'आरव', 'ईशानी', 'कबीर', 'मीरा', 'युवराज'], ['चतुर्वेदी', 'श्रीवास्तव', 'पांडे', 'सक्सेना', 'तिवारी', 'बाजपेयी', 'द्विवेदी', 'खंडेलवाल']),
    'bn': (['তাহমিনা', 'রাফি', 'নুসরাত', 'সাকিব', 'ফারিহা', 'তানভীর', 'মাহিয়া', 'আরিফ'], ['চৌধুরী', 'রহমান', 'তালুকদার', 'হোসেন', 'মজুমদার', 'সরকার', 'ভূঁইয়া', 'খন্দকার']),
    'ta': (['கயல்', 'அருள்', 'நிலா', 'செந்தில்', 'மதுமிதா', 'இளங்கோ', 'யாழினி', 'வெற்றி'], ['சுப்பிரமணியம்', 'ராமலிங்கம்', 'பழனிசாமி', 'கந்தசாமி', 'நடராஜன்', 'வேலாயுதம்', 'சிதம்பரம்', 'முருகேசன்']),
    'zh': (['雨桐', '晟睿', '沐宸', '婉清', '景行', '芷若', '泓毅', '卓远'], ['钟离', '闫', '甄', '邝', '冼', '上官', '皇甫']),
    'ja': (['蓮', '楓真', '千尋', '慧', '朔也', '澪', '琴音', '篤志'], ['長谷部', '二階堂', '片桐', '真鍋', '東海林', '早乙女', '五十嵐', '勅使河原']),
    'ko': (['서윤', '지아', '건우', '하람', '윤슬', '도하', '새봄'], ['독고', '탁', '변', '여', '어', '빈', '편', '승']),
    'th': (['ปิยะพงษ์', 'กมลชนก', 'ธนากร', 'ณัฐธิดา', 'วรเมธ', 'สุพิชชา', 'ภูริ', 'พิมพ์ลดา'], ['ศรีสุวรรณ', 'วงศ์ไพศาล', 'ธนสาร', 'แก้วประเสริฐ', 'บุญมาก', 'จันทร์เพ็ญ', 'อินทรวงศ์', 'เรืองศรี']),
    'vi': (['Khánh Linh', 'Thục Đoan', 'Hạo Nhiên', 'Thiên Ân', 'Lam Giang', 'Uyển Nhi'], ['Bùi', 'Kiều', 'Mạc', 'Lã', 'Hứa', 'Triệu', 'Khúc', 'Tôn', 'Nữ', 'Âu']),
    'id': (['Bima', 'Dimas', 'Gilang', 'Ratri', 'Anindita', 'Sasmita', 'Kinanti'], ['Wibisono', 'Purnamasari', 'Nugroho', 'Kusumawati', 'Simanjuntak', 'Tambunan', 'Hadiwijaya', 'Prawirodirjo', 'Sitompul', 'Mangunkusumo']),
    'sw': (['Barasa', 'Wairimu', 'Makena', 'Naliaka', 'Kibet', 'Mutindi'], ['Ruto', 'Nyamweya', 'Mwakilema', 'Nyabuto', 'Ongeri', 'Kimaiyo', 'Mwashighadi', 'Chelagat', 'Obonyo']),
    'ro': (['Anca', 'Sânziana', 'Petruț', 'Lăcrămioara', 'Voicu', 'Rodica', 'Iustin'], ['Constantinescu', 'Stoica', 'Dumitrache', 'Zăvoianu', 'Brâncoveanu', 'Cârstea', 'Pârvulescu', 'Mocanu-Iliescu']),
    'cs': (['Eliška', 'Bohumil', 'Vratislav', 'Zdislava', 'Radim', 'Anežka', 'Čeněk', 'Jaromíra', 'Svatopluk'], ['Kučerová', 'Veselý', 'Horáková', 'Němec', 'Marešová', 'Pokorný', 'Šťastný', 'Hrubešová', 'Ptáčník', 'Zelenková']),
    'hu': (['Csenge', 'Bíborka', 'Gyöngyvér', 'Kolos', 'Tünde', 'Örs', 'Hajnalka'], ['Lakatos', 'Takács', 'Kelemenné', 'Szalai', 'Fehérvári', 'Gombos', 'Győrfi', 'Várkonyi']),
    'et': (['Kertu', 'Liisi', 'Siim', 'Helen', 'Rein', 'Ülle', 'Merilin', 'Jaagup'], ['Sepp', 'Rebane', 'Ilves', 'Lepik', 'Põder', 'Kõiv', 'Unt', 'Vähi', 'Hunt-Männik']),
    'ur': (['عائشہ', 'حمزہ', 'زین', 'فاطمہ', 'سارہ', 'بلال', 'ثمینہ', 'فرحان'], ['قریشی', 'صدیقی', 'چوہدری', 'ملک', 'بٹ', 'شیخ', 'ہاشمی', 'راجپوت']),
    'ms': (['Aisyah', 'Haziq', 'Izzati', 'Danial', 'Khairunnisa', 'Syahmi', 'Nurfarhana', 'Ikhwan'], ['binti Rosli', 'bin Kamarudin', 'binti Yusof', 'binti Harun', 'bin Zakaria', 'binti Salleh', 'bin Othman']),
}
for _t, (_g, _f) in NAMES.items():
    L[_t]["given"], L[_t]["family"] = list(_g), list(_f)
L["vi"]["east"] = True
LANGS = list(L)

# --------------------------------------------------------------------------------------------------------------


class Forge:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.issued = []  # (kind, value, validator)

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def dob(self, lo=1948, hi=2008):
        d = dt.date(lo, 1, 1) + dt.timedelta(days=self.r.randrange((dt.date(hi, 12, 31) - dt.date(lo, 1, 1)).days))
        return d

    def name(self, tag):
        lc = L[tag]
        g, f = self.pick(lc["given"]), self.pick(lc["family"])
        if lc["east"] and tag != "vi":
            return f + g if tag in ("zh", "ja") else f + g
        if tag == "vi":
            return f"{f} {g}"
        return f"{g} {f}"

    def address(self, tag):
        lc = L[tag]
        return self.pick(lc["streets"]).format(n=self.r.randint(2, 188)) + ", " + self.pick(lc["cities"])

    def email(self, tag, nm):
        base = "".join(ch for ch in nm.lower() if ch.isascii() and (ch.isalnum() or ch == " ")).strip().replace(" ", self.pick([".", "_", ""]))
        if len(base) < 3:
            base = self.pick(["kaito", "mireille", "oyelaran", "brisk.otter", "sunhee", "tamsin_w", "ravi.k", "lumi"]) + str(self.r.randint(2, 97))
        dom = self.pick(["posteo.de", "gmx.net", "outlook.com", "yahoo.co.jp", "naver.com", "qq.com", "proton.me", "mail.ru", "icloud.com", "uol.com.br", "web.de", "gmail.com"])
        return f"{base}{self.pick(['', str(self.r.randint(1, 99))])}@{dom}"

    def ip(self):
        return f"{self.pick([81, 93, 151, 185, 203, 41, 177, 62, 89])}.{self.r.randint(1, 254)}.{self.r.randint(1, 254)}.{self.r.randint(1, 254)}"

    def phone(self, region):
        ex = phonenumbers.example_number_for_type(region, self.pick([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]))
        if ex is None:
            ex = phonenumbers.example_number(region)
        nat = phonenumbers.national_significant_number(ex)
        for _ in range(500):
            k = min(6, len(nat) - 2)
            cand = nat[:-k] + self.digits(k)
            num = phonenumbers.parse("+" + str(ex.country_code) + cand)
            if phonenumbers.is_valid_number(num) and cand != nat:
                fmt = self.pick([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164])
                s = phonenumbers.format_number(num, fmt)
                self.issued.append(("phone", s, lambda v, reg=region: phonenumbers.is_valid_number(phonenumbers.parse(v, reg))))
                return s
        raise RuntimeError(region)

    def _rej(self, kind, gen, mod):
        for _ in range(20000):
            v = gen()
            if mod.is_valid(v):
                self.issued.append((kind, v, mod.is_valid))
                return v
        raise RuntimeError(kind)

    def _yymmdd(self, d):
        return d.strftime("%y%m%d")

    def national_id(self, tag, d=None):
        """-> (label, value, entity)"""
        r = self.r
        d = d or self.dob()
        reg = L[tag]["region"]
        if reg == "US":
            return "SSN", self._rej("us.ssn", lambda: f"{r.randint(101, 665):03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999)}", s_us_ssn), "ssn"
        if reg == "GB":
            v = self._rej("gb.nhs", lambda: self.digits(10), s_gb_nhs)
            return "NHS number", f"{v[:3]} {v[3:6]} {v[6:]}", "HEALTH_INSURANCE"
        if reg == "IN":
            v = self._rej("in.aadhaar", lambda: (lambda b: b + verhoeff.calc_check_digit(b))(str(r.randint(2, 9)) + self.digits(10)), s_in_aadhaar)
            return "Aadhaar", f"{v[:4]} {v[4:8]} {v[8:]}", "NATIONAL_ID"
        if reg == "ZA":
            v = self._rej("za.idnr", lambda: (lambda b: b + luhn.calc_check_digit(b))(self._yymmdd(d) + self.digits(4) + "08"), s_za_id)
            return "ID number", v, "NATIONAL_ID"
        if reg == "AU":
            v = self._rej("au.tfn", lambda: self.digits(9), s_au_tfn)
            return "TFN", f"{v[:3]} {v[3:6]} {v[6:]}", "TAX_ID"
        if reg == "CA":
            v = self._rej("ca.sin", lambda: (lambda b: b + luhn.calc_check_digit(b))(str(r.randint(1, 7)) + self.digits(7)), s_ca_sin)
            return "SIN", f"{v[:3]} {v[3:6]} {v[6:]}", "NATIONAL_ID"
        if reg == "DE":
            v = self._rej("iban.de", lambda: (lambda b: "DE" + s_iban.calc_check_digits("DE00" + b) + b)(self.digits(18)), s_iban)
            return "IBAN", " ".join(v[i:i + 4] for i in range(0, len(v), 4)), "iban"
        if reg == "FR":
            def g():
                b = f"{r.randint(1, 2)}{d.strftime('%y%m')}{r.randint(1, 95):02d}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
                return b + s_fr_nir.calc_check_digits(b)
            v = self._rej("fr.nir", g, s_fr_nir)
            return "n° de sécurité sociale", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", "HEALTH_INSURANCE"
        if reg == "ES":
            v = self._rej("es.dni", lambda: (lambda b: b + s_es_dni.calc_check_digit(b))(self.digits(8)), s_es_dni)
            return "DNI", v, "NATIONAL_ID"
        if reg == "CL":
            v = self._rej("cl.rut", lambda: (lambda b: b + s_cl_rut.calc_check_digit(b))(str(r.randint(8, 24)) + self.digits(6)), s_cl_rut)
            return "RUT", s_cl_rut.format(v), "NATIONAL_ID"
        if reg == "PT":
            v = self._rej("pt.nif", lambda: str(r.randint(1, 2)) + self.digits(8), s_pt_nif)
            return "NIF", v, "TAX_ID"
        if reg == "BR":
            v = self._rej("br.cpf", lambda: (lambda b: b + s_br_cpf._calc_check_digits(b))(self.digits(9)), s_br_cpf)
            return "CPF", s_br_cpf.format(v), "TAX_ID"
        if reg == "IT":
            v = self._rej("iban.it", lambda: (lambda b: "IT" + s_iban.calc_check_digits("IT00" + b) + b)(self.pick(string.ascii_uppercase) + self.digits(10) + self.digits(12)), s_iban)
            return "IBAN", v, "iban"
        if reg == "NL":
            v = self._rej("nl.bsn", lambda: self.digits(9), s_nl_bsn)
            return "BSN", v, "NATIONAL_ID"
        if reg == "PL":
            def g():
                mm = d.month + (20 if d.year >= 2000 else 0)
                b = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{self.digits(4)}"
                return b + s_pl_pesel.calc_check_digit(b)
            return "PESEL", self._rej("pl.pesel", g, s_pl_pesel), "NATIONAL_ID"
        if reg == "SE":
            v = self._rej("se.pnr", lambda: (lambda b: b + luhn.calc_check_digit(b))(self._yymmdd(d) + self.digits(3)), s_se_pnr)
            return "personnummer", f"{d.year // 100}{v[:6]}-{v[6:]}", "NATIONAL_ID"
        if reg == "FI":
            sep = "-" if d.year < 2000 else "A"
            v = self._rej("fi.hetu", lambda: (lambda b: b + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(d.strftime("%d%m%y") + b) % 31])(f"{r.randint(2, 899):03d}"), _Hetu(d, sep))
            return "henkilötunnus", d.strftime("%d%m%y") + sep + v, "NATIONAL_ID"
        if reg == "DK":
            v = self._rej("iban.dk", lambda: (lambda b: "DK" + s_iban.calc_check_digits("DK00" + b) + b)(self.digits(14)), s_iban)
            return "IBAN", v, "iban"
        if reg == "NO":
            v = self._rej("no.fnr", lambda: d.strftime("%d%m%y") + f"{r.randint(0, 499):03d}" + self.digits(2), s_no_fnr)
            return "fødselsnummer", v, "NATIONAL_ID"
        if reg == "TR":
            v = self._rej("tr.tc", lambda: (lambda b: b + s_tr_tc.calc_check_digits(b))(str(r.randint(1, 9)) + self.digits(8)), s_tr_tc)
            return "TC Kimlik No", v, "NATIONAL_ID"
        if reg in ("RU", "UA", "IR", "BD", "VN", "PK"):
            # no checksummed national number used: card number (Luhn) instead
            return "card", self.card(), "credit_card"
        if reg == "GR":
            v = self._rej("gr.amka", lambda: (lambda b: b + luhn.calc_check_digit(b))(d.strftime("%d%m%y") + self.digits(4)), s_gr_amka)
            return "ΑΜΚΑ", v, "HEALTH_INSURANCE"
        if reg == "IL":
            v = self._rej("il.id", lambda: (lambda b: b + luhn.calc_check_digit(b))(str(r.randint(0, 3)) + self.digits(7)), s_il_id)
            return "ת.ז.", v, "NATIONAL_ID"
        if reg == "SA":
            v = self._rej("iban.sa", lambda: (lambda b: "SA" + s_iban.calc_check_digits("SA00" + b) + b)(self.digits(20)), s_iban)
            return "IBAN", v, "iban"
        if reg == "CN":
            def g():
                b = self.pick(["110105", "310104", "440106", "510107", "330106"]) + d.strftime("%Y%m%d") + self.digits(3)
                return b + s_cn_ric.calc_check_digit(b)
            return "身份证号", self._rej("cn.ric", g, s_cn_ric), "NATIONAL_ID"
        if reg == "JP":
            v = self._rej("card", lambda: (lambda b: b + luhn.calc_check_digit(b))("35" + self.digits(13)), luhn)
            return "カード番号", f"{v[:4]} {v[4:8]} {v[8:12]} {v[12:]}", "credit_card"
        if reg == "KR":
            def g():
                s = (3 if d.year >= 2000 else 1) + r.randint(0, 1)
                return self._yymmdd(d) + "-" + str(s) + self.digits(6)
            return "주민등록번호", self._rej("kr.rrn", g, s_kr_rrn), "NATIONAL_ID"
        if reg == "TH":
            v = self._rej("th.pin", lambda: str(r.randint(1, 8)) + self.digits(12), s_th_pin)
            return "เลขบัตรประชาชน", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "NATIONAL_ID"
        if reg in ("ID", "KE", "MY"):
            v = self._rej("iban.gb", lambda: (lambda b: "GB" + s_iban.calc_check_digits("GB00" + b) + b)(self.pick(["NWBK", "BARC", "LOYD", "MIDL"]) + self.digits(14)), s_iban)
            return "IBAN", v, "iban"
        if reg == "RO":
            def g():
                s = (1 + r.randint(0, 1)) if d.year < 2000 else (5 + r.randint(0, 1))
                b = f"{s}{self._yymmdd(d)}{r.randint(1, 46):02d}{r.randint(1, 999):03d}"
                return b + s_ro_cnp.calc_check_digit(b)
            return "CNP", self._rej("ro.cnp", g, s_ro_cnp), "NATIONAL_ID"
        if reg == "CZ":
            def g():
                mm = d.month + (50 if r.random() < 0.5 else 0)
                b = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{self.digits(3)}"
                return b + str(int(b) % 11 % 10)
            v = self._rej("cz.rc", g, s_cz_rc)
            return "rodné číslo", v[:6] + "/" + v[6:], "NATIONAL_ID"
        if reg == "HU":
            v = self._rej("iban.hu", lambda: (lambda b: "HU" + s_iban.calc_check_digits("HU00" + b) + b)(self.digits(24)), s_iban)
            return "IBAN", v, "iban"
        if reg == "EE":
            def g():
                c = (3 if d.year < 2000 else 5) + r.randint(0, 1)
                b = f"{c}{self._yymmdd(d)}{self.digits(3)}"
                return b + s_ee_ik.calc_check_digit(b)
            return "isikukood", self._rej("ee.ik", g, s_ee_ik), "NATIONAL_ID"
        raise KeyError(reg)

    def card(self):
        def g():
            pre = self.pick(["4", "51", "53", "22"])
            b = pre + self.digits(15 - len(pre))
            return b + luhn.calc_check_digit(b)
        v = self._rej("card", g, luhn)
        assert len(v) == 16
        return f"{v[:4]} {v[4:8]} {v[8:12]} {v[12:]}"

    def ahv(self):
        v = self._rej("ch.ahv", lambda: "756" + self.digits(10), s_ch_ahv)
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"

    def be_nn(self, d):
        def g():
            b = self._yymmdd(d) + f"{self.r.randint(1, 997):03d}"
            base = int(("2" if d.year >= 2000 else "") + b)
            return b + f"{97 - base % 97:02d}"
        return self._rej("be.nn", g, s_be_nn)

    def mrn(self):
        return self.pick(["MRN ", "MRN: ", "Chart #", "EHR-", "patient ID "]) + self.pick([f"{self.r.randint(10, 99)}-{self.digits(6)}", self.digits(8), f"A{self.digits(7)}"])

    def passport(self):
        return self.pick(string.ascii_uppercase) + self.pick(string.ascii_uppercase + string.digits) + self.digits(7)

    def licence(self):
        return self.pick(string.ascii_uppercase) + self.digits(3) + "-" + self.digits(4) + "-" + self.digits(4)


class _Hetu:
    def __init__(self, d, sep):
        self.p = d.strftime("%d%m%y") + sep

    def is_valid(self, v):
        return s_fi_hetu.is_valid(self.p + v)


def _b64(s: str) -> str:
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------------------------------------------------------
# Industries
# --------------------------------------------------------------------------------------------------------------
IND = {
    "logistics_dispatch": dict(
        sys="You are DispatchPilot, the routing assistant of a regional courier. Keep answers under 80 words; never promise exact arrival times.",
        role="consignee", tool="assign_driver", what="delivery", extra=lambda f: {"parcels": f.r.randint(1, 6), "window": f.pick(["08-12", "12-16", "16-20"])}),
    "insurance_claims": dict(
        sys="ClaimDesk copilot. Classify first-notice-of-loss reports by peril and severity and list missing documents.",
        role="policyholder", tool="open_claim", what="claim", extra=lambda f: {"peril": f.pick(["water damage", "hail", "rear-end collision", "theft", "fire"]), "policy": f"POL-{f.digits(7)}"}),
    "travel_booking": dict(
        sys="You are the concierge bot of a travel agency. Confirm bookings in the traveller's language.",
        role="lead traveller", tool="create_booking", what="booking", extra=lambda f: {"pnr": "".join(f.pick(string.ascii_uppercase) for _ in range(6)), "flight": f.pick(["LH", "TK", "QR", "AF", "NH", "LA"]) + str(f.r.randint(100, 1999))}),
    "school_admin": dict(
        sys="Assistant for a school office. Help staff with enrolment, absences and letters to families.",
        role="guardian", tool="update_enrolment", what="enrolment", extra=lambda f: {"grade": f.r.randint(1, 12), "homeroom": f.pick("ABCDE")}),
    "banking_support": dict(
        sys="You are the support copilot for a retail bank's contact centre. Be precise; escalate fraud to a human.",
        role="account holder", tool="flag_transaction", what="case", extra=lambda f: {"amount": f"{f.r.randint(20, 4800)}.{f.r.randint(0, 99):02d}", "channel": f.pick(["card", "transfer", "app"])}),
    "telehealth": dict(
        sys="Telehealth intake assistant. Prepare a concise triage note for the clinician. Do not diagnose.",
        role="patient", tool="create_triage_note", what="consultation", extra=lambda f: {"symptom": f.pick(["chest tightness", "persistent cough", "migraine with aura", "rash after antibiotics", "knee swelling"]), "since_days": f.r.randint(1, 30)}),
    "real_estate": dict(
        sys="Leasing assistant for a property manager. Draft lease documents and answer tenant questions.",
        role="tenant", tool="draft_lease", what="lease", extra=lambda f: {"rent": f.r.randint(450, 3200), "start": f"2027-0{f.r.randint(1, 9)}-01"}),
    "recruiting": dict(
        sys="You are a recruiting coordinator assistant. Screen applications against the job description.",
        role="candidate", tool="schedule_interview", what="application", extra=lambda f: {"position": f.pick(["forklift operator", "staff nurse", "backend engineer", "sous-chef", "accountant"]), "years": f.r.randint(1, 20)}),
    "game_moderation": dict(
        sys="Trust & safety assistant for an online game community. Review reports and suggest sanctions per policy.",
        role="reported player", tool="apply_sanction", what="report", extra=lambda f: {"handle": f.pick(["xXfrostbiteXx", "noodle_tyrant", "quietmoth", "pixelgoblin77"]), "reason": f.pick(["doxxing", "harassment", "cheating"])}),
    "gov_forms": dict(
        sys="Assistant embedded in a municipal e-government portal. Help residents complete official forms.",
        role="applicant", tool="submit_form", what="application", extra=lambda f: {"form": f.pick(["residence registration", "parking permit", "child benefit", "passport renewal"])}),
    "retail_returns": dict(
        sys="Returns assistant for an online store. Decide refund eligibility under the 30-day policy.",
        role="customer", tool="issue_refund", what="return", extra=lambda f: {"order": f"#{f.r.randint(100000, 999999)}", "item": f.pick(["hiking boots", "espresso machine", "duvet", "headphones"])}),
    "legal_intake": dict(
        sys="Legal intake assistant for a small law firm. Summarise new matters and run a conflict check.",
        role="prospective client", tool="conflict_check", what="matter", extra=lambda f: {"matter": f.pick(["wrongful dismissal", "tenancy deposit dispute", "custody", "traffic offence"]), "opposing": f.pick(["former employer", "landlord", "ex-spouse", "insurer"])}),
}
INDS = list(IND)

MODELS = ["gpt-4o-mini", "gpt-4.1", "claude-sonnet-4-5", "hybridgate/auto", "mistral-large-latest", "gemini-2.0-flash", "qwen2.5-72b-instruct", "o4-mini"]


def person_record(f: Forge, tag: str, ind: str):
    """A filled record for one person; returns (fields: list[(label, value)], entities)."""
    spec = IND[ind]
    d = f.dob()
    nm = f.name(tag)
    fields = [(spec["role"], nm)]
    ents = {"person"}
    pool = ["phone", "email", "address", "dob", "nid"]
    if ind == "telehealth":
        pool += ["mrn", "mrn"]
    if ind in ("banking_support", "retail_returns"):
        pool += ["card"]
    if ind in ("game_moderation",):
        pool += ["ip", "ip"]
    if ind in ("travel_booking", "gov_forms"):
        pool += ["passport"]
    if ind in ("logistics_dispatch", "recruiting"):
        pool += ["licence"]
    k = f.r.randint(2, 4)
    chosen = []
    for _ in range(k):
        c = f.pick(pool)
        if c not in chosen:
            chosen.append(c)
    for c in chosen:
        if c == "phone":
            fields.append(("phone", f.phone(L[tag]["region"]))); ents.add("phone")
        elif c == "email":
            fields.append(("email", f.email(tag, nm))); ents.add("email")
        elif c == "address":
            fields.append(("address", f.address(tag))); ents.add("STREET_ADDRESS")
        elif c == "dob":
            fields.append(("date of birth", f.pick([d.isoformat(), d.strftime("%d.%m.%Y"), d.strftime("%d/%m/%Y")]))); ents.add("DATE_OF_BIRTH")
        elif c == "nid":
            lab, v, e = f.national_id(tag, d)
            fields.append((lab, v)); ents.add(e)
        elif c == "mrn":
            fields.append(("record", f.mrn())); ents.add("MEDICAL_RECORD")
        elif c == "card":
            fields.append(("card", f.card())); ents.add("credit_card")
        elif c == "ip":
            fields.append(("last login IP", f.ip())); ents.add("IP_ADDRESS")
        elif c == "passport":
            fields.append(("passport", f.passport())); ents.add("PASSPORT")
        elif c == "licence":
            fields.append(("driving licence", f.licence())); ents.add("DRIVER_LICENSE")
    return fields, sorted(ents)


def render(f: Forge, fields, how):
    if how == "json":
        return json.dumps({k.replace(" ", "_"): v for k, v in fields}, ensure_ascii=False, indent=f.pick([None, 2]))
    if how == "csv":
        return ",".join(k.replace(" ", "_") for k, _ in fields) + "\n" + ",".join(f'"{v}"' if "," in v else v for _, v in fields)
    if how == "kv":
        return "\n".join(f"{k}: {v}" for k, v in fields)
    if how == "email":
        nm = fields[0][1]
        body = "; ".join(f"{k} {v}" for k, v in fields[1:])
        return (f"From: {f.pick(['intake', 'no-reply', 'ops', 'desk'])}@{f.pick(['northwind-co.example', 'lumenhub.example', 'orbis.example'])}\n"
                f"Subject: Fwd: {nm}\n\n> Hello, writing on behalf of {nm}. {body}\n> Thanks")
    # prose
    return nm_sentence(fields)


def nm_sentence(fields):
    return f"{fields[0][1]} (" + ", ".join(f"{k} {v}" for k, v in fields[1:]) + ")"


SHAPES = ["system_user", "multi_turn", "tool_call", "tools_schema", "response_format", "file_part", "paste_email", "completions", "content_parts"]


def make_body(f: Forge, tag: str, ind: str, payload: str, ask: str, shape: str, args_obj=None):
    spec = IND[ind]
    model = f.pick(MODELS)
    if shape == "completions":
        return "completions", {"model": f.pick(["gpt-3.5-turbo-instruct", "davinci-002", "local/qwen2.5-7b"]),
                               "prompt": f"### {ind.replace('_', ' ').title()} workflow\n{payload}\n\n### Task\n{ask}\n### Output\n", "max_tokens": 256}
    if shape == "system_user":
        msgs = [{"role": "system", "content": spec["sys"]}, {"role": "user", "content": f"{ask}\n\n{payload}"}]
    elif shape == "multi_turn":
        msgs = [{"role": "system", "content": spec["sys"]},
                {"role": "user", "content": f"New {spec['what']} coming in."},
                {"role": "assistant", "content": "Ready. Paste the details."},
                {"role": "user", "content": payload},
                {"role": "assistant", "content": "Received."},
                {"role": "user", "content": ask}]
    elif shape == "tool_call":
        cid = f"call_{f.digits(6)}"
        args = args_obj if args_obj is not None else {"note": payload}
        msgs = [{"role": "system", "content": spec["sys"]}, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": spec["tool"], "arguments": json.dumps(args, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": json.dumps({"status": "ok", "ref": f"{spec['what'][:3].upper()}-{f.digits(5)}"})}]
        return "chat", {"model": model, "messages": msgs, "tools": [tool_def(spec)]}
    elif shape == "tools_schema":
        msgs = [{"role": "system", "content": spec["sys"]}, {"role": "user", "content": f"{payload}\n\n{ask}"}]
        return "chat", {"model": model, "messages": msgs, "tools": [tool_def(spec)], "tool_choice": "auto"}
    elif shape == "response_format":
        msgs = [{"role": "system", "content": spec["sys"]}, {"role": "user", "content": f"{ask}\n---\n{payload}"}]
        return "chat", {"model": model, "messages": msgs, "response_format": {"type": "json_schema", "json_schema": {"name": f"{spec['what']}_summary", "strict": True, "schema": {
            "type": "object", "additionalProperties": False, "required": ["summary", "priority"],
            "properties": {"summary": {"type": "string"}, "priority": {"type": "string", "enum": ["low", "normal", "urgent"]}}}}}}
    elif shape == "file_part":
        ext, mime = f.pick([("csv", "text/csv"), ("txt", "text/plain"), ("json", "application/json")])
        msgs = [{"role": "system", "content": spec["sys"]}, {"role": "user", "content": [
            {"type": "text", "text": ask},
            {"type": "file", "file": {"filename": f"{spec['what']}_{f.digits(4)}.{ext}", "file_data": f"data:{mime};base64,{_b64(payload)}"}}]}]
    elif shape == "content_parts":
        msgs = [{"role": "system", "content": spec["sys"]}, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": payload}]}]
    else:  # paste_email
        msgs = [{"role": "user", "content": f"{ask}\n\n---------- Forwarded message ----------\n{payload}"}]
    body = {"model": model, "messages": msgs}
    if f.r.random() < 0.4:
        body["temperature"] = f.pick([0, 0.2, 0.7])
    return "chat", body


def tool_def(spec):
    return {"type": "function", "function": {"name": spec["tool"], "description": f"Create or update a {spec['what']} record.",
                                              "parameters": {"type": "object", "properties": {
                                                  "full_name": {"type": "string"}, "phone": {"type": "string"}, "email": {"type": "string", "format": "email"},
                                                  "address": {"type": "string"}, "date_of_birth": {"type": "string", "format": "date"}, "note": {"type": "string"}},
                                                  "required": ["full_name"]}}}


# --------------------------------------------------------------------------------------------------------------
# Benign hard negatives
# --------------------------------------------------------------------------------------------------------------
FAMOUS = ["Wangari Maathai", "Akira Kurosawa", "Frida Kahlo", "Nelson Mandela", "Marie Curie", "Rabindranath Tagore", "Gabriel García Márquez",
          "Ada Lovelace", "Hayao Miyazaki", "Chimamanda Ngozi Adichie", "Lionel Messi", "Serena Williams", "Ludwig van Beethoven", "Umm Kulthum",
          "Fernando Pessoa", "Astrid Lindgren", "Nikola Tesla", "Srinivasa Ramanujan", "Tove Jansson", "Naguib Mahfouz", "Pelé", "Greta Thunberg"]
FICTION = ["Sherlock Holmes", "Hermione Granger", "Pippi Longstocking", "Don Quixote", "Sailor Moon", "Atticus Finch", "Tintin", "Moomintroll",
           "Captain Nemo", "Elizabeth Bennet", "Son Goku", "Anne Shirley", "Miss Marple", "Totoro", "Jean Valjean", "Lara Croft"]
BRANDS = ["Ferrari", "Tesla Model Y", "Walt Disney World", "Ford Transit", "Adidas Samba", "Mercedes-Benz Sprinter", "Chanel No. 5", "Dyson V15",
          "Porsche Taycan", "Ben & Jerry's", "Hilton Garden Inn", "Marriott Bonvoy", "Dr. Oetker", "Jack Daniel's", "Louis Vuitton", "Kellogg's"]
STREETS = ["Martin Luther King Jr. Boulevard", "Rue Victor Hugo", "Avenida Presidente Vargas", "Karl-Marx-Allee", "Mahatma Gandhi Road",
           "Avenue Habib Bourguiba", "Calle Simón Bolívar", "Rustaveli Avenue", "Via Giuseppe Garibaldi", "Jalan Jenderal Sudirman", "Nelson Mandela Square",
           "Place Charles de Gaulle"]
HOTLINES = ["112", "911", "999", "0800 111 0 111", "1-800-273-8255", "116 123", "110", "119", "000", "0800 1110111", "15", "1717"]
COMPANIES = [("Orbis Freight GmbH", "service@orbis-freight.example", "Hafenstraße 7, 20457 Hamburg"), ("Lumen Mutual Insurance", "claims@lumenmutual.example", "400 Market St, Suite 900, San Francisco, CA"),
             ("Koru Travel Ltd", "hello@korutravel.example", "12 Queen St, Auckland 1010"), ("Banco Azulejo", "atendimento@azulejo.example", "Av. da Liberdade 190, Lisboa"),
             ("Sakura Clinic Group", "info@sakura-clinic.example", "東京都港区芝公園4-2-8"), ("Nordlys Eiendom AS", "post@nordlys.example", "Dronningens gate 10, Oslo")]


def benign(f: Forge, tag: str, ind: str, kind: str):
    spec = IND[ind]
    ask = f.pick(L[tag]["asks"])
    r = f.r
    if kind == "famous_person":
        p = f.pick(FAMOUS)
        txt = f"Our {spec['what']} newsletter this month has a theme around {p}. Write two sentences about why {p} matters, for a general audience."
    elif kind == "fictional_character":
        c = f.pick(FICTION)
        txt = f"For staff training, write a role-play where {c} is the {spec['role']} and our agent handles the {spec['what']} politely. No real data."
    elif kind == "eponymous_brand":
        b = f.pick(BRANDS)
        txt = f"{spec['role'].capitalize()} asked whether a {spec['what']} covering {b} is handled differently. Explain our general policy in 3 bullet points."
    elif kind == "eponymous_street":
        s = f.pick(STREETS)
        txt = f"Our branch on {s} moves next month. Draft a generic notice for all customers about the new opening hours (Mon-Fri 9-17)."
    elif kind == "order_number":
        num = f.pick([f"1Z{f.digits(2)}{''.join(f.pick(string.ascii_uppercase) for _ in range(3))}{f.digits(10)}", f"INV-2026-{f.digits(5)}", f"#{r.randint(1000000, 9999999)}",
                      f"RMA {f.digits(8)}", f"{''.join(f.pick(string.ascii_uppercase) for _ in range(2))}{f.digits(9)}DE", f"PO-{f.digits(6)}/{r.randint(1, 12):02d}"])
        txt = f"Status of {spec['what']} {num}? The system shows 'pending' since {r.randint(2, 9)} days. Explain what 'pending' usually means."
    elif kind == "tech_identifier":
        num = f.pick([f"{f.digits(8)}-{f.digits(4)}-4{f.digits(3)}-a{f.digits(3)}-{f.digits(12)}", f"sha256:{''.join(f.pick('0123456789abcdef') for _ in range(64))}",
                      f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"ERR_{r.randint(1000, 9999)}", f"pod/{spec['tool'].replace('_', '-')}-{f.digits(5)}-x{f.digits(3)}",
                      f"port {r.randint(1024, 65000)}", f"request_id={''.join(f.pick('0123456789abcdef') for _ in range(32))}"])
        txt = f"The {spec['tool']} endpoint failed with {num}. What are typical causes and how do I debug it?"
    elif kind == "public_hotline":
        h = f.pick(HOTLINES)
        txt = f"Add a footer to our {spec['what']} emails telling people that in an emergency they should call {h}. Keep it to one line."
    elif kind == "number_lookalike":
        v = f.pick([f"ISBN 978-{r.randint(0, 9)}-{f.digits(3)}-{f.digits(5)}-{r.randint(0, 9)}", f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} tonnes of cargo",
                    f"coordinates {r.randint(-60, 60)}.{f.digits(5)}, {r.randint(-170, 170)}.{f.digits(5)}", f"part number {f.digits(4)}-{f.digits(3)}-{f.digits(3)}",
                    f"4242 4242 4242 4242 (the public test card)", f"{r.randint(1900, 2020)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} (the day the company was founded)",
                    f"room 1{f.digits(2)}, floor {r.randint(2, 30)}", f"batch {f.digits(10)}"])
        txt = f"In the {spec['what']} report, the value '{v}' appears in the header. Is it formatted consistently with ISO conventions?"
    elif kind == "empty_template":
        fields = f.pick([["name", "date of birth", "phone", "email", "address"], ["full_name", "id_number", "iban"], ["patient name", "insurance no.", "symptoms"], ["applicant", "passport no.", "nationality"]])
        if r.random() < 0.5:
            txt = f"Create an empty {spec['what']} intake form with these fields: " + ", ".join(fields) + ". Leave all values blank (____)."
        else:
            txt = "Validate this JSON schema for our form, no data yet:\n" + json.dumps({"type": "object", "properties": {x.replace(" ", "_").replace(".", ""): {"type": "string"} for x in fields}, "required": [fields[0].replace(" ", "_")]})
    else:  # company_contact
        c = f.pick(COMPANIES)
        txt = f"Put our company contact block at the end of the {spec['what']} letter: {c[0]}, {c[2]}, {c[1]}. Make it look tidy."
    return f"{ask}\n\n{txt}" if r.random() < 0.5 else f"{txt}\n\n({ask})"


BKINDS = ["famous_person", "fictional_character", "eponymous_brand", "eponymous_street", "order_number", "tech_identifier", "public_hotline",
          "number_lookalike", "empty_template", "company_contact"]


def build_pii(f: Forge):
    out = []
    n_sens, n_ben = 300, 200
    for i in range(n_sens):
        ind = INDS[i % len(INDS)]
        tag = LANGS[(i * 7 + i // len(INDS)) % len(LANGS)]
        shape = SHAPES[(i // len(INDS) + i) % len(SHAPES)]
        fields, ents = person_record(f, tag, ind)
        how = f.pick(["json", "csv", "kv", "email", "prose"])
        payload = render(f, fields, how)
        ask = f.pick(L[tag]["asks"])
        args = None
        if shape == "tool_call":
            args = {"full_name": fields[0][1], **{k.replace(" ", "_"): v for k, v in fields[1:]}, **IND[ind]["extra"](f)}
        else:
            ex = IND[ind]["extra"](f)
            payload += "\n" + ", ".join(f"{k}={v}" for k, v in ex.items())
        ep, body = make_body(f, tag, ind, payload, ask, shape, args)
        out.append({"category": ind, "sensitive": True, "entities": ents, "endpoint": ep, "lang": tag, "style": f"{shape} [{how}]", "body": body})
    for i in range(n_ben):
        ind = INDS[(i * 5) % len(INDS)]
        tag = LANGS[(i * 11 + 3) % len(LANGS)]
        kind = BKINDS[i % len(BKINDS)]
        shape = f.pick(["system_user", "multi_turn", "tools_schema", "response_format", "file_part", "completions", "content_parts", "paste_email"])
        txt = benign(f, tag, ind, kind)
        ep, body = make_body(f, tag, ind, txt, f.pick(L[tag]["asks"]), shape)
        out.append({"category": ind, "sensitive": False, "entities": [], "endpoint": ep, "lang": tag, "style": f"{shape} [{kind}]", "body": body})
    f.r.shuffle(out)
    return [{"id": f"glacier-pii-{j + 1:04d}", **r} for j, r in enumerate(out)]


# --------------------------------------------------------------------------------------------------------------
# Complexity
# --------------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "what's the IATA code for Lisbon airport"), ("en", "convert 14 kg to pounds"), ("de", "Wie schreibt man 'Rechnung' auf Englisch?"),
    ("fr", "Combien de jours en février 2028 ?"), ("es", "¿Qué significa RMA en devoluciones?"), ("ja", "「請求書」を英語で言うと？"),
    ("pt-BR", "quanto é 15% de 240?"), ("it", "Sinonimo di 'consegna'?"), ("ko", "오늘 요일을 영어로 어떻게 써?"), ("tr", "Kargo kelimesinin İngilizcesi ne?"),
    ("ru", "Сколько часов в трёх сутках?"), ("zh", "“发票”的英文是什么？"), ("ar", "ما هو عكس كلمة 'وصول'؟"), ("hi", "ईमेल में 'सादर' का अंग्रेज़ी क्या है?"),
    ("nl", "Wat is de afkorting van 'bijvoorbeeld'?"), ("pl", "Ile to 3 tuziny?"), ("sv", "Vad heter 'kvitto' på engelska?"), ("vi", "1 dặm bằng bao nhiêu km?"),
    ("id", "Apa kepanjangan dari 'CV'?"), ("el", "Πώς λέγεται το 'τιμολόγιο' στα αγγλικά;"), ("he", "כמה זה 12 כפול 8?"), ("th", "วันนี้ภาษาอังกฤษว่าอะไร"),
    ("en", "capitalise: tracking number"), ("en-GB", "is it 'cancelled' or 'canceled' in UK English"), ("fi", "Montako minuuttia on 2,5 tuntia?"),
    ("uk", "Як англійською 'квитанція'?"), ("sw", "Neno 'ankara' kwa Kiingereza ni nini?"), ("ro", "Cât face 7 ori 9?"), ("cs", "Jak se řekne 'sklad' anglicky?"),
    ("hu", "Hány nap van egy hétben?"),
]
SHORT_HARD = [
    ("en", "Prove the chain-ladder development factors are unbiased under Mack's assumptions, then say where it breaks with calendar-year inflation."),
    ("en", "Design exactly-once courier dispatch on top of an at-least-once queue; give the invariants and a failure-mode table."),
    ("de", "Leite her, warum ein Vehicle-Routing-Problem mit Zeitfenstern NP-schwer ist, per Reduktion."),
    ("fr", "Démontre que l'arbitrage de surbooking optimal suit une règle de Littlewood, avec hypothèses."),
    ("es", "Modela la tasa de abandono escolar con un modelo de riesgos competitivos y explica el sesgo de censura."),
    ("ja", "不正検知でクラス不均衡が99.9:0.1のとき、PR-AUCとROC-AUCの違いを数式で論証して。"),
    ("pt-BR", "Compare Black-Scholes e Heston para precificar a opção de resgate antecipado de um CDB, com derivação."),
    ("it", "Dimostra che l'algoritmo di matching stabile è strategy-proof per i candidati ma non per le aziende."),
    ("ko", "원격진료 데이터에 차등 프라이버시를 적용할 때 엡실론 선택을 효용-위험 트레이드오프로 정식화해 줘."),
    ("zh", "用博弈论分析房屋租赁押金纠纷中的信息不对称，并给出机制设计方案。"),
    ("ru", "Докажи, что задача составления расписания экзаменов сводится к раскраске графа, и оцени жадную эвристику."),
    ("tr", "İade sahtekârlığını tespit eden bir modelde geri besleme döngüsünün yarattığı seçim yanlılığını nasıl düzeltirsin? Formülle."),
    ("ar", "حلل دستوريًا تعارض حماية البيانات مع واجب الإفصاح في قضايا الفصل التعسفي، مع موازنة المبادئ."),
    ("hi", "ट्रैवलिंग सेल्समैन के लिए 2-opt की सन्निकटन सीमा क्यों नहीं है, उदाहरण सहित सिद्ध करें।"),
    ("nl", "Formuleer het toewijzen van moderatoren aan meldingen als min-cost flow en bewijs optimaliteit."),
    ("pl", "Wyprowadź estymator IPW dla efektu programu lojalnościowego i omów warunek pozytywności."),
    ("sv", "Bevisa att ett FIFO-kösystem M/M/c minimerar genomsnittlig väntetid jämfört med slumpmässig tilldelning, eller motbevisa."),
    ("vi", "Chứng minh bài toán xếp lịch phỏng vấn với ràng buộc phòng là NP-đầy đủ."),
    ("he", "נתח את ההשלכות המשפטיות של חוזה חכם לשכירות שאינו ניתן לביטול, לפי דיני חוזים."),
    ("el", "Απόδειξε γιατί ο αλγόριθμος Hungarian λύνει το πρόβλημα ανάθεσης σε O(n^3)."),
    ("en", "Is a 'no-poach' clause in a staffing contract per se illegal under the Sherman Act? Argue both sides with cases."),
    ("en-IN", "Derive the optimal reorder point under stochastic lead time with gamma demand; state assumptions."),
    ("fa", "اثبات کن که مسئله تخصیص تخت بیمارستان با اولویت‌ها را می‌توان با برنامه‌ریزی خطی عدد صحیح حل کرد و پیچیدگی آن را تحلیل کن."),
    ("fi", "Johda Bayes-malli vakuutuskorvausten frekvenssille ja selitä ylihajonnan käsittely."),
    ("uk", "Доведи, що аукціон Вікрі стимулює правдиві ставки, і поясни, чому це ламається при змові."),
    ("bn", "ঋণ খেলাপির পূর্বাভাসে ন্যায্যতা ও নির্ভুলতার মধ্যে অসম্ভবতা উপপাদ্য ব্যাখ্যা ও প্রমাণ করো।"),
    ("en-AU", "Why can't you have calibration and equalised odds at once for a claims-fraud score? Prove it."),
    ("cs", "Navrhni konsensuální protokol pro sklady ve třech datových centrech a dokaž bezpečnost při rozdělení sítě."),
    ("id", "Turunkan formula harga dinamis tiket pesawat dengan permintaan Poisson dan kapasitas terbatas."),
    ("ms", "Buktikan bahawa masalah penjadualan kelas sekolah dengan guru terhad adalah NP-sukar."),
]
LONG_EASY_ASKS = [
    ("en", "Which line mentions the loading dock? Just quote it."), ("de", "Wie viele Zeilen hat die Liste oben? Nur die Zahl."),
    ("fr", "Mets le titre en majuscules, rien d'autre."), ("es", "¿Cuál es la primera palabra del texto?"), ("ja", "この文章は何行ありますか？"),
    ("pt-BR", "Só me diz se aparece a palavra 'atraso'."), ("it", "Traduci solo la prima riga in inglese."), ("ko", "마지막 줄만 복사해 줘."),
    ("tr", "Metinde 'depo' kelimesi kaç kez geçiyor?"), ("ru", "Отсортируй строки по алфавиту."), ("zh", "把上面的内容改成项目符号列表。"),
    ("nl", "Verwijder de dubbele regels."), ("pl", "Zamień wszystkie przecinki na średniki."), ("sv", "Vilket datum står överst?"), ("en-GB", "Just fix the typos, nothing else."),
]
LONG_HARD_ASKS = [
    ("en", "From these notes, build a root-cause tree, quantify which cause explains most of the delays with a back-of-envelope model, and propose a staged fix with risks."),
    ("de", "Leite aus dem Protokoll eine formale Zustandsmaschine ab, finde die Race Condition und beweise, dass dein Fix sie ausschließt."),
    ("fr", "À partir de ces éléments, évalue la responsabilité contractuelle de chaque partie, cite les articles pertinents du Code civil et chiffre le préjudice."),
    ("es", "Con estos datos, estima un modelo de supervivencia, discute la censura y redacta recomendaciones con intervalos de confianza."),
    ("ja", "この記録から因果推論の枠組みを設計し、交絡因子を特定して、効果推定の手順を数式付きで示して。"),
    ("pt-BR", "Com base nisso, monte um plano de migração sem downtime, com análise de consistência e rollback, justificando cada escolha."),
    ("zh", "根据以上内容，建立排队模型，计算高峰期所需人手，并讨论模型假设的敏感性。"),
    ("ko", "위 내용을 바탕으로 보험 사기 가능성을 베이즈적으로 평가하고, 추가로 필요한 증거와 그 가치(정보량)를 계산해 줘."),
    ("ru", "По этим заметкам сформулируй задачу оптимизации, реши её двойственным методом и объясни экономический смысл двойственных переменных."),
    ("ar", "استنادًا إلى ما سبق، حلّل الثغرات القانونية في العقد واقترح صياغة بديلة مع تبرير كل تعديل."),
    ("it", "Partendo da questi appunti, ricostruisci la sequenza causale, individua le ipotesi non verificate e progetta un esperimento per falsificarle."),
    ("hi", "इन नोट्स से एक अनुकूलन मॉडल बनाओ, बाधाएँ लिखो, और दिखाओ कि लालची समाधान कहाँ विफल होता है।"),
]
FILLER = {
    "en": ["Shift log, north depot.", "Van 4 left at 06:40 with the mixed load.", "Scanner on bay 2 froze twice, rebooted.", "Rain all morning, loading slow.",
           "Two pallets re-wrapped after the forklift nudged them.", "Canteen closed, staff ordered sandwiches.", "Afternoon run delayed by roadworks on the ring road.",
           "Returns cage emptied at 15:10.", "Printer out of labels again, borrowed a roll from goods-in.", "Handover to night shift at 18:00."],
    "de": ["Schichtprotokoll Lager Süd.", "Tor 3 klemmt wieder, Hausmeister informiert.", "Zwei Paletten nachgewickelt.", "Kantine heute geschlossen.",
           "Nachmittagstour wegen Baustelle verspätet.", "Etikettendrucker leer, Rolle aus dem Wareneingang geholt.", "Übergabe an die Nachtschicht um 18 Uhr."],
    "fr": ["Journal de l'accueil, mardi.", "Le photocopieur du rez-de-chaussée est en panne.", "Livraison de fournitures reçue à 10h.", "Réunion d'équipe déplacée à jeudi.",
           "Le chauffage de la salle 4 fait du bruit.", "Les badges visiteurs sont rangés dans le tiroir du haut."],
    "es": ["Notas de la tienda, sábado.", "El probador dos tiene la cortina rota.", "Llegó la mercancía de temporada.", "Faltan perchas en la sección infantil.",
           "La caja tres se bloqueó una vez.", "Se cambió el escaparate por la tarde."],
    "ja": ["倉庫の日報です。", "午前中は雨で積み込みが遅れました。", "二番ゲートのスキャナーが一度止まりました。", "昼休みは交代で取りました。", "夕方に返品の箱を整理しました。"],
    "pt-BR": ["Relatório da loja, domingo.", "O ar-condicionado do estoque fez barulho.", "Chegaram as caixas da promoção.", "Um cliente pediu troca de tamanho.", "Fechamento do caixa às 22h."],
    "it": ["Diario dell'ufficio, lunedì.", "La stampante del secondo piano è inceppata.", "Consegna di cancelleria alle 11.", "Riunione spostata a venerdì.", "Il distributore del caffè è vuoto."],
    "ko": ["물류센터 일지입니다.", "오전에 비가 와서 상차가 늦었습니다.", "2번 도크 스캐너가 한 번 멈췄습니다.", "오후에 반품 박스를 정리했습니다.", "야간조에 인수인계했습니다."],
    "tr": ["Depo günlüğü, çarşamba.", "Kapı 3 yine sıkıştı.", "İki palet yeniden sarıldı.", "Öğleden sonra sevkiyat yol çalışması yüzünden gecikti.", "Gece vardiyasına devir 18:00'de."],
    "ru": ["Журнал склада, пятница.", "Погрузчик номер два на ремонте.", "Утром шёл дождь, погрузка шла медленно.", "Принтер этикеток снова пустой.", "Передача смены в 18:00."],
    "zh": ["仓库日志，周一。", "上午下雨，装车较慢。", "二号门扫描枪死机一次。", "下午整理了退货箱。", "十八点与夜班交接。"],
    "nl": ["Dagboek balie, woensdag.", "De koffieautomaat doet het weer.", "Pakketten voor de buren aangenomen.", "Vergadering verplaatst naar vrijdag.", "Sleutels liggen in de la."],
    "pl": ["Dziennik magazynu, czwartek.", "Brama 2 znowu się zacina.", "Dwie palety przepakowane.", "Popołudniowy kurs opóźniony przez roboty drogowe.", "Zmiana przekazana o 18:00."],
    "sv": ["Dagbok, lagret, tisdag.", "Port 3 kärvar igen.", "Två pallar plastades om.", "Eftermiddagsturen försenad av vägarbete.", "Överlämning till nattskiftet 18:00."],
    "en-GB": ["Office diary, Monday.", "The kettle on the second floor has been fixed.", "Post arrived late again.", "Fire drill moved to Thursday.", "Meeting room B is double-booked on Friday."],
    "ar": ["سجل المستودع، يوم الأحد.", "تعطل الماسح الضوئي في البوابة الثانية مرة واحدة.", "تأخر التحميل بسبب المطر.", "تم ترتيب صناديق المرتجعات بعد الظهر.", "التسليم للوردية الليلية الساعة السادسة."],
    "hi": ["गोदाम की दैनिक रिपोर्ट।", "सुबह बारिश से लोडिंग धीमी रही।", "गेट दो का स्कैनर एक बार रुका।", "दोपहर में वापसी वाले डिब्बे लगाए।", "शाम छह बजे रात की पाली को सौंपा।"],
}


def long_text(f: Forge, lang: str, n: int) -> str:
    pool = FILLER[lang]
    return "\n".join(f"{i + 1}. {f.pick(pool)}" for i in range(n))


def cx_body(f: Forge, content: str, ind: str):
    shape = f.pick(["plain", "system", "history"])
    if shape == "plain":
        msgs = [{"role": "user", "content": content}]
    elif shape == "system":
        msgs = [{"role": "system", "content": IND[ind]["sys"]}, {"role": "user", "content": content}]
    else:
        msgs = [{"role": "system", "content": IND[ind]["sys"]}, {"role": "user", "content": "quick one"}, {"role": "assistant", "content": "Go ahead."}, {"role": "user", "content": content}]
    return shape, {"model": f.pick(MODELS), "messages": msgs}


def build_complexity(f: Forge):
    out = []
    for i in range(45):
        lang, q = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
        if i >= len(SHORT_SIMPLE):
            q = q + f.pick([" thx", " pls", " ?", " — quick", " (no explanation)"])
        ind = INDS[i % len(INDS)]
        shape, body = cx_body(f, q, ind)
        out.append(("short_simple", 0, False, lang, f"{ind} {shape}", body))
    for i in range(45):
        lang, q = SHORT_HARD[i % len(SHORT_HARD)]
        if i >= len(SHORT_HARD):
            q = f.pick(["Be rigorous. ", "Short answer not allowed: ", "Step by step: "]) + q
        ind = INDS[(i + 3) % len(INDS)]
        shape, body = cx_body(f, q, ind)
        out.append(("short_hard", 1, True, lang, f"{ind} {shape}", body))
    for i in range(45):
        lang, ask = LONG_EASY_ASKS[i % len(LONG_EASY_ASKS)]
        flang = lang if lang in FILLER else "en"
        txt = long_text(f, flang, f.r.randint(40, 90))
        content = f"{txt}\n\n{ask}" if i % 2 == 0 else f"{ask}\n\n{txt}"
        ind = INDS[(i + 5) % len(INDS)]
        shape, body = cx_body(f, content, ind)
        out.append(("long_easy", 0, True, lang, f"{ind} {shape}", body))
    for i in range(45):
        lang, ask = LONG_HARD_ASKS[i % len(LONG_HARD_ASKS)]
        flang = lang if lang in FILLER else "en"
        txt = long_text(f, flang, f.r.randint(25, 60))
        content = f"{txt}\n\n{ask}"
        ind = INDS[(i + 7) % len(INDS)]
        shape, body = cx_body(f, content, ind)
        out.append(("long_hard", 1, False, lang, f"{ind} {shape}", body))
    f.r.shuffle(out)
    return [{"id": f"glacier-cx-{j + 1:04d}", "category": c, "label": lab, "length_adversarial": adv, "endpoint": "chat", "lang": lang, "style": st, "body": b}
            for j, (c, lab, adv, lang, st, b) in enumerate(out)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    f = Forge(args.seed)
    pii = build_pii(f)
    cx = build_complexity(Forge(args.seed + 1))
    args.out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii_glacier.jsonl", pii), ("complexity_glacier.jsonl", cx)):
        with open(args.out / name, "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    ok = collections.Counter()
    bad = collections.Counter()
    for kind, v, fn in f.issued:
        (ok if fn(v) else bad)[kind.split(".")[0] if kind.startswith("iban") else kind] += 1
    print(f"wrote {len(pii)} PII and {len(cx)} complexity records to {args.out}")
    print(f"identifiers re-validated: {sum(ok.values())} valid, {sum(bad.values())} invalid ({', '.join(f'{k} {v}' for k, v in sorted(ok.items()))})")
    sens = sum(r["sensitive"] for r in pii)
    print(f"PII: {sens} sensitive / {len(pii) - sens} benign, {len({r['lang'] for r in pii})} language tags")
    lab = sum(r["label"] for r in cx)
    print(f"complexity: {lab} label 1 / {len(cx) - lab} label 0, {sum(r['length_adversarial'] for r in cx)} length-adversarial")


if __name__ == "__main__":
    main()
