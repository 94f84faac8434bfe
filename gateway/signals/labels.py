"""What a field's label says its value is: the vocabulary shared by the readers of labelled values.

A value is often only personal data by its label: "05049710733" under "id_number", "1987-03-02" under "Date of
birth", "J0288618EL9" after "licence no.". The readers that find such pairs in a request (outgoing.py: schema
properties, table headers, `Label: value` lines, JSON keys, prose; pii.py: a person's details block) all ask this
module what a label means, so that one vocabulary decides it: labelled_keys cuts a long label into the short keys
the recognizers' context words read, column_key maps a generic field name to an identifier's label, typed_column
says whether a table header types its cells, prose_keyed_values finds identifiers right after their name in prose,
referred_values those given as "It is <value>." after the sentence that names them.
"""

from __future__ import annotations

import re

import regex

from gateway.signals.recognizers import anchors
from gateway.signals.types import LabelledValue
from gateway.signals.scan_scope import per_scan

# A schema property's label (its title and its description, a line each) cut into the short keys a value may
# stand under: the first clause of each line, and its first words (the cue leads; what follows is a format or
# a note: "Date of birth of the applicant, as on the passport" -> "Date of birth of the applicant", "Date of
# birth"; "Geburtsdatum des Antragstellers" -> "Geburtsdatum"); a spaceless label's last two characters too, where
# its head noun is ("申请人姓名" -> "姓名", "家庭住址" -> "住址"; two characters only: "发生日期" must not yield
# "生日期", a birthday cue).
_LABEL_CLAUSE = regex.compile(r"[^,.;:()\[\]{}<>（），。；：、!?！？|/]+")
_LABEL_SPACELESS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_LABEL_KEYS = 8  # keys per label
# A generic column name or field id for an identifier ("id_number", "record_no", "licence_no", "member_id"), as a
# document's header or a form's field names it, says which identifier its values are: it yields the label the
# recognizers read (a national id's, a medical record's, a driving licence's, a health insurance's, a tax id's).
# Whole labels only ("record_no", not "order record no."); "_", "-", "." as spaces.
_COLUMN_KEYS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), key) for pattern, key in (
    (r"(?:id|identity|identification|personal|citizen|document|doc)\s?(?:number|no|nr|num|#)|id\s?card(?:\s?(?:number|no|nr))?|"
     r"personal\s?(?:id|code)|n[uú]mero\s(?:de\s)?(?:identidad|documento|identificaci[oó]n)|"
     r"num[eé]ro\s(?:de\s|d['’]\s?)?identit[eé]|ausweis\s?(?:nummer|nr)|id\s?nummer|"
     r"ssn|social\s?security(?:\s?(?:number|no|nr|num|#))?", "national id number"),
    (r"(?:medical\s|patient\s|hospital\s|chart\s)?record\s?(?:number|no|nr|num|#)|patient\s?(?:number|no|nr|#)|"
     r"chart\s?(?:number|no|nr|#)|hospital\s?(?:number|no|nr)|mrn", "medical record number"),
    (r"(?:driv(?:er|ers|ing)\s?)?licen[cs]e\s?(?:number|no|nr|num|#)|dl\s?(?:number|no|nr|#)|"
     r"driv(?:er|ers|ing)\s?licen[cs]e(?:\s?id)?", "driving licence number"),
    (r"(?:health\s|medical\s)?insurance\s?(?:number|no|nr|id|#)|(?:insurance\s)?member\s?(?:number|no|nr|id|#)|"
     r"insured\s?(?:number|no|nr|id)|policy\s?(?:number|no|nr)|insurance\s?card(?:\s?(?:number|no|nr|#))?|"
     r"versicherten\s?(?:nummer|nr)", "health insurance number"),
    (r"tax\s?(?:number|no|nr|id|code)(?:\s?(?:number|no|nr))?|tin", "tax id number"),
))
_COLUMN_NAME_CHARS = 48
_WORD_JOINS = re.compile(r"[\s_.-]+")
_LABEL_WORDS = 5  # the longest leading run of words tried


@per_scan
def labelled_keys(label: str) -> tuple[str, ...]:
    """The short keys a schema property's label yields, longest first, at most _LABEL_KEYS."""
    keys: list[str] = []
    for line in label.splitlines()[:2]:
        words = clause.group(0).split() if (clause := _LABEL_CLAUSE.search(line)) else []
        candidates = [" ".join(words[:n]) for n in (len(words), *range(min(len(words) - 1, _LABEL_WORDS), 0, -1))]
        if len(words) == 1 and len(words[0]) > 2 and _LABEL_SPACELESS.search(words[0]):
            candidates.append(words[0][-2:])  # the head noun ends a spaceless label: 申请人姓名 -> 姓名
        keys += [key for key in dict.fromkeys(candidates) if key and key not in keys]
    column = column_key(label.splitlines()[0] if label else "")
    return tuple(keys[:_LABEL_KEYS - 1] + [column] if column and column not in keys else keys[:_LABEL_KEYS])


# What a column's header may say that types its cells where the cell alone reads as nothing or as another type:
# an identifier's or a birth date's label. Other columns (names, addresses, e-mails, phones, products, vessels) are
# read in the text itself; alone, out of their table, a cell would read more than it is (a public building's address
# under "address" in a list of landmarks).
_TYPED_CUES = frozenset({"dob", "national_id", "mrn", "passport", "nhs"})


@per_scan
def typed_column(label: str) -> bool:
    """Whether a table column's header `label` says what kind of identifier or birth date its cells are."""
    keys = labelled_keys(label)
    return any(column_key(k) or _TYPED_CUES & {kind for kind, spans in anchors(k).items() if spans}
               for k in keys[:_LABEL_KEYS])


