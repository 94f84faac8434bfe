#!/usr/bin/env python3
"""Bergschrund: a blind evaluation split for the request signals, set in the world of GAMING, BETTING,
LOTTERIES AND ESPORTS.

Writes bench/data/signals/pii_bergschrund.jsonl and bench/data/signals/complexity_bergschrund.jsonl in the
record schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body;
complexity: id, category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the split brief, the first 70 lines of the delta generator (record schema and
    label conventions) and the first two lines of the two delta jsonl files. No detector, test, evaluator,
    policy, doc, result, other generator body or commit history was read. The other generators are only
    scanned AUTOMATICALLY at run time (``frozen_words``) for capitalised / non-ASCII words; every pool entry of
    this file (person names, streets, localities, organisations, public figures, eponyms, placeholders) that
    shares a word or a non-ASCII bigram with that set is dropped and the pool is refilled from invented,
    locale-typical parts (capped). The run prints how many entries were dropped.

World and organising principle
    The people who pipe text through an LLM-backed assistant in gambling, betting, lotteries and esports:
    KYC / AML analysts and responsible-gambling (RG) teams of online casinos and sportsbooks, player-support
    agents of casinos and game studios, complaint handlers and ADR bodies, lottery winners' desks, esports
    team managers and tournament admins, streamers and their sponsors, self-exclusion schemes and
    regulators, and players and their families. The split is organised by the KIND of message these people
    send -- nine kinds: kyc_review (intake / EDD cases), rg_note (internal RG interaction notes),
    support_chat (chats), complaint (complaints and ADR letters), lottery_claim (forms), esports_ops
    (rosters, travel, scheduling), self_exclusion (correspondence from players and families), payments_export
    (CSV / JSON exports, PSP logs, AML alerts) and public_notice (notices to the public, streamer
    announcements, press releases). Each kind has sensitive variants (category ``<kind>``) and benign hard
    negatives of the same world (category ``<kind>_benign``), in 22 locales (en-GB, en-US, en-MT, de-DE,
    fr-FR, es-ES, it-IT, nl-NL, pl-PL, pt-BR, sv-SE, tr-TR, ru-RU, uk-UA, el-GR, ar-AE, he-IL, hi-IN, th-TH,
    zh-CN, ja-JP, ko-KR; Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana and Hangul
    scripts) with the world's jargon (KYC, EDD, SoF/SoW, PoA, RG, GGR, GAMSTOP/OASIS/Spelpaus/Cruks/RGIAJ,
    scrims, bootcamp, payout, chargeback), code-switching, typos and local formats.

Where the line was drawn
    Personal data (sensitive): anything identifying a PRIVATE person of this world -- a player, a family
    member, a winner, a roster player's legal name, an employee named with a role cue ("the new intern
    Kacper"): names, personal phones (also with an extension), personal e-mails, home addresses, birth
    dates, national / tax / health numbers, bank accounts, IBANs, card numbers, a player's public login IP.
    Not personal data (benign): public figures in their public role (pro players under their public names,
    authors of cited papers), historical and fictional persons (Pascal, Cardano, Thorp, James Bond), eponyms
    (Kelly criterion, D'Alembert and Labouchere systems, Monte Carlo method), brands named after people,
    organisations' switchboards and role mailboxes, helplines and emergency numbers, ticket / bet slip / case
    / draw / transaction / booking references, licence and company registration numbers, RFC 5737 / 3849
    example IPs and example.com addresses, PSP test cards, placeholders, blank forms, aggregated or
    already-anonymised texts. About 12% of the sensitive records carry a single incidental item (a first
    name with a relation cue, one phone number, one birth date, one e-mail or one login IP) inside an
    otherwise benign-looking text.

    The document is placed in a request field chosen by rotation: user / system / earlier assistant / tool
    messages, text and file content parts (base64 text files with file names), image_url URLs with query
    strings, tool definitions and tool-call arguments, response_format json_schema (description, enum,
    examples), ``user``, ``stop``, ``prediction``, and sometimes ONLY ``metadata`` with ``store: true``;
    about 10% use the legacy completions endpoint.

Labels
    PII: ``entities`` is a list of {"type", "value"} computed by SEARCHING the serialised body (base64 file
    parts decoded, URLs unquoted, JSON-in-string arguments parsed) for every value the record issued; a value
    that was left out is not labelled. ``sensitive`` is true iff ``entities`` is non-empty (asserted). Types:
    PERSON, PHONE_NUMBER, EMAIL_ADDRESS, LOCATION (home address), DATE_TIME (birth date), ssn (US SSN only),
    NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, MEDICAL_RECORD, US_BANK_NUMBER, IBAN_CODE, CREDIT_CARD, IP_ADDRESS.
    Complexity: short_simple (0), long_easy (0, >= 1,500 chars), short_hard (1), long_hard (1); short_hard
    and long_easy are length-adversarial. "Hard" is real reasoning, planning, analysis or expert judgement
    (odds and EV maths, AML typologies, bracket design, regulatory argument); "easy" is lookup, copying,
    reformatting, a greeting or a one-step chore, however long the text.

Contents (seed 48213907; the run prints all counts)
    pii_bergschrund.jsonl: 504 requests (9 kinds x 56: 33 sensitive + 23 benign each; 297 sensitive = 58.9%,
    of which 36 carry a single incidental item), 22 language tags, 14 placements, ~10% completions.
    complexity_bergschrund.jsonl: 192 requests (48 per category; 96 labelled 1, 96 length-adversarial, 15 on
    the completions endpoint) in 20 language tags.

Validation
    Every identifier carries valid check digits and is validated with python-stdnum (SSN, ABA routing, NHS,
    Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat Zehut,
    Aadhaar, PAN, Thai PIN, RRN, Chinese RIC, My Number, IBAN; Luhn for cards and the Emirates ID); every
    phone number is valid for its region with ``phonenumbers``; every IP is global. The run aborts on an
    invalid value; every retry loop is capped.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_bergschrund_signal_sets.py [--seed 48213907] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import ipaddress
import json
import pathlib
import re
import unicodedata
import urllib.parse

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf as br_cpf
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gr import amka as gr_amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.ru import inn as ru_inn
from stdnum.se import personnummer as se_pnr
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.ua import rntrc as ua_rntrc
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

import random

SPLIT = "bergschrund"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 48213907

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


# generic street-type words, particles and legal forms: exempt from the freeze
EXEMPT = set("""street st road rd lane avenue ave way close drive court place square triq flat apt apartment
rue avenue allée impasse chemin boulevard bd place de la le les du des d l van der den het ter ten von vom zu
zum zur am an im straße strasse str weg allee ring gasse platz calle c avda avenida paseo plaza piso via viale
piazza corso vicolo straat laan plein gracht ul al os pl rua av travessa apto vägen gatan gränd sok sokak cad
caddesi mah mahallesi no d ул улица пр д кв вул вулиця буд м г οδός οδ شارع فيلا ص ب رחוב רח דירה שדרות मकान नं
नगर मार्ग गली सेक्टर विहार कॉलोनी एन्क्लेव บ้านเลขที่ หมู่ ซอย ถนน ตำบล อำเภอ จังหวัด 号 室 ltd llc inc plc gmbh ag sas sarl sa s l sl srl
r spa bv b v nv sp z o o ltda me ab a ş aş dei delle del degli dos das do il is tal ta tas ооо тов ае α ε ε ε ε ἀ and y e et und i och ve и і και و ו एवं และ""".split())
EXEMPT |= {"a.ş.", "α.ε.", "בע״מ", "बी", "jr", "st", "mc", "o'", "da", "do", "dos", "das", "di", "del", "della",
           "el", "al", "bin", "bint", "ibn", "ben", "bat", "ha", "af", "av", "ap"}
CAPWORD = re.compile(r"\b[A-Z][A-Za-z'\-]+")


class Freeze:
    def __init__(self):
        self.words = frozen_words()
        self.dropped = collections.Counter()

    def hit(self, entry: str) -> bool:
        toks = [t.lower() for t in WORD.findall(entry)]
        for t in toks:
            if t in EXEMPT:
                continue
            if t in self.words:
                return True
        for m in CAPWORD.finditer(entry):
            w = m.group(0).lower()
            if w not in EXEMPT and w in self.words:
                return True
        prev = None
        for t in toks:
            if any(ord(c) > 127 for c in t):
                if prev is not None and f"{prev} {t}" in self.words:
                    return True
                prev = t
            else:
                prev = None
        return False

    def pool(self, what, make, n, cap=4000):
        """Fill a pool of n entries from make() (no arg), dropping frozen ones; capped."""
        out, seen = [], set()
        tries = 0
        while len(out) < n:
            tries += 1
            if tries > cap:
                if len(out) >= 3:
                    return out
                raise SystemExit(f"freeze: could not fill pool {what} ({len(out)}/{n})")
            e = make()
            if e in seen:
                continue
            seen.add(e)
            if self.hit(" ".join(e) if isinstance(e, tuple) else e):
                self.dropped[what.split(":")[0]] += 1
                continue
            out.append(e)
        return out

    def filt(self, what, entries):
        out = []
        for e in entries:
            if self.hit(e):
                self.dropped[what.split(":")[0]] += 1
            else:
                out.append(e)
        return out


# ----------------------------------------------------------------------------------------------- locales
def _d(s):
    return s.split("|")


# Each locale: script, phone region, IBAN country, given names (m/f), surname parts, street/locality parts,
# labels and a handful of sentences of this world in the locale language.
LOCALES = {
    "en-GB": dict(script="Latin", region="GB", iban="GB", bank=_d("NWBK|MIDL|LOYD|BARC"),
                  m=_d("Callum|Rhys|Declan|Alfie|Kieran|Ewan|Jago|Lorcan"),
                  f=_d("Niamh|Imogen|Ffion|Poppy|Isla|Keira|Tamsin|Orla"),
                  sa=_d("Ash|Brack|Cold|Hart|Pen|Thorn|Wick|Gar|Holt|Mar|Sud|Tol"),
                  sb=_d("ley|worth|ridge|by|ford|combe|stow|well|hurst|thwaite|cott|ham"),
                  sta=_d("Brack|Wren|Ash|Sed|Oak|Pell|Tanner|Kirk"), stb=_d("field|mead|lea|gate|wood|holme"),
                  sty=_d("Road|Close|Lane|Avenue|Street|Way"),
                  ca=_d("Little|Nether|Brad|Hol|Wolver|Stan"), cb=_d("stow|combe|bury|wick|thorpe|ford"),
                  L=dict(name="Name", dob="DOB", addr="Address", phone="Mobile", email="Email", note="Notes",
                         hello="Hi team,", thanks="Cheers,",
                         complaint="I've been waiting 9 days for my withdrawal and live chat keeps fobbing me off.",
                         rg="Customer mentioned he's been chasing losses since payday and hiding it from his partner.",
                         excl="I want to self-exclude from every site for 5 years, please don't let me back in.",
                         win="I think I've got the jackpot ticket, what do I do now?",
                         esp="Scrims moved to 19:00 BST, bootcamp starts Monday.",
                         bn="Deposit limits can be lowered instantly; increases take a 24h cooling-off.",
                         ask="can you tidy this up and summarise it"),
                  rel=[("m", "my brother {n}"), ("f", "my partner {n}"), ("m", "our new VIP host {n}")]),
    "en-US": dict(script="Latin", region="US", iban=None,
                  m=_d("Tyler|DeShawn|Hunter|Brayden|Marcus|Colton|Jaylen|Garrett"),
                  f=_d("Brianna|Kayla|Jenna|Alexis|Madison|Shayla|Kendra|Tori"),
                  sa=_d("Pres|Whit|Dun|Cal|Brum|Hol|Kirk|Stan|Ral|Lind|Mon|Tre"),
                  sb=_d("combe|stead|ner|wick|field|more|ton|ley|ford|house|gard|ridge"),
                  sta=_d("Cedar|Quail|Bent|Sorrel|Prairie|Bluff"), stb=_d("wood|brook|run|crest|hollow|view"),
                  sty=_d("Dr|Ave|St|Ln|Ct|Blvd"),
                  ca=_d("Mill|Fair|Cold|Ash|Pine|Red"), cb=_d("haven|port|ville|brook|ton|dale"),
                  L=dict(name="Name", dob="DOB", addr="Address", phone="Cell", email="Email", note="Notes",
                         hello="Hey team,", thanks="Thanks,",
                         complaint="My payout's been pending 9 days and chat just pastes the same macro.",
                         rg="Customer said he's been betting parlays every night and maxed out two cards.",
                         excl="I want to be added to the state voluntary exclusion list for 5 years.",
                         win="I have a winning Powerball ticket, second tier, how do I claim?",
                         esp="Scrims moved to 7pm ET, bootcamp starts Monday.",
                         bn="If you or someone you know has a gambling problem, call 1-800-GAMBLER.",
                         ask="pls summarize"),
                  rel=[("m", "my brother {n}"), ("f", "my wife {n}"), ("m", "the new intern {n}")]),
    "en-MT": dict(script="Latin", region="MT", iban="MT", bank=_d("VALL|MALT|APSB"),
                  m=_d("Ġorġ|Kurt|Jake|Luke|Matthias|Clyde|Ryan|Karl"),
                  f=_d("Marija|Rebekka|Nicole|Ylenia|Roberta|Kimberly|Shaznay|Tiziana"),
                  sa=_d("Bon|Cas|Gau|Mif|Sci|Xer|Zahr|Mus|Ceu|Buħ|Dal|Spit"),
                  sb=_d("ciu|ella|ett|una|ieri|ara|udi|ollo|iġ|alli|abu|erri"),
                  sta=_d("Il-Ħar|Is-Sie|Tal-Bar|Ta' Xbie|Il-Kar|Tal-Mej"), stb=_d("ruba|ġa|ma|lit|mieħ|xa"),
                  sty=_d("Triq"),
                  ca=_d("Ħal |Bir|Għar|Xlej|Ħas|Żeb"), cb=_d("kirdu|miżieb|ġjar|bieba|lokk|dimxa"),
                  L=dict(name="Name", dob="DOB", addr="Address", phone="Mobile", email="Email", note="Notes",
                         hello="Bongu,", thanks="Grazzi,",
                         complaint="Withdrawal pending since last week, the agent just says 'escalated'.",
                         rg="Player told the host he's been playing live roulette till 4am and borrowed from his dad.",
                         excl="Please close my account permanently under your RG policy.",
                         win="I won the Super 5 jackpot, how do I collect it?",
                         esp="Scrims moved to 19:00 CET, bootcamp in Gżira starts Monday.",
                         bn="MGA licensees must offer deposit limits at registration.",
                         ask="summarise pls"),
                  rel=[("m", "my cousin {n}"), ("f", "my fiancée {n}"), ("m", "the new trainee {n}")]),
    "de-DE": dict(script="Latin", region="DE", iban="DE",
                  m=_d("Jannik|Timo|Malte|Sören|Florian|Dennis|Niklas|Jonte"),
                  f=_d("Lea|Jana|Svenja|Katrin|Merle|Anke|Pia|Wiebke"),
                  sa=_d("Kessel|Brand|Hoh|Wester|Lind|Stein|Rosen|Mühl|Eich|Kalt|Fried|Schön"),
                  sb=_d("bach|kamp|meier|brink|hoff|berger|mann|rieder|huber|bruch|wald|feld"),
                  sta=_d("Amsel|Holunder|Kiebitz|Schlehen|Wachtel|Ginster"), stb=_d("weg|straße|ring|stieg|allee|gasse"),
                  sty=[""],
                  ca=_d("Hohen|Kalten|Linden|Wester|Brunn|Elm"), cb=_d("hausen|dorf|stadt|brück|feld|ingen"),
                  L=dict(name="Name", dob="Geb.-Datum", addr="Anschrift", phone="Handy", email="E-Mail",
                         note="Notiz", hello="Hallo zusammen,", thanks="Viele Grüße",
                         complaint="Meine Auszahlung hängt seit 9 Tagen auf 'pending', der Support antwortet nur mit Textbausteinen.",
                         rg="Spieler gibt an, seit der Trennung jede Nacht zu spielen und den Dispo auszureizen.",
                         excl="Ich möchte mich über OASIS sperren lassen, bitte sofort und unbefristet.",
                         win="Ich habe im Lotto 6aus49 einen Gewinn in Klasse 2 und brauche Hilfe bei der Auszahlung.",
                         esp="Scrims verschoben auf 19 Uhr, Bootcamp ab Montag im Gaming-Haus.",
                         bn="Das anbieterübergreifende Einzahlungslimit liegt bei 1.000 € pro Monat (GlüStV 2021).",
                         ask="Bitte kurz zusammenfassen."),
                  rel=[("m", "mein Bruder {n}"), ("f", "meine Frau {n}"), ("m", "unser neuer Azubi {n}")]),
    "fr-FR": dict(script="Latin", region="FR", iban="FR",
                  m=_d("Théo|Maxime|Yanis|Baptiste|Quentin|Loïc|Enzo|Mathis"),
                  f=_d("Manon|Océane|Clémence|Inès|Maëlle|Justine|Solène|Capucine"),
                  sa=_d("Beau|Vill|Mont|Roch|Lamb|Char|Ber|Mar|Dur|Gal|Vau|Fresn"),
                  sb=_d("champ|eneuve|ert|ier|and|ot|eau|ard|on|elle|oux|ac"),
                  sta=_d("des Grands-|du Petit-|des Hauts-|de la Croix-|du Vieux-|des Prés-"),
                  stb=_d("Cormiers|Tilleuls|Sablons|Vergers|Moulins|Charmes"),
                  sty=_d("rue|allée|impasse|chemin|avenue"),
                  ca=_d("Mont|Ville|Bourg|Lan|Roche|Saint-Ber"), cb=_d("ival|fort|ceaux|dieu|gny|nard"),
                  L=dict(name="Nom", dob="Date de naissance", addr="Adresse", phone="Portable", email="E-mail",
                         note="Remarque", hello="Bonjour,", thanks="Cordialement,",
                         complaint="Mon retrait est bloqué depuis 9 jours, on me redemande un justificatif de domicile.",
                         rg="Le joueur dit rejouer ses gains tous les soirs et avoir emprunté à sa mère.",
                         excl="Je souhaite m'inscrire au fichier des interdits de jeux (ANJ) pour 3 ans.",
                         win="J'ai validé un ticket gagnant au Loto, rang 2, comment récupérer le gain ?",
                         esp="Les scrims passent à 19h, le bootcamp commence lundi à la gaming house.",
                         bn="L'auto-exclusion est possible depuis l'espace joueur, rubrique Jeu responsable.",
                         ask="Tu peux résumer ?"),
                  rel=[("m", "mon frère {n}"), ("f", "ma compagne {n}"), ("m", "le nouveau stagiaire {n}")]),
    "es-ES": dict(script="Latin", region="ES", iban="ES",
                  m=_d("Álvaro|Iker|Hugo|Rubén|Adrián|Unai|Marcos|Gonzalo"),
                  f=_d("Lucía|Nerea|Ainhoa|Irene|Alba|Noelia|Carla|Rocío"),
                  sa=_d("Gar|Bel|Alar|Cid|Mon|Val|Vil|Torr|Quin|Sal|Ped|Rod"),
                  sb=_d("rido|lanas|cón|tero|deras|larino|ejo|illo|ares|oza|uelo|ina"),
                  sta=_d("|Doctor |Maestro |Hermanos |"), stb=[""],
                  sty=_d("Calle|Avda.|Paseo|Plaza"),
                  ca=_d("Villa|Torre|Val|Alca|Campo|Fuente"), cb=_d("rrubia|lmoral|dehoz|ntera|lsordo|cerrada"),
                  L=dict(name="Nombre", dob="Fecha de nac.", addr="Domicilio", phone="Móvil", email="Correo",
                         note="Nota", hello="Hola,", thanks="Un saludo,",
                         complaint="Llevo 9 días esperando la retirada y el chat solo me pega respuestas automáticas.",
                         rg="El jugador comenta que juega cada noche desde que cobró el finiquito y que ha pedido un microcrédito.",
                         excl="Quiero inscribirme en el RGIAJ, autoprohibición indefinida, por favor.",
                         win="Tengo un décimo premiado de la Lotería de Navidad, ¿cómo lo cobro?",
                         esp="Los scrims pasan a las 19:00, el bootcamp empieza el lunes.",
                         bn="Los límites de depósito se pueden reducir al instante; subirlos tarda 3 días.",
                         ask="¿Me lo resumes?"),
                  rel=[("m", "mi hermano {n}"), ("f", "mi mujer {n}"), ("m", "el nuevo becario {n}")]),
    "it-IT": dict(script="Latin", region="IT", iban="IT",
                  m=_d("Matteo|Lorenzo|Davide|Simone|Gabriele|Tommaso|Riccardo|Nicolò"),
                  f=_d("Giulia|Chiara|Martina|Federica|Beatrice|Alessia|Noemi|Ilaria"),
                  sa=_d("Bel|Cas|Ferr|Lom|Mar|Pel|Ros|Sant|Tor|Vit|Gal|Cor"),
                  sb=_d("lini|tellani|agamo|bardi|chetti|legrini|setto|ccone|riani|tori|lucci|andi"),
                  sta=_d("|Giuseppe |Fratelli |Don |"), stb=[""],
                  sty=_d("Via|Viale|Vicolo"),
                  ca=_d("Castel|Monte|Villa|Ponte|Roc|Pieve"), cb=_d("franco|lupo|nova|secco|chiara|verde"),
                  L=dict(name="Nome e cognome", dob="Data di nascita", addr="Indirizzo", phone="Cellulare",
                         email="Email", note="Nota", hello="Ciao,", thanks="Grazie,",
                         complaint="Aspetto il prelievo da 9 giorni e l'assistenza mi chiede di nuovo il documento.",
                         rg="Il giocatore riferisce di giocare alle slot ogni sera e di aver chiesto un prestito.",
                         excl="Voglio autoescludermi tramite il RUA per 6 mesi, per favore.",
                         win="Ho un biglietto vincente del Gratta e Vinci, come riscuoto?",
                         esp="Scrim spostati alle 19, il bootcamp parte lunedì.",
                         bn="I limiti di deposito si possono ridurre subito; l'aumento richiede 7 giorni.",
                         ask="Mi fai un riassunto?"),
                  rel=[("m", "mio fratello {n}"), ("f", "mia moglie {n}"), ("m", "il nuovo stagista {n}")]),
    "nl-NL": dict(script="Latin", region="NL", iban="NL", bank=_d("INGB|RABO|ABNA|SNSB"),
                  m=_d("Daan|Sem|Thijs|Bram|Joost|Ruben|Stijn|Wouter"),
                  f=_d("Sanne|Fleur|Lotte|Anouk|Iris|Femke|Noor|Esmee"),
                  sa=_d("Hoog|Brink|Vos|Ter|Wijn|Kool|Stok|Mol|Dijk|Veld|Berg|Riet"),
                  sb=_d("kamp|man|straten|hoven|huis|meijer|sma|stra|beek|horst|ink|gaard"),
                  sta=_d("Kievit|Brem|Reiger|Vlier|Hazel|Wilg"), stb=_d("straat|laan|hof|singel|pad|dreef"),
                  sty=[""],
                  ca=_d("Oost|Zuid|Nieuw|Hoog|Wester|Groot"), cb=_d("wolde|veen|dam|horn|kerk|broek"),
                  L=dict(name="Naam", dob="Geboortedatum", addr="Adres", phone="Mobiel", email="E-mail",
                         note="Notitie", hello="Hoi,", thanks="Groet,",
                         complaint="Mijn uitbetaling staat al 9 dagen op 'in behandeling' en niemand reageert.",
                         rg="Speler geeft aan elke nacht te spelen en rood te staan sinds januari.",
                         excl="Ik wil me inschrijven in Cruks, voor minimaal 6 maanden.",
                         win="Ik heb een winnend lot van de Staatsloterij, hoe krijg ik het geld?",
                         esp="Scrims verplaatst naar 19:00, bootcamp begint maandag.",
                         bn="Spelers onder de 24 mogen maximaal € 300 per maand storten.",
                         ask="Kun je dit samenvatten?"),
                  rel=[("m", "mijn broer {n}"), ("f", "mijn vriendin {n}"), ("m", "de nieuwe stagiair {n}")]),
    "pl-PL": dict(script="Latin", region="PL", iban="PL",
                  m=_d("Kacper|Bartosz|Mateusz|Wojciech|Szymon|Dawid|Jakub|Przemysław"),
                  f=_d("Zuzanna|Oliwia|Natalia|Wiktoria|Julia|Agnieszka|Karolina|Małgorzata"),
                  sa=_d("Kowal|Zaw|Brzez|Lis|Grab|Dąb|Wiśn|Sos|Kras|Mał|Przyb|Tar"),
                  sbm=_d("ski|owski|ewski|icki|iak|czyk"), sbf=_d("ska|owska|ewska|icka|iak|czyk"),
                  sta=_d("Jawor|Leszczyn|Grabo|Wrzos|Modrzew|Kalin"), stb=_d("owa|iecka|ska|owa|iowa|na"),
                  sty=_d("ul."),
                  ca=_d("Brzez|Kał|Goł|Zawi|Rad|Sob"), cb=_d("ówek|iny|ice|owo|ienko|ków"),
                  L=dict(name="Imię i nazwisko", dob="Data ur.", addr="Adres", phone="Tel. kom.", email="E-mail",
                         note="Uwagi", hello="Cześć,", thanks="Pozdrawiam,",
                         complaint="Czekam 9 dni na wypłatę, a czat odpisuje tylko gotowcami.",
                         rg="Gracz mówi, że gra co noc od wypłaty i pożyczył pieniądze od szwagra.",
                         excl="Chcę się wykluczyć ze wszystkich serwisów na 5 lat.",
                         win="Mam wygrany kupon Lotto, jak odebrać wygraną?",
                         esp="Scrimy przesunięte na 19:00, bootcamp od poniedziałku.",
                         bn="Limity depozytów można obniżyć od razu, podwyższenie trwa 3 dni.",
                         ask="Streść to proszę."),
                  rel=[("m", "mój brat {n}"), ("f", "moja żona {n}"), ("m", "nowy stażysta {n}")]),
    "pt-BR": dict(script="Latin", region="BR", iban=None,
                  m=_d("Thiago|Gustavo|Caio|Matheus|Rafael|Vinícius|Leandro|Diego"),
                  f=_d("Larissa|Bruna|Letícia|Camila|Thaís|Jéssica|Amanda|Beatriz"),
                  sa=_d("Albu|Bran|Car|Fal|Guim|Mour|Noro|Pinh|Quei|Sam|Tav|Vasc"),
                  sb=_d("querque|dão|valho|cão|arães|ão|nha|eiro|roz|paio|ares|oncelos"),
                  sta=_d("Coronel |Professor |Dona |Major |Alferes |Comendador |"), stb=[""],
                  sty=_d("Rua|Av.|Travessa"),
                  ca=_d("Itapo|Jacare|Pira|Ibira|Mara|Guaru"), cb=_d("ranga|tuba|cema|pora|guaçu|mirim"),
                  L=dict(name="Nome", dob="Data de nasc.", addr="Endereço", phone="Celular", email="E-mail",
                         note="Obs", hello="Oi, pessoal,", thanks="Abs,",
                         complaint="Faz 9 dias que o saque via Pix está pendente e o suporte não resolve.",
                         rg="O apostador contou que aposta o salário inteiro nas bets toda noite.",
                         excl="Quero me autoexcluir de todas as bets por 1 ano.",
                         win="Acertei a quina da Mega-Sena, como faço para resgatar?",
                         esp="Os scrims mudaram para 19h, o bootcamp começa segunda.",
                         bn="Prêmios só podem ser pagos via Pix para conta de mesma titularidade do apostador.",
                         ask="Resume pra mim?"),
                  rel=[("m", "meu irmão {n}"), ("f", "minha esposa {n}"), ("m", "o novo estagiário {n}")]),
    "sv-SE": dict(script="Latin", region="SE", iban="SE",
                  m=_d("Oskar|Viktor|Linus|Albin|Hampus|Emil|Axel|Jonatan"),
                  f=_d("Ebba|Wilma|Saga|Elin|Moa|Tindra|Linnea|Alva"),
                  sa=_d("Berg|Lind|Sjö|Ek|Ljung|Holm|Gran|Björk|Strand|Fors|Dahl|Sand"),
                  sb=_d("qvist|gren|ström|blad|berg|lund|dahl|holm|vall|mark|sten|by"),
                  sta=_d("Lingon|Tall|Hägg|Rönn|Mått|Kråk"), stb=_d("vägen|gatan|stigen|backen|gränd|torget"),
                  sty=[""],
                  ca=_d("Ek|Ljus|Nor|Väster|Ham|Ros"), cb=_d("sjö|dal|köping|näs|hamn|vik"),
                  L=dict(name="Namn", dob="Födelsedatum", addr="Adress", phone="Mobil", email="E-post",
                         note="Anteckning", hello="Hej,", thanks="Mvh,",
                         complaint="Jag har väntat 9 dagar på mitt uttag och supporten svarar inte.",
                         rg="Spelaren berättar att han spelar varje natt och har tagit sms-lån.",
                         excl="Jag vill stänga av mig via Spelpaus i 12 månader.",
                         win="Jag har en vinstlott på Triss, hur får jag ut vinsten?",
                         esp="Scrims flyttade till 19:00, bootcamp börjar måndag.",
                         bn="Insättningsgränser kan sänkas direkt, höjningar gäller efter 72 timmar.",
                         ask="Kan du sammanfatta?"),
                  rel=[("m", "min bror {n}"), ("f", "min sambo {n}"), ("m", "nya praktikanten {n}")]),
    "tr-TR": dict(script="Latin", region="TR", iban="TR",
                  m=_d("Emre|Burak|Kerem|Onur|Yiğit|Mert|Barış|Tolga"),
                  f=_d("Elif|Zeynep|Ece|Büşra|Merve|Selin|Ceren|Dilara"),
                  sa=_d("Kara|Ak|Yıldız|Demir|Öz|Gök|Bal|Er|Toprak|Soy|Kaya|Tan"),
                  sb=_d("oğlu|kaya|han|türk|doğan|taş|çelik|soy|dağ|er|alp|yurt"),
                  sta=_d("Bahçe|Çınar|Gül|Yeşil|Pınar|Ilgın"), stb=_d("tepe|köy|dere|evler|bağı|yurt"),
                  sty=_d("Sok.|Cad."),
                  ca=_d("Kızıl|Akça|Yeni|Orta|Sarı|Göl"), cb=_d("pınar|ören|kent|yayla|bük|köy"),
                  L=dict(name="Ad Soyad", dob="Doğum tarihi", addr="Adres", phone="Cep", email="E-posta",
                         note="Not", hello="Merhaba,", thanks="İyi çalışmalar,",
                         complaint="9 gündür çekim talebim bekliyor, canlı destek sürekli aynı cevabı veriyor.",
                         rg="Oyuncu her gece oynadığını ve kredi kartı borcunun büyüdüğünü söyledi.",
                         excl="Kendimi tüm platformlardan 1 yıllığına kapatmak istiyorum.",
                         win="Milli Piyango biletime ikramiye çıktı, nasıl tahsil ederim?",
                         esp="Scrim saati 19:00'a alındı, bootcamp pazartesi başlıyor.",
                         bn="Yatırım limitleri anında düşürülebilir, artırma 24 saat sonra geçerli olur.",
                         ask="Özetler misin?"),
                  rel=[("m", "kardeşim {n}"), ("f", "eşim {n}"), ("m", "yeni stajyer {n}")]),
    "ru-RU": dict(script="Cyrillic", region="RU", iban=None,
                  m=_d("Артём|Даниил|Кирилл|Егор|Максим|Никита|Глеб|Тимофей"),
                  f=_d("Полина|Арина|Ксения|Дарья|Вероника|Алина|Ульяна|Милана"),
                  sa=_d("Белоз|Ворош|Громад|Журавл|Камыш|Лоск|Морозк|Рябин|Свирид|Ракит|Черныш|Щегл"),
                  sbm=_d("ов|ев|ин|цев|ский|иков"), sbf=_d("ова|ева|ина|цева|ская|икова"),
                  sta=_d("Белоз|Ворош|Громад|Журавл|Камыш|Свирид|Ракит|Лоск"), stb=_d("ская|инская|овская|ная|ёвская"),
                  sty=_d("ул."),
                  ca=_d("Верхне|Светло|Камыш|Бело|Ново|Красно"), cb=_d("горск|ярск|озёрск|реченск|дольск|ключинск"),
                  L=dict(name="ФИО", dob="Дата рождения", addr="Адрес", phone="Моб.", email="E-mail",
                         note="Примечание", hello="Здравствуйте,", thanks="С уважением,",
                         complaint="Вывод висит уже 9 дней, поддержка отвечает шаблонами.",
                         rg="Игрок сказал, что играет каждую ночь и взял микрозайм.",
                         excl="Прошу заблокировать мой аккаунт на 5 лет (самоисключение).",
                         win="У меня выигрышный билет «Русского лото», как получить выигрыш?",
                         esp="Скримы перенесли на 19:00, буткемп с понедельника.",
                         bn="Лимит депозита можно снизить сразу, повышение — через 24 часа.",
                         ask="Сделай краткое резюме."),
                  rel=[("m", "мой брат {n}"), ("f", "моя жена {n}"), ("m", "новый стажёр {n}")]),
    "uk-UA": dict(script="Cyrillic", region="UA", iban="UA",
                  m=_d("Богдан|Остап|Тарас|Ярослав|Назар|Матвій|Денис|Андрій"),
                  f=_d("Оксана|Соломія|Ірина|Христина|Злата|Олеся|Дарина|Уляна"),
                  sa=_d("Гнат|Дорош|Кравч|Лисич|Мороз|Остапч|Пилип|Савч|Тимош|Федорч|Харч|Юрч"),
                  sb=_d("енко|ук|юк|ишин|ак|ин"),
                  sta=_d("Гнат|Дорош|Кравч|Тимош|Пилип|Федорч|Харч|Савч"), stb=_d("івська|инська|ова|ицька"),
                  sty=_d("вул."),
                  ca=_d("Верхньо|Світло|Бере|Зелено|Тихо|Ясно"), cb=_d("дніпровськ|горськ|зівка|пілля|водськ|бірськ"),
                  L=dict(name="ПІБ", dob="Дата народження", addr="Адреса", phone="Моб.", email="E-mail",
                         note="Примітка", hello="Добрий день,", thanks="З повагою,",
                         complaint="Виведення коштів висить уже 9 днів, підтримка мовчить.",
                         rg="Гравець каже, що грає щоночі і позичив гроші у тещі.",
                         excl="Прошу внести мене до Реєстру осіб, яким обмежено доступ до азартних ігор, на 3 роки.",
                         win="У мене виграшний квиток «Мегалот», як отримати виграш?",
                         esp="Скрими перенесли на 19:00, буткемп з понеділка.",
                         bn="Ліміт депозиту можна знизити одразу, підвищення — через 24 години.",
                         ask="Зроби коротке резюме."),
                  rel=[("m", "мій брат {n}"), ("f", "моя дружина {n}"), ("m", "новий стажер {n}")]),
    "el-GR": dict(script="Greek", region="GR", iban="GR",
                  m=_d("Γιώργος|Νίκος|Δημήτρης|Παναγιώτης|Σταύρος|Θανάσης|Μανώλης|Άρης"),
                  f=_d("Ελένη|Κατερίνα|Δέσποινα|Μαρίνα|Φωτεινή|Χαρά|Ιφιγένεια|Βασιλική"),
                  sa=_d("Παπα|Καρα|Χατζη|Μαυρο|Σταυρο|Ζερβο|Λαμπρο|Κοντο|Τσακα|Μπαλτα"),
                  sbm=_d("γιάννης|δόπουλος|νικολάου|ματθαίου|πουλος|στάθης"),
                  sbf=_d("γιάννη|δοπούλου|νικολάου|ματθαίου|πούλου|στάθη"),
                  sta=_d("Καλλι|Ευδο|Θεο|Λεω|Μελι|Αλκι"), stb=_d("στράτου|ξίας|δώρου|φόρου|ππης|βιάδου"),
                  sty=[""],
                  ca=_d("Πετρο|Λιθο|Καλο|Μυρο|Ροδο|Κυπαρισσο"), cb=_d("χώρι|βούνι|λίμνη|πηγή|κάμπος|λόφος"),
                  L=dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", addr="Διεύθυνση", phone="Κινητό", email="Email",
                         note="Σημείωση", hello="Καλησπέρα,", thanks="Ευχαριστώ,",
                         complaint="Περιμένω 9 μέρες την ανάληψη και το live chat δεν απαντά.",
                         rg="Ο παίκτης λέει ότι παίζει κάθε βράδυ και έχει πάρει δάνειο.",
                         excl="Θέλω να αυτοαποκλειστώ από όλες τις πλατφόρμες για 1 χρόνο.",
                         win="Έχω δελτίο που κέρδισε στο Τζόκερ, πώς εισπράττω;",
                         esp="Τα scrims μετακινήθηκαν στις 19:00, το bootcamp ξεκινά Δευτέρα.",
                         bn="Τα όρια κατάθεσης μειώνονται αμέσως, η αύξηση ισχύει σε 24 ώρες.",
                         ask="Κάνε μια σύντομη περίληψη."),
                  rel=[("m", "ο αδερφός μου ο {n}"), ("f", "η γυναίκα μου η {n}"), ("m", "ο νέος ασκούμενος {n}")]),
    "ar-AE": dict(script="Arabic", region="AE", iban="AE",
                  m=_d("خالد|سعيد|راشد|حمدان|سلطان|ماجد|عمر|يوسف"),
                  f=_d("مريم|شمسة|حصة|عائشة|ميثاء|نورة|علياء|روضة"),
                  sa=_d("زعاب|كتب|نعيم|سويد|قبيس|مزروع|شامس|رميث|حبس|عوض|خيل|مهير"), sb=_d("ي"),
                  sta=_d("الغاف|السدر|الريم|الفلج|الظفرة|الحزم"), stb=_d(" ٢| ٧| ١٤| ٣١| ٥| ١٩"),
                  sty=_d("شارع"),
                  ca=_d("ال"), cb=_d("وردية|ريمان|سمحة|فلاحة|حزمية|ظفيرة"),
                  L=dict(name="الاسم", dob="تاريخ الميلاد", addr="العنوان", phone="الجوال", email="البريد الإلكتروني",
                         note="ملاحظة", hello="مرحباً،", thanks="شكراً،",
                         complaint="أنتظر سحب الرصيد منذ 9 أيام والدعم لا يرد.",
                         rg="اللاعب يقول إنه يلعب كل ليلة واقترض من أخيه.",
                         excl="أريد إيقاف حسابي نهائياً وعدم السماح لي بالعودة.",
                         win="ربحت في السحب الأسبوعي، كيف أستلم الجائزة؟",
                         esp="تم نقل التدريب إلى الساعة 7 مساءً، والمعسكر يبدأ يوم الاثنين.",
                         bn="يمكن تخفيض حد الإيداع فوراً، أما الزيادة فتحتاج 24 ساعة.",
                         ask="لخّص لي هذا النص من فضلك."),
                  rel=[("m", "أخي {n}"), ("f", "زوجتي {n}"), ("m", "المتدرب الجديد {n}")]),
    "he-IL": dict(script="Hebrew", region="IL", iban="IL",
                  m=_d("נועם|איתי|עומר|יונתן|אורי|אלון|עידו|רועי"),
                  f=_d("נועה|מאיה|שירה|טליה|רוני|יעל|הדס|ליאור"),
                  sa=_d("גולד|רוזן|שטיין|זילבר|בירן|אפל|ויס|גרין|בר|שחר"),
                  sb=_d("בלט|פלד|ברג|מן|צוויג|הולץ|בוים|אור"),
                  sta=_d("גולד|רוזן|שטיין|זילבר|בירן|אפל|ויס|גרין"), stb=_d("בלט|פלד|ברג|צוויג|הולץ|בוים"),
                  sty=_d("רחוב|רח'"),
                  ca=_d("כרמ|נתי|שדר|אופ|יקנ|מגד|גלע|רמל"), cb=_d("יאל|בות|ות|קים|עם|לון|יה|ון"),
                  L=dict(name="שם מלא", dob="ת. לידה", addr="כתובת", phone="נייד", email="מייל",
                         note="הערה", hello="היי,", thanks="תודה,",
                         complaint="אני מחכה 9 ימים למשיכה והשירות לא עונה.",
                         rg="השחקן מספר שהוא משחק כל לילה ולקח הלוואה.",
                         excl="אני רוצה לחסום את עצמי מכל האתרים לשנה.",
                         win="זכיתי בלוטו, איך מקבלים את הזכייה?",
                         esp="הסקרימים עברו ל-19:00, הבוטקמפ מתחיל ביום שני.",
                         bn="ניתן להוריד את מגבלת ההפקדה מיד; העלאה נכנסת לתוקף אחרי 24 שעות.",
                         ask="תסכם לי בקצרה"),
                  rel=[("m", "אחי {n}"), ("f", "אשתי {n}"), ("m", "המתמחה החדש {n}")]),
    "hi-IN": dict(script="Devanagari", region="IN", iban=None,
                  m=_d("आरव|विहान|ऋषभ|कबीर|अर्जुन|ईशान|नील|ध्रुव"),
                  f=_d("अनन्या|ईशा|काव्या|मीरा|रिया|सान्वी|तन्वी|दिव्या"),
                  sa=_d("देश|कुल|राज|पाटन|गोवि|भार|नागर|माथु|सोल|बघे"),
                  sb=_d("वाल|कर|कर्णी|नाथ|पाल|वंशी|ल|रिया"),
                  sta=_d("शांति|प्रेम|गोविंद|सरस्वती|केशव|मधुबन"), stb=_d(" नगर| विहार| कॉलोनी| एन्क्लेव"),
                  sty=[""],
                  ca=_d("राम|सीता|देव|हरि|शिव|चंद्र"), cb=_d("पुर|गढ़|गंज|बाद|कोट|नेर"),
                  L=dict(name="नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", email="ईमेल",
                         note="टिप्पणी", hello="नमस्ते,", thanks="धन्यवाद,",
                         complaint="9 दिन से मेरा withdrawal pending है, support सिर्फ़ copy-paste जवाब देता है।",
                         rg="खिलाड़ी ने बताया कि वह हर रात rummy खेलता है और उसने loan app से पैसे लिए हैं।",
                         excl="मैं अपना account 6 महीने के लिए self-exclude करना चाहता हूँ।",
                         win="मेरी lottery टिकट पर इनाम लगा है, claim कैसे करूँ?",
                         esp="scrims अब शाम 7 बजे होंगे, bootcamp सोमवार से।",
                         bn="deposit limit तुरंत घटाई जा सकती है, बढ़ाने में 24 घंटे लगते हैं।",
                         ask="इसका सार बता दो"),
                  rel=[("m", "मेरा भाई {n}"), ("f", "मेरी पत्नी {n}"), ("m", "नया intern {n}")]),
    "th-TH": dict(script="Thai", region="TH", iban=None,
                  m=_d("ธนากร|ณัฐพล|กิตติพงษ์|ภานุวัฒน์|วรวุฒิ|ศุภชัย|พีรพัฒน์|อนุชา"),
                  f=_d("ปวีณา|ณัฐธิดา|กมลชนก|สุภาวดี|พิมพ์ชนก|วราภรณ์|ศิริพร|อรอุมา"),
                  sa=_d("ศรี|แก้ว|ทอง|บุญ|สุข|เจริญ|วงศ์|พงษ์|นาค|ดวง"),
                  sb=_d("สวัสดิ์|ประเสริฐ|มณี|ศักดิ์|สมบูรณ์|รุ่งเรือง|ไพศาล|วิเศษ|อุดม|ธาดา"),
                  sta=_d("ซอยบุญ|ซอยร่ม|ซอยสุข|ซอยทอง|ซอยพร|ซอยแสง"), stb=_d("อารีย์|เย็น|ใจ|คำ|ธิดา|จันทร์"),
                  sty=[""],
                  ca=_d("บาง|หนอง|บ้าน|ดอน|ท่า|โคก"), cb=_d("ขนุน|กระทิง|แสงดาว|ยาง|ข่า|สำราญ"),
                  L=dict(name="ชื่อ-นามสกุล", dob="วันเกิด", addr="ที่อยู่", phone="มือถือ", email="อีเมล",
                         note="หมายเหตุ", hello="สวัสดีครับ", thanks="ขอบคุณครับ",
                         complaint="รอถอนเงินมา 9 วันแล้ว แอดมินตอบแต่ข้อความเดิม",
                         rg="ผู้เล่นบอกว่าเล่นทุกคืนและไปกู้นอกระบบมา",
                         excl="ขอปิดบัญชีถาวร ไม่ต้องการให้กลับมาเล่นอีก",
                         win="ถูกรางวัลที่ 1 สลากกินแบ่งรัฐบาล ต้องขึ้นเงินอย่างไรครับ",
                         esp="เลื่อนซ้อมสกริมเป็น 19:00 น. บูทแคมป์เริ่มวันจันทร์",
                         bn="สามารถลดวงเงินฝากได้ทันที การเพิ่มวงเงินมีผลหลัง 24 ชั่วโมง",
                         ask="ช่วยสรุปให้หน่อย"),
                  rel=[("m", "น้องชายผม {n}"), ("f", "ภรรยาผม {n}"), ("m", "น้องฝึกงานคนใหม่ {n}")]),
    "zh-CN": dict(script="Han", region="CN", iban=None,
                  m=_d("浩轩|俊哲|宇航|梓睿|晨泽|一航|思远|嘉霖"),
                  f=_d("雨萱|欣然|若彤|思琪|梓涵|嘉瑶|一诺|晨曦"),
                  sa=_d("邵|柯|祁|蒲|庞|岳|闫|缪|滕|詹|甄|殷|霍|葛|裴|鲍"),
                  ga=_d("子|若|思|嘉|雨|俊|浩|欣|梓|一|宇|晨"), gb=_d("涵|轩|萱|航|琪|然|哲|瑶|睿|彤|霖|泽"),
                  sta=_d("清|安|平|临|永|宁|兴|东"), stb=_d("川|河|阳|江|州|山|原|城"),
                  sty=[""], ca=_d("清|安|平|临|永|宁|兴|东|南|新"), cb=_d("川|河|阳|江|州|山|原|城"),
                  L=dict(name="姓名", dob="出生日期", addr="住址", phone="手机", email="邮箱",
                         note="备注", hello="你好，", thanks="谢谢！",
                         complaint="提现已经9天了还没到账，客服一直复制粘贴。",
                         rg="玩家说每天晚上都在充值抽卡，已经用了花呗。",
                         excl="我想申请关闭账号的充值功能，自我限制一年。",
                         win="我中了双色球二等奖，去哪里兑奖？",
                         esp="训练赛改到晚上7点，集训周一开始。",
                         bn="未成年人仅可在周五、周六、周日和法定节假日20时至21时玩网络游戏。",
                         ask="帮我总结一下"),
                  rel=[("m", "我弟弟{n}"), ("f", "我老婆{n}"), ("m", "新来的实习生{n}")]),
    "ja-JP": dict(script="Kana", region="JP", iban=None,
                  m=_d("陽翔|湊|悠真|颯太|律|蒼|樹|大和"),
                  f=_d("陽葵|凛|結菜|芽依|紬|澪|心春|咲良"),
                  sa=_d("葛|榊|柚|楢|桐|椎|芦|蕗|槙|雛|柾|樫"), sb=_d("原|木|沢|谷|川|野|田|森|島|崎"),
                  ga=_d("ひ|み|さ|ゆ|あ|な|こ|り"), gb=_d("なた|おり|くら|うと|かね|つき"),
                  sta=_d("桐|楢|柚|椎|葛|槙"), stb=_d("ケ丘|台|野|原|谷|沢"),
                  sty=[""], ca=_d("葛|榊|柚|楢|桐|椎"), cb=_d("浜|山|瀬|岡|津|宮"),
                  L=dict(name="氏名", dob="生年月日", addr="住所", phone="携帯", email="メール",
                         note="備考", hello="お疲れ様です。", thanks="よろしくお願いします。",
                         complaint="出金申請から9日経っても反映されません。サポートは定型文ばかりです。",
                         rg="プレイヤーは毎晩ガチャに課金し、リボ払いが膨らんでいると話しています。",
                         excl="本人申告によるアクセス制限を申請したいです。",
                         win="宝くじで高額当せんしました。換金の手続きを教えてください。",
                         esp="スクリムは19時に変更、合宿は月曜から。",
                         bn="年齢確認済みの未成年アカウントは月額課金上限が5,000円に設定されています。",
                         ask="要約してください"),
                  rel=[("m", "弟の{n}"), ("f", "妻の{n}"), ("m", "新人バイトの{n}")]),
    "ko-KR": dict(script="Hangul", region="KR", iban=None,
                  m=_d("서준|도윤|시우|하준|지호|은우|예준|민재"),
                  f=_d("서윤|하은|지아|채원|윤서|예린|시아|다온"),
                  sa=_d("변|석|탁|길|봉|여|편|국|도|명|반|육"),
                  ga=_d("서|지|하|민|예|도|윤|시|은|채"), gb=_d("준|윤|원|아|연|현|율|빈|결|온"),
                  sta=_d("솔빛|늘봄|가람|누리|새빛|한울"), stb=_d("로|길|로|대로|길|로"),
                  sty=[""], ca=_d("솔|늘|별|가람|누리|한"), cb=_d("뫼|내|마루|들|숲|벌"),
                  L=dict(name="성명", dob="생년월일", addr="주소", phone="휴대폰", email="이메일",
                         note="비고", hello="안녕하세요,", thanks="감사합니다.",
                         complaint="출금 신청한 지 9일째인데 아직도 처리가 안 됐어요.",
                         rg="플레이어가 매일 밤 게임에 과금하고 카드론까지 받았다고 합니다.",
                         excl="저를 모든 서비스에서 1년간 이용 제한해 주세요.",
                         win="로또 2등에 당첨됐는데 어디서 수령하나요?",
                         esp="스크림 19시로 변경, 부트캠프는 월요일부터.",
                         bn="도박 문제 상담은 국번 없이 1336으로 24시간 가능합니다.",
                         ask="요약해 줘"),
                  rel=[("m", "제 동생 {n}"), ("f", "제 아내 {n}"), ("m", "새로 온 인턴 {n}")]),
}
LOCS = list(LOCALES)
# syllables for invented, locale-typical given names (stems, masculine endings, feminine endings)
GIVEN_SYL = {
    "en-GB": (_d("Cal|Bren|Ros|Tam|Fin|Jas|Mar|Eil|Cor|Dar"), _d("an|ric|wyn|don|ell|ton"), _d("a|ette|wen|ie|ina|elle")),
    "en-US": (_d("Jay|Kay|Bray|Ky|Dal|Ash|Tre|Lan|Mar|Jor"), _d("den|lon|son|vin|ton|ell"), _d("lyn|leigh|anna|ette|ra|ia")),
    "en-MT": (_d("Ġuż|Kar|Ċlo|Mat|Nik|Ros|Lor|Dun|Giu|Ter"), _d("ann|mel|ju|ton|en|ard"), _d("ja|etta|ina|ella|ita|anne")),
    "de-DE": (_d("Jo|Ti|Hen|Ma|Fri|Ole|Kar|Lu|Wi|Ben"), _d("nte|mo|rik|lte|tjof|ko"), _d("nna|ke|ra|lke|ne|ja")),
    "fr-FR": (_d("Ma|Lo|Gas|Cé|Eli|Ro|Ju|Ba|No|Flo"), _d("thieu|ric|ton|lien|rent|bin"), _d("rine|line|lie|ise|ette|anne")),
    "es-ES": (_d("Ai|Ma|Ja|Ro|Gon|Eu|Pe|Lu|Al|Da"), _d("tor|rio|ián|lo|nio|ro"), _d("nara|ela|ira|isa|ina|ia")),
    "it-IT": (_d("Ma|Lo|Ste|Gi|Fe|Al|Ca|Ri|Sa|Vi"), _d("ttia|nzo|fano|rio|ndro|llo"), _d("ria|ssia|nna|ella|etta|ina")),
    "nl-NL": (_d("Jo|Me|Sie|Wou|Tij|Fe|Ri|Lo|Ma|Be"), _d("rd|ske|mon|ter|jan|ren"), _d("tske|ke|rte|nke|lle|nne")),
    "pl-PL": (_d("Mi|Bo|Ra|Zby|Ja|Wie|Ło|Ka|Do|Le"), _d("łosz|gdan|dosław|gniew|rek|siek"), _d("lena|żena|dosława|sia|nia|ta")),
    "pt-BR": (_d("Ka|Jo|Ma|Lu|Ra|Wel|Ede|Gi|Ti|Da"), _d("uã|elson|lison|iro|ilo|son"), _d("ane|ely|ciane|ara|iele|ssa")),
    "sv-SE": (_d("Al|Ing|Mål|Sig|Tor|Ru|Hel|Ås|Bir|Ul"), _d("vid|var|björn|ge|sten|ne"), _d("vi|rid|frid|da|ja|borg")),
    "tr-TR": (_d("Ay|Bu|Ce|Deniz|Er|Gö|Ka|Ilk|Ok|Tu"), _d("han|tay|kan|alp|ay|tuğ"), _d("su|nur|gül|ce|la|şen")),
    "ru-RU": (_d("Ми|Ве|Ро|Ла|Сте|Ва|Да|Бо|Ра|Яро"), _d("рон|нир|слав|мир|дим|фей"), _d("лена|ина|ния|ра|слава|лия")),
    "uk-UA": (_d("Ми|Бо|Ве|Ро|Да|Ле|Сві|Зо|Я|Ла"), _d("рон|слав|дан|мир|зар|рко"), _d("слава|ся|ра|ина|ана|ля")),
    "el-GR": (_d("Στε|Κλε|Αγγ|Μιλ|Φιλ|Ερα|Ηλ|Πολ|Ξεν|Λυ"), _d("ργος|ων|ιππος|ίας|οφών|σανδρος"), _d("λία|ονίκη|άνθη|ιππη|ώ|δια")),
    "ar-AE": (_d("فار|نا|جا|سا|ها|را|دا|لو|مي|ثا"), _d("س|صر|سم|لم|زم|شد"), _d("ية|رة|نة|مة|جة|دة")),
    "he-IL": (_d("אל|נת|עד|יר|של|ער|צו|גל|תמ|דב"), _d("יה|אן|ון|דן|ום|ין"), _d("נה|ית|ה|לי|יה|ור")),
    "hi-IN": (_d("अवि|सुर|ऋत|मान|प्रि|दे|वि|अनु|कौ|सौ"), _d("राज|नाथ|देव|वीर|मय|श"), _d("ता|का|नी|ना|या|श्री")),
    "th-TH": (_d("ณัฐ|ธน|กฤ|ปิย|วร|ศุภ|พิม|อร|สุ|จิร"), _d("ชัย|พล|ภัทร|วัฒน์|กร|ศักดิ์"), _d("ดา|พร|นภา|วรรณ|ทิพย์|รัตน์")),
}

# organisation brand cores (coined), legal forms per locale
BRAND_A = _d("Vel|Kor|Zan|Bri|Quin|Mar|Tes|Ol|Dra|Lum|Syl|Ny|Ober|Cal|Fen|Gry|Hal|Ix|Jor|Pav")
BRAND_B = _d("mora|vetto|issa|arel|bexa|toria|ondo|vik|elle|ayne|ora|ix|anta|orix|uvia|ento")
LEGAL = {"en-GB": "Ltd", "en-US": "LLC", "en-MT": "Ltd", "de-DE": "GmbH", "fr-FR": "SAS", "es-ES": "S.L.",
         "it-IT": "S.r.l.", "nl-NL": "B.V.", "pl-PL": "sp. z o.o.", "pt-BR": "Ltda.", "sv-SE": "AB",
         "tr-TR": "A.Ş.", "ru-RU": "ООО", "uk-UA": "ТОВ", "el-GR": "Α.Ε.", "ar-AE": "ذ.م.م", "he-IL": "בע״מ",
         "hi-IN": "Pvt Ltd", "th-TH": "จำกัด", "zh-CN": "有限公司", "ja-JP": "株式会社", "ko-KR": "(주)"}
TLD = {"en-GB": "co.uk", "en-US": "com", "en-MT": "com.mt", "de-DE": "de", "fr-FR": "fr", "es-ES": "es",
       "it-IT": "it", "nl-NL": "nl", "pl-PL": "pl", "pt-BR": "bet.br", "sv-SE": "se", "tr-TR": "com.tr",
       "ru-RU": "ru", "uk-UA": "ua", "el-GR": "gr", "ar-AE": "ae", "he-IL": "co.il", "hi-IN": "in",
       "th-TH": "co.th", "zh-CN": "cn", "ja-JP": "jp", "ko-KR": "co.kr"}
PROVIDERS = {"en-GB": _d("gmail.com|outlook.com|btinternet.com|yahoo.co.uk"), "en-US": _d("gmail.com|yahoo.com|icloud.com|aol.com"),
             "en-MT": _d("gmail.com|maltanet.net|hotmail.com"), "de-DE": _d("web.de|gmx.de|t-online.de|gmail.com"),
             "fr-FR": _d("orange.fr|free.fr|laposte.net|gmail.com"), "es-ES": _d("gmail.com|hotmail.es|yahoo.es"),
             "it-IT": _d("libero.it|virgilio.it|gmail.com"), "nl-NL": _d("ziggo.nl|kpnmail.nl|gmail.com"),
             "pl-PL": _d("wp.pl|o2.pl|interia.pl|gmail.com"), "pt-BR": _d("gmail.com|uol.com.br|bol.com.br"),
             "sv-SE": _d("telia.com|gmail.com|hotmail.se"), "tr-TR": _d("gmail.com|hotmail.com|yandex.com.tr"),
             "ru-RU": _d("yandex.ru|mail.ru|rambler.ru"), "uk-UA": _d("ukr.net|i.ua|gmail.com"),
             "el-GR": _d("gmail.com|yahoo.gr|otenet.gr"), "ar-AE": _d("gmail.com|hotmail.com|outlook.com"),
             "he-IL": _d("gmail.com|walla.co.il|012.net.il"), "hi-IN": _d("gmail.com|rediffmail.com|yahoo.co.in"),
             "th-TH": _d("gmail.com|hotmail.com|outlook.co.th"), "zh-CN": _d("qq.com|163.com|126.com"),
             "ja-JP": _d("yahoo.co.jp|gmail.com|docomo.ne.jp"), "ko-KR": _d("naver.com|daum.net|kakao.com")}
HANDLE_A = _d("shadow|frost|neon|blaze|lucky|ghost|nova|viper|pixel|rogue|ember|zen|storm|jinx|orbit")
HANDLE_B = _d("fox|ace|wolf|kid|hunter|byte|rider|spin|queen|king|owl|drake|monk|shot|punk")

# real-world benign material (public / historical / fictional / eponyms / placeholders), freeze-filtered
PUBLIC = [("Edward O. Thorp", "author of Beat the Dealer (1962)"),
          ("Blaise Pascal", "who with Fermat solved the problem of points in 1654"),
          ("Gerolamo Cardano", "author of Liber de Ludo Aleae"), ("John L. Kelly Jr.", "Bell Labs, 1956"),
          ("Fyodor Dostoevsky", "author of The Gambler (1866)"),
          ("Charles Wells", "who broke the bank at Monte Carlo in 1891"),
          ("James Bond", "at the baccarat table in Casino Royale"), ("Faker", "T1 mid laner, Worlds 2023 champion"),
          ("s1mple", "NAVI, PGL Major Stockholm 2021 MVP"), ("Daniel Kahneman", "prospect theory"),
          ("Blaszczynski and Nower", "pathways model (2002)"), ("Lara Croft", "Tomb Raider"),
          ("Geralt of Rivia", "The Witcher"), ("Abraham de Moivre", "The Doctrine of Chances (1718)"),
          ("Christiaan Huygens", "De Ratiociniis in Ludo Aleae (1657)"), ("Stanislaw Ulam", "Monte Carlo method"),
          ("Claude Shannon", "the roulette wearable with Thorp"), ("Phil Ivey", "Ivey v Genting Casinos, 2017"),
          ("Amos Tversky", "prospect theory"), ("Sherlock Holmes", "fictional detective"),
          ("Фёдор Достоевский", "роман «Игрок» (1866)"), ("페이커", "T1, 2023 월드 챔피언십 우승"),
          ("ブレーズ・パスカル", "分配問題（1654年）"), ("布莱兹·帕斯卡", "点数问题"), ("ドストエフスキー", "『賭博者』"),
          ("Τζέιμς Μποντ", "Casino Royale"), ("ג'יימס בונד", "קזינו רויאל"), ("जेम्स बॉन्ड", "Casino Royale")]
EPONYMS = _d("Kelly criterion|Martingale system|D'Alembert system|Labouchere system|Fibonacci staking|"
             "Monte Carlo simulation|Nash equilibrium|Bayes' theorem|Poisson model for goals|Elo rating|Glicko rating|"
             "Gaussian variance bands|Markov chain for slot reels|Brier score|Критерий Келли|Система Мартингейла|ケリー基準|"
             "マーチンゲール法|凯利公式|켈리 공식|마틴게일 전략|קריטריון קלי|معيار كيلي|Κριτήριο Κέλι|केली मानदंड")
PLACEHOLDERS = _d("Jane Doe|John Doe|Max Mustermann|Erika Mustermann|Jan Kowalski|Mario Rossi|Jean Dupont|Juan Pérez|"
                  "Fulano de Tal|Joe Bloggs|Ola Nordmann|Sven Svensson|Иван Иванов|Ploni Almoni|Richard Roe|"
                  "John Q. Public|Tommy Atkins|Otto Normalverbraucher|Matti Meikäläinen|Jan Jansen|Вася Пупкин|山田太郎|홍길동|"
                  "张三|Fulano|Mengano|Zutano|ישראל ישראלי|فلان الفلاني|Ιωάννης Παπαδόπουλος|राम कुमार|นายสมมติ ตัวอย่าง")
HELPLINES = {"en-GB": "0808 8020 133", "en-US": "1-800-GAMBLER", "de-DE": "0800 1 37 27 00", "ko-KR": "1336",
             "fr-FR": "09 74 75 13 13", "es-ES": "900 200 225", "it-IT": "800 558822", "nl-NL": "0900-1995",
             "sv-SE": "020-81 91 00"}
EMERGENCY = {"en-GB": "999", "en-US": "911", "ru-RU": "112", "ja-JP": "110", "ko-KR": "112", "zh-CN": "110",
             "th-TH": "191", "hi-IN": "112", "ar-AE": "999", "he-IL": "100", "pt-BR": "190", "tr-TR": "112"}
SCHEMES = {"en-GB": "GAMSTOP", "de-DE": "OASIS", "sv-SE": "Spelpaus", "nl-NL": "Cruks", "es-ES": "RGIAJ",
           "it-IT": "RUA", "fr-FR": "fichier des interdits de jeux (ANJ)", "en-US": "the state voluntary exclusion program",
           "en-MT": "the MGA self-exclusion register", "pt-BR": "autoexclusão centralizada (SPA/MF)"}

# ------------------------------------------------------------------------------------------ identifiers
DIG = "0123456789"


def rdig(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def retry(what, gen, ok, cap=20000):
    for _ in range(cap):
        v = gen()
        if ok(v):
            return v
    raise SystemExit(f"could not generate a valid {what}")


def check(what, ok, v):
    if not ok(v):
        raise SystemExit(f"invalid {what}: {v}")
    return v


def gen_ssn(rng):
    def g():
        a = rng.randint(1, 665)
        return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return retry("ssn", g, us_ssn.is_valid)


def gen_rtn(rng):
    return retry("rtn", lambda: f"{rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 21, 26, 31]):02d}" + rdig(rng, 7), us_rtn.is_valid)


def gen_nhs(rng):
    def g():
        d = rng.choice("456") + rdig(rng, 9)
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    return retry("nhs", g, gb_nhs.is_valid)


def gen_steuerid(rng):
    return retry("idnr", lambda: rng.choice("123456789") + rdig(rng, 10), de_idnr.is_valid)


def gen_nir(rng, p):
    def g():
        dep = rng.choice(["13", "31", "33", "44", "59", "67", "69", "75", "92", "93"])
        base = f"{1 if p.g == 'm' else 2}{p.dob.year % 100:02d}{p.dob.month:02d}{dep}{rdig(rng, 3)}{rdig(rng, 3)}"
        key = 97 - int(base) % 97
        return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"
    return retry("nir", g, fr_nir.is_valid)


def gen_dni(rng):
    def g():
        n = rng.randint(10000000, 79999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    return retry("dni", g, es_dni.is_valid)


def _cf_part(s, name=False):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    s = re.sub(r"[^A-Z]", "", s)
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def gen_cf(rng, p):
    def g():
        day = p.dob.day + (40 if p.g == "f" else 0)
        first15 = (_cf_part(p.last) + _cf_part(p.first, True) + f"{p.dob.year % 100:02d}" + "ABCDEHLMPRST"[p.dob.month - 1]
                   + f"{day:02d}" + rng.choice("ABCDEFGHLM") + rdig(rng, 3))
        return first15 + it_cf.calc_check_digit(first15)
    return retry("codice fiscale", g, it_cf.is_valid)


def gen_bsn(rng):
    return retry("bsn", lambda: rng.choice("123456") + rdig(rng, 8), nl_bsn.is_valid)


def gen_pesel(rng, p):
    def g():
        m = p.dob.month + (20 if p.dob.year >= 2000 else 0)
        sx = rng.choice("13579" if p.g == "m" else "02468")
        base = f"{p.dob.year % 100:02d}{m:02d}{p.dob.day:02d}{rdig(rng, 3)}{sx}"
        return base + pl_pesel.calc_check_digit(base)
    return retry("pesel", g, pl_pesel.is_valid)


def gen_cpf(rng):
    def g():
        d = rdig(rng, 11)
        return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"
    return retry("cpf", g, br_cpf.is_valid)


def gen_pnr(rng, p):
    def g():
        base = f"{p.dob.year % 100:02d}{p.dob.month:02d}{p.dob.day:02d}{rdig(rng, 3)}"
        return f"{base[:6]}-{base[6:]}{luhn.calc_check_digit(base)}"
    return retry("personnummer", g, se_pnr.is_valid)


def gen_tckn(rng):
    def g():
        b = rng.choice("123456789") + rdig(rng, 8)
        return b + tr_tck.calc_check_digits(b)
    return retry("tckimlik", g, tr_tck.is_valid)


def gen_inn(rng):
    def g():
        b = rng.choice(["77", "78", "50", "66", "54", "16"]) + rdig(rng, 8)
        return b + ru_inn.calc_personal_check_digits(b)
    return retry("inn", g, ru_inn.is_valid)


def gen_rntrc(rng):
    def g():
        b = rng.choice("23") + rdig(rng, 8)
        return b + ua_rntrc.calc_check_digit(b)
    return retry("rntrc", g, ua_rntrc.is_valid)


def gen_amka(rng, p):
    def g():
        b = f"{p.dob.day:02d}{p.dob.month:02d}{p.dob.year % 100:02d}{rdig(rng, 4)}"
        return b + luhn.calc_check_digit(b)
    return retry("amka", g, gr_amka.is_valid)


def gen_tz(rng):
    def g():
        b = rng.choice("0123") + rdig(rng, 7)
        return b + luhn.calc_check_digit(b)
    return retry("teudat zehut", g, il_idnr.is_valid)


def gen_aadhaar(rng):
    def g():
        d = rng.choice("23456789") + rdig(rng, 11)
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    return retry("aadhaar", g, in_aadhaar.is_valid)


def gen_pan(rng):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return retry("pan", lambda: "".join(rng.choice(L) for _ in range(3)) + "P" + rng.choice(L) + rdig(rng, 4) + rng.choice(L),
                 in_pan.is_valid)


def gen_thpin(rng):
    def g():
        d = rng.choice("1358") + rdig(rng, 12)
        return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
    return retry("thai pin", g, th_pin.is_valid)


def gen_rrn(rng, p):
    def g():
        s = ("1" if p.g == "m" else "2") if p.dob.year < 2000 else ("3" if p.g == "m" else "4")
        b = f"{p.dob.year % 100:02d}{p.dob.month:02d}{p.dob.day:02d}{s}{rng.randint(0, 95):02d}{rdig(rng, 3)}"
        return f"{b[:6]}-{b[6:]}{kr_rrn.calc_check_digit(b)}"
    return retry("rrn", g, kr_rrn.is_valid)


def gen_ric(rng, p):
    def g():
        area = rng.choice(["110105", "310115", "440305", "510107", "330106", "420111", "320102", "610113"])
        b = f"{area}{p.dob.year:04d}{p.dob.month:02d}{p.dob.day:02d}{rdig(rng, 2)}{rng.choice('13579' if p.g == 'm' else '02468')}"
        return b + cn_ric.calc_check_digit(b)
    return retry("ric", g, cn_ric.is_valid)


def gen_mynumber(rng):
    def g():
        b = rdig(rng, 11)
        return b + jp_in.calc_check_digit(b)
    return retry("my number", g, jp_in.is_valid)


def gen_emirates(rng, p):
    def g():
        b = f"784{p.dob.year:04d}{rdig(rng, 7)}"
        return f"{b[:3]}-{b[3:7]}-{b[7:]}-{luhn.calc_check_digit(b)}"
    return retry("emirates id", g, lambda v: luhn.is_valid(v.replace("-", "")) and len(v.replace("-", "")) == 15)


IBAN_SHAPE = {"GB": ("A4", 14), "DE": ("", 18), "FR": ("", 23), "ES": ("", 20), "IT": ("A1", 22), "NL": ("A4", 10),
              "PL": ("", 24), "SE": ("", 20), "TR": ("", 22), "UA": ("", 25), "GR": ("", 23), "AE": ("", 19),
              "IL": ("", 19), "MT": ("A4", 23)}


def gen_iban(rng, cc, banks=None):
    shape, n = IBAN_SHAPE[cc]

    def g():
        pre = ""
        if shape == "A4":
            pre = rng.choice(banks) if banks else "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4))
        elif shape == "A1":
            pre = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
        body = pre + rdig(rng, n)
        if cc == "TR":
            body = rdig(rng, 5) + "0" + rdig(rng, 16)
        raw = cc + std_iban.calc_check_digits(cc + "00" + body) + body
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return retry(f"iban {cc}", g, std_iban.is_valid)


TEST_CARDS = {"4111111111111111", "4242424242424242", "4000056655665556", "5555555555554444", "5105105105105100",
              "4012888888881881", "5200828282828210"}


def gen_card(rng):
    def g():
        b = rng.choice(["4", "51", "52", "53", "54", "55"])
        b = b + rdig(rng, 15 - len(b))
        n = b + luhn.calc_check_digit(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.7 else n
    return retry("card", g, lambda v: luhn.is_valid(v.replace(" ", "")) and v.replace(" ", "") not in TEST_CARDS)


def gen_ip(rng):
    def g():
        return f"{rng.randint(2, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return retry("ip", g, lambda v: ipaddress.ip_address(v).is_global and not v.startswith(("100.", "127.")))


def gen_phone(rng, region, ptype="mobile", fmt=None):
    t = PNT.MOBILE if ptype == "mobile" else PNT.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    nsn = phonenumbers.national_significant_number(ex)
    okt = {PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE} if ptype == "mobile" else {PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE}

    def ok(num):
        return (phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region
                and phonenumbers.number_type(num) in okt)
    num = None
    for keep in (3, 2, 1):  # keep the example's leading digits, randomise the rest; capped per width
        try:
            num = retry(f"phone {region}", lambda: phonenumbers.parse(
                f"+{ex.country_code}{nsn[:keep]}{rdig(rng, len(nsn) - keep)}"), ok, cap=400)
            break
        except SystemExit:
            continue
    if num is None:
        raise SystemExit(f"could not generate a valid phone {region}")
    fmt = fmt if fmt is not None else rng.choice([PNF.INTERNATIONAL, PNF.NATIONAL, PNF.NATIONAL, PNF.E164])
    s = phonenumbers.format_number(num, fmt)
    return check("phone", lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v, region)), s)


# ------------------------------------------------------------------------------------------ people
def fold(s):
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower())


class World:
    """Freeze-checked pools per locale."""

    def __init__(self, rng, fz: Freeze):
        self.fz = fz
        self.pools = {}
        for tag in LOCS:
            c = LOCALES[tag]
            P = {}
            if tag in ("zh-CN", "ko-KR"):  # names are written as one token: freeze-check the full name
                for g in ("m", "f"):
                    P["full_" + g] = fz.pool(f"person names:{tag}{g}", lambda: rng.choice(c["sa"]) + (
                        rng.choice(c[g]) if rng.random() < .4 else rng.choice(c["ga"]) + rng.choice(c["gb"])), 20)
                P["m"], P["f"], P["sur"] = c["m"], c["f"], c["sa"]
            for g in ("m", "f") if tag not in ("zh-CN", "ko-KR") else ():
                real = fz.filt("given names", list(c[g]))
                P[g] = real + fz.pool(f"given names:{tag}{g}", lambda: self._coined_given(rng, tag, g), max(0, 8 - len(real)))
            if "sbm" in c:
                P["sur_m"], P["sur_f"] = [], []
                pairs = fz.pool(f"surnames:{tag}", lambda: self._sur_pair(rng, c), 24)
                for a, b in pairs:
                    P["sur_m"].append(a)
                    P["sur_f"].append(b)
                P["sur_pairs"] = pairs
            elif tag not in ("zh-CN", "ko-KR"):
                P["sur"] = fz.pool(f"surnames:{tag}", lambda: self._sur(rng, tag, c), min(24, len(c["sa"])) if tag in ("zh-CN", "ko-KR", "ar-AE") else 24)
            P["street"] = fz.pool(f"streets:{tag}", lambda: self._street(rng, tag, c), 10, cap=600)
            P["city"] = fz.pool(f"localities:{tag}", lambda: self._city(rng, tag, c), min(12, len(c["ca"]) * len(c["cb"])), cap=600)
            P["org"] = fz.pool(f"organisations:{tag}", lambda: self._brand(rng, tag), 10)
            self.pools[tag] = P
        self.public = [pd for pd in PUBLIC if not fz.hit(pd[0])]
        fz.dropped["public figures"] += len(PUBLIC) - len(self.public)
        self.eponyms = fz.filt("eponyms", EPONYMS)
        self.placeholders = fz.filt("placeholders", PLACEHOLDERS)
        self.teams = fz.pool("organisations:teams", lambda: rng.choice(BRAND_A) + rng.choice(BRAND_B), 24)

    @staticmethod
    def _coined_given(rng, tag, g):
        c = LOCALES[tag]
        if tag in GIVEN_SYL:
            st, em, ef = GIVEN_SYL[tag]
            return rng.choice(st) + rng.choice(em if g == "m" else ef)
        return rng.choice(c["ga"]) + rng.choice(c["gb"])

    @staticmethod
    def _sur_pair(rng, c):
        i = rng.randrange(len(c["sbm"]))
        a = rng.choice(c["sa"])
        return a + c["sbm"][i], a + c["sbf"][i]

    @staticmethod
    def _sur(rng, tag, c):
        if tag == "ar-AE":
            return "ال" + rng.choice(c["sa"]) + "ي"
        if tag in ("zh-CN", "ko-KR"):
            return rng.choice(c["sa"])
        if tag in ("es-ES", "pt-BR"):
            return (rng.choice(c["sa"]) + rng.choice(c["sb"])) + " " + (rng.choice(c["sa"]) + rng.choice(c["sb"]))
        if tag == "nl-NL" and rng.random() < 0.35:
            return rng.choice(["van der ", "van ", "de ", "ter "]) + rng.choice(c["sa"]) + rng.choice(c["sb"])
        return rng.choice(c["sa"]) + rng.choice(c["sb"])

    @staticmethod
    def _street(rng, tag, c):
        core = rng.choice(c["sta"]) + rng.choice(c["stb"])
        if tag in ("hi-IN", "he-IL"):
            core = rng.choice(c["sa"]) + rng.choice(c["sb"]) + rng.choice(c["stb"]) if tag == "hi-IN" else core
        if tag in ("pt-BR", "it-IT", "es-ES"):
            core = rng.choice(c["sta"]) + rng.choice(c["sa"]) + rng.choice(c["sb"])
        ty = rng.choice(c["sty"])
        if not ty:
            return core
        if tag in ("en-GB", "en-US", "tr-TR"):
            return f"{core} {ty}"
        return f"{ty} {core}"

    @staticmethod
    def _city(rng, tag, c):
        return (rng.choice(c["ca"]) + rng.choice(c["cb"])).strip()

    @staticmethod
    def _brand(rng, tag):
        b = rng.choice(BRAND_A) + rng.choice(BRAND_B)
        return b


class Person:
    pass


def fmt_date(tag, d):
    if tag == "en-US":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if tag in ("sv-SE",):
        return d.isoformat()
    if tag in ("de-DE", "pl-PL", "tr-TR", "ru-RU", "uk-UA", "he-IL"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if tag == "nl-NL" or tag == "hi-IN":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if tag == "th-TH":
        return f"{d.day}/{d.month}/{d.year + 543}"
    if tag in ("zh-CN", "ja-JP"):
        return f"{d.year}年{d.month}月{d.day}日"
    if tag == "ko-KR":
        return f"{d.year}. {d.month}. {d.day}."
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def postcode(rng, tag):
    if tag == "en-GB":
        return f"{rng.choice(['LS', 'NG', 'BS', 'CF', 'EX', 'YO', 'DN'])}{rng.randint(1, 29)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPQRSTUWXY')}"
    if tag == "en-MT":
        return f"{rng.choice(['BKR', 'MST', 'ZBG', 'SPB', 'GZR', 'QRM'])} {rng.randint(1000, 9999)}"
    if tag == "nl-NL":
        return f"{rng.randint(1000, 9999)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    if tag == "pl-PL":
        return f"{rng.randint(10, 99)}-{rng.randint(100, 999)}"
    if tag == "pt-BR":
        return f"{rng.randint(10000, 99999)}-{rng.randint(100, 999)}"
    if tag in ("sv-SE", "el-GR"):
        return f"{rng.randint(100, 999)} {rng.randint(10, 99)}"
    if tag == "ja-JP":
        return f"〒{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    if tag in ("ru-RU", "hi-IN", "zh-CN"):
        return f"{rng.randint(100000, 999999)}"
    if tag == "en-US":
        return f"{rng.choice(['OH', 'NJ', 'PA', 'MI', 'IN', 'TN'])} {rng.randint(10000, 99999)}"
    return f"{rng.randint(10000, 99999)}"


def make_address(rng, tag, W):
    P = W.pools[tag]
    st, city, n, apt = rng.choice(P["street"]), rng.choice(P["city"]), rng.randint(2, 148), rng.randint(1, 40)
    pc = postcode(rng, tag)
    if tag == "en-GB":
        return f"{n} {st}, {city} {pc}"
    if tag == "en-US":
        return f"{n * 37} {st}, Apt {apt}, {city}, {pc}"
    if tag == "en-MT":
        return f"Flat {apt}, {st}, {city} {pc}"
    if tag in ("de-DE", "nl-NL", "sv-SE"):
        return f"{st} {n}{rng.choice(['', '', 'a', 'B'])}, {pc} {city}"
    if tag == "fr-FR":
        return f"{n} {st}, {pc} {city}"
    if tag == "es-ES":
        return f"{st}, {n}, {rng.randint(1, 9)}º {rng.choice('ABCD')}, {pc} {city}"
    if tag == "it-IT":
        return f"{st} {n}, {pc} {city} ({rng.choice(['BG', 'TV', 'PD', 'LE', 'CN', 'PG'])})"
    if tag == "pl-PL":
        return f"{st} {n}/{apt}, {pc} {city}"
    if tag == "pt-BR":
        return f"{st}, {n}, apto {apt * 10 + 1}, {city} - {rng.choice(['SP', 'MG', 'PR', 'BA', 'GO'])}, CEP {pc}"
    if tag == "tr-TR":
        return f"{rng.choice(P['city'])} Mah. {st} No: {n} D: {apt}, {city}"
    if tag == "ru-RU":
        return f"{pc}, г. {city}, {st}, д. {n}, кв. {apt}"
    if tag == "uk-UA":
        return f"{st}, буд. {n}, кв. {apt}, м. {city}, {pc}"
    if tag == "el-GR":
        return f"{st} {n}, {pc} {city}"
    if tag == "ar-AE":
        return f"فيلا {n}، {st}، منطقة {city}، ص.ب. {rng.randint(10000, 99999)}"
    if tag == "he-IL":
        return f"{st} {n}, דירה {apt}, {city}"
    if tag == "hi-IN":
        return f"मकान नं. {n}, {st}, {city} - {pc}"
    if tag == "th-TH":
        return f"บ้านเลขที่ {n}/{apt} หมู่ {rng.randint(1, 12)} {st} ตำบล{rng.choice(P['city'])} อำเภอ{city} {pc}"
    if tag == "zh-CN":
        return f"{rng.choice(P['city'])}市{city}区{st}路{n}号{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 30)}0{rng.randint(1, 4)}室"
    if tag == "ja-JP":
        return f"{pc} {rng.choice(P['city'])}市{st}{rng.randint(1, 5)}丁目{rng.randint(1, 20)}番{rng.randint(1, 15)}号 {rng.choice(P['city'])}ハイツ{rng.randint(1, 5)}0{rng.randint(1, 9)}"
    if tag == "ko-KR":
        return f"{city}시 {rng.choice(P['city'])}구 {st} {n}, {rng.randint(101, 115)}동 {rng.randint(1, 25)}0{rng.randint(1, 4)}호"
    return f"{st} {n}, {city}"


def make_person(rng, tag, W, young=False):
    c, P = LOCALES[tag], W.pools[tag]
    p = Person()
    p.tag = tag
    p.g = rng.choice("mf")
    p.first = rng.choice(P[p.g])
    if "sur_pairs" in P:
        i = rng.randrange(len(P["sur_pairs"]))
        p.last = P["sur_pairs"][i][0 if p.g == "m" else 1]
    else:
        p.last = rng.choice(P["sur"])
    if tag in ("zh-CN", "ko-KR"):
        full = rng.choice(P["full_" + p.g])
        p.last, p.first = full[0], full[1:]
        p.name = full
    elif tag == "ja-JP":
        p.name = f"{p.last} {p.first}"
    elif tag == "ar-AE":
        p.name = f"{p.first} {rng.choice(P['m'])} {p.last}"
    elif tag == "ru-RU" and rng.random() < 0.5:
        p.name = f"{p.last} {p.first}"
    else:
        p.name = f"{p.first} {p.last}"
    p.dob = dt.date(rng.randint(1998, 2007) if young else rng.randint(1958, 2005), rng.randint(1, 12), rng.randint(1, 28))
    p.dob_s = fmt_date(tag, p.dob)
    p.phone = gen_phone(rng, c["region"])
    if c["script"] == "Latin":
        loc = fold(p.first) + rng.choice([".", "_", ""]) + fold(p.last.split()[-1]) + rng.choice(["", str(p.dob.year % 100), str(rng.randint(1, 99))])
    else:
        loc = rng.choice(HANDLE_A) + rng.choice(["_", ".", ""]) + rng.choice(HANDLE_B) + str(rng.randint(1, 999))
    p.email = f"{loc}@{rng.choice(PROVIDERS[tag])}"
    p.addr = make_address(rng, tag, W)
    p.ip = gen_ip(rng)
    p.card = gen_card(rng)
    ids = []
    if tag == "en-US":
        ids.append(("ssn", "SSN", gen_ssn(rng)))
    elif tag == "en-GB":
        ids.append(("HEALTH_INSURANCE", "NHS no.", gen_nhs(rng)))
    elif tag == "de-DE":
        ids.append(("TAX_ID", "Steuer-ID", gen_steuerid(rng)))
    elif tag == "fr-FR":
        ids.append(("NATIONAL_ID", "N° sécu", gen_nir(rng, p)))
    elif tag == "es-ES":
        ids.append(("NATIONAL_ID", "DNI", gen_dni(rng)))
    elif tag == "it-IT":
        ids.append(("TAX_ID", "Codice fiscale", gen_cf(rng, p)))
    elif tag == "nl-NL":
        ids.append(("NATIONAL_ID", "BSN", gen_bsn(rng)))
    elif tag == "pl-PL":
        ids.append(("NATIONAL_ID", "PESEL", gen_pesel(rng, p)))
    elif tag == "pt-BR":
        ids.append(("TAX_ID", "CPF", gen_cpf(rng)))
    elif tag == "sv-SE":
        ids.append(("NATIONAL_ID", "Personnr", gen_pnr(rng, p)))
    elif tag == "tr-TR":
        ids.append(("NATIONAL_ID", "TC Kimlik No", gen_tckn(rng)))
    elif tag == "ru-RU":
        ids.append(("TAX_ID", "ИНН", gen_inn(rng)))
    elif tag == "uk-UA":
        ids.append(("TAX_ID", "РНОКПП", gen_rntrc(rng)))
    elif tag == "el-GR":
        ids.append(("NATIONAL_ID", "ΑΜΚΑ", gen_amka(rng, p)))
    elif tag == "ar-AE":
        ids.append(("NATIONAL_ID", "رقم الهوية", gen_emirates(rng, p)))
    elif tag == "he-IL":
        ids.append(("NATIONAL_ID", "ת.ז.", gen_tz(rng)))
    elif tag == "hi-IN":
        ids.append(rng.choice([("NATIONAL_ID", "आधार", gen_aadhaar(rng)), ("TAX_ID", "PAN", gen_pan(rng))]))
    elif tag == "th-TH":
        ids.append(("NATIONAL_ID", "เลขบัตรประชาชน", gen_thpin(rng)))
    elif tag == "zh-CN":
        ids.append(("NATIONAL_ID", "身份证号", gen_ric(rng, p)))
    elif tag == "ja-JP":
        ids.append(("NATIONAL_ID", "マイナンバー", gen_mynumber(rng)))
    elif tag == "ko-KR":
        ids.append(("NATIONAL_ID", "주민등록번호", gen_rrn(rng, p)))
    p.ids = ids
    if c["iban"]:
        p.bank = ("IBAN_CODE", "IBAN", gen_iban(rng, c["iban"], c.get("bank")))
    elif tag == "en-US":
        p.bank = ("US_BANK_NUMBER", "ABA routing / acct", (gen_rtn(rng), rdig(rng, rng.randint(9, 12))))
    else:
        p.bank = ("CREDIT_CARD", "Card", p.card)
    return p


# ------------------------------------------------------------------------------------------ record context
class Rec:
    def __init__(self, rng, tag, W):
        self.rng, self.tag, self.W = rng, tag, W
        self.L = LOCALES[tag]["L"]
        self.issued = []

    def v(self, typ, val):
        self.issued.append((typ, val))
        return val

    def person(self, young=False):
        return make_person(self.rng, self.tag, self.W, young)

    def idline(self, p):
        if not p.ids:
            return ""
        typ, lab, val = p.ids[0]
        return f"{lab}: {self.v(typ, val)}"

    def bankline(self, p):
        typ, lab, val = p.bank
        if typ == "US_BANK_NUMBER":
            return f"{lab}: {self.v(typ, val[0])} / {self.v(typ, val[1])}"
        return f"{lab}: {self.v(typ, val)}"

    def org(self):
        b = self.rng.choice(self.W.pools[self.tag]["org"])
        lf = LEGAL[self.tag]
        if self.tag in ("ja-JP", "ko-KR"):
            return f"{lf}{b}"
        if self.tag in ("ru-RU", "uk-UA"):
            return f"{lf} «{b}»"
        if self.tag == "th-TH":
            return f"บริษัท {b} {lf}"
        if self.tag == "zh-CN":
            return f"{b}网络科技{lf}"
        return f"{b} {lf}"

    def dom(self):
        return fold(self.rng.choice(self.W.pools[self.tag]["org"])) + "." + TLD[self.tag]

    def ref(self, pre):
        return f"{pre}-{self.rng.randint(2024, 2026)}-{rdig(self.rng, 6)}"

    def switchboard(self):
        return gen_phone(self.rng, LOCALES[self.tag]["region"], "fixed", PNF.INTERNATIONAL)

    def helpline(self):
        return HELPLINES.get(self.tag) or EMERGENCY.get(self.tag) or "112"

    def pub(self):
        if not self.W.public:
            return "the pathways model of problem gambling"
        n, d = self.rng.choice(self.W.public)
        return f"{n}, {d}"

    def pubname(self):
        return self.pub().split(",")[0]

    def epo(self):
        return self.rng.choice(self.W.eponyms) if self.W.eponyms else "gambler's fallacy"

    def ph(self):
        return self.rng.choice(self.W.placeholders) if self.W.placeholders else "[PLAYER_NAME]"

    def doc_ip(self):
        return self.rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(self.rng.randint(1, 254))

    def licence(self):
        r = self.rng
        return r.choice([f"MGA/B2C/{r.randint(100, 999)}/20{r.randint(12, 24)}", f"UKGC 000-0{r.randint(10000, 99999)}-R-{r.randint(300000, 399999)}",
                         f"Curaçao OGL/2024/{r.randint(100, 1999)}/{r.randint(1000, 9999)}", f"GGL-{r.randint(2022, 2025)}-{rdig(r, 4)}"])


# ------------------------------------------------------------------------------------------ kinds
ROLES = {"kyc_review": "kyc_analyst", "rg_note": "rg_specialist", "support_chat": "support_agent", "complaint": "player",
         "lottery_claim": "winners_desk", "esports_ops": "team_manager", "self_exclusion": "family_member",
         "payments_export": "payments_ops", "public_notice": "streamer_comms"}
SYSTEMS = {"kyc_review": "You assist the KYC/AML team of a licensed online casino and sportsbook. Be precise and cite the policy section.",
           "rg_note": "You help the safer-gambling team write clear interaction notes. Never give financial advice.",
           "support_chat": "You are a player-support copilot for a casino and game studio. Keep answers short.",
           "complaint": "You help draft and triage player complaints and ADR submissions.",
           "lottery_claim": "You assist the winners' desk of a national lottery operator.",
           "esports_ops": "You help esports tournament admins and team managers with logistics.",
           "self_exclusion": "You help staff of a self-exclusion scheme handle requests with empathy.",
           "payments_export": "You are a data assistant for the payments and fraud team. Output valid CSV or JSON.",
           "public_notice": "You help write public announcements for a streamer, a lottery and an esports league."}
INSTR = {"kyc_review": ["does the PoA match the ID? list the gaps for EDD", "draft the RFI email asking for 3 months of payslips",
                        "extract this into JSON for the case management system", "is SoF plausible vs deposits? short answer"],
         "rg_note": ["turn this into a proper RG interaction note", "which markers of harm are present? bullet list",
                     "draft the follow-up email, supportive tone", "summarise for the weekly RG huddle"],
         "support_chat": ["summarise this chat and suggest the next reply", "translate the player's messages to English",
                          "classify: payments / account / bug / RG", "write a macro reply for this"],
         "complaint": ["draft a formal reply within our 8-week complaint SLA", "triage: is this eligible for ADR?",
                       "rewrite this complaint to be clearer and more polite", "extract key facts and dates"],
         "lottery_claim": ["check the claim form for missing fields", "prepare the payout instruction from this form",
                           "translate the form to English for the auditor", "summarise the claim for the approval committee"],
         "esports_ops": ["build the travel sheet from this", "turn this into a schedule table", "draft the visa invitation letter",
                         "check eligibility against the league rules"],
         "self_exclusion": ["draft a reply confirming the next steps", "what can we do under the scheme rules? short",
                            "summarise the request for the case file", "translate and summarise"],
         "payments_export": ["flag rows that look like structuring", "convert to JSON lines", "dedupe and sort by amount",
                             "which transactions need a chargeback response?"],
         "public_notice": ["polish this announcement", "shorten to one tweet", "translate to English and fix the tone",
                           "make a Discord version with emojis"]}


def _j(*lines):
    return "\n".join(x for x in lines if x)


def doc_sensitive(kind, R: Rec):
    r, L = R.rng, R.L
    p = R.person()
    org = R.org()
    opt = lambda prob, s: s if r.random() < prob else ""
    if kind == "kyc_review":
        return _j(f"EDD case {R.ref('EDD')} — {org} ({R.licence()})", f"{L['name']}: {R.v('PERSON', p.name)}",
                  opt(.8, f"{L['dob']}: {R.v('DATE_TIME', p.dob_s)}"), opt(.8, f"{L['addr']}: {R.v('LOCATION', p.addr)}"),
                  opt(.8, R.idline(p)), opt(.5, f"{L['phone']}: {R.v('PHONE_NUMBER', p.phone)}"),
                  opt(.5, f"{L['email']}: {R.v('EMAIL_ADDRESS', p.email)}"), opt(.5, f"Last login IP: {R.v('IP_ADDRESS', p.ip)}"),
                  opt(.4, R.bankline(p)),
                  f"SoF: {r.choice(['payslips', 'crypto gains', 'inheritance', 'sale of car', 'self-employed, no accounts'])}; "
                  f"deposits {r.randint(8, 90)}k in {r.randint(14, 60)}d; {r.choice(['PEP: no', 'PEP: no, RCA check pending', 'sanctions: clear'])}",
                  f"Flags: {r.choice(['velocity', 'multiple cards', 'VPN mismatch', 'doc edited?', 'affordability'])}")
    if kind == "rg_note":
        mrn = ""
        if r.random() < .4:
            mrn = f"Referral to the gambling-harm clinic, MRN {R.v('MEDICAL_RECORD', rdig(r, 3) + '-' + rdig(r, 6))}"
        return _j(f"RG interaction {dt.date(2026, r.randint(1, 12), r.randint(1, 28)).isoformat()} — {org}",
                  f"Customer: {R.v('PERSON', p.name)}, tel {R.v('PHONE_NUMBER', p.phone)}",
                  opt(.5, f"{L['dob']}: {R.v('DATE_TIME', p.dob_s)}"),
                  f"Markers: deposits +{r.randint(120, 480)}% in 30d, play 01:00–05:00, {r.randint(2, 9)} reversed withdrawals",
                  L["rg"], opt(.45, R.idline(p)) if R.tag == "en-GB" else "", mrn,
                  f"Outcome: {r.choice(['deposit limit set', 'cooling-off 6 weeks', 'account closed, referred to support', 'time-out 24h'])}")
    if kind == "support_chat":
        t = r.randint(8, 22)
        return _j(f"[{t}:0{r.randint(0, 9)}] Player: {L['hello']} {L['complaint']}",
                  f"[{t}:1{r.randint(0, 9)}] Agent #{r.randint(10, 99)}: Could you confirm your full name and email?",
                  f"[{t}:2{r.randint(0, 9)}] Player: {R.v('PERSON', p.name)}, {R.v('EMAIL_ADDRESS', p.email)}",
                  opt(.5, f"[{t}:3{r.randint(0, 9)}] Player: card {R.v('CREDIT_CARD', p.card)} was charged twice"),
                  opt(.5, f"[{t}:4{r.randint(0, 9)}] Player: call me {R.v('PHONE_NUMBER', p.phone)}"),
                  f"[{t}:5{r.randint(0, 9)}] Agent #{r.randint(10, 99)}: escalated to payments, ticket {R.ref('TCK')}")
    if kind == "complaint":
        return _j(L["hello"], L["complaint"], f"Account at {org}, ref {R.ref('CMP')}.",
                  f"{r.choice(['I am taking this to IBAS', 'I will escalate to eCOGRA', 'I will complain to the regulator'])} if not solved in 14 days.",
                  opt(.7, R.bankline(p)), opt(.6, f"{L['addr']}: {R.v('LOCATION', p.addr)}"),
                  opt(.5, f"{L['phone']}: {R.v('PHONE_NUMBER', p.phone)}"), L["thanks"], R.v("PERSON", p.name))
    if kind == "lottery_claim":
        return _j(f"PRIZE CLAIM FORM — {org}", f"Ticket serial: {rdig(r, 4)}-{rdig(r, 8)}-{rdig(r, 3)}  Draw #{r.randint(1000, 3999)}",
                  f"Prize tier: {r.randint(1, 3)}", L["win"], f"{L['name']}: {R.v('PERSON', p.name)}",
                  f"{L['dob']}: {R.v('DATE_TIME', p.dob_s)}", opt(.85, R.idline(p)),
                  f"{L['addr']}: {R.v('LOCATION', p.addr)}", opt(.7, R.bankline(p)),
                  opt(.6, f"{L['phone']}: {R.v('PHONE_NUMBER', p.phone)}"), "Signature: ✔  Publicity consent: no")
    if kind == "esports_ops":
        team = r.choice(R.W.teams)
        rows = []
        p = R.person(young=True)
        for k in range(r.randint(2, 4)):
            q = p if k == 0 else R.person(young=True)
            rows.append(f"{r.choice(['TOP', 'JNG', 'MID', 'ADC', 'SUP', 'IGL', 'AWP', 'SUB'])} | {R.v('PERSON', q.name)} | "
                        f"{R.v('DATE_TIME', q.dob_s)} | " + (R.v(q.ids[0][0], q.ids[0][2]) if q.ids and r.random() < .6 else R.v('PHONE_NUMBER', q.phone)))
        return _j(f"Roster submission — {team} {r.choice(['Esports', 'Gaming', 'Academy'])}, split {r.randint(1, 2)}", L["esp"],
                  "role | legal name | DOB | ID / phone", *rows,
                  opt(.5, f"Manager contact: {R.v('EMAIL_ADDRESS', p.email)}"))
    if kind == "self_exclusion":
        g, tpl = [t for t in LOCALES[R.tag]["rel"][:2] if t[0] == p.g][0]
        return _j(L["hello"], f"{tpl.format(n=R.v('PERSON', p.name))} — {L['rg']}", L["excl"],
                  opt(.7, f"{L['dob']}: {R.v('DATE_TIME', p.dob_s)}"), opt(.7, f"{L['addr']}: {R.v('LOCATION', p.addr)}"),
                  opt(.5, f"{L['email']}: {R.v('EMAIL_ADDRESS', p.email)}"), opt(.4, f"{L['phone']}: {R.v('PHONE_NUMBER', p.phone)}"),
                  L["thanks"])
    if kind == "payments_export":
        head = "txn_id,player,email,instrument,amount,currency,ip,status"
        rows = []
        for _ in range(r.randint(3, 7)):
            q = R.person() if r.random() < .6 else p
            inst = R.v("CREDIT_CARD", q.card) if r.random() < .5 else (R.v(q.bank[0], q.bank[2]) if q.bank[0] != "US_BANK_NUMBER" else R.v("US_BANK_NUMBER", q.bank[2][1]))
            rows.append(f"{R.ref('TX')},{R.v('PERSON', q.name)},{R.v('EMAIL_ADDRESS', q.email)},{inst},{r.randint(20, 9000)}.00,"
                        f"{r.choice(['EUR', 'GBP', 'USD'])},{R.v('IP_ADDRESS', q.ip)},{r.choice(['settled', 'chargeback', 'pending', 'reversed'])}")
        return _j(f"# export {org} {dt.date(2026, r.randint(1, 12), r.randint(1, 28)).isoformat()}", head, *rows)
    if kind == "public_notice":
        lines = [f"🎉 Giveaway winners — {org}", "Sponsor sheet for shipping (do not post publicly):"]
        for _ in range(r.randint(2, 4)):
            q = R.person()
            lines.append(f"- {R.v('PERSON', q.name)} · {R.v('EMAIL_ADDRESS', q.email) if r.random() < .6 else R.v('LOCATION', q.addr)}")
        return _j(*lines, L["bn"])
    raise KeyError(kind)


def doc_benign(kind, R: Rec):
    r, L = R.rng, R.L
    org = R.org()
    dom = R.dom()
    sw = R.switchboard()
    pick = r.randrange(3)
    if kind == "kyc_review":
        if pick == 0:
            return _j(f"KYC policy v{r.randint(3, 9)}.{r.randint(0, 9)} — {org} ({R.licence()})",
                      "Accepted PoA: utility bill or bank statement < 3 months; no screenshots.",
                      f"Training example — {L['name']}: {R.ph()}, {L['email']}: player@example.com, IP {R.doc_ip()}",
                      f"Questions: kyc@{dom} / {sw}")
        if pick == 1:
            return _j(f"EDD case {R.ref('EDD')} (anonymised)", f"{L['name']}: [REDACTED]", f"{L['dob']}: [REDACTED]",
                      f"{L['addr']}: [REDACTED]", f"Risk score {r.randint(40, 95)}; deposits {r.randint(8, 90)}k in {r.randint(14, 60)}d",
                      f"SoF: payslips reviewed by analyst #{r.randint(10, 99)}", f"Escalate to mlro@{dom}")
        return _j(f"BLANK FORM — Source of Funds declaration ({org})", f"{L['name']}: ______________", f"{L['dob']}: __/__/____",
                  f"{L['addr']}: ______________", "Employer: ______________  Annual income band: [ ] <30k [ ] 30–60k [ ] >60k",
                  f"Return to kyc@{dom}")
    if kind == "rg_note":
        if pick == 0:
            return _j(f"RG monthly summary — {org}", f"Interactions: {r.randint(800, 3000)}; limits set {r.randint(8, 30)}%; closures {r.randint(1, 9)}%",
                      L["rg"].split(",")[0] + " (pattern seen in several accounts).", f"Framework: {R.pub()}.",
                      f"Helpline on every RG page: {R.helpline()}")
        if pick == 1:
            return _j(f"Case {R.ref('RG')} — Customer A (pseudonymised)", "Markers: late-night play, reversed withdrawals",
                      L["bn"], f"Outcome: cooling-off. Supervisor review by rg-team@{dom}")
        return _j("RG training quiz", f"Q1: Why is the {R.epo()} not a way to beat negative-EV games?",
                  f"Q2: Which markers of harm did {R.pub()} describe?", L["bn"])
    if kind == "support_chat":
        t = r.randint(8, 22)
        return _j(f"[{t}:01] Player: {L['hello']} {r.choice(['the game crashes after the patch', 'my free spins did not load', 'is the Kelly criterion allowed in your bot rules?', 'where can I see the RTP?'])}",
                  f"[{t}:03] Agent #{r.randint(10, 99)}: Sorry! Ticket {R.ref('TCK')}, order {R.ref('ORD')}.",
                  f"[{t}:05] Player: ok, also in the quest with {R.pubname()} the NPC vanishes",
                  f"[{t}:07] Agent #{r.randint(10, 99)}: Sandbox card {r.choice(sorted(TEST_CARDS))} works in the test env only. Contact support@{dom}.")
    if kind == "complaint":
        return _j(L["hello"], L["complaint"], f"ADR ref {R.ref('ADR')}, bet slip {R.ref('SLIP')}.",
                  f"Your T&C 7.3 contradicts the {R.epo()} example on your own blog.",
                  f"I called {sw} and wrote to complaints@{dom} twice.", L["thanks"], "[name withheld]")
    if kind == "lottery_claim":
        if pick == 0:
            return _j(f"PRIZE CLAIM FORM — {org} (blank)", "Ticket serial: ____-________-___", f"{L['name']}: ______________",
                      f"{L['dob']}: __/__/____", f"{L['addr']}: ______________", f"Example: {R.ph()}", f"winners@{dom} · {sw}")
        return _j(f"Draw #{r.randint(1000, 3999)} results — {org}",
                  "Winning numbers: " + " ".join(f"{x:02d}" for x in sorted(r.sample(range(1, 50), 6))) + f" + {r.randint(1, 10)}",
                  f"{r.randint(1, 4)} jackpot winners (region only, names not published).", f"FAQ: \"{L['win']}\" — claim within 180 days.",
                  f"Winners' desk {sw}, winners@{dom}")
    if kind == "esports_ops":
        teams = r.sample(R.W.teams, 4)
        return _j(f"Week {r.randint(1, 9)} schedule — {org} league", L["esp"],
                  *[f"Match {R.ref('M')}: {teams[i]} vs {teams[i + 1]} — {r.randint(16, 21)}:00" for i in (0, 2)],
                  f"Half-time trivia: {R.pub()}", f"Rulebook §4.2 (roster lock). Admin: admin@{dom}, Discord ticket only.")
    if kind == "self_exclusion":
        sch = SCHEMES.get(R.tag, "the national self-exclusion register")
        return _j(f"How {sch} works", L["excl"].split(",")[0] + " — this is the kind of request we receive.",
                  "Periods: 6 months, 1 year, 5 years. Cannot be lifted early.", f"Helpline: {R.helpline()}, emergency {EMERGENCY.get(R.tag, '112')}",
                  f"Contact: help@{dom} · {sw}", f"Statistics: {r.randint(100, 900)}k registrations, {r.randint(40, 70)}% by men under 35.")
    if kind == "payments_export":
        if pick == 0:
            return _j("market,month,bets,ggr,bonus_cost", *[f"{m},2026-{r.randint(1, 12):02d},{r.randint(10000, 999999)},{r.randint(1000, 99999)}.00,{r.randint(100, 9999)}.00"
                                                               for m in r.sample(["UK", "DE", "SE", "NL", "ES", "IT", "BR", "ON"], 4)])
        return _j(f"# PSP sandbox log {org}", *[f"{R.ref('TX')},test_user_{k},qa+{k}@example.com,{r.choice(sorted(TEST_CARDS))},{r.randint(1, 99)}.00,{R.doc_ip()},declined_test"
                                             for k in range(r.randint(3, 5))], "# 2001:db8::17 used for IPv6 tests")
    if kind == "public_notice":
        if pick == 0:
            return _j(f"🔧 Maintenance — {org}", f"Servers down {r.randint(1, 5)}:00–{r.randint(6, 9)}:00 UTC, patch {r.randint(1, 9)}.{r.randint(0, 30)}.",
                      L["bn"], f"Help: support@{dom}")
        return _j(f"🏆 Finals recap — {org}", f"MVP shout-out to {R.pubname()}!", L["esp"],
                  f"{r.randint(1, 3)}.{r.randint(0, 9)}M peak viewers. Sponsor: {r.choice(R.W.teams)} {LEGAL[R.tag]}",
                  f"18+. Play responsibly: {R.helpline()}")
    raise KeyError(kind)


def incidental(kind, R: Rec):
    r = R.rng
    doc = doc_benign(kind, R)
    p = R.person()
    which = r.randrange(5)
    if which == 0:
        cands = [t for t in LOCALES[R.tag]["rel"] if t[0] == p.g] or LOCALES[R.tag]["rel"]
        g, tpl = r.choice(cands)
        item = "PS: " + tpl.format(n=R.v("PERSON", p.first)) + " " + r.choice(["asked me to send this.", "will pick it up tomorrow.", "is cc'd."])
    elif which == 1:
        item = f"(call me back on {R.v('PHONE_NUMBER', p.phone)})"
    elif which == 2:
        item = f"{R.L['dob']}: {R.v('DATE_TIME', p.dob_s)}"
    elif which == 3:
        item = f"reply to {R.v('EMAIL_ADDRESS', p.email)} pls"
    else:
        item = f"login flagged from {R.v('IP_ADDRESS', p.ip)}"
    lines = doc.split("\n")
    lines.insert(r.randint(1, len(lines)), item)
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ placement
PLACEMENTS = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_call",
              "json_schema", "user_field", "stop", "prediction", "metadata"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1-mini", "hybridgate/auto", "gpt-4o"]


def build_body(R: Rec, kind, placement, doc, instr, sensitive_extra):
    r = R.rng
    body = {"model": r.choice(MODELS)}
    sysm = {"role": "system", "content": SYSTEMS[kind]}
    msgs = [sysm]
    if placement == "user":
        msgs.append({"role": "user", "content": f"{instr}\n\n{doc}"})
    elif placement == "system":
        msgs[0] = {"role": "system", "content": SYSTEMS[kind] + "\n\nCase context:\n" + doc}
        msgs.append({"role": "user", "content": instr})
    elif placement == "assistant":
        msgs += [{"role": "user", "content": "pasting it now, read first"},
                 {"role": "assistant", "content": "Got it, here's what I received:\n" + doc},
                 {"role": "user", "content": instr}]
    elif placement == "tool":
        cid = f"call_{rdig(r, 8)}"
        msgs += [{"role": "user", "content": instr},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
                  "function": {"name": "fetch_case", "arguments": json.dumps({"case_id": R.ref("CASE")})}}]},
                 {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif placement == "text_part":
        msgs.append({"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]})
    elif placement == "file_part":
        fname = f"{kind}_{R.ref('F').lower()}.txt"
        if sensitive_extra and r.random() < .5:
            fname = f"{kind}_{R.v('PERSON', sensitive_extra['name'].replace(' ', '_'))}.txt"
        b64 = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        msgs.append({"role": "user", "content": [{"type": "text", "text": instr},
                                                 {"type": "file", "file": {"filename": fname, "file_data": "data:text/plain;base64," + b64}}]})
    elif placement == "image_url":
        url = f"https://cdn.{R.dom()}/scans/{R.ref('IMG').lower()}.png?" + urllib.parse.urlencode({"ocr": doc, "v": r.randint(1, 9)})
        msgs.append({"role": "user", "content": [{"type": "text", "text": instr + " (OCR text is in the link)"},
                                                 {"type": "image_url", "image_url": {"url": url}}]})
    elif placement == "tool_def":
        body["tools"] = [{"type": "function", "function": {"name": "open_case", "description": "Open a case in the back office. Context:\n" + doc,
                          "parameters": {"type": "object", "properties": {"case_ref": {"type": "string"}, "priority": {"type": "string", "enum": ["low", "normal", "high"]}},
                                         "required": ["case_ref"]}}}]
        msgs.append({"role": "user", "content": instr})
    elif placement == "tool_call":
        cid = f"call_{rdig(r, 8)}"
        msgs += [{"role": "user", "content": instr},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
                  "function": {"name": "save_note", "arguments": json.dumps({"note": doc, "queue": kind}, ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": cid, "content": "{\"status\": \"saved\"}"},
                 {"role": "user", "content": "ok now " + instr}]
    elif placement == "json_schema":
        ex = [sensitive_extra["name"]] if sensitive_extra else [R.ph()]
        if sensitive_extra:
            R.v("PERSON", sensitive_extra["name"])
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": f"{kind}_extract", "strict": True, "schema": {
            "type": "object", "description": "Source document:\n" + doc,
            "properties": {"subject_name": {"type": "string", "examples": ex},
                           "status": {"type": "string", "enum": ["open", "pending_docs", "escalated", "closed"]}},
            "required": ["subject_name", "status"], "additionalProperties": False}}}
        msgs.append({"role": "user", "content": instr})
    elif placement == "user_field":
        msgs.append({"role": "user", "content": f"{instr}\n\n{doc}"})
        body["user"] = R.v("EMAIL_ADDRESS", sensitive_extra["email"]) if sensitive_extra else f"agent-{rdig(r, 6)}"
    elif placement == "stop":
        msgs.append({"role": "user", "content": f"{instr}\n\n{doc}"})
        body["stop"] = ["\n" + R.v("PERSON", sensitive_extra["name"]) + ":", "\nAgent:"] if sensitive_extra else ["\nPlayer:", "\nAgent:"]
    elif placement == "prediction":
        msgs.append({"role": "user", "content": f"{instr}, keep the structure\n\n{doc}"})
        body["prediction"] = {"type": "content", "content": doc}
    elif placement == "metadata":
        msgs.append({"role": "user", "content": f"{instr} — the ticket text is attached in metadata."})
        body["store"] = True
        md = {"queue": kind, "ticket": R.ref("TCK")}
        chunks, cur = [], ""
        for line in doc.split("\n"):
            while len(line) > 480:
                chunks.append(line[:480])
                line = line[480:]
            if cur and len(cur) + 1 + len(line) > 480:
                chunks.append(cur)
                cur = line
            else:
                cur = f"{cur}\n{line}" if cur else line
        if cur:
            chunks.append(cur)
        chunks = chunks[:14]
        for k, ch in enumerate(chunks):
            md[f"text_{k + 1}"] = ch
        body["metadata"] = md
    body["messages"] = msgs
    return body


def build_completion(R: Rec, kind, doc, instr, sensitive_extra):
    r = R.rng
    body = {"model": "gpt-3.5-turbo-instruct", "prompt": f"{SYSTEMS[kind]}\n\n### Document\n{doc}\n\n### Task\n{instr}\n\n### Answer\n",
            "max_tokens": r.choice([256, 400, 600]), "temperature": r.choice([0, 0.2, 0.3])}
    if r.random() < .3:
        body["stop"] = ["###"]
    return body


def search_text(body):
    out = []

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                out.append(str(k))
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)
            if x.startswith("data:") and ";base64," in x:
                out.append(base64.b64decode(x.split(";base64,", 1)[1]).decode("utf-8"))
            if x.startswith("http"):
                out.append(urllib.parse.unquote_plus(x))
            if x[:1] in "{[":
                try:
                    walk(json.loads(x))
                except ValueError:
                    pass
    walk(body)
    return "\n".join(out)


def label(body, issued):
    text = search_text(body)
    ents, seen = [], set()
    for typ, val in issued:
        if (typ, val) in seen:
            continue
        seen.add((typ, val))
        if val and val in text:
            ents.append({"type": typ, "value": val})
    return ents


def validate_entity(e):
    t, v = e["type"], e["value"]
    ok = {"ssn": us_ssn.is_valid, "IBAN_CODE": std_iban.is_valid,
          "CREDIT_CARD": lambda s: luhn.is_valid(s.replace(" ", "")),
          "IP_ADDRESS": lambda s: ipaddress.ip_address(s).is_global}
    if t in ok and not ok[t](v):
        raise SystemExit(f"invalid {t}: {v}")


# ------------------------------------------------------------------------------------------ PII split
KINDS = ["kyc_review", "rg_note", "support_chat", "complaint", "lottery_claim", "esports_ops", "self_exclusion",
         "payments_export", "public_notice"]
N_SENS, N_BEN, N_INC = 33, 23, 4


def make_pii(rng, W):
    plan = []
    for kind in KINDS:
        for j in range(N_SENS + N_BEN):
            mode = "sensitive" if j < N_SENS - N_INC else ("incidental" if j < N_SENS else "benign")
            plan.append((kind, mode))
    rng.shuffle(plan)
    recs = []
    for i, (kind, mode) in enumerate(plan):
        tag = LOCS[(i * 5 + i // 44) % len(LOCS)]
        placement = PLACEMENTS[(i * 5 + i // 14) % len(PLACEMENTS)]
        completions = (i % 10 == 6)
        for attempt in range(8):
            R = Rec(rng, tag, W)
            if mode == "sensitive":
                doc = doc_sensitive(kind, R)
            elif mode == "incidental":
                doc = incidental(kind, R)
            else:
                doc = doc_benign(kind, R)
            extra = None
            if mode == "sensitive":
                names = [v for t, v in R.issued if t == "PERSON"]
                mails = [v for t, v in R.issued if t == "EMAIL_ADDRESS"]
                extra = {"name": names[0] if names else "", "email": mails[0] if mails else ""}
                if placement in ("user_field",) and not extra["email"]:
                    p = R.person()
                    extra["email"] = p.email
            L = LOCALES[tag]["L"]
            instr = rng.choice(INSTR[kind])
            if rng.random() < .3:
                instr = L["ask"] + " " + instr
            elif rng.random() < .2:
                instr = instr.upper()[:1] + instr[1:] + rng.choice(["", " thx", " asap", " pls!!"])
            if completions:
                body = build_completion(R, kind, doc, instr, extra)
                pl = "prompt"
            else:
                body = build_body(R, kind, placement, doc, instr, extra if (extra and extra["name"]) else None)
                pl = placement
            ents = label(body, R.issued)
            sensitive = bool(ents)
            if sensitive == (mode != "benign"):
                break
            placement = PLACEMENTS[(PLACEMENTS.index(placement) + 1) % len(PLACEMENTS)]
        else:
            raise SystemExit(f"could not build record {i} {kind} {mode}")
        for e in ents:
            validate_entity(e)
        assert sensitive == bool(ents)
        style = f"{ROLES[kind]} · {pl}" + (" · incidental" if mode == "incidental" else "")
        recs.append({"id": f"{SPLIT}-pii-{len(recs) + 1:04d}", "category": kind if sensitive else f"{kind}_benign",
                     "sensitive": sensitive, "entities": ents, "endpoint": "completions" if completions else "chat",
                     "lang": tag, "style": style, "body": body})
    return recs


# ------------------------------------------------------------------------------------------ complexity split
SHORT_SIMPLE = [
    ("en", "hi! what time is tonight's draw?"), ("en", "say thanks to the player for the kind review, one line"),
    ("de-DE", "Übersetze 'Einzahlungslimit' ins Englische."), ("fr-FR", "Mets ce titre en majuscules : finale du tournoi de printemps"),
    ("es-ES", "¿Cómo se dice 'apuesta combinada' en inglés?"), ("it-IT", "Ciao! Buona serata a tutto il team di supporto."),
    ("pl-PL", "Popraw literówkę: 'wypłta zostałą zrealizowana'"), ("pt-BR", "Traduz 'saque pendente' pro inglês"),
    ("tr-TR", "Merhaba, bugünkü maç kaçta başlıyor?"), ("ru-RU", "Переведи на английский: «ставка принята»"),
    ("ja-JP", "「出金完了」を英語にしてください"), ("ko-KR", "'부트캠프 일정'을 영어로 번역해 줘"),
    ("zh-CN", "把“兑奖截止日期”翻译成英文"), ("ar-AE", "ترجم 'حد الإيداع' إلى الإنجليزية"),
    ("he-IL", "תתרגם לאנגלית: 'המשיכה אושרה'"), ("hi-IN", "'jackpot जीता' का English में सही spelling लिखो"),
    ("th-TH", "แปลคำว่า 'ถอนเงินสำเร็จ' เป็นภาษาอังกฤษ"), ("el-GR", "Μετάφρασε στα αγγλικά: 'η ανάληψη εγκρίθηκε'"),
    ("sv-SE", "Skriv 'Lycka till i finalen!' på engelska"), ("nl-NL", "Zet deze datum om naar ISO: 14 maart 2026"),
    ("uk-UA", "Переклади англійською: «ставку прийнято»"), ("en", "convert {x}% to a decimal"),
    ("en", "what's {a} + {b}? quick"), ("en", "rename the column 'ggr' to 'gross_gaming_revenue'"),
]
SHORT_HARD = [
    ("en", "Three-way market: home {o1}, draw {o2}, away {o3}. Is there an arbitrage? If so give the stake split for a {s} EUR total and the guaranteed profit; if not, compute the bookmaker margin."),
    ("en", "A slot has RTP {r}% and a 35x wagering bonus of {s} EUR. Estimate the expected loss to clear it and whether a player should accept. Show your reasoning."),
    ("de-DE", "Entwirf ein Eskalationsmodell für Safer-Gambling-Interventionen mit drei Stufen, messbaren Schwellen und einer Begründung, warum diese Schwellen Fehlalarme begrenzen."),
    ("fr-FR", "Un joueur mise selon le critère de Kelly avec une cote de {o1} et une probabilité estimée de {p}%. Quelle fraction de bankroll ? Que se passe-t-il s'il surestime p de 5 points ?"),
    ("es-ES", "Diseña un cuadro de doble eliminación para {t} equipos que minimice revanchas tempranas y explica cómo asignar los byes."),
    ("it-IT", "Valuta se le loot box a pagamento di un gioco per minori violano la normativa sul gioco d'azzardo: argomenta pro e contro e proponi modifiche al design."),
    ("pl-PL", "Oblicz prawdopodobieństwo, że w {n} losowaniach Lotto (6 z 49) padnie co najmniej jedna szóstka, i wyjaśnij, dlaczego 'zaległe liczby' to błąd hazardzisty."),
    ("pt-BR", "Monte uma estratégia de detecção de lavagem de dinheiro em apostas esportivas com Pix: tipologias, sinais, limiares e como reduzir falsos positivos."),
    ("tr-TR", "Bir e-spor ligi için {t} takımlı lig + playoff formatı öner; maç sayısı, adalet ve yayın takvimi arasındaki ödünleşimleri tartış."),
    ("ru-RU", "Блэкджек: дилер берёт на soft 17, удвоение только на 9–11. Оцени, как это меняет преимущество казино, и объясни почему."),
    ("ja-JP", "ガチャの排出率{p}%のSSRを天井{n}連で交換できる場合、期待費用を計算し、確率表示の妥当性を検討してください。"),
    ("ko-KR", "e스포츠 구단의 선수 연봉 상한제 도입 시 장단점을 분석하고, 리그 경쟁 균형을 위한 대안 설계를 제안해 줘."),
    ("zh-CN", "设计一个彩票兑奖中心的反欺诈流程：识别冒领、代领和洗钱风险，并说明每一步的取舍。"),
    ("ar-AE", "حلّل مخاطر التلاعب بنتائج المباريات في بطولات الرياضات الإلكترونية للهواة واقترح نظام رقابة متعدد المستويات مع مبررات."),
    ("he-IL", "שחקן הפסיד {s} ש\"ח ברצף. בנה מודל להחלטה מתי להציע הגבלה יזומה, ונמק את האיזון בין אוטונומיה למניעת נזק."),
    ("hi-IN", "fantasy cricket contest में {t} टीमों के लिए prize pool distribution design करो ताकि retention बढ़े पर house edge {r}% से ज़्यादा न हो — गणना के साथ समझाओ।"),
    ("th-TH", "วิเคราะห์ว่าการเพิ่มรางวัลเลขท้าย 2 ตัวของสลากจะกระทบยอดขายและความเสี่ยงหวยใต้ดินอย่างไร พร้อมเหตุผล"),
    ("el-GR", "Σχεδίασε πολιτική ελέγχου προσιτότητας (affordability) για παίκτες με καταθέσεις άνω των {s} € μηνιαίως, με κριτήρια και εξαιρέσεις."),
    ("sv-SE", "Jämför Spelpaus med en operatörsspecifik avstängning: vilka risker kvarstår och hur skulle du täppa till dem?"),
    ("nl-NL", "Beoordeel of een bonus van {s} euro met 40x rondspeelvoorwaarde misleidend is onder de Wet Koa en onderbouw je oordeel."),
    ("uk-UA", "Побудуй модель Пуассона для ставки тотал більше 2.5 при очікуваних голах {g} і {h}; порівняй з коефіцієнтом {o1}."),
]
EASY_INSTR = [("en", "remove duplicates and give me the clean list"), ("en", "convert this to a markdown table, don't change anything"),
              ("de-DE", "Sortiere die Liste alphabetisch nach Team."), ("fr-FR", "Recopie ce tableau en CSV, sans rien modifier."),
              ("es-ES", "Pásalo a JSON, una entrada por línea."), ("it-IT", "Metti tutto in maiuscolo."),
              ("pl-PL", "Policz, ile jest wierszy."), ("pt-BR", "Traduz só os cabeçalhos pro inglês."),
              ("ru-RU", "Отсортируй по дате, больше ничего не меняй."), ("ja-JP", "この一覧を表形式に整形してください。"),
              ("ko-KR", "이 목록을 날짜순으로 정렬만 해 줘."), ("zh-CN", "把这个列表转换成 CSV 格式。"),
              ("tr-TR", "Bu listeyi tabloya çevir, başka bir şey yapma."), ("ar-AE", "حوّل هذه القائمة إلى جدول فقط."),
              ("he-IL", "תמיין את הרשימה לפי שעה."), ("sv-SE", "Gör om listan till punktform."),
              ("nl-NL", "Zet dit om naar een tabel."), ("hi-IN", "इस list को CSV में बदल दो, बस।")]
HARD_INSTR = [("en", "look at this log: which accounts show structuring or chip-dumping patterns? explain the typology and what evidence you'd request"),
              ("en", "analyse these fixtures and odds: where is the margin mispriced, and build a staking plan with risk limits"),
              ("de-DE", "Analysiere das Log auf Muster von Spielsuchtrisiko und schlage priorisierte Interventionen mit Begründung vor."),
              ("fr-FR", "Identifie les incohérences entre ces règles de tournoi et propose une version corrigée avec justification."),
              ("es-ES", "Detecta posibles amaños en esta lista de partidos y apuestas y argumenta cuáles investigar primero."),
              ("it-IT", "Valuta il rischio AML di questi movimenti e scrivi un piano d'indagine ordinato per priorità."),
              ("pl-PL", "Przeanalizuj harmonogram i zaplanuj podróże drużyn tak, by zminimalizować koszty i zmęczenie; uzasadnij."),
              ("pt-BR", "Analise o log e proponha regras de detecção de fraude de bônus, com limiares e impacto esperado."),
              ("ru-RU", "Проанализируй журнал и предложи модель скоринга риска лудомании с обоснованием весов."),
              ("ja-JP", "このログから不正な課金返金（チャージバック詐欺）の兆候を分析し、対策の優先順位を理由とともに示してください。"),
              ("ko-KR", "이 경기 기록을 분석해서 승부조작 의심 경기를 추리고 근거와 추가 조사 계획을 제시해 줘."),
              ("zh-CN", "分析这些交易记录，找出可能的洗钱模式，并给出调查优先级和理由。"),
              ("tr-TR", "Bu kayıtları analiz edip bonus suistimali kalıplarını tespit et ve gerekçeli kural önerileri yaz."),
              ("el-GR", "Ανάλυσε το ημερολόγιο και σχεδίασε πολιτική ορίων κατάθεσης με αιτιολόγηση για κάθε κατηγορία παίκτη.")]


def long_table(rng, min_chars=1600):
    kind = rng.randrange(4)
    rows = []
    teams = ["Team " + t for t in rng.sample(TEAMS, 10)]
    i = 0
    while len("\n".join(rows)) < min_chars:
        i += 1
        if kind == 0:
            a, b = rng.sample(teams, 2)
            rows.append(f"{i}. 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(14, 22)}:00 — {a} vs {b} — odds {rng.uniform(1.2, 4.5):.2f}/{rng.uniform(2.8, 4.2):.2f}/{rng.uniform(1.2, 5.5):.2f}")
        elif kind == 1:
            rows.append(f"{i}. acct {rdig(rng, 7)} | {rng.choice(['deposit', 'withdrawal', 'bet', 'win', 'bonus'])} | {rng.randint(10, 4900)}.00 EUR | 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} | {rng.choice(['card', 'e-wallet', 'bank', 'crypto', 'voucher'])}")
        elif kind == 2:
            rows.append(f"{i}. {rng.choice(teams)} — W{rng.randint(0, 14)} L{rng.randint(0, 14)} — pts {rng.randint(0, 42)} — map diff {rng.randint(-20, 20):+d}")
        else:
            rows.append(f"{i}. draw #{rng.randint(1000, 3999)} — " + " ".join(f"{x:02d}" for x in sorted(rng.sample(range(1, 50), 6))) + f" — jackpot {rng.randint(1, 90)}M — winners {rng.randint(0, 4)}")
    return "\n".join(rows), kind


TEAMS: list = []


def make_complexity(rng):
    recs = []
    fill = lambda s: s.format(x=rng.randint(2, 95), a=rng.randint(10, 99), b=rng.randint(10, 99), o1=f"{rng.uniform(1.8, 2.6):.2f}",
                              o2=f"{rng.uniform(3.0, 3.9):.2f}", o3=f"{rng.uniform(3.2, 5.5):.2f}", s=rng.choice([100, 250, 500, 1000, 2000]),
                              r=rng.choice([94.5, 95.8, 96.2, 97.1]), p=rng.choice([0.6, 1, 3, 45, 52, 58]), t=rng.choice([12, 16, 20, 24]),
                              n=rng.choice([100, 200, 300, 520]), g=f"{rng.uniform(0.9, 2.1):.1f}", h=f"{rng.uniform(0.7, 1.8):.1f}")
    plan = []
    for k in range(48):
        plan.append(("short_simple", SHORT_SIMPLE[k % len(SHORT_SIMPLE)]))
        plan.append(("short_hard", SHORT_HARD[k % len(SHORT_HARD)]))
        plan.append(("long_easy", EASY_INSTR[k % len(EASY_INSTR)]))
        plan.append(("long_hard", HARD_INSTR[k % len(HARD_INSTR)]))
    rng.shuffle(plan)
    for i, (cat, (lang, text)) in enumerate(plan):
        if cat in ("short_simple", "short_hard"):
            prompt = fill(text)
            if rng.random() < .7:  # ticket / league context, as pasted from the back office
                prompt += rng.choice([f" [ticket #{rdig(rng, 6)}]", f" — {rng.choice(TEAMS)} / S{rng.randint(1, 9)}",
                                      f" (queue {rng.choice(['VIP', 'RG', 'PAY', 'ESP', 'LOT'])}-{rng.randint(1, 99)})"])
            style = f"{cat}/{'chore' if cat == 'short_simple' else 'reasoning'}"
        else:
            table, tk = long_table(rng)
            style = f"{cat}/{['fixtures', 'txn_log', 'standings', 'draws'][tk]}"
            prompt = f"{text}\n\n{table}" if rng.random() < .5 else f"{table}\n\n{text}"
            if cat == "long_easy":
                assert len(prompt) >= 1500
        label = 1 if cat in ("short_hard", "long_hard") else 0
        if i % 13 == 5:
            body = {"model": "gpt-3.5-turbo-instruct", "prompt": prompt + "\n\n", "max_tokens": 600}
            ep = "completions"
        else:
            msgs = []
            if rng.random() < .4:
                msgs.append({"role": "system", "content": rng.choice(list(SYSTEMS.values()))})
            msgs.append({"role": "user", "content": prompt})
            body = {"model": rng.choice(MODELS), "messages": msgs}
            ep = "chat"
        recs.append({"id": f"{SPLIT}-cx-{i + 1:04d}", "category": cat, "label": label,
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": ep, "lang": lang,
                     "style": style, "body": body})
    return recs


# ------------------------------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    fz = Freeze()
    W = World(rng, fz)
    TEAMS[:] = W.teams
    pii = make_pii(rng, W)
    cx = make_complexity(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # counts
    print(f"freeze: {len(fz.words)} frozen words; dropped pool entries: "
          + ", ".join(f"{k} {v}" for k, v in sorted(fz.dropped.items())) + f" (total {sum(fz.dropped.values())})")
    ns = sum(r["sensitive"] for r in pii)
    inc = sum("incidental" in r["style"] for r in pii)
    ep = collections.Counter(r["endpoint"] for r in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {ns} sensitive ({100 * ns / len(pii):.1f}%), {len(pii) - ns} benign, "
          f"{inc} incidental; endpoints {dict(sorted(ep.items()))}; {len(set(r['lang'] for r in pii))} langs, "
          f"{len(set(LOCALES[r['lang']]['script'] for r in pii))} scripts")
    print("  categories: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  placements: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    print("  entity types: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    cc = collections.Counter(r["category"] for r in cx)
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records; " + ", ".join(f"{k} {v}" for k, v in sorted(cc.items()))
          + f"; label 1: {sum(r['label'] for r in cx)}; length-adversarial: {sum(r['length_adversarial'] for r in cx)}; "
          f"{len(set(r['lang'] for r in cx))} langs; endpoints {dict(sorted(collections.Counter(r['endpoint'] for r in cx).items()))}")


if __name__ == "__main__":
    main()
