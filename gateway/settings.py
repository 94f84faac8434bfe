"""Server settings: where the policy and ledger live, who may call, how to listen.

Read from the environment (`HYBRIDGATE_*`) and overridden by `hybridgate serve` flags, so a
container and a developer's shell configure the same object.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_POLICY = "policies/default.yaml"
# State of a single-machine gateway (ledger, generated admin key) in one ignored directory.
DEFAULT_LEDGER = "sqlite:///.hybridgate/ledger.db"
# Off the ports local LLM servers take (llama.cpp/LocalAI/TGI 8080, vLLM 8000, Ollama 11434,
# LM Studio 1234, LiteLLM 4000, text-generation-webui 5000, Open WebUI 3000, Jupyter 8888), so
# the gateway can run beside the servers it fronts.
DEFAULT_PORT = 8470
_TRUE = {"1", "true", "yes", "on"}


def _env_list(name: str) -> list[str]:
    return [k.strip() for k in os.environ.get(name, "").split(",") if k.strip()]


@dataclass
class ServerSettings:
    """Everything `create_app` needs besides the policy file's contents."""

    policy_path: Path = Path(DEFAULT_POLICY)
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    local_only: bool = False  # forces policy mode local_only, whatever the file says
    ledger_url: str = DEFAULT_LEDGER
    log_level: str = "info"
    api_keys: list[str] = field(default_factory=list)  # client keys (plain; hashed in memory)
    admin_key: str | None = None
    admin_key_file: Path | None = None  # default: admin.key beside a SQLite ledger (created on first start)
    auth: bool = True  # off only when asked for explicitly (HYBRIDGATE_AUTH=off / --no-auth)
    reload_interval_s: float = 1.0  # policy file polling
    max_body_bytes: int = 4 * 1024 * 1024  # enforced while the body is read, chunked or not
    load_local_models: bool = True  # False: local routes report "not loaded" (policy tooling)
    # Connection limits (uvicorn's names): a client that sends its headers slower than
    # timeout_header, or its body slower than timeout_body, is cut off; idle keep-alive
    # connections close after timeout_keep_alive; SIGTERM waits timeout_graceful_shutdown for
    # requests in flight, then cancels them (each still gets its ledger row).
    timeout_header: float = 10.0
    timeout_body: float = 60.0
    timeout_keep_alive: float = 5.0
    timeout_graceful_shutdown: float = 10.0
    limit_concurrency: int | None = None  # connections + requests beyond this get 503
    docs: bool = False  # /docs and /openapi.json (off: they describe the whole API to anyone)
    metrics_key: str | None = None  # /metrics needs `Authorization: Bearer <key>` when set

    @classmethod
    def from_env(cls) -> ServerSettings:
        env = os.environ
        return cls(
            policy_path=Path(env.get("HYBRIDGATE_POLICY", DEFAULT_POLICY)),
            host=env.get("HYBRIDGATE_HOST", "127.0.0.1"),
            port=int(env.get("HYBRIDGATE_PORT", str(DEFAULT_PORT))),
            local_only=env.get("HYBRIDGATE_LOCAL_ONLY", "").lower() in _TRUE,
            ledger_url=env.get("HYBRIDGATE_LEDGER_URL", DEFAULT_LEDGER),
            log_level=env.get("HYBRIDGATE_LOG_LEVEL", "info"),
            api_keys=_env_list("HYBRIDGATE_API_KEYS"),
            admin_key=env.get("HYBRIDGATE_ADMIN_KEY") or None,
            admin_key_file=Path(env["HYBRIDGATE_ADMIN_KEY_FILE"]) if env.get("HYBRIDGATE_ADMIN_KEY_FILE") else None,
            auth=env.get("HYBRIDGATE_AUTH", "on").lower() not in {"off", "0", "false", "no"},
            reload_interval_s=float(env.get("HYBRIDGATE_RELOAD_INTERVAL_S", "1.0")),
            max_body_bytes=int(env.get("HYBRIDGATE_MAX_BODY_BYTES", str(4 * 1024 * 1024))),
            timeout_header=float(env.get("HYBRIDGATE_TIMEOUT_HEADER", "10")),
            timeout_body=float(env.get("HYBRIDGATE_TIMEOUT_BODY", "60")),
            timeout_keep_alive=float(env.get("HYBRIDGATE_TIMEOUT_KEEP_ALIVE", "5")),
            timeout_graceful_shutdown=float(env.get("HYBRIDGATE_TIMEOUT_GRACEFUL_SHUTDOWN", "10")),
            limit_concurrency=int(env["HYBRIDGATE_LIMIT_CONCURRENCY"]) if env.get("HYBRIDGATE_LIMIT_CONCURRENCY")
            else None,
            docs=env.get("HYBRIDGATE_DOCS", "").lower() in _TRUE,
            metrics_key=env.get("HYBRIDGATE_METRICS_KEY") or None,
        )

    def admin_key_path(self) -> Path | None:
        """Where the admin key is kept when none is given: the configured file, else `admin.key`
        in the SQLite ledger's directory (None for PostgreSQL: set HYBRIDGATE_ADMIN_KEY there)."""
        if self.admin_key_file is not None:
            return self.admin_key_file
        if self.ledger_url.startswith("sqlite:"):
            from gateway.ledger.sqlite import path_of

            return Path(path_of(self.ledger_url)).resolve().parent / "admin.key"
        return None
