"""Hash chain over ledger rows: a deleted or edited row is detectable.

Every row gets a sequence number, the hash of the row before it, and its own hash: sha256 over
the previous hash and the row's audited columns (normalised, so a value read back from either
store hashes as it was written). The chain's head (last seq and hash) lives in `ledger_chain`,
updated in the same transaction as the rows, so writers append one at a time (SQLite: its
write lock; PostgreSQL: the head row's lock) and deleting the newest rows is detectable too.

`verify` walks the rows in seq order and reports the first breaks: an edited row (its hash no
longer matches), a deleted row (a gap in seq, or a prev_hash naming a row that is gone), a
deleted tail (the head names a seq no row has). Rows written before the chain existed (seq NULL)
are counted apart and not judged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

GENESIS = "0" * 64
CHAIN_COLUMNS: tuple[str, ...] = ("seq", "prev_hash", "row_hash")
# The columns a row's hash covers (fixed: a column added later is not silently re-hashed).
HASHED_COLUMNS: tuple[str, ...] = (
    "id", "ts", "client_key_hash", "team", "route", "backend", "model", "provider", "endpoint",
    "rule", "pii_entities", "complexity", "prompt_tokens", "completion_tokens", "cost_usd",
    "counterfactual_cost_usd", "latency_ms", "ttft_ms", "overhead_ms", "status", "error_type",
    "fallback_path", "stream", "prompt_text", "truncated_tokens", "mode", "policy_hash", "pii_action",
    "left_machine",
)
_REAL = frozenset({"ts", "complexity", "cost_usd", "counterfactual_cost_usd", "latency_ms", "ttft_ms", "overhead_ms"})
_INT = frozenset({"prompt_tokens", "completion_tokens", "stream", "truncated_tokens", "left_machine"})
HEAD_TABLE = "ledger_chain"
SELECT_HEAD = "SELECT seq, head FROM ledger_chain WHERE id = 1"
UPDATE_HEAD = "UPDATE ledger_chain SET seq = ?, head = ? WHERE id = 1"


def _normal(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _REAL:
        return float(value)
    if name in _INT:
        return int(value)
    return str(value)


def row_hash(prev_hash: str, seq: int, values: dict[str, Any]) -> str:
    """sha256 of the previous hash, the sequence number and the audited columns."""
    payload = json.dumps([prev_hash, int(seq), [_normal(c, values.get(c)) for c in HASHED_COLUMNS]],
                         separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def link(rows: Sequence[tuple[Any, ...]], columns: Sequence[str], seq: int, head: str
         ) -> tuple[list[tuple[Any, ...]], int, str]:
    """`rows` (in `columns` order) extended with (seq, prev_hash, row_hash), continuing the chain
    from (seq, head); returns the rows and the new head."""
    out = []
    for row in rows:
        seq += 1
        digest = row_hash(head, seq, dict(zip(columns, row)))
        out.append((*row, seq, head, digest))
        head = digest
    return out, seq, head


@dataclass
class Verification:
    """What `verify` found. `ok` means every chained row is intact and none is missing."""

    rows: int = 0
    unchained: int = 0  # written before the chain existed
    head_seq: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class Verifier:
    """Checks rows fed in seq order (page by page: a big ledger never sits in memory at once)."""

    def __init__(self, max_problems: int = 20) -> None:
        self.result = Verification()
        self.max_problems = max_problems
        self._seq, self._prev = 1, GENESIS

    def feed(self, rows: Iterable[dict[str, Any]]) -> None:
        out = self.result
        for r in rows:
            if len(out.problems) >= self.max_problems:
                return
            if r.get("seq") is None:
                out.unchained += 1
                continue
            out.rows += 1
            seq = int(r["seq"])
            if seq != self._seq:
                out.problems.append(f"rows missing before seq {seq} (expected seq {self._seq}): deleted rows")
            elif r["prev_hash"] != self._prev:
                out.problems.append(f"seq {seq} (id {r['id']}): prev_hash does not match the row before it")
            if row_hash(r["prev_hash"], seq, r) != r["row_hash"]:
                out.problems.append(f"seq {seq} (id {r['id']}): contents changed since written (hash mismatch)")
            self._seq, self._prev = seq + 1, r["row_hash"]

    def finish(self, head_seq: int, head: str) -> Verification:
        """Compare with the chain head: rows deleted at the end leave the head pointing past them."""
        out = self.result
        out.head_seq = head_seq
        if self._seq - 1 != head_seq:
            out.problems.append(f"chain head says {head_seq} rows, last row found is seq {self._seq - 1}: "
                                "rows deleted at the end")
        elif head_seq and self._prev != head:
            out.problems.append("the last row's hash differs from the chain head")
        return out
