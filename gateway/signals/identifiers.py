"""Structured identifiers whose shape or check digit says what they are: national IDs validated
by python-stdnum next to their name, passport MRZ lines, HL7 v2 PID segments, FHIR Patient
resources, X12 EDI segments, health-plan member numbers in a health passage, US SSNs in an `ssn`
column (and phones, dates of birth in theirs), and public IP addresses.

Each is a presidio recognizer registered with the others (gateway/signals/recognizers.py).
"""

from __future__ import annotations

import importlib
import ipaddress
import re
from functools import lru_cache
from itertools import islice
from types import ModuleType
from typing import Callable

import regex
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum.br import cpf as br_cpf
from stdnum.cz import rc as cz_rc
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.it import codicefiscale as it_cf
from stdnum.kr import rrn as kr_rrn
from stdnum.th import pin as th_pin
from stdnum.us import ssn as us_ssn

from gateway.signals import tables
from gateway.signals.names import FIELD_SEPARATOR, lower_keeping_offsets, people_column
from gateway.signals.scan_scope import per_scan

# Recognizers whose PERSON spans are a record's name field (MRZ, HL7 PID-5, FHIR name): the format
# says they are a name, so the capitalisation and sentence-start checks for NER guesses do not apply.
FIELD_NAMED: frozenset[str] = frozenset({"MrzRecognizer", "HealthRecordRecognizer", "X12Recognizer"})


def _result(recognizer: LocalRecognizer, entity: str, start: int, end: int, score: float,
            why: str) -> RecognizerResult:
    explanation = AnalysisExplanation(recognizer=recognizer.name, original_score=score, textual_explanation=why)
    return RecognizerResult(entity, start, end, score, analysis_explanation=explanation,
                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
                                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id})


# Personal identity, tax and social-insurance numbers with a check digit or a strict layout that
# python-stdnum validates, each behind the words that name it in its country's languages (an
# acronym in capitals only: "pan", "sin", "cf" are words in lower case). Schemes that number mostly
# companies (Poland's NIP, Germany's Steuernummer, RUC, RIF, NIT, VKN) are left out; Greece's AFM (ΑΦΜ) is in since
# round 21, for the numbers outside the companies' ranges (_PERSONAL). A number is such an ID
# only when both hold: 1 in 10 or 11 random numbers passes a checksum, a cue word alone is only a
# question about the format. One cue may name several countries' numbers ("cédula", "DNI"). Each row ends
# with its head words: one word of each of its cues, found by one literal scan (a word in any case, an
# acronym in capitals), after which only the rows that own a head found are tried around it.
_Check = tuple[str, Callable[[str], bool]]  # a scheme's name and its validator
# Schemes that number companies too, and the numbers of theirs that are a person's: Russia's 12-digit
# ИНН (10 digits: an organisation), Portugal's NIF for individuals (1-3, 45), India's PAN of a person
# (fourth letter P), Mexico's 13-character RFC (12: a company), Argentina's CUIT/CUIL of a person (20-27).
# Company numbers are printed on every invoice: no personal data, and the commonest look-alike.
_PERSONAL: dict[str, Callable[[str], bool]] = {
    "ru.inn": lambda c: len(c) == 12,
    "pt.nif": lambda c: c[:1] in ("1", "2", "3") or c.startswith("45"),
    "in_.pan": lambda c: c[3:4] == "P",
    "mx.rfc": lambda c: len(c) == 13,
    "ar.cuit": lambda c: c[:2] in ("20", "23", "24", "27"),
    # Greece's AFM: legal entities have been numbered from 8 and 9 since the 1990s ("ΑΦΜ 998765432" on an invoice);
    # a person's starts 0-4 (older companies' 09... numbers share the person's range: fail safe)
    "gr.vat": lambda c: c[:1] not in ("8", "9"),
}


def _modules(*names: str) -> tuple[_Check, ...]:
    """python-stdnum's validators of `names` ("es.dni": stdnum.es.dni.is_valid), each narrowed to a
    person's numbers where the scheme also numbers companies (_PERSONAL)."""
    checks = []
    for name in names:
        module = importlib.import_module(f"stdnum.{name}")
        personal = _PERSONAL.get(name)
        checks.append((name, module.is_valid if personal is None else (
            lambda value, m=module, p=personal: bool(m.is_valid(value)) and p(m.compact(value)))))
    return tuple(checks)


def _snils(value: str) -> bool:
    """Russia's pension-insurance number (СНИЛС): 11 digits, the last two a checksum of the first
    nine weighted 9..1 (mod 101, 100 -> 00). python-stdnum has no module for it."""
    digits = re.sub(r"[\s-]", "", value)
    if not (digits.isdigit() and len(digits) == 11):
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:9]))
    return int(digits[9:]) == (total % 101) % 100



def _ir_national_code(value: str) -> bool:
    """Iran's national code (کد ملی): 10 digits, the last a mod-11 check of the first nine weighted 10..2."""
    digits = re.sub(r"[\s-]", "", value)
    if not (digits.isdigit() and len(digits) == 10) or len(set(digits)) == 1:
        return False
    rest = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return int(digits[9]) == (rest if rest < 2 else 11 - rest)


_TW_LETTERS = {c: v for v, c in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO", start=10)}


def _tw_national_id(value: str) -> bool:
    """Taiwan's national ID (身分證字號): a letter (the place of registration, 10-35), a 1, 2, 8 or 9, then
    eight digits; the letter's two digits and the nine weighted 1, 9, 8, ..., 1, 1 sum to a multiple of 10."""
    value = value.strip().upper()
    if not re.fullmatch(r"[A-Z][1289]\d{8}", value):
        return False
    code = _TW_LETTERS[value[0]]
    total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(value[1:], (8, 7, 6, 5, 4, 3, 2, 1, 1)))
    return total % 10 == 0


