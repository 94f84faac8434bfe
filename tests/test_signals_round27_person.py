"""Round 27 (issue 12, PERSON spans on benign records): names written in a public role, and venues, events and groups
whose names end in their common noun (gateway/signals/performers.py).

Public roles: the music an ensemble plays, a concert programme's "X: motet" line, a bill ("X live, doors 19:00",
"Soloist: X · Venue: ..."), a performer seen somewhere in a sentence asking for that programme, athletes listed as
record holders or champions, a chess master's classic games replayed, a lecture's subject, speakers on a keynote
line-up. Venues and events: "<place> Orangery", "<place> Coworking Loft", "<place> Park Clean-up", "<place> Quilting
Guild", "the X Hall", 'meeting room "X"'.

Near misses stay detected: a relative or a guest beside the same words, a singer's voice part on a choir's list, a
private runner's entry, a club's own record list, a soloist who is somebody's sister, a speaker who is "our intern", a
given name before a venue's noun that is also a surname. Our own phrasings and invented or public names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals import performers
from gateway.signals.pii import PiiDetector


PUBLIC_ROLES = [
    # the music an ensemble plays, in five languages
    "For the dinner the string quartet plays Dobrinka Tabakova while guests find their seats.",
    "Beim Empfang spielt das Streichquartett Arvo Pärt, danach gibt es Kuchen.",
    "Pendant le cocktail, le quatuor joue Lili Boulanger.",
    "Durante el cóctel el cuarteto toca Xavier Montsalvatge.",
    "Il quartetto suona Ottorino Respighi durante l'aperitivo.",
    # a concert programme's lines
    "Autumn recital – programme\nPēteris Vasks: motet\nOla Gjeilo: suite\nEsa-Pekka Salonen – Concerto No. 2",
    "Konzertprogramm\nFanny Hensel: Sonate\nLili Boulanger: Psalm 24",
    # a bill
    "What's on – Harbour Arena\nAnoushka Shankar live, doors 19:30.\nNo re-entry.",
    "Season programme\nSoloist: Sol Gabetta · Venue: Tonhalle · Tickets: box office",
    # seen somewhere, the sentence asking for what was played there
    "We heard Sheku Kanneh-Mason at the Barbican and would love that programme for our ceremony.",
    # athletes by their public record
    "Press notes\nCourse record holders invited: Joshua Cheptegei, Letesenbet Gidey.\nStart 09:00.",
    "Weltrekordhalter eingeladen: Faith Kipyegon, Mondo Duplantis.",
    # a chess master's games; a lecture's subject
    "Club night: we are replaying Hou Yifan's classic games on the demo board.",
    "Thursday: a talk on Ada Lovelace, then tea.",
    "Vortrag über Lise Meitner und Otto Hahn am Donnerstag, 19 Uhr.",
    "Autumn programme\nStudy evenings on Hildegard of Bingen and Meister Eckhart and Rabbi Hillel, Thursdays.",
    # a sport, a stage calling or a company's chief office apposed, in a sentence about what they said in public
    "Shiffrin Mikaela (skiing) no kinou no interview, eigo de matomete",
    "Das Interview mit Herbert Grönemeyer (Sänger) war ziemlich gut.",
    "Satya Nadella (Microsoft CEO) ka speech dekha, summary do",
    "Le discours de Teddy Riner (judo) hier était top.",
    # speakers on a keynote line-up
    "Summit 2027 – keynote line-up\nDay 1: Fei-Fei Li\nDay 2: Timnit Gebru\nClosing panel chaired by Kate Crawford",
]


@pytest.mark.parametrize("text", PUBLIC_ROLES)
def test_names_in_a_public_role_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


PRIVATE_PEOPLE = [
    "My cousin Ondřej Lukeš plays at our wedding, then the quartet takes over.",
    "The string quartet plays my cousin Marta Kowalczyk's song for the first dance.",
    "Guest list: Ondřej Lukeš, table 4; Marta Kowalczyk, table 6.",
    "Choir roster\nMarta Kowalczyk: alto\nOndřej Lukeš: bass",
    "Marta Kowalczyk: finale rehearsal is on Monday, bring your folder.",
    "Marta Kowalczyk — Nr. 2 75 10 78 945 364 97",  # a number after the dash: the person's ID, no work's
    "Ondřej Lukeš — No. 790628/8126",
    "Room allocation\nMarta Kowalczyk: suite\nOndřej Lukeš: double",  # a hotel's room types, no programme
    "Soloist: Marta Kowalczyk (my sister) · Venue: St Anne's",
    "Soloist: Marta Kowalczyk, our alto",
    "Runner: Ondřej Lukeš, bib 233, finish 3:12:40",
    "Club record holders: Marta Kowalczyk, Ondřej Lukeš",
    "We saw Ondřej Lukeš at the Rudolfinum yesterday; he looked tired.",
    "Club night: Marta Kowalczyk's games from last week are on the board.",
    "A talk about my grandmother Marta Kowalczyk, who ran the bakery.",
    "Conference keynote line-up\nDay 1: Marta Kowalczyk, our intern",
    "Job interview: Marta Kowalczyk (accountant) at 10:00",
    "Interview with my cousin Marta Kowalczyk (boxing) for the school paper",
    "Coaches on Saturday: Marta Kowalczyk (boxing), Ondřej Lukeš (tennis)",
    "Statement from Marta Kowalczyk (singer), our neighbour, about the noise",
    "Interview: Marta Kowalczyk (company CEO) next week",
]


@pytest.mark.parametrize("text", PRIVATE_PEOPLE)
def test_private_people_beside_the_same_words_stay_detected(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text), _spans(detector, text)


VENUES = [
    "Kettering Orangery – order export\nTable: 8\nMenu: vegetarian",
    "Třebíč Coworking Loft – how it works",
    "Pelotas Park Clean-up – thank-you post draft",
    "בית שאן Quilting Guild – form template v3",
    "Самара Manor – form template v2",
    "Tromsø DevSummit – registration form",
    "Event listing – Sligo Concert Hall\nDoors 19:00.",
    "Open evening in the Montessori Hall, Thursday 18:00.",
    'Meeting room "Rosalind Franklin" is bookable via the app.',
    "Our shop Ganesh Medicals is next to the bus stand.",
    "Deliveries for Kofi Chemist: use the rear door.",
    "Clinic location: St. Agnes Maternity Home, opposite the market.",
]


@pytest.mark.parametrize("text", VENUES)
def test_venues_events_and_groups_by_their_noun_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Marta Guild will bring the cake.",  # a given name before a noun that is also a surname
    "Ondřej Manor called about the invoice.",
    "Please ask Marta Kowalczyk about the orangery booking.",
    "Jerry Hall called me yesterday.",  # "Hall" without the article: a surname
    "Tickets: ask Kristýna Bártová Festival Director, she decides.",  # a person with her title after
    "Tickets: ask Bártová Festival Director Kristýna, she decides.",
    "Please call Marieke ten Huis about the lease.",
])
def test_people_near_venue_nouns_stay_detected(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("unit", [
    "Quartet plays ", "X: motet\n", "Course record holders invited: ", "Aa Bb, ", "replaying ", "talk on ",
    "Day 1: ", "Soloist: ", " live, doors ", "Aa Bb Cc Dd ", "room \"", "We saw ", " (boxing) interview ",
    "Aa and ", "Aa Bb CEO) ",
])
def test_bounded_cost(unit: str) -> None:
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    began = time.perf_counter()
    for at in range(1000, 200_000, 20_000):
        performers.public_performance(text, at, at + 10)
        performers.venue_by_head(text, at, at + 10)
    assert time.perf_counter() - began < scaled(1.0)
