"""Our engine at two git revisions, side by side on the same machine, in one run (issue 14: the
served path must not regress against the previous main).

    .venv/bin/python bench/revisions.py [--base 6e7e9a1] [--head HEAD] [--models smollm2,gemma3]
        [--streams 4] [--rounds 3] [--threads 2] [--quick] [--json out.json]

Each revision is materialised with `git archive` into a temporary directory (the repository is
not touched; `--head .` takes this checkout as it is, uncommitted changes included) and measured
by *its own* `bench/engine.py` workers (`--worker ours` and `--worker ours_cold`), so each side
measures what that revision's benchmark measured: at HEAD the served path (every token through
the Scheduler), at older revisions whatever their worker did. Both get the same token ids, the
same threads and the same settings. The two revisions alternate for `--rounds` rounds, the best
per metric kept (the machine is shared and its load drifts within a run); each revision keeps
its own JIT disk cache (`.cache/numba` inside its tree), filled by one short unmeasured worker
per model before the rounds, so no timed section compiles and the restart row is a fresh process
with a warm cache on both sides.

Rows: prefill tok/s (512-token prompt), decode tok/s (one stream), time to first token of a short
request, aggregate generated tok/s at each `--streams` count, peak RSS, restart -> first token;
ratio = head / base (for times and memory lower is better). `uptime` at start and end goes
with the table.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BASE = "6e7e9a1"  # main at the previous stop of issue 14


def _bench_engine() -> ModuleType:
    """This checkout's bench/engine.py (prompts, model paths, worker runner, best-of merge)."""
    spec = importlib.util.spec_from_file_location("bench_engine", ROOT / "bench" / "engine.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True).stdout.strip()


def materialise(rev: str, into: Path) -> tuple[Path, str]:
    """(tree, label) of a revision: `git archive` extracted under `into`, or this checkout for '.'."""
    if rev == ".":
        dirty = " + uncommitted changes" if git("status", "--porcelain", "--untracked-files=no") else ""
        return ROOT, f"worktree ({git('rev-parse', '--short', 'HEAD')}{dirty})"
    sha = git("rev-parse", "--verify", f"{rev}^{{commit}}")
    tree = into / sha[:12]
    tree.mkdir(parents=True)
    proc = subprocess.Popen(["git", "-C", str(ROOT), "archive", "--format=tar", sha], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    with tarfile.open(fileobj=proc.stdout, mode="r|") as tar:
        tar.extractall(tree, filter="data")
    if proc.wait() != 0:
        raise SystemExit(f"git archive {rev} failed (exit {proc.returncode})")
    return tree, f"{rev} ({sha[:9]})"


def check_imports(tree: Path) -> None:
    """The tree's workers must import the tree's own local_engine, not the installed checkout."""
    probe = "import local_engine, sys; print(local_engine.__file__)"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    where = subprocess.run([sys.executable, "-c", probe], cwd=tree, env=env, capture_output=True, text=True,
                           check=True).stdout.strip()
    if not Path(where).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"{tree}: imports local_engine from {where}, not from the revision's tree")


def run_side(be: ModuleType, tree: Path, kind: str, cfg: dict[str, Any]) -> dict[str, Any] | None:
    """One worker of `tree`'s own bench/engine.py (same protocol since the first benchmark)."""
    with tempfile.TemporaryDirectory() as tmp:
        cfg_path, out_path = Path(tmp) / "cfg.json", Path(tmp) / "out.json"
        cfg_path.write_text(json.dumps({**cfg, "spawned_at": time.time()}))
        env = {**be.LAUNCH_ENV, "PYTHONPATH": str(tree)}
        env.pop("NUMBA_CACHE_DIR", None)  # each tree's own cache (its worker's default: tree/.cache/numba)
        cmd = [sys.executable, str(tree / "bench" / "engine.py"), "--worker", kind, str(cfg_path), str(out_path)]
        proc = subprocess.run(cmd, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=sys.stderr, timeout=1800,
                              check=False)
        if proc.returncode != 0 or not out_path.exists():
            be.progress(f"{tree.name}: {kind} worker failed (exit {proc.returncode})")
            return None
        return json.loads(out_path.read_text())


def rows(base: dict[str, Any], head: dict[str, Any], streams: list[int]) -> list[tuple[str, Any, Any, bool]]:
    """(metric, base, head, higher_is_better) for the table."""
    out = [
        ("prefill tok/s (512 tokens)", base.get("prefill_tok_s"), head.get("prefill_tok_s"), True),
        ("decode tok/s (1 stream)", base.get("decode_tok_s"), head.get("decode_tok_s"), True),
        ("time to first token ms", _ms(base.get("ttft_s")), _ms(head.get("ttft_s")), False),
    ]
    for n in streams:
        out.append((f"aggregate tok/s @{n} streams", base.get("aggregate", {}).get(str(n)),
                    head.get("aggregate", {}).get(str(n)), True))
    out.append(("peak RSS MB", base.get("peak_rss_mb"), head.get("peak_rss_mb"), False))
    out.append(("restart -> first token s", base.get("cold_first_token_s"), head.get("cold_first_token_s"), False))
    return out


def _ms(s: float | None) -> float | None:
    return None if s is None else s * 1000


def table(results: list[dict[str, Any]], labels: tuple[str, str], streams: list[int]) -> str:
    lines = [f"base = {labels[0]}", f"head = {labels[1]}",
             "ratio = head / base (rates: > 1 is faster; times and memory: < 1 is better); 'regressed' marks"
             " a ratio more than 5% worse"]
    lines.append(f"{'model':10} {'metric':30} {'base':>10} {'head':>10} {'ratio':>7}")
    for r in results:
        for metric, b, h, higher in rows(r["base"] or {}, r["head"] or {}, streams):
            ratio = h / b if b and h else None
            worse = ratio is not None and (ratio < 0.95 if higher else ratio > 1.05)
            cell = "-" if ratio is None else f"{ratio:.2f}"
            lines.append(f"{r['model']:10} {metric:30} {_fmt(b):>10} {_fmt(h):>10} {cell:>7}"
                         f"{'  regressed' if worse else ''}")
    return "\n".join(lines)


def _fmt(v: float | None) -> str:
    return "-" if v is None else f"{v:.1f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default=DEFAULT_BASE, help="the revision to compare against (default: %(default)s)")
    ap.add_argument("--head", default="HEAD", help="the revision under test ('.' = this checkout as it is)")
    ap.add_argument("--models", default="smollm2,gemma3", help="as bench/engine.py --models")
    ap.add_argument("--streams", default="4", help="concurrent request counts for the aggregate rows")
    ap.add_argument("--rounds", type=int, default=3, help="alternate base/head this many times; best per metric")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions and shorter generations")
    ap.add_argument("--json", help="also write the raw results here")
    args = ap.parse_args(argv)
    be = _bench_engine()
    streams = [int(s) for s in args.streams.split(",")]
    start = be.uptime()
    be.progress(f"{start} on {os.cpu_count()} cores (numbers are noisy when the machine is busy)")
    with tempfile.TemporaryDirectory(prefix="hg-revisions-") as tmp:
        (base_tree, base_label), (head_tree, head_label) = (materialise(r, Path(tmp)) for r in (args.base, args.head))
        for tree in (base_tree, head_tree):
            check_imports(tree)
        results = []
        for name in args.models.split(","):
            path = be.model_path(name)
            long_ids, short = be.prompts(path)
            cfg = {
                "model": str(path), "threads": args.threads, "long": long_ids, "short": short,
                "reps": 2 if args.quick else 3, "stream_reps": 1 if args.quick else 2,
                "decode_tokens": 32 if args.quick else 64, "stream_tokens": 16 if args.quick else 48,
                "streams": streams,
            }
            result: dict[str, Any] = {"model": name, "base": None, "head": None}
            prime = {**cfg, "reps": 1, "stream_reps": 1, "decode_tokens": 4, "stream_tokens": 4}
            for side, tree in (("base", base_tree), ("head", head_tree)):
                be.progress(f"{name}: {side}: filling its JIT disk cache (not measured)")
                run_side(be, tree, "ours", prime)
            for rnd in range(args.rounds):
                for side, tree in (("base", base_tree), ("head", head_tree)):
                    be.progress(f"{name}: {side} (round {rnd + 1} of {args.rounds})")
                    got = run_side(be, tree, "ours", cfg)
                    cold = run_side(be, tree, "ours_cold", cfg)
                    if got and cold:
                        got.update(cold)
                    result[side] = be._best(result[side], got)
            results.append(result)
            print(table(results[-1:], (base_label, head_label), streams), file=sys.stderr, flush=True)
    end = be.uptime()
    print(f"# uptime at start: {start}\n# uptime at end:   {end}")
    print(table(results, (base_label, head_label), streams))
    if args.json:
        Path(args.json).write_text(json.dumps({"uptime": [start, end], "base": base_label, "head": head_label,
                                               "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
