"""Backends built from the policy: one per route, rebuilt when the policy changes.

In local_only mode remote routes are never constructed and `gateway.backends.remote` (and with
it litellm) is never imported: nothing in this process can reach a provider.
Local routes with the same model and engine settings share one Engine + Scheduler.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from gateway.backends.base import (
    FALLBACK_ERRORS,
    Backend,
    BackendCall,
    BackendReply,
    Delta,
    Endpoint,
    LogprobAlternative,
    LogprobToken,
    ReplyChoice,
)

log = logging.getLogger(__name__)

__all__ = ["FALLBACK_ERRORS", "Backend", "BackendCall", "BackendRegistry", "BackendReply", "Delta", "Endpoint",
           "LogprobAlternative", "LogprobToken", "ReplyChoice", "RouteStatus"]


@dataclass
class RouteStatus:
    """A route's backend, or why it has none (shown in /health, used to skip routes)."""

    route: str
    kind: str
    model: str
    backend: Backend | None
    reason: str | None = None

    @property
    def available(self) -> bool:
        return self.backend is not None and self.backend.available

    @property
    def why_unavailable(self) -> str | None:
        if self.backend is not None:
            return self.backend.unavailable_reason
        return self.reason


async def _drain_and_close(runtime: Any, timeout_s: float = 300.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while asyncio.get_running_loop().time() < deadline:
        stats = runtime.scheduler.stats()
        if stats.active_sequences == 0 and stats.queue_depth == 0:
            break
        await asyncio.sleep(0.5)
    await asyncio.to_thread(runtime.close)
    log.info("local engine %s closed (no route uses it)", runtime.key.model)


def _runtime_key(spec: Any) -> Any:
    from gateway.backends.local import RuntimeKey

    return RuntimeKey(spec.model, spec.n_ctx, spec.n_threads, spec.n_gpu_layers, spec.max_batch, spec.max_queue,
                      spec.require_gpu)


class BackendRegistry:
    """Route name -> RouteStatus for the current policy."""

    def __init__(self, load_local: bool = True) -> None:
        self.load_local = load_local
        self.routes: dict[str, RouteStatus] = {}
        self._runtimes: dict[Any, Any] = {}  # RuntimeKey -> LocalRuntime
        self._lock = asyncio.Lock()
        self._closing: set[asyncio.Task[None]] = set()

    def available(self) -> set[str]:
        return {name for name, st in self.routes.items() if st.available}

    def get(self, route: str) -> RouteStatus | None:
        return self.routes.get(route)

    async def sync(self, policy: Any) -> None:
        """Match the backends to `policy` (start-up and every accepted reload)."""
        async with self._lock:
            local_only = policy.mode == "local_only"
            routes: dict[str, RouteStatus] = {}
            for name, spec in policy.routes.items():
                if spec.backend == "local":
                    routes[name] = await self._local(name, spec)
                elif local_only:
                    routes[name] = RouteStatus(name, spec.backend, spec.model, None, "local_only mode: remote disabled")
                else:
                    routes[name] = self._remote(name, spec)
            self.routes = routes
            await self._close_unused()

    async def _local(self, name: str, spec: Any) -> RouteStatus:
        if not self.load_local:
            return RouteStatus(name, "local", spec.model, None, "local engines not loaded (--no-local)")
        from gateway.backends.local import LocalBackend, LocalRuntime

        key = _runtime_key(spec)
        runtime = self._runtimes.get(key)
        if runtime is None:
            try:
                runtime = await asyncio.to_thread(LocalRuntime, key)
            except Exception as exc:  # noqa: BLE001 - a missing model makes the route unavailable, not the server
                log.error("route %s: local engine unavailable: %s", name, exc)
                return RouteStatus(name, "local", spec.model, None, f"local engine failed to load: {exc}")
            self._runtimes[key] = runtime
        return RouteStatus(name, "local", spec.model, LocalBackend(name, runtime, spec))

    def _remote(self, name: str, spec: Any) -> RouteStatus:
        from gateway.backends.remote import RemoteBackend

        backend = RemoteBackend(name, spec)
        if backend.unavailable_reason:
            log.warning("route %s unavailable: %s", name, backend.unavailable_reason)
        return RouteStatus(name, spec.backend, spec.model, backend)

    async def _close_unused(self) -> None:
        """Engines no route uses any more close once their in-flight requests finish (reloads lose nothing)."""
        used = {st.backend.runtime.key for st in self.routes.values()
                if st.backend is not None and st.backend.kind == "local"}
        for key in [k for k in self._runtimes if k not in used]:
            task = asyncio.create_task(_drain_and_close(self._runtimes.pop(key)))
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)

    def has_remote(self) -> bool:
        return any(st.backend is not None and st.backend.kind != "local" for st in self.routes.values())

    def local_health(self) -> list[dict[str, Any]]:
        return [{"route": st.route, **st.backend.health()} for st in self.routes.values()
                if st.backend is not None and st.backend.kind == "local"]

    async def close(self) -> None:
        self.routes = {}
        for task in list(self._closing):
            task.cancel()
        for key in list(self._runtimes):
            await asyncio.to_thread(self._runtimes.pop(key).close)
