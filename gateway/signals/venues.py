"""Round 25 (issue 12, playa and pingo benign): places, rooms, services and goods that carry a person's name.

An airport named after somebody and written with its IATA code ("Henri Coandă International, Bucharest (OTP)",
"Madrid–Barajas Adolfo Suárez (MAD)"), a hotel's suite or a lounge named after somebody in quotes ("the "Nellie Bly"
suite", 'mentions "X" as the name of the lounge'), a trip "in the footsteps of" a historical traveller, a service or
a body by the lower-case noun after its name ("X shuttle to ...", "X foundation:", "the X exhibition"), and a car by
its model line ("Škoda Fabia 1.0 TSI, 2022"): none is a private person's name. A possessive or a relation before the
name ("in the footsteps of my grandfather X") keeps it a person's.

Every pattern is anchored at the finding's ends or searched within a bounded window (linear in the text)."""

from __future__ import annotations

import regex

_POSSESSIVE_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}])(?:my|our|his|her|their|your|mein\w*|unser\w*|mon|ma|mes|notre|mi|mis|nuestr[oa]s?|mio|mia|"
    r"miei|minha|meu|mój|moja|moje)(?![\p{L}])[^.!?\n]{0,30}$)")

# --- An airport by its IATA code: the name, maybe its airport word and its city, then "(ABC)". A role's acronym in
# brackets after a person's name ("(CEO)", "(CTO)") is no airport code.
_AIRPORT_WORD = (r"International|Intl\.?|Airport|Airfield|Aeroporto|Aeropuerto|A[ée]roport|Flughafen|Havaliman[ıi]|"
                 r"Lotnisko|Letiště|Repülőtér|Lufthavn|Flygplats|Lentoasema")
_CODE_AFTER = regex.compile(
    rf"(?:[–-]\p{{Lu}}[\p{{L}}\p{{M}}'’]*)?(?:[ \t]+(?:{_AIRPORT_WORD}))*(?:[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}'’-]*){{0,2}}"
    r"(?:,[ \t]*\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})?[ \t]*"
    r"\((?!(?:CEO|CFO|CTO|COO|CIO|CMO|CPO|CRO|CSO|CDO|CHRO|MBA|PHD|USA|GMT|UTC|CET|EST|PST|RIP|LLC|LTD|INC|PLC|AKA)\))"
    r"[A-Z]{3}\)")
_AIRPORT_IN = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_AIRPORT_WORD})(?![\p{{L}}\p{{M}}])")
# What makes it an airport's name before it: the airport's word right before ("... Airport, Santiago (SCL)"), or a
# city glued to the name by a dash, as airports are written ("Madrid–Barajas Adolfo Suárez", "Milano-Malpensa").
_AIRPORT_BEFORE = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{M}}])(?:{_AIRPORT_WORD})[ \t]*,?[ \t]*|\p{{L}}[–-](?:\p{{Lu}}[\p{{L}}\p{{M}}'’-]*"
    r"(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}[ \t]+)?)$")


_GLUED_CITY = regex.compile(r"\p{L}[–-]\p{Lu}")


def airport_by_code(text: str, start: int, end: int) -> bool:
    """[start, end) is (a word of) an airport's name written with its IATA code after it (_CODE_AFTER), with an
    airport's word in it, in what follows up to the code, or right before it, or a city glued to it by a dash
    (_AIRPORT_BEFORE); no possessive before it. ("Flight for Jan Novak, Prague (PRG)" has none of them.)"""
    after = _CODE_AFTER.match(text, end)
    if after is None:
        return False
    if _AIRPORT_IN.search(text, start, after.end()) is None and _AIRPORT_BEFORE.search(
            text, max(0, start - 60), start) is None and _GLUED_CITY.search(text, start, after.end()) is None:
        return False
    return _POSSESSIVE_BEFORE.search(text, max(0, start - 60), start) is None


# --- A room, a suite, a lounge or a hall named after somebody, the name in quotes: 'the "Nellie Bly" suite', 'mentions
# "X" as the name of the lounge', '„X" Saal'.
_ROOMS = (r"suites?|rooms?|lounges?|halls?|wings?|wards?|bars?|cabins?|salons?|libraries|library|terraces?|decks?|"
          r"restaurants?|caf[ée]s?|auditorium|theat(?:re|er)|gallery|pavilion|buildings?|trains?|carriages?|"
          r"Suite|Saal|Zimmer|Salle|Sala|Sal[oã]o|Zaal|salen|sali")
_QUOTE_OPEN = "\"'“‘„«»‚「『"
_QUOTE_CLOSE = "\"'”’“«»‘」』"
_ROOM_AFTER_QUOTE = regex.compile(rf"[ \t]+(?i:{_ROOMS})(?![\p{{L}}\p{{M}}])|[ \t]+(?i:as|als|comme|como|come)[ \t]+"
                                  rf"(?i:the|a|der|die|das|le|la|el|il|o)?[ \t]*(?i:name|nom|nombre|nome|naam)[ \t]+"
                                  rf"(?i:of|for|des|de|du|del|della|der|van)[ \t]+(?i:the|la|le|el|il|o|a)?[ \t]*"
                                  rf"(?:\p{{L}}+[ \t]+)?(?i:{_ROOMS})")


def quoted_room_name(text: str, start: int, end: int) -> bool:
    """[start, end) stands alone in quotes (a backslash before the quote, as JSON escapes it, allowed) and a room's,
    a suite's or a lounge's word follows the closing quote, or "as the name of the <room>" does."""
    lo = start
    while lo > 0 and text[lo - 1] in "\\" + _QUOTE_OPEN and start - lo < 3:
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] in "\\" + _QUOTE_CLOSE and hi - end < 3:
        hi += 1
    if lo == start or hi == end or not any(c in _QUOTE_OPEN for c in text[lo:start]) or not any(
            c in _QUOTE_CLOSE for c in text[end:hi]):
        return False
    return _ROOM_AFTER_QUOTE.match(text, hi) is not None  # ("our "X" suite" is still the suite: no possessive test)


