"""Round 21 (issue 12, after the oxbow first look): who the data subject is, and when.

1. People dead for generations (history.long_dead): a name whose own entry dates a life event in or before 1905
   (a register line, a family tree's generation, a memorial stone), or whose yearless entry stands under a register's
   heading dated that old in a text with no recent year, is nobody's personal data now. A living relative ("Living:",
   a recent or a possible living person's birth year), a first-person possessive, a recent year anywhere in a yearless
   entry's text, or a founding year as the "heading" keep the name flagged.

The phrasings are this file's own, in several languages; each class has near misses that stay flagged.
"""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals import scan_scope
from gateway.signals.history import long_dead
from gateway.signals.names import _FIELD_BLANK, _in_history, facility_by_context, fiction_by_context
from gateway.signals.recognizers import _desk_named_before, _role_mailbox
from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings

_DETECTOR = PiiDetector(PiiSettings())


def _spans(text: str) -> list[tuple[str, str]]:
    result = _DETECTOR.detect([text], locate=True)
    return [(s.entity_type, text[s.start:s.end]) for s in result.spans]


def _persons(text: str) -> list[str]:
    return [value for kind, value in _spans(text) if kind == "PERSON"]


# --- 1. people dead for generations ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a parish burial register, English
    "Burials in the parish of St Aldhelm, 1843\nNo. 12 Thomasina Crabtree, of Low Moor, buried 3 March 1843, aged 71\n"
    "No. 13 Josiah Blackburn, of the Fold, buried 9 March 1843, aged 2",
    # German: a baptism register, dates on each line
    "Taufregister der Gemeinde, Jahrgang 1868\n41. Friedrich August Steinbrecher, getauft am 14.5.1868, Vater "
    "Heinrich Steinbrecher, Tagelöhner\n42. Wilhelmine Dorothea Lüttgens, getauft am 20.5.1868",
    # Polish: a family tree of ancestors, life dates in brackets
    "Drzewo genealogiczne (wszyscy zmarli)\nPokolenie 1: Bartłomiej Zawierucha (ur. 1811, zm. 1870) i Agnieszka "
    "Pyrzanowska\nPokolenie 2: Wojciech Zawierucha (ur. 1839, zm. 1902)",
    # Italian: a ship's passenger manifest under a dated heading, no year on the lines
    "Lista dei passeggeri, piroscafo da Genova, 1889\nCarmine Abbruzzese, 34, contadino, destinazione Buenos Aires\n"
    "Filomena Abbruzzese, 29, moglie, destinazione Buenos Aires",
    # Swedish: a household examination roll, years on each line
    "Husförhörslängd 1851–1855\nGustaf Eriksson Lindqvist, torpare, f. 1809, död 1861\nBrita Stina Persdotter, "
    "hustru, f. 1812, död 1880",
    # French: an old court register
    "Registre du tribunal correctionnel, audience du 12 mars 1874\nJean-Baptiste Lamoureux, journalier, 37 ans, "
    "condamné à 3 mois pour vol de bois\nHonorine Vautrin, lavandière, 44 ans, acquittée",
    # Spanish: memorial inscriptions
    "Inscripciones del cementerio viejo\nLápida 14: Aquí yace Eusebio Carballeira, fallecido el 2 de mayo de 1861 a "
    "los 58 años; también Remedios Outeiriño, fallecida en 1877",
    # a JSON string's escaped line breaks
    '{"text": "Convict register, 1852\\n18. Ebenezer Thackray, tried 2.4.1852, 10 years\\n19. Keziah Wolstenholme, '
    'tried 9.4.1852, 7 years"}',
])
def test_people_dead_for_generations_are_not_flagged(text: str) -> None:
    assert _persons(text) == [], text


