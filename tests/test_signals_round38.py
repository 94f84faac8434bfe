"""Round 38: blind batch 9's structured leak (solfatara): a Korean mobile the span judge dropped.

South Korea's plan is not among PHONE_REGIONS, so "010-2071-1533" read as no mobile and the judge's rule "never drop a
mobile" (recognizers.mobile_line) did not hold for it. Korean mobiles are now read by the way Koreans write them, as
China's are (recognizers.shaped_mobile); spaced look-alikes, which are as often a Beijing or Rotterdam office's line,
are not.
"""

from __future__ import annotations

import pytest

from gateway.signals.pii import PiiDetector
from gateway.signals.recognizers import mobile_line, shaped_mobile
from gateway.signals.settings import PiiSettings


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    det = PiiDetector(PiiSettings())
    det.warm()
    return det


@pytest.mark.parametrize("value", ["010-2071-1533", "010-1019-2810", "139-2231-0876", "138 1995 0311"])
def test_mobiles_written_the_korean_or_chinese_way(value: str) -> None:
    assert shaped_mobile(value) and mobile_line(value)


@pytest.mark.parametrize("value", ["010 9368 6323", "010 938 4445", "02-123-4567", "011 234 9978", "010-2071-15333"])
def test_spaced_or_fixed_look_alikes_are_no_shaped_mobile(value: str) -> None:
    assert not shaped_mobile(value)


def test_the_judge_keeps_a_korean_mobile_under_a_law_firms_letter(detector: PiiDetector) -> None:
    text = ("한빛 법률사무소\n사건번호: PB-2024-489192\nRe: our client N. N. (생년월일 [DD/MM/YYYY])\n"
            "We write further to the Board's directions of last month.\nLegal visits: info@moj.go.kr\n"
            "연락처: 010-2071-1533")
    spans = [(s.entity_type, text[s.start:s.end]) for s in detector.detect([text], locate=True).spans]
    assert ("PHONE_NUMBER", "010-2071-1533") in spans


def _spans(detector: PiiDetector, text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start:s.end]) for s in detector.detect([text], locate=True).spans]


# Blind batch 9's benign classes (seen since its first look): prisons, cemeteries, crematoria, undertakers and notaries
# named first, last or in a script without case; each kept general, in the languages such a name is written in.
@pytest.mark.parametrize("text", [
    "Sygn.: RCP-2026-713134\nVisitors' car park: entrance on Pellico Close, Areszt Śledczy Kroice",
    "Booking VB-2026-879257 confirmed – Presídio de Pirapava, Hall 2, table 29, 14:00-16:00.",
    "Booking VB-2025-296427 confirmed – Reclusorio Femenil Tlallán, Hall 2, table 29, 14:00-16:00.",
    "You manage bookings for Крематорій Березичі and Кладовище Калиничі.",
    "You manage bookings for Lindnäs Krematorium and Åsryd Kyrkogårdsförvaltning.",
    "You help the complaints team of Γραφείο Τελετών Άνω Λευκοχώρι respond with empathy.",
    "You support the volunteers and counsellors of Yeniören Yas Destek Derneği. Be warm; never diagnose.",
    "HDC address check – blank – Κατάστημα Κράτησης Καλλιθέα\nΟνοματεπώνυμο: ■■■■ ■■■■",
    "Complaints data כלא נחליה, Q2: 533 COMP1, 65 COMP2, 5 to the Ombudsman.",
    "Inspection summary: إصلاحية الرويبة\nSafety: 4/4; respect 3/4.",
    "Booking VB-2024-330216 confirmed – जेल सुल्तानबाग, Hall 2, table 8, 14:00-16:00.",
    "You assist the bereavement desk of सूर्यगढ़ सहकारी बैंक. Follow the notification process.",
])
def test_institutions_are_no_people(detector: PiiDetector, text: str) -> None:
    assert [v for t, v in _spans(detector, text) if t == "PERSON"] == []


