#!/usr/bin/env python3
"""Estuary: an independent evaluation split for the request signals (PII detector and prompt-complexity scorer),
written blind.

Writes bench/data/signals/pii_estuary.jsonl and bench/data/signals/complexity_estuary.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    In isolation: its author read neither the detector, its tests, the evaluator, the results, the docs nor the
    commit history; only the docstring/imports of the cirque and meadow generators and the first three lines of
    the cirque data files (record format). The other generators' sources were only machine-scanned for their
    capitalised / non-ASCII words so that the name, company and street pools here are disjoint from theirs
    (``--check-pools`` repeats that check). Every pool, phrase and long text was written for this file.

Organising principle
    By CHANNEL / SOURCE: where the text came from before an application forwarded it to the LLM. Thirteen
    channels: OCR of scanned paper forms (l/1 and O/0 confusions in the labels, broken line wraps, stray spaces
    inside numbers, MRZ lines), voice-call transcripts (speaker labels, timestamps, numbers and e-mail addresses
    SPOKEN), spreadsheet / CSV exports, e-mail threads (headers, quoted replies, signatures), chat / ticket logs
    (timestamps, handles), web-page scrapes (nav / cookie / footer boilerplate), application logs and stack
    traces, PDF-extracted forms (label and value columns flattened), SMS / WhatsApp exports, calendar invites
    (.ics), vCards, HL7 v2 / FHIR-like health messages and git diffs / code fixtures. A sensitive record of a
    channel has category ``<channel>``; a benign one ``<channel>_benign``. The framing of the application (system
    prompt, tool names) is English; the language of the end user's data rotates over 45 locale tags
    (Latin, Cyrillic, Greek, Georgian, Arabic, Persian, Urdu, Hebrew, Devanagari, Bengali, Tamil, Thai, Ethiopic,
    Han, Kana and Hangul scripts).

    Personal data is placed where applications really put it, by rotation: user / system / earlier assistant
    messages, text content parts, base64 ``file`` parts (sometimes with a personal file name), image URLs with
    query strings, tool-call arguments, tool results, tool definitions, ``response_format`` json_schema examples,
    ``user``, ``stop``, ``prediction``, the legacy completions ``prompt`` and, in some records, ONLY ``metadata``
    with ``"store": true``. ``entities`` lists every personal-data type present anywhere in the body.

    Entity labels: person, email, phone, credit_card, ssn (US Social Security numbers only), iban, STREET_ADDRESS,
    DATE_OF_BIRTH, IP_ADDRESS, PASSPORT (numbers and MRZ lines), NATIONAL_ID (personal identity / social security /
    population register numbers of other countries: DNI, NIR, BSN, PESEL, personnummer, fodselsnummer, CPR, HETU,
    rodne cislo, CNP, AMKA, TCKN, Israeli ID, Aadhaar, Thai PIN, Chinese RIC, My Number, RRN, NIK, NRIC, SA ID,
    CNIC, SIN, Iranian national code), TAX_ID (Steuer-ID, codice fiscale, CPF, NIF, INN, RNTRC, PAN, TFN, KRA PIN),
    DRIVER_LICENSE, MEDICAL_RECORD (hospital MRNs), HEALTH_INSURANCE (NHS numbers, Medicare MBIs, insurer member
    numbers), US_BANK_NUMBER (ABA routing + account).

    Benign records are hard negatives a privacy officer would call non-personal: public figures in their public
    role, fictional characters, eponymous laws / units / theorems / diseases, brands and products carrying
    surnames, streets and stations named after people, organisations' generic mailboxes, switchboards and
    hotlines, emergency numbers, documentation / test values (test cards, RFC 5737 addresses, 555-01xx numbers,
    example IBANs), order / tracking / invoice / container numbers, version strings, hashes, coordinates,
    measurements, blank form templates with empty fields, and non-English instructions with no person in them --
    each shaped like its channel.

Contents (seed 20261216)
    pii_estuary.jsonl: 13 channels x (24 sensitive + 16 benign) = 520 requests (488 chat, 32 completions), 312
    sensitive / 208 benign, 45 locale tags (locales rotate in shuffled cycles; every channel has three US subjects
    so SSN / ABA / licence / MBI formats reach each channel, and two IBAN-country subjects). Sensitive records come
    in three channel-specific shapes each; benign
    ones in four hard-negative shapes (three channel-specific, one generic: fiction, eponyms, brands or a bare
    local-language instruction, wrapped in the channel's format).
    complexity_estuary.jsonl: 192 chat requests over the same 13 channels, in 16 languages: short_simple 46,
    long_easy 50 (pasted material >= 1,200 chars, easy work), short_hard 50, long_hard 46; 96 labelled 1; 100
    (52%) length-adversarial. Long material is person-free.
    Identifiers carry valid check digits and are validated with python-stdnum (own routines for the ICAO 7-3-1 MRZ
    digits and the Iranian national code); phones are validated with ``phonenumbers``. A label audit searches
    every sensitive body (decoded base64 files and URLs included) for the subject's values and adds any label
    that is present but unlisted (it adds none at this seed). The run prints validation counts and balances.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_estuary_signal_sets.py [--seed 20261216] [--out bench/data/signals] [--check-pools]
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf as br_cpf
from stdnum.ca import sin as ca_sin
from stdnum.au import tfn as au_tfn
from stdnum.cn import ric as cn_ric
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import dni as es_dni
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gr import amka as gr_amka
from stdnum.id import nik as id_nik
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.jp import in_ as jp_in
from stdnum.ke import pin as ke_pin
from stdnum.kr import rrn as kr_rrn
from stdnum.my import nric as my_nric
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer as no_fnr
from stdnum.pk import cnic as pk_cnic
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.ro import cnp as ro_cnp
from stdnum.ru import inn as ru_inn
from stdnum.se import personnummer as se_pnr
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.ua import rntrc as ua_rntrc
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

SEED = 20261216
VALID: dict[str, int] = {}
INVALID: list[str] = []


def note(kind: str, ok: bool, value: str) -> None:
    VALID[kind] = VALID.get(kind, 0) + (1 if ok else 0)
    if not ok:
        INVALID.append(f"{kind}:{value}")


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("æ", "ae").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ----------------------------------------------------------------------------------------------------------------
# Locales: own name / street / city pools, local phrases.  name entries: "native/latin" or "latin".
# ----------------------------------------------------------------------------------------------------------------
def L(tag, cc, given, surn, streets, cities, afmt, domains, cb, upd, summ, ids=(), iban=None):
    return dict(tag=tag, cc=cc, given=given.split("|"), surn=surn.split("|"), streets=streets.split("|"),
                cities=[c.split("~") for c in cities.split("|")], afmt=afmt, domains=domains.split("|"),
                cb=cb, upd=upd, summ=summ, ids=list(ids), iban=iban)


LOCALES = [
    L("en-US", "US", "Keziah|Everard|Linnaea|Corwin|Jolene|Wrenley|Delphia|Luvenia|Zebadiah|Marvella",
      "Hollingshead|Vandermeulen|Ostrowicz|Blankenbaker|Wigglesworth|Funderburk|Kittredge|Pendergrass|Schexnayder|Treadaway",
      "Sassafras Lane|Pawpaw Hollow Drive|Chickasaw Bend|Whippoorwill Trace|Buttonbush Circle",
      "Bozeman~MT 59715|Chapel Hill~NC 27514|Eugene~OR 97401|Duluth~MN 55803|Lawrence~KS 66044",
      "{no} {street}, {city}, {pc}", "gmail.com|yahoo.com|outlook.com|icloud.com",
      "Please call me back after six, I'm home by then.", "I moved last month, please update my details.",
      "Summarise this briefly.", ids=("ssn", "DRIVER_LICENSE", "US_BANK_NUMBER", "HEALTH_INSURANCE")),
    L("en-GB", "GB", "Alasdair|Caradoc|Ysolde|Fergal|Ottoline|Lettice",
      "Pennycuick|Ogunwale|Summerscales|Postlethwaite|Sowerbutts|Heseltine",
      "Tannery Row|Mill Brow|Sloe Thorn Close|Fettler's Yard|Bramblewick Lane",
      "Kendal~LA9 4QH|Truro~TR1 2HE|Stirling~FK8 1EB|Whitby~YO21 3PU|Hexham~NE46 1QS",
      "{no} {street}, {city} {pc}", "gmail.com|btinternet.com|hotmail.co.uk|outlook.com",
      "Ring me back after six please, I'll be in.", "I've moved house, could you update my details?",
      "Sum this up in a couple of lines.", ids=("HEALTH_INSURANCE",)),
    L("en-AU", "AU", "Kirrily|Allira|Tullah|Narelle|Raelene|Warrick",
      "Mulvaney|Trebilcock|Gillingham|Scobie|Lovegrove",
      "Wattlebird Crescent|Bottlebrush Parade|Quandong Street|Currawong Close", "Ballarat~VIC 3350|Toowoomba~QLD 4350|Wagga Wagga~NSW 2650",
      "{no} {street}, {city} {pc}", "bigpond.com|gmail.com|outlook.com.au",
      "Give us a bell after six, I'll be home.", "Moved last month, can you update my details?",
      "Quick summary please.", ids=("TAX_ID",)),
    L("en-CA", "CA", "Aurelie|Nokomis|Ghislaine|Évangéline|Jérémie",
      "Beauchesne|Bouchard-Ashoona|Kuptana|Plamondon",
      "Harbourview Drive|Chemin du Rang-des-Outardes|Saskatoonberry Road|Rue des Quenouilles", "Sherbrooke~QC J1H 5N4|Kamloops~BC V2C 1K3|Moncton~NB E1C 4B2",
      "{no} {street}, {city} {pc}", "videotron.ca|gmail.com|sympatico.ca",
      "Please call me back after six.", "I moved, please update my address.", "Short summary please.", ids=("NATIONAL_ID",)),
    L("de-DE", "DE", "Lutz|Hannelore|Friedemann|Rosalinde|Edeltraud|Ortwin|Sieglinde|Kunibert",
      "Brüggemann|Hinrichsen|Gräfenstein|Tschirner|Kühnemund|Rübsamen|Lanzendörfer",
      "Holunderweg|Quittenstraße|Glockengießerwall|Zum Sägewerk|Hagebuttenstieg",
      "Bamberg~96047|Lüneburg~21335|Gießen~35390|Rostock~18055|Passau~94032",
      "{street} {no}, {pc} {city}", "web.de|gmx.de|t-online.de|posteo.de",
      "Bitte rufen Sie mich nach 18 Uhr zurück, dann bin ich zu Hause.",
      "Ich bin letzten Monat umgezogen, bitte aktualisieren Sie meine Daten.", "Fass das kurz zusammen.",
      ids=("TAX_ID",), iban="DE"),
    L("fr-FR", "FR", "Anaëlle|Philomène|Gontran|Maxence",
      "Quintrec|Pouliquen|Ribouillard|Lemercier|Fougerolles",
      "impasse des Glycines|rue du Four-à-Chaux|allée des Cormiers|chemin des Vergnes",
      "Angers~49100|Besançon~25000|Quimper~29000|Nancy~54000|Perpignan~66000",
      "{no} {street}, {pc} {city}", "orange.fr|free.fr|laposte.net|gmail.com",
      "Merci de me rappeler après 18 h, je serai chez moi.", "J'ai déménagé le mois dernier, merci de mettre à jour mes coordonnées.",
      "Résume ça en deux phrases.", ids=("NATIONAL_ID",), iban="FR"),
    L("es-ES", "ES", "Ximo|Iñigo|Casilda|Leocadio|Eulogio|Covadonga|Urko",
      "Olaizola|Goicoechea|Valdeolmillos|Carrasquilla|Sagasta|Urrutikoetxea",
      "calle Cuesta del Rosario|avenida del Cid|calle de los Tejedores del Lino|travesía de las Acequias",
      "Logroño~26001|Cáceres~10001|Gijón~33201|Albacete~02001|Huesca~22001",
      "{street}, {no}, {pc} {city}", "gmail.com|hotmail.es|telefonica.net|yahoo.es",
      "Llámeme después de las seis, por favor; estaré en casa.", "Me mudé el mes pasado, actualicen mis datos por favor.",
      "Resúmelo en dos frases.", ids=("NATIONAL_ID",), iban="ES"),
    L("es-MX", "MX", "Rigoberto|Eréndira|Cuitláhuac|Tonatiuh|Maclovia",
      "Cuauhtle|Tzintzun|Ixtlahuaca|Zacarías|Mendiola",
      "avenida Tlaxcala|privada de los Fresnos|cerrada del Ahuehuete|calle Tezontle", "Puebla~72000|Oaxaca~68000|Mérida~97000|Morelia~58000",
      "{street} {no}, C.P. {pc}, {city}", "gmail.com|hotmail.com|prodigy.net.mx",
      "Por favor márqueme después de las seis, estoy en casa.", "Me cambié de domicilio el mes pasado, actualicen mis datos.",
      "Resúmelo rápido."),
    L("pt-BR", "BR", "Cauã|Dandara|Josenildo|Kauane|Edvaldo|Uélinton|Rosicleide",
      "Tavares-Okabe|Mangabeira|Quintella|Sobral",
      "Rua das Mangueiras|Avenida Goitacazes|Travessa do Engenho|Rua dos Cajueiros Velhos",
      "Campinas~13010-000|Recife~50010-000|Londrina~86010-000|Belém~66010-000|Natal~59010-000",
      "{street}, {no}, {city} - CEP {pc}", "gmail.com|uol.com.br|bol.com.br|terra.com.br",
      "Por favor, me liga depois das seis, vou estar em casa.", "Mudei de endereço mês passado, atualizem meus dados.",
      "Resume isso em duas frases.", ids=("TAX_ID",)),
    L("pt-PT", "PT", "Filipa|Brites|Graciete|Joaninha|Amândio",
      "Carvalhais|Fonseca-Leal|Rebelo|Lacerda",
      "Rua dos Combatentes|Largo do Chafariz|Travessa do Medronheiro|Rua da Azenha Velha", "Braga~4700-320|Coimbra~3000-150|Faro~8000-138|Viseu~3500-010",
      "{street}, {no}, {pc} {city}", "sapo.pt|gmail.com|clix.pt",
      "Por favor ligue-me depois das seis, estarei em casa.", "Mudei de casa no mês passado, actualizem os meus dados, por favor.",
      "Resume isto em duas frases.", ids=("TAX_ID",), iban="PT"),
    L("it-IT", "IT", "Saverio|Ermenegilda|Fiorenzo|Vittoria|Leopoldo",
      "Squillace|Sgarbossa|Pizzigoni|Tramontana|Lojacono|Ferraguti",
      "Corso Garibaldino|Vicolo dei Bottai|Via del Gelso Nero|Salita dei Cappuccini Vecchi", "Perugia~06121|Lecce~73100|Trento~38122|Ferrara~44121|Cagliari~09124",
      "{street} {no}, {pc} {city}", "libero.it|tiscali.it|virgilio.it|gmail.com",
      "Per favore richiamatemi dopo le sei, sarò a casa.", "Mi sono trasferita il mese scorso, aggiornate i miei dati.",
      "Riassumi in due frasi.", ids=("TAX_ID",), iban="IT"),
    L("nl-NL", "NL", "Floortje|Sjoukje|Reinout|Geertruida|Jelmer",
      "Schoonhoven|Kuijpers|Hoogendijk|Wolters-Ramdin|Blokzijl|Stuurman|Oosterveld",
      "Zwaluwstraat|Kerkpad|Lindengracht|Molenweg|Kievitsbloemhof", "Zwolle~8011 AB|Haarlem~2011 CK|Leeuwarden~8911 BM|Deventer~7411 JH",
      "{street} {no}, {pc} {city}", "ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl",
      "Bel me alsjeblieft terug na zessen, dan ben ik thuis.", "Ik ben vorige maand verhuisd, wilt u mijn gegevens bijwerken?",
      "Vat dit kort samen.", ids=("NATIONAL_ID",), iban="NL"),
    L("pl-PL", "PL", "Szczepan|Zbigniew|Urszula|Bogumiła|Wojsław",
      "Grzybowski|Ożóg|Zielińska|Brzęczyszczyk|Dąbrowiecki|Przybylska",
      "ul. Kowalska|ul. Piekarska|ul. Zacisze Bzów|ul. Wierzbowa Dolna", "Toruń~87-100|Lublin~20-001|Rzeszów~35-001|Opole~45-001",
      "{street} {no}, {pc} {city}", "wp.pl|onet.pl|interia.pl|o2.pl",
      "Proszę oddzwonić po osiemnastej, będę w domu.", "W zeszłym miesiącu się przeprowadziłam, proszę zaktualizować moje dane.",
      "Streść to krótko.", ids=("NATIONAL_ID",), iban="PL"),
    L("sv-SE", "SE", "Valter|Hjalmar|Gösta|Märta",
      "Östergren|Almqvist|Rydberg|Sjöstedt|Fagerlund|Wennerholm",
      "Fiskaregatan|Tallstigen|Lingonrisvägen|Smedjebacken 2", "Umeå~903 26|Västerås~722 11|Luleå~972 31|Växjö~352 30",
      "{street} {no}, {pc} {city}", "telia.com|gmail.com|bredband.net",
      "Ring mig gärna efter sex, då är jag hemma.", "Jag flyttade förra månaden, uppdatera mina uppgifter.",
      "Sammanfatta kort.", ids=("NATIONAL_ID",), iban="SE"),
    L("nb-NO", "NO", "Sigve|Ingebjørg|Ragnvald|Halvard",
      "Aasheim|Bakketun|Myrvold|Tveiten|Kvamme",
      "Fjellveien|Sjøgata|Granlia|Kirkebakken|Multebærstien", "Tromsø~9008|Ålesund~6002|Bodø~8006|Hamar~2317",
      "{street} {no}, {pc} {city}", "online.no|gmail.com|hotmail.no",
      "Ring meg gjerne tilbake etter seks, da er jeg hjemme.", "Jeg flyttet forrige måned, vennligst oppdater opplysningene mine.",
      "Oppsummer kort.", ids=("NATIONAL_ID",), iban="NO"),
    L("da-DK", "DK", "Frederikke|Ditte|Ingeborg|Mikkeline",
      "Bundgaard|Skovbjerg|Damgaard|Overgaard|Refslund",
      "Æblehaven|Strandvejen|Møllebakken|Kirsebærvej|Hyldebærhaven", "Odense~5000|Aalborg~9000|Esbjerg~6700|Roskilde~4000",
      "{street} {no}, {pc} {city}", "mail.dk|gmail.com|jubii.dk",
      "Ring mig venligst tilbage efter klokken seks, så er jeg hjemme.", "Jeg flyttede sidste måned, opdater venligst mine oplysninger.",
      "Opsummer kort.", ids=("NATIONAL_ID",), iban="DK"),
    L("fi-FI", "FI", "Tuulikki|Aamu|Pentti|Urho",
      "Rautiainen|Saarelainen|Lipponen|Tolvanen|Harjunpää",
      "Rantatie|Pihlajakatu|Myllytie|Kanervapolku", "Tampere~33100|Jyväskylä~40100|Kuopio~70100|Turku~20100",
      "{street} {no}, {pc} {city}", "kolumbus.fi|gmail.com|luukku.com",
      "Soittakaa minulle kuuden jälkeen, olen silloin kotona.", "Muutin viime kuussa, päivittäkää tietoni.",
      "Tiivistä lyhyesti.", ids=("NATIONAL_ID",), iban="FI"),
    L("cs-CZ", "CZ", "Ctibor|Libuše|Dalibor|Radmila|Jaroslava|Kvido",
      "Holubová|Šimůnková|Pospíchal|Zemánek",
      "Jabloňová|U Mlýna|Pod Hrušovým vrchem|Za Sladovnou", "Olomouc~779 00|Brno~602 00|Plzeň~301 00|Liberec~460 01",
      "{street} {no}, {pc} {city}", "seznam.cz|email.cz|centrum.cz",
      "Zavolejte mi prosím po šesté, budu doma.", "Minulý měsíc jsem se přestěhovala, aktualizujte prosím moje údaje.",
      "Shrň to stručně.", ids=("NATIONAL_ID",), iban="CZ"),
    L("ro-RO", "RO", "Crina|Horațiu|Violeta|Petru|Lucreția|Traian",
      "Vlădescu|Tănase|Cazacu|Oprișan|Ghiocel",
      "Strada Zorilor|Aleea Castanilor|Strada Fagului Roșu|Strada Olarilor", "Cluj-Napoca~400001|Iași~700001|Timișoara~300001|Brașov~500001",
      "{street} nr. {no}, {pc} {city}", "yahoo.ro|gmail.com|rdslink.ro",
      "Vă rog să mă sunați după ora șase, voi fi acasă.", "M-am mutat luna trecută, vă rog să-mi actualizați datele.",
      "Rezumă pe scurt.", ids=("NATIONAL_ID",), iban="RO"),
    L("hu-HU", "HU", "Bulcsú|Szabolcs|Villő|Huba",
      "Pálinkás|Berecz|Somogyvári|Bíró",
      "Fenyő utca|Malom sor|Gesztenyés köz|Szőlőhegy dűlő", "Debrecen~4024|Szeged~6720|Pécs~7621|Győr~9021",
      "{pc} {city}, {street} {no}.", "freemail.hu|citromail.hu|gmail.com",
      "Kérem, hívjon vissza hat után, akkor otthon leszek.", "Múlt hónapban költöztem, kérem frissítsék az adataimat.",
      "Foglald össze röviden.", iban="HU"),
    L("el-GR", "GR", "Στυλιανός/Stylianos|Πηνελόπη/Pinelopi|Ουρανία/Ourania|Λεωνίδας/Leonidas",
      "Καραμανλή/Karamanli|Παπαδόγιαννης/Papadogiannis|Τσιρίγου/Tsirigou|Βλαχόπουλος/Vlachopoulos|Ζαφειρίου/Zafeiriou",
      "Οδός Αγίου Δημητρίου/Odos Agiou Dimitriou|Οδός Κυδωνιών/Odos Kydonion|Οδός Αμυγδαλιάς/Odos Amygdalias",
      "Θεσσαλονίκη/Thessaloniki~546 24|Πάτρα/Patra~262 21|Ηράκλειο/Irakleio~712 02|Βόλος/Volos~382 21",
      "{street} {no}, {pc} {city}", "yahoo.gr|otenet.gr|gmail.com",
      "Παρακαλώ καλέστε με μετά τις έξι, θα είμαι σπίτι.", "Μετακόμισα τον προηγούμενο μήνα, ενημερώστε τα στοιχεία μου.",
      "Σύνοψισέ το σύντομα.", ids=("NATIONAL_ID",), iban="GR"),
    L("ru-RU", "RU", "Милослава/Miloslava|Аграфена/Agrafena|Добрыня/Dobrynya|Феврония/Fevroniya|Варлаам/Varlaam",
      "Ворончихина/Voronchikhina|Шестаков/Shestakov|Белозерова/Belozerova|Тихомиров/Tikhomirov|Веретенников/Veretennikov",
      "ул. Чапаевская/ul. Chapaevskaya|пр-т Строителей/pr-t Stroiteley|ул. Рябиновая Слобода/ul. Ryabinovaya Sloboda|пер. Гончарный Тупик/per. Goncharny Tupik",
      "Казань/Kazan~420111|Пермь/Perm~614000|Тверь/Tver~170100|Самара/Samara~443099",
      "{pc}, г. {city}, {street}, д. {no}, кв. {apt}", "yandex.ru|mail.ru|rambler.ru",
      "Перезвоните мне, пожалуйста, после шести, я буду дома.", "Я переехала в прошлом месяце, обновите мои данные.",
      "Кратко перескажи.", ids=("TAX_ID",)),
    L("uk-UA", "UA", "Зореслава/Zoreslava|Устина/Ustyna|Гордій/Hordii|Всеслава/Vseslava|Ївга/Yivha",
      "Кравчишин/Kravchyshyn|Остапенко/Ostapenko|Вітрук/Vitruk|Гуменюк/Humeniuk|Ярошевич/Yaroshevych",
      "вул. Січових Стрільців/vul. Sichovykh Striltsiv|вул. Калинова Балка/vul. Kalynova Balka|пров. Гончарний/prov. Honcharnyi",
      "Львів/Lviv~79008|Полтава/Poltava~36000|Чернівці/Chernivtsi~58000|Вінниця/Vinnytsia~21000",
      "{street}, {no}, кв. {apt}, м. {city}, {pc}", "ukr.net|i.ua|gmail.com",
      "Передзвоніть мені, будь ласка, після шостої, я буду вдома.", "Я переїхав минулого місяця, оновіть мої дані.",
      "Коротко підсумуй.", ids=("TAX_ID",), iban="UA"),
    L("ka-GE", "GE", "ეკა/Eka|ნათია/Natia|მანანა/Manana",
      "ხუციშვილი/Khutsishvili|გოგიბერიძე/Gogiberidze|ქავთარაძე/Kavtaradze|ცინცაძე/Tsintsadze|მჭედლიშვილი/Mchedlishvili",
      "ვაჟა-ფშაველას ქუჩა/Vazha-Pshavela St|აღმაშენებლის ქუჩა/Aghmashenebeli St|ბაზალეთის შესახვევი/Bazaleti Lane",
      "თბილისი/Tbilisi~0179|ქუთაისი/Kutaisi~4600|ბათუმი/Batumi~6010",
      "{city}, {street} {no}, ბ. {apt}, {pc}", "gmail.com|mail.ru|yahoo.com",
      "გთხოვთ, დამირეკეთ ექვსის შემდეგ, სახლში ვიქნები.", "გასულ თვეში გადავედი საცხოვრებლად, განაახლეთ ჩემი მონაცემები.",
      "მოკლედ შეაჯამე.", iban="GE"),
    L("tr-TR", "TR", "Şeyma|Tülay|Nurcan|Ozan|Cengizhan|Dilara",
      "Yıldırımoğlu|Aydoğdu|Kılınç|Sarıgül|Eryılmaz|Türkoğlu",
      "İnönü Caddesi|Kuşburnu Çıkmazı|Değirmenaltı Sokak|Ayva Bahçesi Sokak", "Eskişehir~26010|Trabzon~61030|Gaziantep~27060|Kayseri~38030",
      "{street} No:{no} D:{apt}, {pc} {city}", "hotmail.com|gmail.com|yandex.com.tr",
      "Lütfen altıdan sonra beni geri arayın, evde olacağım.", "Geçen ay taşındım, bilgilerimi güncelleyin lütfen.",
      "Kısaca özetle.", ids=("NATIONAL_ID",), iban="TR"),
    L("ar-EG", "EG", "مصطفى/Moustafa|نورهان/Nourhan|دعاء/Doaa|هشام/Hesham|رحاب/Rehab",
      "حسنين/Hassanein|أبو زيد/Abouzeid",
      "شارع الهرم/Haram St|شارع جامعة الدول العربية/Arab League St|شارع السكرية البحري/El-Sukkariya El-Bahari St",
      "القاهرة/Cairo~11511|الإسكندرية/Alexandria~21500|المنصورة/Mansoura~35511",
      "{no} {street}، {city} {pc}", "yahoo.com|gmail.com|hotmail.com",
      "من فضلك اتصل بي بعد الساعة السادسة، سأكون في البيت.", "انتقلت الشهر الماضي، أرجو تحديث بياناتي.",
      "لخّص هذا باختصار.", iban="EG"),
    L("ar-SA", "SA", "لجين/Lujain|تركي/Turki|عهود/Ohoud|مشاري/Mishari",
      "أبو زيد/Abouzeid|حسنين/Hassanein",
      "شارع الخزامى الفرعي/Al-Khuzama Sub St|طريق وادي لبن/Wadi Laban Rd|شارع الأثل/Al-Athl St",
      "الرياض/Riyadh~12271|جدة/Jeddah~23442|الدمام/Dammam~32241",
      "{no} {street}، {city} {pc}", "gmail.com|hotmail.com|outlook.sa",
      "لو سمحت كلمني بعد المغرب، أكون في البيت.", "غيّرت سكني الشهر اللي فات، حدّثوا بياناتي لو سمحتوا.",
      "اختصر الكلام.", iban="SA"),
    L("fa-IR", "IR", "پرستو/Parastoo|سپیده/Sepideh|کامبیز/Kambiz|نگین/Negin|بهرنگ/Behrang",
      "کیانی/Kiani|رضاپور/Rezapour|نیکنام/Niknam|طاهرخانی/Taherkhani|قاسملو/Ghasemlou|جهانبخش/Jahanbakhsh",
      "کوچه اقاقیا/Aghaghia Alley|بن‌بست نسترن/Nastaran Dead-end|خیابان چنارستان/Chenarestan St",
      "تهران/Tehran~1415943111|اصفهان/Isfahan~8174673111|شیراز/Shiraz~7134845111",
      "{city}، {street}، پلاک {no}، کد پستی {pc}", "gmail.com|yahoo.com|chmail.ir",
      "لطفاً بعد از ساعت شش با من تماس بگیرید، خانه هستم.", "ماه پیش اسباب‌کشی کردم، لطفاً اطلاعاتم را به‌روز کنید.",
      "خلاصه‌اش کن.", ids=("NATIONAL_ID",)),
    L("he-IL", "IL", "אביגיל/Avigail|נתנאל/Netanel|אלישבע/Elisheva|צורי/Tzuri",
      "גולדפרב/Goldfarb|ביטון/Biton|קורנבלום/Kornblum|אהרוני/Aharoni",
      "רחוב האלון/HaAlon St|רחוב הצבעונים/HaTziv'onim St|סמטת החצב/Simtat HaHatzav",
      "חיפה/Haifa~3303130|באר שבע/Be'er Sheva~8410501|רחובות/Rehovot~7610001",
      "{street} {no}, {city} {pc}", "walla.co.il|gmail.com|012.net.il",
      "בבקשה תחזרו אליי אחרי שש, אהיה בבית.", "עברתי דירה בחודש שעבר, נא לעדכן את הפרטים שלי.",
      "תסכם בקצרה.", ids=("NATIONAL_ID",), iban="IL"),
    L("hi-IN", "IN", "अनुष्का/Anushka|अर्णव/Arnav|माधुरी/Madhuri|ऋत्विक/Ritvik|गौरांगी/Gaurangi",
      "अग्निहोत्री/Agnihotri|वाजपेयी/Vajpeyi|भार्गव/Bhargava",
      "कचनार विहार मार्ग/Kachnar Vihar Marg|केसरिया बावड़ी गली/Kesariya Baori Gali|अमरूद बाग लेन/Amrud Bagh Lane",
      "लखनऊ/Lucknow~226001|जयपुर/Jaipur~302001|भोपाल/Bhopal~462001|इंदौर/Indore~452001",
      "मकान नं. {no}, {street}, {city} - {pc}", "gmail.com|rediffmail.com|yahoo.co.in",
      "कृपया छह बजे के बाद मुझे वापस कॉल करें, मैं घर पर रहूँगी।", "मैं पिछले महीने शिफ्ट हुआ हूँ, कृपया मेरा पता अपडेट कर दें।",
      "संक्षेप में बताओ।", ids=("NATIONAL_ID", "TAX_ID")),
    L("bn-BD", "BD", "তাসনিম/Tasnim|নাফিসা/Nafisa|মাহবুব/Mahbub|শর্মিলা/Sharmila",
      "সিকদার/Sikder|পাটোয়ারী/Patwary|মোল্লা/Molla|হাওলাদার/Howlader",
      "সাত মসজিদ রোড/Satmasjid Road|নিউ ইস্কাটন/New Eskaton|কাঁঠালবাগান লেন/Kanthalbagan Lane",
      "ঢাকা/Dhaka~1207|চট্টগ্রাম/Chattogram~4000|রাজশাহী/Rajshahi~6000",
      "বাসা {no}, {street}, {city} {pc}", "gmail.com|yahoo.com",
      "দয়া করে ছয়টার পরে আমাকে ফোন করবেন, আমি বাসায় থাকব।", "গত মাসে বাসা বদলেছি, আমার তথ্য হালনাগাদ করুন।",
      "সংক্ষেপে বলো।"),
    L("ta-IN", "IN", "பூங்குழலி/Poonkuzhali|மணிமேகலை/Manimegalai|வெற்றிவேல்/Vetrivel",
      "அண்ணாமலை/Annamalai|சின்னசாமி/Chinnasamy|தங்கவேல்/Thangavel",
      "வேப்பமரத் தெரு/Veppamara Theru|புளியந்தோப்பு சாலை/Puliyanthope Salai|தாமரைக்குளம் தெரு/Thamaraikulam Theru",
      "மதுரை/Madurai~625001|கோயம்புத்தூர்/Coimbatore~641001|திருச்சி/Tiruchirappalli~620001",
      "{no}, {street}, {city} - {pc}", "gmail.com|yahoo.co.in",
      "தயவுசெய்து ஆறு மணிக்குப் பிறகு என்னை அழைக்கவும், நான் வீட்டில் இருப்பேன்.", "கடந்த மாதம் வீடு மாறினேன், என் விவரங்களைப் புதுப்பிக்கவும்.",
      "சுருக்கமாகச் சொல்.", ids=("NATIONAL_ID",)),
    L("th-TH", "TH", "สุภาวดี/Supawadee|กนกพร/Kanokporn|ธีรวัฒน์/Teerawat|ปิยะนุช/Piyanuch|วรเชษฐ์/Worachet",
      "วงศ์ไพบูลย์/Wongpaiboon|เจริญผล/Charoenphon|ทองประเสริฐ/Thongprasert|แสงอรุณ/Saengarun|บุญยืน/Boonyuen",
      "ถนนมิตรภาพ/Mittraphap Rd|ซอยมะม่วงหวาน/Soi Mamuang Wan|ถนนต้นตาล/Ton Tan Rd",
      "เชียงใหม่/Chiang Mai~50200|ขอนแก่น/Khon Kaen~40000|หาดใหญ่/Hat Yai~90110",
      "{no} {street} {city} {pc}", "hotmail.com|gmail.com",
      "กรุณาโทรกลับหลังหกโมงเย็นนะคะ ตอนนั้นอยู่บ้าน", "เดือนที่แล้วย้ายบ้าน ช่วยอัปเดตข้อมูลให้ด้วยครับ",
      "สรุปสั้น ๆ", ids=("NATIONAL_ID",)),
    L("zh-CN", "CN", "梦瑶/Mengyao|一鸣/Yiming|天佑/Tianyou",
      "慕容/Murong|令狐/Linghu|公孙/Gongsun|尉迟/Yuchi",
      "梧桐路/Wutong Lu|解放大道/Jiefang Dadao|桂花巷/Guihua Xiang|枇杷里/Pipa Li",
      "成都市/Chengdu~610041|杭州市/Hangzhou~310012|武汉市/Wuhan~430071|西安市/Xi'an~710061",
      "{city}{street}{no}号{apt}室（邮编{pc}）", "qq.com|163.com|126.com|sina.com",
      "请六点以后给我回电话，我那时在家。", "我上个月搬家了，请更新我的资料。", "简单总结一下。", ids=("NATIONAL_ID",)),
    L("ja-JP", "JP", "心春/Koharu|律/Ritsu|千晴/Chiharu|朔/Saku",
      "綿貫/Watanuki|東雲/Shinonome|小鳥遊/Takanashi|一ノ瀬/Ichinose",
      "桜町/Sakuramachi|若葉台/Wakabadai|緑ヶ丘/Midorigaoka|柿ノ木坂/Kakinokizaka",
      "札幌市中央区/Sapporo~060-0042|仙台市青葉区/Sendai~980-0811|金沢市/Kanazawa~920-0981",
      "〒{pc} {city}{street}{no}-{apt}", "docomo.ne.jp|yahoo.co.jp|gmail.com",
      "六時以降に折り返しお電話ください。家におります。", "先月引っ越したので、登録情報を更新してください。",
      "短く要約して。", ids=("NATIONAL_ID",)),
    L("ko-KR", "KR", "윤서/Yunseo|나래/Narae|한결/Hangyeol|다온/Daon|슬기/Seulgi",
      "사공/Sagong|서문/Seomun|어금/Eogeum|염/Yeom",
      "해운대로/Haeundae-ro|충장로/Chungjang-ro|감나무길/Gamnamu-gil|배꽃마을로/Baekkotmaeul-ro",
      "서울 강남구/Seoul Gangnam-gu~06236|부산 해운대구/Busan Haeundae-gu~48094|광주 동구/Gwangju Dong-gu~61475",
      "{city} {street} {no}, {apt}호 ({pc})", "naver.com|daum.net|kakao.com",
      "여섯 시 이후에 다시 전화 주세요. 집에 있을 거예요.", "지난달에 이사했어요. 제 정보를 업데이트해 주세요.",
      "짧게 요약해 줘.", ids=("NATIONAL_ID",)),
    L("vi-VN", "VN", "Diệp|Phượng|Mỹ Duyên|Khuê",
      "Dương|Thái|Lưu",
      "đường Bàng Lăng Tím|hẻm 42 đường Cây Trâm|ngõ Chợ Khâm Cũ", "Đà Nẵng~550000|Huế~530000|Cần Thơ~900000",
      "số {no} {street}, {city} {pc}", "gmail.com|yahoo.com.vn",
      "Làm ơn gọi lại cho tôi sau sáu giờ, lúc đó tôi ở nhà.", "Tháng trước tôi đã chuyển nhà, vui lòng cập nhật thông tin của tôi.",
      "Tóm tắt ngắn gọn."),
    L("id-ID", "ID", "Rahayu|Sulastri|Anggoro|Wiwik|Bramantyo|Laksmi|Tegar",
      "Wirawan|Hasibuan|Kusumawardhani|Pardede",
      "Gang Kemuning Dalam|Jl. Pohon Asam Jawa|Jl. Randu Alas", "Yogyakarta~55223|Bandung~40115|Semarang~50241",
      "{street} No. {no}, {city} {pc}", "yahoo.co.id|gmail.com",
      "Tolong telepon saya lagi setelah jam enam, saya di rumah.", "Saya pindah bulan lalu, tolong perbarui data saya.",
      "Ringkas saja.", ids=("NATIONAL_ID",)),
    L("ms-MY", "MY", "Haikal|Balqis|Hazwani|Dayang Nurfaizah",
      "binti Kamaruddin|binti Mokhtar",
      "Jalan Bunga Tanjung Hulu|Lorong Damai|Lorong Cempedak Tiga|Jalan Kenari Hutan", "Ipoh~30450|Johor Bahru~80100|Kuantan~25000",
      "{no}, {street}, {pc} {city}", "gmail.com|yahoo.com.my",
      "Sila hubungi saya semula selepas pukul enam, saya di rumah.", "Saya berpindah bulan lepas, sila kemas kini butiran saya.",
      "Ringkaskan.", ids=("NATIONAL_ID",)),
    L("am-ET", "ET", "መቅደስ/Mekdes|አበበች/Abebech|ብርቱካን/Birtukan|ፍሬሕይወት/Frehiwot|ግርማ/Girma",
      "ወልደማርያም/Woldemariam|ገብረሥላሴ/Gebreselassie|ደምሴ/Demissie",
      "ቦሌ መንገድ/Bole Road|ካዛንቺስ/Kazanchis|ፒያሳ/Piassa", "አዲስ አበባ/Addis Ababa~1000|ባሕር ዳር/Bahir Dar~6000",
      "{street}፣ የቤት ቁ. {no}፣ {city}", "gmail.com|yahoo.com",
      "እባክዎ ከስድስት ሰዓት በኋላ መልሰው ይደውሉልኝ፣ ቤት እሆናለሁ።", "ባለፈው ወር ቤት ቀይሬያለሁ፣ እባክዎ መረጃዬን ያዘምኑ።",
      "በአጭሩ አጠቃልል።"),
    L("sw-KE", "KE", "Mwikali|Jelimo|Wangeci",
      "Chelimo|Mutiso",
      "Mtaa wa Mwembe Tayari|Barabara ya Mnazi Mmoja|Njia ya Mikoko", "Nairobi~00100|Mombasa~80100|Kisumu~40100",
      "{street} {no}, {city} {pc}", "gmail.com|yahoo.com",
      "Tafadhali nipigie tena baada ya saa kumi na mbili jioni, nitakuwa nyumbani.", "Nilihama mwezi uliopita, tafadhali sasisha taarifa zangu.",
      "Fupisha kwa ufupi.", ids=("TAX_ID",)),
    L("yo-NG", "NG", "Ìfẹ́olúwa/Ifeoluwa|Mọ́rádéké/Moradeke|Olúwadámilọ́lá/Oluwadamilola|Ayọ̀dèjì/Ayodeji|Bọ́láńlé/Bolanle",
      "Ọládipúpọ̀/Oladipupo|Àjàyí/Ajayi|Fáṣọlá/Fasola|Òkèowó/Okeowo|Adébísí/Adebisi",
      "Allen Avenue|Ìgbòho Close|Olúyọ̀lé Estate Road", "Ìbàdàn/Ibadan~200211|Èkó/Lagos~100271|Abẹ́òkúta/Abeokuta~110101",
      "{no} {street}, {city} {pc}", "gmail.com|yahoo.com",
      "Ẹ jọ̀ọ́, ẹ pè mí padà lẹ́yìn aago mẹ́fà, màá wà nílé.", "Mo ṣí lọ sí ilé tuntun ní oṣù tó kọjá, ẹ jọ̀ọ́ ẹ ṣàtúnṣe àlàyé mi.",
      "Ṣe àkópọ̀ rẹ̀ ní ṣókí."),
    L("zu-ZA", "ZA", "Mthokozisi|Nonhlanhla|Sibusiso|Ntombifuthi|Hlengiwe",
      "Mkhize|Zungu|Shabalala|Majola",
      "Umngeni Road|Jabulani Street|Umsinsi Lane|Isiphingo Close", "eThekwini~4001|Pietermaritzburg~3201|Soweto~1804",
      "{no} {street}, {city}, {pc}", "gmail.com|webmail.co.za|mweb.co.za",
      "Ngicela ungishayele emva kwehora lesithupha, ngizobe ngisekhaya.", "Ngithuthe ngenyanga edlule, ngicela nibuyekeze imininingwane yami.",
      "Fingqa kafushane.", ids=("NATIONAL_ID",)),
    L("ur-PK", "PK", "حارث/Haris|مہوش/Mehwish|دانیال/Daniyal|سدرہ/Sidra|ارسلان/Arsalan",
      "گیلانی/Gilani|ستی/Satti|اعوان/Awan|کھوکھر/Khokhar",
      "گلی شیشم والی/Gali Shisham Wali|کوچہ انارکلی خورد/Koocha Anarkali Khurd|سبزہ زار بلاک/Sabzazar Block", "لاہور/Lahore~54000|کراچی/Karachi~75500|فیصل آباد/Faisalabad~38000",
      "مکان نمبر {no}، {street}، {city} {pc}", "gmail.com|yahoo.com|hotmail.com",
      "براہِ کرم چھ بجے کے بعد مجھے کال کریں، میں گھر پر ہوں گی۔", "میں پچھلے مہینے منتقل ہوا ہوں، براہِ کرم میری معلومات اپ ڈیٹ کریں۔",
      "مختصر خلاصہ کرو۔", ids=("NATIONAL_ID",)),
    L("tl-PH", "PH", "Jhunjhun|Dindo|Lorelie|Bongbong|Jovelyn",
      "Dimagiba|Pacquing|Magsaysay|Catacutan",
      "Purok Maligaya|Kalye Kamagong|Daang Sampalok", "Lungsod Quezon~1100|Cebu City~6000|Iloilo City~5000",
      "{no} {street}, {city} {pc}", "gmail.com|yahoo.com",
      "Pakitawagan mo ako ulit pagkatapos ng alas-sais, nasa bahay na ako.", "Lumipat ako noong isang buwan, pakiupdate ang detalye ko.",
      "Ibuod nang maikli."),
]
LOC = {l["tag"]: l for l in LOCALES}


# ----------------------------------------------------------------------------------------------------------------
# Identifiers (valid check digits; every value validated)
# ----------------------------------------------------------------------------------------------------------------
def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def complete(rng, make_base, validate, alphabet="0123456789", tries=400):
    """make_base() -> prefix; append one check char from alphabet (in order) until validate() accepts."""
    for _ in range(tries):
        base = make_base()
        for c in alphabet:
            if validate(base + c):
                return base + c
    raise RuntimeError("could not complete identifier")


def ymd(d: dt.date) -> tuple[str, str, str]:
    return f"{d.year % 100:02d}", f"{d.month:02d}", f"{d.day:02d}"


def mrz_check(s: str) -> str:
    w = (7, 3, 1)
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


def ir_melli_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{10}", s) or len(set(s)) == 1:
        return False
    r = sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    c = int(s[9])
    return (r < 2 and c == r) or (r >= 2 and c == 11 - r)


def gen_national(rng, tag: str, dob: dt.date, female: bool) -> tuple[str, str, str]:
    """(label, value, display name of the scheme)"""
    yy, mm, dd = ymd(dob)
    if tag == "en-US":
        while True:
            v = f"{rng.randrange(1, 665):03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
            if us_ssn.is_valid(v):
                note("us.ssn", True, v)
                return "ssn", v, "SSN"
    if tag == "en-CA":
        v = complete(rng, lambda: str(rng.choice([1, 2, 4, 5, 6, 7])) + digits(rng, 7), ca_sin.is_valid)
        note("ca.sin", ca_sin.is_valid(v), v)
        return "NATIONAL_ID", f"{v[:3]} {v[3:6]} {v[6:]}", "SIN"
    if tag == "en-AU":
        v = complete(rng, lambda: digits(rng, 8, True), au_tfn.is_valid)
        note("au.tfn", au_tfn.is_valid(v), v)
        return "TAX_ID", f"{v[:3]} {v[3:6]} {v[6:]}", "TFN"
    if tag == "en-GB":
        v = complete(rng, lambda: str(rng.choice([4, 6, 7])) + digits(rng, 8), gb_nhs.is_valid)
        note("gb.nhs", gb_nhs.is_valid(v), v)
        return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}", "NHS number"
    if tag == "de-DE":
        def base():
            while True:
                b = digits(rng, 10, True)
                cnt = sorted([b.count(c) for c in set(b)])
                if cnt.count(2) == 1 and max(cnt) == 2:
                    return b
        v = complete(rng, base, de_idnr.is_valid)
        note("de.idnr", de_idnr.is_valid(v), v)
        return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", "Steuer-ID"
    if tag == "fr-FR":
        b = f"{2 if female else 1}{yy}{mm}{rng.choice(['49', '25', '29', '54', '66'])}{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}"
        key = 97 - int(b) % 97
        v = f"{b}{key:02d}"
        note("fr.nir", fr_nir.is_valid(v), v)
        return "NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", "NIR"
    if tag == "es-ES":
        b = digits(rng, 8)
        v = b + es_dni.calc_check_digit(b)
        note("es.dni", es_dni.is_valid(v), v)
        return "NATIONAL_ID", v, "DNI"
    if tag == "it-IT":
        cons = "BCDFGHLMNPRSTVZ"
        months = "ABCDEHLMPRST"
        b = ("".join(rng.choice(cons) for _ in range(6)) + yy + months[dob.month - 1]
             + f"{dob.day + (40 if female else 0):02d}" + rng.choice(["G478", "E506", "L378", "D548", "B354"]))
        v = b + it_cf.calc_check_digit(b)
        note("it.codicefiscale", it_cf.is_valid(v), v)
        return "TAX_ID", v, "codice fiscale"
    if tag == "pt-BR":
        v = complete(rng, lambda: digits(rng, 9) + str(rng.randrange(10)), br_cpf.is_valid)
        note("br.cpf", br_cpf.is_valid(v), v)
        return "TAX_ID", br_cpf.format(v), "CPF"
    if tag == "pt-PT":
        v = complete(rng, lambda: str(rng.choice([1, 2])) + digits(rng, 7), pt_nif.is_valid)
        note("pt.nif", pt_nif.is_valid(v), v)
        return "TAX_ID", f"{v[:3]} {v[3:6]} {v[6:]}", "NIF"
    if tag == "nl-NL":
        v = complete(rng, lambda: digits(rng, 8, True), nl_bsn.is_valid)
        note("nl.bsn", nl_bsn.is_valid(v), v)
        return "NATIONAL_ID", v, "BSN"
    if tag == "pl-PL":
        m = dob.month + (20 if dob.year >= 2000 else 0)
        sex = rng.choice("02468" if female else "13579")
        v = complete(rng, lambda: f"{yy}{m:02d}{dd}{digits(rng, 3)}{sex}", pl_pesel.is_valid)
        note("pl.pesel", pl_pesel.is_valid(v), v)
        return "NATIONAL_ID", v, "PESEL"
    if tag == "sv-SE":
        v = complete(rng, lambda: f"{yy}{mm}{dd}-{digits(rng, 3)}", se_pnr.is_valid)
        note("se.personnummer", se_pnr.is_valid(v), v)
        return "NATIONAL_ID", v, "personnummer"
    if tag == "nb-NO":
        def ok(x):
            return no_fnr.is_valid(x)
        for _ in range(500):
            b = f"{dd}{mm}{yy}{rng.randrange(0, 500):03d}"
            hit = next((b + f"{k:02d}" for k in range(100) if ok(b + f"{k:02d}")), None)
            if hit:
                v = hit
                break
        note("no.fodselsnummer", no_fnr.is_valid(v), v)
        return "NATIONAL_ID", v, "fødselsnummer"
    if tag == "da-DK":
        v = f"{dd}{mm}{yy}-{digits(rng, 4)}"
        while not dk_cpr.is_valid(v):  # the serial's first digit encodes the century
            v = f"{dd}{mm}{yy}-{rng.randrange(0, 4)}{digits(rng, 3)}"
        note("dk.cpr", dk_cpr.is_valid(v), v)
        return "NATIONAL_ID", v, "CPR-nummer"
    if tag == "fi-FI":
        sep = "-" if dob.year < 2000 else "A"
        v = complete(rng, lambda: f"{dd}{mm}{yy}{sep}{rng.randrange(2, 899):03d}", fi_hetu.is_valid,
                     "0123456789ABCDEFHJKLMNPRSTUVWXY")
        note("fi.hetu", fi_hetu.is_valid(v), v)
        return "NATIONAL_ID", v, "henkilötunnus"
    if tag == "cs-CZ":
        m = dob.month + (50 if female else 0)
        v = complete(rng, lambda: f"{yy}{m:02d}{dd}{digits(rng, 3)}", lambda x: cz_rc.is_valid(x))
        note("cz.rc", cz_rc.is_valid(v), v)
        return "NATIONAL_ID", f"{v[:6]}/{v[6:]}", "rodné číslo"
    if tag == "ro-RO":
        s = (6 if female else 5) if dob.year >= 2000 else (2 if female else 1)
        v = complete(rng, lambda: f"{s}{yy}{mm}{dd}{rng.randrange(1, 41):02d}{rng.randrange(1, 999):03d}", ro_cnp.is_valid)
        note("ro.cnp", ro_cnp.is_valid(v), v)
        return "NATIONAL_ID", v, "CNP"
    if tag == "el-GR":
        v = complete(rng, lambda: f"{dd}{mm}{yy}{digits(rng, 3)}{rng.choice('02468' if female else '13579')}", gr_amka.is_valid)
        note("gr.amka", gr_amka.is_valid(v), v)
        return "NATIONAL_ID", v, "ΑΜΚΑ"
    if tag == "ru-RU":
        v = complete(rng, lambda: digits(rng, 11, True), ru_inn.is_valid)
        note("ru.inn", ru_inn.is_valid(v), v)
        return "TAX_ID", v, "ИНН"
    if tag == "uk-UA":
        days = (dob - dt.date(1899, 12, 31)).days
        v = complete(rng, lambda: f"{days:05d}{digits(rng, 3)}{rng.choice('02468' if female else '13579')}", ua_rntrc.is_valid)
        note("ua.rntrc", ua_rntrc.is_valid(v), v)
        return "TAX_ID", v, "РНОКПП"
    if tag == "tr-TR":
        b = digits(rng, 9, True)
        v = b + tr_tck.calc_check_digits(b)
        note("tr.tckimlik", tr_tck.is_valid(v), v)
        return "NATIONAL_ID", v, "T.C. Kimlik No"
    if tag == "fa-IR":
        v = complete(rng, lambda: digits(rng, 9), ir_melli_ok)
        note("ir.melli(own)", ir_melli_ok(v), v)
        return "NATIONAL_ID", f"{v[:3]}-{v[3:9]}-{v[9]}", "کد ملی"
    if tag == "he-IL":
        v = complete(rng, lambda: digits(rng, 8), il_idnr.is_valid)
        note("il.idnr", il_idnr.is_valid(v), v)
        return "NATIONAL_ID", v, "מספר זהות"
    if tag in ("hi-IN", "ta-IN"):
        v = complete(rng, lambda: str(rng.randrange(2, 10)) + digits(rng, 10), in_aadhaar.is_valid)
        note("in.aadhaar", in_aadhaar.is_valid(v), v)
        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", "Aadhaar"
    if tag == "th-TH":
        v = complete(rng, lambda: str(rng.randrange(1, 9)) + digits(rng, 11), th_pin.is_valid)
        note("th.pin", th_pin.is_valid(v), v)
        return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "เลขประจำตัวประชาชน"
    if tag == "zh-CN":
        area = rng.choice(["510104", "330106", "420106", "610113"])
        seq = digits(rng, 2) + rng.choice("02468" if female else "13579")
        v = complete(rng, lambda: f"{area}{dob.year}{mm}{dd}{seq}", cn_ric.is_valid, "0123456789X")
        note("cn.ric", cn_ric.is_valid(v), v)
        return "NATIONAL_ID", v, "居民身份证号"
    if tag == "ja-JP":
        v = complete(rng, lambda: digits(rng, 11, True), jp_in.is_valid)
        note("jp.in", jp_in.is_valid(v), v)
        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", "マイナンバー"
    if tag == "ko-KR":
        s = (4 if female else 3) if dob.year >= 2000 else (2 if female else 1)
        v = complete(rng, lambda: f"{yy}{mm}{dd}{s}{rng.randrange(0, 9)}{digits(rng, 4)}", kr_rrn.is_valid)
        note("kr.rrn", kr_rrn.is_valid(v), v)
        return "NATIONAL_ID", f"{v[:6]}-{v[6:]}", "주민등록번호"
    if tag == "id-ID":
        d = dob.day + (40 if female else 0)
        v = f"{rng.choice(['3471', '3273', '3374'])}{rng.randrange(1, 20):02d}{d:02d}{mm}{yy}{rng.randrange(1, 9999):04d}"
        note("id.nik", id_nik.is_valid(v), v)
        return "NATIONAL_ID", v, "NIK"
    if tag == "ms-MY":
        v = f"{yy}{mm}{dd}{rng.choice(['08', '01', '06'])}{digits(rng, 3)}{rng.choice('02468' if female else '13579')}"
        note("my.nric", my_nric.is_valid(v), v)
        return "NATIONAL_ID", f"{v[:6]}-{v[6:8]}-{v[8:]}", "MyKad"
    if tag == "zu-ZA":
        g = rng.randrange(0, 5000) if female else rng.randrange(5000, 10000)
        v = complete(rng, lambda: f"{yy}{mm}{dd}{g:04d}08", za_idnr.is_valid)
        note("za.idnr", za_idnr.is_valid(v), v)
        return "NATIONAL_ID", v, "ID number"
    if tag == "ur-PK":
        v = f"{rng.choice(['35202', '42101', '33100'])}{digits(rng, 7)}{rng.choice('2468' if female else '13579')}"
        note("pk.cnic", pk_cnic.is_valid(v), v)
        return "NATIONAL_ID", f"{v[:5]}-{v[5:12]}-{v[12]}", "CNIC"
    if tag == "sw-KE":
        v = complete(rng, lambda: "A" + digits(rng, 9), ke_pin.is_valid, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        note("ke.pin", ke_pin.is_valid(v), v)
        return "TAX_ID", v, "KRA PIN"
    return "", "", ""


def gen_pan(rng, surname_latin: str) -> str:
    v = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + (ascii_fold(surname_latin)[:1].upper() or "K") \
        + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    note("in.pan", in_pan.is_valid(v), v)
    return v


BBAN_BANKS = {"NL": ["ABNA", "RABO", "INGB", "SNSB", "TRIO"], "RO": ["BTRL", "RNCB", "INGB"], "GE": ["TB", "BG"],
              "PK": ["HABB", "MEZN"]}


def gen_iban(rng, cc: str) -> str:
    fmt = std_iban._ibandb.info(cc + "00")[0][1]["bban"]
    for _ in range(3000):
        out = []
        first = True
        for m in re.finditer(r"(\d+)!([nac])", fmt):
            n, k = int(m.group(1)), m.group(2)
            if k == "a" and first and cc in BBAN_BANKS:
                out.append(rng.choice(BBAN_BANKS[cc]).ljust(n, "X")[:n])
            elif k == "a":
                out.append("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n)))
            else:
                out.append(digits(rng, n))
            first = False
        bban = "".join(out)
        v = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(v):
            note("iban", True, v)
            return std_iban.format(v)
    raise RuntimeError(cc)


CARD_PREFIXES = [("Visa", "4", 16), ("Mastercard", "5", 16), ("Mastercard", "2221", 16), ("Amex", "37", 15),
                 ("Discover", "6011", 16), ("JCB", "3569", 16), ("UnionPay", "62", 16), ("Mir", "2202", 16),
                 ("Troy", "9792", 16), ("RuPay", "6522", 16), ("Elo", "6362", 16)]
CARD_BY_CC = {"RU": "Mir", "CN": "UnionPay", "TR": "Troy", "IN": "RuPay", "BR": "Elo", "JP": "JCB"}


def gen_card(rng, cc: str) -> tuple[str, str]:
    pref = [p for p in CARD_PREFIXES if p[0] == CARD_BY_CC.get(cc, "")]
    brand, pre, n = (pref[0] if pref and rng.random() < 0.6 else rng.choice(CARD_PREFIXES[:6]))
    if brand == "Mastercard" and pre == "5":
        pre = "5" + str(rng.randrange(1, 6))
    body = pre + digits(rng, n - len(pre) - 1)
    v = body + luhn.calc_check_digit(body)
    note("luhn(card)", luhn.is_valid(v), v)
    if n == 15:
        return brand, f"{v[:4]} {v[4:10]} {v[10:]}"
    return brand, " ".join(v[i:i + 4] for i in range(0, 16, 4))


def gen_routing(rng) -> str:
    v = complete(rng, lambda: rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                                          "21", "22", "26", "31", "32"]) + digits(rng, 6), us_rtn.is_valid)
    note("us.rtn", us_rtn.is_valid(v), v)
    return v


PHONE_PATTERNS = {
    "US": ["{a}{b}", ], "CA": [], "GB": ["7{9}"], "AU": ["4{8}"], "DE": ["15{9}", "17{8}", "30{8}"], "FR": ["6{8}", "7{8}"],
    "ES": ["6{8}"], "MX": ["55{8}", "33{8}"], "BR": ["119{8}", "819{8}"], "PT": ["91{7}", "93{7}"], "IT": ["3{9}"],
    "NL": ["6{8}"], "PL": ["5{8}", "6{8}"], "SE": ["7{8}"], "NO": ["4{7}", "9{7}"], "DK": ["2{7}", "4{7}"],
    "FI": ["40{7}", "50{7}"], "CZ": ["6{8}", "7{8}"], "RO": ["7{8}"], "HU": ["20{7}", "30{7}"], "GR": ["69{8}"],
    "RU": ["9{9}"], "UA": ["67{7}", "50{7}"], "GE": ["5{8}"], "TR": ["5{9}"], "EG": ["10{8}", "12{8}"],
    "SA": ["5{8}"], "IR": ["91{8}", "93{8}"], "IL": ["5{8}"], "IN": ["9{9}", "8{9}"], "BD": ["17{8}", "18{8}"],
    "TH": ["8{8}", "9{8}"], "CN": ["13{9}", "18{9}"], "JP": ["90{8}", "80{8}"], "KR": ["10{8}"], "VN": ["9{8}", "3{8}"],
    "ID": ["81{9}", "85{8}"], "MY": ["12{7}", "16{7}"], "ET": ["9{8}"], "KE": ["7{8}"], "NG": ["80{8}", "70{8}"],
    "ZA": ["7{8}", "8{8}"], "PK": ["3{9}"], "PH": ["9{9}"],
}


def gen_phone(rng, cc: str):
    for _ in range(2000):
        if cc in ("US", "CA"):
            area = rng.choice({"US": ["406", "919", "541", "218", "785", "802", "207"],
                               "CA": ["819", "250", "506", "613", "902"]}[cc])
            nat = area + str(rng.randrange(2, 10)) + digits(rng, 2) + digits(rng, 4)
            if nat[3:6] == "555":
                continue
        else:
            pat = rng.choice(PHONE_PATTERNS[cc])
            nat = re.sub(r"\{(\d+)\}", lambda m: digits(rng, int(m.group(1))), pat)
        try:
            p = phonenumbers.parse(nat, cc)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
                phonenumbers.PhoneNumberType.FIXED_LINE):
            VALID["phonenumbers"] = VALID.get("phonenumbers", 0) + 1
            return p
    raise RuntimeError(cc)


def fmt_phone(p, style: str) -> str:
    if style == "e164":
        return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)
    if style == "intl":
        return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)


def gen_passport(rng, cc: str) -> str:
    if cc in ("US",):
        return digits(rng, 9, True)
    if cc in ("DE",):
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if cc in ("IN",):
        return rng.choice("JKLMNPRSTUVWZ") + digits(rng, 7)
    if cc in ("CN",):
        return "E" + digits(rng, 8)
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(rng, 7)


ISO3 = {"US": "USA", "GB": "GBR", "AU": "AUS", "CA": "CAN", "DE": "D<<", "FR": "FRA", "ES": "ESP", "MX": "MEX",
        "BR": "BRA", "PT": "PRT", "IT": "ITA", "NL": "NLD", "PL": "POL", "SE": "SWE", "NO": "NOR", "DK": "DNK",
        "FI": "FIN", "CZ": "CZE", "RO": "ROU", "HU": "HUN", "GR": "GRC", "RU": "RUS", "UA": "UKR", "GE": "GEO",
        "TR": "TUR", "EG": "EGY", "SA": "SAU", "IR": "IRN", "IL": "ISR", "IN": "IND", "BD": "BGD", "TH": "THA",
        "CN": "CHN", "JP": "JPN", "KR": "KOR", "VN": "VNM", "ID": "IDN", "MY": "MYS", "ET": "ETH", "KE": "KEN",
        "NG": "NGA", "ZA": "ZAF", "PK": "PAK", "PH": "PHL"}


def mrz_lines(p) -> tuple[str, str]:
    iso = ISO3[p["cc"]]
    sur = re.sub(r"[^A-Z]", "<", ascii_fold(p["surname_l"]).upper())
    giv = re.sub(r"[^A-Z]", "<", ascii_fold(p["given_l"]).upper())
    l1 = ("P<" + iso + sur + "<<" + giv).ljust(44, "<")[:44]
    num = p["passport"].ljust(9, "<")[:9]
    yy, mm, dd = ymd(p["dob"])
    birth = yy + mm + dd
    exp = "3" + str(p["dob"].day % 3) + "0815"  # expiry 2030-2032
    sex = "F" if p["female"] else "M"
    opt = "<" * 14
    l2 = num + mrz_check(num) + iso + birth + mrz_check(birth) + sex + exp + mrz_check(exp) + opt + mrz_check(opt)
    comp = num + mrz_check(num) + birth + mrz_check(birth) + exp + mrz_check(exp) + opt + mrz_check(opt)
    l2 = l2 + mrz_check(comp)
    ok = len(l2) == 44 and l2[9] == mrz_check(l2[:9]) and l2[19] == mrz_check(l2[13:19]) and l2[43] == mrz_check(
        l2[0:10] + l2[13:20] + l2[21:43])
    note("mrz 7-3-1(own)", ok, l2)
    return l1, l2


# ----------------------------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------------------------
FAMILY_FIRST = ("zh-CN", "ja-JP", "ko-KR", "hu-HU", "vi-VN")
FEMALE_HINT = set("Keziah Linnaea Jolene Wrenley Delphia Luvenia Marvella Ysolde Ottoline Lettice Kirrily Allira Tullah "
                  "Narelle Raelene Aurelie Nokomis Ghislaine Évangéline Hannelore Rosalinde Edeltraud Sieglinde Anaëlle "
                  "Philomène Casilda Covadonga Eréndira Maclovia Dandara Kauane Rosicleide Filipa Brites Graciete "
                  "Joaninha Ermenegilda Vittoria Floortje Sjoukje Geertruida Urszula Bogumiła Märta Ingebjørg "
                  "Frederikke Ditte Ingeborg Mikkeline Tuulikki Aamu Libuše Radmila Jaroslava Crina Violeta Lucreția "
                  "Villő Pinelopi Ourania Miloslava Agrafena Fevroniya Zoreslava Ustyna Vseslava Yivha Eka Natia Manana "
                  "Şeyma Tülay Nurcan Dilara Nourhan Doaa Rehab Lujain Ohoud Parastoo Sepideh Negin Avigail Elisheva "
                  "Anushka Madhuri Gaurangi Tasnim Nafisa Sharmila Poonkuzhali Manimegalai Supawadee Kanokporn Piyanuch "
                  "Mengyao Koharu Chiharu Yunseo Narae Seulgi Diệp Phượng Mỹ Duyên Khuê Rahayu Sulastri Wiwik Laksmi "
                  "Balqis Hazwani Dayang Nurfaizah Mekdes Abebech Birtukan Frehiwot Mwikali Jelimo Wangeci Moradeke "
                  "Oluwadamilola Bolanle Nonhlanhla Ntombifuthi Hlengiwe Mehwish Sidra Lorelie Jovelyn".split())


def split_nl(entry: str) -> tuple[str, str]:
    if "/" in entry:
        a, b = entry.split("/", 1)
        return a, b
    return entry, entry


def dfmt(d: dt.date, tag: str, style: int = 0) -> str:
    if style == 1:
        return d.isoformat()
    if tag in ("zh-CN", "ja-JP"):
        return f"{d.year}年{d.month}月{d.day}日"
    if tag == "ko-KR":
        return f"{d.year}년 {d.month}월 {d.day}일"
    if tag == "hu-HU":
        return f"{d.year}. {d.month:02d}. {d.day:02d}."
    if tag == "en-US":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if tag in ("de-DE", "pl-PL", "cs-CZ", "ru-RU", "uk-UA", "fi-FI", "nb-NO", "da-DK", "ro-RO", "tr-TR", "ka-GE"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if tag in ("sv-SE", "en-CA", "fa-IR", "th-TH"):
        return d.isoformat()
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


MONTHS_EN = "January February March April May June July August September October November December".split()


def make_person(rng: random.Random, tag: str) -> dict:
    loc = LOC[tag]
    g = rng.choice(loc["given"])
    s = rng.choice(loc["surn"])
    gn, gl = split_nl(g)
    sn, sl = split_nl(s)
    female = gl in FEMALE_HINT or gn in FEMALE_HINT or gl.split()[0] in FEMALE_HINT
    if tag in FAMILY_FIRST:
        full = (sn + gn) if tag in ("zh-CN", "ja-JP") else (sn + ("" if tag == "ko-KR" else " ") + gn)
        if tag == "ja-JP":
            full = sn + " " + gn
    else:
        full = f"{gn} {sn}"
    full_l = f"{gl} {sl}"
    dob = dt.date(1948, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 56))
    f0 = re.sub(r"[^a-z]", "", ascii_fold(gl).lower()) or "x"
    s0 = re.sub(r"[^a-z]", "", ascii_fold(sl.replace("binti ", "").replace("bin ", "")).lower()) or "y"
    local = rng.choice([f"{f0}.{s0}", f"{f0}{s0[:1]}{dob.year % 100:02d}", f"{f0[:1]}{s0}", f"{s0}.{f0}{rng.randrange(1, 99)}",
                        f"{f0}_{s0}", f"{f0}{dob.year}"])
    email = f"{local}@{rng.choice(loc['domains'])}"
    phone = gen_phone(rng, loc["cc"])
    st = rng.choice(loc["streets"])
    stn, stl = split_nl(st)
    cityentry = rng.choice(loc["cities"])
    cn, cl = split_nl(cityentry[0])
    no = str(rng.randrange(2, 190))
    apt = str(rng.randrange(1, 120))
    addr = loc["afmt"].format(no=no, street=stn, city=cn, pc=cityentry[1], apt=apt)
    p = dict(tag=tag, cc=loc["cc"], given=gn, surname=sn, given_l=gl, surname_l=sl, full=full, full_l=full_l,
             female=female, dob=dob, email=email, email_local=local, phone=phone, street=stn, no=no, apt=apt,
             city=cn, pc=cityentry[1], addr=addr)
    lab, val, scheme = gen_national(rng, tag, dob, female)
    p["nid"] = (lab, val, scheme) if lab else None
    if tag == "hi-IN":
        p["pan"] = gen_pan(rng, sl)
    p["iban"] = gen_iban(rng, loc["iban"]) if loc["iban"] else None
    p["card"] = gen_card(rng, loc["cc"])
    p["passport"] = gen_passport(rng, loc["cc"])
    p["ip"] = f"{rng.choice([31, 46, 77, 81, 89, 94, 109, 151, 176, 178, 188, 212, 217])}.{rng.randrange(0, 256)}." \
              f"{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
    p["mrn"] = rng.choice(["", "MRN", "H", "PT"]) + digits(rng, rng.choice([7, 8]), True)
    p["member"] = rng.choice(["W", "XGQ", "ZH", "U"]) + digits(rng, 9, True)
    if tag == "en-US":
        p["dl"] = rng.choice(["MT", "NC", "OR", "MN", "KS"]) + " " + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 7)
        p["routing"] = gen_routing(rng)
        p["account"] = digits(rng, rng.choice([9, 10, 12]), True)
        mbi_l = "ACDEFGHJKMNPQRTUVWXY"
        p["mbi"] = (str(rng.randrange(1, 10)) + rng.choice(mbi_l) + rng.choice(mbi_l + "0123456789") + digits(rng, 1)
                    + rng.choice(mbi_l) + rng.choice(mbi_l + "0123456789") + digits(rng, 1) + rng.choice(mbi_l)
                    + rng.choice(mbi_l) + digits(rng, 2))
    return p


COMPANIES = ["Brackwater Utilities", "Sandwort Mutual", "Tidemark Mobile", "Saltmarsh Energy", "Orrery Savings Bank",
             "Kelpwood Telecom", "Heronsgate Clinics", "Lanternfish Travel", "Cobbleford Logistics", "Marram Home Insurance",
             "Spindrift Lettings", "Wickerbay Pharmacy", "Glasswort Credit Union", "Foxglove Dental", "Shinglebank Parcel"]
SITES = ["kleinanzeigen-nord.example", "pinboard.rebuy-market.example", "marketsquare.example", "tauschring.example",
         "wohnungsboerse-sued.example", "bazaar-local.example"]


# ----------------------------------------------------------------------------------------------------------------
# Channel texture helpers
# ----------------------------------------------------------------------------------------------------------------
SPOKEN = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa".split(),
}
AT_DOT = {"en": ("at", "dot"), "es": ("arroba", "punto"), "de": ("ät", "Punkt"), "fr": ("arobase", "point"),
          "it": ("chiocciola", "punto"), "pt": ("arroba", "ponto"), "nl": ("apenstaartje", "punt"),
          "tr": ("et", "nokta"), "pl": ("małpa", "kropka"), "sw": ("at", "dot")}


def spoken_digits(s: str, lang: str, rng: random.Random) -> str:
    words = SPOKEN.get(lang, SPOKEN["en"])
    out = []
    ds = [c for c in s if c.isdigit() or c == "+"]
    i = 0
    while i < len(ds):
        c = ds[i]
        if c == "+":
            out.append("plus" if lang != "de" else "plus")
        elif lang == "en" and i + 1 < len(ds) and ds[i + 1] == c and rng.random() < 0.4:
            out.append("double " + words[int(c)])
            i += 1
        else:
            out.append(words[int(c)])
        i += 1
        if i % 3 == 0 and rng.random() < 0.5:
            out.append("…")
    return " ".join(out).replace(" … ", ", ")


def spoken_email(email: str, lang: str) -> str:
    at, dot = AT_DOT.get(lang, AT_DOT["en"])
    local, dom = email.split("@")
    local = local.replace(".", f" {dot} ").replace("_", " underscore ")
    local = re.sub(r"(\d+)", lambda m: " " + " ".join(m.group(1)) + " ", local)
    return re.sub(r"\s+", " ", f"{local} {at} {dom.replace('.', f' {dot} ')}").strip()


OCR_SWAPS = [("l", "1"), ("O", "0"), ("I", "l"), ("rn", "m"), ("o", "0"), ("S", "5"), ("e", "c")]


def ocr_label(s: str, rng: random.Random) -> str:
    out = s
    for a, b in OCR_SWAPS:
        if a in out and rng.random() < 0.35:
            idx = out.find(a)
            out = out[:idx] + b + out[idx + len(a):]
    return out


def stray_space(v: str, rng: random.Random) -> str:
    if len(v) < 5 or rng.random() < 0.35:
        return v
    i = rng.randrange(2, len(v) - 2)
    return v[:i] + " " + v[i:]


def wrap_break(s: str, rng: random.Random) -> str:
    """Broken line wrap as in OCR: at a space, or hyphenated inside an ASCII word."""
    if len(s) < 14:
        return s
    i = rng.randrange(len(s) // 3, 2 * len(s) // 3)
    if s[i - 1].isascii() and s[i - 1].isalpha() and s[i].isascii() and s[i].isalpha() and rng.random() < 0.5:
        return s[:i] + "-\n" + s[i:]
    j = s.rfind(" ", 0, i + 1)
    if j <= 0:
        return s
    return s[:j] + "\n" + s[j + 1:]


def lang2(tag: str) -> str:
    return tag.split("-")[0]


def ts(rng: random.Random, base: dt.datetime | None = None) -> dt.datetime:
    base = base or dt.datetime(2026, 1, 5, 8, 0, 0)
    return base + dt.timedelta(days=rng.randrange(0, 300), seconds=rng.randrange(0, 36000))



# ----------------------------------------------------------------------------------------------------------------
# Sensitive channel renderers: return dict(text, ents, sys, ask, facts)
#   facts: ordered list of (key, label, value) for placements that carry only a few fields
# ----------------------------------------------------------------------------------------------------------------
def R(text, ents, sys_, ask, facts):
    return dict(text=text, ents=set(ents), sys=sys_, ask=ask, facts=facts)


def base_facts(p, keys=("name", "email", "phone")):
    m = {"name": ("person", p["full"]), "email": ("email", p["email"]), "phone": ("phone", fmt_phone(p["phone"], "e164")),
         "address": ("STREET_ADDRESS", p["addr"]), "dob": ("DATE_OF_BIRTH", p["dob"].isoformat())}
    if p["nid"]:
        m["id"] = (p["nid"][0], p["nid"][1])
    return [(k, m[k][0], m[k][1]) for k in keys if k in m]


def s_ocr(rng, p, v):
    tag = p["tag"]
    if v == 0:
        e = {"person", "DATE_OF_BIRTH", "STREET_ADDRESS", "phone"}
        lines = [f"[OCR page 1/2 · engine=tess5 · mean_conf={rng.randrange(61, 93)}%]",
                 ocr_label(rng.choice(["PATIENT REGISTRATION FORM", "NEW MEMBER ENROLMENT", "TENANT APPLICATION", "CLUB MEMBERSHIP FORM"]), rng),
                 f"{ocr_label('Surname', rng)}: {p['surname']}      {ocr_label('Given name(s)', rng)}: {p['given']}",
                 f"{ocr_label('Date of birth', rng)}: {stray_space(dfmt(p['dob'], tag), rng)}",
                 f"{ocr_label('Home address', rng)}: {wrap_break(p['addr'], rng)}",
                 f"{ocr_label('Telephone', rng)}: {stray_space(fmt_phone(p['phone'], 'national'), rng)}"]
        if rng.random() < 0.6:
            lines.append(f"{ocr_label('E-mail', rng)}: {p['email'].replace('@', rng.choice(['@', ' @ ', '@ ']))}")
            e.add("email")
        if p["nid"] and rng.random() < 0.7:
            lines.append(f"{ocr_label(p['nid'][2], rng)}: {stray_space(p['nid'][1], rng)}")
            e.add(p["nid"][0])
        if "dl" in p:
            lines.append(f"{ocr_label('Driver license no.', rng)}: {stray_space(p['dl'], rng)}")
            e.add("DRIVER_LICENSE")
        lines += [ocr_label("Signature", rng) + ": ~~~~ (illegible)   " + ocr_label("Date", rng) + ": 1" + str(rng.randrange(0, 9)) + "/0" + str(rng.randrange(1, 9)) + "/2026",
                  "[OCR page 2/2 · blank]"]
        return R("\n".join(lines), e, "You turn OCR output of scanned paper forms into clean structured records. OCR errors are common (l/1, O/0, rn/m); fix them.",
                 "Extract the applicant's fields as JSON. " + LOC[tag]["upd"], base_facts(p, ("name", "dob", "address", "phone")))
    if v == 1:
        l1, l2 = mrz_lines(p)
        country = {"US": "UNITED STATES OF AMERICA"}.get(p["cc"], ISO3[p["cc"]].strip("<"))
        lines = [f"--- {rng.choice(['scan', 'IMG', 'doc'])}_{rng.randrange(100, 9999):04d}.jpg · OCR ---",
                 ocr_label("PASSPORT", rng) + f" / {country}",
                 f"Type P   Code {ISO3[p['cc']].strip('<')}   {ocr_label('Passport No.', rng)} {p['passport']}",
                 f"{ocr_label('Surname', rng)} / {p['surname']}" + (f" ({p['surname_l'].upper()})" if p['surname'] != p['surname_l'] else ""),
                 f"{ocr_label('Given names', rng)} / {p['given']}" + (f" ({p['given_l'].upper()})" if p['given'] != p['given_l'] else ""),
                 f"{ocr_label('Date of birth', rng)} {p['dob'].day:02d} {MONTHS_EN[p['dob'].month - 1][:3].upper()} {p['dob'].year}",
                 "", l1, stray_space(l2, rng) if rng.random() < 0.3 else l2]
        return R("\n".join(lines), {"person", "PASSPORT", "DATE_OF_BIRTH"},
                 "KYC helper for a travel agency. Input is OCR from a passport photo page. Validate MRZ check digits and flag mismatches.",
                 "Do the MRZ check digits match the printed fields?", [("name", "person", p["full_l"]), ("passport", "PASSPORT", p["passport"])])
    # v == 2: payment / bank mandate form
    if p["iban"]:
        val, lab, title = p["iban"], "iban", "SEPA DIRECT DEBIT MANDATE"
        valline = f"{ocr_label('IBAN', rng)}: {stray_space(p['iban'], rng)}"
    else:
        val, lab, title = p["card"][1], "credit_card", "CARD PAYMENT AUTHORISATION"
        valline = f"{ocr_label('Card number', rng)}: {stray_space(p['card'][1], rng)}   {ocr_label('Exp', rng)} 0{rng.randrange(1, 9)}/2{rng.randrange(7, 9)}"
    lines = [f"{ocr_label(title, rng)}  (scanned fax, 200 dpi)", f"Creditor: {rng.choice(COMPANIES)}",
             f"{ocr_label('Account holder', rng)}: {p['full']}", wrap_break(f"{ocr_label('Address', rng)}: {p['addr']}", rng),
             valline, f"{ocr_label('Place, date', rng)}: {p['city']}, {rng.randrange(1, 28)}.0{rng.randrange(1, 9)}.2026"]
    return R("\n".join(lines), {"person", "STREET_ADDRESS", lab}, "Back-office assistant for a billing team. Inputs are OCR'd scans; output strictly the requested fields.",
             "Pull holder name, address and account into our mandate JSON.", [("holder", "person", p["full"]), ("account", lab, val)])


def s_voice(rng, p, v):
    tag, lg = p["tag"], lang2(p["tag"])
    co = rng.choice(COMPANIES)
    clock = [rng.randrange(0, 30)]

    def st(k):
        clock[0] += rng.randrange(3, 12)
        s = clock[0]
        return f"[{s // 3600:02d}:{(s // 60) % 60:02d}:{s % 60:02d}]"
    spk_a, spk_c = rng.choice([("AGENT", "CALLER"), ("Speaker 1", "Speaker 2"), ("spk_0", "spk_1"), ("Rep", "Customer")])
    e = {"person", "phone"}
    nat = fmt_phone(p["phone"], "national")
    lines = [f"{st(0)} {spk_a}: thank you for calling {co}, my name's on the screen, how can I help",
             f"{st(1)} {spk_c}: {LOC[tag]['cb'] if v == 0 else LOC[tag]['upd']}",
             f"{st(2)} {spk_a}: sure can I take your full name please",
             f"{st(3)} {spk_c}: {p['full']}" + (f" … {'-'.join(ascii_fold(p['surname_l']).upper())}" if rng.random() < 0.5 else ""),
             f"{st(4)} {spk_a}: and the best number to reach you",
             f"{st(5)} {spk_c}: {spoken_digits(nat, lg, rng)}"]
    k = 6
    if v in (0, 2):
        lines += [f"{st(k)} {spk_a}: and an email", f"{st(k + 1)} {spk_c}: {spoken_email(p['email'], lg)}"]
        e.add("email")
        k += 2
    if v in (1, 2):
        lines += [f"{st(k)} {spk_a}: for security, your date of birth",
                  f"{st(k + 1)} {spk_c}: {p['dob'].day} {MONTHS_EN[p['dob'].month - 1]} {p['dob'].year}"]
        e.add("DATE_OF_BIRTH")
        k += 2
    if v == 1:
        lines += [f"{st(k)} {spk_a}: and the new address", f"{st(k + 1)} {spk_c}: {p['addr']}"]
        e.add("STREET_ADDRESS")
        k += 2
    if v == 2 and rng.random() < 0.6:
        grp = p["card"][1].split()
        lines += [f"{st(k)} {spk_a}: go ahead with the card number when you're ready",
                  f"{st(k + 1)} {spk_c}: " + ", ".join(spoken_digits(g_, "en", rng).replace(",", "") for g_ in grp)]
        e.add("credit_card")
    lines.append(f"{st(k + 2)} {spk_a}: perfect, you'll get a confirmation shortly [inaudible] bye")
    hdr = f"call_id={rng.randrange(10**9, 10**10)} dur={rng.randrange(2, 11)}m{rng.randrange(0, 60):02d}s asr=whisper-large lang={lg}\n"
    return R(hdr + "\n".join(lines), e, f"You are the after-call assistant of the {co} contact centre. Transcripts come from speech recognition; digits and addresses are often spoken.",
             rng.choice(["fill the CRM form from this call (name, phone in E.164, email, dob)", "summarise the call and list follow-ups", "normalise the spoken numbers and email into proper format"]),
             base_facts(p, ("name", "phone")))


def s_csv(rng, p, v):
    tag = p["tag"]
    people = [p] + [make_person(rng, tag) for _ in range(rng.randrange(1, 4))]
    e = {"person"}
    cols = [["name", "email", "mobile", "city"], ["full_name", "dob", "street", "phone"],
            ["Name", "E-Mail", "IBAN" if p["iban"] else "card_no", "Geburtsdatum" if tag == "de-DE" else "birth_date"]][v]
    delim = rng.choice([",", ";", "\t"])
    rows = [delim.join(cols)]
    for q in people:
        vals = []
        for c in cols:
            if c in ("name", "full_name", "Name"):
                vals.append(q["full"])
            elif c in ("email", "E-Mail"):
                vals.append(q["email"]); e.add("email")
            elif c in ("mobile", "phone"):
                vals.append(fmt_phone(q["phone"], rng.choice(["e164", "intl", "national"]))); e.add("phone")
            elif c == "city":
                vals.append(q["city"])
            elif c in ("dob", "birth_date", "Geburtsdatum"):
                vals.append(dfmt(q["dob"], tag, rng.randrange(2))); e.add("DATE_OF_BIRTH")
            elif c == "street":
                vals.append(q["addr"]); e.add("STREET_ADDRESS")
            elif c == "IBAN":
                vals.append(q["iban"]); e.add("iban")
            elif c == "card_no":
                vals.append(q["card"][1].replace(" ", "")); e.add("credit_card")
        rows.append(delim.join(f'"{x}"' if (delim in x or "," in x) else x for x in vals))
    pre = rng.choice(["Sheet1\n", "export_" + f"{rng.randrange(2025, 2027)}-{rng.randrange(1, 13):02d}" + ".csv\n", "", "\ufeff"])
    tail = rng.choice(["", "\n" + delim * (len(cols) - 1), "\nTotal rows: " + str(len(people))])
    return R(pre + "\n".join(rows) + tail, e, "Spreadsheet helper inside our CRM import tool. Input is pasted straight from Excel/Sheets exports.",
             rng.choice(["dedupe and output JSON lines", "which rows have a malformed value?", "convert to a markdown table, keep columns", LOC[tag]["summ"]]),
             base_facts(p, ("name", "email")))


def s_email(rng, p, v):
    tag = p["tag"]
    co = rng.choice(COMPANIES)
    dom = re.sub(r"[^a-z]", "", co.lower().split()[0]) + ".example"
    when = ts(rng)
    e = {"person", "email"}
    sig = [p["full"]]
    if rng.random() < 0.7:
        sig.append(fmt_phone(p["phone"], "intl")); e.add("phone")
    body = [LOC[tag]["upd"] if v != 2 else LOC[tag]["cb"]]
    if v in (0, 1):
        body.append(f"{p['addr']}"); e.add("STREET_ADDRESS")
    if v == 1 and p["nid"]:
        body.append(f"{p['nid'][2]}: {p['nid'][1]}"); e.add(p["nid"][0])
    if v == 1 and not p["nid"]:
        body.append(f"Passport no. {p['passport']}"); e.add("PASSPORT")
    if v == 1 and "pan" in p:
        body.append(f"PAN: {p['pan']}"); e.add("TAX_ID")
    if v == 2 and "routing" in p:
        body.append(f"Direct deposit: routing {p['routing']}, account {p['account']}"); e.add("US_BANK_NUMBER")
    elif v == 2 and p["iban"]:
        body.append(f"IBAN {p['iban']}"); e.add("iban")
    elif v == 2:
        body.append(f"DOB {dfmt(p['dob'], tag)}"); e.add("DATE_OF_BIRTH")
    quoted = [f"On {(when - dt.timedelta(days=1)).strftime('%a, %d %b %Y %H:%M')}, {co} Support <support@{dom}> wrote:",
              "> Hello,", "> to complete your request we need your current postal address",
              "> and a contact number. Reply to this e-mail.", "> Kind regards, Customer Care (ref. CC-" + str(rng.randrange(10000, 99999)) + ")"]
    hdr = [f"From: {p['full']} <{p['email']}>", f"To: {co} Support <support@{dom}>",
           f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S')} +0{rng.randrange(0, 4)}00",
           f"Subject: Re: {rng.choice(['Your request', 'Address change', 'Account update', 'Ticket'])} #{rng.randrange(100000, 999999)}",
           "Message-ID: <" + f"{rng.getrandbits(48):012x}" + "@mail.gmail.com>"]
    text = "\n".join(hdr) + "\n\n" + "\n".join(body) + "\n\n-- \n" + "\n".join(sig) + "\n\n" + "\n".join(quoted)
    return R(text, e, f"You draft replies in the support inbox of {co}. Keep the customer's language.",
             rng.choice(["draft the reply", "what does the customer want? one line", "extract the changed fields for the CRM"]),
             base_facts(p, ("name", "email")))


def s_chatlog(rng, p, v):
    tag = p["tag"]
    t = ts(rng)
    handle = rng.choice(["visitor", "guest", "user"]) + "_" + f"{rng.getrandbits(20):05x}"
    agent = rng.choice(["agent.night", "bot.triage", "support-l1", "cs_team"])
    e = {"person"}

    def line(dtm, h, msg):
        return f"[{dtm.strftime('%Y-%m-%d %H:%M:%S')}] {h}: {msg}"
    ls = [f"#TCK-{rng.randrange(10000, 99999)} · prio={rng.choice(['high', 'normal'])} · via {rng.choice(['web chat', 'in-app', 'Messenger'])}",
          line(t, handle, LOC[tag]["cb"] if v == 0 else LOC[tag]["upd"]),
          line(t + dt.timedelta(seconds=40), agent, "can you confirm the account holder's full name?"),
          line(t + dt.timedelta(seconds=71), handle, p["full"])]
    if v == 0:
        ls.append(line(t + dt.timedelta(seconds=99), handle, f"card is {p['card'][1]} it got charged twice"))
        e.add("credit_card")
    elif v == 1:
        ls.append(line(t + dt.timedelta(seconds=99), handle, f"{p['addr']} / {fmt_phone(p['phone'], 'intl')}"))
        e |= {"STREET_ADDRESS", "phone"}
    else:
        ls.append(line(t + dt.timedelta(seconds=99), handle, f"mail {p['email']} dob {dfmt(p['dob'], tag)}"))
        e |= {"email", "DATE_OF_BIRTH"}
        if p["nid"]:
            ls.append(line(t + dt.timedelta(seconds=130), handle, f"{p['nid'][2]} {p['nid'][1]} if you need it"))
            e.add(p["nid"][0])
        else:
            ls.append(line(t + dt.timedelta(seconds=130), handle, f"passport {p['passport']} if that helps"))
            e.add("PASSPORT")
        if "dl" in p:
            ls.append(line(t + dt.timedelta(seconds=141), handle, f"and my driver's license is {p['dl']}"))
            e.add("DRIVER_LICENSE")
    ls.append(line(t + dt.timedelta(seconds=160), agent, "thanks, escalating to billing"))
    return R("\n".join(ls), e, "Ticket triage model for a helpdesk. Input: raw chat log export.",
             rng.choice(["classify: billing / account / tech / other, and give a priority", "summarise for the L2 handover", LOC[tag]["summ"]]),
             base_facts(p, ("name",)))


def s_web(rng, p, v):
    tag = p["tag"]
    site = rng.choice(SITES)
    nav = rng.choice(["Skip to content | Home | Listings | Post an ad | Log in", "☰ Menu  Search  Sign in  Basket (0)",
                      "Accueil › Annonces › Immobilier", "Home > Community > Lost & Found"])
    foot = rng.choice([f"© 2026 {site} · Imprint · Privacy · Cookie settings", "Accept all cookies | Manage preferences",
                       f"All rights reserved. {site} is not responsible for user content."])
    e = {"person"}
    if v == 0:
        mid = [f"{rng.choice(['2-room flat', 'Cargo bike', 'Piano', 'Sofa bed', 'Baby stroller'])} — {rng.randrange(40, 900)} €",
               f"Posted by {p['full']} · {p['city']}", LOC[tag]["cb"], f"☎ {fmt_phone(p['phone'], 'national')}", "Reply to this ad"]
        e.add("phone")
    elif v == 1:
        mid = [f"Lost: grey cat, answers to “{rng.choice(['Pixel', 'Mochi', 'Tofu', 'Bagel'])}”", f"Last seen near {p['addr']}",
               f"Please contact {p['given']} ({p['email']})", "Shared 31 times"]
        e |= {"STREET_ADDRESS", "email"}
    else:
        mid = [f"Member profile: {p['full']}", f"Born {dfmt(p['dob'], tag)} · lives in {p['city']}",
               f"Contact: {p['email']} · {fmt_phone(p['phone'], 'intl')}", "Interests: choir, allotment gardening"]
        e |= {"DATE_OF_BIRTH", "email", "phone"}
    text = "\n".join([nav, "", *mid, "", "Related listings", "Newsletter — sign up", foot])
    return R(text, e, "Scraper post-processor: input is text extracted from a web page (boilerplate included).",
             rng.choice(["extract the listing as JSON (title, price, contact)", "strip the boilerplate, keep the content", "translate the content to English"]),
             base_facts(p, ("name", "phone" if v != 1 else "email")))


def s_log(rng, p, v):
    t = ts(rng)
    rid = f"{rng.getrandbits(64):016x}"
    e = set()

    def iso(k):
        return (t + dt.timedelta(milliseconds=k * rng.randrange(7, 400))).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    if v == 0:
        ls = [f"{iso(0)} INFO  [checkout-svc] req={rid} user={p['email']} ip={p['ip']} cart=3 items",
              f"{iso(1)} WARN  [payment-adapter] req={rid} retry=1 psp=stripe-compat",
              f"{iso(2)} ERROR [payment-adapter] req={rid} CardDeclined holder=\"{p['full_l']}\" pan={p['card'][1].replace(' ', '')} avs_zip={p['pc']}",
              "Traceback (most recent call last):", '  File "/srv/app/payments/adapter.py", line 214, in charge',
              "    resp = self.client.charge(card=card, amount=amount)", '  File "/srv/app/payments/client.py", line 88, in charge',
              "    raise CardDeclined(resp.decline_code)", "payments.errors.CardDeclined: do_not_honor"]
        e = {"email", "IP_ADDRESS", "person", "credit_card"}
        ask = "why is this failing and is it our bug?"
    elif v == 1:
        nid = p["nid"]
        col = "national_id" if nid else "email"
        val = nid[1] if nid else p["email"]
        ls = [f"{iso(0)} [main] INFO  c.e.onboarding.ApplicantService - creating applicant name='{p['full']}' dob={p['dob'].isoformat()}",
              f"{iso(1)} [main] ERROR o.h.engine.jdbc.spi.SqlExceptionHelper - ERROR: duplicate key value violates unique constraint \"applicants_{col}_key\"",
              f"  Detail: Key ({col})=({val}) already exists.",
              "org.springframework.dao.DataIntegrityViolationException: could not execute statement",
              "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:97)",
              "\tat com.example.onboarding.ApplicantService.create(ApplicantService.java:143)"]
        e = {"person", "DATE_OF_BIRTH", nid[0] if nid else "email"}
        ask = "explain the error and how to make create() idempotent"
    else:
        q = f"email={p['email'].replace('@', '%40')}&phone={fmt_phone(p['phone'], 'e164').replace('+', '%2B')}&name={p['full_l'].replace(' ', '+')}"
        ls = [f'{p["ip"]} - - [{t.strftime("%d/%b/%Y:%H:%M:%S")} +0000] "GET /api/v2/newsletter/subscribe?{q} HTTP/1.1" 500 312 "-" "Mozilla/5.0 (Linux; Android 14)"',
              f'{p["ip"]} - - [{t.strftime("%d/%b/%Y:%H:%M:%S")} +0000] "GET /favicon.ico HTTP/1.1" 404 0 "-" "Mozilla/5.0 (Linux; Android 14)"',
              f"{iso(3)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {p['ip']}"]
        e = {"IP_ADDRESS", "email", "phone", "person"}
        ask = "nginx 500s on subscribe, what's going on?"
    return R("\n".join(ls), e, "On-call assistant. Engineers paste raw logs and stack traces.", ask, base_facts(p, ("email",)))


def s_pdf(rng, p, v):
    tag = p["tag"]
    e = {"person"}
    if v == 0:
        t = ["Page 1 of 3", rng.choice(["APPLICATION FOR RESIDENT PARKING PERMIT", "HOME CONTENTS CLAIM FORM", "ENROLMENT FORM — EVENING CLASSES"]),
             "Applicant name Date of birth Telephone", f"{p['full']} {dfmt(p['dob'], tag)} {fmt_phone(p['phone'], 'national')}",
             "Residential address", p["addr"], "Email Signature Date", f"{p['email']} 12.0{rng.randrange(1, 9)}.2026"]
        e |= {"DATE_OF_BIRTH", "phone", "STREET_ADDRESS", "email"}
        if "dl" in p:
            t[-2] = "Email Driver license no. Signature Date"
            t[-1] = f"{p['email']} {p['dl']} 12.0{rng.randrange(1, 9)}.2026"
            e.add("DRIVER_LICENSE")
    elif v == 1:
        lab, val = ("iban", p["iban"]) if p["iban"] else ("credit_card", p["card"][1])
        if "routing" in p:
            lab, val = "US_BANK_NUMBER", f"ABA {p['routing']} acct {p['account']}"
        idl = [p["nid"][2], p["nid"][1]] if p["nid"] else ["Passport no.", p["passport"]]
        t = ["REFUND REQUEST", "Name of account holder", idl[0], "Bank account / card", p["full"], idl[1], val,
             "Reason for refund", "double charge on invoice " + f"INV-{rng.randrange(10**5, 10**6)}"]
        e |= {lab, p["nid"][0] if p["nid"] else "PASSPORT"}
    else:
        t = ["CLAIM FORM – OUTPATIENT", "Member ID Policyholder Patient DOB", f"{p['member']} {p['full']} {p['dob'].isoformat()}",
             "Treating facility Hospital record no.", f"{rng.choice(['St. Brigid Outpatient Centre', 'Riverside Day Clinic', 'Medicentrum Oost'])} {p['mrn']}",
             "Diagnosis (ICD-10)", rng.choice(["M54.5", "J45.909", "E11.9", "F41.1"])]
        e |= {"HEALTH_INSURANCE", "DATE_OF_BIRTH", "MEDICAL_RECORD"}
    return R("\n".join(t), e, "You reconstruct forms from PDF text extraction, where label rows and value rows got flattened.",
             rng.choice(["map each value to its label, JSON please", "which fields are missing?", LOC[tag]["summ"]]),
             base_facts(p, ("name", "dob")))


def s_sms(rng, p, v):
    tag = p["tag"]
    other = make_person(rng, tag)
    t = ts(rng)
    e = {"person"}
    if v in (0, 1):
        def wl(k, who, msg):
            x = t + dt.timedelta(seconds=k * 37)
            return f"[{x.strftime('%d/%m/%Y, %H:%M:%S')}] {who}: {msg}"
        ls = [wl(0, p["full"], LOC[tag]["cb"]), wl(1, other["given"], "ok 👍 which address again?")]
        if v == 0:
            ls.append(wl(2, p["full"], p["addr"])); e.add("STREET_ADDRESS")
        else:
            ls.append(wl(2, p["full"], f"{fmt_phone(p['phone'], 'intl')} / {p['email']}")); e |= {"phone", "email"}
        ls.append(wl(3, p["full"], f"\u200e<attached: 000000{rng.randrange(10, 99)}-PHOTO-{t.strftime('%Y-%m-%d')}.jpg>"))
        ls.append(wl(4, other["given"], LOC[tag]["summ"] if rng.random() < 0.3 else "👌"))
        text = "WhatsApp chat export\n" + "\n".join(ls)
    else:
        ms = int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)  # naive = UTC, TZ-independent
        text = ("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"2\" backup_set=\"" + f"{rng.getrandbits(32):08x}" + "\">\n"
                + f'  <sms protocol="0" address="{fmt_phone(p["phone"], "e164")}" date="{ms}" type="1" body="{LOC[tag]["cb"]}" contact_name="{p["full"]}" />\n'
                + f'  <sms protocol="0" address="{fmt_phone(p["phone"], "e164")}" date="{ms + 93000}" type="2" body="ok, 18:30" contact_name="{p["full"]}" />\n</smses>')
        e.add("phone")
    return R(text, e, "Personal-assistant app: the user imports message backups and asks about them.",
             rng.choice(["translate into English", "what did we agree on?", "make a to-do list out of this"]), base_facts(p, ("name", "phone")))


def s_ics(rng, p, v):
    tag = p["tag"]
    t = ts(rng)
    nurse = make_person(rng, tag)
    e = {"person", "STREET_ADDRESS"}
    desc = {0: f"Patient DOB {p['dob'].isoformat()}. Call {fmt_phone(p['phone'], 'e164')} before arrival.",
            1: f"Viewing with tenant. Mobile {fmt_phone(p['phone'], 'intl')}.",
            2: f"Piano lesson – parent contact {p['email']}."}[v]
    e |= {0: {"DATE_OF_BIRTH", "phone"}, 1: {"phone"}, 2: {"email"}}[v]
    summ = {0: "Home visit – ", 1: "Flat viewing – ", 2: "Lesson – "}[v] + p["full"]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{rng.choice(COMPANIES)}//Scheduler 4.{rng.randrange(0, 9)}//EN", "BEGIN:VEVENT",
             f"UID:{rng.getrandbits(64):016x}@sched.example", f"DTSTAMP:{t.strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART:{(t + dt.timedelta(days=3)).strftime('%Y%m%dT%H%M00')}", f"SUMMARY:{summ}",
             f"LOCATION:{p['addr'].replace(',', chr(92) + ',')}",
             f"ORGANIZER;CN={nurse['full']}:mailto:{nurse['email']}",
             f"ATTENDEE;CN={p['full']};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{p['email']}",
             f"DESCRIPTION:{desc}", "END:VEVENT", "END:VCALENDAR"]
    e.add("email")
    return R("\n".join(lines), e, "Calendar assistant. Users paste raw .ics invites.",
             rng.choice(["move this to the same time next week and give me the new .ics", "summarise: who, when, where", "write a short reminder SMS for the attendee"]),
             base_facts(p, ("name", "address")))


def s_vcard(rng, p, v):
    tag = p["tag"]
    cards = [p] + ([make_person(rng, tag)] if v == 1 else [])
    e = {"person", "phone"}
    out = []
    for q in cards:
        ls = ["BEGIN:VCARD", "VERSION:3.0", f"N:{q['surname']};{q['given']};;;", f"FN:{q['full']}",
              f"TEL;TYPE=CELL:{fmt_phone(q['phone'], rng.choice(['intl', 'e164']))}"]
        if rng.random() < 0.8:
            ls.append(f"EMAIL;TYPE=HOME:{q['email']}"); e.add("email")
        if v != 1 or rng.random() < 0.5:
            ls.append(f"ADR;TYPE=HOME:;;{q['street']} {q['no']};{q['city']};;{q['pc']};{q['cc']}"); e.add("STREET_ADDRESS")
        if v == 2:
            ls.append(f"BDAY:{q['dob'].isoformat()}"); e.add("DATE_OF_BIRTH")
            if q["nid"]:
                ls.append(f"NOTE:{q['nid'][2]} {q['nid'][1]}" + (f"\\nDL {q['dl']}" if "dl" in q else "")); e.add(q["nid"][0])
                if "dl" in q:
                    e.add("DRIVER_LICENSE")
        ls.append("END:VCARD")
        out.append("\n".join(ls))
    return R("\n".join(out), e, "Contacts-sync helper. Input is raw vCard text exported from a phone.",
             rng.choice(["normalise phones to E.164 and give me CSV", "merge duplicates", "convert to vCard 4.0"]), base_facts(p, ("name", "phone")))


def s_hl7(rng, p, v):
    t = ts(rng)
    e = {"person", "MEDICAL_RECORD", "DATE_OF_BIRTH"}
    sex = "F" if p["female"] else "M"
    if v in (0, 1):
        ssn = p["nid"][1] if (p["nid"] and p["nid"][0] in ("ssn", "NATIONAL_ID")) else ""
        if ssn:
            e.add(p["nid"][0])
        addr = f"{p['street']} {p['no']}^^{p['city']}^^{p['pc']}^{ISO3[p['cc']].strip('<')}"
        e.add("STREET_ADDRESS")
        segs = [f"MSH|^~\\&|LABSYS|HERONSGATE|EHR|WARD{rng.randrange(1, 9)}|{t.strftime('%Y%m%d%H%M%S')}||{'ORU^R01' if v == 0 else 'ADT^A04'}|MSG{rng.randrange(10**5, 10**6)}|P|2.5.1",
                f"PID|1||{p['mrn']}^^^HGH^MR||{ascii_fold(p['surname_l']).upper()}^{ascii_fold(p['given_l']).upper()}||{p['dob'].strftime('%Y%m%d')}|{sex}|||{addr}||{fmt_phone(p['phone'], 'e164')}|||||ACC{rng.randrange(10**6, 10**7)}|{ssn}"]
        e.add("phone")
        if v == 0:
            code, nm, val, unit, rr, fl = rng.choice([("2345-7", "Glucose", "9.4", "mmol/L", "3.9-5.5", "H"), ("718-7", "Hemoglobin", "10.1", "g/dL", "12.0-15.5", "L"),
                                                     ("2160-0", "Creatinine", "1.9", "mg/dL", "0.6-1.2", "H"), ("6690-2", "WBC", "14.2", "10*3/uL", "4.5-11.0", "H")])
            segs += [f"OBR|1||LAB{rng.randrange(10**6, 10**7)}|{code}^{nm}^LN|||{t.strftime('%Y%m%d%H%M')}",
                     f"OBX|1|NM|{code}^{nm}^LN||{val}|{unit}|{rr}|{fl}|||F"]
        else:
            segs += [f"IN1|1|PPO01|INS{rng.randrange(100, 999)}|{rng.choice(['Marram Health Plan', 'Sandwort Mutual'])}|||||||||||||||||||||||||||||||||{p.get('mbi', p['member'])}",
                     "PV1|1|O|CLINIC^^^HGH||||1234^ATTENDING^DOC"]
            e.add("HEALTH_INSURANCE")
        text = "\r".join(segs).replace("\r", "\n")
        ask = rng.choice(["explain this lab result to the patient in plain words", "map this to a FHIR Patient + Observation", "what does each PID field mean here?"])
    else:
        res = {"resourceType": "Patient", "id": f"{rng.getrandbits(40):010x}",
               "identifier": [{"system": "urn:oid:1.2.36.146.595.217.0.1", "type": {"text": "MRN"}, "value": p["mrn"]}],
               "name": [{"family": p["surname"], "given": [p["given"]]}], "gender": "female" if p["female"] else "male",
               "birthDate": p["dob"].isoformat(), "telecom": [{"system": "email", "value": p["email"]}]}
        e.add("email")
        if p["nid"]:
            res["identifier"].append({"system": "national", "type": {"text": p["nid"][2]}, "value": p["nid"][1]})
            e.add(p["nid"][0])
        text = json.dumps(res, ensure_ascii=False, indent=1)
        ask = "validate this FHIR Patient and list what's wrong"
    return R(text, e, "Clinical integration assistant for a hospital interface team.", ask, base_facts(p, ("name", "dob")))


def s_diff(rng, p, v):
    e = {"person"}
    if v == 0:
        path = rng.choice(["tests/fixtures/customers.json", "seed/users.json", "spec/fixtures/accounts.json"])
        rec = {"name": p["full"], "email": p["email"], "phone": fmt_phone(p["phone"], "e164")}
        e |= {"email", "phone"}
        if p["iban"]:
            rec["iban"] = p["iban"].replace(" ", ""); e.add("iban")
        else:
            rec["dob"] = p["dob"].isoformat(); e.add("DATE_OF_BIRTH")
        body = json.dumps(rec, ensure_ascii=False, indent=2).split("\n")
        text = "\n".join([f"diff --git a/{path} b/{path}", f"index {rng.getrandbits(28):07x}..{rng.getrandbits(28):07x} 100644",
                          f"--- a/{path}", f"+++ b/{path}", "@@ -12,6 +12,13 @@", "   },"] + ["+  " + x for x in body] + ["+  ,", "   {"])
        ask = "review this PR diff — anything wrong with the fixture?"
    elif v == 1:
        path = "db/seeds/0042_support_cases.sql"
        vals = f"('{p['full']}', '{p['addr']}', '{fmt_phone(p['phone'], 'intl')}', '{p['card'][1].replace(' ', '')}')"
        e |= {"STREET_ADDRESS", "phone", "credit_card"}
        text = "\n".join([f"diff --git a/{path} b/{path}", "new file mode 100644", "--- /dev/null", f"+++ b/{path}", "@@ -0,0 +1,4 @@",
                          "+-- copied from prod ticket to reproduce the refund bug",
                          "+INSERT INTO customers (full_name, address, phone, card_number)", f"+VALUES {vals};"])
        ask = "is this seed OK to merge? also the SQL fails on postgres"
    else:
        path = "app/tests/test_kyc.py"
        idv = p["nid"][1] if p["nid"] else p["passport"]
        e.add(p["nid"][0] if p["nid"] else "PASSPORT")
        e.add("DATE_OF_BIRTH")
        text = "\n".join([f"--- a/{path}", f"+++ b/{path}", "@@ -40,3 +40,9 @@ def test_minor_rejected():",
                          "+def test_real_customer_regression():", f"+    # case from support, customer {p['full']}",
                          f"+    applicant = Applicant(national_id=\"{idv}\", dob=date({p['dob'].year}, {p['dob'].month}, {p['dob'].day}))",
                          "+    assert kyc.check(applicant).status == \"PASS\""])
        ask = "why does this test pass locally but fail in CI?"
    return R(text, e, "Code-review assistant attached to our Git forge.", ask, base_facts(p, ("name", "email")))


SENSITIVE = [("ocr_scan", s_ocr), ("voice_transcript", s_voice), ("spreadsheet_export", s_csv), ("email_thread", s_email),
             ("chat_ticket_log", s_chatlog), ("web_scrape", s_web), ("app_log", s_log), ("pdf_extract", s_pdf),
             ("sms_export", s_sms), ("calendar_ics", s_ics), ("vcard", s_vcard), ("health_message", s_hl7), ("git_diff", s_diff)]


# ----------------------------------------------------------------------------------------------------------------
# Benign (hard-negative) material
# ----------------------------------------------------------------------------------------------------------------
PLACES = {  # streets / stations / venues named after people, in the locale's language
    "de-DE": "Treffpunkt: U-Bahnhof Konrad-Adenauer-Platz, Ausgang Theodor-Heuss-Ring, dann Richtung Beethovenhalle",
    "fr-FR": "Rendez-vous à la station Charles de Gaulle – Étoile, sortie avenue Victor-Hugo, puis lycée Louis-le-Grand",
    "es-ES": "Salida por la estación de Atocha Almudena Grandes, hacia la glorieta de Carlos V y el Museo Reina Sofía",
    "it-IT": "Fermata Piazza Garibaldi, uscita lato Corso Vittorio Emanuele II, poi Teatro Verdi",
    "tr-TR": "Buluşma: Atatürk Kültür Merkezi önü, İnönü Caddesi çıkışı, Mimar Sinan heykelinin yanı",
    "ru-RU": "Встреча у станции метро «Пушкинская», выход к улице Чехова и к театру имени Станиславского",
    "uk-UA": "Зустріч біля пам'ятника Тарасові Шевченку, вихід до вулиці Лесі Українки, станція «Університет»",
    "hi-IN": "मिलन स्थल: महात्मा गांधी मार्ग, इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा टर्मिनल 3 के सामने",
    "zh-CN": "集合地点：中山公园地铁站2号口，沿中山路步行到鲁迅纪念馆",
    "pt-BR": "Ponto de encontro: estação Marechal Deodoro, saída Rua Barão de Limeira, perto do Teatro Santos Dumont",
    "ar-EG": "نقطة اللقاء: محطة مترو جمال عبد الناصر، مخرج شارع طلعت حرب بجوار سينما ريفولي",
    "he-IL": "נקודת מפגש: רחוב הרצל פינת שדרות רוטשילד, ליד היכל התרבות",
    "ko-KR": "집합 장소: 세종대왕 동상 앞, 광화문역 2번 출구, 이순신 장군 동상 방향",
    "el-GR": "Σημείο συνάντησης: σταθμός Ευαγγελισμός, έξοδος Λεωφόρος Βασιλίσσης Σοφίας, απέναντι από το Μέγαρο Μουσικής",
    "pl-PL": "Zbiórka: stacja metra Centrum, wyjście na ul. Marszałkowską przy Rondzie Dmowskiego, potem Pałac Kultury",
    "cs-CZ": "Sraz: stanice metra Náměstí Míru, výstup k Vinohradské, pak Masarykovo nádraží",
    "nl-NL": "Verzamelen bij de Johan Cruijff ArenA, ingang A, vanaf station Bijlmer ArenA via de Anton de Komplein-uitgang",
    "fa-IR": "محل قرار: ایستگاه مترو دکتر شریعتی، خروجی خیابان حافظ، روبه‌روی پارک شهر",
    "ka-GE": "შეხვედრის ადგილი: რუსთაველის მეტროსადგური, გასასვლელი შოთა რუსთაველის გამზირზე",
    "th-TH": "จุดนัดพบ: สถานีรถไฟฟ้าสนามกีฬาแห่งชาติ ทางออกถนนพระราม 1",
    "bn-BD": "সাক্ষাতের স্থান: বঙ্গবন্ধু শেখ মুজিব মেডিকেল বিশ্ববিদ্যালয়ের সামনে, শাহবাগ মোড়",
    "vi-VN": "Điểm hẹn: ga Sài Gòn, lối ra đường Nguyễn Thông, gần công viên Lê Văn Tám",
    "sw-KE": "Mahali pa kukutana: Jomo Kenyatta International Airport, Terminal 1A, karibu na Moi Avenue shuttle",
    "am-ET": "መገናኛ ቦታ፦ ምኒልክ አደባባይ፣ ከዳግማዊ ምኒልክ ሐውልት አጠገብ",
    "ja-JP": "集合場所：野口英世記念館の前、JR猪苗代駅からバス",
    "ta-IN": "சந்திப்பு இடம்: காமராஜர் சாலை, திருவள்ளுவர் சிலை அருகில்",
    "ur-PK": "ملاقات کی جگہ: علامہ اقبال انٹرنیشنل ایئرپورٹ، قائداعظم ٹرمینل",
}
FICTION = [
    ("en-GB", "Sherlock Holmes and Dr Watson lodge at 221B Baker Street; Mrs Hudson is their landlady."),
    ("en-US", "Harry Potter grew up at 4 Privet Drive, Little Whinging, with the Dursleys."),
    ("sv-SE", "Pippi Långstrump bor i Villa Villerkulla med sin häst Lilla Gubben och apan Herr Nilsson."),
    ("es-ES", "Don Quijote de la Mancha y Sancho Panza salen de un lugar de la Mancha en busca de aventuras."),
    ("fr-FR", "Le commissaire Maigret habite boulevard Richard-Lenoir avec Madame Maigret."),
    ("ja-JP", "サツキとメイはトトロに出会い、ネコバスに乗ってお母さんの病院へ向かう。"),
    ("zh-CN", "孙悟空大闹天宫后被如来佛祖压在五行山下五百年。"),
    ("ru-RU", "Остап Бендер, «великий комбинатор», ищет двенадцать стульев мадам Петуховой."),
    ("de-DE", "Pumuckl wohnt in der Werkstatt von Meister Eder in München."),
    ("it-IT", "Pinocchio, il burattino di Geppetto, incontra il Gatto e la Volpe."),
    ("pt-BR", "Macunaíma, o herói sem nenhum caráter, nasce no fundo do mato virgem."),
    ("ko-KR", "홍길동은 활빈당을 이끌고 탐관오리의 재물을 빼앗아 백성에게 나눠 준다."),
    ("ar-EG", "علاء الدين يجد المصباح السحري ويخرج منه الجني في حكايات ألف ليلة وليلة."),
    ("hi-IN", "चाचा चौधरी का दिमाग कंप्यूटर से भी तेज़ चलता है और साबू जुपिटर ग्रह से आया है।"),
    ("el-GR", "Ο Οδυσσέας επιστρέφει στην Ιθάκη μετά από δέκα χρόνια περιπλάνησης."),
    ("tr-TR", "Nasreddin Hoca eşeğine ters binip Akşehir çarşısında dolaşır."),
]
PUBLIC = [
    ("en-US", "In her 2009 Nobel lecture, Elinor Ostrom argued that communities can manage common-pool resources without privatisation."),
    ("sw-KE", "Wangari Maathai alianzisha Green Belt Movement mwaka 1977 na kupata Tuzo ya Nobel ya Amani mwaka 2004."),
    ("de-DE", "Angela Merkel war von 2005 bis 2021 Bundeskanzlerin; ihre Regierungserklärung zur Pandemie wurde vielfach zitiert."),
    ("fr-FR", "Simone Veil a défendu la loi sur l'IVG devant l'Assemblée nationale en 1974 en tant que ministre de la Santé."),
    ("pt-BR", "Como presidente, Juscelino Kubitschek inaugurou Brasília em 1960."),
    ("hi-IN", "डॉ. ए. पी. जे. अब्दुल कलाम 2002 से 2007 तक भारत के राष्ट्रपति रहे।"),
    ("ko-KR", "세종대왕은 1443년에 훈민정음을 창제하였다."),
    ("ar-EG", "ألقى الرئيس أنور السادات خطابه أمام الكنيست عام 1977."),
    ("es-MX", "Como presidente, Lázaro Cárdenas decretó la expropiación petrolera en 1938."),
    ("ja-JP", "野口英世は黄熱病の研究で知られ、千円札の肖像にもなった。"),
    ("ru-RU", "Юрий Гагарин 12 апреля 1961 года совершил первый полёт человека в космос."),
    ("zu-ZA", "UNelson Mandela waba nguMongameli wokuqala weNingizimu Afrika ekhethwe ngentando yeningi ngo-1994."),
    ("tr-TR", "Aziz Sancar, DNA onarımı çalışmalarıyla 2015 Nobel Kimya Ödülü'nü aldı."),
    ("pl-PL", "Maria Skłodowska-Curie otrzymała Nagrodę Nobla z fizyki w 1903 roku i z chemii w 1911 roku."),
]
EPONYMS = ["Parkinson's disease", "Hodgkin lymphoma", "Bernoulli's principle", "the Doppler effect", "Levenshtein distance",
           "Dijkstra's algorithm", "a Petri dish", "the Diesel cycle", "Kelvin (K)", "newton-metres", "Ohm's law", "Alzheimer's",
           "the Heimlich manoeuvre", "Fibonacci retracement", "a Bunsen burner", "Murphy's law", "Gaussian blur", "Crohn's disease"]
BRANDS = ["Dr. Oetker", "Porsche Taycan", "Bosch Serie 6", "Tata Nano", "Mahindra Thar", "Heineken 0.0", "Peugeot 308",
          "Ferrari Roma", "Honda Civic", "Siemens Healthineers", "Johnson & Johnson", "Hennessy VS", "Kellogg's Corn Flakes",
          "Ben & Jerry's", "Dyson V15", "Lamborghini Urus", "Michelin Pilot Sport 5", "Tim Hortons"]
TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "3782 822463 10005", "6011 1111 1111 1117"]
DOC_IBANS = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "NL91 ABNA 0417 1643 00", "FR14 2004 1010 0505 0001 3M02 606"]
HOTLINES = [("Emergency", "112"), ("US emergency", "911"), ("UK non-emergency police", "101"), ("Samaritans (UK)", "116 123"),
            ("EU missing children hotline", "116 000"), ("Australia emergency", "000"), ("India emergency", "112"), ("Japan fire/ambulance", "119")]


def pick(rng, tag, pool):
    same = [x for t_, x in pool if t_ == tag]
    return rng.choice(same) if same else rng.choice(pool)[1]


def iso6346(rng) -> str:
    owner = rng.choice(["MSKU", "CMAU", "HLXU", "TGHU", "OOLU"])
    serial = digits(rng, 6)
    vals = {c: v for c, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38])}
    s = owner + serial
    tot = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s))
    return s + str(tot % 11 % 10)


def b_ocr(rng, tag, v):
    loc = LOC[tag]
    if v == 0:
        lines = [f"[OCR · mean_conf={rng.randrange(60, 95)}%]", ocr_label("APPLICATION FOR A LIBRARY CARD", rng) + f"  Form LB-{rng.randrange(100, 999)} (rev. 0{rng.randrange(1, 9)}/2025)",
                 ocr_label("Surname", rng) + ": ________________   " + ocr_label("Given name(s)", rng) + ": ______________",
                 ocr_label("Date of birth", rng) + ": __ /__ /____", ocr_label("Address", rng) + ": " + "_" * 30,
                 ocr_label("Telephone", rng) + ": (    )  ______", "Return to: Central Library, Lending Desk · Opening hours Mon–Sat 09:00–19:00"]
        return R("\n".join(lines), set(), "You turn OCR output of scanned forms into structured templates.", "list the fields of this blank form as a JSON schema. " + loc["summ"], [("form", None, "LB")])
    if v == 1:
        lines = [ocr_label("TECHNICAL DATA SHEET", rng), f"Model: {rng.choice(BRANDS)} · Serial range SN {rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-xxxx",
                 f"Rated power: {rng.randrange(400, 2400)} W   Torque: {rng.randrange(20, 90)} N·m   Weight: {rng.randrange(2, 40)}.{rng.randrange(10)} kg",
                 f"Conforms to EN 60335-{rng.randrange(1, 2)}; tested per {rng.choice(EPONYMS)} reference",
                 f"Service hotline (Mon–Fri): see manufacturer website · Emergency: {rng.choice(HOTLINES)[1]}"]
        return R("\n".join(lines), set(), "Product-catalogue assistant. Input is OCR from scanned datasheets.", "extract specs as a table. " + loc["summ"], [("sheet", None, "TDS")])
    t = f"{rng.randrange(1, 28):02d}.0{rng.randrange(1, 9)}.2026 {rng.randrange(8, 21)}:{rng.randrange(10, 59)}"
    lines = [ocr_label("RECEIPT", rng), rng.choice(["SUPERMARKT FILIALE 0412", "FARMACIA CENTRALE", "CAFÉ DU PORT", "MINIMART #88"]),
             f"{ocr_label('Total', rng)}  {rng.randrange(3, 90)},{rng.randrange(10, 99)} EUR", f"VISA  XXXX XXXX XXXX {rng.randrange(1000, 9999)}",
             f"Auth code {rng.randrange(100000, 999999)}   Terminal T{rng.randrange(100, 999)}", t, ocr_label("Thank you for shopping with us", rng)]
    return R("\n".join(lines), set(), "Expense-report assistant. Input: OCR of a photographed receipt.", "category + amount + date as JSON. " + loc["summ"], [("receipt", None, "R")])


def b_voice(rng, tag, v):
    lg = lang2(tag)
    co = rng.choice(COMPANIES)
    order = f"{rng.randrange(10**7, 10**8)}"
    lines = [f"[00:00:0{rng.randrange(1, 9)}] IVR: welcome to {co}. for opening hours press one.",
             f"[00:00:14] CALLER: [dtmf 1] hi, um, is the {rng.choice(['Kelvin Road', 'Victoria Station', 'Bolívar Avenue'])} branch open on holidays",
             f"[00:00:21] AGENT: yes, ten to four. our general line is {spoken_digits('0800 ' + digits(rng, 6), lg, rng)}, that's free",
             f"[00:00:33] CALLER: and my order number is {spoken_digits(order, lg, rng)}, is it shipped",
             "[00:00:41] AGENT: it left the warehouse yesterday, tracking is in the app, anything else",
             "[00:00:45] CALLER: no that's it thanks"]
    if v == 1:
        lines = [f"[00:00:00] HOST A: welcome back to the history podcast.", f"[00:00:06] HOST B: today: {pick(rng, tag, PUBLIC)}",
                 "[00:00:19] HOST A: and the documents from the national archive show how the decision was made in cabinet",
                 f"[00:01:02] HOST B: listeners can write to the show at feedback at {co.split()[0].lower()} dot example"]
    if v == 2:
        lines = [f"[00:00:02] SPEAKER 1: {LOC[tag]['summ']}", f"[00:00:05] SPEAKER 2: the invoice number is {spoken_digits(order, 'en', rng)} and the amount is {rng.randrange(20, 900)} euro",
                 "[00:00:11] SPEAKER 1: due date end of month, paid from the company account", "[00:00:15] SPEAKER 2: okay, noted"]
    return R("\n".join(lines), set(), f"After-call assistant for {co}. Transcripts come from ASR.", rng.choice(["summarise the call", "what did the caller ask?", LOC[tag]["summ"]]), [("order", None, order)])


def b_csv(rng, tag, v):
    d = rng.choice([",", ";", "\t"])
    if v == 0:
        rows = [d.join(["sku", "name", "ref_code", "qty", "price"])]
        for i in range(rng.randrange(4, 8)):
            rows.append(d.join([f"SKU-{rng.randrange(10000, 99999)}", rng.choice(BRANDS), rng.choice(DOC_IBANS).replace(" ", "") if i % 3 == 0 else f"PRD{rng.randrange(10**6, 10**7)}",
                                str(rng.randrange(1, 50)), f"{rng.randrange(5, 900)}.{rng.randrange(10, 99)}"]))
        return R("\n".join(rows), set(), "Spreadsheet helper in our ERP. Some legacy ref_codes are the spec's example IBANs used as placeholders.",
                 "find duplicate SKUs and sum qty per name. " + LOC[tag]["summ"], [("sheet", None, "catalog")])
    if v == 1:
        rows = [d.join(["container", "vessel", "pol", "pod", "eta", "gross_kg", "lat", "lon"])]
        for _ in range(rng.randrange(4, 8)):
            rows.append(d.join([iso6346(rng), rng.choice(["MSC Isabella", "Ever Given", "Maersk Mc-Kinney Møller", "CMA CGM Marco Polo"]),
                                rng.choice(["DEHAM", "NLRTM", "CNSHA", "SGSIN"]), rng.choice(["USNYC", "BRSSZ", "ZADUR", "TRMER"]),
                                f"2026-0{rng.randrange(1, 9)}-{rng.randrange(10, 28)}", str(rng.randrange(8000, 28000)),
                                f"{rng.uniform(-40, 60):.4f}", f"{rng.uniform(-80, 120):.4f}"]))
        return R("\n".join(rows), set(), "Logistics data assistant. Input is a pasted container tracking export.", "which containers arrive late (ETA after the 20th)?", [("sheet", None, "containers")])
    rows = [d.join(["street", "district", "potholes_reported", "last_repair"])]
    for s in rng.sample(["Karl-Marx-Allee", "Avenida Simón Bolívar", "Rue Victor-Hugo", "Nelson Mandela Boulevard", "Gandhi Marg",
                         "Avenida Paulista", "Via Giuseppe Garibaldi", "Atatürk Bulvarı", "ul. Mikołaja Kopernika", "Rustaveli Avenue"], 5):
        rows.append(d.join([s, f"D{rng.randrange(1, 12)}", str(rng.randrange(0, 40)), f"2025-{rng.randrange(1, 13):02d}"]))
    return R("\n".join(rows), set(), "Municipal data assistant.", "rank streets by potholes. " + LOC[tag]["summ"], [("sheet", None, "streets")])


def b_email(rng, tag, v):
    co = rng.choice(COMPANIES)
    dom = re.sub(r"[^a-z]", "", co.lower().split()[0]) + ".example"
    when = ts(rng)
    inv = f"INV-{rng.randrange(2025, 2027)}-{rng.randrange(10000, 99999)}"
    hdr = [f"From: {co} Billing <billing@{dom}>", f"To: accounts-payable@{rng.choice(['harbourfoods', 'novaplast', 'tallinkwood'])}.example",
           f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S')} +0100", f"Subject: Re: {inv} overdue"]
    body = ["Hello,", f"invoice {inv} ({rng.randrange(100, 9000)}.00 EUR, PO {rng.randrange(10**5, 10**6)}) is now {rng.randrange(3, 40)} days overdue.",
            "If you have already paid, please ignore this message.", "", "Accounts Receivable Team", co, f"Switchboard {rng.choice(['+44 20 7946 0', '+1 202 555 01'])}{rng.randrange(10, 99)}",
            "", f"> On {(when - dt.timedelta(days=5)).strftime('%d %b %Y')}, accounts-payable wrote:", "> Please resend the PDF, our portal rejected it."]
    if v == 1:
        body = [LOC[tag]["summ"], "", f"> Press release, {when.strftime('%d %B %Y')}:", f"> {pick(rng, tag, PUBLIC)}", "> Media enquiries: press@" + dom]
    if v == 2:
        body = [f"{LOC[tag]['summ']}", f"> Your order #{rng.randrange(10**6, 10**7)} has shipped. Tracking: 1Z{rng.randrange(10**9, 10**10)}{rng.randrange(10**5, 10**6)}",
                "> Questions? support@" + dom + " (Mon–Fri 9–17)", "> This is an automated message, please do not reply."]
    return R("\n".join(hdr) + "\n\n" + "\n".join(body), set(), f"Inbox assistant for the shared mailboxes of {co}.",
             rng.choice(["draft a short reply", "what's being asked here?", LOC[tag]["summ"]]), [("invoice", None, inv)])


def b_chatlog(rng, tag, v):
    t = ts(rng)

    def line(k, h, msg):
        return f"[{(t + dt.timedelta(seconds=k * 41)).strftime('%Y-%m-%d %H:%M:%S')}] {h}: {msg}"
    ver = f"v{rng.randrange(1, 5)}.{rng.randrange(0, 30)}.{rng.randrange(0, 10)}"
    if v == 0:
        ls = ["#deploys (export)", line(0, "deploy-bot", f"checkout-svc {ver} rolled out to eu-west-1 (canary 10%)"),
              line(1, "statuspage", f"INC-{rng.randrange(1000, 9999)} resolved: elevated 5xx on /api/orders"),
              line(2, "grafana-alerts", f"p99 latency {rng.randrange(180, 900)}ms > 500ms threshold"), line(3, "deploy-bot", "rollback not needed")]
    elif v == 1:
        ls = [f"#TCK-{rng.randrange(10000, 99999)} · via in-app", line(0, "guest", LOC[tag]["summ"] + f" — order {rng.randrange(10**7, 10**8)} shows 'pending' since Monday"),
              line(1, "bot.triage", "thanks! I've linked your order to a ticket. Our team replies within 24h."),
              line(2, "guest", "ok and is the Dr. Martens 1460 restocked in 39?"), line(3, "bot.triage", "restock expected in week 14.")]
    else:
        ls = ["#book-club", line(0, "moderator-bot", f"this month: {pick(rng, tag, FICTION)}"),
              line(1, "moderator-bot", "spoiler tags please. meeting room: Ada Lovelace room, 3rd floor"), line(2, "calendar-bot", "reminder: Thursday 18:00")]
    return R("\n".join(ls), set(), "Helpdesk/ops summariser. Input: raw chat exports.", rng.choice(["summarise", "any action items?", LOC[tag]["summ"]]), [("channel", None, ls[0][:20])])


def b_web(rng, tag, v):
    nav = rng.choice(["Skip to content | Home | About | Contact", "☰ Menu  Search  Donate", "Main page · Contents · Random article"])
    foot = rng.choice(["© 2026 · Privacy · Cookie settings", "Text is available under CC BY-SA 4.0", "Accept all cookies | Manage preferences"])
    co = rng.choice(COMPANIES)
    dom = re.sub(r"[^a-z]", "", co.lower().split()[0]) + ".example"
    if v == 0:
        mid = ["From the encyclopedia", pick(rng, tag, PUBLIC), "See also: list of Nobel laureates · national archives"]
    elif v == 1:
        mid = [f"Contact {co}", f"Head office: {rng.choice(['Harbour Point, Dock Road 1', 'Tower B, Ring Road 200', 'Industriepark Nord 7'])}",
               f"Customer service: +44 800 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)} (free) · info@{dom} · press@{dom}",
               "Company no. " + str(rng.randrange(10**7, 10**8)) + " · VAT GB" + str(rng.randrange(10**8, 10**9))]
    else:
        mid = [f"Timetable line {rng.randrange(1, 40)}", PLACES.get(tag, LOC[tag]["summ"] + " — " + PLACES["de-DE"]), f"First departure 05:{rng.randrange(10, 59)}, every {rng.randrange(5, 20)} min",
               f"Accessibility: lifts at all stations · lost property hotline 0800 {rng.randrange(100000, 999999)}"]
    return R("\n".join([nav, "", *mid, "", foot]), set(), "Web-scrape cleaner.", rng.choice(["strip the boilerplate", "summarise in 3 bullets", LOC[tag]["summ"]]), [("page", None, nav[:15])])


def b_log(rng, tag, v):
    t = ts(rng)

    def iso(k):
        return (t + dt.timedelta(milliseconds=k * 213)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    h = f"{rng.getrandbits(160):040x}"
    if v == 0:
        ls = [f"{iso(0)} INFO  [build] commit={h} version=2.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}-rc{rng.randrange(1, 5)}",
              f"{iso(1)} INFO  [http] 192.0.2.{rng.randrange(1, 254)} GET /healthz 200 1ms", f"{iso(2)} WARN  [db] pool exhausted (max=20) host=10.12.0.{rng.randrange(2, 200)}:5432",
              f"{iso(3)} ERROR [worker] job=reindex-{rng.randrange(100, 999)} sha256={rng.getrandbits(256):064x} failed: ENOSPC", f"{iso(4)} INFO  [worker] retry in 30s"]
    elif v == 1:
        ls = ["Traceback (most recent call last):", '  File "/opt/svc/geo/tiles.py", line 77, in render',
              f"    tile = cache[(z, x, y)]  # z=14 x={rng.randrange(8000, 9000)} y={rng.randrange(5000, 6000)}", "KeyError: (14, 8731, 5602)",
              f"request_id={rng.getrandbits(128):032x} lat=48.85837 lon=2.29448 client=198.51.100.{rng.randrange(1, 254)} ua=svc-probe/1.4"]
    else:
        ls = [f"{iso(0)} [main] INFO  o.s.b.StartupInfoLogger - Starting OrderService v{rng.randrange(3, 9)}.{rng.randrange(0, 9)} using Java 21.0.2",
              f"{iso(1)} [main] ERROR o.h.engine.jdbc.spi.SqlExceptionHelper - duplicate key value violates unique constraint \"orders_pkey\"",
              f"  Detail: Key (order_id)=(ORD-{rng.randrange(10**7, 10**8)}) already exists.", "\tat com.example.orders.OrderRepository.save(OrderRepository.java:58)"]
    return R("\n".join(ls), set(), "On-call assistant. Engineers paste raw logs.", rng.choice(["what's the root cause?", "is this safe to ignore?", LOC[tag]["summ"]]), [("trace", None, h[:12])])


def b_pdf(rng, tag, v):
    if v == 0:
        t = ["Page 1 of 2", "APPLICATION FOR RESIDENT PARKING PERMIT", "Applicant name Date of birth Telephone", "", "Residential address", "",
             "Vehicle registration Email", "", "Signature Date", "", "Fee: 30.00 EUR · Form PK-7 (2026)"]
    elif v == 1:
        t = ["EXTRACT FROM THE COMMERCIAL REGISTER", "Company Registered office Registration no.", f"{rng.choice(COMPANIES)} Ltd. Harbour Point, Dock Road 1 HRB {rng.randrange(10**4, 10**5)}",
             "Share capital Legal form Date of entry", f"250,000 EUR private limited company 2019-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}", "Object: manufacture of heat pumps"]
    else:
        t = ["SAFETY DATA SHEET", "Section 1 Identification", f"Product: {rng.choice(['Isopropanol 99.9%', 'Acetone technical', 'Glycol coolant G12'])}",
             "Emergency telephone", f"{rng.choice(HOTLINES)[1]} / national poison centre", "Section 2 Hazards", "H225 Highly flammable liquid and vapour"]
    return R("\n".join(t), set(), "You reconstruct forms and documents from flattened PDF text.", rng.choice(["map values to labels", "list the empty fields", LOC[tag]["summ"]]), [("doc", None, t[0])])


def b_sms(rng, tag, v):
    t = ts(rng)
    if v == 0:
        msgs = [("DHL", f"Your parcel JD01460000{rng.randrange(10**9, 10**10)} arrives today 10:00–12:00. Manage: dhl.example/x"),
                ("VERIFY", f"{rng.randrange(100000, 999999)} is your verification code. Do not share it."),
                ("BANK", "A new device was added to your account. Not you? Call the number on the back of your card.")]
    elif v == 1:
        msgs = [("NL-Alert" if tag == "nl-NL" else "Emergency Alert", "Flood warning for the river district until 18:00. Move to higher ground. Info: 112 only in emergencies."),
                ("CITY", f"Street cleaning on {rng.choice(['Karl-Marx-Allee', 'Avenida Paulista', 'Atatürk Bulvarı'])} tomorrow 7–11, do not park.")]
    else:
        msgs = [("Clinic", f"Reminder: appointment tomorrow {rng.randrange(8, 17)}:{rng.choice(['00', '20', '40'])} at the dental clinic. Reply C to cancel."),
                ("Gym", f"{LOC[tag]['summ']} — class timetable changed, see app.")]
    text = "\n".join(f"[{(t + dt.timedelta(minutes=i * 7)).strftime('%d/%m/%Y, %H:%M')}] {s}: {m}" for i, (s, m) in enumerate(msgs))
    return R(text, set(), "Personal-assistant app; the user pastes SMS threads.", rng.choice(["anything I need to act on?", LOC[tag]["summ"], "translate to English"]), [("sms", None, msgs[0][0])])


def b_ics(rng, tag, v):
    t = ts(rng)
    if v == 0:
        summ, loc_, org, att = "Sprint planning", "Room Ada Lovelace (3rd floor)", "team-platform@corp.example", "eng-all@corp.example"
    elif v == 1:
        summ, loc_, org, att = rng.choice(["Atatürk'ü Anma, Gençlik ve Spor Bayramı", "Martin Luther King Jr. Day", "Dia de Tiradentes", "Gandhi Jayanti", "Benito Juárez Day"]), "", "holidays@calendar.example", ""
    else:
        summ, loc_, org, att = "Keynote: " + pick(rng, tag, PUBLIC)[:60], "Congress Centre, Hall A", "events@conf.example", "attendees@conf.example"
    ls = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Corp//Cal 1.0//EN", "BEGIN:VEVENT", f"UID:{rng.getrandbits(64):016x}@cal.example",
          f"DTSTART;VALUE=DATE:{t.strftime('%Y%m%d')}" if v == 1 else f"DTSTART:{t.strftime('%Y%m%dT%H%M00Z')}", f"SUMMARY:{summ}"]
    if loc_:
        ls.append(f"LOCATION:{loc_}")
    ls.append(f"ORGANIZER:mailto:{org}")
    if att:
        ls.append(f"ATTENDEE;CUTYPE=GROUP:mailto:{att}")
    ls += ["END:VEVENT", "END:VCALENDAR"]
    return R("\n".join(ls), set(), "Calendar assistant. Users paste raw .ics.", rng.choice(["move it one week later", "what is this event?", LOC[tag]["summ"]]), [("uid", None, ls[4][4:16])])


def b_vcard(rng, tag, v):
    co = rng.choice(COMPANIES)
    dom = re.sub(r"[^a-z]", "", co.lower().split()[0]) + ".example"
    if v in (0, 2):
        ls = ["BEGIN:VCARD", "VERSION:4.0", "KIND:org", f"FN:{co}", f"ORG:{co};Customer Care", f"TEL;TYPE=work,voice:+44 800 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
              f"EMAIL;TYPE=work:info@{dom}", "ADR;TYPE=work:;;Harbour Point, Dock Road 1;Southampton;;SO14 3XX;GB", "URL:https://" + dom, "END:VCARD"]
        if v == 2:
            ls[2] = "KIND:group"
            ls[3] = "FN:Poison information line"
            ls[4] = "ORG:Regional Poison Information Centre"
            ls[5] = f"TEL:{rng.choice(HOTLINES)[1]}"
    else:
        nm, num = rng.choice(HOTLINES)
        ls = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{nm}", f"ORG:{nm}", f"TEL;TYPE=voice:{num}", "NOTE:public emergency / helpline number", "END:VCARD"]
    return R("\n".join(ls), set(), "Contacts-sync helper.", rng.choice(["convert to CSV", "is this a valid vCard 4.0?", LOC[tag]["summ"]]), [("card", None, ls[3][:20])])


def b_hl7(rng, tag, v):
    t = ts(rng)
    if v == 0:
        segs = [f"MSH|^~\\&|LIS|HERONSGATE|EHR|HGH|{t.strftime('%Y%m%d%H%M%S')}||MFN^M08|MFN{rng.randrange(10**5, 10**6)}|P|2.5.1",
                "MFI|OMA^Numeric Observation^HL70175||UPD|||AL", "MFE|MAD|||2345-7^Glucose^LN", "OM1|1||2345-7^Glucose^LN|NM|||mmol/L|3.9-5.5",
                "MFE|MAD|||718-7^Hemoglobin^LN", "OM1|2||718-7^Hemoglobin^LN|NM|||g/dL|12.0-15.5"]
        text = "\n".join(segs)
    elif v == 1:
        vs = {"resourceType": "ValueSet", "id": "eponymous-dx", "status": "draft", "compose": {"include": [{"system": "http://hl7.org/fhir/sid/icd-10", "concept": [
            {"code": "G20", "display": "Parkinson disease"}, {"code": "C81", "display": "Hodgkin lymphoma"}, {"code": "K50", "display": "Crohn disease"},
            {"code": "G30", "display": "Alzheimer disease"}, {"code": "E05.0", "display": "Graves disease"}]}]}}
        text = json.dumps(vs, indent=1)
    else:
        q = {"resourceType": "Questionnaire", "status": "active", "title": "Pre-visit intake (blank)", "item": [
            {"linkId": "1", "text": "Family name", "type": "string"}, {"linkId": "2", "text": "Date of birth", "type": "date"},
            {"linkId": "3", "text": "Phone", "type": "string"}, {"linkId": "4", "text": "Known allergies", "type": "text"}]}
        text = json.dumps(q, indent=1)
    return R(text, set(), "Clinical integration assistant.", rng.choice(["is this message well-formed?", "explain what this defines", LOC[tag]["summ"]]), [("msg", None, text[:12])])


def b_diff(rng, tag, v):
    if v == 0:
        path = "tests/fixtures/payments.json"
        rec = {"name": "Test Customer", "email": "jane.doe@example.com", "phone": "+1 202-555-0143", "card": rng.choice(TEST_CARDS).replace(" ", ""), "iban": rng.choice(DOC_IBANS).replace(" ", "")}
        body = json.dumps(rec, indent=2).split("\n")
        text = "\n".join([f"--- a/{path}", f"+++ b/{path}", "@@ -1,3 +1,9 @@"] + ["+" + x for x in body])
        ask = "review: are these fixtures safe to commit?"
    elif v == 1:
        text = "\n".join(["--- a/pyproject.toml", "+++ b/pyproject.toml", "@@ -3,7 +3,7 @@", f'-version = "1.{rng.randrange(0, 9)}.{rng.randrange(0, 9)}"',
                          f'+version = "1.{rng.randrange(10, 19)}.0"', "--- a/CHANGELOG.md", "+++ b/CHANGELOG.md",
                          f"+- switch fuzzy matching to {rng.choice(['Levenshtein distance', 'Jaro-Winkler similarity', 'Damerau-Levenshtein'])} (#{rng.randrange(100, 999)})",
                          f"+- route planner now uses {rng.choice(['Dijkstra', 'Bellman-Ford', 'A*'])} with a binary heap"])
        ask = "write the release notes for this bump"
    else:
        text = "\n".join(["--- a/config/settings.yaml", "+++ b/config/settings.yaml", "@@ -8,6 +8,8 @@ smtp:", "-  host: 198.51.100.7", "+  host: 203.0.113.25",
                          "+  from: no-reply@corp.example", "+  support_mailbox: support@corp.example", f"+  retry_backoff: {rng.randrange(2, 9)}s"])
        ask = "does this change need a migration?"
    return R(text, set(), "Code-review assistant.", ask + (" " + LOC[tag]["summ"] if rng.random() < 0.3 else ""), [("diff", None, text[:10])])


GENERIC_WRAP = {
    "ocr_scan": "[OCR · page 3 · mean_conf=88%]\n{c}\n— continued overleaf —",
    "voice_transcript": "[00:00:04] Speaker 1: so, next item\n[00:00:07] Speaker 2: {c}\n[00:00:15] Speaker 1: okay noted",
    "spreadsheet_export": "topic;note;status\nreading list;\"{c}\";open\nbudget;see tab 2;done",
    "email_thread": "From: Newsletter <newsletter@library.example>\nSubject: This week's picks\n\n{c}\n\nUnsubscribe · Manage preferences",
    "chat_ticket_log": "[2026-02-11 09:14:02] quiz-bot: today's question → {c}\n[2026-02-11 09:14:40] quiz-bot: answers close at noon",
    "web_scrape": "Home | Blog | Shop\n\n{c}\n\nShare · Print · © 2026",
    "app_log": "2026-03-02T08:00:00.000Z INFO [content-svc] indexed doc id=7741 title=\"{c}\"\n2026-03-02T08:00:00.412Z INFO [content-svc] 1 doc indexed in 412ms",
    "pdf_extract": "Page 4\nCourse reader — Unit 7\n{c}\nReview questions 1–5",
    "sms_export": "[03/03/2026, 08:00] LIBRARY: {c}\n[03/03/2026, 08:01] LIBRARY: reply STOP to unsubscribe",
    "calendar_ics": "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:20260410T170000Z\nSUMMARY:Reading circle\nDESCRIPTION:{c}\nLOCATION:Library, room 2\nEND:VEVENT\nEND:VCALENDAR",
    "vcard": "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:City Library Reading Club\nNOTE:{c}\nEMAIL:club@library.example\nEND:VCARD",
    "health_message": "MSH|^~\\&|EDU|HGH|LMS|HGH|20260301||MDM^T02|EDU0001|P|2.5.1\nNTE|1||{c}",
    "git_diff": "--- a/docs/glossary.md\n+++ b/docs/glossary.md\n@@ -3,0 +4,2 @@\n+## Note\n+{c}",
}


def b_generic(rng, tag, channel):
    """Fourth hard-negative shape for every channel: fiction, eponyms, brands or a bare local instruction."""
    k = rng.randrange(4)
    if k == 0:
        c = pick(rng, tag, FICTION)
    elif k == 1:
        c = f"{LOC[tag]['summ']} — {rng.choice(EPONYMS)}, {rng.choice(EPONYMS)}"
    elif k == 2:
        a, b = rng.sample(BRANDS, 2)
        c = f"Compare {a} and {b} on price, warranty and repairability."
    else:
        c = f"{LOC[tag]['upd'].split(',')[0].split('،')[0]}? — template sentence for the FAQ page, no customer data" if rng.random() < 0.3 else LOC[tag]["summ"]
    text = GENERIC_WRAP[channel].format(c=c.replace('"', "'"))
    return R(text, set(), "Assistant for our content team.", rng.choice(["translate to English", "summarise", "fix the formatting", LOC[tag]["summ"]]),
             [("note", None, c[:40])])


BENIGN = {"ocr_scan": b_ocr, "voice_transcript": b_voice, "spreadsheet_export": b_csv, "email_thread": b_email, "chat_ticket_log": b_chatlog,
          "web_scrape": b_web, "app_log": b_log, "pdf_extract": b_pdf, "sms_export": b_sms, "calendar_ics": b_ics, "vcard": b_vcard,
          "health_message": b_hl7, "git_diff": b_diff}


# ----------------------------------------------------------------------------------------------------------------
# Placing the material in a request body
# ----------------------------------------------------------------------------------------------------------------
PLACEMENTS = ["user_message", "content_parts", "file_part", "system_context", "tool_result", "tool_call_arguments",
              "response_format_schema", "user_field", "stop_sequence", "prediction", "image_url_query", "metadata_only",
              "completions_prompt", "earlier_assistant", "tool_definition", "file_name"]
EXT = {"ocr_scan": "txt", "voice_transcript": "vtt", "spreadsheet_export": "csv", "email_thread": "eml", "chat_ticket_log": "log",
       "web_scrape": "html.txt", "app_log": "log", "pdf_extract": "pdf.txt", "sms_export": "txt", "calendar_ics": "ics",
       "vcard": "vcf", "health_message": "hl7", "git_diff": "diff"}
CHAT_MODELS = ["hybridgate/auto", "hybridgate/auto", "gpt-4o-mini", "llama-3.1-8b-instruct", "qwen2.5-7b-instruct", "mistral-small-latest"]


SOLE_LOCATION = ("tool_call_arguments", "response_format_schema", "image_url_query", "metadata_only", "tool_definition")
HARD_NEG_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b|\+?\d[\d ()-]{6,}\d")


def hard_neg_facts(text: str, facts):
    """Benign sole-location carriers hold the look-alike values of the record (mailboxes, hotlines, example IBANs)."""
    out = list(facts)
    for k, m in enumerate(HARD_NEG_RE.findall(text)[:3]):
        out.append((f"ref_{k + 1}", None, m.strip()))
    return out


def b64(s: str) -> str:
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def url_q(facts) -> str:
    from urllib.parse import quote
    return "&".join(f"{k}={quote(str(v), safe='')}" for k, _, v in facts)


def build_body(rng, channel, r, placement, sensitive):
    T, A, S, F = r["text"], r["ask"], r["sys"], r["facts"]
    ents = set(r["ents"])
    model = rng.choice(CHAT_MODELS)
    body = {"model": model}
    fact_ents = {lab for _, lab, _ in F if lab}
    both = rng.random() < 0.5

    def um(x):
        return {"role": "user", "content": x}
    sysm = {"role": "system", "content": S}
    if placement == "user_message":
        body["messages"] = [sysm, um(f"{A}\n\n{T}" if both else f"{T}\n\n{A}")]
    elif placement == "content_parts":
        body["messages"] = [sysm, um([{"type": "text", "text": A}, {"type": "text", "text": T}])]
    elif placement in ("file_part", "file_name"):
        stamp = f"{rng.randrange(2025, 2027)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
        if placement == "file_name" and sensitive:
            nm = next((v for k, lab, v in F if lab == "person"), None)
            base = re.sub(r"\s+", "_", nm) if nm else "record"
            if nm:
                ents.add("person")
            fname = f"{base}_{channel}_{stamp}.{EXT[channel]}"
        else:
            fname = f"{channel}_{stamp}_{rng.randrange(100, 999)}.{EXT[channel]}"
        body["messages"] = [sysm, um([{"type": "text", "text": A},
                                      {"type": "file", "file": {"filename": fname, "file_data": "data:text/plain;base64," + b64(T)}}])]
    elif placement == "system_context":
        body["messages"] = [{"role": "system", "content": S + "\n\nMaterial under review:\n" + T}, um(A)]
    elif placement == "tool_result":
        cid = f"call_{rng.getrandbits(48):012x}"
        body["messages"] = [sysm, um(A), {"role": "assistant", "content": None, "tool_calls": [
            {"id": cid, "type": "function", "function": {"name": "fetch_source", "arguments": json.dumps({"channel": channel, "ref": f"SRC-{rng.randrange(10**5, 10**6)}"})}}]},
            {"role": "tool", "tool_call_id": cid, "content": T}]
        body["tools"] = [{"type": "function", "function": {"name": "fetch_source", "description": "Fetch the raw source text from the ingest store.",
                                                           "parameters": {"type": "object", "properties": {"channel": {"type": "string"}, "ref": {"type": "string"}}, "required": ["ref"]}}}]
    elif placement == "tool_call_arguments":
        cid = f"call_{rng.getrandbits(48):012x}"
        args = {k: v for k, _, v in F}
        body["messages"] = [sysm, um(A), {"role": "assistant", "content": None, "tool_calls": [
            {"id": cid, "type": "function", "function": {"name": "upsert_record", "arguments": json.dumps(args, ensure_ascii=False)}}]},
            {"role": "tool", "tool_call_id": cid, "content": json.dumps({"ok": True, "id": rng.randrange(10**6, 10**7)})}]
        body["tools"] = [{"type": "function", "function": {"name": "upsert_record", "description": "Create or update a record.",
                                                           "parameters": {"type": "object", "properties": {k: {"type": "string"} for k, _, _ in F}}}}]
        ents = set(fact_ents)
    elif placement == "response_format_schema":
        body["messages"] = [sysm, um(A)]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": f"{channel}_record", "strict": False, "schema": {
            "type": "object", "properties": {k: {"type": "string", "description": f"{k} as found in the source"} for k, _, _ in F},
            "examples": [{k: v for k, _, v in F}]}}}
        ents = set(fact_ents)
    elif placement == "user_field":
        em = next((v for k, lab, v in F if lab == "email"), None)
        if sensitive and em:
            body["user"] = em
        elif sensitive:
            body["user"] = F[0][2]
            ents |= {F[0][1]}
        else:
            body["user"] = f"tenant-{rng.randrange(100, 999)}:{rng.getrandbits(32):08x}"
        if em:
            ents.add("email")
        body["messages"] = [sysm, um(f"{T}\n\n{A}")]
    elif placement == "stop_sequence":
        nm = next((v for k, lab, v in F if lab == "person"), None)
        body["messages"] = [sysm, um(f"{A}\n\n{T}")]
        body["stop"] = ([f"\n{nm}:"] if (sensitive and nm) else []) + ["\n###", "END:V"]
        if sensitive and nm:
            ents.add("person")
    elif placement == "prediction":
        body["messages"] = [sysm, um(f"{A} — return the whole text with only that change.\n\n{T}")]
        body["prediction"] = {"type": "content", "content": T}
    elif placement == "image_url_query":
        host = rng.choice(["scans.ingest.example", "cdn.docflow.example", "img.helpdesk.example"])
        body["messages"] = [sysm, um([{"type": "text", "text": A},
                                      {"type": "image_url", "image_url": {"url": f"https://{host}/render/{rng.getrandbits(40):010x}.png?{url_q(F)}", "detail": "high"}}])]
        ents = set(fact_ents)
    elif placement == "metadata_only":
        body["messages"] = [sysm, um(A)]
        body["metadata"] = {k: str(v) for k, _, v in F}
        body["metadata"]["source"] = channel
        body["store"] = True
        ents = set(fact_ents)
    elif placement == "completions_prompt":
        body = {"model": "gpt-3.5-turbo-instruct", "prompt": f"{S}\n\n### Input\n{T}\n\n### Task\n{A}\n\n### Output\n",
                "max_tokens": rng.choice([256, 400, 512]), "temperature": rng.choice([0, 0.2, 0.7])}
    elif placement == "earlier_assistant":
        body["messages"] = [sysm, um(f"pasting the {channel.replace('_', ' ')} from yesterday, keep it for later"),
                            {"role": "assistant", "content": "Got it — here is what I received:\n\n" + T}, um(A)]
    elif placement == "tool_definition":
        desc = "; ".join(f"{k}={v}" for k, _, v in F)
        body["messages"] = [sysm, um(A)]
        body["tools"] = [{"type": "function", "function": {"name": "notify_contact", "description": f"Send a notification to the record on file ({desc}).",
                                                           "parameters": {"type": "object", "properties": {"target": {"type": "string", "enum": [str(v) for _, _, v in F]},
                                                                                                           "message": {"type": "string"}}, "required": ["target", "message"]}}}]
        body["tool_choice"] = "auto"
        ents = set(fact_ents)
    if not sensitive and placement in SOLE_LOCATION:
        # benign records keep their hard-negative material in view, never a trivially empty request
        last = body["messages"][-1] if body["messages"][-1]["role"] == "user" else body["messages"][1]
        if isinstance(last["content"], list):
            last["content"].append({"type": "text", "text": T})
        else:
            last["content"] = f"{last['content']}\n\n{T}"
    endpoint = "completions" if placement == "completions_prompt" else "chat"
    if placement not in ("completions_prompt",) and rng.random() < 0.25:
        body["temperature"] = rng.choice([0, 0.2, 0.5, 1])
    return body, endpoint, ents


# ----------------------------------------------------------------------------------------------------------------
# PII split
# ----------------------------------------------------------------------------------------------------------------
N_SENS, N_BEN = 24, 16


def tag_cycle(rng):
    tags = [l["tag"] for l in LOCALES] + ["en-US", "en-US", "en-GB", "de-DE", "hi-IN"]
    while True:
        order = tags[:]
        rng.shuffle(order)
        yield from order


RARE_FIRST = ["ssn", "NATIONAL_ID", "TAX_ID", "PASSPORT", "iban", "credit_card", "US_BANK_NUMBER", "DRIVER_LICENSE",
              "MEDICAL_RECORD", "HEALTH_INSURANCE", "IP_ADDRESS", "DATE_OF_BIRTH", "STREET_ADDRESS", "email", "phone"]


def p_value(p, label):
    if label in ("ssn", "NATIONAL_ID") and p["nid"] and p["nid"][0] == label:
        return p["nid"][1]
    if label == "TAX_ID":
        return p.get("pan") or (p["nid"][1] if p["nid"] and p["nid"][0] == "TAX_ID" else None)
    if label == "HEALTH_INSURANCE":
        return p["nid"][1] if p["nid"] and p["nid"][0] == label else p.get("mbi", p["member"])
    return {"PASSPORT": p["passport"], "iban": p["iban"], "credit_card": p["card"][1], "DRIVER_LICENSE": p.get("dl"),
            "US_BANK_NUMBER": (f"{p['routing']} {p['account']}" if "routing" in p else None), "MEDICAL_RECORD": p["mrn"],
            "IP_ADDRESS": p["ip"], "DATE_OF_BIRTH": p["dob"].isoformat(), "STREET_ADDRESS": p["addr"], "email": p["email"],
            "phone": fmt_phone(p["phone"], "e164")}.get(label)


def enrich_facts(rng, p, r):
    """Sole-location placements carry the record's distinctive identifier too, not only the name."""
    have = {lab for _, lab, _ in r["facts"]}
    extra = [lab for lab in RARE_FIRST if lab in r["ents"] and lab not in have and p_value(p, lab)]
    for lab in extra[:rng.choice([1, 1, 2])]:
        r["facts"].append((lab.lower() if lab.isupper() else lab, lab, p_value(p, lab)))
    return r


