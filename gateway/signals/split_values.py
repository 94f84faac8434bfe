"""Values given in parts (round 22, issue 12): a person's name split over a record's fields or a chat's turns.

A given name and a family name written apart, each alone a lone word the name recognizers leave alone (a lone
capitalised word after a quote or a line start may be a heading, a sentence's first word, a product), name a person
together: a record's given-name field and its family-name field ({"first_name": "X", "last_name": "Y"},
"Vorname: X" / "Nachname: Y", "prénom" / "nom"), or a self-introduction in one turn ("hi, X here", "my name is X")
and a surname given under a surname cue in another ("surname is Y", "фамилия Y", "nazwisko to Y", "성은 Y").
`split_names` pairs the two parts: a field with a field of the same record (within _FIELD_REACH characters), a part in
prose with the other part anywhere within _PROSE_REACH characters. pii.py judges the joined name (a stand-in, a public
figure, the allow-list) and reports both parts as PERSON.

Bounded: every pattern is anchored on its key or cue word and reads at most two words after it; at most _MAX_PARTS
candidates of each kind are paired (so at most _MAX_PARTS² pairs are looked at), whatever the text's size.
"""

from __future__ import annotations

from itertools import islice
from typing import NamedTuple

import regex
from stdnum import iban, luhn

from gateway.signals.names import FIELD_SEPARATOR
from gateway.signals.recognizers import InternationalPhoneRecognizer, trie_pattern

_MAX_PARTS = 16
_FIELD_REACH = 300  # one record's fields: a given-name field and a family-name field this close
_PROSE_REACH = 3000  # one conversation's turns: a self-introduction and a surname given a few turns later

# The field keys of a given name and of a family name, in the languages forms are written in.
_GIVEN_KEY = (r"first[ _-]?names?|given[ _-]?names?|fore[ _-]?names?|vorname|pr[ée]noms?|nombre|nome|imi[ęe]|имя|"
              r"ім['’]я|voornaam|fornavn|f[öo]rnamn|etunimi|jm[ée]no|meno|όνομα|ad[ıi]?|keresztn[ée]v|prenume")
_FAMILY_KEY = (r"last[ _-]?names?|family[ _-]?names?|sur[ _-]?names?|nachname|familienname|nom(?:[ _-]de[ _-]famille)?|"
               r"apellidos?|cognome|sobrenome|apelido|nazwisko|фамилия|прізвище|achternaam|efternamn|etternavn|"
               r"efternavn|sukunimi|p[řr][íi]jmen[íi]|priezvisko|επώνυμο|soyad[ıi]?|vezet[ée]kn[ée]v|nume")
# A field's value: one or two words of letters in any script (a compound name, "van Dijk", "María José").
_VALUE = r"[\p{L}\p{M}][\p{L}\p{M}'’.-]{0,39}(?:[ \t][\p{L}\p{M}][\p{L}\p{M}'’.-]{0,39})?"
_QUOTE = r"\\?[\"']?"
# "first_name": "X" (JSON, a tool call's arguments), first_name=X (a query string), "First name: X" (a form's line),
# and a request field's key and value as outgoing.py flattens them (key FIELD_SEPARATOR value).
_FIELD = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}-])(?:[\w-]*?[_-])??(?:(?P<given>{_GIVEN_KEY})|(?P<family>{_FAMILY_KEY}))"
    rf"(?:{_QUOTE}[ \t]*[:=：][ \t]*{_QUOTE}|{regex.escape(FIELD_SEPARATOR)})(?P<value>{_VALUE})"
    rf"(?={_QUOTE}[ \t]*(?:[,;}}\]|&\n\r]|$))")
_KEY_HINT = regex.compile(rf"(?i)(?:{_FAMILY_KEY})(?:{_QUOTE}[ \t]*[:=：]|{regex.escape(FIELD_SEPARATOR)})")

