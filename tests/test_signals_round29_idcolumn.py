"""Round 29 (mogote): a national identity number in a table column headed by a bare identifier word ("id", "ID",
"Id", "nr", "no"). The header names no scheme, so the cell's own check decides (identifiers.IdentifierColumnRecognizer,
_generic_id_scheme): schemes hard to pass by chance count alone, the 9- to 11-digit ones with a one-in-ten check only in
a table of people (a given-name or family-name column), and a column whose long numbers mostly fail every check holds
serials. Near misses stay clean: row numbers, order and invoice numbers, UUIDs, pseudonyms, SKUs, a failed check, a
one-in-ten number in a table of products. Our own phrasings; the numbers are generated to pass (or fail) their check."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals.identifiers import IdentifierColumnRecognizer

RECALL = [
    # UK National Insurance number in a gift-aid donor list (no check digit; a layout few codes share)
    ("donor,id,gift,received\nPriya Lammersfield,JT482913B,40.00,2026-02-11\n", "JT482913B"),
    # Poland's PESEL under "nr", a TSV
    ("nr\tmiasto\tkwota\n82121668855\tŁódź\t120\n", "82121668855"),
    # India's Aadhaar as printed in groups, in a Markdown table under "Id"
    ("| Id | ward | visits |\n|---|---|---|\n| 3559 8310 8669 | 4 | 2 |\n", "3559 8310 8669"),
    # Japan's My Number under "ID", semicolons
    ("ID;区;金額\n149982539181;中央区;3000\n", "149982539181"),
    # Greece's AMKA under "no"
    ("no,περιοχή,ποσό\n12079074162,Πάτρα,15\n", "12079074162"),
    # China's resident identity number
    ("id,city,amount\n440305198810273470,深圳,88\n", "440305198810273470"),
    # France's NIR
    ("id;ville;montant\n191097549845144;Lyon;30\n", "191097549845144"),
    # a one-in-ten scheme in a table of people: the Netherlands' BSN, Israel's ID, Germany's Steuer-ID
    ("first_name,last_name,id,joined\nMarit,Kloosterhuis,628194821,2025-11-02\n", "628194821"),
    ("title,first,last,id\nMs,Tamar,Golberg,079244026\n", "079244026"),
    ("surname,given,id,declared\nHollerbach,Wiebke,13570869260,2025-09-30\n", "13570869260"),
    # a birth-date column makes it a table of people too; a Steuer-ID printed in groups
    ("Naam;Geboortedatum;ID\nfam. Zwart;04-05-1979;252760189\n", "252760189"),
    ("Kunde;Geburtsdatum;ID\nHr. Albers;1983-01-13;97 041 569 232\n", "97 041 569 232"),
    # Finland's HETU (a date, a century sign, a check character)
    ("nimi;id;summa\nKoivisto;131052-308T;25\n", "131052-308T"),
]


@pytest.mark.parametrize("text,value", RECALL)
def test_national_id_under_a_generic_id_header(detector, text, value):  # noqa: F811
    assert ("NATIONAL_ID", value) in _spans(detector, text)


def test_several_rows_mixed_schemes(detector):  # noqa: F811
    text = ("customer,id,plan\nAlma Verhoeven,JT482913B,gold\nKuba Nowicki,90011659021,silver\n"
            "Ren Aoki,241302398540,gold\n")
    found = _spans(detector, text)
    for value in ("JT482913B", "90011659021", "241302398540"):
        assert ("NATIONAL_ID", value) in found


CLEAN = [
    # row numbers, order and invoice numbers, UUIDs, pseudonyms, SKUs under "id"
    "id,product,qty\n1,bracket,4\n2,hinge,7\n3,castor,12\n",
    "id,status,total\nORD-2026-00417,shipped,49.90\nORD-2026-00418,pending,12.00\n",
    "ID;Betrag;Fällig\nINV-88213;420,00;2026-04-01\nINV-88214;99,00;2026-04-15\n",
    "id\tkind\tcreated\n3f2b8c1e-9a47-4d2e-b6f1-0c5d7e8a9b21\tsession\t2026-01-05\n",
    "id,group,score\nD-0001,control,0.41\nD-0002,treatment,0.57\n",
    "no,sku,stock\n1,AB-1234-XL,30\n2,AB-1235-M,12\n",
    # a BSN-valid nine-digit number, but in a table of products: nobody's
    "id,product,price\n628194821,desk lamp,34.00\n",
    # twelve-digit serials: one passes a check by chance, the others fail: a column of serials
    "id,carrier,weight\n442510838545,DHL,2.1\n254032763552,UPS,0.4\n355983108669,DPD,1.7\n"
    "311204587761,GLS,3.3\n",
]


@pytest.mark.parametrize("text", CLEAN)
def test_generic_id_columns_of_things_stay_clean(detector, text):  # noqa: F811
    assert not _types(detector, text)


LOOK_ALIKES = [
    # checksum fails: PESEL, Aadhaar, BSN in a table of people
    "first_name,last_name,id\nJan,Kowalczyk,85071498604\n",
    "first_name,last_name,id\nAsha,Raman,4425 1083 8545\n",
    "first_name,last_name,id\nSanne,Brouwer,342366712\n",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_failed_checks_are_no_national_id(detector, text):  # noqa: F811
    assert "NATIONAL_ID" not in _types(detector, text)


def test_a_header_with_digits_is_no_generic_header():
    recognizer = IdentifierColumnRecognizer()
    text = "id 2024,region\n82121668855,north\n"
    assert not recognizer.analyze(text, ["NATIONAL_ID"])


def test_large_id_column_is_bounded(detector):  # noqa: F811
    rows = ["first_name,last_name,id,amount"]
    i = 0
    while sum(len(r) + 1 for r in rows) < 200_000:
        rows.append(f"Name{i % 97},Family{i % 89},{100000000000 + i * 7919},{i % 500}.00")
        i += 1
    text = "\n".join(rows)
    start = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - start < scaled(10)


def test_a_digitless_row_with_a_no_cell_ends_no_table():
    """ "Ravi,,no" (a consent column's answer) is a row of the open tables, not a new header."""
    recognizer = IdentifierColumnRecognizer()
    phones = "name,phone,consent\nAna,+44 7700 900123,yes\nRavi,,no\nCara,+44 7700 900456,yes\n"
    assert sum(r.entity_type == "PHONE_NUMBER" for r in recognizer.analyze(phones, ["PHONE_NUMBER"])) == 2
    ids = "first,last,id,consent\nMarit,Kloos,628194821,yes\nRavi,Shah,,no\nSanne,Bos,252760189,yes\n"
    found = {ids[r.start:r.end] for r in recognizer.analyze(ids, ["NATIONAL_ID"])}
    assert found == {"628194821", "252760189"}
