"""The exact body a remote route receives, and every string in it, built by one function.

Scanning and sending share this object, so nothing reaches a provider that the PII scan did
not see: `build_outgoing` copies the client's JSON body (all fields, known or not, nested),
drops only the fields the gateway owns, and lists every string in what is left — values and
the keys of every object, tool schemas, URLs and unknown extensions included — with the path
where it lives. The remote backend sends `payload` (after `replaced` applied the policy's
redactions) and nothing else; the PII signal scans `texts`.

Large integers are scanned as text too (a phone number or SSN sent as a JSON number is still
one). Text sent base64-encoded (a file part's `data:text/csv;base64,...`, a tool argument that is a
base64 string) is scanned decoded as well, as its own text: a redaction in it is encoded back the
way it came. Binary payloads (an inline image, audio clip or PDF) decode to no text and cannot be
read: `unread` lists where they are, and the pipeline keeps such a request off remote routes unless
the policy says to forward them unread (`signals.pii.binary_payloads: send`). A prompt given as
token ids cannot be scanned without the provider's tokenizer: `opaque` says so and the pipeline
keeps such a request off remote routes. (An image given by an http(s) URL is not here: the URL is
scanned and sent, the provider fetches the bytes, none leave this machine.)
"""

from __future__ import annotations

import base64
import binascii
import copy
import re
import unicodedata
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from gateway.policy.schema import format_loc  # a body path as OpenAI names a parameter
from gateway.signals import scan_scope, tables
from gateway.signals.labels import prose_keyed_values, referred_values, typed_column
from gateway.signals.settings import PiiSettings
from gateway.signals.types import LabelledValue

Endpoint = Literal["chat", "completions"]

# Fields the gateway owns and never forwards as the client wrote them: `model` becomes the
# route's model; `stream`/`stream_options` are set per call (usage is always requested);
# `metadata` is routing input (rules, x-hybridgate headers); `n` is validated to be 1.
GATEWAY_FIELDS = frozenset({"model", "stream", "stream_options", "metadata", "n"})
_MIN_SCANNED_INT = 100_000  # six digits and more: could be an identifier; smaller numbers are settings

PathItem = str | int


# A data URL's base64 payload ("data:text/plain;charset=utf-8;base64,...") or a string that is all base64.
_DATA_URL = re.compile(r"data:[\w.+-]*/?[\w.+-]*(?:;[\w.+-]+=[\w.+\"-]+)*;base64,", re.IGNORECASE)
_BASE64 = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}|[A-Za-z0-9_-]{16,}={0,2}")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Leaf:
    """Where a scanned string lives: the path of its value, or (is_key) of the key it names.
    `encoded`: the text is the decoded base64 payload of the value at `path`, which starts with this
    prefix ("data:text/csv;base64," or "" for a bare base64 string); `urlsafe`: the "-_" alphabet."""

    path: tuple[PathItem, ...]
    is_key: bool = False
    encoded: str | None = None
    urlsafe: bool = False


@dataclass(frozen=True)
class Outgoing:
    """One request's remote body (model/stream excluded) and its scanned strings, in body order."""

    endpoint: Endpoint
    payload: dict[str, Any]
    texts: tuple[str, ...]
    leaves: tuple[Leaf, ...]
    opaque: str | None = None  # why part of the body could not be scanned (token-id prompts)
    unread: tuple[str, ...] = ()  # where inline binary payloads are ("messages[0].content[1].image_url.url")
    labelled: tuple[LabelledValue, ...] = ()  # values under a schema property's opaque id: labelled_values

    def unscannable(self, pii: PiiSettings) -> tuple[str, str] | None:
        """(why, param) when part of this body cannot be scanned and the PII settings do not forward it
        unread, so the request must stay off remote routes: a token-id prompt always; an inline image,
        audio clip or file unless `signals.pii.binary_payloads: send` (or the PII scan is off)."""
        if self.opaque:
            return self.opaque, "prompt"
        if self.unread and pii.enabled and pii.binary_payloads == "local":
            where = self.unread[0]
            return (f"an inline binary payload at {where} (image, audio or file bytes; signals.pii.binary_payloads: "
                    "send forwards such payloads unread)", where)
        return None

    def replaced(self, new_texts: Mapping[int, str]) -> dict[str, Any]:
        """A copy of `payload` with text i replaced by new_texts[i] (values and keys alike)."""
        if not new_texts:
            return copy.deepcopy(self.payload)
        values: dict[tuple[PathItem, ...], str] = {}
        keys: dict[tuple[PathItem, ...], str] = {}
        for i, text in sorted(new_texts.items(), key=lambda item: self.leaves[item[0]].encoded is not None):
            leaf = self.leaves[i]  # a decoded payload's replacement wins over one of its base64 characters
            if leaf.encoded is not None:
                encode = base64.urlsafe_b64encode if leaf.urlsafe else base64.b64encode
                text = leaf.encoded + encode(text.encode("utf-8")).decode("ascii")
            (keys if leaf.is_key else values)[leaf.path] = text
        return _rebuild(self.payload, (), values, keys)


