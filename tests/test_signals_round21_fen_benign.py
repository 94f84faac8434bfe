"""Round 21 (issue 12, fen benign): classes of false positives in long, dense and terse texts.

- The Nobel laureates in literature were not on the public-figure list (a world-famous author, written with or
  without the accents, was read as a private person all through a long text): the whole class of list is added,
  matched with the accents folded.
- A one-line record of delimited fields (a log line, a dense profile: "... | card 4111 ... | iban DE89 ... | tel ...")
  whose values are all documentation values, two different ones at least, is documentation data like a table's
  lines; one value of another kind (a real card, a real IBAN) or a private word and nothing is cleared.
- A published test card or a registry example IBAN asked about as a check's outcome ("declined?", "valid?",
  "¿rechazada?", "gültig?") is a developer's test value; with a private word, or a real number, it stays flagged.
  "the registry example", "in the spec" are documentation words.
- A table's cell boundary (a bar with blanks around it) is no separator inside one number ("| +1 202-555-0147 | 1925
  |" is a number and a year).
- The leading digit groups of a UUID are no phone number.
- A role word capitalised inside a sentence before everyday words ("shall process Customer Data") is a contract's
  defined term, not a customer named Data.
- A role mailbox of hyphenated role words ("ops-alerts@") is no person's.
Our own phrasings and values; near misses stay detected."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings

REAL_CARD = "4556 7375 8689 9855"  # Luhn-valid, no provider's test card
REAL_IBAN = "DE44 5001 0517 5407 3249 31"  # valid, no registry example


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(PiiSettings())


def _types(detector: PiiDetector, text: str) -> set[str]:
    return {s.entity_type for s in detector.detect([text], locate=True).spans}


# --- Nobel laureates in literature, with and without their accents, in several languages
@pytest.mark.parametrize("text", [
    "The reading group spent the autumn on Halldor Laxness; next term we move on to Wislawa Szymborska.",
    "Die Ausstellung über Kenzaburō Ōe zog im Frühjahr viele Besucher an.",
    "Nuestro seminario compara a Kenzaburo Oe con Yasunari Kawabata y Kazuo Ishiguro.",
    "Le cours de lettres porte cette année sur Patrick Modiano et Annie Ernaux.",
    "W tym semestrze czytamy Olgę i Czeslawa... a konkretnie: Olga Tokarczuk, potem Herta Müller.",
    "Il saggio confronta Grazia Deledda e Salvatore Quasimodo.",
])
def test_round21_nobel_laureates_in_literature_are_public_figures(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Please forward the signed lease to my neighbour Halldor Jonsson by Friday.",
    "Die Rechnung geht an Frau Annika Oeverdieck, Lindenweg 4.",
    "Please email Tomasz Wrzesniewski the contract today.",
])
def test_round21_private_people_near_the_laureates_stay_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


# --- one-line records of documentation values
@pytest.mark.parametrize("text", [
    "job 7f3a9c | node 10.0.4.2 | card 4242 4242 4242 4242 | iban GB82 WEST 1234 5698 7654 32 | "
    "mail noreply@example.com | ts 2026-03-01T10:00:00Z",
    "Auftrag A-2291; Karte 5555 5555 5555 4444; IBAN DE89 3704 0044 0532 0130 00; Kontakt support@example.de; ok",
    '{"note": "run 18 | status ok | pan 4111 1111 1111 1111 | acct ES91 2100 0418 4502 0005 1332 | end"}',
])
def test_round21_a_delimited_line_of_documentation_values_is_clean(detector: PiiDetector, text: str) -> None:
    assert not {"CREDIT_CARD", "IBAN_CODE", "EMAIL_ADDRESS"} & _types(detector, text)


@pytest.mark.parametrize("text, entity", [
    # a real card or IBAN among the documentation values: nothing is cleared
    (f"job 7f3a9c | card {REAL_CARD} | iban GB82 WEST 1234 5698 7654 32 | mail noreply@example.com", "CREDIT_CARD"),
    (f"job 7f3a9c | card 4242 4242 4242 4242 | iban {REAL_IBAN} | mail noreply@example.com", "IBAN_CODE"),
    # prose, no delimited record: the fail-safe reading of a bare test card stands
    ("Charge 4111 1111 1111 1111 and send the rest to DE89 3704 0044 0532 0130 00 tomorrow.", "CREDIT_CARD"),
    # a private word in the record
    ("job 7f3a9c | my card 4242 4242 4242 4242 | my iban GB82 WEST 1234 5698 7654 32 | end", "CREDIT_CARD"),
])
def test_round21_delimited_lines_with_a_real_or_private_value_stay_flagged(detector: PiiDetector, text: str,
                                                                            entity: str) -> None:
    assert entity in _types(detector, text)


# --- test values asked about as a check's outcome
@pytest.mark.parametrize("text", [
    "4000 0000 0000 0002 declined?",
    "¿Por qué sale rechazada la 5555 5555 5555 4444?",
    "Ist GB82 WEST 1234 5698 7654 32 gültig?",
    "NL91 ABNA 0417 1643 00 passes mod 97?",
    "ok next: the IBAN in the spec is the registry example ES91 2100 0418 4502 0005 1332",
])
def test_round21_test_values_asked_about_as_checks_are_clean(detector: PiiDetector, text: str) -> None:
    assert not {"CREDIT_CARD", "IBAN_CODE"} & _types(detector, text)


@pytest.mark.parametrize("text, entity", [
    ("my card 4242 4242 4242 4242 was declined again", "CREDIT_CARD"),
    (f"{REAL_CARD} declined?", "CREDIT_CARD"),
    (f"{REAL_IBAN} valid?", "IBAN_CODE"),
    ("Mein IBAN DE89 3704 0044 0532 0130 00 ist ungültig?", "IBAN_CODE"),
    ("Refund it to 4111-1111-1111-1111 please.", "CREDIT_CARD"),  # no check asked about: fail safe
])
def test_round21_check_questions_with_a_real_or_own_value_stay_flagged(detector: PiiDetector, text: str,
                                                                       entity: str) -> None:
    assert entity in _types(detector, text)


# --- a table's cell boundary is no separator inside a number
def test_round21_table_cells_do_not_join_into_one_number(detector: PiiDetector) -> None:
    table = ("| org | inbox | line | since |\n|---|---|---|---|\n"
             "| Firm 1 | press@example.org | +1 202-555-0147 | 1931 |\n"
             "| Firm 2 | billing@example.net | 020 7946 0555 | 1987 |\n"
             "| Firm 3 | helpdesk@example.com | +1 415 555 0110 | 2004 |\n")
    assert not _types(detector, table)
    real = table.replace("+1 415 555 0110", "+1 415 829 3377")
    # (the rules' reading; the span judge, round 35, may still read a firm's line in a table of firms as the firm's)
    rules = PiiDetector(detector.settings.model_copy(update={"span_judge": False}))
    assert "PHONE_NUMBER" in _types(rules, real)


def test_round21_bars_inside_one_value_still_join(detector: PiiDetector) -> None:
    assert "US_SSN" in _types(detector, "ssn 078 | 05 | 1120")


# --- UUIDs
@pytest.mark.parametrize("text", [
    "ERROR ledger 91753236-6179-412e-9047-271c111ec9ff not balanced",
    "GET /api/v2/items 200 31ms req=80851011-2706-4fc5-b264-625974b640ea",
    "Trace-Id: 30417722-5561-4c1d-8f0e-9a2b3c4d5e6f",
])
def test_round21_a_uuids_digit_groups_are_no_phone_number(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" not in _types(detector, text)


def test_round21_a_phone_next_to_a_uuid_stays_flagged(detector: PiiDetector) -> None:
    assert "PHONE_NUMBER" in _types(detector, "please call me on 0176 2345 6789 tomorrow")


# --- defined terms
@pytest.mark.parametrize("text", [
    "The Supplier shall process Customer Data only on documented instructions.",
    "The Processor must not disclose Client Data to any third party.",
    "Access to Employee Data is limited to the HR team.",
])
def test_round21_capitalised_defined_terms_are_no_names(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Please call the customer Anna Berg tomorrow about the refund.",
    "The patient Maria Lopez was discharged on Monday.",
])
def test_round21_a_role_before_a_name_stays_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


# --- role mailboxes of hyphenated role words
def test_round21_hyphenated_role_mailboxes(detector: PiiDetector) -> None:
    assert "EMAIL_ADDRESS" not in _types(detector, "Note: the ops-alerts@example.net list is copied on this.")
    assert "EMAIL_ADDRESS" in _types(detector, "write to anna-berg@example.net about it")
    assert "EMAIL_ADDRESS" in _types(detector, "ping ops-alerts@gmail.com")  # a webmail account is somebody's


# --- bounded cost of the new scans
@pytest.mark.parametrize("text", [
    "12 | 34-56 | " * 17_000,  # bars and digit groups (_CELL_BAR, _delimited_line)
    "a1b2c3d4-" * 22_000,  # hex groups (_UUID)
    "x Customer " * 18_000,  # capitalised role words (_CAPITALISED_ROLE_BEFORE)
    "4242 4242 4242 4242 declined valid " * 5_500,  # test cards with check words
    "card 4111 1111 1111 1111 | " * 7_500,  # one long delimited line of documentation values
])
def test_round21_rules_stay_bounded(detector: PiiDetector, text: str) -> None:
    start = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


def test_round21_new_helpers_are_linear_on_200kb() -> None:
    """The new scans alone, on 200 KB of the characters each one reads: well under a second."""
    from gateway.signals.normalise import identifier_view
    from gateway.signals.pii import _defined_term
    from gateway.signals.recognizers import _UUID, _VALUE_CHECK_CUE, _delimited_line

    bars = "| 12 | 3-4 " * 20_000
    hexes = "a1b2c3d4-" * 22_000
    roles = "x Customer " * 18_000
    checks = "declined valid " * 13_000
    start = time.process_time()
    identifier_view(bars)
    for at in range(0, len(bars), 5_000):
        _delimited_line(bars, at, at + 2)
    list(_UUID.finditer(hexes))
    for at in range(11, len(roles), 5_000):
        _defined_term(roles, at, at + 8)
    list(_VALUE_CHECK_CUE.finditer(checks))
    assert time.process_time() - start < scaled(1.0)


# --- a Japanese address by its postal mark, town and bare lot number (found by main only through a UUID's digits read
# as a phone number in the same record)
@pytest.mark.parametrize("text", [
    "send the spare key to my home address 〒604-8006 京都市中京区河原町 215",
    "自宅の住所は〒812-0011 福岡市博多区駅前112です",
])
def test_round21_japanese_address_with_a_bare_lot_number(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" in _types(detector, text)


@pytest.mark.parametrize("text", [
    "〒150-0089 渋谷区神宮前5",  # a district's chōme, anybody's
    "〒100-0001 千代田区千代田 2000円",  # an amount after the town
])
def test_round21_japanese_district_or_amount_is_no_address(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" not in _types(detector, text)
