"""Harvest the PII detector's spans, with their context and a private/public label, from the signal splits.

Why: the span judge (gateway/signals/span_judge.py) learns whether a value the rules found is somebody's or an
organisation's, a public figure's, a document's, from the labelled splits' records. Each row is one span:
- `final`: a span the detector reports (what the judge decides on at serving time);
- `rejected`: a candidate a recognizer produced that the rules then dropped (`PiiDetector._accept`): more of the
  public side's contexts to learn from.
Labels: 0 for every span in a benign record (nothing in it is personal data, by the split's writer), 1 for a span
overlapping a value the sensitive record lists, none otherwise (a sensitive record's other spans: unknown).

    python bench/span_judge_data.py --out /tmp/spans.jsonl [--split X ...] [--source now]
    python bench/span_judge_data.py --out /tmp/first.jsonl --first-looks [--since 2026-12-05] [--until 2026-12-06]

`--first-looks` harvests what the rules accepted before they had seen each split: for every split with a
bench/results/signals-<split>-first-look.txt, the detector of the commit before the one that added that file (a
temporary `git worktree`), on that split. Those spans hold the public contexts of worlds the rules had not yet
met, the judge's most useful negatives. `--since`: only first looks committed on or after that date (older
checkouts predate the detector's `labelled` argument); `--until`: on or before it (two date ranges harvest in
parallel on two cores).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "signals"
LEFT, RIGHT = 240, 120


def _occurrences(text: str, values: list[str]) -> list[tuple[int, int]]:
    spans = []
    for value in values:
        if len(value) < 2:
            continue
        at = text.find(value)
        while at >= 0 and len(spans) < 200:
            spans.append((at, at + len(value)))
            at = text.find(value, at + 1)
    return spans


def _label(record: dict[str, Any], text: str, start: int, end: int) -> int | None:
    if not record["sensitive"]:
        return 0
    values = [e["value"] for e in record["entities"] if isinstance(e, dict) and isinstance(e.get("value"), str)]
    if not values:
        return None
    return 1 if any(a < end and start < b for a, b in _occurrences(text, values)) else None


def _row(split: str, record: dict[str, Any], text: str, start: int, end: int, entity: str, kind: str,
         source: str) -> dict[str, Any]:
    return {"split": split, "id": record["id"], "sensitive": record["sensitive"], "label": _label(record, text, start, end),
            "type": entity, "kind": kind, "source": source, "left": text[max(0, start - LEFT):start],
            "value": text[start:end], "right": text[end:end + RIGHT], "at": start}


def harvest(split: str, source: str) -> list[dict[str, Any]]:
    from gateway.signals import SignalSettings
    from gateway.signals.outgoing import build_outgoing
    from gateway.signals.pii import PiiDetector

    settings = SignalSettings().pii
    if "span_judge" in type(settings).model_fields:  # the rules' own spans: what the judge is trained to judge
        settings = settings.model_copy(update={"span_judge": False})
    detector = PiiDetector(settings)
    original = PiiDetector._accept
    rejected: list[tuple[str, int, int, str]] = []

    def watching(self: PiiDetector, text: str, results: list[Any], index: int, offset: int) -> list[Any]:
        before = [(r.start, r.end, r.entity_type) for r in results]
        accepted = original(self, text, results, index, offset)
        kept = [(f.where[1] - offset, f.end - offset, f.entity_type) for f in accepted]
        for a, b, entity in before:
            if not any(t == entity and x < b and a < y for x, y, t in kept):
                rejected.append((text, a, b, entity))
        return accepted

    PiiDetector._accept = watching  # type: ignore[method-assign]
    rows: list[dict[str, Any]] = []
    try:
        for line in (DATA / f"pii_{split}.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            out = build_outgoing(record["body"], record["endpoint"])
            rejected.clear()
            result = detector.detect(list(out.texts), locate=True, labelled=out.labelled)
            for span in result.spans:
                text = out.texts[span.index]
                rows.append(_row(split, record, text, span.start, span.end, span.entity_type, "final", source))
            seen = set()
            for text, a, b, entity in rejected:
                if (a, b, entity, text[max(0, a - 40):a]) in seen or b <= a:
                    continue
                seen.add((a, b, entity, text[max(0, a - 40):a]))
                rows.append(_row(split, record, text, a, b, entity, "rejected", source))
    finally:
        PiiDetector._accept = original  # type: ignore[method-assign]
    return rows


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=HERE.parent, check=True, capture_output=True, text=True).stdout.strip()


def first_looks(out: str, since: str, until: str = "9999-12-31") -> None:
    """Each first-look split harvested with the detector it was first evaluated with (see the module's doc)."""
    by_commit: dict[str, list[str]] = defaultdict(list)
    for path in sorted((HERE / "results").glob("signals-*-first-look.txt")):
        added = _git("log", "--diff-filter=A", "--format=%h %cs", "-1", "--", str(path.relative_to(HERE.parent)))
        if added and since <= added.split()[1] <= until:
            by_commit[added.split()[0]].append(path.name[len("signals-"):-len("-first-look.txt")])
    for k, (commit, splits) in enumerate(sorted(by_commit.items()), 1):
        checkout = Path(tempfile.mkdtemp(prefix="first-look-")) / "tree"
        _git("worktree", "add", "--detach", str(checkout), f"{commit}^")
        try:
            shutil.copy(Path(__file__), checkout / "bench" / Path(__file__).name)
            print(f"({k}/{len(by_commit)}) rules of {commit}^ on {', '.join(splits)}", file=sys.stderr, flush=True)
            subprocess.run([sys.executable, str(checkout / "bench" / Path(__file__).name), "--out", out, "--source",
                            "first-look", *[a for s in splits for a in ("--split", s)]],
                           cwd=checkout, env={**os.environ, "PYTHONPATH": str(checkout)}, check=True)
        finally:
            _git("worktree", "remove", "--force", str(checkout))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--split", action="append")
    parser.add_argument("--source", default="now")
    parser.add_argument("--first-looks", action="store_true")
    parser.add_argument("--since", default="2026-12-05")
    parser.add_argument("--until", default="9999-12-31", help="only first looks committed on or before this date")
    args = parser.parse_args()
    if args.first_looks:
        first_looks(args.out, args.since, args.until)
        return
    splits = args.split or sorted(p.stem[4:] for p in DATA.glob("pii_*.jsonl"))
    with open(args.out, "a", encoding="utf-8") as out:
        for k, split in enumerate(splits, 1):
            began = time.perf_counter()
            rows = harvest(split, args.source)
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
            print(f"[{k}/{len(splits)}] {split}: {len(rows)} spans, {time.perf_counter() - began:.0f} s",
                  file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
