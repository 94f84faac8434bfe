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
