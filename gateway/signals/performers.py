"""Round 27 (issue 12): names a benign record writes in a public role, and venues, events and groups whose names the
name model reads as a person's.

People billed or listed in their public role:
- the music an ensemble plays ("String quartet plays X", "das Quartett spielt X"): a composer;
- a programme's line "X: motet" (a name, a colon, a musical work's form): a composer on a concert programme;
- a bill ("X live, doors 19:00"; "Soloist: X · Venue: ..."): a performer billed for a public concert;
- somebody seen or heard somewhere in a sentence that asks for the programme, set list or repertoire played there;
- "Course record holders invited: X, Y", "defending champion X": athletes by their public record;
- "replaying X's classic games": a chess master's published games; "a talk on X", "study evenings on X and Y": the
  subject of a public lecture;
- "Day 2: X", "panel chaired by X" under a keynote's or a line-up's header: speakers on a public event's bill.
A possessive, a relation or a private cue near the name keeps it a private person's ("my cousin Avi plays at our
wedding"; "guest list: X, table 4" has none of these cues).

Venues, events and groups by the common noun that ends their name ("Wisbech Orangery", "Rakovník Coworking Loft",
"Bagé Park Clean-up", "<a town in Hebrew> Quilting Guild", "the Vygotsky Hall"): none of these nouns is a surname
(not "Hall" alone, "Park" or "Fair"; "the X Hall" with its article is the building), and a name led by a known
given name stays a person's ("Anna Guild").

Every pattern is anchored at the finding's ends or searched within a bounded window (linear in the text)."""

from __future__ import annotations

import regex

from gateway.signals.recognizers import fold_ascii, name_lists

_L = r"[\p{L}\p{M}'’.-]"
_NAME_WORD = rf"\p{{Lu}}{_L}*"

# A possessive, a relation or a private cue in the words before the name on its line: somebody's own.
_PRIVATE_NEAR = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:my|our|his|her|their|your|mein\w*|unser\w*|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?|"
    r"mio|mia|miei|minha|meu|mój|moja|moje|moi|мой|моя|наш\w*|cousin\w*|uncle|aunt\w*|friend\w*|neighbou?r\w*|"
    r"colleague\w*|brother|sister|mum|mom|dad|son|daughter|wife|husband|partner|fiancée?|kid|kids|child|"
    r"grand\w+|cousine?|onkel|tante|freund\w*|primo|prima|tío|tía|amig[oa]s?|bratr|sestra|bratranec|sestřenice|"
    r"guests?|invitad[oa]s?|gäste|gast|invités?|hosté|host|table|tisch|mesa|tavolo|stůl|private|personal|"
    r"home|mobile|born|birthday|dob)(?![\p{L}\p{M}]))")


def _private_before(text: str, start: int, reach: int = 80) -> bool:
    line = text.rfind("\n", max(0, start - reach), start) + 1
    return _PRIVATE_NEAR.search(text, max(line, start - reach), start) is not None


def _line_end(text: str, end: int, reach: int = 200) -> int:
    stop = text.find("\n", end, end + reach)
    return min(len(text), end + reach) if stop < 0 else stop


def _private_on_line(text: str, start: int, end: int) -> bool:
    return _private_before(text, start) or _PRIVATE_NEAR.search(text, end, _line_end(text, end, 80)) is not None


def _possessive_after(text: str, end: int) -> bool:
    return text[end - 2:end] in ("'s", "’s") or regex.match(r"['’]s(?![\p{L}\p{M}])", text[end:end + 3]) is not None


# --- An ensemble plays the name: the composer whose music it is ("String quartet plays X", "the orchestra performs
# X", "das Quartett spielt X", "le quatuor joue X", "el cuarteto toca X", "il quartetto suona X", "kwartet gra X").
_ENSEMBLE = (r"quartet|quintet|sextet|trio|duo|orchestra|ensemble|choir|chorus|band|consort|sinfonietta|philharmonic|"
             r"pianist|organist|cellist|violinist|guitarist|harpist|soloist|quartett|quintett|orchester|chor|"
             r"kapelle|quatuor|orchestre|chœur|choeur|cuarteto|quinteto|orquesta|coro|quartetto|quintetto|kwartet|"
             r"orkest|koor|orkiestra|chór|kvartet|kvartett|orkester|kör|kor|orchestr|sbor|квартет|оркестр|хор")
