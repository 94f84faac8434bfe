"""Cost of grammar-constrained decoding: decode tok/s with and without a JSON schema, both models,
ours and llama.cpp (llama-cpp-python, its GBNF grammar sampler) in the same run.

    .venv/bin/python bench/structured.py [--models smollm2,gemma3] [--tokens 128] [--rounds 3]
        [--llamacpp-python /work/llamacpp/venv/bin/python] [--json out.json]

Decode rate = (tokens - 1) / (time of the last token - time of the first), greedy, one stream,
2 threads; also CPU ms per decoded token (process CPU time, all threads), which a busy shared
machine distorts far less than wall time; the free run ignores EOS and the constrained run uses a schema whose shortest valid
output is longer than --tokens, so both generate exactly --tokens tokens. Free and constrained
alternate for --rounds rounds and the best of each counts (the machine is shared: load drifts).
Ours also reports the mask's own cost per token (llguidance mask + numpy expansion + advance).
Target: constrained decoding costs at most 15% of unconstrained tok/s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MODELS = {"smollm2": "SmolLM2-135M-Instruct.Q4_1.gguf", "gemma3": "gemma-3-270m-q4_k_m.gguf"}
DEFAULT_PEER = "/work/llamacpp/venv/bin/python"
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"items": {"type": "array", "minItems": 40, "maxItems": 40, "items": {
        "type": "object", "additionalProperties": False, "required": ["name", "qty", "unit"],
        "properties": {"name": {"type": "string", "maxLength": 16}, "qty": {"type": "integer", "minimum": 0, "maximum": 999},
                       "unit": {"enum": ["kg", "g", "l", "pcs"]}}}}},
    "required": ["items"], "additionalProperties": False,
}
PROMPT = "A shopping list as JSON, with items, quantities and units: "


def decode_rate(stamps: list[float]) -> float:
    return (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0.0


def timed_stream(chunks: Any, tokens: int) -> tuple[float, float, int]:
    """(decode tok/s, CPU ms per decoded token, tokens) of a token stream (first token excluded:
    it carries the prefill)."""
    stamps, cpu = [], []
    for _ in chunks:
        stamps.append(time.perf_counter())
        cpu.append(time.process_time())
    stamps, cpu = stamps[:tokens], cpu[:tokens]
    n = len(stamps) - 1
    return decode_rate(stamps), (cpu[-1] - cpu[0]) / n * 1000 if n > 0 else 0.0, len(stamps)


def ours(path: Path, tokens: int, rounds: int) -> dict[str, Any]:
    from local_engine.api import Grammar, SamplingParams
    from local_engine.engine import Engine
    from local_engine.grammar import Constraint

    engine = Engine.load(path, n_ctx=1024, n_threads=2)
    spent = [0.0]
    apply, accept = Constraint.apply, Constraint.accept

    def timed(fn: Any) -> Any:
        def wrapper(self: Any, *a: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(self, *a)
            finally:
                spent[0] += time.perf_counter() - t0
        return wrapper

    Constraint.apply, Constraint.accept = timed(apply), timed(accept)  # type: ignore[method-assign]
    grammar = Grammar("json_schema", SCHEMA)
    engine.check_grammar(grammar)  # compile (and build the vocabulary trie) outside the timing
    runs: dict[str, list[float]] = {"free": [], "schema": []}
    cpu_ms: dict[str, list[float]] = {"free": [], "schema": []}
    mask_ms: list[float] = []
    for name, params in [("warm", SamplingParams(max_tokens=8, temperature=0, ignore_eos=True))] + [
        item for _ in range(rounds) for item in (
            ("free", SamplingParams(max_tokens=tokens, temperature=0, ignore_eos=True)),
            ("schema", SamplingParams(max_tokens=tokens, temperature=0, grammar=grammar)))]:
        spent[0] = 0.0
        rate, cpu, n = timed_stream(engine.generate(PROMPT, params), tokens)
        if name == "warm":
            continue
        if name == "schema":
            assert n == tokens, f"schema run ended after {n} tokens"
            mask_ms.append(spent[0] / tokens * 1000)
        runs[name].append(rate)
        cpu_ms[name].append(cpu)
    return {"free": max(runs["free"]), "schema": max(runs["schema"]), "free_cpu_ms": min(cpu_ms["free"]),
            "schema_cpu_ms": min(cpu_ms["schema"]), "mask_ms_per_token": min(mask_ms)}


def peer_worker(path: str, tokens: int, rounds: int) -> dict[str, Any]:
    """Runs under the llama.cpp interpreter: the same measurement with its grammar sampler."""
    import llama_cpp

    llm = llama_cpp.Llama(model_path=path, n_ctx=1024, n_threads=2, n_batch=512, verbose=False)
    grammar = llama_cpp.LlamaGrammar.from_json_schema(json.dumps(SCHEMA), verbose=False)
    eos = llm.token_eos()

    def ban_eos(_ids: Any, logits: Any) -> Any:
        logits[eos] = -float("inf")
        return logits

    runs: dict[str, list[float]] = {"free": [], "schema": []}
    cpu_ms: dict[str, list[float]] = {"free": [], "schema": []}
    for name in ["free", "schema"] * rounds:
        kwargs: dict[str, Any] = {"grammar": grammar} if name == "schema" else {
            "logits_processor": llama_cpp.LogitsProcessorList([ban_eos])}
        llm.reset()
        rate, cpu, _ = timed_stream(llm.create_completion(PROMPT, max_tokens=tokens, temperature=0, stream=True,
                                                          **kwargs), tokens)
        runs[name].append(rate)
        cpu_ms[name].append(cpu)
    return {"free": max(runs["free"]), "schema": max(runs["schema"]), "free_cpu_ms": min(cpu_ms["free"]),
            "schema_cpu_ms": min(cpu_ms["schema"])}


def peer(python: str, path: Path, tokens: int, rounds: int) -> dict[str, Any] | None:
    if not Path(python).exists():
        return None
    out = subprocess.run([python, __file__, "--peer-worker", str(path), "--tokens", str(tokens), "--rounds", str(rounds)],
                         capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        print(out.stderr[-2000:], file=sys.stderr)
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", default="smollm2,gemma3")
    ap.add_argument("--tokens", type=int, default=128)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--llamacpp-python", default=DEFAULT_PEER)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--peer-worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.peer_worker:
        print(json.dumps(peer_worker(args.peer_worker, args.tokens, args.rounds)))
        return
    sys.path.insert(0, str(ROOT))
    from local_engine.model_store import models_dir

    results = {}
    print(f"load average at start: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    header = (f"{'model':8} {'side':9} {'free tok/s':>10} {'schema tok/s':>12} {'schema/free':>11} "
              f"{'free cpu ms/tok':>15} {'schema cpu ms/tok':>17} {'cpu cost':>8} {'mask ms/tok':>11}")
    lines = [header, "-" * len(header)]
    for name in args.models.split(","):
        path = models_dir() / MODELS[name]
        mine = ours(path, args.tokens, args.rounds)
        theirs = peer(args.llamacpp_python, path, args.tokens, args.rounds)
        results[name] = {"ours": mine, "llamacpp": theirs}
        for side, r in (("ours", mine), ("llama.cpp", theirs)):
            if r is None:
                lines.append(f"{name:8} {side:9} {'(peer not available)':>30}")
                continue
            ratio = r["schema"] / r["free"]
            cost = r["schema_cpu_ms"] / r["free_cpu_ms"] - 1
            mask = f"{r['mask_ms_per_token']:11.3f}" if "mask_ms_per_token" in r else f"{'-':>11}"
            lines.append(f"{name:8} {side:9} {r['free']:10.1f} {r['schema']:12.1f} {ratio:11.2f} "
                         f"{r['free_cpu_ms']:15.1f} {r['schema_cpu_ms']:17.1f} {cost * 100:7.1f}% {mask}")
        if theirs:
            lines.append(f"{name:8} ours/llama.cpp: free {mine['free'] / theirs['free']:.2f}x, "
                         f"schema {mine['schema'] / theirs['schema']:.2f}x")
    print("\n".join(lines))
    print(f"load average at end: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
