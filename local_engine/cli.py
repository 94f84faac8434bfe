"""`python -m local_engine run | tokenize | info | bench`: the engine for operators and our own checks.

MODEL is a GGUF path or a default model name (`smollm2-135m-instruct`, `gemma3-270m`).
`run --json` prints one object (prompt_tokens, tokens, text, finish_reason, timings) so scripts
can compare runs; without it text streams to stdout as it is generated.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from local_engine.api import EngineError, SamplingParams
from local_engine.model_store import ModelStoreError, resolve_model

BENCH_SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "engine.py"


def _model(name: str) -> Path:
    try:
        return resolve_model(name)
    except ModelStoreError as exc:
        raise SystemExit(f"error: {exc}") from None


def _sampling(a: argparse.Namespace) -> SamplingParams:
    return SamplingParams(
        max_tokens=a.max_tokens,
        temperature=a.temperature,
        top_k=a.top_k,
        top_p=a.top_p,
        min_p=a.min_p,
        repeat_penalty=a.repeat_penalty,
        seed=a.seed,
        stop=list(a.stop or []),
    )


def cmd_run(a: argparse.Namespace) -> int:
    from local_engine.engine import Engine
    from local_engine.sequence import Timings

    engine = Engine.load(
        _model(a.model), n_ctx=a.ctx_size, n_threads=a.threads, n_gpu_layers=a.n_gpu_layers, require_gpu=a.require_gpu,
        cache_type_k=a.cache_type_k, cache_type_v=a.cache_type_v,
    )
    prompt = a.prompt
    if a.chat:
        prompt = engine.apply_chat_template([{"role": "user", "content": a.prompt}], add_generation_prompt=True)
    prompt_ids = engine.prompt_ids(prompt)
    timings, tokens, parts, finish = Timings(), [], [], None
    for chunk in engine.generate(prompt_ids, _sampling(a), timings=timings):
        tokens.extend(chunk.token_ids)
        parts.append(chunk.text)
        finish = chunk.finish_reason or finish
        if not a.json and chunk.text:
            sys.stdout.write(chunk.text)
            sys.stdout.flush()
    rates = {
        "prefill_tok_s": _rate(len(prompt_ids), timings.prefill_s),
        "decode_tok_s": _rate(len(tokens) - 1, timings.decode_s),
        "load_s": round(engine.load_s, 3),
    }
    if a.json:
        out = {"prompt_tokens": prompt_ids, "tokens": tokens, "text": "".join(parts), "finish_reason": finish}
        print(json.dumps({**out, "timings": rates}, ensure_ascii=False))
    else:
        print()
        print(f"[{finish}] {len(prompt_ids)} prompt + {len(tokens)} generated tokens; {rates}", file=sys.stderr)
    return 0


def _rate(n: int, seconds: float) -> float:
    return round(n / seconds, 2) if n > 0 and seconds > 0 else 0.0


def cmd_tokenize(a: argparse.Namespace) -> int:
    from local_engine.gguf_file import GGUFFile
    from local_engine.tokenizer import load_tokenizer

    tok = load_tokenizer(GGUFFile.open(_model(a.model)).metadata)
    ids = tok.encode(a.text, add_special=not a.no_special, parse_special=a.parse_special)
    if a.json:
        print(json.dumps({"tokens": ids, "pieces": [tok.token_to_piece(i).decode("utf-8", "replace") for i in ids]}))
    else:
        print(" ".join(str(i) for i in ids))
    return 0


def model_summary(path: Path, n_ctx: int, cache_type_k: str = "f16", cache_type_v: str = "f16") -> dict[str, Any]:
    """What `info` prints: shapes, quant types and the memory estimate, from the header only.

    KV memory is counted as the engine allocates it and llama.cpp reports it: full-attention
    layers per context token, sliding-window layers a fixed window of cells per sequence."""
    from local_engine.engine import kv_shape
    from local_engine.gguf_file import GGUFFile
    from local_engine.kv_cache import footprint, kv_type, ring_cells_for
    from local_engine.models.batch import PREFILL_CHUNK
    from local_engine.models.config import ModelConfig

    g = GGUFFile.open(path)
    cfg = ModelConfig.from_metadata(g.metadata)
    kv = footprint(kv_shape(cfg), kv_type(cache_type_k), kv_type(cache_type_v),
                   ring_cells_for(cfg.sliding_window, PREFILL_CHUNK, n_ctx))
    return {
        "path": str(path),
        "architecture": cfg.arch,
        "name": cfg.name,
        "n_layers": cfg.n_layers,
        "n_embd": cfg.n_embd,
        "n_heads": cfg.n_heads,
        "n_kv_heads": cfg.n_kv_heads,
        "head_dim": cfg.head_dim,
        "n_ff": cfg.n_ff,
        "n_vocab": cfg.n_vocab,
        "context_length": cfg.context_length,
        "sliding_window": cfg.sliding_window,
        "rope_base": cfg.rope_base,
        "quant_types": g.quant_types,
        "weights_bytes": g.weights_bytes,
        "cache_type_k": cache_type_k,
        "cache_type_v": cache_type_v,
        "kv_bytes_per_token": kv.bytes_per_token,
        "kv_window_cells": kv.window_cells,
        "kv_window_bytes": kv.window_bytes,
        "n_ctx": n_ctx,
        "kv_bytes": kv.total(n_ctx),
        "total_bytes_estimate": g.weights_bytes + kv.total(n_ctx),
        "has_chat_template": bool(g.metadata.get("tokenizer.chat_template")),
    }


def cmd_info(a: argparse.Namespace) -> int:
    path = _model(a.model)
    info = model_summary(path, a.ctx_size, a.cache_type_k, a.cache_type_v)
    if a.plan_gpu is not None:
        from local_engine.gpu.placement import format_plan, plan_for_file

        plan = plan_for_file(str(path), a.plan_gpu, a.ctx_size, a.n_gpu_layers,
                             type_k=info["cache_type_k"], type_v=info["cache_type_v"])
        info["gpu_plan"] = {"placement": plan.placement, "n_gpu_layers": plan.n_gpu_layers, "text": format_plan(plan)}
    if a.json:
        print(json.dumps(info, indent=2))
        return 0
    mib = 1 << 20
    for key, value in info.items():
        if key == "gpu_plan":
            print(value["text"])
        elif key.endswith("bytes") or key.endswith("bytes_estimate"):
            print(f"{key:22s} {value:,} ({value / mib:.1f} MiB)")
        else:
            print(f"{key:22s} {value}")
    return 0


def cmd_bench(a: argparse.Namespace, rest: Sequence[str]) -> int:
    """Delegate to bench/engine.py's main(argv) (the speed benchmarks live with the other benches)."""
    if not BENCH_SCRIPT.is_file():
        raise SystemExit(f"error: {BENCH_SCRIPT} not found (benchmarks ship with the source tree)")
    spec = importlib.util.spec_from_file_location("bench_engine", BENCH_SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sys.argv = [str(BENCH_SCRIPT), *rest]  # its main() parses sys.argv
    return int(mod.main() or 0)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m local_engine", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)

    r = sub.add_parser("run", help="generate text")
    r.add_argument("model")
    r.add_argument("--prompt", required=True)
    r.add_argument("--chat", action="store_true", help="wrap the prompt in the model's chat template")
    r.add_argument("--max-tokens", type=int, default=128)
    r.add_argument("--temperature", type=float, default=0.0)
    r.add_argument("--top-k", type=int, default=0)
    r.add_argument("--top-p", type=float, default=1.0)
    r.add_argument("--min-p", type=float, default=0.0)
    r.add_argument("--repeat-penalty", type=float, default=1.0)
    r.add_argument("--stop", action="append", help="stop string (repeatable)")
    r.add_argument("--seed", type=int, default=None)
    _engine_args(r)
    r.add_argument("--require-gpu", action="store_true")
    r.add_argument("--json", action="store_true")

    t = sub.add_parser("tokenize", help="print token ids")
    t.add_argument("model")
    t.add_argument("--text", required=True)
    t.add_argument("--no-special", action="store_true", help="no BOS/EOS")
    t.add_argument("--parse-special", action="store_true", help="turn special-token texts into their ids")
    t.add_argument("--json", action="store_true")

    i = sub.add_parser("info", help="architecture, sizes, quant types, memory estimate")
    i.add_argument("model")
    i.add_argument("--ctx-size", type=int, default=4096)
    _cache_type_args(i)
    i.add_argument("--plan-gpu", type=float, metavar="VRAM_GB", help="placement a GPU with this free VRAM gets")
    i.add_argument("--n-gpu-layers", default="auto", help="with --plan-gpu: int, all or auto")
    i.add_argument("--json", action="store_true")

    sub.add_parser("bench", help="engine benchmarks (bench/engine.py; its own options follow)", add_help=False)
    return p


def _engine_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--ctx-size", type=int, default=4096)
    p.add_argument("--n-gpu-layers", default="0", help="int, all, auto, or -1 (all)")
    _cache_type_args(p)


def _cache_type_args(p: argparse.ArgumentParser) -> None:
    """llama.cpp's KV cache element types (-ctk / -ctv)."""
    from local_engine.kv_cache import KV_TYPES

    p.add_argument("-ctk", "--cache-type-k", choices=KV_TYPES, default="f16", help="KV cache type for K")
    p.add_argument("-ctv", "--cache-type-v", choices=KV_TYPES, default="f16", help="KV cache type for V")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["bench"]:
        return cmd_bench(argparse.Namespace(), argv[1:])
    a = build_parser().parse_args(argv)
    try:
        return {"run": cmd_run, "tokenize": cmd_tokenize, "info": cmd_info}[a.cmd](a)
    except (EngineError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
