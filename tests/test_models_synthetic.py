"""Every architecture, every weight type: the engine's forward pass equals the float64 numpy reference.

The tiny models are real GGUF files written with gguf's GGUFWriter (local_engine.testing.synthetic);
the reference reads them back through gguf's own reader and dequantizers, so parsing, kernels,
RoPE pairing, QK-norm, post-norms, GeGLU/SwiGLU and sliding windows are all checked end to end.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from local_engine.gguf_file import GGUFFile
from local_engine.kv_cache import KVPool, KVShape, SequenceKV
from local_engine.models import Batch, architectures, load_model
from local_engine.testing.reference import reference_logits
from local_engine.testing.synthetic import LOW_BIT_TYPES, T, TinySpec, write_tiny_model

SPECS = {
    "llama": TinySpec("llama"),
    "llama-lowbit": TinySpec("llama", weight_types=LOW_BIT_TYPES),  # Q2_K, Q3_K, IQ4_NL, IQ4_XS
    # a Q3_K_M-style mix (llama.cpp's Q3_K_M: Q3_K with Q4_K/Q5_K/Q6_K for the sensitive tensors)
    "llama-q3km": TinySpec("llama", tied_output=False, weight_types=(T.Q3_K, T.Q3_K, T.Q4_K, T.Q5_K, T.Q6_K)),
    "qwen2": TinySpec("qwen2", tied_output=False),
    "qwen3": TinySpec("qwen3", rope_base=1e6),
    # 7 layers: layer 5 is global, the others slide over a 4-token window; one KV head (MQA)
    "gemma3": TinySpec("gemma3", n_layers=7, n_heads=2, n_kv_heads=1, head_dim=128, sliding_window=4, rope_base=1e6),
    "phi3": TinySpec("phi3"),  # fused attn_qkv and gate|up, LongRoPE short factors and attn_factor
    "qwen3moe": TinySpec("qwen3moe", n_ff=256, n_expert=4, n_expert_used=2),
    "smollm3": TinySpec("smollm3", n_layers=4),  # layer 3 has no RoPE
    "granite": TinySpec("granite", tied_output=False),  # embedding / residual / attention / logit multipliers
}
PROMPT = [1, 5, 40, 270, 280, 3, 100, 271, 272, 9, 33, 290]
# Relative to the largest logit. The reference rounds product inputs to int8 blocks and keys/values
# to float16 as the engine does, so most models agree to ~1e-6; but an input that float32 and
# float64 compute a hair apart can straddle an int8 rounding boundary, and each such flip moves a
# product by dx*|w| (dx = block max / 127) and propagates: measured up to 1.3e-2 (qwen2, whose
# attention output rows flip), 1.2e-3 (gemma3), 1e-6 (llama, qwen3). Argmax must agree everywhere.
REL_TOL = 2e-2


def test_every_declared_architecture_is_checked_here() -> None:
    """A new ArchSpec file is not done until this file (and test_gpu_spec.py) cover it."""
    assert {spec.arch for spec in SPECS.values()} == set(architectures())


@pytest.fixture(scope="module")
def tiny_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("tiny")
    paths = {}
    for arch, spec in SPECS.items():
        paths[arch] = root / f"{arch}.gguf"
        write_tiny_model(paths[arch], spec, seed=len(arch))
    return paths


def _engine_logits(path: Path, chunks: list[list[int]]) -> np.ndarray:
    """All-position logits, feeding the prompt in `chunks` (later chunks attend to the cache)."""
    model = load_model(GGUFFile.open(path))
    cfg = model.cfg
    pool = KVPool.for_tokens(KVShape(cfg.n_layers, cfg.n_kv_heads, cfg.head_dim, cfg.head_dim_v), 64)
    kv = SequenceKV(pool, 64)
    return np.concatenate([model.forward(Batch.build([(kv, c)], all_logits=True)) for c in chunks])


@pytest.mark.parametrize("arch", sorted(SPECS))
def test_forward_matches_reference(arch: str, tiny_paths: dict[str, Path]) -> None:
    ref = reference_logits(tiny_paths[arch], PROMPT)
    got = _engine_logits(tiny_paths[arch], [PROMPT[:7], PROMPT[7:8], PROMPT[8:]])
    scale = np.abs(ref).max()
    assert got.shape == ref.shape
    np.testing.assert_allclose(got, ref, atol=REL_TOL * scale, rtol=0)
    assert (got.argmax(axis=1) == ref.argmax(axis=1)).all()


@pytest.mark.parametrize("arch", sorted(SPECS))
def test_token_by_token_decode_matches_reference(arch: str, tiny_paths: dict[str, Path]) -> None:
    """The decode kernel (QK-norm, RoPE, cache write, windowed attention over the paged cache) at
    every position past a 3-token prefill: gemma3's 4-token window slides 5 times."""
    ref = reference_logits(tiny_paths[arch], PROMPT)
    got = _engine_logits(tiny_paths[arch], [PROMPT[:3]] + [[t] for t in PROMPT[3:]])
    np.testing.assert_allclose(got, ref, atol=REL_TOL * np.abs(ref).max(), rtol=0)
    assert (got.argmax(axis=1) == ref.argmax(axis=1)).all()


