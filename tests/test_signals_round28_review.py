"""Round 28's adversarial review (issue 12, privacy): the rules that clear a person written about in public must not
clear a private life told beside a public role.

Round 28 cleared a name beside an office title in any sentence, a name on a room or a square "renamed after" it, the
cast of a scene one is asked to imagine, a pet after its breed. A review found private lives those rules cleared: an
office holder's health, arrest, sexuality, divorce or a confidence told about them ("Councillor X has been in rehab,
her brother told me"), a grandmother a room was renamed after "after her stroke", colleagues in one's own office party
framed as a pastiche, a poodle breeder read as the poodle. Here: names.private_life_near (a private life's words within
_PRIVATE_LIFE_REACH characters) keeps the name a person under each of those rules; a relative's word is a private cue
about an office holder; a first-person word between the frame and the name makes the scene one's own life; a person's
noun after "the <breed>" keeps the person.

The public cases these rules were made for stay clean (tests/test_signals_round28_*.py), and so do near misses that
name a health word as public business ("the Health Minister X opened a cancer screening unit"). Our own phrasings and
invented names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals.names import private_life_near
from gateway.signals.pii import PiiDetector


def _persons(detector: PiiDetector, text: str) -> list[str]:
    return [value for kind, value in _spans(detector, text) if kind == "PERSON"]


PRIVATE_LIVES = [
    # an office holder's health, arrest, sexuality, divorce, debts, a confidence: their private life
    ("Councillor Brannagh Ivers has been in rehab since the spring; her brother told me last week.", "Brannagh Ivers"),
    ("Le maire Lucien Marchetaud est séropositif depuis des années, personne ne le sait.", "Lucien Marchetaud"),
    ("Candidate Rory Tallis told me at the party that he is gay and nobody may know yet.", "Rory Tallis"),
    ("Minister Anselm Quiring was diagnosed with early dementia, so the staff cover for him.", "Anselm Quiring"),
    ("Bürgermeisterin Irmtraud Selbach ist schwanger, aber das bleibt bitte unter uns.", "Irmtraud Selbach"),
    ("La alcaldesa Remedios Azcona se está divorciando y tiene deudas con el banco.", "Remedios Azcona"),
    ("Senator Hollis Brackwater's sister says he was arrested for drink-driving on Friday.", "Hollis Brackwater"),
    ("The spokesperson Delphine Arcourt had an affair with a colleague, in confidence.", "Delphine Arcourt"),
    # a relative of the office holder: their family life
    ("Councillor Tamsin Rowcliffe's mother rang about the parking permit for her street.", "Tamsin Rowcliffe"),
    # a room renamed after one's own grandmother, after her stroke
    ("We renamed the spare room after Nana Winifred Pellow, who lives with us since her stroke.", "Winifred Pellow"),
    # the cast of one's own office party, framed as a pastiche
    ("Imagine Hercule Poirot at my office Christmas party. Gareth Oxenby had an affair with the intern, and everyone "
     "knows.", "Gareth Oxenby"),
    # a breeder, not the breed
    ("Please send flowers to Ruth the poodle breeder, she starts chemo on Monday.", "Ruth"),
    # the second pass: mental health, addiction, a record, immigration status, faith, pregnancy, money, in more languages
    ("Mayor Brenda Hollowell is struggling with depression since the election.", "Brenda Hollowell"),
    ("Councillor Brenda Hollowell is on antidepressants, please keep it quiet.", "Brenda Hollowell"),
    ("Bürgermeisterin Sabine Kressler leidet an Depressionen.", "Sabine Kressler"),
    ("Wethouder Joost Verhagen heeft een strafblad van vroeger.", "Joost Verhagen"),
    ("La consigliera Giulia Benedetti ha tentato il suicidio l'anno scorso.", "Giulia Benedetti"),
    ("O vereador Rui Carvalhais está cheio de dívidas com o banco.", "Rui Carvalhais"),
    ("La concejala Lucía Ferrández está en situación irregular desde 2019.", "Lucía Ferrández"),
    ("Radna Marta Kowalczyk jest w ciąży, ale jeszcze nikt nie wie.", "Marta Kowalczyk"),
    # a living namesake of a long-dead ancestor
    ("Patient Tomas Wierzbicki, 34, is HIV positive. He was named after his great-grandfather Tomas Wierzbicki "
     "(1880-1944).", "Tomas Wierzbicki"),
    # the relative, neighbour or employee of an office holder, apposed after "of the <office>"
    ("La fille du maire, Claire Duvernois, souffre d'une dépression.", "Claire Duvernois"),
    ("The driver of the Mayor, Tomas Wierzbicki, has a criminal record.", "Tomas Wierzbicki"),
    ("Il mio vicino, il consigliere Marco Benedetti, è alcolizzato.", "Marco Benedetti"),
    # a child named after somebody; the cast of a parody about one's own colleague
    ("We named the baby after Tomas Wierzbicki, the nurse who delivered her; he is on antidepressants now.",
     "Tomas Wierzbicki"),
    ("Imagine Sherlock Holmes investigating Tomas Wierzbicki, my colleague, who sees a psychiatrist every week.",
     "Tomas Wierzbicki"),
    # a sole trader's own-name mailbox beside their health; a dog's owner
    ("Tendai Moyo: info@tendaimoyo.co.zw. Tendai is on antiretrovirals.", "Tendai Moyo"),
    ("Ask Brenda the terrier's owner, she has been sectioned.", "Brenda"),
    ("The CEO, Marguerite Oyelaran, is going through IVF, so cover her Friday meetings.", "Marguerite Oyelaran"),
]


@pytest.mark.parametrize("text, name", PRIVATE_LIVES)
def test_a_private_life_beside_a_public_role_stays_a_person(detector: PiiDetector, text: str, name: str) -> None:
    assert any(name in value for value in _persons(detector, text)), (text, _persons(detector, text))


STILL_PUBLIC = [
    "Mayor Philippa Strand opened the new footbridge over the Tamar on Tuesday.",
    "Health Minister Anselm Quiring opened a new cancer screening unit in Leeds.",
    "Councillor Brannagh Ivers will chair the hearing on rehab services next month.",
    "For a creative-writing exercise: imagine Sherlock Holmes and Dr Watson writing to their landlord. Mrs Hudson next "
    "door keeps complaining.",
    "Ziggy the dobermann needs his booster shot.",
    "Mayor Brenda Hollowell announced a depression awareness campaign and a new rehab centre.",
    "Councillor Brenda Hollowell chaired the hearing on the arrest figures and the debt advice service.",
]


@pytest.mark.parametrize("text", STILL_PUBLIC)
def test_the_public_cases_stay_clean(detector: PiiDetector, text: str) -> None:
    assert _persons(detector, text) == [], text


def test_private_life_near_reads_the_words_around() -> None:
    text = "Councillor Brannagh Ivers has been in rehab since the spring."
    start = text.index("Brannagh")
    assert private_life_near(text, start, start + len("Brannagh Ivers"))
    public = "Councillor Brannagh Ivers will chair the hearing on rehab services."
    assert not private_life_near(public, 11, 25)
    far = "Councillor Brannagh Ivers opened the fete." + " The weather was fine." * 30 + " He was arrested."
    assert not private_life_near(far, 11, 25)


def test_bounded_cost() -> None:
    text = ("Councillor Brannagh Ivers opened the fete and thanked the volunteers. " * 3000)[:200_000]
    start = time.process_time()
    for at in range(11, len(text), 7000):
        private_life_near(text, at, at + 14)
    assert time.process_time() - start < scaled(2.0)
