"""Round 25 (issue 12, tepui benign): what courts and the law write in public (gateway/signals/courts.py).

A judge or a justice minister named in that role, a court's own name, a court's building's address, a party of a case
citation against a state, a public body or a company, and a party anonymised to an initial are nobody's private data.
Near misses stay detected: a private claimant named in full beside a judge, a private home beside a court's address,
an initial with a surname ("Mr K. Novak"), a judge with a private cue ("my neighbour, Judge X, lives at ..."), a case
between two private people. Our own phrasings and invented names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals import courts
from gateway.signals.pii import PiiDetector


@pytest.mark.parametrize("text", [
    # judicial titles before the name, in several languages
    "For the moot, compare the dissent of Justice Harriet Okonkwo-Lindqvist with the majority.",
    "Chief Justice Marten Vosberg delivered the opinion of the court on the limitation point.",
    "Judge Ilse Brandtner presiding, the appeal was dismissed with costs.",
    "Die Vorsitzende Richterin Margarete Olschewski wies die Klage ab.",
    "La juge Solenne Daubricourt, présidant l'audience, a rejeté la demande en référé.",
    "Justice of the Peace aside, Presiding Judge Ottavio Benedettini adjourned the hearing.",
    # a court's office or a justice minister's after the name
    "Read the lecture by Tomasz Wielgórski, President of the Court of Appeal, on delay.",
    "The speech of Lady Brennagh, then President of the Constitutional Court, is in the bundle.",
    "Quote the address of Émilienne Castagnol, garde des Sceaux, on prison reform.",
    "In his ruling Lord Halbrook MR set out the test.",
    "See the judgment of Lord Halbrook MR. Statute: s. 14 Limitation Act.",  # "MR." is no "Mr." before "Statute"
])
def test_a_judge_or_minister_in_office_is_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Reading list: Velimir Ostrogradsky v Italy; Anjali Raghunathan v State of Kerala.",
    "The tribunal, following Maren Tjelmeland v Norway, allowed the appeal.",
    "Discuss Hortensia Valbuena v Secretary of State for the Home Department.",
])
def test_a_party_against_a_public_body_in_a_case_citation_is_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Published judgment (anonymised): Frau M. brought proceedings against Herr K. under § 823 BGB.",
    "Re: small claim. Mme Y. v Herr K.. Hearing listed for next week.",
    "The claimant A.B. appealed; the respondent C.D. did not attend.",
])
def test_parties_anonymised_to_initials_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Return to: Ειρηνοδικείο Λάρισας, by post only.",
    "Pay the fine at Wexford County District Court before the deadline.",
    "Send the form to ศาลแขวง อ.เมือง ลำปาง before Friday.",
    "الدفع في محكمة مصر الجديدة قبل الموعد",
])
def test_a_courts_name_is_no_person(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Pay by 01/02/2026 at Okresní soud Ostrava cashier, Havlíčkovo nábřeží 34. Switchboard open 8-16.",
    "Pay at Wexford County District Court cashier, Harbour Road 12. Bring the reference.",
    "Return the slip to Rechtbank, locatie Almelo, Marktstraat 17.",
    "Enquiries at the counter, Hauptstraße 12 (public building), weekdays only.",
    "Fines are paid at Kapellstraße 9 (courthouse), second floor.",
])
def test_a_courts_address_is_clean(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text, kept", [
    # a private claimant named in full beside a judge
    ("Judge Ilse Brandtner presiding; the claimant Jolanta Wierzbicka-Haas gave evidence.", "Jolanta Wierzbicka-Haas"),
    # an initial and a surname
    ("Mr K. Novak brought proceedings against Herr K. under the lease.", "K. Novak"),
    # a judge with a private cue: his home
    ("My neighbour, Judge Tomas Brandvik, lives at 5 Elm Road.", "Tomas Brandvik"),
    # a case between two private people
    ("My dispute, Jolanta Wierzbicka v Piotr Zalewski, is listed for March.", "Jolanta Wierzbicka"),
    # a person against a company, after the docket number: a filing
    ("Docket 24-CV-0311: Oswin Prickett v. Larkspur Haulage Ltd. Summarise the claim.", "Oswin Prickett"),
    # a docket number before a caption against the state
    ("Case No. 5 K 120/24: Jolanta Wierzbicka v Germany, hearing next week.", "Jolanta Wierzbicka"),
    # a trial judge named without the bench's presiding word: the judge of somebody's own case
    ("Judge Ilse Brandtner ruled that the tenant may stay.", "Ilse Brandtner"),
    # "MR." as a title before a surname and a colon
    ("Call MR. Wierzbicki: he is waiting in room 4.", "Wierzbicki"),
    # a boarding pass's surname/given name and title
    ("Passenger WIERZBICKA/JOLANTA MR, seat 14C. What does this line mean?", "WIERZBICKA"),
])
def test_private_people_beside_courts_stay_detected(detector: PiiDetector, text: str, kept: str) -> None:
    spans = _spans(detector, text)
    assert any(t == "PERSON" and kept in v for t, v in spans), spans


@pytest.mark.parametrize("text", [
    # a private home beside a court's address
    "Hearing at Okresní soud Ostrava, Havlíčkovo nábřeží 34. My home address is Lindenweg 14, Ostrava.",
    # the court named, then a person between it and the address
    "Amtsgericht Köln hearing with Jolanta Wierzbicka, Lindenweg 14, Köln.",
])
def test_a_private_address_beside_a_court_stays_detected(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" in _types(detector, text), _spans(detector, text)


def test_initials_only() -> None:
    assert courts.initials_only("K")
    assert courts.initials_only("A.B.")
    assert courts.initials_only("M. X")
    assert not courts.initials_only("K. Novak")
    assert not courts.initials_only("Jo")


@pytest.mark.parametrize("adversarial", [
    "Court " * 35_000,
    "District Court cashier, " * 9_000,
    "soud " + "a " * 100_000,
    "Justice " * 30_000,
    "Anna v " * 30_000,
    "ศาล" * 60_000,
    "gericht" * 30_000,
    ("x" * 199_990) + " Gericht",
])
def test_bounded_cost(adversarial: str) -> None:
    t0 = time.perf_counter()
    n = len(adversarial)
    for at in range(0, n, max(1, n // 50)):
        courts.court_name(adversarial, at, min(n, at + 12))
        courts.judicial_office(adversarial, at, min(n, at + 12))
        courts.case_against_public_body(adversarial, at, min(n, at + 12))
        courts.court_address(adversarial, at, min(n, at + 12))
    courts.court_name(adversarial, 0, n)
    assert time.perf_counter() - t0 < scaled(1.0)
