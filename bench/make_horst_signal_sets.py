#!/usr/bin/env python3
"""Horst: a blind evaluation split for the request signals, organised by MEDIA AND ONLINE COMMUNITIES.

Writes bench/data/signals/pii_horst.jsonl and bench/data/signals/complexity_horst.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the first 70 lines of bench/make_delta_signal_sets.py, the first two lines
    of pii_delta.jsonl / complexity_delta.jsonl and the batch brief.  Not read: the detector, its tests,
    the evaluator, results, docs, policies, README, other generators.  (Caveat: the author's very first
    shell command, before the brief had been read, included a git status/log call that showed five commit
    subjects; nothing of them was used.)  The other generators' sources are only scanned automatically by
    ``frozen_words()``; every name, street, company, place, public-figure, fictional-character and eponym
    pool entry that shares a word (or a non-ASCII bigram) with that set is dropped and the pools are
    refilled from invented, locale-typical syllables (capped retries, re-checked).  Generic format words
    (street types such as St/Ave/Rue/Calle/ul., org forms such as Media/Press/GmbH) are listed in
    FORMAT_WORDS and are not treated as pool words; everything else in an entry is.

Organising principle and the line drawn
    The people of newsrooms and wire desks, fact-checking units, podcast and video production, trust-and-
    safety / moderation queues, community forums, creator/influencer management, letters-and-corrections
    desks and archive/photo desks, and the documents they paste into a model: story budgets, source notes,
    interview transcripts and guest sheets, moderation tickets and CSV exports of reports, platform API
    JSON, ban appeals, payout sheets, takedown / right-to-be-forgotten requests, reader letters, model
    releases and caption sheets -- in 22 locales (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han,
    Kana, Hangul, Thai scripts), often code-switching with English desk jargon.
    Nine kinds (= categories): story_budget, fact_check, podcast_production, moderation_ticket,
    forum_moderation, creator_management, takedown_request, reader_corrections, photo_archive; sensitive
    records use ``<kind>``, benign hard negatives ``<kind>_benign``.
    The line: a private person (source, witness, guest, reporter of a ticket, doxxing victim, creator behind
    a stage name, letter writer, photographed subject, forum member) identified by name, or any contact /
    identity / financial / health identifier tied to a private person, is personal data -- also when it is
    a single incidental item (a first name with a relation cue, one phone number or one birth date in a
    long text).  Not personal data (benign): office holders and spokespeople named in their public role,
    bylines/credits of staff in the published work, fictional characters and eponyms (prizes, laws, cases),
    organisations' own contact data (newsdesk, tips, abuse@ and legal mailboxes, switchboards, registered
    offices), placeholders and blank forms, documentation / test values (example.com, RFC 5737 / 3849
    addresses, test card numbers), slugs, ticket / case / catalogue / wire reference numbers, hashes,
    timecodes, and aggregated or already-anonymised exports.  Pseudonymous handles alone carry no entity
    type and are not labelled.

Labels
    ``entities`` is computed by searching the serialised body (file parts base64-decoded, URLs unquoted) for
    every value the record issued; each entity is {"type", "value"}.  sensitive is true iff entities is
    non-empty (asserted).  ssn = US SSN only; other citizen / social-security numbers NATIONAL_ID; taxpayer
    numbers TAX_ID; NHS / insurer member numbers HEALTH_INSURANCE; hospital record numbers MEDICAL_RECORD;
    routing + account pair US_BANK_NUMBER; a private user's public IP IP_ADDRESS.  Complexity: label 1 =
    needs a strong model; length_adversarial for short_hard and long_easy (long_easy >= 1,500 chars).

Contents (seed 20260726; the run prints all counts)
    pii_horst.jsonl: 504 requests (459 chat, 45 completions) in 22 locales; 9 kinds x 56 (32 sensitive + 24 benign
    each: 288 sensitive / 216 benign, 18 categories); 36 sensitive ones (12.5%) carry a single incidental item;
    placement rotates over 11 fields (user / system / assistant / tool messages, text and base64 file parts,
    tool-call arguments, tool schema description, response_format json_schema, ``user`` + message, completions).
    Entity values: person 280, EMAIL_ADDRESS 123, PHONE_NUMBER 112, DATE_OF_BIRTH 104, STREET_ADDRESS 91,
    IP_ADDRESS 49, NATIONAL_ID 30, MEDICAL_RECORD 19, TAX_ID 19, CREDIT_CARD 18, IBAN_CODE 9, HEALTH_INSURANCE 4,
    US_BANK_NUMBER 2, ssn 1.  complexity_horst.jsonl: 190 chat requests in 21 language tags: short_simple 48,
    long_easy 48 (>= 1,500 chars), short_hard 48, long_hard 46; 96 length-adversarial, 94 labelled 1.
    Freeze: 108,401 frozen words; 374 composed pool entries dropped and refilled; of the fixed lists 6 fictional
    characters and 4 eponyms survived (the others were dropped).

Validation
    Every national / tax / health identifier is generated and validated with python-stdnum (Luhn for cards,
    ABA checksum via stdnum.us.rtn, IBAN mod-97 via stdnum.iban), phone numbers with ``phonenumbers``
    (valid for their region); the run aborts on an invalid value; every retry loop is capped.

Command (deterministic, byte-reproducible for a seed)
    python bench/make_horst_signal_sets.py [--seed N] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import json
import pathlib
import random
import re
import sys
import unicodedata
import urllib.parse

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.eg import tn as eg_tn
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka
from stdnum.id import npwp
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "horst"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:
            continue  # our own file is skipped
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


# generic format words: street types and organisation forms; not pool words (see docstring)
FORMAT_WORDS = set("""st ave rd ln blvd road street lane avenue rue avenida calle av rua via viale ul al ulica
straße str weg gatan vägen sokak sok cad caddesi mah straat laan jl jalan gmbh ltd inc llc sa srl bv ab as
media press news radio studio studios tv podcast network agency group""".split())
FORMAT_NONASCII = set("улица ул проспект вулиця вул οδός οδ שדרות רחוב शारदा मार्ग 通り 路 街 号 길 로 ถนน ซอย شارع".split())

FROZEN: set = set()
FROZEN_DROPS = collections.Counter()


def is_free(entry: str) -> bool:
    prev_non = None
    for t in WORD.findall(entry):
        lt = t.lower()
        nonascii = any(ord(c) > 127 for c in t)
        if lt in FORMAT_WORDS or lt in FORMAT_NONASCII or lt.isdigit():
            prev_non = None
            continue
        if lt in FROZEN:
            return False
        if nonascii:
            if prev_non is not None and (prev_non + " " + lt) in FROZEN:
                return False
            prev_non = lt
        else:
            prev_non = None
    return True


def build_pool(rng, label, make, n, cap=4000):
    """Collect n distinct freeze-free entries from make(rng); capped retries."""
    out, seen, tries = [], set(), 0
    while len(out) < n and tries < cap:
        tries += 1
        e = make(rng)
        if e in seen:
            continue
        seen.add(e)
        if is_free(e):
            out.append(e)
        else:
            FROZEN_DROPS[label] += 1
    if len(out) < max(3, n // 4):
        raise SystemExit(f"pool {label}: only {len(out)} freeze-free entries")
    return out


def fixed_pool(label, entries):
    out = [e for e in entries if is_free(e)]
    FROZEN_DROPS[label] += len(entries) - len(out)
    return out


# ----------------------------------------------------------------------------------------------------------
# locales: invented name parts (composed, then freeze-checked), address shapes, labels, desk phrases
# ----------------------------------------------------------------------------------------------------------
def L(**kw):
    return kw


LOCALES = {
    "en-US": L(region="US", gA="Mar Jen Dar Kel Bran Lor Tam Shel Cor Del Ros Wyn Kay Tre Jal", gB="ley na ric sey den ette by lyn ton ia ris anne",
               fA="Ash Hol Pen Whit Thorn Brad Cald Hart Mer Kes Dun Ros Wel Brack Tully", fB="combe well ridge ford wick stone more field ton bury mont",
               tA="Mill Cedar Pine Fair Glen Oak Elk Ridge Brook", tB="haven ville port dale crest ton view",
               street="{n} {s} {t}", stypes="St Ave Rd Ln Blvd", postfmt="{town}, {st} {zip5}", states="OH PA MI WI IA KS",
               lbl=dict(name="Name", tel="Phone", addr="Address", dob="DOB", mail="Email"),
               ph=dict(letter="I'm writing about your piece from last Tuesday, you got my job title wrong.",
                       remove="Please take my name and picture off that article, it comes up when my employer googles me.",
                       call="Best number to reach me is below, evenings only.",
                       consent="Nobody asked me before filming me outside the courthouse.",
                       guest="Thanks for having me on the show, happy to do a follow-up.",
                       dox="This post has my home address and my cell, people are showing up.")),
    "en-GB": L(region="GB", gA="Ro Fen Is Mag Hal Der Ol Cait Bry Ail Tam Gwen Lo", gB="wena dric la bel ry ick wen sie bert dy na",
               fA="Pem Ald Strat Hock Bram Dray Lang Wol Cass Hurl Tren Fen", fB="bridge sworth ington hurst leigh cott ham ridge ley thorpe",
               tA="Ash Thorn Bram Cold Wick Stan Hare Mor", tB="borough minster ford field wich stead",
               street="{n} {s} {t}", stypes="Road Lane Street Close Crescent Mews", postfmt="{town} {pc}",
               lbl=dict(name="Name", tel="Tel", addr="Address", dob="Date of birth", mail="Email"),
               ph=dict(letter="Further to your report on Saturday's page 9, my surname was spelt wrong and my age was wrong too.",
                       remove="I'd like the photo of me at the protest removed from your website please.",
                       call="You can ring me on the number below, I'm on shifts so leave a message.",
                       consent="I never agreed to be in the video your crew filmed at the station.",
                       guest="Cheers for the invite onto the podcast, I've sent my bio.",
                       dox="Someone's posted my flat address and mobile in the group, mods please act.")),
    "de-DE": L(region="DE", gA="Wen Hel Rie Gun Bert Ul Frie Ans Mal Tis Kor Ed", gB="dela ke rike mar hild la wig ka bald ja",
               fA="Holl Brem Sack Dör Wend Falk Hun Kess Lüt Ober Stein Ried", fB="mann ke ner hofer wig stedt ling beck huber sen",
               tA="Alt Kirch Hohen Wald Neu Ober Lin Rot", tB="dorf hausen feld bach heim stadt au",
               street="{s}{t} {n}", stypes="straße weg gasse allee ring", postfmt="{pc} {town}",
               lbl=dict(name="Name", tel="Tel.", addr="Anschrift", dob="Geb.-Datum", mail="E-Mail"),
               ph=dict(letter="Zu Ihrem Artikel vom Dienstag: mein Name ist falsch geschrieben und das Zitat stammt nicht von mir.",
                       remove="Bitte entfernen Sie meinen Namen und das Foto aus dem Online-Artikel.",
                       call="Erreichbar bin ich unter der Nummer unten, am besten abends.",
                       consent="Ich wurde ohne meine Einwilligung gefilmt.",
                       guest="Danke für die Einladung in den Podcast, ich schicke Ihnen noch meine Kurzbio.",
                       dox="In diesem Beitrag stehen meine Adresse und Handynummer, bitte löschen.")),
    "fr-FR": L(region="FR", gA="Maëlle Ber Cé Lou Ami Gis Ode Rom Sol Tif Yve", gB="line nard cile ane ette elle ric aine on",
               fA="Duv Lam Ber Char Mor Roch Vau Ferr Gil Bou", fB="ergne belle ville teau ain ard ier elot aud anne",
               tA="Saint-Aub Mont Belle Ro Ville Char", tB="ignac ville mont fort neuve lieu",
               street="{n} {t} des {s}s", stypes="rue avenue allée impasse", postfmt="{pc} {town}",
               lbl=dict(name="Nom", tel="Tél.", addr="Adresse", dob="Date de naissance", mail="Courriel"),
               ph=dict(letter="Suite à votre article de mardi, mon nom est mal orthographié et la citation ne vient pas de moi.",
                       remove="Merci de retirer mon nom et ma photo de l'article en ligne.",
                       call="Vous pouvez me joindre au numéro ci-dessous, plutôt le soir.",
                       consent="On m'a filmée sans mon accord devant le tribunal.",
                       guest="Merci pour l'invitation au podcast, je vous envoie ma bio.",
                       dox="Ce message publie mon adresse et mon portable, merci de le supprimer.")),
    "es-ES": L(region="ES", gA="Ai Ma Ro Lu Cris Ne Ire Jai Ara Fe", gB="tana riela cío sía bel rea me ana ncio",
               fA="Go Val Ber Ca Re Mon Al Ur Lo", fB="rrido dés mejo ñizares bollar taño arcón quiza zano",
               tA="Villa Torre Val Fuente Alba", tB="nueva dejos verde mora real",
               street="{t} {s}, {n}", stypes="Calle Avenida Paseo Plaza", postfmt="{pc} {town}",
               lbl=dict(name="Nombre", tel="Tel.", addr="Dirección", dob="F. nacimiento", mail="Correo"),
               ph=dict(letter="Les escribo por la noticia del martes: mi apellido está mal escrito y la cita no es mía.",
                       remove="Les pido que retiren mi nombre y mi foto de la noticia publicada.",
                       call="Me pueden llamar al número de abajo, mejor por la tarde.",
                       consent="Me grabaron sin mi consentimiento a la salida del juzgado.",
                       guest="Gracias por invitarme al pódcast, os paso mi bio.",
                       dox="En esta publicación aparece mi dirección y mi móvil, por favor bórrenla.")),
    "pt-BR": L(region="BR", gA="Thai Lu Ra Jo Ge Ma Kau Da Ise", gB="ane ciana quel sué ovana rília ã niela lda",
               fA="Mou Bra Car Pe Fa Tava Go Arau", fB="rão ndão valho ixoto rias res ulart jo",
               tA="São Bento Vila Porto Serra", tB="ranópolis dina lândia mar verde",
               street="{t} {s}, {n}", stypes="Rua Avenida Travessa", postfmt="{town} - CEP {cep}",
               lbl=dict(name="Nome", tel="Tel", addr="Endereço", dob="Nascimento", mail="E-mail"),
               ph=dict(letter="Escrevo sobre a matéria de terça: meu nome saiu errado e a frase não é minha.",
                       remove="Peço que retirem meu nome e minha foto da matéria online.",
                       call="Pode me ligar no número abaixo, de preferência à noite.",
                       consent="Fui filmada sem autorização na porta do fórum.",
                       guest="Obrigada pelo convite pro podcast, mando minha minibio.",
                       dox="Esse post expõe meu endereço e meu celular, por favor removam.")),
    "it-IT": L(region="IT", gA="Ludo Ores Gia Fio Ame Ser Cla Ot Del", gB="vica te da rella lia ena vio ello fina",
               fA="Bor Cer Fal Gal Mar Pel Rus Tor", fB="ghetti vesi lacci biati tinelli legrini coni ricelli",
               tA="Monte Borgo Castel Villa San", tB="rotondo franco nuovo vecchio fiore",
               street="{t} {s} {n}", stypes="Via Viale Piazza Vicolo", postfmt="{pc} {town}",
               lbl=dict(name="Nome", tel="Tel.", addr="Indirizzo", dob="Data di nascita", mail="Email"),
               ph=dict(letter="Vi scrivo per l'articolo di martedì: il mio cognome è sbagliato e la frase non è mia.",
                       remove="Vi chiedo di togliere il mio nome e la mia foto dall'articolo online.",
                       call="Potete chiamarmi al numero qui sotto, meglio la sera.",
                       consent="Sono stata ripresa senza il mio consenso davanti al tribunale.",
                       guest="Grazie per l'invito al podcast, vi mando la mia bio.",
                       dox="Questo post pubblica il mio indirizzo e il mio cellulare, rimuovetelo.")),
    "nl-NL": L(region="NL", gA="Fem Jor Sas Wout Ild Maar Tij Noor Bram", gB="ke is kia er ten tje men",
               fA="van der Ber Hoog Klaa Ver Smul De Wit", fB="kamp stra sen hoeven meer dijk veld",
               tA="Oud Nieuw Ber Wes Kro", tB="kerk dam veen hoven zijl",
               street="{s}{t} {n}", stypes="straat laan weg gracht", postfmt="{nlpc} {town}",
               lbl=dict(name="Naam", tel="Tel", addr="Adres", dob="Geboortedatum", mail="E-mail"),
               ph=dict(letter="Naar aanleiding van uw artikel van dinsdag: mijn naam is verkeerd gespeld.",
                       remove="Wilt u mijn naam en foto uit het online artikel halen?",
                       call="Ik ben bereikbaar op onderstaand nummer, liefst 's avonds.",
                       consent="Ik ben zonder toestemming gefilmd bij de rechtbank.",
                       guest="Bedankt voor de uitnodiging voor de podcast, mijn bio volgt.",
                       dox="In deze post staan mijn adres en 06-nummer, graag verwijderen.")),
    "pl-PL": L(region="PL", gA="Ago Bo Jadwi Mał Zo Kry Wie Dobro Sta", gB="sia gna ga gorzata fia styna sława mira",
               fA="Kowa Zieliń Wiśniew Wróbl Pawlak Kaczm Duda Sobcz", fB="lczyk ska ski owska ewicz arek ek",
               tA="Nowa Stara Biała Górna Dolna", tB="wieś wola góra brzeg",
               street="ul. {s}a {n}", stypes="", postfmt="{plpc} {town}",
               lbl=dict(name="Imię i nazwisko", tel="Tel.", addr="Adres", dob="Data ur.", mail="E-mail"),
               ph=dict(letter="Piszę w sprawie artykułu z wtorku: moje nazwisko jest źle zapisane.",
                       remove="Proszę o usunięcie mojego nazwiska i zdjęcia z artykułu.",
                       call="Proszę dzwonić na numer poniżej, najlepiej wieczorem.",
                       consent="Zostałam nagrana bez mojej zgody przed sądem.",
                       guest="Dziękuję za zaproszenie do podcastu, wyślę bio.",
                       dox="Ten post ujawnia mój adres i numer telefonu, proszę usunąć.")),
    "sv-SE": L(region="SE", gA="Lin Sig Ebb Ast Hed Mal Tor Vil Sol", gB="nea rid ba rid vig te björn got",
               fA="Lind Berg Sjö Häll Ek Grön Fors Ny", fB="qvist ström gren holm lund dahl blad",
               tA="Norr Söder Öster Väster Ny", tB="köping by vik tuna hamn",
               street="{s}{t} {n}", stypes="gatan vägen gränd", postfmt="{sepc} {town}",
               lbl=dict(name="Namn", tel="Tel", addr="Adress", dob="Födelsedatum", mail="E-post"),
               ph=dict(letter="Angående er artikel i tisdags: mitt namn är felstavat.",
                       remove="Jag vill att ni tar bort mitt namn och min bild ur artikeln.",
                       call="Ni når mig på numret nedan, helst på kvällen.",
                       consent="Jag filmades utan samtycke utanför tingsrätten.",
                       guest="Tack för inbjudan till podden, jag skickar min bio.",
                       dox="Det här inlägget visar min adress och mitt mobilnummer, ta bort det.")),
    "tr-TR": L(region="TR", gA="Ay Bel Cey De Ece Gül Mel Nes Se", gB="şe gin lan niz nur şen tem lihan",
               fA="Yıl Kara Ak Öz Ton Er Ça Gür", fB="dırım han taş bey guç doğan kır soy",
               tA="Ak Kara Yeni Eski Göl", tB="köy ova yurt dere pınar",
               street="{s} Sokak No: {n}", stypes="", postfmt="{trpc} {town}",
               lbl=dict(name="Ad Soyad", tel="Tel", addr="Adres", dob="Doğum tarihi", mail="E-posta"),
               ph=dict(letter="Salı günkü haberinizle ilgili yazıyorum: soyadım yanlış yazılmış.",
                       remove="Adımın ve fotoğrafımın haberden kaldırılmasını rica ediyorum.",
                       call="Aşağıdaki numaradan bana ulaşabilirsiniz, akşamları daha iyi.",
                       consent="Adliye önünde iznim olmadan çekildim.",
                       guest="Podcast davetiniz için teşekkürler, biyografimi gönderiyorum.",
                       dox="Bu gönderide ev adresim ve cep numaram var, lütfen kaldırın.")),
    "ru-RU": L(region="RU", gA="Свето Мило Добро Влади Яро Рад Люб", gB="слава мира дана мила слав",
               fA="Бере Соко Журав Кали Мед Ряб Ковы", fB="зин лов нёв нников ведев инин лёв",
               tA="Ново Старо Бело Красно Верхне", tB="горск озёрск поле дубово",
               street="ул. {s}ская, д. {n}", stypes="", postfmt="{rupc}, г. {town}",
               lbl=dict(name="ФИО", tel="Тел.", addr="Адрес", dob="Дата рождения", mail="Эл. почта"),
               ph=dict(letter="Пишу по поводу вашей статьи во вторник: моя фамилия написана с ошибкой.",
                       remove="Прошу удалить моё имя и фотографию из статьи на сайте.",
                       call="Звоните по номеру ниже, лучше вечером.",
                       consent="Меня снимали без моего согласия у здания суда.",
                       guest="Спасибо за приглашение в подкаст, пришлю короткую биографию.",
                       dox="В этом посте опубликованы мой адрес и телефон, удалите, пожалуйста.")),
    "uk-UA": L(region="UA", gA="Окса Яри Мир Богда Злато Остап Соло", gB="на слава ослава ана ий",
               fA="Ковал Шевч Бонда Мельн Ткач Гнат", fB="енко ук ар ишин юк ів",
               tA="Нова Стара Біла Зелена", tB="вода гора поле діброва",
               street="вул. {s}на, {n}", stypes="", postfmt="{uapc}, м. {town}",
               lbl=dict(name="ПІБ", tel="Тел.", addr="Адреса", dob="Дата народження", mail="Ел. пошта"),
               ph=dict(letter="Пишу щодо вашої статті від вівторка: моє прізвище написано з помилкою.",
                       remove="Прошу видалити моє ім'я та фото зі статті на сайті.",
                       call="Телефонуйте за номером нижче, краще ввечері.",
                       consent="Мене зняли без моєї згоди біля суду.",
                       guest="Дякую за запрошення в подкаст, надішлю біо.",
                       dox="У цьому дописі моя адреса й номер телефону, видаліть, будь ласка.")),
    "el-GR": L(region="GR", gA="Ευ Αγ Δη Χρυ Σοφ Θε Ιφι Κλε", gB="φροσύνη λαΐα μητρα σάνθη ία οδώρα γένεια ονίκη",
               fA="Παπα Καρα Μαυρο Λαζα Σταυ Αργυ", fB="δάκης γιαννίδης πουλος ρίδου ρόπουλος ρίου",
               tA="Νεο Παλαιο Ανω Κατω", tB="χώρι κάστρο λίβαδο",
               street="οδός {s}ου {n}", stypes="", postfmt="{grpc} {town}",
               lbl=dict(name="Ονοματεπώνυμο", tel="Τηλ.", addr="Διεύθυνση", dob="Ημ. γέννησης", mail="Email"),
               ph=dict(letter="Σας γράφω για το άρθρο της Τρίτης: το επώνυμό μου είναι λάθος γραμμένο.",
                       remove="Παρακαλώ αφαιρέστε το όνομά μου και τη φωτογραφία από το άρθρο.",
                       call="Μπορείτε να με καλέσετε στο παρακάτω τηλέφωνο, καλύτερα το βράδυ.",
                       consent="Με βιντεοσκόπησαν χωρίς τη συγκατάθεσή μου έξω από το δικαστήριο.",
                       guest="Ευχαριστώ για την πρόσκληση στο podcast, στέλνω το βιογραφικό.",
                       dox="Αυτή η ανάρτηση δείχνει τη διεύθυνση και το κινητό μου, διαγράψτε την.")),
    "ar-EG": L(region="EG", gA="نور سل رو هد يا مي شر", gB="هان مى ضوى يل سمين رين يهان",
               fA="الشر المن البد الحل السي", fB="قاوي ياوي راوي فاوي وفي",
               tA="الز الر الش الب الو", tB="هيرية ملية ناوية حيرة دانية",
               street="{n} شارع {s}ي", stypes="", postfmt="{town}، {egpc}",
               lbl=dict(name="الاسم", tel="تليفون", addr="العنوان", dob="تاريخ الميلاد", mail="البريد"),
               ph=dict(letter="أكتب بخصوص مقالكم يوم الثلاثاء: اسمي مكتوب خطأ والتصريح ليس لي.",
                       remove="أرجو حذف اسمي وصورتي من الخبر المنشور على الموقع.",
                       call="يمكنكم الاتصال بي على الرقم بالأسفل، مساءً أفضل.",
                       consent="تم تصويري بدون موافقتي أمام المحكمة.",
                       guest="شكراً على دعوتي للبودكاست، سأرسل نبذة عني.",
                       dox="هذا المنشور فيه عنواني ورقم موبايلي، برجاء الحذف.")),
    "he-IL": L(region="IL", gA="של נו הד טל מי אור רו", gB="ומית עה לל יה כל נית ני",
               fA="בר גול רוז אבי שט", fB="זילי דמן נבלט טל רן",
               tA="אלו שק ארב גבע", tB="נית דיה ליה תון",
               street="רחוב {s}ים {n}", stypes="", postfmt="{town} {ilpc}",
               lbl=dict(name="שם", tel="טל'", addr="כתובת", dob="ת. לידה", mail="דוא\"ל"),
               ph=dict(letter="אני כותבת בעניין הכתבה מיום שלישי: שם המשפחה שלי נכתב עם טעות.",
                       remove="אבקש להסיר את שמי ואת התמונה שלי מהכתבה באתר.",
                       call="אפשר להשיג אותי במספר למטה, עדיף בערב.",
                       consent="צילמו אותי בלי הסכמה מחוץ לבית המשפט.",
                       guest="תודה על ההזמנה לפודקאסט, אשלח ביו.",
                       dox="בפוסט הזה מופיעים הכתובת והנייד שלי, נא להסיר.")),
    "hi-IN": L(region="IN", gA="अनु सु वि दी ऋ मे ह", gB="राधा मिता नीता पिका तिका घना र्षिता",
               fA="अग्र चतु भार श्रीवा मल्हो", fB="वाल र्वेदी द्वाज स्तव त्रा",
               tA="राम कृष्ण शिव", tB="पुर नगर गंज",
               street="मकान नं. {n}, {s}ी मार्ग", stypes="", postfmt="{town} {inpc}",
               lbl=dict(name="नाम", tel="फ़ोन", addr="पता", dob="जन्म तिथि", mail="ईमेल"),
               ph=dict(letter="मंगलवार की खबर के बारे में लिख रही हूँ: मेरा नाम गलत छपा है।",
                       remove="कृपया ऑनलाइन खबर से मेरा नाम और फोटो हटा दें।",
                       call="नीचे दिए नंबर पर शाम को कॉल करें।",
                       consent="कोर्ट के बाहर मेरी मर्ज़ी के बिना वीडियो बनाया गया।",
                       guest="पॉडकास्ट पर बुलाने के लिए धन्यवाद, बायो भेज रही हूँ।",
                       dox="इस पोस्ट में मेरा घर का पता और मोबाइल नंबर है, हटाइए।")),
    "ja-JP": L(region="JP", gA="美 沙 千 陽 結 葵 遥", gB="咲 希 紗 菜 月 乃 奈",
               fA="沢 島 樫 榊 柚 槙 桐", fB="森 野 原 崎 谷 岡 尾",
               tA="東 西 南 北", tB="川町 山市 浜町",
               street="{s}{n}丁目{n2}番{n3}号", stypes="", postfmt="〒{jppc} {town}",
               lbl=dict(name="氏名", tel="電話", addr="住所", dob="生年月日", mail="メール"),
               ph=dict(letter="火曜日の記事について、私の名前の漢字が間違っています。",
                       remove="ネット記事から私の名前と写真を削除してください。",
                       call="下記の番号にご連絡ください。夜だと助かります。",
                       consent="裁判所の前で同意なしに撮影されました。",
                       guest="ポッドキャストにお招きいただきありがとうございます。",
                       dox="この投稿に自宅住所と携帯番号が載っています。削除してください。")),
    "ko-KR": L(region="KR", gA="서 지 하 유 은 채 윤", gB="연 윤 린 솔 별 담 아",
               fA="김 이 박 최 정 한 윤", fB="",
               tA="", tB="",
               street="{s}로 {n}", stypes="", postfmt="{town} {krpc}",
               lbl=dict(name="이름", tel="연락처", addr="주소", dob="생년월일", mail="이메일"),
               ph=dict(letter="화요일 기사 관련입니다. 제 이름이 잘못 표기됐습니다.",
                       remove="온라인 기사에서 제 이름과 사진을 삭제해 주세요.",
                       call="아래 번호로 저녁에 연락 주세요.",
                       consent="법원 앞에서 동의 없이 촬영당했습니다.",
                       guest="팟캐스트에 초대해 주셔서 감사합니다.",
                       dox="이 게시물에 제 집 주소와 휴대폰 번호가 있어요. 삭제해 주세요.")),
    "zh-CN": L(region="CN", gA="晓 思 雨 婉 嘉 梓 若", gB="彤 涵 萱 宁 琪 悦 岚",
               fA="钟 邵 祁 柏 阮 岑 甄", fB="",
               tA="", tB="",
               street="{s}路{n}号", stypes="", postfmt="{town} {cnpc}",
               lbl=dict(name="姓名", tel="电话", addr="地址", dob="出生日期", mail="邮箱"),
               ph=dict(letter="关于周二的报道：我的名字写错了，那句话也不是我说的。",
                       remove="请把我的名字和照片从网上的报道里删掉。",
                       call="请打下面的电话联系我，晚上比较方便。",
                       consent="我在法院门口被人未经同意拍摄了。",
                       guest="谢谢邀请我上播客，我把简介发给你们。",
                       dox="这个帖子公开了我的住址和手机号，请删除。")),
    "th-TH": L(region="TH", gA="กม ปิ สุ วร นภ ศิ", gB="ลา ยะ ดา นุช รินทร์ ริ",
               fA="ศรี วง ทอง แก้ว บุญ", fB="สวัสดิ์ ประเสริฐ ดี มณี รักษ์",
               tA="บางกร หนองพ ท่าสะ", tB="ะเบียน ลอย อาด",
               street="{n} ถนน{s}", stypes="", postfmt="{town} {thpc}",
               lbl=dict(name="ชื่อ", tel="โทร", addr="ที่อยู่", dob="วันเกิด", mail="อีเมล"),
               ph=dict(letter="เขียนมาเรื่องข่าววันอังคาร ชื่อของฉันสะกดผิดค่ะ",
                       remove="ขอให้ลบชื่อและรูปของฉันออกจากข่าวออนไลน์",
                       call="ติดต่อได้ที่เบอร์ด้านล่าง ช่วงเย็นสะดวกค่ะ",
                       consent="ถูกถ่ายวิดีโอหน้าศาลโดยไม่ได้ยินยอม",
                       guest="ขอบคุณที่เชิญมาพอดแคสต์ค่ะ",
                       dox="โพสต์นี้มีที่อยู่บ้านและเบอร์มือถือของฉัน กรุณาลบ")),
    "id-ID": L(region="ID", gA="Ratna Dew Sri Ayu Wul Nur Indah", gB="sari i ati ani yanti lestari",
               fA="Wira Sety Hart Pur Kusum Sant", fB="atmaja awan ono wanto ningrum oso",
               tA="Suka Suka Karang Tanjung", tB="maju jaya asri sari",
               street="Jl. {s} No. {n}", stypes="", postfmt="{town} {idpc}",
               lbl=dict(name="Nama", tel="HP", addr="Alamat", dob="Tgl lahir", mail="Email"),
               ph=dict(letter="Saya menulis soal berita hari Selasa: nama saya salah ketik.",
                       remove="Mohon hapus nama dan foto saya dari berita online.",
                       call="Bisa hubungi saya di nomor di bawah, sebaiknya malam.",
                       consent="Saya direkam tanpa izin di depan pengadilan.",
                       guest="Terima kasih sudah mengundang saya ke podcast.",
                       dox="Postingan ini menyebar alamat rumah dan nomor HP saya, tolong hapus.")),
}
NONLATIN = {"ru-RU", "uk-UA", "el-GR", "ar-EG", "he-IL", "hi-IN", "ja-JP", "ko-KR", "zh-CN", "th-TH"}
NOSPACE_NAME = {"ja-JP": " ", "ko-KR": "", "zh-CN": ""}


# ----------------------------------------------------------------------------------------------------------
# validated identifier generators (every loop capped; abort on an invalid value)
# ----------------------------------------------------------------------------------------------------------
class Invalid(SystemExit):
    pass


def need(ok, what, value):
    if not ok:
        raise Invalid(f"invalid generated {what}: {value!r}")
    return value


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def brute(make_body, tails, valid, rng, what, cap=60):
    for _ in range(cap):
        body = make_body()
        for t in tails:
            if valid(body + t):
                return body + t
    raise Invalid(f"could not generate {what}")


D1 = [str(i) for i in range(10)]
D2 = [f"{i:02d}" for i in range(100)]


def rand_date(rng, y0=1952, y1=2005):
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(start + rng.randrange((dt.date(y1, 12, 28) - dt.date(y0, 1, 1)).days))


def fmt_dob(code, d, rng):
    if code == "en-US":
        return d.strftime("%m/%d/%Y")
    if code in ("ja-JP", "zh-CN"):
        return f"{d.year}年{d.month}月{d.day}日" if rng.random() < .6 else d.isoformat()
    if code == "ko-KR":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if code in ("sv-SE", "hi-IN") and rng.random() < .5:
        return d.isoformat()
    sep = {"de-DE": ".", "pl-PL": ".", "ru-RU": ".", "uk-UA": ".", "tr-TR": ".", "nl-NL": "-"}.get(code, "/")
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def gen_ssn(rng):
    def mk():
        a = rng.randrange(1, 900)
        while a == 666:
            a = rng.randrange(1, 900)
        return f"{a:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
    for _ in range(50):
        v = mk()
        if us_ssn.is_valid(v):
            return v
    raise Invalid("ssn")


def gen_routing(rng):
    return brute(lambda: rng.choice("0123") + digits(rng, 7), D1, rtn.is_valid, rng, "routing")


def gen_card(rng, prefix=None):
    prefix = prefix or rng.choice(["4", "51", "53", "55", "2223", "4917"])
    body = prefix + digits(rng, 15 - len(prefix))
    v = body + luhn.calc_check_digit(body)
    need(luhn.is_valid(v), "card", v)
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


def gen_nhs(rng):
    v = brute(lambda: rng.choice("456789") + digits(rng, 8), D1, nhs.is_valid, rng, "nhs")
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def gen_utr(rng):
    body = digits(rng, 9)
    for t in D1:
        if utr.is_valid(t + body):
            return t + body
    return gen_utr_retry(rng)


def gen_utr_retry(rng, cap=30):
    for _ in range(cap):
        body = digits(rng, 9)
        for t in D1:
            if utr.is_valid(t + body):
                return t + body
    raise Invalid("utr")


def gen_idnr(rng):
    for _ in range(80):
        ds = rng.sample("0123456789", 9)
        if ds[0] == "0":
            continue
        ds.insert(rng.randrange(1, 10), rng.choice(ds))
        body = "".join(ds)
        for t in D1:
            v = body + t
            if idnr.is_valid(v):
                return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    raise Invalid("idnr")


def gen_nir(rng, d):
    def mk():
        return (rng.choice("12") + f"{d.year % 100:02d}{d.month:02d}" + f"{rng.randrange(1, 96):02d}".replace("20", "21")
                + digits(rng, 6))
    for _ in range(40):
        b = mk()
        k = 97 - int(b) % 97
        v = b + f"{k:02d}"
        if nir.is_valid(v):
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    raise Invalid("nir")


def gen_dni(rng):
    n = digits(rng, 8, True)
    v = n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
    return need(dni.is_valid(v), "dni", v)


def gen_cpf(rng):
    v = brute(lambda: digits(rng, 9, True), D2, cpf.is_valid, rng, "cpf")
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"


def gen_bsn(rng):
    return brute(lambda: rng.choice("123456") + digits(rng, 7), D1, bsn.is_valid, rng, "bsn")


def gen_pesel(rng, d):
    mm = d.month + (20 if d.year >= 2000 else 0)
    return brute(lambda: f"{d.year % 100:02d}{mm:02d}{d.day:02d}" + digits(rng, 4), D1, pesel.is_valid, rng, "pesel")


def gen_pnr(rng, d):
    v = brute(lambda: f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + digits(rng, 3), D1,
              lambda x: personnummer.is_valid(x[:6] + "-" + x[6:]), rng, "personnummer")
    return v[:6] + "-" + v[6:]


def gen_tck(rng):
    return brute(lambda: digits(rng, 9, True), D2, tckimlik.is_valid, rng, "tckimlik")


def gen_inn(rng):
    return brute(lambda: rng.choice(["77", "50", "78", "66", "52"]) + digits(rng, 8), D2, inn.is_valid, rng, "inn")


def gen_rntrc(rng):
    return brute(lambda: rng.choice("123") + digits(rng, 8), D1, rntrc.is_valid, rng, "rntrc")


def gen_amka(rng, d):
    return brute(lambda: f"{d.day:02d}{d.month:02d}{d.year % 100:02d}" + digits(rng, 4), D1, amka.is_valid, rng, "amka")


def gen_il(rng):
    return brute(lambda: rng.choice("023") + digits(rng, 7), D1, il_idnr.is_valid, rng, "il idnr")


def gen_egtn(rng):
    v = digits(rng, 9, True)
    need(eg_tn.is_valid(v), "eg tn", v)
    return f"{v[:3]}-{v[3:6]}-{v[6:]}"


def gen_aadhaar(rng):
    v = brute(lambda: rng.choice("23456789") + digits(rng, 10), D1, aadhaar.is_valid, rng, "aadhaar")
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def gen_pan(rng):
    A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for _ in range(40):
        v = "".join(rng.choice(A) for _ in range(3)) + "P" + rng.choice(A) + digits(rng, 4, True) + rng.choice(A)
        if pan.is_valid(v):
            return v
    raise Invalid("pan")


def gen_mynumber(rng):
    v = brute(lambda: digits(rng, 11, True), D1, jp_in.is_valid, rng, "my number")
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def gen_rrn(rng, d):
    g = ("1", "2") if d.year < 2000 else ("3", "4")
    v = brute(lambda: f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + rng.choice(g) + digits(rng, 5), D1,
              rrn.is_valid, rng, "rrn")
    return v[:6] + "-" + v[6:]


def gen_ric(rng, d):
    return brute(lambda: rng.choice(["110105", "310104", "440305", "510107", "330106", "420106"]) + d.strftime("%Y%m%d")
                 + digits(rng, 3), D1 + ["X"], ric.is_valid, rng, "ric")


def gen_thpin(rng):
    v = brute(lambda: rng.choice("1235") + digits(rng, 11), D1, th_pin.is_valid, rng, "th pin")
    return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"


def gen_npwp(rng):
    for _ in range(60):
        b = rng.choice(["01", "02", "09", "07"]) + digits(rng, 6)
        for t in D1:
            v = b + t + digits(rng, 6)
            if npwp.is_valid(v):
                return f"{v[:2]}.{v[2:5]}.{v[5:8]}.{v[8]}-{v[9:12]}.{v[12:]}"
    raise Invalid("npwp")


IBAN_SPEC = {"DE": "18n", "GB": "4a14n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "PL": "24n",
             "SE": "20n", "TR": "22n", "GR": "23n", "IL": "19n", "PT": "21n", "FI": "14n"}


def gen_iban(rng, cc):
    spec = IBAN_SPEC[cc]
    for _ in range(300):
        bban = ""
        for n, kind in re.findall(r"(\d+)([an])", spec):
            alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
            bban += "".join(rng.choice(alpha) for _ in range(int(n)))
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        v = cc + f"{98 - int(num) % 97:02d}" + bban
        if std_iban.is_valid(v):
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    raise Invalid("iban " + cc)


def gen_phone(rng, region, kind=PhoneNumberType.MOBILE, fmt=None):
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nat = phonenumbers.national_significant_number(ex)
    keep = 3 if len(nat) > 8 else 2
    for _ in range(400):
        cand = nat[:keep] + digits(rng, len(nat) - keep)
        try:
            p = phonenumbers.parse(cand, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            f = fmt if fmt is not None else rng.choice([PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL,
                                                        PhoneNumberFormat.NATIONAL, PhoneNumberFormat.E164])
            s = phonenumbers.format_number(p, f)
            chk = phonenumbers.parse(s, region)
            need(phonenumbers.is_valid_number(chk), "phone", s)
            return s
    raise Invalid("phone " + region)


def gen_ip(rng):
    import ipaddress
    for _ in range(100):
        a = ipaddress.IPv4Address(rng.randrange(0x01000000, 0xDF000000))
        if a.is_global and not a.is_multicast:
            return str(a)
    raise Invalid("ip")


def gen_mrn(rng):
    return rng.choice(["MRN ", "MRN: ", "Hosp. no. ", "UR "]) + digits(rng, rng.choice([7, 8]), True)


def gen_member_id(rng):
    return rng.choice(["W", "XEH", "ZGP", "MBR"]) + digits(rng, 9, True)


LOCALE_IDS = {
    "en-US": [("ssn", lambda r, d: gen_ssn(r)), ("HEALTH_INSURANCE", lambda r, d: gen_member_id(r))],
    "en-GB": [("HEALTH_INSURANCE", lambda r, d: gen_nhs(r)), ("TAX_ID", lambda r, d: gen_utr(r))],
    "de-DE": [("TAX_ID", lambda r, d: gen_idnr(r))], "fr-FR": [("NATIONAL_ID", gen_nir)],
    "es-ES": [("NATIONAL_ID", lambda r, d: gen_dni(r))], "pt-BR": [("TAX_ID", lambda r, d: gen_cpf(r))],
    "it-IT": [], "nl-NL": [("NATIONAL_ID", lambda r, d: gen_bsn(r))], "pl-PL": [("NATIONAL_ID", gen_pesel)],
    "sv-SE": [("NATIONAL_ID", gen_pnr)], "tr-TR": [("NATIONAL_ID", lambda r, d: gen_tck(r))],
    "ru-RU": [("TAX_ID", lambda r, d: gen_inn(r))], "uk-UA": [("TAX_ID", lambda r, d: gen_rntrc(r))],
    "el-GR": [("NATIONAL_ID", gen_amka)], "ar-EG": [("TAX_ID", lambda r, d: gen_egtn(r))],
    "he-IL": [("NATIONAL_ID", lambda r, d: gen_il(r))],
    "hi-IN": [("NATIONAL_ID", lambda r, d: gen_aadhaar(r)), ("TAX_ID", lambda r, d: gen_pan(r))],
    "ja-JP": [("NATIONAL_ID", lambda r, d: gen_mynumber(r))], "ko-KR": [("NATIONAL_ID", gen_rrn)],
    "zh-CN": [("NATIONAL_ID", gen_ric)], "th-TH": [("NATIONAL_ID", lambda r, d: gen_thpin(r))],
    "id-ID": [("TAX_ID", lambda r, d: gen_npwp(r))],
}
LOCALE_IBAN = {"en-GB": "GB", "de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT", "nl-NL": "NL", "pl-PL": "PL",
               "sv-SE": "SE", "tr-TR": "TR", "el-GR": "GR", "he-IL": "IL"}


# ----------------------------------------------------------------------------------------------------------
# pools (freeze-checked) and a per-record context that records every value it issues
# ----------------------------------------------------------------------------------------------------------
KO_T = "청 솔 하 늘 금 빛 다 온 새 별".split()
ZH_T = "榆 澄 岚 泊 桂 沅 汀 棠".split()
ZH_T2 = "川 州 阳 宁 江 原".split()
ROMAN_SYL = "ka ri mo na se lu ta vi ho ne za do mi ra ku en".split()
DOMAINS = {"en-US": ["gmail.com", "yahoo.com", "outlook.com"], "en-GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
           "de-DE": ["gmx.de", "web.de", "t-online.de"], "fr-FR": ["orange.fr", "free.fr", "gmail.com"],
           "es-ES": ["gmail.com", "hotmail.es"], "pt-BR": ["uol.com.br", "gmail.com"], "it-IT": ["libero.it", "gmail.com"],
           "nl-NL": ["ziggo.nl", "kpnmail.nl"], "pl-PL": ["wp.pl", "o2.pl", "interia.pl"], "sv-SE": ["telia.com", "gmail.com"],
           "tr-TR": ["gmail.com", "hotmail.com"], "ru-RU": ["mail.ru", "yandex.ru"], "uk-UA": ["ukr.net", "gmail.com"],
           "el-GR": ["otenet.gr", "gmail.com"], "ar-EG": ["gmail.com", "yahoo.com"], "he-IL": ["walla.co.il", "gmail.com"],
           "hi-IN": ["gmail.com", "rediffmail.com"], "ja-JP": ["docomo.ne.jp", "gmail.com"], "ko-KR": ["naver.com", "daum.net"],
           "zh-CN": ["qq.com", "163.com"], "th-TH": ["hotmail.com", "gmail.com"], "id-ID": ["yahoo.co.id", "gmail.com"]}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum())).lower()


def postcode(rng, code):
    d = lambda n: digits(rng, n, True)
    A = "ABDEFGHJLNPRSTUWYZ"
    return {"en-US": d(5), "en-GB": f"{rng.choice(['LS', 'NE', 'BS', 'CF', 'EH', 'NG'])}{rng.randrange(1, 20)} {rng.randrange(1, 10)}{rng.choice(A)}{rng.choice(A)}",
            "nl-NL": f"{d(4)} {rng.choice(A)}{rng.choice(A)}", "pl-PL": f"{d(2)}-{digits(rng, 3)}", "sv-SE": f"{d(3)} {digits(rng, 2)}",
            "el-GR": f"{d(3)} {digits(rng, 2)}", "pt-BR": f"{d(5)}-{digits(rng, 3)}", "ja-JP": f"{d(3)}-{digits(rng, 4)}",
            "ru-RU": d(6), "he-IL": d(7), "hi-IN": d(6), "zh-CN": d(6)}.get(code, d(5))


class Pools:
    def __init__(self, rng):
        self.given, self.family, self.towns, self.streets, self.full = {}, {}, {}, {}, {}
        for code, c in LOCALES.items():
            gA, gB, fA, fB = c["gA"].split(), c["gB"].split(), c["fA"].split(" ") if code != "nl-NL" else ["van der", "Ber", "Hoog", "Klaa", "Ver", "Smul", "de"], c["fB"].split()
            low = code not in NONLATIN
            cat = lambda a, b: a + (b.lower() if low else b)
            self.given[code] = build_pool(rng, code + ":given", lambda r: cat(r.choice(gA), r.choice(gB)), 40)
            if code == "nl-NL":
                mk_f = lambda r: (r.choice(["van der ", "de ", ""]) + r.choice(["Ber", "Hoog", "Klaa", "Ver", "Smul", "Wit", "Dam"])
                                  + r.choice(fB))
            elif not fB:
                mk_f = lambda r: r.choice(fA)
            else:
                mk_f = lambda r: cat(r.choice(fA), r.choice(fB))
            if fB:
                self.family[code] = build_pool(rng, code + ":family", mk_f, 40, cap=2000)
            else:  # Hangul / Han names are written as one word: the whole name is the pool entry
                self.family[code] = list(fA)
                gp = self.given[code]
                self.full[code] = build_pool(rng, code + ":fullname", lambda r, fA=fA, gp=gp: r.choice(fA) + r.choice(gp), 40, cap=2000)
            if code == "ko-KR":
                mk_t = lambda r: r.choice(KO_T) + r.choice(KO_T) + "시"
            elif code == "zh-CN":
                mk_t = lambda r: r.choice(ZH_T) + r.choice(ZH_T2) + "市"
            else:
                tA, tB = c["tA"].split(), c["tB"].split()
                sep = ""
                mk_t = lambda r, tA=tA, tB=tB, sep=sep: r.choice(tA) + sep + (r.choice(tB) if not low else r.choice(tB))
            self.towns[code] = build_pool(rng, code + ":town", mk_t, 12, cap=600)
            if code == "ko-KR":
                mk_s = lambda r: r.choice(KO_T) + r.choice(KO_T) + r.choice(["중앙", "새말", "솔밭"])
            elif code == "zh-CN":
                mk_s = lambda r: r.choice(ZH_T) + r.choice(["园", "林", "湖", "桥", "华"])
            elif code == "ja-JP":
                mk_s = lambda r: r.choice("東西南北中") + r.choice(["桐野", "榊原", "柚木", "槙尾"]) + "町"
            else:
                mk_s = lambda r: cat(r.choice(fA if code != "nl-NL" else ["Ber", "Hoog", "Klaa", "Wit"]), r.choice(fB or gB))
            self.streets[code] = build_pool(rng, code + ":street", mk_s, 20, cap=800)
        pub_given = [g for code in ("en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "sv-SE") for g in self.given[code]]
        self.org_stems = build_pool(rng, "org", lambda r: r.choice(["Val", "Hol", "Cres", "Tam", "Mer", "Bryn", "Ost", "Quil", "Ferr", "Lum"])
                                    + r.choice(["mora", "vane", "ford", "ista", "wyn", "ello", "arde", "ion"]), 24)
        self.fictional = fixed_pool("fictional", [
            "Atticus Finch", "Lisbeth Salander", "Jay Gatsby", "Elizabeth Bennet", "Holden Caulfield", "Ebenezer Scrooge",
            "Captain Nemo", "Phileas Fogg", "Lemuel Gulliver", "Huckleberry Finn", "Sancho Panza", "Anna Karenina", "Emma Bovary",
            "Jean Valjean", "Hercule Poirot", "Philip Marlowe", "Nero Wolfe", "Dorian Gray", "Jane Eyre", "Oliver Twist",
            "Bilbo Baggins", "Pippi Longstocking", "Corto Maltese", "Lucky Luke", "Clark Kent", "Lois Lane", "Peter Parker",
            "Rip Van Winkle", "Ichabod Crane", "Captain Ahab", "Long John Silver", "Tom Ripley", "Kinsey Millhone", "Jules Maigret",
            "Kurt Wallander", "Salvo Montalbano", "Precious Ramotswe", "Erast Fandorin", "Arsène Lupin", "Modesty Blaise",
            "Auguste Dupin", "Tyrion Lannister", "Walter White", "Dana Scully", "Fox Mulder", "Leslie Knope", "Selina Meyer",
            "Ron Burgundy", "Murphy Brown", "Lou Grant", "Mary Richards", "Will McAvoy", "Rory Gilmore", "Carrie Bradshaw"])
        self.eponyms = fixed_pool("eponym", [
            "Pulitzer Prize", "Peabody Award", "Murrow Award", "Nobel Peace Prize", "Orwell Prize", "Kapuściński Award",
            "Albert Londres prize", "Theodor-Wolff-Preis", "Nannen Preis", "Alzheimer's disease", "Parkinson's disease",
            "Doppler radar", "Streisand effect", "Godwin's law", "Poe's law", "Betteridge's law of headlines", "Benford's law",
            "Dunning-Kruger effect", "Sullivan standard", "Leveson Inquiry", "Overton window", "Bechdel test"])
        self.public_given = pub_given

    def org(self, rng, kind=None):
        return rng.choice(self.org_stems) + " " + (kind or rng.choice(["Media", "Press", "News", "Radio", "Studio", "Network", "Podcast"]))


class Ctx:
    def __init__(self, rng, code, pools):
        self.rng, self.code, self.pools, self.c = rng, code, pools, LOCALES[code]
        self.issued = []
        self.lbl, self.ph = self.c["lbl"], self.c["ph"]

    def add(self, typ, val):
        self.issued.append((typ, val))
        return val

    def fullname(self, given=None):
        r, code = self.rng, self.code
        if code in self.pools.full:
            full = r.choice(self.pools.full[code])
            return full, full[1:], full[0]
        g = given or r.choice(self.pools.given[code])
        f = r.choice(self.pools.family[code])
        if code in NOSPACE_NAME:
            return f + NOSPACE_NAME[code] + g, g, f
        if code in ("ru-RU", "uk-UA") and r.random() < .4:
            return f + " " + g, g, f
        return g + " " + f, g, f

    def person(self):
        r, code = self.rng, self.code
        name, g, f = self.fullname()
        d = rand_date(r)
        if code in NONLATIN:
            local = "".join(r.choice(ROMAN_SYL) for _ in range(r.randrange(2, 4)))
        else:
            local = r.choice([fold(g) + "." + fold(f), fold(g)[0] + fold(f), fold(g) + fold(f)[:3]])
        local += r.choice(["", str(d.year % 100), str(r.randrange(1, 999))])
        return dict(name=name, given=g, family=f, dob_date=d, dob=fmt_dob(code, d, r),
                    email=local + "@" + r.choice(DOMAINS[code]))

    # issued fields
    def n(self, p):
        return self.add("person", p["name"])

    def g(self, p):
        return self.add("person", p["given"])

    def tel(self):
        return self.add("PHONE_NUMBER", gen_phone(self.rng, self.c["region"]))

    def mail(self, p):
        return self.add("EMAIL_ADDRESS", p["email"])

    def dob(self, p):
        return self.add("DATE_OF_BIRTH", p["dob"])

    def addr(self):
        r, code, c = self.rng, self.code, self.c
        stem = r.choice(self.pools.streets[code])
        stypes = c["stypes"].split()
        street = c["street"].format(n=r.randrange(1, 180), s=stem, t=r.choice(stypes) if stypes else "",
                                    n2=r.randrange(1, 30), n3=r.randrange(1, 20)).strip()
        town = r.choice(self.pools.towns[code])
        tail = c["postfmt"].format(town=town, st=r.choice(c.get("states", "OH").split()), zip5=postcode(r, code),
                                   pc=postcode(r, code), cep=postcode(r, code), nlpc=postcode(r, code),
                                   plpc=postcode(r, code), sepc=postcode(r, code), trpc=postcode(r, code),
                                   rupc=postcode(r, code), uapc=postcode(r, code), grpc=postcode(r, code),
                                   egpc=postcode(r, code), ilpc=postcode(r, code), inpc=postcode(r, code),
                                   jppc=postcode(r, code), krpc=postcode(r, code), cnpc=postcode(r, code),
                                   thpc=postcode(r, code), idpc=postcode(r, code))
        if code in ("ja-JP", "zh-CN", "ko-KR"):
            return self.add("STREET_ADDRESS", tail + " " + street)
        return self.add("STREET_ADDRESS", street + ", " + tail)

    def natid(self, p):
        """One locale identifier (type, value); falls back to a phone where the locale has none."""
        ids = LOCALE_IDS[self.code]
        if not ids:
            return "phone", self.tel()
        typ, fn = self.rng.choice(ids)
        return typ, self.add(typ, fn(self.rng, p["dob_date"]))

    def iban(self):
        cc = LOCALE_IBAN.get(self.code)
        if not cc:
            return None
        return self.add("IBAN_CODE", gen_iban(self.rng, cc))

    def card(self):
        return self.add("CREDIT_CARD", gen_card(self.rng))

    def ip(self):
        return self.add("IP_ADDRESS", gen_ip(self.rng))

    def mrn(self):
        return self.add("MEDICAL_RECORD", gen_mrn(self.rng))

    def us_bank(self):
        rt = self.add("US_BANK_NUMBER", gen_routing(self.rng))
        ac = self.add("US_BANK_NUMBER", digits(self.rng, self.rng.choice([9, 10, 12]), True))
        return rt, ac

    # benign helpers (never issued)
    def public(self, role):
        name, _, _ = self.fullname()
        return f"{name}, {role}" if self.rng.random() < .5 else f"{role} {name}"

    def org_phone(self):
        return gen_phone(self.rng, self.c["region"], PhoneNumberType.FIXED_LINE, PhoneNumberFormat.INTERNATIONAL)

    def org(self, kind=None):
        return self.pools.org(self.rng, kind)

    def domain(self, org):
        return fold(org.split()[0]) + self.rng.choice(["-news.com", ".media", "-press.org", ".example.com", "-desk.net"])


def ref(rng, prefix):
    return f"{prefix}-{rng.randrange(2024, 2027)}-{rng.randrange(1000, 99999):05d}"


def sha(rng, n=64):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ----------------------------------------------------------------------------------------------------------
# the nine kinds: sensitive templates, benign hard negatives, incidental single items
# ----------------------------------------------------------------------------------------------------------
def typo(rng, s):
    if rng.random() < .3 and len(s) > 20:
        i = rng.randrange(5, len(s) - 5)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


SYS = {
    "story_budget": ["You help the night editor of a regional daily tidy the story budget.", "Wire desk assistant. Keep slugs, be brief, house style."],
    "fact_check": ["You support a fact-checking unit. Be precise about what is verified.", "Verification desk helper; never speculate about identities."],
    "podcast_production": ["You are the producer's assistant for a weekly interview podcast.", "Help a video/podcast team with run-downs and show notes."],
    "moderation_ticket": ["You assist a trust & safety team triaging the moderation queue.", "T&S queue helper. Output: severity, policy, action."],
    "forum_moderation": ["You help volunteer moderators of a large hobby forum.", "Community mod assistant for a subreddit-style board."],
    "creator_management": ["You assist a talent agency that manages online creators.", "Influencer ops assistant: contracts, payouts, briefs."],
    "takedown_request": ["You help a publisher's legal desk handle removal and takedown requests.", "Assist the standards editor with unpublishing requests."],
    "reader_corrections": ["You help the readers' editor with letters and corrections.", "Corrections desk assistant; keep a neutral tone."],
    "photo_archive": ["You assist the photo desk and picture archive.", "Archive assistant: captions, releases, metadata."],
}


def s_story_budget(x, v):
    r, L = x.rng, x.lbl
    if v == 0:
        p = x.person()
        doc = (f"BUDGET {r.choice(['MON', 'TUE', 'WED', 'THU'])} — {r.choice(['A1', 'METRO', 'NEWS'])}\n"
               f"FLOOD-RESCUE 500w pix — firefighters pulled two from the river, photos in\n"
               f"COUNCIL-BUDGET 700w — vote 7pm, {x.public('council leader')} to speak\n"
               f"COURT-STABBING 600w — victim's sister {x.n(p)} talked to us, mob {x.tel()}, lives {x.addr()} (DO NOT PRINT ADDR)\n"
               f"WEATHER brief — amber warning till Fri")
        return doc, r.choice(["tighten these budget lines for the 4pm news meeting", "make this budget readable for the editor, keep the notes"]), "budget_lines"
    if v == 1:
        p = x.person()
        doc = (f"SOURCE NOTES — slug {r.choice(['BLAZE', 'TOWERFIRE', 'WAREHOUSE-FIRE'])}\n{L['name']}: {x.n(p)}\n{L['tel']}: {x.tel()}\n"
               f"{L['mail']}: {x.mail(p)}\nrelation: neighbour, saw the fire from the balcony\nquote: \"{x.ph['call']}\"\n"
               f"reporter note: shes nervous, wants to stay anon in print")
        return doc, r.choice(["turn these notes into a 2-par brief, keep the source anonymous", "write the brief; she must not be identifiable"]), "source_notes"
    p = x.person()
    typ, idv = x.natid(p)
    doc = (f"COURT LIST (embargoed till verdict)\nCase {ref(r, 'CR')}\nYouth defendant: {x.n(p)}, {L['dob']} {x.dob(p)}\n"
           f"{L['addr']}: {x.addr()}\nID on charge sheet: {idv}\nReporting restrictions: s.45 anonymity order in force")
    return doc, r.choice(["can we run anything from this under the reporting restrictions? what must go", "check this against the anonymity order before the sub sees it"]), "court_list"


def b_story_budget(x, v):
    r = x.rng
    org = x.org(r.choice(["News", "Press"]))
    if v == 0:
        doc = (f"BUDGET — {r.choice(['SAT', 'SUN'])} EDITION\nBYPASS-OPEN 400w pix — {x.public('Minister for Transport')} cuts ribbon 11:00; "
               f"press office switchboard {x.org_phone()}\nFESTIVAL-CROWDS 300w — police say 40,000 attended\n"
               f"MARKETS 250w — wire, {org} copy\nTV-REVIEW 350w — the reboot of {r.choice(x.pools.fictional) if x.pools.fictional else 'the detective'} (character, not the cast)")
        return doc, "tidy this budget, one line per story", "public_budget"
    if v == 1:
        doc = (f"ADVISORY — {org} will move the following at 14:30 GMT\nELECTION-RESULTS ({ref(r, 'WIRE')}) — full tables by region\n"
               f"ELECTION-REAX — statements from {x.public('party spokesperson')}\nCorrections to newsdesk@{x.domain(org)}, desk {x.org_phone()}\n"
               f"Embargo: none. Photos: {ref(r, 'PIX')}")
        return doc, "summarise the advisory for the web team", "wire_advisory"
    doc = ("SLUG: ______  | WORDS: ___ | REPORTER: [name] | SOURCE: [withheld]\nTEL: [source tel]  | PIX: y/n\n"
           "SLUG: ______  | WORDS: ___ | REPORTER: [name] | SOURCE: [withheld]\nNotes: fill before 4pm conference")
    return doc, "make this budget template nicer, add a column for legal check", "blank_form"


def s_fact_check(x, v):
    r, L = x.rng, x.lbl
    if v == 0:
        p = x.person()
        doc = (f"VIRAL VIDEO TRACE ({ref(r, 'FC')})\nEarliest upload traced to a private account; profile name matches {x.n(p)}.\n"
               f"Uploader IP from the email header she forwarded: {x.ip()}\nBio phone: {x.tel()}\nShe is not a public figure.")
        return doc, r.choice(["draft a verification plan. we will NOT publish her details", "what else do we need before calling the uploader"]), "trace_memo"
    if v == 1:
        p = x.person()
        typ, idv = x.natid(p)
        doc = (f"Claim circulating: '{x.n(p)} ({L['dob']} {x.dob(p)}) got the housing grant twice'.\nThe 'leaked doc' shows number {idv}.\n"
               f"Our check: the doc template is from 2019, font mismatch.")
        return doc, "assess the claim and write a rating (true/false/misleading) with reasoning", "claim_about_private"
    p = x.person()
    child = x.person()
    doc = (f"CALL LOG fact-check #{r.randrange(100, 999)}\n10:12 called the mother of {x.g(child)} (the boy in the video) on {x.tel()}, no answer\n"
           f"10:40 school press office confirmed the trip happened\n11:05 {x.n(p)} (teacher on the trip) emailed from {x.mail(p)}: confirms date")
    return doc, "summarise what is verified and what isn't", "call_log"


def b_fact_check(x, v):
    r = x.rng
    if v == 0:
        doc = (f"Claim by {x.public('Deputy Mayor')} in the TV debate: 'unemployment has halved since 2019'.\n"
               f"Statistics office series {ref(r, 'LFS')}: 2019 6.1%, 2025 4.4%.\nRating draft: MISLEADING (fell by ~28%, not half).")
        return doc, "check the maths and tighten the rating text", "politician_claim"
    if v == 1:
        doc = (f"IMAGE CHECK\nSHA-256 {sha(r)}\nEXIF: Canon EOS R6, serial {digits(r, 12, True)}, 2014-06-03T18:22:41\n"
               f"GPS 48.85837, 2.29448 (landmark)\nTinEye: first seen 2014 on a travel blog; recirculated 2026 as 'today'\n"
               f"Uploader contact in the hoax: call 555-01{r.randrange(10, 99)} (fictional range)")
        return doc, "write the verdict paragraph", "image_hash"
    doc = ("Hoax message (WhatsApp, 40k forwards): 'LEAKED bank card 4111 1111 1111 1111 exp 12/29 CVV 123 — "
           "the government is stealing from this card!'\nNote: 4111... is a well-known payment test number. Sender shown as +1 202-555-0147.")
    return doc, r.choice(["explain to readers why this is fake in 80 words", "write the explainer"]), "test_values"


def s_podcast(x, v):
    r, L = x.rng, x.lbl
    if v == 0:
        p = x.person()
        iban = x.iban()
        pay = f"Fee to IBAN {iban}" if iban else f"Fee: card payout, {L['mail']} {x.mail(p)}"
        if x.code == "en-US":
            rt, ac = x.us_bank()
            pay = f"Fee by ACH: routing {rt}, acct {ac}"
        doc = (f"GUEST SHEET ep.{r.randrange(40, 220)}\n{L['name']}: {x.n(p)} — ICU nurse, night shifts story (not public, wants first name only on air)\n"
               f"{L['tel']}: {x.tel()}\nShip mic kit to: {x.addr()}\n{pay}\nRec: Thu 10:00, Riverside Studio B")
        return doc, r.choice(["write a friendly confirmation email to the guest", "make a run-down for the recording"]), "guest_sheet"
    if v == 1:
        p = x.person()
        child = x.person()
        doc = (f"[00:14:32] HOST: and how old was he then?\n[00:14:35] GUEST ({x.n(p)}): my son {x.g(child)} was born {x.dob(child)}, "
               f"he was in the NICU for six weeks, his record number was {x.mrn()}, I still have the wristband\n"
               f"[00:15:10] HOST: that must have been hard\n[00:15:12] GUEST: {x.ph['guest']}")
        return doc, r.choice(["clean up this transcript and flag anything we should bleep", "make show notes from this segment"]), "transcript"
    p = x.person()
    if x.code == "en-US":
        ids = f"SSN (for 1099): {x.add('ssn', gen_ssn(r))}"
    else:
        typ, idv = x.natid(p)
        ids = f"ID/tax no.: {idv}"
    doc = (f"RECORDING RELEASE\nI, {x.n(p)}, agree that my interview may be published.\n{ids}\n{L['mail']}: {x.mail(p)}\n"
           f"Signed 2026-{r.randrange(1, 13):02d}-{r.randrange(1, 28):02d}")
    return doc, "check the release is complete before we publish the episode", "release_form"


def b_podcast(x, v):
    r = x.rng
    org = x.org("Podcast")
    if v == 0:
        doc = (f"SHOW NOTES ep.{r.randrange(40, 220)}\nGuest: {x.public('author of the bestselling history of the tabloid press')}\n"
               f"00:00 intro\n03:12 why newsrooms shrank\n27:40 listener questions\nSponsor: use code DESK20\n"
               f"Booking enquiries: booking@{x.domain(org)}")
        return doc, "rewrite the show notes for Spotify, max 600 chars", "show_notes"
    if v == 1:
        fic = x.pools.fictional or ["the narrator"]
        doc = (f"BOOK CLUB EP — run-down\nSegment 1: is {r.choice(fic)} a reliable narrator?\nSegment 2: {r.choice(fic)} vs {r.choice(fic)} — "
               f"who's the better journalist character\nSegment 3: listener mail (read out first names only with consent)")
        return doc, "suggest three discussion questions per segment", "fiction_rundown"
    doc = ("GUEST INTAKE FORM\nName: ____________\nPhone: ____________\nEmail: ____________\nPronunciation of name: ____\n"
           "Topics to avoid: ____\nConsent to record: [ ] yes [ ] no")
    return doc, "translate this intake form into plain friendly language", "blank_form"


def s_moderation(x, v):
    r, L = x.rng, x.lbl
    if v == 0:
        p = x.person()
        doc = (f"Ticket #{ref(r, 'TS')} | queue: harassment/doxxing | reporter: anon\nReported content:\n"
               f"\"lol here's where {x.n(p)} lives {x.addr()} call her {x.tel()} and tell her what u think\"\n"
               f"Reporter comment: {x.ph['dox']}")
        return doc, r.choice(["classify severity and write the action note", "sev? policy? action? be quick"]), "doxxing_ticket"
    if v == 1:
        rows = ["report_id,reporter_email,reporter_ip,reason,created_at"]
        for k in range(r.randrange(4, 7)):
            if k < 3:
                p = x.person()
                rows.append(f"{r.randrange(10**6, 10**7)},{x.mail(p)},{x.ip()},{r.choice(['spam', 'hate', 'impersonation', 'scam'])},2026-0{r.randrange(1, 9)}-1{k}T0{k}:12:00Z")
            else:
                rows.append(f"{r.randrange(10**6, 10**7)},,,spam,2026-05-1{k}T08:00:00Z")
        return "\n".join(rows), r.choice(["dedupe this export and tell me which reasons dominate", "group by reason pls"]), "csv_export"
    p = x.person()
    typ, idv = x.natid(p)
    doc = (f"IMPERSONATION APPEAL {ref(r, 'IMP')}\nClaimant says account @{fold(p['given'])[:6] or 'user'}_{r.randrange(10, 99)} is hers.\n"
           f"Submitted ID: {x.n(p)}, {L['dob']} {x.dob(p)}, doc no. {idv}\n(ID image attached, OCR below)")
    return doc, "is this enough to restore the account? what's our checklist", "id_verification"


def b_moderation(x, v):
    r = x.rng
    if v == 0:
        rows = ["date,queue,reports,actioned,appeals"]
        for d in range(1, 8):
            rows.append(f"2026-03-0{d},{r.choice(['spam', 'hate', 'csam-hash', 'doxxing'])},{r.randrange(100, 9000)},{r.randrange(50, 800)},{r.randrange(0, 60)}")
        return "\n".join(rows), "compute the action rate per queue and flag anomalies", "aggregate_csv"
    if v == 1:
        org = x.org("Network")
        doc = (f"Ticket #{ref(r, 'TS')} | queue: scam\nPost: 'Crypto giveaway!! send 0.1 BTC to verify, support at help@example.com, "
               f"pay with 4242 4242 4242 4242' — link http://198.51.100.23/claim\nAccount verified? no\n"
               f"Escalation contact: abuse@{x.domain(org)}")
        return doc, "write the removal note", "scam_ticket"
    doc = (f"Ticket #{ref(r, 'TS')} (already anonymised export)\n[USER_1] posted [PHONE_REDACTED] and [ADDRESS_REDACTED] of [USER_2].\n"
           f"Hash of media: {sha(r, 40)}. Policy 4.2 (private info).")
    return doc, "which policy applies and what's the strike count", "anonymised"


def s_forum(x, v):
    r, L = x.rng, x.lbl
    if v == 0:
        p = x.person()
        doc = (f"Subject: ban appeal\nhi mods, I was banned for being under 16 but I'm not, my name is {x.n(p)}, born {x.dob(p)}, "
               f"you can email me at {x.mail(p)}. pls unban, been on the forum since 2019")
        return doc, r.choice(["draft a reply asking for proof the right way", "respond to this appeal, polite but firm"]), "ban_appeal"
    if v == 1:
        p = x.person()
        obj = {"id": r.randrange(10**8, 10**9), "username": f"{fold(p['given'])[:5] or 'user'}_{r.randrange(100, 999)}",
               "display_name": x.n(p), "email": x.mail(p), "last_login_ip": x.ip(), "birthdate": x.dob(p), "karma": r.randrange(10, 50000)}
        return json.dumps({"user": obj, "flags": ["alt_account_suspected"]}, ensure_ascii=False, indent=1), \
            "is this an alt of the banned user 4471? reason step by step", "api_json"
    p = x.person()
    doc = (f"MOD NOTE thread #{r.randrange(1000, 99999)}\nuser posted their own number in the swap thread: \"selling my old lens, text {x.tel()}\". "
           f"Rule 6 says no contact info in public, ask them to use DMs")
    return doc, "write the mod message to the user", "mod_note"


def b_forum(x, v):
    r = x.rng
    org = x.org("Network")
    if v == 0:
        doc = (f"PINNED: RULES\n1. Be civil\n2. No personal info (yours or others')\n3. Swaps via DM only\nQuestions: mods@{x.domain(org)}\n"
               f"Legal/takedowns: legal@{x.domain(org)}")
        return doc, "rewrite the rules more friendly, keep all five points", "rules"
    if v == 1:
        obj = {"thread": r.randrange(10**5, 10**6), "author_hash": sha(r, 16), "replies": r.randrange(0, 500),
               "reports": r.randrange(0, 40), "created": "2026-02-11T09:14:03Z", "client_ip_bucket": "203.0.113.0/24"}
        return json.dumps(obj, indent=1), "should this thread be auto-locked under our rule (reports > 25)?", "api_json_hashed"
    doc = (f"MEETUP — sat 14:00 at the central public library, room 3 (venue switchboard {x.org_phone()}).\n"
           f"Bring your old cameras, {x.public('the library director')} will say a few words.")
    return doc, "make this announcement shorter", "meetup"


def s_creator(x, v):
    r, L = x.rng, x.lbl
    if v == 0:
        p = x.person()
        pay = x.iban()
        if x.code == "en-US":
            rt, ac = x.us_bank()
            pay = f"routing {rt} acct {ac}"
        typ, idv = x.natid(p)
        doc = (f"PAYOUT SHEET — Q{r.randrange(1, 5)}\ncreator: @{x.pools.org_stems[0].lower()}{r.randrange(10, 99)} (legal: {x.n(p)})\n"
               f"pay to: {pay or 'PayPal ' + x.mail(p)}\ntax no.: {idv}\nmail contract to: {x.addr()}\nbrand deals: 3 x 4,500 EUR")
        return doc, r.choice(["check the payout sheet and compute net after 20% commission", "draft the payout email to the creator"]), "payout_sheet"
    if v == 1:
        p = x.person()
        doc = (f"DRAFT CONTRACT — talent representation\nThe Creator: {x.n(p)} (stage name withheld), {L['dob']} {x.dob(p)}, residing at {x.addr()}, "
               f"{L['tel']} {x.tel()}.\nTerm: 24 months. Commission: 20%.")
        return doc, "simplify clause 1 and check the term is consistent", "contract"
    p = x.person()
    doc = (f"Ads spend for the spring campaign goes on {x.n(p)}'s own card {x.card()} (she'll invoice us back). Budget 2,000/week.")
    return doc, "write a note to finance about this, it's messy", "card_on_file"


def b_creator(x, v):
    r = x.rng
    org = x.org("Agency")
    if v == 0:
        doc = (f"CAMPAIGN BRIEF — spring drop\nBrand contact: partnerships@{x.domain(org)}\nCreators: @{r.choice(x.pools.org_stems).lower()}tv (2.1M), "
               f"@{r.choice(x.pools.org_stems).lower()}eats (640k)\nDeliverables: 2 reels, 1 story set; disclosure #ad mandatory")
        return doc, "turn into a checklist for the creators", "brief"
    if v == 1:
        doc = ("TALENT AGREEMENT (template)\nThe Creator: [LEGAL NAME], born [DD/MM/YYYY], residing at [ADDRESS]\nPayment to: [IBAN]\n"
               "Tax number: [TAX ID]\nSigned: ________")
        return doc, "add a clause on AI-generated content to this template", "blank_form"
    doc = (f"INVOICE {ref(r, 'INV')} from {org}, registered office switchboard {x.org_phone()}\nFee 12 x reels, net 30, PO {digits(r, 8, True)}")
    return doc, "check the invoice maths: 12 x 1,150 + 19% VAT", "org_invoice"


def s_takedown(x, v):
    r, L = x.rng, x.lbl
    if v == 0:
        p = x.person()
        typ, idv = x.natid(p)
        doc = (f"RIGHT TO BE FORGOTTEN REQUEST\n{x.ph['remove']}\n{L['name']}: {x.n(p)}\n{L['addr']}: {x.addr()}\n"
               f"ID for verification: {idv}\nArticle: 2014, minor fraud case, charges dropped")
        return doc, r.choice(["assess under our unpublishing policy and draft a reply", "recommend: unpublish, anonymise, or keep?"]), "rtbf"
    if v == 1:
        p = x.person()
        doc = (f"URGENT — intimate images posted without consent\nreporter: {x.n(p)} ({x.mail(p)}), {x.tel()}\n"
               f"URLs: https://img.example-host.net/u/{r.randrange(10**5, 10**6)}.jpg\n{x.ph['consent']}")
        return doc, "what's our fastest takedown path, step by step", "ncii"
    p = x.person()
    doc = (f"Dear Sirs, we act for our client {x.n(p)} ({L['dob']} {x.dob(p)}), who is named in your article of 3 March. "
           f"Our client is a private individual and the article discloses her diagnosis (record {x.mrn()}). We request removal within 7 days.")
    return doc, "summarise the legal letter and the risk", "lawyer_letter"


def b_takedown(x, v):
    r = x.rng
    org = x.org("Music")
    if v == 0:
        doc = (f"DMCA NOTICE\nFrom: Legal Department, {org}, registered office, {x.org_phone()}\nWork: 'Night Shift' (ISRC {''.join(r.choice('ABCDEFGHJK') for _ in range(2))}{r.choice('ABC')}{digits(r, 2)}{digits(r, 2)}{digits(r, 5)})\n"
               f"Infringing URL: https://video.example.com/watch?v={sha(r, 11)}\nContact: copyright@{x.domain(org)}")
        return doc, "is this notice complete under 512(c)(3)?", "dmca"
    if v == 1:
        doc = ("REMOVAL REQUEST FORM\nYour name: [ ]\nArticle URL: [ ]\nReason: [ ] outdated [ ] inaccurate [ ] safety\n"
               "Proof of identity: do NOT send ID documents by email")
        return doc, "improve the wording of this form", "blank_form"
    doc = (f"TRANSPARENCY REPORT H{r.randrange(1, 3)}\nremoval requests: {r.randrange(200, 900)}\ngranted: {r.randrange(50, 150)}\n"
           f"from governments: {r.randrange(5, 40)}\nmedian days to decision: {r.randrange(3, 20)}")
    return doc, "write two paragraphs for the report intro", "aggregate"


def s_corrections(x, v):
    r, L = x.rng, x.lbl
    if v == 0:
        p = x.person()
        doc = (f"{x.ph['letter']}\n\n{x.n(p)}\n{x.addr()}\n{x.tel()}  (for verification only, not for publication)")
        return doc, r.choice(["draft a reply and say if a correction is needed", "is this letter publishable? edit to 150 words"]), "reader_letter"
    if v == 1:
        p = x.person()
        doc = (f"CORRECTION REQUEST\nYou wrote that {x.n(p)} was 19. I am {p['given']} and my {L['dob']} is {x.dob(p)}, so I was 22. "
               f"Reach me at {x.mail(p)}.")
        return doc, "write the correction line for tomorrow's paper (no personal data in it)", "age_correction"
    p = x.person()
    doc = (f"complaint from subscriber: charged twice this month on card {x.card()}, name on card {x.n(p)}, "
           f"account email {x.mail(p)} — wants refund and to cancel")
    return doc, "write the reply from reader services", "billing_complaint"


def b_corrections(x, v):
    r = x.rng
    org = x.org("News")
    if v == 0:
        doc = (f"CORRECTION — An article on {r.randrange(1, 28)} May misstated the title of {x.public('the regional health commissioner')}; "
               f"she is commissioner, not deputy. The budget figure was 4.2bn, not 42bn. We apologise for the errors.")
        return doc, "make this correction shorter, house style", "correction_notice"
    if v == 1:
        doc = (f"LETTERS POLICY\nLetters to letters@{x.domain(org)} or {org}, Letters Desk, registered office. Max 200 words. "
               f"We publish name and town only. Switchboard {x.org_phone()}")
        return doc, "translate to English if needed and shorten", "policy"
    rows = ["ref,date,section,error_type,fixed_in"]
    for k in range(6):
        rows.append(f"{ref(r, 'COR')},2026-04-{10 + k},{r.choice(['news', 'sport', 'business'])},{r.choice(['name spelling', 'figure', 'date', 'caption'])},{r.choice(['web', 'print', 'both'])}")
    return "\n".join(rows), "which error type is most common? one sentence", "corrections_log"


def s_photo(x, v):
    r, L = x.rng, x.lbl
    if v == 0:
        p = x.person()
        doc = (f"MODEL RELEASE\n{L['name']}: {x.n(p)}\n{L['dob']}: {x.dob(p)}\n{L['addr']}: {x.addr()}\n{L['tel']}: {x.tel()}\n"
               f"Shoot: street fashion feature, {r.choice(['Sept', 'Oct', 'Nov'])} 2026\nUsage: print + web, 5 years")
        return doc, r.choice(["check the release covers web use", "OCR came out like this, fix the formatting"]), "model_release"
    if v == 1:
        p = x.person()
        child = x.person()
        doc = (f"CAPTIONS — school sports day gallery\nIMG_{r.randrange(1000, 9999)}: {x.n(p)} cheers on her daughter {x.g(child)} (8) in the sack race\n"
               f"IMG_{r.randrange(1000, 9999)}: the relay final\nIMG_{r.randrange(1000, 9999)}: head teacher's speech")
        return doc, "tighten the captions; do we need parental consent for any?", "captions_private"
    p = x.person()
    doc = (f"ARCHIVE REQUEST\nLooking for a photo of my late father {x.n(p)} taken at the 1987 dock strike. "
           f"Please send scans to {x.mail(p)} or post to {x.addr()}.")
    return doc, "draft the archive's reply with the licensing fees", "family_request"


def b_photo(x, v):
    r = x.rng
    org = x.org("Press")
    if v == 0:
        doc = (f"CAPTIONS — summit day\n{ref(r, 'PX')}: {x.public('Prime Minister')} arrives at the summit venue. Photo: {org}\n"
               f"{ref(r, 'PX')}: {x.public('Foreign Minister')} speaks to reporters. Photo: {org}/pool")
        return doc, "rewrite captions in house style (present tense, credit last)", "public_captions"
    if v == 1:
        doc = (f"EXIF\nMake: Nikon\nModel: Z9\nSerialNumber: {digits(r, 7, True)}\nDateTimeOriginal: 2025:08:14 06:41:09\n"
               f"GPSLatitude: 41.8902 N\nGPSLongitude: 12.4922 E\nCopyright: {org}\nImageUniqueID: {sha(r, 32)}")
        return doc, "what can we tell from this metadata? is the time zone plausible", "exif"
    fic = x.pools.fictional or ["a comic character"]
    epo = x.pools.eponyms or ["a press award"]
    doc = (f"GALLERY — comic con day 2\nCosplayers dressed as {r.choice(fic)} and {r.choice(fic)} queue for the panel.\n"
           f"Award-winning photographer's set shortlisted for the {r.choice(epo)}. Catalogue {ref(r, 'ARC')}")
    return doc, "write 3 alt-texts", "fiction_gallery"


TEMPLATES = {
    "story_budget": (s_story_budget, b_story_budget), "fact_check": (s_fact_check, b_fact_check),
    "podcast_production": (s_podcast, b_podcast), "moderation_ticket": (s_moderation, b_moderation),
    "forum_moderation": (s_forum, b_forum), "creator_management": (s_creator, b_creator),
    "takedown_request": (s_takedown, b_takedown), "reader_corrections": (s_corrections, b_corrections),
    "photo_archive": (s_photo, b_photo),
}
KINDS = list(TEMPLATES)


def incidental(x, kind, v):
    """A benign document of the kind plus exactly one private item."""
    doc, instr, style = TEMPLATES[kind][1](x, v % 3)
    r = x.rng
    p = x.person()
    pick = v % 3
    if pick == 0:
        rel = r.choice(["my wife", "my sister", "our intern", "my neighbour", "my daughter"])
        line = f"(sorry for the delay, {rel} {x.g(p)} was in hospital overnight)"
    elif pick == 1:
        line = f"if the desk line drops I'm on {x.tel()}"
    else:
        line = f"reminder: the new stringer's press-pass form still needs her birth date, {x.dob(p)}"
    lines = doc.split("\n")
    lines.insert(r.randrange(1, len(lines) + 1), line)
    return "\n".join(lines), instr, style + "+incidental"


# ----------------------------------------------------------------------------------------------------------
# placement of the document in the request body
# ----------------------------------------------------------------------------------------------------------
PLACEMENTS = ["user", "system", "assistant", "tool", "parts_text", "parts_file", "tool_args", "tool_schema",
              "response_format", "user_field", "completions"]
MODELS = ["hybridgate/auto", "hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "auto"]


def place(rng, placement, system, instr, doc, kind, user_value):
    model = rng.choice(MODELS)
    if placement == "completions":
        return "completions", {"model": model, "prompt": f"{system}\n\n{instr}\n\n---\n{doc}\n---\n", "max_tokens": rng.choice([256, 400, 800])}
    sysm = {"role": "system", "content": system}
    if placement == "user":
        msgs = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}" if rng.random() < .6 else f"{doc}\n\n{instr}"}]
    elif placement == "system":
        msgs = [{"role": "system", "content": f"{system}\nWorking document:\n{doc}"}, {"role": "user", "content": instr}]
    elif placement == "assistant":
        msgs = [sysm, {"role": "user", "content": "pasting it now"},
                {"role": "assistant", "content": f"Received, here is the text as I have it:\n{doc}"}, {"role": "user", "content": instr}]
    elif placement == "tool":
        cid = "call_" + sha(rng, 12)
        msgs = [sysm, {"role": "user", "content": f"pull the item from the {kind.replace('_', ' ')} queue"},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
                 "function": {"name": "fetch_item", "arguments": json.dumps({"queue": kind, "item": rng.randrange(1000, 99999)})}}]},
                {"role": "tool", "tool_call_id": cid, "content": doc}, {"role": "user", "content": instr}]
    elif placement == "parts_text":
        parts = [{"type": "text", "text": instr}, {"type": "text", "text": doc}]
        if kind == "photo_archive":
            parts.append({"type": "image_url", "image_url": {"url": f"https://cdn.example-desk.net/archive/IMG_{rng.randrange(1000, 9999)}.jpg?w=1200"}})
        msgs = [sysm, {"role": "user", "content": parts}]
    elif placement == "parts_file":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        fname = f"{kind}_{rng.randrange(1000, 99999)}.{rng.choice(['txt', 'csv', 'md'])}"
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": instr},
                {"type": "file", "file": {"filename": fname, "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif placement == "tool_args":
        cid = "call_" + sha(rng, 12)
        msgs = [sysm, {"role": "user", "content": instr},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
                 "function": {"name": "save_note", "arguments": json.dumps({"kind": kind, "text": doc}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": "{\"ok\": true}"}, {"role": "user", "content": "now do what I asked"}]
    elif placement == "tool_schema":
        msgs = [sysm, {"role": "user", "content": instr + "\n(the item is in the tool description)"}]
        return "chat", {"model": model, "messages": msgs, "tools": [{"type": "function", "function": {
            "name": "file_" + kind, "description": f"Files the current item. Current item:\n{doc}",
            "parameters": {"type": "object", "properties": {"action": {"type": "string", "enum": ["keep", "edit", "escalate", "remove"]},
                                                            "note": {"type": "string"}}, "required": ["action"]}}}]}
    elif placement == "response_format":
        msgs = [sysm, {"role": "user", "content": instr + "\nSource is in the schema description."}]
        return "chat", {"model": model, "messages": msgs, "response_format": {"type": "json_schema", "json_schema": {
            "name": kind + "_result", "schema": {"type": "object", "description": f"Result for this source:\n{doc}",
                                                 "properties": {"summary": {"type": "string"}, "action": {"type": "string"}}}}}}
    else:  # user_field
        msgs = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
        return "chat", {"model": model, "messages": msgs, "user": user_value}
    return "chat", {"model": model, "messages": msgs}


def search_text(body):
    s = json.dumps(body, ensure_ascii=False)
    extra = []
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        extra.append(base64.b64decode(m.group(1)).decode("utf-8"))
    return "\n".join([s, urllib.parse.unquote(s)] + extra)


def entities_of(body, issued):
    text = search_text(body)
    out, seen = [], set()
    for typ, val in issued:
        if (typ, val) in seen:
            continue
        seen.add((typ, val))
        if val in text:
            out.append({"type": typ, "value": val})
    return sorted(out, key=lambda e: (e["type"], e["value"]))


# ----------------------------------------------------------------------------------------------------------
# PII split
# ----------------------------------------------------------------------------------------------------------
def build_pii(rng, pools):
    codes = list(LOCALES)
    recs = []
    loc_i, plc_i = rng.randrange(len(codes)), 0
    for kind in KINDS:
        s_fn, b_fn = TEMPLATES[kind]
        plan = [("s", k) for k in range(32)] + [("b", k) for k in range(24)]
        for sb, k in plan:
            code = codes[loc_i % len(codes)]
            loc_i += 1
            placement = PLACEMENTS[plc_i % len(PLACEMENTS)]
            plc_i += 1
            x = Ctx(rng, code, pools)
            if sb == "s" and k % 8 == 0:
                doc, instr, style = incidental(x, kind, k // 8)
            elif sb == "s":
                doc, instr, style = s_fn(x, k % 3)
            else:
                doc, instr, style = b_fn(x, k % 3)
            doc = typo(rng, doc) if sb == "b" else doc
            emails = [v for t, v in x.issued if t == "EMAIL_ADDRESS"]
            user_value = emails[0] if emails else "desk-" + sha(rng, 10)
            endpoint, body = place(rng, placement, rng.choice(SYS[kind]), instr, doc, kind, user_value)
            ents = entities_of(body, x.issued)
            if sb == "b":
                assert not x.issued and not ents, (kind, style)
            else:
                assert ents, (kind, style, code)
            recs.append({"category": kind if sb == "s" else kind + "_benign", "sensitive": bool(ents), "entities": ents,
                         "endpoint": endpoint, "lang": code, "style": f"{style} · {placement}", "body": body})
    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        assert r["sensitive"] == bool(r["entities"])
        out.append({"id": f"{SPLIT}-pii-{i:04d}", **r})
    return out


# ----------------------------------------------------------------------------------------------------------
# complexity split
# ----------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "Write a headline for: 'Council approves new bike lanes on the high street.'"),
    ("en", "what does 'lede' mean in a newsroom"), ("en", "give me 3 hashtags for a podcast episode about urban gardening"),
    ("en", "fix the typos: 'The mayor anounced the budjet yesterday at the meeting'"), ("en", "convert 14:30 GMT to CET"),
    ("en", "is it 'embargoed until' or 'embargoed till' in AP style? one line"), ("en", "rewrite in passive voice: 'Police arrested two men.'"),
    ("en", "short thank-you reply to a listener who liked ep. 112"), ("en", "how many words is a typical news brief? ballpark"),
    ("de-DE", "Schreib eine kurze Überschrift: Stadtrat beschließt neue Radwege."), ("de-DE", "Was heißt 'Sperrfrist' auf Englisch?"),
    ("fr-FR", "Traduis « droit de réponse » en anglais."), ("fr-FR", "Donne un titre court : la médiathèque ouvre le dimanche."),
    ("es-ES", "¿Qué significa 'off the record'? Una frase."), ("es-ES", "Corrige: 'La alcaldesa anuncio ayer el presupuesto'"),
    ("pt-BR", "Sugira um título para: prefeitura lança aplicativo de ônibus."), ("it-IT", "Traduci 'correzione' in inglese."),
    ("nl-NL", "Maak een kop: bibliotheek verlengt openingstijden."), ("pl-PL", "Jak po angielsku jest 'sprostowanie'?"),
    ("tr-TR", "'Son dakika' İngilizcede nasıl yazılır?"), ("ru-RU", "Придумай заголовок: в парке открыли новую сцену."),
    ("uk-UA", "Як англійською 'спростування'?"), ("el-GR", "Πώς λέγεται 'διόρθωση' στα αγγλικά;"),
    ("ar-EG", "ترجم 'عاجل' إلى الإنجليزية."), ("he-IL", "איך אומרים 'תיקון' באנגלית?"), ("hi-IN", "'ब्रेकिंग न्यूज़' के लिए हिंदी शीर्षक शब्द बताओ"),
    ("ja-JP", "「速報」を英語にして。"), ("ko-KR", "'정정 보도'를 영어로 뭐라고 해?"), ("zh-CN", "“更正声明”用英语怎么说？"),
    ("th-TH", "คำว่า 'ข่าวด่วน' ภาษาอังกฤษคืออะไร"), ("id-ID", "Buat judul singkat: pasar malam dibuka lagi."),
    ("sv-SE", "Skriv en rubrik: biblioteket öppnar på söndagar."),
]

SHORT_HARD = [
    ("en", "Two wires: A says casualties 'rose 40% to 1,400', B says 'rose by 400 to 1,400'. Derive each implied baseline, say which can both be true only if, and which outlet most likely erred and why."),
    ("en", "Design a stratified sampling plan to audit 2M moderation decisions/week so each of 6 policies' error rate is estimated within ±1pp at 95% confidence. Give sample sizes, allocation, and how you'd handle rare policies."),
    ("en", "Compare the actual-malice standard with the UK Defamation Act 2013 s.4 public-interest defence for republishing an unverified viral claim with a 'could not verify' caveat. Where would each outcome differ?"),
    ("en", "Propose an algorithm to detect coordinated inauthentic reposting in a 10M-node graph with timestamps. Give complexity, how you control false positives, and how adversaries would evade it."),
    ("en", "A poll n=1,012, headline 'A leads 47-44'. Compute the margin of error of the difference (not of each share) and say whether 'leads' is defensible."),
    ("en", "Choose MinHash LSH bands/rows for near-duplicate wire stories at Jaccard 0.8 with 128 hashes; derive the S-curve and the false-negative rate at 0.8 and false-positive at 0.5."),
    ("en", "Our fact-check scale has 5 ordinal levels. Show with a concrete 2-rater example why unweighted Cohen's kappa can understate agreement relative to quadratic-weighted kappa."),
    ("en", "A creator claims 2.1M followers but 0.3% engagement with bursts at 03:00 UTC. Build a Bayesian argument for follower-buying vs organic virality; state priors and likelihoods."),
    ("en", "Prove that a moderation queue served FIFO with Poisson arrivals λ=90/h and two moderators each μ=50/h is stable and compute the expected wait (M/M/2)."),
    ("de-DE", "Wäge Persönlichkeitsrecht gegen Pressefreiheit ab: Verdachtsberichterstattung über einen Lokalpolitiker ohne Stellungnahme. Welche Kriterien des BGH greifen, und wo kippt es?"),
    ("fr-FR", "Un démenti exige-t-il un droit de réponse au sens de la loi de 1881 si l'article en ligne a été modifié ? Argumente les deux lectures et conclus."),
    ("es-ES", "Diseña un experimento A/B para medir si las etiquetas de verificación reducen compartidos, con potencia 80% y efecto mínimo 2pp; justifica el tamaño muestral."),
    ("pt-BR", "Explique como distinguir correlação de causalidade ao afirmar que um podcast 'aumentou' a audiência do jornal, propondo um desenho quase-experimental."),
    ("ja-JP", "通報キューの優先度付けで、重大度と誤検出コストを同時に考慮する最適な閾値の決め方を数式で説明して。"),
    ("zh-CN", "证明：若两个事实核查员的判断独立且准确率分别为0.8和0.7，多数投票加第三人能否提高准确率？给出条件。"),
    ("ru-RU", "Сравни модели атрибуции вирусного видео по метаданным и по сетевому распространению; где каждая ошибается и как их совместить?"),
    ("ko-KR", "댓글 혐오표현 분류기의 정밀도와 재현율 목표를 정책 위반 비용으로부터 어떻게 도출하는지 설명해 줘."),
    ("ar-EG", "حلّل مخاطر التشهير عند إعادة نشر تغريدة منسوبة لمسؤول قبل التحقق منها، وقارن بين حالتين من حيث النية والضرر."),
    ("hi-IN", "एक वायरल दावे के स्रोत की पहचान के लिए रिवर्स इमेज सर्च, मेटाडेटा और नेटवर्क विश्लेषण को कैसे जोड़ें? कमज़ोरियाँ भी बताइए।"),
    ("tr-TR", "Bir haber sitesinde düzeltme politikasının güven üzerindeki etkisini ölçmek için nedensel bir tasarım öner ve karıştırıcıları tartış."),
]

EASY_LONG_TASKS = [
    ("en", "put these in chronological order by timecode and nothing else"), ("en", "sort rows by date, keep the CSV format"),
    ("en", "capitalise the first word of each caption"), ("en", "count how many rows say 'spam'"),
    ("de-DE", "bitte alphabetisch nach Slug sortieren"), ("fr-FR", "mets chaque ligne en majuscules au début"),
    ("es-ES", "quita las líneas duplicadas"), ("ja-JP", "重複している行を削除して"), ("pt-BR", "numere as linhas"),
    ("ru-RU", "убери дубликаты строк"), ("zh-CN", "按时间排序即可"), ("pl-PL", "ponumeruj wiersze"),
]

HARD_LONG_TASKS = [
    ("en", "Across this transcript, find every place the guest's timeline contradicts itself, reconstruct the most plausible sequence of events, and say which claims need independent verification before air."),
    ("en", "Apply the policy excerpt to each of the queued cases; for each give the rule, the competing rule, your decision and the precedent it sets. Flag cases where the policy is ambiguous and propose wording."),
    ("en", "From this export, identify accounts likely acting in coordination, explain the statistical signal you used, estimate the false-positive risk, and propose a threshold."),
    ("de-DE", "Prüfe den Artikel auf rechtliche Risiken (Verdachtsberichterstattung, Bildrechte, Persönlichkeitsrecht), priorisiere sie und schlage konkrete Umformulierungen vor."),
    ("fr-FR", "Analyse les incohérences entre les versions successives de la dépêche, déduis ce qui a été corrigé et pourquoi, et rédige une note de transparence."),
    ("es-ES", "Evalúa si la serie de datos sostiene el titular; calcula tendencias, detecta rupturas de serie y propone un titular defendible."),
    ("ja-JP", "この通報ログから、規約のどの条項が一貫して適用されていないかを特定し、原因仮説と改善案を示して。"),
    ("zh-CN", "根据这些审核记录，分析不同审核员之间的一致性问题，给出统计依据和培训建议。"),
]


def long_transcript(rng, n):
    speakers = ["HOST", "GUEST", "PRODUCER"]
    lines = ["we were at the depot around nine", "no, it was after the meeting", "the second truck arrived later",
             "I didn't see the fire myself", "my colleague called it in", "the guard said the gate was open", "that was Tuesday I think"]
    return "\n".join(f"[{rng.randrange(0, 2):02d}:{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d}] {rng.choice(speakers)}: {rng.choice(lines)}" for _ in range(n))


def long_csv(rng, n):
    rows = ["report_id,queue,created_at,account_hash,action"]
    for _ in range(n):
        rows.append(f"{rng.randrange(10**6, 10**7)},{rng.choice(['spam', 'hate', 'scam', 'spam', 'nudity'])},2026-0{rng.randrange(1, 10)}-{rng.randrange(10, 29)}T{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}Z,{sha(rng, 10)},{rng.choice(['removed', 'kept', 'escalated'])}")
    return "\n".join(rows)


def long_budget(rng, n):
    slugs = ["FLOOD", "COUNCIL", "MARKETS", "FESTIVAL", "ROADWORKS", "SCHOOLS", "WEATHER", "FOOTBALL", "THEATRE", "HOUSING"]
    return "\n".join(f"{rng.choice(slugs)}-{rng.randrange(1, 99)} {rng.randrange(150, 900)}w — {rng.choice(['pix', 'no pix', 'video'])} — {rng.choice(['web first', 'print only', 'both'])}" for _ in range(n))


def long_captions(rng, n):
    subj = ["crowds gather at the harbour", "the new tram line opens", "volunteers clean the beach", "rain delays the match",
            "market stalls at dawn", "the choir rehearses", "a ferry leaves the port"]
    return "\n".join(f"IMG_{rng.randrange(1000, 9999)}: {rng.choice(subj)}, photo: staff" for _ in range(n))


def long_policy_cases(rng, n):
    policy = ("POLICY 4 — Private information. 4.1 Do not post others' home addresses, phone numbers or ID documents. "
              "4.2 Public figures' official contact details are allowed. 4.3 Newsworthiness exception at moderator discretion. "
              "4.4 Self-disclosure is allowed unless it exposes others.\n")
    cases = ["post shares a councillor's office phone", "user posts own address in a lost-cat thread that also shows the neighbour's house number",
             "screenshot of a court list naming a juvenile", "link to a news article naming a private crash victim",
             "a meme with a celebrity's leaked private number", "a volunteer posts the shelter's switchboard"]
    return policy + "\n".join(f"CASE {k + 1}: {rng.choice(cases)} (reports: {rng.randrange(1, 60)})" for k in range(n))


def build_complexity(rng):
    recs = []
    plan = [("short_simple", 48), ("long_easy", 48), ("short_hard", 48), ("long_hard", 46)]
    for cat, n in plan:
        for k in range(n):
            system = rng.choice([None, "You help a newsroom.", "You assist a trust & safety team.", "Podcast production assistant."])
            if cat == "short_simple":
                lang, text = SHORT_SIMPLE[k % len(SHORT_SIMPLE)]
                style = "short/simple"
            elif cat == "short_hard":
                lang, text = SHORT_HARD[k % len(SHORT_HARD)]
                style = "short/hard"
            elif cat == "long_easy":
                lang, task = EASY_LONG_TASKS[k % len(EASY_LONG_TASKS)]
                gen = [long_transcript, long_csv, long_budget, long_captions][k % 4]
                doc = gen(rng, 30)
                while len(doc) < 1600:
                    doc += "\n" + gen(rng, 8)
                text = f"{task}\n\n{doc}" if k % 2 else f"{doc}\n\n{task}"
                style = "long/easy/" + gen.__name__
            else:
                lang, task = HARD_LONG_TASKS[k % len(HARD_LONG_TASKS)]
                gen = [long_transcript, long_policy_cases, long_csv, long_budget][k % 4]
                doc = gen(rng, rng.randrange(12, 40))
                text = f"{task}\n\n{doc}"
                style = "long/hard/" + gen.__name__
            msgs = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": text}]
            body = {"model": rng.choice(MODELS), "messages": msgs}
            if cat == "long_easy":
                assert len(text) >= 1500
            recs.append({"category": cat, "label": int(cat in ("short_hard", "long_hard")),
                         "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang,
                         "style": style, "body": body})
    rng.shuffle(recs)
    return [{"id": f"{SPLIT}-cx-{i:04d}", **r} for i, r in enumerate(recs, 1)]


# ----------------------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260726)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    global FROZEN
    FROZEN = frozen_words()
    rng = random.Random(a.seed)
    pools = Pools(rng)
    pii = build_pii(rng, pools)
    cx = build_complexity(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    inc = sum("incidental" in r["style"] for r in pii)
    print(f"frozen words: {len(FROZEN)}; pool entries dropped by the freeze: {sum(FROZEN_DROPS.values())}; "
          f"fictional kept {len(pools.fictional)}, eponyms kept {len(pools.eponyms)}")
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records ({sum(r['endpoint'] == 'chat' for r in pii)} chat, "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions), {len({r['lang'] for r in pii})} locales, "
          f"{sens} sensitive / {len(pii) - sens} benign, {inc} incidental single-item, {len({r['category'] for r in pii})} categories")
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records, {len({r['lang'] for r in cx})} language tags, "
          f"{dict(collections.Counter(r['category'] for r in cx))}, {sum(r['length_adversarial'] for r in cx)} length-adversarial, "
          f"{sum(r['label'] for r in cx)} labelled 1")


if __name__ == "__main__":
    main()
