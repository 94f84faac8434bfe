"""Architectures the engine runs (one declaration file each, see arch.py) and `load_model`."""

from __future__ import annotations

from typing import Any

from local_engine.gguf_file import GGUFFile
from local_engine.models.arch import ArchSpec, architectures, arch_spec
from local_engine.models.batch import Batch, Segment
from local_engine.models.config import ModelConfig
from local_engine.models.transformer import Transformer, build_transformer

__all__ = ["ArchSpec", "Batch", "ModelConfig", "Segment", "Transformer", "arch_spec", "architectures", "load_model"]


def load_model(g: GGUFFile, gpu: Any = None, n_ctx: int | None = None) -> Transformer:
    """Build the model of an opened GGUF file (ModelLoadError for unknown architectures or missing tensors).

    `gpu` (a `local_engine.gpu.offload.GpuOffload`) moves its trailing layers to the device;
    `n_ctx` is the context it will run (LongRoPE picks its factors by it)."""
    return build_transformer(g, ModelConfig.from_metadata(g.metadata, n_ctx), gpu)
