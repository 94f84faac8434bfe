"""Round 25 (issue 12): names and addresses that courts and the law write in public.

A court's own name ("Raleigh County District Court", "Ειρηνοδικείο Πάτρα", "محكمة سموحة"), a court's building
("<court> cashier, <street> 12"), a judge or a minister of justice named in that role ("Justice X", "Lady X, then
President of the UK Supreme Court", "X, garde des Sceaux"), a party of a case citation against a state, a public body
or a company ("X v Italy", "X v State of Kerala"), and a party anonymised to an initial ("Herr K.", "Mme Y."): none
of them is a private person's data. Each rule keeps a private cue in the sentence ("my", "our", "neighbour", "home",
...) a person's: "my neighbour Judge X lives at ..." stays flagged.

Every pattern here is anchored at a given offset or searched within a bounded window, so its cost is linear in the
text.
"""

from __future__ import annotations

import regex

# --- A court by its word, in the languages the gateway sees. English "Court" only with what makes it a court's
# name (a jurisdiction before it, "Court of" after it): "Maple Court" is a street, "Margaret Court" a person.
_COURT_QUALIFIER = (r"District|County|Supreme|High|Crown|Magistrates['’]?|Family|Circuit|Appeals?|Federal|Superior|"
                    r"Municipal|Constitutional|Juvenile|Probate|Claims|Civil|Criminal|Labou?r|Employment|Regional|"
                    r"Administrative|Commercial|Coroner['’]?s|Sheriff|Youth|Small|Tax|Land|Housing|Bankruptcy")
_COURT_WORDS = (
    rf"(?:{_COURT_QUALIFIER})[ \t]+Court|Court[ \t]+of[ \t]+(?:Justice|Appeal|Session|Cassation|First[ \t]+Instance)|"
    r"Courthouse|Tribunal|Tribunale|Tribunalul|Juzgado|Audiencia[ \t]+(?:Nacional|Provincial)|"
    r"Corte[ \t]+(?:Suprema|Costituzionale|Constitucional|di|de|d['’]|dei|del)|"
    r"Cour[ \t]+(?:de|d['’]|des|du|supr[êe]me|administrative|nationale)|Rechtbank|Gerechtshof|Hoge[ \t]+Raad|"
    r"Judecătoria|Curtea|\p{L}*gericht(?:shof)?|BVerfG|BGH|EuGH|CJEU|ECJ|ECtHR|ICJ|UKSC|SCOTUS|"
    r"(?i:tingsr[äa]tt|hovr[äa]tt|domstol(?:en)?|tingrett|lagmannsrett|byret|landsret|k[äa]r[äa]j[äa]oikeus|"
    r"hovioikeus|oikeus|s[ąa]d|soud|s[úu]d|mahkeme(?:si)?|суд|судът)|"
    r"Ειρηνοδικείο|Πρωτοδικείο|Εφετείο|Άρειος[ \t]+Πάγος|[Δδ]ικαστήριο|محكمة|المحكمة|בית[ \t]+(?:ה)?משפט|בית[ \t]+הדין|"
    r"ศาล\p{Thai}*|法院|裁判所|법원|न्यायालय|अदालत")
_COURT = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_COURT_WORDS})(?![\p{{L}}\p{{M}}])")
# What may stand between a court's word and the rest of its name: its place, a Thai district's abbreviation ("ศาลแขวง
# อ.เมือง ขอนแก่น"), a "locatie" ("Rechtbank, locatie Zwolle"); no sentence's end, no second clause.
_NAME_TAIL = regex.compile(r"(?:[^\n.;:!?()\[\]{}\"]|\.(?![\s\p{Lu}])){0,30}")  # a period only inside an abbreviation

# A private cue in the sentence: the office then names a private person's data (one's relation, their home).
_PRIVATE = regex.compile(
    r"(?i:(?<![\p{L}\d])(?:neighbou?r|lives|living|home|private|personal|mobile|cell|born|birthday|date\s+of\s+birth|"
    r"dob|wife|husband|daughter|son|leaked|diagnos\w*|patient|my|our|mein\w*|unser\w*|privat\w*|mon|ma|mes|notre|"
    r"mi|nuestr[oa]s?|privad[oa]|priv[ée]e?|moj[aei]?|m[ůu]j)(?![\p{L}\d]))")  # (round 33: not inside a code, "K9MA738")
