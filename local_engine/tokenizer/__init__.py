"""Tokenizers built from GGUF metadata, matching llama.cpp token for token.

`load_tokenizer(metadata)` picks the implementation from `tokenizer.ggml.model`:
`gpt2` -> byte-level BPE (bpe.py, pre-tokenizer from `tokenizer.ggml.pre`),
`llama` -> SentencePiece (spm.py). Streaming text comes from `Detokenizer`.

Public surface (others build on it; keep it stable):
    tok = load_tokenizer(metadata)                  # ModelLoadError for unknown/broken vocabularies
    tok.encode(text, add_special=True, parse_special=False) -> list[int]
    tok.decode(ids, skip_special=False) -> str      # decode_bytes(...) -> bytes
    tok.token_bytes(id) -> bytes                    # alias token_to_piece
    tok.bos_id, tok.eos_id, tok.eot_id, tok.eog_ids, tok.is_eog(id), tok.n_vocab (= vocab_size)
    tok.vocab.token_to_id[text]
    d = Detokenizer(tok, skip_special=True); d.push(id) -> str (alias feed); d.flush() -> str
    text_offsets(tok, ids, text) -> list[int]       # where each token starts in the text it came from
"""

from __future__ import annotations

from typing import Any

from local_engine.api import ModelLoadError
from local_engine.tokenizer.base import Tokenizer, TokenType, Vocab
from local_engine.tokenizer.bpe import BPETokenizer
from local_engine.tokenizer.detokenizer import Detokenizer, text_offsets
from local_engine.tokenizer.spm import SPMTokenizer

__all__ = ["Detokenizer", "Tokenizer", "TokenType", "Vocab", "load_tokenizer", "text_offsets"]


def load_tokenizer(metadata: dict[str, Any]) -> Tokenizer:
    """The tokenizer a GGUF file's metadata describes; ModelLoadError for unknown kinds."""
    model = metadata.get("tokenizer.ggml.model")
    if "tokenizer.ggml.tokens" not in metadata:
        raise ModelLoadError("GGUF metadata has no tokenizer.ggml.tokens (no vocabulary)")
    try:
        if model == "gpt2":
            return BPETokenizer.from_metadata(metadata)
        if model == "llama":
            return SPMTokenizer.from_metadata(metadata)
    except ValueError as exc:
        raise ModelLoadError(str(exc)) from exc
    raise ModelLoadError(f"unsupported tokenizer.ggml.model {model!r} (supported: gpt2, llama)")
