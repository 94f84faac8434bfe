"""GPU layer specs agree with the CPU blocks the models build (no CUDA needed, main process).

The GPU path runs the same function as the CPU only if, per layer, RoPE pairing and
frequencies, sliding window, attention scale and activation are the same: checked against
`load_model`'s blocks for every architecture, with a 7-layer gemma3 so both its local
(sliding, RoPE base 10000) and global layers occur.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from local_engine.gguf_file import GGUFFile
from local_engine.gpu.spec import layer_specs
from local_engine.models import load_model
from local_engine.models.layers import gelu_tanh, silu
from local_engine.testing.synthetic import T, TinySpec, write_tiny_model

SMALL = {"n_embd": 64, "n_ff": 64, "n_heads": 2, "n_kv_heads": 1, "head_dim": 32, "weight_types": (T.Q8_0,)}
MODELS = {
    "llama": TinySpec("llama", n_layers=2, **SMALL),
    "qwen2": TinySpec("qwen2", n_layers=2, rope_base=1e6, **SMALL),
    "qwen3": TinySpec("qwen3", n_layers=2, **SMALL),
    "gemma3": TinySpec("gemma3", n_layers=7, sliding_window=4, rope_base=1e6, **SMALL),
}


@pytest.mark.parametrize("arch", sorted(MODELS))
def test_specs_match_the_cpu_blocks_layer_by_layer(arch: str, tmp_path: Path) -> None:
    path = tmp_path / f"{arch}.gguf"
    write_tiny_model(path, MODELS[arch], seed=1)
    g = GGUFFile.open(path)
    specs = layer_specs(g)
    blocks = load_model(GGUFFile.open(path)).blocks
    assert len(specs) == len(blocks) == MODELS[arch].n_layers
    for i, (spec, block) in enumerate(zip(specs, blocks)):
        attn = block.attn
        assert np.array_equal(np.array(spec.inv_freq), attn.rope.inv_freq), f"layer {i}"
        assert spec.n_rot == attn.rope.n_rot
        assert spec.rope_neox == (attn.rope._rotate.__name__ == "_rotate_neox")
        assert spec.sliding_window == attn.window
        assert spec.scale == pytest.approx(attn.scale)
        assert (spec.n_heads, spec.head_dim) == attn.shape_q
        assert (spec.n_kv_heads, spec.head_dim) == attn.shape_k
        assert block.ffn.act is (gelu_tanh if spec.act == "gelu" else silu)
        assert spec.eps == pytest.approx(block.attn_norm.eps)
    if arch == "gemma3":  # llama.cpp's pattern: every 6th layer global, the rest local with base 10000
        assert [s.sliding_window for s in specs] == [4, 4, 4, 4, 4, 0, 4]
        assert specs[5].inv_freq != specs[0].inv_freq


@pytest.mark.parametrize("arch", ["phi3", "qwen3moe", "smollm3", "granite"])
def test_architectures_the_gpu_path_lacks_are_refused_clearly(arch: str, tmp_path: Path) -> None:
    """Their blocks (fused tensors, experts, NoPE layers, multipliers) run on the CPU only: offload
    says so instead of computing something else."""
    from local_engine.api import ModelLoadError

    path = tmp_path / f"{arch}.gguf"
    write_tiny_model(path, TinySpec(arch, n_layers=2, **{**SMALL, "n_ff": 64}), seed=1)
    with pytest.raises(ModelLoadError, match=f"GPU offload is not implemented for the {arch} architecture"):
        layer_specs(GGUFFile.open(path))
