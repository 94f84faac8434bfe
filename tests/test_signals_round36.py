"""Round 36: batch 7's remaining classes, seen after round 35 (sinter, tufa, scarp).

Recall: a private person named in apposition by "the" and a relation or a worker's word ("ask X the herdswoman"), a
name of a script without case before an apposition ("tell 은빈, our relief milker"), somebody's kin named in brackets
by whose ("X (the owner's daughter)"). Benign: a phone number with its country code and a share on a later line are
no identifier given in two parts, a desk's team and a transport desk's mailbox, a law firm's client account and a
school's fund, a school's register numbers (URN, DfE number), a Hindi instruction's postpositions and light verbs, a school's name in its own script, API docs'
sample date of birth, jurists and courtroom fiction quoted. Each rule keeps the value where a private cue or its
shape makes it somebody's. Our own phrasings, invented names and organisations."""

from __future__ import annotations

import time

import pytest

from pii_spans import spans
from timing import scaled


NOBODYS = [
    # a phone with its country code, a share on a later line: no split identifier
    "Wellbeing team: wellbeing@ostravkaschool.edu.pl / +48 12 800 05 56\nOut of hours: call your GP.\n"
    "Survey: 78% of students said they know who to ask.",
    # a transport desk's mailbox and number
    "Bus changes are posted on the website. Do NOT call drivers. Transport desk: transport@kelmarsh-academy.sch.uk, "
    "01632 960 214 (from 07:00).",
    # a law firm's client account, a school's fund
    "Fees charged at [RATE] per hour plus VAT.\nOur client account (firm): GB82 WEST 1234 5698 7654 32 — quote the "
    "matter number.",
    "Pay to: Lyceum Brederwiel (school fund) IBAN NL91 ABNA 0417 1643 00\nAlways quote the invoice number.",
    # a Hindi instruction: postpositions and a light verb
    "फाइल के लिए छोटा सा सारांश बना दो and return JSON",
    # a night handover's Hindi notes: a past-tense light verb
    "NIGHT HANDOVER Laburnum wing 02-02-2026\nRm 24: स्पंज बाथ कराया, स्किन ठीक\nRm 35: खाना आधा खाया",
    # a school's name in its own script
    "translate to English\n\nरामपुरा इंटर कॉलेज -- enrolment 2026/27",
    "Admissions FAQ -- ثانوية الزهراء\nQ: Who do I contact about my application?",
    # API docs' sample record: a reserved domain, a documentation address, the first of January of a round year
    'Example response:\n{"id": "stu_000123", "name": "Test Student", "email": "student@example.com", '
    '"last_login_ip": "192.0.2.44", "dob": "2000-01-01"}\nSandbox host: sandbox.example.edu',
    # jurists and courtroom fiction quoted
    "3. As Hersch Lauterpacht observed, justice must not only be done but be seen to be done.",
    "- Recall the cross-examination scene with Horace Rumpole: never ask a question you don't know the answer to.",
    "Ask Support the cleaner question",
    "我朋友的公司 helped us move",
    "我女儿很好 thanks for asking",
    # a year group's parents, a kitchen by its porter
    "Parents of Year 7, please note the trip leaves at 8.",
    "Rota: Kitchen (porter) closes at 10",
    # a school's register numbers
    "Forms: name / date of birth / address / parent / mobile\nSchool URN 036478, DfE number 737/3324.",
]


@pytest.mark.parametrize("text", NOBODYS)
def test_round36_nobodys_values_stay_clean(text: str) -> None:
    assert spans([text]) == []