@pytest.mark.parametrize("text, name", [
    # a living relative under the ancestors: by the "Living" cue, by a recent birth year
    ("Gen 1: Ambrose Heptinstall (b. 1802, d. 1866)\nGen 2: Walter Heptinstall (b. 1831, d. 1898)\n"
     "Living: Fenella Heptinstall-Okoro (b. 1988)", "Fenella Heptinstall-Okoro"),
    ("Stammbaum\nGeneration 1: Gottlieb Wendelin Haberkorn (geb. 1798, gest. 1859)\nLebend: Jannika Haberkorn",
     "Jannika Haberkorn"),
    ("Drzewo rodzinne\nPokolenie 1: Tomasz Wierzchowiński (ur. 1820, zm. 1881)\nPokolenie 5: Zuzanna Wierzchowińska "
     "(ur. 1996), wnuczka", "Zuzanna Wierzchowińska"),
    # a birth year a living person may have, among old ones on the same line
    ("Gen 4: Cuthbert Ravensworth (b. 1899, d. 1950) m. Philippa Ravensworth (b. 1921)", "Philippa Ravensworth"),
    # the writer's own family, whatever its dates
    ("My great-grandmother Ottilie Brennecke, born 1879, kept a diary; can you help me read it?", "Ottilie Brennecke"),
    ("Mi bisabuelo Anselmo Villarrubia nació en 1890 en Lugo, ¿dónde busco su partida?", "Anselmo Villarrubia"),
    # a yearless entry under an old heading, but a recent year elsewhere in the text (a form's date)
    ("Passenger list, steamer from Bremen, 1886\nFerdinand Quabeck, 22, miller\n\nRequest dated 14.03.2025 by "
     "Marianne Quabeck-Holt, marianne.qh@posteo.de", "Marianne Quabeck-Holt"),
    # a founding year is an organisation's age, not its staff's
    ("Pemberton & Sons, est. 1887\nPlumber on call: Dorian Whitlock", "Dorian Whitlock"),
    # an old year in a modern person's sentence that is no date of theirs stays theirs when a recent one is there
    ("Patient: Leopoldine Haberstroh, DOB 12.04.1958, admitted 3.2.2026 from the 1890 wing", "Leopoldine Haberstroh"),
])
def test_living_people_beside_old_dates_stay_flagged(text: str, name: str) -> None:
    assert name in " ".join(_persons(text)), (text, _spans(text))


def test_a_census_household_address_is_not_flagged() -> None:
    text = ("Census enumeration book, 1871, household schedule 40\n17 Tanners Lane: Zephaniah Holroyd, head, married, "
            "52, wool comber; Martha Holroyd, wife, 49")
    assert _spans(text) == []


def test_a_current_tenancy_address_stays_flagged() -> None:
    text = "Tenancy schedule, 2026\n17 Tanners Lane, Halifax HX1 2PQ: Zephaniah Holroyd, tenant since 2019"
    kinds = {kind for kind, _ in _spans(text)}
    assert "PERSON" in kinds


def test_long_dead_reads_the_entry_and_its_heading() -> None:
    text = "Workhouse book, 1867\n12. Amos Pickersgill, aged 40\n\nLiving: Amos Pickersgill Jr"
    first = text.index("Amos")
    assert long_dead(text, first, first + len("Amos Pickersgill"))
    last = text.rindex("Amos")
    assert not long_dead(text, last, last + len("Amos Pickersgill Jr"))


@pytest.mark.parametrize("chunk", ["1877 ", "\n", "\\n", "a\n", "Name 1850\n", "b. 1921 "])
def test_long_dead_is_bounded(chunk: str) -> None:
    text = chunk * (200_000 // len(chunk))
    started = time.perf_counter()
    with scan_scope.scope():  # as inside a scan: the text's years are indexed once per scan (history._years_of)
        for at in range(0, len(text), len(text) // 50):
            long_dead(text, at, at + 1)
    assert time.perf_counter() - started < scaled(1.0)


@pytest.mark.parametrize("text", [
    "Nimi: Ingeborg Wallenius\nborn: 1712\ncontext: museum label",
    "- Nombre: Ruperto Alcaraz de la Peña\n- born: 1788\n- context: textbook chapter",
])
def test_a_birth_field_generations_ago_below_the_name(text: str) -> None:
    assert _persons(text) == [], _spans(text)


@pytest.mark.parametrize("text", [
    "Nimi: Ingeborg Wallenius\nborn: 1987\nphone: 040 123 4567",
    "Name: Ingeborg Wallenius\nfounded: 1712",
    "Name: Ingeborg Wallenius\nborn: 1712, alive and well according to her grandson",
])
def test_a_recent_or_other_field_below_the_name_keeps_it(text: str) -> None:
    assert "Ingeborg Wallenius" in _persons(text), _spans(text)


# --- 2. an institution's desks: role mailboxes and their lines -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hospice visiting: visiting@hospice.example.org, open daily.",
    "Bereavement services 0113 496 0912, bereavement@borough.example.gov.uk. Bring the medical certificate.",
    "Records requests go to the registry at registry@records.example.org.",
    "Prison visits: legalvisits@hmp.example.gov (legal visits only).",
    "Admissions: admissions@college.example.edu, 020 7946 0321.",
])
def test_an_institutions_desk_mailbox_is_not_flagged(text: str) -> None:
    assert _spans(text) == [], _spans(text)


