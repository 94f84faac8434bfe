"""Round 28 (issue 12, PERSON spans on benign records): historical and public figures written about as such, and
organisations, rooms, breeds and pets read as a person.

Figures: life dates beside another mention of the same name (history.life_dates_elsewhere), a place renamed or named
after somebody, an apposition dating them in history or naming their legacy, a top office left at a named company,
what they said in public, their books, a style named after them (pii._LEGACY_BEFORE, _LEGACY_AFTER), a genitive
before "biography". Things: a business noun the name table lacks closing the name (names.business_noun), "& <plural
noun>" after it (names.joined_business_noun), a facility's Title-case word with a word that ranks as no name
(names._titled_facility), a breed's type noun after a name and a pet's lone name after its breed (names.breed_or_pet).

Near misses stay detected: a private relative with life dates of a living generation, a possessive before the name, a
founder of "our" business, somebody's room with its number, a person whose surname is a common noun, a friend "&
Friends". Our own phrasings and invented or public names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals import history, names
from gateway.signals.pii import PiiDetector, _LEGACY_AFTER, _LEGACY_BEFORE, _cast_of_a_pastiche, _name_made_a_word


FIGURES = [
    # life dates on another mention of the same name
    "Erratum: last week's feature misspelt the name of Józef Wybicki.\nCorrect: Józef Wybicki (1747-1822), poet.",
    "Notre article sur Olympe de Gouges contenait une erreur.\nDates exactes : Olympe de Gouges (1748-1793).",
    # a place renamed or named after them
    "Petition: renaming the library after Marie Skłodowska-Curie would honour the town's history.",
    "Die Schule wird umbenannt nach Bertha von Suttner, so der Gemeinderat.",
    "Proposal: the footbridge named after Isambard Kingdom Brunel needs repainting.",
    # an apposition that dates them or names their legacy
    "For the newsletter, two lines on Joseph Rowntree, founder of the model village at New Earswick.",
    "Quick intro on Angela Burdett-Coutts, whose 1862 housing scheme still stands in Bethnal Green.",
    "A paragraph about Elizabeth Fry, the Victorian prison reformer, for our volunteers' handbook.",
    # a public office left at a named company; public statements; books; a style
    "Discussion prompt: Ursula Burns stepped down as chief executive of Xerox in 2016. What changed?",
    "Please summarise what Jensen Huang has said publicly about chip export rules.",
    "Gerald Durrell wrote about his family on Corfu; suggest two of his books for the library's display.",
    "Draw the organisation chart (Frank Gilbreth style) for the depot's night shift.",
    # a genitive before "biography"
    "Team reading: lessons from Frances Perkins's biography on coalition building.",
    # a word the language made of the name; a landmark of theirs
    "Intro on Margaret Thatcher for the seminar: how did Thatcherism change council housing?",
    "A few lines on Antoni Gaudí, whose Barcelona apartment block is a tourist attraction today.",
    # the cast of a scene one is asked to imagine with a listed character
    "Writing practice: imagine Hercule Poirot and Captain Hastings on a train. Madame Lefort in the next seat snores.",
    # a statistic named after its author
    "Inter-rater reliability: Fleiss kappa = 0.71 across the three coders.",
]


@pytest.mark.parametrize("text", FIGURES)
def test_figures_written_about_as_such_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


THINGS = [
    "Invoice from Brookmere Homecare for the March visits.",
    "Listing by Zuiderhaven Vastgoedbeheer: 3-room flat, available now.",
    "Contact Lindenhof Hausverwaltung about the heating.",
    "Thanks to Ravensmoor Cattery & Kennels for boarding the cats.",
    'Device enrolled via profile "Hopper Suite". Status: compliant',
    'Enrolled via MDM profile "Lovelace Room"; battery 91%.',
    "Boarding note: King Charles spaniel Biscuit needs the blue bowl.",
    "Vet summary: Border terrier Pip had the booster on Friday.",
    "Reminder: Bramble the dachshund is due for a nail trim.",
    # a title made of the text's own common nouns
    "I run a small business as a window cleaner and gutter fitter.\nCleaner Fitter checklist\nDate: ____",
]


@pytest.mark.parametrize("text", THINGS)
def test_organisations_rooms_breeds_and_pets_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


PRIVATE_PEOPLE = [
    "Obituary draft for my grandfather Tadeusz Wróblewski (1931-2019), a carpenter from Łódź.",
    "Family notice: Halina Bartosik (1938-2021) passed away; please keep her in your prayers.",
    "My great-grandmother Ingrid Solheim (1879-1951) kept this diary; can you transcribe page 2?",
    "Write a tribute to Dorota Lis, founder of our family bakery, for her retirement party.",
    "Our founder Kasper Vinding, whose 1998 idea started the firm, turns 70 next week.",
    "We are renaming the baby after my mother Agnieszka Wolny.",
    "Please book Marta Kowalczyk Room 12 for the night.",
    "Lisa Ward will cover the night shift.",
    "Please ask Tom Baker about the keys; Helen Fisher sent the form.",
    "Invitation list: Agnieszka Wolny & Friends, table 3.",
    "Jakub Nowicki resigned as chief executive of Nowicki Transport last week; update his HR file.",
    "Anna Walker is our new dog walker; her first shift is Monday.",
    "Dorota Lis, founder of Lis Cleaning, called about the unpaid invoice.",
    "Imagine Sherlock Holmes solving this: my neighbour Gerda Halvorsen keeps taking our parcels.",
    "Rose Baker, the baker on our street, sells rose buns.",
    "Write a note to Greta Lindqvist, whose 1890s farmhouse we are renting.",
]


@pytest.mark.parametrize("text", PRIVATE_PEOPLE)
def test_private_people_near_the_same_words_stay_detected(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text), _spans(detector, text)


def test_business_noun_needs_an_unknown_word_and_a_trade_ending() -> None:
    """Rare surnames made of two words stay names; a listed word is never a business noun here."""
    assert names.business_noun("Homecare") and names.business_noun("Vastgoedbeheer")
    assert not names.business_noun("Goodbody") and not names.business_noun("Mallery")
    assert not names.business_noun("Baker")


@pytest.mark.parametrize("unit", ["Aa Bb (1800-1850) ", "Aa Bb ", "renaming the square after ", ", founder of ",
                                  " & Kennels ", " terrier ", "Aa Room ", "imagine Sherlock Holmes ", "Aa Bb Aaism "])
def test_bounded_cost(unit: str) -> None:
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    began = time.perf_counter()
    for at in range(1000, 200_000, 20_000):
        history.life_dates_elsewhere(text, at, at + 5)
        _LEGACY_BEFORE.search(text, max(0, at - 40), at)
        _LEGACY_AFTER.match(text, at)
        names.joined_business_noun(text, at)
        names.breed_or_pet(text, at, at + 5)
        names.words_used_as_nouns(text, at, at + 5)
        _cast_of_a_pastiche(text, at)
        _name_made_a_word(text, at, at + 5)
    assert time.perf_counter() - began < scaled(1.0)