NEAR_MISSES = [
    # a relation in apposition after "the", with and without a comma
    ("ask Lomanda the herdswoman, it needs checking before the market.", "PERSON"),
    ("ask Lomanda, the herdswoman, it needs checking.", "PERSON"),
    # a name of a script without case before an apposition
    ("tell 은솔, our relief milker, it needs checking.", "PERSON"),
    ("ask عبلة the herdswoman, it needs checking.", "PERSON"),
    # somebody's kin named in brackets by whose
    ("Site contact: Berrina (the owner's landlord). Diversity factor 0.8.", "PERSON"),
    ("Site contact: อรุณี (the owner's daughter). Meter at the boundary.", "PERSON"),
    # a person's name on a school's fund line keeps it somebody's account
    ("Pay to: Anna Berg (school fund) IBAN NL91 ABNA 0417 1643 00", "IBAN_CODE"),
    # a sister's number split over two lines is still read whole where it makes a card
    ("my sister's card 4556 7375\nrest: 8689 9855", "CREDIT_CARD"),
    # a private birth date on the first of January
    ("My daughter was born 2000-01-01, her DOB on the form.", "DATE_OF_BIRTH"),
    # a kitchen's staff by their post, a pupil by their parent's role and class, a hyphenated relation
    ("inspection prep: Halric Tranter (commis) sent home Tue with vomiting, back Fri", "PERSON"),
    ("(forwarded by Erziehungsberechtigte of Lotmar, Klasse 10c)", "PERSON"),
    ("(forwarded by Rodzic of Stanelia, klasa 2c)", "PERSON"),
    ("ps — her ex-partner ปภาลดา will bring the documents on Thursday.", "PERSON"),
    # a given name that is also a word of a school's name ("روضة", a kindergarten) after the spouse cue
    ("R5,3136,6459.06,26\nزوج/زوجة العميل روضة, اتصل العميل اليوم\nR6,1614,406.59,5", "PERSON"),
    # batch 8's first look (felsenmeer): one's own daughter named in Chinese inside English prose
    ("Found this week: 14 umbrellas.\n(PS: 我女儿子杰 helped with this, thanks)", "PERSON"),
    # one's own relation in the name's script inside English prose (batch 8's first look)
    ("(PS: 娘の 千里 helped with this, thanks)", "PERSON"),
    ("(ps 제 딸 서재 will pick it up)", "PERSON"),
    ("(PS: ابني ريمي helped with this, thanks)", "PERSON"),
    ("(PS: 我女儿 丽轩 helped with this, thanks)", "PERSON"),
    # an abbreviated Hebrew birth-date label
    ("נפגע: [NAME]\nמתקשר ת. לידה 24/10/1996\nRef: Vorgang 260834", "DATE_OF_BIRTH"),
    # a Hindi name after a relation
    ("ps — my colleague सुनील देशमुख will call", "PERSON"),
    # a surname of a listed jurist is no free pass for a private person
    ("Frau Bauer rang about the lease", "PERSON"),
]


@pytest.mark.parametrize("text,kind", NEAR_MISSES)
def test_round36_near_misses(text: str, kind: str) -> None:
    assert kind in {k for k, _ in spans([text])}, spans([text])


def test_round36_an_address_card_under_a_kept_name_stays_whole() -> None:
    """A person's name alone on a line, then directions to their home: the judge read the directions alone as a
    place's; under a name it kept, the card's address stays reported (the field is long enough to be judged)."""
    card = ("Afua Ofori-Atta\nFrom the Adenta Housing bus stop walk towards the school, take the second left after the "
            "borehole, and it is the third house on the right with a mango tree and a green gate. (Adenta Housing, Tema)"
            "\nTel: 023 176 7415")
    assert "STREET_ADDRESS" in {k for k, _ in spans([card])}, spans([card])


def test_round36_call_me_back_keeps_the_number_under_a_desks_letter() -> None:
    """Batch 8's first look (monadnock): a patient's "call me back at ..." in Hebrew under a claims desk's letter; the
    judge read the letter and dropped the number. The writer's own first person before a value is a private cue."""
    letter = ("Dear Sir, your claim dated [DATE]. Policy no. [POLICY NUMBER]. Please send the itemised invoice to "
              "claims@corvane-health.example or call our claims line +972 2-123-4084 (Mon–Fri).\n"
              "Yours sincerely, Claims Team\nתחזרו אליי ל 050-799-6788")
    assert ("PHONE_NUMBER", "050-799-6788") in spans([letter]), spans([letter])


def test_round36_bounded_cost() -> None:
    """100 KB of appositions, bracketed relations and Devanagari phrases scan in seconds."""
    began = time.perf_counter()
    spans(["ask Lomanda the herdswoman, tell 은솔, our relief milker. " * 1800])
    spans(["Site contact: Berrina (the owner's landlord). " * 2200])
    spans(["फाइल के लिए छोटा सा सारांश बना दो " * 3000])
    assert time.perf_counter() - began < scaled(20)