# A name word in prose: capitalised in a cased script, or a word of a script without case (Hangul, Han, Kana, Thai...).
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}\p{M}'’-]{1,30}|[\p{Lo}\p{M}]{1,6})"
_END = r"(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:here|and|from|again|please|thanks)\b)"
# A surname given under a surname cue: "surname is Y", "my last name's Y", "Nachname ist Y", "фамилия Y",
# "nazwisko to Y", "apellido: Y"; Korean "성은 Y" (a family name of one or two syllables), Japanese "姓はY".
_SURNAME_CUE = regex.compile(
    r"(?i)(?<![\p{L}])(?:sur[ \t-]?name|last[ \t]name|family[ \t]name|nachname|familienname|nom[ \t]de[ \t]famille|"
    r"apellidos?|cognome|sobrenome|apelido|nazwisko|фамилия|прізвище|achternaam|efternamn|etternavn|efternavn|"
    r"sukunimi|sukunimeni|p[řr][íi]jmen[íi]|priezvisko|επώνυμο|soyad[ıi]m?|vezet[ée]kneve?m?)"
    r"(?:['’]s|[ \t]+(?:is|ist|es|est|è|é|to|je|är|er|on|είναι)|[ \t]*[:：=–—-])?[ \t]+"
    rf"(?-i:(?P<value>{_NAME_WORD}(?:[ \t]+\p{{Lu}}[\p{{Ll}}\p{{M}}'’-]{{1,30}})?)){_END}"
    r"|(?<![\p{L}])성은[ \t]+(?P<hangul>\p{Hangul}{1,2})(?:입니다|이에요|예요|이고|요|씨)?(?=[ \t]*(?:[,.!?\n]|$))"
    r"|姓は[ \t]*(?P<han>\p{Han}{1,3})(?=です|で|[、。,.!?\n]|$)")
# A given name in a self-introduction: "hi, X here", "X here:", "my name is X", "I'm X", "this is X", "me llamo X",
# "ich heiße X", "je m'appelle X", "меня зовут X", "nazywam się X", "jmenuji se X".
_GREETING = (r"(?:hi|hello|hey|hiya|hallo|hola|ol[áa]|ciao|salut|bonjour|hej|moi|cze[śs][ćc]|привет|merhaba|γεια|"
             r"안녕하세요|안녕|こんにちは|你好|您好|สวัสดี(?:ครับ|ค่ะ)?|שלום|مرحبا|नमस्ते)")
_SELF_NAMED = regex.compile(
    rf"(?i)(?:(?:^|(?<=\n)|(?<=[.!?:][ \t]))(?:{_GREETING}[ \t]*[,!]?[ \t]*)?(?-i:(?P<here>{_NAME_WORD}))[ \t]+here\b"
    r"|(?<![\p{L}])(?:my[ \t]+(?:first[ \t]+)?name[ \t]+is|my[ \t]+name['’]s|i['’]m|i[ \t]+am|this[ \t]+is|"
    r"me[ \t]+llamo|mi[ \t]+chiamo|je[ \t]+m['’]appelle|ich[ \t]+hei(?:ß|ss)e|mein[ \t]+(?:vor)?name[ \t]+ist|"
    r"meu[ \t]+nome[ \t]+[ée]|mijn[ \t]+naam[ \t]+is|jag[ \t]+heter|nazywam[ \t]+si[ęe]|mam[ \t]+na[ \t]+imi[ęe]|"
    r"jmenuji[ \t]+se|меня[ \t]+зовут|мене[ \t]+звати|benim[ \t]+ad[ıi]m|ad[ıi]m)[ \t]+"
    rf"(?-i:(?P<intro>{_NAME_WORD})){_END})")
_CUE_HINT = regex.compile(r"(?i)name|nachname|apellid|cognome|sobrenome|apelido|nazwisk|фамили|прізвищ|achternaam|"
                          r"efternamn|etternavn|efternavn|sukunim|jmen|priezvisk|επώνυμο|soyad|vezetékn|성은|姓は")


class NamePart(NamedTuple):
    start: int
    end: int
    family: bool  # the family name (else the given name)
    field: bool  # a record's field (else prose)


class SplitName(NamedTuple):
    given: NamePart
    family: NamePart


