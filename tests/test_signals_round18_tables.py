"""Round 18 (issue 12, one table parser): four readers label a delimited table's cells by their column's header
(outgoing.document_labelled, recognizers.FieldNameRecognizer, names.py's person columns,
identifiers.IdentifierColumnRecognizer), and each split a line into cells its own way. They now share
gateway/signals/tables.py: the delimiter a line holds most of, quote-aware cells (a quoted field may hold the
delimiter), a TSV's empty cells kept, a Markdown row's outer pipes and padding dropped, CRLF line ends. Rule: a cell
is in the column its position says for every reader; a quoted address no longer shifts the cells after it. Our own
phrasings and values, in several languages; near misses (tables of things) stay clean."""

from __future__ import annotations

import re
import time

import pytest
from timing import scaled

from gateway.signals import names, scan_scope, tables
from gateway.signals.identifiers import IdentifierColumnRecognizer
from gateway.signals.outgoing import build_outgoing, document_labelled
from gateway.signals.pii import PiiDetector
from gateway.signals.recognizers import FieldNameRecognizer
from gateway.signals.settings import PiiSettings


def _cells(line: str, delimiter: str, columns: int | None = None, cell_chars: int | None = None) -> list[str] | None:
    found = tables.cells(line, 0, len(line), delimiter, columns, cell_chars)
    return None if found is None else [line[a:b] for a, b in found]


@pytest.mark.parametrize("line, delimiter, expected", [
    ('Ruiz Ana,"Calle Mayor 5, Madrid",07', ",", ["Ruiz Ana", "Calle Mayor 5, Madrid", "07"]),  # quoted delimiter
    ('"say ""hi""";x', ";", ['say ""hi""', "x"]),                 # a doubled quote stays inside its field
    ("7\t\t40817263951\t", "\t", ["7", "", "40817263951", ""]),   # a TSV's empty cells are cells
    ("\t\tname\tcity", "\t", ["", "", "name", "city"]),
    ("| имя   | город  |", "|", ["имя", "город"]),                   # Markdown: outer pipes and padding dropped
    ("patient|member_id", "|", ["patient", "member_id"]),         # a pipe table without outer pipes
    ("a|b|", "|", ["a", "b", ""]),                                # a trailing pipe without a leading one: a cell
    ("nom ; adresse ;\r", ";", ["nom", "adresse", ""]),          # CRLF line end, padding
    ('"open quote, never closed,x', ",", ['"open quote', "never closed", "x"]),  # an unclosed quote is text
    ("   ", ",", None),                                           # an empty line is no row
])
def test_round18_cells_of_a_line(line: str, delimiter: str, expected: list[str] | None) -> None:
    assert _cells(line, delimiter) == expected


def test_round18_cells_caps_are_the_callers() -> None:
    """Past a caller's caps a line is prose or a blob, no row: more cells than `columns`, a cell over `cell_chars`."""
    assert _cells(",".join("x" * 33), ",", columns=32, cell_chars=300) is None
    assert _cells(",".join("x" * 32), ",", columns=32, cell_chars=300) is not None
    assert _cells("a," + "b" * 301, ",", columns=32, cell_chars=300) is None
    assert _cells("a," + "b" * 5000, ",") == ["a", "b" * 5000]  # uncapped: any length
    # a quoted field longer than QUOTED_CHARS is read as text, split at its delimiters (no long backtracking)
    assert _cells('"' + "w, " * 200 + '",x', ",")[-1] == "x"


@pytest.mark.parametrize("line, expected", [
    ("id;Anschrift;Name", ";"), ("Name, Vorname\tTelefon\tOrt", "\t"), ("| # | navn |", "|"),
    ("plain prose without any", None), ("a,b;c", ";"),  # a tie: the order of DELIMITERS
])
def test_round18_a_lines_delimiter_is_the_one_it_holds_most(line: str, expected: str | None) -> None:
    assert tables.delimiter_of(line) == expected


@pytest.mark.parametrize("line, rule", [
    ("|---|:---:|", True), ("--- | ---", True), ("| :-- | --: |", True), ("| - | - |", False), ("a | b", False),
    ("|" + "-" * 5000 + "|", False),
])
def test_round18_markdown_rule_row(line: str, rule: bool) -> None:
    assert tables.is_rule(line, 0, len(line)) is rule


# --- The class, reader by reader: a cell after a quoted field holding the delimiter is read in its own column.

@pytest.mark.parametrize("text, name", [
    # German: a quoted address with a comma before the name column
    ("kunden_nr,Anschrift,full_name\n31,\"Am Steinbruch 7, 54290 Trier\",Wiebke Austermann", "Wiebke Austermann"),
    # Spanish: the same under a generic header beside a personal column
    ("Dirección,Nombre\n\"Calle Alcalá 112, 3º B, Madrid\",Lucía Ibarra Soto", "Lucía Ibarra Soto"),
    # Polish: a Markdown table padded to align its columns (the padding counted against the label's length)
    ("| full_name" + " " * 40 + "| miasto |\n|---|---|\n| Bożena Szczepańska" + " " * 32 + "| Kraków |",
     "Bożena Szczepańska"),
])
def test_round18_field_names_after_a_quoted_cell(text: str, name: str) -> None:
    recognizer = FieldNameRecognizer()
    recognizer.load()
    assert name in [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])], text