def flat_text(body) -> str:
    """Everything a detector could read in a body: JSON text, decoded base64 files, URL-decoded URLs."""
    from urllib.parse import unquote
    s = json.dumps(body, ensure_ascii=False)
    extra = [base64.b64decode(m).decode("utf-8") for m in re.findall(r"base64,([A-Za-z0-9+/=]+)", s)]
    return "\n".join([s, unquote(s), *extra]).replace("\\n", "\n")


def present_labels(p, text: str) -> set[str]:
    """Labels whose value (in one of the renderings used here) occurs verbatim in the text."""
    found = set()
    compact = re.sub(r"\s+", "", text)
    probes = {"email": [p["email"]], "STREET_ADDRESS": [p["addr"], f"{p['street']} {p['no']}"],
              "phone": [fmt_phone(p["phone"], s).replace(" ", "") for s in ("e164", "intl", "national")],
              "credit_card": [p["card"][1].replace(" ", "")], "PASSPORT": [p["passport"]], "IP_ADDRESS": [p["ip"]],
              "MEDICAL_RECORD": [p["mrn"]], "DATE_OF_BIRTH": [p["dob"].isoformat(), dfmt(p["dob"], p["tag"]), p["dob"].strftime("%Y%m%d")]}
    if p["iban"]:
        probes["iban"] = [p["iban"].replace(" ", "")]
    if p["nid"]:
        probes.setdefault(p["nid"][0], []).append(p["nid"][1].replace(" ", ""))
    if "pan" in p:
        probes.setdefault("TAX_ID", []).append(p["pan"])
    if "routing" in p:
        probes["US_BANK_NUMBER"] = [p["routing"]]
        probes["DRIVER_LICENSE"] = [p["dl"].replace(" ", "")]
        probes.setdefault("HEALTH_INSURANCE", []).append(p["mbi"])
    for lab, vals in probes.items():
        for v in vals:
            if v and (v in text or v.replace(" ", "") in compact):
                found.add(lab)
    if p["full"] in text or p["full_l"] in text or ascii_fold(p["surname_l"]).upper() in text:
        found.add("person")
    return found


