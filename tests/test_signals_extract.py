"""extract_texts: every string of a request that would leave the machine is scanned."""

from __future__ import annotations

import json

import pytest

from gateway.signals.extract import extract_texts


def test_chat_every_role_and_shape() -> None:
    body = {
        "model": "auto",
        "messages": [
            {"role": "system", "content": "SYSTEM-SECRET"},
            {"role": "user", "name": "USER-NAME", "content": "plain user text"},
            {"role": "user", "content": [
                {"type": "text", "text": "PART-ONE"},
                {"type": "image_url", "image_url": {"url": "https://example.com/IMAGE-URL.png"}},
                {"type": "text", "text": "PART-TWO"},
            ]},
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "lookup", "arguments": json.dumps({"email": "TOOL-ARG"})}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": "TOOL-RESULT"},
            {"role": "assistant", "content": "", "function_call": {"name": "legacy", "arguments": "FN-ARG"}},
            {"role": "assistant", "content": [{"type": "refusal", "refusal": "REFUSAL-TEXT"}]},
            {"role": "developer", "content": "DEVELOPER-TEXT"},
        ],
    }
    joined = "\n".join(extract_texts(body, "chat"))
    for needle in ("SYSTEM-SECRET", "USER-NAME", "plain user text", "PART-ONE", "PART-TWO", "TOOL-ARG",
                   "lookup", "TOOL-RESULT", "FN-ARG", "REFUSAL-TEXT", "DEVELOPER-TEXT"):
        assert needle in joined
    assert "IMAGE-URL" not in joined  # image payloads are not text
    assert "call_1" not in joined and "function" not in extract_texts(body, "chat")  # structural keys


def test_chat_keeps_conversation_order_and_drops_empty() -> None:
    body = {"messages": [{"role": "user", "content": "first"}, {"role": "assistant", "content": "  "},
                         {"role": "user", "content": "last"}]}
    assert extract_texts(body, "chat") == ["first", "last"]


def test_unknown_content_part_kinds_are_still_scanned() -> None:
    body = {"messages": [{"role": "user", "content": [{"type": "input_text", "text": "NEW-KIND"}]}]}
    assert extract_texts(body, "chat") == ["NEW-KIND"]


@pytest.mark.parametrize("prompt, expected", [
    ("one prompt", ["one prompt"]),
    (["a", "b"], ["a", "b"]),
    ([1, 2, 3], []),  # token ids carry no text we can scan
    ([[1, 2], [3]], []),
])
def test_completions_prompts(prompt: object, expected: list[str]) -> None:
    assert extract_texts({"model": "auto", "prompt": prompt}, "completions") == expected


def test_missing_fields_and_unknown_endpoint() -> None:
    assert extract_texts({}, "chat") == []
    assert extract_texts({}, "completions") == []
    with pytest.raises(ValueError):
        extract_texts({}, "embeddings")  # type: ignore[arg-type]


def test_base64_text_payloads_are_scanned_decoded_and_redacted_back() -> None:
    """A file part's text sent as a data URL, and a tool argument sent as bare base64, reach the scan
    decoded; a replacement in the decoded text is encoded back the way it came. Binary payloads and
    words that only use base64's alphabet yield no decoded text."""
    import base64

    from gateway.signals.outgoing import build_outgoing

    table = "Kundennummer;Telefon\nK-17;0171 2233445\n"
    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    body = {"model": "auto", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "fasse die Tabelle zusammen"},
        {"type": "file", "file": {"filename": "kunden.csv",
                                  "file_data": "data:text/csv;charset=utf-8;base64,"
                                               + base64.b64encode(table.encode()).decode()}},
        {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{png}"}}]}],
        "tool_choice": "auto", "x_blob": base64.urlsafe_b64encode("écrire à léa@exemple.fr".encode()).decode(),
        "x_word": "supercalifragilisticexpialidocious", "x_hex": "9f86d081884c7d659a2feaa0c55ad015"}
    outgoing = build_outgoing(body, "chat")
    decoded = {leaf.path[-1]: text for leaf, text in zip(outgoing.leaves, outgoing.texts) if leaf.encoded is not None}
    assert decoded == {"file_data": table, "x_blob": "écrire à léa@exemple.fr"}
    index = next(i for i, leaf in enumerate(outgoing.leaves) if leaf.encoded and leaf.path[-1] == "file_data")
    blob = next(i for i, leaf in enumerate(outgoing.leaves) if leaf.encoded is not None and leaf.path[-1] == "x_blob")
    sent = outgoing.replaced({index: table.replace("0171 2233445", "<PHONE>"),
                              blob: "écrire à <EMAIL>"})
    file_data = sent["messages"][0]["content"][1]["file"]["file_data"]
    assert file_data.startswith("data:text/csv;charset=utf-8;base64,")
    assert base64.b64decode(file_data.split(",", 1)[1]).decode() == "Kundennummer;Telefon\nK-17;<PHONE>\n"
    assert base64.urlsafe_b64decode(sent["x_blob"]).decode() == "écrire à <EMAIL>"
    assert sent["messages"][0]["content"][2]["image_url"]["url"].endswith(png)  # untouched
    assert outgoing.unread == ("messages[0].content[2].image_url.url",)  # the one payload nobody read


@pytest.mark.parametrize(("part", "unread"), [
    ({"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAP8="}},
     ("messages[0].content[0].image_url.url",)),
    ({"type": "input_audio", "input_audio": {"data": "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=",
                                             "format": "wav"}}, ("messages[0].content[0].input_audio.data",)),
    ({"type": "file", "file": {"filename": "a.pdf", "file_data": "JVBERi0xLjcKJbW1tbUKNCAwIG9iago8PC9GaWx0ZXIvRmxhdGVEZWNvZGU+PnN0cmVhbQp4nHMKUdB3M1QwNFIISVPQ8ErMU/DLL0vM1lQIyVJwDQEAczsH+g=="}},
     ("messages[0].content[0].file.file_data",)),
    ({"type": "image_url", "image_url": {"url": "https://img.example.com/cat.png"}}, ()),  # the provider fetches it
    ({"type": "text", "text": "data:text/plain;base64," + "aGVsbG8gd29ybGQ="}, ()),  # text: decoded and scanned
    ({"type": "text", "text": "sha 9f86d081884c7d659a2feaa0c55ad015 and token eyJhbGciOiJIUzI1NiJ9AAAA"}, ()),
])
def test_inline_binary_payloads_are_listed_as_unread(part: dict, unread: tuple[str, ...]) -> None:
    """What the scan cannot read is named by its parameter path, so the pipeline can keep it local;
    hashes and tokens that merely look like base64 are text, scanned as they are."""
    from gateway.signals.outgoing import build_outgoing

    body = {"model": "auto", "messages": [{"role": "user", "content": [part]}]}
    assert build_outgoing(body, "chat").unread == unread


def test_base64_payload_with_pii_is_detected() -> None:
    import base64

    from gateway.signals.outgoing import build_outgoing
    from gateway.signals.pii import PiiDetector
    from gateway.signals.settings import PiiSettings

    note = "Patientin geb. 03.04.1979, SSN 536-22-1198"
    body = {"model": "auto", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "translate the attachment"},
        {"type": "file", "file": {"filename": "n.txt",
                                  "file_data": "data:text/plain;base64," + base64.b64encode(note.encode()).decode()}}]}]}
    result = PiiDetector(PiiSettings()).detect(list(build_outgoing(body, "chat").texts))
    assert {"US_SSN", "DATE_OF_BIRTH"} <= set(result.entity_types)