# The same names in prose, right before the value they name ("buyer Ana Ruiz, licence no. J0288618EL9", "Member ID
# H433665199"): the name's words joined by spaces, "_", "-" or "."; then at most a colon, "#" or "n°"; then one
# identifier-shaped token (letters, digits and "-", five digits at least).
_PROSE_KEY = re.compile(
    r"(?<![\w-])(" + "|".join(p.pattern.replace(r"\s?", r"[ _.-]?").replace(r"\s", r"[ _.-]") for p, _ in _COLUMN_KEYS)
    + r")\.?[ \t]*(?:[:#=]|n[°º]\.?)?[ \t]*([A-Za-z0-9][A-Za-z0-9-]{4,24})(?![\w-])", re.IGNORECASE)
_PROSE_KEYS = 64


# Round 42 (knoll, first look): a licence that a premises, a business or goods hold ("Venue licence no. LIC-27405",
# "premises licence number PL/0042", "export licence no. 55123") is no person's driving licence; a bare "licence no."
# and a hunting, fishing or driving licence still read as a driving licence's.
_HELD_BY_PREMISES = re.compile(
    r"(?i:\b(?:venue|premises|liquor|alcohol|bar|pub|club|operator|operating|trade|trading|business|site|event|music|"
    r"entertainment|gaming|casino|broadcast(?:ing)?|software|radio|export|import|customs|company|shop|store|restaurant|"
    r"food|catering|kennel|pharmacy|wholesale|dealer|brokerage|broker|hotel|campsite|park|filming|drone|vessel|"
    r"station|factory|plant|warehouse|mining|waste)[ \t]+)$")


def prose_keyed_values(index: int, text: str) -> list[LabelledValue]:
    """Identifiers right after an identifier's name in prose (see _PROSE_KEY), each under that name's label."""
    found: list[LabelledValue] = []
    for m in _PROSE_KEY.finditer(text):
        key = column_key(m.group(1))
        if key == "driving licence number" and not m.group(1).lower().startswith(("dr", "dl")) and \
                _HELD_BY_PREMISES.search(text, max(0, m.start() - 24), m.start()):
            continue
        if key and sum(c.isdigit() for c in m.group(2)) >= 5:
            found.append(LabelledValue(index, m.start(2), m.end(2), key))
            if len(found) >= _PROSE_KEYS:
                break
    return found


# A value given in the sentence after the one that names it ("they ask for my Personnummer on the form. It is
# 19460914-7949.", "Die Kasse will meine Krankenversichertennummer. Sie lautet S113625216."): the value right after a
# sentence's opening "it is" (its words in English, German, French, Spanish, Dutch, Swedish), an identifier-shaped
# token as _PROSE_KEY reads one; its label the words after the last possessive ("my", "meine", "mon", ...) earlier on
# the same line, up to the next punctuation (labelled_keys cuts it to its leading words: "Personnummer on the form" ->
# "Personnummer"). The label's own vocabulary decides the type: "my order number ... It is 40012345" stays nothing.
_REFERRED_VALUE = regex.compile(
    r"[.!?][ \t]+(?:(?i:it|this|that)(?:['’]s|[ \t]+(?i:is|was|reads))|(?i:sie|er|es)[ \t]+(?i:lautet|ist)|"
    r"(?i:c['’]est)|(?i:il|elle)[ \t]+est|(?i:es)|(?i:het|die|dat)[ \t]+is|(?i:den|det)[ \t]+är)"
    r"(?:[ \t]*[:：])?[ \t]+([A-Za-z0-9][A-Za-z0-9-]{4,24})(?![\w-])")
_REFERRED_POSSESSIVE = regex.compile(
    r"(?<![\p{L}])(?i:my|our|his|her|their|meine[mnrs]?|unsere[mnrs]?|mon|ma|mes|notre|mi|mis|nuestr[oa]|mijn|onze|"
    r"min|mitt|mina)[ \t]+(?=\p{L})")
_REFERRED_LABEL = regex.compile(r"[^.,;:!?()\[\]\n]{1,60}")
_REFERRED_LOOKBACK = 240  # characters of the same line searched for the label
_REFERRED_VALUES = 16
_REFERRED_TRIES = 64  # lookbacks per text


def referred_values(index: int, text: str) -> list[LabelledValue]:
    """Identifiers given as "It is <value>." after the sentence that names them (see _REFERRED_VALUE)."""
    found: list[LabelledValue] = []
    tries = 0
    for m in _REFERRED_VALUE.finditer(text):
        if sum(c.isdigit() for c in m.group(1)) < 5:
            continue
        tries += 1
        if tries > _REFERRED_TRIES:
            break
        line_start = text.rfind("\n", 0, m.start()) + 1
        window = text[max(line_start, m.start() - _REFERRED_LOOKBACK):m.start() + 1]
        possessive = None
        for possessive in _REFERRED_POSSESSIVE.finditer(window):
            pass
        label = _REFERRED_LABEL.match(window, possessive.end()) if possessive is not None else None
        if label is not None:
            found.append(LabelledValue(index, m.start(1), m.end(1), label.group(0).strip()))
            if len(found) >= _REFERRED_VALUES:
                break
    return found


def column_key(name: str) -> str | None:
    """The identifier label a generic column or field name stands for (_COLUMN_KEYS), or None."""
    if len(name) > _COLUMN_NAME_CHARS:
        return None
    spaced = _WORD_JOINS.sub(" ", name.casefold()).strip()
    return next((key for pattern, key in _COLUMN_KEYS if pattern.fullmatch(spaced)), None)