AUDIT: list[str] = []


def build_pii(seed: int) -> list[dict]:
    rng = random.Random(seed)
    tags = tag_cycle(random.Random(seed + 1))
    recs = []
    for ci, (channel, fn) in enumerate(SENSITIVE):
        for i in range(N_SENS):
            tag = next(tags)
            if i in (5, 18, 19):  # three US subjects per channel so SSN / ABA / licence / MBI formats occur in every channel
                tag = "en-US"
            elif i in (12, 14) and not LOC[tag]["iban"]:
                tag = ("de-DE", "nl-NL", "tr-TR", "pl-PL", "it-IT", "uk-UA", "he-IL", "ka-GE",
                       "ro-RO", "el-GR", "sv-SE", "pt-PT", "cs-CZ")[ci]
            v = i % 3
            p = make_person(rng, tag)
            r = enrich_facts(rng, p, fn(rng, p, v))
            placement = PLACEMENTS[(i + ci * 5) % len(PLACEMENTS)]
            body, endpoint, ents = build_body(rng, channel, r, placement, True)
            missing = present_labels(p, flat_text(body)) - ents
            if missing:  # a value of the subject occurs verbatim but was not labelled: label it (honest labels)
                AUDIT.append(f"{channel}/{placement}: added {sorted(missing)}")
                ents |= missing
            recs.append(dict(category=channel, sensitive=True, entities=sorted(ents), endpoint=endpoint, lang=tag,
                             style=f"{channel} · variant {v} · {placement}", body=body))
        for i in range(N_BEN):
            tag = next(tags)
            v = i % 4
            r = BENIGN[channel](rng, tag, v) if v < 3 else b_generic(rng, tag, channel)
            r["facts"] = hard_neg_facts(r["text"], r["facts"])
            placement = PLACEMENTS[(i * 3 + ci * 7) % len(PLACEMENTS)]
            body, endpoint, ents = build_body(rng, channel, r, placement, False)
            assert not ents
            recs.append(dict(category=channel + "_benign", sensitive=False, entities=[], endpoint=endpoint, lang=tag,
                             style=f"{channel} · hard negative {v} · {placement}", body=body))
    rng.shuffle(recs)
    out = []
    for k, r in enumerate(recs, 1):
        out.append({"id": f"estuary-pii-{k:04d}", **r})
    return out


