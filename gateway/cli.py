"""`hybridgate` command line: serve the gateway, check policies, pull / list / remove models.

Flags follow the names operators already know (llama.cpp's server, OpenAI's API).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from gateway import __version__
from gateway.settings import DEFAULT_POLICY, DEFAULT_PORT


def _cmd_models_pull(args: argparse.Namespace) -> int:
    from local_engine.model_store import ModelStoreError, pull_all

    try:
        pull_all(args.names or None, log=lambda line: print(line, file=sys.stderr))
    except ModelStoreError as exc:
        print(f"hybridgate models pull: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("hybridgate models pull: interrupted; what was downloaded is kept: pull again to resume", file=sys.stderr)
        return 130
    return 0


def _routes_by_file(policy_path: Path) -> dict[Path, list[str]]:
    """Resolved model file -> names of the policy's local routes that use it (empty if unreadable)."""
    from gateway.policy import PolicyError, load_policy
    from local_engine.model_store import ModelStoreError, locate, parse_ref

    try:
        policy = load_policy(policy_path)
    except PolicyError:
        return {}
    out: dict[Path, list[str]] = {}
    for name, route in policy.routes.items():
        if route.backend != "local":
            continue
        try:
            path = locate(parse_ref(route.model)).resolve()
        except ModelStoreError:
            continue
        out.setdefault(path, []).append(name)
    return out


def _cmd_models_list(args: argparse.Namespace) -> int:
    import json

    from local_engine.model_store import ModelStoreError, list_installed

    try:
        rows = list_installed()
    except ModelStoreError as exc:
        print(f"hybridgate models list: {exc}", file=sys.stderr)
        return 1
    used = _routes_by_file(Path(args.policy))
    table = [{"name": r.name, "size": r.size, "arch": r.arch, "quant": r.quant, "path": str(r.path),
              "routes": used.get(r.path.resolve(), []), "source": r.source, "sha256": r.sha256,
              "aliases": list(r.aliases)} for r in rows]
    if args.json:
        print(json.dumps(table, indent=2))
        return 0
    header = ("NAME", "SIZE", "ARCH", "QUANT", "ROUTES", "PATH")
    lines = [header] + [(t["name"], f"{t['size'] / 1e6:.1f} MB", t["arch"], t["quant"],
                         ",".join(t["routes"]) or "-", t["path"]) for t in table]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    for line in lines:
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths)) + "  " + line[-1])
    return 0


def _cmd_models_rm(args: argparse.Namespace) -> int:
    from local_engine.model_store import ModelStoreError, remove

    status = 0
    for name in args.names:
        try:
            print(f"removed {remove(name)}", file=sys.stderr)
        except ModelStoreError as exc:
            print(f"hybridgate models rm: {exc}", file=sys.stderr)
            status = 1
    return status


def _cmd_serve(args: argparse.Namespace) -> int:
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
    pull = models_sub.add_parser(
        "pull", help="download models by name: a built-in name or hf:ORG/REPO[:QUANT|/FILE.gguf] (sha256-verified, resumable)")
    pull.add_argument("names", nargs="*", help="model references (default: the built-in registry models)")
    pull.set_defaults(func=_cmd_models_pull)
    listing = models_sub.add_parser("list", help="installed models: name, size, arch, quant, routes using it, path")
    listing.add_argument("--policy", default=os.environ.get("HYBRIDGATE_POLICY", DEFAULT_POLICY),
                         help="policy whose routes are shown (default: HYBRIDGATE_POLICY or policies/default.yaml)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_cmd_models_list)
    rm = models_sub.add_parser("rm", help="delete installed models (built-in names or hf: references)")
    rm.add_argument("names", nargs="+")
    rm.set_defaults(func=_cmd_models_rm)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
