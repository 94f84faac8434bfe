"""Free-running greedy generation: our engine vs llama.cpp's stored fixtures, prompt by prompt.

tests/test_models_llamacpp.py checks every step teacher-forced; this runs the engine the way
the gateway does (prefill, then one token per step, our own choices fed back) and reports, per
fixture prompt, whether all 64 tokens equal llama.cpp's, or the first step where they differ
and llama.cpp's own top-1/top-2 logit margin there (see scripts/llamacpp_noise.py for how far
llama.cpp moves against itself).

    .venv/bin/python bench/greedy_vs_llamacpp.py [--models smollm2,gemma3] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from local_engine.api import SamplingParams  # noqa: E402
from local_engine.engine import Engine  # noqa: E402
from local_engine.model_store import resolve_model  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "llamacpp"
NAMES = {"smollm2": "smollm2-135m-instruct", "gemma3": "gemma3-270m"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default="smollm2,gemma3")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    for name in args.models.split(","):
        fixture = json.loads((FIXTURES / f"{name}.generate.json").read_text(encoding="utf-8"))
        engine = Engine.load(resolve_model(NAMES[name]), n_ctx=512, n_threads=args.threads)
        identical = 0
        print(f"== {name}: {len(fixture['cases'])} prompts x {fixture['n_generate']} greedy tokens")
        for case in fixture["cases"]:
            theirs = case["tokens"]
            params = SamplingParams(max_tokens=len(theirs), temperature=0.0, ignore_eos=True)
            ours = [t for chunk in engine.generate(case["prompt_ids"], params) for t in chunk.token_ids]
            diff = next((i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b), None)
            label = repr(case["text"][:36])
            if diff is None:
                identical += 1
                print(f"  {label:42s} identical ({len(ours)} tokens)")
            else:
                print(f"  {label:42s} first differs at step {diff}: llama.cpp margin there {case['margins'][diff]:.3f}")
        print(f"  identical on {identical}/{len(fixture['cases'])} prompts\n")


if __name__ == "__main__":
    main()