# ----------------------------------------------------------------------------------------------------------------
# Complexity split
# ----------------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [  # (channel, lang, prompt)
    ("sms_export", "en", "what does 'lmk eta' mean in this text lol"),
    ("sms_export", "es", "q significa 'porfa confirma' en inglés?"),
    ("email_thread", "en", "make this friendlier: 'Send the invoice.'"),
    ("email_thread", "de", "betreffzeile für eine mail wo ich urlaub ankündige, kurz"),
    ("email_thread", "fr", "comment on dit 'ci-joint' en anglais dans un mail"),
    ("calendar_ics", "en", "what timezone is TZID=Europe/Lisbon in winter"),
    ("calendar_ics", "en", "convert 14:30 CET to IST pls"),
    ("calendar_ics", "pt", "que dia da semana cai 25/12/2026?"),
    ("vcard", "en", "what does TEL;TYPE=CELL mean in a vcf"),
    ("vcard", "en", "vcard version line for 4.0?"),
    ("spreadsheet_export", "en", "excel formula to sum column B"),
    ("spreadsheet_export", "es", "cómo congelo la primera fila en google sheets"),
    ("spreadsheet_export", "en", "csv or tsv for data with commas in it? one word"),
    ("spreadsheet_export", "ja", "エクセルで重複を削除するボタンはどこ？"),
    ("web_scrape", "en", "strip html tags from '<b>Sale</b> ends <i>Friday</i>'"),
    ("web_scrape", "en", "whats a breadcrumb nav"),
    ("web_scrape", "ru", "как по-английски «политика конфиденциальности»"),
    ("app_log", "en", "what's HTTP 404 vs 410"),
    ("app_log", "en", "log level order? debug info warn..."),
    ("app_log", "zh", "ERROR和WARN哪个更严重"),
    ("app_log", "en", "what does ECONNREFUSED mean"),
    ("git_diff", "en", "git command to undo last commit but keep changes"),
    ("git_diff", "en", "what does the + at line start mean in a diff"),
    ("git_diff", "hi", "git में नया branch कैसे बनाते हैं"),
    ("git_diff", "en", "rename branch master to main, command?"),
    ("ocr_scan", "en", "fix ocr: 'Te1ephone numbcr'"),
    ("ocr_scan", "en", "is 'O' or '0' more likely in 'Invoice N0. 4471'"),
    ("ocr_scan", "de", "was heißt 'Unterschrift' auf englisch"),
    ("pdf_extract", "en", "pdf to text tool for linux? just name one"),
    ("pdf_extract", "en", "what does 'n/a' mean on a form"),
    ("pdf_extract", "tr", "'Doğum tarihi' ingilizcesi ne"),
    ("voice_transcript", "en", "what's 'double five' in digits"),
    ("voice_transcript", "en", "write 'twenty-three fifty' as a number, it's a price"),
    ("voice_transcript", "it", "come si scrive 'chiocciola' in un indirizzo email"),
    ("voice_transcript", "en", "what does [inaudible] mean in a transcript"),
    ("chat_ticket_log", "en", "polite way to say 'we'll get back to you'"),
    ("chat_ticket_log", "ar", "كيف أقول 'تم حل المشكلة' بالإنجليزية"),
    ("chat_ticket_log", "en", "what's SLA stand for"),
    ("chat_ticket_log", "ko", "'티켓 닫힘'을 영어로"),
    ("health_message", "en", "what does HL7 stand for"),
    ("health_message", "en", "mmol/L to mg/dL glucose factor?"),
    ("health_message", "fr", "c'est quoi un code LOINC en une phrase"),
    ("calendar_ics", "de", "wie viele tage hat februar 2028"),
    ("sms_export", "sw", "'asante sana' ni nini kwa kiingereza"),
    ("email_thread", "pl", "jak napisać 'z poważaniem' po angielsku"),
    ("vcard", "el", "πώς λέγεται το 'επαφή' στα αγγλικά"),
]
SHORT_HARD = [
    ("spreadsheet_export", "en", "IRR on cashflows -100, 230, -132: two IRRs? find both and tell me which (if any) to trust + why MIRR fixes it"),
    ("app_log", "en", "lease-based leader election, clocks can skew 200ms, lease 2s. can two leaders both serve reads? give the exact interleaving + the minimum fix"),
    ("git_diff", "en", "rebased, force pushed, reflog says nothing. teammate has old clone. exact steps to recover the lost commits and prove nothing else got dropped"),
    ("health_message", "en", "HL7 v2 parser splits OBX-5 on ^ even when escaped as \\S\\. write a zero-copy escape-aware tokenizer in rust incl. repetition ~ and \\X..\\ hex"),
    ("ocr_scan", "en", "OCR gives IBAN with maybe 1-2 l/1 O/0 swaps. algo to find the most likely valid IBAN given per-char confusion probs? complexity?"),
    ("calendar_ics", "en", "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 across a DST change w/ TZID=America/Santiago — exact instances for 2026 + where libs get it wrong"),
    ("vcard", "en", "vcard 3.0 unfolding + QUOTED-PRINTABLE soft breaks + utf-8 char split across the fold. write a correct decoder, python, and list the edge cases you handle"),
    ("voice_transcript", "en", "caller says 'oh four one five double two oh three ...'. design a normaliser for spoken phone numbers across en/de/fr incl 'quatre-vingt-dix' and 'zweiundzwanzig'. grammar?"),
    ("chat_ticket_log", "en", "at-least-once webhooks, out of order, must apply exactly once to postgres. schema + txn design + why your approach survives a crash between commit and ack"),
    ("sms_export", "en", "whatsapp export dates are dd/mm or mm/dd, unknown. algo to infer it for the whole file, prove when it's decidable and what to do when it isn't"),
    ("web_scrape", "en", "regex-free boilerplate removal for scraped pages that works across sites. propose a method, its failure modes, and how you'd evaluate it without labels"),
    ("pdf_extract", "en", "pdf text extraction interleaves 2 columns line by line. recover reading order using only x/y boxes. algorithm + proof it's right for non-overlapping columns"),
    ("app_log", "en", "40 services, no trace ids, only timestamps w/ skew up to 1s. reconstruct causal request chains from logs — algorithm and what's provably impossible"),
    ("spreadsheet_export", "en", "postgres: longest streak of consecutive login days per user, respecting each user's tz column. one query, explain why it's correct around DST"),
    ("git_diff", "en", "3-way merge: both sides reorder the same list of imports differently. what's the 'right' merge and can diff3 ever get it? argue formally"),
    ("health_message", "en", "test 99% sens 95% spec, prevalence 0.1%. two positives. P(disease) if independent, then if errors correlated rho=0.3. show the math"),
    ("email_thread", "en", "contract: 'liability capped at fees paid in the 12 months preceding the claim'. claim in month 2. what's the cap, what's ambiguous, redraft it"),
    ("email_thread", "en", "DE+PL tax residency, 190 days PL, family in DE, home in both. OECD art 4 tie-breaker walk-through, where it ends up and why"),
    ("chat_ticket_log", "en", "poisson 120 calls/h, AHT 4min exp, target 80% answered in 20s. how many agents? do the Erlang C, not a rule of thumb"),
    ("ocr_scan", "en", "prove: every tournament has a Hamiltonian path. then: does every strongly connected one have a Ham cycle? proof sketch"),
    ("app_log", "en", "asyncio: 10k http calls, max 100 in flight, cancel everything on first fatal error but keep partial results. code + why no task leaks"),
    ("git_diff", "en", "CUDA kernel slower w/ stride-32 float access in shared mem. explain bank conflicts precisely and fix, with the padded index math"),
    ("spreadsheet_export", "en", "MLE for weibull shape k — derive, show why no closed form, give newton update + good starting point"),
    ("web_scrape", "en", "prove sum of 1/p over primes diverges. no 'well known'"),
    ("voice_transcript", "en", "is 'A supports B' (P(B|A)>P(B)) transitive? proof or counterexample with actual numbers"),
    ("calendar_ics", "en", "CRDT for shared calendar: concurrent RRULE edit + EXDATE add. which merge semantics avoid resurrecting deleted occurrences? be concrete"),
    ("health_message", "en", "bitemporal schema for versioned FHIR resources: query 'what did we know on X about state at Y'. tables + the query + index strategy"),
    ("sms_export", "en", "2-of-3 shamir over GF(257), one share corrupted. detect? correct? what about with 4 shares? show why"),
    ("vcard", "en", "dedupe person names across scripts: turkish ı/İ, german ß, greek final sigma. why casefold() isn't enough and what pipeline you'd use"),
    ("pdf_extract", "en", "3-SAT ≤p 3-COLOR: give the gadgets and prove the reduction correct both directions"),
    ("chat_ticket_log", "en", "rate limiter over 12 regions, 50ms RTT, global 10k rps cap, must survive partitions. design + bound on overshoot"),
    ("app_log", "en", "java: two threads, synchronized(a){synchronized(b)} and reverse — but it only deadlocks in prod. why timing, and prove a fix w/ lock ordering under inheritance"),
    ("git_diff", "en", "merge two sorted singly linked lists in place O(1) space when they may share a tail (Y shape). code + correctness argument"),
    ("ocr_scan", "de", "beweise, dass es unendlich viele primzahlen der form 4k+3 gibt, sauber bitte"),
    ("spreadsheet_export", "zh", "证明：任意 n 个整数中必有若干个（至少一个）之和能被 n 整除，并说明这个界是紧的"),
    ("web_scrape", "fr", "montre que toute suite réelle bornée a une sous-suite convergente, sans invoquer Bolzano–Weierstrass tel quel"),
    ("email_thread", "es", "cláusula de no competencia de 3 años para un dev junior en España — ¿es exigible? analiza requisitos del ET art. 21 y jurisprudencia, y redacta una versión defendible"),
    ("voice_transcript", "ja", "通話録音を品質目的で7年保存するのはGDPR的にOK？適法根拠・保存期間制限・DPIAの要否を検討して"),
    ("health_message", "pt", "paciente com creatinina subindo de 1.1 para 1.9 mg/dL em 48h, em uso de IECA e diurético: classifica KDIGO e raciocina as causas prováveis e próximos passos"),
    ("calendar_ics", "ru", "докажи, что в любом турнире из n игроков есть игрок, до которого от любого другого можно дойти не более чем за 2 шага"),
    ("chat_ticket_log", "hi", "हमारे सपोर्ट टिकट्स में SLA breach predict करने का मॉडल चाहिए — leakage कहाँ-कहाँ हो सकता है और validation कैसे design करें? विस्तार से"),
    ("sms_export", "ar", "أثبت أن الجذر التربيعي لـ2 زائد الجذر التربيعي لـ3 عدد غير نسبي"),
    ("vcard", "ko", "전화번호 E.164 정규화에서 국가 추론이 애매한 경우(국가코드 없음, 트렁크 0) 확률적으로 처리하는 방법 설계해줘, 평가 방법까지"),
    ("pdf_extract", "en", "why is comparison sorting Ω(n log n) but radix sort 'O(n)'? reconcile precisely incl word size assumptions"),
    ("app_log", "en", "float: 0.1*3 != 0.3, Decimal fixes it — give a case where Decimal still gives a wrong business answer, and one where Kahan beats pairwise summation"),
    ("web_scrape", "en", "KRK + no other pieces: white K e1 R h1 vs black K e8, black to move. is it mate in ≤ N? find N and argue it's optimal"),
    ("voice_transcript", "en", "ASR word error rate went down 2pts but our downstream phone-number extraction got worse. plausible mechanisms + how to test each"),
    ("ocr_scan", "en", "generalise the mislabeled-boxes puzzle to n boxes all wrongly labelled: min draws to fix all labels? prove it"),
    ("health_message", "en", "lab moved glucose reporting from mg/dL to mmol/L mid-year; design a longitudinal model for HbA1c vs glucose that survives the unit change + missingness. assumptions?"),
    ("git_diff", "en", "lock-free MPMC ring buffer in C11 atomics: give code, memory orderings per op, and the ABA argument"),
]