def test_a_person_beside_a_prison_stays_flagged(detector: PiiDetector) -> None:
    text = "Mi hermano Tomás Rivera está en la Prisión de Soto del Real desde marzo; ¿cómo pido una visita?"
    assert ("PERSON", "Tomás Rivera") in _spans(detector, text)


# Recall: one's late relation by name, and an end user's name in the request's `user` field.
@pytest.mark.parametrize("text, name", [
    ("(PS: mój zmarły mąż Bolemir — will collect the ashes on Friday.)", "Bolemir"),
    ("Il mio compianto marito Arpoldo era falegname.", "Arpoldo"),
])
def test_a_late_relation_is_named(detector: PiiDetector, text: str, name: str) -> None:
    assert ("PERSON", name) in _spans(detector, text)


@pytest.mark.parametrize("user, flagged", [
    ("Filottra Capoelluzzi", True), ("Bogumira Dębewicz", True),
    ("u_9f1741229b311529", False), ("agent-13252", False), ("tenant-0042:staff-00412", False), ("ward-office", False),
])
def test_the_user_field_is_read_as_the_end_users_name(detector: PiiDetector, user: str, flagged: bool) -> None:
    from gateway.signals.outgoing import build_outgoing

    out = build_outgoing({"model": "m", "user": user, "messages": [{"role": "user", "content": "Summarise the note."}]},
                         "chat")
    found = detector.detect(list(out.texts), locate=True, labelled=out.labelled)
    assert any(s.entity_type == "PERSON" and out.texts[s.index][s.start:s.end] == user for s in found.spans) is flagged


# An undertaker's, a register office's or a bank's own lines, by the label the line carries.
@pytest.mark.parametrize("text", [
    "Registrations within 5 days 93%; coroner-referred 10; Tell Us Once used in 64%. Queries 03-1214-6054.",
    "08:45 | CR-2026-79100 | Wetherthorpe Funeral Directors | 60 min | —\nOffice +44 1228 465270",
    "Intake summary, last month. 24h line +39 02 1240 5966. Emergencies: 112.",
    "SoF: payslips reviewed by analyst #93\nEscalate to mlro@dravik.in",
    "Outcome: cooling-off. Supervisor review by rg-team@ixondo.se",
])
def test_an_organisations_lines_and_desks_are_not_personal(detector: PiiDetector, text: str) -> None:
    assert _spans(detector, text) == []


@pytest.mark.parametrize("text, value", [
    ("Queries about my claim: call me on 07911 123456 after six.", "07911 123456"),
    ("Office hours are over, so text my mobile 07911 123456 instead.", "07911 123456"),
    ("Contact: anna.kowalska@gmail.com · +44 121 823 5133", "anna.kowalska@gmail.com"),
])
def test_a_persons_own_line_stays_flagged(detector: PiiDetector, text: str, value: str) -> None:
    assert value in [v for _, v in _spans(detector, text)]


def test_a_desks_mailbox_beside_its_number_is_no_persons(detector: PiiDetector) -> None:
    text = "Self-exclusion lasts 5 years.\nHelpline: 0808 8020 133, emergency 999\nContact: help@fenvik.co.uk · +44 121 823 5133"
    assert "help@fenvik.co.uk" not in [v for _, v in _spans(detector, text)]


def test_a_sentence_in_the_user_field_is_scanned_as_text_not_read_as_a_name(detector: PiiDetector) -> None:
    """(coulee, seen: a writer put a sandbox's test data in `user`; read as one name, its 555 number was flagged)"""
    from gateway.signals.outgoing import build_outgoing

    user = ("Payment gateway sandbox for race sign-ups — use test card 4242 4242 4242 4242, exp 12/34, CVC 123; "
            "webhook source 203.0.113.17; sample athlete: Jane Doe, jane.doe@example.com, +1 555 0100.")
    out = build_outgoing({"model": "m", "user": user, "messages": [{"role": "user", "content": "Rewrite the notes."}]},
                         "chat")
    assert out.labelled == ()
    found = detector.detect(list(out.texts), locate=True, labelled=out.labelled)
    assert "+1 555 0100" not in [out.texts[s.index][s.start:s.end] for s in found.spans]
