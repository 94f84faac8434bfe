"""Which layers go on the GPU: the `n_gpu_layers` planner (pure arithmetic, no CUDA import).

Like llama.cpp, offload means the *last* N transformer layers run on the GPU (so the hidden
state crosses the bus once per step, at the boundary), and N > n_layers also puts the output
head there. `auto` sizes N from free VRAM with the memory formula

    per layer:  weights (GGUF block bytes; float matrices widened to float32)
              + KV cache (2 × kv_heads × head_dim × 4 B × n_ctx × sequence slots)
    once:       activation scratch for a prefill chunk + a safety margin (CUDA context,
                allocator slack, fragmentation)

and the plan says why it chose what it chose. Planning needs only the GGUF header, so
`python -m local_engine info MODEL --plan-gpu VRAM_GB` works on a machine without a GPU.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from math import prod
from typing import Literal

from gguf import GGML_QUANT_SIZES, GGMLQuantizationType

from local_engine.api import EngineError
from local_engine.kv_cache import KVType, element_bytes, ring_cells_for
from local_engine.models.batch import PREFILL_CHUNK

log = logging.getLogger("local_engine.gpu")

NGpuLayers = int | Literal["all", "auto"]
MIB = 1 << 20
GIB = 1 << 30
DEFAULT_MARGIN_BYTES = 512 * MIB  # CUDA context + allocator slack; llama.cpp's fit uses ~1 GiB
HEAD_ROWS = 8  # logits rows the device output head computes per call
_FLOAT_TYPES = frozenset({GGMLQuantizationType.F32, GGMLQuantizationType.F16, GGMLQuantizationType.BF16})
_LAYER_RE = re.compile(r"^blk\.(\d+)\.")


class GpuUnavailableError(EngineError):
    """`require_gpu` was set but no usable CUDA GPU (or too little VRAM) was found."""


def tensor_device_bytes(ggml_type: int, shape: Sequence[int]) -> int:
    """VRAM one tensor takes once uploaded: packed blocks as in the file, float types as float32."""
    t = GGMLQuantizationType(int(ggml_type))
    n = prod(int(d) for d in shape)
    if t in _FLOAT_TYPES:
        return n * 4
    block, size = GGML_QUANT_SIZES[t]
    return n // block * size


@dataclass(frozen=True)
class ModelFootprint:
    """What the planner needs from a model: bytes per layer and the KV-cache geometry."""

    arch: str
    n_layers: int
    layer_bytes: tuple[int, ...]  # device bytes of each layer's tensors
    output_bytes: int  # output norm + head (a copy of the tied embedding if no output.weight) + logits buffer
    n_embd: int
    n_heads: int
    n_kv_heads: int
    head_dim: int
    n_ff: int
    layer_windows: tuple[int, ...] = ()  # sliding window of each layer (0: full attention; empty: none)

    def kv_bytes_per_layer(
        self, n_ctx: int, n_slots: int = 1, layer: int = -1, type_k: KVType = "f16", type_v: KVType = "f16"
    ) -> int:
        """kv_heads × (K + V bytes of head_dim values) × cells, per sequence slot: the device KV
        cache of `layer` (cells: n_ctx, or a sliding-window layer's ring, as gpu/device.py allocates)."""
        window = self.layer_windows[layer] if self.layer_windows else 0
        cells = ring_cells_for(window, PREFILL_CHUNK, n_ctx) or n_ctx
        per_cell = self.n_kv_heads * (element_bytes(type_k, self.head_dim) + element_bytes(type_v, self.head_dim))
        return per_cell * cells * n_slots

    def scratch_bytes(self, n_ctx: int, chunk: int = PREFILL_CHUNK) -> int:
        """Activation buffers for one chunk of tokens, attention scores [chunk, heads, n_ctx] included."""
        q = self.n_heads * self.head_dim
        kv = self.n_kv_heads * self.head_dim
        per_token = 3 * self.n_embd + 2 * q + 2 * kv + 2 * self.n_ff + self.n_heads * n_ctx
        return chunk * per_token * 4


def footprint_from_tensors(
    arch: str,
    tensors: Iterable[tuple[str, int, Sequence[int]]],
    *,
    n_layers: int,
    n_embd: int,
    n_heads: int,
    n_kv_heads: int,
    head_dim: int,
    n_ff: int,
    layer_windows: tuple[int, ...] = (),
) -> ModelFootprint:
    """Footprint from (name, ggml_type, shape) triples and the model's hyper-parameters."""
    layer_bytes = [0] * n_layers
    named: dict[str, tuple[int, int]] = {}  # name -> (device bytes, rows)
    for name, ggml_type, shape in tensors:
        nbytes = tensor_device_bytes(ggml_type, shape)
        m = _LAYER_RE.match(name)
        if m and int(m.group(1)) < n_layers:
            layer_bytes[int(m.group(1))] += nbytes
        else:
            named[name] = (nbytes, int(shape[0]))
    head_bytes, vocab = named.get("output.weight", named.get("token_embd.weight", (0, 0)))
    output_bytes = head_bytes + named.get("output_norm.weight", (0, 0))[0] + HEAD_ROWS * (vocab + n_embd) * 4
    return ModelFootprint(
        arch, n_layers, tuple(layer_bytes), output_bytes,
        n_embd, n_heads, n_kv_heads, head_dim, n_ff, layer_windows,
    )


def footprint_from_gguf(g: object) -> ModelFootprint:
    """Footprint of an opened `local_engine.gguf_file.GGUFFile` (header only; no weight is read)."""
    from local_engine.gguf_file import GGUFFile
    from local_engine.models.config import ModelConfig

    assert isinstance(g, GGUFFile)
    cfg = ModelConfig.from_metadata(g.metadata)
    n_heads = int(g.arch_value("attention.head_count"))
    n_embd = int(g.arch_value("embedding_length"))
    kv = g.arch_value("attention.head_count_kv", n_heads)
    ff = g.arch_value("feed_forward_length", 0)
    return footprint_from_tensors(
        g.arch,
        ((t.name, int(t.ggml_type), t.shape) for t in g.tensors.values()),
        n_layers=int(g.arch_value("block_count")),
        n_embd=n_embd,
        n_heads=n_heads,
        n_kv_heads=int(kv if not hasattr(kv, "__len__") else max(kv)),
        head_dim=int(g.arch_value("attention.key_length", n_embd // n_heads)),
        n_ff=int(ff if not hasattr(ff, "__len__") else max(ff)),
        layer_windows=tuple(cfg.layer_window(i) for i in range(cfg.n_layers)),
    )


@dataclass(frozen=True)
class GpuPlan:
    """The placement decision: the last `n_gpu_layers` layers (and maybe the head) on the GPU."""

    requested: str
    n_layers: int
    n_gpu_layers: int
    output_on_gpu: bool
    weights_bytes: int
    kv_bytes: int
    scratch_bytes: int
    budget_bytes: int | None  # free VRAM minus margin; None when unknown (no limit applied)
    reason: str

    @property
    def first_gpu_layer(self) -> int:
        """Index of the first GPU layer (== n_layers when nothing is offloaded)."""
        return self.n_layers - self.n_gpu_layers

    @property
    def gpu_layers(self) -> range:
        return range(self.first_gpu_layer, self.n_layers)

    def on_gpu(self, layer: int) -> bool:
        return layer >= self.first_gpu_layer

    @property
    def total_bytes(self) -> int:
        return self.weights_bytes + self.kv_bytes + self.scratch_bytes

    def describe(self) -> str:
        """Human-readable plan for `info --plan-gpu`, the load log and /health."""
        return format_plan(self)

    @property
    def placement(self) -> str:
        """'cpu', 'gpu' (every layer and the head) or 'hybrid:N/L' for ModelInfo and /health."""
        if self.n_gpu_layers == 0 and not self.output_on_gpu:
            return "cpu"
        if self.n_gpu_layers == self.n_layers and self.output_on_gpu:
            return "gpu"
        return f"hybrid:{self.n_gpu_layers}/{self.n_layers}"


def parse_n_gpu_layers(value: str | int) -> NGpuLayers:
    """CLI / policy YAML value -> int | 'all' | 'auto' (-1 means 'all', as in llama-cpp-python)."""
    if isinstance(value, str):
        v = value.strip().lower()
        if v in ("all", "auto"):
            return v  # type: ignore[return-value]
        try:
            value = int(v)
        except ValueError:
            raise ValueError(f"n_gpu_layers must be an integer, 'all' or 'auto', not {value!r}") from None
    if value == -1:
        return "all"
    if value < 0:
        raise ValueError(f"n_gpu_layers must be >= 0 (or -1 for all), not {value}")
    return value


def _cost(
    fp: ModelFootprint, n: int, head: bool, n_ctx: int, n_slots: int, type_k: KVType, type_v: KVType
) -> tuple[int, int, int]:
    """(weights, kv, scratch) bytes for the last n layers (+ head)."""
    weights = sum(fp.layer_bytes[fp.n_layers - n :]) if n else 0
    weights += fp.output_bytes if head else 0
    kv = sum(fp.kv_bytes_per_layer(n_ctx, n_slots, i, type_k, type_v) for i in range(fp.n_layers - n, fp.n_layers))
    scratch = fp.scratch_bytes(n_ctx) if (n or head) else 0
    return weights, kv, scratch


def plan_placement(
    fp: ModelFootprint,
    request: NGpuLayers,
    n_ctx: int,
    free_vram_bytes: int | None,
    *,
    margin_bytes: int = DEFAULT_MARGIN_BYTES,
    n_slots: int = 1,
    type_k: KVType = "f16",
    type_v: KVType = "f16",
) -> GpuPlan:
    """Decide the placement. Explicit requests are honoured (a warning reason if they overflow);
    `auto` takes everything if it fits, else the most trailing layers that fit (head stays on CPU)."""
    request = parse_n_gpu_layers(request)
    budget = None if free_vram_bytes is None else max(0, free_vram_bytes - margin_bytes)
    L = fp.n_layers

    def build(n: int, head: bool, reason: str) -> GpuPlan:
        w, kv, sc = _cost(fp, n, head, n_ctx, n_slots, type_k, type_v)
        if request != "auto" and budget is not None and w + kv + sc > budget:
            reason += f"; WARNING: needs {_fmt(w + kv + sc)} but only {_fmt(budget)} is free after the margin"
        return GpuPlan(str(request), L, n, head, w, kv, sc, budget, reason)

    if request == "all":
        return build(L, True, "all layers and the output head requested")
    if isinstance(request, int):
        n = min(request, L + 1)
        return build(min(n, L), n > L, f"n_gpu_layers={request} requested")
    if budget is None:
        return build(L, True, "auto: free VRAM unknown, offloading everything")
    if sum(_cost(fp, L, True, n_ctx, n_slots, type_k, type_v)) <= budget:
        return build(L, True, f"auto: the whole model fits in {_fmt(budget)}")
    n = L
    while n > 0 and sum(_cost(fp, n, False, n_ctx, n_slots, type_k, type_v)) > budget:
        n -= 1
    if n == 0:
        return build(0, False, f"auto: not even one layer fits in {_fmt(budget)} (margin {_fmt(margin_bytes)})")
    return build(n, False, f"auto: {n} of {L} layers fit in {_fmt(budget)} (margin {_fmt(margin_bytes)})")


def cpu_plan(fp: ModelFootprint, requested: NGpuLayers, reason: str) -> GpuPlan:
    """The everything-on-CPU plan (n_gpu_layers=0, or no GPU to use)."""
    return GpuPlan(str(requested), fp.n_layers, 0, False, 0, 0, 0, None, reason)


def resolve_plan(
    fp: ModelFootprint,
    request: NGpuLayers,
    n_ctx: int,
    *,
    require_gpu: bool = False,
    margin_bytes: int = DEFAULT_MARGIN_BYTES,
    n_slots: int = 1,
    type_k: KVType = "f16",
    type_v: KVType = "f16",
) -> GpuPlan:
    """The plan Engine.load uses: consult the device, fall back to CPU with one warning, log it."""
    request = parse_n_gpu_layers(request)
    if request == 0:
        return cpu_plan(fp, request, "n_gpu_layers=0")
    from local_engine.gpu import device

    if not device.gpu_available():
        msg = f"n_gpu_layers={request} but no CUDA GPU is usable ({device.unavailable_reason()})"
        if require_gpu:
            raise GpuUnavailableError(f"require_gpu: {msg}")
        log.warning("%s: running all %d layers on the CPU", msg, fp.n_layers)
        return cpu_plan(fp, request, msg + "; running on the CPU")
    plan = plan_placement(fp, request, n_ctx, device.free_vram_bytes(), margin_bytes=margin_bytes, n_slots=n_slots,
                          type_k=type_k, type_v=type_v)
    if require_gpu and plan.n_gpu_layers == 0 and not plan.output_on_gpu:
        raise GpuUnavailableError(f"require_gpu: {plan.reason}")
    log.info("GPU placement for %s on %s:\n%s", fp.arch, device.device_name(), format_plan(plan))
    return plan


def _fmt(n: int | None) -> str:
    if n is None:
        return "unknown"
    return f"{n / GIB:.2f} GiB" if n >= GIB else f"{n / MIB:.1f} MiB"


def format_plan(plan: GpuPlan) -> str:
    """Human-readable plan for `info --plan-gpu`, logs and /health."""
    layers = (
        f"layers {plan.first_gpu_layer}..{plan.n_layers - 1} on GPU, 0..{plan.first_gpu_layer - 1} on CPU"
        if 0 < plan.n_gpu_layers < plan.n_layers
        else ("all layers on GPU" if plan.n_gpu_layers == plan.n_layers else "all layers on CPU")
    )
    return "\n".join(
        [
            f"n_gpu_layers: {plan.n_gpu_layers}/{plan.n_layers} (requested {plan.requested}) -> {plan.placement}",
            f"  {layers}; output head on {'GPU' if plan.output_on_gpu else 'CPU'}",
            f"  VRAM: weights {_fmt(plan.weights_bytes)} + KV cache {_fmt(plan.kv_bytes)}"
            f" + scratch {_fmt(plan.scratch_bytes)} = {_fmt(plan.total_bytes)} (budget {_fmt(plan.budget_bytes)})",
            f"  reason: {plan.reason}",
        ]
    )


def plan_for_vram(
    gguf_or_path: object,
    vram_gb: float,
    n_ctx: int,
    request: NGpuLayers = "auto",
    *,
    margin_bytes: int = DEFAULT_MARGIN_BYTES,
    n_slots: int = 1,
    type_k: KVType = "f16",
    type_v: KVType = "f16",
) -> GpuPlan:
    """`info MODEL --plan-gpu VRAM_GB`: the plan a GPU with that much free memory would get.

    Takes a GGUFFile or a path; reads only the header, needs no GPU."""
    from local_engine.gguf_file import GGUFFile

    g = gguf_or_path if isinstance(gguf_or_path, GGUFFile) else GGUFFile.open(str(gguf_or_path))
    return plan_placement(footprint_from_gguf(g), request, n_ctx, int(vram_gb * GIB), margin_bytes=margin_bytes,
                          n_slots=n_slots, type_k=type_k, type_v=type_v)


plan_for_file = plan_for_vram  # the name local_engine/cli.py calls today