def _long_material(rng, channel: str) -> str:
    """Long, person-free pasted material typical of each channel (>= ~1,300 characters)."""
    L_ = []
    if channel == "app_log":
        t = dt.datetime(2026, 3, 4, 10, 22, 0)
        for i in range(34):
            t += dt.timedelta(milliseconds=rng.randrange(20, 900))
            lvl = rng.choice(["INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"])
            node = rng.choice(["node-a", "node-b", "node-c"])
            msg = rng.choice(["lease renewed term=%d" % rng.randrange(40, 44), "acquired lease term=%d ttl=2000ms" % rng.randrange(40, 44),
                              "heartbeat timeout from peer", "serving read key=acct:%d" % rng.randrange(100, 999),
                              "write committed idx=%d" % rng.randrange(9000, 9999), "GC pause 412ms", "stepping down: higher term seen",
                              "clock offset vs ntp: %+dms" % rng.randrange(-300, 300)])
            L_.append(f"{t.isoformat(timespec='milliseconds')}Z {lvl:5} [{node}] {msg}")
    elif channel == "spreadsheet_export":
        L_.append("week,store,promo,units,revenue_eur,pilot")
        for w in range(1, 15):
            for s in (3, 7, 11, 15):
                L_.append(f"2026-W{w:02d},{s},{int(rng.random() < 0.3)},{rng.randrange(300, 900)},{rng.randrange(2000, 9000)}.{rng.randrange(10, 99)},{int(s == 7 and w > 6)}")
    elif channel == "git_diff":
        L_ += ["diff --git a/src/ledger/transfer.py b/src/ledger/transfer.py", "--- a/src/ledger/transfer.py", "+++ b/src/ledger/transfer.py", "@@ -10,28 +10,41 @@"]
        for i in range(12):
            L_ += [f"+    def step_{i}(self, src, dst, amount):", f"+        with self.locks[min(src.id, dst.id) if {i} % 2 else src.id]:",
                   f"+            with self.locks[max(src.id, dst.id) if {i} % 2 else dst.id]:", f"+                src.balance -= amount  # step {i}",
                   "+                dst.balance += amount"]
    elif channel == "email_thread":
        for k in range(6):
            L_ += [f"From: {rng.choice(['Procurement', 'Logistics desk', 'Supplier account team', 'Legal ops'])} <{rng.choice(['procurement', 'logistics', 'accounts', 'legal'])}@corp.example>",
                   f"Date: {6 - k} Mar 2026", "Subject: Re: PO 4471 delay",
                   "> Clause 7.2: Seller bears risk until goods are handed to the first carrier (FCA Rotterdam, Incoterms 2020).",
                   "> Clause 11.4: Delays caused by port congestion shall be deemed force majeure; no penalties accrue.",
                   "> Clause 12.1: Liquidated damages of 0.5% per week of delay, capped at 5% of order value.", ""]
    elif channel == "calendar_ics":
        L_ += ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "END:VTIMEZONE"]
        for k in range(8):
            L_ += ["BEGIN:VEVENT", f"UID:evt-{k}-{rng.getrandbits(24):06x}@corp.example", f"DTSTART;TZID=Europe/Berlin:2026031{k % 9}T0{8 + k % 2}3000",
                   "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260601T000000Z" if k % 3 == 0 else "DURATION:PT45M",
                   "EXDATE;TZID=Europe/Berlin:20260330T083000" if k % 3 == 0 else "", f"SUMMARY:{rng.choice(['Standup', 'Vendor sync', 'Capacity review', 'Release train'])}",
                   "LOCATION:Room 2.14", "END:VEVENT"]
        L_.append("END:VCALENDAR")
        L_ = [x for x in L_ if x]
    elif channel == "health_message":
        for k in range(9):
            unit, val, rr = rng.choice([("mg/dL", rng.randrange(90, 240), "70-99"), ("mmol/L", round(rng.uniform(4, 13), 1), "3.9-5.5")])
            L_ += [f"MSH|^~\\&|LIS|SITE{k % 3}|EHR|HGH|2026{(k % 9) + 1:02d}1{k}0800||ORU^R01|M{rng.randrange(10**5, 10**6)}|P|2.5.1",
                   "PID|1||TEST-0001^^^HGH^MR||ZZTEST^SYNTHETIC", f"OBX|1|NM|2345-7^Glucose^LN||{val}|{unit}|{rr}|{'H' if (unit == 'mg/dL' and val > 99) or (unit == 'mmol/L' and val > 5.5) else 'N'}|||F",
                   f"OBX|2|NM|4548-4^HbA1c^LN||{round(rng.uniform(5.2, 9.1), 1)}|%|4.0-5.6||||F"]
    elif channel == "ocr_scan":
        for k in range(10):
            L_.append(ocr_label(f"Section {k + 1}. Torque table for drive unit M{rng.randrange(10, 99)}: at {rng.randrange(900, 3000)} rpm the rated torque is {rng.randrange(10, 90)}.{rng.randrange(0, 9)} Nm and the shaft power is {rng.randrange(1, 20)}.{rng.randrange(0, 9)} kW; tolerance +/- {rng.randrange(2, 9)} %.", rng))
    elif channel == "voice_transcript":
        topics = ["move the returns desk next to dock 3", "but dock 3 is blocked until the racking is certified", "certification needs the forklift lane cleared first",
                  "we can't clear the lane before the new shelving arrives in week 15", "returns volume doubles after the spring sale", "so returns must move before the sale",
                  "the sale starts week 13", "the racking inspector only comes on thursdays", "night shift can do the lane on a weekend"]
        for k, tpc in enumerate(topics * 3):
            L_.append(f"[00:{k // 2:02d}:{(k * 17) % 60:02d}] Speaker {k % 3 + 1}: {tpc}" + rng.choice(["", ", right?", " — agreed", ", I think", " uh"]))
    elif channel == "web_scrape":
        L_ += ["Home | Products | Recalls | Support", "Cookie settings · Accept all", "", "RECALL NOTICE — Model KX-20 heat gun",
               "We are recalling batches 2219–2231 (about 48,000 units) after 3 reports of the trigger housing overheating.",
               "The estimated failure rate is 1 in 40,000 units, which is well within industry norms and therefore safe.",
               "Batches 2232–2260 (about 131,000 units) use a revised housing and are not affected.",
               "Customers with affected batches can request a free replacement at the service desk."] + [f"Batch {b}: {rng.randrange(2500, 4500)} units shipped to region {rng.choice('ABCD')}" for b in range(2219, 2232)] + [f"Batch {b}: {rng.randrange(3500, 5200)} units shipped to region {rng.choice('ABCD')} (revised housing)" for b in range(2232, 2240)] + ["", "Related: safety tips for hot-air tools · Sign up for recall alerts", "© 2026 · Imprint · Privacy"]
    elif channel == "pdf_extract":
        L_ += ["PRICE LIST 2026 (extracted)", "Quantity from Quantity to Unit price EUR Shipping per pallet"]
        lo = 1
        for hi_, pr in [(99, 14.20), (249, 13.10), (499, 12.35), (999, 11.90), (1999, 11.40), (4999, 10.95)]:
            L_.append(f"{lo} {hi_} {pr:.2f} {rng.randrange(40, 90)}.00")
            lo = hi_ + 1
        L_ += ["Pallet holds 120 units. Orders above 1,000 units ship in two lots at least 7 days apart.",
               "Tier price applies per order, not per lot. Minimum order 50 units."] + [f"Note {k}: prices exclude VAT; valid until 31.12.2026; Incoterms FCA warehouse {k}." for k in range(1, 16)]
    elif channel == "sms_export":
        t = dt.datetime(2026, 5, 2, 7, 0)
        for k in range(18):
            t += dt.timedelta(minutes=rng.randrange(5, 180))
            tz = rng.choice(["+02:00", "+01:00", "Z"])
            L_.append(f"[{t.strftime('%d/%m/%Y, %H:%M')}{tz}] {rng.choice(['PARCEL', 'CARRIER-2', 'HUB-LEJ', 'LOCALPOST'])}: shipment 00340434{rng.randrange(10**8, 10**9)} "
                      + rng.choice(["handed to partner carrier", "arrived at hub", "out for delivery", "delivery attempt failed", "in transit", "customs cleared"]))
    elif channel == "vcard":
        for k in range(12):
            co = rng.choice(COMPANIES)
            L_ += ["BEGIN:VCARD", rng.choice(["VERSION:3.0", "VERSION:4.0"]), f"FN:{co}" + ("" if k % 2 else " Ltd."), f"ORG:{co}",
                   f"TEL;TYPE=WORK:{rng.choice(['+44 800 ', '0800 ', '(0800) '])}{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
                   f"EMAIL:info@{co.split()[0].lower()}.example", "END:VCARD"]
    elif channel == "chat_ticket_log":
        t = dt.datetime(2026, 4, 9, 2, 10)
        for k in range(36):
            t += dt.timedelta(seconds=rng.randrange(20, 400))
            L_.append(f"[{t.strftime('%H:%M:%S')}] {rng.choice(['oncall-primary', 'sre-2', 'alertmanager', 'deploy-bot', 'db-oncall'])}: "
                      + rng.choice(["disk 91% on pg-replica-2", "replication lag 340s", "deploy 2.14.0 paused", "failover triggered", "writes erroring on primary",
                                    "rolled back 2.14.0", "vacuum stuck on orders table", "lag recovering", "paging db-oncall", "customers report double charges"]))
    return "\n".join(L_)


