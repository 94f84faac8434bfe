"""SentencePiece as llama.cpp runs it (`tokenizer.ggml.model = llama`, e.g. Gemma 3).

Not BPE merges: spaces become U+2581, the text starts as one symbol per character, and the
adjacent pair whose concatenation is the highest-scoring vocabulary entry merges first (ties:
leftmost), repeatedly. Characters no token covers fall back to `<0xXX>` byte tokens. This is
a port of llama.cpp's `llm_tokenizer_spm_session` (heap + linked list).

Speed: the merge is global over a fragment, but a merge can only cross position p if some
vocabulary token contains text[p-1] followed by text[p]. Before each U+2581 whose left neighbour
never precedes U+2581 inside a token (in Gemma's vocabulary: everything but one token), no merge
can cross, so the fragment splits there into words that tokenize independently to the same
result, and repeated words come from a cache.
"""

from __future__ import annotations

import heapq
import re
from functools import lru_cache
from typing import Any

from local_engine.tokenizer.base import Tokenizer, Vocab

SPACE = "\u2581"


class SPMTokenizer(Tokenizer):
    """Score-driven SentencePiece over `tokenizer.ggml.tokens` + `tokenizer.ggml.scores`."""

    def __init__(self, vocab: Vocab, add_space_prefix: bool) -> None:
        super().__init__(vocab)
        self.add_space_prefix = add_space_prefix
        self._scores = vocab.scores.tolist()
        t2i = vocab.token_to_id
        self._byte_ids = [t2i.get(f"<0x{b:02X}>", t2i.get(chr(b), -1)) for b in range(256)]
        self._word_split = _word_splitter(vocab.tokens)
        self._word_ids = lru_cache(maxsize=65536)(self._word_to_ids)

    @classmethod
    def from_metadata(cls, meta: dict[str, Any]) -> SPMTokenizer:
        vocab = Vocab.from_metadata(meta, default_add_bos=True)
        if vocab.bos_id is None:
            vocab.bos_id = 1 if len(vocab.tokens) > 1 else None
        if vocab.eos_id is None:
            vocab.eos_id = 2 if len(vocab.tokens) > 2 else None
        if vocab.unk_id is None and "tokenizer.ggml.unknown_token_id" not in meta:
            vocab.unk_id = 0  # llama.cpp's SentencePiece defaults: unk 0, bos 1, eos 2
        return cls(vocab, bool(meta.get("tokenizer.ggml.add_space_prefix", True)))

    def _encode_text(self, text: str, out: list[int], after_special: bool) -> None:
        if self.add_space_prefix and after_special:
            text = " " + text
        word_ids = self._word_ids
        for word in self._word_split(text.replace(" ", SPACE)):
            if word:
                out.extend(word_ids(word))

    def _word_to_ids(self, word: str) -> tuple[int, ...]:
        out: list[int] = []
        self._tokenize(word, out)
        return tuple(out)

    def _tokenize(self, text: str, out: list[int]) -> None:
        """Merge the highest-scoring adjacent pair (leftmost on ties) until no pair is a token."""
        n = len(text)
        if n == 0:
            return
        start = list(range(n))
        length = [1] * n
        prev = list(range(-1, n - 1))
        nxt = list(range(1, n + 1))
        nxt[-1] = -1
        t2i, scores = self.vocab.token_to_id, self._scores
        heap: list[tuple[float, int, int, int]] = []

        def try_add(left: int, right: int) -> None:
            if left == -1 or right == -1:
                return
            piece = text[start[left] : start[left] + length[left] + length[right]]
            tid = t2i.get(piece)
            if tid is not None:
                heapq.heappush(heap, (-scores[tid], left, right, len(piece)))

        for i in range(1, n):
            try_add(i - 1, i)
        while heap:
            _, left, right, size = heapq.heappop(heap)
            if length[left] == 0 or length[right] == 0 or length[left] + length[right] != size:
                continue  # stale: one side already merged elsewhere
            length[left] += length[right]
            length[right] = 0
            nxt[left] = nxt[right]
            if nxt[right] >= 0:
                prev[nxt[right]] = left
            try_add(prev[left], left)
            try_add(left, nxt[left])
        i = 0
        while i != -1:
            self._emit(text[start[i] : start[i] + length[i]], out)
            i = nxt[i]

    def _emit(self, piece: str, out: list[int]) -> None:
        tid = self.vocab.token_to_id.get(piece)
        if tid is not None:
            out.append(tid)
            return
        for b in piece.encode("utf-8"):
            tid = self._byte_ids[b]
            out.append(tid if tid >= 0 else self._unk_id())

    def _unk_id(self) -> int:
        if self.vocab.unk_id is None:
            raise ValueError("text needs a byte-fallback token the vocabulary lacks, and it has no <unk>")
        return self.vocab.unk_id

    def _normal_piece(self, text: str) -> bytes:
        return text.replace(SPACE, " ").encode("utf-8")


def _word_splitter(tokens: list[str]) -> Any:
    """`split(text)` at every U+2581 that no vocabulary token can merge across (see module doc)."""
    joined = "\x00".join(tokens)
    glue = set(re.findall("([^\x00])(?=\u2581)", joined))
    if not glue:
        return re.compile("(?=\u2581)").split
    cls = "".join(re.escape(c) for c in sorted(glue))
    return re.compile(f"(?<=[^{cls}])(?=\u2581)").split
