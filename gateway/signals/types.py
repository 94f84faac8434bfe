"""Results of the routing signals, as the policy engine, headers, logs and the ledger see them.

These types never hold matched text: only entity types, counts, scores, and (PiiSpan) the
offsets of a match inside the request's own strings, which the redaction step needs and which
never leave the request (not logged, not stored, not shown by /v1/route/explain).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ComplexityTier = Literal["low", "medium", "high"]


@dataclass(frozen=True)
class PiiEntity:
    entity_type: str  # presidio entity name, e.g. EMAIL_ADDRESS, PHONE_NUMBER
    count: int
    max_score: float


@dataclass(frozen=True)
class PiiSpan:
    """Where one match is: scanned text `index`, [start, end) inside it. Offsets only."""

    index: int
    start: int
    end: int
    entity_type: str
    score: float


@dataclass(frozen=True)
class LabelledValue:
    """A value whose meaning a JSON schema elsewhere in the request gives: scanned text `index`,
    [start, end) inside it, and `label`, the title/description of the schema property whose opaque id
    ("f0", "field_3") is the value's key (outgoing.labelled_values). Offsets and a label only."""

    index: int
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class PiiResult:
    detected: bool
    entities: tuple[PiiEntity, ...] = ()
    elapsed_ms: float = 0.0
    spans: tuple[PiiSpan, ...] = field(default=(), repr=False)
    # the scan stopped at its time budget (PiiSettings.max_scan_seconds) before it had read everything: what it
    # found is not all there is, so nothing of this request may leave (the pipeline keeps it on local routes)
    incomplete: bool = False

    @property
    def entity_types(self) -> list[str]:
        return sorted(e.entity_type for e in self.entities)

    def only(self, types: set[str]) -> PiiResult:
        """The same result restricted to `types` (what the routing rules should see)."""
        entities = tuple(e for e in self.entities if e.entity_type in types)
        return PiiResult(bool(entities), entities, self.elapsed_ms,
                         tuple(s for s in self.spans if s.entity_type in types))


@dataclass(frozen=True)
class ComplexityResult:
    score: float  # in [0, 1]
    tier: ComplexityTier
    elapsed_ms: float = 0.0
    features: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Signals:
    pii: PiiResult
    complexity: ComplexityResult
    prompt_tokens_estimate: int  # cheap estimate used by token-count rules and budget reservations