def build_outgoing(body: Mapping[str, Any], endpoint: Endpoint) -> Outgoing:
    """The remote payload of a validated chat/completions body and every string in it."""
    if endpoint not in ("chat", "completions"):
        raise ValueError(f"unknown endpoint {endpoint!r}")
    payload = {k: copy.deepcopy(v) for k, v in body.items() if k not in GATEWAY_FIELDS}
    texts: list[str] = []
    leaves: list[Leaf] = []
    for leaf, text in _strings(payload, ()):
        texts.append(text)
        leaves.append(leaf)
    opaque = None
    prompt = payload.get("prompt")
    if endpoint == "completions" and isinstance(prompt, list) and any(isinstance(t, int) for t in prompt):
        opaque = "prompt given as token ids"
    decoded = {leaf.path for leaf in leaves if leaf.encoded is not None}  # payloads _strings read as text
    unread = tuple(format_loc(leaf.path) for leaf, value in zip(leaves, texts)
                   if leaf.path not in decoded and _payload_field(leaf, value))
    with scan_scope.scope():  # what reading the labels memoises ends here (scan_scope.py)
        labelled = labelled_values(texts, leaves, schema_labels(payload)) + end_user_labelled(texts, leaves)
        labelled += document_labelled(texts, _LABELLED_VALUES - len(labelled))
    return Outgoing(endpoint, payload, tuple(texts), tuple(leaves), opaque, unread, labelled)


# A JSON schema in the request (response_format's, a tool's or legacy function's parameters) says what each
# property is in its title/description, under an id that may say nothing ("f0", "field_3", "q7"); the values
# keyed by those ids sit elsewhere in the same request (a message's JSON text, a tool call's arguments). Bounded:
# only those schemas, a capped walk, capped labels and values.
_SCHEMA_NODES = 2000  # schema objects visited per request
_SCHEMA_LABELS = 256  # property ids kept
_LABEL_CHARS = 160
_LABELLED_VALUES = 64  # values per request read with their label
_LABELLED_VALUE_CHARS = 300  # longer values are prose, scanned as they are
_ID_CHARS = 64
# Where the schemas themselves are (their strings are labels, not values), and the request's own protocol
# fields (a message's `name` or `content`, a call's `name`), never a form's value whatever a schema calls them.
_SCHEMA_ROOTS = frozenset({"response_format", "tools", "functions", "tool_choice", "function_call"})
_PROTOCOL_KEYS = frozenset({"role", "type", "id", "tool_call_id", "name", "content", "arguments", "refusal", "text",
                            "url", "detail", "format", "media_type", "model", "user"})
# A quoted key, then its string (or long number) value, in JSON text: '{"f0": "1990-03-04", "f2": 500100732259}'.
_JSON_PAIR = re.compile(r'"([^"\\\n]{1,64})"[ \t]*:[ \t]*(?:"((?:[^"\\\n]|\\.){1,300})"|(\d[\d .-]{4,30}\d))')
# A line "f0: value" / "f0 = value" (a form filled in as plain text).
_LINE_PAIR = re.compile(r"^[ \t]*[-*]?[ \t]*([\w.-]{1,64})[ \t]*[:=][ \t]*([^\n\"]{1,300}?)[ \t]*$", re.MULTILINE)


def schema_labels(payload: Mapping[str, Any]) -> dict[str, str]:
    """Each schema property id of this request's response_format and tools (nested objects, items and
    $defs included) -> its title and description ("f0" -> "Geburtsdatum\nDate of birth of the applicant")."""
    roots: list[Any] = []
    response_format = payload.get("response_format")
    if isinstance(response_format, Mapping):
        json_schema = response_format.get("json_schema")
        roots += [json_schema.get("schema") if isinstance(json_schema, Mapping) else None, response_format.get("schema")]
    for tool in [*_items(payload.get("tools")), *_items(payload.get("functions"))]:
        if isinstance(tool, Mapping):
            function = tool.get("function")
            roots += [function.get("parameters") if isinstance(function, Mapping) else None,
                      tool.get("parameters"), tool.get("input_schema")]
    queue = deque(root for root in roots if isinstance(root, Mapping))  # breadth first, schemas in body order
    labels: dict[str, str] = {}
    visited = 0
    while queue and visited < _SCHEMA_NODES and len(labels) < _SCHEMA_LABELS:
        node = queue.popleft()
        visited += 1
        properties = node.get("properties")
        for key, sub in (properties.items() if isinstance(properties, Mapping) else ()):
            if isinstance(key, str) and 0 < len(key) <= _ID_CHARS and isinstance(sub, Mapping) and len(labels) < _SCHEMA_LABELS:
                if label := _label_of(sub):
                    labels.setdefault(key, label)
        for value in node.values():
            for child in (value,) if isinstance(value, Mapping) else _items(value):
                if isinstance(child, Mapping) and len(queue) < _SCHEMA_NODES:
                    queue.append(child)
    return labels


