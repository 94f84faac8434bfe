"""The conversation's texts: what the complexity signal scores, the size estimate counts, and
what `privacy.store_prompts` keeps.

The PII scan does NOT use this: it reads every string of the exact remote payload
(gateway/signals/outgoing.py), tool schemas, URLs and unknown fields included. Works on the raw
JSON body (a dict), so a content-part kind the schema does not know yet still counts.
"""

from __future__ import annotations

from typing import Any, Literal

Endpoint = Literal["chat", "completions"]

# Keys whose string values are identifiers or enums, never user content.
_STRUCTURAL_KEYS = frozenset({"role", "type", "id", "tool_call_id", "detail", "format", "media_type"})


def extract_texts(body: dict[str, Any], endpoint: Endpoint) -> list[str]:
    """Texts of a chat or completions request body, in conversation order, empty ones dropped."""
    if endpoint == "chat":
        texts: list[str] = []
        for message in body.get("messages") or []:
            texts.extend(_message_texts(message))
        return [t for t in texts if t.strip()]
    if endpoint == "completions":
        return [t for t in _strings(body.get("prompt")) if t.strip()]
    raise ValueError(f"unknown endpoint {endpoint!r}")


def _message_texts(message: Any) -> list[str]:
    """Content (str or parts), name, tool calls and legacy function_call of one message."""
    if not isinstance(message, dict):
        return list(_strings(message))
    texts = list(_content_texts(message.get("content")))
    if isinstance(message.get("name"), str):
        texts.append(message["name"])
    for call in message.get("tool_calls") or []:
        texts.extend(_call_texts(call.get("function") if isinstance(call, dict) else call))
    texts.extend(_call_texts(message.get("function_call")))
    if "refusal" in message:
        texts.extend(_strings(message["refusal"]))
    return texts


def _content_texts(content: Any) -> list[str]:
    """A message's content: a string, or a list of parts (text, refusal, or unknown kinds)."""
    if content is None:
        return []
    if isinstance(content, str):
        return [content]
    texts: list[str] = []
    for part in content if isinstance(content, list) else [content]:
        if isinstance(part, str):
            texts.append(part)
        elif isinstance(part, dict):
            texts.extend(_part_texts(part))
    return texts


def _part_texts(part: dict[str, Any]) -> list[str]:
    """Text of one content part; image/audio payloads are not text and are skipped."""
    kind = part.get("type")
    if kind in ("image_url", "input_audio", "image", "file"):
        return []
    texts: list[str] = []
    for key, value in part.items():
        if key not in _STRUCTURAL_KEYS:
            texts.extend(_strings(value))
    return texts


def _call_texts(function: Any) -> list[str]:
    """Name and JSON arguments of a tool/function call: arguments often carry user data."""
    if not isinstance(function, dict):
        return []
    return [v for k in ("name", "arguments") if isinstance(v := function.get(k), str)]


def _strings(value: Any) -> list[str]:
    """All strings nested in a JSON value (prompt str, list of str, token-id lists yield none)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in _STRUCTURAL_KEYS for s in _strings(v)]
    return []
