"""Train the complexity model: logistic regression (numpy, L2) on every generator's labelled sets.

    python bench/train_complexity.py            # fit on all splits, write the shipped weights
    python bench/train_complexity.py --logo     # leave-one-generator-out: the spread to expect

Reads bench/data/signals/complexity_*.jsonl of the splits listed in GENERATORS (nine independent
generators; the four template splits come from one of them) and writes the weights to
gateway/signals/data/complexity_model.json, which the gateway loads offline.

The model has two parts: weights for the hand-made features (gateway/signals/complexity.py) and a
bag-of-words over the request region. A word gets a weight only when it occurs in the prompts of at
least MIN_GENERATORS generators: a word one generator's templates repeat is that generator's
phrasing, not a sign of a hard or easy ask.

Why all generators: trained on one generator's sets the model learns its phrasing (AUROC 1.000
there, 0.954 / 0.888 on `quarry`). `--logo` scores each generator with a model fitted on the others
only (vocabulary included). Its plain column still flatters every generator whose prompts were read
while the cue lists were written. Two more columns take those words away for the held-out generator:
`own`, every cue alternative that matches its requests and no other generator's; `history`, every
alternative that entered gateway/signals/complexity.py since its set was in the repository (git's
pickaxe; rules and other features are not rolled back). The first looks of the blind generators
(RESULTS.md) are the truly held-out numbers; a split added later by a NEW generator, evaluated
before it joins GENERATORS, is the next one (bench/signals_eval.py).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gateway.signals.complexity import CUES, FEATURES, Analysis, Cues, analyse, request_text  # noqa: E402
from gateway.signals.extract import extract_texts  # noqa: E402

DATA = ROOT / "bench" / "data" / "signals"
MODEL = ROOT / "gateway" / "signals" / "data" / "complexity_model.json"
# generator -> its splits (bench/make_*signal_sets.py)
GENERATORS: dict[str, tuple[str, ...]] = {
    "template": ("dev", "heldout", "final", "fresh"), "wild": ("wild",), "blind": ("blind",), "sealed": ("sealed",),
    "unseen": ("unseen",), "atlas": ("atlas",), "mosaic": ("mosaic",), "quarry": ("quarry",), "lantern": ("lantern",),
    "kestrel": ("kestrel",), "heron": ("heron",), "tundra": ("tundra",), "fjord": ("fjord",), "meadow": ("meadow",),
    "glacier": ("glacier",), "cirque": ("cirque",), "estuary": ("estuary",), "delta": ("delta",),
    "canyon": ("canyon",), "lagoon": ("lagoon",), "drumlin": ("drumlin",),
}
MIN_GENERATORS = 3  # a word enters the vocabulary when this many training generators' requests use it
FEATURE_L2, WORD_L2 = 0.003, 0.01  # word weights are shrunk harder: there are ~100x more of them


class Split:
    """One generator's prompts: texts, labels, length-adversarial flags, and their analyses."""

    def __init__(self, records: list[dict]) -> None:
        self.texts = [extract_texts(r["body"], r["endpoint"]) for r in records]
        self.y = np.array([r["label"] for r in records], dtype=np.float64)
        self.adversarial = np.array([r["length_adversarial"] for r in records], dtype=bool)
        self.requests = [request_text(t) for t in self.texts]
        self.analyses = [analyse(t) for t in self.texts]

    def reanalysed(self, cues: Cues) -> list[Analysis]:
        return [analyse(t, cues) for t in self.texts]


def load(splits: tuple[str, ...]) -> list[dict]:
    return [json.loads(line) for s in splits for line in (DATA / f"complexity_{s}.jsonl").open(encoding="utf-8")]


def vocabulary(splits: list[Split]) -> list[str]:
    """Words used by at least MIN_GENERATORS of these generators' requests."""
    seen: dict[str, int] = defaultdict(int)
    for split in splits:
        for word in set().union(*(a.words for a in split.analyses)):
            seen[word] += 1
    return sorted(w for w, n in seen.items() if n >= MIN_GENERATORS)


