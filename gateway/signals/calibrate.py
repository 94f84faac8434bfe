"""Fit the complexity thresholds to a traffic mix: "send X% of these prompts to the strong model".

RouteLLM-style calibration: score a reference set of prompts, put `high_min` where the chosen
share of them scores at or above it (the default policy sends tier `high` to the remote route),
and keep `low_max <= high_min`. The result is written into the policy file as ordinary
`signals.complexity` settings (comments and layout kept), so it is reviewed and versioned like
any other policy edit. `hybridgate policy calibrate` is the command.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway.signals.complexity import ComplexityScorer
from gateway.signals.extract import extract_texts
from gateway.signals.settings import ComplexitySettings


@dataclass(frozen=True)
class Calibration:
    high_min: float
    low_max: float
    share: float  # the share of the reference set that scores >= high_min (what was asked, up to ties)
    n: int


def load_prompts(path: Path) -> list[list[str]]:
    """Conversations from JSONL (bench-set records with `body`, or bare `messages` / `prompt` /
    `text` objects) or, for any other file, one prompt per non-empty line."""
    out: list[list[str]] = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        try:
            item: Any = json.loads(line)
        except json.JSONDecodeError:
            out.append([line])
            continue
        if isinstance(item, str):
            out.append([item])
        elif isinstance(item, dict) and isinstance(item.get("body"), dict):
            out.append(extract_texts(item["body"], item.get("endpoint", "chat")))
        elif isinstance(item, dict) and "messages" in item:
            out.append(extract_texts(item, "chat"))
        elif isinstance(item, dict) and isinstance(item.get("prompt") or item.get("text"), str):
            out.append([item.get("prompt") or item["text"]])
        else:
            raise ValueError(f"{path}: cannot read a prompt from {line[:80]!r}")
    return [texts for texts in out if texts]


def fit(conversations: list[list[str]], remote_share: float, low_max: float) -> Calibration:
    """Threshold halfway between the k-th and (k+1)-th highest scores, k = share of the set."""
    if not 0.0 <= remote_share <= 1.0:
        raise ValueError("remote share must be in [0, 1]")
    if not conversations:
        raise ValueError("no prompts to calibrate on")
    scorer = ComplexityScorer(ComplexitySettings())
    scores = sorted((scorer.score(texts).score for texts in conversations), reverse=True)
    k = round(remote_share * len(scores))
    if k == 0:
        high = min(1.0, scores[0] + 1e-4)
    elif k == len(scores):
        high = scores[-1]
    else:
        high = (scores[k - 1] + scores[k]) / 2
    high = round(high, 4)
    achieved = sum(s >= high for s in scores) / len(scores)
    return Calibration(high_min=high, low_max=round(min(low_max, high), 4), share=achieved, n=len(scores))


_KEY = re.compile(r"^(?P<indent>[ ]*)(?P<key>[A-Za-z_][\w-]*):(?P<rest>.*)$")


def write_thresholds(text: str, high_min: float, low_max: float) -> str:
    """`text` (a policy YAML) with signals.complexity.high_min / low_max set, everything else kept."""
    lines = text.splitlines(keepends=True)
    values = {"high_min": high_min, "low_max": low_max}

    def block_end(start: int, indent: int) -> int:
        for i in range(start + 1, len(lines)):
            m = _KEY.match(lines[i].rstrip("\n"))
            if lines[i].strip() and not lines[i].lstrip().startswith("#") and (
                    len(lines[i]) - len(lines[i].lstrip(" ")) <= indent or (m and len(m["indent"]) <= indent)):
                return i
        return len(lines)

    def find(key: str, lo: int, hi: int, indent: int | None) -> int | None:
        for i in range(lo, hi):
            m = _KEY.match(lines[i].rstrip("\n"))
            if m and m["key"] == key and (indent is None or len(m["indent"]) == indent):
                return i
        return None

    signals = find("signals", 0, len(lines), 0)
    if signals is None:
        tail = "" if not lines or lines[-1].endswith("\n") else "\n"
        return text + tail + f"signals:\n  complexity:\n    high_min: {high_min}\n    low_max: {low_max}\n"
    s_end = block_end(signals, 0)
    complexity = next((i for i in range(signals + 1, s_end)
                       if (m := _KEY.match(lines[i].rstrip("\n"))) and m["key"] == "complexity"
                       and len(m["indent"]) > 0), None)
    if complexity is None:
        child = _child_indent(lines, signals, s_end) or 2
        pad = " " * child
        lines.insert(signals + 1, f"{pad}complexity:\n{pad}  high_min: {high_min}\n{pad}  low_max: {low_max}\n")
        return "".join(lines)
    c_indent = len(_KEY.match(lines[complexity].rstrip("\n"))["indent"])  # type: ignore[index]
    c_end = block_end(complexity, c_indent)
    inner = _child_indent(lines, complexity, c_end) or c_indent + 2
    for key, value in values.items():
        at = find(key, complexity + 1, c_end, inner)
        if at is None:
            lines.insert(complexity + 1, f"{' ' * inner}{key}: {value}\n")
            c_end += 1
            continue
        comment = lines[at].split("#", 1)[1].rstrip("\n") if "#" in lines[at] else ""
        lines[at] = f"{' ' * inner}{key}: {value}" + (f"  #{comment}" if comment else "") + "\n"
    return "".join(lines)


def _child_indent(lines: list[str], parent: int, end: int) -> int | None:
    for i in range(parent + 1, end):
        if lines[i].strip() and not lines[i].lstrip().startswith("#"):
            return len(lines[i]) - len(lines[i].lstrip(" "))
    return None