def _parts(text: str) -> list[NamePart]:
    parts: list[NamePart] = []
    if _KEY_HINT.search(text):
        for m in islice(_FIELD.finditer(text), 4 * _MAX_PARTS):
            parts.append(NamePart(m.start("value"), m.end("value"), m.group("family") is not None, True))
    if _CUE_HINT.search(text):
        for m in islice(_SURNAME_CUE.finditer(text), _MAX_PARTS):
            group = "value" if m.group("value") else "hangul" if m.group("hangul") else "han"
            parts.append(NamePart(m.start(group), m.end(group), True, False))
        for m in islice(_SELF_NAMED.finditer(text), _MAX_PARTS):
            group = "here" if m.group("here") else "intro"
            parts.append(NamePart(m.start(group), m.end(group), False, False))
    return parts


def split_names(text: str) -> list[SplitName]:
    """Pairs of a given name and a family name written apart (see the module's doc): each family part with the
    nearest given part in reach (a record's field with a field of the same record, prose with anything in
    _PROSE_REACH). A family name given in a field pairs with a given name in a field only (a record may hold the
    family name alone: a surname is then no full name)."""
    parts = _parts(text) if "name" in text.lower() or _CUE_HINT.search(text) or _KEY_HINT.search(text) else []
    given = [p for p in parts if not p.family][:_MAX_PARTS]
    family = [p for p in parts if p.family][:_MAX_PARTS]
    pairs: list[SplitName] = []
    for f in family:
        best: NamePart | None = None
        for g in given:
            if g.field != f.field and f.field:
                continue
            reach = _FIELD_REACH if g.field and f.field else _PROSE_REACH
            distance = abs(g.start - f.start)
            if distance <= reach and (best is None or distance < abs(best.start - f.start)):
                best = g
        if best is not None:
            pairs.append(SplitName(best, f))
    return pairs


# --- An e-mail address given in parts: the local part after an e-mail cue at a line's end, the domain a few lines or
# turns later on a line of its own, a transcript's speaker before it at most ("email: jdoe1987" ... "And the domain?" ...
# "@gmail.com", "User: @gmail.com").
_EMAIL_REACH = 300
_DOMAIN_ALONE = regex.compile(r"(?:^|(?<=\n))[ \t]*(?:\p{L}{1,20}[ \t]*:[ \t]*)?(?P<domain>@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,4}[A-Za-z]{2,24})"
                              r"[ \t.!]*(?=\r?\n|$)")
_LOCAL_AFTER_CUE = regex.compile(
    r"(?i)(?<![\p{L}])(?:e-?mail|mail|correo|courriel|почта|пошта|e-posta|sähköposti|メール|이메일|邮箱|電子郵件|"
    r"ईमेल|البريد|אימייל|email-adres|e-mailadres)(?:[ \t]+(?:address|adresse|is|ist|es|est|é|to))?"
    r"[ \t]*[:：=-]?[ \t]*(?P<local>[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63}))[ \t]*(?=\r?\n|$)")


class SplitEmail(NamedTuple):
    local: tuple[int, int]
    domain: tuple[int, int]  # the "@" included


def split_emails(text: str) -> list[SplitEmail]:
    """Pairs of an e-mail's local part (after an e-mail cue, ending its line) and its domain alone on a later line within
    _EMAIL_REACH characters (see above); the nearest local part before each domain. At most _MAX_PARTS domains."""
    if "@" not in text:
        return []
    pairs: list[SplitEmail] = []
    for domain in islice(_DOMAIN_ALONE.finditer(text), _MAX_PARTS):
        lo = max(0, domain.start() - _EMAIL_REACH)
        local = None
        for local in _LOCAL_AFTER_CUE.finditer(text, lo, domain.start()):
            pass
        if local is not None and "@" not in text[local.end("local"):domain.start("domain")]:
            pairs.append(SplitEmail(local.span("local"), domain.span("domain")))
    return pairs


