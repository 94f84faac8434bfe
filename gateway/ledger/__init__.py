"""Per-request ledger (SQLite or PostgreSQL), its rollups, and the budget state it keeps atomically."""

from gateway.ledger.records import LedgerRecord, hash_client_key, provider_of
from gateway.ledger.store import LedgerStore, open_store

__all__ = ["LedgerRecord", "LedgerStore", "hash_client_key", "open_store", "provider_of"]
