"""Streaming detokenization: feed token ids, get text deltas that never split a UTF-8 character.

Byte-level tokens routinely carry half of a multi-byte character (one emoji is often 2-4
tokens); an incremental UTF-8 decoder holds those bytes back until the character completes
and turns genuinely invalid bytes into U+FFFD instead of raising.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Sequence

from local_engine.tokenizer.base import Tokenizer


class Detokenizer:
    """One generation stream's decoder. Not thread-safe; make one per sequence."""

    def __init__(self, tokenizer: Tokenizer, skip_special: bool = True) -> None:
        self._tok = tokenizer
        self._skip_special = skip_special
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, token_id: int) -> str:
        """Text completed by this token (possibly empty while a character is incomplete)."""
        return self.feed_many((token_id,))

    push = feed  # the name the contract uses

    def feed_many(self, token_ids: Iterable[int]) -> str:
        data = self._tok.decode_bytes(token_ids, skip_special=self._skip_special)
        return self._decoder.decode(data, final=False)

    def flush(self, drop_incomplete: bool = False) -> str:
        """End of stream: bytes of an unfinished character become U+FFFD, or nothing with
        `drop_incomplete` (llama.cpp drops the tail a length limit cut in half)."""
        if drop_incomplete:
            self._decoder.reset()
            return ""
        return self._decoder.decode(b"", final=True)

    @property
    def pending(self) -> bool:
        """True while bytes of an unfinished character are held back."""
        return bool(self._decoder.getstate()[0])


def text_offsets(tokenizer: Tokenizer, ids: Sequence[int], text: str) -> list[int]:
    """Where each token starts in `text`, the text `ids` were encoded from (OpenAI's `text_offset`
    for an echoed prompt). A token whose text is not there takes no characters (a BOS the
    tokenizer added); neither does the space a SentencePiece tokenizer prefixes; a token holding
    the first bytes of a character starts where that character does."""
    detok = Detokenizer(tokenizer, skip_special=False)
    offsets, pos = [], 0
    for token_id in ids:
        offsets.append(pos)
        piece = detok.feed(token_id)
        if text.startswith(piece, pos):
            pos += len(piece)
        elif piece.startswith(" ") and text.startswith(piece[1:], pos):
            pos += len(piece) - 1
    return offsets
