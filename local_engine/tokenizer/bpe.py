"""GPT-2 style byte-level BPE (`tokenizer.ggml.model = gpt2`), as llama.cpp runs it.

Text is pre-split by the regex family named in `tokenizer.ggml.pre` (each regex of the list
splits every piece the previous one produced; unmatched gaps stay pieces), each piece is
mapped byte-by-byte onto GPT-2's printable alphabet, and adjacent symbols are merged lowest
merge rank first (ties: leftmost). Regexes are copied from llama.cpp's src/llama-vocab.cpp;
`\\s` is spelled out as llama.cpp's whitespace set so Python's idea of whitespace cannot drift.
"""

from __future__ import annotations

import heapq
from functools import lru_cache
from typing import Any

import regex

from local_engine.tokenizer.base import Tokenizer, Vocab

# llama.cpp's unicode_set_whitespace (Unicode White_Space).
_WS = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"

_GPT2 = r"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)"
_LLAMA3 = (
    r"(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}"
    r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
)
_QWEN2 = (
    r"(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}"
    r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
)

# tokenizer.ggml.pre -> (regex list, ignore_merges, default add_bos). Unlisted names are refused.
PRE_TOKENIZERS: dict[str, tuple[list[str], bool, bool]] = {
    # llama.cpp's custom gpt2 splitter also takes a lone whitespace run (`\s+`) where the regex matches nothing.
    "gpt2": ([_GPT2 + r"|\s+"], False, False),
    "smollm": ([r"\p{N}", _GPT2 + r"|\s+"], False, False),
    "llama3": ([_LLAMA3], True, True),
    "qwen2": ([_QWEN2], False, False),
    "default": ([r"[\p{P}\$\+<=>\^~\|]+", _GPT2 + r"|\s+", r"\p{N}+", r"[0-9][0-9][0-9]"], False, False),
}
PRE_ALIASES = {
    "gpt-2": "gpt2", "phi-2": "gpt2", "mpt": "gpt2", "olmo": "gpt2",
    "starcoder": "smollm", "refact": "smollm", "codeshell": "smollm",
    "llama-bpe": "llama3", "llama-v3": "llama3", "falcon3": "llama3", "pixtral": "llama3", "dbrx": "llama3",
    "smaug-bpe": "llama3",
    "deepseek-r1-qwen": "qwen2", "megrez": "qwen2", "stablelm2": "qwen2",
}


def _spell_out_whitespace(pattern: str) -> str:
    r"""Replace `\s`/`\S` by llama.cpp's whitespace set, inside and outside character classes."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt == "s":
                out.append(_WS if in_class else f"[{_WS}]")
            elif nxt == "S" and not in_class:
                out.append(f"[^{_WS}]")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2's reversible byte -> printable character table."""
    keep = list(range(0x21, 0x7F)) + list(range(0xA1, 0xAD)) + list(range(0xAE, 0x100))
    table = {b: chr(b) for b in keep}
    n = 0
    for b in range(256):
        if b not in table:
            table[b] = chr(256 + n)
            n += 1
    return table


BYTE_TO_CHAR = _bytes_to_unicode()
CHAR_TO_BYTE = {c: b for b, c in BYTE_TO_CHAR.items()}
# UTF-8 bytes read as Latin-1 are code points 0..255: one str.translate maps them onto GPT-2's alphabet.
_LATIN1_TO_GPT2 = str.maketrans({chr(b): c for b, c in BYTE_TO_CHAR.items()})


class PreTokenizer:
    """Splits text into the words BPE merges within, llama.cpp-style (chained regexes)."""

    def __init__(self, name: str) -> None:
        key = PRE_ALIASES.get(name, name)
        if key not in PRE_TOKENIZERS:
            raise ValueError(f"unsupported BPE pre-tokenizer {name!r} (known: {', '.join(sorted(PRE_TOKENIZERS))})")
        patterns, self.ignore_merges, self.default_add_bos = PRE_TOKENIZERS[key]
        self.name = key
        # One capturing group around each pattern: rx.split then yields gaps and matches in order,
        # which is how llama.cpp keeps unmatched text as pieces.
        self._splitters = [regex.compile(f"({_spell_out_whitespace(p)})").split for p in patterns]

    def split(self, text: str) -> list[str]:
        pieces = [text] if text else []
        for split in self._splitters:
            pieces = [w for piece in pieces for w in split(piece) if w]
        return pieces