_PLAYS = (r"plays?|playing|played|performs?|performing|performed|will[ \t]+(?:play|perform)|spielt|spielen|"
          r"joue|jouent|jouera|toca|tocan|tocará|interpreta|suona|suonano|speelt|spelen|gra|grają|spelar|spiller|"
          r"hraje|hrají|играет|исполняет|soittaa")
_ENSEMBLE_WORD = (rf"(?:\p{{L}}*(?:quartett|quintett|orchester|chor|kapelle|kwartet|orkest|koor|kvartett?|orkester|kör)|"
                  rf"(?<![\p{{L}}\p{{M}}])(?:{_ENSEMBLE}))")
# (either order: "the quartet plays X", "spielt das Streichquartett X" with the verb second)
_ENSEMBLE_PLAYS = regex.compile(
    rf"(?i:(?:{_ENSEMBLE_WORD}[ \t]+(?:{_PLAYS})|(?<![\p{{L}}\p{{M}}])(?:{_PLAYS})[ \t]+(?:(?:das|der|die|den|the|le|la|"
    rf"l['’]|el|il|lo|het|de)[ \t]*)?{_ENSEMBLE_WORD})[ \t]+(?:(?:music|works|pieces|songs)[ \t]+"
    rf"(?:by|of|from)[ \t]+|(?:musik|werke)[ \t]+von[ \t]+|(?:de|des|du)[ \t]+)?)$")


# --- A concert programme's line: the name, a colon (or a dash), a musical work's form ("X: motet", "X – Sonata No. 2").
_WORK_FORMS = (r"motets?|suites?|finale|sonatas?|sonatinas?|concertos?|concerti|symphon(?:y|ies)|preludes?|fugues?|"
               r"overtures?|requiem|mass|masses|nocturnes?|[ée]tudes?|cantatas?|oratorios?|rhapsod(?:y|ies)|"
               r"serenades?|variations|fantasias?|fantasy|toccatas?|madrigals?|lieder|song[ \t]+cycle|anthems?|"
               r"magnificat|nunc[ \t]+dimittis|ave[ \t]+maria|psalms?|chorales?|arias?|partitas?|scherzo|"
               r"impromptus?|mazurkas?|waltz(?:es)?|polonaises?|ballades?|minuets?|divertimento|string[ \t]+quartet|"
               r"piano[ \t]+(?:concerto|sonata|trio|quintet)|sonate|konzert|sinfonie|messe|motette|kantate|ouvertüre|"
               r"symphonie|concerto|sonata|sinfonía|sinfonia|concierto|misa|messa|sinfonietta|opus")
# (a concert's word in the text before it: "Room allocation\nX: suite" is a hotel's list)
_CONCERT_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:programme|program|programm|programa|programma|concerts?|konzert\p{L}*|recital|"
    r"repertoire|repertoir|répertoire|set[ \t]?list|concierto|koncert\p{L}*|orchestr\p{L}*|choir|chor|coro|chœur|"
    r"ensemble|quartet\p{L}*|quatuor|cuarteto|kwartet|orkest|orkiestra|sinfonietta|philharmoni\p{L}*)(?![\p{L}\p{M}]))")
_PROGRAMME_LINE_BEFORE = regex.compile(r"(?:^|\n)[ \t]*(?:[-•*·][ \t]*|\d{1,2}[.)][ \t]*)?$")
# (the form ends the line or is followed by its number, key or catalogue: "finale rehearsal is on Monday" is no work;
# a number alone after the dash is no work either: "X — Nr. 790628/8126" is a person's ID)
_WORK_AFTER = regex.compile(
    rf"[ \t]*[:–—-][ \t]*(?i:(?:{_WORK_FORMS})(?![\p{{L}}\p{{M}}]))"
    r"(?=[ \t]*(?:$|\n|[,;(·|–—/-]|\\n|(?i:no\.?|nr\.?|op\.?|in|en|bwv|hwv|kv|k\.|d\.|woo)(?![\p{L}\p{M}])|\d))")


# --- A bill: "X live, doors 19:00", "X live – Einlass 19 Uhr"; a billed soloist or conductor with the venue or the
# tickets on the same line ("Soloist: X · Venue: Musikverein").
_LIVE_DOORS_AFTER = regex.compile(
    r"[ \t]+(?i:live|in[ \t]+concert|en[ \t]+concierto|en[ \t]+concert|in[ \t]+concerto)[ \t]*[,.;:–—-]?[ \t]*"
    r"(?i:doors|einlass|portes|puertas|apertura[ \t]+puertas|ingresso|deuren|dveře|tickets?|billets?|entradas)"
    r"(?![\p{L}\p{M}])")