# A German identity card's or passport's document number: nine of the characters the issuer uses (digits and
# consonants without B, D, Q, S; a letter first), then the ICAO 9303 check digit its machine-readable zone prints.
_DE_DOCUMENT = re.compile(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d")


def _de_id_document(value: str) -> bool:
    """A German Personalausweis or Reisepass number with its check digit ("L01X00T471"): few digits, so
    only the check digit and the issuer's alphabet tell it from a word or a code."""
    value = value.strip().upper()
    return bool(_DE_DOCUMENT.fullmatch(value)) and _mrz_check(value[:9]) == int(value[9])


# A UK National Insurance number: two letters (not D, F, I, Q, U, V; not O second; not the prefixes never
# issued), six digits, a suffix A-D. No check digit, but a layout few other codes share.
_NINO = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def _gb_nino(value: str) -> bool:
    return bool(_NINO.fullmatch(re.sub(r"[\s-]", "", value).upper()))


# Acronyms that as a key name something else: a record's "id", a bus ("spi"), a CI "run", network storage ("nas").
_NOT_KEYS = frozenset({"id", "sa", "ic", "run", "nas", "spi", "sin"})
# Schemes whose numbers are mostly letters: checked with fewer than _MIN_DIGITS digits.
_FEW_DIGITS = frozenset({"de.id_document"})

_NATIONAL_IDS: tuple[tuple[str, tuple[_Check, ...], str], ...] = (
    # Nordic and Baltic personal numbers
    # (with the definite and case endings the nouns take: "fødselsnummeret", "personnumret", "henkilötunnukseni",
    # "isikukoodi", "kennitöluna", "asmens kodą"; a head word ending in "*" is a word's start, see _hits)
    (r"f[øo]dsels(?:nummer(?:et)?|nr\.?)|(?-i:D-nummer(?:et)?)", _modules("no.fodselsnummer"),
     "fødselsnummer* fodselsnummer* fødselsnr fodselsnr D-nummer D-nummeret"),
    (r"person(?:nummer(?:et)?|numret|nr\.?)|samordningsnum(?:mer|ret)", _modules("se.personnummer", "no.fodselsnummer", "dk.cpr"),
     "personnum* personnr samordningsnum*"),
    (r"(?-i:CPR)(?:-?(?:nummer(?:et)?|nr\.?))?", _modules("dk.cpr"), "CPR CPR-nummer CPR-nr"),
    (r"kennit(?:ala|alan|ölu|ölun(?:a|ni)?|olu|olun(?:a|ni)?)|(?-i:kt\.)", _modules("is_.kennitala"), "kennit* kt"),
    (r"(?-i:HETU)|henkil[öo]tunnu(?:s|ks[\p{L}]{0,8}|st[\p{L}]{1,4})|personbeteckning(?:en)?|personal\s+identity\s+code",
     _modules("fi.hetu"), "HETU henkilötunnu* henkilotunnu* personbeteckning* identity"),
    (r"isikukoo(?:d|di|diga|dile|dist)", _modules("ee.ik"), "isikukoo*"),
    (r"asmens\s+kod(?:as|o|ą|a|u)", _modules("lt.asmens"), "asmens"),
    # Turkey: identity and tax numbers
    (r"T\.?\s?C\.?\s+kimlik|kimlik\s+(?:no|numaram|numaras[ıi])|(?-i:TCKN|TC\s+no)", _modules("tr.tckimlik"),
     "kimlik TCKN TC T.C"),
    # texting writes the acronym in lower case with the possessive suffix ("tc'si", "annemin tc'si", "tc'm")
    (r"tc['’](?:si|sı|nin|nın|m|yi|yı)", _modules("tr.tckimlik"),
     "tc'si tc’si tc'sı tc’sı tc'nin tc’nin tc'nın tc’nın tc'm tc’m tc'yi tc’yi tc'yı tc’yı"),
    (r"vergi\s+(?:kimlik\s+)?(?:no|numaram|numaras[ıi])", _modules("tr.tckimlik"),
     "vergi"),  # a person's VKN is the TCKN
    # Ireland and the UK
    (r"(?-i:PPSN?)|personal\s+public\s+service", _modules("ie.pps"), "PPS PPSN public"),
    (r"(?-i:UTR)|unique\s+tax(?:payer)?\s+reference", _modules("gb.utr"), "UTR unique"),
    (r"(?-i:NINO|NI)(?:\s+(?:number|no\.?|#))?|national\s+insurance(?:\s+(?:number|no\.?))?", (("gb.nino", _gb_nino),),
     "NINO NI national insurance"),
    # Benelux
    (r"rijksregisternummer|num[ée]ro\s+(?:de\s+)?registre\s+national|num[ée]ro\s+national|"
     r"national\s+(?:register\s+)?number|(?-i:INSZ|NISS)", _modules("be.nn", "be.ssn"),
     "rijksregisternummer registre national INSZ NISS"),
    (r"(?-i:BSN)|burgerservicenummer|sofi-?nummer", _modules("nl.bsn"),
     "BSN burgerservicenummer sofinummer sofi-nummer"),
    # Germany, Austria, Switzerland: tax identification, tax and social-insurance numbers
    (r"(?:steuerliche[nr]?\s+)?(?:steuer-?)?identifikationsnummer|steuer[-\s]?(?:id|idnr\.?)|(?-i:IdNr\.?)",
     _modules("de.idnr"),
     "identifikationsnummer steueridentifikationsnummer steuer-identifikationsnummer steuer steuer-id steuerid steuer-idnr "
     "steueridnr IdNr"),
    (r"(?:personal)?ausweis(?:es)?(?:nummer|-?nr\.?)?|(?:reise)?pass(?:es)?(?:nummer|-?nr\.?)|reisepass(?:es)?|"
     r"dokumentennummer", (("de.id_document", _de_id_document),),
     "ausweis* personalausweis* reisepass* passnummer passnr pass-nr dokumentennummer"),
    (r"sozialversicherungs(?:nummer|nr\.?)|(?-i:SV-?(?:Nummer|Nr\.?)|SVNR|VSNR)|versicherungsnummer",
     _modules("at.vnr"),
     "sozialversicherungsnummer sozialversicherungsnr SV SV-Nummer SV-Nr SVNR VSNR versicherungsnummer"),
    (r"(?-i:AHV|AVS)(?:[-\s]?(?:Nummer|Nr\.?|num[ée]ro|numero))?|num[ée]ro\s+(?-i:AVS)", _modules("ch.ssn"),
     "AHV AVS"),
    # France: social-security (NIR) and tax (SPI) numbers
    (r"(?-i:NIR|INSEE)|s[ée]curit[ée]\s+sociale|(?:num[ée]ro|n[°º]|no)\s*(?:de\s+)?s[ée]cu|carte\s+vitale",
     _modules("fr.nir"), "NIR INSEE sociale sécu secu vitale"),
    (r"num[ée]ro\s+fiscal(?:\s+de\s+r[ée]f[ée]rence)?|identifiant\s+fiscal|(?-i:SPI)", _modules("fr.nif"),
     "fiscal identifiant SPI"),
    # Spain, Portugal, Italy
    (r"(?-i:DNI|NIF|NIE|D\.N\.I\.|N\.I\.F\.|N\.I\.E\.)|documento\s+nacional\s+de\s+identidad|"
     r"n[úu]mero\s+de\s+identificaci[óo]n\s+fiscal|n[úu]mero\s+de\s+identidad\s+de\s+extranjero",
     _modules("es.dni", "es.nie", "pt.nif", "pe.cui"),
     "DNI NIF NIE D.N.I N.I.F N.I.E nacional identificación identificacion extranjero"),
    (r"(?:n[úu]mero\s+de\s+)?contribuinte|cart[ãa]o\s+de\s+cidad[ãa]o", _modules("pt.nif", "pt.cc"),
     "contribuinte cidadão cidadao"),
    (r"codice\s+fiscale|(?-i:C\.F\.|CF)|tessera\s+sanitaria", _modules("it.codicefiscale"),
     "fiscale CF C.F sanitaria"),
    # Central and Eastern Europe, Greece
    (r"(?-i:PESEL)", _modules("pl.pesel"), "PESEL"),
    # (a spreadsheet's or export's column glues the words: "rodnecislo", "rodne_cislo")
    (r"rodn(?:[ée]|[ée]ho|[ée]mu|[ýy]m)[\s_]*[čc][íi]s(?:lo|la|lu|lem)|(?-i:R\.?Č\.?)", _modules("cz.rc", "sk.rc"),
     "rodn* RČ R.Č"),
    (r"(?-i:CNP)|cod\s+numeric\s+personal", _modules("ro.cnp"), "CNP numeric"),
    (r"(?-i:ЕГН|EGN)|единен\s+граждански\s+номер", _modules("bg.egn"), "ЕГН EGN граждански"),
    (r"(?-i:OIB)|osobni\s+identifikacijski\s+broj", _modules("hr.oib"), "OIB identifikacijski"),
    (r"(?-i:EMŠO|EMSO)", _modules("si.emso"), "EMŠO EMSO"),
    (r"(?-i:ΑΜΚΑ|AMKA)", _modules("gr.amka"), "ΑΜΚΑ AMKA"),
    (r"(?-i:ΑΦΜ|Α\.Φ\.Μ\.?|AFM)", _modules("gr.vat"), "ΑΦΜ Α.Φ.Μ AFM"),
    # Russia, Ukraine: taxpayer and pension-insurance numbers
    (r"(?-i:ИНН|INN)|идентификационный\s+номер\s+налогоплательщика", _modules("ru.inn"), "ИНН INN налогоплательщика"),
    (r"(?-i:СНИЛС|SNILS)|страховой\s+номер", (("ru.snils", _snils),), "СНИЛС SNILS страховой"),
    (r"(?-i:РНОКПП|ІПН|ИНН)|ідентифікаційний\s+(?:код|номер)|реєстраційний\s+номер\s+облікової\s+картки|"
     r"податковий\s+номер", _modules("ua.rntrc"), "РНОКПП ІПН ИНН ідентифікаційний реєстраційний податковий"),
    # The Americas
    (r"(?-i:SIN|NAS)|social\s+insurance\s+number|num[ée]ro\s+d['’]assurance\s+sociale", _modules("ca.sin"),
     "SIN NAS insurance assurance"),
    (r"(?-i:PHN)|personal\s+health\s+number|care\s?card", _modules("ca.bc_phn"), "PHN health care carecard"),
    (r"(?-i:ITIN)|individual\s+taxpayer\s+identification", _modules("us.itin"), "ITIN taxpayer"),
    # (a dictation transcript writes the acronym in lower case: "curp gabt811102hsrsjl09"; no word of any language)
    (r"(?-i:CURP|curp)", _modules("mx.curp"), "CURP curp"),
    (r"(?-i:RFC)|registro\s+federal\s+de\s+contribuyentes", _modules("mx.rfc"), "RFC contribuyentes"),
    (r"(?-i:CPF)|cadastro\s+de\s+pessoas?\s+f[íi]sicas?", _modules("br.cpf"), "CPF cadastro"),
    (r"(?-i:CUIT|CUIL)", _modules("ar.cuit"), "CUIT CUIL"),
    (r"(?-i:RUT|RUN)|rol\s+[úu]nico", _modules("cl.rut"), "RUT RUN rol"),
    (r"c[ée]dula(?:\s+de\s+(?:identidad|ciudadan[íi]a))?", _modules("ec.ci", "do.cedula", "cr.cpf"), "cédula cedula"),
    # Asia, Africa, Oceania
    # the card's own label is 公民身份号码 ("citizen identity number"), without 证
    (r"身份证(?:号码?)?|居民身份证|(?:公民)?身份号码|resident\s+identity\s+card|(?-i:ID)\s+card", _modules("cn.ric"),
     "身份证 居民身份证 身份号码 identity ID"),
    (r"(?-i:ID)\s+(?:number|no\.?)|identity\s+number|(?-i:SA\s+ID)|ID-nommer|identiteitsnommer", _modules("za.idnr"),
     "ID identity SA id-nommer identiteitsnommer"),
    (r"주민등록번호|주민번호|(?-i:RRN)|resident\s+registration\s+number", _modules("kr.rrn"), "주민등록번호 주민번호 RRN registration"),
    # (round 22: as Japanese typed in Latin letters names it, "My Number" in capitals, "mai nanbaa")
    (r"マイナンバー|個人番号|individual\s+number|(?-i:My\s+Number)|mai\s?nanb[aā]a?", _modules("jp.in_"),
     "マイナンバー 個人番号 individual Number mai mainanbaa"),
    (r"身分證(?:字號|號碼)?|統一證號|居留證(?:號碼)?|taiwan(?:ese)?\s+(?-i:ID)", (("tw.national_id", _tw_national_id),),
     "身分證 統一證號 居留證 taiwan taiwanese"),
    (r"کد\s*ملی|شماره\s+ملی|iranian\s+national\s+(?:code|(?-i:ID))|national\s+code", (("ir.national_code", _ir_national_code),),
     "کد کدملی شماره iranian national"),
    (r"aadhaa?r|आधार|(?-i:UIDAI)", _modules("in_.aadhaar"), "aadhaar aadhar आधार UIDAI"),
    (r"(?-i:PAN)|पैन|permanent\s+account\s+number", _modules("in_.pan"), "PAN पैन permanent"),
    (r"(?-i:EPIC)|voter\s+(?:ID|card)|मतदाता", _modules("in_.epic"), "EPIC voter मतदाता"),
    (r"(?-i:CNIC)|شناختی\s+کارڈ", _modules("pk.cnic"), "CNIC شناختی"),
    (r"(?-i:NRIC|MyKad|IC)|kad\s+pengenalan|(?-i:no\.?\s*K/?P)", _modules("my.nric"), "NRIC MyKad IC kad no"),
    (r"(?-i:NIK|KTP)|nomor\s+induk\s+kependudukan", _modules("id.nik"), "NIK KTP nomor"),
    (r"(?-i:NPWP)|nomor\s+pokok\s+wajib\s+pajak", _modules("id.npwp"), "NPWP nomor"),
    (r"บัตรประชาชน|เลขประจำตัวประชาชน|thai\s+(?-i:ID)", _modules("th.pin"), "บัตรประชาชน เลขประจำตัวประชาชน thai"),
    # a form's label is often "מספר זהות" / "מס' זהות" (identity number) rather than the card's name
    (r"תעודת\s+ה?זהות|מס(?:פר|['׳])\s*ה?זהות|ת\.ז\.?|ת[\"״]ז|teudat\s+zehut|israeli\s+(?-i:ID)", _modules("il.idnr"),
     "תעודת זהות הזהות ת.ז ת\"ז ת״ז teudat israeli"),
    (r"(?-i:TFN)|tax\s+file\s+number", _modules("au.tfn"), "TFN tax"),
    (r"(?-i:IRD)(?:\s+(?:number|no\.?))?", _modules("nz.ird"), "IRD"),
    (r"(?-i:KRA\s+PIN)", _modules("ke.pin"), "KRA"),
    (r"(?:income\s+)?tax\s+reference\s+(?:number|no\.?)|(?-i:SARS)", _modules("za.tin"), "tax income SARS"),
    # a tax number whatever the country: the personal tax IDs above with a check digit
    (r"tax\s*(?:payer)?\s*(?:id(?:entification)?|identifier|number|no\.?)(?:\s+(?:number|no\.?))?|(?-i:TIN)|"
     r"taxpayer\s+(?:id|number)|steuer-?nummer|num[ée]ro\s+d['’]identification\s+fiscale|"
     r"n[úu]mero\s+(?:de\s+)?(?:identificaci[óo]n\s+)?(?:fiscal|tributari[oa])|codice\s+tributario|"
     r"numer\s+identyfikacji\s+podatkowej|налоговый\s+номер|税号|纳税人识别号|納税者番号",
     _modules("de.idnr", "fr.nif", "es.dni", "es.nie", "pt.nif", "it.codicefiscale", "ru.inn", "ua.rntrc",
              "in_.pan", "au.tfn", "nz.ird", "gb.utr", "br.cpf", "mx.rfc", "ar.cuit", "us.itin", "za.tin"),
     "tax taxpayer TIN steuernummer steuer-nummer numéro numero número identification fiscal tributario tributaria codice numer налоговый 税号 纳税人识别号 納税者番号"),
)


# A number's edges: not inside a word of a cased script; Chinese, Japanese or Korean letters may touch
# it ("身份证号码是1101...", "マイナンバーは1234...です": those scripts put no space around numbers).
_WORDISH = r"[\p{Latin}\p{Cyrillic}\p{Greek}\d_]"
# (groups as printed: "2 95 10 99 126 111 93", a French NIR; "710319/2745", a Czech birth number)
_ID_CANDIDATE = regex.compile(rf"(?<!{_WORDISH}|[.\-])[0-9X]{{1,3}}(?:[0-9Xx.\-/ ]{{4,22}})[0-9A-Za-z](?!{_WORDISH}|-)|"
                              rf"(?<!{_WORDISH}|[.\-])\d{{6,18}}[A-Za-z]{{0,2}}(?!{_WORDISH})|"
                              # a letter or sign inside: Finnish HETU "230106A146W", "131052-308T"
                              rf"(?<!{_WORDISH}|[.\-])[0-9A-Za-z][0-9A-Za-z+\-]{{5,18}}[0-9A-Za-z](?!{_WORDISH}|-)|"
                              # two letters and digit pairs: a UK National Insurance number ("AB 12 34 56 C")
                              rf"(?<!{_WORDISH})[A-Za-z]{{2}}(?:[ \-]?\d{{2}}){{3}}[ \-]?[A-Da-d](?!{_WORDISH})")
# Round 25: the candidate's shape takes in what follows a number across a space or a sentence's full stop when it is
# short ("身份证号 330402199202193990. I'll post", "... 9 y la foto"): that tail cut off, the number is tried alone.
_CANDIDATE_TAIL = regex.compile(r"(?:\.[ ]+[0-9A-Za-z]{1,3}|[ ]+[A-Za-z]{1,3})$")


def _with_tail_cut(value: str) -> tuple[str, ...]:
    """`value`, then `value` without a short word or a sentence's first characters after it (_CANDIDATE_TAIL)."""
    tail = _CANDIDATE_TAIL.search(value)
    return (value, value[:tail.start()]) if tail is not None and tail.start() > 0 else (value,)


_CUE_REACH = 60  # characters between a cue word and its number ("el NIE para abrir la cuenta, el mío es ...")
_HEAD_REACH = 48  # characters from a head word to either end of its cue ("numéro d'identification fiscale")
_CUE_BEFORE = 30  # characters from a number to its cue when the cue comes after it
_MIN_DIGITS = 4  # India's PAN has four ("ABCPD1234E"); the checks reject the rest
# Shapes distinctive enough to be an identity number without a cue word, when the check holds:
# the Italian codice fiscale (16 characters in its letter/digit pattern, a check letter), the
# Brazilian CPF as it is printed (ddd.ddd.ddd-dd, two check digits), the Spanish DNI and NIE (eight
# digits, or X/Y/Z and seven, and a check letter: "69478513K", "Y-3049617-B") and the Thai ID as it
# is printed (d-dddd-ddddd-dd-d, a check digit).
# Round 24: the two birth-date numbers printed in their own separator's shape, whose date and check must both hold
# (a serial passes about 1 time in 300 for the Korean, 1 in 50 for the Czech): the Korean 주민등록번호 as YYMMDD-GNNNNNN
# (13 digits, a hyphen after the sixth) and the Czech / Slovak rodné číslo as YYMMDD/NNNN (10 digits, a slash after the
# sixth; the 9-digit form of births before 1954 has no check and keeps needing its cue). A "/" then a year of this or
# the last century is a file or case number's year ("114535/2025"), not an rodné číslo's end.
_SHAPED_IDS: tuple[tuple["re.Pattern[str]", ModuleType], ...] = (
    (re.compile(r"(?<![A-Za-z0-9])[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![A-Za-z0-9])"), it_cf),
    (re.compile(r"(?<![\d.\-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d.\-])"), br_cpf),
    (re.compile(r"(?<![\w.\-/+#])\d{8}-?[A-HJ-NP-TV-Z](?![\w\-])"), es_dni),
    (re.compile(r"(?<![\w.\-/+#])[XYZ]-?\d{7}-?[A-HJ-NP-TV-Z](?![\w\-])"), es_nie),
    (re.compile(r"(?<![\w.\-/+#])[1-8]-\d{4}-\d{5}-\d{2}-\d(?![\w\-])"), th_pin),
    (re.compile(r"(?<![\w.\-/+#])\d{6}-\d{7}(?![\w\-])"), kr_rrn),
    (re.compile(r"(?<![\w.\-/+#])\d{6}/(?!19\d\d|20\d\d)\d{4}(?![\w\-/])"), cz_rc),
)
# A Spanish number's sample values ("12345678Z", "00000000T") and date-stamped codes ("20240517K") are nobody's
_SAMPLE_DIGITS = re.compile(r"(\d)\1{6}|0?1234567|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_SAMPLED = frozenset({es_dni, es_nie})


# A file's name often carries its owner's identity number, glued to the other parts by "_" or "-"
# ("report_69080535226.txt", "scan-590317-1330625.pdf"), with no cue word near it: a part of a file name that is a
# number of a scheme encoding its holder's birth date and a check digit (the date and the check must both hold, so a
# serial number rarely passes) is that scheme's number. A part led by a calendar date ("20260412001", a date-stamped
# order or document number) is a serial, not an ID.
_FILE_NAME = regex.compile(r"(?<![\p{L}\p{M}\p{N}_\-])[\p{L}\p{M}\p{N}_\-]{1,120}\.(?i:txt|pdf|docx?|odt|rtf|jpe?g|png|gif|"
                           r"heic|tiff?|bmp|webp|csv|xlsx?|ods|json|xml|zip|eml|msg)(?![\p{L}\p{N}])")
_FILE_NAME_NUMBER = regex.compile(r"(?<![\p{L}\p{N}])\d[\d\-]{8,22}\d(?![\p{L}\p{N}])")
_DATE_STAMP = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_BIRTH_DATE_SCHEMES = _modules("pl.pesel", "kr.rrn", "cn.ric", "ro.cnp", "bg.egn", "ee.ik", "lt.asmens",
                               "no.fodselsnummer", "se.personnummer", "za.idnr", "cz.rc")
_FILE_NAME_MIN_DIGITS = 10
_FILE_NAME_NUMBERS = 64  # numbers checked per text: a request names a few files, not thousands


@per_scan
def _birth_date_scheme(value: str) -> str | None:
    return next((n for n, valid in _BIRTH_DATE_SCHEMES if valid(value)), None)


def _file_name_ids(text: str) -> list[tuple[int, int, str]]:
    """Identity numbers that are a part of a file name (_FILE_NAME): [start, end) and the scheme."""
    out: list[tuple[int, int, str]] = []
    if "." not in text:
        return out
    budget = _FILE_NAME_NUMBERS
    for name in _FILE_NAME.finditer(text):
        if budget <= 0:
            break
        for number in _FILE_NAME_NUMBER.finditer(text, name.start(), name.end()):
            budget -= 1
            pieces = [(number.start(), number.group(0))]
            if "-" in number.group(0):  # "scan-2026-590317-1330625": the whole, then each piece
                offset = number.start()
                for piece in number.group(0).split("-"):
                    pieces.append((offset, piece))
                    offset += len(piece) + 1
            for start, value in pieces:
                digits = value.replace("-", "")
                if len(digits) < _FILE_NAME_MIN_DIGITS or not value[:1].isdigit() or _DATE_STAMP.match(digits):
                    continue
                scheme = _birth_date_scheme(value)
                if scheme is not None:
                    out.append((start, start + len(value), scheme))
                    break
    return out


# Round 24 (isthmus, drumlin): the bare label "ID" (in capitals, "ID", "ID:", "ID no.", "Child ID", "her real ID")
# right before a number that a strong personal scheme validates is that person's identity number: a household
# register's row ("Head: 庞翠花 | 1976年12月2日 | ID 41030219761202006X"), "a real pupil, ID 3362944204337". "ID" names
# no scheme, so only schemes hard to pass by chance count: those encoding the holder's birth date with a check
# (_BIRTH_DATE_SCHEMES, Greece's AMKA), Russia's 12-digit ИНН (two check digits), and the 12- and 13-digit national
# numbers with a check digit (Japan's My Number, Thailand's and India's). A thing's ID ("order ID", "transaction
# ID", "device ID", "Kit ID": _THING_ID_BEFORE) is no person's, and the number must follow the label directly.
_BARE_ID = regex.compile(r"(?<![\p{L}\p{M}\p{N}_\-./])ID(?:[ \t]*(?:no\.?|number|nr\.?|#))?[ \t]*[:：=]?[ \t]*"
                         r"(?P<n>\d[\d \-]{8,20}[\dXx])(?![\p{L}\p{M}\p{N}\-])")
_THING_ID_BEFORE = regex.compile(
    r"(?i:\b(?:order|transaction|txn|session|request|device|kit|tracking|product|item|invoice|ticket|account|app|"
    r"application|client|message|msg|event|job|build|commit|process|thread|trace|span|correlation|object|file|batch|"
    r"shipment|parcel|package|booking|reservation|payment|reference|ref|case|policy|claim|video|channel|playlist|"
    r"post|tweet|comment|chat|group|team|project|task|issue|workspace|tenant|organi[sz]ation|org|company|vendor|"
    r"supplier|merchant|store|shop|sku|model|part|serial|hardware|machine|host|instance|container|image|node|"
    r"cluster|resource|subscription|license|licence|api|key|token|game|match|player|server|database|db|table|"
    r"row|record|entry|document|doc|form|survey|sample|specimen|test|run|experiment|study|trial|lot|unit|asset|"
    r"vehicle|route|trip|flight|train|seat|room|venue|site|page|station|sensor|meter|customer|user|member|"
    r"employee|staff|badge|student|bank|aws|gcp|azure|discord|steam|telegram|slack|github|google|apple|facebook|"
    r"meta|tiktok|youtube|instagram|twitch|xbox|playstation|psn|nintendo|wechat|qq|line)[ \t-]*$)")
_BARE_ID_NUMBERS = 64  # labelled numbers checked per text: a register lists a household, not thousands
_BARE_ID_SCHEMES = _BIRTH_DATE_SCHEMES + _modules("gr.amka", "ru.inn", "jp.in_", "th.pin", "in_.aadhaar")


def _bare_id_numbers(text: str) -> list[tuple[int, int, str]]:
    """Numbers right after a bare "ID" label that a strong personal scheme validates (_BARE_ID): [start, end), scheme."""
    out: list[tuple[int, int, str]] = []
    if "ID" not in text:
        return out
    for match in islice(_BARE_ID.finditer(text), _BARE_ID_NUMBERS):
        line_start = text.rfind("\n", max(0, match.start() - 40), match.start()) + 1
        if _THING_ID_BEFORE.search(text, max(line_start, match.start() - 40), match.start()):
            continue
        value = match.group("n")
        # the whole run, then shorter ones ending at a space ("ID 17065138624 2014": the number, then a year)
        ends = [len(value)] + [i for i in range(len(value) - 1, 0, -1) if value[i] == " " and value[i - 1] != " "]
        for end in ends:
            piece = value[:end].rstrip(" -")
            if sum(c.isdigit() for c in piece) < 10:
                break
            scheme = next((name for name, valid in _BARE_ID_SCHEMES if valid(piece)), None)
            if scheme is not None:
                start = match.start("n")
                out.append((start, start + len(piece), scheme))
                break
    return out


def _acronym(head: str) -> bool:
    return any(c.isupper() for c in head)


_SPACELESS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")


def _cue_pattern(cue: str) -> str:
    """A cue as a whole word of its script; CJK cues stand glued to the text ("我的身份证号码是")."""
    return rf"(?<!{_WORDISH})(?i:{cue})(?!\p{{Latin}}|\p{{Cyrillic}}|\p{{Greek}}|\p{{Devanagari}}|\p{{Thai}})"


def _checked(verdicts: dict[tuple[str, str], bool], name: str, valid: Callable[[str], bool], value: str) -> bool:
    """`valid(value)`, remembered in `verdicts` by scheme and value."""
    if (name, value) not in verdicts:
        verdicts[name, value] = bool(valid(value))
    return verdicts[name, value]


class ChecksumNationalIdRecognizer(LocalRecognizer):
    """Personal identity, tax and social-insurance numbers whose check digit or layout python-stdnum
    validates (see _NATIONAL_IDS: some 60 schemes, from the fødselsnummer to India's PAN and
    Russia's ИНН), each only within reach of a word that names it; and the few whose printed shape
    is distinctive enough alone (codice fiscale, a formatted CPF).

    One scan finds every cue (all of them in one alternation); only at a hit are the table's cue
    patterns tried, to know which schemes it names."""

    def __init__(self, supported_language: str = "en") -> None:
        from gateway.signals.recognizers import trie_pattern  # it imports this module: only here, at build time

        self._cues = [(regex.compile(_cue_pattern(cue)), checks) for cue, checks, _ in _NATIONAL_IDS]
        self._rows: dict[str, list[int]] = {}
        prefixes: set[str] = set()  # heads that start a word the language inflects ("fødselsnummer*": "...et")
        for row, (_, _, heads) in enumerate(_NATIONAL_IDS):
            for head in heads.split():
                if head.endswith("*"):
                    head = head[:-1]
                    prefixes.add(head.lower())
                self._rows.setdefault(head if _acronym(head) else head.lower(), []).append(row)
        words = [h for h in self._rows if not _acronym(h) and h not in prefixes]
        spaced = trie_pattern(w for w in words if not _SPACELESS.search(w))
        spaceless = trie_pattern(w for w in words if _SPACELESS.search(w))
        self._word_heads = regex.compile(rf"(?<![^\W_])(?:{spaced})(?![^\W_])|(?<![^\W_])(?:{trie_pattern(prefixes)})|"
                                         rf"{spaceless}")
        self._acronym_heads = regex.compile(rf"(?<![^\W_])(?:{trie_pattern(h for h in self._rows if _acronym(h))})(?![^\W_])")
        # an acronym in lower case as a record's key ("hetu": "...", "nino=...", "pesel_nr:"): there it is a name
        self._key_rows: dict[str, list[int]] = {}
        for head, rows in self._rows.items():
            if _acronym(head) and head.lower() not in _NOT_KEYS:
                self._key_rows.setdefault(head.lower(), []).extend(rows)
        self._key_heads = regex.compile(rf"(?<![^\W_])(?:{trie_pattern(self._key_rows)})"
                                        rf"(?=(?:[_ -]?(?:number|no|nr|num|id))?(?:[\"']?[ \t]*[:=]|{re.escape(FIELD_SEPARATOR)}))")
        super().__init__(supported_entities=["NATIONAL_ID"], supported_language=supported_language,
                         name="ChecksumNationalIdRecognizer")

    def load(self) -> None:
        """Nothing to load: the check-digit algorithms ship with python-stdnum."""

    def _hits(self, text: str) -> list[tuple[int, int, list[_Check]]]:
        """Each cue in `text` ([start, end) and the checks of the schemes it names), in text order: the
        head words first (one literal scan each), then the rows owning a head, around it."""
        text = text.replace("_", " ")  # a key's words are words ("steuer_id", "tax_id_number")
        lowered = lower_keeping_offsets(text)
        heads = [(m.start(), m.end(), m.group(0)) for m in self._word_heads.finditer(lowered)]
        heads += [(m.start(), m.end(), m.group(0)) for m in self._acronym_heads.finditer(text)]
        hits = [(m.start(), m.end(), [c for row in self._key_rows[m.group(0)] for c in self._cues[row][1]])
                for m in self._key_heads.finditer(lowered)]
        for start, end, head in sorted(heads):
            checks: list[_Check] = []
            lo, hi = start, end
            for row in self._rows.get(head, ()):
                cue, named = self._cues[row]
                found = next((m for m in cue.finditer(text, max(0, start - _HEAD_REACH), min(len(text), end + _HEAD_REACH))
                              if m.start() <= start < m.end()), None)
                if found is not None:
                    checks += named
                    lo, hi = min(lo, found.start()), max(hi, found.end())
            if checks:
                hits.append((lo, hi, checks))
        return sorted(hits, key=lambda hit: hit[:2])

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        done = -1  # a number found after one cue is not looked for again after the next
        verdicts: dict[tuple[str, str], bool] = {}  # a candidate sits in the reach of several cues: check once
        for hit_start, hit_end, checks in self._hits(text):
            if hit_start < done:
                continue
            reach = min(len(text), hit_end + _CUE_REACH)
            # the number may run past the reach (a window cut inside it would validate a prefix)
            after = (c for c in _ID_CANDIDATE.finditer(text, hit_end, min(len(text), reach + 24)) if c.start() < reach)
            # or stand before its cue, as verb-final languages write it ("1234 5678 9012がマイナンバーです",
            # "12345678901 TC kimlik numaram", "... — це мій РНОКПП"), nearest first
            before = reversed(list(_ID_CANDIDATE.finditer(text, max(done, hit_start - _CUE_BEFORE, 0), hit_start)))
            for candidate in (*after, *before):
                scheme = None
                for value in _with_tail_cut(candidate.group(0).strip()):
                    few = sum(c.isdigit() for c in value) < _MIN_DIGITS
                    scheme = next((name for name, valid in checks if (not few or name in _FEW_DIGITS)
                                   and _checked(verdicts, name, valid, value)), None)
                    if scheme is not None:
                        break
                if scheme is not None:
                    start = candidate.start() + candidate.group(0).index(value)
                    results.append(_result(self, "NATIONAL_ID", start, start + len(value), 0.95,
                                           f"{scheme} check digit + cue"))
                    done = max(done, start + len(value))
                    break
        for start, end, scheme in _bare_id_numbers(text):
            if not any(r.start <= start < r.end for r in results):
                results.append(_result(self, "NATIONAL_ID", start, end, 0.9, f"{scheme} check digit after a bare ID label"))
        for start, end, scheme in _file_name_ids(text):
            if not any(r.start <= start < r.end for r in results):
                results.append(_result(self, "NATIONAL_ID", start, end, 0.9, f"{scheme} check digit in a file's name"))
        for shape, module in _SHAPED_IDS:
            for match in shape.finditer(text):
                if module in _SAMPLED and _SAMPLE_DIGITS.match(re.sub(r"\D", "", match.group(0))):
                    continue
                if module.is_valid(match.group(0)):
                    results.append(_result(self, "NATIONAL_ID", match.start(), match.end(), 0.9,
                                           f"{module.__name__.removeprefix('stdnum.')} shape + check digit"))
        return results


def _mrz_check(field: str) -> int:
    """ICAO 9303 check digit: weights 7, 3, 1 over digits, letters A=10.., filler < = 0."""
    values = [int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0) for c in field]
    return sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10


# TD3 (passport) MRZ: line 1 "P<" + issuing state + SURNAME<<GIVEN<NAMES padded with < to 44;
# line 2 starts with the 9-character document number and its check digit.
_MRZ_LINE1 = re.compile(r"(?<![A-Z0-9<])P[A-Z<]([A-Z<]{3})([A-Z]+(?:<[A-Z]+)*)<<([A-Z]+(?:<[A-Z]+)*)<*")
# The issuing state and nationality code of ICAO Doc 9303's specimen documents (Utopia): no state issues
# them, and their holder (ERIKSSON ANNA MARIA) is nobody.
SPECIMEN_STATE = "UTO"
_MRZ_LINE2 = re.compile(r"\s*([A-Z0-9<]{9})(\d)([A-Z<]{3})(\d{6})(\d)([MFX<])")


class MrzRecognizer(LocalRecognizer):
    """Passport machine-readable zones (ICAO 9303 TD3): the first line's shape is unique (a P, a
    country, SURNAME<<GIVEN padded with '<' to 44 characters), so it is a passport on its own; the
    holder's name is in it (PERSON), and the document number on line 2 (PASSPORT) when its check
    digit holds."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["PASSPORT", "PERSON"], supported_language=supported_language,
                         name="MrzRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for line1 in _MRZ_LINE1.finditer(text):
            if not 40 <= len(line1.group(0)) <= 44:
                continue
            end = line1.end()
            line2 = _MRZ_LINE2.match(text, end)
            if SPECIMEN_STATE in (line1.group(1), line2.group(3) if line2 else None):
                continue  # ICAO's specimen (Utopia): no state issues it, its holder is nobody
            if line2 and _mrz_check(line2.group(1)) == int(line2.group(2)):
                end = line2.end(2)
            results.append(_result(self, "PASSPORT", line1.start(), end, 0.95, "TD3 passport MRZ"))
            results.append(_result(self, "PERSON", line1.start(2), line1.end(3), 0.9, "name in a passport MRZ"))
        return results


# HL7 v2 PID segment: PID|set id|(PID-2)|PID-3 identifier list|PID-4|PID-5 FAMILY^GIVEN|...
_HL7_PID = re.compile(r"(?<![A-Z])PID\|[^|\r\n]*\|[^|\r\n]*\|([^|^~\r\n]+)[^|\r\n]*\|[^|\r\n]*\|"
                      r"([^|^~\r\n]+)(?:\^([^|^~\r\n]+))?")
_FHIR_PATIENT = re.compile(r"\"resourceType\"\s*:\s*\"Patient\"")
_FHIR_VALUE = re.compile(r"\"identifier\"\s*:\s*\[[^\]]*?\"value\"\s*:\s*\"([^\"]+)\"")
_FHIR_NAME = re.compile(r"\"(?:family|given)\"\s*:\s*\[?\s*\"([^\"]+)\"")


class HealthRecordRecognizer(LocalRecognizer):
    """Patient identities in the two formats health systems exchange: an HL7 v2 PID segment
    (PID-3 identifier, PID-5 name) and a FHIR Patient resource (identifier value, family and
    given names). The segment or resource type says whose they are, no cue word needed."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["MEDICAL_RECORD_NUMBER", "PERSON"],
                         supported_language=supported_language, name="HealthRecordRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for pid in _HL7_PID.finditer(text):
            results.append(_result(self, "MEDICAL_RECORD_NUMBER", pid.start(1), pid.end(1), 0.95, "HL7 PID-3"))
            name_end = pid.end(3) if pid.group(3) else pid.end(2)
            results.append(_result(self, "PERSON", pid.start(2), name_end, 0.9, "HL7 PID-5"))
        if _FHIR_PATIENT.search(text):
            for value in _FHIR_VALUE.finditer(text):
                results.append(_result(self, "MEDICAL_RECORD_NUMBER", value.start(1), value.end(1), 0.95,
                                       "FHIR Patient identifier"))
            for name in _FHIR_NAME.finditer(text):
                results.append(_result(self, "PERSON", name.start(1), name.end(1), 0.9, "FHIR Patient name"))
        return results


# ASC X12 EDI (US health enrolment 834, claims 837, eligibility 270/271): segments end with "~" (or a line
# break), elements are separated by "*". A text is X12 when it holds two or more of these segments.
_X12_SEGMENT = re.compile(r"(?<![A-Za-z0-9])(ISA|GS|ST|BGN|BHT|HL|INS|NM1|DMG|REF|N3|N4|PER|HD|DTP|SBR|PAT|CLM|SE)\*")
_X12_SEGMENT_CHARS = 400  # no segment of these is longer; bounds the scan per segment
# NM1 identification code qualifiers of a person's own numbers: 34 = SSN; MI, II, N, ZZ = member or
# insured IDs. REF qualifiers: SY = SSN; 0F subscriber, 1W member, 23 client, F6 Medicare (HIC) numbers.
_X12_ID_QUALIFIERS = {"34": "US_SSN", "MI": "MEDICAL_RECORD_NUMBER", "II": "MEDICAL_RECORD_NUMBER",
                      "N": "MEDICAL_RECORD_NUMBER", "ZZ": "MEDICAL_RECORD_NUMBER"}
_X12_REF_QUALIFIERS = {"SY": "US_SSN", "0F": "MEDICAL_RECORD_NUMBER", "1W": "MEDICAL_RECORD_NUMBER",
                       "23": "MEDICAL_RECORD_NUMBER", "F6": "MEDICAL_RECORD_NUMBER"}
_X12_PHONE_QUALIFIERS = frozenset({"TE", "CP", "HP", "WP", "BN"})  # telephone, cell, home, work, beeper


class X12Recognizer(LocalRecognizer):
    """A person's data in ASC X12 EDI, the format US health insurance exchanges enrolments and claims
    in: the element positions say what each value is, whatever it looks like. NM1 with entity type 1
    (a person): the name (NM103-NM104, PERSON) and, by the qualifier in NM108, an SSN or a member
    ID in NM109; DMG*D8: the date of birth; REF*SY: an SSN, REF*0F/1W/23/F6: member numbers; N3:
    the street address of a person's loop; PER: a phone number by its TE/CP/HP/WP qualifier. Only in
    a text with two or more X12 segments."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["PERSON", "US_SSN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH",
                                             "STREET_ADDRESS", "PHONE_NUMBER"],
                         supported_language=supported_language, name="X12Recognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if "*" not in text:
            return []
        segments = list(_X12_SEGMENT.finditer(text))
        if len({m.group(1) for m in segments}) < 2:
            return []
        results: list[RecognizerResult] = []
        person = False
        for match in segments:
            kind, at = match.group(1), match.end()
            stop = min(len(text), at + _X12_SEGMENT_CHARS)
            end = min((i for i in (text.find("~", at, stop), text.find("\n", at, stop)) if i >= 0), default=stop)
            elements, starts, pos = text[at:end].split("*"), [], at
            for element in elements:
                starts.append(pos)
                pos += len(element) + 1
            for entity, index, why in self._fields(kind, elements, person):
                value = elements[index].strip()
                if value:
                    lo = starts[index] + elements[index].index(value)
                    results.append(_result(self, entity, lo, lo + len(value), 0.9, f"X12 {kind}{index + 1:02d} {why}"))
            if kind == "NM1":
                person = len(elements) > 1 and elements[1] == "1"
            if kind == "NM1" and person and len(elements) > 3 and elements[2].strip():
                lo = starts[2]
                hi = starts[3] + len(elements[3]) if elements[3].strip() else starts[2] + len(elements[2])
                results.append(_result(self, "PERSON", lo, hi, 0.9, "X12 NM1 person name"))
        return results

    @staticmethod
    def _fields(kind: str, elements: list[str], person: bool) -> list[tuple[str, int, str]]:
        """(entity, element index, why) of the personal values of one segment (elements after its id)."""
        if kind == "NM1" and len(elements) > 8 and elements[1] == "1" and elements[7] in _X12_ID_QUALIFIERS:
            return [(_X12_ID_QUALIFIERS[elements[7]], 8, f"qualifier {elements[7]}")]
        if kind == "DMG" and len(elements) > 1 and elements[0] == "D8":
            return [("DATE_OF_BIRTH", 1, "date of birth")]
        if kind == "REF" and len(elements) > 1 and elements[0] in _X12_REF_QUALIFIERS:
            return [(_X12_REF_QUALIFIERS[elements[0]], 1, f"qualifier {elements[0]}")]
        if kind == "N3" and person:
            return [("STREET_ADDRESS", 0, "a person's street address")]
        if kind == "PER":
            return [("PHONE_NUMBER", i + 1, f"qualifier {q}") for i, q in enumerate(elements[:-1])
                    if q in _X12_PHONE_QUALIFIERS]
        return []


# Labels of a health plan's member or subscriber number ("member ID", "subscriber no.", "Mitgliedsnummer",
# "número de afiliado"): generic words (a gym has members), so they name a health-insurance number only
# with a health or insurance word in the same passage.
_MEMBER_LABEL = regex.compile(
    r"(?<![\p{L}\d])(?i:(?:member|subscriber|enrollee|enrolee|insured|policy[ \t]?holder|beneficiary|plan|"
    r"policy|certificate|group[ \t]+member)[ \t_-]*(?:id(?:entifier)?|number|no\.?|nr\.?|#)|"
    r"mitglieds?(?:nummer|nr\.?)|versicherungsschein(?:nummer)?|n[úu]mero[ \t]+de[ \t]+(?:socio|afiliado|asegurado|"
    r"p[óo]liza|ap[óo]lice|benefici[áa]rio)|num[ée]ro[ \t]+(?:de[ \t]+)?(?:contrat|police|s[ée]curit[ée])|"
    r"numero[ \t]+(?:di[ \t]+)?(?:polizza|tessera|socio|assicurato)|lidnummer|polisnummer|medlemsnummer)"
    r"[ \t]*[:#=]?[ \t]*[(\[\"']?[ \t]*"
    r"(?P<value>[A-Za-z]{0,4}[\- ]?\d[\dA-Za-z\-]{3,18}[\dA-Za-z])(?![\p{L}\d])")  # bounded: 5+ digits checked after
_HEALTH_CONTEXT = regex.compile(
    r"(?<!\p{L})(?i:insur\w*|insurer|payer|payor|health\w*|medic\w*|clinic\w*|hospital\w*|patient\w*|"
    r"prior[ \t]+auth\w*|pre-?auth\w*|authori[sz]ation|claim\w*|copay\w*|co-pay|deductible|formulary|pharmac\w*|"
    r"prescri\w*|diagnos\w*|mri|x-?ray|ct[ \t]+scan|icd-?1?0?|cpt|hcpcs|referral|coverage|eob|provider|physician|"
    r"dental|dentist|vision|medicaid|medicare|hmo|ppo|epo|krankenkasse|krankenversicherung|versicher\w*|arzt|"
    r"mutuelle|assurance|seguro|aseguradora|assicura\w*|zorgverzeker\w*|therap\w*|surgery|procedure|radiology)"
    r"(?!\p{L})")
_HEALTH_REACH = 250  # characters either side of the label
# Round 27 (loess): a bare member label right before the value ("Member ID: M31533851", "membership no. 20441",
# '"member_id": "M..."'): labels.py reads it as a health-insurance number's label, but a club, a gym or a streaming
# service has members too; with no health or insurance word in the passage it names a membership, no insured person.
_BARE_MEMBER_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:member(?:ship)?)[ \t_.-]?(?i:id|number|no\.?|nr\.?|num|#)[\"']?[ \t]*[:#=]?[ \t]*[\"']?[ \t]*$")


def membership_number(text: str, start: int) -> bool:
    """A bare member label (_BARE_MEMBER_BEFORE) stands right before `start` and no health or insurance word
    (_HEALTH_CONTEXT) is within _HEALTH_REACH characters of it: a club's or a service's membership number."""
    label = _BARE_MEMBER_BEFORE.search(text, max(0, start - 32), start)
    if label is None:
        return False
    lo, hi = max(0, label.start() - _HEALTH_REACH), min(len(text), start + _HEALTH_REACH)
    return _HEALTH_CONTEXT.search(text, lo, hi) is None


class InsuranceMemberIdRecognizer(LocalRecognizer):
    """A health plan's member, subscriber or policy number ("member ID ZGP461355246", "subscriber no.
    884-221-0932", "Mitgliedsnummer A123456789") where the passage is about health care or insurance
    (a prior authorisation, a claim, a diagnosis, an insurer): there it identifies the insured person.
    MEDICAL_RECORD_NUMBER, like the insurance-card numbers MedicalRecordNumberRecognizer finds by their
    own labels."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["MEDICAL_RECORD_NUMBER"], supported_language=supported_language,
                         name="InsuranceMemberIdRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for match in _MEMBER_LABEL.finditer(text):
            if sum(c.isdigit() for c in match.group("value")) < 5:
                continue
            lo, hi = max(0, match.start() - _HEALTH_REACH), min(len(text), match.end() + _HEALTH_REACH)
            if _HEALTH_CONTEXT.search(text, lo, hi):
                results.append(_result(self, "MEDICAL_RECORD_NUMBER", match.start("value"), match.end("value"), 0.85,
                                       "member number in a health-insurance passage"))
        return results


# Column headers that say what a table's cells are, and the check a cell must pass to count: nine digits, ten
# digits or a date alone are anything; under their header they are what it says.
_SSN_HEADER = r"ssn|ss_?no|social[\s_-]?security(?:[\s_-]?(?:number|no))?"
_PHONE_HEADER = (r"(?:[a-z]+[\s_-]?)?(?:phone|tel|telephone|mobile|cell|cellphone|fax|whatsapp|handy|telefon|telefone|"
                 r"tel[ée]fono|telefono|t[ée]l[ée]phone|portable|celular|m[óo]vil|cellulare|mobiel|mobil)"
                 r"(?:[\s_-]?(?:number|no|nr|num|nummer|n[úu]mero|#))?")
_DOB_HEADER = (r"(?:[a-z]+[\s_-]?)?(?:dob|d\.o\.b\.?|date[\s_-]?of[\s_-]?birth|birth[\s_-]?date|birthdate|birthday|"
               r"geburtsdatum|geb\.?[\s_-]?datum|fecha[\s_-]?(?:de[\s_-]?)?nacimiento|date[\s_-]?(?:de[\s_-]?)?naissance|"
               r"data[\s_-]?(?:di[\s_-]?|de[\s_-]?)?(?:nascita|nascimento)|geboortedatum|f[öo]delsedatum|f[øo]dselsdato|"
               # round 24: the birth-date labels of the other languages the inline birth cue reads (a form's export
               # keeps them as its headers: "Ad Soyad;Doğum tarihi;Adres", "Jméno;Datum narození")
               r"do[ğg]um[\s_-]?tarihi|data[\s_-]?urodzenia|datum[\s_-]?narozen[íi]|d[áa]tum[\s_-]?narodenia|"
               r"sz[üu]let[ée]si[\s_-]?(?:d[áa]tum|id[őo])|syntym[äa]aika|tanggal[\s_-]?lahir|tarikh[\s_-]?lahir|"
               r"data[\s_-]?na[șşs]terii|datum[\s_-]?ro[đd]enja|datum[\s_-]?rojstva|gimimo[\s_-]?data|"
               r"s[üu]nniaeg|ng[àa]y[\s_-]?sinh|petsa[\s_-]?ng[\s_-]?kapanganakan|kapanganakan|"
               r"дата[\s_-]?рождения|дата[\s_-]?народження|дата[\s_-]?на[\s_-]?раждане|датум[\s_-]?рођења|"
               r"ημερομηνία[\s_-]?γέννησης|ημ\.?[\s_-]?γέννησης|תאריך[\s_-]?(?:ה)?לידה|تاريخ[\s_-]?(?:ال)?ميلاد|"
               r"تاریخ[\s_-]?تولد|जन्म[\s_-]?(?:तिथि|तारीख|दिनांक)|生年月日|出生日期|出生年月日|생년월일)")
_PHONE_CELL = re.compile(r"\+?[\d\s().\-/]{7,24}")
_DATE_CELL = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d{8}")
_COLUMNS: tuple[tuple["re.Pattern[str]", str, "Callable[[str], bool]"], ...] = (
    (re.compile(rf"^(?:{_SSN_HEADER})$", re.IGNORECASE), "US_SSN", us_ssn.is_valid),
    (re.compile(rf"^(?:{_PHONE_HEADER})$", re.IGNORECASE), "PHONE_NUMBER",
     lambda v: bool(_PHONE_CELL.fullmatch(v)) and 7 <= sum(c.isdigit() for c in v) <= 15),
    (re.compile(rf"^(?:{_DOB_HEADER})$", re.IGNORECASE), "DATE_OF_BIRTH", lambda v: bool(_DATE_CELL.fullmatch(v))),
)


@lru_cache(maxsize=1)
def _header_patterns() -> tuple["regex.Pattern[str]", tuple[tuple["regex.Pattern[str]", tuple[_Check, ...]], ...]]:
    """_NATIONAL_IDS' cues as whole header labels, acronyms in any case ("hetu", "PESEL", "steuer id"): one
    alternation to reject a cell cheaply, then each row's own."""
    cues = [f"(?:{cue.replace('(?-i:', '(?:')})" for cue, _, _ in _NATIONAL_IDS]
    rows = tuple((regex.compile(rf"(?i:{cue}){_HEADER_LABEL}"), checks) for cue, (_, checks, _) in zip(cues, _NATIONAL_IDS))
    return regex.compile(rf"(?i:{'|'.join(cues)}){_HEADER_LABEL}"), rows


_HEADER_LABEL = r"(?i:[ -]?(?:number|no\.?|nr\.?|num|nummer|n[úu]mero|num[ée]ro|#))?"


@per_scan
def header_checks(label: str) -> tuple[_Check, ...]:
    """The national-ID schemes a table's column header names ("hetu", "PESEL", "steuer_id", "NINO number")."""
    key = regex.sub(r"(?<=\p{Ll})(?=\p{Lu})", " ", label.strip(" \"'*`_")).replace("_", " ")
    if key.lower() in _NOT_KEYS:
        return ()
    alternation, rows = _header_patterns()
    if not alternation.fullmatch(key):
        return ()
    return tuple(check for pattern, checks in rows if pattern.fullmatch(key) for check in checks)


# Round 29 (mogote): a column headed by a bare identifier word ("id", "ID", "Id", "nr", "no") names no scheme, so the
# cell's own check decides, as after a bare "ID" label in prose (_BARE_ID_SCHEMES): schemes hard to pass by chance
# count alone (with the NINO's layout, Finland's HETU, France's NIR, Turkey's and Brazil's two check digits); the 9- to
# 11-digit ones with a one-in-ten check (BSN, Israel's ID, the Steuer-ID) only in a table of people (a column of given
# or family names, names.people_column, or of birth dates): an order or a product number passes them too often. A
# column whose long numbers mostly fail every check holds serials.
_GENERIC_ID_HEADER = re.compile(r"(?i)(?:id|nr|no)\.?")
_GENERIC_ID_SCHEMES = _BARE_ID_SCHEMES + (("gb.nino", _gb_nino),) + _modules("fi.hetu", "fr.nir", "tr.tckimlik", "br.cpf")
_PEOPLE_ID_SCHEMES = _modules("nl.bsn", "il.idnr", "de.idnr")
_GENERIC_ID_CELL = re.compile(r"[0-9A-Za-z][0-9A-Za-z \-]{6,22}[0-9A-Za-z]")
_GENERIC_ID_DIGITS = 6  # fewer: a row number or a short code, no evidence either way


def _generic_id_scheme(value: str, people: bool) -> str | None:
    """The scheme a cell under a bare identifier header validates under (see above), or None."""
    if len(value) > 24 or not _GENERIC_ID_CELL.fullmatch(value):
        return None
    schemes = _GENERIC_ID_SCHEMES + _PEOPLE_ID_SCHEMES if people else _GENERIC_ID_SCHEMES
    return next((name for name, valid in schemes if valid(value)), None)


class IdentifierColumnRecognizer(LocalRecognizer):
    """Values in a CSV/TSV column whose header names them: SSNs under `ssn`/`social security`
    (stdnum's validity), phone numbers under `phone`/`customer_phone`/`Telefon` (7-15 digits), dates
    under `dob`/`birth_date`/`Geburtsdatum`, national IDs under their scheme's name (`hetu`, `PESEL`,
    `steuer_id`: that scheme's check), and under a bare `id`/`nr`/`no` a national ID its own check
    says (round 29, _GenericIdColumns). Alone each is anything; under that header it is what
    the header says."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=sorted({entity for _, entity, _ in _COLUMNS} | {"NATIONAL_ID"}),
                         supported_language=supported_language, name="IdentifierColumnRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\r\n]+", text)]
        delimiter: str | None = None
        columns: dict[int, tuple[str, Callable[[str], bool]]] = {}
        generic = _GenericIdColumns(self)  # round 29: columns under a bare "id" header
        for offset, line in lines:
            found = tables.delimiter_of(line)
            if found is None:
                columns = {}
                generic.close(results)
                continue
            labels = [line[a:b] for a, b in tables.cells(line, 0, len(line), found) or ()]
            headed = {i: (entity, check) for i, c in enumerate(labels) for header, entity, check in _COLUMNS
                      if header.match(c.strip(" \"'*`_"))}
            if not any(ch.isdigit() for ch in line):  # a header row has no digits: a national ID's scheme by name
                headed |= {i: ("NATIONAL_ID", lambda v, checks=checks: any(valid(v) for _, valid in checks))
                           for i, c in enumerate(labels) if i not in headed and (checks := header_checks(c))}
                if generic.header(found, labels, headed, results) and not headed:
                    continue
            if headed:
                delimiter, columns = found, headed
                continue
            generic.row(offset, line)
            if delimiter is None or delimiter not in line:
                continue
            cells = tables.cells(line, 0, len(line), delimiter) or []  # a row: read with its header's delimiter
            for index, (entity, check) in columns.items():
                if index >= len(cells):
                    continue
                cell = line[cells[index][0]:cells[index][1]]
                value = cell.strip(" \"'")
                if value and check(value):
                    start = offset + cells[index][0] + cell.index(value)
                    results.append(_result(self, entity, start, start + len(value), 0.85,
                                           f"value in a {entity} column"))
        generic.close(results)
        return results


class _GenericIdColumns:
    """The columns of one table headed by a bare identifier word (_GENERIC_ID_HEADER), read row by row: a cell whose
    check holds is held, and kept when the table ends if the column's checked cells mostly passed."""

    def __init__(self, recognizer: LocalRecognizer) -> None:
        self._recognizer = recognizer
        self._delimiter: str | None = None
        self._width = 0
        self._people = False
        self._held: dict[int, list[RecognizerResult]] = {}
        self._failed: dict[int, int] = {}

    def header(self, delimiter: str, labels: list[str], headed: dict[int, tuple[str, Callable[[str], bool]]],
               results: list[RecognizerResult]) -> bool:
        """Open a table at a digitless line holding a bare identifier header; False where none does, or where the
        line is rather a row of the open table (its delimiter and width, no other header: "Bob,,no")."""
        found = [i for i, c in enumerate(labels) if i not in headed and _GENERIC_ID_HEADER.fullmatch(c.strip(" \"'*`_"))]
        if not found:
            if headed:
                self.close(results)
            return False
        if not headed and self._held and delimiter == self._delimiter and len(labels) == self._width:
            return False
        self.close(results)
        self._delimiter, self._width = delimiter, len(labels)
        self._people = any(people_column(c) for c in labels) or any(e == "DATE_OF_BIRTH" for e, _ in headed.values())
        self._held = {i: [] for i in found}
        self._failed = dict.fromkeys(found, 0)
        return True

    def row(self, offset: int, line: str) -> None:
        if self._delimiter is None or self._delimiter not in line:
            return
        cells = tables.cells(line, 0, len(line), self._delimiter) or []
        for index, held in self._held.items():
            if index >= len(cells):
                continue
            cell = line[cells[index][0]:cells[index][1]]
            value = cell.strip(" \"'")
            if sum(c.isdigit() for c in value[:32]) < _GENERIC_ID_DIGITS:
                continue
            scheme = _generic_id_scheme(value, self._people)
            if scheme is None:
                self._failed[index] += 1
                continue
            start = offset + cells[index][0] + cell.index(value)
            held.append(_result(self._recognizer, "NATIONAL_ID", start, start + len(value), 0.85,
                                f"{scheme} check digit in an id column"))

    def close(self, results: list[RecognizerResult]) -> None:
        """End the table: keep each column's held cells where they outnumber its failed ones."""
        for index, held in self._held.items():
            if len(held) > self._failed[index]:
                results.extend(held)
        self._delimiter, self._held, self._failed = None, {}, {}


# An address glued to a letter is a version, a name or a hash ("v1.2.3.4", "node10.1.2.3", "4.25.3.89e8d9f"
# where a version ends a line and a commit hash starts the next), not an address.
_IPV4 = (r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
         r"(?![0-9A-Za-z_]|\.\d)")
_IPV6 = r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,6}|[0-9A-Fa-f]{1,4})(?![\w:])"
_IP = re.compile(rf"{_IPV4}|{_IPV6}")
# Words that make an address someone's: "my (home/public) IP", "came from", an auth log's user.
PERSONAL_IP_CUE = re.compile(
    r"\b(?:my|our|his|her|their|home|house|personal|residential|router'?s?)\b[\w\s'’]{0,20}?\b(?:ip|ip\s+address|"
    r"address|ipv[46])\b|\b(?:came|coming|sent|posted|logged\s+in)\s+from\b|"
    r"\b(?:accepted|failed)\s+(?:password|publickey)\s+for\s+\S+\s+from\b|\bthat'?s\s+my\s+(?:home\s+)?ip\b|"
    r"\b(?:complainant|victim|suspect|user|customer)\b[^.\n]{0,60}\bfrom\b|"
    # a request log that names who made it: a user in the query, or the authenticated-user field of
    # a common-log-format line ("203.0.113.9 - jdoe [30/Nov/...")
    r"[?&;\s](?:user|username|user_?id|uid|email|login|account|customer_?id)=[^&\s\"']+|"
    r"^[\d.:a-f]{7,39}\s+\S+\s+(?!-\s)[^\s\[]+\s+\[\d",
    re.IGNORECASE | re.MULTILINE)
