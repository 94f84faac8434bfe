"""`hybridgate` command line: serve the gateway, check policies, pull / list / remove models.

Flags follow the names operators already know (llama.cpp's server, OpenAI's API).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gateway.ledger.audit import AuditReport
    from gateway.ledger.chain import Verification

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

    try:
        app = create_app(settings)
    except ValueError as exc:  # a malformed HYBRIDGATE_API_KEYS entry: say which, never the secret
        print(f"hybridgate serve: {exc}", file=sys.stderr)
        return 1
    run(app, settings)
    return 0


def _parse_time(value: str | None, default: float) -> float:
    """ISO date/time (UTC unless it says otherwise) or epoch seconds."""
    from datetime import datetime, timezone

    if value is None:
        return default
    try:
        return float(value)
    except ValueError:
        pass
    parsed = datetime.fromisoformat(value)
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)).timestamp()


def _cmd_audit(args: argparse.Namespace) -> int:
    """Counts by backend/provider/PII action/mode, remote calls under local_only, chain check.
    Exit 1 when a remote call was made under local_only or (with --verify) the chain is broken."""
    import asyncio
    import json
    import time

    from gateway.ledger import open_store
    from gateway.ledger.audit import report, verify_chain
    from gateway.settings import ServerSettings

    url = args.ledger_url or ServerSettings.from_env().ledger_url
    try:
        start, end = _parse_time(args.start, 0.0), _parse_time(args.end, time.time() + 1)
    except ValueError as exc:
        print(f"hybridgate audit: {exc}", file=sys.stderr)
        return 2

    async def run() -> tuple[AuditReport, Verification | None]:
        store = await open_store(url)
        try:
            rep = await report(store, start, end, {"day": 86400, "hour": 3600}.get(args.by))
            ver = await verify_chain(store) if args.verify else None
            return rep, ver
        finally:
            await store.close()

    rep, ver = asyncio.run(run())
    out = rep.as_json()
    if ver is not None:
        out["chain"] = {"ok": ver.ok, "rows": ver.rows, "unchained_rows": ver.unchained,
                        "head_seq": ver.head_seq, "problems": ver.problems}
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        _print_audit(out)
    broken = ver is not None and not ver.ok
    return 1 if broken or rep.remote_while_local_only else 0


def _print_audit(out: dict[str, Any]) -> None:
    from datetime import datetime, timezone

    def when(ts: float) -> str:
        return datetime.fromtimestamp(float(ts), timezone.utc).isoformat(timespec="seconds")

    print(f"ledger audit {when(out['from'])} .. {when(out['to'])}")
    print(f"requests: {out['requests']}   left the machine: {out['left_machine']}   "
          f"remote calls while local_only: {out['remote_calls_while_local_only']}")
    print(f"{'period':<26}{'backend':<10} {'provider':<14} {'pii_action':<24} {'mode':<11} {'requests':>9} {'left':>7}")
    for g in out["by"]:
        period = when(g["period_start"]) if "period_start" in g else "(whole range)"
        print(f"{period:<26}{g['backend']:<10} {g['provider']:<14} {g['pii_action']:<24} {g['mode']:<11} "
              f"{g['requests']:>9} {g['left_machine']:>7}")
    for p in out["policies"]:
        print(f"policy {p['policy_hash']} ({p['mode']}): {p['requests']} requests, "
              f"{when(p['first_ts'])} .. {when(p['last_ts'])}")
    if "chain" in out:
        c = out["chain"]
        state = "OK" if c["ok"] else "BROKEN"
        print(f"hash chain: {state} ({c['rows']} chained rows, {c['unchained_rows']} from before the chain, "
              f"head seq {c['head_seq']})")
        for problem in c["problems"]:
            print(f"  {problem}")


def _cmd_policy_calibrate(args: argparse.Namespace) -> int:
    """Fit signals.complexity.high_min so --remote-share of the reference prompts score high."""
    import tempfile

    from gateway.policy import PolicyError, check_policy_file, load_policy
    from gateway.signals.calibrate import fit, load_prompts, write_thresholds

    try:
        policy = load_policy(Path(args.file))
        result = fit(load_prompts(Path(args.prompts)), args.remote_share, policy.signals.complexity.low_max)
    except (PolicyError, ValueError, OSError) as exc:
        print(f"hybridgate policy calibrate: {exc}", file=sys.stderr)
        return 1
    print(f"{result.n} prompts: high_min {result.high_min} sends {result.share:.1%} to tier high "
          f"(asked {args.remote_share:.1%}); low_max {result.low_max}")
    if not args.write:
        print("(dry run: --write puts these into the policy file)")
        return 0
    text = write_thresholds(Path(args.file).read_text("utf-8"), result.high_min, result.low_max)
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as tmp:
        tmp.write(text)
    problems = check_policy_file(tmp.name)
    Path(tmp.name).unlink()
    if problems:  # never leave a policy the server would reject
        print("\n".join(["hybridgate policy calibrate: the edited policy would not load:", *problems]),
              file=sys.stderr)
        return 1
    Path(args.file).write_text(text, "utf-8")
    print(f"{args.file}: signals.complexity.high_min = {result.high_min}, low_max = {result.low_max}")
    return 0


def _cmd_policy_check(args: argparse.Namespace) -> int:
    from gateway.policy import check_policy_file, policy_file_warnings

    problems = check_policy_file(args.file)
    for message in problems:
        print(message, file=sys.stderr)
    if problems:
        return 1
    for message in policy_file_warnings(args.file):  # valid, served as written, but worth a look
        print(f"warning: {message}", file=sys.stderr)
    print(f"{args.file}: ok")
    return 0


def _cmd_keys(args: argparse.Namespace) -> int:
    """Virtual keys in the ledger database, as the admin API manages them; a running gateway
    on the same ledger sees each change within a second."""
    import asyncio
    import json

    from pydantic import ValidationError

    from gateway.keys import KeyCreate, KeyRing, key_json
    from gateway.ledger import open_store
    from gateway.settings import ServerSettings

    url = args.ledger_url or ServerSettings.from_env().ledger_url

    async def run() -> int:
        store = await open_store(url)
        ring = KeyRing(store=store)
        try:
            await ring.refresh()
            if args.keys_command == "create":
                fields = {k: v for k, v in {
                    "name": args.name, "team": args.team, "rpm": args.rpm, "tpm": args.tpm,
                    "budget_usd": args.budget_usd, "budget_tokens": args.budget_tokens,
                    "budget_period": args.budget_period, "expires_in_s": args.expires_in,
                    "routes": args.routes.split(",") if args.routes else None}.items() if v is not None}
                try:
                    spec = KeyCreate.model_validate(fields)
                except ValidationError as exc:
                    print(f"hybridgate keys create: {exc}", file=sys.stderr)
                    return 2
                row, secret = await ring.create(spec)
                print(json.dumps({**key_json(row), "key": secret}, indent=2))
                print("the key is shown only this once; only its hash is stored", file=sys.stderr)
            elif args.keys_command == "list":
                print(json.dumps([key_json(r) for r in await ring.list_keys()], indent=2))
            elif args.keys_command == "revoke":
                if not await ring.revoke(args.id):
                    print(f"hybridgate keys revoke: no live key {args.id!r}", file=sys.stderr)
                    return 1
                print(json.dumps({"id": args.id, "revoked": True}))
            else:
                secret = await ring.rotate(args.id)
                if secret is None:
                    print(f"hybridgate keys rotate: no live key {args.id!r}", file=sys.stderr)
                    return 1
                print(json.dumps({"id": args.id, "key": secret}))
            return 0
        finally:
            await store.close()

    return asyncio.run(run())


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
    calibrate = policy_sub.add_parser(
        "calibrate", help="fit the complexity threshold so a chosen share of reference prompts goes remote")
    calibrate.add_argument("file", help="policy YAML whose signals.complexity thresholds to fit")
    calibrate.add_argument("--prompts", required=True,
                           help="reference prompts: JSONL (bench records with body, or messages/prompt/text) or one per line")
    calibrate.add_argument("--remote-share", type=float, required=True,
                           help="share of the reference prompts that should score tier high (0..1), e.g. 0.3")
    calibrate.add_argument("--write", action="store_true", help="write the thresholds into the policy file")
    calibrate.set_defaults(func=_cmd_policy_calibrate)

    audit = sub.add_parser("audit", help="audit report from the ledger; --verify checks the hash chain")
    audit.add_argument("--ledger", dest="ledger_url", default=None,
                       help="sqlite:///path.db or postgresql://... (default: HYBRIDGATE_LEDGER_URL / the serve default)")
    audit.add_argument("--from", dest="start", default=None, help="period start: ISO date/time (UTC) or epoch seconds")
    audit.add_argument("--to", dest="end", default=None, help="period end (exclusive), same forms (default: now)")
    audit.add_argument("--by", choices=["day", "hour", "none"], default="day",
                       help="count per UTC day (default), per hour, or over the whole range")
    audit.add_argument("--verify", action="store_true", help="recompute the hash chain: detects deleted and edited rows")
    audit.add_argument("--json", action="store_true", help="machine-readable output")
    audit.set_defaults(func=_cmd_audit)

    keys = sub.add_parser("keys", help="manage virtual API keys (stored in the ledger database)")
    keys.add_argument("--ledger", dest="ledger_url", default=None,
                      help="sqlite:///path.db or postgresql://... (default HYBRIDGATE_LEDGER_URL)")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    create = keys_sub.add_parser("create", help="create a key; prints its secret once")
    create.add_argument("--name", required=True)
    create.add_argument("--team", default=None, help="the team every request of this key bills to")
    create.add_argument("--routes", default=None, help="comma-separated routes the key may use (default all)")
    create.add_argument("--rpm", type=float, default=None, help="requests per minute")
    create.add_argument("--tpm", type=float, default=None, help="tokens per minute")
    create.add_argument("--budget-usd", type=float, default=None, help="the key's own budget per period")
    create.add_argument("--budget-tokens", type=int, default=None, help="the key's own token budget per period")
    create.add_argument("--budget-period", choices=["day", "week", "month"], default=None)
    create.add_argument("--expires-in", type=float, default=None, metavar="SECONDS")
    keys_sub.add_parser("list", help="every key (never secrets)")
    for name, what in (("revoke", "revoke a key (every replica within a second)"),
                       ("rotate", "new secret for a key; the old one stops working")):
        cmd = keys_sub.add_parser(name, help=what)
        cmd.add_argument("id")
    keys.set_defaults(func=_cmd_keys)

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
