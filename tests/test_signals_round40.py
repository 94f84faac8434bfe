"""Round 40: blind batch 11's benign classes (ravine, caldera, bluff; seen since their first look).

Each class is kept general, with a near miss that keeps a private value flagged:
- the notable people of Pantheon (data/notable_people.txt.gz) are public figures by list ("Vasily Dokuchaev",
  "Aldus Manutius"), but not a common given name before a common family name ("Cheikh Diop"), nor a one-word figure
  ("My name is Hypatia");
- an Iberian so-and-so alone ("Applicant: Cicrano") is nobody;
- a greeting and a noun of scripts without case ("السلام عليكم", "בעל חיים") and a bracketed remark in such a script
  are no names;
- a UK ear tag ("UK 576164 604377") and a standard's number ("RFC 5737/3849") are no phone numbers;
- an organisation's desk named right before or after its number ("switchboard +91 ...", "... (switchboard)") is the
  desk's line, mobile range or not, unless a person's block holds it; a role mailbox the text calls one, or one
  reached through a public person's publicist, is the desk's;
- a production's quoted title ("CASTING BREAKDOWN — 'Glass Orchard'") is no person.
"""

from __future__ import annotations

import pytest
from pii_spans import detector  # noqa: F401 - the module-scoped fixture
from pii_spans import text_spans as _spans

from gateway.signals.pii import PiiDetector, notable_people


def _types(detector: PiiDetector, text: str) -> set[str]:
    return {s[0] for s in _spans(detector, text)}


@pytest.mark.parametrize("text", [
    "Dzień dobry! question about Vasily Dokuchaev -- did he really invent the seed drill or not?",
    "Angle: the minister's speech at the Aldus Manutius centenary; quotes from her press office.",
    "History slide: Mehran Karimi Nasseri — remembered for issuing travel papers to himself at the airport.",
    "Bonjour! question about Augusto Righi -- what did he discover about electric waves?",
    "Cited: Méliès on the trick film, and Sergei Eisenstein (1925) on montage.",
])
def test_notable_people_are_public_figures(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Your parcel was left with Cheikh Diop at number 14.",
    "My name is Hypatia and I need to change my booking.",
    "Please ring my neighbour Vasily Petrov on 0151 2345 6789 about the keys.",
    "Kirjoita lyhyt kiitosviesti henkilölle Eluned ap Gruffydd avusta muutossa.",  # "Llywelyn ap Gruffydd" is notable
])
def test_private_people_named_like_the_notable_stay_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


def test_the_notable_list_leaves_common_names_and_one_word_figures_out() -> None:
    listed = notable_people()
    assert {"vasily dokuchaev", "aldus manutius", "melies"} <= listed
    assert not {"james brown", "cheikh diop", "hypatia", "corelli", "ap gruffydd"} & listed


@pytest.mark.parametrize("text", [
    "Applicant: Cicrano\nNato il: DD/MM/YYYY\nIndirizzo: ________",
    "Applicant: Fulano | Nasc.: DD/MM/YYYY | Endereço: _______",
])
def test_an_iberian_so_and_so_alone_is_nobody(detector: PiiDetector, text: str) -> None:
    assert _spans(detector, text) == []


def test_a_so_and_so_beside_a_real_birth_date_keeps_the_date(detector: PiiDetector) -> None:
    assert "DATE_OF_BIRTH" in _types(detector, "Applicant: Cicrano Moreira, born 12/03/1971")


@pytest.mark.parametrize("text", [
    "Context record:\nالسلام عليكم! question about farming subsidies",
    "בעל חיים: Saanen goat kids x6, scour. Gram stain pending.",
    "Monthly stats: 17 RFEs concerned apostilles. No individual data.\n(צריך אפוסטיל על תעודת לידה)",
    "Monthly stats: median 61 days. No individual data.\n(비자 연장 서류 번역 공증이 필요해요)",
    "ref=MSC6809399983, invoice INV-13518.\n(वीज़ा इंटरव्यू की तारीख बदलनी है)",
])
def test_words_of_scripts_without_case_that_name_nobody(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Patient owner: חיים כהן, phone 052-123-4567",
    "Please contact (נועה ברקוביץ) today",
])
def test_names_of_scripts_without_case_stay_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


