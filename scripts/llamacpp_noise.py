"""How much do llama.cpp's own greedy choices move with its configuration? (issue 2's margin)

The fixtures hold llama.cpp's free-running greedy generation (prompt in one batch, then one
token per step). This script teacher-forces the same llama.cpp build on those prompts + tokens
under several settings: everything in one batch (what tests/test_models_llamacpp.py does with
our engine), in batches of 7, token by token, 1 or 2 threads. For each setting it prints the
largest logit difference against the first setting and every step where llama.cpp's argmax is
not the fixture's own token, with the fixture's top-2 margin there: llama.cpp disagreeing with
itself. Run with the interpreter that has llama_cpp:

    /work/llamacpp/venv/bin/python scripts/llamacpp_noise.py [--models smollm2,gemma3]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np
from llama_cpp import Llama

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "llamacpp"
MODELS_DIR = Path(os.environ.get("HYBRIDGATE_MODELS_DIR", Path.home() / ".cache" / "hybridgate" / "models"))
FILES = {"smollm2": "SmolLM2-135M-Instruct.Q4_1.gguf", "gemma3": "gemma-3-270m-q4_k_m.gguf"}
SETTINGS = {
    "one batch (n_batch=256), 1 thread": {"n_batch": 256, "n_threads": 1},
    "one batch (n_batch=256), 2 threads": {"n_batch": 256, "n_threads": 2},
    "n_batch=1 (token by token), 1 thread": {"n_batch": 1, "n_threads": 1},
    "n_batch=7, 1 thread": {"n_batch": 7, "n_threads": 1},
}


def forced_logits(llm: Llama, prompt: list[int], tokens: list[int]) -> np.ndarray:
    """Logits predicting each of `tokens`, given the prompt and the tokens before it."""
    llm.reset()
    llm.eval(prompt + tokens[:-1])
    return np.array(llm.scores[len(prompt) - 1 : len(prompt) - 1 + len(tokens)], dtype=np.float64)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default="smollm2,gemma3")
    args = ap.parse_args()
    for name in args.models.split(","):
        fixture = json.loads((FIXTURES / f"{name}.generate.json").read_text(encoding="utf-8"))
        cases = fixture["cases"]
        base = None
        print(f"\n== {name}: {len(cases)} cases x {fixture['n_generate']} steps")
        for label, kw in SETTINGS.items():
            llm = Llama(model_path=str(MODELS_DIR / FILES[name]), n_ctx=256, logits_all=True, verbose=False, **kw)
            logits = [forced_logits(llm, c["prompt_ids"], c["tokens"]) for c in cases]
            del llm
            if base is None:
                base = logits
            diff = max(float(np.abs(a - b).max()) for a, b in zip(logits, base))
            flips = []
            for c, lg in zip(cases, logits):
                ours = lg.argmax(axis=1)
                for i in np.flatnonzero(ours != np.array(c["tokens"])):
                    flips.append(c["margins"][i])
            flips.sort()
            print(f"  {label:40s} max |logit - first setting| = {diff:.3f}; argmax != fixture token at {len(flips)} steps"
                  + (f", fixture margins there: {', '.join(f'{m:.3f}' for m in flips)}" if flips else ""))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
