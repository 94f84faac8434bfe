"""The exact body a remote route receives, and every string in it, built by one function.

Scanning and sending share this object, so nothing reaches a provider that the PII scan did
not see: `build_outgoing` copies the client's JSON body (all fields, known or not, nested),
drops only the fields the gateway owns, and lists every string in what is left — values and
the keys of every object, tool schemas, URLs and unknown extensions included — with the path
where it lives. The remote backend sends `payload` (after `replaced` applied the policy's
redactions) and nothing else; the PII signal scans `texts`.

Large integers are scanned as text too (a phone number or SSN sent as a JSON number is still
one). A prompt given as token ids cannot be scanned without the provider's tokenizer:
`opaque` says so and the pipeline keeps such a request off remote routes.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

Endpoint = Literal["chat", "completions"]

# Fields the gateway owns and never forwards as the client wrote them: `model` becomes the
# route's model; `stream`/`stream_options` are set per call (usage is always requested);
# `metadata` is routing input (rules, x-hybridgate headers); `n` is validated to be 1.
GATEWAY_FIELDS = frozenset({"model", "stream", "stream_options", "metadata", "n"})
_MIN_SCANNED_INT = 100_000  # six digits and more: could be an identifier; smaller numbers are settings

PathItem = str | int


@dataclass(frozen=True)
class Leaf:
    """Where a scanned string lives: the path of its value, or (is_key) of the key it names."""

    path: tuple[PathItem, ...]
    is_key: bool = False


@dataclass(frozen=True)
class Outgoing:
    """One request's remote body (model/stream excluded) and its scanned strings, in body order."""

    endpoint: Endpoint
    payload: dict[str, Any]
    texts: tuple[str, ...]
    leaves: tuple[Leaf, ...]
    opaque: str | None = None  # why part of the body could not be scanned (token-id prompts)

    def replaced(self, new_texts: Mapping[int, str]) -> dict[str, Any]:
        """A copy of `payload` with text i replaced by new_texts[i] (values and keys alike)."""
        if not new_texts:
            return copy.deepcopy(self.payload)
        values: dict[tuple[PathItem, ...], str] = {}
        keys: dict[tuple[PathItem, ...], str] = {}
        for i, text in new_texts.items():
            leaf = self.leaves[i]
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
    return Outgoing(endpoint, payload, tuple(texts), tuple(leaves), opaque)


def _strings(value: Any, path: tuple[PathItem, ...]) -> Iterator[tuple[Leaf, str]]:
    """(leaf, text) of every string, object key and large integer under `value`."""
    if isinstance(value, str):
        yield Leaf(path), value
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