# --- A phone number given in a record's fields: a country calling code, an area code and the subscriber's number each
# under its own key ({"country_code": "+49", "area_code": "176", "number": "51181651"}). Joined, the recognizers judge
# the number; a record with an organisation's key ({"organisation": ..., "department": ...}) holds the organisation's
# line, nobody's own.
_PHONE_PART_REACH = 200
_DIGITS = r"\+?[0-9][0-9 ()-]{0,16}[0-9]|[0-9]"
_PHONE_PART = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?:[\w-]*?[_-])??(?:(?P<cc>country[ _-]?(?:calling[ _-]?|dial(?:ing|ling)?[ _-]?)?code|"
    r"dial(?:ing|ling)?[ _-]?code|calling[ _-]?code|l[äa]ndervorwahl|indicatif|prefijo[ _-]?pa[ií]s)|"
    r"(?P<area>area[ _-]?code|city[ _-]?code|vorwahl|ortsvorwahl|prefisso|prefijo|indicativo|kierunkowy)|"
    r"(?P<number>(?:phone[ _-]?|local[ _-]?|subscriber[ _-]?|line[ _-]?)?(?:number|no|nr)|rufnummer|n[úu]mero|numero|"
    r"nummer|numer))"
    rf"(?:{_QUOTE}[ \t]*[:=：][ \t]*{_QUOTE}|{regex.escape(FIELD_SEPARATOR)})(?P<value>{_DIGITS})(?={_QUOTE}[ \t]*"
    r"(?:[,;}\]|&\n\r]|$))")
_PHONE_PART_HINT = regex.compile(r"(?i)area[ _-]?code|country[ _-]?code|dial(?:l?ing)?[ _-]?code|vorwahl|calling[ _-]?code|"
                                 r"prefisso|prefijo|indicati|kierunkowy")
_ORGANISATION_KEY = regex.compile(
    r"(?i)(?<![\p{L}])(?:organi[sz]ation|organisme|company|business|firm|employer|shop|store|department|"
    r"unternehmen|firma|empresa|entreprise|azienda|bedrijf|yritys|företag|virksomhed|firmanavn)(?:[ _-]?name)?"
    rf"(?:{_QUOTE}[ \t]*[:=：]|{regex.escape(FIELD_SEPARATOR)})")


class SplitPhone(NamedTuple):
    parts: tuple[tuple[int, int], ...]  # the values' spans: country code, area code, number (those given)


def split_phones(text: str) -> list[SplitPhone]:
    """The phone numbers given in a record's parts (see above): a subscriber number's field with a country-code or an
    area-code field within _PHONE_PART_REACH characters before or after it, in no record with an organisation's key
    in that reach. At most _MAX_PARTS numbers."""
    if not _PHONE_PART_HINT.search(text):
        return []
    fields = list(islice(_PHONE_PART.finditer(text), 4 * _MAX_PARTS))
    out: list[SplitPhone] = []
    for number in (m for m in fields if m.group("number")):
        near = [m for m in fields if m is not number and abs(m.start() - number.start()) <= _PHONE_PART_REACH]
        cc = next((m for m in near if m.group("cc")), None)
        area = next((m for m in near if m.group("area")), None)
        if cc is None and area is None:
            continue
        lo = max(0, min(m.start() for m in (cc, area, number) if m is not None) - _PHONE_PART_REACH)
        hi = min(len(text), max(m.end() for m in (cc, area, number) if m is not None) + _PHONE_PART_REACH)
        if _ORGANISATION_KEY.search(text, lo, hi):
            continue
        out.append(SplitPhone(tuple(m.span("value") for m in (cc, area, number) if m is not None)))
        if len(out) >= _MAX_PARTS:
            break
    return out


# --- An identifier given in two parts: the first digits at the end of a line or a turn, the rest at the start of a
# later one ("the card 5129 1626" ... "And the rest?" ... "9226 0766 exp 04/28"; "IBAN: IT62 D184 15" ... "69 1634 ...";
# "henkilötunnus 27117" ... "yes sorry: ...7-3426"). pii.py joins the two runs, each kept with the words around it,
# and lets the checksum and format recognizers judge the whole (a published test card or a registry's example IBAN
# stays nobody's); the digit groups of a joined card or IBAN are no phone numbers of their own.
_PART_REACH = 240  # from the first part's end to the second part's start: a turn or two between them
# (round 36, sinter: a run after "+" is a phone number whole with its country code, "+48 12 800 05 56", and a run
# before "%" a share, "Survey: 78% of students": neither is part of an identifier given in two parts)
# (atomic groups: a run is read once, greedily, so a long run of groups costs one pass per start, not a search of
# every way to cut it into groups)
_TAIL = regex.compile(r"(?<![\w./:+-])(?P<run>(?>[A-Z]{2}[0-9]{2}(?:[ -]?[0-9A-Z]{1,6}){0,8}|"
                      r"[0-9][0-9A-Z]{0,5}(?:[ -][0-9A-Z]{1,6}){0,7}))[ \t]*(?=\r?\n|$)")
# (a lead-in of words before the second part, "yes sorry: ...", "second half": a run right after a colon or dots is
# an answer's; after words alone it counts only where the two runs make a card or an IBAN, see split_numbers)
_HEAD = regex.compile(r"(?:^|(?<=\n))(?>[ \t]*(?P<lead>[\p{L}\p{M},'’][\p{L}\p{M} ,'’]{0,23}(?P<mark>[:：]|\.{2,3}|…)?"
                      r"[ \t]*)?)(?P<dots>\.{2,3}|…)?[ \t]*(?<![\p{L}\p{N}])"
                      r"(?P<run>(?>[0-9][0-9A-Z]{0,5}(?:[ -][0-9A-Z]{1,6}){0,7}))(?![\w%‰])")
_MAX_TAILS = 64  # line ends holding digits looked at per text
# Round 23 (isthmus): a later line that a phone label leads in ("Phone: 0912 296 498", "Điện thoại: ...", "电话：...",
# "Телефон: ...") gives that label's number, not the rest of the digits ending the line above (an address's postcode,
# "... Nam Định 420000"): one such pair in ten joins into a Luhn-valid card by chance, and its phone was dropped.
_PHONE_WORDS = trie_pattern(sorted({w.lower() for w in InternationalPhoneRecognizer.CONTEXT
                                     if w not in InternationalPhoneRecognizer.VERBS}
                                    | set(InternationalPhoneRecognizer.CJK_CONTEXT)))
# (round 24: the phone's words are the phone recognizer's own, its CONTEXT less its VERBS: one vocabulary)
_PHONE_LEAD = regex.compile(
    r"(?i:(?:(?:home|work|mobile|cell|office|contact|daytime|private[rn]?)[ \t]+)?"
    rf"(?:{_PHONE_WORDS})(?:[ \t]+(?:no|number|nr|nummer|numéro|número|numero|номер|번호))?)"
    r"[ \t]*[:：]?[ \t]*")


class SplitNumber(NamedTuple):
    first: tuple[int, int]
    second: tuple[int, int]
    worded: bool = False  # words alone lead in to the second part (no colon, no dots): a card or an IBAN only


def split_numbers(text: str) -> list[SplitNumber]:
    """Pairs of a digit run ending a line and one starting a later line within _PART_REACH characters (see above),
    two digits at least in each; the first later line that starts with one. At most _MAX_PARTS pairs, from the first
    _MAX_TAILS line ends holding digits."""
    out: list[SplitNumber] = []
    for tail in islice(_TAIL.finditer(text), _MAX_TAILS):
        run = tail.group("run")
        if sum(c.isdigit() for c in run) < 2:
            continue
        head = _HEAD.search(text, tail.end(), min(len(text), tail.end() + _PART_REACH))
        if head is None or sum(c.isdigit() for c in head.group("run")) < 2:
            continue
        if head.group("lead") and _PHONE_LEAD.fullmatch(head.group("lead")):
            continue  # a phone label's own number (see _PHONE_LEAD)
        worded = bool(head.group("lead")) and not (head.group("mark") or head.group("dots"))
        out.append(SplitNumber(tail.span("run"), head.span("run"), worded))
        if len(out) >= _MAX_PARTS:
            break
    return out


def joined_identifier(first: str, second: str) -> bool:
    """The two runs, joined without their spaces and hyphens, make a Luhn-valid card number (13-19 digits) or an IBAN
    with valid check digits."""
    compact = regex.sub(r"[ -]", "", first + second)
    return (compact.isdigit() and 13 <= len(compact) <= 19 and luhn.is_valid(compact)) or iban.is_valid(compact)
