"""Regenerate the llama.cpp oracle fixtures in tests/fixtures/llamacpp/ (development tool only).

Why: our tokenizers and engine must match llama.cpp token for token. llama-cpp-python is the
reference, but it is never a run-time dependency, so its answers are frozen here as JSON.
Run with an interpreter that has llama-cpp-python (e.g. /work/llamacpp/venv/bin/python):

    python scripts/make_llamacpp_fixtures.py [--models-dir DIR] [--only tokens|chat|generate|kv]

Writes, per model: `<model>.tokens.json` (ids for every string in tests/data/tricky_strings.json
under three add_special/parse_special settings, plus llama.cpp's detokenization) and
`<model>.generate.json` (per prompt: `text` (the prompt), `chat`, `prompt_ids`, greedy 64-token
continuation `tokens` + its `completion` text, and llama.cpp's top-1 minus top-2 logit
`margins` at each step); and `chat_templates.json` (llama-cpp-python's Jinja2ChatFormatter output for
SmolLM2's template and for upstream Gemma 3 / Llama 3 templates); `kv_cache.json` (llama.cpp's
KV cache sizes per model and cache type, from its load log).
"""

from __future__ import annotations

import argparse
import ctypes
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import llama_cpp
from llama_cpp import Llama
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "tests" / "fixtures" / "llamacpp"
STRINGS = ROOT / "tests" / "data" / "tricky_strings.json"
MODELS = {
    "smollm2": "SmolLM2-135M-Instruct.Q4_1.gguf",
    "gemma3": "gemma-3-270m-q4_k_m.gguf",
}
TOKENIZE_MODES = {  # name -> (add_special, parse_special)
    "plain": (True, False),
    "special": (True, True),
    "bare": (False, False),
}
N_GENERATE = 64

CHAT_CASES: list[dict[str, Any]] = [
    {"messages": [{"role": "user", "content": "Hello!"}], "add_generation_prompt": True},
    {"messages": [{"role": "user", "content": "Hello!"}], "add_generation_prompt": False},
    {
        "messages": [
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": "What is 2+2?"},
            {"role": "assistant", "content": "4"},
            {"role": "user", "content": "And 3+3?"},
        ],
        "add_generation_prompt": True,
    },
    {"messages": [{"role": "user", "content": "Unicode: 日本語 😀 naïve\nsecond line"}], "add_generation_prompt": True},
    {
        "messages": [{"role": "user", "content": "Write a haiku."}, {"role": "assistant", "content": "Leaves fall."}],
        "add_generation_prompt": False,
    },
]

# Upstream templates of other model families (tokenizer_config.json of google/gemma-3-270m-it and
# meta-llama/Meta-Llama-3-8B-Instruct), rendered by the same formatter: name -> (template, bos, eos).
GEMMA3_TEMPLATE = """{{ bos_token }}
{%- if messages[0]['role'] == 'system' -%}
    {%- if messages[0]['content'] is string -%}
        {%- set first_user_prefix = messages[0]['content'] + '\n\n' -%}
    {%- else -%}
        {%- set first_user_prefix = messages[0]['content'][0]['text'] + '\n\n' -%}
    {%- endif -%}
    {%- set loop_messages = messages[1:] -%}
{%- else -%}
    {%- set first_user_prefix = "" -%}
    {%- set loop_messages = messages -%}
{%- endif -%}
{%- for message in loop_messages -%}
    {%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) -%}
        {{ raise_exception("Conversation roles must alternate user/assistant/user/assistant/...") }}
    {%- endif -%}
    {%- if (message['role'] == 'assistant') -%}
        {%- set role = "model" -%}
    {%- else -%}
        {%- set role = message['role'] -%}
    {%- endif -%}
    {{ '<start_of_turn>' + role + '\n' + (first_user_prefix if loop.first else "") }}
    {%- if message['content'] is string -%}
        {{ message['content'] | trim }}
    {%- elif message['content'] is iterable -%}
        {%- for item in message['content'] -%}
            {%- if item['type'] == 'image' -%}
                {{ '<start_of_image>' }}
            {%- elif item['type'] == 'text' -%}
                {{ item['text'] | trim }}
            {%- endif -%}
        {%- endfor -%}
    {%- else -%}
        {{ raise_exception("Invalid content type") }}
    {%- endif -%}
    {{ '<end_of_turn>\n' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
    {{'<start_of_turn>model\n'}}
{%- endif -%}
"""
LLAMA3_TEMPLATE = (
    "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = "
    "'<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'+ message['content'] | trim + "
    "'<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}"
    "{{ content }}{% endfor %}{% if add_generation_prompt %}"
    "{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}"
)
EXTRA_TEMPLATES = {
    "gemma3-it": (GEMMA3_TEMPLATE, "<bos>", "<eos>"),
    "llama3-instruct": (LLAMA3_TEMPLATE, "<|begin_of_text|>", "<|eot_id|>"),
}

