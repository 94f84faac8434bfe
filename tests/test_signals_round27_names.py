"""Round 27 (issue 12, names): private persons the scan missed, by class.

- a Han or Hangul word standing alone in English prose, marked as a person by the English around it: a letter's
  greeting before it ("Hi 苒,"), a person's relative pronoun after it (", who"), a school's or an office's person
  label before it with a family name leading it ("Candidate: 牛朗") — names.py _cued_spaceless_words;
- a name in surname-first order with a birth date beside it ("Кравчиченко Карпо, 15.10.1973") — names.py
  _surname_first_births;
- the full date right after a person's name the scan found, in brackets or after a comma or a dash, typed as the
  birth date ("Candidate: X (16/10/2010)") — pii.py birth_dates_beside_names.

Near misses stay clean: greetings to a group, a teacher or a relative, a greeting word itself, a word asked about, a
place with a surname-like ending before a date, a date of this year beside a name, a date of history. Our own
phrasings and invented names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals import names
from gateway.signals.pii import PiiDetector, birth_dates_beside_names


@pytest.mark.parametrize("text, name", [
    ("Hi 芊, thanks for coming in on Tuesday to talk about the reading plan.", "芊"),
    ("Dear 悠真,\nThe trip form is attached; please sign it by Friday.", "悠真"),
    ("Hello 서윤, your son's swimming lessons move to 4pm next week.", "서윤"),
    ("Good morning 晓彤! The permission slip came back unsigned.", "晓彤"),
    ("Big thanks to 乔安, who stayed late to fix the projector.", "乔安"),
    ("Please call 钟宁 whose form is still missing a signature.", "钟宁"),
    ("Student: 黎明轩\nYear group: 9\nNotes: needs a reader in exams", "黎明轩"),
    ("Applicant: 祁悦 (2011年3月4日)\nSupport: extra time", "祁悦"),
])
def test_a_spaceless_name_cued_by_english_is_a_person(detector: PiiDetector, text: str, name: str) -> None:
    assert ("PERSON", name) in _spans(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Hi 大家, welcome to the Mandarin club!",
    "Hi 老师, I have a question about the homework.",
    "Hi 妈妈, I will be home late.",
    "Hello 你好, is this how you greet someone?",
    "Hi 여러분, the quiz is on Friday.",
    "What does '谢谢, who' mean in a sentence?",
    "The character 中, which means middle, is easy to write.",
    "Student: 学习 notes for the test",
    "Write a story about an invented character, 柊木 梢, who keeps a lighthouse.",
])
def test_group_greetings_and_words_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text, name", [
    ("Доброго дня. Гнатенко Остап, 04.02.1988. Прошу перевірити рахунок.", "Гнатенко Остап"),
    ("Пассажир: Верхоглядова Ульяна, 21.07.1979, вылет в 9:40", "Верхоглядова Ульяна"),
    ("Lista: Wiśniewski Bogumił (11.11.1954), pokój 4", "Wiśniewski Bogumił"),
])
def test_a_surname_first_name_with_its_birth_date_is_a_person(detector: PiiDetector, text: str, name: str) -> None:
    spans = _spans(detector, text)
    assert ("PERSON", name) in spans and "DATE_OF_BIRTH" in {t for t, _ in spans}, spans


@pytest.mark.parametrize("text", [
    "Ivanova Street, 12.03.2026: the road is closed for repairs.",
    "Petrov Avenue (12.03.1990) is the date the road was renamed.",
    "Gorky Park, 1928: the year it opened.",
])
def test_a_place_before_a_date_stays_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text, date", [
    ("Candidate: Orla Penhallow (16/10/2010)\nEvidence: dyslexia, assessed by a specialist teacher", "16/10/2010"),
    ("Кандидат: Мещерякова Аглая (02.09.2008)\nДоказательства: заключение", "02.09.2008"),
    ("Aluna: Thaísa Brandão Lessa, 22/10/2009, turma 8B", "22/10/2009"),
    ("Pupil: 星野 空 — 2012年05月02日", "2012年05月02日"),
])
def test_a_full_date_beside_a_persons_name_is_the_birth_date(detector: PiiDetector, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in _spans(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    f"Meeting with Orla Penhallow (16/10/{time.gmtime().tm_year}) about the budget.",
    "Orla Penhallow (1921-1999) was a painter of the coast.",
    "Marie Curie (07/11/1867) discovered polonium.",
])
def test_an_events_or_historys_date_beside_a_name_is_no_birth_date(detector: PiiDetector, text: str) -> None:
    assert "DATE_OF_BIRTH" not in _types(detector, text), _spans(detector, text)


def test_bounded_cost() -> None:
    """200 KB of greetings, relative pronouns, labels and surname-like pairs with dates finish fast."""
    texts = [
        ("Hi 苒, " * 30_000)[:200_000],
        ("王芳, who " * 25_000)[:200_000],
        ("\nStudent: 王芳 (" * 14_000)[:200_000],
        ("Гнатенко Остап, 04.02.1988 " * 8_000)[:200_000],
        ("Ab Cd (" * 30_000)[:200_000],
    ]
    for text in texts:
        started = time.perf_counter()
        names._cued_spaceless_words(text)
        names._surname_first_births(text)
        assert time.perf_counter() - started < scaled(1.0)


def test_birth_dates_beside_names_bounded(detector: PiiDetector) -> None:
    text = ("Orla Penhallow, 16/10/2010, " * 7_000)[:200_000]
    result = detector.detect([text], locate=True)
    started = time.perf_counter()
    birth_dates_beside_names([text], result)
    assert time.perf_counter() - started < scaled(1.0)
