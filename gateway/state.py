"""The gateway's long-lived parts and their lifecycle: policy, backends, signals, ledger, keys, rate limits.

Start-up pays every slow first-time cost (engine load, presidio, litellm imports) so the first
request does not; a watcher applies accepted policy edits to backends, budgets and signals.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from gateway.keys import KeyRing
from gateway.backends import BackendRegistry
from gateway.ratelimit import RateLimiter
from gateway.settings import ServerSettings

log = logging.getLogger(__name__)
# The event loop shares the GIL with helper threads (long-prompt classification, local engine
# workers, the ledger's writer). Each time the loop releases it (every socket call, every SQLite
# statement) it may wait a whole switch interval to get it back: CPython's default of 5 ms is
# the whole p50 overhead budget. Measured at 32 clients: p99 overhead 36 -> 24 ms.
GIL_SWITCH_INTERVAL_S = 0.0005


class GatewayState:
    """Everything a request needs that outlives it. One per app."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.keys = KeyRing(settings.api_keys, enabled=settings.auth)
        self.registry = BackendRegistry(load_local=settings.load_local_models)
        self.policy_store: Any = None
        self.store: Any = None
        self.enforcer: Any = None
        self.classifier: Any = None
        self.limiter = RateLimiter()
        # One thread: presidio's engine is locked anyway, and each extra thread is one more
        # contender for the GIL the event loop needs.
        self.classify_pool = ThreadPoolExecutor(1, thread_name_prefix="classify")
        self.generated_key: str | None = None
        self.generated_admin_key: str | None = None  # printed once, on the start that created it
        self._applied: Any = None
        self._watcher: asyncio.Task[None] | None = None

    @property
    def policy(self) -> Any:
        return self.policy_store.current

    @property
    def mode(self) -> str:
        return str(self.policy.mode)

    async def start(self) -> None:
        from gateway.budgets import BudgetEnforcer
        from gateway.ledger import open_store
        from gateway.policy import PolicyStore

        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))
        self.policy_store = PolicyStore(self.settings.policy_path, override_local_only=self.settings.local_only)
        if self.settings.auth and self.keys.size == 0:
            self.generated_key = KeyRing.generate()
            self.keys.add_static(self.generated_key)
        self.store = await open_store(self.settings.ledger_url)
        self._admin_key()
        self.limiter.store = self.store
        await self.keys.start(self.store)
        self.enforcer = BudgetEnforcer(self.policy.budgets, self.store)
        await self._apply(self.policy)
        self._watcher = asyncio.create_task(self._watch(), name="policy-watch")
        # ~400k objects (spaCy, presidio, litellm) live as long as the process: frozen, they are
        # out of the cyclic GC's reach, whose full passes over them stall the loop ~200 ms.
        gc.collect()
        gc.freeze()

    def _admin_key(self) -> None:
        """No HYBRIDGATE_ADMIN_KEY: use (or create, mode 0600) the key file next to a SQLite
        ledger, so `make run` has a console out of the box. PostgreSQL deployments set the key."""
        s = self.settings
        path = s.admin_key_path()
        if s.admin_key or path is None:
            return
        try:
            s.admin_key = path.read_text().strip() or None
        except FileNotFoundError:
            key = KeyRing.generate("hga-")
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(key + "\n")
            s.admin_key = self.generated_admin_key = key

    async def _apply(self, policy: Any) -> None:
        """Make backends, budgets and signals match `policy` (start-up and accepted reloads)."""
        from gateway.signals import SignalClassifier

        await self.registry.sync(policy)
        from gateway import metrics

        for name, spec in policy.routes.items():  # remote routes show in /metrics from the start (0 in local_only)
            if spec.backend != "local":
                metrics.REMOTE_CALLS.labels(route=name, mode=policy.mode)
        self.enforcer.update_specs(policy.budgets)
        self.limiter.update_specs(policy.rate_limits)
        if self.classifier is None or self.classifier.settings != policy.signals:
            classifier = SignalClassifier(policy.signals)
            await asyncio.to_thread(classifier.warm)
            self.classifier = classifier
        await asyncio.to_thread(_warm_costs, policy)
        if self.registry.has_remote():
            from gateway.backends.remote import warm
            from gateway.costs import register_route_prices

            # After _warm_costs (its unknown-model warnings come first): keeps litellm's own
            # per-call pricing of unmapped route models off its slow miss path.
            await asyncio.to_thread(register_route_prices, policy.routes.values())
            await warm()
        self._applied = policy
        log.info("policy applied: mode=%s routes=%s available=%s", policy.mode, sorted(policy.routes),
                 sorted(self.registry.available()))

    async def reload(self) -> bool:
        """Re-read the policy file now; True when a new policy is serving."""
        await asyncio.to_thread(self.policy_store.reload)
        if self.policy is self._applied:
            return False
        await self._apply(self.policy)
        return True

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self.settings.reload_interval_s)
            try:
                await self.reload()
            except Exception:  # noqa: BLE001 - the watcher must outlive any one bad edit
                log.exception("policy reload failed; the previous policy keeps serving")

    async def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
        await self.keys.stop()
        await self.registry.close()
        self.classify_pool.shutdown(wait=False)
        if self.store is not None:
            await self.store.close()


def _warm_costs(policy: Any) -> None:
    """Pricing unpriced routes imports litellm's price map (seconds): do it before traffic."""
    from gateway.costs import counterfactual_cost, worst_case_cost

    for spec in policy.routes.values():
        if spec.backend == "local" or policy.mode != "local_only":  # local_only never prices a remote
            worst_case_cost(spec, 1, 1)
    counterfactual_cost(policy.reference_model, 1, 1)
