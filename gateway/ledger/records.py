"""LedgerRecord: one request's row, as the ledger, the dashboard and /metrics see it.

It never holds PII values (only entity type names) and never holds the prompt unless the
operator opted in (policy `privacy.store_prompts`). Client keys are stored hashed.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["ok", "error", "rejected", "cancelled"]
STATUSES: tuple[Status, ...] = ("ok", "error", "rejected", "cancelled")


def hash_client_key(key: str | None) -> str | None:
    """Stable, non-reversible id for a client API key (sha256, 16 hex chars is plenty to group by)."""
    if not key:
        return None
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def new_record_id() -> str:
    """Request id: hex uuid4, also returned to clients so they can find their row."""
    return uuid.uuid4().hex


@dataclass(slots=True)
class LedgerRecord:
    """One request. `ts` is epoch seconds (UTC) when the request arrived."""

    route: str
    backend: str
    model: str
    status: Status = "ok"
    id: str = field(default_factory=new_record_id)
    ts: float = field(default_factory=time.time)
    client_key_hash: str | None = None
    team: str | None = None
    provider: str | None = None
    endpoint: str = "chat"
    rule: str | None = None
    pii_entities: list[str] = field(default_factory=list)
    complexity: float | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    counterfactual_cost_usd: float = 0.0
    latency_ms: float = 0.0
    ttft_ms: float | None = None
    overhead_ms: float | None = None
    error_type: str | None = None
    fallback_path: list[str] = field(default_factory=list)
    stream: bool = False
    prompt_text: str | None = None
    # Audit trail: the mode and policy (fingerprint) in force, what the PII policy did
    # (none | local | redact | pseudonymize | reject, joined by +), and whether any byte of the
    # request left this machine (a remote route was called, even one that then failed).
    mode: str = "hybrid"
    policy_hash: str | None = None
    pii_action: str = "none"
    left_machine: bool = False
    truncated_tokens: int = 0  # prompt tokens dropped by a route's `on_context_overflow: truncate`
    reason: str | None = None  # the policy decision's reason (x-hybridgate-reason without fallback notes)

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {self.status!r}")

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    @property
    def savings_usd(self) -> float:
        """What routing saved against the policy's reference model (negative: it cost more)."""
        return self.counterfactual_cost_usd - self.cost_usd

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def provider_of(backend: str, model: str) -> str:
    """Provider name for budget scopes: 'local' for our engine, else litellm's model prefix."""
    if backend == "local":
        return "local"
    head, sep, _ = model.partition("/")
    return head if sep else "openai"


# Column order of the `ledger` table; lists are stored as JSON text so both stores agree.
ROW_COLUMNS: tuple[str, ...] = (
    "id", "ts", "client_key_hash", "team", "route", "backend", "model", "provider", "endpoint",
    "rule", "pii_entities", "complexity", "prompt_tokens", "completion_tokens", "cost_usd",
    "counterfactual_cost_usd", "latency_ms", "ttft_ms", "overhead_ms", "status", "error_type",
    "fallback_path", "stream", "prompt_text", "truncated_tokens", "mode", "policy_hash", "pii_action",
    "left_machine", "reason",
)
_JSON_FIELDS = ("pii_entities", "fallback_path")


def to_row(r: LedgerRecord) -> tuple[Any, ...]:
    """The record as a `ledger` row, in ROW_COLUMNS order."""
    values = []
    for name in ROW_COLUMNS:
        v = getattr(r, name)
        if name in _JSON_FIELDS:
            v = json.dumps(v)
        elif name in ("stream", "left_machine"):
            v = int(v)
        values.append(v)
    return tuple(values)


def from_row(row: Sequence[Any]) -> LedgerRecord:
    """Inverse of to_row."""
    kw = dict(zip(ROW_COLUMNS, row))
    for name in _JSON_FIELDS:
        kw[name] = json.loads(kw[name] or "[]")
    kw["stream"] = bool(kw["stream"])
    kw["left_machine"] = bool(kw["left_machine"])
    kw["mode"] = kw["mode"] or "hybrid"  # rows from before the audit columns existed
    kw["pii_action"] = kw["pii_action"] or "none"
    return LedgerRecord(**kw)