_BILLED_LABEL_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:soloists?|solist(?:in|en|a|as|i|e)?|soliste|conductor|conducted[ \t]+by|dirigent(?:in)?|"
    r"dirigid[oa][ \t]+por|direction|chef[ \t]+d['’]orchestre|direttore|guest[ \t]+artists?|headliners?|"
    r"support[ \t]+act|featuring|feat\.)[ \t]*:?[ \t]*)$")
_BILL_ON_LINE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:venue|tickets?|doors|ort|spielort|lieu|salle|lugar|sede|luogo|místo|einlass|"
    r"billets|entradas|biglietti|vstupenky)[ \t]*:)")


# --- Seen or heard somewhere, the sentence asking for what was played there ("we saw X at the Rudolfinum and want
# that programme").
_SAW_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:saw|heard|seen|watched|viděli|slyšeli|gesehen|gehört|vimos|"
                            r"escuchamos|abbiamo[ \t]+visto|avons[ \t]+vu)[ \t]+)$")
_PLAYED_THERE_AFTER = regex.compile(
    r"[ \t]+(?i:live[ \t]+)?(?i:at|in|im|in[ \t]+der|au|à|en|el|na|v|ve)[ \t]+[^.!?\n]{0,80}?(?<![\p{L}\p{M}])"
    r"(?i:programme|program|programm|programa|programma|set[ \t]?list|repertoire|repertoir|répertoire|repertorio|"
    r"repertoár)(?![\p{L}\p{M}])")


# --- Athletes by their public record: "Course record holders invited: X, Y, Z", "defending champion X".
_RECORD_CUE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:(?:course|world|national|olympic|european|commonwealth|continental|area|championship|"
    r"meet|stadium|event|african|asian|american|oceanian|world[ \t]+best)[ \t]+record[ \t]*-?holders?|"
    r"(?:defending|reigning|olympic|world|european|national)[ \t]+champions?|olympic[ \t]+medall?ists?|"
    r"(?:streckenrekord|weltrekord|rekord)halter(?:in|innen)?|plusmarquistas?|recordm[ae]n|détenteurs?[ \t]+du[ \t]+record|"
    r"primatist[ie]|recordhouders?|rekordzist(?:a|ki|ów)|titelverteidiger(?:in)?|campe[oó]n(?:a|es)?[ \t]+defensor(?:a|es)?|"
    r"рекордсмен\p{L}*|чемпион\p{L}*[ \t]+мира))")
_NOT_PUBLIC_RECORD = regex.compile(r"(?i:(?:club|school|personal|family|house|office|class|year|age[ \t-]*group)[ \t]+$)")
_LIST_TO_NAME = regex.compile(
    rf"(?:[ \t]+(?i:invited|include|including|are|were|confirmed|announced|attending|expected|on[ \t]+the[ \t]+start"
    rf"[ \t]+list|eingeladen|invités|invitad[oa]s|invitati|pozváni|приглашены))?[ \t]*[:,–—-]?[ \t]*"
    rf"(?>(?:{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}[ \t]*(?:,|&|(?i:and|und|et|y|e|i|a|и))[ \t]*)*+)$")


# --- A chess master's games replayed; a lecture's subject.
_REPLAY_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:replay(?:s|ing|ed)?|re-?enact(?:s|ing|ed)?|analy[sz](?:e|es|ing|ed)|"
                               r"stud(?:y|ies|ying|ied)|nachspielen|rejouer|reproducir|rigiocare)[ \t]+)$")
_CLASSIC_GAMES_AFTER = regex.compile(
    r"(?:['’]s)?[ \t]+(?i:classic|famous|immortal|historic|legendary|best|greatest|celebrated|world[ \t]+championship|"
    r"title|candidates)[ \t]+(?i:games|partien|parties|partidas|partite|partie)(?![\p{L}\p{M}])")
