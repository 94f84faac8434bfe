"""Key/value storage for attention: one pool of fixed-size blocks shared by many sequences (paged).

Why paged: the scheduler runs many sequences of unknown final length; a pool of
`block_size`-token blocks lets each sequence hold exactly the blocks it has filled, and lets a
later prefix cache share the blocks of a common prompt (blocks are reference counted).
Storage is float16 like llama.cpp's default cache (half the memory, and its numerics).
The pool is allocated with `np.zeros`, so the OS commits pages only as blocks are first written.

Layout per layer: K[kv_head, block, slot, head_dim], so gathering a sequence's blocks along
axis 1 yields [kv_head, tokens, head_dim] with one fancy-index copy and a free reshape.
"""

from __future__ import annotations

import heapq
import threading
from dataclasses import dataclass, field

import numpy as np

from local_engine.api import ContextOverflowError

DEFAULT_BLOCK_SIZE = 64


@dataclass(frozen=True)
class KVShape:
    """What one token's cache entry looks like across the model."""

    n_layers: int
    n_kv_heads: int
    head_dim: int
    head_dim_v: int


class KVPool:
    """Fixed-size blocks for every layer's K and V; thread-safe allocation with reference counts."""

    def __init__(self, shape: KVShape, n_blocks: int, block_size: int = DEFAULT_BLOCK_SIZE) -> None:
        self.shape, self.n_blocks, self.block_size = shape, n_blocks, block_size
        dims = (shape.n_kv_heads, n_blocks, block_size)
        self.k = [np.zeros((*dims, shape.head_dim), np.float16) for _ in range(shape.n_layers)]
        self.v = [np.zeros((*dims, shape.head_dim_v), np.float16) for _ in range(shape.n_layers)]
        self._free = list(range(n_blocks))  # min-heap: low blocks first keeps touched memory small
        self._refs = np.zeros(n_blocks, np.int32)
        self._lock = threading.Lock()

    @classmethod
    def for_tokens(cls, shape: KVShape, n_tokens: int, block_size: int = DEFAULT_BLOCK_SIZE) -> KVPool:
        """A pool holding at least `n_tokens` tokens."""
        return cls(shape, -(-n_tokens // block_size), block_size)

    @property
    def free_blocks(self) -> int:
        return len(self._free)

    def allocate(self, n: int) -> list[int]:
        """`n` block ids, or ContextOverflowError when the pool cannot supply them."""
        with self._lock:
            if n > len(self._free):
                raise ContextOverflowError(
                    f"KV cache pool exhausted: need {n} more blocks of {self.block_size} tokens, "
                    f"{len(self._free)} of {self.n_blocks} free"
                )
            ids = [heapq.heappop(self._free) for _ in range(n)]
            self._refs[ids] = 1
            return ids

    def retain(self, ids: list[int]) -> None:
        """Share blocks with another sequence (prefix reuse)."""
        with self._lock:
            self._refs[ids] += 1

    def release(self, ids: list[int]) -> None:
        """Drop one reference per block; blocks nobody holds return to the pool."""
        with self._lock:
            for i in ids:
                self._refs[i] -= 1
                if self._refs[i] == 0:
                    heapq.heappush(self._free, i)


@dataclass
class SequenceKV:
    """One sequence's view of the pool: its block table and how many positions are filled."""

    pool: KVPool
    n_ctx: int
    blocks: list[int] = field(default_factory=list)
    length: int = 0
    _table: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64), repr=False)

    def reserve(self, end: int) -> None:
        """Make positions [0, end) writable; ContextOverflowError beyond n_ctx (with the numbers)."""
        if end > self.n_ctx:
            raise ContextOverflowError(
                f"sequence needs {end} tokens of context but n_ctx is {self.n_ctx} "
                f"({self.length} already cached, {end - self.length} new)"
            )
        need = -(-end // self.pool.block_size) - len(self.blocks)
        if need > 0:
            self.blocks.extend(self.pool.allocate(need))
            self._table = np.asarray(self.blocks, np.int64)

    def write(self, layer: int, positions: np.ndarray, k: np.ndarray, v: np.ndarray) -> None:
        """Store k[n, kv_heads, head_dim] / v at `positions` (already reserved)."""
        bs = self.pool.block_size
        blk, slot = self._table[positions // bs], positions % bs
        self.pool.k[layer][:, blk, slot] = k.transpose(1, 0, 2)
        self.pool.v[layer][:, blk, slot] = v.transpose(1, 0, 2)

    def read(self, layer: int, start: int, end: int) -> tuple[np.ndarray, np.ndarray]:
        """float32 K, V [kv_heads, end - start, head_dim] for positions [start, end)."""
        bs = self.pool.block_size
        b0, b1 = start // bs, -(-end // bs)
        ids = self._table[b0:b1]
        k, v = self.pool.k[layer][:, ids], self.pool.v[layer][:, ids]
        lo, hi = start - b0 * bs, end - b0 * bs
        k = k.reshape(k.shape[0], -1, k.shape[-1])[:, lo:hi]
        v = v.reshape(v.shape[0], -1, v.shape[-1])[:, lo:hi]
        return k.astype(np.float32), v.astype(np.float32)

    def truncate(self, length: int) -> None:
        """Forget positions >= length (keeps blocks; used to rewind)."""
        self.length = min(self.length, length)

    def free(self) -> None:
        """Return every block to the pool."""
        self.pool.release(self.blocks)
        self.blocks, self.length = [], 0
        self._table = np.zeros(0, np.int64)
