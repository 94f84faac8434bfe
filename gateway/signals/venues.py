"""Round 25 (issue 12, playa and pingo benign): places, rooms, services and goods that carry a person's name.

An airport named after somebody and written with its IATA code ("Henri Coandă International, Bucharest (OTP)",
"Madrid–Barajas Adolfo Suárez (MAD)"), a hotel's suite or a lounge named after somebody in quotes ("the "Nellie Bly"
suite", 'mentions "X" as the name of the lounge'), a trip "in the footsteps of" a historical traveller, a service or
a body by the lower-case noun after its name ("X shuttle to ...", "X foundation:", "the X exhibition"), and a car by
its model line ("Škoda Fabia 1.0 TSI, 2022"): none is a private person's name. A possessive or a relation before the
name ("in the footsteps of my grandfather X") keeps it a person's.

Every pattern is anchored at the finding's ends or searched within a bounded window (linear in the text)."""

from __future__ import annotations

from typing import Callable

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


# Round 34 (flysch): an airport by its word after the name, where one travels to or through it ("land at
# Eleftherios Venizelos airport", "via Allama Iqbal International Airport"); not the errand a name may lead ("pick up
# Jan Novak at the airport", "Jan Novak airport transfer": a word of service after the airport's).
_TRAVEL_BEFORE = regex.compile(r"(?i:(?<![\p{L}])(?:at|into|to|from|via|through|in|out[ \t]+of|land(?:s|ed|ing)?[ \t]+at)"
                               r"[ \t]+(?:the[ \t]+)?)$")
_AIRPORT_AFTER = regex.compile(r"[ \t]+(?:International[ \t]+|Intl\.?[ \t]+)?(?:Airport|airport|International|Intl)"
                               r"(?![\p{L}\p{M}])(?![ \t]+(?i:pick-?ups?|transfers?|runs?|drop-?offs?|shuttles?|"
                               r"taxis?|meet(?:ing)?))")


def airport_by_word(text: str, start: int, end: int) -> bool:
    """[start, end) is the name of an airport one travels to or through (_TRAVEL_BEFORE, _AIRPORT_AFTER), with no
    possessive before it."""
    return _AIRPORT_AFTER.match(text, end) is not None and _TRAVEL_BEFORE.search(
        text, max(0, start - 30), start) is not None and _POSSESSIVE_BEFORE.search(
        text, max(0, start - 60), start) is None


# --- Round 35 (flysch): a hotel by its trading figures, the name then a colon or a dash and its occupancy, average
# daily rate or RevPAR ("Monthly report X: occupancy 60%, ADR 109 EUR"): a property's report, no person's.
_PROPERTY_FIGURES_AFTER = regex.compile(r"[ \t]*[:–—-][ \t]*(?i:occupancy|occ\.|adr|revpar|goppar|trevpar|"
                                        r"average[ \t]+(?:daily|room)[ \t]+rate|room[ \t]+nights|"
                                        r"taux[ \t]+d['’]occupation|ocupaci[óo]n|auslastung|belegung)(?![\p{L}])"
                                        r"[ \t:=]*(?:[A-Z]{3}[ \t]*|[€$£][ \t]*)?\d")  # (its figure: "occupancy notes" is no report)


def property_by_its_figures(text: str, start: int, end: int) -> bool:
    """[start, end) is a hotel's name: its occupancy or room rates follow (_PROPERTY_FIGURES_AFTER), no possessive
    before it."""
    return _PROPERTY_FIGURES_AFTER.match(text, end) is not None and _POSSESSIVE_BEFORE.search(
        text, max(0, start - 40), start) is None


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


# --- Round 26 (loess): the business an assistant works for, as its system prompt names it: "You are a triage
# assistant for X Y.", "Support copilot for X Y agents", "You are X Y's customer-care assistant". An assistant for a
# person is written with a person's name — a first name then a surname ("a scheduling assistant for Anna Weber"), a
# title ("for Dr. Weber"), or "personal"/"private" before the assistant — and stays a person's.
_ASSISTANT = (r"(?:assistant|assistante|asistente|assistente|assistent|assistentin|copilot|co-pilot|chatbot|bot|"
              r"agent|helper|concierge|helpdesk|help[ \t]+desk)")
