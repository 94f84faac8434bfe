"""Architectures the engine runs, one file each, and `load_model` that picks by `general.architecture`."""

from __future__ import annotations

from typing import Any

from local_engine.gguf_file import GGUFFile, check_architecture
from local_engine.models import gemma3, llama, qwen
from local_engine.models.batch import Batch, Segment
from local_engine.models.config import ModelConfig
from local_engine.models.transformer import BlockBuilder, Transformer, build_transformer

BLOCK_BUILDERS: dict[str, BlockBuilder] = {
    "llama": llama.build_block,
    "qwen2": qwen.build_qwen2_block,
    "qwen3": qwen.build_qwen3_block,
    "gemma3": gemma3.build_block,
}

__all__ = ["BLOCK_BUILDERS", "Batch", "ModelConfig", "Segment", "Transformer", "load_model"]


def load_model(g: GGUFFile, gpu: Any = None) -> Transformer:
    """Build the model of an opened GGUF file (ModelLoadError for unknown architectures or missing tensors).

    `gpu` (a `local_engine.gpu.offload.GpuOffload`) moves its trailing layers to the device."""
    arch = check_architecture(g.arch)
    cfg = ModelConfig.from_metadata(g.metadata)
    return build_transformer(g, cfg, BLOCK_BUILDERS[arch], gpu)
