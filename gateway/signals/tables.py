"""Delimited tables (CSV, TSV, semicolon, pipe and Markdown tables): where a line's cells are, read one way.

A table's header says what the cells under it are, and four readers label a cell by its column's header cell:
outgoing.document_labelled types the cells under an identifier's, a birth date's or an address's header;
recognizers.FieldNameRecognizer and names.py's person columns read the names under a name column;
identifiers.IdentifierColumnRecognizer checks the numbers under an SSN's, a phone's or an ID scheme's header. What
a header means is each reader's own; which delimiter a line uses and where its cells are is this module's, so that
a table's quirks are handled the same way for all of them: a quoted field holding the delimiter ("Ruiz, Ana"), a
TSV's empty cells, a Markdown row's outer pipes and its rule row, padding, a CRLF line end. (Each reader had its own
split before: a quoted address shifted every cell after it into the wrong column for some and not for others.)

Bounded: a line is scanned once, left to right; a quoted field is at most QUOTED_CHARS long (a longer one is
read as unquoted text), and callers may cap the cells of a line and their length.
"""

from __future__ import annotations

import re
from functools import lru_cache

# What may open a labelled line of a pasted document before its label ("Name: ...", "ID: ..."): indentation, then a
# bullet, a quote mark, a heading or comment mark. One pattern for the readers of `Label: value` lines
# (outgoing._KEYED_LINE, pii's bare-ID and person's-details lines).
LINE_LEAD = r"[ \t]*(?:(?:[-*•>#]+|//)[ \t]*)?"

# A pasted document's line break: a newline, or an escaped one inside a JSON string's text ("a;b\\nc;d").
LINE_BREAK = re.compile(r"\r?\n|\\n")

# In this order where a line holds as many of two (see delimiter_of).
DELIMITERS: tuple[str, ...] = ("\t", "|", ";", ",")
QUOTED_CHARS = 300  # a quoted field's most characters: a quote that opens a longer one is plain text
# A Markdown table's rule row under its header: "|---|:---:|", "--- | ---".
_MARKDOWN_RULE = re.compile(r"[ \t]*+\|?(?:[ \t]*+:?-{2,}+:?[ \t]*+\|)+[ \t]*+(?::?-{2,}+:?[ \t]*+)?$")
_RULE_CHARS = 4000  # a longer line is no rule row (the check stays cheap)


# A header cell's trailing note in parentheses: a format, a unit, which part of a field ("Date of birth (DD/MM/YYYY)",
# "Amount (EUR, net)", "MRZ (line 2, first 28)"). The readers judge the label without it: a note's comma or its
# words do not make a header line prose. At most _NOTE_CHARS inside the parentheses, none of "()" or a line break.
_NOTE_CHARS = 40


def header_label(cell: str) -> str:
    """A header cell's label without its trailing note in parentheses; the cell if there is none or nothing else
    is left. Looks at the cell's last _NOTE_CHARS + 2 characters only."""
    if not cell.endswith(")"):
        return cell
    opening = cell.rfind("(", max(0, len(cell) - _NOTE_CHARS - 2), len(cell) - 1)
    note = cell[opening + 1:-1]
    if opening < 0 or not note or any(c in note for c in "()\n"):
        return cell
    bare = cell[:opening].rstrip(" \t")
    return bare if bare.strip() else cell


def line_spans(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of each of the first `limit` lines of `text` (see LINE_BREAK), breaks excluded."""
    lines: list[tuple[int, int]] = []
    start = 0
    for brk in LINE_BREAK.finditer(text):
        lines.append((start, brk.start()))
        start = brk.end()
        if len(lines) >= limit:
            return lines
    lines.append((start, len(text)))
    return lines


def line_around(text: str, start: int, end: int, reach: int, breaks: re.Pattern[str] | None = None) -> tuple[int, int]:
    """[lo, hi) of the line holding [start, end), read at most `reach` characters each way (`breaks`: what ends a
    line, LINE_BREAK unless a reader says otherwise), breaks excluded."""
    breaks = breaks or LINE_BREAK
    lo = max(0, start - reach)
    for brk in breaks.finditer(text, lo, start):
        lo = brk.end()
    after = breaks.search(text, end, min(len(text), end + reach))
    return lo, after.start() if after else min(len(text), end + reach)


def delimiter_of(line: str) -> str | None:
    """The delimiter `line` holds most of, None if it holds none. A header's labels hold no delimiter, so the one a
    header line holds most of is its own, whatever else its cells' text holds."""
    counts = {d: line.count(d) for d in DELIMITERS}
    delimiter = max(counts, key=counts.__getitem__)
    return delimiter if counts[delimiter] else None


@lru_cache(maxsize=16)
def _cell(delimiter: str, cell_chars: int | None) -> re.Pattern[str]:
    """One cell and the delimiter after it: a quoted field ("" is a quote inside it) or a run of non-delimiters,
    padding around either dropped. No backtracking beyond one quoted field (capped), so a line is one scan."""
    d, pad = re.escape(delimiter), _padding(delimiter)
    run = "*+" if cell_chars is None else f"{{0,{cell_chars}}}"
    return re.compile(rf'[{pad}]*+(?:"((?:[^"\n]|""){{0,{QUOTED_CHARS}}})"|([^{d}\n]{run}))[{pad}]*(?:{d}|$)')


def _padding(delimiter: str) -> str:
    """The blanks around a cell: spaces and tabs, but a TSV's tabs are its delimiter (an empty cell is a cell)."""
    return " \t".replace(delimiter, "")


def cells(text: str, start: int, end: int, delimiter: str, columns: int | None = None,
          cell_chars: int | None = None) -> list[tuple[int, int]] | None:
    """(start, end) in `text` of each cell of the line text[start:end], quotes and padding dropped; a Markdown
    row's outer pipes open and close no cell. None for an empty line, or one past the caller's caps (more than
    `columns` cells, a cell longer than `cell_chars`): prose or a blob, not a row of a table."""
    lo, hi, pad = start, end, _padding(delimiter)
    while lo < hi and text[lo] in pad:
        lo += 1
    while hi > lo and text[hi - 1] in pad + "\r":
        hi -= 1
    if delimiter == "|" and lo < hi and text[lo] == "|":
        lo += 1
        if hi > lo and text[hi - 1] == "|":
            hi -= 1
    if lo >= hi or columns is not None and cell_chars is not None and hi - lo > columns * (cell_chars + 2):
        return None
    found: list[tuple[int, int]] = []
    pattern, at = _cell(delimiter, cell_chars), lo
    while at <= hi and (columns is None or len(found) <= columns):
        cell = pattern.match(text, at, hi)
        if cell is None or cell.end() <= at < hi:  # no step forward: a line break inside text[start:end]
            return None
        group = 1 if cell.group(1) is not None else 2
        c_lo, c_hi = cell.span(group)
        while c_hi > c_lo and text[c_hi - 1] in pad:
            c_hi -= 1
        found.append((c_lo, c_hi))
        if cell.end() >= hi and not text[cell.end() - 1:cell.end()] == delimiter:
            break
        at = cell.end()
        if at >= hi:  # a trailing delimiter: one empty cell
            found.append((hi, hi))
            break
    return found if columns is None or len(found) <= columns else None


def is_rule(text: str, start: int, end: int) -> bool:
    """text[start:end] is a Markdown table's rule row ("|---|:---:|"): a layout line, no row of data."""
    return end - start <= _RULE_CHARS and _MARKDOWN_RULE.match(text, start, end) is not None
