"""Partial GPU offload (llama.cpp's `n_gpu_layers`): the last N layers, and optionally the output
head, run on an NVIDIA GPU through numba's CUDA target; the rest stays on the CPU.

    placement.py  n_gpu_layers planner (int | "all" | "auto"), GpuPlan(.describe()), plan_for_vram — no CUDA import
    spec.py       LayerSpec per layer, from the ModelConfig/Rope the CPU blocks use — no CUDA import
    device.py     GPU detection, free VRAM, one-time weight upload, device KV cache
    kernels.py    RMSNorm, RoPE, attention over the device KV cache, GLU, adds
    layers.py     GpuLayerStack (trailing layers + device KV cache), GpuOutputHead
    offload.py    GpuOffload: the one object the engine holds (plan + stack + head)
    (quantized products: local_engine/quants/cuda.py)

Importing this package does not import numba.cuda; `device`/`layers` do so on first use.
"""

from local_engine.gpu.placement import (
    GpuPlan,
    GpuUnavailableError,
    ModelFootprint,
    NGpuLayers,
    footprint_from_gguf,
    format_plan,
    parse_n_gpu_layers,
    plan_for_file,
    plan_for_vram,
    plan_placement,
    resolve_plan,
)

__all__ = [
    "GpuPlan",
    "GpuUnavailableError",
    "ModelFootprint",
    "NGpuLayers",
    "footprint_from_gguf",
    "format_plan",
    "parse_n_gpu_layers",
    "plan_for_file",
    "plan_for_vram",
    "plan_placement",
    "resolve_plan",
]