@pytest.mark.parametrize("text", [
    "tag;breed;date;weight;pen\nUK 576164 604377;HOL;2025-05-11;378;P3\nUK 267032 227884;LIMx;2025-06-27;405;P2",
    "Ear tag: UK 123456 700123, heifer, TB test clear.",
    "client ip 203.0.113.73 / 2001:db8::75 (RFC 5737/3849)",
])
def test_ear_tags_and_standards_are_no_phone_numbers(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Call me on UK 07712 345678",
    "Ear tag DE 0123456789 checked; owner mobile 0151 2345 6789",
])
def test_a_phone_beside_a_tag_stays_flagged(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Guest: author of a new book (ISBN 978-1-23704-652-3)\nbooked via her publicist: "
    "publicity@cindwickfilms.example.com, +44 1278 624519 (switchboard)\nstudio 2, 10:00",
    "Desk: features@halcyonfm.example.com · switchboard +91 74052 78156\nRef PITCH-2026-7455",
    "Unit base: car park B · production office +39 02 1120 7639 · prodoffice@umberlinepubli.example.com",
    "Spokesperson line via press office +91 74661 37111.",
    "Switchboard of Orsaymark Sworn Translation Bureau: +551173858088 (Mon–Fri 9–13).",
    "Role mailbox visa@ngo-ar.example.net. In emergencies abroad call 112.",
])
def test_an_organisations_desk_by_its_label(detector: PiiDetector, text: str) -> None:
    assert _spans(detector, text) == []


@pytest.mark.parametrize("text, kind", [
    ("Name: Maria Lopez\nSwitchboard: +351 911 945 161", "PHONE_NUMBER"),
    ("My number is +91 74052 78156 (switchboard)", "PHONE_NUMBER"),
    ("Ring Tom Baxter on his mobile, switchboard +44 7712 345678", "PHONE_NUMBER"),
    ("booked via my sister: anna.k@gmail.com, +44 7712 345678", "EMAIL_ADDRESS"),
    ("[09.05.26, 08:11:12] You: can you send me your details for the form\n[09.05.26, 08:16:15] Front desk: "
     "+7 912 308-64-96", "PHONE_NUMBER"),  # a chat's sender, not a desk's published line
])
def test_a_persons_line_stays_flagged_whatever_its_label(detector: PiiDetector, text: str, kind: str) -> None:
    assert kind in _types(detector, text)


@pytest.mark.parametrize("text", [
    "CASTING BREAKDOWN — 'Glass Orchard' (ref CB-630)\nRole: lead, 30s",
    "Working title: \"Marlow Kane\" — six episodes, shoot in March.",
])
def test_a_productions_quoted_title(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


def test_a_quoted_friend_stays_a_person(detector: PiiDetector) -> None:
    assert "PERSON" in _types(detector, "Please call my friend 'Anna Weiss' on 0151 2345 6789")


# Batch 12 (doline), after its first look: an association's abbreviated form, and a quotation's author.
@pytest.mark.parametrize("text", [
    "Quiero saber si estoy en el censo electoral tras mudarme.\nPlease contact Ezlolo Assoc. for the forms.",
    "Candidates' agents see Leywendell Assn. at the count.",
    "Shift L-2025-32522 starts at 7. Quote of the day — Millicent Fawcett.",
])
def test_an_association_and_a_quotations_author(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


def test_a_private_person_after_quote_of_the_day_stays_flagged(detector: PiiDetector) -> None:
    assert "PERSON" in _types(detector, "Quote of the day — my sister Anna Berg, who says hi")


# Batch 11's and 12's misses, exposed once the desks beside them stopped being flagged: a newcomer's junior post after
# "the new" cues a lone given name, however invented ("the new apprentice Tomasz" of issue 12).
@pytest.mark.parametrize("text", [
    "Regards, the consular section\nPS: the new intern Renisa will bring the folder.",
    "PS: the new apprentice Tomasz will bring the folder.",
    "Form v9.3\n(ps — the new steward Solezgar will bring the keys)",
    "Office line 02 34585209.\n(ps — the new steward قيهامى will bring the keys)",
    "ref PET-2026-95066.\n(ps — our volunteer Κακα will bring the keys)",
])
def test_a_newcomers_given_name_is_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


@pytest.mark.parametrize("text", [
    "The new manager Thomas Tuchel named his squad for the cup tie.",
    "The new intern programme opens in May.",
])
def test_a_new_office_or_programme_is_no_newcomer(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)