@pytest.mark.parametrize("text, value", [
    ("Write to me privately at registry@gmail.com about my case.", "registry@gmail.com"),
    ("Bereavement: contact my sister at hildegard.moosbrugger@posteo.de", "hildegard.moosbrugger@posteo.de"),
    ("Admissions: Quintus Albrecht, quintus@albrecht-familie.de", "quintus@albrecht-familie.de"),
])
def test_a_persons_mailbox_beside_a_desk_word_stays_flagged(text: str, value: str) -> None:
    assert ("EMAIL_ADDRESS", value) in _spans(text), _spans(text)


# --- 3. names the text itself says are fictional, or rooms named after somebody --------------------------------------

@pytest.mark.parametrize("text", [
    "Draft a warning letter to Barnabas Quiverfull (fictional character) for our HR role-play.",
    "Compare the sentence given to Ottoline Gashford (the fictional convict) with real court records.",
    "Our nursing course uses Philomena Ashby as a literary character study.",
    "Escribe una carta de despido a Eustaquio Barrientos (personaje ficticio) para la clase de derecho laboral.",
    "Schreib eine Abmahnung an Kunigunde Pfefferkorn (fiktive Person) als Übung.",
])
def test_a_name_labelled_fictional_is_not_flagged(text: str) -> None:
    assert _persons(text) == [], _spans(text)


@pytest.mark.parametrize("text, name", [
    ("Please forward the contract to Roswitha Kampmann, a literary agent in Hamburg.", "Roswitha Kampmann"),
    ("Draft a letter to Barnabas Quiverfull (our new tenant) about the rent.", "Barnabas Quiverfull"),
])
def test_a_real_persons_apposition_stays_flagged(text: str, name: str) -> None:
    assert name in _persons(text), _spans(text)


@pytest.mark.parametrize("text", [
    "The Rutherford room and the Seacole chapel can be booked for memorial services.",
    "Visitors meet in the Octavia Hill centre on the ground floor.",
    "diagnosis: sciatica\nward: Florence Nightingale Ward\nleaflet: PIL-22",
    "um the ward uh ward Mary Seacole Ward okay and the leaflet",
])
def test_a_room_or_ward_named_after_somebody_is_not_flagged(text: str) -> None:
    assert _persons(text) == [], _spans(text)


@pytest.mark.parametrize("text, name", [
    ("Patient: Leontyne Marwood\nward: 7", "Leontyne Marwood"),
    ("ward: Leontyne Marwood", "Leontyne Marwood"),
    ("Nurse on duty\nward: Imelda Ward", "Imelda Ward"),
    ("Please take the patient Leontyne Marwood ward 7 her tablets.", "Leontyne Marwood"),
])
def test_a_person_on_a_ward_stays_flagged(text: str, name: str) -> None:
    assert name in " ".join(_persons(text)), _spans(text)


# --- 4. history's figures by how the text frames them ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Explain why Sophia Jex-Blake matters in the history of medical education.",
    "For a history-of-nursing evening: summarise what Mary Seacole changed on the wards.",
    "Outline the family background of Dorothea Erxleben as far as it is publicly documented.",
    "Write a short tribute to Elizabeth Garrett Anderson for the centenary exhibition.",
])
def test_history_framed_figures_are_not_flagged(text: str) -> None:
    assert _persons(text) == [], _spans(text)


@pytest.mark.parametrize("text, name", [
    ("Summarise the medical history of Annelise Vogtmann before her surgery.", "Annelise Vogtmann"),
    ("Outline the family background of my neighbour Annelise Vogtmann as far as it is publicly documented.",
     "Annelise Vogtmann"),
    ("Write a tribute to my aunt Herta Wollenberg for the anniversary display at her bakery.", "Herta Wollenberg"),
])
def test_private_people_near_history_words_stay_flagged(text: str, name: str) -> None:
    assert name in _persons(text), _spans(text)


