"""Round 17 (issue 12, identifiers typed by their column): a delimited table's header (CSV, TSV, a pipe or Markdown
table, an SQL INSERT's column list) labels the cells below it, read in the labelled pass like a schema's or an HTML
table's; a generic identifier column name ("id_number", "record_no", "licence_no", "member_id", "tax_no") says
which identifier its values are. Our own phrasings and values, in several languages."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from timing import scaled

from gateway.signals.outgoing import build_outgoing, document_labelled
from gateway.signals.pii import PiiDetector, labelled_keys
from gateway.signals.settings import PiiSettings


def _found(content: Any) -> dict[str, list[str]]:
    """Entity type -> values found in a chat body whose user message is `content`, labelled values included."""
    outgoing = build_outgoing({"model": "m", "messages": [{"role": "user", "content": content}]}, "chat")
    texts = list(outgoing.texts)
    result = PiiDetector(PiiSettings()).detect(texts, locate=True, labelled=outgoing.labelled)
    found: dict[str, list[str]] = {}
    for span in result.spans:
        found.setdefault(span.entity_type, []).append(texts[span.index][span.start:span.end])
    return found


@pytest.mark.parametrize("content, entity, value", [
    # TSV: an 11-digit id under "id_number" (alone it reads as nothing)
    ("merge these please\nref\tnome_completo\tid_number\tstatus\n7\tJoana Figueiredo\t40817263951\tok\n"
     "8\tRui Baptista\t31906482750\tok", "NATIONAL_ID", "31906482750"),
    # semicolon CSV: a record number under "record_no"
    ("nr;Nachname;record_no\n1;Oberhuber;KH2094471\n2;Brandstätter;KH7730158", "MEDICAL_RECORD_NUMBER", "KH7730158"),
    # a Markdown table with its rule row: a driving licence under "licence_no"
    ("| # | navn | licence_no |\n|---|:----|---:|\n| 1 | Sølvi Haugland | 19 77 402815 |", "NATIONAL_ID",
     "19 77 402815"),
    # a pipe table without outer pipes: a health-insurance member number
    ("patient|member_id|visit\nAino Kettunen|YT40928173|2026-02-11", "MEDICAL_RECORD_NUMBER", "YT40928173"),
    # quoted CSV fields with the delimiter inside them
    ('customer,"tax_no",city\n"Ferreira, Ana",50917733420,Braga', "NATIONAL_ID", "50917733420"),
    # Spanish and German headers for an identity document's number
    ("Nombre\tNúmero de documento\nLucía Albarrán\t48203917", "NATIONAL_ID", "48203917"),
    ("Name;Ausweisnummer\nKlaus Vierling;L01X94C72", "NATIONAL_ID", "L01X94C72"),
    # an SQL INSERT's column list over its VALUES rows
    ("fix this:\nINSERT INTO staff (id, full_name, id_number, hired) VALUES\n  (11, 'Ilkka Rantanen', '150882A913R', "
     "'2024-05-01'),\n  (12, 'Outi Lahtela', '030691-7742', now());", "NATIONAL_ID", "030691-7742"),
    ("INSERT INTO `patients` (`pid`, `record_no`, `dob`) VALUES (1, 'WH-5520-8817', '1958-07-30');",
     "MEDICAL_RECORD_NUMBER", "WH-5520-8817"),
    ("INSERT INTO patients (pid, record_no, dob) VALUES (1, 'WH-5520-8817', '1958-07-30');", "DATE_OF_BIRTH",
     "1958-07-30"),
])
def test_round17_a_tables_header_types_its_cells(content: str, entity: str, value: str) -> None:
    found = _found(content)
    assert any(value in v for v in found.get(entity, [])), (content, found)


def test_round17_a_table_in_a_json_string_is_read() -> None:
    """A CSV or SQL dump pasted as a JSON document's string value ("\\n" escaped): its header still labels."""
    csv = json.dumps({"kind": "csv", "content": "id;full_name;id_number\n1;Merja Salonen;210473-118F"})
    sql = json.dumps({"kind": "sql", "content": "INSERT INTO t (id, record_no) VALUES\n  (1, 'RX83302917'),\n  "
                                                 "(2, 'RX10047735');"})
    assert "210473-118F" in _found(csv).get("NATIONAL_ID", [""])[0]
    assert any("RX10047735" in v for v in _found(sql).get("MEDICAL_RECORD_NUMBER", []))


@pytest.mark.parametrize("label, key", [
    ("id_number", "national id number"), ("ID-No.", "national id number"), ("record_no", "medical record number"),
    ("Licence Number", "driving licence number"), ("member_id", "health insurance number"),
    ("tax_no", "tax id number"), ("order_no", None), ("full_name", None), ("id", None), ("record_id", None),
])
def test_round17_generic_identifier_columns(label: str, key: str | None) -> None:
    keys = labelled_keys(label)
    assert (key in keys) if key else not any(k.endswith(" number") and k != label for k in keys), keys


@pytest.mark.parametrize("content", [
    # tables of things, not people, and prose with commas: no labels that type anything
    "sku\tname\tqty\nSKU-55120\tHex bolt M8\t400\nSKU-55121\tWasher M8\t800",
    "| order_no | item |\n|---|---|\n| 55123901 | Oat milk 1L |",
    "INSERT INTO products (id, product, price) VALUES (1, 'Espresso beans 1kg', 14.90), (2, 'Yoga mat', 24.00);",
    "We went north, then east, then home.\nIt rained, it poured, we laughed.",
])
def test_round17_tables_without_a_person_stay_clean(content: str) -> None:
    assert not _found(content), content


def test_round17_column_labels_are_capped() -> None:
    tsv = "id\tid_number\n" + "\n".join(f"{i}\t{70000000 + i}" for i in range(20000))
    sql = "INSERT INTO t (a, b) VALUES " + ", ".join(f"({i}, '{i}')" for i in range(20000)) + ";"
    assert len(document_labelled([tsv, sql])) <= 64
    assert len(document_labelled([tsv], limit=5)) == 5


@pytest.mark.parametrize("text", [
    "a\tb\n" + "1\t2\n" * 100_000, "|" * 200_000, "a|b\n" + "|" * 199_990, '"' * 200_000 + "\n" + "a,b\n" * 10,
    "a,b\n" + '"' * 199_990, "INSERT INTO t (" * 20000, "INSERT INTO t (a, b) VALUES " + "(" * 200_000,
    "INSERT INTO t (a, b) VALUES (" + "'" * 200_000, "INSERT INTO t (a, b) VALUES (" + "\\n" * 100_000,
    ("x," * 40 + "\n") * 5000, "a|b\n" + " " * 199_990,
], ids=["rows", "pipes", "pipe-row", "quotes", "open-quote", "inserts", "open-tuples", "open-string", "escaped-breaks",
        "wide", "blank-row"])
def test_round17_column_labels_stay_bounded(text: str) -> None:
    start = time.process_time()
    document_labelled([text])
    _found(text[:200_000])
    assert time.process_time() - start < scaled(30.0)
