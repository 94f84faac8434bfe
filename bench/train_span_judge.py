"""Fit the span judge (gateway/signals/span_judge.py) on harvested spans and report it leave-worlds-out.

    python bench/span_judge_data.py --out /tmp/spans.jsonl            # the detector's spans on every split
    python bench/train_span_judge.py /tmp/spans.jsonl [more.jsonl] [--write] [--drop 0.01]

Every split is one world (one writer, one organising principle). The report scores each split with a model fitted
on the other folds' splits only (10 folds, grouped by split), so each line says what the judge does to a world it
never saw: records flagged before and after among benign ones, records protected before and after among sensitive
ones (a value with a private cue is kept whatever it scores, as at serving time: span_judge.privately_cued). The
cut-off per type is the score under which `--drop` of the held-out sensitive spans of that type fall.
`--write` fits on everything and writes gateway/signals/data/span_judge.npz with those cut-offs.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from gateway.signals.span_judge import BITS, MODEL_PATH, features, hashed, privately_cued  # noqa: E402
from signals_eval import expected_types, found_as_expected  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "signals"
JUDGED = ("PERSON", "PHONE_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS")
FOLDS = 10


def load(paths: list[str]) -> list[dict[str, Any]]:
    """The harvested spans. A span of a sensitive record whose labels name types only (the early splits: no values
    to match) is private when its type is one the record lists."""
    rows = [json.loads(line) for p in paths for line in open(p, encoding="utf-8")]
    typed = _type_only_labels({r["split"] for r in rows if r["label"] is None})
    for row in rows:
        row["text"] = row["left"] + row["value"] + row["right"]
        row["start"], row["end"] = len(row["left"]), len(row["left"]) + len(row["value"])
        if row["label"] is None and (row["split"], row["id"]) in typed:
            row["label"] = 1 if any(found_as_expected(e, {row["type"]}) for e in typed[row["split"], row["id"]]) else None
    return rows


def _type_only_labels(splits: set[str]) -> dict[tuple[str, str], list[str]]:
    labels = {}
    for split in splits:
        for line in (DATA / f"pii_{split}.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            if record["sensitive"] and not any(isinstance(e, dict) and "value" in e for e in record["entities"]):
                labels[split, record["id"]] = expected_types(record)
    return labels


def design(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    parts = [hashed(features(r["text"], r["start"], r["end"], r["type"])) for r in rows]
    pointers = np.zeros(len(parts) + 1, dtype=np.int64)
    pointers[1:] = np.cumsum([len(p) for p in parts])
    return np.concatenate(parts), pointers


def fit(index: np.ndarray, pointers: np.ndarray, y: np.ndarray, weight: np.ndarray, epochs: int = 80,
        l2: float = 1e-4, rate: float = 0.05) -> tuple[np.ndarray, float]:
    """Full-batch Adam on the weighted logistic loss, L2 on the weights."""
    lengths = np.diff(pointers)
    w = np.zeros(1 << BITS, dtype=np.float64)
    b = 0.0
    m, v, mb, vb = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    total = weight.sum()
    for step in range(1, epochs + 1):
        z = b + np.add.reduceat(w[index], pointers[:-1])
        p = 1.0 / (1.0 + np.exp(-z))
        g = (p - y) * weight / total
        gw = np.bincount(index, weights=np.repeat(g, lengths), minlength=w.size) + l2 * w
        gb = g.sum()
        m, v = 0.9 * m + 0.1 * gw, 0.999 * v + 0.001 * gw * gw
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
        b -= rate * (mb / (1 - 0.9 ** step)) / (np.sqrt(vb / (1 - 0.999 ** step)) + 1e-8)
    return w, b


def scores(w: np.ndarray, b: float, index: np.ndarray, pointers: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(b + np.add.reduceat(w[index], pointers[:-1]))))


def weights_of(rows: list[dict[str, Any]]) -> np.ndarray:
    """Negatives weigh as much as positives in all; a rejected candidate half a reported span."""
    y = np.array([r["label"] for r in rows], dtype=np.float64)
    kind = np.array([1.0 if r["kind"] == "final" else 0.5 for r in rows])
    pos, neg = (kind * y).sum(), (kind * (1 - y)).sum()
    return kind * np.where(y == 1, 1.0, pos / max(neg, 1.0))


def record_counts() -> dict[str, tuple[int, int]]:
    counts = {}
    for path in DATA.glob("pii_*.jsonl"):
        sens = ben = 0
        for line in path.open(encoding="utf-8"):
            sensitive = '"sensitive": true' in line[:400]
            sens, ben = sens + sensitive, ben + (not sensitive)
        counts[path.stem[4:]] = (sens, ben)
    return counts


def report(rows: list[dict[str, Any]], oof: np.ndarray, cutoffs: dict[str, float]) -> None:
    counts = record_counts()
    by: dict[tuple[str, str], dict[str, dict[str, list[bool]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for r, s in zip(rows, oof):
        if r["kind"] != "final":
            continue
        keep = r["type"] not in cutoffs or s >= cutoffs[r["type"]] or privately_cued(r["text"], r["start"], r["end"])
        by[(r["source"], r["split"])][r["id"]]["keep"].append(keep)
        by[(r["source"], r["split"])][r["id"]]["sens"].append(r["sensitive"])
    print("| source | split | benign flagged before | after | sensitive protected before | after |")
    print("|---|---|---|---|---|---|")
    summary: dict[str, list[tuple[float, float, float, float]]] = defaultdict(list)
    for (source, split), records in sorted(by.items()):  # (record ids repeat across the early splits)
        n_sens, n_ben = counts.get(split, (0, 0))
        ben_before = sum(1 for r in records.values() if not r["sens"][0])
        ben_after = sum(1 for r in records.values() if not r["sens"][0] and any(r["keep"]))
        sens_before = sum(1 for r in records.values() if r["sens"][0])
        sens_after = sum(1 for r in records.values() if r["sens"][0] and any(r["keep"]))
        row = (ben_before / max(n_ben, 1), ben_after / max(n_ben, 1), sens_before / max(n_sens, 1),
               sens_after / max(n_sens, 1))
        summary[source].append(row)
        print(f"| {source} | {split} | {row[0]:.1%} | {row[1]:.1%} | {row[2]:.1%} | {row[3]:.1%} |")
    for source, rows_ in summary.items():
        a = np.array(rows_)
        print(f"{source}: {len(a)} splits; benign flagged median {np.median(a[:, 0]):.1%} -> {np.median(a[:, 1]):.1%}, "
              f"max {a[:, 0].max():.1%} -> {a[:, 1].max():.1%}; protected min {a[:, 2].min():.1%} -> "
              f"{a[:, 3].min():.1%}, mean loss {np.mean(a[:, 2] - a[:, 3]):.2%}, worst loss {np.max(a[:, 2] - a[:, 3]):.2%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--drop", type=float, default=0.005, help="share of sensitive spans a cut-off may drop")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--model", type=Path, default=MODEL_PATH, help="where --write writes the judge")
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--l2", type=float, default=1e-5)
    parser.add_argument("--epochs", type=int, default=120)
    parser.add_argument("--dump", help="write each span's held-out score here (JSONL)")
    args = parser.parse_args()
    began = time.perf_counter()
    everything = load(args.paths)
    rows = [r for r in everything if r["type"] in JUDGED]
    index, pointers = design(rows)
    labelled = np.array([r["label"] is not None for r in rows])
    y = np.array([r["label"] or 0 for r in rows], dtype=np.float64)
    splits = sorted({r["split"] for r in rows})
    fold_of = {s: k % args.folds for k, s in enumerate(splits)}
    folds = np.array([fold_of[r["split"]] for r in rows])
    print(f"{len(rows)} spans ({int(labelled.sum())} labelled, {int(y[labelled].sum())} private) from "
          f"{len(splits)} splits; features {time.perf_counter() - began:.0f} s", file=sys.stderr)
    oof = np.zeros(len(rows))
    for k in range(args.folds):
        train = np.flatnonzero(labelled & (folds != k))
        test = np.flatnonzero(folds == k)
        sub_index, sub_ptr = _subset(index, pointers, train)
        w, b = fit(sub_index, sub_ptr, y[train], weights_of([rows[i] for i in train]), args.epochs, args.l2)
        t_index, t_ptr = _subset(index, pointers, test)
        oof[test] = scores(w, b, t_index, t_ptr)
        print(f"fold {k + 1}/{args.folds} {time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)
    cutoffs = {}
    for entity in JUDGED:
        private = np.array([s for r, s in zip(rows, oof) if r["type"] == entity and r["label"] == 1
                            and r["kind"] == "final"])
        if len(private):
            cutoffs[entity] = float(np.quantile(private, args.drop))
    print("cut-offs:", {k: round(v, 4) for k, v in cutoffs.items()})
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for r, s in zip(rows, oof):
                out.write(json.dumps({k: r[k] for k in ("split", "id", "source", "kind", "label", "type", "left",
                                                         "value", "right")} | {"score": float(s)}, ensure_ascii=False) + "\n")
    others = [r for r in everything if r["type"] not in JUDGED]
    report(rows + others, np.concatenate([oof, np.ones(len(others))]), cutoffs)
    if args.write:
        train = np.flatnonzero(labelled)
        sub_index, sub_ptr = _subset(index, pointers, train)
        w, b = fit(sub_index, sub_ptr, y[train], weights_of([rows[i] for i in train]), args.epochs, args.l2)
        args.model.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(args.model, weights=w.astype(np.float16), bias=np.float64(b),
                            types=np.array(list(cutoffs)), cutoffs=np.array(list(cutoffs.values())))
        print(f"wrote {args.model}", file=sys.stderr)


def _subset(index: np.ndarray, pointers: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lengths = np.diff(pointers)[rows]
    sub_ptr = np.zeros(len(rows) + 1, dtype=np.int64)
    sub_ptr[1:] = np.cumsum(lengths)
    sub_index = np.concatenate([index[pointers[i]:pointers[i + 1]] for i in rows]) if len(rows) else index[:0]
    return sub_index, sub_ptr


if __name__ == "__main__":
    main()
