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


def _rollup_table(name: str, dims: tuple[str, ...] = rollups.DIMENSIONS) -> str:
    ints = {"requests", "ok", "errors", "rejected", "cancelled", "streamed", "prompt_tokens",
            "completion_tokens", "ttft_count", "overhead_count"}
    cols = [f"{c} {{big}} NOT NULL DEFAULT 0" if c in ints or c in rollups.HIST_COLS
            else f"{c} {{real}} NOT NULL DEFAULT 0" for c in rollups.VALUE_COLS]
    dim_cols = ", ".join(f"{d} {{text}} NOT NULL" for d in dims)
    return (f"CREATE TABLE {name} (bucket {{big}} NOT NULL, {dim_cols}, {', '.join(cols)}, "
            f"PRIMARY KEY (bucket, {', '.join(dims)}))")


_V1_DIMENSIONS = ("route", "model", "key_hash")


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
        _rollup_table("rollup_hourly", _V1_DIMENSIONS),
        _rollup_table("rollup_daily", _V1_DIMENSIONS),
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
    [  # 4: decision reason per row; rollups by team/rule/reason/fallback/PII too (rebuilt from rows);
       #    virtual keys (only a sha256 of each secret), their change counter, shared rate buckets
        "ALTER TABLE ledger ADD COLUMN reason {text}",
        "DROP TABLE rollup_hourly",
        "DROP TABLE rollup_daily",
        _rollup_table("rollup_hourly"),
        _rollup_table("rollup_daily"),
        *rollups.rebuild_sql("rollup_hourly", rollups.HOUR)[1:],
        *rollups.rebuild_sql("rollup_daily", rollups.DAY)[1:],
        """CREATE TABLE api_keys (
            id {text} PRIMARY KEY, name {text} NOT NULL, team {text}, routes {text},
            secret_hash {text} NOT NULL, rpm {real}, tpm {real},
            budget_usd {real}, budget_tokens {big}, budget_period {text},
            expires_at {real}, created_at {real} NOT NULL, last_used_at {real}, revoked_at {real},
            updated_at {real} NOT NULL)""",
        "CREATE UNIQUE INDEX api_keys_secret ON api_keys (secret_hash)",
        # Bumped in the same transaction as every key change: replicas poll this one row and
        # reload their key table when it moves (revocation reaches every replica within a poll).
        "CREATE TABLE key_epoch (id {big} PRIMARY KEY, n {big} NOT NULL)",
        "INSERT INTO key_epoch (id, n) VALUES (1, 0)",
        "CREATE TABLE rate_buckets (bucket_key {text} PRIMARY KEY, tokens {real} NOT NULL, updated {real} NOT NULL)",
    ],
]


def statements(dialect: str, version: int) -> list[str]:
    """Migration `version` (1-based) rendered for a dialect."""
    return [s.format(**TYPES[dialect]) for s in MIGRATIONS[version - 1]]


VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version {big} PRIMARY KEY, applied_at {real} NOT NULL)"