@pytest.mark.parametrize("text, name", [
    # English: a passenger list whose remarks are quoted with commas
    ("passenger,seat,remarks\nAdaeze Nwankwo,12B,\"vegetarian, aisle\"\nGrzegorz Błaszczyk,14C,none",
     "Grzegorz Błaszczyk"),
    # French: semicolons, a quoted note holding one
    ("participant;remarque\nAurélien Dufresne;\"arrive tard; garder une place\"", "Aurélien Dufresne"),
])
def test_round18_person_columns_after_a_quoted_cell(text: str, name: str) -> None:
    assert name in [text[a:b] for a, b in names.cued_names(text)], text


@pytest.mark.parametrize("text, entity, value", [
    # Spanish: a phone after a quoted address (it was read one column off)
    ("name,address,phone\nAna Ruiz,\"Calle Mayor 5, Madrid\",+34 612 345 678", "PHONE_NUMBER", "+34 612 345 678"),
    # German TSV: a row whose name holds a comma is still a TSV row
    ("Name\tTelefon\nBrandt, Ilse\t0171 2345678", "PHONE_NUMBER", "0171 2345678"),
    # Portuguese: a birth date after a quoted address
    ("cliente;morada;data_de_nascimento\nRui Tavares;\"Rua das Flores 12; 2º esq\";1971-11-17", "DATE_OF_BIRTH",
     "1971-11-17"),
])
def test_round18_identifier_columns_after_a_quoted_cell(text: str, entity: str, value: str) -> None:
    found = [(r.entity_type, text[r.start:r.end]) for r in IdentifierColumnRecognizer().analyze(text, [], None)]
    assert (entity, value) in found, found


def test_round18_a_quoted_address_no_longer_shifts_a_date_under_phone() -> None:
    """The near miss the old split made: the date one column left of the phone read as a phone."""
    text = "applicant,address,date_of_birth,mobile\nRui Tavares,\"Rua das Flores 12, Porto\",17/11/1971,+351 912 345 678"
    found = [(r.entity_type, text[r.start:r.end]) for r in IdentifierColumnRecognizer().analyze(text, [], None)]
    assert ("PHONE_NUMBER", "17/11/1971") not in found and ("PHONE_NUMBER", "+351 912 345 678") in found, found


def test_round18_document_labels_a_tsv_row_with_empty_cells() -> None:
    """A TSV row with an empty cell keeps its columns (a run of tabs was read as one delimiter: the row fell short
    and ended the table)."""
    text = "ref\tnotes\tid_number\n7\t\t40817263951\n8\tvip\t31906482750"
    labelled = [(text[v.start:v.end], v.label) for v in document_labelled([text])]
    assert ("40817263951", "id_number") in labelled and ("31906482750", "id_number") in labelled, labelled


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(PiiSettings())


def _found(detector: PiiDetector, content: str) -> dict[str, list[str]]:
    outgoing = build_outgoing({"model": "m", "messages": [{"role": "user", "content": content}]}, "chat")
    texts = list(outgoing.texts)
    result = detector.detect(texts, locate=True, labelled=outgoing.labelled)
    found: dict[str, list[str]] = {}
    for span in result.spans:
        found.setdefault(span.entity_type, []).append(texts[span.index][span.start:span.end])
    return found


@pytest.mark.parametrize("content", [
    # tables of things, with quoted commas, empty TSV cells and padded Markdown cells: nobody in them
    'sku,name,description\nAB-1,"Hex bolt, M8","zinc, 40 pcs"\nAB-2,"Wing nut, M6","brass"',
    "item\tcolour\tqty\nmug\t\t4\nscarf\tteal\t\nlamp\t\t1",
    "| name              | port |\n|-------------------|------|\n| billing-service   | 8080 |\n| search-indexer    | 9200 |",
    "Artikel;Beschreibung;Preis\nK-100;\"Kabel; 2 m, schwarz\";4,90\nK-200;\"Stecker; weiß\";1,20",
])
def test_round18_tables_of_things_stay_clean(detector: PiiDetector, content: str) -> None:
    assert not _found(detector, content), content


@pytest.mark.parametrize("text", [
    '"' * 200_000, '""' * 100_000, '"a,' * 66_000, '",' * 100_000, "\t" * 200_000, "|" * 200_000,
    " " * 200_000, '"' + "x" * 299 + "," + '"x,' * 60_000, "| " * 100_000, ";\"" * 100_000,
], ids=["quotes", "quote-pairs", "open-quoted-cells", "quote-delimiter", "tabs", "pipes", "blanks", "long-then-open",
        "pipe-blank", "semicolon-quote"])
