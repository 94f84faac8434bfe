"""Round 41: blind batch 12's benign classes (doline, gour, klint; seen since their first look).

Each class is kept general, with a near miss that keeps a private value flagged:
- a work named after its author ("the X collected edition"), an artwork's sitter written with its medium ("portrait
  of X, oil on panel") and the creator column of a collection's export (a table with an accession or ISBN column)
  are public; a portrait of one's own wife and a donor column are not;
- a museum's, a library's and an archive's numbers ("accession 1981.146.12", "microfilm 567132") are no phones;
- the writer's possessive in another clause of a register's entry leaves a long-dead person historical;
- abbreviations in a log ("hyd sys", "MRO ATO") are no names; a lower-case private name is;
- a hall or an association named after somebody ("X Community Centre", "X Assoc.", in any script), an aviation
  firm before its acronyms ("X Ground Handling ATO"), and a number given as such an organisation's line are the
  organisation's; a number given as one's sister's is not;
- "im" opens a German noun phrase ("im Ankunftsbereich Ebene 0");
- a desk's mailbox ("prm.desk@...").
"""

from __future__ import annotations

import pytest
from pii_spans import detector  # noqa: F401 - the module-scoped fixture
from pii_spans import text_spans as _spans

from gateway.signals.pii import PiiDetector


def _types(detector: PiiDetector, text: str) -> set[str]:
    return {s[0] for s in _spans(detector, text)}


@pytest.mark.parametrize("text", [
    "Hej! Is the Gianfranco Orsolini collected edition (ISBN 978-0-306-40615-7) on the shelf? Hold ref H-118204.",
    "Do you hold Wenzel Hradecký's complete works in the reading room?",
    "Loan template, Harrowgate Heritage Trust. Object: accession 1977.82.4, portrait of Gianfranco Orsolini, oil on "
    "panel. Insurance: nail-to-nail.",
    "Condition report: bust of Wenzel Hradecký, marble, chipped nose.",
    "Convert this collection export to JSON.\n\naccession;type;creator;year;location\n1999.12.7;letter;Gianfranco "
    "Orsolini;1784;box 3\n2004.61.20;map;Wenzel Hradecký;1841;box 9\n",
    "isbn,title,author\n978-0-306-40615-7,Winter Letters,Gianfranco Orsolini\n",
])
def test_authors_sitters_and_catalogue_creators_are_public(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "I'd like to commission a portrait of my wife Gianna Orsolini, oil on canvas, for her birthday.",
    "accession;type;donor;year\n2019.4.1;letter;Gianfranco Orsolini;2019\n",
    "Please phone Gianfranco Orsolini about the collected edition he ordered.",
])
def test_a_private_sitter_donor_or_patron_stays_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Object: accession 1981.146.12, oil on panel, gallery 4.",
    "Parish register microfilm 567132, entry 229; shelf mark 942.13",
])
def test_collection_numbers_are_no_phones(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" not in _types(detector, text)


def test_a_register_entry_of_another_clause_is_historical(detector: PiiDetector) -> None:
    text = ("My ancestor was baptised in 1858 and died in 1899; the register is said to mention Gianfranco Orsolini. "
            "Parish register microfilm 412200, entry 17.")
    assert "PERSON" not in _types(detector, text)
    assert "PERSON" in _types(detector, "My great-grandmother Gianna Orsolini, b. 1850, d. 1921.")


@pytest.mark.parametrize("text", [
    "TLB D-AXKE: hyd sys 2 qty low, serviced, leak check nil, ME",
    "Brenwick Technics MRO ATO syllabus: PPL(A) 45h min, 10h solo",
])
def test_log_abbreviations_are_no_names(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


def test_a_lower_case_private_name_stays_flagged(detector: PiiDetector) -> None:
    assert "PERSON" in _types(detector, "pls call my brother tomasz wieczorek tomorrow about the car")


@pytest.mark.parametrize("text", [
    "Notice of poll. Candidates' agents see Orvella Assoc. Counting at Emmeline Pankhurst Community Centre.",
    "Counting at Gianna Orsolini Memorial Hall from 22:00.",
    "Candidates' agents see 박서윤 Assoc. for the counting schedule.",
    "Context record:\nBrenwick Ground Handling ATO syllabus: PPL(A) 45h min.",
    "Return to membership@example.org, Talvio Assoc., tel +34 810 12 62 30. Form v2.1",
    "Please contact 박서윤 Assoc. at info@example.org or 02-210-9312.",
    "Die Gepäckausgabe befindet sich im Ankunftsbereich Ebene 0.",
    "Roster queries: prm.desk@hesperon.example.com",
])
def test_organisations_places_and_desks(detector: PiiDetector, text: str) -> None:
    assert not _types(detector, text) & {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"}


@pytest.mark.parametrize("text, kind", [
    ("Call my sister at Talvio Assoc., tel +34 810 12 62 30.", "PHONE_NUMBER"),
    ("Anna Nowak, tel +48 601 234 567", "PHONE_NUMBER"),
    ("Name: Sarah Law", "PERSON"),
    ("Write to tomasz.desk.wieczorek@gmail.com about the rota.", "EMAIL_ADDRESS"),
])
def test_a_persons_values_beside_such_words_stay_flagged(detector: PiiDetector, text: str, kind: str) -> None:
    assert kind in _types(detector, text)
