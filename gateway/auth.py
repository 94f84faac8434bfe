"""Client API keys: Bearer tokens checked in constant time against hashes kept in memory.

Plain keys never sit in the key table, the ledger or logs: each key is reduced to its
sha256 (`hash_client_key`), which is also what budgets of scope `key` and the ledger see.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

from gateway.errors import AuthenticationFailed
from gateway.ledger.records import hash_client_key


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


def bearer_token(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, else None."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


class KeyRing:
    """Which client keys may call the API. `enabled=False` is the explicit "auth off" switch."""

    def __init__(self, keys: Iterable[str], enabled: bool = True) -> None:
        self.enabled = enabled
        self._digests = [_digest(k) for k in keys if k]

    @property
    def size(self) -> int:
        return len(self._digests)

    @staticmethod
    def generate() -> str:
        """A fresh key for a server started with auth on but no keys configured (printed once)."""
        return "hg-" + secrets.token_urlsafe(24)

    def add(self, key: str) -> None:
        self._digests.append(_digest(key))

    def check(self, authorization: str | None) -> str | None:
        """Client key hash for the ledger (None when anonymous); AuthenticationFailed otherwise.

        Compares against every stored digest without early exit so timing reveals nothing."""
        token = bearer_token(authorization)
        if not self.enabled:
            return hash_client_key(token)
        if token is None:
            raise AuthenticationFailed()
        given = _digest(token)
        ok = False
        for d in self._digests:
            ok |= hmac.compare_digest(given, d)
        if not ok:
            raise AuthenticationFailed()
        return hash_client_key(token)


def is_admin(authorization: str | None, admin_key: str | None) -> bool:
    """Constant-time admin check; no admin key configured means no admin access at all."""
    token = bearer_token(authorization)
    if not admin_key or token is None:
        return False
    return hmac.compare_digest(_digest(token), _digest(admin_key))