def test_round18_cells_stay_linear(text: str) -> None:
    """Every delimiter, capped and uncapped: one 200 KB line of a table's own characters splits in well under 1 s."""
    for delimiter in tables.DELIMITERS:
        for columns, cell_chars in ((32, 300), (None, None)):
            start = time.process_time()
            tables.cells(text, 0, len(text), delimiter, columns, cell_chars)
            tables.delimiter_of(text)
            tables.is_rule(text, 0, len(text))
            assert time.process_time() - start < scaled(1.0), (repr(text[:8]), delimiter, columns)


@pytest.mark.parametrize("text", [
    "name,phone\n" + '"x,' * 60_000, "name\tphone\n" + "\t" * 200_000, "| name | phone |\n" + '| "a | ' * 30_000,
    ("full_name;Telefon\n" + '"; "' * 2_000 + "\n") * 25, "name,phone\n" + "Ana Ruiz,\"1, 2\"\n" * 12_000,
], ids=["open-quotes", "tabs", "pipes-quotes", "rows-of-quotes", "many-rows"])
def test_round18_table_readers_stay_bounded(text: str) -> None:
    """The four readers over 200 KB of adversarial table text: each well under the round-17 bounds."""
    recognizer = FieldNameRecognizer()
    recognizer.load()
    for read in (lambda t: document_labelled([t]), lambda t: recognizer.analyze(t, ["PERSON"]),
                 lambda t: names.cued_names(t), lambda t: IdentifierColumnRecognizer().analyze(t, [], None)):
        start = time.process_time()
        read(text[:200_000])
        assert time.process_time() - start < scaled(5.0), repr(text[:16])


# names.py's title and public-role columns read their tables with tables.py too (they counted delimiters themselves:
# a quoted cell holding the delimiter put a name in the wrong column, and a row with one was not counted as a row).
@pytest.mark.parametrize("text, name", [
    # English: the author's quoted "surname, first name" before the title column
    ('author,title,stock\n"Fontane, Theodor",Effi Briest,2\n"Mann, Thomas",Tonio Kröger,1', "Effi Briest"),
    # German, semicolons: a quoted note holding one before the title
    ('Notiz;Titel;Bestand\n"Band 2; Taschenbuch";Tonio Kröger;3', "Tonio Kröger"),
])
def test_round19_title_column_after_a_quoted_cell(text: str, name: str) -> None:
    start = text.index(name, text.index("\n"))
    assert names._in_a_titles_column(text, start, start + len(name)), text


@pytest.mark.parametrize("text, name", [
    ('customer,title,stock\n"Ruiz, Ana",Ana Ruiz,2', "Ana Ruiz"),  # under "title" only by a miscount: no
    ('author,customer,stock\n"Fontane, Theodor",Ilse Brandt,2', "Ilse Brandt"),
])
def test_round19_other_columns_are_no_titles(text: str, name: str) -> None:
    start = text.rindex(name)
    assert names._in_a_titles_column(text, start, start + len(name)) == (text.split("\n")[0].split(",")[1] == "title")


def test_round19_public_role_column_counts_rows_with_quoted_cells() -> None:
    """A founders' column whose listed figure sits in a row with a quoted company name ("Dell, Inc.")."""
    text = 'Company,Founder,Founded\n"Dell, Inc.",Michael Dell,1984\nAdidas,Adolf Dassler,1949'
    start = text.index("Adolf Dassler")
    assert names._column_with_a_figure(text, start, start + 13, lambda s: s == "Michael Dell")
    assert not names._column_with_a_figure(text, start, start + 13, lambda s: False)


@pytest.mark.parametrize("text", [
    "title,stock\n" + "Effi Briest,3\n" * 15_000, "Company,Founder,Founded\n" + "Dell,Michael Dell,1984\n" * 9_000,
    'author,title\n' + '"Mann, Thomas",Tonio Kröger\n' * 8_000, "a" * 100_000 + "\nEffi Briest,3\n" + "b" * 100_000,
], ids=["titles", "founders", "quoted", "long-lines"])
def test_round19_column_checks_stay_bounded(text: str) -> None:
    """Every name of a 200 KB table asks for its column: the rows are split once (a memo per text, per scan: these
    run inside PiiDetector.detect's scan scope), each name walks at most 200 rows up and 400 around."""
    text = text[:200_000]
    spots = [m.start() for m in re.finditer("Effi Briest|Michael Dell|Tonio Kröger", text)][:3000]
    start = time.process_time()
    with scan_scope.scope():
        for at in spots:
            names._in_a_titles_column(text, at, at + 11)
            names._column_with_a_figure(text, at, at + 11, lambda s: False)
    assert time.process_time() - start < scaled(3.0)


@pytest.mark.parametrize("text, start, end", [
    ("a\tb\nSwantje\tKowalczyk\n", 4, 22), ("x,y\n", 0, 4), ("x,y\r\n\n", 0, 6), ("\n\n\n", 0, 3),
])
def test_round19_a_span_across_a_line_break_is_no_row(text: str, start: int, end: int) -> None:
    """cells() of a stretch holding a line break ends (None), and a name across lines is no table cell (it looped)."""
    for delimiter in tables.DELIMITERS:
        tables.cells(text, start, end, delimiter)
    assert names._table_cell(text, start, end) is None