EASY_ASKS = {
    "app_log": ["count the ERROR lines", "just give me the lines from node-b", "sort by timestamp, nothing else"],
    "spreadsheet_export": ["convert to a markdown table", "turn into JSON array", "only rows for store 7 pls"],
    "git_diff": ["list the function names added", "remove the + signs and give me the plain code", "how many lines were added?"],
    "email_thread": ["list the senders and dates", "quote clause 12.1 back to me exactly", "translate the clauses to German"],
    "calendar_ics": ["list the event titles with start times", "how many VEVENTs are there", "change Room 2.14 to Room 3.02 everywhere"],
    "health_message": ["list the glucose values with units", "make a table: message id, glucose, hba1c", "how many messages are there?"],
    "ocr_scan": ["fix obvious OCR typos only, don't change numbers", "make it a bullet list per section", "extract the rpm values"],
    "voice_transcript": ["remove the timestamps and speaker labels", "bullet list of what was said, no analysis", "translate to Spanish"],
    "web_scrape": ["strip the nav/cookie/footer text", "list the batch numbers", "translate the notice to French"],
    "pdf_extract": ["make a markdown table from the price tiers", "list the notes as bullets", "what's the minimum order?"],
    "sms_export": ["sort these by time", "only the 'out for delivery' ones", "make it a table: time, sender, status"],
    "vcard": ["CSV with name, phone, email", "how many cards are there", "list the ORG values"],
    "chat_ticket_log": ["list the messages from deploy-bot", "convert to a table (time, handle, message)", "remove duplicate lines"],
}
HARD_ASKS = {
    "app_log": "two nodes both served reads as leader around here. from these logs reconstruct exactly how the split-brain happened given the clock offsets, what invariant the lease logic violates, and a fix that provably holds with 300ms skew",
    "spreadsheet_export": "store 7 joined the pilot in week 7. is the uplift real? account for promo weeks, seasonality and self-selection; tell me the analysis (diff-in-diff or better), run it on these numbers and give a verdict with uncertainty",
    "git_diff": "this diff deadlocks under load in prod. find the lock-ordering problem across the step_* methods, explain an interleaving that deadlocks, and rewrite so it can't, keeping the API",
    "email_thread": "clauses 7.2, 11.4 and 12.1 conflict on who eats the delay. analyse under CISG + FCA Incoterms 2020, say who bears risk for the port congestion delay and draft our position email",
    "calendar_ics": "write the expansion logic for these recurring events incl. EXDATE and the DST switch on 29 March, and explain why a naive UTC expansion yields a wrong instance count",
    "health_message": "units switch between mg/dL and mmol/L across sites. design the normalisation, flag clinically significant glucose changes, and say whether HbA1c and glucose here are consistent (use the ADAG relation)",
    "ocr_scan": "the OCR swapped digits in some rows. use P = T·ω to find which rows are internally inconsistent, reconstruct the most plausible originals, and say which are unrecoverable",
    "voice_transcript": "turn this meeting into a dependency graph of constraints, find the contradictions, and propose a week-by-week plan that satisfies everything that can be satisfied",
    "web_scrape": "check the notice's claim: with the batch sizes listed and 1-in-40k failures, how many failures do we expect in recalled vs non-recalled batches, with a 95% CI; is the recall scope defensible?",
    "pdf_extract": "reconstruct the pricing function, then find the cheapest way to buy 1,730 units given the two-lot rule and pallet shipping, showing the cost of each option",
    "sms_export": "these notices mix time zones and arrived out of order. reconstruct the true timeline and identify which carrier handoff most likely lost the parcel; justify with the timestamps",
    "vcard": "design the dedupe for these org cards (v3 vs v4, 'Ltd.' variants, phone formats), give the merge set you'd produce and where precision vs recall trade-offs bite",
    "chat_ticket_log": "reconstruct the incident timeline and write a blameless postmortem: root cause, contributing factors, and the three highest-leverage fixes with reasoning",
}
ASK_LANGS = [("de", "bitte: "), ("es", "porfa: "), ("fr", "stp : "), ("pt", "por favor: "), ("ja", "お願い："), ("zh", "麻烦："), ("ru", "плиз: "),
             ("hi", "कृपया: "), ("ar", "لو سمحت: "), ("tr", "rica etsem: "), ("ko", "부탁해: "), ("pl", "proszę: ")]


