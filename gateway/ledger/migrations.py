"""Versioned schema for both stores. Append a migration; never edit an applied one.

Each migration is a list of statements with three type holes filled per dialect:
{real} (float), {big} (64-bit int), {text}. Timestamps are epoch seconds (float), so both
stores compare and bucket them the same way.
"""

from __future__ import annotations

from gateway.ledger import chain, rollups

TYPES = {
    "sqlite": {"real": "REAL", "big": "INTEGER", "text": "TEXT"},
    "postgres": {"real": "DOUBLE PRECISION", "big": "BIGINT", "text": "TEXT"},
}


def _rollup_table(name: str) -> str:
    ints = {"requests", "ok", "errors", "rejected", "cancelled", "streamed", "prompt_tokens",
            "completion_tokens", "ttft_count", "overhead_count"}
    cols = [f"{c} {{big}} NOT NULL DEFAULT 0" if c in ints or c in rollups.HIST_COLS
            else f"{c} {{real}} NOT NULL DEFAULT 0" for c in rollups.VALUE_COLS]
    return (
        f"CREATE TABLE {name} (bucket {{big}} NOT NULL, route {{text}} NOT NULL, model {{text}} NOT NULL, "
        f"key_hash {{text}} NOT NULL, {', '.join(cols)}, PRIMARY KEY (bucket, route, model, key_hash))"
    )


MIGRATIONS: list[list[str]] = [
    [  # 1: ledger, rollups, budget state
        """CREATE TABLE ledger (
            id {text} PRIMARY KEY, ts {real} NOT NULL, client_key_hash {text}, team {text},
            route {text} NOT NULL, backend {text} NOT NULL, model {text} NOT NULL, provider {text},
            endpoint {text}, rule {text}, pii_entities {text}, complexity {real},
            prompt_tokens {big} NOT NULL DEFAULT 0, completion_tokens {big} NOT NULL DEFAULT 0,
            cost_usd {real} NOT NULL DEFAULT 0, counterfactual_cost_usd {real} NOT NULL DEFAULT 0,
            latency_ms {real} NOT NULL DEFAULT 0, ttft_ms {real}, overhead_ms {real},
            status {text} NOT NULL, error_type {text}, fallback_path {text},
            stream {big} NOT NULL DEFAULT 0, prompt_text {text})""",
        "CREATE INDEX ledger_ts ON ledger (ts)",
        _rollup_table("rollup_hourly"),
        _rollup_table("rollup_daily"),
        """CREATE TABLE budget_state (
            budget_key {text} NOT NULL, period {text} NOT NULL, name {text} NOT NULL,
            period_start {real} NOT NULL, period_end {real} NOT NULL,
            limit_usd {real}, limit_tokens {big},
            spent_usd {real} NOT NULL DEFAULT 0, spent_tokens {big} NOT NULL DEFAULT 0,
            PRIMARY KEY (budget_key, period))""",
        """CREATE TABLE budget_reservations (
            reservation_id {text} NOT NULL, budget_key {text} NOT NULL, period {text} NOT NULL,
            cost_usd {real} NOT NULL, tokens {big} NOT NULL, expires_at {real} NOT NULL,
            PRIMARY KEY (reservation_id, budget_key, period))""",
        "CREATE INDEX budget_reservations_key ON budget_reservations (budget_key, period, expires_at)",
        "CREATE INDEX budget_reservations_exp ON budget_reservations (expires_at)",
        """CREATE TABLE budget_hourly (
            budget_key {text} NOT NULL, period {text} NOT NULL, bucket {big} NOT NULL,
            spent_usd {real} NOT NULL DEFAULT 0, spent_tokens {big} NOT NULL DEFAULT 0,
            PRIMARY KEY (budget_key, period, bucket))""",
    ],
    [  # 2: prompt tokens dropped by on_context_overflow: truncate
        "ALTER TABLE ledger ADD COLUMN truncated_tokens {big} NOT NULL DEFAULT 0",
    ],
    [  # 3: audit trail (mode, policy fingerprint, PII action, left_machine) and the hash chain (ledger/chain.py)
        "ALTER TABLE ledger ADD COLUMN mode {text}",
        "ALTER TABLE ledger ADD COLUMN policy_hash {text}",
        "ALTER TABLE ledger ADD COLUMN pii_action {text}",
        "ALTER TABLE ledger ADD COLUMN left_machine {big} NOT NULL DEFAULT 0",
        "ALTER TABLE ledger ADD COLUMN seq {big}",
        "ALTER TABLE ledger ADD COLUMN prev_hash {text}",
        "ALTER TABLE ledger ADD COLUMN row_hash {text}",
        "CREATE UNIQUE INDEX ledger_seq ON ledger (seq)",
        "CREATE TABLE ledger_chain (id {big} PRIMARY KEY, seq {big} NOT NULL, head {text} NOT NULL)",
        f"INSERT INTO ledger_chain (id, seq, head) VALUES (1, 0, '{chain.GENESIS}')",
    ],
]


def statements(dialect: str, version: int) -> list[str]:
    """Migration `version` (1-based) rendered for a dialect."""
    return [s.format(**TYPES[dialect]) for s in MIGRATIONS[version - 1]]


VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version {big} PRIMARY KEY, applied_at {real} NOT NULL)"