SMOLLM_CHAT_PROMPTS = [
    "What is the capital of France?",
    "Write a Python function that reverses a string.",
    "Explain photosynthesis in two sentences.",
    "List three colors of the rainbow.",
    "Translate 'good morning' into Spanish.",
    "Why is the sky blue?",
]
COMPLETION_PROMPTS = [
    "The quick brown fox",
    "Once upon a time, in a land far away,",
    "def fibonacci(n):\n",
    "The three primary colors are",
    "1, 2, 3, 4, 5,",
    "Tokyo is the capital of",
    "In 1969, Neil Armstrong",
    "Q: What is the boiling point of water?\nA:",
    "import numpy as np\n\nx = np.",
    "Les fleurs du printemps sont",
    "日本の首都は",
]


def tokenize_fixture(path: Path, strings: list[str]) -> dict[str, Any]:
    """Token ids for each string and mode, and llama.cpp's detokenization of the plain ids."""
    llm = Llama(model_path=str(path), vocab_only=True, verbose=False)
    vocab = llm._model.vocab
    cases = []
    for text in strings:
        case: dict[str, Any] = {"text": text}
        for mode, (add_special, parse_special) in TOKENIZE_MODES.items():
            case[mode] = llm.tokenize(text.encode("utf-8"), add_bos=add_special, special=parse_special)
        case["detok_hex"] = detokenize(vocab, case["special"], unparse_special=False).hex()
        case["detok_special_hex"] = detokenize(vocab, case["special"], unparse_special=True).hex()
        cases.append(case)
    n_vocab = llama_cpp.llama_vocab_n_tokens(vocab)
    eog = [i for i in range(n_vocab) if llama_cpp.llama_vocab_is_eog(vocab, i)]
    return {
        "model": path.name,
        "n_vocab": n_vocab,
        "bos": llama_cpp.llama_vocab_bos(vocab),
        "eos": llama_cpp.llama_vocab_eos(vocab),
        "eot": llama_cpp.llama_vocab_eot(vocab),
        "eog": eog,
        "modes": {k: list(v) for k, v in TOKENIZE_MODES.items()},
        "cases": cases,
    }


def detokenize(vocab: Any, ids: list[int], unparse_special: bool) -> bytes:
    """llama_detokenize with remove_special=False: the bytes llama.cpp prints for `ids`."""
    arr = (llama_cpp.llama_token * max(1, len(ids)))(*ids)
    size = 64 + 64 * len(ids)
    buf = ctypes.create_string_buffer(size)
    n = llama_cpp.llama_detokenize(vocab, arr, len(ids), buf, size, False, unparse_special)
    if n < 0:
        raise RuntimeError(f"detokenize buffer too small ({-n} > {size})")
    return buf.raw[:n]


def chat_fixture(smollm_path: Path) -> dict[str, Any]:
    """SmolLM2's template rendered by llama-cpp-python's own formatter, per case."""
    llm = Llama(model_path=str(smollm_path), vocab_only=True, verbose=False)
    template = llm.metadata["tokenizer.chat_template"]
    eos = llm._model.token_get_text(llm.token_eos())
    bos = llm._model.token_get_text(llm.token_bos())
    extra = [
        {"name": name, "template": tpl, "bos_token": b, "eos_token": e, "cases": render_cases(tpl, b, e)}
        for name, (tpl, b, e) in EXTRA_TEMPLATES.items()
    ]
    return {"model": smollm_path.name, "template": template, "bos_token": bos, "eos_token": eos,
            "cases": render_cases(template, bos, eos), "extra": extra}


def render_cases(template: str, bos: str, eos: str) -> list[dict[str, Any]]:
    out = []
    for case in CHAT_CASES:
        fmt = Jinja2ChatFormatter(template, eos_token=eos, bos_token=bos,
                                  add_generation_prompt=case["add_generation_prompt"])
        out.append({**case, "prompt": fmt(messages=case["messages"]).prompt})
    return out


def greedy(llm: Llama, prompt_ids: list[int], n: int) -> tuple[list[int], list[float]]:
    """Greedy continuation and, per step, top-1 minus top-2 logit (llama.cpp's own margin)."""
    llm.reset()
    llm.eval(prompt_ids)
    out, margins = [], []
    for _ in range(n):
        logits = llm.scores[llm.n_tokens - 1]
        top2 = np.argpartition(logits, -2)[-2:]
        a, b = sorted((float(logits[i]) for i in top2), reverse=True)
        tok = int(np.argmax(logits))
        out.append(tok)
        margins.append(round(a - b, 5))
        llm.eval([tok])
    return out, margins


