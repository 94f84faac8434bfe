"""PII signal: offline presidio with routing defaults, policy knobs, and no values in results."""

from __future__ import annotations

import dataclasses
import ipaddress
import json
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from timing import scaled

from gateway.signals.classifier import SignalClassifier
from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings, SignalSettings

ROOT = Path(__file__).resolve().parents[1]

SENSITIVE = {
    "EMAIL_ADDRESS": "Please forward the contract to maria.lopez@example.org today.",
    "PHONE_NUMBER": "You can reach me on +44 20 7183 0958 after six.",
    "CREDIT_CARD": "Charge it to 4111 1111 1111 1111, expiry 04/27.",
    "US_SSN": "My social security number is 536-22-8726.",
    "IBAN_CODE": "Wire the deposit to DE89 3704 0044 0532 0130 00.",
    "PERSON": "Write a performance review for Karen Hodges, who missed two deadlines.",
    "DATE_OF_BIRTH": "Patient DOB: 04/12/1986, check the vaccine schedule.",
    "MEDICAL_RECORD_NUMBER": "Pull the labs for MRN 00482913.",
    "PASSPORT": "My passport number is X1234567, fill in the visa form.",
    "NATIONAL_ID": "My DNI is 12345678Z.",
    "STREET_ADDRESS": "Ship the package to 1187 Larkspur Terrace, Springfield.",
}
VALUES = ["maria.lopez@example.org", "+44 20 7183 0958", "4111 1111 1111 1111", "536-22-8726",
          "DE89 3704 0044 0532 0130 00", "Karen Hodges", "04/12/1986", "00482913", "X1234567", "12345678Z",
          "1187 Larkspur Terrace"]
BENIGN = [
    "What's the best time of year to visit France?",
    "Explain the difference between TCP and UDP.",
    "Write a short poem about Barack Obama.",
    "My order #4839201934 hasn't arrived yet.",
    "Upgrade numpy from 1.26.4 to 2.4.6 and list breaking changes.",
    "Is ISBN 978-3-16-148410-0 the second edition?",
    "Explain how React Native differs from Flutter.",
    "The meeting is on March 3, 2026 at 10:00 in Berlin.",
]


