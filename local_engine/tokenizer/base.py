"""What every GGUF tokenizer shares: the vocabulary, special tokens, and llama.cpp's encode/decode framing.

The split into fragments (special tokens carved out of the text first, longest first) and the
BOS/EOS rules follow llama.cpp's `llama_vocab::impl::tokenize` exactly, so subclasses only
implement how one plain-text fragment becomes ids (BPE merges or SentencePiece bigrams) and
how one normal token becomes bytes.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

import numpy as np


class TokenType(IntEnum):
    """`tokenizer.ggml.token_type` values (llama.cpp's LLAMA_TOKEN_TYPE_*)."""

    UNDEFINED = 0
    NORMAL = 1
    UNKNOWN = 2
    CONTROL = 3
    USER_DEFINED = 4
    UNUSED = 5
    BYTE = 6


# Token texts llama.cpp treats as end-of-generation whatever the metadata says (llama-vocab.cpp).
EOG_TEXTS = frozenset({
    "<|eot_id|>", "<|im_end|>", "<|end|>", "<|return|>", "<|call|>", "<|flush|>", "<|calls|>",
    "<end_of_turn>", "<|endoftext|>", "</s>", "<|eom_id|>", "<EOT>", "_<EOT>", "[EOT]", "[EOS]",
    "<|end_of_text|>", "<end_of_utterance>", "<eos>", "<turn|>", "<|tool_response>",
    "<｜end▁of▁sentence｜>", "[e~[",
})
EOT_TEXTS = frozenset({
    "<|eot_id|>", "<|im_end|>", "<|end|>", "<end_of_turn>", "<|endoftext|>", "<|end_of_text|>",
    "<EOT>", "_<EOT>", "[EOT]", "<｜end▁of▁sentence｜>", "<end_of_utterance>",
})
# Fill-in-the-middle tokens that llama.cpp also stops on.
FIM_EOG_TEXTS = frozenset({
    "<|fim_pad|>", "<fim-pad>", "<fim_pad>", "<PAD>", "[PAD]",
    "<|fim_repo|>", "<|repo_name|>", "<fim-repo>", "<REPO>", "<reponame>", "<|file_sep|>",
})

Fragment = str | int  # raw text, or an already-resolved special token id
KEY_LEN = 3  # prefix length of the special-token index


@dataclass
class Vocab:
    """The token table of a GGUF file plus the special-token facts llama.cpp derives from it."""

    tokens: list[str]
    types: np.ndarray  # int32 TokenType per id
    scores: np.ndarray  # float32 per id (zeros when the file has none)
    bos_id: int | None
    eos_id: int | None
    unk_id: int | None
    add_bos: bool
    add_eos: bool
    eot_id: int | None = None
    token_to_id: dict[str, int] = field(default_factory=dict)
    eog_ids: frozenset[int] = frozenset()
    # Control/unknown ids (EOG included): rendered only when special tokens are asked for.
    control_ids: frozenset[int] = frozenset()
    # (text, id, is_control) of control/user-defined/unknown tokens, longest text first.
    specials: list[tuple[str, int, bool]] = field(default_factory=list)
    # special tokens that swallow the whitespace after them when carved out (llama.cpp's RSTRIP)
    rstrip_ids: frozenset[int] = frozenset()
    # specials[:KEY_LEN] prefix -> indices into `specials`: finds the few that can occur in a text.
    _special_index: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _key_lens: tuple[int, ...] = ()
    _first_char_rx: re.Pattern[str] | None = None

    @classmethod
    def from_metadata(cls, meta: dict[str, Any], default_add_bos: bool) -> Vocab:
        tokens = meta["tokenizer.ggml.tokens"]
        tokens = tokens if isinstance(tokens, list) else list(tokens)
        n = len(tokens)
        if n == 0:
            raise ValueError("tokenizer.ggml.tokens is empty")
        types = np.asarray(meta.get("tokenizer.ggml.token_type", np.ones(n)), dtype=np.int32)
        scores = np.asarray(meta.get("tokenizer.ggml.scores", np.zeros(n)), dtype=np.float32)
        if types.shape != (n,) or scores.shape != (n,):
            raise ValueError(
                f"tokenizer arrays disagree: {n} tokens, {types.size} token types, {scores.size} scores"
            )
        vocab = cls(
            tokens=tokens,
            types=types,
            scores=scores,
            bos_id=_token_id(meta, "bos", n),
            eos_id=_token_id(meta, "eos", n),
            unk_id=_token_id(meta, "unknown", n),
            add_bos=bool(meta.get("tokenizer.ggml.add_bos_token", default_add_bos)),
            add_eos=bool(meta.get("tokenizer.ggml.add_eos_token", False)),
            token_to_id=dict(zip(tokens, range(n))),  # duplicates: last id wins, as in llama.cpp
        )
        vocab._derive_specials(meta)
        return vocab

    def _derive_specials(self, meta: dict[str, Any]) -> None:
        """EOT/EOG ids and the special-token split list, as llama.cpp's vocab loader builds them."""
        self.eot_id = _token_id(meta, "eot", len(self.tokens))
        if self.eot_id is None:
            hits = [self.token_to_id[t] for t in EOT_TEXTS if t in self.token_to_id]
            self.eot_id = min(hits) if hits else None
        eog = {self.token_to_id[t] for t in EOG_TEXTS | FIM_EOG_TEXTS if t in self.token_to_id}
        eog |= {i for i in (self.eos_id, self.eot_id, _token_id(meta, "eom", len(self.tokens))) if i is not None}
        self.eog_ids = frozenset(eog)
        control = np.flatnonzero(np.isin(self.types, (TokenType.CONTROL, TokenType.UNKNOWN))).tolist()
        self.control_ids = frozenset(control) | self.eog_ids  # llama.cpp marks EOG tokens as control
        user = np.flatnonzero(self.types == TokenType.USER_DEFINED).tolist()
        ids = sorted(self.control_ids | set(user))
        self.specials = sorted(
            ((self.tokens[i], i, i in self.control_ids) for i in ids if self.tokens[i]),
            key=lambda p: -len(p[0].encode("utf-8")),
        )
        self.rstrip_ids = self._rstrip_ids(meta, ids)
        self._index_specials()

    def _rstrip_ids(self, meta: dict[str, Any], special_ids: list[int]) -> frozenset[int]:
        """llama.cpp sets token attributes by model name: a model named like Phi-3 has every special
        token (and `</s>`) strip the whitespace to its right, except `<unk>`, `<s>`, `<|endoftext|>`."""
        name = str(meta.get("general.name", "")).lower()
        if "phi-3" not in name and "phi3" not in name:
            return frozenset()
        ids = set(special_ids) | ({self.token_to_id["</s>"]} if "</s>" in self.token_to_id else set())
        return frozenset(ids - {self.token_to_id[t] for t in ("<unk>", "<s>", "<|endoftext|>") if t in self.token_to_id})

    def _index_specials(self) -> None:
        index: dict[str, list[int]] = {}
        for k, (text, _, _) in enumerate(self.specials):
            index.setdefault(text[:KEY_LEN], []).append(k)
        self._special_index = index
        self._key_lens = tuple(sorted({len(key) for key in index}))
        firsts = sorted({key[0] for key in index})
        self._first_char_rx = re.compile("[" + "".join(re.escape(c) for c in firsts) + "]") if firsts else None

    def is_control(self, token_id: int) -> bool:
        """Control or unknown: rendered only when special tokens are asked for."""
        return token_id in self.control_ids

    def _candidates(self, text: str) -> list[int]:
        """Indices (in `specials` order) of special tokens whose prefix occurs in `text`."""
        if self._first_char_rx is None:
            return []
        starts = [m.start() for m in self._first_char_rx.finditer(text)]
        index, hits = self._special_index, set()
        for key in {text[i : i + k] for i in starts for k in self._key_lens}:
            found = index.get(key)
            if found:
                hits.update(found)
        return sorted(hits)

    def partition(self, text: str, parse_special: bool) -> list[Fragment]:
        """Carve special tokens out of `text` (llama.cpp's tokenizer_st_partition).

        Longest token first, each split on all its non-overlapping occurrences. Without
        parse_special only user-defined tokens are carved out (control/unknown stay text).
        """
        frags: list[Fragment] = [text] if text else []
        if not text:
            return frags
        for k in self._candidates(text):
            tok_text, tok_id, control = self.specials[k]
            if (control and not parse_special) or tok_text not in text:
                continue
            frags = _split_fragments(frags, tok_text, tok_id, tok_id in self.rstrip_ids)
        return frags


_C_SPACE = " \t\n\v\f\r"  # C isspace(), what llama.cpp's RSTRIP consumes


def _split_fragments(frags: list[Fragment], tok_text: str, tok_id: int, rstrip: bool = False) -> list[Fragment]:
    out: list[Fragment] = []
    for frag in frags:
        if isinstance(frag, int) or tok_text not in frag:
            out.append(frag)
            continue
        for i, part in enumerate(frag.split(tok_text)):
            if i:
                out.append(tok_id)
                if rstrip:
                    part = part.lstrip(_C_SPACE)
            if part:
                out.append(part)
    return out


def _token_id(meta: dict[str, Any], name: str, n_tokens: int) -> int | None:
    value = meta.get(f"tokenizer.ggml.{name}_token_id")
    if value is None or not 0 <= int(value) < n_tokens:
        return None
    return int(value)


class Tokenizer(ABC):
    """Text <-> token ids for one GGUF model, with llama.cpp's semantics.

    Subclasses implement `_encode_text` (one plain fragment) and `_normal_piece` (bytes of a
    normal token).
    """

    vocab: Vocab

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        # token id -> bytes, filled on demand: a 262k vocabulary must not cost a full pass at load.
        self._pieces: list[bytes | None] = [None] * len(vocab.tokens)

    # --- ids of note -------------------------------------------------------------------------
    @property
    def vocab_size(self) -> int:
        return len(self.vocab.tokens)

    @property
    def n_vocab(self) -> int:
        """Number of token ids (same as vocab_size)."""
        return len(self.vocab.tokens)

    @property
    def bos_id(self) -> int | None:
        return self.vocab.bos_id

    @property
    def eos_id(self) -> int | None:
        return self.vocab.eos_id

    @property
    def eot_id(self) -> int | None:
        return self.vocab.eot_id

    @property
    def eog_ids(self) -> frozenset[int]:
        """Every id that ends generation (eos, eot, `<|im_end|>`, `<end_of_turn>`, ...)."""
        return self.vocab.eog_ids

    def is_eog(self, token_id: int) -> bool:
        return token_id in self.vocab.eog_ids

    # --- encode ------------------------------------------------------------------------------
    def encode(self, text: str, add_special: bool = True, parse_special: bool = False) -> list[int]:
        """Token ids of `text`; add_special adds BOS/EOS as the GGUF metadata asks."""
        out: list[int] = []
        v = self.vocab
        if add_special and v.add_bos and v.bos_id is not None:
            out.append(v.bos_id)
        prev_special = True
        for frag in v.partition(text, parse_special):
            if isinstance(frag, int):
                out.append(frag)
                prev_special = True
            else:
                self._encode_text(frag, out, prev_special)
                prev_special = False
        if add_special and v.add_eos and v.eos_id is not None:
            out.append(v.eos_id)
        return out

    @abstractmethod
    def _encode_text(self, text: str, out: list[int], after_special: bool) -> None:
        """Append the ids of one plain-text fragment (no special tokens in it) to `out`."""

    # --- decode ------------------------------------------------------------------------------
    def token_to_piece(self, token_id: int) -> bytes:
        """Bytes of one token, special tokens rendered as their text (may be a partial UTF-8 char)."""
        piece = self._pieces[token_id]
        if piece is None:
            piece = self._pieces[token_id] = self._piece(token_id)
        return piece

    token_bytes = token_to_piece

    def _piece(self, token_id: int) -> bytes:
        t = int(self.vocab.types[token_id])
        text = self.vocab.tokens[token_id]
        if t in (TokenType.CONTROL, TokenType.UNKNOWN, TokenType.USER_DEFINED) or token_id in self.vocab.eog_ids:
            return text.encode("utf-8")
        if t == TokenType.BYTE:
            return self._byte_piece(text)
        if t == TokenType.NORMAL:
            return self._normal_piece(text)
        return b""  # unused/undefined tokens print nothing, as in llama.cpp

    def _byte_piece(self, text: str) -> bytes:
        """`<0xNN>` byte-fallback tokens are one raw byte."""
        return bytes([int(text[3:5], 16)])

    @abstractmethod
    def _normal_piece(self, text: str) -> bytes:
        """Bytes of a normal token from its vocabulary text (byte-level or SentencePiece form)."""

    def decode_bytes(self, ids: Iterable[int], skip_special: bool = False) -> bytes:
        """Concatenated pieces; skip_special drops control/unknown tokens (llama.cpp special=False)."""
        piece = self.token_to_piece
        if not skip_special:
            return b"".join(piece(i) for i in ids)
        control = self.vocab.control_ids
        return b"".join(piece(i) for i in ids if i not in control)

    def decode(self, ids: Sequence[int], skip_special: bool = False) -> str:
        """Text of `ids`; invalid UTF-8 (e.g. a cut multi-byte character) becomes U+FFFD."""
        return self.decode_bytes(ids, skip_special).decode("utf-8", "replace")