# --- "in the footsteps of X": a trip after a historical traveller, in the languages of the travel texts.
_FOOTSTEPS = regex.compile(
    r"(?i:(?<![\p{L}])(?:in[ \t]+the[ \t]+footsteps[ \t]+of|auf[ \t]+den[ \t]+spuren[ \t]+(?:von|des|der)|"
    r"sur[ \t]+les[ \t]+(?:traces|pas)[ \t]+d(?:e|['’]|u)|tras[ \t]+los[ \t]+pasos[ \t]+de|"
    r"sulle[ \t]+orme[ \t]+d(?:i|el|ella)|nos[ \t]+passos[ \t]+de|in[ \t]+de[ \t]+voetsporen[ \t]+van|"
    r"[śs]ladami|i[ \t]+(?:\p{L}+[ \t]+)?fotsp[åa]r)[ \t]+)")


def in_the_footsteps(text: str, start: int, end: int) -> bool:
    """"a trip in the footsteps of X", "auf den Spuren von X": a historical traveller or explorer. The phrase ends
    right before the name or inside the span the model found ("Spuren von X"); a possessive or a relation word
    between ("in the footsteps of my grandfather X") is no match."""
    for match in _FOOTSTEPS.finditer(text, max(0, start - 40), end):
        if start <= match.end() < end:
            return True
    return False


# --- A service, a body or an event by the lower-case noun right after its name: "X shuttle to ...", "X foundation:",
# "the X exhibition", "X kennel". A private person's name is not followed so ("Maria Lopez shuttle" is no phrasing).
_SERVICE_AFTER = regex.compile(
    r"[ \t]+(?:shuttles?|foundation|exhibition|retrospective|kennel|shelter|carpool|rideshare|ferry|coach[ \t]+service|"
    r"bus[ \t]+service|express|choir|orchestra|ensemble|festival|marathon|regatta|charity|fund|appeal)"
    r"(?![\p{L}\p{M}])")


def service_by_noun_after(text: str, start: int, end: int) -> bool:
    """A lower-case noun of a service, a foundation, an exhibition or an event right after the name
    (_SERVICE_AFTER), no possessive before it ("my Anna Berg fund" is no phrasing; "my neighbour X fund" neither)."""
    return _SERVICE_AFTER.match(text, end) is not None and _POSSESSIVE_BEFORE.search(
        text, max(0, start - 40), start) is None


# --- A car by its model line: the name, then an engine's size and letters or a model year and a mileage ("Škoda
# Fabia 1.0 TSI, 2022, 91.489 km", "Seat Leon ST, 2021, 17.388 km").
_VEHICLE_AFTER = regex.compile(
    r"(?:[ \t]+[A-Z0-9]{1,4}){0,2}(?:[ \t]+\d\.\d(?:[ \t]*[A-Za-z]{1,5})?(?![\d\p{L}])|"
    r"[ \t]*,[ \t]*(?:19|20)\d\d[ \t]*,[ \t]*\d{1,3}(?:[.,  ]\d{3})*[ \t]*(?:km|mi|miles|Km|KM)(?![\p{L}]))")


def vehicle_model(text: str, start: int, end: int) -> bool:
    """[start, end) is a car's make and model: an engine's size or a model year and a mileage follows
    (_VEHICLE_AFTER)."""
    return _VEHICLE_AFTER.match(text, end) is not None