_SENTENCE_BREAK = regex.compile(r"[.!?;\n]\s")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end), 200 characters each way at most."""
    lo, hi = max(0, start - 200), min(len(text), end + 200)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, start)]
    lo = breaks[-1] if breaks else lo
    after = _SENTENCE_BREAK.search(text, end, hi)
    return lo, after.start() if after else hi


def _private_near(text: str, start: int, end: int) -> bool:
    lo, hi = _sentence(text, start, end)
    return _PRIVATE.search(text, lo, hi) is not None


def court_name(text: str, start: int, end: int) -> bool:
    """[start, end), found as a name, is a court's name or the place in it: the span holds a court's word
    ("Raleigh County District Court", "Ειρηνοδικείο Πάτρα", "محكمة مدينة نصر") or a court's word opens the name a
    few characters before it on the same clause ("ศาลแขวง อ.เมือง ขอนแก่น", "Okresní soud Brno")."""
    if _COURT.search(text, start, end) is not None:
        return True
    lo = max(0, start - 30)
    for match in _COURT.finditer(text, lo, start):
        if _NAME_TAIL.fullmatch(text, match.end(), start) and not regex.search(r"[,،]", text[match.end():start]):
            return True
    return False


# --- A judge or a justice minister in that role.
# A judicial title before the name (or the first words of the span): one holds these in public only.
_JUDICIAL_TITLE = (
    r"(?:Chief[ \t]+|Associate[ \t]+|Lord[ \t]+|Lady[ \t]+|Mr\.?[ \t]+|Mrs\.?[ \t]+|Madam[ \t]+)?Justice|"
    # round 33 (bornhardt): the titles of England's circuit and part-time judges as cause lists and judgments print them
    r"Recorder|HHJ|(?:His|Her)[ \t]+Honour[ \t]+Judge|"
    r"Presiding[ \t]+Judge|Chief[ \t]+Judge|Vorsitzende[rn]?[ \t]+Richter(?:in)?|Bundesrichter(?:in)?|"
    r"Verfassungsrichter(?:in)?|Advocate[ \t]+General|Attorney[ \t]+General|Solicitor[ \t]+General|"
    r"Lord[ \t]+Chancellor")
# A trial judge's title ("Judge X", "Richterin X", "la juge X") names the judge of somebody's own case as often
# ("Judge X ruled that the tenant may stay"): public only with the bench's presiding word after the name.
_BENCH_TITLE = (r"(?:District[ \t]+|Circuit[ \t]+|Federal[ \t]+|Administrative[ \t]+|Immigration[ \t]+|"
                r"Employment[ \t]+)?Judge|Magistrate|Richter(?:in)?|(?i:juge|juez|jueza|magistrad[oa]|giudice|rechter|"
                r"s[ęe]dzia|soudce|soudkyn[ěe]|domare|dommer|tuomari|hakim|judec[ăa]tor(?:ul)?|суддя|судья)")
_BENCH_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_BENCH_TITLE})[ \t]+$")
_BENCH_AT = regex.compile(rf"(?:{_BENCH_TITLE})[ \t]+(?=\p{{Lu}})")
_PRESIDING_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*\(?(?i:presiding|presided|in[ \t]+the[ \t]+chair|vorsitzend\w*|pr[ée]sidant|presidiendo|"
    r"presiedendo|przewodnicz\w*|předsed\w*|voorzitter)(?![\p{L}])")
_TITLE_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_JUDICIAL_TITLE})[ \t]+$")
_TITLE_AT = regex.compile(rf"(?:{_JUDICIAL_TITLE}|Lord|Lady)[ \t]+(?=\p{{Lu}})")
# A court's office as an apposition after the name ("X, President of the Court of Justice", "X, then President of
# the BVerfG", "X (Vice-President of the ECtHR)"), a justice minister's ("X, garde des Sceaux", "X, Minister of
# Justice", "X, Justizministerin"), or a judge's post-nominal ("Lord Denning MR", "X LJ", "X JSC").
_HEADS = (r"(?:Vice[ \t-])?(?:President|Pr[äa]sident(?:in)?|pr[ée]sident(?:e)?|president[ea]?|Chief[ \t]+Justice|"
          r"Presiding[ \t]+Judge|Judge|Justice|Registrar|Chair(?:man|woman|person)?|Advocate[ \t]+General|"
          r"Member|Judges?)")
_OFFICE_AFTER = regex.compile(
    r"[ \t]*(?:,|\(|[–—]|-[ \t])[ \t]*(?:(?i:the|then|former|later|now|current|late|sometime|ehemalige[rn]?|"
    r"ancienne?|ex)[ \t]+){0,2}"
    rf"(?:{_HEADS}[ \t]+(?i:of|at|on|de|du|des|della|del|der|des|van)[ \t]+(?:(?i:the|la|le|l['’]|el|il)[ \t]*)?"
    rf"(?:[\p{{L}}\p{{M}}'’.-]+[ \t]+){{0,4}}?(?:{_COURT_WORDS})"
    r"|(?i:garde[ \t]+des[ \t]+sceaux|minist(?:er|re|ro|ra)[ \t]+(?:of|de|da|della|di)[ \t]+(?:la[ \t]+|the[ \t]+)?"
    r"(?:justice|justicia|justi[çc]a|giustizia)|justizminister(?:in)?|lord[ \t]+chancellor|attorney[ \t]+general|"
    r"solicitor[ \t]+general|advocate[ \t]+general))(?![\p{L}\p{M}])")
_POSTNOMINAL_AFTER = regex.compile(r"[ \t]+(?:MR|LJ|LJJ|CJ|LCJ|JSC|PSC|DPSC|SCJ|JA|ACJ)(?![\p{L}\p{M}])")


# Round 33 (bornhardt): counsel as a court's record and the bar's directories name them ("Ms X (instructed by Y
# Solicitors) for the Claimant", "X KC for the Defendant", "Mr X — called 2002, silk 2020", "X of counsel"): an
# advocate in the public role of appearing or of being listed.
_PARTY = r"(?:Claimant|Defendant|Appellant|Respondent|Applicant|Petitioner|Prosecution|Crown|Intervener|Interested[ \t]+Party)s?"
_COUNSEL_AFTER = regex.compile(
    rf"[ \t]*(?:\([ \t]*instructed[ \t]+by[ \t]|,?[ \t]*(?:KC|QC|SC)(?![\p{{L}}])|[ \t]+for[ \t]+the[ \t]+{_PARTY}(?![\p{{L}}])|"
    rf"[ \t]+of[ \t]+counsel(?![\p{{L}}])|[ \t]*[—–-][ \t]*called[ \t]+(?:to[ \t]+the[ \t]+bar[ \t]+)?(?:in[ \t]+)?(?:19|20)\d\d)")


def judicial_office(text: str, start: int, end: int) -> bool:
    """[start, end) is a name in a judge's or a justice minister's public role: a judicial title before it or
    opening it ("Justice X", "Judge X presiding", "Richterin X", "Lady X" with a court's office after), a court's
    office or a justice minister's after it, a judge's post-nominal ("X MR"), or counsel's (_COUNSEL_AFTER: "X KC
    for the Defendant", "Ms X (instructed by ...)") — with no private cue in its sentence
    (_PRIVATE: "my neighbour Judge X lives at ...")."""
    value = text[start:end]
    titled = _TITLE_BEFORE.search(text, max(0, start - 40), start) is not None
    lead = _TITLE_AT.match(value)
    if lead is not None and lead.group(0).split()[0] not in ("Lord", "Lady"):
        titled = True
    if (_BENCH_BEFORE.search(text, max(0, start - 40), start) or _BENCH_AT.match(value)) and (
            _PRESIDING_AFTER.match(text, end)):
        titled = True  # "Judge X presiding", "Richterin X (vorsitzend)"
    office = _OFFICE_AFTER.match(text, end) is not None or _COUNSEL_AFTER.match(text, end) is not None or (
        _POSTNOMINAL_AFTER.match(text, end) is not None and any(c.islower() for c in value) and "/" not in value)
    # (a post-nominal after a name in mixed case only: "SMITH/EDWARD MR" is a boarding pass's passenger and title)
    if not (titled or office):
        return False
    return not _private_near(text, start, end)


# A judge's post-nominal that ends a sentence ("... the speech of Lord Denning MR. Statute: ...") reads as the title
# "Mr." before the next sentence's first word: a label's word right after it ("Statute:") is nobody.
_POSTNOMINAL_BEFORE = regex.compile(r"\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*[ \t]+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*[ \t]+"
                                    r"(?:MR|LJ|CJ|LCJ|JSC|PSC|SCJ)\.[ \t]+$")  # a name of two words, then it
_LABEL_COLON = regex.compile(r"[ \t]*:")


def label_after_postnominal(text: str, start: int, end: int) -> bool:
    """[start, end) is one word right after a judge's post-nominal that ends a sentence and right before a colon
    ("Lord Denning MR. Statute: ..."): a label's word the period after "MR" made look titled."""
    return " " not in text[start:end].strip() and _LABEL_COLON.match(text, end) is not None and (
        _POSTNOMINAL_BEFORE.search(text, max(0, start - 40), start) is not None)


# --- A party of a case citation whose other side is a state or a public body ("X v Italy", "X v State of Kerala", "X v
# Secretary of State for the Home Department"): a published case's name. Two private people ("X v Y") and a person
# against a company ("X v. Harborline Logistics Ltd", a consumer's or an employee's claim) are not cleared here, nor a
# caption after its docket number (_DOCKET_BEFORE).
_STATES = (r"Italy|France|Germany|Spain|Portugal|Greece|Turkey|Russia|Ukraine|Poland|Belgium|Netherlands|Austria|"
           r"Switzerland|Sweden|Norway|Denmark|Finland|Ireland|Malta|Cyprus|Romania|Bulgaria|Hungary|Croatia|Slovenia|"
           r"Slovakia|Czech[ \t]+Republic|Latvia|Lithuania|Estonia|Georgia|Armenia|Azerbaijan|Moldova|Serbia|Albania|"
           r"Luxembourg|Iceland|India|Pakistan|Canada|Australia|Japan|Israel|Brazil|Mexico|Argentina|Chile|Colombia|"
           r"Peru|South[ \t]+Africa|Kenya|Nigeria|United[ \t]+Kingdom|United[ \t]+States|UK|USA|U\.S\.|"
           r"the[ \t]+(?:Netherlands|United[ \t]+Kingdom|United[ \t]+States|Czech[ \t]+Republic)")
_PUBLIC_SIDE = (r"(?:the[ \t]+)?(?:State|Republic|Kingdom|Crown|Commonwealth|Government|Commission|Council|Ministry|"
                r"Minister|Secretary[ \t]+of[ \t]+State|Home[ \t]+Office|Attorney[- \t]General|Director[ \t]+of[ \t]+"
                r"Public[ \t]+Prosecutions|DPP|Regina|Rex|R|People|City|County|Board|Department|Municipality|"
                r"Union[ \t]+of[ \t]+India|Federal[ \t]+Republic|Bundesrepublik|Freistaat|Estado|[ÉE]tat|Stato|Staat|"
                r"Skatteverket|Finanzamt|Hauptzollamt)")
# A docket or case number right before the caption ("Docket 23-CV-0192: X v. Y", "Case No. 12/2025 — X v State"): a
# filing, the parties' own case, not a precedent cited by its name.
_DOCKET_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}])(?:docket|case|claim|file|ref(?:erence)?|az|aktenzeichen|gz|sygn|sp\.[ \t]*zn|n[º°o]|no|nr|"
    r"rg|proc(?:esso)?|expediente|dossier|rechtssache|affaire)\.?(?:[ \t]*(?:no|nr|n[º°o]|number|#)\.?)?[ \t:#]*)"
    r"(?:[\p{L}\d/._-]+[ \t]+){0,3}[\p{L}\d/._-]*\d[\p{L}\d/._-]*[ \t]*[:,–—-]?[ \t]*$")