def _items(value: Any) -> list[Any]:
    return value[:_SCHEMA_LABELS] if isinstance(value, list) else []


def _label_of(schema: Mapping[str, Any]) -> str:
    """A property's title and description, a line each (quotes and escapes dropped, each capped)."""
    parts = [_WHITESPACE.sub(" ", v.replace('"', " ").replace("\\", " ")).strip()[:_LABEL_CHARS]
             for k in ("title", "description") if isinstance(v := schema.get(k), str)]
    return "\n".join(part for part in parts if part)


def labelled_values(texts: list[str], leaves: list[Leaf], labels: Mapping[str, str]) -> tuple[LabelledValue, ...]:
    """Where a value keyed by a schema property's id sits in the scanned texts, with that property's label:
    a field of the body itself ({"f0": "..."}), or a pair in JSON text (a message's 'partially filled:
    {"f0": "..."}', a tool call's arguments) or a 'f0: ...' line. A schema with no values gives none."""
    if not labels:
        return ()
    found: list[LabelledValue] = []
    for index, (leaf, text) in enumerate(zip(leaves, texts)):
        if len(found) >= _LABELLED_VALUES:
            break
        if leaf.is_key or not leaf.path or leaf.path[0] in _SCHEMA_ROOTS:
            continue
        key = leaf.path[-1]
        if (leaf.encoded is None and isinstance(key, str) and key in labels and key not in _PROTOCOL_KEYS
                and 0 < len(text) <= _LABELLED_VALUE_CHARS):
            found.append(LabelledValue(index, 0, len(text), labels[key]))
            continue
        pairs = [(m.group(1), m.start(2) if m.group(2) is not None else m.start(3), m.end(2) if m.group(2) is not None
                  else m.end(3)) for m in _JSON_PAIR.finditer(text)] if '"' in text else []
        pairs += [(m.group(1), m.start(2), m.end(2)) for m in _LINE_PAIR.finditer(text)] if ":" in text or "=" in text else []
        for name, start, end in pairs:
            if name in labels and text[start:end].strip() and len(found) < _LABELLED_VALUES:
                found.append(LabelledValue(index, start, end, labels[name]))
    return tuple(found)


_END_USER_NAME_CHARS, _END_USER_NAME_WORDS = 64, 5  # the longest `user` value read as one name


def end_user_labelled(texts: list[str], leaves: list[Leaf]) -> tuple[LabelledValue, ...]:
    """The top-level `user` field, read under its meaning: OpenAI's "unique identifier representing your end-user",
    which applications fill with the user's name as often as with an opaque id ("Filottra Capoelluzzi", "杉尾\u3000圭吾"
    beside "u_9f1741229b311529"). Under a label the labelled pass reads a name there as the person's, as it reads a
    schema's "name" field; an opaque id or an agent number reads as no name. Only a value a name could be (at most
    five words, 64 characters): a sentence put there is scanned as the text it is, not read as one name."""
    return tuple(LabelledValue(index, 0, len(text), "end user's full name") for index, (leaf, text)
                 in enumerate(zip(leaves, texts)) if leaf.path == ("user",) and not leaf.is_key
                 and 0 < len(text) <= _END_USER_NAME_CHARS and len(text.split()) <= _END_USER_NAME_WORDS)


# A document's own layout labels a value kept elsewhere: an HTML form field's name on its <input>'s value, an
# HTML table's header cell on the cells below it, a spreadsheet's first-row cell on the cells of its column
# ("B1: address" ... "B2: pasaje Los Copihues 138, Temuco"). Such a value is read under its label like a schema's
# (pii.py's labelled pass). Bounded: only texts holding the format's mark, capped tags, rows and values.
_DOC_SCAN_CHARS = 200_000  # of one text
_INPUT_TAG = re.compile(r"<input\b[^<>]{1,600}>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""(?<![\w-])(name|id|value|aria-label|type)[ \t]*=[ \t]*(?:"([^"<>\n]{0,300})"|'([^'<>\n]{0,300})')""",
                        re.IGNORECASE)
