#!/usr/bin/env python3
"""Doline: a blind evaluation split for the request signals, set in the world of ELECTIONS, POLITICAL
CAMPAIGNS, TRADE UNIONS AND CIVIC ASSOCIATIONS.

Writes bench/data/signals/pii_doline.jsonl and bench/data/signals/complexity_doline.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity:
id, category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

The world
    Polling-station staff and presiding officers, electoral registration officers (EROs), campaign
    volunteers and canvassers, party membership desks, union reps and caseworkers, residents' associations,
    petition organisers, and the voters and members who write in -- plus the software of that world
    (canvassing apps, membership CRMs, petition platforms, payroll exports for poll clerks).

How it was written
    Blind: its author read only the brief, the first 70 lines of the delta generator (record schema and
    label conventions) and the first two lines of the two delta jsonl files. No detector, test, evaluator,
    policy, doc, result, other generator body or commit history was read. The other generators are only
    scanned automatically at run time (FROZEN_AGAINST): every pool entry (person name, street, locality,
    organisation, placeholder, public figure) sharing a word or non-ASCII bigram with them is dropped and the
    pool is refilled from invented locale-typical syllables (capped); the run prints how many were dropped.

Organising principle
    By the KIND of message of that world (ten kinds): voter-registration intake, canvass logs, polling-staff
    rosters (scheduling), union casework notes, complaints to the electoral office / union, membership forms,
    petition/CRM exports, notices to the public, volunteer chats, and correspondence from voters/members.
    Each kind has sensitive and benign variants; the benign ones are hard negatives of the SAME world. The
    data language rotates over 21 locales in 10 scripts (Latin, Cyrillic, Greek, Arabic, Hebrew,
    Devanagari, Thai, Han, Kana, Hangul), with the world's jargon (ERO, GOTV, PO, EDR, shop steward,
    Betriebsrat, bureau de vote, komisja obwodowa, УИК ...), typos and code-switching with English.

Where the line is drawn
    Personal data: anything identifying a PRIVATE person: voters, members, volunteers, poll clerks,
    residents -- names (also a first name alone with a relation/role cue: "my neighbour Ilse", "the new
    steward Radek"), personal phones (any local format, with extensions), personal e-mails, home addresses,
    birth dates, national / tax / health numbers, bank accounts, IBANs, cards, a private user's public IP.
    Not personal data: candidates / ministers / returning officers acting in their public role, historical
    figures, cited authors, eponyms and streets named after people, election offices' and unions'
    switchboards and role mailboxes, emergency numbers, ballot / case / petition / invoice reference
    numbers, union and party registration numbers, RFC 5737 / 3849 addresses and example.com, test cards,
    placeholders on blank forms, aggregated turnout or membership statistics, already-anonymised texts.

Labels
    ``category`` is ``<kind>`` for sensitive and ``<kind>_benign`` for benign records. ``entities`` is a list
    of {"type", "value"} computed by SEARCHING the serialised body (base64 file parts decoded, URLs
    unquoted) for every value the record issued; ``sensitive`` is true iff it is non-empty (asserted).
    Types: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, LOCATION (home address), DATE_TIME (birth date), ssn (US),
    NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, US_BANK_NUMBER (routing and account), IBAN_CODE, CREDIT_CARD,
    IP_ADDRESS. About 12% of sensitive records carry one incidental item in an otherwise benign text.
    The document sits in a request field chosen by rotation (user / system / assistant / tool messages,
    text and base64 file parts, image_url query strings, tool definitions and tool-call arguments,
    response_format json_schema, ``user``, ``stop``, ``prediction``, metadata-only with ``store: true``);
    about 10% use the legacy completions endpoint.

    Complexity: short_simple (0), long_easy (>= 1,500 chars, 0), short_hard (1), long_hard (1); short_hard
    and long_easy are length-adversarial. "Hard" = real reasoning, planning, analysis or expert judgement
    (seat allocation sensitivity, GOTV allocation, ballot-threshold risk, grievance strategy); "easy" =
    lookup, copying, reformatting, greeting, one-step chore, however long.

Contents (default seed 73190452; the run prints all counts)
    pii_doline.jsonl: 500 requests (450 chat, 50 completions) in 21 language tags / 10 scripts; 290 sensitive
    (58.0%, 35 of them with a single incidental item), 210 benign; 10 kinds; 15 placements. complexity_doline.jsonl:
    190 chat requests in 21 language tags: short_simple 47, long_easy 48, short_hard 48, long_hard 47; 96
    length-adversarial, 95 labelled 1. The freeze dropped 725 pool entries (refilled from invented syllables).

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (SSN, ABA, NHS,
    Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat Zehut,
    Aadhaar, Thai PIN, RRN, Chinese RIC, IBAN, Luhn for cards); phone numbers are validated for their region
    with ``phonenumbers``; IPs are global. The run aborts on an invalid value; every retry loop is capped.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_doline_signal_sets.py [--seed 73190452] [--out bench/data/signals]
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
import sys
import unicodedata
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
from stdnum.us import rtn, ssn as us_ssn

SPLIT = "doline"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 73190452

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma "
                  "lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer "
                  "zeugen solfatara bergschrund kopje outwash inlier ravine caldera bluff").split()
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


EXEMPT = set("""street st st. road rd avenue ave lane close way drive court place square row hill park
rue avenue boulevard chemin allée impasse place via viale piazza corso calle avenida plaza paseo rua travessa
straße strasse weg gasse allee platz ring damm ul ul. ulica al aleja os straat laan plein gracht gatan vägen
gränd sokak sokağı caddesi cad mahallesi mah улица ул проспект пр переулок вулиця вул οδός οδ λεωφ λεωφόρος
شارع رחוב רח मार्ग नगर रोड ถนน ซอย 路 号 街 丁目 番地 号室 길 로 동 de la le les du des van der den von zu di da do
dos das del y e i and of the el al bin ibn ben bat""".split())


# ----------------------------------------------------------------------------------------------- locales
# f: first names, s: surnames, st: streets, c: cities, syl: syllables for invented refills, o: surname first
L = {}


def loc(code, **kw):
    L[code] = kw


loc("en-GB", script="Latin", region="GB", o=0, f="Maisie Rhodri Tamsin Callum Ffion Declan Imogen Rory Niamh Alfie Bethan Ewan".split(),
    s="Pengelly Trevithick Ashworth Blackwood Ormerod Pryce Carrick Dunmore Hallworth Kinsella Oakden Rushby".split(),
    st=["Larkhill Road", "Ferncliffe Close", "Tanyard Lane", "Mossgiel Avenue", "Bramblecote Way"], c=["Halesowen", "Ormskirk", "Keighley", "Llandrindod Wells"],
    syl="ash wen tor bry dell mor han cott wick ley ford ing".split(), dom=["gmail.com", "btinternet.com", "outlook.com"],
    lab=("Name", "Tel", "Address", "DOB", "NHS no.", "Email"),
    ph=dict(reg="I've moved house and need to re-register before the deadline.", union="Member asks for a rep at the grievance meeting on Thursday.",
            canvass="Knocked, strong Lab/LD switcher, wants a postal vote form.", complaint="The polling station at the scout hut opened 20 minutes late.",
            notice="Polling stations are open 7am to 10pm. Bring photo ID.", chat="can someone cover the 4pm leaflet round?"),
    dob="%d/%m/%Y", ids=["nhs"], iban="GB")
loc("en-US", script="Latin", region="US", o=0, f="Dashawn Kelsey Brantley Marisol Tucker Jolene Emmett Raelynn Cody Shonda Wyatt Lupita".split(),
    s="Kowalczyk Hargrove Delacroix Whitlock Buckner Okonkwo Pruitt Villareal Stanek Ambrose Lindqvist Tillman".split(),
    st=["Cottonwood Dr", "N Larkspur Ave", "Pheasant Run Rd", "Old Mill Creek Ln", "Sycamore Ridge Ct"], c=["Dubuque, IA", "Chillicothe, OH", "Kenosha, WI", "Yakima, WA"],
    syl="bran ton ley jay lyn dar rick son mar ell tay wes".split(), dom=["gmail.com", "yahoo.com", "aol.com", "icloud.com"],
    lab=("Name", "Cell", "Home address", "DOB", "SSN", "Email"),
    ph=dict(reg="I registered at the DMV but I'm not showing up on the voter lookup.", union="Steward note: member disputes the write-up, wants Weingarten rep.",
            canvass="Door 14: leaning yes on the levy, asked for a yard sign.", complaint="Poll worker told me my provisional ballot wouldn't count.",
            notice="Early voting runs Oct 21 - Nov 2 at the county annex.", chat="anyone got the turf packet for precinct 12?"),
    dob="%m/%d/%Y", ids=["ssn", "aba"], iban=None)
loc("de-DE", script="Latin", region="DE", o=0, f="Henrike Jannik Wiebke Malte Frauke Ole Swantje Janosch Imke Torben Gesa Lennart".split(),
    s="Brömmelkamp Ostendorf Wiechmann Heitkötter Lammerskötter Rosenbusch Tiedemann Hölscher Kruppke Everding Schmedes Vosskuhl".split(),
    st=["Lindenkamp", "Am Mühlenteich", "Eichendorffstraße", "Hasenpfad", "Vogelsanger Weg"], c=["Bielefeld", "Wolfenbüttel", "Cuxhaven", "Rheine"],
    syl="hol ker sten mann bach dorf ling wer brok ham lin kes".split(), dom=["web.de", "gmx.de", "t-online.de"],
    lab=("Name", "Tel.", "Anschrift", "Geburtsdatum", "Steuer-ID", "E-Mail"),
    ph=dict(reg="Ich bin umgezogen und habe keine Wahlbenachrichtigung bekommen.", union="Kollegin bittet Betriebsrat um Begleitung zum BEM-Gespräch.",
            canvass="Haustür: unentschlossen, will Infos zur Briefwahl.", complaint="Im Wahllokal wurde mir die Wahlkabine nicht erklärt.",
            notice="Die Wahllokale sind von 8 bis 18 Uhr geöffnet.", chat="wer übernimmt Samstag den Infostand?"),
    dob="%d.%m.%Y", ids=["steuerid"], iban="DE")
loc("fr-FR", script="Latin", region="FR", o=0, f="Maëlys Gaëtan Solenn Yannick Clémence Loïc Ombeline Tanguy Anaïs Corentin Maïwenn Eloi".split(),
    s="Kerbrat Lemarchal Vasseur Quéméner Rouxel Delattre Paillard Guéguen Mercadier Hascoët Fontanel Bréhier".split(),
    st=["rue des Tanneurs", "allée des Glycines", "impasse du Moulin-Vieux", "chemin de la Croix-Blanche"], c=["Quimperlé", "Saint-Brieuc", "Montauban", "Épinal"],
    syl="ker mar gan lou ven ric bel tan nol sou vin rey".split(), dom=["orange.fr", "laposte.net", "free.fr"],
    lab=("Nom", "Tél.", "Adresse", "Né(e) le", "N° sécu", "Courriel"),
    ph=dict(reg="Je n'ai pas reçu ma carte électorale après mon déménagement.", union="Le délégué syndical demande un rendez-vous avec la DRH.",
            canvass="Porte-à-porte : hésite, veut une procuration.", complaint="Au bureau de vote, l'assesseur a refusé ma pièce d'identité.",
            notice="Les bureaux de vote ferment à 20 h dans les grandes villes.", chat="qui tient le stand du marché dimanche ?"),
    dob="%d/%m/%Y", ids=["nir"], iban="FR")
loc("es-ES", script="Latin", region="ES", o=0, f="Ainhoa Iker Nerea Unai Itziar Álvaro Maialen Gorka Rocío Eneko Lucía Asier".split(),
    s="Etxeberria Zubizarreta Villalobos Arrieta Cuadrado Montoya Landaluce Berasategui Ocaña Peñalver Garmendia Rubial".split(),
    st=["Calle del Almendro", "Avenida de los Tilos", "Calle Río Urola", "Plaza del Pilarejo"], c=["Tolosa", "Albacete", "Ourense", "Jerez"],
    syl="ber gar zu ri lo na mon tal ez ar ca sol".split(), dom=["gmail.com", "hotmail.es", "telefonica.net"],
    lab=("Nombre", "Tfno.", "Domicilio", "F. nacimiento", "DNI", "Correo"),
    ph=dict(reg="Quiero comprobar si estoy en el censo electoral tras mudarme.", union="El delegado sindical pide copia del expediente disciplinario.",
            canvass="Puerta a puerta: indecisa, pide papeletas por correo.", complaint="En la mesa electoral no encontraban mi nombre en el censo.",
            notice="Los colegios electorales abren de 9:00 a 20:00.", chat="¿quién reparte los folletos en el barrio mañana?"),
    dob="%d/%m/%Y", ids=["dni"], iban="ES")
loc("it-IT", script="Latin", region="IT", o=0, f="Ludovica Gianmarco Benedetta Tommaso Ilaria Leandro Noemi Ettore Rebecca Nicolò Giada Ottavio".split(),
    s="Scarpellini Bonaccorsi Trevisan Lombardozzi Cattaneo Mazzoleni Pellegatta Brambilla Zanardi Ferraresi Santagata Vitale".split(),
    st=["Via dei Gelsi", "Viale delle Rimembranze", "Vicolo del Pozzo", "Via Fontanelle"], c=["Bergamo", "Lecce", "Rovigo", "Cuneo"],
    syl="ber lan zo ret ti gal ma ran col li ve sa".split(), dom=["libero.it", "virgilio.it", "alice.it"],
    lab=("Nome", "Cell.", "Residenza", "Nato/a il", "Cod. fiscale", "Email"),
    ph=dict(reg="Ho perso la tessera elettorale, come posso richiederne una nuova?", union="Il delegato RSU chiede l'incontro per il trasferimento della lavoratrice.",
            canvass="Volantinaggio: interessata, vuole info sul referendum.", complaint="Al seggio lo scrutatore mi ha chiesto per chi votavo.",
            notice="I seggi sono aperti dalle 7 alle 23.", chat="chi porta il gazebo sabato in piazza?"),
    dob="%d/%m/%Y", ids=["cf"], iban="IT")
loc("nl-NL", script="Latin", region="NL", o=0, f="Femke Daan Sanne Joost Lieke Bram Marloes Thijs Ilse Wouter Noortje Jelle".split(),
    s="Brouwershaven Kloosterboer Hoogendijk Veenstra Oosterhuis Dijkgraaf Zwanenburg Terpstra Mulderij Boschma Wijnands Hulsebos".split(),
    st=["Klaverweide", "Lindengracht", "Molenstraat", "Zuiderhavenweg"], c=["Zwolle", "Leeuwarden", "Amersfoort", "Deventer"],
    syl="bos ter hui veen ma wijk dijk hof lan stra ken bor".split(), dom=["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    lab=("Naam", "Tel", "Adres", "Geboortedatum", "BSN", "E-mail"),
    ph=dict(reg="Ik heb mijn stempas niet ontvangen na mijn verhuizing.", union="Lid vraagt bijstand van de bond bij het ontslaggesprek.",
            canvass="Deur 8: twijfelt, wil een machtigingsformulier.", complaint="Het stembureau vroeg om mijn paspoort, terwijl het verlopen mocht zijn.",
            notice="De stembureaus zijn open van 7.30 tot 21.00 uur.", chat="wie flyert zaterdag op de markt?"),
    dob="%d-%m-%Y", ids=["bsn"], iban="NL")
loc("pl-PL", script="Latin", region="PL", o=0, f="Zuzanna Radosław Agnieszka Bartłomiej Ksenia Mirosław Halina Przemysław Oliwia Tadeusz Jadwiga Kacper".split(),
    s="Wróblewski Kaczmarczyk Szczepaniak Grabowska Pietrzak Zalewska Borkowski Jabłońska Sobczak Chmielewska Urbańczyk Kłosowski".split(),
    st=["ul. Jarzębinowa", "ul. Okrzei", "al. Kasztanowa", "os. Zielone Wzgórze"], c=["Radom", "Zamość", "Gniezno", "Tczew"],
    syl="bor wik ska czy los now rad mir sła wo gór ko".split(), dom=["wp.pl", "onet.pl", "interia.pl"],
    lab=("Imię i nazwisko", "Tel.", "Adres", "Data ur.", "PESEL", "E-mail"),
    ph=dict(reg="Chcę dopisać się do spisu wyborców w miejscu pobytu.", union="Związkowiec prosi o opinię w sprawie wypowiedzenia.",
            canvass="Ulotki: zainteresowany, pyta o głosowanie korespondencyjne.", complaint="Komisja obwodowa nie wydała mi karty do głosowania.",
            notice="Lokale wyborcze czynne od 7:00 do 21:00.", chat="kto bierze dyżur w komisji w niedzielę?"),
    dob="%d.%m.%Y", ids=["pesel"], iban="PL")
loc("pt-BR", script="Latin", region="BR", o=0, f="Thaís Wellington Jaqueline Cauã Rayane Edivaldo Luana Josué Kátia Valdir Bruna Ítalo".split(),
    s="Nogueira Bezerra Cavalcanti Albuquerque Siqueira Medeiros Rezende Figueiró Magalhães Pimentel Vasconcelos Teixeira".split(),
    st=["Rua das Acácias", "Travessa São Bento", "Avenida Jacarandá", "Rua Pau-Brasil"], c=["Campina Grande", "Londrina", "Juiz de Fora", "Petrolina"],
    syl="ca val lu mar tei ro jo sil gue ra bo nei".split(), dom=["gmail.com", "uol.com.br", "bol.com.br"],
    lab=("Nome", "Cel.", "Endereço", "Nascimento", "CPF", "E-mail"),
    ph=dict(reg="Preciso transferir meu título de eleitor para outra zona.", union="O sindicato pede a rescisão e os holerites da associada.",
            canvass="Panfletagem: indecisa, quer saber do candidato a vereador.", complaint="O mesário não deixou minha mãe votar com acompanhante.",
            notice="A votação vai das 8h às 17h, horário de Brasília.", chat="quem leva as bandeiras pra carreata?"),
    dob="%d/%m/%Y", ids=["cpf"], iban=None)
loc("sv-SE", script="Latin", region="SE", o=0, f="Linnea Viggo Ebba Hampus Tindra Ossian Saga Melker Elsa Ludvig Alva Gustav".split(),
    s="Lindqvast Bergkvist Ekström Sandgren Wallin Hedlund Forsberg Åkerman Nordlöf Sjöholm Lundmark Rydén".split(),
    st=["Björkvägen", "Kvarngatan", "Ängsgränd", "Sjöbodsvägen"], c=["Umeå", "Växjö", "Borås", "Sundsvall"],
    syl="berg lund ström dahl holm sjö vik ek ny ås gren fors".split(), dom=["telia.com", "gmail.com", "hotmail.se"],
    lab=("Namn", "Tel", "Adress", "Född", "Personnr", "E-post"),
    ph=dict(reg="Jag har inte fått mitt röstkort efter flytten.", union="Medlemmen vill ha facklig förhandling om omplaceringen.",
            canvass="Dörrknack: osäker, frågar om förtidsröstning.", complaint="Valförrättaren släppte in två personer i valskärmen samtidigt.",
            notice="Vallokalerna har öppet 8–20 på valdagen.", chat="vem tar valstugan på lördag?"),
    dob="%Y-%m-%d", ids=["pnr"], iban="SE")
loc("tr-TR", script="Latin", region="TR", o=0, f="Elif Emre Zeynep Burak Merve Oğuz Büşra Serkan Ceren Kaan Dilan Tolga".split(),
    s="Karaağaç Yıldırımlı Öztürkmen Çakıroğlu Demirkıran Aksoylu Kılınçarslan Sarıgül Eryılmaz Bozdoğan Tekinalp Ulusoy".split(),
    st=["Ihlamur Sokak", "Gül Caddesi", "Çınarlı Sokağı", "Menekşe Sokak"], c=["Eskişehir", "Kayseri", "Denizli", "Samsun"],
    syl="kar oğ tek ay dem yıl öz boz can ser gül ka".split(), dom=["gmail.com", "hotmail.com", "yandex.com.tr"],
    lab=("Ad Soyad", "Tel", "Adres", "Doğum tarihi", "TC Kimlik No", "E-posta"),
    ph=dict(reg="Seçmen kütüğünde adresim eski görünüyor, nasıl düzeltirim?", union="Sendika temsilcisi üyenin fazla mesai alacağını soruyor.",
            canvass="Kapı ziyareti: kararsız, sandık yerini soruyor.", complaint="Sandık kurulu başkanı mühürlü pusulayı vermedi.",
            notice="Oy verme 08.00'de başlar, 17.00'de sona erer.", chat="pazar günü sandık başına kim gidiyor?"),
    dob="%d.%m.%Y", ids=["tckn"], iban="TR")
loc("ru-RU", script="Cyrillic", region="RU", o=0, f="Дарина Всеволод Ульяна Тимофей Злата Ярослав Милана Гордей Василиса Елисей Агата Прохор".split(),
    s="Ветлугин Косогоров Шелепова Бражников Долгушина Переверзев Огородникова Свиридов Кудрявцева Лыков Мальцева Чеботарёв".split(),
    st=["ул. Рябиновая", "Каштановый пер.", "ул. Заречная", "пр. Строителей"], c=["Кострома", "Тверь", "Вологда", "Псков"],
    syl="ва ро ми ла до ко ше ры ник ов ев ин".split(), dom=["mail.ru", "yandex.ru", "rambler.ru"],
    lab=("ФИО", "Тел.", "Адрес", "Дата рожд.", "ИНН", "Эл. почта"),
    ph=dict(reg="Хочу проголосовать по месту нахождения, как подать заявление?", union="Профорг просит копию приказа о сокращении.",
            canvass="Обход: сомневается, спрашивает про агитпункт.", complaint="В УИК мне отказали в выдаче бюллетеня.",
            notice="Участки открыты с 8:00 до 20:00.", chat="кто дежурит наблюдателем в воскресенье?"),
    dob="%d.%m.%Y", ids=["inn"], iban=None)
loc("uk-UA", script="Cyrillic", region="UA", o=0, f="Соломія Остап Мирослава Богдан Ярина Тарас Оксана Назар Роксолана Данило Зоряна Левко".split(),
    s="Гнатюк Панасюк Дорошенко Костецька Стефанишин Федорчук Ярошенко Мельничук Бондарук Гаврилюк Семенко Ковальчук".split(),
    st=["вул. Квіткова", "вул. Липова", "пров. Садовий", "вул. Соборна"], c=["Тернопіль", "Вінниця", "Полтава", "Ужгород"],
    syl="ко чук ар ян ок ле ма ри бо да сте ню".split(), dom=["ukr.net", "i.ua", "gmail.com"],
    lab=("ПІБ", "Тел.", "Адреса", "Дата народж.", "РНОКПП", "Ел. пошта"),
    ph=dict(reg="Хочу змінити виборчу адресу, бо переїхала.", union="Голова профкому просить копію наказу про звільнення.",
            canvass="Обхід: вагається, питає про дільницю.", complaint="На дільниці не було мого прізвища у списку.",
            notice="Дільниці працюють з 8:00 до 20:00.", chat="хто чергує в штабі в суботу?"),
    dob="%d.%m.%Y", ids=["rntrc"], iban="UA")
loc("el-GR", script="Greek", region="GR", o=0, f="Ευανθία Στυλιανός Χρυσούλα Παναγιώτης Δέσποινα Αριστείδης Καλλιόπη Θεμιστοκλής Ζωή Λεωνίδας Αγλαΐα Σπύρος".split(),
    s="Καραμπέτσος Παπαδογιάννη Βλαχοπούλου Τσιρίγος Μαυρογένη Κουκουλάκης Ζαχαρίου Λαμπράκης Σταθοπούλου Γεωργιάδης Ντόκος Φραγκιαδάκη".split(),
    st=["οδ. Ευριπίδου", "οδ. Κυπαρισσίων", "λεωφ. Ειρήνης", "οδ. Αμυγδαλιάς"], c=["Λάρισα", "Πάτρα", "Ηράκλειο", "Καβάλα"],
    syl="κα ρα πο λο τσι μα νη δη κο στα λα ζα".split(), dom=["gmail.com", "otenet.gr", "yahoo.gr"],
    lab=("Ονοματεπώνυμο", "Τηλ.", "Διεύθυνση", "Ημ. γέννησης", "ΑΜΚΑ", "Email"),
    ph=dict(reg="Θέλω να μεταφέρω τα εκλογικά μου δικαιώματα στον νέο δήμο.", union="Το σωματείο ζητά αντίγραφο της απόφασης απόλυσης.",
            canvass="Πόρτα-πόρτα: αναποφάσιστη, ρωτά για επιστολική ψήφο.", complaint="Στο εκλογικό τμήμα δεν βρήκαν το όνομά μου.",
            notice="Τα εκλογικά τμήματα λειτουργούν 7:00–19:00.", chat="ποιος αναλαμβάνει το περίπτερο την Κυριακή;"),
    dob="%d/%m/%Y", ids=["amka"], iban="GR")
loc("ar-EG", script="Arabic", region="EG", o=0, f="يمنى مصطفى رحاب حازم شيماء عمرو نرمين طارق سلمى وليد إسراء كريم".split(),
    s="الشناوي العسال البنداري الدمرداش الفيومي الطوخي السمالوطي الزيات المنشاوي القليوبي الصعيدي البحيري".split(),
    st=["شارع الجلاء", "شارع النخيل", "شارع الترعة البولاقية", "شارع المدارس"], c=["المنصورة", "طنطا", "أسيوط", "الزقازيق"],
    syl="سل مى نو را دي ها با قي لي عم فا زي".split(), dom=["gmail.com", "yahoo.com", "hotmail.com"],
    lab=("الاسم", "موبايل", "العنوان", "تاريخ الميلاد", "الرقم القومي", "البريد"),
    ph=dict(reg="عايز أعرف لجنتي الانتخابية بعد ما غيرت العنوان.", union="عضو النقابة بيطلب مساعدة في شكوى الفصل التعسفي.",
            canvass="زيارة منزلية: متردد، بيسأل عن مكان اللجنة.", complaint="رئيس اللجنة رفض بطاقتي من غير سبب.",
            notice="تفتح اللجان من التاسعة صباحًا حتى التاسعة مساءً.", chat="مين هيقف عند اللجنة بكرة؟"),
    dob="%d/%m/%Y", ids=[], iban=None)
loc("he-IL", script="Hebrew", region="IL", o=0, f="נגה איתמר שקד עומרי הדס יובל תהל אלון מעיין רועי אביגיל נדב".split(),
    s="בן־חמו אלמוזנינו קורקוס שטרנברג פרידמן־לוי אבוטבול וקנין גולדפרב מזרחי־טל כהנוביץ אזולאי ברקוביץ".split(),
    st=["רחוב הדקל", "רחוב השקמה", "רחוב הגפן", "שדרות התאנה"], c=["חדרה", "רחובות", "כרמיאל", "נתיבות"],
    syl="אל נו רי דן טל גל מי שי בר אב יה עז".split(), dom=["walla.co.il", "gmail.com", "012.net.il"],
    lab=("שם", "נייד", "כתובת", "ת. לידה", "ת.ז.", "מייל"),
    ph=dict(reg="לא קיבלתי הודעה לבוחר אחרי המעבר דירה.", union="חבר הוועד מבקש ליווי לשימוע לפני פיטורים.",
            canvass="דלת לדלת: מתלבטת, שואלת איפה הקלפי.", complaint="ועדת הקלפי לא מצאה אותי בפנקס הבוחרים.",
            notice="הקלפיות פתוחות מ־7:00 עד 22:00.", chat="מי לוקח את הדוכן ביום שישי?"),
    dob="%d/%m/%Y", ids=["tz"], iban="IL")
loc("hi-IN", script="Devanagari", region="IN", o=0, f="अनन्या विवेक श्वेता हर्षित प्रियंका रोहन मेघना अभिनव काव्या निखिल दीपिका सौरभ".split(),
    s="चतुर्वेदी भटनागर श्रीवास्तव कुशवाहा त्रिपाठी मिश्रा पांडेय अग्रवाल सक्सेना तिवारी बघेल राठौर".split(),
    st=["गली नं. 4, शिवाजी नगर", "मकान 17, गांधी मार्ग", "नेहरू कॉलोनी", "सेक्टर 9, विकास नगर"], c=["कानपुर", "भोपाल", "इंदौर", "लखनऊ"],
    syl="रा मी सु नी का वि दे प्र शा ला हि मो".split(), dom=["gmail.com", "rediffmail.com", "yahoo.co.in"],
    lab=("नाम", "मोबाइल", "पता", "जन्म तिथि", "आधार", "ईमेल"),
    ph=dict(reg="मेरा नाम वोटर लिस्ट में नहीं है, फॉर्म 6 कैसे भरूँ?", union="यूनियन प्रतिनिधि बकाया वेतन की शिकायत आगे बढ़ाना चाहते हैं।",
            canvass="घर-घर संपर्क: अनिर्णीत, बूथ का पता पूछा।", complaint="बूथ पर पीठासीन अधिकारी ने मुझे लौटा दिया।",
            notice="मतदान सुबह 7 बजे से शाम 6 बजे तक होगा।", chat="कल बूथ पर कौन बैठेगा?"),
    dob="%d/%m/%Y", ids=["aadhaar"], iban=None)
loc("th-TH", script="Thai", region="TH", o=0, f="ปิยะนุช ธนากร สุภาวดี ณัฐพล กมลชนก วีรยุทธ ศิริพร อนุชา พรทิพย์ จิรายุ ชนิดา ภาณุพงศ์".split(),
    s="ศรีสมบูรณ์ วงศ์ไพบูลย์ แก้วประเสริฐ ทองสุข บุญญาศิริ เจริญผล สุขเกษม พงษ์ศักดิ์ รัตนวงศ์ อินทรสุวรรณ ชัยมงคล ปัญญาดี".split(),
    st=["ซอยลาดพร้าว 64", "ถนนเจริญกรุง", "ซอยวัดป่า", "ถนนมิตรภาพ"], c=["ขอนแก่น", "นครราชสีมา", "เชียงราย", "อุดรธานี"],
    syl="ศรี ทอง แก้ว สุข วงศ์ ชัย พร บุญ มณี รัตน์ อินทร์ เพชร".split(), dom=["gmail.com", "hotmail.com", "yahoo.co.th"],
    lab=("ชื่อ-สกุล", "โทร", "ที่อยู่", "วันเกิด", "เลขบัตรประชาชน", "อีเมล"),
    ph=dict(reg="ขอย้ายสิทธิเลือกตั้งไปที่อยู่ใหม่ได้อย่างไร", union="ผู้แทนสหภาพขอเอกสารการเลิกจ้างของสมาชิก",
            canvass="เคาะประตู: ยังไม่ตัดสินใจ ถามที่ตั้งหน่วยเลือกตั้ง", complaint="กรรมการประจำหน่วยไม่ยอมให้ฉันใช้สิทธิ",
            notice="หน่วยเลือกตั้งเปิด 08.00–17.00 น.", chat="ใครไปประจำหน่วยวันอาทิตย์บ้าง"),
    dob="%d/%m/%Y", ids=["thpin"], iban=None)
loc("zh-CN", script="Han", region="CN", o=1, f="梓涵 浩然 雨桐 子墨 欣怡 俊杰 诗琪 宇轩 佳怡 博文 晓雯 天佑".split(),
    s="欧阳 司马 诸葛 卢 覃 龚 冼 蓝 荀 阎 钟离 邝".split(),
    st=["梧桐路", "丁香街", "柳荫巷", "银杏大道"], c=["绍兴市", "洛阳市", "桂林市", "株洲市"],
    syl="梓 涵 宇 晨 瑶 轩 琪 睿 昕 蕾 锦 岚".split(), dom=["qq.com", "163.com", "126.com"],
    lab=("姓名", "手机", "住址", "出生日期", "身份证号", "邮箱"),
    ph=dict(reg="我搬家了，想转移选民登记，需要什么材料？", union="工会干事请求提供该会员的劳动合同复印件。",
            canvass="入户走访：还没决定，问投票站在哪里。", complaint="投票站工作人员没有核对我的身份证就让别人代领了选票。",
            notice="投票时间为上午8时至下午5时。", chat="周六谁去社区服务点值班？"),
    dob="%Y年%m月%d日", ids=["ric"], iban=None)
loc("ja-JP", script="Kana", region="JP", o=1, f="はるか ゆうと さくら そうた ひなた りく あおい みなと ことね はると ゆい いつき".split(),
    s="鷲尾 穂積 篠宮 古閑 楢崎 蒔田 榊原 辻本 宇佐美 檜山 甲斐田 鬼塚".split(),
    st=["緑町2丁目", "桜台3丁目", "本町1丁目", "若葉町4丁目"], c=["前橋市", "松本市", "倉敷市", "函館市"],
    syl="か な み さ と り は ゆ こ あ ひ ほ".split(), dom=["docomo.ne.jp", "yahoo.co.jp", "ezweb.ne.jp"],
    lab=("氏名", "携帯", "住所", "生年月日", "会員番号", "メール"),
    ph=dict(reg="引っ越したので、期日前投票の入場券がどこに届くか知りたいです。", union="組合員から残業代未払いの相談がありました。",
            canvass="戸別訪問：迷っている、投票所の場所を質問。", complaint="投票所の係員が入場券なしでは投票できないと言いました。",
            notice="投票時間は午前7時から午後8時までです。", chat="土曜の街頭演説、誰が手伝える？"),
    dob="%Y年%m月%d日", ids=[], iban=None)
loc("ko-KR", script="Hangul", region="KR", o=1, f="서연 지훈 하은 민준 수아 도윤 지유 예준 채원 시우 다인 건우".split(),
    s="남궁 황보 제갈 선우 탁 편 어 봉 빈 육 표 독고".split(),
    st=["은행나무로", "벚꽃길", "느티나무로", "매화길"], c=["청주시", "전주시", "포항시", "원주시"],
    syl="서 연 지 훈 하 은 민 준 수 아 도 윤".split(), dom=["naver.com", "daum.net", "hanmail.net"],
    lab=("성명", "휴대폰", "주소", "생년월일", "주민등록번호", "이메일"),
    ph=dict(reg="이사해서 사전투표소가 어디인지 확인하고 싶어요.", union="노조 대의원이 조합원의 부당해고 구제신청을 도와달라고 합니다.",
            canvass="방문 유세: 아직 결정 못함, 투표소 위치 문의.", complaint="투표소 사무원이 신분증을 제대로 확인하지 않았습니다.",
            notice="투표시간은 오전 6시부터 오후 6시까지입니다.", chat="토요일 유세차 누가 같이 타요?"),
    dob="%Y.%m.%d", ids=["rrn"], iban=None)


# ----------------------------------------------------------------------------------------------- freeze
def entry_hits(entry, frozen):
    toks = [t.lower() for t in WORD.findall(entry)]
    toks = [t for t in toks if t not in EXEMPT]
    if any(t in frozen for t in toks):
        return True
    for a, b in zip(toks, toks[1:]):
        if any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b) and f"{a} {b}" in frozen:
            return True
    return False


def invent(rng, syl, script, n=2):
    w = "".join(rng.choice(syl) for _ in range(n))
    return w[:1].upper() + w[1:] if script in ("Latin", "Cyrillic", "Greek") else w


DROPPED = collections.Counter()


def freeze_pool(rng, kind, entries, frozen, syl, script, minimum, suffix=""):
    out = [e for e in entries if not entry_hits(e, frozen)]
    DROPPED[kind] += len(entries) - len(out)
    tries = 0
    while len(out) < minimum and tries < 400:
        tries += 1
        cand = invent(rng, syl, script, rng.choice((2, 3))) + suffix
        if not entry_hits(cand, frozen) and cand not in out:
            out.append(cand)
    if len(out) < 2:
        sys.exit(f"pool {kind} could not be refilled")
    return out


# ----------------------------------------------------------------------------------------------- identifiers
def brute(rng, make, valid, cap=3000):
    for _ in range(cap):
        v = make()
        if valid(v):
            return v
    sys.exit("identifier retry cap hit")


def dig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def bdate(rng):
    return rng.randint(1941, 2005), rng.randint(1, 12), rng.randint(1, 28)


def gen_id(rng, kind):
    y, m, d = bdate(rng)
    if kind == "ssn":
        v = brute(rng, lambda: f"{rng.randint(101, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}", us_ssn.is_valid)
        return [("ssn", v)]
    if kind == "aba":
        r = brute(rng, lambda: rng.choice(["0", "1", "2"]) + str(rng.randint(1, 9)) + dig(rng, 6), lambda s: s[:2] in {f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33))})
        r += rtn.calc_check_digit(r)
        assert rtn.is_valid(r)
        return [("US_BANK_NUMBER", r), ("US_BANK_NUMBER", dig(rng, rng.choice((9, 10, 11))).lstrip("0") or "7")]
    if kind == "nhs":
        v = brute(rng, lambda: str(rng.randint(4, 6)) + dig(rng, 9), nhs.is_valid)
        return [("HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}")]
    if kind == "steuerid":
        v = brute(rng, lambda: str(rng.randint(1, 9)) + dig(rng, 10), idnr.is_valid, cap=20000)
        return [("TAX_ID", idnr.format(v))]
    if kind == "nir":
        def mk():
            b = f"{rng.randint(1, 2)}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{rng.randint(1, 899):03d}{rng.randint(1, 999):03d}"
            return b + nir.calc_check_digits(b)
        return [("NATIONAL_ID", nir.format(brute(rng, mk, nir.is_valid)))]
    if kind == "dni":
        b = f"{rng.randint(10000000, 79999999)}"
        v = b + dni.calc_check_digit(b)
        assert dni.is_valid(v)
        return [("NATIONAL_ID", v)]
    if kind == "cf":
        def mk():
            b = ("".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{y % 100:02d}" + rng.choice("ABCDEHLMPRST")
                 + f"{d + rng.choice((0, 40)):02d}" + rng.choice("ADFGHLM") + f"{rng.randint(100, 999)}")
            return b + codicefiscale.calc_check_digit(b)
        return [("TAX_ID", brute(rng, mk, codicefiscale.is_valid))]
    if kind == "bsn":
        return [("NATIONAL_ID", brute(rng, lambda: str(rng.randint(1, 6)) + dig(rng, 8), bsn.is_valid, cap=20000))]
    if kind == "pesel":
        mm = m + (20 if y >= 2000 else 0)
        return [("NATIONAL_ID", brute(rng, lambda: f"{y % 100:02d}{mm:02d}{d:02d}" + dig(rng, 5), pesel.is_valid, cap=20000))]
    if kind == "cpf":
        return [("TAX_ID", cpf.format(brute(rng, lambda: dig(rng, 11), cpf.is_valid, cap=50000)))]
    if kind == "pnr":
        v = brute(rng, lambda: f"{y % 100:02d}{m:02d}{d:02d}-" + dig(rng, 4), personnummer.is_valid, cap=20000)
        return [("NATIONAL_ID", v)]
    if kind == "tckn":
        return [("NATIONAL_ID", brute(rng, lambda: str(rng.randint(1, 9)) + dig(rng, 10), tckimlik.is_valid, cap=50000))]
    if kind == "inn":
        return [("TAX_ID", brute(rng, lambda: f"{rng.randint(1, 89):02d}" + dig(rng, 10), inn.is_valid, cap=50000))]
    if kind == "rntrc":
        return [("TAX_ID", brute(rng, lambda: dig(rng, 10), rntrc.is_valid, cap=20000))]
    if kind == "amka":
        return [("NATIONAL_ID", brute(rng, lambda: f"{d:02d}{m:02d}{y % 100:02d}" + dig(rng, 5), amka.is_valid, cap=20000))]
    if kind == "tz":
        return [("NATIONAL_ID", brute(rng, lambda: str(rng.randint(0, 3)) + dig(rng, 8), il_idnr.is_valid, cap=20000))]
    if kind == "aadhaar":
        v = brute(rng, lambda: str(rng.randint(2, 9)) + dig(rng, 11), aadhaar.is_valid, cap=20000)
        return [("NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}")]
    if kind == "thpin":
        v = brute(rng, lambda: str(rng.randint(1, 8)) + dig(rng, 12), th_pin.is_valid, cap=20000)
        return [("NATIONAL_ID", th_pin.format(v))]
    if kind == "rrn":
        s = rng.choice("12") if y < 2000 else rng.choice("34")
        v = brute(rng, lambda: f"{y % 100:02d}{m:02d}{d:02d}-{s}" + dig(rng, 6), rrn.is_valid, cap=20000)
        return [("NATIONAL_ID", v)]
    if kind == "ric":
        area = rng.choice(["330602", "410302", "450305", "430202", "110108", "440106"])
        v = brute(rng, lambda: f"{area}{y}{m:02d}{d:02d}" + dig(rng, 3) + rng.choice("0123456789X"), ric.is_valid, cap=20000)
        return [("NATIONAL_ID", v)]
    raise KeyError(kind)


IBAN_LEN = {"GB": ("NWBK", 14), "DE": ("", 18), "FR": ("", 23), "ES": ("", 20), "IT": ("", 23), "NL": ("RABO", 10),
            "PL": ("", 24), "SE": ("", 20), "TR": ("", 22), "UA": ("", 25), "GR": ("", 23), "IL": ("", 19)}


def gen_iban(rng, cc):
    pre, n = IBAN_LEN[cc]

    def mk():
        bban = pre + dig(rng, n)
        if cc == "TR":
            bban = dig(rng, 5) + "0" + dig(rng, 16)
        if cc == "IT":
            bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + dig(rng, 22)
        if cc == "GB":
            bban = "NWBK" + dig(rng, 14)
        return cc + s_iban.calc_check_digits(cc + "00" + bban) + bban
    return s_iban.format(brute(rng, mk, s_iban.is_valid, cap=5000))


def gen_card(rng):
    b = rng.choice(["4", "51", "53", "55"]) + dig(rng, 13 if rng.random() < 1 else 0)
    b = b[:15]
    v = b + luhn.calc_check_digit(b)
    assert luhn.is_valid(v) and v not in TEST_CARDS_C
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


TEST_CARDS = ["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0566 5566 5556"]
TEST_CARDS_C = {c.replace(" ", "") for c in TEST_CARDS}
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]


def gen_ip(rng):
    for _ in range(500):
        a = ipaddress.ip_address(rng.randint(0x0B000000, 0xDFFFFFFF))
        if a.is_global and not any(a in n for n in DOC_NETS):
            return str(a)
    sys.exit("ip cap")


def gen_phone(rng, region, mobile=True):
    t = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(800):
        cand = nsn[:max(2, len(nsn) - 5)] + dig(rng, len(nsn) - max(2, len(nsn) - 5))
        num = phonenumbers.parse(f"+{ex.country_code}{cand}", None)
        if phonenumbers.is_valid_number(num) and cand != nsn:
            fmt = rng.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                              phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164])
            s = phonenumbers.format_number(num, fmt)
            chk = phonenumbers.parse(s, region)
            assert phonenumbers.is_valid_number_for_region(chk, region), s
            return s
    sys.exit("phone cap")


def ascii_handle(rng, name, syl):
    a = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    a = re.sub(r"[^a-z]+", ".", a).strip(".")
    if len(a) < 4:
        a = "".join(rng.choice(["mi", "ko", "ra", "ten", "jo", "lu", "sa", "vin", "dae", "ha"]) for _ in range(3))
    return a + rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1960, 2005))[2:], "_" + str(rng.randint(1, 9))])


# ----------------------------------------------------------------------------------------------- world
KINDS = ["voter_registration", "canvass_log", "poll_staff_roster", "union_casework", "complaint",
         "membership_form", "petition_export", "public_notice", "volunteer_chat", "correspondence"]
SYSTEMS = {
    "voter_registration": "You help an electoral registration office process applications. Be accurate.",
    "canvass_log": "You are the data assistant of a campaign's field team.",
    "poll_staff_roster": "You help the elections office schedule polling-station staff.",
    "union_casework": "You assist trade-union reps and caseworkers. Keep a neutral, factual tone.",
    "complaint": "You triage complaints sent to the electoral commission / union office.",
    "membership_form": "You process membership forms for a party / union membership desk.",
    "petition_export": "You clean exports from a petition platform and a campaign CRM.",
    "public_notice": "You draft notices to the public for an election authority or residents' association.",
    "volunteer_chat": "You are the helper bot in a volunteers' group chat.",
    "correspondence": "You draft replies to letters from voters and members.",
}
ASKS = {
    "voter_registration": ["check this application is complete", "extract the fields to JSON for the EMS import", "translate to English for the ERO"],
    "canvass_log": ["summarise tonight's canvass returns", "turn these notes into the VoteBuilder codes", "flag anyone who wants a postal vote"],
    "poll_staff_roster": ["make a shift table out of this", "who is still missing for the Sunday shift?", "draft the confirmation e-mail"],
    "union_casework": ["write up the case note", "draft a letter to HR based on this", "summarise for the branch committee"],
    "complaint": ["classify this complaint and give it a priority", "draft an acknowledgement", "translate and summarise"],
    "membership_form": ["validate this form", "convert into a CRM record", "fix the typos and format"],
    "petition_export": ["dedupe this export", "convert to CSV", "count signatures per district"],
    "public_notice": ["proofread this notice", "make it plain language", "translate into English"],
    "volunteer_chat": ["reply to this in the group", "summarise the thread", "what did they agree?"],
    "correspondence": ["draft a polite reply", "summarise the letter", "answer the question in it"],
}
HISTORICAL = ["Emmeline Pankhurst", "Keir Hardie", "Jean Jaurès", "Rosa Luxemburg", "Lech Wałęsa", "Susan B. Anthony",
              "Olympe de Gouges", "Ferdinand Lassalle", "Frances Perkins", "Clara Campoamor", "Millicent Fawcett",
              "Mother Jones", "Anna Politkovskaya", "Kemal Türkler", "Ichikawa Fusae"]
PLACEHOLDERS = ["Jane Doe", "Max Mustermann", "Erika Mustermann", "Mario Rossi", "Jan Kowalski", "Fulano de Tal",
                "Иван Иванов", "张三", "山田太郎", "홍길동", "John Q. Public", "Ole Nordmann"]
EMERGENCY = {"GB": "999", "US": "911", "IN": "112", "IL": "100", "EG": "122", "TH": "191", "CN": "110", "JP": "110", "KR": "112"}


def build_pools(rng, frozen):
    pools = {}
    for code in sorted(L):
        d = L[code]
        suf = {"pl-PL": "ski", "ru-RU": "ов", "uk-UA": "енко", "sv-SE": "son", "tr-TR": "oğlu", "el-GR": "άκης"}.get(code, "")
        pools[code] = dict(
            f=freeze_pool(rng, "first_name", d["f"], frozen, d["syl"], d["script"], 8),
            s=freeze_pool(rng, "surname", d["s"], frozen, d["syl"], d["script"], 8, suf),
            st=freeze_pool(rng, "street", d["st"], frozen, d["syl"], d["script"], 3,
                           {"de-DE": "straße", "en-GB": " Road", "en-US": " St", "nl-NL": "straat", "sv-SE": "vägen"}.get(code, "")),
            c=freeze_pool(rng, "locality", d["c"], frozen, d["syl"], d["script"], 2),
        )
        pools[code]["org"] = freeze_pool(rng, "organisation", [f"{c} {w}" for c in pools[code]["c"] for w in ("Civic Forum", "Tenants Union", "Voters League")],
                                         frozen, d["syl"], d["script"], 3, " Assoc.")
    pools["_hist"] = [h for h in HISTORICAL if not entry_hits(h, frozen)] or ["the Tolpuddle Martyrs"]
    DROPPED["historical"] += len(HISTORICAL) - len(pools["_hist"])
    ph = [p for p in PLACEHOLDERS if not entry_hits(p, frozen)]
    DROPPED["placeholder"] += len(PLACEHOLDERS) - len(ph)
    pools["_ph"] = ph + ["_______ _______", "[full name]", "<<NAME>>", "N.N."]
    return pools


def full_name(rng, code, pools):
    p = pools[code]
    f, s = rng.choice(p["f"]), rng.choice(p["s"])
    if L[code]["o"]:
        return s + ("" if code in ("zh-CN", "ko-KR") else " ") + f
    return f"{f} {s}"


def address(rng, code, pools):
    p = pools[code]
    st, c, n = rng.choice(p["st"]), rng.choice(p["c"]), rng.randint(2, 180)
    if code == "en-US":
        return f"{n} {st}, {c} {rng.randint(10000, 99899)}"
    if code == "en-GB":
        return f"{n} {st}, {c} {rng.choice('BLMNS')}{rng.choice('KNRS')}{rng.randint(1, 9)} {rng.randint(1, 9)}{rng.choice('ABDEFH')}{rng.choice('JLNPQ')}"
    if code == "ja-JP":
        return f"〒{rng.randint(100, 999)}-{rng.randint(1000, 9999)} {c}{st}{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    if code == "zh-CN":
        return f"{c}{st}{n}号{rng.randint(1, 30)}栋{rng.randint(101, 2404)}室"
    if code == "ko-KR":
        return f"{c} {st} {n}, {rng.randint(101, 1204)}호"
    if code in ("hi-IN",):
        return f"{st}, {c} - {rng.randint(110001, 851000)}"
    if code in ("fr-FR", "es-ES", "it-IT", "pt-BR"):
        return f"{n} {st}, {rng.randint(10000, 95999)} {c}" if code == "fr-FR" else f"{st}, {n}, {rng.randint(10000, 95999)} {c}"
    return f"{st} {n}, {rng.randint(10000, 99999)} {c}"


def person(rng, code, pools, rich=True):
    d = L[code]
    name = full_name(rng, code, pools)
    y, m, dd = bdate(rng)
    import datetime as _dt
    v = {"PERSON": [name], "PHONE_NUMBER": [gen_phone(rng, d["region"])],
         "LOCATION": [address(rng, code, pools)], "DATE_TIME": [_dt.date(y, m, dd).strftime(d["dob"])]}
    v["EMAIL_ADDRESS"] = [ascii_handle(rng, name, d["syl"]) + "@" + rng.choice(d["dom"])]
    ids = []
    if rich and d["ids"]:
        ids += gen_id(rng, rng.choice(d["ids"]))
    if rich and d["iban"] and rng.random() < 0.45:
        ids.append(("IBAN_CODE", gen_iban(rng, d["iban"])))
    if rich and rng.random() < 0.12:
        ids.append(("CREDIT_CARD", gen_card(rng)))
    if rich and rng.random() < 0.15:
        ids.append(("IP_ADDRESS", gen_ip(rng)))
    return name, v, ids


def slug(rng, code, pools):
    c = unicodedata.normalize("NFKD", pools[code]["c"][0]).encode("ascii", "ignore").decode().lower()
    c = re.sub(r"[^a-z]+", "", c) or "district"
    return c


def sens_text(rng, kind, code, pools):
    """Return (doc, issued[(type, value)], shorts)."""
    d = L[code]
    lab = d["lab"]
    name, v, ids = person(rng, code, pools)
    ph, addr, dob, mail = v["PHONE_NUMBER"][0], v["LOCATION"][0], v["DATE_TIME"][0], v["EMAIL_ADDRESS"][0]
    issued = [("PERSON", name), ("PHONE_NUMBER", ph), ("LOCATION", addr), ("DATE_TIME", dob), ("EMAIL_ADDRESS", mail)] + ids
    idline = "\n".join(f"{t}: {x}" for t, x in ids)
    ext = f" ext. {rng.randint(100, 899)}" if rng.random() < 0.15 else ""
    s = d["ph"]
    if kind == "voter_registration":
        doc = (f"REF ERO/{rng.randint(2025, 2026)}/{rng.randint(10000, 99999)}\n{lab[0]}: {name}\n{lab[3]}: {dob}\n{lab[2]}: {addr}\n"
               f"{lab[1]}: {ph}{ext}\n{lab[5]}: {mail}\n{idline}\nNote: {s['reg']}")
    elif kind == "canvass_log":
        n2, v2, _ = person(rng, code, pools, rich=False)
        issued += [("PERSON", n2), ("LOCATION", v2["LOCATION"][0])]
        doc = (f"walk sheet W{rng.randint(1, 12)} / rd {rng.randint(1, 4)}\n- {addr} | {name} | {ph} | {s['canvass']}\n"
               f"- {v2['LOCATION'][0]} | {n2} | NIH, come back w/ leaflet\n- blank x3, moved x1")
    elif kind == "poll_staff_roster":
        n2, v2, _ = person(rng, code, pools, rich=False)
        issued += [("PERSON", n2), ("PHONE_NUMBER", v2["PHONE_NUMBER"][0])]
        doc = (f"Polling district {rng.choice('ABCDEFG')}{rng.randint(1, 30)} - staff\nPO: {name}, {ph}, {mail}, pay to: {idline or 'cash'}\n"
               f"Poll clerk: {n2}, {v2['PHONE_NUMBER'][0]}\nShift 06:30-22:00, training done. {s['chat']}")
    elif kind == "union_casework":
        doc = (f"Case note — member {name} ({lab[3]} {dob})\nHome: {addr}; {lab[1]} {ph}{ext}; {mail}\n{idline}\n"
               f"{s['union']} Stage 1 grievance lodged, employer reply awaited.")
    elif kind == "complaint":
        doc = f"From: {name} <{mail}>\n{s['complaint']}\n{lab[2]}: {addr}\n{lab[1]}: {ph}\n{idline}"
    elif kind == "membership_form":
        doc = (f"[{lab[0]}] {name}\n[{lab[3]}] {dob}\n[{lab[2]}] {addr}\n[{lab[1]}] {ph}\n[{lab[5]}] {mail}\n{idline}\n"
               f"Dues: monthly, branch {rng.randint(100, 999)}, reduced rate Y/N: N")
    elif kind == "petition_export":
        rows = [f"{name};{mail};{addr};{rng.randint(2025, 2026)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"]
        for _ in range(rng.randint(1, 3)):
            n2, v2, _x = person(rng, code, pools, rich=False)
            issued += [("PERSON", n2), ("EMAIL_ADDRESS", v2["EMAIL_ADDRESS"][0])]
            rows.append(f"{n2};{v2['EMAIL_ADDRESS'][0]};;2026-02-0{rng.randint(1, 9)}")
        ip = [x for t, x in ids if t == "IP_ADDRESS"]
        doc = "name;email;address;signed_at\n" + "\n".join(rows) + (f"\n# signer ip {ip[0]}" if ip else "")
    elif kind == "public_notice":
        doc = (f"{s['notice']}\nDraft notice — contact for accessibility requests: {name}, {ph}, {mail} "
               f"(volunteer, home {addr}).")
    elif kind == "volunteer_chat":
        doc = f"[19:02] {name}: {s['chat']}\n[19:04] {name}: my number {ph}, I'm at {addr}\n[19:05] bot: noted"
    else:
        doc = f"{s['complaint']}\n\n{name}\n{addr}\n{lab[3]}: {dob}\n{lab[1]}: {ph}\n{idline}"
    return doc, issued, [name, mail, ph]


def incidental_text(rng, kind, code, pools):
    d = L[code]
    doc, _, _ = benign_text(rng, kind, code, pools)
    r = rng.random()
    if r < 0.4:
        first = rng.choice(pools[code]["f"])
        cue = rng.choice([f"my sister {first}", f"the new steward {first}", f"our volunteer {first}", f"my neighbour {first}"])
        return doc + f"\n(ps — {cue} will bring the keys)", [("PERSON", first)], [first]
    if r < 0.75:
        ph = gen_phone(rng, d["region"])
        return doc + f"\nIf the hall is locked text me on {ph}.", [("PHONE_NUMBER", ph)], [ph]
    import datetime as _dt
    y, m, dd = bdate(rng)
    dob = _dt.date(y, m, dd).strftime(d["dob"])
    return doc + f"\n{d['lab'][3]}: {dob} (member asked us to check the young-member rate)", [("DATE_TIME", dob)], [dob]


def benign_text(rng, kind, code, pools):
    d = L[code]
    lab = d["lab"]
    s = d["ph"]
    org = rng.choice(pools[code]["org"])
    city = rng.choice(pools[code]["c"])
    sw = gen_phone(rng, d["region"], mobile=False)
    em = EMERGENCY.get(d["region"], "112")
    ref = f"{rng.choice(['CASE', 'PET', 'ERO', 'INV', 'BAL'])}-{rng.randint(2025, 2026)}-{rng.randint(1000, 99999):05d}"
    hist = rng.choice(pools["_hist"])
    phd = rng.choice(pools["_ph"])
    mailbox = rng.choice(["elections", "registration", "membership", "info", "casework"]) + "@" + rng.choice(
        [f"{slug(rng, code, pools)}.gov.example", "example.com", "example.org", f"union-{slug(rng, code, pools)}.example.net"])
    doc_ip = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    turnout = rng.randint(2100, 9800)
    if kind == "voter_registration":
        doc = (f"BLANK FORM — {lab[0]}: {phd}\n{lab[3]}: __/__/____\n{lab[2]}: ____________\n{lab[4]}: ___________\n"
               f"Questions: {org} switchboard {sw} or {mailbox}. Ref {ref}. {s['reg']}")
    elif kind == "canvass_log":
        doc = (f"Ward {rng.randint(1, 9)} totals: doors {turnout}, contacts {turnout // 4}, Y {rng.randint(20, 45)}%, "
               f"postal requests {rng.randint(10, 90)}. {s['canvass']} (anonymised, no names kept). Script quotes {hist}.")
    elif kind == "poll_staff_roster":
        doc = (f"{city} polling districts — rota template\nPO: [slot 1]  Clerk: [slot 2]\nReturning Officer's office: {sw}, {mailbox}\n"
               f"Training session ref {ref}, {hist} Hall. Emergencies: {em}. {s['notice']}")
    elif kind == "union_casework":
        doc = (f"Branch stats Q{rng.randint(1, 4)}: {rng.randint(12, 80)} cases opened, {rng.randint(5, 40)} closed; "
               f"case refs {ref} onwards. Union reg. no. {rng.randint(100, 999)}T. Helpline {sw}. {s['union']} (member anonymised as M-{rng.randint(10, 99)})")
    elif kind == "complaint":
        doc = (f"Complaint {ref} (anonymised): {s['complaint']} Escalated to the Returning Officer. "
               f"Test API host {doc_ip}. Card test value {rng.choice(TEST_CARDS)} used in the donation sandbox.")
    elif kind == "membership_form":
        doc = (f"{lab[0]}: {phd}\n{lab[1]}: ____\n{lab[5]}: name@example.com\nIBAN: ______\nReturn to {mailbox}, {org}, "
               f"tel {sw}. Form v{rng.randint(2, 9)}.{rng.randint(0, 9)}")
    elif kind == "petition_export":
        doc = ("district;signatures;verified\n" + "\n".join(f"{c};{rng.randint(40, 900)};{rng.randint(20, 40)}" for c in pools[code]["c"])
               + f"\n# petition {ref}, host {doc_ip}, contact {mailbox}")
    elif kind == "public_notice":
        doc = (f"{s['notice']}\nNotice of poll — {city}. Candidates' agents see {org}. Counting at {hist} Community Centre. "
               f"Enquiries {sw} / {mailbox}. Emergencies {em}.")
    elif kind == "volunteer_chat":
        doc = f"[18:40] organiser: {s['chat']}\n[18:41] bot: rota is on the board, ref {ref}. Office line {sw}. Quote of the day — {hist}."
    else:
        doc = (f"Dear {rng.choice(['Sir or Madam', 'member', 'resident'])},\n{s['reg']}\nPlease contact {org} at {mailbox} "
               f"or {sw} quoting {ref}.\nYours, Electoral Services")
    return doc, [], [ref, mailbox]


# ----------------------------------------------------------------------------------------------- placement
PLACES = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def",
          "tool_call_args", "json_schema", "user_field", "stop", "prediction", "metadata"]


def place(rng, where, kind, doc, shorts, endpoint):
    model = rng.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/local"])
    ask = rng.choice(ASKS[kind])
    if endpoint == "completions":
        body = {"model": model, "prompt": f"{SYSTEMS[kind]}\n\n{doc}\n\nTask: {ask}\nAnswer:", "max_tokens": rng.choice([256, 512])}
        if where == "stop":
            body["stop"] = ["\n\n", shorts[0][:40]]
        return body, "prompt"
    sysm = {"role": "system", "content": SYSTEMS[kind]}
    body = {"model": model}
    if where == "user":
        body["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif where == "system":
        body["messages"] = [{"role": "system", "content": SYSTEMS[kind] + "\nContext record:\n" + doc}, {"role": "user", "content": ask}]
    elif where == "assistant":
        body["messages"] = [sysm, {"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": "Received:\n" + doc},
                            {"role": "user", "content": ask}]
    elif where == "tool":
        body["messages"] = [sysm, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "crm_lookup", "arguments": json.dumps({"q": "latest"})}}]},
                            {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif where == "text_part":
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif where == "file_part":
        fn = rng.choice(["export.csv", "notes.txt", "form.txt", "roster.txt", f"{kind}.txt"])
        b64 = base64.b64encode(doc.encode("utf-8")).decode()
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask},
                            {"type": "file", "file": {"filename": fn, "file_data": "data:text/plain;base64," + b64}}]}]
    elif where == "image_url":
        q = urllib.parse.urlencode({"ref": shorts[-1], "who": shorts[0]})
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask + "\n" + doc},
                            {"type": "image_url", "image_url": {"url": f"https://scan.civicdesk.example/view.png?{q}"}}]}]
    elif where == "tool_def":
        body["messages"] = [sysm, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": "save_record", "description": "Save this record:\n" + doc,
                                                         "parameters": {"type": "object", "properties": {"ok": {"type": "boolean"}}}}}]
    elif where == "tool_call_args":
        body["messages"] = [sysm, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function", "function": {"name": "upsert_contact", "arguments": json.dumps({"record": doc}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": "call_7", "content": "{\"status\": \"ok\"}"}]
    elif where == "json_schema":
        body["messages"] = [sysm, {"role": "user", "content": ask}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {
            "type": "object", "description": doc, "properties": {"who": {"type": "string", "enum": shorts[:2], "examples": shorts[:1]}}}}}
    elif where == "user_field":
        body["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        body["user"] = shorts[0]
    elif where == "stop":
        body["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        body["stop"] = ["\n###", shorts[-1]]
    elif where == "prediction":
        body["messages"] = [sysm, {"role": "user", "content": ask + " (keep the structure)"}]
        body["prediction"] = {"type": "content", "content": doc}
    else:  # metadata only
        body["messages"] = [{"role": "user", "content": ask}]
        body["store"] = True
        body["metadata"] = {"kind": kind, "who": shorts[0][:500], "ref": shorts[-1][:500]}
    return body, where


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote_plus(s)]
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
    return "\n".join(parts)


def label(body, issued):
    hs = haystack(body)
    out, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        hit = re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", hs) if len(v) < 6 else (v in hs)
        if hit:
            seen.add((t, v))
            out.append({"type": t, "value": v})
    return out


def make_pii(rng, pools):
    codes = sorted(L)
    recs = []
    n_sens, n_ben = 290, 210
    plan = [True] * n_sens + [False] * n_ben
    rng.shuffle(plan)
    inc_idx = set(rng.sample([i for i, p in enumerate(plan) if p], 35))
    for i, sens in enumerate(plan):
        code = codes[i % len(codes)]
        kind = KINDS[(i // len(codes) + i) % len(KINDS)]
        where = PLACES[(i * 5 + i // 14) % len(PLACES)]
        endpoint = "completions" if i % 10 == 3 else "chat"
        incidental = i in inc_idx
        if sens and incidental:
            doc, issued, shorts = incidental_text(rng, kind, code, pools)
        elif sens:
            doc, issued, shorts = sens_text(rng, kind, code, pools)
        else:
            doc, issued, shorts = benign_text(rng, kind, code, pools)
        if sens and where in ("user_field", "stop", "metadata", "image_url") and incidental:
            where = "user"
        body, where = place(rng, where, kind, doc, shorts, endpoint)
        ents = label(body, issued)
        if sens:
            assert ents, (kind, where)
        else:
            assert not ents
        style = f"{kind} · {where}" + (" · incidental" if incidental and sens else "")
        recs.append({"id": f"{SPLIT}-pii-{i + 1:04d}", "category": kind if sens else kind + "_benign", "sensitive": bool(ents),
                     "entities": ents, "endpoint": endpoint, "lang": code, "style": style, "body": body})
    return recs, len(inc_idx)


# ----------------------------------------------------------------------------------------------- complexity
HARD_END = {
    "en-GB": "Reason it through step by step and recommend what we should do.",
    "de-DE": "Begründe Schritt für Schritt und empfiehl, was wir tun sollen.",
    "fr-FR": "Raisonne étape par étape et recommande ce que nous devons faire.",
    "es-ES": "Razónalo paso a paso y recomienda qué debemos hacer.",
    "it-IT": "Ragiona passo per passo e consiglia cosa dobbiamo fare.",
    "pl-PL": "Przeanalizuj to krok po kroku i zarekomenduj, co powinniśmy zrobić.",
    "pt-BR": "Raciocine passo a passo e recomende o que devemos fazer.",
    "ru-RU": "Рассуждай пошагово и порекомендуй, что нам делать.",
    "uk-UA": "Поміркуй крок за кроком і порадь, що нам робити.",
    "tr-TR": "Adım adım düşün ve ne yapmamız gerektiğini öner.",
    "ja-JP": "段階的に考えて、どうすべきか提案してください。",
    "zh-CN": "请逐步分析，并建议我们该怎么做。",
    "ko-KR": "단계별로 분석하고 어떻게 해야 할지 제안해 주세요.",
    "el-GR": "Ανάλυσέ το βήμα-βήμα και πρότεινε τι να κάνουμε.",
    "he-IL": "נתח שלב אחר שלב והמלץ מה לעשות.",
    "hi-IN": "कदम-दर-कदम विश्लेषण करें और सुझाएँ कि हमें क्या करना चाहिए।",
}
EASY_END = {
    "en-GB": "Just convert this to a CSV table, nothing else.",
    "de-DE": "Bitte nur in eine CSV-Tabelle umwandeln, sonst nichts.",
    "fr-FR": "Convertis simplement en tableau CSV, rien d'autre.",
    "es-ES": "Solo conviértelo en una tabla CSV, nada más.",
    "it-IT": "Convertilo solo in una tabella CSV, nient'altro.",
    "pl-PL": "Po prostu zamień to na tabelę CSV, nic więcej.",
    "pt-BR": "Só converta isso em uma tabela CSV, mais nada.",
    "ru-RU": "Просто переведи это в таблицу CSV, больше ничего.",
    "uk-UA": "Просто перетвори це на таблицю CSV, нічого більше.",
    "tr-TR": "Sadece CSV tablosuna dönüştür, başka bir şey yapma.",
    "ja-JP": "CSV表に変換するだけでお願いします。",
    "zh-CN": "只需转换成CSV表格即可。",
    "ko-KR": "CSV 표로 변환만 해 주세요.",
    "el-GR": "Απλώς μετάτρεψέ το σε πίνακα CSV.",
    "he-IL": "רק תמיר לטבלת CSV, בלי שום דבר נוסף.",
    "hi-IN": "बस इसे CSV तालिका में बदल दें, और कुछ नहीं।",
}
SIMPLE = ["Translate into English: {notice}", "hi! {chat}", "What does 'GOTV' stand for?", "Fix the typo: 'Pollng staions open at 7am'",
          "Is {em} the emergency number here? yes or no", "Uppercase this: {notice}", "Say thanks to the volunteers in one line.",
          "What's the plural of 'referendum'?", "Convert 21:00 to 12-hour time.", "Give me a one-word synonym for 'ballot'."]
HARD = [
    "Votes cast: A {a}, B {b}, C {c}, D {d}; {k} seats. Allocate with D'Hondt and with Sainte-Laguë, then tell us which party's last seat is most exposed to a 1-point swing and whether a joint list of C and D would gain a seat.",
    "Strike ballot: {e} members eligible, {t} voted, {y} yes. Check the 50% turnout and 40%-of-eligible thresholds, then assess the risk if {x} members were wrongly left off the eligible list and what we should do before notifying the employer.",
    "We have {v} canvassers for {w} wards with turnout last time between 28% and 61% and our support between 35% and 58%. Plan a GOTV allocation for the final 4 days that maximises expected extra votes; state the assumptions.",
    "A member was dismissed after {n} late arrivals; two were caused by the bus strike. The policy says 'persistent lateness'. Build the grievance strategy: strongest arguments, likely employer response, whether to go to tribunal.",
    "Boundary review: ward X has {a} electors, ward Y {b}; tolerance is ±10% of {c}. Propose a redraw moving whole polling districts only, and explain the trade-offs for community ties.",
]


def long_table(rng, code, pools, n):
    rows = []
    p = pools[code]
    for i in range(n):
        rows.append(f"{i + 1}. district {rng.choice('ABCDEFGH')}{rng.randint(1, 40)} — {rng.choice(p['c'])} — electorate {rng.randint(900, 9000)} "
                    f"— turnout {rng.randint(22, 74)}.{rng.randint(0, 9)}% — postal {rng.randint(40, 900)} — station: {rng.choice(p['st'])}")
    return "\n".join(rows)


def make_cx(rng, pools):
    codes = sorted(HARD_END)
    allc = sorted(L)
    recs = []
    plan = ["short_simple"] * 47 + ["long_easy"] * 48 + ["short_hard"] * 48 + ["long_hard"] * 47
    rng.shuffle(plan)
    for i, cat in enumerate(plan):
        code = codes[i % len(codes)] if cat != "short_simple" else allc[i % len(allc)]
        d = L[code]
        nums = dict(a=rng.randint(20000, 60000), b=rng.randint(15000, 50000), c=rng.randint(5000, 20000), d=rng.randint(3000, 12000),
                    k=rng.randint(5, 11), e=rng.randint(800, 4000), v=rng.randint(20, 90), w=rng.randint(4, 12), n=rng.randint(4, 12))
        nums["t"] = nums["e"] // 2 + rng.randint(-60, 60)
        nums["y"] = int(nums["t"] * rng.uniform(0.7, 0.95))
        nums["x"] = rng.randint(10, 80)
        if cat == "short_simple":
            text = rng.choice(SIMPLE).format(notice=d["ph"]["notice"], chat=d["ph"]["chat"], em=EMERGENCY.get(d["region"], "112"))
            task = "lookup/greeting/chore"
        elif cat == "long_easy":
            text = long_table(rng, code, pools, rng.randint(14, 22)) + "\n\n" + EASY_END[code]
            while len(text) < 1500:
                text = long_table(rng, code, pools, 6) + "\n" + text
            task = "reformat"
        elif cat == "short_hard":
            text = rng.choice(HARD).format(**nums) + " " + HARD_END[code]
            task = "analysis"
        else:
            text = (long_table(rng, code, pools, rng.randint(14, 20)) + "\n\n" + d["ph"]["canvass"] + "\n" +
                    rng.choice(HARD).format(**nums) + " Use the table above: flag districts whose turnout or postal numbers look "
                    "anomalous for the electorate, and weigh them in the plan. " + HARD_END[code])
            task = "analysis"
        label_ = 1 if cat.endswith("hard") else 0
        body = {"model": "hybridgate/auto", "messages": [{"role": "system", "content": rng.choice(list(SYSTEMS.values()))},
                                                         {"role": "user", "content": text}]}
        if cat == "long_easy":
            assert len(text) >= 1500
        recs.append({"id": f"{SPLIT}-cx-{i + 1:04d}", "category": cat, "label": label_,
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": code,
                     "style": f"{task}/{cat}", "body": body})
    return recs


# ----------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    frozen = frozen_words()
    pools = build_pools(rng, frozen)
    pii, n_inc = make_pii(rng, pools)
    cx = make_cx(rng, pools)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for fn, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / fn, "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"frozen words: {len(frozen)}; pool entries dropped: {sum(DROPPED.values())} {dict(sorted(DROPPED.items()))}")
    print(f"pii_{SPLIT}: {len(pii)} records, {sens} sensitive ({100 * sens / len(pii):.1f}%), {len(pii) - sens} benign, "
          f"{n_inc} incidental; endpoints {dict(sorted(collections.Counter(r['endpoint'] for r in pii).items()))}; "
          f"{len({r['lang'] for r in pii})} langs, {len({L[r['lang']]['script'] for r in pii})} scripts")
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    print(f"complexity_{SPLIT}: {len(cx)} records; {dict(sorted(collections.Counter(r['category'] for r in cx).items()))}; "
          f"{sum(r['length_adversarial'] for r in cx)} length-adversarial, {sum(r['label'] for r in cx)} label 1, "
          f"{len({r['lang'] for r in cx})} langs")


if __name__ == "__main__":
    main()
