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


# Batch 13 (arroyo, hummock, rill), after its first look: a practice model after its thinker, a scholar's "cf.", a
# teaching problem's invented character; eateries, nurseries and law firms named in their own languages; published
# test cards on a receipt's test charge; an export's template row and a template's name slot; an anonymised child's
# label; a reference in a link's query; a service account's mailbox; Latin acronyms inside a Hindi sentence.
@pytest.mark.parametrize("text", [
    "Threshold per Emmi Pikler-informed practice model; out of hours call 999.",
    "Reflect using the Bayley scales; cf. Urie Bronfenbrenner on attachment. Case CS-2026-90556 closed.",
    "Research note M19305.017: see Rosric Stanwell (moot-court problem character); cf. the judgment.",
    "Inspection report EH-95T19829 — Lokanta Demirhan\nHygiene rating: 4/5",
    "Rota wk 33 — Ταβέρνα Μυλωνάδων\nMon: sous chef (AM), 2x commis, KP",
    "Public review digest for Ресторація Дзюна (last 30 days, 212 reviews, avg 3.9/5)",
    "Received:\nDelano Nursery rota wk14\nMon 08:00 Room 1 (babies)",
    "Please call our switchboard 02-250-1433.\nYours faithfully\n법무법인 동절",
    "Yours faithfully,\nΔικηγορική Εταιρεία Καραμάτη",
    "Team learning note (anonymised): Child A (age 4) and Child B. Visite médiatisée calme, l'enfant a pleuré.",
    "Team note: Child B. निगरानी में मुलाक़ात शांत रही, बच्चा विदा के समय रोया, CWC को सूचित किया।\nReflect on it.",
])
def test_batch_13_public_people_and_organisations(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "POS receipt ORD-70D44045, card **** 2662, test charge on 5555 5555 5555 4444 voided",
    "booking_id,datetime,pax,氏名,電話,備考\nBK-95P7730,2026-06-04 19:00,10,[お客様氏名],03-1375-4070,\"template row - replace\"",
    "https://file.courts-portal.invalid/scan/p2.png?party=CL-2026-024885&ref=02+1280+3291&page=2",
    "# export by matter-svc@example.org from 192.0.2.89",
])
def test_batch_13_values_of_nobody(detector: PiiDetector, text: str) -> None:
    assert not _types(detector, text) & {"PERSON", "PHONE_NUMBER", "CREDIT_CARD", "EMAIL_ADDRESS"}


@pytest.mark.parametrize("text, kind", [
    ("My friend Anna Kowalska (a character witness) will testify on Monday.", "PERSON"),
    ("cf. my notes on the call with my sister Anna Kowalska", "PERSON"),
    ("booking_id,name,phone\nBK-1,Anna Kowalska,03-1375-4070", "PHONE_NUMBER"),
    ("Charge my card 5555 5555 5555 4444 for the deposit.", "CREDIT_CARD"),
    ("Child B. lives with Anna Kowalska at 12 Elm Road.", "PERSON"),
])
def test_batch_13_private_values_stay_flagged(detector: PiiDetector, text: str, kind: str) -> None:
    assert kind in _types(detector, text)
