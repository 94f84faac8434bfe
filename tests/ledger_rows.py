"""A request's ledger row, read straight from the gateway's SQLite file (tests only): the one
place the suites look a row up by its x-request-id."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any


def ledger_row_now(db: Path | str, request_id: str) -> dict[str, Any] | None:
    """One look, no waiting: what a process killed at this instant would have left."""
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM ledger WHERE id = ?", (request_id,)).fetchone()
    return dict(row) if row is not None else None


def ledger_row(db: Path | str, request_id: str, timeout_s: float = 10.0) -> dict[str, Any]:
    """The row, waiting up to `timeout_s` for it (it is committed before the answer; a request
    cut short by the client is recorded just after). AssertionError when none appears."""
    deadline = time.monotonic() + timeout_s
    while (row := ledger_row_now(db, request_id)) is None:
        if time.monotonic() > deadline:
            raise AssertionError(f"no ledger row {request_id}")
        time.sleep(0.05)
    return row
