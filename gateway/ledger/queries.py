"""SQL shared by the SQLite and PostgreSQL stores (`?` placeholders; PostgreSQL renumbers them)."""

from __future__ import annotations

import re

from gateway.ledger.chain import CHAIN_COLUMNS
from gateway.ledger.records import ROW_COLUMNS

# Rows go in with their chain columns (ledger/chain.py: seq, prev_hash, row_hash) appended.
INSERT_LEDGER = (
    f"INSERT INTO ledger ({', '.join(ROW_COLUMNS + CHAIN_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in ROW_COLUMNS + CHAIN_COLUMNS)})"
)
SELECT_LEDGER = f"SELECT {', '.join(ROW_COLUMNS)} FROM ledger"

# Create the budget's row for this period if absent, refresh its limits (policy hot reload),
# and — in PostgreSQL — take the row lock every reserve/settle on this budget serialises on.
UPSERT_BUDGET = (
    "INSERT INTO budget_state (budget_key, period, name, period_start, period_end, limit_usd, limit_tokens) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (budget_key, period) DO UPDATE SET "
    "name = excluded.name, limit_usd = excluded.limit_usd, limit_tokens = excluded.limit_tokens "
    "RETURNING spent_usd, spent_tokens"
)
RESERVED = (
    "SELECT COALESCE(SUM(cost_usd), 0), COALESCE(SUM(tokens), 0) FROM budget_reservations "
    "WHERE budget_key = ? AND period = ? AND expires_at > ?"
)
INSERT_RESERVATION = (
    "INSERT INTO budget_reservations (reservation_id, budget_key, period, cost_usd, tokens, expires_at) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
SPEND = "UPDATE budget_state SET spent_usd = spent_usd + ?, spent_tokens = spent_tokens + ? WHERE budget_key = ? AND period = ?"
SPEND_HOURLY = (
    "INSERT INTO budget_hourly (budget_key, period, bucket, spent_usd, spent_tokens) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (budget_key, period, bucket) DO UPDATE SET "
    "spent_usd = budget_hourly.spent_usd + excluded.spent_usd, "
    "spent_tokens = budget_hourly.spent_tokens + excluded.spent_tokens"
)
DELETE_RESERVATION = "DELETE FROM budget_reservations WHERE reservation_id = ?"
SWEEP = "DELETE FROM budget_reservations WHERE expires_at <= ?"
USAGE = (
    "SELECT s.budget_key, s.name, s.period, s.period_start, s.period_end, s.limit_usd, s.limit_tokens, "
    "s.spent_usd, s.spent_tokens, "
    "COALESCE((SELECT SUM(r.cost_usd) FROM budget_reservations r WHERE r.budget_key = s.budget_key "
    "AND r.period = s.period AND r.expires_at > ?), 0), "
    "COALESCE((SELECT SUM(r.tokens) FROM budget_reservations r WHERE r.budget_key = s.budget_key "
    "AND r.period = s.period AND r.expires_at > ?), 0) "
    "FROM budget_state s"
)
USAGE_ONE = USAGE + " WHERE s.budget_key = ? AND s.period = ?"
USAGE_CURRENT = USAGE + " WHERE s.period_start <= ? AND s.period_end > ? ORDER BY s.budget_key"
BURN = "SELECT bucket, spent_usd, spent_tokens FROM budget_hourly WHERE budget_key = ? AND period = ? ORDER BY bucket"


def numbered(sql: str) -> str:
    """`?` placeholders -> PostgreSQL's $1, $2, ... (our SQL has no literal question marks)."""
    counter = iter(range(1, 10_000))
    return re.sub(r"\?", lambda _m: f"${next(counter)}", sql)


# -- virtual keys ------------------------------------------------------------------------------
KEY_COLUMNS = ("id", "name", "team", "routes", "secret_hash", "rpm", "tpm", "budget_usd", "budget_tokens",
               "budget_period", "expires_at", "created_at", "last_used_at", "revoked_at", "updated_at")
INSERT_KEY = f"INSERT INTO api_keys ({', '.join(KEY_COLUMNS)}) VALUES ({', '.join('?' for _ in KEY_COLUMNS)})"
SELECT_KEYS = f"SELECT {', '.join(KEY_COLUMNS)} FROM api_keys"
REVOKE_KEY = "UPDATE api_keys SET revoked_at = ?, updated_at = ? WHERE id = ? AND revoked_at IS NULL"
ROTATE_KEY = "UPDATE api_keys SET secret_hash = ?, updated_at = ? WHERE id = ? AND revoked_at IS NULL"
TOUCH_KEY = "UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)"
BUMP_KEY_EPOCH = "UPDATE key_epoch SET n = n + 1 WHERE id = 1"
KEY_EPOCH = "SELECT n FROM key_epoch WHERE id = 1"

# -- shared rate-limit token buckets -----------------------------------------------------------
ENSURE_BUCKET = "INSERT INTO rate_buckets (bucket_key, tokens, updated) VALUES (?, ?, ?) ON CONFLICT (bucket_key) DO NOTHING"
GET_BUCKET = "SELECT tokens, updated FROM rate_buckets WHERE bucket_key = ?"
SET_BUCKET = "UPDATE rate_buckets SET tokens = ?, updated = ? WHERE bucket_key = ?"
SWEEP_BUCKETS = "DELETE FROM rate_buckets WHERE updated < ?"
