"""Key/value storage for attention: one pool of fixed-size blocks shared by many sequences (paged).

Why paged: the scheduler runs many sequences of unknown final length; a pool of
`block_size`-token blocks lets each sequence hold exactly the blocks it has filled, and lets a
later prefix cache share the blocks of a common prompt (blocks are reference counted).

Element types follow llama.cpp's `--cache-type-k/-v`: `f16` (the default: IEEE half floats,
kept as their uint16 bits because numba has no float16) or `q8_0` (blocks of 32 int8 values with
one f16 scale: 34 bytes per 32 values). Sliding-window layers (gemma3's local layers) keep only
their window: each sequence owns a ring of `ring_cells` cells for them (llama.cpp's SWA cache:
window + PREFILL_CHUNK cells, padded to 256), position p living in cell p % ring_cells.
The pool lives in anonymous memory maps, so the OS commits 4 KiB pages only as blocks are first
written (numpy's own large allocations ask for transparent huge pages).

Layout per layer: codes[kv_head, block, slot, head_dim] (+ scales[kv_head, block, slot,
head_dim / 32] for q8_0), so a sequence's positions gather into [kv_head, tokens, head_dim].
"""

from __future__ import annotations

import hashlib
import heapq
import mmap
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from local_engine.api import ContextOverflowError, ModelLoadError

DEFAULT_BLOCK_SIZE = 64
KVType = Literal["f16", "q8_0"]
KV_TYPES: tuple[KVType, ...] = ("f16", "q8_0")
Q8_BLOCK = 32  # values per q8_0 block (one f16 scale each)
KV_CODES = {"f16": 0, "q8_0": 1}  # the attention kernels' element-type switch (CPU and GPU)
SWA_PAD = 256  # llama.cpp pads its SWA cache size to 256 cells


def kv_type(name: str) -> KVType:
    """A KV element type by its llama.cpp name (ModelLoadError for others)."""
    if name not in KV_TYPES:
        raise ModelLoadError(f"KV cache type {name!r} is not supported (use one of {', '.join(KV_TYPES)})")
    return name  # type: ignore[return-value]


def element_bytes(t: KVType, n: int) -> int:
    """Bytes of `n` values of type `t` (n a multiple of 32 for q8_0)."""
    return 2 * n if t == "f16" else n // Q8_BLOCK * (Q8_BLOCK + 2)


def _lazy_zeros(shape: tuple[int, ...], dtype: type) -> np.ndarray:
    """Zeros in an anonymous mapping: pages are committed when first written, 4 KiB at a time."""
    n = int(np.prod(shape))
    size = np.dtype(dtype).itemsize
    return np.frombuffer(mmap.mmap(-1, max(size * n, 1)), dtype, n).reshape(shape)


def encode(x: np.ndarray, t: KVType) -> tuple[np.ndarray, np.ndarray | None]:
    """float32 [..., d] -> (codes, scales): f16 bits, or q8_0 int8 codes + f16-bit scales [..., d/32]."""
    if t == "f16":
        return x.astype(np.float16).view(np.uint16), None
    b = x.reshape(*x.shape[:-1], -1, Q8_BLOCK).astype(np.float32)
    d = np.abs(b).max(axis=-1) / np.float32(127.0)  # llama.cpp quantize_row_q8_0
    inv = np.divide(np.float32(1.0), d, out=np.zeros_like(d), where=d != 0)
    q = np.rint(b * inv[..., None]).astype(np.int8)
    return q.reshape(x.shape), d.astype(np.float16).view(np.uint16)


def decode(codes: np.ndarray, scales: np.ndarray | None, t: KVType) -> np.ndarray:
    """The float32 values of `encode`'s output."""
    if t == "f16":
        return codes.view(np.float16).astype(np.float32)
    assert scales is not None
    d = scales.view(np.float16).astype(np.float32)
    q = codes.reshape(*codes.shape[:-1], -1, Q8_BLOCK).astype(np.float32)
    return (q * d[..., None]).reshape(codes.shape)


@dataclass(frozen=True)
class KVShape:
    """What one token's cache entry looks like across the model."""

    n_layers: int
    n_kv_heads: int
    head_dim: int
    head_dim_v: int
    window_layers: tuple[bool, ...] = ()  # layers that attend over a sliding window (may keep a ring)

    def is_window(self, layer: int) -> bool:
        return bool(self.window_layers) and self.window_layers[layer]

    def layer_bytes(self, type_k: KVType, type_v: KVType) -> int:
        """Bytes one token takes in one layer (K and V)."""
        return self.n_kv_heads * (element_bytes(type_k, self.head_dim) + element_bytes(type_v, self.head_dim_v))


@dataclass(frozen=True)
class KVFootprint:
    """KV memory of one sequence as llama.cpp reports it: full layers per context token, window layers fixed."""

    bytes_per_token: int  # full-attention layers, per context position
    window_cells: int  # cells each sliding-window layer keeps (0: they keep the whole context)
    window_bytes: int  # window layers' fixed bytes (window_cells x their bytes per cell)

    def total(self, n_ctx: int) -> int:
        return self.bytes_per_token * n_ctx + self.window_bytes


