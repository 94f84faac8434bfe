"""Backends built from the policy: one per route, rebuilt when the policy changes.

In local_only mode remote routes are never constructed and `gateway.backends.remote` (and with
it litellm) is never imported: nothing in this process can reach a provider.
Local routes whose models resolve to the same file (and GPU placement) share one Engine +
Scheduler, however they name it. A route whose model file is missing is unavailable with the
command that fetches it; `load: lazy` routes load on first use; a runtime idle for its
`keep_alive` is unloaded by the reaper task and reloads on the next request.
"""

from __future__ import annotations

import asyncio
import logging
import time
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
    while asyncio.get_running_loop().time() < deadline and runtime.scheduler is not None:
        stats = runtime.scheduler.stats()
        if stats.active_sequences == 0 and stats.queue_depth == 0:
            break
        await asyncio.sleep(0.5)
    await asyncio.to_thread(runtime.close)
    log.info("local engine %s closed (no route uses it)", runtime.key.path)


REAP_INTERVAL_S = 0.5  # how often idle models are checked against their keep_alive


class BackendRegistry:
    """Route name -> RouteStatus for the current policy."""

    def __init__(self, load_local: bool = True) -> None:
        self.load_local = load_local
        self.routes: dict[str, RouteStatus] = {}
        self._runtimes: dict[Any, Any] = {}  # RuntimeKey -> LocalRuntime
        self._lock = asyncio.Lock()
        self._closing: set[asyncio.Task[None]] = set()
        self._reaper: asyncio.Task[None] | None = None

    def available(self) -> set[str]:
        return {name for name, st in self.routes.items() if st.available}

    def get(self, route: str) -> RouteStatus | None:
        return self.routes.get(route)

    async def sync(self, policy: Any) -> None:
        """Match the backends to `policy` (start-up and every accepted reload)."""
        async with self._lock:
            local_only = policy.mode == "local_only"
            routes: dict[str, RouteStatus] = {}
            local = {name: spec for name, spec in policy.routes.items() if spec.backend == "local"}
            routes.update(await self._locals(local))
            for name, spec in policy.routes.items():
                if spec.backend == "local":
                    continue
                if local_only:
                    routes[name] = RouteStatus(name, spec.backend, spec.model, None, "local_only mode: remote disabled")
                else:
                    routes[name] = self._remote(name, spec)
            self.routes = {name: routes[name] for name in policy.routes}
            if self._reaper is None and self._runtimes:
                self._reaper = asyncio.create_task(self._reap(), name="local-keep-alive")

    async def _locals(self, specs: dict[str, Any]) -> dict[str, RouteStatus]:
        """Group local routes by the file they resolve to; one runtime per group, loaded now if eager."""
        if not self.load_local:
            return {n: RouteStatus(n, "local", s.model, None, "local engines not loaded (--no-local)")
                    for n, s in specs.items()}
        from gateway.backends.local import LocalBackend, LocalRuntime, RuntimeKey, RuntimeSettings
        from local_engine.model_store import ModelStoreError, locate, missing_reason, parse_ref

        out: dict[str, RouteStatus] = {}
        groups: dict[Any, list[str]] = {}
        for name, spec in specs.items():
            try:
                ref = parse_ref(spec.model)
                reason = missing_reason(ref)
                path = None if reason else str(locate(ref).resolve())
            except ModelStoreError as exc:
                reason, path = str(exc), None
            if path is None:
                log.error("route %s unavailable: %s", name, reason)
                out[name] = RouteStatus(name, "local", spec.model, None, reason)
                continue
            key = RuntimeKey(path, spec.n_gpu_layers, spec.require_gpu, spec.cache_type_k, spec.cache_type_v)
            groups.setdefault(key, []).append(name)
        runtimes: dict[Any, Any] = {}
        for key, names in groups.items():
            settings = RuntimeSettings.merge([specs[n] for n in names])
            runtime = self._runtimes.get(key)
            if runtime is None or runtime.settings != settings or runtime.error:
                runtime = LocalRuntime(key, settings, names)
            runtime.routes = names
            runtimes[key] = runtime
            if settings.eager and not runtime.loaded:
                try:
                    await asyncio.to_thread(runtime.acquire)
                    runtime.release()
                except Exception as exc:  # noqa: BLE001 - a broken model makes its routes unavailable, not the server
                    log.error("routes %s: local engine unavailable: %s", ",".join(names), exc)
            for n in names:
                out[n] = RouteStatus(n, "local", specs[n].model, LocalBackend(n, runtime, specs[n]))
        retired = [r for k, r in self._runtimes.items() if runtimes.get(k) is not r]
        self._runtimes = runtimes
        for runtime in retired:
            self._retire(runtime)
        return out

    def _retire(self, runtime: Any) -> None:
        """A runtime no route uses any more closes once its in-flight requests finish (reloads lose nothing)."""
        task = asyncio.create_task(_drain_and_close(runtime))
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    async def _reap(self) -> None:
        """Unload models idle past their keep_alive (they reload on the next request)."""
        while True:
            await asyncio.sleep(REAP_INTERVAL_S)
            now = time.monotonic()
            for runtime in list(self._runtimes.values()):
                if runtime.loaded and runtime.settings.keep_alive_s is not None:
                    try:
                        await asyncio.to_thread(runtime.unload_if_idle, now)
                    except Exception:  # noqa: BLE001 - the reaper outlives one failed unload
                        log.exception("unloading %s failed", runtime.key.path)

    def _remote(self, name: str, spec: Any) -> RouteStatus:
        from gateway.backends.remote import RemoteBackend

        backend = RemoteBackend(name, spec)
        if backend.unavailable_reason:
            log.warning("route %s unavailable: %s", name, backend.unavailable_reason)
        return RouteStatus(name, spec.backend, spec.model, backend)

    def has_remote(self) -> bool:
        return any(st.backend is not None and st.backend.kind != "local" for st in self.routes.values())

    def local_health(self) -> list[dict[str, Any]]:
        return [{"route": st.route, **st.backend.health()} for st in self.routes.values()
                if st.backend is not None and st.backend.kind == "local"]

    def models_health(self) -> list[dict[str, Any]]:
        """Each model file the local routes use: loaded or not, by which routes, and its memory."""
        return [runtime.status() for runtime in self._runtimes.values()]

    async def close(self) -> None:
        self.routes = {}
        if self._reaper is not None:
            self._reaper.cancel()
            self._reaper = None
        for task in list(self._closing):
            task.cancel()
        for key in list(self._runtimes):
            await asyncio.to_thread(self._runtimes.pop(key).close)
