"""Round 16 (issue 12): a value whose meaning a JSON schema elsewhere in the request gives.

Form-filling and extraction apps describe each field in a response_format or tool schema under an opaque id
("f0", "field_3", "q7") and send the values keyed by those ids somewhere else in the same request. The
scan reads such a value as if it stood under a key saying what the schema says it is. Our own phrasings.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from timing import scaled

from gateway.signals import SignalClassifier
from gateway.signals.outgoing import build_outgoing, schema_labels
from gateway.signals.labels import labelled_keys
from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings


def _schema(props: dict[str, str], titled: bool = False) -> dict[str, Any]:
    return {"type": "object", "required": list(props),
            "properties": {k: ({"type": "string", "title": v} if titled else {"type": "string", "description": v})
                           for k, v in props.items()}}


def _form(props: dict[str, str], message: str, where: str = "response_format", titled: bool = False
          ) -> dict[str, Any]:
    """A chat body whose schema is in `where` and whose values are in a user message's text."""
    body: dict[str, Any] = {"model": "m", "messages": [{"role": "user", "content": message}]}
    if where == "tools":
        body["tools"] = [{"type": "function", "function": {"name": "submit_form",
                                                             "parameters": _schema(props, titled)}}]
    else:
        body["response_format"] = {"type": "json_schema",
                                   "json_schema": {"name": "intake", "strict": True, "schema": _schema(props, titled)}}
    return body


def _scan(body: dict[str, Any]) -> tuple[list[str], Any]:
    outgoing = build_outgoing(body, "chat")
    texts = list(outgoing.texts)
    return texts, PiiDetector(PiiSettings()).detect(texts, locate=True, labelled=outgoing.labelled)


def _found(body: dict[str, Any]) -> dict[str, list[str]]:
    texts, result = _scan(body)
    found: dict[str, list[str]] = {}
    for span in result.spans:
        found.setdefault(span.entity_type, []).append(texts[span.index][span.start:span.end])
    return found


@pytest.mark.parametrize("where", ["response_format", "tools"])
@pytest.mark.parametrize("props, message, entity, value", [
    # Chinese: a birth date and a name under opaque ids, the description in Chinese
    ({"f0": "出生日期（格式 YYYY-MM-DD）", "f1": "备注"}, '已经填好的部分：{"f0": "1979-02-14", "f1": ""}，请补全',
     "DATE_OF_BIRTH", "1979-02-14"),
    ({"k1": "申请人姓名", "k2": "申请类型"}, '当前进度 {"k1": "欧阳娜娜", "k2": "续签"}', "PERSON", "欧阳娜娜"),
    # German
    ({"feld_2": "Geburtsdatum des Versicherten"}, 'Bisher erfasst: {"feld_2": "07.09.1968"}', "DATE_OF_BIRTH",
     "07.09.1968"),
    ({"feld_5": "Wohnadresse: Straße und Hausnummer"}, 'Stand: {"feld_5": "Lindenstraße 41"}', "STREET_ADDRESS",
     "Lindenstraße 41"),
    # Spanish
    ({"p3": "Nombre completo del paciente"}, 'Llevamos esto: {"p3": "ximena arroyo peñalver"}', "PERSON",
     "ximena arroyo peñalver"),
    ({"p4": "Fecha de nacimiento del titular"}, 'Llevamos esto: {"p4": "30/06/1992"}', "DATE_OF_BIRTH", "30/06/1992"),
    # Russian
    ({"q1": "ИНН физического лица"}, 'Уже заполнено: {"q1": "500100732259"}', "NATIONAL_ID", "500100732259"),
    ({"q2": "Дата рождения заявителя"}, 'Уже заполнено: {"q2": "11.03.1958"}', "DATE_OF_BIRTH", "11.03.1958"),
    # English: the cue leads a long description; a phone as a plain 'id: value' line
    ({"field_3": "The policyholder's date of birth, as printed on the passport"},
     'partially filled: {"field_3": "1983-12-01"}', "DATE_OF_BIRTH", "1983-12-01"),
    ({"a9": "Contact phone of the tenant"}, "Known so far:\na9: 0161 497 0735\n", "PHONE_NUMBER", "0161 497 0735"),
])
def test_round16_value_under_schema_described_id(where: str, props: dict[str, str], message: str, entity: str,
                                                 value: str) -> None:
    found = _found(_form(props, message, where))
    assert value in found.get(entity, []), found


