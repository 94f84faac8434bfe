"""Key/value storage for attention: one pool of fixed-size blocks shared by many sequences (paged).

Why paged: the scheduler runs many sequences of unknown final length; a pool of
`block_size`-token blocks lets each sequence hold exactly the blocks it has filled, and lets a
later prefix cache share the blocks of a common prompt (blocks are reference counted).
Values are rounded to float16 like llama.cpp's default cache (its numerics) but stored as
float32: reading them is then a view or one gather, not a conversion of the whole history per
layer per token (numba has no float16 to do that conversion in a kernel). The pool lives in anonymous memory maps, so the OS commits 4 KiB pages only as blocks are first
written (numpy's own large allocations ask for transparent huge pages: one 2 MiB page per head
per layer on the first token, ~360 MB resident for a one-token sequence of SmolLM2).

Layout per layer: K[kv_head, block, slot, head_dim], so gathering a sequence's blocks along
axis 1 yields [kv_head, tokens, head_dim] with one fancy-index copy and a free reshape.
"""

from __future__ import annotations

import hashlib
import heapq
import mmap
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from local_engine.api import ContextOverflowError

DEFAULT_BLOCK_SIZE = 64


def _lazy_zeros(shape: tuple[int, ...]) -> np.ndarray:
    """float32 zeros in an anonymous mapping: pages are committed when first written, 4 KiB at a time."""
    n = int(np.prod(shape))
    return np.frombuffer(mmap.mmap(-1, max(4 * n, 1)), np.float32, n).reshape(shape)


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
        self.k = [_lazy_zeros((*dims, shape.head_dim)) for _ in range(shape.n_layers)]
        self.v = [_lazy_zeros((*dims, shape.head_dim_v)) for _ in range(shape.n_layers)]
        self._free = list(range(n_blocks))  # min-heap: low blocks first keeps touched memory small
        self._refs = np.zeros(n_blocks, np.int32)
        self._lock = threading.Lock()
        self._promised = 0  # blocks admitted sequences may still claim (admission accounting)
        # called with a shortfall before an allocation fails (a PrefixCache frees its idle blocks)
        self.reclaim: Callable[[int], int] | None = None

    @classmethod
    def for_tokens(cls, shape: KVShape, n_tokens: int, block_size: int = DEFAULT_BLOCK_SIZE) -> KVPool:
        """A pool holding at least `n_tokens` tokens."""
        return cls(shape, -(-n_tokens // block_size), block_size)

    @classmethod
    def for_sequences(cls, shape: KVShape, n_ctx: int, n_seqs: int, block_size: int = DEFAULT_BLOCK_SIZE) -> KVPool:
        """A pool where `n_seqs` sequences can each fill `n_ctx` positions at once."""
        return cls(shape, n_seqs * -(-n_ctx // block_size), block_size)

    @property
    def free_blocks(self) -> int:
        return len(self._free)

    def promise(self, n: int) -> bool:
        """Set aside room for a sequence that may grow to `n` blocks; False while earlier promises
        leave too little (a lone request always gets in: it can at worst evict cached prefixes)."""
        with self._lock:
            if self._promised and self._promised + n > self.n_blocks:
                return False
            self._promised += n
            return True

    def can_promise(self, n: int) -> bool:
        with self._lock:
            return not self._promised or self._promised + n <= self.n_blocks

    def unpromise(self, n: int) -> None:
        with self._lock:
            self._promised -= n

    def allocate(self, n: int) -> list[int]:
        """`n` block ids, or ContextOverflowError when the pool cannot supply them."""
        short = n - len(self._free)
        if short > 0 and self.reclaim is not None:
            self.reclaim(short)  # outside our lock: the reclaimer calls back into release
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

    def count_unshared(self, ids: Sequence[int]) -> int:
        with self._lock:
            return sum(1 for i in ids if self._refs[i] == 1)

    def release_unshared(self, ids: Sequence[int], limit: int) -> list[int]:
        """Release up to `limit` of `ids` (in order) whose only holder is the caller; those released."""
        with self._lock:
            gone = [i for i in ids if self._refs[i] == 1][:limit]
            for i in gone:
                self._refs[i] = 0
                heapq.heappush(self._free, i)
            return gone


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

    @property
    def table(self) -> np.ndarray:
        """int64 block ids in position order (position p lives in block table[p // block_size])."""
        return self._table

    def write(self, layer: int, positions: np.ndarray, k: np.ndarray, v: np.ndarray) -> None:
        """Store k[n, kv_heads, head_dim] / v at `positions` (already reserved)."""
        bs = self.pool.block_size
        k16, v16 = k.astype(np.float16), v.astype(np.float16)  # the cache's rounding
        if positions.shape[0] == 1:  # decode: plain indexing, no fancy-index machinery
            p = int(positions[0])
            blk, slot = self.blocks[p // bs], p % bs
            self.pool.k[layer][:, blk, slot] = k16[0]
            self.pool.v[layer][:, blk, slot] = v16[0]
            return
        blk, slot = self._table[positions // bs], positions % bs
        self.pool.k[layer][:, blk, slot] = k16.transpose(1, 0, 2)
        self.pool.v[layer][:, blk, slot] = v16.transpose(1, 0, 2)

    def read(self, layer: int, start: int, end: int) -> tuple[np.ndarray, np.ndarray]:
        """float32 K, V [kv_heads, end - start, head_dim] for positions [start, end): views when
        the blocks are consecutive in the pool (the usual case), else one gather. Do not modify."""
        bs = self.pool.block_size
        b0, b1 = start // bs, -(-end // bs)
        first, last = self.blocks[b0], self.blocks[b1 - 1]
        if last - first == b1 - b0 - 1:
            k, v = self.pool.k[layer][:, first : last + 1], self.pool.v[layer][:, first : last + 1]
        else:
            ids = self._table[b0:b1]
            k, v = self.pool.k[layer][:, ids], self.pool.v[layer][:, ids]
        lo, hi = start - b0 * bs, end - b0 * bs
        return k.reshape(k.shape[0], -1, k.shape[-1])[:, lo:hi], v.reshape(v.shape[0], -1, v.shape[-1])[:, lo:hi]

    def adopt(self, blocks: list[int], length: int) -> None:
        """Start an empty sequence on blocks someone retained for it (a cached prompt prefix)."""
        assert not self.blocks, "adopt() needs an empty sequence"
        self.blocks, self.length = list(blocks), length
        self._table = np.asarray(self.blocks, np.int64)

    def fork(self, src: SequenceKV) -> None:
        """Start this empty sequence as a copy of `src` (n > 1 choices of one prompt): its full
        blocks are shared (reference counted, never written again: new tokens go past them), the
        partly filled last block is copied, so each choice writes only its own blocks."""
        assert not self.blocks, "fork() needs an empty sequence"
        bs = self.pool.block_size
        full = src.length // bs
        shared = src.blocks[:full]
        self.pool.retain(shared)
        self.adopt(shared, full * bs)
        tail = src.length - full * bs
        if tail:
            self.reserve(src.length)
            old, new = src.blocks[full], self.blocks[full]
            for layer in range(self.pool.shape.n_layers):
                self.pool.k[layer][:, new, :tail] = self.pool.k[layer][:, old, :tail]
                self.pool.v[layer][:, new, :tail] = self.pool.v[layer][:, old, :tail]
            self.length = src.length

    def truncate(self, length: int) -> None:
        """Forget positions >= length (keeps blocks; used to rewind)."""
        self.length = min(self.length, length)

    def free(self) -> None:
        """Return every block to the pool."""
        self.pool.release(self.blocks)
        self.blocks, self.length = [], 0
        self._table = np.zeros(0, np.int64)


class PrefixCache:
    """Full prompt blocks indexed by content, so requests sharing a prompt prefix (a system prompt,
    an earlier chat turn) reuse its keys/values instead of recomputing them.

    A block's key hashes its tokens *and* every token before it (a chain, as in vLLM), so equal
    keys mean equal positions and equal history. The cache holds one reference per published
    block; blocks only the cache holds are evicted least-recently-used first, when the pool
    runs short (it registers itself as the pool's `reclaim`).
    """

    def __init__(self, pool: KVPool) -> None:
        self.pool = pool
        self._blocks: OrderedDict[bytes, int] = OrderedDict()
        self._lock = threading.Lock()
        pool.reclaim = self.evict

    def __len__(self) -> int:
        return len(self._blocks)

    def _keys(self, ids: Sequence[int], n_blocks: int) -> list[bytes]:
        bs, keys, prev = self.pool.block_size, [], b""
        tokens = np.asarray(ids[: n_blocks * bs], np.int64)
        for b in range(n_blocks):
            prev = hashlib.blake2b(prev + tokens[b * bs : (b + 1) * bs].tobytes(), digest_size=16).digest()
            keys.append(prev)
        return keys

    def attach(self, kv: SequenceKV, ids: Sequence[int]) -> int:
        """Start empty `kv` on the longest cached prefix of `ids`; the number of tokens reused.

        At least the last prompt token is left to compute (its logits pick the first new token),
        and reuse is block-aligned, so the sequence never writes into a shared block."""
        usable = (len(ids) - 1) // self.pool.block_size
        with self._lock:
            hit: list[int] = []
            for key in self._keys(ids, usable):
                block = self._blocks.get(key)
                if block is None:
                    break
                self._blocks.move_to_end(key)
                hit.append(block)
            self.pool.retain(hit)
        kv.adopt(hit, len(hit) * self.pool.block_size)
        return kv.length

    def publish(self, kv: SequenceKV, ids: Sequence[int]) -> None:
        """Offer the full blocks `kv` holds for prompt `ids` (call once they are computed)."""
        n = min(len(ids), kv.length) // self.pool.block_size
        with self._lock:
            for key, block in zip(self._keys(ids, n), kv.blocks[:n]):
                if key not in self._blocks:
                    self._blocks[key] = block
                    self.pool.retain([block])

    def idle_blocks(self) -> int:
        """Cached blocks no sequence uses (free for the taking: evicted on demand)."""
        with self._lock:
            ids = list(self._blocks.values())
        return self.pool.count_unshared(ids)

    def evict(self, n: int) -> int:
        """Free up to `n` blocks that only the cache holds, least recently used first."""
        with self._lock:
            freed = set(self.pool.release_unshared(list(self._blocks.values()), n))
            for key in [k for k, b in self._blocks.items() if b in freed]:
                del self._blocks[key]
            return len(freed)

    def clear(self) -> None:
        """Drop every cached block (sequences using them keep their own references)."""
        with self._lock:
            self.pool.release(list(self._blocks.values()))
            self._blocks.clear()
