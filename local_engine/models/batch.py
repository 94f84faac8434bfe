"""What one forward pass runs over: tokens of one or more sequences, concatenated.

Prefill of one prompt is one segment of n tokens; a batched decode step is B segments of one
token each; the scheduler may mix both. Every weight product runs once over all rows; only
attention loops over segments (each reads its own sequence's KV cache).

A segment's role (a decode step, or prompt tokens) picks its attention kernel, whatever else
shares the pass: the two kernels round differently, and a sequence's output must not depend on
whether another request's prompt happened to be prefilled in the same pass (see Batch.roles).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from local_engine.kv_cache import SequenceKV

# prompt tokens per forward pass (llama.cpp's n_ubatch), for the CPU and the GPU alike: bounds the
# attention scratch of a pass and lets decoding sequences move between a long prompt's chunks
PREFILL_CHUNK = 512


@dataclass
class Segment:
    """Rows [start, stop) of the batch: tokens of `kv`'s sequence at positions pos0, pos0+1, ..."""

    start: int
    stop: int
    kv: SequenceKV
    pos0: int
    decoding: bool = False  # one sampled token fed back (a decode step), not prompt tokens

    @property
    def end(self) -> int:
        """One past the last position this segment writes (the attended length)."""
        return self.pos0 + self.stop - self.start


@dataclass
class PromptScores:
    """Rows of a pass whose next-token logprobs a sequence wants besides its sampling row: its
    prompt's own tokens (OpenAI's echo + logprobs). The model's forward fills the results,
    running the output head over a block of these rows at a time."""

    rows: np.ndarray  # int64: batch rows (prompt positions p)
    targets: np.ndarray  # int64: the prompt token at p + 1, whose logprob row p gives
    n_top: int  # alternatives per row
    # filled by the forward pass:
    logprobs: np.ndarray = field(default_factory=lambda: np.zeros(0))  # float64 [rows]: each target's
    top_ids: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.int64))  # [rows, n_top], best first
    top_logprobs: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))  # float64 [rows, n_top]


@dataclass
class Batch:
    """Token ids, their positions, the segments they form, and the rows that need logits."""

    tokens: np.ndarray  # int64 [n]
    positions: np.ndarray  # int64 [n]
    segments: list[Segment]
    logit_rows: np.ndarray  # int64: rows whose logits the caller wants
    slots: np.ndarray | None = None  # int32 per token: device KV slot of its sequence (GPU offload)
    single_tokens: bool = False  # every segment is a decode step (one token): attention's fast path
    cache: dict[object, object] = field(default_factory=dict)  # per-pass memo (e.g. RoPE tables)
    scores: list[PromptScores] = field(default_factory=list)  # prompt rows to score (rarely any)

    @classmethod
    def build(
        cls,
        parts: Sequence[tuple[SequenceKV, Sequence[int]]],
        all_logits: bool = False,
        slots: Sequence[int] | None = None,
        decoding: Sequence[bool] | None = None,
    ) -> Batch:
        """Reserve cache room for each (sequence, new tokens) and lay the tokens out in order.

        `slots` (one per part) names each sequence's device KV slot when layers run on a GPU.
        `decoding` (one per part) says which parts are decode steps (default: the one-token
        parts); the scheduler says it, so a one-token prompt is attended as a prompt.
        Raises ContextOverflowError (from the cache) before anything is computed."""
        tokens, positions, segments, rows = [], [], [], []
        start = 0
        roles = [len(ids) == 1 for _, ids in parts] if decoding is None else list(decoding)
        for (kv, ids), role in zip(parts, roles):
            n = len(ids)
            if role and n != 1:
                raise ValueError(f"a decode step feeds one token, not {n}")
            kv.reserve(kv.length + n)
            segments.append(Segment(start, start + n, kv, kv.length, role))
            tokens.append(np.asarray(ids, np.int64))
            positions.append(np.arange(kv.length, kv.length + n, dtype=np.int64))
            rows.append(np.arange(start, start + n) if all_logits else np.array([start + n - 1]))
            start += n
        token_slots = None
        if slots is not None:
            token_slots = np.repeat(np.asarray(slots, np.int32), [len(ids) for _, ids in parts])
        return cls(
            np.concatenate(tokens),
            np.concatenate(positions),
            segments,
            np.concatenate(rows).astype(np.int64),
            token_slots,
            single_tokens=all(roles),
        )

    @property
    def n_tokens(self) -> int:
        return int(self.tokens.shape[0])

    def starts(self) -> np.ndarray:
        """int64 [segments + 1]: the first row of each segment, then n_tokens."""
        return np.array([seg.start for seg in self.segments] + [self.n_tokens], np.int64)

    def roles(self) -> tuple[tuple[Batch, np.ndarray], tuple[Batch, np.ndarray]] | None:
        """A mixed pass apart: ((its decode steps, their rows), (its prompt segments, their rows)),
        each a Batch of those segments renumbered from row 0 (sharing the caches; only this
        batch commits). None unless the pass holds both roles. Built once per pass."""
        if "roles" not in self.cache:
            decoding = [seg for seg in self.segments if seg.decoding]
            prompts = [seg for seg in self.segments if not seg.decoding]
            self.cache["roles"] = (self._part(decoding), self._part(prompts)) if decoding and prompts else None
        return self.cache["roles"]  # type: ignore[return-value]

    def _part(self, segments: list[Segment]) -> tuple[Batch, np.ndarray]:
        rows = np.concatenate([np.arange(seg.start, seg.stop) for seg in segments]).astype(np.int64)
        renumbered, start = [], 0
        for seg in segments:
            n = seg.stop - seg.start
            renumbered.append(Segment(start, start + n, seg.kv, seg.pos0, seg.decoding))
            start += n
        slots = self.slots[rows] if self.slots is not None else None
        part = Batch(self.tokens[rows], self.positions[rows], renumbered, np.zeros(0, np.int64), slots,
                     single_tokens=all(seg.decoding for seg in segments))
        return part, rows

    def block_tables(self, ring: bool = False) -> tuple[np.ndarray, np.ndarray, int]:
        """(first position of each segment, int64 [segments, blocks] block tables padded with -1,
        ring blocks or 0), built once per pass: the batched decode attention kernel reads every
        sequence's cache. `ring`: the tables of sliding-window layers that keep only their window."""
        key = ("block_tables", ring)
        if key not in self.cache:
            layer = next((i for i in range(self.segments[0].kv.pool.shape.n_layers)
                          if self.segments[0].kv.pool.is_ring(i) == ring), 0)
            found = [seg.kv.table_for(layer) for seg in self.segments]
            width = max(t.shape[0] for t, _ in found)
            tables = np.full((len(self.segments), width), -1, np.int64)
            for i, (t, _) in enumerate(found):
                tables[i, : t.shape[0]] = t
            positions = np.array([seg.pos0 for seg in self.segments], np.int64)
            self.cache[key] = (positions, tables, found[0][1])
        return self.cache[key]  # type: ignore[return-value]

    def commit(self) -> None:
        """Mark the tokens as cached (after a successful forward pass)."""
        for seg in self.segments:
            seg.kv.length = seg.end