def ring_cells_for(window: int, chunk: int, n_ctx: int) -> int:
    """Cells a sliding-window layer needs per sequence (llama.cpp: pad(window + n_ubatch, 256)),
    or 0 when that is not less than the context (the layer then keeps everything)."""
    if window <= 0:
        return 0
    cells = -(-(window + chunk) // SWA_PAD) * SWA_PAD
    return cells if cells < n_ctx else 0


def footprint(shape: KVShape, type_k: KVType, type_v: KVType, ring_cells: int) -> KVFootprint:
    per_layer = shape.layer_bytes(type_k, type_v)
    n_window = sum(1 for i in range(shape.n_layers) if shape.is_window(i)) if ring_cells else 0
    return KVFootprint(per_layer * (shape.n_layers - n_window), ring_cells if n_window else 0,
                       per_layer * n_window * ring_cells)


class KVTypeCodes:
    """The attention kernels' element-type switch of a cache holding `type_k` / `type_v` elements
    (the CPU pool and the GPU layers' device caches)."""

    type_k: KVType
    type_v: KVType

    @property
    def qcode_k(self) -> int:
        return KV_CODES[self.type_k]

    @property
    def qcode_v(self) -> int:
        return KV_CODES[self.type_v]


class KVPool(KVTypeCodes):
    """Fixed-size blocks for every layer's K and V; thread-safe allocation with reference counts.

    With `ring_cells` (a multiple of block_size), window layers are stored in `n_rings` rings of
    ring_cells / block_size blocks, one per running sequence, instead of the shared blocks."""

    def __init__(
        self,
        shape: KVShape,
        n_blocks: int,
        block_size: int = DEFAULT_BLOCK_SIZE,
        type_k: KVType = "f16",
        type_v: KVType = "f16",
        ring_cells: int = 0,
        n_rings: int = 0,
    ) -> None:
        if ring_cells % block_size or (ring_cells and not any(shape.window_layers)):
            raise ValueError(f"ring_cells={ring_cells} must be a multiple of {block_size} and need window layers")
        for t, d in ((type_k, shape.head_dim), (type_v, shape.head_dim_v)):
            if t == "q8_0" and d % Q8_BLOCK:
                raise ModelLoadError(f"q8_0 KV cache needs head dims divisible by {Q8_BLOCK}, not {d}")
        self.shape, self.n_blocks, self.block_size = shape, n_blocks, block_size
        self.type_k, self.type_v = kv_type(type_k), kv_type(type_v)
        self.ring_cells, self.ring_blocks = ring_cells, ring_cells // block_size
        self.footprint = footprint(shape, self.type_k, self.type_v, ring_cells)
        self.k, self.k_scale = self._arrays(type_k, shape.head_dim, n_rings)
        self.v, self.v_scale = self._arrays(type_v, shape.head_dim_v, n_rings)
        self._free = list(range(n_blocks))  # min-heap: low blocks first keeps touched memory small
        self._free_rings = list(range(n_rings))
        self._refs = np.zeros(n_blocks, np.int32)
        self._lock = threading.Lock()
        self._promised = 0  # blocks admitted sequences may still claim (admission accounting)
        # called with a shortfall before an allocation fails (a PrefixCache frees its idle blocks)
        self.reclaim: Callable[[int], int] | None = None

    def _arrays(self, t: KVType, dim: int, n_rings: int) -> tuple[list[np.ndarray], list[np.ndarray]]:
        codes, scales = [], []
        for layer in range(self.shape.n_layers):
            n = n_rings * self.ring_blocks if self.is_ring(layer) else self.n_blocks
            dims = (self.shape.n_kv_heads, n, self.block_size)
            codes.append(_lazy_zeros((*dims, dim), np.uint16 if t == "f16" else np.int8))
            # f16 has no scales: a 1-element stand-in keeps the kernels' signature
            scales.append(_lazy_zeros((*dims, dim // Q8_BLOCK), np.uint16) if t == "q8_0" else np.zeros((1, 1, 1, 1), np.uint16))
        return codes, scales

    @property
    def nbytes(self) -> int:
        """Address space of every layer's codes (and q8_0 scales); committed as blocks are touched."""
        arrays = self.k + self.v + (self.k_scale if self.type_k == "q8_0" else []) + (self.v_scale if self.type_v == "q8_0" else [])
        return sum(a.nbytes for a in arrays)

    def is_ring(self, layer: int) -> bool:
        """Whether `layer` keeps only its window (a per-sequence ring of cells)."""
        return self.ring_cells > 0 and self.shape.is_window(layer)

    @classmethod
    def for_tokens(cls, shape: KVShape, n_tokens: int, block_size: int = DEFAULT_BLOCK_SIZE) -> KVPool:
        """A pool holding at least `n_tokens` tokens (f16, no rings)."""
        return cls(shape, -(-n_tokens // block_size), block_size)

    @classmethod
    def for_sequences(
        cls,
        shape: KVShape,
        n_ctx: int,
        n_seqs: int,
        type_k: KVType = "f16",
        type_v: KVType = "f16",
        ring_cells: int = 0,
        block_size: int = DEFAULT_BLOCK_SIZE,
    ) -> KVPool:
        """A pool where `n_seqs` sequences can each fill `n_ctx` positions at once."""
        return cls(shape, n_seqs * -(-n_ctx // block_size), block_size, type_k, type_v, ring_cells, n_seqs if ring_cells else 0)

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

    def allocate_ring(self) -> int:
        with self._lock:
            if not self._free_rings:
                raise ContextOverflowError("KV cache pool exhausted: every sliding-window ring is in use")
            return heapq.heappop(self._free_rings)

    def release_ring(self, ring: int) -> None:
        with self._lock:
            heapq.heappush(self._free_rings, ring)

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
    """One sequence's view of the pool: its block table (and window ring), and how many positions are filled."""

    pool: KVPool
    n_ctx: int
    blocks: list[int] = field(default_factory=list)
    length: int = 0
    ring: int = -1  # index of this sequence's window ring (pool.ring_blocks > 0), -1 before the first reserve
    _table: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64), repr=False)
    _ring_table: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64), repr=False)

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
        if self.pool.ring_blocks and self.ring < 0:
            self.ring = self.pool.allocate_ring()
            rb = self.pool.ring_blocks
            self._ring_table = np.arange(self.ring * rb, (self.ring + 1) * rb, dtype=np.int64)

    @property
    def table(self) -> np.ndarray:
        """int64 block ids in position order (position p lives in block table[p // block_size])."""
        return self._table

    def table_for(self, layer: int) -> tuple[np.ndarray, int]:
        """(block table, ring blocks) of `layer`: position p lives in block
        table[(p // block_size) % ring] for a ring layer (ring > 0), else table[p // block_size]."""
        if self.pool.is_ring(layer):
            return self._ring_table, self.pool.ring_blocks
        return self._table, 0

    def _cells(self, layer: int, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        bs = self.pool.block_size
        table, ring = self.table_for(layer)
        blk = positions // bs
        return table[blk % ring if ring else blk], positions % bs

    def write(self, layer: int, positions: np.ndarray, k: np.ndarray, v: np.ndarray) -> None:
        """Store k[n, kv_heads, head_dim] / v at `positions` (already reserved), in the pool's types."""
        blk, slot = self._cells(layer, np.asarray(positions))
        pool = self.pool
        for x, t, codes, scales in ((k, pool.type_k, pool.k, pool.k_scale), (v, pool.type_v, pool.v, pool.v_scale)):
            c, d = encode(np.asarray(x, np.float32), t)
            codes[layer][:, blk, slot] = c.transpose(1, 0, 2)
            if d is not None:
                scales[layer][:, blk, slot] = d.transpose(1, 0, 2)

    def read(self, layer: int, start: int, end: int) -> tuple[np.ndarray, np.ndarray]:
        """float32 K, V [kv_heads, end - start, head_dim] for positions [start, end) (a ring layer
        holds only the last ring_cells of them)."""
        blk, slot = self._cells(layer, np.arange(start, end))
        pool = self.pool
        k = decode(pool.k[layer][:, blk, slot], pool.k_scale[layer][:, blk, slot] if pool.type_k == "q8_0" else None, pool.type_k)
        v = decode(pool.v[layer][:, blk, slot], pool.v_scale[layer][:, blk, slot] if pool.type_v == "q8_0" else None, pool.type_v)
        return k, v

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
        self.reserve(src.length)  # the tail block, and this sequence's window ring if the pool has rings
        pool = self.pool
        for layer in range(pool.shape.n_layers):
            arrays = [pool.k[layer], pool.v[layer]]
            arrays += [pool.k_scale[layer]] if pool.type_k == "q8_0" else []
            arrays += [pool.v_scale[layer]] if pool.type_v == "q8_0" else []
            for a in arrays:
                if pool.is_ring(layer):  # window layers: the whole ring (their cells are not shared)
                    a[:, self._ring_table] = a[:, src._ring_table]
                elif tail:
                    a[:, self.blocks[full], :tail] = a[:, src.blocks[full], :tail]
        self.length = src.length

    def truncate(self, length: int) -> None:
        """Forget positions >= length (keeps blocks; used to rewind)."""
        self.length = min(self.length, length)

    def free(self) -> None:
        """Return every block (and the ring) to the pool."""
        self.pool.release(self.blocks)
        if self.ring >= 0:
            self.pool.release_ring(self.ring)
        self.blocks, self.length, self.ring = [], 0, -1
        self._table = np.zeros(0, np.int64)
        self._ring_table = np.zeros(0, np.int64)


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