_LABEL_TAG = re.compile(r"""<label\b[^<>]{0,200}?\bfor[ \t]*=[ \t]*["']([^"'<>\n]{1,64})["'][^<>]{0,200}>([^<>\n]{1,80})</label>""",
                        re.IGNORECASE)
_TABLE_ROW = re.compile(r"<tr\b[^<>]{0,200}>(.{0,4000}?)</tr>", re.IGNORECASE | re.DOTALL)
_TABLE_CELL = re.compile(r"<(t[hd])\b[^<>]{0,200}>([^<>]{0,300})</t[hd]>", re.IGNORECASE)
_TABLE_END = re.compile(r"</table>", re.IGNORECASE)
_SHEET_CELL = re.compile(r"^[ \t]*([A-Z]{1,3})(\d{1,6})[ \t]*[:=][ \t]*([^\n]{1,300}?)[ \t]*$", re.MULTILINE)
_UNLABELLED_TYPES = frozenset({"hidden", "submit", "button", "checkbox", "radio", "reset", "image", "file"})


def document_labelled(texts: list[str] | tuple[str, ...], limit: int = _LABELLED_VALUES) -> tuple[LabelledValue, ...]:
    """Values of the scanned texts that the document's own layout labels (see _INPUT_TAG, _TABLE_ROW,
    _SHEET_CELL): at most `limit`."""
    found: list[LabelledValue] = []
    for index, text in enumerate(texts):
        if len(found) >= limit:
            break
        text = text[:_DOC_SCAN_CHARS]
        lowered = text.lower()
        if "<input" in lowered:
            found += _form_values(index, text)
        if "<th" in lowered and "<td" in lowered:
            found += _table_values(index, text)
        if ":" in text or "=" in text:
            found += _sheet_values(index, text)
        if "\t" in text or "|" in text or ";" in text or "," in text:
            found += _delimited_values(index, text)
        if "insert" in lowered:
            found += _sql_values(index, text)
        if ":" in text or "=" in text or "_" in text:
            found += _keyed_values(index, text)
        found += prose_keyed_values(index, text)
        if "." in text or "!" in text or "?" in text:
            found += referred_values(index, text)
        if "pid|" in lowered:
            found += _hl7_values(index, text)
        if "identifier" in lowered and "patient" in lowered:
            found += _fhir_values(index, text)
    return tuple(found[:max(0, limit)])


def _form_values(index: int, text: str) -> list[LabelledValue]:
    """An <input>'s value under its field's name (and its <label>'s words): name="address" value="..."."""
    captions = {m.group(1): m.group(2).strip() for m in _LABEL_TAG.finditer(text)}
    found = []
    for tag in _INPUT_TAG.finditer(text):
        attributes = {}
        for m in _ATTRIBUTE.finditer(text, tag.start(), tag.end()):
            group = 2 if m.group(2) is not None else 3
            attributes.setdefault(m.group(1).lower(), (m.group(group), m.start(group), m.end(group)))
        value = attributes.get("value")
        kind = attributes.get("type", ("",))[0].lower()
        names = [attributes[k][0] for k in ("name", "id", "aria-label") if k in attributes and attributes[k][0].strip()]
        if not value or not value[0].strip() or not names or kind in _UNLABELLED_TYPES:
            continue
        caption = next((captions[n] for n in names if n in captions), "")
        found.append(LabelledValue(index, value[1], value[2], "\n".join(dict.fromkeys([names[0], caption] if caption
                                                                                      else [names[0]]))))
        if len(found) >= _LABELLED_VALUES:
            break
    return found


def _table_values(index: int, text: str) -> list[LabelledValue]:
    """An HTML table's data cells under their column's header cell (the last row of <th> cells above them)."""
    found: list[LabelledValue] = []
    headers: list[str] = []
    table_end = -1
    for row in _TABLE_ROW.finditer(text):
        if table_end != -1 and row.start() > table_end:
            headers = []  # a new table: its own header row
        end = _TABLE_END.search(text, row.end())
        table_end = end.start() if end else len(text)
        cells = list(_TABLE_CELL.finditer(text, row.start(1), row.end(1)))
        if cells and all(c.group(1).lower() == "th" for c in cells):
            headers = [_WHITESPACE.sub(" ", c.group(2)).strip() for c in cells]
            continue
        for column, cell in enumerate(cells):
            if column < len(headers) and headers[column] and cell.group(1).lower() == "td" and cell.group(2).strip():
                found.append(LabelledValue(index, cell.start(2), cell.end(2), headers[column]))
                if len(found) >= _LABELLED_VALUES:
                    return found
    return found