@pytest.mark.parametrize("props, message", [
    ({"f0": "出生日期"}, '已填：{"f0": "1979-02-14"}'),
    ({"q2": "Дата рождения"}, 'Заполнено: {"q2": "11.03.1958"}'),
])
def test_round16_the_schema_is_what_makes_it_personal(props: dict[str, str], message: str) -> None:
    """The same message with no schema (or one that says the id is something else) stays clean."""
    assert _found({"model": "m", "messages": [{"role": "user", "content": message}]}) == {}
    other = {k: "Release date of the firmware" for k in props}
    assert _found(_form(other, message)) == {}


def test_round16_title_alone_labels_the_value() -> None:
    found = _found(_form({"f0": "Geburtsdatum"}, 'Teilweise: {"f0": "02.05.1971"}', titled=True))
    assert found.get("DATE_OF_BIRTH") == ["02.05.1971"]


def test_round16_value_in_tool_call_arguments_and_body_fields() -> None:
    """Values in an assistant's tool call (JSON-escaped, as json.dumps writes them) and in a tool message."""
    schema = _schema({"x1": "姓名", "x2": "Date of birth"})
    arguments = json.dumps({"x1": "司马晓雯", "x2": "1990-10-09"})  # \\u escapes for the Chinese name
    body = {"model": "m", "tools": [{"type": "function", "function": {"name": "register", "parameters": schema}}],
            "messages": [{"role": "user", "content": "register me"},
                         {"role": "assistant", "content": None, "tool_calls": [
                             {"id": "c1", "type": "function", "function": {"name": "register", "arguments": arguments}}]},
                         {"role": "tool", "tool_call_id": "c1", "content": 'stored {"x2": "1990-10-09"}'}]}
    texts, result = _scan(body)
    spans = {(s.entity_type, texts[s.index][s.start:s.end]) for s in result.spans}
    assert ("DATE_OF_BIRTH", "1990-10-09") in spans
    escaped = json.dumps("司马晓雯")[1:-1]
    assert ("PERSON", escaped) in spans  # the span covers the escaped value: redaction replaces it whole


@pytest.mark.parametrize("message", [
    '{"f0": "", "f1": "", "f2": ""}',
    '{"f0": "YYYY-MM-DD", "f1": "N/A", "f2": "string"}',
    '{"f0": "<date of birth>", "f1": "TBD", "f2": "-"}',
    "Please fill in the intake form.",
])
def test_round16_placeholders_and_empty_values_stay_clean(message: str) -> None:
    props = {"f0": "Date of birth", "f1": "Full name", "f2": "Home address"}
    for where in ("response_format", "tools"):
        assert _found(_form(props, message, where)) == {}, message


def test_round16_a_schema_without_values_is_no_pii() -> None:
    props = {f"f{i}": d for i, d in enumerate(["出生日期", "Geburtsdatum", "Nombre completo", "ИНН", "home address",
                                               "phone number", "full name"])}
    outgoing = build_outgoing(_form(props, "Extract the fields from the attached letter."), "chat")
    assert outgoing.labelled == ()
    assert _found(_form(props, "Extract the fields from the attached letter.")) == {}


def test_round16_schema_strings_and_protocol_fields_are_no_values() -> None:
    """A property named like a protocol field ("name") labels no message name or tool name, and the schema's
    own strings (a property's default or example) are not values."""
    schema = {"type": "object", "properties": {"name": {"type": "string", "description": "Patient full name"},
                                               "f0": {"type": "string", "description": "Date of birth",
                                                      "examples": ["1970-01-01"]}}}
    body = {"model": "m", "tools": [{"type": "function", "function": {"name": "lookup_weather", "parameters": schema}}],
            "messages": [{"role": "user", "name": "ops_bot", "content": "what now?"}]}
    assert build_outgoing(body, "chat").labelled == ()