# A word right before the address that names it as a machine one connects to ("server 164.18.69.182",
# "upstream to ...", "ping ...", "nameserver ...", "ssh root@..."), or a number that only looks like
# an address ("version 1.2.3.4", "section 1.2.3.4").
_SERVICE_BEFORE = re.compile(
    r"\b(?:servers?|hosts?|hostname|upstream|proxy|gateway|endpoint|nameserver|resolver|dns|ns\d?|ping|traceroute|"
    r"tracert|nslookup|dig|curl|wget|telnet|ssh|scp|rsync|sftp|ftp|listen|listens|listening|bind|bound|vip|"
    r"load\s+balancer|lb|cdn|mirror|cluster|node|instance|vps|droplet|ec2|backend|database|db|smtp|mx|relay|peer|"
    r"connect(?:s|ed|ing)?(?:\s+to)?|version|ver|release|build|firmware|fw|kernel|revision|rev|patch|section|"
    r"chapter|clause|article|figure|table|step|rule|paragraph|oid)\b"
    r"(?:\s+(?:at|is|on|to|of|address|ip))?[\s:=@\"'`]*(?:\w+@)?$",
    re.IGNORECASE)
# Round 27 (loess): a bracket right after the address that calls it a server, a host or a data centre ("(company
# server, Frankfurt region)", "(our mail server)", "(Rechenzentrum)", "(serveur web)"): a machine an organisation runs,
# no one's line. Not a bracket calling it somebody's ("(my home server)", "(personal VPS)", "(mein Server)").
_SERVER_AFTER = regex.compile(
    r"[ \t]*\((?![^()\n]{0,40}?(?<![\p{L}])(?i:my|home|house|personal|private|own|mein\w*|mon|ma|mi|mio|mia|meu|minha|"
    r"mijn|min|mitt|moj\w*|мой|моя|his|her|their)(?![\p{L}]))[^()\n]{0,40}?(?<![\p{L}])(?i:servers?|hosts?|"
    r"data[ \t-]?cent(?:er|re)s?|datacenter|rechenzentrum|load[ \t]+balancer|serveur|servidor|serwer|сервер\w*)"
    r"(?![\p{L}])")
