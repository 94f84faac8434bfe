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

from gateway.signals.history import long_dead
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
    for at in range(0, len(text), len(text) // 50):
        long_dead(text, at, at + 1)
    assert time.perf_counter() - started < 1.0
