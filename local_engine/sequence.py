"""One request from admission to its last chunk: `SequenceState`, the per-sequence object the
scheduler owns (sampler, stop/finish rule, token budget, detokenizer, KV blocks, device slot).

Why one object: every piece of a sequence's state lives here, so the scheduler's loop only
decides *which* sequences run in a forward pass, and a failure while serving one sequence
(sampling, detokenizing) is caught around one call and fails that sequence alone.

Finish reasons: "stop" (end-of-generation token or a stop string), "length" (max_tokens or a
full context), "cancelled" (the handle was cancelled; the final chunk then carries no new token).
A sequence asked to score its prompt (`prompt_logprobs`) names the rows of each prefill chunk to
score (`prompt_scores`) and puts the result on its first chunk; with max_tokens=0 that chunk is
also its last.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from local_engine.api import FinishReason, GenerationChunk, SamplingParams, TokenLogprob, Usage
from local_engine.kv_cache import SequenceKV
from local_engine.models.batch import PromptScores, Segment
from local_engine.sampler import Sampler, log_softmax, top_logprobs
from local_engine.tokenizer import Detokenizer, Tokenizer

if TYPE_CHECKING:
    from local_engine.engine import Engine


@dataclass
class Timings:
    """Wall-clock split of one generation (the CLI's --json timings)."""

    prefill_s: float = 0.0  # admission to the first sampled token
    decode_s: float = 0.0  # first token to the last


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
        """End of stream: held text is not a stop string after all; the bytes of a character the
        end cut in half are dropped (as llama.cpp does), never emitted as U+FFFD."""
        text, self._held = self._held + self._detok.flush(drop_incomplete=True), ""
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


class SequenceState:
    """An admitted request: what it has consumed and produced, and what it holds.

    Built by the scheduler once a device slot and KV room are granted (`slot`, `blocks`);
    `release()` gives both back exactly once."""

    def __init__(
        self,
        engine: Engine,
        ids: list[int],
        params: SamplingParams,
        budget: int,
        slot: int,
        blocks: int,
        fork_of: SequenceState | None = None,
    ) -> None:
        """`fork_of`: another choice of the same prompt whose prefill is complete; this one starts
        on a copy of its KV cache (n > 1 choices prefill their prompt once)."""
        self.engine, self.ids, self.params, self.budget = engine, ids, params, budget
        self.slot, self.blocks = slot, blocks
        self.kv = SequenceKV(engine.kv_pool, engine.n_ctx)
        self._released = False
        # the prompt's own logprobs, block by block of prefill (echo + logprobs); a fork shares its leader's
        self.scores: list[PromptScores] = list(fork_of.scores) if fork_of is not None else []
        try:
            if fork_of is not None:
                engine.fork_kv(fork_of.kv, self.kv, fork_of.slot, slot)
                self.cached = fork_of.cached
            elif engine.prefix_cache is not None and params.prompt_logprobs is None:
                self.cached = engine.prefix_cache.attach(self.kv, ids)
            else:  # a prompt to score is computed whole: cached positions would have no logits
                self.cached = 0
            constraint = engine.grammar_compiler.constraint(params.grammar) if params.grammar is not None else None
            self.sampler = Sampler(params, engine.model.cfg.n_vocab, ids, constraint)
            self.stream = TextStream(engine.tokenizer, params.stop)
        except BaseException:
            self.release()
            raise
        self.todo = [] if fork_of is not None else ids[self.cached :]  # prompt tokens not yet in the cache
        self.last = -1  # last sampled token: the next decode step's input
        self.n_out = 0
        self.timings = Timings()
        self._t0 = time.perf_counter()
        self._t_first = 0.0

    # --- what the next forward pass feeds -------------------------------------------------------
    @property
    def prefilling(self) -> bool:
        return bool(self.todo)

    def next_input(self, room: int) -> list[int]:
        """Tokens for the next pass: up to `room` prompt tokens while prefilling, else the last
        sampled token; [] when prefilling and no room is left this step."""
        return self.todo[:room] if self.todo else [self.last]

    def consumed(self, n_prompt: int) -> bool:
        """After a pass that took `n_prompt` prompt tokens: whether the pass's logits are ours
        to sample from (the prompt is complete, or this was a decode step)."""
        if not n_prompt:
            return True
        self.todo = self.todo[n_prompt:]
        if self.todo:
            return False
        if self.engine.prefix_cache is not None:
            self.engine.prefix_cache.publish(self.kv, self.ids)
        return True

    def prompt_scores(self, seg: Segment) -> PromptScores | None:
        """What to score in this pass's prompt chunk `seg` when the prompt's logprobs are wanted:
        every position but the prompt's last (whose logits sample the first output token)."""
        n_top = self.params.prompt_logprobs
        hi = min(seg.end, len(self.ids) - 1)
        if n_top is None or not self.prefilling or hi <= seg.pos0:
            return None
        pos = np.arange(seg.pos0, hi)
        return PromptScores(seg.start + pos - seg.pos0, np.asarray(self.ids, np.int64)[pos + 1], n_top)

    # --- what the logits produce ----------------------------------------------------------------
    def advance(self, logits: np.ndarray, cancelled: bool) -> GenerationChunk:
        """Sample one token, stream its text, decide whether the sequence ends (finish_reason)."""
        p = self.params
        if self.budget == 0:  # max_tokens=0 with a prompt to score: nothing is generated
            self._t_first = time.perf_counter()
            self.timings.prefill_s = self._t_first - self._t0
            return GenerationChunk("", [], "length", self.usage(), prompt_logprobs=self._prompt_logprobs())
        token = self.sampler.sample(logits)
        self.sampler.accept(token)
        self.n_out += 1
        if self.n_out == 1:
            self._t_first = time.perf_counter()
            self.timings.prefill_s = self._t_first - self._t0
        text, stopped = self.stream.push(token)
        lp = [self._logprob(logits, token, p.top_logprobs)] if p.logprobs else None
        prompt = self._prompt_logprobs() if self.n_out == 1 else None
        finish = self._finish_reason(token, stopped, cancelled)
        if finish is None:
            self.last = token
            return GenerationChunk(text, [token], logprobs=lp, prompt_logprobs=prompt)
        self._stamp_end()
        text += "" if stopped else self.stream.flush()
        return GenerationChunk(text, [token], finish, self.usage(), lp, prompt)

    def _finish_reason(self, token: int, stopped: bool, cancelled: bool) -> FinishReason | None:
        if stopped or (not self.params.ignore_eos and self.engine.tokenizer.is_eog(token)):
            return "stop"
        if self.n_out >= self.budget:
            return "length"
        return "cancelled" if cancelled else None

    def cancelled_chunk(self) -> GenerationChunk:
        """The last chunk of a sequence cancelled between steps (no new token)."""
        self._stamp_end()
        return GenerationChunk(self.stream.flush(), [], "cancelled", self.usage())

    def _logprob(self, logits: np.ndarray, token_id: int, n_top: int) -> TokenLogprob:
        lp = log_softmax(logits)
        text = self._piece_text
        return TokenLogprob(text(token_id), token_id, float(lp[token_id]),
                            [(text(i), v) for i, v in top_logprobs(lp, n_top)])

    def _prompt_logprobs(self) -> list[TokenLogprob | None] | None:
        """The scored prompt (first chunk only): None for its first token, then each token's logprob."""
        if self.params.prompt_logprobs is None:
            return None
        text = self._piece_text
        out: list[TokenLogprob | None] = [None]
        for s in self.scores:
            for target, lp, ids, lps in zip(s.targets.tolist(), s.logprobs.tolist(), s.top_ids.tolist(),
                                            s.top_logprobs.tolist()):
                out.append(TokenLogprob(text(target), target, lp, [(text(i), v) for i, v in zip(ids, lps)]))
        return out

    def _piece_text(self, token_id: int) -> str:
        return self.engine.tokenizer.token_to_piece(token_id).decode("utf-8", "replace")

    def _stamp_end(self) -> None:
        if self._t_first:
            self.timings.decode_s = time.perf_counter() - self._t_first

    def usage(self) -> Usage:
        return Usage(len(self.ids), self.n_out, self.cached)

    # --- resources ------------------------------------------------------------------------------
    def release(self) -> None:
        """Give back KV blocks, the block promise and the device slot (idempotent)."""
        if self._released:
            return
        self._released = True
        self.kv.free()
        self.engine.kv_pool.unpromise(self.blocks)
        self.engine.release_slot(self.slot)
