"""People dead for generations: a name (or a household's address) the text dates generations back is nobody's
personal data now (round 21, issue 12).

Archives and institutions paste their historical records: parish and school registers, census books, passenger
lists, convict indents, asylum casebooks, memorial inscriptions, family trees of ancestors. Everybody in them had a
life event (was born, baptised, admitted, tried, matriculated, buried) in a year no living person's life reaches
back to. `long_dead(text, start, end)` says whether the entry holding [start, end) is dated so:

- its own entry (its line, or the line a JSON string's escaped "\\n" ends) carries a year no later than
  `_OLD_BEFORE` ("Gen 2: X (b. 4 Apr 1862, d. 1892)", "117. X, aged 66, admitted 24.1.1877", "also X, died 1869") and
  no year a living person's life can hold (a year from `_RECENT_FROM` on, or a birth year after `_OLD_BEFORE`:
  "Living: Y (b. 1974)", "X (b. 1921)" stay personal);
- or its entry carries no year at all and the nearest line above that does is a register's heading dated that old
  ("Census enumeration book, 1876, household schedule 250", "Emigrant passenger list, steamer from Hamburg, 1885")
  while no year anywhere in the text is recent (a form's date, a living relative's birth year) and the heading's
  year is no founding date ("Smith & Sons, est. 1887" names a firm's age, not its staff's);
- or its entry carries no year and the first year on the next lines is a birth field's that old, in a record laid
  out one field per line ("Name: X\nborn: 1620");
- never when the entry says somebody is alive ("Living: X", "lebend") or holds a first-person possessive ("my
  great-grandmother X, b. 1850" stays the writer's own family).

The years are fixed, not read off the clock: a life event in or before 1905 is 121 years back in 2026 and further
every year after, so the rule only grows safer. Bounded: an entry is read at most `_REACH` characters each way, the
heading search at most `_HEADING_REACH` characters back, the text's years once per text (cached).
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from gateway.signals.names import private_life_near
from gateway.signals.tables import DELIMITERS, line_around
from gateway.signals.scan_scope import per_scan

_OLD_BEFORE = 1905  # a life event in or before this year: nobody alive now
_RECENT_FROM = 1926  # a year from here on may be a living person's birth, or a form's, a letter's date
_REACH = 400
_HEADING_REACH = 4000

# A four-digit year (1500-2099) standing on its own: not a digit group of a longer number ("4520 1877 8571"), not an
# identifier's tail ("REF-1877", "LFT-1522", "#1876"), not a decade ("1850s"). A year right after a JSON string's
# escaped line break ("\\n1876") counts.
_YEAR = regex.compile(r"(?:(?<=\\n)|(?<![\p{L}\p{N}#№_-]))(?<!\p{N}[ \t])(1[5-9]\d\d|20\d\d)(?!\p{N})(?![ \t]\p{N})"
                      r"(?![\p{L}])")
_LINE_BREAK = regex.compile(r"\n|\\n|\r")
# Four digits that are no year however they read: a house number before its street ("1600 Pennsylvania Avenue", "1870
# Monthey": a capitalised word after), a suite's, a box's or a room's number, a postcode's or an id's ("zip=1804",
# "invoice 1934"), a clock time ("at 1830", "1845 hrs"),
# an amount ("EUR 1850", "1850 euros") or a measure ("1850 m").
_NOT_A_YEAR_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:suite|ste|apt|apartment|unit|room|rm|box|no|nr|nº|floor|flat|bldg|building|house|door|"
    r"zip|zipcode|postcode|postal|plz|cp|cap|pin|code|id|ref|invoice|order|ticket|case|account|acct|"
    r"at|um|à|alle|kl|klo|@|[$€£¥₹]|eur|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|aud|cad|inr|rs|"
    # round 22: a building's word of a romanised Chinese or Korean address before a flat's number ("7 dong 1707 shi")
    r"dong|lou|danyuan)\.?[ \t]*[:=#]?[ \t\"']*$")
_NOT_A_YEAR_AFTER = regex.compile(
    r"[ \t]+\p{Lu}|(?i:[ \t]*(?:h|hrs?|hours|uhr|heures|horas|ore|timer|€|euros?|dollars?|pounds?|francs?|kr|kronor|"
    r"kroner|zł|z[łl]oty|pesos|reais|rupees|eur|usd|gbp|chf|sek|nok|dkk|pln|m|km|kg|g|cm|mm|ml|l|ft|mi|lbs?|mb|gb|kb|"
    r"kw|kwh|mah|w|v|hz|kcal|cal|%|"
    # round 22: a room's or a number's word of a romanised Chinese or Korean address after it ("1707 shi", "1203-ho")
    r"shi|hao|-?ho)(?![\p{L}]))")
# Somebody said to be alive in the entry: a living relative in a family tree ("Living: X", "X (living)").
_ALIVE = regex.compile(r"(?i)(?<![\p{L}])(?:living|alive|lebend|lebt|vivant|vivante|viva|vivo|vivos|vivente|levande|"
                       r"levende|lever|żyj\p{L}*|elossa|elää|levend|in[ \t]+leven|жив\p{L}*)(?![\p{L}])")
# First- and second-person possessives: the writer's own family, whatever its dates.
_OWN = frozenset("""my our your mein meine meinem meinen meiner unser unsere unserem unseren unserer dein deine mi mis
nuestro nuestra nuestros nuestras meu minha meus minhas nosso nossa mon ma mes notre nos ton ta tes mio mia miei mie
nostro nostra mijn onze jouw mój moja moje mojego mojej nasz nasza naszego naszej min mitt mina vår vårt våra mine
vores min minun meidän мой моя моё мои наш наша наше наши""".split())
_WORD = regex.compile(r"[\p{L}\p{M}]+")
# The same words as one pattern (a word list of configuration, never request text): one search a window, not a set
# lookup for each of its words (\G: a word the window's start cuts counts, as it did read word by word).
_OWN_WORD = regex.compile(r"(?i)(?:\G|(?<![\p{L}\p{M}]))(?:" + "|".join(regex.escape(w) for w in sorted(_OWN, key=len, reverse=True))
                          + r")(?![\p{L}\p{M}])")
# A birth cue right before a year: a birth year after _OLD_BEFORE may be a living person's ("b. 1921", "geb. 1912").
_BIRTH_BEFORE = regex.compile(
    r"(?i)(?:(?<![\p{L}])(?:b|geb|f|ur|n|nat|née?|born|geboren|nato|nata|nacid[oa]|nascid[oa]|född|født|urodzon\p{L}*|"
    r"syntynyt|rođen\p{L}*|родил\p{L}*|birth|geburt\p{L}*|naissance|nascita|nacimiento|nascimento)\.?|\*)"
    r"[^\p{L}\p{N}]{0,4}(?:\p{N}{1,2}[./ -]+)?(?:\p{L}{3,9}\.?[ \t]+)?(?:\p{N}{1,2}(?:st|nd|rd|th)?,?[ \t]+)?"
    r"(?:\p{N}{1,2}[./-])?$")
# A heading's year closes its line or a field of it ("..., 1876, household schedule 250", "Volkszählung 1871",
# "Casebook of the county asylum, 1877:").
_HEADING_YEAR_END = regex.compile(r"[ \t]*(?:[,;:)]|\.?[ \t]*(?:\n|\\n|\r|$))")
# A founding or a "since" before the year: an organisation's age, not a record's date.
_FOUNDED_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:est|estd|established|founded|since|seit|gegr(?:ündet)?|"
                                r"depuis|fondée?|desde|fundad[oa]|dal|fondat[oa]|sinds|opgericht|sedan|siden|"
                                r"grundad|grundlagt|od|perustettu|с|основан\p{L}*)\.?[ \t]+(?:in[ \t]+)?$")


def _years(text: str, lo: int, hi: int) -> list[regex.Match[str]]:
    """The years in text[lo:hi], from the scan's one index of the text's years: every candidate name looks at the
    lines around it and up to _HEADING_REACH back, which re-read 4,000 characters a name ("〒150-0002 東京都" x 14,000:
    5 s, tests/test_signals_round18_postcodes.py's bound, with 5 s allowed)."""
    starts, years = _years_of(text)
    return [y for y in years[bisect_left(starts, lo):bisect_left(starts, hi)] if y.end() <= hi]


@per_scan
def _years_of(text: str) -> tuple[list[int], list[regex.Match[str]]]:
    years = [m for m in _YEAR.finditer(text) if not _not_a_year(text, m)]
    return [m.start() for m in years], years


def _not_a_year(text: str, year: regex.Match[str]) -> bool:
    return _NOT_A_YEAR_AFTER.match(text, year.end()) is not None or _NOT_A_YEAR_BEFORE.search(
        text, max(0, year.start() - 12), year.start()) is not None


@per_scan
def _recent_year_in(text: str) -> bool:
    """Any year in `text` from _RECENT_FROM on."""
    return any(int(m.group(1)) >= _RECENT_FROM for m in _YEAR.finditer(text))


def _living_birth(text: str, year: regex.Match[str]) -> bool:
    """A birth year after _OLD_BEFORE: somebody who may be alive."""
    return int(year.group(1)) > _OLD_BEFORE and _BIRTH_BEFORE.search(
        text, max(0, year.start() - 24), year.start()) is not None


# A row of a table of figures: three or more cells that are numbers (a share, an amount, a count), at most one that
# is not (the row's label, "R5"). A four-digit count there reads as a year but dates nothing.
_CELL_SPLIT = regex.compile(f"[{''.join(DELIMITERS)}]")
_FIGURE_CELL = regex.compile(r"[ \t]*[-+]?[\d.,]*\d%?[ \t]*")


def _figure_row(line: str) -> bool:
    cells = [c for c in _CELL_SPLIT.split(_LINE_BREAK.sub(" ", line)) if c.strip()]
    numeric = sum(1 for c in cells if _FIGURE_CELL.fullmatch(c))
    return numeric >= 3 and len(cells) - numeric <= 1


def _dated_by_heading(text: str, lo: int) -> bool:
    """The nearest line above `lo` with a year in it is a heading dated before _OLD_BEFORE, and no year in the text
    is recent."""
    floor = max(0, lo - _HEADING_REACH)
    breaks = [floor] + [brk.end() for brk in _LINE_BREAK.finditer(text, floor, lo)]
    hi = lo
    for line_lo in reversed(breaks[:-1] if breaks[-1] == lo else breaks):
        years = _years(text, line_lo, hi)
        line_hi, hi = hi, line_lo
        if not years:
            continue
        if any(int(y.group(1)) > _OLD_BEFORE for y in years) or _figure_row(text[line_lo:line_hi]):
            return False  # (round 34, regolith: "R5,1522,1227.37,32" above a note is a table's figures, no heading)
        last = years[-1]
        return _HEADING_YEAR_END.match(text, last.end()) is not None and not _FOUNDED_BEFORE.search(
            text, max(line_lo, last.start() - 20), last.start()) and not _recent_year_in(text)
    return False


# Round 41 (gour): where a clause of an entry ends: a semicolon, or a sentence's end before a capital. The writer's
# possessive counts in the name's own clause ("my great-grandmother X, b. 1850"), not in another one ("My ancestor was
# baptised in 1862 and died in 1904; the register is said to mention X": X is somebody in the register).
_CLAUSE_END = regex.compile(r";|[.!?](?=[ \t]+\p{Lu})")


def _clause_around(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    clause_lo = lo
    for stop in _CLAUSE_END.finditer(text, lo, start):
        clause_lo = stop.end()
    after = _CLAUSE_END.search(text, end, hi)
    return clause_lo, after.start() if after else hi


def long_dead(text: str, start: int, end: int) -> bool:
    """Whether the person named at [start, end) (or the household at that address) is dated generations back by
    their entry or their register's heading (see the module's docstring)."""
    lo, hi = line_around(text, start, end, _REACH, _LINE_BREAK)
    clause_lo, clause_hi = _clause_around(text, start, end, lo, hi)
    if _ALIVE.search(text, lo, hi) or _OWN_WORD.search(text, clause_lo, clause_hi) or (
            _PRESENT_AGE_AFTER.match(text, end) and private_life_near(text, start, end)):
        return False  # a living cue on the line; an age and a private life told ("Patient X, 34, is HIV positive. He
        # was named after X (1880-1944)"; a passenger list's "X, 34, contadino" of 1889 is history)
    years = _years(text, lo, hi)
    if years and any(_TIMESTAMP_AFTER.match(text, y.end()) for y in years) and any(
            int(y.group(1)) <= _OLD_BEFORE and (_BORN_FIELD.search(text, max(lo, y.start() - 30), y.start())
                                                or _BORN_KEY.search(text, max(lo, y.start() - 30), y.start()))
            for y in years):
        years = [y for y in years if _TIMESTAMP_AFTER.match(text, y.end()) is None]  # a one-line record's "ts"
    if years:
        if any(int(y.group(1)) >= _RECENT_FROM or _living_birth(text, y) for y in years):
            return False
        return any(int(y.group(1)) <= _OLD_BEFORE for y in years)
    return _born_below(text, hi) or _dated_by_heading(text, lo)


# Round 22: the rest of a machine timestamp after its year ("2026-10-08T19:23:53Z", "2026-10-08 19:23:53"): when a
# record was written, not a year of a life. On a line whose birth field holds a year before _OLD_BEFORE ('"born":
# "1632", ..., "ts": "2026-10-08T19:23:53Z"'), the record's own timestamp does not make the person living.
_BORN_KEY = regex.compile(r"(?i)(?<![\p{L}])(?:born|birth[ _]?year|year[ _]of[ _]birth|geboren|geburtsjahr|nat[oa]|"
                          r"nacid[oa]|nascid[oa]|n[ée]e?|född|født|urodzon\p{L}*)\\?[\"']?[ \t]*[:=][ \t]*\\?[\"']?$")
_TIMESTAMP_AFTER = regex.compile(r"-[01]\d-[0-3]\d(?:T|[ \t])[0-2]\d:[0-5]\d")


# A record laid out one field per line: the birth field on one of the next lines ("Name: X\nborn: 1620", "Nimi: X\n>
# born 1838", "- Nome: X\n- born: 1760"); the first year below the name must be that birth year.
_BORN_FIELD = regex.compile(r"(?i)(?<![\p{L}])(?:b[o0]rn|geboren|geb\.|n[ée]e?|nat[oa]|nacid[oa]|nascid[oa]|född|født|"
                            r"urodzon\p{L}*|ur\.|syntynyt|year[ \t]+of[ \t]+birth|geburtsjahr|année[ \t]+de[ \t]+naissance|"
                            r"año[ \t]+de[ \t]+nacimiento)[ \t]*[:=|\t]?[ \t\"']*$")
_BELOW_LINES = 3


def _born_below(text: str, hi: int) -> bool:
    """The first year on the _BELOW_LINES lines after the entry ending at `hi` is a birth field's year before
    _OLD_BEFORE."""
    at, lines = hi, 0
    while lines < _BELOW_LINES and at < len(text):
        brk = _LINE_BREAK.match(text, at)
        if brk is None:
            return False
        line_lo = brk.end()
        nxt = _LINE_BREAK.search(text, line_lo, min(len(text), line_lo + _REACH))
        line_hi = nxt.start() if nxt else min(len(text), line_lo + _REACH)
        years = _years(text, line_lo, line_hi)
        if years:
            first = years[0]
            return int(first.group(1)) <= _OLD_BEFORE and len(years) == 1 and _BORN_FIELD.search(
                text, max(line_lo, first.start() - 30), first.start()) is not None and not _ALIVE.search(
                text, line_lo, line_hi)
        at, lines = line_hi, lines + 1
    return False


# Round 28: a name's life dates written beside another mention of it in the same request ("our profile gave the birth
# year of X wrongly. Correct dates: X (1760-1794)", "X (c. 1841 – 1910) ... later, X wrote"): the dates say who the
# name is wherever it stands, a person born generations ago. A birth year after _OLD_BEFORE ("my grandfather X
# (1931-2019)") keeps the name personal, and so does a first- or second-person possessive in the words just before
# either mention ("my great-grandmother X (1850-1921)"). Bounded: the same name is looked for `_REACH` characters
# each way, at most `_MENTIONS` times.
_LIFE_DATES_AFTER = regex.compile(r"[ \t]*\([ \t]*(?:c\.|ca\.|b\.|\*)?[ \t]*(1[5-9]\d\d)[ \t]*[-–—][ \t]*"
                                  r"(?:d\.|†)?[ \t]*(1[5-9]\d\d|20\d\d)[ \t]*\)")
_MENTIONS = 8
_PRESENT_AGE_AFTER = regex.compile(r"[ \t]*,[ \t]*(?:aged[ \t]+)?\d{1,3}[ \t]*(?:,|\(|years?[ \t]+old)")
_OWN_REACH = 40


def _own_before(text: str, at: int) -> bool:
    return _OWN_WORD.search(text, max(0, at - _OWN_REACH), at) is not None


def life_dates_elsewhere(text: str, start: int, end: int) -> bool:
    """The name at [start, end) (two words at least) is written again within `_REACH` characters with life dates in
    brackets right after it, born in or before _OLD_BEFORE, and no possessive stands before either mention. Not a
    living namesake: a present age right after the name ("X, 34,") or a private life near it (names.private_life_near:
    "X is HIV positive. He was named after his great-grandfather X (1880-1944)")."""
    value = text[start:end].strip()
    if " " not in value or _own_before(text, start) or _PRESENT_AGE_AFTER.match(text, end) or private_life_near(
            text, start, end):
        return False
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    at, seen = lo, 0
    while seen < _MENTIONS and (found := text.find(value, at, hi)) >= 0:
        seen += 1
        after = found + len(value)
        dates = _LIFE_DATES_AFTER.match(text, after)
        if dates and int(dates.group(1)) <= _OLD_BEFORE and int(dates.group(1)) < int(dates.group(2)) and (
                not _own_before(text, found)):
            return True
        at = after
    return False