def build_cx(seed: int) -> list[dict]:
    rng = random.Random(seed + 7)
    chans = [c for c, _ in SENSITIVE]
    recs = []

    def add(cat, label, la, lang, style, messages):
        recs.append(dict(category=cat, label=label, length_adversarial=la, endpoint="chat", lang=lang, style=style,
                         body={"model": "hybridgate/auto", "messages": messages}))
    for ch, lang, ptxt in SHORT_SIMPLE:
        add("short_simple", 0, False, lang, ch, [{"role": "user", "content": ptxt}])
    for ch, lang, ptxt in SHORT_HARD:
        msgs = [{"role": "user", "content": ptxt}]
        if rng.random() < 0.25:
            msgs.insert(0, {"role": "system", "content": "You are the assistant inside our internal tools."})
        add("short_hard", 1, True, lang, ch, msgs)
    for k in range(50):
        ch = chans[k % len(chans)]
        mat = _long_material(rng, ch)
        ask = EASY_ASKS[ch][(k // len(chans)) % len(EASY_ASKS[ch])]
        lang = "en"
        if k % 4 == 1:
            lang, pre = ASK_LANGS[k % len(ASK_LANGS)]
            ask = pre + ask
        content = f"{ask}\n\n{mat}" if k % 2 else f"{mat}\n\n{ask}"
        assert len(content) >= 1200, (ch, len(content))
        add("long_easy", 0, True, lang, ch, [{"role": "user", "content": content}])
    for k in range(46):
        ch = chans[(k + 5) % len(chans)]
        mat = _long_material(rng, ch)
        ask = HARD_ASKS[ch]
        lang = "en"
        if k % 5 == 2:
            lang, pre = ASK_LANGS[(k + 3) % len(ASK_LANGS)]
            ask = pre + ask
        content = f"{ask}\n\n{mat}" if k % 2 else f"{mat}\n\n---\n{ask}"
        add("long_hard", 1, False, lang, ch, [{"role": "user", "content": content}])
    rng.shuffle(recs)
    return [{"id": f"estuary-cx-{i:04d}", **r} for i, r in enumerate(recs, 1)]


# ----------------------------------------------------------------------------------------------------------------
def check_pools() -> int:
    """Compare this file's name / company / street pools with the capitalised and non-ASCII words of the other
    generators' sources (run from the repository root). Street-type words (Road, rue, ul., Marg ...) are generic."""
    import glob

    def toks(t):
        out, cur = [], []
        for ch in t:
            if ch.isalnum() or unicodedata.category(ch).startswith("M") or ch == "\u200c":
                cur.append(ch)
            elif cur:
                out.append("".join(cur)); cur = []
        if cur:
            out.append("".join(cur))
        return out
    others = set()
    for f in sorted(glob.glob("bench/make_*signal_sets.py")):
        if "estuary" in f:
            continue
        others |= {w.lower() for w in toks(Path(f).read_text(encoding="utf-8")) if w[:1].isupper() or not w.isascii()}
    generic = {"bin", "binti"}
    clashes = []
    for loc in LOCALES:
        for entry in loc["given"] + loc["surn"]:
            for w in toks(entry.replace("/", " ")):
                if w.lower() in others and w.lower() not in generic:
                    clashes.append((loc["tag"], entry, w))
    for co in COMPANIES:
        w = co.split()[0]
        if w.lower() in others:
            clashes.append(("company", co, w))
    street_generic = set("""lane drive bend trace circle row brow close yard crescent parade street road rue chemin du des de la
        allée impasse calle avenida del los las travesía cerrada privada rua das do dos da travessa largo corso vicolo
        via salita dei ul al strada aleea utca sor köz dűlő οδός odos ул пр т pr t пер per вул vul пров prov st rd
        blvd sub dead end alley gali marg theru salai soi lu li xiang dadao ro gil đường hẻm ngõ gang jl jalan lorong
        mtaa wa barabara ya njia avenue estate block purok kalye daang caddesi sokak çıkmazı ქუჩა შესახვევი شارع طريق
        کوچه خیابان רחוב סמטת new mill hollow thorn s four à u za el league रोड রোড தெரு சாலை گلی بلاک बाग गली tan""".split())
    for loc in LOCALES:
        for entry in loc["streets"]:
            for w in toks(entry.replace("/", " ")):
                if w.lower() in others and w.lower() not in street_generic:
                    clashes.append((loc["tag"], entry, w))
    print(f"pool clashes with other generators: {len(clashes)}")
    for c in clashes:
        print("  ", c)
    return len(clashes)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default="bench/data/signals")
    ap.add_argument("--check-pools", action="store_true")
    a = ap.parse_args()
    if a.check_pools:
        sys.exit(1 if check_pools() else 0)
    pii = build_pii(a.seed)
    cx = build_cx(a.seed)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii_estuary.jsonl", pii), ("complexity_estuary.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    ns = sum(r["sensitive"] for r in pii)
    print(f"pii: {len(pii)} records, {ns} sensitive / {len(pii) - ns} benign, "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions, {len({r['lang'] for r in pii})} locale tags")
    print(f"complexity: {len(cx)} records, label1={sum(r['label'] for r in cx)}, "
          f"length_adversarial={sum(r['length_adversarial'] for r in cx)}")
    print("validation (valid counts):", json.dumps(dict(sorted(VALID.items())), ensure_ascii=False))
    print("invalid:", len(INVALID), INVALID[:5])
    print(f"label audit: {len(AUDIT)} records got labels added by the verbatim-value audit")
    for a_ in AUDIT[:20]:
        print("  ", a_)
    if INVALID:
        sys.exit(2)


if __name__ == "__main__":
    main()
