"""Server settings: where the policy and ledger live, who may call, how to listen.

Read from the environment (`HYBRIDGATE_*`) and overridden by `hybridgate serve` flags, so a
container and a developer's shell configure the same object.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_POLICY = "policies/default.yaml"
DEFAULT_LEDGER = "sqlite:///hybridgate.db"
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
    auth: bool = True  # off only when asked for explicitly (HYBRIDGATE_AUTH=off / --no-auth)
    reload_interval_s: float = 1.0  # policy file polling
    max_body_bytes: int = 4 * 1024 * 1024
    load_local_models: bool = True  # False: local routes report "not loaded" (policy tooling)

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
            auth=env.get("HYBRIDGATE_AUTH", "on").lower() not in {"off", "0", "false", "no"},
            reload_interval_s=float(env.get("HYBRIDGATE_RELOAD_INTERVAL_S", "1.0")),
            max_body_bytes=int(env.get("HYBRIDGATE_MAX_BODY_BYTES", str(4 * 1024 * 1024))),
        )
