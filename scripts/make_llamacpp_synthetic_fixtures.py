"""Regenerate tests/fixtures/llamacpp/synthetic.json: llama.cpp's answers on tiny random GGUF files
of every weight type and architecture we have no real file of (development tool only).

Each case is a `TinySpec` + seed: `local_engine.testing.synthetic.write_tiny_model` writes the file
(metadata as llama.cpp's converter writes it), llama-cpp-python evaluates a fixed token sequence
(teacher forcing, all logits) and tokenizes a few strings. The fixture keeps, per step, llama.cpp's
argmax, its top-1 minus top-2 margin and its top-3 logits, plus the file's sha256, so the test
regenerates the same file from the seed (the GGUF files are never committed) and compares.
Tokenization is recorded with and without special-token parsing (a model named like Phi-3 gets
llama.cpp's whitespace-stripping special tokens), on SentencePiece vocabularies and on byte-level BPE
ones with the architecture's pre-tokenizer. Each case also records `exact_dev`: how far llama.cpp's
logits are from exact float64 math on the same weights (local_engine.testing.reference).

    python scripts/make_llamacpp_synthetic_fixtures.py [--llamacpp-python /work/llamacpp/venv/bin/python]

Runs under the project's interpreter; llama.cpp runs in a child process under an interpreter that
has llama-cpp-python (it is never a dependency of ours): `--oracle` is that child's entry point.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "llamacpp" / "synthetic.json"
N_STEPS = 128
TEXTS = ["Hello world", "the stop is in", " a\u00e9\u65e5\u672c!", "STOP, the world.",
         "<s> a</s>\n the<|endoftext|>  is\t</s>  \u65e5",  # special tokens (parsed in `tokenize_special`)
         "IT'S 2024!!\n\n  12345... it's   the 1 world's\r\n\t!! 12"]  # where BPE pre-tokenizers differ
# name -> (TinySpec keyword arguments; weight types by name), n_ctx llama.cpp runs with.
# Weight types run on llama blocks, every matrix of the type. Each architecture runs with float32
# weights (llama.cpp then rounds no activation to 8 bits: its logits equal exact math up to float
# error, a tight check of the architecture's semantics) and with Q8_0 and Q4_K weights (the
# quantized paths, where llama.cpp rounds activations to Q8_0 / Q8_K blocks).
# Every case has an untied output head whose std (HEAD_STD, by weight type) sets the logit scale.
# llama.cpp rounds activations to 8 bits before quantized weights, which moves its logits by 1-4% of
# their scale from exact float64 math on the same weights (the fixture's `exact_dev`, measured here).
# The heads keep that noise below half of the 0.5 margin (the test asserts it): then llama.cpp
# and exact math rank a step's top two alike whenever llama.cpp's margin is >= 0.5, so every such step
# is decided by the weights and a disagreement can only be ours.
HEAD_STD = {"F32": 0.2, "Q8_0": 0.07, "Q4_K": 0.028, "Q2_K": 0.05, "Q3_K": 0.08, "IQ4_NL": 0.08, "IQ4_XS": 0.05}
# Each architecture with the tokenizer its published GGUF files carry: Phi-3's SentencePiece, else
# byte-level BPE with llama.cpp's pre-tokenizer name (Qwen's, Llama 3's for SmolLM3, StarCoder's)
ARCHS: dict[str, dict[str, Any]] = {
    "phi3": {"arch": "phi3", "n_layers": 2, "original_context": 256},
    "qwen3moe": {"arch": "qwen3moe", "n_layers": 2, "n_expert": 8, "n_expert_used": 2, "n_ff": 256, "bpe_pre": "qwen2"},
    "smollm3": {"arch": "smollm3", "n_layers": 4, "bpe_pre": "llama-bpe"},  # layer 3 has no RoPE
    "granite": {"arch": "granite", "n_layers": 2, "bpe_pre": "refact"},
}


def _case(arch: dict[str, Any], t: str) -> dict[str, Any]:
    """TinySpec arguments: `arch` with every matrix of type t and an untied head of HEAD_STD[t]."""
    return {**arch, "tied_output": False, "output_std": HEAD_STD[t], "weight_types": [t]}


CASES: dict[str, tuple[dict[str, Any], int]] = {
    **{f"llama-{t}": (_case({"arch": "llama"}, t), 256) for t in ("Q2_K", "Q3_K", "IQ4_NL", "IQ4_XS")},
    **{f"{name}-{t}": (_case(kw, t), 256) for name, kw in ARCHS.items() for t in ("F32", "Q8_0", "Q4_K")},
    # llama.cpp pads n_ctx to a multiple of 256 before choosing LongRoPE factors: the file's
    # original context is 256, so n_ctx 256 runs the short factors and 512 the long ones
    "phi3-long-F32": (_case(ARCHS["phi3"], "F32"), 512),
}


def tiny_spec(kwargs: dict[str, Any]) -> Any:
    """The TinySpec a fixture case describes (weight types by name). Granite divides its logits by
    its logit_scale, so its head is that much smaller for the same logit scale."""
    from local_engine.testing.synthetic import GRANITE_MULTIPLIERS, T, TinySpec

    kw = {**kwargs, "weight_types": tuple(T[name] for name in kwargs["weight_types"])}
    if kw["arch"] == "granite" and "output_std" in kw:
        kw["output_std"] *= GRANITE_MULTIPLIERS["logit_scale"]
    return TinySpec(**kw)


def case_seed(name: str) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


def case_tokens(seed: int, n_vocab: int) -> list[int]:
    """BOS, then N_STEPS tokens drawn from the vocabulary past the three specials."""
    import numpy as np

    rng = np.random.default_rng(seed)
    return [1] + [int(t) for t in rng.integers(3, n_vocab, N_STEPS)]


def write_case(name: str, folder: Path) -> tuple[Path, str]:
    """Write the case's GGUF (deterministic from its seed); (path, sha256)."""
    from local_engine.testing.synthetic import write_tiny_model

    path = folder / f"{name}.gguf"
    write_tiny_model(path, tiny_spec(CASES[name][0]), seed=case_seed(name))
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def oracle(job: dict[str, Any]) -> dict[str, Any]:
    """In the llama-cpp-python interpreter: all-position logits of `tokens`, and tokenizations."""
    import numpy as np
    from llama_cpp import Llama

    llm = Llama(model_path=job["path"], n_ctx=job["n_ctx"], n_batch=job["n_ctx"], n_threads=2, logits_all=True,
                verbose=False)
    tokens = job["tokens"]
    llm.eval(tokens)
    logits = np.array(llm.scores[: len(tokens)], dtype=np.float64)
    order = np.argsort(-logits, axis=1)[:, :3]
    top = np.take_along_axis(logits, order, axis=1)
    return {
        "argmax": order[:, 0].tolist(),
        "margins": np.round(top[:, 0] - top[:, 1], 4).tolist(),
        "top_ids": order.tolist(),
        "top_logits": np.round(top, 4).tolist(),
        "scale": round(float(np.abs(logits).max()), 4),
        "logits": logits.tolist(),
        "tokenize": [llm.tokenize(t.encode(), add_bos=True, special=False) for t in job["texts"]],
        "tokenize_special": [llm.tokenize(t.encode(), add_bos=True, special=True) for t in job["texts"]],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--llamacpp-python", default="/work/llamacpp/venv/bin/python")
    ap.add_argument("--oracle", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.oracle:
        print(json.dumps(oracle(json.loads(sys.stdin.read()))))
        return 0
    sys.path.insert(0, str(ROOT))
    import numpy as np

    from local_engine.testing.reference import reference_logits
    from local_engine.testing.synthetic import vocab

    cases = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (kwargs, n_ctx) in CASES.items():
            path, sha = write_case(name, Path(tmp))
            tokens = case_tokens(case_seed(name), len(vocab(tiny_spec(kwargs))))
            job = {"path": str(path), "n_ctx": n_ctx, "tokens": tokens, "texts": TEXTS}
            out = subprocess.run([args.llamacpp_python, __file__, "--oracle"], input=json.dumps(job), text=True,
                                 capture_output=True, check=True)
            answer = json.loads(out.stdout)
            # llama.cpp's own distance from exact float64 math on its weights (its activation rounding)
            logits, exact = np.array(answer.pop("logits")), reference_logits(path, tokens, exact=True, n_ctx=n_ctx)
            answer["exact_dev"] = round(float(np.abs(logits - exact).max()), 4)
            flips = [m for m, a, b in zip(answer["margins"], logits.argmax(1), exact.argmax(1)) if a != b]
            cases.append({"name": name, "spec": kwargs, "seed": case_seed(name), "sha256": sha, "n_ctx": n_ctx,
                          "tokens": tokens, "texts": TEXTS, **answer})
            strong = sum(m >= 0.5 for m in answer["margins"])
            print(f"{name}: {strong}/{len(tokens)} steps with margin >= 0.5, logit scale {answer['scale']}, "
                  f"max |llama.cpp - exact| {answer['exact_dev']}, llama.cpp's argmax != exact math's at margins {flips}")
    OUT.write_text(json.dumps({"llama_cpp_python": "0.3.36", "cases": cases}, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
