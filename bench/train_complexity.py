"""Train the complexity model: logistic regression (numpy, L2) on every generator's labelled sets.

    python bench/train_complexity.py            # fit on all splits, write the shipped weights
    python bench/train_complexity.py --logo     # leave-one-generator-out: the spread to expect

Reads bench/data/signals/complexity_*.jsonl of the splits listed in GENERATORS (eight
independent generators; the four template splits come from one of them) and writes the weights
to gateway/signals/data/complexity_model.json, which the gateway loads offline.

Why all of them: trained on one generator's sets the model learns that generator's phrasing
(AUROC 1.000 there, 0.954 overall / 0.888 length-adversarial on the `quarry` generator's). The
honest estimate of what a new generator will see is `--logo`: each generator's AUROC under a
model fitted on the others only. A split added later by a NEW generator, evaluated before it
joins GENERATORS, is the held-out test (bench/signals_eval.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gateway.signals.complexity import FEATURES, features  # noqa: E402
from gateway.signals.extract import extract_texts  # noqa: E402

DATA = ROOT / "bench" / "data" / "signals"
MODEL = ROOT / "gateway" / "signals" / "data" / "complexity_model.json"
# generator -> its splits (bench/make_*signal_sets.py)
GENERATORS: dict[str, tuple[str, ...]] = {
    "template": ("dev", "heldout", "final", "fresh"), "wild": ("wild",), "blind": ("blind",), "sealed": ("sealed",),
    "unseen": ("unseen",), "atlas": ("atlas",), "mosaic": ("mosaic",), "quarry": ("quarry",),
}


def load(splits: tuple[str, ...]) -> list[dict]:
    return [json.loads(line) for s in splits for line in (DATA / f"complexity_{s}.jsonl").open(encoding="utf-8")]


def design_matrix(records: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    rows = [features(extract_texts(r["body"], r["endpoint"])) for r in records]
    x = np.array([[row[name] for name in FEATURES] for row in rows], dtype=np.float64)
    y = np.array([r["label"] for r in records], dtype=np.float64)
    return x, y


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.003, steps: int = 20_000,
        lr: float = 1.0) -> tuple[np.ndarray, float]:
    """Full-batch gradient descent on the mean log-loss + L2 (convex: converges without tuning)."""
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        grad = p - y
        w -= lr * (x.T @ grad / len(y) + l2 * w)
        b -= lr * grad.mean()
    return w, b


def auroc(scores: np.ndarray, labels: np.ndarray) -> float:
    pos, neg = scores[labels == 1], scores[labels == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))


def leave_one_generator_out() -> None:
    """Each generator scored by a model fitted on the other generators only; then the spread."""
    data = {}
    for name, splits in GENERATORS.items():
        records = load(splits)
        x, y = design_matrix(records)
        data[name] = (x, y, np.array([r["length_adversarial"] for r in records]))
    rows = []
    print(f"{'held out':10s} {'n':>4s} {'AUROC':>6s} {'length-adv.':>11s}")
    for name, (x, y, adv) in data.items():
        w, b = fit(np.concatenate([d[0] for k, d in data.items() if k != name]),
                   np.concatenate([d[1] for k, d in data.items() if k != name]))
        s = x @ w + b
        rows.append((auroc(s, y), auroc(s[adv], y[adv])))
        print(f"{name:10s} {len(y):4d} {rows[-1][0]:6.3f} {rows[-1][1]:11.3f}")
    a = np.array(rows)
    for label, f in (("min", np.nanmin), ("median", np.nanmedian), ("max", np.nanmax)):
        print(f"{label:10s} {'':4s} {f(a[:, 0]):6.3f} {f(a[:, 1]):11.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--logo", action="store_true", help="leave-one-generator-out spread; writes nothing")
    if parser.parse_args().logo:
        leave_one_generator_out()
        return
    splits = tuple(s for group in GENERATORS.values() for s in group)
    x, y = design_matrix(load(splits))
    w, b = fit(x, y)
    p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
    print(f"train n={len(y)} accuracy@0.5={np.mean((p >= 0.5) == y):.3f}")
    MODEL.write_text(json.dumps({
        "kind": "logistic_regression",
        "trained_on": [f"bench/data/signals/complexity_{s}.jsonl" for s in splits],
        "weights": {name: round(float(v), 5) for name, v in zip(FEATURES, w)}, "bias": round(float(b), 5),
    }, indent=2) + "\n")
    for name, v in sorted(zip(FEATURES, w), key=lambda t: -abs(t[1])):
        print(f"  {name:18s} {v:+.3f}")


if __name__ == "__main__":
    main()
