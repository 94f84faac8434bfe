"""Round 23 (issue 12, scree): names written by the conventions of other cultures, and what makes them public or private.

- A record's note that the entry is a public figure's or a public reference work's ("Public figure, for the quiz
  card", "Entry for the school encyclopedia page", "Museum label draft", "Used as an example in our style guide",
  "Person des öffentlichen Lebens", "personnalité publique", "figura histórica") names no private person; a note that
  denies it ("not a public figure") or a possessive on the name's line keeps the name a person's.
- A name given as the example of a naming convention ("family name first, as in X", "names like X", "authors like
  X", "am Beispiel X", "por ejemplo X", Arabic "مع مثال X", Telugu "X వంటి పేర్లు") or as the author one cites ("how
  to cite X", Hungarian "idézni X nevét") is the convention's example; with a possessive or relation it is a person.
- A whole name in quotation marks that its line asks about as a name (its initials, its surnames, its particle's
  capital, its citation) is an example; a JSON or form value ("name": "X") and a record's person ("this patient is
  "X"") are not.
- A made-up name after the word that says so ("the placeholder "X"", "dummy name:", "Platzhalter", Vietnamese "tên
  mẫu") and Hungarian "Minta" (sample) leading a name are stand-ins.
- A listed figure written family name first ("ZOLA Émile", "Bartók Béla") is the listed figure.
- An organisation named by a Dutch trade after a family name ("… Makelaars", "… Advocaten") or led by a Malay /
  Indonesian house of worship or school ("Masjid …", "Sekolah …"), also when the model keeps only the name's tail.
- A profile for a history podcast or class, a piece for schoolchildren, a reading list about X, "X is remembered in
  every textbook": history's and school's figures (not a family's or a patient's history).
- The way asked to a place ("directions to X from the airport") names a place, not a person ("X's house" stays).
- The lower-case abbreviations "geb.", "b.", "d." end no sentence ("X (geb. Schindler) for a history podcast").
- Scripts without case: a person-record's labels and the words for names ("பிறந்த தேதி", "الأسماء العربية") are no
  name; Pashto "نوم:" and Mongolian "Нэр:" label a name; a URL query's value opens a field ("?line=ስም: ...").
- Recall: "X is my neighbour" / "X ist mein Kollege" (a name before its relation), an initial after a colon in prose
  ("front desk: B. Yamini called").
Our own phrasings and values; near misses stay detected."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(PiiSettings())


def _persons(detector: PiiDetector, text: str) -> list[str]:
    return [text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON"]


# --- a record's note that marks a public entry
@pytest.mark.parametrize("text", [
    "Sort key please.\nName: Teodor Vasquez-Illan\nPublic figure, for the trivia night card.",
    "Check the display form.\nName: Ingrid Solveigsdóttir\nHistorical person — entry for the school encyclopedia.",
    "Formatiere den Eintrag.\nName: Teodor Vasquez-Illan\nEintrag für das Schullexikon.",
    "Name: Teodor Vasquez-Illan\nPerson des öffentlichen Lebens, für die Quizkarte.",
    "Nom : Teodor Vasquez-Illan\nPersonnalité publique, notice pour l'encyclopédie de l'école.",
    "Nombre: Teodor Vasquez-Illan\nFigura histórica, para la tarjeta del concurso.",
    "Name: Ingrid Solveigsdóttir\nMuseum label for the Viking-age room.",
    "Name: P. V. Raghunathan\nUsed as an example in the style guide.",
    '{"entry": "Name: Teodor Vasquez-Illan\\nHeading of the reading-list section."}',
])
def test_public_entry_note_clears_the_name(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text) == []


@pytest.mark.parametrize("text", [
    "Name: Teodor Vasquez-Illan\nNot a public figure — a new customer, call back tomorrow.",
    "Name: my aunt Ingrid Solveigsdóttir\nEntry for the school encyclopedia page.",
    "Name: Teodor Vasquez-Illan\nPhone: 0171 555 2323\n\nThe museum label is due Friday.",
    "Name: Teodor Vasquez-Illan\nStyle guide 4.2: particles stay lower case.",
    "Name: Teodor Vasquez-Illan\nSales rep, encyclopedia division.",
])
def test_private_entries_stay_detected(detector: PiiDetector, text: str) -> None:
    assert any("Vasquez" in p or "Solveigsdóttir" in p for p in _persons(detector, text))


# --- a name given as a convention's example, or cited
@pytest.mark.parametrize("text", [
    "In Vietnamese the family name comes first, as in Trần Hưng Đạo. How should a bibliography sort it?",
    "Why did writers like P. V. Raghunathan sign with initials only?",
    "Explain why some magazines print names like Szabó Magda family name first.",
    "How should I cite Halldóra Ketilsdóttir (geb. Brandt) — maiden or married name?",
    "Was bedeutet „geb.“? Erkläre es am Beispiel Halldóra Ketilsdóttir (geb. Brandt).",
    "Explica el orden de los apellidos, por ejemplo Gertrudis Alcaraz de Villena.",
    "اشرح ترتيب الأسماء مع مثال Halldóra Ketilsdóttir.",
    "Hogyan kell idézni Szabó Magda nevét egy angol dolgozatban?",
])
def test_convention_examples_are_clean(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text) == []


@pytest.mark.parametrize("text", [
    "My colleague, e.g. Halldóra Ketilsdóttir, has a patronymic — which field is the surname?",
    "Family name first, as in my neighbour Szabó Magda's passport — fix the record.",
    "Please call Halldóra Ketilsdóttir about her name order.",
    "Book it family name first, as in Szabó Magda's passport scan.",
    "Registra a la paciente como Gertrudis Alcaraz Villena, con sus dos apellidos.",
])
def test_convention_near_misses_stay_detected(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text)


# --- a quoted name asked about as a name
@pytest.mark.parametrize("text", [
    'Expand the initials in "P. V. Raghunathan" and explain the convention.',
    '¿Por qué "Gertrudis Alcaraz de Villena" lleva dos apellidos?',
    'In the citation "Gertrudis Alcaraz de Villena", which surname is the sort key?',
    'Capitalisation check: is it "Pieter van Dorsselaer" or with a capital particle?',
    '"P. V. Raghunathan" என்ற பெயரில் உள்ள முதலெழுத்துகள் என்ன?',
])
def test_quoted_names_asked_about_are_clean(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text) == []


@pytest.mark.parametrize("text", [
    'This patient is "Gertrudis Alcaraz de Villena" — which surname goes first?',
    '{"name": "Gertrudis Alcaraz de Villena", "note": "which surname first?"}',
    'My aunt "Gertrudis Alcaraz de Villena" — which surname goes first?',
])
def test_quoted_private_names_stay_detected(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text)


# --- stand-ins, listed figures in family-name-first order, organisations
@pytest.mark.parametrize("text", [
    'Is the Spanish "de" still used in married names (say the placeholder "Lucía Varga de Soto")?',
    "Dummy name: Lucía Varga de Soto — replace before printing.",
    'Tên mẫu "Minta János" dùng ở đâu?',
    "Write a museum label for a letter signed \"ZOLA Émile\".",
    "Name: ZOLA Émile",
    "Draft an invoice reminder to De Hoogeveen Makelaars, accounts payable.",
    'Is it correct to write "Masjid Sayyidina Umar" with the honorific?',
])
def test_stand_ins_figures_and_organisations_are_clean(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text) == []


@pytest.mark.parametrize("text", [
    "Name: ZOLA Pierrick",
    "the sample Lucía Varga sent was lost, please call her",
    "Meet Lucía Varga at Hotel Lucía Varga tomorrow.",
])
def test_stand_in_near_misses_stay_detected(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text)


# --- history, school, the way to a place
@pytest.mark.parametrize("text", [
    "Write a 100-word profile of Halldóra Ketilsdóttir (geb. Brandt) for a history podcast.",
    "Give me a reading list about Halldóra Ketilsdóttir for a school project.",
    '"Szabó Magda is remembered in every textbook." Translate it, keeping the name order.',
    "Write a short introduction to Halldóra Ketilsdóttir for primary-school pupils.",
    "Give me directions to M. G. Nagar from the railway station.",
])
def test_history_school_and_places_are_clean(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text) == []


@pytest.mark.parametrize("text", [
    "Write a profile of Teodor Vasquez-Illan (geb. Kranz) for our family history podcast.",
    "Teodor Vasquez-Illan is remembered by all his colleagues.",
    "Give me directions to Lucía Varga's house.",
    "Write a note about my neighbour Teodor Vasquez-Illan for primary school students.",
])
def test_history_near_misses_stay_detected(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text)


# --- scripts without case
@pytest.mark.parametrize("text", [
    "பெயர்: ______\nபிறந்த தேதி: ______\nமுகவரி: ______",
    'اشرح معنى "بن" في الأسماء العربية.',
])
def test_uncased_labels_are_clean(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text) == []


@pytest.mark.parametrize("text", [
    "نوم: شاه ولي\nThe visa form wants a surname.",
    "Нэр: Батбаярын Солонго\nХаяг: Улаанбаатар",
    "https://forms.example-cdn.net/r.png?form=intake&line=ስም:+ሰላማዊት+ወርቅነህ",
    "பெயர்: கார்த்திகேயன் சுப்பிரமணியம்\nபிறந்த தேதி: 12.03.1988",
])
def test_uncased_and_new_labels_find_the_name(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text)


# --- recall: a name before its relation, an initial after a colon
@pytest.mark.parametrize("text", [
    "Palwasha is my neighbour and asked me to fill in her visa form.",
    "Ostap ist mein Kollege, bitte prüfe seinen Antrag.",
    "Nour est ma voisine, elle a besoin d'aide.",
    "Reception note: K. Lavanya called about the bill.",
])
def test_names_before_relations_and_initials_are_found(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text)


@pytest.mark.parametrize("text", [
    "This is my neighbour's dog.",
    "Apple is our client since 2019.",
    "Paris is my favourite city.",
    "Section: A. Introduction",
])
def test_relation_near_misses_stay_clean(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text) == []


# --- bounded cost: the new scans over 200 KB of their own adversarial characters, each well under a second
@pytest.mark.parametrize("text", [
    "Ab " * 70_000,
    "e.g. " * 40_000,
    ("Name: Ab Cd\n" + "lexikon" * 30) * 600,
    '"' + "Ab. " * 50_000 + '"',
    "?a=" * 60_000,
    "geb. " * 40_000,
    "directions to " * 15_000,
    "Ab is my " * 22_000,
    "\\n" * 100_000,
    "entry " + "lexikon" * 28_000,
    " entry lexikon" * 14_000,
])
def test_bounded_cost(text: str) -> None:
    from gateway.signals import names
    text = text[:200_000]
    middle = len(text) // 2
    started = time.perf_counter()
    names._names_before_their_relation(text)
    for at in (0, middle, len(text) - 3):
        end = min(len(text), at + 3)
        names.public_entry_note(text, at, end)
        names.convention_example(text, at, end)
        names.quoted_name_asked_about(text, at, end)
        names.stand_in_name(text, at, end)
        names.way_to_a_place(text, at, end)
        names._sentence(text, at, end)
    assert time.perf_counter() - started < scaled(1.0)


def test_bounded_cost_of_query_value_labels() -> None:
    """A URL query's value opening a label (a lookbehind of 31 characters at most): the label scans stay linear."""
    from gateway.signals import names
    text = ("?a=" * 70_000)[:200_000]
    started = time.perf_counter()
    list(names._UNCASED_NAME_LABEL.finditer(text))
    assert time.perf_counter() - started < scaled(1.0)
    started = time.perf_counter()
    names._labelled(text)
    assert time.perf_counter() - started < scaled(3.0)  # main's own cost on this input is ~0.7 s on the shared 2-core VM
