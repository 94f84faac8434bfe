"""Do the local routes answer well with NO sampling fields, as a new user's first request does?

30 short factual and instruction prompts with known answers (written by hand, varied), sent
through a real `hybridgate serve` on the shipped policy (policies/local-only.yaml: SmolLM2 on
route `local`, Gemma 3 270M on `local-gemma`), one at a time, non-streamed:

- "defaults": the request carries only model + messages (or prompt), so the route's `sampling:`
  defaults decide everything;
- "greedy": the same prompts with temperature 0 and every penalty off (repeat_penalty 1), under
  the same output cap — the baseline the defaults must match or beat.

Per model and mode: answer-contains-expected rate, median and p90 latency, median and max
completion tokens; then the ratios defaults/greedy side by side. Gemma 3 270M is a base model
without a chat template: it gets the same questions through /v1/completions as
"Question: ...\nAnswer:", and its route's default `stop` ends the answer at the next line.

    .venv/bin/python bench/local_quality.py [--models local local-gemma] [--sampling '{"temperature": 0.3}']

`--sampling` replaces the routes' defaults (to compare candidate settings); without it the
shipped policy is measured as is. The machine's load average is printed with the results.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[1]
POLICY = ROOT / "policies" / "local-only.yaml"

# (prompt, groups): every group needs one of its alternatives in the answer (case-insensitive,
# on word boundaries for short alternatives).
PROMPTS: list[tuple[str, list[list[str]]]] = [
    ("What is the capital of France?", [["paris"]]),
    ("What is the capital of Japan?", [["tokyo"]]),
    ("Which planet is the largest in our solar system?", [["jupiter"]]),
    ("How many days are there in a week?", [["7", "seven"]]),
    ("What is 2 + 2?", [["4", "four"]]),
    ("What is 10 times 3?", [["30", "thirty"]]),
    ("Who wrote the play Romeo and Juliet?", [["shakespeare"]]),
    ("What is the chemical formula of water?", [["h2o", "h₂o"]]),
    ("What color is the sky on a clear day?", [["blue"]]),
    ("At what temperature in degrees Celsius does water freeze?", [["0", "zero"]]),
    ("What is the opposite of hot?", [["cold"]]),
    ("How many legs does a spider have?", [["8", "eight"]]),
    ("Which animal is known as the king of the jungle?", [["lion"]]),
    ("What is the largest ocean on Earth?", [["pacific"]]),
    ("Translate 'thank you' into French.", [["merci"]]),
    ("Translate 'hello' into Spanish.", [["hola"]]),
    ("What gas do plants absorb from the air for photosynthesis?", [["carbon dioxide", "co2"]]),
    ("How many continents are there?", [["7", "seven"]]),
    ("What is the boiling point of water at sea level in Celsius?", [["100"]]),
    ("Name the closest star to the Earth.", [["sun"]]),
    ("What is the plural of 'mouse'?", [["mice"]]),
    ("Complete the sequence: Monday, Tuesday, Wednesday, ...", [["thursday"]]),
    ("Which is heavier, a kilogram of feathers or a kilogram of iron? Answer in one sentence.",
     [["same", "equal", "neither", "both"]]),
    ("What is the first letter of the English alphabet?", [["a"]]),
    ("Write the word 'cat' backwards.", [["tac"]]),
    ("Give one synonym for 'happy'.", [["joyful", "glad", "cheerful", "content", "delighted", "joyous", "pleased",
                                       "merry", "elated", "ecstatic", "jubilant", "blissful"]]),
    ("How many minutes are in an hour?", [["60", "sixty"]]),
    ("What do bees make?", [["honey"]]),
    ("What is the capital city of Italy?", [["rome"]]),
    ("List the three primary colors of paint.", [["red"], ["blue"], ["yellow"]]),
]
GREEDY = {"temperature": 0, "repeat_penalty": 1.0, "presence_penalty": 0, "frequency_penalty": 0}


def correct(answer: str, groups: list[list[str]]) -> bool:
    text = answer.lower()

    def has(alt: str) -> bool:
        return bool(re.search(rf"(?<![a-z0-9]){re.escape(alt)}(?![a-z0-9])", text)) if len(alt) <= 3 else alt in text

    return all(any(has(alt) for alt in group) for group in groups)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_gateway(policy: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    cmd = [sys.executable, "-m", "gateway.cli", "serve", "--policy", str(policy), "--port", str(port), "--no-auth",
           "--ledger", f"sqlite:///{policy.parent / 'ledger.db'}", "--log-level", "warning"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gateway exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise TimeoutError("gateway did not start")


def ask(client: httpx.Client, route: str, prompt: str, base_model: bool, extra: dict[str, Any]) -> tuple[str, float, int]:
    if base_model:
        body = {"model": route, "prompt": f"Question: {prompt}\nAnswer:", **extra}
        path = "/v1/completions"
    else:
        body = {"model": route, "messages": [{"role": "user", "content": prompt}], **extra}
        path = "/v1/chat/completions"
    t0 = time.perf_counter()
    r = client.post(path, json=body)
    elapsed = time.perf_counter() - t0
    r.raise_for_status()
    data = r.json()
    choice = data["choices"][0]
    text = choice["text"] if base_model else choice["message"]["content"]
    return text, elapsed, int(data["usage"]["completion_tokens"])


def run_mode(client: httpx.Client, route: str, base_model: bool, extra: dict[str, Any]) -> dict[str, Any]:
    rows = []
    for prompt, groups in PROMPTS:
        text, s, tokens = ask(client, route, prompt, base_model, extra)
        rows.append({"prompt": prompt, "answer": text, "ok": correct(text, groups), "s": s, "tokens": tokens})
    lat = sorted(r["s"] for r in rows)
    toks = [r["tokens"] for r in rows]
    return {"rate": sum(r["ok"] for r in rows) / len(rows), "median_s": statistics.median(lat),
            "p90_s": lat[int(0.9 * (len(lat) - 1))], "median_tokens": statistics.median(toks), "max_tokens": max(toks),
            "rows": rows}


def readme_example() -> tuple[float, float, str, int]:
    """The README's request, verbatim through the openai SDK, against `make run`'s policy
    (policies/default.yaml; no provider key, so it is served locally): the first request a new
    user sends after start-up. Returns the client's wall time (which includes the openai SDK's
    own lazy imports on its first call: ~1-2 s on a loaded 2-core box) and the server's latency."""
    from openai import OpenAI

    env_key = os.environ.pop("OPENAI_API_KEY", None)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            policy = Path(tmp) / "default.yaml"
            policy.write_text((ROOT / "policies" / "default.yaml").read_text())
            port = free_port()
            proc = start_gateway(policy, port, Path(tmp) / "gateway.log")
            try:
                client = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="unused-with-no-auth")
                t0 = time.perf_counter()
                resp = client.chat.completions.create(model="auto", messages=[{"role": "user", "content": "Hi"}])
                elapsed = time.perf_counter() - t0
                with sqlite3.connect(Path(tmp) / "ledger.db") as db:  # the server's own time for it
                    server_ms = float(db.execute("SELECT latency_ms FROM ledger").fetchone()[0])
            finally:
                proc.terminate()
                proc.wait(30)
    finally:
        if env_key is not None:
            os.environ["OPENAI_API_KEY"] = env_key
    return elapsed, server_ms / 1000, str(resp.choices[0].message.content), \
        resp.usage.completion_tokens if resp.usage else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--models", nargs="*", default=["local", "local-gemma"], help="routes of the policy to measure")
    ap.add_argument("--sampling", default=None, help="JSON replacing each measured route's `sampling:` defaults")
    ap.add_argument("--json", default=None, help="write every answer here")
    args = ap.parse_args()
    policy = yaml.safe_load(POLICY.read_text())
    if args.sampling:
        for route in args.models:
            policy["routes"][route]["sampling"] = {**policy["routes"][route].get("sampling", {}),
                                                   **json.loads(args.sampling)}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "policy.yaml"
        path.write_text(yaml.safe_dump(policy))
        port = free_port()
        proc = start_gateway(path, port, Path(tmp) / "gateway.log")
        results: dict[str, Any] = {}
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=300) as client:
                ask(client, args.models[0], "warm up", args.models[0] == "local-gemma", {"max_tokens": 2})
                for route in args.models:
                    base = route == "local-gemma"
                    results[route] = {"defaults": run_mode(client, route, base, {}),
                                      "greedy": run_mode(client, route, base, GREEDY)}
        finally:
            proc.terminate()
            proc.wait(30)
    readme_s, readme_server_s, readme_text, readme_tokens = readme_example()
    print(f"load average (1/5/15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}  "
          f"(shared 2-core machine)  cpus={os.cpu_count()}")
    if args.sampling:
        print(f"sampling override: {args.sampling}")
    print(f"README example verbatim (policies/default.yaml, openai SDK, model auto, 'Hi'; the server's first "
          f"request): {readme_s:.2f} s at the client (SDK first call included), {readme_server_s:.2f} s in the "
          f"gateway, {readme_tokens} tokens: {readme_text!r}")
    print(f"{'route':<12} {'mode':<9} {'correct':>8} {'median s':>9} {'p90 s':>6} {'med tok':>8} {'max tok':>8}")
    for route, modes in results.items():
        for mode, r in modes.items():
            print(f"{route:<12} {mode:<9} {r['rate']:>8.0%} {r['median_s']:>9.2f} {r['p90_s']:>6.2f} "
                  f"{r['median_tokens']:>8.0f} {r['max_tokens']:>8}")
        d, g = modes["defaults"], modes["greedy"]
        print(f"{route:<12} {'ratio':<9} {d['rate'] / max(g['rate'], 1e-9):>8.2f} "
              f"{d['median_s'] / g['median_s']:>9.2f} {'':>6} {d['median_tokens'] / max(g['median_tokens'], 1):>8.2f}"
              "   (defaults / greedy)")
    if args.json:
        Path(args.json).write_text(json.dumps({"readme_s": readme_s, "readme_server_s": readme_server_s,
                                               "readme_answer": readme_text,
                                               "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