_TALK_ON_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:talks?|lectures?|study[ \t]+evenings?|study[ \t]+sessions?|seminars?|colloquium|"
    r"presentations?|reading[ \t]+group|vortrag|vorträge|vortragsabend|conférence|"
    r"charla|conferencia|conferenza|přednáška|lezing|wykład|лекция|доклад)[ \t]+(?:on|about|über|sur|sobre|su|"
    r"o|over|об|о)[ \t]+(?:\p{Lu}{_L}*(?:[ \t]+\p{Lu}{_L}*){0,2}[ \t]*(?:,|and|und|et|y|e|i|a|и)[ \t]+){0,3})$".replace(
        "{_L}", _L))


# --- Speakers under a keynote's or a line-up's header: "Day 2: X", "Closing panel chaired by X", "Keynote: X".
_LINEUP_HEADER = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:keynotes?|line-?up|speakers?[ \t]+line-?up|"
                               r"hauptredner\p{L}*|ponentes[ \t]+principales|conférenciers)(?![\p{L}\p{M}]))")
_LINEUP_SLOT_BEFORE = regex.compile(
    r"(?i:(?:^|\n)[ \t]*(?:day|tag|jour|día|dia|giorno|den)[ \t]*\d{1,2}[ \t]*[:–—-][ \t]*|"
    r"(?:^|\n)[ \t]*keynote[ \t]*\d{0,2}[ \t]*[:–—-][ \t]*|"
    r"(?<![\p{L}\p{M}])(?:chaired|moderated|hosted|introduced|opened)[ \t]+by[ \t]+|"
    r"(?<![\p{L}\p{M}])keynote[ \t]+(?:by|from|speaker)[ \t]+)$")


# --- A name with its sport, its stage calling or its company's chief office apposed, in a sentence about what they
# said in public ("X (figure skating) no kinou no interview", "Das Statement von X (Schlagersängerin)", "X (Google CEO)
# ka interview dekha", "Le speech de X (rugby)"): a public figure's interview, speech or statement. A private cue
# keeps it ("interview with my cousin X (boxing)"); a job ("X (accountant)") is no such calling.
_PUBLIC_CALLING = (r"(?i:figure[ \t]+skating|skating|speed[ \t]+skating|boxing|tennis|football|soccer|baseball|basketball|"
                   r"cricket|rugby|golf|athletics|swimming|cycling|formula[ \t]+(?:1|one)|f1|mma|judo|sumo|skiing|"
                   r"ski[ \t]+jumping|snowboarding|gymnastics|marathon|chess|"
                   r"singer|pop[ \t]+(?:star|singer)|rapper|k-pop[ \t]+idol|actor|actress|film[ \t]+star|"
                   r"s[äa]nger(?:in)?|schlagers[äa]nger(?:in)?|popstar|schauspieler(?:in)?|chanteuse|chanteur|actrice|"
                   r"acteur|cantante|actriz|attore|attrice|piosenkarka|piosenkarz|aktor(?:ka)?|zpěvák|zpěvačka)|"
                   r"\p{Lu}[\p{L}&.-]*[ \t]+(?:CEO|chief[ \t]+executive|founder|Gründer(?:in)?|fondateur|fundador(?:a)?)")
_CALLING_APPOSED = regex.compile(
    rf"[ \t]*(?:\([ \t]*(?:{_PUBLIC_CALLING})[ \t]*\)|,[ \t]+(?i:the|el|la|der|die|le|il)?[ \t]*(?:{_PUBLIC_CALLING}),)")
_PUBLIC_WORDS = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:interviews?|speech|statement|press[ \t]+conference|remarks|keynote|tweets?|"
    r"interview|rede|pressekonferenz|statement|discours|déclaration|conférence[ \t]+de[ \t]+presse|entrevista|"
    r"discurso|declaraciones|rueda[ \t]+de[ \t]+prensa|intervista|dichiarazion[ei]|conferenza[ \t]+stampa|"
    r"wywiad|przemówienie|rozhovor|projev|интервью|речь|заявление)(?![\p{L}\p{M}]))")


