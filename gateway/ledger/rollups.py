"""Hourly and daily rollups: what the dashboard reads instead of raw ledger rows.

Each rollup row aggregates one (bucket, route, model, client key) cell. Latency is kept as a
fixed-bucket histogram (columns h0..hN) so p50/p95 come from sums of counts, never from a
scan of raw rows. Both stores share this SQL; it is written with `?` placeholders and the
PostgreSQL store renumbers them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from gateway.ledger.records import LedgerRecord

HOUR = 3600
DAY = 86400
TABLES = {"hour": "rollup_hourly", "day": "rollup_daily"}
# Upper bounds (ms) of the latency histogram buckets; the last bucket is everything above.
LATENCY_BOUNDS_MS: tuple[float, ...] = (
    5, 10, 25, 50, 75, 100, 150, 250, 400, 600, 1000, 1500,
    2500, 4000, 6000, 10000, 15000, 30000, 60000, 120000,
)
HIST_COLS = tuple(f"h{i}" for i in range(len(LATENCY_BOUNDS_MS) + 1))
DIMENSIONS = ("route", "model", "key_hash", "team", "rule", "reason", "fallback", "pii")
# Dashboard group-bys -> rollup column. `fallback` is the route path ("a>b") or "" when the first
# route served; `pii` what the PII policy did (none | local | redact | pseudonymize | reject, joined by +).
GROUP_COLUMNS = {"route": "route", "model": "model", "key": "key_hash", "team": "team", "rule": "rule",
                 "reason": "reason", "fallback": "fallback", "pii": "pii"}
MAX_DIMENSION_CHARS = 200  # reasons name skipped routes: bounded, but keep cells small
SUM_COLS = (
    "requests", "ok", "errors", "rejected", "cancelled", "streamed",
    "prompt_tokens", "completion_tokens", "cost_usd", "counterfactual_usd",
    "latency_sum_ms", "ttft_sum_ms", "ttft_count", "overhead_sum_ms", "overhead_count",
)
VALUE_COLS = SUM_COLS + HIST_COLS
ALL_COLS = ("bucket",) + DIMENSIONS + VALUE_COLS


def latency_bucket(latency_ms: float) -> int:
    """Index of the histogram column a latency falls in."""
    return bisect.bisect_left(LATENCY_BOUNDS_MS, latency_ms)


def percentile(hist: Sequence[int], q: float) -> float | None:
    """q-quantile (0..1) from histogram counts, interpolating linearly inside the bucket."""
    total = sum(hist)
    if total == 0:
        return None
    rank = q * total
    seen = 0.0
    for i, count in enumerate(hist):
        if count and seen + count >= rank:
            lo = LATENCY_BOUNDS_MS[i - 1] if i > 0 else 0.0
            if i >= len(LATENCY_BOUNDS_MS):
                return float(lo)  # open-ended top bucket: report its lower bound
            hi = LATENCY_BOUNDS_MS[i]
            return float(lo + (hi - lo) * (rank - seen) / count)
        seen += count
    return float(LATENCY_BOUNDS_MS[-1])


def record_values(r: LedgerRecord) -> tuple[float | int, ...]:
    """One record's contribution to a rollup cell, in VALUE_COLS order."""
    hist = [0] * len(HIST_COLS)
    hist[latency_bucket(r.latency_ms)] = 1
    sums = (
        1, int(r.status == "ok"), int(r.status == "error"), int(r.status == "rejected"),
        int(r.status == "cancelled"), int(r.stream), r.prompt_tokens, r.completion_tokens,
        r.cost_usd, r.counterfactual_cost_usd, r.latency_ms,
        r.ttft_ms or 0.0, int(r.ttft_ms is not None), r.overhead_ms or 0.0, int(r.overhead_ms is not None),
    )
    return sums + tuple(hist)


def fallback_dimension(r: LedgerRecord) -> str:
    return ">".join([*r.fallback_path, r.route]) if r.fallback_path else ""


def pii_dimension(r: LedgerRecord) -> str:
    return r.pii_action or "none"


def _json_list_sql(col: str, sep: str) -> str:
    """SQL (both dialects) turning our JSON list text '["a", "b"]' into 'a<sep>b' ('' for [])."""
    return (f"REPLACE(REPLACE(REPLACE(REPLACE(COALESCE({col}, '[]'), '\", \"', '{sep}'), '[\"', ''), "
            f"'\"]', ''), '[]', '')")


def cell(r: LedgerRecord, width: int) -> tuple[int | str, ...]:
    """(bucket start, *DIMENSIONS) of a record for a bucket width in seconds."""
    ts = int(r.ts)
    cut = MAX_DIMENSION_CHARS
    return (ts - ts % width, r.route, r.model, r.client_key_hash or "", (r.team or "")[:cut],
            r.rule or "", (r.reason or "")[:cut], fallback_dimension(r)[:cut], pii_dimension(r)[:cut])


