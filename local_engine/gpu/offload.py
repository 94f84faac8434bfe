"""The one object an engine holds for GPU offload: plan + device layers + (maybe) device head.

Integration (done in local_engine/models/transformer.py, loaded by Engine.load) is three calls:

    offload = GpuOffload.load(gguf, n_gpu_layers, n_ctx, require_gpu=..., n_slots=max_sequences)
    for i in range(offload.first_gpu_layer): x = cpu_layer(i, x, ...)        # CPU part
    x = offload.run_layers(x, positions, slots)                             # GPU part (no-op if none)
    logits = offload.logits(x[rows]) if offload.head_on_gpu else cpu_head(x[rows])

`slots` is the per-token sequence slot (0..n_slots-1) owning the device KV cache rows (each
`SequenceState` holds one from `Engine.try_acquire_slot`); a sequence writes its positions from 0,
so slots need no reset.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from local_engine.gpu.placement import GpuPlan, NGpuLayers, footprint_from_gguf, resolve_plan
from local_engine.kv_cache import KVType


@dataclass
class GpuOffload:
    """The resolved placement and the device objects it called for (None where unused)."""

    plan: GpuPlan
    stack: Any = None  # GpuLayerStack
    head: Any = None  # GpuOutputHead

    @classmethod
    def load(
        cls,
        gguf: Any,
        n_gpu_layers: NGpuLayers,
        n_ctx: int,
        *,
        require_gpu: bool = False,
        n_slots: int = 1,
        specs: Sequence[Any] | None = None,
        type_k: KVType = "f16",
        type_v: KVType = "f16",
    ) -> GpuOffload:
        """Plan (warning + CPU fallback without a GPU), then upload the planned layers once.

        `gguf` is a GGUFFile; `specs` (LayerSpec per layer) default to its metadata; the device
        KV caches hold `type_k`/`type_v` elements like the CPU pool."""
        plan = resolve_plan(footprint_from_gguf(gguf), n_gpu_layers, n_ctx, require_gpu=require_gpu, n_slots=n_slots,
                            type_k=type_k, type_v=type_v)
        if plan.n_gpu_layers == 0 and not plan.output_on_gpu:
            return cls(plan)
        from local_engine.gpu.layers import GpuLayerStack, GpuOutputHead
        from local_engine.gpu.spec import layer_specs

        specs = list(specs) if specs is not None else layer_specs(gguf)
        stack = None
        if plan.n_gpu_layers:
            stack = GpuLayerStack.upload(gguf.tensors, specs, plan.first_gpu_layer, n_ctx, n_slots, type_k, type_v)
        head = GpuOutputHead.upload(gguf.tensors, specs[-1].eps) if plan.output_on_gpu else None
        return cls(plan, stack, head)

    @property
    def first_gpu_layer(self) -> int:
        return self.plan.first_gpu_layer

    @property
    def head_on_gpu(self) -> bool:
        return self.head is not None

    def run_layers(self, hidden: np.ndarray, positions: Any, slots: Any = 0) -> np.ndarray:
        """Hidden states after the GPU layers (unchanged when no layer is offloaded)."""
        if self.stack is None:
            return hidden
        return self.stack.forward(hidden, positions, slots)

    def copy_slot(self, src: int, dst: int, n_tokens: int) -> None:
        """Every GPU layer's KV positions [0, n_tokens) from slot `src` to slot `dst`."""
        for kv in self.stack.kv if self.stack is not None else []:
            kv.copy_slot(src, dst, n_tokens)

    def logits(self, hidden: np.ndarray) -> np.ndarray:
        """Output norm + head on the GPU for the given rows of final hidden state [n, n_embd]."""
        if self.head is None:
            raise RuntimeError("the output head is on the CPU in this plan")
        return self.head.logits(hidden)