# --- 5. a form's label before a placeholder ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Enrolment form -- TEMPLATE\n\nनाम: <name>\nजन्म तिथि: DD.MM.YYYY\nपता: <address>",
    "नाम: Pupil B\nजन्म तिथि: [removed]\nपता: [removed]",
    "Intake form\n\nስም: [NAME]\nዕለት ልደት: [DOB]",
])
def test_a_forms_labels_before_placeholders_are_not_flagged(text: str) -> None:
    assert _persons(text) == [], _spans(text)


def test_a_filled_form_stays_flagged() -> None:
    text = "नाम: सुरेश वर्मा\nजन्म तिथि: 14.07.1992"
    assert {kind for kind, _ in _spans(text)} >= {"PERSON"}


@pytest.mark.parametrize("chunk", ["ward ", "the x room ", "Ward Ward ", "(fictional ", ", a ", ": [", "DD.MM.",
                                   "born: 1700\n", "history-of-", "a@b ", "legal"])
def test_new_scans_are_bounded(chunk: str) -> None:
    text = chunk * (200_000 // len(chunk))
    started = time.perf_counter()
    with scan_scope.scope():  # as inside a scan: the text's years are indexed once per scan (history._years_of)
        for at in range(0, len(text), len(text) // 20):
            end = min(len(text), at + 12)
            facility_by_context(text, at, end)
            fiction_by_context(text, at, end, lambda value: False)
            _in_history(text, at, end)
            long_dead(text, at, end)
            _FIELD_BLANK.match(text, at)
            _desk_named_before(text, max(0, at - 80), at)
            _role_mailbox(text[at:at + 40] + "@x.org")
    assert time.perf_counter() - started < scaled(1.0)


# --- 6. a place given with its coordinates ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "location: Hagia Sophia (41.0086, 28.9802)",
    "Ort\tMachu Picchu (-13.1631, -72.5450)",
    "site visit planned at Angkor Wat (13.4125° N, 103.8670° E) next spring",
])
def test_a_place_with_its_coordinates_is_not_flagged(text: str) -> None:
    assert _persons(text) == [], _spans(text)


@pytest.mark.parametrize("text, name", [
    ("Contact: Sophia Karagiannis (41 years, Thessaloniki)", "Sophia Karagiannis"),
    ("Driver: Cornelius Oyelaran (ID 41.0086)", "Cornelius Oyelaran"),
])
def test_a_person_with_other_numbers_in_brackets_stays_flagged(text: str, name: str) -> None:
    assert name in _persons(text), _spans(text)


def test_coordinates_scan_is_bounded() -> None:
    from gateway.signals.names import place_by_coordinates
    text = "(1.11, " * 30_000
    started = time.perf_counter()
    for at in range(0, len(text), len(text) // 50):
        place_by_coordinates(text, at, at)
    assert time.perf_counter() - started < scaled(1.0)


@pytest.mark.parametrize("text, name", [
    # four digits that are no year: a house number, a suite, a clock time, an amount, a measure
    ("Please send the lease to Marisol Etxeberria, 1600 Larkspur Avenue, Springfield", "Marisol Etxeberria"),
    ("Recipient: Thaddeus Okonkwo-Bright, Suite 1850, 200 Wacker Drive", "Thaddeus Okonkwo-Bright"),
    ("Meet Gwendolyn Ashcombe at 1830 by the north gate", "Gwendolyn Ashcombe"),
    ("Refund Gwendolyn Ashcombe EUR 1850 for the cancelled trip", "Gwendolyn Ashcombe"),
    ("Gwendolyn Ashcombe ran 1500 m in the club trial yesterday", "Gwendolyn Ashcombe"),
    ('order held: holder="Ingvild Aarsæther" zip=1852 status=pending', "Ingvild Aarsæther"),
])
def test_numbers_that_read_as_old_years_keep_the_name(text: str, name: str) -> None:
    assert name in " ".join(_persons(text)), _spans(text)


def test_a_house_number_that_reads_as_an_old_year_keeps_the_address() -> None:
    text = "Tenant: Marisol Etxeberria\nAddress: 1877 Larkspur Avenue, Springfield, IL 62704"
    assert "STREET_ADDRESS" in {kind for kind, _ in _spans(text)}, _spans(text)