class BPETokenizer(Tokenizer):
    """Byte-level BPE over `tokenizer.ggml.tokens` + `tokenizer.ggml.merges`."""

    def __init__(self, vocab: Vocab, merges: list[str], pre: PreTokenizer) -> None:
        super().__init__(vocab)
        self.pre = pre
        self.ranks = merge_ranks(merges)  # at load: the first request should not pay for it
        self._word_ids = lru_cache(maxsize=65536)(self._word_to_ids)

    @classmethod
    def from_metadata(cls, meta: dict[str, Any]) -> BPETokenizer:
        pre = PreTokenizer(str(meta.get("tokenizer.ggml.pre") or "default"))
        vocab = Vocab.from_metadata(meta, default_add_bos=pre.default_add_bos)
        merges = meta.get("tokenizer.ggml.merges")
        if merges is None:
            raise ValueError("BPE tokenizer without tokenizer.ggml.merges")
        return cls(vocab, list(merges), pre)

    def _encode_text(self, text: str, out: list[int], after_special: bool) -> None:
        word_ids = self._word_ids
        for word in self.pre.split(text):
            out.extend(word_ids(word))

    def _word_to_ids(self, word: str) -> tuple[int, ...]:
        """Ids of one pre-tokenized word (cached: real text repeats its words)."""
        encoded = word.encode("utf-8").decode("latin-1").translate(_LATIN1_TO_GPT2)
        t2i = self.vocab.token_to_id
        if self.pre.ignore_merges and encoded in t2i:
            return (t2i[encoded],)
        ids: list[int] = []
        for sym in merge_symbols(list(encoded), self.ranks):
            tid = t2i.get(sym)
            if tid is not None:
                ids.append(tid)
            else:  # llama.cpp: fall back to single-byte tokens where they exist
                ids.extend(t2i[chr(b)] for b in sym.encode("utf-8") if b < 0x80 and chr(b) in t2i)
        return tuple(ids)

    def _normal_piece(self, text: str) -> bytes:
        out = bytearray()
        for ch in text:
            b = CHAR_TO_BYTE.get(ch)
            if b is None:  # llama.cpp prints such characters as an [UNK_BYTE_...] marker
                out += f"[UNK_BYTE_0x{ch.encode('utf-8').hex()}{text}]".encode("utf-8")
            else:
                out.append(b)
        return bytes(out)


def merge_ranks(merges: list[str]) -> dict[tuple[str, str], int]:
    """`tokenizer.ggml.merges` ("left right", split at the first space after position 0, as
    llama.cpp does) -> rank; a duplicated pair keeps its first (best) rank."""
    ranks: dict[tuple[str, str], int] = {}
    for rank, merge in enumerate(merges):
        cut = merge.find(" ", 1)
        if cut > 0:
            ranks.setdefault((merge[:cut], merge[cut + 1 :]), rank)
    return ranks


def merge_symbols(syms: list[str], ranks: dict[tuple[str, str], int]) -> list[str]:
    """Apply merges lowest rank first (leftmost on ties) until none applies.

    A heap of candidate pairs over a linked list of symbols, as llama.cpp's BPE session: stale
    entries (a side already merged away) are skipped when popped. O(n log n) so long runs of
    whitespace or base64 stay cheap.
    """
    n = len(syms)
    if n < 2:
        return syms
    nxt = list(range(1, n + 1))
    nxt[-1] = -1
    prev = list(range(-1, n - 1))
    heap: list[tuple[int, int, str, str]] = []
    for i in range(n - 1):
        r = ranks.get((syms[i], syms[i + 1]))
        if r is not None:
            heap.append((r, i, syms[i], syms[i + 1]))
    heapq.heapify(heap)
    while heap:
        _, left, ltext, rtext = heapq.heappop(heap)
        right = nxt[left]
        if right == -1 or syms[left] != ltext or syms[right] != rtext:
            continue  # stale
        syms[left] = ltext + rtext
        syms[right] = ""
        nxt[left] = nxt[right]
        if nxt[right] != -1:
            prev[nxt[right]] = left
        p = prev[left]
        if p != -1:
            r = ranks.get((syms[p], syms[left]))
            if r is not None:
                heapq.heappush(heap, (r, p, syms[p], syms[left]))
        q = nxt[left]
        if q != -1:
            r = ranks.get((syms[left], syms[q]))
            if r is not None:
                heapq.heappush(heap, (r, left, syms[left], syms[q]))
    out, i = [], 0
    while i != -1:
        out.append(syms[i])
        i = nxt[i]
    return out