def _sheet_values(index: int, text: str) -> list[LabelledValue]:
    """A spreadsheet written as cells ("A1: id", "B1: address", "B2: ..."): a cell's value under the text of its
    column's cell in the sheet's first row. A row number lower than the last one starts another sheet."""
    found: list[LabelledValue] = []
    headers: dict[str, str] = {}
    first_row = last_row = 0
    for cell in _SHEET_CELL.finditer(text):
        column, row, value = cell.group(1), int(cell.group(2)), cell.group(3)
        if row < last_row or not first_row:
            headers, first_row = {}, row
        last_row = row
        if row == first_row:
            if not value.startswith("=") and any(c.isalpha() for c in value):
                headers[column] = value.strip(" \"'")[:_LABEL_CHARS]
        elif len(headers) >= 2 and column in headers and not value.startswith("="):  # a sheet, not "Q1:"/"Q2:" notes
            found.append(LabelledValue(index, cell.start(3), cell.end(3), headers[column]))
            if len(found) >= _LABELLED_VALUES:
                break
    return found


# A delimited table (CSV, TSV, a pipe or Markdown table; lines split by newlines, or by escaped "\n" in a JSON
# string): a header line of short cells with letters, then rows of as many cells under the same delimiter, each
# cell read under its column's header ("id_number" over "05049710733"). The header line is a document's label,
# like an HTML table's <th> row. Bounded: capped lines, columns and rows per table; a line's cells as tables.py
# reads them (one scan), capped here in number and length.
_TABLE_LINES = 2000  # lines looked at per text
_TABLE_COLUMNS = 32
_TABLE_ROWS = 200  # data rows read per table
_HEADER_CELL_CHARS = 48
_HEADER_CELL = re.compile(r"^[#\w][\w .#/()-]{0,47}$")  # "id_number", "Date of birth", "No.", "#"
_CELL_CHARS = 300  # a longer cell is no table's: prose, a blob


def _delimited_values(index: int, text: str) -> list[LabelledValue]:
    """Each data cell of a delimited table under its column's header cell (see tables.LINE_BREAK), where the header
    types its cells (labels.typed_column: an identifier's, a birth date's, an address's column)."""
    found: list[LabelledValue] = []
    lines = tables.line_spans(text, _TABLE_LINES)
    if len(lines) > 1 and (text.startswith("{") or text.startswith("[")):  # a table in a JSON string's value
        lo, hi = lines[0]
        lines[0] = (max(lo, text.rfind('": "', lo, hi) + 4), hi)
        lo, hi = lines[-1]
        lines[-1] = (lo, (text.rfind('"', lo, hi) if text[lo:hi].rstrip().endswith(('"}', '"]')) else hi))
    row = 0
    while row < len(lines) - 1:
        header = _table_header(text, *lines[row])
        if header is None:
            row += 1
            continue
        delimiter, labels = header
        labels = [label if typed_column(label) else "" for label in labels]
        row += 1
        if row < len(lines) and tables.is_rule(text, *lines[row]):
            row += 1
        read = 0
        while row < len(lines) and read < _TABLE_ROWS:
            cells = tables.cells(text, *lines[row], delimiter, _TABLE_COLUMNS, _CELL_CHARS)
            if cells is None or len(cells) != len(labels):
                break
            row, read = row + 1, read + 1
            for (lo, hi), label in zip(cells, labels):
                if label and text[lo:hi].strip():
                    found.append(LabelledValue(index, lo, hi, label))
                    if len(found) >= _LABELLED_VALUES:
                        return found
    return found


def _table_header(text: str, start: int, end: int) -> tuple[str, list[str]] | None:
    """The delimiter and cell texts of a table's header line: at least two cells, every one a short label with a
    letter (or "#"), words few; None for prose and data lines."""
    if text.startswith("\ufeff", start):  # a spreadsheet export's byte-order mark opens its header line
        start += 1
    line = text[start:end]
    delimiter = tables.delimiter_of(line)
    if delimiter is None or len(line) > _TABLE_COLUMNS * _HEADER_CELL_CHARS:
        return None
    cells = tables.cells(text, start, end, delimiter, _TABLE_COLUMNS, _CELL_CHARS)
    if cells is None or not 2 <= len(cells) <= _TABLE_COLUMNS:
        return None
    labels = [text[lo:hi].strip() for lo, hi in cells]
    if _SQL_INSERT.match(line.lstrip()) or any(c.count("(") != c.count(")") for c in labels):
        return None  # an INSERT's column list (_sql_values reads it), a call's arguments
    bare = [tables.header_label(c) for c in labels]  # a cell's note in parentheses is no part of its label
    if not all(_HEADER_CELL.match(c) and len(c.split()) <= 4 and (c == "#" or any(ch.isalpha() for ch in c))
               for c in bare):
        return None
    return delimiter, labels


