"""Engine: one loaded GGUF model: tokenizer, chat template, the resources its sequences share
(KV block pool, prefix cache, device slots) and the serialised forward pass.

Tokens are generated only by `local_engine.scheduler.Scheduler` (the one loop); `generate` is a
single-request wrapper over a private scheduler, so the CLI, benchmarks and tests run exactly the
code the gateway serves. Several schedulers may share one engine: device slots and KV blocks
are handed out here, and forward passes are serialised by a lock.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numba
import numpy as np

from local_engine.api import (
    ContextOverflowError,
    EngineError,
    GenerationChunk,
    Grammar,
    InvalidRequestError,
    ModelInfo,
    ModelLoadError,
    NoChatTemplateError,
    SamplingParams,
)
from local_engine.gguf_file import GGUFFile
from local_engine.grammar import GrammarCompiler
from local_engine.kv_cache import KVPool, KVShape, KVType, PrefixCache, SequenceKV, kv_type, ring_cells_for
from local_engine.models import Batch, ModelConfig, Transformer, load_model
from local_engine.models.batch import PREFILL_CHUNK
from local_engine.quants import in_passing_thread, set_num_threads
from local_engine.sequence import Timings
from local_engine.tokenizer import Tokenizer, load_tokenizer

if TYPE_CHECKING:
    from local_engine.scheduler import Handle, Scheduler

log = logging.getLogger(__name__)

DEFAULT_MAX_SEQUENCES = 8  # KV pool room and device slots, in full contexts (the pool commits memory lazily)

__all__ = ["DEFAULT_MAX_SEQUENCES", "Engine", "Timings"]


def kv_shape(cfg: ModelConfig) -> KVShape:
    """The KV cache geometry of a model (its sliding-window layers marked)."""
    window = tuple(cfg.layer_window(i) > 0 for i in range(cfg.n_layers))
    return KVShape(cfg.n_layers, cfg.n_kv_heads, cfg.head_dim, cfg.head_dim_v, window)


class Engine:
    """A GGUF model ready to generate. Build with `Engine.load`; generate through a Scheduler."""

    def __init__(
        self,
        path: Path,
        gguf: GGUFFile,
        model: Transformer,
        tokenizer: Tokenizer,
        n_ctx: int,
        gpu: Any = None,
        max_sequences: int = DEFAULT_MAX_SEQUENCES,
        cache_type_k: str = "f16",
        cache_type_v: str = "f16",
    ) -> None:
        self.path, self.gguf, self.model, self.tokenizer, self.n_ctx = path, gguf, model, tokenizer, n_ctx
        cfg = model.cfg
        self.kv_shape = kv_shape(cfg)
        self.kv_pool = KVPool.for_sequences(
            self.kv_shape, n_ctx, max_sequences, kv_type(cache_type_k), kv_type(cache_type_v),
            ring_cells_for(cfg.sliding_window, PREFILL_CHUNK, n_ctx),
        )
        self.gpu = gpu
        self.n_threads: int | None = None
        # prompt prefixes reused across requests; off when layers run on a GPU, whose KV cache is
        # one dense row per device slot, and when window layers keep only a ring of recent cells
        # (a sequence must then compute its whole prompt)
        on_gpu = gpu is not None and gpu.stack is not None
        self.prefix_cache = PrefixCache(self.kv_pool) if not on_gpu and not self.kv_pool.ring_cells else None
        self._free_slots = list(range(max_sequences))  # device KV slots (GPU offload); one per running sequence
        self._slot_lock = threading.Lock()
        self.load_s = 0.0
        self._lock = threading.Lock()
        self._chat_template: Any = None
        self._grammar_compiler: GrammarCompiler | None = None
        self._grammar_lock = threading.Lock()
        self.info = self._make_info()

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str],
        n_ctx: int = 4096,
        n_threads: int = 2,
        n_gpu_layers: int | str = 0,
        require_gpu: bool = False,
        max_sequences: int = DEFAULT_MAX_SEQUENCES,
        cache_type_k: str = "f16",
        cache_type_v: str = "f16",
    ) -> Engine:
        """Open, validate and prepare a model (ModelLoadError for anything unusable).

        `n_gpu_layers` (int | "all" | "auto"): trailing layers on a CUDA GPU; without one the
        planner logs one warning and the CPU runs everything, unless `require_gpu`."""
        t0 = time.perf_counter()
        if n_ctx < 2:
            raise ModelLoadError(f"n_ctx must be at least 2, not {n_ctx}")
        set_num_threads(max(1, n_threads))  # numba's count is per thread: this one's own calls too

        def build() -> Engine:
            set_num_threads(max(1, n_threads))
            g = GGUFFile.open(path)
            type_k, type_v = kv_type(cache_type_k), kv_type(cache_type_v)
            gpu = _load_gpu(g, n_gpu_layers, n_ctx, require_gpu, max_sequences, type_k, type_v)
            return cls(Path(path), g, load_model(g, gpu, n_ctx), load_tokenizer(g.metadata), n_ctx, gpu, max_sequences,
                       cache_type_k, cache_type_v)

        # repacking runs parallel kernels: on a thread that ends, so serving keeps one OpenMP pool
        engine = in_passing_thread(build)
        engine.n_threads = max(1, n_threads)
        engine.load_s = time.perf_counter() - t0
        return engine

    # --- description ---------------------------------------------------------------------------
    def _make_info(self) -> ModelInfo:
        cfg, g = self.model.cfg, self.gguf
        plan = self.gpu.plan if self.gpu is not None else None
        return ModelInfo(
            path=str(self.path),
            architecture=cfg.arch,
            name=cfg.name,
            n_layers=cfg.n_layers,
            n_embd=cfg.n_embd,
            n_heads=cfg.n_heads,
            n_kv_heads=cfg.n_kv_heads,
            head_dim=cfg.head_dim,
            n_vocab=cfg.n_vocab,
            context_length=cfg.context_length,
            n_ctx=self.n_ctx,
            quant_types=g.quant_types,
            weights_bytes=g.weights_bytes,
            kv_bytes_per_token=self.kv_pool.footprint.bytes_per_token,
            kv_window_bytes=self.kv_pool.footprint.window_bytes,
            kv_cache_type=f"{self.kv_pool.type_k}/{self.kv_pool.type_v}",
            has_chat_template=bool(g.metadata.get("tokenizer.chat_template")),
            n_gpu_layers=plan.n_gpu_layers if plan is not None else 0,
            placement=plan.placement if plan is not None else "cpu",
        )

    @property
    def placement(self) -> dict[str, Any]:
        """Where the model runs, for the gateway's /health."""
        plan = self.gpu.plan if self.gpu is not None else None
        if plan is None:
            return {"placement": "cpu", "n_gpu_layers": 0, "n_layers": self.model.cfg.n_layers}
        return {
            "placement": plan.placement,
            "n_gpu_layers": plan.n_gpu_layers,
            "n_layers": plan.n_layers,
            "output_on_gpu": plan.output_on_gpu,
            "requested": plan.requested,
            "reason": plan.reason,
        }

    def memory(self) -> dict[str, int]:
        """Bytes this model holds: kernel forms of the weights built so far (weights are repacked on
        first use), and the KV pool's address space (committed as sequences touch it)."""
        weights = sum(t.resident_nbytes for t in self.gguf.tensors.values())
        return {"weights_bytes": weights, "kv_reserved_bytes": self.kv_pool.nbytes, "file_bytes": self.gguf.weights_bytes}

    # --- text ----------------------------------------------------------------------------------
    def tokenize(self, text: str, add_special: bool = True, parse_special: bool = False) -> list[int]:
        return self.tokenizer.encode(text, add_special=add_special, parse_special=parse_special)

    def detokenize(self, ids: Sequence[int], skip_special: bool = True) -> str:
        return self.tokenizer.decode(ids, skip_special=skip_special)

    def apply_chat_template(
        self,
        messages: Sequence[dict[str, Any]],
        add_generation_prompt: bool = True,
        tools: Sequence[dict[str, Any]] | None = None,
    ) -> str:
        """The prompt the model's own `tokenizer.chat_template` renders (NoChatTemplateError without one).
        `tools` reach templates that render tool definitions themselves (see local_engine.tools)."""
        if not self.info.has_chat_template:
            raise NoChatTemplateError(f"{self.path.name} has no tokenizer.chat_template: use plain completion")
        if self._chat_template is None:
            from local_engine.chat_template import ChatTemplate

            self._chat_template = ChatTemplate.from_metadata(self.gguf.metadata)
            if self._chat_template is None:  # the key is there but blank: a base model all the same
                raise NoChatTemplateError(f"{self.path.name} has a blank tokenizer.chat_template")
        return self._chat_template.render(list(messages), add_generation_prompt=add_generation_prompt, tools=tools)

    @property
    def chat_template_source(self) -> str | None:
        """The GGUF's `tokenizer.chat_template` text (None for base models)."""
        source = self.gguf.metadata.get("tokenizer.chat_template")
        return source if isinstance(source, str) and source.strip() else None

    # --- constrained decoding -------------------------------------------------------------------
    @property
    def grammar_compiler(self) -> GrammarCompiler:
        """This model's llguidance tokenizer and compiled-grammar cache (built on first use)."""
        with self._grammar_lock:
            if self._grammar_compiler is None:
                self._grammar_compiler = GrammarCompiler(self.tokenizer)
            return self._grammar_compiler

    def check_grammar(self, grammar: Grammar | None) -> None:
        """GrammarError unless `grammar` can be enforced (compiles it into the cache): callers
        check before queueing, so a bad schema is a 400, never unconstrained output."""
        if grammar is not None:
            self.grammar_compiler.compile(grammar)

    def prompt_ids(self, prompt: str | Sequence[int]) -> list[int]:
        """Ids of a prompt: text is tokenized with BOS and special-token parsing (rendered chat
        templates contain special tokens), as llama-cpp-python does for completions."""
        if isinstance(prompt, str):
            return self.tokenize(prompt, add_special=True, parse_special=True)
        ids = [int(i) for i in prompt]
        bad = [i for i in ids if not 0 <= i < self.model.cfg.n_vocab]
        if bad:
            raise InvalidRequestError(f"token ids out of range [0, {self.model.cfg.n_vocab}): {bad[:5]}", param="prompt")
        return ids

    # --- what the scheduler uses -------------------------------------------------------------------
    def new_sequence(self) -> SequenceKV:
        """An empty KV sequence of n_ctx positions from the engine's pool (free() it when done)."""
        return SequenceKV(self.kv_pool, self.n_ctx)

    def try_acquire_slot(self) -> int | None:
        """A device slot (the device KV rows of one sequence under GPU offload), or None when all
        `max_sequences` are taken. Give it back with release_slot."""
        with self._slot_lock:
            return self._free_slots.pop(0) if self._free_slots else None

    def release_slot(self, slot: int) -> None:
        with self._slot_lock:
            self._free_slots.append(slot)
            self._free_slots.sort()

    @property
    def free_slots(self) -> int:
        return len(self._free_slots)

    def forward(self, batch: Batch) -> np.ndarray:
        """Logits of the batch's logit rows; one forward at a time across threads."""
        if self.kv_pool.ring_cells and any(s.stop - s.start > PREFILL_CHUNK for s in batch.segments):
            raise EngineError(f"more than PREFILL_CHUNK={PREFILL_CHUNK} tokens of one sequence in a pass: "
                              "the sliding-window layers keep only window + PREFILL_CHUNK cells")
        with self._lock:
            return self.model.forward(batch)

    def fork_kv(self, src: SequenceKV, dst: SequenceKV, src_slot: int, dst_slot: int) -> None:
        """`dst` (empty) continues from `src`'s cache without recomputing it: host blocks shared or
        copied, and the GPU layers' device rows copied from slot to slot."""
        with self._lock:  # device work is serialised with forward passes
            dst.fork(src)
            if self.gpu is not None:
                self.gpu.copy_slot(src_slot, dst_slot, src.length)

    def check_prompt(self, ids: Sequence[int]) -> None:
        """ContextOverflowError unless the prompt leaves room for at least one new token."""
        if not ids:
            raise InvalidRequestError("empty prompt: nothing to condition on", param="prompt")
        if len(ids) + 1 > self.n_ctx:
            raise ContextOverflowError(
                f"prompt of {len(ids)} tokens (+1 to generate) exceeds the context of {self.n_ctx} tokens"
            )

    def warm_up(self) -> float:
        """Pay every first-call cost before any request does (a fresh install's first request
        otherwise waits seconds): numba kernels compiled or loaded from the disk cache, thread
        pools, the chat template's compilation. Through the scheduler like any request: a chat
        prompt when the model has a template, two sequences together (prefill, batched decode,
        greedy + logprobs with the prompt scored, and the full sampler chain), then one of half
        the length alone (single decode, the one-region block tail of short prompts). The first prompt is THREADED_GLU_ROWS tokens long (when n_ctx allows), so
        the prefill pass takes the threaded prompt-chunk kernels a real prompt takes. Returns the
        seconds it took."""
        from local_engine.models.layers import THREADED_GLU_ROWS
        from local_engine.scheduler import Scheduler

        t0 = time.perf_counter()
        n_vocab, room = self.model.cfg.n_vocab, max(1, self.n_ctx - 4)
        if self.info.has_chat_template:
            text = " ".join(["Hello"] * THREADED_GLU_ROWS)
            prompt = self.prompt_ids(self.apply_chat_template([{"role": "user", "content": text}]))
        else:
            prompt = [i % n_vocab for i in range(THREADED_GLU_ROWS)]
        prompt = prompt[:min(room, THREADED_GLU_ROWS)]  # with the second: several short prompts (kernels.attend_prompts)
        greedy = SamplingParams(temperature=0, max_tokens=2, ignore_eos=True, logprobs=True, top_logprobs=1,
                                prompt_logprobs=1)
        sampled = SamplingParams(max_tokens=3, temperature=0.7, top_k=40, top_p=0.9, min_p=0.05, repeat_penalty=1.1,
                                 ignore_eos=True, seed=0)
        # a prompt of half that length, alone and sharing no prefix with the first: prompts under
        # THREADED_GLU_ROWS rows take the one-region block tail (cpu.tiled_ffn), which a small
        # model's decode steps (kernels.decode_pass or separate products) never reach
        middle = prompt[::-1][:max(2, len(prompt) // 2)]
        with Scheduler(self, max_batch=2, max_queue=2) as sched:
            for handle in [sched.submit(ids, p) for ids, p in ((prompt, greedy), (prompt[:4], sampled))]:
                list(handle)
            list(sched.submit(middle, SamplingParams(temperature=0, max_tokens=2, ignore_eos=True)))
        elapsed = time.perf_counter() - t0
        log.info("local engine ready: kernels compiled or loaded from the disk cache (%s) in %.2f s",
                 numba.config.CACHE_DIR or "next to the sources", elapsed)
        return elapsed

    # --- generation ----------------------------------------------------------------------------
    def generate(
        self,
        prompt: str | Sequence[int],
        params: SamplingParams | None = None,
        cancel_event: threading.Event | None = None,
        timings: Timings | None = None,
    ) -> Iterator[GenerationChunk]:
        """Stream one chunk per sampled token (text may be empty while held back), then a final
        chunk with `finish_reason` and `usage`: one request through a private scheduler.
        Raises InvalidRequestError / ContextOverflowError before any work."""
        from local_engine.scheduler import Scheduler

        ids = self.prompt_ids(prompt)
        sched = Scheduler(self, max_batch=1, max_queue=1)
        try:
            handle = sched.submit(ids, params or SamplingParams(), cancel=cancel_event)
        except BaseException:
            sched.close()
            raise
        return self._drain(sched, handle, timings)

    @staticmethod
    def _drain(sched: Scheduler, handle: Handle, timings: Timings | None) -> Iterator[GenerationChunk]:
        try:
            yield from handle
        finally:  # also when the consumer stops iterating early: the sequence is cancelled
            handle.cancel()
            sched.close()
            if timings is not None:
                timings.prefill_s, timings.decode_s = handle.timings.prefill_s, handle.timings.decode_s


def _load_gpu(
    g: GGUFFile, n_gpu_layers: int | str, n_ctx: int, require_gpu: bool, n_slots: int, type_k: KVType, type_v: KVType
) -> Any:
    """A GpuOffload when layers go to the device (its KV caches in the pool's element types),
    None for a CPU-only plan."""
    from local_engine.gpu.placement import GpuUnavailableError, parse_n_gpu_layers

    try:
        request = parse_n_gpu_layers(n_gpu_layers)
    except ValueError as exc:
        raise ModelLoadError(str(exc)) from exc
    if request == 0 and not require_gpu:
        return None
    from local_engine.gpu.offload import GpuOffload

    try:
        offload = GpuOffload.load(g, request if request != 0 else "auto", n_ctx, require_gpu=require_gpu, n_slots=n_slots,
                                  type_k=type_k, type_v=type_v)
    except GpuUnavailableError as exc:
        raise ModelLoadError(f"{g.path}: {exc}") from exc
    return offload