def design_matrix(analyses: list[Analysis], vocab: list[str]) -> np.ndarray:
    """Features, then one 0/1 column per vocabulary word, then a constant column (the bias)."""
    index = {w: i for i, w in enumerate(vocab)}
    x = np.zeros((len(analyses), len(FEATURES) + len(vocab) + 1))
    for row, a in enumerate(analyses):
        x[row, : len(FEATURES)] = [a.features[name] for name in FEATURES]
        for word in a.words & index.keys():
            x[row, len(FEATURES) + index[word]] = 1.0
    x[:, -1] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray, n_features: int = len(FEATURES)) -> np.ndarray:
    """Newton's method on the mean log-loss + L2 (convex: a dozen steps reach the optimum); the
    bias (last column) is not shrunk."""
    reg = np.full(x.shape[1], WORD_L2)
    reg[:n_features], reg[-1] = FEATURE_L2, 0.0
    w = np.zeros(x.shape[1])
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + reg * w
        hessian = (x.T * (p * (1 - p))) @ x / len(y) + np.diag(reg)
        step = np.linalg.solve(hessian, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def auroc(scores: np.ndarray, labels: np.ndarray) -> float:
    pos, neg = scores[labels == 1], scores[labels == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))


def alternatives(pattern: re.Pattern[str]) -> list[str]:
    """A cue pattern's top-level alternatives, each a pattern of its own: `\\b(?:a|b)|c` -> `\\b(?:a)`,
    `\\b(?:b)`, `c` (the form complexity.py writes its lists in)."""
    source, prefix = pattern.pattern, r"\b(?:"

    def split(text: str) -> tuple[list[str], int]:
        parts, depth, start, i, in_class = [], 0, 0, 0, False
        while i < len(text):
            ch = text[i]
            if ch == "\\":
                i += 2
                continue
            if in_class:
                in_class = ch != "]"
            elif ch == "[":
                in_class = True
            elif ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    break
                depth -= 1
            elif ch == "|" and depth == 0:
                parts.append(text[start:i])
                start = i + 1
            i += 1
        parts.append(text[start:i])
        return parts, i

    if not source.startswith(prefix):
        return split(source)[0]
    inner, end = split(source[len(prefix):])
    rest = source[len(prefix) + end + 1:]
    return [f"{prefix}{a})" for a in inner] + (split(rest[1:])[0] if rest.startswith("|") else [])


class CueTable:
    """Every cue alternative (feature, pattern index, source), which generators' requests each one
    matches, and the cue table without a chosen set of them."""

    def __init__(self, splits: dict[str, Split]) -> None:
        self.entries = [(name, i, alt) for name, patterns in CUES.items()
                        for i, p in enumerate(patterns) for alt in alternatives(p)]
        self.fired: list[dict[str, set[int]]] = []
        for _, _, alt in self.entries:
            compiled, where = re.compile(alt), {}
            for gen, split in splits.items():
                hit = {k for k, text in enumerate(split.requests) if compiled.search(text)}
                if hit:
                    where[gen] = hit
            self.fired.append(where)

    def without(self, drop: set[int]) -> Cues:
        return {name: tuple(re.compile("|".join(alt for k, (n, i, alt) in enumerate(self.entries)
                                                if n == name and i == j and k not in drop) or "(?!)")
                            for j in range(len(patterns)))
                for name, patterns in CUES.items()}

    def touched(self, gen: str, drop: set[int]) -> int:
        """How many of `gen`'s prompts a dropped alternative matches."""
        return len(set().union(set(), *(self.fired[k].get(gen, set()) for k in drop)))

    def own(self, gen: str) -> set[int]:
        """Alternatives that match `gen`'s requests and no other generator's."""
        return {k for k, where in enumerate(self.fired) if set(where) == {gen}}

    def written_after(self, since: str) -> set[int] | None:
        """Alternatives that entered gateway/signals/complexity.py in a commit dated at or after
        `since` (git's pickaxe on the alternative between list delimiters); None without git history."""
        out = set()
        for k, (_, _, alt) in enumerate(self.entries):
            inner = alt[len(r"\b(?:"):-1] if alt.startswith(r"\b(?:") else alt
            ere = re.sub(r"([.\[\]()*+?{}|^$\\])", r"\\\1", inner)
            first = _git("log", "--reverse", "--format=%cI", "--pickaxe-regex", f"-S(^|[|\"(:]){ere}([|\")]|$)",
                         "--", "gateway/signals/complexity.py")
            if first is None:
                return None
            if first and first.split()[0] >= since:
                out.add(k)
        return out


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def data_added(split: str) -> str | None:
    """When a split's complexity set entered the repository (from then on people could read it)."""
    out = _git("log", "--reverse", "--diff-filter=A", "--format=%cI", "--", f"bench/data/signals/complexity_{split}.jsonl")
    return out.split()[0] if out else None