def public_performance(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is written in a public role (see the module's docstring), with no possessive,
    relation or private cue near it on its line."""
    lo = max(0, start - 120)
    if _ENSEMBLE_PLAYS.search(text, max(0, start - 60), start) and not _possessive_after(text, end):
        return not _private_before(text, start, 60)
    if _PROGRAMME_LINE_BEFORE.search(text, max(0, start - 8), start) and _WORK_AFTER.match(text, end) and (
            _CONCERT_BEFORE.search(text, max(0, start - 300), start)):
        return not _private_on_line(text, start, end)
    if _LIVE_DOORS_AFTER.match(text, end) or (_BILLED_LABEL_BEFORE.search(text, max(0, start - 40), start) and (
            _BILL_ON_LINE.search(text, text.rfind("\n", lo, start) + 1, _line_end(text, end)))):
        return not _private_on_line(text, start, end)
    if _SAW_BEFORE.search(text, max(0, start - 20), start) and _PLAYED_THERE_AFTER.match(text, end):
        return not _private_before(text, start, 60)
    line = text.rfind("\n", max(0, start - 300), start) + 1
    for cue in _RECORD_CUE.finditer(text, max(line, start - 300), start):
        if not _NOT_PUBLIC_RECORD.search(text, max(0, cue.start() - 20), cue.start()) and (
                _LIST_TO_NAME.match(text, cue.end(), start)):
            return not _private_on_line(text, start, end)
    if _REPLAY_BEFORE.search(text, max(0, start - 20), start) and _CLASSIC_GAMES_AFTER.match(text, end):
        return not _private_before(text, start, 60)
    if _TALK_ON_BEFORE.search(text, max(0, start - 80), start) and not _possessive_after(text, end):
        return not _private_on_line(text, start, end)
    if (called := _CALLING_APPOSED.match(text, end)) is not None and _PUBLIC_WORDS.search(
            text, text.rfind("\n", max(0, start - 120), start) + 1, _line_end(text, called.end(), 120)):
        return not _private_on_line(text, start, end)
    if _LINEUP_SLOT_BEFORE.search(text, max(0, start - 40), start):
        header = _LINEUP_HEADER.search(text, max(0, start - 300), start)
        return header is not None and not _private_on_line(text, start, end) and not _PRIVATE_NEAR.search(
            text, header.start(), start)
    return False


# --- Venues, events and groups by the noun that ends their name. None of these nouns is a surname.
_VENUE_HEAD = regex.compile(
    r"(?<![\p{L}\p{M}])(?:Oranger(?:y|ie)|Loft|Lofts|Guild|Manor|Clean-?[Uu]ps?|Cleanup|\p{Lu}?\p{L}*Summit|Festival|"
    r"Fest|Marathon|Expo|Arena|Concert[ \t]+Hall|Town[ \t]+Hall|Village[ \t]+Hall|Sports[ \t]+Hall|Music[ \t]+Hall|"
    r"Country[ \t]+House|Guest[ \t]+House|Guesthouse|Coworking|Co-working|Hub|Choir|Orchestra|Ensemble|Brass[ \t]+Band|"
    r"Big[ \t]+Band|Chorale|Chorus|Philharmonic|Sinfonietta|Collective|Co-op|Cooperative|League|Federation|Meetup|"
    r"Hackathon|Conference|Congress|Symposium|Gala|Fundraiser|Fête|Fete|Carnival|Parade|Regatta|Triathlon|Relay|"
    r"Half[ \t]+Marathon|Beekeepers|Allotments?|Racecourse|Velodrome|Lido|Campground|Campsite|Hostel|Winery|Vineyard|"
    r"Distillery|Taproom|Brewpub|Bistro|Brasserie|Trattoria|Pizzeria|Bakehouse|Creamery|Boathouse|Clubhouse|"
    r"Pavilion|Planetarium|Observatory|Arboretum|Conservatory|Greenhouse|Ballroom|Banquet[ \t]+Hall|"
    # shops and homes of care by their trade ("X Medicals", "X Chemist", "St. X Maternity Home", "X Frank Huis")
    r"Medicals|Chemists?|Druggists?|Opticians|Maternity[ \t]+Home|Nursing[ \t]+Home|Care[ \t]+Home|Huis)"
    r"(?:[ \t]+(?:Association|Society|Club|Group|Committee|Team|Night|Day|Weekend|Series|Cup|Trophy))?$")
# Heads that are also (rare) surnames: after a known given name they stay a person's ("Anna Guild", "Maria Arena").
_SURNAME_LIKE = regex.compile(r"(?:Guild|Manor|Loft|Lofts|Hub|Arena|Fest|League|Gala|Lido|Chorus|Relay|Parade|Carnival|"
                              r"Pavilion|Winery|Vineyard|Collective|Huis)(?![\p{L}\p{M}])")
_ROOM_BEFORE_QUOTE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:(?:meeting|conference|seminar|board|training|reading|lecture)[ \t]+)?(?:rooms?|suites?|"
    r"lounges?|halls?|salle|sala|saal|raum|zaal|sal|sál|místnost|zasedačka))[ \t]+\\?[\"“„«‘'‚]$")
_QUOTE_AFTER = regex.compile(r"\\?[\"”“«»’'‘]")
_WORDS_AFTER = regex.compile(r"(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}&'’.-]{0,30}|Clean-up)){1,4}")
_THE_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:the|in[ \t]+the|at[ \t]+the)[ \t]+)$")
_HALL = regex.compile(r"[ \t]+(?:Hall|Auditorium|Aula|Room|Wing|Building|Library|Lecture[ \t]+Theatre)(?![\p{L}\p{M}])")


def venue_by_head(text: str, start: int, end: int) -> bool:
    """[start, end), or it and the capitalised words right after it on its line, is a name of two words or more
    ending in a venue's, an event's or a group's noun (_VENUE_HEAD), not led by a known given name; or "the X Hall"
    (the article before the name, a building's noun after it)."""
    value = text[start:end].strip()
    if _ROOM_BEFORE_QUOTE.search(text, max(0, start - 24), start) and _QUOTE_AFTER.match(text, end):
        return True  # 'Meeting room "X" is bookable', 'Saal „X"': a room named after somebody
    first = fold_ascii(value.split()[0]) if value.split() else ""
    led_by_given_name = first in name_lists()[0]
    candidates = [value]
    if not led_by_given_name and (rest := _WORDS_AFTER.match(text, end)) is not None and _WORDS_AFTER.match(
            text, rest.end()) is None:
        candidates.append(value + rest.group(0))  # the whole run of capitalised words after it ("X Quilting Guild";
        # not "X Festival" of "Ask X Festival Director", nor anything after a given name: "Ask Jana Novak Festival")
    for candidate in candidates:
        head = _VENUE_HEAD.search(candidate) if len(candidate.split()) >= 2 else None
        if head is not None and not (led_by_given_name and _SURNAME_LIKE.match(head.group(0))):
            return True
    if led_by_given_name:
        return False
    hall = _HALL.match(text, end)
    if value.endswith(" Hall"):
        return _THE_BEFORE.search(text, max(0, start - 12), start) is not None and len(value.split()) >= 2
    return hall is not None and _THE_BEFORE.search(text, max(0, start - 12), start) is not None


# Round 39 (kopje): a theme, a style or a look named after a figure, glued to the name by a hyphen ("Sherlock
# Holmes-themed barber night", "a Bond-style tuxedo", "Frida Kahlo-inspired brows", "Gatsby-esque"): the figure lends
# a look to a thing; nobody's data. A private person lends no theme ("my sister Anna-themed" is no way of writing).
# (round 41, arroyo: a practice model after its thinker, "Emmi Pikler-informed", "Bronfenbrenner-based")
_THEMED = regex.compile(r"(?i:-(?:themed|theme|style|styled|inspired|esque|branded|look|looks|informed|based|derived|"
                        r"influenced|oriented|approach|method)(?![\p{L}\p{M}]))")


# Round 42 (knoll): the name, or a pair of names, quoted and then called a theme ("'Bella and Edward' themed parties",
# "a 'Jane Eyre' theme"): characters lending a party its look.
_QUOTE_OPENS_BEFORE = regex.compile(rf"['‘\"“«](?:{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?[ \t]+(?:and|&)[ \t]+)?$")
_QUOTED_THEME_AFTER = regex.compile(rf"(?:[ \t]+(?:and|&)[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)?['’\"”»][ \t]*-?"
                                    r"[ \t]*(?i:themed|theme|style|styled|inspired)(?![\p{L}\p{M}])")


def themed_after_a_figure(text: str, start: int, end: int) -> bool:
    """[start, end) ends in, or stands right before, a hyphenated theme's or style's word (_THEMED), or is quoted and
    called a theme (_QUOTED_THEME_AFTER)."""
    value = text[start:end].rstrip()
    at = value.rfind("-")
    return (at > 0 and _THEMED.fullmatch(value, at) is not None) or _THEMED.match(text, end) is not None or (
        _QUOTED_THEME_AFTER.match(text, end) is not None and _QUOTE_OPENS_BEFORE.search(
            text, max(0, start - 40), start) is not None)