def generate_fixture(path: Path, prompts: list[dict[str, Any]], n_threads: int) -> dict[str, Any]:
    """Greedy runs; one thread by default (a busy machine stalls llama.cpp's spinning thread pool)."""
    llm = Llama(model_path=str(path), n_ctx=256, n_batch=256, n_threads=n_threads, logits_all=True, verbose=False)
    cases = []
    for p in prompts:
        ids = llm.tokenize(p["text"].encode("utf-8"), add_bos=True, special=p["chat"])
        tokens, margins = greedy(llm, ids, N_GENERATE)
        text = detokenize(llm._model.vocab, tokens, unparse_special=False).decode("utf-8", "replace")
        cases.append({**p, "prompt_ids": ids, "tokens": tokens, "margins": margins, "completion": text})
        print(f"  {path.name}: {p['text'][:40]!r} -> {text[:60]!r}", file=sys.stderr)
    return {"model": path.name, "n_generate": N_GENERATE, "n_threads": n_threads, "cases": cases}


def smollm_prompts(template: str) -> list[dict[str, Any]]:
    chat = []
    for q in SMOLLM_CHAT_PROMPTS:
        fmt = Jinja2ChatFormatter(template, eos_token="<|im_end|>", bos_token="<|im_start|>")
        messages = [{"role": "user", "content": q}]
        chat.append({"text": fmt(messages=messages).prompt, "chat": True, "messages": messages})
    plain = [{"text": t, "chat": False} for t in COMPLETION_PROMPTS[:5]]
    return chat + plain


KV_N_CTX = 4096
KV_TYPES = {"f16": 1, "q8_0": 8}  # ggml type ids for type_k / type_v
_KV_LINE = re.compile(r"llama_kv_cache: size = +([\d.]+) MiB \( *(\d+) cells, +(\d+) layers")


def kv_fixture(paths: dict[str, Path]) -> dict[str, Any]:
    """llama.cpp's own KV cache report (its load log) per model and cache type at n_ctx 4096,
    n_ubatch 512, one sequence, SWA cache windowed (swa_full=False, as llama-server does)."""
    out: dict[str, Any] = {"n_ctx": KV_N_CTX, "n_ubatch": 512, "caches": {}}
    for key, path in paths.items():
        for name, type_id in KV_TYPES.items():
            code = (f"import llama_cpp; llama_cpp.Llama(model_path={str(path)!r}, n_ctx={KV_N_CTX}, n_batch=512, "
                    f"n_ubatch=512, n_threads=1, verbose=True, type_k={type_id}, type_v={type_id}, swa_full=False, "
                    f"flash_attn={type_id != 1})")
            log = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stderr
            caches = [{"mib": float(m[1]), "cells": int(m[2]), "layers": int(m[3])} for m in _KV_LINE.finditer(log)]
            out["caches"][f"{key}/{name}"] = caches
    return out


def write(name: str, data: dict[str, Any]) -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUT_DIR / name
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size} bytes)", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models-dir", type=Path, default=Path.home() / ".cache" / "hybridgate" / "models")
    ap.add_argument("--only", choices=["tokens", "chat", "generate", "kv"])
    ap.add_argument("--threads", type=int, default=1, help="llama.cpp threads for --only generate")
    args = ap.parse_args()
    paths = {k: args.models_dir / v for k, v in MODELS.items()}
    strings = json.loads(STRINGS.read_text(encoding="utf-8"))
    if args.only in (None, "tokens"):
        for key, path in paths.items():
            write(f"{key}.tokens.json", tokenize_fixture(path, strings))
    if args.only in (None, "chat"):
        write("chat_templates.json", chat_fixture(paths["smollm2"]))
    if args.only in (None, "generate"):
        template = Llama(model_path=str(paths["smollm2"]), vocab_only=True, verbose=False).metadata[
            "tokenizer.chat_template"
        ]
        smol = generate_fixture(paths["smollm2"], smollm_prompts(template), args.threads)
        write("smollm2.generate.json", smol)
        gemma = [{"text": t, "chat": False} for t in COMPLETION_PROMPTS]
        write("gemma3.generate.json", generate_fixture(paths["gemma3"], gemma, args.threads))
    if args.only in (None, "kv"):
        write("kv_cache.json", kv_fixture(paths))


if __name__ == "__main__":
    main()