_PREFIX_AFTER = re.compile(r"/(\d{1,3})(?!\d)")  # CIDR notation: an address block
_VERSION_PIN = re.compile(r"(?:==|~=|>=|<=|!=)\s*$")  # "package==1.2.3.4": a version
# Public services everybody's configuration names (DNS resolvers): not anyone's line.
_PUBLIC_SERVICES = frozenset({
    "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220",
    "4.2.2.1", "4.2.2.2", "64.6.64.6", "64.6.65.6", "94.140.14.14", "94.140.15.15", "76.76.2.0", "76.76.10.0",
    "2001:4860:4860::8888", "2001:4860:4860::8844", "2606:4700:4700::1111", "2606:4700:4700::1001", "2620:fe::fe",
    "2620:fe::9"})


def nobodys_ip(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """An address that points at nobody's line: private, loopback, link-local, shared, reserved and documentation
    ranges (not global), multicast, a public DNS resolver, an IPv4 network's own .0 address."""
    return not address.is_global or address.is_multicast or str(address) in _PUBLIC_SERVICES or (
        address.version == 4 and str(address).endswith(".0"))


class PersonalIpRecognizer(LocalRecognizer):
    """Public IP addresses: an address on the public internet points at somebody's line (the EU's
    courts hold a dynamic IP personal data, a web server's access log is full of them), so for
    routing it is personal data wherever it stands ("Mein Router zeigt als öffentliche IP ...", a
    log line, "someone logged in from ..."): fail safe. Not counted: private, loopback, link-local,
    shared (CGNAT), multicast, reserved and documentation ranges (`ipaddress`: not global), the
    public DNS resolvers, network blocks (/24 or wider, IPv6 /47 or wider), an address a word
    names as a server one connects to ("server ...", "ping ...", "upstream to ...") or a bracket right
    after it calls a server ("(company server, Frankfurt region)", round 27) unless the text
    also calls it someone's, version or section numbers ("version 1.2.3.4", "v1.2.3.4", "pkg==1.2.3.4"),
    and IPv4 addresses ending in .0 (a network's own address, or a four-part version "8.0.1.0"). Scored 0.85 with a personal cue ("my home IP",
    "came from", a logged-in user), 0.6 without. presidio's IpRecognizer flags every address."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["IP_ADDRESS"], supported_language=supported_language,
                         name="PersonalIpRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        addresses = list(_IP.finditer(text))  # most texts have none: the cue search is the dearer one
        if not addresses:
            return []
        personal = PERSONAL_IP_CUE.search(text) is not None
        results: list[RecognizerResult] = []
        for match in addresses:
            try:
                address = ipaddress.ip_address(match.group(0))
            except ValueError:
                continue
            if nobodys_ip(address) or address.version == 4 and _VERSION_PIN.search(text, max(0, match.start() - 3),
                                                                                  match.start()):
                continue  # "8.0.0.0", "203.0.113.0": a network or a version, no host; "pkg==1.2.3.4": a pin
            if not personal and _SERVICE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue
            if not personal and _SERVER_AFTER.match(text, match.end()):
                continue  # round 27: "... answers from 76.166.127.220 (company server, Frankfurt region)"
            if (prefix := _PREFIX_AFTER.match(text, match.end())) and int(prefix.group(1)) <= (
                    24 if address.version == 4 else 47):
                continue  # "104.16.0.0/13": a provider's network, not a line (a /64 is one household's)
            score, why = (0.85, "public IP with a personal cue") if personal else (0.6, "public IP address")
            results.append(_result(self, "IP_ADDRESS", match.start(), match.end(), score, why))
        return results


# --- Company and public-body numbers. A register's number for a company, an association or a public body, under the
# label that names its scheme ("CNPJ: 28.382.788/0001-67", "RUT: 77.206.246-K" beside a "Razón social", "NIF:
# B41209396", "Y-tunnus 1601737-6", "Organisasjonsnummer 912 722 333", "사업자등록번호 256-81-70370"), is no personal
# data (GDPR art. 4(1) covers natural persons), whatever other number its digits also look like (a phone number, a
# citizen's RUT or NIF). Each scheme's own check must hold, and where the scheme numbers people too, the number must
# be one of the ranges or letters only legal persons get (Chile's RUT from 50.000.000, Argentina's CUIT 30/33/34,
# Spain's NIF with a company's letter, Sweden's organisationsnummer with a third digit of 2 or more, Korea's business
# number with 81-88 in the middle, India's GSTIN whose PAN is not a person's). Schemes that number sole traders as
# well (France's SIREN, Finland's Y-tunnus, Poland's NIP, the US EIN) count only with a firm's legal form in the lines
# before the number (fail safe: a sole trader's number is a person's). A number that is or holds a personal number
# (a Swedish sole trader's organisationsnummer, his personnummer) stays personal.
def _compact(value: str) -> str:
    """A number's letters and digits alone, upper-cased (what a scheme's check reads: "77.206.246-K" -> "77206246K")."""
    return re.sub(r"[^0-9A-Za-z]", "", value).upper()


def _cl_company(value: str) -> bool:
    from stdnum.cl import rut
    compact = _compact(value)
    return rut.is_valid(value) and compact[:-1].isdigit() and int(compact[:-1]) >= 50_000_000


def _valid(module: str, test: Callable[[str], bool] = lambda c: True) -> Callable[[str], bool]:
    def check(value: str) -> bool:
        scheme = importlib.import_module(f"stdnum.{module}")
        try:
            return bool(scheme.is_valid(value)) and test(_compact(value))
        except Exception:  # noqa: BLE001 - a validator's own error on an odd value: not that scheme's number
            return False
    return check


# (label, check, whether the scheme numbers sole traders too: then a legal form must stand before it)
_COMPANY_SCHEMES: tuple[tuple[str, Callable[[str], bool], bool], ...] = (
    (r"(?-i:CNPJ)", _valid("br.cnpj"), False),
    (r"(?-i:CUIT)", _valid("ar.cuit", lambda c: c[:2] in ("30", "33", "34")), False),
    (r"(?-i:R\.?U\.?T\.?)|rol\s+[úu]nico\s+tributario", _cl_company, False),
    (r"(?-i:N\.?I\.?F\.?|C\.?I\.?F\.?)", _valid("es.cif", lambda c: c[:1] in "ABCDEFGHJNPQRSUVW"), False),
    (r"organisationsnummer|org\.?\s?nr\.?", _valid("se.orgnr", lambda c: int(c[2]) >= 2), False),
    (r"organisasjonsnummer|org\.?\s?nr\.?|foretaksnummer", _valid("no.orgnr"), False),
    (r"(?-i:CVR)(?:-?(?:nummer|nr\.?))?", _valid("dk.cvr"), False),
    (r"(?-i:ABN)", _valid("au.abn"), False),
    (r"(?-i:ACN)", _valid("au.acn"), False),
    (r"(?-i:GSTIN)", _valid("in_.gstin", lambda c: c[5:6] != "P"), False),
    (r"统一社会信用代码|統一社會信用代碼", _valid("cn.uscc"), False),
    (r"법인등록번호|사업자\s?등록\s?번호", _valid("kr.brn", lambda c: 81 <= int(c[3:5]) <= 88), False),
    (r"法人番号", _valid("jp.cn"), False),
    (r"(?-i:SIREN|SIRET)", lambda v: _valid("fr.siren")(v) or _valid("fr.siret")(v), True),
    (r"Y-tunnus|FO-nummer|business\s+id", _valid("fi.ytunnus"), True),
    (r"(?-i:NIP)", _valid("pl.nip"), True),
    (r"(?-i:EIN)|employer\s+identification\s+number", _valid("us.ein"), True),
)
_COMPANY_LABEL_TAIL = r"[ \t]*(?:\((?:[^()\n]{1,12})\))?[ \t]*(?:n[°º.]|no\.?|nr\.?|number|nummer|num[ée]ro|n[úu]mero)?[ \t]*[:#：]?[ \t]*"
_COMPANY_LABELS = tuple(regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?i:{label}){_COMPANY_LABEL_TAIL}$") for label, _, _ in _COMPANY_SCHEMES)
_COMPANY_LABELS_AT = tuple(regex.compile(rf"(?i:{label}){_COMPANY_LABEL_TAIL}") for label, _, _ in _COMPANY_SCHEMES)
_LABEL_REACH = 48  # characters from a label to its number
_FORM_REACH = 160  # characters from a legal form to the label of a scheme that numbers sole traders too


def company_number(text: str, start: int, end: int) -> bool:
    """[start, end) (found as a national ID or a phone number) is a company's or a public body's register number
    under the label of its scheme, passing the scheme's check and (where the scheme numbers people too) in a range
    only legal persons get; or in a scheme that numbers sole traders too, with a legal form before it (see above)."""
    from gateway.signals.recognizers import legal_form_in  # it imports this module: only here, at call time

    span = text[start:end]
    for (_, check, needs_form), before, at in zip(_COMPANY_SCHEMES, _COMPANY_LABELS, _COMPANY_LABELS_AT):
        label = at.match(span)  # the label inside the span ("NIF: B41209396")
        if label is not None and label.end() < len(span):
            value, where = span[label.end():], start
        elif (label := before.search(text, max(0, start - _LABEL_REACH), start)) is not None:
            value, where = span, label.start()
        else:
            continue
        if check(value.strip()) and (not needs_form or legal_form_in(text, max(0, where - _FORM_REACH), where)):
            return True
    return False
