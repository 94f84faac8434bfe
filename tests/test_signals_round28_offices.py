"""Round 28 (issue 12, PERSON spans on benign records): a person named in a public office or a public role, with the
office's title before the name or apposed after it, in any sentence (recognizers.office_holder_in_public_act).

What a public office does in office is no private life: "Cllr X tabled the motion", "Chair: wethouder X.", "X,
Minister of Transport, joins the panel", "X (MP)". A salutation's title alone ("Sehr geehrte Frau Ratsfrau,") names
nobody. A public meeting's chair is the office at work, and so is the same name repeated as a speaker in the minutes.

Near misses stay detected: the office holder's private life (a neighbour, a home, a private mobile, a birth date, an
address right after the name), the constituent or the resident beside the councillor, a firm's "sales rep", a job
candidate, a chair of a private gathering. Our own phrasings and invented names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals import recognizers
from gateway.signals.pii import PiiDetector


def _persons(detector: PiiDetector, text: str) -> list[str]:
    return [value for kind, value in _spans(detector, text) if kind == "PERSON"]


IN_OFFICE = [
    # the title right before the name, whatever follows it
    "The motion on cycle lanes was tabled by Cllr Morwenna Penhallow at Tuesday's meeting.",
    "Minutes: item 4 moved by Councillor Ebenezer Quarrington, seconded by the chair.",
    "Der Antrag wurde von Stadträtin Hiltrud Wembacher eingebracht.",
    "La proposition a été portée par la sénatrice Ghislaine Vautrin devant la commission.",
    "Firmato dalla consigliera Ornella Baldacchino, assessore al bilancio.",
    "Pedido encaminhado pela vereadora Iolanda Bettencourt à secretaria de obras.",
    "Interpelacja złożona przez radną Bronisławę Kościelniak w marcu.",
    "Het voorstel kwam van wethouder Gerrit-Jan Oosterbroek.",
    "Η πρόταση κατατέθηκε από τον βουλευτή Σπυρίδων Λαμπρινόπουλος.",
    "Вопрос передан депутату Всеволоду Ермолаеву для ответа.",
    "Briefing for Rep. Thaddeus Wintergreen ahead of the committee vote.",
    "CLAIM: opposition leader Orsolya Vámbéri said the budget was late.",
    "Statement issued by chief executive Leopoldine Farquharson of Tidewell Water.",
    # the title with its place or its body
    "The Mayor of Harrowgate, Philippa Strandquist, cut the ribbon on the footbridge.",
    "Il sindaco di Ferrara Ilario Bassanelli ha firmato l'ordinanza.",
    # the title apposed after the name
    "Guest for the evening panel: Casimir Volkonsky, Minister of Transport, arriving at six.",
    "Report signed off by Adaeze Okonkwo-Hale, cabinet member for housing.",
    "Thanks to Rosalind Fairbairn (MP) for sponsoring the event room.",
    "Keynote: Ignatius Bellweather, festival director, on the new programme.",
    "Press liaison: Marguerite Delacroix-Faure (public role), for questions on the bypass.",
    # a public meeting's chair, and the same name answering in its minutes
    "Public hearing on the bypass, transcript.\nChair: Oswin Threlkeld.\nQ (resident, name withheld): why now?\n"
    "A (Oswin Threlkeld): the council will publish the study.",
    # a broadcast: the guest introduced by office, then speaking under their name
    "[00:00:01] HOST: Joining us is the Health Secretary, Perpetua Langridge.\n[00:00:07] PERPETUA LANGRIDGE: "
    "Thank you for having me.",
    # a candidate in an election's canvass summary
    "Canvass report, ward 3: 180 doors. Candidate Fenella Ashdown-Price joined the afternoon session.",
]


@pytest.mark.parametrize("text", IN_OFFICE)
def test_a_name_in_public_office_is_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


SALUTATIONS = [
    "Dear Councillor,\nI am writing about the recycling collection.",
    "Sehr geehrte Frau Ratsfrau,\nich schreibe wegen der Buslinie.",
    "Madame la Députée,\nje vous écris au sujet de la piscine.",
    "Szanowny Panie Radny,\npiszę w sprawie oświetlenia ulicy.",
    "Geachte raadslid,\nik schrijf over de bibliotheek.",
]


@pytest.mark.parametrize("text", SALUTATIONS)
def test_a_salutation_to_an_office_names_nobody(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


STAYS_PRIVATE = [
    # the office holder's private life: a relation, a home, a private number, a birth date, an address
    ("My neighbour, Councillor Ruth Pemberton, lives at the end of our road.", "Ruth Pemberton"),
    ("Cllr Morwenna Penhallow's home phone is on the back of the leaflet.", "Morwenna Penhallow"),
    ("Leaked list:\nStadträtin Hiltrud Wembacher (Mitte)\nPrivate mobile: 0151 2345 6789", "Hiltrud Wembacher"),
    ("Cllr Ebenezer Quarrington, 14 Tansy Close, Wrexham LL11 2AB", "Ebenezer Quarrington"),
    ("The mayor of our village, Philippa Strandquist, is my aunt and babysits on Fridays.", "Philippa Strandquist"),
    ("Patient: Rosalind Fairbairn (MP), born 1961, admitted for observation.", "Rosalind Fairbairn"),
    # the constituent beside the councillor
    ("Dear Councillor Penhallow,\nthe bins were missed again.\nYours, Wilfreda Tolliver\n3 Larch Row, Truro TR1 2QA",
     "Wilfreda Tolliver"),
    # a firm's salesperson, a job candidate, a private meeting's chair
    ("Call with sales rep Jonas Kellerman about the printer lease.", "Jonas Kellerman"),
    ("Candidate Fenella Ashdown-Price attended the interview for the bookkeeping job.", "Fenella Ashdown-Price"),
    ("Book club notes. Chair: Oswin Threlkeld. Next month we read two novels.", "Oswin Threlkeld"),
]


@pytest.mark.parametrize("text, name", STAYS_PRIVATE)
def test_private_near_misses_stay_a_person(detector: PiiDetector, text: str, name: str) -> None:
    found = _persons(detector, text)
    assert any(name in v or v in name for v in found), _spans(detector, text)


def test_the_rule_itself() -> None:
    """The function, apart from the model: title before, title after, the chair, a private cue."""
    def clean(text: str, name: str) -> bool:
        at = text.index(name)
        return recognizers.office_holder_in_public_act(text, at, at + len(name))
    assert clean("Presented to the full council by Councillor Ewart Trevaskis on 2026-11-07.", "Ewart Trevaskis")
    assert clean("Agent: radny Czesław Wierzbicki (public role).", "Czesław Wierzbicki")
    assert clean('Alderman Pim Vos said: "Our volunteers did this."', "Pim Vos")
    assert not clean("My neighbour, Councillor Ewart Trevaskis, lives at 8 Glebe Close.", "Ewart Trevaskis")
    assert not clean("Ewart Trevaskis, councillor, 8 Glebe Close", "Ewart Trevaskis")
    assert not clean("Thanks to Ewart Trevaskis for the lift home.", "Ewart Trevaskis")


def test_bounded_cost() -> None:
    """200 KB of titles, names and repeats: each look is a fixed window (no scan of the whole text per name)."""
    text = ("Chair: Cllr Ewart Trevaskis, Mayor, said: " * 5000)[:200_000]
    began = time.perf_counter()
    for at in range(0, len(text), len(text) // 40):
        recognizers.office_holder_in_public_act(text, at, at + 15)
    text = "Ewart Trevaskis " * 12500
    for at in range(0, len(text), len(text) // 40):
        recognizers.office_holder_in_public_act(text, at, at + 15)
    text = "PAN ABCPD " * 20000  # one span as long as the text: no repeat of it is looked for
    recognizers.office_holder_in_public_act(text, 0, len(text) // 2)
    text = "Minister of " + "Transport " * 20000
    recognizers.office_holder_in_public_act(text, len(text) - 10, len(text) - 1)
    assert time.perf_counter() - began < scaled(2.0)