_AGAINST = r"[ \t]+(?:v|vs|v\.|vs\.|versus|c\.|contre|contra|gegen|\./\.)[ \t]+"
_PUBLIC_OR_COMPANY = rf"(?:{_STATES}|{_PUBLIC_SIDE})(?![\p{{L}}\p{{M}}])"
_AGAINST_AT = regex.compile(_AGAINST)
_PUBLIC_OR_COMPANY_AT = regex.compile(_PUBLIC_OR_COMPANY + r"(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?"
                                      r"(?:\p{Lu}[\p{L}\p{M}-]*[ \t]*){1,4})?")


def case_against_public_body(text: str, start: int, end: int) -> bool:
    """[start, end) is the first party of a case citation against a state or a public body (_AGAINST,
    _PUBLIC_OR_COMPANY), no docket number right before it, or a word of that public side itself ("State" of "X v Secretary of State for the Home
    Department"), with no private cue in its sentence outside the citation ("my case, X v Italy" is one's own)."""
    if _DOCKET_BEFORE.search(text, max(0, start - 60), start) is not None:
        return False  # "Docket 23-CV-0192: X v. State": the parties' own filing
    if (against := _AGAINST_AT.match(text, end)) is not None and (
            side := _PUBLIC_OR_COMPANY_AT.match(text, against.end())) is not None:
        return not _private_near_outside(text, start, end, start, side.end())
    for against in _AGAINST_AT.finditer(text, max(0, start - 40), start):
        side = _PUBLIC_OR_COMPANY_AT.match(text, against.end())
        if side is not None and side.start() <= start and side.end() >= end:
            return not _private_near_outside(text, start, end, against.start(), side.end())
    return False


