"""Results of the routing signals, as the policy engine, headers, logs and the ledger see them.

These types never hold matched text: only entity types, counts and scores.
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
class PiiResult:
    detected: bool
    entities: tuple[PiiEntity, ...] = ()
    elapsed_ms: float = 0.0

    @property
    def entity_types(self) -> list[str]:
        return sorted(e.entity_type for e in self.entities)


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