def leave_one_generator_out() -> None:
    """Each generator scored by a model fitted on the other generators only (vocabulary too): with
    every cue; without the cue alternatives only it matches (own); without those written into
    complexity.py since its set was in the repository (history; n/a for the template generator,
    whose set the first lists were written against); then the spread over generators."""
    splits = {name: Split(load(group)) for name, group in GENERATORS.items()}
    table = CueTable(splits)
    print(f"{'held out':10s} {'n':>4s} | {'all cues':>14s} | {'own dropped':>14s} {'cues':>4s} {'hit':>4s} | "
          f"{'history':>14s} {'cues':>4s} {'hit':>4s}")
    rows = []
    for name, split in splits.items():
        train = [s for k, s in splits.items() if k != name]
        vocab = vocabulary(train)
        w = fit(np.concatenate([design_matrix(s.analyses, vocab) for s in train]), np.concatenate([s.y for s in train]))
        since = data_added(GENERATORS[name][0]) if name != "template" else None
        later = table.written_after(since) if since else None
        row, cells = [], []
        for drop in (set(), table.own(name), later):
            if drop is None:
                row += [np.nan, np.nan]
                cells.append(f"{'n/a':>14s} {'':>4s} {'':>4s}")
                continue
            s = design_matrix(split.reanalysed(table.without(drop)) if drop else split.analyses, vocab) @ w
            row += [auroc(s, split.y), auroc(s[split.adversarial], split.y[split.adversarial])]
            cells.append(f"{row[-2]:6.3f} / {row[-1]:5.3f}" + (f" {len(drop):4d} {table.touched(name, drop):4d}" if drop or cells else ""))
        rows.append(row)
        print(f"{name:10s} {len(split.y):4d} | " + " | ".join(cells))
    a = np.array(rows)
    for label, f in (("min", np.nanmin), ("median", np.nanmedian), ("max", np.nanmax)):
        print(f"{label:10s} {'':4s} | " + " | ".join(f"{f(a[:, c]):6.3f} / {f(a[:, c + 1]):5.3f}" + ("" if c == 0 else " " * 10)
                                                    for c in (0, 2, 4)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--logo", action="store_true", help="leave-one-generator-out spread; writes nothing")
    if parser.parse_args().logo:
        leave_one_generator_out()
        return
    splits = [Split(load(group)) for group in GENERATORS.values()]
    vocab = vocabulary(splits)
    x, y = np.concatenate([design_matrix(s.analyses, vocab) for s in splits]), np.concatenate([s.y for s in splits])
    w = fit(x, y)
    p = 1.0 / (1.0 + np.exp(-(x @ w)))
    print(f"train n={len(y)} accuracy@0.5={np.mean((p >= 0.5) == y):.3f} vocabulary={len(vocab)} words")
    words = {word: round(float(v), 4) for word, v in zip(vocab, w[len(FEATURES):-1]) if abs(v) >= 0.005}
    MODEL.write_text(json.dumps({
        "kind": "logistic_regression",
        "trained_on": [f"bench/data/signals/complexity_{s}.jsonl" for group in GENERATORS.values() for s in group],
        "weights": {name: round(float(v), 5) for name, v in zip(FEATURES, w)}, "bias": round(float(w[-1]), 5),
        "vocabulary": words,
    }, indent=1, ensure_ascii=False) + "\n")
    for name, v in sorted(zip(FEATURES, w), key=lambda t: -abs(t[1])):
        print(f"  {name:18s} {v:+.3f}")
    top = sorted(words.items(), key=lambda t: t[1])
    print("  words, most easy:", ", ".join(f"{k} {v:+.2f}" for k, v in top[:12]))
    print("  words, most hard:", ", ".join(f"{k} {v:+.2f}" for k, v in top[-12:]))


if __name__ == "__main__":
    main()
