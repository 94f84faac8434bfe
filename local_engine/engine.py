"""Engine: one loaded GGUF model — tokenizer, chat template, and a streaming generator per request.

`generate` serves one sequence (the CLI, simple callers); the scheduler batches many sequences
over the same `Engine` through its lower-level pieces (`prompt_ids`, `check_prompt`,
`new_sequence`, `acquire_slot`, `forward`, `sampler_for`, `TextStream`, `finish_reason`,
`token_logprob`). Forward passes are serialised by a lock, so any thread may generate; each
request owns its KV sequence, device slot, sampler and detokenizer.

Finish reasons: "stop" (end-of-generation token or a stop string), "length" (max_tokens or a
full context), "cancelled" (`cancel_event` set; checked before every forward pass — the final
chunk then carries no new token).
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from local_engine.api import (
    ContextOverflowError,
    FinishReason,
    GenerationChunk,
    ModelInfo,
    ModelLoadError,
    NoChatTemplateError,
    SamplingParams,
    TokenLogprob,
    Usage,
)
from local_engine.gguf_file import GGUFFile
from local_engine.kv_cache import KVPool, KVShape, SequenceKV
from local_engine.models import Batch, Transformer, load_model
from local_engine.quants import set_num_threads
from local_engine.sampler import Sampler, log_softmax, top_logprobs
from local_engine.tokenizer import Detokenizer, Tokenizer, load_tokenizer

PREFILL_CHUNK = 512  # prompt tokens per forward pass (llama.cpp's n_ubatch): bounds attention scratch
DEFAULT_MAX_SEQUENCES = 8  # KV pool room, in full contexts (the pool commits memory lazily)


@dataclass
class Timings:
    """Wall-clock split of one generation (the CLI's --json timings)."""

    prefill_s: float = 0.0
    decode_s: float = 0.0


class TextStream:
    """Token ids -> text deltas that are valid UTF-8 and never leak a (possible) stop string.

    Text that could still be the start of a stop string is held back until it cannot be."""

    def __init__(self, tokenizer: Tokenizer, stop: Sequence[str]) -> None:
        self._detok = Detokenizer(tokenizer, skip_special=True)
        self._stop = [s for s in stop if s]
        self._held = ""

    def push(self, token_id: int) -> tuple[str, bool]:
        """(text safe to emit, whether a stop string completed; text then ends before it)."""
        text = self._held + self._detok.feed(token_id)
        cut = self._first_stop(text)
        if cut is not None:
            self._held = ""
            return text[:cut], True
        keep = self._stop_prefix_len(text)
        self._held = text[len(text) - keep :] if keep else ""
        return text[: len(text) - keep], False

    def flush(self) -> str:
        """End of stream: held text is not a stop string after all."""
        text, self._held = self._held + self._detok.flush(), ""
        cut = self._first_stop(text)
        return text if cut is None else text[:cut]

    def _first_stop(self, text: str) -> int | None:
        hits = [i for i in (text.find(s) for s in self._stop) if i >= 0]
        return min(hits) if hits else None

    def _stop_prefix_len(self, text: str) -> int:
        """Length of the longest suffix of `text` that is a proper prefix of some stop string."""
        best = 0
        for s in self._stop:
            for n in range(min(len(s) - 1, len(text)), best, -1):
                if text.endswith(s[:n]):
                    best = n
                    break
        return best


class Engine:
    """A GGUF model ready to generate. Build with `Engine.load`."""

    def __init__(
        self,
        path: Path,
        gguf: GGUFFile,
        model: Transformer,
        tokenizer: Tokenizer,
        n_ctx: int,
        gpu: Any = None,
        max_sequences: int = DEFAULT_MAX_SEQUENCES,
    ) -> None:
        self.path, self.gguf, self.model, self.tokenizer, self.n_ctx = path, gguf, model, tokenizer, n_ctx
        cfg = model.cfg
        self.kv_shape = KVShape(cfg.n_layers, cfg.n_kv_heads, cfg.head_dim, cfg.head_dim_v)
        self.kv_pool = KVPool.for_tokens(self.kv_shape, n_ctx * max_sequences)
        self.gpu = gpu
        self._slots: queue.Queue[int] = queue.Queue()
        for slot in range(max_sequences):
            self._slots.put(slot)
        self.load_s = 0.0
        self._lock = threading.Lock()
        self._chat_template: Any = None
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
    ) -> Engine:
        """Open, validate and prepare a model (ModelLoadError for anything unusable).

        `n_gpu_layers` (int | "all" | "auto"): trailing layers on a CUDA GPU; without one the
        planner logs one warning and the CPU runs everything, unless `require_gpu`."""
        t0 = time.perf_counter()
        if n_ctx < 2:
            raise ModelLoadError(f"n_ctx must be at least 2, not {n_ctx}")
        set_num_threads(max(1, n_threads))
        g = GGUFFile.open(path)
        gpu = _load_gpu(g, n_gpu_layers, n_ctx, require_gpu, max_sequences)
        engine = cls(Path(path), g, load_model(g, gpu), load_tokenizer(g.metadata), n_ctx, gpu, max_sequences)
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
            kv_bytes_per_token=cfg.kv_bytes_per_token,
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

    # --- text ----------------------------------------------------------------------------------
    def tokenize(self, text: str, add_special: bool = True, parse_special: bool = False) -> list[int]:
        return self.tokenizer.encode(text, add_special=add_special, parse_special=parse_special)

    def detokenize(self, ids: Sequence[int], skip_special: bool = True) -> str:
        return self.tokenizer.decode(ids, skip_special=skip_special)

    def apply_chat_template(self, messages: Sequence[dict[str, Any]], add_generation_prompt: bool = True) -> str:
        """The prompt the model's own `tokenizer.chat_template` renders (NoChatTemplateError without one)."""
        if not self.info.has_chat_template:
            raise NoChatTemplateError(f"{self.path.name} has no tokenizer.chat_template: use plain completion")
        if self._chat_template is None:
            from local_engine.chat_template import ChatTemplate

            self._chat_template = ChatTemplate.from_metadata(self.gguf.metadata)
            if self._chat_template is None:  # the key is there but blank: a base model all the same
                raise NoChatTemplateError(f"{self.path.name} has a blank tokenizer.chat_template")
        return self._chat_template.render(list(messages), add_generation_prompt=add_generation_prompt)

    def prompt_ids(self, prompt: str | Sequence[int]) -> list[int]:
        """Ids of a prompt: text is tokenized with BOS and special-token parsing (rendered chat
        templates contain special tokens), as llama-cpp-python does for completions."""
        if isinstance(prompt, str):
            return self.tokenize(prompt, add_special=True, parse_special=True)
        ids = [int(i) for i in prompt]
        bad = [i for i in ids if not 0 <= i < self.model.cfg.n_vocab]
        if bad:
            raise ValueError(f"token ids out of range [0, {self.model.cfg.n_vocab}): {bad[:5]}")
        return ids

    # --- pieces the scheduler shares ------------------------------------------------------------
    def new_sequence(self) -> SequenceKV:
        """An empty KV sequence of n_ctx positions from the engine's pool (free() it when done)."""
        return SequenceKV(self.kv_pool, self.n_ctx)

    def acquire_slot(self) -> int:
        """A sequence slot (the device KV rows of one sequence under GPU offload); blocks while all
        `max_sequences` are taken. Give it back with release_slot."""
        return self._slots.get()

    def release_slot(self, slot: int) -> None:
        self._slots.put(slot)

    def forward(self, batch: Batch) -> np.ndarray:
        """Logits of the batch's logit rows; one forward at a time across threads."""
        with self._lock:
            return self.model.forward(batch)

    def sampler_for(self, params: SamplingParams, prompt_ids: Sequence[int]) -> Sampler:
        return Sampler(params, self.model.cfg.n_vocab, prompt_ids)

    def check_prompt(self, ids: Sequence[int]) -> None:
        """ContextOverflowError unless the prompt leaves room for at least one new token."""
        if not ids:
            raise ValueError("empty prompt: nothing to condition on")
        if len(ids) + 1 > self.n_ctx:
            raise ContextOverflowError(
                f"prompt of {len(ids)} tokens (+1 to generate) exceeds the context of {self.n_ctx} tokens"
            )

    def prefill(self, kv: SequenceKV, ids: Sequence[int], slot: int = 0) -> np.ndarray:
        """Feed a prompt in chunks of PREFILL_CHUNK tokens; logits [n_vocab] after its last token."""
        logits = None
        for i in range(0, len(ids), PREFILL_CHUNK):
            logits = self.forward(Batch.build([(kv, ids[i : i + PREFILL_CHUNK])], slots=[slot]))
        assert logits is not None
        return logits[0]

    def token_logprob(self, logits: np.ndarray, token_id: int, n_top: int) -> TokenLogprob:
        lp = log_softmax(logits)
        piece = self.tokenizer.token_to_piece
        top = [(piece(i).decode("utf-8", "replace"), v) for i, v in top_logprobs(lp, n_top)]
        return TokenLogprob(piece(token_id).decode("utf-8", "replace"), token_id, float(lp[token_id]), top)

    # --- generation ----------------------------------------------------------------------------
    def generate(
        self,
        prompt: str | Sequence[int],
        params: SamplingParams | None = None,
        cancel_event: threading.Event | None = None,
        timings: Timings | None = None,
    ) -> Iterator[GenerationChunk]:
        """Stream one chunk per sampled token (text may be empty while held back), then a final
        chunk with `finish_reason` and `usage`. Raises ContextOverflowError before any work."""
        params = params or SamplingParams()
        ids = self.prompt_ids(prompt)
        self.check_prompt(ids)
        return self._generate(ids, params, cancel_event, timings or Timings())

    def _generate(
        self, ids: list[int], params: SamplingParams, cancel: threading.Event | None, timings: Timings
    ) -> Iterator[GenerationChunk]:
        kv, slot = self.new_sequence(), self.acquire_slot()
        try:
            yield from self._run(kv, slot, ids, params, cancel, timings)
        finally:  # also when the consumer stops iterating early
            kv.free()
            self.release_slot(slot)

    def _run(
        self,
        kv: SequenceKV,
        slot: int,
        ids: list[int],
        params: SamplingParams,
        cancel: threading.Event | None,
        timings: Timings,
    ) -> Iterator[GenerationChunk]:
        budget = self.n_ctx - len(ids)
        if params.max_tokens is not None:
            budget = min(budget, max(0, params.max_tokens))
        if budget == 0 or (cancel is not None and cancel.is_set()):
            yield GenerationChunk("", [], "length" if budget == 0 else "cancelled", Usage(len(ids), 0))
            return
        sampler, stream = self.sampler_for(params, ids), TextStream(self.tokenizer, params.stop)
        t0 = time.perf_counter()
        logits = self.prefill(kv, ids, slot)
        t1 = time.perf_counter()
        timings.prefill_s = t1 - t0
        n_out = 0
        while True:
            token = sampler.sample(logits)
            sampler.accept(token)
            n_out += 1
            text, stopped = stream.push(token)
            lp = [self.token_logprob(logits, token, params.top_logprobs)] if params.logprobs else None
            finish = self.finish_reason(token, stopped, n_out, budget, params)
            if finish is not None:
                timings.decode_s = time.perf_counter() - t1
                text += "" if stopped else stream.flush()
                yield GenerationChunk(text, [token], finish, Usage(len(ids), n_out), lp)
                return
            yield GenerationChunk(text, [token], logprobs=lp)
            if cancel is not None and cancel.is_set():
                timings.decode_s = time.perf_counter() - t1
                yield GenerationChunk(stream.flush(), [], "cancelled", Usage(len(ids), n_out))
                return
            logits = self.forward(Batch.build([(kv, [token])], slots=[slot]))[0]

    def finish_reason(
        self, token: int, stopped: bool, n_out: int, budget: int, params: SamplingParams
    ) -> FinishReason | None:
        """Why generation ends after `token` (the n_out-th), or None to go on; budget = max new tokens."""
        if stopped or (not params.ignore_eos and self.tokenizer.is_eog(token)):
            return "stop"
        if n_out >= budget:
            return "length"
        return None


def _load_gpu(g: GGUFFile, n_gpu_layers: int | str, n_ctx: int, require_gpu: bool, n_slots: int) -> Any:
    """A GpuOffload when layers go to the device, None for a CPU-only plan."""
    from local_engine.gpu.placement import GpuUnavailableError, parse_n_gpu_layers

    try:
        request = parse_n_gpu_layers(n_gpu_layers)
    except ValueError as exc:
        raise ModelLoadError(str(exc)) from exc
    if request == 0 and not require_gpu:
        return None
    from local_engine.gpu.offload import GpuOffload

    try:
        offload = GpuOffload.load(g, request if request != 0 else "auto", n_ctx, require_gpu=require_gpu, n_slots=n_slots)
    except GpuUnavailableError as exc:
        raise ModelLoadError(f"{g.path}: {exc}") from exc
    return offload