# A value under its key or label outside a table: a JSON pair ('"id_number": "05049710733"'), a log's key="value"
# (logfmt), a "Label: value" / "key = value" line of a form, YAML or INI file (also after a vCard or iCalendar
# property: "NOTE:record_no KH-41745355", "DESCRIPTION:id_number: ...", a bullet, a quoted reply's ">", a comment's
# "#" or "//"; fields of one line split by " | "), a field name and its value
# ("id_number 05049710733", a name with "_"). Read under the key like a table cell under its header, and only where
# the key types its value (labels.typed_column: an identifier's or a birth date's). Bounded: capped lines and length
# per line, one anchored match per line; a quoted pair's key and value are capped runs (no backtracking across them).
_KEYED_QUOTED = re.compile(r'(?<![\w.-])"?([A-Za-z_][\w.-]{0,47})"?[ \t]*[:=][ \t]*'
                           r'(?:"((?:[^"\\\n]|\\.){1,300})"|(\d[\d .-]{4,30}\d)(?![\w.-]))')
_KEYED_LINE = re.compile(tables.LINE_LEAD + r"(?:[A-Z][A-Z0-9-]{1,20}(?:;[^:\n]{0,80})?:)?"
                         r"(?:([^\s:=\\\"'{}\[\]<>|,;][^:=\n\\\"{}\[\]<>|]{0,47}?)[ \t]*[:=：]"
                         r"|([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)[ \t]+(?=[^\s:=]))[ \t]*([^\n\\\"]{1,300}?)[ \t\r]*")
_FIELD_BAR = re.compile(r"[ \t]\|[ \t]")
_KEYED_LINES = 4000  # lines looked at per text
_KEYED_LINE_CHARS = 400
_KEY_WORDS = 5


def _keyed_values(index: int, text: str) -> list[LabelledValue]:
    """Each value whose key or label types it (labels.typed_column) in JSON pairs, key="value" logs and labelled
    lines (see _KEYED_QUOTED, _KEYED_LINE)."""
    found: list[LabelledValue] = []
    seen: set[tuple[int, int]] = set()

    def add(label: str, lo: int, hi: int) -> bool:
        while hi > lo and text[hi - 1] in " \t\r,;":
            hi -= 1
        if (hi > lo and (lo, hi) not in seen and len(label.split()) <= _KEY_WORDS and any(c.isalpha() for c in label)
                and not _TIMESTAMP.match(text, lo, hi) and typed_column(label.strip())):
            seen.add((lo, hi))
            found.append(LabelledValue(index, lo, hi, label.strip()))
        return len(found) >= _LABELLED_VALUES

    if '"' in text:
        for m in _KEYED_QUOTED.finditer(text):
            group = 2 if m.group(2) is not None else 3
            if add(m.group(1), m.start(group), m.end(group)):
                return found
    for lo, hi in tables.line_spans(text, _KEYED_LINES):
        if hi - lo > _KEYED_LINE_CHARS or hi == lo:
            continue
        fields = [(lo, hi)]
        if " | " in text[lo:hi]:  # fields on one line: "Name: ... | driver license: ... | Address: ..."
            fields = []
            for bar in _FIELD_BAR.finditer(text, lo, hi):
                fields.append((lo, bar.start()))
                lo = bar.end()
            fields.append((lo, hi))
        for f_lo, f_hi in fields:
            m = _KEYED_LINE.fullmatch(text, f_lo, f_hi)
            if m is not None and m.group(3).strip() and add(m.group(1) or m.group(2), m.start(3), m.end(3)):
                return found
    return found


# An HL7 v2 PID segment's fields by position ("PID|1||HN2730844^^^GHH^MR||Doe^Jane||19480407|F|||...|||||SSN|DL|"):
# the patient's identifiers (PID-2, PID-3, PID-4), birth date (PID-7), social security number (PID-19) and driving
# licence (PID-20), each field's first component read under the field's name (PID-18, the account number, is no
# medical record's or national id's).
_HL7_PID = re.compile(r'(?:^|(?<=\n)|(?<=\\n)|(?<=\r))PID\|((?:[^\r\n\\"]|\\(?![nr"\\])){0,2000})')
_HL7_FIELDS = {2: "mrn", 3: "mrn", 4: "mrn", 7: "date of birth", 19: "national id number", 20: "driving licence number"}
# A timestamp to the second ("2026-09-03T14:54:00Z", "2026-09-03 14:54:00"): an event's time a system wrote, not a
# birth date (HL7 writes a birth time without separators; a form, a date).
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}")
_HL7_SEGMENTS = 64


