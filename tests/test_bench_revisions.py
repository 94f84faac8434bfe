"""bench/revisions.py's machinery without running a benchmark: a revision materialised with git
archive imports its own local_engine, and the table marks a regression in the right direction."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _revisions() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_revisions", ROOT / "bench" / "revisions.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _is_git_checkout() -> bool:
    probe = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _is_git_checkout(), reason="needs the git history (the source tree is not a git checkout)")
def test_a_materialised_revision_imports_its_own_engine(tmp_path: Path) -> None:
    rev = _revisions()
    tree, label = rev.materialise("HEAD", tmp_path)
    assert tree.parent == tmp_path and label.startswith("HEAD (")
    assert (tree / "bench" / "engine.py").is_file() and (tree / "local_engine" / "engine.py").is_file()
    rev.check_imports(tree)  # raises SystemExit if the installed checkout shadowed the tree
    assert rev.materialise(".", tmp_path)[0] == ROOT


def test_table_ratios_and_regressions() -> None:
    rev = _revisions()
    base = {"prefill_tok_s": 100.0, "decode_tok_s": 50.0, "ttft_s": 0.1, "aggregate": {"4": 80.0},
            "peak_rss_mb": 300.0, "cold_first_token_s": 2.0}
    head = {"prefill_tok_s": 110.0, "decode_tok_s": 45.0, "ttft_s": 0.2, "aggregate": {"4": 80.0},
            "peak_rss_mb": 300.0, "cold_first_token_s": 1.0}
    lines = rev.table([{"model": "m", "base": base, "head": head}], ("b", "h"), [4]).splitlines()
    row = {line[11:41].strip(): line for line in lines if line.startswith("m ")}  # model 10 wide, metric 30
    assert row["prefill tok/s (512 tokens)"].rstrip().endswith("1.10")
    assert row["decode tok/s (1 stream)"].endswith("0.90  regressed")  # slower decode
    assert row["time to first token ms"].endswith("2.00  regressed")  # a longer wait
    assert row["restart -> first token s"].rstrip().endswith("0.50")  # faster restart: no mark
    assert row["aggregate tok/s @4 streams"].rstrip().endswith("1.00")