def test_round16_labelled_keys() -> None:
    assert labelled_keys("Date of birth of the applicant, as printed on the passport")[:2] == (
        "Date of birth of the applicant", "Date of birth of the")
    assert "Date of birth" in labelled_keys("Date of birth of the applicant, as printed on the passport")
    assert labelled_keys("出生日期（格式 YYYY-MM-DD）") == ("出生日期", "日期")
    assert "生日期" not in labelled_keys("发生日期")  # no birthday cue cut out of 'date of occurrence'
    assert labelled_keys("Geburtsdatum\nDatum der Geburt laut Ausweis")[0] == "Geburtsdatum"
    assert len(labelled_keys(" ".join(["word"] * 500))) <= 8


def test_round16_classifier_and_pipeline_pass_the_labels() -> None:
    outgoing = build_outgoing(_form({"f0": "Geburtsdatum"}, 'Teilweise: {"f0": "02.05.1971"}'), "chat")
    classifier = SignalClassifier()
    assert "DATE_OF_BIRTH" in classifier.classify(["x"], outgoing.texts, outgoing.labelled).pii.entity_types
    assert not classifier.classify(["x"], outgoing.texts).pii.detected  # without the labels: the old miss


def test_round16_schema_fields_stay_bounded() -> None:
    """Huge and deep schemas, long labels and thousands of values: capped labels and values (the walk is
    bounded), and the labelled pass over the most values it takes costs little beside the scan itself."""
    props = {f"f{i}": {"type": "string", "description": "Date of birth of the insured person " * 40}
             for i in range(20_000)}
    deep: dict[str, Any] = {"type": "object", "properties": {"leaf": {"type": "string", "description": "full name"}}}
    for _ in range(200):  # deeper bodies fail JSON decoding before they get here
        deep = {"type": "object", "properties": {"n": deep, "m": {"type": "string", "description": "x " * 500}}}
    huge = {"model": "m",
            "response_format": {"type": "json_schema", "json_schema": {"name": "big", "schema": {
                "type": "object", "properties": props, "$defs": {"d": deep}}}},
            "tools": [{"type": "function", "function": {"name": f"t{i}", "parameters": deep}} for i in range(300)],
            "messages": [{"role": "user", "content": json.dumps({f"f{i}": "1961-04-12" for i in range(20_000)})},
                         {"role": "user", "content": "\n".join(f"f{i}: 12.04.1961" for i in range(20_000))},
                         {"role": "user", "content": '"' * 50_000 + '"f1": "' + "x" * 50_000}]}
    start = time.process_time()
    labels = schema_labels(huge)
    outgoing = build_outgoing(huge, "chat")
    assert time.process_time() - start < scaled(20.0)
    assert "f0" in labels and len(labels) <= 256
    assert all(len(line) <= 160 for label in labels.values() for line in label.splitlines())
    assert len(outgoing.labelled) <= 64

    values = {f"f{i}": "1961-04-12" for i in range(200)}  # more values than the pass takes, with long labels
    body = _form({k: "Date of birth of the insured person, " + "as on the card " * 20 for k in values},
                 json.dumps(values))
    outgoing = build_outgoing(body, "chat")
    detector = PiiDetector(PiiSettings())
    texts = list(outgoing.texts)
    detector.detect(texts, locate=True)
    start = time.process_time()
    plain = detector.detect(texts, locate=True)
    middle = time.process_time()
    result = detector.detect(texts, locate=True, labelled=outgoing.labelled)
    end = time.process_time()
    assert not plain.detected and "DATE_OF_BIRTH" in result.entity_types
    assert end - middle < 10.0 + 3 * (middle - start)