def _hl7_values(index: int, text: str) -> list[LabelledValue]:
    """The typed fields of each HL7 v2 PID segment (see _HL7_FIELDS)."""
    found: list[LabelledValue] = []
    for number, segment in enumerate(_HL7_PID.finditer(text)):
        if number >= _HL7_SEGMENTS:
            break
        at = segment.start(1)
        for position, field in enumerate(segment.group(1).split("|")[:21], start=1):
            label = _HL7_FIELDS.get(position)
            for component in field.split("~")[:4] if label else ():  # repetitions of the identifier list
                value = component.split("^", 1)[0].strip()
                if value and not (position == 7 and _TIMESTAMP.match(value)):
                    lo = at + field.find(component) + component.find(value)
                    found.append(LabelledValue(index, lo, lo + len(value), label))
            at += len(field) + 1
        if len(found) >= _LABELLED_VALUES:
            break
    return found[:_LABELLED_VALUES]


# A FHIR Patient's identifier: its system and value, as JSON ('"identifier": [{"system": "urn:oid:...", "value":
# "PID36883088"}]') or XML ('<identifier><system value="..."/><value value="..."/></identifier>'). A patient's
# identifier is a patient id (a medical record number) unless its system names another scheme (a national id, a
# passport, a tax id, a licence: the system read as a label).
_FHIR_IDENTIFIER = re.compile(r'(?:"identifier"\s*:\s*\[|<identifier\b)', re.IGNORECASE)
_FHIR_SYSTEM = re.compile(r'(?:"system"\s*:\s*"|<system\s+value\s*=\s*")([^"\n]{0,200})"')
_FHIR_VALUE = re.compile(r'(?:"value"\s*:\s*"|<value\s+value\s*=\s*")([^"\n]{1,120})"')
_FHIR_ENTRY_CHARS = 600
_FHIR_IDENTIFIERS = 64


def _fhir_values(index: int, text: str) -> list[LabelledValue]:
    """Each FHIR identifier's value under the scheme its system names, or a medical record number's label (see
    _FHIR_IDENTIFIER)."""
    found: list[LabelledValue] = []
    for number, ident in enumerate(_FHIR_IDENTIFIER.finditer(text)):
        if number >= _FHIR_IDENTIFIERS:
            break
        end = min(len(text), ident.end() + _FHIR_ENTRY_CHARS)
        close = text.find("</identifier>", ident.end(), end) if ident.group(0).startswith("<") else text.find("]", ident.end(), end)
        end = close if close != -1 else end
        system = _FHIR_SYSTEM.search(text, ident.end(), end)
        value = _FHIR_VALUE.search(text, ident.end(), end)
        if value is None:
            continue
        scheme = _WHITESPACE.sub(" ", re.sub(r"[^\w]+", " ", system.group(1))).strip() if system else ""
        words = scheme.split()
        label = next((" ".join(words[i:i + n]) for n in (1, 2) for i in range(len(words) - n + 1)
                      if not words[i].isdigit() and typed_column(" ".join(words[i:i + n]))
                      and " ".join(words[i:i + n]).casefold() not in ("id", "urn", "oid", "http", "https")), "")
        found.append(LabelledValue(index, value.start(1), value.end(1), label or "mrn"))
        if len(found) >= _LABELLED_VALUES:
            break
    return found


# An SQL INSERT's column list over the rows of its VALUES: "INSERT INTO t (id, full_name, id_number) VALUES (1,
# 'Ana Ruiz', '05049710733'), (...);" - each value under its column's name. Bounded: capped statements, columns,
# rows and value lengths; quoted strings and bare tokens scanned left to right.
_SQL_INSERT = re.compile(r"\binsert\s+into\s+[\w.\"`\[\]]{1,128}\s*\(([^()]{1,2000})\)\s*values(?:\s|\\n)*", re.IGNORECASE)
_SQL_VALUE = re.compile(r"""(?:\s|\\n)*+(?:'((?:[^'\\\n]|''|\\.){0,300})'|([^,()'\s\\]{0,300}(?:\(\s*\))?))(?:\s|\\n)*+([,)])""")
_SQL_NEXT_ROW = re.compile(r"(?:\s|\\n)*,(?:\s|\\n)*\(")
_SQL_STATEMENTS = 64


