"""bench/engine.py's compute bounds: the 16-stream row is bounded by every multiply-accumulate of
its run (the prompts' too), not only by the decode tokens it counts."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench_engine() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_engine", ROOT / "bench" / "engine.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _result(prompts: list[int]) -> dict:
    return {"model": "m", "weight_macs": 1_000, "head_macs": 100, "stream_prompt_tokens": prompts, "stream_tokens": 4,
            "limit": {"int8_gmacs": 1.0}, "ours": {"aggregate": {"16": 1.0e6}}, "llamacpp": {"aggregate": {"16": 1.0e5}}}


def test_workload_bound_counts_prompt_rows_without_the_head(bench_engine: ModuleType) -> None:
    # two requests of 3 and 5 prompt tokens, 4 tokens each: prompts 3*900+100 + 5*900+100, decode 2*3*1000
    macs = (3 * 900 + 100) + (5 * 900 + 100) + 2 * 3 * 1000
    assert bench_engine.workload_ceiling(_result([3, 5]), 1.0) == pytest.approx(1e9 * 8 / macs)


def test_workload_bound_is_below_the_decode_only_bound(bench_engine: ModuleType) -> None:
    r = _result([20] * 16)
    assert bench_engine.workload_ceiling(r, 1.0) < 1e9 / r["weight_macs"]
    text = bench_engine.compute_ceiling(r)
    assert text is not None and "the 16-stream run itself" in text and "6x needs" in text


def test_no_bound_without_the_run_shape(bench_engine: ModuleType) -> None:
    r = _result([])
    assert bench_engine.workload_ceiling(r, 1.0) is None
    assert "16-stream run itself" not in (bench_engine.compute_ceiling(r) or "")