def upsert_sql(table: str) -> str:
    """Add one cell's values to a rollup row, creating it if absent (same statement in both stores)."""
    cols = ", ".join(ALL_COLS)
    marks = ", ".join("?" for _ in ALL_COLS)
    sets = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in VALUE_COLS)
    keys = ", ".join(("bucket",) + DIMENSIONS)
    return f"INSERT INTO {table} ({cols}) VALUES ({marks}) ON CONFLICT ({keys}) DO UPDATE SET {sets}"


def upsert_params(r: LedgerRecord) -> dict[str, tuple[float | int | str, ...]]:
    """Parameters of upsert_sql for both tables."""
    values = record_values(r)
    return {TABLES["hour"]: cell(r, HOUR) + values, TABLES["day"]: cell(r, DAY) + values}


def rebuild_sql(table: str, width: int) -> list[str]:
    """Recompute a rollup table from raw rows (bulk seeding, repair); integer bucket arithmetic."""
    lat = [f"SUM(CASE WHEN latency_ms <= {b} THEN 1 ELSE 0 END)" for b in LATENCY_BOUNDS_MS]
    # cumulative counts -> per-bucket counts
    hist = [lat[0]] + [f"({lat[i]} - {lat[i - 1]})" for i in range(1, len(lat))]
    hist.append(f"(COUNT(*) - {lat[-1]})")
    bucket = f"(CAST(FLOOR(ts) AS BIGINT) - CAST(FLOOR(ts) AS BIGINT) % {width})"
    sums = [
        "COUNT(*)",
        "SUM(CASE WHEN status = 'ok' THEN 1 ELSE 0 END)",
        "SUM(CASE WHEN status = 'error' THEN 1 ELSE 0 END)",
        "SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END)",
        "SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END)",
        "SUM(stream)", "SUM(prompt_tokens)", "SUM(completion_tokens)", "SUM(cost_usd)",
        "SUM(counterfactual_cost_usd)", "SUM(latency_ms)", "COALESCE(SUM(ttft_ms), 0)", "COUNT(ttft_ms)",
        "COALESCE(SUM(overhead_ms), 0)", "COUNT(overhead_ms)",
    ]
    cut = MAX_DIMENSION_CHARS
    path = _json_list_sql("fallback_path", ">")
    dims = ["route", "model", "COALESCE(client_key_hash, '')", f"SUBSTR(COALESCE(team, ''), 1, {cut})",
            "COALESCE(rule, '')", f"SUBSTR(COALESCE(reason, ''), 1, {cut})",
            f"SUBSTR(CASE WHEN {path} = '' THEN '' ELSE {path} || '>' || route END, 1, {cut})",
            f"SUBSTR(COALESCE(pii_action, 'none'), 1, {cut})"]
    select = ", ".join([bucket, *dims] + sums + hist)
    return [
        f"DELETE FROM {table}",
        f"INSERT INTO {table} ({', '.join(ALL_COLS)}) SELECT {select} FROM ledger "
        f"GROUP BY {', '.join(str(i) for i in range(1, len(DIMENSIONS) + 2))}",
    ]


@dataclass(frozen=True)
class RangePlan:
    """[start, end) split into whole UTC days (daily table) and the hours around them (hourly table)."""

    start: int
    end: int
    day_start: int
    day_end: int

    @classmethod
    def of(cls, start: float, end: float) -> RangePlan:
        s = int(start) - int(start) % HOUR
        e = -(-int(end) // HOUR) * HOUR  # ceil to the hour
        ds = -(-s // DAY) * DAY
        de = e - e % DAY
        if de <= ds:
            ds = de = s  # no whole day inside: everything from the hourly table
        return cls(s, e, ds, de)

    def source_sql(self) -> tuple[str, tuple[int, ...]]:
        """A sub-select over both tables covering the range exactly once."""
        cols = ", ".join(ALL_COLS)
        sql = (
            f"SELECT {cols} FROM rollup_daily WHERE bucket >= ? AND bucket < ? "
            f"UNION ALL SELECT {cols} FROM rollup_hourly "
            "WHERE (bucket >= ? AND bucket < ?) OR (bucket >= ? AND bucket < ?)"
        )
        return sql, (self.day_start, self.day_end, self.start, self.day_start, self.day_end, self.end)


def summary_sql(plan: RangePlan, group_by: str) -> tuple[str, tuple[int, ...]]:
    """Totals per group over a range."""
    col = GROUP_COLUMNS[group_by]
    src, params = plan.source_sql()
    sums = ", ".join(f"SUM({c}) AS {c}" for c in VALUE_COLS)
    return f"SELECT {col} AS grp, {sums} FROM ({src}) AS src GROUP BY {col} ORDER BY {col}", params


def series_sql(plan: RangePlan, group_by: str, width: int) -> tuple[str, tuple[int, ...]]:
    """Totals per (time bucket, group); width is HOUR or DAY."""
    col = GROUP_COLUMNS[group_by]
    src, params = plan.source_sql()
    sums = ", ".join(f"SUM({c}) AS {c}" for c in VALUE_COLS)
    b = f"(bucket - bucket % {width})"
    return (
        f"SELECT {b} AS b, {col} AS grp, {sums} FROM ({src}) AS src GROUP BY {b}, {col} ORDER BY 1, 2",
        params,
    )
