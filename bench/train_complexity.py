"""Train the complexity model: logistic regression (numpy, L2) on the dev split's features.

    python bench/train_complexity.py

Reads bench/data/signals/complexity_dev.jsonl (never the held-out split) and writes the
weights to gateway/signals/data/complexity_model.json, which the gateway loads offline.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gateway.signals.complexity import FEATURES, features  # noqa: E402
from gateway.signals.extract import extract_texts  # noqa: E402

DATA = ROOT / "bench" / "data" / "signals" / "complexity_dev.jsonl"
MODEL = ROOT / "gateway" / "signals" / "data" / "complexity_model.json"


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


def main() -> None:
    records = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    x, y = design_matrix(records)
    w, b = fit(x, y)
    p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
    print(f"train n={len(y)} accuracy@0.5={np.mean((p >= 0.5) == y):.3f}")
    MODEL.write_text(json.dumps({
        "kind": "logistic_regression", "trained_on": "bench/data/signals/complexity_dev.jsonl",
        "weights": {name: round(float(v), 5) for name, v in zip(FEATURES, w)}, "bias": round(float(b), 5),
    }, indent=2) + "\n")
    for name, v in sorted(zip(FEATURES, w), key=lambda t: -abs(t[1])):
        print(f"  {name:18s} {v:+.3f}")


if __name__ == "__main__":
    main()
