"""The n_gpu_layers planner: memory formula, explicit/all/auto requests, CPU fallback, formatting."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from local_engine.api import EngineError
from local_engine.gpu import device, placement
from local_engine.kv_cache import ring_cells_for
from local_engine.models.batch import PREFILL_CHUNK
from local_engine.gpu.placement import (
    GIB,
    MIB,
    GpuUnavailableError,
    ModelFootprint,
    format_plan,
    parse_n_gpu_layers,
    plan_for_file,
    plan_for_vram,
    plan_placement,
    resolve_plan,
    tensor_device_bytes,
)

FP = ModelFootprint(
    arch="llama", n_layers=4, layer_bytes=(10 * MIB,) * 4, output_bytes=20 * MIB,
    n_embd=64, n_heads=4, n_kv_heads=2, head_dim=16, n_ff=128,
)
N_CTX = 1024


def test_device_bytes_follow_the_gguf_block_sizes() -> None:
    assert tensor_device_bytes(8, (4, 64)) == 4 * 2 * 34  # Q8_0: 34 B per 32 weights
    assert tensor_device_bytes(3, (4, 64)) == 4 * 2 * 20  # Q4_1
    assert tensor_device_bytes(12, (2, 256)) == 2 * 144  # Q4_K
    assert tensor_device_bytes(1, (3, 10)) == 3 * 10 * 4  # F16 is widened to float32 on the device


def test_kv_formula() -> None:
    """The device KV cache holds the CPU pool's element types: f16 by default (2 bytes a value),
    q8_0 34 bytes per 32 values; a sliding-window layer keeps only its ring of cells."""
    assert FP.kv_bytes_per_layer(N_CTX) == 2 * 2 * 16 * 2 * N_CTX
    assert FP.kv_bytes_per_layer(N_CTX, n_slots=3) == 3 * FP.kv_bytes_per_layer(N_CTX)
    q8 = ModelFootprint("llama", 1, (0,), 0, n_embd=64, n_heads=2, n_kv_heads=2, head_dim=64, n_ff=64)
    assert q8.kv_bytes_per_layer(N_CTX, type_k="q8_0", type_v="q8_0") == 2 * 2 * (64 // 32 * 34) * N_CTX
    assert q8.kv_bytes_per_layer(N_CTX, type_k="q8_0") == 2 * (64 // 32 * 34 + 64 * 2) * N_CTX
    swa = ModelFootprint("gemma3", 2, (0, 0), 0, n_embd=64, n_heads=2, n_kv_heads=1, head_dim=32, n_ff=64,
                         layer_windows=(512, 0))
    ring = ring_cells_for(512, PREFILL_CHUNK, 8192)
    assert 512 < ring < 8192
    assert swa.kv_bytes_per_layer(8192, layer=0) == 2 * 32 * 2 * ring
    assert swa.kv_bytes_per_layer(8192, layer=1) == 2 * 32 * 2 * 8192
    assert swa.kv_bytes_per_layer(ring, layer=0) == 2 * 32 * 2 * ring  # a ring no smaller than the context: none
    plan = plan_placement(swa, "all", 8192, None, type_k="q8_0", type_v="q8_0")
    assert plan.kv_bytes == 2 * 34 * (ring + 8192)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("auto", "auto"), ("ALL", "all"), (" 3 ", 3), (0, 0), (-1, "all"), (7, 7)],
)
def test_parse_n_gpu_layers(value: str | int, expected: object) -> None:
    assert parse_n_gpu_layers(value) == expected


@pytest.mark.parametrize("value", ["some", "-2", -5, "1.5"])
def test_parse_n_gpu_layers_rejects_nonsense(value: str | int) -> None:
    with pytest.raises(ValueError, match="n_gpu_layers"):
        parse_n_gpu_layers(value)


def test_explicit_counts_take_the_last_layers_and_the_head_past_n_layers() -> None:
    p = plan_placement(FP, 2, N_CTX, None)
    assert (p.n_gpu_layers, p.first_gpu_layer, list(p.gpu_layers), p.output_on_gpu) == (2, 2, [2, 3], False)
    assert p.on_gpu(3) and not p.on_gpu(1)
    assert p.weights_bytes == 20 * MIB
    assert p.kv_bytes == 2 * FP.kv_bytes_per_layer(N_CTX)
    assert p.placement == "hybrid:2/4"
    over = plan_placement(FP, 5, N_CTX, None)
    assert (over.n_gpu_layers, over.output_on_gpu, over.placement) == (4, True, "gpu")
    assert over.weights_bytes == 60 * MIB
    assert plan_placement(FP, 99, N_CTX, None).n_gpu_layers == 4
    assert plan_placement(FP, "all", N_CTX, None).placement == "gpu"


def test_zero_layers_is_the_cpu_plan_with_no_device_memory() -> None:
    p = plan_placement(FP, 0, N_CTX, 8 * GIB)
    assert (p.placement, p.total_bytes) == ("cpu", 0)


def test_explicit_request_that_overflows_is_kept_but_flagged() -> None:
    p = plan_placement(FP, 4, N_CTX, 530 * MIB, margin_bytes=512 * MIB)  # 18 MiB left for ~46 MiB
    assert p.n_gpu_layers == 4
    assert "WARNING" in p.reason


def test_auto_fits_everything_when_it_can() -> None:
    p = plan_placement(FP, "auto", N_CTX, 8 * GIB)
    assert (p.n_gpu_layers, p.output_on_gpu) == (4, True)
    assert p.total_bytes <= p.budget_bytes  # type: ignore[operator]


def test_auto_takes_the_most_trailing_layers_that_fit() -> None:
    per_layer = 10 * MIB + FP.kv_bytes_per_layer(N_CTX)
    scratch = FP.scratch_bytes(N_CTX)
    margin = 100 * MIB
    free = margin + scratch + 3 * per_layer + MIB  # room for 3 layers, not 4, not the head
    p = plan_placement(FP, "auto", N_CTX, free, margin_bytes=margin)
    assert (p.n_gpu_layers, p.first_gpu_layer, p.output_on_gpu) == (3, 1, False)
    assert p.total_bytes == scratch + 3 * per_layer <= p.budget_bytes  # type: ignore[operator]
    assert "3 of 4 layers fit" in p.reason


def test_auto_with_too_little_memory_stays_on_cpu() -> None:
    p = plan_placement(FP, "auto", N_CTX, 100 * MIB, margin_bytes=512 * MIB)
    assert p.placement == "cpu"
    assert "not even one layer" in p.reason


def test_auto_without_a_known_limit_offloads_everything() -> None:
    assert plan_placement(FP, "auto", N_CTX, None).placement == "gpu"


def test_format_plan_names_the_split_the_bytes_and_the_reason() -> None:
    text = format_plan(plan_placement(FP, 3, N_CTX, 2 * GIB))
    assert "n_gpu_layers: 3/4 (requested 3) -> hybrid:3/4" in text
    assert "layers 1..3 on GPU, 0..0 on CPU; output head on CPU" in text
    assert "weights 30.0 MiB" in text and "budget 1.50 GiB" in text
    assert "reason: n_gpu_layers=3 requested" in text


def _no_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(device, "gpu_available", lambda: False)
    monkeypatch.setattr(device, "unavailable_reason", lambda: "no driver")


def test_without_a_gpu_one_clear_warning_and_cpu(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    _no_gpu(monkeypatch)
    with caplog.at_level(logging.WARNING, logger="local_engine.gpu"):
        p = resolve_plan(FP, 2, N_CTX)
    assert p.placement == "cpu"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "n_gpu_layers=2 but no CUDA GPU is usable (no driver)" in warnings[0].getMessage()
    assert "running all 4 layers on the CPU" in warnings[0].getMessage()


def test_require_gpu_turns_the_fallback_into_an_engine_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_gpu(monkeypatch)
    with pytest.raises(GpuUnavailableError, match="no CUDA GPU") as err:
        resolve_plan(FP, "auto", N_CTX, require_gpu=True)
    assert isinstance(err.value, EngineError)


def test_zero_layers_never_probes_the_device(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom() -> bool:
        raise AssertionError("probed")

    monkeypatch.setattr(device, "gpu_available", boom)
    assert resolve_plan(FP, 0, N_CTX, require_gpu=True).placement == "cpu"


def test_resolve_plans_from_free_vram_and_logs_the_plan(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(device, "gpu_available", lambda: True)
    monkeypatch.setattr(device, "free_vram_bytes", lambda: 8 * GIB)
    monkeypatch.setattr(device, "device_name", lambda: "Test GPU")
    with caplog.at_level(logging.INFO, logger="local_engine.gpu"):
        p = resolve_plan(FP, "auto", N_CTX)
    assert p.placement == "gpu"
    assert "GPU placement for llama on Test GPU" in caplog.text
    assert p.budget_bytes == 8 * GIB - placement.DEFAULT_MARGIN_BYTES


def test_plan_for_vram_reads_only_the_header_of_a_path_or_an_open_file(tmp_path: Path) -> None:
    from local_engine.gguf_file import GGUFFile
    from local_engine.testing.synthetic import T, TinySpec, write_tiny_model

    path = tmp_path / "tiny.gguf"
    write_tiny_model(path, TinySpec("gemma3", n_layers=3, n_embd=64, n_ff=64, n_heads=2, n_kv_heads=1, head_dim=32,
                                    sliding_window=4, weight_types=(T.Q8_0,)))
    by_path = plan_for_vram(path, 8, n_ctx=256)
    by_file = plan_for_vram(GGUFFile.open(path), 8, n_ctx=256)
    assert by_path == by_file and by_path.placement == "gpu" and by_path.n_layers == 3
    assert by_path.kv_bytes == 3 * 2 * 1 * 32 * 2 * 256  # f16; a window ring would not be smaller than 256
    assert by_path.describe() == format_plan(by_path)
    assert "n_gpu_layers: 3/3 (requested auto) -> gpu" in by_path.describe()
    tight = plan_for_vram(path, (512 * MIB + by_path.scratch_bytes + by_path.kv_bytes // 3 + 40_000) / GIB, n_ctx=256)
    assert tight.placement == "hybrid:1/3" and "auto: 1 of 3 layers fit" in tight.describe()
    assert plan_for_vram(path, 8, n_ctx=256, request=2).placement == "hybrid:2/3"
    assert plan_for_file is plan_for_vram


@pytest.mark.realmodel
def test_plan_gpu_for_the_real_models_without_a_gpu(smollm2_path: Path, gemma3_path: Path) -> None:
    smol = plan_for_file(str(smollm2_path), 8, n_ctx=4096)
    assert (smol.n_layers, smol.placement) == (30, "gpu")
    assert 60 * MIB < smol.weights_bytes < 110 * MIB  # the 98 MB file, tied Q8_0 head included
    gemma = plan_for_file(str(gemma3_path), 0.6, n_ctx=4096)
    assert gemma.n_layers == 18 and 0 < gemma.n_gpu_layers < 18 and not gemma.output_on_gpu
    # f16 K and V of 1 KV head x 256; the 5 of 6 sliding-window layers keep a ring of
    # pad(512 + PREFILL_CHUNK, 256) cells, every 6th layer the whole context (llama.cpp's SWA cache)
    ring = -(-(512 + PREFILL_CHUNK) // 256) * 256
    cells = [4096 if i % 6 == 5 else ring for i in range(18 - gemma.n_gpu_layers, 18)]
    assert gemma.kv_bytes == sum(2 * 1 * 256 * 2 * c for c in cells)
    # every layer on the device: the same KV bytes as the CPU pool's (and llama.cpp's, test_cli_engine)
    from local_engine.cli import model_summary

    for path, kv in ((gemma3_path, "f16"), (smollm2_path, "q8_0")):
        plan = plan_for_file(str(path), 8, n_ctx=4096, request="all", type_k=kv, type_v=kv)
        assert plan.kv_bytes == model_summary(path, 4096, kv, kv)["kv_bytes"]


async def test_policy_require_gpu_makes_the_local_route_unavailable_not_the_gateway(
    monkeypatch: pytest.MonkeyPatch, smollm2_path: Path
) -> None:
    """Policy YAML sets n_gpu_layers/require_gpu per local model; without a GPU the route reports why."""
    from gateway.backends import BackendRegistry
    from gateway.policy.schema import Policy

    _no_gpu(monkeypatch)
    route = {"backend": "local", "model": str(smollm2_path), "n_gpu_layers": 4, "require_gpu": True, "n_ctx": 256}
    policy = Policy.model_validate({"default_route": "gpu", "routes": {"gpu": route}})
    registry = BackendRegistry()
    await registry.sync(policy)
    try:
        status = registry.get("gpu")
        assert status is not None and not status.available
        assert "require_gpu" in (status.why_unavailable or "")
    finally:
        await registry.close()