# (the assistant's noun, maybe one lower-case word after it, "asistente virtual de", then "for", "of", "de", "für")
_ASSISTANT_FOR_BEFORE = regex.compile(
    rf"(?i:(?<![\p{{L}}]){_ASSISTANT})(?:[ \t]+\p{{Ll}}+)?[ \t]+(?i:for|of|at|working[ \t]+for|de|di|del|da|do|für|von|"
    r"pour|van|voor)[ \t]+(?:the[ \t]+)?$")
_PARTICLE_FIRST = regex.compile(r"(?:de|di|da|do|del|von|van|für|pour)[ \t]+(?=\p{Lu})")
_PERSONAL = regex.compile(r"(?i:(?<![\p{L}])(?:personal|private|executive|own|family|my|his|her|persönliche[rn]?|"
                       r"personnel(?:le)?|personal)(?![\p{L}]))")
_ASSISTANT_OF_AFTER = regex.compile(
    rf"['’]s?[ \t]+(?i:(?:[\p{{L}}-]+[ \t]+){{0,2}}{_ASSISTANT})(?![\p{{L}}])")
_YOU_ARE_BEFORE = regex.compile(r"(?i:(?<![\p{L}])(?:you[ \t]+are|you['’]re|act[ \t]+as)[ \t]+)$")
_TITLE_BEFORE = regex.compile(r"(?i:(?<![\p{L}])(?:dr|mr|mrs|ms|miss|prof|sir|dame|herr|frau)\.?[ \t]+)$")


def assistants_business(text: str, start: int, end: int, a_person: Callable[[list[str]], bool]) -> bool:
    """[start, end) is the business an assistant serves: right after "<...> assistant/copilot/bot for" (not a
    personal or an executive assistant), or "You are X's <...> assistant"; and it is no person's name by its words
    (`a_person`: a known first name opens it) and no title before it."""
    if particle := _PARTICLE_FIRST.match(text, start, end):
        start = particle.end()  # "asistente virtual" + "de Velmora Hogar": the model took the particle in
    words = regex.findall(r"[\p{L}\p{M}]+", text[start:end])
    if not words or a_person(words):
        return False
    head = max(0, start - 60)
    if _TITLE_BEFORE.search(text, head, start):
        return False
    if cue := _ASSISTANT_FOR_BEFORE.search(text, head, start):
        return _PERSONAL.search(text, max(0, cue.start() - 24), cue.end()) is None
    value = text[start:end]
    possessive = value.endswith(("'s", "’s"))
    return _YOU_ARE_BEFORE.search(text, head, start) is not None and _ASSISTANT_OF_AFTER.match(
        text, end - (2 if possessive else 0)) is not None


# --- Round 26 (loess): a support worker signing a business's reply with a first name and a staff ID ("Rienk (driver
# ID ES0417), Routelo Express", "Elfriede (advisor ID GL5331)"): the first name is the worker's handle at work, given
# with the ID the business knows them by. A full name ("Anna Weber (agent ID ...)") or a customer's, member's or
# patient's ID ("Anna (customer ID 4411)") is somebody's and stays flagged.
_STAFF_ROLE = (r"agent|advisor|adviser|handler|driver|engineer|technician|operator|representative|rep|staff|"
               r"employee|courier|clerk|consultant|specialist|case[ \t]+officer|officer|associate|support")
_STAFF_ID_AFTER = regex.compile(
    rf"[ \t]*\((?i:{_STAFF_ROLE})[ \t]*(?:ID|no\.?|number|#|nr\.?)[ \t]*[:#]?[ \t]*[A-Z0-9][A-Z0-9-]{{2,14}}\)")


def staff_first_name_with_id(text: str, start: int, end: int) -> bool:
    """[start, end), one word opening its line, is followed by a staff role's ID in brackets (_STAFF_ID_AFTER)."""
    if len(text[start:end].split()) != 1:
        return False
    escaped = text.rfind("\\n", max(0, start - 200), start)
    line_start = max(text.rfind("\n", 0, start) + 1, escaped + 2 if escaped >= 0 else 0)
    if text[line_start:start].strip(" \t") != "":
        return False
    return _STAFF_ID_AFTER.match(text, end) is not None