def _private_near_outside(text: str, start: int, end: int, skip_from: int, skip_to: int) -> bool:
    """_private_near with [skip_from, skip_to) (the citation itself: "Home Department") left out."""
    lo, hi = _sentence(text, start, end)
    return _PRIVATE.search(text, lo, skip_from) is not None or _PRIVATE.search(text, skip_to, hi) is not None


# --- A party anonymised to initials: "Herr K.", "Mme Y.", "the claimant A.B.": letters, no name word.
_INITIALS_ONLY = regex.compile(r"[ \t]*(?:\p{Lu}[ \t]*\.?[ \t]*){1,3}")


def initials_only(value: str) -> bool:
    """The whole finding is one to three capital letters, each maybe with its period ("K", "A.B.", "M. X"): an
    initial identifies nobody (an initial with a surname, "K. Novak", is no match)."""
    return _INITIALS_ONLY.fullmatch(value) is not None


# --- A court's or a public office's address: right after the court's name on the same clause ("Pay at Okresní soud
# Brno cashier, Via Giuseppe Garibaldi 30", "Amtsgericht Köln, Luxemburger Str. 101"), or with a bracket saying it
# is a public building (recognizers' _PUBLIC_BUILDING_IN_BRACKETS).
_DESK = r"(?i:[ \t]+(?:cashier|cash[ \t]+desk|registry|office|counter|reception|building|kasse|caisse|greffe|kassa))?"
# Between the court's word and the address: the court's place (one capitalised word at most, or words of a script
# without case), a "locatie"/"site" word, a desk's word, then the separator. Two capitalised words would be a
# person's name ("<court> hearing with Jana Novak, <street> 5": her address).
_GAP_WORD = r"[ \t]*[,،]?[ \t]*(?:\p{Ll}[\p{L}\p{M}'’-]*|[\p{Arabic}\p{Hebrew}\p{Thai}\p{Greek}\p{Han}\p{Cyrillic}]+)"
_BEFORE_ADDRESS = regex.compile(
    rf"(?:{_GAP_WORD}){{0,3}}(?:[ \t]*[,،]?[ \t]*\p{{Lu}}[\p{{L}}\p{{M}}'’-]*)?(?:{_GAP_WORD}){{0,2}}{_DESK}"
    r"[ \t]*(?:,|:|–|—)[ \t]*")


def court_address(text: str, start: int, end: int) -> bool:
    """[start, end), an address, follows a court's name with at most its place and a desk's word between ("<court>
    <town> cashier, <street> 12") and no private cue in its sentence ("my home, next to the court: ...")."""
    lo = max(0, start - 90)
    for match in _COURT.finditer(text, lo, start):
        gap_end = start
        if gap_end - match.end() > 60:
            continue
        if _BEFORE_ADDRESS.fullmatch(text, match.end(), gap_end) and not _private_near(text, start, end):
            return True
    return False
