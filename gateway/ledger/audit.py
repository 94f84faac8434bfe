"""What an auditor reads from the ledger: who was served where, under which mode and policy,
what the PII policy did, whether anything left the machine, and whether the hash chain holds.

`hybridgate audit [--from --to] [--verify]` prints `report()` and, with --verify, `verify_chain()`.
Both read raw rows with plain SQL (works on SQLite and PostgreSQL alike); neither writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from gateway.ledger import chain
from gateway.ledger.store import LedgerStore

_PAGE = 5000


@dataclass
class AuditReport:
    """Counts over [start, end): per (backend, provider, pii_action, mode), and the proofs."""

    start: float
    end: float
    requests: int = 0
    left_machine: int = 0
    remote_while_local_only: int = 0  # must be 0: a remote call made while local_only was in force
    groups: list[dict[str, Any]] = field(default_factory=list)
    policies: list[dict[str, Any]] = field(default_factory=list)  # policy fingerprints in force, first/last seen

    def as_json(self) -> dict[str, Any]:
        return {"from": self.start, "to": self.end, "requests": self.requests, "left_machine": self.left_machine,
                "remote_calls_while_local_only": self.remote_while_local_only, "by": self.groups,
                "policies": self.policies}


def _bucket(store: LedgerStore, width_s: int | None) -> str:
    """SQL for the start of a row's period (UTC buckets of width_s seconds), or 0 for one period."""
    if not width_s:
        return "0"
    if store.url.startswith("sqlite"):
        return f"CAST(ts / {int(width_s)} AS INTEGER) * {int(width_s)}"
    return f"CAST(FLOOR(ts / {int(width_s)}) AS BIGINT) * {int(width_s)}"


async def report(store: LedgerStore, start: float, end: float, period_s: int | None = None) -> AuditReport:
    """Counts by period (day/hour buckets, or the whole range) x backend/provider/PII action/mode,
    and the local-only proof."""
    out = AuditReport(start, end)
    bucket = _bucket(store, period_s)
    rows = await store.raw(
        f"SELECT {bucket} AS period, backend, COALESCE(provider, ''), COALESCE(pii_action, 'none'), "
        "COALESCE(mode, 'hybrid'), COUNT(*), SUM(left_machine) FROM ledger WHERE ts >= ? AND ts < ? "
        "GROUP BY period, backend, provider, pii_action, mode ORDER BY 1, 6 DESC", (start, end))
    for period, backend, provider, action, mode, n, left in rows:
        out.groups.append({**({"period_start": float(period)} if period_s else {}), "backend": backend,
                           "provider": provider, "pii_action": action, "mode": mode,
                           "requests": int(n), "left_machine": int(left or 0)})
        out.requests += int(n)
        out.left_machine += int(left or 0)
        if mode == "local_only":
            out.remote_while_local_only += int(left or 0)
    for fingerprint, mode, n, first, last in await store.raw(
            "SELECT COALESCE(policy_hash, ''), COALESCE(mode, 'hybrid'), COUNT(*), MIN(ts), MAX(ts) FROM ledger "
            "WHERE ts >= ? AND ts < ? GROUP BY policy_hash, mode ORDER BY 4", (start, end)):
        out.policies.append({"policy_hash": fingerprint or None, "mode": mode, "requests": int(n),
                             "first_ts": float(first), "last_ts": float(last)})
    return out


async def verify_chain(store: LedgerStore) -> chain.Verification:
    """Recompute every chained row's hash in seq order and check it links to the one before."""
    head_seq, head = (await store.raw(chain.SELECT_HEAD))[0]
    unchained = int((await store.raw("SELECT COUNT(*) FROM ledger WHERE seq IS NULL"))[0][0])
    columns = chain.HASHED_COLUMNS + chain.CHAIN_COLUMNS
    select = f"SELECT {', '.join(columns)} FROM ledger WHERE seq > ? ORDER BY seq LIMIT {_PAGE}"

    verifier = chain.Verifier()
    after = 0
    while True:
        page = await store.raw(select, (after,))
        verifier.feed(dict(zip(columns, r)) for r in page)
        if len(page) < _PAGE:
            break
        after = int(page[-1][-3])  # seq
    result = verifier.finish(int(head_seq), str(head))
    result.unchained = unchained
    return result
