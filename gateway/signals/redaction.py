"""Redact and pseudonymize a remote payload, and restore pseudonyms in the answer.

The replacement operators are presidio-anonymizer's (`replace` for typed masks, `custom` for
placeholders). Pseudonyms are consistent within one request: the same value gets the same
placeholder in every message and field (`<PERSON_1>`, `<EMAIL_ADDRESS_2>`). The mapping lives
only in the `Pseudonyms` object of that request: never logged, never stored, dropped with it.

`Restorer` puts originals back into streamed text, where a placeholder may be cut across
chunks: it holds back only a tail that could still become a placeholder (a few characters).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from gateway.signals.outgoing import Outgoing
from gateway.signals.settings import PiiAction
from gateway.signals.types import PiiResult

_ENGINE = AnonymizerEngine()  # stateless; its operators are built per call


@dataclass
class Pseudonyms:
    """One request's value -> placeholder map (and back). Lives and dies with the request."""

    forward: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)

    def placeholder(self, entity_type: str, value: str) -> str:
        key = value.strip()
        if key not in self.forward:
            n = self.counters[entity_type] = self.counters.get(entity_type, 0) + 1
            self.forward[key] = f"<{entity_type}_{n}>"
        return self.forward[key]

    @property
    def backward(self) -> dict[str, str]:
        return {p: v for v, p in self.forward.items()}

    def restore(self, text: str) -> str:
        """Placeholders in a whole text back to their values."""
        if not self.forward or "<" not in text:
            return text
        back = self.backward
        return _PLACEHOLDER.sub(lambda m: back.get(m.group(0), m.group(0)), text)

    def restore_json(self, value: Any) -> Any:
        """Placeholders restored in every string of a JSON value (tool-call arguments, messages)."""
        if isinstance(value, str):
            return self.restore(value)
        if isinstance(value, list):
            return [self.restore_json(v) for v in value]
        if isinstance(value, dict):
            return {k: self.restore_json(v) for k, v in value.items()}
        return value


_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>")


@dataclass
class Transformed:
    """The payload a remote route receives, what was done to it, and how to undo pseudonyms."""

    payload: dict[str, Any]
    applied: tuple[str, ...]  # actions that changed something, sorted ("pseudonymize", "redact")
    pseudonyms: Pseudonyms | None


def transform(outgoing: Outgoing, pii: PiiResult, actions: Mapping[str, PiiAction]) -> Transformed:
    """Apply redact/pseudonymize to every located value of `outgoing` (other actions: untouched)."""
    by_text: dict[int, list[RecognizerResult]] = {}
    used: set[str] = set()
    for span in pii.spans:
        action = actions.get(span.entity_type)
        if action in ("redact", "pseudonymize"):
            by_text.setdefault(span.index, []).append(
                RecognizerResult(span.entity_type, span.start, span.end, span.score))
            used.add(action)
    if not by_text:
        return Transformed(outgoing.replaced({}), (), None)
    pseudonyms = Pseudonyms() if "pseudonymize" in used else None
    operators: dict[str, OperatorConfig] = {}
    for entity_type in {r.entity_type for results in by_text.values() for r in results}:
        if actions[entity_type] == "redact":
            operators[entity_type] = OperatorConfig("replace", {"new_value": f"<{entity_type}>"})
        else:
            assert pseudonyms is not None
            operators[entity_type] = OperatorConfig(
                "custom", {"lambda": lambda value, t=entity_type: pseudonyms.placeholder(t, value)})
    new_texts = {i: _ENGINE.anonymize(outgoing.texts[i], results, operators).text
                 for i, results in sorted(by_text.items())}
    return Transformed(outgoing.replaced(new_texts), tuple(sorted(used)), pseudonyms)


class Restorer:
    """Streamed text with placeholders restored; a placeholder cut across chunks is held back
    until it is complete (or cannot be one), so the client never sees a fragment of it."""

    def __init__(self, pseudonyms: Pseudonyms) -> None:
        self.pseudonyms = pseudonyms
        self._placeholders = tuple(pseudonyms.backward)
        self._pending = ""

    def feed(self, text: str) -> str:
        buf = self.pseudonyms.restore(self._pending + text)
        keep = self._open_tail(buf)
        self._pending = buf[len(buf) - keep:] if keep else ""
        return buf[:len(buf) - keep] if keep else buf

    def flush(self) -> str:
        out, self._pending = self._pending, ""
        return out

    def _open_tail(self, buf: str) -> int:
        """Length of the longest suffix of `buf` that is a proper prefix of some placeholder."""
        start = buf.rfind("<")
        while start != -1:
            tail = buf[start:]
            if any(p.startswith(tail) and p != tail for p in self._placeholders):
                return len(tail)
            start = buf.rfind("<", 0, start)
        return 0