def _sql_values(index: int, text: str) -> list[LabelledValue]:
    """Each value of an INSERT's rows under its column's name (see _SQL_INSERT), where the name types it."""
    found: list[LabelledValue] = []
    for statement, insert in enumerate(_SQL_INSERT.finditer(text, 0, min(len(text), _DOC_SCAN_CHARS))):
        if statement >= _SQL_STATEMENTS:
            break
        columns = [c.strip().strip('"`[]\\ ') for c in insert.group(1).split(",")][:_TABLE_COLUMNS + 1]
        if not 2 <= len(columns) <= _TABLE_COLUMNS or not all(_HEADER_CELL.match(c) for c in columns):
            continue
        columns = [column if typed_column(column) else "" for column in columns]
        at, rows = insert.end(), 0
        while at < len(text) and text[at] == "(" and rows < _TABLE_ROWS:
            at += 1
            for column in range(len(columns) + 1):
                value = _SQL_VALUE.match(text, at)
                if value is None:
                    break
                group = 1 if value.group(1) is not None else 2
                lo, hi = value.span(group)
                if column < len(columns) and columns[column] and text[lo:hi].strip().upper() not in ("", "NULL"):
                    found.append(LabelledValue(index, lo, hi, columns[column]))
                    if len(found) >= _LABELLED_VALUES:
                        return found
                at = value.end()
                if value.group(3) == ")":
                    break
            else:
                break
            rows += 1
            if not (following := _SQL_NEXT_ROW.match(text, at)):
                break
            at = following.end() - 1
    return found


# Fields of OpenAI's content parts that hold a payload as bare base64 (no data: prefix).
_BASE64_FIELDS = frozenset({"data", "file_data"})


def _payload_field(leaf: Leaf, value: str) -> bool:
    """Whether the string at `leaf` holds an inline payload: a data URL, or a content part's base64
    field (input_audio.data, file.file_data). One no text came out of (no decoded leaf at its path)
    was not read; other base64-looking strings (hashes, tokens, ids) are text scanned as they are."""
    if leaf.is_key or leaf.encoded is not None:
        return False
    key = leaf.path[-1] if leaf.path else None
    return bool(_DATA_URL.match(value)) or (key in _BASE64_FIELDS and len(value) >= 16)


def _strings(value: Any, path: tuple[PathItem, ...]) -> Iterator[tuple[Leaf, str]]:
    """(leaf, text) of every string, object key and large integer under `value`."""
    if isinstance(value, str):
        yield Leaf(path), value
        if decoded := _decoded_text(value):
            prefix, urlsafe, text = decoded
            yield Leaf(path, encoded=prefix, urlsafe=urlsafe), text
    elif isinstance(value, bool) or value is None or isinstance(value, float):
        return
    elif isinstance(value, int):
        if abs(value) >= _MIN_SCANNED_INT:
            yield Leaf(path), str(value)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield Leaf((*path, key), is_key=True), str(key)
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, (*path, i))


def _rebuild(value: Any, path: tuple[PathItem, ...], values: dict[tuple[PathItem, ...], str],
             keys: dict[tuple[PathItem, ...], str]) -> Any:
    if path in values:
        return values[path]
    if isinstance(value, Mapping):
        return {keys.get((*path, k), k): _rebuild(v, (*path, k), values, keys) for k, v in value.items()}
    if isinstance(value, list):
        return [_rebuild(v, (*path, i), values, keys) for i, v in enumerate(value)]
    return value


def _decoded_text(value: str) -> tuple[str, bool, str] | None:
    """(prefix, urlsafe, text) when `value` is a data URL or a bare base64 string whose payload is
    UTF-8 text (printable characters and whitespace only); None for anything else (binary data,
    words that merely use base64's alphabet)."""
    prefix = match.group(0) if (match := _DATA_URL.match(value)) else ""
    payload = _WHITESPACE.sub("", value[len(prefix):]) if prefix else value
    if not prefix and not _BASE64.fullmatch(payload):
        return None
    urlsafe = "-" in payload or "_" in payload
    try:
        raw = (base64.urlsafe_b64decode if urlsafe else base64.b64decode)(payload + "=" * (-len(payload) % 4))
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError
        return None
    if not text.strip() or not all(c.isprintable() or c in "\n\r\t" or unicodedata.category(c) == "Cf" for c in text):
        return None  # (format characters are text: a BOM, Persian's zero-width non-joiner, an emoji's joiner)
    return prefix, urlsafe, text
