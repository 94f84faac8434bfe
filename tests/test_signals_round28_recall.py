"""Round 28 (issue 12, recall): private people in slots the detector left empty (gateway/signals/names.py).

- An animal's (or a thing's, a child's) keeper named after its genitive: "Biscuit's owner <name> rang", in any script,
  as "my neighbour <name>" is; the animal's own name is nobody's and is not what gets flagged.
- One-person fields written on after a sentence on the same line ("... paid in full. Policyholder: <name>"), and an
  animal's adopter or registered keeper as a record's field.
- "Please contact <given name> <family name>." on a notice.
- Who holds the on-call shift, in brackets after the name in an incident timeline: "03:10 <name> (on call) paged".
- A record's row: a name, then an identifier and a date in either order ("<name>, K4418203, 14-09-1987").
- A device inventory's assigned user (its cells read after a courtesy title: "pí ...", "Hr. ..."); a tenancy's
  tenant in Chinese, Japanese, Korean forms; "my name is" before a lone word of a script without case.

Near misses stay clean: a keeper slot with no name in it, a firm or an office after "please contact", a role or a
team on call ("Engineer B (on call)", "DBA (on call)"). Our own phrasings and invented names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals.pii import PiiDetector


KEEPERS = [
    ("Biscuit's owner Zorwenka rang twice about the stitches.", "Zorwenka"),
    ("Biscuit's owner 司马晓岚 rang twice about the stitches.", "司马晓岚"),
    ("Biscuit's owner 선우다빈 rang twice about the stitches.", "선우다빈"),
    ("Biscuit's owner עדיאלה rang twice about the stitches.", "עדיאלה"),
    ("Biscuit’s keeper प्रियंवदा dropped the lead off at reception.", "प्रियंवदा"),
    ("The pony's guardian Thandiwe asked for the farrier's invoice.", "Thandiwe"),
    ("Boarding: Pepper (tortoise), 5 nights. Owner: Quillan Marrowgate", "Quillan Marrowgate"),
    ("Claim for Pepper (tortoise), shell repair, paid in full. Policyholder: 慕容雪芙", "慕容雪芙"),
    ("Adopter: 上官婉如\nAnimal: Pepper (tortoise)", "上官婉如"),
    ("Chip 981000123456789 | animal Pepper | registered keeper: Ysolde Brannagh", "Ysolde Brannagh"),
    ("FOUND: grey tabby near the allotments. Please contact Orlaith Venkataraman.", "Orlaith Venkataraman"),
]


@pytest.mark.parametrize("text,name", KEEPERS)
def test_a_keeper_named_in_the_slot_is_flagged(detector: PiiDetector, text: str, name: str) -> None:
    """The keeper's name is found, in whatever script; the animal's name is not what is flagged."""
    found = _spans(detector, text)
    assert ("PERSON", name) in found
    assert not any(value in ("Biscuit", "Pepper") for _, value in found)


ON_CALL = [
    ("Timeline: 01:50 disk alarm; 02:05 Fr. Oberhuber (on call) acknowledged; 02:40 failover.", "Oberhuber"),
    ("Timeline: 01:50 disk alarm; 02:05 윤슬 (on call) acknowledged; 02:40 failover.", "윤슬"),
    ("Timeline: 01:50 disk alarm; 02:05 Thảo Vy (on-call) acknowledged; 02:40 failover.", "Thảo Vy"),
    ("Timeline: 01:50 disk alarm; 02:05 מר אלמוזנינו (on call) acknowledged; 02:40 failover.", "אלמוזנינו"),
]


@pytest.mark.parametrize("text,name", ON_CALL)
def test_the_person_on_call_is_flagged(detector: PiiDetector, text: str, name: str) -> None:
    """A shift is held by a person: the name in front of "(on call)" is found."""
    assert ("PERSON", name) in _spans(detector, text)


ROWS_AND_FORMS = [
    ("Kontrola dokladů: यशोधरा मेहरोत्रा, K4418203, 14-09-1987, předáno.", "यशोधरा मेहरोत्रा"),
    ("Teilnehmer:\nЛукьянова Евпраксия, 03.06.2011, 72 4410958", "Лукьянова Евпраксия"),
    ("asset,model,assigned_to,site\nLT-0091,Latitude 5440,Hr. Wendelsteiner,Graz\nLT-0092,Latitude 5440,"
     "pí Dvořáková,Brno", "Wendelsteiner"),
    ("Mietantrag\n租户: 阚翊涵\n电话: 13800000000", "阚翊涵"),
    ("退去の連絡\n入居者: 鷲頭 千颯\n電話: 090-0000-0000", "鷲頭 千颯"),
    ("Hello, I would like to book a viewing. My name is 하람. Thanks!", "하람"),
]


@pytest.mark.parametrize("text,name", ROWS_AND_FORMS)
def test_rows_and_forms_name_their_person(detector: PiiDetector, text: str, name: str) -> None:
    """The name in a record's row, an assigned-user column, a tenant's field or after "my name is" is found."""
    assert ("PERSON", name) in _spans(detector, text)


CLEAN = [
    "Biscuit's owner rang twice about the stitches.",
    "The owner of the repository merged the fix.",
    "Owner's neighbour B fed the cat while the owner was away.",
    "LOST: grey tabby near the allotments. Please contact the front desk.",
    "Please contact Customer Services for a refund.",
    "Please contact Zendesk.",
    "Timeline: 01:50 disk alarm; 02:05 Engineer B (on call) acknowledged; 02:40 failover.",
    "Timeline: 01:50 disk alarm; 02:05 DBA (on call) acknowledged; 02:40 Platform (on-call) rolled back.",
    "The storage team (on call) was paged at 02:05.",
    "Serial list: Dell Latitude, SN12345678, 2023-01-05",
    "Warehouse B, A1234567, 07-03-2021",
    "入居者: 未定\n家賃: 80,000円",
    "His name is unknown to me.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_slots_without_a_person_stay_clean(detector: PiiDetector, text: str) -> None:
    """No person in the slot (nobody named, a firm, an office, a role, a team): nothing is flagged."""
    assert "PERSON" not in _types(detector, text)


def test_still_flagged_beside_the_new_cues(detector: PiiDetector) -> None:
    """A relation or a labelled name keeps flagging as before next to the keeper cue."""
    assert "PERSON" in _types(detector, "Biscuit's owner rang; my sister Ingrebeth will collect him.")
    assert "PERSON" in _types(detector, "Owner: Quillan Marrowgate")


def test_bounded_time_on_200_kb(detector: PiiDetector) -> None:
    """The genitive, the on-call bracket and "please contact" repeated over 200 KB stay within bounded time."""
    text = ("Biscuit's owner x (on call) ( on call) please contact Ab Cd, K1234567, 01-02-2000; " * 3000)[:200_000]
    began = time.perf_counter()
    detector.detect([text], locate=True)
    assert time.perf_counter() - began < scaled(30)