@pytest.mark.parametrize("arch", ["phi3", "llama-q3km"])  # gate and up of one type (the other tiny specs mix them)
def test_threaded_products_and_one_region_ffn_are_bit_identical(arch: str, tiny_paths: dict[str, Path],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """With every product on the threads (so each FFN of a prompt chunk or decode step is
    quants.glu_product's one region: phi3's fused gate|up, Q3_K gate/up with a Q6_K down) the
    logits are the calling-thread ones bit for bit (GELU: tests/test_quants.py)."""
    import numba

    from local_engine import quants

    if numba.config.NUMBA_NUM_THREADS < 2:
        pytest.skip("needs 2 numba threads (NUMBA_NUM_THREADS < 2 on this machine)")
    chunks = [PROMPT[:3]] + [[t] for t in PROMPT[3:]]
    alone = _engine_logits(tiny_paths[arch], chunks)
    monkeypatch.setattr(quants, "PARALLEL_MIN_BYTES", 0)
    previous = numba.get_num_threads()
    numba.set_num_threads(2)  # other tests' engines may have left 1
    try:
        np.testing.assert_array_equal(_engine_logits(tiny_paths[arch], chunks), alone)
    finally:
        numba.set_num_threads(previous)


# Q4_K_M-like mixes (per layer q, k, v, o, gate, up, down: q|k one product, v a Q6_K one, gate|up
# one weight), so each layer boundary of a decode step is one region that also runs the next
# layer's attention norm and q|k|v products, and the last one the output norm and tied Q8_0 head
Q4KM = (T.Q4_K, T.Q4_K, T.Q6_K, T.Q4_K, T.Q4_K, T.Q4_K, T.Q6_K)
FUSED_SPECS = {
    "llama-q4km": TinySpec("llama", weight_types=Q4KM),
    "qwen2-q4km": TinySpec("qwen2", weight_types=Q4KM),  # q|k|v biases
    # sandwich norms, QK-norm, GELU, sliding windows
    "gemma3-q4km": TinySpec("gemma3", n_layers=3, n_heads=2, n_kv_heads=1, head_dim=128, sliding_window=4,
                            weight_types=Q4KM),
    "phi3": SPECS["phi3"],  # one attn_qkv weight, fused gate|up
}


@pytest.mark.parametrize("name", sorted(FUSED_SPECS))
def test_next_layer_products_in_the_block_region_are_bit_identical(name: str, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """With the products on the threads, each block's region runs the next layer's attention norm
    and q|k|v products (and the last one the output norm and head: quants.block_tail's `then`;
    the first layer's: quants.normed_products):
    the logits of prompt chunks, decode steps and batched decode steps of three sequences are the
    calling-thread ones (separate products) bit for bit."""
    import numba

    from local_engine import quants
    from local_engine.models import decode, layers, transformer

    if numba.config.NUMBA_NUM_THREADS < 2:
        pytest.skip("needs 2 numba threads (NUMBA_NUM_THREADS < 2 on this machine)")
    # decode steps through the per-layer regions here (the decode pass: the test below)
    monkeypatch.setattr(decode.DecodePlan, "applies", staticmethod(lambda batch: False))
    path = tmp_path / f"{name}.gguf"
    write_tiny_model(path, FUSED_SPECS[name], seed=3)

    def run() -> np.ndarray:
        model = load_model(GGUFFile.open(path))
        cfg = model.cfg
        pool = KVPool.for_tokens(KVShape(cfg.n_layers, cfg.n_kv_heads, cfg.head_dim, cfg.head_dim_v), 256)
        one, *three = (SequenceKV(pool, 64) for _ in range(4))
        out = [model.forward(Batch.build([(one, c)], all_logits=True)) for c in [PROMPT[:3]] + [[t] for t in PROMPT[3:]]]
        out.append(model.forward(Batch.build([(kv, PROMPT[i:]) for i, kv in enumerate(three)])))
        for t in PROMPT[:4]:
            out.append(model.forward(Batch.build([(kv, [t + i]) for i, kv in enumerate(three)])))
        return np.concatenate(out)

    alone = run()
    ran = []
    tail = layers.block_tail

    def counted(*args: object, **kwargs: object) -> object:
        got = tail(*args, **kwargs)  # type: ignore[arg-type]
        ran.append((kwargs["then"] is not None, got is not None and got[1] is not None))
        return got

    monkeypatch.setattr(layers, "block_tail", counted)
    firsts = []
    first = transformer.normed_products

    def counted_first(*args: object) -> object:
        got = first(*args)  # type: ignore[arg-type]
        firsts.append(got is not None)
        return got

    monkeypatch.setattr(transformer, "normed_products", counted_first)
    monkeypatch.setattr(quants, "PARALLEL_MIN_BYTES", 0)
    previous = numba.get_num_threads()
    numba.set_num_threads(2)  # other tests' engines may have left 1
    try:
        np.testing.assert_array_equal(run(), alone)
    finally:
        numba.set_num_threads(previous)
    # every block's region ran the next products it was given (the last block: the head, when
    # every row wants logits), and the decode steps gave them
    assert all(given == done for given, done in ran) and sum(done for _, done in ran) >= 16
    assert firsts and all(firsts)  # and the first layer's q|k|v ran as one region of their own


def _decode_steps(path: Path, kv_types: tuple[str, str] = ("f16", "f16"), ring: bool = False) -> np.ndarray:
    """Logits of a 3-token prefill and decode steps of one sequence, then of three sequences at once
    (the last two steps past gemma3's 4-token window), on a pool of the engine's kind."""
    model = load_model(GGUFFile.open(path))
    cfg = model.cfg
    shape = KVShape(cfg.n_layers, cfg.n_kv_heads, cfg.head_dim, cfg.head_dim_v,
                    tuple(cfg.layer_window(i) > 0 for i in range(cfg.n_layers)))
    # window rings of 4 blocks of 4 cells: room for a 12-token prompt chunk and the 4-token window
    pool = KVPool.for_sequences(shape, 64, 4, *kv_types, ring_cells=16 if ring else 0, block_size=4)  # type: ignore[arg-type]
    one, *three = (SequenceKV(pool, 64) for _ in range(4))
    out = [model.forward(Batch.build([(one, c)])) for c in [PROMPT[:3]] + [[t] for t in PROMPT[3:]]]
    out.append(model.forward(Batch.build([(kv, PROMPT[i:]) for i, kv in enumerate(three)])))
    for t in PROMPT[:4]:
        out.append(model.forward(Batch.build([(kv, [t + i]) for i, kv in enumerate(three)])))
    return np.concatenate(out)


# and a NoPE layer (smollm3's 4th: two RoPE tables in one pass, one of them empty)
DECODE_SPECS = {**FUSED_SPECS, "smollm3-q4km": TinySpec("smollm3", n_layers=4, weight_types=Q4KM)}


@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize(("name", "kv_types", "ring"), [
    ("llama-q4km", ("f16", "f16"), False), ("qwen2-q4km", ("q8_0", "f16"), False),
    ("gemma3-q4km", ("f16", "q8_0"), True), ("phi3", ("f16", "f16"), False), ("smollm3-q4km", ("f16", "f16"), False),
])
def test_decode_pass_is_the_per_layer_steps_bit_for_bit(name: str, kv_types: tuple[str, str], ring: bool, threads: int,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A decode step as kernels.decode_pass (every layer in one region: attention items with the
    q|k|v biases, QK-norm, RoPE, cache writes to f16 / q8_0 caches and window rings; the products,
    norms, GLU, sandwich norms; the head) gives the logits of the per-layer steps (Block.step,
    block_tail, the attention kernels) bit for bit, on the calling thread and on two threads."""
    import numba

    from local_engine import quants
    from local_engine.models import decode, kernels

    if threads > numba.config.NUMBA_NUM_THREADS:
        pytest.skip("needs 2 numba threads (NUMBA_NUM_THREADS < 2 on this machine)")
    path = tmp_path / f"{name}.gguf"
    write_tiny_model(path, DECODE_SPECS[name], seed=3)
    previous = numba.get_num_threads()
    numba.set_num_threads(threads)
    try:
        if threads > 1:
            monkeypatch.setattr(quants, "PARALLEL_MIN_BYTES", 0)  # tiny weights: the region runs anyway
        calls = []
        run = kernels.decode_pass
        monkeypatch.setattr(kernels, "decode_pass", lambda *a: calls.append(a[-1]) or run(*a))
        got = _decode_steps(path, kv_types, ring)
        assert calls == [threads] * (len(PROMPT) - 3 + 4)  # every decode step, one sequence and three
        monkeypatch.setattr(decode.DecodePlan, "applies", staticmethod(lambda batch: False))
        np.testing.assert_array_equal(got, _decode_steps(path, kv_types, ring))
    finally:
        numba.set_num_threads(previous)


def test_decode_pass_declines_what_it_cannot_run(tiny_paths: dict[str, Path]) -> None:
    """Mixed gate/up types, MoE, granite's multipliers: no plan (the per-layer steps run)."""
    for name in ("llama", "qwen3moe", "granite"):
        assert load_model(GGUFFile.open(tiny_paths[name]))._decode is None, name


@pytest.mark.parametrize("name", ["llama", "llama-lowbit", "llama-q3km"])
def test_every_weight_type_is_exercised(name: str, tiny_paths: dict[str, Path]) -> None:
    types = set(GGUFFile.open(tiny_paths[name]).quant_types) - {"F32", "Q8_0"}  # norms, token embedding
    assert types == {t.name for t in SPECS[name].weight_types} - {"F32", "Q8_0"}


def test_gemma3_layer_pattern_from_metadata(tiny_paths: dict[str, Path]) -> None:
    """Sliding window from metadata; every 6th layer (index 5) is global, with the global RoPE base."""
    model = load_model(GGUFFile.open(tiny_paths["gemma3"]))
    windows = [b.attn.window for b in model.blocks]
    assert windows == [4, 4, 4, 4, 4, 0, 4]
    assert model.cfg.embed_scale == pytest.approx(np.sqrt(SPECS["gemma3"].n_embd))
    bases = {i: b.attn.rope.inv_freq[1] for i, b in enumerate(model.blocks)}
    assert bases[5] < bases[0]  # base 1e6 (global) rotates slower than 1e4 (local)


def test_batched_sequences_match_single(tiny_paths: dict[str, Path]) -> None:
    """Two sequences in one batch (decode-style) give the same logits as each alone.

    The products are row-independent bit for bit (tests/test_quants.py); attention over a batch
    sums in another order than alone (~1e-5 apart), which can flip an int8 activation rounding
    downstream: within REL_TOL of the largest logit, the same argmax."""
    model = load_model(GGUFFile.open(tiny_paths["qwen2"]))
    cfg = model.cfg
    pool = KVPool.for_tokens(KVShape(cfg.n_layers, cfg.n_kv_heads, cfg.head_dim, cfg.head_dim_v), 256)
    a, b = SequenceKV(pool, 64), SequenceKV(pool, 64)

    def check(got: np.ndarray, alone: np.ndarray) -> None:
        np.testing.assert_allclose(got, alone, atol=REL_TOL * np.abs(alone).max(), rtol=0)
        assert got.argmax() == alone.argmax()

    both = model.forward(Batch.build([(a, PROMPT[:5]), (b, PROMPT[3:])]))
    check(both[0], _engine_logits(tiny_paths["qwen2"], [PROMPT[:5]])[-1])
    check(both[1], _engine_logits(tiny_paths["qwen2"], [PROMPT[3:]])[-1])
    step = model.forward(Batch.build([(a, [7]), (b, [8])]))  # a decode step: one token per sequence
    check(step[0], _engine_logits(tiny_paths["qwen2"], [PROMPT[:5], [7]])[-1])
    check(step[1], _engine_logits(tiny_paths["qwen2"], [PROMPT[3:], [8]])[-1])


def _gemma_md(**extra: object) -> dict[str, object]:
    md: dict[str, object] = {
        "general.architecture": "gemma3",
        "gemma3.block_count": 12,
        "gemma3.embedding_length": 640,
        "gemma3.attention.head_count": 4,
        "gemma3.attention.key_length": 256,
        "gemma3.feed_forward_length": 2048,
        "gemma3.attention.sliding_window": 512,
        "gemma3.rope.freq_base": 1e6,
        "tokenizer.ggml.tokens": ["a"] * 10,
    }
    md.update({f"gemma3.{k}": v for k, v in extra.items()})
    return md


def test_config_from_metadata_only() -> None:
    from local_engine.models.config import ModelConfig

    cfg = ModelConfig.from_metadata(_gemma_md())
    assert [cfg.layer_is_local(i) for i in range(12)] == [True] * 5 + [False] + [True] * 5 + [False]
    assert (cfg.rope_base, cfg.rope_base_swa, cfg.attn_scale, cfg.n_kv_heads) == (1e6, 10000.0, 1 / 16, 4)
    flags = [i % 2 == 0 for i in range(12)]
    explicit = ModelConfig.from_metadata(_gemma_md(**{"attention.sliding_window_pattern": np.array(flags)}))
    assert [explicit.layer_is_local(i) for i in range(12)] == flags
    assert ModelConfig.from_metadata(_gemma_md(**{"attention.sliding_window_pattern": 3})).layer_is_local(2) is False


def test_config_errors_name_the_key() -> None:
    from local_engine.api import ModelLoadError
    from local_engine.models.config import ModelConfig

    md = _gemma_md()
    del md["gemma3.block_count"]
    with pytest.raises(ModelLoadError, match="gemma3.block_count"):
        ModelConfig.from_metadata(md)
    with pytest.raises(ModelLoadError, match="yarn"):
        ModelConfig.from_metadata(_gemma_md(**{"rope.scaling.type": "yarn", "rope.scaling.factor": 4.0}))


def test_moe_reads_only_the_chosen_experts(tiny_paths: dict[str, Path]) -> None:
    """An expert's weights are repacked on first use: one token touches n_expert_used experts per layer."""
    model = load_model(GGUFFile.open(tiny_paths["qwen3moe"]))
    cfg = model.cfg
    pool = KVPool.for_tokens(KVShape(cfg.n_layers, cfg.n_kv_heads, cfg.head_dim, cfg.head_dim_v), 16)
    assert all(b.ffn.loaded_experts == 0 for b in model.blocks)
    model.forward(Batch.build([(SequenceKV(pool, 16), [1])]))
    assert [b.ffn.loaded_experts for b in model.blocks] == [cfg.n_expert_used] * cfg.n_layers
    untouched = [e for e in range(cfg.n_expert) if e not in model.blocks[0].ffn._experts]
    assert all(model.blocks[0].ffn._gate[e]._packed is None for e in untouched)


def test_nope_layers_and_granite_multipliers_come_from_the_description(tiny_paths: dict[str, Path]) -> None:
    smol = load_model(GGUFFile.open(tiny_paths["smollm3"]))
    assert [b.attn.rope.n_rot for b in smol.blocks] == [64, 64, 64, 0]
    granite = load_model(GGUFFile.open(tiny_paths["granite"])).cfg
    assert (granite.embed_scale, granite.residual_scale, granite.logit_scale) == pytest.approx((12.0, 0.22, 0.25))
    assert granite.attn_scale == pytest.approx(1 / 64)


@pytest.mark.parametrize(("name", "kv_types", "ring"), [
    ("llama", ("f16", "f16"), False), ("qwen2", ("q8_0", "q8_0"), False), ("qwen3", ("f16", "q8_0"), False),
    ("gemma3", ("q8_0", "f16"), True), ("gemma3", ("f16", "f16"), False), ("phi3", ("f16", "f16"), False),
    ("smollm3", ("f16", "f16"), False), ("granite", ("q8_0", "f16"), False),
])
def test_prompts_kernel_matches_the_per_sequence_path(name: str, kv_types: tuple[str, str], ring: bool,
                                                      tiny_paths: dict[str, Path],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """kernels.attend_prompts (QK-norm, RoPE, cache writes, causal attention of several prompts
    in one parallel region) gives every layer's attention output and cache contents of
    Attention.mix's per-sequence numpy path bit for bit (so a request's greedy output does not
    depend on the requests it shares a pass with): ragged prompts over existing
    cache contents, f16 / q8_0 caches, gemma3's sliding window with and without rings (the
    second multi-sequence pass wraps the 16-cell rings), smollm3's NoPE layer."""
    from local_engine.kv_cache import decode
    from local_engine.models import kernels, layers

    model = load_model(GGUFFile.open(tiny_paths[name]))
    cfg = model.cfg
    shape = KVShape(cfg.n_layers, cfg.n_kv_heads, cfg.head_dim, cfg.head_dim_v,
                    tuple(cfg.layer_window(i) > 0 for i in range(cfg.n_layers)))
    width = sum(model.blocks[0].attn.qkv.sizes)
    passes = [[(0, 5)], [(2, 9)], [(0, 7), (1, 12), (2, 3)], [(0, 6), (1, 2), (2, 8)]]
    calls: list[int] = []
    run = kernels.attend_prompts
    monkeypatch.setattr(kernels, "attend_prompts", lambda *a: calls.append(1) or run(*a))

    def attend(kernel: bool) -> tuple[list[np.ndarray], list[np.ndarray]]:
        monkeypatch.setattr(layers, "prompts_kernel_applies", lambda batch: kernel and len(batch.segments) > 1)
        pool = KVPool.for_sequences(shape, 64, 3, *kv_types, ring_cells=16 if ring else 0, block_size=4)  # type: ignore[arg-type]
        seqs = [SequenceKV(pool, 64) for _ in range(3)]
        rng = np.random.default_rng(7)
        outs = []
        for parts in passes:
            batch = Batch.build([(seqs[s], list(range(n))) for s, n in parts])
            for block in model.blocks:
                joint = rng.standard_normal((batch.n_tokens, width)).astype(np.float32)
                outs.append(block.attn.mix(None, batch, joint))
            batch.commit()
        cached = []
        for layer in range(cfg.n_layers):
            for codes, scales, t in ((pool.k, pool.k_scale, pool.type_k), (pool.v, pool.v_scale, pool.type_v)):
                cached.append(decode(codes[layer], scales[layer] if t == "q8_0" else None, t))
        return outs, cached

    got, got_cache = attend(kernel=True)
    assert len(calls) == 2 * cfg.n_layers  # both multi-sequence passes, every layer
    want, want_cache = attend(kernel=False)
    assert len(calls) == 2 * cfg.n_layers
    for k, (g, w) in enumerate(zip(got, want)):
        np.testing.assert_array_equal(g, w, err_msg=f"pass/layer {k}")
    for g, w in zip(got_cache, want_cache):
        np.testing.assert_array_equal(g, w)


def test_prompts_kernel_declines_lone_and_long_prompts() -> None:
    """One sequence, or any sequence of more than PROMPTS_KERNEL_ROWS rows: the per-sequence path
    (attend_rows, parallel over a long prompt's rows)."""
    from local_engine.models.layers import PROMPTS_KERNEL_ROWS, prompts_kernel_applies

    pool = KVPool.for_tokens(KVShape(1, 1, 32, 32), 1024)
    a, b = SequenceKV(pool, 512), SequenceKV(pool, 512)
    assert not prompts_kernel_applies(Batch.build([(a, [1, 2, 3])]))
    assert not prompts_kernel_applies(Batch.build([(a, [1, 2]), (b, [1] * (PROMPTS_KERNEL_ROWS + 1))]))
    assert prompts_kernel_applies(Batch.build([(a, [1, 2]), (b, [1] * PROMPTS_KERNEL_ROWS)]))
