"""Round 21 (issue 12, mesa benign): requests that carry nobody's values the way the mesa split's senders carry real
ones (honest help, prod debugging, injections, evasion) were flagged for the values' shape. Classes, each a rule:

- a name with a calling of record in apposition after it ("X (the mathematician)", "X, die Komponistin"), also when
  the apposition is disguised with lookalike letters or ROT13 as the name is; not after a possessive ("my neighbour X");
- a name followed by a pair of decimal map coordinates is a place ("Siegessäule, 52.51450, 13.35010"); not a
  listed first name and surname, not a name under a person's label;
- a role mailbox followed by the name of the organisation its domain is named for ("support@x.com (X Dairy)");
- an IBAN the text calls the registry's or a standard's example ("(registry example)");
- a name span's closing quote or line break is no part of the name (a listed character's name is then recognised),
  and a lone first name in a person's slot that, with the capitalised words after it, is a listed character;
- documentation records: a listed character of fiction in the record counts as a stand-in value beside drama-range
  numbers and reserved addresses; a SQL VALUES row, a two-line delimited table and a markup element's attributes
  are records on one line; upper-case "<ADDRESS>" and date masks ("YYYY-MM-DD") are a template's blanks; registry
  IBANs and test cards other rules cleared count as the record's documentation values;
- an address or birth date found from its label whose slot holds a template's blank is no value;
- one word whose lookalike letters disguise a word that is no name ("Addrеss") is no person;
- two lines under a repeated phone label that each hold ten digits or more are two numbers, not one split number.
Our own phrasings and values; the sensitive siblings of each class stay flagged."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals import recognizers
from gateway.signals.names import lookalike_folded
from gateway.signals.pii import PiiDetector, _stand_in_names
from gateway.signals.settings import PiiSettings


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(PiiSettings())


def _found(detector: PiiDetector, text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start:s.end]) for s in detector.detect([text], locate=True).spans]


CLEAN = [
    # callings of record in apposition (en, de, es), disguised with lookalike letters or ROT13 like the name
    "Reading list for the seminar:\nTeodor Wielgosz (the mathematician / logician, see chapter 3)\nsha 1f2e3d4c",
    "Im Programmheft steht: Amalie Rennweg, die Komponistin, schrieb das Stück 1891.",
    "Ficha: Ramiro Echeverría (el compositor), obra completa en el archivo.",
    "Source note:\nGrbqbe Jvrytbfm (gur zngurzngvpvna, nf va gur obbx)\nbuild 3.1.4",
    "# Tеоdоr Wіеlgоsz (thе mаthеmаtісіаn, аs іn thе bооk)",
    # a place with its map coordinates
    "Treffpunkt: Siegessäule, 52.51450, 13.35010",
    "meeting point: Ponte Vecchio (43.76792, 11.25314)",
    # an organisation's role mailbox followed by the organisation its domain is named for
    "Email: support@kestrelmoor.co.uk (Kestrelmoor Dairy)",
    "Kontakt: vertrieb@halbmond-optik.de (Halbmond Optik GmbH)",
    "Correo: soporte@pinoverde.es (Pinoverde Óptica)",
    # the registry's example IBAN named as such
    "IBAN: NL91 ABNA 0417 1643 00 (registry example)",
    "Konto: DE89 3704 0044 0532 0130 00 (ISO example)",
    # a listed character in a SQL row (the closing quote no part of the name), a lone first name of one in a slot
    "INSERT INTO members VALUES ('Name: Willy Wonka', 'plan gold');",
    "ticket 4471\nImię: Oliver Twist",
    # documentation records: a listed character beside drama-range numbers and reserved addresses
    "Retention check, record below.\nE-Mail: greta@example.net\nName: Ebenezer Scrooge",
    "Fix the format for my aunt.\nTelefon: (212) 555-0147\nName: Willy Wonka",
    # upper-case template blanks and a date mask beside a drama-range number
    "Letter for my client, record:\nTeléfono: (212) 555-0133\nNombre: [NAME]  Dirección: <ADDRESS>  Nacimiento: DD/MM/YYYY",
    # a SQL row, a two-line CSV, a markup element's attributes: records on one line
    "Fill it: INSERT INTO t VALUES ('Tel: 07700 900321', 'IBAN: GB82 WEST 1234 5698 7654 32 (registry example)');",
    'a,b\n"Phone: (212) 555-0177","Email: marta@example.net"',
    '<span class="row" data-a="Tel: 07700 900456" data-b="Phone: (212) 555-0190">x</span>',
    # an address and a birth date slot holding a template's blank, a version string after it
    "INSERT INTO c VALUES ('Address: <ADDRESS>  DOB: YYYY-MM-DD', 'build 6.28.64+0197');",
    # labels disguised with lookalike letters
    "Nаmе: [NAME]  Addrеss: <ADDRESS>",
    "    # Ad Sоyаd: [NAME]  Adrеs: <ADDRESS>  Dоğum tаrіhі: YYYY-MM-DD",
    # two whole drama-range numbers under a repeated label
    "Help me with the letter.\nPhone: (212) 555-0155\nPhone: 07700 900000",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round21_nobodys_values_stay_clean(detector: PiiDetector, text: str) -> None:
    assert _found(detector, text) == []


FLAGGED = [
    # a calling after a possessive, or no calling of record
    ("My neighbour Petra Kowalczyk, the composer, called twice.", "PERSON", "Petra Kowalczyk"),
    ("Meine Nachbarin Petra Kowalczyk (die Komponistin) ruft morgen an.", "PERSON", "Petra Kowalczyk"),
    ("Contact Jane Harwood (the accountant) about the invoice.", "PERSON", "Jane Harwood"),
    ("Wnar Uneojbbq (zl arvtuobhe) jnagf gur xrl onpx", "PERSON", "Wnar Uneojbbq"),
    # a person beside coordinates
    ("Jan Kowalski, 52.51628, 13.37770", "PERSON", "Jan Kowalski"),
    ("Name: Marta Nowak, 52.22970, 21.01220", "PERSON", "Marta Nowak"),
    # a person's mailbox at the organisation, a webmail account, a private cue, a person after the address
    ("Email: jane.doe@kestrelmoor.co.uk (Kestrelmoor Dairy)", "EMAIL_ADDRESS", "jane.doe@kestrelmoor.co.uk"),
    ("Email: info@gmail.com (Gmail)", "EMAIL_ADDRESS", "info@gmail.com"),
    ("My email: info@kowalski.pl (Kowalski)", "EMAIL_ADDRESS", "info@kowalski.pl"),
    ("Email: support@halvorsund.com (Jan Kowalski)", "EMAIL_ADDRESS", "support@halvorsund.com"),
    # an IBAN that is no registry example, or the writer's own
    ("IBAN: DE44 5001 0517 5407 3249 31 (registry example)", "IBAN_CODE", "DE44 5001 0517 5407 3249 31"),
    ("My IBAN: NL91 ABNA 0417 1643 00 (registry example)", "IBAN_CODE", "NL91 ABNA 0417 1643 00"),
    # a private person in a SQL row: the span ends at the name, the quote left out
    ("INSERT INTO members VALUES ('Nome: Jan Kowalski', 'plan gold');", "PERSON", "Jan Kowalski"),
    ("Name: Oliver Smith", "PERSON", "Oliver Smith"),
    # a real number beside a listed character, in a SQL row, in a two-line CSV, in an element's attributes
    ("Name: Willy Wonka\nPhone: +44 7911 123456", "PHONE_NUMBER", "+44 7911 123456"),
    ("INSERT INTO t VALUES ('Tel: 07700 900321', 'Tel: +49 151 23456789');", "PHONE_NUMBER", "+49 151 23456789"),
    ('a,b\n"Phone: +1 415 555 2671","Email: user@example.org"', "PHONE_NUMBER", "+1 415 555 2671"),
    ('<span data-a="Tel: 07700 900456" data-b="Phone: +44 7911 123456">x</span>', "PHONE_NUMBER", "+44 7911 123456"),
    # a drama-range number somebody calls their own, beside a listed character
    ("Name: Willy Wonka\nCall me on 0491 570 233, it is my mobile", "PHONE_NUMBER", "0491 570 233"),
    # a real address and a real birth date in their slots
    ("Address: 12 Elm Street, Leeds LS1 4AB", "STREET_ADDRESS", "12 Elm Street, Leeds LS1 4AB"),
    # a name disguised with lookalike letters
    ("Jоhn Smіth called about the flat", "PERSON", "Jоhn Smіth"),
    # a number split over two lines under its label: still read whole
    ("Phone: +44 7911\nPhone: 123456", "PHONE_NUMBER", "+44 7911\nPhone: 123456"),
]


@pytest.mark.parametrize("text, entity, value", FLAGGED)
def test_round21_sensitive_siblings_stay_flagged(detector: PiiDetector, text: str, entity: str, value: str) -> None:
    assert (entity, value) in _found(detector, text)


def test_round21_birth_date_in_its_slot_stays_flagged(detector: PiiDetector) -> None:
    assert any(e == "DATE_OF_BIRTH" for e, _ in _found(detector, "Name: Marta Nowak\nDOB: 1984-06-28"))


def test_round21_two_whole_numbers_are_two_spans(detector: PiiDetector) -> None:
    found = _found(detector, "Phone: +1 415 555 2671\nPhone: +44 7911 123456")
    assert ("PHONE_NUMBER", "+1 415 555 2671") in found and ("PHONE_NUMBER", "+44 7911 123456") in found
    assert not any("\n" in v for _, v in found)


def test_round21_lookalike_fold_keeps_offsets_and_real_scripts() -> None:
    assert lookalike_folded("Addrеss: Москва") == "Address: Москва"
    assert len(lookalike_folded("thе mаthеmаtісіаn")) == len("thе mаthеmаtісіаn")


def test_round21_stand_ins_are_listed_characters_only() -> None:
    assert _stand_in_names("Name: Willy Wonka\nPhone: x") == frozenset({"Willy Wonka"})
    assert _stand_in_names("Name: Marta Nowak\nPhone: x") == frozenset()


# --- bounded cost: each new scan over 200 KB of its worst characters
@pytest.mark.parametrize("text", [
    "<div " + 'data-x="Tel: 07700 900456" ' * 7_000 + ">",
    "INSERT INTO t VALUES (" + "'Tel: 07700 900321', " * 9_000 + ");",
    "Ab Cd Ef " * 22_000,
    "Name: Jan" + "'" * 200_000,
    "Aа" * 100_000,
    "a,b\n" + '"Phone: (212) 555-0177",' * 8_000,
    "Phone: (212) 555-0155\n" * 9_000,
    "Email: info@kestrelmoor.com (" + "Kestrelmoor " * 16_000,
    ", 52.51628" * 20_000,
])
def test_round21_new_scans_stay_bounded(detector: PiiDetector, text: str) -> None:
    start = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - start < scaled(20.0)


def test_round21_record_helpers_are_linear() -> None:
    line = "<div " + 'data-x="Tel: 07700 900456" ' * 7_000 + ">"
    start = time.process_time()
    for at in range(0, len(line), 997):
        recognizers._attribute_value(line, at, at + 5)
    row = "INSERT INTO t VALUES (" + "'Tel: 07700 900321', " * 9_000 + ");"
    for at in range(0, len(row), 997):
        recognizers._sql_row_value(row, at, at + 5)
    recognizers._header_and_row("a,b\n" + "x," * 100_000, 0, 200_004)
    recognizers.place_with_coordinates(", 52.51628" * 20_000, 0, 0)
    assert time.process_time() - start < scaled(1.0)