def _guard_connect(real_connect: Callable[..., None]) -> Callable[..., None]:
    """socket.connect that refuses any address but loopback and local sockets."""
    def guarded(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else None
        if isinstance(host, str) and host != "localhost":
            try:
                loopback = ipaddress.ip_address(host).is_loopback
            except ValueError:
                loopback = False
            if not loopback:
                raise OSError(f"network disabled in tests: {host}")
        real_connect(self, address)

    return guarded


@pytest.fixture(scope="module", autouse=True)
def no_network() -> Iterator[None]:
    """Module-wide (so it covers building the engine): the signals must work offline."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", _guard_connect(socket.socket.connect))
        yield


def test_builds_and_classifies_offline_in_a_fresh_process() -> None:
    """A new process with every non-loopback connection refused builds presidio + spaCy and
    classifies: no model download, no public-suffix-list fetch."""
    code = textwrap.dedent("""
        import socket, sys
        sys.path.insert(0, "tests")
        from test_signals_pii import _guard_connect
        socket.socket.connect = _guard_connect(socket.socket.connect)
        from gateway.signals.classifier import SignalClassifier
        pii = SignalClassifier().classify(["Mail jo@example.org or call +44 20 7183 0958, Karen Hodges"]).pii
        print(",".join(pii.entity_types))
    """)
    env = {**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER"} <= set(done.stdout.strip().splitlines()[-1].split(","))


@pytest.fixture(scope="module")
def classifier() -> SignalClassifier:
    clf = SignalClassifier(SignalSettings())
    clf.warm()
    return clf


def detect(settings: PiiSettings, text: str) -> set[str]:
    return set(PiiDetector(settings).detect([text]).entity_types)


@pytest.mark.parametrize("entity", sorted(SENSITIVE))
def test_sensitive_entities_detected(classifier: SignalClassifier, entity: str) -> None:
    pii = classifier.classify([SENSITIVE[entity]]).pii
    assert pii.detected and entity in pii.entity_types


@pytest.mark.parametrize("text", BENIGN)
def test_routing_defaults_ignore_benign_text(classifier: SignalClassifier, text: str) -> None:
    pii = classifier.classify([text]).pii
    assert not pii.detected, pii.entity_types


def test_no_matched_value_in_results(classifier: SignalClassifier) -> None:
    signals = classifier.classify(list(SENSITIVE.values()))
    rendered = [repr(signals), str(signals), json.dumps(dataclasses.asdict(signals), default=str)]
    assert signals.pii.detected
    for value in VALUES:
        for text in rendered:
            assert value not in text
            assert value.replace(" ", "") not in text


def test_counts_and_scores_per_entity(classifier: SignalClassifier) -> None:
    pii = classifier.classify(["mail a@example.org or b@example.org", "and c@example.org"]).pii
    (email,) = pii.entities
    assert email.entity_type == "EMAIL_ADDRESS" and email.count == 3 and 0.5 <= email.max_score <= 1.0


def test_hard_identifier_decides_without_ner(classifier: SignalClassifier, monkeypatch: pytest.MonkeyPatch) -> None:
    detector = PiiDetector(PiiSettings())
    calls: list[int] = []
    real = detector.engine.ner_artifacts
    monkeypatch.setattr(detector.engine, "ner_artifacts", lambda texts: calls.append(len(texts)) or real(texts))
    assert detector.detect(["Tamsin Vellacott paid with 4111 1111 1111 1111."]).detected
    assert calls == []
    # NER's find: no list has either word, so the pattern pass (name model included) finds nothing
    assert detector.detect(["Zephyrine Walcroft paid in cash."]).entity_types == ["PERSON"]
    assert calls


def test_long_prompt_scanned_end_to_end(classifier: SignalClassifier) -> None:
    filler = "The quarterly numbers look fine and the team shipped the release on time. " * 1400
    assert len(filler) > 100_000
    assert not classifier.classify([filler]).pii.detected
    assert classifier.classify([filler + " Refund to 4111-1111-1111-1111."]).pii.entity_types == ["CREDIT_CARD"]
    assert "PERSON" in classifier.classify([filler[:50_000] + " Dear Julie Hart, " + filler[:50_000]]).pii.entity_types


def test_threshold_knob() -> None:
    text = "Numbers to keep: +44 20 7183 0958."  # formatted, no context word: scores 0.75
    assert detect(PiiSettings(), text) == {"PHONE_NUMBER"}
    assert detect(PiiSettings(thresholds={"PHONE_NUMBER": 0.95}), text) == set()
    assert detect(PiiSettings(thresholds={"PHONE_NUMBER": 0.95}), "Mobile: +44 20 7183 0958.") == {"PHONE_NUMBER"}
    assert detect(PiiSettings(default_threshold=0.99, thresholds={}), SENSITIVE["EMAIL_ADDRESS"]) == {"EMAIL_ADDRESS"}


def test_allow_list_exact_and_regex() -> None:
    text = "Send it to jo.marsh@acme.com please."
    assert detect(PiiSettings(), text) == {"EMAIL_ADDRESS"}
    assert detect(PiiSettings(allow_list=["jo.marsh@acme.com"]), text) == set()
    assert detect(PiiSettings(allow_regex=[r".*@acme\.com"]), text) == set()
    assert detect(PiiSettings(allow_regex=[r".*@other\.com"]), text) == {"EMAIL_ADDRESS"}


def test_public_figures_knob() -> None:
    text = "Summarise the main achievements of Albert Einstein."
    assert detect(PiiSettings(), text) == set()
    assert detect(PiiSettings(public_figures=False), text) == {"PERSON"}


def test_deny_list_recognizer() -> None:
    settings = PiiSettings.model_validate({"deny_list": [
        {"name": "codenames", "entity": "PROJECT_CODENAME", "words": ["Bluebird"]},
        {"name": "employee-ids", "entity": "EMPLOYEE_ID", "patterns": [{"regex": r"\bEMP-\d{6}\b", "score": 0.9}]},
    ]})
    assert detect(settings, "Status of the bluebird project?") == {"PROJECT_CODENAME"}
    assert detect(settings, "Reset the laptop of EMP-004211.") == {"EMPLOYEE_ID"}
    assert detect(PiiSettings(), "Status of the bluebird project?") == set()


def test_entity_selection_and_disable() -> None:
    text = SENSITIVE["EMAIL_ADDRESS"] + " " + SENSITIVE["PHONE_NUMBER"]
    assert detect(PiiSettings(entities=["PHONE_NUMBER"]), text) == {"PHONE_NUMBER"}
    assert detect(PiiSettings(entities=["LOCATION"]), "Visit France and Portugal.") == {"LOCATION"}
    assert detect(PiiSettings(enabled=False), text) == set()


def test_bare_phone_number_needs_a_cue() -> None:
    assert detect(PiiSettings(), "call me at 2124790147") == {"PHONE_NUMBER"}  # "call" is a spaCy stop word
    assert detect(PiiSettings(), "Order 2124790147 shipped") == set()


def test_context_words_knob() -> None:
    text = "buzz 2124790147 tonight"  # a bare digit run scores 0.4: below the 0.5 threshold
    assert detect(PiiSettings(), text) == set()
    assert detect(PiiSettings(context={"PHONE_NUMBER": ["buzz"]}), text) == {"PHONE_NUMBER"}


def test_concurrent_classify_matches_sequential(classifier: SignalClassifier) -> None:
    texts = [[t] for t in list(SENSITIVE.values()) + BENIGN]
    sequential = [classifier.classify(t).pii.entity_types for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda t: classifier.classify(t).pii.entity_types, texts))
    assert parallel == sequential


@pytest.mark.parametrize("text, expected", [
    ("Please write a reference letter for my colleague Román Buendía Rodríguez.", {"PERSON"}),
    ("Translate this note for Marta Kowalski: the shipment is delayed.", {"PERSON"}),
    ("Priya Raman missed the deadline again.", {"PERSON"}),
    ("What is a Fourier transform?", set()),  # eponyms are not people to protect
    ("Explain the Monty Hall problem.", set()),
    ("Meet me at the Rose Garden near Golden Gate Park.", set()),
    ("Write a changelog entry for timestamp 1660825199.", set()),  # passes the NHS checksum, no NHS cue
    ("Wire it to my savings account 000123456789.", {"US_BANK_NUMBER"}),
    ("Please check build 20240315 again.", set()),
    ("Please transfer the rent to AT54 2460 1126 4306 1793 monthly.", {"IBAN_CODE"}),
])
def test_names_and_lookalikes(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    assert set(classifier.classify([text]).pii.entity_types) == expected


@pytest.mark.parametrize("text, expected", [
    # IBANs in any case and grouping, checked by country format + mod 97
    ("refund to acct gb30 nwbk 9010 8713 3216 94", {"IBAN_CODE"}),
    ("iban de26982874813263406003 (kontoinhaber see contract)", {"IBAN_CODE"}),
    ("Wire it to DE89-3704-0044-0532-0130-00 today.", {"IBAN_CODE"}),
    ("Reference DE89 3704 0044 0532 0130 01 fails the check digits.", set()),
    # machine numbers are not phone numbers: IPv4, ports, log timestamps
    ("server 164.18.69.182 refuses connections on port 443", set()),
    ("db at 10.0.0.7:5432 is down", set()),
    ("2024-06-10 10:54:10 ERROR worker-3 timeout after 7344ms", set()),
    ("call 555-123-4567: ask for the night desk", {"PHONE_NUMBER"}),
    ("dial +1.555.123.4567 for support", {"PHONE_NUMBER"}),
    # names typed without capitals after a strong cue
    ("name: rosa iyer\nrole: contractor", {"PERSON"}),
    ("Name: Oluwaseun Raman\nRole: contractor\nStart: Monday", {"PERSON"}),
    ("best regards,\ningrid sato\nsenior analyst", {"PERSON"}),
    ("dear thandiwe byrne, thanks for your application.", {"PERSON"}),
    ("my mom jonas keeps forgetting her meds", {"PERSON"}),
    ("Sehr geehrte Frau Müller, vielen Dank für Ihre Nachricht.", {"PERSON"}),
    ("dear hiring manager, please find my cv attached", set()),
    ("hello world, how do i print in python", set()),
    ("my sister keeps borrowing my charger", set()),
    ("metadata:\n  name: nginx-deployment\n  labels:\n    app: nginx", set()),
    ("- name: Install dependencies\n  run: pip install -r requirements.txt", set()),
    # lower-case street addresses need an address context word
    ("new address: 244 harbor view rd apt 25", {"STREET_ADDRESS"}),
    ("walk 3 more blocks down the road and turn left", set()),
    # the IBAN registry's lengths (presidio's table has Portugal at 21 characters, not 25)
    ("Refunds are paid to account PT66 6714 3709 8629 3811 0462 5 only.", {"IBAN_CODE"}),
    ("my social is 579724816 and the irs site rejects it", {"US_SSN"}),
    # names in structured pastes and after pronouns, titles, list cues
    ('{"customer": {"full_name": "Hajnalka Balogh", "tier": "gold"}} extract the tier', {"PERSON"}),
    ("id,full_name,dept\n17,Orestas Urbonas,Sales\nturn this into json", {"PERSON"}),
    ('{"name": "frontend-build", "version": "1.2.3"} add a lint script', set()),
    ("service,name,port\napi,Billing Service,80", set()),
    ("Sidónia Janečko (she/her) joined the data team today", {"PERSON"}),
    ("Dear Ms. Tiihonen,\nwe regret to inform you", {"PERSON"}),
    ("Dear Hiring Manager, I am excited to apply", set()),
    ("what's the difference between Goldman Sachs and Morgan Stanley", set()),
    ("Passenger SMITH/EDWARD MR, seat 14C", {"PERSON"}),
    ("draw the TCP/IP stack", set()),
    ("Employee: Valter Bukovec\nStart date: 1 March", {"PERSON"}),
    ("Customer: Sure thing, thanks\nAgent: Great", set()),
    ("naming the room after Annija Vītoliņš, our founder's late wife", {"PERSON"}),
    ("the credit bureau has my ssn as 417875490 but one digit is wrong", {"US_SSN"}),
    # money, URL paths and order numbers are not phones or cards
    ("invoice total $ 86293.80 incl. VAT 18%", set()),
    ("GET /api/v2/items/92204 200 792ms", set()),
    ("order 686-3396006-9108351 never arrived", set()),
    ("card 3782 915506 10009 was declined", {"CREDIT_CARD"}),  # (round 21: not Amex's published test number, which
    # asked about as a declined payment test is nobody's card)
    # obfuscated email addresses, valid once rewritten
    ("reach me at j o h n @ x . com please", {"EMAIL_ADDRESS"}),
    ("mail jane[at]acme[dot]io for access", {"EMAIL_ADDRESS"}),
    ("my address is jane dot doe at gmail dot com", {"EMAIL_ADDRESS"}),
    ("y = x @ self.weight + b", set()),
])
def test_casual_formats(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    """What people type: lower case, machine numbers next to personal ones, obfuscation."""
    assert set(classifier.classify([text]).pii.entity_types) == expected


@pytest.mark.parametrize("text, expected", [
    # appositives: a role names the person between commas, before or after the name (invented
    # names no list holds: the cue alone decides)
    ("The buyer, Zelgrim Oxtavu, pays the deposit.", {"PERSON"}),
    ("Zelgrim Oxtavu, the new tenant, signs first.", {"PERSON"}),
    ("The tenant, as agreed, pays on the first.", set()),
    # greetings in several languages, closed by punctuation
    ("Hey Xandrilo! Long time no see.", {"PERSON"}),
    ("Hola Xandrilo, ¿cómo estás?", {"PERSON"}),
    ("Hallo Xandrilo, wie geht es dir?", {"PERSON"}),
    ("Ciao Xandrilo! Ci vediamo domani.", {"PERSON"}),
    ("Hey Team! standup in 5", set()),
    ("Hello World! print it in python", set()),
    # world name lists (Faker's locales) next to the census: names in non-English prose
    ("Scrivi una lettera di presentazione per Mirela Kowalczyk, che parte domani.", {"PERSON"}),
    ("Envoyez le contrat à Ayşe Yilmaz avant vendredi.", {"PERSON"}),
    ("Schreib an Lotte van den Berg wegen der Rechnung.", {"PERSON"}),
    ("Erkläre mir den Satz des Pythagoras mit einem Beispiel.", set()),  # "des" is an article here
    # introducing oneself, with a listed first name
    ("Agent: thanks for calling, this is Wanjiru. How can I help?", {"PERSON"}),
    ("honestly this is fine. what do you think?", set()),
    # family name first, in capitals, as forms and envelopes write it
    ("Address the envelope to DUPONT Marie, 2nd floor.", {"PERSON"}),
    ("Explain how the REST API and JSON Schema fit together.", set()),
    ("Compare SQL Server with AWS Lambda for this job.", set()),
    # a surname that alone is a demonym or language, after a known first name
    ("Rhonda French signed the lease yesterday.", {"PERSON"}),
    ("Translate the French text into English.", set()),
    # public figures with accents, and the broadened list
    ("Háblame de José Martí y de su poesía.", set()),
    ("What did Kwame Nkrumah do for Ghana?", set()),
    ("Dear Mr. Khan, your order shipped.", {"PERSON"}),  # a common surname alone is nobody famous
    # decimals and coordinate pairs are never phone numbers
    ("The GPS says -33.86882, 151.20929, which city is that?", set()),
    ("coords 48.85837;2.29448 on the map", set()),
    ("Pi is 3.14159265 roughly.", set()),
    ("Call me at 555.123.4567 tomorrow.", {"PHONE_NUMBER"}),
])
def test_round4_names_and_numbers(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    """Appositive roles, greetings, world name lists, SURNAME Given, accent-folded public figures,
    decimals: general rules, each shown on invented values."""
    assert set(classifier.classify([text]).pii.entity_types) == expected


@pytest.mark.parametrize("text, expected", [
    # name slots: the structure, not a list, says a person stands there (invented names)
    ("[00:12:07] Zelgrim Oxtavu: I will send the deck.\n[00:12:30] Host: thanks", {"PERSON"}),
    ("[00:12:07] Host: welcome\n[00:12:30] Moderator: next item", set()),
    ("Re: Zelgrim Oxtavu, 61-year-old, chest pain on exertion.", {"PERSON"}),
    ("Re: Quarterly Budget Review, 2024 draft", set()),
    ("I, Zelgrim Oxtavu, of the town of Ely, do solemnly declare", {"PERSON"}),
    ("Case 22-1190: Zelgrim Oxtavu v. Northwind Freight Ltd.", {"PERSON"}),
    ("Explain Brown v. Board of Education and Citizens United v. FEC.", set()),
    ("You are the executive assistant of Zelgrim Oxtavu. Be concise.", {"PERSON"}),
    ("Happy birthday Xandrilo! 🎂 make it rhyme", {"PERSON"}),
    ("Happy Birthday to you, sing it in French", set()),
    ("big congrats to Дарина Квітко on the promotion!", {"PERSON"}),
    # names in other scripts: a capitalised Cyrillic/Greek run inside Latin-script prose, CJK in a slot
    ("Please write a short thank-you note to Евдокия Проскурякова for the flowers.", {"PERSON"}),
    ("Москва — столица России, Красная Площадь в центре.", set()),  # prose in that script: not a name run
    ("Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.", set()),
    ("para kay 欧阳娜娜 ang sulat na ito", {"PERSON"}),
    # Faker's Cyrillic, Greek, Korean and Japanese names, romanized into the world lists
    ("Forward the minutes to Seo-yeon Choi and Dmitriy Smirnov.", {"PERSON"}),
    ("Ask Katerina Papadopoulou about the venue.", {"PERSON"}),
    # dative and "named" cues of other languages; a listed name is needed after a plain preposition
    ("Schrijf een kort bedankje aan Lotte Oxtavu voor de hulp.", {"PERSON"}),
    ("Stuur de brief aan de gemeente Utrecht.", set()),
    ("Zelgrim Oxtavu adlı müşteriye bir e-posta yaz.", {"PERSON"}),
    # public figures by a shorter form of a listed name
    ("Wie was Mustafa Kemal? Geef drie feiten.", set()),
    # barcodes are not cards; cards stay cards
    ("barcode 4006381333931 on the shelf label", set()),
    ("scan EAN 5901234123457 and tell me the country prefix", set()),
    ("my card number is 4111111111111111, exp 09/27", {"CREDIT_CARD"}),
    ("Visa 4222222222222 was an old 13-digit test card", {"CREDIT_CARD"}),
])
def test_round5_slots_scripts_barcodes(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    """Structural name slots, non-Latin scripts, foreign dative cues, partial public-figure forms,
    EAN/UPC barcodes: general rules, each shown on invented values."""
    assert set(classifier.classify([text]).pii.entity_types) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # issuer ranges and lengths presidio's patterns lack (ISO/IEC 7812), Luhn-valid invented numbers
    ("Pay with 2201 7835 1059 1187 please", {"CREDIT_CARD"}),  # Mir 2200-2204, grouped: no cue needed
    ("Mir 2201783510591187 expires 03/29", {"CREDIT_CARD"}),
    ("maestro 6761023738785468975 was declined", {"CREDIT_CARD"}),  # 19 digits, unbroken, with a cue
    ("Charge my debit card 5021 7927 4767 8682 781 for the order", {"CREDIT_CARD"}),  # 19 digits, 4-4-4-4-3
    ("unionpay card 628390082897277442", {"CREDIT_CARD"}),  # 18 digits
    # a 17-19 digit number without a card word is an order/parcel/account number or IBAN groups
    ("Order 6761023738785468975 shipped yesterday, where is it?", set()),
    ("Order 5021 7927 4767 8682 781 shipped yesterday", set()),
])
def test_card_ranges_and_lengths(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    """Cards outside presidio's prefixes and lengths are found; bare long numbers need a card word."""
    assert set(classifier.classify([text]).pii.entity_types) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # invented Luhn-valid numbers: dot groups, UATP's 4-5-6, issuers outside presidio's (9xxx), card
    # words and networks in other languages
    ("mein Visa Electron 4512.3456.7890.1234 ist gesperrt", {"CREDIT_CARD"}),
    ("paguei com o cartão Elo 6362.0123.4567.8902 duas vezes", {"CREDIT_CARD"}),
    ("UATP 1234 56789 012347 for the airline invoice", {"CREDIT_CARD"}),
    ("карта 9860112233445561 не работает", {"CREDIT_CARD"}),
    ("カード番号 4512.3456.7890.1234 を確認して", {"CREDIT_CARD"}),
    # the same shapes without a card word are build numbers, serials, timestamps
    ("build 4512.3456.7890.1234 fails the smoke test", set()),
    ("ticket 1234 56789 012347 is closed", set()),
    ("trace id 9860112233445561 in the log", set()),
    # a dotted number failing Luhn next to a card word is not a card
    ("my card 4512.3456.7890.1230 works", set()),
])
def test_card_groupings_networks_languages(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    """Cards printed with dots or UATP grouping, named by network or in other languages, are found."""
    assert set(classifier.classify([text]).pii.entity_types) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # check digits validated by python-stdnum, each with the ID's own name near it (invented values)
    ("Mitt fødselsnummer er 17058912395, hjelp meg", {"NATIONAL_ID"}),
    ("T.C. Kimlik No: 31415926562. Dilekçe yaz.", {"NATIONAL_ID"}),
    ("my PPS number is 1234567T, is that right?", {"NATIONAL_ID"}),
    ("henkilötunnus 131052-308T lomakkeeseen", {"NATIONAL_ID"}),
    # a failing check digit, or no cue, is just a number
    ("T.C. Kimlik No 31415926563", set()),
    ("the invoice total 17058912395 is wrong", set()),
    # an unformatted SSN under an ssn column header (stdnum's SSN validity)
    ("id,ssn,dept\n7,412553718,sales", {"US_SSN"}),
])
def test_checksummed_national_ids(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    assert set(classifier.classify([text]).pii.entity_types) == expected


def test_ssn_column_needs_its_header(classifier: SignalClassifier) -> None:
    assert "US_SSN" not in classifier.classify(["id,zip,dept\n7,412553718,sales"]).pii.entity_types


@pytest.mark.parametrize(("text", "expected"), [
    # a TD3 MRZ: the line shape alone is a passport, the holder's name is in it (ICAO's own specimen, issued by
    # "UTO", is nobody's: test_round16_values_that_belong_to_nobody)
    ("P<NLDVANDERMEER<<SANNE<JOHANNA<<<<<<<<<<<<<<\nNX44172039NLD8603127F3105149<<<<<<<<<<<<<<06 why rejected?",
     {"PASSPORT", "PERSON"}),
    ("the form says 'passport no.' - mine is XK4471203, ok?", {"PASSPORT"}),
    # health record formats: HL7 v2 PID (PID-3 id, PID-5 name) and a FHIR Patient resource
    ("PID|1||55501234^^^GENHOSP^MR||TREMBLAY^JOELLE||19780602|F parse this", {"MEDICAL_RECORD_NUMBER", "PERSON"}),
    ('{"resourceType": "Patient", "identifier": [{"value": "448812"}], "name": [{"family": "Okonkwo", '
     '"given": ["Adaeze"]}]}', {"MEDICAL_RECORD_NUMBER", "PERSON"}),
    ('{"resourceType": "Observation", "valueQuantity": {"value": 7}}', set()),
])
def test_passport_mrz_and_health_records(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    assert expected <= set(classifier.classify([text]).pii.entity_types) and (
        expected or not classifier.classify([text]).pii.detected)


@pytest.mark.parametrize(("text", "expected"), [
    ("my home ip is 145.53.17.204, can my ex track me?", {"IP_ADDRESS"}),
    ("the harassing emails came from 81.92.203.17.", {"IP_ADDRESS"}),
    ("Accepted password for jdoe from 2a01:4f8:1c1c:9e3a::1 port 50022 ssh2 - that's my home IP", {"IP_ADDRESS"}),
    # private, documentation and loopback ranges, and plain technical questions, are not personal
    ("my home ip is 192.168.1.20, how do I forward a port?", set()),
    ("my ip is 203.0.113.9 in the docs example", set()),
    ("ping 8.8.8.8 times out, why?", set()),
    ("nginx listens on 0.0.0.0:80 and proxies to 10.0.0.5", set()),
])
def test_personal_ip_addresses(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    """An IP counts only when public and someone's (IP_ADDRESS has the default action, like every type)."""
    assert set(classifier.classify([text]).pii.entity_types) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # numbers and addresses glued to text in scripts without spaces, phone words in other languages
    ("電話番号は03 5412 7788です。", {"PHONE_NUMBER"}),
    ("το κινητό μου είναι 6944123456, στείλε μήνυμα", {"PHONE_NUMBER"}),
    ("my mobile no. +977 9812345678, call after six", {"PHONE_NUMBER"}),
    ("連絡先はtaro.yamada@example.co.jpです", {"EMAIL_ADDRESS"}),
    # a +CC digit run without a phone word still has to be a valid number
    ("the reading was +977 98123456789 units", set()),
    ("file a12345678901b is missing", set()),
])
def test_glued_and_foreign_phone_and_email(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    assert set(classifier.classify([text]).pii.entity_types) == expected


def test_partial_public_figure_forms() -> None:
    from gateway.signals.pii import _partial_forms

    forms = _partial_forms(["mustafa", "kemal", "ataturk"])
    assert {"mustafa kemal", "kemal ataturk", "mustafa ataturk"} <= forms
    assert "jose garcia" not in _partial_forms(["gabriel", "jose", "garcia", "marquez"])  # too many people


def test_surname_alone_allowed_only_when_rare() -> None:
    from gateway.signals.pii import public_figures

    figures = public_figures()
    assert {"simon bolivar", "obama", "nkrumah"} <= figures
    assert "khan" not in figures and "singh" not in figures  # Imran Khan, Manmohan Singh: surnames of millions


def test_obfuscated_email_span_is_the_address_alone() -> None:
    from gateway.signals.recognizers import ObfuscatedEmailRecognizer

    text = "reach me at j o h n @ x . com please"
    (found,) = ObfuscatedEmailRecognizer().analyze(text, ["EMAIL_ADDRESS"])
    assert text[found.start:found.end] == "j o h n @ x . com"


def test_gazetteer_recognizer_needs_first_name_and_surname() -> None:
    from gateway.signals.recognizers import GazetteerNameRecognizer

    recognizer = GazetteerNameRecognizer()
    found = recognizer.analyze("Forward it to Ingrid Johansson, not to Rose Garden or Kafka Streams.", ["PERSON"])
    assert [(r.start, r.end) for r in found] == [(14, 30)]


# --- Round 15 (documentation values and organisations): values that belong to nobody.
@pytest.mark.parametrize("texts, entity, found", [
    # reserved documentation domains (RFC 2606 / 6761) with placeholder local parts or a docs / test word
    (["Generate ten rows with made-up values such as user3@example.net and <PHONE>."], "EMAIL_ADDRESS", False),
    (["Wir nutzen in der Doku die Adresse max.mustermann@example.de als Beispiel."], "EMAIL_ADDRESS", False),
    (["The README says: write to bob@example.org if the build breaks, it is in the docs."], "EMAIL_ADDRESS", False),
    (["Pour les tests unitaires, la fixture utilise contact.client@shop.test comme adresse."], "EMAIL_ADDRESS", False),
    (["در راهنما آدرس someone@example.com را فقط به عنوان نمونه بنویسید."], "EMAIL_ADDRESS", False),
    # ... but a reserved domain standing in for a real person stays flagged (fail safe)
    (["My email is kwesi.mensah@example.org, put it on the form."], "EMAIL_ADDRESS", True),
    (["Forward the minutes to rgallagher@example.com before noon."], "EMAIL_ADDRESS", True),
    (["Here are my details: user7@example.com. Keep them on file."], "EMAIL_ADDRESS", True),
    # a stand-in PERSON on a reserved domain without a docs word: how people test a gateway's PII handling
    (["Email jane.doe@example.com the plan."], "EMAIL_ADDRESS", True),
    (["ping alice@example.org about the release notes"], "EMAIL_ADDRESS", True),
    (["Test account for Dana Whitfield: dana.whitfield@example.net"], "EMAIL_ADDRESS", True),
    # an organisation's role mailbox as a field's whole value (a tool's enum, a default), not a person's
    (["to", "enum", "support@brindlecove-freight.com", "body"], "EMAIL_ADDRESS", False),
    (["sender", "default", "noreply@tallowmere-payroll.io"], "EMAIL_ADDRESS", False),
    (["to", "enum", "sofia.lindqvist@gmail.com"], "EMAIL_ADDRESS", True),
    (["to", "default", "support@gmail.com"], "EMAIL_ADDRESS", True),  # a webmail account is somebody's
    # an organisation's hotline and mailbox in Arabic
    (["لخدمة العملاء اتصل على الخط الساخن 16999 أو راسلنا على info@rosewick-textiles.com."], "EMAIL_ADDRESS", False),
    # published test cards in a decline-test or fixture context
    (["Sandbox: 4242 4242 4242 4242 succeeds; for the decline test use 4000 0000 0000 0002."], "CREDIT_CARD", False),
    (['fixture = {\n  "name": "Test Customer",\n  "city": "Springfield",\n  "card": "5555555555554444"\n}'],
     "CREDIT_CARD", False),
    (["My card is 4000 0000 0000 0002, please charge it today."], "CREDIT_CARD", True),
    (["Bitte buche 4111 1111 1111 1111 von meiner Karte ab."], "CREDIT_CARD", True),
    # the registry's example IBANs in a catalogue's column or a fixture; with a private cue they stay flagged
    (["sku;name;ref_code;qty\nSKU-101;Kettle;GB29NWBK60161331926819;3\nSKU-102;Toaster;ES9121000418450200051332;1"],
     "IBAN_CODE", False),
    (["Testdaten für den Unit-Test: iban = DE89 3704 0044 0532 0130 00, betrag = 12,50"], "IBAN_CODE", False),
    (["Mein IBAN ist DE89 3704 0044 0532 0130 00, bitte überweisen."], "IBAN_CODE", True),
    (["sku;name;ref_code\nSKU-7;Lamp;DE44500105175407324931"], "IBAN_CODE", True),  # not an example IBAN
    # number look-alikes: a serial range with a masked tail, an order or invoice number spoken in a transcript
    (["Typenschild: Modell X200 · Seriennummernbereich SN 7310-4482-xxxx · Leistung 1200 W"], "PHONE_NUMBER", False),
    (["[00:00:05] SPEAKER 2: the invoice number is five one two, six six zero, eight three and the total is 90 euro"],
     "PHONE_NUMBER", False),
    (["[00:00:20] AGENT: sure. our general line is zero eight zero zero, one four seven, two two nine one, it's free"],
     "PHONE_NUMBER", False),
    (["[00:00:05] CALLER: my number is zero seven nine one one, one two three, four five six"], "PHONE_NUMBER", True),
    (["my mobile no. is 0176 2345 6789"], "PHONE_NUMBER", True),
    (['{"invoice": "INV-8812", "ref_2": "2024-71834"}'], "PHONE_NUMBER", False),  # a numbered reference key
    (['{"name": "Kofi", "phone_2": "0176 2345 6789"}'], "PHONE_NUMBER", True),
    # drama and documentation ranges in an organisation's switchboard or a fixture; not when it is somebody's
    (["Regards,\nThe Payables Team\nHollowmere Freight\nSwitchboard +44 20 7946 0312\n"], "PHONE_NUMBER", False),
    (['fixture:\n  "name": "Test Customer",\n  "phone": "+1 312-555-0178",\n  "plan": "basic"'], "PHONE_NUMBER",
     False),
    # round 23: a number NANP keeps for drama (555-0100..0199) rings nobody, "my mobile" or not
    (["Call me on +1 312-555-0178 after six, it's my mobile."], "PHONE_NUMBER", False),
    (["Call me on +1 312-479-0178 after six, it's my mobile."], "PHONE_NUMBER", True),
    # an organisation's vCard (KIND:org, no person's N): its TEL is the organisation's; a person's card stays flagged
    (["BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Quillby Opticians\nORG:Quillby Opticians;Front Desk\n"
      "TEL;TYPE=work,voice:+44 800 123 4567\nEMAIL;TYPE=work:hello@quillby.example\nEND:VCARD"], "PHONE_NUMBER", False),
    (["BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Chidinma;;;\nFN:Chidinma Okafor\nORG:Quillby Opticians\n"
      "TEL;TYPE=CELL:+447911123456\nEND:VCARD"], "PHONE_NUMBER", True),
    # a table's year-month cell before the next row's street is no house number; a real address still is
    (["road\tward\trepairs\tlast_fix\nQueen Victoria Road\tW2\t14\t2024-11\nKing Edward Avenue\tW5\t3\t2023-04"],
     "STREET_ADDRESS", False),
    (["Please send the parcel to 11 King Edward Avenue, Leeds."], "STREET_ADDRESS", True),
    # an organisation's switchboard in the Nordic languages
    (["Vår kundtjänst nås på support@exempelbolaget.se, växel 08-555 123 40, vardagar 9-17."], "PHONE_NUMBER",
     False),
])
def test_round15_documentation_values_and_organisations(texts: list[str], entity: str, found: bool) -> None:
    result = PiiDetector(PiiSettings()).detect(texts, locate=True)
    assert (entity in result.entity_types) is found, (texts, result.entity_types)


@pytest.mark.parametrize("text", [
    "user1@example.com, " * 3000,
    "test fixture " * 4000 + "4000 0000 0000 0002",
    ("sku;ref_code\n" + "SKU-1;DE89370400440532013000\n" * 1500),
    "my " * 5000 + "jane.doe@example.org",
    "BEGIN:VCARD\nKIND:org\nTEL:+44 20 7946 0312\n" * 800,
    "Serial range SN 7310-4482-xxxx, " * 2000,
])
def test_round15_rules_stay_bounded(text: str) -> None:
    import time

    start = time.process_time()
    PiiDetector(PiiSettings()).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


# --- Round 16 (sensitive records missed): birth dates, call-back numbers and addresses canyon and lagoon showed.
@pytest.mark.parametrize("texts, entity, found", [
    # a birth cue in Hebrew, Arabic, Persian, Thai and Chinese next to a date in its own format
    (["טופס קליטה — תאריך לידה: 14.07.1983, נא לאשר"], "DATE_OF_BIRTH", True),
    (["היא נולדה ב-03/11/1991 בבאר שבע"], "DATE_OF_BIRTH", True),
    (["البيانات: تاريخ الميلاد 1979/05/22 والجنسية"], "DATE_OF_BIRTH", True),
    (["من مواليد 12-09-1966 ويسكن في جدة"], "DATE_OF_BIRTH", True),
    (["تاریخ تولد: 1988/02/17"], "DATE_OF_BIRTH", True),
    (["ข้อมูลผู้ป่วย วันเกิด 07/08/1975 แพ้ยา"], "DATE_OF_BIRTH", True),
    (["登记表 出生：1992年3月5日 籍贯"], "DATE_OF_BIRTH", True),
    # a column header on its own line, the date under it; the date in brackets after the cue
    (["Születési idő\n1971. 06. 30.\nMegjegyzés: sürgős"], "DATE_OF_BIRTH", True),
    (["Date of birth\n22/12/1958\nNotes: none"], "DATE_OF_BIRTH", True),
    (["the portal wants my birth date (1984-10-09) and nothing else"], "DATE_OF_BIRTH", True),
    # the same words without a birth: "happened" in Thai, an ordinary header over a date
    (["เกิดข้อผิดพลาดวันที่ 12/03/2024 ในระบบ"], "DATE_OF_BIRTH", False),
    (["Invoice date\n22/12/2025\nTotal: 40"], "DATE_OF_BIRTH", False),
    # where to call the writer back, a number of a region the plans list lacks
    (["if needed, call me back on 0341 15-455-8812 after six"], "PHONE_NUMBER", True),
    (["llámame al 0351 15-620-7391 cuando puedas"], "PHONE_NUMBER", True),
    # a Hungarian street word after the name ("köz", "sétány", "u.")
    (["Szállítási cím: 7621 Pécs, Kálvária köz 8."], "STREET_ADDRESS", True),
    (["Lakcím: Szeged, Tisza Lajos krt. 41."], "STREET_ADDRESS", True),
])
def test_round16_birth_dates_numbers_and_addresses(texts: list[str], entity: str, found: bool) -> None:
    result = PiiDetector(PiiSettings()).detect(texts, locate=True)
    assert (entity in result.entity_types) is found, (texts, result.entity_types)


@pytest.mark.parametrize("text", [
    "תאריך לידה " * 20000, "Date of birth\n" * 30000 + "1/1/2000", "วันเกิด " * 30000, "call me back on " * 20000,
    "Ab köz " * 30000,
], ids=["hebrew-cue", "header-lines", "thai-cue", "callback", "hungarian-street"])
def test_round16_rules_stay_bounded(text: str) -> None:
    import time

    start = time.process_time()
    PiiDetector(PiiSettings()).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


# --- Round 16 (numbers and contact values that belong to nobody): drama and documentation ranges, reserved-domain
# role mailboxes, API examples, unissuable SSNs, placeholder streets, ICAO's specimen passport, spoken addresses.
@pytest.mark.parametrize("texts, entity, found", [
    # a drama-range number as a desk's or an office's line, beside a reserved-domain mailbox, in a story
    (["Termine über das Sekretariat, Leitung 555-0162, oder hilfe@example.org."], "PHONE_NUMBER", False),
    (["Admissions desk: +44 20 7946 0412 (weekdays)."], "PHONE_NUMBER", False),
    (["Pour la presse : presse@example.fr, ligne 0491 570 318."], "PHONE_NUMBER", False),
    (["En la película, el detective marca el (312) 555-0186 y nadie contesta."], "PHONE_NUMBER", False),
    # ... the same ranges as somebody's own, or bare, stay flagged: people test a gateway with them (fail safe)
    # (round 23: the ranges the regulators PUBLISH for drama are clean wherever they appear; the wider legacy ranges,
    # 0491 57x beyond ACMA's listed numbers, keep the fail safe)
    (["Ruf mich unter 555-0162 an, das ist meine Nummer."], "PHONE_NUMBER", False),
    (["Numbers for the list: +44 20 7946 0412."], "PHONE_NUMBER", False),
    (["Ruf mich unter 0491 570 233 an, das ist meine Nummer."], "PHONE_NUMBER", True),
    (["Numbers for the list: +44 20 7183 0412."], "PHONE_NUMBER", True),
    (["Bitte notieren: Handy von Lena Vogt, 0491 570 318."], "PHONE_NUMBER", True),
    (["Office line of our tenant Priya Raman: +44 20 7946 0412"], "PHONE_NUMBER", False),
    (["Office line of our tenant Priya Raman: +44 20 7183 0412"], "PHONE_NUMBER", True),
    (["Office line: +44 20 3321 7788, ask for the caretaker."], "PHONE_NUMBER", True),  # a real range
    # a record's other field is a sentence of its own: a private word there makes nothing in this one somebody's
    (['{"kontakt": "Rückfragen an redaktion@example.de oder Empfang 0491 570 222", "vermerk": "Mieter wohnt dort"}'],
     "PHONE_NUMBER", False),
    (['{"kontakt": "meine Nummer 0491 570 222", "vermerk": "nur abends"}'], "PHONE_NUMBER", True),
    # a role's or a department's mailbox on a reserved domain is nobody's; a stand-in person's stays personal
    (["Von: keine-antwort@example.de\nAn: redaktion@example.de\nBetreff: Korrektur"], "EMAIL_ADDRESS", False),
    (["Envía las dudas a soporte@example.com o a prensa@example.net."], "EMAIL_ADDRESS", False),
    (["Write to jane.doe@example.com about the rota."], "EMAIL_ADDRESS", True),
    (["My work inbox is office@example.com, use that one."], "EMAIL_ADDRESS", True),
    # (round 30: a desk's mailbox at an organisation's domain is nobody's, organisation named or not; a person's stays)
    (["Send it to support@brindlewick.co.uk please."], "EMAIL_ADDRESS", False),
    (["Send it to tam.quayle@brindlewick.co.uk please."], "EMAIL_ADDRESS", True),
    # an API call's example body whose contact values are all reserved or fictional: the whole record is a stand-in
    (['Explain this call:\nPATCH /v2/members/88 {"full_name": "Jane Doe", "mail": "j.doe@example.net", '
      '"mobile": "(415) 555-0119"}'], "EMAIL_ADDRESS", False),
    (['Qué devuelve esto? POST https://api.example.com/clientes\nContent-Type: application/json\n\n'
      '{"nombre": "Lucía Pérez", "correo": "lucia@example.org", "telefono": "+1 202 555 0131"}'], "PERSON", False),
    (['{"args": "PUT /contacts/4 {\\"name\\": \\"Max Mustermann\\", \\"email\\": \\"max@example.de\\"}"}'],
     "PERSON", False),
    # ... one real contact value in it and nothing in it is cleared
    (['POST /members {"full_name": "Jane Doe", "mail": "j.doe@example.net", "mobile": "+1 415 823 4411"}'],
     "EMAIL_ADDRESS", True),
    (['POST /members {"full_name": "Karen Hodges", "mail": "karen.hodges@ostler-mail.com"}'], "PERSON", True),
    # SSNs no one can be issued are placeholders; a valid one, or an ITIN-shaped 9xx, stays flagged
    (["Formulario de muestra: SSN 000-00-0000, nombre [NOMBRE]."], "US_SSN", False),
    (["Platzhalter im Formular: SSN 666-40-1234"], "US_SSN", False),
    (["TIN 912-05-4411 on the blank W-9"], "US_SSN", False),
    (["ssn 123-45-0000 is what the template shows"], "US_SSN", False),
    (["My SSN is 912-78-1234, I filed with an ITIN before."], "US_SSN", True),
    (["SSN 536-22-8726 for the payroll form"], "US_SSN", True),
    # a street or town that is itself a placeholder
    (["Lieferadresse im Muster: Musterstraße 12, 12345 Musterstadt"], "STREET_ADDRESS", False),
    (["Mailing address on the sample letter: 42 Main Street, Anytown"], "STREET_ADDRESS", False),
    (["Dirección de ejemplo: Calle Falsa 123, Springfield"], "STREET_ADDRESS", False),
    (["Ship it to 42 Main Street, Leeds, by Friday."], "STREET_ADDRESS", True),
    # ICAO Doc 9303's specimen (issuing state and nationality UTO, Utopia): no passport, no person
    (["Explique chaque champ : P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
      "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], "PASSPORT", False),
    (["Explique chaque champ : P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
      "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], "PERSON", False),
    (["P<NLDVANDERMEER<<SANNE<JOHANNA<<<<<<<<<<<<<<\nNX44172039NLD8603127F3105149<<<<<<<<<<<<<<06"], "PASSPORT",
     True),
    # speech recognition without points: octets after a network word, degrees after a coordinate word
    (["ok assistant firewall erlaube 10 20 30 40 und 172 16 4 9 danke"], "PHONE_NUMBER", False),
    (["hey assistant ip 81 92 203 17 die vom Nachbarn"], "PHONE_NUMBER", True),  # a public address: kept
    (["hey google koordinaten 52 5200 13 4050 bitte speichern"], "PHONE_NUMBER", False),
    (["note the doc range 203 0 113 25 for the lab"], "PHONE_NUMBER", False),
    (["hey google ruf mich an unter 0176 2345 6789"], "PHONE_NUMBER", True),
    (["my number is 06 12 34 56 78 call me"], "PHONE_NUMBER", True),
    # a birth date in Swahili and Hausa (a mail thread's quoted signature had hidden the miss behind its addresses)
    (["> Tarehe ya kuzaliwa: 1968-07-11 — tafadhali nipigie kesho."], "DATE_OF_BIRTH", True),
    (["Ranar haihuwa: 02/09/1990, don Allah a kira ni."], "DATE_OF_BIRTH", True),
    (["Tarehe ya mkutano: 2026-03-24"], "DATE_OF_BIRTH", False),
])
def test_round16_values_that_belong_to_nobody(texts: list[str], entity: str, found: bool) -> None:
    result = PiiDetector(PiiSettings()).detect(texts, locate=True)
    assert (entity in result.entity_types) is found, (texts, result.entity_types)


@pytest.mark.parametrize("text", [
    "POST /a {" * 12_000,
    'POST /u {"email": "a@example.com", "phone": "555-0100", "n": "' + "x " * 40_000 + '"}',
    "GET /v1/x\n" + "H: v\n" * 20_000 + "{}",
    "allow " + "10 20 30 40 and " * 6_000,
    "press office: press@example.net, line 555-0199. " * 2_000,
    "Musterstraße 1, " * 8_000,
])
def test_round16_nobody_rules_stay_bounded(text: str) -> None:
    import time

    start = time.process_time()
    PiiDetector(PiiSettings()).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)
